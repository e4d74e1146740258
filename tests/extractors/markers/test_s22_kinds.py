"""Kinds of wording the twenty-second session found missed or wrongly read on the tune halves
(probe 16's tune half, newly released, first among them), each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby results that
the kind's rule must leave standing (or read as before). No sentence is quoted from a report.
The rules are in `context_rules.json` (their own examples run in `test_rule_examples.py`):
the aspect words `antibody-clone-named-beside-the-stain`; the cue `not-detected-in-before-names`
(now also after 'fusion transcripts' and before a colon); the exclusions `false-result-caveat`,
`approval-note-in-brackets`, `earlier-version-of-the-report`, `pending-ordered` (a request's
reason in brackets) and `methods-antibody-clone` ('antibody-drug conjugate'); the verdict no cue
counts inside, `microsatellite-locus-verdict`. In code: a list wrapped after its comma goes on
(`context._HARD_BREAK`, `context._with_name_line_breaks`), and a slash joins genes named with
their codons or exons in one list (`gene_symbols._JOINERS`); the parts tested and the method
after such a list are read as OCR misreads them too (`gene_symbols._PART`,
`units._PARTS_TESTED`, `units._METHOD_TAIL`); the mismatch repair proteins' names take a hyphen
set off by a space (rules/mlh1.json, msh2, msh6, pms2).
"""

import pytest

from extractors.markers.context import statement_breaks
from extractors.markers.context_rules import compile_cue_words, compile_words
from tests.extractors.markers.kind_tables import (
    EXPR,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    context_rule,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # An antibody's clone named beside a stain ('(clone 31G7)', 'clone: 5B7') says the result is
    # the immunostain's, for a marker whose default is a gene's mutation (EGFR).
    "clone_named_beside_the_stain": [
        ("EGFR (clone 31G7): positive", [("EGFR", EXPR, P, {})]),
        ("EGFR (clone 2-18C9): negative in the tumour", [("EGFR", EXPR, N, {})]),
        (
            "HER1 (clone 5B7): positive, membranous, in about 60% of cells",
            [("EGFR", EXPR, P, {"percent": 60})],
        ),
    ],
    # A negative verdict first, then 'for:' or 'in:' and the genes it covers; the verdict also
    # after 'fusion transcripts' ('Fusion transcripts were not detected for: ALK, ROS1').
    "verdict_then_its_genes_after_a_colon": [
        (
            "Fusion transcripts were not detected for: ALK, RET and ROS1.",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Pathogenic variants were not identified in: BRCA1, BRCA2.",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "Fusion transcripts are not detected for NTRK and ALK.",
            [("NTRK", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # A list that a line break cuts after a comma goes on in the line below: the line below,
    # though in capitals or after a 'Key: value' line, is no heading and no new field.
    "list_wrapped_after_its_comma": [
        (
            "Rearrangements were not detected for: ALK, ROS1, NRG1, FGFR2,\nRET, NTRK1.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        (
            "Mutations were not found in: KRAS, NRAS,\nBRAF or PIK3CA.",
            [
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
            ],
        ),
    ],
    # Genes each named with the codons or exons tested, joined by a slash, share the verdict
    # after them ('IDH1 codon 132 / IDH2 codon 172 sequencing: no mutation detected').
    "slash_between_genes_with_their_codons": [
        (
            "IDH1 codon 132 / IDH2 codon 172 sequencing: no mutation detected.",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})],
        ),
        (
            "KRAS exon 2 / NRAS exon 3 (pyrosequencing): no mutation detected",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # A test's caveat that it may give a false result is the method's limit, not a result.
    "false_result_caveat": [
        ("Note: HER2 IHC can give a false negative result in decalcified bone.", []),
        ("ALK FISH may give a falsely positive result in polyploid nuclei.", []),
        ("Caveat: EGFR testing could return a false-negative on a decalcified block.", []),
    ],
    # A drug's approval or indication noted in brackets (in a therapy table, often over a line
    # break) names the population it is approved in, not this tumour's results.
    "approval_note_in_brackets": [
        ("Olaparib (PARP inhibitor; approved in germline BRCA-mutated,\nHER2-negative cancer)", []),
        ("Alpelisib (approval for PIK3CA-mutated, HR-positive advanced disease)", []),
    ],
    # What an earlier version of the report said is no result: the corrected one stands.
    "earlier_version_of_the_report": [
        (
            "The first version of this report gave the HER2 score as 2+. HER2 (IHC): 3+, positive.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "In the earlier issue of the report ER was typed as negative; ER is positive (80%).",
            [("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    # The reason a stain was requested, in brackets between its name and its verdict, is no
    # pending test: the verdict after the bracket is the stain's.
    "reason_for_request_in_brackets": [
        (
            "ER (requested by the oncologist) is positive in 90% of nuclei.",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "PD-L1 (requested for immunotherapy) was negative, TPS <1%.",
            [("PD-L1", EXPR, N, {"value": "<1%"})],
        ),
        (
            "Mesothelin\n(requested for the trial pre-screen) is strongly\n"
            "expressed on most cells.",
            [("Mesothelin", EXPR, P, {})],
        ),
    ],
    # 'Antibody-drug conjugate' names a class of drug, not the antibody a stain was done with.
    "antibody_drug_conjugate_is_a_drug": [
        (
            "Mesothelin, stained for an antibody-drug conjugate trial, is strongly expressed.",
            [("Mesothelin", EXPR, P, {})],
        ),
        (
            "HER2 (assessed for antibody drug conjugate therapy): score 1+, negative",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # A microsatellite locus's own 'stable' or 'unstable' (BAT-25, NR-24, D2S123) is that
    # locus's reading, never the tumour's MSI verdict.
    "microsatellite_locus_verdict": [
        (
            "Microsatellite status by PCR\nMarkers tested: NR-21 unstable, NR-24 stable, BAT-25 "
            "unstable\nConclusion: MSI-H",
            [("MSI", SIG, P, {"value": "MSI-H"})],
        ),
        (
            "Microsatellite instability analysis\nLoci: BAT26 stable   NR24 unstable   D2S123 "
            "unstable\nResult: MSI-high",
            [("MSI", SIG, P, {})],
        ),
    ],
    # A mismatch repair protein's name typed with its hyphen set off by a space ('MLH -1',
    # 'MSH- 2'): the same name (the gene symbol aliases).
    "hyphen_set_off_in_a_name": [
        (
            "Nuclear staining is retained for MLH -1, MSH -2, MSH- 6 and PMS -2.",
            [
                ("MLH1", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            "Loss of MSH- 2 and MSH -6; MLH -1 and PMS -2 retained.",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # The words of a list of genes with the parts tested and its method, as OCR misreads them
    # ('c0don', 'ex0n', 'pyr0sequencing'), are read by the one misreading rule.
    "misread_parts_and_method_of_a_gene_list": [
        (
            "KRAS c0dons 12/13 / NRAS c0don 61 pyr0sequencing: no mutation detected.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "BRAF ex0n 15 / KRAS ex0n 2 sequencing: wild type",
            [("BRAF", MUT, N, {}), ("KRAS", MUT, N, {})],
        ),
    ],
    # An antibody named with its clone in brackets, then the staining described ('diffuse',
    # 'focal', 'patchy', with a word or two) before the verdict: a result, not the methods'
    # words about an antibody (methods-antibody-clone).
    "antibody_then_its_staining_described": [
        (
            "BRAF V600E mutation-specific antibody (clone VE1): diffuse strong cytoplasmic "
            "staining, positive",
            [("BRAF", EXPR, P, {"alteration": "V600E"})],
        ),
        (
            "ALK antibody (D5F3): focal granular staining in tumour cells, positive",
            [("ALK", EXPR, P, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "clone_named_beside_the_stain": [
        ("EGFR: no mutation detected (exons 18-21).", [("EGFR", MUT, N, {})]),
        ("ALK (clone D5F3): negative", [("ALK", EXPR, N, {})]),
    ],
    "verdict_then_its_genes_after_a_colon": [
        (
            "Fusions were not detected for ALK, ROS1 or RET.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Mutations were not detected in this sample. KRAS: G12D detected.",
            [
                ("KRAS", MUT, P, {"alteration": "G12D"}),
            ],
        ),
    ],
    "list_wrapped_after_its_comma": [
        (
            "KRAS: no mutation detected.\nBRAF V600E DETECTED.",
            [
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, P, {"alteration": "V600E"}),
            ],
        ),
        (
            "ER: positive (90%).\nHER2 (IHC): negative, score 1+",
            [
                ("ER", EXPR, P, {"percent": 90}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
            ],
        ),
    ],
    "slash_between_genes_with_their_codons": [
        (
            "KRAS exon 2, NRAS exon 3: no mutation detected.",
            [
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
            ],
        ),
        (
            "IDH1 / IDH2 sequencing: no mutation detected.",
            [
                ("IDH1", MUT, N, {}),
                ("IDH2", MUT, N, {}),
            ],
        ),
    ],
    "false_result_caveat": [
        (
            "HER2 (IHC): negative, score 0. Decalcified blocks may give falsely negative results.",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        (
            "MSI: stable (MSS). Testing may be falsely negative with little tumour.",
            [
                ("MSI", SIG, N, {"value": "MSS"}),
            ],
        ),
    ],
    "approval_note_in_brackets": [
        (
            "PIK3CA H1047R detected (alpelisib is approved in this setting).",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
        ("BRCA2 c.5946del (p.Ser1982fs) detected.", [("BRCA2", MUT, P, {})]),
    ],
    "earlier_version_of_the_report": [
        ("HER2 (IHC): score 2+, equivocal.", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        ("Amended report: ER is positive (80%).", [("ER", EXPR, P, {"percent": 80})]),
    ],
    "reason_for_request_in_brackets": [
        ("HER2 FISH (requested by the oncologist) is to follow.", []),
        ("KRAS testing (requested on block A2) is pending.", []),
    ],
    "antibody_drug_conjugate_is_a_drug": [
        ("The ER antibody is applied on an automated stainer.", []),
        (
            "The HER2 antibody is applied on an automated stainer. HER2 (IHC): 3+, positive.",
            [
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
        ),
    ],
    "microsatellite_locus_verdict": [
        ("MSI: stable (0 of 5 loci unstable; BAT-25: stable)", [("MSI", SIG, N, {})]),
        ("Microsatellite status: stable (MSS)", [("MSI", SIG, N, {"value": "MSS"})]),
    ],
    "hyphen_set_off_in_a_name": [
        ("MLH1 - retained; PMS2 - retained", [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})]),
        ("MSH-6: lost", [("MSH6", EXPR, N, {})]),
    ],
    "misread_parts_and_method_of_a_gene_list": [
        (
            "IDH1 codon 132 sequencing: R132H detected",
            [("IDH1", MUT, P, {"alteration": "R132H"})],
        ),
        ("EGFR exons 18-21: no mutation detected.", [("EGFR", MUT, N, {})]),
    ],
    "antibody_then_its_staining_described": [
        ("The ER antibody is applied on an automated stainer.", []),
        ("PD-L1 was stained with the 22C3 clone.", []),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)

_NEW_RULES = (
    "antibody-clone-named-beside-the-stain",
    "not-detected-in-before-names",
    "false-result-caveat",
    "approval-note-in-brackets",
    "earlier-version-of-the-report",
    "pending-ordered",
    "methods-antibody-clone",
    "microsatellite-locus-verdict",
)

_CUES = {"not-detected-in-before-names"}
_LEADS = (
    "clone",
    "fusion transcripts were not detected for",
    "may give a falsely",
    "false negative",
    "(approved in",
    "first version of the report",
    "(requested",
    "antibody",
    "BAT-25",
)


@pytest.mark.parametrize("name", _NEW_RULES)
@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "-" * 3000, ". " * 1500, "\n" * 3000])
def test_the_new_rules_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """No timing: a rule that backtracked on the run would hang, which the run's limit catches."""
    rule = context_rule(name)
    pattern = compile_cue_words(rule.pattern) if name in _CUES else compile_words(rule.pattern)
    for lead in _LEADS:
        for text in (lead + run + "x", lead + " ALK" + run + "x", "(" + lead + run + ")"):
            found = pattern.search(text)
            assert found is None or found.end() <= len(text)


@pytest.mark.parametrize("run", [" " * 3000, ", " * 1500, ",\n" * 1500])
def test_the_breaks_answer_at_once_on_a_long_run(run: str) -> None:
    """The line breaks that a comma keeps from parting a list are found in one pass."""
    text = "Not detected for: ALK," + run + "\nRET, ROS1.\n"
    assert all(0 <= offset <= len(text) for offset, _ in statement_breaks(text))
