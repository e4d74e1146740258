from common import *

add(2012, "surgical", "lung squamous pneumonectomy; PD-L1 TPS <1% negative; ALK IHC negative on node; synoptic 'EGFR: Not tested' lines (no labels); p40/CK5/6 distractors", r"""
PATHOLOGY AND LABORATORY MEDICINE
SURGICAL PATHOLOGY FINAL REPORT

Patient: Patient L            Acc: SP13-4471        DOS: 08/20/2013
Sex: M  Age: 71               Requesting: Dr. Z, Cardiothoracic Surgery

FINAL DIAGNOSIS:
A. LUNG, LEFT, PNEUMONECTOMY:
   SQUAMOUS CELL CARCINOMA, KERATINIZING, MODERATELY DIFFERENTIATED,
   CENTRAL (LEFT MAINSTEM / UPPER LOBE BRONCHUS), 5.6 CM.
   - Tumor extends to the hilar soft tissue; see comment regarding
     pericardium.
   - Bronchial margin free of invasive carcinoma; carcinoma in situ not
     identified at margin.
   - Metastatic squamous cell carcinoma in 2 of 7 peribronchial/hilar
     lymph nodes.
B. LYMPH NODE, STATION 5: NEGATIVE (0/2).
C. LYMPH NODE, STATION 7: ONE NODE WITH METASTATIC SQUAMOUS CELL
   CARCINOMA (1/3), 1.1 CM, WITH EXTRANODAL EXTENSION.

COMMENT: The tumor abuts but does not penetrate the pericardium;
pathologic stage is pT3 on the basis of size (>5 cm). Immunostains:
positive for p40 and CK5/6, negative for TTF-1 and Napsin A.

Synoptic data (Lung, resection):
 Histologic type ....................... Squamous cell carcinoma
 Histologic grade ...................... G2
 Tumor size ............................ 5.6 cm
 Visceral pleural invasion ............. Not identified
 Lymph-vascular invasion ............... Present
 Margins ............................... Negative
 Lymph nodes ........................... 3/12 positive (stations 10L, 11L, 7)
 pTNM .................................. pT3 pN2
 EGFR mutation ......................... Not tested
 ALK rearrangement ..................... See addendum
 PD-L1 ................................. See addendum

ADDENDUM (08/27/2013)
IMMUNOHISTOCHEMISTRY FOR THERAPEUTIC TARGETS

Block A5 (primary tumor):
  PD-L1 (clone 22C3)  -  Tumor proportion score: <1%
  Interpretation: NO PD-L1 EXPRESSION (TPS <1%)

Block C1 (station 7 lymph node metastasis):
  ALK (clone D5F3)    -  Negative

Note: Molecular testing for EGFR/ALK is not routinely performed on pure
squamous cell carcinomas from smokers; it may be requested if clinically
indicated (e.g., never-smoker, small biopsy).

Pathologist AA, MD                                        Page 1 of 1
""", [
    L("PD-L1","expression","negative",value="<1%"),
    L("ALK","expression","negative"),
])

add(2013, "surgical", "breast core biopsy ILC; CAP biomarker template with OCR checkbox letters (x/o); ER positive 85, PR low positive 5, HER2 1+, Ki-67; unmarked options and 'ISH not performed'", r"""
BREAST CORE BIOPSY - SURGICAL PATHOLOGY REPORT
Facility: County General Hospital Lab            Accession: BX-22-01902
Patient: Patient M    Age: 66   Sex: F           Collected: 01/12/2022
Ordering: Dr. AB (Breast Imaging)

DIAGNOSIS:
Breast, right, 10:00, 5 cm FN, ultrasound-guided core needle biopsy:
  - Invasive lobular carcinoma, classic type.
  - Nottingham grade (provisional on core): 2 of 3 (tubules 3, nuclear 2,
    mitoses 1).
  - Lobular carcinoma in situ, classic type, present.
  - Biopsy clip site changes not identified.
  - E-cadherin immunostain: absent membranous staining in tumor cells,
    supporting lobular phenotype.

Breast Biomarker Reporting Template
Test(s) Performed:

Estrogen Receptor (ER) Status
 x  Positive (greater than 10% of cells demonstrate nuclear positivity)
 o  Low Positive (1-10% of cells demonstrate nuclear positivity)
 o  Negative (less than 1% of cells demonstrate nuclear positivity)
Percentage of Cells with Nuclear Positivity: 85%
Average Intensity of Staining: Strong

Progesterone Receptor (PgR) Status
 o  Positive (greater than 10% of cells demonstrate nuclear positivity)
 x  Low Positive (1-10% of cells demonstrate nuclear positivity)
 o  Negative (less than 1% of cells demonstrate nuclear positivity)
Percentage of Cells with Nuclear Positivity: 5%
Average Intensity of Staining: Weak

HER2 (ERBB2) by Immunohistochemistry
 o  Negative (Score 0)
 x  Negative (Score 1+)
 o  Equivocal (Score 2+)
 o  Positive (Score 3+)
Percentage of Cells with Uniform Intense Complete Membrane Staining: 0%

HER2 by In Situ Hybridization:  Not performed

Ki-67
Percentage of Positive Nuclei: 15%

Cold Ischemia and Fixation Times: Meet requirements specified in latest
version of the ASCO/CAP guidelines
Testing Performed on Block Number(s): A1
Primary Antibody: ER SP1; PgR 1E2; HER2 4B5; Ki-67 30-9
Controls: External controls, appropriate; internal normal epithelium present

Gross Description: Received in formalin with cold ischemia time <1 hour,
four cores of tan-white tissue, 1.2 to 1.8 cm in length, 0.1 cm in
diameter, entirely submitted in A1. Time in formalin: 18 hours.

Pathologist AC, MD                   Final: 01/16/2022
""", [
    L("ER","expression","positive",percent=85),
    L("PR","expression","positive",percent=5),
    L("HER2","expression","negative",ihc_score="1+"),
    L("Ki-67","expression","reported",percent=15),
])

add(2014, "surgical", "TNBC lumpectomy; ER 0%, PR 0%, HER2 0, AR 60%, PD-L1 SP142 IC, Ki-67; core biopsy results restated identically", r"""
Surgical Pathology Report

PATIENT: Patient N                ACCESSION #: S18-40215
AGE: 39   SEX: F                  PROCEDURE DATE: 12/03/2018
PHYSICIAN: Dr. AD                 REPORT DATE: 12/10/2018

Final Pathologic Diagnosis:
A. Breast, left, partial mastectomy (lumpectomy), needle-localized:
   - Invasive ductal carcinoma, Nottingham grade 3 (3+3+3 = 9/9), 1.9 cm.
   - Tumor-infiltrating lymphocytes: stromal TILs approximately 40%.
   - Ductal carcinoma in situ, high nuclear grade, solid type with
     comedonecrosis, minor component.
   - Margins: invasive carcinoma 3 mm from superior margin; all other
     margins >5 mm.
   - Biopsy site changes and clip identified.
B. Sentinel lymph nodes, left axilla (#1-#2): negative for carcinoma (0/2).

Note: The prior core biopsy (S18-38890) was reported as ER negative, PR
negative and HER2 negative (score 0). Repeat testing on the excision was
requested by oncology and is reported below.

Results of Immunohistochemistry (block A3):
  Estrogen receptor (SP1) ........ Negative (0% nuclear staining)
  Progesterone receptor (1E2) .... Negative (0%)
  HER2 (4B5) ..................... Negative, score 0 (no staining observed)
  Androgen receptor (SP107) ...... Positive, 60% of tumor nuclei, moderate
  Ki-67 (30-9) ................... 70%
  PD-L1 (SP142) .................. POSITIVE: PD-L1-stained tumor-
                                   infiltrating immune cells occupy 2% of
                                   tumor area (IC >= 1%)
  The tumor cells are also positive for CK5/6 and EGFR (focal), and
  GATA3 is weakly positive in approximately 30% of tumor cells.

Interpretation: Triple-negative breast carcinoma (ER-, PR-, HER2-), basal-
like immunophenotype. PD-L1 (SP142) positive in immune cells.

Gross Description:
A. Oriented lumpectomy, 6.0 x 5.5 x 3.2 cm, inked per protocol. A firm
   white mass 1.9 x 1.6 x 1.5 cm with a wire and clip. Sections A1-A12.
B. Two sentinel lymph nodes, 1.2 and 0.9 cm, entirely submitted.

Electronically signed by Pathologist AE, MD
""", [
    L("ER","expression","negative",percent=0),
    L("PR","expression","negative",percent=0),
    L("HER2","expression","negative",ihc_score="0"),
    L("AR","expression","positive",percent=60),
    L("Ki-67","expression","reported",percent=70),
    L("PD-L1","expression","positive",value="IC 2%"),
    L("EGFR","expression","positive"),
])

add(2015, "surgical", "rectal LAR post-neoadjuvant; MMR intact/proficient; KRAS G12D from prior biopsy restated as tumour status; extended RAS pending (no label)", r"""
                    DEPARTMENT OF PATHOLOGY - SURGICAL PATHOLOGY
Name: Patient O          Accession: S22-6671         Date of Service: 03/09/2022
Age/Sex: 58/M            Attending: Dr. AF           Date Signed:     03/15/2022

FINAL DIAGNOSIS:
RECTOSIGMOID COLON, LOW ANTERIOR RESECTION:
 * Residual adenocarcinoma, moderately differentiated, 1.7 cm, invading into
   muscularis propria (ypT2).
 * Treatment effect: partial response, CAP tumor regression score 2
   (minimal response: residual cancer with evident tumor regression, but
   more than single cells or rare small groups).
 * Lymph nodes: 0 of 15 involved (ypN0).
 * Margins: proximal, distal and circumferential (radial) margins negative;
   distal margin 2.8 cm; CRM 9 mm.
 * Mesorectum: complete (grade 3).

Ancillary testing:
 MMR immunohistochemistry was performed on the pre-treatment biopsy
 (S21-9987) and is reported again here for completeness:
   MLH1 - present   PMS2 - present   MSH2 - present   MSH6 - present
   = mismatch repair proficient (no loss of expression).

 KRAS: A KRAS G12D (c.35G>A) mutation was identified in the pre-treatment
 biopsy by the outside reference laboratory (report dated 11/30/2021).

 Extended RAS/BRAF testing on the resection specimen has been requested by
 the oncologist; results pending and will follow as an addendum.

COMMENT: Although rectal carcinoma after neoadjuvant therapy may show
altered immunostaining, the pre-treatment MMR results are considered
representative.

GROSS: Received fresh, a 24 cm segment of rectosigmoid colon with intact
mesorectum. A 2.0 x 1.5 cm ulcerated scar-like area with puckering is
located 2.8 cm from the distal margin. Mesorectal fascia intact. Entire
scar submitted (A4-A15); lymph nodes (A16-A27).

Pathologist AG, MD
""", [
    L("MLH1","expression","positive"),
    L("PMS2","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("MMR","signature","negative"),
    L("KRAS","mutation","positive",alteration="G12D"),
])

add(2016, "surgical", "uterine serous carcinoma; p53 null pattern (negative expression), HER2 IHC 2+ with ISH amplified, MMR intact, ER low positive; criteria table distractor", r"""
GYNECOLOGIC PATHOLOGY REPORT
Accession: GP-23-0514          Patient: Patient P          Age: 68
Procedure: TLH/BSO, omentectomy, pelvic SLN    Date: 02/02/2023

FINAL DIAGNOSIS
1. Uterus, cervix, bilateral tubes and ovaries (hysterectomy/BSO):
   - SEROUS CARCINOMA OF THE ENDOMETRIUM, arising in an endometrial polyp.
   - Myometrial invasion: 3 mm of 14 mm (<50%).
   - LVSI: focal (<5 vessels).
   - Cervix, adnexa: uninvolved.
2. Omentum: negative for carcinoma.
3. Sentinel lymph nodes, bilateral pelvic: negative (0/2).

BIOMARKERS (block 1C)
  p53 (DO-7):   ABNORMAL - complete absence of nuclear staining in tumor
                cells (null pattern) with intact internal control;
                consistent with TP53 mutation.
  ER:           Low positive; weak staining in 5% of tumor nuclei
  MMR:          MLH1, PMS2, MSH2 and MSH6 all show intact nuclear
                expression. No evidence of mismatch repair deficiency.
  HER2 (4B5):   Score 2+ (EQUIVOCAL): weak to moderate complete or
                lateral/basolateral membranous staining in ~40% of tumor
                cells. Reflex HER2 ISH performed, see below.

HER2 DUAL-PROBE IN SITU HYBRIDIZATION (DISH; block 1C)
  Cells counted ................. 20
  HER2 signals/cell (mean) ...... 5.1
  CEP17 signals/cell (mean) ..... 2.2
  HER2:CEP17 ratio .............. 2.3
  RESULT ........................ AMPLIFIED

  Scoring used (serous endometrial carcinoma, trial criteria): IHC 3+ in
  >30% of cells = positive; 2+ = equivocal, reflex to ISH; ISH ratio
  >=2.0 = amplified.

SYNOPTIC (ENDOMETRIUM)
  Histologic type: Serous carcinoma
  Myoinvasion: <50%
  LVSI: Focal
  pT1a pN0(sn)   FIGO (2009) IA
  Molecular classification: p53-abnormal (copy-number high) group based on
  p53 immunohistochemistry; POLE sequencing not performed.

Pathologist AH, MD
""", [
    L("TP53","expression","negative"),
    L("ER","expression","positive",percent=5),
    L("MLH1","expression","positive"),
    L("PMS2","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("MMR","signature","negative"),
    L("HER2","expression","equivocal",ihc_score="2+"),
    L("HER2","amplification","positive",ratio=2.3),
])

add(2017, "surgical", "Whipple PDAC; MMR intact/proficient; mesothelin IHC positive for trial screening; KRAS sent to reference lab (no label); SMAD4 distractor", r"""
SURGICAL PATHOLOGY REPORT
--------------------------------------------------------------------------
Patient Name: PATIENT Q              Accession No.: S24-1203
Age: 63   Sex: F                     Collection Date: 01/24/2024
Surgeon: Dr. AI                      Report Date: 02/01/2024
--------------------------------------------------------------------------

FINAL DIAGNOSIS:
PANCREAS, HEAD, DUODENUM, DISTAL STOMACH, GALLBLADDER (PANCREATICODUODENECTOMY):
 - INVASIVE DUCTAL ADENOCARCINOMA, MODERATELY DIFFERENTIATED, 3.0 CM.
 - TUMOR EXTENDS INTO PERIPANCREATIC SOFT TISSUE AND DUODENAL WALL.
 - PERINEURAL INVASION: PRESENT.  LYMPHOVASCULAR INVASION: PRESENT.
 - MARGINS: UNCINATE (SMA) MARGIN 0.8 MM FROM CARCINOMA (R1 by <1 mm
   rule); PANCREATIC NECK, BILE DUCT, GASTRIC AND DUODENAL MARGINS
   NEGATIVE.
 - LYMPH NODES: METASTATIC ADENOCARCINOMA IN 5 OF 21 (5/21).
 - BACKGROUND PANCREAS: PanIN-2/low grade, chronic pancreatitis.
 - pT2 pN2

IMMUNOHISTOCHEMISTRY (block A7):
  Mismatch repair proteins (MLH1, MSH2, MSH6, PMS2): all retained
  => MMR proficient.
  SMAD4 (DPC4): loss of expression in tumor cells.

ADDENDUM 1 (02/06/2024):
  Mesothelin IHC (clone SP74) requested for clinical trial screening:
  Result: POSITIVE. Membranous and cytoplasmic staining in 70% of tumor
  cells, moderate to strong (2-3+).
  (Trial eligibility threshold per protocol: >=50% of tumor cells at >=2+;
  eligibility is determined by the study team.)

  Molecular testing: tissue block A7 has been sent to the reference
  laboratory for comprehensive genomic profiling (including KRAS, BRCA1/2,
  PALB2 and NTRK fusion). Results will be reported separately.

GROSS DESCRIPTION:
Received fresh is a pancreaticoduodenectomy specimen including distal
stomach (5 cm), duodenum (22 cm), pancreatic head (5.5 x 4 x 3 cm), common
bile duct (2.5 cm) and gallbladder (7 cm). A firm white ill-defined mass,
3.0 x 2.5 x 2.2 cm, is present in the pancreatic head, 0.1 cm from the
inked uncinate margin. Sections per axial slicing protocol A1-A30.

Electronically signed by Pathologist AJ, MD
""", [
    L("MLH1","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("PMS2","expression","positive"),
    L("MMR","signature","negative"),
    L("Mesothelin","expression","positive",percent=70),
])
