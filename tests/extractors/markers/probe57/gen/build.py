"""Build probe57: write every report PDF to ../files/<id>.orig.pdf, write ../labels.jsonl from the
labels registered beside each report function, then check that every evidence phrase is in the
PDF text layer (pdfplumber, all pages joined, whitespace collapsed). Exits non-zero on failure.

Run:  /work/main/.venv/bin/python gen/build.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import reportlab.rl_config

reportlab.rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

import common  # noqa: E402
import reports_1  # noqa: E402,F401  (registers 7301-7315)
import reports_2  # noqa: E402,F401  (registers 7316-7330)

HERE = Path(__file__).resolve().parent.parent
FILES = HERE / "files"


def build_one(rid: int, entry: dict) -> Path:
    lab = common.LABS[entry["lab"]]
    meta = entry["meta"]
    out = FILES / f"{rid}.orig.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=lab.pagesize, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=(30 if meta.get("running") else 27) * mm, bottomMargin=18 * mm,
                            title=meta.get("title", f"{lab.name} molecular report"),
                            author=lab.name, subject="Molecular pathology report", creator="LIS export")

    def on_page(c, d):
        common._draw_header(c, d, lab, meta)

    doc.build(entry["fn"](), onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=common.make_canvas(lab, meta))
    return out


def text_of(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    return re.sub(r"\s+", " ", " ".join(pages)).strip(), len(pages)


def main() -> int:
    FILES.mkdir(exist_ok=True)
    ids = sorted(common.REGISTRY)
    assert ids == list(range(7301, 7331)), ids
    lines, failures = [], []
    for rid in ids:
        entry = common.REGISTRY[rid]
        path = build_one(rid, entry)
        text, npages = text_of(path)
        labels = []
        for label, evidence in entry["labels"]:
            labels.append(label)
            for phrase in evidence:
                if re.sub(r"\s+", " ", phrase) not in text:
                    failures.append(f"{rid}: evidence not found: {phrase!r} ({label['marker']})")
        lines.append(json.dumps({"id": str(rid), "markers": labels}, ensure_ascii=False))
        print(f"{rid}: lab {entry['lab']}  pages {npages}  labels {len(labels)}")
        if not 1 <= npages <= 3:
            failures.append(f"{rid}: {npages} pages (want 1-3)")
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in FILES.glob("*.pdf"))
    print(f"total size {size / 1e6:.2f} MB")
    if size > 4e6:
        failures.append("set larger than 4 MB")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
