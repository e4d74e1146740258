"""A page's text with the line ends that only a page's width made read as spaces.

A PDF's text layer and OCR end a line where the page, a column or a form field ends, not where
the phrase ends: 'HER2 (4B5) immunohistochemistry was' / 'negative (score 1+)'. The rules read
a line end as a bound in many places (a verdict alone on its line, a row of a table), so the
page is read as it is first; `rejoined` gives the same page with its soft line ends as spaces,
of the same length (offsets, and so evidence, stay the page's), for a second reading of the
statements a soft line end cut (`extraction._rejoined_findings`); `SoftBreaks` weighs only the
line ends it is asked about.

Rules, each for a kind of wording:
- run_on_line: a line end between two lines of the same paragraph where the upper line does not
  end its sentence ('.', '!', '?') joins them: 'no pathogenic' / 'variant was detected in KRAS',
  'HER2 by immunohistochemistry is' / 'negative (score 1+)'.
- capital_after_an_open_phrase: a line a capital opens joins the line above only where that
  line cannot end there (a comma or dash; a word that needs the next; a bracket left open):
  'no mutation was found in' / 'KRAS or NRAS', 'antibody (clone' / 'VE1): positive'; a list
  line of genes stays apart from a heading under it ('TP53  TSC1  VHL' / 'Rearrangements').
- table_rows_stay: a line of three or more cells (two wide gaps between its words on the page,
  or of three spaces or more in the text) keeps its line ends, above and below: 'KRAS   G12D
  31%   Pathogenic', 'Block   Mesothelin   MLH1   MSH2'.
- items_and_headings_stay: a line that opens a list's item (a bullet, '2.', 'b)', '3 Tumour
  ...') starts anew, and a heading of one word (not a value) stands alone: '... on the
  following' / '- KRAS: wild type', 'Interpretation' / 'The tumour ...'.
- key_line_stays: a line a capital opens does not go on a line that ends in a key's colon: the
  rules read a value under its key as it stands ('HER2 (IHC):' / 'Negative'), and 'Immuno-
  histochemistry:' / 'ER: positive' is a heading over its items.
- title_line_stays: a line whose every word opens with a capital or a digit (a heading, a
  table's header) stays apart from a line under it that a small letter does not open, unless
  it ends open: 'Block Mesothelin MLH1 MSH2' / '5 70% intact intact', 'Ki-67 Index' / '25%
  (hot spot)'.
- caps_prose_runs_on: in a report typed in capitals, a line of six words or more that ends no
  sentence runs on to a line of two words or more under it: a capital opening a line tells
  nothing there ('WHICH WOULD BE EXPECTED' / 'TO BE PAX8 AND ER POSITIVE.'), but a row of
  column headings with no word that only joins stays apart from a row of values under it
  ('HRD STATUS  GENOMIC INSTABILITY SCORE  TUMOR BRCA1/BRCA2' / 'POSITIVE  58  NOT DETECTED',
  header_over_values).
- word_broken_at_a_hyphen: a small-letter word broken by a hyphen at the line end is one word
  again ('immuno-' / 'histochemistry', 'ampli-' / 'fication'); its rest moves up, the spaces
  after it make up the length.
- running_line_between: a page's running line ('Page 2 of 3', '(continued)', 'Continued on
  next page') between two halves of a sentence is read as spaces.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from extractors.markers.line_bounds import PAGE_NUMBER, line_spans

_TABLE_ROW = re.compile(r"\S(?:[ \t]{3,}\S.*?){2,}")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*[ \t]*$")
_RUNNING_LINE = re.compile(
    rf"[ \t]*(?:{PAGE_NUMBER}"
    r"|\(?(?i:continued)"
    r"(?:[ \t]+(?i:on|from)[ \t]+(?i:next|previous|the[ \t]+next)[ \t]+(?i:page))?\)?"
    r"|[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*"
)
# A list's item: a bullet, or a number or letter closed by a stop or a bracket.
_ITEM_START = re.compile(
    r"[ \t]*(?:[-*•·–—>]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?=[ \t]+[A-Z]))[ \t]"
)
# A heading of one word: 'Interpretation', 'COMMENT:', a variant card's gene ('BRCA1').
_HEADING_WORD = re.compile(r"[ \t]*[A-Z][A-Za-z0-9\-/]*:?[ \t]*")
# A value alone on a line is no heading: a verdict word, a number, a score.
_VALUE_START = re.compile(
    r"[ \t]*(?:(?i:positive|negative|equivocal|borderline|not|no|none|detected|amplified"
    r"|non-?amplified|wild[ \-]?type|mutat\w*|present|absent|intact|retained|lost|loss"
    r"|deficient|proficient|stable|high|low|indeterminate|score|pathogenic|likely)\b"
    r"|[<>≤≥]?\d)"
)
_CAPITAL_START = re.compile(r"[ \t]*[A-Z]")
_SMALL_START = re.compile(r"[ \t]*[a-z]")
# A line end where the line cannot end: a colon, comma or dash, or a word that needs the next
# ('in', 'of', 'was', 'no', 'not'); a capital goes on such a line, but not on a key's colon.
_OPEN_END = re.compile(
    r"(?:[:,\-–]|\b(?i:of|in|for|the|an?|and|or|nor|with|by|to|was|were|is|are|be|been|as|at|on"
    r"|no|not|than|that|which|from|into|per|shows?|showed|demonstrates?|demonstrated|reveals?"
    r"|revealed|using|includ(?:es|ed|ing)))[ \t]*$"
)
# A line whose every word opens with a capital or a digit: a heading, a table's header.
_TITLE_LINE = re.compile(r"[ \t]*[A-Z0-9(][^ \t]*(?:[ \t]+[A-Z0-9(&/|\-][^ \t]*)+[ \t]*")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z]{2})-[ \t]*\n[ \t]*([a-z]{2,})")


class SoftBreaks:
    """A page's soft line ends, found only where they are asked for.

    `table_rows` gives the lines (0-based) that stand on a table's row by the words' places; it
    is asked once, when a line end is first weighed.
    """

    def __init__(self, text: str, table_rows: Callable[[], AbstractSet[int]]) -> None:
        self.text = text
        self.lines = line_spans(text)
        self._starts = [start for start, _ in self.lines]
        self._table_rows = table_rows
        self._rows: AbstractSet[int] | None = None
        self._after: dict[int, int | None] = {}

    def line_of(self, offset: int) -> int:
        """The index of the line the offset stands on."""
        return bisect_right(self._starts, offset) - 1

    def after(self, index: int) -> int | None:
        """The line that line `index` runs on to past a soft line end (running lines passed)."""
        if index not in self._after:
            self._after[index] = self._runs_on_to(index)
        return self._after[index]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The first and last line of the run of soft-joined lines that holds the offset."""
        first = last = self.line_of(offset)
        for _ in range(_PARAGRAPH_REACH):
            above = self._line_before(first)
            if above is None or self.after(above) != first:
                break
            first = above
        for _ in range(_PARAGRAPH_REACH):
            below = self.after(last)
            if below is None:
                break
            last = below
        return first, last

    def joined(self, first: int, last: int) -> str:
        """Lines `first` to `last` with their soft line ends as spaces; of the same length."""
        start, end = self.lines[first][0], self.lines[last][1]
        chars = list(self.text[start:end])
        index = first
        while index < last:
            below = self.after(index)
            if below is None:
                index += 1
                continue
            for at in range(self.lines[index][1], self.lines[below][0]):
                chars[at - start] = " "
            index = below
        piece = self.text[start:end]
        joined = "".join(chars)
        for match in _HYPHEN_BREAK.finditer(piece):  # word_broken_at_a_hyphen
            newline = piece.index("\n", match.start())
            if joined[newline] == " ":
                joined = joined[:newline] + "\n" + joined[newline + 1 :]
        return _HYPHEN_BREAK.sub(_moved_up, joined)

    def _runs_on_to(self, index: int) -> int | None:
        if index >= len(self.lines) - 1:
            return None
        below = index + 1
        last = len(self.lines) - 1
        while below < last and _RUNNING_LINE.fullmatch(self.text, *self.lines[below]):
            below += 1  # running_line_between
        upper = self.text[self.lines[index][0] : self.lines[index][1]]
        lower = self.text[self.lines[below][0] : self.lines[below][1]]
        if not _joins(upper, lower):
            return None
        if self._rows is None:
            self._rows = self._table_rows()
        return None if index in self._rows or below in self._rows else below

    def _line_before(self, index: int) -> int | None:
        above = index - 1
        while above > 0 and _RUNNING_LINE.fullmatch(self.text, *self.lines[above]):
            above -= 1
        return above if above >= 0 else None


# How many lines a paragraph reaches above and below the line asked for.
_PARAGRAPH_REACH = 8


def rejoined(text: str, table_rows: AbstractSet[int] = frozenset()) -> str:
    """The text with every soft line end a space; the same length as the text."""
    breaks = SoftBreaks(text, lambda: table_rows)
    return breaks.joined(0, len(breaks.lines) - 1)


def _joins(upper: str, lower: str) -> bool:
    if not upper.strip() or not lower.strip():
        return False
    if _SENTENCE_END.search(upper):
        return False
    if _TABLE_ROW.search(upper.strip()) or _TABLE_ROW.search(lower.strip()):
        return False
    if _ITEM_START.match(lower) or _heading_word(lower) or _heading_word(upper):
        return False  # items_and_headings_stay
    open_end = bool(_OPEN_END.search(upper)) or upper.count("(") > upper.count(")")
    if _caps_prose(upper) and _caps_prose(lower, _CAPS_PROSE_WORDS_BELOW):
        if _header_over_values(upper, lower):
            return False  # header_over_values
        return not upper.rstrip().endswith(":")  # caps_prose_runs_on
    if _CAPITAL_START.match(lower):  # capital_after_an_open_phrase; not under a key's colon
        return open_end and not upper.rstrip().endswith(":")
    # title_line_stays: a heading or a header row over a line that a small letter does not open
    return open_end or bool(_SMALL_START.match(lower)) or not _TITLE_LINE.fullmatch(upper)


# caps_prose_runs_on: in a report typed all in capitals a capital opens every line, so it
# tells nothing; a line of capitals long enough to be prose ('THE TUMOUR CELLS ARE STRONGLY
# IMMUNOREACTIVE FOR' / 'ESTROGEN RECEPTOR IN MOST NUCLEI.', 'WHICH WOULD BE EXPECTED' / 'TO BE
# PAX8 AND ER POSITIVE.') runs on to the next such line unless a stop, a key's colon, an item
# or a heading stands between them. A short line of capitals is a heading or a key; a row of
# column headings, with no joining word, stays apart from the row of values under it
# (header_over_values).
_CAPS_PROSE_WORDS = 6
_CAPS_PROSE_WORDS_BELOW = 2
_WORD = re.compile(r"[A-Z][A-Z0-9'/\-]*")


def _caps_prose(line: str, words: int = _CAPS_PROSE_WORDS) -> bool:
    """A line in capitals only, of at least `words` words."""
    return not any(c.islower() for c in line) and len(_WORD.findall(line)) >= words


def _header_over_values(upper: str, lower: str) -> bool:
    """A row of column headings in capitals over a row that opens with a value.

    'HRD STATUS  GENOMIC INSTABILITY SCORE  TUMOR BRCA1/BRCA2' / 'POSITIVE  58  NOT DETECTED':
    prose joins its words with words that only join ('THE', 'OF', 'ARE'); headings do not.
    """
    if any(w in _JOINING_WORDS for w in _WORD.findall(upper)):
        return False
    return _VALUE_START.match(lower) is not None


_JOINING_WORDS = frozenset(
    "THE A AN OF AND OR TO IN FOR WITH IS ARE WAS WERE BE BY ON AS AT THAT WHICH NO NOT FROM"
    " INTO THAN THIS THESE".split()
)


def _heading_word(line: str) -> bool:
    """A line of one word that opens with a capital and is no value ('Comment', 'RESULT:')."""
    return bool(_HEADING_WORD.fullmatch(line)) and not _VALUE_START.match(line)


def _moved_up(match: re.Match[str]) -> str:
    """word_broken_at_a_hyphen: the rest of the word closes up; spaces keep the length."""
    rest = match.group(1)
    return rest + " " * (len(match.group(0)) - len(rest))
