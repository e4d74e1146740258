"""Genomic laboratory reports (ids 1001-1026). All invented."""

from reportlab.lib import colors

from .common import CGP_GENES, HOTSPOT_GENES, L, spec

SPECS = []
add = SPECS.append

# ------------------------------------------------------------------------------------------
# Northgate: comprehensive tissue profiling, summary boxes + detail table + VUS + methods page


def northgate_methods(extra=()):
    return (
        [
            ("pb",),
            ("h2", "Methods and panel content"),
            (
                "small",
                "DNA was extracted from macrodissected FFPE tissue and sequenced by hybrid "
                "capture on a short-read platform (median target coverage shown above). Single "
                "nucleotide variants, small insertions/deletions, copy number changes and selected "
                "rearrangements are reported. Tumour mutational burden is calculated from "
                "non-synonymous somatic variants over 1.1 Mb of coding sequence. Microsatellite "
                "status is derived from 112 homopolymer loci.",
            ),
            (
                "genes",
                "Genes in the NGT-500 panel (complete list; inclusion does not imply an "
                "alteration was found):",
                CGP_GENES,
                10,
            ),
            (
                "small",
                "Rearrangements are detected in intronic baits of ALK, ROS1, RET, NTRK1, "
                "NTRK2, NTRK3, FGFR2 and FGFR3 only.",
            ),
        ]
        + list(extra)
        + [
            (
                "small",
                "Limitations: variants below 5% allele fraction, large deletions and "
                "variants in regions of low coverage may not be detected. Germline origin cannot be "
                "determined from tumour-only sequencing.",
            ),
            (
                "sig",
                [
                    "Electronically signed: Dr Anika Velasquez, PhD, FACMG - Laboratory Director",
                    "Report released 2026-03-11 14:22",
                ],
            ),
        ]
    )


add(
    spec(
        1001,
        "northgate",
        ("HOLLOWAY, Desmond P", "1958-07-21", "M"),
        "NG26-004417",
        "Comprehensive Genomic Profile - Solid Tumour",
        [
            (
                "p",
                "Diagnosis: **Lung adenocarcinoma**  |  Specimen: right upper lobe core biopsy, "
                "block A2  |  Tumour content: 40%",
            ),
            ("h2", "Biomarker summary"),
            (
                "boxes",
                [
                    ("MICROSATELLITE STATUS", "MS-Stable", "MSI-High: not detected"),
                    ("TUMOUR MUTATIONAL BURDEN", "4 Muts/Mb", "Low (TMB-High cut-off: 10)"),
                    ("PD-L1 IHC (22C3)", "TPS 60%", "High expression (TPS >= 50%)"),
                ],
            ),
            ("h2", "Genomic findings with therapy associations"),
            (
                "table",
                ["Gene", "Alteration", "VAF", "Tier", "Therapy (this tumour type)"],
                [
                    [
                        "EGFR",
                        "L858R (c.2573T>G), exon 21",
                        "23.4%",
                        "IA",
                        "osimertinib, erlotinib, gefitinib, afatinib",
                    ],
                    ["TP53", "R273H (c.818G>A)", "31.0%", "IIC", "none approved"],
                ],
                [1.1, 2.6, 0.8, 0.6, 3.0],
                {"boldfirst": True},
            ),
            ("h2", "Variants of unknown significance"),
            (
                "small",
                "The following variants are not known to be pathogenic and are listed for "
                "completeness. They should not be used for clinical decisions.",
            ),
            (
                "table",
                ["Gene", "Variant", "VAF"],
                [
                    ["ATM", "V2424G", "48.9%"],
                    ["KMT2A", "P1189S", "12.2%"],
                    ["ERBB4", "E317K", "6.1%"],
                ],
                [1, 2, 1],
                {"grid": False},
            ),
            ("h2", "Detailed results"),
            (
                "p",
                "**EGFR L858R.** The EGFR exon 21 point mutation L858R activates the kinase "
                "domain and predicts sensitivity to EGFR tyrosine kinase inhibitors.",
            ),
            ("p", "**TP53 R273H.** A DNA-binding domain missense change; tier IIC."),
            ("p", "**Tumour mutational burden:** 4 Muts/Mb (low)."),
            ("p", "**Microsatellite status:** MS-Stable."),
            (
                "p",
                "**PD-L1 (22C3, performed at Northgate Pathology):** tumour proportion score 60%.",
            ),
        ]
        + northgate_methods(),
        [
            L(
                "EGFR",
                "mutation",
                "positive",
                "EGFR L858R (c.2573T>G), exon 21 23.4% IA osimertinib, erlotinib,",
                alteration="L858R",
            ),
            L(
                "TP53",
                "mutation",
                "positive",
                "TP53 R273H (c.818G>A) 31.0% IIC none approved",
                alteration="R273H",
            ),
            L("MSI", "signature", "negative", "Microsatellite status: MS-Stable."),
            L(
                "TMB",
                "signature",
                "negative",
                "Tumour mutational burden: 4 Muts/Mb (low).",
                value="4 mut/Mb",
            ),
            L("PD-L1", "expression", "positive", "tumour proportion score 60%", percent=60),
        ],
        meta=[("Ordering MD", "Dr L. Fairweather"), ("Collected", "2026-02-27")],
    )
)

add(
    spec(
        1008,
        "northgate",
        ("ABERNATHY, Rosalind", "1971-01-09", "F"),
        "NG26-005102",
        "Comprehensive Genomic Profile - Solid Tumour",
        [
            (
                "p",
                "Diagnosis: **Invasive ductal carcinoma of breast, metastatic to liver**  |  "
                "Specimen: liver core biopsy  |  Tumour content: 60%",
            ),
            ("h2", "Biomarker summary"),
            (
                "boxes",
                [
                    ("MICROSATELLITE STATUS", "MS-Stable", "MSI-High: not detected"),
                    ("TUMOUR MUTATIONAL BURDEN", "2.5 Muts/Mb", "TMB-Low (cut-off >= 10)"),
                    ("COPY NUMBER", "ERBB2 amp", "estimated copy number 18"),
                ],
            ),
            ("h2", "Genomic findings with therapy associations"),
            (
                "table",
                ["Gene", "Alteration", "VAF / CN", "Tier", "Therapy (this tumour type)"],
                [
                    ["ERBB2", "Amplification", "CN 18", "IA", "trastuzumab, pertuzumab, T-DXd"],
                    ["PIK3CA", "E545K (c.1633G>A)", "17.8%", "IA", "alpelisib, capivasertib"],
                    ["CDH1", "Q23* (c.67C>T)", "22.0%", "IIC", "none"],
                ],
                [1.1, 2.4, 0.9, 0.6, 3.0],
                {"boldfirst": True, "zebra": True},
            ),
            ("h2", "Variants of unknown significance"),
            (
                "table",
                ["Gene", "Variant", "VAF"],
                [
                    ["BRCA2", "N372H", "51.0%"],
                    ["TP53", "P72R", "49.5%"],
                    ["FGFR4", "G388R", "50.2%"],
                ],
                [1, 2, 1],
                {"grid": False},
            ),
            (
                "small",
                "BRCA2 N372H and TP53 P72R are common population polymorphisms and are not "
                "considered pathogenic.",
            ),
            ("h2", "Detailed results"),
            (
                "p",
                "**ERBB2 amplification** was detected at an estimated 18 copies. ERBB2 (HER2) "
                "amplification is the target of several approved therapies in breast cancer.",
            ),
            ("p", "**PIK3CA E545K** (helical domain) was detected at 17.8%."),
            ("p", "Microsatellite status: MS-Stable. Tumour mutational burden: 2.5 Muts/Mb."),
        ]
        + northgate_methods(),
        [
            L(
                "HER2",
                "amplification",
                "positive",
                "ERBB2 Amplification CN 18 IA",
                alteration="amplification",
            ),
            L(
                "PIK3CA",
                "mutation",
                "positive",
                "PIK3CA E545K (c.1633G>A) 17.8% IA",
                alteration="E545K",
            ),
            L("MSI", "signature", "negative", "Microsatellite status: MS-Stable."),
            L(
                "TMB",
                "signature",
                "negative",
                "Tumour mutational burden: 2.5 Muts/Mb.",
                value="2.5 mut/Mb",
            ),
        ],
        meta=[("Ordering MD", "Dr C. Ibekwe"), ("Collected", "2026-03-02")],
    )
)

add(
    spec(
        1015,
        "northgate",
        ("OYELARAN, Tobias", "1964-11-30", "M"),
        "NG26-005630",
        "Comprehensive Genomic Profile - Solid Tumour",
        [
            (
                "p",
                "Diagnosis: **Adenocarcinoma of the ascending colon**  |  Specimen: right "
                "hemicolectomy, block 4  |  Tumour content: 50%",
            ),
            ("h2", "Biomarker summary"),
            (
                "boxes",
                [
                    ("MICROSATELLITE STATUS", "MSI-High", "instability at 41% of loci"),
                    ("TUMOUR MUTATIONAL BURDEN", "48 Muts/Mb", "TMB-High (cut-off >= 10)"),
                    ("RELEVANT NEGATIVES", "KRAS / NRAS", "wild type"),
                ],
            ),
            ("h2", "Genomic findings with therapy associations"),
            (
                "table",
                ["Gene", "Alteration", "VAF", "Tier", "Therapy (this tumour type)"],
                [
                    ["BRAF", "V600E (c.1799T>A)", "28.7%", "IA", "encorafenib + cetuximab"],
                    ["MSI", "MSI-High", "-", "IA", "pembrolizumab, nivolumab"],
                    ["TMB", "48 Muts/Mb", "-", "IIC", "-"],
                    ["RNF43", "G659fs", "33.1%", "IIC", "none"],
                ],
                [1.1, 2.4, 0.8, 0.6, 3.0],
                {"boldfirst": True},
            ),
            ("h2", "Relevant negative findings"),
            (
                "table",
                ["Gene", "Result"],
                [
                    ["KRAS", "No mutation detected (wild type)"],
                    ["NRAS", "No mutation detected (wild type)"],
                    ["ERBB2", "No amplification detected"],
                ],
                [1, 4],
                {"grid": False},
            ),
            ("h2", "Variants of unknown significance"),
            (
                "table",
                ["Gene", "Variant", "VAF"],
                [
                    ["APC", "S2307L", "30.3%"],
                    ["ARID1A", "D1850fs", "11.0%"],
                    ["POLE", "R1519H", "9.8%"],
                ],
                [1, 2, 1],
                {"grid": False},
            ),
            (
                "small",
                "POLE R1519H lies outside the exonuclease domain; not considered pathogenic.",
            ),
            ("h2", "Comment"),
            (
                "p",
                "MSI-High with a high mutational burden in a BRAF V600E colorectal carcinoma. "
                "Loss of MLH1 expression with promoter hypermethylation would be the expected "
                "mechanism; consider MLH1 promoter methylation testing to exclude Lynch syndrome.",
            ),
        ]
        + northgate_methods(),
        [
            L(
                "BRAF",
                "mutation",
                "positive",
                "BRAF V600E (c.1799T>A) 28.7% IA",
                alteration="V600E",
            ),
            L("MSI", "signature", "positive", "MSI MSI-High - IA pembrolizumab, nivolumab"),
            L("TMB", "signature", "positive", "TMB 48 Muts/Mb - IIC -", value="48 mut/Mb"),
            L("KRAS", "mutation", "negative", "KRAS No mutation detected (wild type)"),
            L("NRAS", "mutation", "negative", "NRAS No mutation detected (wild type)"),
            L("HER2", "amplification", "negative", "ERBB2 No amplification detected"),
        ],
        meta=[("Ordering MD", "Dr S. Marchetti"), ("Collected", "2026-03-05")],
    )
)

add(
    spec(
        1024,
        "northgate",
        ("KAVANAGH, Imelda", "1969-05-14", "F"),
        "NG26-006011",
        "Comprehensive Genomic Profile - Solid Tumour",
        [
            (
                "p",
                "Diagnosis: **High-grade serous carcinoma, ovary**  |  Specimen: omental "
                "biopsy  |  Tumour content: 70%",
            ),
            ("h2", "Biomarker summary"),
            (
                "boxes",
                [
                    ("MICROSATELLITE STATUS", "MS-Stable", ""),
                    ("TUMOUR MUTATIONAL BURDEN", "3 Muts/Mb", "Low (TMB-High >= 10)"),
                    ("HOMOLOGOUS RECOMBINATION", "BRCA1 altered", "see findings"),
                ],
            ),
            ("h2", "Genomic findings with therapy associations"),
            (
                "table",
                ["Gene", "Alteration", "VAF", "Tier", "Therapy (this tumour type)"],
                [
                    ["BRCA1", "Q1756fs*74 (c.5266dupC)", "62.0%", "IA", "olaparib, niraparib"],
                    ["TP53", "Y220C (c.659A>G)", "71.4%", "IIC", "investigational"],
                    ["CCNE1", "Amplification", "CN 9", "IIC", "none"],
                ],
                [1.1, 2.6, 0.8, 0.6, 2.8],
                {"boldfirst": True},
            ),
            (
                "small",
                "The allele fraction of BRCA1 c.5266dupC may be consistent with a germline "
                "origin. Germline testing is recommended if not already performed.",
            ),
            ("h2", "Variants of unknown significance"),
            (
                "table",
                ["Gene", "Variant", "VAF"],
                [["BRCA2", "T3033A", "48.0%"], ["NF1", "R2616Q", "22.4%"]],
                [1, 2, 1],
                {"grid": False},
            ),
            ("h2", "Signatures"),
            ("p", "Microsatellite status: MS-Stable.  Tumour mutational burden: 3 Muts/Mb (low)."),
        ]
        + northgate_methods(),
        [
            L(
                "BRCA1",
                "mutation",
                "positive",
                "BRCA1 Q1756fs*74 (c.5266dupC) 62.0% IA olaparib, niraparib",
                alteration="Q1756fs*74",
            ),
            L(
                "TP53",
                "mutation",
                "positive",
                "TP53 Y220C (c.659A>G) 71.4% IIC investigational",
                alteration="Y220C",
            ),
            L("MSI", "signature", "negative", "Microsatellite status: MS-Stable."),
            L(
                "TMB",
                "signature",
                "negative",
                "Tumour mutational burden: 3 Muts/Mb (low).",
                value="3 mut/Mb",
            ),
        ],
        meta=[("Ordering MD", "Dr H. Lindqvist"), ("Collected", "2026-03-09")],
    )
)

# ------------------------------------------------------------------------------------------
# Helix: plasma cfDNA, two-column first page


def helix_back(extra=()):
    return (
        [
            ("pb",),
            ("h2", "About this test"),
            (
                "twocol",
                [
                    (
                        "small",
                        "Cell-free DNA is extracted from two Streck tubes of plasma and "
                        "sequenced across 74 genes. Alterations are reported with their percentage of "
                        "cell-free DNA (% cfDNA), the fraction of fragments carrying the alteration.",
                    ),
                    (
                        "small",
                        "A result of 'not detected' does not rule out an alteration present below "
                        "the limit of detection or a tumour that does not shed DNA into the blood.",
                    ),
                ],
                [
                    (
                        "genes",
                        "Genes analysed:",
                        [
                            "AKT1",
                            "ALK",
                            "APC",
                            "AR",
                            "ARAF",
                            "ATM",
                            "BRAF",
                            "BRCA1",
                            "BRCA2",
                            "CCND1",
                            "CDK4",
                            "CDK6",
                            "CDKN2A",
                            "EGFR",
                            "ERBB2",
                            "ESR1",
                            "FGFR1",
                            "FGFR2",
                            "FGFR3",
                            "GNAS",
                            "HRAS",
                            "IDH1",
                            "IDH2",
                            "KIT",
                            "KRAS",
                            "MET",
                            "MYC",
                            "NF1",
                            "NRAS",
                            "NTRK1",
                            "NTRK3",
                            "PIK3CA",
                            "PTEN",
                            "RET",
                            "ROS1",
                            "SMAD4",
                            "STK11",
                            "TP53",
                        ],
                        6,
                    ),
                ],
                True,
            ),
        ]
        + list(extra)
        + [
            (
                "sig",
                [
                    "Reviewed and approved by: Marguerite Salas, MD - Laboratory Director",
                    "CAP-style accreditation no. 7731990 (fictitious)",
                ],
            ),
        ]
    )


add(
    spec(
        1002,
        "helix",
        ("NAKASHIMA, Walter", "1952-03-03", "M"),
        "HLX-26-118204",
        "Liquid Biopsy Report - Plasma cfDNA",
        [
            (
                "twocol",
                [
                    ("h2", "Specimen"),
                    (
                        "kv",
                        [
                            ("Type", "Peripheral blood (plasma)"),
                            ("Drawn", "2026-02-18"),
                            ("Diagnosis", "Non-small cell lung carcinoma, stage IV"),
                        ],
                    ),
                    ("h2", "Blood tumour mutational burden"),
                    ("p", "bTMB: **8 muts/Mb**"),
                    ("small", "No clinical cut-off has been validated for bTMB on this assay."),
                ],
                [
                    ("h2", "Summary of results"),
                    (
                        "box",
                        [
                            ("b", "1 alteration detected"),
                            ("p", "KRAS G12C"),
                            ("p", "MSI-High: NOT DETECTED"),
                        ],
                    ),
                ],
                True,
            ),
            ("h2", "Alterations detected"),
            (
                "table",
                ["Gene", "Alteration", "% cfDNA", "Associated therapies"],
                [["KRAS", "G12C (c.34G>T)", "1.8%", "sotorasib, adagrasib"]],
                [1, 2, 1, 3],
                {"boldfirst": True},
            ),
            ("p", "No alterations detected in: ALK, BRAF, EGFR, ERBB2, MET, NTRK1, RET, ROS1"),
            (
                "small",
                "Synonymous variant detected (not reported as an alteration): TP53 p.(Pro36=)",
            ),
        ]
        + helix_back(),
        [
            L(
                "KRAS",
                "mutation",
                "positive",
                "KRAS G12C (c.34G>T) 1.8% sotorasib, adagrasib",
                alteration="G12C",
            ),
            L("MSI", "signature", "negative", "MSI-High: NOT DETECTED"),
            L("TMB", "signature", "reported", "bTMB: 8 muts/Mb", value="8 mut/Mb"),
            L("ALK", "fusion", "negative", "No alterations detected in: ALK, BRAF"),
            L("BRAF", "mutation", "negative", "No alterations detected in: ALK, BRAF"),
            L("EGFR", "mutation", "negative", "EGFR, ERBB2, MET"),
            L("HER2", "mutation", "negative", "EGFR, ERBB2, MET"),
            L("MET", "mutation", "negative", "EGFR, ERBB2, MET"),
            L("NTRK", "fusion", "negative", "NTRK1, RET, ROS1"),
            L("RET", "fusion", "negative", "NTRK1, RET, ROS1"),
            L("ROS1", "fusion", "negative", "NTRK1, RET, ROS1"),
        ],
        pblock="lines",
        meta=[("Ordering physician", "Dr P. Anand")],
    )
)

add(
    spec(
        1009,
        "helix",
        ("FERREIRA, Consuelo", "1960-08-25", "F"),
        "HLX-26-120877",
        "Liquid Biopsy Report - Plasma cfDNA (progression)",
        [
            (
                "twocol",
                [
                    ("h2", "Specimen"),
                    (
                        "kv",
                        [
                            ("Type", "Plasma"),
                            ("Drawn", "2026-03-01"),
                            (
                                "Diagnosis",
                                "Lung adenocarcinoma, progressing on first-generation "
                                "EGFR inhibitor",
                            ),
                        ],
                    ),
                    ("h2", "Clinical history provided"),
                    (
                        "small",
                        "Tissue EGFR exon 19 deletion (E746_A750del) found in 2024 on the "
                        "diagnostic biopsy of this tumour.",
                    ),
                ],
                [
                    ("h2", "Summary of results"),
                    (
                        "box",
                        [
                            ("b", "2 alterations detected"),
                            ("p", "EGFR E746_A750del"),
                            ("p", "EGFR T790M"),
                        ],
                    ),
                ],
                True,
            ),
            ("h2", "Alterations detected"),
            (
                "table",
                ["Gene", "Alteration", "% cfDNA", "Associated therapies"],
                [
                    ["EGFR", "E746_A750del (exon 19 deletion)", "4.1%", "osimertinib"],
                    ["EGFR", "T790M (c.2369C>T)", "0.6%", "osimertinib"],
                ],
                [1, 2.4, 0.8, 2.5],
                {"boldfirst": True},
            ),
            ("p", "Resistance mutation EGFR C797S: not detected."),
            ("p", "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1"),
            ("small", "The EGFR T790M fraction is close to the limit of detection (0.3%)."),
        ]
        + helix_back(),
        [
            L(
                "EGFR",
                "mutation",
                "positive",
                "EGFR E746_A750del (exon 19 deletion) 4.1% osimertinib",
                alteration="E746_A750del",
            ),
            L(
                "EGFR",
                "mutation",
                "positive",
                "EGFR T790M (c.2369C>T) 0.6% osimertinib",
                alteration="T790M",
            ),
            L(
                "EGFR",
                "mutation",
                "negative",
                "Resistance mutation EGFR C797S: not detected.",
                optional=True,
            ),
            L(
                "ALK",
                "fusion",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
            L(
                "BRAF",
                "mutation",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
            L(
                "KRAS",
                "mutation",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
            L(
                "MET",
                "mutation",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
            L(
                "RET",
                "fusion",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
            L(
                "ROS1",
                "fusion",
                "negative",
                "No alterations detected in: ALK, BRAF, KRAS, MET, RET, ROS1",
            ),
        ],
        pblock="lines",
        meta=[("Ordering physician", "Dr B. Osei")],
    )
)

add(
    spec(
        1018,
        "helix",
        ("MCALLISTER, Graeme", "1949-12-12", "M"),
        "HLX-26-123390",
        "Liquid Biopsy Report - Plasma cfDNA",
        [
            (
                "twocol",
                [
                    ("h2", "Specimen"),
                    (
                        "kv",
                        [
                            ("Type", "Plasma"),
                            ("Drawn", "2026-03-04"),
                            ("Diagnosis", "Suspected lung carcinoma (tissue insufficient)"),
                        ],
                    ),
                ],
                [
                    ("h2", "Summary of results"),
                    (
                        "box",
                        [
                            ("b", "No alterations detected"),
                            (
                                "small",
                                "Tumour-derived DNA was detected (methylation fraction 0.8%)",
                            ),
                        ],
                    ),
                ],
                True,
            ),
            ("h2", "Genes evaluated with no alterations detected"),
            (
                "table",
                None,
                [
                    ["EGFR", "KRAS", "BRAF", "ALK", "ROS1"],
                    ["RET", "MET", "ERBB2", "PIK3CA", "NRAS"],
                ],
                [1, 1, 1, 1, 1],
                {"grid": True},
            ),
            ("p", "Microsatellite instability: not evaluated (insufficient informative loci)."),
            (
                "small",
                "A negative plasma result should be confirmed by tissue testing where possible.",
            ),
        ]
        + helix_back(),
        [
            L("EGFR", "mutation", "negative", "EGFR KRAS BRAF ALK ROS1"),
            L("KRAS", "mutation", "negative", "EGFR KRAS BRAF ALK ROS1"),
            L("BRAF", "mutation", "negative", "EGFR KRAS BRAF ALK ROS1"),
            L("ALK", "fusion", "negative", "EGFR KRAS BRAF ALK ROS1"),
            L("ROS1", "fusion", "negative", "EGFR KRAS BRAF ALK ROS1"),
            L("RET", "fusion", "negative", "RET MET ERBB2 PIK3CA NRAS"),
            L("MET", "mutation", "negative", "RET MET ERBB2 PIK3CA NRAS"),
            L("HER2", "mutation", "negative", "RET MET ERBB2 PIK3CA NRAS"),
            L("PIK3CA", "mutation", "negative", "RET MET ERBB2 PIK3CA NRAS"),
            L("NRAS", "mutation", "negative", "RET MET ERBB2 PIK3CA NRAS"),
        ],
        pblock="lines",
        meta=[("Ordering physician", "Dr E. Castellanos")],
    )
)

add(
    spec(
        1025,
        "helix",
        ("BRANDT, Ulrike", "1966-04-02", "F"),
        "HLX-26-125118",
        "Liquid Biopsy Report - Plasma cfDNA",
        [
            (
                "twocol",
                [
                    ("h2", "Specimen"),
                    (
                        "kv",
                        [
                            ("Type", "Plasma"),
                            ("Drawn", "2026-03-07"),
                            ("Diagnosis", "Metastatic breast carcinoma, ER-positive"),
                        ],
                    ),
                    ("h2", "Blood TMB"),
                    ("p", "bTMB: 5 muts/Mb"),
                ],
                [
                    ("h2", "Summary of results"),
                    (
                        "box",
                        [
                            ("b", "3 alterations detected"),
                            ("p", "PIK3CA H1047R   |   ESR1 Y537S   |   ERBB2 amplification"),
                        ],
                    ),
                ],
                True,
            ),
            ("h2", "Alterations detected"),
            (
                "table",
                ["Gene", "Alteration", "% cfDNA / copy number", "Associated therapies"],
                [
                    ["PIK3CA", "H1047R (c.3140A>G)", "3.2%", "alpelisib, inavolisib"],
                    ["ESR1", "Y537S (c.1610A>C)", "1.1%", "elacestrant"],
                    ["ERBB2", "Amplification", "plasma CN 2.8", "trastuzumab-based"],
                ],
                [1, 2, 1.3, 2.2],
                {"boldfirst": True},
            ),
            ("p", "No alterations detected in: AKT1, BRCA1, BRCA2, PTEN, TP53"),
            (
                "small",
                "Plasma copy number is diluted by non-tumour DNA; the tissue copy number is "
                "likely higher.",
            ),
        ]
        + helix_back(),
        [
            L(
                "PIK3CA",
                "mutation",
                "positive",
                "PIK3CA H1047R (c.3140A>G) 3.2% alpelisib, inavolisib",
                alteration="H1047R",
            ),
            L(
                "HER2",
                "amplification",
                "positive",
                "ERBB2 Amplification plasma CN 2.8 trastuzumab-based",
                alteration="amplification",
            ),
            L("TMB", "signature", "reported", "bTMB: 5 muts/Mb", value="5 mut/Mb"),
            L(
                "BRCA1",
                "mutation",
                "negative",
                "No alterations detected in: AKT1, BRCA1, BRCA2, PTEN, TP53",
            ),
            L(
                "BRCA2",
                "mutation",
                "negative",
                "No alterations detected in: AKT1, BRCA1, BRCA2, PTEN, TP53",
            ),
            L(
                "TP53",
                "mutation",
                "negative",
                "No alterations detected in: AKT1, BRCA1, BRCA2, PTEN, TP53",
            ),
        ],
        pblock="lines",
        meta=[("Ordering physician", "Dr Y. Haddad")],
    )
)

# ------------------------------------------------------------------------------------------
# Carrow Valley: single-gene PCR, plain hospital letterhead, result under a heading

CARROW_SIG = (
    "sig",
    [
        "Reported by: Dr Fionnuala Breen, Consultant Clinical Scientist",
        "Checked by: M. Tait, Senior Biomedical Scientist",
    ],
)

add(
    spec(
        1003,
        "carrow",
        ("Bernadette QUINLAN", "04/10/1957", "F"),
        "MP-26-0381",
        "Molecular Pathology Report",
        [
            (
                "kv",
                [
                    ("Specimen", "Sigmoid colon resection, block 7 (pT3 N1 adenocarcinoma)"),
                    ("Tumour cellularity", "approximately 45%"),
                    ("Request", "RAS / BRAF status for anti-EGFR therapy"),
                ],
            ),
            ("h2", "__KRAS MUTATION ANALYSIS__ (codons 12, 13, 59, 61, 117, 146)"),
            ("p", "Method: real-time PCR with allele-specific probes."),
            ("p", "RESULT: No mutation detected"),
            ("h2", "__NRAS MUTATION ANALYSIS__ (codons 12, 13, 59, 61, 117, 146)"),
            ("p", "RESULT: Mutation detected - c.181C>A p.(Gln61Lys)"),
            ("h2", "__BRAF V600E__"),
            ("p", "RESULT: Not detected"),
            ("h2", "Interpretation"),
            (
                "p",
                "This tumour carries an NRAS codon 61 mutation and is therefore RAS-mutant. "
                "Anti-EGFR antibody therapy is not expected to be of benefit.",
            ),
            (
                "small",
                "The assay detects mutant alleles at 5% or above. Variants outside the listed "
                "codons are not detected.",
            ),
            CARROW_SIG,
        ],
        [
            L("KRAS", "mutation", "negative", "RESULT: No mutation detected"),
            L(
                "NRAS",
                "mutation",
                "positive",
                "RESULT: Mutation detected - c.181C>A p.(Gln61Lys)",
                alteration="Q61K",
            ),
            L("BRAF", "mutation", "negative", "RESULT: Not detected"),
        ],
        pblock="lines",
        meta=[("Hospital no.", "CVH 2281934"), ("Received", "12/02/2026")],
    )
)

add(
    spec(
        1019,
        "carrow",
        ("Idris MAHMOUD", "19/06/1975", "M"),
        "MP-26-0517",
        "Molecular Pathology Report",
        [
            (
                "kv",
                [
                    ("Specimen", "EBUS-TBNA station 7, cell block"),
                    ("Tumour cellularity", "approximately 25%"),
                    ("Request", "EGFR mutation status (lung adenocarcinoma)"),
                ],
            ),
            ("h2", "__EGFR MUTATION ANALYSIS__ (exons 18-21)"),
            ("p", "Method: real-time PCR (42 mutations in exons 18, 19, 20 and 21)."),
            ("p", "RESULT: **Mutation detected - exon 20 insertion**"),
            ("p", "No other EGFR mutation covered by the assay was detected."),
            ("h2", "Interpretation"),
            (
                "p",
                "EGFR exon 20 insertions are generally insensitive to first- and "
                "second-generation EGFR inhibitors; amivantamab-based therapy may be considered.",
            ),
            (
                "p",
                "PD-L1 immunohistochemistry is reported separately by the histopathology "
                "department. ALK (D5F3) immunohistochemistry on the same cell block was negative "
                "(H26-3391).",
            ),
            CARROW_SIG,
        ],
        [
            L(
                "EGFR",
                "mutation",
                "positive",
                "RESULT: Mutation detected - exon 20 insertion",
                alteration="exon 20 insertion",
            ),
            L(
                "ALK",
                "expression",
                "negative",
                "immunohistochemistry on the same cell block was negative",
            ),
        ],
        pblock="lines",
        meta=[("Hospital no.", "CVH 2290411"), ("Received", "03/03/2026")],
    )
)

add(
    spec(
        1026,
        "carrow",
        ("Saoirse DUNNE", "22/01/1983", "F"),
        "MP-26-0602",
        "Molecular Pathology Report",
        [
            (
                "kv",
                [
                    ("Specimen", "Excision of axillary lymph node, metastatic melanoma"),
                    ("Tumour cellularity", "approximately 80%"),
                    ("Request", "BRAF codon 600"),
                ],
            ),
            ("h2", "__BRAF CODON 600 MUTATION ANALYSIS__"),
            ("p", "Method: real-time PCR detecting V600E, V600E2, V600D, V600K and V600R."),
            ("p", "RESULT: BRAF V600 mutation DETECTED (V600K)"),
            ("h2", "Interpretation"),
            (
                "p",
                "The melanoma harbours a BRAF V600K mutation and may respond to BRAF/MEK "
                "inhibition.",
            ),
            ("small", "NRAS and KIT testing was not requested."),
            CARROW_SIG,
        ],
        [
            L(
                "BRAF",
                "mutation",
                "positive",
                "RESULT: BRAF V600 mutation DETECTED (V600K)",
                alteration="V600K",
            )
        ],
        pblock="lines",
        meta=[("Hospital no.", "CVH 2301187"), ("Received", "09/03/2026")],
    )
)

# ------------------------------------------------------------------------------------------
# St Brigid: FISH reports, monospace, signal tables, ISCN

BRIGID_SIG = (
    "sig",
    [
        "Analysed by: C. Mulrooney, Clinical Cytogeneticist",
        "Authorised: Dr Aoife Garrihy, Consultant Cytogeneticist",
    ],
)

add(
    spec(
        1004,
        "brigid",
        ("KOWALCZYK, Henryk", "1961-09-17", "M"),
        "FISH-26-0213",
        "FISH REPORT - ALK and ROS1 break-apart",
        [
            (
                "kv",
                [
                    ("Specimen", "Lung, left lower lobe, CT-guided core (block B1)"),
                    ("Referral", "NSCLC, EGFR wild type - ALK/ROS1 status"),
                    ("Probes", "ALK (2p23) break-apart; ROS1 (6q22) break-apart"),
                ],
                0.3,
            ),
            ("h2", "SIGNAL ENUMERATION"),
            (
                "table",
                ["Probe", "Nuclei scored", "Split/isolated 3'", "% positive", "Cut-off"],
                [["ALK BA", "100", "4", "4%", "15%"], ["ROS1 BA", "100", "38", "38%", "15%"]],
                [1.3, 1.2, 1.5, 1, 1],
            ),
            ("h2", "RESULT"),
            ("p", "ALK rearrangement: NOT DETECTED"),
            ("p", "ROS1 rearrangement: DETECTED (38% of nuclei with split signals)"),
            (
                "p",
                "ISCN: nuc ish(ALKx2)(5'ALK sep 3'ALKx1)[0/100], (ROS1x2)(5'ROS1 sep 3'ROS1x1)[38/100]",
            ),
            ("h2", "INTERPRETATION"),
            (
                "p",
                "Positive for ROS1 gene rearrangement. The fusion partner is not identified "
                "by this assay. Negative for ALK rearrangement.",
            ),
            BRIGID_SIG,
        ],
        [
            L("ALK", "fusion", "negative", "ALK rearrangement: NOT DETECTED"),
            L(
                "ROS1",
                "fusion",
                "positive",
                "ROS1 rearrangement: DETECTED (38% of nuclei with split signals)",
            ),
        ],
        pblock="grid",
        meta=[("Received", "2026-02-14"), ("Referrer", "Dr N. Whelan")],
    )
)

add(
    spec(
        1012,
        "brigid",
        ("PRENDERGAST, Orla", "1968-02-28", "F"),
        "FISH-26-0288",
        "FISH REPORT - HER2 (ERBB2) dual probe",
        [
            (
                "kv",
                [
                    (
                        "Specimens",
                        "A: Left breast core biopsy (IDC grade 3). B: Left axillary "
                        "lymph node core biopsy.",
                    ),
                    ("Referral", "HER2 IHC 2+ on both specimens (reported by referring lab)"),
                    ("Probes", "HER2 (17q12) / CEP17 dual-colour"),
                ],
                0.3,
            ),
            ("h2", "SPECIMEN A - LEFT BREAST"),
            (
                "table",
                ["Cells", "HER2 signals", "CEP17 signals", "Mean HER2/cell", "HER2/CEP17"],
                [["40", "452", "89", "11.3", "5.08"]],
                [1, 1.2, 1.2, 1.3, 1.2],
            ),
            ("p", "Specimen A: HER2 AMPLIFIED (ASCO/CAP group 1); ratio 5.08"),
            ("h2", "SPECIMEN B - AXILLARY NODE"),
            (
                "table",
                ["Cells", "HER2 signals", "CEP17 signals", "Mean HER2/cell", "HER2/CEP17"],
                [["40", "116", "89", "2.9", "1.30"]],
                [1, 1.2, 1.2, 1.3, 1.2],
            ),
            ("p", "Specimen B: HER2 NOT AMPLIFIED (ASCO/CAP group 5); ratio 1.30"),
            ("h2", "COMMENT"),
            (
                "p",
                "Discordant HER2 status between primary and nodal metastasis. Tumour "
                "heterogeneity or sampling may account for this; repeat testing of the resection "
                "is suggested.",
            ),
            (
                "small",
                "Interpretive criteria: group 1 ratio >= 2.0 and >= 4.0 copies; group 5 ratio "
                "< 2.0 and < 4.0 copies (negative).",
            ),
            BRIGID_SIG,
        ],
        [
            L(
                "HER2",
                "amplification",
                "positive",
                "Specimen A: HER2 AMPLIFIED (ASCO/CAP group 1); ratio 5.08",
                ratio=5.08,
            ),
            L(
                "HER2",
                "amplification",
                "negative",
                "Specimen B: HER2 NOT AMPLIFIED (ASCO/CAP group 5); ratio 1.30",
                ratio=1.3,
            ),
            L(
                "HER2",
                "expression",
                "equivocal",
                "HER2 IHC 2+ on both specimens",
                ihc_score="2+",
                optional=True,
            ),
        ],
        pblock="grid",
        meta=[("Received", "2026-02-20"), ("Referrer", "Meridian Pathology")],
    )
)

add(
    spec(
        1020,
        "brigid",
        ("ADEYEMI, Folasade", "1955-06-06", "F"),
        "FISH-26-0340",
        "FISH REPORT - MET (7q31) / CEP7",
        [
            (
                "kv",
                [
                    ("Specimen", "Pleural fluid cell block, lung adenocarcinoma"),
                    ("Referral", "Acquired resistance to osimertinib - MET status"),
                    ("Probes", "MET (7q31) / CEP7 dual-colour"),
                ],
                0.3,
            ),
            ("h2", "SIGNAL ENUMERATION"),
            (
                "table",
                [
                    "Cells",
                    "Mean MET/cell",
                    "Mean CEP7/cell",
                    "MET/CEP7 ratio",
                    "Cells with >= 15 MET",
                ],
                [["60", "12.7", "2.4", "5.3", "31%"]],
                [1, 1.2, 1.2, 1.2, 1.4],
            ),
            (
                "p",
                "Additional probe at clinician's request: EGFR (7p11) / CEP7, 60 cells, mean EGFR "
                "4.1/cell, mean CEP7 2.6/cell, EGFR/CEP7 ratio 1.6.",
            ),
            ("h2", "RESULT"),
            ("p", "MET gene status: AMPLIFIED (high level), MET/CEP7 ratio 5.3"),
            ("p", "EGFR gene status: low-level amplification, EGFR/CEP7 ratio 1.6"),
            ("h2", "INTERPRETATION"),
            (
                "p",
                "High-level MET amplification, a recognised mechanism of resistance to EGFR "
                "tyrosine kinase inhibitors. The low-level EGFR gain is of uncertain significance "
                "in this setting.",
            ),
            ("p", "ROS1 FISH was also requested; it will be issued as a supplementary report."),
            BRIGID_SIG,
        ],
        [
            L(
                "MET",
                "amplification",
                "positive",
                "MET gene status: AMPLIFIED (high level), MET/CEP7 ratio 5.3",
                ratio=5.3,
            ),
            L(
                "EGFR",
                "amplification",
                "positive",
                "EGFR gene status: low-level amplification, EGFR/CEP7 ratio 1.6",
                ratio=1.6,
                optional=True,
            ),
        ],
        pblock="grid",
        meta=[("Received", "2026-03-03"), ("Referrer", "Dr T. Raines")],
    )
)

# ------------------------------------------------------------------------------------------
# Orion: germline BRCA letters


def orion_letter(body):
    return (
        [("p", "Dear Dr Whitcombe,")]
        + body
        + [
            ("p", "Please do not hesitate to contact the laboratory if you have any questions."),
            ("p", "Yours sincerely,"),
            (
                "sig",
                [
                    "Dr Leonie Achterberg, FRCPath - Consultant Clinical Scientist",
                    "Orion Hereditary Genetics",
                ],
            ),
            ("pb",),
            ("h2", "Technical information"),
            (
                "small",
                "Genes analysed: BRCA1 (NM_007294.4), BRCA2 (NM_000059.4), PALB2, CHEK2, "
                "ATM, RAD51C, RAD51D, BRIP1, TP53, PTEN, CDH1. Sequencing of all coding exons and "
                "flanking introns (+/- 20 bp) by NGS; copy number by MLPA for BRCA1 and BRCA2.",
            ),
            (
                "small",
                "Variants are classified according to ACMG/AMP 2015 criteria. Variants of "
                "uncertain significance are reported but should not be used for clinical "
                "management. Benign and likely benign variants are not reported.",
            ),
        ]
    )


ADDR = ["Dr J. Whitcombe", "Breast Unit, Harbourside Hospital", "Stoneleigh"]

add(
    spec(
        1005,
        "orion",
        ("Marianne Olufsen", "1979-10-03", "F"),
        "OHG-26-2210",
        "Hereditary Breast and Ovarian Cancer Panel - Result Letter",
        orion_letter(
            [
                (
                    "p",
                    "Thank you for referring your patient, who has a diagnosis of triple-negative "
                    "breast cancer at age 45. Her sister carries a BRCA2 variant identified elsewhere; "
                    "this was not available to us and we tested the full panel.",
                ),
                (
                    "box",
                    [
                        ("b", "RESULT: PATHOGENIC VARIANT IDENTIFIED"),
                        ("p", "BRCA2 c.5946delT p.(Ser1982Argfs*22) - heterozygous - Pathogenic"),
                    ],
                    colors.HexColor("#FBEEE6"),
                ),
                (
                    "p",
                    "No pathogenic or likely pathogenic variant was found in BRCA1 or in the other "
                    "genes of the panel.",
                ),
                ("p", "In addition, a variant of uncertain significance was identified:"),
                ("p", "BRCA1 c.4883T>C p.(Met1628Thr) - heterozygous - VUS"),
                (
                    "p",
                    "This VUS should not alter management; reclassification will be communicated "
                    "if new evidence arises.",
                ),
                ("p", "Cascade testing for at-risk relatives is now available."),
            ]
        ),
        [
            L(
                "BRCA2",
                "mutation",
                "positive",
                "BRCA2 c.5946delT p.(Ser1982Argfs*22) - heterozygous - Pathogenic",
                alteration="S1982Rfs*22",
            ),
            L(
                "BRCA1",
                "mutation",
                "negative",
                "No pathogenic or likely pathogenic variant was found in BRCA1",
            ),
        ],
        pblock="letter",
        address=ADDR,
        meta=[("Sample", "EDTA blood received 2026-02-09")],
    )
)

add(
    spec(
        1013,
        "orion",
        ("Helena Strand", "1985-07-19", "F"),
        "OHG-26-2347",
        "Hereditary Breast and Ovarian Cancer Panel - Result Letter",
        orion_letter(
            [
                (
                    "p",
                    "Thank you for referring this patient with a personal history of ovarian "
                    "high-grade serous carcinoma for germline testing.",
                ),
                (
                    "box",
                    [
                        ("b", "RESULT: NO PATHOGENIC VARIANT IDENTIFIED"),
                        ("p", "BRCA1: no pathogenic variant    BRCA2: no pathogenic variant"),
                    ],
                    colors.HexColor("#FBEEE6"),
                ),
                ("p", "No copy number changes were detected by MLPA."),
                (
                    "p",
                    "Tumour (somatic) BRCA testing has not been performed in our laboratory and "
                    "may be considered, as somatic variants are not detected in blood.",
                ),
            ]
        ),
        [
            L("BRCA1", "mutation", "negative", "BRCA1: no pathogenic variant"),
            L("BRCA2", "mutation", "negative", "BRCA2: no pathogenic variant"),
        ],
        pblock="letter",
        address=ADDR,
        meta=[("Sample", "EDTA blood received 2026-02-23")],
    )
)

add(
    spec(
        1021,
        "orion",
        ("Yvette Marchand", "1990-12-01", "F"),
        "OHG-26-2489",
        "Hereditary Breast and Ovarian Cancer Panel - Result Letter",
        orion_letter(
            [
                (
                    "p",
                    "Thank you for referring this patient, diagnosed with breast cancer at 35, "
                    "with a maternal history of ovarian cancer.",
                ),
                (
                    "box",
                    [
                        ("b", "RESULT: PATHOGENIC VARIANT IDENTIFIED"),
                        (
                            "p",
                            "Gene: BRCA1   Variant: c.68_69delAG p.(Glu23Valfs*17)   "
                            "Zygosity: heterozygous   Classification: Pathogenic",
                        ),
                    ],
                    colors.HexColor("#FBEEE6"),
                ),
                (
                    "p",
                    "No pathogenic variant was identified in BRCA2 or the remaining panel genes.",
                ),
                (
                    "p",
                    "Her mother's previous testing (another laboratory, 2019) was reported to us as "
                    "uninformative; we recommend she be offered targeted testing for this variant.",
                ),
            ]
        ),
        [
            L(
                "BRCA1",
                "mutation",
                "positive",
                "Gene: BRCA1 Variant: c.68_69delAG p.(Glu23Valfs*17)",
                alteration="E23Vfs*17",
            ),
            L("BRCA2", "mutation", "negative", "No pathogenic variant was identified in BRCA2"),
        ],
        pblock="letter",
        address=ADDR,
        meta=[("Sample", "Saliva received 2026-03-02")],
    )
)

# ------------------------------------------------------------------------------------------
# Lakeshore: RNA fusion panels with tick boxes


def lakeshore_tail():
    return [
        ("h2", "Assay"),
        (
            "small",
            "Targeted RNA sequencing (anchored multiplex PCR) of 55 genes for fusions and "
            "exon-skipping events. Genes covered include ALK, BRAF, EGFR, ETV6, FGFR1, FGFR2, "
            "FGFR3, MET, NRG1, NTRK1, NTRK2, NTRK3, RET, ROS1 and others. A fusion is called with "
            ">= 5 unique supporting reads spanning the breakpoint.",
        ),
        (
            "sig",
            [
                "Signed out by: Dr Ravi Sundaram, MD - Molecular Pathologist",
                "Lakeshore Fusion Diagnostics LLC",
            ],
        ),
    ]


add(
    spec(
        1006,
        "lakeshore",
        ("DELACROIX, Amelie", "1974-03-11", "F"),
        "LFD-26-03318",
        "Fusion Panel (RNA) - Results",
        [
            (
                "kv",
                [
                    ("Specimen", "Lung adenocarcinoma, FFPE block 1C, tumour 35%"),
                    ("RNA quality", "Adequate (DV200 64%)"),
                ],
                0.25,
            ),
            (
                "banner",
                "FUSION DETECTED: EML4::ALK (EML4 exon 13 - ALK exon 20, variant 1)",
                colors.HexColor("#FDEBD0"),
            ),
            ("h2", "Result by target"),
            (
                "table",
                ["Target", "Detected", "Not detected", "Detail"],
                [
                    ["ALK fusion", "X", "", "EML4::ALK, 412 reads"],
                    ["ROS1 fusion", "", "X", ""],
                    ["RET fusion", "", "X", ""],
                    ["NTRK1/2/3 fusion", "", "X", ""],
                    ["MET exon 14 skipping", "", "X", ""],
                    ["NRG1 fusion", "", "X", ""],
                ],
                [2, 1, 1, 3],
                {"shade": [(1, 1)]},
            ),
            ("p", "Interpretation: ALK-rearranged NSCLC; eligible for ALK inhibitor therapy."),
        ]
        + lakeshore_tail(),
        [
            L("ALK", "fusion", "positive", "FUSION DETECTED: EML4::ALK", alteration="EML4-ALK"),
            L("ROS1", "fusion", "negative", "ROS1 fusion X"),
            L("RET", "fusion", "negative", "RET fusion X"),
            L("NTRK", "fusion", "negative", "NTRK1/2/3 fusion X"),
            L("MET", "mutation", "negative", "MET exon 14 skipping X", optional=True),
        ],
        pblock="grid",
        meta=[("Collected", "2026-02-16"), ("Client", "Redfern University Hosp.")],
    )
)

add(
    spec(
        1014,
        "lakeshore",
        ("PARK, Min-jun", "1981-08-08", "M"),
        "LFD-26-03502",
        "Fusion Panel (RNA) - Results",
        [
            (
                "kv",
                [
                    ("Specimen", "Thyroid, papillary carcinoma, lateral neck node, FFPE"),
                    ("RNA quality", "Adequate (DV200 52%)"),
                ],
                0.25,
            ),
            (
                "banner",
                "FUSION DETECTED: CCDC6::RET (CCDC6 exon 1 - RET exon 12)",
                colors.HexColor("#FDEBD0"),
            ),
            ("h2", "Result by target"),
            (
                "table",
                ["Target", "Detected", "Not detected", "Detail"],
                [
                    ["RET fusion", "X", "", "CCDC6::RET, 1,208 reads"],
                    ["NTRK1/2/3 fusion", "", "X", ""],
                    ["ALK fusion", "", "X", ""],
                    ["BRAF fusion", "", "X", ""],
                ],
                [2, 1, 1, 3],
                {"shade": [(1, 1)]},
            ),
            (
                "small",
                "Technical note: 3 reads suggestive of a ROS1 rearrangement were below the "
                "calling threshold and are not reported.",
            ),
            (
                "p",
                "Interpretation: RET fusion-positive thyroid carcinoma; selective RET "
                "inhibitors (selpercatinib, pralsetinib) are approved.",
            ),
        ]
        + lakeshore_tail(),
        [
            L("RET", "fusion", "positive", "FUSION DETECTED: CCDC6::RET", alteration="CCDC6-RET"),
            L("NTRK", "fusion", "negative", "NTRK1/2/3 fusion X"),
            L("ALK", "fusion", "negative", "ALK fusion X"),
            L("BRAF", "fusion", "negative", "BRAF fusion X"),
        ],
        pblock="grid",
        meta=[("Collected", "2026-02-25"), ("Client", "Carrow Valley Hospital")],
    )
)

add(
    spec(
        1023,
        "lakeshore",
        ("OKAFOR, Chidi", "1959-10-21", "M"),
        "LFD-26-03777",
        "Combined DNA/RNA Panel - Results",
        [
            (
                "kv",
                [
                    ("Specimen", "Lung adenocarcinoma, bronchial biopsy, tumour 20%"),
                    ("DNA quality", "Adequate"),
                    ("RNA quality", "FAILED - insufficient RNA (DV200 18%)"),
                ],
                0.25,
            ),
            ("h2", "DNA results"),
            (
                "table",
                ["Gene", "Variant", "VAF", "Classification"],
                [
                    ["KRAS", "p.Gly12Cys (G12C)", "28%", "Pathogenic - Tier I"],
                    ["STK11", "p.Gln37* (Q37*)", "31%", "Pathogenic - Tier II"],
                ],
                [1, 2, 1, 2],
                {"boldfirst": True},
            ),
            ("p", "No pathogenic DNA variants in: BRAF, EGFR, ERBB2, MET"),
            ("h2", "RNA (fusion) results"),
            (
                "banner",
                "NOT PERFORMED - the RNA was insufficient for fusion analysis. ALK, ROS1, RET "
                "and NTRK fusions have NOT been assessed.",
                colors.HexColor("#F5B7B1"),
            ),
            ("p", "Recommendation: ALK (D5F3) and ROS1 immunohistochemistry or a new sample."),
        ]
        + lakeshore_tail(),
        [
            L(
                "KRAS",
                "mutation",
                "positive",
                "KRAS p.Gly12Cys (G12C) 28% Pathogenic - Tier I",
                alteration="G12C",
            ),
            L(
                "BRAF",
                "mutation",
                "negative",
                "No pathogenic DNA variants in: BRAF, EGFR, ERBB2, MET",
            ),
            L(
                "EGFR",
                "mutation",
                "negative",
                "No pathogenic DNA variants in: BRAF, EGFR, ERBB2, MET",
            ),
            L(
                "HER2",
                "mutation",
                "negative",
                "No pathogenic DNA variants in: BRAF, EGFR, ERBB2, MET",
            ),
            L(
                "MET",
                "mutation",
                "negative",
                "No pathogenic DNA variants in: BRAF, EGFR, ERBB2, MET",
            ),
        ],
        pblock="grid",
        meta=[("Collected", "2026-03-06"), ("Client", "Pinecrest Regional Lab")],
    )
)

# ------------------------------------------------------------------------------------------
# Ashby: hotspot NGS, MSI PCR, TMB, small fonts, shaded rows

ASHBY_SIG = (
    "sig",
    [
        "Reported by: Dr Tomasz Wieczorek, Clinical Scientist (Genomics)",
        "Authorised by: Dr Greta Holm, Consultant in Molecular Pathology",
    ],
)

add(
    spec(
        1007,
        "ashby",
        ("Vernon LATIMER", "11.04.1956", "M"),
        "AOG/26/1142",
        "Somatic Hotspot Panel (27 genes) *",
        [
            (
                "kv",
                [
                    ("Specimen", "Rectal adenocarcinoma, biopsy, FFPE block A1"),
                    ("Neoplastic cell content", "50% (estimated by pathologist)"),
                    ("Mean depth", "2,340x"),
                ],
                0.3,
            ),
            ("h2", "Variants detected"),
            (
                "table",
                [
                    "Gene",
                    "Exon",
                    "Variant (HGVS)",
                    "Mutant allele frequency",
                    "Classification",
                    "Clinical relevance",
                ],
                [
                    [
                        "KRAS",
                        "2",
                        "NM_004985.5:c.35G>A p.(Gly12Asp)",
                        "41%",
                        "Pathogenic",
                        "Predicts lack of response to anti-EGFR antibodies",
                    ],
                    [
                        "PIK3CA",
                        "20",
                        "NM_006218.4:c.3140A>G p.(His1047Arg)",
                        "12%",
                        "Likely pathogenic",
                        "Aspirin adjuvant trials",
                    ],
                    [
                        "TP53",
                        "4",
                        "NM_000546.6:c.215C>G p.(Pro72Arg)",
                        "52%",
                        "Benign (polymorphism)",
                        "None",
                    ],
                    [
                        "SMAD4",
                        "9",
                        "NM_005359.6:c.1081C>T p.(Arg361Cys)",
                        "19%",
                        "Pathogenic",
                        "Prognostic",
                    ],
                ],
                [0.8, 0.5, 1.6, 0.8, 1.0, 1.8],
                {"zebra": True, "boldfirst": True},
            ),
            ("h2", "Conclusion"),
            (
                "p",
                "KRAS p.(Gly12Asp) and PIK3CA p.(His1047Arg) detected. No pathogenic variants "
                "detected in NRAS (exons 2-4) or BRAF (exon 15).",
            ),
            ("h2", "Panel"),
            ("genes", "Genes and hotspots covered by the assay:", HOTSPOT_GENES, 9),
            ASHBY_SIG,
        ],
        [
            L(
                "KRAS",
                "mutation",
                "positive",
                "KRAS p.(Gly12Asp) and PIK3CA p.(His1047Arg) detected.",
                alteration="G12D",
            ),
            L(
                "PIK3CA",
                "mutation",
                "positive",
                "KRAS p.(Gly12Asp) and PIK3CA p.(His1047Arg) detected.",
                alteration="H1047R",
            ),
            L("NRAS", "mutation", "negative", "detected in NRAS (exons 2-4) or BRAF (exon 15)"),
            L("BRAF", "mutation", "negative", "detected in NRAS (exons 2-4) or BRAF (exon 15)"),
        ],
        pblock="grid",
        meta=[("Requested by", "Dr K. Ashworth"), ("Received", "02.02.2026")],
    )
)

add(
    spec(
        1010,
        "ashby",
        ("Priya RAMANATHAN", "30.09.1970", "F"),
        "AOG/26/1260",
        "Microsatellite Instability Analysis (PCR) *",
        [
            (
                "kv",
                [
                    (
                        "Specimen",
                        "Endometrioid adenocarcinoma of endometrium, hysterectomy block "
                        "B3; paired normal: myometrium block B7",
                    ),
                    ("Method", "Pentaplex mononucleotide PCR with fragment analysis"),
                ],
                0.3,
            ),
            ("h2", "Marker results"),
            (
                "table",
                ["Marker", "Normal", "Tumour", "Status"],
                [
                    ["BAT-25", "124", "124", "stable"],
                    ["BAT-26", "117", "117", "stable"],
                    ["NR-21", "101", "101", "stable"],
                    ["NR-24", "132", "132", "stable"],
                    ["MONO-27", "151", "151", "stable"],
                ],
                [1.5, 1, 1, 1],
                {"zebra": True},
            ),
            (
                "box",
                [("b", "Interpretation: Microsatellite stable (MSS) - 0 of 5 markers unstable")],
                colors.HexColor("#D0ECE7"),
            ),
            ("h2", "Correlation"),
            (
                "p",
                "Mismatch repair immunohistochemistry on the same tumour (Kestrel Institute, "
                "KIP-26-01182): MLH1, PMS2, MSH2 and MSH6 retained - mismatch repair proficient.",
            ),
            ("p", "The PCR and IHC results are concordant."),
            ASHBY_SIG,
        ],
        [
            L(
                "MSI",
                "signature",
                "negative",
                "Interpretation: Microsatellite stable (MSS) - 0 of 5 markers unstable",
            ),
            L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 retained"),
            L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 retained"),
            L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 retained"),
            L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 retained"),
            L("MMR", "signature", "negative", "repair proficient."),
        ],
        pblock="grid",
        meta=[("Requested by", "Dr S. Abara"), ("Received", "10.02.2026")],
    )
)

add(
    spec(
        1016,
        "ashby",
        ("Leopold FINCH", "07.07.1948", "M"),
        "AOG/26/1318",
        "Tumour Mutational Burden and MSI (exome-scale panel)",
        [
            (
                "kv",
                [
                    ("Specimen", "Cutaneous squamous cell carcinoma, scalp, FFPE"),
                    ("Tumour content", "70%"),
                    ("Coding region assessed", "1.3 Mb"),
                ],
                0.3,
            ),
            (
                "twocol",
                [
                    ("h2", "Tumour mutational burden"),
                    ("p", "TMB: 7.9 mutations per megabase"),
                    (
                        "small",
                        "Calculated from somatic non-synonymous SNVs and indels with VAF >= 5%.",
                    ),
                ],
                [
                    ("h2", "Microsatellite instability"),
                    ("p", "MSI score 2.1% of loci unstable: MSS"),
                    ("small", "Loci evaluated: 130."),
                ],
                True,
            ),
            (
                "small",
                "This laboratory has not validated a clinical TMB threshold for this tumour "
                "type; the value is provided for information and trial eligibility.",
            ),
            ("h2", "Other findings"),
            ("p", "Sequence variants are not reported from this assay."),
            ASHBY_SIG,
        ],
        [
            L(
                "TMB",
                "signature",
                "reported",
                "TMB: 7.9 mutations per megabase",
                value="7.9 mut/Mb",
            ),
            L("MSI", "signature", "negative", "MSI score 2.1% of loci unstable: MSS"),
        ],
        pblock="grid",
        meta=[("Requested by", "Dr M. Ferraz"), ("Received", "17.02.2026")],
    )
)

add(
    spec(
        1022,
        "ashby",
        ("Niamh COSGROVE", "21.03.1988", "F"),
        "AOG/26/1401",
        "Brain Tumour Panel *",
        [
            (
                "kv",
                [
                    ("Specimen", "Left frontal lobe tumour, resection"),
                    ("Histology", "Diffuse astrocytoma"),
                    ("Neoplastic cell content", "60%"),
                ],
                0.3,
            ),
            ("h2", "Sequence variants"),
            (
                "table",
                ["Gene", "c. (HGVS)", "p. (HGVS)", "VAF", "Tier"],
                [
                    ["IDH1", "c.395G>A", "p.(Arg132His)", "38%", "I"],
                    ["TP53", "c.743G>A", "p.(Arg248Gln)", "41%", "II"],
                    ["ATRX", "c.4263delT", "p.(Phe1421fs)", "74%", "II"],
                ],
                [1, 1.3, 1.5, 0.7, 0.6],
                {"zebra": True, "boldfirst": True},
            ),
            ("h2", "Copy number"),
            (
                "table",
                ["Region", "Result"],
                [
                    ["EGFR", "no amplification"],
                    ["CDKN2A/B", "no homozygous deletion"],
                    ["Chr 7 / Chr 10", "no +7/-10 signature"],
                ],
                [1, 3],
                {"grid": False},
            ),
            ("h2", "Not detected"),
            (
                "p",
                "IDH2 codon 172: no variant. TERT promoter: no variant. H3F3A K27/G34: no variant.",
            ),
            ("h2", "Integrated comment"),
            (
                "p",
                "Findings support astrocytoma, IDH-mutant. MGMT promoter methylation analysis is "
                "pending and will be reported separately.",
            ),
            ASHBY_SIG,
        ],
        [
            L(
                "IDH1",
                "mutation",
                "positive",
                "IDH1 c.395G>A p.(Arg132His) 38% I",
                alteration="R132H",
            ),
            L(
                "TP53",
                "mutation",
                "positive",
                "TP53 c.743G>A p.(Arg248Gln) 41% II",
                alteration="R248Q",
            ),
            L("EGFR", "amplification", "negative", "EGFR no amplification"),
            L("IDH2", "mutation", "negative", "IDH2 codon 172: no variant."),
        ],
        pblock="grid",
        meta=[("Requested by", "Mr D. Okoye"), ("Received", "24.02.2026")],
    )
)

# ------------------------------------------------------------------------------------------
# Pinecrest: molecular reports with amendments and failed tests

PINE_SIG = (
    "sig",
    [
        "Electronically signed by Renata Okonjo, MD, Molecular Pathology",
        "Pinecrest Regional Laboratory",
    ],
)

add(
    spec(
        1011,
        "pinecrest",
        ("GALLAGHER, Brendan T", "05/23/1963", "M"),
        "PRL-M26-00874",
        "MOLECULAR PATHOLOGY REPORT",
        [
            (
                "table",
                ["Test", "Status", "Result"],
                [
                    ["EGFR mutation (PCR)", "FAILED", "Insufficient DNA (QNS) - see comment"],
                    ["ALK IHC (D5F3)", "PENDING", "to follow"],
                    ["PD-L1 22C3", "SENT OUT", "referred to reference laboratory"],
                ],
                [2, 1, 3],
                {"zebra": True},
            ),
            ("h2", "Specimen"),
            (
                "p",
                "Bronchial brushings, right main bronchus; cell block with scant tumour cells "
                "(< 100 cells).",
            ),
            ("h2", "Comment"),
            (
                "p",
                "DNA yield was 0.4 ng/uL, below the assay minimum; the EGFR test could not be "
                "performed. Please submit additional tissue if available. BRAF V600E was not "
                "detected on the earlier FNA of this same tumour (PRL-C26-00412).",
            ),
            PINE_SIG,
        ],
        [L("BRAF", "mutation", "negative", "not detected on the earlier FNA of this same tumour")],
        pblock="grid",
        meta=[("Client", "Pinecrest Pulmonary Clinic"), ("Collected", "01/28/2026")],
    )
)

add(
    spec(
        1017,
        "pinecrest",
        ("VOSS, Eleanor", "11/02/1954", "F"),
        "PRL-M26-00931",
        "MOLECULAR PATHOLOGY REPORT - AMENDED",
        [
            (
                "banner",
                "AMENDED REPORT 2026-02-19: the KRAS variant was transcribed incorrectly in "
                "the original report of 2026-02-12. Corrected result below; the original result "
                "p.Gly12Cys is withdrawn.",
                colors.HexColor("#F9E79F"),
            ),
            ("h2", "Specimen"),
            ("p", "Pancreas, body, EUS-guided core; adenocarcinoma, tumour cellularity 30%."),
            ("h2", "Results (corrected)"),
            (
                "table",
                ["Gene", "Result", "Variant", "VAF"],
                [
                    ["KRAS", "DETECTED", "c.35G>T p.Gly12Val (G12V)", "19%"],
                    ["EGFR", "Not detected", "-", "-"],
                    ["BRAF", "Not detected", "-", "-"],
                ],
                [1, 1.3, 3, 0.8],
                {"boldfirst": True, "shade": [(1, 1)]},
            ),
            (
                "small",
                "Assay: 15-gene DNA hotspot panel. Genes in the panel that are not listed "
                "above had no reportable variants.",
            ),
            PINE_SIG,
        ],
        [
            L(
                "KRAS",
                "mutation",
                "positive",
                "KRAS DETECTED c.35G>T p.Gly12Val (G12V) 19%",
                alteration="G12V",
            ),
            L("EGFR", "mutation", "negative", "EGFR Not detected - -"),
            L("BRAF", "mutation", "negative", "BRAF Not detected - -"),
        ],
        pblock="grid",
        meta=[("Client", "Pinecrest GI Oncology"), ("Collected", "02/05/2026")],
    )
)
