"""Brightwater Cancer Institute, Clinical Genomics Laboratory: an academic comprehensive panel.
House style: US letter, Helvetica, full-width blue section bars, key/value particulars,
long VUS tables that break over pages with the header repeated, no-alteration genes in
columns by class, amendment and qualified-report boxes, and a pathologist attestation."""
from reportlab.lib.pagesizes import letter
from reportlab.platypus import SimpleDocTemplate

from common import *

BLUE = colors.HexColor("#1F4E79")
BLUE_LT = colors.HexColor("#E8EEF5")
RED = colors.HexColor("#A61B1B")
ROSE = colors.HexColor("#FBEAEA")

S = {
    "body": style("bw_body", size=8.7, leading=11.2),
    "small": style("bw_small", size=7.2, leading=8.9, color=colors.HexColor("#333333")),
    "bar": style("bw_bar", "Helvetica-Bold", 9, leading=11, color=colors.white),
    "cell": style("bw_cell", size=7.9, leading=9.5),
    "cellb": style("bw_cellb", "Helvetica-Bold", 7.9, leading=9.5),
    "hdr": style("bw_hdr", "Helvetica-Bold", 7.6, leading=9, color=BLUE),
    "h2": style("bw_h2", "Helvetica-Bold", 8.7, leading=11, space_before=4, space_after=2, keepWithNext=1),
}

HEAD = {6622: ("BCI-CGL-25-3318", "10/20/2025"), 6623: ("BCI-CGL-25-3027", "10/01/2025"),
        6624: ("BCI-CGL-25-3466", "11/04/2025")}


class Brightwater:
    name = "Brightwater Cancer Institute"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = letter

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(BLUE)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, H - 34, "Brightwater Cancer Institute")
            c.setFont("Helvetica", 8)
            c.drawString(40, H - 45, "Department of Pathology \u00b7 Clinical Genomics Laboratory \u00b7 BCI-Solid 389")
            c.setFillColor(colors.black)
            c.drawRightString(W - 40, H - 34, f"{patient(rid)}  |  MRN {rid * 13 + 2040117}")
            c.drawRightString(W - 40, H - 45, f"Case {acc}  |  Page {pg} of {total}")
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.8)
            c.line(40, H - 50, W - 40, H - 50)
            c.setFont("Helvetica", 6.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(40, 26, "BCI Clinical Genomics Laboratory \u00b7 900 Lakeview Parkway, Building C, Brightwater, MN \u00b7 CLIA 24D9990615 "
                                 "\u00b7 612-555-0175 \u00b7 bci-genomics.invalid")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=40, rightMargin=40, topMargin=60, bottomMargin=42,
                                title=f"BCI-Solid 389 {acc}", author="Brightwater Cancer Institute")
        doc.build(story, canvasmaker=numbered(page))


LAB = Brightwater()


def bar(text):
    t = Table([[Paragraph(text.upper(), S["bar"])]], colWidths=[532])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return [Spacer(1, 7), t, Spacer(1, 3)]


def kv(rows):
    data = []
    for r in rows:
        data.append([Paragraph(r[0], S["cellb"]), Paragraph(r[1], S["cell"]), Paragraph(r[2], S["cellb"]),
                     Paragraph(r[3], S["cell"])])
    t = Table(data, colWidths=[86, 180, 86, 180])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE_LT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def tab(rows, widths, repeat=1):
    data = [[Paragraph(c, S["hdr"]) for c in rows[0]]] + cells(rows[1:], S["cell"])
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#B7C6D8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def alert(text, colour=RED, bg=ROSE):
    t = Table([[Paragraph(text, S["body"])]], colWidths=[532])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 1.2, colour),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def class_columns(cols):
    head = [Paragraph(h, S["hdr"]) for h, _ in cols]
    body = [Paragraph(", ".join(g), S["cell"]) for _, g in cols]
    t = Table([head, body], colWidths=[532 / len(cols)] * len(cols))
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, BLUE), ("INNERGRID", (0, 0), (-1, -1), 0.25, BLUE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), BLUE_LT)]))
    return t


def attestation(names, date):
    return [Spacer(1, 6), Paragraph(
        "I attest that I have personally reviewed the sequencing data and the interpretation in this report. "
        + names + f" Electronically signed {date}.", S["small"])]


def methods_bw(extra=""):
    return [Paragraph(
        "BCI-Solid 389 targets all coding exons of 389 genes and introns of 31 genes involved in rearrangements (1.6 Mb). "
        "DNA is hybrid-captured and sequenced to a target median depth of 500x after deduplication; RNA from the same block is "
        "analysed with an anchored-multiplex fusion panel (94 genes). Variants are classified in four tiers (AMP/ASCO/CAP); "
        "Tier III variants are listed in the VUS section; Tier IV variants are not reported. TMB: non-synonymous somatic "
        "variants per Mb, high at 10 or more. MSI: 96 loci, stable/indeterminate/high. Copy number: amplification at 5 or "
        "more copies (6 for ERBB2 and MET in a diploid genome), homozygous deletion at 0. " + extra, S["small"]),
        Paragraph("Limitations: variants under 5% allele fraction, low tumour content, and regions of poor coverage may escape "
                  "detection. Germline origin cannot be excluded for variants near 50% or 100% allele fraction.", S["small"])]


# --------------------------------------------------------------------------- 6622
@report(6622, LAB, "Academic comprehensive panel with PD-L1 and mesothelin trial-screening IHC", "Lung adenocarcinoma (sarcomatoid features)",
        ["SPL", "WRP", "VUS", "NEG", "IHC", "BIO", "THR", "MTH"], [
    L("MET", "mutation", "positive", ["exon 14 skipping", "c.3082+2T>C"], alteration="exon 14 skipping"),
    L("MET", "amplification", "negative", "not amplified"),
    L("TP53", "mutation", "positive", "p.C238F", alteration="C238F"),
    L("PD-L1", "expression", "positive", ["TPS", "30%"], percent=30),
    L("Mesothelin", "expression", "positive", ["Mesothelin", "70% of tumor cells"], percent=70),
    L("TMB", "signature", "negative", ["7.9 mut/Mb"], value="7.9 mut/Mb"),
    L("MSI", "signature", "negative", "MS-stable"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("ALK", "fusion", "negative", "ALK"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("RET", "fusion", "negative", "RET"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("PIK3CA", "mutation", "negative", ["PIK3CA*", "no Tier I/II alteration"]),
    L("HER2", "amplification", "negative", "ERBB2, EGFR"),
    L("EGFR", "amplification", "negative", "ERBB2, EGFR"),
])
def r6622():
    rid = 6622
    s = [kv([("Patient", patient(rid), "Case", HEAD[rid][0]), ("DOB / sex", "1946-05-17 / M", "Reported", HEAD[rid][1]),
             ("Specimen", "Lung, right upper lobe, lobectomy; block BS25-80412 D4", "Tumor content", "55% (area selected by pathologist)"),
             ("Diagnosis", "Adenocarcinoma with sarcomatoid (pleomorphic) features", "Requested by", "Dr. Annika Vorster-Lam, Thoracic Oncology")])]
    s += bar("Clinically significant alterations")
    s += [tab([
        ["Gene", "Alteration", "Allele fraction / copies", "Tier", "Comment"],
        ["<b>MET</b>", "c.3082+2T>C (splice donor, intron 14)<br/>RNA: MET exon 14 skipping confirmed (exon 13-15 junction, 2,216 reads)",
         "41%", "IA", "Capmatinib and tepotinib approved for MET exon 14 skipping NSCLC"],
        ["<b>TP53</b>", "p.C238F (c.713G>T), exon 7", "44%", "IIC", "Loss of function"],
        ["<b>MDM2</b>", "Amplification", "12 copies", "IIC", "Co-amplification common with MET exon 14; MDM2 inhibitor trials"],
        ["<b>CDKN2A</b>", "Homozygous deletion", "0 copies", "IIC", "CDK4/6 inhibitor trials"],
    ], [50, 200, 80, 30, 172])]
    s += bar("Biomarkers")
    s += [tab([
        ["Biomarker", "Result", "Interpretation / cut-off"],
        ["Tumor mutational burden", "7.9 mut/Mb", "Not high (high at 10 mut/Mb or more)"],
        ["Microsatellite status", "MS-stable", "0 of 96 loci unstable"],
        ["MET copy number", "3.1", "not amplified (amplification at 6 or more)"],
        ["PD-L1 (22C3)", "TPS 30%", "Low expression (1-49%)"],
    ], [160, 110, 262])]
    s += bar("Trial-screening immunohistochemistry")
    s += [Paragraph(
        "Requested for eligibility screening for study BCI-TR-0917 (mesothelin-directed antibody-drug conjugate). "
        "<b>Mesothelin</b> (clone SP74): membranous staining at 2+ to 3+ intensity in 70% of tumor cells. "
        "Result: POSITIVE, meets the study screening threshold (2+ or more in at least 50% of tumor cells). Appropriate "
        "external control (mesothelioma) stained as expected.", S["body"])]
    s += [Paragraph("HER2 immunohistochemistry and c-MET protein (SP44) were not requested and were not performed.", S["small"])]
    s += bar("Genes with no reportable alterations (selected)")
    s += [class_columns([
        ("Sequence variants", ["EGFR", "KRAS", "NRAS", "BRAF", "ERBB2", "MAP2K1", "PIK3CA*"]),
        ("Rearrangements (DNA and RNA)", ["ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "NRG1", "FGFR2"]),
        ("Copy number", ["ERBB2", "EGFR", "FGFR1", "CCND1"]),
    ])]
    s += [Paragraph("*PIK3CA: a Tier III variant is listed in the VUS table; no Tier I/II alteration.", S["small"])]
    s += bar("Variants of uncertain significance (Tier III)")
    vus = [("ALK", "p.D1529E", "c.4587C>G", "50%"), ("APC", "p.E1317Q", "c.3949G>C", "49%"), ("ARID1B", "p.A1016V", "c.3047C>T", "12%"),
           ("ATM", "p.L2307F", "c.6919C>T", "48%"), ("BRCA2", "p.N1102Y", "c.3304A>T", "51%"), ("CHEK2", "p.E239K", "c.715G>A", "22%"),
           ("CREBBP", "p.P1084L", "c.3251C>T", "18%"), ("EGFR", "p.R521K", "c.1562G>A", "47%"), ("EPHA3", "p.T166N", "c.497C>A", "20%"),
           ("ERBB4", "p.E317K", "c.949G>A", "16%"), ("FAT1", "p.R2506H", "c.7517G>A", "28%"), ("FLT3", "p.V194M", "c.580G>A", "49%"),
           ("GRIN2A", "p.S1137L", "c.3410C>T", "23%"), ("KMT2C", "p.Y987H", "c.2959T>C", "13%"), ("LRP1B", "p.V2722I", "c.8164G>A", "31%"),
           ("NOTCH2", "p.P6S", "c.16C>T", "50%"), ("NTRK1", "p.G18E", "c.53G>A", "27%"), ("PIK3CA", "p.E970K", "c.2908G>A", "19%"),
           ("PTPRD", "p.R561Q", "c.1682G>A", "26%"), ("RET", "p.V648I", "c.1942G>A", "49%"), ("ROS1", "p.S1109L", "c.3326C>T", "21%"),
           ("SETD2", "p.K1960N", "c.5880G>C", "25%"), ("SMARCA4", "p.G1200D", "c.3599G>A", "15%"), ("SPTA1", "p.R1924C", "c.5770C>T", "29%"),
           ("TSC2", "p.R1743Q", "c.5228G>A", "48%"), ("ZFHX3", "p.S2314N", "c.6941G>A", "24%")]
    s += [tab([["Gene", "Protein change", "Coding change", "VAF", "Note"]] +
              [[f"<b>{g}</b>", p, c, v, "Possible germline (about 50%)" if v in ("48%", "49%", "50%", "51%") else ""]
               for g, p, c, v in vus], [60, 120, 120, 50, 182])]
    s += [Paragraph("Tier III variants are not used for treatment decisions. EGFR p.R521K is a frequent population variant.",
                    S["small"])]
    s += bar("Therapy and trial summary")
    s += [tab([
        ["Alteration", "FDA-approved (this indication)", "Other / investigational", "Trials at BCI"],
        ["MET exon 14 skipping", "Capmatinib; Tepotinib", "Crizotinib; Savolitinib (ex-US)", "BCI-TR-0880 (MET ADC)"],
        ["MDM2 amplification", "\u2014", "MDM2 inhibitors", "BCI-TR-0912"],
        ["Mesothelin expression (IHC)", "\u2014", "Mesothelin ADC", "BCI-TR-0917 (screen positive)"],
    ], [120, 150, 130, 132])]
    s += bar("Methods and limitations")
    s += methods_bw("Specimen metrics: median depth 688x; RNA 3.4 million reads.")
    s += attestation("Dr. Theodora Ashgrove-Bello, MD (Molecular Genetic Pathology); Dr. Nikhil Rautenbach, MD (Thoracic Pathology, IHC).",
                     HEAD[rid][1])
    return s


# --------------------------------------------------------------------------- 6623
@report(6623, LAB, "Academic comprehensive panel, amended report", "Urothelial carcinoma of bladder, metastatic",
        ["AMD", "WRP", "VUS", "NEG", "BIO", "PRI", "MTH"], [
    L("HER2", "mutation", "positive", ["p.S310F", "c.929C>T"], alteration="S310F"),
    L("PIK3CA", "mutation", "positive", "p.E545K", alteration="E545K"),
    L("TP53", "mutation", "positive", "p.R280T", alteration="R280T"),
    L("TMB", "signature", "positive", ["14.0 mut/Mb"], value="14.0 mut/Mb"),
    L("MSI", "signature", "negative", "MS-stable"),
    L("HER2", "amplification", "negative", "ERBB2"),
    L("HRAS", "mutation", "negative", "HRAS"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("PD-L1", "expression", "positive", "CPS 12", value="CPS 12", optional=True),
])
def r6623():
    rid = 6623
    s = [alert("<b>AMENDED REPORT.</b> This report supersedes the final report issued 09/26/2025. <b>Reason for amendment:</b> "
               "transcription error in the ERBB2 protein change. The original report listed the ERBB2 variant as p.S310Y; the "
               "correct variant, supported by the sequencing data (c.929C>T), is <b>p.S310F</b>. No other results were changed. "
               "Dr. Ashgrove-Bello notified Dr. Galloway-Itoh by telephone on 10/01/2025 at 09:40.")]
    s += [Spacer(1, 5), kv([("Patient", patient(rid), "Case", HEAD[rid][0]), ("DOB / sex", "1950-10-08 / M", "Amended", HEAD[rid][1]),
                            ("Specimen", "Bladder, transurethral resection; block BT25-7120 A2", "Tumor content", "40%"),
                            ("Diagnosis", "Invasive high-grade urothelial carcinoma", "Requested by", "Dr. Pieter Galloway-Itoh, GU Oncology")])]
    s += bar("Clinically significant alterations")
    s += [tab([
        ["Gene", "Alteration", "VAF", "Tier", "Comment"],
        ["<b>FGFR3</b>", "p.S249C (c.746C>G), exon 7", "35%", "IA", "Erdafitinib approved for FGFR3-altered urothelial carcinoma"],
        ["<b>ERBB2</b>", "p.S310F (c.929C>T), exon 8, extracellular domain<br/><i>[amended; previously listed as p.S310Y]</i>",
         "18%", "IIC", "Activating; HER2-directed antibody-drug conjugates and tyrosine kinase inhibitors in trials"],
        ["<b>PIK3CA</b>", "p.E545K (c.1633G>A), exon 10", "22%", "IIC", "Activating helical-domain hotspot"],
        ["<b>TP53</b>", "p.R280T (c.839G>C), exon 8", "40%", "IIC", ""],
        ["<b>TERT</b>", "c.-124C>T promoter", "38%", "IIC", "Prognostic"],
        ["<b>KDM6A</b>", "p.Q555* (c.1663C>T)", "71%", "IID", "X-linked"],
    ], [50, 210, 36, 30, 206])]
    s += bar("Biomarkers")
    s += [tab([
        ["Biomarker", "Result", "Interpretation"],
        ["Tumor mutational burden", "14.0 mut/Mb", "High (10 mut/Mb or more); APOBEC signature predominant"],
        ["Microsatellite status", "MS-stable", "1 of 96 loci unstable"],
        ["ERBB2 copy number", "2.3", "Not amplified"],
        ["PD-L1", "Not performed at BCI", "Referral letter quotes 22C3 CPS 12 on the June 2025 TURBT (outside laboratory)"],
    ], [150, 130, 252])]
    s += bar("Genes with no reportable alterations (selected)")
    s += [class_columns([
        ("Sequence variants", ["HRAS", "KRAS", "NRAS", "BRAF", "TSC1", "ERCC2"]),
        ("Rearrangements", ["FGFR3 (TACC3 and other partners)", "FGFR2", "NTRK (RNA failed: see note)"]),
    ])]
    s += [Paragraph("Note: RNA extraction did not meet quality thresholds in the original and in the amended report; FGFR2/3 and "
                    "NTRK fusions are detectable at the DNA level only for baited introns (FGFR3 intron 17, FGFR2 intron 17). NTRK "
                    "fusion status is therefore not reported.", S["small"])]
    s += bar("Variants of uncertain significance")
    s += [tab([
        ["Gene", "Variant", "VAF"],
        ["ARID1A", "p.S11G (c.31A>G)", "47%"],
        ["BRCA1", "p.E1038G (c.3113A>G)", "50%"],
        ["ERBB3", "p.R475W (c.1423C>T)", "9%"],
        ["MSH6", "p.G39E (c.116G>A)", "49%"],
        ["NOTCH1", "p.A465T (c.1393G>A)", "24%"],
    ], [100, 250, 182])]
    s += [PageBreak()] + bar("Interpretation")
    s += [Paragraph(
        "FGFR3 p.S249C is the principal actionable alteration (erdafitinib after prior therapy). ERBB2 p.S310F is an activating "
        "extracellular-domain mutation; trastuzumab deruxtecan is approved tumour-agnostically for HER2-positive (IHC 3+) solid "
        "tumours, but an ERBB2 mutation alone does not establish HER2 protein overexpression; HER2 immunohistochemistry is "
        "suggested. The elevated TMB with an APOBEC signature is typical of urothelial carcinoma.", S["body"])]
    s += bar("Amendment history")
    s += [tab([
        ["Version", "Date", "Change", "By"],
        ["Final", "09/26/2025", "Original report", "T. Ashgrove-Bello"],
        ["Amended 1", "10/01/2025", "ERBB2 protein change corrected from p.S310Y to p.S310F", "T. Ashgrove-Bello"],
    ], [70, 70, 272, 120])]
    s += bar("Methods and limitations")
    s += methods_bw("Specimen metrics: median depth 604x; RNA below threshold (0.4 million reads).")
    s += attestation("Dr. Theodora Ashgrove-Bello, MD (Molecular Genetic Pathology).", HEAD[rid][1])
    return s


# --------------------------------------------------------------------------- 6624
@report(6624, LAB, "Academic comprehensive panel, qualified (partially failed) report", "Prostate adenocarcinoma, metastatic (bone)",
        ["FAIL", "NEG", "BIO", "MTH", "NE"], [
    L("BRCA2", "mutation", "positive", ["homozygous deletion", "0 copies"], alteration="homozygous deletion", optional=True),
    L("TP53", "mutation", "positive", ["p.G245S", "c.733G>A"], alteration="G245S"),
    L("AR", "amplification", "negative", "AR"),
    L("AR", "mutation", "negative", "AR"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
])
def r6624():
    rid = 6624
    s = [alert("<b>QUALIFIED REPORT \u2014 LIMITED SPECIMEN.</b> Decalcified bone biopsy (EDTA). DNA met the minimum input (41 ng) but "
               "library complexity was low: median depth 212x (target 500x). Sensitivity is reduced for variants below 10% allele "
               "fraction. <b>RNA failed</b> (no usable library): fusions are NOT EVALUATED. <b>TMB</b> is not reported (fewer than "
               "0.8 Mb callable). <b>MSI</b> is indeterminate (41 of 96 loci evaluable).", colour=colors.HexColor("#B7791F"),
               bg=colors.HexColor("#FFF6E0"))]
    s += [Spacer(1, 5), kv([("Patient", patient(rid), "Case", HEAD[rid][0]), ("DOB / sex", "1957-03-14 / M", "Reported", HEAD[rid][1]),
                            ("Specimen", "Bone, left iliac crest, core biopsy; block BB25-3310 A1 (EDTA-decalcified)",
                             "Tumor content", "70%"),
                            ("Diagnosis", "Metastatic prostatic adenocarcinoma", "Requested by", "Dr. Lorcan Whitfield-Asante")])]
    s += bar("Results")
    s += [tab([
        ["Gene", "Alteration", "Copies / VAF", "Tier", "Comment"],
        ["<b>BRCA2</b>", "Homozygous deletion, exons 1-27 (whole gene)", "0 copies", "IA",
         "PARP inhibitor eligibility (olaparib; rucaparib; talazoparib + enzalutamide). Both copies lost in tumor; a deletion "
         "cannot be germline in both alleles, but germline testing is still advised for a possible heterozygous deletion."],
        ["<b>TP53</b>", "p.G245S (c.733G>A), exon 7", "58%", "IIC", "Loss of function"],
        ["<b>PTEN</b>", "Loss not assessable", "\u2014", "\u2014", "Copy number calls for small deletions unreliable at this depth"],
        ["<b>SPOP</b>", "No alteration", "\u2014", "\u2014", ""],
    ], [50, 180, 60, 30, 212])]
    s += bar("Biomarkers")
    s += [tab([
        ["Biomarker", "Result", "Comment"],
        ["Tumor mutational burden", "Not reported", "Insufficient callable territory"],
        ["Microsatellite status", "Indeterminate", "Too few evaluable loci; MMR immunohistochemistry recommended"],
        ["Fusions (RNA)", "Not evaluated", "RNA failed; TMPRSS2::ERG status unknown"],
    ], [150, 110, 272])]
    s += bar("Genes with no reportable alterations (selected)")
    s += [class_columns([
        ("Sequence variants", ["AR", "BRCA1", "ATM", "CDK12", "PALB2", "CHEK2"]),
        ("Copy number", ["AR (no amplification)", "MYC"]),
    ])]
    s += [Paragraph("AR: no ligand-binding-domain variant and no amplification, as expected in a castration-sensitive tumor. "
                    "Negative results in this qualified report carry reduced sensitivity.", S["small"])]
    s += [PageBreak()] + bar("Specimen quality metrics")
    s += [tab([
        ["Metric", "This specimen", "Laboratory minimum", "Status"],
        ["DNA input", "41 ng", "40 ng", "Pass"],
        ["DNA integrity number", "2.4", "2.0", "Pass (marginal)"],
        ["Median deduplicated depth", "212x", "500x", "Below target"],
        ["Targets at 100x or more", "81%", "95%", "Below target"],
        ["Callable coding territory", "0.52 Mb", "0.80 Mb for TMB", "TMB not reported"],
        ["MSI loci evaluable", "41 of 96", "60 of 96", "MSI indeterminate"],
        ["RNA library", "No library", "1.0 million reads", "Failed"],
    ], [170, 110, 130, 122])]
    s += bar("Recommendations")
    s += [Paragraph(
        "1. Germline testing for hereditary cancer genes including BRCA2. 2. If additional tissue is obtained (soft tissue or "
        "lymph node, not decalcified), repeat sequencing would allow TMB, MSI and fusion assessment. 3. A plasma cfDNA assay is "
        "an alternative for MSI and TMB but cannot reliably detect homozygous deletions.", S["body"])]
    s += bar("Methods and limitations")
    s += methods_bw("EDTA decalcification preserves nucleic acids better than acid decalcification but still reduces library "
                    "complexity. Acid-decalcified specimens are not accepted.")
    s += attestation("Dr. Marguerite Ekwueme-Hollis, MD (Molecular Genetic Pathology).", HEAD[rid][1])
    return s
