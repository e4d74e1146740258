"""Shares (percent of cells, score) read from the right place in two pathology layouts.

Issue #12, round s13: checklist (synoptic) blocks, whose quantity lines state a receptor's
share under its heading, and stain tables whose header names a Clone column. Every text here
is our own, written from how such forms and tables are laid out; none is quoted from a report.
What counts is the detail: a result with another block's share, an option's definition or a
clone's number as its share is a wrong result.
"""

from tests.extractors.markers.kind_tables import (
    EXPR,
    SIG,
    Expected,
    N,
    P,
    R,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A line of options where only the chosen one carries a tick, the form's empty boxes left
    # out of the page's text: the other options, their verdicts and their brackets say nothing.
    "ticked_option_among_bare_options": [
        (
            "Oestrogen receptor status\nX Positive Low positive (1-10%) Negative\n"
            "Share of cells with nuclear staining 60%\n",
            [("ER", EXPR, P, {"percent": 60, "value": None})],
        ),
        (
            "Progesterone receptor (PR)\nPositive Low positive X Negative Not assessable\n"
            "Proportion of tumour nuclei stained 0%\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "HER2 immunohistochemistry\nNegative (score 0) X Negative (score 1+) "
            "Equivocal (score 2+) Positive (score 3+)\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # A checklist block: the heading names the receptor, a ticked option gives the verdict
    # (its brackets define the option), the quantity lines below give the share. The share is
    # the quantity line's, with its sign or after a label that holds it ('% ... : 60').
    "checklist_quantity_line_gives_the_share": [
        (
            "ESTROGEN RECEPTOR\n  x Positive (more than 10% of tumour cells stained)\n"
            "  Percent of nuclei stained: 85%\n  Intensity: strong\n",
            [("ER", EXPR, P, {"percent": 85, "value": None})],
        ),
        (
            "ER:  [x] Positive  [ ] Low positive  [ ] Negative\n   % of positive nuclei:  60\n"
            "PR:  [ ] Positive  [x] Low positive  [ ] Negative\n   % of positive nuclei:  4\n",
            [("ER", EXPR, P, {"percent": 60}), ("PR", EXPR, P, {"percent": 4})],
        ),
        (
            "Oestrogen receptor (ER)\n[x] Positive  [ ] Negative\n"
            "Proportion of tumour nuclei staining: 70%\nStaining intensity: moderate\n"
            "Progesterone receptor (PR)\n[ ] Positive  [x] Negative\n"
            "Proportion of tumour nuclei staining: 0%\n",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, N, {"percent": 0})],
        ),
        # the quantity on the name's own line, after the options and their definitions
        (
            "Oestrogen receptor: [ ] Negative (<1%) [x] Positive (>10%)  "
            "Proportion of nuclei staining: 65%  Intensity: moderate\n",
            [("ER", EXPR, P, {"percent": 65, "value": None})],
        ),
        (
            "PR: [ ] Positive [x] Low positive (1-10%)  % positive nuclei: 7\n"
            "HER2: [x] Negative (score 1+)\n",
            [
                ("PR", EXPR, P, {"percent": 7, "value": None}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
            ],
        ),
        # counter-example: the tumour's share of the sample is no share of stained cells
        (
            "Progesterone receptor\n[x] Negative\nPercentage of tumour cells in the block: 60%\n",
            [("PR", EXPR, N, {"percent": None})],
        ),
        # a bound or a range on the quantity line is the value, as LABELS.md has it
        (
            "Estrogen receptor status\n[X] Positive\nPercent positive tumour cells: >90%\n",
            [("ER", EXPR, P, {"percent": None, "value": ">90%"})],
        ),
    ],
    # The bracket after a ticked option defines that option: the form's answer, no criteria
    # sentence, and no share of its own (the quantity line below has it).
    "ticked_options_definition_is_no_criteria": [
        (
            "PROGESTERONE RECEPTOR STATUS\n"
            "  x Low positive (1-10% of cells with nuclear staining)\n"
            "  Percentage of cells with nuclear staining: 6%\n",
            [("PR", EXPR, P, {"percent": 6, "value": None})],
        ),
        (
            "Oestrogen receptor\n[X] Low positive (1 - 10 % of nuclei)\n"
            "Proportion of nuclei positive: 3%\n",
            [("ER", EXPR, P, {"percent": 3, "value": None})],
        ),
    ],
    # A marker's share is said in its own block: a block with no quantity line takes none from
    # the next marker's block, and a 'Result:' line's values stop at the next marker's name.
    "share_stays_in_its_block": [
        (
            "ESTROGEN RECEPTOR\n[x] Positive\nPROGESTERONE RECEPTOR\n[x] Positive\n"
            "Percentage of cells with nuclear positivity: 30%\n",
            [("ER", EXPR, P, {"percent": None}), ("PR", EXPR, P, {"percent": 30})],
        ),
        (
            "HER2 by immunohistochemistry\n  Result: negative (score 1+)\n"
            "  Note: HER2-low category\nKi-67 (MIB-1): 22% of tumour nuclei\n",
            [
                ("HER2", EXPR, N, {"ihc_score": "1+", "percent": None}),
                ("Ki-67", EXPR, R, {"percent": 22}),
            ],
        ),
        # a heading between the block and a share: the share is the next section's
        (
            "Progesterone receptor\n[x] Negative\nProliferation index\n"
            "Percentage of positive nuclei: 20%\n",
            [("PR", EXPR, N, {"percent": None})],
        ),
        (
            "OESTROGEN RECEPTOR\n[x] Positive\nPROLIFERATION\nMIB1 labelling: 30%\n",
            [("ER", EXPR, P, {"percent": None}), ("Ki-67", EXPR, R, {"percent": 30})],
        ),
        (
            "Progesterone receptor\n  Result: positive\nKi67 index: 35%\n",
            [("PR", EXPR, P, {"percent": None}), ("Ki-67", EXPR, R, {"percent": 35})],
        ),
    ],
    # Blocks whose options (or share) stand above the marker's name, the name in the block's
    # middle or at its end: read from the name onwards, a name would meet the next block's
    # tick. Blocks that repeat in one shape give every name its own lines.
    "options_above_the_name": [
        (
            "[x] Positive   [ ] Negative\n"
            "Oestrogen receptor     Share of nuclei stained: 80%\n"
            "Intensity: strong\n"
            "[ ] Positive   [x] Negative\n"
            "Progesterone receptor  Share of nuclei stained: 0%\n"
            "Intensity: none\n",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "x Positive\nER (SP1)\nPercent of tumour nuclei positive: 45%\n"
            "x Negative\nPR (1E2)\nPercent of tumour nuclei positive: 0%\n",
            [("ER", EXPR, P, {"percent": 45}), ("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "Proportion of positive nuclei: 75%\nER: [x] Positive\n"
            "Proportion of positive nuclei: 2%\nPR: [x] Positive\n",
            [("ER", EXPR, P, {"percent": 75}), ("PR", EXPR, P, {"percent": 2})],
        ),
        # counter-example: a key line above names that open their blocks gives no shape
        (
            "Specimen: A1\nER: [x] Positive\nPercentage of positive nuclei: 80%\n"
            "PR: [x] Negative\n",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {"percent": None})],
        ),
    ],
    # A row of options whose boxes the page's text gives as lone letters ('a', 'q' empty, 'x'
    # ticked): 'a' is a box only before an option's word; a marker's own status word in an
    # unticked option ('q Proficient') states nothing.
    "letter_boxes_in_a_row_of_options": [
        (
            "MLH1 a Retained x Lost\nPMS2 a Retained x Lost\nMSH2 x Retained a Lost\n"
            "MSH6 x Retained a Lost\n",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        ("Mismatch repair: q Proficient x Deficient\n", [("MMR", SIG, P, {})]),
        ("Oestrogen receptor: a Negative x Positive\n", [("ER", EXPR, P, {})]),
    ],
    # A stain table whose header names a Clone column: its rows are results, not methods. The
    # share is the share column's cell, written with or without its sign; the clone's cell
    # ('6F11', '16', '30-9', 'SP263') is never a share.
    "stain_table_with_a_clone_column": [
        (
            "Marker | Clone | Result | Percent\nER | 6F11 | Positive | 85\n"
            "PR | 16 | Negative | 0\nKi-67 | 30-9 | | 40%\n",
            [
                ("ER", EXPR, P, {"percent": 85}),
                ("PR", EXPR, N, {"percent": 0}),
                ("Ki-67", EXPR, R, {"percent": 40}),
            ],
        ),
        (
            "Stain Clone Interpretation % cells\nER SP1 Positive 95\nPD-L1 SP263 Positive 20\n",
            [("ER", EXPR, P, {"percent": 95}), ("PD-L1", EXPR, P, {"percent": 20})],
        ),
        (
            "Test Clone Result\nALK IHC D5F3 Positive - strong granular staining\n"
            "PD-L1 IHC SP263 TPS 15% (low)\nKi-67 IHC 30-9 35% of nuclei\n",
            [
                ("ALK", EXPR, P, {}),
                ("PD-L1", EXPR, P, {"percent": 15}),
                ("Ki-67", EXPR, R, {"percent": 35}),
            ],
        ),
        (
            "Antibody | Clone | Result | % cells | Intensity\nER | SP1 | Positive | 70 | Strong\n"
            "HER2 | 4B5 | Negative (1+) | |\n",
            [("ER", EXPR, P, {"percent": 70}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        # the clone in the stain's own cell: the result cells follow it
        (
            "| Antibody (clone) | Result | % cells |\n| ER (SP1) | Positive | 60 |\n"
            "| PR (1E2) | Positive | 5 |\n| HER2 (4B5) | Negative (0) |\n",
            [
                ("ER", EXPR, P, {"percent": 60}),
                ("PR", EXPR, P, {"percent": 5}),
                ("HER2", EXPR, N, {"ihc_score": "0", "percent": None}),
            ],
        ),
        # the share cell's leading number, a note after it
        (
            "Biomarker | Clone | Interpretation | Percentage\nPR | 636 | Positive | 35 (weak)\n",
            [("PR", EXPR, P, {"percent": 35})],
        ),
    ],
}

# Rows and blocks that state no result that could be read with its right share.
NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    # A clone table's row with a bare number no share column places: read, it would give a
    # result whose share nobody can vouch for, so it is not read.
    "clone_row_with_a_number_no_column_places": [
        ("Test Clone Result\nER SP1 Positive 90\n", []),
        ("Marker Clone Result Intensity\nPR 1E2 Positive 40 Moderate\n", []),
    ],
    # A line of bare options with none ticked (or all ticked) answers nothing.
    "bare_options_without_one_tick": [
        ("Oestrogen receptor status\nPositive Low positive (1-10%) Negative\n", []),
        ("Progesterone receptor:\nX Positive X Negative\n", []),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, NOT_RESULTS)
