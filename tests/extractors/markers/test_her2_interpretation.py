"""HER2 status per specimen by ASCO/CAP 2018 (affirmed 2023), from per-test results."""

import pytest

from extractors.markers import interpret_her2
from extractors.markers.her2 import ish_group
from schemas.markers import MarkerResult


def ihc(score, status, specimen=None):
    return MarkerResult(
        marker="HER2", aspect="expression", status=status, ihc_score=score, specimen=specimen
    )


def ish(status, ratio=None, copies=None, specimen=None):
    return MarkerResult(
        marker="HER2",
        aspect="amplification",
        status=status,
        ratio=ratio,
        copy_number=copies,
        specimen=specimen,
    )


@pytest.mark.parametrize(
    ("ratio", "copies", "group"),
    [(2.5, 5.0, 1), (2.2, 3.5, 2), (1.5, 6.5, 3), (1.5, 4.5, 4), (1.2, 2.1, 5)],
)
def test_ish_group_follows_ratio_and_copy_number(ratio, copies, group):
    assert ish_group(ratio, copies) == group


@pytest.mark.parametrize(
    ("results", "status", "her2_low", "ihc_zero"),
    [
        ([ihc("3+", "positive")], "positive", False, False),
        ([ihc("0", "negative")], "negative", False, True),
        ([ihc("1+", "negative")], "negative", True, False),
        ([ihc("2+", "equivocal")], "equivocal", False, False),
        ([ihc("2+", "equivocal"), ish("negative", 1.3)], "negative", True, False),
        ([ihc("2+", "equivocal"), ish("positive", 3.1)], "positive", False, False),
        ([ish("positive", 2.5, 5.0)], "positive", False, False),
        ([ihc("1+", "negative"), ish("negative", 2.2, 3.5)], "negative", True, False),
        ([ihc("2+", "equivocal"), ish("positive", 1.5, 6.5)], "positive", False, False),
        ([ihc("3+", "positive"), ish("negative", 1.5, 4.5)], "positive", False, False),
    ],
)
def test_a_specimen_gets_one_combined_status(results, status, her2_low, ihc_zero):
    (found,) = interpret_her2(results)
    assert (found.status, found.her2_low, found.ihc_zero) == (status, her2_low, ihc_zero)


def test_each_specimen_is_interpreted_on_its_own():
    found = interpret_her2([ihc("3+", "positive", "A"), ihc("1+", "negative", "B")])
    assert {(f.specimen, f.status) for f in found} == {("A", "positive"), ("B", "negative")}


def test_other_markers_and_quoted_history_give_no_interpretation():
    history = ihc("3+", "positive").model_copy(update={"historical": True})
    er = MarkerResult(marker="ER", aspect="expression", status="positive")
    assert interpret_her2([history, er]) == []


def test_the_ish_group_is_named_in_the_basis():
    (found,) = interpret_her2([ihc("2+", "equivocal"), ish("positive", 1.5, 6.5)])
    assert found.ish_group == 3 and "group 3" in found.basis
