"""The fallback pass measured alone, on the tune halves of every released set.

What `extractors.markers.extraction.fallback_alone` reads on each report, as if no named rule
had read anything (every (marker, aspect) pair open to it, no span taken by a rule's result),
scored against the report's labels with the scoring `markerflow eval` uses
(`extractors.evaluation.score_report`: a result counts by its (marker, aspect, status);
optional labels count neither way). Its recall says how much of a report's results the generic
reading alone would find; its precision, how safe it is where the rules read nothing.

Only tune halves are read: reports whose id ends in 0 or 5 are never opened, scored or printed
(`extractors.evaluation.is_check_report`). The sets: the corpus's digital rendering; probes 1,
2, 4, 8, 9 and 11 from their texts (texts/<id>.txt, the `text` rendering); probes 3, 5, 6 and
12 from their laboratories' originals. Probes 7, 10 and 13 onwards are blind and never listed.

Prints P / R / F1 per set and pooled, and then each false positive (tune reports only) by its
kind (the kind of wording the pass read, marker/aspect/status) with the line it was read from. With
--misses, also the labels the pass alone does not find, by marker and aspect (counts only).

Usage (the corpus from MARKERFLOW_SHARED, default ../shared):
    .venv/bin/python bench/fallback_alone.py --cache DIR [--quiet] [--misses]
DIR holds one folder of read Documents per set (`markerflow eval --cache` keeps the same).
"""

import argparse
import os
from collections import Counter, defaultdict
from pathlib import Path

from extractors.evaluation import Counts, Evaluation, is_check_report, score_report
from extractors.labelled_corpus import Rendering, corpus_files, read_cached, read_labels
from extractors.markers.extraction import fallback_alone
from schemas.document import Document

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "extractors" / "markers"
SHARED = Path(os.environ.get("MARKERFLOW_SHARED", ROOT.parent / "shared"))
SETS: list[tuple[str, Path, Rendering]] = [
    ("corpus", SHARED / "corpus", Rendering.DIGITAL),
    *((p, PROBES / p, Rendering.TEXT) for p in ("probe", "probe2", "probe4", "probe8")),
    *((p, PROBES / p, Rendering.TEXT) for p in ("probe9", "probe11")),
    *((p, PROBES / p, Rendering.ORIGINAL) for p in ("probe3", "probe5", "probe6", "probe12")),
]


def _line(name: str, counts: Counts) -> str:
    return (
        f"{name:<10} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        f"  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
    )


def _line_of(text: str, start: int, end: int) -> str:
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", end)
    return " ".join(text[low : len(text) if high == -1 else high].split())[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="folder of per-set caches")
    parser.add_argument("--quiet", action="store_true", help="figures only, no false positives")
    parser.add_argument("--misses", action="store_true", help="labels not found, by kind")
    args = parser.parse_args()
    pooled = Counts()
    extras: dict[str, list[str]] = defaultdict(list)
    missing: Counter[str] = Counter()
    for name, folder, rendering in SETS:
        labels = read_labels(folder)
        tune = [r for r in sorted(labels) if not is_check_report(r)]
        evaluation = Evaluation()
        for item in corpus_files(folder, [rendering], tune):
            document = read_cached(item.path, args.cache / name)
            if not isinstance(document, Document):
                continue
            pairs = fallback_alone(document)
            found = [result for result, _ in pairs]
            before = len(evaluation.misses)
            score_report(item.report, found, labels[item.report], evaluation)
            for miss in evaluation.misses[before:]:
                if miss.kind == "missing":
                    missing[f"{name} {'/'.join(miss.key[:2])}"] += 1
                    continue
                if miss.kind != "extra":
                    continue
                for result, kind in pairs:
                    key = (result.marker.value, result.aspect.value, result.status.value)
                    if key != miss.key:
                        continue
                    where = result.evidence[0]
                    page = document.pages[where.page - 1].text
                    extras[f"{kind} {'/'.join(key)}"].append(
                        f"{name}:{item.report} | {_line_of(page, where.start, where.end)}"
                    )
        pooled.add(evaluation.overall)
        print(_line(name, evaluation.overall), flush=True)
    print(_line("pooled", pooled))
    if not args.quiet:
        print("false positives of the tune halves, by kind:")
        for kind, lines in sorted(extras.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(lines):>3} {kind}")
            for line in lines:
                print(f"        {line}")
    if args.misses:
        print("labels the pass alone does not find (tune halves), by set and marker/aspect:")
        for subject, count in missing.most_common():
            print(f"  {count:>4} {subject}")


if __name__ == "__main__":
    main()
