#!/usr/bin/env python3
"""Build probe68: write files/<id>.orig.pdf and labels.jsonl, then check every PDF.

Run with the project's venv:  /work/main/.venv/bin/python gen/build.py [ID ...]
Exits non-zero if a label's evidence phrase is missing from the joined pdfplumber text of its
PDF (whitespace collapsed), if a label field's value or its marker is absent from that text, if
a glyph is missing from the font family it is set in, if text runs off a page, or if a report
has fewer than 1 or more than 5 pages.
"""
from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import pdfplumber  # noqa: E402
from reportlab.pdfbase.pdfmetrics import getFont  # noqa: E402

import reports_a  # noqa: E402
import reports_b  # noqa: E402
import reports_c  # noqa: E402

OUT = HERE.parent
REPORTS = {}
for mod in (reports_a, reports_b, reports_c):
    REPORTS.update(mod.REPORTS)

MARKERS = {"HER2", "ER", "PR", "Ki-67", "AR", "EGFR", "KRAS", "NRAS", "HRAS", "BRAF", "PIK3CA",
           "TP53", "ALK", "ROS1", "RET", "MET", "NTRK", "BRCA1", "BRCA2", "IDH1", "IDH2", "PD-L1",
           "MSI", "MMR", "MLH1", "MSH2", "MSH6", "PMS2", "TMB", "GD2", "Mesothelin"}
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}
FIELDS = {"marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value",
          "optional"}
ALIASES = {
    "HER2": ["HER2", "ERBB2", "HER-2"], "ER": ["ER", "estrogen receptor", "oestrogen", "ESR1"],
    "PR": ["PR", "progesterone"], "Ki-67": ["Ki-67", "Ki67", "MIB-1", "MIB1"],
    "PD-L1": ["PD-L1", "CD274"], "MSI": ["MSI", "microsatellite", "MSS"],
    "MMR": ["MMR", "mismatch repair"], "TMB": ["TMB", "mutational burden", "mutation burden"],
    "NTRK": ["NTRK"], "TP53": ["TP53", "p53"],
}


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def winansi() -> set[str]:
    ok = set()
    for b in range(0x20, 0x100):
        try:
            ok.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return ok


CHARSETS = {"Helvetica": winansi(), "Times": winansi(), "Courier": winansi(),
            "Vera": {chr(u) for u in getFont("Vera").face.charToGlyph}}


def num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def check_report(rid: str, pdf_bytes: bytes, labels: list[dict]) -> list[str]:
    errs = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        n = len(pdf.pages)
        if not 1 <= n <= 5:
            errs.append(f"{n} pages")
        texts = []
        for i, page in enumerate(pdf.pages, 1):
            W, H = page.width, page.height
            if page.images:
                errs.append(f"page {i} holds images")
            for ch in page.chars:
                if ch["x0"] < 18 or ch["x1"] > W - 18 or ch["top"] < 10 or ch["bottom"] > H - 10:
                    errs.append(f"page {i}: char {ch['text']!r} off the page at x={ch['x0']:.0f}")
                    break
            texts.append(page.extract_text() or "")
    full = collapse("\n".join(texts))
    low = full.lower()
    for item in labels:
        lab, evs = item["label"], item["ev"]
        bad = set(lab) - FIELDS
        if bad:
            errs.append(f"unknown fields {bad}")
        if lab["marker"] not in MARKERS or lab["aspect"] not in ASPECTS or \
                lab["status"] not in STATUSES:
            errs.append(f"bad marker/aspect/status {lab}")
        if lab.get("ihc_score") not in (None, "0", "1+", "2+", "3+"):
            errs.append(f"bad ihc_score {lab}")
        if lab["marker"] == "Ki-67" and (lab["status"] != "reported" or
                                          not ("percent" in lab or "value" in lab)):
            errs.append(f"Ki-67 label must be reported with percent/value {lab}")
        if "optional" in lab and lab["optional"] is not True:
            errs.append(f"optional must be true {lab}")
        for ev in evs:
            if collapse(ev) not in full:
                errs.append(f"evidence missing: {ev!r}")
        names = ALIASES.get(lab["marker"], [lab["marker"]])
        if not any(a.lower() in low for a in names):
            errs.append(f"marker not in text: {lab['marker']}")
        for f in ("percent", "ratio"):
            if f in lab and num(lab[f]) not in full:
                errs.append(f"{f} {lab[f]} not in text")
        for f in ("ihc_score", "value"):
            if f in lab and lab[f] not in full:
                errs.append(f"{f} {lab[f]!r} not in text")
        if "alteration" in lab:
            alt = lab["alteration"]
            forms = {alt, lib.three_letter(alt), lib.three_letter(alt).replace("*", "Ter")}
            if not any(f in full for f in forms):
                errs.append(f"alteration {alt!r} (or {lib.three_letter(alt)!r}) not in text")
    for r, fam, text in lib.USED:
        if r != rid:
            continue
        missing = {c for c in text if c not in CHARSETS[fam] and c not in "\n"}
        if missing:
            errs.append(f"glyphs {sorted(missing)} missing from {fam}: {text[:60]!r}")
    return errs


def main(argv: list[str]) -> int:
    only = set(argv)
    ids = sorted(REPORTS)
    files = OUT / "files"
    files.mkdir(exist_ok=True)
    failures = 0
    lines = []
    nlab = nopt = 0
    for rid in ids:
        fn = REPORTS[rid]
        if only and rid not in only:
            continue
        lib.USED[:] = [u for u in lib.USED if u[0] != rid]
        rep = fn()
        _, total = rep.h.render(rep, None)
        lib.USED[:] = [u for u in lib.USED if u[0] != rid]
        rep = fn()
        pdf_bytes, total2 = rep.h.render(rep, total)
        if total2 != total:
            print(f"{rid}: page count changed {total} -> {total2}")
            failures += 1
        (files / f"{rid}.orig.pdf").write_bytes(pdf_bytes)
        errs = check_report(rid, pdf_bytes, rep.labels)
        labs = [x["label"] for x in rep.labels]
        nlab += len(labs)
        nopt += sum(1 for x in labs if x.get("optional"))
        lines.append(json.dumps({"id": rid, "markers": labs}, ensure_ascii=False))
        status = "ok" if not errs else "FAIL"
        print(f"{rid} {rep.h.key:<10} {total} page(s) {len(labs):>2} label(s) {status}")
        for e in errs:
            print(f"    {e}")
        failures += bool(errs)
    if not only:
        (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} reports, {nlab} labels ({nopt} optional)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
