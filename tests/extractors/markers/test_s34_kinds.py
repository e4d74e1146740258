"""Kinds of wording read by a general mechanism (thirty-fourth session), each in two wordings of
our own or more: a denial that names the change looked for is the negative of that change; a
named change beside another gene's fusion cell is a mutation; pairs of a marker and its verdict
laid side by side on a laboratory's page are read pair by pair. No sentence is quoted
from a report.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    R,
    layout_tests,
)
from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

pytest.importorskip("reportlab")

KINDS = {
    # denied_named_change: the one change named between a gene and its denial is the
    # negative's change; a denial of a list of changes names none of them alone.
    "denied_named_change": [
        (
            "MET exon 14 skipping (RNA)   Not detected\n",
            [("MET", MUT, N, {"alteration": "exon 14 skipping"})],
        ),
        (
            "No EGFR exon 20 insertion was identified in this specimen.\n",
            [("EGFR", MUT, N, {"alteration": "exon 20 insertion"})],
        ),
        (
            "KRAS G12C or G12D: none detected\n",
            [("KRAS", MUT, N, {"alteration": None})],
        ),
        (
            "No EGFR exon 19 deletion or exon 21 L858R mutation was found.\n",
            [("EGFR", MUT, N, {"alteration": None})],
        ),
    ],
    # variant_beside_a_fusion_cell: a gene that carries a named change is a mutation's, even
    # where another cell of its line names a fusion.
    "variant_beside_a_fusion_cell": [
        (
            "ALK fusions  Not detected  BRAF V600E  Not detected\n",
            [("ALK", FUS, N, {}), ("BRAF", MUT, N, {"alteration": "V600E"})],
        ),
        (
            "NTRK1-3 rearrangement: negative; KRAS G12C: negative\n",
            [("NTRK", FUS, N, {}), ("KRAS", MUT, N, {"alteration": "G12C"})],
        ),
    ],
    # a_row_ends_its_list: an item's kind of finding then a line break joins no list; a comma
    # or a joining word does ('no ALK rearrangement' / 'ROS1 IHC positive' are two rows).
    "a_row_ends_its_list": [
        (
            "ALK IHC (D5F3) Negative  no evidence of ALK rearrangement\nROS1 IHC (D4D6) Positive"
            "  moderate staining in 80% of tumour cells\n",
            [("ALK", EXPR, N, {}), ("ALK", FUS, N, {}), ("ROS1", EXPR, P, {"percent": 80})],
        ),
        (
            "No KRAS mutation\nor BRAF mutation was detected.\n",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    # none_of_the_named: 'none of the above / these / the listed' before the names denies them.
    "none_of_the_named": [
        (
            "NONE OF THE ABOVE NRAS OR BRAF MUTATIONS WERE DETECTED.\n",
            [("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        ("None of the listed EGFR variants was identified.\n", [("EGFR", MUT, N, {})]),
    ],
    # amended_rows_of_changes_denied: an amended report's rows of changes not found leave the
    # gene's finding standing; they replace nothing. A denial of the very change found before
    # is that finding's correction and still replaces it.
    "amended_rows_of_changes_denied": [
        (
            "KRAS G12C detected (VAF 12%).\n\nAMENDED REPORT: KRAS G12C not detected; the"
            " earlier call was an artefact of the run.\n",
            [("KRAS", MUT, N, {"alteration": "G12C"})],
        ),
        (
            "AMENDED REPORT\nEGFR RESULT (AMENDED)\n  Exon 18  G719X        not detected\n"
            "  Exon 21  L858R        not detected\n  Exon 20  insertions   DETECTED\n\n"
            "Summary: EGFR exon 20 insertion detected (p.D770_N771insG).\n",
            [("EGFR", MUT, P, {"alteration": "exon 20 insertion"})],
        ),
        (
            "Corrected report. KRAS result amended: G12C not detected; G12D not detected.\n\n"
            "Interpretation: a KRAS G13D mutation is present (VAF 12%).\n",
            [("KRAS", MUT, P, {"alteration": "G13D"})],
        ),
    ],
    # spoiled_ticked_box: a ticked box that OCR spoiled ('[XI', 'lX]', '[v]') is the tick where
    # its line also leads an option with an empty box.
    "spoiled_ticked_box": [
        (
            "HER2 (by immunohistochemistry)\n  [ ] Negative (0)  [ ] Negative (1+)  [XI Equivocal"
            " (2+)  [ ] Positive (3+)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 (in situ hybridization)\n  [ ] Amplified    [v] Not amplified    [ ] Equivocal\n",
            [("HER2", AMP, N, {})],
        ),
    ],
    # optional_letter_in_a_word: a name's optional letter inside a word is a word's letter
    # that OCR may misread as the letters around it are; so are the name's own status words.
    "optional_letter_in_a_word": [
        ("Microsatel1ite status: MS-Stab1e .\n", [("MSI", SIG, N, {})]),
        ("microsate11ite stab1e (0/5 loci unstab1e)\n", [("MSI", SIG, N, {})]),
    ],
    # change_standing_for_its_gene: a named class that stands for its gene ('(exon 19
    # deletion)' in a variant row's class cell) is a mutation, never a stain's share.
    "change_standing_for_its_gene": [
        (
            "   Gene     Variant                              VAF     Classification\n"
            "   EGFR     c.2235_2249del  p.E746_A750del       31%     Pathogenic (exon 19"
            " deletion)\n",
            [("EGFR", MUT, P, {"alteration": "E746_A750del"})],
        ),
        (
            "Result: an exon 20 insertion (p.A767_V769dup) was found in 28% of reads.\n"
            "EGFR testing: detected.\n",
            [("EGFR", MUT, P, {})],
        ),
    ],
    # framed_lines: a line framed by bars reads as its words; its lone bars are spaces.
    "framed_lines": [
        (
            "| RESULT:  HER2 AMPLIFIED                                   |\n"
            "| HER2/CEP17 ratio          | 2.6        |\n",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        (
            "| Estrogen receptor  | Positive | 95% |\n| Progesterone receptor | Negative | 0% |\n",
            [("ER", EXPR, P, {"percent": 95}), ("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # class_bracket_after_the_verdict: criteria in a bracket right after the verdict say which
    # class the verdict is; the verdict stands.
    "class_bracket_after_the_verdict": [
        (
            "RESULT:  HER2 AMPLIFIED  (ISH group 1: ratio >= 2.0, mean HER2 copy number >= 4.0)\n",
            [("HER2", AMP, P, {})],
        ),
        ("MSI: stable (MSS: fewer than 2 of 5 loci unstable)\n", [("MSI", SIG, N, {})]),
    ],
    # reference_range_beside_a_burden: a reference range beside the burden is the band that is
    # not high; over its upper bound is high.
    "reference_range_beside_a_burden": [
        ("TMB: 2.5 mut/Mb (ref. 0-9.9)\n", [("TMB", SIG, N, {"value": "2.5 mut/Mb"})]),
        (
            "Tumour mutational burden 14 mut/Mb (reference range 0 - 10 mut/Mb)\n",
            [("TMB", SIG, P, {"value": "14 mut/Mb"})],
        ),
    ],
    # finding_class_cell: a first cell that names the row a finding makes its change a result.
    "finding_class_cell": [
        (
            "Result class       Finding\nGenomic finding    TP53 R273H\nCopy number        CDKN2A"
            " loss\n",
            [("TP53", MUT, P, {"alteration": "R273H"})],
        ),
        ("Somatic alteration  KRAS G12D\n", [("KRAS", MUT, P, {"alteration": "G12D"})]),
    ],
    # reference_heading_alone_on_its_line: a heading alone on its line that says it is for
    # reference ('Guide to ... (reference; not specific to this patient)') heads no result; a
    # key with its text after it ('ORIGINAL DIAGNOSIS (for reference): ...') still states its own.
    "reference_heading_alone_on_its_line": [
        (
            "MLH1: loss; PMS2: loss; MSH2 and MSH6: retained.\nGuide to repair-protein patterns"
            " (reference; not specific to this patient)\nAll four proteins intact   MMR"
            " proficient\n",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "ORIGINAL DIAGNOSIS (for reference): invasive carcinoma, ER positive (95%), PR"
            " positive (40%).\n",
            [("ER", EXPR, P, {"percent": 95}), ("PR", EXPR, P, {"percent": 40})],
        ),
    ],
    # numbered_heading_ends_a_short_section: '1. Background' ends at '2. Mismatch repair
    # protein immunohistochemistry', as at an unnumbered small heading.
    "numbered_heading_ends_a_short_section": [
        (
            "1. Background\nUniversal testing for Lynch syndrome is done on all colorectal"
            " cancers.\n2. Mismatch repair protein immunohistochemistry\nMLH1 retained\nPMS2"
            " retained\n",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        (
            "1. Background\nER is often positive in this tumour type.\n2. Receptor results\n"
            "ER: positive (80%)\n",
            [("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    # one_read_as_l_in_a_share: a share's one that OCR read as l, I or a bar is a one.
    "one_read_as_l_in_a_share": [
        ("Ki-67 (MIB-1): l2% of tumour nuclei\n", [("Ki-67", EXPR, R, {"percent": 12})]),
        ("ER: positive, |5% of nuclei\n", [("ER", EXPR, P, {"percent": 15})]),
    ],
    # asterisk_tick_in_a_box: an asterisk in a box among empty boxes is the tick.
    "asterisk_tick_in_a_box": [
        (
            "PD-L1 (22C3)  :  ( ) TPS <1%   (*) TPS 1-49%   ( ) TPS >=50%\n",
            [("PD-L1", EXPR, P, {"value": "1-49%"})],
        ),
        (
            "MMR status:  [ ] proficient   [*] deficient\n",
            [("MMR", SIG, P, {})],
        ),
    ],
    # score_as_a_verb: 'was scored 0', 'scored as 1+' give the stain's score.
    "score_as_a_verb": [
        ("HER2 immunohistochemistry was scored 0.\n", [("HER2", EXPR, N, {"ihc_score": "0"})]),
        (
            "HER2 was scored as 2+ by immunohistochemistry; ISH to follow.\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
}


def _fusion_and_variant_tables_side_by_side() -> bytes:
    page = LabPage()
    page.row(700, (54, "Other alterations looked for"), bold=True, size=11)
    header = ((54, "Alteration"), (170, "Result"), (300, "Alteration"), (420, "Result"))
    page.row(684, *header, bold=True)
    page.row(
        668, (54, "ROS1 fusions"), (170, "Not detected"), (300, "EGFR T790M"), (420, "Not detected")
    )
    page.row(
        652, (54, "RET fusions"), (170, "Not detected"), (300, "BRAF V600E"), (420, "Not detected")
    )
    return lab_pdf(page)


def _protein_pairs_side_by_side() -> bytes:
    page = LabPage()
    page.row(700, (54, "Mismatch repair proteins"), bold=True, size=11)
    page.row(684, (54, "MLH1: Intact"), (250, "PMS2: Lost"))
    page.row(668, (54, "MSH2: Intact"), (250, "MSH6: Intact"))
    return lab_pdf(page)


LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    # pairs_side_by_side: two tables or boxes of a marker and its verdict beside each other
    # are read pair by pair: the left pair's words are not the right marker's.
    "pairs_side_by_side": [
        (
            _fusion_and_variant_tables_side_by_side(),
            [
                ("ROS1", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("EGFR", MUT, N, {"alteration": "T790M"}),
                ("BRAF", MUT, N, {"alteration": "V600E"}),
            ],
        ),
        (
            _protein_pairs_side_by_side(),
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
}

test_every_layout_has_two_drawings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, KINDS
)
