#!/usr/bin/env python3
"""Write every probe55 PDF, write labels.jsonl, then check each evidence phrase is in the text layer.

Run with /work/main/.venv/bin/python gen/build.py  (from the probe55 folder or anywhere).
Exits non-zero if any evidence phrase is missing from its PDF's text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdfplumber  # noqa: E402

from common import build_pdf  # noqa: E402
import reports_a, reports_b, reports_c  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def all_reports():
    reps = reports_a.REPORTS + reports_b.REPORTS + reports_c.REPORTS
    reps.sort(key=lambda r: r["id"])
    return reps


def main(only=None):
    FILES.mkdir(exist_ok=True)
    reps = all_reports()
    ids = [r["id"] for r in reps]
    assert ids == list(range(7101, 7131)), ids
    failures = 0
    lines = []
    for rep in reps:
        rid = rep["id"]
        path = FILES / f"{rid}.orig.pdf"
        if not only or rid in only:
            build_pdf(path, rep["lab"], rep["meta"], rep["fn"](), f"Tumour profiling report {rep['meta']['accession']}")
        with pdfplumber.open(path) as pdf:
            npages = len(pdf.pages)
            text = " ".join((p.extract_text() or "") for p in pdf.pages)
        text = re.sub(r"\s+", " ", text)
        for lab in rep["labels"]:
            for ev in lab["_ev"]:
                if re.sub(r"\s+", " ", ev) not in text:
                    failures += 1
                    print(f"{rid}: evidence not found for {lab['marker']}/{lab['aspect']}: {ev!r}")
        if not 2 <= npages <= 6:
            failures += 1
            print(f"{rid}: {npages} pages (want 2-6)")
        markers = [{k: v for k, v in lab.items() if not k.startswith("_")} for lab in rep["labels"]]
        lines.append(json.dumps({"id": str(rid), "markers": markers}, ensure_ascii=False))
        print(f"{rid}: {npages} pages, {len(markers)} labels, {path.stat().st_size // 1024} KB")
    (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in FILES.glob("*.pdf"))
    print(f"total size {total / 1e6:.2f} MB")
    if total > 4e6:
        failures += 1
        print("set is over 4 MB")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("all evidence phrases found")
    return 0


if __name__ == "__main__":
    only = {int(a) for a in sys.argv[1:]} or None
    sys.exit(main(only))
