"""Kinds of wording that probe 19's rewordings of known findings showed unread, each in two or
more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby wordings whose
reading the kind's rule must leave as it was. No sentence is quoted from a report. The rules:
`class_key_with_a_leader` in statements.py (a dot leader parts a class key from its denial as a
colon does), and in unit_rules.json `verdict-label-then-list` (now also 'not amplified' /
'amplified', a bracketed note or a method before the colon: `verdict_label_with_a_note`) and
`none-of-the-following-found-then-list`; in units.py `method_before_the_genes` (a method that
leads a line of genes and their parts, 'Sequencing of ... :'); in context_rules.json the
exclusion `methods-probes-and-primers` now spares a probe followed by its own verdict
(`probe_with_its_verdict`), and the exclusion `verdict-named-type-to-be-excluded`.
"""

import pytest

from extractors.markers.context_rules import compile_words
from extractors.markers.statements import _CLASS_DENIED, _NEGATED_VALUE
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    context_rule,
    fixed_and_kept_tests,
    unit_list_rule,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A class named as a key ('MSI-High', 'TMB-High') whose value, after a leader of dots,
    # denies it: the class is what was not found.
    "class_key_with_a_leader": [
        ("Biomarker summary\n  MSI-High ............ NOT DETECTED", [("MSI", SIG, N, {})]),
        ("TMB-High . . . . . . not detected", [("TMB", SIG, N, {})]),
        (
            "Microsatellite instability (MSI-High) ........ not identified",
            [("MSI", SIG, N, {})],
        ),
    ],
    # A verdict that heads its line, with a bracketed note or the method before its colon, and
    # the markers it speaks of after it.
    "verdict_label_with_a_note": [
        ("Equivocal (score 2+): HER2 protein", [("HER2", EXPR, E, {})]),
        ("NOT AMPLIFIED by dual-probe ISH: HER2 gene", [("HER2", AMP, N, {})]),
        ("Negative (less than 1%): oestrogen receptor", [("ER", EXPR, N, {})]),
        ("Amplified by FISH: MET and HER2", [("MET", AMP, P, {}), ("HER2", AMP, P, {})]),
    ],
    # 'None of the following were found:' leading a list of genes and changes: each is absent.
    "none_of_the_following_then_list": [
        (
            "None of the following were identified: KRAS G12D, BRAF V600E.",
            [("KRAS", MUT, N, {"alteration": "G12D"}), ("BRAF", MUT, N, {"alteration": "V600E"})],
        ),
        (
            "None of these hotspot variants was detected: NRAS codon 61, EGFR exon 21",
            [("NRAS", MUT, N, {}), ("EGFR", MUT, N, {})],
        ),
    ],
    # The method leads a line of genes with the parts tested, before their shared verdict.
    "method_before_the_genes": [
        (
            "Sequencing of KRAS codon 12 and NRAS codon 61: wild type",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "Mutation analysis for BRAF exon 15 and IDH1 codon 132: not detected",
            [("BRAF", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
    ],
    # A gene's in-situ probe as the subject of its own verdict: the probe's result is the gene's
    # copy number, not a line of method.
    "probe_with_its_verdict": [
        ("FISH: the EGFR probe shows amplification.", [("EGFR", AMP, P, {})]),
        ("ERBB2 probe: not amplified", [("HER2", AMP, N, {})]),
        ("The HER2 probe shows no amplification.", [("HER2", AMP, N, {})]),
    ],
    # A tumour type named by a marker's verdict ('an ALK-negative variant') as what a test is
    # to exclude or rule out: a question, not this tumour's result.
    "verdict_named_type_to_be_excluded": [
        ("Molecular testing is pending to rule out an ALK-positive tumour.", []),
        ("Sequencing was requested to look for a KRAS mutant subclone.", []),
        ("Ki-67 stain added to exclude a MLH1-deficient carcinoma.", []),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "class_key_with_a_leader": [
        ("MSI-High ........ DETECTED", [("MSI", SIG, P, {"value": "MSI-H"})]),
        ("MSI-High: not detected", [("MSI", SIG, N, {})]),
    ],
    "verdict_label_with_a_note": [
        (
            "Positive: estrogen receptor and progesterone receptor",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
        ("Negative: CK20, HER2", [("HER2", EXPR, N, {})]),
    ],
    "none_of_the_following_then_list": [
        (
            "KRAS and NRAS codons 12, 13 and 61 were sequenced. None of these mutations were "
            "detected.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "The following were not found: ALK, ROS1 rearrangements.",
            [("ALK", "fusion", N, {}), ("ROS1", "fusion", N, {})],
        ),
    ],
    "method_before_the_genes": [
        (
            "KRAS codon 12 and NRAS codon 61: wild type",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "Sequencing of KRAS exon 2: p.G12V detected.",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    "probe_with_its_verdict": [
        ("The ROS1 break-apart probe flanks the gene.", []),
        (
            "HER2 by dual-probe ISH: not amplified, ratio 1.3.",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
    ],
    "verdict_named_type_to_be_excluded": [
        (
            "FISH was done to exclude ALK rearrangement; ALK is not rearranged.",
            [("ALK", "fusion", N, {})],
        ),
        ("The tumour is ALK-negative by immunohistochemistry.", [("ALK", EXPR, N, {})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "-" * 3000, ". " * 1500, "." * 3000])
def test_the_new_wordings_answer_at_once_on_a_long_run(run: str) -> None:
    """No timing: a pattern that backtracked on the run would hang; the run's limit catches it."""
    for pattern in (_NEGATED_VALUE, _CLASS_DENIED):
        for text in (run + "x", run + "not detected", "." + run + "x"):
            pattern.match(text)
    for name in ("verdict-label-then-list", "none-of-the-following-found-then-list"):
        pattern = unit_list_rule(name)
        for lead in ("Not amplified", "Equivocal (2+)", "Negative by", "None of the following"):
            for text in (lead + run + "x", lead + " were found" + run + "x"):
                found = pattern.search(text)
                assert found is None or found.end() <= len(text)


@pytest.mark.parametrize(
    "name", ["verdict-named-type-to-be-excluded", "methods-probes-and-primers"]
)
@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "-" * 3000, ". " * 1500])
def test_the_new_exclusions_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """No timing: a rule that backtracked on the run would hang, which the run's limit catches."""
    pattern = compile_words(context_rule(name).pattern)
    for lead in ("to exclude an", "to rule out", "EGFR probe", "ALK-"):
        for text in (lead + run + "x", lead + " ALK" + run + "negative"):
            found = pattern.search(text)
            assert found is None or found.end() <= len(text)
