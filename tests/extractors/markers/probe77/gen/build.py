#!/usr/bin/env python3
"""Build probe77: every files/<id>.orig.pdf and labels.jsonl, then check them.

Run with the project's virtualenv (reportlab and pdfplumber):
    /work/main/.venv/bin/python tests/extractors/markers/probe77/gen/build.py

Exits non-zero when a label's evidence words are missing from the pdfplumber text of its PDF,
when a label field (alteration, percent, ratio, value, ihc_score) or its marker is not in the
text, when a glyph is missing from the font that draws it, when text runs off a page or over
other text, or when a report has fewer than 2 or more than 5 pages.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layout  # noqa: E402  (sets reportlab.rl_config.invariant = 1 first)
import pdfplumber  # noqa: E402

OUT = HERE.parent
LABS = ["lab_a", "lab_b", "lab_c", "lab_d", "lab_e", "lab_f", "lab_g", "lab_h", "lab_i",
        "lab_j", "lab_k"]
IDS = [str(i) for i in range(9091, 9121)]
MARKERS = {"HER2", "ER", "PR", "Ki-67", "AR", "EGFR", "KRAS", "NRAS", "HRAS", "BRAF", "PIK3CA",
           "TP53", "ALK", "ROS1", "RET", "MET", "NTRK", "BRCA1", "BRCA2", "IDH1", "IDH2", "PD-L1",
           "MSI", "MMR", "MLH1", "MSH2", "MSH6", "PMS2", "TMB", "GD2", "Mesothelin"}
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}
ALIASES = {
    "HER2": ["HER2", "ERBB2", "HER-2"], "ER": ["ESR1", "estrogen", "oestrogen", "ER "],
    "PR": ["PGR", "progesterone", "PR "], "Ki-67": ["Ki-67", "Ki67", "MIB-1"],
    "PD-L1": ["PD-L1", "CD274", "PDL1"], "AR": ["AR ", "androgen"],
    "MSI": ["MSI", "microsatellite", "MSS", "Mikrosatelliten", "microsatellites"],
    "MMR": ["MMR", "mismatch repair", "Mismatch-Reparatur"],
    "TMB": ["TMB", "mutational burden", "mutation burden", "Mutationslast"],
    "NTRK": ["NTRK", "TRK"], "Mesothelin": ["mesothelin"],
}
AA3 = {"A": "Ala", "R": "Arg", "N": "Asn", "D": "Asp", "C": "Cys", "E": "Glu", "Q": "Gln",
       "G": "Gly", "H": "His", "I": "Ile", "L": "Leu", "K": "Lys", "M": "Met", "F": "Phe",
       "P": "Pro", "S": "Ser", "T": "Thr", "W": "Trp", "Y": "Tyr", "V": "Val"}


def three_letter_forms(alt: str) -> list[str]:
    """V600E -> Val600Glu; E746_A750del -> Glu746_Ala750del; R2520* -> Arg2520Ter / Arg2520*."""
    if not re.search(r"[A-Z]\d", alt):
        return []
    s = re.sub(r"([ACDEFGHIKLMNPQRSTVWY])(\d+)", lambda m: AA3[m.group(1)] + m.group(2), alt)
    s = re.sub(r"(\d+)([ACDEFGHIKLMNPQRSTVWY])(?=fs|$|_|del|ins|dup)",
               lambda m: m.group(1) + AA3[m.group(2)], s)
    forms = {s, s.replace("*", "Ter"), re.sub(r"fs\*?(\d+)$", "fs", s), s.replace("fs*", "fsTer")}
    return sorted(forms)


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path):
    problems = []
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        texts = []
        for n, page in enumerate(pages, 1):
            texts.append(page.extract_text() or "")
            w, h = page.width, page.height
            lines: dict[int, list] = {}
            for ch in page.chars:
                if ch["x0"] < 12 or ch["x1"] > w - 12 or ch["top"] < 12 or ch["bottom"] > h - 12:
                    problems.append(f"page {n}: {ch['text']!r} off the page at x={ch['x0']:.0f}")
                    break
                if ch["text"].strip():
                    lines.setdefault(round(ch["top"]), []).append(ch)
            for top, chars in lines.items():
                chars.sort(key=lambda c: c["x0"])
                for a, b in zip(chars, chars[1:]):
                    if b["x0"] < a["x1"] - 1.0:
                        problems.append(f"page {n}: text overlaps near {a['text']}{b['text']!r} "
                                        f"(x={a['x0']:.0f}, top={top})")
                        break
        return len(pages), collapse("\n".join(texts)), problems


def num_forms(x) -> list[str]:
    s = str(int(x)) if float(x).is_integer() else str(x)
    return [s, s.replace(".", ",")]


def check_label(item, text: str, low: str) -> list[str]:
    lab = item["label"]
    out = []
    if lab["marker"] not in MARKERS:
        out.append(f"unknown marker {lab['marker']}")
    if lab["aspect"] not in ASPECTS:
        out.append(f"unknown aspect {lab['aspect']}")
    if lab["status"] not in STATUSES:
        out.append(f"unknown status {lab['status']}")
    if lab["marker"] == "Ki-67" and (lab["status"] != "reported" or
                                     not ("percent" in lab or "value" in lab)):
        out.append("Ki-67 must be reported with percent or value")
    if "ihc_score" in lab and lab["ihc_score"] not in ("0", "1+", "2+", "3+"):
        out.append(f"bad ihc_score {lab['ihc_score']}")
    for ev in item["ev"]:
        if collapse(ev) not in text:
            out.append(f"evidence missing: {ev!r}")
    names = [lab["marker"]] + ALIASES.get(lab["marker"], [])
    if not any(n.lower() in low for n in names):
        out.append(f"marker {lab['marker']} not named in the text")
    if "alteration" in lab:
        alt = lab["alteration"]
        if alt.lower() not in low and not any(f in text for f in three_letter_forms(alt)):
            out.append(f"alteration {alt} not in text")
    for key in ("percent", "ratio"):
        if key in lab and not any(f in text for f in num_forms(lab[key])):
            out.append(f"{key} {lab[key]} not in text")
    for key in ("value", "ihc_score"):
        if key in lab and lab[key] not in text:
            out.append(f"{key} {lab[key]!r} not in text")
    if lab.get("optional") not in (None, True):
        out.append("optional must be true or absent")
    return out


def main() -> int:
    reports = {}
    for name in LABS:
        mod = importlib.import_module(name)
        for rid, data in mod.REPORTS.items():
            if rid in reports:
                raise SystemExit(f"duplicate id {rid}")
            reports[rid] = (mod, data)
    problems = []
    if sorted(reports) != IDS:
        problems.append(f"ids are not 9091-9120: {sorted(reports)}")
    files = OUT / "files"
    files.mkdir(exist_ok=True)
    lines = []
    only = set(sys.argv[1:])
    n_labels = n_optional = 0
    for rid in IDS:
        if rid not in reports:
            continue
        mod, data = reports[rid]
        items = data["labels"]
        lines.append(json.dumps({"id": rid, "markers": [i["label"] for i in items]},
                                ensure_ascii=False))
        n_labels += len(items)
        n_optional += sum(1 for i in items if i["label"].get("optional"))
        if only and rid not in only:
            continue
        layout.reset_log()
        path = files / f"{rid}.orig.pdf"
        try:
            mod.build(data, path)
        except Exception as exc:  # layout errors are build failures
            problems.append(f"{rid}: build failed: {exc!r}")
            continue
        problems += [f"{rid}: {p}" for p in layout.check_glyphs()]
        pages, text, page_problems = pdf_text(path)
        problems += [f"{rid}: {p}" for p in page_problems]
        if not 2 <= pages <= 5:
            problems.append(f"{rid}: {pages} pages (want 2-5)")
        low = text.lower()
        for item in items:
            problems += [f"{rid}: {item['label']['marker']}: {p}"
                         for p in check_label(item, text, low)]
        print(f"{rid}: {pages} pages, {len(items)} labels")
    if not only:
        (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} reports, {n_labels} labels ({n_optional} optional)")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
