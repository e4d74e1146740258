"""Pages that took time beyond linear in their length now answer as they did on short ones.

Each test builds a page or a line with the adversarial shape (a header of many block headings,
a long run of dots, dashes, colons or digits after a marker's name) and asserts the ordinary
answer. No timing is asserted: the size-doubling figures are bench/bench_linear_inputs.py's,
and a pattern that backtracks again makes its test hang, which the test run's own limit catches.
"""

import pytest

from extractors.markers import extract_markers
from extractors.markers.alterations import _named_class
from extractors.markers.context import statement_breaks
from extractors.markers.specimen_columns import specimen_columns
from extractors.text_document import document_from_text

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _results(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.marker.value, r.aspect.value, r.status.value)
        for r in extract_markers(document_from_text(text))
    ]


def _columns(line: str) -> list[str] | None:
    return specimen_columns(line, 0, len(line))


# specimen_columns: 'Block A' read as one heading or as 'Block' and 'A' (and 'A (core)',
# 'Primary tumour' the same) doubled the ways to split a line with each heading.


def test_a_line_of_many_block_headings_that_ends_in_a_stray_word_is_no_header() -> None:
    assert _columns("Block " + " Block ".join(_LETTERS) + ": ER positive") is None
    assert _columns("  ".join(f"Block {x}" for x in _LETTERS) + "  see note") is None


def test_many_described_or_placed_headings_before_a_stray_word_are_no_header() -> None:
    assert _columns(" ".join(f"{x} (core)" for x in _LETTERS) + " see note") is None
    assert _columns("Stain " + " ".join(["Primary tumour"] * 30) + " see note") is None


def test_a_header_of_many_block_headings_still_names_each_block() -> None:
    line = "Receptor studies:  " + "  ".join(f"Block {x}" for x in _LETTERS)
    assert _columns(line) == list(_LETTERS)


def test_described_and_placed_headings_keep_their_labels() -> None:
    assert _columns("Stain  A (core)  B (core)  C (core)") == ["A", "B", "C"]
    assert _columns("Primary tumour   Lymph node") == ["Primary Tumour", "Lymph Node"]
    assert _columns("Receptor studies:  Block A (left)  Block B (right)") == ["A", "B"]


def test_a_page_under_a_long_line_of_block_headings_reads_its_row_as_prose() -> None:
    line = "Receptor studies:  " + "  ".join(f"Block {x}" for x in _LETTERS) + "  see note"
    assert _results(line + "\nER 90%\n") == [("ER", "expression", "positive")]


def test_a_two_block_header_still_reads_each_column() -> None:
    page = "Receptor studies:  Block A  Block B\nER  90%  0%\n"
    assert _results(page) == [("ER", "expression", "positive"), ("ER", "expression", "negative")]


# alterations: a base-pair count was tried at each digit of a long number, reading the rest of
# the number again from each.


def test_a_long_number_names_no_exon_19_deletion() -> None:
    assert _named_class("ER " + "7" * 20000) is None


def test_a_base_pair_count_is_still_found_at_its_first_digit() -> None:
    assert _named_class("a 15 bp deletion in exon 19") == (2, "exon 19 deletion")
    assert _named_class("ref 2015 base-pair deletion in exon 19") == (4, "exon 19 deletion")


# context: a field's leader of dots gave back its dots one at a time, each time reading the
# line to its end again.


def _field_ends(text: str) -> list[int]:
    return [offset for offset, kind in statement_breaks(text) if kind == "hard"]


def test_a_field_with_a_long_leader_still_ends_at_its_line() -> None:
    text = "Result " + "." * 20000 + " AMPLIFIED\nComment follows"
    assert text.index("\n") in _field_ends(text)


def test_a_leader_of_three_dots_is_its_own_value_and_two_are_not() -> None:
    # the third dot may stand as the value (as before); two dots alone leave no value
    assert 11 in _field_ends("Result ... \nNext line")
    assert 10 not in _field_ends("Result .. \nNext line")


# Whole pages: a long run after one marker's name leaves the other results as they were.


@pytest.mark.parametrize("run", ["-", ":", ".", "7", "_", "|"])
def test_a_long_run_after_a_name_leaves_the_page_s_other_results(run: str) -> None:
    page = "PR negative.\nER " + run * 20000 + "\nHER2 (IHC): 3+\n"
    assert _results(page) == [("PR", "expression", "negative"), ("HER2", "expression", "positive")]


@pytest.mark.parametrize("run", ["-", ":", ".", "7"])
def test_a_short_run_between_a_name_and_its_verdict_still_carries_it(run: str) -> None:
    assert _results("ER " + run * 40 + " positive\n") == [("ER", "expression", "positive")]


# receptor_assays: an amount in fmol/mg was tried after each bar of a long run of bars, each
# time reading the rest of the run.


def test_an_amount_after_a_long_run_of_bars_is_still_read_against_its_cut_off() -> None:
    page = "Estrogen receptor: " + "|" * 20000 + " 142 fmol/mg protein (positive: > 10)\n"
    assert _results(page) == [("ER", "expression", "positive")]


# summary_rules: each result of one long line searched the whole line again for a test's words.


def test_a_long_line_of_repeated_verdicts_is_one_result_a_marker_with_every_mention() -> None:
    found = extract_markers(document_from_text("ER positive, PR negative, " * 300 + "\n"))
    assert [(r.marker.value, r.status.value, len(r.evidence)) for r in found] == [
        ("ER", "positive", 300),
        ("PR", "negative", 300),
    ]
