"""Gene symbols that are also words (AR, MET, RET): names only where a gene stands.

'MET' in 'criteria met' or 'AR' in a state's code name no gene; the same letters name one
before a protein change ('AR H875Y'), beside other genes in a list ('KRAS, MET, NRAS'), or first
on a table row that states a test or a result ('RET  NGS  Fusion not detected').
"""

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.spans import Mention
from extractors.markers.variant_tables import ROW_BULLETS, ROW_VARIANT, marker_named
from schemas.markers import Aspect, Marker

# What may stand between two genes of a list: spaces, commas, 'and', footnote signs.
# Read from the line's end back (`_separators_start`): a search for them from each offset of a
# long run of spaces before some other character read the rest of the run again from each.
_SEPARATOR = re.compile(r"[\s,;/&|•·†‡#*§]")
_SEPARATOR_WORDS = (re.compile(r"\band", re.IGNORECASE), re.compile(r"\bor", re.IGNORECASE))
_SEPARATORS_AFTER = re.compile(r"(?:[\s,;/&|•·†‡#*§]|and\b|or\b)*", re.IGNORECASE)
_TOKEN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
_FIRST_TOKEN = re.compile(r"[A-Za-z0-9\-]+")
# Another gene's symbol that no marker rule knows: capitals with a digit (STK11, CDKN2A).
_OTHER_GENE = re.compile(r"(?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9\-]{1,9}")
_CODING_CHANGE = re.compile(r"[ \t]+c\.\s?[\d*\-]")
_EXON_AFTER = re.compile(r"[ \t]+ex(?:on)?[ \t]?\d{1,2}\b", re.IGNORECASE)
_ITEM_START = re.compile(rf"(?:^|[,;:])[{re.escape(ROW_BULLETS)}]*$")
_ROW_LEAD = re.compile(f"[{re.escape(ROW_BULLETS)}]*")
_ROW_WORDS = re.compile(
    r"\b(?:IHC|NGS|Seq|sequencing|PCR|FISH|ISH|DNA|RNA|detected|negative|positive|"
    r"wild[\s\-]?type|mutation|mutated|amp|amplifi\w*|fusion|rearrange\w*|pathogenic|variant"
    r"|skipping|CN|copy[\s\-]number)\b",
    re.IGNORECASE,
)

# second_pair_of_a_grid_row: a grid of two gene-and-verdict pairs a row, the first pair before
# the symbol ('FGFR2  Not detected  RET  Not detected', 'NTRK1 Negative   MET Negative').
_GRID_CELLS_BEFORE = re.compile(
    rf"[{re.escape(ROW_BULLETS)}]*(?-i:[A-Z][A-Za-z0-9\-]{{1,9}})(?:[ \t]+\([^()\n]{{0,40}}\))?"
    r"[ \t]+(?:not[ \t]+detected|detected|negative|positive|wild[ \t\-]?type|none[ \t]+detected"
    r"|no[ \t]+(?:alteration|variant|fusion)s?(?:[ \t]+detected)?)[ \t]+",
    re.IGNORECASE,
)

# item_after_an_items_verdict: an item of a list of gene-and-verdict pairs, after the verdict
# of the item before it ('ALK - not detected; RET - not detected', 'KRAS negative, MET negative').
_VERDICT_ITEM_BEFORE = re.compile(
    r"\b(?:detected|negative|positive|wild[ \t\-]?type|not[ \t]+found|absent)[ \t]*[;,][ \t]*$",
    re.IGNORECASE,
)

# category_cell_before_the_gene: a table's first cell that names the class of alteration its
# row's gene was tested for ('Gene fusions (RNA)', 'Amplifications', 'Copy number changes',
# 'Point mutations (DNA)'), before the gene's cell.
_CATEGORY_CELL = re.compile(
    rf"[{re.escape(ROW_BULLETS)}]*+(?:(?:gene|point|structural|somatic)[ \t]++)?"
    r"(?:fusions?|rearrangements?|amplifications?|mutations?|variants?|SNVs?(?:/indels?)?"
    r"|copy[ \t]++number(?:[ \t]++(?:changes?|gains?|alterations?|variants?))?)"
    r"(?:[ \t]*+\((?:DNA|RNA)\))?[ \t|]++",
    re.IGNORECASE,
)
# The kind of alteration a category cell names.
_CATEGORY_KINDS = (
    (re.compile(r"fusion|rearrangement", re.IGNORECASE), Aspect.FUSION),
    (re.compile(r"amplification|copy", re.IGNORECASE), Aspect.AMPLIFICATION),
    (re.compile(r"mutation|variant|SNV", re.IGNORECASE), Aspect.MUTATION),
)
_CATEGORY_REACH = 8
# A chromosome band in brackets after a symbol: the gene's locus, as FISH probes are named.
_BAND_AFTER = re.compile(r"[ \t]*+\((?:chr)?+(?:[1-9]|1\d|2[0-2]|X|Y)[pq]\d{1,2}(?:\.\d{1,3})?+\)")

Symbols = list[tuple[Marker, re.Pattern[str]]]


class OtherGenes(BaseModel):
    """other_genes.json: panel genes that are no marker, spelled without a digit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str
    symbols: list[str]


@cache
def _other_gene_symbols() -> frozenset[str]:
    text = (resources.files("extractors.markers") / "other_genes.json").read_text("utf-8")
    return frozenset(OtherGenes.model_validate_json(text).symbols)


def symbol_mentions(text: str, symbols: Symbols, found: list[Mention]) -> list[Mention]:
    """The word-like gene symbols of the page that stand where a gene stands.

    A symbol found beside another gene vouches for the next one: in 'ERBB2, MET, RET' the MET
    that ERBB2 names as a gene makes RET one too.
    """
    mentions: list[Mention] = []
    while True:
        more = _symbols_beside(text, symbols, found + mentions)
        if not more:
            return mentions
        mentions += more


def _symbols_beside(text: str, symbols: Symbols, found: list[Mention]) -> list[Mention]:
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
    line_start = start_of_line(text, start)
    line_end = end_of_line(text, end)
    before, after = text[line_start:start], text[end:line_end]
    if ROW_VARIANT.match(after, len(after) - len(after.lstrip())):
        return True
    if _CODING_CHANGE.match(after):
        return True  # 'RET c.2753T>C (p.M918T)': a gene before its coding change
    if _EXON_AFTER.match(after) and _ITEM_START.search(before):
        return True  # '; MET ex14', 'RET exon 11 ...' first on a row: a gene before its exon
    if _ROW_LEAD.fullmatch(before) and _ROW_WORDS.search(after):
        return True
    if _CATEGORY_CELL.fullmatch(before) and _ROW_WORDS.search(after):
        return True  # category_cell_before_the_gene: 'Fusions (RNA)   RET   not detected'
    if before.rstrip().endswith("::") or after.lstrip().startswith("::"):
        return True  # a fusion's partner: 'CCDC6::RET', 'RET::NCOA4'
    if _BAND_AFTER.match(after):
        return True  # gene_before_its_band: 'RET (10q11.2) break-apart', 'MET (7q31)'
    if _GRID_CELLS_BEFORE.fullmatch(before) and _ROW_WORDS.search(after):
        return True  # second_pair_of_a_grid_row: 'FGFR2  Not detected  RET  Not detected'
    if _VERDICT_ITEM_BEFORE.search(before) and _ROW_WORDS.search(after):
        return True  # item_after_an_items_verdict: 'ALK - not detected; RET - not detected'

    if _gene_before(before, line_start, ends) or _gene_after(after, end, starts):
        return True
    return not before.strip() and _list_goes_on(text, line_start, ends)


def _list_goes_on(text: str, line_start: int, ends: set[int]) -> bool:
    """Whether the line above ends in a gene and a comma: a list wrapped onto this line."""
    above_start = start_of_line(text, max(0, line_start - 1))
    above = text[above_start : max(above_start, line_start - 1)].rstrip()
    return above.endswith(",") and _gene_before(above + " ", above_start, ends)


# A note in brackets after the gene before: 'ROS1 (fusion), RET'.
_NOTE_BEFORE = re.compile(r"\([^()\n]{0,40}\)(?=(?:[\s,;/&|]|\band\b|\bor\b)*$)", re.IGNORECASE)


def _gene_before(before: str, offset: int, ends: set[int]) -> bool:
    before = _NOTE_BEFORE.sub(lambda note: " " * len(note.group(0)), before)
    gap = _separators_start(before)
    if gap == len(before):
        return False
    token = _last_token_start(before, gap)
    if token == gap:
        return False
    return offset + gap in ends or other_gene(before[token:gap])


def _separators_start(text: str) -> int:
    """Where the separators that end `text` start: spaces, commas, 'and', footnote signs.

    Read back from the end, each step is one sign or one of the words; the words stand after a
    word's boundary ('band' ends in no 'and').
    """
    start = len(text)
    while start > 0:
        if _SEPARATOR.match(text, start - 1):
            start -= 1
            continue
        for word in _SEPARATOR_WORDS:
            begin = start - len(word.pattern) + 2  # the pattern's '\b' is no character
            if begin >= 0 and word.match(text, begin, start):
                start = begin
                break
        else:
            return start
    return start


def _last_token_start(text: str, end: int) -> int:
    """Where the word of letters, digits and hyphens that ends text[:end] starts (end: none)."""
    start = end
    while start > 0 and text[start - 1] in _TOKEN_CHARACTERS:
        start -= 1
    return start


# A note in brackets after the symbol itself: 'RET (fusion), ROS1'.
_NOTE_AFTER = re.compile(r"[ \t]*\([^()\n]{0,40}\)(?=[ \t]*[,;/&|])")


def _gene_after(after: str, offset: int, starts: set[int]) -> bool:
    after = _NOTE_AFTER.sub(lambda note: " " * len(note.group(0)), after, count=1)
    gap = _SEPARATORS_AFTER.match(after)
    if gap is None or not gap.group(0):
        return False
    token = _FIRST_TOKEN.match(after, gap.end())
    if token is None:
        return False
    return offset + token.start() in starts or other_gene(token.group(0))


# A bracket after a gene ('EGFR (exons 18-21)', 'ERBB2(HER2)') says which part was tested.
_BRACKETED = re.compile(r"\([^()\n]*\)")
_TOKEN = re.compile(r"[^\s,;/]+")  # a slash parts words too: "codon 132 /IDH2"
_JOINERS = frozenset({"and", "or", "&", "/", "†", "‡", "#", "*", "§", "-", "•", "|"})
# also as OCR misreads the words ("c0don 132"): the one misreading rule
_PART = compile_tolerant(r"(?:exons?|codons?)")
_PART_NUMBERS = re.compile(r"\d{1,4}(?:[\-–/]\d{1,4})*|and|or|to|&")


# The change an exon's number may carry in a list of genes: 'MET exon 14 skipping', 'EGFR exon
# 20 insertions', 'exon 19 deletions'.
_PART_CHANGE = re.compile(
    r"skipping|deletions?|insertions?|duplications?|mutations?|variants?", re.IGNORECASE
)


def gene_line(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether text[start:end] is only genes' names: a line of a list of genes.

    Every word must be a marker's name, another gene's symbol, or a joiner ('and', a footnote
    sign); a protein change ('V600E') or any other word makes it a line of something else.
    """
    names = [(m.start, m.end) for m in mentions if not m.implied and start <= m.start < end]
    if not names:
        return False
    line = _BRACKETED.sub(lambda match: " " * len(match.group(0)), text[start:end])
    part_named = False  # after 'exon' or 'codon', numbers name the part of the gene tested
    numbered = False  # after a part's numbers, one word may name the part's change
    for token in _TOKEN.finditer(line):
        at = start + token.start()
        word = token.group(0).rstrip(".:")
        if _PART.fullmatch(word):
            part_named = True
            continue
        if part_named and _PART_NUMBERS.fullmatch(word):
            numbered = True
            continue
        part_named = False
        if numbered and len(names) >= 2 and _PART_CHANGE.fullmatch(word):
            # exon_change_in_a_gene_list: 'HRAS, MET exon 14 skipping, BRAF' is a list of
            # genes; a line of one gene ('MET exon 14 skipping - negative') is that change's own
            numbered = False
            continue
        numbered = False
        if any(low <= at < high for low, high in names) or word.lower() in _JOINERS:
            continue
        if ROW_VARIANT.fullmatch(word) or not other_gene(word):
            return False
    return True


def gene_lines_end(text: str, line_end: int, limit: int, mentions: list[Mention]) -> int:
    """Where the run of gene-name lines after the line that ends at `line_end` ends.

    A list printed in columns, or a table cell wrapped onto lines of names, goes on over them;
    `line_end` itself when the next line is no such line. Looks no further than `limit`.
    """
    while line_end < limit:
        following = end_of_line(text, line_end + 1)
        if not gene_line(text, line_end + 1, following, mentions):
            break
        line_end = following
    return line_end


# The antibody clones that stain the markers are named like genes: Ventana's SP1 and SP263,
# Epitomics' EP1, Cell Signaling's D5F3 and D4D6, MIB-1. After a marker's name they are its
# clone ('ER SP1 positive'), not a gene of another row.
_CLONE = re.compile(r"SP\d{1,3}|EP\d{1,4}|D\d[A-Z]\d{1,2}|MIB-?1|E1L3N|VE1", re.IGNORECASE)


def other_gene(word: str) -> bool:
    """Whether a word is the symbol of a gene that no marker rule names (STK11, APC)."""
    if _CLONE.fullmatch(word):
        return False
    return _OTHER_GENE.fullmatch(word) is not None or word in _other_gene_symbols()


# Genes of one stem written once: 'BRCA1/2', 'IDH1/2', 'MSH2/6', 'IDH1 and 2', 'BRCA1 & 2'.
_SHARED_STEM = re.compile(r"(?:(?:/|[ \t]+(?:and|or|&)[ \t]+)\d)+(?![\w/.%+])")


def shorthand_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """The second gene of 'BRCA1/2': its digit names the stem's other gene, if a marker."""
    mentions = []
    for mention in found:
        name = text[mention.start : mention.end]
        tail = _SHARED_STEM.match(text, mention.end)
        if mention.implied or tail is None or not name[-1:].isdigit():
            continue
        for digit in re.finditer(r"\d", tail.group(0)):
            marker = marker_named(name[:-1] + digit.group(0))
            if marker is not None and marker is not mention.marker:
                at = mention.end + digit.start()
                mentions.append(Mention(marker, at, at + 1))
    return mentions


def category_above(text: str, mention: Mention, starts: set[int]) -> Aspect | None:
    """The kind of alteration a category cell names for the rows it groups (category_column).

    'Gene fusions (RNA)   RET   positive' / 'NTRK1/2/3   negative' / 'ALK   negative': a row that
    leaves the first cell blank is of the category written once above it, every line between
    being a row that a gene leads. A row that a name does not lead, or a line that is no row
    ('Interpretation'), ends the search.
    """
    line_start = start_of_line(text, mention.start)
    if text[line_start : mention.start].strip(ROW_BULLETS):
        return None
    for _ in range(_CATEGORY_REACH):
        if line_start == 0:
            return None
        above = start_of_line(text, line_start - 1)
        cell = _CATEGORY_CELL.match(text, above, line_start - 1)
        if cell is not None and _gene_leads(text, cell.end(), starts):
            return next(a for kind, a in _CATEGORY_KINDS if kind.search(cell.group(0)))
        lead = _ROW_LEAD.match(text, above, line_start - 1)
        if lead is None or not _gene_leads(text, lead.end(), starts):
            return None
        line_start = above
    return None


def _gene_leads(text: str, at: int, starts: set[int]) -> bool:
    """Whether a marker's name or another gene's symbol starts at `at`."""
    if at in starts:
        return True
    token = _FIRST_TOKEN.match(text, at)
    return token is not None and other_gene(token.group(0))
