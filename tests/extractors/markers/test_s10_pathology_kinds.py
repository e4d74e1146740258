"""Kinds of surgical-pathology and biomarker wording, written from how such reports are made.

Every sentence here is our own, written from knowledge of how pathologists word immunostain,
in situ hybridisation and mismatch repair results and the text around them (history, methods,
criteria, requests, pending and failed tests, other specimens, amendments). None is quoted from
a report. Most kinds guard precision: words that name a marker but state no result of this
specimen, or state another one, must give no result or the other one.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    SIG,
    E,
    Expected,
    N,
    P,
    R,
    assert_reads,
    has_two_wordings,
    kind_cases,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
CONTEXT_KINDS = {
    # A result quoted from the patient's history is history, not this specimen's result.
    "history_quoted_as_history": [
        (
            "CLINICAL HISTORY: Breast carcinoma, previously reported HER2 positive (2019).\n"
            "Liver biopsy to confirm metastasis.",
            [("HER2", EXPR, P, {"historical": True})],
        ),
        (
            "The patient has a remote history of ER-positive ductal carcinoma of the left breast.",
            [("ER", EXPR, P, {"historical": True})],
        ),
    ],
    # The tests of the first diagnosis, restated in a later report, are history.
    "results_of_the_first_diagnosis": [
        (
            "Hormone receptor studies done at the original diagnosis were ER positive and PR"
            " negative.",
            [("ER", EXPR, P, {"historical": True}), ("PR", EXPR, N, {"historical": True})],
        ),
        (
            "The initial biopsy (2021) showed HER2 3+ staining.",
            [("HER2", EXPR, P, {"ihc_score": "3+", "historical": True})],
        ),
    ],
    # Clinicians' shorthand for history ('s/p', 'Hx of', 'treated 2015') quotes earlier results.
    "clinical_shorthand_for_history": [
        (
            "s/p lumpectomy for ER+/PR+/HER2- IDC (2018); now axillary mass.",
            [
                ("ER", EXPR, P, {"historical": True}),
                ("PR", EXPR, P, {"historical": True}),
                ("HER2", EXPR, N, {"historical": True}),
            ],
        ),
        ("Hx of ER+ breast ca, now lung mass.", [("ER", EXPR, P, {"historical": True})]),
        (
            "72F, ER-positive breast cancer treated 2015, presents with a bone lesion.",
            [("ER", EXPR, P, {"historical": True})],
        ),
    ],
    # The clinical history section restates what the clinician knows; nothing in it is a
    # result of the specimen the report is about.
    "clinical_history_section_is_history": [
        (
            "CLINICAL HISTORY:\nKnown ER+ breast cancer on letrozole; new pleural effusion.\n\n"
            "DIAGNOSIS:\nMetastatic carcinoma.",
            [("ER", EXPR, P, {"historical": True})],
        ),
        (
            "Clinical information: KRAS-mutant colon adenocarcinoma resected last year, now lung"
            " nodules.\n\nFINAL DIAGNOSIS:\nAdenocarcinoma consistent with colorectal primary.",
            [("KRAS", "mutation", P, {"historical": True})],
        ),
    ],
    # Teaching sentences about a marker in general state no result of this tumour.
    "background_teaching_sentence": [
        (
            "HER2 overexpression is seen in about 15-20% of breast carcinomas and predicts"
            " benefit from anti-HER2 therapy.",
            [],
        ),
        ("Isolated loss of PMS2 usually reflects a germline PMS2 alteration.", []),
        ("EGFR mutations are more frequent in never-smokers and in women.", []),
        ("Pembrolizumab is approved for tumours with a PD-L1 TPS of 50% or more.", []),
        ("Loss of PMS2 alone is commonly linked to PMS2 germline mutation.", []),
        ("Anti-HER2 therapy is indicated in HER2-amplified gastric cancer.", []),
    ],
    # Controls and how the stain was run: no tumour result, even where a control stained.
    "methods_and_controls": [
        (
            "Appropriate positive and negative controls were run with the ER and PR stains.",
            [],
        ),
        ("Normal breast ducts show ER positivity as an internal control.", []),
        ("External control tissue (tonsil) shows the expected PD-L1 staining.", []),
        ("Non-neoplastic colonic mucosa shows intact MLH1 and PMS2 staining.", []),
        ("Benign lobules are ER positive and serve as the internal control.", []),
        ("On-slide control: known HER2 3+ breast carcinoma.", []),
        ("Negative control - PD-L1 with isotype antibody, no staining.", []),
        # counter-example: a tumour result beside a note on the internal control stands
        (
            "The tumour cells are ER positive (90%); normal ducts serve as internal control.",
            [("ER", EXPR, P, {"percent": 90})],
        ),
    ],
    # How a score is read is a rule, not a result.
    "interpretation_criteria": [
        (
            "HER2 IHC is scored 3+ when complete, intense membrane staining is present in more"
            " than 10% of tumour cells.",
            [],
        ),
        ("ER staining in 1-10% of tumour nuclei is reported as low positive.", []),
        ("A CPS of 1 or more is regarded as PD-L1 positive for this indication.", []),
        (
            "PD-L1 (22C3) interpretation: TPS <1%: no expression; 1-49%: low expression;"
            " >=50%: high expression",
            [],
        ),
        (
            "Scoring key: HER2 0 = no staining; 1+ = faint incomplete staining; 2+ = weak to"
            " moderate complete staining; 3+ = strong complete staining.",
            [],
        ),
        (
            "Group 1: HER2/CEP17 ratio >=2.0 and average HER2 copy number >=4.0 signals/cell:"
            " positive (amplified).",
            [],
        ),
        ("PD-L1 (SP142) in triple-negative breast cancer is scored on immune cells.", []),
        # counter-example: a result with its group stands
        (
            "HER2 ISH: amplified, HER2/CEP17 ratio 3.1 (ASCO/CAP group 1)",
            [("HER2", AMP, P, {"ratio": 3.1})],
        ),
    ],
    # A test that would be done, or is advised, has no result yet.
    "hypothetical_or_recommended_test": [
        ("If HER2 is 2+, FISH will be performed.", []),
        ("Recommend MMR testing by immunohistochemistry.", []),
        ("Consider PD-L1 testing if clinically indicated.", []),
        ("Should the tumour prove ER negative, PR staining is advised.", []),
        ("Unless HER2 is 3+ on the resection, no further testing is needed.", []),
        ("Should MLH1 be lost, BRAF V600E testing would follow.", []),
    ],
    # Ordered, pending, sent out: no result yet.
    "ordered_pending_or_sent_out": [
        ("ER, PR and HER2 have been ordered on block A3.", []),
        (
            "PD-L1 (22C3) sent to the reference laboratory; results to follow in an addendum.",
            [],
        ),
        ("Mismatch repair immunostains are pending.", []),
    ],
    # A test not done, cancelled, failed or unreadable has no result.
    "not_performed_or_not_evaluable": [
        ("HER2 testing was not performed because of insufficient tumour in the block.", []),
        ("PD-L1: not evaluable (fewer than 100 viable tumour cells).", []),
        ("Ki-67 cancelled at the clinician's request.", []),
        ("The MLH1 stain is uninterpretable because the internal control failed to stain.", []),
    ],
    # A pointer to another specimen's report gives that specimen's result no place here.
    "result_of_another_specimen": [
        ("ER and PR were performed on the prior core biopsy (see S24-1234).", []),
        ("For mismatch repair results, please refer to S24-1234.", []),
    ],
    # 'Concordant with', 'unchanged from': this specimen's own result, compared with another.
    "comparison_keeps_the_current_result": [
        (
            "ER positive (95%), concordant with the prior core biopsy.",
            [("ER", EXPR, P, {"percent": 95, "historical": False})],
        ),
        (
            "HER2 remains negative (1+), unchanged from the diagnostic biopsy.",
            [("HER2", EXPR, N, {"ihc_score": "1+", "historical": False})],
        ),
        (
            "Oestrogen receptor positive (90%), concordant with the prior biopsy.",
            [("ER", EXPR, P, {"percent": 90, "historical": False})],
        ),
        (
            "KRAS G12V detected, the same variant as in the previous resection; identical"
            " to previously.",
            [("KRAS", "mutation", P, {"alteration": "G12V", "historical": False})],
        ),
        (
            "HER2: 1+, unchanged from the previous core biopsy.",
            [("HER2", EXPR, N, {"ihc_score": "1+", "historical": False})],
        ),
        # counter-example: a result of the earlier specimen itself stays history
        (
            "The previous biopsy was ER positive.",
            [("ER", EXPR, P, {"historical": True})],
        ),
    ],
    # An amended result replaces the one it corrects.
    "amendment_gives_only_the_final_result": [
        (
            "AMENDED REPORT\nHER2 IHC: 2+ (equivocal).\n"
            "Reason for amendment: HER2 was previously reported as 1+ in error.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "ADDENDUM - CORRECTED RESULT\nProgesterone receptor: negative (0%).\n"
            "The original report stated PR positive; this was a transcription error.",
            [("PR", EXPR, N, {})],
        ),
        (
            "ADDENDUM: Revised HER2 result: 3+ (previously reported as 2+).",
            [("HER2", EXPR, P, {"ihc_score": "3+", "historical": False, "amended": True})],
        ),
        (
            "CORRECTION: PR is positive (40%); the earlier report erroneously stated PR negative.",
            [("PR", EXPR, P, {"percent": 40})],
        ),
        # counter-example: history of another marker in an amended report stays history
        (
            "AMENDED REPORT\nKi-67 proliferation index: 25% (corrected from 5%).\n"
            "Clinical note: history of ER positive breast carcinoma.",
            [("Ki-67", EXPR, R, {"percent": 25}), ("ER", EXPR, P, {"historical": True})],
        ),
    ],
    # What a result 'does not exclude' or 'cannot rule out' is no result.
    "not_excluded_is_no_result": [
        ("Focal HER2 amplification cannot be ruled out on this limited sample.", []),
        ("The morphology does not exclude an EGFR-mutated adenocarcinoma.", []),
        ("These findings cannot rule out an ALK rearrangement.", []),
        # counter-example: the result before the caveat stands
        (
            "KRAS: wild type. This does not exclude a KRAS mutation outside the codons tested.",
            [("KRAS", "mutation", N, {})],
        ),
    ],
    # 'low probability of MSI-H', 'increased risk of a BRCA1 mutation': a class named as a
    # likelihood is no result of the test that would find it.
    "likelihood_of_a_class_is_no_result": [
        (
            "Mismatch Repair Status: No loss of nuclear expression of MMR proteins: low"
            " probability of MSI-H",
            [("MMR", SIG, N, {})],
        ),
        (
            "MLH1 and PMS2 lost; high likelihood of MSI-high, germline testing advised.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        ("The family history implies an increased risk of a BRCA2 mutation.", []),
    ],
    # Kept proteins state a proficient panel; the caveat about Lynch syndrome after it is
    # background and leaves the panel's verdict as it is.
    "retained_panel_with_a_caveat": [
        (
            "Mismatch repair proteins are retained; this does not rule out Lynch syndrome.",
            [("MMR", SIG, N, {})],
        ),
        (
            "Intact expression of all mismatch repair proteins, which does not entirely"
            " exclude a hereditary cause.",
            [("MMR", SIG, N, {})],
        ),
    ],
    # A verdict tied to a therapy ('positive for trastuzumab eligibility', 'eligible for')
    # is still the test's result; the therapy's name is no background.
    "verdict_tied_to_eligibility": [
        (
            "HER2 (ERBB2) FISH: AMPLIFIED - POSITIVE for anti-HER2 therapy eligibility",
            [("HER2", AMP, P, {})],
        ),
        (
            "PD-L1 (22C3) TPS 60%: positive, eligible for first-line pembrolizumab.",
            [("PD-L1", EXPR, P, {"percent": 60})],
        ),
        # counter-example: a general sentence about eligibility states nothing
        ("Patients whose tumours are HER2 amplified may be eligible for trastuzumab.", []),
    ],
    # Names of the stains done, without a result, state none.
    "stains_named_without_result": [
        ("Immunostains for ER, PR and Ki-67 were reviewed.", []),
        ("Immunohistochemistry for estrogen receptor, progesterone receptor and HER2 on B2.", []),
        ("Stains for ER and PR are shown in the table below.", []),
        ("Tests: ER (SP1), PR (1E2), HER2 (4B5), Ki-67 (30-9)", []),
        ("Antibody  Clone  Vendor\nER  SP1  Ventana\nPR  1E2  Ventana\nHER2  4B5  Ventana", []),
        # counter-example: the clone's code is no index; the index after it still is
        ("Ki-67 (30-9): 25", [("Ki-67", EXPR, R, {"percent": 25})]),
        ("Results of the stains for MLH1 and MSH2 will be issued as an addendum.", []),
        ("The results of these stains for PR and HER2 are tabulated below.", []),
    ],
}

RESULT_KINDS = {
    # Two 'marker score verdict' results on one line are two results.
    "two_results_on_one_line": [
        (
            "HER2 IHC 1+ Negative   ER 95% Positive",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("ER", EXPR, P, {"percent": 95})],
        ),
        (
            "HER2 (4B5) score 0 Negative    PR 40% Positive",
            [("HER2", EXPR, N, {"ihc_score": "0"}), ("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "PR 0% Negative  Ki-67 20%",
            [("PR", EXPR, N, {"percent": 0}), ("Ki-67", EXPR, R, {"percent": 20})],
        ),
        (
            "ER 80% Positive PR 5% Positive HER2 3+ Positive",
            [
                ("ER", EXPR, P, {"percent": 80}),
                ("PR", EXPR, P, {"percent": 5}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
        ),
    ],
    # A checklist's status line, then its quantity lines without the marker's name.
    "synoptic_rows_with_quantities": [
        (
            "Estrogen Receptor (ER) Status: Positive\n"
            "Percentage of cells with nuclear positivity: 90%\n"
            "Average intensity of staining: Strong\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "Progesterone Receptor (PgR) Status: Negative\n"
            "Percentage of cells with nuclear positivity: 0%\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "HER2 (ERBB2) by immunohistochemistry: Equivocal (Score 2+)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    # A checklist's chosen option printed with its definition in brackets: the verdict is the
    # result, the definition's range no criteria sentence.
    "verdict_with_its_options_definition": [
        (
            "Progesterone Receptor (PgR) Status: Low Positive (1-10% of cells demonstrate"
            " nuclear positivity)",
            [("PR", EXPR, P, {})],
        ),
        ("Oestrogen receptor status: Positive (11-100% of cells stained)", [("ER", EXPR, P, {})]),
        # counter-example: the range as a rule, with no verdict before it, still states none
        ("ER (low positive if 1-10% of cells stain)", []),
    ],
    "allred_scores": [
        (
            "ER: positive, Allred score 8 (proportion 5, intensity 3).",
            [("ER", EXPR, P, {"allred_score": 8})],
        ),
        ("PR Allred score 3/8, positive.", [("PR", EXPR, P, {"allred_score": 3})]),
        ("ER Allred 7/8 (PS 5, IS 2)", [("ER", EXPR, P, {"allred_score": 7})]),
        ("Progesterone receptor: Allred score 2 of 8", [("PR", EXPR, N, {"allred_score": 2})]),
        ("ER Allred: PS 5 + IS 3 = 8", [("ER", EXPR, P, {"allred_score": 8})]),
        (
            "PR Allred score: proportion 4 + intensity 2 = 6",
            [("PR", EXPR, P, {"allred_score": 6})],
        ),
    ],
    "h_scores": [
        ("ER H-score 240, strong staining in 80%.", [("ER", EXPR, P, {"h_score": 240})]),
        ("PR H score 0; no nuclear staining.", [("PR", EXPR, N, {"h_score": 0})]),
        # counter-example: a legend that names the kind of score gives no result
        ("Legend: ER H scores versus share of stained cells, by intensity", []),
        (
            "PR: positive, H-score 15 (weak staining in 15% of tumour nuclei).",
            [("PR", EXPR, P, {"h_score": 15, "percent": 15})],
        ),
    ],
    "intensity_and_percentage": [
        ("ER: 70% of tumour nuclei, moderate intensity.", [("ER", EXPR, P, {"percent": 70})]),
        (
            "Weak to moderate nuclear staining for PR in 5-10% of invasive tumour cells.",
            [("PR", EXPR, P, {"value": "5-10%"})],
        ),
        ("Ki-67: approximately 30% of tumour nuclei.", [("Ki-67", EXPR, R, {"percent": 30})]),
    ],
    # A table of stains: each row is the named marker's result under the header's columns.
    "stain_table_with_columns": [
        (
            "Antibody | Result | Intensity | % cells\n"
            "ER | Positive | Strong | 95\n"
            "PR | Negative | - | 0\n"
            "HER2 | Equivocal (2+) | Moderate | 20\n",
            [
                ("ER", EXPR, P, {}),
                ("PR", EXPR, N, {}),
                ("HER2", EXPR, E, {"ihc_score": "2+"}),
            ],
        ),
        (
            "Stain        Result      Comment\n"
            "CK7          Positive    diffuse\n"
            "ER           Negative    no staining\n"
            "GATA3        Positive    strong\n",
            [("ER", EXPR, N, {})],
        ),
        (
            "| Antibody (clone) | Result |\n| MLH1 (ES05) | Intact |\n| PMS2 (EP51) | Intact |\n"
            "| MSH2 (G219-1129) | Lost |\n| MSH6 (EP49) | Lost |\n",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # One negative verdict before a list of names speaks for each name.
    "negatives_in_lists": [
        ("Negative: ER, PR, WT1.", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
        (
            "The tumour cells are negative for: ER, PR and HER2 (score 0).",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        ("ER, PR - negative", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
    ],
    "mmr_panel_layouts": [
        (
            "MLH1: intact\nPMS2: intact\nMSH2: intact\nMSH6: intact\n",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            "Loss of nuclear expression of MLH1 and PMS2; MSH2 and MSH6 are retained.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Protein    Result\nMLH1    Retained\nMSH2    Retained\n"
            "MSH6    Loss\nPMS2    Retained\n",
            [
                ("MLH1", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, N, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        ("Mismatch repair status: proficient (pMMR).", [("MMR", SIG, N, {})]),
        (
            "MLH1 (+), PMS2 (+), MSH2 (-), MSH6 (-)",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "MMR IHC: MLH1 retained / PMS2 retained / MSH2 lost / MSH6 lost",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Mismatch repair proteins (MLH1, PMS2, MSH2, MSH6): all intact.",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        # counter-example: another stain's sign after a protein's verdict is not the protein's
        ("MLH1 intact, CK20 (-)", [("MLH1", EXPR, P, {})]),
    ],
    # An MSI class with the count of unstable loci after it: the class is the result.
    "msi_class_before_its_count_of_loci": [
        ("MSI by PCR: MSS (0/5 markers unstable)", [("MSI", SIG, N, {})]),
        ("Microsatellite instability (PCR): stable, 0 of 5 loci unstable", [("MSI", SIG, N, {})]),
        # counter-example: a high class with its count stays high
        ("MSI-H (3/5 markers unstable)", [("MSI", SIG, P, {"value": "MSI-H"})]),
    ],
    "pdl1_scores_with_clone": [
        (
            "PD-L1 (22C3 pharmDx): Tumour Proportion Score 60%",
            [("PD-L1", EXPR, P, {"percent": 60, "clone": "22C3"})],
        ),
        ("PD-L1 (22C3) Combined Positive Score: 12", [("PD-L1", EXPR, P, {"value": "CPS 12"})]),
        ("PD-L1 SP263: TPS <1%, negative", [("PD-L1", EXPR, N, {"clone": "SP263"})]),
    ],
    # A HER2 score as a key's value with a note in brackets: 'HER2-low' and 'ultralow' are
    # categories of a negative result, not statuses.
    "her2_key_score_with_a_bracketed_note": [
        (
            "HER2: 0 (ultralow: faint staining in <10%)",
            [("HER2", EXPR, N, {"ihc_score": "0", "value": "<10%"})],
        ),
        ("HER2 (4B5): 1 (HER2-low)", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("HER2: 3 (strong complete membrane staining)", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    # A share with its bound after it ('10% or fewer', '50% or more') is a bound, not the
    # share itself.
    "share_with_a_bound_after_it": [
        (
            "HER2: score 0, ultralow (faint incomplete staining in 10% or fewer cells)",
            [("HER2", EXPR, N, {"ihc_score": "0", "percent": None, "value": "<=10%"})],
        ),
        (
            "PD-L1 (22C3): TPS 50% or more",
            [("PD-L1", EXPR, P, {"percent": None, "value": ">=50%"})],
        ),
        ("Ki-67: 20% or higher in hot spots", [("Ki-67", EXPR, R, {"value": ">=20%"})]),
    ],
    # An ISH result: ratio, average copy number and the ASCO/CAP group with its verdict.
    "her2_ish_ratio_copy_number_group": [
        (
            "HER2 FISH: HER2/CEP17 ratio 2.6; average HER2 copy number 5.4 signals per cell;"
            " AMPLIFIED (ASCO/CAP group 1).",
            [("HER2", AMP, P, {"ratio": 2.6, "copy_number": 5.4})],
        ),
        (
            "HER2 dual-probe ISH: ratio 1.3, mean HER2 signals per cell 3.1 (group 5),"
            " not amplified.",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
        (
            "ERBB2 SISH: HER2/CEP17 ratio 1.5; mean HER2 copy number 4.6; not amplified (group 4).",
            [("HER2", AMP, N, {"ratio": 1.5, "copy_number": 4.6})],
        ),
    ],
}

KINDS = {**CONTEXT_KINDS, **RESULT_KINDS}

# Cases the extractor still reads wrongly, with why: each is expected to fail until its kind
# is fixed, and the fix removes it from here. (The verdict with its options' definition in a
# bracket after it is read since the thirty-fourth round: criteria in a bracket right after
# the name's verdict on its line, `statements._class_bracket_after_the_verdict`; no held-out
# set moved with it.)
GAPS: dict[str, str] = {}


def _with_gaps_marked(cases: list) -> list:
    """The cases, each of GAPS marked as a failure that must still fail."""
    return [
        pytest.param(
            *case.values,
            id=case.id,
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[case.id])],
        )
        if case.id in GAPS
        else case
        for case in cases
    ]


def test_each_kind_has_two_wordings() -> None:
    assert has_two_wordings(KINDS)


def test_every_gap_names_a_case() -> None:
    assert set(GAPS) <= {case.id for case in kind_cases(KINDS)}


@pytest.mark.parametrize(("text", "expected"), _with_gaps_marked(kind_cases(KINDS)))
def test_kind_of_wording(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
