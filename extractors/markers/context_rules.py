"""The words that decide a result's status and context, as data checked when loaded."""

import re
from enum import StrEnum
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from extractors.markers.literals import may_match, required_words
from schemas.markers import Aspect, Status


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


class ExclusionScope(StrEnum):
    """How far an exclusion reaches: the marker's own window or its whole statement."""

    WINDOW = "window"
    STATEMENT = "statement"


class StatusCue(BaseModel):
    """Words that state a status, e.g. 'not detected' (negative, after the marker)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    status: Status
    direction: CueDirection
    aspect: Aspect | None = Field(default=None, description="Aspect the words imply, if any.")
    weak: bool = Field(
        default=False, description="Words (expression, present) that yield to a verdict nearby."
    )
    speaks_for_scored_markers: bool = Field(
        default=True, description="False for words (intensity) that never decide HER2's status."
    )


class Exclusion(BaseModel):
    """Words that make a statement or window state no result."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    reason: ExclusionReason
    scope: ExclusionScope


class AspectWords(BaseModel):
    """Words that say which aspect a test looked at."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    aspect: Aspect


class ContextRules(BaseModel):
    """All context vocabularies, as they are stored in context_rules.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status_cues: list[StatusCue]
    exclusions: list[Exclusion]
    historical: list[str]
    amended: list[str]
    aspect_words: list[AspectWords]
    excluded_sections: list[str] = Field(
        description="Headings whose section states no result (BACKGROUND, METHODS, ...)."
    )


def compile_words(pattern: str) -> re.Pattern[str]:
    """Compile a vocabulary expression case-insensitively; see `whole_words` for the start.

    A match ends a word: no letter follows, except a capital after a small letter, where OCR
    lost the space between two words ('positiveCl', 'negativeIn').
    """
    return re.compile(rf"(?:{pattern}){_WORD_END}", re.IGNORECASE)


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
    found = []
    words = required_words(pattern) if folded is not None else None
    for start, end in spans if spans is not None else [(0, len(text))]:
        if not may_match(words, folded, start, end):
            continue
        for match in pattern.finditer(text, start, end):
            if match.start() == 0 or not text[match.start() - 1].isalpha():
                found.append(match)
    return found


@cache
def load_context_rules() -> ContextRules:
    """The context vocabularies from the package, validated."""
    text = (resources.files("extractors.markers") / "context_rules.json").read_text("utf-8")
    return ContextRules.model_validate_json(text)
