"""Kinds of wording from probe 20's tune half, each read by a general mechanism (twenty-third
session): a kind's every wording, not one report's sentence. Each kind is shown in three
wordings of our own; no sentence is quoted from a report.
"""

import re

import pytest

from extractors.markers import context, marker_columns, specimen_columns, statements, values
from extractors.markers.context_rules import compile_words
from extractors.markers.marker_columns import marker_column_tables
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.specimen_columns import specimen_columns as header_columns
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    E,
    N,
    P,
    R,
    assert_reads,
    context_rule,
    kind_tests,
    unit_list_rule,
)

KINDS = {
    # verdict_line_after_its_measure (ish-keyvalue): a measure's line that ends with a full
    # stop, then the verdict alone on the next line: the verdict is the measure's marker's.
    "verdict_line_after_its_measure": [
        (
            "ERBB2 silver ISH: ERBB2/CEP17 ratio 1.1.\nNot amplified.\n",
            [("HER2", AMP, N, {"ratio": 1.1})],
        ),
        (
            "MET dual-colour FISH: ratio 3.2, mean copies 8.5.\nAmplified.\n",
            [("MET", AMP, P, {"ratio": 3.2})],
        ),
        (
            "HER2 by CISH, 20 nuclei counted; HER2/CEP17 ratio 2.8.\nAMPLIFIED\n",
            [("HER2", AMP, P, {"ratio": 2.8})],
        ),
    ],
    # bare_verdict_with_its_gloss (fusion-rearrangement): the verdict alone after its measure
    # may carry a bracket that glosses it; the bracket's words are no other result.
    "bare_verdict_with_its_gloss": [
        (
            "ROS1 break-apart probe: 6% of 100 nuclei split. Negative (not rearranged).\n",
            [("ROS1", FUS, N, {})],
        ),
        (
            "ALK FISH, Vysis probe: 38 of 50 cells show split signals.\nPositive (rearranged).\n",
            [("ALK", FUS, P, {})],
        ),
        (
            "HER2 ISH: ratio 2.9 over 40 cells.\nAmplified (ISH group 1).\n",
            [("HER2", AMP, P, {"ratio": 2.9})],
        ),
    ],
    # measures_then_verdict_after_semicolon (ish-keyvalue): after the key's ';' the clause
    # gives more of its measures, then the verdict: one list of values with its verdict.
    "measures_then_verdict_after_semicolon": [
        (
            "MET FISH: MET/CEP7 2.6; mean MET 7.1 copies - amplified\n",
            [("MET", AMP, P, {"ratio": 2.6})],
        ),
        (
            "HER2 ISH: HER2/CEP17 1.3; 3.0 signals per nucleus, not amplified\n",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
        (
            "ERBB2 FISH: ratio 4.4; average ERBB2 copy number 11 per cell: AMPLIFIED\n",
            [("HER2", AMP, P, {"ratio": 4.4})],
        ),
    ],
    # quantity_key_is_no_verdict (synoptic-rows, bare-quantity): the words of a share's key
    # ('nuclear positivity', 'positive nuclei') name what is counted; the number decides.
    "quantity_key_is_no_verdict": [
        (
            "Progesterone receptor\n  Percentage of tumour cells with nuclear positivity: 0%\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "Oestrogen receptor\n  % positive nuclei: 0 %\n  Intensity: none\n",
            [("ER", EXPR, N, {"percent": 0})],
        ),
        (
            "Androgen receptor (SP107)\n  Proportion of positive cells: 35%\n",
            [("AR", EXPR, P, {"percent": 35})],
        ),
    ],
    # letter_boxes_all_alike (blank-options): every option of a line led by the same small
    # letter, no tick on it: OCR's reading of a form's empty boxes; none is chosen.
    "letter_boxes_all_alike": [
        (
            "PR status\n o Positive   o Negative\n"
            " Percentage of cells with nuclear positivity: 0%\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "HER2 immunohistochemistry\n q Negative (0)  q Negative (1+)  q Equivocal (2+)  "
            "q Positive (3+)\n Awaiting repeat staining.\nER: positive, 90%\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "Mismatch repair: n Intact   n Lost\nKi-67: 25%\n",
            [("Ki-67", EXPR, R, {"percent": 25})],
        ),
    ],
    # bare_zero_is_no_staining (bare-quantity): a bare 0 as a receptor's whole value is no
    # stained cell on any scale, so 0% and negative.
    "bare_zero_is_no_staining": [
        (
            "Receptors: ER 60% moderate. PR 0.\n",
            [("ER", EXPR, P, {"percent": 60}), ("PR", EXPR, N, {"percent": 0})],
        ),
        ("Androgen receptor: 0\n", [("AR", EXPR, N, {"percent": 0})]),
        (
            "ER (SP1) 0\nPR (1E2) 0\n",
            [("ER", EXPR, N, {"percent": 0}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # bracketed_designator_column (two-specimens): specimens numbered in brackets head the
    # columns, maybe with a few words ('(1) Core biopsy   (2) Excision'); each cell its own.
    "bracketed_designator_column": [
        (
            "Receptors on both parts:\n          (1) Core biopsy    (2) Lymph node\n"
            "  ER        70%                0%\n",
            [("ER", EXPR, P, {"percent": 70, "specimen": "1"}), ("ER", EXPR, N, {"specimen": "2"})],
        ),
        (
            "Repeat staining\n            (A) Primary     (B) Recurrence\n"
            "  PR          15%             0%\n",
            [("PR", EXPR, P, {"percent": 15, "specimen": "A"}), ("PR", EXPR, N, {"specimen": "B"})],
        ),
        (
            "             (1)       (2)\n  HER2 IHC    1+        3+\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # marker_columns_specimen_rows (two-specimens, bare-quantity): a header of markers over
    # rows of specimens; each cell is read with its column's heading, its unit included.
    "marker_columns_specimen_rows": [
        (
            "Lesion   ER(%)   PR(%)   HER2 IHC\n"
            "1        90      0       2+\n2        90      10      0\n",
            [
                ("ER", EXPR, P, {"percent": 90}),
                ("PR", EXPR, N, {"percent": 0}),
                ("PR", EXPR, P, {"percent": 10}),
                ("HER2", EXPR, E, {"ihc_score": "2+"}),
                ("HER2", EXPR, N, {"ihc_score": "0"}),
            ],
        ),
        (
            "Block | MLH1 | MSH6 | Ki-67 (%)\n"
            "A1 | retained | lost | 30\nB2 | retained | n/a | n/a\n",
            [
                ("MLH1", EXPR, P, {}),
                ("MSH6", EXPR, N, {}),
                ("Ki-67", EXPR, R, {"percent": 30}),
            ],
        ),
        (
            "Specimen    PD-L1 TPS    ALK D5F3\n"
            "A           40%          negative\n"
            "B           <1%          negative\n",
            [
                ("PD-L1", EXPR, P, {"percent": 40, "specimen": "A"}),
                ("PD-L1", EXPR, N, {"value": "<1%", "specimen": "B"}),
                ("ALK", EXPR, N, {}),
            ],
        ),
    ],
    # heading_over_a_labelled_answer (heading-result): a test's heading names the gene, the
    # line under it opens with a result's label and gives the answer, however long the heading.
    "heading_over_a_labelled_answer": [
        (
            "NRAS exons 2, 3 and 4 (pyrosequencing, same run)\nStatus: wild-type\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "BRAF codon 600 analysis by real-time PCR (Idylla)\nOutcome --> no variant detected\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "KRAS exon 2 by digital droplet PCR (commercial kit)\nCall: mutation detected (G12V)\n",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    # listed_then_none_detected_telegraphic (negative-gene-list): after the list of what was
    # sought, 'none of the listed variants identified' with no verb is the list's one verdict.
    "listed_then_none_detected_telegraphic": [
        (
            "EGFR exon 18-21 hotspots screened: G719X, L858R, T790M, L861Q\n"
            "Result: none of the listed mutations detected\n",
            [("EGFR", MUT, N, {})],
        ),
        (
            "Codons tested in BRAF: V600E, V600K, V600D.\nNone of these variants identified.\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "Variants sought: NRAS codons 12, 13 and 61.\n"
            "Result - none of the listed variants found\n",
            [("NRAS", MUT, N, {})],
        ),
    ],
    # denied_mutation_with_its_locus (negative-gene-list): 'no variant' as a gene's value with
    # the codon or exons it was sought in ('no variant at codon 172', 'in exons 2, 3 and 4').
    "denied_mutation_with_its_locus": [
        ("IDH2: no variant at codon 172, by pyrosequencing\n", [("IDH2", MUT, N, {})]),
        ("NRAS - no pathogenic mutation in exons 2, 3 and 4\n", [("NRAS", MUT, N, {})]),
        ("BRAF: no mutation of exon 15.\n", [("BRAF", MUT, N, {})]),
    ],
    # specimen_items_under_a_heading (two-specimens, heading-result): under a test's heading,
    # one line per specimen named with its noun and number or led by dots, each its own result.
    "specimen_items_under_a_heading": [
        (
            "PD-L1 22C3 combined positive score\n  Specimen 1:  CPS 15\n  Specimen 2:  CPS 0\n",
            [("PD-L1", EXPR, P, {"value": "CPS 15"}), ("PD-L1", EXPR, N, {"value": "CPS 0"})],
        ),
        (
            "ER, nuclear staining\n  Part A ...... 95%\n  Part B ...... 0%\n",
            [("ER", EXPR, P, {"percent": 95}), ("ER", EXPR, N, {"percent": 0})],
        ),
        (
            "MLH1 immunohistochemistry\n  Specimen 1: retained\n  Specimen 2: lost\n",
            [("MLH1", EXPR, P, {}), ("MLH1", EXPR, N, {})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


def test_each_kind_has_three_wordings() -> None:
    assert all(len({text for text, _ in cases}) >= 3 for cases in KINDS.values())


def test_a_hyphenated_antigen_is_no_part_item() -> None:
    """'B7-H3' opens no part's item: the line under it is another antigen's, no one's above."""
    assert_reads(
        "Oestrogen receptor: negative (0%)\nB7-H3 (CD276)\nPositive in 40% of cells.\n",
        [("ER", EXPR, N, {})],
    )


def test_a_marker_column_table_needs_its_rows_noun() -> None:
    """A line of names over numbers with no specimen word first is no such table."""
    text = "ER   PR   HER2\n95   0    1+\n"
    doc = marker_pipeline()(text)
    assert marker_column_tables(text, doc._.marker_mentions) == []


def test_a_designator_in_brackets_is_no_column_description() -> None:
    line = "      (1) Breast tumour      (2) Nodal metastasis"
    assert header_columns(line, 0, len(line)) == ["1", "2"]


_RUNS = [" " * 3000, "\t" * 3000, "-" * 3000, ". " * 1500, "(" * 3000, "0" * 3000]
_NEW_PATTERNS = {
    "bare_verdict": statements._BARE_VERDICT,
    "measure_words": statements._MEASURE_WORDS,
    "result_label_lead": statements._RESULT_LABEL_LEAD,
    "quantity_key_line": context._QUANTITY_KEY_LINE,
    "key_zero": values._KEY_ZERO,
    "part_item": statements._PART_ITEM,
    "specimen_header": specimen_columns._HEADER,
    "rows_noun": marker_columns._ROWS_NOUN,
    "designator": marker_columns._DESIGNATOR,
    "opens_cell": marker_columns._OPENS_CELL,
}


@pytest.mark.parametrize("name", list(_NEW_PATTERNS))
@pytest.mark.parametrize("run", _RUNS)
def test_the_new_patterns_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """No timing: a pattern that backtracked on the run would hang; the run's limit catches it."""
    pattern: re.Pattern[str] = _NEW_PATTERNS[name]
    for lead in ("negative", "% positive", "PR", "Focus", "(1) Core", "ratio 2.1;"):
        for text in (lead + run + "x", lead + run + ":", run + lead, "(" + lead + run + ")"):
            assert pattern.fullmatch(text) is None or pattern.fullmatch(text).end() == len(text)
            found = pattern.search(text)
            assert found is None or found.end() <= len(text)


@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "|" * 3000, "1 " * 1500])
def test_a_table_line_answers_at_once_on_a_long_run(run: str) -> None:
    """The marker-column reader and the unit rules on a header or row with a long run."""
    text = "Focus ER(%) PR(%)\nA" + run + "90 0\nnone of the listed" + run + "variants identified\n"
    doc = marker_pipeline()(text)
    assert isinstance(marker_column_tables(text, doc._.marker_mentions), list)


@pytest.mark.parametrize("name", ["no-mutation-as-a-value"])
@pytest.mark.parametrize("run", _RUNS)
def test_the_widened_rules_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """The context rule widened here, on leads of its own words before a long run."""
    pattern = compile_words(context_rule(name).pattern)
    for lead in ("no variant in codon 1", "HER2 scoring", "no mutation at exons", "TPS"):
        for text in (lead + run + "x", lead + run + "\n", run + lead + "\n"):
            found = pattern.search(text)
            assert found is None or found.end() <= len(text)


@pytest.mark.parametrize("run", _RUNS)
def test_the_widened_unit_rule_answers_at_once_on_a_long_run(run: str) -> None:
    pattern = unit_list_rule("listed-then-none-detected")
    for lead in ("none of the listed", "none of these variants", "none of"):
        found = pattern.search(lead + run + "identified")
        assert found is None or found.end() <= len(lead + run) + 10
