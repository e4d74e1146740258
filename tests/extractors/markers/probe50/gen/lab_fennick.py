"""Fennick Fusion Diagnostics: an RNA fusion laboratory. House style: landscape US letter,
Helvetica, a green sidebar column on page one holding the specimen and the result at a glance,
wide tables of fusion breakpoints, partner lists, and addenda."""
from reportlab.lib.pagesizes import letter, landscape
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate

from common import *

GREEN = colors.HexColor("#2E6B3F")
MINT = colors.HexColor("#E3F0E6")
RULE = colors.HexColor("#9DB8A4")

S = {
    "body": style("fn_body", size=8.8, leading=11.3),
    "small": style("fn_small", size=7.2, leading=9, color=colors.HexColor("#3A3A3A")),
    "side": style("fn_side", size=8.2, leading=10.4, color=colors.white),
    "sideb": style("fn_sideb", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white),
    "sidebig": style("fn_sidebig", "Helvetica-Bold", 12, leading=14.5, color=colors.white),
    "h1": style("fn_h1", "Helvetica-Bold", 11, color=GREEN, space_before=8, space_after=3, keepWithNext=1),
    "h2": style("fn_h2", "Helvetica-Bold", 9, space_before=5, space_after=2, keepWithNext=1),
    "cell": style("fn_cell", size=7.9, leading=9.6),
    "hdr": style("fn_hdr", "Helvetica-Bold", 7.6, leading=9, color=GREEN),
}

HEAD = {6615: ("FFD-25-11872", "2025-10-09"), 6616: ("FFD-25-12240", "2025-10-24")}


class Fennick:
    name = "Fennick Fusion Diagnostics"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = landscape(letter)
        SIDE = 190

        def first(c, doc):
            c.saveState()
            c.setFillColor(GREEN)
            c.rect(0, 0, SIDE + 16, H, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.white)
            c.setLineWidth(2)
            c.line(24, H - 30, 38, H - 52)
            c.line(38, H - 52, 52, H - 30)
            c.setFont("Helvetica-Bold", 15)
            c.drawString(60, H - 46, "FENNICK")
            c.setFont("Helvetica", 7.5)
            c.drawString(24, H - 64, "FUSION DIAGNOSTICS")
            c.restoreState()
            common_foot(c)

        def later(c, doc):
            c.saveState()
            c.setFillColor(GREEN)
            c.rect(0, H - 8, W, 8, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(36, H - 26, "FENNICK FUSION DIAGNOSTICS")
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.black)
            c.drawRightString(W - 36, H - 26, f"{patient(rid)}  |  {acc}  |  FusionSeek 87 (RNA)")
            c.restoreState()
            common_foot(c)

        def common_foot(c):
            c.saveState()
            c.setFont("Helvetica", 6.8)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(SIDE + 36, 22, "Fennick Fusion Diagnostics, 48 Larchmont Terrace, Portland, OR  \u00b7  CLIA 38D9990264  \u00b7  "
                                        "503-555-0126  \u00b7  fennick-fusion.invalid")
            c.restoreState()

        def foot(c, pg, total):
            c.saveState()
            c.setFont("Helvetica", 7)
            c.drawRightString(W - 36, 22, f"page {pg} / {total}")
            c.restoreState()

        doc = BaseDocTemplate(str(path), pagesize=(W, H), leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=40,
                              title=f"FusionSeek report {acc}", author="Fennick Fusion Diagnostics")
        side = Frame(12, 40, SIDE - 4, H - 120, id="side", leftPadding=6, rightPadding=6)
        main = Frame(SIDE + 36, 40, W - SIDE - 72, H - 76, id="main", leftPadding=0, rightPadding=0)
        wide = Frame(36, 40, W - 72, H - 80, id="wide", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=first),
                              PageTemplate("later", [wide], onPage=later)])
        doc.build([NextPageTemplate("later")] + story, canvasmaker=numbered(foot))


LAB = Fennick()


def sidebar(rid, items, glance):
    out = []
    for k, v in items:
        out += [Paragraph(k.upper(), S["sideb"]), Paragraph(v, S["side"]), Spacer(1, 4)]
    out += [Spacer(1, 10), Paragraph("RESULT AT A GLANCE", S["sideb"]), Spacer(1, 2)]
    out += [Paragraph(g, S["sidebig"]) for g in glance]
    out += [FrameBreak()]
    return out


def table(rows, widths, repeat=1):
    data = [[Paragraph(c, S["hdr"]) for c in rows[0]]] + cells(rows[1:], S["cell"])
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, GREEN), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return t


def boxed(text):
    t = Table([[Paragraph(text, S["body"])]], colWidths=[520])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MINT), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return t


PARTNERS = ("ALK: EML4, KIF5B, TFG, KLC1, STRN, HIP1 and any 5' partner with ALK exon 20 junction  \u00b7  ROS1: CD74, SLC34A2, "
            "EZR, SDC4, TPM3, GOPC  \u00b7  RET: KIF5B, CCDC6, NCOA4, TRIM33, ERC1  \u00b7  NTRK1/2/3: ETV6, TPM3, LMNA, TPR, "
            "IRF2BP2, QKI  \u00b7  NRG1: CD74, SLC3A2, SDC4  \u00b7  FGFR1/2/3: TACC3, BICC1 and others  \u00b7  BRAF: AGK, "
            "KIAA1549, SND1  \u00b7  MET: exon 14 skipping  \u00b7  NUTM1, NTRK-like and 30 further genes (catalogue FFD-87-G).")


def methods_fennick():
    return paras("""
<b>Method.</b> RNA is extracted from FFPE sections, reverse transcribed, and enriched by anchored multiplex PCR with
gene-specific primers in 87 target genes, so that fusion transcripts are detected without prior knowledge of the
partner. Libraries are sequenced to at least 1.5 million reads. A fusion is called when at least 10 unique
supporting reads span the junction and the junction joins annotated exon boundaries in frame; out-of-frame and
intronic junctions are reported only if of established significance. Exon-skipping events (MET exon 14, EGFR exon 2-7)
are detected as novel exon-exon junctions.

<b>Limitations.</b> Fusions involving genes not targeted, fusions with breakpoints outside the primer positions, and
transcripts expressed at low level may not be detected. A negative result does not exclude a rearrangement detectable
by DNA-based methods or FISH. Point mutations and copy number changes are not assessed by this assay.
""", S["small"])


# --------------------------------------------------------------------------- 6615
@report(6615, LAB, "RNA fusion panel (landscape, sidebar)", "Lung adenocarcinoma",
        ["LAND", "NEG", "PRI", "MTH", "THR", "SIDE"], [
    L("ROS1", "fusion", "positive", ["CD74::ROS1"], alteration="CD74-ROS1"),
    L("ALK", "fusion", "negative", "ALK"),
    L("RET", "fusion", "negative", "RET"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("BRAF", "fusion", "negative", "BRAF"),
    L("MET", "mutation", "negative", "MET exon 14 skipping"),
    L("ROS1", "expression", "positive", ["D4D6", "diffuse moderate"], optional=True),
    L("EGFR", "mutation", "negative", "EGFR exon 2-7 (vIII)", optional=True),
])
def r6615():
    rid = 6615
    s = sidebar(rid, [("Patient", patient(rid)), ("Date of birth", "1975-07-08"), ("Ordering physician",
                      "Dr. Jonah Featherstonhaugh, Cascade Lung Center"), ("Specimen", "Lung, left upper lobe, "
                      "core biopsy, block CL25-4419 A1"), ("Tumor content", "50%"), ("Received", "2025-10-01"),
                      ("Reported", HEAD[rid][1]), ("Accession", HEAD[rid][0])],
                 ["ROS1 FUSION DETECTED", "CD74::ROS1"])
    s += [Paragraph("FusionSeek 87 \u2014 RNA Fusion and Splice Variant Report", S["h1"])]
    s += [boxed("<b>Positive.</b> An in-frame CD74::ROS1 fusion transcript was detected (CD74 exon 6 joined to ROS1 exon 34). "
                "No other fusion or exon-skipping event was detected among the 87 targeted genes.")]
    s += [Paragraph("Detected fusion", S["h2"]), table([
        ["5' gene", "5' breakpoint", "3' gene", "3' breakpoint", "Unique reads", "Frame", "Kinase domain", "Classification"],
        ["CD74", "exon 6<br/>chr5:150,402,xxx", "ROS1", "exon 34<br/>chr6:117,324,xxx", "1,284", "In frame", "Retained",
         "Oncogenic; Tier IA"],
    ], [46, 78, 42, 78, 54, 50, 60, 112])]
    s += [Paragraph("The ROS1 3' exons are over-expressed relative to 5' exons (3'/5' ratio 14.2), supporting an expressed "
                    "rearrangement.", S["small"])]
    s += [Paragraph("Targets with no fusion or splice event detected", S["h2"]), table([
        ["Gene", "Result", "Gene", "Result", "Gene", "Result"],
        ["ALK", "Not detected", "NTRK1", "Not detected", "FGFR2", "Not detected"],
        ["RET", "Not detected", "NTRK2", "Not detected", "FGFR3", "Not detected"],
        ["NRG1", "Not detected", "NTRK3", "Not detected", "BRAF", "Not detected"],
        ["MET exon 14 skipping", "Not detected", "NUTM1", "Not detected", "EGFR exon 2-7 (vIII)", "Not detected"],
    ], [90, 70, 70, 70, 110, 130])]
    s += [Paragraph("Clinical significance", S["h2"]), Paragraph(
        "ROS1 rearrangements occur in 1-2% of lung adenocarcinomas, typically in younger never-smokers, and are mutually exclusive "
        "with other drivers in most cases. Approved ROS1 inhibitors in NSCLC: crizotinib, entrectinib, repotrectinib; taletrectinib "
        "where available. CD74 is the commonest partner and has been associated with a higher rate of brain metastases than some "
        "other partners in retrospective series.", S["body"])]
    s += [Paragraph("Referral information", S["h2"]), Paragraph(
        "The requisition states that ROS1 immunohistochemistry (clone D4D6) performed at the referring hospital showed diffuse "
        "moderate cytoplasmic staining and requests molecular confirmation.", S["body"])]
    s += [Paragraph("Fusion partners covered (selected)", S["h1"]), Paragraph(PARTNERS, S["small"])]
    s += [Paragraph("Clinical trials (selected)", S["h2"]), table([
        ["Study", "Target", "Requirement", "Status"],
        ["FFD-CT-207", "ROS1 G2032R after first-line TKI", "ROS1 fusion with resistance mutation", "Not currently eligible"],
        ["FFD-CT-311", "ALK, ROS1, NTRK brain-penetrant TKI", "ALK, ROS1 or NTRK fusion; CNS metastases", "Potentially eligible"],
    ], [80, 170, 200, 120])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_fennick()
    s += [Spacer(1, 6), Paragraph("Laboratory director: Marisol Quennell-Adeyemi, PhD, HCLD(ABB). Reviewed "
                                  f"{HEAD[rid][1]}.", S["small"])]
    return s


# --------------------------------------------------------------------------- 6616
@report(6616, LAB, "RNA fusion panel with confirmation addendum (landscape, sidebar)", "Papillary thyroid carcinoma, nodal recurrence",
        ["LAND", "NEG", "PRI", "MTH", "AMD", "SIDE"], [
    L("RET", "fusion", "positive", ["CCDC6::RET", "CCDC6-RET"], alteration="CCDC6-RET"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("ALK", "fusion", "negative", "ALK"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("BRAF", "fusion", "negative", "BRAF"),
    L("MET", "mutation", "negative", "MET exon 14"),
    L("BRAF", "mutation", "negative", "BRAF V600E", optional=True),
])
def r6616():
    rid = 6616
    s = sidebar(rid, [("Patient", patient(rid)), ("Date of birth", "1990-01-25"), ("Ordering physician",
                      "Dr. Signe Abernathy-Rojas, Endocrine Oncology"), ("Specimen", "Lymph node, right level IV, "
                      "excision, block EN25-1060 B2"), ("Tumor content", "65%"), ("Received", "2025-10-15"),
                      ("Reported", HEAD[rid][1]), ("Accession", HEAD[rid][0])],
                 ["RET FUSION DETECTED", "CCDC6-RET"])
    s += [Paragraph("FusionSeek 87 \u2014 RNA Fusion and Splice Variant Report", S["h1"])]
    s += [boxed("<b>Positive.</b> CCDC6::RET fusion detected (5' CCDC6 exon 1 / 3' RET exon 12; historically RET/PTC1). "
                "See the addendum below for orthogonal confirmation.")]
    s += [Paragraph("Detected fusion", S["h2"]), table([
        ["Fusion", "Junction", "Unique reads", "Frame", "Classification", "Therapy association"],
        ["CCDC6::RET", "5'CCDC6(ex1) / 3'RET(ex12)", "612", "In frame", "Oncogenic; Tier IA",
         "Selpercatinib; pralsetinib (RET fusion-positive thyroid cancer)"],
    ], [70, 120, 60, 50, 90, 130])]
    s += [Paragraph("No fusion detected", S["h2"]), Paragraph(
        "ALK &nbsp;\u00b7&nbsp; ROS1 &nbsp;\u00b7&nbsp; NTRK1 &nbsp;\u00b7&nbsp; NTRK2 &nbsp;\u00b7&nbsp; NTRK3 &nbsp;\u00b7&nbsp; "
        "BRAF &nbsp;\u00b7&nbsp; PAX8::PPARG &nbsp;\u00b7&nbsp; THADA &nbsp;\u00b7&nbsp; NRG1 &nbsp;\u00b7&nbsp; FGFR1-3. "
        "MET exon 14 skipping: not detected.", S["body"])]
    s += [Paragraph("History and prior testing", S["h2"]), Paragraph(
        "Total thyroidectomy in 2021 for classic papillary carcinoma, followed by radioiodine; nodal recurrence now considered "
        "radioiodine-refractory. Prior DNA hotspot testing of the 2021 thyroidectomy at another laboratory was reported as "
        "BRAF V600E negative, TERT promoter negative; that report did not include RNA fusion analysis.", S["body"])]
    s += [Paragraph("Interpretation", S["h2"]), Paragraph(
        "RET fusions are found in roughly 5-10% of papillary thyroid carcinomas and are enriched in radiation-associated and "
        "paediatric tumours. Selective RET inhibitors are approved for advanced RET fusion-positive thyroid cancer requiring "
        "systemic therapy that is radioactive iodine-refractory.", S["body"])]
    s += [Spacer(1, 6), Table([[Paragraph(
        "<b>ADDENDUM \u2014 2025-11-03.</b> At the request of the treating team, the CCDC6-RET junction was confirmed by "
        "reverse-transcription PCR with junction-specific primers and Sanger sequencing (product 214 bp; sequence matches "
        "CCDC6 exon 1 fused to RET exon 12). The original result is unchanged. Addendum signed by M. Quennell-Adeyemi, PhD.",
        S["body"])]], colWidths=[520], style=[("BOX", (0, 0), (-1, -1), 1, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 8)])]
    s += [PageBreak(), Paragraph("Quality metrics", S["h1"]), table([
        ["Metric", "This specimen", "Acceptance", "Outcome"],
        ["RNA input", "96 ng", "20 ng or more", "Pass"],
        ["Total reads", "4.1 million", "1.5 million or more", "Pass"],
        ["Reads on target", "88%", "60% or more", "Pass"],
        ["Internal RNA quality control (housekeeping junctions)", "Median 1,940 reads", "200 reads or more", "Pass"],
        ["Positive fusion control (SeraCare-type mix)", "EML4-ALK, CCDC6-RET, ETV6-NTRK3, SLC34A2-ROS1 detected",
         "All expected", "Pass"],
        ["No-template control", "No reads", "Clean", "Pass"],
    ], [220, 250, 130, 90])]
    s += [Paragraph("The positive control row lists the fusions present in the commercial control material, not in this patient.",
                    S["small"])]
    s += [Paragraph("Fusion partners covered (selected)", S["h1"]), Paragraph(PARTNERS, S["small"])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_fennick()
    s += [Spacer(1, 6), Paragraph("Laboratory director: Marisol Quennell-Adeyemi, PhD, HCLD(ABB). Original report "
                                  f"{HEAD[rid][1]}; addendum 2025-11-03.", S["small"])]
    return s
