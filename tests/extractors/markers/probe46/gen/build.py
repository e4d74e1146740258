#!/usr/bin/env python3
"""Write every probe46 PDF, then check that every label's evidence phrases are in the text layer.

Usage: /work/main/.venv/bin/python gen/build.py [--only ID ...]
Writes files/<id>.orig.pdf and labels.jsonl; exits non-zero if any evidence phrase is missing.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402  (sets reportlab.rl_config.invariant = 1)
import r_a, r_b, r_c  # noqa: E402,F401  (register the reports)
import pdfplumber  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def text_of(path: Path) -> tuple[str, int]:
    with pdfplumber.open(str(path)) as pdf:
        raw = " ".join((page.extract_text() or "") for page in pdf.pages)
        n = len(pdf.pages)
    return re.sub(r"\s+", " ", raw).strip(), n


def main(argv: list[str]) -> int:
    only = set(argv[argv.index("--only") + 1:]) if "--only" in argv else None
    FILES.mkdir(exist_ok=True)
    ids = sorted(common.REPORTS)
    failures = 0
    lines = []
    for rid in ids:
        rep = common.REPORTS[rid]
        out = FILES / f"{rid}.orig.pdf"
        if not only or rid in only:
            story = rep["fn"]()
            common.build_pdf(out, rep["lab"], rep["meta"], story, title=f"{rep['lab'].name} report {rep['meta']['acc']}")
        text, pages = text_of(out)
        if not 2 <= pages <= 6:
            print(f"{rid}: {pages} pages (want 2-6)")
            failures += 1
        for lab in rep["labels"]:
            for phrase in lab["_ev"]:
                if re.sub(r"\s+", " ", phrase) not in text:
                    print(f"{rid}: evidence not found for {lab['marker']}/{lab['aspect']}: {phrase!r}")
                    failures += 1
        markers = [{k: v for k, v in lab.items() if k != "_ev"} for lab in rep["labels"]]
        lines.append(json.dumps({"id": rid, "markers": markers}, ensure_ascii=False))
        print(f"{rid}: {pages} pages, {len(markers)} labels, {out.stat().st_size // 1024} KB")
    (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in FILES.glob("*.pdf"))
    print(f"total size {total / 1e6:.2f} MB")
    if total > 4_000_000:
        print("set exceeds 4 MB")
        failures += 1
    if failures:
        print(f"{failures} problem(s)")
        return 1
    print("all evidence phrases found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
