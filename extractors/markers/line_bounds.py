"""Where the line around an offset starts and ends, and where every line is, in a page's text.

The two hand-written shapes these replace, kept exactly (a negative `at` counts from the end,
as `str.find` and `str.rfind` take it). Kept apart from `spans` (the records with offsets):
`spans` imports `values`, which imports `variant_tables` and `misreadings`, and those read
lines too.
"""

import re

# A page's number as its running line prints it: 'Page 2', 'Page 1 of 3', 'PAGE 2/3'.
PAGE_NUMBER = r"(?i:page)[ \t]+\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?"
# A numbered item's number before its line's words: '3.', '2)', '(4)'.
ITEM_NUMBER = r"\(?\d{1,2}[.)]"


def start_of_line(text: str, at: int) -> int:
    """Where the line `at` stands on starts: just past the last newline before `at`, else 0.

    A newline at `at` itself ends that line, so `at` counts as on it.
    """
    return text.rfind("\n", 0, at) + 1


def end_of_line(text: str, at: int) -> int:
    """Where the line `at` stands on ends: the first newline from `at` on, else the text's end."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line of the text, its line breaks left out."""
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans
