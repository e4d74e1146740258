"""Kinds of wording the twenty-first session's precision round found read as results that are
none, each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state (often nothing); KEPT holds nearby
results that the kind's rule must leave standing. No sentence is quoted from a report. The rules
are in `context_rules.json` (their own examples run in `test_rule_examples.py`): the exclusions
`uncertain-significance-in-apposition`, `criteria-class-reported-as-a-verdict`,
`subtype-of-an-advanced-diagnosis`, and the verdict no cue counts inside,
`verdict-before-another-stain`.
"""

import pytest

from extractors.markers.context_rules import compile_words, load_context_rules
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A variant of uncertain significance named first, its gene and change set after it in
    # commas or brackets ('a VUS, GENE c.x, was also found'): the change is no result.
    "uncertain_significance_in_apposition": [
        ("A variant of uncertain significance, MSH6 c.3226C>T p.Arg1076Cys, was also noted.", []),
        ("One further VUS (MLH1 p.Val384Asp) was identified.", []),
        (
            "Variants of unknown significance, BRCA2 p.Asn372His and ATM p.Asp1853Asn, are "
            "listed for completeness.",
            [],
        ),
    ],
    # A guideline's class of ISH result (group 1-5) stated with the verdict it is reported as:
    # the rule of the guideline, not this specimen's result.
    "class_reported_as_a_verdict": [
        (
            "Per the current guideline, group 4 with IHC 2+ is reported as HER2 negative.",
            [],
        ),
        (
            "Per the guideline, ISH group 5 cases are interpreted as HER2 not amplified.",
            [],
        ),
    ],
    # A receptor subtype in signs after an advanced tumour's diagnosis, as a molecular report's
    # clinical line quotes it ('metastatic breast cancer, ER+/HER2-'): the tumour's known type,
    # not a test this report states.
    "subtype_of_an_advanced_diagnosis": [
        ("Clinical: recurrent breast carcinoma (ER+, PR-, HER2-) for ctDNA testing.", []),
        ("Reason for referral: advanced breast cancer, ER-positive/HER2-negative, on CDK4/6i.", []),
        ("Diagnosis  Breast cancer, HR+/HER2-, progressing on an aromatase inhibitor", []),
    ],
    # A verdict that stands right before another stain's name, after 'and', 'with', 'but' or a
    # comma ('... and negative WT1'), is that stain's: never the marker named before it.
    "verdict_before_another_stain": [
        ("Diffuse ER staining and negative TTF-1 favour a breast primary.", []),
        ("Patchy PR staining with negative PAX8 argues against a gynaecological primary.", []),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "uncertain_significance_in_apposition": [
        (
            "A variant of uncertain significance, ATM p.Ser49Cys, was seen; BRCA1 c.68_69del "
            "(p.Glu23fs) is pathogenic.",
            [("BRCA1", MUT, P, {})],
        ),
        (
            "No pathogenic variant in BRCA2. One VUS, BRCA2 p.Asn372His, was also noted.",
            [("BRCA2", MUT, N, {})],
        ),
        (
            "KRAS p.G12V detected (VAF 22%).\nA VUS, ATM p.Ser49Cys, was also noted.",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    "class_reported_as_a_verdict": [
        (
            "HER2 FISH: ratio 1.4 with 4.6 copies per cell (group 4), which per the guideline is "
            "reported as not amplified.",
            [("HER2", AMP, N, {"ratio": 1.4})],
        ),
        ("HER2 FISH (group 1): ratio 2.6, amplified.", [("HER2", AMP, P, {"ratio": 2.6})]),
    ],
    "subtype_of_an_advanced_diagnosis": [
        (
            "Metastatic breast carcinoma in the liver biopsy. ER: positive (85%). HER2: negative "
            "(score 1+).",
            [("ER", EXPR, P, {"percent": 85}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "Metastatic carcinoma, consistent with breast origin; ER positive (70%).",
            [("ER", EXPR, P, {"percent": 70})],
        ),
    ],
    "verdict_before_another_stain": [
        (
            "The tumour is ER positive (90%), with negative CDX2.",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        ("Strong CK7 and negative MLH1 staining in the tumour.", [("MLH1", EXPR, N, {})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)

_NEW_RULES = (
    "uncertain-significance-in-apposition",
    "criteria-class-reported-as-a-verdict",
    "subtype-of-an-advanced-diagnosis",
    "verdict-before-another-stain",
)


@pytest.mark.parametrize("name", _NEW_RULES)
@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "-" * 3000, ". " * 1500])
def test_the_new_rules_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """No timing: a rule that backtracked on the run would hang, which the run's limit catches."""
    rules = load_context_rules()
    rule = next(e for e in [*rules.exclusions, *rules.quality_verdicts] if e.name == name)
    pattern = compile_words(rule.pattern)
    leads = (
        "variant of uncertain significance,",
        "VUS (",
        "group 4",
        "metastatic breast cancer,",
        "ER and negative",
    )
    for lead in leads:
        for text in (lead + run + "x", lead + " BRCA1" + run + "x"):
            found = pattern.search(text)
            assert found is None or found.end() <= len(text)
