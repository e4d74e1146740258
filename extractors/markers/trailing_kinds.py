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
_KIND_AFTER = re.compile(
    r"[ \t]*(?:gene[ \t]+)?(fusions?|rearrangements?|amplifications?|mutations?)\b",
    re.IGNORECASE,
)
# 'Neither BRAF nor ALK rearrangement': 'nor' joins the list too.
_NOR = re.compile(r"[ \t]+nor[ \t]+", re.IGNORECASE)


def kind_after_list(
    text: str, mentions: list[Mention], index: int, joined: Callable[[str], bool]
) -> Aspect | None:
    """The kind the noun after the last name of this name's list names, if a noun follows it.

    `joined(gap)` tells whether the words between two names join them in one list. Only a list
    of two or more names counts: a name's own noun is read as before.
    """
    last = index
    while last + 1 < len(mentions):
        gap = text[mentions[last].end : mentions[last + 1].start]
        if not (joined(gap) or _NOR.fullmatch(gap)):
            break
        last += 1
    if last == index or not all(bare_name(m) for m in mentions[index : last + 1]):
        return None  # 'BRAF V600E and ALK rearrangement': a named change is a mutation's
    return kind_noun_at(text, mentions[last].end)


def bare_name(mention: Mention) -> bool:
    """Whether the mention is a name alone, with no change of its own ('BRAF', not 'BRAF V600E')."""
    return not mention.implied and (mention.name_end is None or mention.name_end >= mention.end)


def kind_noun_at(text: str, at: int) -> Aspect | None:
    """The kind a noun right at `at` names ('rearrangement', 'gene fusions'), if one stands there."""
    noun = _KIND_AFTER.match(text, at)
    return aspect_of_noun(noun.group(1).lower()) if noun else None


GENOMIC = (Aspect.MUTATION, Aspect.FUSION, Aspect.AMPLIFICATION)
