"""A table row whose first cell lists several genes and wraps onto the lines below it.

'BRAF, BRCA1, EGFR,   Seq   Mutation Not Detected' / 'KRAS, NRAS,' / 'PIK3CA, RET': the row's
result is every listed gene's, also those of the wrapped lines, which hold only names.
"""

import re

from extractors.markers.gene_symbols import gene_lines_end
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Marker, Status

_CELL_JOIN = re.compile(r"[ \t]*[,/][ \t]*")
_CELL_END = re.compile(r"[ \t]*,[ \t]*(?=\S)")
_NEGATIVE_RESULT = compile_tolerant(
    r"\b(?:(?P<noun>mutations?|fusions?|amplifications?|alterations?|variants?|rearrangements?)"
    r"\s+)?(?:not\s+detected|negative|wild[\s\-]?type)\b",
    re.IGNORECASE,
)
_NOUN_ASPECTS = (
    ("fusion", Aspect.FUSION),
    ("rearrangement", Aspect.FUSION),
    ("amplification", Aspect.AMPLIFICATION),
    ("mutation", Aspect.MUTATION),
)


def aspect_of_noun(noun: str) -> Aspect | None:
    """The aspect a lower-case alteration noun names: 'fusions', 'rearrangement', ..."""
    return next((a for word, a in _NOUN_ASPECTS if noun.startswith(word)), None)


def read_gene_cells(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[tuple[int, Finding]]:
    """The findings of every wrapped gene cell on the page, with the mentions they decide."""
    found: list[tuple[int, Finding]] = []
    for index, mention in enumerate(mentions):
        line_start = start_of_line(text, mention.start)
        if index in owned or mention.implied or text[line_start : mention.start].strip():
            continue
        cell = _cell(text, mentions, index)
        if cell is None:
            continue
        last, result = cell
        listed = list(range(index, last + 1)) + _wrapped(text, mentions, result.end())
        if len(listed) == last + 1 - index:
            continue  # nothing wrapped: the row is read as a statement
        for item in listed:
            if item not in owned and not mentions[item].implied:
                found.append((item, _finding(mentions[item], rules, result)))
    return found


def _cell(text: str, mentions: list[Mention], first: int) -> tuple[int, re.Match[str]] | None:
    """The last mention of the row's first cell and the row's negative result, if any."""
    last = first
    while last + 1 < len(mentions):
        gap = text[mentions[last].end : mentions[last + 1].start]
        if not _CELL_JOIN.fullmatch(gap):
            break
        last += 1
    end = _CELL_END.match(text, mentions[last].end)
    if end is None:
        return None
    line_end = end_of_line(text, end.end())
    if last + 1 < len(mentions) and mentions[last + 1].start < line_end:
        return None  # another gene on the row: not one cell's list
    result = _NEGATIVE_RESULT.search(text, end.end(), line_end)
    return (last, result) if result else None


def _wrapped(text: str, mentions: list[Mention], row_end: int) -> list[int]:
    """The mentions of the gene-name lines the row wraps onto."""
    line_end = text.find("\n", row_end)
    if line_end == -1:
        return []
    end = gene_lines_end(text, line_end, len(text), mentions)
    return [i for i, m in enumerate(mentions) if line_end < m.start < end]


def _finding(mention: Mention, rules: dict[Marker, MarkerRules], result: re.Match[str]) -> Finding:
    marker_rules = rules[mention.marker]
    noun = (result.group("noun") or "").lower()
    aspect = aspect_of_noun(noun)
    if aspect not in marker_rules.aspects:
        aspect = marker_rules.default_aspect
    return Finding(mention.marker, aspect, Status.NEGATIVE, mention.start, mention.end)
