"""Reports 8825-8830: Northgate (amended EGFR after a failed run), St. Columba's (MSI-L with
intact MMR), Wexcombe (EGFR exon 20 insertion; amended KRAS), Eastmoor (glioblastoma with
EGFR FISH), Harbourside (22-gene lung panel)."""
from __future__ import annotations

from common import L, patient
from engine import grey, rgb
from labs import WHITE, Eastmoor, Harbourside, Northgate, StColumba, Wexcombe
from reports_a import ng_head, ng_signoff, sc_head, sc_sign
from reports_b import hh_head, hh_sign
from reports_c import em_head, em_sign

REPORTS = []


def report(rid, style, info, labels):
    def deco(fn):
        info.setdefault("name", patient(rid))
        REPORTS.append(dict(id=rid, style=style, info=info, fn=fn, labels=labels))
        return fn
    return deco


# ==== 8825 =====================================================================================
@report(8825, Northgate, dict(
    status="AMENDED REPORT (amendment 1)", mrn="NG6120448", dob="21/01/1962", sex="Male",
    lab_no="MP26-01190", spec_no="H26-06604 / H26-07315", block="B1 (repeat sample)",
    received="20/02/2026", reported="24/02/2026", clinician="Dr L. Abiodun-Grant",
    location="Lung Cancer CNS", pathologist="Dr E. Fairbrother", printed="24/02/2026 12:31"), [
    L("EGFR", "mutation", "negative", ["EGFR: NO MUTATION DETECTED in the regions tested"]),
])
def r8825(d):
    def amend():
        d.para("AMENDMENT 1 - issued 24/02/2026", font="Helvetica-Bold", size=10, after=2)
        d.para("This amended report supersedes the report issued on 17/02/2026, in which EGFR "
               "analysis of block A1 was reported as failed. A second sample (endobronchial "
               "biopsy H26-07315, block B1) was received on 20/02/2026 and analysed "
               "successfully. The result below replaces the previous report.", size=8.8,
               after=0)
    d.box(amend, fill=rgb(255, 246, 222), stroke=rgb(180, 120, 0), lw=1.2)
    ng_head(d, "TEST REQUESTED")
    d.kv([("Test", "EGFR mutation analysis by real-time PCR*"),
          ("Indication", "Non-small cell lung carcinoma (adenocarcinoma), stage IV; ex-smoker"),
          ("Repeat specimen", "Endobronchial biopsy, left upper lobe bronchus, block B1"),
          ("Neoplastic cell content", "approximately 50%")], keyw=120, size=8.8)

    def res():
        d.para("EGFR: NO MUTATION DETECTED in the regions tested", font="Helvetica-Bold",
               size=12, after=0)
    d.box(res, fill=rgb(232, 238, 248), stroke=d.st.accent, title="RESULT (block B1)",
          title_fill=d.st.accent, title_color=WHITE)
    rows = [["18", "G719X", "Not detected"], ["19", "Deletions (19 variants)", "Not detected"],
            ["20", "S768I", "Not detected"], ["20", "T790M", "Not detected"],
            ["20", "Insertions (3 variants)", "Not detected"], ["21", "L858R", "Not detected"],
            ["21", "L861Q", "Not detected"]]
    d.table([60, 280, 163], rows, header=["Exon", "Mutations detected by the kit", "Result"],
            hfill=grey(0.88), zebra=grey(0.96), size=8.3)
    d.kv([("Control reaction", "Ct 26.1: VALID"), ("Limit of detection", "1-5% mutant DNA")],
         keyw=110, size=8.4)
    ng_head(d, "INTERPRETATION")
    d.para("No EGFR mutation was detected among the variants covered by this assay. A negative "
           "result does not exclude an EGFR mutation not targeted by the kit or present below "
           "the limit of detection. As the result is negative, referral for a broader "
           "next-generation sequencing panel (including ALK, ROS1, RET and NTRK fusions, KRAS "
           "G12C, BRAF V600E, MET exon 14 skipping and HER2 mutations) is recommended if not "
           "already arranged through the Genomic Laboratory Hub.", size=8.8)
    ng_head(d, "ORIGINAL REPORT OF 17/02/2026 (SUPERSEDED - RETAINED FOR AUDIT)")
    d.para("Specimen: EBUS-TBNA, station 7, cell block A1 (H26-06604). Neoplastic cell content "
           "approximately 10%.", size=8.4, color=grey(0.35))
    d.para("Result: EGFR mutation analysis - TEST FAILED. Reason: insufficient amplifiable DNA "
           "(control reaction Ct 35.9, outside the valid range 23.70 to 31.10). A further "
           "sample was requested.", size=8.4, color=grey(0.35))
    d.page_break()
    ng_head(d, "METHOD")
    d.para("DNA was extracted from 5 µm FFPE sections and tested with an allele-specific "
           "real-time PCR kit targeting 19 exon 19 deletions, L858R, T790M, G719X, S768I, L861Q "
           "and three exon 20 insertions. Calls are made from the dCt between each mutation "
           "reaction and the control reaction.", size=8.6)
    ng_head(d, "LIMITATIONS")
    d.para("Low neoplastic content, necrosis and poorly preserved DNA can cause failure or false "
           "negative results. Cytology cell blocks with fewer than 100 tumour cells are often "
           "insufficient. This test does not distinguish germline from somatic variants. "
           "* Not within the schedule of accreditation for endobronchial biopsies.", size=8.4)
    ng_signoff(d, "Dr Miriam Castellano-Reid", "Consultant Clinical Scientist", "24/02/2026 12:20",
               second="Amendment authorised by the same scientist; clinician informed by "
               "telephone 24/02/2026.")


# ==== 8826 =====================================================================================
@report(8826, StColumba, dict(
    mrn="1004289", dob="09/09/1964", sex="F", lab_no="CMD-26-0502", spec_no="SC26-14851",
    received="04/03/2026", reported="11/03/2026", clinician="Dr Gráinne Ó Súilleabháin",
    printed="11/03/2026"), [
    L("MSI", "signature", "negative", ["MSI-LOW (MSI-L)"]),
    L("MMR", "signature", "negative", ["MISMATCH REPAIR PROFICIENT (pMMR)"]),
    L("MLH1", "expression", "positive", ["MLH1 ES05 Intact nuclear expression"]),
    L("PMS2", "expression", "positive", ["PMS2 EP51 Intact nuclear expression"]),
    L("MSH2", "expression", "positive", ["MSH2 G219-1129 Intact nuclear expression"]),
    L("MSH6", "expression", "positive", ["MSH6 EP49 Intact nuclear expression"]),
])
def r8826(d):
    d.para("MISMATCH REPAIR AND MICROSATELLITE INSTABILITY REPORT", font="Times-Bold", size=13,
           align="center", after=6)
    d.kv([("Specimen", "Total hysterectomy and bilateral salpingo-oophorectomy, block 3B"),
          ("Diagnosis", "Endometrioid carcinoma of the endometrium, FIGO grade 2, "
           "myometrial invasion > 50%"),
          ("Indication", "Universal Lynch syndrome screening and molecular classification")],
         keyw=100, size=9.8, font="Times-Roman", kfont="Times-Bold")
    sc_head(d, "Part 1 - Mismatch repair protein immunohistochemistry")
    d.table([90, 110, 250], [
        ["MLH1", "ES05", "Intact nuclear expression"],
        ["PMS2", "EP51", "Intact nuclear expression"],
        ["MSH2", "G219-1129", "Intact nuclear expression"],
        ["MSH6", "EP49", "Intact nuclear expression"]],
        header=["Protein", "Clone", "Tumour nuclear staining"], size=9.6, grid="h",
        font="Times-Roman", hfont="Times-Bold")
    d.para("Internal positive control (stroma, lymphocytes) present for all four antibodies.",
           size=9.4)
    d.para("Interpretation: MISMATCH REPAIR PROFICIENT (pMMR)", font="Times-Bold", size=10.2)
    sc_head(d, "Part 2 - Microsatellite instability analysis (PCR)")
    d.table([90, 120, 120, 120], [
        ["BAT-25", "121", "121", "Stable"], ["BAT-26", "114", "114", "Stable"],
        ["NR-21", "101", "97, 101", "Unstable"], ["NR-24", "131", "131", "Stable"],
        ["MONO-27", "152", "152", "Stable"]],
        header=["Marker", "Normal (bp)", "Tumour (bp)", "Status"], size=9.4, grid="h",
        font="Times-Roman", hfont="Times-Bold")
    d.para("Result: MSI-LOW (MSI-L) - 1 of 5 mononucleotide markers unstable (NR-21).",
           font="Times-Bold", size=10.2)
    sc_head(d, "Conclusion")
    d.para("Mismatch repair proteins are retained and the tumour is MSI-low. MSI-L is regarded as "
           "equivalent to microsatellite stable for clinical purposes; the results are "
           "concordant and do not suggest Lynch syndrome. The tumour belongs to the MMR-proficient "
           "group; POLE exonuclease domain sequencing has been sent to the national reference "
           "laboratory to complete the molecular classification and will be reported as an "
           "addendum.", size=9.8)
    sc_head(d, "Scoring notes")
    d.para("Immunohistochemistry: intact = nuclear staining in tumour cells of any intensity with "
           "a positive internal control; loss = complete absence of tumour nuclear staining with "
           "a positive internal control; subclonal loss is reported separately. MSI: MSI-H = two "
           "or more unstable markers; MSI-L = one; MSS = none.", size=9.2, font="Times-Italic")
    sc_head(d, "Method")
    d.para("Automated immunohistochemistry on 3 µm sections. Fluorescent multiplex PCR of five "
           "mononucleotide markers on tumour (block 3B) and normal (block 1A, cervix) DNA, "
           "capillary electrophoresis.", size=9.4)
    sc_sign(d, "Dr Siobhán Kearney-Doyle", "Consultant Histopathologist", "11/03/2026 09:57")


# ==== Wexcombe helpers ==========================================================================
def wx_head(d, s):
    d.heading(s, size=9.6, before=6, after=2, fill=grey(0.9))


def wx_sign(d, lines):
    d.space(4)
    for ln in lines:
        d.para(ln, size=8.4, after=0)
    d.space(4)


# ==== 8827 =====================================================================================
@report(8827, Wexcombe, dict(
    mrn="ZXQ4471", dob="15/05/1970", sex="F", lab_no="WM26-0207",
    clinician="Dr Aroha Whitfield-Tane", collected="09/02/2026", received="10/02/2026",
    reported="16/02/2026"), [
    L("EGFR", "mutation", "positive", ["Exon 20 Insertions ...................... "
                                       "MUTATION DETECTED"],
      alteration="exon 20 insertion"),
    L("PD-L1", "expression", "positive", ["PD-L1 (22C3): high expression, tumour proportion "
                                          "score 60%"], percent=60),
])
def r8827(d):
    d.para("EGFR MUTATION ANALYSIS", font="Helvetica-Bold", size=12, after=3)
    d.kv([("Specimen", "Pleural fluid, right; cell block C26-0419"),
          ("Cytology diagnosis", "Metastatic adenocarcinoma, consistent with lung primary"),
          ("Tumour cells", "Estimated 20% of nucleated cells; about 600 tumour cells"),
          ("Assay", "cobas EGFR Mutation Test v2 on cell block DNA")], keyw=110, size=8.6)
    wx_head(d, "RESULT")
    d.pre("""
Exon 18   G719X ........................... NOT DETECTED
Exon 19   Deletions ....................... NOT DETECTED
Exon 20   S768I ........................... NOT DETECTED
Exon 20   T790M ........................... NOT DETECTED
Exon 20   Insertions ...................... MUTATION DETECTED
Exon 21   L858R ........................... NOT DETECTED
Exon 21   L861Q ........................... NOT DETECTED
""", font="Courier", size=8.8, leading=11)
    d.space(4)
    d.para("Other results on this specimen: PD-L1 (22C3): high expression, tumour proportion "
           "score 60% (reported on C26-0419). ALK (D5F3) immunohistochemistry: requested.",
           size=8.6)
    wx_head(d, "INTERPRETATION")
    d.para("An EGFR exon 20 insertion was detected. Most exon 20 insertions are insensitive to "
           "first- and second-generation EGFR tyrosine kinase inhibitors and to osimertinib at "
           "standard dose. Amivantamab (with carboplatin and pemetrexed) is approved for "
           "advanced NSCLC with EGFR exon 20 insertions. The assay does not identify the specific "
           "insertion; a small minority (for example p.A763_Y764insFQEA) behave like classical "
           "sensitising mutations. Sequencing to characterise the insertion can be arranged "
           "with the regional genomics laboratory on request.", size=8.6)
    d.para("The tumour content of this cell block is low. A negative result for the other "
           "targets does not exclude their presence below the limit of detection.", size=8.6)
    wx_head(d, "METHOD AND LIMITATIONS")
    d.para("DNA was extracted from the cell block and tested by allele-specific real-time PCR for "
           "42 EGFR mutations in exons 18-21. Exon 20 insertions are detected as a group (5 "
           "variants). Limit of detection approximately 5% mutant allele for most targets "
           "(exon 20 insertions up to 10%). Germline variants are not distinguished.", size=8.2)
    wx_sign(d, ["Scientist: H. Pomare-Lindgren", "Pathologist: Dr Benedict Aldous-Kereama",
                "Authorised 16/02/2026 14:22"])


# ==== 8828 =====================================================================================
@report(8828, Eastmoor, dict(
    kind="NEUROPATHOLOGY MOLECULAR REPORT", mrn="EM-7790331", dob="27/07/1958", sex="M",
    lab_no="NMD26-0288", spec_no="NS26-0699", clinician="Mr P. Dahlberg-Essien",
    received="09/03/2026", reported="20/03/2026"), [
    L("IDH1", "expression", "negative", ["IDH1 R132H IHC Negative"]),
    L("IDH1", "mutation", "negative", ["IDH1 codon 132: no mutation detected"]),
    L("IDH2", "mutation", "negative", ["IDH2 codon 172: no mutation detected"]),
    L("EGFR", "amplification", "positive", ["EGFR AMPLIFIED"], ratio=8.4),
])
def r8828(d):
    def layered():
        d.kv([("Integrated diagnosis", "Glioblastoma, IDH-wildtype, CNS WHO grade 4"),
              ("Histological diagnosis", "Astrocytic glioma with necrosis and microvascular "
               "proliferation"),
              ("Molecular information", "IDH1/IDH2 wild type; EGFR amplification; TERT promoter "
               "mutation (C228T); MGMT promoter unmethylated")],
             keyw=120, size=8.4, kfont="VeraBd", font="Vera", after=0)
    d.box(layered, fill=None, stroke=grey(0.2), lw=1, title="LAYERED DIAGNOSIS",
          title_fill=grey(0.88), title_font="VeraBd", pad=6)
    em_head(d, "Results")
    d.table([110, 120, 265], [
        ["IDH1 R132H", "IHC", "Negative"],
        ["IDH1 / IDH2", "Pyrosequencing", "IDH1 codon 132: no mutation detected"],
        ["", "", "IDH2 codon 172: no mutation detected"],
        ["EGFR (7p11.2)", "FISH", "EGFR AMPLIFIED (EGFR/CEP7 ratio 8.4)"],
        ["TERT promoter", "Sanger sequencing", "c.-124C>T (C228T) detected"],
        ["MGMT promoter", "Pyrosequencing", "Unmethylated (mean 4%)"],
        ["EGFRvIII", "-", "Not tested"]],
        header=["Target", "Method", "Result"], size=8, hfill=grey(0.9))
    em_head(d, "EGFR FISH enumeration")
    d.table([220, 135, 140], [
        ["Tumour nuclei scored", "60", ""],
        ["Mean EGFR signals per nucleus", "21.8", "(clusters counted as 20)"],
        ["Mean CEP7 signals per nucleus", "2.6", ""],
        ["EGFR/CEP7 ratio", "8.4", "Amplified (cut-off >= 2.0)"],
        ["Nuclei with EGFR clusters", "64%", ""]],
        size=8, align=["left", "center", "left"], grid="h")
    em_head(d, "Comment")
    d.para("The absence of IDH1/IDH2 mutation with EGFR amplification and TERT promoter mutation "
           "establishes glioblastoma, IDH-wildtype, CNS WHO grade 4, in keeping with the "
           "histology. The MGMT promoter is unmethylated, which predicts less benefit from "
           "temozolomide. In a patient over 55 with a negative R132H immunostain, IDH sequencing "
           "is optional; it was performed here at the request of the neuro-oncology MDT.",
           size=8.2)
    d.para("EGFR amplification in glioblastoma is not a target for approved EGFR inhibitors; it "
           "is listed for diagnostic purposes only. Patients may be eligible for the NEURO-EGX "
           "trial (trial code EMX-0412); eligibility is assessed by the trial team.", size=8.2)
    em_head(d, "Methods")
    d.para("IHC with IDH1 R132H-specific antibody H09 and an external mutant control. "
           "Pyrosequencing of IDH1 codon 132 and IDH2 codon 172 (limit of detection 5%). "
           "Dual-colour FISH with an EGFR (7p11.2) locus probe and chromosome 7 centromere "
           "probe; amplification is defined as a ratio of 2.0 or more or the presence of "
           "clusters. TERT promoter by Sanger sequencing. MGMT by bisulfite pyrosequencing (CpG "
           "76-79; methylated ≥ 10%).", size=8)
    em_sign(d, "Dr Ilse Varga-Mortimer, Consultant Neuropathologist", "20/03/2026 16:30")


# ==== 8829 =====================================================================================
@report(8829, Harbourside, dict(
    mrn="HH0231746", dob="17/11/1952", sex="M", lab_no="26G-00610", collected="23/02/2026",
    clinician="Dr Mei-Ling Ashworth", copy="Dr S. Ferreira (Medical Oncology)",
    spec_no="H26/3011", reported="06/03/2026"), [
    L("BRAF", "mutation", "positive", ["BRAF NM_004333.6:c.1406G>C p.(Gly469Ala)"],
      alteration="G469A"),
    L("TP53", "mutation", "positive", ["TP53 NM_000546.6:c.659A>G p.(Tyr220Cys)"],
      alteration="Y220C"),
    L("ALK", "mutation", "negative", ["AKT1, ALK, CTNNB1"]),
    L("EGFR", "mutation", "negative", ["DDR2, EGFR, ERBB2"]),
    L("HER2", "mutation", "negative", ["EGFR, ERBB2, FBXW7"]),
    L("KRAS", "mutation", "negative", ["FGFR3, KRAS, MAP2K1"]),
    L("MET", "mutation", "negative", ["MAP2K1, MET, NOTCH1"]),
    L("NRAS", "mutation", "negative", ["NOTCH1, NRAS, PIK3CA"]),
    L("PIK3CA", "mutation", "negative", ["NRAS, PIK3CA, PTEN"]),
])
def r8829(d):
    d.para("Lung Cancer Targeted Gene Panel (22 genes) - Amplicon Sequencing", font="VeraBd",
           size=12, after=4)
    d.kv([("Specimen", "EBUS-TBNA, station 11L; cell block B1"),
          ("Histology", "Non-small cell carcinoma, favour adenocarcinoma"),
          ("Tumour cellularity", "35% (macrodissected)"),
          ("DNA", "8.2 ng input (below the 10 ng optimum; library metrics acceptable)")],
         keyw=120, size=8.2)

    def res():
        d.para("2 variants of clinical significance detected", font="VeraBd", size=10, after=3)
        d.table([45, 235, 50, 169], [
            ["BRAF", "NM_004333.6:c.1406G>C p.(Gly469Ala)", "27%", "Tier II - class 2 BRAF"],
            ["TP53", "NM_000546.6:c.659A>G p.(Tyr220Cys)", "33%", "Tier II - likely pathogenic"]],
            header=["Gene", "Variant", "VAF", "Significance"], size=8, grid="head")
    d.box(res, fill=rgb(228, 243, 244), stroke=d.st.accent, lw=1, title="Result",
          title_fill=d.st.accent, title_color=WHITE, title_font="VeraBd")
    hh_head(d, "Variants of uncertain significance")
    d.para("ERBB4 NM_005235.3:c.1835C>T p.(Thr612Met), VAF 46% - Tier III. Not used for clinical "
           "decisions.", size=8.2)
    hh_head(d, "Genes without reportable variants")
    d.para("No pathogenic or likely pathogenic variants were detected in the targeted regions of: "
           "AKT1, ALK, CTNNB1, DDR2, EGFR, ERBB2, FBXW7, FGFR1, FGFR2, FGFR3, KRAS, MAP2K1, MET, "
           "NOTCH1, NRAS, PIK3CA, PTEN, SMAD4, STK11.", size=8.2)
    hh_head(d, "Interpretation")
    d.para("BRAF p.(Gly469Ala) (G469A) is a class 2 (RAS-independent, dimer-dependent) activating "
           "mutation found in about 1-2% of lung adenocarcinomas, more often in smokers. BRAF "
           "V600 inhibitors are not effective against class 2 mutations and no targeted therapy "
           "is currently funded; clinical trials of MEK or pan-RAF inhibitors may be "
           "considered (for example HHP-RAF-07, enrolling at Harbourside Cancer Centre).",
           size=8.2)
    d.para("TP53 p.(Tyr220Cys) (Y220C) is a recurrent loss-of-function mutation; small molecules "
           "that reactivate Y220C-mutant p53 are in early clinical trials.", size=8.2)
    hh_head(d, "Limitations")
    d.para("This DNA panel detects single nucleotide variants and small insertions/deletions in "
           "hotspot regions only. It does not detect gene fusions (ALK, ROS1, RET, NTRK), MET "
           "exon 14 skipping reliably, or copy number changes including MET and ERBB2 "
           "amplification. RNA fusion testing on this specimen is in progress (26G-00611) and "
           "will be issued as a supplementary report. Variants below 5% VAF are not reported.",
           size=8)
    hh_head(d, "Quality")
    d.table([170, 120, 220], [
        ["Mapped reads", "612,480", "Pass"],
        ["Mean amplicon coverage", "1,950x", "Pass (>= 500x)"],
        ["Amplicons below 100x", "3 of 92", "NOTCH1 exon 26 amplicons (not hotspot critical)"],
        ["Positive control (reference standard)", "All expected variants", "Pass"]],
        header=["Metric", "Value", "Comment"], size=7.8, hfill=rgb(210, 232, 234), grid="h")
    hh_head(d, "Method")
    d.para("Multiplex PCR amplicon libraries covering 92 hotspot amplicons in 22 genes, sequenced "
           "on a semiconductor platform; alignment to GRCh37, variant calling with a validated "
           "pipeline and manual review. Variants are classified using AMP/ASCO/CAP tiers. This "
           "is a somatic test; germline origin cannot be assessed.", size=7.8)
    hh_sign(d, "Dr Priya Ramanathan-Cole", "Pathologist (Genomic Diagnostics)", "J. Whitlam, "
            "Senior Scientist", "06/03/2026 16:45")


# ==== 8830 =====================================================================================
@report(8830, Wexcombe, dict(
    status="AMENDED REPORT", mrn="ZKT8820", dob="03/12/1959", sex="M", lab_no="WM26-0233",
    clinician="Dr Ngaio Brightwell", collected="24/02/2026", received="25/02/2026",
    reported="05/03/2026 (amended)"), [
    L("KRAS", "mutation", "positive", ["KRAS: MUTATION DETECTED - c.35G>C p.(Gly12Ala) G12A"],
      alteration="G12A"),
    L("NRAS", "mutation", "negative", ["NRAS: NOT DETECTED"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E: NOT DETECTED"]),
])
def r8830(d):
    def amend():
        d.para("AMENDMENT - 05/03/2026", font="Helvetica-Bold", size=10, after=2)
        d.para("The KRAS variant in the report issued on 02/03/2026 was transcribed incorrectly "
               "as c.35G>T p.(Gly12Val) G12V. The correct result, confirmed against the "
               "instrument output, is c.35G>C p.(Gly12Ala) G12A. There is no change to the "
               "NRAS or BRAF results or to the interpretation. Dr Brightwell was informed by "
               "telephone on 05/03/2026 at 10:12.", size=8.6, after=0)
    d.box(amend, fill=rgb(255, 240, 240), stroke=rgb(170, 0, 0), lw=1.4)
    d.para("RAS AND BRAF MUTATION ANALYSIS - COLORECTAL CARCINOMA", font="Helvetica-Bold",
           size=11.5, after=3)
    d.kv([("Specimen", "Sigmoid colectomy, block 4, adenocarcinoma pT4a N2a"),
          ("Tumour content", "45%"),
          ("Assay", "Real-time PCR RAS/BRAF panel (KRAS and NRAS exons 2, 3, 4; BRAF V600)")],
         keyw=100, size=8.6)
    wx_head(d, "RESULT")
    d.lines("KRAS: MUTATION DETECTED - c.35G>C p.(Gly12Ala) G12A\n"
            "NRAS: NOT DETECTED\n"
            "BRAF V600E: NOT DETECTED", font="Helvetica-Bold", size=9.6, leading=13)
    d.space(4)
    d.table([60, 60, 263, 112], [
        ["KRAS", "2", "G12A, G12C, G12D, G12R, G12S, G12V, G13D", "G12A detected"],
        ["KRAS", "3", "A59T, Q61H, Q61K, Q61L, Q61R", "Not detected"],
        ["KRAS", "4", "K117N, A146T, A146V", "Not detected"],
        ["NRAS", "2-4", "G12, G13, Q61, K117, A146 variants", "Not detected"],
        ["BRAF", "15", "V600E", "Not detected"]],
        header=["Gene", "Exon", "Targets", "Call"], size=8.2, hfill=grey(0.9))
    wx_head(d, "INTERPRETATION")
    d.para("A KRAS codon 12 mutation is present. Tumours with KRAS or NRAS mutations are not "
           "expected to respond to anti-EGFR monoclonal antibodies. KRAS G12A is not a target of "
           "the KRAS G12C inhibitors. Mismatch repair immunohistochemistry on this resection is "
           "reported in the surgical pathology report (W26-1180).", size=8.6)
    wx_head(d, "PREVIOUS VERSION (SUPERSEDED)")
    d.para("Report of 02/03/2026: KRAS c.35G>T p.(Gly12Val) - transcription error, do not use. "
           "The superseded report remains viewable in the laboratory information system.",
           size=8.2, color=grey(0.4))
    wx_head(d, "METHOD AND LIMITATIONS")
    d.para("DNA from macrodissected FFPE sections was analysed with an allele-specific real-time "
           "PCR panel with melt-curve confirmation. Limit of detection 5% mutant allele. Variants "
           "outside the listed codons are not detected. The assay does not distinguish somatic "
           "from germline variants.", size=8.2)
    wx_sign(d, ["Scientist: T. Faleolo", "Pathologist: Dr Benedict Aldous-Kereama",
                "Original report authorised 02/03/2026 15:40; amendment authorised 05/03/2026 "
                "10:20"])
