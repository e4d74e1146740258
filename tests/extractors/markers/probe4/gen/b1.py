from common import *

add(2001, "surgical", "breast mastectomy; ER/PR Allred, HER2 2+ then FISH not amplified, Ki-67; diagnostic IHC distractors", r"""
                         UNIVERSITY MEDICAL CENTER
                      DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE

SURGICAL PATHOLOGY REPORT

Patient: Patient A                          Accession #: S11-04417
MRN: 0000000                                Collected: 03/14/2011
DOB: --/--/1958  (Age: 52)   Sex: F         Received:  03/14/2011
Physician(s): Dr. Surgeon B                 Reported:  03/18/2011

FINAL DIAGNOSIS:
A. LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:
   - ONE LYMPH NODE, NEGATIVE FOR METASTATIC CARCINOMA (0/1).
   - CYTOKERATIN IMMUNOSTAIN NEGATIVE.

B. BREAST, LEFT, TOTAL MASTECTOMY:
   - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (TUBULES 3, NUCLEI 2,
     MITOSES 1; TOTAL SCORE 6/9), 2.3 CM IN GREATEST DIMENSION.
   - DUCTAL CARCINOMA IN SITU, CRIBRIFORM AND SOLID TYPES, INTERMEDIATE
     NUCLEAR GRADE, WITHOUT NECROSIS, COMPRISING <10% OF TUMOR.
   - NO LYMPHOVASCULAR INVASION IDENTIFIED.
   - ALL MARGINS NEGATIVE; CLOSEST (DEEP) MARGIN 0.6 CM.
   - NIPPLE AND SKIN UNREMARKABLE.
   - SEE SYNOPTIC REPORT AND ADDENDUM.

COMMENT:
E-cadherin immunostain shows strong membranous staining in the invasive
carcinoma, supporting the ductal phenotype. Stains for p63 and calponin
confirm the absence of myoepithelial cells around the invasive nests.
Prognostic markers (ER, PR, HER2) are being performed on block B4 and will
be reported in an addendum.

GROSS DESCRIPTION:
A. Received fresh labeled "left axillary sentinel node #1, hot, blue" is a
   1.4 x 1.0 x 0.6 cm lymph node. Serially sectioned and entirely submitted
   in A1-A2.
B. Received fresh labeled "left breast" is a 612 gram simple mastectomy
   specimen measuring 24 x 18 x 5 cm with an ellipse of skin 20 x 8 cm.
   Serial sectioning reveals a firm, stellate, tan-white mass 2.3 x 2.0 x
   1.8 cm in the upper outer quadrant, 0.6 cm from the deep margin.
   Representative sections submitted as follows: B1 nipple; B2-B6 tumor
   with deep margin; B7-B10 upper outer quadrant; B11-B14 remaining
   quadrants.

MICROSCOPIC DESCRIPTION:
Sections show an infiltrating carcinoma composed of nests and cords of
moderately pleomorphic cells with moderate amounts of eosinophilic
cytoplasm. Tubule formation is seen in less than 10% of the tumor.

                                                            Page 1 of 3
------------------------------------------------------------------------
SURGICAL PATHOLOGY REPORT             Patient A           S11-04417

SYNOPTIC REPORT - BREAST (INVASIVE CARCINOMA)
Procedure:                       Total mastectomy
Lymph Node Sampling:             Sentinel lymph node(s)
Specimen Laterality:             Left
Tumor Site:                      Upper outer quadrant
Histologic Type:                 Invasive ductal carcinoma (no special type)
Tumor Size:                      2.3 cm
Histologic Grade:                Nottingham grade 2
Ductal Carcinoma In Situ:        Present, intermediate grade
Lymph-Vascular Invasion:         Not identified
Margins:                         Uninvolved; closest deep 0.6 cm
Lymph Nodes:                     0 positive / 1 examined
Pathologic Staging (pTNM):       pT2 pN0(sn)
Ancillary Studies:               See addendum

------------------------------------------------------------------------
ADDENDUM #1  (03/21/2011)

BREAST PROGNOSTIC MARKERS (block B4)

ESTROGEN RECEPTOR (clone SP1):    POSITIVE
   Percentage of positive nuclei: 95%
   Intensity:                     Strong
   Allred score:                  8 (proportion 5 + intensity 3)

PROGESTERONE RECEPTOR (clone 1E2): POSITIVE
   Percentage of positive nuclei: 40%
   Intensity:                     Moderate
   Allred score:                  6 (proportion 4 + intensity 2)

HER2/neu (clone 4B5):             EQUIVOCAL (SCORE 2+)
   Weak to moderate complete membrane staining in approximately 30% of
   invasive tumor cells. HER2 FISH has been ordered and will be reported
   separately.

Ki-67 (MIB-1):                    25% of tumor nuclei

Interpretive criteria (ASCO/CAP): ER/PR positive if >=1% of tumor nuclei
stain. HER2: 0 = no staining; 1+ = faint incomplete membrane staining in
>10% of cells; 2+ = weak to moderate complete staining in >10%; 3+ = strong
complete staining in >10% of cells.
Controls: External positive and negative controls stained appropriately.
Internal normal ducts show the expected staining pattern.
                                                            Page 2 of 3
------------------------------------------------------------------------
SURGICAL PATHOLOGY REPORT             Patient A           S11-04417

ADDENDUM #2  (03/25/2011)

HER2 GENE AMPLIFICATION BY FLUORESCENCE IN SITU HYBRIDIZATION (block B4)
Probe: PathVysion HER-2 DNA Probe Kit (HER2/neu 17q11.2-q12, CEP17)
Number of invasive tumor cells counted:      40
Average HER2 signals per nucleus:            3.2
Average CEP17 signals per nucleus:           2.0
HER2/CEP17 ratio:                            1.6

RESULT: NOT AMPLIFIED

Interpretation: A ratio below 2.0 with average HER2 copy number below 4.0
signals/cell is interpreted as negative for HER2 gene amplification.
This test was developed and its performance characteristics determined by
the Cytogenetics Laboratory.

Electronically signed: Pathologist C, MD                   03/25/2011
                                                            Page 3 of 3
""", [
    L("ER","expression","positive",percent=95),
    L("PR","expression","positive",percent=40),
    L("HER2","expression","equivocal",ihc_score="2+"),
    L("HER2","amplification","negative",ratio=1.6),
    L("Ki-67","expression","reported",percent=25),
])

add(2002, "surgical", "lung lobectomy; PD-L1 TPS, ALK D5F3 negative, ROS1 IHC equivocal, EGFR pending in addendum 1 then exon 19 deletion in addendum 2; TTF-1/napsin distractors", r"""
SURGICAL PATHOLOGY REPORT
Memorial Community Hospital - Anatomic Pathology

Name: PATIENT B                         Case: SP-12-009931
Sex/Age: M / 67                         Date of Procedure: 06/02/2012
Submitting MD: Thoracic Surgeon D       Date Received: 06/02/2012

DIAGNOSIS:
Lung, right upper lobe, lobectomy:
  Adenocarcinoma, acinar predominant (acinar 60%, lepidic 25%, solid 15%),
  3.1 cm, invading visceral pleura (PL1; confirmed with elastic stain).
  Bronchial and vascular margins free of tumor.
  Metastatic adenocarcinoma in 1 of 3 hilar lymph nodes (1/3).
  Lymph nodes, station 4R and 7: no tumor (0/4 and 0/2).

  Immunostains: tumor cells are positive for TTF-1 and Napsin A and
  negative for p40 and CK5/6, consistent with primary pulmonary
  adenocarcinoma.

Gross Description:
A. "Level 4R lymph nodes" - multiple fragments of anthracotic tissue, 2.1 x
   1.5 x 0.5 cm in aggregate, entirely submitted (A1).
B. "Level 7" - two nodes, 1.3 and 0.8 cm, entirely submitted (B1).
C. "RUL" - lobectomy, 16 x 11 x 4 cm, 212 g. A 3.1 x 2.7 x 2.5 cm firm
   gray-white subpleural mass with overlying pleural puckering. Bronchial
   margin 3.8 cm. (C1 bronchial and vascular margins, C2-C7 tumor, C8
   hilar nodes, C9 uninvolved lung.)

CAP CANCER CHECKLIST - LUNG RESECTION
 Procedure ............................ Lobectomy
 Specimen Laterality .................. Right
 Tumor Focality ....................... Unifocal
 Histologic Type ...................... Invasive adenocarcinoma, acinar predominant
 Tumor Size ........................... 3.1 cm
 Visceral Pleura Invasion ............. Present (PL1)
 Lymphovascular Invasion .............. Not identified
 Margins .............................. Uninvolved
 Regional Lymph Nodes ................. 1/9 involved (hilar)
 pT ................................... pT2a
 pN ................................... pN1
 Ancillary Studies .................... See addendum

-------------------------------------------------------------------------
ADDENDUM 1                                             Date: 06/09/2012
Biomarker immunohistochemistry was performed on block C4.

 PD-L1 (22C3 pharmDx):  Tumor Proportion Score (TPS) 60%
                        Interpretation: HIGH PD-L1 expression (TPS >= 50%)
 ALK (D5F3, Ventana):   NEGATIVE (no granular cytoplasmic staining)
 ROS1 (D4D6):           EQUIVOCAL - weak, focal cytoplasmic staining in
                        about 20% of tumor cells; ROS1 FISH is recommended
                        for confirmation.

Specimen adequacy: >100 viable tumor cells present.
Appropriate controls performed with satisfactory results.

EGFR mutation analysis has been sent to the Molecular Diagnostics
Laboratory (block C4); results will be issued in a separate addendum.

-------------------------------------------------------------------------
ADDENDUM 2                                             Date: 06/16/2012
EGFR MUTATION ANALYSIS (real-time PCR; exons 18, 19, 20, 21)
Block tested: C4 (estimated tumor content 50%)

   RESULT:  MUTATION DETECTED - EXON 19 DELETION
            No exon 20 T790M, exon 20 insertion, G719X, S768I, L858R or
            L861Q mutation detected.

Comment: EGFR exon 19 deletions predict sensitivity to EGFR tyrosine kinase
inhibitors. ROS1 FISH was not performed given the presence of an EGFR
driver mutation.

Methodology: DNA extracted from macrodissected FFPE tissue was analysed
with the cobas EGFR Mutation Test. Limit of detection approximately 5%
mutant alleles.

Pathologist E, M.D.
""", [
    L("PD-L1","expression","positive",percent=60),
    L("ALK","expression","negative"),
    L("ROS1","expression","equivocal"),
    L("EGFR","mutation","positive",alteration="exon 19 deletion"),
])
# Note: EGFR 'No exon 20 T790M ... L858R' are sub-results of the same EGFR test -> covered by the single positive EGFR label? They are distinct negatives.

add(2003, "surgical", "right hemicolectomy; MMR loss MLH1/PMS2 with deficient interpretation; BRAF V600E negative in later addendum; KRAS offered on request (no label); MLH1 methylation pending", r"""
Department of Pathology
Regional Medical Center

PATIENT: Patient C        ACCESSION: S13-22105      SERVICE: General Surgery
AGE/SEX: 78 F             COLLECTED: 09/03/2013     ATTENDING: Dr. F

FINAL PATHOLOGIC DIAGNOSIS
RIGHT COLON, ILEOCECECTOMY (RIGHT HEMICOLECTOMY):
-- ADENOCARCINOMA, MODERATELY DIFFERENTIATED WITH MUCINOUS FEATURES (~30%
   EXTRACELLULAR MUCIN), ARISING IN THE CECUM, 5.5 CM.
-- TUMOR INVADES THROUGH THE MUSCULARIS PROPRIA INTO PERICOLIC ADIPOSE
   TISSUE (pT3).
-- PROMINENT TUMOR-INFILTRATING LYMPHOCYTES AND CROHN-LIKE LYMPHOID
   REACTION PRESENT.
-- TWENTY-TWO LYMPH NODES NEGATIVE FOR CARCINOMA (0/22).
-- PROXIMAL, DISTAL AND RADIAL MARGINS NEGATIVE.
-- APPENDIX WITH NO DIAGNOSTIC ABNORMALITY.

TUMOR SYNOPSIS (COLON AND RECTUM - RESECTION)
   Tumor site:                 Cecum
   Histologic type:            Adenocarcinoma
   Histologic grade:           Low grade (moderately differentiated)
   Tumor size:                 5.5 x 4.8 x 1.2 cm
   Tumor deposits:             Not identified
   Lymphovascular invasion:    Not identified
   Perineural invasion:        Not identified
   Tumor budding:              Low (0-4)
   Treatment effect:           No known presurgical therapy
   pTNM:                       pT3 pN0
   Mismatch repair IHC:        See below

GROSS DESCRIPTION: The specimen is received fresh, labeled with the patient's
name and "right colon", and consists of terminal ileum (8 cm), cecum and
ascending colon (21 cm) with attached appendix (6 cm). There is a
fungating, ulcerated mass in the cecum measuring 5.5 x 4.8 cm, located 4 cm
from the ileocecal valve. Cut surface is glistening and mucoid.
Sections: A1 proximal and distal margins; A2-A6 tumor; A7 radial margin;
A8-A15 lymph nodes; A16 appendix.

MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY (block A3):
   MLH1 ............... LOSS of nuclear expression
   PMS2 ............... LOSS of nuclear expression
   MSH2 ............... Intact nuclear expression
   MSH6 ............... Intact nuclear expression
   (Internal control: positive staining in lymphocytes and stromal cells.)

INTERPRETATION: ABNORMAL. Loss of MLH1 and PMS2 indicates mismatch repair
deficiency (dMMR). The pattern may be due to somatic MLH1 promoter
hypermethylation or, less commonly, germline MLH1 mutation (Lynch
syndrome). BRAF V600E mutation testing and MLH1 promoter methylation
analysis are recommended and have been ordered; results to follow.

COMMENT: KRAS and NRAS mutation testing is available on request for
patients being considered for anti-EGFR therapy.

Electronically signed out by Pathologist G, MD on 09/06/2013

                                                        Page 1 of 2
==========================================================================
S13-22105                         Patient C                      Page 2 of 2

ADDENDUM (09/15/2013) - BRAF MUTATION ANALYSIS
Test: BRAF codon 600 mutation analysis, allele-specific real-time PCR
Block: A3     Tumor cellularity: ~60%

RESULT:           NEGATIVE
                  No BRAF V600E mutation detected.

Interpretation: Absence of a BRAF V600E mutation in a tumor with loss of
MLH1/PMS2 does not exclude sporadic hypermethylation. MLH1 promoter
methylation results remain pending and will be reported separately.
Genetic counseling should be considered.

Addendum signed by Pathologist G, MD
""", [
    L("MLH1","expression","negative"),
    L("PMS2","expression","negative"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("MMR","signature","positive"),
    L("BRAF","mutation","negative"),
])

add(2004, "surgical", "endometrioid endometrial carcinoma hysterectomy; MMR all intact + proficient; p53 wild-type pattern (optional); ER/PR; HER2 not performed", r"""
ST. ELSEWHERE HOSPITAL                                    PATHOLOGY REPORT
----------------------------------------------------------------------------
Pt Name: Patient D               Path #: GYN-14-1187       Age: 61
Procedure date: 02/11/2014       Clinician: Dr. Gyn-Onc H
----------------------------------------------------------------------------

Final Diagnosis
1. Uterus, cervix, bilateral fallopian tubes and ovaries; total
   laparoscopic hysterectomy and bilateral salpingo-oophorectomy:
   a. Endometrioid adenocarcinoma, FIGO grade 2, of the endometrium.
   b. Tumor invades 6 mm of an 18 mm myometrial thickness (33%).
   c. No lymphovascular space invasion.
   d. Cervical stroma, parametria, serosa, tubes and ovaries: uninvolved.
   e. Background of atypical endometrial hyperplasia.
2. Lymph nodes, right pelvic sentinel: two nodes, negative (0/2).
3. Lymph nodes, left pelvic sentinel: one node, negative (0/1); ultrastaging
   with pancytokeratin (AE1/AE3) negative.

Synoptic Data (Endometrium)
  Histologic Type:             Endometrioid carcinoma, NOS
  FIGO Grade:                  2
  Myometrial Invasion:         Present, <50% (6 of 18 mm)
  Adenomyosis involvement:     Absent
  LVSI:                        Not identified
  Margins:                     Negative
  Lymph nodes:                 0/3
  pT / pN:                     pT1a  pN0(sn)
  FIGO stage (2009):           IA

Ancillary studies (performed on block 1E):
  Mismatch repair proteins
     MLH1   retained
     PMS2   retained
     MSH2   retained
     MSH6   retained
  Interpretation: No loss of nuclear expression of mismatch repair
  proteins (MMR proficient). This result makes Lynch syndrome unlikely but
  does not entirely exclude it.

  p53:   wild-type pattern of expression (variable nuclear staining)
  ER:    positive, 80% of tumor cells, strong intensity
  PR:    positive, approximately 60% of tumor cells, moderate to strong

  Note: HER2 testing is performed only on serous carcinoma and
  carcinosarcoma per departmental protocol and was not performed.

Gross
1. Received in formalin is a 142 g uterus with attached bilateral adnexa.
   The uterus measures 8.6 x 5.2 x 4.0 cm. The endometrial cavity contains
   an exophytic tan-pink mass 3.2 x 2.5 cm occupying the fundus. Cut
   section shows invasion into the inner half of the myometrium. Sections
   1A-1P submitted.
2-3. Sentinel lymph nodes, entirely submitted.

Pathologist I, MD, electronically signed 02/16/2014
""", [
    L("MLH1","expression","positive"),
    L("PMS2","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("MMR","signature","negative"),
    L("TP53","expression","positive",optional=True),
    L("ER","expression","positive",percent=80),
    L("PR","expression","positive",percent=60),
])

add(2005, "surgical", "gastrectomy; HER2 IHC 3+ (gastric criteria), PD-L1 CPS 8, MMR intact/proficient; claudin 18.2 and EBER distractors", r"""
                     SURGICAL PATHOLOGY CONSULTATION REPORT

Accession Number:  S15-33810                   Date Obtained: 10/22/2015
Patient:           Patient E                   Date Reported: 10/28/2015
Location:          5 West                       Physician: Dr. J

DIAGNOSIS:
   STOMACH, DISTAL (SUBTOTAL) GASTRECTOMY:
     - INVASIVE ADENOCARCINOMA, INTESTINAL TYPE (LAUREN), MODERATELY
       DIFFERENTIATED, ANTRUM, 4.2 CM.
     - TUMOR INVADES SUBSEROSAL CONNECTIVE TISSUE (pT3).
     - METASTATIC ADENOCARCINOMA IN 4 OF 19 PERIGASTRIC LYMPH NODES (4/19).
     - PROXIMAL AND DISTAL MARGINS FREE OF TUMOR (PROXIMAL 5.1 CM).
     - BACKGROUND: CHRONIC GASTRITIS WITH INTESTINAL METAPLASIA;
       HELICOBACTER IMMUNOSTAIN NEGATIVE.

BIOMARKER STUDIES (block A6):

   HER2 IMMUNOHISTOCHEMISTRY (4B5)
   Score: 3+ (POSITIVE)
   Strong complete and basolateral membranous reactivity in approximately
   40% of tumor cells (gastric scoring criteria, resection specimen).

   PD-L1 IMMUNOHISTOCHEMISTRY (22C3)
   Combined Positive Score (CPS): 8
   PD-L1 expression present (CPS >= 1).

   MISMATCH REPAIR PROTEINS
   MLH1: intact   MSH2: intact   MSH6: intact   PMS2: intact
   Result: proficient mismatch repair (pMMR).

   Other: Claudin 18.2 (43-14A) positive, moderate-to-strong membranous
   staining in 80% of tumor cells. EBER in situ hybridization negative.

COMMENT: HER2 ISH is not required for a 3+ immunohistochemical result.

GROSS DESCRIPTION: Received fresh is a distal gastrectomy specimen, 14 cm
along the greater curvature and 9 cm along the lesser curvature, with a
2.0 cm duodenal cuff. An ulcerated mass with heaped-up borders measures
4.2 x 3.6 cm and is located in the antrum 2.5 cm from the distal margin.
Omentum 18 x 10 x 2 cm unremarkable. Representative sections A1-A14.

MICROSCOPIC DESCRIPTION: Irregular, angulated glands lined by atypical
columnar cells infiltrate through the muscularis propria into subserosa.

Pathologist K, MD
""", [
    L("HER2","expression","positive",ihc_score="3+"),
    L("PD-L1","expression","positive",value="CPS 8"),
    L("MLH1","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("PMS2","expression","positive"),
    L("MMR","signature","negative"),
])
