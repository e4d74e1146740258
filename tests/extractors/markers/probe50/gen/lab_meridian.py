"""Meridian Genomics: a commercial comprehensive-profiling laboratory.
House style: US letter, Helvetica, a teal band on page one, airy coloured result tiles,
a first-page summary and a later 'other alterations' section."""
from reportlab.lib.pagesizes import letter
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate

from common import *

TEAL = colors.HexColor("#0E7C86")
TEAL_LT = colors.HexColor("#DDF1F2")
GREY_LT = colors.HexColor("#F1F2F4")
AMBER_LT = colors.HexColor("#FCEFD6")
INK = colors.HexColor("#1F2A30")

S = {
    "body": style("mg_body", size=8.6, leading=11, color=INK),
    "small": style("mg_small", size=7, leading=8.8, color=colors.HexColor("#4A5560")),
    "h1": style("mg_h1", "Helvetica-Bold", 12.5, color=TEAL, space_before=8, space_after=4, keepWithNext=1),
    "h2": style("mg_h2", "Helvetica-Bold", 9.5, color=INK, space_before=7, space_after=3, keepWithNext=1),
    "cell": style("mg_cell", size=8, leading=10, color=INK),
    "cellb": style("mg_cellb", "Helvetica-Bold", 8, leading=10, color=INK),
    "hdr": style("mg_hdr", "Helvetica-Bold", 7.5, leading=9, color=colors.white),
    "tname": style("mg_tname", "Helvetica-Bold", 9, leading=11, color=INK, align=TA_CENTER),
    "tval": style("mg_tval", "Helvetica-Bold", 13, leading=15, color=TEAL, align=TA_CENTER),
    "tvalg": style("mg_tvalg", "Helvetica", 11, leading=13, color=colors.HexColor("#6B7780"),
                   align=TA_CENTER),
    "tverd": style("mg_tverd", size=7.5, leading=9, color=INK, align=TA_CENTER),
}

HEAD = {
    6601: ("MG-25-041187", "Sep 30, 2025"),
    6602: ("MG-25-044920", "Oct 14, 2025"),
    6603: ("MG-25-047305", "Oct 29, 2025"),
}


class Meridian:
    name = "Meridian Genomics"

    def build(self, path, rid, story):
        acc, rdate = HEAD[rid]
        W, H = letter

        def first(c, doc):
            c.saveState()
            c.setFillColor(TEAL)
            c.rect(0, H - 78, W, 78, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 19)
            c.drawString(44, H - 40, "MERIDIAN GENOMICS")
            c.setFont("Helvetica", 9.5)
            c.drawString(44, H - 56, "MeridianONE\u2122 Comprehensive Tumor Profile  |  DNA 523 genes + RNA 61 fusion drivers")
            c.setFont("Helvetica", 8)
            c.drawRightString(W - 44, H - 36, "Meridian ID  " + acc)
            c.drawRightString(W - 44, H - 48, "Report date  " + rdate)
            c.drawRightString(W - 44, H - 60, "FINAL")
            c.restoreState()

        def later(c, doc):
            c.saveState()
            c.setStrokeColor(TEAL)
            c.setLineWidth(2)
            c.line(44, H - 40, W - 44, H - 40)
            c.setFont("Helvetica-Bold", 8)
            c.setFillColor(TEAL)
            c.drawString(44, H - 34, "MERIDIAN GENOMICS")
            c.setFillColor(INK)
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 44, H - 34, f"{patient(rid)}   |   {acc}   |   {rdate}")
            c.restoreState()

        def foot(c, page, total):
            c.saveState()
            c.setFont("Helvetica", 6.6)
            c.setFillColor(colors.HexColor("#6B7780"))
            c.drawString(44, 28, "Meridian Genomics, Inc.  |  1180 Tidewater Row, Suite 400, Cambridge, MA  |  CLIA 22D9990011  |  "
                                 "client services 617-555-0147  |  meridian-genomics.invalid")
            c.drawRightString(W - 44, 28, f"Page {page} of {total}")
            c.restoreState()

        doc = BaseDocTemplate(str(path), pagesize=letter, leftMargin=44, rightMargin=44,
                              topMargin=50, bottomMargin=46, title=f"MeridianONE report {acc}",
                              author="Meridian Genomics")
        f1 = Frame(44, 46, W - 88, H - 96 - 46, id="f1", leftPadding=0, rightPadding=0)
        f2 = Frame(44, 46, W - 88, H - 50 - 46, id="f2", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate("first", [f1], onPage=first),
                              PageTemplate("later", [f2], onPage=later)])
        doc.build([NextPageTemplate("later")] + story, canvasmaker=numbered(foot))


LAB = Meridian()


def tile(name, value, verdict, kind):
    bg = {"hit": TEAL_LT, "neg": GREY_LT, "ne": AMBER_LT}[kind]
    vstyle = S["tval"] if kind == "hit" else S["tvalg"]
    t = Table([[Paragraph(name, S["tname"])], [Paragraph(value, vstyle)],
               [Paragraph(verdict, S["tverd"])]], colWidths=[118])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LINEABOVE", (0, 0), (-1, 0), 3, TEAL if kind == "hit" else
         (colors.HexColor("#D99A2B") if kind == "ne" else colors.HexColor("#B8C0C6"))),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def tile_grid(tiles, across=4):
    rows = [tiles[i:i + across] for i in range(0, len(tiles), across)]
    rows[-1] += [""] * (across - len(rows[-1]))
    g = Table(rows, colWidths=[131] * across)
    g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return g


def info_block(pairs_left, pairs_right):
    rows = []
    for (a, b), (c, d) in zip(pairs_left, pairs_right):
        rows.append([Paragraph(a, S["small"]), Paragraph(b, S["cellb"]),
                     Paragraph(c, S["small"]), Paragraph(d, S["cellb"])])
    t = Table(rows, colWidths=[78, 184, 86, 176])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREY_LT),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def grid_table(rows, widths, header_bg=TEAL, zebra=True, repeat=1):
    t = Table(cells(rows, S["cell"]), colWidths=widths, repeatRows=repeat)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), header_bg), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#C9D2D6")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    t.setStyle(TableStyle(cmds))
    return t


def hdr(*names):
    return [Paragraph(n, S["hdr"]) for n in names]


def methods_meridian(extra=""):
    return paras(f"""
<b>Assay.</b> MeridianONE sequences the full coding exons of 523 cancer-related genes and selected
introns of 24 genes frequently rearranged in solid tumours from formalin-fixed, paraffin-embedded
(FFPE) tissue, using hybrid capture and paired-end sequencing to a median unique depth above 650x.
Total nucleic acid is split; the RNA portion is enriched for 61 driver genes to detect fusion
transcripts and exon-skipping events. {extra}

<b>Biomarkers.</b> Tumor mutational burden (TMB) counts non-synonymous somatic short variants per
megabase of the 1.2 Mb coding territory after removal of known germline polymorphisms; TMB-High is
defined by Meridian as 10 Muts/Mb or more. Microsatellite status is computed from 128 homopolymer loci
and is reported as MSI-High, MS-Stable or Cannot Be Determined.

<b>Limitations.</b> Variants below 2% variant allele frequency (VAF) and copy-number changes in specimens
with tumor content below 20% may escape detection. This test is not designed to distinguish germline from
somatic alterations; a finding in a gene associated with hereditary cancer should be confirmed in a
germline assay if clinically indicated. A negative result does not exclude an alteration in regions not
covered by the assay.
""", S["small"])


def signoff(director, date):
    return [Spacer(1, 10), Paragraph(
        f"Electronically signed by {director}, Laboratory Director, on {date}. The test was developed and its "
        "performance characteristics determined by Meridian Genomics. It has not been cleared or approved by the US "
        "Food and Drug Administration, which has determined that such clearance or approval is not necessary.",
        S["small"])]


GENES_523 = ("ABL1 ACVR1B AKT1 AKT2 AKT3 ALK ALOX12B AMER1 APC AR ARAF ARFRP1 ARID1A ARID1B ARID2 ASXL1 ATM ATR "
             "ATRX AURKA AURKB AXIN1 AXL BAP1 BARD1 BCL2 BCL2L1 BCL6 BCOR BLM BRAF BRCA1 BRCA2 BRD4 BRIP1 BTK "
             "CALR CARD11 CBL CCND1 CCND2 CCND3 CCNE1 CD274 CD79A CD79B CDH1 CDK12 CDK4 CDK6 CDKN1B CDKN2A "
             "CDKN2B CHEK1 CHEK2 CIC CREBBP CTCF CTNNB1 DDR2 DNMT3A EGFR EP300 EPHA3 ERBB2 ERBB3 ERBB4 ERG "
             "ESR1 EZH2 FANCA FBXW7 FGF19 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GATA3 GNA11 GNAQ GNAS HNF1A "
             "HRAS IDH1 IDH2 JAK2 KDR KEAP1 KIT KMT2A KRAS MAP2K1 MDM2 MED12 MET MLH1 MPL MSH2 MSH6 MTOR "
             "MYC MYCN NF1 NF2 NFE2L2 NKX2-1 NOTCH1 NRAS NRG1 NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PIK3R1 "
             "PMS2 POLE PTCH1 PTEN RAD51C RAD51D RB1 RET RNF43 ROS1 SDHB SMAD4 SMARCA4 SMARCB1 SMO SPOP STK11 "
             "TERT TET2 TP53 TSC1 TSC2 VHL WT1 ... (complete list at meridian-genomics.invalid/genes)")


# --------------------------------------------------------------------------- 6601
@report(6601, LAB, "Tissue DNA+RNA comprehensive profile", "Lung adenocarcinoma",
        ["TIL", "SUM", "STK", "THR", "VUS", "MTH", "NE", "WRP"], [
    L("EGFR", "mutation", "positive", ["L858R", "c.2573T>G"], alteration="L858R"),
    L("TP53", "mutation", "positive", "p.R273H", alteration="R273H"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("BRAF", "mutation", "negative", "BRAF V600 and non-V600"),
    L("ALK", "fusion", "negative", "ALK fusion"),
    L("ROS1", "fusion", "negative", "ROS1 fusion"),
    L("RET", "fusion", "negative", "RET fusion"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3 fusion"),
    L("MET", "mutation", "negative", "MET exon 14 skipping"),
    L("HER2", "mutation", "negative", "ERBB2 mutation"),
    L("HER2", "amplification", "negative", "ERBB2 amplification"),
    L("TMB", "signature", "negative", ["4 Muts/Mb", "TMB-Low"], value="4 mut/Mb"),
    L("MSI", "signature", "negative", "MS-Stable"),
])
def r6601():
    rid = 6601
    s = [Spacer(1, 2), info_block(
        [("Patient", patient(rid)), ("Date of birth", "1957-03-22"), ("Sex", "Female"),
         ("Diagnosis", "Lung adenocarcinoma, stage IVA"), ("Ordering", "Dr. Helena Marchetti-Osei")],
        [("Specimen", "Lung, right lower lobe, CT-guided core"), ("Block", "S25-18830 A2"),
         ("Collected / received", "2025-09-08 / 2025-09-15"), ("Tumor content", "40% (pathologist estimate)"),
         ("Facility", "Lakeshore Thoracic Oncology")])]
    s += [Paragraph("Summary", S["h1"])]
    s += [Table([[Paragraph(
        "<b>1 genomic finding with an FDA-approved therapy in this tumor type</b> &nbsp;&nbsp; "
        "EGFR L858R (exon 21)", S["body"])],
        [Paragraph("<b>Biomarker findings</b> &nbsp;&nbsp; Microsatellite status: MS-Stable &nbsp;&nbsp;|&nbsp;&nbsp; "
                   "Tumor Mutational Burden: 4 Muts/Mb", S["body"])],
        [Paragraph("<b>Additional alterations</b> &nbsp;&nbsp; 3 further alterations without approved therapy "
                   "are listed under <i>Other Alterations Detected</i> (page 3).", S["body"])]],
        colWidths=[524], style=[("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.white),
                                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])]
    s += [Paragraph("NSCLC key biomarkers at a glance", S["h2"])]
    s += [tile_grid([
        tile("EGFR", "L858R", "DETECTED &middot; VAF 31.4%", "hit"),
        tile("KRAS", "&mdash;", "Not detected (incl. G12C)", "neg"),
        tile("ALK fusion", "&mdash;", "Not detected (DNA and RNA)", "neg"),
        tile("ROS1 fusion", "&mdash;", "Not detected (DNA and RNA)", "neg"),
        tile("RET fusion", "&mdash;", "Not detected", "neg"),
        tile("MET exon 14 skipping", "&mdash;", "Not detected (RNA)", "neg"),
        tile("BRAF", "&mdash;", "BRAF V600 and non-V600: not detected", "neg"),
        tile("ERBB2", "&mdash;", "ERBB2 mutation: not detected<br/>ERBB2 amplification: not detected", "neg"),
        tile("NTRK1/2/3 fusion", "&mdash;", "Not detected (RNA)", "neg"),
        tile("Microsatellite status", "MSS", "MS-Stable", "neg"),
        tile("TMB", "4 Muts/Mb", "TMB-Low (cut-off 10)", "neg"),
        tile("PD-L1 (22C3)", "n/a", "Not evaluated &middot; IHC not ordered", "ne"),
    ])]
    s += [Spacer(1, 6), Paragraph(
        "Tiles summarise the alterations most relevant to first-line treatment selection in non-small cell lung "
        "cancer. A grey tile means the assay covered the gene and found no reportable alteration; an amber tile means "
        "the biomarker was not assessed. PD-L1 immunohistochemistry is not part of MeridianONE and can be added on "
        "request to the same block.", S["small"])]

    s += [PageBreak(), Paragraph("Therapy and clinical trial associations", S["h1"])]
    s += [grid_table([
        hdr("Alteration", "Approved in this tumor type", "Approved in other tumor types", "Resistance / notes"),
        ["<b>EGFR</b><br/>L858R", "Osimertinib; Erlotinib; Gefitinib; Afatinib; Dacomitinib; "
         "Erlotinib + ramucirumab; Osimertinib + chemotherapy; Amivantamab + lazertinib", "None", "Co-occurring "
         "TP53 alteration has been associated with shorter progression-free survival on EGFR tyrosine kinase "
         "inhibitors in retrospective series."],
        ["<b>TP53</b><br/>R273H", "None", "None", "No approved therapy; see trials."],
    ], [92, 190, 110, 132])]
    s += [Paragraph("Clinical trials (selected; eligibility must be confirmed by the trial site)", S["h2"])]
    s += [grid_table([
        hdr("Trial", "Phase", "Target / gene", "Nearest site"),
        ["MGX-TR-4417: fourth-generation EGFR inhibitor after osimertinib", "1/2", "EGFR L858R, EGFR C797S",
         "Lakeshore Cancer Pavilion, 4 mi"],
        ["MGX-TR-3902: EGFR/MET bispecific antibody with chemotherapy", "3", "EGFR exon 19 deletion or L858R",
         "Northbank University Hospital, 12 mi"],
        ["MGX-TR-5120: basket of KRAS G12C, BRAF and MET inhibitors", "2", "KRAS, BRAF, MET (not matched "
         "in this patient)", "Regional Oncology Network, 31 mi"],
        ["MGX-TR-2288: p53 reactivating small molecule", "1", "TP53 (Y220C only; not matched)", "Out of state"],
    ], [226, 40, 150, 108])]
    s += [Spacer(1, 5), Paragraph(
        "Trials are matched to the genes in the report; a trial naming a gene in which this patient has no "
        "alteration is shown only when it is the nearest recruiting study for the tumor type.", S["small"])]

    s += [Paragraph("Other Alterations Detected", S["h1"])]
    s += [grid_table([
        hdr("Gene", "Alteration", "VAF / copy number", "Interpretation"),
        ["<b>EGFR</b>", "p.L858R<br/>c.2573T>G<br/>exon 21 of 28", "31.4%",
         "Activating kinase-domain substitution (also shown on page 1). Sensitising to EGFR tyrosine kinase inhibitors."],
        ["<b>TP53</b>", "p.R273H<br/>c.818G>A<br/>exon 8", "27.9%",
         "DNA-binding domain hotspot; loss of function; oncogenic."],
        ["<b>CDKN2A</b>", "Loss<br/>homozygous deletion, exons 1-3", "CN 0",
         "Loss of p16INK4a and p14ARF."],
        ["<b>NKX2-1</b>", "Amplification", "CN 9", "Lineage amplification of uncertain therapeutic significance."],
    ], [62, 130, 76, 256])]
    s += [Paragraph("Variants of unknown significance", S["h2"])]
    s += [Paragraph(
        "ATM p.S1691R (c.5071A>C) &nbsp;&middot;&nbsp; BRCA2 p.K2729N (c.8187G>T) &nbsp;&middot;&nbsp; "
        "ERBB2 p.P1170A (c.3508C>G) &nbsp;&middot;&nbsp; KEAP1 p.A427T (c.1279G>A) &nbsp;&middot;&nbsp; "
        "SMARCA4 p.E1416K. These variants are not currently classified as pathogenic; they are listed for "
        "completeness and should not guide treatment.", S["body"])]

    s += [PageBreak(), Paragraph("Methods, genes assayed and limitations", S["h1"])]
    s += methods_meridian("Median exon coverage for this specimen was 781x; 99.1% of targeted exons were covered "
                          "at 250x or more. RNA yield 1.9 \u00b5g; fusion controls passed.".replace("\u00b5g", "ug"))
    s += [Paragraph("Genes assayed (DNA)", S["h2"]), Paragraph(GENES_523, S["small"])]
    s += [Paragraph("Genes assayed for rearrangement (RNA)", S["h2"]), Paragraph(
        "ALK BRAF EGFR ETV6 FGFR1 FGFR2 FGFR3 MET (exon 14 skipping) NRG1 NTRK1 NTRK2 NTRK3 RET ROS1 and 47 others",
        S["small"])]
    s += [Paragraph("References", S["h2"])] + paras("""
1. Meridian Genomics internal validation of MeridianONE, version 4.2 (2024). &nbsp;
2. Consensus recommendations on tumor mutational burden harmonisation, technical summary. &nbsp;
3. Standards for the interpretation and reporting of sequence variants in cancer, four-tier framework.
""", S["small"])
    s += signoff("Tobias Ferreira-Lund, MD", "2025-09-30")
    return s


# --------------------------------------------------------------------------- 6602
@report(6602, LAB, "Tissue DNA+RNA comprehensive profile (RNA failed)", "Colorectal adenocarcinoma, metastatic",
        ["TIL", "SUM", "STK", "BIO", "FAIL", "THR", "MTH", "NE", "WRP"], [
    L("BRAF", "mutation", "positive", ["V600E", "c.1799T>A"], alteration="V600E"),
    L("MSI", "signature", "positive", "MSI-High"),
    L("TMB", "signature", "positive", ["38.2 Muts/Mb", "TMB-High"], value="38.2 mut/Mb"),
    L("KRAS", "mutation", "negative", ["KRAS wild-type"]),
    L("NRAS", "mutation", "negative", ["NRAS wild-type"]),
    L("HER2", "amplification", "negative", "ERBB2 amplification"),
    L("TP53", "mutation", "positive", "p.R175H", alteration="R175H"),
    L("PIK3CA", "mutation", "positive", "p.E545K", alteration="E545K"),
])
def r6602():
    rid = 6602
    s = [Spacer(1, 2), info_block(
        [("Patient", patient(rid)), ("Date of birth", "1949-11-02"), ("Sex", "Female"),
         ("Diagnosis", "Adenocarcinoma of the ascending colon, liver metastases"), ("Ordering", "Dr. Caspar Lindqvist-Abara")],
        [("Specimen", "Liver, segment VI, wedge resection"), ("Block", "H25-07741 B3"),
         ("Collected / received", "2025-09-19 / 2025-09-29"), ("Tumor content", "60%"),
         ("Facility", "Whitcombe Regional Cancer Centre")])]
    s += [Spacer(1, 6), Table([[Paragraph(
        "<b>PARTIAL RESULT.</b> DNA sequencing passed all quality metrics. The RNA library failed quality control "
        "(insufficient unique reads after deduplication); fusion and exon-skipping results are therefore NOT "
        "EVALUATED in this report. Fusions detectable at the DNA level are reported.", S["body"])]],
        colWidths=[524], style=[("BACKGROUND", (0, 0), (-1, -1), AMBER_LT),
                                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#D99A2B"))])]
    s += [Paragraph("Summary", S["h1"])]
    s += [Paragraph(
        "<b>Biomarker findings:</b> Microsatellite status MSI-High; Tumor Mutational Burden 38.2 Muts/Mb.<br/>"
        "<b>Genomic findings:</b> BRAF V600E; PIK3CA E545K; TP53 R175H; RNF43 G659fs*41.<br/>"
        "<b>Relevant negatives:</b> KRAS wild-type; NRAS wild-type (exons 2, 3 and 4 of each).", S["body"])]
    s += [Paragraph("Colorectal biomarker tiles", S["h2"])]
    s += [tile_grid([
        tile("Microsatellite status", "MSI-H", "MSI-High", "hit"),
        tile("TMB", "38.2 Muts/Mb", "TMB-High &middot; 97th percentile (colorectal)", "hit"),
        tile("BRAF", "V600E", "DETECTED &middot; VAF 22.0%", "hit"),
        tile("KRAS", "&mdash;", "Not detected (exons 2, 3, 4)", "neg"),
        tile("NRAS", "&mdash;", "Not detected (exons 2, 3, 4)", "neg"),
        tile("ERBB2", "&mdash;", "ERBB2 amplification: not detected", "neg"),
        tile("NTRK1/2/3", "n/a", "Not evaluated &middot; RNA failed", "ne"),
        tile("RET / ALK / ROS1", "n/a", "Not evaluated &middot; RNA failed", "ne"),
    ])]
    s += [Spacer(1, 5), Paragraph(
        "Of note for the care team: BRAF V600E in a tumor that is MSI-High is more often sporadic (MLH1 promoter "
        "hypermethylation) than Lynch-associated. MLH1 promoter methylation is not measured by this assay; "
        "mismatch repair protein immunohistochemistry was not submitted with the specimen.", S["small"])]

    s += [PageBreak(), Paragraph("Biomarker detail", S["h1"])]
    bt = Table(cells([
        hdr("Biomarker", "Result", "Meridian call", "Reference / cut-off"),
        ["Tumor Mutational Burden", "38.2 Muts/Mb", "TMB-High", "High if 10 Muts/Mb or more; 97th percentile among "
         "4,112 colorectal specimens in the Meridian database"],
        ["Microsatellite status", "41.6% unstable loci", "MSI-High", "MSI-High if 20% or more of evaluable loci "
         "are unstable; MS-Stable below 8%; 121 of 128 loci evaluable"],
        ["Fusion / splice (RNA)", "&mdash;", "Not evaluated", "RNA library failed; see page 1"],
    ], S["cell"]), colWidths=[110, 100, 84, 230], repeatRows=1)
    bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#C9D2D6")),
                            ("FONTNAME", (2, 1), (2, -1), "Helvetica-Bold")]))
    s += [bt]
    s += [Paragraph("Therapies with potential clinical benefit", S["h2"])]
    s += [grid_table([
        hdr("Finding", "In this tumor type", "Other tumor types", "Trials"),
        ["MSI-High / TMB-High", "Pembrolizumab; Nivolumab; Nivolumab + ipilimumab", "Dostarlimab; Pembrolizumab "
         "(tumor-agnostic)", "2"],
        ["BRAF V600E", "Encorafenib + cetuximab; Encorafenib + cetuximab + FOLFOX", "Dabrafenib + trametinib "
         "(tumor-agnostic)", "3"],
        ["PIK3CA E545K", "None", "Alpelisib; Inavolisib; Capivasertib (breast)", "1"],
    ], [110, 170, 170, 74])]
    s += [Paragraph("Other Alterations Detected", S["h1"])]
    s += [grid_table([
        hdr("Gene", "Variant", "VAF", "Comment"),
        ["<b>BRAF</b>", "p.V600E<br/>c.1799T>A<br/>exon 15", "22.0%", "Class I BRAF alteration; activates MAPK "
         "signalling as a monomer. Listed in the summary."],
        ["<b>PIK3CA</b>", "p.E545K<br/>c.1633G>A<br/>exon 10 (helical)", "18.7%", "Activating hotspot."],
        ["<b>TP53</b>", "p.R175H<br/>c.524G>A<br/>exon 5", "24.4%", "Hotspot; loss of function."],
        ["<b>RNF43</b>", "p.G659fs*41<br/>c.1976delG<br/>exon 9", "31.0%", "Frequent in MSI-High colorectal "
         "cancer; uncertain predictive value."],
        ["<b>ACVR2A</b>", "p.K437fs*5<br/>c.1310delA", "29.5%", "Homopolymer frameshift typical of MSI-High."],
    ], [62, 130, 46, 286])]
    s += [Paragraph("Variants of unknown significance", S["h2"]), Paragraph(
        "APC p.S1400L &middot; ARID1A p.Q1334_R1335insQ &middot; FBXW7 p.R14Q &middot; MSH6 p.T1085fs (mononucleotide "
        "tract, likely secondary to MSI) &middot; POLE p.V411L was NOT detected.", S["body"])]
    s += [PageBreak(), Paragraph("Methods and limitations", S["h1"])]
    s += methods_meridian("For this specimen the DNA median coverage was 702x; the RNA library yielded 0.6 million "
                          "unique reads (threshold 3 million) and was not reported.")
    s += [Paragraph("Genes assayed (DNA)", S["h2"]), Paragraph(GENES_523, S["small"])]
    s += [Paragraph("Re-testing", S["h2"]), Paragraph(
        "Meridian will attempt RNA extraction from block B4 at no charge if requested within 30 days. A second "
        "report would then be issued as an amendment to this one.", S["body"])]
    s += signoff("Tobias Ferreira-Lund, MD", "2025-10-14")
    return s


# --------------------------------------------------------------------------- 6603
@report(6603, LAB, "Tissue DNA profile with companion IHC", "Breast carcinoma, metastatic (chest wall)",
        ["TIL", "SUM", "STK", "BIO", "NEG", "THR", "MTH", "IHC", "PRI", "WRP"], [
    L("HER2", "amplification", "positive", ["ERBB2 amplification", "CN 22"], alteration="amplification"),
    L("HER2", "expression", "positive", "3+", ihc_score="3+"),
    L("ER", "expression", "positive", "95%", percent=95),
    L("PR", "expression", "negative", "0%", percent=0),
    L("PR", "expression", "positive", "PR positive (40%)", percent=40, optional=True),
    L("ER", "expression", "positive", "ER positive (90%)", percent=90, optional=True),
    L("HER2", "expression", "negative", "HER2 negative (IHC 1+)", ihc_score="1+", optional=True),
    L("PIK3CA", "mutation", "positive", "H1047R", alteration="H1047R"),
    L("TP53", "mutation", "positive", "p.Y220C", alteration="Y220C"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("ER", "mutation", "negative", "ESR1", optional=True),
    L("TMB", "signature", "negative", ["3 Muts/Mb"], value="3 mut/Mb"),
    L("MSI", "signature", "negative", "MS-Stable"),
])
def r6603():
    rid = 6603
    s = [Spacer(1, 2), info_block(
        [("Patient", patient(rid)), ("Date of birth", "1971-06-30"), ("Sex", "Female"),
         ("Diagnosis", "Invasive ductal carcinoma of breast, recurrent"), ("Ordering", "Dr. Priya Amundsen-Koh")],
        [("Specimen", "Chest wall nodule, excision"), ("Block", "S25-40218 A1"),
         ("Collected / received", "2025-10-06 / 2025-10-14"), ("Tumor content", "70%"),
         ("Facility", "Harborview Breast Program")])]
    s += [Paragraph("Summary", S["h1"]), Paragraph(
        "Genomic findings with approved therapies in breast cancer: <b>ERBB2 amplification</b> (CN 22); "
        "<b>PIK3CA H1047R</b>. Companion immunohistochemistry performed at Meridian on the same block is shown "
        "below. TMB 3 Muts/Mb; MS-Stable.", S["body"])]
    s += [Paragraph("Breast biomarker tiles (this specimen)", S["h2"])]
    s += [tile_grid([
        tile("ERBB2", "CN 22", "AMPLIFIED", "hit"),
        tile("HER2 IHC (4B5)", "3+", "Positive &middot; complete, intense membrane staining, 90% of cells", "hit"),
        tile("ER IHC (SP1)", "95%", "Positive &middot; strong", "hit"),
        tile("PR IHC (1E2)", "0%", "Negative", "neg"),
        tile("PIK3CA", "H1047R", "DETECTED &middot; VAF 35.2%", "hit"),
        tile("ESR1", "&mdash;", "Ligand-binding domain: not detected", "neg"),
        tile("BRCA1 / BRCA2", "&mdash;", "No pathogenic variant detected", "neg"),
        tile("Ki-67", "n/a", "Not evaluated &middot; not requested", "ne"),
    ])]
    s += [Spacer(1, 6), Paragraph(
        "Clinical history supplied with the requisition: primary left breast carcinoma (2019) reported at an outside "
        "hospital as ER positive (90%), PR positive (40%), HER2 negative (IHC 1+), treated with lumpectomy, "
        "radiotherapy and five years of letrozole. The change of HER2 and PR status between the primary tumour and "
        "this recurrence is discussed on page 2.", S["small"])]
    s += [PageBreak(), Paragraph("Interpretation", S["h1"])] + paras("""
The chest wall recurrence shows high-level ERBB2 amplification by sequencing (estimated 22 copies; ERBB2/chromosome 17
ploidy-adjusted ratio above 8), concordant with HER2 immunohistochemistry scored 3+ on the same block. This represents a
gain of HER2 positivity relative to the 2019 primary (reported HER2 1+ by the referring hospital). Discordance between
primary and recurrent breast cancer occurs in a minority of patients and supports re-biopsy of metastatic disease.

PR was not detected (0% of tumour nuclei) in the recurrence, whereas the primary was reported PR positive. ER remains
strongly expressed. PIK3CA H1047R (kinase domain) is detected at an allele fraction consistent with a clonal event.

No pathogenic alteration was detected in BRCA1 or BRCA2; because this is a tumour-only assay, a germline test is the
appropriate way to establish hereditary risk. TP53 Y220C is also present (see Other Alterations).
""", S["body"])
    s += [Paragraph("Companion immunohistochemistry", S["h2"])]
    s += [grid_table([
        hdr("Stain", "Clone / platform", "Result", "Scoring detail", "Controls"),
        ["Estrogen receptor", "SP1 / Ventana", "Positive", "95% of invasive tumour nuclei, strong; Allred 8", "External and internal: appropriate"],
        ["Progesterone receptor", "1E2 / Ventana", "Negative", "0% of nuclei; internal normal ducts not present", "External: appropriate"],
        ["HER2", "4B5 / Ventana", "Score 3+", "Circumferential, complete, intense membrane staining in about 90% of cells", "Cell line controls 0, 1+, 2+, 3+ performed as expected"],
    ], [90, 74, 58, 186, 116])]
    s += [Paragraph("Scoring criteria (ASCO/CAP): HER2 0 and 1+ negative, 2+ equivocal, 3+ positive; ER and PR positive "
                    "at 1% or more, low positive 1-10%.", S["small"])]
    s += [Paragraph("Therapies", S["h2"])]
    s += [grid_table([
        hdr("Alteration", "Approved in breast cancer", "Trials"),
        ["ERBB2 amplification", "Trastuzumab; Pertuzumab; Trastuzumab deruxtecan; Trastuzumab emtansine; Tucatinib; "
         "Neratinib; Lapatinib", "MGX-TR-6021 (HER2 bispecific)"],
        ["PIK3CA H1047R", "Alpelisib + fulvestrant; Inavolisib + palbociclib + fulvestrant; Capivasertib + fulvestrant",
         "MGX-TR-6230 (mutant-selective PI3K-alpha)"],
        ["ESR1 (not detected)", "Elacestrant is approved for ESR1-mutated disease; not applicable here", "&mdash;"],
    ], [110, 300, 114])]
    s += [PageBreak(), Paragraph("Other Alterations Detected", S["h1"])]
    s += [grid_table([
        hdr("Gene", "Alteration", "VAF / CN", "Note"),
        ["<b>ERBB2</b>", "Amplification<br/>whole gene", "CN 22", "Also in summary; co-amplified GRB7 and MIEN1"],
        ["<b>PIK3CA</b>", "p.H1047R<br/>c.3140A>G<br/>exon 21", "35.2%", "Kinase domain hotspot"],
        ["<b>TP53</b>", "p.Y220C<br/>c.659A>G<br/>exon 6", "41.0%", "Pathogenic; pocket-forming mutation"],
        ["<b>CCND1</b>", "Amplification", "CN 7", "11q13 amplicon with FGF19, FGF3, FGF4"],
        ["<b>GATA3</b>", "p.M294fs*27", "12.3%", "Truncating; frequent in luminal breast cancer"],
    ], [62, 140, 60, 262])]
    s += [Paragraph("Biomarkers", S["h2"]), grid_table([
        hdr("Biomarker", "Value", "Call", "Cut-off"),
        ["TMB", "3 Muts/Mb", "Low", "High at 10 Muts/Mb or more"],
        ["Microsatellite status", "0.8% unstable loci", "MS-Stable", "MSI-High at 20% or more"],
    ], [130, 110, 90, 194])]
    s += [Paragraph("Variants of unknown significance", S["h2"]), Paragraph(
        "BRCA1 p.R1347G (c.4039A>G) &middot; CHEK2 p.E64K &middot; NF1 p.I1824V &middot; PALB2 p.G998E", S["body"])]
    s += [Paragraph("Methods and limitations", S["h1"])]
    s += methods_meridian("Immunohistochemistry was performed on 4 um sections of block A1 using the clones listed; "
                          "fixation time of the excision was recorded as 14 hours.")
    s += signoff("Ines Okabe-Durand, MD, PhD", "2025-10-29")
    return s
