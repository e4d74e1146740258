import json, os
R = {}   # id -> (kind, tests, text, labels)
def L(marker, aspect, status, **kw):
    d = {"marker": marker, "aspect": aspect, "status": status}
    d.update(kw)
    return d
def add(i, kind, tests, text, labels):
    assert i not in R
    R[i] = (kind, tests, text.strip("\n") + "\n", labels)
