"""A gene's changes named one after another, each with its own verdict, on the gene's line.

'KRAS G12C: not detected; G12D: detected', 'PIK3CA E545K: negative, H1047R: positive',
'KRAS: no G12C; G12D detected' and 'EGFR: no exon 19 deletion; L858R detected' state one gene's
result change by change: a detected change is the gene's mutation, whatever the verdicts of the
changes before it; if none was found, the gene has none of them.
"""

import re

from extractors.markers.alterations import normalise_alteration
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.rules import rules_by_marker
from extractors.markers.spans import Finding, Mention
from extractors.markers.variant_tables import ROW_VARIANT
from schemas.markers import Aspect, Status

# A named class of change stands for its variants: 'EGFR: no exon 19 deletion; L858R detected'.
_EXON_CLASS = (
    r"(?i:\bexon[ \t]?\d{1,2}[ \t]+(?:in-?frame[ \t]+)?"
    r"(?:deletions?|insertions?|skipping|duplications?))"
)
CHANGE = rf"(?:{ROW_VARIANT.pattern}|{_EXON_CLASS})"
_PAIR = re.compile(
    rf"(?:[ \t]*+[;,:])?[ \t]*+(?:(?i:no)[ \t]+(?P<denied>{CHANGE})(?=[ \t]*[;,])"
    rf"|(?P<change>{CHANGE})[ \t]*(?:[:=\-–][ \t]*)?"
    r"(?P<verdict>(?i:not[ \t]+(?:detected|identified|found)|detected|identified|found"
    r"|positive|negative|absent|present))\b)"
)
_FOUND = compile_tolerant(r"detected|identified|found|positive|present", re.IGNORECASE)
_NEGATED = compile_tolerant(r"not\b|negative|absent", re.IGNORECASE)
_PAIRS = 2


def read_change_verdicts(
    text: str, mentions: list[Mention], owned: set[int]
) -> list[tuple[int, Finding]]:
    """The findings of each gene whose line names two or more changes with their verdicts."""
    rules = rules_by_marker()
    found: list[tuple[int, Finding]] = []
    for index, mention in enumerate(mentions):
        if index in owned or mention.implied:
            continue
        if Aspect.MUTATION not in rules[mention.marker].aspects:
            continue
        position = mention.name_end if mention.name_end is not None else mention.end
        pairs = []
        while (pair := _PAIR.match(text, position)) is not None:
            pairs.append(pair)
            position = pair.end()
        if len(pairs) < _PAIRS:
            continue
        detected = [
            p
            for p in pairs
            if p["verdict"] and _FOUND.search(p["verdict"]) and not _NEGATED.match(p["verdict"])
        ]
        for pair in detected:
            found.append((index, _finding(mention, Status.POSITIVE, pair.start("change"), pair)))
        if not detected:
            found.append((index, _finding(mention, Status.NEGATIVE, mention.start, pairs[-1])))
    return found


def _finding(mention: Mention, status: Status, start: int, pair: re.Match[str]) -> Finding:
    alteration = normalise_alteration(pair["change"]) if status is Status.POSITIVE else None
    return Finding(
        marker=mention.marker,
        aspect=Aspect.MUTATION,
        status=status,
        start=min(mention.start, start),
        end=pair.end(),
        alteration=alteration,
    )
