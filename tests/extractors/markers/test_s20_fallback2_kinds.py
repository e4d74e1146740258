"""The fallback pass's kinds of wording of the twentieth round's second pass (`fallback.py`).

Each kind is named as in the pass's docstrings, with two or more texts of different wording of
our own (no sentence is quoted from a report). READS: what the pass alone gives on the text,
the named rules' readings set aside. LEAVES: texts of the same kinds where the words make it
no result, or no clear one: the pass alone gives nothing. The pass alone is measured on the
released tune halves by bench/fallback_alone.py.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    EXPR,
    E,
    Expected,
    N,
    P,
    R,
    fallback_alone,
    fallback_tests,
)

READS: dict[str, list[tuple[str, Expected]]] = {
    # A name heading its lines, its result on the line under it, after a result's label.
    "verdict_under_a_heading": [
        ("ANDROGEN RECEPTOR (AR)\nResult: positive in most nuclei\n", [("AR", EXPR, P, {})]),
        (
            "Oestrogen receptor by immunohistochemistry\n  Interpretation - NEGATIVE\n",
            [("ER", EXPR, N, {})],
        ),
        ("HER2 (4B5) immunostain\nResult: equivocal, score 2+\n", [("HER2", EXPR, E, {})]),
    ],
    # 'present' is a verdict for a stained repair protein (not for a gene, nor another stain).
    "present_for_a_repair_protein": [
        ("PMS2 stain: present in the tumour nuclei", [("PMS2", EXPR, P, {})]),
        ("MSH2 .......... Present", [("MSH2", EXPR, P, {})]),
        ("In block C, MLH1 and MSH6 present.", [("MLH1", EXPR, P, {}), ("MSH6", EXPR, P, {})]),
    ],
    # One antibody's name in a bracket right after a stain's name is its clone.
    "clone_bracket_after_a_stain": [
        ("MSH6 (EPR3945): lost in the carcinoma", [("MSH6", EXPR, N, {})]),
        ("Androgen receptor (clone AR441) - positive", [("AR", EXPR, P, {})]),
    ],
    # A gene after a column's gap leads the next cell, not the verdict's.
    "verdict_before_a_column_gap": [
        (
            "MLH1: retained      PMS2: retained",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        ("MSH2 - absent\tMSH6 - absent", [("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})]),
    ],
    # Ki-67's share given as a range, or after its index's 'of': reported.
    "share_range_after_the_name": [
        ("Ki-67 labelling roughly 15-20% in hot spots", [("Ki-67", EXPR, R, {})]),
        ("Ki67 proliferative fraction 5 to 10 %", [("Ki-67", EXPR, R, {})]),
        ("MIB-1 (Ki-67) index of about 35%", [("Ki-67", EXPR, R, {})]),
    ],
}

LEAVES: dict[str, list[str]] = {
    # a heading whose next line is no result's label, or a heading naming two markers
    "a_heading_without_a_result_line": [
        "ANDROGEN RECEPTOR (AR)\nComment: positive controls stained well\n",
        "ER with GATA3\nResult: negative in the tumour\n",
        "Progesterone receptor stain\nThe control tissue is negative.\n",
    ],
    # a bracket after a gene's name may name another gene; a verdict right before a gene is its
    "a_bracket_after_a_gene_or_a_verdict_before_one": [
        "KRAS (MDM2): not detected",
        "MLH1 with negative SATB2 in the glands.",
    ],
    # 'present' speaks of no result for a gene or a receptor
    "present_for_a_gene_or_a_receptor": [
        "KRAS: present in the panel",
        "Progesterone receptor: present",
    ],
}


(
    test_each_kind_has_two_wordings,
    test_the_fallback_reads_a_kind,
    test_the_fallback_leaves_a_kind,
) = fallback_tests(READS, LEAVES)


@pytest.mark.parametrize(
    "text",
    [
        "AR" + " " * 3000 + "\nResult: positive",
        "AR (" + " " * 3000 + ")\nResult: positive",
        "AR by" + " " * 3000 + "stain\n" + " " * 3000 + "Result" + " " * 3000 + ": positive",
        "Ki-67" + " " * 3000 + "15" + " " * 3000 + "-" + " " * 3000 + "20%",
        "Ki-67 index" + " " * 3000 + "of" + " " * 3000 + "20%",
        "MSH2" + " " * 3000 + "present",
    ],
)
def test_a_long_run_of_spaces_is_read_whole(text: str) -> None:
    """A heading, a share or a verdict a long run of spaces away states nothing to the pass.

    Each pattern of the pass takes such runs whole: one that gave them back space by space
    would not end here (bench/bench_linear_inputs.py times such pages).
    """
    assert fallback_alone(text) == set()
