"""Sable Point Community Hospital, Molecular Pathology Laboratory: a small hospital laboratory.
House style: US letter, centred Helvetica letterhead, Courier body in synoptic 'Item: value'
lines with bracketed check boxes, a plain signature block, and a test-menu page."""
from reportlab.lib.pagesizes import letter
from reportlab.platypus import SimpleDocTemplate, Preformatted

from common import *

S = {
    "body": style("sp_body", "Courier", 8.8, leading=11),
    "bodyb": style("sp_bodyb", "Courier-Bold", 8.8, leading=11),
    "h": style("sp_h", "Helvetica-Bold", 9.5, leading=12, space_before=9, space_after=2, keepWithNext=1),
    "small": style("sp_small", "Helvetica", 7.2, leading=8.8),
    "pre": style("sp_pre", "Courier", 8.6, leading=10.6),
    "cell": style("sp_cell", "Courier", 8.2, leading=10),
}

HEAD = {6625: ("MP25-00718", "10/22/2025"), 6626: ("MP25-00744", "10/29/2025")}


class SablePoint:
    name = "Sable Point Molecular Pathology"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = letter

        def page(c, pg, total):
            c.saveState()
            c.setFont("Helvetica-Bold", 11.5)
            c.drawCentredString(W / 2, H - 38, "SABLE POINT COMMUNITY HOSPITAL")
            c.setFont("Helvetica", 8.5)
            c.drawCentredString(W / 2, H - 50, "Molecular Pathology Laboratory  \u2022  410 Breakwater Drive, Sable Point, ME  \u2022  (207) 555-0162")
            c.drawCentredString(W / 2, H - 61, "Medical Director: Harriet Oyelaran-Pike, MD  \u2022  CLIA 20D9990388")
            c.setLineWidth(1.5)
            c.line(50, H - 68, W - 50, H - 68)
            c.setFont("Courier", 7.5)
            c.drawString(50, 30, f"{patient(rid)}  {acc}  printed {date}")
            c.drawRightString(W - 50, 30, f"Page {pg} of {total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=50, rightMargin=50, topMargin=80, bottomMargin=46,
                                title=f"Molecular pathology {acc}", author="Sable Point Community Hospital")
        doc.build(story, canvasmaker=numbered(page))


LAB = SablePoint()


def pre(text):
    return Preformatted(text.strip("\n"), S["pre"])


def header_block(rid, extra):
    acc, date = HEAD[rid]
    lines = [f"PATIENT: {patient(rid):<28}ACCESSION: {acc}",
             f"{extra[0]:<37}{extra[1]}",
             f"{extra[2]:<37}{extra[3]}",
             f"{extra[4]:<37}REPORTED:  {date}"]
    t = Table([[pre("\n".join(lines))]], colWidths=[512])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def sign(name, date):
    return [Spacer(1, 10), pre(f"""
Electronically signed out by: {name}
Date: {date}
This test was developed and its performance characteristics determined by the Sable Point Community Hospital Molecular
Pathology Laboratory. It has not been cleared or approved by the FDA.""")]


PANEL = ("Sable-LHP (22 genes, amplicon NGS): AKT1, ALK (exons 22-25), BRAF, CTNNB1, DDR2, EGFR (exons 18-21), ERBB2 (exons "
         "19-21), ERBB4, FBXW7, FGFR1-3 (hotspots), HRAS, IDH1, KRAS, MAP2K1, MET (exons 2, 14 splice sites NOT covered), "
         "NRAS, PIK3CA, PTEN, SMAD4, STK11, TP53. Rearrangements and copy number are not detected by this panel.")


# --------------------------------------------------------------------------- 6625
@report(6625, LAB, "Community hospital hotspot panel with ALK, ROS1 and PD-L1 IHC (synoptic)", "Lung adenocarcinoma",
        ["IHC", "NEG", "PEND", "MTH", "CHK"], [
    L("EGFR", "mutation", "positive", ["p.(Ala767_Val769dup)", "exon 20 insertion"], alteration="A767_V769dup"),
    L("TP53", "mutation", "positive", "p.(Arg273Leu)", alteration="R273L"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("ALK", "expression", "negative", ["D5F3", "Negative"]),
    L("ROS1", "expression", "negative", ["SP384", "Negative"]),
    L("PD-L1", "expression", "negative", ["SP263", "<1%"], value="<1%"),
])
def r6625():
    rid = 6625
    s = [header_block(rid, ["DOB: 04/18/1979   SEX: F", "SOURCE: Lung, LLL, CT-guided core",
                            "PHYSICIAN: Kofi Ambrose-Lindahl, MD", "BLOCK: SP25-4410 A1",
                            "COLLECTED: 10/09/2025"])]
    s += [Paragraph("DIAGNOSIS (from surgical pathology SP25-4410)", S["h"]), Paragraph(
        "Lung, left lower lobe, needle core biopsy: Adenocarcinoma, acinar and solid patterns. TTF-1 positive, p40 negative.",
        S["body"])]
    s += [Paragraph("TESTS PERFORMED", S["h"]), Paragraph(
        "Sable-LHP hotspot panel (DNA); ALK (D5F3) IHC; ROS1 (SP384) IHC; PD-L1 (SP263) IHC.", S["body"])]
    s += [Paragraph("EGFR MUTATION ANALYSIS", S["h"]), pre("""
Result:          [X] Mutation detected   [ ] No mutation detected   [ ] Indeterminate
Variant:         NM_005228.5:c.2300_2308dup  p.(Ala767_Val769dup)
Exon / type:     Exon 20 / in-frame duplication (exon 20 insertion)
Allele fraction: 26%
""")]
    s += [Paragraph(
        "Comment: EGFR exon 20 insertions are generally insensitive to gefitinib, erlotinib, afatinib and osimertinib at "
        "standard dose. Amivantamab with carboplatin-pemetrexed is approved first line; exon 20-selective inhibitors are in "
        "trials.", S["body"])]
    s += [Paragraph("OTHER GENES REPORTED", S["h"]), pre("""
KRAS (exons 2-4):       [ ] Mutation detected   [X] No mutation detected
BRAF (exons 11, 15):    [ ] Mutation detected   [X] No mutation detected
ERBB2 (exons 19-21):    [ ] Mutation detected   [X] No mutation detected
TP53 (exons 4-10):      [X] Mutation detected   [ ] No mutation detected
                        c.818G>T p.(Arg273Leu), allele fraction 23%
MET exon 14 skipping:   Not covered by this panel (see Comment)
""")]
    s += [Paragraph("IMMUNOHISTOCHEMISTRY", S["h"]), pre("""
ALK (D5F3, Ventana):     Negative (no granular cytoplasmic staining)
ROS1 (SP384):            Negative (no staining in tumor cells)
PD-L1 (SP263):           Tumor cells with membranous staining: <1%
                         Interpretation: Negative (TC <1%)
Controls:                Tonsil and cell-line controls appropriate for each stain
""")]
    s += [Paragraph("COMMENT", S["h"]), Paragraph(
        "Because this panel does not cover MET exon 14 splice sites or gene rearrangements other than by ALK and ROS1 IHC, the "
        "block has been sent to a reference laboratory for RNA-based fusion and splice analysis (RET, NTRK1-3, NRG1, MET exon 14). "
        "That result is pending and will be reported separately. ALK and ROS1 IHC are screening tests; the negative ALK result "
        "does not require reflex FISH.", S["body"])]
    s += [PageBreak(), Paragraph("PANEL CONTENT", S["h"]), Paragraph(PANEL, S["body"])]
    s += [Paragraph("METHOD", S["h"]), Paragraph(
        "Macrodissected FFPE tissue; DNA extraction; multiplex PCR library (Sable-LHP); sequencing on a benchtop instrument; "
        "analysis with minimum 500x coverage per amplicon and 5% limit of detection. Variants of uncertain significance are "
        "not reported unless requested. IHC performed on a Ventana BenchMark with OptiView (ALK with amplification kit).",
        S["body"])]
    s += [Paragraph("QUALITY", S["h"]), pre("""
Tumor fraction (pathologist):  40%
DNA (ng/uL):                   6.2
Amplicons passing (>=500x):    98 of 100
Failed amplicons:              FGFR3_E9, PTEN_E8 (not reported)
""")]
    s += sign("Harriet Oyelaran-Pike, MD", HEAD[rid][1])
    return s


# --------------------------------------------------------------------------- 6626
@report(6626, LAB, "Community hospital molecular report: test not performed (insufficient tumour)", "Suspected metastatic carcinoma, liver",
        ["FAIL", "MTH", "CHK"], [])
def r6626():
    rid = 6626
    s = [header_block(rid, ["DOB: 11/02/1948   SEX: M", "SOURCE: Liver, segment VII, core",
                            "PHYSICIAN: Agnieszka Fairbrother, MD", "BLOCK: SP25-4698 B1",
                            "COLLECTED: 10/21/2025"])]
    s += [Paragraph("REPORT STATUS", S["h"]), pre("""
*** TEST NOT PERFORMED - SPECIMEN INSUFFICIENT ***
""")]
    s += [Paragraph("TESTS REQUESTED", S["h"]), pre("""
Sable-LHP hotspot panel (EGFR, KRAS, BRAF, ERBB2 and 18 other genes)     CANCELLED
ALK (D5F3) IHC                                                            CANCELLED
ROS1 (SP384) IHC                                                          CANCELLED
PD-L1 (SP263) IHC                                                         CANCELLED
""")]
    s += [Paragraph("REASON", S["h"]), Paragraph(
        "Review of the H&amp;E section of block B1 shows predominantly necrosis and fibrosis with rare atypical epithelial cells "
        "(estimated tumor cellularity below 5%, fewer than 50 viable tumor cells). DNA extraction from the marked area yielded "
        "1.2 ng (minimum 10 ng). Sequencing was not attempted. There was insufficient viable tumor for the immunohistochemical "
        "stains, which require at least 100 viable tumor cells.", S["body"])]
    s += [Paragraph("RESULT FIELDS", S["h"]), pre("""
EGFR mutation:      [ ] Detected   [ ] Not detected   [ ] Indeterminate
KRAS mutation:      [ ] Detected   [ ] Not detected   [ ] Indeterminate
BRAF mutation:      [ ] Detected   [ ] Not detected   [ ] Indeterminate
ALK IHC:            [ ] Positive   [ ] Negative
PD-L1 TPS:          ____ %
(Not completed - test not performed.)
""")]
    s += [Paragraph("COMMENT", S["h"]), Paragraph(
        "The requisition asks for confirmation of an outside EGFR result; the outside report was not provided and cannot be "
        "confirmed on this specimen. Options: (1) re-biopsy with at least three cores placed directly in formalin, avoiding "
        "necrotic center; (2) plasma cell-free DNA testing, which can identify EGFR, KRAS and BRAF variants and some ALK and RET "
        "fusions without tissue. The clinical team (Dr. Fairbrother) was informed by secure message on 10/29/2025. The block "
        "will be retained and can be reconsidered if deeper levels show more tumor.", S["body"])]
    s += [PageBreak(), Paragraph("SPECIMEN REQUIREMENTS (for re-collection)", S["h"]), pre("""
Specimen type            Minimum                          Preferred
FFPE block               20% tumor, 10 mm2 tumor area     >=30% tumor
Cytology cell block      100 viable tumor cells (IHC)     >=300 cells
Core biopsy              3 cores, 18G or larger           4-5 cores
Fixation                 10% NBF, 6-72 hours              same
Decalcification          EDTA only                        avoid
""")]
    s += [Paragraph("PANEL CONTENT", S["h"]), Paragraph(PANEL, S["body"])]
    s += [Paragraph("BILLING NOTE", S["h"]), Paragraph(
        "Only the pathologist specimen-adequacy review (CPT-like code 88-REV) is billed. Molecular and IHC charges are reversed.",
        S["body"])]
    s += sign("Harriet Oyelaran-Pike, MD", HEAD[rid][1])
    return s
