"""Lines that describe the assay, not the specimen: what it covers, its controls, its limits.

'Mutations tested: KRAS G12A, G12C, G12D ...', 'Positive control (EGFR L858R): detected',
'Reference standard: ... (KRAS G13D, BRAF V600E at 1-5% VAF) passed', 'Limit of detection: 5%
VAF for BRAF V600E': a label of the assay's own coverage, controls or limits owns the names on
its line, up to the end of its sentence or the next label of a result; they are no results.
"""

import re

from extractors.markers.spans import Mention

_ASSAY_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t\-•*|]*(?:"
    r"(?:(?:positive|negative|internal|external|run|assay|no[\s\-]template|reference|mutant"
    r"|wild[\s\-]?type)\s+)?controls?"
    r"|reference\s+(?:standards?|materials?|samples?)"
    r"|(?:mutations?|variants?|hotspots?|alterations?|targets?|codons?|regions?|exons?)\s+"
    r"(?:tested|assessed|covered|targeted|included|interrogated|evaluable|detectable"
    r"|detected\s+by\s+(?:this|the)\s+(?:assay|test|panel|kit))"
    r"|limits?\s+of\s+(?:detection|quantitation)|LoD|analytical\s+(?:sensitivity|specificity)"
    r"|(?:assay|test)\s+(?:sensitivity|limitations?|coverage)|limitations?"
    r")\b[^:\n]{0,40}?[ \t]*[:\-–]",
    re.IGNORECASE,
)
# Where the assay's line gives way to the specimen's result.
_RESULT_LABEL = re.compile(
    r"\b(?:results?|interpretation|findings?|conclusion|impression)\s*:|\.(?=\s)", re.IGNORECASE
)


def assay_line_mentions(text: str, mentions: list[Mention]) -> set[int]:
    """The mentions that stand in a line about the assay itself."""
    owned: set[int] = set()
    for label in _ASSAY_LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end == -1 else line_end
        stop = _RESULT_LABEL.search(text, label.end(), line_end)
        end = stop.start() if stop else line_end
        owned.update(
            i for i, m in enumerate(mentions) if label.start() <= m.start < end and m.end <= end
        )
    return owned
