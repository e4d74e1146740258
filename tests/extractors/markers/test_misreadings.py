"""Marker names are found as OCR misreads them, and misreadings make no marker of other words."""

import re
from functools import cache

import pytest
import spacy

from extractors.markers.mentions import MentionFinder
from extractors.markers.misreadings import tolerant_expression
from extractors.markers.rules import load_rules


@cache
def _finder() -> tuple[MentionFinder, spacy.language.Language]:
    return MentionFinder(load_rules()), spacy.blank("en")


def _found(text: str) -> list[tuple[str, str]]:
    finder, nlp = _finder()
    doc = finder(nlp.make_doc(text))
    return [(m.marker.value, text[m.start : m.end]) for m in doc._.marker_mentions]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("HER-Z (IHC): 0", "HER2"),  # a digit of a symbol read as the letter it looks like
        ("BRCAl sequencing", "BRCA1"),
        ("PMSZ is retained", "PMS2"),
        ("R0S1", None),  # a letter of a symbol is not read as a digit
        ("A1K 3", None),
        ("MSH5 and MSH3 sequenced", None),  # 6 is not read as 5: MSH5 is a gene
        ("estr0gen receptor 40%", "ER"),  # letters of a word read as digits
        ("prcgesterone receptor", "PR"),  # c and e, o and c in a word
        ("rnisrnatch repair enzymes", "MMR"),  # m read as rn
        ("IclH1 intact", "IDH1"),  # d read as cl
        ("proges-\nterone receptor: 5%", "PR"),  # a word broken at a line's end
        ("meso thelin staining", "Mesothelin"),  # a word broken by a space
        ("EML41ALK not detected", "ALK"),
        ("MSHE6: intact", "MSH6"),  # a stray capital before a symbol's digit
        ("PROGESTERONS RECEPTOR: 5%", "PR"),  # the last letter of a long word misread
        ("Microsatellite instabilitv: none", "MSI"),
        ("progesteronie receptor weakly positive", "PR"),  # with a thin stroke before it
        ("mesothelial lining; mesothelioma", None),  # but a long word's end is still its end
        ("proficiency testing; estrogens", None),  # and short words keep their last letter
        ("DR. ROSS I. MILLER; BRCAS I", None),  # but not before a separator
        # a slash between two parts read as 1
        ("told her | the result; gave her l dose", None),  # 'her' is a word: HER1 is capitals
    ],
)
def test_a_misread_name_names_its_marker_and_a_misread_code_none(text, marker):
    found = {name for name, _ in _found(text)}
    assert found == ({marker} if marker else set())


def test_a_misreading_does_not_turn_a_gene_into_a_neighbour_of_its_family():
    genes = "MSH3, MSH4, MSH5, MLH3, PMS1, ERBB3, ERBB4, IDH3A, BRCA3, ALKBH5, TP53BP1"
    assert _found(genes) == []


def test_a_name_glued_to_the_next_word_is_found_but_a_longer_word_is_not():
    assert _found("HER2negative by IHC") == [("HER2", "HER2")]
    assert _found("PROGESTERONEPositive") == [("PR", "PROGESTERONE")]
    assert _found("estrogenic effect; alkaline phosphatase; ALKALINE") == []


def test_of_two_names_at_one_place_the_longer_is_found_before_a_glued_reading():
    assert _found("MSI-High") == [("MSI", "MSI-High")]


def test_short_names_keep_their_case_and_their_words_around_them():
    assert _found("er: 5%; Pr; ar is; met gene") == []
    assert _found("ER: 5%; PR 10%; AR: 1%; MET gene") == [
        ("ER", "ER"),
        ("PR", "PR"),
        ("AR", "AR"),
        ("MET", "MET"),
    ]
    exact = r"(?-i:MET)(?=\s+(?:gene|is))"
    assert tolerant_expression(exact) == exact


def test_a_tolerant_expression_still_matches_what_it_matched():
    for rules in load_rules():
        for alias in rules.aliases:
            tolerant = re.compile(tolerant_expression(alias.pattern), re.IGNORECASE)
            for example in alias.examples:
                strict = re.search(alias.pattern, example, re.IGNORECASE)
                if strict:
                    assert tolerant.search(example), (alias.name, example)
