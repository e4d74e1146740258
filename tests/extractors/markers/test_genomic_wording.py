"""Kinds of wording in genomic reports: what is a result, and what only looks like one."""

import pytest

from tests.extractors.markers.kind_tables import named_cases, named_texts, read_text


def _given(text: str) -> set[tuple[str, str, str]]:
    return {(r.marker.value, r.aspect.value, r.status.value) for r in read_text(text)}


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "at-present-means-currently": (
                "At present, no targeted drug is approved for tumours with TP53 alterations.\n"
            ),
            "at-present-at-the-start-of-a-sentence": (
                "At present there is no therapy that acts on PIK3CA in this tumour type.\n"
            ),
            "loss-of-heterozygosity-in-a-copy-number-row": (
                "Region   Event   Gene\n17p   loss of heterozygosity   TP53\n"
            ),
            "loss-of-wild-type": "BRCA2 deleted allele with loss of the wild-type copy (LOH)\n",
            "nd-may-mean-not-done": "KRAS   ND\n",
        }
    ),
)
def test_words_that_look_like_a_verdict_state_no_result(text):
    assert _given(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "abbreviated-cells": (
                "KRAS: Neg\nNRAS: WT\nBRAF: MUT\n",
                {
                    ("KRAS", "mutation", "negative"),
                    ("NRAS", "mutation", "negative"),
                    ("BRAF", "mutation", "positive"),
                },
            ),
            "denied-fusion-with-a-trailing-detected": (
                "ALK: No rearrangement detected\nROS1: no fusions were identified\n",
                {("ALK", "fusion", "negative"), ("ROS1", "fusion", "negative")},
            ),
            "loss-of-expression-still-a-loss": (
                "MMR proteins: MLH1 loss of nuclear expression\n",
                {("MLH1", "expression", "negative")},
            ),
        }
    ),
)
def test_short_genomic_cells_give_their_verdict(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "allele-frequency-is-a-detail-not-background": (
                "The EGFR L858R mutation is present at an allele frequency of 35%.\n",
                ("EGFR", "positive", "VAF 35%"),
            ),
            "allelic-frequency": (
                "BRAF p.V600E detected, allelic frequency 12%\n",
                ("BRAF", "positive", "VAF 12%"),
            ),
            "fraction-named-in-its-row": (
                "NRAS G12D (NAF 0.32)\n",
                ("NRAS", "positive", "NAF 0.32"),
            ),
            "combined-positive-score-of-a-number": (
                "PD-L1 (22C3): combined positive score of 12\n",
                ("PD-L1", "positive", "CPS 12"),
            ),
        }
    ),
)
def test_a_result_keeps_its_stated_share_or_score(text, expected):
    (result,) = read_text(text)
    assert (result.marker.value, result.status.value, result.value) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KRAS mutations are found at a high frequency in pancreatic cancer.\n"),
        pytest.param("HER2 is scored as follows: scores of 0 and 1+ are negative.\n"),
    ],
)
def test_background_frequency_and_scoring_legends_stay_unread(text):
    assert _given(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "first-of-a-row-of-hotspot-calls": (
                "EGFR Mutation Test: Exon 19 Deletion: Detected  L858R: Not Detected\n",
                "exon 19 deletion",
            ),
            "a-class-spelled-out-by-its-change": (
                "EGFR: exon 19 deletion (p.E746_A750del) detected\n",
                "E746_A750del",
            ),
            "skipping-keeps-its-name-beside-the-splice-change": (
                "MET exon 14 skipping alteration (c.3028+1G>T) detected\n",
                "exon 14 skipping",
            ),
        }
    ),
)
def test_a_positive_result_names_the_alteration_it_states(text, expected):
    (result,) = read_text(text)
    assert (result.status.value, result.alteration) == ("positive", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "one-gene": (
                "Sequencing of KRAS exons 2-4 revealed no mutations.\n",
                {("KRAS", "mutation", "negative")},
            ),
            "a-list-of-genes": (
                "Analysis of EGFR, KRAS and BRAF showed no pathogenic variants.\n",
                {
                    ("EGFR", "mutation", "negative"),
                    ("KRAS", "mutation", "negative"),
                    ("BRAF", "mutation", "negative"),
                },
            ),
        }
    ),
)
def test_an_analysis_that_revealed_no_mutation_is_negative(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "one-line-of-hotspot-calls": (
                "KRAS G12C: Not detected   KRAS G12D: Not detected   KRAS G13D: Detected\n"
            ),
            "a-call-per-line": (
                "KRAS G12C: Not detected\nKRAS G12D: Not detected\nKRAS G13D: Detected\n"
            ),
        }
    ),
)
def test_a_detected_hotspot_keeps_its_own_alteration_after_denied_ones(text):
    (kras,) = read_text(text)
    assert (kras.status.value, kras.alteration) == ("positive", "G13D")


def test_a_variant_found_in_a_gene_is_a_positive_but_a_share_of_cases_is_background():
    assert _given("A pathogenic variant was identified in the BRCA2 gene.\n") == {
        ("BRCA2", "mutation", "positive")
    }
    assert _given("Mutations were detected in 40% of colorectal cancers in the KRAS gene.\n") == (
        set()
    )


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "share-in-brackets": "Plasma cfDNA: EGFR T790M detected (0.5%)\n",
            "share-of-reads": "EGFR L858R positive, 12% of reads\n",
        }
    ),
)
def test_a_variant_after_the_gene_makes_a_share_a_mutation_result_not_staining(text):
    (egfr,) = read_text(text)
    assert (egfr.aspect.value, egfr.status.value, egfr.percent) == ("mutation", "positive", None)


def test_a_liquid_biopsy_row_after_its_sample_keeps_its_share_as_the_fraction():
    (egfr,) = read_text("Plasma cfDNA: EGFR T790M detected (0.5%)\n")
    assert (egfr.alteration, egfr.value) == ("T790M", "VAF 0.5%")


def test_a_mutation_specific_stain_stays_an_expression_result():
    text = "BRAF V600E (VE1) immunohistochemistry: negative\n"
    assert _given(text) == {("BRAF", "expression", "negative")}


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "clone-before-gene": ("VE1 (BRAF V600E): negative\n", ("BRAF", "negative", "V600E")),
            "clone-after-variant": (
                "IDH1 R132H (clone H09): positive\n",
                ("IDH1", "positive", "R132H"),
            ),
        }
    ),
)
def test_a_stain_for_a_variant_protein_is_expression_naming_its_variant(text, expected):
    (result,) = read_text(text)
    assert result.aspect.value == "expression"
    assert (result.marker.value, result.status.value, result.alteration) == expected
