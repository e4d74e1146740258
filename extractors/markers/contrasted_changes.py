"""Changes read against the denial beside them in one sentence.

'EGFR: no mutation in exon 19, but L858R was detected in exon 21' and 'BRAF: no mutation at
codon 600; however K601E detected' deny a change at one place and state one found at another:
the gene's mutation is the change found. The denial alone ('no mutation in exon 19') is read
first, as a gene's negative; the clause after the contrast word turns it. A clause that
names another gene ('no EGFR mutation, but KRAS G12C detected') or a change of no
significance ('but a variant of uncertain significance was found') leaves the denial as it is.
Changes listed by their exons before one denial of them all are none of them found
(`changes_denied_after_their_list`).
"""

import re
from dataclasses import replace

from extractors.markers.alterations import normalise_alteration
from extractors.markers.change_verdicts import CHANGE
from extractors.markers.line_bounds import start_of_line
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Status

# The denial names where it looked: an exon, a codon, a hotspot or a change.

_LOCUS = re.compile(rf"(?i:\b(?:exons?|codons?|hotspots?|kinase[ \t]domain)\b)|{CHANGE}")
_CONTRAST = re.compile(r"[,;]?[ \t\n]*\b(?:but|however|whereas|although|though)\b,?", re.I)
_FOUND = r"(?i:detected|identified|found|present|seen|noted)"
# The found clause, within one sentence: the change then its verb, or the verb then the change.
_GAP = r"(?:[^.;\n]|\n(?!\n))"
_CLAUSE = re.compile(
    rf"{_GAP}{{0,60}}?(?P<change>{CHANGE}){_GAP}{{0,50}}?\b{_FOUND}\b"
    rf"|{_GAP}{{0,40}}?\b{_FOUND}\b{_GAP}{{0,40}}?(?P<after>{CHANGE})"
)
_NO_SIGNIFICANCE = re.compile(
    r"\b(?:unknown|uncertain|undetermined)\s+significance\b|\bVUS\b|\bbenign\b|\bpolymorphism"
    r"|\bsynonymous\b|\bgermline\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n[ \t]*\n")
_REACH = 160  # from the denial's start to its contrast word


def contrasted_changes(text: str, mentions: list[Mention], found: list[Finding]) -> list[Finding]:
    """The findings, each locus-limited denial followed by a found change turned positive."""
    turned = []
    for finding in found:
        if finding.aspect is not Aspect.MUTATION or finding.status is not Status.NEGATIVE:
            turned.append(finding)
            continue
        turned.append(_turned(text, mentions, finding) or finding)
    return turned


def _turned(text: str, mentions: list[Mention], finding: Finding) -> Finding | None:
    sentence_end = _sentence_end(text, finding.start)
    window = text[finding.start : min(sentence_end, finding.start + _REACH)]
    contrast = _CONTRAST.search(window)
    if contrast is None or not _LOCUS.search(window, 0, contrast.start()):
        return None
    start = finding.start + contrast.end()
    clause = _CLAUSE.match(text, start, sentence_end)
    if clause is None or _NO_SIGNIFICANCE.search(clause.group(0)):
        return None
    change = clause["change"] or clause["after"]
    if any(
        m.marker is not finding.marker and start <= m.start < clause.end() and not m.implied
        for m in mentions
    ):
        return None  # the found change is another gene's
    return replace(
        finding,
        status=Status.POSITIVE,
        alteration=normalise_alteration(change),
        end=max(finding.end, clause.end()),
    )


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence from start ends: a full stop before a space, or a blank line."""
    match = _SENTENCE_END.search(text, start)
    return match.start() if match else len(text)


# A denial of the changes listed before it, closing their sentence: '... mutations were not
# detected', 'variants are not identified'.
_DENIAL_AFTER = re.compile(
    r"\b(?:mutations?|variants?|alterations?|changes?)[ \t\n]+(?:(?:was|were|is|are)[ \t\n]+)?"
    r"not[ \t\n]+(?:detected|identified|found|present|seen)\b",
    re.IGNORECASE,
)
_FOUND_BETWEEN = re.compile(
    r"\b(?:detected|identified|found|present|positive)\b(?![ \t]*(?:in[ \t]+)?\()",
    re.IGNORECASE,
)


def changes_denied_after_their_list(text: str, found: list[Finding]) -> list[Finding]:
    """The findings without the changes a later denial in their sentence covers.

    changes_listed_by_exon_then_denied: 'Exon 18 (G719X), exon 20 (T790M, S768I, insertions)
    and exon 21 (L858R, L861Q) mutations were not detected' names the changes tested, each
    in its exon's bracket, and denies them all at the sentence's end; a change alone had been
    read as found. Only a change in brackets, with no word of finding between it and the
    denial.
    """
    kept = []
    for finding in found:
        if (
            finding.aspect is Aspect.MUTATION
            and finding.status is Status.POSITIVE
            and finding.alteration is not None
            and _in_a_bracket(text, finding.start)
        ):
            end = _sentence_end(text, finding.end)
            denial = _DENIAL_AFTER.search(text, finding.end, end)
            if denial and not _FOUND_BETWEEN.search(text, finding.end, denial.start()):
                continue
        kept.append(finding)
    return kept


def _in_a_bracket(text: str, offset: int) -> bool:
    """Whether an open bracket on the offset's line stands before it, not yet closed."""
    before = text[start_of_line(text, offset) : offset]
    return before.count("(") > before.count(")")
