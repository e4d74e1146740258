"""A lead expression may only leave out offsets where its rule's expression cannot match."""

import re

import pytest

from extractors.markers.context import ContextFinder
from extractors.markers.context_rules import load_context_rules, whole_words
from extractors.markers.lead_patterns import lead_expression, lead_starts
from extractors.markers.literals import folded_page
from extractors.markers.mentions import MentionFinder, word_matches
from extractors.markers.rules import load_rules
from extractors.markers.units import _compiled, load_unit_rules

# Written for this test: the marker names and verdicts spaced, cased and misread as OCR does.
PAGES = [
    "E s t r o g e n  receptor: P0SITIVE (95%).  Pr0gesterone rec-eptor: negat1ve.",
    "ANDR0GEN RECEPTOR - weakly p|ositive; Kl-67 index 12 %; HER-2/neu 2+ (equivocal).",
    "Tumour mutation burden: 7 muts/Mb.  mlcrosatellite ins-tability: NOT DETECTED.",
    "Stains: CK7 +, TTF-1 (-), p40 negative; the tumour cells harbour an EGFR L858R change.",
    "Previous studies have shown this cohort to be 1-10% of cells; scores 3+ = strong.",
    "\u017ftatus: \u0130DH1 R132H \u212aRAS (+) MLH1 (\u2212) \u0131ntact; ER 0 / PR 5 (Allred).",
]


def _expressions() -> list[re.Pattern[str]]:
    context = ContextFinder(load_context_rules())
    mentions = MentionFinder(load_rules())
    return [
        *(p for p, _ in context._cues),
        *(p for p, _ in context._exclusions),
        *(p for p, _ in context._aspects),
        context._historical,
        context._amended,
        *(p for _, p in mentions._names),
        *(p for _, p in mentions._implied),
        *(p for p, _ in _compiled().lists),
    ]


def _texts() -> list[str]:
    """The pages above and every fifth of the rules' own examples (the scans of them all take
    long), as written, in capitals and misread."""
    examples = [e.text for r in load_context_rules().named_rules() for e in r.examples]
    units = load_unit_rules()
    examples += [e.text for r in units.list_rules for e in r.examples]
    misread = str.maketrans({"o": "0", "l": "1", "s": "5", "i": "|", "e": "c"})
    texts = [*PAGES, *examples[::5]]
    return texts + [t.upper() for t in texts] + [t.translate(misread) for t in texts]


def test_every_offset_where_a_rule_matches_is_a_lead_start():
    texts = _texts()
    leads = [(p, lead_expression(p)) for p in _expressions()]
    leads = [(p, lead) for p, lead in leads if lead is not None]
    assert len(leads) > 100
    matched = 0
    for pattern, lead in leads:
        for text in texts:
            starts = {m.start() for m in lead.finditer(folded_page(text))}
            # every offset where a match starts: each search finds the next one
            offset = 0
            while (match := pattern.search(text, offset)) is not None:
                matched += 1
                assert match.start() in starts, (pattern.pattern[:80], match.start())
                offset = match.start() + 1
    assert matched > 500


@pytest.mark.parametrize(
    "expression",
    [
        r"o?[ec3][\s\-]{0,2}[s5§][\s\-]{0,2}t[\s\-]{0,2}r[o0]gen",  # letters spread by spaces
        r"(?:[s5§]ta[il1|!]n[il1|!]ng\s+)?ab[s5§]ent|[l1|][o0]st",  # a part that may be absent
        r"(?:a|this|validation)\s+cohorts?",  # a short branch keeps the words after it
        r"(?<=MLH1|PMS2)\(\+\)|\d+\s*-\s*\d+\s*%",  # a lookbehind left out; a digit misread
        r"(?-i:[VGL])\d{2,4}[A-Z*]",  # a change's shape: capitals in either case on the page
    ],
)
def test_trying_only_the_lead_starts_finds_what_the_scan_does(expression):
    pattern = re.compile(expression, re.IGNORECASE)
    assert lead_expression(pattern) is not None
    page = "E strogen 3STROGEN abSent stalning absent LOST cohort A cohorts MLH1(+) 1 - 10 % v600e"
    for spans in ([(0, len(page))], [(1, 30), (33, len(page) - 1)], [(3, 4)]):
        trying = whole_words(pattern, page, spans, folded_page(page))
        scanning = whole_words(pattern, page, spans)
        assert [m.span() for m in trying] == [m.span() for m in scanning], spans
    trying_names = word_matches(pattern, page, folded_page(page))
    assert [m.span() for m in trying_names] == [m.span() for m in word_matches(pattern, page)]


@pytest.mark.parametrize(
    "expression",
    [
        r"[ \t]*positive",  # may start with a space: found nearly everywhere
        r"x?",  # may match nothing
        r"\w+ase",  # a category that folding may not keep
        r"(?x) positive",  # verbose
    ],
)
def test_no_lead_expression_where_it_cannot_help_or_be_sure(expression):
    assert lead_expression(re.compile(expression, re.IGNORECASE)) is None


def test_too_many_starts_give_the_scan():
    lead = lead_expression(re.compile(r"a[bc]", re.IGNORECASE))
    assert lead is not None
    page = "ab ac " * 10
    assert lead_starts(lead, folded_page(page), 0, len(page)) is None
    sparse = "AB" + " " * 46 + "ac"
    assert lead_starts(lead, folded_page(sparse), 0, len(sparse)) == [0, 48]
