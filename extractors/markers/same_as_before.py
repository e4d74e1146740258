"""A name whose result is said to be the same as the one stated just before it.

'MLH1 shows retained nuclear staining. The same is true of MSH2.', 'MSH6 shows loss of
expression; so does MSH2' and 'ER is strongly positive, as is PR' give the second name the
first one's result: its aspect and status, not its numbers (a share or a score is the first
stain's own). The result before must stand within the reach below and be of an aspect the
second marker has; a name the page's reading already read, or silenced, is left alone.
"""

import re
from dataclasses import replace

from extractors.markers.rules import rules_by_marker
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import StatedValues

_SAME_BEFORE_NAME = re.compile(
    r"(?:\bthe[ \t\n]+same[ \t\n]+(?:is[ \t\n]+true|holds(?:[ \t\n]+true)?|applies|goes)"
    r"[ \t\n]+(?:of|for|to)|[;,][ \t\n]*(?:as|so)[ \t\n]+(?:does|do|is|are|did|was|were))"
    r"[ \t\n]+(?:the[ \t\n]+)?$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 40  # characters before the name that may hold the words above
_REACH = 300  # from the result before to the name


def same_as_before(
    text: str, mentions: list[Mention], found: list[Finding], silenced: set[int]
) -> list[Finding]:
    """The findings, with one for each name said to share the result just before it."""
    rules = rules_by_marker()
    added = []
    for index, mention in enumerate(mentions):
        if index in silenced or mention.implied:
            continue
        # the words before the name first: a scan of the page's findings for every name took
        # time in the product of the two on a page of many results
        same = _SAME_BEFORE_NAME.search(text, max(0, mention.start - _LOOK_BEHIND), mention.start)
        if same is None or any(f.start <= mention.start < f.end for f in found):
            continue
        before = [
            f
            for f in found
            if f.end <= mention.start
            and mention.start - f.end <= _REACH
            and f.marker is not mention.marker
        ]
        if not before:
            continue
        last = max(before, key=lambda f: f.end)
        if last.aspect not in rules[mention.marker].aspects:
            continue
        added.append(
            replace(
                last,
                marker=mention.marker,
                start=same.start(),  # the evidence quotes the words that say so
                end=mention.end,
                values=StatedValues(),
                alteration=None,
                inferred=False,
            )
        )
    return found + added
