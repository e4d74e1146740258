"""Reports 3429-3440."""
from lib import L
from labs import LABS
from reports_a import who
from reports_b import GENES, coverage_rows, reg as _reg

R = {}


def reg(rid, lab, kind, tumour, note):
    d = _reg(rid, lab, kind, tumour, note)

    def deco(fn):
        d(fn)
        from reports_b import R as RB
        R[rid] = RB.pop(rid)
        return fn
    return deco


# --------------------------------------------------------------------------- 3429
@reg("3429", "helixa", "NGS tissue panel with biomarker cards", "metastatic breast carcinoma",
     "biomarker 'cards' grid with status words; ERBB2 amplification copy number; MSI-High: not detected; TMB with no cut-off -> reported")
def r3429(rid):
    lab = LABS["helixa"]
    s = []
    s += lab.h1("HelixaSeq Solid Tumor 523 - Final Report")
    s += lab.kv([("Patient", who(rid, "Dana")), ("Accession", "HX26-121429"), ("Specimen", "Liver metastasis core, FFPE"),
                 ("Primary", "Breast, invasive ductal carcinoma")], cols=2, box=True)
    s += lab.band("BIOMARKER OVERVIEW")
    s += lab.table(["ERBB2 (HER2)", "PIK3CA", "TP53", "MSI", "TMB"],
                   [["Amplified (CN 22)", "Mutated: H1047L", "Mutated: Y220C", "MSI-High: not detected", "1.6 mut/Mb"]],
                   widths=[95, 95, 95, 100, 80], grid=True)
    s += lab.h2("Details")
    s += lab.table(["Gene", "Alteration", "Detail", "Tier"],
                   [["ERBB2", "Amplification", "copy number 22", "IA"],
                    ["PIK3CA", "p.His1047Leu", "c.3140A>T, VAF 22.0%", "IA"],
                    ["TP53", "p.Tyr220Cys", "c.659A>G, VAF 35.5%", "IIC"]], widths=[60, 110, 160, 50], grid=False, zebra=True)
    s += lab.p("BRCA1 and BRCA2: no pathogenic or likely pathogenic sequence variants detected (somatic testing; does not replace germline testing).")
    s += lab.small("TMB is provided as a continuous measure. MSI is assessed at 130 loci. Tiering: AMP/ASCO/CAP.")
    labels = [
        L("HER2", "amplification", "positive", ["Amplified (CN 22)", "copy number 22"], alteration="amplification", value="copy number 22"),
        L("PIK3CA", "mutation", "positive", ["p.His1047Leu"], alteration="H1047L"),
        L("TP53", "mutation", "positive", ["p.Tyr220Cys"], alteration="Y220C"),
        L("MSI", "signature", "negative", ["MSI-High: not detected"]),
        L("TMB", "signature", "reported", ["1.6 mut/Mb"], value="1.6 mut/Mb"),
        L("BRCA1", "mutation", "negative", ["BRCA1 and BRCA2: no pathogenic or likely pathogenic sequence variants detected"]),
        L("BRCA2", "mutation", "negative", ["BRCA2: no pathogenic or likely pathogenic sequence variants detected"]),
    ]
    return lab, s, labels, dict(running=f"{who(rid, 'Dana')} | HX26-121429", acc="HX26-121429")


# --------------------------------------------------------------------------- 3430
@reg("3430", "pinecrest", "molecular report - insufficient specimen", "lung, non-small cell carcinoma",
     "QNS: EGFR, ALK, ROS1 not performed; reference ranges and methods mention markers; no label")
def r3430(rid):
    lab = LABS["pinecrest"]
    s = []
    s += lab.kv([("PATIENT NAME", who(rid, "Fin").upper()), ("ACCESSION", "PC-26-M-04630"),
                 ("SPECIMEN", "LUNG FNA, CELL BLOCK"), ("REPORTED", "11/20/2026")], cols=1, keyw=120)
    s += lab.h1("NSCLC REFLEX PANEL: EGFR / ALK / ROS1 / PD-L1", size=10.5)
    s += lab.p("STATUS: TEST NOT PERFORMED - QUANTITY NOT SUFFICIENT (QNS)")
    s += lab.p("THE CELL BLOCK CONTAINED FEWER THAN 50 VIABLE TUMOR CELLS AFTER DIAGNOSTIC SECTIONS. EGFR MUTATION ANALYSIS, ALK AND ROS1 "
               "IMMUNOHISTOCHEMISTRY AND PD-L1 (22C3) COULD NOT BE PERFORMED. PLEASE SUBMIT A NEW SPECIMEN OR CONSIDER PLASMA TESTING.")
    s += lab.h2("REFERENCE INFORMATION")
    s += lab.small("EGFR ASSAY DETECTS EXON 19 DELETIONS, L858R, T790M, EXON 20 INSERTIONS, G719X, S768I, L861Q. "
                   "PD-L1 TPS CATEGORIES: <1% NO EXPRESSION; 1-49% LOW; >=50% HIGH. ALK D5F3: POSITIVE = STRONG GRANULAR CYTOPLASMIC STAINING.")
    return lab, s, [], dict(running="PC-26-M-04630", acc="PC-26-M-04630")


# --------------------------------------------------------------------------- 3431
@reg("3431", "lindqvist", "interim report - receptors pending / sent out", "invasive carcinoma, breast",
     "ER/PR in progress, HER2 sent to reference lab; scoring criteria printed; no label")
def r3431(rid):
    lab = LABS["lindqvist"]
    s = []
    s += lab.kv([("Name", who(rid, "Alex")), ("Lab number", "LR26/31431"), ("Report status", "INTERIM")], cols=3)
    s += lab.h2("MICROSCOPY")
    s += lab.p("Cores of invasive carcinoma of no special type, provisional grade 2. Ductal carcinoma in situ, intermediate grade.")
    s += lab.h2("RECEPTOR STUDIES")
    s += lab.p("Oestrogen and progesterone receptor immunohistochemistry: in progress. HER2 testing has been sent to the regional reference laboratory; "
               "a supplementary report will follow.")
    s += lab.h2("SCORING CRITERIA (for information)")
    s += lab.table(["Test", "Criteria"],
                   [["ER / PR", "Positive >= 1% of tumour nuclei; low positive 1-10%; negative < 1%"],
                    ["HER2 IHC", "0 / 1+ negative; 2+ equivocal (reflex ISH); 3+ positive"],
                    ["HER2 ISH", "Amplified if HER2/CEP17 ratio >= 2.0 and mean HER2 copy number >= 4.0"]],
                   widths=[90, 360], grid=True, head_bg="#203864")
    return lab, s, [], dict(running="LR26/31431", acc="LR26/31431")


# --------------------------------------------------------------------------- 3432
@reg("3432", "quill", "cancelled test notice", "ovarian carcinoma (query)",
     "BRCA/HRD test cancelled (sample failed); background text on BRCA frequency; no label")
def r3432(rid):
    lab = LABS["quill"]
    s = []
    s += lab.h1("Notice of Test Cancellation")
    s += lab.kv([("Patient", who(rid, "Sol")), ("Report no.", "QH-26-0932"), ("Test requested", "Tumour BRCA1/BRCA2 + HRD"),
                 ("Outcome", "CANCELLED - DNA yield insufficient (2.1 ng)")], cols=1, keyw=110, box=True)
    s += lab.p("No result can be issued for this sample. Please send an alternative block with at least 30% tumour content.")
    s += lab.h2("Why this test matters")
    s += lab.p("Around 20% of high-grade serous ovarian carcinomas carry a BRCA1 or BRCA2 pathogenic variant (germline or somatic), and about half are "
               "HRD positive. PARP inhibitor eligibility depends on BRCA and HRD status.")
    s += lab.small("This notice is not a diagnostic result.")
    return lab, s, [], dict(running="QH-26-0932", acc="QH-26-0932")


# --------------------------------------------------------------------------- 3433
@reg("3433", "meridian", "sample receipt / methods sheet", "colorectal carcinoma",
     "two-column methods, antibody list and genes-analysed list with results 'to follow'; no label")
def r3433(rid):
    lab = LABS["meridian"]
    s = []
    s += lab.h1("Sample receipt and test plan")
    s += lab.kv([("Patient", who(rid, "Ray")), ("Accession", "MM26-4733"), ("Received", "28 Nov 2026")], cols=1, keyw=60)
    s += lab.h2("Tests booked")
    s += lab.p("1. MMR IHC (MLH1, PMS2, MSH2, MSH6) - in progress.")
    s += lab.p("2. RAS/BRAF extended panel (KRAS, NRAS exons 2-4; BRAF V600) - results to follow.")
    s += lab.p("3. HER2 IHC (colorectal criteria) - results to follow.")
    s += lab.h2("Antibodies")
    s += lab.small("MLH1 ES05; PMS2 EP51; MSH2 G219-1129; MSH6 EP49; HER2 4B5; PD-L1 22C3 (not requested).")
    s += lab.colbreak()
    s += lab.h2("Genes analysed (RAS/BRAF panel)")
    s += lab.small("KRAS codons 12, 13, 59, 61, 117, 146; NRAS codons 12, 13, 59, 61, 117, 146; BRAF codon 600.")
    s += lab.h2("Turnaround")
    s += lab.p("Expected 7-10 working days. This is not a result report.")
    return lab, s, [], dict(running="MM26-4733", acc="MM26-4733")


# --------------------------------------------------------------------------- 3434
@reg("3434", "kestrel", "colorectal NGS with MSI-high", "colorectal adenocarcinoma, right colon",
     "MSI-high and TMB-high; BRAF V600E; prior MMR IHC restated (same tumour) -> regular labels; KRAS/NRAS wild type")
def r3434(rid):
    lab = LABS["kestrel"]
    s = []
    s += lab.kv([("Patient", who(rid, "Ren")), ("Lab ref", "KMP-26-1634"), ("Sample", "Right hemicolectomy block A5 (tumour 70%)"),
                 ("Previous IHC (KCC H26-5521, this tumour)", "MLH1 and PMS2 loss of expression; MSH2 and MSH6 retained; MMR deficient")], cols=1, keyw=190)
    s += lab.box(["**SUMMARY**",
                  "Microsatellite instability: MSI-HIGH (42% of loci unstable)",
                  "TMB: 48 mut/Mb - High (>= 10)",
                  "BRAF V600E (c.1799T>A): detected, VAF 29%",
                  "KRAS and NRAS: wild type (exons 2, 3, 4)"], color="#2e7d32", bg="#eef6ee")
    s += lab.h2("Interpretation")
    s += lab.p("The sequencing confirms a hypermutated, MSI-high tumour in keeping with the loss of MLH1/PMS2 by immunohistochemistry. "
               "BRAF V600E with MLH1 loss strongly suggests sporadic (methylation-related) MSI.")
    s += lab.small("MSI is computed from 110 homopolymer loci; tumours with >= 20% unstable loci are called MSI-high.")
    labels = [
        L("MSI", "signature", "positive", ["MSI-HIGH (42% of loci unstable)"]),
        L("TMB", "signature", "positive", ["48 mut/Mb - High (>= 10)"], value="48 mut/Mb"),
        L("BRAF", "mutation", "positive", ["BRAF V600E (c.1799T>A): detected"], alteration="V600E"),
        L("KRAS", "mutation", "negative", ["KRAS and NRAS: wild type"]),
        L("NRAS", "mutation", "negative", ["NRAS: wild type"]),
        L("MLH1", "expression", "negative", ["MLH1 and PMS2 loss of expression"]),
        L("PMS2", "expression", "negative", ["PMS2 loss of expression"]),
        L("MSH2", "expression", "positive", ["MSH2 and MSH6 retained"]),
        L("MSH6", "expression", "positive", ["MSH6 retained"]),
        L("MMR", "signature", "positive", ["MMR deficient"]),
    ]
    return lab, s, labels, dict(running="KMP-26-1634", acc="KMP-26-1634")


# --------------------------------------------------------------------------- 3435
@reg("3435", "corvane", "FISH panel (ROS1, ALK, MET, EGFR)", "lung adenocarcinoma",
     "ROS1 rearranged; ALK negative; MET 'low-level amplification' at ratio 1.9 (optional); EGFR polysomy not amplified")
def r3435(rid):
    lab = LABS["corvane"]
    s = []
    s += lab.kv([("PATIENT:", who(rid, "Oak").upper()), ("CASE NO:", "CV-26-F3535"), ("SOURCE:", "LUNG, RUL EBUS-TBNA CELL BLOCK")], cols=1, keyw=100)
    s += lab.h1("FISH SUMMARY", size=11)
    s += lab.table(["TARGET", "PROBE TYPE", "SIGNAL PATTERN", "RESULT"],
                   [["ROS1", "BREAK-APART", "52% SPLIT / 3' ONLY", "REARRANGED (POSITIVE)"],
                    ["ALK", "BREAK-APART", "6% SPLIT", "NEGATIVE"],
                    ["MET", "MET/CEP7", "RATIO 1.9; MEAN MET 5.2", "LOW-LEVEL AMPLIFICATION"],
                    ["EGFR", "EGFR/CEP7", "RATIO 1.0; MEAN EGFR 4.4", "HIGH POLYSOMY, NOT AMPLIFIED"]],
                   widths=[50, 85, 150, 180], grid=True, head_bg=False)
    s += lab.p("COMMENT: ROS1 REARRANGEMENT DETECTED; CONFIRMATION OF THE FUSION PARTNER BY RNA SEQUENCING IS RECOMMENDED. "
               "MET LOW-LEVEL AMPLIFICATION (RATIO 1.8-2.2) IS OF UNCERTAIN CLINICAL SIGNIFICANCE.")
    labels = [
        L("ROS1", "fusion", "positive", ["REARRANGED (POSITIVE)", "ROS1 REARRANGEMENT DETECTED"]),
        L("ALK", "fusion", "negative", ["ALK BREAK-APART 6% SPLIT NEGATIVE"]),
        L("MET", "amplification", "positive", ["LOW-LEVEL AMPLIFICATION"], ratio=1.9, optional=True),
        L("EGFR", "amplification", "negative", ["HIGH POLYSOMY, NOT AMPLIFIED"], ratio=1.0),
    ]
    return lab, s, labels, dict(running="CV-26-F3535", acc="CV-26-F3535")


# --------------------------------------------------------------------------- 3436
@reg("3436", "aurelian", "breast receptor report, two tumour foci", "invasive carcinoma NST, multifocal, breast",
     "HER2 0 (ultralow) in focus 1 and 1+ in focus 2 (two labels); ER 100% with H-score; PR contradictory 'Positive ... 0%' (optional); Ki-67 range")
def r3436(rid):
    lab = LABS["aurelian"]
    s = []
    s += lab.kv([("Patient", who(rid, "Bo")), ("Our ref", "AP/26/77836"), ("Specimen", "Left wide local excision, two foci")], cols=3)
    s += lab.h1("BREAST PREDICTIVE MARKERS")
    s += lab.h2("Oestrogen receptor (both foci)")
    s += lab.p("Positive: 100% of tumour nuclei, strong intensity. H-score 280.")
    s += lab.h2("Progesterone receptor")
    s += lab.p("Result: Positive.   Percentage of positive cells: 0%.")
    s += lab.h2("HER2 IHC (4B5)")
    s += lab.table(["Focus", "Block", "Score", "Comment"],
                   [["Focus 1 (18 mm)", "A4", "0", "HER2-ultralow: faint incomplete staining in <=10% of cells"],
                    ["Focus 2 (7 mm)", "B2", "1+", "HER2-low"]], widths=[90, 40, 40, 280], grid=True)
    s += lab.h2("Ki-67")
    s += lab.p("10-15% (both foci).")
    s += lab.small("HER2-low and HER2-ultralow are categories of HER2-negative disease relevant to antibody-drug conjugate eligibility.")
    labels = [
        L("ER", "expression", "positive", ["Positive: 100% of tumour nuclei, strong intensity. H-score 280."], percent=100),
        L("PR", "expression", "positive", ["Result: Positive. Percentage of positive cells: 0%."], optional=True),
        L("HER2", "expression", "negative", ["Focus 1 (18 mm) A4 0 HER2-ultralow"], ihc_score="0"),
        L("HER2", "expression", "negative", ["Focus 2 (7 mm) B2 1+ HER2-low"], ihc_score="1+"),
        L("Ki-67", "expression", "reported", ["10-15% (both foci)."], value="10-15%"),
    ]
    return lab, s, labels, dict(running="AP/26/77836", acc="AP/26/77836")


# --------------------------------------------------------------------------- 3437
@reg("3437", "solenne", "trial screening (ovarian) + MMR + p53 + MSI PCR", "high-grade serous ovarian carcinoma",
     "mesothelin positive but below trial threshold; FR-alpha out of scope; p53 diffuse strong = TP53 expression positive; MSI-low = negative")
def r3437(rid):
    lab = LABS["solenne"]
    s = []
    s += lab.h1("Central Biomarker Screening Report")
    s += lab.kv([("Subject", who(rid, "Patient B")), ("Protocol", "SPDX-OV-330 (fictional)"), ("Site", "044"), ("Report date", "30-Nov-2026")], cols=2, box=True)
    s += lab.h2("Protocol biomarkers")
    s += lab.table(["Marker", "Result", "Criterion"],
                   [["FR\u03b1 (FOLR1)", "Positive, 80% of tumour cells at 2+/3+ (PS2+)", ">= 75% PS2+: met"],
                    ["Mesothelin", "Positive (2+ in 40% of tumour cells)", ">= 50% at 2+: NOT met"]], widths=[80, 240, 140], grid=True)
    s += lab.h2("Additional (sponsor-requested) results")
    s += lab.p("p53: strong and diffuse nuclear overexpression (aberrant, mutation-type pattern).")
    s += lab.p("Mismatch repair proteins MLH1, PMS2, MSH2 and MSH6: intact nuclear expression. Proficient MMR (pMMR).")
    s += lab.p("MSI by PCR (5 mononucleotide markers): MSI-low (1 of 5 loci unstable).")
    s += lab.small("The FR\u03b1 assay is performed under the sponsor's investigational-use protocol.")
    labels = [
        L("Mesothelin", "expression", "positive", ["Positive (2+ in 40% of tumour cells)"], percent=40),
        L("TP53", "expression", "positive", ["p53: strong and diffuse nuclear overexpression"]),
        L("MLH1", "expression", "positive", ["MLH1, PMS2, MSH2 and MSH6: intact nuclear expression."]),
        L("PMS2", "expression", "positive", ["PMS2, MSH2 and MSH6: intact"]),
        L("MSH2", "expression", "positive", ["MSH2 and MSH6: intact"]),
        L("MSH6", "expression", "positive", ["MSH6: intact nuclear expression."]),
        L("MMR", "signature", "negative", ["Proficient MMR (pMMR)."]),
        L("MSI", "signature", "negative", ["MSI-low (1 of 5 loci unstable)."]),
    ]
    return lab, s, labels, dict(running="SPDX-OV-330 / 044", acc="SPDX-OV-330")


# --------------------------------------------------------------------------- 3438
@reg("3438", "meridian", "thyroid FNA molecular classifier (two-column)", "thyroid nodule, Bethesda IV",
     "NRAS Q61R; BRAF/HRAS/KRAS negatives; RET, NTRK and ALK fusions not detected; TERT out of scope")
def r3438(rid):
    lab = LABS["meridian"]
    s = []
    s += lab.h1("Thyroid nodule molecular test")
    s += lab.kv([("Patient", who(rid, "Eden")), ("Accession", "MM26-4838"), ("Specimen", "FNA, right lobe nodule 2.4 cm"), ("Cytology", "Bethesda IV")], cols=1, keyw=60)
    s += lab.h2("Result")
    s += lab.p("**POSITIVE** - a RAS-family mutation was detected.")
    s += lab.h2("Mutations")
    s += lab.p("NRAS p.Gln61Arg (Q61R), allele fraction 19%: detected.")
    s += lab.p("BRAF: not detected (V600E and K601E).")
    s += lab.p("HRAS: not detected.")
    s += lab.p("KRAS: not detected.")
    s += lab.p("TERT promoter: not detected.")
    s += lab.colbreak()
    s += lab.h2("Gene fusions")
    s += lab.p("Not detected: RET (including CCDC6::RET and NCOA4::RET), NTRK1, NTRK3, ALK, PPARG, THADA.")
    s += lab.h2("Interpretation")
    s += lab.p("RAS-like alteration; the risk of malignancy is intermediate (follicular-patterned neoplasm, NIFTP or follicular carcinoma). "
               "Diagnostic lobectomy may be considered.")
    s += lab.h2("Method")
    s += lab.small("Targeted DNA/RNA NGS of 112 genes, 150 fusion types. Requires >= 2 ng RNA. Thyroid-specific reportable range.")
    labels = [
        L("NRAS", "mutation", "positive", ["NRAS p.Gln61Arg (Q61R)"], alteration="Q61R"),
        L("BRAF", "mutation", "negative", ["BRAF: not detected (V600E and K601E)."]),
        L("HRAS", "mutation", "negative", ["HRAS: not detected."]),
        L("KRAS", "mutation", "negative", ["KRAS: not detected."]),
        L("RET", "fusion", "negative", ["Not detected: RET (including CCDC6::RET"]),
        L("NTRK", "fusion", "negative", ["NTRK1, NTRK3"]),
        L("ALK", "fusion", "negative", ["NTRK3, ALK, PPARG"]),
    ]
    s += lab.pb()
    s += lab.h2("Appendix - Method and limitations")
    s += lab.small("Pre-analytical: cold ischaemia under 1 hour, fixation in 10% neutral buffered formalin for 6-72 hours. Sections cut at 4 micrometres and stained within 6 weeks.")
    s += lab.small("Interpretive criteria are printed for information and are not results: a marker is called positive when staining meets the validated threshold stated for that assay; intensity is graded weak, moderate or strong.")
    s += lab.small("External quality assessment: the laboratory participates in a fictional national EQA scheme for all assays on this report.")
    s += lab.small("Disclaimer: results relate only to the specimen received. The report should be read with the clinical and radiological findings.")
    return lab, s, labels, dict(running="MM26-4838", acc="MM26-4838")


# --------------------------------------------------------------------------- 3439
@reg("3439", "northbridge", "liquid biopsy (cfDNA), fusion", "lung adenocarcinoma, never-smoker",
     "EML4::ALK fusion with variant; EGFR/KRAS/ROS1 not detected; result stated in a sentence, % cfDNA in parentheses")
def r3439(rid):
    lab = LABS["northbridge"]
    s = []
    s += lab.h1("Plasma cfDNA Report - NB-LUNG 74")
    s += lab.kv([("Patient", who(rid, "Mika")), ("Report ID", "NB-26-57339"), ("Draw date", "18 Nov 2026")], cols=3)
    s += lab.p("**Result:** an EML4::ALK fusion (EML4 exon 6 - ALK exon 20, variant 3a/b) was detected in plasma (0.6% cfDNA).")
    s += lab.p("No EGFR or KRAS mutation was detected, and no ROS1 fusion was detected.")
    s += lab.small("Fusion detection in cfDNA has a sensitivity of about 70-80% relative to tissue; a negative result for fusions should be confirmed in tissue.")
    labels = [
        L("ALK", "fusion", "positive", ["EML4::ALK fusion"], alteration="EML4-ALK"),
        L("EGFR", "mutation", "negative", ["No EGFR or KRAS mutation was detected"]),
        L("KRAS", "mutation", "negative", ["or KRAS mutation was detected"]),
        L("ROS1", "fusion", "negative", ["no ROS1 fusion was detected"]),
    ]
    return lab, s, labels, dict(running="NB-26-57339", acc="NB-26-57339")


# --------------------------------------------------------------------------- 3440
@reg("3440", "vantor", "comprehensive genomic profiling, CNS, 6 pages", "astrocytoma, IDH-mutant",
     "IDH1 R132H by NGS and outside IHC restated; EGFR amplification not detected; long appendices (coverage, references, disclaimers)")
def r3440(rid):
    lab = LABS["vantor"]
    s = []
    s += lab.h1("VANTOR CGP 324 - Patient Report")
    s += lab.kv([("Patient", who(rid, "Jo")), ("Report", "VT-26-003440"), ("Specimen", "Brain, left frontal resection"),
                 ("Tumour purity", "60%"), ("Outside pathology (same tumour)", "IDH1 R132H immunostain positive; ATRX lost")], cols=1, keyw=160, box=True)
    s += lab.band("Genomic findings")
    s += lab.table(["Gene", "Finding", "Allele fraction", "Therapy relevance"],
                   [["IDH1", "R132H (c.395G>A)", "39%", "Vorasidenib (approved, grade 2)"],
                    ["TP53", "R248W (c.742C>T)", "41%", "None"],
                    ["ATRX", "R1426* ", "78%", "None"]], widths=[60, 120, 80, 200], zebra=True)
    s += lab.kv([("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "2.1 Muts/Mb (TMB-High threshold: 10 Muts/Mb)")], cols=1, keyw=150)
    s += lab.h2("Pertinent negatives")
    s += lab.p("EGFR amplification: not detected. IDH2: no mutation. BRAF: no mutation (including V600E); no BRAF fusion (KIAA1549::BRAF negative). CDKN2A/B: no homozygous deletion.")
    s += lab.pb()
    s += lab.h2("Appendix A - Genes assayed and coverage (not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows(), widths=[60, 120, 70, 200], size=7)
    s += lab.h2("Appendix B - References")
    for i in range(1, 9):
        s += lab.small(f"{i}. Invented Author {chr(64 + i)}, et al. A fictional study of glioma genomics, part {i}. J Imag Neuro-Onc. 20{10 + i};{i * 3}:{100 + i}-{110 + i}.")
    s += lab.h2("Appendix C - Disclaimers")
    s += lab.small("IDH1 and IDH2 mutations occur in most lower-grade gliomas; EGFR amplification is characteristic of IDH-wildtype glioblastoma. "
                   "Statements about drugs are not recommendations. This report does not identify germline variants.")
    labels = [
        L("IDH1", "mutation", "positive", ["IDH1 R132H (c.395G>A)"], alteration="R132H"),
        L("IDH1", "expression", "positive", ["IDH1 R132H immunostain positive"]),
        L("TP53", "mutation", "positive", ["TP53 R248W (c.742C>T)"], alteration="R248W"),
        L("MSI", "signature", "negative", ["Microsatellite status MS-Stable"]),
        L("TMB", "signature", "negative", ["2.1 Muts/Mb (TMB-High threshold: 10 Muts/Mb)"], value="2.1 Muts/Mb"),
        L("EGFR", "amplification", "negative", ["EGFR amplification: not detected."]),
        L("IDH2", "mutation", "negative", ["IDH2: no mutation."]),
        L("BRAF", "mutation", "negative", ["BRAF: no mutation (including V600E);"]),
        L("BRAF", "fusion", "negative", ["no BRAF fusion (KIAA1549::BRAF negative)."]),
    ]
    s += lab.pb()
    s += lab.h2("Appendix D - Low-coverage regions (not results)")
    s += lab.table(["Gene", "Target", "Median depth", "Alteration types assessed"], coverage_rows()[:24], widths=[60, 120, 70, 200], size=7, grid=True)
    return lab, s, labels, dict(running="VT-26-003440", acc="VT-26-003440")
