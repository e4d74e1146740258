#!/usr/bin/env python3
"""Build probe72: every files/<id>.orig.pdf and labels.jsonl.

Run with the project's virtualenv from anywhere:
    /work/main/.venv/bin/python tests/extractors/markers/probe72/gen/build.py

Exits non-zero if a label's evidence phrase (the report's own words for that result) is not
in the whitespace-collapsed pdfplumber extract_text() of its PDF, if a glyph is missing from
its font, if a line runs past its frame or off the page, or if a report is not 1-4 pages.
"""
from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep gen/ free of __pycache__

import pdfplumber  # noqa: E402

from common import public  # noqa: E402
from engine import build  # noqa: E402
import reports_a  # noqa: E402
import reports_b  # noqa: E402
import reports_c  # noqa: E402
import reports_d  # noqa: E402
import reports_e  # noqa: E402

OUT = HERE.parent


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main(argv: list[str]) -> int:
    only = set(argv)
    reports = sorted(reports_a.REPORTS + reports_b.REPORTS + reports_c.REPORTS
                     + reports_d.REPORTS + reports_e.REPORTS, key=lambda r: r["id"])
    failures: list[str] = []
    ids = [r["id"] for r in reports]
    if ids != list(range(8801, 8831)) and not only:
        failures.append(f"ids are not 8801-8830 in order: {ids}")
    (OUT / "files").mkdir(exist_ok=True)
    lines = []
    for r in reports:
        rid = r["id"]
        if only and str(rid) not in only:
            continue
        style = r["style"](r["info"])
        title = f"{type(style).__name__} laboratory report {r['info']['lab_no']}"
        data, pages, problems = build(style, title, r["fn"])
        failures += [f"{rid}: {p}" for p in problems]
        if not 1 <= pages <= 4:
            failures.append(f"{rid}: {pages} pages")
        (OUT / "files" / f"{rid}.orig.pdf").write_bytes(data)
        text = collapse(pdf_text(data))
        for lab in r["labels"]:
            for ev in lab["_ev"]:
                if collapse(ev) not in text:
                    failures.append(f"{rid}: evidence missing for {lab['marker']}: {ev!r}")
        lines.append(json.dumps({"id": str(rid), "markers": [public(x) for x in r["labels"]]},
                                ensure_ascii=False))
        print(f"{rid}: {pages} page(s), {len(r['labels'])} label(s)")
    if not only:
        (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
