"""Kinds of wording read by a general mechanism (thirty-fifth session), each in two wordings of
our own or more: kinds of change heading columns of genes under a label that denies them; a
row under such a label that says it has no result; a status word as a key whose value is no
call; a VUS table that goes on over a page break. No sentence is quoted from a report.
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
    # class_columns_under_a_list_label: a row of kinds of change under a denying label heads
    # columns of genes; each gene is denied the kind its column names.
    "class_columns_under_a_list_label": [
        (
            "Genes assessed with no alteration found in this sample\n"
            "SNVs/indels       Fusions       Amplifications\n"
            "BRAF              ALK           ERBB2\n"
            "NRAS              RET\n",
            [
                ("BRAF", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("HER2", AMP, N, {}),
            ],
        ),
        (
            "Genes tested without reportable alterations:\n"
            "Point mutations (DNA)    Gene rearrangements (RNA)    Copy number\n"
            "KRAS                     ROS1                         MET\n",
            [("KRAS", MUT, N, {}), ("ROS1", FUS, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    # row_without_a_call: a row under a list's label whose own words say it has no result is
    # not the label's; a note in brackets that says so of a method is no such row.
    "row_without_a_call": [
        (
            "Regions tested - no variant detected\n"
            "  KRAS    codons 12, 13 and 61\n"
            "  BRAF / MET (exon 14) - not evaluable: low coverage\n",
            [("KRAS", MUT, N, {})],
        ),
        (
            "No pathogenic variants were found in:\n"
            "NRAS, IDH1 (codon 132)\n"
            "EGFR    failed (insufficient DNA)\n",
            [("NRAS", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
        (
            "Genes with no reportable alterations: PIK3CA,\n"
            "BRCA1* (*hotspots only; full sequencing not performed)\n",
            [("PIK3CA", MUT, N, {}), ("BRCA1", MUT, N, {})],
        ),
    ],
    # uncalled_status_key: a status word as a key whose value is no call states no status;
    # one whose value denies it is the other status.
    "uncalled_status_key": [
        ("MSI-High | not evaluated (tumour DNA fraction under 1%)\n", []),
        ("TMB-High:  cannot be determined\n", []),
        ("MSI-High | NOT DETECTED\n", [("MSI", SIG, N, {})]),
    ],
    # no_change_with_a_note_after: 'no mutation' as a row's value with a note in brackets that
    # ends the row, or a dash cell after it.
    "no_change_with_a_note_after": [
        ("EGFR   = no mutation (exons 18-21 covered)\n", [("EGFR", MUT, N, {})]),
        (
            "Gene    Finding       VAF    Tier\nBRAF    No variant    —      —\n",
            [("BRAF", MUT, N, {})],
        ),
    ],
    # drug_named_by_its_target: a gene that names a drug class ('IDH1 inhibitor', 'a KRAS
    # G12C-directed inhibitor') states no result of that gene.
    "drug_named_by_its_target": [
        ("The approved IDH1 inhibitor does not act on a mutant IDH2.\n", []),
        ("A KRAS G12C-directed inhibitor would only apply to that variant.\n", []),
    ],
    # genes_named_wild_type_with_a_qualifier: 'Relevant wild-type genes:', 'Pertinent
    # wild-type genes (DNA):' over a list.
    "genes_named_wild_type_with_a_qualifier": [
        (
            "Relevant wild-type genes (DNA): KRAS, NRAS\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        ("Key wild type genes - BRAF, PIK3CA\n", [("BRAF", MUT, N, {}), ("PIK3CA", MUT, N, {})]),
    ],
    # an_identifier_is_no_heading: a trial's identifier with its colon ('XYZ-TR-1234:') does
    # not end the trials section; a heading of capitalised words alone on its line does.
    "an_identifier_is_no_heading": [
        (
            "Clinical trials (selected)\nTrial   Target\nXYZ-TR-1234: basket of KRAS G12C and BRAF"
            " inhibitors   KRAS, BRAF\nOther Alterations Detected\nTP53 p.R273H 27.9%\n",
            [("TP53", MUT, P, {"alteration": "R273H"})],
        ),
        (
            "Clinical trials\nABC-0917: mesothelin-directed conjugate (mesothelin IHC required)\n"
            "Genomic Findings Of Note\nKRAS G12D detected (VAF 14%)\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # legend_sentence_is_no_vus_heading: a legend's sentence that names the classes is no
    # heading of a VUS section over the lines after it.
    "legend_sentence_is_no_vus_heading": [
        (
            "Classes: 5 pathogenic, 3 uncertain significance, 1 benign.\nGenes with no pathogenic"
            " variant\nBRCA2  PALB2  MLH1\n",
            [("BRCA2", MUT, N, {}), ("MLH1", MUT, N, {})],
        ),
        (
            "Key: tier III = uncertain significance, tier IV = benign.\nNo reportable"
            " alterations:\nKRAS NRAS\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # a_sentence_ends_the_items: a line that opens with a gene and goes on as a sentence
    # about it is no item of the list above.
    "a_sentence_ends_the_items": [
        (
            "Genes with no reportable alterations:\nBRCA2 PALB2 MLH1\nMSH6 is reported above as a"
            " variant of uncertain significance.\n",
            [("BRCA2", MUT, N, {}), ("MLH1", MUT, N, {})],
        ),
        (
            "No pathogenic variants detected:\nKRAS  NRAS\nBRAF was not analysed in this run.\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # scale_named_step_by_step: every step of the score's scale named in turn is the scale,
    # not a score; a legend that defines the steps in turn states no result.
    "scale_named_step_by_step": [
        ("HER2 (steps 0, 1+, 2+, 3+): 2+\n", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        (
            "HER2 immunohistochemistry, read as 0, 1+, 2+ or 3+: 2+ (equivocal)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 IHC 0: none. 1+: faint partial. 2+: weak complete. 3+: strong complete.\n"
            "HER2 IHC result: 1+\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # mutant_protein_is_a_stain: a change's 'mutant protein' names the antibody's target, a
    # stain; its verdict is the stain's, never a mutation.
    "mutant_protein_is_a_stain": [
        ("BRAF V600E mutant protein (VE1): negative in the tumour\n", [("BRAF", EXPR, N, {})]),
        (
            "IDH1 R132H mutant protein (clone H09): NEGATIVE in tumour cells.\n",
            [("IDH1", EXPR, N, {})],
        ),
    ],
    # label_before_its_denial: the kind a line's label names before its denial is the list's.
    "label_before_its_denial": [
        (
            "Other targeted fusions        none detected (ALK, ROS1, BRAF, NTRK1)\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("BRAF", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        (
            "Further amplifications        none detected (ERBB2, MET)\n",
            [("HER2", AMP, N, {}), ("MET", AMP, N, {})],
        ),
        (
            # the line above a label alone on its line is not its label
            "PIK3CA  p.H1047R  exon 21  VAF 11%\nNOT DETECTED\nKRAS (exons 2-4); no fusions of"
            " ALK, RET\n",
            [
                ("PIK3CA", MUT, P, {"alteration": "H1047R"}),
                ("KRAS", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
            ],
        ),
    ],
    # vus_items_parted_by_a_dash: a VUS section's items parted by a spaced dash (as a scan
    # reads a middle dot) are items still.
    "vus_items_parted_by_a_dash": [
        (
            "Variants of unknown significance\nATM p.S1691R (c.5071A>C) - BRCA2 p.K2729N"
            " (c.8187G>T) - ERBB2 p.P1170A\nMSI: stable\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "Variants of uncertain significance\nCHEK2 p.E239K – KRAS p.A146T – MET p.N375S\n"
            "TMB: 3 mut/Mb\n",
            [("TMB", SIG, R, {"value": "3 mut/Mb"})],
        ),
    ],
}


def _tiles_in_rows_page() -> bytes:
    page = LabPage()
    page.row(700, (54, "Key biomarkers"), bold=True)
    page.row(684, (80, "EGFR"), (220, "KRAS"), (360, "ALK fusion"))
    page.row(670, (76, "L858R"), (226, "—"), (372, "—"))
    page.row(656, (60, "Detected 31%"), (200, "Not detected"), (340, "Not detected"))
    page.row(630, (70, "RET fusion"), (220, "BRAF"), (360, "ROS1 fusion"))
    page.row(616, (86, "—"), (226, "—"), (376, "—"))
    page.row(602, (60, "Not detected"), (200, "Not detected"), (340, "Not detected"))
    return lab_pdf(page)


def _tiles_in_rows_of_two_page() -> bytes:
    page = LabPage()
    page.row(700, (54, "Biomarkers at a glance"), bold=True)
    page.row(684, (90, "NRAS"), (300, "PIK3CA"))
    page.row(670, (70, "Wild type"), (280, "p.H1047R found"))
    page.row(644, (90, "MET exon 14"), (300, "NTRK fusion"))
    page.row(630, (70, "Not detected"), (280, "Not detected"))
    return lab_pdf(page)


def _class_columns_page() -> bytes:
    page = LabPage()
    page.row(700, (54, "Genes analysed with no alteration detected in this sample"), bold=True)
    page.row(684, (54, "Short variants"), (220, "Rearrangements"), (390, "Amplifications"))
    page.row(672, (54, "AKT1"), (220, "ALK"), (390, "CCNE1"))
    page.row(660, (54, "KRAS"), (220, "RET"), (390, "ERBB2"))
    page.row(648, (54, "NRAS"), (220, "ROS1"))
    page.row(636, (54, "PIK3CA"))
    page.row(610, (54, "Assay notes: copy number is called at six copies or more."))
    return lab_pdf(page)


def _class_columns_with_lists_page() -> bytes:
    page = LabPage()
    page.row(700, (54, "NO REPORTABLE ALTERATIONS"), bold=True)
    page.row(684, (54, "Sequence variants"), (250, "Fusions (DNA and RNA)"), (430, "Other"))
    page.row(672, (54, "EGFR, BRAF, ERBB2,"), (250, "NTRK1, NTRK2,"), (430, "No 1p/19q loss"))
    page.row(660, (54, "IDH1, NRAS"), (250, "ROS1"))
    return lab_pdf(page)


def _vus_table_over_a_page_break() -> bytes:
    first = LabPage()
    first.row(700, (54, "VARIANTS OF UNCERTAIN SIGNIFICANCE (TIER III)"), bold=True)
    header = ((54, "Gene"), (140, "Protein"), (240, "Coding"), (340, "VAF"))
    first.row(684, *header, bold=True)
    first.row(672, (54, "ATM"), (140, "p.L2307F"), (240, "c.6919C>T"), (340, "48%"))
    first.row(660, (54, "BRCA2"), (140, "p.N1102Y"), (240, "c.3304A>T"), (340, "51%"))
    second = LabPage()
    second.row(740, (54, "Molecular profile, continued"))
    second.row(724, *header, bold=True)
    second.row(712, (54, "NTRK1"), (140, "p.G18E"), (240, "c.53G>A"), (340, "27%"))
    second.row(700, (54, "ROS1"), (140, "p.S1109L"), (240, "c.3326C>T"), (340, "21%"))
    second.row(670, (54, "MSI: stable"))
    return lab_pdf(first, second)


def _vus_table_over_a_page_break_with_a_footer() -> bytes:
    first = LabPage()
    first.row(700, (54, "Variants of unknown significance"), bold=True)
    first.row(684, (54, "CHEK2"), (140, "p.E239K"), (240, "c.715G>A"), (340, "22%"))
    first.row(672, (54, "PIK3CA"), (140, "p.E970K"), (240, "c.2908G>A"), (340, "19%"))
    first.row(60, (54, "Laboratory of molecular oncology - confidential"))
    second = LabPage()
    second.row(724, (54, "RET"), (140, "p.V648I"), (240, "c.1942G>A"), (340, "49%"))
    second.row(712, (54, "NOTCH2"), (140, "p.P6S"), (240, "c.16C>T"), (340, "50%"))
    second.row(680, (54, "TMB: 3 mut/Mb, low"))
    return lab_pdf(first, second)


LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    # class_headed_boxes: kinds of change over columns of genes are read box by box.
    "class_headed_boxes": [
        (
            _class_columns_page(),
            [
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("HER2", AMP, N, {}),
            ],
        ),
        (
            _class_columns_with_lists_page(),
            [
                ("EGFR", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("HER2", MUT, N, {}),
                ("IDH1", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("NTRK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
    ],
    # tiles_in_rows: a row of tiles' labels under another row of tiles is the next tiles'
    # labels, not the values of the tiles above.
    "tiles_in_rows": [
        (
            _tiles_in_rows_page(),
            [
                ("EGFR", MUT, P, {"alteration": "L858R"}),
                ("KRAS", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("BRAF", MUT, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            _tiles_in_rows_of_two_page(),
            [
                ("NRAS", MUT, N, {}),
                ("PIK3CA", MUT, P, {"alteration": "H1047R"}),
                ("MET", MUT, N, {}),
                ("NTRK", FUS, N, {}),
            ],
        ),
    ],
    # vus_table_over_a_page_break: the rows at the next page's top stay VUS.
    "vus_table_over_a_page_break": [
        (_vus_table_over_a_page_break(), [("MSI", SIG, N, {})]),
        (
            _vus_table_over_a_page_break_with_a_footer(),
            [("TMB", SIG, N, {"value": "3 mut/Mb"})],
        ),
    ],
}

test_every_layout_has_two_drawings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, KINDS
)
