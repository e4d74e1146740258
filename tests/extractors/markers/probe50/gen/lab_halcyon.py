"""Halcyon Liquid Dx: a plasma cell-free DNA laboratory with serial monitoring.
House style: US letter, Helvetica, navy bar with an orange accent, a serial-draw table with a
shaded current column, a drawn VAF trend chart, and 'no alteration detected' genes in columns."""
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String, Circle
from reportlab.lib.pagesizes import letter
from reportlab.platypus import SimpleDocTemplate

from common import *

NAVY = colors.HexColor("#1B2A4A")
ORANGE = colors.HexColor("#E8772E")
PALE = colors.HexColor("#FFF1E6")
LINE = colors.HexColor("#C7CCD6")

S = {
    "body": style("hl_body", size=8.8, leading=11.4),
    "small": style("hl_small", size=7.2, leading=9, color=colors.HexColor("#444A55")),
    "h1": style("hl_h1", "Helvetica-Bold", 11, color=NAVY, space_before=9, space_after=4, keepWithNext=1),
    "h2": style("hl_h2", "Helvetica-Bold", 9, color=ORANGE, space_before=6, space_after=2, keepWithNext=1),
    "cell": style("hl_cell", size=8, leading=9.8),
    "cellc": style("hl_cellc", size=8, leading=9.8, align=TA_CENTER),
    "hdr": style("hl_hdr", "Helvetica-Bold", 7.6, leading=9, color=colors.white, align=TA_CENTER),
    "hdrl": style("hl_hdrl", "Helvetica-Bold", 7.6, leading=9, color=colors.white),
    "big": style("hl_big", "Helvetica-Bold", 10, leading=13, color=NAVY),
}

HEAD = {
    6604: ("HLX-2509-30412", "15-Sep-2025", "22-Sep-2025"),
    6605: ("HLX-2510-31877", "06-Oct-2025", "13-Oct-2025"),
    6606: ("HLX-2508-29005", "25-Aug-2025", "02-Sep-2025"),
}


class Halcyon:
    name = "Halcyon Liquid Dx"

    def build(self, path, rid, story):
        acc, drawn, issued = HEAD[rid]
        W, H = letter

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(NAVY)
            c.rect(0, H - 54, W * 0.58, 54, stroke=0, fill=1)
            c.setFillColor(ORANGE)
            c.rect(W * 0.58, H - 54, 6, 54, stroke=0, fill=1)
            c.circle(58, H - 27, 9, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 17)
            c.drawString(74, H - 33, "halcyon")
            c.setFont("Helvetica", 8)
            c.drawString(148, H - 33, "LIQUID Dx  |  Halcyon ctDx-74 plasma panel")
            c.setFillColor(NAVY)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(W - 40, H - 22, patient(rid))
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 40, H - 34, "Accession " + acc)
            c.drawRightString(W - 40, H - 45, f"Blood drawn {drawn}  \u00b7  Reported {issued}")
            c.setStrokeColor(LINE)
            c.line(40, 40, W - 40, 40)
            c.setFont("Helvetica", 6.5)
            c.setFillColor(colors.HexColor("#555B66"))
            c.drawString(40, 30, "Halcyon Liquid Dx LLC \u00b7 77 Quarry Bend Road, Durham, NC \u00b7 CLIA 34D9990458 \u00b7 CAP 9900312 "
                                 "\u00b7 Tel 919-555-0183 \u00b7 halcyon-dx.invalid")
            c.drawRightString(W - 40, 30, f"{pg} / {total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=40, rightMargin=40, topMargin=68,
                                bottomMargin=52, title=f"Halcyon ctDx-74 {acc}", author="Halcyon Liquid Dx")
        doc.build(story, canvasmaker=numbered(page))


LAB = Halcyon()


def ptable(rows, widths, current_col=None, head_color=NAVY, repeat=1, center_from=2):
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, c in enumerate(row):
            if isinstance(c, str):
                if i == 0:
                    st = S["hdrl"] if j < center_from else S["hdr"]
                else:
                    st = S["cell"] if j < center_from else S["cellc"]
                out.append(Paragraph(c, st))
            else:
                out.append(c)
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=repeat)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), head_color), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if current_col is not None:
        cmds += [("BACKGROUND", (current_col, 1), (current_col, -1), PALE),
                 ("BACKGROUND", (current_col, 0), (current_col, 0), ORANGE),
                 ("BOX", (current_col, 0), (current_col, -1), 1, ORANGE)]
    t.setStyle(TableStyle(cmds))
    return t


def trend(dates, series, ymax, width=520, height=150):
    """Draw a VAF-over-time chart with shapes only; series = [(label, [values or None])]."""
    d = Drawing(width, height)
    x0, y0, x1, y1 = 46, 24, width - 110, height - 12
    d.add(Rect(x0, y0, x1 - x0, y1 - y0, strokeColor=LINE, fillColor=None, strokeWidth=0.5))
    for k in range(5):
        y = y0 + (y1 - y0) * k / 4
        d.add(Line(x0, y, x1, y, strokeColor=LINE, strokeWidth=0.3))
        d.add(String(x0 - 4, y - 3, f"{ymax * k / 4:.1f}%", fontName="Helvetica", fontSize=6.5, textAnchor="end"))
    xs = [x0 + (x1 - x0) * (i + 0.5) / len(dates) for i in range(len(dates))]
    for x, dt in zip(xs, dates):
        d.add(String(x, y0 - 11, dt, fontName="Helvetica", fontSize=6.5, textAnchor="middle"))
    palette = [NAVY, ORANGE, colors.HexColor("#3F8F5B"), colors.HexColor("#8E4CA8"), colors.HexColor("#9A9A9A")]
    for n, (lab, vals) in enumerate(series):
        col = palette[n % len(palette)]
        pts = []
        for x, v in zip(xs, vals):
            y = y0 + (y1 - y0) * min((v or 0.0), ymax) / ymax
            pts += [x, y]
            d.add(Circle(x, y, 2, fillColor=col if v else colors.white, strokeColor=col, strokeWidth=0.8))
        d.add(PolyLine(pts, strokeColor=col, strokeWidth=1))
        d.add(Rect(x1 + 10, y1 - 10 - n * 13, 7, 7, fillColor=col, strokeColor=None))
        d.add(String(x1 + 21, y1 - 9 - n * 13, lab, fontName="Helvetica", fontSize=6.8))
    return d


def columns_of_negatives(cols, widths):
    head = [Paragraph(h, S["hdrl"]) for h, _ in cols]
    body = [Paragraph("<br/>".join(g), S["cell"]) for _, g in cols]
    t = Table([head, body], colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, LINE), ("INNERGRID", (0, 0), (-1, -1), 0.4, LINE)]))
    return t


def patient_box(rows):
    t = Table([[Paragraph(a, S["small"]), Paragraph(b, S["cell"]), Paragraph(c, S["small"]), Paragraph(d, S["cell"])]
               for a, b, c, d in rows], colWidths=[80, 180, 92, 180])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def methods_halcyon(extra=""):
    return paras(f"""
<b>How the test works.</b> Two 10 mL Streck tubes of whole blood are centrifuged within 7 days of collection.
Cell-free DNA (cfDNA) is extracted from plasma, tagged with unique molecular identifiers, and sequenced with a
hybrid-capture panel of 74 genes (complete exons of 38 genes, hotspots of 28 genes, introns of 8 genes for
rearrangements). Reported variant allele fractions are the percentage of cfDNA fragments carrying the variant.
{extra}

<b>Limits.</b> Limit of detection 0.1% VAF for single-nucleotide variants at 30 ng input, 0.2% for
insertions/deletions and fusions; plasma copy number above 2.2 is called amplified. A result of
<i>not detected</i> (ND) does not rule out the alteration in the tumour, particularly when the tumour fraction is low.
Variants in genes commonly mutated in blood cells (e.g. DNMT3A, TET2, ASXL1, PPM1D, JAK2 and some TP53 variants)
can arise from clonal haematopoiesis rather than the tumour. Blood TMB (bTMB) is computed over 0.9 Mb and has not
been validated against tissue TMB thresholds.
""", S["small"])


def signature(who, when):
    return [Spacer(1, 8), Paragraph(f"Reviewed and released by {who} \u2014 {when}. Halcyon ctDx-74 is a laboratory-developed "
                                    "test; results should be interpreted with other clinical and pathological findings.",
                                    S["small"])]


# --------------------------------------------------------------------------- 6604
@report(6604, LAB, "Plasma cfDNA panel, serial monitoring (4 draws)", "Lung adenocarcinoma on osimertinib",
        ["SER", "CH", "NEG", "BIO", "THR", "MTH"], [
    L("EGFR", "mutation", "positive", ["E746_A750del"], alteration="E746_A750del"),
    L("EGFR", "mutation", "positive", "C797S", alteration="C797S"),
    L("EGFR", "mutation", "negative", "T790M", alteration="T790M", optional=True),
    L("TP53", "mutation", "positive", "R248W", alteration="R248W"),
    L("MET", "amplification", "positive", ["MET amplification", "CN 2.6"], alteration="amplification"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("PIK3CA", "mutation", "negative", "PIK3CA"),
    L("ALK", "fusion", "negative", "ALK"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("RET", "fusion", "negative", "RET"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("HER2", "amplification", "negative", "ERBB2"),
    L("MSI", "signature", "negative", ["MSI-High", "NOT DETECTED"]),
    L("TMB", "signature", "reported", "9 mut/Mb", value="9 mut/Mb"),
])
def r6604():
    rid = 6604
    s = [patient_box([
        ("Patient", patient(rid), "Date of birth", "1962-08-14"),
        ("Diagnosis", "Non-small cell lung cancer, adenocarcinoma", "Ordering clinician", "Dr. Rafaela Szymanski"),
        ("Specimen", "Peripheral blood, 2 x 10 mL cfDNA tubes", "Draw", "4 of 4 in this series"),
        ("Therapy at draw", "Osimertinib since 2024-11 (per requisition)", "Clinic", "Eastfield Cancer Associates"),
    ])]
    s += [Paragraph("Result of this draw (15-Sep-2025)", S["h1"])]
    s += [Paragraph("Circulating tumour DNA <b>DETECTED</b> \u2014 estimated tumour fraction 3.3%", S["big"])]
    s += [Spacer(1, 4), ptable([
        ["Gene", "Alteration", "% cfDNA", "Change since last draw", "Therapy association"],
        ["EGFR", "p.E746_A750del (exon 19 deletion)<br/>c.2235_2249del15", "2.9%", "Rising (0.9% on 02-Jun-2025)",
         "Sensitising; EGFR TKIs"],
        ["EGFR", "p.C797S<br/>c.2390G>C, in cis with exon 19 deletion", "0.4%", "New", "Resistance to osimertinib"],
        ["MET", "Amplification", "CN 2.6", "New", "Bypass resistance; MET inhibitor combinations in trials"],
        ["TP53", "p.R248W<br/>c.742C>T", "1.1%", "Rising (0.5%)", "None"],
        ["EGFR", "p.T790M", "ND", "No longer detected (0.6% on 02-Jun-2025)", "&mdash;"],
    ], [46, 168, 50, 120, 148], current_col=2)]
    s += [Spacer(1, 5), Paragraph(
        "Variant allele fractions refer to this draw only. The table of all draws is on page 2. One variant detected in "
        "every draw (DNMT3A p.R882H, 0.8-0.9%) is attributed to clonal haematopoiesis and is not listed above.", S["small"])]
    s += [Paragraph("Biomarkers", S["h2"]), ptable([
        ["Biomarker", "Result", "Comment"],
        ["MSI-High", "NOT DETECTED", "Evaluated at 90 loci"],
        ["Blood TMB", "9 mut/Mb", "No validated clinical cut-off; reported for information"],
    ], [110, 110, 312], center_from=1)]
    s += [Paragraph("Interpretation", S["h2"]), Paragraph(
        "Rising exon 19 deletion with a new EGFR C797S and new plasma MET amplification at 3.3% tumour fraction is consistent "
        "with molecular progression on osimertinib. T790M, detected on 02-Jun-2025, is not detected in this sample; C797S "
        "arising in cis on the exon 19 deletion allele (same reads) predicts resistance to first-, second- and third-generation "
        "inhibitors alike. Tissue biopsy may be considered to assess histological transformation, which plasma cannot "
        "exclude.", S["body"])]

    s += [PageBreak(), Paragraph("Serial monitoring \u2014 all Halcyon draws for this patient", S["h1"])]
    s += [ptable([
        ["Gene", "Alteration", "04-Nov-2024<br/>baseline", "17-Feb-2025", "02-Jun-2025", "15-Sep-2025<br/>CURRENT"],
        ["EGFR", "p.E746_A750del", "8.1%", "ND", "0.9%", "2.9%"],
        ["EGFR", "p.T790M", "ND", "ND", "0.6%", "ND"],
        ["EGFR", "p.C797S", "ND", "ND", "ND", "0.4%"],
        ["TP53", "p.R248W", "5.2%", "ND", "0.5%", "1.1%"],
        ["MET", "amplification (plasma CN)", "2.0 (not amplified)", "1.9", "2.1", "2.6 amplified"],
        ["PIK3CA", "p.E545K", "0.3%", "ND", "ND", "ND"],
        ["DNMT3A (CH)", "p.R882H", "0.8%", "0.9%", "0.8%", "0.9%"],
        ["", "Tumour fraction", "9.4%", "&lt;0.5%", "1.2%", "3.3%"],
    ], [62, 118, 86, 82, 82, 102], current_col=5)]
    s += [Spacer(1, 3), Paragraph(
        "ND, not detected. CH, clonal haematopoiesis: variant present at a stable fraction in all draws including the draw with "
        "undetectable tumour DNA; in a gene typical of blood-cell clones; not considered tumour-derived. Earlier draws are "
        "shown for trend only; their results were reported at the time in separate reports (HLX-2411-20117, HLX-2502-23460, "
        "HLX-2506-27119).", S["small"])]
    s += [Spacer(1, 6), Paragraph("Variant allele fraction over time", S["h2"])]
    s += [trend(["Nov-24", "Feb-25", "Jun-25", "Sep-25"], [
        ("EGFR ex19del", [8.1, None, 0.9, 2.9]), ("EGFR T790M", [None, None, 0.6, None]),
        ("EGFR C797S", [None, None, None, 0.4]), ("TP53 R248W", [5.2, None, 0.5, 1.1])], 10.0)]
    s += [Paragraph("Genes analysed with no alteration detected in this draw", S["h1"])]
    s += [columns_of_negatives([
        ("Short variants", ["AKT1", "BRAF", "ERBB2", "KEAP1", "KRAS", "MAP2K1", "NRAS", "PIK3CA", "STK11", "and 29 other genes"]),
        ("Rearrangements", ["ALK", "FGFR2", "FGFR3", "NRG1", "NTRK1", "RET", "ROS1"]),
        ("Amplifications", ["CCNE1", "CDK4", "ERBB2", "FGFR1", "MYC"]),
    ], [177, 177, 178])]
    s += [Spacer(1, 3), Paragraph("PIK3CA p.E545K was detected only at baseline (0.3%) and is not detected in this draw.",
                                  S["small"])]
    s += [PageBreak(), Paragraph("Therapies and trials linked to findings in this draw", S["h1"])]
    s += [ptable([
        ["Finding", "Options to discuss", "Trials near the ordering clinic"],
        ["EGFR C797S in cis + exon 19 deletion", "Chemotherapy-based regimens; amivantamab-containing regimens",
         "HLX-T-118 (EGFR fourth-generation TKI, C797S allowed); HLX-T-140"],
        ["MET amplification (plasma)", "Osimertinib + MET TKI (investigational); tissue confirmation advised",
         "HLX-T-152 (savolitinib combination; MET IHC or FISH required)"],
        ["TP53 R248W", "None", "&mdash;"],
    ], [150, 190, 192], center_from=3)]
    s += [Paragraph("About this test", S["h1"])] + methods_halcyon(
        "This sample: 38 ng cfDNA input; median unique depth 4,150x; all QC metrics passed.")
    s += signature("Anneliese Morrow-Baptiste, PhD, FACMG", "22-Sep-2025")
    return s


# --------------------------------------------------------------------------- 6605
@report(6605, LAB, "Plasma cfDNA panel, serial monitoring (3 draws)", "Colorectal adenocarcinoma on anti-EGFR therapy",
        ["SER", "PRI", "NEG", "THR", "MTH"], [
    L("KRAS", "mutation", "positive", ["p.G12D", "c.35G>A"], alteration="G12D"),
    L("NRAS", "mutation", "positive", "p.Q61K", alteration="Q61K"),
    L("EGFR", "mutation", "positive", "p.S492R", alteration="S492R"),
    L("TP53", "mutation", "positive", "p.R213*", alteration="R213*"),
    L("PIK3CA", "mutation", "negative", "PIK3CA"),
    L("BRAF", "mutation", "negative", "BRAF p.V600E"),
    L("HER2", "amplification", "negative", "ERBB2"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("MET", "amplification", "negative", "MET"),
    L("ALK", "fusion", "negative", "ALK"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("RET", "fusion", "negative", "RET"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("MSI", "signature", "negative", ["MSI-High", "NOT DETECTED"]),
    L("KRAS", "mutation", "negative", "KRAS, NRAS and BRAF wild-type", optional=True),
    L("NRAS", "mutation", "negative", "KRAS, NRAS and BRAF wild-type", optional=True),
])
def r6605():
    rid = 6605
    s = [patient_box([
        ("Patient", patient(rid), "Date of birth", "1966-01-09"),
        ("Diagnosis", "Adenocarcinoma of sigmoid colon, metastatic to lung", "Ordering clinician", "Dr. Mateus Oyelaran"),
        ("Specimen", "Peripheral blood", "Draw", "3 of 3"),
        ("Therapy", "FOLFIRI + panitumumab since 03-2025", "Clinic", "St. Brendan Oncology Partners"),
    ])]
    s += [Paragraph("Why this test was ordered", S["h2"]), Paragraph(
        "Rising CEA on anti-EGFR therapy. The primary tumour was reported KRAS, NRAS and BRAF wild-type by an outside laboratory "
        "(tissue, 2024); that result is not re-tested here.", S["body"])]
    s += [Paragraph("Alterations detected in the current draw (06-Oct-2025)", S["h1"])]
    s += [ptable([
        ["Gene", "Alteration", "Current<br/>% cfDNA", "Trend", "Clinical note"],
        ["KRAS", "p.G12D (c.35G>A), exon 2", "0.9%", "New since 23-Jun-2025",
         "Acquired RAS mutation; associated with resistance to cetuximab and panitumumab"],
        ["NRAS", "p.Q61K (c.181C>A), exon 3", "0.3%", "New", "Acquired resistance"],
        ["EGFR", "p.S492R (c.1474A>C), extracellular domain", "0.2%", "New",
         "Prevents cetuximab binding; panitumumab binding reportedly retained"],
        ["APC", "p.R1450* (c.4348C>T)", "5.7%", "Rising", "Truncal; not actionable"],
        ["TP53", "p.R213* (c.637C>T)", "4.1%", "Rising", "Truncal; not actionable"],
    ], [46, 150, 54, 92, 190], current_col=2)]
    s += [Spacer(1, 4), Paragraph(
        "The appearance of several low-fraction RAS and EGFR extracellular-domain variants at once is the typical pattern of "
        "polyclonal acquired resistance to anti-EGFR antibodies. Their fractions are low relative to APC and TP53, indicating "
        "subclones.", S["body"])]
    s += [Paragraph("Biomarkers", S["h2"]), ptable([
        ["Biomarker", "Result", "Comment"],
        ["MSI-High", "NOT DETECTED", ""],
        ["Blood TMB", "Not reported", "Tumour fraction 6.1% is below the 10% minimum for bTMB"],
    ], [110, 110, 312], center_from=1)]
    s += [PageBreak(), Paragraph("Serial monitoring", S["h1"]), ptable([
        ["Gene", "Alteration", "10-Mar-2025<br/>pre-treatment", "23-Jun-2025", "06-Oct-2025<br/>CURRENT"],
        ["APC", "p.R1450*", "15.0%", "0.9%", "5.7%"],
        ["TP53", "p.R213*", "10.2%", "0.6%", "4.1%"],
        ["PIK3CA", "p.E542K", "3.1%", "ND", "ND"],
        ["KRAS", "p.G12D", "ND", "ND", "0.9%"],
        ["NRAS", "p.Q61K", "ND", "ND", "0.3%"],
        ["EGFR", "p.S492R", "ND", "ND", "0.2%"],
        ["BRAF", "p.V600E", "ND", "ND", "ND"],
        ["", "Tumour fraction", "18.4%", "1.0%", "6.1%"],
    ], [60, 150, 110, 100, 112], current_col=4)]
    s += [Spacer(1, 3), Paragraph(
        "PIK3CA p.E542K, present before treatment, is not detected in this draw or the previous one; the subclone carrying it "
        "may have been eliminated or may lie below the limit of detection. BRAF p.V600E has not been detected in any draw. "
        "ND: not detected.", S["small"])]
    s += [Spacer(1, 5), trend(["Mar-25", "Jun-25", "Oct-25"], [
        ("APC R1450*", [15.0, 0.9, 5.7]), ("TP53 R213*", [10.2, 0.6, 4.1]), ("PIK3CA E542K", [3.1, None, None]),
        ("KRAS G12D", [None, None, 0.9]), ("NRAS Q61K", [None, None, 0.3])], 16.0)]
    s += [Paragraph("Genes with no alteration detected (current draw)", S["h1"]), columns_of_negatives([
        ("Short variants", ["AKT1", "BRAF", "CTNNB1", "ERBB2", "FBXW7", "MAP2K1", "PIK3CA", "SMAD4"]),
        ("Rearrangements", ["ALK", "NTRK1", "RET", "ROS1"]),
        ("Amplifications", ["ERBB2", "MET", "FGFR1", "CCND1"]),
    ], [177, 177, 178])]
    s += [Paragraph("Therapy considerations", S["h2"]), Paragraph(
        "Acquired RAS and EGFR extracellular-domain variants predict loss of benefit from continued anti-EGFR antibodies. "
        "Re-challenge trials select patients whose RAS-mutant clones have decayed below detection in plasma (e.g. HLX-T-207); "
        "a repeat draw after an anti-EGFR-free interval would be required to assess eligibility.", S["body"])]
    s += [PageBreak(), Paragraph("About this test", S["h1"])] + methods_halcyon(
        "This sample: 30 ng input; median unique depth 3,880x.")
    s += signature("Anneliese Morrow-Baptiste, PhD, FACMG", "13-Oct-2025")
    return s


# --------------------------------------------------------------------------- 6606
@report(6606, LAB, "Plasma cfDNA panel, two draws", "Prostate adenocarcinoma, castration-resistant",
        ["SER", "CH", "NEG", "MTH", "NE"], [
    L("AR", "amplification", "positive", ["AR amplification", "CN 4.1"], alteration="amplification"),
    L("AR", "mutation", "positive", ["p.T878A"], alteration="T878A"),
    L("BRCA2", "mutation", "positive", ["p.E1493Vfs*10", "c.4478_4481delAAAG"], alteration="E1493Vfs*10"),
    L("TP53", "mutation", "positive", "p.R248Q", alteration="R248Q", optional=True),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("MSI", "signature", "negative", ["MSI-High", "NOT DETECTED"]),
])
def r6606():
    rid = 6606
    s = [patient_box([
        ("Patient", patient(rid), "Date of birth", "1951-12-03"),
        ("Diagnosis", "Prostate adenocarcinoma, metastatic castration-resistant", "Ordering clinician", "Dr. Anselm Kettleby"),
        ("Specimen", "Peripheral blood", "Draw", "2 of 2"),
        ("Therapy", "Enzalutamide (progressing, PSA 48 ng/mL)", "Clinic", "Riverside Urologic Oncology"),
    ])]
    s += [Paragraph("Summary of this draw", S["h1"])]
    s += [ptable([
        ["Gene", "Alteration", "% cfDNA / CN", "Interpretation"],
        ["AR", "AR amplification", "CN 4.1", "Associated with resistance to androgen receptor pathway inhibitors"],
        ["AR", "p.T878A (c.2632A>G)<br/>legacy name T877A", "1.8%", "Ligand-binding domain; may confer agonism by some "
                                                                      "anti-androgens"],
        ["BRCA2", "p.E1493Vfs*10<br/>c.4478_4481delAAAG", "22.4%", "Pathogenic, truncating. PARP inhibitor eligibility. "
                                                                   "See germline note."],
    ], [50, 170, 80, 232], current_col=2)]
    s += [Paragraph("Germline note", S["h2"]), Paragraph(
        "The BRCA2 frameshift is present at 21.6% and 22.4% in two draws while the tumour fraction is 2.9% and 7.5%. A fraction "
        "this high and this stable, independent of tumour fraction, suggests that the variant may be inherited. Halcyon does not "
        "sequence a germline sample; confirmatory germline testing and genetic counselling are recommended. If confirmed germline, "
        "first-degree relatives may be offered testing.", S["body"])]
    s += [Paragraph("Possible clonal haematopoiesis", S["h2"]), ptable([
        ["Gene", "Alteration", "% cfDNA", "Assessment"],
        ["TP53", "p.R248Q (c.743G>A)", "0.3%", "Low, stable fraction in both draws; possibly clonal haematopoiesis. Not "
                                            "confirmed by white blood cell sequencing; tumour origin cannot be excluded."],
        ["ATM", "p.R337C", "0.6%", "Likely clonal haematopoiesis"],
        ["PPM1D", "p.R552*", "0.4%", "Clonal haematopoiesis (typical after prior chemotherapy)"],
    ], [50, 130, 54, 298], center_from=2)]
    s += [Paragraph("Biomarkers", S["h2"]), ptable([
        ["Biomarker", "Result", "Comment"],
        ["MSI-High", "NOT DETECTED", ""],
        ["Blood TMB", "Cannot be determined", "Tumour fraction 7.5% below the 10% minimum"],
    ], [110, 110, 312], center_from=1)]
    s += [PageBreak(), Paragraph("Draws compared", S["h1"]), ptable([
        ["Gene", "Alteration", "11-Feb-2025", "25-Aug-2025<br/>CURRENT"],
        ["AR", "amplification (CN)", "1.7 (not amplified)", "4.1 (amplified)"],
        ["AR", "p.T878A", "ND", "1.8%"],
        ["AR", "p.H875Y", "0.4%", "ND"],
        ["BRCA2", "p.E1493Vfs*10", "21.6%", "22.4%"],
        ["TP53", "p.R248Q", "0.3%", "0.3%"],
        ["", "Tumour fraction", "2.9%", "7.5%"],
    ], [60, 190, 140, 142], current_col=3)]
    s += [Spacer(1, 3), Paragraph("AR p.H875Y, seen in February at 0.4%, is not detected today. ND: not detected.", S["small"])]
    s += [Paragraph("Genes with no alteration detected (current draw)", S["h1"]), columns_of_negatives([
        ("Short variants", ["BRCA1", "CDK12", "CHEK2", "PALB2", "PTEN", "RAD51C", "SPOP"]),
        ("Rearrangements", ["TMPRSS2-ERG", "ETV1", "ETV4"]),
        ("Copy number", ["MYC", "CCND1", "PTEN loss: not assessable in plasma"]),
    ], [177, 177, 178])]
    s += [Paragraph("About this test", S["h1"])] + methods_halcyon(
        "This sample: 41 ng input; median unique depth 4,420x. Homozygous deletions (e.g. BRCA2, PTEN) are not reliably "
        "detected in plasma at tumour fractions under 20%.")
    s += signature("Kwabena Liebermann-Ortiz, MD", "02-Sep-2025")
    return s
