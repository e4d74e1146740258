"""The fallback pass (`extractors/markers/fallback.py`, rule `fallback.statement`): what it reads
where the named rules read nothing, and what it must leave, each in two or more wordings of our
own. No sentence is quoted from a report.

READS holds, per kind, texts whose one unit (a sentence, a key row's line, a table row led by
the name) states a marker's result plainly: the pass alone (the rules' readings set aside)
gives exactly that. LEAVES holds, per kind, texts where the words around a name and a verdict
make it no result (methods, controls, pending, criteria, another tumour, another gene between,
an unticked option): the pass gives nothing. END_TO_END holds texts the named rules leave
unread: the extractor's results then carry the fallback's rule name.
"""

import pytest

from extractors.markers.fallback import RULE
from tests.extractors.markers.kind_tables import (
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    fallback_alone,
    has_two_wordings,
    kind_cases,
    read_text,
)

READS: dict[str, list[tuple[str, Expected]]] = {
    # A name, then a plain verdict in the same sentence, nothing of another gene between.
    "verdict_after_the_name_in_a_sentence": [
        ("ALK appears rearranged in this sample.", [("ALK", FUS, P, {})]),
        ("EGFR was noted to be wild type on this specimen.", [("EGFR", MUT, N, {})]),
        ("On this block PR is clearly negative.", [("PR", EXPR, N, {})]),
    ],
    # A key row ('name ...... value', 'name (clone): value'): the row's own line is the unit,
    # whatever the line under it says.
    "key_row_over_a_legend_line": [
        (
            "Androgen receptor ........ positive (80%)\nall rows read by the criteria of the kit:",
            [("AR", EXPR, P, {})],
        ),
        (
            "Microsatellite status   MS-Stable\nthe statuses above follow the criteria of the kit",
            [("MSI", SIG, N, {})],
        ),
    ],
    # A table row led by the name, under a header of specimens, over a methods line.
    "table_row_led_by_the_name": [
        (
            "                 Block A2      Block B1\nEstrogen receptor   positive, 95%, strong"
            "   positive, 80%, moderate\nAntibody clones and staining platform as per"
            " laboratory protocol, Ventana.",
            [("ER", EXPR, P, {})],
        ),
        (
            "            Core 1        Core 2\nProgesterone receptor   negative, 0%   negative,"
            " 0%\nStains performed on the Ventana platform with the 1E2 clone.",
            [("PR", EXPR, N, {})],
        ),
    ],
}

LEAVES: dict[str, list[str]] = {
    "methods": [
        "ALK immunostain performed using the D5F3 clone on the Ventana platform, positive.",
        "PD-L1 staining was done with the 22C3 pharmDx kit and was positive.",
    ],
    "controls": [
        "Appropriate positive control (ALK-rearranged cell line) reacted as expected.",
        "External control: HER2 amplified cell line, amplified as expected.",
    ],
    "pending": [
        "EGFR mutation analysis is pending, negative so far.",
        "ROS1 FISH has been sent out; result negative to follow.",
    ],
    "criteria": [
        "HER2 scoring follows ASCO/CAP: 0 and 1+ negative.",
        "ER is reported positive when 1% or more of nuclei stain.",
    ],
    "another_tumour": [
        "History of breast carcinoma, ER positive, in 2015.",
        "The patient's previous colon cancer was KRAS mutated.",
    ],
    "another_gene_between": [
        "KRAS and its partner gene STK11 were found mutated.",
        "BRAF, with CDKN2A, lost.",
    ],
    # HER2's bare verdict may be the combined status of IHC and ISH, which the rules leave.
    "her2_combined_status": [
        "HER2 status: negative",
        "The overall HER2 status is positive.",
    ],
    # what the rules leave on purpose: a list of stains done, a clone's row, a gene's copies
    "a_stain_list_a_clone_row_or_copies": [
        "Sections were stained for ER and PR.",
        "Marker Clone Result\nPR 1E2 Positive 40\n",
        "MSH2 loss of heterozygosity detected.",
    ],
    "an_unticked_option": [
        "HER2 status  [ ] Positive  [ ] Negative",
        "ER result: ( ) positive ( ) negative",
    ],
}

# Texts the named rules leave unread: the extractor's result is the fallback's, and says so.
END_TO_END: dict[str, list[tuple[str, Expected]]] = {
    # A row led by the name with a verdict per column: each verdict with its own share.
    "one_verdict_per_column": [
        (
            "            Part 1          Part 2\nProgesterone receptor   positive, 60%, strong"
            "   positive, 10%, weak\nClone 1E2 on the Ventana platform, run with controls.",
            [
                ("PR", EXPR, P, {"percent": 60.0, "intensity": "strong", "rule": RULE}),
                ("PR", EXPR, P, {"percent": 10.0, "rule": RULE}),
            ],
        ),
        (
            "              Lesion 1        Lesion 2\nAndrogen receptor   positive, 70%, moderate"
            "   positive, 30%, weak\nAntibody SP107 on the Ventana platform.",
            [
                ("AR", EXPR, P, {"percent": 70.0, "rule": RULE}),
                ("AR", EXPR, P, {"percent": 30.0, "rule": RULE}),
            ],
        ),
    ],
    "key_row_over_a_legend_line": [
        (
            "Androgen receptor ........ positive (80%)\nall rows read by the criteria of the kit:",
            [("AR", EXPR, P, {"percent": 80.0, "rule": RULE})],
        ),
        (
            "Microsatellite status   MS-Stable\nthe statuses above follow the criteria of the kit",
            [("MSI", SIG, N, {"rule": RULE})],
        ),
    ],
    "table_row_led_by_the_name": [
        (
            "                 Block A2      Block B1\nEstrogen receptor   positive, 95%, strong"
            "   positive, 80%, moderate\nAntibody clones and staining platform as per"
            " laboratory protocol, Ventana.",
            [
                ("ER", EXPR, P, {"percent": 95.0, "rule": RULE}),
                ("ER", EXPR, P, {"percent": 80.0, "rule": RULE}),
            ],
        ),
        (
            "            Core 1        Core 2\nProgesterone receptor   negative, 0%   negative,"
            " 0%\nStains performed on the Ventana platform with the 1E2 clone.",
            [("PR", EXPR, N, {"rule": RULE})],
        ),
    ],
}


def test_each_kind_has_two_wordings() -> None:
    assert has_two_wordings(READS)
    assert has_two_wordings(END_TO_END)
    assert all(len(set(texts)) >= 2 for texts in LEAVES.values())


@pytest.mark.parametrize(("text", "expected"), kind_cases(READS))
def test_the_fallback_reads_a_plain_unit(text: str, expected: Expected) -> None:
    assert fallback_alone(text) == {(m, a, s) for m, a, s, _ in expected}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, id=f"{kind}-{n}")
        for kind, ts in LEAVES.items()
        for n, t in enumerate(ts, start=1)
    ],
)
def test_the_fallback_leaves_what_is_no_result(text: str) -> None:
    assert fallback_alone(text) == set()


@pytest.mark.parametrize(("text", "expected"), kind_cases(END_TO_END))
def test_a_fallback_result_carries_its_rule(text: str, expected: Expected) -> None:
    found = read_text(text)
    assert {(r.marker.value, r.aspect.value, r.status.value) for r in found} == {
        (m, a, s) for m, a, s, _ in expected
    }
    assert len(found) == len(expected)
    for marker, aspect, status, details in expected:
        assert any(
            (r.marker.value, r.aspect.value, r.status.value) == (marker, aspect, status)
            and all(getattr(r, name) == value for name, value in details.items())
            for r in found
        ), details


@pytest.mark.parametrize(
    "text",
    [
        "HER2 appears amplified in this sample.",
        "Estrogen receptor: positive (90%), strong.",
    ],
)
def test_a_pair_the_rules_read_gets_nothing_from_the_fallback(text: str) -> None:
    found = read_text(text)
    assert found
    assert all(r.rule is None for r in found)
