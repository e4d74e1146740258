"""Lab I: Tenjin University Hospital, Center for Cancer Genomic Medicine (Japan). A4, Vera,
expert panel report with evidence levels A-F/R, secondary (presumed germline) findings,
genes-with-no-reportable-alterations appendix, failed-test report."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

INDIGO = colors.HexColor("#2B3A67")
MIST = colors.HexColor("#ECEEF5")
KIT = Kit("Vera", size=7.6, accent=INDIGO, light=MIST, rule=colors.HexColor("#9BA3BD"))
PAGE = A4
MARGINS = (44, 44, 56)
W = PAGE[0] - 88

LEVELS = [["A", "Approved in Japan for this cancer type, or recommended in guidelines"],
          ["B", "Evidence from clinical trials in this cancer type, or approved abroad"],
          ["C", "Approved or trial evidence in another cancer type"],
          ["D", "Case reports"], ["E", "Preclinical evidence"],
          ["F", "Biological significance (oncogenicity) only"],
          ["R", "Evidence of resistance"]]

NO_ALT = ("ABL1, AKT1, AKT2, ALK, APC, AR, ARAF, ATM, ATR, BARD1, BRAF, BRCA1, BRCA2, BRIP1, "
          "CCND1, CDH1, CDK12, CDK4, CDK6, CHEK2, CTNNB1, DDR2, EGFR, ERBB3, ERBB4, ESR1, EZH2, "
          "FGFR1, FGFR2, FLT3, GNA11, GNAQ, HRAS, IDH1, IDH2, JAK2, KIT, KRAS, MAP2K1, MDM2, MET, "
          "MLH1, MSH2, MSH6, MTOR, MYC, NF1, NRAS, NTRK1, NTRK2, NTRK3, PALB2, PDGFRA, PMS2, "
          "POLE, PTCH1, PTEN, RAD51C, RAD51D, RAF1, RB1, RET, ROS1, SMO, STK11, TSC1, TSC2, VHL")


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(INDIGO)
        c.rect(44, h - 64, 22, 22, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(50, h - 58, 10, 10, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 74, h - 50, "Tenjin University Hospital", "VeraBd", 11)
        draw(c, 74, h - 61, "Center for Cancer Genomic Medicine (designated core hospital)",
             "Vera", 7.2)
        draw(c, w - 44, h - 50, f"Report No. {r['rno']}", "Vera", 7.2, align="right")
        draw(c, w - 44, h - 60, f"{r['patient']}  |  ID {r['pid']}", "Vera", 7.2, align="right")
        c.setStrokeColor(INDIGO)
        c.setLineWidth(1.4)
        c.line(44, h - 70, w - 44, h - 70)
        c.setLineWidth(0.4)
        c.line(44, 44, w - 44, 44)
        draw(c, 44, 34, "2-15 Minami-Tenjin, Kitase-ku, Kitase City 460-9999, Japan  |  "
             "+81-52-555-0140  |  cgm@tenjin-u-hosp.invalid", "Vera", 6.2)
        draw(c, w - 44, 34, f"{page} / {total}", "VeraBd", 7.2, align="right")
        c.restoreState()
    return decorate


def story(r):
    k = KIT
    s = []
    s.append(P("CANCER GENOMIC PROFILING TEST: EXPERT PANEL REPORT",
               k.ps(size=12, font=k.bold, align=TA_CENTER, color=INDIGO)))
    s.append(P(r["test"], k.ps(size=8, align=TA_CENTER)))
    s.append(Spacer(1, 8))
    s.append(kv([("Patient", r["patient"]), ("Patient ID", r["pid"]), ("Age / sex", r["agesex"]),
                 ("Department", r["dept"]), ("Attending physician", r["attending"]),
                 ("Cancer type", r["cancer"]), ("Specimen", r["specimen"]),
                 ("Specimen date", r["sdate"]), ("Tumor cell content", r["tumor"]),
                 ("Test ordered", r["ordered"]), ("Sequencing report received", r["rdate"]),
                 ("Expert panel date", r["epdate"])], k, [86, 170, 92, W - 348], cols=2,
                style="grid", extra=[("BACKGROUND", (0, 0), (0, -1), MIST),
                                     ("BACKGROUND", (2, 0), (2, -1), MIST)]))
    s.append(Spacer(1, 6))
    for title, body in r["sections"]:
        s.append(bar(title, k, W, size=8.6))
        s.append(Spacer(1, 3))
        for item in body:
            s.append(P(item, k.body) if isinstance(item, str) else item)
            s.append(Spacer(1, 3))
        s.append(Spacer(1, 3))
    s.append(P("Evidence levels (Japanese joint guidance for CGP tests)", k.h3))
    s.append(tbl(LEVELS, [24, W - 24], k, header_rows=0, style="grid", cell_style=k.small))
    s.append(Spacer(1, 6))
    s.append(P("Expert panel members: " + r["panel"], k.small))
    s.append(P("This report summarizes the recommendation of the expert panel. Treatment "
               "decisions remain with the attending physician and the patient. Access to "
               "investigational drugs depends on trial availability; patient-proposed healthcare "
               "is possible under the national program.", k.small))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 80, 80, decorate_for(r),
                     title=f"Expert Panel Report {r['rno']}", author="Tenjin University Hospital",
                     creator="TUH CGM reporting 1.9")


def alt_table(rows):
    return tbl([["Gene", "Alteration", "VAF / CN", "Oncogenicity", "Evidence level",
                 "Candidate drugs (access)"]] + rows, [42, 110, 54, 70, 56, W - 332], KIT,
               header_bg=MIST)


REPORTS = {}

R = dict(
    rno="EP-2025-0188", patient="Patient X", pid="00-7718-302", agesex="68 / M",
    dept="Urology", attending="Dr. Kenta Morioka", cancer="Urothelial carcinoma of the bladder, "
    "metastatic (lung, lymph nodes)", specimen="TURBT, bladder (FFPE block 24-S-10411 #2)",
    sdate="2024-11-20", tumor="50%", ordered="TCP-324 tissue panel",
    rdate="2025-03-10", epdate="2025-03-18",
    test="TCP-324 (DNA, 324 genes; tumor-only; TMB and MSI); reviewed by the Tenjin expert panel",
)
R["sections"] = [
    ("1. Summary of the expert panel discussion", [
        "Two alterations with treatment implications were identified: **FGFR3 S249C** (evidence "
        "level B; erdafitinib is approved for FGFR3-altered urothelial carcinoma abroad and "
        "available through clinical trials in Japan) and **ERBB2 S310F** (level C; trastuzumab "
        "deruxtecan is approved for HER2-mutant NSCLC; a basket trial for HER2-mutant solid "
        "tumors is recruiting at this hospital). TMB is high (12.6 mutations/Mb), which supports "
        "immune checkpoint inhibitor therapy (level A; pembrolizumab already given as second "
        "line).",
        "Recommendation: consider enrollment in TCT-HER2-07 (ERBB2 S310F) or an FGFR inhibitor "
        "trial. No presumed germline findings to disclose."]),
    ("2. Detected alterations and evidence levels", [
        alt_table([
            ["FGFR3", "S249C (c.746C>G)", "31.2%", "Oncogenic", "B",
             "Erdafitinib (trial / patient-proposed)"],
            ["ERBB2", "S310F (c.929C>T)", "24.8%", "Oncogenic", "C",
             "Trastuzumab deruxtecan (basket trial TCT-HER2-07)"],
            ["TP53", "R280T (c.839G>C)", "40.1%", "Oncogenic", "F", "None"],
            ["CDKN2A", "Loss (homozygous deletion)", "CN 0", "Oncogenic", "F",
             "CDK4/6 inhibitors (level E only)"],
            ["TERT", "Promoter c.-124C>T", "36.5%", "Oncogenic", "F", "None"],
            ["KDM6A", "Q555* (c.1663C>T)", "72.0%", "Likely oncogenic", "F", "None"]]),
        "Variants of unknown significance (not used for treatment decisions): ARID1A "
        "p.A1496V (18%), ERBB4 p.R711H (9%), PIK3CA p.Q546P? no: see note.",
    ]),
    ("3. Biomarkers", [
        tbl([["Biomarker", "Result", "Call", "Threshold"],
             ["Tumor mutational burden", "12.6 mutations/Mb", "TMB-High", "10 mutations/Mb"],
             ["Microsatellite status", "MSS", "Microsatellite stable", "MSI-H by 24 loci"]],
            [130, 110, 110, W - 350], KIT, header_bg=MIST)]),
    ("4. Secondary findings (presumed germline pathogenic variants)", [
        "Tumor-only test. Variants were screened against the secondary-findings gene list of the "
        "national guidance (including BRCA1, BRCA2, MLH1, MSH2, MSH6, PMS2, TP53, APC). No "
        "variant meeting the criteria for presumed germline origin was identified; disclosure "
        "was not required. The patient consented to receive secondary findings."]),
    ("5. Genes with no reportable alterations", [
        "No pathogenic short variants, copy number alterations or rearrangements were detected "
        "in the following genes (selected from the 324-gene panel): " + NO_ALT + ".",
        "Quality: median depth 812x; 98.4% of targets at 100x or more; no failed genes. "
        "Low-coverage exons: BRCA2 exon 11 (partial, 88x), POLE exon 9 (95x)."]),
]
R["panel"] = ("Dr. Hiroshi Takayanagi (medical oncology, chair), Dr. Aiko Sugimura (pathology), "
              "Dr. Ren Oshiro (clinical genetics), Ms. Yui Kamata (genetic counselor), "
              "Dr. Shota Imabayashi (bioinformatics), Dr. Kenta Morioka (urology)")
R["sections"][1][1][1] = ("Variants of unknown significance (not used for treatment decisions): "
                          "ARID1A p.A1496V (18%), ERBB4 p.R711H (9%), MET p.T1010I (49%, "
                          "common polymorphism, not oncogenic).")
EVTOK = {g: f"{g}, " for g in ("BRAF", "BRCA1", "BRCA2", "EGFR", "HRAS", "IDH1", "IDH2", "KRAS",
                                "MET", "MLH1", "MSH2", "MSH6", "NRAS", "PMS2", "ALK", "RET",
                                "ROS1")}
EVTOK.update({"AR": " AR, ", "NTRK": "NTRK1, NTRK2, NTRK3"})
INSCOPE_NEG = [("BRAF", "mutation"), ("BRCA1", "mutation"), ("BRCA2", "mutation"),
               ("EGFR", "mutation"), ("HRAS", "mutation"), ("IDH1", "mutation"),
               ("IDH2", "mutation"), ("KRAS", "mutation"), ("MET", "mutation"),
               ("MLH1", "mutation"), ("MSH2", "mutation"), ("MSH6", "mutation"),
               ("NRAS", "mutation"), ("PMS2", "mutation"), ("AR", "mutation"),
               ("ALK", "fusion"), ("NTRK", "fusion"), ("RET", "fusion"), ("ROS1", "fusion")]
R["labels"] = [
    L("HER2", "mutation", "positive", ["ERBB2", "S310F (c.929C>T)"], alteration="S310F"),
    L("TP53", "mutation", "positive", ["TP53", "R280T (c.839G>C)"], alteration="R280T"),
    L("TMB", "signature", "positive", ["12.6 mutations/Mb", "TMB-High"],
      value="12.6 mutations/Mb"),
    L("MSI", "signature", "negative", ["MSS", "Microsatellite stable"]),
] + [L(g, a, "negative", ["Genes with no reportable alterations", EVTOK[g]],
       **({"optional": True} if g == "BRCA2" else {})) for g, a in INSCOPE_NEG]
REPORTS["9114"] = R

R = dict(
    rno="EP-2025-0243", patient="Patient Y", pid="00-8120-955", agesex="63 / M",
    dept="Head and Neck Surgery", attending="Dr. Mio Hasegawa",
    cancer="Salivary duct carcinoma (parotid gland), recurrent",
    specimen="Parotidectomy, right (FFPE block 23-S-22871 #4)", sdate="2023-09-05",
    tumor="60%", ordered="TCP-324 tissue panel", rdate="2025-04-14", epdate="2025-04-22",
    test="TCP-324 (DNA, 324 genes; tumor-only; TMB and MSI); reviewed by the Tenjin expert panel",
)
R["sections"] = [
    ("1. Summary of the expert panel discussion", [
        "**ERBB2 amplification** (copy number 32) was detected, concordant with HER2 protein "
        "overexpression (IHC 3+) on the same block. Trastuzumab with docetaxel is approved in "
        "Japan for HER2-positive salivary gland carcinoma (evidence level A). **PIK3CA H1047R** "
        "(level C) may contribute to resistance to HER2-directed therapy. Androgen receptor "
        "protein is expressed; combined androgen blockade is an option (level B).",
        "Recommendation: trastuzumab plus docetaxel; consider trastuzumab deruxtecan at "
        "progression (clinical trial)."]),
    ("2. Detected alterations and evidence levels", [
        alt_table([
            ["ERBB2", "Amplification", "CN 32", "Oncogenic", "A",
             "Trastuzumab + docetaxel (approved)"],
            ["PIK3CA", "H1047R (c.3140A>G)", "22.5%", "Oncogenic", "C",
             "Alpelisib, capivasertib (approved in breast cancer)"],
            ["TP53", "R342* (c.1024C>T)", "44.9%", "Oncogenic", "F", "None"],
            ["CDK12", "Amplification", "CN 30", "Unknown", "F",
             "None (co-amplified with ERBB2)"]]),
        "Variants of unknown significance: NOTCH1 p.P2415L (12%), KMT2D p.R5214H (47%).",
    ]),
    ("3. Immunohistochemistry and ISH (Department of Pathology, same block)", [
        tbl([["Marker", "Clone", "Result", "Comment"],
             ["HER2", "4B5", "3+", "Complete, intense membranous staining in 90% of cells"],
             ["HER2 dual ISH", "INFORM HER2 / CEP17", "Amplified",
              "HER2/CEP17 ratio 6.8; mean HER2 copy number 15.1 per cell"],
             ["Androgen receptor", "SP107", "Positive (90%)", "Strong nuclear staining"],
             ["GATA3", "L50-823", "Positive", "Supports salivary duct carcinoma"]],
            [80, 60, 100, W - 240], KIT, header_bg=MIST)]),
    ("4. Biomarkers", [
        tbl([["Biomarker", "Result", "Call", "Threshold"],
             ["Tumor mutational burden", "2.5 mutations/Mb", "TMB-Low", "10 mutations/Mb"],
             ["Microsatellite status", "MSS", "Microsatellite stable", "MSI-H by 24 loci"]],
            [130, 110, 110, W - 350], KIT, header_bg=MIST)]),
    ("5. Secondary findings (presumed germline pathogenic variants)", [
        "No variant meeting the criteria for presumed germline origin was identified among the "
        "secondary-findings genes. The TP53 variant (VAF 44.9%) was reviewed: with 60% tumor "
        "content and loss of heterozygosity at 17p, a somatic origin is most likely; germline "
        "confirmatory testing was not recommended by the panel."]),
    ("6. Genes with no reportable alterations", [
        "No pathogenic short variants, copy number alterations or rearrangements were detected "
        "in the following genes (selected from the 324-gene panel): " +
        NO_ALT.replace("AR, ", "").replace(", PTEN", "").replace(", AKT2", "") + ".",
        "Quality: median depth 944x; 98.9% of targets at 100x or more; no failed genes."]),
]
R["panel"] = ("Dr. Hiroshi Takayanagi (medical oncology, chair), Dr. Aiko Sugimura (pathology), "
              "Dr. Ren Oshiro (clinical genetics), Ms. Yui Kamata (genetic counselor), "
              "Dr. Shota Imabayashi (bioinformatics), Dr. Mio Hasegawa (head and neck surgery)")
INSCOPE_NEG_Y = [x for x in INSCOPE_NEG if x[0] != "AR"]
R["labels"] = [
    L("HER2", "amplification", "positive", ["ERBB2 amplification", "CN 32",
                                            "HER2/CEP17 ratio 6.8"],
      alteration="amplification", ratio=6.8),
    L("HER2", "expression", "positive", ["HER2 4B5 3+", "HER2 protein overexpression"],
      ihc_score="3+"),
    L("AR", "expression", "positive", "Androgen receptor SP107 Positive (90%)", percent=90),
    L("PIK3CA", "mutation", "positive", ["PIK3CA", "H1047R (c.3140A>G)"], alteration="H1047R"),
    L("TP53", "mutation", "positive", ["TP53", "R342* (c.1024C>T)"], alteration="R342*"),
    L("TMB", "signature", "negative", ["2.5 mutations/Mb", "TMB-Low"], value="2.5 mutations/Mb"),
    L("MSI", "signature", "negative", ["MSS", "Microsatellite stable"]),
] + [L(g, a, "negative", ["Genes with no reportable alterations", EVTOK[g]])
     for g, a in INSCOPE_NEG_Y]
REPORTS["9115"] = R

R = dict(
    rno="EP-2025-0301", patient="Patient Z", pid="00-9034-117", agesex="74 / F",
    dept="Gastroenterology", attending="Dr. Daichi Nomura",
    cancer="Pancreatic adenocarcinoma, unresectable (liver metastases)",
    specimen="EUS-FNB, pancreatic head (FFPE block 25-S-03390 #1)", sdate="2025-02-03",
    tumor="20% (estimated)", ordered="TCP-324 tissue panel", rdate="2025-03-27",
    epdate="2025-04-01",
    test="TCP-324 (DNA, 324 genes; tumor-only; TMB and MSI): TEST NOT COMPLETED",
)
R["sections"] = [
    ("1. Result", [
        "**No sequencing results can be reported for this specimen.** The specimen failed "
        "quality control: the DNA yield was 8 ng (minimum 50 ng) and library sequencing "
        "reached a median depth of 92x (minimum 300x), with 41% of targets at 100x or more. "
        "Variant calling, copy number analysis, TMB and MSI were not performed. The absence of "
        "reported alterations must not be interpreted as a negative result.",
        tbl([["QC item", "Result", "Requirement", "Status"],
             ["Tumor cell content (pathologist)", "20%", "20% or more", "Borderline"],
             ["DNA yield", "8 ng", "50 ng or more", "Fail"],
             ["DNA integrity (DIN)", "2.1", "2.0 or more", "Pass"],
             ["Median depth", "92x", "300x or more", "Fail"],
             ["Targets at 100x or more", "41%", "90% or more", "Fail"]],
            [170, 80, 110, W - 360], KIT, header_bg=MIST)]),
    ("2. Expert panel discussion and recommendation", [
        "The panel discussed options for obtaining a genomic profile, which in pancreatic cancer "
        "mainly concerns KRAS status (including KRAS wild-type tumors with NRG1 or NTRK "
        "fusions), BRCA1/BRCA2 and PALB2 for platinum and PARP inhibitor sensitivity, "
        "MSI-high/dMMR for immune checkpoint inhibitors, and NTRK fusions for TRK inhibitors.",
        "Recommendations: (1) a plasma-based CGP test (liquid biopsy) is recommended and can be "
        "ordered under national insurance because the tissue test failed; (2) germline BRCA1/2 "
        "testing may be offered independently; (3) mismatch repair immunohistochemistry "
        "(MLH1, PMS2, MSH2, MSH6) can be performed on the remaining cell block if the "
        "liquid biopsy is uninformative.",
        "Re-testing of the same block is not recommended: the remaining tissue is insufficient "
        "(2 unstained slides)."]),
    ("3. Requested analyses (status)", [
        tbl([["Analysis", "Status"],
             ["Short variants (SNV/indel) in 324 genes, including KRAS, BRCA1, BRCA2", "Not "
                                                                                      "reported "
                                                                                      "(QC "
                                                                                      "failure)"],
             ["Copy number alterations (e.g. ERBB2, MET)", "Not reported (QC failure)"],
             ["Rearrangements (e.g. NTRK1-3, NRG1, ALK, RET)", "Not reported (QC failure)"],
             ["Tumor mutational burden", "Not calculated"],
             ["Microsatellite status", "Not calculated"],
             ["Plasma CGP (liquid biopsy)", "Ordered 2025-04-02; pending"]],
            [W - 170, 170], KIT, header_bg=MIST)]),
    ("4. Specimen history and pathology review", [
        "The EUS-FNB specimen (3 passes, 22G needle) was diagnostic for adenocarcinoma. After "
        "diagnostic immunohistochemistry (CK7, CK19 and MUC1; SMAD4 not performed) the "
        "block was cut for CGP. On review, tumor cells were present in 2 of 3 cores, estimated "
        "at 20% of nucleated cells with abundant desmoplastic stroma and blood. No other tumor "
        "block is available; the primary tumor was not resected.",
        "Prior molecular testing: none."]),
    ("5. Genes included in TCP-324 (for reference)", [
        "Hybrid capture of all coding exons of 324 genes, including: " + NO_ALT +
        ", and 255 further genes (full list: www.tenjin-u-hosp.invalid/cgp/tcp324). Selected "
        "introns of ALK, BRAF, EGFR, ETV6, FGFR1-3, MET, NTRK1-3, RET and ROS1 are captured "
        "for rearrangement detection."]),
    ("6. About the test", [
        "TCP-324 is a hybrid-capture DNA panel of 324 cancer-related genes (all coding exons, "
        "selected introns for rearrangements) with TMB (1.1 Mb) and MSI (24 loci). It is "
        "performed on FFPE tumor tissue without a matched normal sample. Minimum requirements: "
        "20% tumor cells and 50 ng DNA. Secondary (presumed germline) findings are disclosed "
        "according to the patient's consent and the national guidance.",
        "Billing note: a failed test is billed for the test order only; the expert panel review "
        "is billed separately."]),
]
R["panel"] = ("Dr. Hiroshi Takayanagi (medical oncology, chair), Dr. Aiko Sugimura (pathology), "
              "Dr. Ren Oshiro (clinical genetics), Ms. Yui Kamata (genetic counselor), "
              "Dr. Daichi Nomura (gastroenterology)")
R["labels"] = []
REPORTS["9116"] = R
