from common import *

add(2028, "molecular", "lung NGS: EML4::ALK fusion v1, TP53 R248Q; EGFR/KRAS/BRAF not detected; MET amp not detected; TMB low; 'EGFR ... 10-15%' background", r"""
NEXT-GENERATION SEQUENCING REPORT - LUNG CANCER PANEL (DNA/RNA)

Patient:        Patient AB                 Accession:   LNGS-19-3390
Age/Sex:        46 / F                     Date:        11/21/2019
Specimen:       Pleural fluid cell block (CB-19-8821), adenocarcinoma
Tumor cells:    ~30%
Ordering MD:    Dr. BE

RESULT SUMMARY:  ALK FUSION DETECTED

Gene fusions (RNA):
   EML4::ALK   EML4 exon 13 :: ALK exon 20   (variant 1)
   Supporting reads: 1,842                     Status: DETECTED

Sequence variants (DNA):
   Gene   Nucleotide        Amino acid        VAF     Interpretation
   TP53   c.743G>A          p.Arg248Gln       22%     Pathogenic
   ----   ---------------   ---------------   -----   ----------------------
   No other pathogenic variants identified.

Relevant negative results:
   EGFR exons 18-21 ........ not detected
   KRAS exons 2-4 .......... not detected
   BRAF exon 15 ............ not detected
   MET amplification ....... not detected
   ROS1 / RET fusions ...... not detected

Tumor mutational burden: 2 mut/Mb (Low)

Interpretation:
This specimen harbors an EML4-ALK fusion, predicting sensitivity to ALK
inhibitors (alectinib, brigatinib, lorlatinib). Concurrent TP53 mutations
have been associated with shorter progression-free survival on ALK TKIs.
For reference, ALK rearrangements occur in approximately 3-7% of NSCLC,
and EGFR mutations in 10-15% of Western patients with adenocarcinoma.
ALK IHC (D5F3) may be performed on request to confirm protein expression.

Lab director: Dr. BF
""", [
    L("ALK","fusion","positive",alteration="EML4-ALK"),
    L("TP53","mutation","positive",alteration="R248Q"),
    L("EGFR","mutation","negative"),
    L("KRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("MET","amplification","negative"),
    L("ROS1","fusion","negative"),
    L("RET","fusion","negative"),
    L("TMB","signature","negative",value="2 mut/Mb"),
])

add(2029, "molecular", "metastatic breast CGP: ERBB2 amplification CN 18, PIK3CA H1047R, TP53 R342*, ESR1/CCND1 out of scope, BRCA1/2 no reportable alterations, TMB low with cutoff, 'MSI-High Not Detected'; VUS in appendix", r"""
COMPREHENSIVE GENOMIC PROFILE                                      Page 1 of 2

PATIENT                          SPECIMEN                     ORDERING PHYSICIAN
Patient AC                       Site: Liver (biopsy)         Dr. BG
Disease: Breast carcinoma        Collected: 08/02/2022        Report: 08/19/2022
                                 Tumor purity: 50%

GENOMIC SIGNATURES
  Microsatellite status         MSI-High Not Detected
  Tumor Mutational Burden       3.1 Muts/Mb   (TMB-Low; TMB-High >= 10)

GENE ALTERATIONS
  ERBB2     amplification - copy number 18
  PIK3CA    H1047R
  ESR1      Y537S
  TP53      R342*
  CCND1     amplification - copy number 9

  For more information regarding biological and clinical significance,
  including prognostic, diagnostic, germline and potential chemosensitivity
  implications, see the Genomic Findings section.

VARIANT ALLELE FREQUENCY
  PIK3CA H1047R    31.2%
  ESR1 Y537S        6.4%
  TP53 R342*       28.9%

NO REPORTABLE ALTERATIONS WERE FOUND IN:  BRCA1, BRCA2, PALB2, AKT1, PTEN

Variants of unknown significance: ATR D1028N, NOTCH2 P6fs*27 (see
appendix; not used for therapy selection).
--------------------------------------------------------------------------
Patient AC                                                        Page 2 of 2
GENOMIC FINDINGS
ERBB2 amplification - ERBB2 (HER2) amplification may predict sensitivity to
HER2-directed therapies (trastuzumab, pertuzumab, T-DXd, tucatinib).
Correlation with the IHC/ISH status of the primary tumor is recommended;
the patient's prior HER2 results were not available to the laboratory.
PIK3CA H1047R - Activating kinase-domain hotspot; alpelisib and
capivasertib are approved for PIK3CA-altered HR+/HER2- disease.
ESR1 Y537S - Ligand-independent ESR1 mutation associated with acquired
resistance to aromatase inhibitors; elacestrant may be considered.

GERMLINE: This test is not designed to identify germline variants. No
alterations in BRCA1 or BRCA2 were detected in this tumor sample.

Electronically signed: Dr. BH, Medical Director
""", [
    L("HER2","amplification","positive",alteration="amplification"),
    L("PIK3CA","mutation","positive",alteration="H1047R"),
    L("TP53","mutation","positive",alteration="R342*"),
    L("BRCA1","mutation","negative"),
    L("BRCA2","mutation","negative"),
    L("TMB","signature","negative",value="3.1 mut/Mb"),
    L("MSI","signature","negative"),
])

add(2030, "molecular", "NGS failed for insufficient tumour (no labels) but separate MSI PCR succeeded: MSI-H; PD-L1 sent out pending", r"""
MOLECULAR PATHOLOGY REPORT

Patient:     Patient AD                 MP number:  MP-21-5542
Sex/Age:     F / 52                     Received:   07/07/2021
Specimen:    Small bowel mass, biopsy (S21-22841, block A1)
Diagnosis:   Adenocarcinoma, small intestine
Requested:   Targeted NGS panel (50 genes); MSI by PCR

1. TARGETED NGS PANEL
   STATUS: TEST NOT PERFORMED / FAILED
   Reason: Insufficient tumor content. The submitted biopsy contains
   approximately 5% tumor cells (minimum required 20%) and DNA yield was
   below the minimum input (2.1 ng). KRAS, NRAS, BRAF and other gene results
   therefore cannot be reported.
   Recommendation: Submit an alternative block or a resection specimen if
   available.

2. MICROSATELLITE INSTABILITY ANALYSIS (PCR, pentaplex mononucleotide panel:
   BAT-25, BAT-26, NR-21, NR-24, MONO-27; tumor vs. matched normal)
   Markers unstable: 3 of 5 (BAT-25, BAT-26, NR-24)
   RESULT: MICROSATELLITE INSTABILITY-HIGH (MSI-H)

   Comment: MSI-H suggests mismatch repair deficiency. Correlation with
   MMR protein immunohistochemistry and referral for genetic counselling to
   evaluate for Lynch syndrome are recommended. MMR immunohistochemistry has
   not been performed on this specimen.

3. PD-L1: requested by the clinician; slides sent to the referral
   laboratory (22C3). Report to follow.

Molecular pathologist: BI, MD             Date reported: 07/19/2021
""", [
    L("MSI","signature","positive"),
])

add(2031, "molecular", "pancreatic NGS: KRAS G12R, TP53 R248W, CDKN2A/SMAD4 out of scope; NTRK fusions not detected; MSS; TMB low; germline BRCA2 finding in its own section (optional)", r"""
PRECISION ONCOLOGY SEQUENCING REPORT                   Report ID: PO-25-1066
======================================================================
Patient: Patient AE         Sex: M     DOB: --/--/1960
Tumor type: Pancreatic ductal adenocarcinoma, metastatic
Specimen: Liver, core biopsy, FFPE (tumor 35%); matched normal: blood
Assay: Tumor/normal exome-based panel (DNA) + whole-transcriptome (RNA)
Ordering: Dr. BJ               Reported: 04/03/2025
======================================================================

SOMATIC FINDINGS
 #  Gene     Alteration                      VAF/Expr   Tier
 1  KRAS     c.34C>A, p.(Gly12Arg)            28%        I
 2  TP53     c.742C>T, p.(Arg248Trp)          31%        II
 3  CDKN2A   homozygous deletion              -          II
 4  SMAD4    c.1051G>A, p.(Asp351Asn)         26%        II

 Gene fusions (RNA): none detected. NTRK1, NTRK2, NTRK3, NRG1, ALK, ROS1
 and RET fusions not detected.

 Tumor mutational burden: 1.3 mutations/Mb (Low)
 Microsatellite instability: MSS

GERMLINE FINDINGS (reported to patients who consented to secondary
findings; see separate germline report GL-25-1066)
 BRCA2   c.5946delT, p.(Ser1982Argfs*22)   Pathogenic, heterozygous
 Second somatic hit in BRCA2: not detected.

INTERPRETATION
KRAS G12R: Oncogenic; not targeted by currently approved KRAS G12C
inhibitors. A germline pathogenic BRCA2 variant was identified; platinum-
based chemotherapy and PARP inhibitor maintenance (olaparib) may be
considered for germline BRCA-mutated metastatic pancreatic cancer.
Cascade testing of relatives is recommended.

Signed: Dr. BK, Director, Clinical Genomics Laboratory
""", [
    L("KRAS","mutation","positive",alteration="G12R"),
    L("TP53","mutation","positive",alteration="R248W"),
    L("NTRK","fusion","negative"),
    L("ALK","fusion","negative"),
    L("ROS1","fusion","negative"),
    L("RET","fusion","negative"),
    L("TMB","signature","negative",value="1.3 mut/Mb"),
    L("MSI","signature","negative"),
    L("BRCA2","mutation","positive",alteration="S1982Rfs*22",optional=True),
])

add(2032, "molecular", "endometrial NGS: MSI-H, TMB-high, PIK3CA R88Q, KRAS G12V, PTEN/ARID1A out of scope; no pathogenic germline-type variants in MLH1/MSH2/MSH6/PMS2 (tumour); POLE wild type", r"""
ENDOMETRIAL CARCINOMA MOLECULAR CLASSIFICATION AND GENOMIC PROFILING
Institution Molecular Laboratory                     Report #: EMC-24-0387

Patient: Patient AF       Age: 63         Specimen: Hysterectomy, block 1F
Diagnosis: Endometrioid carcinoma, FIGO grade 3     Tumor content: 70%
Date received: 10/10/2024        Date reported: 10/25/2024

SUMMARY
  Molecular subgroup: MMRd / MSI-high (POLE wild type; TP53 wild type)

MICROSATELLITE INSTABILITY (NGS, 130 loci)
  MSI score 38% unstable loci -> MSI-HIGH

TUMOR MUTATIONAL BURDEN
  48 mut/Mb -> TMB-HIGH (threshold 10 mut/Mb)

PATHOGENIC / LIKELY PATHOGENIC SOMATIC VARIANTS
  Gene    HGVS (protein)         HGVS (coding)       VAF
  PTEN    p.(Arg130Gln)          c.389G>A            45%
  PTEN    p.(Lys267Argfs*9)      c.800delA           38%
  PIK3CA  p.(Arg88Gln)           c.263G>A            33%
  KRAS    p.(Gly12Val)           c.35G>T             19%
  ARID1A  p.(Gln1334*)           c.4000C>T           29%

MISMATCH REPAIR GENES
  No pathogenic or likely pathogenic variants were detected in MLH1, MSH2,
  MSH6 or PMS2. This pattern (MSI-H without an MMR gene variant) is most
  often due to MLH1 promoter hypermethylation; MLH1 methylation testing is
  recommended. MMR immunohistochemistry (pathology report S24-9310) should
  be correlated.

POLE exonuclease domain (exons 9-14): no pathogenic variant detected.
TP53: no variant detected.

Laboratory Director: BL, PhD                                  Page 1 of 1
""", [
    L("MSI","signature","positive"),
    L("TMB","signature","positive",value="48 mut/Mb"),
    L("PIK3CA","mutation","positive",alteration="R88Q"),
    L("KRAS","mutation","positive",alteration="G12V"),
    L("MLH1","mutation","negative"),
    L("MSH2","mutation","negative"),
    L("MSH6","mutation","negative"),
    L("PMS2","mutation","negative"),
    L("TP53","mutation","negative"),
])
