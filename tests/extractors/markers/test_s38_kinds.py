"""Kinds of wording read by a general mechanism (thirty-eighth session), each in two wordings of
our own or more: a stain panel's heading over its numbered rows; a verdict that names another
gene's class of tumour; lists of changes with an exon's class; grids of gene-and-verdict pairs;
a fusion panel's page; headings of genes without a fusion; a test the material suits. No
sentence is quoted from a report.
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
    # variant_under_a_stain_heading: a variant-specific antibody's row under an immunostains
    # heading, a few rows down its block, the heading with a word before it or a note after it.
    "variant_under_a_stain_heading": [
        (
            "IMMUNOSTAINS (block A3)\n  1. GFAP - positive\n  2. ATRX - retained\n"
            "  3. IDH1 R132H - negative\n",
            [("IDH1", EXPR, N, {"alteration": "R132H"})],
        ),
        (
            "Ancillary immunohistochemistry\n  OLIG2: positive\n  Ki-67: 8%\n"
            "  BRAF V600E: positive in tumour cells\n",
            [("Ki-67", EXPR, "reported", {"percent": 8}), ("BRAF", EXPR, P, {})],
        ),
        (
            "Molecular studies (block A3)\n  TERT promoter: mutant\n  IDH1 R132H: not detected\n",
            [("IDH1", MUT, N, {"alteration": "R132H"})],
        ),
    ],
    # verdict_joined_to_another_name: 'IDH-wildtype', 'SDH-deficient', 'H3-mutant' name the
    # class of tumour after a gene that is no marker of ours; a name of ours keeps its verdict.
    "verdict_joined_to_another_name": [
        (
            "EGFR amplification is present, in keeping with an IDH-wildtype glioblastoma.\n",
            [("EGFR", AMP, P, {})],
        ),
        ("KIT exon 11 testing was sent for this SDH-deficient GIST; BRAF pending.\n", []),
        ("The melanoma is BRAF-mutated (V600E).\n", [("BRAF", MUT, P, {})]),
        (
            "Glioma, IDH-mutant (IDH1 R132H immunopositive).\n",
            [("IDH1", EXPR, P, {})],
        ),
    ],
    # changes_with_an_exon_class_in_a_list: a list of changes looked for, one of them a class
    # named by its exon, under one verdict: every item is denied.
    "changes_with_an_exon_class_in_a_list": [
        (
            "Other drivers (KRAS G12C, BRAF V600E, MET exon 14 skipping): none detected.\n",
            [
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, N, {"alteration": "V600E"}),
                ("MET", MUT, N, {"alteration": "exon 14 skipping"}),
            ],
        ),
        (
            "NRAS Q61R, EGFR exon 20 insertions: not found\n",
            [("NRAS", MUT, N, {}), ("EGFR", MUT, N, {"alteration": "exon 20 insertion"})],
        ),
        (
            "EGFR exon 19 deletion, KRAS and BRAF wild type\n",
            [
                ("EGFR", MUT, P, {"alteration": "exon 19 deletion"}),
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
            ],
        ),
    ],
    # second_pair_of_a_grid_row / item_after_an_items_verdict: a gene whose symbol is also a
    # word (RET, MET) in the second pair of a grid's row, or after the verdict of the item
    # before it, is named as a gene.
    "gene_after_another_genes_verdict": [
        (
            "NRG1   Not detected   RET   Not detected\n",
            [("RET", FUS, N, {})],
        ),
        (
            "ALK - negative; ROS1 - negative; RET - negative.\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        ("Please see the RET report for the result.\n", []),
    ],
    # fusion_panel_page: on the page of a fusion panel that reads no DNA variants, a gene that
    # may be rearranged is named for its fusion; a mutation's word or a gene that never fuses
    # beside it keeps the variant's reading.
    "fusion_panel_page": [
        (
            "Targeted RNA fusion panel (52 genes)\nResult: no fusion detected\n"
            "ALK   Not detected\nBRAF   Not detected\n",
            [("ALK", FUS, N, {}), ("BRAF", FUS, N, {})],
        ),
        (
            "FUSION TRANSCRIPTS DETECTED: none\nTargets: BRAF - not detected; ROS1 - not detected\n"
            "History: prior sequencing reported KRAS and BRAF negative.\n",
            [
                ("BRAF", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
            ],
        ),
    ],
    # genes_without_a_fusion_heading: a heading of the genes a panel found no fusion in, over
    # their list; a gene whose rules read no fusion (MET) is left out.
    "genes_without_a_fusion_heading": [
        (
            "Partners tested with no rearrangement detected:\nALK, BRAF, MET, NTRK2\n",
            [("ALK", FUS, N, {}), ("BRAF", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        (
            "A fusion was found in one gene. Genes on the panel without a fusion include: "
            "ROS1, RET\n",
            [("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # heading_in_capitals_ends_the_note / window_reaches_no_later_heading: on a page whose text
    # keeps no blank lines, a heading in capitals ends the section of variants of uncertain
    # significance above it, and a section's heading below a name is no word of the name's.
    "sections_without_blank_lines": [
        (
            "VARIANTS OF UNKNOWN SIGNIFICANCE (Tier 3)\nATM c.1229T>C p.(Val410Ala) 11 48% VUS\n"
            "GENES WITH NO REPORTABLE SNV OR INDEL\nKRAS, NRAS, PIK3CA\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
        (
            "ERBB2 copy number 2.0 - not amplified\nVARIANTS OF UNCERTAIN SIGNIFICANCE (Tier III)\n"
            "BRCA2 c.7397T>C p.(Val2466Ala) 51% VUS\n",
            [("HER2", AMP, N, {})],
        ),
        (
            "VARIANTS OF UNCERTAIN SIGNIFICANCE\nBRCA1 p.(Ser1613Gly) 49%\n"
            "MLH1 p.(Val384Asp) 50%\n",
            [],
        ),
    ],
    # pi3k_is_a_kinase: 'PI3K' is the kinase's name, never a protein change read from a
    # misread 'I3'; its pathway and its inhibitors state no result.
    "pi3k_is_a_kinase": [
        (
            "PIK3CA p.(Glu542Lys) detected (VAF 14%). PI3K inhibitors are approved in breast "
            "cancer.\n",
            [("PIK3CA", MUT, P, {"alteration": "E542K"})],
        ),
        ("Therapy note: the PI3K pathway is a target of alpelisib.\n", []),
    ],
    # pending_name_is_no_subject: a name in words of a test the material suits is no result,
    # and the lines under it do not speak for it.
    "pending_name_is_no_subject": [
        (
            "Enough tumour for EGFR testing after macrodissection.\n\nSUMMARY\n"
            "A: lymph node, metastatic adenocarcinoma (CK7 positive).\n",
            [],
        ),
        (
            "Cellularity 40%, adequate for KRAS and NRAS analysis.\n\nDIAGNOSIS\n"
            "B: colon, adenocarcinoma; margins negative.\n",
            [],
        ),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
