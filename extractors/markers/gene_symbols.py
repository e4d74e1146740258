"""Gene symbols that are also words (AR, MET, RET): names only where a gene stands.

'MET' in 'criteria met' or 'AR' in a state's code name no gene; the same letters name one
before a protein change ('AR H875Y'), beside other genes in a list ('KRAS, MET, NRAS'), or first
on a table row that states a test or a result ('RET  NGS  Fusion not detected').
"""

import re

from extractors.markers.spans import Mention
from extractors.markers.variant_tables import ROW_VARIANT
from schemas.markers import Marker

# What may stand between two genes of a list: spaces, commas, 'and', footnote signs.
_SEPARATORS_BEFORE = re.compile(r"(?:[\s,;/&|•·†‡#*§]|\band|\bor)*$", re.IGNORECASE)
_SEPARATORS_AFTER = re.compile(r"(?:[\s,;/&|•·†‡#*§]|and\b|or\b)*", re.IGNORECASE)
_LAST_TOKEN = re.compile(r"[A-Za-z0-9\-]+$")
_FIRST_TOKEN = re.compile(r"[A-Za-z0-9\-]+")
# Another gene's symbol that no marker rule knows: capitals with a digit (STK11, CDKN2A).
_OTHER_GENE = re.compile(r"(?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9\-]{1,9}")
_ROW_LEAD = re.compile(r"[ \t\-•*|]*")
_ROW_WORDS = re.compile(
    r"\b(?:IHC|NGS|Seq|sequencing|PCR|FISH|ISH|DNA|RNA|detected|negative|positive|"
    r"wild[\s\-]?type|mutation|mutated|amplifi\w*|fusion|rearrange\w*|pathogenic|variant)\b",
    re.IGNORECASE,
)

Symbols = list[tuple[Marker, re.Pattern[str]]]


def symbol_mentions(text: str, symbols: Symbols, found: list[Mention]) -> list[Mention]:
    """The word-like gene symbols of the page that stand where a gene stands."""
    named = [m for m in found if not m.implied]
    starts = {m.start for m in named}
    ends = {m.end for m in named}
    mentions = []
    for marker, pattern in symbols:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(m.start < end and start < m.end for m in found):
                continue
            if _in_gene_place(text, start, end, starts, ends):
                mentions.append(Mention(marker, start, end))
    return mentions


def _in_gene_place(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if ROW_VARIANT.match(after, len(after) - len(after.lstrip())):
        return True
    if _ROW_LEAD.fullmatch(before) and _ROW_WORDS.search(after):
        return True
    return _gene_before(before, line_start, ends) or _gene_after(after, end, starts)


def _gene_before(before: str, offset: int, ends: set[int]) -> bool:
    gap = _SEPARATORS_BEFORE.search(before)
    head = before[: gap.start()] if gap else before
    if not gap or not gap.group(0):
        return False
    token = _LAST_TOKEN.search(head)
    if token is None:
        return False
    return offset + token.end() in ends or _OTHER_GENE.fullmatch(token.group(0)) is not None


def _gene_after(after: str, offset: int, starts: set[int]) -> bool:
    gap = _SEPARATORS_AFTER.match(after)
    if gap is None or not gap.group(0):
        return False
    token = _FIRST_TOKEN.match(after, gap.end())
    if token is None:
        return False
    return offset + token.start() in starts or _OTHER_GENE.fullmatch(token.group(0)) is not None
