#!/usr/bin/env python3
"""Build every probe42 PDF, write labels.jsonl, then check the labels against the text layer.

Run with the project's venv python:  .venv/bin/python gen/build.py
Exits non-zero if an evidence phrase is missing from a PDF's text, a report is not
2-6 pages, an id is missing, or the set is 4 MB or more.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import reportlab.rl_config  # noqa: E402
reportlab.rl_config.invariant = 1

import pdfplumber  # noqa: E402

from common import REPORTS, build_pdf  # noqa: E402
import reports_a  # noqa: E402,F401
import reports_b  # noqa: E402,F401
import reports_c  # noqa: E402,F401

ROOT = HERE.parent
FILES = ROOT / "files"
IDS = [str(i) for i in range(5801, 5831)]


def clean(label):
    return {k: v for k, v in label.items() if not k.startswith("_")}


def main(only=None):
    FILES.mkdir(exist_ok=True)
    missing = [i for i in IDS if i not in REPORTS]
    if missing:
        print("missing reports:", missing)
    for rid in IDS:
        if rid not in REPORTS or (only and rid not in only):
            continue
        r = REPORTS[rid]
        build_pdf(FILES / f"{rid}.orig.pdf", r["lab"], r["meta"], r["fn"]())
    if not only:
        with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
            for rid in IDS:
                if rid in REPORTS:
                    fh.write(json.dumps({"id": rid, "markers": [clean(x) for x in REPORTS[rid]["labels"]]}, ensure_ascii=False) + "\n")

    failures = 0
    total = 0
    for rid in IDS:
        if rid not in REPORTS or (only and rid not in only):
            continue
        path = FILES / f"{rid}.orig.pdf"
        total += path.stat().st_size
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            text = " ".join((p.extract_text() or "") for p in pdf.pages)
        text = re.sub(r"\s+", " ", text)
        if not 2 <= pages <= 6:
            print(f"{rid}: {pages} pages (want 2-6)")
            failures += 1
        for lab in REPORTS[rid]["labels"]:
            for ev in lab["_ev"]:
                if re.sub(r"\s+", " ", ev) not in text:
                    print(f"{rid}: evidence not found for {lab['marker']}/{lab['aspect']}: {ev!r}")
                    failures += 1
        print(f"{rid}: {pages} pages, {len(REPORTS[rid]['labels'])} labels, {path.stat().st_size // 1024} KB")
    if not only:
        total = sum(p.stat().st_size for p in FILES.glob("*.pdf"))
        print(f"total size {total / 1e6:.2f} MB")
        if total >= 4_000_000:
            print("set is 4 MB or more")
            failures += 1
        if missing:
            failures += 1
    if failures:
        print(f"{failures} problem(s)")
        return 1
    print("all evidence phrases found")
    return 0


if __name__ == "__main__":
    sys.exit(main(set(sys.argv[1:]) or None))
