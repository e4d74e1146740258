"""Kinds of misreading from the sixteenth session, each a class of error that costs precision
or recall on reports the rules have never met.

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
    R,
    fixed_and_kept_tests,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A bare 'marker = verdict' or 'marker - verdict' line (an equals sign or a spaced dash
    # where a colon usually stands) reads as 'marker: verdict'.
    "equals_or_dash_as_the_key_sign": [
        ("ER = weakly positive (8%)", [("ER", EXPR, P, {"percent": 8})]),
        (
            "Receptor panel\nPR = negative\nHER2 \u2013 0",
            [("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        ("PR \u2014 positive in about 60% of nuclei", [("PR", EXPR, P, {"percent": 60})]),
        ("HER2 - 1", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
    ],
    # A legend, key or criteria row shaped like a result (a class, then ':' '=' or a dash, then
    # a bound: '>= 2.0', '1% or more', 'at least 10') defines the class; it is no result, and
    # its bound is no value of the real result line beside it.
    "legend_row_shaped_like_a_result": [
        (
            "HER2 amplified: HER2/CEP17 ratio of 2.0 or above\n"
            "HER2 not amplified: ratio below 2.0 with fewer than 4 copies",
            [],
        ),
        ("Scoring guide: ER positive = 1% or more of nuclei stained", []),
        ("PD-L1 high expression: TPS of 50% or above", []),
        ("ALK rearranged: break-apart signals in 15% or more of nuclei", []),
        ("TMB high - at least 10 mutations per megabase", []),
        ("Reference: MSI-H >= 2 unstable loci. MSI: stable (0/5)", [("MSI", SIG, N, {})]),
        # a legend laid out as table rows, one name with a class on each row
        ("PD-L1 positive | CPS >= 1\nPD-L1 negative | CPS < 1", []),
        (
            "Result: TMB 14 mut/Mb\nTMB-High | >= 10 mut/Mb\nTMB-Low | < 10 mut/Mb",
            [("TMB", SIG, R, {"value": "14 mut/Mb"})],
        ),
        (
            "PR positive: >= 1% of tumour nuclei\nPR: positive, 30%",
            [("PR", EXPR, P, {"percent": 30, "value": None})],
        ),
    ],
    # A gene that carries its own change, then another gene named bare with a whole-gene
    # verdict: the change is the first gene's finding; the verdict is the second gene's only.
    "second_genes_verdict_kept_from_the_first": [
        (
            "EGFR exon 19 deletion, KRAS and BRAF wild type",
            [
                ("EGFR", MUT, P, {"alteration": "exon 19 deletion"}),
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
            ],
        ),
        # and the first gene's change is no later gene's (TP53's verdict here is no cue)
        (
            "PIK3CA E545K, AKT1 and TP53 without variants",
            [("PIK3CA", MUT, P, {"alteration": "E545K"})],
        ),
        # and a bare verdict after genes of other default aspects is each gene's own
        (
            "KRAS G12C present; EGFR, ALK and ROS1 negative",
            [
                ("KRAS", MUT, P, {"alteration": "G12C"}),
                ("EGFR", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        ("NRAS and ROS1: not detected", [("NRAS", MUT, N, {}), ("ROS1", FUS, N, {})]),
        (
            "BRAF: V600E, NRAS: no mutation found",
            [("BRAF", MUT, P, {"alteration": "V600E"}), ("NRAS", MUT, N, {})],
        ),
    ],
    # What a result would be called, or what it would allow, is no result: a bound that
    # 'would be regarded as' a class, a subjunctive 'Were the tumour ...' / 'Had X been ...',
    # and 'assuming' / 'provided that' before the result they suppose.
    "hypothetical_result": [
        ("An EGFR/CEP7 ratio of 2.0 or above would be regarded as amplified.", []),
        ("Were the carcinoma ROS1 rearranged, entrectinib could be offered.", []),
        ("Provided that KRAS is wild type, panitumumab may be given.", []),
        ("A PD-L1 TPS of 50% or higher would make the patient a candidate for pembrolizumab.", []),
        ("Assuming HER2 is amplified, trastuzumab would be added.", []),
        ("Had PMS2 been lost, MLH1 methylation would be studied.", []),
    ],
    # Three mismatch repair proteins retained with the fourth unread (not named, pending, not
    # performed) state no MMR status: proficient needs all four intact (LABELS.md).
    "mmr_proficient_needs_all_four": [
        (
            "MLH1: retained\nPMS2: retained\nMSH2: retained\nMSH6: awaited",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {}), ("MSH2", EXPR, P, {})],
        ),
        (
            "Intact staining of MSH6, PMS2 and MLH1; the MSH2 stain was not performed.",
            [("MSH6", EXPR, P, {}), ("PMS2", EXPR, P, {}), ("MLH1", EXPR, P, {})],
        ),
        (
            "MMR panel - MSH2 preserved, MSH6 preserved, PMS2 preserved",
            [("MSH2", EXPR, P, {}), ("MSH6", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
    ],
    # One stem's two genes written once with 'and' / '&' ('IDH1 and 2', 'BRCA1 & 2') name
    # both genes, as 'IDH1/2' does.
    "one_stem_two_genes_joined_by_a_word": [
        ("IDH1 and 2: wild-type", [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})]),
        (
            "BRCA1 & 2 sequencing: no pathogenic variant",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
    ],
    # A PD-L1 result read from an interpretation's cut-off ('positive (CPS >= 1)') takes the
    # measured score stated in the same unit (a line under it, a table row above it).
    "measured_pdl1_score_over_the_cut_off": [
        (
            "PD-L1 IHC (22C3 pharmDx)\nConclusion: PD-L1 expressed (CPS ≥ 1)\n"
            "Combined positive score (CPS): 7",
            [("PD-L1", EXPR, P, {"value": "CPS 7", "score_type": "CPS"})],
        ),
        (
            "Stain | Finding\nPD-L1 CPS | 12\nInterpretation | Positive (CPS >= 1)",
            [("PD-L1", EXPR, P, {"value": "CPS 12", "score_type": "CPS"})],
        ),
        (
            "Biomarker  Result  Interpretation\nPD-L1 (CPS)  12  Positive (CPS >= 1)",
            [("PD-L1", EXPR, P, {"value": "CPS 12", "score_type": "CPS"})],
        ),
        (
            "PD-L1 (SP263)\nResult: high expression (TPS >= 50%)\nTumour proportion score: 80%",
            [("PD-L1", EXPR, P, {"percent": 80, "value": "TPS 80%"})],
        ),
    ],
    # One verdict after a list of genes, each written with its change, is every item's: the
    # changes name what was looked for ('EGFR L858R, KRAS G12C: not detected').
    "one_verdict_after_a_list_of_changes": [
        (
            "Hotspots: EGFR T790M, KRAS G12C, BRAF V600E: not detected",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        ("KRAS G12D and NRAS Q61K - not found", [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "equals_or_dash_as_the_key_sign": [
        ("ER: positive, 90%", [("ER", EXPR, P, {"percent": 90})]),
        ("HER2 = equivocal (2+)", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        ("Ki-67 = 25%", [("Ki-67", EXPR, R, {"percent": 25})]),
        ("The ER was busy; HER2-0 is a part code.", []),
    ],
    "legend_row_shaped_like_a_result": [
        ("HER2 amplified - ratio 4.1", [("HER2", AMP, P, {"ratio": 4.1})]),
        (
            "ER | Positive | >90%\nPR | Negative | <1%",
            [("ER", EXPR, P, {"value": ">90%"}), ("PR", EXPR, N, {"value": "<1%"})],
        ),
        ("ALK: rearranged in 40% of nuclei", [("ALK", FUS, P, {})]),
        ("PD-L1 (22C3): high expression, TPS 80%", [("PD-L1", EXPR, P, {"percent": 80})]),
        ("TMB: high, 14 mut/Mb", [("TMB", SIG, P, {"value": "14 mut/Mb"})]),
        (
            "Key: amplified = ratio >= 2.0\nHER2/CEP17 ratio 1.4, not amplified",
            [("HER2", AMP, N, {"ratio": 1.4})],
        ),
        (
            "MSI-High: instability at 2 or more of 5 loci\nResult: MSI-High (3 of 5 loci)",
            [("MSI", SIG, P, {"value": "MSI-H"})],
        ),
    ],
    "second_genes_verdict_kept_from_the_first": [
        (
            "EGFR L858R detected; KRAS not detected",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("KRAS", MUT, N, {})],
        ),
        (
            "No mutation detected: EGFR exon 19 deletion, KRAS",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {})],
        ),
        (
            "Findings: PIK3CA H1047R, NRAS negative.",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"}), ("NRAS", MUT, N, {})],
        ),
        # a list of findings: the item after a gene's change states its own finding, without
        # the change before it
        (
            "Staining for PR, and HER2 not amplified by FISH.",
            [("HER2", AMP, N, {})],
        ),
        (
            "Somatic panel: BRAF V600E, TP53 mutation",
            [("BRAF", MUT, P, {"alteration": "V600E"}), ("TP53", MUT, P, {"alteration": None})],
        ),
        (
            "KRAS exon 2, NRAS and BRAF: wild type",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    "hypothetical_result": [
        (
            "PD-L1: TPS 60%, which would qualify for pembrolizumab.",
            [("PD-L1", EXPR, P, {"percent": 60})],
        ),
        (
            "HER2/CEP17 ratio of 2.6, which would be considered amplified.",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        ("Were the slides reviewed? Yes. ER: positive (70%).", [("ER", EXPR, P, {"percent": 70})]),
        # a measured value, not a bound, before 'would be regarded as' is a hedged result
        (
            "With a ratio of 2.4, HER2 would be regarded as amplified.",
            [("HER2", AMP, P, {"ratio": 2.4})],
        ),
        ("The sample had been sent for PR testing. PR: negative (0%).", [("PR", EXPR, N, {})]),
    ],
    "mmr_proficient_needs_all_four": [
        (
            "Protein  Result\nMLH1  intact\nPMS2  intact\nMSH2  intact\nMSH6  intact",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            "Nuclear staining is preserved for PMS2, MLH1, MSH6 and MSH2.",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            "MLH1: retained\nPMS2: retained\nMSH2: absent\nMSH6: pending",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "MLH1 and PMS2 show loss of expression; MSH2 intact.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    "one_stem_two_genes_joined_by_a_word": [
        ("IDH1/2 wild type", [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})]),
        ("IDH1 R132H mutant", [("IDH1", MUT, P, {"alteration": "R132H"})]),
        ("HER2 and 3 other stains were reviewed.", []),
        # the WHO names without a number ('IDH-wildtype', 'IDH-mutant') name no one gene, and
        # LABELS.md says nothing of which gene they are: they are left unread
        ("Glioblastoma, IDH-wildtype, CNS WHO grade 4", []),
        ("Astrocytoma, IDH-mutant, CNS WHO grade 3", []),
    ],
    "measured_pdl1_score_over_the_cut_off": [
        ("PD-L1: CPS < 1, negative", [("PD-L1", EXPR, N, {"value": "CPS <1"})]),
        (
            "PD-L1 (22C3): positive (CPS >= 1)\nKey: CPS >= 10 high",
            [("PD-L1", EXPR, P, {"value": "CPS >=1"})],
        ),
        (
            "PD-L1 (22C3)\nTumour proportion score (TPS): 0%\nCombined positive score (CPS): 15",
            [
                ("PD-L1", EXPR, N, {"value": "TPS 0%"}),
                ("PD-L1", EXPR, P, {"value": "CPS 15"}),
            ],
        ),
    ],
    "one_verdict_after_a_list_of_changes": [
        (
            "Detected: EGFR L858R, KRAS G12C",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "PIK3CA H1047R, KRAS G12V (VAF 12%)",
            [
                ("PIK3CA", MUT, P, {"alteration": "H1047R"}),
                ("KRAS", MUT, P, {"alteration": "G12V"}),
            ],
        ),
        (
            "EGFR L858R detected; KRAS G12C not detected",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("KRAS", MUT, N, {})],
        ),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
