"""Thornbury Children's Hospital, Paediatric Molecular Oncology Service: an integrated
paediatric solid-tumour report. House style: A4, Times, a drawn emblem, small-capital section
labels, a bordered result grid (three across, some cells 'not evaluated'), a tumour-board
summary, flow cytometry and immunohistochemistry with the panel, and an abbreviations key."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from common import *

TEALD = colors.HexColor("#1D5C63")
SAND = colors.HexColor("#F3EEE3")

S = {
    "body": style("tb_body", "Times-Roman", 10, leading=12.8),
    "small": style("tb_small", "Times-Roman", 8.2, leading=10),
    "sec": style("tb_sec", "Times-Bold", 10, leading=12.5, color=TEALD, space_before=9, space_after=2, keepWithNext=1),
    "cell": style("tb_cell", "Times-Roman", 9, leading=11),
    "cellb": style("tb_cellb", "Times-Bold", 9, leading=11),
    "gname": style("tb_gname", "Times-Bold", 9.5, leading=11.5, align=TA_CENTER),
    "gval": style("tb_gval", "Times-Roman", 9, leading=11, align=TA_CENTER),
}

HEAD = {6629: ("TCH-PMO-25-0219", "2025-10-16"), 6630: ("TCH-PMO-25-0247", "2025-11-06")}


class Thornbury:
    name = "Thornbury Children's Hospital"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = A4

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(TEALD)
            c.circle(62, H - 44, 14, stroke=0, fill=1)
            c.setFillColor(colors.white)
            p = c.beginPath()
            p.moveTo(54, H - 50)
            p.lineTo(62, H - 35)
            p.lineTo(70, H - 50)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(TEALD)
            c.setFont("Times-Bold", 13)
            c.drawString(84, H - 41, "THORNBURY CHILDREN'S HOSPITAL")
            c.setFont("Times-Roman", 9)
            c.setFillColor(colors.black)
            c.drawString(84, H - 53, "Paediatric Molecular Oncology Service")
            c.setFont("Times-Roman", 8.5)
            c.drawRightString(W - 48, H - 41, f"{patient(rid)}")
            c.drawRightString(W - 48, H - 53, f"Report {acc} \u00b7 {date}")
            c.setStrokeColor(TEALD)
            c.line(48, H - 62, W - 48, H - 62)
            c.setFont("Times-Italic", 7.5)
            c.drawString(48, 28, "Thornbury Children's Hospital, Orchard Rise, Thornbury TB1 4HS \u00b7 01632 960 914 \u00b7 "
                                 "thornbury-childrens.invalid")
            c.drawRightString(W - 48, 28, f"Page {pg} of {total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=48, rightMargin=48, topMargin=74, bottomMargin=46,
                                title=f"Integrated molecular report {acc}", author="Thornbury Children's Hospital")
        doc.build(story, canvasmaker=numbered(page))


LAB = Thornbury()


def sec(text):
    return Paragraph(text.upper(), S["sec"])


def grid(items):
    """items: (name, value) pairs, three per row, bordered cells."""
    rows = []
    for i in range(0, len(items), 3):
        chunk = items[i:i + 3]
        chunk += [("", "")] * (3 - len(chunk))
        rows.append([[Paragraph(n, S["gname"]), Paragraph(v, S["gval"])] for n, v in chunk])
    t = Table(rows, colWidths=[166] * 3)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, TEALD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def tab(rows, widths):
    t = Table(cells(rows, S["cell"]), colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBB5A6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Times-Bold")]))
    return t


def who(rid, rows):
    t = Table([[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"]), Paragraph(c, S["cellb"]), Paragraph(d, S["cell"])]
               for a, b, c, d in rows], colWidths=[88, 160, 88, 163])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, TEALD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, -1), SAND)]))
    return t


ABBREV = ("VAF, variant allele fraction; CN, copy number; ISH, in situ hybridisation; MRD, minimal residual disease; "
          "TMB, tumour mutational burden; IHC, immunohistochemistry; FCM, flow cytometry; NE, not evaluated.")


def methods_tb(extra):
    return paras(f"""
The Paediatric Solid Tumour Panel (PSTP v3) sequences 142 genes recurrently altered in childhood cancers (DNA, hybrid
capture, median depth above 600x) and detects fusions involving 68 genes from RNA. Copy number is inferred from DNA
read depth and single-nucleotide polymorphism allele ratios across the genome backbone (segmental gains and losses,
focal amplification). {extra}

Flow cytometry and immunohistochemistry are performed in the hospital's haematology and histopathology laboratories and
are integrated into this report by the reporting consultant. Germline testing is not part of this test; constitutional
variants may be suspected from allele fractions and will be referred to the Clinical Genetics service with consent.
""", S["small"])


# --------------------------------------------------------------------------- 6629
@report(6629, LAB, "Paediatric integrated report: panel, GD2 flow cytometry, marrow", "Neuroblastoma (adrenal), high-risk",
        ["TIL", "IHC", "NEG", "BIO", "NE", "MTH"], [
    L("ALK", "mutation", "positive", ["p.F1174L", "c.3522C>A"], alteration="F1174L"),
    L("ALK", "amplification", "negative", "ALK"),
    L("GD2", "expression", "positive", ["GD2", "96%"], percent=96),
    L("GD2", "expression", "negative", "No GD2-positive", optional=True),
    L("TP53", "mutation", "negative", "TP53"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("HRAS", "mutation", "negative", "HRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("TMB", "signature", "reported", ["0.9 mutations/Mb"], value="0.9 mut/Mb"),
])
def r6629():
    rid = 6629
    s = [who(rid, [("Patient", patient(rid), "Date of birth", "2022-06-30 (3 years)"),
                   ("Consultant", "Dr Saoirse Lindqvist-Mbatha, Paediatric Oncology", "Hospital no.", "T-88214-5"),
                   ("Specimen A", "Left adrenal mass, core biopsies (fresh + FFPE), 2025-09-30", "Specimen B",
                    "Bone marrow aspirates and trephines, bilateral, 2025-10-01"),
                   ("Histology", "Neuroblastoma, poorly differentiated, unfavourable histology (INPC)", "Request",
                    "Risk stratification; GD2 for immunotherapy; ALK")])]
    s += [sec("Integrated result"), grid([
        ("ALK", "p.F1174L detected<br/>VAF 32%"),
        ("ALK copy number", "not amplified (CN 2)"),
        ("MYCN", "AMPLIFIED<br/>CN about 45 (ISH and NGS)"),
        ("Chromosome 11q", "no loss"),
        ("1p36", "deletion"),
        ("GD2 (tumour, FCM)", "expressed on 96% of tumour cells"),
        ("Bone marrow", "No GD2-positive neuroblastoma cells detected"),
        ("TERT / ATRX", "no rearrangement / no variant"),
        ("MIBG avidity", "NE in this laboratory"),
    ])]
    s += [Spacer(1, 4), Paragraph("Tumour board summary: MYCN-amplified neuroblastoma with an activating ALK F1174L hotspot variant; "
                                  "segmental 1p loss; tumour strongly expresses the GD2 target antigen. Marrow not involved by flow "
                                  "cytometry; trephine histology reported separately.", S["body"])]
    s += [sec("Sequence variants (specimen A)"), tab([
        ["Gene", "Variant", "VAF", "Classification", "Comment"],
        ["ALK", "NM_004304.5:c.3522C>A<br/>p.F1174L, exon 23", "32%", "Pathogenic (oncogenic)",
         "Kinase-domain hotspot; eligible for ALK inhibitor (lorlatinib) studies"],
        ["ALK", "c.4381A>G p.I1461V", "100%", "Benign (common polymorphism)", "Not reported as a result"],
        ["ATRX", "No variant", "\u2014", "\u2014", ""],
        ["TP53", "No variant", "\u2014", "\u2014", "Relevant at relapse; baseline wild type"],
    ], [40, 150, 40, 110, 159])]
    s += [Paragraph("RAS-MAPK pathway: no variant in NRAS, KRAS, HRAS, BRAF, PTPN11 or NF1.", S["body"])]
    s += [sec("Copy number (specimen A)"), tab([
        ["Region / gene", "Finding", "Method"],
        ["MYCN (2p24)", "Amplified, about 45 copies", "NGS; confirmed by ISH (MYCN/2q11 ratio above 4)"],
        ["ALK (2p23)", "2 copies, not amplified", "NGS"],
        ["1p36", "Heterozygous deletion", "NGS backbone"],
        ["11q", "No loss", "NGS backbone"],
        ["17q", "Gain", "NGS backbone"],
    ], [110, 170, 219])]
    s += [sec("Tumour mutational burden"), Paragraph(
        "0.9 mutations/Mb. No threshold is applied in paediatric tumours; the value is given for completeness.", S["body"])]
    s += [PageBreak(), sec("Flow cytometry"), tab([
        ["Specimen", "Population analysed", "GD2 (clone 14G2a)", "Other markers"],
        ["A: tumour cell suspension", "CD45-negative, CD56-positive, CD81-bright events (38% of viable cells)",
         "positive on 96% of tumour cells; median fluorescence 18x isotype", "CD9 positive; CD99 negative"],
        ["B: bone marrow (left and right)", "500,000 events each; CD45-negative CD56-positive gate",
         "No GD2-positive neuroblastoma cells detected (sensitivity 1 in 10,000)", "\u2014"],
    ], [100, 150, 140, 109])]
    s += [Paragraph("Interpretation of GD2: the tumour expresses GD2 strongly and uniformly, supporting dinutuximab-based "
                    "immunotherapy in the consolidation phase. GD2 expression in neuroblastoma is usually high; low or absent "
                    "expression is rare and has been reported after anti-GD2 therapy.", S["body"])]
    s += [sec("Germline considerations"), Paragraph(
        "ALK F1174L is usually somatic. Germline ALK variants (most often R1275Q) cause familial neuroblastoma; germline testing "
        "has not been performed and is not routinely indicated for F1174L without a family history. PHOX2B was not analysed.",
        S["body"])]
    s += [sec("Methods")] + methods_tb("This specimen: tumour content 70%; median depth 744x; RNA fusion analysis passed.")
    s += [sec("Abbreviations"), Paragraph(ABBREV, S["small"])]
    s += [Spacer(1, 8), Paragraph("Reported by Dr Lowri Achterberg-Oduya, Consultant Paediatric Pathologist, and Dr Benedek "
                                  "Ramaswamy-Holt, Clinical Scientist (Molecular Oncology), 2025-10-16.", S["small"])]
    return s


# --------------------------------------------------------------------------- 6630
@report(6630, LAB, "Paediatric integrated report: RNA fusion, pan-TRK IHC, Ki-67", "Infantile fibrosarcoma",
        ["TIL", "IHC", "NEG", "NE", "MTH"], [
    L("NTRK", "fusion", "positive", ["ETV6::NTRK3"], alteration="ETV6-NTRK3"),
    L("NTRK", "expression", "positive", ["pan-TRK", "positive"]),
    L("Ki-67", "expression", "reported", ["Ki-67", "40%"], percent=40),
    L("ALK", "fusion", "negative", "ALK"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("RET", "fusion", "negative", "RET"),
    L("BRAF", "fusion", "negative", "BRAF"),
    L("MET", "fusion", "negative", "MET"),
])
def r6630():
    rid = 6630
    s = [who(rid, [("Patient", patient(rid), "Date of birth", "2025-06-19 (4 months)"),
                   ("Consultant", "Dr Ambrose Fenwick-Nakamura, Paediatric Oncology", "Hospital no.", "T-90417-2"),
                   ("Specimen", "Soft tissue mass, right forearm, incisional biopsy (FFPE block TS25-3381 A1)", "Tumour content",
                    "85%"),
                   ("Histology", "Spindle cell neoplasm with fascicular growth, consistent with infantile fibrosarcoma", "Request",
                    "Confirm diagnosis; NTRK status for therapy")])]
    s += [sec("Integrated result"), grid([
        ("RNA fusion", "ETV6::NTRK3 detected<br/>ETV6 exon 5 : NTRK3 exon 15"),
        ("pan-TRK IHC", "positive (diffuse)"),
        ("ETV6 FISH", "rearranged (break-apart), 78% of nuclei"),
        ("Ki-67 (MIB-1)", "about 40%"),
        ("DNA panel", "no pathogenic variant"),
        ("Copy number", "trisomy 11, 17, 20 (gains)"),
        ("TMB", "NE (not reported in infants)"),
        ("Germline", "NE"),
        ("", ""),
    ])]
    s += [Spacer(1, 4), Paragraph(
        "The ETV6::NTRK3 fusion confirms the diagnosis of infantile fibrosarcoma. Larotrectinib and entrectinib are approved for "
        "NTRK fusion-positive solid tumours in children and may avoid mutilating surgery; response rates above 90% are reported in "
        "infantile fibrosarcoma.", S["body"])]
    s += [sec("Fusion analysis (RNA)"), tab([
        ["Fusion", "5' breakpoint", "3' breakpoint", "Supporting reads", "Frame", "Comment"],
        ["ETV6::NTRK3", "ETV6 exon 5", "NTRK3 exon 15", "2,904", "In frame", "Canonical fusion; NTRK3 kinase domain retained"],
    ], [70, 70, 75, 70, 50, 164])]
    s += [Paragraph("Fusion targets with no fusion detected: ALK, ROS1, RET, BRAF, NTRK1, NTRK2, EML4, MET, NRG1, "
                    "PDGFB (COL1A1::PDGFB), FUS, EWSR1, CIC, BCOR.", S["body"])]
    s += [sec("Immunohistochemistry"), tab([
        ["Antibody", "Clone", "Result"],
        ["pan-TRK", "EPR17341", "positive \u2014 diffuse, moderate to strong, nuclear and cytoplasmic (nuclear pattern typical of "
                               "ETV6::NTRK3)"],
        ["Ki-67", "MIB-1", "about 40% of tumour nuclei"],
        ["SMA", "1A4", "focal positive"],
        ["Desmin", "D33", "negative"],
        ["CD34", "QBEnd10", "negative"],
        ["S100", "polyclonal", "negative"],
        ["H3K27me3", "C36B11", "retained"],
    ], [90, 80, 329])]
    s += [PageBreak(), sec("Differential diagnosis"), Paragraph(
        "Other NTRK-rearranged spindle cell neoplasms (with NTRK1 fusions, S100/CD34 co-expression) and infantile fibrosarcoma-like "
        "tumours with BRAF or RAF1 fusions, or EML4::ALK, were considered; the morphology and the canonical ETV6::NTRK3 fusion "
        "support infantile fibrosarcoma. Congenital mesoblastic nephroma shares the same fusion but is a renal tumour.", S["body"])]
    s += [sec("Methods")] + methods_tb("This specimen: RNA input 62 ng; 5.4 million reads; DNA median depth 702x.")
    s += [sec("Abbreviations"), Paragraph(ABBREV, S["small"])]
    s += [Spacer(1, 8), Paragraph("Reported by Dr Lowri Achterberg-Oduya, Consultant Paediatric Pathologist, 2025-11-06.", S["small"])]
    return s
