"""A verdict that 'both' states, for the two markers the sentences just before it name.

'Staining for oestrogen and progesterone receptors was done on block B. Both are positive.'
and 'ER and PR immunostains were reviewed; they are both negative.' give each of the two
markers the verdict; word by word, neither name had one, the verdict being a sentence away.

The verdict must end its sentence ('Both are negative for tumour' is of lymph nodes), the
'both' sentence must name no marker itself, and the sentences it points back to, the nearest
ones that name markers, must name exactly two.
"""

import re
from collections.abc import Iterator

from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Marker, Status

# OCR's stray line-end dot may split the verdict from its verb: 'interpreted as. negative'.
_GAP = r"[\s.]+"
_VERB = rf"(?:are|were){_GAP}(?:(?:interpreted|considered|reported|read|scored){_GAP}as{_GAP})?"
_NOUN = r"(?:receptors|stains|immunostains|markers|studies)"
_BOTH = re.compile(
    rf"(?:\bboth{_GAP}(?:{_NOUN}{_GAP})?{_VERB}"
    rf"|\b(?:they|these|which){_GAP}(?:are|were){_GAP}both{_GAP}"
    rf"(?:(?:interpreted|considered|reported|read|scored){_GAP}as{_GAP})?)"
    r"(?P<verdict>positive|negative)(?=[ \t]*(?:[.;(\n]|$))",
    re.IGNORECASE,
)
_STATUS = {"positive": Status.POSITIVE, "negative": Status.NEGATIVE}
# How far back the two names may be, and the sentence ends that the search steps over.
_REACH = 400
_SENTENCE_END = re.compile(r"\.(?=\s)|;|\n[ \t]*\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def read_shared_verdicts(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules]
) -> Iterator[Finding]:
    """Each of two markers named just before a 'both are <verdict>' sentence, with the verdict."""
    for match in _BOTH.finditer(text):
        sentence_start = _last_sentence_end(text, max(0, match.start() - _REACH), match.start())
        if any(sentence_start <= m.start < match.start() and not m.implied for m in mentions):
            continue  # 'Both ER and PR are positive' is read word by word
        named = _pointed_back_to(text, mentions, sentence_start)
        if named is None:
            continue
        status = _STATUS[match.group("verdict").lower()]
        for mention in named:
            if Aspect.EXPRESSION not in rules[mention.marker].aspects:
                break  # genes' 'both negative' may be of mutations or of stains: left alone
        else:
            for mention in named:
                yield Finding(mention.marker, Aspect.EXPRESSION, status, mention.start, match.end())


def _last_sentence_end(text: str, low: int, high: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
    return ends[-1] if ends else low


def _pointed_back_to(text: str, mentions: list[Mention], before: int) -> list[Mention] | None:
    """The first mention of each of the two markers the nearest naming sentences name."""
    low = max(0, before - _REACH)
    paragraph = [m.end() for m in _PARAGRAPH_END.finditer(text, low, before)]
    low = paragraph[-1] if paragraph else low
    named = [m for m in mentions if low <= m.start < before and not m.implied]
    if not named:
        return None
    # The sentences that name markers, nearest first, until two markers are named.
    markers: dict[Marker, Mention] = {}
    end = before
    while named and len(markers) < 2:
        start = _last_sentence_end(text, low, max(low, named[-1].start))
        in_sentence = [m for m in named if m.start >= start]
        named = [m for m in named if m.start < start]
        for mention in in_sentence:
            markers.setdefault(mention.marker, mention)
        if text.count(".", in_sentence[-1].end, end) > 3:
            return None  # too many sentences between the names and 'both'
        end = start
    if len(markers) != 2:
        return None
    return sorted(markers.values(), key=lambda m: m.start)
