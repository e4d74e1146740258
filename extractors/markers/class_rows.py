"""A table of negatives by class of alteration: each row's class is its genes' aspect.

    Alteration class             Genes with no reportable alteration
    Mutations                    EGFR, BRAF, ERBB2, MET
    Copy number amplification    MET, ERBB2
    Rearrangements / fusions     ALK, ROS1, RET

The header's column says that the genes under it were found unaltered; each row's first cell
names the kind of alteration the row's genes were tested for. Read as lines, the header's
words spoke for no gene and each row's class word was no verdict: the rows gave nothing.
Here every gene of a row under such a header is negative for its row's kind, where the gene
has that kind (a gene the kind does not apply to is left to the statement reader). The rows
end at the first line that does not start with a class of alteration.
"""

import re

from extractors.markers.line_bounds import end_of_line
from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Marker, Status

# The header: a class column, then a column that denies any alteration in its genes.
# A kind of change as a column's or a box's label ('Short variants', 'Gene fusions', 'Copy
# number', 'SNVs/indels'), and the note of what was sequenced after it ('(DNA and RNA)').
CHANGE_KIND = (
    r"(?:(?:sequence|short|structural|splice)[ \t]+)?variants?"
    r"|SNVs?(?:[ \t]*(?:/|and)[ \t]*indels?)?|indels?|(?:point[ \t]+)?mutations?"
    r"|(?:gene[ \t]+)?(?:fusions?|rearrangements?|amplifications?)|CN[VA]s?"
    r"|copy[ \t]+number(?:[ \t]+(?:alterations?|variants?|changes?|gains?|losses))?"
    r"|(?:copy[ \t]+)?(?:deletions?|losses|gains?)"
)
SEQUENCED = r"[ \t]*\((?:DNA|RNA)(?:[ \t]+(?:and|or|&|/)[ \t]+(?:DNA|RNA))?\)"
_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:alteration|variant|mutation|finding)s?[ \t]+)?(?:class|type|category)"
    r"(?:[ \t]+of[ \t]+(?:alteration|variant)s?)?[ \t]+[^\n]*?"
    r"(?:\b(?:with[ \t]+no|without(?:[ \t]+an?)?)[ \t]+(?:reportable[ \t]+|pathogenic[ \t]+"
    r"|detected[ \t]+)?(?:alterations?|variants?|mutations?|findings?)"
    r"|\bnot[ \t]+(?:detected|identified|found)|\bnegative(?:[ \t]+genes?)?)\b[^\n]*(?=\n)",
    re.IGNORECASE,
)
# classes_under_a_denying_heading: a heading alone on its line that denies what follows ('NOT
# DETECTED', 'Alterations not detected', 'No reportable alterations found:', 'Pertinent
# negatives'), over rows each led by its class ('Fusions: ALK, ROS1', 'Amplifications: MET').
_DENYING_HEADING = re.compile(
    r"(?:^|\n)[ \t]*+(?:"
    r"(?:(?:genomic|somatic|reportable|relevant|pertinent|clinically[ \t]+relevant)[ \t]+)?"
    r"(?:alterations?|variants?|mutations?|findings?|biomarkers?|targets?|results?)[ \t]+"
    r"(?:(?:were|was)[ \t]+)?not[ \t]+(?:detected|identified|found)"
    r"|not[ \t]+(?:detected|identified|found)"
    r"|no[ \t]+(?:(?:reportable|pathogenic|genomic)[ \t]+)?(?:alterations?|variants?|mutations?)"
    r"[ \t]+(?:(?:were|was)[ \t]+)?(?:detected|identified|found)"
    r"|(?:pertinent|relevant)[ \t]+negatives?(?:[ \t]+(?:results?|findings?))?"
    r")"
    # denying_heading_with_its_place: 'Not detected in this sample', '... in the plasma'
    r"(?:[ \t]++in[ \t]++(?:this|the)[ \t]++(?:sample|specimen|tumou?r|plasma))?"
    r"[ \t]*+:?[ \t]*+(?=\n)",
    re.IGNORECASE,
)
# column_header_under_a_denying_heading: the table's own header between the heading and its
# rows ('Alteration class   Genes', 'Type   Genes tested').
_COLUMN_HEADER = re.compile(
    r"[ \t]*+(?:(?:alteration|variant)s?[ \t]++)?(?:class|type|category)"
    r"(?:[ \t]++of[ \t]++(?:alteration|variant)s?)?[ \t]++(?:genes?|targets?)"
    r"(?:[ \t]++(?:tested|assessed|analy[sz]ed))?[ \t]*+(?=\n)",
    re.IGNORECASE,
)
# A row's first cell: a class of alteration, then the row's genes.
_ROW_CLASS = re.compile(
    r"[ \t]*(?P<kind>(?:(?:point|sequence|short)[ \t]+)?(?:mutations?|variants?)"
    r"|SNVs?(?:[ \t]*/[ \t]*indels?)?|(?:small[ \t]+)?indels?"
    r"|copy[ \t]+number[ \t]+(?:amplifications?|gains?|alterations?|changes?|variants?)"
    r"|amplifications?|CNVs?|rearrangements?(?:[ \t]*/[ \t]*fusions?)?"
    r"|fusions?(?:[ \t]*/[ \t]*rearrangements?)?|structural[ \t]+variants?|translocations?)"
    r"[ \t:]+(?=\S)",
    re.IGNORECASE,
)
_KINDS = (
    (Aspect.AMPLIFICATION, re.compile(r"amplif|copy|CNV", re.IGNORECASE)),
    (Aspect.FUSION, re.compile(r"fusion|rearrange|translocat|structural", re.IGNORECASE)),
    (Aspect.MUTATION, re.compile(r"mutat|variant|SNV|indel", re.IGNORECASE)),
)
_ROWS = 8


def read_class_rows(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[tuple[int, Finding]]:
    """Each gene of each row under a negatives-by-class header, negative for its row's kind."""
    found: list[tuple[int, Finding]] = []
    headers = sorted([*_HEADER.finditer(text), *_DENYING_HEADING.finditer(text)], key=_start)
    for header in headers:
        position = header.end()
        if header.re is _DENYING_HEADING:
            position = _past_column_header(text, position)
        for _ in range(_ROWS):
            line_end = end_of_line(text, position + 1)
            row = _ROW_CLASS.match(text, position + 1, line_end)
            if row is None:
                break
            aspect = next(a for a, words in _KINDS if words.search(row.group("kind")))
            for index, mention in enumerate(mentions):
                if index in owned or not (row.end() <= mention.start < line_end):
                    continue
                if aspect not in rules[mention.marker].aspects:
                    continue
                owned.add(index)
                finding = Finding(mention.marker, aspect, Status.NEGATIVE, row.start(), mention.end)
                found.append((index, finding))
            position = line_end
    return found


def _past_column_header(text: str, position: int) -> int:
    """Where a denying heading's rows start: past the table's own header line, if one is there.

    The header names its columns ('Alteration class   Genes'); a short line of words with no
    digit right over a class's row is taken for one too (a shaded header reads poorly).
    """
    named = _COLUMN_HEADER.match(text, position + 1)
    if named:
        return named.end()
    line = _SHORT_WORDS_LINE.match(text, position + 1)
    if line is None or _ROW_CLASS.match(text, position + 1, line.end()):
        return position
    next_end = end_of_line(text, line.end() + 1)
    return line.end() if _ROW_CLASS.match(text, line.end() + 1, next_end) else position


# A short line of words only, up to its line's end.
_SHORT_WORDS_LINE = re.compile(r"[ \t]*+[A-Za-z][A-Za-z /()&\-]{0,40}+(?=\n)")


def _start(match: re.Match[str]) -> int:
    return match.start()
