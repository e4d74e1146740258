"""Reports 3101-3110. Everything here is invented."""
from kit import *  # noqa: F401,F403
from kit import A4, letter, mm, colors, Spacer, PageBreak, CondPageBreak, KeepTogether, ParagraphStyle


def rep3101():
    t = Theme(family="dvs", size=8.6, accent=colors.HexColor("#0b4f6c"), lab="Northgate Genomic Medicine",
              header="Northgate Genomic Medicine | CGP-Solid DNA+RNA | Patient: Robin CANARY3101 Vale",
              header_right="Report NGM-26-004417", footer="Page {p} of {n}",
              footer_left="CLIA 99D0000001 (fictitious) | Lab Director: Dr. H. Olafsen")
    st = S(t); W = width(t)
    s = [letterhead(st, "NORTHGATE GENOMIC MEDICINE", ["Comprehensive Genomic Profile - Solid Tumour (DNA and RNA)"],
                    ["1200 Larch Parkway, Suite 5", "Fenwick, ST 00011", "Tel 555-0144"], bar=t.accent),
         Spacer(1, 6),
         kv([("Patient", "Robin CANARY3101 Vale"), ("Report date", "14 Oct 2026"),
             ("DOB", "03/09/1957"), ("Specimen", "Lung, right lower lobe, core biopsy (FFPE)"),
             ("Ordering physician", "Dr. P. Lindqvist"), ("Block", "RLL-2A, tumour content 40%"),
             ("Diagnosis", "Non-small cell lung carcinoma, adenocarcinoma"), ("Received", "02 Oct 2026")],
            st, [28 * mm, 58 * mm], ncols=2, lines="box"),
         Spacer(1, 8)]
    summ = [P("**BIOMARKER FINDINGS**", st.cellb),
            P("Tumor Mutational Burden: 4 Muts/Mb (TMB-Low; laboratory threshold for TMB-High is 10 Muts/Mb)", st.cell),
            P("Microsatellite status: MS-Stable", st.cell),
            Spacer(1, 4), P("**GENOMIC FINDINGS WITH POTENTIAL CLINICAL SIGNIFICANCE**", st.cellb),
            P("EGFR L858R (exon 21) - 2 FDA-approved therapies in this tumour type", st.cell),
            P("TP53 R273H", st.cell)]
    s.append(box(summ, st, W, title="SUMMARY OF RESULTS", title_bg=t.accent))
    s.append(Spacer(1, 8))
    s.append(P("Genomic alterations identified", st.h2))
    s.append(grid([["Gene", "Protein change", "cDNA change", "Exon", "VAF", "Tier"],
                   ["EGFR", "p.L858R", "c.2573T>G", "21", "31.2%", "Tier I, Level A"],
                   ["TP53", "p.R273H", "c.818G>A", "8", "28.7%", "Tier II, Level C"]],
                  st, [20 * mm, 30 * mm, 30 * mm, 14 * mm, 16 * mm, W - 110 * mm], head_bg=colors.HexColor("#d7e6ee")))
    s.append(Spacer(1, 5))
    s.append(P("Variants of uncertain significance", st.h3))
    s.append(P("PIK3CA p.R93Q (c.278G>A), VAF 12.0%; KMT2D p.P2354S, VAF 49.1%. VUS are not described further "
               "and are not used for treatment decisions.", st.small))
    s.append(P("Relevant negative findings", st.h3))
    s.append(P("No reportable alterations were identified in: KRAS, BRAF, MET (including exon 14 skipping), "
               "ERBB2. RNA fusion analysis: no fusions detected involving ALK, ROS1, RET or NTRK1/2/3.", st.body))
    s.append(P("Therapy associations", st.h2))
    s.append(grid([["Alteration", "FDA-approved in this tumour type", "Approved in other tumour types", "Resistance"],
                   ["EGFR L858R", "osimertinib; erlotinib; gefitinib", "none", "none reported"],
                   ["TP53 R273H", "none", "none", "none"]],
                  st, [30 * mm, 60 * mm, 45 * mm, W - 135 * mm], lines="rows", head_bg=colors.HexColor("#eeeeee")))
    s.append(P("Clinical trials", st.h2))
    s.append(P("Trials are matched on genomic findings and the diagnosis; eligibility is determined by the trial site. "
               "NCT-FAKE-0101 (phase II, fourth-generation EGFR inhibitor after progression); NCT-FAKE-0102 "
               "(phase I, EGFR-directed bispecific antibody).", st.small))
    s.append(P("Methods and limitations", st.h2))
    s.append(P("DNA was hybrid-capture sequenced across 523 genes (base substitutions, indels, copy number) and RNA "
               "across 55 fusion drivers. TMB is the number of somatic coding mutations per megabase. A negative "
               "result does not exclude an alteration below the limit of detection (5% VAF for substitutions).", st.tiny))
    s.append(P("References: 1. Invented A, et al. J Fict Oncol 2021;3:11-19. 2. Example B, et al. Fict Lung 2023;8:200.", st.tiny))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed by Helga Olafsen, MD, PhD, Laboratory Director, 14 Oct 2026 16:02", st.small))
    labels = [
        L("EGFR", "mutation", "positive", ["EGFR L858R (exon 21)", "p.L858R"], alteration="L858R"),
        L("TP53", "mutation", "positive", ["p.R273H"], alteration="R273H"),
        L("TMB", "signature", "negative", ["4 Muts/Mb (TMB-Low"], value="4 mut/Mb"),
        L("MSI", "signature", "negative", ["MS-Stable"]),
        L("KRAS", "mutation", "negative", ["No reportable alterations were identified in: KRAS"]),
        L("BRAF", "mutation", "negative", ["KRAS, BRAF, MET"]),
        L("MET", "mutation", "negative", ["MET (including exon 14 skipping)"]),
        L("HER2", "mutation", "negative", ["exon 14 skipping), ERBB2"], optional=True),
        L("ALK", "fusion", "negative", ["no fusions detected involving ALK"]),
        L("ROS1", "fusion", "negative", ["ALK, ROS1, RET or NTRK1/2/3"]),
        L("RET", "fusion", "negative", ["ALK, ROS1, RET or NTRK1/2/3"]),
        L("NTRK", "fusion", "negative", ["ALK, ROS1, RET or NTRK1/2/3"]),
    ]
    s += appendix(st, 0, ['ABL1', 'AKT1', 'ALK', 'APC', 'AR', 'ARID1A', 'ATM', 'ATR', 'BAP1', 'BRAF', 'BRCA1', 'BRCA2', 'CDH1', 'CDK4', 'CDK6', 'CDKN2A', 'CHEK2', 'CTNNB1', 'EGFR', 'ERBB2', 'ERBB3', 'ESR1', 'EZH2', 'FBXW7', 'FGFR1', 'FGFR2', 'FGFR3', 'GNA11', 'GNAQ', 'HRAS', 'IDH1', 'IDH2', 'JAK2', 'KIT', 'KRAS', 'MAP2K1', 'MET', 'MLH1', 'MSH2', 'MSH6', 'MTOR', 'MYC', 'NF1', 'NRAS', 'NTRK1', 'NTRK2', 'NTRK3', 'PALB2', 'PDGFRA', 'PIK3CA', 'PMS2', 'POLE', 'PTEN', 'RAD51C', 'RB1', 'RET', 'ROS1', 'SMAD4', 'SMO', 'STK11', 'TP53', 'TSC1', 'VHL'], 'DNA genes (coverage; see results for findings)')
    return Report(t, s, labels)


def rep3102():
    t = Theme(family="helv", size=8.5, accent=colors.HexColor("#6a1b4d"), lab="Verity Plasma Diagnostics",
              header="VERITY PLASMA DIAGNOSTICS - ctDNA 74 | CANARY3102, Alex", header_right="Accession VPD2611093",
              footer="Pg {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Verity Plasma Diagnostics", ["Liquid biopsy - circulating tumor DNA (74 genes)",
                                                     "Blood draw: two 10 mL cfDNA tubes"],
                    ["Final Report", "Reported 21-Sep-2026"]),
         Spacer(1, 5),
         kv([("Patient name", "CANARY3102, Alex"), ("Date of birth", "1962-11-30"), ("Sex", "F"),
             ("Collected", "15-Sep-2026"), ("Cancer type", "Colorectal adenocarcinoma, metastatic (liver)"),
             ("Physician", "M. Adeyemi, MD")], st, [26 * mm, 62 * mm], ncols=2),
         Spacer(1, 6), P("Summary of somatic alterations", st.h2),
         P("Two somatic alterations detected. Highest %cfDNA observed: 8.4% (KRAS). "
           "MSI-High: NOT DETECTED.", st.body), Spacer(1, 4)]
    rows = [["Alteration", "% cfDNA or Amp", "Cancer-related genes", "FDA approved / trials"],
            ["KRAS G12D\nc.35G>A", "8.4%", "KRAS", "Resistance to anti-EGFR antibodies"],
            ["TP53 R175H\nc.524G>A", "6.9%", "TP53", "None"],
            ["APC R1450*\nc.4348C>T", "7.7%", "APC", "None"],
            ["SMAD4 D351H (VUS)", "0.4%", "SMAD4", "—"],
            ["FBXW7 A452A (synonymous)", "3.2%", "FBXW7", "—"]]
    s.append(grid(rows, st, [44 * mm, 26 * mm, 34 * mm, W - 104 * mm], head_bg=colors.HexColor("#f1e4ec"),
                  zebra=colors.HexColor("#fafafa")))
    s.append(Spacer(1, 6))
    s.append(P("Additional biomarkers", st.h3))
    s.append(kv([("MSI-High", "NOT DETECTED"), ("ERBB2 (HER2) amplification", "Not detected"),
                 ("Tumor fraction", "Adequate for interpretation")], st, [60 * mm, 60 * mm]))
    s.append(P("Genes tested with no alterations detected", st.h3))
    s.append(P("AKT1, ALK, BRAF, CDK4, CTNNB1, EGFR, ESR1, GNAS, HRAS, IDH1, KIT, MAP2K1, MET, NRAS, PIK3CA, RET, "
               "ROS1 (and others; see full gene list on page 2).", st.small))
    s.append(PageBreak())
    s.append(P("Interpretation", st.h2))
    s.append(P("KRAS G12D is a canonical activating substitution. RAS-mutant colorectal cancers are not expected to benefit "
               "from cetuximab or panitumumab. TP53 R175H is a hotspot loss-of-function variant. Variants below 0.5% cfDNA "
               "may be of clonal haematopoietic origin; SMAD4 D351H is of uncertain significance.", st.just))
    s.append(P("Full gene list (coverage): ", st.h3))
    s.append(P("Point mutations in 74 genes; amplifications in 18 genes (incl. ERBB2, MET, EGFR, CCNE1); fusions in "
               "6 genes (ALK, FGFR2, FGFR3, NTRK1, RET, ROS1); indels in 23 genes.", st.tiny))
    s.append(P("This test was developed and its performance characteristics determined by Verity Plasma Diagnostics. "
               "A negative result does not rule out alterations present in tissue. Not all tumours shed detectable DNA.", st.tiny))
    s.append(Spacer(1, 10))
    s.append(P("Reviewed and released: J. Wexford, PhD, FACMG", st.small))
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS G12D", "8.4%"], alteration="G12D"),
        L("TP53", "mutation", "positive", ["TP53 R175H"], alteration="R175H"),
        L("MSI", "signature", "negative", ["MSI-High: NOT DETECTED"]),
        L("HER2", "amplification", "negative", ["ERBB2 (HER2) amplification Not detected"]),
        L("NRAS", "mutation", "negative", ["Genes tested with no alterations detected", "MET, NRAS, PIK3CA"]),
        L("BRAF", "mutation", "negative", ["AKT1, ALK, BRAF"]),
        L("PIK3CA", "mutation", "negative", ["NRAS, PIK3CA, RET"]),
        L("EGFR", "mutation", "negative", ["CTNNB1, EGFR, ESR1"], optional=True),
        L("HRAS", "mutation", "negative", ["GNAS, HRAS, IDH1"]),
        L("IDH1", "mutation", "negative", ["HRAS, IDH1, KIT"]),
        L("ALK", "mutation", "negative", ["AKT1, ALK, BRAF"], optional=True),
        L("MET", "mutation", "negative", ["MAP2K1, MET, NRAS"], optional=True),
        L("RET", "mutation", "negative", ["PIK3CA, RET,"], optional=True),
        L("ROS1", "mutation", "negative", ["RET, ROS1 (and others"], optional=True),
    ]
    return Report(t, s, labels)


def rep3103():
    t = Theme(family="times", size=10, accent=colors.HexColor("#2e4600"), lab="St. Ambrose Molecular Pathology",
              header="ST. AMBROSE MOLECULAR PATHOLOGY", header_right="MP26-03388  CANARY3103, Morgan",
              footer="Page {p} of {n}", footer_align="right", pagesize=A4)
    st = S(t); W = width(t)
    s = [letterhead(st, "St. Ambrose Hospital", ["Department of Molecular Pathology",
                                                 "Solid Tumour Hotspot Panel (50 genes, amplicon NGS)"], style="center"),
         Spacer(1, 6),
         grid([["Name: CANARY3103, Morgan", "MRN: 7730103", "Lab no.: MP26-03388"],
               ["Specimen: sigmoid colon resection, block B4", "Tumour cellularity: 60% (macrodissected)",
                "Reported: 09/08/2026"]], st, [W / 3] * 3, head_style=False, lines="grid"),
         Spacer(1, 8), P("RESULT", st.h2),
         P("**A pathogenic variant was detected in PIK3CA.** No pathogenic variants were detected in KRAS (exons 2, 3, 4), "
           "NRAS (exons 2, 3, 4) or BRAF (codon 600).", st.body),
         Spacer(1, 5),
         grid([["Gene", "HGVS (c.)", "HGVS (p.)", "Allele frequency", "Classification"],
               ["PIK3CA", "NM_006218.4:c.1633G>A", "p.(Glu545Lys)", "22%", "Pathogenic"],
               ["TP53", "NM_000546.6:c.215C>G", "p.(Pro72Arg)", "51%", "Benign (common polymorphism)"]],
              st, [22 * mm, 45 * mm, 30 * mm, 28 * mm, W - 125 * mm], lines="ruled"),
         Spacer(1, 6), P("COMMENT", st.h2),
         P("This colorectal adenocarcinoma is RAS/BRAF wild type on the regions tested. PIK3CA exon 9 mutations "
           "have been studied as a predictor of benefit from aspirin in the adjuvant setting; the evidence is not "
           "conclusive. The TP53 variant is a common polymorphism and is not reported as a tumour alteration.", st.just),
         P("Regions analysed: KRAS codons 12, 13, 59, 61, 117, 146; NRAS codons 12, 13, 59, 61, 117, 146; BRAF codon 600; "
           "PIK3CA exons 9 and 20; EGFR exons 18-21; and 45 further genes. Sensitivity: 5% mutant allele.", st.small),
         Spacer(1, 14), P("Dr Fenella Okonjo, Consultant Molecular Pathologist", st.body),
         P("Validated by: Clinical Scientist R. Vance", st.small)]
    labels = [
        L("PIK3CA", "mutation", "positive", ["p.(Glu545Lys)", "A pathogenic variant was detected in PIK3CA."], alteration="E545K"),
        L("KRAS", "mutation", "negative", ["No pathogenic variants were detected in KRAS (exons 2, 3, 4)"]),
        L("NRAS", "mutation", "negative", ["NRAS (exons 2, 3, 4)"]),
        L("BRAF", "mutation", "negative", ["or BRAF (codon 600)"]),
    ]
    return Report(t, s, labels)


def rep3104():
    t = Theme(family="courier", size=9, accent=colors.black, lab="Tri-County Reference Laboratory",
              header="TRI-COUNTY REFERENCE LABORATORY  *  MOLECULAR ONCOLOGY", header_right="PAGE {p} OF {n}",
              footer="TCRL-FORM-MO-12 rev 4     PAGE {p} OF {n}", footer_align="left", rule=False)
    st = S(t); W = width(t)
    s = [P("TRI-COUNTY REFERENCE LABORATORY", st.h1), P("KRAS MUTATION ANALYSIS (REAL-TIME PCR)", st.h2),
         kv([("PATIENT:", "CANARY3104, SAM"), ("ACCN:", "TC-26-118204"), ("SPECIMEN:", "LIVER METASTASIS, CORE, FFPE"),
             ("PRIMARY:", "COLON"), ("COLLECTED:", "08/17/2026"), ("REPORTED:", "08/25/2026")],
            st, [26 * mm, 60 * mm], ncols=2),
         Spacer(1, 8), P("RESULT:", st.h3),
         P("MUTATION DETECTED: p.G12V (c.35G>T)", st.bold), Spacer(1, 4),
         grid([["", "CODON / VARIANT", "", "CODON / VARIANT"],
               [chk(False), "G12A", chk(False), "G13D"],
               [chk(False), "G12C", chk(False), "Q61H"],
               [chk(False), "G12D", chk(False), "Q61L"],
               [chk(False), "G12R", chk(False), "A146T"],
               [chk(False), "G12S", chk(False), "K117N"],
               [chk(True), "G12V", chk(False), "NONE OF THE ABOVE"]],
              st, [12 * mm, 40 * mm, 12 * mm, 40 * mm], lines="grid"),
         Spacer(1, 8), P("NRAS MUTATION ANALYSIS", st.h3),
         P("RESULT: NO MUTATION DETECTED IN NRAS CODONS 12, 13, 59, 61, 117 AND 146.", st.body),
         P("BRAF V600 ANALYSIS", st.h3),
         P("RESULT: TEST FAILED - AMPLIFICATION CONTROL OUT OF RANGE. A REPEAT ON A NEW SECTION HAS BEEN REQUESTED.", st.body),
         Spacer(1, 8),
         P("INTERPRETATION: THE TUMOUR CARRIES AN ACTIVATING KRAS MUTATION. ANTI-EGFR MONOCLONAL ANTIBODY THERAPY IS "
           "NOT INDICATED (NCCN). KRAS G12C-SPECIFIC INHIBITORS ARE NOT RELEVANT TO THE G12V VARIANT.", st.body),
         P("METHOD: ALLELE-SPECIFIC REAL-TIME PCR, LIMIT OF DETECTION 1-5% MUTANT ALLELE DEPENDING ON ASSAY. "
           "POSITIVE, NEGATIVE AND NO-TEMPLATE CONTROLS PERFORMED AS EXPECTED.", st.small),
         Spacer(1, 10), P("VERIFIED BY: T. MARCHETTI, MT(ASCP)MB   SIGNED: L. ABARA, MD", st.small)]
    labels = [
        L("KRAS", "mutation", "positive", ["MUTATION DETECTED: p.G12V (c.35G>T)"], alteration="G12V"),
        L("NRAS", "mutation", "negative", ["NO MUTATION DETECTED IN NRAS CODONS"]),
    ]
    return Report(t, s, labels)


def rep3105():
    t = Theme(family="dvsc", size=9, accent=colors.HexColor("#8a3b12"), lab="Harborview Dermatopathology Associates",
              header="Harborview Dermatopathology Associates  -  Melanoma Molecular Panel",
              header_right="CANARY3105, Jamie  |  HDA-M-26-0771", footer="page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    left = [P("**Patient**", st.cell), P("Jamie CANARY3105", st.cell), P("DOB 22.07.1971", st.cell), Spacer(1, 4),
            P("**Specimen**", st.cell), P("Axillary lymph node, excision (B2)", st.cell),
            P("Melanoma content approx. 80%", st.cell), Spacer(1, 4),
            P("**Referring clinician**", st.cell), P("Dr. K. Halvorsen, Oncology", st.cell)]
    right = [P("RESULTS", st.h2),
             grid([["Test", "Method", "Result"],
                   ["NRAS exon 3 (codon 61)", "pyrosequencing", "MUTATION DETECTED p.Q61R (c.182A>G)"],
                   ["NRAS exon 2 (codons 12/13)", "pyrosequencing", "No mutation"],
                   ["BRAF exon 15 (codon 600)", "real-time PCR", "Not detected"],
                   ["BRAF V600E protein (VE1)", "immunohistochemistry", "Negative (no cytoplasmic staining)"],
                   ["KIT exons 11, 13, 17", "Sanger", "Pending - reported separately"]],
                  st, [38 * mm, 28 * mm, W * 0.68 - 66 * mm - 4], lines="rows", head_bg=colors.HexColor("#f3e0d6")),
             Spacer(1, 6), P("Interpretation", st.h3),
             P("The metastatic melanoma harbours an activating NRAS Q61R mutation and is BRAF V600 wild type. "
               "BRAF-directed therapy is not indicated. The VE1 immunostain agrees with the PCR result.", st.just)]
    s = [letterhead(st, "Harborview Dermatopathology", ["Molecular Diagnostics Unit"], ["Report date 30 Jun 2026"]),
         Spacer(1, 8), columns([left, right], [W * 0.3, W * 0.7], gap_line=True), Spacer(1, 10),
         P("Pyrosequencing detects mutations present in 5% or more of alleles. The BRAF assay targets V600E/E2/D/K/R. "
           "Results should be interpreted with clinical and histological findings.", st.tiny),
         Spacer(1, 8), P("Signed out by: Priya Raman, MD (Dermatopathology)", st.small)]
    labels = [
        L("NRAS", "mutation", "positive", ["MUTATION DETECTED p.Q61R", "NRAS Q61R"], alteration="Q61R"),
        L("BRAF", "mutation", "negative", ["BRAF V600 wild type"]),
        L("BRAF", "expression", "negative", ["Negative (no cytoplasmic staining)"]),
    ]
    return Report(t, s, labels)


def rep3106():
    t = Theme(family="serif", size=9.2, accent=colors.HexColor("#003366"), pagesize=A4,
              lab="Institut fuer Molekularpathologie Lindenau",
              header="Institut für Molekularpathologie Lindenau - Befund / Report",
              header_right="Eingangs-Nr. MP-L 26/5521", footer="Seite {p} von {n} / Page {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Institut für Molekularpathologie Lindenau",
                    ["Universitätsklinikum (fiktiv) - Am Stadtpark 9 - 00000 Lindenau"],
                    ["Befunddatum / Report date:", "12.05.2026"]),
         Spacer(1, 6),
         kv([("Patient / Patient:", "CANARY3106, Kim, geb. 04.04.1966"), ("Material / Specimen:", "Hautexzidat, Rücken (Block 3)"),
             ("Diagnose / Diagnosis:", "Malignes Melanom, superfiziell spreitend, pT3a"),
             ("Tumorzellgehalt / Tumour content:", "ca. 70 %")], st, [50 * mm, W - 50 * mm], lines="box"),
         Spacer(1, 8), P("Fragestellung / Request", st.h2),
         P("BRAF-Mutationsanalyse vor systemischer Therapie. (BRAF mutation analysis before systemic therapy.)", st.body),
         P("Ergebnis / Result", st.h2),
         grid([["Gen / Gene", "Exon", "Ergebnis / Result", "Allelfrequenz / VAF"],
               ["BRAF", "15", "Mutation nachgewiesen: c.1799T>A, p.(Val600Glu)", "34 %"],
               ["NRAS", "2, 3", "Keine Mutation nachgewiesen (wild type)", "-"],
               ["KIT", "9, 11, 13, 17", "ausstehend / pending", "-"]],
              st, [28 * mm, 22 * mm, 80 * mm, W - 130 * mm], lines="grid", head_bg=colors.HexColor("#dde6f0")),
         Spacer(1, 6), P("Beurteilung / Interpretation", st.h2),
         P("Im untersuchten Melanom liegt eine aktivierende BRAF V600E-Mutation vor. Damit besteht grundsätzlich die "
           "Indikation für eine Therapie mit BRAF- und MEK-Inhibitoren. Der KIT-Befund wird nachgereicht.", st.just),
         P("Methode / Method", st.h3),
         P("Gezielte Sequenzierung (Amplikon-NGS), Nachweisgrenze 5 % mutierte Allele.", st.small),
         Spacer(1, 12),
         columns([[P("Prof. Dr. med. U. Brandtner", st.small), P("Facharzt für Pathologie", st.tiny)],
                  [P("Dr. rer. nat. S. Köhl", st.small), P("Molekularbiologin", st.tiny)]], [W / 2, W / 2])]
    labels = [
        L("BRAF", "mutation", "positive", ["Mutation nachgewiesen: c.1799T>A", "p.(Val600Glu)", "BRAF V600E-Mutation"],
          alteration="V600E"),
        L("NRAS", "mutation", "negative", ["Keine Mutation nachgewiesen (wild type)"]),
    ]
    return Report(t, s, labels)


def rep3107():
    t = Theme(family="helv", size=9, accent=colors.HexColor("#00695c"), lab="Cedar Valley Cancer Center Laboratory",
              header="Cedar Valley Cancer Center - Molecular Diagnostics", header_right="Patient: Lee CANARY3107",
              footer="Printed 11/03/2026 08:14   Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Cedar Valley Cancer Center", ["Molecular Diagnostics Laboratory", "EGFR Mutation Test, real-time PCR"],
                    ["Case CV-M26-2093", "Final"]),
         Spacer(1, 6),
         kv([("Patient", "Lee CANARY3107"), ("MRN", "00-481-3107"), ("Specimen", "Pleural fluid cell block"),
             ("Diagnosis", "Metastatic lung adenocarcinoma"), ("Collected", "10/27/2026"), ("Signed", "11/02/2026")],
            st, [22 * mm, 64 * mm], ncols=2),
         Spacer(1, 8),
         box([P("EGFR MUTATION: **DETECTED**", st.cellb), P("Exon 19 deletion detected.", st.cell)], st, W * 0.55,
             bg=colors.HexColor("#e0f2f1")),
         Spacer(1, 6),
         grid([["Target", "Result"],
               ["Exon 18 G719X", "Not Detected"], ["Exon 19 deletions", "DETECTED"],
               ["Exon 20 S768I", "Not Detected"], ["Exon 20 T790M", "Not Detected"],
               ["Exon 20 insertions", "Not Detected"], ["Exon 21 L858R", "Not Detected"],
               ["Exon 21 L861Q", "Not Detected"]], st, [50 * mm, 40 * mm], lines="grid",
              head_bg=colors.HexColor("#b2dfdb")),
         Spacer(1, 8), P("Additional immunohistochemistry (same cell block)", st.h3),
         P("ALK (clone D5F3, rabbit monoclonal): Negative. Appropriate controls stained as expected.", st.body),
         Spacer(1, 6),
         P("Comment: An exon 19 deletion predicts sensitivity to EGFR tyrosine kinase inhibitors. Specific deletion "
           "subtypes are not distinguished by this assay. Cytology specimens with low tumour fraction may yield "
           "false-negative results.", st.small),
         Spacer(1, 10), P("Electronically signed: Dana Whitcombe, MD, Molecular Pathology", st.small)]
    labels = [
        L("EGFR", "mutation", "positive", ["Exon 19 deletion detected.", "Exon 19 deletions DETECTED"],
          alteration="exon 19 deletion"),
        L("ALK", "expression", "negative", ["ALK (clone D5F3, rabbit monoclonal): Negative."]),
    ]
    return Report(t, s, labels)


def rep3108():
    t = Theme(family="dvs", size=8.8, accent=colors.HexColor("#4a148c"), lab="Meridian Neuro-Oncology Diagnostics",
              header="MERIDIAN NEURO-ONCOLOGY DIAGNOSTICS  |  Integrated molecular report",
              header_right="MNO-26-0318", footer="{p}/{n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Meridian Neuro-Oncology Diagnostics", ["Brain tumour molecular panel"],
                    ["Patient: Quinn CANARY3108", "Reported: 2026-04-19"], bar=colors.HexColor("#4a148c")),
         Spacer(1, 6),
         kv([("Specimen", "Left frontal lesion, resection, block A7"), ("Histology (referring)", "Diffuse glioma"),
             ("Referring lab", "Ashcombe General Pathology, case AG-26-411")], st, [38 * mm, W - 38 * mm]),
         Spacer(1, 6), P("Integrated diagnosis", st.h2),
         P("Astrocytoma, IDH-mutant, CNS WHO grade 3", st.bold),
         P("Molecular results", st.h2),
         grid([["Analysis", "Method", "Result"],
               ["IDH1 codon 132", "PCR + Sanger", "c.395G>A p.R132H - mutant"],
               ["IDH2 codon 172", "PCR + Sanger", "wild-type"],
               ["1p/19q", "FISH", "no co-deletion"],
               ["MGMT promoter", "methylation-specific PCR", "methylated"],
               ["ATRX (IHC)", "immunohistochemistry", "loss of nuclear expression"],
               ["CDKN2A/B", "MLPA", "no homozygous deletion"]],
              st, [40 * mm, 40 * mm, W - 80 * mm], lines="ruled"),
         Spacer(1, 6),
         P("Outside immunohistochemistry (Ashcombe General, reviewed): IDH1 R132H (clone H09) positive in tumour cells; "
           "p53 strong nuclear staining in approximately 80% of tumour cells (overexpression pattern).", st.body),
         Spacer(1, 6), P("Comment", st.h3),
         P("The IDH1 R132H mutation confirmed by sequencing is concordant with the mutation-specific immunostain. "
           "Absent 1p/19q co-deletion and ATRX loss support astrocytoma.", st.just),
         Spacer(1, 8), P("Dr. Isolde Varga, Neuropathologist - signed 19 April 2026", st.small)]
    labels = [
        L("IDH1", "mutation", "positive", ["c.395G>A p.R132H - mutant"], alteration="R132H"),
        L("IDH2", "mutation", "negative", ["IDH2 codon 172 PCR + Sanger wild-type"]),
        L("IDH1", "expression", "positive", ["IDH1 R132H (clone H09) positive in tumour cells"]),
        L("TP53", "expression", "positive", ["p53 strong nuclear staining in approximately 80% of tumour cells (overexpression pattern)"],
          percent=80),
    ]
    return Report(t, s, labels)


def rep3109():
    t = Theme(family="times", size=10, accent=colors.HexColor("#7b1113"), lab="Lakeshore Cytogenetics",
              header="Lakeshore Cytogenetics & Molecular Pathology", header_right="CANARY3109, Taylor  -  LC-FISH-26-2200",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "LAKESHORE CYTOGENETICS", ["HER2 (ERBB2) Gene Amplification by FISH - Breast"],
                    ["Report date: July 2, 2026"]),
         Spacer(1, 6),
         kv([("Patient:", "Taylor CANARY3109"), ("Specimen:", "Left breast, 2 o'clock, core biopsy, block A1"),
             ("Diagnosis:", "Invasive ductal carcinoma, grade 2"), ("Referring pathologist:", "Dr. E. Moravec")],
            st, [40 * mm, W - 40 * mm]),
         Spacer(1, 6), P("Clinical history", st.h3),
         P("Outside immunohistochemistry on this biopsy: ER positive (95%, strong), PR positive (40%, moderate), "
           "HER2 2+ (equivocal). Reflex HER2 FISH requested.", st.body),
         P("Result", st.h2),
         grid([["Cells counted", "Avg HER2 signals/cell", "Avg CEP17 signals/cell", "HER2/CEP17 ratio"],
               ["60 (two observers)", "2.9", "2.2", "1.3"]], st, [W / 4] * 4, lines="grid"),
         Spacer(1, 6),
         box([P("INTERPRETATION: NEGATIVE - HER2 gene NOT AMPLIFIED (ASCO/CAP 2023 ISH group 5).", st.cellb)], st, W,
             bg=colors.HexColor("#f7ecec")),
         Spacer(1, 6),
         P("Criteria: HER2/CEP17 ratio 2.0 or greater with average HER2 copy number of 4.0 or more = amplified (group 1); "
           "ratio below 2.0 with average HER2 copy number below 4.0 = not amplified (group 5). Groups 2-4 require "
           "concurrent IHC review.", st.small),
         P("Probe: dual-colour HER2/CEP17 (fictitious vendor). Hybridisation and controls acceptable.", st.tiny),
         Spacer(1, 10), P("Cytogeneticist: Marcus Delahaye, PhD, FACMG", st.small)]
    labels = [
        L("HER2", "amplification", "negative", ["NEGATIVE - HER2 gene NOT AMPLIFIED", "1.3"], ratio=1.3),
        L("HER2", "expression", "equivocal", ["HER2 2+ (equivocal)"], ihc_score="2+"),
        L("ER", "expression", "positive", ["ER positive (95%, strong)"], percent=95),
        L("PR", "expression", "positive", ["PR positive (40%, moderate)"], percent=40),
    ]
    return Report(t, s, labels)


def rep3110():
    t = Theme(family="mono", size=8.2, accent=colors.HexColor("#1a237e"), lab="Pinecrest Genetics",
              header="PINECREST GENETICS :: FISH LUNG PANEL", header_right="CANARY3110 / PG-F-55810",
              footer="Page {p} of {n}", footer_align="left")
    st = S(t); W = width(t)
    s = [P("PINECREST GENETICS - CYTOGENOMICS", st.h1),
         P("Fluorescence in situ hybridisation: ALK, ROS1 break-apart", st.h3),
         kv([("PATIENT", "Drew CANARY3110"), ("DOB", "1949-02-14"), ("SPECIMEN", "Lung, LUL, EBUS-FNA cell block"),
             ("TUMOUR", "Adenocarcinoma"), ("RECEIVED", "2026-06-03"), ("REPORTED", "2026-06-08")],
            st, [22 * mm, 62 * mm], ncols=2, lines="box"),
         Spacer(1, 8),
         grid([["PROBE", "NUCLEI SCORED", "SPLIT / ISOLATED 3'", "RESULT"],
               ["ALK (2p23) break-apart", "100", "8% (cut-off 15%)", "NOT REARRANGED"],
               ["ROS1 (6q22) break-apart", "100", "42% (cut-off 15%)", "REARRANGED"]],
              st, [48 * mm, 28 * mm, 40 * mm, W - 116 * mm], lines="grid", head_bg=colors.HexColor("#e8eaf6")),
         Spacer(1, 8), P("INTERPRETATION", st.h3),
         P("POSITIVE for ROS1 rearrangement. NEGATIVE for ALK rearrangement. The ROS1 pattern (split signals and "
           "isolated 3' signals) indicates a ROS1 gene rearrangement; the fusion partner is not identified by FISH.", st.body),
         P("RECOMMENDATION: partner identification by RNA-based NGS may be considered.", st.small),
         P("ISCN: nuc ish(ALKx2)(5'ALK con 3'ALKx2)[92/100], (ROS1x2)(5'ROS1 sep 3'ROS1x1)[42/100]", st.tiny),
         Spacer(1, 10), P("Reviewed by: A. Nakashima, MD, Director of Cytogenomics", st.small)]
    labels = [
        L("ALK", "fusion", "negative", ["NEGATIVE for ALK rearrangement", "NOT REARRANGED"]),
        L("ROS1", "fusion", "positive", ["POSITIVE for ROS1 rearrangement", "REARRANGED"]),
    ]
    s += appendix(st, 4, None, '')
    return Report(t, s, labels)
