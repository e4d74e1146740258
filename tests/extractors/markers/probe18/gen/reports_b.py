"""Reports 3415-3428."""
from lib import L
from labs import LABS
from reports_a import report, who

R = {}


def reg(rid, lab, kind, tumour, note):
    d = report(rid, lab, kind, tumour, note)

    def deco(fn):
        d(fn)
        from reports_a import R as RA
        R[rid] = RA.pop(rid)
        return fn
    return deco


SPACER_3424 = 200

GENES = ("ABL1 AKT1 AKT2 ALK APC AR ARAF ARID1A ARID2 ATM ATR ATRX AXL BAP1 BARD1 BCL2 BCOR BRAF BRCA1 BRCA2 BRIP1 BTK "
         "CCND1 CCNE1 CD274 CDH1 CDK12 CDK4 CDK6 CDKN2A CHEK1 CHEK2 CIC CREBBP CTNNB1 DDR2 DICER1 EGFR EP300 ERBB2 ERBB3 "
         "ERBB4 ESR1 EZH2 FANCA FBXW7 FGF19 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GATA3 GNA11 GNAQ GNAS H3-3A HNF1A HRAS IDH1 "
         "IDH2 JAK2 KDR KEAP1 KIT KMT2D KRAS MAP2K1 MAP3K1 MDM2 MET MLH1 MPL MSH2 MSH6 MTOR MYC MYCN NF1 NF2 NOTCH1 NRAS "
         "NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PIK3R1 PMS2 POLE PTEN RAD51C RAD51D RB1 RET RNF43 ROS1 SMAD4 SMARCA4 SMARCB1 "
         "SMO SPOP STK11 TERT TP53 TSC1 TSC2 VHL").split()


def coverage_rows(n_exons=True):
    rows = []
    for i, g in enumerate(GENES):
        rows.append([g, "all coding exons" if i % 3 else f"exons {1 + i % 9}-{12 + i % 17}",
                     f"{500 + (i * 37) % 900}x", "SNV/indel" + (", CNV" if i % 4 == 0 else "") + (", fusion" if g in ("ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "FGFR2", "FGFR3") else "")])
    return rows


# --------------------------------------------------------------------------- 3415
@reg("3415", "lindqvist", "hysterectomy report with MMR, p53 and ER/PR IHC", "endometrioid carcinoma, endometrium",
     "classic histology report; MSH2/MSH6 loss with 'abnormal' panel verdict; p53 null pattern = TP53 expression negative")
def r3415(rid):
    lab = LABS["lindqvist"]
    s = []
    s += lab.kv([("Name", who(rid, "Harper")), ("Hospital number", "LQ 7731-0415"), ("Lab number", "LR26/30415"),
                 ("Consultant", "Mr T. Adeyemi"), ("Date received", "03.11.2026"), ("Date reported", "12.11.2026")], cols=2)
    s += lab.h2("CLINICAL DETAILS")
    s += lab.p("Postmenopausal bleeding. Endometrioid carcinoma on pipelle. TLH BSO.")
    s += lab.h2("MACROSCOPY")
    s += lab.p("Uterus with cervix and bilateral adnexa, 96 g. Endometrial tumour 32 mm, posterior wall. Blocks A1-A14.")
    s += lab.h2("MICROSCOPY")
    s += lab.p("Endometrioid adenocarcinoma, FIGO grade 2, invading 6 of 14 mm of myometrium (less than half). No LVSI. Cervical stroma not involved.")
    s += lab.h2("IMMUNOHISTOCHEMISTRY")
    s += lab.p("Mismatch repair proteins: MLH1 retained, PMS2 retained, MSH2 lost, MSH6 lost (with intact internal control staining). "
               "This is an abnormal MMR result, suggesting MSH2-related deficiency; referral for Lynch syndrome assessment is recommended.")
    s += lab.p("p53: aberrant - complete absence of nuclear staining in tumour cells (null pattern), with positive internal control.")
    s += lab.p("Oestrogen receptor: positive, 80% moderate. Progesterone receptor: positive, 20% weak to moderate.")
    s += lab.h2("CONCLUSION")
    s += lab.p("Endometrioid carcinoma, grade 2, pT1a N0 (sn). MMR deficient (MSH2/MSH6 loss), p53 abnormal (null). Molecular class: provisionally MMRd, "
               "pending POLE sequencing (sent to Regional Genomics Laboratory).")
    s += lab.small("Reported by Dr I. Brandt, Consultant Histopathologist. Electronically signed.")
    labels = [
        L("MLH1", "expression", "positive", ["MLH1 retained"]),
        L("PMS2", "expression", "positive", ["PMS2 retained"]),
        L("MSH2", "expression", "negative", ["MSH2 lost"]),
        L("MSH6", "expression", "negative", ["MSH6 lost"]),
        L("MMR", "signature", "positive", ["This is an abnormal MMR result", "MMR deficient (MSH2/MSH6 loss)"]),
        L("TP53", "expression", "negative", ["complete absence of nuclear staining in tumour cells (null pattern)"]),
        L("ER", "expression", "positive", ["Oestrogen receptor: positive, 80% moderate."], percent=80),
        L("PR", "expression", "positive", ["Progesterone receptor: positive, 20% weak to moderate."], percent=20),
    ]
    s += lab.pb()
    s += lab.h2("APPENDIX - LABORATORY INFORMATION")
    s += lab.small("Pre-analytical: cold ischaemia under 1 hour, fixation in 10% neutral buffered formalin for 6-72 hours. Sections cut at 4 micrometres and stained within 6 weeks.")
    s += lab.small("Interpretive criteria are printed for information and are not results: a marker is called positive when staining meets the validated threshold stated for that assay; intensity is graded weak, moderate or strong.")
    s += lab.small("External quality assessment: the laboratory participates in a fictional national EQA scheme for all assays on this report.")
    s += lab.small("Disclaimer: results relate only to the specimen received. The report should be read with the clinical and radiological findings.")
    return lab, s, labels, dict(running="LR26/30415", acc="LR26/30415")


# --------------------------------------------------------------------------- 3416
@reg("3416", "lindqvist", "breast core biopsy with HER2 IHC and ISH (group 4)", "invasive carcinoma NST, breast",
     "triple-negative-looking: ER 0, PR <1%; HER2 2+ then ISH group 4 called negative; Ki-67 45%")
def r3416(rid):
    lab = LABS["lindqvist"]
    s = []
    s += lab.kv([("Name", who(rid, "Rowan")), ("Lab number", "LR26/30877"), ("Specimen", "Right breast, US-guided core x4")], cols=1, keyw=110)
    s += lab.h2("MICROSCOPY")
    s += lab.p("Invasive carcinoma of no special type, Nottingham grade 3 (3+3+2). No in situ component seen.")
    s += lab.h2("RECEPTOR STUDIES")
    s += lab.table(["Marker", "Result", "Detail"],
                   [["ER", "Negative", "0% of tumour cells"], ["PR", "Negative", "<1% of tumour cells"],
                    ["HER2 (IHC)", "Equivocal (2+)", "weak-moderate complete membrane staining, 15% of cells"],
                    ["Ki-67", "45%", "global average"]], widths=[90, 110, 250], grid=True, head_bg="#203864")
    s += lab.h2("HER2 IN SITU HYBRIDISATION (dual-colour, bright-field)")
    s += lab.p("Average HER2 copy number 4.6 signals per cell; HER2:CEP17 ratio 1.7 (60 nuclei). ASCO/CAP group 4. "
               "Following concurrent review of the IHC, the result is HER2 NEGATIVE (not amplified).")
    s += lab.h2("SUMMARY")
    s += lab.p("Grade 3 invasive carcinoma NST; ER negative, PR negative, HER2 negative (IHC 2+, ISH not amplified).")
    labels = [
        L("ER", "expression", "negative", ["ER Negative 0% of tumour cells"], percent=0),
        L("PR", "expression", "negative", ["PR Negative <1% of tumour cells"], value="<1%"),
        L("HER2", "expression", "equivocal", ["Equivocal (2+)"], ihc_score="2+"),
        L("HER2", "amplification", "negative", ["HER2:CEP17 ratio 1.7", "HER2 NEGATIVE (not amplified)"], ratio=1.7),
        L("Ki-67", "expression", "reported", ["Ki-67 45% global average"], percent=45),
    ]
    return lab, s, labels, dict(running="LR26/30877", acc="LR26/30877")


# --------------------------------------------------------------------------- 3417
@reg("3417", "pinecrest", "RAS/BRAF PCR hotspot panel", "colorectal adenocarcinoma, liver metastasis",
     "codon list then 'NONE OF THE ABOVE MUTATIONS WERE DETECTED' for KRAS and NRAS; BRAF V600E DETECTED")
def r3417(rid):
    lab = LABS["pinecrest"]
    s = []
    s += lab.kv([("PATIENT NAME", who(rid, "Jules").upper()), ("ACCESSION", "PC-26-M-04417"),
                 ("SPECIMEN", "LIVER, SEGMENT 6 METASTASECTOMY, FFPE BLOCK 2"), ("COLLECTED", "10/28/2026"),
                 ("REPORTED", "11/06/2026")], cols=1, keyw=120)
    s += lab.h1("RAS / BRAF MUTATION ANALYSIS (REAL-TIME PCR)", size=10.5)
    s += lab.h2("KRAS")
    s += lab.p("CODONS TESTED: G12A G12C G12D G12R G12S G12V G13D Q61H Q61L Q61R A146T")
    s += lab.p("RESULT: NONE OF THE ABOVE MUTATIONS WERE DETECTED")
    s += lab.h2("NRAS")
    s += lab.p("CODONS TESTED: G12C G12D G12S G12V G13D G13R Q61K Q61L Q61R A146T")
    s += lab.p("RESULT: NONE OF THE ABOVE MUTATIONS WERE DETECTED")
    s += lab.h2("BRAF")
    s += lab.p("CODON TESTED: V600E/E2/D")
    s += lab.p("RESULT: V600E DETECTED")
    s += lab.small("LIMIT OF DETECTION APPROX. 5% MUTANT ALLELE. TUMOR CONTENT OF THE MARKED AREA: 50%. "
                   "THIS ASSAY DOES NOT DETECT MUTATIONS OUTSIDE THE CODONS LISTED.")
    labels = [
        L("KRAS", "mutation", "negative", ["KRAS CODONS TESTED: G12A", "NONE OF THE ABOVE MUTATIONS WERE DETECTED"]),
        L("NRAS", "mutation", "negative", ["NRAS CODONS TESTED: G12C"]),
        L("BRAF", "mutation", "positive", ["RESULT: V600E DETECTED"], alteration="V600E"),
    ]
    return lab, s, labels, dict(running="PC-26-M-04417", acc="PC-26-M-04417")


# --------------------------------------------------------------------------- 3418
@reg("3418", "pinecrest", "EGFR PCR + ALK IHC + PD-L1 SP263", "lung adenocarcinoma",
     "EGFR per-alteration rows: exon 20 insertion DETECTED, others NOT DETECTED (one positive label); PD-L1 <1% as bound")
def r3418(rid):
    lab = LABS["pinecrest"]
    s = []
    s += lab.kv([("PATIENT NAME", who(rid, "Ellis").upper()), ("ACCESSION", "PC-26-M-04502"),
                 ("SPECIMEN", "PLEURAL FLUID CELL BLOCK"), ("REPORTED", "11/14/2026")], cols=1, keyw=120)
    s += lab.h1("EGFR MUTATION TEST (REAL-TIME PCR, 42 MUTATIONS)", size=10.5)
    s += lab.table(["TARGET", "RESULT"],
                   [["EXON 18 G719X", "NOT DETECTED"], ["EXON 19 DELETIONS", "NOT DETECTED"],
                    ["EXON 20 S768I", "NOT DETECTED"], ["EXON 20 T790M", "NOT DETECTED"],
                    ["EXON 20 INSERTIONS", "DETECTED"], ["EXON 21 L858R", "NOT DETECTED"], ["EXON 21 L861Q", "NOT DETECTED"]],
                   widths=[160, 140], grid=False, head_bg=False)
    s += lab.p("INTERPRETATION: EGFR EXON 20 INSERTION MUTATION PRESENT. EXON 20 INSERTIONS ARE GENERALLY RESISTANT TO FIRST- AND SECOND-GENERATION EGFR TKIS.")
    s += lab.h1("ALK (D5F3) IMMUNOHISTOCHEMISTRY", size=10.5)
    s += lab.p("RESULT: NEGATIVE")
    s += lab.h1("PD-L1 (SP263) IMMUNOHISTOCHEMISTRY", size=10.5)
    s += lab.p("TUMOR CELL MEMBRANE STAINING: <1%")
    s += lab.p("INTERPRETATION: NO PD-L1 EXPRESSION")
    s += lab.small("CELL BLOCK CONTAINS APPROX. 300 TUMOR CELLS. EXTERNAL CONTROLS (TONSIL, PLACENTA) APPROPRIATE.")
    labels = [
        L("EGFR", "mutation", "positive", ["EXON 20 INSERTIONS DETECTED", "EGFR EXON 20 INSERTION MUTATION PRESENT"], alteration="exon 20 insertion"),
        L("ALK", "expression", "negative", ["ALK (D5F3) IMMUNOHISTOCHEMISTRY RESULT: NEGATIVE"]),
        L("PD-L1", "expression", "negative", ["TUMOR CELL MEMBRANE STAINING: <1%", "NO PD-L1 EXPRESSION"], value="<1%"),
    ]
    return lab, s, labels, dict(running="PC-26-M-04502", acc="PC-26-M-04502")


# --------------------------------------------------------------------------- 3419
@reg("3419", "solenne", "trial biomarker screening IHC", "epithelioid pleural mesothelioma",
     "mesothelin positive with percent; FR-alpha and TROP2 H-score out of scope; PD-L1 SP263 tumour cells 5%; eligibility wording")
def r3419(rid):
    lab = LABS["solenne"]
    s = []
    s += lab.h1("Central Biomarker Screening Report")
    s += lab.kv([("Subject", who(rid, "Patient A")), ("Protocol", "SPDX-MSLN-201 (fictional)"), ("Site", "017"),
                 ("Kit / requisition", "K-0419-22"), ("Tissue", "Pleural biopsy, archival FFPE (2026)"), ("Report date", "24-Nov-2026")], cols=2, box=True)
    s += lab.table(["Assay", "Clone", "Result", "Scoring", "Protocol threshold"],
                   [["Mesothelin", "SP74", "POSITIVE", "70% of tumour cells, 2+/3+ membranous", ">= 50% at 2+ or greater"],
                    ["Folate receptor alpha (FRa)", "FOLR1-2.1", "Positive", "PS2+ 35%", "n/a for this protocol"],
                    ["TROP2", "EPR20043", "H-score 210", "-", "exploratory"],
                    ["PD-L1", "SP263", "Tumour cells 5%", "membranous, any intensity", "exploratory"]],
                   widths=[95, 55, 70, 125, 140], zebra=True)
    s += lab.box(["**Eligibility (biomarker criterion only): MET**",
                  "Mesothelin expression meets the protocol criterion. Final eligibility is determined by the site investigator."], bg="#fff3e8")
    s += lab.small("Exploratory results are provided for research use only and must not be used for clinical management.")
    labels = [
        L("Mesothelin", "expression", "positive", ["Mesothelin SP74 POSITIVE", "70% of tumour cells"], percent=70),
        L("PD-L1", "expression", "positive", ["Tumour cells 5%"], percent=5),
    ]
    s += lab.pb()
    s += lab.h2("Assay descriptions (investigational use)")
    s += lab.small("Pre-analytical: cold ischaemia under 1 hour, fixation in 10% neutral buffered formalin for 6-72 hours. Sections cut at 4 micrometres and stained within 6 weeks.")
    s += lab.small("Interpretive criteria are printed for information and are not results: a marker is called positive when staining meets the validated threshold stated for that assay; intensity is graded weak, moderate or strong.")
    s += lab.small("External quality assessment: the laboratory participates in a fictional national EQA scheme for all assays on this report.")
    s += lab.small("Disclaimer: results relate only to the specimen received. The report should be read with the clinical and radiological findings.")
    return lab, s, labels, dict(running="SPDX-MSLN-201 / 017", acc="K-0419-22")


# --------------------------------------------------------------------------- 3420
@reg("3420", "solenne", "trial screening IHC (gastric)", "gastric adenocarcinoma",
     "claudin 18.2 positive (out of scope), HER2 0, PD-L1 CPS <1 bound, mesothelin negative by H-score")
def r3420(rid):
    lab = LABS["solenne"]
    s = []
    s += lab.h1("Central Laboratory Result - Gastric Screening Panel")
    s += lab.kv([("Subject ID", "GX-03-0420"), ("Name on requisition", who(rid, "Pat")), ("Protocol", "SPDX-GAS-115 (fictional)"),
                 ("Specimen", "Gastric body biopsy, 5 unstained slides")], cols=2)
    s += lab.h2("Claudin 18.2 (CLDN18.2), clone 43-14A")
    s += lab.p("Positive - 85% of tumour cells with moderate-to-strong membranous staining (criterion >= 75%: met).")
    s += lab.h2("HER2, clone 4B5")
    s += lab.p("IHC 0 - no staining in tumour cells.")
    s += lab.h2("PD-L1, clone 22C3")
    s += lab.p("Combined positive score: CPS <1.  Status: negative.")
    s += lab.h2("Mesothelin, clone SP74 (exploratory)")
    s += lab.p("Negative (H-score 5; <1% of cells with 2+ staining).")
    s += lab.small("Slides older than 90 days from sectioning were not accepted. All results reviewed by a board-certified pathologist (fictional).")
    labels = [
        L("HER2", "expression", "negative", ["IHC 0 - no staining in tumour cells."], ihc_score="0"),
        L("PD-L1", "expression", "negative", ["Combined positive score: CPS <1.", "Status: negative."], value="CPS <1"),
        L("Mesothelin", "expression", "negative", ["Negative (H-score 5;"]),
    ]
    return lab, s, labels, dict(running="GX-03-0420", acc="GX-03-0420")


# --------------------------------------------------------------------------- 3421
@reg("3421", "baywater", "neuroblastoma biology (GD2 + ALK)", "neuroblastoma, adrenal",
     "GD2 IHC percent; ALK F1174L in three-letter form; MYCN and 11q out of scope")
def r3421(rid):
    lab = LABS["baywater"]
    s = []
    s += lab.h1("Neuroblastoma Biology Report")
    s += lab.kv([("Patient", who(rid, "Child")), ("Age", "3 y"), ("Case", "BW-26-NB-021"), ("Specimen", "Left adrenal mass, open biopsy")], cols=2, box=True)
    s += lab.table(["Test", "Method", "Result"],
                   [["MYCN", "FISH", "Not amplified (MYCN/2p ratio 1.1)"],
                    ["11q", "SNP array", "No 11q loss"],
                    ["GD2", "IHC (clone 14G2a)", "Expressed: strong membranous staining in 98% of tumour cells"],
                    ["ALK", "Sequencing (exons 20-28)", "c.3522C>A p.(Phe1174Leu) detected, VAF 27% - pathogenic"]],
                   widths=[60, 120, 290])
    s += lab.p("Histology: poorly differentiated neuroblastoma, low MKI. INRG risk group to be assigned by the tumour board.")
    s += lab.small("GD2 staining on frozen tissue is preferred; this result was obtained on FFPE with a laboratory-validated protocol.")
    labels = [
        L("GD2", "expression", "positive", ["Expressed: strong membranous staining in 98% of tumour cells"], percent=98),
        L("ALK", "mutation", "positive", ["p.(Phe1174Leu) detected"], alteration="F1174L"),
    ]
    return lab, s, labels, dict(running="BW-26-NB-021", acc="BW-26-NB-021", footleft="Baywater Children's - confidential")


# --------------------------------------------------------------------------- 3422
@reg("3422", "baywater", "paediatric glioma molecular + IHC", "paediatric low/high-grade glioma",
     "IDH1 R132H IHC negative (expression) and IDH1/IDH2 sequencing wild type; BRAF V600E; GD2 trial IHC; H3 K27M out of scope")
def r3422(rid):
    lab = LABS["baywater"]
    s = []
    s += lab.h1("Integrated Neuropathology Molecular Summary")
    s += lab.kv([("Patient", who(rid, "Child")), ("Age", "11 y"), ("Case", "BW-26-CN-118"), ("Site", "Right thalamus, stereotactic biopsy")], cols=2)
    s += lab.h2("Immunohistochemistry")
    s += lab.p("H3 K27M: negative. ATRX: retained. IDH1 R132H: negative. BRAF V600E (VE1): not performed (insufficient tissue).")
    s += lab.h2("Sequencing (paediatric CNS panel)")
    s += lab.p("BRAF c.1799T>A p.(Val600Glu) - detected, VAF 31%.")
    s += lab.p("IDH1 and IDH2: wild type (no mutation at R132 / R140 / R172). H3F3A and HIST1H3B: wild type.")
    s += lab.h2("Trial screening (GD2 CAR-T protocol, fictional)")
    s += lab.p("GD2 immunohistochemistry: positive, moderate intensity, approximately 60% of tumour cells.")
    s += lab.h2("Integrated diagnosis")
    s += lab.p("Diffuse paediatric-type high-grade glioma, H3-wildtype and IDH-wildtype, BRAF V600E-mutant (CNS WHO grade 4).")
    labels = [
        L("IDH1", "expression", "negative", ["IDH1 R132H: negative."]),
        L("IDH1", "mutation", "negative", ["IDH1 and IDH2: wild type"]),
        L("IDH2", "mutation", "negative", ["IDH1 and IDH2: wild type"]),
        L("BRAF", "mutation", "positive", ["BRAF c.1799T>A p.(Val600Glu) - detected"], alteration="V600E"),
        L("GD2", "expression", "positive", ["GD2 immunohistochemistry: positive, moderate intensity, approximately 60% of tumour cells."], percent=60),
    ]
    return lab, s, labels, dict(running="BW-26-CN-118", acc="BW-26-CN-118", footleft="Baywater Children's - confidential")


# --------------------------------------------------------------------------- 3423
@reg("3423", "kestrel", "melanoma NGS + PD-L1, boxed summary", "cutaneous melanoma, nodal metastasis",
     "boxed summary first; BRAF V600K; NRAS wild type; TMB high with cut-off; PD-L1 28-8 tumour cell 5%")
def r3423(rid):
    lab = LABS["kestrel"]
    s = []
    s += lab.kv([("Patient", who(rid, "Sky")), ("KCC number", "K-448213"), ("Lab ref", "KMP-26-1423"),
                 ("Sample", "Axillary lymph node, FFPE block 1D (tumour 85%)")], cols=2)
    s += lab.box(["**KEY RESULTS**",
                  "BRAF: p.Val600Lys (V600K) - DETECTED (VAF 38%)",
                  "NRAS: wild type",
                  "Tumour mutational burden: 18.4 mut/Mb - HIGH (cut-off 10 mut/Mb)",
                  "PD-L1 (28-8): tumour cell staining 5% (>= 1%: positive)"], color="#2e7d32", bg="#eef6ee")
    s += lab.h2("Detailed variant list")
    s += lab.table(["Gene", "Transcript", "cDNA", "Protein", "VAF", "Tier"],
                   [["BRAF", "NM_004333.6", "c.1798_1799delinsAA", "p.Val600Lys", "38%", "I"],
                    ["CDKN2A", "NM_000077.5", "c.238C>T", "p.Arg80Ter", "61%", "II"],
                    ["TERT", "promoter", "c.-124C>T", "-", "45%", "II"]], widths=[45, 80, 110, 80, 40, 40], grid=False)
    s += lab.small("Variants of uncertain significance: none reported. UV signature mutations account for the high TMB.")
    labels = [
        L("BRAF", "mutation", "positive", ["p.Val600Lys (V600K) - DETECTED"], alteration="V600K"),
        L("NRAS", "mutation", "negative", ["NRAS: wild type"]),
        L("TMB", "signature", "positive", ["18.4 mut/Mb - HIGH (cut-off 10 mut/Mb)"], value="18.4 mut/Mb"),
        L("PD-L1", "expression", "positive", ["PD-L1 (28-8): tumour cell staining 5% (>= 1%: positive)"], percent=5),
    ]
    s += lab.pb()
    s += lab.h2("Appendix - Genes on the Kestrel 161 panel (coverage, not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows()[:90], widths=[60, 120, 70, 200], size=7, grid=False)
    return lab, s, labels, dict(running="KMP-26-1423", acc="KMP-26-1423")


# --------------------------------------------------------------------------- 3424
@reg("3424", "kestrel", "NGS panel with CNV and fusions", "intrahepatic cholangiocarcinoma",
     "IDH1 R132C; ERBB2 amplification with copy number; FGFR2 fusion out of scope; relevant-negatives table; MSS; TMB low")
def r3424(rid):
    lab = LABS["kestrel"]
    s = []
    s += lab.kv([("Patient", who(rid, "Kit")), ("Lab ref", "KMP-26-1510"), ("Sample", "Liver core biopsy (tumour 30%)")], cols=3)
    s += lab.h1("Tumour sequencing report (Kestrel 161-gene panel)")
    s += lab.h2("1. Sequence variants")
    s += lab.table(["Gene", "Variant", "VAF", "Classification"],
                   [["IDH1", "c.394C>T p.Arg132Cys (R132C)", "14%", "Tier I (level 1 in this tumour type)"],
                    ["ARID1A", "c.1531C>T p.Gln511Ter", "12%", "Tier II"]], widths=[50, 170, 40, 200], grid=True)
    s += lab.h2("2. Copy number alterations")
    s += lab.table(["Gene", "Alteration", "Estimated copy number"],
                   [["ERBB2 (HER2)", "Amplification", "14"], ["CDKN2A", "Homozygous deletion", "0"]], widths=[90, 140, 120], grid=True)
    s += lab.h2("3. Gene fusions (RNA)")
    s += lab.p("FGFR2::BICC1 fusion detected (in-frame, exon 17 of FGFR2). No NTRK1/2/3 fusion detected.")
    s += lab.h2("4. Genomic signatures")
    s += lab.kv([("Microsatellite status", "MSS"), ("TMB", "1.2 mutations/Mb (low; TMB-high defined as >= 10)")], cols=1, keyw=140)
    s += lab.h2("5. Relevant negatives")
    s += lab.p("The following genes were specifically reviewed because they carry therapeutic or diagnostic relevance in biliary tract cancer.")
    s += lab.sp(SPACER_3424)
    s += lab.table(["Gene", "Alteration types reviewed", "Result"],
                   [["KRAS", "codons 12, 13, 61, 146", "No mutation detected"],
                    ["NRAS", "codons 12, 13, 61", "No mutation detected"],
                    ["BRAF", "V600 and non-V600 class II/III", "No mutation detected"],
                    ["IDH2", "R140, R172", "No mutation detected"],
                    ["PIK3CA", "exons 10 and 21 hotspots", "No mutation detected"],
                    ["BRCA1", "full coding sequence", "No pathogenic variant"],
                    ["BRCA2", "full coding sequence", "No pathogenic variant"],
                    ["MET", "exon 14 splice sites", "No mutation detected"],
                    ["MET", "copy number", "Not amplified (estimated CN 2)"],
                    ["NTRK1/2/3", "RNA fusions", "Not detected"]],
                   widths=[70, 200, 170], grid=False)
    s += lab.h2("6. Methods")
    s += lab.small("Hybrid-capture DNA sequencing (161 genes) and targeted RNA sequencing (fusion panel, 48 genes). Copy number estimated from read depth "
                   "normalised to a pooled reference and corrected for tumour purity; amplification is called at an estimated copy number >= 6. "
                   "Variants are classified according to AMP/ASCO/CAP tiers. The assay does not distinguish germline from somatic variants.")
    labels = [
        L("IDH1", "mutation", "positive", ["p.Arg132Cys (R132C)"], alteration="R132C"),
        L("HER2", "amplification", "positive", ["ERBB2 (HER2) Amplification 14"], alteration="amplification", value="copy number 14"),
        L("NTRK", "fusion", "negative", ["No NTRK1/2/3 fusion detected."]),
        L("MSI", "signature", "negative", ["Microsatellite status MSS"]),
        L("TMB", "signature", "negative", ["1.2 mutations/Mb (low; TMB-high defined as >= 10)"], value="1.2 mutations/Mb"),
        L("KRAS", "mutation", "negative", ["KRAS codons 12, 13, 61, 146 No mutation detected"]),
        L("BRAF", "mutation", "negative", ["BRAF V600 and non-V600 class II/III No mutation detected"]),
        L("IDH2", "mutation", "negative", ["IDH2 R140, R172 No mutation detected"]),
        L("NRAS", "mutation", "negative", ["NRAS codons 12, 13, 61 No mutation detected"]),
        L("PIK3CA", "mutation", "negative", ["PIK3CA exons 10 and 21 hotspots No mutation detected"]),
        L("BRCA1", "mutation", "negative", ["BRCA1 full coding sequence No pathogenic variant"]),
        L("BRCA2", "mutation", "negative", ["BRCA2 full coding sequence No pathogenic variant"]),
        L("MET", "mutation", "negative", ["MET exon 14 splice sites No mutation detected"]),
        L("MET", "amplification", "negative", ["Not amplified (estimated CN 2)"]),
    ]
    return lab, s, labels, dict(running="KMP-26-1510", acc="KMP-26-1510")


# --------------------------------------------------------------------------- 3425
@reg("3425", "aurelian", "PD-L1 22C3 with TPS and CPS, EGFR IHC", "oropharyngeal squamous cell carcinoma",
     "one PD-L1 label with TPS in percent and CPS in value; p16 out of scope; EGFR IHC 3+ = expression positive")
def r3425(rid):
    lab = LABS["aurelian"]
    s = []
    s += lab.kv([("Patient", who(rid, "Lou")), ("Our ref", "AP/26/77425"), ("Your ref", "HN-2291"), ("Specimen", "Left tonsil biopsy")], cols=2)
    s += lab.h1("PD-L1 IMMUNOHISTOCHEMISTRY REPORT")
    s += lab.kv([("Assay", "PD-L1 IHC 22C3 pharmDx"), ("Tumour cells assessed", "> 100 (adequate)"),
                 ("Tumour proportion score (TPS)", "20%"), ("Combined positive score (CPS)", "35"),
                 ("Interpretation", "PD-L1 expressed (CPS >= 20)")], cols=1, keyw=180, box=True)
    s += lab.h2("Additional immunohistochemistry")
    s += lab.p("p16: diffuse strong block-type positivity. EGFR: strong complete membranous staining (3+) in 90% of tumour cells.")
    s += lab.small("CPS cut-offs used in head and neck SCC: >= 1 and >= 20. The report states the score; treatment decisions rest with the MDT.")
    labels = [
        L("PD-L1", "expression", "positive", ["Tumour proportion score (TPS) 20%", "Combined positive score (CPS) 35", "PD-L1 expressed (CPS >= 20)"], percent=20, value="CPS 35"),
        L("EGFR", "expression", "positive", ["EGFR: strong complete membranous staining (3+) in 90% of tumour cells."], ihc_score="3+", percent=90),
    ]
    return lab, s, labels, dict(running="AP/26/77425", acc="AP/26/77425")


# --------------------------------------------------------------------------- 3426
@reg("3426", "aurelian", "PD-L1 SP142 IC + HER2 IHC + TROP2", "urothelial carcinoma, bladder",
     "SP142 immune-cell score below cut-off -> negative with value IC 3%; HER2 3+; TROP2 out of scope")
def r3426(rid):
    lab = LABS["aurelian"]
    s = []
    s += lab.kv([("Patient", who(rid, "Cam")), ("Our ref", "AP/26/77610"), ("Specimen", "Bladder TURBT, muscle-invasive")], cols=3)
    s += lab.h1("SPECIAL STAINS & IMMUNOHISTOCHEMISTRY")
    s += lab.table(["Antibody", "Clone", "Finding", "Interpretation"],
                   [["PD-L1", "SP142", "Tumour-infiltrating immune cells 3% of tumour area", "Below cut-off (IC >= 5%): PD-L1 negative"],
                    ["HER2", "4B5", "Intense complete membranous staining, >10% of cells", "Score 3+ (positive)"],
                    ["TROP2", "SP295", "Strong staining, H-score 260", "High"]],
                   widths=[55, 45, 200, 180], grid=True)
    s += lab.small("HER2 scored using gastric/urothelial-adapted criteria. TROP2 result is provided for information; no companion cut-off applies.")
    labels = [
        L("PD-L1", "expression", "negative", ["immune cells 3% of tumour area", "PD-L1 negative"], value="IC 3%"),
        L("HER2", "expression", "positive", ["Score 3+ (positive)"], ihc_score="3+"),
    ]
    return lab, s, labels, dict(running="AP/26/77610", acc="AP/26/77610")


# --------------------------------------------------------------------------- 3427
@reg("3427", "vantor", "comprehensive genomic profiling, 5 pages", "pancreatic ductal adenocarcinoma",
     "prior breast cancer receptor status in history (optional); BRCA1/2 negatives; gene coverage table over pages (not results)")
def r3427(rid):
    lab = LABS["vantor"]
    s = []
    s += lab.h1("VANTOR CGP 324 - Patient Report")
    s += lab.kv([("Patient", who(rid, "Ira")), ("Report", "VT-26-003427"), ("Specimen", "Pancreas, EUS-FNB, FFPE"),
                 ("Tumour purity", "25%"), ("Clinical history", "Pancreatic adenocarcinoma, metastatic. Past history of breast cancer (2019): ER-positive, HER2-negative, treated.")], cols=1, keyw=100, box=True)
    s += lab.band("Genomic findings")
    s += lab.table(["Gene", "Finding", "Allele fraction", "Therapy relevance"],
                   [["KRAS", "G12R (c.34G>C)", "11%", "Investigational RAS inhibitors"],
                    ["TP53", "C176F (c.527G>T)", "10%", "None"],
                    ["CDKN2A", "loss (deep deletion)", "-", "None"],
                    ["SMAD4", "R361H", "9%", "None"]], widths=[60, 120, 80, 200], zebra=True)
    s += lab.kv([("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "3 Muts/Mb (TMB-High threshold: 10 Muts/Mb)")], cols=1, keyw=150)
    s += lab.h2("Genes with no reportable alterations (selected)")
    s += lab.p("BRCA1, BRCA2, PALB2 (homologous recombination, sequence variants); NTRK1, NTRK2, NTRK3 (rearrangements).")
    s += lab.pb()
    s += lab.h2("Appendix A - Genes assayed and coverage (not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows(), widths=[60, 120, 70, 200], size=6.5)
    s += lab.h2("Appendix B - About this test")
    s += lab.small("Hybrid-capture sequencing of 324 genes and select introns for rearrangements. MSI is determined from 95 loci. "
                   "TMB is calculated on 0.8 Mb of coding sequence. Alterations are reported against the tumour only; the test does not distinguish "
                   "germline from somatic variants. Any variant with possible germline origin (e.g. BRCA1, BRCA2) should be confirmed by germline testing.")
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS G12R (c.34G>C)"], alteration="G12R"),
        L("TP53", "mutation", "positive", ["TP53 C176F (c.527G>T)"], alteration="C176F"),
        L("MSI", "signature", "negative", ["Microsatellite status MS-Stable"]),
        L("TMB", "signature", "negative", ["3 Muts/Mb (TMB-High threshold: 10 Muts/Mb)"], value="3 Muts/Mb"),
        L("BRCA1", "mutation", "negative", ["BRCA1, BRCA2, PALB2 (homologous recombination, sequence variants)"]),
        L("BRCA2", "mutation", "negative", ["BRCA2, PALB2"]),
        L("NTRK", "fusion", "negative", ["NTRK1, NTRK2, NTRK3 (rearrangements)"]),
        L("ER", "expression", "positive", ["Past history of breast cancer (2019): ER-positive, HER2-negative"], optional=True),
        L("HER2", "expression", "negative", ["ER-positive, HER2-negative"], optional=True),
    ]
    return lab, s, labels, dict(running="VT-26-003427", acc="VT-26-003427")


# --------------------------------------------------------------------------- 3428
@reg("3428", "vantor", "comprehensive genomic profiling, lung", "lung adenocarcinoma",
     "KRAS G12C with STK11/KEAP1; PD-L1 TPS 0% from referring lab restated; TMB high; fusion and MET exon 14 negatives; VUS in EGFR (no label)")
def r3428(rid):
    lab = LABS["vantor"]
    s = []
    s += lab.h1("VANTOR CGP 324 - Patient Report")
    s += lab.kv([("Patient", who(rid, "Val")), ("Report", "VT-26-003428"), ("Specimen", "Lung, LUL resection, FFPE"),
                 ("Tumour purity", "50%"), ("PD-L1 (referring laboratory, same specimen)", "22C3 TPS 0%")], cols=1, keyw=170, box=True)
    s += lab.band("Genomic findings")
    s += lab.table(["Gene", "Finding", "Allele fraction", "Therapy relevance"],
                   [["KRAS", "G12C (c.34G>T)", "27%", "Sotorasib, adagrasib (approved)"],
                    ["STK11", "Q170* (c.508C>T)", "44%", "Possible reduced benefit from immunotherapy"],
                    ["KEAP1", "G333C", "41%", "None"]], widths=[60, 120, 80, 200], zebra=True)
    s += lab.kv([("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "11 Muts/Mb - TMB-High (threshold 10 Muts/Mb)")], cols=1, keyw=150)
    s += lab.h2("Variants of unknown significance")
    s += lab.p("EGFR R776H (VUS, 3%); ERBB4 E317K (VUS).")
    s += lab.h2("Pertinent negatives")
    s += lab.p("EGFR (sensitising and resistance mutations): not detected. ALK, ROS1, RET rearrangements: not detected. MET exon 14 skipping: not detected.")
    s += lab.pb()
    s += lab.h2("Appendix A - Genes assayed and coverage (not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows(), widths=[60, 120, 70, 200], size=6.5)
    s += lab.small("Report electronically signed. Vantor Labs is a fictional laboratory.")
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS G12C (c.34G>T)"], alteration="G12C"),
        L("MSI", "signature", "negative", ["Microsatellite status MS-Stable"]),
        L("TMB", "signature", "positive", ["11 Muts/Mb - TMB-High (threshold 10 Muts/Mb)"], value="11 Muts/Mb"),
        L("PD-L1", "expression", "negative", ["22C3 TPS 0%"], percent=0),
        L("EGFR", "mutation", "negative", ["EGFR (sensitising and resistance mutations): not detected."]),
        L("ALK", "fusion", "negative", ["ALK, ROS1, RET rearrangements: not detected."]),
        L("ROS1", "fusion", "negative", ["ROS1, RET rearrangements"]),
        L("RET", "fusion", "negative", ["RET rearrangements: not detected."]),
        L("MET", "mutation", "negative", ["MET exon 14 skipping: not detected."]),
    ]
    return lab, s, labels, dict(running="VT-26-003428", acc="VT-26-003428")
