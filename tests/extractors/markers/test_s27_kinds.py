"""Kinds of wording read by a general mechanism (twenty-seventh session), each in two wordings
of our own or more: tables of specimens in columns whose rows the first reading left unread or
whose cells hold no result; a heading's unit moved to its number; receptors named with their
receptor abbreviated; a zero share under a key that names the positivity; boxes drawn with
bars, and boxes none of which is ticked; lists of what an assay sought; a denial with its
loci glossed in brackets; a zero read as O inside a protein change. No sentence is quoted from
a report.
"""

import pytest

from extractors.markers.assay_lines import without_covered_changes
from extractors.markers.misreadings import restored_zeros_in_changes
from extractors.markers.underline_boxes import bracketed_underline_boxes
from tests.extractors.markers.kind_tables import AMP, EXPR, MUT, N, P, R, kind_tests

KINDS = {
    # specimen_columns_unread_rows: a row of a specimen-column table that the page's reading
    # left unread (bare numbers side by side make no statement) is read by its cells; a name's
    # bracketed unit ('(% nuclei)') stands between it and its cells.
    "specimen_columns_unread_rows": [
        (
            "Receptors          (A) tumour     (B) node\n"
            "ER (% nuclei)      0              0\n"
            "PgR (% nuclei)     0              5\n",
            [
                ("ER", EXPR, N, {"percent": 0}),
                ("PR", EXPR, N, {"percent": 0}),
                ("PR", EXPR, P, {"percent": 5}),
            ],
        ),
        (
            "                  Part 1        Part 2\nKi-67 (%)         8             35\n",
            [("Ki-67", EXPR, R, {})],
        ),
    ],
    # specimen_columns_empty_cells: a cell that holds no result ('not assessed', 'n/a', a dash
    # between runs of spaces) gives nothing; the row's other cells are read.
    "specimen_columns_empty_cells": [
        (
            "                Block A        Block B        Block C\n"
            "PR              70%            n/a            2%\n",
            [("PR", EXPR, P, {})],
        ),
        (
            "                      (1)             (2)\n"
            "Oestrogen receptor    not assessed    negative (0%)\n",
            [("ER", EXPR, N, {"percent": 0})],
        ),
    ],
    # specimen_columns_next_header: a header line ends the table above it, so a list of the
    # specimens that reads as a header does not take the rows of the table under it.
    "specimen_columns_next_header": [
        (
            "Parts: (1) right breast core (2) right axillary lymph node core\n"
            "(1) BREAST (2) NODE\n"
            "ER 0 0\n"
            "HER2 (IHC) 3+ 3+\n",
            [("ER", EXPR, N, {"percent": 0}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "Specimens: (A) left breast mass (B) left sentinel lymph node biopsy\n"
            "(A) BREAST (B) NODE\n"
            "PR 0 0\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # marker_columns_heading_unit: a marker column's heading with its unit after a space ('ER
    # %') moves the unit to a bare number under it, as 'ER(%)' does.
    "marker_columns_heading_unit": [
        (
            "Core | ER % | PR % | Ki-67 %\n1 | 80 | 5 | 20\n2 | 85 | n/a | 25\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {"percent": 5}), ("Ki-67", EXPR, R, {})],
        ),
        (
            "Block   ER (%)   PgR (%)\nA1   0   0\n",
            [("ER", EXPR, N, {"percent": 0}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # receptor_abbreviated: a hormone receptor named by its hormone with 'R', 'rec.' or
    # 'recept.' for receptor, and 'Progest.' for progesterone before one of them.
    "receptor_abbreviated": [
        ("Oestrogen R: 70% (moderate)\n", [("ER", EXPR, P, {"percent": 70})]),
        ("Progest. rec. negative\n", [("PR", EXPR, N, {})]),
        ("estrogen recept.: positive, 100%\n", [("ER", EXPR, P, {"percent": 100})]),
    ],
    # positivity_key_zero: a key that names the positivity it counts ('PR positivity:',
    # 'AR immunoreactivity:') over a zero or under-one share is no positive statement; the
    # share decides (bare_zero_is_no_staining: a bare zero there is 0%). Where some is counted
    # the key's word stays a positive statement.
    "positivity_key_zero": [
        ("PgR positivity: 0\n", [("PR", EXPR, N, {"percent": 0})]),
        ("ER immunoreactivity: 0 %\n", [("ER", EXPR, N, {"percent": 0})]),
        ("Percentage of AR-positive cells: 0\n", [("AR", EXPR, N, {"percent": 0})]),
        ("p53 positivity: 70%\n", [("TP53", EXPR, P, {"percent": 70})]),
    ],
    # ar_before_a_share_or_row: AR is a name before a share ('AR 40%') or a row's numbers
    # ('AR 0 0' under specimens), as before a verdict or a colon.
    "ar_before_a_share_or_row": [
        ("AR 40% (weak to moderate)\n", [("AR", EXPR, P, {"percent": 40})]),
        (
            "                (1) PRIMARY      (2) NODE\nAR              0                0\n",
            [("AR", EXPR, N, {"percent": 0})],
        ),
    ],
    # bar_boxes: boxes drawn with bars ('|_|', '|X|') before their options are read as boxes:
    # the ticked option is the answer.
    "bar_boxes": [
        (
            "HER2 immunostain:  |_| 0  |X| 1+  |_| 2+  |_| 3+\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        ("MSI result:  |x| MSS  |_| MSI-H\n", [("MSI", "signature", N, {})]),
    ],
    # boxed_options_none_ticked: verdict options none of whose boxes is ticked (a question
    # left unanswered, a blank template) state nothing.
    "boxed_options_none_ticked": [
        ("Mismatch repair:  [ ] proficient  [ ] deficient  [ ] not done\n", []),
        ("ALK (D5F3):  ( ) positive  ( ) negative\n", []),
    ],
    # changes_sought_listed, widened: an assay's list of what it sought, screened or analysed
    # states no finding; a result's label without its colon ('Result could not be
    # obtained') is no verdict for the list.
    "changes_sought_listed_widened": [
        ("Hotspots sought in NRAS: G12D, G13D, Q61K, Q61R\n", []),
        (
            "Variants screened (BRAF): V600E, V600K, K601E\n"
            "Result could not be obtained: too little DNA.\n",
            [],
        ),
        ("Codons analysed for KRAS: G12C, G12V, G13D\n", []),
    ],
    # covered_changes_are_no_findings: the changes of a coverage list that a verdict follows
    # are what the assay looked for; the gene is the verdict's.
    "covered_changes_are_no_findings": [
        (
            "Mutations tested: NRAS G12D, G13R, Q61L\nResult: no mutation detected\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "Variants covered by this assay: EGFR G719X, L858R, T790M\nInterpretation: negative\n",
            [("EGFR", MUT, N, {})],
        ),
    ],
    # no-mutation-as-a-value, widened: the denial's loci may carry a gloss in brackets and run
    # on over several exons or codons.
    "no_mutation_with_glossed_loci": [
        (
            "BRAF: no mutation in exon 15 (codon 600) or exon 11 (codons 464-469)\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "NRAS - no pathogenic variant at codons 12/13 (exon 2), codon 61 (exon 3)\n",
            [("NRAS", MUT, N, {})],
        ),
    ],
    # specimen_columns_unit_on_the_cell: a name's per cent unit ('ER (%)') goes on the number
    # that opens each of its cells, also before the cell's other words ('90, strong').
    "specimen_columns_unit_on_the_cell": [
        (
            "Stain (A) (B)\nER (%) 95, strong 0\nPR (%) 70, weak 0\n",
            [
                ("ER", EXPR, P, {"percent": 95}),
                ("ER", EXPR, N, {"percent": 0}),
                ("PR", EXPR, P, {"percent": 70}),
                ("PR", EXPR, N, {"percent": 0}),
            ],
        ),
        (
            "Marker      Part 1          Part 2\nPgR (% of nuclei)   60 moderate   0\n",
            [("PR", EXPR, P, {"percent": 60}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # list_is_the_lines_above_the_verdict: a terse 'none found' under a list speaks for the
    # list's lines right above it, not for results reported above the list.
    "list_is_the_lines_above_the_verdict": [
        (
            "ER: positive (Allred 7)\nHER2: negative (score 1+)\n"
            "NRAS codons analysed: G12D, G13D, Q61R\nNone detected.\n",
            [
                ("ER", EXPR, P, {"value": "Allred 7"}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("NRAS", MUT, N, {}),
            ],
        ),
        (
            "Estrogen receptor: 80%\nEGFR variants sought: L858R, T790M,\nexon 19 deletions\n"
            "None of these was found.\n",
            [("ER", EXPR, P, {"percent": 80}), ("EGFR", MUT, N, {})],
        ),
    ],
    # named_value_row_ends_its_statement: a name's row that ends in its value ('PgR Allred
    # score 0') ends its statement where the next line starts with a name, so a methods
    # sentence under it ('HER2 ... was performed with ...') does not take it in.
    "named_value_row_ends_its_statement": [
        (
            "Estrogen receptor Allred score 8/8\nProgesterone receptor Allred score 0\n"
            "HER2 testing was performed with the 4B5 clone on block A1.\n",
            [("ER", EXPR, P, {"value": "Allred 8"}), ("PR", EXPR, N, {"value": "Allred 0"})],
        ),
        (
            "Ki-67 (MIB-1) 25%\nAR immunohistochemistry was carried out with clone SP107.\n",
            [("Ki-67", EXPR, R, {"percent": 25})],
        ),
    ],
    # heading_over_a_labelled_answer, widened: the label may be set off by a dash
    # ('Conclusion - ...') and the heading may join its exons with '&' or '+'.
    "labelled_answer_after_a_dash": [
        (
            "NRAS exons 2 & 3 by NGS\nConclusion - mutation detected: Q61R, VAF 12%\n",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
        ("PIK3CA exons 9 + 20 (ddPCR)\nVerdict - no mutation\n", [("PIK3CA", MUT, N, {})]),
    ],
    # ratio_by_probe_pair, widened: a centromere probe written CEN ('MET/CEN7', 'HER2/CEN17')
    # names the pair as CEP does.
    "centromere_probe_written_cen": [
        (
            "MET FISH\nMET/CEN7 = 2.6; mean MET 6.1 signals per nucleus\nAMPLIFIED\n",
            [("MET", AMP, P, {"ratio": 2.6})],
        ),
        (
            "Dual-probe ISH\nHER2/CEN17 ratio: 1.3 (40 cells)\nNot amplified\n",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        ("BRAF V6OOE detected", "BRAF V600E detected"),
        ("EGFR T79OM at 4%", "EGFR T790M at 4%"),
        ("PIK3CA p.H1O47R", "PIK3CA p.H1047R"),
        ("APC E13O9fs", "APC E1309fs"),
    ],
)
def test_a_zero_read_as_o_in_a_change_is_a_zero(line: str, restored: str) -> None:
    """zero_read_as_o_in_a_change: one character for one, so every offset holds."""
    assert restored_zeros_in_changes(line) == restored


@pytest.mark.parametrize("line", ["POOR DIFFERENTIATION", "MOOD", "Grade 2O", "A1OOO", "p.G12O"])
def test_words_without_a_change_keep_their_o(line: str) -> None:
    assert restored_zeros_in_changes(line) == line


@pytest.mark.parametrize(
    "text",
    [
        "Mutations tested: KRAS G12A, G12C\nResult: no mutation detected\n",
        "HER2:  |_| 0  |X| 1+\n",
    ],
)
def test_the_rewrites_keep_the_page_length(text: str) -> None:
    assert len(without_covered_changes(text)) == len(text)
    assert len(bracketed_underline_boxes(text)) == len(text)


def test_a_coverage_list_without_a_verdict_keeps_its_changes() -> None:
    """Owned whole by assay_line_mentions, its changes stay as written."""
    text = "Mutations tested: KRAS G12A, G12C, G12D\n"
    assert without_covered_changes(text) == text


def test_a_bar_in_a_table_is_no_box() -> None:
    text = "| Marker | Result |\n| ER | positive |\n"
    assert bracketed_underline_boxes(text) == text
