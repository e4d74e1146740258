"""Extraction time on adversarial pages at sizes n and 2n: does it grow linearly?

.venv/bin/python bench/bench_linear_inputs.py [--shapes a,b] [--limit 10] [--scale 1]
.venv/bin/python bench/bench_linear_inputs.py --profile SHAPE N     # where the time goes
.venv/bin/python bench/bench_linear_inputs.py --patterns SHAPE N    # each pattern on the page

Each shape builds one page from a line (or lines) a scan, a fax or a careless template can
give: a long run of one character after a marker's name, a long word, many block headings on
one header line, many names. Extraction of the page is timed (CPU) at n and at 2n; the ratio
is about 2 where the time grows linearly, 4 where it grows with the square, far more where it
doubles with each step. A shape in AS_TEXT (a wide gap of spaces) is timed as the findings of
its parsed text: a page laid out by position or a table's cell may keep the gap that a text
document's layout takes as one column gap. A size that takes longer than --limit seconds
(wall clock) is stopped and shown as '>limit'. --patterns runs every module-level compiled
pattern of the marker rules over the page (a scan, and a full match of each line) and lists
the slowest. Most run only on a window or a line's part in extraction, so a pattern slow over
the whole page is a suspect, not a finding: --profile shows which of them extraction runs
slowly, and where.
"""

import argparse
import cProfile
import importlib
import pkgutil
import pstats
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.markers import extract_markers
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.statements import read_findings
from extractors.text_document import document_from_text


def _letters(n: int) -> list[str]:
    return [chr(65 + i % 26) + (str(i // 26) if i >= 26 else "") for i in range(n)]


# name: (page for size n, n). The page's other lines give the extractor a report to read.
_BODY = "SURGICAL PATHOLOGY REPORT\nDiagnosis: invasive ductal carcinoma.\n"
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # a header line of many block headings that is no header after all (its last word)
    "block_headings": (
        lambda n: _BODY + "Block " + " Block ".join(_letters(n)) + ": ER positive\n",
        12,
    ),
    "block_headings_wide": (
        lambda n: _BODY + "  ".join(f"Block {x}" for x in _letters(n)) + "  see note\nER 90%\n",
        12,
    ),
    "described_columns": (
        lambda n: _BODY + " ".join(f"{x} (core)" for x in _letters(n)) + " see note\nER 90%\n",
        12,
    ),
    "place_columns": (
        lambda n: _BODY + " ".join(["Primary tumour"] * n) + " see note\nPR 5%\n",
        12,
    ),
    "dashes": (lambda n: _BODY + "ER " + "-" * n + " positive\n", 20000),
    "colons": (lambda n: _BODY + "ER " + ":" * n + " positive\n", 20000),
    "digits": (lambda n: _BODY + "ER " + "7" * n + "\n", 20000),
    "dots": (lambda n: _BODY + "ER " + "." * n + " positive\n", 20000),
    "underscores": (lambda n: _BODY + "ER " + "_" * n + " positive\n", 20000),
    "pipes": (lambda n: _BODY + "ER " + "|" * n + " positive\n", 20000),
    "pipes_then_amount": (lambda n: _BODY + "ER " + "|" * n + " 12 fmol/mg\n", 5000),
    "tabs": (lambda n: _BODY + "ER" + "\t" * n + "positive\n", 20000),
    "spaces": (lambda n: _BODY + "ER" + " " * n + "positive\n", 20000),
    "dash_spaces": (lambda n: _BODY + "ER " + "- " * n + "positive\n", 10000),
    "long_word": (lambda n: _BODY + "ER positive " + "x" * n + "\n", 20000),
    "repeated_names": (lambda n: _BODY + "ER " * n + "positive\n", 2000),
    "long_line": (lambda n: _BODY + "ER positive, PR negative, " * n + "\n", 500),
    "many_lines": (lambda n: _BODY + "ER: positive (90%)\nPR: negative\n" * n, 200),
    "pdl1_scores": (lambda n: _BODY + "PD-L1 (22C3)\n" + "TPS: 5%\nCPS: 12\n" * n, 200),
    # a verdict, a long gap, a gene: read as text (below), as a page laid out by position keeps it
    "gap_before_gene": (lambda n: _BODY + "No fusions detected" + " " * n + ": RET\n", 3000),
    "gap_after_no": (lambda n: _BODY + "No" + " " * n + "progesterone receptors found\n", 3000),
    "misread_run_amount": (
        lambda n: _BODY + "Estrogen receptor: " + "l|" * n + " 142 fmol/mg (positive: > 10)\n",
        2500,
    ),
    "many_result_lines": (
        lambda n: _BODY + "".join(f"Block {x}: ER positive, PR negative\n" for x in _letters(n)),
        200,
    ),
}
# Shapes read as the parsed text itself (`read_findings`): a text document's layout takes a
# long run of spaces as one column gap, which a page laid out by position or a cell may keep.
AS_TEXT = {"gap_before_gene", "gap_after_no"}


class _Stopped(Exception):
    pass


def _stop(*_: object) -> None:
    raise _Stopped


def timed(text: str, limit: float, as_text: bool = False) -> float | None:
    """CPU seconds to extract the page, or None when it ran past `limit` seconds.

    `as_text`: the findings of the parsed text, without the page's layout.
    """
    document = document_from_text(text)
    parsed = marker_pipeline()(text) if as_text else None
    signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.process_time()
    try:
        if parsed is not None:
            read_findings(parsed)
        else:
            extract_markers(document)
    except _Stopped:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - started


def _shown(seconds: float | None) -> str:
    return ">limit" if seconds is None else f"{seconds:.3f}"


def doubling(shapes: list[str], limit: float, scale: float) -> None:
    extract_markers(document_from_text("ER positive"))  # the pipeline built once
    print(f"{'shape':<20} {'n':>7} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6}")
    for name in shapes:
        make, size = SHAPES[name]
        n = max(1, int(size * scale))
        small = timed(make(n), limit, name in AS_TEXT)
        large = timed(make(2 * n), limit, name in AS_TEXT) if small is not None else None
        ratio = f"{large / small:.1f}" if small and large is not None else "-"
        print(f"{name:<20} {n:>7} {_shown(small):>8} {_shown(large):>8} {ratio:>6}", flush=True)


def profile(name: str, n: int) -> None:
    text = SHAPES[name][0](n)
    document = document_from_text(text)
    parsed = marker_pipeline()(text)
    extract_markers(document_from_text("ER positive"))
    profiler = cProfile.Profile()
    profiler.enable()
    if name in AS_TEXT:
        read_findings(parsed)
    else:
        extract_markers(document)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("tottime")
    stats.print_stats(8)
    stats.print_callers(r"of 're\.Pattern' objects")


def _marker_patterns() -> list[tuple[str, re.Pattern[str]]]:
    import extractors.markers as package

    found = []
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"extractors.markers.{module_info.name}")
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{module_info.name}.{attribute}", value))
    return found


def patterns(name: str, n: int, limit: float) -> None:
    text = SHAPES[name][0](n)
    lines = text.split("\n")
    costs = []
    signal.signal(signal.SIGALRM, _stop)
    for label, pattern in _marker_patterns():
        signal.setitimer(signal.ITIMER_REAL, limit)
        started = time.process_time()
        try:
            for _ in pattern.finditer(text):
                pass
            for line in lines:
                pattern.fullmatch(line)
            cost: float | None = time.process_time() - started
        except _Stopped:
            cost = None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        costs.append((float("inf") if cost is None else cost, label))
    for cost, label in sorted(costs, reverse=True)[:10]:
        print(f"{label:<50} {'>limit' if cost == float('inf') else f'{cost:.4f}'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--limit", type=float, default=10.0, help="seconds before a size stops")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply each shape's n")
    parser.add_argument("--profile", nargs=2, metavar=("SHAPE", "N"))
    parser.add_argument("--patterns", nargs=2, metavar=("SHAPE", "N"))
    args = parser.parse_args()
    if args.profile:
        profile(args.profile[0], int(args.profile[1]))
    elif args.patterns:
        patterns(args.patterns[0], int(args.patterns[1]), args.limit)
    else:
        doubling(args.shapes.split(","), args.limit, args.scale)


if __name__ == "__main__":
    main()
