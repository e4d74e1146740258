"""Allele fractions of a sequencing report's variant rows, read one way for every row.

A row under a header that names an allele-fraction column (VAF, NAF, '% cfDNA', '% reads',
'mutant allele frequency') takes the number in that column, counted after the row's last
variant notation; a row under no such header takes a number written as a percent or a
fraction ('(2.2%)', '0.32') after its variant, if the page speaks of allele fractions at all.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from extractors.markers.context_rules import all_matches
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.literals import folded_page
from extractors.markers.rules import load_rules
from schemas.markers import Marker

# A column that holds the share of reads carrying the variant.
_FRACTION_WORD = re.compile(
    r"\b(?:(?:mutant|variant|mutated|alternate)\s+)?allel(?:e|ic)\s+(?:fraction|frequency|freq\b)"
    r"|\b(?:variant|mutation)\s+frequency|\b[VNM]?AF\b"
    r"|%\s*(?:cfDNA|ctDNA|(?:mutant\s+|variant\s+|alt\w*\s+)?reads)\b|\b(?:cfDNA|ctDNA)\s*%",
    re.IGNORECASE,
)
# What the header calls the column that names the gene, outside the fraction's own words.
_GENE_COLUMN = re.compile(r"\b(?:genes?|biomarkers?|alterations?|variants?)\b", re.IGNORECASE)
# The column of the variant itself: numbers after it in a row are counted from here.
_VARIANT_COLUMN = re.compile(
    r"\b(?:protein|variant|alteration|amino\s+acid|HGVS|transcript|cDNA|coding|change)",
    re.IGNORECASE,
)
# Numeric columns that may stand between the variant and the fraction.
_NUMERIC_COLUMN = re.compile(
    r"\b(?:depth|coverage|(?<!%\s)reads|copy\s+number|CN|exon|codon)\b", re.IGNORECASE
)
_PERCENT_AFTER = re.compile(r"\s*\(?\s*%")
_PERCENT_BEFORE = re.compile(r"%\s*$")
# The variant a row states: a protein change (p.G12D, p.(Arg273His), G12D, Q165*, a frameshift
# whole: K2331fs, Q1756Pfs*74; E746_A750del) or, where the protein change is unknown, a splice
# change (c.672+1G>T).
_PROTEIN_CHANGE = (
    r"(?<![\w.])(?:p\.\s?\(?)?(?:[A-Z][a-z]{2}|[ACDEFGHIKLMNPQRSTVWY])[1-9]\d{0,3}"
    r"(?:_[A-Z][a-z]{0,2}\d{1,4})?(?:(?:[A-Z][a-z]{2}|[ACDEFGHIKLMNPQRSTVWY])?fs(?:\*|Ter)?\d*"
    r"|[A-Z][a-z]{2}|[ACDEFGHIKLMNPQRSTVWY*=X]|del\w*|ins\w*|dup)"
    r"\)?(?![\w])"
)
ROW_VARIANT = re.compile(_PROTEIN_CHANGE + r"|(?<![\w.])c\.\s?\d+[+\-]\d+[ACGT]>[ACGT]")
# Every notation of the variant in a row: also c.35G>A, p.?, a transcript NM_002524.4, and a
# named exon class ('exon 19 deletion', 'ex20ins').
_NOTATION = re.compile(
    r"\bp\.\S+|\bc\.\S+|\bNM_\d+(?:\.\d+)?|(?i:\bex(?:on)?\s?\d{1,2}\s?(?:del|ins|dup|skip)\w*)|"
    + _PROTEIN_CHANGE
)
_NUMBER = re.compile(r"(?<![\w.>+\-/])(\d{1,3}(?:\.\d+)?)(\s?%)?(?![\w./%])")
# A fraction in a row under no header: '2.2%', '(0.4%)', '0.32'.
_LOOSE_FRACTION = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%|(?<![\d.])(0\.\d{1,4})(?![\d.%])")
_FRACTIONS_NAMED = re.compile(r"\b(?:VAF|allele|cfDNA|ctDNA|reads|AF|MAF|NAF)\b", re.IGNORECASE)
_SHORT_LABEL = re.compile(r"\b[VNM]AF\b", re.IGNORECASE)
# Words in brackets that hold no fraction: no percent sign and no fraction's name.
_BRACKETED_NOTE = re.compile(
    r"\((?![^()\n]*(?:%|\b(?:VAF|AF|MAF|NAF|allel\w*|reads|cfDNA|ctDNA)\b))"
    r"(?=[^()\n]*[A-Za-z]{3})[^()\n]*\)",
    re.IGNORECASE,
)
_TABLE_REACH = 3000
# Signs that may stand before a row's first cell: a dash, a bullet, a pipe, an arrow ('> KRAS').
ROW_BULLETS = " \t-–•*|>›»▪■◦·"


@dataclass(frozen=True)
class FractionColumn:
    """A variant table's allele-fraction column, as its header names it."""

    label: str = "VAF"
    index: int = 0
    percent: bool = False
    before_variant: bool = False


@dataclass(frozen=True)
class _Header:
    end: int
    column: FractionColumn


# The text of the page before the one being read: a table may go on over the page break.
_PAGE_BEFORE: ContextVar[str] = ContextVar("page_before", default="")


@contextmanager
def page_after(previous: str) -> Iterator[None]:
    """Read the next page as the one after `previous`, whose last table header may go on."""
    token = _PAGE_BEFORE.set(previous)
    try:
        yield
    finally:
        _PAGE_BEFORE.reset(token)


def page_before() -> str:
    """The text of the page before the one being read ('' on a document's first page)."""
    return _PAGE_BEFORE.get()


class VariantTables:
    """The page's variant-table headers, read once, and the fraction of any row on the page.

    Rows above the page's first header take the last header of the page before, if that page
    has one: a laboratory's table goes on over the page break without its header.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._headers = _headers(text)
        carried = _headers(_PAGE_BEFORE.get())
        self._carried = _Header(0, carried[-1].column) if carried else None
        self.names_fractions = _FRACTIONS_NAMED.search(text) is not None or bool(carried)

    def row_fraction(self, row_start: int, row_end: int, notation: str = "") -> str | None:
        """'VAF 21%' or 'NAF 0.32' for the row on text[row_start:row_end], None if it has none.

        Under a fraction header the number is the column's; elsewhere any percent or fraction.
        `notation` is the row's variant where its cell stands on the lines around the row.
        """
        header = self._header_above(row_start)
        if header is not None:
            return column_fraction(f"{notation} {self._text[row_start:row_end]}", header.column)
        if notation:
            label = _label_above(self._text, row_start)
            return _loose_fraction(f"{notation} {self._text[row_start:row_end]}", label)
        return self.item_fraction(row_start, row_end)

    def item_fraction(self, start: int, end: int) -> str | None:
        """The percent or fraction after the variant of a list item ('BRAF V600E (12%)').

        Its name is the item's own ('NAF 0.32'), else the nearest above, else VAF.
        """
        own = _SHORT_LABEL.search(self._text, start, end)
        label = own.group(0).upper() if own else _label_above(self._text, start)
        return _loose_fraction(self._text[start:end], label)

    def _header_above(self, row_start: int) -> _Header | None:
        above = [h for h in self._headers if h.end <= row_start]
        if above and row_start - above[-1].end <= _TABLE_REACH:
            return above[-1]
        if not above and row_start <= _TABLE_REACH:
            return self._carried
        return None


def column_fraction(row: str, column: FractionColumn) -> str | None:
    """The number in the fraction column of a row, counted after its last variant notation.

    A note in brackets ('(exon 19 deletion)', '(EGFR exon 20)') is no column: its numbers
    are not counted.
    """
    notations = list(_NOTATION.finditer(row))
    if not notations:
        return None
    if column.before_variant:  # 'Gene  Exon  VAF  Protein': counted from the gene's cell
        numbers = list(_NUMBER.finditer(row, 0, notations[0].start()))
    else:
        after = notations[-1].end()
        row = row[:after] + _BRACKETED_NOTE.sub(lambda note: " " * len(note.group(0)), row[after:])
        numbers = list(_NUMBER.finditer(row, after))
    if len(numbers) <= column.index:
        return None
    number, percent = numbers[column.index].group(1), numbers[column.index].group(2)
    if float(number) > 100:
        return None
    as_percent = percent or column.percent or float(number) > 1
    return f"{column.label} {number}{'%' if as_percent else ''}"


def _loose_fraction(row: str, label: str) -> str | None:
    notation = _NOTATION.search(row)
    if notation is None:
        return None
    fraction = _LOOSE_FRACTION.search(row, notation.end())
    if fraction is None:
        return None
    if fraction.group(1):
        return f"{label} {fraction.group(1)}%"
    return f"{label} {fraction.group(2)}"


def _headers(text: str) -> list[_Header]:
    """Every line that names a gene column and an allele-fraction column, in page order."""
    headers: list[_Header] = []
    for word in all_matches(_FRACTION_WORD, text, folded_page(text)):
        start = start_of_line(text, word.start())
        end = end_of_line(text, word.end())
        if headers and headers[-1].end == end:
            continue
        line = text[start : word.start()] + " " + text[word.end() : end]
        if not _GENE_COLUMN.search(line):
            continue
        headers.append(_Header(end, _column(text[start:end], word.start() - start, word)))
    return headers


def _column(line: str, at: int, word: re.Match[str]) -> FractionColumn:
    before = line[:at]
    variant = list(_VARIANT_COLUMN.finditer(before))
    between = before[variant[-1].end() :] if variant else before
    rest = line[at + len(word.group(0)) :]
    after = rest[:4]
    percent = "%" in word.group(0) or bool(
        _PERCENT_AFTER.match(after) or _PERCENT_BEFORE.search(before[-3:])
    )
    # 'Gene  Exon  Allele frequency  Coding  Protein': the variant's columns come after it
    first = not variant and _VARIANT_COLUMN.search(rest) is not None
    return FractionColumn(
        fraction_label(word.group(0)), len(_NUMERIC_COLUMN.findall(between)), percent, first
    )


def fraction_label(words: str) -> str:
    """The name a value gives the fraction: the report's NAF or MAF, else VAF."""
    short = _SHORT_LABEL.search(words)
    return short.group(0).upper() if short else "VAF"


def _label_above(text: str, row_start: int) -> str:
    """The nearest name of a fraction above a row (NAF, MAF), else VAF."""
    named = list(_SHORT_LABEL.finditer(text, max(0, row_start - _TABLE_REACH), row_start))
    return named[-1].group(0).upper() if named else "VAF"


# A line that holds only a variant's notations: 'c.2235_2249del', 'p.(Glu746_Ala750del)'.
_NOTATION_LINE = re.compile(r"[ \t]*(?:(?:[pc]\.\S+|NM_\d+(?:\.\d+)?:?\S*)[ \t]*)+")


def centred_notation(text: str, line_start: int, line_end: int) -> tuple[str, int] | None:
    """A variant cell of two lines centred on its row: one line above the row, one below.

    'c.2235_2249del' / 'EGFR  35%  Pathogenic' / 'p.E746_A750del': a tall row's cells are
    drawn in the middle of it, so the gene's line holds no variant and the variant's two lines
    stand around it. Returns the two lines' words and where the lower one ends.
    """
    if line_start == 0 or line_end >= len(text):
        return None
    above_start = start_of_line(text, line_start - 1)
    below_end = end_of_line(text, line_end + 1)
    above, below = text[above_start : line_start - 1], text[line_end + 1 : below_end]
    if not (_NOTATION_LINE.fullmatch(above) and _NOTATION_LINE.fullmatch(below)):
        return None
    return f"{above.strip()} {below.strip()}", below_end


# A line that holds only the rest of a wrapped cell: a few words, no number, no label.
_CELL_WORDS = re.compile(r"[A-Za-z][A-Za-z\-]*(?:[ \t]+[A-Za-z][A-Za-z\-]*){0,3}")
_WRAP_LINES = 3


def wrapped_cell_says(text: str, row_end: int, row: str, words: re.Pattern[str]) -> bool:
    """Whether the row's last cell, wrapped onto the lines below it, says what `words` match.

    'BRCA2  p.N372H  48%  Uncertain' / 'significance', '... 51%  Likely' / 'benign': the cell
    goes on in lines of a few words. A line in lower case goes on the cell; a capitalised one
    only where the words run across the break ('Likely' / 'Benign'), so that a heading below
    the row ('Variants of Uncertain Significance') stays the next table's.
    """
    return _wrapped_cell(text, row_end, row, words)[1]


def wrapped_cell_goes_on(
    text: str, row_end: int, row: str, words: re.Pattern[str], line_start: int
) -> bool:
    """Whether the line at line_start is part of the row's wrapped last cell."""
    return _wrapped_cell(text, row_end, row, words)[0] > line_start


def _wrapped_cell(text: str, row_end: int, row: str, words: re.Pattern[str]) -> tuple[int, bool]:
    """Where the row's wrapped last cell ends, and whether its words match `words`."""
    joined, end = row.rstrip(), row_end
    if text[end : end + 1] not in ("\n", ""):
        return end, False  # an item inside a line: no cell of a table
    for _ in range(_WRAP_LINES):
        if end >= len(text):
            break
        following = end_of_line(text, end + 1)
        line = text[end + 1 : following].strip()
        if not _CELL_WORDS.fullmatch(line):
            break
        break_at = len(joined)
        joined = f"{joined} {line}"
        found = [m for m in words.finditer(joined) if m.end() > break_at]
        if line[0].isupper():
            return (following, True) if any(m.start() < break_at for m in found) else (end, False)
        if found:
            return following, True
        end = following
    return end, False


def centred_cell_says(text: str, line_start: int, line_end: int, words: re.Pattern[str]) -> bool:
    """Whether a cell of two lines centred on the row, one above and one below, says `words`.

    'Uncertain' / 'BRCA2  p.N372H  49%' / 'significance': the class cell of a tall row stands
    around the row's line; its words must run across the row ('Likely' / ... / 'benign').
    """
    if line_start == 0 or line_end >= len(text):
        return False
    above_start = start_of_line(text, line_start - 1)
    below_end = end_of_line(text, line_end + 1)
    above = text[above_start : line_start - 1].strip()
    below = text[line_end + 1 : below_end].strip()
    if not (_CELL_WORDS.fullmatch(above) and _CELL_WORDS.fullmatch(below)):
        return False
    joined = f"{above} {below}"
    return any(m.start() < len(above) < m.end() for m in words.finditer(joined))


@cache
def _gene_names() -> tuple[tuple[Marker, re.Pattern[str]], ...]:
    return tuple((rule.marker, rule.name_pattern()) for rule in load_rules())


def marker_named(token: str) -> Marker | None:
    """The marker a table cell or a gene symbol names, if any."""
    for marker, pattern in _gene_names():
        if pattern.fullmatch(token):
            return marker
    return None
