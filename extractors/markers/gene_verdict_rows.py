"""Rows of a sequencing report's gene table that state only a negative verdict.

'TP53     not detected' / 'PTEN     not detected', 'MET   No exon 14 skipping detected': in a
block of such rows about sequenced genes, each row states that its gene was sequenced and
found unaltered, so the result is the gene's mutation (or fusion) whatever its name would mean
alone: p53 and HER2 are often stains, but 'TP53  not detected' under gene rows is a sequence
result. A block of stains ('ER  negative' / 'PR  negative') is left to the statement reader.
"""

import re
from dataclasses import dataclass

from extractors.markers.gene_symbols import other_gene
from extractors.markers.line_bounds import line_spans
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from extractors.markers.variant_tables import ROW_BULLETS
from schemas.markers import Aspect, Marker, Status

# Between the gene's cell and its verdict: a table's gap, a colon or a dash.
# Empty cells may stand between: 'NRAS   -   -   not detected', or after the verdict.
# So may the gene's exon: 'BRAF   15   -   -   Wild type'.
_CELL_GAP = re.compile(r"(?:[ \t]*[:|][ \t]*|(?:[ \t]+(?:[\-–]|\d{1,2}(?=[ \t])))*[ \t]+)")
_VERDICT = compile_tolerant(
    r"(?:not\s+detected|none\s+detected|negative|wild[\s\-]?type"
    r"|no\s+(?:[\w\-]+\s+){0,4}?(?:detected|identified|found))"
    r"(?:[ \t]*\([^()\n]{0,40}\))?"  # a gloss: 'Wild type (no V600 variant)'
    r"(?:[ \t]+[\-–—])*[ \t.]*",  # empty cells may follow: 'EGFR  Not detected  -  -'
    re.IGNORECASE,
)
_STAIN_VERDICT = compile_tolerant(r"negative[ \t.]*", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z0-9\-]+")
_VERDICT_ASPECTS = (
    (Aspect.FUSION, re.compile(r"fusion|rearrange|translocat", re.IGNORECASE)),
    (Aspect.AMPLIFICATION, re.compile(r"amplif|copy\s+number", re.IGNORECASE)),
    (Aspect.MUTATION, re.compile(r"mutat|variant|exon|codon|skipping|hotspot", re.IGNORECASE)),
)
_MIN_ROWS = 2
_TABLE_REACH = 2000
_TABLE_LINES = 20
_GENE_HEADER = re.compile(r"^[ \t|]*genes?\b", re.IGNORECASE)
_VARIANT_HEADER = re.compile(
    r"\b(?:variants?|alterations?|VAF|allele|protein|HGVS|mutations?)\b", re.IGNORECASE
)
_SEQUENCED = (Aspect.MUTATION, Aspect.FUSION)


@dataclass(frozen=True)
class _Row:
    index: int | None  # the mention the row starts with; None for another gene's row
    verdict: str
    start: int


def read_gene_verdict_rows(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[tuple[int, Finding]]:
    """The findings of every block of negative gene rows, with the mentions they decide."""
    starts = {m.start: i for i, m in enumerate(mentions) if not m.implied and i not in owned}
    found: list[tuple[int, Finding]] = []
    block: list[_Row] = []
    for line_start, line_end in line_spans(text):
        row = _row(text, line_start, line_end, starts)
        if row is not None:
            block.append(row)
            continue
        found += _block_findings(text, block, mentions, rules)
        block = []
    return found + _block_findings(text, block, mentions, rules)


def _row(text: str, line_start: int, line_end: int, starts: dict[int, int]) -> _Row | None:
    """A line 'GENE  <negative verdict>', or None."""
    line = text[line_start:line_end]
    lead = len(line) - len(line.lstrip(ROW_BULLETS))
    word = _FIRST_WORD.match(line, lead)
    if word is None:
        return None
    index = starts.get(line_start + lead)
    if index is None and not other_gene(word.group(0)):
        return None
    gap = _CELL_GAP.match(line, word.end())
    verdict = _VERDICT.fullmatch(line, gap.end()) if gap else None
    return _Row(index, verdict.group(0), line_start) if verdict else None


def _block_findings(
    text: str, block: list[_Row], mentions: list[Mention], rules: dict[Marker, MarkerRules]
) -> list[tuple[int, Finding]]:
    if not block or (len(block) < _MIN_ROWS and not _in_variant_table(text, block[0].start)):
        return []
    markers = [rules[mentions[r.index].marker] for r in block if r.index is not None]
    sequenced = sum(r.index is None for r in block) + sum(
        m.default_aspect in _SEQUENCED for m in markers
    )
    # A stain's verdict is 'negative'; 'not detected' and 'wild type' are a sequencer's.
    sequencer_words = not any(_STAIN_VERDICT.fullmatch(r.verdict) for r in block)
    if _in_variant_table(text, block[0].start):
        sequenced = _MIN_ROWS  # a variant table's rows are sequence results
    if sequenced < (1 if sequencer_words else _MIN_ROWS) or any(
        not set(_SEQUENCED) & set(m.aspects) for m in markers
    ):
        return []  # a block of stains, or of genes whose rows may be stains
    found = []
    for row in block:
        if row.index is None:
            continue
        mention = mentions[row.index]
        aspect = _aspect(row.verdict, rules[mention.marker])
        finding = Finding(mention.marker, aspect, Status.NEGATIVE, mention.start, mention.end)
        found.append((row.index, finding))
    return found


def _in_variant_table(text: str, row_start: int) -> bool:
    """Whether the row is in a table whose header names genes and their variants.

    'Gene  Variant  VAF  Interpretation' above, with no blank line between: the table's
    rows are sequence results, also one that only says 'TP53  not detected'.
    """
    low = max(0, row_start - _TABLE_REACH)
    above = text[low:row_start].split("\n")[:-1]
    for line in reversed(above[-_TABLE_LINES:]):
        if not line.strip():
            return False
        if _GENE_HEADER.search(line) and _VARIANT_HEADER.search(line):
            return True
    return False


def _aspect(verdict: str, marker_rules: MarkerRules) -> Aspect:
    """The aspect the verdict names, else the gene's fusion, else its mutation."""
    for aspect, words in _VERDICT_ASPECTS:
        if words.search(verdict) and aspect in marker_rules.aspects:
            return aspect
    if marker_rules.default_aspect is Aspect.FUSION:
        return Aspect.FUSION
    if Aspect.MUTATION in marker_rules.aspects:
        return Aspect.MUTATION
    return marker_rules.default_aspect
