"""Reports 7121-7130."""
from common import *  # noqa: F401,F403
from labs import *  # noqa: F401,F403
from reports_a import meta


# ============================================================================ 7121
M7121 = meta("Patient U", "28-12-1962", "M", "OBS/26/005310", "17-02-2026")


def r7121():
    lab, W = ORIEL, width(ORIEL)
    s = [P(lab, "TUMOUR BIOMARKER PROFILE  -  FINAL REPORT", "h1"),
         P(lab, "SPECIMEN: LEFT SUPRACLAVICULAR LYMPH NODE, CORE BIOPSY, BLOCK 1B    CLINICAL: CARCINOMA OF UNKNOWN PRIMARY", "small"),
         P(lab, "HISTOLOGY: POORLY DIFFERENTIATED ADENOCARCINOMA; CK7+, CK20-, TTF-1-, CDX2-, GATA3 FOCAL    TUMOUR CONTENT: 55%", "small"),
         P(lab, "REQUESTED BY: DR P. ANKRAH-SOLBERG (ACUTE ONCOLOGY)    RECEIVED: 02-02-2026", "small"),
         Spacer(1, 6)]
    s.append(P(lab, "SECTION A  RESULT SUMMARY", "h2"))
    s.append(P(lab, "ACTIONABLE: PD-L1 CPS 20. INFORMATIVE: KRAS G12V, TP53 R282W. NO FUSION. MSS. TMB 9 MUT/MB (NOT HIGH). "
                    "HORMONE RECEPTORS AND HER2 NEGATIVE.", "body"))
    s.append(P(lab, "CLINICAL HISTORY (FROM REQUEST)", "h2"))
    s.append(P(lab, "64-YEAR-OLD MAN, EX-SMOKER (30 PACK-YEARS), WEIGHT LOSS AND LEFT NECK MASS. CT: MULTIPLE LIVER LESIONS, "
                    "PANCREATIC BODY FULLNESS WITHOUT DISCRETE MASS, NO LUNG PRIMARY. CA 19-9 412 U/ML. UPPER GI ENDOSCOPY NORMAL. "
                    "MDT REQUEST: BROAD PROFILING TO GUIDE TREATMENT OF CUP AND TRIAL SCREENING.", "small"))
    s.append(P(lab, "SPECIMEN QUALITY", "h2"))
    s.append(grid(lab, [
        ["PARAMETER", "VALUE", "ACCEPTANCE"],
        ["DNA YIELD", "212 NG", ">= 20 NG"],
        ["RNA YIELD", "96 NG", ">= 10 NG"],
        ["DNA LIBRARY COMPLEXITY", "PASS", "-"],
        ["MEAN DEPTH", "612X", ">= 250X"],
        ["RNA MAPPED READS", "3.1 M", ">= 1.5 M"],
        ["NECROSIS", "10%", "-"],
    ], [W * 0.4, W * 0.3, W * 0.3], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "SECTION B  FULL BIOMARKER LISTING (ALL TESTS REQUESTED)", "h2"))
    rows = [["NO.", "BIOMARKER", "METHOD", "RESULT", "THRESHOLD", "THERAPY ASSOCIATION"]]
    listing = [
        ("ER", "IHC SP1", "NEGATIVE | 0%", "POS >= 1%", "-"),
        ("PR", "IHC 16", "NEGATIVE | 0%", "POS >= 1%", "-"),
        ("AR", "IHC SP107", "NEGATIVE | 0%", "POS >= 10%", "-"),
        ("HER2", "IHC 4B5", "NEGATIVE | 1+", "3+ POS; 2+ EQUIV", "LACK OF BENEFIT: TRASTUZUMAB"),
        ("PD-L1", "IHC 22C3", "CPS 20", "CPS >= 1 / >= 10", "PEMBROLIZUMAB (TUMOUR-TYPE DEPENDENT)"),
        ("PD-L1", "IHC 22C3", "TPS 15%", "-", "-"),
        ("MLH1", "IHC ES05", "INTACT", "-", "-"),
        ("PMS2", "IHC EP51", "INTACT", "-", "-"),
        ("MSH2", "IHC G219-1129", "INTACT", "-", "-"),
        ("MSH6", "IHC EP49", "INTACT", "-", "-"),
        ("PAN-TRK", "IHC EPR17341", "NEGATIVE", "ANY = REFLEX", "-"),
        ("CLAUDIN 18.2", "IHC 43-14A", "NEGATIVE, 5%", ">= 75% 2+/3+", "LACK OF BENEFIT: ZOLBETUXIMAB"),
        ("TROP2", "IHC", "NOT PERFORMED", "-", "-"),
        ("KRAS", "NGS", "G12V DETECTED", "-", "NO APPROVED G12V AGENT; TRIALS"),
        ("NRAS", "NGS", "NOT DETECTED", "-", "-"),
        ("BRAF", "NGS", "NOT DETECTED", "-", "-"),
        ("EGFR", "NGS", "NOT DETECTED", "-", "-"),
        ("ERBB2", "NGS", "NOT DETECTED", "-", "-"),
        ("PIK3CA", "NGS", "NOT DETECTED", "-", "-"),
        ("IDH1", "NGS", "NOT DETECTED", "-", "IVOSIDENIB (LACK)"),
        ("IDH2", "NGS", "NOT DETECTED", "-", "-"),
        ("TP53", "NGS", "R282W DETECTED", "-", "-"),
        ("BRCA1", "NGS", "NOT DETECTED", "-", "-"),
        ("BRCA2", "NGS", "VUS ONLY (SEE C)", "-", "-"),
        ("MET", "NGS CNV", "NOT AMPLIFIED", "CN >= 6", "-"),
        ("FGFR2", "NGS CNV", "NOT AMPLIFIED", "-", "-"),
        ("ALK", "RNA NGS", "NO FUSION", "-", "-"),
        ("ROS1", "RNA NGS", "NO FUSION", "-", "-"),
        ("RET", "RNA NGS", "NO FUSION", "-", "-"),
        ("NTRK1-3", "RNA NGS", "NO FUSION", "-", "-"),
        ("NRG1", "RNA NGS", "NO FUSION", "-", "-"),
        ("MSI", "NGS", "STABLE", "-", "-"),
        ("TMB", "NGS", "9 MUT/MB", "HIGH >= 10", "NOT TMB-HIGH"),
        ("TISSUE OF ORIGIN", "RNA EXPRESSION", "PENDING", "-", "SENT TO REFERENCE LAB"),
    ]
    for i, r in enumerate(listing, 1):
        rows.append([str(i)] + list(r))
    s.append(grid(lab, rows, [28, 90, 84, W * 0.25, 84, W - 286 - W * 0.25], headbg=colors.black, zebra=True))
    s.append(P(lab, "SECTION C  VARIANTS", "h2"))
    s.append(grid(lab, [
        ["GENE", "PROTEIN", "cDNA", "VAF", "CLASS"],
        ["KRAS", "p.G12V", "c.35G>T", "24%", "PATHOGENIC"],
        ["TP53", "p.R282W", "c.844C>T", "39%", "PATHOGENIC"],
        ["CDKN2A", "p.R80*", "c.238C>T", "30%", "PATHOGENIC"],
        ["BRCA2", "p.K2729N", "c.8187G>T", "47%", "VUS"],
        ["ATM", "p.P1054R", "c.3161C>G", "50%", "LIKELY BENIGN"],
    ], [60, 90, 100, 50, W - 300], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "SECTION D  INTERPRETATION", "h2"))
    s.append(P(lab, "THE PROFILE (KRAS G12V, TP53, CDKN2A) IS NON-SPECIFIC; PANCREATOBILIARY AND UPPER GI PRIMARIES ARE FAVOURED ON "
                    "IMMUNOPHENOTYPE. PD-L1 CPS 20 MAY SUPPORT CHECKPOINT INHIBITOR USE DEPENDING ON THE EVENTUAL PRIMARY. "
                    "THE ABSENCE OF A TARGETABLE FUSION IS CONFIRMED BY RNA SEQUENCING AND PAN-TRK IHC."))
    s.append(P(lab, "AUTHORISED: DR C. PEMBERTON-ALI    17-02-2026 10:02", "body"))
    return s


L7121 = [
    L("ER", "expression", "negative", "ER IHC SP1 NEGATIVE | 0%", percent=0),
    L("PR", "expression", "negative", "PR IHC 16 NEGATIVE | 0%", percent=0),
    L("AR", "expression", "negative", "AR IHC SP107 NEGATIVE | 0%", percent=0),
    L("HER2", "expression", "negative", "NEGATIVE | 1+", ihc_score="1+"),
    L("PD-L1", "expression", "positive", "CPS 20", value="CPS 20"),
    L("PD-L1", "expression", "reported", "TPS 15%", percent=15),
    L("MLH1", "expression", "positive", "MLH1 IHC ES05 INTACT"),
    L("PMS2", "expression", "positive", "PMS2 IHC EP51 INTACT"),
    L("MSH2", "expression", "positive", "MSH2 IHC G219-1129 INTACT"),
    L("MSH6", "expression", "positive", "MSH6 IHC EP49 INTACT"),
    L("NTRK", "expression", "negative", "PAN-TRK IHC EPR17341 NEGATIVE"),
    L("KRAS", "mutation", "positive", "G12V DETECTED", alteration="G12V"),
    L("NRAS", "mutation", "negative", "NRAS NGS NOT DETECTED"),
    L("BRAF", "mutation", "negative", "BRAF NGS NOT DETECTED"),
    L("EGFR", "mutation", "negative", "EGFR NGS NOT DETECTED"),
    L("HER2", "mutation", "negative", "ERBB2 NGS NOT DETECTED"),
    L("PIK3CA", "mutation", "negative", "PIK3CA NGS NOT DETECTED"),
    L("IDH1", "mutation", "negative", "IDH1 NGS NOT DETECTED"),
    L("IDH2", "mutation", "negative", "IDH2 NGS NOT DETECTED"),
    L("TP53", "mutation", "positive", "R282W DETECTED", alteration="R282W"),
    L("BRCA1", "mutation", "negative", "BRCA1 NGS NOT DETECTED"),
    L("MET", "amplification", "negative", "NOT AMPLIFIED"),
    L("ALK", "fusion", "negative", "ALK RNA NGS NO FUSION"),
    L("ROS1", "fusion", "negative", "ROS1 RNA NGS NO FUSION"),
    L("RET", "fusion", "negative", "RET RNA NGS NO FUSION"),
    L("NTRK", "fusion", "negative", "NTRK1-3 RNA NGS NO FUSION"),
    L("MSI", "signature", "negative", "STABLE"),
    L("TMB", "signature", "negative", "9 MUT/MB", value="9 MUT/MB"),
]


# ============================================================================ 7122
M7122 = meta("Patient V", "21.03.1953", "M", "LIP-M-26-0301", "16.02.2026")


def r7122():
    lab, W = LINDQVIST, width(LINDQVIST)
    s = [P(lab, "Molecular Tumour Profile", "h1"),
         P(lab, "<b>Specimen:</b> Urinary bladder, transurethral resection (LIP-H-26-1422, block 3), muscle-invasive urothelial carcinoma. "
                "<b>Clinical question:</b> first-line options in metastatic disease; FGFR3, PD-L1, HER2 status. <b>Referrer:</b> Dr B. Aaltonen-Kaur."),
         Spacer(1, 4)]
    s.append(P(lab, "Overview", "h2"))
    s.append(grid(lab, [
        ["", "Biomarker", "Result"],
        ["1", "FGFR3", "S249C mutation - erdafitinib option"],
        ["2", "HER2 (IHC / ISH / DNA)", "IHC 2+; ISH not amplified; ERBB2 S310F mutation"],
        ["3", "PD-L1 (SP142 / 22C3)", "IC 5% / CPS 15"],
        ["4", "TMB / MSI", "11 mut/Mb (high) / stable"],
        ["5", "Nectin-4", "H-score 260 (no selection required for enfortumab vedotin)"],
    ], [20, 130, W - 150], headbg=LINDQVIST.colour, zebra=True))
    s.append(P(lab, "Immunohistochemistry and ISH", "h2"))
    s.append(grid(lab, [
        ["Analysis", "Reagent", "Result", "Criteria"],
        ["PD-L1", "SP142", "IC2/3: immune cells 5% of tumour area", "IC2/3 (>= 5%) = PD-L1 high"],
        ["PD-L1", "22C3", "CPS 15", "CPS >= 10 = positive (urothelial)"],
        ["HER2", "4B5", "2+ - equivocal", "Breast 2018 criteria applied"],
        ["HER2 ISH", "HER2/CEN-17 (bright-field)", "Not amplified (ratio 1.3; 2.9 HER2 signals/cell)", "Ratio >= 2.0 amplified"],
        ["Nectin-4", "EPR15613-68", "H-score 260", "No threshold"],
        ["p53", "DO-7", "Wild-type pattern (heterogeneous)", "-"],
    ], [70, 110, W * 0.38, W - 180 - W * 0.38], headbg=LINDQVIST.colour, zebra=False))
    s.append(P(lab, "Sequencing (DNA 161 genes; RNA 48 fusion genes)", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF", "Tier", "Therapy (examples)"],
        ["FGFR3", "p.(Ser249Cys)", "37%", "I-A", "Erdafitinib"],
        ["ERBB2", "p.(Ser310Phe)", "19%", "II-C", "HER2-directed agents in trials"],
        ["TP53", "p.(Glu285Lys)", "33%", "II", "-"],
        ["KDM6A", "p.(Gln555*)", "41%", "III", "-"],
        ["TERT", "promoter c.-146C>T", "44%", "III", "-"],
        ["PIK3CA", "p.(Ile391Met)", "48%", "Benign", "Common polymorphism"],
    ], [60, 120, 40, 40, W - 260], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Genomic signatures: TMB 11 mut/Mb (high; threshold 10), microsatellite stable. No fusions detected "
                    "(FGFR2, FGFR3, NTRK1-3, RET and others). Not mutated: HRAS, KRAS, BRAF.", "body"))
    s.append(P(lab, "Comment", "h2"))
    s.append(P(lab, "The p53 wild-type staining pattern is heterogeneous and does not exclude the TP53 missense variant seen by "
                    "sequencing, which may be subclonal. HER2 protein is equivocal without amplification; the ERBB2 S310F "
                    "extracellular-domain mutation is an activating alteration. A previous TURBT (2024, LIP-H-24-0877) was reported "
                    "here as HER2 1+; that specimen was non-invasive papillary carcinoma and is not re-interpreted."))
    s += assay_page(lab, "Methods and quality", [
        ("PD-L1 SP142", "Immune cell scoring", "IC0/1 vs IC2/3", "Urothelial"),
        ("PD-L1 22C3", "CPS", "CPS 10", "Urothelial"),
        ("HER2", "4B5 + bright-field dual ISH", "20 nuclei", "Equivocal IHC reflexed"),
        ("NGS", "DNA amplicon 161 genes; RNA 48 fusion genes", "LOD 3% VAF", "FGFR3 hotspots and fusions"),
    ], notes=["Report authorised by Dr T. Nyqvist-Obi, 16.02.2026. The previous HER2 result is cited for context only."])
    return s


L7122 = [
    L("HER2", "expression", "equivocal", "2+ - equivocal", ihc_score="2+"),
    L("HER2", "amplification", "negative", "Not amplified (ratio 1.3;", ratio=1.3),
    L("HER2", "mutation", "positive", "p.(Ser310Phe)", alteration="S310F"),
    L("PD-L1", "expression", "positive", "IC2/3: immune cells 5% of tumour area", value="IC 5%"),
    L("PD-L1", "expression", "positive", "CPS 15", value="CPS 15"),
    L("TMB", "signature", "positive", "TMB 11 mut/Mb (high; threshold 10)", value="11 mut/Mb"),
    L("MSI", "signature", "negative", "microsatellite stable"),
    L("TP53", "mutation", "positive", "p.(Glu285Lys)", alteration="E285K"),
    L("TP53", "expression", "negative", "Wild-type pattern (heterogeneous)", optional=True),
    L("NTRK", "fusion", "negative", "No fusions detected"),
    L("RET", "fusion", "negative", "No fusions detected"),
    L("HRAS", "mutation", "negative", "Not mutated: HRAS"),
    L("KRAS", "mutation", "negative", "Not mutated: HRAS, KRAS"),
    L("BRAF", "mutation", "negative", "KRAS, BRAF."),
    L("HER2", "expression", "negative", "HER2 1+", ihc_score="1+", optional=True),
]


# ============================================================================ 7123
M7123 = meta("Patient W", "10/27/1971", "F", "MOD-26-005389", "02/19/2026")


def r7123():
    lab, W = MERIDIAN, width(MERIDIAN)
    s = [P(lab, "Comprehensive Tumor Profile", "h1"),
         P(lab, "PRELIMINARY REPORT - one result pending (see below)", "h3", textColor=AMBER),
         kv(lab, [("Patient", "Patient W"), ("Specimen", "Ascending colon, right hemicolectomy, block A11"),
                  ("Diagnosis", "Mucinous adenocarcinoma, pT4a N2a; peritoneal nodules"), ("Physician", "D. Kamara-Lindholm, MD")],
            [60, W / 2 - 60, 60, W / 2 - 60], lines=True),
         Spacer(1, 6)]
    half = W / 2 - 6
    ben = [P(lab, "<b>Biomarkers with potential benefit</b>", "body", textColor=GREEN),
           P(lab, "None identified among tested biomarkers.", "cell")]
    lack = [P(lab, "<b>Biomarkers with potential lack of benefit</b>", "body", textColor=RED),
            grid(lab, [["Biomarker", "Result", "Associated therapies"],
                       ["NRAS", [Pill("MUTATED", RED), P(lab, "Q61K", "cell")], "cetuximab, panitumumab"],
                       ["MSI / MMR", [Pill("MSS / pMMR", RED)], "pembrolizumab, nivolumab"]],
                 [50, 80, half - 130], headbg=RED, zebra=False, lines="h")]
    ind = [P(lab, "<b>Indeterminate / pending</b>", "body", textColor=AMBER),
           grid(lab, [["Biomarker", "Status"],
                      ["HER2 IHC", [Pill("EQUIVOCAL 2+", AMBER)]],
                      ["HER2 ISH", [Pill("PENDING", GREY)]]], [60, 100], headbg=AMBER, zebra=False, lines="h")]
    t = Table([[ben, lack], [ind, ""]], colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(box(lab, [P(lab, "SUMMARY OF SIGNIFICANT RESULTS", "h3"), t], W, bg=LIGHT))
    s.append(P(lab, "Results in detail", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold", "Therapy association"],
        ["HER2", "IHC (4B5)", "Protein", "Equivocal 2+, 30%*", "CRC: 3+ in >= 50% = positive", "Pending ISH"],
        ["HER2", "CISH", "Gene", "Pending", "Amplified if ratio >= 2.0", "-"],
        ["MLH1", "IHC", "Protein", "Retained", "-", "-"],
        ["PMS2", "IHC", "Protein", "Retained", "-", "-"],
        ["MSH2", "IHC", "Protein", "Retained", "-", "-"],
        ["MSH6", "IHC", "Protein", "Retained", "-", "-"],
        ["MSI", "NGS", "DNA", "Stable", "-", "Lack of benefit: pembrolizumab"],
        ["TMB", "NGS", "DNA", "Low | 4 mut/Mb", "High >= 10 mut/Mb", "-"],
        ["NRAS", "NGS", "DNA", "Mutated, Pathogenic", "-", "Lack of benefit: cetuximab, panitumumab"],
        ["KRAS", "NGS", "DNA", "Wild type", "-", "-"],
        ["BRAF", "NGS", "DNA", "Wild type", "-", "-"],
        ["PD-L1", "IHC (22C3)", "Protein", "Not performed (not requested)", "-", "-"],
        ["NTRK1/2/3", "NGS", "RNA", "Not detected", "-", "-"],
    ], [50, 60, 48, W * 0.24, W * 0.22, W - 158 - W * 0.46], zebra=True))
    s.append(P(lab, "* Moderate complete membrane staining in approximately 30% of tumour cells; by colorectal (HERACLES) criteria this "
                    "is below the 3+ threshold. ISH has been requested and will be reported in an amended report.", "small"))
    s.append(P(lab, "Genomic alterations", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF", "Classification"],
        ["NRAS", "Q61K (c.181C>A)", "35%", "Pathogenic"],
        ["APC", "S1465fs", "30%", "Pathogenic"],
        ["SMAD4", "Deletion (homozygous)", "-", "Pathogenic"],
        ["GNAS", "R201H", "22%", "Pathogenic (mucinous phenotype)"],
        ["ERBB2", "L755S", "3%", "Below reporting threshold; not confirmed"],
    ], [60, 130, 40, W - 230], zebra=False, lines="h"))
    s.append(P(lab, "A low-level ERBB2 L755S read (3%) is below the validated limit of detection and is not reported as a result.", "small"))
    s += assay_page(lab, "Methods and limitations", [
        ("IHC", "HER2 4B5; MMR panel", "On-slide controls", "CRC HER2 scoring by HERACLES criteria"),
        ("CISH", "HER2/CEN17", "Pending", "Reflex after IHC 2+"),
        ("DNA-seq", "592 genes", "LOD 5% VAF", "SNV, indel, CNA, MSI, TMB"),
        ("RNA-seq", "Fusion panel", "-", "NTRK, ALK, ROS1, RET, BRAF"),
    ], notes=["Electronically signed: P. Szymanski, PhD; R. Delacroix-Ibe, MD. 02/19/2026. An amended report will follow when "
              "HER2 ISH is complete."])
    return s


L7123 = [
    L("HER2", "expression", "equivocal", ["EQUIVOCAL 2+", "Equivocal 2+, 30%"], ihc_score="2+", percent=30),
    L("MLH1", "expression", "positive", "Retained"),
    L("PMS2", "expression", "positive", "Retained"),
    L("MSH2", "expression", "positive", "Retained"),
    L("MSH6", "expression", "positive", "Retained"),
    L("MMR", "signature", "negative", "MSS / pMMR"),
    L("MSI", "signature", "negative", "Stable"),
    L("TMB", "signature", "negative", "Low | 4 mut/Mb", value="4 mut/Mb"),
    L("NRAS", "mutation", "positive", ["Q61K (c.181C>A)", "Mutated, Pathogenic"], alteration="Q61K"),
    L("KRAS", "mutation", "negative", "Wild type"),
    L("BRAF", "mutation", "negative", "Wild type"),
    L("NTRK", "fusion", "negative", "Not detected"),
]


# ============================================================================ 7124
M7124 = meta("Patient X", "02/12/1960", "M", "KMP/26/01502", "18 Feb 2026")


def r7124():
    lab, W = KESTREL, width(KESTREL)
    s = [P(lab, "Integrated Tumour Biomarker Report", "h1"),
         P(lab, "Oral tongue, left lateral border - partial glossectomy and neck dissection (block B4, primary tumour). "
                "Squamous cell carcinoma, keratinising, moderately differentiated, pT3 pN2b. Referrer: Ms R. Oyelowo-Strand, Head and Neck MDT."),
         Spacer(1, 4)]
    s.append(P(lab, "Summary", "h2"))
    s.append(P(lab, "PD-L1 combined positive score 45 and tumour proportion score 30% (22C3). EGFR protein is strongly expressed without "
                    "gene amplification. HRAS and PIK3CA are mutated. HPV-independent (p16 negative; HPV RNA ISH negative)."))
    s.append(P(lab, "Results matrix", "h2"))
    rows = [["Biomarker", "Method", "Result", "Interpretation / therapy association"],
            ["PD-L1", "IHC 22C3 - CPS", "CPS 45", "CPS >= 1: pembrolizumab monotherapy or with chemotherapy (R/M HNSCC)"],
            ["PD-L1", "IHC 22C3 - TPS", "TPS 30%", "Reported for information"],
            ["EGFR", "IHC (3C6)", "Positive, 3+ in 90% of cells", "Cetuximab does not require EGFR testing"],
            ["EGFR", "FISH (EGFR/CEP7)", "Not amplified (ratio 1.2)", "Ratio >= 2.0 amplified"],
            ["p16", "IHC (E6H4)", "Negative", "HPV-independent"],
            ["HPV", "RNA ISH (high-risk cocktail)", "Negative", "-"],
            ["HRAS", "NGS", "G13R (VAF 17%), pathogenic", "Tipifarnib (trial, VAF >= 20% required: not met)"],
            ["PIK3CA", "NGS", "E542K (VAF 22%), pathogenic", "PI3K inhibitor trials"],
            ["TP53", "NGS", "C238F (VAF 46%), pathogenic", "-"],
            ["NOTCH1", "NGS", "c.1151-2A>G, likely pathogenic", "-"],
            ["TMB", "NGS", "8 mut/Mb", "Not high (threshold 10 mut/Mb)"],
            ["MSI", "NGS", "Stable", "-"],
            ["NTRK1/2/3", "RNA NGS", "Not detected", "-"]]
    s.append(grid(lab, rows, [64, 110, 140, W - 314], headbg=KESTREL.colour, zebra=True))
    s.append(P(lab, "Genes sequenced without reportable variants", "h3"))
    s.append(columns(lab, ["BRAF", "CDKN2A", "EGFR", "FAT1", "KRAS", "NRAS", "NFE2L2", "NSD1", "PTEN", "FBXW7", "CASP8", "AJUBA"], 6, W))
    s.append(P(lab, "Note: CDKN2A is listed as unaltered by sequencing; p16 protein is nevertheless absent by IHC, a recognised "
                    "discordance (promoter methylation).", "small"))
    s.append(P(lab, "Lymph node metastasis", "h2"))
    s.append(P(lab, "The level II node (block C2) was stained for PD-L1 at the request of the MDT: CPS 60. The primary tumour result above "
                    "is the reportable value for treatment selection; nodal scores tend to be higher because of lymphoid stroma."))
    s += assay_page(lab, "Assay information", [
        ("PD-L1 22C3", "CPS and TPS scored by two pathologists", "CPS thresholds 1 and 20", "HNSCC"),
        ("EGFR IHC / FISH", "3C6; EGFR/CEP7", "Research", "Not required for cetuximab"),
        ("HPV", "p16 E6H4; RNA ISH", "-", "Oropharynx and oral cavity"),
        ("NGS", "DNA 161 genes; RNA 46 fusion genes", "LOD 5%", "Tumour-only"),
    ], notes=["Reported by Dr F. Nakashima-Reed and Dr W. Obuya-Kerr, 18 Feb 2026."])
    return s


L7124 = [
    L("PD-L1", "expression", "positive", "CPS 45", value="CPS 45"),
    L("PD-L1", "expression", "reported", "TPS 30%", percent=30),
    L("PD-L1", "expression", "positive", "CPS 60", value="CPS 60", optional=True),
    L("EGFR", "expression", "positive", "Positive, 3+ in 90% of cells", ihc_score="3+", percent=90),
    L("EGFR", "amplification", "negative", "Not amplified (ratio 1.2)", ratio=1.2),
    L("HRAS", "mutation", "positive", "G13R (VAF 17%), pathogenic", alteration="G13R"),
    L("PIK3CA", "mutation", "positive", "E542K (VAF 22%), pathogenic", alteration="E542K"),
    L("TP53", "mutation", "positive", "C238F (VAF 46%), pathogenic", alteration="C238F"),
    L("TMB", "signature", "negative", "8 mut/Mb", value="8 mut/Mb"),
    L("MSI", "signature", "negative", "Stable"),
    L("NTRK", "fusion", "negative", "Not detected"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
]


# ============================================================================ 7125
M7125 = meta("Patient Y", "1958-09-09", "M", "NPP-2026-121003", "2026-02-18")


def r7125():
    lab, W = NORTHGATE, width(NORTHGATE)
    s = [P(lab, "PRECISION TUMOR PROFILE - GASTRIC", "h1"),
         P(lab, "SPECIMEN: STOMACH, ANTRUM, ENDOSCOPIC BIOPSIES (8 FRAGMENTS), BLOCK 1   COLLECTED 2026-02-02", "small"),
         P(lab, "DX: ADENOCARCINOMA, INTESTINAL TYPE (LAUREN), METASTATIC TO LIVER   ORDERING: S. VOLKOVA-ADDO, MD   TUMOR %: 45", "small"),
         Spacer(1, 5)]
    s.append(box(lab, [
        P(lab, "** ACTIONABLE FINDINGS **", "h3"),
        P(lab, "MMR DEFICIENT (MLH1/PMS2 LOSS) / MSI-HIGH ........ CHECKPOINT INHIBITOR ELIGIBLE", "cell"),
        P(lab, "TMB 18 MUT/MB ............................... HIGH", "cell"),
        P(lab, "HER2 ........................................ IHC 2+, ISH EQUIVOCAL - SEE NOTE 1", "cell"),
        P(lab, "KRAS ........................................ AMPLIFIED (CN 16)", "cell"),
    ], W, border=colors.black))
    s.append(Spacer(1, 6))
    s.append(P(lab, "BIOMARKER DETAIL", "h2"))
    rows = [["MARKER", "METHOD", "CLONE/PROBE", "RESULT", "CUTOFF", "THERAPY ASSOC."],
            ["HER2", "IHC", "4B5", "Equivocal | 2+", "gastric criteria", "reflex ISH"],
            ["HER2", "ISH", "HER2/CEP17", "Equivocal (ratio 1.9)(1)", ">= 2.0 amp", "trastuzumab (uncertain)"],
            ["PD-L1", "IHC", "22C3", "CPS 3", "CPS >= 1 / >= 5 / >= 10", "nivolumab/pembrolizumab + chemo"],
            ["MLH1", "IHC", "ES05", "Loss", "-", "-"],
            ["PMS2", "IHC", "EP51", "Loss", "-", "-"],
            ["MSH2", "IHC", "G219-1129", "Intact", "-", "-"],
            ["MSH6", "IHC", "EP49", "Intact", "-", "-"],
            ["MSI", "NGS-DNA", "-", "MSI-H", ">= 20% unstable loci", "pembrolizumab, dostarlimab"],
            ["TMB", "NGS-DNA", "-", "18 mut/Mb", "High >= 10 mut/Mb", "pembrolizumab"],
            ["CLDN18.2", "IHC", "43-14A", "Positive 2+/3+, 85%", ">= 75% 2+/3+", "zolbetuximab"],
            ["FGFR2b", "IHC", "FPR2-D", "Negative, 0%", ">= 10% 2+/3+", "bemarituzumab (trial)"],
            ["EBV", "EBER ISH", "-", "Negative", "-", "-"],
            ["KRAS", "NGS-DNA", "-", "Amplified (CN 16)", "CN >= 8", "-"],
            ["ERBB2", "NGS-DNA", "-", "Not amplified (CN 4)", "CN >= 6", "-"]]
    s.append(grid(lab, rows, [60, 56, 66, W * 0.24, W * 0.2, W - 182 - W * 0.44], headbg=colors.black, zebra=True))
    s.append(P(lab, "(1) HER2/CEP17 RATIO 1.9, MEAN HER2 4.6 SIGNALS/CELL IN 40 NUCLEI. THE RESULT IS REPORTED AS EQUIVOCAL BECAUSE THE "
                    "RATIO LIES WITHIN 10% OF THE CUT-OFF; A SECOND ISH ON A RESECTION SPECIMEN IS SUGGESTED. NGS COPY NUMBER DOES NOT "
                    "SUPPORT HIGH-LEVEL ERBB2 AMPLIFICATION.", "small"))
    s.append(P(lab, "VARIANT TABLE (DNA)", "h2"))
    s.append(grid(lab, [
        ["GENE", "VARIANT", "VAF", "CLASS"],
        ["ARID1A", "p.D1850fs", "31%", "PATHOGENIC"],
        ["RNF43", "p.G659fs", "28%", "PATHOGENIC"],
        ["PIK3CA", "p.H1047R", "19%", "PATHOGENIC"],
        ["KRAS", "AMPLIFICATION CN 16", "-", "PATHOGENIC"],
        ["ERBB3", "p.V104M", "12%", "LIKELY PATHOGENIC"],
        ["TP53", "NONE", "-", "NO ALTERATION"],
    ], [60, W * 0.4, 60, W - 120 - W * 0.4], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "NOTE: MLH1 PROMOTER HYPERMETHYLATION TESTING NOT PERFORMED (NOT VALIDATED FOR GASTRIC). MLH1 LOSS IN GASTRIC "
                    "CANCER IS USUALLY SPORADIC.", "small"))
    s += assay_page(lab, "ASSAY NOTES", [
        ("IHC", "HER2 4B5; PD-L1 22C3; MMR; CLDN18 43-14A; FGFR2b FPR2-D", "CONTROLS OK", "GASTRIC SCORING"),
        ("ISH", "HER2/CEP17 DUAL PROBE", "40 NUCLEI", "REFLEX AFTER 2+"),
        ("DNA NGS", "161-GENE HYBRID CAPTURE", "LOD 5% VAF; CN >= 6 (ERBB2), >= 8 (KRAS)", "SNV/INDEL/CNV/MSI/TMB"),
    ], notes=["SIGNED OUT: A. QUILLFEATHER, MD, PHD  2026-02-18 09:41"])
    return s


L7125 = [
    L("HER2", "expression", "equivocal", "Equivocal | 2+", ihc_score="2+"),
    L("HER2", "amplification", "equivocal", "Equivocal (ratio 1.9)", ratio=1.9),
    L("HER2", "amplification", "negative", "Not amplified (CN 4)", optional=True),
    L("PD-L1", "expression", "positive", "CPS 3", value="CPS 3"),
    L("MLH1", "expression", "negative", "Loss"),
    L("PMS2", "expression", "negative", "Loss"),
    L("MSH2", "expression", "positive", "Intact"),
    L("MSH6", "expression", "positive", "Intact"),
    L("MMR", "signature", "positive", "MMR DEFICIENT"),
    L("MSI", "signature", "positive", "MSI-H"),
    L("TMB", "signature", "positive", "18 mut/Mb", value="18 mut/Mb"),
    L("KRAS", "amplification", "positive", "Amplified (CN 16)", alteration="amplification"),
    L("PIK3CA", "mutation", "positive", "p.H1047R", alteration="H1047R"),
    L("TP53", "mutation", "negative", "NO ALTERATION"),
]


# ============================================================================ 7126
M7126 = meta("Patient Z", "14.01.1994", "F", "CTP-26-00866", "17.02.2026")


def r7126():
    lab, W = HALVORSEN, width(HALVORSEN)
    s = [P(lab, "Tumour Profiling Report - Lung carcinoma", "h1"),
         grid(lab, [["Patient", "Specimen", "Referral"],
                    ["Patient Z, female, born 14.01.1994. Never smoker.", "Left hilar mass, EBUS-TBNA (station 10L) cell block and cores; block C1. Adenocarcinoma, solid. Tumour fraction 40%.",
                     "Thoracic oncology, Dr M. Haugen-Adeyemi. Received 05.02.2026"]], [W / 3] * 3, zebra=False),
         Spacer(1, 4)]
    s.append(P(lab, "1. Key results", "h2"))
    s.append(box(lab, [P(lab, "NTRK1 gene fusion detected: TPM3::NTRK1 (exon 8 : exon 10), confirmed by pan-TRK immunohistochemistry. "
                              "Tumour-agnostic TRK inhibitors (larotrectinib, entrectinib, repotrectinib) are indicated."),
                       P(lab, "No EGFR, KRAS, BRAF, ERBB2 or MET alteration. ALK, ROS1 and RET fusion negative.", "small")], W, bg=HALVORSEN.accent))
    s.append(P(lab, "2. Immunohistochemistry", "h2"))
    s.append(grid(lab, [
        ["Marker", "Clone", "Result", "Scoring / threshold", "Comment"],
        ["pan-TRK", "EPR17341", "Positive (diffuse cytoplasmic, 2+)", "Any staining above background", "Concordant with NTRK1 fusion"],
        ["ALK", "D5F3", "Negative", "Binary", "-"],
        ["ROS1", "D4D6", "Negative", "H-score < 100 = negative", "-"],
        ["PD-L1", "22C3", "Positive, TPS 1%", "TPS 1-49% = low expression", "-"],
        ["TTF-1", "8G7G3/1", "Positive", "-", "Diagnostic"],
    ], [60, 60, 130, 120, W - 370], zebra=True))
    s.append(P(lab, "3. Sequencing", "h2"))
    s.append(P(lab, "RNA (fusion panel, 62 genes):", "h3"))
    s.append(grid(lab, [
        ["Fusion", "Breakpoint", "Supporting reads", "Frame", "Call"],
        ["TPM3::NTRK1", "exon 8 : exon 10", "1,284", "In-frame", "Pathogenic"],
    ], [90, 90, 90, 70, W - 340], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Fusions in ALK, ROS1, RET, NRG1, NTRK2 and NTRK3 were not detected; MET exon 14 skipping was not detected.", "body"))
    s.append(P(lab, "DNA (hotspot panel, 52 genes):", "h3"))
    s.append(P(lab, "No pathogenic variants in EGFR, KRAS, NRAS, BRAF, ERBB2, MET, PIK3CA. TP53 c.215C>G p.(Pro72Arg), 51% - common benign "
                    "polymorphism, not reported as a mutation.", "body"))
    s.append(kv(lab, [("MSI", "MS-Stable"), ("TMB", "3 mut/Mb (low)")], [40, W / 2 - 40, 40, W / 2 - 40]))
    s.append(P(lab, "4. Comment", "h2"))
    s.append(P(lab, "NTRK fusions occur in under 1% of non-small cell lung cancers. Pan-TRK staining is a sensitive screening tool but is "
                    "not specific in tumours with physiological TRK expression; here the fusion is confirmed at RNA level. The low "
                    "PD-L1 expression is recorded for completeness."))
    s += assay_page(lab, "5. Method notes", [
        ("pan-TRK", "EPR17341", "Screening", "Reflex RNA sequencing on any staining"),
        ("ALK / ROS1", "D5F3 / D4D6", "Binary / H-score", "Lung"),
        ("PD-L1", "22C3", "TPS", "Minimum 100 tumour cells"),
        ("DNA NGS", "Amplicon, 52 genes", "LOD 5%", "Hotspots"),
        ("RNA NGS", "Anchored multiplex, 62 genes", ">= 5 unique reads", "Fusions and MET exon 14 skipping"),
    ], notes=["Signed: Dr K. Thorsrud; Dr A. Moreau-Lindahl. 17.02.2026."])
    return s


L7126 = [
    L("NTRK", "fusion", "positive", ["TPM3::NTRK1 (exon 8 : exon 10)", "TPM3::NTRK1"], alteration="TPM3-NTRK1"),
    L("NTRK", "expression", "positive", "Positive (diffuse cytoplasmic, 2+)"),
    L("ALK", "expression", "negative", "D5F3 Negative"),
    L("ROS1", "expression", "negative", "D4D6 Negative"),
    L("PD-L1", "expression", "positive", "Positive, TPS 1%", percent=1),
    L("ALK", "fusion", "negative", "Fusions in ALK, ROS1, RET"),
    L("ROS1", "fusion", "negative", "Fusions in ALK, ROS1, RET"),
    L("RET", "fusion", "negative", "Fusions in ALK, ROS1, RET"),
    L("MET", "mutation", "negative", "MET exon 14 skipping was not detected"),
    L("EGFR", "mutation", "negative", "No pathogenic variants in EGFR"),
    L("KRAS", "mutation", "negative", "EGFR, KRAS, NRAS"),
    L("NRAS", "mutation", "negative", "EGFR, KRAS, NRAS"),
    L("BRAF", "mutation", "negative", "BRAF, ERBB2"),
    L("HER2", "mutation", "negative", "BRAF, ERBB2"),
    L("PIK3CA", "mutation", "negative", "MET, PIK3CA"),
    L("MSI", "signature", "negative", "MS-Stable"),
    L("TMB", "signature", "negative", "3 mut/Mb (low)", value="3 mut/Mb"),
]


# ============================================================================ 7127
M7127 = meta("Patient AA", "08/08/1966", "M", "BRL-O-26-31877", "02/20/2026")


def r7127():
    lab, W = BLUEWATER, width(BLUEWATER)
    s = [P(lab, "OncoPanorama - Supplemental Report (HER2)", "h1")]
    s.append(kv(lab, [("Patient", "Patient AA"), ("Specimen", "Liver, segment 7, core biopsy (BRL-O-26-31877-A)"),
                      ("Ordering", "F. Idowu-Marsh, MD"), ("Diagnosis", "Metastatic colorectal adenocarcinoma (sigmoid primary, resected 2024)"),
                      ("Reason", "HER2 testing after progression on FOLFOX-bevacizumab"), ("Report type", "SUPPLEMENTAL - adds to BRL-O-25-20014")],
                [80, W / 2 - 80, 100, W / 2 - 100], lines=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "New results on this specimen", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold / scoring", "Therapy association"],
        ["HER2", "IHC (4B5)", "Protein", "Positive 3+, 70%", "CRC (HERACLES): 3+ in >= 50% of cells", "Trastuzumab + tucatinib; trastuzumab + pertuzumab; T-DXd"],
        ["HER2", "FISH (HER2/CEP17)", "Gene", "Amplified (ratio 6.0)", "Ratio >= 2.0", "As above"],
        ["TMB", "NGS", "DNA", "Pending", "-", "-"],
        ["Fusions", "RNA NGS", "RNA", "Pending", "-", "-"],
    ], [60, 90, 50, 130, 170, W - 500], headbg=BLUEWATER.colour, zebra=True))
    s.append(P(lab, "FISH detail: mean HER2 13.2 and CEP17 2.2 signals per nucleus (40 nuclei, two areas); clusters present. "
                    "Heterogeneity not observed.", "small"))
    s.append(P(lab, "Results carried forward from the original report BRL-O-25-20014 (primary tumour, 2024) - not repeated", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Result (2024)", "Specimen"],
        ["KRAS", "NGS", "Wild type", "Sigmoid colon resection"],
        ["NRAS", "NGS", "Wild type", "Sigmoid colon resection"],
        ["BRAF", "NGS", "Wild type", "Sigmoid colon resection"],
        ["MMR", "IHC", "Proficient", "Sigmoid colon resection"],
        ["HER2", "IHC", "Not tested", "-"],
    ], [90, 80, 150, W - 320], headbg=GREY, zebra=False))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "HER2-positive metastatic colorectal cancer (IHC 3+, FISH amplified) in a RAS/BRAF wild-type tumour. HER2-directed "
                    "therapy is supported. Note that HER2 amplification is associated with lack of benefit from anti-EGFR antibodies "
                    "(cetuximab, panitumumab) even in RAS wild-type disease. Because the earlier sequencing was done on the 2024 primary, "
                    "acquired RAS mutations cannot be excluded; the pending DNA sequencing of this liver biopsy will address this."))
    s += assay_page(lab, "Methods", [
        ("HER2 IHC", "4B5, OptiView detection", "HERACLES scoring", "Colorectal"),
        ("HER2 FISH", "HER2/CEP17 dual colour", "40 nuclei, 2 areas", "Amplified if ratio >= 2.0"),
        ("DNA / RNA NGS", "523 genes; 55 fusion genes", "In progress", "Supplemental report to follow"),
    ], notes=["Pathologist: G. Haverkamp, MD. Released 02/20/2026. This supplemental report must be read with the original report."])
    return s


L7127 = [
    L("HER2", "expression", "positive", "Positive 3+, 70%", ihc_score="3+", percent=70),
    L("HER2", "amplification", "positive", "Amplified (ratio 6.0)", ratio=6.0),
    L("KRAS", "mutation", "negative", "KRAS NGS Wild type", optional=True),
    L("NRAS", "mutation", "negative", "NRAS NGS Wild type", optional=True),
    L("BRAF", "mutation", "negative", "BRAF NGS Wild type", optional=True),
    L("MMR", "signature", "negative", "Proficient", optional=True),
]


# ============================================================================ 7128
M7128 = meta("Patient AB", "03/04/1976", "M", "CG-26-2488", "19/02/2026")


def r7128():
    lab, W = CORVID, width(CORVID)
    s = [P(lab, "Tumour Insight Report", "h1"),
         P(lab, "Lung, right middle lobe - CT-guided core biopsy (block A1). Invasive non-mucinous adenocarcinoma, solid and acinar. "
                "Referred by Dr J. Takahashi-Byrne (Thoracic Oncology). Tumour content 50%.", "small"),
         Spacer(1, 5)]
    s.append(P(lab, "Results at a glance", "h2"))
    rows = [["Biomarker", "Method", "Result", "Note"]]
    for a, b, c, d in [
        ("ROS1", "IHC (D4D6)", Pill("POSITIVE", GREEN), "Diffuse granular cytoplasmic, 3+ (H-score 270)"),
        ("ROS1", "FISH (break-apart)", Pill("REARRANGED", RED), "70% of nuclei with split or isolated 3' signals"),
        ("ROS1", "RNA NGS", Pill("FUSION DETECTED", RED), "CD74::ROS1 (exon 6 : exon 34)"),
        ("PD-L1", "IHC (22C3)", Pill("HIGH", GREEN), "TPS 60% (high if >= 50%)"),
        ("MET", "IHC (SP44)", Pill("NEGATIVE", GREY), "1+, 10% (MET-high requires >= 50% at 3+)"),
        ("ALK", "IHC (D5F3)", Pill("NEGATIVE", GREY), "-"),
        ("EGFR / KRAS / BRAF", "DNA NGS", Pill("WILD TYPE", GREY), "-"),
        ("TP53", "DNA NGS", Pill("WILD TYPE", GREY), "-"),
        ("TMB", "DNA NGS", Pill("LOW", GREY), "2 mut/Mb"),
        ("MSI", "DNA NGS", Pill("STABLE", GREY), "-"),
    ]:
        rows.append([a, b, [c], d])
    s.append(grid(lab, rows, [90, 80, 100, W - 270], headbg=PURPLE, zebra=True))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "ROS1 rearrangement is confirmed by three methods (protein overexpression, FISH and RNA sequencing with a CD74 "
                    "partner). ROS1 tyrosine kinase inhibitors (entrectinib, crizotinib, repotrectinib, taletrectinib) are the preferred "
                    "first-line option. High PD-L1 expression does not predict benefit from immunotherapy in ROS1-rearranged lung cancer. "
                    "Clinical trial CG-ROS-09 (ROS1 G2032R resistance) is not relevant at diagnosis."))
    s.append(P(lab, "Genes with no reportable alterations (DNA)", "h3"))
    s.append(columns(lab, ["ALK", "BRAF", "EGFR", "ERBB2", "KRAS", "MAP2K1", "MET", "NRAS", "PIK3CA", "RET", "STK11", "KEAP1"], 6, W, lines=True))
    s += assay_page(lab, "About this test", [
        ("ROS1 IHC", "D4D6", "Screening; H-score >= 150 reflexes to FISH", "Lung"),
        ("ROS1 FISH", "Break-apart 6q22", "50 nuclei; >= 15% positive", "Confirmation"),
        ("PD-L1", "22C3", "TPS", "Lung"),
        ("NGS", "DNA 500 genes; RNA 80 fusion genes", "LOD 5%", "SNV, indel, CNV, fusions, MSI, TMB"),
    ], notes=["Authorised by Dr M. Vasquez-Thornbury, FRCPath, 19/02/2026."])
    return s


L7128 = [
    L("ROS1", "expression", "positive", "Diffuse granular cytoplasmic, 3+ (H-score 270)", ihc_score="3+"),
    L("ROS1", "fusion", "positive", ["REARRANGED", "CD74::ROS1 (exon 6 : exon 34)"], alteration="CD74-ROS1"),
    L("PD-L1", "expression", "positive", "TPS 60% (high if >= 50%)", percent=60),
    L("MET", "expression", "negative", "1+, 10% (MET-high requires", ihc_score="1+", percent=10),
    L("ALK", "expression", "negative", "ALK IHC (D5F3) NEGATIVE"),
    L("EGFR", "mutation", "negative", "EGFR / KRAS / BRAF"),
    L("KRAS", "mutation", "negative", "EGFR / KRAS / BRAF"),
    L("BRAF", "mutation", "negative", "EGFR / KRAS / BRAF"),
    L("TP53", "mutation", "negative", "TP53 DNA NGS WILD TYPE"),
    L("TMB", "signature", "negative", "2 mut/Mb", value="2 mut/Mb"),
    L("MSI", "signature", "negative", "STABLE"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("PIK3CA", "mutation", "negative", "PIK3CA"),
    L("HER2", "mutation", "negative", "ERBB2"),
]


# ============================================================================ 7129
M7129 = meta("Patient AC", "12/01/1949", "F", "PCD-26-2031", "02/20/2026")


def r7129():
    lab, W = PINECREST, width(PINECREST)
    s = [P(lab, "PROFILE360 | Gynecologic", "h1"),
         kv(lab, [("Specimen", "Uterus, total hysterectomy; block B3 (tumor)"), ("Clinical", "Uterine serous carcinoma, FIGO IIIC1"),
                  ("Block", "PCD-26-2031-B3"), ("Physician", "A. Montgomery-Oyelaran, MD")],
            [60, W / 2 - 60, 60, W / 2 - 60], lines=True),
         Spacer(1, 8)]
    s.append(P(lab, "Significant findings", "h2"))
    s.append(grid(lab, [
        ["", "Finding", "Clinical note"],
        [[Pill("ACTIONABLE", GREEN)], "HER2 positive: IHC 3+ and FISH amplified", "Carboplatin-paclitaxel with trastuzumab (serous carcinoma); T-DXd"],
        [[Pill("INFORMATIVE", BLUE)], "p53 aberrant (overexpression); TP53 R273H", "Copy-number high / p53-abnormal molecular subgroup"],
        [[Pill("NEGATIVE", GREY)], "MMR proficient; MSS; TMB 2 mut/Mb", "-"],
    ], [74, W * 0.42, W - 74 - W * 0.42], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Immunohistochemistry and ISH", "h2"))
    s.append(grid(lab, [
        ["Stain", "Clone", "Result", "Scoring"],
        ["HER2", "4B5", "3+ (complete/lateral membrane, 40% of cells)", "Serous endometrial criteria: 3+ in > 30%"],
        ["HER2 FISH", "HER2/CEP17", "Amplified (ratio 3.1)", "Ratio >= 2.0"],
        ["p53", "DO-7", "Aberrant - strong diffuse nuclear overexpression", "Mutation-type pattern"],
        ["Estrogen receptor", "SP1", "Positive 1+, 15%", "Positive if >= 1%"],
        ["Progesterone receptor", "1E2", "Negative, 0%", "Positive if >= 1%"],
        ["MLH1 / PMS2 / MSH2 / MSH6", "Panel", "Retained; MMR proficient", "-"],
        ["FRalpha", "FOLR1-2.1", "Positive, 60% at 2+", "Trial screening (>= 75% not met)"],
    ], [120, 70, W * 0.36, W - 190 - W * 0.36], headbg=PINECREST.colour, zebra=True))
    s.append(P(lab, "Sequencing results", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "Type", "VAF / CN", "Classification"],
        ["TP53", "R273H", "Missense", "71%", "Pathogenic"],
        ["ERBB2", "Amplification", "Copy number", "CN 21", "Pathogenic"],
        ["PPP2R1A", "P179R", "Missense", "33%", "Pathogenic"],
        ["FBXW7", "R465H", "Missense", "29%", "Pathogenic"],
        ["CCNE1", "-", "-", "-", "No amplification"],
        ["PIK3CA", "-", "-", "-", "No alteration"],
    ], [60, 100, 80, 60, W - 300], headbg=PINECREST.colour, zebra=False, lines="h"))
    s.append(P(lab, "Genomic signatures", "h2"))
    s.append(kv(lab, [("Microsatellite status", "MSI-High: NOT DETECTED"), ("TMB", "2 mut/Mb (low)")],
                [110, W / 2 - 110, 40, W / 2 - 40], lines=True))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "HER2 overexpression with amplification is present in about one quarter of uterine serous carcinomas; trastuzumab "
                    "added to chemotherapy improved progression-free survival in advanced disease. ER is low positive. The p53 staining "
                    "pattern agrees with the TP53 missense mutation. Folate receptor alpha expression does not meet the threshold of the "
                    "trial named by the referring clinician."))
    s += assay_page(lab, "Test description and limitations", [
        ("IHC", "HER2 4B5; p53 DO-7; ER SP1; PR 1E2; MMR panel; FRalpha", "On-slide controls", "Uterine serous HER2 criteria"),
        ("FISH", "HER2/CEP17", "40 nuclei", "Performed on all serous carcinomas"),
        ("PROFILE360 DNA", "447 genes", "LOD 5%", "SNV, indel, CNV, MSI, TMB"),
    ], notes=["Signed: O. Abernathy-Sole, MD and C. Ibarra-Lindgren, PhD. 02/20/2026."])
    return s


L7129 = [
    L("HER2", "expression", "positive", "3+ (complete/lateral membrane, 40% of cells)", ihc_score="3+", percent=40),
    L("HER2", "amplification", "positive", ["Amplified (ratio 3.1)", "CN 21"], ratio=3.1),
    L("TP53", "expression", "positive", "Aberrant - strong diffuse nuclear overexpression"),
    L("TP53", "mutation", "positive", "R273H", alteration="R273H"),
    L("ER", "expression", "positive", "Positive 1+, 15%", percent=15),
    L("PR", "expression", "negative", "Negative, 0%", percent=0),
    L("MLH1", "expression", "positive", "Retained; MMR proficient"),
    L("PMS2", "expression", "positive", "Retained; MMR proficient"),
    L("MSH2", "expression", "positive", "Retained; MMR proficient"),
    L("MSH6", "expression", "positive", "Retained; MMR proficient"),
    L("MMR", "signature", "negative", "MMR proficient"),
    L("MSI", "signature", "negative", "MSI-High: NOT DETECTED"),
    L("TMB", "signature", "negative", "2 mut/Mb (low)", value="2 mut/Mb"),
    L("PIK3CA", "mutation", "negative", "No alteration"),
]


# ============================================================================ 7130
M7130 = meta("Patient AD", "19-06-1958", "F", "OBS/26/005477", "20-02-2026")


def r7130():
    lab, W = ORIEL, width(ORIEL)
    s = [P(lab, "TUMOUR BIOMARKER PROFILE  -  ADDENDUM 1", "h1"),
         P(lab, "SPECIMEN: LUNG, LEFT UPPER LOBE, WEDGE RESECTION, BLOCK 2C    HISTOLOGY: INVASIVE ADENOCARCINOMA", "small"),
         P(lab, "THIS ADDENDUM ADDS A SECOND PD-L1 CLONE AND THE KRAS RESULT. THE ORIGINAL REPORT (OBS/26/004990, 06-02-2026) LISTED "
                "THE REMAINING TESTS; SEE THAT REPORT FOR EGFR, ALK AND ROS1.", "small"),
         Spacer(1, 6)]
    s.append(P(lab, "SECTION A  ADDENDUM RESULTS", "h2"))
    s.append(grid(lab, [
        ["TEST", "METHOD", "RESULT", "THRESHOLD", "COMMENT"],
        ["PD-L1", "IHC SP263", "NEGATIVE | 0", "TC >= 1% POSITIVE", "NO MEMBRANE STAINING IN TUMOUR CELLS; IMMUNE CELLS NOT SCORED"],
        ["KRAS", "NGS (HOTSPOT)", "G12C DETECTED (VAF 29%)", "-", "SOTORASIB / ADAGRASIB AFTER FIRST LINE"],
        ["STK11", "NGS (HOTSPOT)", "Q37* DETECTED", "-", "NOT IN MARKER PANEL SCOPE; CO-MUTATION NOTED"],
        ["KEAP1", "NGS (HOTSPOT)", "NOT COVERED", "-", "-"],
    ], [50, 80, 120, 90, W - 340], headbg=colors.black, zebra=True))
    s.append(P(lab, "SECTION B  ORIGINAL REPORT (FOR REFERENCE ONLY - NOT RE-TESTED)", "h2"))
    s.append(grid(lab, [
        ["TEST", "ORIGINAL RESULT (06-02-2026)"],
        ["PD-L1 22C3", "TPS <1%"],
        ["EGFR (PCR)", "NO MUTATION DETECTED"],
        ["ALK (D5F3)", "NEGATIVE"],
        ["ROS1 (D4D6)", "NEGATIVE"],
    ], [120, W - 120], headbg=GREY, zebra=False))
    s.append(P(lab, "SECTION C  INTERPRETATION", "h2"))
    s.append(P(lab, "BOTH PD-L1 ASSAYS SHOW NO TUMOUR CELL EXPRESSION. KRAS G12C WITH STK11 CO-MUTATION IS ASSOCIATED WITH "
                    "POOR OUTCOMES ON PD-1 MONOTHERAPY. THE PD-L1 SP263 RESULT WAS REQUESTED FOR TRIAL ORL-LNG-31 (NOT ELIGIBLE: "
                    "REQUIRES TC >= 50%)."))
    s += assay_page(lab, "SECTION D  ASSAY REGISTER", [
        ("IHC-PDL1-SP263", "SP263, OPTIVIEW-TYPE DETECTION", "TC SCORING", "LUNG"),
        ("NGS-HS", "AMPLICON HOTSPOT PANEL, 22 GENES", "LOD 5%", "KRAS, NRAS, BRAF, EGFR, STK11 EXONS 1-3, TP53 EXONS 4-9"),
    ], notes=["AUTHORISED: DR C. PEMBERTON-ALI    20-02-2026 16:30"])
    return s


L7130 = [
    L("PD-L1", "expression", "negative", "NEGATIVE | 0", percent=0),
    L("KRAS", "mutation", "positive", "G12C DETECTED (VAF 29%)", alteration="G12C"),
    L("PD-L1", "expression", "negative", "TPS <1%", value="TPS <1%", optional=True),
    L("EGFR", "mutation", "negative", "NO MUTATION DETECTED", optional=True),
    L("ALK", "expression", "negative", "ALK (D5F3) NEGATIVE", optional=True),
    L("ROS1", "expression", "negative", "ROS1 (D4D6) NEGATIVE", optional=True),
]


REPORTS = [
    dict(id=7121, lab=ORIEL, meta=M7121, fn=r7121, labels=L7121, doc="Courier profile, long listing split over pages", tumour="Carcinoma of unknown primary (node)", kinds="SPLIT MAT DUP2 THR VUS PEND OOS"),
    dict(id=7122, lab=LINDQVIST, meta=M7122, fn=r7122, labels=L7122, doc="Molecular tumour profile", tumour="Urothelial (bladder)", kinds="SUM DUP DUP2 THR VUS PRIOR OOS"),
    dict(id=7123, lab=MERIDIAN, meta=M7123, fn=r7123, labels=L7123, doc="Preliminary comprehensive profile, pending ISH", tumour="Colorectal (right)", kinds="SUM PILL MAT FN PEND FAIL"),
    dict(id=7124, lab=KESTREL, meta=M7124, fn=r7124, labels=L7124, doc="Integrated tumour biomarker report", tumour="Oral cavity squamous carcinoma", kinds="MAT DUP DUP2 NEG OOS TWO"),
    dict(id=7125, lab=NORTHGATE, meta=M7125, fn=r7125, labels=L7125, doc="Gastric precision profile (Courier)", tumour="Stomach", kinds="SUM MAT DUP FN THR OOS"),
    dict(id=7126, lab=HALVORSEN, meta=M7126, fn=r7126, labels=L7126, doc="Academic tumour profiling report", tumour="Lung adenocarcinoma", kinds="SUM DUP THR BENIGN"),
    dict(id=7127, lab=BLUEWATER, meta=M7127, fn=r7127, labels=L7127, doc="Supplemental report with carried-forward results, landscape", tumour="Colorectal (liver metastasis)", kinds="LAND DUP PEND PRIOR THR"),
    dict(id=7128, lab=CORVID, meta=M7128, fn=r7128, labels=L7128, doc="Tumour insight report with pills", tumour="Lung adenocarcinoma", kinds="PILL DUP NEG TRIAL THR"),
    dict(id=7129, lab=PINECREST, meta=M7129, fn=r7129, labels=L7129, doc="Gynecologic profile", tumour="Uterine serous carcinoma", kinds="PILL SUM DUP THR TGT"),
    dict(id=7130, lab=ORIEL, meta=M7130, fn=r7130, labels=L7130, doc="Addendum: second PD-L1 clone and KRAS", tumour="Lung adenocarcinoma", kinds="ADD PRIOR OOS THR"),
]
