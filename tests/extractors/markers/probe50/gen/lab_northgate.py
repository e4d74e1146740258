"""Northgate Reference Laboratories: a reference laboratory's small hotspot panels.
House style: A4, Courier throughout, capitals, dense grids, space-aligned blocks of codons,
asterisk banners, and a long disclaimer."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Preformatted

from common import *

S = {
    "body": style("ng_body", "Courier", 8.4, leading=10.2),
    "bold": style("ng_bold", "Courier-Bold", 8.4, leading=10.2),
    "h": style("ng_h", "Courier-Bold", 9, leading=11, space_before=8, space_after=2, keepWithNext=1),
    "small": style("ng_small", "Courier", 7.2, leading=8.6),
    "cell": style("ng_cell", "Courier", 7.8, leading=9.2),
    "cellb": style("ng_cellb", "Courier-Bold", 7.8, leading=9.2),
    "pre": style("ng_pre", "Courier", 8, leading=9.6),
}

HEAD = {
    6612: ("N25-204417", "NHP-50 + MSI", "19-SEP-2025 14:02"),
    6613: ("N25-207731", "NHP-50", "03-OCT-2025 09:47"),
    6614: ("N25-209160", "TMP-24 THYROID", "16-OCT-2025 16:30"),
}


class Northgate:
    name = "Northgate Reference Laboratories"

    def build(self, path, rid, story):
        acc, test, ts = HEAD[rid]
        W, H = A4

        def page(c, pg, total):
            c.saveState()
            c.setFont("Courier-Bold", 10)
            c.drawString(40, H - 36, "NORTHGATE REFERENCE LABORATORIES")
            c.setFont("Courier", 7.5)
            c.drawString(40, H - 46, "MOLECULAR ONCOLOGY SECTION  /  1 CANAL BASIN WAY, NORTHGATE NG9 2PX  /  TEL 0113 496 0722")
            c.drawRightString(W - 40, H - 36, f"ACC: {acc}")
            c.drawRightString(W - 40, H - 46, f"PATIENT: {patient(rid).upper()}")
            c.line(40, H - 51, W - 40, H - 51)
            c.line(40, 40, W - 40, 40)
            c.drawString(40, 30, f"PRINTED {ts}  /  TEST {test}  /  NRL-FORM-MO-7 REV 12")
            c.drawRightString(W - 40, 30, f"PAGE {pg} OF {total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=60,
                                bottomMargin=50, title=f"NRL {acc}", author="Northgate Reference Laboratories")
        doc.build(story, canvasmaker=numbered(page))


LAB = Northgate()


def grid(rows, widths, bold_first=True):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(c, S["cellb"] if (i == 0 and bold_first) else S["cell"]) if isinstance(c, str) else c
                     for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def pre(text):
    return Preformatted(text.strip("\n"), S["pre"])


def demographics(rid, rows):
    base = [("PATIENT", patient(rid).upper()), ("SEX/DOB", rows.pop(0))] + rows
    lines = []
    for i in range(0, len(base), 2):
        left = f"{base[i][0]:<11}: {base[i][1]}"
        right = f"{base[i + 1][0]:<11}: {base[i + 1][1]}" if i + 1 < len(base) else ""
        lines.append(f"{left:<48}{right}")
    return pre("\n".join(lines))


DISCLAIMER = """
THIS TEST WAS DEVELOPED AND ITS PERFORMANCE CHARACTERISTICS DETERMINED BY NORTHGATE REFERENCE LABORATORIES. RESULTS
ARE INTENDED FOR USE BY THE TREATING CLINICIAN TOGETHER WITH HISTOLOGY AND CLINICAL FINDINGS. A NEGATIVE RESULT
INDICATES THAT NO VARIANT WAS DETECTED AT THE LISTED POSITIONS ABOVE THE STATED LIMIT OF DETECTION; VARIANTS OUTSIDE
THE LISTED POSITIONS ARE NOT ASSESSED. SPECIMENS WITH LESS THAN 20% NEOPLASTIC CELLS MAY GIVE FALSE NEGATIVE RESULTS.
"""


# --------------------------------------------------------------------------- 6612
@report(6612, LAB, "Hotspot panel (RAS/PIK3CA) with MSI by PCR; BRAF amplicon failed", "Colorectal adenocarcinoma, liver metastasis",
        ["NEG", "FAIL", "PRI", "MTH", "BIO"], [
    L("KRAS", "mutation", "negative", ["KRAS EXON 2", "NONE OF THE ABOVE MUTATIONS WERE DETECTED"]),
    L("NRAS", "mutation", "negative", "NRAS EXON 2"),
    L("PIK3CA", "mutation", "negative", "PIK3CA EXONS 9 AND 20"),
    L("MSI", "signature", "negative", "MICROSATELLITE STABLE"),
    L("KRAS", "mutation", "positive", "P.G12V", alteration="G12V", optional=True),
])
def r6612():
    rid = 6612
    s = [Paragraph("*** FINAL REPORT ***  MOLECULAR ONCOLOGY  ***", S["bold"]), Spacer(1, 4)]
    s += [demographics(rid, ["M / 1955-04-02", ("DOB CHECK", "VERIFIED"), ("REQ. BY", "DR A. PENHALIGON, ST ALDRIC HOSP"),
                             ("SPECIMEN", "FFPE BLOCK SA25-9917 B1"), ("SITE", "LIVER, SEGMENT IVB, CORE BX"),
                             ("TUMOUR %", "15% (MARKED BY DR E. TANAKA)"), ("RECEIVED", "11-SEP-2025"),
                             ("DIAGNOSIS", "METASTATIC COLORECTAL ADENOCA."), ("TEST", "NHP-50 RAS/PIK3CA + MSI-5")])]
    s += [Paragraph("RESULT SUMMARY", S["h"])]
    s += [grid([
        ["TARGET", "RESULT", "COMMENT"],
        ["KRAS EXON 2, 3, 4", "NO MUTATION DETECTED", "SEE CODON LIST BELOW"],
        ["NRAS EXON 2, 3, 4", "NO MUTATION DETECTED", "SEE CODON LIST BELOW"],
        ["BRAF EXON 15 (CODON 600)", "NOT REPORTABLE", "AMPLICON FAILED QC (MEAN DEPTH 48X; MINIMUM 250X). REPEAT ON NEW "
                                                      "BLOCK RECOMMENDED"],
        ["PIK3CA EXONS 9 AND 20", "NO MUTATION DETECTED", ""],
        ["MSI (5 MONONUCLEOTIDE MARKERS)", "MICROSATELLITE STABLE", "0 OF 5 MARKERS UNSTABLE"],
    ], [150, 130, 235])]
    s += [Paragraph("POSITIONS INTERROGATED (RAS)", S["h"])]
    s += [pre("""
GENE   EXON  CODONS                         LOD (VAF)   RESULT
KRAS   2     12, 13                         2%          NOT DETECTED
KRAS   3     59, 61                         2%          NOT DETECTED
KRAS   4     117, 146                       3%          NOT DETECTED
NRAS   2     12, 13                         2%          NOT DETECTED
NRAS   3     59, 61                         2%          NOT DETECTED
NRAS   4     117, 146                       3%          NOT DETECTED
""")]
    s += [Paragraph("NONE OF THE ABOVE MUTATIONS WERE DETECTED.", S["bold"])]
    s += [Paragraph("COMPARISON WITH PREVIOUS RESULTS", S["h"]), Paragraph(
        "NRL REPORT N24-118832 (PRIMARY SIGMOID TUMOUR, RESECTION, 2024) DETECTED KRAS EXON 2 P.G12V (C.35G>T) AT 31% VAF. "
        "THE PRESENT METASTASIS SAMPLE CONTAINS ONLY 15% TUMOUR CELLS, CLOSE TO THE LIMIT AT WHICH A HETEROZYGOUS VARIANT "
        "WOULD FALL BELOW 8% VAF. WHILE THIS RESULT IS REPORTED AS NO MUTATION DETECTED, DISCORDANCE WITH THE PRIMARY IS "
        "MORE LIKELY TO REFLECT LOW TUMOUR CONTENT THAN TRUE ABSENCE OF THE VARIANT. RAS STATUS FOR ANTI-EGFR THERAPY "
        "SHOULD BE DECIDED IN MULTIDISCIPLINARY DISCUSSION.", S["body"])]
    s += [Paragraph("MSI DETAIL", S["h"])]
    s += [pre("""
MARKER    NORMAL SIZE   TUMOUR SIZE   SHIFT   STATUS
BAT-25    124           124           0       STABLE
BAT-26    116           116           0       STABLE
NR-21     103           103           0       STABLE
NR-24     132           132           0       STABLE
MONO-27   152           151           -1      STABLE (WITHIN +/-2 BP)
""")]
    s += [Paragraph("INTERPRETATION CRITERIA: MSI-HIGH = 2 OR MORE OF 5 MARKERS UNSTABLE; MSI-LOW = 1 OF 5; STABLE = 0 OF 5. "
                    "MMR IMMUNOHISTOCHEMISTRY (MLH1, PMS2, MSH2, MSH6) IS NOT PERFORMED BY THIS SECTION.", S["small"])]
    s += [PageBreak(), Paragraph("METHOD", S["h"]), Paragraph(
        "DNA EXTRACTED FROM MACRODISSECTED 10 UM SECTIONS (QIAAMP-TYPE COLUMN). AMPLICON LIBRARY (NHP-50, 50 GENES, 207 "
        "AMPLICONS) SEQUENCED ON A BENCHTOP SEMICONDUCTOR PLATFORM. ONLY THE GENES ORDERED ARE REPORTED; OTHER GENES "
        "ON THE PANEL (E.G. EGFR, ALK, ERBB2, IDH1, IDH2, KIT, PDGFRA, TP53) ARE NOT ANALYSED OR REPORTED UNLESS "
        "REQUESTED. MSI BY FLUORESCENT PCR OF 5 QUASI-MONOMORPHIC MONONUCLEOTIDE REPEATS WITH CAPILLARY ELECTROPHORESIS; "
        "MATCHED NORMAL NOT REQUIRED.", S["body"])]
    s += [Paragraph("QC", S["h"]), grid([
        ["METRIC", "VALUE", "PASS CRITERION", "STATUS"],
        ["DNA YIELD", "22 NG", ">= 10 NG", "PASS"],
        ["MAPPED READS", "418,220", ">= 200,000", "PASS"],
        ["AMPLICONS >= 250X", "201/207", "ALL REPORTED AMPLICONS", "FAIL FOR BRAF_EX15_A"],
        ["NO-TEMPLATE CONTROL", "CLEAN", "CLEAN", "PASS"],
        ["POSITIVE CONTROL (HD-701)", "KRAS G13D 14.8%", "EXPECTED 15% +/- 3", "PASS"],
    ], [150, 110, 150, 105])]
    s += [Paragraph("DISCLAIMER", S["h"]), Paragraph(" ".join(DISCLAIMER.split()), S["small"])]
    s += [Spacer(1, 8), pre("""
TECHNICAL REVIEW:  J. OKAFOR-LINDGREN, BSC, HCPC        18-SEP-2025
REPORTED BY:       DR M. SZABO-ACHEBE, FRCPATH          19-SEP-2025
""")]
    return s


# --------------------------------------------------------------------------- 6613
@report(6613, LAB, "Hotspot panel with BRAF VE1 IHC", "Cutaneous melanoma, nodal metastasis",
        ["NEG", "IHC", "PRI", "MTH"], [
    L("BRAF", "mutation", "positive", ["P.(VAL600LYS)", "V600K"], alteration="V600K"),
    L("BRAF", "expression", "negative", ["VE1", "NEGATIVE"]),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("BRAF", "mutation", "positive", "BRAF V600 MUTATION POSITIVE", optional=True),
])
def r6613():
    rid = 6613
    s = [Paragraph("*** FINAL REPORT ***  MOLECULAR ONCOLOGY  ***", S["bold"]), Spacer(1, 4)]
    s += [demographics(rid, ["F / 1969-10-21", ("REQ. BY", "DR S. VANTONGEREN, MELANOMA UNIT"),
                             ("SPECIMEN", "FFPE BLOCK LN25-3310 A3"), ("SITE", "LYMPH NODE, LEFT AXILLA"),
                             ("TUMOUR %", "70%"), ("RECEIVED", "26-SEP-2025"),
                             ("DIAGNOSIS", "METASTATIC MELANOMA"), ("TEST", "NHP-50 MELANOMA SET + VE1")])]
    s += [Paragraph("RESULT", S["h"])]
    s += [grid([
        ["GENE", "VARIANT", "VAF", "CLASSIFICATION"],
        ["BRAF", "NM_004333.6:C.1798_1799DELINSAA<br/>P.(VAL600LYS)  [V600K]", "38%", "PATHOGENIC (TIER I)"],
        ["TERT PROMOTER", "C.-124C>T (C228T)", "45%", "PATHOGENIC (PROGNOSTIC; NOT THERAPEUTIC)"],
        ["CDKN2A", "C.238C>T P.(ARG80*)", "52%", "PATHOGENIC (NO THERAPY)"],
    ], [90, 200, 40, 185])]
    s += [Paragraph("NEGATIVE FOR", S["h"])]
    s += [pre("""
NRAS    EXON 2 (G12, G13), EXON 3 (Q61)         NO MUTATION DETECTED
KIT     EXONS 9, 11, 13, 17, 18                  NO MUTATION DETECTED
GNAQ    Q209, R183                               NO MUTATION DETECTED
GNA11   Q209, R183                               NO MUTATION DETECTED
""")]
    s += [Paragraph("BRAF V600E MUTATION-SPECIFIC IMMUNOHISTOCHEMISTRY (CLONE VE1)", S["h"])]
    s += [grid([
        ["ITEM", "FINDING"],
        ["RESULT", "NEGATIVE"],
        ["STAINING", "NO CYTOPLASMIC STAINING IN TUMOUR CELLS; MELANOPHAGES NOT COUNTED"],
        ["CONTROL", "BRAF V600E-MUTANT COLORECTAL CONTROL POSITIVE; WILD-TYPE CONTROL NEGATIVE"],
    ], [110, 405])]
    s += [Paragraph("COMMENT", S["h"]), Paragraph(
        "THE VE1 ANTIBODY RECOGNISES THE V600E PROTEIN AND DOES NOT RELIABLY DETECT V600K. A NEGATIVE VE1 STAIN IS THEREFORE "
        "EXPECTED WITH THE V600K VARIANT FOUND BY SEQUENCING AND DOES NOT CONTRADICT IT. BRAF V600K IS SENSITIVE TO BRAF/MEK "
        "INHIBITOR COMBINATIONS (E.G. DABRAFENIB + TRAMETINIB, ENCORAFENIB + BINIMETINIB). THE REFERRAL NOTE QUOTES AN OUTSIDE "
        "RESULT ON THE 2024 SENTINEL NODE AS 'BRAF V600 MUTATION POSITIVE' WITHOUT THE AMINO ACID; THE PRESENT RESULT "
        "SPECIFIES IT.", S["body"])]
    s += [PageBreak(), Paragraph("GENES AND POSITIONS IN THE NHP-50 MELANOMA SET", S["h"])]
    s += [pre("""
BRAF    EXON 11 (G464-G469), EXON 15 (D594-K601)
NRAS    EXONS 2, 3, 4
KIT     EXONS 8, 9, 11, 13, 17, 18
GNAQ    EXONS 4, 5
GNA11   EXONS 4, 5
MAP2K1  EXONS 2, 3
TERT    PROMOTER (-124, -146)
CDKN2A  ALL CODING EXONS
""")]
    s += [Paragraph("METHOD AND LIMITATIONS", S["h"]), Paragraph(
        "AMPLICON SEQUENCING AS FOR NHP-50 (SEE NRL TEST CATALOGUE). LIMIT OF DETECTION 3% VAF FOR SUBSTITUTIONS AND 5% FOR "
        "DELINS VARIANTS. VE1 IMMUNOHISTOCHEMISTRY ON A VENTANA BENCHMARK ULTRA WITH OPTIVIEW DETECTION.", S["body"])]
    s += [Paragraph("DISCLAIMER", S["h"]), Paragraph(" ".join(DISCLAIMER.split()), S["small"])]
    s += [Spacer(1, 8), pre("""
TECHNICAL REVIEW:  P. NAKASHIMA-DOYLE, MSC              02-OCT-2025
REPORTED BY:       DR M. SZABO-ACHEBE, FRCPATH          03-OCT-2025
""")]
    return s


# --------------------------------------------------------------------------- 6614
@report(6614, LAB, "Thyroid FNA DNA/RNA panel", "Thyroid nodule, Bethesda IV (follicular neoplasm)",
        ["NEG", "MTH", "STK"], [
    L("HRAS", "mutation", "positive", ["P.(GLN61ARG)", "C.182A>G"], alteration="Q61R"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("RET", "fusion", "negative", "RET"),
    L("NTRK", "fusion", "negative", "NTRK1"),
    L("ALK", "fusion", "negative", "ALK"),
    L("BRAF", "fusion", "negative", "BRAF FUSIONS"),
])
def r6614():
    rid = 6614
    s = [Paragraph("*** FINAL REPORT ***  THYROID MOLECULAR PANEL  ***", S["bold"]), Spacer(1, 4)]
    s += [demographics(rid, ["F / 1987-02-14", ("REQ. BY", "DR L. MOREAU-IKEDA, ENDOCRINE CLINIC"),
                             ("SPECIMEN", "FNA, DEDICATED PASS IN PRESERVATIVE"), ("SITE", "THYROID, RIGHT LOBE, 2.8 CM"),
                             ("CYTOLOGY", "BETHESDA IV (NG25-C-8815)"), ("RECEIVED", "09-OCT-2025"),
                             ("NUCLEIC ACID", "DNA 14 NG / RNA 9 NG"), ("TEST", "TMP-24 THYROID")])]
    s += [Paragraph("RESULT: POSITIVE - ONE MUTATION DETECTED", S["h"])]
    s += [grid([
        ["GENE", "VARIANT", "ALLELE FREQUENCY", "ASSOCIATION"],
        ["HRAS", "EXON 3<br/>C.182A>G<br/>P.(GLN61ARG)  Q61R", "41%",
         "RAS-LIKE LESION: FOLLICULAR ADENOMA, NIFTP, FOLLICULAR-PATTERN CARCINOMA"],
    ], [60, 170, 90, 195])]
    s += [Paragraph("NO ALTERATION DETECTED", S["h"])]
    s += [grid([
        ["POINT MUTATIONS (DNA)", "GENE FUSIONS (RNA)", "OTHER"],
        ["BRAF V600E AND K601E<br/>NRAS CODONS 12, 13, 61<br/>KRAS CODONS 12, 13, 61<br/>TERT PROMOTER<br/>TSHR<br/>"
         "EIF1AX<br/>DICER1<br/>PTEN",
         "RET (CCDC6, NCOA4 AND 12 OTHER PARTNERS)<br/>NTRK1 / NTRK3<br/>ALK (STRN, EML4)<br/>PAX8::PPARG<br/>THADA "
         "(IGF2BP3)<br/>BRAF FUSIONS",
         "COPY NUMBER: NO 22Q LOSS<br/>GENE EXPRESSION: FOLLICULAR, NO PARATHYROID OR MEDULLARY SIGNATURE"],
    ], [165, 195, 155])]
    s += [Paragraph("INTERPRETATION", S["h"]), Paragraph(
        "AN ISOLATED HRAS Q61R AT A HETEROZYGOUS ALLELE FREQUENCY IN A BETHESDA IV NODULE IS ASSOCIATED WITH A RISK OF "
        "MALIGNANCY OF APPROXIMATELY 30-50% IN PUBLISHED SERIES; MOST RAS-POSITIVE NODULES ARE LOW-RISK NEOPLASMS. THE ABSENCE "
        "OF TERT PROMOTER OR TP53 ALTERATIONS ARGUES AGAINST AGGRESSIVE DISEASE. DIAGNOSTIC LOBECTOMY MAY BE CONSIDERED. "
        "NOTE: HRAS VARIANTS ARE ALSO FOUND IN RET-NEGATIVE MEDULLARY CARCINOMA; CALCITONIN CORRELATION IS SUGGESTED.", S["body"])]
    s += [Paragraph("TP53 IS NOT PART OF THE TMP-24 DNA PANEL; THE STATEMENT ABOVE REFERS TO PUBLISHED DATA.", S["small"])]
    s += [PageBreak(), Paragraph("ASSAY DESCRIPTION", S["h"]), Paragraph(
        "TMP-24 COMBINES TARGETED DNA SEQUENCING OF 14 GENES (HOTSPOTS) AND RNA SEQUENCING FOR 38 FUSION TYPES AND "
        "EXPRESSION OF 10 GENES. ANALYTICAL SENSITIVITY 5% MUTANT ALLELE FOR DNA AND 2.5% FUSION TRANSCRIPT FOR RNA WITH "
        "AT LEAST 5 NG INPUT. THE TEST IS NOT A SUBSTITUTE FOR HISTOLOGY.", S["body"])]
    s += [Paragraph("QC", S["h"]), grid([
        ["METRIC", "VALUE", "STATUS"],
        ["THYROID FOLLICULAR CELL CONTENT (TG/TPO EXPRESSION)", "ADEQUATE", "PASS"],
        ["DNA LIBRARY DEPTH (MEDIAN)", "3,410X", "PASS"],
        ["RNA HOUSEKEEPING TRANSCRIPTS", "5/5 DETECTED", "PASS"],
    ], [280, 130, 105])]
    s += [Paragraph("DISCLAIMER", S["h"]), Paragraph(" ".join(DISCLAIMER.split()), S["small"])]
    s += [Spacer(1, 8), pre("""
TECHNICAL REVIEW:  R. ABIODUN-STRAND, BSC               15-OCT-2025
REPORTED BY:       DR C. HALVERSEN-MBEKI, FRCPATH       16-OCT-2025
""")]
    return s
