"""A section of variants of unknown significance: its items are no results.

'VARIANTS OF UNKNOWN SIGNIFICANCE' / 'BRCA2 N372H   EGFR R521K' / 'KRAS A146T   MET N375S', or
one gene and one variant a line ('BRCA1' / 'P871L'): a laboratory lists its VUS under their own
heading, in a grid with no allele fractions, often after a note. A gene with its protein change
alone would be read as a finding; under such a heading it is none (LABELS.md). The section runs
over lines that hold only genes, variants and shares, after at most four lines of note (a
laboratory's note of what a VUS is often takes three: vus_note_of_a_few_lines), and ends at
the first other line. A note's line may end in the items after its colon ('... not be used for
clinical decision-making: ARID1A P1186S; BRCA2 A1689V', items_after_the_notes_colon).

A table of them may end its rows in a comment column ('ATM  c.5071A>C  p.S1691R  47%  possible
germline origin'), whose words a wrapped row carries on far to the right on the next line:
after a gene, its change and its share (or a column's gap), the row's other words are its
comment, unless they class the row a result ('oncogenic', 'tier II'), and a line of words alone
indented as deep, or in lower case after a row ending in a comma or semicolon, is its
continuation (vus_rows_with_a_comment). A heading may run on with its caveat ('... (Tier III)
-- not for clinical decisions').
"""

import re

from extractors.markers.gene_symbols import other_gene
from extractors.markers.line_bounds import line_spans
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.spans import Mention
from extractors.markers.variant_tables import ROW_VARIANT, page_before

_HEADING_LENGTH = 96
_COMMENT_INDENT = 24  # where a wrapped comment cell starts, at least
_NOTE_LINES = 4
_FREE_NOTE_LINES = 2
# A heading that says its section holds nothing: 'Variants of uncertain significance: none'.
_EMPTY = compile_tolerant(r"\b(?:none|not\s+detected|no\s+\w+)\b", re.IGNORECASE)
# A heading names what its section lists; a lone class word ('benign') is a wrapped cell.
_SECTION_WORD = re.compile(
    r"\b(?:variants?|alterations?|VUS|significance|findings?|mutations?|tier)\b", re.IGNORECASE
)
_TOKEN_OK = re.compile(
    r"\(?(?:\d{1,3}(?:\.\d+)?\s?%|[pc]\.\S+|NM_\d+(?:\.\d+)?\S*)\)?[,;]?", re.IGNORECASE
)


def vus_section_mentions(
    text: str, mentions: list[Mention], not_a_result: re.Pattern[str]
) -> set[int]:
    """The mentions on the item lines of every VUS section of the page."""
    starts = {m.start for m in mentions if not m.implied}
    owned: set[int] = set()
    lines = line_spans(text)
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not _is_heading(line, not_a_result):
            continue
        items_end = _items_end(text, lines[number + 1 :], starts)
        if items_end is not None:
            owned.update(i for i, m in enumerate(mentions) if end < m.start < items_end)
    carried = _rows_carried_over(text, lines, starts, not_a_result)
    if carried is not None:
        owned.update(i for i, m in enumerate(mentions) if m.start < carried)
    return owned


# vus_table_over_a_page_break: a table of VUS that runs to the end of its page goes on at the
# top of the next, after the running header and its own header repeated ('Gene  Protein change
# Coding change  VAF'); its rows there are under no heading of their own page.
_RUNNING_LINES = 4
_FOOTER_LINES = 2


def _rows_carried_over(
    text: str, lines: list[tuple[int, int]], starts: set[int], not_a_result: re.Pattern[str]
) -> int | None:
    """Where the VUS rows at the top of the page end, if the page before ended among them."""
    if not _ends_among_vus_rows(page_before(), not_a_result):
        return None
    for number, (start, end) in enumerate(lines[: _RUNNING_LINES + 1]):
        if ROW_VARIANT.search(text, start, end):
            rows_end = end
            for row_start, row_end in lines[number + 1 :]:
                if not ROW_VARIANT.search(text, row_start, row_end):
                    break
                rows_end = row_end  # a row of the table, its gene known or not ('PTPRD')
            return max(rows_end, _items_end(text, lines[number:], starts) or 0)
    return None


def _ends_among_vus_rows(page: str, not_a_result: re.Pattern[str]) -> bool:
    """Whether the page's last rows, its footer aside, are rows of a VUS section's table."""
    lines = [line for line in page.split("\n") if line.strip()]
    heading = next(
        (n for n in range(len(lines) - 1, -1, -1) if _is_heading(lines[n], not_a_result)), None
    )
    if heading is None:
        return False
    rows = [n for n in range(heading + 1, len(lines)) if ROW_VARIANT.search(lines[n])]
    return (
        len(rows) >= 2
        and rows[0] - heading <= _NOTE_LINES
        and len(lines) - 1 - rows[-1] <= _FOOTER_LINES
        and len(rows) == rows[-1] - rows[0] + 1  # every line between is a row
    )


def _is_heading(line: str, not_a_result: re.Pattern[str]) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _HEADING_LENGTH
        # the short list of section words first: most lines have none, and the long list
        # of words that state no result is then not scanned
        and _SECTION_WORD.search(stripped) is not None
        and not_a_result.search(stripped) is not None
        and ROW_VARIANT.search(stripped) is None
        and _EMPTY.search(stripped) is None
        # a legend's sentence is no heading: '3 uncertain significance, 2 likely benign.'
        and not (stripped.endswith(".") and "," in stripped)
    )


def _items_end(text: str, lines: list[tuple[int, int]], starts: set[int]) -> int | None:
    """Where the section's item lines end, None if no item line follows its heading."""
    notes, end = 0, None
    for start, line_end in lines:
        kind = _item_line(text, start, line_end, starts)
        if kind == "gene" or (kind == "variant" and end is not None):
            end = line_end  # a lone variant line goes with the gene's line above it
            continue
        if end is not None and _comment_carried_on(text, start, line_end, starts):
            end = line_end
            continue
        if end is None and _note_line(text, start, line_end, starts, notes):
            notes += 1  # 'Note: one or more variants of unknown significance were detected'
            colon = text.rfind(":", start, line_end)
            if colon != -1 and _changes_listed(text, colon + 1, line_end, starts):
                end = line_end  # items_after_the_notes_colon: '... decision-making: ATM P1186S'
            continue
        break
    return end


_RESULT_CLASS = re.compile(
    r"\b(?:(?<!non-)pathogenic|oncogenic|actionable|driver|tier[ \t]*+(?:I|II|1|2)\b(?![ \t]*+I))",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"[ \t]*(?:[ \t]{2}|\t)[ \t]*")
_DASHES = frozenset(("-", "–", "—"))
# A word of a line, set apart by spaces, commas, semicolons, bars or bullets.
_WORD = re.compile(r"[^\s,;|•·*]+")


def _is_gene(word: re.Match[str], starts: set[int]) -> bool:
    """Whether a word is a gene's name: a marker's mention, or another gene's symbol."""
    return word.start() in starts or other_gene(word.group(0).strip("()-"))


def _names_a_gene(text: str, start: int, end: int, starts: set[int]) -> bool:
    """Whether any word of text[start:end] is a gene's name."""
    return any(_is_gene(word, starts) for word in _WORD.finditer(text, start, end))


def _comment_carried_on(text: str, start: int, end: int, starts: set[int]) -> bool:
    """Whether a line is a row's comment cell wrapped: words alone, indented as a cell is.

    Where the page's text keeps no indent, a line in lower case after a row that ends in a
    comma or a semicolon is one too.
    """
    line = text[start:end]
    words = line.lstrip()
    if not words:
        return False
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    runs_on = words[0].islower() and above.rstrip().endswith((",", ";"))
    if len(line) - len(words) < _COMMENT_INDENT and not runs_on:
        return False
    return not _names_a_gene(text, start, end, starts)


# A heading of its own in capitals, three words or more: the next section's, no note's line.
_CAPITALS_HEADING = re.compile(r"(?=(?:[^\s]+\s+){2})[A-Z0-9][A-Z0-9 /()&,:\-]{8,95}")


def _note_line(text: str, start: int, end: int, starts: set[int], notes: int) -> bool:
    """Whether a line may be a line of the section's note, after `notes` such lines.

    Any of the first two lines may be, but for a heading of its own in capitals (a page whose
    text keeps no blank lines runs the next section on: heading_in_capitals_ends_the_note); a
    third or fourth only where the note's sentence runs on into it, in words that name no gene
    (vus_note_of_a_few_lines: '... may not have been characterised in the' / 'literature at
    the time of this report.'): a heading ('GENES WITH NO REPORTABLE ALTERATIONS'), a label
    over a list of its own ('Genes analysed:') or a table's row ('ATM c.4388T>G ... Tier III')
    is no note's line.
    """
    line = text[start:end].strip()
    if notes >= _NOTE_LINES or not line:
        return False
    if _CAPITALS_HEADING.fullmatch(line) and not _names_a_gene(text, start, end, starts):
        return False  # 'GENES WITH NO PATHOGENIC SNV/INDEL DETECTED' heads a section of its own
    if notes < _FREE_NOTE_LINES:
        return True
    if not line[0].islower() or line.endswith(":"):
        return False
    return not _names_a_gene(text, start, end, starts)


_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{1,9}")


def _symbol_before_its_change(pieces: list[re.Match[str]], number: int) -> bool:
    """Whether a word in capitals has a protein change right after it ('SPEN S2133F')."""
    if number + 1 >= len(pieces) or not _SYMBOL.fullmatch(pieces[number].group(0)):
        return False
    return ROW_VARIANT.fullmatch(pieces[number + 1].group(0).strip("(),;").rstrip(".")) is not None


def _changes_listed(text: str, start: int, end: int, starts: set[int]) -> bool:
    """Whether text[start:end] is a line of items that names a protein change: a VUS list."""
    if _item_line(text, start, end, starts) != "gene":
        return False
    words = (w.group(0).strip("(),;").rstrip(".") for w in _WORD.finditer(text, start, end))
    return any(ROW_VARIANT.fullmatch(word) for word in words)


def _item_line(text: str, start: int, end: int, starts: set[int]) -> str | None:
    """What a line of items holds: 'gene' (a gene at least), 'variant' (changes only) or None.

    An item line holds only genes, their protein changes and their shares.
    """
    gene, change, share, any_word, after = False, False, False, False, start
    pieces = list(_WORD.finditer(text, start, end))
    for number, piece in enumerate(pieces):
        word, at = piece.group(0), piece.start()
        if word in _DASHES:
            after = piece.end()  # items parted by a spaced dash: 'ATM p.S1691R - BRCA2 ...'
            continue
        if _is_gene(piece, starts) or _symbol_before_its_change(pieces, number):
            gene = True
        elif ROW_VARIANT.fullmatch(word.strip("(),;").rstrip(".")) or _TOKEN_OK.fullmatch(word):
            change = change or not word[0].isdigit()
            share = share or word.rstrip(",;)").endswith("%")
        elif gene and change and (share or _COLUMN_GAP.fullmatch(text, after, at)):
            # the row's comment cell, after its share or a column's gap, unless it classes
            # the row a result (a table of results below a VUS line: 'PIK3CA ... Oncogenic')
            return None if _RESULT_CLASS.search(text, at, end) else "gene"
        else:
            return None
        any_word, after = True, piece.end()
    if gene:
        return "gene"
    return "variant" if any_word else None
