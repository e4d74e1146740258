"""How the wording kinds of the tests read when a page's width wraps their lines: counts only.

Every case of the kind tables in `tests/extractors/markers/test_s*.py` (a text with the
results it states) is read as written and with each line longer than WIDTH characters wrapped
at a space, as a narrower page would print it. A case reads worse wrapped when its results
differ from what it states in more ways than the unwrapped text's do: a rule that holds for
a phrase only on one line. Prints the number of cases that wrap, how many read worse and how
many better, and the test files with the most worse cases.

Usage: .venv/bin/python bench/wrapped_kinds.py [--width 60] [--list]
(--list prints each worse case's file, table and kind, with what it lost and gained.)
"""

import argparse
import importlib
import sys
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import extract_markers  # noqa: E402
from extractors.text_document import document_from_text  # noqa: E402

Key = tuple[str, str, str]


def kind_cases() -> list[tuple[str, str, set[Key]]]:
    """(where, text, stated results) of every table of (text, [(marker, aspect, status, _)])."""
    cases: dict[str, tuple[str, set[Key]]] = {}
    for path in sorted((ROOT / "tests" / "extractors" / "markers").glob("test_s*.py")):
        module = importlib.import_module(f"tests.extractors.markers.{path.stem}")
        for name, table in vars(module).items():
            if not _is_table(table):
                continue
            for kind, items in table.items():
                for text, expected in items:
                    if all(isinstance(e, tuple) and len(e) == 4 for e in expected):
                        where = f"{path.name}:{name}:{kind}"
                        cases.setdefault(text, (where, {e[:3] for e in expected}))
    return [(where, text, stated) for text, (where, stated) in cases.items()]


def _is_table(value: object) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(
            isinstance(kind, str)
            and isinstance(items, list)
            and all(
                isinstance(item, tuple)
                and len(item) == 2
                and isinstance(item[0], str)
                and isinstance(item[1], list)
                for item in items
            )
            for kind, items in value.items()
        )
    )


def wrapped(text: str, width: int) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines)


def read(text: str) -> set[Key]:
    found = extract_markers(document_from_text(text))
    return {(r.marker.value, r.aspect.value, r.status.value) for r in found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=60)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    count = worse = better = 0
    files: Counter[str] = Counter()
    for where, text, stated in kind_cases():
        narrow = wrapped(text, args.width)
        if narrow.strip() == text.strip():
            continue
        count += 1
        as_written, as_wrapped = read(text), read(narrow)
        if len(as_wrapped ^ stated) > len(as_written ^ stated):
            worse += 1
            files[where.split(":")[0]] += 1
            if args.list:
                lost, gained = sorted(stated - as_wrapped), sorted(as_wrapped - stated)
                print(f"{where}: lost {lost}, gained {gained}")
        elif len(as_wrapped ^ stated) < len(as_written ^ stated):
            better += 1
    print(f"{count} cases wrap at {args.width}: {worse} read worse, {better} better")
    print("most worse: " + ", ".join(f"{name} {n}" for name, n in files.most_common(5)))


if __name__ == "__main__":
    main()
