"""Reports 3401-3414."""
from lib import L
from labs import LABS

R = {}


def report(rid, lab, kind, tumour, note):
    def deco(fn):
        R[rid] = dict(id=rid, lab=lab, kind=kind, tumour=tumour, note=note, fn=fn)
        return fn
    return deco


def who(rid, first="Robin"):
    return f"{first} CANARY{rid} Vale"


# --------------------------------------------------------------------------- 3401
@report("3401", "helixa", "NGS tissue panel (DNA+RNA)", "lung adenocarcinoma",
        "variant table with tiers, VUS table, negatives split by SNV and fusion; PD-L1 sent out (no label)")
def r3401(rid):
    lab = LABS["helixa"]
    s = []
    s += lab.h1("HelixaSeq Solid Tumor 523 - Final Report")
    s += lab.kv([("Patient", who(rid)), ("DOB", "03/14/1956"), ("Accession", "HX26-118340"),
                 ("Specimen", "Lung, RLL core biopsy, block A2"), ("Tumor content", "40%"),
                 ("Ordering physician", "Dr. P. Nakamura"), ("Collected", "11/02/2026"), ("Reported", "11/19/2026")], cols=2, box=True)
    s += lab.band("SUMMARY OF CLINICALLY RELEVANT FINDINGS")
    s += lab.table(["Gene", "Alteration", "Coding change", "VAF", "Tier"],
                   [["EGFR", "p.Leu858Arg", "c.2573T>G", "34.2%", "Tier IA"],
                    ["TP53", "p.Arg273His", "c.818G>A", "29.8%", "Tier IIC"]],
                   widths=[60, 110, 100, 60, 80], zebra=True)
    s += lab.kv([("Tumor Mutational Burden", "4.1 mut/Mb - TMB-Low (laboratory cut-off: TMB-High >= 10 mut/Mb)"),
                 ("Microsatellite status", "MS-Stable (MSS)")], cols=1, keyw=160)
    s += lab.h2("Variants of Uncertain Significance")
    s += lab.p("The following variants are reported for completeness only and should not be used for clinical decision making:")
    s += lab.table(["Gene", "Variant", "VAF", "Classification"],
                   [["ATM", "p.Val2424Gly", "48.9%", "VUS"], ["KMT2D", "p.Pro2354Leu", "12.0%", "VUS"]],
                   widths=[60, 110, 60, 100], grid=False, head_bg=False)
    s += lab.h2("Relevant negatives")
    s += lab.p("**DNA (SNV/indel):** no reportable alterations detected in KRAS, BRAF, ERBB2, or MET (including MET exon 14 skipping).")
    s += lab.p("**RNA (fusion):** no fusions detected involving ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3.")
    s += lab.p("PD-L1 immunohistochemistry was not performed at Helixa; the block has been forwarded to the referring hospital as requested.")
    s += lab.pb()
    s += lab.h2("Interpretation")
    s += lab.p("EGFR L858R is an activating exon 21 mutation associated with sensitivity to EGFR tyrosine kinase inhibitors. "
               "TP53 R273H is a recurrent hotspot loss-of-function variant. Background: EGFR mutations occur in 10-15% of "
               "lung adenocarcinomas in Western populations and up to 50% in East Asian cohorts.")
    s += lab.h2("Methods")
    s += lab.small("DNA and RNA were extracted from FFPE tissue and sequenced by hybrid-capture (523 genes, DNA) and anchored "
                   "multiplex PCR (55 genes, RNA). Mean coverage 812x. Reportable range: SNVs and indels at >= 5% VAF; fusions with "
                   ">= 5 supporting reads. TMB is calculated from nonsynonymous variants over 1.2 Mb. Tier classification follows AMP/ASCO/CAP 2017.")
    s += lab.h2("Genes analysed (DNA)")
    s += lab.small("ABL1 AKT1 ALK APC AR ARID1A ATM BAP1 BRAF BRCA1 BRCA2 CDK4 CDKN2A CTNNB1 EGFR ERBB2 ESR1 FGFR1 FGFR2 FGFR3 "
                   "GNAS HRAS IDH1 IDH2 KIT KRAS MAP2K1 MET MLH1 MSH2 MSH6 MTOR NF1 NRAS NTRK1 NTRK2 NTRK3 PDGFRA PIK3CA PMS2 POLE "
                   "PTEN RB1 RET ROS1 SMAD4 STK11 TP53 TSC1 VHL (list abridged)")
    s += lab.small("Disclaimer: this test was developed and its performance characteristics determined by Helixa Genomics. It has not been cleared by any regulatory agency.")
    labels = [
        L("EGFR", "mutation", "positive", ["EGFR p.Leu858Arg"], alteration="L858R"),
        L("TP53", "mutation", "positive", ["TP53 p.Arg273His"], alteration="R273H"),
        L("TMB", "signature", "negative", ["4.1 mut/Mb - TMB-Low"], value="4.1 mut/Mb"),
        L("MSI", "signature", "negative", ["MS-Stable (MSS)"]),
        L("KRAS", "mutation", "negative", ["no reportable alterations detected in KRAS, BRAF, ERBB2"]),
        L("BRAF", "mutation", "negative", ["in KRAS, BRAF, ERBB2"]),
        L("HER2", "mutation", "negative", ["BRAF, ERBB2, or MET"]),
        L("MET", "mutation", "negative", ["MET exon 14 skipping"]),
        L("ALK", "fusion", "negative", ["no fusions detected involving ALK, ROS1, RET"]),
        L("ROS1", "fusion", "negative", ["ALK, ROS1, RET"]),
        L("RET", "fusion", "negative", ["ROS1, RET, NTRK1"]),
        L("NTRK", "fusion", "negative", ["NTRK1, NTRK2 or NTRK3"]),
    ]
    return lab, s, labels, dict(running=f"{who(rid)} | HX26-118340", acc="HX26-118340")


# --------------------------------------------------------------------------- 3402
@report("3402", "helixa", "NGS tissue panel", "colorectal adenocarcinoma",
        "RAS/RAF negatives as a sentence; TMB without cut-off -> reported; APC out of scope")
def r3402(rid):
    lab = LABS["helixa"]
    s = []
    s += lab.h1("Colorectal Focus Panel - Report")
    s += lab.kv([("Name", who(rid, "Avery")), ("Accession", "HX26-120077"), ("Sex", "F"),
                 ("Specimen type", "Sigmoid colon resection, FFPE"), ("Block", "B4"), ("Neoplastic cells", "60%")], cols=3)
    s += lab.table(["Gene", "Amino acid change", "Nucleotide change", "Exon", "Allele frequency", "Significance"],
                   [["KRAS", "p.Gly12Asp (G12D)", "c.35G>A", "2", "41%", "Tier I - Strong clinical significance"],
                    ["APC", "p.Arg1450*", "c.4348C>T", "16", "38%", "Tier II"],
                    ["PIK3CA", "p.His1047Arg (H1047R)", "c.3140A>G", "21", "18.5%", "Tier II - Potential clinical significance"]],
                   widths=[45, 95, 70, 30, 55, 165])
    s += lab.p("**RAS/RAF status:** NRAS (exons 2, 3 and 4), HRAS and BRAF (including codon 600) are wild type in this specimen. "
               "KRAS is mutated; the tumour is therefore not a candidate for anti-EGFR monoclonal antibody therapy.")
    s += lab.kv([("MSI-High", "Not detected"), ("TMB", "6.3 muts/Mb")], cols=2, box=True)
    s += lab.small("TMB is reported as a continuous value; no clinical threshold has been validated for this panel in colorectal cancer.")
    s += lab.h2("Methods and limitations")
    s += lab.small("Amplicon-based targeted sequencing of 52 genes. Limit of detection 5% VAF. Copy number and fusions are not assessed by this assay. "
                   "Results should be interpreted in the context of clinical and pathological findings.")
    labels = [
        L("KRAS", "mutation", "positive", ["p.Gly12Asp (G12D)"], alteration="G12D"),
        L("PIK3CA", "mutation", "positive", ["p.His1047Arg (H1047R)"], alteration="H1047R"),
        L("NRAS", "mutation", "negative", ["NRAS (exons 2, 3 and 4), HRAS and BRAF (including codon 600) are wild type"]),
        L("HRAS", "mutation", "negative", ["HRAS and BRAF"]),
        L("BRAF", "mutation", "negative", ["BRAF (including codon 600) are wild type"]),
        L("MSI", "signature", "negative", ["MSI-High Not detected"]),
        L("TMB", "signature", "reported", ["TMB 6.3 muts/Mb"], value="6.3 muts/Mb"),
    ]
    from reports_b import coverage_rows
    s += lab.pb()
    s += lab.h2("Appendix: amplicon targets (coverage, not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows()[:52], widths=[60, 120, 70, 200], size=7, grid=True)
    return lab, s, labels, dict(running=f"{who(rid, 'Avery')} | HX26-120077", acc="HX26-120077")


# --------------------------------------------------------------------------- 3403
@report("3403", "northbridge", "liquid biopsy (cfDNA)", "lung adenocarcinoma",
        "% cfDNA column; exon 19 del in HGVS with class name; T790M; plasma MET amplification; negatives by class")
def r3403(rid):
    lab = LABS["northbridge"]
    s = []
    s += lab.h1("Plasma cfDNA Report - NB-LUNG 74")
    s += lab.kv([("Patient", who(rid, "Sam")), ("Sample", "2 x 10 mL Streck tubes, drawn 21 Oct 2026"),
                 ("Report ID", "NB-26-55012"), ("Indication", "NSCLC, progression on first-line osimertinib? (clinician query)")], cols=1, keyw=90)
    s += lab.band("Alterations detected")
    s += lab.table(["Alteration", "Gene", "% cfDNA / copy number", "Clinical relevance"],
                   [["p.Glu746_Ala750del (exon 19 deletion)", "EGFR", "2.1%", "Approved therapies in this tumour type"],
                    ["p.Thr790Met", "EGFR", "0.4%", "Resistance to 1st/2nd generation EGFR TKIs"],
                    ["Amplification", "MET", "Plasma CN 2.6", "Emerging resistance mechanism"]],
                   widths=[150, 45, 90, 170])
    s += lab.p("Plasma copy number values are diluted by normal cfDNA; a plasma CN of 2.6 is reported by this laboratory as MET amplification detected.")
    s += lab.h2("Not detected in this sample")
    s += lab.table(["Alteration class", "Genes"],
                   [["SNVs / indels", "KRAS, BRAF, ERBB2"], ["Fusions", "ALK, ROS1, RET, NTRK1"], ["Signature", "MSI-High: not detected"]],
                   widths=[110, 345], grid=False)
    s += lab.box(["**Interpretation**", "EGFR exon 19 deletion with a subclonal T790M and a plasma MET amplification. A negative result for other genes does not exclude their presence below the limit of detection (0.1-0.3% VAF)."], bg="#e8f4f4")
    s += lab.pb()
    s += lab.h2("Assay information")
    s += lab.small("74-gene hybrid-capture cfDNA assay. Reportable: SNVs, indels, selected fusions (ALK, ROS1, RET, NTRK1, FGFR2, FGFR3), "
                   "amplifications (ERBB2, MET, EGFR, CCNE1) and MSI-High. Germline variants are filtered and not reported. "
                   "The % cfDNA is the fraction of cfDNA molecules carrying the alteration.")
    s += lab.small("References: 1. Fictional Author et al., Liquid biopsy in lung cancer. J Invented Onc. 2024. 2. Another Invented Group, Plasma MET copy number. 2025.")
    labels = [
        L("EGFR", "mutation", "positive", ["p.Glu746_Ala750del (exon 19 deletion)"], alteration="E746_A750del"),
        L("EGFR", "mutation", "positive", ["p.Thr790Met"], alteration="T790M"),
        L("MET", "amplification", "positive", ["Amplification MET Plasma CN 2.6"], alteration="amplification", value="plasma CN 2.6"),
        L("KRAS", "mutation", "negative", ["SNVs / indels KRAS, BRAF, ERBB2"]),
        L("BRAF", "mutation", "negative", ["KRAS, BRAF, ERBB2"]),
        L("HER2", "mutation", "negative", ["BRAF, ERBB2"]),
        L("ALK", "fusion", "negative", ["Fusions ALK, ROS1, RET, NTRK1"]),
        L("ROS1", "fusion", "negative", ["ALK, ROS1, RET"]),
        L("RET", "fusion", "negative", ["ROS1, RET, NTRK1"]),
        L("NTRK", "fusion", "negative", ["RET, NTRK1"]),
        L("MSI", "signature", "negative", ["MSI-High: not detected"]),
    ]
    return lab, s, labels, dict(running="NB-26-55012", acc="NB-26-55012")


# --------------------------------------------------------------------------- 3404
@report("3404", "northbridge", "liquid biopsy (cfDNA)", "metastatic breast carcinoma",
        "ESR1 mutation (ER gene: optional), ERBB2 SNV and amplification negatives, BRCA1/2 in a not-detected list")
def r3404(rid):
    lab = LABS["northbridge"]
    s = []
    s += lab.h1("Plasma cfDNA Report - NB-BREAST 30")
    s += lab.kv([("Patient", who(rid, "Lee")), ("Report ID", "NB-26-55390"), ("Draw date", "02 Nov 2026"),
                 ("Estimated ctDNA fraction", "6%")], cols=2)
    s += lab.band("Somatic alterations detected")
    s += lab.table(["Gene", "Protein", "cDNA", "% cfDNA"],
                   [["PIK3CA", "p.Glu545Lys", "c.1633G>A", "5.8"], ["ESR1", "p.Tyr537Ser", "c.1610A>C", "1.9"],
                    ["TP53", "p.Arg248Gln", "c.743G>A", "3.3"]], widths=[70, 110, 110, 60])
    s += lab.p("ESR1 Y537S is a ligand-binding-domain mutation associated with acquired resistance to aromatase inhibitors.")
    s += lab.h2("Genes evaluated - no alteration detected")
    s += lab.p("AKT1 (E17K); ERBB2 (SNVs and amplification); BRCA1; BRCA2; PTEN.")
    s += lab.small("Only alterations with a % cfDNA at or above 0.2% are reported. Clonal haematopoiesis variants (e.g. DNMT3A, TET2) are filtered.")
    labels = [
        L("PIK3CA", "mutation", "positive", ["PIK3CA p.Glu545Lys"], alteration="E545K"),
        L("ER", "mutation", "positive", ["ESR1 p.Tyr537Ser"], alteration="Y537S", optional=True),
        L("TP53", "mutation", "positive", ["TP53 p.Arg248Gln"], alteration="R248Q"),
        L("HER2", "mutation", "negative", ["ERBB2 (SNVs and amplification)"]),
        L("HER2", "amplification", "negative", ["ERBB2 (SNVs and amplification)"]),
        L("BRCA1", "mutation", "negative", ["BRCA1; BRCA2"]),
        L("BRCA2", "mutation", "negative", ["BRCA2; PTEN"]),
    ]
    return lab, s, labels, dict(running="NB-26-55390", acc="NB-26-55390")


# --------------------------------------------------------------------------- 3405
@report("3405", "northbridge", "liquid biopsy (cfDNA), no alterations", "colorectal carcinoma",
        "no somatic alterations; low ctDNA caveat; in-scope PIK3CA VUS (no label); MSI not evaluable (no label)")
def r3405(rid):
    lab = LABS["northbridge"]
    s = []
    s += lab.h1("Plasma cfDNA Report - NB-CRC 30")
    s += lab.kv([("Patient", who(rid, "Kai")), ("Report ID", "NB-26-56001"), ("Draw date", "09 Nov 2026")], cols=3)
    s += lab.box(["**RESULT: NO SOMATIC ALTERATIONS DETECTED**",
                  "KRAS, NRAS and BRAF: no mutations detected. ERBB2 amplification: not detected.",
                  "MSI status: not evaluable (insufficient informative loci)."], bg="#eef7ee")
    s += lab.p("Low ctDNA shedding: no tumour-derived variant was identified to estimate the tumour fraction. "
               "A negative plasma result does not exclude the presence of alterations in the tumour; tissue testing is recommended.")
    s += lab.h2("Variant of uncertain significance")
    s += lab.p("PIK3CA p.Ile391Met, 48% cfDNA (likely germline polymorphism; not clinically actionable).")
    labels = [
        L("KRAS", "mutation", "negative", ["KRAS, NRAS and BRAF: no mutations detected"]),
        L("NRAS", "mutation", "negative", ["NRAS and BRAF: no mutations detected"]),
        L("BRAF", "mutation", "negative", ["BRAF: no mutations detected"]),
        L("HER2", "amplification", "negative", ["ERBB2 amplification: not detected"]),
    ]
    return lab, s, labels, dict(running="NB-26-56001", acc="NB-26-56001")


# --------------------------------------------------------------------------- 3406
@report("3406", "aldric", "breast biomarker IHC synoptic + reflex ISH", "invasive ductal carcinoma, breast",
        "tick boxes; headings name the test and lines under it do not; HER2 2+ reflexed to ISH group 1")
def r3406(rid):
    lab = LABS["aldric"]
    s = []
    s += lab.kv([("Patient", who(rid, "Morgan")), ("Hospital No.", "SA-0034406"), ("Lab No.", "H26-09921"),
                 ("Specimen", "Left breast 2 o'clock core biopsy"), ("Received", "14/10/2026"), ("Authorised", "20/10/2026")], cols=2)
    s += lab.h1("BREAST BIOMARKER REPORTING TEMPLATE")
    s += lab.h2("Estrogen Receptor (ER)")
    s += lab.ticks("Result:", ["Positive", "Low positive (1-10%)", "Negative"], ["Positive"])
    s += lab.p("Percentage of cells with nuclear positivity: 95%")
    s += lab.p("Average intensity of staining: Strong      Allred score: 8/8")
    s += lab.h2("Progesterone Receptor (PgR)")
    s += lab.ticks("Result:", ["Positive", "Negative"], ["Positive"])
    s += lab.p("Percentage of cells with nuclear positivity: 40%")
    s += lab.p("Average intensity of staining: Moderate      Allred score: 6/8")
    s += lab.h2("HER2 (ERBB2) by immunohistochemistry")
    s += lab.ticks("Score:", ["0", "1+", "2+", "3+"], ["2+"])
    s += lab.p("Interpretation: Equivocal - reflex in situ hybridisation performed (see below).")
    s += lab.h2("Ki-67 (MIB-1)")
    s += lab.p("Proliferation index: 22% of invasive tumour nuclei (hot-spot count, 500 cells)")
    s += lab.small("Controls: appropriate external and internal controls stained as expected. Fixation: 10% NBF, 6-72 h. "
                   "Antibodies: ER SP1, PR 1E2, HER2 4B5, Ki-67 MIB-1.")
    s += lab.h2("ADDENDUM - HER2 dual-probe ISH (reflex)")
    s += lab.kv([("Cells counted", "40"), ("Mean HER2 signals/cell", "5.1"), ("Mean CEP17 signals/cell", "2.1"),
                 ("HER2/CEP17 ratio", "2.4"), ("ASCO/CAP group", "Group 1"), ("Result", "POSITIVE (AMPLIFIED)")], cols=1, keyw=170)
    s += lab.small("Criteria: Group 1 = ratio >= 2.0 and average HER2 copy number >= 4.0 signals/cell (ASCO/CAP 2018/2023).")
    labels = [
        L("ER", "expression", "positive", ["Percentage of cells with nuclear positivity: 95%", "[X] Positive"], percent=95),
        L("PR", "expression", "positive", ["Progesterone Receptor (PgR)", "Percentage of cells with nuclear positivity: 40%"], percent=40),
        L("HER2", "expression", "equivocal", ["[X] 2+", "Interpretation: Equivocal"], ihc_score="2+"),
        L("HER2", "amplification", "positive", ["HER2/CEP17 ratio 2.4", "POSITIVE (AMPLIFIED)"], ratio=2.4),
        L("Ki-67", "expression", "reported", ["Proliferation index: 22%"], percent=22),
    ]
    return lab, s, labels, dict(running="H26-09921 - " + who(rid, "Morgan"), acc="H26-09921")


# --------------------------------------------------------------------------- 3407
@report("3407", "aldric", "breast biomarker IHC, free text", "invasive lobular carcinoma, breast",
        "ER low positive 5%, PR 0%, HER2 1+ called HER2-low, Ki-67 as a bound, AR 60%; comparison with prior core restated")
def r3407(rid):
    lab = LABS["aldric"]
    s = []
    s += lab.kv([("Patient", who(rid, "Jess")), ("Lab No.", "H26-10480"), ("Specimen", "Right mastectomy, block 3C"),
                 ("Clinician", "Ms R. Okafor, Breast Surgery")], cols=2)
    s += lab.h1("IMMUNOHISTOCHEMISTRY SUPPLEMENTARY REPORT")
    s += lab.p("Hormone receptor and HER2 studies were repeated on the resection at the request of the MDT because the core biopsy (H26-08802) "
               "had shown only focal ER staining.")
    s += lab.p("The invasive tumour shows weak nuclear ER staining in approximately 5% of tumour cells (ER low positive). "
               "Progesterone receptor is negative (0%). HER2 immunohistochemistry shows faint incomplete membrane staining in about 30% "
               "of cells: score 1+ (HER2-low, negative). Androgen receptor is positive in 60% of tumour nuclei. "
               "Ki-67 proliferation index is >30%. E-cadherin is lost, in keeping with a lobular phenotype.")
    s += lab.p("These findings are concordant with the core biopsy.")
    s += lab.h2("Comment")
    s += lab.p("ER low positive tumours (1-10%) are heterogeneous; endocrine benefit is uncertain. Scoring criteria: ER/PR positive if >= 1% of nuclei stain.")
    labels = [
        L("ER", "expression", "positive", ["weak nuclear ER staining in approximately 5% of tumour cells (ER low positive)"], percent=5),
        L("PR", "expression", "negative", ["Progesterone receptor is negative (0%)"], percent=0),
        L("HER2", "expression", "negative", ["score 1+ (HER2-low, negative)"], ihc_score="1+"),
        L("AR", "expression", "positive", ["Androgen receptor is positive in 60% of tumour nuclei"], percent=60),
        L("Ki-67", "expression", "reported", ["Ki-67 proliferation index is >30%"], value=">30%"),
    ]
    return lab, s, labels, dict(running="H26-10480 - " + who(rid, "Jess"), acc="H26-10480")


# --------------------------------------------------------------------------- 3408
@report("3408", "aldric", "MMR IHC panel + BRAF VE1", "colorectal adenocarcinoma",
        "grid of four proteins with 'Lost/Retained'; dMMR panel verdict; BRAF VE1 IHC = expression; MLH1 methylation pending (no label)")
def r3408(rid):
    lab = LABS["aldric"]
    s = []
    s += lab.kv([("Patient", who(rid, "Drew")), ("Lab No.", "H26-11102"), ("Specimen", "Caecum, right hemicolectomy, block A7")], cols=3)
    s += lab.h1("MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY")
    s += lab.table(["Protein", "Clone", "Tumour nuclei", "Internal control"],
                   [["MLH1", "ES05", "Lost", "Present"], ["PMS2", "EP51", "Lost", "Present"],
                    ["MSH2", "G219-1129", "Retained", "Present"], ["MSH6", "EP49", "Retained", "Present"]],
                   widths=[80, 90, 110, 110])
    s += lab.box(["**Conclusion: Mismatch repair deficient (dMMR)** - loss of MLH1 and PMS2 expression.",
                  "MLH1 promoter hypermethylation testing has been requested and will be issued as a supplementary report."], bg="#fdf1f1")
    s += lab.h2("BRAF V600E mutation-specific immunohistochemistry (clone VE1)")
    s += lab.p("Result: POSITIVE - diffuse cytoplasmic staining of tumour cells.")
    s += lab.small("Loss of MLH1/PMS2 with BRAF V600E favours a sporadic tumour; germline testing is not routinely indicated if methylation is confirmed.")
    labels = [
        L("MLH1", "expression", "negative", ["MLH1 ES05 Lost"]),
        L("PMS2", "expression", "negative", ["PMS2 EP51 Lost"]),
        L("MSH2", "expression", "positive", ["MSH2 G219-1129 Retained"]),
        L("MSH6", "expression", "positive", ["MSH6 EP49 Retained"]),
        L("MMR", "signature", "positive", ["Mismatch repair deficient (dMMR)"]),
        L("BRAF", "expression", "positive", ["(clone VE1)", "Result: POSITIVE"]),
    ]
    return lab, s, labels, dict(running="H26-11102", acc="H26-11102")


# --------------------------------------------------------------------------- 3409
@report("3409", "corvane", "FISH (ALK, ROS1, RET break-apart)", "lung adenocarcinoma",
        "Courier fixed-width report; three break-apart probes, result lines under probe headings; cut-offs quoted")
def r3409(rid):
    lab = LABS["corvane"]
    s = []
    s += lab.kv([("PATIENT:", who(rid, "Quinn").upper()), ("CASE NO:", "CV-26-F3310"),
                 ("SOURCE:", "LUNG, LUL WEDGE, BLOCK 1B"), ("REFERRING:", "DR H. ABARA")], cols=1, keyw=100)
    s += lab.h1("FLUORESCENCE IN SITU HYBRIDIZATION REPORT", size=11)
    s += lab.h2("PROBE 1: ALK (2p23) DUAL-COLOR BREAK-APART")
    s += lab.p("NUCLEI SCORED: 100    SPLIT/ISOLATED 3' SIGNALS: 38 (38%)")
    s += lab.p("RESULT: POSITIVE - ALK REARRANGEMENT DETECTED (CUT-OFF 15%)")
    s += lab.h2("PROBE 2: ROS1 (6q22) DUAL-COLOR BREAK-APART")
    s += lab.p("NUCLEI SCORED: 100    SPLIT SIGNALS: 4 (4%)")
    s += lab.p("RESULT: NEGATIVE - NO ROS1 REARRANGEMENT")
    s += lab.h2("PROBE 3: RET (10q11.2) BREAK-APART")
    s += lab.p("NUCLEI SCORED: 50    SPLIT SIGNALS: 2 (4%)")
    s += lab.p("RESULT: NOT REARRANGED")
    s += lab.small("A SAMPLE IS CONSIDERED POSITIVE WHEN >15% OF TUMOR NUCLEI SHOW SPLIT OR ISOLATED 3' SIGNALS. "
                   "THIS TEST WAS PERFORMED ON TUMOR AREAS MARKED BY A PATHOLOGIST ON THE H&E SLIDE.")
    labels = [
        L("ALK", "fusion", "positive", ["ALK REARRANGEMENT DETECTED"]),
        L("ROS1", "fusion", "negative", ["NO ROS1 REARRANGEMENT"]),
        L("RET", "fusion", "negative", ["RESULT: NOT REARRANGED"]),
    ]
    return lab, s, labels, dict(running="CV-26-F3310", acc="CV-26-F3310")


# --------------------------------------------------------------------------- 3410
@report("3410", "corvane", "FISH (HER2 gastric, MET)", "gastric adenocarcinoma",
        "HER2 FISH not amplified with prior outside IHC 2+ restated (same tumour); MET/CEP7 amplified")
def r3410(rid):
    lab = LABS["corvane"]
    s = []
    s += lab.kv([("PATIENT:", who(rid, "Remy").upper()), ("CASE NO:", "CV-26-F3402"),
                 ("SOURCE:", "STOMACH, ANTRUM BIOPSY"), ("CLINICAL:", "OUTSIDE HER2 IHC 2+ (EQUIVOCAL), REFERRED FOR FISH")], cols=1, keyw=100)
    s += lab.h1("FISH REPORT - HER2 (GASTRIC) AND MET", size=11)
    s += lab.table(["PROBE", "CELLS", "GENE/CELL", "CEP/CELL", "RATIO", "INTERPRETATION"],
                   [["HER2/CEP17", "40", "3.2", "2.0", "1.6", "NOT AMPLIFIED"],
                    ["MET/CEP7", "50", "6.1", "2.65", "2.3", "AMPLIFIED"]],
                   widths=[75, 45, 65, 65, 45, 150], grid=True, head_bg=False)
    s += lab.p("HER2: NEGATIVE FOR AMPLIFICATION (RATIO <2.0). TOGETHER WITH THE OUTSIDE IHC SCORE OF 2+, THE TUMOR IS HER2 NEGATIVE FOR TRASTUZUMAB ELIGIBILITY.")
    s += lab.p("MET: AMPLIFICATION PRESENT (MET/CEP7 RATIO >= 2.0).")
    labels = [
        L("HER2", "amplification", "negative", ["HER2/CEP17 40 3.2 2.0 1.6 NOT AMPLIFIED"], ratio=1.6),
        L("HER2", "expression", "equivocal", ["OUTSIDE HER2 IHC 2+ (EQUIVOCAL)"], ihc_score="2+"),
        L("MET", "amplification", "positive", ["MET/CEP7 50 6.1 2.65 2.3 AMPLIFIED"], ratio=2.3),
    ]
    return lab, s, labels, dict(running="CV-26-F3402", acc="CV-26-F3402")


# --------------------------------------------------------------------------- 3411
@report("3411", "meridian", "lung IHC biomarkers (two-column)", "lung adenocarcinoma",
        "two-column page; PD-L1 22C3 TPS; ALK D5F3, ROS1 D4D6, pan-TRK IHC = expression; TTF-1 out of scope")
def r3411(rid):
    lab = LABS["meridian"]
    s = []
    s += lab.h1("Predictive biomarker panel - NSCLC")
    s += lab.kv([("Patient", who(rid, "Ash")), ("MRN", "ME-771204"), ("Accession", "MM26-4411"), ("Block", "A1, EBUS 4R node")], cols=1, keyw=60)
    s += lab.h2("PD-L1 (clone 22C3)")
    s += lab.p("Tumour proportion score (TPS): 60%.")
    s += lab.p("Category: high expression (TPS >= 50%).")
    s += lab.h2("ALK (clone D5F3)")
    s += lab.p("Negative. No granular cytoplasmic staining.")
    s += lab.h2("ROS1 (clone D4D6)")
    s += lab.p("Negative.")
    s += lab.h2("pan-TRK (clone EPR17341)")
    s += lab.p("No staining in tumour cells (negative).")
    s += lab.colbreak()
    s += lab.h2("Diagnostic stains")
    s += lab.p("TTF-1 positive, napsin A positive, p40 negative.")
    s += lab.h2("Notes")
    s += lab.small("PD-L1 22C3 pharmDx scored on >= 100 viable tumour cells. Positive and negative controls performed appropriately. "
                   "ALK D5F3 is a screening and companion assay; ROS1 IHC positivity requires confirmation by FISH or NGS. "
                   "pan-TRK staining may be seen in smooth muscle and neural tissue.")
    s += lab.small("Scoring guide: TPS < 1% no expression; 1-49% expression; >= 50% high expression.")
    labels = [
        L("PD-L1", "expression", "positive", ["Tumour proportion score (TPS): 60%"], percent=60),
        L("ALK", "expression", "negative", ["ALK (clone D5F3)", "Negative. No granular cytoplasmic staining."]),
        L("ROS1", "expression", "negative", ["ROS1 (clone D4D6)"]),
        L("NTRK", "expression", "negative", ["No staining in tumour cells (negative)."]),
    ]
    return lab, s, labels, dict(running="MM26-4411", acc="MM26-4411")


# --------------------------------------------------------------------------- 3412
@report("3412", "meridian", "gastric IHC biomarkers (two-column)", "gastro-oesophageal junction adenocarcinoma",
        "HER2 1+, PD-L1 CPS 8, claudin 18.2 positive (out of scope), MMR proficient with four proteins")
def r3412(rid):
    lab = LABS["meridian"]
    s = []
    s += lab.h1("Gastric / GOJ biomarker report")
    s += lab.kv([("Patient", who(rid, "Blair")), ("Accession", "MM26-4590"), ("Specimen", "GOJ biopsies x6")], cols=1, keyw=60)
    s += lab.h2("HER2 IHC (4B5)")
    s += lab.p("Score 1+ (faint/barely perceptible membranous reactivity in >= 10% of tumour cells). Negative.")
    s += lab.h2("PD-L1 IHC (22C3)")
    s += lab.p("PD-L1 expression: Positive, CPS 8.")
    s += lab.h2("Claudin 18.2 (43-14A)")
    s += lab.p("Positive: 80% of tumour cells with moderate-to-strong (2+/3+) membranous staining.")
    s += lab.colbreak()
    s += lab.h2("Mismatch repair")
    s += lab.p("MLH1 intact; PMS2 intact; MSH2 intact; MSH6 intact.")
    s += lab.p("Interpretation: MMR proficient (pMMR).")
    s += lab.small("CPS = number of PD-L1 staining cells (tumour cells, lymphocytes, macrophages) divided by viable tumour cells x 100. "
                   "HER2 in gastric cancer scored per Hofmann/ToGA biopsy criteria.")
    labels = [
        L("HER2", "expression", "negative", ["Score 1+ (faint/barely perceptible", "Negative."], ihc_score="1+"),
        L("PD-L1", "expression", "positive", ["PD-L1 expression: Positive, CPS 8."], value="CPS 8"),
        L("MLH1", "expression", "positive", ["MLH1 intact"]),
        L("PMS2", "expression", "positive", ["PMS2 intact"]),
        L("MSH2", "expression", "positive", ["MSH2 intact"]),
        L("MSH6", "expression", "positive", ["MSH6 intact"]),
        L("MMR", "signature", "negative", ["MMR proficient (pMMR)"]),
    ]
    return lab, s, labels, dict(running="MM26-4590", acc="MM26-4590")


# --------------------------------------------------------------------------- 3413
@report("3413", "quill", "HRD / tumour BRCA", "high-grade serous ovarian carcinoma",
        "BRCA1 frameshift in three-letter HGVS; genomic instability score (HRD out of scope); BRCA2 not detected; germline origin unknown")
def r3413(rid):
    lab = LABS["quill"]
    s = []
    s += lab.h1("Tumour HRD Assessment")
    s += lab.kv([("Patient", who(rid, "Noor")), ("Report no.", "QH-26-0713"), ("Sample", "Omental deposit, FFPE"),
                 ("Tumour cellularity", "70%"), ("Requested by", "Gynae-oncology MDT")], cols=2, box=True)
    s += lab.box(["**HRD STATUS: POSITIVE**", "Genomic Instability Score: 58 (threshold 42)",
                  "Tumour BRCA1/BRCA2: BRCA1 pathogenic variant detected"], bg="#f3eefa")
    s += lab.h2("Tumour BRCA variants")
    s += lab.table(["Gene", "HGVS cDNA", "HGVS protein", "VAF", "Classification"],
                   [["BRCA1", "c.5266dupC", "p.(Gln1756Profs*74)", "72%", "Pathogenic"]],
                   widths=[50, 90, 120, 50, 100])
    s += lab.p("No pathogenic or likely pathogenic variant was detected in BRCA2.")
    s += lab.h2("Other findings")
    s += lab.p("TP53 c.524G>A p.(Arg175His), VAF 70%, pathogenic (consistent with high-grade serous carcinoma).")
    s += lab.p("The germline or somatic origin of the BRCA1 variant cannot be determined from tumour testing; referral to clinical genetics is recommended.")
    s += lab.pb()
    s += lab.h2("Methodology")
    s += lab.small("Genome-wide SNP-based assessment of loss of heterozygosity, telomeric allelic imbalance and large-scale state transitions. "
                   "BRCA1 and BRCA2 full coding sequence and intron-exon boundaries by NGS; large rearrangements by read depth. "
                   "Limitations: variants below 10% VAF may not be detected.")
    s += lab.small("References: invented citation list omitted from patient copy.")
    labels = [
        L("BRCA1", "mutation", "positive", ["p.(Gln1756Profs*74)"], alteration="Q1756Pfs*74"),
        L("BRCA2", "mutation", "negative", ["No pathogenic or likely pathogenic variant was detected in BRCA2."]),
        L("TP53", "mutation", "positive", ["TP53 c.524G>A p.(Arg175His)"], alteration="R175H"),
    ]
    return lab, s, labels, dict(running="QH-26-0713", acc="QH-26-0713")


# --------------------------------------------------------------------------- 3414
@report("3414", "quill", "HRR gene panel (tumour)", "metastatic prostate adenocarcinoma",
        "BRCA2 K3326* polymorphism (no label) beside pathogenic BRCA2 frameshift; HRD score failed (no label); MSI/TMB low")
def r3414(rid):
    lab = LABS["quill"]
    s = []
    s += lab.h1("HRR Gene Panel - Somatic")
    s += lab.kv([("Patient", who(rid, "Theo")), ("Report no.", "QH-26-0788"), ("Sample", "Prostate core, left base, FFPE")], cols=3)
    s += lab.band("Results")
    s += lab.table(["Gene", "Variant", "Allele fraction", "Classification", "Comment"],
                   [["BRCA2", "c.5946delT p.(Ser1982Argfs*22)", "46%", "Pathogenic", "Eligible for PARP inhibitor (regulatory label)"],
                    ["BRCA2", "c.9976A>T p.(Lys3326Ter)", "51%", "Benign / polymorphism", "Not clinically significant"],
                    ["CDK12", "c.1047-2A>G", "22%", "Likely pathogenic", "-"]],
                   widths=[45, 140, 55, 85, 150])
    s += lab.p("BRCA1: no pathogenic variant identified. ATM, CHEK2, PALB2: no pathogenic variant identified.")
    s += lab.kv([("Microsatellite instability", "Stable"), ("TMB", "2 mut/Mb (low; high defined as >= 10 mut/Mb)"),
                 ("Genomic scar (HRD) score", "Not reported - failed QC (tumour content below 30%)")], cols=1, keyw=170)
    s += lab.small("Benign variants are listed at the request of the clinical team and are not used for therapy selection.")
    labels = [
        L("BRCA2", "mutation", "positive", ["p.(Ser1982Argfs*22)"], alteration="S1982Rfs*22"),
        L("BRCA1", "mutation", "negative", ["BRCA1: no pathogenic variant identified."]),
        L("MSI", "signature", "negative", ["Microsatellite instability Stable"]),
        L("TMB", "signature", "negative", ["2 mut/Mb (low; high defined as >= 10 mut/Mb)"], value="2 mut/Mb"),
    ]
    return lab, s, labels, dict(running="QH-26-0788", acc="QH-26-0788")
