"""spaCy component that marks status cues, exclusions, aspects and statement boundaries."""

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.markers.context_rules import ContextRules, compile_words, load_context_rules
from extractors.markers.spans import Cue, Region, longest_first

for _name in ("status_cues", "exclusions", "aspect_words", "statements", "flags"):
    Doc.set_extension(_name, default=None, force=True)

# A statement ends at a blank line, a semicolon, a full stop before a capital, or a new line
# that starts a bullet, a lettered or numbered item, or a 'Key:' line.
_HARD_BREAK = re.compile(
    r"\n\s*\n|;|\n(?=\s*(?:[-•*]\s|\(?[A-Za-z0-9]{1,2}[.)]\s|[A-Z][\w\-/ ().#]{0,40}:))"
)
_PERIOD_BREAK = re.compile(r"(?<![A-Z])(?<!\b[Dd]r)(?<!e\.g)(?<!\bvs)\.\s+(?=[A-Z0-9(\-])")


class ContextFinder:
    """Marks what is said about markers, for the statement reader to decide on."""

    def __init__(self, rules: ContextRules) -> None:
        self._cues = [(compile_words(c.pattern), c) for c in rules.status_cues]
        self._exclusions = [(compile_words(e.pattern), e) for e in rules.exclusions]
        self._aspects = [(compile_words(a.pattern), a.aspect) for a in rules.aspect_words]
        self._historical = compile_words("|".join(rules.historical))
        self._amended = compile_words("|".join(rules.amended))

    def __call__(self, doc: Doc) -> Doc:
        """Leave cues, exclusions, aspect words and statements on the doc."""
        text = doc.text
        doc._.status_cues = longest_first(
            [
                Cue(m.start(), m.end(), cue.status, cue.direction.value, cue.aspect)
                for pattern, cue in self._cues
                for m in pattern.finditer(text)
                if m.end() > m.start()
            ]
        )
        doc._.exclusions = [
            Region(m.start(), m.end(), f"{rule.scope.value}:{rule.reason.value}")
            for pattern, rule in self._exclusions
            for m in pattern.finditer(text)
        ]
        doc._.aspect_words = [
            Region(m.start(), m.end(), aspect.value)
            for pattern, aspect in self._aspects
            for m in pattern.finditer(text)
        ]
        doc._.flags = [
            Region(m.start(), m.end(), "historical") for m in self._historical.finditer(text)
        ]
        doc._.flags += [Region(m.start(), m.end(), "amended") for m in self._amended.finditer(text)]
        doc._.statements = statement_breaks(text)
        return doc


def statement_breaks(text: str) -> list[tuple[int, str]]:
    """Sorted (offset, kind) of every statement boundary: 'hard' or 'period'."""
    breaks = [(m.start(), "hard") for m in _HARD_BREAK.finditer(text)]
    breaks += [(m.start(), "period") for m in _PERIOD_BREAK.finditer(text)]
    return sorted(breaks)


@Language.factory("markerflow_context")
def make_context_finder(nlp: Language, name: str) -> ContextFinder:
    """The context finder, built from the packaged context rules."""
    return ContextFinder(load_context_rules())
