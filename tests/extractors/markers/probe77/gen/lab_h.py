"""Lab H: Meridian Reference Laboratories, Precision Oncology (US health system). Liquid biopsy
(cfDNA) reports printed from the LIS in capitals, Courier, letter size, ruled with characters."""
from reportlab.lib.pagesizes import letter

from common import L
from layout import (P, Kit, Spacer, build_pdf, colors, draw, kv, tbl)

KIT = Kit("Courier", size=8.2, accent=colors.black, rule=colors.black)
PAGE = letter
MARGINS = (46, 46, 56)
W = PAGE[0] - 92
COLS = int(W / (0.6 * KIT.size))
RULE = "=" * COLS
DASH = "-" * COLS


GENES = ("SNV/INDEL (74): AKT1 ALK APC AR ARAF ARID1A ATM BRAF BRCA1 BRCA2 CCND1 CCND2 CCNE1 "
         "CDH1 CDK4 CDK6 CDK12 CDKN2A CHEK2 CTNNB1 DDR2 EGFR ERBB2 ESR1 EZH2 FBXW7 FGFR1 FGFR2 "
         "FGFR3 GATA3 GNA11 GNAQ GNAS HNF1A HRAS IDH1 IDH2 JAK2 JAK3 KIT KRAS MAP2K1 MAP2K2 MET "
         "MLH1 MPL MTOR MYC NF1 NFE2L2 NOTCH1 NPM1 NRAS NTRK1 PALB2 PDGFRA PIK3CA PTEN PTPN11 "
         "RAF1 RB1 RET RHEB RHOA RIT1 ROS1 SMAD4 SMO SRC STK11 TERT TP53 TSC1 VHL. "
         "AMPLIFICATIONS (18): AR BRAF CCND1 CCND2 CCNE1 CDK4 CDK6 EGFR ERBB2 FGFR1 FGFR2 KIT "
         "KRAS MET MYC PDGFRA PIK3CA RAF1. FUSIONS (6): ALK FGFR2 FGFR3 NTRK1 RET ROS1.")


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        draw(c, 46, h - 40, "MERIDIAN REFERENCE LABORATORIES - PRECISION ONCOLOGY", "Courier-Bold",
             9)
        draw(c, w - 46, h - 40, f"PAGE {page} OF {total}", "Courier-Bold", 9, align="right")
        draw(c, 46, h - 50, "4410 CANTERA PKWY, FORT ALDER TX 75999  CLIA 45D9990773  "
             "DIR: L. NAKASHIMA-BRIGGS MD", "Courier", 7.5)
        draw(c, 46, h - 60, f"PATIENT: {r['patient'].upper()}   DOB: {r['dob']}   MRN: "
             f"{r['mrn']}   ACC: {r['acc']}", "Courier", 7.5)
        c.setLineWidth(0.6)
        c.line(46, h - 66, w - 46, h - 66)
        c.line(46, 46, w - 46, 46)
        draw(c, 46, 36, f"PRINTED {r['printed']}  RPT: ONCPLS  LIS: MERIDIAN CERNIX 12.4  "
             "*** CONFIDENTIAL ***", "Courier", 7)
        c.restoreState()
    return decorate


def lines(text_lines, bold=False):
    st = KIT.ps(font=KIT.bold if bold else KIT.regular)
    return [P(x, st) for x in text_lines]


def table(rows, widths, head=True):
    k = KIT
    return tbl(rows, widths, k, header_rows=1 if head else 0, style=None, pad=2,
               header_style=k.ps(font=k.bold))


def story(r):
    k = KIT
    s = []
    s += lines([RULE])
    s += lines(["TEST: MERIDIAN CFDNA 74 - LIQUID BIOPSY (PLASMA)          STATUS: FINAL"],
               bold=True)
    s += lines([RULE])
    s.append(kv([("PATIENT", r["patient"].upper()), ("SEX", r["sex"]), ("DOB", r["dob"]),
                 ("MRN", r["mrn"]), ("ACCESSION", r["acc"]), ("ORDERING", r["ordering"]),
                 ("LOCATION", r["location"]), ("SPECIMEN", r["specimen"]),
                 ("COLLECTED", r["collected"]), ("RECEIVED", r["received"]),
                 ("REPORTED", r["reported"]), ("DIAGNOSIS", r["dx"])],
                k, [70, 190, 70, W - 330], cols=2, key_style=k.ps(font=k.bold),
                val_style=k.body))
    s += lines([DASH])
    s += lines(["SUMMARY OF DETECTED ALTERATIONS"], bold=True)
    s.append(table([["GENE", "ALTERATION", "% CFDNA", "CLASSIFICATION", "THERAPY ASSOCIATION"]]
                   + r["detected"], [44, 150, 52, 110, W - 356]))
    s.append(Spacer(1, 3))
    s += lines(r["signatures"])
    s += lines([DASH])
    s += lines(["ALTERATIONS TESTED AND NOT DETECTED (SELECTED)"], bold=True)
    s += lines(r["not_detected"])
    s.append(Spacer(1, 2))
    s += lines(["NOTE: A NOT DETECTED RESULT IN PLASMA DOES NOT EXCLUDE THE ALTERATION IN THE "
                "TUMOR. LOW TUMOR SHEDDING REDUCES SENSITIVITY; CONSIDER TISSUE TESTING IF "
                "CLINICALLY INDICATED."])
    s += lines([DASH])
    s += lines(["INTERPRETATION"], bold=True)
    for para in r["interp"]:
        s += lines([para])
        s.append(Spacer(1, 3))
    if r.get("history"):
        s += lines([DASH])
        s += lines(["PRIOR MOLECULAR RESULTS ON FILE (FOR COMPARISON)"], bold=True)
        s.append(table([["DATE", "SPECIMEN", "TEST", "RESULT"]] + r["history"],
                       [60, 120, 120, W - 300]))
    if r.get("trials"):
        s += lines([DASH])
        s += lines(["CLINICAL TRIAL MATCHES (MERIDIAN NETWORK)"], bold=True)
        s.append(table([["STUDY", "PHASE", "AGENT", "BIOMARKER ELIGIBILITY"]] + r["trials"],
                       [80, 40, 190, W - 310]))
    s += lines([DASH])
    s += lines(["VARIANTS OF UNCERTAIN SIGNIFICANCE"], bold=True)
    s += lines(r["vus"])
    s += lines([DASH])
    s += lines(["QUALITY METRICS"], bold=True)
    s.append(table([["METRIC", "RESULT", "SPECIFICATION"]] + r["qc"], [200, 120, W - 320]))
    s += lines([DASH])
    s += lines(["GENES ANALYZED"], bold=True)
    s += lines([GENES])
    s += lines([DASH])
    s += lines(["METHODOLOGY"], bold=True)
    s += lines([
        "CELL-FREE DNA WAS ISOLATED FROM 2 X 10 ML OF PLASMA (STRECK TUBES) AND SEQUENCED WITH A "
        "74-GENE HYBRID CAPTURE PANEL USING UNIQUE MOLECULAR IDENTIFIERS. REPORTED ALTERATIONS: "
        "SNV/INDEL IN 74 GENES, AMPLIFICATIONS IN 18 GENES (PLASMA COPY NUMBER; AMPLIFICATION "
        "CALLED AT 2.2 OR MORE FOR ERBB2/MET/EGFR, 2.0 OR MORE FOR AR), FUSIONS IN ALK, FGFR2, "
        "FGFR3, NTRK1, RET AND ROS1, MSI-HIGH STATUS AND BLOOD TMB (CUT-OFF 16 MUT/MB). "
        "ANALYTICAL SENSITIVITY: 0.2% VAF FOR SNV AT 30 NG INPUT. WHITE BLOOD CELL DNA IS NOT "
        "SEQUENCED; VARIANTS OF CLONAL HEMATOPOIESIS (E.G. DNMT3A, TET2, ASXL1, TP53, PPM1D) "
        "AND GERMLINE VARIANTS MAY BE REPORTED AND ARE ANNOTATED WHERE SUSPECTED. THIS TEST WAS "
        "DEVELOPED AND VALIDATED BY MERIDIAN REFERENCE LABORATORIES AND IS NOT FDA CLEARED."])
    s += lines([DASH])
    s += lines([f"RESULTS REVIEWED AND RELEASED BY: {r['signer']}   {r['reported']}",
                "*** END OF REPORT ***"], bold=True)
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 74, 74, decorate_for(r),
                     title=f"ONCPLS {r['acc']}", author="Meridian Reference Laboratories",
                     creator="CERNIX report writer 12.4")


QC = lambda ng, depth, umi, tf: [
    ["CFDNA INPUT", ng, "20 NG OR MORE"], ["MEDIAN UNIQUE MOLECULE DEPTH", depth, "1,500X OR "
                                                                                "MORE"],
    ["UMI FAMILY SIZE (MEDIAN)", umi, "3 OR MORE"],
    ["ESTIMATED CIRCULATING TUMOR FRACTION", tf, "REPORTED FOR INFORMATION"]]

REPORTS = {}

REPORTS["9111"] = dict(
    patient="Patient U", sex="M", dob="01/22/1960", mrn="MRL0049921", acc="PLS25-018843",
    ordering="V. ESCOBEDO-LAKE MD", location="MERIDIAN CANCER INST - THORACIC",
    specimen="PLASMA (2 STRECK TUBES)", collected="03/04/2025 0815",
    received="03/05/2025 1102", reported="03/12/2025 1640", printed="03/12/2025 1702",
    dx="NSCLC ADENOCARCINOMA, PROGRESSION ON ERLOTINIB",
    detected=[["EGFR", "L858R (C.2573T>G)", "2.1%", "PATHOGENIC - TIER I", "OSIMERTINIB (FDA)"],
              ["EGFR", "T790M (C.2369C>T)", "0.4%", "PATHOGENIC - TIER I",
               "OSIMERTINIB (FDA) - RESISTANCE TO 1ST/2ND GEN TKI"],
              ["TP53", "V157F (C.469G>T)", "1.8%", "PATHOGENIC - TIER II", "NONE"]],
    signatures=["MSI-HIGH: NOT DETECTED",
                "BLOOD TMB: NOT EVALUABLE (TUMOR FRACTION BELOW 5%)"],
    not_detected=["FUSIONS: ALK, ROS1, RET, NTRK1 - NOT DETECTED",
                  "AMPLIFICATIONS: MET, ERBB2 - NOT DETECTED",
                  "SNV/INDEL: KRAS, BRAF, ERBB2 - NOT DETECTED",
                  "EGFR C797S - NOT DETECTED"],
    interp=["THE SENSITIZING EGFR L858R MUTATION AND THE ACQUIRED RESISTANCE MUTATION EGFR "
            "T790M WERE DETECTED IN PLASMA CFDNA. T790M IS PRESENT AT A LOWER ALLELE FRACTION "
            "THAN L858R, CONSISTENT WITH A SUBCLONAL RESISTANCE MECHANISM. OSIMERTINIB IS "
            "APPROVED FOR EGFR T790M-POSITIVE NSCLC THAT HAS PROGRESSED ON EGFR TKI THERAPY.",
            "THE RATIO OF T790M TO L858R IS 0.19. NO MET AMPLIFICATION OR ERBB2 AMPLIFICATION "
            "WAS IDENTIFIED AS AN ALTERNATIVE RESISTANCE MECHANISM."],
    vus=["ATM P1054R (0.5%) - UNCERTAIN SIGNIFICANCE.", "NF1 E1040K (0.2%) - UNCERTAIN."],
    trials=[["MRL-ONC-0412", "2", "OSIMERTINIB + SAVOLITINIB AFTER OSIMERTINIB",
             "MET AMPLIFICATION OR OVEREXPRESSION REQUIRED (NOT MET)"],
            ["MRL-ONC-0455", "1/2", "FOURTH-GENERATION EGFR TKI",
             "EGFR C797S OR T790M/C797S REQUIRED (NOT MET)"]],
    qc=QC("41 NG", "3,920X", "5", "3.2%"),
    signer="R. OYELARAN-PIKE MD PHD",
)
REPORTS["9111"]["labels"] = [
    L("EGFR", "mutation", "positive", ["L858R (C.2573T>G)", "PATHOGENIC - TIER I"],
      alteration="L858R"),
    L("EGFR", "mutation", "positive", ["T790M (C.2369C>T)", "PATHOGENIC - TIER I"],
      alteration="T790M"),
    L("TP53", "mutation", "positive", ["V157F (C.469G>T)", "PATHOGENIC - TIER II"],
      alteration="V157F"),
    L("MSI", "signature", "negative", "MSI-HIGH: NOT DETECTED"),
    L("ALK", "fusion", "negative", "FUSIONS: ALK, ROS1, RET, NTRK1 - NOT DETECTED"),
    L("ROS1", "fusion", "negative", "FUSIONS: ALK, ROS1, RET, NTRK1 - NOT DETECTED"),
    L("RET", "fusion", "negative", "FUSIONS: ALK, ROS1, RET, NTRK1 - NOT DETECTED"),
    L("NTRK", "fusion", "negative", "FUSIONS: ALK, ROS1, RET, NTRK1 - NOT DETECTED"),
    L("MET", "amplification", "negative", "AMPLIFICATIONS: MET, ERBB2 - NOT DETECTED"),
    L("HER2", "amplification", "negative", "AMPLIFICATIONS: MET, ERBB2 - NOT DETECTED"),
    L("KRAS", "mutation", "negative", "SNV/INDEL: KRAS, BRAF, ERBB2 - NOT DETECTED"),
    L("BRAF", "mutation", "negative", "SNV/INDEL: KRAS, BRAF, ERBB2 - NOT DETECTED"),
    L("HER2", "mutation", "negative", "SNV/INDEL: KRAS, BRAF, ERBB2 - NOT DETECTED"),
    L("EGFR", "mutation", "negative", "EGFR C797S - NOT DETECTED", alteration="C797S",
      optional=True),
]

REPORTS["9112"] = dict(
    patient="Patient V", sex="F", dob="06/30/1957", mrn="MRL0061187", acc="PLS25-024410",
    ordering="A. FITZHUGH-NWOSU MD", location="MERIDIAN CANCER INST - GI",
    specimen="PLASMA (2 STRECK TUBES)", collected="04/08/2025 0930",
    received="04/09/2025 1015", reported="04/16/2025 1122", printed="04/16/2025 1130",
    dx="METASTATIC COLON ADENOCARCINOMA, PROGRESSION ON FOLFIRI + PANITUMUMAB",
    detected=[["KRAS", "Q61H (C.183A>C)", "0.9%", "PATHOGENIC - TIER I",
               "RESISTANCE TO ANTI-EGFR ANTIBODIES"],
              ["EGFR", "S492R (C.1474A>C)", "0.3%", "LIKELY PATHOGENIC - TIER II",
               "ACQUIRED RESISTANCE TO CETUXIMAB"],
              ["MET", "AMPLIFICATION (PLASMA CN 2.6)", "N/A", "PATHOGENIC - TIER II",
               "INVESTIGATIONAL MET INHIBITORS"],
              ["APC", "R1450* (C.4348C>T)", "6.8%", "PATHOGENIC - TIER II", "NONE"],
              ["TP53", "R282W (C.844C>T)", "6.1%", "PATHOGENIC - TIER II", "NONE"]],
    signatures=["MSI-HIGH: NOT DETECTED",
                "BLOOD TMB: 6 MUT/MB - NOT HIGH (CUT-OFF 16 MUT/MB)"],
    not_detected=["SNV/INDEL: BRAF (INCLUDING V600E), NRAS - NOT DETECTED",
                  "AMPLIFICATIONS: ERBB2, EGFR - NOT DETECTED",
                  "FUSIONS: ALK, RET, NTRK1, ROS1 - NOT DETECTED"],
    interp=["NEW KRAS Q61H, EGFR ECTODOMAIN S492R AND MET AMPLIFICATION WERE DETECTED AT LOW "
            "FRACTIONS RELATIVE TO THE TRUNCAL APC AND TP53 VARIANTS, A PATTERN TYPICAL OF "
            "ACQUIRED RESISTANCE TO ANTI-EGFR THERAPY. THESE CLONES MAY DECAY AFTER "
            "WITHDRAWAL OF ANTI-EGFR TREATMENT; RE-CHALLENGE DECISIONS CAN BE GUIDED BY REPEAT "
            "PLASMA TESTING.",
            "THE TUMOR WAS RAS/BRAF WILD TYPE IN TISSUE BEFORE TREATMENT (SEE PRIOR RESULTS)."],
    history=[["08/14/2023", "COLON, SIGMOID (S23-40912)", "KRAS/NRAS/BRAF PCR",
              "KRAS, NRAS AND BRAF: WILD TYPE"],
             ["08/14/2023", "COLON, SIGMOID (S23-40912)", "MMR IHC",
              "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)"]],
    vus=["ERBB3 A232V (0.4%) - UNCERTAIN.", "ARID1A G2087R (0.3%) - UNCERTAIN."],
    qc=QC("38 NG", "4,410X", "6", "7.9%"),
    signer="R. OYELARAN-PIKE MD PHD",
)
REPORTS["9112"]["labels"] = [
    L("KRAS", "mutation", "positive", ["Q61H (C.183A>C)", "PATHOGENIC - TIER I"],
      alteration="Q61H"),
    L("EGFR", "mutation", "positive", ["S492R (C.1474A>C)", "LIKELY PATHOGENIC"],
      alteration="S492R"),
    L("MET", "amplification", "positive", "AMPLIFICATION (PLASMA CN 2.6)",
      alteration="amplification"),
    L("TP53", "mutation", "positive", ["R282W (C.844C>T)", "PATHOGENIC - TIER II"],
      alteration="R282W"),
    L("MSI", "signature", "negative", "MSI-HIGH: NOT DETECTED"),
    L("TMB", "signature", "negative", "BLOOD TMB: 6 MUT/MB - NOT HIGH (CUT-OFF 16 MUT/MB)",
      value="6 MUT/MB"),
    L("BRAF", "mutation", "negative", "SNV/INDEL: BRAF (INCLUDING V600E), NRAS - NOT DETECTED"),
    L("NRAS", "mutation", "negative", "SNV/INDEL: BRAF (INCLUDING V600E), NRAS - NOT DETECTED"),
    L("HER2", "amplification", "negative", "AMPLIFICATIONS: ERBB2, EGFR - NOT DETECTED"),
    L("EGFR", "amplification", "negative", "AMPLIFICATIONS: ERBB2, EGFR - NOT DETECTED"),
    L("ALK", "fusion", "negative", "FUSIONS: ALK, RET, NTRK1, ROS1 - NOT DETECTED"),
    L("RET", "fusion", "negative", "FUSIONS: ALK, RET, NTRK1, ROS1 - NOT DETECTED"),
    L("NTRK", "fusion", "negative", "FUSIONS: ALK, RET, NTRK1, ROS1 - NOT DETECTED"),
    L("ROS1", "fusion", "negative", "FUSIONS: ALK, RET, NTRK1, ROS1 - NOT DETECTED"),
    L("KRAS", "mutation", "negative", "KRAS, NRAS AND BRAF: WILD TYPE", optional=True),
    L("MMR", "signature", "negative", "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)", optional=True),
    L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)", optional=True),
    L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)", optional=True),
    L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)", optional=True),
    L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2, MSH6 INTACT (PMMR)", optional=True),
]

REPORTS["9113"] = dict(
    patient="Patient W", sex="M", dob="11/05/1949", mrn="MRL0038804", acc="PLS25-031207",
    ordering="G. HALVERSON-AMADI MD", location="MERIDIAN UROLOGIC ONCOLOGY",
    specimen="PLASMA (2 STRECK TUBES)", collected="05/13/2025 1040",
    received="05/14/2025 0920", reported="05/21/2025 1515", printed="05/21/2025 1530",
    dx="METASTATIC CASTRATION-RESISTANT PROSTATE ADENOCARCINOMA",
    detected=[["AR", "T878A (C.2632A>G)", "4.2%", "PATHOGENIC - TIER II",
               "RESISTANCE TO ABIRATERONE (INVESTIGATIONAL)"],
              ["AR", "AMPLIFICATION (PLASMA CN 3.1)", "N/A", "PATHOGENIC - TIER II",
               "ASSOCIATED WITH ARPI RESISTANCE"],
              ["BRCA2", "R2520* (C.7558C>T)", "49.6%", "PATHOGENIC - TIER I",
               "OLAPARIB, TALAZOPARIB + ENZALUTAMIDE (FDA)"],
              ["TP53", "R248Q (C.743G>A)", "0.3%", "PATHOGENIC - TIER II *", "NONE"]],
    signatures=["MSI-HIGH: NOT DETECTED", "BLOOD TMB: 8 MUT/MB - NOT HIGH (CUT-OFF 16 MUT/MB)",
                "* TP53 R248Q AT 0.3%: POSSIBLE CLONAL HEMATOPOIESIS (CHIP); ORIGIN NOT "
                "DETERMINED."],
    not_detected=["SNV/INDEL: BRCA1, ATM, CDK12, PALB2 - NOT DETECTED",
                  "FUSIONS: TMPRSS2-ERG NOT ASSESSED (NOT ON PANEL)",
                  "PTEN HOMOZYGOUS LOSS: NOT ASSESSABLE IN PLASMA"],
    interp=["BRCA2 R2520* IS A TRUNCATING PATHOGENIC VARIANT. ITS ALLELE FRACTION OF 49.6% AT "
            "AN ESTIMATED TUMOR FRACTION OF 12% INDICATES PROBABLE GERMLINE ORIGIN. GERMLINE "
            "CONFIRMATION AND GENETIC COUNSELING ARE RECOMMENDED; FIRST-DEGREE RELATIVES MAY BE "
            "AT RISK. PARP INHIBITORS ARE FDA APPROVED FOR BRCA-MUTATED MCRPC.",
            "AR T878A (LEGACY NAME T877A) AND AR AMPLIFICATION ARE ACQUIRED ALTERATIONS UNDER "
            "ANDROGEN-DEPRIVATION AND ANDROGEN RECEPTOR PATHWAY INHIBITOR THERAPY."],
    vus=["CDK12 S1117L (0.5%) - UNCERTAIN.", "DNMT3A R882H (1.1%) - CLONAL HEMATOPOIESIS, NOT "
                                              "TUMOR-DERIVED; NOT REPORTED AS A TUMOR FINDING."],
    qc=QC("52 NG", "4,880X", "6", "12.0%"),
    signer="T. ABERNATHY-SOLIS MD",
)
REPORTS["9113"]["labels"] = [
    L("AR", "mutation", "positive", ["T878A (C.2632A>G)", "PATHOGENIC - TIER II"],
      alteration="T878A"),
    L("AR", "amplification", "positive", "AMPLIFICATION (PLASMA CN 3.1)",
      alteration="amplification"),
    L("BRCA2", "mutation", "positive", ["R2520* (C.7558C>T)", "PATHOGENIC - TIER I"],
      alteration="R2520*"),
    L("TP53", "mutation", "positive", ["R248Q (C.743G>A)", "POSSIBLE CLONAL HEMATOPOIESIS"],
      alteration="R248Q", optional=True),
    L("MSI", "signature", "negative", "MSI-HIGH: NOT DETECTED"),
    L("TMB", "signature", "negative", "BLOOD TMB: 8 MUT/MB - NOT HIGH (CUT-OFF 16 MUT/MB)",
      value="8 MUT/MB"),
    L("BRCA1", "mutation", "negative", "SNV/INDEL: BRCA1, ATM, CDK12, PALB2 - NOT DETECTED"),
]
