from common import *

add(2018, "surgical", "lung core biopsy + in-house molecular addendum under headings: EGFR neg, KRAS G12C, BRAF neg, ALK FISH not rearranged, PD-L1 TPS 30%; background sentence", r"""
CT-GUIDED LUNG BIOPSY                               SURGICAL PATHOLOGY
Accession: S19-20877        Patient: Patient R        DOB: --/--/1949
Collected: 04/15/2019       Received: 04/15/2019      Ordering: Dr. AK (Pulm)

FINAL DIAGNOSIS:
LUNG, LEFT LOWER LOBE, CT-GUIDED CORE NEEDLE BIOPSY:
   NON-SMALL CELL CARCINOMA, FAVOR ADENOCARCINOMA (SEE COMMENT).

COMMENT: Tumor cells are positive for TTF-1 and negative for p40, which
supports adenocarcinoma. Tissue was conserved for molecular studies.
Approximately 35% tumor cellularity in cores 2-3 (block A2).

----------------------------------------------------------------------
MOLECULAR PATHOLOGY ADDENDUM (04/26/2019)
Specimen: A2       Tumor content after macrodissection: ~40%

EGFR (exons 18, 19, 20, 21) - next-generation sequencing hotspot panel
   Result: No mutation detected

KRAS (exons 2, 3, 4)
   Result: c.34G>T (p.G12C) - DETECTED  (variant allele frequency 18%)

BRAF (exon 15)
   Result: Not detected

ALK REARRANGEMENT (FISH, Vysis LSI ALK Dual Color Break Apart)
   Nuclei scored: 100
   Split / isolated 3' (red) signals: 8%
   Result: NEGATIVE for ALK rearrangement (cut-off >=15%)

PD-L1 IHC (22C3)
   Tumor proportion score: 30%
   Interpretation: PD-L1 expression positive, low (TPS 1-49%)

INTERPRETATION
KRAS G12C is a targetable driver (sotorasib/adagrasib). KRAS mutations are
found in about 25-30% of lung adenocarcinomas in Western populations and are
generally mutually exclusive with EGFR and ALK alterations.
ROS1 testing was not performed because a driver alteration was identified.

Methods: Targeted amplicon NGS (hotspot panel, 50 genes); analytical
sensitivity 5% VAF at 500x coverage. FISH per manufacturer's protocol.
This test was developed and its performance characteristics determined by
the laboratory. It has not been cleared or approved by the FDA.

Molecular Pathologist AL, MD
""", [
    L("EGFR","mutation","negative"),
    L("KRAS","mutation","positive",alteration="G12C"),
    L("BRAF","mutation","negative"),
    L("ALK","fusion","negative"),
    L("PD-L1","expression","positive",percent=30),
])

add(2019, "surgical", "CRC liver metastasis; extended RAS/BRAF pyrosequencing all wild type; HER2 IHC 1+; MMR of primary referred to (optional)", r"""
Surgical Pathology Report                                 Page 1 of 2

Patient: Patient S                 Accession: S17-31250
Sex: F   Age: 59                   Date of procedure: 08/08/2017
Attending physician: Dr. AM, Hepatobiliary Surgery

FINAL DIAGNOSIS:
LIVER, SEGMENT 6/7, PARTIAL HEPATECTOMY:
  - METASTATIC ADENOCARCINOMA, CONSISTENT WITH COLORECTAL PRIMARY
    (CK20+/CDX2+/CK7-), TWO NODULES, 3.4 CM AND 1.1 CM.
  - TREATMENT RESPONSE: approximately 40% residual viable tumor
    (60% necrosis/fibrosis).
  - PARENCHYMAL MARGIN NEGATIVE, CLOSEST 0.4 CM.
  - BACKGROUND LIVER: mild steatosis (10%), no fibrosis.

COMMENT:
Mismatch repair status: please refer to the primary sigmoid colon
resection (S16-22871), which showed intact expression of all four MMR
proteins.

GROSS DESCRIPTION:
Received fresh is a nonanatomic liver resection, 9.5 x 7.0 x 4.5 cm, 142 g,
with a cauterized parenchymal margin inked black. Two well-circumscribed
tan-yellow nodules, 3.4 and 1.1 cm. Sections A1-A10.

==========================================================================
Surgical Pathology Report   Patient S   S17-31250             Page 2 of 2

ADDENDUM - RAS/BRAF MUTATION ANALYSIS (09/01/2017)
Block A3, tumor cellularity 50%. Method: pyrosequencing.

  Gene   Region tested                         Result
  KRAS   exon 2 (codons 12, 13)                Wild type
         exon 3 (codons 59, 61)                Wild type
         exon 4 (codons 117, 146)              Wild type
  NRAS   exon 2 (codons 12, 13)                Wild type
         exon 3 (codons 59, 61)                Wild type
         exon 4 (codons 117, 146)              Wild type
  BRAF   exon 15 (codon 600)                   Wild type

INTERPRETATION: No mutation detected in KRAS, NRAS or BRAF (RAS/BRAF wild
type). These results do not exclude mutations outside the regions tested
or present below the limit of detection (~5% mutant alleles).

ADDENDUM 2 - HER2 IMMUNOHISTOCHEMISTRY (09/05/2017)
HER2 (4B5): Score 1+ (negative). Faint/barely perceptible membranous
staining in ~20% of tumor cells. (HERACLES criteria: 3+ in >=50% of cells
required for HER2 positivity in colorectal cancer.)

Pathologist AN, MD
""", [
    L("KRAS","mutation","negative"),
    L("NRAS","mutation","negative"),
    L("BRAF","mutation","negative"),
    L("HER2","expression","negative",ihc_score="1+"),
    L("MMR","signature","negative",optional=True),
    L("MLH1","expression","positive",optional=True),
    L("MSH2","expression","positive",optional=True),
    L("MSH6","expression","positive",optional=True),
    L("PMS2","expression","positive",optional=True),
])

add(2020, "surgical", "oligodendroglioma; IDH1 R132H IHC positive, p53 IHC negative, Ki-67 8%, NGS addendum IDH1 R132H; 1p/19q, ATRX, CDKN2A out of scope", r"""
NEUROPATHOLOGY CONSULTATION                              NP-25-0877
Patient: Patient T        Age: 38        Sex: M
Procedure: Right frontal craniotomy, tumor resection (05/12/2025)

DIAGNOSIS (integrated, WHO CNS5 2021):
  Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, CNS WHO grade 2.
  - Histology: diffuse glioma with oligodendroglial morphology, rare
    mitoses, no microvascular proliferation or necrosis.

IMMUNOHISTOCHEMISTRY:
  IDH1 R132H ......... POSITIVE (diffuse cytoplasmic and nuclear staining)
  ATRX ............... Retained
  p53 ................ Negative (<5% of tumor nuclei, weak)
  OLIG2 .............. Positive
  Ki-67 .............. Proliferation index approximately 8%

MOLECULAR:
  1p/19q (FISH): co-deletion present (1p36 / 1q25 ratio 0.55; 19q13 / 19p13
  ratio 0.52).
  CDKN2A: homozygous deletion not detected.

COMMENT: The findings are diagnostic of oligodendroglioma, IDH-mutant and
1p/19q-codeleted. CNS WHO grade 2 is assigned in the absence of brisk
mitotic activity, microvascular proliferation or necrosis.

---------------------------------------------------------------------
ADDENDUM (06/02/2025) - Targeted glioma NGS panel (DNA)
Tumor content: 70%

  Gene    Variant                          VAF    Classification
  IDH1    c.395G>A  p.(Arg132His)          41%    Pathogenic (Tier I)
  TERT    c.-124C>T (promoter, C228T)      38%    Pathogenic
  CIC     c.601C>T  p.(Arg201Trp)          35%    Likely pathogenic
  FUBP1   c.1123G>T p.(Glu375*)            30%    Likely pathogenic

  No pathogenic variants detected in IDH2, ATRX, TP53, H3F3A, BRAF.

Neuropathologist AO, MD
""", [
    L("IDH1","expression","positive"),
    L("TP53","expression","negative"),
    L("Ki-67","expression","reported",percent=8),
    L("IDH1","mutation","positive",alteration="R132H"),
    L("IDH2","mutation","negative"),
    L("TP53","mutation","negative"),
    L("BRAF","mutation","negative"),
])

add(2021, "surgical", "HER2-positive breast re-excision; HER2 3+ and FISH amplified ratio 5.8; ER <1% negative, PR 0%, Ki-67 40%", r"""
SURGICAL PATHOLOGY

PATIENT: Patient U             ACCESSION: S14-15560    DATE: 07/22/2014
SEX: F    AGE: 49              PHYSICIAN: Dr. AP

DIAGNOSIS:
A. RIGHT BREAST, SEGMENTAL MASTECTOMY:
   INVASIVE DUCTAL CARCINOMA, POORLY DIFFERENTIATED (GRADE 3 OF 3;
   SBR 3+3+2=8), MEASURING 2.6 CM.
   DCIS, HIGH GRADE, SOLID AND COMEDO TYPES, EXTENSIVE (~30%), WITH
   MICROCALCIFICATIONS.
   LYMPHOVASCULAR INVASION PRESENT.
   INVASIVE CARCINOMA EXTENDS TO WITHIN 0.1 CM OF THE LATERAL MARGIN.
B. RIGHT BREAST, NEW LATERAL MARGIN, RE-EXCISION:
   BENIGN BREAST TISSUE WITH BIOPSY-SITE REACTION; NO RESIDUAL CARCINOMA.
   NEW FINAL MARGIN NEGATIVE.
C. RIGHT AXILLARY SENTINEL LYMPH NODES (3):
   MACROMETASTASIS IN 1 OF 3 NODES (8 MM), NO EXTRANODAL EXTENSION.

PROGNOSTIC/PREDICTIVE MARKERS (block A4):
ER:     NEGATIVE (<1% nuclear staining)
PR:     NEGATIVE (0%)
HER-2/neu IHC:  POSITIVE (3+), strong circumferential membrane staining in
                90% of invasive cells
HER-2/neu FISH (performed for confirmation at clinician request):
                HER2/CEP17 ratio 5.8; mean HER2 copy number 12.1 per cell
                -> AMPLIFIED
Ki-67:  40%

COMMENT: The tumor is hormone receptor negative and HER2 positive
("HER2-enriched" phenotype). Ki-67 scored by eyeball estimate in hot spots.

GROSS: A. Segmental mastectomy, 8.5 x 6.0 x 4.0 cm, oriented with sutures
(short superior, long lateral). Firm mass 2.6 x 2.2 x 2.0 cm, 0.1 cm from
lateral margin. A1-A16. B. Re-excision 3.0 x 2.0 x 1.2 cm, new margin
inked blue, B1-B4. C. Three lymph nodes, 0.8-1.6 cm, C1-C4.

Pathologist AQ, MD
""", [
    L("ER","expression","negative",value="<1%"),
    L("PR","expression","negative",percent=0),
    L("HER2","expression","positive",ihc_score="3+"),
    L("HER2","amplification","positive",ratio=5.8),
    L("Ki-67","expression","reported",percent=40),
])

add(2022, "surgical", "GEJ biopsy; HER2 IHC 2+ then ISH not amplified (ratio 1.8); PD-L1 CPS <1 negative; MMR four proteins intact without panel interpretation (MMR optional)", r"""
GASTROINTESTINAL PATHOLOGY
FINAL REPORT

Acc No.: GI-24-11932      Pt: Patient V          M / 72
Procedure: EGD with biopsy, 09/30/2024     Endoscopist: Dr. AR

Diagnosis:
Gastroesophageal junction, mass, endoscopic biopsies:
  Invasive adenocarcinoma, poorly differentiated (diffuse and glandular
  components); background Barrett esophagus with high-grade dysplasia.

Biomarker results (block A1):
  HER2 IHC (4B5) ............. 2+ (equivocal) in a cluster of ~15 cells
                               with weak-moderate basolateral membrane
                               staining (biopsy criteria)
  HER2 ISH (dual probe) ...... HER2/CEP17 ratio 1.8; average HER2 copy
                               number 3.6/cell -> Not amplified
  PD-L1 (22C3) ............... CPS <1 (negative)
  MMR IHC .................... MLH1 intact, PMS2 intact, MSH2 intact,
                               MSH6 intact

Note: Claudin 18.2 (43-14A) has been ordered on block A2 and will be
reported in an addendum.

Specimen: Received in formalin are six fragments of tan mucosa 0.2-0.5 cm,
entirely submitted in A1-A2. Fixation: 6-72 h.

Pathologist AS, MD                                   Page 1 of 1
""", [
    L("HER2","expression","equivocal",ihc_score="2+"),
    L("HER2","amplification","negative",ratio=1.8),
    L("PD-L1","expression","negative",value="CPS <1"),
    L("MLH1","expression","positive"),
    L("PMS2","expression","positive"),
    L("MSH2","expression","positive"),
    L("MSH6","expression","positive"),
    L("MMR","signature","negative",optional=True),
])
