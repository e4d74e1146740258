"""Words that speak of a stain's controls, whose verdict words state no result of the tumour.

'(Benign ducts) appropriately positive', 'normal epithelium serves as internal positive
control', 'external control stains as expected': the 'positive' in them is the control's, so
no status cue is taken from inside them. The phrases live in control_phrases.json, each with
a name and examples run as tests.
"""

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from extractors.markers.context_rules import NamedRule, compile_words, whole_words
from extractors.markers.spans import Region


class ControlPhrases(BaseModel):
    """control_phrases.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    control_phrases: list[NamedRule]


@cache
def load_control_phrases() -> ControlPhrases:
    """The control phrases from the package, validated."""
    text = (resources.files("extractors.markers") / "control_phrases.json").read_text("utf-8")
    return ControlPhrases.model_validate_json(text)


def control_phrases(
    text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None
) -> list[Region]:
    """Every stretch of the page (within the spans, if given) that speaks of a control."""
    return [
        Region(m.start(), m.end(), "control")
        for pattern in _patterns()
        for m in whole_words(pattern, text, spans, folded)
        if m.end() > m.start()
    ]


@cache
def _patterns() -> list[re.Pattern[str]]:
    """One expression per phrase: each finds its own longest stretch, however they overlap."""
    return [compile_words(rule.pattern) for rule in load_control_phrases().control_phrases]
