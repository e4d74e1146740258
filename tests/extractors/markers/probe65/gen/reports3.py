"""Reports 8121-8130."""
from __future__ import annotations

from reportlab.lib import colors

from common import FUSION_TARGETS, PANEL_DNA, chunk, patient
from labs import (BRENDAN, CORVANE, HAMDL, KESTREL, LAKESHORE, NAVY, NORTHFIELD, OSTARA, PINECREST,
                  VANTAGE, WESTMARCH)
from lib import Report
from reports1 import bar_table, corvane_appendix, hamdl_appendix, hamdl_signoff


# =====================================================================================  8121
def r8121():
    R = Report("8121", LAKESHORE, patient(8121, acc="LPA-M26-0388", mrn="LK-231907",
                                          physician="Esperanza Kowalczyk, MD",
                                          collected="02/25/2026", reported="03/09/2026", sex="M"),
               "Gastric biomarker report")
    R.H1("GASTRIC / GEJ ADENOCARCINOMA BIOMARKER REPORT")
    R.P("Specimen: Gastroesophageal junction, endoscopic biopsies (surgical case LPA-S26-2107, "
        "block A1). Diagnosis: Adenocarcinoma, intestinal type, poorly differentiated (Siewert II).")
    R.H2("Tests requested")
    R.P("[X] HER2 IHC with reflex ISH     [X] Mismatch repair IHC     [X] PD-L1 22C3 (CPS)     "
        "[X] Claudin 18.2     [ ] NGS panel (send-out)     [ ] EBER ISH")
    R.H2("HER2 (ERBB2) \u2013 immunohistochemistry (clone 4B5)")
    R.T([["Score", "Select one"],
         ["0 / 1+  Negative", "[  ]"],
         ["2+  Equivocal (reflex to ISH)", "[X]"],
         ["3+  Positive", "[  ]"]], [250, 80])
    R.P("Weak to moderate complete, basolateral or lateral membranous reactivity in a cluster of "
        "at least five tumor cells (biopsy criteria). Score: 2+ (equivocal).")
    R.H2("HER2 \u2013 dual-probe in situ hybridization (reflex)")
    R.KV([("Cells counted", "40 (two observers)"),
          ("Average HER2 signals per cell", "6.8"),
          ("Average CEP17 signals per cell", "2.6"),
          ("HER2/CEP17 ratio", "2.6"),
          ("Result", "AMPLIFIED (HER2/CEP17 ratio >= 2.0)")], widths=(200, None), style="grid",
         bold_key=False)
    R.P("{b}Overall HER2 status: POSITIVE{/b} (IHC 2+, ISH amplified). Eligible for "
        "trastuzumab-containing first-line therapy.")
    R.H2("Mismatch repair protein immunohistochemistry")
    R.T([["MLH1", "PMS2", "MSH2", "MSH6"],
         ["Intact", "Intact", "Intact", "Intact"]], [100, 100, 100, 100])
    R.P("Interpretation: mismatch repair proficient (no loss of nuclear expression).")
    R.H2("PD-L1 (22C3 pharmDx) \u2013 combined positive score")
    R.P("CPS 8. PD-L1 expression: POSITIVE at CPS >= 1; below CPS 10. CPS = number of PD-L1 "
        "staining cells (tumor cells, lymphocytes, macrophages) / total viable tumor cells x 100.")
    R.H2("Claudin 18.2 (clone 43-14A)")
    R.P("Positive: moderate-to-strong membranous staining in 80% of tumor cells (criterion >= 75%).")
    R.SP(6)
    R.P("Controls: appropriate external and internal positive and negative controls reacted as "
        "expected for all stains. HER2 ISH performed with the dual-color, dual-hapten brightfield "
        "method; scoring per ASCO/CAP gastroesophageal guideline.", size=8.5)
    R.P("Pathologist: Lorna Vasquez-Ibsen, MD \u2013 electronically signed 03/09/2026", size=8.5)
    R.L("HER2", "expression", "equivocal", "Score: 2+ (equivocal)", ihc_score="2+")
    R.L("HER2", "amplification", "positive", "AMPLIFIED (HER2/CEP17 ratio >= 2.0)", ratio=2.6)
    for m in ("MLH1", "PMS2", "MSH2", "MSH6"):
        R.L(m, "expression", "positive", "MLH1 PMS2 MSH2 MSH6 Intact Intact Intact Intact")
    R.L("MMR", "signature", "negative", "mismatch repair proficient")
    R.L("PD-L1", "expression", "positive", "CPS 8. PD-L1 expression: POSITIVE", value="CPS 8")
    return R


# =====================================================================================  8122
def r8122():
    R = Report("8122", PINECREST, patient(8122, acc="PCG-26-0091", mrn="PC-0079220", sex="F",
                                          dob="06/14/2023"), "Neuroblastoma genomics")
    R.H1("Neuroblastoma Genomic and Biomarker Report")
    R.T([["Patient age", "2 years 8 months", "Specimen", "Left adrenal mass, core biopsies "
          "(PS26-0288, block A1); bone marrow aspirate"],
         ["Referring", "Dr. Tiberius Osei-Karlsson", "Tumor %", "70% (core biopsy)"],
         ["Received", "02/20/2026", "Reported", "03/04/2026"]],
        [70, 140, 60, None], header=0, style="grid", bold_col0=True)
    R.SP(6)
    R.H2("1. Summary")
    R.T([["Test", "Result"],
         ["ALK sequencing (exons 20-28)", "Mutation detected: c.3522C>A p.(Phe1174Leu), VAF 24%"],
         ["MYCN copy number (SNP array)", "Amplified (approximately 60 copies; MYCN/2p ratio 28)"],
         ["Segmental chromosome alterations", "1p36 deletion; 17q gain; 11q intact"],
         ["GD2 expression (flow cytometry, tumor cell suspension)", "Positive: GD2 detected on "
          "98% of CD45-negative/CD56-positive cells"],
         ["ALK immunohistochemistry (D5F3)", "Pending \u2013 addendum to follow"],
         ["Bone marrow (immunocytology)", "Tumor cells not detected in 2 of 2 aspirates"]],
        [200, None], bold_col0=True)
    R.H2("2. ALK mutation")
    R.P("The ALK F1174L mutation lies in the kinase domain and is one of the three hotspot "
        "positions (R1275, F1174, F1245) that account for most ALK mutations in neuroblastoma. It "
        "is activating and is associated with reduced sensitivity to crizotinib relative to "
        "R1275Q; lorlatinib has activity against F1174 variants and is being studied in newly "
        "diagnosed high-risk neuroblastoma. Germline ALK variants cause familial neuroblastoma; "
        "the allele fraction here is consistent with a somatic event, and constitutional testing "
        "was not requested.")
    R.H2("3. MYCN and segmental alterations")
    R.P("MYCN amplification assigns this tumor to the high-risk group irrespective of age and "
        "histology (International Neuroblastoma Risk Group). 1p36 loss and 17q gain are common "
        "companions of MYCN amplification.")
    R.H2("4. GD2")
    R.P("GD2 is the target of the anti-GD2 monoclonal antibodies dinutuximab and naxitamab used "
        "in high-risk neuroblastoma. The tumor cell population (CD45-negative, CD56-bright, "
        "CD81-positive) expressed GD2 with high intensity (median fluorescence 41-fold over "
        "isotype control).")
    R.H2("5. Methods")
    R.P("ALK: PCR amplification and next-generation sequencing of exons 20-28 (kinase domain), "
        "limit of detection 3%. Copy number: SNP microarray on DNA from core biopsy. Flow "
        "cytometry: 8-color panel (CD45, CD56, CD81, GD2 clone 14G2a, CD9, CD57, CD90, viability "
        "dye) on disaggregated tumor. Controls acceptable.", size=8)
    R.SP(6)
    R.P("Signed: Oluwaseun Brandvold, MD, PhD, Director, Genomic Pathology; flow cytometry "
        "reviewed by Hyun-Joo Fairweather, MD \u00b7 03/04/2026", size=8)
    R.L("ALK", "mutation", "positive", "Mutation detected: c.3522C>A p.(Phe1174Leu), VAF 24%",
        alteration="F1174L")
    R.L("GD2", "expression", "positive", "Positive: GD2 detected on 98% of CD45-negative/CD56-",
        percent=98)
    return R


# =====================================================================================  8123
def r8123():
    R = Report("8123", HAMDL, patient(8123, acc="OS26-00588", physician="Selin Adeyemi-Hart, MD",
                                      sex="F", collected="02/27/2026", received="03/02/2026",
                                      reported="03/13/2026"), "OncoSeq 523 report")
    R.H1("FINAL REPORT \u2013 Comprehensive Solid Tumor Profile")
    R.KV([("Specimen", "Liver mass, segment VIII, ultrasound-guided core biopsy; block A1 "
           "(S26-04418)"),
          ("Diagnosis (referring)", "Intrahepatic cholangiocarcinoma"),
          ("Tumor content", "30%"),
          ("Test performed", "OncoSeq 523 DNA + RNA (hybrid capture NGS, tumor only)")],
         widths=(120, None))
    R.SP(4)
    R.story.append(R.table([["RESULT SUMMARY"],
                            ["IDH1 c.394C>T p.(Arg132Cys) \u2013 Tier IA"],
                            ["FGFR2::BICC1 fusion (RNA) \u2013 Tier IA"],
                            ["BAP1 c.1777C>T p.(Gln593*) \u2013 Tier IIC"],
                            ["TMB 2.0 mut/Mb (Low); microsatellite stable"]],
                           [None], header=1, style="box", head_bg=NAVY, head_fg=colors.white))
    R.H2("Tier I and Tier II Variants")
    R.T([["Gene", "Coding change", "Protein change", "Exon", "VAF", "Depth", "Tier"],
         ["IDH1", "NM_005896.4:c.394C>T", "p.(Arg132Cys)", "4", "14.9%", "801", "IA"],
         ["BAP1", "NM_004656.4:c.1777C>T", "p.(Gln593*)", "13", "28.1%", "655", "IIC"]],
        [46, 150, 100, 40, 50, 50, None], zebra=True)
    R.H2("Fusions (RNA)")
    R.T([["Fusion", "5' partner exon", "3' partner exon", "Supporting reads", "Tier"],
         ["FGFR2::BICC1", "FGFR2 exon 17", "BICC1 exon 3", "712", "IA"]],
        [110, 100, 100, 100, None])
    R.H2("Genomic Signatures")
    R.T([["Biomarker", "Result", "Interpretation / reference"],
         ["Tumor mutational burden", "2.0 mut/Mb", "Low (TMB-High >= 10 mut/Mb)"],
         ["Microsatellite status", "MSS", "0.0% unstable loci"]], [130, 90, None])
    R.H2("Copy Number Analysis")
    R.P("No amplification of ERBB2, MET or EGFR was detected. CDKN2A: heterozygous loss (not "
        "reportable). Note: copy number sensitivity is reduced at 30% tumor content.")
    R.H2("Interpretation")
    R.P("IDH1 R132C and an FGFR2 fusion are both actionable in cholangiocarcinoma: ivosidenib is "
        "approved for previously treated IDH1-mutated cholangiocarcinoma, and pemigatinib or "
        "futibatinib for FGFR2 fusion- or rearrangement-positive disease. The co-occurrence of "
        "both drivers is uncommon; the lower IDH1 allele fraction may indicate a subclonal event. "
        "Loss-of-function BAP1 alterations are frequent in intrahepatic cholangiocarcinoma; BAP1 "
        "germline variants cause BAP1 tumor predisposition syndrome, and germline testing may be "
        "considered.")
    R.H2("Variants of Uncertain Significance (Tier III)")
    R.T([["Gene", "Variant", "VAF"],
         ["IDH2", "c.1163C>T p.(Ala388Val)", "46.0%"],
         ["ARID1A", "c.4736C>T p.(Pro1579Leu)", "11.3%"],
         ["PBRM1", "c.2311G>A p.(Val771Met)", "24.6%"]], [60, 200, None])
    R.P("IDH2 p.(Ala388Val) lies outside the R140 and R172 hotspots and is not considered "
        "actionable.", "small")
    R.H2("Quality Metrics")
    R.T([["Metric", "Value", "Acceptance"],
         ["DNA input", "52 ng", ">= 40 ng"], ["Mean unique depth (DNA)", "541x", ">= 250x"],
         ["Targets >= 100x", "96.2%", ">= 90%"]], [180, 100, 100])
    hamdl_appendix(R)
    hamdl_signoff(R, when="03/13/2026 11:27")
    R.L("IDH1", "mutation", "positive", "IDH1 c.394C>T p.(Arg132Cys) \u2013 Tier IA",
        alteration="R132C")
    R.L("TMB", "signature", "negative", "TMB 2.0 mut/Mb (Low)", value="2.0 mut/Mb")
    R.L("MSI", "signature", "negative", "microsatellite stable")
    ev = "No amplification of ERBB2, MET or EGFR was detected"
    for m in ("HER2", "MET", "EGFR"):
        R.L(m, "amplification", "negative", ev)
    return R


# =====================================================================================  8124
def r8124():
    R = Report("8124", VANTAGE, patient(8124, acc="VX-2611-0517", physician="Marguerite Oyelowo, MD",
                                        collected="03/04/2026", sex="M"), "LiquidView 74")
    R.H1("Plasma Genomic Results")
    R.KV([("Diagnosis", "Non-small cell lung cancer, newly diagnosed stage IV; tissue "
           "insufficient for molecular testing"),
          ("Specimen", "Peripheral blood, 2 x 10 mL cfDNA tubes; plasma cfDNA 46 ng"),
          ("Received", "03/05/2026 \u00b7 Reported 03/11/2026")], widths=(80, None))
    R.SP(4)
    R.H2("Summary of detected alterations")
    rows = bar_table(R, [["RET", "KIF5B-RET fusion (KIF5B exon 15 : RET exon 12)", 0.9],
                         ["TP53", "Y220C", 1.4],
                         ["TP53", "splice site c.376-2A>G", 0.3]], maxv=5.0)
    R.T([["Gene", "Alteration", "% cfDNA", ""]] + rows, [60, 230, 50, None])
    R.SP(2)
    R.T([["Signature", "Result"],
         ["MSI-High", "NOT DETECTED"],
         ["Blood TMB", "6.2 mut/Mb (bTMB-High cut-off 16 mut/Mb: not met)"]],
        [100, None])
    R.P("No alterations were detected in the remaining genes tested. The tumor-derived fraction "
        "of cfDNA is estimated at 1.4% (maximum somatic allele fraction); with low fractions, "
        "alterations present in the tumor may be missed.", "small")
    R.H2("Interpretation")
    R.P("A KIF5B-RET fusion was detected. RET fusions occur in 1-2% of NSCLC and predict "
        "response to the selective RET inhibitors selpercatinib and pralsetinib, which are "
        "approved for RET fusion-positive NSCLC. Because the fusion was identified at low "
        "fraction, confirmation in tissue is not required before treatment per current "
        "guidelines, but may be considered if tissue becomes available.")
    R.H2("Relevant therapies")
    R.T([["Alteration", "FDA-approved (this indication)", "Investigational"],
         ["KIF5B-RET fusion", "Selpercatinib; pralsetinib", "Next-generation RET inhibitors"],
         ["TP53 Y220C", "None", "p53 Y220C reactivators (trials)"]], [110, 180, None])
    R.H2("Alterations of unknown significance")
    R.P("ERBB2 V1128I (0.2%); MTOR S2215Y (0.1%, below validated limit; reported for "
        "information only).")
    R.H2("Genes analyzed")
    R.P("Complete exons: AKT1, ALK, APC, AR, ARAF, ATM, BRAF, BRCA1, BRCA2, CCND1, CDH1, CDK4, "
        "CDK6, CDKN2A, CTNNB1, EGFR, ERBB2, ESR1, EZH2, FBXW7, FGFR1, FGFR2, FGFR3, GATA3, GNA11, "
        "GNAQ, GNAS, HNF1A, HRAS, IDH1, IDH2, JAK2, JAK3, KIT, KRAS, MAP2K1, MAP2K2, MET, MLH1, "
        "MPL, MTOR, MYC, NF1, NFE2L2, NOTCH1, NPM1, NRAS, NTRK1, NTRK3, PDGFRA, PIK3CA, PTEN, "
        "PTPN11, RAF1, RB1, RET, RHEB, RHOA, RIT1, ROS1, SMAD4, SMO, STK11, TERT, TP53, TSC1, VHL. "
        "Fusions: ALK, FGFR2, FGFR3, NTRK1, RET, ROS1. Amplifications: AR, BRAF, CCND1, CCND2, "
        "CCNE1, CDK4, CDK6, EGFR, ERBB2, FGFR1, FGFR2, KIT, KRAS, MET, MYC, PDGFRA, PIK3CA, RAF1.",
        "small")
    R.P("LiquidView 74 is a laboratory-developed test. A negative result does not rule out an "
        "alteration in the tumor. Germline testing is not performed; alterations of germline or "
        "clonal hematopoietic origin may be reported. Reviewed by Annika Solheim-Brady, PhD.",
        "small")
    R.L("RET", "fusion", "positive", "KIF5B-RET fusion (KIF5B exon 15 : RET exon 12)",
        alteration="KIF5B-RET")
    R.L("TP53", "mutation", "positive", "TP53 Y220C 1.4%", alteration="Y220C")
    R.L("MSI", "signature", "negative", "MSI-High NOT DETECTED")
    R.L("TMB", "signature", "negative", "6.2 mut/Mb (bTMB-High cut-off 16 mut/Mb: not met)",
        value="6.2 mut/Mb")
    return R


# =====================================================================================  8125
def r8125():
    R = Report("8125", BRENDAN, patient(8125, acc="MP-26-00902", mrn="SB0512266", loc="PULM CLINIC",
                                        collected="03/05/2026", received="03/06/2026"),
               "OncoHotspot 50")
    R.PRE("""
MOLECULAR PATHOLOGY REPORT                                   STATUS: FINAL (QNS)
TEST: ONCOHOTSPOT 50 (AMPLICON NGS, 50-GENE HOTSPOT PANEL)
================================================================================
SPECIMEN:  A. LUNG, RIGHT MIDDLE LOBE, BRONCHOSCOPIC BRUSHING/FNA - CELL BLOCK A1
SOURCE PATHOLOGY:  C26-00540 (CYTOLOGY: ADENOCARCINOMA, FEW TUMOR CELLS)
TUMOR CELLULARITY (PATHOLOGIST ESTIMATE):  <10% (APPROX. 150 TUMOR CELLS)

--------------------------------------------------------------------------------
RESULT:  TEST NOT PERFORMED - INSUFFICIENT DNA
--------------------------------------------------------------------------------
DNA YIELD 0.8 NG (MINIMUM REQUIRED 10 NG). LIBRARY PREPARATION WAS NOT
ATTEMPTED. NO RESULTS ARE AVAILABLE FOR ANY GENE ON THIS PANEL, INCLUDING
EGFR, KRAS, BRAF, ERBB2, MET, PIK3CA, ALK AND RET HOTSPOT REGIONS.

RECOMMENDATION:
1. IF CLINICALLY APPROPRIATE, CONSIDER REBIOPSY WITH DEDICATED CORES FOR
   MOLECULAR TESTING (AT LEAST 3 CORES, >=20% TUMOR).
2. PLASMA CELL-FREE DNA TESTING (LIQUID BIOPSY) MAY BE SENT OUT AS AN
   ALTERNATIVE. CONTACT THE MOLECULAR LAB (EXT 0148) TO ARRANGE.
3. ALK (D5F3) AND PD-L1 (22C3) IMMUNOSTAINS HAVE BEEN ORDERED ON THE CELL
   BLOCK AND WILL BE REPORTED BY CYTOPATHOLOGY UNDER C26-00540.

THE REQUESTING CLINICIAN (DR. P. ALVARADO-SHAW) WAS NOTIFIED BY TELEPHONE
ON 03/09/2026 AT 10:12 (READ BACK CONFIRMED).
""")
    R.PRE("""
BACKGROUND (FOR INFORMATION): ACTIONABLE ALTERATIONS IN LUNG ADENOCARCINOMA
INCLUDE EGFR MUTATIONS (EXON 19 DELETION, L858R, EXON 20 INSERTION), KRAS
G12C, BRAF V600E, MET EXON 14 SKIPPING, ERBB2 MUTATIONS AND ALK, ROS1, RET AND
NTRK FUSIONS. COMPREHENSIVE TESTING OF ALL OF THESE IS RECOMMENDED BY NATIONAL
GUIDELINES FOR ADVANCED NON-SQUAMOUS NSCLC.

SPECIMEN REQUIREMENTS: FFPE BLOCK OR 10 UNSTAINED SLIDES (5 MICRON) WITH >=20%
TUMOR NUCLEI AND >=1 MM2 TUMOR AREA; OR CYTOLOGY CELL BLOCK WITH >=200 TUMOR
CELLS.

SIGNED OUT:   GRAINNE O'FARRELL, MD                03/09/2026 11:40
              MOLECULAR PATHOLOGY
""")
    return R


# =====================================================================================  8126
def r8126():
    R = Report("8126", NORTHFIELD, patient(8126, acc="NMD26-0301", mrn="N-4407731", sex="M",
                                           physician="Carmen Oyelaran, MD"), "RNA fusion panel")
    R.H1("Molecular Pathology Report: Solid Tumor RNA Fusion Panel (38 genes)")
    R.KV([("Specimen", "Lung, right lower lobe, CT-guided core biopsy (NF26-S-2391, block A1)"),
          ("Diagnosis", "Pulmonary sarcomatoid carcinoma (pleomorphic carcinoma)"),
          ("Tumor cellularity", "50%"),
          ("Clinical history", "79-year-old former smoker. DNA next-generation sequencing "
           "(NF26-M-0655) reported TP53 c.743G>A p.R248Q and no EGFR, KRAS or BRAF mutation; "
           "the intronic region flanking MET exon 14 was not fully covered.")], widths=(110, None))
    R.SP(4)
    R.P("{b}RESULT: MET exon 14 skipping DETECTED{/b}", size=11.5)
    R.H2("Splice Variant Detected")
    R.T([["Transcript event", "Junction", "Junction reads", "Wild-type MET exon 13-14 reads",
          "Skipped fraction"],
         ["MET exon 14 skipping", "MET exon 13 :: MET exon 15", "2,310", "388", "86%"]],
        [110, 140, 70, 110, None])
    R.H2("Targets With No Fusion Detected")
    R.P("ALK \u2013 not detected;  BRAF \u2013 not detected;  EGFR \u2013 not detected;  "
        "FGFR1/2/3 \u2013 not detected;  NRG1 \u2013 not detected;  NTRK1/2/3 \u2013 not detected; "
        " RET \u2013 not detected;  ROS1 \u2013 not detected.")
    R.H2("Interpretation")
    R.P("RNA sequencing demonstrates a transcript joining MET exon 13 directly to exon 15, "
        "consistent with MET exon 14 skipping. The causative DNA alteration was not identified by "
        "the prior DNA assay, presumably because of incomplete coverage of the intron 13 / intron "
        "14 splice regions. MET exon 14 skipping alterations are found in 3-4% of lung "
        "adenocarcinomas and in up to 20-30% of pulmonary sarcomatoid carcinomas. Capmatinib and "
        "tepotinib are approved for metastatic NSCLC with MET exon 14 skipping. MET amplification "
        "cannot be assessed by this RNA assay.")
    R.H2("Quality Control")
    R.KV([("RNA input", "100 ng"), ("Internal RNA quality control", "PASS"),
          ("Positive and negative controls", "Acceptable")], widths=(160, None), size=9)
    R.H2("Methodology and Limitations")
    R.P("Anchored multiplex PCR for targeted RNA sequencing of 38 genes, including exon "
        "junctions for MET exon 14 skipping and EGFR vIII. A negative result does not exclude a "
        "rearrangement involving non-targeted exons. This laboratory-developed test has not been "
        "cleared or approved by the U.S. Food and Drug Administration.", size=9)
    R.SP(8)
    R.P("Wendell Asantewaa-Moore, MD, Molecular Genetic Pathology \u2013 electronically signed "
        "03/12/2026 09:55", size=9)
    R.L("MET", "mutation", "positive", "RESULT: MET exon 14 skipping DETECTED",
        alteration="exon 14 skipping")
    R.L("ALK", "fusion", "negative", "ALK \u2013 not detected")
    R.L("BRAF", "fusion", "negative", "BRAF \u2013 not detected")
    R.L("EGFR", "fusion", "negative", "EGFR \u2013 not detected")
    R.L("NTRK", "fusion", "negative", "NTRK1/2/3 \u2013 not detected")
    R.L("RET", "fusion", "negative", "RET \u2013 not detected")
    R.L("ROS1", "fusion", "negative", "ROS1 \u2013 not detected")
    R.L("TP53", "mutation", "positive", "reported TP53 c.743G>A p.R248Q", alteration="R248Q")
    for m in ("EGFR", "KRAS", "BRAF"):
        R.L(m, "mutation", "negative", "no EGFR, KRAS or BRAF mutation")
    return R


# =====================================================================================  8127
def r8127():
    R = Report("8127", CORVANE, patient(8127, block="CG-B-82230 (lymph node, excision)",
                                        acc="CG26-0056088", sex="F",
                                        physician="Rosalind Quaye-Hartmann, MD"),
               "CorvaneONE report")
    R.H1("Comprehensive Genomic Profile")
    R.KV([("Disease", "Carcinoma of unknown primary (adenocarcinoma; CK7+, CK20-, GATA3-, "
           "TTF-1-)"),
          ("Specimen", "Left supraclavicular lymph node, excision; FFPE block A2; tumor purity "
           "55%")], widths=(110, None))
    R.SP(6)
    R.H2("BIOMARKER FINDINGS")
    R.T([["Microsatellite status", "MS-Stable"],
         ["Tumor Mutational Burden", "6 Muts/Mb \u00b7 TMB-Low (< 10 Muts/Mb)"],
         ["Genomic LOH", "11% (not HRD-associated)"]],
        [150, None], header=0, style="box", bold_col0=True)
    R.H2("GENOMIC FINDINGS")
    R.T([["Alteration", "Detail", "Therapies \u2013 other tumor types", "Trials"],
         ["ERBB2 amplification", "Copy number 22", "Trastuzumab; trastuzumab deruxtecan; "
          "tucatinib; pertuzumab", "Yes"],
         ["TP53 R248W", "VAF 47.1%", "None", "No"],
         ["CDKN2A loss", "Homozygous deletion (exons 1-3)", "None", "Yes"],
         ["CCNE1 amplification", "Copy number 9", "None", "Yes"]],
        [110, 120, 190, None])
    R.SP(3)
    R.P("Fusion analysis (RNA): no reportable fusions detected. PD-L1 immunohistochemistry was "
        "not requested.")
    R.P("Tissue-of-origin note: ERBB2 amplification with TP53 mutation is common in upper "
        "gastrointestinal, biliary, breast and bladder carcinomas. Correlation with "
        "immunohistochemistry and imaging is recommended.", "small")
    R.BREAK()
    R.H2("Genomic findings \u2013 details")
    R.P("{b}ERBB2 amplification.{/b} ERBB2 (HER2) encodes a receptor tyrosine kinase. "
        "Amplification leads to overexpression and is targeted by several approved agents in "
        "breast and gastroesophageal cancer; trastuzumab deruxtecan is approved for HER2-positive "
        "(IHC 3+) solid tumors irrespective of site. Confirmation by HER2 immunohistochemistry "
        "should be considered; HER2 IHC has not been performed on this specimen.")
    R.P("{b}TP53 R248W{/b} (c.742C>T). A DNA-contact hotspot mutation with loss of function. "
        "{b}CDKN2A loss{/b} may predict sensitivity to CDK4/6 inhibitors in trials. {b}CCNE1 "
        "amplification{/b} has been associated with resistance to HER2-directed therapy in some "
        "series.")
    R.H2("Variants of unknown significance")
    R.P("BRCA2 K3326* (common population variant, classified benign at Corvane and listed here "
        "at clinician request); KMT2D P2354L; NOTCH2 R1838H; PIK3CA N1068fs*5 (VAF 2.1%, below "
        "the reporting threshold for hotspot calls; VUS); SPTA1 E1250K.")
    R.H2("Clinical trials (selected)")
    R.T([["Trial ID", "Phase", "Targets", "Title / key eligibility"],
         ["CT-HER2-7710", "Phase 2", "ERBB2 amplification", "HER2 antibody-drug conjugate in "
          "ERBB2-amplified or HER2-overexpressing solid tumors, any site"],
         ["CT-CDK-2204", "Phase 1/2", "CDKN2A, CCNE1", "CDK2 inhibitor in CCNE1-amplified "
          "tumors; CDK4/6 combination cohort for CDKN2A loss"]],
        [80, 55, 100, None])
    corvane_appendix(R)
    R.L("HER2", "amplification", "positive", "ERBB2 amplification Copy number 22",
        alteration="amplification")
    R.L("TP53", "mutation", "positive", "TP53 R248W VAF 47.1%", alteration="R248W")
    R.L("TMB", "signature", "negative", "6 Muts/Mb \u00b7 TMB-Low", value="6 Muts/Mb")
    R.L("MSI", "signature", "negative", "Microsatellite status MS-Stable")
    return R


# =====================================================================================  8128
def r8128():
    R = Report("8128", KESTREL, patient(8128, acc="KMD/26/03619", mrn="704 228 1196", sex="F",
                                        dob="27/08/1966", reported="13/03/2026"), "Melanoma panel")
    R.H1("Somatic Cancer Genomic Report \u2013 Melanoma Panel (BRAF, NRAS, KIT)")
    R.KV([("Referring clinician:", "Dr Caoimhe Lindgren-Ashby, Skin Cancer MDT"),
          ("Referring laboratory:", "Kestrel Cellular Pathology, H26-04188 block A1"),
          ("Sample type:", "FFPE, lymph node (right groin), block dissection"),
          ("Histology:", "Metastatic melanoma; primary superficial spreading melanoma, back "
           "(2022, Breslow 2.1 mm, BRAF not tested at that time)"),
          ("Neoplastic cell content:", "85%"),
          ("Date received:", "05/03/2026")], widths=(140, None), bold_key=False)
    R.SP(6)
    R.RULE()
    R.H2("RESULT")
    R.P("{b}NRAS c.182A>G p.(Gln61Arg) detected{/b} (variant allele frequency 46%).")
    R.P("BRAF (exon 15, including codon 600): No mutation detected.")
    R.P("KIT (exons 9, 11, 13, 17, 18): No mutation detected.")
    R.RULE()
    R.H2("INTERPRETATION")
    R.P("This melanoma is NRAS-mutant (p.Gln61Arg) and BRAF wild-type. BRAF and MEK inhibitor "
        "combinations are therefore not indicated. NRAS mutations occur in 15-20% of cutaneous "
        "melanomas; no targeted therapy is approved for NRAS-mutant melanoma, although MEK "
        "inhibitors have modest activity and clinical trials may be available. Immunotherapy is "
        "unaffected by this result.")
    R.H2("TECHNICAL INFORMATION")
    R.P("Targeted amplicon next-generation sequencing of BRAF exons 11 and 15, NRAS exons 2-4 and "
        "KIT exons 9, 11, 13, 17 and 18; minimum depth 500x, sensitivity 5% variant allele "
        "frequency. HGVS nomenclature; NRAS transcript NM_002524.5. Variants of unknown "
        "significance and polymorphisms are not reported. This laboratory is accredited to ISO "
        "15189 (accreditation no. 99-MDS).", "small")
    R.SP(6)
    R.KV([("Reported by:", "Dr Alasdair Penhaligon, Clinical Scientist"),
          ("Authorised by:", "Dr Yetunde Okafor-Reid, Consultant Clinical Scientist"),
          ("Date authorised:", "13/03/2026")], widths=(100, None), size=8.5, bold_key=False)
    R.L("NRAS", "mutation", "positive", "NRAS c.182A>G p.(Gln61Arg) detected", alteration="Q61R")
    R.L("BRAF", "mutation", "negative", "BRAF (exon 15, including codon 600): No mutation detected")
    return R


# =====================================================================================  8129
def r8129():
    R = Report("8129", WESTMARCH, patient(8129, acc="NP 26/0412", mrn="W-4490218", sex="F",
                                          dob="30.05.2016"), "Neuropathology molecular report")
    R.H1("Integrated Neuropathological and Molecular Report")
    R.KV([("Specimen", "Cerebellar tumour, left hemisphere, resection (NP 26/0412, blocks A1-A4)"),
          ("Clinical", "9-year-old girl, headache and ataxia; cystic cerebellar lesion with "
           "enhancing mural nodule"),
          ("Received", "24.02.2026; molecular results completed 12.03.2026")], widths=(80, None))
    R.SP(4)
    R.T([["Layered diagnosis (WHO CNS5)", ""],
         ["Integrated diagnosis", "Pilocytic astrocytoma, KIAA1549::BRAF fusion-positive, CNS WHO "
          "grade 1"],
         ["Histopathological classification", "Pilocytic astrocytoma"],
         ["CNS WHO grade", "1"],
         ["Molecular information", "KIAA1549::BRAF fusion (exon 16 : exon 9); BRAF V600E not "
          "detected; IDH1/IDH2 wild-type; H3 K27M not detected"]],
        [170, None], header=1, bold_col0=True)
    R.H2("Microscopy and Immunohistochemistry")
    R.P("Biphasic astrocytic tumour with compact piloid areas containing Rosenthal fibres and "
        "looser microcystic areas with eosinophilic granular bodies. Hyalinised vessels. No "
        "mitotic activity and no necrosis. GFAP and OLIG2 positive. IDH1 R132H immunostain "
        "negative. ATRX nuclear expression retained. H3 K27M negative; H3 K27me3 retained. Ki-67 "
        "(MIB-1) proliferation index <5%.")
    R.H2("Molecular Analysis")
    R.T([["Method", "Target", "Result"],
         ["RNA sequencing (Neuro-Onc fusion panel)", "BRAF, FGFR1-3, NTRK1-3, RAF1, MYB, MYBL1",
          "KIAA1549::BRAF fusion detected (KIAA1549 exon 16 : BRAF exon 9), 388 reads"],
         ["DNA NGS (34 genes)", "BRAF V600", "No mutation detected"],
         ["DNA NGS (34 genes)", "IDH1 R132 / IDH2 R172", "No mutation detected"],
         ["DNA NGS (34 genes)", "FGFR1 (N546, K656), NF1, H3-3A", "No mutation detected"],
         ["DNA methylation profiling", "Brain tumour classifier v12.8", "Sent to reference "
          "centre; result pending"]],
        [150, 150, None])
    R.H2("Comment")
    R.P("The KIAA1549-BRAF fusion is the most frequent genetic alteration in pilocytic "
        "astrocytoma, particularly in the cerebellum, and leads to constitutive MAPK pathway "
        "activation. Type I BRAF inhibitors (e.g. vemurafenib, dabrafenib) are ineffective or "
        "may paradoxically activate signalling in fusion-positive tumours; MEK inhibitors and "
        "type II RAF inhibitors (tovorafenib) are options for progressive or unresectable "
        "disease. Prognosis after gross total resection is excellent. The methylation profiling "
        "result will be issued as an addendum.")
    R.SP(8)
    R.P("Dr. Anneliese Vukovic-Thorne, Consultant "
        "Neuropathologist \u00b7 Prof. Dr. Elin M\u00e4kel\u00e4-Strand \u00b7 validated 12.03.2026",
        size=8.5)
    R.L("BRAF", "fusion", "positive", "KIAA1549::BRAF fusion detected (KIAA1549 exon 16",
        alteration="KIAA1549-BRAF")
    R.L("BRAF", "mutation", "negative", "BRAF V600 No mutation detected")
    R.L("IDH1", "mutation", "negative", "IDH1 R132 / IDH2 R172 No mutation detected")
    R.L("IDH2", "mutation", "negative", "IDH1 R132 / IDH2 R172 No mutation detected")
    R.L("IDH1", "expression", "negative", "IDH1 R132H immunostain negative")
    R.L("Ki-67", "expression", "reported", "proliferation index <5%", value="<5%")
    return R


# =====================================================================================  8130
def r8130():
    R = Report("8130", OSTARA, patient(8130, acc="OR-26-121377", sex="F", dob="12/09/1985"),
               "Thyroid molecular panel")
    R.H1("ThyroSure Molecular Panel \u2013 Indeterminate Thyroid Nodule")
    R.KV([("Ordering provider", "Anselm Whitcombe-Ruiz, MD (Head and Neck Surgery)"),
          ("Specimen", "Fine needle aspirate, right thyroid lobe nodule (3.1 cm), dedicated "
           "molecular pass"),
          ("Cytology (referring)", "Bethesda category III \u2013 atypia of undetermined "
           "significance"),
          ("Collected / received / reported", "02/24/2026 / 02/25/2026 / 03/04/2026")],
         widths=(150, None), size=8.5)
    R.SP(6)
    R.H2("Results")
    R.P("1. {b}PAX8::PPARG fusion \u2013 DETECTED{/b} (PAX8 exon 7 : PPARG exon 1; 1,204 "
        "supporting reads).")
    R.P("2. No additional pathogenic variants or gene fusions were identified among the genes "
        "listed under 'Genes and regions tested'.")
    R.P("3. Thyroid follicular cell content: adequate (TG and TTF1 transcripts above "
        "threshold).")
    R.SP(4)
    R.BOX([R.para("{b}Overall result: POSITIVE \u2013 PAX8::PPARG fusion.{/b} PAX8::PPARG is "
                  "found in follicular carcinoma, follicular-variant papillary carcinoma, NIFTP "
                  "and a minority of follicular adenomas. Estimated risk of malignancy in this "
                  "context: approximately 60-75%.")],
          bg=colors.Color(0.93, 0.97, 0.97))
    R.H2("Interpretation")
    R.P("The fusion indicates a follicular-patterned neoplasm rather than a reactive nodule. "
        "Surgical excision (diagnostic lobectomy) is generally recommended for nodules harbouring "
        "PAX8::PPARG. High-risk co-alterations such as TERT promoter or TP53 mutations, when "
        "present in other nodules, are associated with more aggressive behaviour. Results must be interpreted "
        "together with the clinical, sonographic and cytological findings.")
    R.H2("Genes and regions tested")
    R.P("DNA: AKT1, BRAF, CTNNB1, EIF1AX, GNAS, HRAS, KRAS, NRAS, PIK3CA, PTEN, RET, TERT "
        "promoter, TP53, TSHR (hotspot regions). RNA: 28 fusion types involving ALK, BRAF, NTRK1, "
        "NTRK3, PPARG, RET, THADA. Limit of detection 5% mutant allele frequency.", "small")
    R.H2("Disclaimer")
    R.P("This assay was developed and validated by Ostara Reference Laboratories. It has not been "
        "cleared or approved by the FDA. A negative result does not exclude malignancy. Germline "
        "variants are not assessed; for a family history of medullary thyroid carcinoma, germline "
        "RET testing is recommended and is not part of this panel.", "small")
    R.SP(6)
    R.P("Reviewed and released by Matthias Ekwueme-Lorentz, MD, PhD, Molecular Pathology", "small")
    return R


REPORTS = {f"81{i:02d}": globals()[f"r81{i:02d}"] for i in range(21, 31)}
