"""Kinds of laboratories' genomic-report layout and wording that were missed or misread (s12).

Each kind is written in two house styles or more of our own, with the counter-examples it must
not catch; no sentence is quoted from the corpus or a probe. Precision kinds first: a variant
of unknown significance, a tier III row or a value under a stated cut-off read as a result is
as much a loss as a missed finding.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    R,
    assert_pdf_reads,
    kind_tests,
)

KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A tier or level heading carries its number ('Tier 3', 'TIER 3 VARIANTS'): the rows under
    # a tier 3 or 4 heading, or a heading of uncertain significance, are no results; the rows
    # under a tier 1 or 2 heading are.
    "numbered_tier_headings": [
        (
            "Tier 1 - Variants of strong clinical significance\n"
            "KRAS   p.G12D   VAF 23%\n"
            "Tier 3 - Variants of unknown significance\n"
            "BRCA2   p.N372H   VAF 49%\n",
            [("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23%"})],
        ),
        (
            "TIER 2 VARIANTS\nPIK3CA  p.E545K  12%\nTIER 3 VARIANTS\nEGFR  p.R776H  4%\n",
            [("PIK3CA", MUT, P, {"alteration": "E545K"})],
        ),
        (
            "Level 3: variants of unknown significance\n"
            "Gene  Variant  VAF\nBRCA1  p.S1613G  49%\nTP53  p.P72R  51%\n",
            [],
        ),
        # counter-example: a numbered heading of tier 1 and 2 leaves its rows results
        (
            "Tier 1 and 2 variants (2 detected)\nKRAS  p.G12D  23%\nTP53  p.R175H  41%\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("TP53", MUT, P, {"alteration": "R175H"})],
        ),
    ],
    # The classification cell wraps onto the line below the row: 'Uncertain' / 'significance',
    # 'Likely' / 'benign'. The row's classification is its wrapped words, not 'Uncertain' alone.
    "classification_cell_wrapped": [
        (
            "Gene    Variant                      VAF     Classification\n"
            "BRAF    c.1799T>A p.(Val600Glu)      21.0%   Pathogenic\n"
            "BRCA2   c.1114A>C p.(Asn372His)      48.7%   Uncertain\n"
            "                                             significance\n",
            [("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 21.0%"})],
        ),
        (
            "Gene Protein Coding VAF Classification\n"
            "EGFR p.Leu858Arg c.2573T>G 33% Pathogenic\n"
            "TP53 p.Pro72Arg c.215C>G 51% Likely\n"
            "benign\n"
            "KRAS p.Gly12Asp c.35G>A 12% Likely\n"
            "pathogenic\n",
            [
                ("EGFR", MUT, P, {"alteration": "L858R"}),
                ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 12%"}),
            ],
        ),
        (
            "Gene    Variant              AF      Significance\n"
            "ERBB2   p.(Arg143Gln)        50.2%   Variant of\n"
            "                                     uncertain significance\n"
            "PIK3CA  p.(Glu545Lys)        8.0%    Oncogenic\n",
            [("PIK3CA", MUT, P, {"alteration": "E545K"})],
        ),
        # counter-example: a VUS heading below a result row is a heading, not the row's cell
        (
            "KRAS  p.G12D  23%  Pathogenic\n"
            "Variants of Uncertain Significance\n"
            "BRCA2  p.N372H  49%\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # A section of variants of unknown significance without allele fractions: a grid of
    # 'GENE VARIANT' items, or one gene and its variant a line, after its heading and a note.
    "vus_section_without_fractions": [
        (
            "APPENDIX  VARIANTS OF UNKNOWN SIGNIFICANCE\n"
            "Note: variants of unknown significance were detected in this tumour.\n"
            "BRCA2 N372H     EGFR R521K\nKRAS A146T      MET N375S\n"
            "GENES ASSAYED\nALK BRAF EGFR\n",
            [],
        ),
        ("Variants of Uncertain Significance\nBRCA1\nP871L\nEGFR\nR521K\n", []),
        # counter-example: a findings section after the VUS lines
        (
            "Variants of uncertain significance\nATM D1853N\nGenomic findings\nKRAS G12D\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # The classification or tier stands in the row's first column, before the gene: the row is
    # read as a variant row whose class is that first cell.
    "classification_in_the_first_column": [
        (
            "Classification    Gene     Variant        VAF\n"
            "Pathogenic        KRAS     p.G12D         31%\n"
            "Likely benign     EGFR     p.Q787Q        50%\n"
            "Uncertain         TP53     p.P72R         49%\n",
            [("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 31%"})],
        ),
        (
            "Tier     Gene     Alteration     VAF\n"
            "IA       EGFR     L858R          24%\n"
            "III      BRCA1    K1183R         51%\n",
            [("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 24%"})],
        ),
        (
            "Significance  Gene  Protein change  Allele fraction\n"
            "VUS  ERBB2  p.R143Q  0.51\n"
            "Likely pathogenic  PIK3CA  p.H1047R  0.12\n",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
        # counter-example: a label that is no class ('Result:') leaves the row to the statement
        (
            "Result: NRAS p.Q61K detected\n",
            [("NRAS", MUT, P, {"alteration": "Q61K"})],
        ),
    ],
    # The allele-fraction column stands before the variant's: the share is counted from the
    # gene's cell, and the row is a variant row, not a stain's percentage.
    "fraction_column_before_the_variant": [
        (
            "Gene     Exon   Allele frequency   Coding            Protein\n"
            "EGFR     19     35.6%              c.2235_2249del    p.Glu746_Ala750del\n"
            "TP53     7      40.1%              c.743G>A          p.Arg248Gln\n",
            [
                ("EGFR", MUT, P, {"alteration": "E746_A750del", "value": "VAF 35.6%"}),
                ("TP53", MUT, P, {"alteration": "R248Q", "value": "VAF 40.1%"}),
            ],
        ),
        (
            "Gene     VAF     Variant\nKRAS     27%     p.G12V\nPIK3CA   9%      p.E542K\n",
            [
                ("KRAS", MUT, P, {"alteration": "G12V", "value": "VAF 27%"}),
                ("PIK3CA", MUT, P, {"alteration": "E542K", "value": "VAF 9%"}),
            ],
        ),
    ],
    # A two-line variant cell centred on its row: the notation lines stand above and below
    # the gene's line (also drawn as a PDF below).
    "variant_cell_around_its_row": [
        (
            "Gene      Mutation               Allele frequency\n"
            "          NM_004985.5:c.35G>T\n"
            "KRAS                             23.0%\n"
            "          p.(Gly12Val)\n",
            [("KRAS", MUT, P, {"alteration": "G12V", "value": "VAF 23.0%"})],
        ),
        (
            "Gene  Variant  VAF  Class\nc.1799T>A\nBRAF  18%  Tier IA\np.V600E\n"
            "c.38G>A\nNRAS  2%  Tier III\np.G13D\n",
            [("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 18%"})],
        ),
    ],
    # The class cell of two lines centred on its row: its words run across the row's line.
    "class_cell_around_its_row": [
        (
            "Gene  Variant  VAF  Class\n               Variant of unknown\n"
            "ERBB2  p.R143Q  50%\n               significance\n",
            [],
        ),
        (
            "Gene  Variant  VAF  Class\nLikely\nEGFR  p.Q787R  48%\nbenign\n"
            "Likely\nPIK3CA  p.E545K  9%\npathogenic\n",
            [("PIK3CA", MUT, P, {"alteration": "E545K"})],
        ),
    ],
    # A numbered list of variants: the item's number is no part of the row ('1. EGFR ...').
    "numbered_variant_items": [
        (
            "Detected variants (2)\n1. EGFR exon 21 p.L858R (VAF 26%)\n"
            "2. TP53 exon 5 p.R175H (VAF 31%)\n",
            [
                ("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 26%"}),
                ("TP53", MUT, P, {"alteration": "R175H", "value": "VAF 31%"}),
            ],
        ),
        (
            "Somatic findings:\n(1) EGFR p.Glu746_Ala750del, 18% of reads, pathogenic\n"
            "(2) BRCA2 p.Asn372His, 49% of reads, uncertain significance\n",
            [("EGFR", MUT, P, {"alteration": "E746_A750del"})],
        ),
    ],
    # The assay's own coverage, controls and limits name variants that are no results.
    "assay_coverage_controls_and_limits": [
        ("Mutations tested: KRAS G12A, G12C, G12D, G12R, G12S, G12V, G13D\n", []),
        ("Positive control (EGFR L858R): detected\n", []),
        (
            "Controls: EGFR T790M positive control amplified as expected; no-template control "
            "negative.\n",
            [],
        ),
        (
            "Reference standard: commercial cell-line blend (KRAS G13D, BRAF V600E at 1-5% VAF) "
            "passed.\n",
            [],
        ),
        ("Limit of detection: 5% VAF for KRAS G12/G13 and BRAF V600E\n", []),
        # counter-example: the result after the assay's line, and after a result label
        (
            "Hotspots covered: BRAF V600E, V600K. Result: BRAF V600E detected (VAF 22%).\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "Mutations tested: EGFR exon 19 deletions, L858R, T790M\nResult: EGFR L858R detected\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "Regions tested: EGFR exons 18-21\nResult: No mutation detected.\n",
            [("EGFR", MUT, N, {})],
        ),
    ],
    # A named class of variant with its share of reads, alone on its row, is the gene's
    # mutation: the share is an allele fraction, not a stain's percentage.
    "named_class_with_its_share": [
        (
            "Plasma: EGFR exon 19 deletion detected (0.7%)\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion", "value": "VAF 0.7%"})],
        ),
        (
            "EGFR: exon 19 deletion, 23% of reads\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion", "value": "VAF 23%"})],
        ),
        (
            "MET exon 14 skipping (MAF 1.2%)\n",
            [("MET", MUT, P, {"alteration": "exon 14 skipping", "value": "MAF 1.2%"})],
        ),
        # counter-example: a background share of patients is no row of the specimen
        ("EGFR exon 19 deletions occur in about 45% of EGFR-mutant tumours.\n", []),
    ],
    # --- biomarkers ------------------------------------------------------------------------
    # A stable status with the share of loci found unstable in brackets: the share measures
    # the test, 'unstable' in it is no verdict.
    "stable_with_its_share_of_unstable_loci": [
        (
            "Microsatellite instability (MSI) by NGS: Stable (1.2% unstable loci)\n",
            [("MSI", SIG, N, {})],
        ),
        ("MSI by NGS: Stable (2% of sites unstable)\n", [("MSI", SIG, N, {})]),
        ("Microsatellite status: stable, 3% of loci unstable\n", [("MSI", SIG, N, {})]),
        # counter-example: a high status with its share stays high
        (
            "Microsatellite status: MSI-High (41% of loci unstable)\n",
            [("MSI", SIG, P, {"value": "MSI-H"})],
        ),
    ],
    # A sequencing test that made no call for a marker states no result for it.
    "no_call_is_no_result": [
        ("MSI: Indeterminate\n", []),
        ("Tumor Mutational Burden: Not evaluable\n", []),
        ("ALK fusion - inconclusive (low RNA yield)\n", []),
        # counter-examples: an ISH's own equivocal word, and a call beside the no-call
        ("HER2 FISH: equivocal (ratio 1.9)\n", [("HER2", AMP, "equivocal", {})]),
        ("MSI: Indeterminate\nTMB: 3 mut/Mb (Low)\n", [("TMB", SIG, N, {"value": "3 mut/Mb"})]),
    ],
    # A biomarker's name wrapped in its table cell, the value on the name's first line:
    # 'Tumor Mutational  12 Muts/Mb  High' / 'Burden'.
    "biomarker_name_wrapped_around_its_value": [
        (
            "Biomarker  Result  Interpretation\nTumor Mutational  12 Muts/Mb  High\nBurden\n",
            [("TMB", SIG, P, {"value": "12 mut/Mb"})],
        ),
        (
            "Microsatellite    Stable\nInstability\nTumour mutational   3 mut/Mb   Low\n"
            "burden (TMB)\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, N, {"value": "3 mut/Mb"})],
        ),
    ],
    # A TMB value beside the laboratory's cut-off for high, with no band of its own: the value
    # is read against the cut-off ('high' in the cut-off's words is no band).
    "tmb_value_against_a_stated_cutoff": [
        (
            "Tumour mutational burden      5.3 Mut/Mb     Cut-off for high: 10 Mut/Mb\n",
            [("TMB", SIG, N, {"value": "5.3 mut/Mb"})],
        ),
        (
            "Tumor mutational burden: 6 Muts/Mb; TMB-High cutoff 10 Muts/Mb\n",
            [("TMB", SIG, N, {"value": "6 mut/Mb"})],
        ),
        (
            "TMB   27.1 mut/Mb   (high if >= 10 mut/Mb)\n",
            [("TMB", SIG, P, {"value": "27.1 mut/Mb"})],
        ),
        # the report's own band beside the value, and the cut-off's 'high' after it
        (
            "TMB: 4 mut/Mb - Low (cut-off for high: 10 mut/Mb)\n",
            [("TMB", SIG, N, {"value": "4 mut/Mb"})],
        ),
        (
            "Tumor mutation burden 16 mutations/Mb, high (threshold for TMB-high 10)\n",
            [("TMB", SIG, P, {"value": "16 mut/Mb"})],
        ),
        (
            "Tumor Mutational Burden   6 Muts/Mb   TMB-High is >= 10 Muts/Mb\n",
            [("TMB", SIG, N, {"value": "6 mut/Mb"})],
        ),
        (
            "Tumor mutational burden: 9.8 m/MB  [TMB-H threshold: 10 m/MB]\n",
            [("TMB", SIG, N, {"value": "9.8 mut/Mb"})],
        ),
        (
            "Biomarker     Result        Threshold\nTMB           14.5 Muts/Mb  >=10 Muts/Mb\n",
            [("TMB", SIG, P, {"value": "14.5 mut/Mb"})],
        ),
        ("TMB-High: 15 mut/Mb\n", [("TMB", SIG, P, {"value": "15 mut/Mb"})]),
        # counter-example: no cut-off leaves the value reported
        ("Tumor Mutational Burden (TMB)   12 Muts/Mb   Percentile: 88\n", [("TMB", SIG, R, {})]),
    ],
    # --- copy number and fusions -----------------------------------------------------------
    # A copy-number table whose number stands before the word: 'ERBB2  14  Amplification' under
    # 'Gene  Copy number  Interpretation'; a fold change in its own column likewise.
    "copy_number_before_its_call": [
        (
            "Copy Number Alterations\nGene     Copy Number    Interpretation\n"
            "ERBB2    14             Amplification\nMET      9              Amplified\n",
            [
                ("HER2", AMP, P, {"copy_number": 14.0}),
                ("MET", AMP, P, {"copy_number": 9.0}),
            ],
        ),
        (
            "Gene  Estimated copies  Call\nEGFR  22  Gain (amplification)\n",
            [("EGFR", AMP, P, {"copy_number": 22.0})],
        ),
        (
            "Gene    Alteration         Fold change\nMET     Amplification      3.4\n",
            [("MET", AMP, P, {"value": "fold change 3.4"})],
        ),
        # counter-examples: a copy number called no amplification, and a neutral row
        (
            "Gene  Copy number  Call\nERBB2  2  Not amplified\nMET  3  Neutral\n",
            [("HER2", AMP, N, {})],
        ),
    ],
    # A list labelled amplifications, each gene with its copy number in brackets.
    "amplifications_label_with_bracketed_copies": [
        (
            "Amplifications: ERBB2 (CN=12), CCNE1 (CN=8)\n",
            [("HER2", AMP, P, {"copy_number": 12.0})],
        ),
        (
            "Gene amplifications detected: CDK4 (copy number 14); MET (copy number 9)\n",
            [("MET", AMP, P, {"copy_number": 9.0})],
        ),
        # counter-example: a label of the assay's coverage is no finding
        ("Amplifications reported by this assay: ERBB2, MET, EGFR\n", []),
    ],
    # A liquid biopsy's amplification written short ('Amp') with its plasma level instead of
    # a copy number: 'ERBB2 Amp  High (+++)', 'MET amp  Medium (++)'.
    "short_amp_with_a_plasma_level": [
        (
            "Alteration       % cfDNA or Amplification\nERBB2 Amp        High (+++)\n"
            "MET Amp          Medium (++)\n",
            [("HER2", AMP, P, {}), ("MET", AMP, P, {})],
        ),
        (
            "Detected: EGFR amp (++) and KRAS G12D 0.4%\n",
            [("EGFR", AMP, P, {}), ("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # A rearrangement row of a structural-variant table names its partner in a later cell:
    # 'ALK  Rearrangement  EML4-ALK variant 3', 'RET  Fusion  KIF5B::RET (K15;R12)'.
    "rearrangement_row_with_its_partner": [
        (
            "Structural variants\nGene      Type            Description\n"
            "ALK       Rearrangement   EML4-ALK variant 3\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "Gene  Type  Partner\nRET  Fusion  KIF5B::RET (exons 15;12)\n",
            [("RET", FUS, P, {"alteration": "KIF5B-RET"})],
        ),
        (
            "Structural variant   Type     Exons\nETV6-NTRK3           Fusion   E5:E15\n",
            [("NTRK", FUS, P, {"alteration": "ETV6-NTRK3"})],
        ),
        # counter-example: a row that denies the fusion
        (
            "Gene  Type  Result\nROS1  Fusion  Not detected\nALK  Fusion  Not detected\n",
            [("ROS1", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # 'No evidence of' with an article before the gene: 'no evidence of an ALK rearrangement'.
    "no_evidence_of_an_event": [
        ("There is no evidence of an ALK rearrangement.\n", [("ALK", FUS, N, {})]),
        ("FISH shows no evidence of a ROS1 gene rearrangement.\n", [("ROS1", FUS, N, {})]),
        ("The sample shows no evidence of a KRAS mutation.\n", [("KRAS", MUT, N, {})]),
    ],
    # A heading or a sentence that says the genes were tested and nothing was found in them,
    # before the list: each gene listed is negative.
    "tested_and_nothing_found_before_a_list": [
        (
            "The following genes were evaluated and no alterations were detected:\n"
            "BRAF EGFR KRAS NRAS\n",
            [
                ("BRAF", MUT, N, {}),
                ("EGFR", MUT, N, {}),
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
            ],
        ),
        (
            "Relevant Biomarkers Not Detected\nKRAS, PIK3CA, MET, RET\n",
            [
                ("KRAS", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("MET", MUT, N, {}),
                ("RET", FUS, N, {}),
            ],
        ),
        (
            "Genes analysed, no variants found: BRAF; EGFR; IDH1\n",
            [("BRAF", MUT, N, {}), ("EGFR", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
        # counter-example: genes not tested are no results
        ("Genes not tested: KRAS, NRAS\n", []),
    ],
    # --- lists -----------------------------------------------------------------------------
    # A verdict label before a list of variants: each item is the gene's mutation with its
    # protein change, not the gene's stain ('Positive: TP53 R175H' is no p53 immunostain).
    "verdict_label_before_variants": [
        (
            "Results summary\nPositive: KRAS G12D (32%), TP53 R175H (45%)\n"
            "Negative: ALK, ROS1, RET fusions\n",
            [
                ("KRAS", MUT, P, {"alteration": "G12D"}),
                ("TP53", MUT, P, {"alteration": "R175H"}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("RET", FUS, N, {}),
            ],
        ),
        (
            "POSITIVE - PIK3CA p.His1047Arg; ERBB2 p.Ser310Phe\n",
            [
                ("PIK3CA", MUT, P, {"alteration": "H1047R"}),
                ("HER2", MUT, P, {"alteration": "S310F"}),
            ],
        ),
        # counter-example: a list of stains stays a list of stains
        ("Positive: CK7, TTF-1, ALK\n", [("ALK", "expression", P, {})]),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


# --- layouts drawn as PDFs: what a page's text alone cannot tell ------------------------------


def _table_going_on_over_a_page() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    first = LabPage()
    first.row(700, (54, "Somatic variants"), bold=True, size=11)
    header = ((54, "Gene"), (120, "Protein"), (220, "Coding"), (320, "Allele fraction"))
    first.row(684, *header, (400, "Class"), bold=True)
    first.row(668, (54, "BRAF"), (120, "p.Val600Glu"), (220, "c.1799T>A"), (320, "0.33"))
    first.row(668, (400, "Pathogenic"))
    second = LabPage()
    second.row(700, (54, "KRAS"), (120, "p.Gly13Asp"), (220, "c.38G>A"), (320, "0.12"))
    second.row(700, (400, "Likely pathogenic"))
    second.row(686, (54, "NRAS"), (120, "p.Gln61Arg"), (220, "c.182A>G"), (320, "0.07"))
    second.row(686, (400, "Pathogenic"))
    return lab_pdf(first, second)


def _wrapped_class_in_a_pdf() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    header = ((54, "Gene"), (120, "Protein"), (220, "Coding"), (320, "VAF"), (390, "Class"))
    page.row(682, *header, bold=True)
    page.row(656, (54, "EGFR"), (120, "p.Leu858Arg"), (220, "c.2573T>G"), (320, "33%"))
    page.row(656, (390, "Pathogenic"))
    page.row(640, (54, "BRCA2"), (120, "p.Asn372His"), (220, "c.1114A>C"), (320, "48%"))
    page.row(640, (390, "Uncertain"))
    page.row(630, (390, "significance"))
    page.row(614, (54, "TP53"), (120, "p.Pro72Arg"), (220, "c.215C>G"), (320, "51%"))
    page.row(614, (390, "Likely"))
    page.row(604, (390, "benign"))
    page.row(588, (54, "PIK3CA"), (120, "p.Glu545Lys"), (220, "c.1633G>A"), (320, "9%"))
    page.row(588, (390, "Likely"))
    page.row(578, (390, "pathogenic"))
    return lab_pdf(page)


def _negative_genes_beside_their_heading() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(700, (54, "PIK3CA p.His1047Arg detected (VAF 14%)."))
    page.row(676, (54, "Genes tested with no reportable alterations"), bold=True, size=8)
    page.row(676, (250, "BRAF"), (310, "EGFR"), (370, "HRAS"), (430, "KRAS"))
    page.row(664, (250, "MET"), (310, "NRAS"), (370, "RET"), (430, "IDH1"))
    page.row(640, (54, "Methods"), bold=True)
    page.row(628, (54, "Targeted DNA sequencing of 50 genes; see the appendix."))
    return lab_pdf(page)


def _variant_cell_centred_on_its_row() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    header = ((54, "Gene"), (120, "Variant"), (260, "VAF"), (320, "Classification"))
    page.row(700, *header, bold=True)
    page.row(684, (120, "c.2235_2249del"))
    page.row(676, (54, "EGFR"), (260, "35%"), (320, "Pathogenic"))
    page.row(668, (120, "p.E746_A750del"))
    page.row(650, (120, "c.524G>A"))
    page.row(642, (54, "TP53"), (260, "41%"), (320, "Likely pathogenic"))
    page.row(634, (120, "p.R175H"))
    page.row(616, (120, "c.1114A>C"))
    page.row(608, (54, "BRCA2"), (260, "49%"), (320, "Uncertain significance"))
    page.row(600, (120, "p.N372H"))
    return lab_pdf(page)


def _class_cell_centred_on_its_row() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    header = ((54, "Gene"), (120, "Variant"), (220, "VAF"), (280, "Classification"))
    page.row(700, *header, bold=True)
    page.row(684, (280, "Likely"))
    page.row(676, (54, "KRAS"), (120, "p.G12D"), (220, "23%"))
    page.row(668, (280, "pathogenic"))
    page.row(650, (280, "Uncertain"))
    page.row(642, (54, "BRCA2"), (120, "p.N372H"), (220, "49%"))
    page.row(634, (280, "significance"))
    page.row(616, (280, "Likely"))
    page.row(608, (54, "TP53"), (120, "p.P72R"), (220, "51%"))
    page.row(600, (280, "benign"))
    return lab_pdf(page)


LAYOUTS: dict[str, tuple[object, Expected]] = {
    # The class cell of a tall row is drawn in its middle: 'Uncertain' above the row's line,
    # 'significance' below; the VUS row was a result.
    "class_cell_centred_on_its_row": (
        _class_cell_centred_on_its_row,
        [("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23%"})],
    ),
    # A tall row draws its cells in its middle: the variant's two lines (c. above, p. below)
    # stand around the gene's line, which holds only the share and the class. The share was
    # read as EGFR's and TP53's staining.
    "variant_cell_centred_on_its_row": (
        _variant_cell_centred_on_its_row,
        [
            ("EGFR", MUT, P, {"alteration": "E746_A750del", "value": "VAF 35%"}),
            ("TP53", MUT, P, {"alteration": "R175H", "value": "VAF 41%"}),
        ],
    ),
    # The heading in a left cell, the genes in a grid beside it: the reader joins the heading
    # with the grid's first row, so the heading runs into its genes, without a colon.
    "negative_genes_beside_their_heading": (
        _negative_genes_beside_their_heading,
        [
            ("PIK3CA", MUT, P, {"alteration": "H1047R"}),
            ("BRAF", MUT, N, {}),
            ("EGFR", MUT, N, {}),
            ("HRAS", MUT, N, {}),
            ("KRAS", MUT, N, {}),
            ("MET", MUT, N, {}),
            ("NRAS", MUT, N, {}),
            ("RET", FUS, N, {}),
            ("IDH1", MUT, N, {}),
        ],
    ),
    # The table's header is on the page before its last rows: the rows keep the header's
    # fraction column ('NAF'/'VAF' values) on the next page.
    "table_header_on_the_page_before": (
        _table_going_on_over_a_page,
        [
            ("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 0.33"}),
            ("KRAS", MUT, P, {"alteration": "G13D", "value": "VAF 0.12"}),
            ("NRAS", MUT, P, {"alteration": "Q61R", "value": "VAF 0.07"}),
        ],
    ),
    # A class cell wraps under its row in the PDF's own text; a VUS and a likely benign row
    # are no results, a likely pathogenic one is.
    "classification_cell_wrapped_in_a_pdf": (
        _wrapped_class_in_a_pdf,
        [
            ("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 33%"}),
            ("PIK3CA", MUT, P, {"alteration": "E545K", "value": "VAF 9%"}),
        ],
    ),
}


@pytest.mark.parametrize(("draw", "expected"), [pytest.param(*v, id=k) for k, v in LAYOUTS.items()])
def test_a_laboratory_layout_reads(draw, expected: Expected) -> None:
    pytest.importorskip("reportlab")
    assert_pdf_reads(draw(), expected)
