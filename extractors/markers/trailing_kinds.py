"""The kind of alteration that ends a list of genes: each listed gene's, in that kind.

'BRAF and ALK rearrangement: not detected', 'No BRAF or ALK rearrangement detected',
'KRAS, NRAS and ALK fusions: negative': the noun after the last gene names what was tested in
every gene of the list, so each gene's result is of that kind (BRAF's fusion, not its mutation),
and a gene that has no such kind in its rule ('KRAS and ALK fusion') is given no result from it:
the words say nothing of its mutations.
"""

import re
from collections.abc import Callable

from extractors.markers.gene_cells import aspect_of_noun
from extractors.markers.spans import Mention
from schemas.markers import Aspect

# The noun of a kind of alteration right after a gene's name: 'rearrangement', 'gene fusions'.
# Only one kind: 'fusions and mutations' reads each gene for both (`units.py`).
_KIND_AFTER = re.compile(
    r"[ \t]*(?:gene[ \t]+)?(fusions?|rearrangements?|amplifications?|mutations?)\b"
    r"(?![ \t]*(?:[,/&]|\band\b|\bor\b)[ \t]*(?:gene[ \t]+)?"
    r"(?:fusions?|rearrangements?|amplifications?|mutations?|variants?|copy)\b)",
    re.IGNORECASE,
)
# Names joined in one list by commas, slashes, 'and', 'or' or 'nor', and nothing else.
_LIST_GAP = re.compile(r"[ \t,/&]*(?:\b(?:and|or|nor)\b)?[ \t,/]*", re.IGNORECASE)


def list_gap(gap: str) -> bool:
    """Whether the words between two names join them in one list and say nothing else."""
    return bool(gap) and _LIST_GAP.fullmatch(gap) is not None


# 'BRAF and ALK rearrangement', 'BRAF or ROS1 fusion': a singular noun is shared only by names
# that 'and', 'or' or 'nor' join.
_COORDINATED = re.compile(r"\b(?:and|or|nor)\b|&", re.IGNORECASE)
# 'Neither BRAF nor ALK rearrangement': 'nor' joins the list too.
_NOR = re.compile(r"[ \t]+nor[ \t]+", re.IGNORECASE)


def kind_after_list(
    text: str, mentions: list[Mention], index: int, joined: Callable[[str], bool]
) -> Aspect | None:
    """The kind the noun after the last name of this name's list names, if a noun follows it.

    `joined(gap)` tells whether the words between two names join them in one list. Only a list
    of two or more names counts: a name's own noun is read as before.
    """
    last = _last_listed(text, mentions, index, joined)
    if last == index or not all(bare_name(m) for m in mentions[index : last + 1]):
        return None  # 'BRAF V600E and ALK rearrangement': a named change is a mutation's
    noun = _KIND_AFTER.match(text, mentions[last].end)
    if noun is None:
        return None
    if last + 1 < len(mentions) and joined(text[noun.end() : mentions[last + 1].start]):
        return None  # 'EGFR, BRAF, MET amplification, ALK': the noun is MET's item's
    if not noun.group(1).lower().endswith("s") and not _COORDINATED.search(
        text, mentions[last - 1].end, mentions[last].start
    ):
        return None  # 'EGFR, BRAF, ALK fusion': items of a list, the last with its own kind
    return aspect_of_noun(noun.group(1).lower())


def bare_name(mention: Mention) -> bool:
    """Whether the mention is a name alone, with no change of its own ('BRAF', not 'BRAF V600E')."""
    return not mention.implied and (mention.name_end is None or mention.name_end >= mention.end)


GENOMIC = (Aspect.MUTATION, Aspect.FUSION, Aspect.AMPLIFICATION)


def _last_listed(
    text: str, mentions: list[Mention], index: int, joined: Callable[[str], bool]
) -> int:
    """The index of the last name of the list that this name starts or stands in."""
    last = index
    while last + 1 < len(mentions):
        gap = text[mentions[last].end : mentions[last + 1].start]
        if not (joined(gap) or _NOR.fullmatch(gap)):
            break
        last += 1
    return last


# A loss right after a stain's name, or after the last name of its list: 'MLH1 loss', 'MLH1 or
# PMS2 protein loss', 'MSH6 expression loss'.
_LOSS_AFTER = re.compile(
    r"[ \t]*(?:(?:protein|nuclear|expression|staining)[ \t]+)?loss\b"
    r"(?![ \t]+of[ \t]+(?:heterozygosity|function))",
    re.IGNORECASE,
)


def loss_after_list(
    text: str, mentions: list[Mention], index: int, joined: Callable[[str], bool]
) -> bool:
    """Whether a loss is named right after this name or the last name of its list.

    A negator before such a name denies the loss, not the stain: 'no evidence of MLH1 loss' and
    'no sign of MLH1 or PMS2 loss' state kept expression.
    """
    last = _last_listed(text, mentions, index, joined)
    return _LOSS_AFTER.match(text, mentions[last].end) is not None
