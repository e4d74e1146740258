"""The fallback pass's kinds of wording of the twentieth round (`extractors/markers/fallback.py`).

Each kind is named as in the pass's docstrings, with two or more texts of different wording of
our own (no sentence is quoted from a report). READS: what the pass alone gives on the text,
the named rules' readings set aside. LEAVES: texts of the same kinds where the words make it
no result, or no clear one: the pass alone gives nothing. The pass alone is measured on the
released tune halves by bench/fallback_alone.py.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    R,
    fallback_alone,
    fallback_tests,
)

READS: dict[str, list[tuple[str, Expected]]] = {
    # Names joined by commas, 'and', '&' or '/' share the one verdict after the last of them.
    "names_listed_before_one_verdict": [
        (
            "In this block ER, PR and AR are all negative.",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("AR", EXPR, N, {})],
        ),
        (
            "MSH2 & MSH6 remain intact within the neoplastic glands.",
            [("MSH2", EXPR, P, {}), ("MSH6", EXPR, P, {})],
        ),
    ],
    # A verdict that speaks of the names after it ('negative for', 'positive for').
    "verdict_before_the_name": [
        (
            "The glands are negative for MLH1 and PMS2.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        ("Lesional cells prove positive for the androgen receptor.", [("AR", EXPR, P, {})]),
    ],
    # One verdict's words hold the name.
    "verdict_around_the_name": [
        ("No KRAS mutation was found in the sample.", [("KRAS", MUT, N, {})]),
        ("We saw no PIK3CA variants detected at any hotspot.", [("PIK3CA", MUT, N, {})]),
    ],
    # A bracket right after the name (a clone, codons) and an exon's numbers are passed over.
    "bracket_after_the_name": [
        ("ROS1 (SP384) ......... positive, granular", [("ROS1", EXPR, P, {})]),
        ("PR (clone 16, Leica): positive in most nuclei", [("PR", EXPR, P, {})]),
        ("EGFR exon 19 deletion: not identified", [("EGFR", MUT, N, {})]),
    ],
    # The marker's name again as its verdict is no other subject.
    "own_class_word": [
        ("MSI: MSS", [("MSI", SIG, N, {})]),
        ("Microsatellite status ..... MSI-High", [("MSI", SIG, P, {})]),
    ],
    # A signature's own status words (TMB high or low, MMR proficient).
    "signature_own_word": [
        ("Tumour mutational burden - 21 mut/Mb, high", [("TMB", SIG, P, {})]),
        ("TMB = 2.5 mutations per megabase (low)", [("TMB", SIG, N, {})]),
        ("Mismatch repair status: proficient", [("MMR", SIG, N, {})]),
    ],
    # A burden's amount after its name, no cut-off nor class in its unit: reported.
    "burden_amount_alone": [
        ("TMB ........ 7 mut/Mb", [("TMB", SIG, R, {})]),
        ("Tumour mutation burden 11.4 mutations per megabase", [("TMB", SIG, R, {})]),
    ],
    # HER2 where the words from its name to the next name name one test, the verdict's.
    "her2_with_its_test_named": [
        ("HER2 (4B5) immunostain: negative, no membrane staining", [("HER2", EXPR, N, {})]),
        ("The HER2 gene is not amplified by dual-probe ISH.", [("HER2", AMP, N, {})]),
    ],
    # HER2's stain score after its name, its status by the scale.
    "her2_score_after_the_name": [
        ("HER2 IHC .......... 2+", [("HER2", EXPR, E, {})]),
        ("HER2 (clone 4B5) score 0", [("HER2", EXPR, N, {})]),
    ],
    # Ki-67's share after its name: reported.
    "share_after_the_name": [
        ("Ki-67 (MIB-1) labelling: about 25%", [("Ki-67", EXPR, R, {})]),
        ("Ki67 proliferation index 8 %", [("Ki-67", EXPR, R, {})]),
    ],
    # The words from the name to the next name decide its aspect, not the rest of the line.
    "aspect_from_the_names_stretch": [
        (
            "KRAS mutation: not detected   ALK fusion: not detected",
            [("KRAS", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "BRAF variant - absent; ROS1 rearrangement - absent",
            [("BRAF", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
}

LEAVES: dict[str, list[str]] = {
    # words that deny or set apart the name right after them
    "a_denial_before_the_name": [
        "No oestrogen receptors seen in the tumour cells.",
        "Other BRAF mutations are not found by this assay.",
    ],
    # the verdict before another gene is that gene's
    "a_verdict_of_the_gene_after_it": [
        "The abnormal p53 pattern and negative WT1 favour a uterine origin.",
        "ALK rearrangement absent, positive CDX2 in the glands.",
    ],
    # a verdict before the name that says only which stains were done
    "a_stain_list_before_the_names": [
        "Slides were stained for MLH1 and PMS2.",
        "Expression of ER and PR was assessed on block 2.",
    ],
    # a verdict whose words set the name apart
    "a_verdict_that_sets_the_name_apart": [
        "No mutation other than KRAS G12D was detected.",
        "No variants except in PIK3CA were identified.",
    ],
    # HER2's combined status, its tests both named, or a verdict against its score
    "her2_status_or_both_tests": [
        "Final HER2 status: positive (IHC 2+).",
        "HER2: negative (IHC 2+, FISH not amplified)",
        "HER2 (4B5) POSITIVE, score 1+",
    ],
    # a burden's amount beside its laboratory's cut-off
    "a_burden_beside_its_cut_off": [
        "TMB 7 mut/Mb (cut-off 10 mut/Mb)",
        "Tumour mutational burden: 9 mutations per megabase; threshold for treatment 10",
        "TMB: 6 mut/Mb.\nTMB-high is defined as 10 mut/Mb or more.",
    ],
    # a verdict with a clone in a column rather than a bracket, and a share with a bound only
    "a_clone_column_or_a_bare_number": [
        "Marker Clone Result\nPR 1E2 Positive 40\n",
        "Ki-67 labelling index: 30",
    ],
}


(
    test_each_kind_has_two_wordings,
    test_the_fallback_reads_a_kind,
    test_the_fallback_leaves_a_kind,
) = fallback_tests(READS, LEAVES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ER" + " " * 3000 + "positive", set()),
        ("negative for" + " " * 3000 + "MLH1", set()),
        (
            "ER," + " " * 3000 + "PR and AR negative",
            {
                ("ER", "expression", "negative"),
                ("PR", "expression", "negative"),
                ("AR", "expression", "negative"),
            },
        ),
        ("KRAS (" + " " * 3000 + ") wild type", set()),
        ("TMB" + " " * 3000 + "12" + " " * 3000 + "mut/Mb high", set()),
        ("HER2 IHC" + " " * 3000 + "score" + " " * 3000 + "2+", set()),
        ("Ki-67" + " " * 3000 + "%", set()),
        ("No" + " " * 3000 + "progesterone receptors found", set()),
        ("EGFR exon" + " " * 3000 + "19, " * 500 + "deletion not detected", set()),
    ],
)
def test_a_long_run_of_spaces_is_read_whole(text: str, expected: set[tuple[str, str, str]]) -> None:
    """A name and a verdict a long run apart are no plain statement; a listed name's run is a gap.

    Each pattern of the pass takes such runs whole: one that gave them back space by space
    would not end here (bench/bench_linear_inputs.py times such pages).
    """
    assert fallback_alone(text) == expected
