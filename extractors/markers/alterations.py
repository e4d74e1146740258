"""Alterations in one normalised form: p.Gly12Cys, G12C and c.34G>T (p.G12C) all become G12C."""

import re

from extractors.markers.misreadings import compile_tolerant
from extractors.markers.variant_tables import marker_named

_THREE_TO_ONE = {
    "ala": "A", "arg": "R", "asn": "N", "asp": "D", "cys": "C", "gln": "Q", "glu": "E",
    "gly": "G", "his": "H", "ile": "I", "leu": "L", "lys": "K", "met": "M", "phe": "F",
    "pro": "P", "ser": "S", "thr": "T", "trp": "W", "tyr": "Y", "val": "V", "ter": "*",
}  # fmt: skip
_ONE = "ACDEFGHIKLMNPQRSTVWY"
# A stop in a protein change: '*', or the older 'X' ('R342X', 'p.Arg342X' are R342*).
_STOP = ("*", "X")
# A residue's position, as OCR may misread its digits; it counts from 1, so it never starts with
# 0 ('N0T DETECTED' is no change of residue 0).
_DIGITS = r"(?=[0-9IlO|]{0,3}[0-9])[1-9Il|][0-9IlO|]{0,3}"

# named_class_misread: the words of a named class as OCR reads them ('EX0N 19 DELETI0N',
# 'exon 20 insert1on'), by the one misreading rule (`misreadings.compile_tolerant`).
# A count of base pairs starts where its digits do, taken whole: tried at every digit of a long
# number, its run was read again from each (time in the square of the number's length); a
# match inside the digits has one at their start, which a search finds first.
_EXON19_DELETION = compile_tolerant(
    r"exon\s*19\s*(?:in[\s\-]?frame\s+)?del\w*|del\w*\s+(?:\w+\s+){0,2}(?:in\s+)?exon\s*19"
    r"|(?<!\d)\d++\s*(?:bp|base[\s\-]pair)\s+deletion\s+in\s+exon\s*19|(?<![0-9])19\s*del(?![a-z])"
    r"|\bex\.?\s?19\s?del",
    re.IGNORECASE,
)
_EXON20_INSERTION = compile_tolerant(
    r"exon\s*20\s*(?:in[\s\-]?frame\s+)?ins\w*|ins\w*\s+(?:\w+\s+){0,2}(?:in\s+)?exon\s*20"
    r"|\bex\.?\s?20\s?ins",
    re.IGNORECASE,
)
_EXON14_SKIPPING = compile_tolerant(
    r"ex(?:on|\.)?\s*14\s*skip\w*|(?<![a-z])MET\s?ex(?:on)?\s?14\b", re.IGNORECASE
)
# EGFR's variant III, the in-frame deletion of exons 2 to 7 (glioblastoma).
_EGFR_VARIANT_III = re.compile(r"EGFR[\s\-]?v(?:ariant[\s\-]?)?III\b", re.IGNORECASE)
_RANGE_DELETION = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.\s?)?([{_ONE}])({_DIGITS})[\s_]+([{_ONE}])({_DIGITS})\s*de[l1I|](?:[A-Z0-9]{{0,3}})?",
)
_THREE_LETTER = re.compile(
    r"(?<![A-Za-z])(?:p\.\s?\(?)?([A-Z0-9][a-zA-Z1I]{2})(\d{1,4})"
    r"((?:[A-Z][a-z]{2})?fs(?:\*|Ter|X)?\d*|[A-Z][a-z]{2}|\*|X(?![A-Za-z0-9]))",
)
_ONE_LETTER = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.\s?\(?)?([{_ONE}])({_DIGITS})([{_ONE}]?fs[*X]?\d*|[{_ONE}*X])(?![A-Za-z0-9])",
)
_SPLICE = re.compile(r"c\.\s?(\d+[+\-]\d+[ACGT]>[ACGT])")
# An in-frame change of one residue or a range, in one- or three-letter form: p.Lys618del,
# p.(Ala767_Val769dup), D770_N771insG, p.Leu747_Pro753delinsSer.
_RESIDUE = rf"[A-Z][a-z]{{2}}|[{_ONE}]"
_IN_FRAME = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.\s?\(?)?({_RESIDUE})(\d{{1,4}})(?:_({_RESIDUE})(\d{{1,4}}))?"
    rf"(delins|del|dup|ins)((?:{_RESIDUE})*)(?![a-z])"
)
_RESIDUES = re.compile(_RESIDUE)
_PARTNERS = "EML4|KIF5B|CD74|CCDC6|NCOA4|ETV6|KIAA1549|SLC34A2|EZR|TPM3|TPM4|LMNA|SDC4|FGFR3|TACC3"
_TARGETS = "ALK|ROS1|RET|NTRK[123]|BRAF|FGFR[123]"
# A partner's exon may stand after its name: 'KIF5B(15)-RET(12)', 'EML4 exon 13 - ALK exon 20'.
_PARTNER_EXON = r"(?:\s?\((?:exon\s?)?\d{1,2}\)|\s(?:exon|ex)\s?\d{1,2})?"
# fusion_joined_by_any_dash: the pair joined by an en or em dash, or '::' with the target
# first, is the same fusion ('EML4–ALK', 'CD74—ROS1', 'RET::KIF5B' is KIF5B-RET).
_FUSION = re.compile(
    rf"\b({_PARTNERS}){_PARTNER_EXON}\s?(?:[\-–—:/]|::)?\s?({_TARGETS})\b"
    rf"|\b({_TARGETS})\s?(?:::|[\-–—:/])\s?({_PARTNERS})\b",
    re.IGNORECASE,
)
# fusion_partner_in_words: a fusion whose partner the words name is that pair, partner first:
# 'ROS1 fusion with CD74', 'RET fused to KIF5B', 'ALK rearrangement, fusion partner EML4',
# 'NTRK1 fusion (partner: TPM3)', 'fusion between EML4 and ALK'.
_FUSED = r"(?:gene[ \t]++)?(?:fusion|fused|rearrangement|rearranged)"
_FUSION_IN_WORDS = re.compile(
    rf"\b(?P<t1>{_TARGETS})[ \t]++{_FUSED}[ \t]++(?:with|to)[ \t]++(?P<p1>{_PARTNERS})\b"
    rf"|\b(?P<t2>{_TARGETS})\b[^.;\n]{{0,40}}?\bpartner(?:[ \t]++gene)?[ \t]*+[:=]?[ \t]*+"
    rf"(?P<p2>{_PARTNERS})\b"
    rf"|\b(?:fusion|rearrangement)[ \t]++(?:between|of)[ \t]++(?P<p3>{_PARTNERS})[ \t]++and"
    rf"[ \t]++(?P<t3>{_TARGETS})\b",
    re.IGNORECASE,
)


def normalise_alteration(text: str) -> str | None:
    """The first alteration the words state, in the form corpus/LABELS.md uses, or None.

    First in the words, whatever its notation: 'Exon 19 deletion: Detected  L858R: Not
    detected' states the deletion; a named class followed closely by the change that spells
    it out ('exon 19 deletion (p.E746_A750del)') is that change.
    """
    found = sorted(
        (located for find in _FINDERS if (located := find(text)) is not None),
        key=lambda located: (located[0], -len(located[1])),  # at one place, the fuller form
    )
    if not found:
        return None
    (at, first), later = found[0], found[1:]
    for start, alteration in later:
        if start - at <= _SPELLED_OUT_REACH and _spells_out(first, alteration):
            return alteration
    return first


_SPELLED_OUT_REACH = 60


def _spells_out(named: str, alteration: str) -> bool:
    """Whether a protein or coding change is one of the named class's kind.

    splice_named_by_its_skipping: a splice-site change named with the exon skipping it causes
    ('c.3028+1G>T (exon 14 skipping)') is that class, as the skipping named first is.
    """
    if named == "exon 19 deletion":
        return alteration_class(alteration) == named
    if named.startswith("c.") and alteration == "exon 14 skipping":
        return True
    return False  # exon 20 insertion and exon 14 skipping keep the name the report gives


def with_named_skipping(alteration: str | None, following: str) -> str | None:
    """A splice-site change whose row names the exon skipping it causes is that class.

    splice_named_by_its_skipping: 'MET c.3028+1G>T (exon 14 skipping)', 'c.3082+2T>C ->
    exon 14 skipping': the named class, as normalise_alteration reads it in one stretch.
    """
    if alteration is None or not alteration.startswith("c."):
        return alteration
    named = _EXON14_SKIPPING.search(following[:_SPELLED_OUT_REACH])
    return "exon 14 skipping" if named else alteration


def alteration_class(alteration: str) -> str:
    """The named class an alteration belongs to (E746_A750del -> exon 19 deletion)."""
    match = re.fullmatch(r"[A-Z](\d+)_[A-Z](\d+)del(?:ins[A-Z*]+)?", alteration)
    if match and 729 <= int(match.group(1)) <= 761:
        return "exon 19 deletion"
    match = re.fullmatch(r"[A-Z](\d+)_[A-Z](\d+)(?:ins[A-Z*]+|dup)", alteration)
    if match and 762 <= int(match.group(1)) <= 780:
        return "exon 20 insertion"  # EGFR's and ERBB2's in-frame insertions in exon 20
    return alteration


def _digits(raw: str) -> str:
    return raw.replace("I", "1").replace("l", "1").replace("|", "1").replace("O", "0")


def _range_deletion(text: str) -> tuple[int, str] | None:
    match = _RANGE_DELETION.search(text)
    if not match:
        return None
    first, start, last, end = match.groups()
    return match.start(), f"{first}{_digits(start)}_{last}{_digits(end)}del"


def _in_frame(text: str) -> tuple[int, str] | None:
    """The first in-frame deletion, duplication or insertion, in one-letter form."""
    for match in _IN_FRAME.finditer(text):
        first, start, last, end, kind, inserted = match.groups()
        residues = [_residue(first), *([_residue(last)] if last else [])]
        added = [_residue(r.group(0)) for r in _RESIDUES.finditer(inserted)]
        if None in residues or None in added or (kind.endswith("ins") and not added):
            continue
        if kind in ("del", "dup") and added:
            continue
        span = f"{residues[0]}{start}" + (f"_{residues[1]}{end}" if last else "")
        return match.start(), span + kind + "".join(a for a in added if a)
    return None


def _residue(token: str) -> str | None:
    return token if len(token) == 1 else _amino_acid(token)


def _amino_acid(token: str) -> str | None:
    lowered = token.lower().replace("0", "o").replace("1", "l")
    for candidate in (lowered, lowered.replace("i", "l"), "g" + lowered[1:]):
        if candidate in _THREE_TO_ONE:
            return _THREE_TO_ONE[candidate]
    return None


# change_naming_a_drug_class: a change named as the target of a class of drugs ('G12C-specific
# inhibitors', 'G12C inhibitor therapy') names no variant of this tumour.
_DRUG_CLASS_AFTER = re.compile(
    r"[ \t]*+-?[ \t]*+(?:specific[ \t]++|selective[ \t]++)?inhibitors?\b", re.I
)
# change_listed_in_error: a change the report says it listed in error ('was listed in error as
# p.G12D', 'erroneously reported as G12D') is withdrawn, not a result.
_IN_ERROR_BEFORE = re.compile(
    r"\b(?:in[ \t]++error|erroneously(?:[ \t]++\w++)?|incorrectly(?:[ \t]++\w++)?)[ \t]++as$",
    re.I,
)


def _stated_change(text: str, start: int, end: int) -> bool:
    """Whether the change at start..end states a variant: no drug class's target, no error."""
    if _DRUG_CLASS_AFTER.match(text, end):
        return False
    words_end = start  # the words before the change, past the spaces between them
    while words_end > 0 and text[words_end - 1] in " \t":
        words_end -= 1
    return _IN_ERROR_BEFORE.search(text, max(0, words_end - 40), words_end) is None


# The kinase's name, which reads as a change once its 'I' is taken for a misread '1'.
_KINASE_NAME = re.compile(r"PI3K(?![A-Za-z0-9])")


def _protein_change(text: str) -> tuple[int, str] | None:
    found = []
    for match in _THREE_LETTER.finditer(text):
        if not _stated_change(text, match.start(), match.end()):
            continue
        first, position, last = match.groups()
        before = _amino_acid(first)
        after = "*" if last in _STOP else _amino_acid(last)
        if "fs" in last:  # a frameshift, as written: 'Argfs*22' is 'Rfs*22', 'fs' stays 'fs'
            after = _frameshift(last)
        if before and after:
            found.append((match.start(), f"{before}{position}{after}"))
    for match in _ONE_LETTER.finditer(text):
        if not _stated_change(text, match.start(), match.end()):
            continue
        if _KINASE_NAME.match(text, match.start()):
            continue  # 'PI3K inhibitor': the kinase, no residue 13 read from a misread 'I3'
        first, position, last = match.groups()
        if not any(ch.isdigit() for ch in position):
            continue
        last = _frameshift(last) if "fs" in last else "*" if last in _STOP else last
        found.append((match.start(), f"{first}{_digits(position)}{last}"))
    return min(found) if found else None


_FRAMESHIFT = re.compile(r"(?P<residue>[A-Z](?:[a-z]{2})?)?fs(?:\*|Ter|X)?(?P<length>\d*)")


def _frameshift(written: str) -> str:
    """A frameshift's tail in one-letter form, keeping what the report states of it.

    frameshift_as_written: 'Metfs*3' and 'MetfsTer3' are 'Mfs*3', 'fsX12' is 'fs*12', a bare
    'fs' stays 'fs': the label copies the report's change, short or long.
    """
    match = _FRAMESHIFT.fullmatch(written)
    if match is None:
        return "fs"
    residue = match.group("residue") or ""
    if len(residue) == 3:
        residue = _amino_acid(residue) or ""
    length = match.group("length")
    return f"{residue}fs" + (f"*{length}" if length else "")


_NAMED_CLASSES = (
    (_EXON19_DELETION, "exon 19 deletion"),
    (_EXON20_INSERTION, "exon 20 insertion"),
    (_EXON14_SKIPPING, "exon 14 skipping"),
    (_EGFR_VARIANT_III, "EGFRvIII"),
)


def _named_class(text: str) -> tuple[int, str] | None:
    found = [(m.start(), name) for pattern, name in _NAMED_CLASSES if (m := pattern.search(text))]
    return min(found) if found else None


def _fusion(text: str) -> tuple[int, str] | None:
    found = []
    match = _FUSION.search(text)
    if match and match.group(1):
        found.append((match.start(), f"{match.group(1).upper()}-{match.group(2).upper()}"))
    elif match:
        found.append((match.start(), f"{match.group(4).upper()}-{match.group(3).upper()}"))
    words = _FUSION_IN_WORDS.search(text)
    if words:
        n = next(i for i in "123" if words.group(f"t{i}"))
        pair = f"{words.group(f'p{n}').upper()}-{words.group(f't{n}').upper()}"
        found.append((words.start(), pair))
    return min(found) if found else None


def _splice(text: str) -> tuple[int, str] | None:
    match = _SPLICE.search(text)
    return (match.start(), f"c.{match.group(1)}") if match else None


_FINDERS = (_range_deletion, _in_frame, _protein_change, _named_class, _fusion, _splice)


# change_on_a_row_of_its_own: a row that states the change alone, under a test's heading
# ('Mutation  G12C (c.34G>T)', 'Variant detected: p.Val600Glu'), no gene named on it.
_CHANGE_ROW = re.compile(
    r"^[ \t]*+(?:mutation|variant|alteration)s?(?:[ \t]++(?:detected|identified|found))?"
    r"[ \t]*+[:\-–]?[ \t]*+(?P<rest>\S[^\n]{0,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_ROW_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")


def changes_on_rows_of_their_own(text: str) -> set[str]:
    """The changes the page states on rows that name no gene, in one normal form."""
    found = set()
    for row in _CHANGE_ROW.finditer(text):
        rest = row.group("rest")
        if any(marker_named(word) for word in _ROW_WORD.findall(rest)):
            continue
        change = normalise_alteration(rest)
        if change is not None and not change.startswith("c."):
            found.add(change)
    return found
