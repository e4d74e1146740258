"""Kinds of wording that name a marker and a status word but state no result of this patient's
specimen, each beside true results worded close to it that must still be found.

Every kind has two or more wordings of our own in NOT_RESULTS (nothing may be read, or only
the results listed), and KEPT holds, for each kind, results worded nearly the same way that
the new rule must leave standing. No sentence is quoted from a report.
"""

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
    fixed_and_kept_tests,
)

# kind -> [(text, what it states)]: the words that are no result give nothing.
NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    # A legend that keys a score or a verdict to its definition: 'Positive: >=1% ...'.
    "legend_keyed_by_verdict_or_score": [
        (
            "HER2 3+: strong, complete, circumferential membrane staining in >10% of"
            " invasive tumour cells.",
            [],
        ),
        ("ER Positive: >=1% nuclear staining. ER Negative: <1% nuclear staining.", []),
        ("Progesterone receptor low positive: 1-10% of nuclei; positive: >10%.", []),
        ("Scoring guide: HER2 score 0-1+ negative; 2+ equivocal; 3+ positive.", []),
        ("MSI-H: instability at 2 or more of the 5 loci. MSI-L: instability at 1 locus.", []),
    ],
    # A cut-off for a class of tumour mutational burden, with no value of the patient's.
    "burden_class_cut_off": [
        ("TMB-High >= 10 mut/Mb", []),
        ("A TMB of 10 mutations/Mb or higher is considered high.", []),
        ("TMB-Low: fewer than 6 muts/Mb", []),
        (
            "TMB: 4 mut/Mb (low). TMB-high is >= 10 mut/Mb.",
            [("TMB", SIG, N, {"value": "4 mut/Mb"})],
        ),
    ],
    # A clinical trial's line: its identifier, phase, target and drug.
    "clinical_trial_line": [
        ("Clinical trial NCT01234567: BRAF V600E positive melanoma, phase II.", []),
        ("NCT04000000  Phase 1  KRAS G12C  Sotorasib\nNCT05000000  Phase 2  ALK fusion", []),
        ("Relevant trials: NCT00000001 (KRAS G12C inhibitor), NCT00000002 (HER2 amplified)", []),
    ],
    # A drug's approval, and the class of tumour the approval names.
    "drug_approval_for_a_class": [
        ("Vemurafenib: approved in BRAF V600E mutant melanoma.", []),
        ("Pembrolizumab is approved for MSI-H/dMMR solid tumours of any site.", []),
        ("Larotrectinib - FDA approved for NTRK fusion-positive cancers", []),
    ],
    # A status used as the adjective of a plural class of tumours: literature, not a result.
    "status_of_a_class_of_tumours": [
        ("MSI-H tumours respond well to checkpoint inhibitors.", []),
        ("KRAS-mutant cancers gain no benefit from cetuximab.", []),
        ("HER2-positive gastric carcinomas are treated with trastuzumab.", []),
    ],
    # A condition that a result would meet, not the result itself.
    "hypothetical_condition": [
        ("In the event of a positive KRAS result, anti-EGFR therapy is not indicated.", []),
        ("Where MLH1 is lost, BRAF V600E testing is advised.", []),
        ("In case of HER2 amplification, trastuzumab should be considered.", []),
    ],
    # A verdict of a list of other stains stops at a marker that has its own share or verb.
    "list_verdict_stops_at_own_clause": [
        (
            "Tumour cells are positive for CK7 and GATA3, negative for CK20, and ER shows"
            " 80% staining.",
            [("ER", EXPR, P, {"percent": 80})],
        ),
        (
            "The cells are negative for CDX2 and TTF-1, and PR stains 30% of the nuclei.",
            [("PR", EXPR, P, {"percent": 30})],
        ),
    ],
    # An allele fraction belongs to the variant whose item it stands in, not the next one.
    "fraction_of_its_own_item": [
        (
            "EGFR exon 19 deletion (VAF 32%); TP53 R273H (VAF 45%).",
            [
                ("EGFR", MUT, P, {"alteration": "exon 19 deletion", "value": "VAF 32%"}),
                ("TP53", MUT, P, {"alteration": "R273H", "value": "VAF 45%"}),
            ],
        ),
        (
            "EGFR exon 19 deletion, VAF 32%; KRAS G12D, VAF 11%.",
            [
                ("EGFR", MUT, P, {"alteration": "exon 19 deletion", "value": "VAF 32%"}),
                ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 11%"}),
            ],
        ),
    ],
    # Shares or verdicts paired with names in order by 'respectively' (or 'both (x% and y%)').
    "paired_in_order": [
        (
            "ER and PR are positive in 90% and 40% of tumour cells, respectively.",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "ER and PR show strong and absent staining, respectively.",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        (
            "ER and PR were both positive (90% and 60%).",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, P, {"percent": 60})],
        ),
        (
            "Focal and absent staining for ER and PR, respectively.",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # A verdict on the cells 'for' a marker is a stain's: expression, not the gene's mutation.
    "cells_stained_for_a_gene_product": [
        ("The neoplastic cells are negative for IDH1 R132H.", [("IDH1", EXPR, N, {})]),
        ("Tumour cells diffusely positive for IDH1.", [("IDH1", EXPR, P, {})]),
    ],
    # 'wild type' that names the protein stained ('EGFR wt - positive (2+ ...)') is no
    # mutation result.
    "wild_type_protein_stained": [
        (
            "EGFR wt - positive (2+ in 80% of tumour cells)",
            [("EGFR", EXPR, P, {"ihc_score": "2+", "percent": 80})],
        ),
        (
            "EGFR (wild-type protein) immunostain: positive, 2+ in 60% of cells",
            [("EGFR", EXPR, P, {"ihc_score": "2+"})],
        ),
    ],
    # Another specimen's result, quoted in its own clause beside this specimen's other status.
    "other_specimen_quoted_for_comparison": [
        (
            "In contrast to the prior biopsy, which was ER positive, the current tumour is ER"
            " negative.",
            [("ER", EXPR, N, {})],
        ),
        ("ER: negative (the 2019 biopsy was ER positive).", [("ER", EXPR, N, {})]),
        (
            "The previous report stated HER2 2+; repeat staining of this resection shows HER2"
            " 3+ (positive).",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # A clone's number after a dash ('MIB-1') is the antibody's name, not a share of cells.
    "clone_number_read_as_a_share": [
        ("IHC panel: ER, PR, HER2 (HercepTest), Ki-67 (MIB-1).", []),
        ("Ki-67 (MIB-1)", []),
    ],
    # p53's 'wild-type pattern' is a stain's pattern: it names no aspect for the next marker.
    "stain_pattern_word_beside_another_marker": [
        (
            "p16 positive, p53 wild-type pattern, ER negative.",
            [("TP53", EXPR, N, {}), ("ER", EXPR, N, {})],
        ),
        (
            "p53: wild-type expression pattern, PR negative (0%).",
            [("TP53", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # The profile a diagnosis in the differential would show, not the stains of this tumour.
    "expected_profile_of_a_differential": [
        (
            "The differential includes a breast primary, which would typically be ER and GATA3"
            " positive.",
            [],
        ),
        ("A breast primary would be expected to express ER; a lung primary, TTF-1.", []),
        ("An immunoprofile typical of breast origin (CK7+, CK20-, ER+) is not seen.", []),
    ],
    # A drug's indication on its line: the class of tumour the drug is for, not this tumour.
    "drug_indication_on_its_line": [
        (
            "Drug | Target | Indication\nOsimertinib | EGFR | NSCLC with EGFR mutation\n"
            "Trastuzumab | HER2 | HER2-positive breast cancer",
            [],
        ),
        ("Cetuximab    KRAS wild-type colorectal cancer", []),
    ],
}

# kind -> true results worded close to the kind's words: each must still be read.
KEPT: dict[str, list[tuple[str, Expected]]] = {
    "legend_keyed_by_verdict_or_score": [
        (
            "HER2 (4B5): 3+, strong complete membrane staining in 90% of invasive cells.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        ("ER: Positive, 95% nuclear staining.", [("ER", EXPR, P, {"percent": 95})]),
        ("Progesterone receptor: low positive (5% of nuclei).", [("PR", EXPR, P, {})]),
        ("HER2 IHC score: 2+ equivocal; FISH to follow.", [("HER2", EXPR, E, {})]),
        ("MSI-H: detected (3 of 5 loci unstable).", [("MSI", SIG, P, {})]),
        ("Microsatellite status: MSS", [("MSI", SIG, N, {})]),
    ],
    "burden_class_cut_off": [
        ("TMB: 14 mut/Mb (High)", [("TMB", SIG, P, {"value": "14 mut/Mb"})]),
        ("TMB high (>=10 mut/Mb): not detected", [("TMB", SIG, N, {})]),
        (
            "Tumour mutational burden 3 mutations/Mb, low (cut-off 10 mut/Mb).",
            [("TMB", SIG, N, {"value": "3 mut/Mb"})],
        ),
    ],
    "clinical_trial_line": [
        (
            "KRAS G12C detected (VAF 21%).\nTrials for this variant: NCT04000000",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "BRAF V600E mutation identified.\nClinical trials: see NCT listing on page 4.",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    "drug_approval_for_a_class": [
        (
            "KRAS G12C mutation detected; sotorasib is approved for this alteration.",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "EGFR L858R identified, for which osimertinib is approved in lung cancer.",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
    ],
    "status_of_a_class_of_tumours": [
        ("The tumour is MSI-H.", [("MSI", SIG, P, {})]),
        ("This HER2-positive gastric carcinoma is 3+ by IHC.", [("HER2", EXPR, P, {})]),
        ("KRAS: mutant (G12D).", [("KRAS", MUT, P, {"alteration": "G12D"})]),
    ],
    "hypothetical_condition": [
        (
            "MLH1 is lost. Where this is seen, BRAF V600E testing is advised.",
            [("MLH1", EXPR, N, {})],
        ),
        (
            "In the event of a positive result, FISH follows.\nHER2 IHC: 3+ positive.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    "list_verdict_stops_at_own_clause": [
        ("Negative for CK5/6, p63 and ER.", [("ER", EXPR, N, {})]),
        ("The cells are negative for CK20 and ER.", [("ER", EXPR, N, {})]),
    ],
    "fraction_of_its_own_item": [
        (
            "KRAS G12D (allele fraction 18%), PIK3CA E545K (allele fraction 9%)",
            [
                ("KRAS", MUT, P, {"value": "VAF 18%"}),
                ("PIK3CA", MUT, P, {"value": "VAF 9%"}),
            ],
        ),
        (
            "EGFR exon 19 deletion (VAF 32%)\nTP53 R273H (VAF 45%)",
            [
                ("EGFR", MUT, P, {"value": "VAF 32%"}),
                ("TP53", MUT, P, {"value": "VAF 45%"}),
            ],
        ),
    ],
    "paired_in_order": [
        ("ER and PR are both positive (95%).", [("ER", EXPR, P, {}), ("PR", EXPR, P, {})]),
        (
            "MLH1 and PMS2 are lost, and MSH2 and MSH6 are retained, respectively.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "ER, PR and Ki-67 were 90%, 20% and 15%, respectively.",
            [
                ("ER", EXPR, P, {"percent": 90}),
                ("PR", EXPR, P, {"percent": 20}),
                ("Ki-67", EXPR, R, {"percent": 15}),
            ],
        ),
    ],
    "cells_stained_for_a_gene_product": [
        (
            "Tumour cells are positive for CK7. Sequencing found an IDH1 R132H mutation.",
            [("IDH1", MUT, P, {"alteration": "R132H"})],
        ),
        (
            "The cells are negative for CK20; IDH1 mutation: not detected.",
            [("IDH1", MUT, N, {})],
        ),
    ],
    "wild_type_protein_stained": [
        ("KRAS: Wild type - Negative", [("KRAS", MUT, N, {})]),
        ("EGFR status: wild-type (no mutation in exons 18-21)", [("EGFR", MUT, N, {})]),
        ("BRAF (exon 15) WT", [("BRAF", MUT, N, {})]),
    ],
    "other_specimen_quoted_for_comparison": [
        (
            "Compared with the previous biopsy, the tumour is now HER2 positive (3+).",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "Results are concordant with the previous core biopsy (ER positive, PR positive).",
            [("ER", EXPR, P, {"historical": True}), ("PR", EXPR, P, {"historical": True})],
        ),
        (
            "ER positive (95%), concordant with the previous biopsy.",
            [("ER", EXPR, P, {"percent": 95, "historical": False})],
        ),
    ],
    "clone_number_read_as_a_share": [
        ("Ki-67 (MIB-1) labelling index: 30", [("Ki-67", EXPR, R, {"percent": 30})]),
        ("Ki-67 - 15", [("Ki-67", EXPR, R, {"percent": 15})]),
        ("Ki-67 (MIB-1): 20%", [("Ki-67", EXPR, R, {"percent": 20})]),
    ],
    "stain_pattern_word_beside_another_marker": [
        ("TP53 wild-type. ER negative.", [("TP53", MUT, N, {}), ("ER", EXPR, N, {})]),
        (
            "PIK3CA wild-type; ER positive (90%).",
            [("PIK3CA", MUT, N, {}), ("ER", EXPR, P, {"percent": 90})],
        ),
    ],
    "expected_profile_of_a_differential": [
        (
            "ER is positive (95%), as would be expected for a breast primary.",
            [("ER", EXPR, P, {"percent": 95})],
        ),
        (
            "The tumour cells are positive for ER and GATA3, a profile typical of breast origin.",
            [("ER", EXPR, P, {})],
        ),
        (
            "Metastatic carcinoma, consistent with breast primary (ER positive, GATA3 positive).",
            [("ER", EXPR, P, {})],
        ),
    ],
    "drug_indication_on_its_line": [
        (
            "HER2 3+ positive; trastuzumab may be considered for this HER2-positive carcinoma.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "Residual carcinoma after trastuzumab: HER2 negative (1+).",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "KRAS G12C (VAF 18%) - sotorasib approved in this tumour type",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
    ],
}

_UNUSED = (AMP, FUS)


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_words_that_state_no_result,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(NOT_RESULTS, KEPT)
