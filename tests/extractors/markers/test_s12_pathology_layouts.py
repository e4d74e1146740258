"""Layouts and wordings of pathology reports that the extractor misread before issue #12's round.

Every text here is our own, written from how checklist (synoptic) reports, tick-box forms,
per-specimen tables, stain lists and p53, MSI and control sentences are laid out and worded.
None is quoted from a report.
"""

import pytest

from extractors.markers import extract_markers
from extractors.markers.control_phrases import load_control_phrases
from extractors.text_document import document_from_text
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
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A checklist: the heading names the receptor, the ticked option carries its definition in
    # brackets, the quantity lines below state the share. The definition is no value.
    "ticked_option_with_its_definition": [
        (
            "PROGESTERONE RECEPTOR (PgR) STATUS\n"
            "x Low positive (1-10% of cells with nuclear positivity)\n"
            "Percentage of cells with nuclear positivity: 5%\n"
            "Average intensity of staining: Weak\n",
            [("PR", EXPR, P, {"percent": 5, "value": None})],
        ),
        (
            "ESTROGEN RECEPTOR (ER) STATUS\n"
            "[X] Positive (greater than 10% of cells demonstrate nuclear positivity)\n"
            "Percentage of cells with nuclear positivity: 85%\n"
            "Average intensity of staining: Strong\n",
            [("ER", EXPR, P, {"percent": 85, "value": None})],
        ),
        (
            "Estrogen Receptor (ER) Status\n"
            "  [ ] Negative (less than 1% of cells with nuclear positivity)\n"
            "  [X] Low Positive (1-10% of cells with nuclear positivity)\n"
            "  [ ] Positive (more than 10% of cells with nuclear positivity)\n"
            "  Percentage of cells with nuclear positivity: 8%\n",
            [("ER", EXPR, P, {"percent": 8, "value": None})],
        ),
        (
            "Progesterone Receptor Status\n"
            "X  Positive (>10% of cells with nuclear positivity)\n"
            "   Percentage of cells with nuclear positivity: 40%\n"
            "   Average intensity: Moderate\n"
            "Estrogen Receptor Status\n"
            "X  Low positive (1%-10% of cells with nuclear positivity)\n"
            "   Percentage of cells with nuclear positivity: 2%\n",
            [("PR", EXPR, P, {"percent": 40}), ("ER", EXPR, P, {"percent": 2})],
        ),
        (
            "HER2 (ERBB2) STATUS BY IMMUNOHISTOCHEMISTRY\n"
            "[ ] Negative (Score 0 or 1+)\n"
            "[X] Equivocal (Score 2+)\n"
            "Percentage of cells with complete membrane staining: 5%\n",
            [("HER2", EXPR, E, {"ihc_score": "2+", "percent": 5})],
        ),
        # without a quantity line the ticked option states the verdict and no share
        (
            "PROGESTERONE RECEPTOR STATUS\n"
            "[X] Low positive (1-10% of cells with nuclear positivity)\n",
            [("PR", EXPR, P, {"percent": None, "value": None})],
        ),
    ],
    # A checklist question whose options are printed with none ticked states nothing.
    "checklist_question_with_nothing_ticked": [
        (
            "ESTROGEN RECEPTOR (ER) STATUS\n"
            "[ ] Negative (less than 1% of cells with nuclear positivity)\n"
            "[ ] Low positive (1-10% of cells with nuclear positivity)\n"
            "[ ] Positive (more than 10% of cells with nuclear positivity)\n",
            [],
        ),
        (
            "Progesterone Receptor Status:\n"
            "o Positive (>10% of cells)\n"
            "o Negative (<1% of cells)\n"
            "Percentage of cells with nuclear positivity: ____%\n",
            [],
        ),
    ],
    # A row of options, one ticked: OCR reads empty boxes as letters ('a', 'o', 'q').
    "ticked_option_in_a_row": [
        (
            "MLH1   a Intact   x Loss\n"
            "PMS2   a Intact   x Loss\n"
            "MSH2   x Intact   a Loss\n"
            "MSH6   x Intact   o Loss\n",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        ("MMR status:  q Proficient   x Deficient\n", [("MMR", SIG, P, {})]),
        ("Mismatch repair status: [ ] Proficient  [X] Deficient\n", [("MMR", SIG, P, {})]),
        ("Mismatch repair status: ☒ Proficient  ☐ Deficient\n", [("MMR", SIG, N, {})]),
        ("Estrogen receptor:  o Negative   X Positive\n", [("ER", EXPR, P, {})]),
    ],
    # A printed row of options with none ticked states nothing.
    "row_with_no_option_ticked": [
        ("MMR status:  q Proficient   q Deficient\n", []),
        ("MLH1   a Intact   a Loss\nPMS2   a Intact   a Loss\n", []),
        ("Estrogen receptor:  o Negative   o Positive\n", []),
    ],
    # Several proteins, each with its own word: every one gets its status, the last included.
    "each_protein_with_its_own_word": [
        (
            "MLH1 present, PMS2 present, MSH2 absent, MSH6 absent",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "MLH1 retained; MSH2 lost; MSH6 lost",
            [
                ("MLH1", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Nuclear expression: MLH1 preserved / PMS2 preserved / MSH2 lost / MSH6 lost",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # No instability found is a stable tumour, however the denial is worded.
    "no_instability_is_stable": [
        ("MSI analysis: no instability detected", [("MSI", SIG, N, {})]),
        (
            "MICROSATELLITE INSTABILITY (MSI) TESTING\nResult: No instability detected.\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "There is no evidence of microsatellite instability in the tumour.",
            [("MSI", SIG, N, {})],
        ),
        (
            "Microsatellite analysis by PCR\nInstability: not detected at the five loci tested\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "MSI by PCR shows no instability at any of the mononucleotide markers.",
            [("MSI", SIG, N, {})],
        ),
        # counter-example: a test not done states no stability
        ("MSI: no instability testing done.", []),
    ],
    # A sign after a stain's name, its clone or the variant its antibody detects between.
    "sign_after_a_stain_with_its_clone": [
        (
            "Immunostains: GFAP +, IDH1 R132H -, ATRX retained, Olig2 +",
            [("IDH1", EXPR, N, {"alteration": "R132H"})],
        ),
        (
            "Stains: CK7 -, CK20 +, BRAF V600E (VE1) +, SATB2 +",
            [("BRAF", EXPR, P, {"alteration": "V600E"})],
        ),
        (
            "Immunohistochemistry: Olig2 +, IDH1 (R132H) +, ATRX -, p53 -",
            [("IDH1", EXPR, P, {"alteration": "R132H"}), ("TP53", EXPR, N, {})],
        ),
        (
            "Panel: CDX2 +, BRAF (VE1) -, MLH1 +",
            [("BRAF", EXPR, N, {}), ("MLH1", EXPR, P, {})],
        ),
        ("IDH1 R132H: -\nATRX: retained", [("IDH1", EXPR, N, {"alteration": "R132H"})]),
    ],
    # p53 immunostain patterns: an aberrant (mutant-type) pattern is abnormal expression.
    "p53_aberrant_pattern": [
        (
            "p53: aberrant (null pattern), complete absence of nuclear staining in tumour cells",
            [("TP53", EXPR, P, {})],
        ),
        (
            "p53 immunostain shows diffuse strong overexpression (mutant-type pattern).",
            [("TP53", EXPR, P, {})],
        ),
        ("p53 IHC: mutant-type staining (null pattern)", [("TP53", EXPR, P, {})]),
        ("p53: abnormal, null phenotype", [("TP53", EXPR, P, {})]),
    ],
    # The wild-type pattern, scattered or patchy weak nuclei, is normal expression: negative.
    "p53_wild_type_pattern": [
        ("p53: wild-type pattern", [("TP53", EXPR, N, {})]),
        (
            "p53 shows wild-type pattern (variable weak to moderate staining).",
            [("TP53", EXPR, N, {})],
        ),
        ("p53 shows scattered weak nuclear staining (wild-type).", [("TP53", EXPR, N, {})]),
        ("p53 immunostain: patchy weak staining", [("TP53", EXPR, N, {})]),
        (
            "The p53 stain shows a normal (wild type) pattern of expression.",
            [("TP53", EXPR, N, {})],
        ),
    ],
    # A final HER2 status stated with the ISH group and the IHC score is the ISH result.
    "final_her2_status_after_an_ish_group": [
        ("Final HER2 status: POSITIVE (ISH group 3 with IHC 2+)", [("HER2", AMP, P, {})]),
        ("HER2 final interpretation: NEGATIVE (ISH group 4, IHC 1+)", [("HER2", AMP, N, {})]),
        (
            "Overall HER2 result: Negative (ISH Group 2 with concurrent IHC 0)",
            [("HER2", AMP, N, {})],
        ),
    ],
    # A line under a specimens' header that is no row of cells is read as any sentence.
    "specimens_header_over_a_sentence": [
        ("Part A Part B\nER: positive in both parts (90%).", [("ER", EXPR, P, {"percent": 90})]),
        ("Block A1 Block B2\nKi-67 about 20% overall", [("Ki-67", EXPR, R, {"percent": 20})]),
    ],
    # A control's staining is no result of the tumour.
    "controls_are_no_results": [
        (
            "ER: positive (95%), strong.\nInternal control (benign ducts): appropriately positive.",
            [("ER", EXPR, P, {"percent": 95})],
        ),
        ("Internal control (benign ducts): appropriately positive for ER and PR.", []),
        ("ER and PR show appropriate positivity in the internal control (benign ducts).", []),
        ("Controls (external): ER positive as expected.", []),
        (
            "ER: Positive\n"
            "Controls: external control stains as expected; internal control positive.",
            [("ER", EXPR, P, {})],
        ),
        (
            "PR: negative (0%). Normal breast epithelium serves as internal positive control.",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), kind_cases(KINDS))
def test_pathology_layouts(text: str, expected: Expected) -> None:
    assert_reads(text, expected)


def test_every_kind_has_two_wordings() -> None:
    assert has_two_wordings(KINDS) and has_two_wordings(COLUMN_TABLES)


# One column per specimen: each row states one result per column.
# kind -> [(text, [(marker, aspect, status, {detail: value})])], several results per marker.
COLUMN_TABLES: dict[str, list[tuple[str, Expected]]] = {
    "one_column_per_specimen": [
        (
            "Marker      A (breast)   B (node)\n"
            "ER          95%          90%\n"
            "PR          30%          0%\n"
            "HER2 IHC    1+           3+\n",
            [
                ("ER", EXPR, P, {"percent": 95}),
                ("PR", EXPR, P, {"percent": 30}),
                ("PR", EXPR, N, {"percent": 0}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
        ),
        (
            "              Block 1      Block 2\n"
            "ER            Positive     Negative\n"
            "Ki-67         15%          40%\n",
            [
                ("ER", EXPR, P, {}),
                ("ER", EXPR, N, {}),
                ("Ki-67", EXPR, "reported", {"percent": 15}),
                ("Ki-67", EXPR, "reported", {"percent": 40}),
            ],
        ),
        (
            "Stain     Part A     Part C\n"
            "PR        Negative   Positive (60%)\n"
            "HER2      2+         2+\n",
            [
                ("PR", EXPR, N, {}),
                ("PR", EXPR, P, {"percent": 60}),
                ("HER2", EXPR, E, {"ihc_score": "2+"}),
            ],
        ),
    ],
}


def _read(text: str) -> list[tuple[str, str, str, dict]]:
    return [
        (r.marker.value, r.aspect.value, r.status.value, r.model_dump())
        for r in extract_markers(document_from_text(text))
    ]


@pytest.mark.parametrize(("text", "expected"), kind_cases(COLUMN_TABLES))
def test_one_result_per_column(text: str, expected: Expected) -> None:
    found = _read(text)
    assert {(m, a, s) for m, a, s, _ in found} == {(m, a, s) for m, a, s, _ in expected}
    for marker, aspect, status, details in expected:
        assert any(
            (m, a, s) == (marker, aspect, status)
            and all(got.get(k) == v for k, v in details.items())
            for m, a, s, got in found
        ), (marker, status, details)


CONTROL_EXAMPLES = [
    pytest.param(
        example.text,
        [(r.marker.value, r.aspect.value, r.status.value, r.details) for r in example.expect],
        id=f"{rule.name}-{number}",
    )
    for rule in load_control_phrases().control_phrases
    for number, example in enumerate(rule.examples, start=1)
]


@pytest.mark.parametrize(("text", "expected"), CONTROL_EXAMPLES)
def test_a_control_phrase_gives_no_result(text: str, expected: Expected) -> None:
    assert_reads(text, expected)


def test_every_control_phrase_has_two_wordings() -> None:
    for rule in load_control_phrases().control_phrases:
        assert len({e.text for e in rule.examples}) >= 2, rule.name
