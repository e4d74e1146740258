"""Kinds of wording read by a general mechanism (fortieth session), each in two wordings of our
own or more. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    N,
    P,
    kind_tests,
)

KINDS = {
    # change_of_the_next_name_names_no_test: in a list under one verdict, the change written
    # right after a later name ('MET exon 14 skipping', 'BRAF V600E') is that name's own and
    # says nothing of the test of the names before it, which keep the list's lead.
    "change_of_the_next_name_names_no_test": [
        (
            "Rearrangements looked for and not found: ALK, RET, MET exon 14 skipping "
            "(all negative).\n",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {}), ("MET", MUT, N, {})],
        ),
        (
            "Fusion partners screened (ROS1, NTRK1, NTRK3, MET exon 14\nskipping) - negative.\n",
            [("ROS1", FUS, N, {}), ("NTRK", FUS, N, {}), ("MET", MUT, N, {})],
        ),
    ],
    # molecule_labelled_item_lines: under a heading of genes without findings, a line labelled
    # by the molecule read names the kind of change for its genes: variants of the DNA, fusion
    # transcripts of the RNA ('DNA: KRAS, BRAF' / 'RNA: ALK, RET').
    "molecule_labelled_item_lines": [
        (
            "Genes analysed with no reportable alterations\nDNA: NRAS, BRAF, ALK\nRNA: ALK, ROS1\n",
            [
                ("NRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("ALK", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            "GENES WITHOUT REPORTABLE VARIANTS\nRNA: RET, NTRK1\n"
            "DNA: PIK3CA, KRAS (hotspots only)\n",
            [
                ("RET", FUS, N, {}),
                ("NTRK", FUS, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("KRAS", MUT, N, {}),
            ],
        ),
    ],
    # capitals_line_goes_on: in a report typed in capitals, a line that opens on a word going on
    # from the line above ('FOR', 'WITH', 'AND', 'BY') is the sentence's next line, no heading:
    # a methods paragraph runs on over it.
    "capitals_line_goes_on": [
        (
            "METHODS: TUMOUR DNA WAS MACRODISSECTED. ALLELE-SPECIFIC PCR\n"
            "FOR NRAS CODONS 12 AND 61 AND BRAF V600, WITH REPEAT TESTING OF POSITIVE\n"
            "SAMPLES BY PYROSEQUENCING.\n\nRESULT: BRAF V600 NOT DETECTED.\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "METHOD: DNA EXTRACTED FROM SECTIONS. PYROSEQUENCING ASSAY\n"
            "BY WHICH KRAS EXON 2 MUTANT AND WILD-TYPE\nALLELES ARE COMPARED.\n\n"
            "KRAS: WILD TYPE\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # drawn_boxes_none_ticked: on a form whose boxes are drawn shapes, a question whose options
    # stand bare after its label, a verdict beside its own denial and no tick among them, was
    # left unanswered; a tick before 'No result' answers that the test gave none.
    "drawn_boxes_none_ticked": [
        (
            "ALK FISH (2p23)\nResult:  Rearranged  X Not rearranged  Failed\n"
            "ROS1 break-apart: Rearranged  Not rearranged  Failed\n",
            [("ALK", FUS, N, {})],
        ),
        (
            "HER2 SISH: Amplified  Not amplified  Equivocal\n"
            "MET SISH:  X Amplified  Not amplified  Equivocal\n",
            [("MET", AMP, P, {})],
        ),
        (
            "ROS1 break-apart\nResult:  Rearranged  Not rearranged  X No result\n"
            "No result: the probe failed twice.\n",
            [],
        ),
    ],
    # long_capitals_line_is_prose: a heading is short; a line of capitals near a typed page's
    # width is a sentence's line, and a line after one that ends in a comma goes on: the
    # section the heading above opened runs on over them.
    "long_capitals_line_is_prose": [
        (
            "BACKGROUND:\nKRAS CODON 12 AND 13 MUTATIONS ARE PRESENT IN ABOUT FORTY PERCENT OF "
            "COLORECTAL\nCANCERS, WHERE THEY PREDICT RESISTANCE. BRAF V600E MUTATION IS DETECTED "
            "BY\nIMMUNOHISTOCHEMISTRY (CLONE VE1) AS WELL.\n",
            [],
        ),
        (
            "LIMITATIONS:\nTHIS TEST DOES NOT DETECT COPY NUMBER CHANGES OR LARGE REARRANGEMENTS "
            "IN ANY GENE\nOF THE PANEL. ALK REARRANGEMENT IS DETECTED SEPARATELY BY\n"
            "FISH (BREAK-APART PROBE).\n",
            [],
        ),
    ],
    # symbol_over_its_genomic_verdict: a gene's symbol that ends its line takes the sequencing
    # verdict on the line under it as its gene's ('Component: TP53' / 'Value: DETECTED'), not
    # the stain's a protein's name would have.
    "symbol_over_its_genomic_verdict": [
        (
            "Component: TP53\n  Value: DETECTED\n  Comment: c.818G>A p.(Arg273His), VAF 12%\n",
            [("TP53", MUT, P, {"alteration": "R273H"})],
        ),
        ("Gene: TP53\nResult: not detected\n", [("TP53", MUT, N, {})]),
    ],
    # expression_names_a_field: 'expression' before 'level', 'status', 'score' or 'result' at
    # its line's end names a field of a result, no verdict; the line under it gives the value.
    "expression_names_a_field": [
        ("HER2 EXPRESSION SCORE\nNo HER2 membrane staining (0)\n", [("HER2", EXPR, N, {})]),
        ("PD-L1 expression status\nNo PD-L1 staining of tumour cells\n", [("PD-L1", EXPR, N, {})]),
        ("GD2 expression result\nGD2 not demonstrated in the tumour\n", [("GD2", EXPR, N, {})]),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
