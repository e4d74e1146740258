"""Kinds of wording read after probe 11's tune half (issue #12), second round.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby texts that must stay as they were. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
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
}

test_each_kind_has_two_wordings, test_fixed_kind, test_kept_text = fixed_and_kept_tests(FIXED, KEPT)
