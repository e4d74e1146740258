#!/usr/bin/env python3
"""Build probe65: every files/<id>.orig.pdf and labels.jsonl, then check them.

Run with the project's virtualenv (reportlab, pdfplumber):
    /work/main/.venv/bin/python tests/extractors/markers/probe65/gen/build.py [--only ID ...] [--dump DIR]

Exits non-zero if a label's evidence phrase (its own words in the report) is missing from the
joined pdfplumber extract_text() of its PDF (whitespace collapsed), if a character is missing
from the font that draws it, if any character lies outside its page, or if a report has fewer
than 1 or more than 5 pages.
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

import lib  # noqa: E402
from reports1 import REPORTS as R1  # noqa: E402
from reports2 import REPORTS as R2  # noqa: E402
from reports3 import REPORTS as R3  # noqa: E402

REPORTS = {**R1, **R2, **R3}
ROOT = HERE.parent


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--dump", type=Path, help="also write the extracted text of each PDF here")
    args = ap.parse_args()
    (ROOT / "files").mkdir(exist_ok=True)
    errors: list[str] = []
    lines: list[str] = []
    for rid in sorted(REPORTS):
        if args.only and rid not in args.only:
            continue
        rep = REPORTS[rid]()
        pdf = ROOT / "files" / f"{rid}.orig.pdf"
        rep.build(pdf)
        with pdfplumber.open(pdf) as doc:
            n = len(doc.pages)
            texts = []
            for page in doc.pages:
                texts.append(page.extract_text() or "")
                for ch in page.chars:
                    if (ch["x0"] < 0 or ch["x1"] > page.width + 0.01 or ch["top"] < 0
                            or ch["bottom"] > page.height + 0.01):
                        errors.append(f"{rid}: char {ch['text']!r} outside page {page.page_number}")
                        break
        if not 1 <= n <= 5:
            errors.append(f"{rid}: {n} pages")
        text = "\n".join(texts)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{rid}.txt").write_text(text, encoding="utf-8")
        if "(cid:" in text:
            errors.append(f"{rid}: a glyph extracts as (cid:N)")
        flat = collapse(text)
        markers = []
        for lab in rep.labels:
            if collapse(lab["ev"]) not in flat:
                errors.append(f"{rid}: evidence not found: {lab['ev']!r}")
            markers.append({k: v for k, v in lab.items() if k != "ev"})
        lines.append(json.dumps({"id": rid, "markers": markers}, ensure_ascii=False))
        print(f"{rid}: {n} page(s), {len(markers)} label(s)")
    errors += lib.GLYPH_ERRORS
    if not args.only:
        (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
