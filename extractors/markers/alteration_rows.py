"""Rows of a sequencing report that state a gene's amplification, deletion or named fusion.

'MET  Amplification  CN 12', 'ERBB2 amplification (copy number 9)': an amplification with its
copy number is a finding, whatever column the number stands in; 'EML4-ALK  Fusion  12% reads',
'CD74-ROS1 fusion  Detected': a fusion named by its partner, with a sign that it was found, is
one. A bare 'MET amplification' or 'EML4-ALK' row may be a line of what the assay covers, and
states nothing here; a row that denies its finding is left to the statement reader.
'BRCA1 deletion of exons 8-12 (pathogenic)', 'BRCA2  Homozygous deletion': a deletion of whole
exons, called pathogenic or found, or of the whole gene, is a variant found in the gene; a bare
'TP53  loss' is one only in a copy-number table or under a copy-number heading.
"""

import re
from dataclasses import dataclass

from extractors.markers.alterations import normalise_alteration
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.rules import rules_by_marker
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import StatedValues
from extractors.markers.variant_tables import ROW_BULLETS, fraction_label
from schemas.markers import Aspect, Status

# Between the gene and the word: a bracketed alias, a table's gap, a colon or dash.
_GAP = r"[ \t]*+(?:\([^()\n]{1,20}\)[ \t]*+)?[ \t:|,\-–)]*+"
_AMPLIFIED = compile_tolerant(
    _GAP + r"(?:(?:focal|high[\s\-]level|gene)\s+)?amp(?:lifi(?:cation|ed))?\b", re.IGNORECASE
)
# A copy-number table's number before its call: 'ERBB2  14  Amplification', 'EGFR  22  Gain
# (amplification)'; read only under a header that names the copy-number column.
_NUMBER_THEN_AMPLIFIED = compile_tolerant(
    r"[ \t:|]+(?P<number>\d{1,3}(?:\.\d+)?)[ \t]+(?:gain[ \t]*\(?[ \t]*)?amplifi(?:cation|ed)\b\)?",
    re.IGNORECASE,
)
# A column of fold changes: a row's first bare number is its fold change.
_FOLD_COLUMN = re.compile(r"\bfold\b", re.IGNORECASE)
_COPY_NUMBER = re.compile(
    r"(?:copy\s+number|(?<![\w/])CN|copies)(?:\s+of)?[ \t]*[:=]?[ \t]*(\d{1,3}(?:\.\d+)?)(?![\d.%])"
    r"|(?<![\d.])(\d{1,3}(?:\.\d+)?)[ \t]*copies\b",
    re.IGNORECASE,
)
# A fold change over the sample's baseline stands for the copy number in some laboratories'
# reports: 'ERBB2 amplification (fold change 5.2)', 'MET amplification, 3.1-fold'.
_FOLD = re.compile(
    r"fold[\s\-]+change[ \t]*[:=]?[ \t]*(\d{1,3}(?:\.\d+)?)(?![\d.%])"
    r"|(?<![\d.])(\d{1,3}(?:\.\d+)?)[ \t]*-?[ \t]*fold\b",
    re.IGNORECASE,
)
# A table whose header names a copy-number column: a row's first bare number is the copy number.
_COPY_COLUMN = re.compile(r"\bcopy[\s\-]+numbers?\b|(?<![\w/])CN\b|\bcopies\b", re.IGNORECASE)
# A column of a fusion table that counts what was found: its reads or its share.
_COUNT_COLUMN = re.compile(
    r"\breads\b|\bVAF\b|\ballel\w*\s+fraction|%\s*cfDNA|\bsupporting\b", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"(?<![\w.%<>≥≤])(\d{1,3}(?:\.\d+)?)(?![\w.%])")
# A bare 'No' is another column's answer (trials: No); 'no amplification' denies the row.
_DENIED = compile_tolerant(
    r"\bnot\W?\s+(?:amplified|detected|identified|found|present)|\bnegative\b|\bnon[\s\-]"
    r"|\bno\s+(?:\w+\s+)?(?:amplification|fusions?|rearrangements?|evidence)\b",
    re.IGNORECASE,
)
# The row's own word that the gain is of uncertain weight: 'amplification - equivocal (CN 5)'.
_EQUIVOCAL = compile_tolerant(r"\b(?:equivocal|borderline|indeterminate)\b", re.IGNORECASE)
# A liquid biopsy's level of an amplification instead of its copy number: 'Plus (++)', '(+++)'.
_LEVEL = re.compile(r"\(\s*\+{1,3}\s*\)", re.IGNORECASE)
_NAMED_FUSION = re.compile(r"[A-Z][A-Z0-9]{1,9}-[A-Z][A-Z0-9]{1,9}")
# A fusion's partner written before the gene's own name: 'CD74-ROS1', 'TPM3::NTRK1', also with
# its exon in brackets ('EML4 (exon 13) :: ALK'), after a label that says it was found
# ('Fusion detected:  ETV6::NTRK3').
# Any short label may stand first ('Fusion:', 'Structural variants:'); the row still needs a
# sign that the fusion was found.
_FOUND_LABEL = r"(?:[A-Za-z][\w /\-]{0,30}:[ \t]*)?"
_PARTNER_LEAD = re.compile(
    r"[ \t|•*\-]*" + _FOUND_LABEL + r"(?:(?-i:[A-Z][A-Z0-9]{1,9})(?:[ \t]*\([^()\n]{0,20}\))?"
    r"[ \t]*(?:::|[\-/])[ \t]*)?",
    re.IGNORECASE,
)
# A line's own short label before a finding: 'Amplifications: ', 'Copy number alterations: ';
# not a label of methods, criteria or a reference range.
_FINDINGS_LABEL = re.compile(
    r"[ \t|•*\-]*(?![^:\n]*(?:method|criteri|defin|threshold|cut[\s\-]?off|reference|limit))"
    r"[A-Za-z][\w ]{0,30}:[ \t]*",
    re.IGNORECASE,
)
_LABEL_BULLETS = " \t|•*-"
_LABEL_LONGEST = 32  # its first letter, up to 30 more, its colon
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{0,20}\)[ \t]*")
# ... or its breakpoint, an exon of each partner: '(ETV6 exon 5 - NTRK3 exon 15)', 'in frame'.
_FOUND = re.compile(
    r"\b(?:detected|identified|present|positive|pathogenic|oncogenic|reads|tier\s*(?:I{1,2}|[12])\b"
    r"|level\s*[1-4][AB]?\b|in[\s\-]frame\b)"
    r"|\bexon[ \t]*\d{1,2}\)?[ \t]*(?:::|[\-–;])[ \t]*"
    r"(?:[A-Z][A-Z0-9]{1,9}[ \t]*\(?)?exon[ \t]*\d{1,2}\b"
    r"|\d\s?%",
    re.IGNORECASE,
)
_HEADER_REACH = 1500
# A numbered item's lead: '1. ERBB2 (HER2) - Amplification', '2) MET amplification'.
_NUMBERED_LEAD = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")
# copy_number_on_the_line_below: a row that ends in its amplification, its copy number leading
# the line under it ('1. ERBB2 (HER2) - Amplification' / 'Estimated copy number: 18 Tier: IIA').
_COPY_NUMBER_BELOW = re.compile(
    r"[ \t|•*\-]*(?:(?:estimated|predicted|absolute|gene)[ \t]+)?"
    r"(?:copy[ \t]+number|CN)[ \t]*(?:\(CN\)[ \t]*)?[:=]?[ \t]*(\d{1,3}(?:\.\d+)?)(?![\d.%])",
    re.IGNORECASE,
)
_EXONS = r"exons?[ \t]+(\d{1,2}(?:[ \t]*(?:[\-–]|to|through)[ \t]*\d{1,2})?)"
# 'deletion of exons 8-12', 'Deletion, exons 14-16', 'exons 1-2 deleted', 'exon 11-12 duplication'
_EXON_CHANGE = re.compile(
    _GAP + r"(?:(?P<kind>deletion|duplication)s?[ \t,]+(?:of[ \t]+)?(?:the[ \t]+)?" + _EXONS
    + r"|" + _EXONS.replace("(\\d", "(?P<exons>\\d", 1)
    + r"[ \t]+(?P<word>deletion|duplication|deleted|duplicated))\b",
    re.IGNORECASE,
)  # fmt: skip
# A whole gene lost: 'homozygous deletion', 'deep deletion', 'biallelic loss'; not a stain's
# 'complete loss of nuclear staining' (a protein lost, loss_of_a_stain_not_the_gene).
_GENE_LOSS = re.compile(
    _GAP + r"(?:homozygous|deep|bi[\s\-]?allelic|two[\s\-]copy|complete)[ \t]+"
    r"(?:deletion|loss\b(?![ \t]+of\b))\b",
    re.IGNORECASE,
)
# A bare loss in a copy-number table: 'TP53  loss', 'BRCA2  Deletion  0'; not 'loss of ...'.
_BARE_LOSS = re.compile(
    _GAP + r"(?:copy[ \t]+number[ \t]+)?(?:loss|deletion|deleted)\b(?![ \t]+of\b)"
    r"[ \t(]*(?:(?:CN|copy[ \t]+number|copies)[ \t:=]*)?[01]?(?:\.\d+)?[ \t)]*$",
    re.IGNORECASE,
)
_COPY_HEADING = re.compile(r"\bcopy[\s\-]+number\b|\bCNVs?\b|\bCNAs?\b", re.IGNORECASE)
_HEADING_LINES = 6
_ITEM_END = re.compile(r"[,;]")
# An in situ hybridisation's result (ratio, signals per cell) is the statement reader's.
_ISH_WORDS = re.compile(
    r"\bratio\b|\bCEP\s?\d|\bsignals?\b|\b(?:average|mean)\b|per\s+(?:cell|nucle)|\bI?SH\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RowFinding:
    """A finding a row states, with the index of the mention it decides."""

    index: int
    finding: Finding


def read_alteration_rows(text: str, mentions: list[Mention], owned: set[int]) -> list[RowFinding]:
    """Every amplification with its copy number and every found named fusion on the page."""
    found = []
    for index, mention in enumerate(mentions):
        if index in owned or mention.implied:
            continue
        line_start = start_of_line(text, mention.start)
        line_end = end_of_line(text, mention.end)
        lead = text[line_start : mention.start]
        finding = None
        if not lead.strip(ROW_BULLETS) or _NUMBERED_LEAD.fullmatch(lead):
            finding = _amplification(text, mention, line_start, line_end)
        elif _findings_label(lead):  # 'Copy number alterations: ERBB2 amplification'
            finding = _amplification(text, mention, line_start, line_end)
        elif _item_lead(lead):  # 'FGFR3 amplification; ERBB2 amplification (CN 18)'
            item_end = _ITEM_END.search(text, mention.end, line_end)
            end = item_end.start() if item_end else line_end
            finding = _amplification(text, mention, mention.start, end)
        if finding is None and (not lead.strip(ROW_BULLETS) or _findings_label(lead)):
            finding = _named_class_share(text, mention, line_end)
        if finding is None and _AMPLIFICATIONS_LABEL.search(lead):
            finding = _labelled_copy_number(text, mention, line_end)
        if finding is None and _PARTNER_LEAD.fullmatch(lead):
            finding = _fusion(text, mention, line_start, line_end)
            finding = finding or _deletion(text, mention, line_start, line_end)
        if finding is not None:
            found.append(RowFinding(index, finding))
    return found


def _findings_label(lead: str) -> bool:
    """Whether the lead before a name is only a line's short label ('Amplifications: ').

    The label is at most 32 characters after the line's bullets, to its colon: a longer lead
    is none, without the label's look ahead over it, which a line of many names read again
    for each name.
    """
    label = lead.lstrip(_LABEL_BULLETS).rstrip(" \t")
    return len(label) <= _LABEL_LONGEST and _FINDINGS_LABEL.fullmatch(lead) is not None


def _item_lead(lead: str) -> bool:
    """Whether the lead ends in a comma or a semicolon and spaces: the name starts an item."""
    return lead.rstrip(" \t")[-1:] in (",", ";")


def _amplification(text: str, mention: Mention, line_start: int, line_end: int) -> Finding | None:
    word = _AMPLIFIED.match(text, mention.end, line_end)
    if word is None:
        return _number_then_amplified(text, mention, line_start, line_end)
    rest = text[word.end() : line_end]
    if _ISH_WORDS.search(text, line_start, line_end):
        return None
    if _DENIED.search(rest) or _DENIED.search(text, mention.end, word.end()):
        return None
    copies = _COPY_NUMBER.search(rest)
    number = (copies.group(1) or copies.group(2)) if copies else None
    if number is None and not rest.strip():
        below = _COPY_NUMBER_BELOW.match(text, line_end + 1) if line_end < len(text) else None
        ish = below is not None and _ISH_WORDS.search(
            text, below.start(), end_of_line(text, below.end())
        )
        if below is not None and not ish:  # copy_number_on_the_line_below
            values = StatedValues(copy_number=float(below.group(1)))
            values.values = [f"copy number {below.group(1)}"]
            return Finding(
                mention.marker, Aspect.AMPLIFICATION, Status.POSITIVE, mention.start,
                below.end(), values, alteration="amplification",
            )  # fmt: skip
    if number is None and _copy_column_above(text, line_start):
        bare = _BARE_NUMBER.search(rest)
        number = bare.group(1) if bare else None
    fold = _FOLD.search(rest) if number is None else None
    if fold is None and number is None and _FOLD_COLUMN.search(_header_above(text, line_start)):
        fold = _BARE_NUMBER.search(rest)  # 'MET  Amplification  3.4' under 'Fold change'
    if fold is not None:
        end = word.end() + fold.end()
        status = Status.EQUIVOCAL if _EQUIVOCAL.search(rest) else Status.POSITIVE
        change = next(group for group in fold.groups() if group)
        values = StatedValues(values=[f"fold change {change}"])
        return Finding(
            mention.marker, Aspect.AMPLIFICATION, status, mention.start, end, values,
            alteration="amplification",
        )  # fmt: skip
    if number is None:
        level = _LEVEL.search(rest)
        if level is None:
            return None
        end = word.end() + level.end()  # 'MET Amplification  Plus (++)': a plasma level
        return Finding(
            mention.marker, Aspect.AMPLIFICATION, Status.POSITIVE, mention.start, end,
            alteration="amplification",
        )  # fmt: skip
    values = StatedValues(copy_number=float(number), values=[f"copy number {number}"])
    status = Status.EQUIVOCAL if _EQUIVOCAL.search(rest) else Status.POSITIVE
    return Finding(
        mention.marker,
        Aspect.AMPLIFICATION,
        status,
        mention.start,
        word.end() + (copies.end() if copies else len(rest)),
        values,
        alteration="amplification",
    )


def _number_then_amplified(
    text: str, mention: Mention, line_start: int, line_end: int
) -> Finding | None:
    """'ERBB2  14  Amplification' under a header naming copy number: the number is its own."""
    call = _NUMBER_THEN_AMPLIFIED.match(text, mention.end, line_end)
    if call is None or not _copy_column_above(text, line_start):
        return None
    if _DENIED.search(text, mention.end, line_end) or _ISH_WORDS.search(text, line_start, line_end):
        return None
    number = call.group("number")
    values = StatedValues(copy_number=float(number), values=[f"copy number {number}"])
    status = Status.EQUIVOCAL if _EQUIVOCAL.search(text, call.end(), line_end) else Status.POSITIVE
    return Finding(
        mention.marker, Aspect.AMPLIFICATION, status, mention.start, call.end(), values,
        alteration="amplification",
    )  # fmt: skip


# A named class of variant, then its share of reads and nothing else to the row's end:
# 'EGFR exon 19 deletion detected (0.7%)', 'EGFR: exon 19 deletion, 23% of reads'.
_CLASS_WORDS = r"exon[ \t]*(?:19[ \t]*del\w*|20[ \t]*ins\w*|14[ \t]*skip\w*)|v(?:ariant[ \t]*)?III"
_CLASS_THEN_SHARE = re.compile(
    rf"[ \t:,\-–]*+(?:(?:{_CLASS_WORDS})[ \t]*+)?[ \t,:;\-–]*+"
    r"(?:(?:detected|identified|present|positive)[ \t,:;\-–]*+)?\(?[ \t]*+"
    r"(?:(?P<label>VAF|MAF|NAF|AF"
    r"|(?:mutant[ \t]+|variant[ \t]+)?allele[ \t]+(?:fraction|frequency))[ \t:=]*+)?"
    r"(?P<share>\d{1,3}(?:\.\d+)?)[ \t]?%"
    r"(?:[ \t]++(?:of[ \t]++)?(?:reads|cfDNA|ctDNA|alleles?|mutant[ \t]+alleles?))?[ \t]*+\)?"
    r"[ \t.]*+",
    re.IGNORECASE,
)
_CLASS_NAMED = re.compile(_CLASS_WORDS, re.IGNORECASE)


# A label that names the list's items amplifications: 'Amplifications: ERBB2 (CN=12), ...'.
_AMPLIFICATIONS_LABEL = re.compile(
    r"^[ \t|•*\-]*(?:(?:gene|focal|copy[ \t]+number)[ \t]+)?amplifications?(?:[ \t]+detected)?"
    r"[ \t]*:[ \t]*(?:[^:\n]*[,;][ \t]*)?$",
    re.IGNORECASE,
)
# The item's copy number in brackets right after the gene: '(CN=12)', '(copy number 9)'.
_BRACKETED_COPIES = re.compile(
    r"[ \t]*\([ \t]*(?:CN|copy[ \t]+number|copies)[ \t]*[:=]?[ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*\)"
    r"|[ \t]*\([ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*copies[ \t]*\)",
    re.IGNORECASE,
)


def _labelled_copy_number(text: str, mention: Mention, line_end: int) -> Finding | None:
    """An item of a list labelled amplifications, with its copy number in brackets."""
    if Aspect.AMPLIFICATION not in rules_by_marker()[mention.marker].aspects:
        return None
    copies = _BRACKETED_COPIES.match(text, mention.end, line_end)
    if copies is None:
        return None
    number = copies.group(1) or copies.group(2)
    values = StatedValues(copy_number=float(number), values=[f"copy number {number}"])
    return Finding(
        mention.marker, Aspect.AMPLIFICATION, Status.POSITIVE, mention.start, copies.end(),
        values, alteration="amplification",
    )  # fmt: skip


def _named_class_share(text: str, mention: Mention, line_end: int) -> Finding | None:
    """A named class of the gene's variant with its share of reads, alone on its row."""
    if Aspect.MUTATION not in rules_by_marker()[mention.marker].aspects:
        return None
    start = mention.start if mention.name_end is None else mention.name_end
    row = _CLASS_THEN_SHARE.fullmatch(text, mention.end, line_end)
    if row is None or not _CLASS_NAMED.search(text, start, row.end()):
        return None
    alteration = normalise_alteration(text[mention.start : row.end()])
    if alteration is None:
        return None
    label = fraction_label(row.group("label") or "")
    values = StatedValues(values=[f"{label} {row.group('share')}%"])
    return Finding(
        mention.marker, Aspect.MUTATION, Status.POSITIVE, mention.start, row.end(), values,
        alteration=alteration,
    )  # fmt: skip


def _copy_column_above(text: str, line_start: int) -> bool:
    """Whether the table's header names copy number."""
    return _COPY_COLUMN.search(_header_above(text, line_start)) is not None


def _header_above(text: str, line_start: int) -> str:
    """The table's header: the nearest line above without a number.

    The rows between the header and this row hold numbers; the header holds none.
    """
    low = max(0, line_start - _HEADER_REACH)
    for line in reversed(text[low:line_start].splitlines()):
        if line.strip() and not _BARE_NUMBER.search(line):
            return line
    return ""


def _counted_in_a_column(text: str, line_start: int, line_end: int) -> bool:
    """Whether a fusion row has a number under a header that names a column of reads or share.

    'EML4-ALK  EML4 exon 13 : ALK exon 20  512' under 'Fusion  Breakpoints  Supporting reads'.
    """
    if _BARE_NUMBER.search(text, line_start, line_end) is None:
        return False
    return _COUNT_COLUMN.search(_header_above(text, line_start)) is not None


def _fusion(text: str, mention: Mention, line_start: int, line_end: int) -> Finding | None:
    row = text[line_start:line_end]
    alteration = normalise_alteration(_BRACKETED.sub(" ", row))
    if alteration is None or not _NAMED_FUSION.fullmatch(alteration):
        return None
    if _DENIED.search(text, line_start, mention.start):  # 'Fusion not detected: ETV6::NTRK3'
        return Finding(mention.marker, Aspect.FUSION, Status.NEGATIVE, line_start, mention.end)
    if _DENIED.search(row):
        return None
    if (
        _FOUND.search(text, line_start, line_end) is None
        and not _counted_in_a_column(text, line_start, line_end)
        and not _typed_fusion_row(text, mention, line_start)
    ):
        return None
    return Finding(
        mention.marker,
        Aspect.FUSION,
        Status.POSITIVE,
        mention.start,
        line_end,
        StatedValues(),
        alteration=alteration,
    )


# The gene's cell, then the kind of event, then its partners: 'ALK  Rearrangement  EML4-ALK'.
_EVENT_CELL = re.compile(
    r"[ \t|:\-]+(?:gene[ \t]+)?(?:fusion|rearrangement|translocation|structural[ \t]+variant)s?"
    r"[ \t|:\-]+",
    re.IGNORECASE,
)
# A structural-variant table's header: the gene's column and the event's or partner's.
_EVENT_HEADER = re.compile(
    r"^(?=.*\b(?:genes?|fusions?|structural)\b)"
    r"(?=.*\b(?:type|partners?|description|breakpoints?|event|exons)\b)",
    re.IGNORECASE,
)


def _typed_fusion_row(text: str, mention: Mention, line_start: int) -> bool:
    """Whether a row names its gene, or its fusion, then the kind of event, under a header.

    'ALK  Rearrangement  EML4-ALK variant 3' under 'Gene  Type  Description', 'ETV6-NTRK3
    Fusion  E5:E15' under 'Structural variant  Type  Exons': cells of a structural-variant
    table; a list of what an assay covers gives no event's cell.
    """
    if _EVENT_CELL.match(text, mention.end) is None:
        return False
    return _EVENT_HEADER.search(_header_above(text, line_start)) is not None


def _deletion(text: str, mention: Mention, line_start: int, line_end: int) -> Finding | None:
    """A deletion of the gene's exons or of the whole gene, stated as found, on its row."""
    if Aspect.MUTATION not in rules_by_marker()[mention.marker].aspects:
        return None
    row = text[line_start:line_end]
    if _DENIED.search(row):
        return None
    exons = _EXON_CHANGE.match(text, mention.end, line_end)
    if exons is not None and normalise_alteration(text[mention.end : line_end]) is None:
        if _FOUND.search(text, exons.end(), line_end) is None:
            return None  # 'BRCA1 (deletion of exons 8-12)' in a list of what the assay covers
        kind = (exons.group("kind") or exons.group("word")).lower()
        kind = "duplication" if kind.startswith("dup") else "deletion"
        span = re.sub(
            r"[ \t]*(?:[\-–]|to|through)[ \t]*", "-", exons.group(2) or exons.group("exons")
        )
        alteration = f"exon {span} {kind}"
        return Finding(
            mention.marker, Aspect.MUTATION, Status.POSITIVE, mention.start, exons.end(),
            StatedValues(), alteration=alteration,
        )  # fmt: skip
    loss = _GENE_LOSS.match(text, mention.end, line_end)
    if loss is None and _under_copy_number_heading(text, line_start):
        loss = _BARE_LOSS.match(text, mention.end, line_end)
    if loss is None:
        return None
    return Finding(
        mention.marker, Aspect.MUTATION, Status.POSITIVE, mention.start, loss.end(),
        StatedValues(), alteration="deletion",
    )  # fmt: skip


def _under_copy_number_heading(text: str, line_start: int) -> bool:
    """Whether a heading or table header a few lines above, no blank line between, names CN."""
    above = text[max(0, line_start - _HEADER_REACH) : line_start].split("\n")[:-1]
    for line in reversed(above[-_HEADING_LINES:]):
        if not line.strip():
            return False
        if _COPY_HEADING.search(line):
            return True
    return False
