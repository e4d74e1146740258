"""Reports 7111-7120."""
from common import *  # noqa: F401,F403
from labs import *  # noqa: F401,F403
from reports_a import meta


# ============================================================================ 7111
M7111 = meta("Patient K", "04.10.1961", "F", "LIP-M-26-0233", "05.02.2026")


def r7111():
    lab, W = LINDQVIST, width(LINDQVIST)
    s = [P(lab, "Molecular Tumour Profile", "h1"),
         P(lab, "<b>Specimen:</b> Liver, segment 4b, ultrasound-guided biopsy (LIP-H-26-1180, block 2). "
                "<b>Diagnosis:</b> Intrahepatic cholangiocarcinoma, small-duct type. <b>Referrer:</b> Dr E. Sørlie-Mbeki, Hepatobiliary Oncology. "
                "<b>Tumour cell fraction:</b> ca. 50%."),
         Spacer(1, 4)]
    s.append(P(lab, "Findings of therapeutic relevance", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Finding", "Level of evidence", "Possible therapy"],
        ["IDH1", "R132C mutation (VAF 36%)", "ESCAT I-A", "Ivosidenib"],
        ["HER2", "IHC 2+, ISH amplified", "ESCAT II-B", "Zanidatamab; trastuzumab-based combinations (trials)"],
        ["FGFR2", "No fusion or rearrangement", "-", "Pemigatinib / futibatinib not indicated"],
    ], [70, 150, 80, W - 300], headbg=LINDQVIST.colour, zebra=True))
    s.append(P(lab, "Protein and in situ hybridisation results", "h2"))
    s.append(grid(lab, [
        ["Analysis", "Reagent", "Result", "Assessment criteria"],
        ["HER2 immunohistochemistry", "4B5", "Score 2+ (moderate complete membrane staining, 35% of tumour cells)", "Gastric/biliary criteria; 2+ reflexed to ISH"],
        ["HER2 FISH", "HER2/CEN-17 dual colour", "Amplified (ratio 2.6; mean HER2 5.8 signals/cell)", "Ratio >= 2.0 amplified"],
        ["PD-L1", "22C3", "TPS <1%; CPS 2", "Reported for information"],
        ["MMR proteins", "MLH1, PMS2, MSH2, MSH6", "Preserved expression of all four proteins", "pMMR"],
        ["BAP1", "C-4", "Retained", "-"],
    ], [100, 90, W * 0.4, W - 190 - W * 0.4], headbg=LINDQVIST.colour, zebra=True))
    s.append(P(lab, "DNA and RNA sequencing", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF / reads", "Classification"],
        ["IDH1", "c.394C>T p.(Arg132Cys)", "36%", "Pathogenic"],
        ["ARID1A", "c.3659del p.(Gln1220Argfs*15)", "21%", "Likely pathogenic"],
        ["BAP1", "c.1768G>A p.(Glu590Lys)", "40%", "Variant of uncertain significance"],
        ["ERBB2", "Amplification (est. 9 copies)", "-", "Pathogenic"],
    ], [60, 160, 70, W - 290], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Fusion analysis (RNA, 48 genes): no fusion transcript detected (FGFR2, NTRK1-3, ALK, ROS1, RET, NRG1 included).", "body"))
    s.append(P(lab, "Genomic markers: microsatellite status stable; tumour mutational burden 3 mut/Mb.", "body"))
    s.append(P(lab, "Not mutated: KRAS, NRAS, BRAF, IDH2, PIK3CA, TP53.", "body"))
    s.append(P(lab, "Comment", "h2"))
    s.append(P(lab, "IDH1 p.(Arg132Cys) is a hotspot mutation typical of intrahepatic cholangiocarcinoma. HER2 is amplified in this "
                    "specimen; heterogeneity of HER2 in biliary tract cancer is well described and a resection specimen may differ. "
                    "The earlier referral letter mentions a 'HER2-negative' result on a 2024 gallbladder specimen at another institute; "
                    "that was a different primary (incidental gallbladder adenoma) and is not comparable."))
    s += assay_page(lab, "Methods and quality", [
        ("IHC", "Automated immunostainer; on-slide controls", "EQA: participates in HER2, PD-L1, MMR schemes", "FFPE tissue only"),
        ("FISH", "Dual colour HER2/CEN-17", "60 nuclei scored by two observers", "Reflex after IHC 2+"),
        ("DNA NGS", "Amplicon panel, 52 genes", "LOD 3% VAF", "Hotspots and CNV for ERBB2, MET, EGFR"),
        ("RNA NGS", "Anchored multiplex PCR, 48 genes", "Minimum 5 unique reads", "Fusions incl. FGFR2 partners"),
    ], notes=["Report authorised by Dr T. Nyqvist-Obi, consultant molecular pathologist, 05.02.2026."])
    return s


L7111 = [
    L("IDH1", "mutation", "positive", "R132C mutation (VAF 36%)", alteration="R132C"),
    L("HER2", "expression", "equivocal", "Score 2+", ihc_score="2+"),
    L("HER2", "amplification", "positive", "Amplified (ratio 2.6", ratio=2.6),
    L("PD-L1", "expression", "negative", "TPS <1%; CPS 2", value="TPS <1%", optional=True),
    L("MLH1", "expression", "positive", "Preserved expression of all four proteins"),
    L("PMS2", "expression", "positive", "Preserved expression of all four proteins"),
    L("MSH2", "expression", "positive", "Preserved expression of all four proteins"),
    L("MSH6", "expression", "positive", "Preserved expression of all four proteins"),
    L("MMR", "signature", "negative", "pMMR"),
    L("MSI", "signature", "negative", "microsatellite status stable"),
    L("TMB", "signature", "reported", "tumour mutational burden 3 mut/Mb", value="3 mut/Mb"),
    L("NTRK", "fusion", "negative", "no fusion transcript detected"),
    L("ALK", "fusion", "negative", "no fusion transcript detected"),
    L("ROS1", "fusion", "negative", "no fusion transcript detected"),
    L("RET", "fusion", "negative", "no fusion transcript detected"),
    L("KRAS", "mutation", "negative", "Not mutated: KRAS"),
    L("NRAS", "mutation", "negative", "Not mutated: KRAS, NRAS"),
    L("BRAF", "mutation", "negative", "BRAF, IDH2"),
    L("IDH2", "mutation", "negative", "BRAF, IDH2"),
    L("PIK3CA", "mutation", "negative", "PIK3CA, TP53."),
    L("TP53", "mutation", "negative", "PIK3CA, TP53."),
]


# ============================================================================ 7112
M7112 = meta("Patient L", "09/05/1955", "M", "MOD-26-005102", "02/16/2026")


def r7112():
    lab, W = MERIDIAN, width(MERIDIAN)
    s = [P(lab, "Comprehensive Tumor Profile", "h1"),
         P(lab, "Salivary gland - parotid, right; recurrent salivary duct carcinoma; neck node dissection level II (block 5A). Ordered by T. Villanueva-Bright, MD.", "small")]
    s.append(Spacer(1, 5))
    half = W / 2 - 6
    ben = [P(lab, "<b>Potential benefit</b>", "body", textColor=GREEN),
           grid(lab, [["Biomarker", "Result", "Associated therapies"],
                      ["HER2", [Pill("AMPLIFIED", GREEN)], "trastuzumab + docetaxel; trastuzumab deruxtecan"],
                      ["AR", [Pill("POSITIVE", GREEN)], "androgen deprivation therapy (bicalutamide, leuprolide)"],
                      ["PIK3CA", [Pill("MUTATED", GREEN)], "PI3K-alpha inhibitor trials"],
                      ["HRAS", [Pill("MUTATED", GREEN)], "tipifarnib (farnesyltransferase inhibitor, trial)"]],
                [50, 70, half - 120], headbg=GREEN, zebra=False, lines="h")]
    lack = [P(lab, "<b>Potential lack of benefit</b>", "body", textColor=RED),
            grid(lab, [["Biomarker", "Result", "Associated therapies"],
                       ["NTRK", [Pill("NO FUSION", RED)], "larotrectinib, entrectinib (ETV6::NTRK3 in secretory carcinoma)"],
                       ["TMB", [Pill("LOW", RED)], "pembrolizumab (TMB-H)"],
                       ["MSI", [Pill("STABLE", RED)], "pembrolizumab (MSI-H)"]],
                 [50, 70, half - 120], headbg=RED, zebra=False, lines="h")]
    t = Table([[ben, lack]], colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(box(lab, [P(lab, "SUMMARY OF SIGNIFICANT RESULTS", "h3"), t], W, bg=LIGHT))
    s.append(P(lab, "Cancer-type relevant biomarkers (salivary gland carcinoma)", "h2"))
    cmp_rows = [["AR", "HER2 IHC", "HER2 ISH", "PIK3CA", "HRAS", "NTRK", "PD-L1", "TMB", "MSI"],
                ["Pos 95%", "3+", "Amp 4.4", "H1047R", "Q61R", "Neg", "CPS 2", "6 mut/Mb", "MSS"]]
    s.append(grid(lab, cmp_rows, [W / 9] * 9, headbg=MERIDIAN.colour, zebra=False))
    s.append(PageBreak())
    s.append(P(lab, "Results in detail", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold", "Therapy association"],
        ["AR", "IHC (SP107)", "Protein", "Positive 3+, 95%", "Positive if >= 1%", "Benefit: androgen deprivation"],
        ["HER2", "IHC (4B5)", "Protein", "Positive | 3+", "Breast scoring adapted", "Benefit: HER2-directed therapy"],
        ["HER2", "Dual ISH", "Gene", "Amplified (ratio 4.4)", "Ratio >= 2.0", "Benefit: trastuzumab-based therapy"],
        ["PD-L1", "IHC (22C3)", "Protein", "CPS 2", "No validated cut-off in salivary carcinoma", "Pembrolizumab (trials)"],
        ["NTRK1/2/3", "NGS", "RNA", "Not detected", "-", "Lack of benefit: TRK inhibitors"],
        ["MSI", "NGS", "DNA", "Stable", "-", "-"],
        ["TMB", "NGS", "DNA", "6 mut/Mb (Low)", "High >= 10 mut/Mb", "-"],
    ], [50, 70, 50, W * 0.23, W * 0.22, W - 170 - W * 0.45], zebra=True))
    s.append(P(lab, "Genomic alterations", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF", "Classification", "Comment"],
        ["PIK3CA", "H1047R", "27%", "Pathogenic", "Kinase domain hotspot"],
        ["HRAS", "Q61R", "31%", "Pathogenic", "Frequent in salivary duct and epithelial-myoepithelial carcinoma"],
        ["TP53", "R213*", "44%", "Pathogenic", "-"],
        ["ERBB2", "Amplification (CN 18)", "-", "Pathogenic", "Concordant with ISH"],
        ["CDKN2A", "Loss (homozygous)", "-", "Pathogenic", "-"],
        ["FOXA1", "I176V", "8%", "VUS", "-"],
    ], [50, 110, 40, 70, W - 270], zebra=False, lines="h"))
    s.append(P(lab, "Genes tested with no reportable alterations", "h3"))
    s.append(columns(lab, ["AKT1", "BRAF", "BRCA1", "BRCA2", "CTNNB1", "EGFR", "IDH1", "IDH2", "KRAS", "NRAS", "PTEN", "RET", "SMAD4", "STK11", "NF1", "NOTCH1"], 8, W, lines=True))
    s.append(P(lab, "Comment: AR-positive, HER2-amplified salivary duct carcinoma. Both AR-directed and HER2-directed approaches have "
                    "published activity. HRAS Q61R has been associated with response to tipifarnib in HRAS-mutant head and neck cancers. "
                    "The patient's father, reportedly treated for a HER2-positive gastric carcinoma, is not a subject of this report.", "body"))
    s += assay_page(lab, "Methods and limitations", [
        ("IHC", "AR SP107, HER2 4B5, PD-L1 22C3", "On-slide controls", "Salivary HER2 scored with breast criteria"),
        ("ISH", "HER2/CEN17 dual-colour", "20 nuclei", "Performed on all HER2 2+ and 3+ salivary cases"),
        ("DNA-seq", "592 genes", "LOD 5% VAF", "SNV, indel, CNA, MSI, TMB"),
        ("RNA-seq", "Whole transcriptome, 55 fusion genes reported", "Validated for ETV6, NTRK, MYB, NFIB, PLAG1", "Fusions"),
    ], notes=["Electronically signed: R. Delacroix-Ibe, MD, 02/16/2026. Meridian's therapy associations do not account for "
              "the patient's prior treatment."])
    return s


L7112 = [
    L("AR", "expression", "positive", "Positive 3+, 95%", percent=95),
    L("HER2", "expression", "positive", "Positive | 3+", ihc_score="3+"),
    L("HER2", "amplification", "positive", "Amplified (ratio 4.4)", ratio=4.4),
    L("PIK3CA", "mutation", "positive", "H1047R", alteration="H1047R"),
    L("HRAS", "mutation", "positive", "Q61R", alteration="Q61R"),
    L("TP53", "mutation", "positive", "R213*", alteration="R213*"),
    L("NTRK", "fusion", "negative", "NO FUSION"),
    L("PD-L1", "expression", "reported", "CPS 2", value="CPS 2"),
    L("MSI", "signature", "negative", "Stable"),
    L("TMB", "signature", "negative", "6 mut/Mb (Low)", value="6 mut/Mb"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("IDH1", "mutation", "negative", "IDH1"),
    L("IDH2", "mutation", "negative", "IDH2"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("RET", "mutation", "negative", "RET", optional=True),
]


# ============================================================================ 7113
M7113 = meta("Patient M", "30/11/1949", "M", "KMP/26/01377", "13 Feb 2026")


def r7113():
    lab, W = KESTREL, width(KESTREL)
    s = [P(lab, "Integrated Tumour Biomarker Report", "h1"),
         P(lab, "Lung, left lower lobe - EBUS-TBNA station 11L and endobronchial biopsy. Squamous cell carcinoma, non-keratinising. "
                "Referring clinician: Dr O. Fairbairn-Ito, Respiratory Oncology. Tumour cells: approx. 20% (EBUS), 60% (endobronchial)."),
         Spacer(1, 4)]
    s.append(P(lab, "Summary of results", "h2"))
    s.append(P(lab, "PD-L1 is expressed (22C3: TPS 30%; CPS 35). MET is amplified by FISH with strong protein expression; this is an "
                    "uncommon finding in squamous carcinoma and may open trial options. TMB is high (14 mut/Mb). No EGFR or ALK alteration "
                    "is present. ROS1 immunohistochemistry could not be performed."))
    rows = [["Biomarker", "Method / clone", "Specimen", "Result", "Threshold / notes", "Therapy association"],
            ["PD-L1", "IHC 22C3", "Endobronchial", "TPS 30%", "TPS >= 1% positive; >= 50% high", "Pembrolizumab with chemotherapy"],
            ["PD-L1", "IHC 22C3", "Endobronchial", "CPS 35", "CPS not validated in NSCLC; reported on request", "-"],
            ["ALK", "IHC D5F3", "Endobronchial", "Negative", "Binary", "Lack of benefit: ALK TKIs"],
            ["ROS1", "IHC D4D6", "EBUS", "Test not performed: insufficient tumour", "-", "-"],
            ["MET", "IHC SP44", "Endobronchial", "Positive 3+, 60%", ">= 50% at 3+ = MET-high (ADC trials)", "Telisotuzumab vedotin (trial/conditional)"],
            ["MET", "FISH (MET/CEP7)", "Endobronchial", "Amplified (MET/CEP7 ratio 2.4; mean MET 6.7)", "Ratio >= 2.0", "Capmatinib, tepotinib (off-label)"],
            ["EGFR", "NGS exons 18-21", "Endobronchial", "Wild type", "-", "Lack of benefit: EGFR TKIs"],
            ["KRAS", "NGS", "Endobronchial", "Wild type", "-", "-"],
            ["TP53", "NGS", "Endobronchial", "R158L, pathogenic (VAF 48%)", "-", "-"],
            ["PIK3CA", "NGS", "Endobronchial", "Amplification (CN 7)", "-", "-"],
            ["RET", "RNA NGS", "Endobronchial", "No fusion", "-", "-"],
            ["TMB", "NGS", "Endobronchial", "14 mut/Mb", "High >= 10 mut/Mb", "Pembrolizumab (TMB-H, tumour-agnostic)"],
            ["MSI", "NGS", "Endobronchial", "Stable", "-", "-"]]
    s.append(grid(lab, rows, [50, 70, 66, W * 0.22, W * 0.22, W - 186 - W * 0.44], headbg=KESTREL.colour, zebra=True))
    s.append(P(lab, "Other variants and copy number", "h2"))
    s.append(grid(lab, [
        ["Gene", "Change", "Class", "Comment"],
        ["SOX2", "Amplification (CN 9)", "Likely pathogenic", "Common in squamous carcinoma; no therapy"],
        ["KMT2D", "c.5645C>G p.(Ser1882Ter)", "Likely pathogenic", "-"],
        ["NFE2L2", "c.235G>A p.(Glu79Lys)", "Pathogenic", "Possible resistance to chemoradiation"],
        ["EGFR", "c.2361G>A p.(Gln787=)", "Benign", "Synonymous polymorphism"],
        ["BRAF", "c.1391G>A p.(Gly464Glu)", "VUS", "Class II region; uncertain in this context"],
    ], [50, 140, 80, W - 270], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Specimen adequacy", "h2"))
    s.append(P(lab, "The EBUS cell block contained fewer than 100 tumour cells after PD-L1 and ALK staining; ROS1 immunohistochemistry was "
                    "therefore not performed and is not reported. ROS1 rearrangement is rare in squamous carcinoma and the RNA fusion "
                    "panel, run on the endobronchial biopsy, did not detect a ROS1 fusion."))
    s += assay_page(lab, "Assay information", [
        ("PD-L1 22C3", "Linker-amplified detection; tonsil and cell-line controls", "Inter-observer kappa 0.82 at TPS 50%", "TPS primary score; CPS on request"),
        ("ALK D5F3", "Automated, OptiView amplification", "Binary (positive / negative)", "Strong granular cytoplasmic staining in any tumour cell = positive"),
        ("MET SP44", "Rabbit monoclonal", "3+ = strong membranous", "Trial screening only"),
        ("MET FISH", "MET/CEP7 dual-colour", "50 nuclei", "Amplified if ratio >= 2.0 or MET >= 6 per cell (lab policy)"),
        ("NGS", "DNA 161 genes; RNA 46 fusion genes", "LOD 5%", "Both specimens assessed; endobronchial used"),
    ], notes=["Reported by Dr F. Nakashima-Reed, Consultant Molecular Pathologist, 13 Feb 2026."])
    return s


L7113 = [
    L("PD-L1", "expression", "positive", "TPS 30%", percent=30),
    L("PD-L1", "expression", "reported", "CPS 35", value="CPS 35"),
    L("ALK", "expression", "negative", "Negative"),
    L("MET", "expression", "positive", "Positive 3+, 60%", ihc_score="3+", percent=60),
    L("MET", "amplification", "positive", "Amplified (MET/CEP7 ratio", ratio=2.4),
    L("EGFR", "mutation", "negative", "Wild type"),
    L("KRAS", "mutation", "negative", "Wild type"),
    L("TP53", "mutation", "positive", "R158L, pathogenic (VAF", alteration="R158L"),
    L("PIK3CA", "amplification", "positive", "Amplification (CN 7)", alteration="amplification"),
    L("RET", "fusion", "negative", "No fusion"),
    L("ROS1", "fusion", "negative", "did not detect a ROS1 fusion"),
    L("TMB", "signature", "positive", "14 mut/Mb", value="14 mut/Mb"),
    L("MSI", "signature", "negative", "Stable"),
]


# ============================================================================ 7114
M7114 = meta("Patient N", "1968-02-21", "F", "NPP-2026-120457", "2026-02-12")


def r7114():
    lab, W = NORTHGATE, width(NORTHGATE)
    s = [P(lab, "PRECISION TUMOR PROFILE - COLORECTAL", "h1"),
         P(lab, "SPECIMEN: RECTOSIGMOID MASS, LOW ANTERIOR RESECTION, BLOCK A9   COLLECTED 2026-01-27", "small"),
         P(lab, "DX: ADENOCARCINOMA, MODERATELY DIFFERENTIATED, pT3 pN1b; SYNCHRONOUS LUNG METASTASES   ORDERING: V. ACHTERLONIE, MD", "small"),
         Spacer(1, 5)]
    s.append(P(lab, "CRC BIOMARKER STRIP", "h3"))
    s.append(grid(lab, [["KRAS", "NRAS", "BRAF", "HER2", "MMR", "MSI", "TMB", "NTRK"],
                        ["G12C", "WT", "WT", "3+ / AMP", "pMMR", "MSS", "5", "NEG"]], [W / 8] * 8, headbg=colors.black, zebra=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "BIOMARKER DETAIL", "h2"))
    rows = [["MARKER", "METHOD", "RESULT", "CUTOFF / SCORING", "THERAPY ASSOC."],
            ["KRAS", "NGS-DNA", "Mutated, Pathogenic: G12C (VAF 33%)", "-", "sotorasib or adagrasib + cetuximab/panitumumab; lack of benefit: anti-EGFR alone"],
            ["NRAS", "NGS-DNA", "Wild type", "-", "-"],
            ["BRAF", "NGS-DNA", "Wild type", "-", "encorafenib (lack)"],
            ["HER2", "IHC 4B5", "Positive 3+, 60%", "HERACLES: 3+ in >= 50% cells", "trastuzumab + tucatinib; T-DXd"],
            ["ERBB2", "NGS-DNA (CNV)", "Amplified, CN 11", "CN >= 6", "-"],
            ["MLH1", "IHC", "Intact", "-", "-"],
            ["PMS2", "IHC", "Intact", "-", "-"],
            ["MSH2", "IHC", "Intact", "-", "-"],
            ["MSH6", "IHC", "Intact", "-", "-"],
            ["MSI", "NGS-DNA", "MSS", "MSI-H >= 20% loci", "pembrolizumab (lack)"],
            ["TMB", "NGS-DNA", "5 mut/Mb", "High >= 10 mut/Mb", "-"],
            ["NTRK1-3", "NGS-RNA", "No fusion detected", "-", "-"],
            ["PIK3CA", "NGS-DNA", "Not detected", "-", "-"],
            ["CEA (serum)", "Client data", "38 ng/mL", "Ref < 5", "Not a tissue result"]]
    s.append(grid(lab, rows, [64, 76, W * 0.28, W * 0.22, W - 140 - W * 0.5], headbg=colors.black, zebra=True))
    s.append(P(lab, "NOTE: CONCURRENT KRAS G12C AND ERBB2 AMPLIFICATION IS UNCOMMON. RAS MUTATION PREDICTS RESISTANCE TO HER2 "
                    "DUAL BLOCKADE IN SOME SERIES; DISCUSS AT MOLECULAR TUMOR BOARD.", "small"))
    s.append(P(lab, "VARIANT TABLE (DNA)", "h2"))
    s.append(grid(lab, [
        ["GENE", "VARIANT", "VAF", "CLASS"],
        ["KRAS", "p.G12C (c.34G>T)", "33.0%", "PATHOGENIC"],
        ["APC", "p.R1450* (c.4348C>T)", "41.2%", "PATHOGENIC"],
        ["APC", "p.E1309fs (c.3927_3931del)", "38.7%", "PATHOGENIC"],
        ["TP53", "p.G245S (c.733G>A)", "52.9%", "PATHOGENIC"],
        ["SMAD4", "p.R361H (c.1082G>A)", "18.4%", "LIKELY PATHOGENIC"],
        ["FBXW7", "p.A503T", "4.9%", "VUS (BELOW REPORTING LOD - FYI)"],
    ], [60, W * 0.4, 60, W - 120 - W * 0.4], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "GENES WITH NO REPORTABLE ALTERATIONS (SELECTED)", "h3"))
    s.append(columns(lab, ["AKT1", "ATM", "BRCA1", "BRCA2", "CTNNB1", "EGFR", "IDH1", "MET", "POLE", "PTEN", "RNF43", "SMAD2"], 6, W))
    s += assay_page(lab, "ASSAY NOTES", [
        ("IHC", "4B5 HER2; MMR ES05/EP51/G219-1129/EP49", "CONTROLS OK", "HER2 SCORED BY CRC (HERACLES) CRITERIA"),
        ("DNA NGS", "161-GENE HYBRID CAPTURE", "LOD 5% VAF; CN >= 6", "SNV/INDEL/CNV/MSI/TMB"),
        ("RNA NGS", "46 FUSION GENES", ">= 5 SPANNING READS", "NTRK1-3, ALK, ROS1, RET, BRAF, FGFR"),
    ], genes=PANEL, genes_title="PANEL CONTENT (NOT RESULTS)", ncols=8,
        notes=["SIGNED OUT: T. OYELARAN-WEISS, MD  2026-02-12 15:20"])
    return s


L7114 = [
    L("KRAS", "mutation", "positive", "Mutated, Pathogenic: G12C", alteration="G12C"),
    L("NRAS", "mutation", "negative", "Wild type"),
    L("BRAF", "mutation", "negative", "Wild type"),
    L("HER2", "expression", "positive", "Positive 3+, 60%", ihc_score="3+", percent=60),
    L("HER2", "amplification", "positive", "Amplified, CN 11"),
    L("MLH1", "expression", "positive", "Intact"),
    L("PMS2", "expression", "positive", "Intact"),
    L("MSH2", "expression", "positive", "Intact"),
    L("MSH6", "expression", "positive", "Intact"),
    L("MMR", "signature", "negative", "pMMR"),
    L("MSI", "signature", "negative", "MSS"),
    L("TMB", "signature", "negative", "5 mut/Mb", value="5 mut/Mb"),
    L("NTRK", "fusion", "negative", "No fusion detected"),
    L("PIK3CA", "mutation", "negative", "Not detected"),
    L("TP53", "mutation", "positive", "p.G245S", alteration="G245S"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("IDH1", "mutation", "negative", "IDH1"),
    L("MET", "mutation", "negative", "MET", optional=True),
]


# ============================================================================ 7115
M7115 = meta("Patient O", "17.08.1984", "F", "CTP-26-00801", "11.02.2026")


def r7115():
    lab, W = HALVORSEN, width(HALVORSEN)
    s = [P(lab, "Tumour Profiling Report - Breast carcinoma", "h1"),
         grid(lab, [["Patient", "Specimen", "Referral"],
                    ["Patient O, female, born 17.08.1984", "Right breast, 14G core biopsies x4 (block A2). Invasive carcinoma of no special type, grade 3. Tumour fraction 70%.",
                     "Breast unit, Dr H. Ruud-Castillo. Received 02.02.2026"]], [W / 3] * 3, zebra=False),
         Spacer(1, 4)]
    s.append(P(lab, "1. Key results", "h2"))
    s.append(P(lab, "Triple-negative phenotype (ER 0%, PR <1%, HER2 0). PD-L1 positive by both assays. Pathogenic BRCA1 variant in "
                    "tumour at high allele fraction; germline origin likely. Ki-67 70%."))
    s.append(P(lab, "2. Immunohistochemistry", "h2"))
    s.append(grid(lab, [
        ["Marker", "Clone", "Result", "Quantity", "Positive if"],
        ["Oestrogen receptor", "SP1", "Negative", "0%", ">= 1% nuclei"],
        ["Progesterone receptor", "1E2", "Negative", "<1% (rare weak nuclei)", ">= 1% nuclei"],
        ["HER2", "4B5", "0 (no staining)", "-", "3+ = positive; 2+ reflex ISH"],
        ["Androgen receptor", "SP107", "Negative", "5%", ">= 10% (laboratory cut-off)"],
        ["Ki-67", "MIB-1", "-", "70%", "-"],
        ["PD-L1", "SP142", "Positive", "IC 2%", "IC >= 1%"],
        ["PD-L1", "22C3", "Positive", "CPS 15", "CPS >= 10"],
        ["TROP2", "EPR20043", "High", "H-score 240", "Not a selection biomarker"],
    ], [100, 60, 90, 100, W - 350], zebra=True))
    s.append(P(lab, "HER2 0 here means no membrane staining in any tumour cell; the tumour is not in the HER2-ultralow category.", "small"))
    s.append(P(lab, "3. DNA sequencing (tumour, 324 genes)", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF", "Class", "Comment"],
        ["BRCA1", "E23Vfs*17 (c.68_69del)", "82%", "Pathogenic", "Founder variant; germline origin likely"],
        ["TP53", "R342* (c.1024C>T)", "79%", "Pathogenic", "-"],
        ["RB1", "Deletion exons 18-23", "-", "Likely pathogenic", "-"],
        ["PIK3CA", "-", "-", "No alteration", "-"],
        ["BRCA2", "D1420Y", "49%", "VUS", "Likely germline; not interpreted"],
    ], [50, 120, 40, 80, W - 290], headbg=False, lines="h", zebra=False))
    s.append(kv(lab, [("MSI", "Stable"), ("TMB", "7 mut/Mb (not high; cut-off 10)")], [50, W / 2 - 50, 50, W / 2 - 50]))
    s.append(P(lab, "4. Comment", "h2"))
    s.append(P(lab, "PARP inhibition (olaparib) and platinum are supported by the BRCA1 finding; PD-L1 CPS >= 10 supports pembrolizumab "
                    "with chemotherapy in the metastatic setting. Germline confirmation has been ordered by the breast unit (sample "
                    "received 09.02.2026, result pending). Her sister's germline BRCA1 result, mentioned in the referral, was not "
                    "reviewed by this department. Sacituzumab govitecan use does not require TROP2 testing."))
    s += assay_page(lab, "5. Method notes", [
        ("ER/PR/AR", "SP1, 1E2, SP107", "ER/PR per ASCO/CAP 2020", "Low positive (1-10%) reported as such"),
        ("HER2 IHC", "4B5", "0, 1+, 2+, 3+", "HER2-low and -ultralow categories given in comment"),
        ("PD-L1", "SP142 (IC) and 22C3 (CPS)", "Two assays are not interchangeable", "Both at clinician request"),
        ("Ki-67", "MIB-1, global scoring", "Reported as %", "-"),
        ("DNA NGS", "324 genes, hybrid capture", "LOD 5%", "Tumour-only"),
    ], notes=["Signed: Dr K. Thorsrud and Dr L. Eikeland-Moss, 11.02.2026."])
    return s


L7115 = [
    L("ER", "expression", "negative", "Oestrogen receptor SP1 Negative 0%", percent=0),
    L("PR", "expression", "negative", "<1% (rare weak nuclei)", value="<1%"),
    L("HER2", "expression", "negative", "0 (no staining)", ihc_score="0"),
    L("AR", "expression", "negative", "Androgen receptor SP107 Negative 5%", percent=5),
    L("Ki-67", "expression", "reported", "Ki-67 70%", percent=70),
    L("PD-L1", "expression", "positive", "IC 2%", value="IC 2%"),
    L("PD-L1", "expression", "positive", "CPS 15", value="CPS 15"),
    L("BRCA1", "mutation", "positive", "E23Vfs*17", alteration="E23Vfs*17"),
    L("TP53", "mutation", "positive", "R342*", alteration="R342*"),
    L("PIK3CA", "mutation", "negative", "No alteration"),
    L("MSI", "signature", "negative", "Stable"),
    L("TMB", "signature", "negative", "7 mut/Mb (not high; cut-off 10)", value="7 mut/Mb"),
]


# ============================================================================ 7116
M7116 = meta("Patient P", "05/23/1981", "F", "BRL-O-26-31120", "02/17/2026")


def r7116():
    lab, W = BLUEWATER, width(BLUEWATER)
    s = [P(lab, "OncoPanorama Multi-Platform Profile", "h1")]
    s.append(kv(lab, [("Patient", "Patient P"), ("Specimen", "Pleural fluid cell block + pleural biopsy (BRL-O-26-31120-A/B)"),
                      ("Ordering", "J. Kowalczyk-Amadi, MD"), ("Diagnosis", "Lung adenocarcinoma, solid pattern, stage IVA (pleural)"),
                      ("Smoking history", "Never (per requisition)"), ("Tumor cellularity", "A: 15% / B: 55%")],
                [80, W / 2 - 80, 100, W / 2 - 100], lines=True))
    s.append(Spacer(1, 6))
    s.append(box(lab, [P(lab, "KEY FINDING", "h3", textColor=GREEN),
                       P(lab, "ALK rearrangement detected by three methods: IHC (D5F3) positive, FISH rearranged, RNA sequencing EML4::ALK "
                              "(exon 6 : exon 20, variant 3a/b). Potential benefit: alectinib, brigatinib, lorlatinib.")], W, border=GREEN, bg=colors.HexColor("#eef8f1")))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Biomarker matrix", "h2"))
    rows = [["Biomarker", "Method", "Specimen", "Result", "Threshold / scoring", "Therapy association", "Footnote"],
            ["ALK", "IHC (D5F3)", "B", "Positive (strong granular, 100%)", "Any strong granular staining", "Benefit: ALK TKIs", "-"],
            ["ALK", "FISH (break-apart)", "B", "Rearranged (62% split signals)", ">= 15% split/isolated 3'", "Benefit: ALK TKIs", "-"],
            ["ALK", "RNA NGS", "B", "EML4::ALK fusion detected", "-", "Benefit: ALK TKIs", "-"],
            ["PD-L1", "IHC (22C3)", "B", "Positive, TPS 10%", "TPS >= 1% positive", "Lower expected benefit from ICI in ALK+ NSCLC", "-"],
            ["PD-L1", "IHC (22C3)", "A", "Indeterminate", "< 100 viable tumor cells", "-", "a"],
            ["ROS1", "RNA NGS", "B", "Not detected", "-", "-", "-"],
            ["RET", "RNA NGS", "B", "Not detected", "-", "-", "-"],
            ["NTRK1/2/3", "RNA NGS", "B", "Not detected", "-", "-", "-"],
            ["MET exon 14", "RNA NGS", "B", "Not detected", "-", "-", "-"],
            ["EGFR", "DNA NGS", "B", "Not detected", "-", "Lack of benefit: osimertinib", "-"],
            ["KRAS", "DNA NGS", "B", "Not detected", "-", "-", "-"],
            ["BRAF", "DNA NGS", "B", "Not detected", "-", "-", "-"],
            ["ERBB2", "DNA NGS", "B", "Not detected", "-", "-", "-"],
            ["TP53", "DNA NGS", "B", "Not detected", "-", "-", "-"],
            ["TMB", "DNA NGS", "B", "2 mut/Mb", "High >= 10 mut/Mb", "-", "-"],
            ["MSI", "DNA NGS", "B", "QNS", "-", "-", "b"]]
    s.append(grid(lab, rows, [62, 80, 48, 150, 120, W - 510, 50], headbg=BLUEWATER.colour, zebra=True))
    s.append(P(lab, "a Cell block A was inadequate for PD-L1 scoring; result given for biopsy B only.  "
                    "b MSI could not be called: fewer than the minimum 40 informative loci in specimen B (low-complexity library).", "small"))
    s.append(P(lab, "Clinical trials (genes named for eligibility only)", "h2"))
    s.append(grid(lab, [
        ["Trial", "Design", "Key eligibility"],
        ["BRL-ALK-402", "Fourth-generation ALK inhibitor after lorlatinib", "ALK fusion; progression on >= 1 ALK TKI (not met: treatment-naive)"],
        ["BRL-ROS-118", "ROS1/NTRK inhibitor basket", "ROS1 or NTRK1-3 fusion (not met)"],
        ["BRL-ADC-77", "Anti-TROP2 ADC with osimertinib", "EGFR mutation (not met)"],
    ], [90, 230, W - 320], headbg=GREY, zebra=False))
    s.append(P(lab, "Comment", "h2"))
    s.append(P(lab, "Concordant ALK results by protein, DNA-level rearrangement and fusion transcript. Absence of TP53 co-mutation is "
                    "associated with longer progression-free survival on ALK inhibitors. An outside PCR report (January 2026) describing "
                    "'EGFR negative' on the pleural fluid is consistent with this result."))
    s += assay_page(lab, "Methods", [
        ("ALK IHC", "D5F3 rabbit monoclonal, OptiView amplification", "Binary scoring", "Companion diagnostic-type assay"),
        ("ALK FISH", "Break-apart probe, 2p23", "50 nuclei; >= 15% positive", "Rearranged / not rearranged"),
        ("RNA NGS", "Anchored multiplex, 55 genes", ">= 5 unique reads", "ALK, ROS1, RET, NTRK1-3, MET ex14, NRG1"),
        ("DNA NGS", "523 genes", "LOD 5% VAF", "TMB over 1.2 Mb; MSI requires >= 40 loci"),
    ], notes=["Pathologist: G. Haverkamp, MD. Released 02/17/2026."])
    return s


L7116 = [
    L("ALK", "expression", "positive", "Positive (strong granular, 100%)"),
    L("ALK", "fusion", "positive", ["Rearranged (62% split signals)", "EML4::ALK fusion detected"], alteration="EML4-ALK"),
    L("PD-L1", "expression", "positive", "Positive, TPS 10%", percent=10),
    L("ROS1", "fusion", "negative", "ROS1 RNA NGS B Not detected"),
    L("RET", "fusion", "negative", "RET RNA NGS B Not detected"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3 RNA NGS B Not detected"),
    L("MET", "mutation", "negative", "MET exon 14 RNA NGS B Not detected"),
    L("EGFR", "mutation", "negative", "EGFR DNA NGS B Not detected"),
    L("KRAS", "mutation", "negative", "KRAS DNA NGS B Not detected"),
    L("BRAF", "mutation", "negative", "BRAF DNA NGS B Not detected"),
    L("HER2", "mutation", "negative", "ERBB2 DNA NGS B Not detected"),
    L("TP53", "mutation", "negative", "TP53 DNA NGS B Not detected"),
    L("TMB", "signature", "negative", "2 mut/Mb", value="2 mut/Mb"),
    L("EGFR", "mutation", "negative", "'EGFR negative'", optional=True),
]


# ============================================================================ 7117
M7117 = meta("Patient Q", "02/02/1990", "F", "CG-26-2311", "16/02/2026")


def r7117():
    lab, W = CORVID, width(CORVID)
    s = [P(lab, "Tumour Insight Report", "h1"),
         P(lab, "Thyroid - total thyroidectomy and central neck dissection; recurrent disease in lateral neck node (block N3). "
                "Poorly differentiated thyroid carcinoma arising in papillary carcinoma. Radioiodine-refractory. Requested by Dr A. Hollis-Eze (Endocrine Oncology).", "small"),
         Spacer(1, 5)]
    s.append(P(lab, "Results at a glance", "h2"))
    rows = [["Biomarker", "Method", "Result", "Detail"]]
    for a, b, c, d in [
        ("RET", "RNA NGS", Pill("FUSION DETECTED", RED), "CCDC6::RET (exon 1 : exon 12), 412 supporting reads"),
        ("BRAF", "DNA NGS", Pill("NOT DETECTED", GREY), "V600E absent"),
        ("NRAS / HRAS / KRAS", "DNA NGS", Pill("NOT DETECTED", GREY), "Codons 12, 13, 61"),
        ("NTRK1/2/3", "RNA NGS", Pill("NOT DETECTED", GREY), "-"),
        ("ALK", "RNA NGS", Pill("NOT DETECTED", GREY), "STRN::ALK and EML4::ALK in panel"),
        ("TERT promoter", "DNA NGS", Pill("DETECTED", RED), "C228T, VAF 22%"),
        ("PD-L1", "IHC (22C3)", Pill("POSITIVE", GREEN), "TPS 5%"),
        ("TMB", "DNA NGS", Pill("LOW", GREY), "1 mut/Mb"),
        ("MSI", "DNA NGS", Pill("STABLE", GREY), "-"),
    ]:
        rows.append([a, b, [c], d])
    s.append(grid(lab, rows, [90, 70, 100, W - 260], headbg=PURPLE, zebra=True))
    s.append(P(lab, "Pill colours indicate the direction of the finding (red: alteration present; green: expression present; "
                    "grey: no alteration or not elevated), not its clinical importance.", "small"))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "A CCDC6::RET fusion, the commonest RET rearrangement in papillary thyroid carcinoma, is present. Selpercatinib "
                    "and pralsetinib are approved for RET fusion-positive thyroid cancer requiring systemic therapy. The TERT promoter "
                    "mutation is consistent with the poorly differentiated component. RAS, BRAF and NTRK are not altered. "
                    "RET germline testing (for MEN2) is relevant to medullary carcinoma and is not indicated for this histology."))
    s.append(P(lab, "Tumour history from referral", "h2"))
    s.append(P(lab, "Initial thyroidectomy specimen (2021, another laboratory): papillary carcinoma, classic type; a 7-gene panel "
                    "then reported 'no BRAF or RAS mutation'. Those data were not re-reviewed.", "body"))
    s += assay_page(lab, "About this test", [
        ("DNA panel", "500 genes, hybrid capture", "LOD 5% VAF", "SNV, indel, CNV, MSI, TMB"),
        ("RNA panel", "Targeted fusion, 80 genes", "Reads >= 10 for call", "RET, NTRK1-3, ALK, BRAF, PPARG, THADA partners"),
        ("PD-L1", "22C3", "TPS", "Information only in thyroid cancer"),
    ], genes=PANEL[:72], genes_title="DNA genes (coverage list)", ncols=9,
        notes=["Authorised by Dr M. Vasquez-Thornbury, FRCPath, 16/02/2026."])
    return s


L7117 = [
    L("RET", "fusion", "positive", ["FUSION DETECTED", "CCDC6::RET (exon 1 : exon 12)"], alteration="CCDC6-RET"),
    L("BRAF", "mutation", "negative", "V600E absent"),
    L("NRAS", "mutation", "negative", "NRAS / HRAS / KRAS"),
    L("HRAS", "mutation", "negative", "NRAS / HRAS / KRAS"),
    L("KRAS", "mutation", "negative", "NRAS / HRAS / KRAS"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3"),
    L("ALK", "fusion", "negative", "STRN::ALK and EML4::ALK in panel"),
    L("PD-L1", "expression", "positive", "TPS 5%", percent=5),
    L("TMB", "signature", "negative", "1 mut/Mb", value="1 mut/Mb"),
    L("MSI", "signature", "negative", "STABLE"),
    L("BRAF", "mutation", "negative", "no BRAF or RAS mutation", optional=True),
]


# ============================================================================ 7118
M7118 = meta("Patient R", "11/09/1947", "M", "PCD-26-1954", "02/18/2026")


def r7118():
    lab, W = PINECREST, width(PINECREST)
    s = [P(lab, "PROFILE360 | Lung", "h1"),
         kv(lab, [("Specimen", "Lung, right lower lobe, transbronchial biopsies (3 fragments, 0.2 cm aggregate)"), ("Clinical", "Suspected non-small cell carcinoma, stage IV"),
                  ("Block", "PCD-26-1954-1A"), ("Physician", "N. Delacourt-Osei, MD")],
            [60, W / 2 - 60, 60, W / 2 - 60], lines=True),
         Spacer(1, 8)]
    s.append(box(lab, [P(lab, "REPORT STATUS: FINAL - TESTING NOT COMPLETED", "h3", textColor=RED),
                       P(lab, "The submitted block contained insufficient tumour for the requested profile. No biomarker result could be "
                              "generated. Please submit additional material (e.g., EBUS cell block, pleural fluid or re-biopsy) or consider "
                              "plasma cell-free DNA testing.")], W, border=RED, bg=colors.HexColor("#fdf0f0")))
    s.append(P(lab, "Requested tests and outcome", "h2"))
    rows = [["Test", "Method", "Outcome", "Reason"]]
    for t_, m_, o_, r_ in [
        ("PD-L1 (22C3)", "IHC", "Test not performed: insufficient tumour", "Fewer than 100 viable tumour cells on H&E level"),
        ("ALK (D5F3)", "IHC", "Test not performed: insufficient tumour", "Tissue prioritised for DNA"),
        ("ROS1 (D4D6)", "IHC", "Test not performed: insufficient tumour", "-"),
        ("EGFR, KRAS, BRAF, ERBB2, MET", "DNA NGS", "Failed - QNS", "DNA yield 4.1 ng (minimum 20 ng)"),
        ("ALK, ROS1, RET, NTRK1-3 fusions", "RNA NGS", "Cancelled", "Not attempted after DNA failure"),
        ("TMB / MSI", "DNA NGS", "Not reported", "Dependent on DNA sequencing"),
    ]:
        rows.append([t_, m_, o_, r_])
    s.append(grid(lab, rows, [140, 60, 150, W - 350], headbg=PINECREST.colour, zebra=True))
    s.append(P(lab, "Histology review", "h2"))
    s.append(P(lab, "Sections show bronchial mucosa with a small focus (approximately 60 cells) of atypical epithelial cells, "
                    "crushed. Immunostains performed by the referring laboratory (TTF-1 positive, p40 negative) were reviewed on "
                    "the glass slides provided and support adenocarcinoma; they are not repeated here. Tumour fraction estimated "
                    "below 10%."))
    s.append(P(lab, "What happens next", "h2"))
    s.append(P(lab, "A liquid biopsy kit has been sent to the ordering office. If new tissue is received within 30 days, testing "
                    "will be performed under the same order at no additional charge. EGFR, ALK, ROS1, BRAF, KRAS G12C, MET exon 14, "
                    "RET, NTRK and ERBB2 testing and PD-L1 remain recommended for this patient by current guidelines."))
    s += assay_page(lab, "Test description", [
        ("PROFILE360 DNA", "447 genes", "Minimum 20 ng DNA, tumour >= 20%", "SNV, indel, CNV"),
        ("PROFILE360 RNA", "Targeted fusion panel", "Minimum 10 ng RNA", "Fusions"),
        ("IHC", "PD-L1 22C3; ALK D5F3; ROS1 D4D6", ">= 100 tumour cells for PD-L1", "Lung panel"),
    ], notes=["Signed: C. Ibarra-Lindgren, PhD and O. Abernathy-Sole, MD. 02/18/2026."])
    return s


L7118 = []


# ============================================================================ 7119
M7119 = meta("Patient S", "July 7, 2004", "M", "SAML-26-M0455", "February 17, 2026")


def r7119():
    lab, W = AURELIAN, width(AURELIAN)
    s = [P(lab, "Sarcoma Molecular and Target Antigen Report", "h1"),
         P(lab, "<b>Patient:</b> Patient S &nbsp; <b>Specimen:</b> Lung metastasis, wedge resection (S26-1533, block B2) &nbsp; "
                "<b>Primary:</b> Osteosarcoma, left distal femur (diagnosed 2024) &nbsp; <b>Requested for:</b> anti-GD2 trial SAML-GD2-03 screening and genomic profiling"),
         Spacer(1, 4)]
    s.append(P(lab, "Summary", "h2"))
    s.append(grid(lab, [
        ["Item", "Result"],
        ["GD2 (trial screening)", "Positive - 85% of tumour cells, strong (3+) membranous"],
        ["B7-H3 (CD276)", "Positive - 90%, moderate to strong"],
        ["PD-L1 (22C3)", "Negative | TPS 0%"],
        ["Tumour mutational burden", "1.5 mut/Mb (low)"],
        ["Microsatellite status", "Stable"],
        ["Key genomic alterations", "TP53 R248W; RB1 loss; MYC amplification"],
    ], [140, W - 140], headbg=AURELIAN.colour, zebra=True))
    s.append(P(lab, "Target antigen immunohistochemistry", "h2"))
    s.append(grid(lab, [
        ["Antigen", "Clone", "Result", "Trial threshold", "Control"],
        ["GD2", "14G2a (frozen-section validated on FFPE)", "Positive, 85%, 3+", ">= 50% of cells at >= 2+", "Neuroblastoma block - appropriate"],
        ["B7-H3", "D9M2L", "Positive, 90%", "Not required", "Appropriate"],
        ["Mesothelin", "-", "Not requested", "-", "-"],
        ["HER2", "4B5", "Not performed (no sarcoma indication)", "-", "-"],
        ["Ki-67", "MIB-1", "35%", "-", "-"],
    ], [70, 130, 110, 100, W - 410], headbg=AURELIAN.colour, zebra=False))
    s.append(P(lab, "Genomic profile (DNA, 324 genes)", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF / CN", "Classification"],
        ["TP53", "p.R248W (c.742C>T)", "81%", "Pathogenic"],
        ["RB1", "Loss (homozygous deletion exons 1-17)", "CN 0", "Pathogenic"],
        ["MYC", "Amplification", "CN 12", "Pathogenic"],
        ["CDK4", "Not amplified", "-", "-"],
        ["MDM2", "Not amplified", "-", "-"],
        ["ATRX", "p.E1950K", "12%", "Uncertain significance"],
    ], [60, 200, 70, W - 330], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "No fusions were detected by the RNA panel (including NTRK1-3, ALK, EWSR1, FUS, SS18 partners). "
                    "TP53 R248W at high allele fraction may represent a germline Li-Fraumeni variant; germline testing is recommended "
                    "and has been discussed with the family by the treating team.", "body"))
    s.append(P(lab, "Discussion", "h2"))
    s.append(P(lab, "GD2 is expressed by most osteosarcomas and is the target of dinutuximab-type antibodies and GD2-directed CAR-T cells. "
                    "The sponsor requires central confirmation; this report is for local screening. The diagnostic biopsy of the femoral "
                    "primary (2024) was reported elsewhere as 'GD2 weakly positive, 30%' by a different assay; those data are "
                    "quoted from the referral letter and are not comparable."))
    s += assay_page(lab, "Methods", [
        ("GD2 IHC", "14G2a on FFPE after antigen-retrieval protocol validated in 2025", "Concordance with flow cytometry 92%", "Research-use; trial screening"),
        ("B7-H3 IHC", "D9M2L", "-", "Trial screening"),
        ("DNA NGS", "324 genes + TMB/MSI", "LOD 5%", "Tumour-only"),
        ("RNA NGS", "Sarcoma fusion panel, 86 genes", "-", "Fusions"),
    ], notes=["Pathologists: A. Castellanos-Birch, MD; R. Iwu-Halvard, MD. Electronically signed February 17, 2026."])
    return s


L7119 = [
    L("GD2", "expression", "positive", ["Positive, 85%, 3+", "Positive - 85% of tumour cells"], percent=85, ihc_score="3+"),
    L("PD-L1", "expression", "negative", "Negative | TPS 0%", percent=0),
    L("TMB", "signature", "negative", "1.5 mut/Mb (low)", value="1.5 mut/Mb"),
    L("MSI", "signature", "negative", "Stable"),
    L("TP53", "mutation", "positive", "p.R248W", alteration="R248W"),
    L("Ki-67", "expression", "reported", "MIB-1 35%", percent=35),
    L("NTRK", "fusion", "negative", "No fusions were detected"),
    L("ALK", "fusion", "negative", "No fusions were detected"),
    L("GD2", "expression", "positive", "GD2 weakly positive, 30%", percent=30, optional=True),
]


# ============================================================================ 7120
M7120 = meta("Patient T", "13/06/1950", "M", "TOD-26-10118", "18/02/2026")


def r7120():
    lab, W = TESSELLATE, width(TESSELLATE)
    s = [P(lab, "Tessera Complete - Tumour Profile (Pleural mesothelioma)", "h1")]
    s.append(kv(lab, [("Patient", "Patient T"), ("Specimen", "Right parietal pleura, VATS biopsies; block 2"),
                      ("Diagnosis", "Epithelioid pleural mesothelioma"), ("Requesting clinician", "Dr G. Oduya-Lindqvist"),
                      ("Received", "06/02/2026"), ("Trial screening", "TDX-MSLN-11 (mesothelin CAR-T)")],
                [70, W / 3 - 70, 70, W / 3 - 70, 90, W / 3 - 90], cols=3, lines=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Biomarker results", "h2"))
    rows = [["Biomarker", "Method", "Clone / assay", "Result", "Threshold", "Therapy / trial association", "Note"],
            ["Mesothelin", "IHC", "SP74", "Positive 3+, 90%", "Trial: >= 50% at >= 2+", "TDX-MSLN-11 eligible on local testing", "1"],
            ["PD-L1", "IHC", "22C3", "Positive, TPS 40%", "Positive if TPS >= 1%", "Nivolumab + ipilimumab (not biomarker-restricted)", "-"],
            ["BAP1", "IHC", "C-4", "Loss", "Nuclear loss = abnormal", "-", "2"],
            ["MTAP", "IHC", "EPR6893", "Loss", "Cytoplasmic loss", "PRMT5 inhibitor trials", "-"],
            ["Calretinin / WT1 / D2-40", "IHC", "-", "Positive", "Diagnostic panel", "-", "-"],
            ["ALK", "IHC", "D5F3", "Negative", "-", "-", "-"],
            ["CDKN2A", "FISH", "9p21/CEP9", "Homozygous deletion (78% of nuclei)", ">= 20% nuclei", "-", "-"],
            ["TMB", "NGS", "DNA 412 genes", "1 mut/Mb", "High >= 10 mut/Mb", "-", "-"],
            ["MSI", "NGS", "DNA", "Stable", "-", "-", "-"],
            ["NF2", "NGS", "DNA", "Mutated, Pathogenic (Q362*)", "-", "-", "-"],
            ["BAP1", "NGS", "DNA", "Mutated, Pathogenic (splice c.581-2A>G)", "-", "-", "-"],
            ["TP53", "NGS", "DNA", "Wild type", "-", "-", "-"],
            ["ALK / ROS1 / NTRK fusions", "NGS", "RNA", "Pending", "-", "-", "3"]]
    s.append(grid(lab, rows, [110, 50, 70, 170, 110, W - 560, 50], headbg=TESSELLATE.colour, zebra=True))
    s.append(P(lab, "1 Central confirmation required by the sponsor. 2 BAP1 loss supports the diagnosis of mesothelioma. "
                    "3 RNA library failed quality control and has been repeated; results will be issued as an addendum.", "small"))
    s.append(P(lab, "Interpretive comment", "h2"))
    s.append(P(lab, "Strong, diffuse membranous mesothelin expression is typical of epithelioid mesothelioma and meets the local screening "
                    "threshold. BAP1 and MTAP loss with CDKN2A homozygous deletion are diagnostic adjuncts. The low TMB is expected. "
                    "Germline BAP1 testing should be considered if there is a family history of mesothelioma, uveal melanoma or renal cancer."))
    s += assay_page(lab, "Methods", [
        ("Mesothelin", "SP74 rabbit monoclonal", "H-score and % at >= 2+", "Trial screening; pancreatic and ovarian validated"),
        ("PD-L1", "22C3", "TPS", "Information"),
        ("BAP1 / MTAP", "C-4 / EPR6893", "Internal control required", "Diagnostic"),
        ("NGS", "DNA 412 genes; RNA 62 genes", "LOD 5%", "Tumour-only"),
    ], notes=["Reviewed and approved: Dr N. Faraday-Osei, Consultant Pathologist, 18/02/2026."])
    return s


L7120 = [
    L("Mesothelin", "expression", "positive", "Positive 3+, 90%", ihc_score="3+", percent=90),
    L("PD-L1", "expression", "positive", "Positive, TPS 40%", percent=40),
    L("ALK", "expression", "negative", "Negative"),
    L("TMB", "signature", "negative", "1 mut/Mb", value="1 mut/Mb"),
    L("MSI", "signature", "negative", "Stable"),
    L("TP53", "mutation", "negative", "Wild type"),
]


REPORTS = [
    dict(id=7111, lab=LINDQVIST, meta=M7111, fn=r7111, labels=L7111, doc="Molecular tumour profile", tumour="Intrahepatic cholangiocarcinoma", kinds="SUM DUP THR NEG VUS OTHER"),
    dict(id=7112, lab=MERIDIAN, meta=M7112, fn=r7112, labels=L7112, doc="Comprehensive tumour profile, benefit/lack summary", tumour="Salivary duct carcinoma", kinds="SUM PILL CMP MAT DUP NEG VUS FAM"),
    dict(id=7113, lab=KESTREL, meta=M7113, fn=r7113, labels=L7113, doc="Integrated tumour biomarker report", tumour="Lung squamous carcinoma", kinds="MAT DUP2 WRAP FAIL THR VUS"),
    dict(id=7114, lab=NORTHGATE, meta=M7114, fn=r7114, labels=L7114, doc="Colorectal precision profile (Courier)", tumour="Colorectal", kinds="CMP MAT DUP THR VUS NEG OOS WRAP"),
    dict(id=7115, lab=HALVORSEN, meta=M7115, fn=r7115, labels=L7115, doc="Academic tumour profiling report", tumour="Breast (triple negative)", kinds="SUM DUP2 THR VUS PEND FAM OOS"),
    dict(id=7116, lab=BLUEWATER, meta=M7116, fn=r7116, labels=L7116, doc="Multi-platform profile, landscape", tumour="Lung adenocarcinoma (pleura)", kinds="LAND SUM MAT DUP FN FAIL TRIAL PRIOR"),
    dict(id=7117, lab=CORVID, meta=M7117, fn=r7117, labels=L7117, doc="Tumour insight report with pills", tumour="Thyroid (poorly differentiated)", kinds="PILL CMP OOS PRIOR"),
    dict(id=7118, lab=PINECREST, meta=M7118, fn=r7118, labels=L7118, doc="Profile with all tests failed / not performed", tumour="Lung (suspected NSCLC)", kinds="FAIL NONE"),
    dict(id=7119, lab=AURELIAN, meta=M7119, fn=r7119, labels=L7119, doc="Sarcoma molecular and target antigen report", tumour="Osteosarcoma (lung metastasis)", kinds="SUM THR TGT OOS PRIOR VUS"),
    dict(id=7120, lab=TESSELLATE, meta=M7120, fn=r7120, labels=L7120, doc="Tumour profile, landscape", tumour="Pleural mesothelioma", kinds="LAND MAT FN TGT PEND OOS THR"),
]
