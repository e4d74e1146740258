#!/usr/bin/env python3
"""Build probe75: writes ../files/<id>.orig.pdf and ../labels.jsonl, then checks them.

Run with the project's interpreter:  /work/main/.venv/bin/python gen/build.py
Exits non-zero if a label's evidence phrase is missing from the PDF's text layer
(pdfplumber extract_text of every page, joined, whitespace collapsed), if a glyph is missing
from its font, if any text runs past its box or page, or if a label breaks LABELS.md's fields.
"""
from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402  (sets reportlab.rl_config.invariant before any canvas exists)
import reports_a  # noqa: E402
import reports_b  # noqa: E402
import reports_c  # noqa: E402

import pdfplumber  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"

ALIASES = {
    "HER2": ["HER2", "ERBB2", "HER-2", "c-erbB-2"],
    "ER": ["ER", "oestrogen receptor", "estrogen receptor"],
    "PR": ["PR", "PgR", "progesterone receptor"],
    "Ki-67": ["Ki-67", "Ki67", "MIB-1", "MIB1"],
    "AR": ["AR", "androgen receptor"],
    "PD-L1": ["PD-L1"],
    "ALK": ["ALK"], "ROS1": ["ROS1"], "MET": ["MET", "c-MET"],
    "NTRK": ["NTRK", "pan-TRK", "TRK"],
    "MMR": ["mismatch repair", "MMR", "dMMR", "pMMR"],
    "MLH1": ["MLH1"], "MSH2": ["MSH2"], "MSH6": ["MSH6"], "PMS2": ["PMS2"],
    "TP53": ["p53", "TP53"], "GD2": ["GD2"], "Mesothelin": ["mesothelin"],
}


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def render(fn, pagesize, meta, out):
    dry = kit.Doc(io.BytesIO(), pagesize, total=0, meta=meta)
    fn(dry)
    dry.finish()
    doc = kit.Doc(str(out), pagesize, total=dry.page, meta=meta)
    labels = fn(doc)
    doc.finish()
    return labels, doc.page


def num(v) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def check(rid, labels, path, errors):
    with pdfplumber.open(path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        for i, p in enumerate(pdf.pages, 1):
            for ch in p.chars:
                if ch["x0"] < 0 or ch["x1"] > p.width or ch["top"] < 0 or ch["bottom"] > p.height:
                    errors.append(f"{rid}: glyph {ch['text']!r} off page {i}")
                    break
        npages = len(pdf.pages)
    text = collapse(" ".join(pages))
    if not 1 <= npages <= 3:
        errors.append(f"{rid}: {npages} pages")
    for lab in labels:
        for ev in lab["ev"]:
            if collapse(ev) not in text:
                errors.append(f"{rid}: evidence {ev!r} not in the text layer")
        if lab["marker"] not in kit.MARKERS:
            errors.append(f"{rid}: marker {lab['marker']}")
        if lab["aspect"] not in kit.ASPECTS or lab["status"] not in kit.STATUSES:
            errors.append(f"{rid}: aspect/status {lab}")
        if lab["marker"] == "Ki-67" and (lab["status"] != "reported"
                                         or not ({"percent", "value"} & set(lab))):
            errors.append(f"{rid}: Ki-67 must be reported with percent or value")
        if "ihc_score" in lab and lab["ihc_score"] not in ("0", "1+", "2+", "3+"):
            errors.append(f"{rid}: ihc_score {lab['ihc_score']}")
        if "optional" in lab and lab["optional"] is not True:
            errors.append(f"{rid}: optional must be true")
        for key in ("percent", "ratio"):
            if key in lab:
                if not isinstance(lab[key], (int, float)) or num(lab[key]) not in text:
                    errors.append(f"{rid}: {key} {lab[key]} not in text")
        for key in ("ihc_score", "value", "alteration"):
            if key in lab and lab[key] not in text:
                errors.append(f"{rid}: {key} {lab[key]!r} not in text")
        names = ALIASES.get(lab["marker"], [lab["marker"]])
        if not any(re.search(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z])", text,
                             re.IGNORECASE if len(n) > 4 else 0) for n in names):
            errors.append(f"{rid}: marker {lab['marker']} (or alias) not in text")
    return text


def main() -> int:
    table = {}
    for mod in (reports_a, reports_b, reports_c):
        for rid, spec in mod.REPORTS.items():
            if rid in table:
                raise SystemExit(f"duplicate id {rid}")
            table[rid] = spec
    ids = sorted(table)
    if ids != list(range(9031, 9061)):
        print(f"ids are not 9031-9060: {ids}", file=sys.stderr)
        return 1
    FILES.mkdir(exist_ok=True)
    errors: list[str] = []
    lines = []
    total = optional = 0
    for rid in ids:
        pagesize, meta, fn = table[rid]
        out = FILES / f"{rid}.orig.pdf"
        try:
            labels, npages = render(fn, pagesize, meta, out)
        except kit.LayoutError as exc:
            errors.append(f"{rid}: {exc}")
            continue
        check(rid, labels, out, errors)
        clean = [{k: lab[k] for k in kit.FIELDS if k in lab} for lab in labels]
        total += len(clean)
        optional += sum(1 for lab in clean if lab.get("optional"))
        lines.append(json.dumps({"id": str(rid), "markers": clean}, ensure_ascii=False))
        print(f"{rid}: {npages} page(s), {len(clean)} label(s)")
    (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} reports, {total} labels ({optional} optional)")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
