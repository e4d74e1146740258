"""Kinds of wording met in TCGA pathology reports (the silver tune half) misread or missed.

Each kind is a shape of words, named for that shape; every sentence here is our own, none
quoted from a report. The counter-examples are the same shapes where no result is stated, or
where another reading must stay.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    assert_reads,
    kind_cases,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # HercepTest's own words for its four steps: 2+ is 'weakly positive', 3+ 'strongly
    # positive'. A HER2 stain called weakly positive with no score is the equivocal step; the
    # receptors' 'weakly positive' stays positive (low positive).
    "her2_weakly_positive_is_the_equivocal_step": [
        (
            "HER-2/neu immunostain (HercepTest): weakly positive.",
            [("HER2", EXPR, E, {})],
        ),
        (
            "The invasive carcinoma is weakly positive for c-erbB-2 oncoprotein.",
            [("HER2", EXPR, E, {})],
        ),
        (
            "HER2 by IHC: done on the earlier core; weakly positive.",
            [("HER2", EXPR, E, {})],
        ),
        (
            "Oestrogen receptor: weakly positive. HER2 protein: weakly positive.",
            [("ER", EXPR, P, {}), ("HER2", EXPR, E, {})],
        ),
    ],
    # 'studies show' is literature only where nothing names whose studies they are: a
    # laboratory's own 'immunohistochemical studies show the tumour to be ...' is a result.
    "own_studies_show_the_result": [
        (
            "Immunoperoxidase studies show the invasive tumour cells to be negative for"
            " progesterone receptor.",
            [("PR", EXPR, N, {})],
        ),
        (
            "Microsatellite instability studies show the carcinoma to be MSS.",
            [("MSI", SIG, N, {})],
        ),
        (
            "Receptor studies indicate that the tumour is oestrogen receptor positive.",
            [("ER", EXPR, P, {})],
        ),
    ],
    # Names, then as many verdicts in their order, the last (or each) with its value in
    # brackets: each name takes the verdict in its place. With the bracket the list was read
    # word by word, and the receptors took HER2's verdict.
    "paired_verdicts_with_a_bracketed_value": [
        (
            "Receptor summary - ER/PR/HER2: negative/negative/positive (3+).",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "ER/PR: neg (0%)/pos (15%)",
            [("ER", EXPR, N, {"percent": 0}), ("PR", EXPR, P, {"percent": 15})],
        ),
        (
            "Oestrogen receptor, HER2: positive (95%), negative (score 1+)",
            [("ER", EXPR, P, {"percent": 95}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # A scored stain's result, then a clause on the reflex in situ test still to come: the
    # clause may name the test with more words ('FISH results to follow', 'FISH has been
    # requested and will be reported'); only the ISH is pending.
    "scored_result_then_a_later_test_clause": [
        (
            "HER-2/neu (IHC): 2+ (equivocal), FISH has been requested and will be issued"
            " separately.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 immunostain 2+, reflex FISH results to follow in an addendum.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    # MSI's own grades worded by frequency ('high-frequency microsatellite instability' is
    # MSI-H, 'low-frequency' MSI-L), and 'microsatellite unstable' as a name with its verdict:
    # the frequency words are the grade's, not an epidemiology sentence's.
    "microsatellite_instability_graded_by_frequency": [
        (
            "PCR analysis shows high-frequency microsatellite instability in the tumour.",
            [("MSI", SIG, P, {})],
        ),
        (
            "Microsatellite instability: low frequency (instability at one of five loci).",
            [("MSI", SIG, N, {})],
        ),
        (
            "By fragment analysis the adenocarcinoma is microsatellite unstable.",
            [("MSI", SIG, P, {})],
        ),
    ],
    # The gene's spelled-out name ('epidermal growth factor receptor') holds 'receptor', a
    # stain's word for ER and PR, but names no method: the lung checklist's 'Epidermal Growth
    # Factor Receptor (EGFR) Analysis Results' line is the mutation analysis's, as the bare
    # 'EGFR analysis: negative' is.
    "growth_factor_receptor_spelled_out_is_no_stain": [
        (
            "Epidermal growth factor receptor (EGFR) analysis results (specify method): not"
            " detected",
            [("EGFR", MUT, N, {})],
        ),
        (
            "EPIDERMAL GROWTH FACTOR RECEPTOR (EGFR) TESTING: NEGATIVE.",
            [("EGFR", MUT, N, {})],
        ),
    ],
}

# Same shapes that state no result, or whose other reading must stay.
COUNTER: dict[str, list[tuple[str, Expected]]] = {
    "her2_weakly_positive_is_the_equivocal_step": [
        (
            "HER2 (HercepTest): weakly positive (score 2+).",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "Progesterone receptor is weakly positive in scattered nuclei.",
            [("PR", EXPR, P, {})],
        ),
    ],
    "own_studies_show_the_result": [
        ("Studies show that HER2 positive cancers recur earlier.", []),
        ("Several studies have reported that BRAF mutant tumours are microsatellite unstable.", []),
    ],
    "paired_verdicts_with_a_bracketed_value": [
        ("ER/PR: positive/negative (circle one)", []),
        ("ER/PR status: positive/negative (see addendum)", []),
    ],
    "scored_result_then_a_later_test_clause": [
        ("HER2 by IHC: pending, FISH results to follow if the score is 2+.", []),
        ("HER2 FISH has been requested and will be reported separately.", []),
    ],
    "microsatellite_instability_graded_by_frequency": [
        ("Microsatellite instability occurs with high frequency in Lynch syndrome cancers.", []),
        ("MSI-H is found at a frequency of about 15% in colorectal carcinoma.", []),
    ],
    "growth_factor_receptor_spelled_out_is_no_stain": [
        (
            "Epidermal growth factor receptor (EGFR) immunostain: negative.",
            [("EGFR", EXPR, N, {})],
        ),
        (
            "EGFR (epidermal growth factor receptor) protein: positive, 2+.",
            [("EGFR", EXPR, P, {"ihc_score": "2+"})],
        ),
    ],
}


test_every_kind_has_two_wordings, test_kind_is_read = kind_tests(KINDS)


@pytest.mark.parametrize(("text", "expected"), kind_cases(COUNTER))
def test_counter_example_holds(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
