#!/usr/bin/env python3
"""Build probe 15: render every report to files/<id>.orig.pdf, check each label's evidence
phrases against the pdfplumber text layer, and write labels.jsonl (without the evidence).

Usage: /work/main/.venv/bin/python gen/build.py [ID ...]
"""
import importlib
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import render  # noqa: E402

OUT = HERE.parent
import os
MODULES = [m for m in ["r1", "r2", "r3", "r4"] if (HERE / f"{m}.py").exists()]
ALLOWED = {"marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value", "optional"}
MARKERS = set("HER2 ER PR Ki-67 AR EGFR KRAS NRAS HRAS BRAF PIK3CA TP53 ALK ROS1 RET MET NTRK BRCA1 "
              "BRCA2 IDH1 IDH2 PD-L1 MSI MMR MLH1 MSH2 MSH6 PMS2 TMB GD2 Mesothelin".split())
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def reports():
    found = {}
    for m in MODULES:
        mod = importlib.import_module(m)
        for name in dir(mod):
            if re.fullmatch(r"rep\d{4}", name):
                found[name[3:]] = getattr(mod, name)
    return dict(sorted(found.items()))


def main(only):
    reps = reports()
    problems = []
    lines = []
    for rid, fn in reps.items():
        rep = fn()
        pdf = OUT / "files" / f"{rid}.orig.pdf"
        if not only or rid in only:
            render(rep, pdf)
        with pdfplumber.open(pdf) as doc:
            pages = [p.extract_text() or "" for p in doc.pages]
        text = norm("\n".join(pages))
        if not re.search(r"\b1\s*(of|von|/|sur|OF|de)\s*\d", text):
            problems.append(f"{rid}: no page x of y footer found")
        out = []
        for lab in rep.labels:
            for k in lab:
                if k not in ALLOWED | {"ev"}:
                    problems.append(f"{rid}: bad field {k}")
            if lab["marker"] not in MARKERS or lab["aspect"] not in ASPECTS or lab["status"] not in STATUSES:
                problems.append(f"{rid}: bad label {lab}")
            if not lab.get("ev"):
                problems.append(f"{rid}: no evidence for {lab['marker']}")
            for e in lab.get("ev", []):
                if norm(e) not in text:
                    problems.append(f"{rid}: evidence not in text layer: {lab['marker']} {lab['aspect']}: {e!r}")
            out.append({k: v for k, v in lab.items() if k != "ev"})
        lines.append(json.dumps({"id": rid, "markers": out}, ensure_ascii=False))
        print(f"{rid}: {len(pages)} page(s), {len(out)} label(s)")
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(reps)} reports, {sum(len(json.loads(x)['markers']) for x in lines)} labels, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(set(sys.argv[1:])))
