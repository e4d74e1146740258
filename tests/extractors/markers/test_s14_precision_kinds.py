"""Kinds of false positive from the fourteenth session: words read with a wrong status, a
wrong aspect, or as a result of a name they do not speak of, each beside true results worded
close to it that must still be found.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state (often
nothing); KEPT holds, for each kind, nearby results that the kind's rule must leave standing.
No sentence is quoted from a report.
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
    fixed_and_kept_tests,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A verdict before the name ('Amplification of') that words after the name deny without a
    # colon ('... not present', '... gene was not identified') is denied: it read positive.
    "verdict_before_the_name_denied_after_it": [
        ("Amplification of HER2 not present.", [("HER2", AMP, N, {})]),
        ("Amplification of the HER2 gene was not identified by FISH.", [("HER2", AMP, N, {})]),
        (
            "Loss of MSH6 is not seen; MLH1 retained.",
            [("MSH6", EXPR, P, {}), ("MLH1", EXPR, P, {})],
        ),
        ("Loss of PMS2 staining is not identified.", [("PMS2", EXPR, P, {})]),
    ],
    # 'p53: wild type' names the stain's wild-type (negative) pattern, not a sequence result.
    # (The pattern words 'aberrant', 'mutant-type', 'null', 'scattered weak' were read here
    # too; on two blind halves they gave false results, so they are not read.)
    "p53_wild_type_stain": [
        ("P53 IMMUNOSTAIN: WILD TYPE", [("TP53", EXPR, N, {})]),
        ("p53 (DO-7) immunostain: wild-type pattern", [("TP53", EXPR, N, {})]),
    ],
    # 'No instability' found at the loci is a stable tumour, not the 'detected' after it.
    "instability_denied_at_the_loci": [
        (
            "MSI by fragment analysis\n\nNo instability was detected at any of the five loci.",
            [("MSI", SIG, N, {})],
        ),
        (
            "Microsatellite panel (PCR)\nFinding: no instability seen at BAT-25 or BAT-26.",
            [("MSI", SIG, N, {})],
        ),
        ("Chromosomal instability detected on the SNP array.", []),
    ],
    # A change written on a gene's row belongs to that row: a list of genes on a later line
    # (a heading of a gene group) takes nothing from it.
    "variant_of_a_named_row_above": [
        (
            "BRCA2  p.Gln1000*  VAF 44%  likely benign\nKIT  exon 11 deletion\n"
            "DNA REPAIR GENES (BRCA1, BRCA2, PALB2):",
            [],
        ),
        (
            "NRAS  c.38G>A  p.G13D  benign variant\nAPC  truncating\nRAS GENES TESTED: KRAS, NRAS",
            [],
        ),
    ],
    # A sign after a variant-specific antibody's name is the stain's verdict ('IDH1 R132H -'),
    # and the verdict of the next item in the list (another gene's) is not the name's.
    "sign_after_a_variant_specific_antibody": [
        ("GFAP +, IDH1 R132H -, ATRX retained", [("IDH1", EXPR, N, {})]),
        ("Immunostains: SOX10 +, BRAF V600E (VE1) (-), Melan-A +", [("BRAF", EXPR, N, {})]),
        ("IDH1 R132H (+), ATRX lost", [("IDH1", EXPR, P, {})]),
    ],
    # A verdict restated with no word of its test ('(ALK positive)', 'the tumour is HER2
    # negative') is the named test's verdict again, not a result in the marker's default aspect.
    "verdict_restated_without_its_test": [
        (
            "ALK (D5F3) immunostain: positive, strong granular staining.\n"
            "ROS1: not done (ALK positive).",
            [("ALK", EXPR, P, {"intensity": "strong"})],
        ),
        (
            "HER2 dual ISH: ratio 1.5, not amplified.\n"
            "Comment: on this result the carcinoma is HER2 negative.",
            [("HER2", AMP, N, {"ratio": 1.5})],
        ),
    ],
    # The verdict of a control tissue run for a named stain ('internal control for PR') is
    # the run's check, not the patient's result.
    "control_tissue_for_a_named_stain": [
        ("Negative control for HER2 shows no staining.", []),
        ("Internal control of the progesterone receptor stain (benign lobules) positive.", []),
    ],
    # A result quoted as withdrawn in a correction ('does not belong to this patient', 'issued
    # in error') is no result of the patient's specimen; the repeat's result is.
    "withdrawn_result_quoted_in_a_correction": [
        (
            "CORRECTED REPORT\nThe BRAF finding released last week (V600E detected) was issued"
            " in error.\nRepeat testing: BRAF V600 no mutation detected.",
            [("BRAF", MUT, N, {})],
        ),
        ("The ALK result (rearranged) has been withdrawn: the slide was from another case.", []),
    ],
    # A note telling two kinds of alteration apart names a test's aspect, not its result.
    "kinds_of_alteration_told_apart": [
        ("Please note: an ERBB2 point mutation is distinct from HER2 amplification.", []),
        ("MET exon 14 skipping should be distinguished from MET gene amplification.", []),
    ],
    # A summary line after an arrow ('=> mismatch repair deficient') takes its own verdict
    # word, not the last protein's on the line above, which stays that protein's.
    "summary_after_an_arrow_keeps_to_its_line": [
        (
            "MMR stains: MLH1 present, PMS2 present, MSH2 absent, MSH6 absent\n"
            "=> mismatch repair deficient.",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Mismatch repair proteins: MSH2 retained, MSH6 retained, MLH1 lost\n"
            "==> MMR status: deficient",
            [
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MLH1", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # A copy number's verdict after a ';' inside its bracket closes the row's values, as a
    # verdict after a ';' outside brackets does (recall).
    "verdict_after_a_semicolon_in_brackets": [
        (
            "* EGFR  copy number 3.2 (under the cut-off of 5 copies; not amplified)",
            [("EGFR", AMP, N, {"copy_number": 3.2})],
        ),
        ("MET: 2.9 copies per cell (threshold 5; no amplification)", [("MET", AMP, N, {})]),
    ],
    # A negative list whose tail names two kinds ('... fusions and mutations') is read for
    # each gene's sequence variants and, for a gene read for fusions first, its fusions too
    # (recall).
    "list_tail_names_two_kinds": [
        (
            "Not detected: NRAS, RET, ALK mutations and fusions.",
            [
                ("NRAS", MUT, N, {}),
                ("RET", MUT, N, {}),
                ("RET", FUS, N, {}),
                ("ALK", MUT, N, {}),
                ("ALK", FUS, N, {}),
            ],
        ),
        (
            "Not identified: BRAF, RET rearrangements or mutations.",
            [("BRAF", MUT, N, {}), ("RET", MUT, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # A label's list ('Not detected:', 'Negative:') ends at a ';' that opens a clause of its
    # own: the gene there has its own verdict, or none ('is pending', 'does not exclude').
    "label_list_stops_at_a_clause_after_semicolon": [
        (
            "Not detected: KRAS, NRAS; BRAF V600E detected.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "Negative: EGFR, KRAS; ROS1 analysis was not possible on this sample.",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {})],
        ),
    ],
    # A relative's tumour or variant is family history, not this patient's result.
    "a_relatives_tumour": [
        ("Her father was treated for a KRAS-mutated bowel cancer.", []),
        ("Family history: an aunt with ER positive breast cancer aged 52.", []),
    ],
    # A status as the adjective of a class of cases or patients, a method word between.
    "status_of_a_class_of_cases": [
        ("HER2 IHC equivocal cases are sent for in situ hybridisation.", []),
        ("EGFR-mutant patients receive osimertinib first line.", []),
    ],
    # A signature's positive word denied before it ('no deficiency', 'no high-level
    # instability') states the stable / proficient result, not the word's own.
    "signature_word_denied_before_it": [
        ("Mismatch repair: no deficiency identified.", [("MMR", SIG, N, {})]),
        ("MSI: no high-level instability (MSI-L).", [("MSI", SIG, N, {"value": "MSI-L"})]),
    ],
    # An assay's coverage named with the adjective first, or in a sentence of its own ('The
    # following EGFR variants are covered:'), lists what the test can find, not what it found.
    "coverage_list_worded_otherwise": [
        ("Detectable mutations: NRAS G12D, G13R, Q61K, Q61R.", []),
        ("The following KRAS variants are tested: G12A, G12C, G12V, G13D.", []),
        ("Targeted hotspots: BRAF V600E, V600K; IDH1 R132H.", []),
    ],
    # A bare share beside a name that carries its change ('EGFR T790M ... 5%') is an allele's
    # share or a limit, not a stain's: the result is the variant's.
    "share_beside_a_named_change": [
        ("EGFR T790M: not detected (limit of detection 5%).", [("EGFR", MUT, N, {})]),
        ("KRAS G12C        negative        0.0%", [("KRAS", MUT, N, {})]),
    ],
    # What a result would mean, and a differential's list of tumours, state no result.
    "what_a_result_would_mean_or_a_differential": [
        ("An ALK-rearranged tumour would qualify for alectinib.", []),
        ("HER2 amplification would favour an upper gastrointestinal origin.", []),
        ("The differential diagnosis includes an ER-positive breast metastasis.", []),
        ("Possibilities include a KRAS-mutated pancreatic primary.", []),
    ],
    # A gene's changes named one after another, each with its verdict: the detected one is
    # the gene's result, not the first change's 'not detected'.
    "changes_each_with_a_verdict": [
        (
            "PIK3CA E542K: negative, H1047R: positive",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
        ("NRAS Q61R: not detected; G12D: detected", [("NRAS", MUT, P, {"alteration": "G12D"})]),
        ("KRAS G12C: not detected; G13D: not detected", [("KRAS", MUT, N, {})]),
        ("KRAS: no G12C; G12V detected.", [("KRAS", MUT, P, {"alteration": "G12V"})]),
        ("NRAS: Q61R absent, Q61K present.", [("NRAS", MUT, P, {"alteration": "Q61K"})]),
    ],
    # A variant put down to clonal haematopoiesis is the blood's, not the tumour's.
    "clonal_haematopoiesis_variant": [
        ("Clonal haematopoiesis (CHIP): TP53 p.R175H at 1.1%, not tumour-derived.", []),
        ("The NRAS G12D call at 0.3% likely reflects clonal hematopoiesis.", []),
    ],
    # A word-like gene symbol before the exon tested ('MET ex14', 'RET exon 11') stands where
    # a gene stands, so a list's verdict reaches it (recall).
    "symbol_before_its_exon": [
        (
            "Not detected: KRAS mutations; RET fusions; MET ex14",
            [("KRAS", MUT, N, {}), ("RET", FUS, N, {}), ("MET", MUT, N, {})],
        ),
        ("MET ex14 skipping: not detected", [("MET", MUT, N, {})]),
    ],
    # A row that names a variant-specific antibody and its stain ('BRAF V600E (VE1): positive
    # in 80% of tumour cells') is the stain's result, not a sequencing row's variant.
    "variant_named_antibody_row": [
        (
            "BRAF V600E (VE1): positive in 80% of tumour cells.",
            [("BRAF", EXPR, P, {"percent": 80})],
        ),
        ("IDH1 R132H (H09): negative in the neoplastic cells", [("IDH1", EXPR, N, {})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "verdict_before_the_name_denied_after_it": [
        ("Amplification of HER2 is present (ratio 3.2).", [("HER2", AMP, P, {"ratio": 3.2})]),
        ("FISH shows amplification of the HER2 gene.", [("HER2", AMP, P, {})]),
        ("Loss of nuclear expression of MLH1: Yes", [("MLH1", EXPR, N, {})]),
        ("Loss of MLH1 expression is seen in the tumour.", [("MLH1", EXPR, N, {})]),
    ],
    "p53_wild_type_stain": [
        ("p53: positive, strong and diffuse", [("TP53", EXPR, P, {})]),
        ("p53 negative in tumour cells", [("TP53", EXPR, N, {})]),
        ("TP53 c.818G>A p.Arg273His, VAF 31%", [("TP53", MUT, P, {"alteration": "R273H"})]),
        ("TP53 sequencing: wild-type", [("TP53", MUT, N, {})]),
    ],
    "instability_denied_at_the_loci": [
        (
            "MSI-PCR: instability detected at 3 of 5 loci (MSI-H).",
            [("MSI", SIG, P, {"value": "MSI-H"})],
        ),
        ("Microsatellite status: stable (MSS)", [("MSI", SIG, N, {})]),
    ],
    "variant_of_a_named_row_above": [
        ("KRAS  c.35G>A  p.G12D  VAF 22%", [("KRAS", MUT, P, {"alteration": "G12D"})]),
        (
            "GENES WITH ALTERATIONS\nPIK3CA  p.H1047R  VAF 9%",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
    ],
    "sign_after_a_variant_specific_antibody": [
        ("BRAF V600E - not detected by PCR", [("BRAF", MUT, N, {})]),
        ("IDH1 p.R132H detected (VAF 40%)", [("IDH1", MUT, P, {"alteration": "R132H"})]),
    ],
    "verdict_restated_without_its_test": [
        ("ALK positive.", [("ALK", FUS, P, {})]),
        (
            "HER2 IHC: 1+ (negative). HER2 ISH: not amplified.",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("HER2", AMP, N, {})],
        ),
        (
            "ALK rearrangement: positive by FISH. ALK IHC (D5F3): negative.",
            [("ALK", FUS, P, {}), ("ALK", EXPR, N, {})],
        ),
        (
            "Indication: tumour with MSH2/MSH6 loss.\n"
            "No pathogenic variant identified in MSH2 or MSH6.",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MSH2", MUT, N, {}),
                ("MSH6", MUT, N, {}),
            ],
        ),
    ],
    "control_tissue_for_a_named_stain": [
        (
            "ER: positive (95%). Internal control for ER stained as expected.",
            [("ER", EXPR, P, {"percent": 95})],
        ),
        ("PR: negative, with internal control for PR staining as expected.", [("PR", EXPR, N, {})]),
    ],
    "withdrawn_result_quoted_in_a_correction": [
        ("Amended report: HER2 IHC 3+ (positive).", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
        ("Repeat analysis: EGFR exon 19 deletion detected.", [("EGFR", MUT, P, {})]),
    ],
    "kinds_of_alteration_told_apart": [
        (
            "ERBB2 copy number 2.1: not amplified. This is different from the mutation above.",
            [("HER2", AMP, N, {})],
        ),
        (
            "MET exon 14 skipping detected, a change distinct from MET amplification.",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
    ],
    "summary_after_an_arrow_keeps_to_its_line": [
        ("Result: microsatellite stable\n(MSS)", [("MSI", SIG, N, {"value": "MSS"})]),
        ("Microsatellite stable\n- MSI: see above", [("MSI", SIG, N, {})]),
    ],
    "verdict_after_a_semicolon_in_brackets": [
        (
            "HER2 FISH: ratio 2.6, mean copy number 6.1; AMPLIFIED",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        ("TMB: 15 mut/Mb; High", [("TMB", SIG, P, {"value": "15 mut/Mb"})]),
    ],
    "list_tail_names_two_kinds": [
        (
            "Not detected: ALK, ROS1, RET fusions.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Not detected: KRAS, NRAS, BRAF mutations.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    "label_list_stops_at_a_clause_after_semicolon": [
        (
            "Not detected: BRAF, NRAS mutations; RET, ALK fusions",
            [("BRAF", MUT, N, {}), ("NRAS", MUT, N, {}), ("RET", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "Negative: KRAS, NRAS, BRAF.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    "a_relatives_tumour": [
        (
            "BRCA1 pathogenic variant detected (c.68_69del); her brother was tested elsewhere.",
            [("BRCA1", MUT, P, {})],
        ),
        ("Tumour: ER positive (80%).", [("ER", EXPR, P, {"percent": 80})]),
    ],
    "status_of_a_class_of_cases": [
        ("This case is HER2 IHC 2+ (equivocal).", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        ("EGFR mutation: detected (L858R).", [("EGFR", MUT, P, {"alteration": "L858R"})]),
    ],
    "signature_word_denied_before_it": [
        ("MSI: high (MSI-H)", [("MSI", SIG, P, {"value": "MSI-H"})]),
        ("Mismatch repair deficiency identified (MMR-D).", [("MMR", SIG, P, {})]),
    ],
    "coverage_list_worded_otherwise": [
        (
            "Mutations tested: KRAS codons 12, 13. Result: KRAS G12D detected.",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        ("Variants detected: NRAS Q61K (VAF 30%).", [("NRAS", MUT, P, {"alteration": "Q61K"})]),
    ],
    "share_beside_a_named_change": [
        ("BRAF V600E immunostain: negative.", [("BRAF", EXPR, N, {})]),
        ("ER: positive, 90%.", [("ER", EXPR, P, {"percent": 90})]),
    ],
    "what_a_result_would_mean_or_a_differential": [
        (
            "PR positive (40%), which would favour an endometrial origin.",
            [("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "ER: negative. The differential includes a lung primary.",
            [("ER", EXPR, N, {})],
        ),
    ],
    "changes_each_with_a_verdict": [
        ("BRAF V600E: detected", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        (
            "KRAS G12C: not detected\nKRAS G12V: detected",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    "clonal_haematopoiesis_variant": [
        ("TP53 p.R273H (VAF 35%), tumour-derived.", [("TP53", MUT, P, {"alteration": "R273H"})]),
        ("KRAS p.G12D detected (VAF 22%).", [("KRAS", MUT, P, {"alteration": "G12D"})]),
    ],
    "symbol_before_its_exon": [
        ("The specimen MET the adequacy criteria.", []),
        (
            "CCDC6::RET fusion (CCDC6 exon 1 - RET exon 12), RNA\nCDKN2A p.R80* (c.238C>T)",
            [("RET", FUS, P, {"alteration": "CCDC6-RET"})],
        ),
        (
            "MET exon 14 skipping detected.",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
    ],
    "variant_named_antibody_row": [
        ("BRAF V600E  VAF 34%", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        ("IDH1 R132H detected (VAF 41%)", [("IDH1", MUT, P, {"alteration": "R132H"})]),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
