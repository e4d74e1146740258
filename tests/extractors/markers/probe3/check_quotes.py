"""Check that every label's quote occurs in the pdfplumber text of its PDF, and that
labels.jsonl is well formed. Runs of spaces are collapsed on both sides; quotes must sit on
one extracted line.  Run: /work/main/.venv/bin/python check_quotes.py"""

import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
MARKERS = set(
    "HER2 ER PR Ki-67 AR EGFR KRAS NRAS HRAS BRAF PIK3CA TP53 ALK ROS1 RET MET NTRK "
    "BRCA1 BRCA2 IDH1 IDH2 PD-L1 MSI MMR MLH1 MSH2 MSH6 PMS2 TMB GD2 Mesothelin".split()
)
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}


def norm(s):
    return re.sub(r"[ \t]+", " ", s)


def main():
    bad = 0
    n = 0
    ids = []
    for line in open(os.path.join(HERE, "labels.jsonl")):
        rec = json.loads(line)
        ids.append(rec["id"])
        with pdfplumber.open(os.path.join(HERE, "files", rec["id"] + ".orig.pdf")) as pdf:
            lines = []
            for page in pdf.pages:
                lines += [norm(x).strip() for x in (page.extract_text() or "").split("\n")]
        for m in rec["markers"]:
            n += 1
            assert m["marker"] in MARKERS, m
            assert m["aspect"] in ASPECTS, m
            assert m["status"] in STATUSES, m
            q = norm(m["quote"]).strip()
            if not any(q in ln for ln in lines):
                bad += 1
                print("MISSING %s %s/%s: %r" % (rec["id"], m["marker"], m["aspect"], q))
    assert ids == sorted(ids), "labels not in id order"
    print("%d reports, %d labels, %d quotes not found" % (len(ids), n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
