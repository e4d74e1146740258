"""Reports 3121-3130. Everything here is invented."""
from kit import *  # noqa: F401,F403
from kit import A4, letter, mm, colors, Spacer, PageBreak, CondPageBreak, KeepTogether, ParagraphStyle


def rep3121():
    t = Theme(family="helv", size=8.8, accent=colors.HexColor("#880e4f"), lab="Corvid HRD Diagnostics",
              header="Corvid HRD Diagnostics - Homologous Recombination Deficiency Assay",
              header_right="Order CHD-26-60121", footer="Page {p} of {n}", footer_align="right",
              footer_left="Patient: CANARY3121, Dana")
    st = S(t); W = width(t)
    s = [letterhead(st, "CORVID HRD DIAGNOSTICS", ["Tumour HRD status with BRCA1/BRCA2 sequencing"],
                    ["Report date: 2026-03-04", "Status: Final"]),
         Spacer(1, 6),
         kv([("Patient", "Dana CANARY3121"), ("Diagnosis", "High-grade serous carcinoma, ovary, FIGO IIIC"),
             ("Specimen", "Omentum, interval debulking, block 7"), ("Tumour content", "65%")], st, [30 * mm, W - 30 * mm]),
         Spacer(1, 8),
         grid([["HRD STATUS", "Genomic Instability Score (GIS)", "Tumour BRCA1/BRCA2"],
               ["POSITIVE", "52 (threshold 42)", "BRCA1 mutation detected"]],
              st, [W / 3] * 3, lines="box", head_bg=colors.HexColor("#f8bbd0")),
         Spacer(1, 8), P("Tumour BRCA1/BRCA2 sequence variants", st.h2),
         grid([["Gene", "Variant", "Protein effect", "Variant allele fraction", "Classification"],
               ["BRCA1", "c.5266dupC", "p.Gln1756Profs*74", "71%", "Pathogenic"],
               ["BRCA2", "No pathogenic or likely pathogenic variant detected", "", "", ""]],
              st, [18 * mm, 46 * mm, 34 * mm, 34 * mm, W - 132 * mm], lines="grid"),
         Spacer(1, 6),
         P("Interpretation: The tumour is HRD-positive on the basis of both a pathogenic BRCA1 variant and a GIS above the "
           "threshold. This assay does not distinguish germline from somatic origin; germline testing is recommended "
           "(the VAF of 71% suggests loss of heterozygosity).", st.just),
         P("GIS combines loss of heterozygosity, telomeric allelic imbalance and large-scale state transitions. "
           "A score of 42 or more is HRD-positive.", st.small),
         Spacer(1, 8), P("Medical director: Linnea Haugland, MD", st.small)]
    labels = [
        L("BRCA1", "mutation", "positive", ["p.Gln1756Profs*74", "BRCA1 mutation detected"], alteration="Q1756Pfs*74"),
        L("BRCA2", "mutation", "negative", ["BRCA2 No pathogenic or likely pathogenic variant detected"]),
    ]
    s += appendix(st, 1, ['BRCA1', 'BRCA2'], 'Genes sequenced')
    return Report(t, s, labels)


def rep3122():
    t = Theme(family="serif", size=8.8, accent=colors.HexColor("#004d7a"), lab="Hollins Hereditary & Tumour Genomics",
              header="Hollins Hereditary & Tumour Genomics", header_right="Paired germline / somatic report",
              footer="HHTG-26-3122  |  Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Hollins Hereditary & Tumour Genomics", ["BRCA1/BRCA2 germline and somatic analysis (paired)"],
                    ["Patient: Marlow CANARY3122", "DOB 1979-05-05", "Reported 2026-10-02"]),
         Spacer(1, 6),
         P("Specimens: (1) peripheral blood, EDTA - germline; (2) left breast, core biopsy, block B2 - tumour "
           "(triple-negative invasive carcinoma).", st.body),
         P("PART A - GERMLINE RESULT", st.h2),
         box([P("POSITIVE: One pathogenic variant identified.", st.cellb),
              P("BRCA2 c.6275_6276delTT, p.Leu2092Profs*7, heterozygous, Pathogenic", st.cell)], st, W,
             bg=colors.HexColor("#e1f0f8")),
         P("No pathogenic or likely pathogenic germline variants were identified in BRCA1.", st.body),
         P("A variant of uncertain significance, BRCA1 c.4039A>G p.Arg1347Gly, was also detected and is not "
           "clinically actionable.", st.small),
         P("PART B - SOMATIC (TUMOUR) RESULT", st.h2),
         grid([["Gene", "Alteration", "Tumour VAF", "Origin", "Tier"],
               ["BRCA2", "p.Leu2092Profs*7", "88%", "germline (LOH in tumour)", "I"],
               ["TP53", "p.Tyr220Cys (c.659A>G)", "64%", "somatic", "II"],
               ["BRCA1", "none detected", "-", "-", "-"]],
              st, [20 * mm, 45 * mm, 22 * mm, 45 * mm, W - 132 * mm], lines="ruled"),
         Spacer(1, 6), P("Genetic counselling", st.h3),
         P("First-degree relatives have a 50% chance of carrying the BRCA2 variant; cascade testing is offered. "
           "PARP inhibitor eligibility applies to the germline BRCA2 finding.", st.just),
         P("Genes analysed (germline): BRCA1, BRCA2, PALB2, CHEK2, ATM, TP53, PTEN, CDH1, STK11.", st.tiny),
         Spacer(1, 8), P("Signed: Dr. Ottilie Marsh, Clinical Molecular Geneticist", st.small)]
    labels = [
        L("BRCA2", "mutation", "positive", ["BRCA2 c.6275_6276delTT, p.Leu2092Profs*7"], alteration="L2092Pfs*7"),
        L("BRCA1", "mutation", "negative", ["No pathogenic or likely pathogenic germline variants were identified in BRCA1.",
                                             "BRCA1 none detected"]),
        L("TP53", "mutation", "positive", ["p.Tyr220Cys (c.659A>G)"], alteration="Y220C"),
    ]
    return Report(t, s, labels)


def rep3123():
    t = Theme(family="dvsc", size=8.6, accent=colors.HexColor("#01579b"), lab="Fulcrum RNA Diagnostics",
              header="Fulcrum RNA Diagnostics  |  FusionSeq 60", header_right="FRD-26-00123",
              footer="Page {p} of {n}", footer_align="right", footer_left="CANARY3123, Parker")
    st = S(t); W = width(t)
    s = [letterhead(st, "Fulcrum RNA Diagnostics", ["Targeted RNA fusion panel (anchored multiplex PCR)"],
                    ["Patient: Parker CANARY3123", "Specimen: lung, FNA cell block", "Reported 02/11/2026"],
                    bar=colors.HexColor("#01579b")),
         Spacer(1, 8), P("RESULT: FUSION DETECTED", st.h2),
         grid([["Fusion", "Breakpoint", "Supporting reads", "Frame", "Significance"],
               ["EML4::ALK", "EML4 exon 13 :: ALK exon 20 (variant 1)", "1,842", "in-frame", "Oncogenic; ALK inhibitors"]],
              st, [26 * mm, 58 * mm, 26 * mm, 20 * mm, W - 130 * mm], lines="grid", head_bg=colors.HexColor("#e1f5fe")),
         Spacer(1, 6),
         P("Other targets", st.h3),
         P("Not detected: ROS1 fusions; RET fusions; NTRK1, NTRK2, NTRK3 fusions; NRG1 fusions; FGFR1-3 fusions.", st.body),
         P("MET exon 14 skipping (MET ex13-ex15 junction): not detected.", st.body),
         P("RNA quality: 3,410,220 unique reads; control genes adequate.", st.small),
         Spacer(1, 6), P("Interpretation", st.h3),
         P("An EML4-ALK fusion (variant 1) is present. Variant 1 has been associated with favourable responses to "
           "ALK tyrosine kinase inhibitors.", st.just),
         P("Targets in panel: ALK, BRAF, EGFR, FGFR1, FGFR2, FGFR3, MET, NRG1, NTRK1, NTRK2, NTRK3, RET, ROS1 "
           "and others (60 genes).", st.tiny),
         Spacer(1, 8), P("Approved: Kwame Asante, MD, PhD", st.small)]
    labels = [
        L("ALK", "fusion", "positive", ["EML4::ALK", "EML4-ALK fusion (variant 1) is present"], alteration="EML4-ALK"),
        L("ROS1", "fusion", "negative", ["Not detected: ROS1 fusions"]),
        L("RET", "fusion", "negative", ["RET fusions;"]),
        L("NTRK", "fusion", "negative", ["NTRK1, NTRK2, NTRK3 fusions"]),
        L("MET", "mutation", "negative", ["MET exon 14 skipping (MET ex13-ex15 junction): not detected."], optional=True),
    ]
    s += appendix(st, 6, ['ALK', 'BRAF', 'EGFR', 'FGFR1', 'FGFR2', 'FGFR3', 'MET', 'NRG1', 'NTRK1', 'NTRK2', 'NTRK3', 'RET', 'ROS1'], 'Fusion targets')
    return Report(t, s, labels)


def rep3124():
    t = Theme(family="times", size=9.5, accent=colors.HexColor("#33691e"), lab="Thistle Endocrine Molecular Lab",
              header="Thistle Endocrine Molecular Laboratory", header_right="Thyroid Nodule / Carcinoma Panel",
              footer="TEML 26-T-4124 - Page {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Thistle Endocrine Molecular Laboratory", ["DNA + RNA thyroid cancer panel"],
                    ["Patient: Sawyer CANARY3124", "Received 06/06/2026", "Reported 06/15/2026"]),
         Spacer(1, 6),
         P("Specimen: thyroid, left lobectomy, papillary thyroid carcinoma (classic), block A4; tumour approx. 55%.", st.body),
         Spacer(1, 4),
         grid([["Category", "Target", "Result"],
               ["Gene fusions (RNA)", "RET", "POSITIVE - CCDC6::RET (CCDC6 exon 1 :: RET exon 12)"],
               ["", "NTRK1/2/3", "negative"],
               ["", "ALK", "negative"],
               ["", "PPARG, THADA", "negative"],
               ["Point mutations (DNA)", "BRAF V600E", "negative"],
               ["", "HRAS / NRAS / KRAS codons 12, 13, 61", "negative"],
               ["", "TERT promoter", "negative"],
               ["Copy number", "-", "not assessed"]],
              st, [40 * mm, 55 * mm, W - 95 * mm], lines="grid", head_bg=colors.HexColor("#dcedc8")),
         Spacer(1, 6), P("Interpretation", st.h3),
         P("A CCDC6-RET fusion (RET/PTC1) was identified. RET fusions occur in papillary thyroid carcinoma and are "
           "targetable with selective RET inhibitors in advanced disease.", st.just),
         Spacer(1, 8), P("Molecular pathologist: Dr. Aurelio Pacheco", st.small)]
    labels = [
        L("RET", "fusion", "positive", ["POSITIVE - CCDC6::RET", "CCDC6-RET fusion"], alteration="CCDC6-RET"),
        L("NTRK", "fusion", "negative", ["NTRK1/2/3 negative"]),
        L("ALK", "fusion", "negative", ["ALK negative"]),
        L("BRAF", "mutation", "negative", ["BRAF V600E negative"]),
        L("HRAS", "mutation", "negative", ["HRAS / NRAS / KRAS codons 12, 13, negative"]),
        L("NRAS", "mutation", "negative", ["HRAS / NRAS / KRAS codons 12, 13, negative"]),
        L("KRAS", "mutation", "negative", ["HRAS / NRAS / KRAS codons 12, 13, negative"]),
    ]
    return Report(t, s, labels)


def rep3125():
    t = Theme(family="dvs", size=8.4, accent=colors.HexColor("#3e2723"), lab="Quillon Liquid Genomics",
              header="QUILLON LIQUID GENOMICS  ·  cfDNA 311-gene", header_right="QLG-26-44125 · CANARY3125, Rory",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Quillon Liquid Genomics", ["Plasma comprehensive genomic profile"],
                    ["Rory CANARY3125", "Metastatic castration-resistant prostate cancer", "Reported 2026-07-21"]),
         Spacer(1, 6),
         columns([[P("Tumor fraction", st.h3), P("Elevated: 21% (ctDNA fraction estimate)", st.body)],
                  [P("Microsatellite status", st.h3), P("MSI-High not detected", st.body)],
                  [P("Blood TMB", st.h3), P("Cannot be determined (insufficient unique coverage)", st.body)]],
                 [W / 3] * 3, gap_line=True),
         Spacer(1, 8), P("Genomic findings", st.h2),
         grid([["Gene", "Finding", "Variant allele frequency / copy number", "Classification"],
               ["BRCA2", "R2520* (c.7558C>T) nonsense", "19.4%", "Pathogenic"],
               ["AR", "amplification", "estimated copy number 9", "Oncogenic (resistance-associated)"],
               ["TP53", "c.993+1G>A splice site", "17.8%", "Likely pathogenic"],
               ["ATM", "N1983S", "0.6%", "VUS"]],
              st, [18 * mm, 50 * mm, 55 * mm, W - 123 * mm], lines="rows", head_bg=colors.HexColor("#efebe9")),
         Spacer(1, 6),
         P("Possible clonal haematopoiesis: none of the above variants was flagged.", st.small),
         P("Therapy implications", st.h3),
         P("BRCA2 R2520* supports eligibility for PARP inhibition (olaparib; rucaparib). AR amplification has been "
           "associated with resistance to androgen receptor pathway inhibitors.", st.body),
         P("Germline follow-up: BRCA2 variants detected in plasma may be germline; confirmatory germline testing "
           "is recommended.", st.small),
         Spacer(1, 8), P("Signed: Mateus Ribeiro, MD, Medical Director", st.small)]
    labels = [
        L("BRCA2", "mutation", "positive", ["R2520* (c.7558C>T) nonsense"], alteration="R2520*"),
        L("AR", "amplification", "positive", ["AR amplification estimated copy number 9"]),
        L("MSI", "signature", "negative", ["MSI-High not detected"]),
        L("TP53", "mutation", "positive", ["c.993+1G>A splice site", "Likely pathogenic"]),
    ]
    s += appendix(st, 2, ['ABL1', 'ALK', 'AR', 'ATM', 'BAP1', 'BRCA1', 'CDH1', 'CDK6', 'CHEK2', 'EGFR', 'ERBB3', 'EZH2', 'FGFR1', 'FGFR3', 'GNAQ', 'IDH1', 'JAK2', 'KRAS', 'MET', 'MSH2', 'MTOR', 'NF1', 'NTRK1', 'NTRK3', 'PDGFRA', 'PMS2', 'PTEN', 'RB1', 'ROS1', 'SMO', 'TP53', 'VHL'], 'Selected genes covered')
    return Report(t, s, labels)


def rep3126():
    t = Theme(family="helv", size=8.7, accent=colors.HexColor("#b71c1c"), lab="Sentinel Oncology Sequencing",
              header="SENTINEL ONCOLOGY SEQUENCING - AMENDED REPORT", header_right="SOS-26-1126 (rev. 1)",
              footer="Page {p} of {n}", footer_align="right", footer_left="Patient: CANARY3126, Jessie")
    st = S(t); W = width(t)
    s = [letterhead(st, "Sentinel Oncology Sequencing", ["Solid tumour panel, 161 genes"],
                    ["AMENDED REPORT", "Original: 2026-01-12", "Amended: 2026-01-20"]),
         Spacer(1, 6),
         box([P("AMENDMENT NOTICE", st.cellb),
              P("This report replaces the report issued on 2026-01-12. The KRAS variant was listed in error as "
                "p.G12D (c.35G>A). After review of the sequencing data the correct variant is p.G13D (c.38G>A). "
                "No other results were changed.", st.cell)], st, W, bg=colors.HexColor("#ffebee"),
             border=colors.HexColor("#b71c1c")),
         Spacer(1, 6),
         kv([("Patient", "Jessie CANARY3126"), ("Tumour type", "Adenocarcinoma of the colon, metastatic"),
             ("Specimen", "Liver segment VI resection, block 3C"), ("Tumour %", "45")], st, [28 * mm, W - 28 * mm]),
         Spacer(1, 6), P("Clinically significant variants", st.h2),
         grid([["Gene", "Variant (protein)", "Variant (DNA)", "Allele freq.", "Tier"],
               ["KRAS", "p.G13D", "c.38G>A", "29%", "IA"],
               ["APC", "p.E1309fs", "c.3927_3931del", "41%", "IIC"]],
              st, [20 * mm, 35 * mm, 40 * mm, 24 * mm, 20 * mm], lines="grid"),
         Spacer(1, 6), P("Biomarkers", st.h3),
         P("MSI status: stable. ERBB2 copy number: not amplified. NRAS: wild type. BRAF: wild type.", st.body),
         P("Comment", st.h3),
         P("KRAS G13D predicts lack of benefit from anti-EGFR antibodies in metastatic colorectal cancer.", st.body),
         Spacer(1, 8), P("Amendment authorised by: Viktor Ostrowski, MD", st.small)]
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS p.G13D c.38G>A", "KRAS G13D"], alteration="G13D"),
        L("MSI", "signature", "negative", ["MSI status: stable."]),
        L("HER2", "amplification", "negative", ["ERBB2 copy number: not amplified."]),
        L("NRAS", "mutation", "negative", ["NRAS: wild type."]),
        L("BRAF", "mutation", "negative", ["BRAF: wild type."]),
    ]
    return Report(t, s, labels)


def rep3127():
    t = Theme(family="dvs", size=8.5, accent=colors.HexColor("#00838f"), lab="Tidewater Precision Oncology",
              header="Tidewater Precision Oncology  |  OncoMap-500", header_right="TPO-26-8127  CANARY3127, Sage",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Tidewater Precision Oncology", ["Comprehensive tumour profile (DNA)"],
                    ["Patient: Sage CANARY3127", "Metastatic breast carcinoma (ER+, HER2-negative)", "Reported 14-May-2026"]),
         Spacer(1, 6),
         kv([("Specimen", "Liver biopsy, block A1"), ("Tumour content", "55%"), ("Median coverage", "612x"),
             ("TMB", "6 mutations/Mb"), ("MSI", "Not evaluated on this specimen")], st, [30 * mm, 60 * mm]),
         Spacer(1, 6), P("Table 1. All variants detected", st.h2)]
    rows = [["Gene", "Protein", "Coding", "VAF", "Classification / notes"],
            ["PIK3CA", "p.H1047R", "c.3140A>G", "34%", "Tier I - pathogenic; alpelisib / capivasertib eligible"],
            ["ESR1", "p.D538G", "c.1613A>G", "4%", "Tier I - acquired endocrine resistance"]]
    filler = [("ARID1A", "p.Q586*", "c.1756C>T", "22%", "Tier II - likely pathogenic"),
              ("GATA3", "p.D336fs", "c.1006del", "30%", "Tier III - uncertain"),
              ("KMT2C", "p.S1218T", "c.3652T>A", "48%", "Tier III - VUS"),
              ("NF1", "p.L1243V", "c.3727C>G", "12%", "Tier III - VUS"),
              ("FAT1", "p.A2318T", "c.6952G>A", "51%", "Tier III - VUS"),
              ("LRP1B", "p.R3412Q", "c.10235G>A", "18%", "Tier III - VUS"),
              ("ZFHX3", "p.P1521L", "c.4562C>T", "47%", "Tier III - VUS"),
              ("SPEN", "p.T1122M", "c.3365C>T", "9%", "Tier III - VUS"),
              ("CDH1", "p.A634V", "c.1901C>T", "6%", "Tier III - VUS"),
              ("ATR", "p.E1024K", "c.3070G>A", "49%", "Tier III - VUS"),
              ("NOTCH2", "p.G47S", "c.139G>A", "50%", "Tier III - VUS"),
              ("POLE", "p.R1826W", "c.5476C>T", "50%", "Tier III - VUS"),
              ("RB1", "p.I680T", "c.2039T>C", "8%", "Tier III - VUS"),
              ("KDM6A", "p.S45N", "c.134G>A", "33%", "Tier III - VUS"),
              ("CREBBP", "p.V1105M", "c.3313G>A", "49%", "Tier III - VUS"),
              ("TSC2", "p.R1743Q", "c.5228G>A", "51%", "Tier III - VUS"),
              ("EP300", "p.T1701A", "c.5101A>G", "14%", "Tier III - VUS"),
              ("MAP3K1", "p.E1286V", "c.3857A>T", "27%", "Tier III - VUS"),
              ("PTPRD", "p.V322M", "c.964G>A", "19%", "Tier III - VUS"),
              ("ROS1", "p.T145P", "c.433A>C", "50%", "Tier III - VUS"),
              ("BRIP1", "p.S624L", "c.1871C>T", "52%", "Tier III - VUS"),
              ("SETD2", "p.N1155S", "c.3464A>G", "21%", "Tier III - VUS"),
              ("AXL", "p.R492C", "c.1474C>T", "47%", "Tier III - VUS"),
              ("ERCC4", "p.E875G", "c.2624A>G", "50%", "Tier III - VUS"),
              ("BCOR", "p.P1143S", "c.3427C>T", "31%", "Tier III - VUS"),
              ("DNMT3A", "p.V716I", "c.2146G>A", "2%", "Tier III - VUS (possible CH)"),
              ("GRIN2A", "p.R1067W", "c.3199C>T", "46%", "Tier III - VUS"),
              ("INPP4B", "p.K345R", "c.1034A>G", "49%", "Tier III - VUS"),
              ("JAK1", "p.D709N", "c.2125G>A", "20%", "Tier III - VUS"),
              ("MSH3", "p.A57_A62del", "c.171_188del", "50%", "Tier III - VUS"),
              ("NSD1", "p.E2175K", "c.6523G>A", "26%", "Tier III - VUS"),
              ("PARP1", "p.V762A", "c.2285T>C", "51%", "Tier III - VUS"),
              ("PRKDC", "p.M2683T", "c.8048T>C", "44%", "Tier III - VUS"),
              ("RNF43", "p.G659fs", "c.1976del", "7%", "Tier III - uncertain"),
              ("TET2", "p.I1762V", "c.5284A>G", "49%", "Tier III - VUS"),
              ("ASXL1", "p.G652S", "c.1954G>A", "50%", "Tier III - VUS"),
              ("EPHA7", "p.R382H", "c.1145G>A", "15%", "Tier III - VUS"),
              ("FLT4", "p.N149D", "c.445A>G", "48%", "Tier III - VUS"),
              ("GNAQ", "p.T96S", "c.286A>T", "35%", "Tier III - VUS"),
              ("IRS2", "p.G1057D", "c.3170G>A", "52%", "Tier III - VUS")]
    rows += [list(x) for x in filler]
    rows += [["ERBB2", "p.L755S", "c.2264T>C", "17%", "Tier I - activating HER2 kinase domain mutation (not amplified); neratinib"],
             ["TP53", "p.P72R", "c.215C>G", "50%", "Benign polymorphism - not reported as an alteration"],
             ["CDK12", "p.H1263=", "c.3789C>T", "38%", "Synonymous"]]
    s.append(grid(rows, st, [20 * mm, 24 * mm, 26 * mm, 14 * mm, W - 84 * mm], lines="rows", repeat=1,
                  head_bg=colors.HexColor("#e0f7fa")))
    s += [Spacer(1, 6), P("Copy number and other findings", st.h3),
          P("ERBB2 (HER2): no amplification detected (copy number 2.3). CCND1 amplification (copy number 9).", st.body),
          P("Homologous recombination genes", st.h3),
          P("No pathogenic alterations identified in BRCA1 or BRCA2. PALB2, ATM, CHEK2: none detected.", st.body),
          P("TMB 6 mutations/Mb is given for information; this laboratory does not assign TMB categories for breast cancer.",
            st.small),
          Spacer(1, 8), P("Reviewed by Dr. Imogen Petrakis, Director", st.small)]
    labels = [
        L("PIK3CA", "mutation", "positive", ["PIK3CA p.H1047R c.3140A>G"], alteration="H1047R"),
        L("HER2", "mutation", "positive", ["ERBB2 p.L755S c.2264T>C"], alteration="L755S"),
        L("HER2", "amplification", "negative", ["ERBB2 (HER2): no amplification detected"]),
        L("BRCA1", "mutation", "negative", ["No pathogenic alterations identified in BRCA1 or BRCA2."]),
        L("BRCA2", "mutation", "negative", ["No pathogenic alterations identified in BRCA1 or BRCA2."]),
        L("TMB", "signature", "reported", ["TMB 6 mutations/Mb"], value="6 mut/Mb"),
    ]
    s += appendix(st, 3, ['AKT1', 'ARID1A', 'BRCA1', 'BRCA2', 'CDH1', 'ERBB2', 'ESR1', 'GATA3', 'KMT2C', 'MAP3K1', 'NF1', 'PIK3CA', 'PTEN', 'RB1', 'TP53'], 'Breast-relevant genes covered (not results)')
    return Report(t, s, labels)


def rep3128():
    t = Theme(family="serif", size=9, accent=colors.HexColor("#1a237e"), pagesize=A4,
              lab="Plateforme de Génétique Somatique des Tumeurs (fictive)",
              header="Plateforme de Génétique Somatique des Tumeurs - Compte rendu / Report",
              header_right="N° PGST-26-3128", footer="Page {p} sur {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Plateforme de Génétique Somatique", ["Centre hospitalier (fictif) de Valmont"],
                    ["Date du compte rendu : 03/03/2026"]),
         Spacer(1, 6),
         kv([("Patient(e) :", "CANARY3128, Camille"), ("Prélèvement / Specimen :", "Côlon droit, pièce opératoire, bloc 5"),
             ("Diagnostic :", "Adénocarcinome colique"), ("Cellularité tumorale :", "50 %")], st, [45 * mm, W - 45 * mm],
            lines="box"),
         Spacer(1, 8), P("Mutation analysis (NGS) - Résultats", st.h2),
         grid([["Gène / Gene", "Exons analysés", "Résultat / Result"],
               ["KRAS", "2, 3, 4", "Absence de mutation détectée"],
               ["NRAS", "2, 3, 4", "Absence de mutation détectée"],
               ["BRAF", "15", "Mutation p.(Val600Glu) détectée (c.1799T>A), fréquence allélique 27 %"]],
              st, [30 * mm, 30 * mm, W - 60 * mm], lines="grid", head_bg=colors.HexColor("#e8eaf6")),
         Spacer(1, 6), P("Instabilité des microsatellites / Microsatellite instability", st.h2),
         P("Statut MSI : stable (MSS) - pentaplex PCR, 0/5 marqueurs instables.", st.body),
         P("Conclusion", st.h2),
         P("Tumeur RAS sauvage (wild type), BRAF V600E muté, MSS. L'association encorafenib-cetuximab peut être "
           "discutée en réunion de concertation pluridisciplinaire.", st.just),
         P("Seuil de détection : 5 % d'allèles mutés. Technique : séquençage haut débit (panel 30 gènes).", st.tiny),
         Spacer(1, 8), P("Biologiste : Dr Hélène Vautrin", st.small)]
    labels = [
        L("KRAS", "mutation", "negative", ["KRAS 2, 3, 4 Absence de mutation détectée"]),
        L("NRAS", "mutation", "negative", ["NRAS 2, 3, 4 Absence de mutation détectée"]),
        L("BRAF", "mutation", "positive", ["Mutation p.(Val600Glu) détectée", "BRAF V600E muté"], alteration="V600E"),
        L("MSI", "signature", "negative", ["Statut MSI : stable (MSS)"]),
    ]
    return Report(t, s, labels)


def rep3129():
    t = Theme(family="courier", size=8.8, accent=colors.HexColor("#263238"), lab="Marlowe Molecular",
              header="MARLOWE MOLECULAR - SINGLE GENE SEQUENCING", header_right="MM-SGS-26-129",
              footer="Page {p} of {n}", footer_align="right", footer_left="CANARY3129, Indigo")
    st = S(t); W = width(t)
    s = [P("MARLOWE MOLECULAR", st.h1), P("RET proto-oncogene, somatic sequencing (exons 10, 11, 13-16)", st.h3),
         kv([("Patient:", "Indigo CANARY3129"), ("Specimen:", "Thyroid, total thyroidectomy, block A2"),
             ("Diagnosis:", "Medullary thyroid carcinoma"), ("Date:", "2026-09-09")], st, [26 * mm, W - 26 * mm]),
         Spacer(1, 8),
         P("FINDINGS", st.h3),
         P("RET c.2753T>C p.(Met918Thr) DETECTED - variant allele fraction 38% - classification: pathogenic (oncogenic).",
           st.body),
         P("RAS hotspots (HRAS, KRAS, NRAS codons 12, 13, 61) were sequenced as a reflex: no variants detected.", st.body),
         Spacer(1, 6), P("COMMENT", st.h3),
         P("RET M918T is the most common somatic RET mutation in sporadic medullary thyroid carcinoma. It is also the "
           "germline mutation of MEN2B; germline RET testing on blood is recommended to exclude a hereditary origin. "
           "Family history (per requisition): none reported.", st.body),
         P("Selective RET inhibitors (selpercatinib, pralsetinib) are approved for RET-mutant MTC.", st.small),
         Spacer(1, 8), P("SIGNED: B. ADEBAYO-LUND, PhD, FACMG", st.small)]
    labels = [
        L("RET", "mutation", "positive", ["RET c.2753T>C p.(Met918Thr) DETECTED"], alteration="M918T"),
        L("HRAS", "mutation", "negative", ["(HRAS, KRAS, NRAS codons 12, 13, 61) were sequenced as a reflex: no variants detected"]),
        L("KRAS", "mutation", "negative", ["(HRAS, KRAS, NRAS codons 12, 13, 61) were sequenced as a reflex: no variants detected"]),
        L("NRAS", "mutation", "negative", ["(HRAS, KRAS, NRAS codons 12, 13, 61) were sequenced as a reflex: no variants detected"]),
    ]
    return Report(t, s, labels)


def rep3130():
    t = Theme(family="dvsc", size=7.6, accent=colors.HexColor("#424242"), lab="Lantern Lung Genomics",
              header="Lantern Lung Genomics - NSCLC Hotspot 22", header_right="LLG-26-0130 | CANARY3130, Frankie",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Lantern Lung Genomics", ["Non-small cell lung cancer hotspot panel (22 genes, DNA)"],
                    ["Final report 2026-12-01"]),
         Spacer(1, 4),
         kv([("Patient", "Frankie CANARY3130"), ("Specimen", "Mediastinal LN station 7, EBUS"), ("Diagnosis", "Adenocarcinoma of lung"),
             ("Tumour cells", "30%"), ("DNA yield", "adequate"), ("Coverage", "mean 2,100x")], st, [20 * mm, 40 * mm], ncols=3),
         Spacer(1, 6),
         grid([["Gene", "Exon", "Nucleotide", "Amino acid", "Mutant allele frequency", "Reportable"],
               ["KRAS", "2", "c.34G>T", "p.Gly12Cys", "21.5%", "Yes - Tier IA (sotorasib, adagrasib)"],
               ["STK11", "1", "c.109C>T", "p.Gln37*", "19.0%", "Yes - Tier IIC"],
               ["KEAP1", "3", "c.1024G>A", "p.Val342Met", "3.1%", "No - VUS"]],
              st, [16 * mm, 12 * mm, 24 * mm, 24 * mm, 28 * mm, W - 104 * mm], lines="grid",
              head_bg=colors.HexColor("#eeeeee")),
         Spacer(1, 5),
         P("Negative for: EGFR (exons 18-21), BRAF (exon 15), ERBB2 (exon 20), MET (exon 14 splice regions), "
           "PIK3CA (exons 9, 20).", st.body),
         P("This DNA panel does not detect gene fusions (ALK, ROS1, RET, NTRK): RNA fusion testing has been sent to a "
           "reference laboratory and will be reported separately.", st.body),
         Spacer(1, 4),
         P("Limit of detection 3% MAF. Regions with less than 500x coverage: none. STK11/KEAP1 co-mutation may be "
           "associated with inferior outcomes on immunotherapy (literature).", st.tiny),
         Spacer(1, 6), P("Director: Solveig Andersen, MD", st.small)]
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS 2 c.34G>T p.Gly12Cys"], alteration="G12C"),
        L("EGFR", "mutation", "negative", ["Negative for: EGFR (exons 18-21)"]),
        L("BRAF", "mutation", "negative", ["BRAF (exon 15)"]),
        L("HER2", "mutation", "negative", ["ERBB2 (exon 20)"]),
        L("MET", "mutation", "negative", ["MET (exon 14 splice regions)"]),
        L("PIK3CA", "mutation", "negative", ["PIK3CA (exons 9, 20)."]),
    ]
    s += appendix(st, 11, genes= ['AKT1', 'ALK', 'BRAF', 'DDR2', 'EGFR', 'ERBB2', 'FGFR1', 'HRAS', 'IDH1', 'KEAP1', 'KRAS', 'MAP2K1', 'MET', 'NRAS', 'NTRK1', 'PIK3CA', 'PTEN', 'RET', 'ROS1', 'SMAD4', 'STK11', 'TP53'], coverage_word='Hotspot regions covered in')
    return Report(t, s, labels)
