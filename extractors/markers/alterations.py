"""Alterations in one normalised form: p.Gly12Cys, G12C and c.34G>T (p.G12C) all become G12C."""

import re

_THREE_TO_ONE = {
    "ala": "A", "arg": "R", "asn": "N", "asp": "D", "cys": "C", "gln": "Q", "glu": "E",
    "gly": "G", "his": "H", "ile": "I", "leu": "L", "lys": "K", "met": "M", "phe": "F",
    "pro": "P", "ser": "S", "thr": "T", "trp": "W", "tyr": "Y", "val": "V", "ter": "*",
}  # fmt: skip
_ONE = "ACDEFGHIKLMNPQRSTVWY"
_DIGITS = r"(?=[0-9IlO|]{0,3}[0-9])[0-9IlO|]{1,4}"

_EXON19_DELETION = re.compile(
    r"exon\s*19\s*(?:in[\s\-]?frame\s+)?del\w*|del\w*\s+(?:\w+\s+){0,2}(?:in\s+)?exon\s*19"
    r"|\d+\s*(?:bp|base[\s\-]pair)\s+deletion\s+in\s+exon\s*19|(?<![0-9])19\s*del(?![a-z])",
    re.IGNORECASE,
)
_EXON20_INSERTION = re.compile(
    r"exon\s*20\s*(?:in[\s\-]?frame\s+)?ins\w*|ins\w*\s+(?:\w+\s+){0,2}(?:in\s+)?exon\s*20",
    re.IGNORECASE,
)
_EXON14_SKIPPING = re.compile(r"exon\s*14\s*skip\w*", re.IGNORECASE)
# EGFR's variant III, the in-frame deletion of exons 2 to 7 (glioblastoma).
_EGFR_VARIANT_III = re.compile(r"EGFR[\s\-]?v(?:ariant[\s\-]?)?III\b", re.IGNORECASE)
_RANGE_DELETION = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.\s?)?([{_ONE}])({_DIGITS})[\s_]+([{_ONE}])({_DIGITS})\s*de[l1I|](?:[A-Z0-9]{{0,3}})?",
)
_THREE_LETTER = re.compile(
    r"(?<![A-Za-z])(?:p\.\s?\(?)?([A-Z0-9][a-zA-Z1I]{2})(\d{1,4})([A-Z][a-z]{2}|\*|fs\*?\d*)",
)
_ONE_LETTER = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.\s?\(?)?([{_ONE}])({_DIGITS})([{_ONE}*]|fs\*?\d*)(?![A-Za-z0-9])",
)
_SPLICE = re.compile(r"c\.\s?(\d+[+\-]\d+[ACGT]>[ACGT])")
_PARTNERS = "EML4|KIF5B|CD74|CCDC6|NCOA4|ETV6|KIAA1549|SLC34A2|EZR|TPM3|TPM4|LMNA|SDC4|FGFR3|TACC3"
_TARGETS = "ALK|ROS1|RET|NTRK[123]|BRAF|FGFR[123]"
_FUSION = re.compile(
    rf"\b({_PARTNERS})\s?(?:[\-:/]|::)?\s?({_TARGETS})\b|\b({_TARGETS})\s?[\-:/]\s?({_PARTNERS})\b",
    re.IGNORECASE,
)


def normalise_alteration(text: str) -> str | None:
    """The first alteration the words state, in the form corpus/LABELS.md uses, or None."""
    for find in (_range_deletion, _protein_change, _named_class, _fusion, _splice):
        found = find(text)
        if found:
            return found
    return None


def alteration_class(alteration: str) -> str:
    """The named class an alteration belongs to (E746_A750del -> exon 19 deletion)."""
    match = re.fullmatch(r"[A-Z](\d+)_[A-Z](\d+)del", alteration)
    if match and 729 <= int(match.group(1)) <= 761:
        return "exon 19 deletion"
    return alteration


def _digits(raw: str) -> str:
    return raw.replace("I", "1").replace("l", "1").replace("|", "1").replace("O", "0")


def _range_deletion(text: str) -> str | None:
    match = _RANGE_DELETION.search(text)
    if not match:
        return None
    first, start, last, end = match.groups()
    return f"{first}{_digits(start)}_{last}{_digits(end)}del"


def _amino_acid(token: str) -> str | None:
    lowered = token.lower().replace("0", "o").replace("1", "l")
    for candidate in (lowered, lowered.replace("i", "l"), "g" + lowered[1:]):
        if candidate in _THREE_TO_ONE:
            return _THREE_TO_ONE[candidate]
    return None


def _protein_change(text: str) -> str | None:
    found = []
    for match in _THREE_LETTER.finditer(text):
        first, position, last = match.groups()
        before = _amino_acid(first)
        after = "*" if last == "*" else _amino_acid(last)
        if last.startswith("fs"):
            after = "fs"
        if before and after:
            found.append((match.start(), f"{before}{position}{after}"))
    for match in _ONE_LETTER.finditer(text):
        first, position, last = match.groups()
        if not any(ch.isdigit() for ch in position):
            continue
        found.append((match.start(), f"{first}{_digits(position)}{last}"))
    return min(found)[1] if found else None


def _named_class(text: str) -> str | None:
    if _EXON19_DELETION.search(text):
        return "exon 19 deletion"
    if _EXON20_INSERTION.search(text):
        return "exon 20 insertion"
    if _EXON14_SKIPPING.search(text):
        return "exon 14 skipping"
    if _EGFR_VARIANT_III.search(text):
        return "EGFRvIII"
    return None


def _fusion(text: str) -> str | None:
    match = _FUSION.search(text)
    if not match:
        return None
    if match.group(1):
        return f"{match.group(1).upper()}-{match.group(2).upper()}"
    return f"{match.group(4).upper()}-{match.group(3).upper()}"


def _splice(text: str) -> str | None:
    match = _SPLICE.search(text)
    return f"c.{match.group(1)}" if match else None
