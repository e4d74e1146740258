"""Pathology wordings of issue #12, round s14: kinds left over from earlier rounds.

Every text here is our own, written from how such reports are laid out; none is quoted from a
report. A text probe or a rendering gives a table's columns one space apart, so the cases are
written that way too (and once with cell marks).
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    SIG,
    E,
    Expected,
    N,
    P,
    R,
    kind_tests,
    read_text,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # Markers in rows, specimens (blocks, parts, places) in columns: each cell is the result
    # of its column's specimen, so a row whose two cells differ gives two results.
    "specimen_column_table": [
        (
            "Receptor studies: A (core) B (excision)\nER 80%, moderate 0%\nPR 15% 0%\n"
            "HER2 IHC 2+ 0\n",
            [
                ("ER", EXPR, P, {"percent": 80, "specimen": "A"}),
                ("ER", EXPR, N, {"percent": 0, "specimen": "B"}),
                ("PR", EXPR, P, {"percent": 15}),
                ("PR", EXPR, N, {"percent": 0}),
                ("HER2", EXPR, E, {"ihc_score": "2+", "specimen": "A"}),
                ("HER2", EXPR, N, {"ihc_score": "0", "specimen": "B"}),
            ],
        ),
        (
            "Stain | Block A3 | Block C1\nER | Positive 95% | Positive 90%\nHER2 | 3+ | 1+\n",
            [
                ("ER", EXPR, P, {}),
                ("HER2", EXPR, P, {"ihc_score": "3+", "specimen": "A3"}),
                ("HER2", EXPR, N, {"ihc_score": "1+", "specimen": "C1"}),
            ],
        ),
        (
            "Immunohistochemistry Primary Metastasis\nER Negative Negative\n"
            "PR Positive (5%) Negative\n",
            [
                ("ER", EXPR, N, {}),
                ("PR", EXPR, P, {"percent": 5, "specimen": "Primary"}),
                ("PR", EXPR, N, {"specimen": "Metastasis"}),
            ],
        ),
        (
            "Markers Core biopsy Resection\nKi-67 30% 45%\n",
            [("Ki-67", EXPR, R, {})],
        ),
    ],
    # Two checklist blocks printed side by side, their lines joined by the text layer: the
    # header holds only the two names, each line under it opens twice with its label (a box,
    # or words before a colon), so the first halves are the first block, the second halves
    # the second; each block keeps its own tick and its own share.
    "side_by_side_checklist_blocks": [
        (
            "ESTROGEN RECEPTOR PROGESTERONE RECEPTOR\n[x] Positive [ ] Positive\n"
            "[ ] Negative [x] Negative\nPercent: 85% Percent: 0%\n",
            [("ER", EXPR, P, {"percent": 85}), ("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "Estrogen receptor (ER) Progesterone receptor (PR)\n[ ] Positive [x] Positive\n"
            "[x] Negative [ ] Negative\n% nuclei stained: 0 % nuclei stained: 40\n",
            [("ER", EXPR, N, {"percent": 0}), ("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "Oestrogen receptor (ER): Progesterone receptor (PR):\n(x) Positive ( ) Positive\n"
            "( ) Negative (x) Negative\nProportion of cells staining: 70% "
            "Proportion of cells staining: <1%\nIntensity: strong Intensity: none\n",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, N, {"value": "<1%"})],
        ),
        (
            "Estrogen receptor Progesterone receptor\nPositive Negative\n90% 0%\n",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # One PD-L1 name over scores of two kinds (tumour cells' TPS or TC, the combined CPS,
    # immune cells' IC): each score has its own cut-off, so each is its own result.
    "pdl1_scores_of_two_kinds": [
        (
            "PD-L1 (22C3):\nTumour proportion score (TPS): 0%\nCombined positive score (CPS): 15\n",
            [("PD-L1", EXPR, N, {"percent": 0}), ("PD-L1", EXPR, P, {"value": "CPS 15"})],
        ),
        (
            "PD-L1 IHC (22C3): Tumor proportion score 0%. Combined positive score 3.\n",
            [("PD-L1", EXPR, N, {"percent": 0}), ("PD-L1", EXPR, P, {"value": "CPS 3"})],
        ),
        (
            "PD-L1 (22C3): TPS <1%; CPS 15.\n",
            [("PD-L1", EXPR, N, {"value": "<1%"}), ("PD-L1", EXPR, P, {"value": "CPS 15"})],
        ),
        (
            "PD-L1 (SP263): TC 0%, IC 2%\n",
            [("PD-L1", EXPR, N, {"percent": 0}), ("PD-L1", EXPR, P, {"percent": 2})],
        ),
    ],
    # A PD-L1 score given as a bound after its spelled-out name ('tumour proportion score:
    # <1%', 'combined positive score: < 1') is the result, not a reference range.
    "pdl1_score_bound_after_its_name": [
        ("PD-L1 tumour proportion score: <1%\n", [("PD-L1", EXPR, N, {"value": "<1%"})]),
        ("PD-L1 (SP263) combined positive score: < 1\n", [("PD-L1", EXPR, N, {})]),
    ],
    # 'ER' or 'PR' alone on its line, the next line opening with a result's label: the
    # labelled lines under the name are the receptor's block.
    "bare_receptor_name_over_labelled_lines": [
        (
            "Breast biomarkers\nER\nResult: Positive\nPercent: 90%\nPR\nResult: Negative\n"
            "Percent: 0%\n",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "IMMUNOHISTOCHEMISTRY\nPR\nInterpretation: positive\nAllred score: 7\n",
            [("PR", EXPR, P, {"allred_score": 7})],
        ),
    ],
    # A conclusion on the line under a list of proteins, after an arrow ('=> MMR deficient'):
    # its name takes its own verdict, not the last word of the list above (which is the
    # last protein's).
    "conclusion_after_an_arrow_under_a_list": [
        (
            "MLH1 lost, PMS2 lost, MSH2 intact, MSH6 intact\n"
            "=> MMR deficient (MLH1/PMS2 pattern)\n",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Immunostains: MLH1 retained, PMS2 retained, MSH2 lost, MSH6 lost\n"
            "→ mismatch repair deficient\n",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # 'No instability detected/identified/found' answers the MSI test: stable, not the
    # 'detected' of a finding (context rule no-instability-detected).
    "no_instability_detected": [
        (
            "MSI (PCR, five loci)\nResult: no instability was seen at any locus.\n",
            [("MSI", SIG, N, {})],
        ),
        ("Microsatellite analysis (MSI): No instability detected.\n", [("MSI", SIG, N, {})]),
    ],
    # A minus sign after a receptor (or the IDH1 R132H stain) in a list of stains with signs
    # is its negative verdict, not a dash before the next item's words (context rule
    # minus-after-a-stain-in-a-list).
    "minus_after_a_stain_in_a_list": [
        (
            "IHC: CK20 -, CDX2 +, ER -, PR -.\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
        ("Panel: OLIG2 +, IDH1 R132H -, ATRX retained\n", [("IDH1", EXPR, N, {})]),
    ],
    # A combined HER2 status right after an in situ count that gave no verdict of its own
    # ('ratio 1.8 ... group 3', then 'final HER2 status: POSITIVE') is the ISH test's
    # interpretation: an amplification result.
    "combined_status_closing_an_ish_count": [
        (
            "Dual-probe ISH: HER2/CEP17 ratio 1.7, mean HER2 6.4 signals per cell (group 3).\n"
            "Final HER2 status: POSITIVE, with IHC 2+ on the same block.\n",
            [("HER2", AMP, P, {})],
        ),
        (
            "HER2 SISH, 20 nuclei: HER2/CEP17 ratio 1.2, HER2 copies 2.5 per nucleus.\n"
            "Overall HER2 status: NEGATIVE\n",
            [("HER2", AMP, N, {})],
        ),
    ],
    # 'Scattered', 'patchy' or 'variable' right after p53's name describes the wild-type
    # pattern: a normal stain, negative (context rule scattered-right-after-p53).
    "p53_scattered_right_after_its_name": [
        ("p53: scattered weakly stained nuclei only\n", [("TP53", EXPR, N, {})]),
        ("p53 - heterogeneous nuclear staining of mixed intensity\n", [("TP53", EXPR, N, {})]),
    ],
    # A two-column form whose values came out one label late: a label stands empty, a later
    # one holds two values, and the stage labels confirm the shift ('N STAGE' gets 'pN0' once
    # the values are paired in order). Each receptor takes the value paired with it.
    "form_values_one_label_late": [
        (
            "T STAGE, PATHOLOGIC: pT1c. N STAGE, PATHOLOGIC: M STAGE, PATHOLOGIC: pN0. "
            "ESTROGEN RECEPTORS: pMX. negative. PROGESTERONE RECEPTORS: HER2/NEU: negative. 3+.\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "M STAGE: ESTROGEN RECEPTOR: pM0. positive. PROGESTERONE RECEPTOR: HER2: "
            "positive. 2+.\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    # 'Internal control for <marker>' speaks of the control tissue's staining, not the
    # tumour's: the names inside it state no result (context rule
    # internal-control-for-a-stain; its examples are in context_rules.json).
    "internal_control_for_a_stain": [
        ("Internal controls for ER and PR in the adjacent normal lobules stain as expected.\n", []),
        (
            "PR: negative (0%). The internal positive control for PR in benign ducts is positive.",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
}

# Lines that look like such a table but are not one: read as before, one result per name.
NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    # A row that names a second marker is a sentence or a row of two stains, not cells.
    "row_naming_another_marker": [
        ("Sections: A1 A2\nER positive, PR negative\n", [("ER", EXPR, P, {}), ("PR", EXPR, N, {})]),
        ("Blocks: C D\nER 90% PR 0%\n", [("ER", EXPR, P, {}), ("PR", EXPR, N, {})]),
    ],
    # A header whose lead is prose, not a label for the rows: the line is no table's header.
    "prose_before_the_letters": [
        ("Tissue taken from blocks A1 A2\nER 90% 0%\n", [("ER", EXPR, P, {"percent": 90})]),
        ("Stains were done on A B\nPR 40% 0%\n", [("PR", EXPR, P, {"percent": 40})]),
    ],
    # A second score that is a cut-off (in brackets after the score, or followed by the
    # words that define it) is no result of its own.
    "pdl1_score_beside_its_cutoff": [
        (
            "PD-L1 (22C3): combined positive score 12 (CPS >= 5).\n",
            [("PD-L1", EXPR, P, {"value": "CPS 12"})],
        ),
        (
            "PD-L1 22C3: TPS 60%. Interpretation: TPS >= 50% is high expression; "
            "CPS >= 1 is positive.\n",
            [("PD-L1", EXPR, P, {"percent": 60})],
        ),
        ("PD-L1 (22C3): TPS 0%.\nKey: CPS >= 1 positive.\n", [("PD-L1", EXPR, N, {"percent": 0})]),
    ],
    # A bare name over lines that state no result (or none with a result's label first).
    "bare_receptor_name_without_a_result": [
        ("ER\nStatus: pending, to follow in an addendum\n", []),
        ("PR\nAttending pathologist: on leave\n", []),
    ],
    # The reason in brackets after 'not performed' restates a result given elsewhere (often
    # under another aspect's default): it is no result of its own (context rule
    # reason-in-brackets-after-not-performed).
    "reason_in_brackets_after_not_performed": [
        (
            "ALK (D5F3) IHC: positive, strong granular staining.\n"
            "ROS1 IHC: not done (ALK positive).\n",
            [("ALK", EXPR, P, {})],
        ),
        (
            "MLH1 and PMS2: loss of nuclear expression.\n"
            "BRAF testing not indicated (MMR protein loss, see above).\n",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
    ],
    # A note that one aspect 'is distinct from' another names the other, not its result
    # (context rule distinct-from-another-aspect).
    "distinct_from_another_aspect": [
        ("Comment: a HER2 mutation is distinct from HER2 amplification.\n", []),
        (
            "Remark: ERBB2 mutations are different from HER2 gene amplification.\n",
            [],
        ),
    ],
    # A combined status after an in situ count that states its own verdict, or after a test
    # left undone, is no second ISH result.
    "combined_status_beside_a_stated_ish_verdict": [
        (
            "HER2 FISH: ratio 1.4, not amplified.\nFinal HER2 status: NEGATIVE\n",
            [("HER2", AMP, N, {})],
        ),
        (
            "HER2 IHC 3+. HER2/CEP17 ratio 2.6 on the prior core; repeat ISH not performed.\n"
            "Overall HER2 status: POSITIVE\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # An empty label and a label with two values but no stage to confirm the shift: the
    # form is read as printed, values are not moved by guess.
    "empty_label_without_a_stage_to_confirm": [
        (
            "ESTROGEN RECEPTORS: PROGESTERONE RECEPTORS: positive. HER2/NEU: 2+. equivocal.\n",
            [("PR", EXPR, P, {}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "SITE: LEFT BREAST. PART 2. ER: POSITIVE (ABOUT 90% OF NUCLEI, STRONG INTENSITY).\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, NOT_RESULTS)


def test_specimen_columns_give_one_result_per_cell() -> None:
    """Two positive cells of one row are two results, each with its own share and specimen."""
    found = read_text("Receptor studies: A (breast) B (node)\nER 95%, strong 90%, strong\n")
    assert sorted((r.specimen, r.percent) for r in found) == [("A", 95), ("B", 90)]
