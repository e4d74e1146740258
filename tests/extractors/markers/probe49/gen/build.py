"""Write every probe49 PDF and labels.jsonl, then check every label's evidence in the text layer.

Run: /work/main/.venv/bin/python gen/build.py   (from the probe49 folder or anywhere)
Exits non-zero unless every evidence phrase is found in its PDF's extracted text.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import pdfplumber  # noqa: E402

import common  # noqa: E402
import reports_a  # noqa: E402,F401
import reports_b  # noqa: E402,F401
import reports_c  # noqa: E402,F401

ROOT = HERE.parent
FILES = ROOT / "files"
FIELD_ORDER = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value", "optional"]


def clean(label):
    return {k: label[k] for k in FIELD_ORDER if k in label}


def main(only=None):
    FILES.mkdir(exist_ok=True)
    ids = sorted(common.REGISTRY)
    lines = []
    for rid in ids:
        meta = common.REGISTRY[rid]
        if not only or str(rid) in only:
            common.build_pdf(meta, FILES / f"{rid}.orig.pdf")
        lines.append(json.dumps({"id": str(rid), "markers": [clean(l) for l in meta["labels"]]}))
    if not only:
        (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    failures = 0
    for rid in ids:
        if only and str(rid) not in only:
            continue
        meta = common.REGISTRY[rid]
        with pdfplumber.open(FILES / f"{rid}.orig.pdf") as pdf:
            pages = len(pdf.pages)
            text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
        text = " ".join(text.split())
        if not 1 <= pages <= 4:
            print(f"{rid}: {pages} pages (want 1-4)")
            failures += 1
        for lab in meta["labels"]:
            if not lab["ev"]:
                print(f"{rid}: label without evidence {clean(lab)}")
                failures += 1
            for ev in lab["ev"]:
                if " ".join(ev.split()) not in text:
                    print(f"{rid}: evidence not found: {ev!r} for {clean(lab)}")
                    failures += 1
        print(f"{rid}: {pages} page(s), {len(meta['labels'])} label(s)")
    total = sum((FILES / f"{r}.orig.pdf").stat().st_size for r in ids if (FILES / f"{r}.orig.pdf").exists())
    print(f"{len(ids)} reports, {sum(len(common.REGISTRY[r]['labels']) for r in ids)} labels, {total/1e6:.2f} MB")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        sys.exit(1)
    print("all evidence found")


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
