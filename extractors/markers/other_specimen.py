"""Results of another specimen, quoted in a clause of their own beside this specimen's.

'In contrast to the prior biopsy, which was ER positive, the current tumour is ER negative'
and 'ER: negative (the 2019 biopsy was ER positive)': the clause that names the earlier
specimen states its result, not this one's. Such a finding is marked historical, and dropped
where this specimen's own finding for the same marker and aspect states another status.
"""

import re

from extractors.markers.spans import Finding

# A specimen or report other than this one: 'the prior biopsy', 'her previous breast
# carcinoma', 'the 2019 core biopsy', 'the outside report', "the patient's prior core biopsy"
# (the patient's possessive stands for 'her' or 'his').
_OTHER = re.compile(
    r"\b(?:the|a|an|her|his|their|patient[’']s)\s+"
    r"(?:prior|previous|earlier|original|outside|initial|(?:19|20)\d\d)\s+"
    r"(?:[a-z]+\s+)?(?:biopsy|biopsies|specimen|tumou?r|resection|report"
    r"|result|excision|carcinoma|cancer)\b",
    re.IGNORECASE,
)
# The clause ends at the close of a bracket it stands in, ';', a sentence's end or a comma
# that opens a clause about another subject ('..., the current tumour is ...'); a comma in a
# list of results ('ER positive, PR positive') or before 'which' keeps it going.
_CLAUSE_END = re.compile(
    r"[;()\n]|\.(?:\s|$)|,(?=\s*(?:the|this|these|current|present|now|whereas|while|but"
    r"|however|although|it|we)\b)",
    re.IGNORECASE,
)
# Words that tie a result before them to the specimen named after: 'ER positive on the ...'.
_TIED_BEFORE = re.compile(r"\b(?:on|in|from|at)\s+$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;(\n]|\.\s")


def quoted_other_specimens(text: str, found: list[Finding]) -> list[Finding]:
    """The findings, those of another specimen's clause marked or dropped."""
    regions = [_clause(text, other) for other in _OTHER.finditer(text)]
    if not regions:
        return found
    quoted = [f for f in found if any(low <= f.start < high for low, high in regions)]
    if not quoted:
        return found
    own = {(f.marker, f.aspect, f.status) for f in found if f not in quoted}
    own_keys = {(marker, aspect) for marker, aspect, _ in own}
    kept = []
    for finding in found:
        if finding in quoted:
            key = (finding.marker, finding.aspect)
            if key in own_keys and (*key, finding.status) not in own:
                continue  # this specimen's own result for the marker says otherwise
            finding.historical = True
        kept.append(finding)
    return kept


def _clause(text: str, other: re.Match[str]) -> tuple[int, int]:
    """The words that speak of the other specimen: its clause, and a result tied before it."""
    depth, position, high = 0, other.end(), len(text)
    while (end := _CLAUSE_END.search(text, position)) is not None:
        position = end.end()
        if end.group(0) == "(":
            depth += 1  # 'the prior carcinoma (2015) was ...': the bracket is the clause's
        elif end.group(0) == ")" and depth:
            depth -= 1
        else:
            high = end.start()
            break
    low = other.start()
    if _TIED_BEFORE.search(text, max(0, low - 6), low):
        starts = list(_CLAUSE_START.finditer(text, max(0, low - 120), low))
        low = starts[-1].end() if starts else max(0, low - 120)
    return low, high
