"""Quillon Diagnostics: a liquid biopsy laboratory. House style: A4, Helvetica, a magenta band,
headings with a magenta rule at the left, the current draw's table and the previous draws'
table set side by side, a small swatch legend, and a numbered list of limitations."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from common import *

MAG = colors.HexColor("#A3195B")
MAG_LT = colors.HexColor("#F8E6EF")
SLATE = colors.HexColor("#3B4450")

S = {
    "body": style("ql_body", size=8.8, leading=11.6, color=SLATE),
    "small": style("ql_small", size=7.3, leading=9.1, color=SLATE),
    "h": style("ql_h", "Helvetica-Bold", 10, leading=12, color=MAG, space_before=8, space_after=3, keepWithNext=1),
    "cell": style("ql_cell", size=7.9, leading=9.6, color=SLATE),
    "cellb": style("ql_cellb", "Helvetica-Bold", 7.9, leading=9.6, color=SLATE),
    "hdr": style("ql_hdr", "Helvetica-Bold", 7.5, leading=9, color=colors.white),
    "verdict": style("ql_verdict", "Helvetica-Bold", 13, leading=16, color=MAG),
}

HEAD = {6627: ("QD-0F77-2291", "20 Oct 2025", "28 Oct 2025"), 6628: ("QD-0F81-1046", "03 Nov 2025", "11 Nov 2025")}


class Quillon:
    name = "Quillon Diagnostics"

    def build(self, path, rid, story):
        acc, drawn, rep = HEAD[rid]
        W, H = A4

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(MAG)
            c.rect(0, H - 46, W, 46, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(42, H - 30, "QUILLON")
            c.setFont("Helvetica", 8.5)
            c.drawString(128, H - 30, "QuilLiquid 112  \u2014  circulating tumour DNA profile")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 42, H - 22, f"{patient(rid)}  \u00b7  {acc}")
            c.drawRightString(W - 42, H - 33, f"Sample drawn {drawn}  \u00b7  Report {rep}")
            c.setFillColor(SLATE)
            c.setFont("Helvetica", 6.8)
            c.drawString(42, 26, "Quillon Diagnostics Ltd \u00b7 Unit 7, Marram Science Park, Kestle KS3 8LD \u00b7 +44 1632 960 287 \u00b7 "
                                 "quillon-dx.invalid")
            c.drawRightString(W - 42, 26, f"{pg}/{total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=42, rightMargin=42, topMargin=62, bottomMargin=44,
                                title=f"QuilLiquid report {acc}", author="Quillon Diagnostics")
        doc.build(story, canvasmaker=numbered(page))


LAB = Quillon()


def qtab(rows, widths, shade_first_col=False):
    data = [[Paragraph(c, S["hdr"]) for c in rows[0]]] + cells(rows[1:], S["cell"])
    t = Table(data, colWidths=widths)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), MAG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#D9C2CE")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]
    if shade_first_col:
        cmds.append(("BACKGROUND", (0, 1), (0, -1), MAG_LT))
    t.setStyle(TableStyle(cmds))
    return t


def beside(left, right, lw, rw):
    t = Table([[left, right]], colWidths=[lw, rw])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def particulars(rid, rows):
    t = Table([[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"])] for a, b in rows], colWidths=[110, 401])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 3, MAG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


LIMITS = [
    "The assay detects single-nucleotide variants and small insertions/deletions in 112 genes, amplifications in 18 genes and "
    "rearrangements in ALK, ROS1, RET and NTRK1. Limit of detection 0.2% VAF (95% sensitivity) at 20 ng input.",
    "A variant reported as not detected may be present below the limit of detection or may not be shed into the blood.",
    "Variants found in blood cells (clonal haematopoiesis) can be mistaken for tumour variants. Quillon flags known clonal "
    "haematopoiesis genes and variants but does not sequence white blood cells.",
    "Variants at 40-60% or near 100% VAF may be germline. Germline status is not determined by this test.",
    "Previous draws are shown for context only; their results were reported in earlier Quillon reports and are not repeated as "
    "results here.",
]


# --------------------------------------------------------------------------- 6627
@report(6627, LAB, "Plasma ctDNA, current draw beside previous draws", "Breast carcinoma, HR-positive, metastatic",
        ["SER", "CH", "NEG", "THR", "MTH"], [
    L("PIK3CA", "mutation", "positive", ["p.His1047Arg", "H1047R"], alteration="H1047R"),
    L("ER", "mutation", "positive", ["ESR1", "p.Tyr537Ser"], alteration="Y537S", optional=True),
    L("TP53", "mutation", "negative", "TP53"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("HER2", "amplification", "negative", "ERBB2 amplification"),
    L("MSI", "signature", "negative", "MSI-H"),
])
def r6627():
    rid = 6627
    s = [particulars(rid, [("Patient", patient(rid)), ("Date of birth", "22 Jul 1966"),
                           ("Diagnosis", "Invasive lobular carcinoma of breast, metastatic to bone and liver"),
                           ("Current therapy", "Letrozole + ribociclib since Jan 2025 (clinician-reported)"),
                           ("Requested by", "Dr Yusra Penhallow-Briggs, Kestle Breast Unit"), ("Sample", "2 x 10 mL cfDNA tubes; "
                            "plasma 8.2 mL; cfDNA 31 ng")])]
    s += [Paragraph("Result", S["h"]), Paragraph("ctDNA DETECTED \u2014 2 actionable variants in this sample", S["verdict"])]
    cur = qtab([
        ["Gene", "Variant (this draw, 20 Oct 2025)", "VAF"],
        ["PIK3CA", "c.3140A>G<br/>p.His1047Arg (H1047R)", "4.2%"],
        ["ESR1", "c.1610A>C<br/>p.Tyr537Ser (Y537S)", "1.1%"],
        ["GATA3", "c.1028_1029insT<br/>p.Ser344fs", "2.0%"],
        ["TP53", "p.Arg249Ser", "not detected"],
        ["ESR1", "p.Asp538Gly", "not detected"],
    ], [42, 120, 58], shade_first_col=True)
    prev = qtab([
        ["Variant", "13 Jan 2025", "26 May 2025"],
        ["PIK3CA H1047R", "6.8%", "1.9%"],
        ["ESR1 Y537S", "\u2014", "\u2014"],
        ["GATA3 S344fs", "3.1%", "0.9%"],
        ["TP53 R249S", "0.3%", "0.4%"],
        ["ESR1 D538G", "\u2014", "0.5%"],
    ], [92, 92, 93])
    s += [beside(cur, prev, 226, 285)]
    s += [Spacer(1, 3), Paragraph(
        "Left: the current sample, which is the result of this report. Right: previous Quillon draws for comparison "
        "(\u2014 = not detected). ESR1 Y537S is newly detected; ESR1 D538G, seen in May, and TP53 p.Arg249Ser are not detected in "
        "this sample.", S["small"])]
    s += [Paragraph("Not detected in this sample (selected genes)", S["h"]), Paragraph(
        "AKT1 &nbsp;\u00b7&nbsp; BRCA1 &nbsp;\u00b7&nbsp; BRCA2 &nbsp;\u00b7&nbsp; ERBB2 (variants) &nbsp;\u00b7&nbsp; ERBB2 amplification "
        "&nbsp;\u00b7&nbsp; PALB2 &nbsp;\u00b7&nbsp; PTEN &nbsp;\u00b7&nbsp; TP53 &nbsp;\u00b7&nbsp; MSI-H", S["body"])]
    s += [Paragraph("Flagged variants (not included in the result)", S["h"]), qtab([
        ["Gene", "Variant", "VAF", "Flag"],
        ["TET2", "p.Gln1034*", "1.6%", "Clonal haematopoiesis (typical gene)"],
        ["CHEK2", "p.Ile157Thr", "49.5%", "Possible germline; consider germline testing"],
    ], [60, 150, 60, 241])]
    s += [Paragraph("Therapy associations", S["h"]), qtab([
        ["Finding", "Approved options (HR+/HER2\u2212 advanced breast cancer)", "Trials"],
        ["ESR1 Y537S", "Elacestrant monotherapy after endocrine therapy with a CDK4/6 inhibitor", "QD-TR-14 (oral SERD combinations)"],
        ["PIK3CA H1047R", "Capivasertib + fulvestrant; Alpelisib + fulvestrant; Inavolisib + palbociclib + fulvestrant (first line, "
                          "endocrine-resistant)", "QD-TR-22 (mutant-selective PI3K-alpha)"],
    ], [90, 290, 131])]
    s += [PageBreak(), Paragraph("Interpretation", S["h"]), Paragraph(
        "The emergence of ESR1 Y537S on aromatase inhibitor therapy indicates acquired endocrine resistance in the ligand-binding "
        "domain. The persisting PIK3CA H1047R (present since January) is the trunk alteration. Falling TP53 and GATA3 fractions with "
        "a new ESR1 subclone suggest clonal evolution rather than global progression; imaging correlation is advised.", S["body"])]
    s += [Paragraph("Limitations", S["h"])] + [Paragraph(f"{i}. {t}", S["small"]) for i, t in enumerate(LIMITS, 1)]
    s += [Paragraph("Authorised", S["h"]), Paragraph(
        "Dr Caoimhe Abernethy-Olawale, Consultant Clinical Scientist, 28 Oct 2025. QuilLiquid 112 is a laboratory-developed test.",
        S["small"])]
    return s


# --------------------------------------------------------------------------- 6628
@report(6628, LAB, "Plasma ctDNA, not informative (low ctDNA), previous draws beside", "Lung adenocarcinoma on KRAS G12C inhibitor",
        ["SER", "FAIL", "CH", "MTH"], [])
def r6628():
    rid = 6628
    s = [particulars(rid, [("Patient", patient(rid)), ("Date of birth", "09 Sep 1952"),
                           ("Diagnosis", "Non-small cell lung cancer, adenocarcinoma, stage IV"),
                           ("Current therapy", "Sotorasib since Mar 2025 (clinician-reported)"),
                           ("Requested by", "Dr Tobiah Ravensworth-Achebe, Kestle Chest Clinic"),
                           ("Sample", "2 x 10 mL cfDNA tubes; plasma 7.9 mL; cfDNA 12 ng")])]
    s += [Paragraph("Result", S["h"]), Paragraph("NOT INFORMATIVE \u2014 ctDNA not detected", S["verdict"])]
    s += [Paragraph(
        "No tumour-derived variant was detected above the limit of detection, and the estimated ctDNA fraction is below 0.2%. "
        "In this situation the test cannot distinguish a true absence of the alterations from a tumour that is not shedding DNA "
        "into the blood. <b>This result must not be read as negative for any gene.</b> A tissue biopsy or a repeat draw at "
        "progression is recommended.", S["body"])]
    cur = qtab([
        ["Gene", "This draw (03 Nov 2025)"],
        ["All genes", "Not informative"],
        ["ctDNA fraction", "&lt;0.2%"],
        ["DNMT3A p.Arg882His", "0.7% (CH flag)"],
    ], [80, 140], shade_first_col=True)
    prev = qtab([
        ["Variant", "10 Feb 2025", "16 Jun 2025"],
        ["KRAS G12C", "3.4%", "0.4%"],
        ["TP53 R158L", "2.9%", "\u2014"],
        ["STK11 Q37*", "3.0%", "0.3%"],
        ["DNMT3A R882H (CH)", "0.6%", "0.7%"],
    ], [100, 90, 90])
    s += [Spacer(1, 4), beside(cur, prev, 226, 285)]
    s += [Spacer(1, 3), Paragraph(
        "Right: previous Quillon draws, for comparison only (\u2014 = not detected). The earlier results are not results of this "
        "report. The fall in KRAS G12C between February and June was reported at the time as consistent with response.", S["small"])]
    s += [Paragraph("Clonal haematopoiesis", S["h"]), Paragraph(
        "DNMT3A p.Arg882His is present at a stable low fraction in all three draws, including this one, and is attributed to "
        "clonal haematopoiesis. It is not a tumour finding.", S["body"])]
    s += [Paragraph("Sample quality", S["h"]), qtab([
        ["Metric", "Value", "Acceptance", "Status"],
        ["cfDNA input", "12 ng", "20 ng recommended; 10 ng minimum", "Accepted (low)"],
        ["Unique molecular depth", "2,150x", "1,500x or more", "Pass"],
        ["Estimated LoD at this input", "0.4% VAF", "0.2% at 20 ng", "Reduced sensitivity"],
        ["ctDNA fraction", "below 0.2%", "\u2014", "Not informative"],
    ], [150, 90, 160, 111])]
    s += [PageBreak(), Paragraph("What next", S["h"]), Paragraph(
        "If clinical or radiological progression is suspected, a tissue biopsy is preferred; it can also assess histological "
        "transformation and resistance mechanisms not seen in plasma (e.g. MET amplification, which requires a higher ctDNA "
        "fraction to call). A repeat QuilLiquid draw can be requested free of charge within 60 days (order code QL-R).", S["body"])]
    s += [Paragraph("Limitations", S["h"])] + [Paragraph(f"{i}. {t}", S["small"]) for i, t in enumerate(LIMITS, 1)]
    s += [Paragraph("Authorised", S["h"]), Paragraph(
        "Dr Caoimhe Abernethy-Olawale, Consultant Clinical Scientist, 11 Nov 2025.", S["small"])]
    return s
