"""spaCy component that finds every name of a marker in a page, OCR noise included."""

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from extractors.markers.gene_symbols import shorthand_mentions, symbol_mentions
from extractors.markers.lead_patterns import lead_expression, lead_starts
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.literals import (
    folded_page,
    lead_positions,
    leading_words,
    may_match,
    required_words,
)
from extractors.markers.rules import MarkerRules, load_rules
from extractors.markers.spans import Mention, without_overlaps
from schemas.markers import Marker

Doc.set_extension("marker_mentions", default=None, force=True)


class MentionFinder:
    """Marks marker names (doc._.marker_mentions, doc.spans['marker_mentions'])."""

    def __init__(self, rules: tuple[MarkerRules, ...]) -> None:
        self._names = [(rule.marker, rule.name_pattern()) for rule in rules]
        self._implied = [
            (rule.marker, pattern)
            for rule in rules
            if (pattern := rule.implied_pattern()) is not None
        ]
        self._symbols = [
            (rule.marker, pattern)
            for rule in rules
            if (pattern := rule.symbol_pattern()) is not None
        ]
        # The words each expression needs, to skip the scan of a page that has none of them;
        # kept beside the pattern, as a pattern's hash reads its whole compiled program.
        self._named = [(k, p, required_words(p)) for k, p in self._names]
        self._implied_named = [(k, p, required_words(p)) for k, p in self._implied]

    def __call__(self, doc: Doc) -> Doc:
        """Find the mentions; where names overlap, the longest wins."""
        text = doc.text
        folded = folded_page(text)
        names = [(k, p) for k, p, w in self._named if may_match(w, folded, 0, len(text))]
        implied = [(k, p) for k, p, w in self._implied_named if may_match(w, folded, 0, len(text))]
        found = [
            Mention(marker, m.start(), m.end())
            for marker, pattern in names
            for m in word_matches(pattern, text, folded)
        ]
        found += [
            Mention(marker, m.start(), m.end(), implied=True)
            for marker, pattern in implied
            for m in word_matches(pattern, text, folded)
        ]
        found = [
            m
            for m in found
            if not _restated_change(text, m, found)
            and not _names_a_therapy(text, m)
            and not _names_its_stained_cells(text, m, found)
            and not _state_after_its_key(text, m, found)
            and not _names_a_scoring_system(text, m, found)
            and not _inside_a_programme_code(text, m)
        ]
        found = _without_titles_of_rows_below(text, found)
        found += symbol_mentions(text, self._symbols, found)
        found += shorthand_mentions(text, found)
        mentions = _without_overlaps(found)
        doc._.marker_mentions = mentions
        spans = [
            doc.char_span(m.start, m.end, m.marker.value, alignment_mode="expand") for m in mentions
        ]
        doc.spans["marker_mentions"] = [span for span in spans if span is not None]
        return doc


# A run of letters and digits joined by hyphens: 'LUM-HER2-CAR-201', 'CLV-GD2-02'.
_HYPHENED_RUN = re.compile(r"[A-Za-z0-9]++(?:-[A-Za-z0-9]++)++")
_NUMBER_PART = re.compile(r"\d{2,}+")


def _inside_a_programme_code(text: str, mention: Mention) -> bool:
    """Whether the name is one part of a study's or programme's code.

    name_inside_a_programme_code: 'LUM-HER2-CAR-201', 'CLV-GD2-02' and 'AUB-MSLN-12' name a
    trial of at least three parts, one of them a number; 'HER2-positive', 'HER2-CEP17' and
    'EGFR-T790M' are no codes.
    """
    start = mention.start
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    run = _HYPHENED_RUN.match(text, start)
    if run is None or run.end() < mention.end:
        return False
    parts = run.group(0).split("-")
    return len(parts) >= 3 and any(_NUMBER_PART.fullmatch(part) for part in parts)


# A name that qualifies a scoring system, up to its key's colon: 'serous/p53abn endometrial
# scoring:', 'gastric (MMR-deficient) criteria:'.
_SCORING_AFTER = re.compile(
    r"[\w\-/]*+(?:[ \t]++[\w\-/()]++){0,3}?[ \t]++(?:scoring|criteria|guidelines?|algorithm)"
    r"[ \t]*+:",
    re.IGNORECASE,
)


def _names_a_scoring_system(text: str, mention: Mention, found: list[Mention]) -> bool:
    """Whether the name qualifies the scoring system of another name before it on its line.

    name_that_qualifies_a_scoring_system: 'HER2 IHC (4B5), serous/p53abn endometrial scoring:
    score 3+' reads HER2 by the criteria of a kind of tumour that a second name qualifies; that
    name is the key's word, and the result is the first name's.
    """
    if not _SCORING_AFTER.match(text, mention.end):
        return False
    line_start = start_of_line(text, mention.start)
    return any(
        other.marker is not mention.marker and line_start <= other.start < mention.start
        for other in found
    )


# A protein change in three-letter form, then an open bracket: 'p.Arg132His (', 'p.(Gln61Arg) ('.
_THREE_LETTER_THEN_BRACKET = re.compile(
    r"p\.\(?[A-Z][a-z]{2}\d+(?:[A-Z][a-z]{2}|\*|=)\)?[ \t]*\([ \t]*$"
)


def _restated_change(text: str, mention: Mention, found: list[Mention]) -> bool:
    """An implied name that restates, in brackets, the change its gene's row already gives.

    'IDH1  c.395G>A  p.Arg132His (R132H)  38%': the bracket's R132H is the same variant in
    one-letter form, not a second mention (of the antibody that shares its name).
    """
    if not mention.implied:
        return False
    line_start = start_of_line(text, mention.start)
    if not _THREE_LETTER_THEN_BRACKET.search(
        text, max(line_start, mention.start - 30), mention.start
    ):
        return False
    return any(
        m.marker is mention.marker and not m.implied and line_start <= m.start < mention.start
        for m in found
    )


# 'anti-' glued before a name, and a therapy's words after it: 'anti-EGFR antibody eligibility',
# 'anti-HER2 therapy', 'anti EGFR monoclonal antibody treatment'.
_ANTI_BEFORE = re.compile(r"(?<![A-Za-z])anti[ \t]?[\-–]?[ \t]?$", re.IGNORECASE)
_THERAPY_AFTER = re.compile(
    r"[ \t]*(?:[\-–][ \t]*)?(?:(?:monoclonal|targeted|directed)[ \t]+)?"
    r"(?:(?:antibod(?:y|ies)|mAbs?)[ \t]+)?"
    r"(?:therap(?:y|ies|eutics?)|treatments?|eligib\w*|agents?|drugs?|regimens?|blockade)\b",
    re.IGNORECASE,
)


def _names_a_therapy(text: str, mention: Mention) -> bool:
    """A name after 'anti-' that a therapy's words follow names a class of drugs, not a result.

    'RAS testing for anti-EGFR antibody eligibility' and 'candidate for anti-HER2 therapy'
    speak of treatment; 'anti-HER2 antibody (4B5): 3+' names a stain's antibody and stays.
    """
    if not _ANTI_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return False
    return _THERAPY_AFTER.match(text, mention.end) is not None


# stained_cells_named_by_the_marker: the marker's name joined to a stain word describes cells
# ('PD-L1-stained immune cells', 'ER-positive nuclei', 'HER2-expressing cells').
_STAINED_AFTER = re.compile(
    r"-(?:stained|staining|expressing|positive|reactive)\b(?![ \t]*+[:=])", re.IGNORECASE
)
_SAME_LINE_REACH = 120


def _names_its_stained_cells(text: str, mention: Mention, found: list[Mention]) -> bool:
    """The name as a modifier of the cells its own result counts, after that result's name.

    'PD-L1 (SP142): positive; PD-L1-stained immune cells cover 2% of tumour area': the second
    name is the same result's words (its value), not a result of its own. Alone, or first on
    its line ('ER-positive cells: 80%'), the name stays.
    """
    if not _STAINED_AFTER.match(text, mention.end):
        return False
    line_start = start_of_line(text, mention.start)
    low = max(line_start, mention.start - _SAME_LINE_REACH)
    return any(
        other.marker == mention.marker and low <= other.start and other.end <= mention.start
        for other in found
    )


def word_matches(
    pattern: re.Pattern[str], text: str, folded: str | None = None
) -> Iterator[re.Match[str]]:
    """The pattern's matches that begin a word.

    A match inside a word is passed over and the search goes on from its next character, so
    that it cannot hide a name it swallowed: 'oncogenic' + line break + 'ERBB2' matches the
    c-erbB-2 spelling from the 'c', and ERBB2 is a name of its own. With `folded` (from
    `literals.folded_page(text)`), a match is tried only where one of the pattern's leading
    words starts: the search would find nothing in between, so the matches are the same.
    """
    starts = None if folded is None else _starts(pattern, folded)
    if starts is not None:
        position = 0
        for start in starts:
            if start < position:
                continue
            match = pattern.match(text, start)
            if match is None:
                continue
            if starts_a_word(text, start):
                yield match
                position = max(match.end(), start + 1)
            else:
                position = start + 1
        return
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if starts_a_word(text, match.start()):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1


def _starts(pattern: re.Pattern[str], folded: str) -> list[int] | None:
    """Offsets where a match can start, by its leading words or else its lead expression."""
    leads = leading_words(pattern)
    if leads is not None:
        return lead_positions(leads, folded, 0, len(folded))
    lead = lead_expression(pattern)
    return None if lead is None else lead_starts(lead, folded, 0, len(folded))


def starts_a_word(text: str, start: int) -> bool:
    """Whether a match begins a word: no letter or digit right before it."""
    return start == 0 or not text[start - 1].isalnum()


def _without_overlaps(found: list[Mention]) -> list[Mention]:
    return without_overlaps(found)


@Language.factory("markerflow_mentions")
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    """The mention finder, built from the packaged marker rules."""
    return MentionFinder(load_rules())


# A laboratory's short form of a status that is itself a name: 'MS-Stable', 'MS-unstable'.
_STATE_AS_NAME = re.compile(r"MS-(?:stable|unstable)\b", re.IGNORECASE)


def _state_after_its_key(text: str, mention: Mention, found: list[Mention]) -> bool:
    """A state such as 'MS-Stable' after its marker's key on the line is that key's value.

    state_after_its_key: 'Microsatellite status    MS-Stable' is one result, its key named;
    alone ('TMB 4 mut/Mb; MS-Stable') the state names the marker itself.
    """
    if not _STATE_AS_NAME.match(text, mention.start):
        return False
    line_start = start_of_line(text, mention.start)
    return any(
        other.marker is mention.marker and line_start <= other.start and other.end <= mention.start
        for other in found
    )


# titles_the_rows_below: a heading that lists the tests ('SUPPLEMENTARY REPORT 2 - ALK / ROS1 /
# PD-L1', 'Predictive markers: ER, PR, HER2') over one row for each of them. The heading's names
# say which rows follow; a verdict on the first row is that row's alone.
_TITLE_ROWS = 6
_TITLE_JOINS = re.compile(r"[ \t]*+(?:/|,|&|\+|and)[ \t]*+", re.IGNORECASE)
_LIST_MARK = re.compile(r"[.,;]")
_LIST_GOES_ON = re.compile(r"(?:[,(]|\b(?i:and|or))[ \t]*$")
_VERDICT_WORD = re.compile(
    r"\b(?:positive|negative|equivocal|detected|amplified|mutated|wild[ \t\-]?type|intact"
    r"|retained|lost|loss|absent|present|stable|unstable|high|low)\b|\d[ \t]*%|\b[0-3]\+",
    re.IGNORECASE,
)


def _without_titles_of_rows_below(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions, less those of a heading line that lists names each heading a row below."""
    named = sorted((m for m in found if not m.implied), key=lambda m: m.start)
    by_line: dict[int, list[Mention]] = {}
    for mention in named:
        by_line.setdefault(start_of_line(text, mention.start), []).append(mention)
    dropped: set[int] = set()
    for line_start, on_line in by_line.items():
        if len(on_line) < 2 or any(
            not _TITLE_JOINS.fullmatch(text, a.end, b.start) for a, b in pairwise(on_line)
        ):
            continue
        line_end = end_of_line(text, line_start)
        if _VERDICT_WORD.search(text, on_line[-1].end, line_end) or _LIST_MARK.search(
            text, on_line[-1].end, line_end
        ):
            continue  # a verdict, or a list's stop or comma: the line states or lists, no title
        if line_start > 0 and _LIST_GOES_ON.search(
            text, start_of_line(text, line_start - 1), line_start - 1
        ):
            continue  # a list's end wrapped from the line above ('..., FGFR3,' / 'BRAF, NTRK1.')
        leading = _row_leaders(text, line_end, by_line)
        if len({m.marker for m in on_line} & leading) >= 2:
            dropped |= {id(m) for m in on_line}
    return [m for m in found if id(m) not in dropped] if dropped else found


def _row_leaders(text: str, line_end: int, by_line: dict[int, list[Mention]]) -> set[Marker]:
    """The markers whose names open one of the lines below the given line's end."""
    leaders: set[Marker] = set()
    position = line_end
    for _ in range(_TITLE_ROWS):
        if position >= len(text):
            break
        start = position + 1
        on_line = by_line.get(start)
        if on_line and not text[start : on_line[0].start].strip():
            leaders.add(on_line[0].marker)
        position = end_of_line(text, start)
    return leaders
