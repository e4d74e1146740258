from common import *

add(2006, "surgical", "ovarian HGSC debulking; p53 aberrant overexpression, ER positive, PR <1% negative; WT1/PAX8 distractors; germline BRCA recommended and tumour BRCA sent out (no labels)", r"""
Pathology Report
=======================================================================
Patient:  Patient F                      Surgical Path No: S16-7702
Age: 57  Gender: Female                  Collected: 04/05/2016
Ordering: Dr. L (Gynecologic Oncology)   Signed:    04/12/2016
=======================================================================

DIAGNOSIS
A) Omentum, omentectomy:
   - Metastatic high-grade serous carcinoma, largest deposit 6.5 cm.
B) Right ovary and fallopian tube, salpingo-oophorectomy:
   - High-grade serous carcinoma involving ovarian surface and parenchyma.
   - Serous tubal intraepithelial carcinoma (STIC) in fimbria.
C) Left ovary and fallopian tube, salpingo-oophorectomy:
   - High-grade serous carcinoma, 4.8 cm.
D) Uterus and cervix, hysterectomy:
   - Serosal involvement by high-grade serous carcinoma.
   - Inactive endometrium; cervix without significant pathology.
E) Peritoneum, right diaphragm, biopsy: metastatic carcinoma.

Immunohistochemistry (block C2): The tumor cells are positive for PAX8 and
WT1. p53 shows aberrant diffuse strong nuclear overexpression in >90% of
tumor cells (mutation-type pattern). p16 is block-positive. ER is positive
(70% of tumor cells, moderate intensity); PR is negative (<1%).
These findings support the diagnosis of high-grade serous carcinoma of
tubo-ovarian origin.

Comment: Given the diagnosis of high-grade serous carcinoma, referral for
germline BRCA1/BRCA2 genetic testing is recommended per NCCN guidelines.
Somatic (tumor) BRCA1/2 testing has been requested by the clinical team and
block C2 has been sent to the reference laboratory.

SYNOPTIC - OVARY / FALLOPIAN TUBE / PRIMARY PERITONEUM
 Specimen integrity (ovaries):  Capsule ruptured (left)
 Primary tumor site:            Left ovary (with right tubal STIC)
 Histologic type:               High-grade serous carcinoma
 Extent:                        Extrapelvic peritoneal metastasis >2 cm
 Treatment effect:              Not applicable (no neoadjuvant therapy)
 Lymph nodes:                   Not submitted
 pTNM (AJCC 8):                 pT3c pNX
 FIGO stage:                    IIIC

GROSS
A. Omentum, 32 x 15 x 2.5 cm, with multiple firm white nodules up to 6.5 cm.
B. Right adnexa: ovary 3.4 x 2.1 x 1.5 cm with surface excrescences; tube 6
   cm, fimbriated end entirely submitted (SEE-FIM protocol).
C. Left adnexa: ovary replaced by 4.8 cm solid and papillary mass.
D. Uterus 88 g with nodular serosal deposits.
E. Diaphragm biopsy 0.9 cm, entirely submitted.

Pathologist M, MD
-----------------------------------------------------------------------
                                                          Page 1 of 1
""", [
    L("TP53","expression","positive"),
    L("ER","expression","positive",percent=70),
    L("PR","expression","negative",value="<1%"),
])

add(2007, "surgical", "GBM resection; IDH1 R132H IHC negative, p53 IHC not overexpressed (optional), Ki-67 range, EGFR FISH amplified, IDH1/IDH2 sequencing negative; MGMT/TERT/ATRX out of scope", r"""
NEUROPATHOLOGY REPORT
Department of Pathology, Division of Neuropathology

Patient: Patient G           NP Number: NP-17-0456     Age/Sex: 64 / M
Date of surgery: 01/19/2017  Neurosurgeon: Dr. N

FINAL DIAGNOSIS:
BRAIN, LEFT TEMPORAL LOBE MASS, RESECTION:
  GLIOBLASTOMA, IDH-WILDTYPE (WHO GRADE IV).
  - Microvascular proliferation and palisading necrosis present.
  - See immunohistochemical and molecular results below.

INTEGRATED DIAGNOSIS (WHO 2016 layered format)
  Integrated diagnosis:    Glioblastoma, IDH-wildtype
  Histological diagnosis:  Glioblastoma
  WHO grade:               IV
  Molecular information:   IDH1/IDH2 wild type; EGFR amplified;
                           MGMT promoter methylated

IMMUNOHISTOCHEMISTRY:
  GFAP ................... diffusely positive
  OLIG2 .................. positive
  IDH1 R132H (H09) ....... negative in tumor cells
  ATRX ................... retained nuclear expression
  p53 .................... scattered weakly positive nuclei (<10%); no
                           overexpression
  Ki-67 (MIB-1) .......... labeling index 20-30% in most cellular areas
  Neurofilament .......... highlights entrapped axons (infiltrative growth)

MOLECULAR STUDIES:
  1) EGFR gene amplification, FISH (EGFR 7p11.2 / CEP7):
     EGFR/CEP7 ratio 8.4; clusters of EGFR signals in 72% of nuclei.
     RESULT: EGFR AMPLIFIED.

  2) IDH1 (codon 132) and IDH2 (codon 172) mutation analysis, Sanger
     sequencing of exon 4:
     RESULT: No mutations detected in IDH1 codon 132 or IDH2 codon 172.

  3) MGMT promoter methylation (methylation-specific PCR):
     RESULT: METHYLATED.

  4) TERT promoter: C228T (c.-124C>T) mutation detected.

COMMENT: In patients older than 55 years with a histologically typical
glioblastoma and negative IDH1 R132H immunohistochemistry, sequencing may
be omitted; it was performed here at the request of the treating team.
MGMT promoter methylation is associated with improved response to
temozolomide.

GROSS: Received in formalin are multiple fragments of soft tan-gray and
hemorrhagic tissue, 5.2 x 4.0 x 1.8 cm in aggregate. Representative
sections in A1-A8. Frozen section control in FSA.

INTRAOPERATIVE CONSULTATION: "High-grade glioma" (Dr. O).

Neuropathologist P, MD
""", [
    L("IDH1","expression","negative"),
    L("TP53","expression","negative",optional=True),
    L("Ki-67","expression","reported",value="20-30%"),
    L("EGFR","amplification","positive",ratio=8.4),
    L("IDH1","mutation","negative"),
    L("IDH2","mutation","negative"),
])

add(2008, "surgical", "melanoma wide excision + SLN; BRAF V600E detected by PCR with V600K not detected; NRAS not performed; melanocytic IHC distractors", r"""
DERMATOPATHOLOGY / SURGICAL PATHOLOGY REPORT

PATIENT: Patient H                  ACCESSION: DS-18-10442
DOB: --/--/1971                     DATE COLLECTED: 07/10/2018
REFERRING: Dr. Q (Surgical Oncology)

CLINICAL HISTORY: 47-year-old with melanoma of the upper back diagnosed on
shave biopsy (DS-18-09120), Breslow 2.1 mm, for wide local excision and
sentinel lymph node biopsy.

FINAL DIAGNOSIS:
1. SKIN, UPPER BACK, WIDE LOCAL EXCISION:
   - RESIDUAL INVASIVE MELANOMA, SUPERFICIAL SPREADING TYPE, 1.4 MM
     RESIDUAL THICKNESS, WITH PRIOR BIOPSY SITE CHANGES.
   - ALL MARGINS FREE; CLOSEST PERIPHERAL MARGIN 1.6 CM.
2. LYMPH NODE, LEFT AXILLARY SENTINEL #1:
   - METASTATIC MELANOMA, 2.4 MM DEPOSIT, NO EXTRANODAL EXTENSION.
   - Confirmed with SOX10 and Melan-A immunostains.
3. LYMPH NODE, LEFT AXILLARY SENTINEL #2:
   - ONE LYMPH NODE, NEGATIVE FOR MELANOMA (SOX10, HMB-45 and Melan-A
     immunostains negative).

MELANOMA SYNOPTIC
  Procedure: Wide excision and sentinel node biopsy
  Histologic subtype: Superficial spreading
  Maximum tumor (Breslow) thickness: 2.1 mm (on prior biopsy)
  Ulceration: Not identified
  Mitotic rate: 4/mm2
  Microsatellites: Not identified
  Tumor-infiltrating lymphocytes: Non-brisk
  Regression: Not identified
  Sentinel lymph nodes: 1 of 2 positive
  pTNM: pT3a pN1a(sn)

------------------------------------------------------------------------
ADDENDUM - MOLECULAR PATHOLOGY (07/18/2018)
Specimen: Part 2 (sentinel node metastasis), block 2B; tumor ~40%.
Assay: BRAF codon 600 mutation analysis (real-time PCR, Idylla platform)

   BRAF V600E .................. DETECTED
   BRAF V600K .................. Not detected
   BRAF V600R/D ................ Not detected

Interpretation: POSITIVE for a BRAF V600E mutation. Patients with
BRAF V600-mutant melanoma may benefit from BRAF/MEK inhibitor therapy.

Note: Reflex NRAS and KIT testing is not performed when a BRAF V600
mutation is detected.

Assay limitations: This assay detects codon 600 mutations only; mutations
outside codon 600 are not detected.

PRAME immunostain (performed on part 1) was diffusely positive in the
residual melanoma.

Signed: Pathologist R, MD / Molecular Pathologist S, MD, PhD
""", [
    L("BRAF","mutation","positive",alteration="V600E"),
])

add(2009, "surgical", "radical prostatectomy with small cell component; AR IHC positive in acinar, negative in small cell (two labels); germline BRCA recommendation; PTEN/PIN4/neuroendocrine distractors", r"""
SURGICAL PATHOLOGY REPORT                           ACCESSION: S19-55021

PATIENT NAME: Patient I           SEX: M    AGE: 69
SURGEON: Dr. T                    PROCEDURE DATE: 05/07/2019

FINAL DIAGNOSIS
PROSTATE AND SEMINAL VESICLES, ROBOTIC RADICAL PROSTATECTOMY:
  1. PROSTATIC ADENOCARCINOMA, ACINAR TYPE, GLEASON SCORE 4+5=9
     (GRADE GROUP 5), WITH A FOCAL SMALL CELL NEUROENDOCRINE CARCINOMA
     COMPONENT (APPROXIMATELY 10% OF TUMOR VOLUME). SEE COMMENT.
  2. TUMOR INVOLVES BOTH LOBES; ESTIMATED 35% OF PROSTATE VOLUME.
  3. EXTRAPROSTATIC EXTENSION PRESENT, LEFT POSTEROLATERAL (NON-FOCAL).
  4. SEMINAL VESICLE INVASION PRESENT (LEFT).
  5. SURGICAL MARGIN POSITIVE, LEFT POSTERIOR, 4 MM, GLEASON PATTERN 4.
  6. PERINEURAL INVASION PRESENT.
  7. LYMPH NODES: METASTATIC CARCINOMA IN 2 OF 14 (2/14), LARGEST 6 MM.
  pT3b pN1

COMMENT:
Immunohistochemistry performed on block A9 shows the small cell component
to be positive for synaptophysin, chromogranin (focal) and INSM1, with a
Ki-67 proliferation index of >80% in that component. The conventional
acinar component is positive for NKX3.1 and PSA.
Androgen receptor (AR) immunohistochemistry: the acinar adenocarcinoma
shows strong nuclear AR expression in >90% of cells, whereas the small cell
component is negative for AR.
PTEN immunostain shows loss of expression in the acinar component.
Given the high-grade disease, germline genetic testing (including BRCA1,
BRCA2 and ATM) should be considered according to current guidelines.
Basal cell markers (PIN-4 cocktail: p63/HMWCK/AMACR) were examined on block
A4 to confirm an area of atypical glands at the right apex as carcinoma.

GROSS DESCRIPTION
Received fresh, labeled "prostate and seminal vesicles", a 58 g prostate,
4.8 x 4.5 x 3.9 cm, with attached right (2.6 cm) and left (3.0 cm) seminal
vesicles. Inked: right blue, left black. Apex and base shaved and
sectioned perpendicular. Entirely submitted, A1-A32.
B. Right pelvic lymph nodes: 7 nodes (B1-B4).
C. Left pelvic lymph nodes: 7 nodes (C1-C4).

Pathologist U, MD                                        Page 1 of 1
""", [
    L("AR","expression","positive",value=">90%"),
    L("AR","expression","negative"),
    L("Ki-67","expression","reported",value=">80%"),
])

add(2010, "surgical", "clear cell RCC nephrectomy; ALK IHC negative to exclude ALK-rearranged RCC; PAX8/CAIX/TFE3 distractors", r"""
Anatomic Pathology Report

Case #        S20-8114
Patient       Patient J, 54 y, male
Procedure     Left radical nephrectomy, 02/26/2020
Clinician     Dr. V, Urology

FINAL DIAGNOSIS
Kidney, left, radical nephrectomy:
 - Renal cell carcinoma, clear cell type, WHO/ISUP nucleolar grade 3.
 - Tumor size 7.8 cm, confined to the kidney (pT2a).
 - No renal sinus or perinephric fat invasion.
 - Renal vein margin negative; ureteral and vascular margins negative.
 - Adrenal gland not present.
 - Non-neoplastic kidney: mild arterionephrosclerosis.

Comment
Because of focal papillary architecture and eosinophilic cytoplasm in
parts of the tumor, immunohistochemistry was performed. Tumor cells are
positive for PAX8 and CA-IX (diffuse membranous "box-like" pattern) and
negative for CK7, cathepsin K, and TFE3. ALK immunohistochemistry (D5F3)
is negative, excluding ALK-rearranged renal cell carcinoma. The overall
findings support clear cell renal cell carcinoma.

Synoptic
 Tumor focality ................ Unifocal
 Histologic type ............... Clear cell renal cell carcinoma
 Sarcomatoid features .......... Not identified
 Rhabdoid features ............. Not identified
 Tumor necrosis ................ Present (<10%)
 Lymphovascular invasion ....... Not identified
 Margins ....................... Negative
 Regional lymph nodes .......... None submitted
 pTNM .......................... pT2a pNX

Gross Description
A left radical nephrectomy specimen, 720 g, 16 x 9 x 7 cm. A well
circumscribed golden-yellow, variegated mass with hemorrhage is present in
the upper pole, 7.8 x 7.1 x 6.5 cm, abutting but not penetrating the
renal capsule. Sections A1-A18.

Pathologist W, MD
""", [
    L("ALK","expression","negative"),
])

add(2011, "surgical", "papillary thyroid carcinoma; BRAF VE1 IHC positive; prior FNA molecular BRAF V600E restated as the tumour's status; RET/PTC background", r"""
THYROID PATHOLOGY REPORT
------------------------------------------------------------
Acc#: S21-3360        Pt: Patient K      Sex: F   Age: 44
Surg: Dr. X (Endocrine Surgery)          Rec'd: 11/03/2021
------------------------------------------------------------
CLINICAL INFORMATION:
Right thyroid nodule 2.2 cm, FNA Bethesda V (suspicious for PTC). Molecular
testing of the FNA (ThyroSeq v3, 09/2021) detected BRAF V600E.

FINAL DIAGNOSIS:
A. THYROID, TOTAL THYROIDECTOMY:
   - PAPILLARY THYROID CARCINOMA, CLASSIC TYPE, RIGHT LOBE, 2.1 CM.
   - MINIMAL EXTRATHYROIDAL EXTENSION INTO PERITHYROIDAL SOFT TISSUE
     (MICROSCOPIC ONLY).
   - NO ANGIOINVASION OR LYMPHATIC INVASION.
   - MARGINS NEGATIVE (CLOSEST 0.1 CM, POSTERIOR).
   - LEFT LOBE WITH NODULAR HYPERPLASIA AND CHRONIC LYMPHOCYTIC
     THYROIDITIS.
B. LYMPH NODES, RIGHT CENTRAL NECK (LEVEL VI), DISSECTION:
   - METASTATIC PAPILLARY CARCINOMA IN 2 OF 6 LYMPH NODES, LARGEST
     DEPOSIT 0.4 CM, NO EXTRANODAL EXTENSION.
C. PARATHYROID, LEFT INFERIOR: normocellular parathyroid tissue.

IMMUNOHISTOCHEMISTRY:
BRAF V600E mutation-specific immunostain (clone VE1), block A3: POSITIVE,
diffuse moderate cytoplasmic staining in tumor cells; non-neoplastic
follicular epithelium negative. The result is concordant with the BRAF
V600E mutation detected on the preoperative FNA molecular test.

COMMENT:
BRAF V600E is the most frequent driver alteration in papillary thyroid
carcinoma; RET/PTC rearrangements and RAS mutations are more typical of
radiation-associated and follicular-variant tumors respectively.

SYNOPTIC SUMMARY:
  Tumor focality:         Unifocal
  Histologic type:        Papillary carcinoma, classic
  Tumor size:             2.1 cm
  Extrathyroidal ext.:    Microscopic
  Margins:                Negative
  Lymph nodes:            2/6 positive, level VI
  pT1b(m) pN1a  [AJCC 8th: microscopic ETE does not upstage]

GROSS DESCRIPTION:
A. Total thyroidectomy, 24 g. Right lobe 5.0 x 2.4 x 2.0 cm; left lobe 4.6 x
   2.0 x 1.7 cm; isthmus 1.2 cm. Right lobe contains a firm white gritty
   nodule 2.1 cm. Entirely submitted right lobe (A1-A10), representative
   left lobe (A11-A14).

Pathologist Y, MD     (electronically signed 11/08/2021)
""", [
    L("BRAF","expression","positive"),
    L("BRAF","mutation","positive",alteration="V600E"),
])
