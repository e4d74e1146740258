"""Kinds of wording that state a result and were missed on reports the rules had not met.

Each kind is a shape of words that laboratories and pathologists use for a result, named for
that shape; every sentence is our own, none quoted from a report. A kind that fails here fails
on every report that words a result that way.
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
    assert_reads,
    has_two_wordings,
    kind_cases,
)

_MMR_KEPT = [
    ("MLH1", EXPR, P, {}),
    ("PMS2", EXPR, P, {}),
    ("MSH2", EXPR, P, {}),
    ("MSH6", EXPR, P, {}),
    ("MMR", SIG, N, {}),
]

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # 'ER' and 'PR' as the subject of a verb that says what the stain shows.
    "receptor_abbreviation_before_a_verb_of_staining": [
        (
            "ER shows moderate nuclear staining in about 60% of the carcinoma cells.",
            [("ER", EXPR, P, {"percent": 60})],
        ),
        (
            "PR demonstrates weak staining in 5% of tumour nuclei; HER2 is negative (1+).",
            [("PR", EXPR, P, {"percent": 5}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        ("ER nuclear positivity is seen in 80% of cells.", [("ER", EXPR, P, {"percent": 80})]),
    ],
    # A verb of finding, then the gene and its alteration: 'harbours an EGFR L858R mutation'.
    "finding_verb_before_gene_and_alteration": [
        (
            "The resected adenocarcinoma harbours an EGFR L858R point mutation.",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "Next-generation sequencing identified a BRAF V600E mutation in the metastasis.",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "Molecular testing revealed EGFR exon 19 deletion.",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        ("RNA sequencing detected an EML4-ALK fusion.", [("ALK", FUS, P, {})]),
        ("Sequencing showed no KRAS mutation.", [("KRAS", MUT, N, {})]),
        (
            "The tumour was found to harbour an EGFR exon 19 deletion.",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
    ],
    # 'retained for' / 'lost for' before the list of stained proteins.
    "kept_or_lost_for_a_list_of_proteins": [
        ("Nuclear staining is retained for MLH1, PMS2, MSH2 and MSH6.", _MMR_KEPT),
        (
            "Mismatch repair immunohistochemistry: intact nuclear expression preserved for"
            " MLH1, PMS2, MSH2 and MSH6.",
            _MMR_KEPT,
        ),
        (
            "Expression is lost in tumour nuclei for MSH2 and MSH6; MLH1 and PMS2 are intact.",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # 'neither X nor Y': both names are denied.
    "neither_nor_denies_both": [
        (
            "Neither oestrogen nor progesterone receptor shows nuclear staining.",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
        (
            "The carcinoma is strongly positive for HER2 (3+) but expresses neither ER nor PR.",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # A gene tested both ways, named among lineage immunostains, is a stain's result.
    "gene_named_among_lineage_immunostains": [
        (
            "The squamous carcinoma is diffusely positive for p40, CK5/6 and EGFR.",
            [("EGFR", EXPR, P, {})],
        ),
        ("Tumour cells: positive for TTF-1, napsin A and ALK.", [("ALK", EXPR, P, {})]),
        (
            "Immunostains on block A3.\nNegative: synaptophysin, chromogranin, ALK\n",
            [("ALK", EXPR, N, {})],
        ),
        ("Sequencing of the tumour found an EGFR exon 19 deletion.", [("EGFR", MUT, P, {})]),
    ],
    # OCR puts a full stop after a list's 'and'; no sentence ends there.
    "stray_full_stop_after_and_in_a_list": [
        ("Tumour cells are positive for p16 and. EGFR.", [("EGFR", EXPR, P, {})]),
        ("The tumour is negative for ER or. PR.", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
    ],
    # A p53 stain's pattern: 'mutant-type', 'aberrant'; the counterpart of 'wild-type pattern'.
    "p53_stain_read_by_its_pattern": [
        (
            "p53 immunostain: aberrant (mutant-type) pattern, strong in all tumour nuclei.",
            [("TP53", EXPR, P, {})],
        ),
        ("The serous carcinoma shows aberrant p53 expression.", [("TP53", EXPR, P, {})]),
        (
            "Tumour cells are positive for PAX8, WT1 and mutant p53.",
            [("TP53", EXPR, P, {})],
        ),
        ("p53 shows a wild-type pattern of staining.", [("TP53", EXPR, N, {})]),
    ],
    # A bare plus or minus after a mismatch repair protein.
    "sign_after_a_mismatch_repair_protein": [
        ("MMR: MLH1 +, PMS2 +, MSH2 +, MSH6 +", _MMR_KEPT),
        (
            "MLH1-, PMS2-; MSH2+, MSH6+",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # A name whose own words are its verdict ('microsatellite stable').
    "name_that_states_its_status": [
        ("PCR analysis: the carcinoma is microsatellite stable.", [("MSI", SIG, N, {})]),
        ("This is a microsatellite-stable adenocarcinoma of the caecum.", [("MSI", SIG, N, {})]),
    ],
    # A verdict that governs the next name ('... but loss of MSH6') is not the name's before it.
    "verdict_opening_a_clause_for_the_next_name": [
        (
            "Tumour cells show intact nuclear expression of MLH1 and PMS2 but loss of MSH2"
            " and MSH6.",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "The tumour keeps nuclear expression of PMS2, with loss of MSH6.",
            [("PMS2", EXPR, P, {}), ("MSH6", EXPR, N, {})],
        ),
    ],
    # A group's verdict with its members named in brackets after it.
    "group_verdict_glossed_in_brackets": [
        (
            "Hormone receptors are POSITIVE (strong staining in 95% of nuclei for both oestrogen"
            " and progesterone receptors).",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
        (
            "Hormone receptors: negative (no nuclear staining in tumour cells for either oestrogen"
            " or progesterone receptor).",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # 'staining is seen for', 'positivity is identified with' before the name.
    "staining_seen_for_the_name": [
        (
            "Patchy positivity is identified with the progesterone receptor stain.",
            [("PR", EXPR, P, {})],
        ),
        (
            "Membranous staining is present for HER2 in 30% of cells (score 2+).",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        ("No staining is seen for ER.", [("ER", EXPR, N, {})]),
    ],
    # The 0-8 sum of proportion and intensity, as a quick score or in points.
    "allred_sum_as_quick_score_or_points": [
        (
            "Oestrogen receptor quick score: 0/8. Progesterone receptor quick score: 5/8.",
            [("ER", EXPR, N, {"allred_score": 0}), ("PR", EXPR, P, {"allred_score": 5})],
        ),
        (
            "ER and PR - 7 points each; HER2 negative (1+).",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {"allred_score": 7}), ("HER2", EXPR, N, {})],
        ),
        ("PR: 6 of 8 points.", [("PR", EXPR, P, {"allred_score": 6})]),
        (
            "Receptors: ER 8/8, PR 2/8, HER2 1+.",
            [
                ("ER", EXPR, P, {"allred_score": 8}),
                ("PR", EXPR, N, {"allred_score": 2}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
            ],
        ),
    ],
    # The verdict, then the criteria it was read by.
    "verdict_read_by_named_criteria": [
        (
            "HER2: negative (score 1+) according to ASCO/CAP 2018 criteria.",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "The gastric carcinoma is HER2 positive (IHC 3+) by the gastric scoring criteria.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # A mismatch repair protein called deficient (lost) or proficient (kept) on its own.
    "protein_called_deficient_or_proficient": [
        (
            "MMR immunohistochemistry: MLH1/PMS2 deficient, MSH2/MSH6 proficient.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        ("Result: MSH6 - deficient.", [("MSH6", EXPR, N, {})]),
    ],
    # A verdict on a group whose members are listed in the bracket right after it.
    "group_verdict_with_its_members_in_brackets": [
        (
            "RAS status: wild type (KRAS and NRAS, exons 2 to 4).",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "Hormone receptor status: positive (oestrogen and progesterone receptors).",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
        ("Hormone receptors: negative (ER and PR).", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
    ],
    # The score written before the staining words that lead to the name.
    "score_before_the_stain_it_scores": [
        (
            "Tumour cells show strong (3+) complete membrane staining for HER2 in 80% of cells.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "Weak incomplete (1+) membranous staining for HER2 is seen in 20% of cells.",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "There is 2+ membrane staining of HER2 protein in 15% of invasive cells.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    # A bound in words between 'in' and the share after the receptor's abbreviation.
    "receptor_abbreviation_before_a_bounded_share": [
        (
            "The invasive tumour is strongly positive for ER in over 90% of cells.",
            [("ER", EXPR, P, {})],
        ),
        ("Weak staining for PR in about 10% of nuclei.", [("PR", EXPR, P, {})]),
    ],
    # A checklist's question about a verdict, answered 'No': the verdict is denied.
    "verdict_asked_and_answered_no": [
        ("Loss of nuclear expression of MLH1: No", [("MLH1", EXPR, P, {})]),
        ("Loss of expression of MSH6 - not identified", [("MSH6", EXPR, P, {})]),
        ("Loss of nuclear expression of PMS2: Yes", [("PMS2", EXPR, N, {})]),
    ],
    # The stain's score, then the in situ hybridisation's verdict, after one name.
    "stain_score_then_the_other_tests_verdict": [
        (
            "HER2 score 2+, FISH non-amplified (ratio 1.4).",
            [("HER2", EXPR, E, {"ihc_score": "2+"}), ("HER2", AMP, N, {})],
        ),
        (
            "HER2 IHC 1+ and FISH not amplified.",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("HER2", AMP, N, {})],
        ),
    ],
    # HER2's score alone in brackets after its name in a list of stains.
    "her2_score_alone_in_brackets": [
        (
            "Stains: ER (+), PR (-), HER2 (0).",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        ("c-erbB-2 (3)\n", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    # Names, then as many verdicts in the same order: each name takes the one in its place.
    "names_then_their_verdicts_in_order": [
        (
            "Receptors (ER/PR/HER2): +/+/-",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "ER, PR, HER2: positive, negative, equivocal.",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, E, {})],
        ),
        (
            "ER/PR: 80%/0%",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # A sentence of names and their verdicts in the same order, closed by 'respectively'.
    "verdicts_in_order_then_respectively": [
        (
            "Oestrogen and progesterone receptors were positive (90%) and negative (0%),"
            " respectively.",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, N, {"percent": 0})],
        ),
        ("ER and PR were 95% and 0%, respectively.", [("ER", EXPR, P, {}), ("PR", EXPR, N, {})]),
        (
            "MLH1 and MSH2 showed loss and retention of expression, respectively.",
            [("MLH1", EXPR, N, {}), ("MSH2", EXPR, P, {})],
        ),
        (
            "KRAS and BRAF were wild type and mutant, respectively.",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, P, {})],
        ),
        (
            "ER and PR show strong nuclear staining (90% and 70%, respectively).",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
    ],
    # 'not detected in' before the genes it speaks of.
    "not_detected_in_before_the_genes": [
        (
            "Mutations were not detected in EGFR, KRAS or BRAF.",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "Pathogenic variants have not been identified in BRCA1 or BRCA2.",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "KRAS mutations were not detected in this sample.",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # Tests in a checklist, each a heading with the test's name and 'Result:' lines below it.
    "heading_per_test_with_result_lines": [
        (
            "EGFR Mutational Analysis\n  Result: Mutation identified\n"
            "  Mutation: Exon 19 deletion\nALK Rearrangement (FISH)\n  Result: Not identified\n"
            "ROS1 Rearrangement\n  Result: Not identified\n",
            [("EGFR", MUT, P, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "KRAS analysis\n  Result: Mutation detected\n  Variant: p.G12V\n"
            "BRAF analysis\n  Result: No mutation detected\n",
            [("KRAS", MUT, P, {"alteration": "G12V"}), ("BRAF", MUT, N, {})],
        ),
    ],
    # Items under a label that says they were found, each a gene and what was found in it.
    "found_label_then_gene_and_what_was_found": [
        (
            "Alterations detected: ERBB2 amplification, PIK3CA H1047R",
            [("HER2", AMP, P, {}), ("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
        (
            "Genomic findings: KRAS G12D, CDKN2A loss, MET amplification",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("MET", AMP, P, {})],
        ),
        ("Actionable result: ALK rearrangement (EML4-ALK)", [("ALK", FUS, P, {})]),
    ],
    # Plus signs that grade a receptor's positivity ('ER +++', 'PR ++').
    "graded_plus_signs_after_a_receptor": [
        (
            "ER +++, PR ++, HER2 negative",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        ("Progesterone receptor (++) in about half of the nuclei", [("PR", EXPR, P, {})]),
    ],
    # A share written with the word 'percent' or 'per cent' instead of its sign.
    "share_written_as_a_word": [
        (
            "Proliferation index by Ki-67 is about 40 percent in hot spots.",
            [("Ki-67", EXPR, R, {"percent": 40})],
        ),
        (
            "Oestrogen receptor is positive in 90 per cent of tumour cells.",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        ("Progesterone receptor: 0 percent of cells stain.", [("PR", EXPR, N, {"percent": 0})]),
    ],
    # 'HER2-low' and 'HER2-ultralow' name categories of a negative result.
    "her2_low_or_ultralow": [
        ("The carcinoma is HER2-low.", [("HER2", EXPR, N, {})]),
        ("HER2: ultra-low (faint staining in up to 10% of cells)", [("HER2", EXPR, N, {})]),
    ],
}

# Words that look like a kind above but state no result of this tumour, or another name's.
NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    "a_drug_that_acts_on_aberrant_p53": [
        ("Drugs that reactivate aberrant p53 are under study.", []),
        ("Trials aim to restore normal folding of aberrant p53 protein.", []),
    ],
    "another_genes_variant_on_the_line_above": [
        (
            "EGFR Mutational Analysis\n  Result: Mutation identified\n  Mutation: L858R\n"
            "ALK Rearrangement (FISH)\n  Result: Not identified\n",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("ALK", FUS, N, {})],
        ),
        (
            "Variant: BRAF V600E\nROS1 break-apart FISH\nResult: not rearranged\n",
            [("BRAF", MUT, P, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    "another_genes_loss_after_a_variant": [
        (
            "Genomic findings: KRAS G12C, TP53 R248Q, STK11 loss",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("TP53", MUT, P, {"alteration": "R248Q"})],
        ),
        (
            "Alterations: TP53 R273H, CDKN2A deletion, PTEN loss",
            [("TP53", MUT, P, {"alteration": "R273H"})],
        ),
    ],
    "genes_asked_for_are_no_findings": [
        ("Genes tested: MET amplification, ALK fusion", []),
        ("Requested: ERBB2 amplification by NGS", []),
    ],
    "a_template_listing_the_options": [
        ("ER/PR: positive/negative", []),
        ("PR/ER: positive / negative / equivocal", []),
    ],
    "a_legend_that_reads_a_score_by_criteria": [
        ("HER2 3+ is positive by the 2018 ASCO/CAP criteria.", []),
        (
            "HER2 is scored positive (3+) by these criteria when over 10% of cells stain.",
            [],
        ),
    ],
    "a_verb_of_finding_before_a_test_that_found_nothing": [
        ("FISH showed no HER2 amplification (ratio 1.2).", [("HER2", AMP, N, {})]),
        (
            "The panel identified no ALK or ROS1 fusion.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
}


def test_each_kind_has_two_wordings() -> None:
    assert has_two_wordings(KINDS)
    assert has_two_wordings(NOT_RESULTS)


@pytest.mark.parametrize(("text", "expected"), kind_cases(KINDS) + kind_cases(NOT_RESULTS))
def test_kind_of_wording(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
