#!/usr/bin/env python3
"""Build probe43: write files/<id>.orig.pdf for every report and labels.jsonl, then
check that every label's evidence phrases are in the PDF's text layer.

Run with the project's venv:  .venv/bin/python tests/extractors/markers/probe43/gen/build.py
Exits non-zero if an evidence phrase is missing or the set is incomplete."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402  (sets reportlab invariant mode first)
import reports_a, reports_b, reports_c  # noqa: E402,F401
from common import REPORTS, R, build_pdf  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"
IDS = [str(i) for i in range(5901, 5931)]


def page_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
        pages = len(pdf.pages)
    return re.sub(r"\s+", " ", text).strip(), pages


def main(argv):
    only = set(argv[1:])
    FILES.mkdir(exist_ok=True)
    missing = [i for i in IDS if i not in REPORTS]
    extra = [i for i in REPORTS if i not in IDS]
    if (missing or extra) and not only:
        print(f"ids missing {missing} extra {extra}")
        return 1
    lines = []
    failures = 0
    for rid in IDS:
        if rid not in REPORTS:
            continue
        rep = REPORTS[rid]
        path = FILES / f"{rid}.orig.pdf"
        if not only or rid in only:
            r = R(rep["house"], rep["meta"])
            story = rep["fn"](r)
            build_pdf(path, rep["house"], rep["meta"], story, title=f"{rep['house'].code} report {rep['meta'].specimen}")
        markers = [{k: v for k, v in lab.items() if k != "evidence"} for lab in rep["labels"]]
        lines.append(json.dumps({"id": rid, "markers": markers}, ensure_ascii=False))
        text, pages = page_text(path)
        bad = [(lab["marker"], ev) for lab in rep["labels"] for ev in lab["evidence"] if ev not in text]
        status = "ok" if not bad else "MISSING " + "; ".join(f"{m}: {e!r}" for m, e in bad)
        print(f"{rid}: {pages} page(s), {len(markers)} label(s), {path.stat().st_size // 1024} KB  {status}")
        if not 1 <= pages <= 4:
            print(f"{rid}: page count {pages} outside 1-4")
            failures += 1
        failures += len(bad)
    if not only:
        (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        total = sum(p.stat().st_size for p in FILES.glob("*.pdf"))
        print(f"total {total / 1024:.0f} KB")
        if total > 4 * 1024 * 1024:
            print("set exceeds 4 MB")
            failures += 1
    if failures:
        print(f"{failures} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
