"""Kinds of wording read by a general mechanism (twenty-ninth session), each in two wordings
of our own or more: a denial kept to one locus, then a change found elsewhere in the gene after
a contrast word; an H-score with no verdict (0 negative, 50 or more positive, between them
undecided); a named score after a leader of dots; a class's condition in brackets after a
first key's value, then a second key on the line; a value after each name of a slash-parted
series; what a diagnosis would be expected to show, its sentence broken over lines (and lines
of capitals that run on); a bracket's words kept to its item; a verdict that closes a gene's
item; a mutation read by its stain; criteria in a table's reference column; a name said to
share the result before it; specimens numbered in square brackets over a table's columns, and
a cell that says the tumour was insufficient; a share of unstable sites without its class; the
test named after a list; a verdict kept to the row above; the test named in a heading above; a
column or a measure named 'mutant allele'; a 'not detected' heading with its remark in brackets
over a list whose pair of names shares the kind noted after it; a detection kit's signal
amplification named with a clone; changes listed by their exons before one denial. No sentence
is quoted from a report.
"""

import pytest

from extractors.markers.soft_breaks import rejoined
from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, MUT, SIG, N, P, R, kind_tests

KINDS = {
    # a_locus_denied_then_a_change_found: 'no mutation in exon 19, but L858R detected' states
    # the gene's mutation; the clause after the contrast word turns the denial.
    "a_locus_denied_then_a_change_found": [
        (
            "EGFR: no mutation in exon 19, but L858R was detected in exon 21.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "BRAF: no mutation at codon 600; however K601E detected.\n",
            [("BRAF", MUT, P, {"alteration": "K601E"})],
        ),
        (
            "EGFR mutation analysis (exons 18-21): no mutation in exon 19 but L858R detected.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        # the found change is another gene's: the denial stands
        (
            "EGFR: no mutation in exon 19, but KRAS G12C was detected.\n",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        # a change of uncertain significance after the contrast is no mutation
        (
            "EGFR: no mutation in exons 18-21; however, a variant of uncertain significance "
            "(E709K) was detected.\n",
            [("EGFR", MUT, N, {})],
        ),
        # a contrast that names no found change leaves the denial
        (
            "KRAS: no mutation at codon 12 or 13, but testing of codon 61 was not possible.\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # h_score_over_every_cutoff: an H-score with no verdict decides where every cut-off in use
    # (1, 10 or 50) agrees: 0 is negative, 50 or more positive; between them nothing is said.
    "h_score_over_every_cutoff": [
        ("PR H-score: 150\n", [("PR", EXPR, P, {"h_score": 150})]),
        ("Oestrogen receptor: H-score 210 (SP1)\n", [("ER", EXPR, P, {"h_score": 210})]),
        ("ER (H-score): 0\n", [("ER", EXPR, N, {"h_score": 0})]),
        ("Progesterone receptor H score = 30\n", []),
    ],
    # score_after_a_dot_leader: a leader of dots stands between a short name's score and its
    # number as a colon does ('ER H-score ..... 150', 'PR Allred score .... 6').
    "score_after_a_dot_leader": [
        (
            "ER H-score ..... 0\nPR H-score ..... 150\n",
            [("ER", EXPR, N, {"h_score": 0}), ("PR", EXPR, P, {"h_score": 150})],
        ),
        (
            "ER Allred score .... 7\nPR Allred score .... 2\n",
            [("ER", EXPR, P, {"allred_score": 7}), ("PR", EXPR, N, {"allred_score": 2})],
        ),
    ],
    # bracketed_class_condition_before_a_key: '(high if >= 16)' glosses the first key's value;
    # the second key on the line is read as with no bracket at all.
    "bracketed_class_condition_before_a_key": [
        (
            "TMB: 20 mut/Mb (high if >= 16)     MSI: stable\n",
            [("TMB", SIG, P, {"value": "20 mut/Mb"}), ("MSI", SIG, N, {})],
        ),
        (
            "Tumour mutational burden: 3 mut/Mb (low if under 10)   Microsatellite status: MSS\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "PD-L1 (22C3) TPS 40% (high if 50% or more)   HER2: 0\n",
            [("PD-L1", EXPR, P, {"percent": 40.0}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
    # value_after_each_name: 'ER 8 / PR 0 / HER2 1+' pairs each key with its value; the
    # series is no list sharing the last value, and a bare zero before the slash is no stain.
    "value_after_each_name": [
        (
            "Summary: oestrogen receptor quick score 7 / progesterone receptor 0 / c-erbB-2 3+\n",
            [("ER", EXPR, P, {"allred_score": 7}), ("PR", EXPR, N, {}), ("HER2", EXPR, P, {})],
        ),
        ("ER 8 / PR 0 / HER2 1+\n", [("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "1+"})]),
    ],
    # expectation_over_a_wrapped_sentence: what a diagnosis would be expected to show speaks of
    # its whole sentence, over line ends that only the page's width made.
    "expectation_over_a_wrapped_sentence": [
        (
            "THE MAIN ALTERNATIVE IS A PERITONEAL SEROUS CARCINOMA, WHICH WOULD BE EXPECTED\n"
            "TO BE PAX8 AND USUALLY ER POSITIVE.\n",
            [],
        ),
        (
            "The differential is a metastasis from the breast, which would typically be\n"
            "GATA3 and ER positive; neither was seen.\nER: negative (0%)\n",
            [("ER", EXPR, N, {})],
        ),
    ],
    # bracket_kept_to_its_item: a change in a bracket is the item's before it, not the next
    # stain's ('IDH1 mutant (R132H), ATRX lost, p53 positive': p53 is stained, not sequenced).
    "bracket_kept_to_its_item": [
        (
            "Astrocytoma, IDH1 mutant (R132H), ATRX lost, p53 positive.\n",
            [("IDH1", MUT, P, {"alteration": "R132H"}), ("TP53", EXPR, P, {})],
        ),
        (
            "Colorectal carcinoma: KRAS mutated (G12D), MLH1 retained, p53 negative.\n",
            [
                ("KRAS", MUT, P, {"alteration": "G12D"}),
                ("MLH1", EXPR, P, {}),
                ("TP53", EXPR, N, {}),
            ],
        ),
    ],
    # verdict_closes_its_item: a gene's own verdict ends its item; the next gene's loss or
    # retention is that gene's ('IDH1 mutant, ATRX lost').
    "verdict_closes_its_item": [
        ("Astrocytoma, IDH1 mutant, ATRX lost.\n", [("IDH1", MUT, P, {})]),
        ("Oligodendroglioma: IDH1 mutated, ATRX retained\n", [("IDH1", MUT, P, {})]),
    ],
    # mutant_by_its_stain: a mutation's words with a bracket naming the stain that showed it
    # are the mutation-specific antibody's result (expression).
    "mutant_by_its_stain": [
        ("Astrocytoma, IDH1 mutant (R132H immunopositive).\n", [("IDH1", EXPR, P, {})]),
        ("Glioblastoma, IDH-wildtype (IDH1 R132H immunonegative).\n", [("IDH1", EXPR, N, {})]),
        ("Metastatic melanoma, BRAF mutant (VE1 immunostain positive).\n", [("BRAF", EXPR, P, {})]),
        ("Astrocytoma, IDH1 mutant (R132H by sequencing).\n", [("IDH1", MUT, P, {})]),
    ],
    # criteria_in_a_reference_column: a table whose header ends in a reference column after
    # the results' own: each row's result stands, its reference is the laboratory's line.
    "criteria_in_a_reference_column": [
        (
            "MARKER          CLONE     RESULT                      REFERENCE RANGE\n"
            "P53             DO-7      POSITIVE, 30% OF NUCLEI     >10% = OVEREXPRESSION\n",
            [("TP53", EXPR, P, {"percent": 30.0})],
        ),
        (
            "Stain        Result                   Interpretive criteria\n"
            "ER           Positive, 70% of nuclei  >=1% = positive\n"
            "PR           Negative (<1%)           >=1% = positive\n",
            [("ER", EXPR, P, {"percent": 70.0}), ("PR", EXPR, N, {})],
        ),
        # a legend of criteria is no table of results: nothing is read of it
        (
            "SCORING CRITERIA\nTest      Criteria\n"
            "ER / PR   Positive >= 1% of tumour nuclei; negative < 1%\n",
            [],
        ),
    ],
    # same_as_the_result_before: 'The same is true of MSH2', 'so does MSH2' give the name the
    # result just before it (its aspect and status, not its numbers).
    "same_as_the_result_before": [
        (
            "MLH1 shows retained nuclear staining in the tumour cells. The same is true of MSH2.\n",
            [("MLH1", EXPR, P, {}), ("MSH2", EXPR, P, {})],
        ),
        (
            "MSH6 shows loss of nuclear expression in the tumour; so does MSH2.\n",
            [("MSH6", EXPR, N, {}), ("MSH2", EXPR, N, {})],
        ),
        (
            "ER is strongly positive in 90% of nuclei. The same applies to PR.\n",
            [("ER", EXPR, P, {"percent": 90.0}), ("PR", EXPR, P, {"percent": None})],
        ),
    ],
    # square_bracketed_designator_column: '[1]  [2]' over a table's columns names specimens,
    # as '(1)  (2)' does; a cell that says 'not assessed' or 'insufficient' gives nothing.
    "square_bracketed_designator_column": [
        (
            "                         [A]                    [B]\n"
            "HER2 (4B5) IHC           1+                     1+\n"
            "PD-L1 (22C3) CPS         12                     not assessed\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("PD-L1", EXPR, P, {"value": "CPS 12"})],
        ),
        (
            "Stain          [1] core          [2] node\n"
            "ER             95%               insufficient tumour\n",
            [("ER", EXPR, P, {"percent": 95.0})],
        ),
    ],
    # share_of_unstable_sites: 'MSI ... 2.1% unstable sites' measures; the class words said
    # elsewhere decide, the share alone is no instability.
    "share_of_unstable_sites": [
        (
            "Microsatellite instability (NGS) ....... 2.1% unstable sites (of 114 loci)\n"
            "The tumour is microsatellite stable (MSS).\n",
            [("MSI", SIG, N, {})],
        ),
        ("MSI (NGS): 3% unstable loci\n", [("MSI", SIG, R, {})]),
    ],
    # aspect_after_a_list: the test named once after a list speaks for every name in it.
    "aspect_after_a_list": [
        (
            "ALK and ROS1 are negative by immunohistochemistry.\n",
            [("ALK", EXPR, N, {}), ("ROS1", EXPR, N, {})],
        ),
        (
            "Fusions could not be assessed. ALK, ROS1 and pan-TRK are all negative by IHC.\n",
            [("ALK", EXPR, N, {}), ("ROS1", EXPR, N, {}), ("NTRK", EXPR, N, {})],
        ),
    ],
    # verdict_of_the_row_above: a verdict on a row that a name leads is that row's, never the
    # next row's name's (whose own cell failed).
    "verdict_of_the_row_above": [
        (
            "Gene          Method          Result\n"
            "BRAF          NGS (DNA)       No mutation detected (exons 11, 15)\n"
            "ALK / RET     NGS (RNA)       FAILED - insufficient RNA\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "KRAS      PCR      Wild type\nNRAS      PCR      Not performed - block exhausted\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # test_named_in_the_heading_above: a name whose own line names no test takes the test the
    # heading above names for it (a stain's result, not the gene's fusion).
    "test_named_in_the_heading_above": [
        (
            "PART A - ALK IHC (D5F3 CDx assay)\n"
            "  Binary interpretation:    [X] ALK POSITIVE        [ ] ALK NEGATIVE\n",
            [("ALK", EXPR, P, {})],
        ),
        ("ROS1 IMMUNOHISTOCHEMISTRY (D4D6)\nResult: ROS1 negative\n", [("ROS1", EXPR, N, {})]),
        (
            "ALK FISH (break-apart)\nResult: ALK positive (rearranged in 40% of nuclei)\n",
            [("ALK", FUS, P, {})],
        ),
    ],
    # mutant_allele_is_a_measure: 'Mutant allele %', 'mutant allele fraction' name a measure
    # (a column's heading, a fraction's name), never a verdict.
    "mutant_allele_is_a_measure": [
        (
            "IDH2 PYROSEQUENCING\nRegion    Result    Mutant allele %\n"
            "IDH2 codon 172    No mutation detected    -\n",
            [("IDH2", MUT, N, {})],
        ),
        (
            "BRAF V600E allele-specific PCR, mutant allele fraction column: not applicable.\n"
            "BRAF: not detected\n",
            [("BRAF", MUT, N, {})],
        ),
    ],
    # kind_noted_after_a_pair: 'ALK and RET (fusions)' in a denied list gives both names the
    # bracket's kind, also where the bracket wrapped to the next line; a 'NOT DETECTED' heading
    # may carry a remark in brackets.
    "kind_noted_after_a_pair": [
        (
            "NOT DETECTED (hotspots and full exons covered)\n"
            "  AKT1, EGFR, KRAS, PTEN; ALK and RET (fusions), MET amplification.\n",
            [
                ("EGFR", MUT, N, {}),
                ("KRAS", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("MET", AMP, N, {}),
            ],
        ),
        (
            "Not detected (whole coding regions of the panel genes):\n"
            "  BRAF, NRAS; ROS1 and ALK\n  (rearrangements), ERBB2 amplification.\n",
            [
                ("BRAF", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("ROS1", FUS, N, {}),
                ("ALK", FUS, N, {}),
                ("HER2", AMP, N, {}),
            ],
        ),
    ],
    # protein_names_the_rows: a specimen table whose first heading is 'Protein' is read by
    # column as one headed 'Stain' is.
    "protein_names_the_rows": [
        (
            "  Protein     Part A (hepatic flexure)     Part B (sigmoid)\n"
            "  MLH1        Absent                       Present\n"
            "  MSH2        Present                      Present\n",
            [("MLH1", EXPR, N, {}), ("MLH1", EXPR, P, {}), ("MSH2", EXPR, P, {})],
        ),
        (
            "Protein          Block A1          Block B2\n"
            "PMS2             lost              retained\n",
            [("PMS2", EXPR, N, {}), ("PMS2", EXPR, P, {})],
        ),
    ],
    # amplification_of_a_kit_signal: 'OptiView with amplification' in a clone's bracket is the
    # detection kit's signal, not the gene's copies.
    "amplification_of_a_kit_signal": [
        (
            "ALK (clone D5F3, Ventana OptiView with amplification):\n"
            "  Negative - no granular cytoplasmic staining of tumour cells.\n",
            [("ALK", EXPR, N, {})],
        ),
        (
            "ALK (D5F3, OptiView with amplification) immunostain: positive (strong granular"
            " cytoplasmic staining)\n",
            [("ALK", EXPR, P, {})],
        ),
    ],
    # changes_listed_by_exon_then_denied: changes in their exons' brackets, then one denial of
    # them all at the sentence's end; none of them is found.
    "changes_listed_by_exon_then_denied": [
        (
            "EGFR mutation analysis (real-time PCR):\n  An exon 19 deletion has been DETECTED.\n"
            "  Exon 18 (G719X), exon 20 (T790M, S768I, insertions) and exon 21 (L858R, L861Q)\n"
            "  mutations were not detected.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "KRAS: exon 2 (G12C, G12D, G13D), exon 3 (Q61H) and exon 4 (A146T) variants are"
            " not identified.\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # caps_prose_runs_on: lines of capitals long enough to be prose run on
        (
            "THE TUMOUR CELLS ARE STRONGLY IMMUNOREACTIVE FOR\nESTROGEN RECEPTOR IN MOST NUCLEI.\n",
            "THE TUMOUR CELLS ARE STRONGLY IMMUNOREACTIVE FOR ESTROGEN RECEPTOR IN MOST NUCLEI.\n",
        ),
        (
            "SECTIONS SHOW AN INFILTRATING CARCINOMA WITH FREQUENT MITOSES\nAND FOCAL NECROSIS.\n",
            "SECTIONS SHOW AN INFILTRATING CARCINOMA WITH FREQUENT MITOSES AND FOCAL NECROSIS.\n",
        ),
    ],
)
def test_caps_prose_runs_on(text: str, joined: str) -> None:
    assert rejoined(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        "FINAL DIAGNOSIS\nINVASIVE DUCTAL CARCINOMA, GRADE 2\n",  # a heading over its line
        "THE TUMOUR IS AN INVASIVE DUCTAL CARCINOMA OF GRADE 2.\nER POSITIVE\n",  # a stop
        "IMMUNOHISTOCHEMISTRY WAS PERFORMED ON BLOCK A3 AS FOLLOWS:\nER POSITIVE\n",  # a key
    ],
)
def test_caps_lines_that_stay_apart(text: str) -> None:
    assert rejoined(text) == text
