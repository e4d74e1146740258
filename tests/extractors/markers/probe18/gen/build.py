#!/usr/bin/env python3
"""Build probe 18: files/<id>.orig.pdf and labels.jsonl, then check every evidence phrase
is in the pdfplumber text layer. Usage: python gen/build.py [--only ID ...]"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdfplumber  # noqa: E402

import reports_a  # noqa: E402
R = dict(reports_a.R)
try:
    import reports_b  # noqa: E402
    R.update(reports_b.R)
except ImportError:
    pass
try:
    import reports_c  # noqa: E402
    R.update(reports_c.R)
except ImportError:
    pass

OUT = HERE.parent
FIELDS = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value", "optional"]


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def main():
    only = set(sys.argv[2:]) if len(sys.argv) > 2 and sys.argv[1] == "--only" else None
    (OUT / "files").mkdir(exist_ok=True)
    lines, bad, meta = [], 0, {}
    for rid in sorted(R):
        spec = R[rid]
        lab, story, labels, m = spec["fn"](rid)
        m.setdefault("title", f"{lab.name} report {m['acc']}")
        path = OUT / "files" / f"{rid}.orig.pdf"
        if only is None or rid in only:
            lab.build(path, story, m)
        with pdfplumber.open(path) as pdf:
            text = norm(" ".join((p.extract_text() or "") for p in pdf.pages))
            npages = len(pdf.pages)
        for lbl, ev in labels:
            for phrase in ev:
                if norm(phrase) not in text:
                    bad += 1
                    print(f"{rid}: MISSING {phrase!r} for {lbl['marker']}/{lbl['aspect']}")
        markers = [{k: l[k] for k in FIELDS if k in l} for l, _ in labels]
        lines.append(json.dumps({"id": rid, "markers": markers}, ensure_ascii=False))
        meta[rid] = dict(lab=lab.name, kind=spec["kind"], tumour=spec["tumour"], note=spec["note"], pages=npages, markers=markers)
        print(f"{rid}: {npages} page(s), {len(labels)} label(s)")
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n")
    (HERE / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False))
    print("missing evidence:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
