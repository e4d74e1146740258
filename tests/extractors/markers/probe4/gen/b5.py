from common import *

add(2023, "molecular", "lung NGS DNA+RNA: EGFR L858R tier I, TP53 R273H tier II, VUS section (ATM, BRCA2), negatives list, fusions none (ALK/ROS1/RET/NTRK), MET ex14 not detected, TMB low with cutoff, MSS; genes-analysed list as methods", r"""
MOLECULAR DIAGNOSTICS LABORATORY
Comprehensive Solid Tumor Panel (DNA + RNA)            CLIA# 00D0000000

Patient: Patient W                Specimen ID: MDL-23-04128
Sex: F   DOB: --/--/1962          Specimen: FFPE, lung, RLL core biopsy
Ordering Physician: Dr. AT        Block: A2 (S23-11870)
Diagnosis: Lung adenocarcinoma    Tumor content (pathologist est.): 40%
Collected: 06/05/2023             Reported: 06/16/2023

RESULTS SUMMARY
  Clinically significant alterations detected: 2
  Variants of uncertain significance: 2
  Tumor mutational burden: 6 mut/Mb (Low)
  Microsatellite status: MS-Stable

TIER I / II VARIANTS (strong or potential clinical significance)
  Gene   Variant (HGVS)                  Exon  VAF    Tier
  EGFR   NM_005228.5:c.2573T>G           21    27.4%  Tier I
         p.(Leu858Arg)
  TP53   NM_000546.6:c.818G>A            8     31.0%  Tier II
         p.(Arg273His)

Interpretation:
EGFR p.L858R is an activating mutation in the tyrosine kinase domain and
confers sensitivity to EGFR tyrosine kinase inhibitors (e.g., osimertinib;
FDA-approved for NSCLC). No EGFR p.T790M or exon 20 insertion was detected.
TP53 p.R273H is a recurrent loss-of-function hotspot mutation.

FUSIONS / SPLICE VARIANTS (RNA)
  No fusions detected involving ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3.
  MET exon 14 skipping: not detected.

COPY NUMBER
  No amplifications detected (MET, ERBB2, EGFR evaluated).

                                                            Page 1 of 3
-------------------------------------------------------------------------
Patient W   MDL-23-04128                                    Page 2 of 3

VARIANTS OF UNCERTAIN SIGNIFICANCE (not used for clinical decision-making)
  ATM    c.7271T>G   p.(Val2424Gly)   VAF 48%
  BRCA2  c.1114A>C   p.(Asn372His)    VAF 51%  (common polymorphism; likely
                                               germline)

GENES WITH NO REPORTABLE ALTERATIONS
  KRAS, NRAS, HRAS, BRAF, ERBB2, PIK3CA, MET, IDH1, IDH2, BRCA1

TUMOR MUTATIONAL BURDEN
  6 mut/Mb  -  TMB-Low  (laboratory threshold for TMB-High: >= 10 mut/Mb)

MICROSATELLITE INSTABILITY
  MSI-High: NOT DETECTED (microsatellite stable)

-------------------------------------------------------------------------
Patient W   MDL-23-04128                                    Page 3 of 3
METHODS AND LIMITATIONS
Genes analysed (DNA, hotspots and full exons): AKT1, ALK, ARAF, BRAF,
BRCA1, BRCA2, CDK4, CTNNB1, EGFR, ERBB2, ESR1, FGFR1, FGFR2, FGFR3, HRAS,
IDH1, IDH2, KIT, KRAS, MAP2K1, MET, NRAS, NTRK1, PDGFRA, PIK3CA, PTEN,
RET, ROS1, SMAD4, STK11, TP53.
RNA fusion panel: ALK, BRAF, FGFR1-3, MET, NRG1, NTRK1-3, RET, ROS1.
Minimum depth 500x; limit of detection 5% VAF for SNVs and indels.
Variants are classified according to AMP/ASCO/CAP 2017 guidelines.
Germline variants cannot be distinguished from somatic variants with this
tumor-only assay.

Laboratory Director: Dr. AU, PhD, FACMG
""", [
    L("EGFR","mutation","positive",alteration="L858R"),
    L("TP53","mutation","positive",alteration="R273H"),
    L("ALK","fusion","negative"),
    L("ROS1","fusion","negative"),
    L("RET","fusion","negative"),
    L("NTRK","fusion","negative"),
    L("MET","mutation","negative"),
    L("MET","amplification","negative"),
    L("HER2","amplification","negative"),
    L("EGFR","amplification","negative"),
    L("KRAS","mutation","negative"),
    L("NRAS","mutation","negative"),
    L("HRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("HER2","mutation","negative"),
    L("PIK3CA","mutation","negative"),
    L("IDH1","mutation","negative"),
    L("IDH2","mutation","negative"),
    L("BRCA1","mutation","negative"),
    L("TMB","signature","negative",value="6 mut/Mb"),
    L("MSI","signature","negative"),
])

add(2024, "molecular", "CRC NGS: KRAS G13D, TP53 R175H, PIK3CA E545K; NRAS/BRAF not detected; ERBB2 amp not detected; MSS; TMB value with no cutoff (reported); benign/synonymous not reported", r"""
GENOMIC PROFILING REPORT - SOLID TUMOR 170-GENE PANEL
======================================================================
Patient ............ Patient X          Report date ...... 10/02/2020
Specimen ........... Colon, sigmoid, resection (FFPE block A5)
Accession .......... NGS-20-7731        Tumor purity ..... 60%
Referring .......... Dr. AV, Medical Oncology
Indication ......... Metastatic colorectal adenocarcinoma
======================================================================

REPORTABLE ALTERATIONS

Gene     Alteration                       Alt. allele freq.  Class
-------  -------------------------------  -----------------  ---------------
KRAS     p.Gly13Asp (c.38G>A)             34.1%              Pathogenic
APC      p.Arg1450* (c.4348C>T)           46.0%              Pathogenic
APC      p.Glu1309fs (c.3927_3931del)     41.5%              Pathogenic
TP53     p.Arg175His (c.524G>A)           58.2%              Pathogenic
PIK3CA   p.Glu545Lys (c.1633G>A)          29.9%              Pathogenic
SMAD4    c.1139+1G>A (splice donor)       27.0%              Likely pathogenic

BIOMARKERS
  Microsatellite status ........... MSS (stable)
  Tumor mutational burden ......... 8.2 mutations/megabase

KEY NEGATIVES
  NRAS (exons 2-4) ................. No mutation detected
  BRAF (V600 and non-V600) ........ No mutation detected
  ERBB2 (HER2) amplification ...... Not detected (copy number 2.1)
  NTRK1/2/3 fusions ............... Not assessed (DNA-only assay)

THERAPEUTIC IMPLICATIONS
  KRAS p.G13D: Mutations in KRAS exon 2 predict lack of benefit from the
  anti-EGFR antibodies cetuximab and panitumumab (NCCN).
  PIK3CA p.E545K: Retrospective data suggest adjuvant aspirin may benefit
  patients with PIK3CA-mutant colorectal cancer; evidence level C.

OTHER VARIANTS (NOT REPORTED AS CLINICALLY SIGNIFICANT)
  Benign/likely benign and synonymous variants are not listed. One
  synonymous variant, KRAS p.Asp173= , was observed and is not reported.

Methodology: Hybrid-capture NGS of 170 genes (full coding exons of 121
genes, hotspots of 49 genes); TMB calculated over 1.1 Mb of coding
sequence excluding known hotspots. MSI determined by analysis of 110
microsatellite loci.

Page 1 of 1                               Signed: Dr. AW, MD, PhD
""", [
    L("KRAS","mutation","positive",alteration="G13D"),
    L("TP53","mutation","positive",alteration="R175H"),
    L("PIK3CA","mutation","positive",alteration="E545K"),
    L("MSI","signature","negative"),
    L("TMB","signature","reported",value="8.2 mut/Mb"),
    L("NRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("HER2","amplification","negative"),
])

add(2025, "molecular", "liquid biopsy cfDNA: EGFR E746_A750del and T790M with % cfDNA, TP53 C176F; synonymous EGFR not reported; negatives list incl. ALK fusion and MET amp; limitation caveat", r"""
PLASMA-BASED CELL-FREE DNA GENOMIC TEST
Patient: Patient Y      Report Date: 03/18/2021     Test Number: CF-0041177
DOB: --/--/1955         Collection Date: 03/08/2021   Sex: M
Diagnosis: Non-small cell lung carcinoma, on erlotinib (progression)
Physician: Dr. AX

SUMMARY OF DETECTED ALTERATIONS
---------------------------------------------------------------------
Alteration                          % cfDNA or Amp    Associated FDA-approved
                                                      therapies (NSCLC)
---------------------------------------------------------------------
EGFR E746_A750del (exon 19 del)     1.2%              Osimertinib, erlotinib,
                                                      afatinib, gefitinib
EGFR T790M                          0.3%              Osimertinib
TP53 C176F                          0.9%              None
---------------------------------------------------------------------
Synonymous alterations: EGFR Q787Q (48.6%) - likely germline polymorphism,
not reported as a somatic finding.

INTERPRETATION
The EGFR T790M resistance mutation was detected at low allele fraction
together with the sensitizing exon 19 deletion, consistent with acquired
resistance to first-generation EGFR TKI.

ALTERATIONS TESTED BUT NOT DETECTED (selected, clinically relevant)
  KRAS mutations ..................... Not detected
  BRAF mutations ..................... Not detected
  ALK fusions ........................ Not detected
  MET amplification .................. Not detected
  ERBB2 amplification ................ Not detected

Limitations: A negative result does not rule out the presence of these
alterations in the patient's tumor; circulating tumor DNA may be below the
limit of detection. If clinically indicated, consider tissue-based
testing. The maximum somatic allele fraction in this sample was 1.2%.

                                        Page 1 of 2
---------------------------------------------------------------------
Patient Y | CF-0041177                   Page 2 of 2
Genes in panel (SNV/indel): AKT1, ALK, APC, AR, ARAF, ATM, BRAF, BRCA1,
BRCA2, CCND1, CDH1, CDK4, CDK6, CDKN2A, CTNNB1, EGFR, ERBB2, ESR1, FGFR1,
FGFR2, FGFR3, GNAS, HNF1A, HRAS, IDH1, IDH2, KIT, KRAS, MAP2K1, MET, MLH1,
MPL, MYC, NF1, NOTCH1, NPM1, NRAS, NTRK1, PDGFRA, PIK3CA, PTEN, RAF1, RB1,
RET, RHEB, RIT1, ROS1, SMAD4, SMO, STK11, TERT, TP53, VHL.
Fusions: ALK, FGFR2, FGFR3, NTRK1, RET, ROS1. Amplifications: 18 genes.
Laboratory Director: Dr. AY
""", [
    L("EGFR","mutation","positive",alteration="E746_A750del"),
    L("EGFR","mutation","positive",alteration="T790M"),
    L("TP53","mutation","positive",alteration="C176F"),
    L("KRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("ALK","fusion","negative"),
    L("MET","amplification","negative"),
    L("HER2","amplification","negative"),
])

add(2026, "molecular", "ovarian tumour BRCA/HRR panel: BRCA1 frameshift pathogenic, TP53 Y220C; BRCA2 no pathogenic variant; benign BRCA2 polymorphism; HRD score out of scope; negatives list; germline caveat", r"""
TUMOR BRCA1/2 AND HOMOLOGOUS RECOMBINATION REPAIR (HRR) GENE PANEL

Patient ........ Patient Z                 Lab No. ........ HRR-22-0932
Specimen ....... Ovary, left (FFPE, S22-5521 block C3), tumor 75%
Requested by ... Dr. BA (Gynecologic Oncology)
Received ....... 05/02/2022                Reported ....... 05/20/2022

RESULT:  POSITIVE - PATHOGENIC BRCA1 VARIANT DETECTED

  Gene    cDNA              Protein                   VAF   Classification
  BRCA1   c.5266dupC        p.(Gln1756Profs*74)       62%   Pathogenic (Class 5)
  TP53    c.659A>G          p.(Tyr220Cys)             71%   Pathogenic

  BRCA2: no pathogenic or likely pathogenic variant detected.

  Other HRR genes (ATM, BARD1, BRIP1, CDK12, CHEK1, CHEK2, FANCL, PALB2,
  RAD51B, RAD51C, RAD51D, RAD54L): no pathogenic variants detected.

  Additional genes on panel with no reportable alterations: KRAS, BRAF,
  PIK3CA, PTEN, ARID1A.

  Variants classified as benign / likely benign are not reported. (A BRCA2
  c.7397T>C p.(Val2466Ala) common polymorphism was present.)

GENOMIC INSTABILITY
  Genomic instability score (GIS): 58 (threshold 42) - HRD POSITIVE

INTERPRETATION
BRCA1 c.5266dupC (also known as 5382insC) is a well-characterised founder
pathogenic frameshift variant. The high variant allele fraction may reflect
a germline variant with loss of heterozygosity in the tumor; this assay
cannot distinguish germline from somatic origin. Germline genetic testing
and genetic counselling are recommended. PARP inhibitor maintenance
therapy is indicated in BRCA-mutated advanced ovarian cancer.

Method: Hybrid capture, Illumina sequencing; large rearrangements of BRCA1
and BRCA2 (exon-level deletions/duplications) are assessed but may be
missed at low tumor content.

Authorised by: Clinical Scientist BB / Molecular Pathologist BC
""", [
    L("BRCA1","mutation","positive",alteration="Q1756Pfs*74"),
    L("TP53","mutation","positive",alteration="Y220C"),
    L("BRCA2","mutation","negative"),
    L("KRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("PIK3CA","mutation","negative"),
])

add(2027, "molecular", "melanoma NGS: NRAS Q61R, BRAF negative, TMB-high 22 with cutoff, MSS, RNA fusion part failed (no label); KIT/TERT distractors", r"""
ONCOLOGY MOLECULAR PROFILE                         Laboratory of Molecular Pathology
---------------------------------------------------------------------------------
Name: Patient AA             Case #: MP-24-2211         Collected: 02/14/2024
Sex: M  Age: 71              Source: lymph node, right inguinal (excision, FFPE)
Diagnosis: metastatic melanoma                          Tumor fraction: 80%
---------------------------------------------------------------------------------

DNA RESULTS
  Detected variants of strong clinical significance:
    NRAS   c.182A>G   p.Q61R    exon 3    VAF 44%   (Tier IA)
  Detected variants of potential clinical significance:
    TERT   promoter c.-146C>T (C250T)      VAF 39%   (Tier IIC)
    CDKN2A c.238C>T   p.R80*              VAF 77%   (Tier IIC)
  Variants of uncertain significance:
    KIT    c.1621A>C  p.M541L             VAF 49%   (likely germline)

  BRAF: no mutation detected (codons 464-469, 594-601 and full coding
  sequence).

GENOMIC SIGNATURES
  TMB ......... 22 mut/Mb   HIGH (cut-off >= 10 mut/Mb)
  MSI ......... Stable
  UV signature: present (dominant C>T at dipyrimidines)

RNA RESULTS
  Fusion analysis: FAILED - RNA quality insufficient (DV200 < 20%).
  Repeat testing on an alternative block is recommended if fusion
  testing is clinically required.

COMMENTS
NRAS Q61R is an activating hotspot mutation; MEK inhibitors have limited
single-agent activity. High TMB is common in cutaneous melanoma and has
been associated with response to immune checkpoint inhibitors.

Reviewed and signed: Molecular Pathologist BD, MD
""", [
    L("NRAS","mutation","positive",alteration="Q61R"),
    L("BRAF","mutation","negative"),
    L("TMB","signature","positive",value="22 mut/Mb"),
    L("MSI","signature","negative"),
])
