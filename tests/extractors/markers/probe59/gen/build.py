#!/usr/bin/env python3
"""Build probe59: write every report's PDF and labels.jsonl, then check the evidence.

Usage:  /work/main/.venv/bin/python gen/build.py [--only 7501 7502 ...]

After writing the PDFs it opens each with pdfplumber, joins page.extract_text() of all
pages, collapses whitespace and exits non-zero unless every evidence phrase of every
label is found, every report has 2 to 5 pages and the set is under 4 MB.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdfplumber  # noqa: E402

from common import build_pdf  # noqa: E402
import reports1  # noqa: E402
import reports2  # noqa: E402
import reports3  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def all_reports():
    funcs = []
    for mod in (reports1, reports2, reports3):
        for name in sorted(dir(mod)):
            if re.fullmatch(r"r75\d\d", name):
                funcs.append(getattr(mod, name))
    funcs.sort(key=lambda f: f.__name__)
    return funcs


def pdf_text(path: Path) -> tuple[str, int]:
    with pdfplumber.open(path) as pdf:
        parts = [(page.extract_text() or "") for page in pdf.pages]
        n = len(pdf.pages)
    return re.sub(r"\s+", " ", " ".join(parts)).strip(), n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    FILES.mkdir(parents=True, exist_ok=True)
    reports = [f() for f in all_reports()]
    ids = [r.rid for r in reports]
    expected = [str(i) for i in range(7501, 7531)]
    problems = []
    if ids != expected:
        problems.append(f"report ids {ids} != {expected}")
    for rep in reports:
        if args.only and rep.rid not in args.only:
            continue
        build_pdf(rep, str(FILES / f"{rep.rid}.orig.pdf"))
    # labels.jsonl (evidence phrases stay in the generator)
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for rep in reports:
            markers = [{k: v for k, v in lab.items() if k != "_ev"} for lab in rep.labels]
            fh.write(json.dumps({"id": rep.rid, "markers": markers}, ensure_ascii=False) + "\n")
    # evidence check
    total_size = 0
    for rep in reports:
        path = FILES / f"{rep.rid}.orig.pdf"
        if not path.exists():
            problems.append(f"{rep.rid}: missing PDF")
            continue
        total_size += path.stat().st_size
        text, pages = pdf_text(path)
        if not 2 <= pages <= 5:
            problems.append(f"{rep.rid}: {pages} pages")
        for lab in rep.labels:
            for ev in lab["_ev"]:
                if re.sub(r"\s+", " ", ev) not in text:
                    problems.append(f"{rep.rid}: evidence not found: {ev!r} ({lab['marker']} {lab['aspect']} {lab['status']})")
        print(f"{rep.rid}: {pages} pages, {len(rep.labels)} labels, {path.stat().st_size // 1024} KB")
    print(f"total {total_size / 1e6:.2f} MB")
    if total_size >= 4_000_000:
        problems.append(f"set is {total_size} bytes (limit 4 MB)")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
