"""Kinds of wording read by a general mechanism (thirty-ninth session), each in two wordings of
our own or more: whose verdict a line states when another gene is named in it; forms whose
boxes are drawn and whose keys have no colon, block by block; a header row of
capitals over its values (no verdict of the first column for the last name); a copy number
under its amplification; a list wrapped over a line; methods in capitals. No sentence is
quoted from a report.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    N,
    P,
    R,
    kind_tests,
    read_text,
)

KINDS = {
    # stain_bracket_of_its_own: a bracket that names a stain makes a mutation's words the
    # stain's only before the next marker's name; a later name's '(IHC 0)' is that name's.
    "stain_bracket_of_its_own": [
        (
            "Sequencing: IDH1 and IDH2 wild type; HER2 negative (IHC 0).\n",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        (
            "KRAS not mutated, ER positive (immunostain, 90%).\n",
            [("KRAS", MUT, N, {}), ("ER", EXPR, P, {"percent": 90})],
        ),
        ("IDH1 mutant (R132H immunopositive).\n", [("IDH1", EXPR, P, {})]),
    ],
    # subject_of_its_own: a result line that names a gene no rule reads is that gene's, not
    # the answer to a heading above that named a marker.
    "subject_of_its_own": [
        (
            "Additional studies including HER2, block B2\n1. FGFR2 break-apart FISH\n"
            "Result: rearranged FGFR2 in 40% of nuclei.\n",
            [],
        ),
        ("HER2 and SMAD4 immunostains\nResult: SMAD4 loss in tumour cells\n", []),
        (
            "KRAS codon 12/13 analysis (PCR)\nResult: no mutation detected\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # verdict_of_another_gene: a verdict whose words name another gene is that gene's, never
    # the verdict of a marker before it; a clone's column or a fusion's partner beside the name
    # leaves the verdict the name's.
    "verdict_of_another_gene": [
        (
            "PIK3CA H1047R is present. No FGFR3 alteration was identified.\n",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
        (
            "Protein   Clone   Tumour staining\nMSH6   EP49   retained\nPMS2   A16-4   retained\n",
            [("MSH6", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        ("RET/PTC3 rearrangement: not detected\n", [("RET", FUS, N, {})]),
    ],
    # verdict_before_the_name: a list a verdict opens takes its test's words from its own
    # statement, not from the words of a test in the next sentence.
    "verdict_before_the_name": [
        (
            "The tumour was negative for KRAS and ROS1 alterations. Sequencing covered 50 genes.\n",
            [("KRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "The sample is negative for KRAS and ALK alterations. Immunostains were not needed.\n",
            [("KRAS", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # heading_above_a_wrapped_sentence: a line above that only wraps the name's own sentence
    # is no heading naming its test.
    "heading_above_a_wrapped_sentence": [
        (
            "A minority harbour BRAF V600E or ROS1 fusions (FISH). This one is\n"
            "negative for BRAF and ROS1 alterations.\n",
            [("BRAF", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Responses are seen with ALK rearrangement on FISH. Here the carcinoma is\n"
            "negative for EGFR and ALK alterations.\n",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # verdict_on_the_joined_line_above: a list the verdict opens on the line above, wrapped
    # before its 'and' or after its comma, in capitals.
    "verdict_on_the_joined_line_above": [
        (
            "THE CARCINOMA IS NEGATIVE FOR CK20, CDX2, SOX10\nAND PROGESTERONE RECEPTOR, "
            "FAVOURING A LUNG PRIMARY.\n",
            [("PR", EXPR, N, {})],
        ),
        (
            "TUMOUR CELLS ARE POSITIVE FOR GATA3, CK7,\nESTROGEN RECEPTOR AND MAMMAGLOBIN, "
            "SUPPORTING BREAST ORIGIN.\n",
            [("ER", EXPR, P, {})],
        ),
    ],
    # copy_number_on_the_line_below: a numbered or bulleted row that ends in its gene's
    # amplification, its copy number leading the line under it.
    "copy_number_on_the_line_below": [
        (
            "3. ERBB2 - Amplification\nEstimated copy number: 11   Tier: IB\n",
            [("HER2", AMP, P, {"copy_number": 11.0})],
        ),
        (
            "2) MET amplification\nCopy number 9 (Tier IIC)\n",
            [("MET", AMP, P, {"copy_number": 9.0})],
        ),
    ],
    # index_reported_with_its_number: a proliferation index is reported with its number; a
    # verdict word beside its name ('elevated ... present') makes no result of its own.
    "index_reported_with_its_number": [
        (
            "Worrying features would be necrosis or a raised MIB-1 index; neither is seen\n"
            "(Ki-67 about 4%).\n",
            [("Ki-67", EXPR, R, {"percent": 4})],
        ),
        (
            "Criteria of malignancy: a high Ki-67 labelling index. Not present in this case.\n",
            [],
        ),
    ],
    # drawn_empty_boxes: a form whose boxes are drawn keeps only the tick as text; the
    # options around it are read off and all but the ticked one set aside.
    "drawn_empty_boxes": [
        (
            "Progesterone receptor (PgR), clone 16\nResult  Positive  X Negative  Not evaluable\n",
            [("PR", EXPR, N, {})],
        ),
        (
            "KRAS mutation analysis (codons 12, 13, 61)\n"
            "Result  X Not detected  Detected  Failed\n",
            [("KRAS", MUT, N, {})],
        ),
        (
            "HER2 immunohistochemistry\nScore  0  1+  X 2+  3+\n",
            [("HER2", EXPR, "equivocal", {"ihc_score": "2+"})],
        ),
    ],
    # result_key_with_a_drawn_tick: a form's 'Result' or 'Interpretation' key in its own
    # column, the colon not drawn, the tick of a drawn box before the answer: the heading's.
    "result_key_with_a_drawn_tick": [
        (
            "Androgen receptor immunohistochemistry\nResult  X Positive  Negative\n",
            [("AR", EXPR, P, {})],
        ),
        (
            "BRAF V600E (real-time PCR)\nInterpretation  X Not detected  Detected\n",
            [("BRAF", MUT, N, {})],
        ),
    ],
    # drawn_tick_answers_on_its_line: a form's block, its heading with the test or clone, the
    # tick of a drawn box on its result line: the answer is that block's, the next block's
    # heading below it no part of it.
    "drawn_tick_answers_on_its_line": [
        (
            "HER2 immunohistochemistry\nScore  X 3+\nInternal control Present\n"
            "Ki-67 immunohistochemistry\nIndex 25%\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("Ki-67", EXPR, R, {"percent": 25})],
        ),
        (
            "Estrogen receptor, clone 6F11\nResult  X Positive\nNuclei stained 70%\n"
            "Control tissue Present\nPR, clone 16\nResult  X Positive\nNuclei stained 20%\n",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, P, {"percent": 20})],
        ),
    ],
    # other_tests_heading_above: a result line under the heading of a test of no marker of
    # ours, with its clone or method, is that test's.
    "other_tests_heading_above": [
        (
            "Mismatch repair: proficient\nFolate receptor alpha, clone FOLR1-2.1\n"
            "Result Positive: 60% of tumour cells\n",
            [("MMR", SIG, N, {})],
        ),
        (
            "MLH1: intact\nHPV (high-risk RNA in situ hybridisation)\nResult: negative\n",
            [("MLH1", EXPR, P, {})],
        ),
    ],
    # mutant_protein_named: 'the R132H mutant IDH1 protein' names what a mutation-specific
    # antibody detects; no mutation of the change before it.
    "mutant_protein_named": [
        (
            "The tumour is immunonegative for the R132H\nmutant IDH1 protein.\n",
            [("IDH1", EXPR, N, {"alteration": "R132H"})],
        ),
        (
            "VE1 stains the mutated BRAF V600E protein; here it is negative.\n",
            [("BRAF", EXPR, N, {"alteration": "V600E"})],
        ),
    ],
    # items_after_the_notes_colon: a VUS section's note that ends in its items after a colon,
    # genes the panel lists without a rule of ours among them ('SPEN S2133F').
    "items_after_the_notes_colon": [
        (
            "VARIANTS OF UNKNOWN SIGNIFICANCE\nThese were found but are of unknown weight and are\n"
            "not for treatment decisions: ATM P1054R; BRCA2 N372H; ARID2 R314C.\n",
            [],
        ),
        (
            "Variants of uncertain significance\nListed for information only: PIK3CA R88Q; EGFR "
            "V774M\nPathogenic variants\nKRAS G12D (VAF 31%)\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # methods_in_capitals: a methods heading's section in a report typed in capitals goes on
    # over lines that end open, and its words govern no name on the next line.
    "methods_in_capitals": [
        (
            "NRAS: NO MUTATION DETECTED\nMETHOD:\nTARGET REGIONS WERE ENRICHED BY PCR "
            "AMPLIFICATION "
            "OF\nNRAS EXONS 2-4 BEFORE PYROSEQUENCING.\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "EGFR: EXON 19 DELETION DETECTED\nMETHODOLOGY\nTHE SPECIMEN WAS MACRODISSECTED AND "
            "EXONS 18-21 OF\nEGFR WERE AMPLIFIED BY PCR AND SEQUENCED.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)

# name_ends_a_header_row: a row of column headings in capitals over a row of their values: the
# name last in the row is no heading of the verdict that leads the row below (the first
# column's). Which value is the name's needs the columns' places, which a text layer without
# them does not keep: the name is then left unread rather than given the first verdict.
HEADER_ROWS = [
    "HR STATUS   GENOMIC SCARRING SCORE   TUMOUR BRCA1/BRCA2\nPOSITIVE   51   NOT DETECTED\n",
    "HOMOLOGOUS RECOMBINATION STATUS   LOH SCORE   TUMOUR BRCA2\nDEFICIENT   HIGH   NO VARIANT\n",
]


@pytest.mark.parametrize("text", HEADER_ROWS)
def test_first_columns_verdict_is_not_the_last_names(text: str) -> None:
    assert not [r for r in read_text(text) if r.status.value != N]
