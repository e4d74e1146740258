"""Kinds of wording read after probe 11's tune half (issue #12), second round.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby texts that must stay as they were. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    E,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A cue's lookahead reads a misread word as the cue itself does.
    "cue_lookahead_misread": [
        ("Repeat FISH revealed ERBB2 gene amp1ification.", [("HER2", AMP, P, {})]),
        ("The tumour showed an ALK rearrangernent by FISH.", [("ALK", FUS, P, {})]),
    ],
    # A receptor as an amount of protein, read against the laboratory's cut-off.
    "biochemical_receptor_value": [
        (
            "Oestrogen receptor content 9 fmol/mg cytosol protein (positive if over 10)",
            [("ER", EXPR, N, {})],
        ),
        (
            "ER (ligand binding) 85 fmol/mg protein\n"
            "PgR (ligand binding) 4 fmol/mg protein\n"
            "Reference range: values below 10 fmol/mg are negative",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        (
            "Estrogen receptor: 3 fmol/mg protein - negative (cut-off 10)\n"
            "Progesterone receptor level 38 fmol/mg; threshold >= 15",
            [("ER", EXPR, N, {}), ("PR", EXPR, P, {})],
        ),
        ("Progesterone receptor: 12 fmol/mg protein, borderline", [("PR", EXPR, E, {})]),
    ],
    # A stain's verdict after words about the control it was run with is the stain's.
    "stain_verdict_after_its_control": [
        ("ALK (D5F3) with its negative control: NEGATIVE", [("ALK", EXPR, N, {})]),
        ("ROS1 (D4D6) stained with on-slide tissue control - positive", [("ROS1", EXPR, P, {})]),
    ],
    # Copy words for a gene whose test is mostly for a rearrangement name its copy number.
    "copy_words_for_a_fusion_gene": [
        ("ALK gene copy number: no amplification", [("ALK", AMP, N, {})]),
        ("ROS1 copy number gain: not detected", [("ROS1", AMP, N, {})]),
        ("RET: amplified (copy number 9)", [("RET", AMP, P, {"alteration": "amplification"})]),
    ],
    # A heading in capitals with a remark in brackets ends a guide's section above it.
    "remarked_heading": [
        (
            "INTERPRETIVE KEY\nER positive at 1% or more of nuclei\n"
            "MOLECULAR STUDIES (outside laboratory):\nER: positive (95%)",
            [("ER", EXPR, P, {"percent": 95})],
        ),
        (
            "SCORING KEY (22C3)\nTPS 1-49% low expression\nExtra stains below.\n"
            "FURTHER STAINS (block A2):\nALK (D5F3) with control: negative\nROS1 (D4D6): negative",
            [("ALK", EXPR, N, {}), ("ROS1", EXPR, N, {})],
        ),
    ],
    # A status word OCR broke at a space, rejoined before its stop, ends its own sentence.
    "rejoined_word_keeps_its_stop": [
        (
            "HER2 (CB11): no membrane staining;\ninterpreted as NEGA TIVE. p53: not overexpressed.",
            [("HER2", EXPR, N, {}), ("TP53", EXPR, N, {})],
        ),
        (
            "KRAS exon 2: NOT DETEC TED. BRAF V600E: DETEC TED.",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "cue_lookahead_misread": [
        ("FISH showed no ERBB2 amp1ification.", [("HER2", AMP, N, {})]),
        ("ALK break-apart FISH: no rearrangernent seen.", [("ALK", FUS, N, {})]),
    ],
    "biochemical_receptor_value": [
        (
            "Estrogen receptor: positive, 90% of nuclei (cut-off 1%)",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "PR: negative (0%); ER: positive (70%)",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    "stain_verdict_after_its_control": [
        ("External control: HER2 3+ cell line.", []),
        ("Positive control - tonsil; PD-L1 stained as expected.", []),
    ],
    "copy_words_for_a_fusion_gene": [
        ("ALK break-apart FISH: POSITIVE for rearrangement", [("ALK", FUS, P, {})]),
        ("ROS1 FISH negative (split signals in 4% of nuclei)", [("ROS1", FUS, N, {})]),
    ],
    "remarked_heading": [
        (
            "SCORING KEY (reference only)\nALK negative ... no staining\n"
            "ALK positive ... any staining",
            [],
        ),
        ("REPORTING GUIDE (MSI)\nMSI-H: two or more markers unstable", []),
    ],
    "rejoined_word_keeps_its_stop": [
        ("MSI: sta ble, MLH1 in tact", [("MSI", "signature", N, {})]),
        ("ER: POSI TIVE (90%)", [("ER", EXPR, P, {"percent": 90})]),
    ],
}

test_each_kind_has_two_wordings, test_fixed_kind, test_kept_text = fixed_and_kept_tests(FIXED, KEPT)
