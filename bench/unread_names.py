"""Why nothing was read of a named marker: counts only, so check halves and blind probes too.

Most results that `markerflow eval` finds missing on reports not read while rules were
written are of one mechanism: the marker is named in the text and nothing of it is read
('missing: named, nothing read' in eval's counts). This says, for each such label, how far
the best of its marker's mentions got in the fallback pass (`extractors/markers/fallback.py`),
the last reader of leftover names:

- 'not seen': no mention of the marker survives the mention finder's own checks;
- 'implied', 'in a unit's list', 'inside a read result': the mention is an implied change,
  decided by a unit (a list of what an assay covers), or inside another marker's result;
- 'blocked': its unit holds an exclusion, a history flag or an unchosen option (counted by label);
- 'no verdict': the unit is open and the pass read no verdict in it, split by where the
  nearest strong status cue stands: in the unit (the pass declined it), within two lines
  but outside the unit, only a weak cue in the unit, or none within two lines;
- 'read, then dropped': the pass read it, and the merge with the rules' results dropped it.

No report text, no report id: a set's line is counts. Sets: the corpus's digital rendering
(tune and check halves apart), and each probe from its texts or its originals, its halves
apart (probes 7, 10, 14, 17, 21 and 22 are blind as a whole).

Usage (the corpus from MARKERFLOW_SHARED, default ../shared):
    .venv/bin/python bench/unread_names.py --cache DIR
DIR holds one folder of read Documents per set (`markerflow eval --cache` keeps the same).
"""

import argparse
import os
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from extractors import extract_markers
from extractors.evaluation import is_check_report
from extractors.labelled_corpus import Rendering, corpus_files, read_cached, read_labels
from extractors.markers.extraction import parsed_pages
from extractors.markers.fallback import leftover_findings, unit_and_blocks
from extractors.markers.line_bounds import end_of_line, start_of_line
from schemas.document import Document
from schemas.markers import Marker

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "extractors" / "markers"
SHARED = Path(os.environ.get("MARKERFLOW_SHARED", ROOT.parent / "shared"))
REPAIR_PROTEINS = {"MLH1", "MSH2", "MSH6", "PMS2"}
# How far each mention got, in order: a label counts by the furthest of its marker's mentions.
STAGES = (
    "not seen",
    "implied",
    "in a unit's list",
    "inside a read result",
    "blocked",
    "no verdict: no cue within two lines",
    "no verdict: a weak cue only",
    "no verdict: a cue within two lines, outside the unit",
    "no verdict: a cue in the unit, declined",
    "read, then dropped",
)


def sets() -> list[tuple[str, Path, Rendering]]:
    """Every labelled set: the corpus and each probe, by its texts or its originals."""
    probes = sorted((p for p in PROBES.glob("probe*") if p.is_dir()), key=_probe_number)
    return [("corpus", SHARED / "corpus", Rendering.DIGITAL)] + [
        (p.name, p, Rendering.TEXT if (p / "texts").is_dir() else Rendering.ORIGINAL)
        for p in probes
    ]


def _probe_number(path: Path) -> int:
    return int(path.name.removeprefix("probe") or 1)


def _lines_around(text: str, at: int) -> tuple[int, int]:
    """From the start of the line before `at`'s to the end of the second line after it."""
    start = start_of_line(text, max(start_of_line(text, at) - 1, 0))
    end = at
    for _ in range(3):
        end = end_of_line(text, min(end + 1, len(text)))
    return start, end


def stage_of(
    parsed: Doc, read: list[tuple[int, int]], leftover: set[Marker], mention_index: int
) -> tuple[str, list[str]]:
    """How far one mention got, and the labels of what blocked its unit.

    `read` is the spans of the rules' results on the page, `leftover` the markers the fallback
    pass read there.
    """
    mention = parsed._.read_mentions[mention_index]
    if mention.implied:
        return "implied", []
    if mention_index in (parsed._.owned_mentions or set()):
        return "in a unit's list", []
    if any(s <= mention.start < e or s < mention.end <= e for s, e in read):
        return "inside a read result", []
    (start, end), blocks = unit_and_blocks(parsed, mention)
    if blocks:
        return "blocked", blocks
    if mention.marker in leftover:
        return "read, then dropped", []
    cues = parsed._.status_cues or []
    if any(start <= c.start < end and not c.weak for c in cues):
        return "no verdict: a cue in the unit, declined", []
    if any(start <= c.start < end for c in cues):
        return "no verdict: a weak cue only", []
    low, high = _lines_around(parsed.text, mention.start)
    if any(low <= c.start < high and not c.weak for c in cues):
        return "no verdict: a cue within two lines, outside the unit", []
    return "no verdict: no cue within two lines", []


def count_set(folder: Path, rendering: Rendering, cache: Path | None, half: str) -> Counter[str]:
    """Stages (and blocking labels, as 'blocked by ...') of the set's named, unread labels."""
    counts: Counter[str] = Counter()
    labels = read_labels(folder)
    for item in corpus_files(folder, [rendering]):
        if (half == "check") != is_check_report(item.report) and half != "all":
            continue
        document = read_cached(item.path, cache)
        if not isinstance(document, Document):
            continue
        results = extract_markers(document)
        read_markers = {r.marker.value for r in results}
        if read_markers & REPAIR_PROTEINS:
            read_markers.add("MMR")
        unread = {
            label["marker"]
            for label in labels[item.report]
            if not label.get("optional") and label["marker"] not in read_markers
        }
        if not unread:
            continue
        furthest: dict[str, str] = {}
        blocked_by: dict[str, set[str]] = {}
        for parsed, findings in parsed_pages(document):
            read = [(f.start, f.end) for f in findings]
            leftover = {f.marker for f in leftover_findings(parsed, read)}
            for index, mention in enumerate(parsed._.read_mentions or []):
                marker = mention.marker.value
                if marker not in unread:
                    continue
                stage, blocks = stage_of(parsed, read, leftover, index)
                blocked_by.setdefault(marker, set()).update(blocks)
                if STAGES.index(stage) >= STAGES.index(furthest.get(marker, "not seen")):
                    furthest[marker] = stage
        for label in labels[item.report]:
            marker = label["marker"]
            if label.get("optional") or marker not in unread:
                continue
            stage = furthest.get(marker, "not seen")
            counts[stage] += 1
            if stage == "blocked":
                counts.update(f"blocked by {b}" for b in blocked_by.get(marker, ()))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="folder of per-set caches")
    args = parser.parse_args()
    blind = {"probe7", "probe10", "probe14", "probe17", "probe21", "probe22", "probe23"}
    pooled: dict[str, Counter[str]] = {"tune": Counter(), "held out": Counter()}
    for name, folder, rendering in sets():
        cache = args.cache / name if args.cache else None
        halves = ("all",) if name in blind else ("tune", "check")
        for half in halves:
            counts = count_set(folder, rendering, cache, half)
            pooled["tune" if half == "tune" else "held out"].update(counts)
            _print(f"{name} {half}", counts)
    for name, counts in pooled.items():
        _print(f"pooled {name}", counts)


def _print(title: str, counts: Counter[str]) -> None:
    labels = sum(counts[s] for s in STAGES)
    parts = [f"{counts[s]} {s}" for s in STAGES if counts[s]]
    parts += [f"{n} {k}" for k, n in sorted(counts.items()) if k.startswith("blocked by")]
    print(f"{title}: {labels} named-unread labels" + (": " + "; ".join(parts) if parts else ""))


if __name__ == "__main__":
    main()
