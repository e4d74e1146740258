"""Lantern Precision Oncology: a dense, landscape A4 comprehensive panel report.
House style: landscape A4, small Helvetica, a six-column particulars strip, a biomarker table
whose result cell holds only the number, a long variant table with stacked HGVS cells and a
coloured tier column that runs over a page break with its header repeated, and a tier legend."""
from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate

from common import *

AMBERD = colors.HexColor("#B5651D")
INK = colors.HexColor("#202020")
TIERC = {"IA": colors.HexColor("#C0392B"), "IB": colors.HexColor("#C0392B"), "IIC": colors.HexColor("#E67E22"),
         "IID": colors.HexColor("#E6A23C"), "III": colors.HexColor("#7F8C8D"), "IV": colors.HexColor("#BDC3C7")}

S = {
    "body": style("lp_body", size=8, leading=10),
    "small": style("lp_small", size=6.8, leading=8.2, color=colors.HexColor("#333333")),
    "h1": style("lp_h1", "Helvetica-Bold", 10, color=AMBERD, space_before=6, space_after=2, keepWithNext=1),
    "h1n": style("lp_h1n", "Helvetica-Bold", 10, color=AMBERD, space_before=6, space_after=2),
    "cell": style("lp_cell", size=7.2, leading=8.6),
    "cellb": style("lp_cellb", "Helvetica-Bold", 7.2, leading=8.6),
    "hdr": style("lp_hdr", "Helvetica-Bold", 6.9, leading=8.2, color=colors.white),
    "tier": style("lp_tier", "Helvetica-Bold", 7.2, leading=8.6, color=colors.white, align=TA_CENTER),
    "lab": style("lp_lab", size=6.3, leading=7.4, color=colors.HexColor("#666666")),
}

HEAD = {6619: ("LPO-2510-0442", "2025-10-17"), 6620: ("LPO-2510-0517", "2025-10-30"), 6621: ("LPO-2511-0066", "2025-11-12")}


class Lantern:
    name = "Lantern Precision Oncology"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = landscape(A4)

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(AMBERD)
            c.rect(36, H - 44, 10, 18, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#F5C04A"))
            c.rect(38.5, H - 40, 5, 10, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(54, H - 40, "LANTERN PRECISION ONCOLOGY")
            c.setFont("Helvetica", 7.5)
            c.drawString(260, H - 40, "LPO-Solid 300  \u00b7  DNA 300 genes + RNA fusions  \u00b7  Tiered Somatic Report")
            c.drawRightString(W - 36, H - 34, f"{patient(rid)}  \u00b7  {acc}")
            c.drawRightString(W - 36, H - 44, f"Signed out {date}  \u00b7  Page {pg} of {total}")
            c.setStrokeColor(AMBERD)
            c.setLineWidth(1.5)
            c.line(36, H - 50, W - 36, H - 50)
            c.setFont("Helvetica", 6.3)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(36, 22, "Lantern Precision Oncology GmbH-style fictitious entity \u00b7 Speicherstrasse 14, Lindenau \u00b7 "
                                 "+49 30 5550 1942 \u00b7 lantern-po.invalid \u00b7 Accredited laboratory no. D-ML-99021 (fictional)")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=36, rightMargin=36, topMargin=58, bottomMargin=34,
                                title=f"LPO-Solid 300 {acc}", author="Lantern Precision Oncology")
        doc.build(story, canvasmaker=numbered(page))


LAB = Lantern()


def strip(pairs):
    """Six particulars across the page: label above value."""
    row1 = [Paragraph(a, S["lab"]) for a, _ in pairs]
    row2 = [Paragraph(b, S["cellb"]) for _, b in pairs]
    t = Table([row1, row2], colWidths=[770 / len(pairs)] * len(pairs))
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, AMBERD), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#E0C9A6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def simple(rows, widths, repeat=1):
    data = [[Paragraph(c, S["hdr"]) for c in rows[0]]] + cells(rows[1:], S["cell"])
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def variant_table(rows):
    """rows: (gene, protein, cdna, exon, type, vaf, depth, tier, therapy_here, therapy_other, trials)"""
    head = ["#", "Gene", "Variant<br/>protein / coding / exon", "Type", "VAF", "Depth", "Tier",
            "Therapies, this tumour type", "Therapies, other tumour types", "Trials"]
    data = [[Paragraph(h, S["hdr"]) for h in head]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i, r in enumerate(rows, 1):
        gene, prot, cdna, exon, typ, vaf, depth, tier, th, to, tr = r
        data.append([Paragraph(str(i), S["cell"]), Paragraph(f"<b>{gene}</b>", S["cell"]),
                     Paragraph(f"{prot}<br/>{cdna}<br/>{exon}", S["cell"]), Paragraph(typ, S["cell"]),
                     Paragraph(vaf, S["cell"]), Paragraph(depth, S["cell"]), Paragraph(tier, S["tier"]),
                     Paragraph(th, S["cell"]), Paragraph(to, S["cell"]), Paragraph(tr, S["cell"])])
        cmds.append(("BACKGROUND", (6, i), (6, i), TIERC[tier]))
    t = Table(data, colWidths=[24, 54, 116, 64, 34, 36, 30, 150, 150, 116], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    return t


LEGEND = ("<b>Tier legend.</b> <b>IA</b> \u2014 approved therapy or professional guideline in this tumour type. <b>IB</b> \u2014 "
          "well-powered studies with expert consensus in this tumour type. <b>IIC</b> \u2014 approved therapy in another tumour "
          "type, or investigational therapies with some evidence. <b>IID</b> \u2014 preclinical or case-report evidence. "
          "<b>III</b> \u2014 variant of unknown clinical significance (not a reportable alteration for treatment decisions). "
          "<b>IV</b> \u2014 benign or likely benign, including synonymous and common population variants; listed on request of "
          "the ordering service only. Tiers follow the AMP/ASCO/CAP joint consensus.")


def methods_lantern(extra):
    return paras(f"""
<b>Methods.</b> DNA and RNA are co-extracted from FFPE tissue. DNA libraries are hybrid-captured over 300 genes (1.1 Mb)
and sequenced to a median deduplicated depth of at least 500x; RNA libraries are enriched for 55 fusion genes. Somatic
status is inferred computationally (tumour-only); population variants with an allele frequency above 0.1% in public
databases are removed. TMB is reported in mutations per megabase (mut/Mb) of coding sequence; Lantern classifies TMB of
10 mut/Mb or more as high. MSI is reported as an instability score (fraction of 120 loci unstable); 0.20 or above is
MSI-H. Immunohistochemistry is performed in the Lantern pathology section with the clones stated and scored by a
board-certified pathologist. {extra}

<b>Limitations.</b> Tumour-only sequencing cannot prove the somatic or germline origin of a variant; variants at about 50%
or 100% VAF in cancer predisposition genes may be germline. The limit of detection is 5% VAF for single-nucleotide
variants and 10% for indels longer than 10 bp. Copy number losses are not reported when tumour content is under 30%.
""", S["small"])


def sign(names):
    return [Spacer(1, 5), Paragraph(names, S["small"])]


# --------------------------------------------------------------------------- 6619
@report(6619, LAB, "Tiered comprehensive panel with PD-L1 (landscape A4)", "Lung adenocarcinoma",
        ["LAND", "BIO", "TIER", "STK", "SPL", "NEG", "THR", "MTH", "IHC", "WRP"], [
    L("KRAS", "mutation", "positive", ["p.G12C", "c.34G>T"], alteration="G12C"),
    L("TP53", "mutation", "positive", ["p.E285K"], alteration="E285K"),
    L("TMB", "signature", "positive", ["11.3"], value="11.3 mut/Mb"),
    L("PD-L1", "expression", "positive", ["22C3", "TPS"], percent=80),
    L("MSI", "signature", "negative", "MSS"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("MET", "mutation", "negative", "MET exon 14 skipping"),
    L("ALK", "fusion", "negative", "ALK"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("RET", "fusion", "negative", "RET"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3"),
    L("MET", "amplification", "negative", "copy number 2.3 (not amplified)"),
])
def r6619():
    rid = 6619
    s = [strip([("Patient", patient(rid)), ("Born", "1954-02-11"), ("Diagnosis", "NSCLC, adenocarcinoma, stage IVB"),
                ("Specimen", "Pleural biopsy, block PB25-7710 A1"), ("Tumour content", "35%"),
                ("Ordered by", "Dr. Benedikt Oyelowo-Strand")])]
    s += [Paragraph("Biomarkers", S["h1"]), simple([
        ["Biomarker", "Result", "Unit / score", "Interpretation", "Cut-off", "Method"],
        ["Tumour mutational burden", "11.3", "mut/Mb", "High", "High at 10 or more", "NGS (1.1 Mb)"],
        ["Microsatellite instability", "0.02", "instability score", "MSS", "MSI-H at 0.20 or more", "NGS (120 loci)"],
        ["PD-L1", "80", "TPS (%)", "High expression", "TPS 50% or more; 1-49% low; under 1% negative", "IHC 22C3, Autostainer"],
        ["MET protein", "\u2014", "H-score", "Not evaluated", "Trial screening only; not requested", "IHC SP44"],
    ], [110, 50, 70, 90, 200, 120])]
    s += [Paragraph("Somatic variants (tiered)", S["h1n"]), variant_table([
        ("KRAS", "p.G12C", "c.34G>T", "exon 2", "Missense", "24.1%", "812", "IA", "Sotorasib; Adagrasib (after prior therapy)",
         "Adagrasib + cetuximab (colorectal)", "LPO-T-31 (G12C + SHP2)"),
        ("STK11", "p.Q37*", "c.109C>T", "exon 1", "Nonsense", "41.0%", "640", "IIC", "None",
         "None", "LPO-T-44 (STK11/KEAP1 co-mutant)"),
        ("KEAP1", "p.G333C", "c.997G>T", "exon 3", "Missense", "39.5%", "701", "IIC", "None", "None", "LPO-T-44"),
        ("TP53", "p.E285K", "c.853G>A", "exon 8", "Missense", "22.8%", "755", "IIC", "None", "None", "\u2014"),
        ("EGFR", "p.A1118T", "c.3352G>A", "exon 28", "Missense", "48.7%", "688", "III", "\u2014", "\u2014", "\u2014"),
        ("BRAF", "p.E26D", "c.78G>T", "exon 1", "Missense", "11.9%", "530", "III", "\u2014", "\u2014", "\u2014"),
        ("ERBB2", "p.T1143M", "c.3428C>T", "exon 27", "Missense", "50.2%", "602", "III", "\u2014", "\u2014", "\u2014"),
        ("SMARCA4", "p.R1192H", "c.3575G>A", "exon 25", "Missense", "19.0%", "590", "III", "\u2014", "\u2014", "\u2014"),
        ("MET", "p.N375S", "c.1124A>G", "exon 2", "Missense (population variant)", "49.1%", "720", "IV", "\u2014", "\u2014", "\u2014"),
        ("EGFR", "p.Q787Q", "c.2361G>A", "exon 20", "Synonymous", "99.6%", "810", "IV", "\u2014", "\u2014", "\u2014"),
        ("NOTCH1", "p.P2514fs", "c.7541delC", "exon 34", "Frameshift", "9.8%", "412", "III", "\u2014", "\u2014", "\u2014"),
        ("ATM", "p.V2424G", "c.7271T>G", "exon 50", "Missense", "50.7%", "533", "III", "\u2014", "\u2014",
         "Possible germline; counselling advised"),
    ])]
    s += [Spacer(1, 3), Paragraph(LEGEND, S["small"])]
    s += [Paragraph("RNA fusions and splice events", S["h1"]), simple([
        ["Target", "Result", "Target", "Result", "Target", "Result"],
        ["ALK", "No fusion detected", "RET", "No fusion detected", "NRG1", "No fusion detected"],
        ["ROS1", "No fusion detected", "NTRK1/2/3", "No fusion detected", "MET exon 14 skipping", "Not detected"],
    ], [90, 150, 90, 150, 110, 180])]
    s += [Paragraph("Key NSCLC drivers without a Tier I or II alteration", S["h1"]), Paragraph(
        "EGFR, BRAF and ERBB2: no Tier I/II variant (the EGFR, BRAF and ERBB2 rows above are Tier III/IV and are not drivers). "
        "ALK, ROS1, RET, NTRK: no rearrangement. MET: no exon 14 skipping; copy number 2.3 (not amplified).", S["body"])]
    s += [Paragraph("Interpretation", S["h1"]), Paragraph(
        "KRAS G12C with co-occurring STK11 and KEAP1 loss-of-function variants. PD-L1 expression is high (TPS 80%) and TMB is 11.3 "
        "mut/Mb; however STK11/KEAP1 co-mutation has been associated with poorer outcomes on immune checkpoint inhibitors, and "
        "trials combining KRAS G12C inhibitors with chemo-immunotherapy in first line are open (LPO-T-31). The ATM variant at about "
        "50% VAF may be germline.", S["body"])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_lantern("PD-L1 scored on 1,200 viable tumour cells.")
    s += sign("Molecular pathologist: Dr. med. Ilse Marquardt-Obi. Pathologist (IHC): Dr. Thandiwe Kessler-Yuen. "
              "Variant scientist: Ravi Castellano-Brandt, PhD.")
    return s


# --------------------------------------------------------------------------- 6620
@report(6620, LAB, "Tiered comprehensive panel with HER2, PD-L1 and MMR IHC (landscape A4)", "Gastro-oesophageal junction adenocarcinoma",
        ["LAND", "BIO", "TIER", "STK", "IHC", "THR", "MTH", "WRP"], [
    L("HER2", "amplification", "positive", ["Amplification", "CN 31"], alteration="amplification"),
    L("HER2", "expression", "positive", ["4B5", "3+"], ihc_score="3+"),
    L("PD-L1", "expression", "positive", ["CPS"], value="CPS 8"),
    L("TMB", "signature", "negative", ["5.2"], value="5.2 mut/Mb"),
    L("MSI", "signature", "negative", "MSS"),
    L("MLH1", "expression", "positive", "MLH1"),
    L("PMS2", "expression", "positive", "PMS2"),
    L("MSH2", "expression", "positive", "MSH2"),
    L("MSH6", "expression", "positive", "MSH6"),
    L("MMR", "signature", "negative", "pMMR"),
    L("KRAS", "amplification", "positive", ["KRAS", "CN 9"], alteration="amplification"),
    L("TP53", "mutation", "positive", "p.R196*", alteration="R196*"),
    L("EGFR", "amplification", "negative", "EGFR 2.2 (not amplified)"),
    L("MET", "amplification", "negative", "MET 2.4 (not amplified)"),
])
def r6620():
    rid = 6620
    s = [strip([("Patient", patient(rid)), ("Born", "1960-12-29"), ("Diagnosis", "GEJ adenocarcinoma (Siewert II), metastatic"),
                ("Specimen", "Gastric cardia, endoscopic biopsies, block GB25-2285 A1-A3"), ("Tumour content", "50%"),
                ("Ordered by", "Dr. Mireille Oduya-Hansen")])]
    s += [Paragraph("Biomarkers", S["h1"]), simple([
        ["Biomarker", "Result", "Unit / score", "Interpretation", "Cut-off / scoring system", "Method"],
        ["HER2 protein", "3+", "IHC score (gastric criteria)", "Positive", "0 and 1+ negative; 2+ equivocal (reflex ISH); 3+ positive",
         "IHC 4B5, Benchmark"],
        ["PD-L1", "8", "CPS", "Positive", "CPS 1 or more positive; 5 and 10 used as clinical thresholds", "IHC 22C3"],
        ["Claudin 18.2", "80", "% tumour cells, 2+/3+", "Positive", "75% or more at moderate-strong intensity", "IHC 43-14A"],
        ["Mismatch repair proteins", "Intact", "MLH1, PMS2, MSH2, MSH6", "pMMR", "Loss of any = dMMR", "IHC panel"],
        ["Tumour mutational burden", "5.2", "mut/Mb", "Low", "High at 10 or more", "NGS"],
        ["Microsatellite instability", "0.01", "instability score", "MSS", "MSI-H at 0.20 or more", "NGS"],
    ], [110, 40, 110, 70, 270, 110])]
    s += [Paragraph("Somatic variants and copy number (tiered)", S["h1n"]), variant_table([
        ("ERBB2", "Amplification", "CN 31", "whole gene", "Copy number gain", "\u2014", "\u2014", "IA",
         "Trastuzumab + chemotherapy; Pembrolizumab + trastuzumab + chemotherapy (PD-L1 CPS 1 or more); Trastuzumab deruxtecan (2L)",
         "Tucatinib, Pertuzumab (breast)", "LPO-T-52 (HER2 bispecific)"),
        ("KRAS", "Amplification", "CN 9", "whole gene", "Copy number gain", "\u2014", "\u2014", "IIC",
         "None", "None", "LPO-T-61 (pan-RAS)"),
        ("TP53", "p.R196*", "c.586C>T", "exon 6", "Nonsense", "44.0%", "688", "IIC", "None", "None", "\u2014"),
        ("CCNE1", "Amplification", "CN 8", "whole gene", "Copy number gain", "\u2014", "\u2014", "IID", "None", "None",
         "LPO-T-70 (CDK2)"),
        ("CDH1", "p.V832M", "c.2494G>A", "exon 16", "Missense", "21.3%", "590", "III", "\u2014", "\u2014", "\u2014"),
        ("PIK3CA", "p.R38H", "c.113G>A", "exon 2", "Missense", "6.1%", "702", "III", "\u2014", "\u2014", "\u2014"),
        ("BRCA2", "p.S455S", "c.1365A>G", "exon 10", "Synonymous", "50.3%", "641", "IV", "\u2014", "\u2014", "\u2014"),
    ])]
    s += [Spacer(1, 3), Paragraph(LEGEND, S["small"])]
    s += [Paragraph("Copy number of other genes in scope: EGFR 2.2 (not amplified); MET 2.4 (not amplified); FGFR2 2.0 "
                    "(not amplified).", S["body"])]
    s += [Paragraph("Interpretation", S["h1"]), Paragraph(
        "HER2-positive gastro-oesophageal adenocarcinoma: HER2 IHC 3+ is concordant with high-level ERBB2 amplification (CN 31). "
        "PD-L1 CPS 8 supports first-line pembrolizumab with trastuzumab and chemotherapy where approved for CPS 1 or more. "
        "Concurrent KRAS amplification has been associated with primary resistance to HER2-directed therapy in small series. "
        "Claudin 18.2 is also positive, relevant to zolbetuximab in HER2-negative disease only.", S["body"])]
    s += [PageBreak(), Paragraph("IHC detail", S["h1"]), simple([
        ["Stain", "Clone", "Staining pattern", "Controls"],
        ["HER2", "4B5", "Strong complete or basolateral/lateral membranous staining in about 70% of tumour cells in 3 of 3 "
                        "biopsy fragments", "Breast carcinoma with known 0, 1+, 2+, 3+ status"],
        ["PD-L1", "22C3", "CPS = (PD-L1 positive tumour cells + lymphocytes + macrophages) / viable tumour cells x 100 = 8",
         "Tonsil; cell-line control"],
        ["MLH1", "ES05", "Nuclear staining retained in tumour", "Internal positive"],
        ["PMS2", "EP51", "Nuclear staining retained in tumour", "Internal positive"],
        ["MSH2", "FE11", "Nuclear staining retained in tumour", "Internal positive"],
        ["MSH6", "EP49", "Nuclear staining retained in tumour", "Internal positive"],
    ], [90, 60, 420, 200])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_lantern(
        "HER2 was scored according to gastric (biopsy) criteria: a cluster of at least five cohesive cells counts.")
    s += sign("Molecular pathologist: Dr. med. Ilse Marquardt-Obi. Pathologist (IHC): Dr. Aurelio Njoroge-Falk.")
    return s


# --------------------------------------------------------------------------- 6621
@report(6621, LAB, "Tiered comprehensive panel with MMR, ER and PR IHC; long table over a page break (landscape A4)",
        "Endometrioid endometrial carcinoma",
        ["LAND", "BIO", "TIER", "STK", "SPL", "IHC", "VUS", "PEND", "MTH", "WRP"], [
    L("TMB", "signature", "positive", ["52.6"], value="52.6 mut/Mb"),
    L("MSI", "signature", "positive", "MSI-H"),
    L("MLH1", "expression", "negative", "MLH1"),
    L("PMS2", "expression", "negative", "PMS2"),
    L("MSH2", "expression", "positive", "MSH2"),
    L("MSH6", "expression", "positive", "MSH6"),
    L("MMR", "signature", "positive", "dMMR"),
    L("PIK3CA", "mutation", "positive", ["p.R88Q", "c.263G>A"], alteration="R88Q"),
    L("KRAS", "mutation", "positive", ["p.G12V", "c.35G>T"], alteration="G12V"),
    L("TP53", "mutation", "negative", "TP53"),
    L("ER", "expression", "positive", ["Estrogen receptor", "80"], percent=80),
    L("PR", "expression", "positive", ["Progesterone receptor", "30"], percent=30),
    L("HER2", "amplification", "negative", "ERBB2"),
])
def r6621():
    rid = 6621
    s = [strip([("Patient", patient(rid)), ("Born", "1956-08-03"), ("Diagnosis", "Endometrioid carcinoma of endometrium, FIGO grade 2"),
                ("Specimen", "Hysterectomy, block HY25-9032 A7"), ("Tumour content", "60%"),
                ("Ordered by", "Dr. Cressida Walsh-Adebayo")])]
    s += [Paragraph("Biomarkers", S["h1"]), simple([
        ["Biomarker", "Result", "Unit / score", "Interpretation", "Cut-off / scoring", "Method"],
        ["Tumour mutational burden", "52.6", "mut/Mb", "High", "High at 10 or more", "NGS"],
        ["Microsatellite instability", "0.41", "instability score", "MSI-H", "MSI-H at 0.20 or more", "NGS"],
        ["MLH1", "Lost", "nuclear, tumour", "Abnormal", "Retained / lost", "IHC ES05"],
        ["PMS2", "Lost", "nuclear, tumour", "Abnormal", "Retained / lost", "IHC EP51"],
        ["MSH2", "Retained", "nuclear, tumour", "Normal", "Retained / lost", "IHC FE11"],
        ["MSH6", "Retained", "nuclear, tumour", "Normal", "Retained / lost", "IHC EP49"],
        ["MMR status", "dMMR", "", "Deficient (MLH1/PMS2 pattern)", "", ""],
        ["Estrogen receptor", "80", "% nuclei, moderate-strong", "Positive", "Positive at 1% or more", "IHC SP1"],
        ["Progesterone receptor", "30", "% nuclei, weak-moderate", "Positive", "Positive at 1% or more", "IHC 1E2"],
        ["PD-L1", "\u2014", "", "Not evaluated", "Not requested", ""],
        ["MLH1 promoter methylation", "\u2014", "", "Pending", "Sent to reference laboratory 2025-11-10", "Pyrosequencing"],
    ], [130, 50, 120, 130, 200, 140])]
    s += [Paragraph("Somatic variants (tiered) \u2014 tumour with a high mutation count; 22 variants listed", S["h1n"]), variant_table([
        ("PIK3CA", "p.R88Q", "c.263G>A", "exon 2", "Missense", "31.5%", "702", "IIC", "None in this tumour type",
         "Alpelisib (breast, helical/kinase hotspots only)", "LPO-T-80 (PI3K-alpha)"),
        ("KRAS", "p.G12V", "c.35G>T", "exon 2", "Missense", "28.7%", "640", "IIC", "None", "None", "LPO-T-61 (pan-RAS)"),
        ("PTEN", "p.R130Q", "c.389G>A", "exon 5", "Missense", "44.1%", "611", "IIC", "None", "Capivasertib (breast, with PTEN loss)",
         "\u2014"),
        ("PTEN", "p.K267fs", "c.800delA", "exon 7", "Frameshift", "39.0%", "588", "IIC", "None", "None", "\u2014"),
        ("ARID1A", "p.Q1334fs", "c.4001delA", "exon 16", "Frameshift", "35.4%", "520", "IID", "None", "None", "LPO-T-90 (ATR)"),
        ("CTNNB1", "p.S37F", "c.110C>T", "exon 3", "Missense", "29.9%", "734", "IID", "None", "None", "\u2014"),
        ("FBXW7", "p.R505C", "c.1513C>T", "exon 10", "Missense", "18.2%", "675", "IID", "None", "None", "\u2014"),
        ("MSH6", "p.F1088fs", "c.3261delC", "exon 5", "Frameshift (homopolymer C8)", "14.0%", "498", "III",
         "\u2014", "\u2014", "Secondary to MSI; not a cause"),
        ("BRCA1", "p.D1546N", "c.4636G>A", "exon 14", "Missense", "11.2%", "610", "III", "\u2014", "\u2014", "\u2014"),
        ("ATR", "p.I774fs", "c.2320delA", "exon 10", "Frameshift", "21.0%", "455", "III", "\u2014", "\u2014", "\u2014"),
        ("RNF43", "p.G659fs", "c.1976delG", "exon 9", "Frameshift", "33.1%", "515", "III", "\u2014", "\u2014", "\u2014"),
        ("JAK1", "p.K860fs", "c.2580delA", "exon 19", "Frameshift", "26.4%", "602", "III", "\u2014", "\u2014",
         "May reduce checkpoint inhibitor response"),
        ("KMT2D", "p.P647fs", "c.1940delC", "exon 10", "Frameshift", "19.9%", "540", "III", "\u2014", "\u2014", "\u2014"),
        ("ERBB3", "p.V104M", "c.310G>A", "exon 3", "Missense", "12.7%", "588", "III", "\u2014", "\u2014", "\u2014"),
        ("POLE", "p.T278M", "c.833C>T", "exon 9", "Missense (outside hotspot set)", "9.1%", "610", "III", "\u2014", "\u2014",
         "Not a pathogenic exonuclease-domain hotspot"),
        ("NRAS", "p.A146A", "c.438A>G", "exon 4", "Synonymous", "16.0%", "641", "IV", "\u2014", "\u2014", "\u2014"),
        ("ZFHX3", "p.Q2472fs", "c.7414delC", "exon 9", "Frameshift", "24.1%", "472", "III", "\u2014", "\u2014", "\u2014"),
        ("BCOR", "p.N1459S", "c.4376A>G", "exon 12", "Missense", "10.9%", "533", "III", "\u2014", "\u2014", "\u2014"),
        ("SPOP", "p.R121Q", "c.362G>A", "exon 5", "Missense", "8.8%", "561", "III", "\u2014", "\u2014", "\u2014"),
        ("CIC", "p.A1213fs", "c.3637delG", "exon 13", "Frameshift", "22.7%", "498", "III", "\u2014", "\u2014", "\u2014"),
        ("ERBB2", "p.V842I", "c.2524G>A", "exon 21", "Missense", "7.4%", "690", "III",
         "\u2014", "Activating in other contexts; low VAF subclone", "\u2014"),
        ("TP53", "p.P72R", "c.215C>G", "exon 4", "Missense (common polymorphism)", "52.0%", "702", "IV", "\u2014", "\u2014", "\u2014"),
    ])]
    s += [Spacer(1, 3), Paragraph(LEGEND, S["small"])]
    s += [Paragraph("Relevant negatives", S["h1"]), Paragraph(
        "TP53: no pathogenic variant (the only TP53 entry is the benign p.P72R polymorphism); consistent with the copy-number-low / "
        "MMR-deficient molecular subgroup. ERBB2: no amplification (CN 2.1). POLE exonuclease domain: no pathogenic hotspot "
        "variant. CTNNB1 exon 3 variant present (see row 6).", S["body"])]
    s += [Paragraph("Interpretation", S["h1"]), Paragraph(
        "Mismatch repair deficient endometrioid carcinoma (MLH1/PMS2 loss) with MSI-H and TMB 52.6 mut/Mb, placing the tumour in "
        "the MMRd molecular class. This supports immune checkpoint inhibitor therapy (dostarlimab or pembrolizumab with "
        "chemotherapy) in advanced disease. MLH1 promoter methylation testing has been sent out; if unmethylated, germline "
        "testing for Lynch syndrome is advised. Hormone receptor positivity (ER 80%, PR 30%) is relevant to endocrine therapy options.",
        S["body"])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_lantern("")
    s += sign("Molecular pathologist: Dr. med. Ilse Marquardt-Obi. Gynaecological pathologist (IHC): Dr. Fenella Oduro-Lindqvist.")
    return s
