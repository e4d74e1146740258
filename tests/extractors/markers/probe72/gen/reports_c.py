"""Reports 8813-8818: Lakeshore (PIK3CA pyrosequencing; MLH1 methylation with BRAF),
Kingsbridge (HER2 dual ISH; ALK/ROS1 FISH with a failed probe), Eastmoor (MGMT only;
IDH sequencing in a layered neuropathology report)."""
from __future__ import annotations

from common import L, patient
from engine import grey, rgb
from labs import WHITE, Eastmoor, Kingsbridge, Lakeshore

REPORTS = []


def report(rid, style, info, labels):
    def deco(fn):
        info.setdefault("name", patient(rid))
        REPORTS.append(dict(id=rid, style=style, info=info, fn=fn, labels=labels))
        return fn
    return deco


# ==== Lakeshore helpers =========================================================================
def lk_head(d, s):
    d.heading(s.upper(), font="Helvetica-Bold", size=9, color=d.st.accent, before=6, after=2)


def lk_sign(d, who, when, tech):
    lk_head(d, "Sign-out")
    d.para(f"Testing performed by {tech}.", size=9.4, after=1)
    d.para(f"Interpreted and electronically signed by {who} on {when}.", size=9.4, after=2)


# ==== 8813 =====================================================================================
@report(8813, Lakeshore, dict(
    mrn="LRH-2290415", dob="08/14/1963", lab_no="LCG-26-M0412", clinician="Natalia Brandt, MD",
    block="SP26-1193 A1", collected="02/03/2026", received="02/05/2026", reported="02/12/2026",
    printed="02/12/2026 09:14"), [
    L("PIK3CA", "mutation", "positive", ["PIK3CA MUTATION DETECTED"], alteration="H1047R"),
    L("ER", "expression", "positive", ["ER positive (>90%)"], value=">90%"),
    L("HER2", "expression", "negative", ["HER2 negative (IHC 1+)"], ihc_score="1+"),
    L("BRCA1", "mutation", "negative", ["no pathogenic variant in BRCA1 or BRCA2"],
      optional=True),
    L("BRCA2", "mutation", "negative", ["no pathogenic variant in BRCA1 or BRCA2"],
      optional=True),
])
def r8813(d):
    d.para("PIK3CA Mutation Analysis - Pyrosequencing (Exons 9 and 20)", font="Helvetica-Bold",
           size=12, after=4)
    d.kv([("Specimen", "Liver, segment 4, needle core biopsy; block A1 of SP26-1193"),
          ("Clinical information", "Metastatic invasive ductal carcinoma of the left breast, "
           "ER positive (>90%), HER2 negative (IHC 1+), progressing on letrozole plus palbociclib. "
           "Requested to determine eligibility for PI3K/AKT pathway inhibitors."),
          ("Tumor content", "70% (estimated on H&E; no macrodissection)"),
          ("DNA", "31.5 ng/µL; 20 ng per PCR")], keyw=120, size=9.4,
         kfont="Times-Bold", font="Times-Roman")

    def res():
        d.para("PIK3CA MUTATION DETECTED", font="Helvetica-Bold", size=12, after=2)
        d.para("Exon 20: c.3140A>G, p.His1047Arg (H1047R); estimated mutant allele 28%",
               font="Times-Roman", size=10.5, after=0)
    d.box(res, fill=rgb(235, 242, 250), stroke=d.st.accent, lw=1.2, pad=7)
    lk_head(d, "Codons analyzed")
    rows = [["9", "542", "E542K (c.1624G>A)", "Not detected", "< 5%"],
            ["9", "545", "E545K (c.1633G>A), E545A, E545G, E545D", "Not detected", "< 5%"],
            ["9", "546", "Q546K, Q546E, Q546R, Q546L", "Not detected", "< 5%"],
            ["20", "1047", "H1047R (c.3140A>G)", ("Detected", "Times-Bold"), "28%"],
            ["20", "1047", "H1047L, H1047Y", "Not detected", "< 5%"],
            ["20", "1049", "G1049R", "Not detected", "< 5%"]]
    d.table([45, 50, 240, 95, 74], rows, header=["Exon", "Codon", "Variants interrogated",
            "Result", "Mutant %"], font="Times-Roman", hfont="Helvetica-Bold", size=9,
            hfill=rgb(220, 230, 242), grid="h")
    d.para("Run controls: wild-type control DNA and PIK3CA H1047R / E545K positive controls "
           "gave expected results; no-template control clean.", size=9)
    lk_head(d, "Interpretation")
    d.para("A hotspot activating mutation in the kinase domain of PIK3CA, p.His1047Arg, was "
           "identified. In hormone receptor-positive, HER2-negative advanced breast cancer, "
           "PIK3CA-mutated tumors may be treated with a PI3K-alpha inhibitor (alpelisib or "
           "inavolisib) or an AKT inhibitor (capivasertib) in combination with endocrine therapy, "
           "according to approved indications.", size=9.6)
    d.para("ESR1 mutation testing (plasma) is recommended at progression on aromatase inhibitor "
           "therapy and is not part of this test.", size=9.6)
    lk_head(d, "Germline note")
    d.para("This somatic test cannot determine whether a variant is inherited. Per the "
           "requisition, prior germline testing (Hereditary Cancer Clinic, 2024) found no "
           "pathogenic variant in BRCA1 or BRCA2.", size=9.6)
    lk_head(d, "Method and limitations")
    d.para("Exons 9 and 20 of PIK3CA were amplified from FFPE-derived DNA and sequenced by "
           "pyrosequencing. The limit of detection is 5% mutant allele. Mutations in other exons "
           "(for example exon 1 R88Q, exon 2 N345K, exon 7 C420R, exon 20 M1043I) are not "
           "detected. Pseudogene co-amplification from chromosome 22 is avoided by primer "
           "design. This test was developed and validated by Lakeshore Clinical Genomics.",
           size=9.2)
    lk_sign(d, "Marcus Ellingboe, MD, Molecular Genetic Pathology", "02/12/2026 09:02",
            "A. Ruiz-Coombs, MB(ASCP)")


# ==== 8814 =====================================================================================
@report(8814, Lakeshore, dict(
    mrn="LRH-3318920", dob="01/22/1951", lab_no="LCG-26-M0587", clinician="Oren Falkowitz, MD",
    block="SP26-0884 A3", collected="02/18/2026", received="02/20/2026", reported="02/27/2026",
    printed="02/27/2026 15:40"), [
    L("MMR", "signature", "positive", ["mismatch repair deficient"]),
    L("MLH1", "expression", "negative", ["loss of MLH1 and PMS2 expression"]),
    L("PMS2", "expression", "negative", ["loss of MLH1 and PMS2 expression"]),
    L("MSH2", "expression", "positive", ["MSH2 and MSH6 expression retained"]),
    L("MSH6", "expression", "positive", ["MSH2 and MSH6 expression retained"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E NOT DETECTED"]),
])
def r8814(d):
    d.para("MLH1 Promoter Methylation and BRAF V600E Analysis (Lynch Syndrome Triage)",
           font="Helvetica-Bold", size=12, after=4)
    d.kv([("Specimen", "Right hemicolectomy, block A3 (tumor) and block A6 (normal mucosa)"),
          ("Diagnosis", "Adenocarcinoma of the cecum, pT3 pN0"),
          ("Indication", "Tumor is mismatch repair deficient by immunohistochemistry "
           "(SP26-0884, this tumor): loss of MLH1 and PMS2 expression; MSH2 and MSH6 "
           "expression retained."),
          ("Tumor content", "60%")], keyw=100, size=9.4, kfont="Times-Bold", font="Times-Roman")
    lk_head(d, "Results")
    d.table([150, 110, 244], [
        [("MLH1 promoter methylation", "Times-Bold"), ("METHYLATED", "Times-Bold"),
         "Mean 38% across CpG sites 1-4 (35, 41, 39, 37); cut-off for methylated >= 10%"],
        [("BRAF V600E", "Times-Bold"), ("NOT DETECTED", "Times-Bold"),
         "Codon 600 by pyrosequencing; limit of detection 5%"]],
        header=["Test", "Result", "Detail"], font="Times-Roman", hfont="Helvetica-Bold",
        size=9.4, hfill=rgb(220, 230, 242))
    d.para("Methylation controls: normal mucosa (block A6) 2%, unmethylated; fully methylated "
           "and unmethylated reference DNA within range.", size=9)
    lk_head(d, "Interpretation")
    d.para("MLH1 promoter hypermethylation is present in this MLH1/PMS2-deficient carcinoma. "
           "This finding supports a sporadic (non-hereditary) origin of the mismatch repair "
           "deficiency. BRAF V600E was not detected; about a third of MLH1-methylated colorectal "
           "cancers are BRAF wild type, so the absence of BRAF V600E does not change this "
           "interpretation.", size=9.6)
    d.para("Rarely, MLH1 promoter methylation is constitutional (an MLH1 epimutation present in "
           "normal tissues). Because the normal mucosa sample was unmethylated, a constitutional "
           "epimutation is unlikely. If the patient is younger than 50 or the family history is "
           "suggestive, referral to clinical genetics should still be considered.", size=9.6)
    lk_head(d, "Background")
    d.para("Loss of MLH1 and PMS2 staining is found in about 15% of colorectal cancers; most are "
           "due to somatic MLH1 promoter methylation and a minority to Lynch syndrome. Germline "
           "testing of MLH1 and PMS2 is not indicated on the basis of this result alone.",
           size=9.2, color=grey(0.25))
    lk_head(d, "Method")
    d.para("DNA was treated with sodium bisulfite and the MLH1 promoter (C region, four CpG "
           "sites) was amplified and quantified by pyrosequencing. BRAF codon 600 was analysed by "
           "PCR and pyrosequencing of untreated DNA. Tumor-rich areas were macrodissected.",
           size=9.2)
    lk_sign(d, "Marcus Ellingboe, MD, Molecular Genetic Pathology", "02/27/2026 15:31",
            "D. Okafor, MB(ASCP)")


# ==== Kingsbridge helpers =======================================================================
def kb_head(d, s):
    d.heading(s, size=9.6, color=d.st.accent, rule=True, rule_color=grey(0.6), before=5,
              after=3)


def kb_sign(d, analysts, who, when):
    kb_head(d, "Authorisation")
    d.kv([("Analysed by", analysts), ("Reported by", who), ("Date", when)], keyw=90, size=8.4)


# ==== 8815 =====================================================================================
@report(8815, Kingsbridge, dict(
    strip="HER2 IN SITU HYBRIDISATION REPORT", mrn="K0558129", dob="19/07/1971",
    lab_no="ISH26-0631", spec_no="FDH S26-3307", pathologist="Dr N. Achterberg (Fenwick DH)",
    block="B2", received="05/02/2026", reported="10/02/2026"), [
    L("HER2", "amplification", "positive", ["HER2 GENE AMPLIFIED"], ratio=2.6),
    L("HER2", "expression", "equivocal", ["HER2 IHC score 2+ (equivocal)"], ihc_score="2+"),
])
def r8815(d):
    d.kv([("Specimen", "Core biopsy, left breast 2 o'clock; invasive carcinoma of no special "
           "type, grade 2"),
          ("Reason for referral", "HER2 IHC score 2+ (equivocal) on block B2 at the referring "
           "laboratory (antibody 4B5)"),
          ("Test", "HER2 / chromosome 17 centromere dual-colour brightfield ISH"),
          ("Invasive tumour on slide", "Adequate; areas for counting marked by referring "
           "pathologist")], keyw=125, size=8.6)
    kb_head(d, "Signal enumeration")
    d.table([189, 100, 100, 110], [
        ["Invasive tumour nuclei counted", "20", "20", "40"],
        ["Total HER2 signals", "124", "116", "240"],
        ["Total CEP17 signals", "46", "46", "92"],
        ["Average HER2 copy number per nucleus", "6.2", "5.8", "6.0"],
        ["Average CEP17 copy number per nucleus", "2.3", "2.3", "2.3"],
        [("HER2/CEP17 ratio", "Helvetica-Bold"), "2.7", "2.5", ("2.6", "Helvetica-Bold")]],
        header=["", "Counter 1", "Counter 2", "Combined"], hfill=rgb(246, 230, 218), size=8.4,
        align=["left", "center", "center", "center"])
    kb_head(d, "Result")
    d.checks(["Amplified", "Not amplified", "Equivocal", "No result"], {"Amplified"},
             label="HER2 status by ISH:", label_w=115, size=8.8)
    d.checks(["Group 1", "Group 2", "Group 3", "Group 4", "Group 5"], {"Group 1"},
             label="ASCO/CAP 2018 group:", label_w=115, size=8.8)

    def concl():
        d.para("CONCLUSION: HER2 GENE AMPLIFIED", font="Helvetica-Bold", size=10.5, after=2)
        d.para("HER2/CEP17 ratio 2.6 with an average of 6.0 HER2 signals per nucleus (ISH group "
               "1). Together with the equivocal immunohistochemistry, the tumour is HER2 "
               "positive.", size=8.8, after=0)
    d.box(concl, fill=rgb(252, 244, 238), stroke=d.st.accent, lw=1)
    kb_head(d, "Interpretive criteria (ASCO/CAP 2018, affirmed 2023)")
    d.table([60, 250, 189], [
        ["Group 1", "Ratio >= 2.0 and average HER2 >= 4.0 signals/cell", "Positive"],
        ["Group 2", "Ratio >= 2.0 and average HER2 < 4.0", "Negative unless IHC 3+"],
        ["Group 3", "Ratio < 2.0 and average HER2 >= 6.0", "Positive if IHC 2+ or 3+"],
        ["Group 4", "Ratio < 2.0 and average HER2 >= 4.0 and < 6.0", "Negative unless IHC 3+"],
        ["Group 5", "Ratio < 2.0 and average HER2 < 4.0", "Negative"]],
        header=["Group", "Definition", "Reported as"], size=7.8, hfill=grey(0.92),
        line_color=grey(0.5))
    kb_head(d, "Comments")
    d.para("No significant heterogeneity was seen; no cluster of amplified cells was present. "
           "External control (cell line with known amplification) and internal normal "
           "epithelium gave appropriate signals.", size=8.6)
    d.para("Oestrogen and progesterone receptor status is reported by the referring laboratory.",
           size=8.6)
    kb_sign(d, "L. Penhaligon and C. Osei-Bonsu, Clinical Scientists",
            "Dr Geraint Mowbray-Hughes, Consultant Clinical Scientist (Cancer Cytogenetics)",
            "10/02/2026")


# ==== 8816 =====================================================================================
@report(8816, Kingsbridge, dict(
    strip="FISH REPORT - LUNG CANCER BIOMARKERS", mrn="K0601377", dob="28/12/1947",
    lab_no="ISH26-0702", spec_no="K26-2291", pathologist="Dr V. Sandoval-Hart",
    block="A1 (bronchial biopsy)", received="12/02/2026", reported="20/02/2026"), [
    L("ROS1", "fusion", "negative", ["NO EVIDENCE OF ROS1 REARRANGEMENT"]),
    L("ALK", "expression", "equivocal", ["ALK (D5F3) immunohistochemistry equivocal"],
      percent=5),
    L("ROS1", "expression", "positive", ["ROS1 (D4D6) immunohistochemistry positive"]),
])
def r8816(d):
    d.kv([("Specimen", "Bronchial biopsy, right main bronchus, block A1"),
          ("Diagnosis", "Non-small cell carcinoma, favour adenocarcinoma"),
          ("Reason for referral", "ALK (D5F3) immunohistochemistry equivocal (weak granular "
           "staining in about 5% of tumour cells); ROS1 (D4D6) immunohistochemistry positive "
           "(weak to moderate cytoplasmic staining). FISH requested for both."),
          ("Tumour nuclei available", "Approximately 150 in the marked area")], keyw=115,
         size=8.6)
    kb_head(d, "ALK break-apart FISH (2p23)")
    d.checks(["Rearranged", "Not rearranged", "No result"], {"No result"}, label="Result:",
             label_w=60, size=8.8)
    d.para("No result: hybridisation failure on two attempts (weak signals with high "
           "background autofluorescence). Insufficient tumour remains on the block for a third "
           "attempt. ALK status is therefore undetermined by FISH; RNA-based fusion testing or a "
           "further sample is recommended.", size=8.6)
    kb_head(d, "ROS1 break-apart FISH (6q22)")
    d.checks(["Rearranged", "Not rearranged", "No result"], {"Not rearranged"}, label="Result:",
             label_w=60, size=8.8)
    d.table([249, 125, 125], [
        ["Nuclei scored", "100", ""],
        ["Split signal pattern", "2", "2%"],
        ["Isolated 3' signal pattern", "1", "1%"],
        [("Total positive pattern", "Helvetica-Bold"), "3", ("3%", "Helvetica-Bold")]],
        header=["", "Nuclei", "Percent"], size=8.4, hfill=rgb(246, 230, 218),
        align=["left", "center", "center"])
    d.para("ROS1 FISH: NO EVIDENCE OF ROS1 REARRANGEMENT (3% of nuclei; positive cut-off 15%)",
           font="Helvetica-Bold", size=9, after=5)
    d.para("Positive ROS1 immunohistochemistry with a negative FISH result is a recognised "
           "pattern: the D4D6 antibody is sensitive but not specific for ROS1 fusions, and "
           "weak to moderate staining occurs in non-rearranged adenocarcinomas. The FISH result "
           "is taken as definitive.", size=8.6)
    kb_head(d, "Other probes")
    d.checks(["Rearranged", "Not rearranged", "No result"], set(), label="RET (10q11):",
             label_w=80, size=8.4)
    d.checks(["Amplified", "Not amplified", "No result"], set(), label="MET (7q31):",
             label_w=80, size=8.4)
    d.para("RET and MET probes were not requested for this sample.", size=8.4)
    kb_head(d, "Recommendation")
    d.para("Because ALK FISH failed and the ALK immunohistochemistry was equivocal, we "
           "recommend targeted RNA sequencing for ALK, ROS1, RET and NTRK fusions on a further "
           "specimen or the resection, if available. EGFR mutation analysis on this block is "
           "under way in the Molecular Pathology laboratory (MP26-02104) and will be reported "
           "separately.", size=8.6)
    kb_head(d, "Method")
    d.para("4 µm sections, protease pretreatment, overnight hybridisation with commercial "
           "dual-colour break-apart probes, DAPI counterstain. A nucleus is called split when "
           "the 5' and 3' signals are two or more signal diameters apart.", size=8.2)
    kb_sign(d, "R. Tamblyn, Clinical Scientist",
            "Dr Geraint Mowbray-Hughes, Consultant Clinical Scientist (Cancer Cytogenetics)",
            "20/02/2026")


# ==== Eastmoor helpers ==========================================================================
def em_head(d, s):
    d.heading(s, font="VeraBd", size=8.8, before=5, after=2, rule=True, rule_color=grey(0.6))


def em_sign(d, who, when):
    d.space(4)
    d.para(f"Reported by {who}", font="VeraBd", size=8, after=0)
    d.para(f"Authorised {when}. This report is produced electronically.", size=8, after=2)


# ==== 8817 =====================================================================================
@report(8817, Eastmoor, dict(
    kind="MGMT PROMOTER METHYLATION REPORT", mrn="EM-7730418", dob="11/10/1955", sex="M",
    lab_no="NMD26-0159", spec_no="NS26-0412", clinician="Mr T. Okoro-Blake",
    received="16/02/2026", reported="25/02/2026"), [])
def r8817(d):
    d.kv([("Specimen", "Right temporal lobe tumour, resection; block A4 selected (tumour "
           "content estimated 70%)"),
          ("Histology", "High-grade astrocytic glioma with microvascular proliferation and "
           "necrosis"),
          ("Integrated diagnosis", "Awaiting IDH sequencing and EGFR FISH (both in progress; "
           "reported separately under NMD26-0160)"),
          ("Test", "MGMT promoter methylation by bisulfite pyrosequencing (CpG 76-79)")],
         keyw=115, size=8.2)

    def res():
        d.para("MGMT promoter: METHYLATED", font="VeraBd", size=11, after=2)
        d.para("Mean methylation across CpG 76-79: 27% (cut-off for methylated status ≥ 10%; "
               "grey zone 7–9%)", size=8.4, after=0)
    d.box(res, fill=grey(0.94), stroke=grey(0.3), lw=0.8, pad=7)
    em_head(d, "CpG detail")
    d.table([110, 70, 70, 70, 70, 95], [
        ["Tumour (A4)", "24", "31", "29", "25", "27"],
        ["Unmethylated control", "2", "3", "2", "2", "2"],
        ["Methylated control", "88", "91", "86", "90", "89"]],
        header=["Sample", "CpG 76", "CpG 77", "CpG 78", "CpG 79", "Mean %"], size=8,
        align=["left", "center", "center", "center", "center", "center"], hfill=grey(0.9))
    em_head(d, "Interpretation")
    d.para("The MGMT promoter is methylated. In glioblastoma, MGMT promoter methylation is "
           "associated with longer survival and with benefit from temozolomide; in older "
           "patients it informs the choice between radiotherapy and temozolomide alone.",
           size=8.2)
    d.para("MGMT status should be interpreted together with the integrated diagnosis. In "
           "IDH-mutant gliomas MGMT methylation is almost universal and has different "
           "prognostic weight. IDH1/IDH2 status, EGFR amplification, TERT promoter and "
           "chromosome 7/10 copy number are being assessed and will be reported separately.",
           size=8.2)
    em_head(d, "Method and limitations")
    d.para("DNA (500 ng) was bisulfite converted and the MGMT promoter region spanning CpG "
           "76-79 was amplified and quantified by pyrosequencing, in duplicate. Results in the "
           "grey zone (7–9%) are reported as 'borderline' with a comment. Low tumour content "
           "or contamination by normal brain can lower the measured methylation level. The "
           "cut-off was set in-house against clinical outcome data.", size=8)
    em_sign(d, "Dr Ilse Varga-Mortimer, Consultant Neuropathologist", "25/02/2026 14:06")


# ==== 8818 =====================================================================================
@report(8818, Eastmoor, dict(
    kind="INTEGRATED NEUROPATHOLOGY REPORT", mrn="EM-7752093", dob="04/05/1990", sex="F",
    lab_no="NMD26-0211", spec_no="NS26-0537", clinician="Ms R. Albescu",
    received="02/03/2026", reported="17/03/2026"), [
    L("IDH1", "expression", "negative", ["IDH1 R132H IHC (clone H09) Negative"]),
    L("IDH1", "mutation", "positive", ["IDH1 c.394C>T p.(Arg132Cys) detected"],
      alteration="R132C"),
    L("IDH2", "mutation", "negative", ["IDH2 codon 172: no mutation detected"]),
    L("TP53", "expression", "positive", ["Strong nuclear expression in approximately 70%"],
      percent=70),
])
def r8818(d):
    def layered():
        d.kv([("Integrated diagnosis", "Astrocytoma, IDH-mutant, CNS WHO grade 3"),
              ("Histological diagnosis", "Diffuse astrocytic glioma with increased mitotic "
               "activity"),
              ("CNS WHO grade", "3"),
              ("Molecular information", "IDH1 p.(Arg132Cys) mutation; ATRX loss; 1p/19q "
               "non-codeleted; CDKN2A/B homozygous deletion not detected")],
             keyw=120, size=8.4, kfont="VeraBd", font="Vera", after=0)
    d.box(layered, fill=None, stroke=grey(0.2), lw=1, title="LAYERED DIAGNOSIS",
          title_fill=grey(0.88), title_font="VeraBd", pad=6)
    em_head(d, "Specimen")
    d.para("Left insular tumour, debulking; blocks A1-A6. Block A2 used for molecular testing "
           "(tumour content 60%).", size=8.2)
    em_head(d, "Molecular and immunohistochemical results")
    d.table([95, 120, 280], [
        ["IDH1 R132H", "IHC (clone H09)", "Negative (no mutant protein expression)"],
        ["IDH1 codon 132", "Sanger sequencing", "IDH1 c.394C>T p.(Arg132Cys) detected"],
        ["IDH2 codon 172", "Sanger sequencing", "IDH2 codon 172: no mutation detected"],
        ["ATRX", "IHC", "Loss of nuclear expression in tumour (retained in endothelium)"],
        ["p53", "IHC", "Strong nuclear expression in approximately 70% of tumour cells "
         "(mutant-type pattern)"],
        ["1p/19q", "FISH", "No codeletion (1p/1q ratio 0.98; 19q/19p ratio 1.02)"],
        ["CDKN2A/B", "FISH", "No homozygous deletion"],
        ["MGMT promoter", "Pyrosequencing", "Methylated (mean 22%)"]],
        header=["Target", "Method", "Result"], size=8, hfill=grey(0.9))
    em_head(d, "Sanger sequencing detail")
    d.para("IDH1 exon 4 and IDH2 exon 4 were amplified and sequenced bidirectionally. A "
           "heterozygous C>T substitution at c.394 (codon 132, CGT>TGT) was seen in forward "
           "and reverse reads with a mutant peak height of about 30-40% of the wild-type peak. "
           "No variant was seen at IDH2 codon 172 (AGG) or codon 140. The analytical "
           "sensitivity of Sanger sequencing is approximately 20% mutant allele.", size=8.2)
    em_head(d, "Comment")
    d.para("The IDH1 R132H-specific immunostain was negative, but sequencing identified the "
           "non-canonical IDH1 R132C mutation, which the H09 antibody does not recognise. "
           "Non-canonical IDH1 mutations are more frequent in younger patients and in some "
           "hereditary settings; the R132C variant has been reported in Li-Fraumeni syndrome. "
           "Given the p53 overexpression and the patient's age, referral to clinical genetics "
           "for consideration of germline TP53 testing is suggested.", size=8.2)
    d.para("Together with ATRX loss and retained 1p/19q, the findings support astrocytoma, "
           "IDH-mutant. CNS WHO grade 3 is assigned on mitotic activity; no necrosis or "
           "microvascular proliferation was seen and CDKN2A/B is not homozygously deleted.",
           size=8.2)
    em_head(d, "Methods")
    d.para("Immunohistochemistry on an automated platform with appropriate external controls "
           "(IDH1 R132H-mutant glioma; ATRX-retained tissue; p53 wild-type and mutant controls). "
           "FISH with locus-specific probes for 1p36/1q25 and 19q13/19p13, and CDKN2A (9p21) "
           "with a centromere 9 control. MGMT by bisulfite pyrosequencing (see laboratory "
           "handbook for cut-offs).", size=8)
    em_sign(d, "Dr Ilse Varga-Mortimer, Consultant Neuropathologist, and Dr Ahmed "
            "Rahimi-Stone, Clinical Scientist", "17/03/2026 11:48")
