"""A mention audit of the silver tune half: where real reports name a marker, and what is read.

Silver labels carry a few fields per patient, so most results a report states are not in them;
this audit reads the texts instead. Each report's text is cut into segments (its lines, and
long lines, as the one-line reports are, at each '. ' before a capital or a digit). A segment
that names a marker in scope (the extractor's own mentions, and a broad vocabulary of names
and symbols, so that names the rules miss are listed too) is:

- missed, when no result of that marker has its evidence on the segment (`--missed`, the
  default): read these by hand, most state no result (pending, methods, background,
  criteria); the rest are the kinds of wording to write rules for. NEW marks a segment whose
  marker the report gave no result at all, DUP one whose marker was read elsewhere;
- read, when a result of the marker has its evidence there (`--read`): a sample of them
  (`--sample N`, `--seed S`) to check each result's status, aspect and details by hand.

Only the tune half is read: reports whose barcode ends in 0 or 5 are never opened
(`extractors.evaluation.is_check_report`). Markers of a family share a name here (BRCA1 and
BRCA2 as BRCA, IDH1 and IDH2 as IDH).

Usage (the silver set from MARKERFLOW_SHARED, default ../shared):
    .venv/bin/python bench/silver_mention_audit.py [--read] [--sample N] [--seed S]
"""

import argparse
import bisect
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.evaluation import is_check_report
from extractors.markers import extract_markers
from extractors.markers.pipeline import marker_pipeline
from extractors.text_document import document_from_text
from schemas.markers import MarkerResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARKERFLOW_SHARED", ROOT.parent / "shared"))
TEXTS = SHARED / "silver" / "texts"

# Names and symbols of the markers in scope (corpus/LABELS.md), broad on purpose: a name the
# rules do not know is listed too. Symbols that are also words stay case-exact.
VOCABULARY: list[tuple[str, re.Pattern[str]]] = [
    (marker, re.compile(pattern))
    for marker, pattern in [
        ("ER", r"(?i:o?estrogen)|\bER\b"),
        ("PR", r"(?i:progesterone)|\bPR\b|\bP[Gg]R\b"),
        ("HER2", r"(?i:her[\s\-]?2|erb[\s\-]?b[\s\-]?2|\bneu\b|herceptest|c-?erb)"),
        ("KRAS", r"(?i:k-?ras)"),
        ("NRAS", r"(?i:n-?ras)"),
        ("HRAS", r"(?i:h-?ras)"),
        ("EGFR", r"(?i:egfr|epidermal growth factor)"),
        ("BRAF", r"(?i:b-?raf)"),
        ("PIK3CA", r"(?i:pik3ca)"),
        ("TP53", r"(?i:tp53|\bp53)"),
        ("ALK", r"\bALK\b"),
        ("ROS1", r"(?i:ros-?1)"),
        ("RET", r"\bRET\b"),
        ("MET", r"\bc?-?MET\b"),
        ("NTRK", r"(?i:ntrk|pan-?trk)"),
        ("BRCA", r"(?i:brca)"),
        ("IDH", r"(?i:\bidh)"),
        ("PD-L1", r"(?i:pd-?l1|cd274)"),
        ("MSI", r"(?i:\bmsi|microsatellite|\bmss\b)"),
        ("MMR", r"(?i:mismatch|\bmmr)"),
        ("MLH1", r"(?i:mlh-?1)"),
        ("MSH2", r"(?i:msh-?2)"),
        ("MSH6", r"(?i:msh-?6)"),
        ("PMS2", r"(?i:pms-?2)"),
        ("Ki-67", r"(?i:ki-?67|mib-?1)"),
        ("AR", r"(?i:androgen)|\bAR\b"),
        ("TMB", r"(?i:\btmb\b|mutational burden)"),
        ("Mesothelin", r"(?i:mesothelin)"),
        ("GD2", r"\bGD2\b"),
    ]
]
FAMILY = {"BRCA1": "BRCA", "BRCA2": "BRCA", "IDH1": "IDH", "IDH2": "IDH"}
# A long line (a report printed on one line) is cut at each sentence's end.
_LONG_LINE = 300
_SENTENCE_END = re.compile(r"\. (?=[A-Z0-9(])")


@dataclass
class Segment:
    report: str
    page: int
    number: int
    named: set[str]
    read: set[str]
    lines: list[str]  # every segment of the page, for context


def _name(marker: str) -> str:
    return FAMILY.get(marker, marker)


def _starts(text: str) -> list[int]:
    """Where each segment starts: each line, and each sentence of a long line."""
    starts, offset = [0], 0
    for line in text.split("\n"):
        if len(line) > _LONG_LINE:
            starts += [offset + m.end() for m in _SENTENCE_END.finditer(line)]
        offset += len(line) + 1
        starts.append(offset)
    return sorted({s for s in starts if s <= len(text)})


def _segments(report: str, text: str, results: list[MarkerResult]) -> Iterator[Segment]:
    nlp = marker_pipeline()
    for number, page_text in enumerate(text.split("\f"), start=1):
        starts = _starts(page_text)
        ends = [*starts[1:], len(page_text)]
        lines = [page_text[a:b].rstrip("\n") for a, b in zip(starts, ends, strict=True)]

        def segment_of(offset: int, starts: list[int] = starts) -> int:
            return bisect.bisect_right(starts, offset) - 1

        read: dict[int, set[str]] = {}
        for result in results:
            for evidence in result.evidence:
                if evidence.page == number:
                    last = segment_of(max(evidence.start, evidence.end - 1))
                    for index in range(segment_of(evidence.start), last + 1):
                        read.setdefault(index, set()).add(_name(result.marker.value))
        named: dict[int, set[str]] = {}
        for mention in nlp(page_text)._.marker_mentions or []:
            named.setdefault(segment_of(mention.start), set()).add(_name(mention.marker.value))
        for index, line in enumerate(lines):
            for marker, pattern in VOCABULARY:
                if pattern.search(line):
                    named.setdefault(index, set()).add(marker)
        for index in sorted(named):
            yield Segment(report, number, index, named[index], read.get(index, set()), lines)


def _show(segment: Segment, markers: set[str], tag: str) -> None:
    print(f"=== {segment.report} p{segment.page} #{segment.number} {tag} {sorted(markers)}")
    low, high = max(0, segment.number - 2), min(len(segment.lines), segment.number + 3)
    for index in range(low, high):
        mark = "> " if index == segment.number else "  "
        print(mark + segment.lines[index][:220])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--read", action="store_true", help="list segments with a result read")
    parser.add_argument("--sample", type=int, default=0, help="show only N segments at random")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    chosen: list[tuple[Segment, set[str], str]] = []
    reports = 0
    for path in sorted(TEXTS.glob("*.txt")):
        if is_check_report(path.stem):
            continue  # the check half is never read
        reports += 1
        text = path.read_text()
        results = extract_markers(document_from_text(text))
        found = {_name(r.marker.value) for r in results}
        segments = list(_segments(path.stem, text, results))
        for segment in segments:
            if args.read and segment.named & segment.read:
                chosen.append((segment, segment.named & segment.read, "READ"))
            elif not args.read and segment.named - segment.read:
                missed = segment.named - segment.read
                chosen.append((segment, missed, "NEW" if missed - found else "DUP"))
    total = len(chosen)
    if args.sample:
        picked = random.Random(args.seed).sample(chosen, min(args.sample, total))
        chosen = sorted(picked, key=lambda c: (c[0].report, c[0].page, c[0].number))
    for segment, markers, tag in chosen:
        _show(segment, markers, tag)
    kind = "with a result read" if args.read else "naming a marker with no result read"
    print(f"{reports} tune reports; {total} segments {kind}; {len(chosen)} shown")


if __name__ == "__main__":
    main()
