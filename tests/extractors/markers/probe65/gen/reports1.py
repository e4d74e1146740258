"""Reports 8101-8110."""
from __future__ import annotations

from reportlab.lib import colors

from common import FUSION_TARGETS, PANEL_DNA, chunk, patient
from labs import (AURELIAN, CORVANE, HAMDL, KESTREL, LAKESHORE, LIGHT, MERIDIAN, NAVY, NORTHFIELD,
                  BRENDAN, TEAL, VANTAGE, ORANGE)
from lib import FrameBreak, Report


def hamdl_appendix(R, extra_note=""):
    R.H2("Genes Evaluated (DNA, 523 genes; selected list)")
    rows = chunk(PANEL_DNA, 9)
    R.T(rows, [None] * 9, header=0, style="none", size=7)
    R.P("RNA fusion and splice targets: " + ", ".join(FUSION_TARGETS) + ". A complete gene list "
        "with target regions is available from the laboratory on request.", "small")
    R.H2("Methods")
    R.P("Genomic DNA and total nucleic acid were extracted from macrodissected formalin-fixed, "
        "paraffin-embedded tissue. Libraries were prepared by hybrid capture with custom "
        "biotinylated probes and sequenced on a high-throughput sequencer (2 x 150 bp). Reads were "
        "aligned to GRCh38; single nucleotide variants, small insertions and deletions, copy number "
        "changes and selected rearrangements were called with the HAMDL pipeline v4.7. RNA fusions "
        "and MET exon 14 skipping were detected from anchored RNA libraries. TMB is calculated from "
        "non-synonymous somatic coding variants per megabase of the 1.6 Mb coding territory after "
        "removal of population polymorphisms. MSI status is computed from 96 homopolymer loci." + extra_note,
        "small")
    R.H2("Limitations")
    R.P("The assay is designed to detect variants at allele fractions of 5% or higher in samples "
        "with at least 20% tumor nuclei. Large deletions, complex rearrangements and variants in "
        "regions of low coverage may not be detected. Copy number calls are not reliable below 30% "
        "tumor content. This test is performed on tumor tissue only and does not distinguish somatic "
        "from germline variants; a variant reported here may be inherited. Referral for germline "
        "genetic counselling should be considered where clinically indicated. Interpretations are "
        "based on the literature and databases available on the date of report.", "small")
    R.P("This test was developed and its performance characteristics determined by the Halvorsen "
        "Academic Molecular Diagnostics Laboratory. It has not been cleared or approved by the FDA.",
        "small")


def hamdl_signoff(R, who="Rafaela W\u00f3jcik, PhD, FACMG", when="03/16/2026 15:42"):
    R.SP(8)
    R.P(f"Electronically signed out by {who}, Clinical Molecular Geneticist, on {when}. "
        "Analysis reviewed by Tomasz Ebeling, MD (Molecular Pathology).", "small")


# =====================================================================================  8101
def r8101():
    R = Report("8101", HAMDL, patient(8101, sex="M", acc="OS26-00417", physician="Amara Lindqvist, MD",
                                      collected="02/20/2026", received="02/23/2026",
                                      reported="03/06/2026"), "OncoSeq 523 report")
    R.H1("FINAL REPORT \u2013 Comprehensive Solid Tumor Profile")
    R.KV([("Specimen", "Lung, right upper lobe, CT-guided core needle biopsy; block A1 (S26-03188)"),
          ("Diagnosis (referring)", "Adenocarcinoma of lung, acinar predominant"),
          ("Tumor content", "45% (area circled by Dr. Haugland; macrodissected)"),
          ("Test performed", "OncoSeq 523 DNA + RNA (hybrid capture NGS, tumor only)")],
         widths=(120, None))
    R.SP(4)
    s = R.table([["RESULT SUMMARY"],
                 ["Clinically significant variants (Tier I / Tier II): 2"],
                 ["EGFR p.L858R (exon 21) \u2013 Tier IA: approved targeted therapy in this tumor type"],
                 ["TP53 p.R175H (exon 5) \u2013 Tier IIC: prognostic / clinical trial eligibility"],
                 ["Fusions and splice variants (RNA): none detected"],
                 ["Copy number alterations: none reportable"]],
                [None], header=1, style="box", head_bg=NAVY, head_fg=colors.white)
    R.story.append(s)
    R.SP(6)
    R.H2("Genomic Signatures")
    R.T([["Biomarker", "Result", "Interpretation / reference"],
         ["Tumor mutational burden", "4.1 mut/Mb", "TMB-Low (laboratory cut-off: TMB-High >= 10 mut/Mb)"],
         ["Microsatellite status", "Stable (MSS)", "0.8% of 96 loci unstable (MSI-High > 20%)"],
         ["Loss of heterozygosity", "9% of genome", "Not interpreted for this tumor type"]],
        [130, 90, None])
    R.H2("Tier I and Tier II Variants")
    R.T([["Gene", "Coding change", "Protein change", "Exon", "VAF", "Depth", "Tier"],
         ["EGFR", "NM_005228.5:c.2573T>G", "p.(Leu858Arg)", "21", "34.2%", "1,412", "IA"],
         ["TP53", "NM_000546.6:c.524G>A", "p.(Arg175His)", "5", "31.0%", "988", "IIC"]],
        [46, 150, 100, 40, 50, 50, None], zebra=True)
    R.SP(4)
    R.H3("EGFR p.L858R")
    R.P("EGFR L858R is a sensitizing missense mutation in the tyrosine kinase domain. In non-small "
        "cell lung cancer, tumors harboring this alteration are expected to respond to EGFR tyrosine "
        "kinase inhibitors; osimertinib is approved as first-line therapy, alone or with "
        "chemotherapy. Acquired resistance commonly involves EGFR T790M or C797S, MET amplification "
        "or histologic transformation; repeat profiling at progression may be informative.")
    R.H3("TP53 p.R175H")
    R.P("TP53 encodes the p53 tumor suppressor. R175H is a recurrent hotspot mutation with loss of "
        "function and dominant-negative activity. Co-occurring TP53 mutations have been associated "
        "with shorter progression-free survival on EGFR inhibitors in some series. There are no "
        "approved therapies targeting TP53.")
    R.H2("RNA Fusion and Splice Variant Analysis")
    R.P("No fusions detected in ALK, ROS1, RET, NTRK1, NTRK2, NTRK3, NRG1 or FGFR1-3. "
        "MET exon 14 skipping: not detected. RNA quality metrics were within acceptance limits "
        "(housekeeping transcripts detected: 5/5).")
    R.H2("Copy Number Analysis")
    R.P("No reportable copy number alterations (amplification of 6 or more copies, or homozygous "
        "deletion) were identified in the genes evaluated. Estimated tumor purity from sequencing "
        "data: 41%.")
    R.H2("Variants of Uncertain Significance (Tier III)")
    R.T([["Gene", "Variant", "VAF", "Comment"],
         ["ATM", "c.6067G>A p.(Gly2023Arg)", "48.9%", "VUS; allele fraction suggests a germline origin"],
         ["ERBB4", "c.1177C>T p.(Arg393Trp)", "12.6%", "VUS"],
         ["NOTCH1", "c.4412G>A p.(Arg1471Gln)", "29.7%", "VUS"]],
        [50, 150, 45, None])
    R.P("Variants of uncertain significance are reported for completeness and should not be used "
        "for clinical decision making. Benign and likely benign variants are not reported.", "small")
    R.H2("Additional Testing")
    R.P("PD-L1 immunohistochemistry (22C3) was requested on block A2 and will be reported by "
        "Surgical Pathology under S26-03188.")
    R.H2("Quality Metrics")
    R.T([["Metric", "Value", "Acceptance"],
         ["DNA input", "80 ng", ">= 40 ng"], ["RNA input", "60 ng", ">= 20 ng"],
         ["Mean unique depth (DNA)", "612x", ">= 250x"],
         ["Targets >= 100x", "97.8%", ">= 90%"], ["Fusion RNA reads (on target)", "3.9 M", ">= 1.5 M"]],
        [180, 100, 100])
    hamdl_appendix(R)
    hamdl_signoff(R)
    R.L("EGFR", "mutation", "positive", "EGFR p.L858R (exon 21)", alteration="L858R")
    R.L("TP53", "mutation", "positive", "TP53 p.R175H (exon 5)", alteration="R175H")
    R.L("TMB", "signature", "negative", "Tumor mutational burden 4.1 mut/Mb TMB-Low",
        value="4.1 mut/Mb")
    R.L("MSI", "signature", "negative", "Microsatellite status Stable (MSS)")
    for m in ("ALK", "ROS1", "RET", "NTRK"):
        R.L(m, "fusion", "negative", "No fusions detected in ALK, ROS1, RET, NTRK1, NTRK2, NTRK3")
    R.L("MET", "mutation", "negative", "MET exon 14 skipping: not detected")
    return R


# =====================================================================================  8102
def corvane_appendix(R, tumor="colorectal"):
    R.TEMPLATE("two")
    R.BREAK()
    R.H2("APPENDIX \u2013 Genes assayed")
    R.P("DNA: entire coding sequence of the following genes, with selected introns for "
        "rearrangement detection:", "small")
    R.P(", ".join(PANEL_DNA), "small")
    R.P("RNA: fusion detection for " + ", ".join(FUSION_TARGETS) + ".", "small")
    R.story.append(FrameBreak())
    R.H2("About the test")
    R.P("CorvaneONE is a hybrid-capture next-generation sequencing assay that interrogates DNA and "
        "RNA from formalin-fixed tissue. Base substitutions, insertions and deletions, copy number "
        "alterations and rearrangements are reported together with tumor mutational burden (TMB) "
        "and microsatellite instability (MSI). TMB is measured in mutations per megabase (Muts/Mb) "
        "across 1.1 Mb of coding sequence; the TMB-High threshold of \u2265 10 Muts/Mb is a "
        "laboratory cut-off. MSI status is determined from more than 2,000 microsatellite loci.",
        "small")
    R.H2("Germline findings")
    R.P("This is a tumor-only test. It is not intended to detect or rule out hereditary cancer "
        "syndromes. Alterations in genes such as BRCA1, BRCA2, PALB2, ATM and the mismatch repair "
        "genes may be germline; confirmatory germline testing in a qualified laboratory is "
        "recommended if a hereditary syndrome is suspected. Absence of a finding here does not "
        "exclude a germline variant.", "small")
    R.H2("Limitations")
    R.P("Alterations present at low allele frequency, in regions of low coverage or in repetitive "
        "sequence may not be detected. The sensitivity for copy number loss is reduced in samples "
        "with tumor purity below 30%. Therapy and trial information is provided for reference and "
        "does not constitute a treatment recommendation; agents are listed alphabetically and not "
        "in order of priority. Trial listings are based on registry data as of the report date and "
        "eligibility must be confirmed with the trial sponsor.", "small")
    R.H2("Level of evidence")
    R.P("Level 1: approved therapy in this tumor type. Level 2: approved in another tumor type or "
        "guideline-supported. Level 3: clinical evidence in trials. Level 4: preclinical evidence. "
        "Variants of unknown significance (VUS) are not assigned a level.", "small")
    R.H2("Sign-off")
    R.P("Results reviewed and approved by Priya Vanterpool, MD, Laboratory Director, and Oren "
        "Szab\u00f3, PhD, Associate Director. Report date shown in header.", "small")


def r8102():
    R = Report("8102", CORVANE, patient(8102, block="CG-B-77120 (liver, core)", acc="CG26-0051932",
                                        physician="Helena Morcant, MD"), "CorvaneONE report")
    R.H1("Comprehensive Genomic Profile")
    R.KV([("Disease", "Colorectal adenocarcinoma (metastatic to liver)"),
          ("Specimen", "Liver, segment VI core biopsy; FFPE block 2B; collected 01/29/2026"),
          ("Tumor purity", "Estimated 50% (pathologist review)"),
          ("Ordering physician", "Helena Morcant, MD \u00b7 Riverside Oncology Group")],
         widths=(110, None))
    R.SP(6)
    R.H2("BIOMARKER FINDINGS")
    R.T([["Microsatellite status", "MSI-High"],
         ["Tumor Mutational Burden", "38 Muts/Mb \u00b7 TMB-High (\u2265 10 Muts/Mb)"]],
        [150, None], header=0, style="box", bold_col0=True)
    R.H2("GENOMIC FINDINGS")
    R.T([["Alteration", "Therapies \u2013 this tumor type", "Therapies \u2013 other tumor types",
          "Trials"],
         ["BRAF V600E", "Encorafenib + cetuximab", "Dabrafenib + trametinib", "Yes"],
         ["PIK3CA E545K", "None", "Alpelisib; capivasertib", "Yes"],
         ["RNF43 G659fs*41", "None", "None", "Yes"],
         ["ARID1A Q1334fs*12", "None", "None", "No"]],
        [110, 140, 150, None])
    R.SP(4)
    R.P("{b}Relevant genes with no reportable alterations:{/b} KRAS \u2014 no alteration detected; "
        "NRAS \u2014 no alteration detected; POLE \u2014 no pathogenic variant detected.")
    R.P("Immunotherapy: MSI-High and TMB-High status may indicate benefit from immune checkpoint "
        "inhibitors (Level 1). See pages 2-3 for details, 4 for clinical trials.", "small")
    R.BREAK()
    R.H2("Biomarker details")
    R.H3("Microsatellite status \u2013 MSI-High")
    R.P("MSI-High was called with 41.2% of assessed loci showing instability (threshold 20%). "
        "In colorectal cancer, MSI-High occurs in about 15% of all tumors and about 4% of metastatic "
        "tumors. MSI-High may result from germline mismatch repair variants (Lynch syndrome) or from "
        "somatic MLH1 promoter hypermethylation; in the presence of BRAF V600E a sporadic origin is "
        "more likely. Immunohistochemistry for MLH1, MSH2, MSH6 and PMS2 and germline evaluation "
        "may be considered.")
    R.H3("Tumor Mutational Burden \u2013 38 Muts/Mb")
    R.P("This TMB value is higher than that of 93% of colorectal carcinomas profiled by Corvane. "
        "High TMB is associated with neoantigen load and response to immune checkpoint blockade.")
    R.H2("Genomic findings \u2013 details")
    R.T([["Gene", "Alteration", "Coding", "Transcript", "VAF %"],
         ["BRAF", "V600E", "c.1799T>A", "NM_004333.6", "22.4"],
         ["PIK3CA", "E545K", "c.1633G>A", "NM_006218.4", "19.8"],
         ["RNF43", "G659fs*41", "c.1976delG", "NM_017763.6", "31.0"],
         ["ARID1A", "Q1334fs*12", "c.3999_4000delinsT", "NM_006015.6", "17.5"]],
        [60, 90, 120, 110, None])
    R.SP(3)
    R.P("{b}BRAF V600E.{/b} BRAF encodes a serine/threonine kinase of the MAPK pathway. The V600E "
        "mutation constitutively activates BRAF. In previously treated metastatic colorectal cancer, "
        "encorafenib with cetuximab is approved; BRAF inhibitor monotherapy is not effective in this "
        "tumor type because of feedback EGFR signaling.")
    R.P("{b}PIK3CA E545K.{/b} An activating helical-domain mutation. PI3K/AKT pathway inhibitors are "
        "approved in hormone receptor-positive breast cancer; their benefit in colorectal cancer is "
        "unknown. Aspirin has been studied as adjuvant therapy in PIK3CA-mutated colorectal cancer.")
    R.P("{b}RNF43 G659fs*41.{/b} A truncating alteration commonly found in MSI-High colorectal "
        "cancer. Its role as a biomarker for WNT pathway inhibitors remains investigational.")
    R.H2("Variants of unknown significance")
    R.P("The following variants were detected but their significance is unknown. They are listed "
        "for completeness and are not considered actionable: ATR R1376H; BRCA2 N1066S; "
        "MLH1 K618A; NOTCH3 A1020P; POLE P1361L; SMARCA4 E1012K; ZFHX3 Q2787_Q2788del.")
    R.BREAK()
    R.H2("Therapies")
    R.T([["Therapy", "Target / biomarker", "Relevance", "Level"],
         ["Pembrolizumab", "MSI-High, TMB-High", "Approved, this tumor type", "1"],
         ["Nivolumab \u00b1 ipilimumab", "MSI-High", "Approved, this tumor type", "1"],
         ["Encorafenib + cetuximab", "BRAF V600E", "Approved, this tumor type", "1"],
         ["Encorafenib + cetuximab + mFOLFOX6", "BRAF V600E", "Approved, first line", "1"],
         ["Alpelisib", "PIK3CA E545K", "Approved, other tumor type", "2"],
         ["Capivasertib", "PIK3CA E545K", "Approved, other tumor type", "2"]],
        [170, 110, 130, None])
    R.SP(6)
    R.H2("Clinical trials")
    R.P("Trials are matched on the genomic findings and the patient's diagnosis. Contact the study "
        "site for eligibility. Identifiers are registry numbers of the sponsor.", "small")
    trials = [("CT-CRC-2231", "Phase 2", "BRAF V600E", "Encorafenib, binimetinib and cetuximab "
               "with a PD-1 inhibitor in BRAF V600E-mutant, MSS or MSI-High colorectal cancer"),
              ("CT-IO-0918", "Phase 1/2", "MSI-High / dMMR", "Bispecific PD-1 x LAG-3 antibody in "
               "MSI-High or mismatch repair deficient solid tumors after prior checkpoint blockade"),
              ("CT-PI3K-5530", "Phase 1", "PIK3CA", "Mutant-selective PI3K-alpha inhibitor in "
               "PIK3CA-mutant solid tumors; excludes tumors with KRAS G12C"),
              ("CT-WNT-0722", "Phase 1", "RNF43", "Porcupine inhibitor in RNF43-mutant tumors")]
    R.T([["Trial ID", "Phase", "Targets", "Title"]] + [list(t) for t in trials],
        [70, 55, 80, None])
    corvane_appendix(R)
    R.L("MSI", "signature", "positive", "Microsatellite status MSI-High")
    R.L("TMB", "signature", "positive", "38 Muts/Mb \u00b7 TMB-High", value="38 Muts/Mb")
    R.L("BRAF", "mutation", "positive", "BRAF V600E Encorafenib + cetuximab", alteration="V600E")
    R.L("PIK3CA", "mutation", "positive", "PIK3CA E545K None", alteration="E545K")
    R.L("KRAS", "mutation", "negative", "KRAS \u2014 no alteration detected")
    R.L("NRAS", "mutation", "negative", "NRAS \u2014 no alteration detected")
    return R


# =====================================================================================  8103
def r8103():
    R = Report("8103", BRENDAN, patient(8103, acc="MP-26-00733", mrn="SB0448120", loc="THORACIC ONC",
                                        collected="02/26/2026", received="02/27/2026"),
               "OncoHotspot 50")
    R.PRE("""
MOLECULAR PATHOLOGY REPORT                                         STATUS: FINAL
TEST: ONCOHOTSPOT 50 (AMPLICON NGS, 50-GENE HOTSPOT PANEL)
================================================================================
SPECIMEN:  A. LUNG, LEFT LOWER LOBE, EBUS-TBNA STATION 11L (CELL BLOCK A1)
SOURCE PATHOLOGY:  S26-01107  (DX: NON-SMALL CELL CARCINOMA, FAVOR ADENOCARCINOMA)
TUMOR CELLULARITY (PATHOLOGIST ESTIMATE):  30%
DNA CONCENTRATION:  4.8 NG/UL     AMPLICON READS:  1,204,556     MEAN DEPTH: 2,870X

--------------------------------------------------------------------------------
RESULT:  POSITIVE - CLINICALLY SIGNIFICANT VARIANT DETECTED
--------------------------------------------------------------------------------
GENE    EXON  DNA CHANGE        PROTEIN       VAF     DEPTH   CLASSIFICATION
KRAS    2     C.34G>T           P.G12C        18.4%   3,102   TIER I (STRONG)
STK11   1     C.109C>T          P.Q37*        21.0%   2,455   TIER II (POTENTIAL)

NO MUTATIONS DETECTED IN: EGFR (EXONS 18-21), BRAF (EXONS 11, 15), ERBB2 (EXONS
19-20), PIK3CA (EXONS 10, 21).

VARIANTS OF UNCERTAIN SIGNIFICANCE:  NONE
""")
    R.PRE("""
INTERPRETATION:
A KRAS G12C MUTATION IS PRESENT. KRAS G12C IS TARGETED BY THE APPROVED
COVALENT INHIBITORS SOTORASIB AND ADAGRASIB IN PREVIOUSLY TREATED ADVANCED
NSCLC. KRAS MUTATIONS ARE GENERALLY MUTUALLY EXCLUSIVE WITH EGFR MUTATIONS
AND ALK/ROS1 REARRANGEMENTS. CO-MUTATION OF STK11 HAS BEEN ASSOCIATED WITH
REDUCED BENEFIT FROM PD-1/PD-L1 BLOCKADE IN SOME STUDIES.

NOTE: THIS DNA PANEL DOES NOT DETECT GENE FUSIONS. ALK AND ROS1 FISH HAVE BEEN
SENT TO NORTHGATE REFERENCE LABORATORY (SENDOUT #NG-55190); RESULTS WILL BE
ISSUED AS A SEPARATE REPORT. PD-L1 (22C3) - SEE SURGICAL PATHOLOGY S26-01107.
""")
    R.PRE("""
HOTSPOT REGIONS COVERED (SELECTED):
  ABL1 ex4-7    AKT1 ex3      ALK ex23-25   APC ex16      ATM (sel.)
  BRAF ex11,15  CDH1 (sel.)   CDKN2A ex2    CTNNB1 ex3    EGFR ex18-21
  ERBB2 ex19-20 ERBB4 (sel.)  FBXW7 (sel.)  FGFR1-3 (sel) FLT3 ex20
  GNA11 ex5     GNAQ ex5      GNAS ex8-9    HNF1A (sel.)  HRAS ex2-3
  IDH1 ex4      IDH2 ex4      JAK2 ex14     KDR (sel.)    KIT ex9-17
  KRAS ex2-4    MET ex14,16   MLH1 (sel.)   MPL ex10      NOTCH1 (sel.)
  NPM1 ex11     NRAS ex2-4    PDGFRA ex12-18 PIK3CA ex10,21 PTEN (sel.)
  PTPN11 ex3    RB1 (sel.)    RET ex10-16   SMAD4 (sel.)  SMARCB1 (sel.)
  SMO (sel.)    SRC ex14      STK11 (sel.)  TP53 ex2-11   VHL ex1-3
""", size=7.6)
    R.PRE("""
METHOD: DNA EXTRACTED FROM MACRODISSECTED FFPE SECTIONS. TARGETED PCR
AMPLIFICATION OF 207 AMPLICONS, SEMICONDUCTOR SEQUENCING. VARIANT CALLING WITH
LIMIT OF DETECTION 5% VAF AT >=500X. HG19 REFERENCE. VARIANTS CLASSIFIED PER
AMP/ASCO/CAP 2017 GUIDELINES. A NEGATIVE RESULT DOES NOT EXCLUDE VARIANTS BELOW
THE LIMIT OF DETECTION OR OUTSIDE THE TARGETED REGIONS. THIS TEST WAS DEVELOPED
AND ITS PERFORMANCE CHARACTERISTICS DETERMINED BY ST. BRENDAN'S HOSPITAL
MOLECULAR PATHOLOGY. IT HAS NOT BEEN CLEARED OR APPROVED BY THE FDA.

POSITIVE CONTROL (HORIZON REFERENCE DNA): ALL EXPECTED VARIANTS DETECTED.
NO-TEMPLATE CONTROL: NO AMPLIFICATION.

VERIFIED BY:  D. MCALISTER, MLS(ASCP)MB          03/04/2026 11:05
SIGNED OUT:   GRAINNE O'FARRELL, MD                03/04/2026 16:40
              MOLECULAR PATHOLOGY
""")
    R.L("KRAS", "mutation", "positive", "A KRAS G12C MUTATION IS PRESENT", alteration="G12C")
    ev = "NO MUTATIONS DETECTED IN: EGFR (EXONS 18-21), BRAF (EXONS 11, 15), ERBB2"
    for m in ("EGFR", "BRAF", "HER2", "PIK3CA"):
        R.L(m, "mutation", "negative", ev)
    return R


# =====================================================================================  8104
def r8104():
    R = Report("8104", NORTHFIELD, patient(8104, acc="NMD26-0219", mrn="N-5512078",
                                           physician="Carmen Oyelaran, MD"), "RNA fusion panel")
    R.H1("Molecular Pathology Report: Solid Tumor RNA Fusion Panel (38 genes)")
    R.KV([("Specimen", "Pleural fluid cell block (NF26-S-1881, block 1), referred from Easterly "
           "County Hospital"),
          ("Clinical history", "68-year-old never-smoker with stage IVA lung adenocarcinoma. ALK "
           "(D5F3) immunohistochemistry performed at the referring institution was positive. "
           "Submitted for fusion partner confirmation."),
          ("Tumor cellularity", "Approximately 60% of nucleated cells"),
          ("Date collected / received", "02/11/2026 / 02/13/2026"),
          ("Method", "Anchored multiplex PCR, targeted RNA sequencing")], widths=(130, None))
    R.SP(4)
    R.P("{b}RESULT: POSITIVE \u2013 EML4-ALK fusion detected{/b}", size=11.5)
    R.SP(2)
    R.H2("Fusion Transcripts Detected")
    R.T([["5' partner (exon)", "3' partner (exon)", "Breakpoint (GRCh38)", "Total reads",
          "Unique start sites", "Frame"],
         ["EML4 (exon 13)", "ALK (exon 20)", "chr2:42,299,827 / chr2:29,223,528",
          "1,482", "97", "In-frame"]],
        [80, 75, 150, 55, 55, None], align=[None, None, None, "right", "right", None])
    R.SP(3)
    R.P("Fusion annotation: EML4::ALK variant 1 (E13;A20), NM_019063.5 exon 13 joined to "
        "NM_004304.5 exon 20; the kinase domain of ALK is retained.")
    R.H2("Targets Analyzed")
    genes = [("ALK", "DETECTED (EML4::ALK)"), ("BRAF", "Not detected"), ("EGFR (vIII, fusions)",
             "Not detected"), ("FGFR1", "Not detected"), ("FGFR2", "Not detected"),
             ("FGFR3", "Not detected"), ("MET exon 14 skipping", "Not detected"),
             ("NRG1", "Not detected"), ("NTRK1", "Not detected"), ("NTRK2", "Not detected"),
             ("NTRK3", "Not detected"), ("RET", "Not detected"), ("ROS1", "Not detected")]
    rows = [["Target", "Result", "Target", "Result"]]
    half = (len(genes) + 1) // 2
    for i in range(half):
        a = genes[i]
        b = genes[i + half] if i + half < len(genes) else ("", "")
        rows.append([a[0], a[1], b[0], b[1]])
    R.T(rows, [120, 120, 120, None])
    R.H2("Interpretation")
    R.P("An EML4-ALK fusion (variant 1) was detected with high read support, confirming the ALK "
        "immunohistochemical result from the referring institution. ALK rearrangements occur in "
        "approximately 3-5% of lung adenocarcinomas and predict response to ALK tyrosine kinase "
        "inhibitors such as alectinib, brigatinib and lorlatinib. EML4-ALK variant 3 has been "
        "associated with earlier resistance in some series; variant 1 is not. No other fusion or "
        "MET exon 14 skipping event was detected among the targets analyzed.")
    R.H2("Comment")
    R.P("This assay does not assess DNA sequence variants. If EGFR, KRAS or BRAF mutation status "
        "has not been established, DNA-based testing is recommended; a DNA panel has not been "
        "requested on this specimen.")
    R.H2("Quality Control")
    R.KV([("RNA input", "100 ng; DV200 58%"),
          ("Internal RNA quality control", "PASS (average unique start sites per GSP2 control: 44)"),
          ("Positive control", "SeraSeq fusion RNA mix: all expected fusions detected"),
          ("Negative control", "No fusions detected")], widths=(160, None), size=9)
    R.H2("Methodology and Limitations")
    R.P("Total nucleic acid was extracted from the cell block and reverse transcribed. Libraries "
        "were prepared with gene-specific primers anchored in the targeted exons of 38 genes "
        "(including ALK, BRAF, EGFR, ETV6, FGFR1-3, MET, NRG1, NTRK1-3, RET and ROS1) and sequenced "
        "on a benchtop sequencer. Fusions are reported when supported by at least 5 unique start "
        "sites and 10 reads. Fusions involving genes or exons not targeted, and fusions present at "
        "low level in specimens of low tumor content, may not be detected. A negative result does "
        "not exclude a rearrangement. This laboratory-developed test has not been cleared or "
        "approved by the U.S. Food and Drug Administration.", size=9)
    R.SP(8)
    R.P("Ingrid Sorvaag-Bell, MD, Molecular Genetic Pathology \u2013 electronically signed "
        "03/03/2026 10:18", size=9)
    R.L("ALK", "fusion", "positive", "RESULT: POSITIVE \u2013 EML4-ALK fusion detected",
        alteration="EML4-ALK")
    R.L("ALK", "expression", "positive", "ALK (D5F3) immunohistochemistry performed at the "
        "referring institution was positive")
    R.L("ROS1", "fusion", "negative", "ROS1 Not detected")
    R.L("RET", "fusion", "negative", "RET Not detected")
    R.L("NTRK", "fusion", "negative", "NTRK1 Not detected")
    R.L("MET", "mutation", "negative", "MET exon 14 skipping Not detected")
    R.L("BRAF", "fusion", "negative", "BRAF Not detected")
    R.L("EGFR", "fusion", "negative", "EGFR (vIII, fusions) Not detected")
    return R


# =====================================================================================  8105
def r8105():
    R = Report("8105", MERIDIAN, patient(8105, acc="MPO-26-10882", mrn="HH3329017", block="MP-4471-T1",
                                         physician="Dr N. Abernethy-Kaur", reported="12 Mar 2026",
                                         dob="14/09/1961"), "MeridianSeq HRD+")
    R.H1("Tumour Genomic Profile")
    R.KV([("Primary tumour", "High-grade serous carcinoma, tubo-ovarian origin (FIGO IIIC)"),
          ("Sample", "Omental deposit, interval debulking surgery, FFPE block 3C; tumour "
           "content 70%"),
          ("Tests", "MeridianSeq HRD+ (DNA, 146 genes + genome-wide LOH); mesothelin IHC for "
           "trial pre-screening"),
          ("Sample received", "27 Feb 2026")], widths=(110, None))
    R.SP(6)
    R.H2("Summary of clinically relevant findings")
    R.T([["Finding", "Result", "Comment"],
         ["BRCA1", "Pathogenic variant detected: c.5266dupC p.(Gln1756Profs*74)",
          "Tier I. PARP inhibitor maintenance indicated. Germline status unknown."],
         ["BRCA2", "No pathogenic variants detected", "\u2013"],
         ["TP53", "Pathogenic variant detected: c.817C>T p.(Arg273Cys)", "Tier II. Consistent "
          "with high-grade serous histology."],
         ["Genomic LOH score", "32% (HIGH; threshold \u2265 16%)", "Homologous recombination "
          "deficiency (HRD) positive"],
         ["Microsatellite status", "Stable", "\u2013"],
         ["Tumour mutational burden", "2.5 mut/Mb (low; high \u2265 10 mut/Mb)", "\u2013"],
         ["Mesothelin (IHC, SP74)", "Positive: 2+/3+ membranous staining in 70% of tumour cells",
          "Meets pre-screening criterion for trial MSLN-301 (\u2265 50% at 2+ or more)"]],
        [95, 200, None], bold_col0=True)
    R.SP(4)
    R.P("{b}Germline note.{/b} The BRCA1 variant was detected in tumour at a variant allele "
        "frequency of 81%, consistent with loss of the wild-type allele. This assay cannot "
        "determine whether it is inherited. Referral for germline BRCA1/BRCA2 testing and genetic "
        "counselling is recommended for all patients with high-grade serous carcinoma.")
    R.P("Mesothelin immunohistochemistry was performed on request of the trial sponsor; controls "
        "(normal mesothelium) stained appropriately. Scoring followed the sponsor's manual "
        "(intensity 0-3+, percentage of viable tumour cells).", "small")
    # landscape pages with the full variant table
    R.TEMPLATE("land")
    R.BREAK()
    R.H2("Detailed results \u2013 sequence variants (all classified variants)")
    W = R.land_width
    hdr = ["Gene", "Transcript", "cDNA", "Protein", "Exon", "Consequence", "VAF", "Reads (alt/total)",
           "Classification", "Tier"]
    rows = [hdr,
            ["BRCA1", "NM_007294.4", "c.5266dupC", "p.(Gln1756Profs*74)", "20/23", "frameshift",
             "81%", "744/918", "Pathogenic", "I"],
            ["TP53", "NM_000546.6", "c.817C>T", "p.(Arg273Cys)", "8/11", "missense", "77%",
             "601/781", "Pathogenic", "II"],
            ["NF1", "NM_001042492.3", "c.3826C>T", "p.(Arg1276*)", "28/58", "stop gained", "34%",
             "211/620", "Likely pathogenic", "II"],
            ["ATM", "NM_000051.4", "c.1229T>C", "p.(Val410Ala)", "9/63", "missense", "47%",
             "402/855", "Uncertain significance", "III"],
            ["BRCA2", "NM_000059.4", "c.7242A>G", "p.(Ser2414=)", "14/27", "synonymous", "49%",
             "318/649", "Benign", "IV"],
            ["BRCA2", "NM_000059.4", "c.865A>C", "p.(Asn289His)", "10/27", "missense", "51%",
             "377/740", "Benign (polymorphism)", "IV"],
            ["CHEK2", "NM_007194.4", "c.1427C>T", "p.(Thr476Met)", "13/15", "missense", "22%",
             "130/591", "Uncertain significance", "III"],
            ["PIK3CA", "NM_006218.4", "c.1173A>G", "p.(Ile391Met)", "5/21", "missense", "50%",
             "455/910", "Benign (polymorphism)", "IV"],
            ["RAD51C", "NM_058216.3", "c.790G>A", "p.(Gly264Ser)", "5/9", "missense", "46%",
             "290/630", "Uncertain significance", "III"]]
    R.T(rows, [50, 90, 75, 110, 40, 70, 40, 80, 120, None], width_total=W, zebra=True)
    R.SP(4)
    R.P("Tier IV (benign / likely benign) variants are listed because the requesting clinician "
        "asked for a complete BRCA1/BRCA2 variant listing. They have no clinical significance.",
        "small")
    R.H2("Copy number and genome-wide LOH")
    R.T([["Gene / metric", "Copy number state", "Estimated copies", "Comment"],
         ["CCNE1", "Gain (not amplified)", "4", "Below amplification threshold (\u2265 8 copies)"],
         ["MYC", "Gain", "5", "Not reportable"],
         ["RB1", "Heterozygous loss", "1", "Not reportable"],
         ["Genome-wide LOH", "32% of evaluable genome", "\u2013", "HRD positive (threshold 16%)"]],
        [120, 150, 100, None], width_total=W)
    R.SP(6)
    R.H2("Gene coverage (BRCA1 / BRCA2 exons)")
    R.P("All coding exons of BRCA1 (22 exons) and BRCA2 (26 exons) were covered at \u2265 250x "
        "except BRCA2 exon 11 region c.6400-6480 (minimum 181x). Large rearrangements (single or "
        "multi-exon deletions or duplications) are detected with reduced sensitivity.", "small")
    R.TEMPLATE("main")
    R.BREAK()
    R.H2("Therapeutic implications")
    R.T([["Biomarker", "Agent(s)", "Setting", "Evidence"],
         ["BRCA1 pathogenic variant", "Olaparib; niraparib; rucaparib", "First-line maintenance "
          "after response to platinum", "Approved / guideline"],
         ["HRD positive (LOH-high)", "Olaparib + bevacizumab; niraparib", "First-line maintenance",
          "Approved / guideline"],
         ["Mesothelin positive", "Investigational anti-mesothelin agents", "Clinical trial",
          "Investigational"]],
        [120, 130, 130, None])
    R.H2("Methods")
    R.P("DNA was extracted from macrodissected FFPE tissue and enriched by hybrid capture for 146 "
        "cancer genes and 9,800 genome-wide SNP loci. Sequencing was performed to a median depth of "
        "640x. Variants are classified using ACMG/AMP criteria for BRCA1, BRCA2 and other "
        "hereditary cancer genes, and AMP/ASCO/CAP tiers for somatic variants. Genomic LOH is the "
        "percentage of the evaluable genome in LOH segments excluding whole-arm or whole-chromosome "
        "events. TMB is reported in mutations per megabase (mut/Mb). Mesothelin IHC was performed "
        "with clone SP74 on an automated stainer.", "small")
    R.H2("Limitations")
    R.P("Variants below 5% allele frequency, large rearrangements and variants in BRCA1/BRCA2 "
        "regions of reduced coverage may not be detected. The LOH score is not validated for "
        "tumour content below 30%. A negative BRCA result in tumour does not exclude a germline "
        "variant detectable by dedicated germline testing.", "small")
    R.SP(6)
    R.P("Authorised by: Dr Siobhan Petrakis-Lund, Consultant Clinical Scientist \u00b7 12 Mar 2026",
        "small")
    R.L("BRCA1", "mutation", "positive", "BRCA1 NM_007294.4 c.5266dupC p.(Gln1756Profs*74) 20/23 "
        "frameshift 81% 744/918 Pathogenic", alteration="Q1756Pfs*74")
    R.L("BRCA2", "mutation", "negative", "BRCA2 No pathogenic variants detected")
    R.L("TP53", "mutation", "positive", "TP53 NM_000546.6 c.817C>T p.(Arg273Cys) 8/11 missense 77% "
        "601/781 Pathogenic",
        alteration="R273C")
    R.L("MSI", "signature", "negative", "Microsatellite status Stable")
    R.L("TMB", "signature", "negative", "2.5 mut/Mb (low; high \u2265 10 mut/Mb)",
        value="2.5 mut/Mb")
    R.L("Mesothelin", "expression", "positive", "Positive: 2+/3+ membranous staining in 70% of",
        percent=70)
    return R




# =====================================================================================  8106
def r8106():
    R = Report("8106", KESTREL, patient(8106, acc="KMD/26/03371", mrn="482 117 9035", sex="F",
                                        dob="19/04/1958", reported="09/03/2026"), "Lung panel")
    R.H1("Somatic Cancer Genomic Report \u2013 Non-Small Cell Lung Cancer Panel")
    R.KV([("Referring clinician:", "Dr Fenella Marchbank, Respiratory Oncology"),
          ("Referring laboratory:", "Kestrel Cellular Pathology, H26-04410 block B2"),
          ("Sample type:", "FFPE, bronchial biopsy, right main bronchus"),
          ("Histology:", "Non-small cell carcinoma, adenocarcinoma (TTF-1 positive)"),
          ("Neoplastic cell content:", "40% (assessed on H&E by reporting pathologist)"),
          ("Date received:", "27/02/2026"),
          ("Test requested:", "NSCLC DNA panel (EGFR, KRAS, BRAF, MET, ERBB2) and RNA fusion "
           "panel (ALK, ROS1, RET, NTRK)")], widths=(140, None), bold_key=False)
    R.SP(6)
    R.RULE()
    R.H2("RESULT")
    R.KV([("EGFR:", "Exon 20 insertion detected \u2013 c.2300_2308dup p.(Ala767_Val769dup), "
           "variant allele frequency 22%"),
          ("KRAS:", "No mutation detected"),
          ("BRAF:", "No mutation detected"),
          ("MET:", "No exon 14 skipping variant detected"),
          ("ERBB2:", "No mutation detected"),
          ("ALK / ROS1 / RET / NTRK:", "RNA fusion analysis in progress \u2013 supplementary "
           "report to follow")], widths=(140, None))
    R.RULE()
    R.H2("INTERPRETATION")
    R.P("This tumour harbours an EGFR exon 20 insertion, p.(Ala767_Val769dup). In-frame exon 20 "
        "insertions, unlike the classical exon 19 deletion and p.(Leu858Arg) variants, are "
        "generally associated with primary resistance to first- to third-generation EGFR tyrosine "
        "kinase inhibitors. Amivantamab in combination with carboplatin-pemetrexed is approved for "
        "first-line treatment of NSCLC with EGFR exon 20 insertion. Referral to the thoracic "
        "oncology MDT is advised.")
    R.P("The result of PD-L1 immunohistochemistry on this biopsy, reported by Kestrel Cellular "
        "Pathology (H26-04410), is restated for the MDT: PD-L1 (22C3) tumour proportion score 5% "
        "\u2013 low positive (TPS 1-49%).")
    R.H2("RECOMMENDATIONS")
    R.P("1. A supplementary report will be issued for the RNA fusion panel (expected within 5 "
        "working days).{br}2. No further DNA testing is required.")
    R.H2("TECHNICAL INFORMATION")
    R.T([["Gene", "Transcript", "Regions analysed", "Minimum depth", "Sensitivity"],
         ["EGFR", "NM_005228.5", "exons 18, 19, 20, 21", "500x", "5% VAF"],
         ["KRAS", "NM_004985.5", "exons 2, 3, 4", "500x", "5% VAF"],
         ["BRAF", "NM_004333.6", "exons 11, 15", "500x", "5% VAF"],
         ["MET", "NM_000245.4", "exon 14 and flanking introns", "500x", "5% VAF"],
         ["ERBB2", "NM_004448.4", "exons 19, 20", "500x", "5% VAF"]],
        [60, 90, 150, 80, None])
    R.P("Method: targeted amplicon next-generation sequencing. Variants are described according "
        "to HGVS nomenclature. Variants of unknown significance and polymorphisms are not "
        "reported. This test does not detect copy number changes. A result of 'No mutation "
        "detected' does not exclude a mutation below the sensitivity of the assay or outside the "
        "regions analysed. This laboratory is accredited to ISO 15189 (accreditation no. 99-MDS).",
        "small")
    R.SP(6)
    R.KV([("Reported by:", "Dr Alasdair Penhaligon, Clinical Scientist"),
          ("Authorised by:", "Dr Yetunde Okafor-Reid, Consultant Clinical Scientist"),
          ("Date authorised:", "09/03/2026")], widths=(100, None), size=8.5, bold_key=False)
    R.L("EGFR", "mutation", "positive", "Exon 20 insertion detected \u2013 c.2300_2308dup "
        "p.(Ala767_Val769dup)", alteration="A767_V769dup")
    R.L("KRAS", "mutation", "negative", "KRAS: No mutation detected")
    R.L("BRAF", "mutation", "negative", "BRAF: No mutation detected")
    R.L("MET", "mutation", "negative", "MET: No exon 14 skipping variant detected")
    R.L("HER2", "mutation", "negative", "ERBB2: No mutation detected")
    R.L("PD-L1", "expression", "positive", "PD-L1 (22C3) tumour proportion score 5% \u2013 low "
        "positive", percent=5)
    return R


# =====================================================================================  8107
def r8107():
    R = Report("8107", AURELIAN, patient(8107, acc="CMO-26-1187", mrn="AC-00918244", sex="M",
                                         block="T-26-1187-A (pancreas, FNB)",
                                         normal="N-26-1187-B (blood, EDTA)"), "AURA-TN 468")
    R.H1("Matched Tumor/Normal Genomic Profiling \u2013 Final Report")
    R.P("{b}Diagnosis:{/b} Pancreatic ductal adenocarcinoma, head of pancreas (EUS-guided fine "
        "needle biopsy). {b}Tumor purity:{/b} 25% (pathology), 22% (computational). "
        "{b}Patient consent for germline analysis:{/b} Yes (consent form GC-4, 02/09/2026).")
    R.H2("Summary")
    R.BOX([R.para("{b}Somatic alterations of clinical significance:{/b} KRAS G12D; TP53 R248Q; "
                  "CDKN2A homozygous deletion; SMAD4 R361H"),
           R.para("{b}Germline pathogenic variant:{/b} BRCA2 c.5946delT p.(Ser1982Argfs*22), "
                  "heterozygous \u2013 see Germline Findings"),
           R.para("{b}Tumor mutational burden:{/b} 1.8 mut/Mb (58th percentile in pancreatic "
                  "cancer; no TMB cut-off applied)"),
           R.para("{b}MSI:{/b} MSIsensor score 0.41 \u2013 microsatellite stable")],
          bg=colors.Color(0.98, 0.95, 0.95))
    R.H2("Somatic Mutations")
    R.T([["Gene", "Protein change", "cDNA change", "Exon", "Tumor alt / depth", "VAF",
          "Normal alt / depth", "OncoKB"],
         ["KRAS", "p.G12D", "c.35G>A", "2", "212 / 1178", "18.0%", "0 / 402", "Level 3B"],
         ["TP53", "p.R248Q", "c.743G>A", "7", "251 / 1060", "23.7%", "0 / 398", "Oncogenic"],
         ["SMAD4", "p.R361H", "c.1082G>A", "9", "190 / 911", "20.9%", "1 / 377", "Oncogenic"],
         ["ARID1A", "p.G1847R", "c.5539G>A", "20", "61 / 844", "7.2%", "0 / 365", "VUS"],
         ["KMT2C", "p.Y987H", "c.2959T>C", "18", "44 / 690", "6.4%", "0 / 281", "VUS"]],
        [46, 70, 70, 34, 80, 46, 80, None])
    R.H2("Somatic Copy Number Alterations")
    R.T([["Gene", "Cytoband", "Alteration", "Fold change", "Comment"],
         ["CDKN2A", "9p21.3", "Homozygous deletion", "-3.1", "Includes CDKN2B, MTAP"],
         ["MYC", "8q24.21", "Gain", "1.4", "Not amplified"],
         ["GATA6", "18q11.2", "Gain", "1.6", "Not amplified"]],
        [60, 70, 120, 70, None])
    R.P("No structural variants were detected among the 468 genes; note that KRAS wild-type "
        "pancreatic cancers are enriched for NRG1 and NTRK fusions, which this DNA assay detects "
        "only partially.", "small")
    R.H2("Germline Findings")
    R.P("Germline analysis of 88 hereditary cancer predisposition genes was performed on the "
        "normal sample with patient consent.")
    R.T([["Gene", "Variant", "Zygosity", "Classification", "Tumor VAF"],
         ["BRCA2", "c.5946delT p.(Ser1982Argfs*22)", "Heterozygous", "Pathogenic", "71.4% (LOH)"]],
        [60, 170, 80, 90, None])
    R.P("The pathogenic BRCA2 variant was detected in the normal sample and is present in the "
        "tumor with loss of the wild-type allele. It is associated with hereditary breast, ovarian, "
        "pancreatic and prostate cancer risk. Genetic counselling is recommended and cascade "
        "testing of relatives may be offered. No other pathogenic or likely pathogenic germline "
        "variants were identified. Germline variants of uncertain significance are not reported.")
    R.H2("Clinical Interpretation")
    R.P("{b}KRAS G12D{/b} is present in roughly 40% of pancreatic adenocarcinomas. Inhibitors "
        "selective for KRAS G12D are in early-phase trials (OncoKB Level 3B). {b}BRCA2{/b}: "
        "platinum-based chemotherapy is preferred, and maintenance olaparib is an option for "
        "patients with a germline BRCA1/2 variant whose disease has not progressed on first-line "
        "platinum. {b}Mesothelin{/b}-directed and claudin 18.2-directed trials enrol pancreatic "
        "cancer patients on the basis of IHC; these stains were not performed by this laboratory.")
    R.H2("Assay Description and Quality")
    R.KV([("Assay", "AURA-TN 468: hybrid capture of 468 genes, tumor and matched normal"),
          ("Median coverage", "Tumor 711x; normal 402x"),
          ("TMB", "Somatic non-synonymous mutations / 1.14 Mb; reported without threshold for this "
                  "tumor type"),
          ("MSI", "MSIsensor score = % unstable sites; >= 10 = MSI-H, 3-10 = indeterminate, < 3 "
                  "= MSS"),
          ("Limitations", "Tumor purity below 20% reduces sensitivity for copy number and "
                          "subclonal variants; fusions with intergenic breakpoints may not be "
                          "detected.")], widths=(90, None), size=8)
    R.SP(6)
    R.P("Electronically signed: Mariela Castellanos-Reyes, MD (03/11/2026); variant review: Kofi "
        "Adjei-Lindgren, PhD.", "small")
    R.L("KRAS", "mutation", "positive", "KRAS p.G12D c.35G>A 2 212 / 1178 18.0%", alteration="G12D")
    R.L("TP53", "mutation", "positive", "TP53 p.R248Q c.743G>A", alteration="R248Q")
    R.L("BRCA2", "mutation", "positive", "BRCA2 c.5946delT p.(Ser1982Argfs*22), heterozygous",
        alteration="S1982Rfs*22")
    R.L("TMB", "signature", "reported", "1.8 mut/Mb (58th percentile in pancreatic cancer; no TMB "
        "cut-off applied)", value="1.8 mut/Mb")
    R.L("MSI", "signature", "negative", "MSIsensor score 0.41 \u2013 microsatellite stable")
    return R


# =====================================================================================  8108
def r8108():
    R = Report("8108", LAKESHORE, patient(8108, acc="LPA-M26-0310", mrn="LK-226130",
                                          physician="Dominic Farrow-Achebe, MD",
                                          collected="02/18/2026", reported="03/03/2026"),
               "Colorectal biomarker report")
    R.H1("COLORECTAL CARCINOMA BIOMARKER REPORT")
    R.P("Specimen: Sigmoid colon, segmental resection (surgical case LPA-S26-1944, block A7). "
        "Diagnosis: Invasive adenocarcinoma, moderately differentiated, pT3 pN1b.")
    R.H2("Tests requested")
    R.P("[X] KRAS/NRAS/BRAF mutation panel     [X] Mismatch repair IHC     [ ] MSI by PCR     "
        "[ ] HER2 IHC     [ ] NTRK fusion (send-out)")
    R.H2("Part 1. KRAS / NRAS / BRAF mutation panel (real-time PCR)")
    R.T([["Gene", "Codons / regions tested", "Result", "Variant"],
         ["KRAS", "12, 13, 59, 61, 117, 146", "[X] Mutation detected{br}[  ] No mutation detected",
          "c.38G>A p.G13D (exon 2)"],
         ["NRAS", "12, 13, 59, 61, 117, 146", "[  ] Mutation detected{br}[X] No mutation detected",
          "\u2013"],
         ["BRAF", "600", "[  ] Mutation detected{br}[X] No mutation detected", "\u2013"]],
        [50, 140, 150, None])
    R.P("Comment: KRAS mutations in codons 12 and 13 predict lack of benefit from anti-EGFR "
        "monoclonal antibodies (cetuximab, panitumumab) in metastatic colorectal cancer. "
        "Limit of detection 1-5% mutant alleles depending on the variant. The assay detects only "
        "the listed codons.", size=9)
    R.H2("Part 2. Mismatch repair protein immunohistochemistry")
    R.T([["Protein", "Clone", "Tumor nuclear staining", "Internal control"],
         ["MLH1", "ES05", "Intact (retained)", "Present"],
         ["PMS2", "EP51", "Intact (retained)", "Present"],
         ["MSH2", "G219-1129", "Intact (retained)", "Present"],
         ["MSH6", "EP49", "Intact (retained)", "Present"]],
        [80, 80, 150, None])
    R.P("{b}Interpretation:{/b} No loss of nuclear expression of mismatch repair proteins. "
        "MMR proficient (pMMR); low probability of MSI-H.")
    R.P("Key: Intact = nuclear staining in tumor cells; Loss = absence of nuclear staining with "
        "positive internal control; Subclonal loss = loss in a discrete area. Loss of MLH1/PMS2 "
        "should prompt MLH1 promoter methylation or BRAF testing; loss of MSH2/MSH6 suggests "
        "Lynch syndrome.", size=8.5)
    R.H2("Summary")
    R.P("KRAS G13D MUTATED; NRAS and BRAF wild type. Mismatch repair proficient.")
    R.SP(10)
    R.P("Pathologist: Lorna Vasquez-Ibsen, MD \u2013 electronically signed 03/03/2026. The "
        "mutation panel is an FDA-cleared assay performed per the manufacturer's instructions; "
        "the IHC stains were performed on an automated platform with appropriate positive and "
        "negative controls, which reacted as expected.", size=8.5)
    R.L("KRAS", "mutation", "positive", "KRAS G13D MUTATED", alteration="G13D")
    R.L("NRAS", "mutation", "negative", "NRAS and BRAF wild type")
    R.L("BRAF", "mutation", "negative", "NRAS and BRAF wild type")
    for m, clone in (("MLH1", "ES05"), ("PMS2", "EP51"), ("MSH2", "G219-1129"), ("MSH6", "EP49")):
        R.L(m, "expression", "positive", f"{m} {clone} Intact (retained)")
    R.L("MMR", "signature", "negative", "MMR proficient (pMMR)")
    return R


# =====================================================================================  8109
def r8109():
    R = Report("8109", CORVANE, patient(8109, block="CG-B-80311 (breast, axillary LN)",
                                        acc="CG26-0054417", sex="F",
                                        physician="Beatrix Nakamura-Solberg, MD"),
               "CorvaneONE report")
    R.H1("Comprehensive Genomic Profile")
    R.KV([("Disease", "Invasive ductal carcinoma of breast, metastatic (axillary lymph node "
           "recurrence)"),
          ("Receptor status (per referring pathology)", "ER positive (95%), PR positive (40%), "
           "HER2 negative (IHC 1+) \u2013 Riverside Pathology RP25-8812"),
          ("Specimen", "Left axillary lymph node, excision; FFPE block A3; tumor purity 60%"),
          ("Prior therapy", "Letrozole + palbociclib (2023-2025)")], widths=(160, None))
    R.SP(6)
    R.H2("BIOMARKER FINDINGS")
    R.T([["Microsatellite status", "MS-Stable"],
         ["Tumor Mutational Burden", "3 Muts/Mb \u00b7 TMB-Low (< 10 Muts/Mb)"]],
        [150, None], header=0, style="box", bold_col0=True)
    R.H2("GENOMIC FINDINGS")
    R.T([["Alteration", "VAF %", "Therapies \u2013 this tumor type", "Trials"],
         ["PIK3CA H1047R", "33.0", "Alpelisib + fulvestrant; capivasertib + fulvestrant; "
          "inavolisib + palbociclib + fulvestrant", "Yes"],
         ["ESR1 Y537S", "4.6", "Elacestrant", "Yes"],
         ["CDH1 Q23*", "57.2", "None", "No"],
         ["CCND1 amplification", "\u2013", "None", "Yes"]],
        [110, 45, 260, None])
    R.SP(4)
    R.P("{b}Relevant negative findings:{/b} ERBB2 \u2014 no amplification or activating mutation "
        "detected; BRCA1, BRCA2, PALB2 \u2014 no pathogenic alterations detected; AKT1, PTEN "
        "\u2014 no alterations detected.")
    R.BREAK()
    R.H2("Genomic findings \u2013 details")
    R.P("{b}PIK3CA H1047R{/b} (c.3140A>G, exon 21). Kinase-domain hotspot mutation, activating. In "
        "HR-positive, HER2-negative advanced breast cancer after progression on endocrine therapy, "
        "PI3K-alpha and AKT inhibitors with fulvestrant are approved for tumors with PIK3CA "
        "alterations.")
    R.P("{b}ESR1 Y537S{/b} (c.1610A>C, exon 8). A ligand-binding domain mutation of the estrogen "
        "receptor gene conferring ligand-independent activity. It is typically acquired under "
        "aromatase inhibitor therapy. The oral SERD elacestrant is approved for ER-positive, "
        "HER2-negative, ESR1-mutated advanced breast cancer.")
    R.P("{b}CDH1 Q23*{/b} (c.67C>T). Truncating; consistent with lobular features. Germline CDH1 "
        "variants cause hereditary diffuse gastric cancer; the VAF here does not establish origin.")
    R.P("{b}CCND1 amplification{/b} (estimated 9 copies). Associated with endocrine resistance in "
        "some studies; CDK4/6 inhibitors are already standard in this setting.")
    R.H2("Variants of unknown significance")
    R.T([["Gene", "Alteration", "Gene", "Alteration"],
         ["BRCA1", "P1776S", "ERBB2", "R678Q"],
         ["FANCA", "G501S", "GATA3", "P409A"],
         ["NF1", "L2131F", "TP53", "P152L"]],
        [80, 150, 80, None])
    R.P("VUS are listed for completeness. Note: ERBB2 R678Q has been reported at low frequency in "
        "gastric and breast tumors with unclear functional significance; no therapy implication "
        "is made. TP53 P152L is classified as a VUS in this context.", "small")
    R.H2("Therapies and clinical trials")
    R.T([["Therapy / trial", "Biomarker", "Comment"],
         ["Alpelisib + fulvestrant", "PIK3CA H1047R", "Approved (Level 1)"],
         ["Capivasertib + fulvestrant", "PIK3CA H1047R", "Approved (Level 1)"],
         ["Elacestrant", "ESR1 Y537S", "Approved (Level 1)"],
         ["CT-BR-3318 (Phase 3)", "ESR1 mutation", "Oral SERD vs. standard endocrine therapy; "
          "requires ER+ / HER2- disease"],
         ["CT-BR-2041 (Phase 2)", "HER2-low", "Trastuzumab deruxtecan combinations; requires "
          "HER2 IHC 1+ or 2+/ISH-negative by central testing"]],
        [140, 100, None])
    corvane_appendix(R)
    R.L("MSI", "signature", "negative", "Microsatellite status MS-Stable")
    R.L("TMB", "signature", "negative", "3 Muts/Mb \u00b7 TMB-Low", value="3 Muts/Mb")
    R.L("PIK3CA", "mutation", "positive", "PIK3CA H1047R 33.0", alteration="H1047R")
    R.L("ER", "mutation", "positive", "ESR1 Y537S 4.6", alteration="Y537S", optional=True)
    R.L("HER2", "amplification", "negative", "ERBB2 \u2014 no amplification or activating "
        "mutation detected")
    R.L("HER2", "mutation", "negative", "ERBB2 \u2014 no amplification or activating mutation "
        "detected")
    R.L("BRCA1", "mutation", "negative", "BRCA1, BRCA2, PALB2 \u2014 no pathogenic alterations "
        "detected")
    R.L("BRCA2", "mutation", "negative", "BRCA1, BRCA2, PALB2 \u2014 no pathogenic alterations "
        "detected")
    R.L("ER", "expression", "positive", "ER positive (95%)", percent=95)
    R.L("PR", "expression", "positive", "PR positive (40%)", percent=40)
    R.L("HER2", "expression", "negative", "HER2 negative (IHC 1+)", ihc_score="1+")
    return R


# =====================================================================================  8110
def bar_table(R, rows, maxv=10.0, width=120):
    """% cfDNA column with a drawn bar next to the value."""
    from reportlab.graphics.shapes import Drawing, Rect
    out = []
    for r in rows:
        v = r[-1]
        d = Drawing(width, 8)
        d.add(Rect(0, 1, width, 6, fillColor=colors.Color(0.93, 0.93, 0.96), strokeColor=None))
        d.add(Rect(0, 1, max(1.5, min(v / maxv, 1) * width), 6, fillColor=colors.Color(0.33, 0.18, 0.5),
                   strokeColor=None))
        out.append(r[:-1] + [f"{v}%", d])
    return out


def r8110():
    R = Report("8110", VANTAGE, patient(8110, acc="VX-2611-0482", physician="Tobias Renvall, MD",
                                        collected="03/01/2026", sex="M"), "LiquidView 74")
    R.H1("Plasma Genomic Results")
    R.KV([("Diagnosis", "Lung adenocarcinoma, stage IV; progression on osimertinib (24 months)"),
          ("Specimen", "Peripheral blood, 2 x 10 mL cfDNA tubes; plasma cfDNA 31 ng"),
          ("Received", "03/03/2026 \u00b7 Reported 03/09/2026")], widths=(80, None))
    R.SP(4)
    R.H2("Summary of detected alterations")
    rows = bar_table(R, [["EGFR", "E746_A750del (exon 19 deletion)", 5.8],
                         ["TP53", "R273H", 6.1],
                         ["EGFR", "C797S", 0.4],
                         ["DNMT3A", "R882H *", 1.2]])
    R.T([["Gene", "Alteration", "% cfDNA", ""]] + rows, [60, 190, 50, None])
    R.P("* Likely of clonal hematopoietic origin (see comment); not attributed to the tumor.",
        "small")
    R.SP(2)
    R.T([["Copy number", "Result", "Plasma copy number"],
         ["MET", "Amplification", "3.1 (elevated; threshold 2.4)"],
         ["ERBB2", "Not detected", "\u2013"]], [100, 120, None])
    R.SP(2)
    R.T([["Signature", "Result"],
         ["MSI-High", "NOT DETECTED"],
         ["Blood TMB", "Not reported (insufficient cfDNA for TMB; requires >= 40 ng)"]],
        [100, None])
    R.H2("Interpretation")
    R.P("The EGFR exon 19 deletion (E746_A750del) is the sensitizing driver. EGFR C797S, detected "
        "at low level, is a known mechanism of resistance to osimertinib. EGFR T790M was not "
        "detected. MET amplification is a further "
        "bypass resistance mechanism; combined EGFR and MET inhibition is being studied in "
        "clinical trials. Tissue confirmation of MET amplification may be considered.")
    R.P("DNMT3A R882H is a hotspot of clonal hematopoiesis of indeterminate potential (CHIP) and "
        "is unlikely to derive from the tumor.")
    R.H2("Alterations of unknown significance and synonymous alterations")
    R.P("Variants of unknown significance: ATM A1309T (0.3%); NF1 S2597N (0.2%). Synonymous "
        "alterations (no amino-acid change, not clinically significant): EGFR Q787Q (48.7%, "
        "germline polymorphism); TP53 P72R is a common polymorphism and is not reported.")
    R.H2("Relevant therapies")
    R.T([["Alteration", "FDA-approved (this indication)", "Investigational"],
         ["EGFR E746_A750del", "Osimertinib; erlotinib; gefitinib; afatinib; amivantamab + "
          "lazertinib", "EGFR/MET bispecific combinations"],
         ["EGFR C797S", "None", "Fourth-generation EGFR TKIs (trials)"],
         ["MET amplification", "None", "Osimertinib + savolitinib or tepotinib (trials)"]],
        [110, 180, None])
    R.H2("Test information")
    R.P("LiquidView 74 sequences cell-free DNA across 74 genes (complete exons of 19 genes, "
        "critical exons of 55 genes) with detection of SNVs, indels, fusions in ALK, FGFR2, FGFR3, "
        "NTRK1, RET and ROS1, and amplifications in 18 genes. % cfDNA is the fraction of "
        "cell-free DNA molecules carrying the alteration and depends on tumor shedding. A "
        "negative result does not rule out the presence of an alteration in the tumor; tissue "
        "testing should be considered when no driver is found. Alterations of germline or clonal "
        "hematopoietic origin may be reported. Germline testing is not performed.", "small")
    R.P("The test was developed and its performance characteristics determined by Vantage Dx. "
        "It has not been cleared or approved by the FDA. Reviewed by Annika Solheim-Brady, PhD "
        "and Hideo Marchetti, MD, PhD.", "small")
    R.L("EGFR", "mutation", "positive", "EGFR E746_A750del (exon 19 deletion) 5.8%",
        alteration="E746_A750del")
    R.L("EGFR", "mutation", "positive", "EGFR C797S 0.4%", alteration="C797S")
    R.L("TP53", "mutation", "positive", "TP53 R273H 6.1%", alteration="R273H")
    R.L("MET", "amplification", "positive", "MET Amplification 3.1 (elevated; threshold 2.4)",
        alteration="amplification")
    R.L("HER2", "amplification", "negative", "ERBB2 Not detected")
    R.L("MSI", "signature", "negative", "MSI-High NOT DETECTED")
    R.L("EGFR", "mutation", "negative", "EGFR T790M was not detected", alteration="T790M",
        optional=True)
    return R


REPORTS = {f"81{i:02d}": globals()[f"r81{i:02d}"] for i in range(1, 11)}
