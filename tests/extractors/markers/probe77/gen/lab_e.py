"""Lab E: Kestrel Oncology Diagnostics (Singapore, commercial). A4, Helvetica, orange accent,
three-column summary (Level 1/2, Level 3/4, biomarkers), OncoKB-style levels, CNV fold change,
fusion breakpoints and reads, level legend."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

ORANGE = colors.HexColor("#C4561B")
SAND = colors.HexColor("#FBEFE6")
INK = colors.HexColor("#333333")
KIT = Kit("Helvetica", size=8.0, accent=ORANGE, light=SAND, rule=colors.HexColor("#C9B8AC"))
PAGE = A4
MARGINS = (42, 42, 56)
W = PAGE[0] - 84

LEGEND = [
    ["Level 1", "FDA- or HSA-recognised biomarker predictive of response to an approved drug in "
                "this indication"],
    ["Level 2", "Standard-care biomarker recommended by professional guidelines for an approved "
                "drug in this indication"],
    ["Level 3A / 3B", "Compelling clinical evidence for a drug in this indication (3A) or for an "
                      "approved drug in another indication (3B)"],
    ["Level 4", "Compelling biological evidence supports the biomarker as predictive"],
    ["Level R1 / R2", "Standard-care (R1) or investigational (R2) biomarker of resistance"],
]


AMPLICONS = [
    ("AKT1", "exon 3 (E17)"), ("ALK", "exon 22"), ("ALK", "exon 23 (F1174, R1275)"),
    ("ALK", "exon 25 (G1202)"), ("BRAF", "exon 11 (G464-G469)"), ("BRAF", "exon 15 (V600)"),
    ("CTNNB1", "exon 3"), ("EGFR", "exon 18 (G719)"), ("EGFR", "exon 19 (E746-A750)"),
    ("EGFR", "exon 20 (T790, C797, insertions)"), ("EGFR", "exon 21 (L858, L861)"),
    ("ERBB2", "exon 20 (insertions)"), ("ESR1", "exon 8 (Y537, D538)"), ("FGFR3", "exon 7"),
    ("HRAS", "exon 2 (G12, G13)"), ("HRAS", "exon 3 (Q61)"), ("IDH1", "exon 4 (R132)"),
    ("IDH2", "exon 4 (R140, R172)"), ("KIT", "exon 11"), ("KRAS", "exon 2 (G12, G13)"),
    ("KRAS", "exon 3 (Q61)"), ("KRAS", "exon 4 (K117, A146)"), ("MAP2K1", "exon 2"),
    ("MET", "exon 14 (splice sites)"), ("NRAS", "exon 2 (G12, G13)"), ("NRAS", "exon 3 (Q61)"),
    ("NRAS", "exon 4 (K117, A146)"), ("PDGFRA", "exon 18 (D842)"),
    ("PIK3CA", "exon 10 (E542, E545)"), ("PIK3CA", "exon 21 (H1047)"), ("POLE", "exon 9"),
    ("RET", "exon 16 (M918)"), ("TERT", "promoter (C228, C250)"), ("TP53", "exons 5-8"),
]


def coverage_rows(r):
    import random
    rng = random.Random(int(r["labno"][-5:].replace("-", "")))
    rows = []
    for gene, region in AMPLICONS:
        key = f"{gene} {region.split(' (')[0]}"
        depth = r.get("cov_override", {}).get(key) or rng.randint(1300, 3600)
        status = "Pass" if depth >= 100 else "Low coverage"
        rows.append([gene, region, f"{depth:,}x", status])
    return rows


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(ORANGE)
        p = c.beginPath()
        p.moveTo(42, h - 62)
        p.lineTo(58, h - 38)
        p.lineTo(74, h - 62)
        p.lineTo(58, h - 54)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(INK)
        draw(c, 82, h - 50, "KESTREL ONCOLOGY DIAGNOSTICS", "Helvetica-Bold", 11.5)
        draw(c, 82, h - 61, "21 Heng Kee Road, #04-12, Singapore 119999  |  +65 5550 2288  |  "
             "CAP-accredited, MOH-licensed clinical laboratory", "Helvetica", 6.6)
        draw(c, w - 42, h - 47, "TumorScan 170", "Helvetica-Bold", 10, align="right")
        draw(c, w - 42, h - 58, "DNA + RNA comprehensive panel", "Helvetica", 7, align="right")
        c.setFillColor(ORANGE)
        c.rect(42, h - 72, w - 84, 3, stroke=0, fill=1)
        c.setFillColor(INK)
        if page > 1:
            draw(c, 42, h - 84, f"Patient: {r['patient']}   Lab No.: {r['labno']}   Specimen "
                 f"ID: {r['specid']}", "Helvetica", 7.2)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(42, 44, w - 42, 44)
        draw(c, 42, 34, "This report is intended for the treating physician. Results must be "
             "interpreted with clinical and pathological findings.", "Helvetica", 6.4)
        draw(c, w - 42, 34, f"Page {page} of {total}", "Helvetica", 7.5, align="right")
        c.restoreState()
    return decorate


def column(title, items, bg):
    k = KIT
    rows = [[P(title, k.ps(size=7.6, font=k.bold, color=colors.white))]]
    rows += [[P(x, k.cell)] for x in items]
    return tbl(rows, [W / 3 - 6], k, header_rows=0, style="box", pad=4,
               extra=[("BACKGROUND", (0, 0), (-1, 0), bg),
                      ("BACKGROUND", (0, 1), (-1, -1), SAND)])


def story(r):
    k = KIT
    s = []
    s.append(kv([("Patient name", r["patient"]), ("Date of birth / Sex", r["dob"]),
                 ("NRIC / Passport", "S****999Z (masked)"), ("Lab No.", r["labno"]),
                 ("Specimen ID", r["specid"]), ("Specimen type", r["spectype"]),
                 ("Referring doctor", r["doctor"]), ("Hospital", r["hospital"]),
                 ("Collected / Received", r["dates"]), ("Reported", r["reported"]),
                 ("Clinical diagnosis", r["diagnosis"]), ("Tumour content", r["tumour"])],
                k, [78, 177, 78, W - 333], cols=2, style="grid",
                extra=[("BACKGROUND", (0, 0), (0, -1), SAND), ("BACKGROUND", (2, 0), (2, -1),
                                                               SAND)]))
    s.append(Spacer(1, 8))
    s.append(bar("SUMMARY OF RESULTS", k, W, size=9.5))
    s.append(Spacer(1, 4))
    cols = [column("LEVEL 1 / 2: STANDARD CARE", r["lvl12"], ORANGE),
            column("LEVEL 3 / 4 AND OTHER ONCOGENIC", r["lvl34"], colors.HexColor("#8A6A55")),
            column("GENOMIC SIGNATURES", r["sigs"], INK)]
    s.append(tbl([cols], [W / 3] * 3, k, header_rows=0, style=None, pad=3))
    s.append(Spacer(1, 4))
    s.append(P(r["summary_note"], k.small))
    s.append(Spacer(1, 6))
    s.append(bar("DETAILED RESULTS", k, W, size=9.5))
    s.append(P("A. Single nucleotide variants and small insertions/deletions", k.h3))
    s.append(tbl([["Gene", "Transcript", "cDNA", "Amino acid", "VAF", "Depth", "Oncogenicity",
                   "Level"]] + r["snv"], [40, 74, 76, 84, 36, 38, 74, W - 422], k,
                 header_bg=SAND, style="lines"))
    s.append(P("B. Copy number variants (amplification: fold change 4.0 or more over diploid "
               "baseline)", k.h3))
    s.append(tbl([["Gene", "Chromosome", "Fold change", "Estimated copies", "Call", "Level"]] +
                 r["cnv"], [50, 70, 70, 80, 120, W - 390], k, header_bg=SAND, style="lines"))
    s.append(P("C. Gene fusions and splice variants (RNA)", k.h3))
    s.append(tbl([["Fusion", "5' partner breakpoint", "3' partner breakpoint", "Reads",
                   "Call", "Level"]] + r["fus"], [84, 110, 110, 44, 90, W - 438], k,
                 header_bg=SAND, style="lines"))
    for x in r.get("after_tables", []):
        s.append(Spacer(1, 3))
        s.append(P(x, k.body))
    s.append(Spacer(1, 6))
    s.append(bar("THERAPY OPTIONS", k, W, size=9.5))
    s.append(Spacer(1, 2))
    s.append(tbl([["Biomarker", "Drug(s)", "Level", "Regulatory status (Singapore HSA / US FDA)"]]
                 + r["ther"], [90, 150, 50, W - 290], k, header_bg=SAND, style="grid"))
    if r.get("trials"):
        s.append(P("Clinical trials recruiting in the Asia-Pacific region (selected)", k.h3))
        s.append(tbl([["Trial", "Phase", "Intervention", "Biomarker criterion", "Sites"]] +
                     r["trials"], [70, 34, 170, 120, W - 394], k, style="lines"))
    s.append(Spacer(1, 6))
    s.append(bar("VARIANTS OF UNKNOWN SIGNIFICANCE", k, W, size=9.5))
    s.append(Spacer(1, 2))
    s.append(P(r["vus"], k.body))
    s.append(Spacer(1, 6))
    s.append(bar("QUALITY CONTROL", k, W, size=9.5))
    s.append(Spacer(1, 2))
    s.append(tbl([["Parameter", "Result", "Acceptance", "Status"]] + r["qc"],
                 [170, 110, 150, W - 430], k, header_bg=SAND))
    s.append(Spacer(1, 2))
    s.append(P(r["qc_note"], k.small))
    s.append(Spacer(1, 6))
    s.append(P("Level of evidence definitions", k.h3))
    s.append(tbl(LEGEND, [70, W - 70], k, header_rows=0, style="grid", cell_style=k.small))
    s.append(Spacer(1, 5))
    s.append(P("Methodology and limitations", k.h3))
    s.append(P(
        "Nucleic acids were extracted from FFPE tissue. DNA: amplicon-based targeted sequencing "
        "of 170 genes (hotspots, full coding regions of tumour suppressors, CNV targets). RNA: "
        "amplicon-based detection of known fusion isoforms and exon-skipping events in 52 genes. "
        "Limit of detection: 5% VAF for SNV/indel; fusions at 20 or more supporting reads. TMB "
        "is estimated from 1.3 Mb of coding sequence and requires at least 30% tumour content; "
        "MSI is assessed from 76 loci. Germline variants cannot be distinguished from somatic "
        "variants. Levels of evidence are adapted from OncoKB (accessed March 2025). Copy number "
        "losses are not reported.", k.small))
    s.append(Spacer(1, 8))
    s.append(tbl([[P("Reported by: " + r["by"], k.small), P("Verified by: " + r["verified"],
                                                            k.small),
                   P("Date: " + r["reported"], k.small)]], [W / 3] * 3, k, header_rows=0,
                 style=None))
    s.append(Spacer(1, 10))
    s.append(bar("APPENDIX: COVERAGE OF CLINICALLY RELEVANT AMPLICONS", k, W, size=9.5))
    s.append(Spacer(1, 2))
    s.append(P("Mean read depth of selected DNA amplicons in this sample. Coverage figures "
               "describe the assay performance only; they are not results for the genes "
               "listed.", k.small))
    s.append(tbl([["Gene", "Amplicon / region", "Mean depth", "Status"]] + coverage_rows(r),
                 [60, 220, 90, W - 370], k, header_bg=SAND, style="grid",
                 cell_style=k.ps(size=7), header_style=k.ps(size=7, font=k.bold)))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 84, 94, decorate_for(r),
                     title=f"TumorScan 170 {r['labno']}", author="Kestrel Oncology Diagnostics",
                     creator="KOD LIMS report generator 2.8")


QC = lambda dna, rna, depth, cov: [
    ["DNA input", dna, "10 ng or more", "Pass"], ["RNA input", rna, "10 ng or more", "Pass"],
    ["Mean read depth (DNA)", depth, "500x or more", "Pass"],
    ["Amplicons with 100x or more", cov, "90% or more", "Pass"]]

REPORTS = {}

REPORTS["9102"] = dict(
    patient="Patient L", dob="08/03/1979 / Female", labno="KOD-25-02271", specid="KS25-1183-A",
    spectype="FFPE block, lung core biopsy (referral block B25-30128 A1)",
    doctor="Dr Tan Wei Ling", hospital="Eastpoint Medical Centre",
    dates="11/03/2025 / 14/03/2025", reported="21/03/2025",
    diagnosis="Lung adenocarcinoma, stage IVA, never smoker", tumour="45%",
    lvl12=["**EML4-ALK fusion** (EML4 exon 6 :: ALK exon 20; variant 3a/b). Level 1: alectinib, "
           "brigatinib, lorlatinib, ceritinib, crizotinib"],
    lvl34=["**TP53** p.R273H, oncogenic (no level)"],
    sigs=["Tumour mutational burden: **0.8 mut/Mb** (TMB-low; high is 10 mut/Mb or more)",
          "Microsatellite status: not assessed in this panel version"],
    summary_note="Referral information: ALK (D5F3) immunohistochemistry was reported positive by "
                 "the referring laboratory on the same biopsy (B25-30128). EGFR exons 18-21: no "
                 "mutation detected.",
    snv=[["TP53", "NM_000546.6", "c.818G>A", "p.Arg273His", "32.4%", "2,211", "Oncogenic",
          "-"]],
    cnv=[["None", "-", "-", "-", "No amplification detected", "-"]],
    fus=[["EML4-ALK", "EML4 exon 6 (chr2:42,264,???)", "ALK exon 20", "1,284", "Detected",
          "Level 1"]],
    after_tables=["ALK kinase-domain resistance hotspots (G1202R, L1196M, I1171N/S/T, F1174C/L, "
                  "C1156Y): no mutation detected. EGFR (exons 18-21, including exon 19 deletions, "
                  "L858R, T790M, exon 20 insertions): no mutation detected. KRAS, BRAF, ERBB2, "
                  "MET exon 14 skipping, ROS1, RET, NTRK1-3: not detected."],
    ther=[["EML4-ALK", "Alectinib", "1", "Approved (first line and adjuvant)"],
          ["EML4-ALK", "Lorlatinib", "1", "Approved (first line)"],
          ["EML4-ALK", "Brigatinib", "1", "Approved"],
          ["EML4-ALK", "Ceritinib, Crizotinib", "1", "Approved"]],
    trials=[["KOD-APAC-118", "2", "Next-generation ALK TKI after lorlatinib",
             "ALK fusion with progression", "Singapore, Kuala Lumpur"]],
    vus="PTPRT c.1982C>T p.Pro661Leu (VAF 47.9%); ALK c.3236C>T p.Ala1079Val (VAF 49.5%; "
        "outside the kinase-domain resistance hotspots, probably germline). Benign and likely "
        "benign variants (e.g. ALK p.Asp1529Glu and p.Ile1461Val, common polymorphisms) are "
        "not reported.",
    qc=QC("38 ng", "22 ng", "2,480x", "98.2%"),
    qc_note="Low-coverage amplicons (below 100x): none. TMB was estimated with 45% tumour "
            "content (valid).",
    by="Dr Nur Aisyah Rahman, Molecular Pathologist", verified="Lim Kok Seng, PhD, Scientist",
)
REPORTS["9102"]["fus"][0][1] = "EML4 exon 6 (chr2:42,295,516)"
REPORTS["9102"]["fus"][0][2] = "ALK exon 20 (chr2:29,223,528)"
REPORTS["9102"]["labels"] = [
    L("ALK", "fusion", "positive", ["EML4-ALK fusion", "Level 1"], alteration="EML4-ALK"),
    L("ALK", "expression", "positive", "ALK (D5F3) immunohistochemistry was reported positive"),
    L("ALK", "mutation", "negative", "C1156Y): no mutation detected"),
    L("TP53", "mutation", "positive", ["TP53", "p.Arg273His", "Oncogenic"], alteration="R273H"),
    L("TMB", "signature", "negative", ["0.8 mut/Mb", "TMB-low"], value="0.8 mut/Mb"),
    L("EGFR", "mutation", "negative", "EGFR exons 18-21: no mutation detected"),
    L("KRAS", "mutation", "negative", "KRAS, BRAF, ERBB2,"),
    L("BRAF", "mutation", "negative", "KRAS, BRAF, ERBB2,"),
    L("HER2", "mutation", "negative", "KRAS, BRAF, ERBB2,"),
    L("MET", "mutation", "negative", "MET exon 14 skipping, ROS1, RET, NTRK1-3: not detected."),
    L("ROS1", "fusion", "negative", "MET exon 14 skipping, ROS1, RET, NTRK1-3: not detected."),
    L("RET", "fusion", "negative", "MET exon 14 skipping, ROS1, RET, NTRK1-3: not detected."),
    L("NTRK", "fusion", "negative", "MET exon 14 skipping, ROS1, RET, NTRK1-3: not detected."),
]

REPORTS["9103"] = dict(
    patient="Patient M", dob="27/10/1958 / Male", labno="KOD-25-03390", specid="KS25-1702-B",
    spectype="FFPE block, gastrectomy (referral block G25-11894 B2)",
    doctor="Dr Chua Boon Hock", hospital="Harbourview General Hospital",
    dates="08/04/2025 / 10/04/2025", reported="18/04/2025",
    diagnosis="Gastric adenocarcinoma, intestinal type, metastatic (peritoneum)",
    tumour="60%",
    lvl12=["**ERBB2 amplification** (fold change 12.4). Level 1: trastuzumab with "
           "chemotherapy; trastuzumab deruxtecan (later line)",
           "Referral: HER2 IHC 3+ on the diagnostic biopsy (G25-08801)"],
    lvl34=["**CCNE1 amplification** (fold change 5.6), Level 4", "**TP53** p.R248W, oncogenic"],
    sigs=["TMB: **5.3 mut/Mb** (62nd percentile of gastric cancers tested at KOD)",
          "MSI status: **MSS** (microsatellite stable; 1/76 loci unstable)",
          "PD-L1 (22C3, referral): CPS 5"],
    summary_note="Referral information provided with the request: HER2 IHC 3+ (complete, intense "
                 "membranous staining) on the endoscopic biopsy G25-08801; PD-L1 (22C3) combined "
                 "positive score CPS 5, reported as positive (CPS 1 or more); Claudin 18.2 "
                 "(43-14A) 80% moderate-to-strong, positive.",
    snv=[["TP53", "NM_000546.6", "c.742C>T", "p.Arg248Trp", "44.0%", "1,906", "Oncogenic", "-"],
         ["ARID1A", "NM_006015.6", "c.2830C>T", "p.Gln944Ter", "21.3%", "1,150",
          "Likely oncogenic", "-"]],
    cnv=[["ERBB2", "17q12", "12.4", "24", "Amplified", "Level 1"],
         ["CCNE1", "19q12", "5.6", "11", "Amplified", "Level 4"],
         ["GRB7", "17q12", "11.8", "23", "Amplified (ERBB2 amplicon)", "-"],
         ["MET", "7q31.2", "1.3", "2-3", "Not amplified", "-"],
         ["FGFR2", "10q26.13", "1.1", "2", "Not amplified", "-"]],
    fus=[["None detected", "-", "-", "-", "-", "-"]],
    ther=[["ERBB2 amplification", "Trastuzumab + chemotherapy", "1", "Approved (first line, "
                                                                     "HER2-positive)"],
          ["ERBB2 amplification", "Trastuzumab deruxtecan", "1", "Approved (after "
                                                                 "trastuzumab)"],
          ["ERBB2 amplification", "Pembrolizumab + trastuzumab + chemotherapy", "1",
           "FDA approved (PD-L1 CPS 1 or more)"],
          ["CCNE1 amplification", "WEE1 / PKMYT1 inhibitors", "4", "Investigational"]],
    trials=[["KOD-APAC-207", "2", "Zanidatamab plus chemotherapy", "HER2-positive gastric",
             "Singapore, Seoul"]],
    vus="BRCA2 c.6100C>T p.Arg2034Cys (VAF 49.0%, probably germline); CDH1 c.2164+5G>A "
        "(VAF 12.8%); NOTCH2 c.5222C>T p.Pro1741Leu (VAF 26.4%).",
    qc=QC("64 ng", "40 ng", "2,915x", "99.0%"),
    qc_note="Low-coverage amplicons (below 100x): KRAS exon 4 amplicon 2 (71x). Fusion panel "
            "internal expression controls passed.",
    by="Dr Nur Aisyah Rahman, Molecular Pathologist", verified="Goh Mei Fang, MSc, Scientist",
    cov_override={"KRAS exon 4": 71},
)
REPORTS["9103"]["labels"] = [
    L("HER2", "amplification", "positive", ["ERBB2 amplification", "ERBB2 17q12 12.4 24 "
                                                                    "Amplified"],
      alteration="amplification"),
    L("HER2", "expression", "positive", "HER2 IHC 3+", ihc_score="3+"),
    L("TP53", "mutation", "positive", ["TP53", "p.Arg248Trp", "Oncogenic"], alteration="R248W"),
    L("TMB", "signature", "reported", "TMB: 5.3 mut/Mb", value="5.3 mut/Mb"),
    L("MSI", "signature", "negative", ["MSS", "microsatellite stable"]),
    L("PD-L1", "expression", "positive", ["CPS 5", "reported as positive"], value="CPS 5"),
    L("MET", "amplification", "negative", "MET 7q31.2 1.3 2-3 Not amplified"),
]

REPORTS["9104"] = dict(
    patient="Patient N", dob="15/06/1984 / Female", labno="KOD-25-04118", specid="KS25-2049-A",
    spectype="FFPE block, neck dissection level VI (referral block N25-20477 A5)",
    doctor="Dr Lakshmi Pillai", hospital="Serangoon Head & Neck Centre",
    dates="30/04/2025 / 05/05/2025", reported="13/05/2025",
    diagnosis="Papillary thyroid carcinoma, recurrent, radioiodine-refractory",
    tumour="25%",
    lvl12=["**CCDC6-RET fusion** (RET/PTC1; CCDC6 exon 1 :: RET exon 12). Level 1: "
           "selpercatinib, pralsetinib"],
    lvl34=["**TERT** promoter c.-124C>T (C228T), oncogenic, prognostic"],
    sigs=["TMB: not reported (tumour content below the 30% required)",
          "Microsatellite status: MSS (0/76 loci unstable)"],
    summary_note="BRAF V600E: not detected. RAS genes (HRAS, KRAS, NRAS): no variants detected. "
                 "No other fusions detected (ALK, BRAF, NTRK1, NTRK2, NTRK3, PAX8-PPARG).",
    snv=[["TERT", "NM_198253.3", "c.-124C>T", "promoter", "18.9%", "1,044", "Oncogenic", "-"]],
    cnv=[["None", "-", "-", "-", "No amplification detected", "-"]],
    fus=[["CCDC6-RET", "CCDC6 exon 1 (chr10:59,906,???)", "RET exon 12", "356", "Detected",
          "Level 1"]],
    ther=[["CCDC6-RET", "Selpercatinib", "1", "Approved (RET fusion-positive thyroid cancer)"],
          ["CCDC6-RET", "Pralsetinib", "1", "FDA approved; HSA approved"]],
    trials=[],
    vus="None detected in this specimen. Likely benign variant RET c.2071G>A p.Gly691Ser "
        "(VAF 51%, common polymorphism) is not reported as a finding.",
    qc=QC("21 ng", "18 ng", "1,602x", "96.5%"),
    qc_note="TMB not calculated: tumour content 25% (minimum 30%). Low-coverage amplicons: "
            "HRAS exon 3 (96x), NRAS exon 4 (88x); variants at 10% VAF or more remain "
            "detectable.",
    by="Dr Farhan Iskandar, Molecular Pathologist", verified="Lim Kok Seng, PhD, Scientist",
    cov_override={"HRAS exon 3": 96, "NRAS exon 4": 88},
)
REPORTS["9104"]["fus"][0][1] = "CCDC6 exon 1 (chr10:59,906,270)"
REPORTS["9104"]["fus"][0][2] = "RET exon 12 (chr10:43,114,480)"
REPORTS["9104"]["labels"] = [
    L("RET", "fusion", "positive", ["CCDC6-RET fusion", "Level 1"], alteration="CCDC6-RET"),
    L("BRAF", "mutation", "negative", "BRAF V600E: not detected."),
    L("HRAS", "mutation", "negative", "RAS genes (HRAS, KRAS, NRAS): no variants detected."),
    L("KRAS", "mutation", "negative", "RAS genes (HRAS, KRAS, NRAS): no variants detected."),
    L("NRAS", "mutation", "negative", "RAS genes (HRAS, KRAS, NRAS): no variants detected."),
    L("ALK", "fusion", "negative", "No other fusions detected (ALK, BRAF, NTRK1, NTRK2, NTRK3"),
    L("BRAF", "fusion", "negative", "No other fusions detected (ALK, BRAF, NTRK1, NTRK2, NTRK3"),
    L("NTRK", "fusion", "negative", "No other fusions detected (ALK, BRAF, NTRK1, NTRK2, NTRK3"),
    L("MSI", "signature", "negative", "Microsatellite status: MSS"),
]
