"""placeholder"""
def nominal_candidates(sent):
    return []
