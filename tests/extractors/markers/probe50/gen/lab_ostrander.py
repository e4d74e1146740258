"""Ostrander University Hospital, Division of Molecular Pathology: an academic hospital's
tumour-normal panel with a formal sign-out. House style: A4, Times, centred letterhead,
numbered capital headings, somatic and germline tables side by side, integrated IHC."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from common import *

RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")

S = {
    "body": style("ou_body", "Times-Roman", 10, leading=12.6, align=4),
    "small": style("ou_small", "Times-Roman", 8.3, leading=10),
    "h1": style("ou_h1", "Times-Bold", 10.5, leading=13, space_before=9, space_after=3, keepWithNext=1),
    "cell": style("ou_cell", "Times-Roman", 8.6, leading=10.2),
    "cellb": style("ou_cellb", "Times-Bold", 8.6, leading=10.2),
    "cap": style("ou_cap", "Times-Bold", 9, leading=11, align=TA_CENTER),
    "ital": style("ou_it", "Times-Italic", 8.6, leading=10.4),
}

HEAD = {
    6607: ("OUH-MP-25-1187", "P-25-30774", "14/10/2025"),
    6608: ("OUH-MP-25-1242", "P-25-31902", "28/10/2025"),
    6609: ("OUH-MP-25-1301", "P-25-33018", "07/11/2025"),
}


class Ostrander:
    name = "Ostrander University Hospital"

    def build(self, path, rid, story):
        lab_no, path_no, date = HEAD[rid]
        W, H = A4

        def page(c, pg, total):
            c.saveState()
            c.setFont("Times-Bold", 14)
            c.drawCentredString(W / 2, H - 42, "OSTRANDER UNIVERSITY HOSPITAL")
            c.setFont("Times-Roman", 9)
            c.drawCentredString(W / 2, H - 54, "Department of Cellular Pathology \u00b7 Division of Molecular Pathology and Genomic Medicine")
            c.drawCentredString(W / 2, H - 65, "Level 2, Harrowgate Wing, 3 Wycliffe Square, Ostrander OS4 7TQ \u00b7 Tel 01632 960418")
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.line(50, H - 72, W - 50, H - 72)
            c.setLineWidth(0.3)
            c.line(50, H - 74.5, W - 50, H - 74.5)
            c.setFont("Times-Roman", 8)
            c.drawString(50, 34, f"{patient(rid)}  \u00b7  Lab no. {lab_no}  \u00b7  Pathology no. {path_no}")
            c.drawRightString(W - 50, 34, f"Page {pg} of {total}")
            c.drawCentredString(W / 2, 22, "CONFIDENTIAL \u2014 contains genetic information. UKAS-style accreditation no. 9912 (fictional).")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=86,
                                bottomMargin=50, title=f"Molecular pathology report {lab_no}",
                                author="Ostrander University Hospital")
        doc.build(story, canvasmaker=numbered(page))


LAB = Ostrander()


def demo(rid, rows):
    lab_no, path_no, date = HEAD[rid]
    base = [("Name", patient(rid), "Lab number", lab_no),
            ("Hospital no.", f"H{rid * 7 + 114223}", "Pathology number", path_no)] + rows
    t = Table([[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"]), Paragraph(c, S["cellb"]), Paragraph(d, S["cell"])]
               for a, b, c, d in base], colWidths=[78, 170, 90, 157])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def title(text):
    t = Table([[Paragraph(text, S["cap"])]], colWidths=[495])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
    return t


def ruled(rows, widths, repeat=1):
    t = Table(cells(rows, S["cell"]), colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def side_by_side(left_title, left_rows, left_w, right_title, right_rows, right_w):
    lt = ruled(left_rows, left_w)
    rt = ruled(right_rows, right_w)
    t = Table([[Paragraph(left_title, S["cellb"]), Paragraph(right_title, S["cellb"])], [lt, rt]],
              colWidths=[sum(left_w) + 8, sum(right_w) + 8])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                           ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE)]))
    return t


def b(t):
    return f"<b>{t}</b>"


TIER_LEGEND = ("Somatic tiers (AMP/ASCO/CAP): Tier I \u2014 strong clinical significance (IA approved therapy or guideline in this "
               "tumour type; IB well-powered studies); Tier II \u2014 potential clinical significance (IIC approved in another tumour "
               "type or investigational; IID preclinical); Tier III \u2014 unknown significance; Tier IV \u2014 benign or likely benign "
               "(not reported individually). Germline classes (ACMG/AMP): 5 pathogenic, 4 likely pathogenic, 3 uncertain "
               "significance, 2 likely benign, 1 benign.")


def methods_ou(extra):
    return paras(f"""
DNA was extracted from macrodissected FFPE tumour and from EDTA blood (germline comparator). Libraries were captured
with the OUH-OncoSeq 410 hybridisation panel (coding exons of 410 genes; selected introns of ALK, ROS1, RET, NTRK1,
FGFR2 and BRAF for rearrangement detection) and sequenced on a NovaSeq-class instrument. Somatic variants were called
against the matched normal; germline variants were called from blood in the 36 cancer-predisposition genes listed in
the germline section only, and classified by the hospital's Clinical Genetics service. {extra}

Tumour mutational burden is expressed as somatic non-synonymous variants per megabase of evaluable coding sequence
(1.05 Mb); the laboratory threshold for TMB-high is 10 mutations/Mb. Microsatellite instability is derived from 212
microsatellite loci (MSIsensor-type algorithm), stable below 8% unstable sites, high at 20% or above.

Limitations: variants below 5% allele fraction, large structural rearrangements outside the baited introns, and
copy number changes in tumours with less than 30% neoplastic cells may not be detected. Germline analysis is
restricted to the listed genes and does not include deep intronic regions.
""", S["small"])


def signout(reporter, authoriser, date):
    t = Table([[Paragraph(f"Reported by:<br/>{reporter}", S["cell"]),
                Paragraph(f"Authorised by:<br/>{authoriser}", S["cell"]),
                Paragraph(f"Date authorised:<br/>{date}", S["cell"])]], colWidths=[180, 200, 115])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 10), t]


# --------------------------------------------------------------------------- 6607
@report(6607, LAB, "Paired tumour-normal panel (somatic + germline)", "High-grade serous ovarian carcinoma",
        ["PTN", "TIER", "VUS", "REL", "BIO", "MTH", "WRP"], [
    L("TP53", "mutation", "positive", ["p.(Arg248Gln)"], alteration="R248Q"),
    L("BRCA1", "mutation", "positive", ["c.5266dupC", "p.(Gln1756Profs*74)"], alteration="Q1756Pfs*74"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("MLH1", "mutation", "negative", "MLH1"),
    L("MSH2", "mutation", "negative", "MSH2"),
    L("PMS2", "mutation", "negative", "PMS2"),
    L("MSI", "signature", "negative", "microsatellite stable"),
    L("TMB", "signature", "negative", ["2.1 mutations/Mb"], value="2.1 mut/Mb"),
])
def r6607():
    rid = 6607
    s = [demo(rid, [("Date of birth", "19/02/1964", "Date received", "22/09/2025"),
                    ("Consultant", "Mr D. Achterberg-Nwosu (Gynaecological Oncology)", "Date of report", HEAD[rid][2]),
                    ("Specimens", "A: omental deposit (FFPE block P-25-30774 B2, 80% tumour); B: blood, EDTA", "Request",
                     "Tumour-normal panel; HRD; germline BRCA")])]
    s += [Spacer(1, 6), title("SOMATIC AND GERMLINE CANCER PANEL \u2014 OUH-OncoSeq 410 (tumour\u2013normal)")]
    s += [Paragraph("1. SUMMARY OF RESULT", S["h1"]), Paragraph(
        "A <b>pathogenic germline BRCA1 variant</b> (c.5266dupC) is present, with loss of the wild-type allele in the tumour. "
        "The tumour also carries a somatic TP53 missense variant. The tumour is microsatellite stable with a low mutational "
        "burden (2.1 mutations/Mb). Genomic instability score 58 (HRD-positive; threshold 42).", S["body"])]
    s += [Paragraph("2. VARIANTS", S["h1"])]
    s += [side_by_side(
        "2a. Somatic (tumour, specimen A)", [
            ["Gene", "Variant", "VAF", "Tier"],
            [b("TP53"), "NM_000546.6:c.743G>A<br/>p.(Arg248Gln)<br/>exon 7", "71%", "IB"],
            [b("NF1"), "c.2033dupC<br/>p.(Ile679Aspfs*21)", "38%", "IID"],
            [b("ARID1A"), "c.3344C>T<br/>p.(Pro1115Leu)", "12%", "III"],
            [b("PIK3CA"), "c.1173A>G<br/>p.(Ile391Met)", "49%", "IV (common polymorphism; germline)"],
        ], [46, 104, 32, 54],
        "2b. Germline (blood, specimen B)", [
            ["Gene", "Variant", "Zyg.", "Class"],
            [b("BRCA1"), "NM_007294.4:<br/>c.5266dupC<br/>p.(Gln1756Profs*74)", "Het.", "5 \u2014 Pathogenic"],
            [b("MSH6"), "c.1187A>G<br/>p.(Lys396Arg)", "Het.", "3 \u2014 VUS"],
        ], [46, 104, 34, 57])]
    s += [Spacer(1, 4), Paragraph(TIER_LEGEND, S["small"])]
    s += [Paragraph("3. GENES ANALYSED FOR GERMLINE VARIANTS WITH NO PATHOGENIC OR LIKELY PATHOGENIC VARIANT", S["h1"])]
    neg = ["BRCA2", "PALB2", "RAD51C", "RAD51D", "BRIP1", "MLH1", "MSH2", "PMS2", "EPCAM", "STK11", "CDH1", "PTEN", "ATM",
           "CHEK2", "BARD1"]
    t = Table([[Paragraph(g, S["cell"]) for g in neg[i:i + 5]] for i in range(0, len(neg), 5)], colWidths=[99] * 5)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.2, SHADE)]))
    s += [t, Paragraph("MSH6 is not listed above; a variant of uncertain significance is reported in section 2b and should not "
                       "be used for clinical decision-making.", S["small"])]
    s += [Paragraph("4. GENOMIC SIGNATURES", S["h1"]), ruled([
        ["Signature", "Value", "Interpretation", "Threshold"],
        ["Tumour mutational burden", "2.1 mutations/Mb", "Low", "High at 10 mutations/Mb"],
        ["Microsatellite instability", "1.4% unstable sites", "microsatellite stable", "High at 20% or above"],
        ["Genomic instability score", "58", "HRD-positive", "Positive at 42 or above"],
    ], [130, 110, 120, 135])]
    s += [PageBreak(), Paragraph("5. INTERPRETATION", S["h1"])] + paras("""
The germline BRCA1 frameshift c.5266dupC (historically 5382insC) is a well-characterised pathogenic founder variant
predicted to truncate the protein in the BRCT domain. In the tumour its allele fraction is 91% with a copy-neutral loss of
heterozygosity across 17q, indicating loss of the wild-type allele (biallelic inactivation), consistent with the high
genomic instability score. This supports eligibility for maintenance PARP inhibition.

The somatic TP53 p.(Arg248Gln) at 71% is in keeping with the diagnosis of high-grade serous carcinoma. NF1 truncation
is of uncertain therapeutic relevance. The ARID1A and PIK3CA variants are not considered actionable; PIK3CA p.(Ile391Met)
is a common polymorphism present at heterozygous fraction in blood and is listed for transparency only.

Family history (from the request form): mother diagnosed with ovarian cancer at 52 years, not tested; a maternal
cousin is said to carry "a BRCA2 variant" identified elsewhere (report not available to us). The patient's own result
does not show a BRCA2 variant. Referral to Clinical Genetics has been made for cascade testing of first-degree
relatives for the familial BRCA1 variant.
""", S["body"])
    s += [Paragraph("6. METHODS AND QUALITY", S["h1"])] + methods_ou(
        "Median depth 612x (tumour) and 208x (blood). Tumour cellularity estimated at 80% by the reporting "
        "histopathologist; estimated purity by sequencing 74%.")
    s += [Paragraph("7. REFERENCES", S["h1"]), Paragraph(
        "Variant nomenclature follows HGVS recommendations. Classification: ACMG/AMP germline framework with UK "
        "practice guidelines; somatic tiers after AMP/ASCO/CAP joint consensus. Local SOP MP-NGS-014 v7.", S["small"])]
    s += signout("Dr Lucinda Ferraby-Mensah, Clinical Scientist (Genomics)",
                 "Dr Tomasz Whitlock-Aduya, Consultant Molecular Pathologist", HEAD[rid][2])
    return s


# --------------------------------------------------------------------------- 6608
@report(6608, LAB, "Paired tumour-normal panel with integrated MMR IHC", "Colorectal adenocarcinoma (caecum)",
        ["PTN", "IHC", "TIER", "REL", "BIO", "MTH", "PRI", "WRP"], [
    L("MLH1", "expression", "positive", "MLH1"),
    L("PMS2", "expression", "positive", "PMS2"),
    L("MSH2", "expression", "negative", "MSH2"),
    L("MSH6", "expression", "negative", "MSH6"),
    L("MMR", "signature", "positive", ["mismatch repair deficient"]),
    L("MSI", "signature", "positive", ["MSI-high"]),
    L("TMB", "signature", "positive", ["46.8 mutations/Mb"], value="46.8 mut/Mb"),
    L("KRAS", "mutation", "positive", ["p.(Gly13Asp)"], alteration="G13D"),
    L("MSH2", "mutation", "positive", ["c.1906G>C", "p.(Ala636Pro)"], alteration="A636P"),
    L("MSH2", "mutation", "positive", ["c.1705_1706delGA", "p.(Glu569Ilefs*2)"], alteration="E569Ifs*2"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("MLH1", "mutation", "negative", "MLH1"),
    L("MSH6", "mutation", "negative", "MSH6"),
    L("PMS2", "mutation", "negative", "PMS2"),
])
def r6608():
    rid = 6608
    s = [demo(rid, [("Date of birth", "07/07/1979", "Date received", "06/10/2025"),
                    ("Consultant", "Ms R. Haverstock (Colorectal Surgery)", "Date of report", HEAD[rid][2]),
                    ("Specimens", "A: right hemicolectomy, caecal tumour (block A5, 55% tumour); B: blood, EDTA",
                     "Request", "Lynch syndrome assessment; RAS/BRAF")])]
    s += [Spacer(1, 6), title("INTEGRATED MOLECULAR REPORT \u2014 MISMATCH REPAIR AND TUMOUR\u2013NORMAL PANEL")]
    s += [Paragraph("1. SUMMARY", S["h1"]), Paragraph(
        "The tumour is <b>mismatch repair deficient</b> with loss of MSH2 and MSH6 expression and is MSI-high by sequencing. "
        "A <b>pathogenic germline MSH2 variant</b> is identified, confirming Lynch syndrome, with a second somatic MSH2 hit in the "
        "tumour. KRAS p.(Gly13Asp) is present; BRAF V600E is not detected.", S["body"])]
    s += [Paragraph("2. MISMATCH REPAIR IMMUNOHISTOCHEMISTRY (block A5)", S["h1"]), ruled([
        ["Protein", "Clone", "Tumour nuclei", "Internal control"],
        ["MLH1", "ES05", "Retained (intact)", "Present"],
        ["PMS2", "EP51", "Retained (intact)", "Present"],
        ["MSH2", "G219-1129", "Lost", "Present in stroma and lymphocytes"],
        ["MSH6", "EP49", "Lost", "Present in stroma and lymphocytes"],
    ], [80, 80, 160, 175])]
    s += [Paragraph("Conclusion: mismatch repair deficient (MSH2/MSH6 pattern). The same pattern was reported on the diagnostic "
                    "colonoscopic biopsy (P-25-27710) in August 2025.", S["ital"])]
    s += [Paragraph("3. VARIANTS", S["h1"]), side_by_side(
        "3a. Somatic (tumour)", [
            ["Gene", "Variant", "VAF", "Tier"],
            [b("KRAS"), "c.38G>A<br/>p.(Gly13Asp)<br/>exon 2", "34%", "IA"],
            [b("MSH2"), "c.1705_1706delGA<br/>p.(Glu569Ilefs*2)", "29%", "IB (second hit)"],
            [b("APC"), "c.4348C>T p.(Arg1450*)", "31%", "IID"],
            [b("APC"), "c.4666dupA<br/>p.(Thr1556Asnfs*3)", "27%", "IID"],
            [b("PIK3CA"), "c.2102A>C<br/>p.(His701Pro)", "8%", "III"],
        ], [46, 104, 32, 54],
        "3b. Germline (blood)", [
            ["Gene", "Variant", "Zyg.", "Class"],
            [b("MSH2"), "NM_000251.3:<br/>c.1906G>C<br/>p.(Ala636Pro)", "Het.", "5 \u2014 Pathogenic"],
            [b("MLH1"), "c.655A>G<br/>p.(Ile219Val)", "Het.", "1 \u2014 Benign (not reportable; shown on request)"],
        ], [46, 104, 34, 57])]
    s += [Spacer(1, 4), Paragraph(TIER_LEGEND, S["small"])]
    s += [Paragraph("Germline genes with no pathogenic or likely pathogenic variant: MLH1, MSH6, PMS2, EPCAM, APC, MUTYH, "
                    "POLE, POLD1, SMAD4, BMPR1A, STK11, PTEN.", S["cell"])]
    s += [Paragraph("4. SIGNATURES AND HOTSPOT NEGATIVES", S["h1"]), ruled([
        ["Test", "Result", "Comment"],
        ["Microsatellite instability (NGS)", "MSI-high", "38% of 212 loci unstable"],
        ["Tumour mutational burden", "46.8 mutations/Mb", "High (threshold 10 mutations/Mb)"],
        ["BRAF codon 600", "Not detected", "Argues against sporadic MLH1 hypermethylation pathway (not applicable to MSH2 loss)"],
        ["NRAS exons 2-4", "No variant detected", ""],
        ["ERBB2 copy number", "Not assessed", "Tumour cellularity adequate but analysis not requested"],
    ], [150, 110, 235])]
    s += [PageBreak(), Paragraph("5. INTERPRETATION AND RECOMMENDATIONS", S["h1"])] + paras("""
Loss of MSH2 and MSH6 with retained MLH1 and PMS2 points to a primary defect in MSH2 (or EPCAM, or rarely MSH6 with
secondary instability). The germline MSH2 missense variant c.1906G>C p.(Ala636Pro) is a recurrent pathogenic variant
and explains the immunohistochemical pattern; the somatic frameshift p.(Glu569Ilefs*2) provides the second hit. This
result confirms a diagnosis of <b>Lynch syndrome</b>.

KRAS p.(Gly13Asp) predicts lack of benefit from anti-EGFR monoclonal antibodies. The MSI-high / mismatch repair deficient
status is relevant to immune checkpoint inhibitor therapy in the metastatic setting and to adjuvant decisions.

The request form records that the patient's brother "has an MSH2 mutation found at another hospital". We have not seen
that report, and the brother's variant may or may not be the same. Genetic counselling and predictive testing of at-risk
relatives for c.1906G>C are recommended; colonoscopic surveillance per national Lynch guidance applies to carriers.
""", S["body"])
    s += [Paragraph("6. METHODS", S["h1"])] + methods_ou(
        "Immunohistochemistry on a Leica BOND-III platform with on-slide controls (tonsil). Median depth 540x tumour, 214x blood.")
    s += signout("Dr Amara Quist-Pellegrino, Clinical Scientist",
                 "Dr Tomasz Whitlock-Aduya, Consultant Molecular Pathologist", HEAD[rid][2])
    return s


# --------------------------------------------------------------------------- 6609
@report(6609, LAB, "Paired tumour-normal panel with integrated ALK and PD-L1 IHC", "Lung adenocarcinoma",
        ["PTN", "IHC", "TIER", "NEG", "VUS", "MTH", "PEND", "WRP"], [
    L("ALK", "fusion", "positive", ["EML4::ALK"], alteration="EML4-ALK"),
    L("ALK", "expression", "positive", ["D5F3"]),
    L("PD-L1", "expression", "positive", ["Tumour proportion score 5%"], percent=5),
    L("TMB", "signature", "negative", ["1.6 mutations/Mb"], value="1.6 mut/Mb"),
    L("MSI", "signature", "negative", "Microsatellite stable"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("MET", "mutation", "negative", "MET (including exon 14"),
    L("ROS1", "fusion", "negative", "ROS1"),
    L("RET", "fusion", "negative", "RET"),
])
def r6609():
    rid = 6609
    s = [demo(rid, [("Date of birth", "30/11/1983", "Date received", "20/10/2025"),
                    ("Consultant", "Dr K. Oyinlola-Brandt (Thoracic Oncology)", "Date of report", HEAD[rid][2]),
                    ("Specimens", "A: EBUS-TBNA station 7, cell block (35% tumour); B: blood, EDTA", "Request",
                     "Non-squamous NSCLC reflex panel; PD-L1; ALK IHC")])]
    s += [Spacer(1, 6), title("THORACIC ONCOLOGY MOLECULAR REPORT \u2014 TUMOUR\u2013NORMAL PANEL WITH PREDICTIVE IHC")]
    s += [Paragraph("1. KEY RESULTS", S["h1"]), ruled([
        ["Biomarker", "Method", "Result"],
        ["ALK rearrangement", "NGS (DNA, intronic baits)", "DETECTED \u2014 EML4::ALK, EML4 intron 6 joined to ALK intron 19 "
                                                           "(variant 3a/b)"],
        ["ALK protein", "IHC, D5F3 (Ventana)", "Positive: strong granular cytoplasmic staining in tumour cells"],
        ["PD-L1", "IHC, 22C3 pharmDx", "Tumour proportion score 5%"],
        ["TMB", "NGS", "1.6 mutations/Mb (low)"],
        ["MSI", "NGS", "Microsatellite stable"],
    ], [105, 130, 260])]
    s += [Paragraph("2. RELEVANT NEGATIVE FINDINGS", S["h1"]), Paragraph(
        "No clinically significant alteration was detected in EGFR, KRAS, BRAF, ERBB2 or MET (including exon 14 splice "
        "regions). No ROS1 or RET rearrangement was detected. NTRK1 introns are baited, but NTRK2 and NTRK3 rearrangements "
        "are not assessed by this DNA assay.", S["body"])]
    s += [Paragraph("3. VARIANTS", S["h1"]), side_by_side(
        "3a. Somatic", [
            ["Gene", "Alteration", "Reads / VAF", "Tier"],
            [b("ALK"), "EML4::ALK fusion<br/>EML4 ex1-6 :: ALK ex20-29<br/>breakpoints intron 6 / intron 19", "148 split reads",
             "IA"],
            [b("TP53"), "No variant", "&mdash;", "&mdash;"],
            [b("LRP1B"), "c.11987C>T<br/>p.(Ser3996Phe)", "18%", "III"],
            [b("KMT2D"), "c.8417G>A<br/>p.(Arg2806His)", "21%", "III"],
        ], [46, 112, 44, 34],
        "3b. Germline", [
            ["Gene", "Variant", "Zyg.", "Class"],
            [b("ATM"), "c.5558A>T<br/>p.(Asp1853Val)", "Het.", "2 \u2014 likely benign"],
            [b("CHEK2"), "c.1312G>T<br/>p.(Asp438Tyr)", "Het.", "3 \u2014 VUS"],
            ["", "No pathogenic or likely pathogenic germline variant identified in the 36 genes analysed.", "", ""],
        ], [46, 104, 34, 57])]
    s += [Spacer(1, 4), Paragraph(TIER_LEGEND, S["small"])]
    s += [Paragraph("4. PD-L1 IMMUNOHISTOCHEMISTRY DETAIL", S["h1"]), ruled([
        ["Item", "Finding"],
        ["Antibody / platform", "22C3 pharmDx, Dako Autostainer Link 48"],
        ["Viable tumour cells", "approximately 300 (adequate; minimum 100)"],
        ["Tumour proportion score", "5% (partial or complete membranous staining at any intensity)"],
        ["Category", "PD-L1 expressed, TPS 1-49%"],
        ["Controls", "Tonsil and cell-line controls stained appropriately"],
    ], [150, 345])]
    s += [PageBreak(), Paragraph("5. COMMENT", S["h1"])] + paras("""
ALK rearrangement is demonstrated by two independent methods on the same cell block: DNA-based detection of the
EML4::ALK breakpoint and ALK (D5F3) immunohistochemistry. Either is acceptable for selection of ALK tyrosine kinase
inhibitors (alectinib, brigatinib, lorlatinib). EML4::ALK variant 3 has been associated with earlier resistance and
ALK G1202R acquisition; no ALK kinase-domain mutation is present at baseline.

An RNA-based fusion assay has been sent to the Regional Genomic Laboratory Hub for variant confirmation at the
clinician's request; the result will be issued as a supplementary report and is pending at the time of writing.
A PD-L1 TPS of 5% does not alter first-line management when an ALK rearrangement is present.
""", S["body"])
    s += [Paragraph("6. METHODS", S["h1"])] + methods_ou(
        "The cell block yielded 41 ng DNA; median depth 480x tumour, 201x blood; 97.8% of targets above 100x.")
    s += signout("Dr Sunniva Castellanos-Reid, Clinical Scientist",
                 "Dr Ewan Prendergast-Ilori, Consultant Pulmonary and Molecular Pathologist", HEAD[rid][2])
    return s
