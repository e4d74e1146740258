"""Kinds of wording read by a general mechanism (forty-first session), each in two wordings of
our own or more. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import EXPR, FUS, MUT, SIG, N, P, kind_tests

KINDS = {
    # locus_rows_are_the_loci_own: the rows of a microsatellite panel each give one locus's
    # state; the tumour's status is the count's or the summary's, never a row's under the
    # heading.
    "locus_rows_are_the_loci_own": [
        (
            "Microsatellite instability by fragment analysis\nLocus   Normal  Tumour  Call\n"
            "BAT-26  117     117     Stable\nNR-24   129     125     Unstable\n"
            "MONO-27 150     150     Stable\nConclusion: MSI-low (one locus of five shifted)\n",
            [("MSI", SIG, N, {"value": "MSI-L"})],
        ),
        (
            "MSI testing, Bethesda loci\n  D5S346 - novel alleles, unstable\n"
            "  D17S250 - no shift\n  BAT-25 - no shift\n"
            "One locus of five unstable, reported as MSI-L\n",
            [("MSI", SIG, N, {"value": "MSI-L"})],
        ),
        (
            "MSI PCR\nBAT-40   unstable\nPenta D  stable\nInterpretation: microsatellite stable\n",
            [("MSI", SIG, N, {})],
        ),
    ],
    # row_runs_on_past_its_line: a specimen's row under a marker's heading whose line stops in
    # the middle of its phrase (a word in small letters, no verdict, no stop) goes on in the
    # line below when that line opens with a bracket or a number.
    "row_runs_on_past_its_line": [
        (
            "PD-L1 (SP263) immunohistochemistry\nBlock 2 (lymph node): adequate, tumour cell\n"
            "(TC) staining 70%.\nBlock 5 (primary): TC staining 0%.\n",
            [("PD-L1", EXPR, P, {"percent": 70}), ("PD-L1", EXPR, N, {})],
        ),
        (
            "ER (SP1)\nPart A (core): nuclear staining, strong, in\n90% of tumour cells\n"
            "Part B (node): no staining (0%)\n",
            [("ER", EXPR, P, {"percent": 90}), ("ER", EXPR, N, {})],
        ),
    ],
    # score_line_under_its_heading: a PD-L1 heading with no result of its own (its test, clone
    # and block) takes the one score that opens a line in its block, other lines between.
    "score_line_under_its_heading": [
        (
            "3) PD-L1 22C3, cell block B2:\n"
            "Tumour cells counted: over 200 (at least 100 required).\n"
            "TPS 15%\n",
            [("PD-L1", EXPR, P, {"percent": 15})],
        ),
        (
            "PD-L1 immunostain (clone 22C3), gastric biopsy\nAdequacy: sufficient tumour\n"
            "Combined positive score (CPS): 8\n",
            [("PD-L1", EXPR, P, {"value": "CPS 8"})],
        ),
    ],
    # molecular_heading_ends_the_stain_block: a heading of molecular tests under the stains'
    # heading opens a block of its own; a named variant under it is sequenced, not stained.
    "molecular_heading_ends_the_stain_block": [
        (
            "IMMUNOSTAINS (block 3)\nSynaptophysin ..... positive\nCK20 .............. negative\n"
            "RESULTS FROM THE REFERENCE GENOMICS LABORATORY\nBRAF ...... p.V600E: not found\n",
            [("BRAF", MUT, N, {"alteration": "V600E"})],
        ),
        (
            "Immunohistochemistry (block B2)\nCDX2 positive\nSATB2 positive\n"
            "Sequencing studies, sent out:\nBRAF V600E: negative\n",
            [("BRAF", MUT, N, {"alteration": "V600E"})],
        ),
    ],
    # key_inside_capitals_prose: in a methods paragraph typed in capitals, a key after a full
    # stop in the middle of a line leads the paragraph's next sentence and opens no section;
    # what the paragraph names (signatures, cut-offs) stays methods.
    "key_inside_capitals_prose": [
        (
            "METHODOLOGY\nTUMOUR DNA WAS SEQUENCED WITH A HYBRID CAPTURE PANEL OF 300 GENES. "
            "REPORTED CLASSES: SNV, INDEL,\nAMPLIFICATION, MSI-HIGH STATUS AND TMB (HIGH AT 10 "
            "MUT/MB OR MORE). LIMIT OF DETECTION: 5% VAF FOR SNV.\n",
            [],
        ),
        (
            "METHODS\nPLASMA DNA WAS ANALYSED WITH MOLECULAR BARCODES ACROSS 80 GENES AND ALL "
            "EXONS. CALLS MADE: MSI-HIGH,\nBLOOD TMB ABOVE 16 MUT/MB, FUSIONS OF ALK AND RET, AND "
            "AMPLIFICATION OF ERBB2 AND MET IN PLASMA.\n",
            [],
        ),
    ],
    # kinds_of_change_named_in_turn: a list's lead that names the kinds of change the panel reads
    # (variants, copy number, rearrangements) denies each gene its own kind: a fusion gene its
    # fusion, any other its mutation.
    "kinds_of_change_named_in_turn": [
        (
            "No pathogenic small variants, copy number changes or rearrangements were found in the "
            "following genes:\nALK, BRAF, KRAS, RET\n",
            [("ALK", FUS, N, {}), ("BRAF", MUT, N, {}), ("KRAS", MUT, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Genes without findings - no variants, CNVs or fusions detected in: ROS1, EGFR, "
            "NTRK3, IDH1\n",
            [
                ("ROS1", FUS, N, {}),
                ("EGFR", MUT, N, {}),
                ("NTRK", FUS, N, {}),
                ("IDH1", MUT, N, {}),
            ],
        ),
    ],
    # numbered_heading_over_its_verdict: a numbered item's heading ending in a colon ('3. NRAS
    # ANALYSIS, PART B:') takes the verdict that opens the line under it, as a plain one does.
    "numbered_heading_over_its_verdict": [
        (
            "2. NRAS ANALYSIS (CODONS 12, 13 AND 61), BLOCK B2:\nNO MUTATION DETECTED.\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "1. PIK3CA hotspot analysis, block A1:\nNo mutation identified.\n",
            [("PIK3CA", MUT, N, {})],
        ),
    ],
    # change_spelled_out_under_its_heading: the verdict line under a test's heading may spell out
    # the change before its verdict: its codon or exon, the kind, the coding change and the
    # protein change in brackets.
    "change_spelled_out_under_its_heading": [
        (
            "NRAS mutation analysis (exons 2-4):\nCodon 61 mutation c.182A>G (Q61R) detected.\n",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
        (
            "HRAS analysis, left lobe nodule:\nCodon 61 mutation c.182A>G (Q61R) detected\n",
            [("HRAS", MUT, P, {"alteration": "Q61R"})],
        ),
    ],
    # exon_change_in_a_gene_list: an exon's change named in a list of genes ('MET exon 14
    # skipping', 'EGFR exon 20 insertions') is one item of the list; the list goes on over it.
    "exon_change_in_a_gene_list": [
        (
            "NRAS, PIK3CA, EGFR exon 20 insertions, IDH1: negative\n",
            [
                ("NRAS", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("EGFR", MUT, N, {}),
                ("IDH1", MUT, N, {}),
            ],
        ),
        (
            "HRAS, MET exon 14 skipping, BRAF: negative\n",
            [("HRAS", MUT, N, {}), ("MET", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    # fusion_gene_after_anothers_change: a gene read by default for its rearrangement takes no
    # kind of change from another gene's item before it in the list.
    "fusion_gene_after_anothers_change": [
        (
            "HRAS, MET exon 14 skipping, ALK,\nROS1: negative\n",
            [("HRAS", MUT, N, {}), ("MET", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "IDH2, MET exon 14 skipping, NTRK1, ROS1: not detected\n",
            [("IDH2", MUT, N, {}), ("MET", MUT, N, {}), ("NTRK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
