#!/usr/bin/env python3
"""Write files/<id>.orig.pdf and labels.jsonl for probe12; --check verifies label evidence.

Usage: make.py [--check] [--only ID ...]
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def collect():
    reports = {}
    for f in sorted(HERE.glob("reports_*.py")):
        mod = importlib.import_module(f.stem)
        reports.update(mod.REPORTS)
    return dict(sorted(reports.items()))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    reps = collect()
    out = ROOT / "files"
    out.mkdir(exist_ok=True)
    lines, built = [], {}
    for rid, fn in reps.items():
        r = fn()
        assert r.rid == rid, rid
        if not a.only or rid in a.only:
            r.build(str(out / f"{rid}.orig.pdf"))
        built[rid] = r
        lines.append(json.dumps({"id": rid, "markers": [x["label"] for x in r.labels]}, ensure_ascii=False))
    if not a.only:
        (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(reps)} reports, {sum(len(r.labels) for r in built.values())} labels")
    if a.check:
        import pdfplumber
        problems = 0
        for rid, r in built.items():
            if a.only and rid not in a.only:
                continue
            with pdfplumber.open(out / f"{rid}.orig.pdf") as pdf:
                text = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
                npages = len(pdf.pages)
            if len(text.strip()) < 200:
                print(f"{rid}: text layer too short"); problems += 1
            t = norm(text)
            for x in r.labels:
                for e in x["ev"]:
                    if norm(e) not in t:
                        problems += 1
                        print(f"{rid}: evidence not found: {e!r} for {x['label']['marker']}")
            print(f"{rid}: {npages} page(s), {len(r.labels)} labels")
        print(f"problems: {problems}")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
