"""A table of found alterations whose first column is the change and whose second is the gene.

    Alteration                              Gene    % cfDNA    Relevance
    p.Leu858Arg (exon 21)                   EGFR    3.4%       Approved therapy
    Amplification                           MET     CN 2.8     Resistance

change_column_before_the_gene: liquid-biopsy and some tissue reports put the change first. Read
as lines, each row's change stood before its gene's name, where nothing reads a change as the
gene's, and no verdict word stood on the row: the rows gave nothing. Here, under a header whose
first cell is the change's ('Alteration', 'Variant', 'Change') and whose next is the gene's, each
row led by a change its normalisation understands (or by 'Amplification' or 'Fusion') is a
positive result of the gene that follows it. The rows end at the first line that is no such row
(one wrapped line of the header just under it is passed over).
"""

import re

from extractors.markers.alterations import normalise_alteration
from extractors.markers.line_bounds import end_of_line
from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Marker, Status

# The header: the change's column first, the gene's right after it.
_HEADER = re.compile(
    r"^[ \t]*+(?:(?:detected|somatic|genomic)[ \t]++)?(?:alteration|variant|change|mutation)s?"
    r"(?:[ \t]*+\([^()\n]{0,20}\))?[ \t]++genes?\b[^\n]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# A kind of alteration written as the row's change, without a protein change.
_KIND_CELL = re.compile(
    r"[ \t]*+(?:(?:copy[ \t]++number[ \t]++)?(?P<amplification>amplification|gain)"
    r"|(?P<fusion>fusion|rearrangement))[ \t]++$",
    re.IGNORECASE,
)
_ROWS = 8
_DENIAL = re.compile(
    r"\b(?:not|no|none|negative|absent|wild[ \t\-]?type|pending|failed)\b", re.IGNORECASE
)


def read_change_first_rows(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[Finding]:
    """Each row under a change-then-gene header: a positive result of the row's gene.

    The mentions of each row read are added to `owned`.
    """
    found: list[Finding] = []
    for header in _HEADER.finditer(text):
        position = header.end()
        passed_wrap = False
        for _ in range(_ROWS):
            if position >= len(text):
                break
            line_end = end_of_line(text, position + 1)
            row = _row_finding(text, position + 1, line_end, mentions, rules, owned)
            if row is None:
                if passed_wrap or _names_a_marker(mentions, position + 1, line_end):
                    break
                passed_wrap = True  # the header's own wrapped line ('number')
                position = line_end
                continue
            passed_wrap = True
            found.append(row[1])
            owned.update(i for i, m in enumerate(mentions) if position < m.start < line_end)
            position = line_end
    return found


def _names_a_marker(mentions: list[Mention], start: int, end: int) -> bool:
    return any(start <= m.start < end for m in mentions)


def _row_finding(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    rules: dict[Marker, MarkerRules],
    owned: set[int],
) -> tuple[int, Finding] | None:
    """The row's result: its first named gene, after a change that stands before it."""
    named = [(i, m) for i, m in enumerate(mentions) if start <= m.start < end and not m.implied]
    if not named:
        return None
    index, gene = named[0]
    if index in owned:
        return None
    change_cell = text[start : gene.start]
    if not change_cell.strip():
        return None
    if _DENIAL.search(text, gene.end, end):
        return None  # 'exon 19 deletion   EGFR   not detected': the row's own verdict reads it
    marker_rules = rules[gene.marker]
    kind = _KIND_CELL.fullmatch(change_cell)
    if kind:
        aspect = Aspect.AMPLIFICATION if kind.group("amplification") else Aspect.FUSION
        alteration = "amplification" if aspect is Aspect.AMPLIFICATION else None
    else:
        alteration = normalise_alteration(change_cell)
        aspect = Aspect.MUTATION
        if alteration is None:
            return None
    if aspect not in marker_rules.aspects:
        return None
    return index, Finding(
        gene.marker, aspect, Status.POSITIVE, start, gene.end, alteration=alteration
    )
