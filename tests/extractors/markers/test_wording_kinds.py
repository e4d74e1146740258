"""Kinds of wording that unseen reports use, each in two or more wordings of our own.

Each kind is named for the shape of its words, not for a report: a kind that fails here fails
on every report that words a result that way. None of these sentences is quoted from a report.
"""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text
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
    assert_reads,
    has_two_wordings,
    kind_cases,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS = {
    "result_under_test_heading": [
        (
            "KRAS MUTATION ANALYSIS\nSpecimen: colon, resection\nRESULTS: Wild-type gene.\n",
            [("KRAS", MUT, N, {})],
        ),
        (
            "BRAF V600 testing by real-time PCR\n\nResult: No mutation detected\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "EGFR Mutation Analysis (exons 18-21)\nInterpretation: NEGATIVE\n",
            [("EGFR", MUT, N, {})],
        ),
    ],
    "none_of_listed_detected": [
        (
            "Codons 12, 13 and 61 of the KRAS gene were analysed. "
            "None of these mutations were detected.",
            [("KRAS", MUT, N, {})],
        ),
        (
            "The assay covers EGFR exon 19 deletions, exon 20 insertions, L858R and T790M.\n"
            "None of the above mutations was detected.",
            [("EGFR", MUT, N, {})],
        ),
    ],
    "verdict_label_then_list": [
        ("Negative: ER, PR, WT1", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
        (
            "Positive: CK7, estrogen receptor\nNegative: CK20, HER2",
            [("ER", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
    ],
    "deficient_expression_list": [
        (
            "There is deficient expression of MLH1 and PMS2.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "Tumor cells show loss of nuclear staining for MSH2 and MSH6.",
            [("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})],
        ),
    ],
    "quantity_without_verdict": [
        ("Estrogen receptors found in 75% of tumor nuclei.", [("ER", EXPR, P, {"percent": 75})]),
        ("PROGESTERONE RECEPTOR\nQuantitation: 100%\n", [("PR", EXPR, P, {"percent": 100})]),
        ("ER: 0% of cells with nuclear staining", [("ER", EXPR, N, {"percent": 0})]),
        (
            "Progesterone receptor: 0% of tumor cells show nuclear staining.",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    "ish_key_value": [
        ("HER2 FISH: Not amplified", [("HER2", AMP, N, {})]),
        ("HER2 (ERBB2)\nIn situ hybridization: Amplified\n", [("HER2", AMP, P, {})]),
        (
            "HER2 by dual-probe ISH: HER2/CEP17 ratio of 1.2, indicating a lack of amplification.",
            [("HER2", AMP, N, {"ratio": 1.2})],
        ),
    ],
    "template_row_with_scale": [
        (
            "ER (xy%) : 95\nPR (xy%) : 0\n",
            [("ER", EXPR, P, {"percent": 95}), ("PR", EXPR, N, {"percent": 0})],
        ),
        ("Her-2/neu (0-3+) : 1", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("HER2 (0-3+): 3", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    "verdict_then_bare_score": [
        ("HER2 (HercepTest): negative, 1", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("The HER2 immunostain is positive (3).", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    "ish_verdict_then_bracketed_ratio": [
        ("HER2 FISH: AMPLIFIED (4.3)", [("HER2", AMP, P, {"ratio": 4.3})]),
        ("HER2 by SISH: not amplified (ratio 1.1)", [("HER2", AMP, N, {"ratio": 1.1})]),
    ],
    "stain_for_names_the_test": [
        (
            "An immunostain for p53 was performed on block B2 and was negative in the tumour.",
            [("TP53", EXPR, N, {})],
        ),
        (
            "A stain for ER was done on the core biopsy; it is positive in 80% of nuclei.",
            [("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    "verdict_noun_after_marker": [
        ("Faint p53 positivity in the tumour cells.", [("TP53", EXPR, P, {})]),
        ("ER: nuclear positivity in about 60% of cells", [("ER", EXPR, P, {"percent": 60})]),
    ],
    "ocr_glued_words": [
        ("p53: positiveIn scattered cells", [("TP53", EXPR, P, {})]),
        ("PR: negativeComment follows", [("PR", EXPR, N, {})]),
    ],
    "short_name_in_a_contrast": [
        (
            "The carcinoma expresses PR, but not ER or p53.",
            [("PR", EXPR, P, {}), ("ER", EXPR, N, {}), ("TP53", EXPR, N, {})],
        ),
        (
            "Tumour cells are PR receptor positive; ER or HER2 staining is absent.",
            [("PR", EXPR, P, {}), ("ER", EXPR, N, {}), ("HER2", EXPR, N, {})],
        ),
    ],
    "normal_sample_is_no_verdict": [
        (
            "IDH1 (read beside a normal reference sample): no mutation detected.",
            [("IDH1", MUT, N, {})],
        ),
        (
            "PMS2 stain, normal tissue control adequate: loss of PMS2 in tumour nuclei.",
            [("PMS2", EXPR, N, {})],
        ),
    ],
    "fusion_protein_by_ihc": [
        ("ALK (D5F3) immunohistochemistry: negative", [("ALK", EXPR, N, {})]),
        ("ROS1 IHC (clone D4D6): positive", [("ROS1", EXPR, P, {})]),
    ],
    "not_a_result_variants": [
        ("TP53 c.215C>G p.Pro72Arg benign polymorphism", []),
        ("EGFR p.Gln787= (synonymous) detected", []),
        ("Variant of uncertain significance: BRCA2 p.Asn372His", []),
    ],
    "msi_words": [
        ("MSI-High: NOT DETECTED", [("MSI", SIG, N, {})]),
        ("Microsatellite status: MS-Stable", [("MSI", SIG, N, {})]),
        ("Microsatellite instability: MSI-H", [("MSI", SIG, P, {})]),
    ],
    "tmb_with_unit": [
        ("Tumor Mutational Burden: 4 Muts/Mb", [("TMB", SIG, R, {"value": "4 mut/Mb"})]),
        ("TMB: 12.3 mutations/megabase (TMB-High, cutoff >= 10)", [("TMB", SIG, P, {})]),
        ("Tumor mutation burden 2 m/MB - Low", [("TMB", SIG, N, {})]),
    ],
    "pdl1_scores": [
        ("PD-L1 (22C3) Combined Positive Score (CPS): 4", [("PD-L1", EXPR, P, {"value": "CPS 4"})]),
        ("PD-L1 SP263: Tumor Proportion Score (TPS) 60%", [("PD-L1", EXPR, P, {"percent": 60})]),
    ],
    "background_not_result": [
        ("KRAS codon 12 mutations are often seen in pancreatic adenocarcinoma.", []),
        ("The stains for ER and PR were run with appropriate positive and negative controls.", []),
        ("Patients with EGFR mutations may benefit from tyrosine kinase inhibitors.", []),
    ],
    "genes_tested_no_alteration": [
        (
            "Genes tested with no reportable alterations: BRAF, KRAS, NRAS",
            [("BRAF", MUT, N, {}), ("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "The following were not detected: EGFR, ALK, ROS1",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    "variant_table_rows": [
        (
            "Gene  Variant  VAF  Classification\nKRAS  p.G12D  23%  Pathogenic\n"
            "TP53  p.R273H  41%  Likely pathogenic\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("TP53", MUT, P, {"alteration": "R273H"})],
        ),
        (
            "GENE   PROTEIN CHANGE   ALLELE FRACTION   TIER\nPIK3CA  p.His1047Arg  0.18  Tier I\n"
            "ATM  p.Val410Ala  0.49  Tier III\n",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
    ],
    "joined_results_of_other_aspects": [
        (
            "Diffuse strong staining for PR, and HER2 not amplified by FISH.",
            [("PR", EXPR, P, {}), ("HER2", AMP, N, {})],
        ),
        (
            "The carcinoma expresses oestrogen receptor, and HER2 copy number is not amplified.",
            [("ER", EXPR, P, {}), ("HER2", AMP, N, {})],
        ),
    ],
    "mismatch_repair_loss_or_no_loss": [
        ("Loss of mismatch repair protein expression in the tumour.", [("MMR", SIG, P, {})]),
        ("No loss of mismatch repair protein expression is seen.", [("MMR", SIG, N, {})]),
        ("Mismatch repair proteins: no loss of expression.", [("MMR", SIG, N, {})]),
        ("There is no loss of nuclear staining for MSH2.", [("MSH2", EXPR, P, {})]),
    ],
    "positive_for_one_but_not_for_another": [
        (
            "Nuclear staining is seen for progesterone receptor (20%) but not for oestrogen.",
            [("PR", EXPR, P, {"percent": 20}), ("ER", EXPR, N, {})],
        ),
        (
            "The tumour cells are positive for CK7, but not for the estrogen receptor.",
            [("ER", EXPR, N, {})],
        ),
    ],
    "checklist_line_naming_the_specimen_tested": [
        (
            "Ancillary studies. PR. Performed on the prior biopsy -. No immunoreactive cells.",
            [("PR", EXPR, N, {})],
        ),
        (
            "Oestrogen receptor - Performed on this specimen. Immunoreactive tumour cells (60%).",
            [("ER", EXPR, P, {"percent": 60})],
        ),
    ],
    "score_line_after_the_stain_description": [
        (
            "HER2 protein stained with a rabbit antibody (4B5). Score = 2+ (equivocal).",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 immunostain done with the HercepTest antibody kit. Score: 3+.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    "share_below_a_bound_in_words": [
        (
            "Oestrogen receptor results: less than 1% immunoreactive tumour cells present.",
            [("ER", EXPR, N, {"percent": None, "value": "<1%"})],
        ),
        (
            "Progesterone receptor: negative (fewer than 1% of the invasive cells stained).",
            [("PR", EXPR, N, {"percent": None, "value": "<1%"})],
        ),
    ],
    "status_as_a_sign_after_the_name": [
        (
            "Invasive ductal carcinoma, ER+/PR+/HER2-.",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "Oestrogen receptor (+); progesterone receptor (-)",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        ("Hormone receptors: ER +. PgR:-.", [("ER", EXPR, P, {}), ("PR", EXPR, N, {})]),
    ],
    "two_tests_of_one_name_in_one_stretch": [
        (
            "HER2: borderline (2+) on immunostain, not amplified by in situ hybridisation.",
            [("HER2", EXPR, E, {"ihc_score": "2+"}), ("HER2", AMP, N, {})],
        ),
        (
            "ERBB2 is strongly positive (3+) by immunohistochemistry and is amplified (ratio 5.1).",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("HER2", AMP, P, {"ratio": 5.1})],
        ),
    ],
    "normal_expression_of_a_scored_protein_is_no_overexpression": [
        ("Her-2/neu immunostain: normal expression.", [("HER2", EXPR, N, {})]),
        (
            "Carcinoma cells show normal membrane staining for HER2; MSH6 shows normal expression.",
            [("HER2", EXPR, N, {}), ("MSH6", EXPR, P, {})],
        ),
    ],
    "stray_full_stop_after_a_negator": [
        ("HER2 FISH result: Not. amplified (ratio 1.3).", [("HER2", AMP, N, {"ratio": 1.3})]),
        ("MET gene copy number: not. amplified", [("MET", AMP, N, {})]),
    ],
    "verdict_then_another_verdict_for_a_later_name": [
        (
            "The carcinoma was ER positive, PR positive showed normal expression for HER2.",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "Progesterone receptor negative; shows intact staining for PMS2.",
            [("PR", EXPR, N, {}), ("PMS2", EXPR, P, {})],
        ),
    ],
    "hyphen_that_splits_a_word_is_no_sign": [
        (
            "Block A was chosen for ER, PR and HER-\n2/neu.",
            [],
        ),
        (
            "ER: 80% positive. Trials of estrogen-\nreceptor- targeted therapy were discussed.",
            [("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    # The share at intensity 0 is the unstained cells, never the stained share.
    "shares_by_intensity_give_h_score_and_stained_share": [
        (
            "PR: weakly positive (0: 85%; 1+: 10%; 2+: 5%; 3+: 0%)",
            [("PR", EXPR, P, {"h_score": 20, "percent": 15, "value": "H-score 20"})],
        ),
        (
            "Estrogen receptor (0- 20%, 1+ 20%, 2+ 30%, 3+ 30%) interpreted as positive",
            [("ER", EXPR, P, {"h_score": 170, "percent": 80})],
        ),
    ],
    # The report's own verdict decides; the percent stays as its detail.
    "stated_verdict_over_a_status_inferred_from_a_percent": [
        (
            "Nuclear staining for progesterone receptor in 15% of cells. "
            "Progesterone receptor is interpreted as borderline.",
            [("PR", EXPR, E, {"percent": 15})],
        ),
        (
            "ER (2%).\nInterpretation: the estrogen receptor result is equivocal.",
            [("ER", EXPR, E, {"percent": 2})],
        ),
    ],
    # Letters of a heading spaced out ('N O T E') are no template's 'o' bullets.
    "spaced_out_heading_before_results": [
        ("A D D E N D U M R E P o R T. PR: negative (0%)", [("PR", EXPR, N, {"percent": 0})]),
        ("F I N A L R E P o R T. The tumour is ER positive.", [("ER", EXPR, P, {})]),
    ],
    "verdict_broken_over_a_line_end": [
        (
            "THE PROGESTERONE RECEPTOR STAIN IS READ AS BORDER-\n"
            "LINE AND THE ESTROGEN RECEPTOR AS POSITIVE.\nSigned out.",
            [("PR", EXPR, E, {}), ("ER", EXPR, P, {})],
        ),
        (
            "The progesterone receptor stain, in the tumour cells as a whole, was negat\n"
            "IVE AND NOT FURTHER GRADED.\nComment: none.",
            [("PR", EXPR, N, {})],
        ),
    ],
    # A verdict that touches a method's name is that method's result.
    "verdict_touching_its_method": [
        (
            "HER2: positive on the biopsy (IHC 3+, FISH positive)",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("HER2", AMP, P, {})],
        ),
        (
            "HER2 protein overexpression: negative (ratio 1.4) by dual-probe ISH",
            [("HER2", AMP, N, {"ratio": 1.4})],
        ),
    ],
    # The method as the key, its marker named in the sentence before.
    "method_as_the_key_of_a_result": [
        (
            "HER2 was also tested on the core. FISH: not amplified (1.6).",
            [("HER2", AMP, N, {"ratio": 1.6})],
        ),
        (
            "ERBB2 studies on block B2.\nISH result - Amplified (ratio 3.1)\n",
            [("HER2", AMP, P, {"ratio": 3.1})],
        ),
    ],
    # A result label starts the result's own unit; a kit named before it is no method text of it.
    "result_label_after_the_kit": [
        (
            "Amplification of HER2 was tested with a commercial probe kit "
            "FINAL RESULT: HER2 gene amplification not detected.",
            [("HER2", AMP, N, {})],
        ),
        (
            "ISH with the vendor's kit, Interpretation: HER2 amplified (ratio 2.8).",
            [("HER2", AMP, P, {"ratio": 2.8})],
        ),
    ],
    # 'in the absence of' states a condition or a circumstance, not a finding.
    "in_the_absence_of_is_no_verdict": [
        ("Signed in the absence of the first reader, who asked for HER2 testing.", []),
        (
            "In the absence of ER staining in the control, the stain was repeated; ER: positive.",
            [("ER", EXPR, P, {})],
        ),
    ],
    # 'interpreted' as OCR misreads it says no more than 'interpreted' does.
    "misread_filler_word_between_name_and_verdict": [
        ("THEREFORE, HER-2/NEU IS INTERPRITED AS. POSITIVE (SCORE 3+).", [("HER2", EXPR, P, {})]),
        ("ESTROGEN RECEPTOR IS INTERPREITED AS. NEGATIVE.", [("ER", EXPR, N, {})]),
    ],
    # A request before a list of names asks for every name in it; criteria after it are no result.
    "request_before_a_list_of_names": [
        ("Please obtain ER, PR and HER2 on the resection; for any 2+ please do FISH.", []),
        ("Clinical note: obtain the ER, PR, HER2/neu by IHC; positive cases to oncology.", []),
    ],
    "allred_score_written_as_a_possessive": [
        (
            "Tumour cells express PgR (Allred's score 5).",
            [("PR", EXPR, P, {"value": "Allred 5", "ihc_score": None})],
        ),
        (
            "ER positive, Allred’s score is 8",
            [("ER", EXPR, P, {"allred_score": 8})],
        ),
    ],
    # 'Positive' in the name of the combined positive score, or a bare 'expression', is no
    # verdict: the stated score decides.
    "score_decides_over_words_that_state_no_verdict": [
        (
            "PD-L1 (22C3) Combined Positive Score (CPS): 0",
            [("PD-L1", EXPR, N, {"value": "CPS 0"})],
        ),
        (
            "PD-L1 expression by IHC: CPS 0",
            [("PD-L1", EXPR, N, {"value": "CPS 0"})],
        ),
        (
            "PD-L1 IHC: Combined positive score 20",
            [("PD-L1", EXPR, P, {"value": "CPS 20"})],
        ),
        (
            "PD-L1 IMMUNOHISTOCHEMISTRY (22C3)\nRESULT: expression, CPS 0",
            [("PD-L1", EXPR, N, {"value": "CPS 0"})],
        ),
    ],
    # A share given as a bound or a range decides where it lies wholly on one side of 1%.
    "share_as_bound_or_range_without_verdict": [
        ("ER: >90%", [("ER", EXPR, P, {"value": ">90%"})]),
        (
            "Estrogen receptor stained in 10-75% of the tumour nuclei.",
            [("ER", EXPR, P, {"value": "10-75%"})],
        ),
        ("Progesterone receptor: <1% of cells", [("PR", EXPR, N, {"value": "<1%"})]),
        ("PR: 0-5% of tumour nuclei", []),  # straddles the line: no verdict of its own
    ],
    # 'over', 'more than' before a share make it a bound, as '>' does.
    "share_after_words_of_a_bound": [
        (
            "Oestrogen receptors found in over 80% of the neoplastic nuclei.",
            [("ER", EXPR, P, {"value": ">80%"})],
        ),
        (
            "PR is positive in more than 90% of tumour cells.",
            [("PR", EXPR, P, {"value": ">90%"})],
        ),
    ],
    # OCR reads '%' as '8': three digits ending in 8 before words of stained cells.
    "share_sign_read_as_8": [
        (
            "PROGESTERONE RECEPTOR (clone 1E2): 708 NUCLEAR STAINING, STRONG",
            [("PR", EXPR, P, {"percent": 70})],
        ),
        ("Estrogen receptor 458 of tumour cells stained", [("ER", EXPR, P, {"percent": 45})]),
        ("ER: positive, 128 nuclei counted", [("ER", EXPR, P, {"percent": None})]),
    ],
    # The verdict after the names: 'absence of staining' in the tumour, whatever the controls.
    "absence_of_staining_after_names": [
        (
            "MSH2 and MSH6 show absence of nuclear staining in the carcinoma; lymphocytes "
            "have intact staining.",
            [("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})],
        ),
        ("PMS2: absence of expression in tumour cells.", [("PMS2", EXPR, N, {})]),
    ],
    # 'Immunostains for X' names the stains, it is not 'the tumour stains for X'.
    "stains_as_a_noun": [
        (
            "Immunostains for PMS2 reveal loss of nuclear staining in the tumour.",
            [("PMS2", EXPR, N, {})],
        ),
        (
            "The stains for MSH2 show no nuclear reactivity in carcinoma cells.",
            [("MSH2", EXPR, N, {})],
        ),
    ],
    # A result label may name the test it reports: 'Results of immunohistochemical staining:'.
    "result_label_naming_its_test": [
        (
            "Report validated by: dr. Results of immunohistochemical examination: "
            "Estrogen receptor in 80% of tumour nuclei.",
            [("ER", EXPR, P, {"percent": 80})],
        ),
        (
            "Antibodies validated in-house. Findings of the HER2 study: HER2 score 3+",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # HER2's score 0 to 3 as the whole value of its key, the digit ending the line or cell.
    "score_as_a_key_value": [
        (
            "c-erbB2 (HER2): 0\nER: positive (90%)",
            [("HER2", EXPR, N, {"ihc_score": "0"}), ("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "HER2 = 3\t\tKi-67 = 40%",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("Ki-67", EXPR, R, {"percent": 40})],
        ),
        ("HER2: 2 blocks were submitted for testing.", []),  # a count, not a score
    ],
    # What a kit or method is for is methods text, not a result.
    "method_for_assessment_is_methods": [
        ("HercepTest is an approved method for assessment of HER2 protein overexpression.", []),
        ("The test is approved for. assessment of\nHER2 protein overexpression in carcinoma.", []),
        ("The kit is an aid in the evaluation of PR expression in breast carcinoma.", []),
    ],
}


def test_each_kind_has_two_wordings() -> None:
    assert has_two_wordings(KINDS)


@pytest.mark.parametrize(("text", "expected"), kind_cases(KINDS))
def test_kind_of_wording(text: str, expected: Expected) -> None:
    assert_reads(text, expected)


def test_a_result_read_from_a_line_without_its_marker_shows_that_line_as_evidence() -> None:
    text = "HER2 stained with a rabbit antibody (4B5). Score = 1+ in invasive cells."
    (result,) = extract_markers(document_from_text(text))
    assert "Score = 1+" in result.evidence[0].text
