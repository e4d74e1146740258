"""Kinds of wording read by a general mechanism (thirty-sixth session), each in two wordings of
our own or more: a class's name beside its cut-off; a table's row-number cell before the gene;
a row that holds its verdict ends at its line; the words of a table's header name its columns;
signs at line ends; lists and values. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    N,
    P,
    kind_tests,
)

KINDS = {
    # class_at_its_cutoff: a class's name with the bound that calls it ('MSI-H at 0.20 or
    # more') is a criterion, no second name of the result beside it.
    "class_at_its_cutoff": [
        (
            "Microsatellite instability   0.03 score   MSS   MSI-H at 0.25 or more   NGS\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "Tumour mutational burden   6.2 mut/Mb   Low   High at 10 or more\n",
            [("TMB", SIG, N, {"value": "6.2 mut/Mb"})],
        ),
        (
            "ER   IHC (SP1)   Positive 2+, 70%   Positive if >= 1%\n",
            [("ER", EXPR, P, {"percent": 70})],
        ),
    ],
    # numbered_variant_rows: a table's row-number cell before the gene leads a variant row as
    # a list's number does; the row's tier cell then speaks for it.
    "numbered_variant_rows": [
        (
            "#  Gene   Variant    Type       VAF     Depth  Tier\n"
            "1  KRAS   p.G12V     Missense   31.0%   640    IA\n"
            "2  TP53   p.R248W    Missense   27.5%   702    IIC\n"
            "3  EGFR   p.V1011I   Missense   49.1%   688    III\n",
            [
                ("KRAS", MUT, P, {"alteration": "G12V"}),
                ("TP53", MUT, P, {"alteration": "R248W"}),
            ],
        ),
        (
            "No.  Gene    Change      Allele fraction   Tier\n"
            "#1   BRAF    p.V600E     18%               I\n"
            "#2   PIK3CA  p.I391M     48%               IV\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    # row_with_its_verdict: a row that holds its verdict ends at its line when a gene no rule
    # names leads the next line; that row's words (a test not assessed) are not its own.
    "row_with_its_verdict": [
        (
            "MSI    microsatellite stable (score 0.04)\n"
            "MGMT promoter methylation   Not assessed by this assay\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "BRAF   wild type\nAPC    not assessed (failed amplicons)\n",
            [("BRAF", MUT, N, {})],
        ),
    ],
    # column_header_words: a criterion's or a method's word among a table's column names
    # ('Cut-off', 'Probe') says nothing of the rows under the header.
    "column_header_words": [
        (
            "Probe   Nuclei   Split   Cut-off   Result\n"
            "ALK (2p23) break-apart   100   2%   15%   ALK: NOT REARRANGED\n"
            "RET (10q11) break-apart   100   3%   15%   RET: NOT REARRANGED\n",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Antibody   Clone   Threshold   Interpretation\nPR   1E2   >=1%   Positive (60%)\n",
            [("PR", EXPR, P, {})],
        ),
    ],
    # controls_section: a section headed 'CONTROLS' alone on its line states no result; it
    # ends at a blank line.
    "controls_section": [
        (
            "CONTROLS\nMMR panel   tonsil; MLH1-deficient tumour   as expected\n\nMLH1: retained\n",
            [("MLH1", EXPR, P, {})],
        ),
        (
            "QUALITY CONTROLS\nHER2 ISH   cell lines, ratios 4.6 and 1.0   as expected\n\n"
            "HER2 ISH: not amplified, ratio 1.2\n",
            [("HER2", AMP, N, {"ratio": 1.2})],
        ),
    ],
    # too_few_cells_to_assess: a count of assessable cells too small for a call is no result.
    "too_few_cells_to_assess": [
        ("ROS1: only 28 evaluable tumour nuclei were present after hybridisation.\n", []),
        ("PD-L1 22C3: only 45 viable tumour cells were found, under the 100 required.\n", []),
    ],
    # fusion_denial_with_its_genes: 'no fusion transcript detected (ALK, ROS1 ... included)'.
    "fusion_denial_with_its_genes": [
        (
            "RNA fusion panel: no fusion transcript detected (ALK, ROS1 and RET included).\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Fusions: no rearrangement events were identified (NTRK1-3, ALK)\n",
            [("NTRK", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # signs_at_line_ends: a stain's '+' or '-' ending its line, the next line led by another
    # stain, is its verdict; a dash before a line that gives a verdict is a separator.
    "signs_at_line_ends": [
        (
            "MMR PANEL\nMLH1 +\nPMS2 +\nMSH2 -\nMSH6 -\n",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "ER +, PR +, HER2 -\nKi-67 about 10%\n",
            [
                ("ER", EXPR, P, {}),
                ("PR", EXPR, P, {}),
                ("HER2", EXPR, N, {}),
                ("Ki-67", EXPR, "reported", {"percent": 10}),
            ],
        ),
        (
            "Mismatch repair genes MLH1, MSH2 -\nno pathogenic variant identified\n",
            [("MLH1", MUT, N, {}), ("MSH2", MUT, N, {})],
        ),
    ],
    # kept_proteins_after_a_line_break: 'with retained' ending its line heads the proteins
    # on the next line.
    "kept_proteins_after_a_line_break": [
        (
            "PMS2 is lost in tumour nuclei, with preserved\nMLH1, MSH2 and MSH6.\n",
            [
                ("PMS2", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "MSH2 and MSH6 are absent, with intact expression of\nMLH1 and PMS2.\n",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # row_with_a_date_cell: 'no mutation' before the row's date cell is the row's value.
    "row_with_a_date_cell": [
        ("KRAS     exons 2, 3, 4     no mutation     02.03.2020\n", [("KRAS", MUT, N, {})]),
        ("BRAF     codon 600     no mutation     7/11/19\n", [("BRAF", MUT, N, {})]),
    ],
    # bare_zero_score: HER2's score 0 after a leader of dots, or alone before a list item's end.
    "bare_zero_score": [
        ("HER2 (4B5) ......... 0\n", [("HER2", EXPR, N, {"ihc_score": "0"})]),
        (
            "Biomarkers: ER negative, PR negative, HER2 0.\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
    # receptor_amount_after_its_verdict: a receptor's verdict before its amount in fmol/mg is
    # its own; a verdict after the next receptor's name is that receptor's.
    "receptor_amount_after_its_verdict": [
        (
            "OESTROGEN RECEPTOR POSITIVE (48 FMOL/MG), PROGESTERONE RECEPTOR NEGATIVE.\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        (
            "Estrogen receptor negative (4 fmol/mg protein), progesterone receptor positive.\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, P, {})],
        ),
    ],
    # unmutated_label_then_list: 'Not mutated: KRAS, NRAS', 'Unmutated genes - IDH1, TP53'.
    "unmutated_label_then_list": [
        (
            "Not mutated: KRAS, BRAF, PIK3CA.\n",
            [(g, MUT, N, {}) for g in ("KRAS", "BRAF", "PIK3CA")],
        ),
        ("Non-mutated genes: NRAS and IDH1\n", [("NRAS", MUT, N, {}), ("IDH1", MUT, N, {})]),
    ],
}


test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
