"""Word accuracy of markerflow's reading of the corpus scans and faxes against the source texts.

Run: .venv/bin/python bench/ocr_accuracy.py [--ids 002,010,...] [--limit N]
Accuracy = words of the source text matched, in order, by the words read (difflib alignment on
lower-cased words stripped of surrounding punctuation), divided by the source's word count.
"""

import argparse
import difflib
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"
RENDERINGS = {"digital": "{id}.pdf", "scan": "{id}.scan.pdf", "fax": "{id}.fax.tiff"}
EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def normalised_words(text: str) -> list[str]:
    words = (EDGE_PUNCTUATION.sub("", word).lower() for word in text.split())
    return [word for word in words if word]


def word_accuracy(reference: str, read: str) -> float:
    ref, hyp = normalised_words(reference), normalised_words(read)
    if not ref:
        return 1.0
    matcher = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(ref)


def main() -> None:
    from extractors.reading import read_document

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ids", help="comma-separated report ids (default: all with a text)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N ids")
    parser.add_argument("--renderings", default="scan,fax")
    args = parser.parse_args()
    ids = (
        args.ids.split(",")
        if args.ids
        else sorted(p.stem for p in (CORPUS / "texts").glob("*.txt"))
    )
    ids = ids[: args.limit] if args.limit else ids
    totals: dict[str, list[float]] = {}
    for report_id in ids:
        reference = (CORPUS / "texts" / f"{report_id}.txt").read_text()
        for rendering in args.renderings.split(","):
            path = CORPUS / "files" / RENDERINGS[rendering].format(id=report_id)
            if not path.exists():
                continue
            started = time.monotonic()
            doc = read_document(path.read_bytes(), path.name)
            text = "\n".join(page.text for page in doc.pages)
            accuracy = word_accuracy(reference, text)
            totals.setdefault(rendering, []).append(accuracy)
            print(
                f"{report_id} {rendering:7s} pages={len(doc.pages):2d} "
                f"accuracy={accuracy:6.1%} wall={time.monotonic() - started:5.1f}s",
                flush=True,
            )
    for rendering, values in totals.items():
        print(
            f"MEAN {rendering}: {sum(values) / len(values):.1%} word accuracy over "
            f"{len(values)} reports (min {min(values):.1%})"
        )


if __name__ == "__main__":
    main()
