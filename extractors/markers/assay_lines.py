"""Lines that state no result: the assay's coverage, controls and limits, and no-calls.

'Mutations tested: KRAS G12A, G12C, G12D ...', 'Detectable mutations: ...', 'The following
EGFR variants are covered: ...', 'Hotspots sought for KRAS: G12C, ...', 'Variants screened:
...', 'Positive control (EGFR L858R): detected',
'Reference standard: ... (KRAS G13D, BRAF V600E at 1-5% VAF) passed', 'Limit of detection: 5%
VAF for BRAF V600E': a label of the assay's own coverage, controls or limits owns the names on
its line, up to the end of its sentence or the next label of a result; they are no results.
A sequencing test's no-call ('MSI: Indeterminate') is none either.
"""

import re
from collections.abc import Iterator

from extractors.markers.line_bounds import end_of_line
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Mention
from extractors.markers.variant_tables import ROW_VARIANT
from schemas.markers import Aspect, Marker

_ASSAY_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t\-•*|]*(?:"
    r"(?:(?:positive|negative|internal|external|run|assay|no[\s\-]template|reference|mutant"
    r"|wild[\s\-]?type)\s+)?controls?"
    r"|reference\s+(?:standards?|materials?|samples?)"
    r"|(?P<coverage>(?:the\s+following\s+(?:[\w\-]+\s+){0,2})?"
    r"(?:mutations?|variants?|hotspots?|alterations?|targets?|codons?)\s+(?:(?:are|is|were)\s+)?"
    r"(?:tested|assessed|covered|targeted|included|interrogated|evaluable|detectable"
    r"|sought|screened|analy[sz]ed|examined|looked\s+for"
    r"|detected\s+by\s+(?:this|the)\s+(?:assay|test|panel|kit))"
    r"|(?:detectable|covered|targeted|tested|assessed|interrogated|screened|analy[sz]ed)\s+"
    r"(?:mutations?|variants?|hotspots?|alterations?|targets?|codons?))"
    r"|limits?\s+of\s+(?:detection|quantitation)|LoD|analytical\s+(?:sensitivity|specificity)"
    r"|(?:assay|test)\s+(?:sensitivity|limitations?|coverage)|limitations?"
    r")\b[^:\n]{0,40}?[ \t]*[:\-–]",
    re.IGNORECASE,
)
# Where the assay's line gives way to the specimen's result.
_RESULT_LABEL = re.compile(
    r"\b(?:results?|interpretation|findings?|conclusion|impression)\s*:|\.(?=\s)", re.IGNORECASE
)


# A verdict after a coverage list, on its line or the next two: the list is the result's. A
# result's label counts with its colon: 'Result could not be assigned' is the test's failure.
_VERDICT_NEAR = compile_tolerant(
    r"\b(?:(?:results?|interpretation)\s*:|not\s+detected|no\s+(?:\w+\s+)?(?:mutations?|variants?)"
    r"|none|negative|wild[\s\-]?type|detected|identified|found|positive)\b",
    re.IGNORECASE,
)
_FOLLOWING_LINES = 2


def _lines_on(text: str, line_end: int) -> int:
    """The end of the lines after line_end, up to _FOLLOWING_LINES of them."""
    end = line_end
    for _ in range(_FOLLOWING_LINES):
        if end >= len(text):
            break
        end = end_of_line(text, end + 1)
    return end


def _assay_labels(text: str) -> Iterator[tuple[re.Match[str], int, bool]]:
    """Each assay label, where its own words end, and whether it is a list the verdict follows.

    Its words end at its line's end or at a result's label on the line; a coverage list with a
    verdict on its line or the next two ('Mutations tested: KRAS G12A, ...' / 'Result: no
    mutation detected') gives its genes to the verdict.
    """
    for label in _ASSAY_LABEL.finditer(text):
        line_end = end_of_line(text, label.end())
        verdict_follows = bool(label.group("coverage")) and bool(
            _VERDICT_NEAR.search(text, label.end(), _lines_on(text, line_end))
        )
        stop = _RESULT_LABEL.search(text, label.end(), line_end)
        yield label, stop.start() if stop else line_end, verdict_follows


def assay_line_mentions(text: str, mentions: list[Mention]) -> set[int]:
    """The mentions that stand in a line about the assay itself."""
    owned: set[int] = set()
    for label, end, implied_only in _assay_labels(text):
        # 'Mutations tested: KRAS G12A, ...' / 'Result: no mutation detected': the list's genes
        # are the verdict's; only its variants ('L858R', 'KRAS G12A') are no results
        owned.update(
            i
            for i, m in enumerate(mentions)
            if label.start() <= m.start < end
            and m.end <= end
            and (m.implied or m.name_end is not None or not implied_only)
        )
    return owned


def without_covered_changes(text: str) -> str:
    """The text with the changes of a coverage list that a verdict follows blanked out.

    covered_changes_are_no_findings: 'Mutations tested: KRAS G12A, G12C, G12D' over 'Result: no
    mutation detected' names what the assay looks for; read as written, 'KRAS G12A' is a
    finding. The changes give way to spaces (the text keeps its length, so every offset holds)
    and the gene is the verdict's; a list with no verdict near is owned whole
    (assay_line_mentions) and its changes stay as written.
    """
    if not any(c.isdigit() for c in text):
        return text
    chars = list(text)
    for label, end, verdict_follows in _assay_labels(text):
        if not verdict_follows:
            continue
        for change in ROW_VARIANT.finditer(text, label.end(), end):
            chars[change.start() : change.end()] = " " * (change.end() - change.start())
    return "".join(chars)


# A sequencing test that made no call: 'MSI: Indeterminate', 'TMB: not evaluable', 'ALK fusion:
# inconclusive'. The test failed for this marker (LABELS.md: no label); an ISH's 'indeterminate'
# copy number is left to the statement reader.
_NO_CALL = compile_tolerant(
    r"[^\n:]{0,40}?[ \t]*[:\-–][ \t]*(?:indeterminate|inconclusive|no[ \t]+call|not[ \t]+evaluable"
    r"|unable[ \t]+to[ \t]+(?:determine|assess)|equivocal[ \t]*\((?:insufficient|low)[^)\n]*\))"
    r"\b(?![ \t]*(?:for|of)\b)",
    re.IGNORECASE,
)
_COPY_WORDS = re.compile(r"amplif|copy|\bI?SH\b|FISH|CISH|ratio|signals?", re.IGNORECASE)
_CALLED_ASPECTS = (Aspect.SIGNATURE, Aspect.MUTATION, Aspect.FUSION)


def no_call_mentions(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules]
) -> set[int]:
    """The signature, mutation and fusion names whose own line says the test made no call."""
    owned: set[int] = set()
    for index, mention in enumerate(mentions):
        if rules[mention.marker].default_aspect not in _CALLED_ASPECTS:
            continue
        call = _NO_CALL.match(text, mention.end)
        if call is None or _COPY_WORDS.search(text, mention.start, call.end()):
            continue
        owned.add(index)
    return owned
