"""Comprehensive genomic profiling (tissue) and liquid biopsy reports: 2801-2807."""
from lib import L, Report, gene_grid, patient_block

GENES = ("ABL1 AKT1 AKT2 ALK APC AR ARAF ARID1A ARID2 ATM ATR ATRX AXL BAP1 BARD1 BCL2 BRAF BRCA1 BRCA2 BRIP1 "
         "BTK CCND1 CCNE1 CDH1 CDK12 CDK4 CDK6 CDKN2A CHEK1 CHEK2 CTNNB1 DDR2 EGFR EP300 ERBB2 ERBB3 ERBB4 ESR1 "
         "EZH2 FANCA FBXW7 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 GNA11 GNAQ GNAS HRAS IDH1 IDH2 JAK2 KDR KEAP1 KIT KMT2D "
         "KRAS MAP2K1 MDM2 MET MLH1 MSH2 MSH6 MTOR MYC NF1 NF2 NOTCH1 NRAS NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA "
         "PMS2 POLE PTEN RAD51C RAD51D RB1 RET ROS1 SMAD4 SMARCA4 SMO STK11 TP53 TSC1 TSC2 VHL").split()

LAB_US1 = {"name": "CANARY Meridian Genomics Laboratory", "region": "us", "head": "band",
           "color": "#123d6a", "addr": ["4410 Invented Parkway, Suite 200, Lakeshore, IL 60000",
                                        "CLIA 99D9999901  |  CAP 9990001  |  Medical Director: R. Okafor, MD, PhD"],
           "foot": "This test was developed and its performance characteristics determined by CANARY Meridian Genomics. Not cleared by the FDA.",
           "acc": "MG26-004417"}


def r2801():
    r = Report("2801", LAB_US1, title="MERIDIAN SOLID TUMOR PROFILE (DNA + RNA, 523 genes)")
    patient_block(r, [("Specimen", "Lung, right upper lobe, core biopsy (FFPE block B2)"),
                      ("Diagnosis", "Non-small cell lung carcinoma, adenocarcinoma"),
                      ("Tumor content", "40% (pathologist estimate)"),
                      ("Ordering physician", "Dr. CANARY Hale")])
    r.box("SUMMARY OF CLINICALLY ACTIONABLE FINDINGS", [
        "**EGFR** p.L858R (exon 21) - Tier I, Level A: FDA-approved therapies in this tumor type",
        "**TP53** p.R273H - Tier II (prognostic)",
        "Tumor Mutational Burden: 4 Muts/Mb (TMB-Low)      Microsatellite status: MS-Stable",
        "Gene fusions: none detected      Variants of uncertain significance: 3 (see below)"])
    r.h2("Biomarker findings", rule=True)
    r.table([["Biomarker", "Result", "Laboratory cut-off", "Comment"],
             ["Tumor Mutational Burden", "4 Muts/Mb", "TMB-High >= 10 Muts/Mb", "TMB-Low"],
             ["Microsatellite instability", "MS-Stable", "MSI-H if >= 20% unstable loci", "1.2% of 130 loci unstable"]],
            widths=[0.26, 0.18, 0.28, 0.28])
    r.h2("Genomic findings - Tier I / II variants", rule=True)
    r.table([["Gene", "Protein change", "Coding change", "Exon", "VAF", "Tier"],
             ["EGFR", "p.Leu858Arg", "c.2573T>G", "21", "31.4%", "Tier I"],
             ["TP53", "p.Arg273His", "c.818G>A", "8", "44.0%", "Tier II"]],
            widths=[0.12, 0.2, 0.2, 0.1, 0.12, 0.26], zebra=True)
    r.h2("Variants of uncertain significance (Tier III)", rule=True)
    r.small("Variants of uncertain significance are not used for clinical decisions. They are listed for completeness.")
    r.table([["Gene", "Protein change", "Coding change", "VAF"],
             ["BRCA2", "p.Asp1420Tyr", "c.4258G>T", "48.9%"],
             ["ATM", "p.Ser1691Arg", "c.5071A>C", "22.1%"],
             ["KMT2D", "p.Pro2354Leu", "c.7061C>T", "11.7%"]], widths=[0.15, 0.3, 0.3, 0.25])
    r.h2("Relevant negatives", rule=True)
    r.table([["Alteration type", "Genes evaluated with no reportable alteration"],
             ["Short variants (SNV/indel)", "KRAS, BRAF, ERBB2"],
             ["MET exon 14 skipping", "Not detected"],
             ["Gene fusions (RNA)", "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 - no fusion detected"]],
            widths=[0.3, 0.7])
    r.h2("Interpretation")
    r.p("An activating EGFR L858R substitution in exon 21 was identified at a variant allele fraction of 31.4%. "
        "This alteration predicts sensitivity to EGFR tyrosine kinase inhibitors. A co-occurring TP53 R273H "
        "missense variant was also detected. No ALK, ROS1 or RET rearrangement was identified by RNA sequencing.")
    r.br()
    r.h2("Genes analyzed (DNA)")
    r.small("ABL1 AKT1 ALK APC AR ARID1A ATM BRAF BRCA1 BRCA2 CDK4 CDKN2A EGFR ERBB2 ESR1 FGFR1 FGFR2 FGFR3 "
            "HRAS IDH1 IDH2 KIT KRAS MET MLH1 MSH2 MSH6 MYC NRAS NTRK1 NTRK2 NTRK3 PIK3CA PMS2 PTEN RET ROS1 "
            "SMAD4 STK11 TP53 ... (full list of 523 genes available on request)")
    r.h2("Methods")
    r.small("DNA and RNA were extracted from macrodissected FFPE tissue. Hybrid-capture libraries were sequenced "
            "to a median unique depth of 612x. TMB is calculated from non-synonymous somatic variants over 1.2 Mb "
            "of coding sequence; a cut-off of 10 mutations per megabase defines TMB-High. MSI is assessed at 130 loci.")
    r.h2("Limitations")
    r.small("Copy number changes below 4 copies may not be detected at tumor content below 30%. Germline origin of "
            "variants cannot be determined; BRCA1, BRCA2 and TP53 variants may be germline. A negative result does "
            "not exclude an alteration present below the limit of detection (5% VAF).")
    r.br()
    r.h2("Therapies with potential clinical benefit")
    r.table([["Alteration", "FDA-approved in this tumor type", "Approved in other tumor types", "Clinical trials"],
             ["EGFR L858R", "osimertinib, erlotinib, gefitinib, afatinib, dacomitinib", "-", "4 (see below)"],
             ["TP53 R273H", "-", "-", "1"]], widths=[0.2, 0.35, 0.2, 0.25])
    r.h2("Selected clinical trials (matched on alteration; eligibility not assessed)")
    r.table([["Trial ID", "Title", "Matched gene"],
             ["NCT-FAKE-0001", "Fourth-generation EGFR TKI after osimertinib progression", "EGFR"],
             ["NCT-FAKE-0002", "Amivantamab combinations in EGFR-mutant NSCLC", "EGFR"],
             ["NCT-FAKE-0003", "MET inhibitor plus osimertinib for MET-amplified resistance", "EGFR"],
             ["NCT-FAKE-0004", "ALK/ROS1 inhibitor basket (for reference only; not matched)", "-"],
             ["NCT-FAKE-0005", "p53 reactivator in TP53 Y220C tumors", "TP53"]], widths=[0.2, 0.6, 0.2])
    r.h2("References")
    r.small("1. Invented E, et al. EGFR mutations in lung adenocarcinoma. Fict J Thorac Oncol. 2019;1:1-10. "
            "2. Invented F, et al. KRAS G12C and BRAF V600E as targets in NSCLC. Fict Lancet Oncol. 2022;5:20-30. "
            "3. Invented G. ALK, ROS1, RET and NTRK fusions: a review. Fict Ann Oncol. 2023;2:3-9.")
    r.small("Disclaimer: Drug and trial associations are provided for information and do not constitute treatment "
            "recommendations. ALK, ROS1, RET and NTRK inhibitors are listed in trial entries for reference only.")
    r.sign("R. Okafor, MD, PhD", "11/18/2026 14:02 CST")
    r.lab(L("EGFR", "mutation", "positive", ["p.Leu858Arg", "EGFR L858R"], alteration="L858R"),
          L("TP53", "mutation", "positive", "p.Arg273His", alteration="R273H"),
          L("TMB", "signature", "negative", "4 Muts/Mb", value="4 mut/Mb"),
          L("MSI", "signature", "negative", "MS-Stable"),
          L("KRAS", "mutation", "negative", "KRAS, BRAF, ERBB2"),
          L("BRAF", "mutation", "negative", "KRAS, BRAF, ERBB2"),
          L("HER2", "mutation", "negative", "KRAS, BRAF, ERBB2"),
          L("MET", "mutation", "negative", "MET exon 14 skipping"),
          L("ALK", "fusion", "negative", "ALK, ROS1, RET, NTRK1"),
          L("ROS1", "fusion", "negative", "ALK, ROS1, RET, NTRK1"),
          L("RET", "fusion", "negative", "ALK, ROS1, RET, NTRK1"),
          L("NTRK", "fusion", "negative", "NTRK3 - no fusion detected"))
    return r


LAB_EU1 = {"name": "Institut fur Pathologie - Molekularpathologie, CANARY Universitatsklinikum",
           "region": "eu", "head": "rule", "color": "#5a1f1f",
           "addr": ["Invented-Strasse 12, 00000 Nordstadt", "Tel. +49 000 0000-0", "Akkreditiert nach DIN EN ISO 15189 (fiktiv)"],
           "foot": "Befund nur zur Verwendung durch den behandelnden Arzt / for the treating physician only.",
           "acc": "M-26-03318", "pagefmt": "Seite %d von %d"}


def r2802():
    r = Report("2802", LAB_EU1, title="Molekularpathologischer Befund / Molecular Pathology Report (NGS)")
    patient_block(r, [("Eingangsnummer", "E-2026-55120"), ("Material", "Kolonresektat, Block 4"),
                      ("Diagnose", "Adenokarzinom des Colon sigmoideum, pT3 pN1b"),
                      ("Tumorzellgehalt", "ca. 60 %")])
    r.h2("Fragestellung")
    r.p("RAS/BRAF status, MSI and TMB prior to first-line therapy (metastatic colorectal cancer).")
    r.h2("Ergebnis / Result")
    r.table([["Gen", "Exon", "Nukleotid", "Protein", "Allelfrequenz", "Klassifikation"],
             ["KRAS", "2", "c.35G>A", "p.(Gly12Asp)", "38 %", "pathogen (Klasse 5)"],
             ["PIK3CA", "9", "c.1633G>A", "p.(Glu545Lys)", "21 %", "pathogen (Klasse 5)"],
             ["APC", "16", "c.4348C>T", "p.(Arg1450*)", "41 %", "pathogen (Klasse 5)"],
             ["POLE", "13", "c.1270C>G", "p.(Leu424Val)", "3 %", "VUS (Klasse 3)"],
             ["ERBB2", "-", "-", "keine Amplifikation", "-", "-"]],
            widths=[0.1, 0.07, 0.15, 0.22, 0.14, 0.32], style="lines")
    r.p("NRAS (Exons 2, 3, 4): Wildtyp.   BRAF (Exon 15): Wildtyp.")
    r.kv([("Mikrosatellitenstatus", "mikrosatellitenstabil (MSS)"),
          ("Tumormutationslast (TMB)", "6,2 Mutationen/Mb (niedrig; Grenzwert 10 Mut/Mb)")], kw=0.4)
    r.h2("Beurteilung / Interpretation")
    r.p("Nachweis einer pathogenen KRAS-Mutation p.(Gly12Asp) in Exon 2. Damit liegt ein RAS-mutierter Tumor vor; "
        "eine Anti-EGFR-Therapie ist nicht indiziert. Zusatzlich PIK3CA p.(Glu545Lys). Kein Nachweis einer NRAS- "
        "oder BRAF-Mutation. Keine HER2 (ERBB2)-Amplifikation. Die POLE-Variante p.(Leu424Val) ist als Variante "
        "unklarer Signifikanz einzustufen und liegt unterhalb der Nachweisgrenze fur eine sichere Bewertung.")
    r.h2("Methodik")
    r.small("Targeted NGS (fiktives Panel CANARY-CRC v3, 48 Gene inkl. KRAS, NRAS, BRAF, PIK3CA, ERBB2, TP53, "
            "POLE); Sequenzierung mit mittlerer Abdeckung 1450x; Nachweisgrenze 5 % Allelfrequenz. MSI aus NGS "
            "an 60 Loci. TMB aus 1,1 Mb kodierender Sequenz. Klassifikation nach ACMG/IARC 5-Klassen-System.")
    r.br()
    r.h2("Abgedeckte Regionen / Regions covered (Auszug)")
    r.table([["Gen", "Transkript", "Exons", "Mittlere Abdeckung", "Anteil >= 500x"],
             ["KRAS", "NM_004985.5", "2, 3, 4", "1,812x", "100%"],
             ["NRAS", "NM_002524.5", "2, 3, 4", "1,644x", "100%"],
             ["BRAF", "NM_004333.6", "11, 15", "1,390x", "100%"],
             ["PIK3CA", "NM_006218.4", "9, 20", "1,521x", "100%"],
             ["ERBB2", "NM_004448.4", "CNV + 8, 17-21", "1,205x", "98%"],
             ["TP53", "NM_000546.6", "2-11", "1,330x", "99%"],
             ["POLE", "NM_006231.4", "9-14", "980x", "96%"]], widths=[0.12, 0.22, 0.22, 0.22, 0.22], style="grid")
    r.small("Die Abdeckungstabelle beschreibt die technische Qualitat und ist kein Befund. / The coverage table describes "
            "technical quality and is not a result.")
    r.h2("Qualitatskontrolle")
    r.kv([("DNA-Menge", "84 ng"), ("Fragmentlange (Median)", "178 bp"), ("Lauf-ID", "RUN-26-0412 (fiktiv)"),
          ("Positivkontrolle", "KRAS p.(Gly13Asp) Referenz-DNA: nachgewiesen (erwartet)")], kw=0.4)
    r.small("Literatur: 1. Invented A et al. RAS testing in colorectal cancer. J Fict Oncol 2021;3:1-9.")
    r.sign("Prof. Dr. med. K. Brandt / Dr. rer. nat. L. Vogel", "19.11.2026")
    r.lab(L("KRAS", "mutation", "positive", "p.(Gly12Asp)", alteration="G12D"),
          L("PIK3CA", "mutation", "positive", "p.(Glu545Lys)", alteration="E545K"),
          L("NRAS", "mutation", "negative", "NRAS (Exons 2, 3, 4): Wildtyp"),
          L("BRAF", "mutation", "negative", "BRAF (Exon 15): Wildtyp"),
          L("HER2", "amplification", "negative", ["keine Amplifikation", "Keine HER2 (ERBB2)-Amplifikation"]),
          L("MSI", "signature", "negative", "mikrosatellitenstabil (MSS)"),
          L("TMB", "signature", "negative", "6,2 Mutationen/Mb", value="6.2 mut/Mb"))
    return r


LAB_AS1 = {"name": "CANARY Harbour General Hospital - Precision Medicine Unit", "region": "as", "head": "center",
           "color": "#0b6b5a", "addr": ["Block 7, Level 3, 21 Invented Road, Harbour City", "Department of Molecular Pathology  |  Tel (00) 0000 0000"],
           "foot": "Report generated by the Laboratory Information System. Results relate only to the specimen tested.",
           "acc": "PMU/26/1187"}


def r2803():
    r = Report("2803", LAB_AS1, title="Comprehensive Cancer Gene Panel - Tumour Tissue")
    patient_block(r, [("Lab No.", "PMU/26/1187"), ("Specimen", "Stomach, endoscopic biopsy x4"),
                      ("Clinical diagnosis", "Gastric adenocarcinoma, intestinal type, stage IV"),
                      ("Requested by", "Upper GI Oncology Clinic")], cols=2)
    r.h2("1. Results at a glance")
    r.table([["Category", "Finding", "Clinical relevance"],
             ["Copy number", "ERBB2 amplification (estimated copy number 18)", "Level 1 - eligible for HER2-directed therapy"],
             ["SNV / indel", "TP53 c.524G>A p.(Arg175His), VAF 52%", "Pathogenic"],
             ["SNV / indel", "CDH1 c.1018A>G p.(Thr340Ala), VAF 49%", "Uncertain significance"],
             ["MSI", "Stable (MSS)", "-"],
             ["TMB", "3.1 mutations per megabase", "Low (cut-off 10)"]],
            widths=[0.18, 0.47, 0.35])
    r.h2("2. Copy number alterations")
    r.p("ERBB2 (HER2) amplification detected; estimated copy number 18. CCNE1 gain (copy number 5), uncertain significance. "
        "KRAS: no amplification detected. MET: no amplification detected.")
    r.h2("3. Pending / additional tests")
    r.p("PD-L1 (22C3) combined positive score and Claudin 18.2 immunohistochemistry have been requested and will be "
        "issued in a supplementary report.")
    r.h2("4. Comment")
    r.p("HER2 amplification is confirmed in this gastric adenocarcinoma. Correlation with HER2 immunohistochemistry "
        "(requested separately) is advised per local protocol. The tumour is microsatellite stable with low tumour "
        "mutational burden.")
    r.br()
    r.h2("5. Genes included in the panel")
    gene_grid(r, GENES[:72], ncols=9, header="Coverage list (all exons unless stated). Inclusion in this list does not indicate a result.")
    r.h2("6. Disclaimer")
    r.small("This test does not detect gene fusions. Absence of a reported variant in a listed gene does not exclude a variant "
            "below the limit of detection or in regions of low coverage (e.g. GC-rich first exons of CDKN2A, TP53 exon 1).")
    r.small("Panel: 161 genes (fictitious CANARY OncoPanel v2). Limit of detection 5% allele frequency; copy number "
            "estimates assume tumour purity of 50%. Reference: Invented B, Gastric Cancer Panel Study, 2024.")
    r.sign("Dr. M. Tan, Consultant Pathologist", "20 Nov 2026")
    r.lab(L("HER2", "amplification", "positive", "ERBB2 amplification (estimated copy number 18)", alteration="amplification"),
          L("TP53", "mutation", "positive", "p.(Arg175His)", alteration="R175H"),
          L("MSI", "signature", "negative", "Stable (MSS)"),
          L("TMB", "signature", "negative", "3.1 mutations per megabase", value="3.1 mut/Mb"),
          L("KRAS", "amplification", "negative", "KRAS: no amplification detected"),
          L("MET", "amplification", "negative", "MET: no amplification detected"))
    return r


LAB_US2 = {"name": "CANARY PEAK ONCOLOGY DIAGNOSTICS", "region": "us", "head": "rule", "color": "#3b2a6b",
           "addr": ["1 Invented Plaza, Denver Ridge, CO 00000", "Phone 000-000-0000  Fax 000-000-0001", "CLIA 99D9999902"],
           "foot": "PEAK OncoSeq is a laboratory-developed test. Results should be interpreted in the clinical context.",
           "acc": "PK-26-118832"}


def r2804():
    r = Report("2804", LAB_US2, title="PEAK OncoSeq 324 - Final Report")
    r.cols(["**Patient:** Patient A CANARY2804", "**DOB:** 02/14/1961", "**Sex:** Female",
            "**Diagnosis:** Endometrial endometrioid adenocarcinoma, FIGO grade 2"],
           ["**Specimen:** Hysterectomy, block A7", "**Collected:** 10/29/2026", "**Received:** 11/02/2026",
            "**Accession:** PK-26-118832"])
    r.h2("IMMUNOTHERAPY BIOMARKERS")
    r.table([["MSI STATUS", "TMB", "PD-L1"],
             ["MSI-HIGH", "38 muts/Mb  (HIGH; 97th percentile)", "Not requested"]],
            widths=[0.3, 0.4, 0.3], keep=True)
    r.small("TMB-High: >= 10 muts/Mb. MSI determined from 2,100 microsatellite loci.")
    r.h2("GENOMIC ALTERATIONS IDENTIFIED")
    r.table([["GENE", "ALTERATION", "VAF %", "THERAPY ASSOCIATIONS (this tumor type)"],
             ["PIK3CA", "H1047R", "29", "Investigational"],
             ["KRAS", "G12V", "17", "None"],
             ["PTEN", "K267fs*9", "35", "Investigational"],
             ["ARID1A", "Q1334*", "33", "None"]],
            widths=[0.15, 0.25, 0.1, 0.5])
    r.h2("VARIANTS OF UNKNOWN SIGNIFICANCE")
    r.p("POLE V1446fs (VAF 8%), MSH6 F1088fs (VAF 12%), KMT2C R4693W. These variants are of unknown "
        "significance and are not reported as clinically relevant alterations.")
    r.h2("NO REPORTABLE ALTERATIONS")
    r.p("TP53 - no alteration detected.")
    r.h2("INTERPRETATION")
    r.p("The tumor is MSI-High with a high tumor mutational burden, consistent with mismatch repair deficiency. "
        "Immunohistochemistry for MLH1, PMS2, MSH2 and MSH6, and MLH1 promoter methylation testing, are recommended "
        "to evaluate for Lynch syndrome. Patients with MSI-H tumors may be candidates for immune checkpoint inhibitors.")
    r.h2("METHODOLOGY AND LIMITATIONS")
    r.small("Hybrid capture of 324 genes; average depth 700x. Variants below 5% VAF are not reported. Some hypermutated "
            "tumors harbour many subclonal variants that are reported as VUS. This test is not designed to detect germline "
            "variants. Gene rearrangements are assessed only for ALK, ROS1, RET and NTRK1 introns (DNA).")
    r.br()
    r.h2("GENES ASSAYED")
    gene_grid(r, GENES, ncols=10, header="Entire coding sequence for base substitutions, insertions/deletions and copy number alterations:")
    r.h2("QUALITY METRICS")
    r.table([["Metric", "Value", "Specification"],
             ["Tumor purity (computational)", "55%", ">= 20%"],
             ["Median exon coverage", "702x", ">= 500x"],
             ["Exons at > 100x", "99.1%", ">= 95%"]], widths=[0.4, 0.3, 0.3], style="lines")
    r.h2("PROFESSIONAL SERVICES")
    r.small("Reported variants are classified according to AMP/ASCO/CAP 2017 tiers. Evidence for therapy associations was "
            "last updated 10/2026. Pembrolizumab and dostarlimab are approved for MSI-H / dMMR solid tumors; this statement "
            "is general and not a result.")
    r.sign("J. Whitfield, MD", "11/09/2026")
    r.lab(L("MSI", "signature", "positive", "MSI-HIGH"),
          L("TMB", "signature", "positive", "38 muts/Mb", value="38 mut/Mb"),
          L("PIK3CA", "mutation", "positive", "H1047R", alteration="H1047R"),
          L("KRAS", "mutation", "positive", "G12V", alteration="G12V"),
          L("TP53", "mutation", "negative", "TP53 - no alteration detected."))
    return r


LAB_EU2 = {"name": "CANARY Leiden-Noord Academic Centre, Dept. of Pathology", "region": "eu", "head": "band",
           "color": "#22577a", "addr": ["Invented Lane 8, 0000 AB Noordhaven (NL)", "Laboratory for Molecular Diagnostics"],
           "foot": "Accredited laboratory (fictitious registration M999). Report CANARY-ML-26-2211.",
           "acc": "ML-26-2211"}


def r2805():
    r = Report("2805", LAB_EU2, title="Tumour BRCA and HRR gene panel with genomic signatures")
    patient_block(r, [("Specimen", "Omentum, biopsy (T26-40127 B)"), ("Neoplastic cell %", "70%"),
                      ("Indication", "High-grade serous ovarian carcinoma, PARP inhibitor eligibility")])
    r.box("Conclusion", ["**Pathogenic BRCA1 variant detected** - c.5266dup, p.(Gln1756Profs*74)",
                         "Pathogenic TP53 variant: c.659A>G, p.(Tyr220Cys)",
                         "BRCA2: no pathogenic or likely pathogenic variant detected",
                         "HRD score: 58 (positive, threshold 42)"], fill="#eef6fb")
    r.h2("Detailed results")
    r.table([["Gene", "Transcript", "cDNA", "Protein", "VAF", "Class"],
             ["BRCA1", "NM_007294.4", "c.5266dup", "p.(Gln1756Profs*74)", "81%", "5 - pathogenic"],
             ["TP53", "NM_000546.6", "c.659A>G", "p.(Tyr220Cys)", "77%", "5 - pathogenic"],
             ["BRCA2", "NM_000059.4", "c.1114A>C", "p.(Asn372His)", "49%", "1 - benign"],
             ["RAD51C", "NM_058216.3", "c.404G>A", "p.(Cys135Tyr)", "46%", "3 - VUS"]],
            widths=[0.1, 0.17, 0.15, 0.25, 0.08, 0.25], style="grid")
    r.h2("Genomic signatures")
    r.p("Tumour mutational burden: 2 mut/Mb (low; laboratory threshold 10 mut/Mb). Microsatellite status: stable.")
    r.h2("Interpretation")
    r.p("The BRCA1 frameshift variant c.5266dup (also known as 5382insC) is a well-described founder variant. Its high "
        "allele fraction is consistent with germline origin or loss of heterozygosity; referral to clinical genetics "
        "for germline testing is recommended. The BRCA2 p.(Asn372His) variant is a common polymorphism.")
    r.br()
    r.h2("Coverage per gene (technical)")
    r.table([["Gene", "Exons", "Mean depth", "Bases >= 200x"],
             ["BRCA1", "2-24", "842x", "100%"], ["BRCA2", "2-27", "790x", "99.8%"], ["PALB2", "1-13", "701x", "100%"],
             ["RAD51C", "1-9", "655x", "100%"], ["RAD51D", "1-10", "690x", "100%"], ["ATM", "2-63", "612x", "99.1%"],
             ["CHEK2", "2-15", "580x", "97.4%"], ["TP53", "2-11", "910x", "100%"]],
            widths=[0.25, 0.25, 0.25, 0.25], style="grid")
    r.h2("Homologous recombination deficiency (HRD)")
    r.p("Genomic instability score 58 (loss of heterozygosity, telomeric allelic imbalance and large-scale state "
        "transitions); laboratory threshold 42. HRD status: positive.")
    r.small("Method: hybrid-capture NGS of 28 HRR genes (BRCA1, BRCA2, PALB2, RAD51C, RAD51D, ATM, CHEK2 ...). "
            "Large genomic rearrangements in BRCA1/BRCA2 are not reliably detected. Variant classification according "
            "to ACMG/AMP and ENIGMA criteria.")
    r.sign("dr. E. de Wit, clinical molecular biologist in pathology", "21-11-2026")
    r.lab(L("BRCA1", "mutation", "positive", "p.(Gln1756Profs*74)", alteration="Q1756Pfs*74"),
          L("TP53", "mutation", "positive", "p.(Tyr220Cys)", alteration="Y220C"),
          L("BRCA2", "mutation", "negative", "BRCA2: no pathogenic or likely pathogenic variant detected"),
          L("TMB", "signature", "negative", "2 mut/Mb (low", value="2 mut/Mb"),
          L("MSI", "signature", "negative", "Microsatellite status: stable"))
    return r


LAB_US3 = {"name": "CANARY Bloodline Diagnostics", "region": "us", "head": "center", "color": "#8a1c3a",
           "addr": ["Liquid Biopsy Laboratory  |  77 Invented Way, Redwood Point, CA 00000", "CLIA 99D9999903  CAP 9990003"],
           "foot": "Bloodline cfDNA 74 is a laboratory-developed test. A negative result does not rule out alterations in the tumor.",
           "acc": "BL-7740213"}


def r2806():
    r = Report("2806", LAB_US3, title="Bloodline cfDNA 74 - Plasma Genotyping Report")
    patient_block(r, [("Specimen", "Whole blood, 2 x 10 mL Streck tubes"), ("Collected", "11/12/2026"),
                      ("Diagnosis", "Lung adenocarcinoma, stage IVB"), ("Ordering", "Dr. CANARY Imani")])
    r.h2("Summary")
    r.p("**2 alterations detected** in cell-free DNA.  Maximum somatic allele frequency (MSAF): 2.3%.")
    r.table([["Detected alteration", "% cfDNA", "Cell-free amplification", "Associated therapies"],
             ["EGFR E746_A750del (exon 19 deletion)", "2.3%", "", "Osimertinib, erlotinib, gefitinib, afatinib"],
             ["TP53 R248Q", "1.1%", "", "None"]],
            widths=[0.36, 0.12, 0.2, 0.32])
    r.small("% cfDNA = percentage of cell-free DNA fragments carrying the alteration.")
    r.h2("Alterations not detected")
    r.p("The following genes were analyzed and no alterations were detected: ALK, BRAF, KRAS, MET, ROS1.")
    r.p("Microsatellite instability (MSI-High): NOT DETECTED")
    r.p("Blood TMB: not evaluable (insufficient tumor-derived DNA fraction).")
    r.h2("Interpretation")
    r.p("An EGFR exon 19 deletion was detected in plasma, consistent with an EGFR-driven lung cancer. Low MSAF may "
        "reflect low tumor shedding; if clinically indicated, tissue testing should be considered for genes where no "
        "alteration was detected.")
    r.h2("Genes on panel")
    r.small("Point mutations: AKT1 ALK APC AR ARAF BRAF BRCA1 BRCA2 CDK12 CTNNB1 EGFR ERBB2 ESR1 FGFR1 FGFR2 HRAS IDH1 "
            "IDH2 KIT KRAS MAP2K1 MET NRAS NTRK1 PIK3CA PTEN RET ROS1 TP53. Fusions: ALK FGFR2 FGFR3 NTRK1 RET ROS1. "
            "Amplifications: EGFR ERBB2 MET.")
    r.small("Limitation: cfDNA analysis may miss alterations in tumors that shed little DNA. Clonal hematopoiesis "
            "variants (e.g. in TP53) may be detected and attributed to the tumor.")
    r.br()
    r.h2("Variant allele fraction chart (text summary)")
    r.table([["Alteration", "0.1%", "0.5%", "1%", "2%", "5%"],
             ["EGFR E746_A750del", "", "", "", "#", ""],
             ["TP53 R248Q", "", "", "#", "", ""]], widths=[0.3, 0.14, 0.14, 0.14, 0.14, 0.14], style="grid")
    r.h2("Patient history (as provided by ordering clinician)")
    r.p("No prior Bloodline results. Tissue testing at outside institution: insufficient material.")
    r.h2("Disclaimer")
    r.small("Bloodline cfDNA 74 does not report germline variants. Alterations in genes commonly mutated in clonal "
            "hematopoiesis (DNMT3A, TET2, ASXL1, and in some cases TP53, KRAS) may not originate from the tumor. The "
            "absence of a detected ALK or ROS1 fusion in plasma has reduced sensitivity compared with tissue.")
    r.sign("A. Brightwater, MD", "11/19/2026")
    r.lab(L("EGFR", "mutation", "positive", "EGFR E746_A750del (exon 19 deletion)", alteration="E746_A750del"),
          L("TP53", "mutation", "positive", "TP53 R248Q", alteration="R248Q"),
          L("BRAF", "mutation", "negative", "ALK, BRAF, KRAS, MET, ROS1"),
          L("KRAS", "mutation", "negative", "ALK, BRAF, KRAS, MET, ROS1"),
          L("ALK", "fusion", "negative", "ALK, BRAF, KRAS, MET, ROS1", optional=True),
          L("ROS1", "fusion", "negative", "ALK, BRAF, KRAS, MET, ROS1", optional=True),
          L("MET", "mutation", "negative", "ALK, BRAF, KRAS, MET, ROS1", optional=True),
          L("MSI", "signature", "negative", "Microsatellite instability (MSI-High): NOT DETECTED"))
    return r


LAB_EU3 = {"name": "CANARY Hopital Universitaire de Valmont - Plateforme de Genetique Moleculaire des Cancers",
           "region": "eu", "head": "rule", "color": "#004b87",
           "addr": ["00 rue Imaginaire, 00000 Valmont", "Laboratoire accredite (fictif)"],
           "foot": "Compte rendu valide biologiquement. Reproduction partielle interdite.", "acc": "PGMC-26-0912",
           "pagefmt": "Page %d / %d"}


def r2807():
    r = Report("2807", LAB_EU3, title="Liquid biopsy - circulating tumour DNA (ctDNA) report")
    patient_block(r, [("Prelevement", "Plasma (EDTA), 14/11/2026"), ("Indication", "Metastatic breast carcinoma, progression on aromatase inhibitor")])
    r.h2("Clinical information")
    r.p("Invasive ductal carcinoma of the left breast diagnosed 2021 (biopsy H21-3302): ER positive (95%), PR positive (40%), "
        "HER2 score 1+. Now hepatic metastases.")
    r.h2("Results")
    r.table([["Gene", "Variant (HGVS)", "Mutant allele frequency", "Interpretation"],
             ["PIK3CA", "c.3140A>G p.(His1047Arg)", "4.1 %", "Pathogenic - actionable (alpelisib / capivasertib)"],
             ["ESR1", "c.1610A>C p.(Tyr537Ser)", "0.9 %", "Pathogenic - endocrine resistance"],
             ["GATA3", "c.1224_1225insG p.(Pro409Alafs*99)", "3.8 %", "Likely pathogenic"]],
            widths=[0.12, 0.33, 0.18, 0.37])
    r.p("No variant detected in: AKT1, ERBB2, TP53, BRCA1, BRCA2, PTEN (coding regions covered).")
    r.h2("Quality")
    r.p("cfDNA yield 18 ng; estimated tumour fraction 6%. Sensitivity for variants at 0.5% allele frequency: 90%.")
    r.h2("Conclusion")
    r.p("Detection in plasma of a PIK3CA p.(His1047Arg) mutation and an ESR1 p.(Tyr537Ser) resistance mutation. "
        "No alteration detected in the other genes analysed. A negative result does not exclude the presence of "
        "these alterations in the tumour.")
    r.br()
    r.h2("Genes et regions analyses / Genes and regions analysed")
    r.table([["Gene", "Regions", "Gene", "Regions"],
             ["AKT1", "exon 3 (E17)", "ESR1", "exons 5-8 (LBD)"],
             ["BRCA1", "all coding exons", "GATA3", "exons 5-6"],
             ["BRCA2", "all coding exons", "PIK3CA", "exons 2, 5, 8, 10, 21"],
             ["ERBB2", "exons 8, 17-21", "PTEN", "all coding exons"],
             ["TP53", "exons 2-11", "", ""]], widths=[0.15, 0.35, 0.15, 0.35], style="grid")
    r.h2("Methode")
    r.small("Extraction cfDNA (fictitious kit), NGS with unique molecular identifiers, mean depth after deduplication "
            "4,800x. Limit of detection 0.5% VAF. Germline variants (VAF 40-60%) are filtered and not reported.")
    r.h2("References")
    r.small("Invented H, et al. ESR1 mutations in ctDNA. Fict Breast Cancer Res. 2020. Invented I. PIK3CA testing in HR+ "
            "breast cancer: guideline (fictitious) 2024.")
    r.sign("Dr C. Marchand, biologiste", "18/11/2026")
    r.lab(L("PIK3CA", "mutation", "positive", "p.(His1047Arg)", alteration="H1047R"),
          L("HER2", "mutation", "negative", "AKT1, ERBB2, TP53, BRCA1, BRCA2, PTEN"),
          L("TP53", "mutation", "negative", "AKT1, ERBB2, TP53, BRCA1, BRCA2, PTEN"),
          L("BRCA1", "mutation", "negative", "AKT1, ERBB2, TP53, BRCA1, BRCA2, PTEN"),
          L("BRCA2", "mutation", "negative", "AKT1, ERBB2, TP53, BRCA1, BRCA2, PTEN"),
          L("ER", "expression", "positive", "ER positive (95%)", percent=95),
          L("PR", "expression", "positive", "PR positive (40%)", percent=40),
          L("HER2", "expression", "negative", "HER2 score 1+", ihc_score="1+"))
    return r


REPORTS = {f.__name__[1:]: f for f in [r2801, r2802, r2803, r2804, r2805, r2806, r2807]}
