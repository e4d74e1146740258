"""A line that states a TMB value and the laboratory's cut-off for high beside it.

'TMB 5.3 mut/Mb   Cut-off for high: 10 mut/Mb', 'TMB: 6 Muts/Mb; TMB-High cutoff 10',
'TMB 27 mut/Mb (high if >= 10 mut/Mb)', 'TMB 3 mut/Mb, low (the cut-off for high TMB is 10
mut/Mb)': the word 'high' in the cut-off names the band the number bounds, not the result.
The result is the band the report gives the value beside it ('4 mut/Mb - Low'), else the
value read against the cut-off (LABELS.md: high is positive and low negative where a cut-off
is stated). Every TMB name inside the cut-off's words belongs to the line too ('TMB-High
cutoff'). A reference range beside the value ('2.5 mut/Mb (ref. 0-9.9)') is the band that is
not high: a value over its upper bound is high.
"""

import re

from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import StatedValues
from schemas.markers import Aspect, Marker, Status

# decimal_comma_in_a_burden: '6,2 mut/Mb' is 6.2 (a thousands comma has three digits)
_NUMBER = r"(\d+(?:\.\d+|,\d{1,2}(?!\d))?)"
_UNIT = r"(?:[ \t]*(?:mut\w*|m|variants?)?[ \t]*(?:/|per|pro)[ \t]*(?:Mb|megabases?))"
_BOUND = r"(?:[<>≥≤]=?|at[ \t]+least|(?:more|greater)[ \t]+than)?"
# another signature's band is none of the burden's: 'MSI-High when 20% of loci are unstable'
_HIGH = r"(?:TMB[ \t\-]?H\b|(?:TMB[ \t\-]?)?(?<!MSI[ \t\-])(?<!MS[ \t\-])(?:high|hoch))"
# The band's word before the name: 'cut-off for high TMB', 'threshold of elevated TMB'.
_HIGH_FIRST = r"(?:high|elevated)[ \t]+TMB\b"
# The cut-off for high in the words laboratories print it in; its number is group 'cut'.
_CUTOFF = re.compile(
    rf"(?:{_HIGH}[ \t]+)?(?:cut[\s\-]?off|threshold|Grenzwert|Schwellenwert)"
    rf"(?:[ \t]+(?:for|of)[ \t]+(?:{_HIGH_FIRST}|{_HIGH}))?"
    rf"[ \t:=]*\n?[ \t:=]*(?:(?:of|is|at)[ \t]+)?{_BOUND}[ \t]*(?P<cut>\d+(?:\.\d+)?){_UNIT}?"
    rf"|{_HIGH}[ \t]*(?:if|at|when|is|[:=])?[ \t]*(?:(?:defined[ \t]+as|TMB)[ \t]*)?"
    rf"(?=[<>≥≤]|at[ \t]+least|(?:more|greater)[ \t]+than|(?<=[fnts:=])[ \t]*\d)"
    rf"{_BOUND}[ \t]*(?P<cut2>\d+(?:\.\d+)?)"
    rf"{_UNIT}?(?:[ \t]+or[ \t]+(?:more|greater|higher|above))?"
    rf"|(?:[<>≥≤]=?)[ \t]*(?P<cut3>\d+(?:\.\d+)?){_UNIT}?[ \t]*(?:(?:is|are|=|:)[ \t]*)?"
    rf"(?:considered[ \t]+)?{_HIGH}"
    # reference_range_beside_a_burden: '(ref. 0-9.9)', 'reference range 0 - 10 mut/Mb', 'normal
    # range: 0-5': the range a burden is not high in; over its upper bound is high
    rf"|(?:ref(?:erence)?\.?(?:[ \t]+(?:range|interval|values?))?|normal[ \t]+range)[ \t:=]*"
    rf"\d+(?:\.\d+)?[ \t]*[\-–][ \t]*(?P<ref>\d+(?:\.\d+)?){_UNIT}?",
    re.IGNORECASE,
)
# A bare bound ('>=10 Muts/Mb') is a cut-off under a column that names the threshold.
_BARE_BOUND = re.compile(r"(?<![\w.])[<>≥≤]=?[ \t]*(?P<cut4>\d+(?:\.\d+)?)" + _UNIT + "?")
_THRESHOLD_COLUMN = re.compile(r"\b(?:threshold|cut[\s\-]?off|reference)\b", re.IGNORECASE)
_VALUE = re.compile(rf"(?<![<>≤≥=\d.,])(?<![<>≤≥=][ \t]){_NUMBER}{_UNIT}", re.IGNORECASE)
# not_high_beside_a_cutoff: a band denied ('not high', 'non-high') is the other band.
_BAND = re.compile(
    r"(?<![A-Za-z])(?P<denied>(?:not|non)[ \t\-]+)?"
    r"(?:TMB[ \t\-]?H(?:igh)?|TMB[ \t\-]?L(?:ow)?|high|low|intermediate|elevated"
    r"|hoch|niedrig|erh(?:ö|oe?)ht)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_STRICT = re.compile(r">(?!=)|\b(?:more|greater)[ \t]+than\b", re.IGNORECASE)
_NEGATIVE_BAND = re.compile(r"L|low|intermediate|niedrig", re.IGNORECASE)


def read_tmb_cutoff_lines(
    text: str, mentions: list[Mention], owned: set[int]
) -> list[tuple[list[int], Finding]]:
    """The TMB result of every line with a value and a cut-off for high, with its mentions."""
    found: list[tuple[list[int], Finding]] = []
    done: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.marker is not Marker.TMB or index in owned or index in done:
            continue
        line_end = end_of_line(text, mention.end)
        if text.count("(", mention.start, line_end) > text.count(")", mention.start, line_end):
            # cutoff_wrapped_in_its_bracket: '14 Muts/Mb - TMB-High (cut-off' / '>=10)'
            line_end = end_of_line(text, min(line_end + 1, len(text)))
        cutoffs = list(_CUTOFF.finditer(text, mention.start, line_end))
        cutoffs = [c for c in cutoffs if c.start() >= mention.end or c.end() > mention.end]
        if not cutoffs and _THRESHOLD_COLUMN.search(_line_above(text, mention.start)):
            cutoffs = list(_BARE_BOUND.finditer(text, mention.end, line_end))
        if not cutoffs:
            continue
        value = next(
            (v for v in _VALUE.finditer(text, mention.end, line_end) if not _inside(v, cutoffs)),
            None,
        )
        if value is None:
            continue
        band = next(
            (b for b in _BAND.finditer(text, mention.end, line_end) if not _inside(b, cutoffs)),
            None,
        )
        status = _band_status(band) if band else _against(value, cutoffs[0])
        line = [
            i
            for i, m in enumerate(mentions)
            if m.marker is Marker.TMB and mention.start <= m.start < line_end and i not in owned
        ]
        done.update(line)
        values = StatedValues(values=[f"{value.group(1).replace(',', '.')} mut/Mb"])
        end = max(value.end(), band.end() if band else 0)
        finding = Finding(Marker.TMB, Aspect.SIGNATURE, status, mention.start, end, values)
        found.append((line, finding))
    return found


def _line_above(text: str, start: int) -> str:
    """The table's header line, if the row stands right under it: the line above."""
    line_start = start_of_line(text, start)
    above = start_of_line(text, max(0, line_start - 1))
    return text[above : max(above, line_start - 1)]


def _inside(match: re.Match[str], spans: list[re.Match[str]]) -> bool:
    return any(s.start() <= match.start() < s.end() for s in spans)


def _band_status(band: re.Match[str]) -> Status:
    word = band.group(0)[len(band.group("denied") or "") :]
    word = re.sub(r"^TMB[ \t\-]?", "", word, flags=re.IGNORECASE)
    low = _NEGATIVE_BAND.fullmatch(word) is not None
    if band.group("denied"):
        low = not low
    return Status.NEGATIVE if low else Status.POSITIVE


def _against(value: re.Match[str], cutoff: re.Match[str]) -> Status:
    bound = float(next(group for group in cutoff.groupdict().values() if group))
    amount = float(value.group(1).replace(",", "."))
    # a strict bound ('> 10', 'more than 10') leaves a value on it under the cut-off
    strict = _STRICT.search(cutoff.group(0)) or cutoff.groupdict().get("ref")
    over = amount > bound if strict else amount >= bound
    return Status.POSITIVE if over else Status.NEGATIVE
