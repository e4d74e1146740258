from common import *

add(2033, "mixed", "consult letter on outside lung slides: PD-L1 TPS 90%, ALK IHC negative, ROS1 FISH not rearranged, outside EGFR L858R restated as tumour status, MET exon 14 not detected; recommendation sentences", r"""
DEPARTMENT OF PATHOLOGY - CONSULTATION SERVICE

March 4, 2023

Dr. BM
Thoracic Oncology Clinic

RE: Patient AG        Our consult #: CS-23-0219
    Outside accession: OH-23-1457 (Outside Hospital, 2 blocks, 6 slides)

Dear Dr. BM,

Thank you for referring the outside material on your patient, a 58-year-
old never-smoker with a right upper lobe mass and mediastinal adenopathy.
We have reviewed the slides and performed additional studies.

Our diagnosis: Lung, right upper lobe, endobronchial ultrasound-guided
biopsy: ADENOCARCINOMA, solid and acinar patterns. The tumor cells are
positive for TTF-1 and Napsin A.

In summary of the biomarker work-up:
  - PD-L1 (22C3, performed here on block A1): tumor proportion score 90%
    (high expression).
  - ALK (D5F3, performed here): negative.
  - ROS1 break-apart FISH (performed here): no ROS1 rearrangement (4% of
    nuclei with split signals; threshold 15%).
  - EGFR: the outside molecular report (reference laboratory, dated
    02/20/2023) documents an EGFR exon 21 L858R mutation in this tumor; we
    did not repeat this testing. The same report states that MET exon 14
    skipping was not detected.

Given the EGFR mutation, the high PD-L1 expression is unlikely to predict
benefit from single-agent immunotherapy; EGFR-directed therapy would be
the usual first-line approach. If additional tissue becomes available,
broader NGS (including RET and NTRK) could be considered.

Please do not hesitate to contact me if you have any questions.

Sincerely,

Pathologist BN, MD
Director, Thoracic Pathology
""", [
    L("PD-L1","expression","positive",percent=90),
    L("ALK","expression","negative"),
    L("ROS1","fusion","negative"),
    L("EGFR","mutation","positive",alteration="L858R"),
    L("MET","mutation","negative"),
])

add(2034, "mixed", "stand-alone HER2 FISH report: ratio 1.9, copy number 4.5, ASCO/CAP group 4 'not amplified'; prior IHC 2+ of same tumour restated; criteria table", r"""
CYTOGENETICS LABORATORY - FLUORESCENCE IN SITU HYBRIDIZATION REPORT

Patient: Patient AH                  Lab #: FISH-20-1188
Referring pathologist: Dr. BO        Source case: S20-9912, block A2
Specimen: Breast, left, core biopsy, invasive ductal carcinoma
Reason for referral: HER2 IHC equivocal (2+) on S20-9912
Date received: 06/11/2020            Date reported: 06/15/2020

PROBE: HER2/CEP17 dual-color (Vysis PathVysion)

RESULTS
  Number of observers:                 2
  Number of invasive tumor nuclei:     60 (30 per observer)
  Total HER2 signals:                  270
  Total CEP17 signals:                 142
  Average HER2 copy number per cell:   4.5
  Average CEP17 copy number per cell:  2.4
  HER2/CEP17 ratio:                    1.9

INTERPRETATION:  HER2 NOT AMPLIFIED (NEGATIVE)
  ASCO/CAP 2018 ISH Group 4 (ratio <2.0 with average HER2 copy number
  >=4.0 and <6.0). In the context of a concurrent IHC result of 2+, the
  tumor is considered HER2 negative. Comment: it is uncertain whether
  patients with Group 4 results benefit from HER2-targeted therapy.

ASCO/CAP ISH GROUPS (for reference)
  Group 1: ratio >=2.0, copy number >=4.0 ............... Positive
  Group 2: ratio >=2.0, copy number <4.0 ................ IHC work-up
  Group 3: ratio <2.0, copy number >=6.0 ................ IHC work-up
  Group 4: ratio <2.0, copy number >=4.0 and <6.0 ....... IHC work-up
  Group 5: ratio <2.0, copy number <4.0 ................. Negative

Analysed by: Cytogenetic Technologist BP
Reviewed by: Dr. BQ, FACMG                                  Page 1 of 1
""", [
    L("HER2","amplification","negative",ratio=1.9),
    L("HER2","expression","equivocal",ihc_score="2+"),
])

add(2035, "mixed", "ALK and ROS1 break-apart FISH report: ALK rearranged 42%, ROS1 not rearranged; control/cut-off text", r"""
MOLECULAR CYTOGENETICS
Fluorescence in situ hybridization (FISH) - Lung panel

Name: Patient AI         FISH No.: CG-18-00732      Received: 10/02/2018
Specimen: FFPE, lymph node station 4R, EBUS-FNA cell block (CB-18-4410)
Clinical: Lung adenocarcinoma, stage IV; EGFR negative (outside)

TEST 1:  ALK (2p23) break-apart probe
  Nuclei analysed: 100
  Split 5'/3' signals:             31
  Isolated 3' (red) signals:       11
  Abnormal nuclei total:           42%   (cut-off: >15% = positive)
  RESULT:  POSITIVE - ALK GENE REARRANGEMENT DETECTED

TEST 2:  ROS1 (6q22) break-apart probe
  Nuclei analysed: 100
  Abnormal (split or isolated 3') nuclei: 6%   (cut-off >15%)
  RESULT:  NEGATIVE - no ROS1 rearrangement detected

INTERPRETATION
ALK rearrangement present. The fusion partner is not identified by this
assay. The patient may be a candidate for ALK tyrosine kinase inhibitor
therapy. Positive and negative control slides hybridized appropriately.

Reported by: Dr. BR                                 Date: 10/08/2018
""", [
    L("ALK","fusion","positive"),
    L("ROS1","fusion","negative"),
])

add(2036, "mixed", "single-gene style RAS report: KRAS codon list then 'NONE OF THE ABOVE MUTATIONS WERE DETECTED'; NRAS Q61K detected in a second section", r"""
                      MOLECULAR ONCOLOGY LABORATORY
                    RAS MUTATION ANALYSIS (COLORECTAL)

PATIENT: PATIENT AJ              ACCESSION: MOL-16-2290
DOB: --/--/1952                  DATE COLLECTED: 01/27/2016
SPECIMEN: COLON, SIGMOID (S16-1710, A4)    TUMOR: 70%
PHYSICIAN: DR. BS

SECTION 1 - KRAS
THE FOLLOWING KRAS MUTATIONS WERE TESTED:
  CODON 12: G12A, G12C, G12D, G12R, G12S, G12V
  CODON 13: G13C, G13D
  CODON 61: Q61H, Q61L, Q61R
  CODON 117: K117N     CODON 146: A146T, A146V
NONE OF THE ABOVE MUTATIONS WERE DETECTED.

SECTION 2 - NRAS
THE FOLLOWING NRAS MUTATIONS WERE TESTED:
  CODON 12: G12C, G12D, G12S, G12V   CODON 13: G13D, G13R
  CODON 61: Q61H, Q61K, Q61L, Q61R   CODON 146: A146T
RESULT: NRAS Q61K (c.181C>A) MUTATION DETECTED.

INTERPRETATION: POSITIVE FOR AN NRAS MUTATION. RAS-mutant colorectal
cancers are not expected to respond to anti-EGFR monoclonal antibody
therapy (cetuximab, panitumumab).

METHOD: Real-time PCR (allele-specific); analytical sensitivity 1-5%.
Mutations other than those listed are not detected by this assay.

DIRECTOR: BT, MD, PhD
""", [
    L("KRAS","mutation","negative"),
    L("NRAS","mutation","positive",alteration="Q61K"),
])

add(2037, "mixed", "amended breast biomarker report: ER corrected from negative to positive 40% (superseded result not labelled); PR 0% and HER2 1+ unchanged", r"""
*** AMENDED REPORT ***                       *** AMENDED REPORT ***

SURGICAL PATHOLOGY                           Accession: S25-30412
Patient: Patient AK     F / 55               Original report: 09/02/2025
Ordering: Dr. BU                             Amended:         09/09/2025

REASON FOR AMENDMENT: Correction of the estrogen receptor result. The ER
result originally reported (NEGATIVE, 0%) was obtained on the wrong block
(A1, biopsy site with no invasive tumor). Repeat ER on block A3, which
contains invasive carcinoma, is reported below. The treating physician was
notified on 09/09/2025 by Dr. BV.

FINAL DIAGNOSIS (unchanged):
Breast, right, lumpectomy: invasive ductal carcinoma, grade 2, 1.4 cm;
margins negative; sentinel nodes 0/2.

BIOMARKERS (AMENDED):
  Estrogen receptor ...... POSITIVE, 40% of invasive tumor nuclei,
                           moderate intensity  [CORRECTED]
  Progesterone receptor .. Negative (0%)
  HER2 (IHC) ............. Negative (1+)

Previously reported (superseded): Estrogen receptor NEGATIVE (0%).

Pathologist BV, MD
""", [
    L("ER","expression","positive",percent=40),
    L("PR","expression","negative",percent=0),
    L("HER2","expression","negative",ihc_score="1+"),
])

add(2038, "mixed", "breast oncology consult letter: current tumour ER 90, PR 5 low positive, HER2 2+ / FISH not amplified 1.3, Ki-67 range; prior contralateral triple-negative cancer (optional); germline testing recommended", r"""
BREAST MULTIDISCIPLINARY CLINIC - CONSULTATION NOTE (pathology summary)

Date: 11/14/2024
Patient: Patient AL, 62-year-old woman
Referring: Dr. BW (primary care)

History: In 2015 the patient was treated for a left breast cancer (outside
hospital), reported as triple negative (ER negative, PR negative, HER2
negative), treated with lumpectomy, chemotherapy and radiation. She now
presents with a new 1.8 cm right breast mass.

Pathology (right breast core biopsy, S24-40199, reviewed at tumor board):
  Invasive ductal carcinoma, grade 2.
  ER: positive, 90%, strong.
  PR: low positive (5%, weak).
  HER2: IHC 2+ (equivocal); reflex FISH not amplified (HER2/CEP17 ratio
        1.3, mean HER2 copies 2.9/cell).
  Ki-67: 10-15%.

Assessment: New right breast primary, hormone receptor positive, HER2
negative, distinct from the prior triple-negative left breast cancer.

Plan:
  1. Right lumpectomy with sentinel node biopsy.
  2. Oncotype DX on the surgical specimen if node-negative.
  3. Given two primary breast cancers, referral for germline genetic
     testing (BRCA1, BRCA2, PALB2 and others) is recommended.

Dr. BX, Surgical Oncology
""", [
    L("ER","expression","positive",percent=90),
    L("PR","expression","positive",percent=5),
    L("HER2","expression","equivocal",ihc_score="2+"),
    L("HER2","amplification","negative",ratio=1.3),
    L("Ki-67","expression","reported",value="10-15%"),
    L("ER","expression","negative",optional=True),
    L("PR","expression","negative",optional=True),
    L("HER2","expression","negative",optional=True),
])

add(2039, "mixed", "two specimens (lung primary and brain metastasis): PD-L1 TPS 5% vs 70% (two labels), ALK negative in both (one label), EGFR wild type on both by PCR (one label)", r"""
SURGICAL PATHOLOGY - PREDICTIVE BIOMARKER SUMMARY
Accession: S19-7712 (Part A) and S19-8025 (Part B)
Patient: Patient AM, 66 M
Report date: 05/29/2019

SPECIMENS
 A. Lung, left upper lobe, wedge resection (04/30/2019):
    adenocarcinoma, 2.4 cm.
 B. Brain, right cerebellum, resection (05/14/2019):
    metastatic adenocarcinoma consistent with lung primary.

BIOMARKER RESULTS
                          Part A (lung)         Part B (brain met)
 PD-L1 22C3, TPS          5%                    70%
 ALK D5F3                 Negative              Negative
 EGFR (PCR, exons 18-21)  No mutation detected  No mutation detected
 ROS1                     Not performed         Not performed

COMMENT
PD-L1 expression is heterogeneous between the primary tumor and the
metastasis (low expression in the lung primary; high expression in the
cerebellar metastasis). Clinical decisions may take the higher value into
account. ROS1 and broader NGS can be performed on Part B on request.

Pathologist BY, MD
""", [
    L("PD-L1","expression","positive",percent=5),
    L("PD-L1","expression","positive",percent=70),
    L("ALK","expression","negative"),
    L("EGFR","mutation","negative"),
])

add(2040, "mixed", "outside-report summary: outside IHC ER 70 / PR <1% / HER2 1+ restated; Oncotype DX RS with RNA single-gene scores (optional); GD2 and mesothelin mentioned only as trial background (no labels)", r"""
OUTSIDE MATERIAL REVIEW - SUMMARY OF OUTSIDE REPORTS
Institution: Cancer Center Pathology     Review #: OR-21-0650
Patient: Patient AN, 51 F                Date: 04/22/2021

Outside reports received and summarized (no slides reviewed):

1) Outside Hospital surgical pathology S21-0088 (01/2021): left breast
   lumpectomy, invasive ductal carcinoma, grade 3, 2.2 cm, 0/3 nodes.
   Outside IHC: ER positive (strong, 70%); PR negative (<1%);
   HER2 1+ (negative).

2) Oncotype DX Breast Recurrence Score (02/2021):
   Recurrence Score: 31
   Single-gene quantitative RT-PCR scores:
     ER   7.2   Positive   (positive >= 6.5)
     PR   4.1   Negative   (positive >= 5.5)
     HER2 9.1   Negative   (positive >= 11.5)

3) Clinical trial screening note (03/2021): the patient is not eligible for
   the institutional GD2- or mesothelin-directed CAR-T protocols, which are
   restricted to neuroblastoma/sarcoma and mesothelioma/ovarian cancer;
   no testing was requested.

Comment: No discrepancy between the outside IHC and the Oncotype single-gene
results. Formal review of the outside slides can be performed on request.

Reviewed by: Dr. BZ
""", [
    L("ER","expression","positive",percent=70),
    L("PR","expression","negative",value="<1%"),
    L("HER2","expression","negative",ihc_score="1+"),
    L("ER","expression","positive",optional=True),
    L("PR","expression","negative",optional=True),
    L("HER2","expression","negative",optional=True),
])
