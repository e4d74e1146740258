#!/usr/bin/env python3
"""Build probe52: write files/<id>.orig.pdf for every report, write labels.jsonl, then check
that every label's evidence phrases are in the PDF text layer (pdfplumber, whitespace collapsed).

Run: /work/main/.venv/bin/python gen/build.py      (exit status 1 if any evidence is missing)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402  (sets reportlab invariant mode first)
import reports_1, reports_2, reports_3  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def all_reports():
    out = []
    for mod in (reports_1, reports_2, reports_3):
        for name in sorted(n for n in dir(mod) if n.startswith("r68")):
            out.append(getattr(mod, name))
    out.sort(key=lambda f: f.__name__)
    return out


def main(argv):
    import pdfplumber
    only = set(argv[1:])
    FILES.mkdir(exist_ok=True)
    reports = []
    for fn in all_reports():
        rep = fn()
        assert fn.__name__ == "r" + rep.rid, fn.__name__
        reports.append(rep)
        if only and rep.rid not in only:
            continue
        common.build_pdf(rep, FILES / f"{rep.rid}.orig.pdf")
    ids = [r.rid for r in reports]
    assert ids == [str(i) for i in range(6801, 6831)][: len(ids)], ids
    if not only:
        with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
            for r in reports:
                markers = [{k: v for k, v in lab.items() if k != "_ev"} for lab in r.labels]
                fh.write(json.dumps({"id": r.rid, "markers": markers}, ensure_ascii=False) + "\n")
    bad = 0
    for r in reports:
        if only and r.rid not in only:
            continue
        with pdfplumber.open(FILES / f"{r.rid}.orig.pdf") as pdf:
            pages = len(pdf.pages)
            text = " ".join((p.extract_text() or "") for p in pdf.pages)
        flat = " ".join(text.split())
        if not 1 <= pages <= 4:
            print(f"{r.rid}: {pages} pages (want 1-4)")
            bad += 1
        for lab in r.labels:
            for ev in lab["_ev"]:
                if " ".join(ev.split()) not in flat:
                    print(f"{r.rid}: evidence not found for {lab['marker']}/{lab['status']}: {ev!r}")
                    bad += 1
        print(f"{r.rid}: {pages} page(s), {len(r.labels)} label(s)")
    if bad:
        print(f"FAILED: {bad} problem(s)")
        return 1
    print("all evidence found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
