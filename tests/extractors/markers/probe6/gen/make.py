"""Build files/<id>.orig.pdf and labels.jsonl of this probe.

Run:  python gen/make.py [--check]
--check extracts each PDF's text with pdfplumber and confirms every label's evidence strings.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import build  # noqa: E402
import reports_hosp  # noqa: E402
import reports_lab  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = sorted(reports_hosp.R + reports_lab.R, key=lambda r: r["id"])


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    ids = [r["id"] for r in REPORTS]
    assert ids == [str(i) for i in range(2201, 2241)], ids
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for r in REPORTS:
            meta = dict(r["meta"])
            meta["title"] = "Report %s" % r["id"]
            build(os.path.join(OUT, "files", "%s.orig.pdf" % r["id"]), meta, r["blocks"])
            markers = [lab for lab, _ in r["labels"]]
            f.write(json.dumps({"id": r["id"], "markers": markers}) + "\n")
    if "--check" in sys.argv:
        import pdfplumber
        bad = 0
        nlab = nopt = 0
        for r in REPORTS:
            with pdfplumber.open(os.path.join(OUT, "files", "%s.orig.pdf" % r["id"])) as pdf:
                txt = norm("\n".join((p.extract_text() or "") for p in pdf.pages))
                npages = len(pdf.pages)
            seen = set()
            for lab, ev in r["labels"]:
                key = json.dumps(lab, sort_keys=True)
                if key in seen:
                    print(r["id"], "DUPLICATE LABEL", key); bad += 1
                seen.add(key)
                nlab += 1; nopt += bool(lab.get("optional"))
                for e in ev:
                    if norm(e) not in txt:
                        print(r["id"], "MISSING:", repr(e), "for", lab); bad += 1
            print(r["id"], "pages=%d labels=%d chars=%d" % (npages, len(r["labels"]), len(txt)))
        print("reports", len(REPORTS), "labels", nlab, "optional", nopt, "problems", bad)


if __name__ == "__main__":
    main()
