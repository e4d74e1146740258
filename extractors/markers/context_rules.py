"""The words that decide a result's status and context, as data checked when loaded."""

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from extractors.markers.lead_patterns import lead_expression, lead_starts
from extractors.markers.literals import lead_positions, leading_words, may_match, required_words
from extractors.markers.misreadings import tolerant_words
from schemas.markers import Aspect, Marker, Status


class CueDirection(StrEnum):
    """Whether a status cue speaks of a marker named before it, after it, or either."""

    AFTER = "after"
    BEFORE = "before"
    EITHER = "either"


class ExclusionReason(StrEnum):
    """Why words that name a marker state no result."""

    PENDING = "pending"
    METHODS = "methods"
    TEMPLATE = "template"
    BACKGROUND = "background"
    CRITERIA = "criteria"
    TABLE_HEADER = "table_header"
    UNCERTAIN_SIGNIFICANCE = "uncertain_significance"
    RNA_SCORE = "rna_score"


class ExclusionScope(StrEnum):
    """How far an exclusion reaches: the marker's own window, its whole statement, or a match.

    A `match` exclusion holds only the names inside the words it matches (a label and the
    rest of its line).
    """

    WINDOW = "window"
    STATEMENT = "statement"
    MATCH = "match"  # only names inside the matched words: 'does not exclude a KRAS mutation'


_RULE_NAME = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class ExampleResult(BaseModel):
    """A result an example must yield; details (percent, historical, ...) are checked if given."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    marker: Marker
    aspect: Aspect
    status: Status
    details: dict[str, str | float | bool] = Field(default_factory=dict)


def _result_from_row(row: object) -> object:
    """`["ER", "expression", "negative", {"percent": 5}]` as an ExampleResult's fields."""
    if isinstance(row, list | tuple) and len(row) in (3, 4):
        return dict(zip(("marker", "aspect", "status", "details"), row, strict=False))
    return row


class RuleExample(BaseModel):
    """A short text of the rule's kind of wording, and every result it must yield."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    expect: list[Annotated[ExampleResult, BeforeValidator(_result_from_row)]]
    gap: bool = Field(
        default=False, description="True while extraction misses this wording (a known gap)."
    )


class NamedRule(BaseModel):
    """A named rule of one kind of wording, with examples that run as tests."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=_RULE_NAME, description="Unique kebab-case name.")
    pattern: str
    examples: list[RuleExample] = Field(min_length=2)


class StatusCue(NamedRule):
    """Words that state a status, e.g. 'not detected' (negative, after the marker)."""

    status: Status
    direction: CueDirection
    aspect: Aspect | None = Field(default=None, description="Aspect the words imply, if any.")
    weak: bool = Field(
        default=False, description="Words (expression, present) that yield to a verdict nearby."
    )
    speaks_for_scored_markers: bool = Field(
        default=True, description="False for words (intensity) that never decide HER2's status."
    )
    status_for_scored_markers: Status | None = Field(
        default=None,
        description="The status the words state for a marker scored 0 to 3+ (HER2), if another:"
        " normal expression of HER2 is no overexpression.",
    )
    kept_or_lost: bool = Field(
        default=False,
        description="The words say a stained protein was kept or lost ('retained', 'loss of"
        " expression'), and so also state the verdict on a panel of such proteins (MMR).",
    )
    leads: bool = Field(
        default=False,
        description="The words also state the result of the name right after them, when they"
        " open a clause and that name has no verdict of its own ('retained MSH2 and MSH6',"
        " '..., with intact PMS2').",
    )


class Exclusion(NamedRule):
    """Words that make a statement or window state no result."""

    reason: ExclusionReason
    scope: ExclusionScope


class AspectWords(NamedRule):
    """Words that say which aspect a test looked at."""

    aspect: Aspect


class ExcludedSection(NamedRule):
    """A heading whose section states no result."""

    short: bool = Field(
        default=False,
        description="A legend or a background block: written in small letters it ends at the"
        " next heading in small letters alone on its line ('Comment:', 'Results').",
    )


class ContextRules(BaseModel):
    """All context vocabularies, as they are stored in context_rules.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status_cues: list[StatusCue]
    exclusions: list[Exclusion]
    historical: list[NamedRule] = Field(description="Words that quote an earlier result.")
    amended: list[NamedRule] = Field(description="Words that mark an amended report.")
    aspect_words: list[AspectWords]
    history_sections: list[NamedRule] = Field(
        description="Headings whose section restates the patient's history (CLINICAL HISTORY)."
    )
    excluded_sections: list[ExcludedSection] = Field(
        description="Headings whose section states no result (BACKGROUND, METHODS, ...)."
    )
    quality_verdicts: list[NamedRule] = Field(
        description="A verdict on a quality of the tumour ('Heterogeneity: not observed'): it"
        " answers that question, never a marker's result, so no status cue inside it counts."
    )

    def named_rules(self) -> list[NamedRule]:
        """Every rule of every vocabulary, in file order."""
        return [
            *self.status_cues,
            *self.exclusions,
            *self.historical,
            *self.amended,
            *self.aspect_words,
            *self.history_sections,
            *self.excluded_sections,
            *self.quality_verdicts,
        ]


def any_of(rules: Sequence[NamedRule]) -> str:
    """One expression that matches where any of the rules' patterns does."""
    return "|".join(f"(?:{rule.pattern})" for rule in rules)


def compile_words(pattern: str) -> re.Pattern[str]:
    """Compile a vocabulary expression case-insensitively; see `whole_words` for the start.

    A match ends a word: no letter follows, except a capital after a small letter, where OCR
    lost the space between two words ('positiveCl', 'negativeIn').
    """
    return re.compile(rf"(?:{pattern}){_WORD_END}", re.IGNORECASE)


def compile_cue_words(pattern: str) -> re.Pattern[str]:
    """`compile_words` for the words that decide a status or that a result is not yet in.

    They also match what OCR misreads them as ('N0T DETECTEO', 'AMPLlFIED', 'PEND1NG'): see
    `misreadings.tolerant_words`. A misread negator must not leave its verdict word to read
    alone; other vocabularies (methods, criteria, aspects) stay as written, which keeps the
    cost of the tolerance to the few expressions that need it.
    """
    return compile_words(tolerant_words(pattern))


_WORD_END = r"(?-i:(?<=[a-z])(?![a-z])|(?<![a-z])(?![A-Za-z]))"


def whole_words(
    pattern: re.Pattern[str],
    text: str,
    spans: list[tuple[int, int]] | None = None,
    folded: str | None = None,
) -> list[re.Match[str]]:
    """Matches, within the spans if given, that do not begin inside a longer word.

    The word start is checked here rather than by a lookbehind, which keeps re fast.
    `folded` (from `literals.folded_page(text)`) lets a span that lacks every word the
    expression needs skip its scan; the matches are the same.
    """
    found: list[re.Match[str]] = []
    words = required_words(pattern) if folded is not None else None
    leads = leading_words(pattern) if folded is not None else None
    for start, end in spans if spans is not None else [(0, len(text))]:
        if not may_match(words, folded, start, end):
            continue
        for match in _matches_in(pattern, text, folded, leads, start, end):
            if match.start() == 0 or not _inside_word(text, match.start()):
                found.append(match)
    return found


def all_matches(pattern: re.Pattern[str], text: str, folded: str) -> Iterable[re.Match[str]]:
    """What `pattern.finditer(text)` finds, found for less where the expression's words allow.

    `folded` is `literals.folded_page(text)`: a page without any word the expression needs
    has no match, and a match is tried only where one of its leading words starts.
    """
    if not may_match(required_words(pattern), folded, 0, len(text)):
        return []
    return _matches_in(pattern, text, folded, leading_words(pattern), 0, len(text))


def _matches_in(
    pattern: re.Pattern[str],
    text: str,
    folded: str | None,
    leads: tuple[str, ...] | None,
    start: int,
    end: int,
) -> Iterable[re.Match[str]]:
    """What `pattern.finditer(text, start, end)` finds.

    Tried only where one of the leading words starts, when the expression has them and they
    are few enough to cost less than the scan; without them, where its lead expression finds
    a start (`lead_patterns`).
    """
    if folded is not None:
        starts = _starts(pattern, folded, leads, start, end)
        matches = None if starts is None else _matches_at(pattern, text, starts, end)
        if matches is not None:
            return matches
    return pattern.finditer(text, start, end)


def _starts(
    pattern: re.Pattern[str], folded: str, leads: tuple[str, ...] | None, start: int, end: int
) -> list[int] | None:
    """Offsets in [start, end) where a match can start, if few enough to try each."""
    if leads is not None:
        return lead_positions(leads, folded, start, end)
    lead = lead_expression(pattern)
    return None if lead is None else lead_starts(lead, folded, start, end)


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int
) -> list[re.Match[str]] | None:
    """What `pattern.finditer(text, starts[0]..., end)` finds when no match can start elsewhere.

    A scan tries each offset in turn and goes on after a match's end: trying only the offsets
    where a match can start finds the same matches, without the scan's try at every other
    offset. None after an empty match, whose rules for the next try the caller's scan keeps.
    """
    matches = []
    after = 0
    for offset in starts:
        if offset < after:
            continue
        match = pattern.match(text, offset, end)
        if match is None:
            continue
        if match.end() == offset:
            return None
        matches.append(match)
        after = match.end()
    return matches


def _inside_word(text: str, start: int) -> bool:
    """Whether a match at `start` begins within a longer word: a sign ('+', '(-)') never does."""
    return text[start - 1].isalpha() and text[start].isalnum()


@cache
def load_context_rules() -> ContextRules:
    """The context vocabularies from the package, validated."""
    text = (resources.files("extractors.markers") / "context_rules.json").read_text("utf-8")
    return ContextRules.model_validate_json(text)
