def attribute(sent, found):
    pass
