"""Reports 3131-3140. Everything here is invented."""
from kit import *  # noqa: F401,F403
from kit import A4, letter, mm, colors, Spacer, PageBreak, CondPageBreak, KeepTogether, ParagraphStyle


def rep3131():
    t = Theme(family="times", size=9.6, accent=colors.HexColor("#4e342e"), lab="Copperline Upper GI Biomarkers",
              header="Copperline Upper GI Biomarkers", header_right="CUGB-26-1131",
              footer="Page {p} of {n}", footer_align="right", footer_left="Patient: Ari CANARY3131")
    st = S(t); W = width(t)
    s = [letterhead(st, "Copperline Upper GI Biomarkers", ["HER2 testing, gastro-oesophageal adenocarcinoma"],
                    ["Reported: 21 Oct 2026"]),
         Spacer(1, 6),
         kv([("Patient", "Ari CANARY3131"), ("Specimen", "Gastro-oesophageal junction, endoscopic biopsies (x8), block 1"),
             ("Diagnosis", "Adenocarcinoma, intestinal type")], st, [26 * mm, W - 26 * mm]),
         Spacer(1, 6), P("1. HER2 immunohistochemistry (4B5)", st.h2),
         P("Moderate, complete/basolateral membranous staining in a cluster of more than 5 tumour cells "
           "(biopsy criteria). Score: 2+ (equivocal). Reflexed to in situ hybridisation.", st.body),
         P("2. HER2 bright-field dual ISH", st.h2),
         grid([["Tumour cells counted", "HER2 signals (mean)", "Chr17 signals (mean)", "HER2:Chr17", "Result"],
               ["40", "5.3", "2.2", "2.4", "AMPLIFIED"]], st, [32 * mm, 32 * mm, 32 * mm, 24 * mm, W - 120 * mm], lines="grid"),
         Spacer(1, 6),
         box([P("FINAL HER2 STATUS: POSITIVE (IHC 2+, ISH amplified, ratio 2.4)", st.cellb)], st, W,
             bg=colors.HexColor("#efebe9")),
         Spacer(1, 4),
         P("Gastric criteria (biopsy): IHC 3+ positive; 2+ equivocal - ISH required; ISH ratio 2.0 or more = amplified. "
           "Trastuzumab with chemotherapy is indicated for HER2-positive advanced disease.", st.small),
         Spacer(1, 8), P("Pathologist: Dr. Yusuf Demir", st.small)]
    labels = [
        L("HER2", "expression", "equivocal", ["Score: 2+ (equivocal)"], ihc_score="2+"),
        L("HER2", "amplification", "positive", ["ISH amplified, ratio 2.4", "AMPLIFIED"], ratio=2.4),
    ]
    return Report(t, s, labels)


def rep3132():
    t = Theme(family="dvs", size=8.7, accent=colors.HexColor("#2e7d32"), lab="Evergreen Head & Neck Pathology",
              header="Evergreen Head & Neck Pathology - Molecular consult", header_right="EHN-26-0132",
              footer="Page {p} of {n}", footer_align="center", footer_left="CANARY3132, Rain")
    st = S(t); W = width(t)
    s = [letterhead(st, "Evergreen Head & Neck Pathology", ["Salivary gland tumour consultation"],
                    ["Patient: Rain CANARY3132", "Date: 2026-11-11"]),
         Spacer(1, 6),
         P("Specimen: Left parotid, superficial parotidectomy. Diagnosis: secretory carcinoma (formerly MASC).", st.body),
         P("Immunohistochemistry", st.h2),
         grid([["Antibody", "Pattern", "Interpretation"],
               ["pan-TRK (EPR17341)", "diffuse nuclear staining, moderate", "POSITIVE"],
               ["S100", "diffuse", "positive"], ["Mammaglobin", "diffuse", "positive"], ["DOG1", "-", "negative"]],
              st, [45 * mm, 60 * mm, 40 * mm], lines="rows", head_bg=colors.HexColor("#e8f5e9")),
         P("Targeted RNA sequencing", st.h2),
         P("Fusion detected: ETV6::NTRK3 (ETV6 exon 5 - NTRK3 exon 15), 2,411 junction reads.", st.body),
         P("No fusions involving ALK, ROS1 or RET were identified.", st.body),
         P("Note: nuclear pan-TRK staining is typical of ETV6-NTRK3 fusions.", st.small),
         P("Comment", st.h3),
         P("Findings confirm secretory carcinoma. For recurrent or metastatic disease, TRK inhibitors (larotrectinib, "
           "entrectinib) are tumour-agnostic options.", st.just),
         Spacer(1, 8), P("Consultant: Dr. Beatrix Lund-Olsen", st.small)]
    labels = [
        L("NTRK", "expression", "positive", ["pan-TRK (EPR17341) diffuse nuclear staining, moderate POSITIVE"]),
        L("NTRK", "fusion", "positive", ["Fusion detected: ETV6::NTRK3"], alteration="ETV6-NTRK3"),
        L("ALK", "fusion", "negative", ["No fusions involving ALK, ROS1 or RET were identified."]),
        L("ROS1", "fusion", "negative", ["No fusions involving ALK, ROS1 or RET were identified."]),
        L("RET", "fusion", "negative", ["No fusions involving ALK, ROS1 or RET were identified."]),
    ]
    return Report(t, s, labels)


def rep3133():
    t = Theme(family="helv", size=8.4, accent=colors.HexColor("#311b92"), lab="Nimbus cfDNA Laboratory",
              header="NIMBUS cfDNA LABORATORY", header_right="Progression panel | NCL-26-33133",
              footer="Page {p} of {n}", footer_align="right", footer_left="Patient CANARY3133, Finley")
    st = S(t); W = width(t)
    left = [P("PATIENT", st.h3), P("Finley CANARY3133", st.body), P("Stage IV lung adenocarcinoma on osimertinib, "
            "radiological progression", st.body), P("Draw date 2026-10-05", st.body),
            P("LABORATORY", st.h3), P("Plasma cfDNA 28 ng; unique depth 9,800x", st.body)]
    right = [P("DETECTED", st.h2),
             grid([["Biomarker", "Type", "cfDNA %"],
                   ["EGFR E746_A750del", "exon 19 deletion", "1.2%"],
                   ["MET", "amplification (plasma CN 2.8)", "-"],
                   ["TP53 G245S", "missense", "0.9%"]], st, [36 * mm, 40 * mm, 20 * mm], lines="grid",
                  head_bg=colors.HexColor("#ede7f6")),
             P("NOT DETECTED", st.h2),
             P("EGFR T790M; EGFR C797S; ALK fusions; ROS1 fusions; KRAS G12/G13; BRAF V600E.", st.body)]
    s = [letterhead(st, "Nimbus cfDNA Laboratory", ["Resistance profiling after EGFR TKI"], ["Released 2026-10-14"],
                    bar=colors.HexColor("#311b92")),
         Spacer(1, 8), columns([left, right], [W * 0.36, W * 0.64], gap_line=True), Spacer(1, 8),
         P("Interpretation", st.h3),
         P("The founder EGFR exon 19 deletion remains detectable. MET amplification is a recognised mechanism of "
           "resistance to osimertinib; tissue confirmation by FISH may be considered. Plasma copy number is diluted by "
           "normal DNA, so any elevation above baseline is reported as amplification.", st.just),
         P("Low-level results (below 0.5%) are reported with reduced confidence. A negative plasma result does not "
           "exclude resistance mechanisms present in tissue.", st.tiny),
         Spacer(1, 8), P("Laboratory director: P. Chaudhary, MD", st.small)]
    labels = [
        L("EGFR", "mutation", "positive", ["EGFR E746_A750del exon 19 deletion 1.2%"], alteration="E746_A750del"),
        L("MET", "amplification", "positive", ["MET amplification (plasma CN 2.8)"]),
        L("TP53", "mutation", "positive", ["TP53 G245S"], alteration="G245S"),
        L("ALK", "fusion", "negative", ["ALK fusions;"]),
        L("ROS1", "fusion", "negative", ["ROS1 fusions;"]),
        L("KRAS", "mutation", "negative", ["KRAS G12/G13;"]),
        L("BRAF", "mutation", "negative", ["BRAF V600E."]),
    ]
    return Report(t, s, labels)


def rep3134():
    t = Theme(family="serif", size=9, accent=colors.HexColor("#616161"), lab="Halcyon Cancer Genomics",
              header="Halcyon Cancer Genomics - Test status report", header_right="HCG-26-0134",
              footer="Page {p} of {n}", footer_align="right", footer_left="CANARY3134, Remy")
    st = S(t); W = width(t)
    s = [letterhead(st, "Halcyon Cancer Genomics", ["Comprehensive genomic profiling - QUALITY FAILURE NOTICE"],
                    ["Patient: Remy CANARY3134", "Issued 2026-05-02"]),
         Spacer(1, 8),
         grid([["Test", "Status", "Detail"],
               ["DNA panel (324 genes)", "FAILED", "Insufficient DNA (12 ng; minimum 50 ng)"],
               ["RNA fusion panel", "CANCELLED", "Cancelled with DNA failure"],
               ["TMB / MSI", "NOT REPORTED", "Depends on DNA panel"],
               ["PD-L1 IHC (22C3)", "COMPLETED", "See below"],
               ["HER2 IHC", "PENDING", "Additional section requested"]],
              st, [45 * mm, 30 * mm, W - 75 * mm], lines="grid", head_bg=colors.HexColor("#eeeeee")),
         Spacer(1, 8), P("PD-L1 (22C3) result", st.h2),
         P("Tumour proportion score: 5% (low expression, 1-49%).", st.body),
         P("Specimen: liver, core biopsy (metastatic non-small cell carcinoma). Tumour cells in the block: approx. 10%.",
           st.body),
         Spacer(1, 6), P("Next steps", st.h3),
         P("[ ] Submit another block   [X] Consider plasma-based testing   [ ] Re-biopsy", st.body),
         P("No genomic results (including EGFR, ALK, ROS1, KRAS, BRAF) are available from this specimen. The absence of "
           "results must not be read as negative.", st.bold),
         Spacer(1, 8), P("Customer services: 555-0134. Reviewed by: Dr. Selma Ruiz", st.small)]
    labels = [L("PD-L1", "expression", "positive", ["Tumour proportion score: 5% (low expression, 1-49%)."], percent=5)]
    return Report(t, s, labels)


def rep3135():
    t = Theme(family="dvsc", size=8.4, accent=colors.HexColor("#006064"), lab="Orchard Genomic Oncology",
              header="ORCHARD GENOMIC ONCOLOGY   OGO-HEME/SOLID-500", header_right="Patient: CANARY3135, Ira",
              footer="Page {p} of {n}", footer_align="right", footer_left="OGO-26-99135")
    st = S(t); W = width(t)
    s = [letterhead(st, "Orchard Genomic Oncology", ["Tumour genomic profile - biliary tract"],
                    ["Reported 11 Aug 2026"], style="center"),
         Spacer(1, 6),
         kv([("Patient", "Ira CANARY3135"), ("Diagnosis", "Intrahepatic cholangiocarcinoma"),
             ("Specimen", "Liver mass, core biopsy"), ("Tumour purity (computational)", "38%")], st, [45 * mm, W - 45 * mm],
            lines="grid"),
         Spacer(1, 6),
         columns([[P("Biomarkers", st.h2),
                   P("TMB: 1.3 mut/Mb (Low)", st.body),
                   P("MSI: Stable", st.body),
                   P("HRD signature: not detected", st.body)],
                  [P("Actionable alterations", st.h2),
                   P("IDH1 p.R132C (c.394C>T), VAF 17% - ivosidenib (FDA-approved, cholangiocarcinoma)", st.body),
                   P("FGFR2 - no fusion or rearrangement", st.body)]], [W * 0.4, W * 0.6], gap_line=True),
         Spacer(1, 6), P("Other alterations", st.h3),
         P("BAP1 p.Q684* (c.2050C>T), VAF 33% - pathogenic; no approved therapy. CDKN2A/B loss.", st.body),
         P("Pertinent negatives", st.h3),
         P("KRAS - wild type | BRAF - wild type | ERBB2 - no amplification | NTRK1-3 - no fusion", st.body),
         Spacer(1, 6), P("Clinical trials (selected)", st.h3),
         grid([["Trial", "Phase", "Target", "Location"],
               ["NCT-FAKE-3501", "II", "IDH1 inhibitor + PD-1", "Fictional City, ST"],
               ["NCT-FAKE-3502", "I/II", "BAP1-loss / PARP", "Example Town, ST"]],
              st, [32 * mm, 16 * mm, 50 * mm, W - 98 * mm], lines="rows"),
         Spacer(1, 6),
         P("TMB-High threshold used by this laboratory: 10 mut/Mb. HRD signature is investigational.", st.tiny),
         Spacer(1, 6), P("Signed: Dr. Gideon Farrow, Director", st.small)]
    labels = [
        L("IDH1", "mutation", "positive", ["IDH1 p.R132C (c.394C>T)"], alteration="R132C"),
        L("TMB", "signature", "negative", ["TMB: 1.3 mut/Mb (Low)"], value="1.3 mut/Mb"),
        L("MSI", "signature", "negative", ["MSI: Stable"]),
        L("KRAS", "mutation", "negative", ["KRAS - wild type"]),
        L("BRAF", "mutation", "negative", ["BRAF - wild type"]),
        L("HER2", "amplification", "negative", ["ERBB2 - no amplification"]),
        L("NTRK", "fusion", "negative", ["NTRK1-3 - no fusion"]),
    ]
    s += appendix(st, 15, head='Technical information', genes= ['AKT1', 'APC', 'ARID1A', 'ATR', 'BRAF', 'BRCA2', 'CDK4', 'CDKN2A', 'CTNNB1', 'ERBB2', 'ESR1', 'FBXW7', 'FGFR2', 'GNA11', 'HRAS', 'IDH2', 'KIT', 'MAP2K1', 'MLH1', 'MSH6', 'MYC', 'NRAS', 'NTRK2', 'PALB2', 'PIK3CA', 'POLE', 'RAD51C', 'RET', 'SMAD4', 'STK11', 'TSC1'], coverage_word='Genes analysed')
    return Report(t, s, labels)


def rep3136():
    t = Theme(family="times", size=9.4, accent=colors.HexColor("#1565c0"), lab="Bellwether Tumour BRCA Service",
              header="Bellwether Tumour BRCA Service", header_right="Page {p} of {n}",
              footer="BTBS-26-136 | Patient CANARY3136, Harper | Page {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Bellwether Tumour BRCA Service", ["Somatic BRCA1 and BRCA2 testing (ovarian cancer)"],
                    ["Harper CANARY3136", "Requested by Dr. N. Ivanova", "Report 2026-06-30"]),
         Spacer(1, 6),
         P("Specimen: Right ovary, block A3, high-grade serous carcinoma, 80% tumour.", st.body),
         P("Summary", st.h2),
         box([P("NO PATHOGENIC OR LIKELY PATHOGENIC VARIANTS DETECTED in BRCA1 or BRCA2 (tumour).", st.cellb)], st, W,
             bg=colors.HexColor("#e3f2fd")),
         Spacer(1, 6), P("Variants of uncertain significance (not used for clinical decisions)", st.h3),
         grid([["Gene", "cDNA", "Protein", "VAF", "Class"],
               ["BRCA2", "c.8187G>T", "p.(Lys2729Asn)", "46%", "3 - VUS"]],
              st, [20 * mm, 30 * mm, 34 * mm, 18 * mm, 30 * mm], lines="ruled"),
         Spacer(1, 6),
         P("Large rearrangements: exon-level copy number analysis showed no deletion or duplication in BRCA1 or BRCA2.",
           st.body),
         P("Limitations: a negative tumour result does not exclude a germline variant in another gene. Homologous "
           "recombination deficiency (genomic scar) testing is a separate assay and was not requested.", st.small),
         Spacer(1, 8), P("Authorised: Elspeth Crane, Consultant Clinical Scientist", st.small)]
    labels = [
        L("BRCA1", "mutation", "negative", ["NO PATHOGENIC OR LIKELY PATHOGENIC VARIANTS DETECTED in BRCA1 or BRCA2 (tumour)."]),
        L("BRCA2", "mutation", "negative", ["NO PATHOGENIC OR LIKELY PATHOGENIC VARIANTS DETECTED in BRCA1 or BRCA2 (tumour)."]),
    ]
    s += appendix(st, 10, head='Laboratory information', genes= ['BRCA1 (NM_007294.4)', 'BRCA2 (NM_000059.4)'], coverage_word='Transcripts')
    return Report(t, s, labels)


def rep3137():
    t = Theme(family="helv", size=8.6, accent=colors.HexColor("#c2185b"), lab="Rosewood Breast Reference Laboratory",
              header="ROSEWOOD BREAST REFERENCE LABORATORY", header_right="Breast biomarker panel - RBRL-26-1377",
              footer="Page {p} of {n}", footer_align="right", footer_left="CANARY3137, Emery")
    st = S(t); W = width(t)
    s = [letterhead(st, "Rosewood Breast Reference Laboratory", ["Predictive and prognostic biomarkers"],
                    ["Patient: Emery CANARY3137", "Specimen: R breast core, block 1A", "Reported 2026-02-15"]),
         Spacer(1, 6), P("BREAST BIOMARKER REPORTING TEMPLATE", st.h2)]
    rows = [["Test", "Result", "Quantity"],
            ["Estrogen Receptor (ER) - SP1", "[X] Positive   [ ] Low positive   [ ] Negative",
             "Percentage of cells with nuclear positivity: 95%; Average intensity: strong; Allred score 8"],
            ["Progesterone Receptor (PgR) - 1E2", "[ ] Positive   [X] Low positive   [ ] Negative",
             "Percentage of cells with nuclear positivity: 2%; Average intensity: weak"],
            ["HER2 (ERBB2) - 4B5", "[ ] 3+  [ ] 2+  [ ] 1+  [X] 0", "No staining observed (HER2-null)"],
            ["Ki-67 - 30-9", "-", "Proliferation index: 25% (global, 500 cells counted)"],
            ["Androgen Receptor - SP107", "Positive", "60% of tumour nuclei, moderate"]]
    s.append(grid(rows, st, [45 * mm, 55 * mm, W - 100 * mm], lines="grid", head_bg=colors.HexColor("#fce4ec")))
    s += [Spacer(1, 6),
          P("Cold ischaemia time: under 1 hour. Fixation: 10% NBF, 18 hours. External and internal controls satisfactory.", st.small),
          P("Reporting follows ASCO/CAP guidance: ER/PR 1-10% = low positive; HER2 0 / 1+ = negative.", st.tiny),
          Spacer(1, 8), P("Pathologist: Dr. Lucia Ferrand", st.small)]
    labels = [
        L("ER", "expression", "positive", ["[X] Positive", "nuclear positivity: 95%"], percent=95),
        L("PR", "expression", "positive", ["[X] Low positive", "nuclear positivity: 2%"], percent=2),
        L("HER2", "expression", "negative", ["[X] 0", "No staining observed (HER2-null)"], ihc_score="0"),
        L("Ki-67", "expression", "reported", ["Proliferation index: 25%"], percent=25),
        L("AR", "expression", "positive", ["Androgen Receptor - SP107 Positive 60% of tumour nuclei"], percent=60),
    ]
    return Report(t, s, labels)


def rep3138():
    t = Theme(family="dvs", size=8.6, accent=colors.HexColor("#bf360c"), lab="Crescent Trials Biomarker Unit",
              header="Crescent Trials Biomarker Unit - Eligibility Screening", header_right="Screening ID CTBU-SCR-3138",
              footer="Page {p} of {n}", footer_align="right", footer_left="Patient CANARY3138, Oakley (consented)")
    st = S(t); W = width(t)
    s = [letterhead(st, "Crescent Trials Biomarker Unit", ["Central laboratory - immunohistochemistry for trial screening"],
                    ["Protocol: CRES-MSLN-201 (fictitious)", "Reported 2026-09-18"]),
         Spacer(1, 6),
         kv([("Participant", "Oakley CANARY3138"), ("Tumour", "Pancreatic ductal adenocarcinoma, metastatic"),
             ("Specimen", "Archival primary tumour block P-4 (resection 2025)"),
             ("Molecular history", "KRAS p.G12R detected in this tumour (outside NGS, 2025)")], st, [34 * mm, W - 34 * mm]),
         Spacer(1, 6), P("Central IHC results", st.h2),
         grid([["Assay", "Clone", "Staining", "Central read"],
               ["Mesothelin", "SP74", "membranous, 2+/3+ in 70% of tumour cells", "Positive"],
               ["HER2", "4B5", "no staining", "0"],
               ["CLDN18.2", "43-14A", "1+ in 10%", "Negative (not eligible for CLDN18.2 arm)"]],
              st, [26 * mm, 18 * mm, 62 * mm, W - 106 * mm], lines="grid", head_bg=colors.HexColor("#fbe9e7")),
         Spacer(1, 6), P("Eligibility", st.h3),
         P("[X] Meets biomarker criterion for mesothelin-directed arm (Mesothelin 2+ or more in 50% or more of tumour cells)",
           st.body),
         P("[ ] Meets biomarker criterion for CLDN18.2 arm", st.body),
         P("Result use: for trial eligibility only; not validated for diagnosis.", st.tiny),
         Spacer(1, 8), P("Central pathologist: Dr. Aurora Kettering", st.small)]
    labels = [
        L("Mesothelin", "expression", "positive", ["Mesothelin SP74 membranous, 2+/3+ in 70% of tumour", "Mesothelin 2+ or more in 50% or more"],
          percent=70),
        L("HER2", "expression", "negative", ["HER2 4B5 no staining 0"], ihc_score="0"),
        L("KRAS", "mutation", "positive", ["KRAS p.G12R detected in this tumour"], alteration="G12R"),
    ]
    return Report(t, s, labels)


def rep3139():
    t = Theme(family="serif", size=9, accent=colors.HexColor("#0277bd"), lab="Little Harbour Children's Oncology Lab",
              header="Little Harbour Children's Hospital - Solid Tumour Biology Laboratory",
              header_right="LHCH-STB-26-139", footer="Page {p} of {n}", footer_align="center",
              footer_left="CANARY3139, Child")
    st = S(t); W = width(t)
    s = [letterhead(st, "Solid Tumour Biology Laboratory", ["Little Harbour Children's Hospital (fictitious)",
                                                            "Neuroblastoma biology panel"],
                    ["Patient: CANARY3139, Child", "Age 3 y", "Reported 05 Jul 2026"]),
         Spacer(1, 6),
         P("Specimen: Left adrenal mass, open biopsy; neuroblastoma, poorly differentiated; tumour cells about 70%.", st.body),
         P("Results", st.h2),
         grid([["Analysis", "Method", "Result"],
               ["MYCN", "FISH", "Amplified (MYCN/2p ratio greater than 10)"],
               ["ALK", "NGS (exons 20-28)", "c.3522C>A p.(Phe1174Leu), VAF 24% - pathogenic"],
               ["ALK copy number", "FISH", "Not amplified"],
               ["GD2", "flow cytometry (14G2a), bone marrow aspirate tumour cells", "GD2 positive (bright) on 98% of CD45-/CD56+ cells"],
               ["1p36 / 11q23", "FISH", "1p36 deletion; 11q normal"],
               ["DNA index", "flow cytometry", "1.0 (diploid)"]],
              st, [30 * mm, 55 * mm, W - 85 * mm], lines="ruled"),
         Spacer(1, 6), P("Interpretation", st.h3),
         P("High-risk biology (MYCN amplification). The ALK F1174L mutation may allow ALK inhibitor therapy within "
           "a trial. GD2 expression supports eligibility for anti-GD2 immunotherapy.", st.just),
         Spacer(1, 8), P("Laboratory director: Dr. Tobias Grünwald", st.small)]
    labels = [
        L("ALK", "mutation", "positive", ["c.3522C>A p.(Phe1174Leu)", "ALK F1174L"], alteration="F1174L"),
        L("ALK", "amplification", "negative", ["ALK copy number FISH Not amplified"]),
        L("GD2", "expression", "positive", ["GD2 positive (bright) on 98%"], percent=98),
    ]
    return Report(t, s, labels)


def rep3140():
    t = Theme(family="mono", size=7.8, accent=colors.HexColor("#37474f"), lab="Parallax Tumour Genomics",
              header="PARALLAX TUMOUR GENOMICS | PTG-DNA-400", header_right="Patient: CANARY3140, Wren",
              footer="Page {p} of {n}", footer_align="right", footer_left="PTG-26-3140")
    st = S(t); W = width(t)
    s = [P("PARALLAX TUMOUR GENOMICS", st.h1), P("Genomic profile - salivary duct carcinoma", st.h3),
         kv([("Patient", "Wren CANARY3140"), ("Specimen", "Right submandibular gland, excision"),
             ("Reported", "2026-04-04"), ("Purity", "60%")], st, [22 * mm, 62 * mm], ncols=2, lines="box"),
         Spacer(1, 6),
         P("Clinical note (referring report, this tumour): AR immunohistochemistry positive, 90% of tumour nuclei.", st.body),
         Spacer(1, 4), P("1. ALTERATIONS", st.h2),
         grid([["#", "Gene", "Alteration", "Detail", "Level"],
               ["1", "ERBB2", "Amplification", "copy number 24", "1"],
               ["2", "HRAS", "p.Q61R", "c.182A>G, 31%", "3A"],
               ["3", "PIK3CA", "p.E542K", "c.1624G>A, 28%", "3B"],
               ["4", "TP53", "p.R248W", "c.742C>T, 40%", "-"]],
              st, [8 * mm, 22 * mm, 30 * mm, 40 * mm, 16 * mm], lines="grid"),
         Spacer(1, 6), P("2. SIGNATURES", st.h2),
         P("TMB = 5.0 mut/Mb", st.body), P("MSI = MSS", st.body),
         Spacer(1, 6), P("3. NOTES", st.h2),
         P("ERBB2 amplification supports HER2-directed therapy (trastuzumab-based regimens; trastuzumab deruxtecan). "
           "Combined androgen deprivation may be considered in AR-positive disease.", st.body),
         P("Levels follow a four-level evidence scale (1 = FDA-recognised biomarker). TMB reported without category.", st.tiny),
         Spacer(1, 6), P("SIGNED: R. KOWALSKI-OBI, MD", st.small)]
    labels = [
        L("HER2", "amplification", "positive", ["ERBB2 Amplification copy number 24"]),
        L("HRAS", "mutation", "positive", ["HRAS p.Q61R c.182A>G, 31%"], alteration="Q61R"),
        L("PIK3CA", "mutation", "positive", ["PIK3CA p.E542K"], alteration="E542K"),
        L("TP53", "mutation", "positive", ["TP53 p.R248W"], alteration="R248W"),
        L("TMB", "signature", "reported", ["TMB = 5.0 mut/Mb"], value="5.0 mut/Mb"),
        L("MSI", "signature", "negative", ["MSI = MSS"]),
        L("AR", "expression", "positive", ["AR immunohistochemistry positive, 90% of tumour nuclei"], percent=90),
    ]
    s += appendix(st, 5, ['ABL1', 'AKT1', 'ALK', 'APC', 'AR', 'ARID1A', 'ATM', 'ATR', 'BAP1', 'BRAF', 'BRCA1', 'BRCA2', 'CDH1', 'CDK4', 'CDK6', 'CDKN2A', 'CHEK2', 'CTNNB1', 'EGFR', 'ERBB2', 'ERBB3', 'ESR1', 'EZH2', 'FBXW7', 'FGFR1', 'FGFR2', 'FGFR3', 'GNA11', 'GNAQ', 'HRAS', 'IDH1', 'IDH2', 'JAK2', 'KIT', 'KRAS', 'MAP2K1', 'MET', 'MLH1', 'MSH2', 'MSH6', 'MTOR', 'MYC', 'NF1', 'NRAS', 'NTRK1', 'NTRK2', 'NTRK3', 'PALB2', 'PDGFRA', 'PIK3CA', 'PMS2', 'POLE', 'PTEN', 'RAD51C', 'RB1', 'RET', 'ROS1', 'SMAD4', 'SMO', 'STK11', 'TP53', 'TSC1', 'VHL'], 'PTG-DNA-400 gene list (excerpt)')
    return Report(t, s, labels)
