"""Reports 8807-8812: Pacific Crest LIS print-outs (KRAS pyrosequencing, IDH/MGMT),
Harbourside (EGFR real-time PCR, ALK/ROS1 FISH), Meridian (ddPCR in plasma)."""
from __future__ import annotations

from common import L, patient
from engine import grey, rgb
from labs import WHITE, Harbourside, Meridian, PacificCrest

REPORTS = []


def report(rid, style, info, labels):
    def deco(fn):
        info.setdefault("name", patient(rid))
        REPORTS.append(dict(id=rid, style=style, info=info, fn=fn, labels=labels))
        return fn
    return deco


# ==== 8807 =====================================================================================
@report(8807, PacificCrest, dict(
    mrn="00-7714-392", dob="05/17/1953", sex="Male", lab_no="MD26-00871", acct="V00041189327",
    location="ONC INF", clinician="Deshawn P. Kettering, MD", pathologist="M. Trelawney, MD",
    printed="02/19/2026 17:02"), [
    L("KRAS", "mutation", "negative", ["KRAS: NO MUTATION DETECTED IN CODONS 12, 13 AND 61"]),
    L("EGFR", "mutation", "positive", ["EGFR L858R MUTATION DETECTED AT THAT TIME"],
      alteration="L858R", optional=True),
])
def r8807(d):
    d.pre("""
SPECIMEN:    SP26-04471 BLOCK B2 - LIVER, SEGMENT 7, NEEDLE CORE BIOPSY (FFPE)
COLLECTED:   02/11/2026 09:40        RECEIVED: 02/12/2026 14:02
REPORTED:    02/19/2026 16:55        STATUS:   FINAL

TEST:        KRAS MUTATION ANALYSIS - PYROSEQUENCING (CODONS 12, 13 AND 61)

CLINICAL HISTORY:
  METASTATIC COLORECTAL ADENOCARCINOMA TO LIVER. PRIMARY SIGMOID COLON RESECTED
  2019 (SP19-2231). REQUEST: EVALUATE FOR ANTI-EGFR THERAPY.

TUMOR CONTENT (PATHOLOGIST ESTIMATE):  45%  (MACRODISSECTED)
DNA CONCENTRATION:                     22 NG/UL     A260/280: 1.86

RESULT:
  KRAS: NO MUTATION DETECTED IN CODONS 12, 13 AND 61

  CODON   NUCLEOTIDES ANALYZED   MUTANT ALLELE (%)   CALL
  -----   --------------------   -----------------   ------------
  12      C.34, C.35             <5                  NOT DETECTED
  13      C.37, C.38             <5                  NOT DETECTED
  61      C.181, C.182, C.183    <5                  NOT DETECTED

  RUN CONTROLS:  WILD-TYPE CONTROL (HUMAN GENOMIC DNA) .......... PASS
                 MUTANT CONTROL (KRAS G12V CELL LINE DNA) ....... PASS (DETECTED, 48%)
                 NO-TEMPLATE CONTROL ............................ PASS

ADDITIONAL TESTS ON THIS ACCESSION:
  BRAF V600E (REAL-TIME PCR)   CANCELLED - INSUFFICIENT TUMOR IN REMAINING TISSUE
  NRAS (EXONS 2-4)             SENT OUT - RIDGEWAY REFERENCE LABS 02/13/2026,
                               REPORT TO FOLLOW
  MMR IHC (MLH1, PMS2,         SEE SURGICAL PATHOLOGY REPORT SP26-04471
    MSH2, MSH6)

COMMENT:
  THIS RESULT IS CONCORDANT WITH THE PRIOR KRAS TEST ON THE 2019 SIGMOID PRIMARY
  (SP19-2231: NO MUTATION DETECTED).
  NOTE: THE PATIENT ALSO HAS A HISTORY OF LUNG ADENOCARCINOMA, RIGHT LOWER LOBE
  (SP22-10982), WITH EGFR L858R MUTATION DETECTED AT THAT TIME. THE CURRENT LIVER
  LESION IS MORPHOLOGICALLY AND IMMUNOHISTOCHEMICALLY (CDX2+, CK20+, CK7-, TTF-1-)
  CONSISTENT WITH METASTASIS FROM THE COLORECTAL PRIMARY.

INTERPRETATION:
  WILD-TYPE KRAS AT CODONS 12, 13 AND 61. THIS ASSAY DOES NOT COVER KRAS CODONS
  59, 117 AND 146 OR ANY NRAS CODON. ELIGIBILITY FOR ANTI-EGFR ANTIBODY THERAPY
  SHOULD AWAIT THE EXTENDED RAS RESULT (NRAS PENDING, SEE ABOVE).
""", size=8.6, leading=10.4)
    d.space(10.4)
    d.pre("""
METHOD:
  DNA EXTRACTED FROM MACRODISSECTED FFPE SECTIONS WAS AMPLIFIED WITH BIOTINYLATED
  PRIMERS FLANKING KRAS CODONS 12/13 AND 61. SINGLE-STRANDED PRODUCTS WERE
  SEQUENCED BY PYROSEQUENCING AND THE MUTANT ALLELE PERCENTAGE WAS CALCULATED FROM
  PEAK HEIGHTS. PYROGRAMS REVIEWED BY TWO OPERATORS.

LIMITATIONS:
  LIMIT OF DETECTION APPROXIMATELY 5% MUTANT ALLELE. RESULTS BETWEEN 5% AND 10%
  ARE REPORTED AS 'LOW LEVEL' AND CONFIRMED BY REPEAT TESTING. A NEGATIVE RESULT
  DOES NOT EXCLUDE A MUTATION PRESENT BELOW THE LIMIT OF DETECTION OR OUTSIDE THE
  CODONS ANALYZED. THIS TEST WAS DEVELOPED AND ITS PERFORMANCE CHARACTERISTICS
  DETERMINED BY PACIFIC CREST MEDICAL CENTER MOLECULAR DIAGNOSTICS. IT HAS NOT
  BEEN CLEARED OR APPROVED BY THE US FOOD AND DRUG ADMINISTRATION.

PERFORMED BY: T. NAKAHARA, MLS(ASCP)MB      REVIEWED: 02/19/2026

ELECTRONICALLY SIGNED OUT BY: MARGARET O. TRELAWNEY, MD  02/19/2026 16:55
(CASE SIGN-OUT PATHOLOGIST)

                          *** END OF REPORT ***
""", size=8.6, leading=10.4)


# ==== 8808 =====================================================================================
@report(8808, PacificCrest, dict(
    mrn="00-8820-114", dob="09/30/1984", sex="Female", lab_no="MD26-01033", acct="V00041720055",
    location="NEURO 6W", clinician="Ingrid Haugland-Petros, MD", pathologist="R. Castellanos, MD",
    printed="03/04/2026 08:15"), [
    L("IDH1", "mutation", "positive", ["MUTATION DETECTED: C.395G>A P.R132H"], alteration="R132H"),
    L("IDH2", "mutation", "negative", ["IDH2 (EXON 4, CODON 172) ..... NO MUTATION DETECTED"]),
])
def r8808(d):
    d.pre("""
SPECIMEN:    SP26-05120 BLOCK A3 - BRAIN, LEFT FRONTAL LOBE, RESECTION (FFPE)
COLLECTED:   02/20/2026 11:10        RECEIVED: 02/23/2026 08:30
REPORTED:    03/03/2026 17:48        STATUS:   FINAL

TEST:        GLIOMA MOLECULAR PANEL
             (1) IDH1/IDH2 MUTATION ANALYSIS - PYROSEQUENCING
             (2) MGMT PROMOTER METHYLATION - BISULFITE PYROSEQUENCING

CLINICAL / PATHOLOGY:
  34 Y/O FEMALE, SEIZURES, NON-ENHANCING LEFT FRONTAL MASS. HISTOLOGY: DIFFUSE
  GLIOMA; INTEGRATED DIAGNOSIS PENDING MOLECULAR RESULTS.

TUMOR CONTENT:  80%

RESULTS
=======
  IDH1 (EXON 4, CODON 132) ..... MUTATION DETECTED: C.395G>A P.R132H
                                 (MUTANT ALLELE APPROX. 38%)
  IDH2 (EXON 4, CODON 172) ..... NO MUTATION DETECTED
  MGMT PROMOTER ................ METHYLATED

  MGMT DETAIL:  CPG SITE        74    75    76    77    78    MEAN
                % METHYLATION   31    36    38    33    32    34
                CUT-OFF FOR METHYLATED STATUS: MEAN >= 9%
                GREY ZONE: 5-8% (REPEAT / INTERPRET WITH CAUTION)

PENDING ON THIS CASE:
  1P/19Q CODELETION (FISH) ........ IN PROGRESS
  ATRX, P53 IMMUNOSTAINS .......... SEE SURGICAL PATHOLOGY ADDENDUM
  CDKN2A/B (FISH) ................. NOT REQUESTED

INTERPRETATION:
  AN IDH1 R132H MUTATION IS PRESENT. THIS IS THE MOST FREQUENT IDH MUTATION IN
  DIFFUSE GLIOMAS AND, IN CONJUNCTION WITH 1P/19Q STATUS, DEFINES IDH-MUTANT
  ASTROCYTOMA OR OLIGODENDROGLIOMA. THE FINAL INTEGRATED DIAGNOSIS WILL BE ISSUED
  AS AN ADDENDUM TO SP26-05120 WHEN THE 1P/19Q RESULT IS AVAILABLE.
  MGMT PROMOTER METHYLATION IS ASSOCIATED WITH BENEFIT FROM ALKYLATING
  CHEMOTHERAPY (TEMOZOLOMIDE).
""", size=8.6, leading=10.4)
    d.space(10.4)
    d.pre("""
BACKGROUND:
  IDH1 CODON 132 AND IDH2 CODON 172 MUTATIONS ARE FOUND IN MOST LOWER-GRADE
  DIFFUSE GLIOMAS OF ADULTS. IDH2 MUTATIONS ARE LESS COMMON (<5%) AND ARE MORE
  OFTEN SEEN IN OLIGODENDROGLIOMAS. IDH1 R132H CAN ALSO BE DETECTED BY
  IMMUNOHISTOCHEMISTRY (CLONE H09); NON-CANONICAL MUTATIONS (R132C, R132G, R132S,
  R132L) REQUIRE SEQUENCING.

METHOD:
  IDH: PCR OF IDH1 EXON 4 AND IDH2 EXON 4 FOLLOWED BY PYROSEQUENCING OF CODONS 132
  AND 172. LIMIT OF DETECTION 5-10% MUTANT ALLELE.
  MGMT: SODIUM BISULFITE CONVERSION OF 500 NG DNA, PCR OF MGMT EXON 1 PROMOTER
  REGION AND PYROSEQUENCING OF CPG SITES 74-78. FULLY METHYLATED AND UNMETHYLATED
  CONTROLS INCLUDED IN EACH RUN.
  IDH2 CODON 140 (SEEN IN MYELOID NEOPLASMS) IS NOT COVERED BY THIS ASSAY.

ELECTRONICALLY SIGNED OUT BY: RAFAEL CASTELLANOS, MD  03/03/2026 17:48

                          *** END OF REPORT ***
""", size=8.6, leading=10.4)


# ==== Harbourside helpers =======================================================================
def hh_head(d, s):
    d.heading(s, font="VeraBd", size=9.2, color=d.st.accent, rule=True, rule_color=grey(0.7),
              before=5, after=3)


def hh_sign(d, who, role, scientist, when):
    hh_head(d, "Authorisation")
    d.kv([("Laboratory scientist", scientist), ("Reporting pathologist", f"{who}, {role}"),
          ("Authorised", when)], keyw=120, size=8, kfont="Vera", font="VeraBd")


# ==== 8809 =====================================================================================
@report(8809, Harbourside, dict(
    mrn="HH0193377", dob="12/04/1966", sex="M", lab_no="26G-00318", collected="19/01/2026",
    clinician="Dr Lachlan Pereira-Moss", copy="Dr H. Tran (Respiratory)", spec_no="H26/1123",
    reported="28/01/2026"), [
    L("EGFR", "mutation", "positive", ["EGFR MUTATION DETECTED: exon 21 p.(Leu858Arg) L858R"],
      alteration="L858R"),
    L("ALK", "expression", "negative", ["ALK (D5F3) immunohistochemistry Negative (reported on H26/1123"]),
])
def r8809(d):
    d.para("EGFR Mutation Analysis - Tumour Tissue", font="VeraBd", size=12, after=4)
    d.kv([("Test", "cobas® EGFR Mutation Test v2 (allele-specific real-time PCR)"),
          ("Specimen", "CT-guided core biopsy, left lower lobe; referring laboratory block A1"),
          ("Histology", "Non-small cell carcinoma, favour adenocarcinoma (TTF-1 positive)"),
          ("Tumour cellularity", "30% of nucleated cells (assessed by Dr A. Kowalczyk)"),
          ("Macrodissection", "Performed (tumour-rich area circled on H&E)")],
         keyw=120, size=8.2)

    def res():
        d.para("EGFR MUTATION DETECTED: exon 21 p.(Leu858Arg) L858R", font="VeraBd", size=10.5,
               after=2)
        d.para("No other EGFR mutation targeted by the assay was detected.", size=8.2, after=0)
    d.box(res, fill=rgb(228, 243, 244), stroke=d.st.accent, lw=1, title="Result",
          title_fill=d.st.accent, title_color=WHITE, title_font="VeraBd")
    hh_head(d, "Targets and results")
    rows = [["18", "G719X (G719A, G719C, G719S)", "Not detected", "-"],
            ["19", "Exon 19 deletions (29 variants)", "Not detected", "-"],
            ["20", "S768I", "Not detected", "-"],
            ["20", "T790M", "Not detected", "-"],
            ["20", "Exon 20 insertions (5 variants)", "Not detected", "-"],
            ["21", "L858R", ("Detected", "VeraBd"), "11.42"],
            ["21", "L861Q", "Not detected", "-"]]
    d.table([50, 230, 120, 110], rows, header=["Exon", "Mutation(s)", "Result",
            "SQI*"], hfill=rgb(210, 232, 234), size=8, grid="h", line_color=grey(0.6))
    d.para("* Semi-quantitative index: a relative measure of the amount of mutant DNA, not a "
           "variant allele fraction. Valid run: mutant control and negative control within "
           "acceptance limits.", size=7.2, color=grey(0.3))
    hh_head(d, "Other biomarker results for this tumour")
    d.kv([("ALK (D5F3) immunohistochemistry", "Negative (reported on H26/1123, 22/01/2026)"),
          ("ROS1 FISH", "Requested 23/01/2026 - result to follow"),
          ("PD-L1 (SP263)", "Reported separately by Anatomical Pathology")], keyw=170, size=8.2,
         sep="")
    hh_head(d, "Interpretation")
    d.para("The EGFR exon 21 substitution p.(Leu858Arg) (c.2573T>G) is a common sensitising "
           "mutation in lung adenocarcinoma. Tumours harbouring this mutation usually respond to "
           "EGFR tyrosine kinase inhibitors; osimertinib is funded for first-line treatment of "
           "locally advanced or metastatic NSCLC with an EGFR exon 19 deletion or exon 21 L858R "
           "substitution. Testing for the resistance mutation T790M may be indicated at "
           "progression (tissue or plasma).", size=8.2)
    hh_head(d, "Method and limitations")
    d.para("DNA was extracted from two 10 µm FFPE sections after macrodissection. The assay "
           "detects 42 mutations in exons 18-21 of EGFR using allele-specific real-time PCR with "
           "a limit of detection of about 5% mutant allele for most targets. Mutations not "
           "targeted by the assay are not detected. Low tumour content may lead to false "
           "negative results. This assay does not distinguish somatic from germline variants.",
           size=7.8)
    hh_sign(d, "Dr Priya Ramanathan-Cole", "Pathologist (Genomic Diagnostics)", "J. Whitlam, "
            "Senior Scientist", "28/01/2026 15:21")


# ==== 8810 =====================================================================================
@report(8810, Harbourside, dict(
    mrn="HH0204518", dob="03/08/1979", sex="F", lab_no="26G-00455", collected="04/02/2026",
    clinician="Dr Mei-Ling Ashworth", copy="Thoracic MDT coordinator", spec_no="H26/2210",
    reported="13/02/2026"), [
    L("ALK", "fusion", "negative", ["NEGATIVE - no ALK rearrangement detected"]),
    L("ROS1", "fusion", "positive", ["POSITIVE - ROS1 rearrangement detected"]),
    L("ALK", "expression", "negative", ["ALK (D5F3): negative"]),
    L("ROS1", "expression", "positive", ["ROS1 (D4D6): positive"], percent=80),
    L("EGFR", "mutation", "negative", ["EGFR mutation testing on this specimen (26G-00452) found "
                                       "no mutation"]),
])
def r8810(d):
    d.para("ALK and ROS1 Fluorescence In Situ Hybridisation (FISH)", font="VeraBd", size=12,
           after=4)
    d.kv([("Specimen", "Right pleural biopsy (VATS), referring block 2"),
          ("Diagnosis", "Metastatic adenocarcinoma of lung origin"),
          ("Probes", "ALK (2p23) dual-colour break-apart; ROS1 (6q22) dual-colour break-apart"),
          ("Nuclei scored", "100 non-overlapping tumour nuclei per probe (two scientists, 50 "
           "each)")], keyw=100, size=8.2)
    hh_head(d, "Immunohistochemistry (same specimen, H26/2210)")
    d.para("ALK (D5F3): negative.", size=8.4, after=1)
    d.para("ROS1 (D4D6): positive, moderate to strong granular cytoplasmic staining in "
           "approximately 80% of tumour cells. Confirmatory ROS1 FISH requested.", size=8.4)
    hh_head(d, "ALK break-apart FISH")
    d.table([210, 90, 90, 110], [
        ["Fused / normal pattern", "47", "46", "93"],
        ["Split signals (>= 2 signal diameters apart)", "2", "2", "4"],
        ["Isolated 3' (red) signal", "1", "1", "2"],
        ["Isolated 5' (green) signal", "0", "1", "1"],
        [("Positive nuclei (split + isolated 3')", "VeraBd"), "3", "3", ("6 (6%)", "VeraBd")]],
        header=["Signal pattern", "Scorer 1 (50)", "Scorer 2 (50)", "Total (100)"],
        hfill=rgb(210, 232, 234), size=8, align=["left", "center", "center", "center"])
    d.para("ALK result: NEGATIVE - no ALK rearrangement detected", font="VeraBd", size=9, after=5)
    hh_head(d, "ROS1 break-apart FISH")
    d.table([210, 90, 90, 110], [
        ["Fused / normal pattern", "25", "26", "51"],
        ["Split signals (>= 2 signal diameters apart)", "21", "19", "40"],
        ["Isolated 3' (red) signal", "4", "4", "8"],
        ["Isolated 5' (green) signal", "0", "1", "1"],
        [("Positive nuclei (split + isolated 3')", "VeraBd"), "25", "23", ("48 (48%)", "VeraBd")]],
        header=["Signal pattern", "Scorer 1 (50)", "Scorer 2 (50)", "Total (100)"],
        hfill=rgb(210, 232, 234), size=8, align=["left", "center", "center", "center"])
    d.para("ROS1 result: POSITIVE - ROS1 rearrangement detected", font="VeraBd", size=9, after=5)
    d.para("Scoring criteria: a sample is positive when more than 15% of scored tumour nuclei "
           "show split or isolated 3' signals; 10-50% positive nuclei on the first 50 triggers a "
           "second reader. Isolated 5' signals are not counted as positive.", size=7.6,
           color=grey(0.3))
    hh_head(d, "Interpretation")
    d.para("ROS1 gene rearrangement is present, concordant with the ROS1 immunohistochemistry. "
           "ROS1-rearranged lung cancers are sensitive to ROS1 tyrosine kinase inhibitors such as "
           "crizotinib, entrectinib and repotrectinib. FISH does not identify the fusion partner; "
           "RNA-based fusion testing can be arranged on request. No ALK rearrangement was "
           "detected, consistent with the negative ALK immunohistochemistry.", size=8.2)
    d.para("EGFR mutation testing on this specimen (26G-00452) found no mutation and is reported "
           "separately.", size=8.2)
    hh_head(d, "Method")
    d.para("Four µm FFPE sections were pretreated, hybridised overnight with directly labelled "
           "break-apart probes and counterstained with DAPI. Signals were enumerated on a "
           "fluorescence microscope with appropriate filter sets. External quality assessment: "
           "participating laboratory in the RCPA QAP molecular pathology program.", size=7.8)
    hh_sign(d, "Dr Priya Ramanathan-Cole", "Pathologist (Genomic Diagnostics)", "S. Fakatava and "
            "R. Brennan, Scientists", "13/02/2026 10:02")


# ==== Meridian helpers ==========================================================================
def mc_head(d, s):
    d.heading(s, size=9.6, color=d.st.accent, rule=False, before=6, after=3)


def mc_sign(d, who, when):
    d.space(4)
    d.para(f"Verified and signed: {who}", font="Helvetica-Bold", size=8.6, after=0)
    d.para(f"Date/time: {when}", size=8.6, after=2)


# ==== 8811 =====================================================================================
@report(8811, Meridian, dict(
    mrn="4471-0926", dob="1958-10-02", sex="F", lab_no="MCC-26-0214",
    clinician="Dr. Hélène Tremblay-Quist", collected="2026-02-10", received="2026-02-10",
    reported="2026-02-13"), [
    L("EGFR", "mutation", "positive", ["EGFR T790M resistance mutation DETECTED"],
      alteration="T790M"),
    L("EGFR", "mutation", "positive", ["Sensitising EGFR exon 19 deletion (p.E746_A750del) "
                                       "also DETECTED"], alteration="E746_A750del"),
])
def r8811(d):
    d.para("Circulating Tumour DNA Analysis - EGFR by Droplet Digital PCR (ddPCR)",
           font="Helvetica-Bold", size=12, color=d.st.accent, after=4)
    d.kv([("Specimen", "Peripheral blood, 2 x 10 mL cell-free DNA collection tubes; plasma "
           "volume 8.2 mL"),
          ("cfDNA yield", "12.4 ng per mL of plasma"),
          ("Clinical information", "Metastatic lung adenocarcinoma, EGFR exon 19 deletion "
           "(p.E746_A750del) in diagnostic biopsy 2023. Radiological progression on gefitinib. "
           "Query T790M."),
          ("Assays requested", "EGFR T790M; EGFR exon 19 deletion; EGFR L858R")],
         keyw=110, size=8.5)

    def res():
        d.para("EGFR T790M resistance mutation DETECTED in plasma (fractional abundance 0.80%)",
               font="Helvetica-Bold", size=10, after=2)
        d.para("Sensitising EGFR exon 19 deletion (p.E746_A750del) also DETECTED (fractional "
               "abundance 2.3%)", size=9, after=0)
    d.box(res, fill=rgb(244, 240, 250), stroke=d.st.accent, lw=1, radius=6, pad=8)
    mc_head(d, "Quantitative results")
    rows = [["EGFR p.T790M (c.2369C>T)", "14.2", "1,760", "0.80%", ("DETECTED", "Helvetica-Bold")],
            ["EGFR exon 19 del (p.E746_A750del)", "41.0", "1,740", "2.3%",
             ("DETECTED", "Helvetica-Bold")],
            ["EGFR p.L858R (c.2573T>G)", "0", "1,800", "< 0.1%", "Not detected"]]
    d.table([175, 80, 85, 85, 91], rows, header=["Assay", "Mutant copies / mL",
            "Wild-type copies / mL", "Fractional abundance", "Call"], hfill=rgb(230, 222, 242),
            size=8.2, align=["left", "right", "right", "right", "left"])
    d.para("Fractional abundance = mutant copies / (mutant + wild-type copies). Each assay was "
           "run in duplicate wells; results are the merged wells. Positive calls require at least "
           "3 mutant droplets. Analytical limit of detection: 0.1% fractional abundance at 20 ng "
           "cfDNA input.", size=7.8, color=grey(0.3))
    mc_head(d, "Run quality control")
    d.table([175, 170, 171], [
        ["T790M positive control (1% reference)", "0.94% measured", "PASS"],
        ["Wild-type control (pooled donor cfDNA)", "0 mutant droplets", "PASS"],
        ["No-template control", "0 droplets (all assays)", "PASS"],
        ["Accepted droplets per well", "13,900 - 16,200", "PASS (>= 10,000)"]],
        size=8, grid="h", font="Helvetica")
    mc_head(d, "Interpretation")
    d.para("The T790M gatekeeper mutation is present in circulating tumour DNA together with the "
           "original sensitising exon 19 deletion, consistent with acquired resistance to "
           "first- or second-generation EGFR tyrosine kinase inhibitors through T790M. Patients "
           "with T790M-positive disease are candidates for osimertinib. The ratio of T790M to "
           "the sensitising mutation (approximately 0.35) suggests T790M is present in a "
           "subclone.", size=8.5)
    d.para("Had T790M not been detected, tissue re-biopsy would have been recommended, because "
           "a negative plasma result does not exclude T790M in the tumour.", size=8.5)
    mc_head(d, "Limitations")
    d.para("ddPCR detects only the specific variants targeted by each assay. Low tumour DNA "
           "shedding (for example, intracranial-only progression) can give false negative "
           "results. Clonal haematopoiesis is not a known source of EGFR variants but cannot be "
           "formally excluded. This laboratory-developed test was validated in-house.", size=8.2)
    mc_sign(d, "Dr. Omar Haddad-Lindqvist, PhD, FCCMG, Clinical Molecular Geneticist",
            "2026-02-13 16:40")


# ==== 8812 =====================================================================================
@report(8812, Meridian, dict(
    mrn="5210-3381", dob="1949-04-27", sex="M", lab_no="MCC-26-0288",
    clinician="Dr. Ravi Chandrasekar", collected="2026-02-24", received="2026-02-24",
    reported="2026-02-27"), [
    L("KRAS", "mutation", "positive", ["Known tumour KRAS status: p.G12C (c.34G>T)"],
      alteration="G12C"),
    L("KRAS", "mutation", "negative", ["KRAS G12C: NOT DETECTED"]),
])
def r8812(d):
    d.para("ctDNA Monitoring - KRAS G12C Droplet Digital PCR", font="Helvetica-Bold", size=12,
           color=d.st.accent, after=4)
    d.kv([("Specimen", "Plasma from 10 mL blood (cfDNA tube); 4.6 mL plasma processed"),
          ("Clinical information", "Metastatic lung adenocarcinoma on sotorasib since 2025-09. "
           "Restaging CT pending."),
          ("Known tumour KRAS status", "p.G12C (c.34G>T), detected in the resection specimen "
           "by NGS (external report RRL-25-118804, 2025-08)")], keyw=130, size=8.5)

    def res():
        d.para("KRAS G12C: NOT DETECTED", font="Helvetica-Bold", size=11, after=2)
        d.para("0 mutant droplets in 2 replicate wells; 14,820 wild-type copies analysed "
               "(limit of detection 0.1%).", size=8.6, after=0)
    d.box(res, fill=rgb(244, 240, 250), stroke=d.st.accent, lw=1, radius=6, pad=8,
          title="Result for this sample", title_fill=rgb(230, 222, 242))
    mc_head(d, "Serial monitoring (KRAS G12C fractional abundance)")
    d.table([110, 120, 130, 156], [
        ["2025-09-02", "MCC-25-0771", "3.1%", "Detected (baseline)"],
        ["2025-11-18", "MCC-25-1140", "0.42%", "Detected"],
        ["2026-02-24", "MCC-26-0288", "0.00%", "Not detected (this sample)"]],
        header=["Collection date", "Lab #", "Fractional abundance", "Call"],
        hfill=rgb(230, 222, 242), size=8.4)
    mc_head(d, "Run controls")
    d.table([200, 170, 146], [
        ["KRAS G12C reference standard (1%)", "0.96% measured", "PASS"],
        ["Wild-type genomic DNA", "0 mutant droplets", "PASS"],
        ["No-template control", "No droplets", "PASS"]], size=8, grid="h")
    mc_head(d, "Interpretation")
    d.para("KRAS G12C circulating tumour DNA, detectable at baseline and at the November "
           "sample, is no longer detected. Clearance of ctDNA on treatment has been associated "
           "with radiological response; however, an undetectable result does not exclude "
           "residual disease, and should be interpreted together with imaging.", size=8.5)
    d.para("This assay targets KRAS c.34G>T (G12C) only. Other KRAS variants, and resistance "
           "alterations emerging on G12C inhibitor therapy (for example KRAS G12D, G12V, G13D, "
           "Y96D, MET amplification), are not detected. If progression is suspected, a broader "
           "plasma NGS panel is recommended.", size=8.5)
    mc_head(d, "Method")
    d.para("Cell-free DNA extracted from plasma was partitioned into about 20,000 droplets per "
           "well with a KRAS G12C mutant probe (FAM) and a wild-type probe (HEX). Droplets were "
           "counted on a two-colour droplet reader and concentrations calculated by Poisson "
           "statistics.", size=8.2)
    mc_sign(d, "Dr. Omar Haddad-Lindqvist, PhD, FCCMG, Clinical Molecular Geneticist",
            "2026-02-27 12:05")
