#!/usr/bin/env python3
"""Build every probe50 PDF, write labels.jsonl, then check that each label's evidence
phrases are in the PDF text layer (pdfplumber, all pages joined, whitespace collapsed)."""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import REGISTRY  # noqa: E402

MODULES = ["lab_meridian", "lab_halcyon", "lab_ostrander", "lab_calder", "lab_northgate",
           "lab_fennick", "lab_vireo", "lab_lantern", "lab_brightwater", "lab_sablepoint",
           "lab_quillon", "lab_thornbury"]
IDS = list(range(6601, 6631))


def main(only=None) -> int:
    for m in MODULES:
        try:
            importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
            print(f"(module {m} not written yet)")
    out = ROOT / "files"
    out.mkdir(exist_ok=True)
    for rid in sorted(REGISTRY):
        if only and rid not in only:
            continue
        e = REGISTRY[rid]
        e["lab"].build(out / f"{rid}.orig.pdf", rid, e["fn"]())

    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for rid in IDS:
            if rid in REGISTRY:
                fh.write(json.dumps({"id": str(rid), "markers": [x["label"] for x in REGISTRY[rid]["labels"]]},
                                    ensure_ascii=False) + "\n")

    import pdfplumber
    bad = 0
    total_size = 0
    for rid in sorted(REGISTRY):
        if only and rid not in only:
            continue
        path = out / f"{rid}.orig.pdf"
        total_size += path.stat().st_size
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            text = " ".join((p.extract_text() or "") for p in pdf.pages)
        text = re.sub(r"\s+", " ", text)
        missing = []
        for item in REGISTRY[rid]["labels"]:
            for ev in item["ev"]:
                if re.sub(r"\s+", " ", ev) not in text:
                    missing.append((item["label"]["marker"], ev))
        flag = "" if 2 <= pages <= 6 else "  PAGE COUNT OUT OF RANGE"
        print(f"{rid}: {pages} pages, {len(REGISTRY[rid]['labels'])} labels, {path.stat().st_size} bytes{flag}")
        if flag:
            bad += 1
        for m, ev in missing:
            print(f"   MISSING evidence for {m}: {ev!r}")
            bad += 1
    if not only:
        absent = [i for i in IDS if i not in REGISTRY]
        if absent:
            print("reports not yet written:", absent)
            bad += 1
        print(f"total size {total_size} bytes")
        if total_size > 4_000_000:
            print("SET TOO LARGE")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main({int(a) for a in sys.argv[1:]} or None))
