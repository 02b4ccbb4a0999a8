def confidence(cand, sent):
    return 0.5
