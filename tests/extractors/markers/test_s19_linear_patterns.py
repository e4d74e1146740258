"""Patterns that backtracked super-linearly on a long run of one character now answer at once.

Each test runs the pattern's own function on a line with a long adversarial run (spaces,
tabs, dashes) and asserts the ordinary answer, the one the pattern gave before on short runs.
No timing is asserted: a pattern that backtracks again makes its test hang, which the test
run's own limit catches.
"""

from extractors.case.accessions import find_accessions
from extractors.case.report_lines import ReportLine
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.specimen_columns import (
    opens_with_specimen,
    specimen_column_rows,
    specimen_columns,
)
from extractors.markers.statements import read_findings
from extractors.text_document import document_from_text


def _columns(line: str) -> list[str] | None:
    return specimen_columns(line, 0, len(line))


# specimen_columns: a heading's noun took its spaces in every split ('Block' + gap), and the
# header's lead and separators gave theirs back to the heading after them.


def test_a_stain_word_a_letter_and_a_wide_gap_before_a_stray_word_is_no_header() -> None:
    assert _columns("Stain   A" + " " * 60 + "x") is None
    assert _columns("Stain   A" + " " * 80 + "x") is None
    assert _columns("Stain   A" + " " * 3000 + "x") is None


def test_a_row_of_single_letters_spread_wide_is_read_in_order() -> None:
    line = "Result:" + "".join(f"{' ' * 12}{letter}" for letter in "ABCDEFGHIJ")
    assert _columns(line) == list("ABCDEFGHIJ")


def test_a_long_gap_between_two_described_blocks_still_names_both() -> None:
    line = "Receptor studies:  Block A1" + " " * 70 + "Block A2" + " " * 40
    assert _columns(line) == ["A1", "A2"]


def test_a_page_of_wide_blank_runs_has_no_table() -> None:
    text = "\n".join(["HER2" + " " * 90 + "see note", " " * 120, "PR  1  2" + " " * 75 + "%"])
    assert specimen_column_rows(text) == []


def test_a_specimen_noun_before_a_long_gap_names_no_column() -> None:
    assert _columns("Block" + " " * 2000 + "x") is None
    assert _columns("Part no." + "\t" * 2000 + "y") is None


def test_two_blocks_set_far_apart_are_still_both_columns() -> None:
    line = "Block A" + " " * 1500 + "Block B" + " " * 1500
    assert _columns(line) == ["A", "B"]
    assert opens_with_specimen(line)


def test_numbered_parts_with_a_gap_and_a_description_keep_their_numbers() -> None:
    line = "Receptor studies:  Part 1" + " " * 1200 + "Part 2 (node)"
    assert _columns(line) == ["1", "2"]


# alteration_rows: the gap after a gene's name and the runs between a variant class, its
# verdict and its share each took a share of one long run of spaces, in every split.


def _read(text: str) -> list[tuple[str, str, str, str | None]]:
    findings = read_findings(marker_pipeline()(text))
    return [(f.marker.value, f.aspect, f.status.value, f.alteration) for f in findings]


def test_a_variant_class_and_its_share_far_apart_on_the_row_are_still_one_finding() -> None:
    assert _read("EGFR exon 19 deletion" + " " * 1500 + "23%") == [
        ("EGFR", "mutation", "positive", "exon 19 deletion")
    ]


def test_a_gene_name_then_a_long_gap_and_a_stray_word_states_nothing() -> None:
    assert _read("EGFR" + " " * 1500 + "x") == []
    assert _read("HER2" + "\t" * 1500 + "y") == []


# change_verdicts: the spaces before and after a pair's separator were split every way.


def test_two_changes_with_their_verdicts_apart_on_a_wide_row_keep_both() -> None:
    found = _read("EGFR: no exon 19 deletion;" + " " * 1500 + "L858R detected")
    assert ("EGFR", "mutation", "negative", "exon 19 deletion") in found
    assert ("EGFR", "mutation", "positive", "L858R") in found


# accessions: the spaces around the label's 'no.' and its colon were split three ways.


def _accessions(line: str) -> list[str]:
    page = document_from_text(line).pages[0]
    return [f.value for f in find_accessions([ReportLine("d", page, 0, line)])]


def test_an_accession_label_before_a_long_gap_and_no_number_names_none() -> None:
    assert _accessions("Accession" + " " * 2000 + "x") == []


def test_an_accession_number_after_wide_gaps_around_its_colon_is_still_read() -> None:
    assert _accessions("Case no." + " " * 1500 + ":" + "\t" * 1500 + "S26-10104") == ["S26-10104"]


# paired_lists: the spaces around a list's bracketed method and 'status' before its colon were
# split four ways (200 spaces took a second, 400 more than ten).


def test_two_joined_names_before_a_long_gap_and_no_colon_pair_nothing() -> None:
    assert _read("ER/PR" + " " * 1500 + "x") == []


# units: the spaces around the colon between a scale and its number were split every way.


def test_a_percent_scale_and_its_number_far_apart_are_still_read() -> None:
    assert _read("ER (%)" + " " * 1500 + "90") == [("ER", "expression", "positive", None)]
    assert _read("ER (%)" + "\t" * 1500 + "x") == []
