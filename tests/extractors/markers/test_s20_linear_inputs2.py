"""Pages that took time beyond linear, second round: the same answers on the long shapes.

A long gap before a listed gene, after 'No', a run of letters OCR gives for digits and bars
before an amount in fmol/mg, and pages of hundreds of results. No timing is asserted (the
size-doubling figures are bench/bench_linear_inputs.py's); a regression makes a test slow.
Wide gaps are read as the parsed text: a text document's layout takes a long run of spaces as
one column gap, which a page laid out by position or a table's cell may keep.
"""

from extractors.markers import extract_markers
from extractors.markers.gene_symbols import _gene_before
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.receptor_assays import _LATER_VALUE, _later_value
from extractors.markers.spans import Region, StartIndex, without_overlaps
from extractors.markers.statements import read_findings
from extractors.markers.units import _compiled
from extractors.text_document import document_from_text

_GAP = " " * 3000


def _results(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.marker.value, r.aspect.value, r.status.value)
        for r in extract_markers(document_from_text(text))
    ]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.marker.value, f.aspect.value, f.status.value)
        for f in read_findings(marker_pipeline()(text))
    ]


# gene_symbols: the separators before a gene were searched for from each offset of the line,
# each search reading a long gap to its end again.


def test_a_gene_after_a_comma_and_a_wide_gap_still_follows_another_gene() -> None:
    assert _gene_before("Genes tested: BRAF, STK11," + _GAP, 0, set())
    assert _gene_before("Panel: CDKN2A and" + _GAP, 0, set())


def test_a_verdict_and_a_wide_gap_before_a_colon_name_no_gene() -> None:
    assert not _gene_before("No fusions detected" + _GAP + ": ", 0, set())
    assert not _gene_before("x" * 3000 + ": ", 0, set())
    assert not _gene_before("brand" + _GAP, 0, set())  # 'and' only as a word of its own


def test_a_wide_gap_in_a_list_of_genes_leaves_the_list_s_verdict() -> None:
    page = "Fusions tested: ALK, ROS1," + _GAP + "RET\nResult: not detected\n"
    assert _read(page) == [("RET", "fusion", "negative")]


def test_a_verdict_after_a_wide_gap_and_a_colon_starts_at_the_gap() -> None:
    rule = next(p for p, r in _compiled().lists if r.name == "genes-on-a-line-then-verdict")
    line = "BRAF, KRAS" + _GAP + ": not detected"
    assert [m.span() for m in rule.finditer(line)] == [(10, len(line))]
    assert not list(rule.finditer("No fusions detected" + _GAP + ": RET"))


def test_genes_on_a_line_before_a_verdict_are_still_read() -> None:
    assert _read("BRAF, KRAS: not detected\n") == [
        ("BRAF", "mutation", "negative"),
        ("KRAS", "mutation", "negative"),
    ]
    assert _read("BRAF, KRAS\t- wild type\n") == [
        ("BRAF", "mutation", "negative"),
        ("KRAS", "mutation", "negative"),
    ]


# unit rules: 'No' and a wide gap was split between the name's spaces and the next ones in
# every way before the rule failed.


def test_no_and_a_wide_gap_before_a_list_of_negative_genes_still_reads_the_list() -> None:
    page = "No" + _GAP + "pathogenic variants were identified in the following genes: BRAF, KRAS\n"
    assert _read(page) == [("BRAF", "mutation", "negative"), ("KRAS", "mutation", "negative")]
    assert _read("No\tclinically significant alterations in: BRAF, NRAS\n") == [
        ("BRAF", "mutation", "negative"),
        ("NRAS", "mutation", "negative"),
    ]


def test_no_and_a_wide_gap_before_a_receptor_is_read_once() -> None:
    assert [marker for marker, _, _ in _read("No" + _GAP + "progesterone receptors found\n")] == [
        "PR"
    ]


# receptor_assays: in a run like 'l|l|l|' every other place could start an amount, each
# reading the rest of the run again.


def test_an_amount_after_a_long_run_of_misread_digits_and_bars_is_read() -> None:
    page = "Estrogen receptor: " + "l|" * 5000 + " 142 fmol/mg protein (positive: > 10)\n"
    assert _results(page) == [("ER", "expression", "positive")]


def test_misread_digits_in_an_amount_are_still_read_after_a_short_run() -> None:
    assert _results("Estrogen receptor: l|l| l42 fmol/mg protein (positive: > 10)\n") == [
        ("ER", "expression", "positive")
    ]
    assert _results("Progesterone receptor: |l|l 6 fmol/mg protein (positive: > 10)\n") == [
        ("PR", "expression", "negative")
    ]


def test_the_later_amount_is_the_one_the_search_finds() -> None:
    for line in ("ER l|l|l 12 fmol/mg", "ER |I|O| 1O fmol/mg", "ER lOl|x 7 fmol / mg", "ER ll ll"):
        found, expected = _later_value(line, 3, len(line)), _LATER_VALUE.search(line, 3)
        assert (found and found.span()) == (expected and expected.span())


# Pages of hundreds of results: each name looked at every aspect word, cue and break of the
# page, and every kept mention or cue was compared with each new one.


def test_a_result_among_hundreds_of_block_lines_is_still_read() -> None:
    lines = [f"Block {n}: ER positive, PR negative\n" for n in range(400)]
    lines[200] = "HER2 (IHC): 3+\n"
    assert _results("".join(lines)) == [
        ("ER", "expression", "positive"),
        ("PR", "expression", "negative"),
        ("HER2", "expression", "positive"),
    ]


def test_a_share_among_hundreds_of_receptor_lines_is_still_read() -> None:
    lines = ["ER: positive (90%)\nPR: negative\n"] * 400
    lines[150] = "Ki-67: 30%\n"
    assert _results("".join(lines)) == [
        ("ER", "expression", "positive"),
        ("PR", "expression", "negative"),
        ("Ki-67", "expression", "reported"),
    ]


def test_the_last_result_of_a_long_line_of_results_is_still_read() -> None:
    assert _results("ER positive, PR negative, " * 400 + "HER2 equivocal (2+)\n") == [
        ("ER", "expression", "positive"),
        ("PR", "expression", "negative"),
        ("HER2", "expression", "equivocal"),
    ]


def test_of_overlapping_spans_the_longest_is_kept_and_the_earlier_of_two_as_long() -> None:
    spans = [Region(0, 4, "a"), Region(2, 9, "b"), Region(9, 9, "c"), Region(5, 5, "d")]
    spans += [Region(9, 12, "e"), Region(10, 13, "f")]
    # in text order; of two at one start, the longer first, as it was kept first
    assert [r.label for r in without_overlaps(spans)] == ["b", "e", "c"]


def test_the_spans_near_a_stretch_include_each_that_overlaps_it_in_list_order() -> None:
    spans = [Region(30, 34, "a"), Region(0, 12, "b"), Region(14, 15, "c"), Region(11, 11, "d")]
    index = StartIndex(spans)
    assert {1, 2, 3} <= set(index.near(11, 15))
    assert index.near(11, 15) == sorted(index.near(11, 15))
    assert 0 not in index.near(11, 15)
