"""Reports 7101-7110."""
from common import *  # noqa: F401,F403
from labs import *  # noqa: F401,F403


def meta(patient, dob, sex, acc, reported, **kw):
    d = dict(patient=patient, dob=dob, sex=sex, accession=acc, reported=reported)
    d.update(kw)
    return d


# ============================================================================ 7101
M7101 = meta("Patient A", "03/14/1961", "F", "MOD-26-004417", "02/11/2026")


def r7101():
    lab, W = MERIDIAN, width(MERIDIAN)
    s = [P(lab, "Comprehensive Tumor Profile", "h1"),
         P(lab, "Multi-platform report: immunohistochemistry, chromogenic ISH, DNA/RNA next-generation sequencing", "small")]
    s.append(kv(lab, [
        ("Patient", "Patient A"), ("Specimen ID", "MOD-26-004417-A1 (block 2B)"),
        ("Ordering physician", "L. Marchetti-Ong, MD"), ("Specimen site", "Liver, segment 6, core needle biopsy"),
        ("Primary tumor site", "Breast, left"), ("Collected / received", "01/22/2026 / 01/26/2026"),
        ("Diagnosis (client)", "Metastatic invasive ductal carcinoma"), ("Tumor content", "60% (macrodissected)"),
    ], [88, W / 2 - 88, 88, W / 2 - 88], lines=True))
    s.append(Spacer(1, 8))
    g, r, gr = GREEN, RED, GREY
    half = W / 2 - 6
    ben = [P(lab, "<b>Biomarkers with potential benefit</b>", "body", textColor=GREEN),
           grid(lab, [
               ["Biomarker", "Result", "Associated therapies"],
               ["ER (IHC)", [Pill("POSITIVE", g)], "endocrine therapy, CDK4/6 inhibitors"],
               ["PR (IHC)", [Pill("POSITIVE", g)], "endocrine therapy"],
               ["PIK3CA (NGS)", [Pill("MUTATED", g), P(lab, "H1047R", "cell")], "alpelisib, capivasertib, inavolisib"],
               ["AR (IHC)", [Pill("POSITIVE", g)], "clinical trials only"],
           ], [56, 66, half - 134], headbg=GREEN, zebra=False, lines="h")]
    lack = [P(lab, "<b>Biomarkers with potential lack of benefit</b>", "body", textColor=RED),
            grid(lab, [
                ["Biomarker", "Result", "Associated therapies"],
                ["HER2 (CISH)", [Pill("NOT AMPLIFIED", r)], "trastuzumab, pertuzumab (HER2-directed antibody therapy)"],
                ["MSI (NGS)", [Pill("STABLE", r)], "pembrolizumab (MSI-H indication)"],
                ["TMB (NGS)", [Pill("LOW", r)], "pembrolizumab (TMB-H indication)"],
                ["PD-L1 SP142", [Pill("NEGATIVE", r)], "atezolizumab (IC-based indication, withdrawn in some regions)"],
            ], [56, 72, half - 140], headbg=RED, zebra=False, lines="h")]
    t = Table([[ben, lack]], colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(box(lab, [P(lab, "SUMMARY OF SIGNIFICANT RESULTS", "h3"), t,
                       P(lab, "Indeterminate / other: HER2 IHC equivocal (2+), resolved by CISH. No results pending.", "small")],
                 W, bg=LIGHT))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Therapy associations are drawn from professional guidelines and regulatory labels current at "
                    "the date of this report. Listing a drug beside a biomarker is not a recommendation to prescribe it; "
                    "a 'lack of benefit' entry refers to the biomarker shown on that row only.", "small"))
    s.append(P(lab, "Clinical trial matches (for information)", "h2"))
    s.append(grid(lab, [
        ["Trial", "Phase", "Eligibility biomarkers", "Site"],
        ["MOD-T-2291 (PI3K-alpha mutant-selective inhibitor + fulvestrant)", "II", "PIK3CA H1047 or E545 hotspot; ER-positive; HER2-negative", "Fenwick Cancer Center"],
        ["MOD-T-2317 (AR-directed degrader)", "I/II", "AR IHC >= 10% in metastatic breast; prior CDK4/6 inhibitor", "Ridgemoor, XA"],
        ["MOD-T-1988 (oral SERD combination)", "III", "ESR1 mutation detected (not met in this specimen)", "Multiple"],
    ], [W * 0.42, 34, W * 0.38, W * 0.2 - 34 + 0.0], zebra=True))
    s.append(PageBreak())
    s.append(P(lab, "Results in detail", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold", "Therapy association"],
        ["ER", "IHC (SP1)", "Protein", "Positive 3+, 95%", "Positive if >= 1%", "Benefit: endocrine therapy"],
        ["PR", "IHC (1E2)", "Protein", "Positive 2+, 40%", "Positive if >= 1%", "Benefit: endocrine therapy"],
        ["AR", "IHC (SP107)", "Protein", "Positive 2+, 30%", "Positive if >= 10%", "Trials"],
        ["HER2", "IHC (4B5)", "Protein", "Equivocal | 2+", "0-1+ neg, 2+ equiv, 3+ pos", "Reflexed to CISH"],
        ["HER2", "CISH (HER2/CEN17 dual)", "Gene copy number", "Not amplified (ratio 1.6)\u2020", "Amplified if ratio >= 2.0", "Lack of benefit: trastuzumab, pertuzumab"],
        ["PTEN", "IHC (6H2.1)", "Protein", "Positive 1+, 50%", "Negative if 0 in >= 50% of cells", "Associated with AKT pathway activation when lost"],
        ["PD-L1", "IHC (SP142)", "Protein", "Negative, IC <1%", "Positive if IC >= 1%", "Lack of benefit: atezolizumab"],
        ["MSI", "NGS", "DNA", "Stable", "MSI-H per validated loci", "Lack of benefit: pembrolizumab"],
        ["TMB", "NGS", "DNA", "Low | 3 mut/Mb", "High >= 10 mut/Mb", "Lack of benefit: pembrolizumab"],
        ["PIK3CA", "NGS", "DNA", "Mutated, Pathogenic", "-", "Benefit: alpelisib, capivasertib"],
        ["ESR1", "NGS", "DNA", "Wild type", "-", "Lack of benefit: elacestrant"],
        ["NTRK1/2/3", "NGS", "RNA", "Not detected", "-", "Lack of benefit: larotrectinib, entrectinib"],
    ], [48, 78, 62, W * 0.22, W * 0.2, W - 188 - W * 0.42], zebra=True))
    s.append(P(lab, "\u2020 HER2/CEN17 ratio 1.6; mean HER2 signals 3.9 per nucleus in 20 nuclei counted; ASCO/CAP ISH group 5. "
                    "HER2 IHC 2+ with a non-amplified ISH result is reported as HER2-negative (HER2-low category).", "small"))
    s.append(P(lab, "Genomic alterations", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration (protein)", "Coding change", "Exon", "VAF", "Classification"],
        ["PIK3CA", "H1047R", "c.3140A>G", "21", "34%", "Pathogenic (tier I)"],
        ["TP53", "R248Q", "c.743G>A", "7", "41%", "Pathogenic (tier II)"],
        ["GATA3", "M294fs", "c.880_881insG", "5", "29%", "Likely pathogenic (tier III)"],
    ], [60, 90, 100, 40, 40, W - 330], zebra=False, lines="h"))
    s.append(P(lab, "Variants of uncertain significance", "h3"))
    s.append(P(lab, "BRCA2 c.5744C>T (T1915M) VAF 49%; ATM c.2572T>C (F858L) VAF 51%; NF1 c.3827G>A (R1276Q) VAF 12%. "
                    "VUS are listed for completeness and are not used for therapy matching.", "small"))
    s.append(P(lab, "Genes tested with no reportable alterations (DNA)", "h3"))
    genes = ["AKT1", "APC", "ARID1A", "ATR", "BAP1", "BARD1", "BRCA1", "BRAF", "BRIP1", "CDH1", "CDK4", "CDK12",
             "CHEK2", "CTNNB1", "EGFR", "ERBB2", "ERBB3", "FGFR1", "FGFR2", "FOXA1", "IDH1", "KMT2C", "KRAS", "MAP2K4",
             "MAP3K1", "MDM2", "MYC", "NF2", "NRAS", "PALB2", "PIK3R1", "RAD51C", "RB1", "SF3B1", "STK11", "TBX3"]
    s.append(columns(lab, genes, 6, W, lines=True))
    s.append(P(lab, "Results carried from an earlier report (not repeated on this specimen)", "h3"))
    s.append(grid(lab, [
        ["Source", "Specimen", "ER", "PR", "HER2"],
        ["Outside report SP-19-22018 (2019)", "Left breast primary, excision", "90%, strong", "60%, moderate", "IHC 1+"],
    ], [W * 0.3, W * 0.3, W * 0.13, W * 0.13, W * 0.14], headbg=GREY, zebra=False))
    s.append(P(lab, "Methods and limitations", "h2"))
    s.append(P(lab, "IHC was performed on 4-micron sections on an automated stainer with on-slide tissue controls, which stained "
                    "appropriately. Antibodies: ER (SP1), PR (1E2), AR (SP107), HER2 (4B5), PTEN (6H2.1), PD-L1 (SP142). "
                    "CISH used a dual-colour HER2/CEN17 probe. DNA sequencing covers the full coding exons of 592 genes, "
                    "including ABL1, AKT1-3, ALK, AR, ATM, BRAF, BRCA1, BRCA2, CDK4, EGFR, ERBB2, ESR1, FGFR1-4, IDH1, IDH2, "
                    "KIT, KRAS, MET, NRAS, NTRK1-3, PIK3CA, PTEN, RET, ROS1 and TP53; RNA sequencing detects fusions in 55 genes. "
                    "TMB is calculated from somatic non-synonymous variants over 1.4 Mb. MSI is assessed at over 7,000 loci.", "small"))
    s.append(P(lab, "A negative result does not exclude an alteration below the limit of detection (VAF 5%) or in regions "
                    "not covered. Germline status cannot be inferred from tumour-only sequencing.", "small"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Electronically signed: R. Delacroix-Ibe, MD, Pathologist, 02/11/2026 16:42. "
                    "Molecular review: P. Szymanski, PhD, FACMG.", "body"))
    return s


L7101 = [
    L("ER", "expression", "positive", "Positive 3+, 95%", percent=95),
    L("PR", "expression", "positive", "Positive 2+, 40%", percent=40),
    L("AR", "expression", "positive", "Positive 2+, 30%", percent=30),
    L("HER2", "expression", "equivocal", "Equivocal | 2+", ihc_score="2+"),
    L("HER2", "amplification", "negative", "Not amplified (ratio 1.6)", ratio=1.6),
    L("PD-L1", "expression", "negative", "Negative, IC <1%", value="IC <1%"),
    L("MSI", "signature", "negative", "Stable"),
    L("TMB", "signature", "negative", "Low | 3 mut/Mb", value="3 mut/Mb"),
    L("PIK3CA", "mutation", "positive", ["H1047R", "Mutated, Pathogenic"], alteration="H1047R"),
    L("TP53", "mutation", "positive", "R248Q", alteration="R248Q"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("IDH1", "mutation", "negative", "IDH1"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("ER", "expression", "positive", "90%, strong", percent=90, optional=True),
    L("PR", "expression", "positive", "60%, moderate", percent=60, optional=True),
    L("HER2", "expression", "negative", "IHC 1+", ihc_score="1+", optional=True),
]


# ============================================================================ 7102
M7102 = meta("Patient B", "22/07/1958", "M", "KMP/26/01183", "09 Feb 2026")


def r7102():
    lab, W = KESTREL, width(KESTREL)
    s = [P(lab, "Integrated Tumour Biomarker Report", "h1")]
    s.append(kv(lab, [
        ("Name", "Patient B"), ("Hospital no.", "H7781304"), ("Referring clinician", "Mr D. Achterberg, Consultant Colorectal Surgeon"),
        ("Referring hospital", "Wendham General Hospital"), ("Material", "Sigmoid colon resection, block A7 (FFPE)"),
        ("Date received", "27 Jan 2026"), ("Tumour cellularity (estimated)", "45%"), ("Request", "MMR IHC, MSI, RAS/BRAF, HER2, fusion screen"),
    ], [96, W / 2 - 96, 110, W / 2 - 110], lines=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Summary", "h2"))
    s.append(P(lab, "This tumour is mismatch repair deficient with loss of MLH1 and PMS2 and is MSI-high. BRAF V600E is present, "
                    "which together with MLH1 loss favours a sporadic (methylation-related) mechanism; MLH1 promoter methylation "
                    "testing has been requested and will be issued as a supplementary report. KRAS and NRAS are wild type."))
    s.append(P(lab, "Results matrix", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Result", "Interpretation / therapy association"],
        ["MLH1", "IHC (ES05)", "Loss of nuclear expression", "Deficient; see MSI"],
        ["PMS2", "IHC (EP51)", "Loss of nuclear expression", "Deficient (secondary to MLH1)"],
        ["MSH2", "IHC (G219-1129)", "Retained", "-"],
        ["MSH6", "IHC (EP49)", "Retained", "-"],
        ["MMR status", "IHC panel", "dMMR (deficient)", "Potential benefit: pembrolizumab, nivolumab +/- ipilimumab"],
        ["MSI", "Fragment analysis (5 mononucleotide markers)", "MSI-High (5/5 markers unstable)", "Concordant with IHC"],
        ["BRAF", "NGS", "V600E detected (VAF 31%)", "Potential benefit: encorafenib + cetuximab"],
        ["KRAS", "NGS (exons 2, 3, 4)", "Wild type", "No resistance signal for anti-EGFR therapy from KRAS"],
        ["NRAS", "NGS (exons 2, 3, 4)", "Wild type", "-"],
        ["HER2", "IHC (4B5)", "Negative | 1+", "HER2-directed therapy not indicated"],
        ["TMB", "NGS", "38 mut/Mb (high)", "Threshold: >= 10 mut/Mb"],
        ["NTRK1/2/3", "RNA NGS", "No fusion detected", "-"],
        ["MLH1 promoter methylation", "Pyrosequencing", "Pending", "Supplementary report to follow"],
    ], [86, 110, 118, W - 314], headbg=KESTREL.colour, zebra=True))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Note on anti-EGFR therapy: lack of benefit from cetuximab and panitumumab is associated with activating "
                    "KRAS or NRAS variants; none was found. BRAF V600E is itself associated with poor response to anti-EGFR "
                    "monotherapy.", "small"))
    s.append(P(lab, "Sequence variants", "h2"))
    s.append(grid(lab, [
        ["Gene", "HGVS (coding)", "HGVS (protein)", "VAF", "Tier"],
        ["BRAF", "NM_004333.6:c.1799T>A", "p.(Val600Glu)", "31%", "IA"],
        ["RNF43", "NM_017763.6:c.1976del", "p.(Gly659Valfs*41)", "24%", "III"],
        ["ACVR2A", "NM_001616.5:c.1310del", "p.(Lys437Argfs*5)", "28%", "III"],
        ["APC", "NM_000038.6:c.4012C>T", "p.(Gln1338Ter)", "19%", "IIC"],
        ["PIK3CA", "NM_006218.4:c.1258T>C", "p.(Cys420Arg)", "8%", "VUS"],
    ], [58, 140, 110, 40, W - 348], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Variants classified as VUS are not interpreted. A PIK3CA variant of uncertain significance is listed above; "
                    "PIK3CA hotspot codons 542, 545 and 1047 were not mutated.", "small"))
    s.append(P(lab, "Germline considerations", "h2"))
    s.append(P(lab, "Tumour testing cannot distinguish somatic from germline events. If MLH1 promoter methylation is absent, "
                    "referral to clinical genetics for Lynch syndrome assessment (MLH1, MSH2, MSH6, PMS2, EPCAM) is advised. "
                    "The patient's sister was reported to carry an MSH6 variant; that result has not been seen by this laboratory."))
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "Immunohistochemistry for the four mismatch repair proteins was performed with internal positive control "
                    "(non-neoplastic mucosa, lymphocytes and stromal cells) on every slide. Microsatellite instability was "
                    "determined with a five-marker mononucleotide panel (BAT-25, BAT-26, NR-21, NR-24, MONO-27) against matched "
                    "normal tissue. DNA sequencing used a 52-gene hotspot panel (KRAS, NRAS, BRAF, PIK3CA, EGFR, ERBB2, MET, IDH1, "
                    "IDH2, KIT, PDGFRA and others); RNA sequencing used a targeted fusion panel covering ALK, ROS1, RET, NTRK1-3, "
                    "FGFR1-3 and NRG1. TMB was estimated from a 1.1 Mb footprint.", "small"))
    s.append(P(lab, "Reported by Dr F. Nakashima-Reed, Consultant Molecular Pathologist. Authorised 09 Feb 2026.", "body"))
    return s


L7102 = [
    L("MLH1", "expression", "negative", "Loss of nuclear expression"),
    L("PMS2", "expression", "negative", "Deficient (secondary to MLH1)"),
    L("MSH2", "expression", "positive", "Retained"),
    L("MSH6", "expression", "positive", "Retained"),
    L("MMR", "signature", "positive", "dMMR (deficient)"),
    L("MSI", "signature", "positive", "MSI-High (5/5 markers unstable)"),
    L("BRAF", "mutation", "positive", "V600E detected (VAF 31%)", alteration="V600E"),
    L("KRAS", "mutation", "negative", "Wild type"),
    L("NRAS", "mutation", "negative", "Wild type"),
    L("HER2", "expression", "negative", "Negative | 1+", ihc_score="1+"),
    L("TMB", "signature", "positive", "38 mut/Mb (high)", value="38 mut/Mb"),
    L("NTRK", "fusion", "negative", "No fusion detected"),
]


# ============================================================================ 7103
M7103 = meta("Patient C", "1954-11-02", "M", "NPP-2026-118834", "2026-02-04")


def r7103():
    lab, W = NORTHGATE, width(NORTHGATE)
    s = [P(lab, "PRECISION TUMOR PROFILE - LUNG", "h1"),
         P(lab, "SPECIMEN: RIGHT UPPER LOBE, CT-GUIDED CORE BX (BLOCK 1A)   COLLECTED 2026-01-19   RECEIVED 2026-01-21", "small"),
         P(lab, "DX: ADENOCARCINOMA, ACINAR PREDOMINANT, STAGE IVA (PER REQUISITION)   ORDERING: K. BRENNICKE, MD   TUMOR %: 35", "small"),
         Spacer(1, 5)]
    s.append(box(lab, [
        P(lab, "** ACTIONABLE FINDINGS **", "h3"),
        P(lab, "EGFR exon 19 deletion (E746_A750del) ......... DETECTED", "cell"),
        P(lab, "PD-L1 22C3 TPS ................................ 80% (HIGH EXPRESSION)", "cell"),
        P(lab, "TP53 R273H .................................... DETECTED (no targeted therapy)", "cell"),
        P(lab, "ALK / ROS1 / RET / NTRK / MET exon 14 ......... NEGATIVE - SEE DETAIL", "cell"),
        P(lab, "NOTE: EGFR-TKI is preferred first line over PD-1 monotherapy despite high PD-L1.", "small"),
    ], W, border=colors.black, bg=colors.white))
    s.append(Spacer(1, 6))
    s.append(P(lab, "BIOMARKER DETAIL", "h2"))
    rows = [["MARKER", "METHOD", "CLONE/PROBE", "RESULT", "CUTOFF", "THERAPY ASSOC."],
            ["PD-L1", "IHC", "22C3", "Positive | TPS 80%", "TPS >=50% high; 1-49% low", "pembrolizumab, cemiplimab"],
            ["PD-L1", "IHC", "SP263", "Positive | TC 75%", "TC >=50%", "durvalumab (adjuvant)"],
            ["ALK", "IHC", "D5F3", "Negative | 0", "any strong granular = pos", "alectinib, lorlatinib (lack)"],
            ["ROS1", "IHC", "D4D6", "QNS*", "-", "-"],
            ["MET", "IHC", "SP44", "Negative 1+, 20%", ">=50% 3+ (ADC trials)", "telisotuzumab vedotin (lack)"],
            ["EGFR", "NGS-DNA", "-", "Mutated, Pathogenic", "-", "osimertinib, amivantamab+lazertinib"],
            ["KRAS", "NGS-DNA", "-", "Not detected", "-", "sotorasib/adagrasib (lack)"],
            ["BRAF", "NGS-DNA", "-", "Not detected", "-", "dabrafenib+trametinib (lack)"],
            ["ERBB2", "NGS-DNA", "-", "Not detected", "-", "T-DXd (lack)"],
            ["MET ex14", "NGS-RNA", "-", "Not detected", "-", "capmatinib, tepotinib (lack)"],
            ["ALK fusion", "NGS-RNA", "-", "Not detected", "-", "-"],
            ["ROS1 fusion", "NGS-RNA", "-", "Not detected", "-", "-"],
            ["RET fusion", "NGS-RNA", "-", "Not detected", "-", "selpercatinib (lack)"],
            ["NTRK1-3", "NGS-RNA", "-", "Not detected", "-", "-"],
            ["TMB", "NGS-DNA", "-", "6 mut/Mb", "High >= 10 mut/Mb", "-"],
            ["MSI", "NGS-DNA", "-", "MSS", "-", "-"]]
    s.append(grid(lab, rows, [60, 58, 54, W * 0.24, W * 0.2, W - 172 - W * 0.44], headbg=colors.black, zebra=True))
    s.append(P(lab, "* QNS: QUANTITY NOT SUFFICIENT. ROS1 IHC SECTION LOST ON RECUT; ROS1 STATUS IS ADDRESSED BY RNA SEQUENCING ABOVE.", "small"))
    s.append(P(lab, "VARIANT TABLE (DNA)", "h2"))
    s.append(grid(lab, [
        ["GENE", "VARIANT", "TRANSCRIPT", "VAF", "DEPTH", "CLASS"],
        ["EGFR", "p.E746_A750del (c.2235_2249del)", "NM_005228.5", "27.4%", "1,904", "PATHOGENIC"],
        ["TP53", "p.R273H (c.818G>A)", "NM_000546.6", "22.9%", "1,311", "PATHOGENIC"],
        ["EGFR", "p.Q787Q (c.2361G>A)", "NM_005228.5", "51.0%", "2,088", "BENIGN (SNP)"],
        ["KEAP1", "p.A427V (c.1280C>T)", "NM_203500.2", "6.1%", "980", "VUS"],
    ], [50, W * 0.34, 84, 44, 44, W - 222 - W * 0.34], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "NOTE: EGFR T790M, C797S, L858R, G719X, L861Q AND EXON 20 INSERTIONS WERE NOT DETECTED.", "small"))
    s.append(P(lab, "COMMENT", "h2"))
    s.append(P(lab, "The EGFR exon 19 deletion is a sensitising alteration. Co-occurring TP53 mutation is common and may be associated "
                    "with shorter progression-free survival on EGFR-TKI. PD-L1 is reported by two clones at the request of the treating "
                    "team (trial screening); results are concordant. A prior EBUS specimen from 2025-12 was reported by another "
                    "laboratory as 'EGFR negative by PCR'; the current NGS result supersedes it (PCR panel did not cover this deletion)."))
    s.append(P(lab, "METHODS", "h2"))
    s.append(P(lab, "IHC: VENTANA-TYPE AND DAKO-TYPE PLATFORMS, EXTERNAL CELL-LINE AND TONSIL CONTROLS APPROPRIATE. "
                    "DNA NGS: 161-GENE HYBRID CAPTURE (INCL. EGFR, KRAS, NRAS, BRAF, ERBB2, MET, ALK, ROS1, RET, NTRK1-3, "
                    "PIK3CA, TP53, STK11, KEAP1). RNA NGS: ANCHORED MULTIPLEX PCR, 46 FUSION DRIVER GENES. LOD 5% VAF.", "small"))
    s.append(P(lab, "SIGNED OUT: T. OYELARAN-WEISS, MD  2026-02-04 11:08", "body"))
    return s


L7103 = [
    L("EGFR", "mutation", "positive", ["E746_A750del", "Mutated, Pathogenic"], alteration="E746_A750del"),
    L("PD-L1", "expression", "positive", "Positive | TPS 80%", percent=80),
    L("PD-L1", "expression", "positive", "Positive | TC 75%", percent=75),
    L("ALK", "expression", "negative", "Negative | 0"),
    L("MET", "expression", "negative", "Negative 1+, 20%", percent=20),
    L("TP53", "mutation", "positive", "p.R273H", alteration="R273H"),
    L("KRAS", "mutation", "negative", "Not detected"),
    L("BRAF", "mutation", "negative", "Not detected"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("MET", "mutation", "negative", "MET ex14"),
    L("ALK", "fusion", "negative", "ALK fusion"),
    L("ROS1", "fusion", "negative", "ROS1 fusion"),
    L("RET", "fusion", "negative", "RET fusion"),
    L("NTRK", "fusion", "negative", "NTRK1-3"),
    L("TMB", "signature", "negative", "6 mut/Mb", value="6 mut/Mb"),
    L("MSI", "signature", "negative", "MSS"),
    L("EGFR", "mutation", "negative", "EGFR negative by PCR", optional=True),
]


# ============================================================================ 7104
M7104 = meta("Patient D", "08.05.1966", "M", "CTP-26-00712", "06.02.2026")


def r7104():
    lab, W = HALVORSEN, width(HALVORSEN)
    s = [P(lab, "Tumour Profiling Report - Gastro-oesophageal adenocarcinoma", "h1")]
    s.append(grid(lab, [
        ["Patient", "Specimen", "Referral"],
        ["Patient D, male, born 08.05.1966\nPatient ID HUH-3318270",
         "Endoscopic biopsies, gastro-oesophageal junction (Siewert II), 6 fragments; block B1\nTumour fraction approx. 30%",
         "Dept. of Oncology, Dr I. Sandvold-Achebe\nReceived 29.01.2026"],
    ], [W / 3] * 3, headbg=HALVORSEN.colour, zebra=False))
    s.append(P(lab, "1. Key results", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Result", "Relevance"],
        ["HER2", "Positive (IHC 3+; ISH amplified)", "Trastuzumab with first-line chemotherapy; trastuzumab deruxtecan later lines"],
        ["PD-L1 (22C3)", "CPS 12", "Nivolumab/pembrolizumab with chemotherapy (CPS >= 1 and >= 10 thresholds met)"],
        ["MMR / MSI", "Proficient / stable", "-"],
        ["Claudin 18.2", "Positive, 80% (2+/3+)", "Zolbetuximab (>= 75% moderate-strong)"],
    ], [80, 150, W - 230], headbg=HALVORSEN.colour, zebra=True))
    s.append(P(lab, "2. Immunohistochemistry and in situ hybridisation", "h2"))
    s.append(grid(lab, [
        ["Test", "Clone / probe", "Result", "Scoring criteria"],
        ["HER2 IHC", "4B5", "3+ (strong complete/basolateral membrane staining, approx. 70% of tumour cells)", "Gastric biopsy criteria: 3+ in a cluster of >= 5 cells"],
        ["HER2 ISH (dual-probe, silver)", "HER2 / CEP17", "Amplified - ratio 5.2; mean HER2 copy number 11.3", "Amplified if ratio >= 2.0"],
        ["PD-L1", "22C3 pharmDx-type", "CPS 12", "CPS = PD-L1+ tumour and immune cells / viable tumour cells x 100"],
        ["MLH1", "ES05", "Intact", "Nuclear staining with internal control"],
        ["PMS2", "EP51", "Intact", ""],
        ["MSH2", "FE11", "Intact", ""],
        ["MSH6", "EP49", "Intact", ""],
        ["Claudin 18.2", "43-14A", "Positive, 80% (2+/3+)", ">= 75% of tumour cells with moderate-to-strong membrane staining"],
        ["EBV (EBER ISH)", "EBER probe", "Negative", ""],
    ], [90, 74, W * 0.38, W - 164 - W * 0.38], headbg=HALVORSEN.colour, zebra=True))
    s.append(P(lab, "Mismatch repair interpretation: all four proteins show retained nuclear expression; the tumour is MMR proficient.", "body"))
    s.append(P(lab, "3. DNA sequencing (tumour-only, 324-gene panel)", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "Type", "Allele fraction / copies", "Class"],
        ["ERBB2", "Amplification", "Copy number", "est. 24 copies", "Pathogenic (concordant with ISH)"],
        ["TP53", "R175H", "Missense", "38%", "Pathogenic"],
        ["CDH1", "D254Y", "Missense", "12%", "VUS"],
        ["CCNE1", "Amplification", "Copy number", "est. 7 copies", "Likely pathogenic"],
    ], [60, 90, 70, 110, W - 330], headbg=False, lines="h", zebra=False))
    s.append(kv(lab, [("Microsatellite status", "MS-Stable"), ("Tumour mutational burden", "5 mutations/Mb (TMB-low; cut-off 10)")],
                [120, W / 2 - 120, 130, W / 2 - 130]))
    s.append(P(lab, "No alterations detected in:", "h3"))
    s.append(columns(lab, ["BRAF", "KRAS", "NRAS", "PIK3CA", "FGFR2", "MET", "EGFR", "ARID1A", "APC", "SMAD4", "CDKN2A", "RHOA"], 6, W))
    s.append(P(lab, "4. Comment", "h2"))
    s.append(P(lab, "HER2-positive gastro-oesophageal adenocarcinoma (IHC 3+, amplified). ERBB2 amplification is also seen by "
                    "sequencing. CCNE1 co-amplification has been linked to reduced benefit from HER2-directed therapy in small "
                    "series. FGFR2b protein expression (trial screening) was not requested and has not been performed. "
                    "In 2024 the patient's prostate biopsy was studied in this department; those findings are unrelated."))
    s.append(P(lab, "5. Method notes", "h2"))
    s.append(P(lab, "Controls: multi-tissue control blocks (breast carcinoma with known HER2 3+, 2+ and 0; tonsil; placenta) performed "
                    "as expected on each run. External quality assessment: scheme rounds 2025/1 and 2025/2 passed for HER2, PD-L1 "
                    "and MMR. Sequencing: hybrid capture, mean depth 780x, LOD 5% allele fraction; copy number calls require >= 6 copies.", "small"))
    s.append(P(lab, "Signed: Dr K. Thorsrud, consultant pathologist; Dr A. Moreau-Lindahl, clinical scientist. 06.02.2026", "body"))
    s += assay_page(lab, "Appendix - assay specifications", [
        ("HER2 IHC", "Rabbit monoclonal 4B5, automated stainer, OptiView-type detection", "EQA passed 2025", "Gastric and GEJ scoring per 2016 guideline"),
        ("HER2 ISH", "Dual-colour silver/red ISH, HER2 and CEP17", "20 nuclei per area, 2 areas", "Performed when IHC 2+ or on request"),
        ("PD-L1 22C3", "Mouse monoclonal 22C3, linker-amplified", "CPS reproducibility studied at CPS 1, 5, 10", "Minimum 100 viable tumour cells"),
        ("MMR IHC", "MLH1 ES05, PMS2 EP51, MSH2 FE11, MSH6 EP49", "Internal control required", "Loss of any protein = deficient"),
        ("Claudin 18.2", "43-14A", "Provisional", "Not accredited; research use"),
        ("DNA sequencing", "Hybrid capture, 324 genes, 1.2 Mb", "LOD 5% VAF; CN >= 6 copies", "SNV, indel, CNV, MSI, TMB"),
    ], genes=PANEL, genes_title="Genes in the DNA panel (coverage list; not results)", ncols=9,
        notes=["Results in this report apply to block B1 only. Interpretation should be made in the clinical context by the treating team. "
               "Questions about this report may be directed to the molecular diagnostics desk."])
    return s


L7104 = [
    L("HER2", "expression", "positive", "Positive (IHC 3+; ISH amplified)", ihc_score="3+"),
    L("HER2", "amplification", "positive", ["Amplified - ratio 5.2", "est. 24 copies"], ratio=5.2),
    L("PD-L1", "expression", "positive", "CPS 12", value="CPS 12"),
    L("MLH1", "expression", "positive", "Intact"),
    L("PMS2", "expression", "positive", "Intact"),
    L("MSH2", "expression", "positive", "Intact"),
    L("MSH6", "expression", "positive", "Intact"),
    L("MMR", "signature", "negative", "MMR proficient"),
    L("MSI", "signature", "negative", "MS-Stable"),
    L("TMB", "signature", "negative", "5 mutations/Mb (TMB-low; cut-off 10)", value="5 mutations/Mb"),
    L("TP53", "mutation", "positive", "R175H", alteration="R175H"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("PIK3CA", "mutation", "negative", "PIK3CA"),
    L("EGFR", "mutation", "negative", "EGFR"),
    L("MET", "mutation", "negative", "MET", optional=True),
]


# ============================================================================ 7105
M7105 = meta("Patient E", "12/30/1959", "F", "BRL-O-26-30551", "02/13/2026")


def r7105():
    lab, W = BLUEWATER, width(BLUEWATER)
    s = [P(lab, "OncoPanorama Multi-Platform Profile", "h1")]
    info = kv(lab, [("Patient", "Patient E"), ("Specimen", "Pancreas, head, EUS-FNB, cell block + core (BRL-O-26-30551-B)"),
                    ("Ordering", "M. Abernethy-Oduya, MD, Port Callen Oncology"), ("Diagnosis", "Pancreatic ductal adenocarcinoma, metastatic (liver)"),
                    ("Collected", "01/28/2026"), ("Tumor cellularity", "25% (enriched by macrodissection)"),
                    ("Trial screening request", "MSLN-201 (anti-mesothelin ADC) - mesothelin IHC"), ("Report status", "FINAL")],
              [80, W / 2 - 80, 100, W / 2 - 100], lines=True)
    s.append(info)
    s.append(Spacer(1, 6))
    half = W / 2 - 4
    left = [P(lab, "Potential benefit", "h3", textColor=GREEN),
            grid(lab, [["Biomarker", "Result", "Agent(s)"],
                       ["Mesothelin (IHC)", [Pill("POSITIVE", GREEN), P(lab, "2+, 70%", "cell")], "MSLN-201 trial eligibility (>= 50% at >= 2+)"],
                       ["KRAS", [Pill("G12D", GREEN)], "KRAS G12D inhibitor trials (MRTX-type); pan-RAS trials"]],
                 [80, 90, half - 170], headbg=GREEN, zebra=False, lines="h")]
    right = [P(lab, "Potential lack of benefit", "h3", textColor=RED),
             grid(lab, [["Biomarker", "Result", "Agent(s)"],
                        ["MSI / MMR", [Pill("MSS / pMMR", RED)], "checkpoint inhibitors (MSI-H indication)"],
                        ["NTRK", [Pill("NO FUSION", RED)], "larotrectinib, entrectinib"],
                        ["HER2", [Pill("IHC 0", RED)], "trastuzumab deruxtecan (HER2 IHC 3+ tumor-agnostic)"]],
                  [80, 90, half - 170], headbg=RED, zebra=False, lines="h")]
    t = Table([[left, right]], colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(box(lab, [t], W, bg=LIGHT))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Biomarker matrix", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold / scoring", "Therapy association", "Comment"],
        ["Mesothelin", "IHC (SP74)", "Protein", "Positive 2+, 70%", ">= 50% tumor cells at >= 2+ (trial-specific)", "MSLN-directed ADC (clinical trial)", "Membranous and cytoplasmic"],
        ["HER2", "IHC (4B5)", "Protein", "Negative | 0", "ASCO/CAP gastric-type scoring", "Lack of benefit: HER2-directed therapy", "-"],
        ["PD-L1", "IHC (22C3)", "Protein", "Negative, CPS <1", "CPS >= 1 positive", "-", "-"],
        ["pan-TRK", "IHC (EPR17341)", "Protein", "Negative", "Any staining = reflex RNA", "-", "Screening only"],
        ["MMR", "IHC (4 proteins)", "Protein", "Proficient (all intact)", "Loss of any = deficient", "Lack of benefit: pembrolizumab (dMMR indication)", "-"],
        ["MSI", "NGS", "DNA", "Stable", "MSI-H >= 20% unstable loci", "-", "-"],
        ["TMB", "NGS", "DNA", "1.3 mut/Mb", "High >= 10 mut/Mb", "-", "Low"],
        ["KRAS", "NGS", "DNA", "Mutated, Pathogenic: G12D", "-", "KRAS G12D-selective trials", "VAF 14%"],
        ["TP53", "NGS", "DNA", "Mutated, Pathogenic: R175H", "-", "-", "VAF 12%"],
        ["CDKN2A", "NGS", "DNA", "Deletion (homozygous)", "-", "CDK4/6 trials", "-"],
        ["BRCA1 / BRCA2", "NGS", "DNA", "Not detected", "-", "Lack of benefit: PARP inhibitor maintenance", "Somatic only"],
        ["NTRK1/2/3", "NGS", "RNA", "Not detected", "-", "-", "-"],
        ["NRG1", "NGS", "RNA", "Not detected", "-", "zenocutuzumab (lack)", "-"],
    ], [62, 66, 44, 110, 130, W - 472 - 60, 60], headbg=BLUEWATER.colour, zebra=True))
    s.append(P(lab, "Variants of uncertain significance", "h3"))
    s.append(P(lab, "PALB2 c.2816T>G (L939W) 48%; ATM c.5558A>T (D1853V) 50% - probable germline polymorphisms, not reportable as results. "
                    "SMAD4 c.1051G>A (D351N) 9% - uncertain.", "small"))
    s.append(P(lab, "Comments", "h2"))
    s.append(P(lab, "Mesothelin membrane staining meets the provisional screening threshold of the MSLN-201 protocol; eligibility is "
                    "determined by the sponsor's central laboratory, which will re-test the same block. KRAS G12D is the most frequent "
                    "KRAS allele in pancreatic cancer. Germline testing for BRCA1, BRCA2, PALB2 and ATM is recommended for all patients "
                    "with pancreatic adenocarcinoma irrespective of these tumor-only results; an outside germline report has not been "
                    "provided to this laboratory."))
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "IHC on 4 um sections; on-slide controls for each antibody (mesothelioma and normal mesothelium for SP74; "
                    "HER2-graded cell lines for 4B5; tonsil for 22C3) stained as expected. DNA: 523-gene hybrid capture. RNA: 55-gene "
                    "fusion panel. TMB over 1.2 Mb of coding sequence.", "small"))
    s.append(P(lab, "Pathologist: G. Haverkamp, MD. Molecular geneticist: S. Ruiz-Petrakis, PhD. Released 02/13/2026 09:17 ET.", "body"))
    return s


L7105 = [
    L("Mesothelin", "expression", "positive", "Positive 2+, 70%", percent=70),
    L("HER2", "expression", "negative", "Negative | 0", ihc_score="0"),
    L("PD-L1", "expression", "negative", "Negative, CPS <1", value="CPS <1"),
    L("NTRK", "expression", "negative", "pan-TRK"),
    L("MMR", "signature", "negative", "Proficient (all intact)"),
    L("MSI", "signature", "negative", "Stable"),
    L("TMB", "signature", "negative", "1.3 mut/Mb", value="1.3 mut/Mb"),
    L("KRAS", "mutation", "positive", "Mutated, Pathogenic: G12D", alteration="G12D"),
    L("TP53", "mutation", "positive", "Mutated, Pathogenic: R175H", alteration="R175H"),
    L("BRCA1", "mutation", "negative", "BRCA1 / BRCA2"),
    L("BRCA2", "mutation", "negative", "BRCA1 / BRCA2"),
    L("NTRK", "fusion", "negative", ["NTRK1/2/3", "NO FUSION"]),
]


# ============================================================================ 7106
M7106 = meta("Patient F", "19/09/1963", "F", "CG-26-2207", "12/02/2026")


def r7106():
    lab, W = CORVID, width(CORVID)
    s = [P(lab, "Tumour Insight Report", "h1"),
         P(lab, "Endometrium - hysterectomy specimen, block C4 | Endometrioid carcinoma, FIGO grade 2 | Referred by Dr P. Okafor-Lund, Gynaecological Oncology", "small"),
         Spacer(1, 4)]
    s.append(P(lab, "Molecular classification", "h2"))
    s.append(grid(lab, [
        ["POLE (exonuclease domain)", "MMR / MSI", "p53", "Assigned subgroup"],
        ["No pathogenic variant", "Deficient / MSI-High", "TP53 not mutated (NGS)", "MMRd endometrial carcinoma"],
    ], [W / 4] * 4, headbg=PURPLE, zebra=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Results at a glance", "h2"))
    rows = [["Biomarker", "Method", "Result", "Note"]]
    items = [
        ("MLH1", "IHC", Pill("RETAINED", GREEN), "Nuclear staining present"),
        ("PMS2", "IHC", Pill("RETAINED", GREEN), "Nuclear staining present"),
        ("MSH2", "IHC", Pill("LOST", RED), "Complete loss in tumour; internal control positive"),
        ("MSH6", "IHC", Pill("LOST", RED), "Complete loss in tumour; internal control positive"),
        ("MMR", "IHC interpretation", Pill("DEFICIENT", RED), "MSH2/MSH6 pattern"),
        ("MSI", "NGS", Pill("MSI-HIGH", RED), "41% of loci unstable (cut-off 20%)"),
        ("TMB", "NGS", Pill("HIGH", RED), "46 mut/Mb (High >= 10 mut/Mb)"),
        ("ER", "IHC (6F11)", Pill("POSITIVE", GREEN), "80%, strong"),
        ("PR", "IHC (16)", Pill("POSITIVE", GREEN), "60%, moderate"),
        ("HER2", "IHC (4B5)", Pill("NEGATIVE", GREY), "Score 1+"),
        ("PD-L1", "IHC (22C3)", Pill("POSITIVE", GREEN), "CPS 8 (positive if CPS >= 1)"),
        ("L1CAM", "IHC", Pill("NEGATIVE", GREY), "<10% of tumour cells"),
    ]
    for a, b, c, d in items:
        rows.append([a, b, [c], d])
    s.append(grid(lab, rows, [70, 90, 90, W - 250], headbg=PURPLE, zebra=True))
    s.append(P(lab, "Genomic findings", "h2"))
    s.append(grid(lab, [
        ["Gene", "Variant", "VAF", "Interpretation"],
        ["PIK3CA", "E545K (c.1633G>A)", "29%", "Pathogenic - activating hotspot"],
        ["KRAS", "G12V (c.35G>T)", "18%", "Pathogenic"],
        ["ARID1A", "Q1334* (c.4000C>T)", "26%", "Pathogenic"],
        ["MSH2", "c.942+3A>T", "44%", "Likely pathogenic - germline origin possible; see recommendation"],
        ["PTEN", "R130Q (c.389G>A)", "33%", "Pathogenic"],
        ["CTCF", "R377H", "11%", "VUS"],
    ], [60, 120, 40, W - 220], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Negative for reportable alterations: TP53, POLE, BRAF, NRAS, ERBB2, CTNNB1, FGFR2, BRCA1, BRCA2.", "body"))
    s.append(P(lab, "Recommendation", "h2"))
    s.append(P(lab, "The MSH2/MSH6 loss pattern together with a possible splice-region MSH2 variant raises the possibility of Lynch "
                    "syndrome. Germline testing has been requested through the regional genetics service (status: awaiting sample). "
                    "MMR deficiency is associated with benefit from dostarlimab or pembrolizumab with chemotherapy. ER and PR positivity "
                    "may support hormonal therapy in selected settings. HER2 IHC was performed for completeness; HER2-targeted "
                    "therapy is considered mainly in serous carcinoma."))
    s.append(P(lab, "Method summary", "h2"))
    s.append(P(lab, "MMR IHC: MLH1 (ES05), PMS2 (EP51), MSH2 (G219-1129), MSH6 (EP49); normal endometrium and stroma served as internal "
                    "control. Sequencing: 500-gene DNA panel with MSI (over 2,000 homopolymer loci) and TMB (1.3 Mb). POLE exonuclease "
                    "domain exons 9-14 covered. Limits of detection 5% VAF.", "small"))
    s.append(P(lab, "Authorised by Dr M. Vasquez-Thornbury, FRCPath, 12/02/2026", "body"))
    s += assay_page(lab, "About this test", [
        ("Mismatch repair IHC", "Four-antibody panel on automated stainer", "Concordance with MSI 97%", "Endometrial, colorectal, any solid tumour"),
        ("Hormone receptors", "ER 6F11, PR 16", "Positive if >= 1% (reported as %)", "Endometrial and breast"),
        ("HER2", "4B5", "Serous carcinoma scoring as per 2021 proposal", "Not a companion diagnostic here"),
        ("PD-L1", "22C3", "CPS", "Reported for trial and off-label use"),
        ("DNA panel", "500 genes, hybrid capture", "LOD 5%; MSI 2,000 loci; TMB 1.3 Mb", "Tumour-only"),
    ], notes=["Corvid Genomics & Pathology does not provide germline testing. Variants flagged as possibly germline should be "
              "confirmed in a blood sample by an accredited germline laboratory.",
              "Disclaimer: therapy annotations are for information only and do not constitute treatment advice."])
    return s


L7106 = [
    L("MLH1", "expression", "positive", "RETAINED"),
    L("PMS2", "expression", "positive", "RETAINED"),
    L("MSH2", "expression", "negative", "LOST"),
    L("MSH6", "expression", "negative", "LOST"),
    L("MMR", "signature", "positive", ["DEFICIENT", "Deficient / MSI-High"]),
    L("MSI", "signature", "positive", "MSI-HIGH"),
    L("TMB", "signature", "positive", "46 mut/Mb", value="46 mut/Mb"),
    L("ER", "expression", "positive", "80%, strong", percent=80),
    L("PR", "expression", "positive", "60%, moderate", percent=60),
    L("HER2", "expression", "negative", "Score 1+", ihc_score="1+"),
    L("PD-L1", "expression", "positive", "CPS 8 (positive if CPS >= 1)", value="CPS 8"),
    L("PIK3CA", "mutation", "positive", "E545K", alteration="E545K"),
    L("KRAS", "mutation", "positive", "G12V (c.35G>T)", alteration="G12V"),
    L("TP53", "mutation", "negative", "TP53 not mutated (NGS)"),
    L("BRAF", "mutation", "negative", "Negative for reportable alterations"),
    L("NRAS", "mutation", "negative", "NRAS"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", "BRCA2"),
    L("MSH2", "mutation", "positive", "c.942+3A>T"),
]


# ============================================================================ 7107
M7107 = meta("Patient G", "April 2, 1979", "M", "SAML-26-M0391", "February 10, 2026")


def r7107():
    lab, W = AURELIAN, width(AURELIAN)
    s = [P(lab, "Neuro-Oncology Integrated Molecular Report", "h1")]
    s.append(P(lab, "<b>Patient:</b> Patient G &nbsp;&nbsp; <b>Specimen:</b> Brain, left frontal lobe, resection (S26-1140, block A3) &nbsp;&nbsp; "
                    "<b>Surgeon:</b> E. Whitcombe-Adeyemi, MD &nbsp;&nbsp; <b>Received:</b> January 30, 2026"))
    s.append(box(lab, [
        P(lab, "INTEGRATED DIAGNOSIS", "h3"),
        P(lab, "Astrocytoma, IDH-mutant, CNS WHO grade 3"),
        P(lab, "Histology: diffuse glioma with increased mitotic activity; no necrosis or microvascular proliferation. "
               "Molecular: IDH1 R132H mutation; ATRX loss; TP53 mutation; 1p/19q not co-deleted; CDKN2A/B intact.", "small"),
    ], W, bg=AURELIAN.accent))
    s.append(P(lab, "Table 1. Immunohistochemistry", "h2"))
    s.append(grid(lab, [
        ["Antibody (clone)", "Result", "Comment"],
        ["IDH1 R132H (H09)", "Positive (diffuse cytoplasmic)", "Mutation-specific antibody"],
        ["ATRX (polyclonal)", "Loss in tumour nuclei", "Retained in endothelium"],
        ["p53 (DO-7)", "Strong nuclear staining in >80% of cells", "Consistent with TP53 mutation"],
        ["Ki-67 (MIB-1)", "12%", "Hot-spot count, 1,000 nuclei"],
        ["H3 K27M", "Negative", "-"],
        ["BRAF V600E (VE1)", "Not performed", "Not indicated given IDH mutation"],
    ], [130, 160, W - 290], headbg=AURELIAN.colour, zebra=False))
    s.append(P(lab, "Table 2. Sequence variants (DNA, 98-gene neuro-oncology panel)", "h2"))
    s.append(grid(lab, [
        ["Gene", "Protein change", "cDNA", "VAF", "Classification", "Note"],
        ["IDH1", "p.R132H", "c.395G>A", "44%", "Pathogenic (Tier I)", "Diagnostic"],
        ["TP53", "p.R273C", "c.817C>T", "61%", "Pathogenic (Tier II)", "LOH suggested"],
        ["ATRX", "p.R1426*", "c.4276C>T", "88%", "Pathogenic (Tier II)", "X-linked; hemizygous"],
        ["NF1", "p.T676A", "c.2026A>G", "6%", "Uncertain", "Subclonal"],
    ], [48, 70, 66, 34, 110, W - 328], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Table 3. Copy number, methylation and other analyses", "h2"))
    s.append(grid(lab, [
        ["Analysis", "Result", "Reference / threshold"],
        ["IDH2 (R140, R172)", "No mutation detected", "-"],
        ["EGFR amplification", "Not amplified", "Amplified if >= 6 copies"],
        ["CDKN2A/B", "No homozygous deletion", "-"],
        ["1p/19q", "Not co-deleted (1p partial loss only)", "Whole-arm co-deletion required"],
        ["MGMT promoter methylation", "Methylated (mean 34%)", "Methylated if > 10%"],
        ["TERT promoter", "Wild type", "-"],
        ["BRAF", "Wild type (no V600 or fusion)", "-"],
        ["Tumour mutational burden", "2.1 mut/Mb", "Low (< 10 mut/Mb)"],
        ["Microsatellite status", "MSS", "-"],
    ], [150, 180, W - 330], headbg=AURELIAN.colour, zebra=True))
    s.append(P(lab, "Discussion", "h2"))
    s.append(P(lab, "The IDH1 R132H protein is detected by immunohistochemistry and the corresponding mutation is confirmed by "
                    "sequencing. Together with ATRX loss and TP53 mutation this defines an IDH-mutant astrocytoma. Grade is assigned "
                    "on histological grounds (grade 3) since CDKN2A/B homozygous deletion, which would confer grade 4, is absent. "
                    "Vorasidenib is approved for grade 2 IDH-mutant glioma after surgery; its role in grade 3 disease is under study. "
                    "EGFR amplification, TERT promoter mutation and +7/-10 (features of glioblastoma, IDH-wildtype) are not present."))
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "IHC performed on an automated platform with appropriate positive and negative controls. DNA sequencing: hybrid "
                    "capture of 98 genes including IDH1, IDH2, TP53, ATRX, EGFR, PDGFRA, CDKN2A, BRAF, H3F3A, HIST1H3B, TERT promoter "
                    "and NF1, plus genome-wide copy number backbone. MGMT by pyrosequencing of CpG 74-78. Validated LOD 5%.", "small"))
    s.append(P(lab, "Neuropathologist: A. Castellanos-Birch, MD. Molecular pathologist: J. Okonjo-Fairweather, MD, PhD. "
                    "Electronically signed February 10, 2026.", "body"))
    return s


L7107 = [
    L("IDH1", "expression", "positive", "Positive (diffuse cytoplasmic)"),
    L("IDH1", "mutation", "positive", "p.R132H", alteration="R132H"),
    L("TP53", "expression", "positive", "Strong nuclear staining in >80% of cells", value=">80%"),
    L("TP53", "mutation", "positive", "p.R273C", alteration="R273C"),
    L("Ki-67", "expression", "reported", "Ki-67 (MIB-1) 12%", percent=12),
    L("IDH2", "mutation", "negative", "No mutation detected"),
    L("EGFR", "amplification", "negative", "Not amplified"),
    L("BRAF", "mutation", "negative", "Wild type (no V600 or fusion)"),
    L("TMB", "signature", "negative", "2.1 mut/Mb", value="2.1 mut/Mb"),
    L("MSI", "signature", "negative", "MSS"),
]


# ============================================================================ 7108
M7108 = meta("Patient H", "27/01/1970", "M", "TOD-26-09921", "11/02/2026")


def r7108():
    lab, W = TESSELLATE, width(TESSELLATE)
    s = [P(lab, "Tessera Complete - Tumour Profile (Melanoma)", "h1")]
    s.append(kv(lab, [("Patient", "Patient H"), ("Specimen", "Left axillary lymph node, excision; block 3"),
                      ("Diagnosis", "Metastatic cutaneous melanoma"), ("Requesting clinician", "Dr S. Malhotra-Quist"),
                      ("Received", "02/02/2026"), ("Melanoma cells in sample", "70%")],
                [70, W / 3 - 70, 70, W / 3 - 70, 90, W / 3 - 90], cols=3, lines=True))
    s.append(Spacer(1, 6))
    W3 = W / 3 - 6
    def panel(title, colour, rows):
        return [P(lab, title, "h3", textColor=colour), grid(lab, [["Biomarker", "Result"]] + rows, [70, W3 - 70], headbg=colour, zebra=False, lines="h")]
    t = Table([[panel("Potential benefit", GREEN, [["BRAF", [Pill("V600K", GREEN)]], ["PD-L1 (28-8)", [Pill("POSITIVE 5%", GREEN)]], ["TMB", [Pill("HIGH 24", GREEN)]]]),
                panel("Potential lack of benefit", RED, [["NRAS", [Pill("WILD TYPE", RED)]], ["KIT", [Pill("WILD TYPE", RED)]], ["NTRK", [Pill("NO FUSION", RED)]]]),
                panel("Not evaluable / pending", GREY, [["BRAF V600E IHC (VE1)", [Pill("FAILED", GREY)]], ["LAG-3 IHC", [Pill("PENDING", GREY)]]])]],
              colWidths=[W / 3] * 3)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(box(lab, [t], W, bg=LIGHT))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Biomarker results", "h2"))
    s.append(grid(lab, [
        ["Biomarker", "Method", "Analyte", "Result", "Threshold", "Therapy association", "Evidence"],
        ["BRAF", "NGS", "DNA", "Mutated, Pathogenic - V600K (VAF 38%)", "-", "Benefit: dabrafenib + trametinib; encorafenib + binimetinib; vemurafenib + cobimetinib", "Level 1"],
        ["BRAF V600E", "IHC (VE1)", "Protein", "Indeterminate - section detached", "-", "-", "-"],
        ["NRAS", "NGS", "DNA", "Wild type", "-", "Lack of benefit: MEK inhibitor monotherapy trials (NRAS-mutant)", "-"],
        ["KIT", "NGS", "DNA", "Wild type", "-", "Lack of benefit: imatinib", "-"],
        ["PD-L1", "IHC (28-8)", "Protein", "Positive, 5% tumour cells", "Positive if >= 1%", "Nivolumab-containing regimens (not biomarker-restricted)", "-"],
        ["LAG-3", "IHC (17B4)", "Protein", "Pending", "-", "-", "Trial screening"],
        ["TMB", "NGS", "DNA", "High | 24 mut/Mb", "High >= 10 mut/Mb", "Pembrolizumab (TMB-H)", "Level 1"],
        ["MSI", "NGS", "DNA", "Stable", "-", "-", "-"],
        ["NTRK1-3", "NGS", "RNA", "Not detected", "-", "Lack of benefit: larotrectinib", "-"],
        ["HRAS", "NGS", "DNA", "Not detected", "-", "-", "-"],
    ], [62, 60, 46, 150, 80, W - 458, 60], headbg=TESSELLATE.colour, zebra=True))
    s.append(P(lab, "Other alterations and variants of unknown significance", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "VAF", "Tier", "Comment"],
        ["CDKN2A", "Homozygous deletion", "-", "II", "Common in melanoma; trials of CDK4/6 inhibition"],
        ["TERT", "Promoter c.-124C>T", "41%", "II", "Prognostic"],
        ["NF1", "S1268F", "7%", "VUS", "Subclonal; not interpreted"],
        ["GNAQ", "T96S", "5%", "VUS", "Not a uveal hotspot"],
    ], [60, 150, 40, 40, W - 290], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Interpretive comment", "h2"))
    s.append(P(lab, "BRAF V600K is a class I activating BRAF alteration and confers sensitivity to combined BRAF/MEK inhibition in "
                    "the same way as V600E. The VE1 immunostain does not recognise V600K and failed technically in any case; the "
                    "sequencing result is definitive. The high tumour mutational burden is typical of UV-associated melanoma. "
                    "LAG-3 protein expression is being assessed for trial TDX-LAG-07 and will be reported separately."))
    s.append(P(lab, "Methods: DNA hybrid capture of 412 genes, RNA fusion panel of 62 genes, IHC with on-slide tonsil and melanoma cell "
                    "line controls. PD-L1 28-8 scored as percentage of viable melanoma cells with membrane staining of any intensity.", "small"))
    s.append(P(lab, "Reviewed and approved: Dr N. Faraday-Osei (Consultant Pathologist), Dr L. Brandvold (Clinical Scientist).", "body"))
    return s


L7108 = [
    L("BRAF", "mutation", "positive", ["V600K (VAF 38%)", "V600K"], alteration="V600K"),
    L("NRAS", "mutation", "negative", "WILD TYPE"),
    L("PD-L1", "expression", "positive", "Positive, 5% tumour cells", percent=5),
    L("TMB", "signature", "positive", "High | 24 mut/Mb", value="24 mut/Mb"),
    L("MSI", "signature", "negative", "Stable"),
    L("NTRK", "fusion", "negative", "NO FUSION"),
    L("HRAS", "mutation", "negative", "HRAS"),
]


# ============================================================================ 7109
M7109 = meta("Patient I", "06/18/1952", "M", "PCD-26-1877", "02/09/2026")


def r7109():
    lab, W = PINECREST, width(PINECREST)
    s = [P(lab, "PROFILE360 | Prostate", "h1"),
         kv(lab, [("Specimen", "Bone, right iliac crest, core biopsy (decalcified in EDTA)"), ("Clinical", "Metastatic castration-resistant prostate adenocarcinoma"),
                  ("Block", "PCD-26-1877-1C"), ("Physician", "R. Galloway-Nakamura, MD")],
            [60, W / 2 - 60, 60, W / 2 - 60], lines=True),
         Spacer(1, 8)]
    s.append(P(lab, "Significant findings", "h2"))
    s.append(grid(lab, [
        ["", "Finding", "Clinical note"],
        [[Pill("ACTIONABLE", GREEN)], "BRCA2 N1784Kfs*3 (frameshift), pathogenic, VAF 62%", "Olaparib, talazoparib + enzalutamide, niraparib + abiraterone (HRR gene alteration)"],
        [[Pill("INFORMATIVE", BLUE)], "AR protein expressed (IHC 90%)", "Consistent with AR-driven disease"],
        [[Pill("NEGATIVE", GREY)], "MSI-stable, MMR proficient, TMB 3.1 mut/Mb", "Checkpoint inhibitor tumour-agnostic criteria not met"],
    ], [74, W * 0.4, W - 74 - W * 0.4], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "Immunohistochemistry", "h2"))
    s.append(grid(lab, [
        ["Stain", "Clone", "Result", "Scoring"],
        ["Androgen receptor", "SP107", "Positive (strong), 90%", "Nuclear; positive if >= 1%"],
        ["PTEN", "SP218", "Loss (0 in 100% of tumour cells)", "Cytoplasmic; internal stroma positive"],
        ["MLH1 / PMS2 / MSH2 / MSH6", "M1 / A16-4 / G219-1129 / SP93", "Intact (proficient)", "All four retained"],
        ["PSMA", "3E6", "Positive, diffuse", "Not a companion diagnostic"],
        ["Synaptophysin", "MRQ-40", "Negative", "No neuroendocrine differentiation"],
    ], [120, 130, 120, W - 370], headbg=PINECREST.colour, zebra=True))
    s.append(P(lab, "Sequencing results", "h2"))
    s.append(grid(lab, [
        ["Gene", "Alteration", "Type", "VAF / CN", "Classification"],
        ["BRCA2", "N1784Kfs*3", "Frameshift", "62%", "Pathogenic"],
        ["TP53", "C176F", "Missense", "55%", "Pathogenic"],
        ["AR", "Amplification", "Copy number gain", "CN 14", "Pathogenic (resistance-associated)"],
        ["AR", "T878A", "Missense", "9%", "Likely pathogenic"],
        ["SPOP", "-", "-", "-", "No alteration"],
        ["CHEK2", "I200T", "Missense", "47%", "VUS"],
    ], [60, 100, 100, 60, W - 320], headbg=PINECREST.colour, zebra=False, lines="h"))
    s.append(P(lab, "BRCA2 loss of heterozygosity is inferred from allele fraction and copy number. Because tumour-only testing cannot "
                    "separate germline from somatic variants, germline testing has been offered; the germline result will be issued by "
                    "the hereditary cancer program (PENDING at the time of this report).", "small"))
    s.append(P(lab, "Genomic signatures", "h2"))
    s.append(kv(lab, [("Microsatellite status", "MSI-High: NOT DETECTED"), ("TMB", "3.1 mut/Mb (low; high defined as >= 10)"),
                      ("HRR genes panel", "BRCA1, BRCA2, ATM, CDK12, CHEK2, PALB2, RAD51B/C/D, FANCL and others tested"), ("LOH genome-wide", "18% (not validated for prostate)")],
                [110, W / 2 - 110, 100, W / 2 - 100], lines=True))
    s.append(P(lab, "Genes with no reportable alteration include: ATM, BRCA1, CDK12, PALB2, PIK3CA, AKT1, KRAS, BRAF, IDH1.", "body"))
    s.append(P(lab, "Methods and disclaimer", "h2"))
    s.append(P(lab, "Decalcification in EDTA preserves nucleic acids; acid-decalcified specimens are rejected. IHC controls: prostate "
                    "tissue (AR), tonsil (PTEN, MMR). DNA hybrid capture 447 genes; mean coverage 640x. This test was developed and "
                    "its performance characteristics determined by Pinecrest Cancer Diagnostics.", "small"))
    s.append(P(lab, "Signed: O. Abernathy-Sole, MD (pathology) and C. Ibarra-Lindgren, PhD (molecular). 02/09/2026.", "body"))
    s += assay_page(lab, "Test description and limitations", [
        ("PROFILE360 DNA", "447-gene hybrid capture; bone specimens need EDTA decalcification", "LOD 5% VAF; CN amplification >= 8", "SNV, indel, CNV, rearrangements in 21 genes"),
        ("MSI", "NGS-based, 1,800 loci", "Sensitivity 96% vs PCR", "Reported as MSI-High detected / not detected"),
        ("TMB", "Non-synonymous somatic variants per Mb", "Reported to one decimal", "High >= 10 mut/Mb"),
        ("IHC", "AR SP107; PTEN SP218; MMR panel", "On-slide controls", "PSMA for information"),
    ], genes=PANEL[:64], genes_title="Selected genes on the panel", ncols=8,
        notes=["HRR: homologous recombination repair. A negative HRR result does not rule out a germline variant in a gene not covered "
               "or a large rearrangement."])
    return s


L7109 = [
    L("BRCA2", "mutation", "positive", "BRCA2 N1784Kfs*3", alteration="N1784Kfs*3"),
    L("AR", "expression", "positive", "Positive (strong), 90%", percent=90),
    L("MLH1", "expression", "positive", "Intact (proficient)"),
    L("PMS2", "expression", "positive", "Intact (proficient)"),
    L("MSH2", "expression", "positive", "Intact (proficient)"),
    L("MSH6", "expression", "positive", "Intact (proficient)"),
    L("MMR", "signature", "negative", "MMR proficient"),
    L("MSI", "signature", "negative", "MSI-High: NOT DETECTED"),
    L("TMB", "signature", "negative", "3.1 mut/Mb (low; high defined as >= 10)", value="3.1 mut/Mb"),
    L("TP53", "mutation", "positive", "C176F", alteration="C176F"),
    L("AR", "amplification", "positive", "CN 14", alteration="amplification"),
    L("AR", "mutation", "positive", "T878A", alteration="T878A"),
    L("BRCA1", "mutation", "negative", "BRCA1, CDK12"),
    L("PIK3CA", "mutation", "negative", "PIK3CA, AKT1"),
    L("KRAS", "mutation", "negative", "KRAS, BRAF"),
    L("BRAF", "mutation", "negative", "KRAS, BRAF"),
    L("IDH1", "mutation", "negative", "IDH1."),
]


# ============================================================================ 7110
M7110 = meta("Patient J", "15-03-1957", "F", "OBS/26/004882", "10-02-2026")


def r7110():
    lab, W = ORIEL, width(ORIEL)
    s = [P(lab, "TUMOUR BIOMARKER PROFILE  -  FINAL REPORT", "h1"),
         P(lab, "SPECIMEN: OMENTUM, INTERVAL DEBULKING SURGERY, BLOCK 4D    SITE OF PRIMARY: OVARY (RIGHT)", "small"),
         P(lab, "HISTOLOGY: HIGH-GRADE SEROUS CARCINOMA    CHEMOTHERAPY RESPONSE SCORE: CRS 2    TUMOUR CONTENT: 40%", "small"),
         P(lab, "REQUESTED BY: DR H. VELLACOTT-IQBAL (GYNAE ONCOLOGY)    RECEIVED: 23-01-2026", "small"),
         Spacer(1, 6)]
    s.append(P(lab, "SECTION A  RESULT SUMMARY", "h2"))
    s.append(grid(lab, [
        ["TEST", "RESULT", "REMARK"],
        ["BRCA1 (tumour NGS)", "PATHOGENIC VARIANT DETECTED", "SEE SECTION C"],
        ["BRCA2 (tumour NGS)", "NO PATHOGENIC VARIANT", "-"],
        ["HRD GENOMIC SCAR", "POSITIVE (SCORE 52; CUT-OFF 42)", "NOT IN SCOPE OF MARKER PANEL; INFORMATION"],
        ["FOLATE RECEPTOR ALPHA IHC", "POSITIVE 2+, 80%", "MIRVETUXIMAB ELIGIBLE (>= 75% AT >= 2+)"],
        ["ER IHC", "POSITIVE, 70%", "-"],
        ["HER2 IHC", "NEGATIVE (0)", "-"],
        ["PD-L1 22C3", "CPS 3", "NO APPROVED INDICATION IN THIS SETTING"],
        ["MSI (PCR)", "STABLE", "-"],
        ["TMB", "4 MUT/MB", "LOW"],
    ], [W * 0.3, W * 0.35, W * 0.35], headbg=colors.black, zebra=True))
    s.append(P(lab, "SECTION B  IMMUNOHISTOCHEMISTRY DETAIL", "h2"))
    s.append(grid(lab, [
        ["MARKER", "CLONE", "INTENSITY", "% CELLS", "CONTROL", "CALL"],
        ["FRalpha", "FOLR1-2.1", "2+/3+", "80", "OK", "POSITIVE"],
        ["ER", "SP1", "MODERATE", "70", "OK", "POSITIVE"],
        ["PR", "16", "-", "0", "OK", "NEGATIVE"],
        ["HER2", "4B5", "0", "-", "OK", "NEGATIVE"],
        ["PD-L1", "22C3", "-", "CPS 3", "OK", "SEE NOTE"],
        ["WT1", "6F-H2", "STRONG", "90", "OK", "POSITIVE"],
        ["p53", "DO-7", "NULL PATTERN", "0", "OK", "ABERRANT"],
    ], [70, 70, 80, 60, 60, W - 340], headbg=colors.black, zebra=False))
    s.append(P(lab, "NOTE: PD-L1 CPS IS REPORTED AS A NUMBER WITHOUT A POSITIVE/NEGATIVE CALL; NO CUT-OFF IS VALIDATED FOR OVARIAN CANCER.", "small"))
    s.append(P(lab, "SECTION C  SEQUENCE VARIANTS", "h2"))
    s.append(grid(lab, [
        ["GENE", "cDNA", "PROTEIN", "VAF", "CLASS"],
        ["BRCA1", "c.5266dup", "p.Q1756Pfs*74", "71%", "PATHOGENIC (CLASS 5)"],
        ["TP53", "c.659A>G", "p.Y220C", "68%", "PATHOGENIC (CLASS 5)"],
        ["BRCA2", "c.7397T>C", "p.V2466A", "50%", "BENIGN (CLASS 1)"],
        ["NF1", "c.7096_7101del", "p.N2366_F2367del", "14%", "VUS (CLASS 3)"],
    ], [60, 110, 110, 50, W - 330], headbg=False, lines="h", zebra=False))
    s.append(P(lab, "GENES SEQUENCED (COVERAGE >= 500X): ATM, BARD1, BRCA1, BRCA2, BRIP1, CDK12, CHEK2, FANCA, KRAS, NRAS, BRAF, "
                    "PALB2, PIK3CA, PTEN, RAD51C, RAD51D, TP53, ERBB2, ARID1A.", "small"))
    s.append(P(lab, "SECTION D  INTERPRETATION", "h2"))
    s.append(P(lab, "A PATHOGENIC BRCA1 FRAMESHIFT VARIANT (C.5266DUP, FOUNDER VARIANT) IS PRESENT AT AN ALLELE FRACTION CONSISTENT WITH "
                    "GERMLINE ORIGIN AND LOSS OF THE WILD-TYPE ALLELE. REFERRAL TO CLINICAL GENETICS IS RECOMMENDED. THE BRCA2 V2466A "
                    "CHANGE IS A COMMON BENIGN POLYMORPHISM. THE P53 NULL PATTERN IS IN KEEPING WITH TP53 Y220C. PARP INHIBITOR "
                    "MAINTENANCE IS SUPPORTED BY BOTH THE BRCA1 RESULT AND THE HRD SCORE."))
    s.append(P(lab, "SECTION E  METHOD", "h2"))
    s.append(P(lab, "DNA EXTRACTED FROM MACRODISSECTED FFPE. TARGETED HYBRID CAPTURE (19 GENES ABOVE) PLUS GENOME-WIDE SNP BACKBONE FOR HRD. "
                    "MSI BY 5-MARKER PCR. TMB FROM 0.9 MB EXOME SUBSET (LIMITED PRECISION BELOW 5 MUT/MB). IHC ON AUTOMATED PLATFORM.", "small"))
    s.append(P(lab, "AUTHORISED: DR C. PEMBERTON-ALI, CONSULTANT PATHOLOGIST    10-02-2026 14:55", "body"))
    s += assay_page(lab, "SECTION F  ASSAY REGISTER", [
        ("NGS-19G", "HYBRID CAPTURE, 19 GENES + SNP BACKBONE", "LOD 5% VAF", "SNV/INDEL; HRD SCORE"),
        ("MSI-PCR", "5 MONONUCLEOTIDE MARKERS", "2/5 UNSTABLE = MSI-H", "MATCHED NORMAL NOT REQUIRED"),
        ("IHC-FRA", "FOLR1-2.1", "VALIDATED 2024", ">= 75% AT >= 2+ = POSITIVE"),
        ("IHC-ER/PR", "SP1 / 16", "ALLRED NOT USED", "% NUCLEI POSITIVE"),
        ("IHC-HER2", "4B5", "0 / 1+ / 2+ / 3+", "NO ISH REFLEX IN OVARY"),
    ], notes=["THE SAME BLOCK (4D) WAS USED FOR ALL TESTS. A PREVIOUS DIAGNOSTIC BIOPSY (OBS/25/011207) WAS NOT TESTED.",
              "THIS REPORT SUPERSEDES NO EARLIER VERSION."])
    return s


L7110 = [
    L("BRCA1", "mutation", "positive", ["p.Q1756Pfs*74", "PATHOGENIC VARIANT DETECTED"], alteration="Q1756Pfs*74"),
    L("BRCA2", "mutation", "negative", "NO PATHOGENIC VARIANT"),
    L("TP53", "mutation", "positive", "p.Y220C", alteration="Y220C"),
    L("TP53", "expression", "negative", "NULL PATTERN", optional=True),
    L("ER", "expression", "positive", "POSITIVE, 70%", percent=70),
    L("PR", "expression", "negative", "NEGATIVE", percent=0),
    L("HER2", "expression", "negative", "NEGATIVE (0)", ihc_score="0"),
    L("PD-L1", "expression", "reported", "CPS 3", value="CPS 3"),
    L("MSI", "signature", "negative", "STABLE"),
    L("TMB", "signature", "negative", "4 MUT/MB", value="4 MUT/MB"),
]


REPORTS = [
    dict(id=7101, lab=MERIDIAN, meta=M7101, fn=r7101, labels=L7101, doc="Comprehensive tumour profile, benefit/lack-of-benefit summary", tumour="Breast (liver metastasis)", kinds="SUM PILL MAT DUP FN THR TRIAL VUS NEG PRIOR"),
    dict(id=7102, lab=KESTREL, meta=M7102, fn=r7102, labels=L7102, doc="Integrated tumour biomarker report", tumour="Colorectal", kinds="MAT DUP THR VUS PEND FAM"),
    dict(id=7103, lab=NORTHGATE, meta=M7103, fn=r7103, labels=L7103, doc="Lung precision tumour profile (Courier grid)", tumour="Lung adenocarcinoma", kinds="SUM MAT DUP2 FN FAIL VUS THR PRIOR"),
    dict(id=7104, lab=HALVORSEN, meta=M7104, fn=r7104, labels=L7104, doc="Academic tumour profiling report", tumour="Gastro-oesophageal junction", kinds="SUM DUP WRAP THR NEG VUS OOS"),
    dict(id=7105, lab=BLUEWATER, meta=M7105, fn=r7105, labels=L7105, doc="Multi-platform profile, landscape", tumour="Pancreas", kinds="LAND PILL SUM MAT THR TRIAL VUS"),
    dict(id=7106, lab=CORVID, meta=M7106, fn=r7106, labels=L7106, doc="Tumour insight report with pills", tumour="Endometrium", kinds="PILL DUP CMP VUS PEND NEG"),
    dict(id=7107, lab=AURELIAN, meta=M7107, fn=r7107, labels=L7107, doc="Neuro-oncology integrated molecular report", tumour="Brain (astrocytoma)", kinds="SUM DUP THR FAIL OOS VUS"),
    dict(id=7108, lab=TESSELLATE, meta=M7108, fn=r7108, labels=L7108, doc="Tumour profile, landscape, three-panel summary", tumour="Melanoma (lymph node)", kinds="LAND PILL SUM MAT FAIL PEND THR VUS"),
    dict(id=7109, lab=PINECREST, meta=M7109, fn=r7109, labels=L7109, doc="Prostate profile", tumour="Prostate (bone metastasis)", kinds="PILL SUM THR NEG VUS PEND OOS"),
    dict(id=7110, lab=ORIEL, meta=M7110, fn=r7110, labels=L7110, doc="Courier biomarker profile", tumour="Ovary (omentum)", kinds="SUM DUP OOS VUS NOCALL"),
]
