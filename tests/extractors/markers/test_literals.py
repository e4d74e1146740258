"""The words test that lets a page skip a scan may never skip one that would find something."""

import re

import pytest

from extractors.markers.context import ContextFinder
from extractors.markers.context_rules import all_matches, load_context_rules, whole_words
from extractors.markers.literals import (
    FOLDS_TO_ASCII,
    folded_page,
    leading_words,
    may_match,
    required_words,
)
from extractors.markers.mentions import MentionFinder, word_matches
from extractors.markers.rules import load_rules

PAGES = [
    "HER2 (4B5): Negative (1+). Estrogen receptor: POSITIVE, 90%, strong. ERBB2 not amplified.",
    "EGFR exon 19 deletion detected; KRAS wild type. NO MUTATION IDENTIFIED in BRAF V600E.",
    "MLH1, PMS2, MSH2 and MSH6: retained (pMMR). Microsatellite stable. TMB 4 mut/Mb.",
    "PD-L1 (22C3) TPS 60%. ALK (D5F3) IHC negative. ROS1 FISH: not rearranged. \u212ai-67 20%.",
    "HER2/CEP17 ratio 2.4, average HER2 copy number 6.1 per cell. Amplified. Pending: NTRK.",
    "  \u2022 The antibody clone SP263 is used. Results will follow. Ki-67 (MIB-1) 5 \u2013 10 %.",
]


def _patterns() -> list[re.Pattern[str]]:
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
    ]


def test_every_match_holds_one_of_its_expressions_words():
    checked = 0
    for pattern in _patterns():
        words = required_words(pattern)
        for page in PAGES:
            folded = folded_page(page)
            for match in pattern.finditer(page):
                checked += 1
                assert may_match(words, folded, match.start(), match.end()), pattern.pattern
    assert checked > 20


def test_a_scan_skipped_by_the_words_test_finds_the_same():
    for pattern in _patterns():
        for page in PAGES:
            spans = [(0, len(page) // 2), (len(page) // 2 + 1, len(page))]
            skipping = whole_words(pattern, page, spans, folded_page(page))
            scanning = whole_words(pattern, page, spans)
            assert [m.span() for m in skipping] == [m.span() for m in scanning]


def test_every_match_starts_with_one_of_its_expressions_leading_words():
    checked = 0
    for pattern in _patterns():
        words = leading_words(pattern)
        if words is None:
            continue
        for page in PAGES:
            folded = folded_page(page)
            for match in pattern.finditer(page):
                checked += 1
                assert folded.startswith(words, match.start()), pattern.pattern
    assert checked > 20


def test_leading_words_of_simple_expressions():
    # the words are folded as the page is: look-alikes to one letter (d and 0 to o; i, 1, | to l)
    flags = re.IGNORECASE
    assert leading_words(re.compile(r"(?<!\w)(?:not\s+|un)?detected\b", flags)) == (
        "not",
        "oete",
        "unoe",
    )
    assert leading_words(re.compile(r"n[eo]gative|[il1|]ntact", flags)) == ("lnta", "nega", "noga")
    assert leading_words(re.compile(r"=\s*positive")) == ("=",)
    assert leading_words(re.compile(r"x?positive")) == ("posl", "xpos")
    assert leading_words(re.compile(r"\s*positive")) is None
    assert leading_words(re.compile(r"[a-z]ositive")) is None  # a range: not read
    assert leading_words(re.compile(r"(?:a|b)positive")) == ("apos", "bpos")
    assert leading_words(re.compile(r"(?:a|b)\s*positive")) is None  # a letter alone: too many


@pytest.mark.parametrize(
    "expression",
    [
        r"ab|abab|ba",  # matches that could overlap: the scan goes on after each one's end
        r"(?<=a)ba|ab",  # a lookbehind sees before the span's start
        r"aba?\b",
        r"(?:ab|ba)(?=a\Z)",
        r"aa$",
    ],
)
def test_trying_only_the_leading_words_finds_what_the_scan_does(expression):
    pattern = re.compile(expression, re.IGNORECASE)
    assert leading_words(pattern) is not None
    page = "abababa ba aab AB an a bab aa"
    for spans in ([(0, len(page))], [(1, 9), (12, len(page) - 1)], [(3, 4)]):
        skipping = whole_words(pattern, page, spans, folded_page(page))
        scanning = whole_words(pattern, page, spans)
        assert [m.span() for m in skipping] == [m.span() for m in scanning], spans


def test_names_tried_only_at_their_leading_words_are_the_names_searched():
    mentions = MentionFinder(load_rules())
    for _, pattern in mentions._names + mentions._implied:
        for page in PAGES:
            trying = word_matches(pattern, page, folded_page(page))
            searching = word_matches(pattern, page)
            assert [m.span() for m in trying] == [m.span() for m in searching], pattern.pattern


def test_all_matches_are_what_finditer_finds():
    from extractors.markers.units import _compiled

    lists = [pattern for pattern, _ in _compiled().lists]
    pages = [*PAGES, "No mutations were identified in the following genes: KRAS, NRAS, BRAF."]
    for pattern in [*_patterns(), *lists]:
        for page in pages:
            found = all_matches(pattern, page, folded_page(page))
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(page)]


def test_words_of_a_simple_expression():
    pattern = re.compile(r"(?:(?:detected|found)|not\s+seen)(?![A-Za-z])", re.IGNORECASE)
    # the words come folded as the page is: OCR's look-alikes (d and o, i and l) as one letter
    assert required_words(pattern) == ("founo", "oetecteo", "seen")
    assert required_words(re.compile(r"\d+\s*%")) is None


def test_folding_keeps_offsets_and_lowers_what_re_matches_to_ascii():
    page = "\u0130stanbul \u212aRAS \u017ftable HER2"
    folded = folded_page(page)
    assert len(folded) == len(page)
    # lowered, and what OCR takes for one another folded to one letter: i as l, 2 as z
    assert folded == "lstanbul kras stable herz"


@pytest.mark.slow
def test_folds_to_ascii_lists_every_such_character():
    any_ascii = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = {}
    for code in range(128, 0x110000):
        char = chr(code)
        if any_ascii.match(char):
            found[char] = char.lower() if char.lower().isascii() else None
    assert set(found) == set(FOLDS_TO_ASCII)
    for char, ascii_letter in FOLDS_TO_ASCII.items():
        assert re.fullmatch(ascii_letter, char, re.IGNORECASE)
        assert folded_page(char) == folded_page(ascii_letter)
    longer = [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert longer == ["\u0130"]


def test_a_class_of_look_alikes_is_a_letter_of_the_words():
    """'n[o0]t' still needs 'not' (folded): a misread negator keeps its page's words test."""
    pattern = re.compile(r"n[o0]t\s+(?:[do0]|cl)[ec]tected|p[o0]s[il1]t[il1]ve", re.IGNORECASE)
    assert required_words(pattern) == ("posltlve", "tecteo")
    assert "tecteo" in folded_page("N0T DETECTEO") and "posltlve" in folded_page("P0SlTIVE")
