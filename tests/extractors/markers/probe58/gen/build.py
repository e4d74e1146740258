"""Build probe58: write every laboratory PDF to ../files/<id>.orig.pdf and the labels to
../labels.jsonl, then check that every label's evidence phrases are in the PDF's text layer.

Run with /work/main/.venv/bin/python gen/build.py [--only ID ...]. Exits non-zero if any
evidence phrase is missing."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402  (sets rl_config.invariant before anything is drawn)
import reports_a  # noqa: E402,F401
import reports_b  # noqa: E402,F401
import reports_c  # noqa: E402,F401

ROOT = HERE.parent
FILES = ROOT / "files"
FIELD_ORDER = ("marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value",
               "optional")


def clean_label(label: dict) -> dict:
    return {k: label[k] for k in FIELD_ORDER if k in label}


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
        pages = len(pdf.pages)
    return re.sub(r"\s+", " ", text).strip(), pages


_CMAPS: dict = {}


def font_has(font: str, ch: str) -> bool:
    """Whether a glyph for ch exists in the font (standard fonts: WinAnsi; Vera: its cmap)."""
    if ch in "\n\t":
        return True
    if font.startswith("Vera"):
        if font not in _CMAPS:
            from reportlab.pdfbase import pdfmetrics
            _CMAPS[font] = pdfmetrics.getFont(font).face.charToGlyph
        return ord(ch) in _CMAPS[font]
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def missing_glyphs(obj, found: set) -> None:
    """Walk a story and collect (font, char) pairs that the font cannot draw."""
    from reportlab.graphics.shapes import Drawing, Group, String
    from reportlab.platypus import Paragraph, Table

    if isinstance(obj, (list, tuple)):
        for o in obj:
            missing_glyphs(o, found)
    elif isinstance(obj, Paragraph):
        for frag in obj.frags:
            text = getattr(frag, "text", "") or ""
            for ch in text:
                if not font_has(frag.fontName, ch):
                    found.add((frag.fontName, ch))
    elif isinstance(obj, Table):
        for row in obj._cellvalues:
            missing_glyphs(list(row), found)
    elif isinstance(obj, (Drawing, Group)):
        missing_glyphs(list(obj.contents), found)
    elif isinstance(obj, String):
        for ch in obj.text:
            if not font_has(obj.fontName, ch):
                found.add((obj.fontName, ch))
    elif hasattr(obj, "_content"):
        missing_glyphs(obj._content, found)


def norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    entries = sorted(common.REGISTRY, key=lambda e: e["id"])
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate report id"
    FILES.mkdir(exist_ok=True)
    glyph_failures: list = []
    for e in entries:
        if args.only and e["id"] not in args.only:
            continue
        story = e["fn"]()
        bad: set = set()
        missing_glyphs(story, bad)
        for font, ch in sorted(bad):
            print(f"{e['id']}: font {font} has no glyph for {ch!r}")
            glyph_failures.append(e["id"])
        e["lab"].build(str(FILES / f"{e['id']}.orig.pdf"), story, e["meta"], f"Report {e['id']}")
    if not args.only:
        with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
            for e in entries:
                fh.write(json.dumps({"id": e["id"], "markers": [clean_label(l) for l in e["labels"]]},
                                    ensure_ascii=False) + "\n")
    failures = len(glyph_failures)
    total = 0
    for e in entries:
        if args.only and e["id"] not in args.only:
            continue
        text, pages = pdf_text(FILES / f"{e['id']}.orig.pdf")
        if not 1 <= pages <= 4:
            print(f"{e['id']}: {pages} pages (must be 1-4)")
            failures += 1
        for label in e["labels"]:
            total += 1
            if not label["evidence"]:
                print(f"{e['id']}: {label['marker']} has no evidence phrase")
                failures += 1
            for phrase in label["evidence"]:
                if norm(phrase) not in text:
                    print(f"{e['id']}: {label['marker']}/{label['aspect']}: missing evidence {phrase!r}")
                    failures += 1
    print(f"checked {total} labels in {len(entries) if not args.only else len(args.only)} reports; "
          f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
