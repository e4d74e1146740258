"""A specimen-column header is found (or not) in time linear in its line's length.

Every part of a column heading may match nothing (a bare designator, a place, a bracketed
description are each optional), so a header pattern that repeated "spaces, heading" could split
one long run of spaces in every possible way. A line laid out with wide gaps, as a PDF's text
layer gives a table, stalled extraction. These lines used to hang; now they are read at once.
"""

from extractors.markers.specimen_columns import specimen_column_rows, specimen_columns


def _columns(line: str) -> list[str] | None:
    return specimen_columns(line, 0, len(line))


def test_a_wide_gap_before_a_stray_word_is_no_header() -> None:
    line = "Stain   A" + " " * 80 + "x"
    assert _columns(line) is None


def test_a_row_of_single_letters_spread_wide_is_read_in_order() -> None:
    line = "Result:" + "".join(f"{' ' * 12}{letter}" for letter in "ABCDEFGHIJ")
    assert _columns(line) == list("ABCDEFGHIJ")


def test_a_long_gap_between_two_described_blocks_still_names_both() -> None:
    line = "Receptor studies:  Block A1" + " " * 70 + "Block A2" + " " * 40
    assert _columns(line) == ["A1", "A2"]


def test_a_page_of_wide_blank_runs_has_no_table() -> None:
    text = "\n".join(["HER2" + " " * 90 + "see note", " " * 120, "PR  1  2" + " " * 75 + "%"])
    assert specimen_column_rows(text) == []
