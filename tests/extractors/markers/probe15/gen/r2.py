"""Reports 3111-3120. Everything here is invented."""
from kit import *  # noqa: F401,F403
from kit import A4, letter, mm, colors, Spacer, PageBreak, CondPageBreak, KeepTogether, ParagraphStyle


def rep3111():
    t = Theme(family="dvsc", size=9, accent=colors.HexColor("#37474f"), lab="Oakfield Molecular Cytogenetics",
              header="Oakfield Molecular Cytogenetics", header_right="Accession OMC-26-7781 | CANARY3111, Reese",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Oakfield Molecular Cytogenetics", ["MET gene copy number by FISH (MET/CEP7)"],
                    ["FINAL REPORT", "Issued 2026-02-26"]),
         Spacer(1, 6),
         kv([("Patient", "Reese CANARY3111"), ("Sex / age", "M / 71"), ("Specimen", "Right adrenal metastasis, core"),
             ("Primary", "Lung adenocarcinoma"), ("Block", "1B, tumour nuclei approx. 50%"), ("Requested by", "Dr. O. Ferreira")],
            st, [24 * mm, 62 * mm], ncols=2, lines="grid"),
         Spacer(1, 8),
         grid([["Parameter", "Value", "Reference"],
               ["Nuclei evaluated", "50", "-"],
               ["Mean MET signals per nucleus", "6.1", "< 5.0"],
               ["Mean CEP7 signals per nucleus", "2.3", "-"],
               ["MET/CEP7 ratio", "2.6", "< 2.0"],
               ["Nuclei with clusters", "18%", "-"]], st, [60 * mm, 30 * mm, 30 * mm], lines="ruled"),
         Spacer(1, 6),
         box([P("Result: MET AMPLIFICATION PRESENT (MET/CEP7 ratio 2.6; intermediate level by laboratory criteria).", st.cellb)],
             st, W, bg=colors.HexColor("#eceff1")),
         Spacer(1, 6),
         P("Related testing", st.h3),
         P("RNA-based MET exon 14 skipping assay on the same block: no MET exon 14 skipping transcripts detected.", st.body),
         P("Interpretation criteria (laboratory): ratio 2.0 or above = amplified; low level 2.0-2.2, intermediate "
           "greater than 2.2 and below 5.0, high level 5.0 or above. Mean copy number of 6 or more is also reported.", st.small),
         Spacer(1, 10), P("Interpreted by: Bettina Szabo, MD, PhD", st.small)]
    labels = [
        L("MET", "amplification", "positive", ["MET AMPLIFICATION PRESENT (MET/CEP7 ratio 2.6"], ratio=2.6),
        L("MET", "mutation", "negative", ["no MET exon 14 skipping transcripts detected"]),
    ]
    return Report(t, s, labels)


def rep3112():
    t = Theme(family="times", size=9.5, accent=colors.HexColor("#5d4037"), lab="Westbrook Sarcoma Reference Lab",
              header="Westbrook Sarcoma Reference Laboratory - FISH", header_right="WSR-26-0912",
              footer="Page {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    s = [letterhead(st, "Westbrook Sarcoma Reference Laboratory", ["Consultation - molecular cytogenetics"],
                    ["Patient: Jordan CANARY3112", "Date: 03/19/2026"], style="left"),
         Spacer(1, 6),
         P("Specimen: Retroperitoneal mass, resection, block 4 (lipomatous tumour). Question: atypical lipomatous tumour / "
           "well-differentiated liposarcoma versus lipoma.", st.body),
         P("FISH RESULT", st.h2),
         grid([["Probe", "Cells", "Mean MDM2", "Mean CEP12", "Ratio", "Result"],
               ["MDM2 (12q15)", "60", "14.3 (clusters)", "2.1", "6.8", "AMPLIFIED"]],
              st, [28 * mm, 16 * mm, 30 * mm, 24 * mm, 16 * mm, W - 114 * mm], lines="grid"),
         Spacer(1, 6),
         P("DIAGNOSIS: MDM2 amplification detected, supporting well-differentiated liposarcoma. CDK4 co-amplification "
           "was not assessed (not requested).", st.bold),
         P("Note", st.h3),
         P("MDM2 amplification is found in well-differentiated and dedifferentiated liposarcoma and in intimal sarcoma. "
           "It is not a feature of lipoma. Further markers (e.g. HMGA2, CDK4 immunostain) can be added on request.", st.small),
         Spacer(1, 10), P("Consultant: Mireille Tanaka-Hart, MD", st.small)]
    return Report(t, s, [])


def rep3113():
    t = Theme(family="helv", size=8.8, accent=colors.HexColor("#ad1457"), lab="Keystone Molecular Oncology",
              header="Keystone Molecular Oncology - Microsatellite Instability (PCR)",
              header_right="Patient A. CANARY3113", footer="Page {p} of {n}  |  KMO-26-30441", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Keystone Molecular Oncology", ["Microsatellite Instability Analysis", "5 mononucleotide markers, fluorescent PCR"],
                    ["Report status: FINAL", "Date reported: 09 Jan 2026"], bar=colors.HexColor("#ad1457")),
         Spacer(1, 6),
         kv([("Name", "CANARY3113, Avery"), ("Tumour", "Endometrioid adenocarcinoma of endometrium, FIGO grade 2"),
             ("Tumour block", "Hysterectomy, A6 (70% tumour)"), ("Normal block", "A12 (cervix, uninvolved)")],
            st, [30 * mm, W - 30 * mm]),
         Spacer(1, 6), P("Background (referring hospital immunohistochemistry, same tumour)", st.h3),
         grid([["MLH1", "PMS2", "MSH2", "MSH6", "Panel"],
               ["Loss of nuclear staining", "Loss of nuclear staining", "Retained", "Retained", "MMR deficient (dMMR)"]],
              st, [W / 5] * 5, lines="grid", head_bg=colors.HexColor("#fce4ec")),
         P("p53: wild-type pattern (heterogeneous nuclear staining).", st.small),
         Spacer(1, 6), P("MSI results", st.h2),
         grid([["Marker", "BAT-25", "BAT-26", "NR-21", "NR-24", "MONO-27"],
               ["Status", "unstable", "unstable", "unstable", "stable", "unstable"]],
              st, [24 * mm] + [(W - 24 * mm) / 5] * 5, lines="rows"),
         Spacer(1, 6),
         box([P("INTERPRETATION: MSI-HIGH (4 of 5 markers unstable).", st.cellb),
              P("The result agrees with the MLH1/PMS2 loss seen by immunohistochemistry. MLH1 promoter methylation "
                "testing is recommended to distinguish sporadic from Lynch-associated tumours.", st.cell)], st, W),
         Spacer(1, 6),
         P("Methods: DNA from tumour and matched normal tissue amplified at five mononucleotide repeats. MSI-H: 2 or more "
           "markers unstable; MSI-L: 1 marker; MSS: none. Pentanucleotide markers confirmed sample identity.", st.tiny),
         Spacer(1, 8), P("Signed: Oren Blackwood, MD, Molecular Genetic Pathology", st.small)]
    labels = [
        L("MSI", "signature", "positive", ["INTERPRETATION: MSI-HIGH (4 of 5 markers unstable)."]),
        L("MLH1", "expression", "negative", ["Loss of nuclear staining"]),
        L("PMS2", "expression", "negative", ["Loss of nuclear staining Loss of nuclear staining"]),
        L("MSH2", "expression", "positive", ["Retained Retained"]),
        L("MSH6", "expression", "positive", ["Retained Retained"]),
        L("MMR", "signature", "positive", ["MMR deficient (dMMR)"]),
        L("TP53", "expression", "negative", ["p53: wild-type pattern"], optional=True),
    ]
    s += appendix(st, 3, None, '')
    return Report(t, s, labels)


def rep3114():
    t = Theme(family="serif", size=8.8, accent=colors.HexColor("#1b5e20"), lab="Granite State Reference Pathology",
              header="GRANITE STATE REFERENCE PATHOLOGY", header_right="Consult GSRP-IHC-26-1042",
              footer="Page {p} of {n}", footer_align="center",
              footer_left="Patient: CANARY3114, Rowan")
    st = S(t); W = width(t)
    s = [letterhead(st, "Granite State Reference Pathology", ["Immunohistochemistry consultation",
                                                             "Mismatch repair protein panel"],
                    ["Received 04/02/2026", "Reported 04/06/2026"]),
         Spacer(1, 6),
         kv([("Patient:", "Rowan CANARY3114"), ("Client:", "Birchfield Community Hospital"),
             ("Client case:", "BCH-S26-1977, block A3"), ("Site:", "Caecum, right hemicolectomy")],
            st, [24 * mm, 62 * mm], ncols=2),
         Spacer(1, 8),
         grid([["Antibody", "Clone", "Tumour nuclei", "Internal control", "Result"],
               ["MLH1", "ES05", "present", "present", "Intact"],
               ["PMS2", "EP51", "present", "present", "Intact"],
               ["MSH2", "G219-1129", "present", "present", "Intact"],
               ["MSH6", "EP49", "present", "present", "Intact"]],
              st, [24 * mm, 26 * mm, 28 * mm, 30 * mm, W - 108 * mm], lines="grid",
              head_bg=colors.HexColor("#e8f5e9"), zebra=colors.HexColor("#f6fbf6")),
         Spacer(1, 8), P("INTERPRETATION", st.h2),
         P("Mismatch repair proficient (pMMR). Normal nuclear expression of all four MMR proteins; no evidence of "
           "mismatch repair deficiency.", st.bold),
         P("Comment: Intact expression does not entirely exclude Lynch syndrome (e.g. missense variants with retained "
           "but non-functional protein). Correlation with family history is advised. MSI by PCR is available on request.",
           st.small),
         Spacer(1, 6),
         P("Controls: external tonsil control and internal non-neoplastic cells stained appropriately.", st.tiny),
         Spacer(1, 10), P("Electronically signed: Ingrid Sorensen, MD", st.small)]
    labels = [
        L("MLH1", "expression", "positive", ["MLH1 ES05 present present Intact"]),
        L("PMS2", "expression", "positive", ["PMS2 EP51 present present Intact"]),
        L("MSH2", "expression", "positive", ["MSH2 G219-1129 present present Intact"]),
        L("MSH6", "expression", "positive", ["MSH6 EP49 present present Intact"]),
        L("MMR", "signature", "negative", ["Mismatch repair proficient (pMMR)."]),
    ]
    return Report(t, s, labels)


def rep3115():
    t = Theme(family="dvs", size=8.5, accent=colors.HexColor("#0d47a1"), lab="Bayside Pathology Partners",
              header="Bayside Pathology Partners - Reference Immunohistochemistry", header_right="Page {p} of {n}",
              footer="BPP-REF-26-5540  Patient CANARY3115, Casey", footer_align="left")
    st = S(t); W = width(t)
    col1 = [P("MMR IMMUNOHISTOCHEMISTRY", st.h2),
            P("MLH1: expression retained", st.body), P("PMS2: expression retained", st.body),
            P("MSH2: complete loss in tumour cells (internal control positive)", st.body),
            P("MSH6: complete loss in tumour cells (internal control positive)", st.body), Spacer(1, 4),
            P("**MMR status: ABNORMAL - deficient pattern (MSH2/MSH6 loss)**", st.body)]
    col2 = [P("CASE", st.h2),
            P("Casey CANARY3115, 44 y", st.body), P("Specimen: rectum, low anterior resection after no neoadjuvant therapy",
                                                   st.body),
            P("Diagnosis (client): adenocarcinoma, moderately differentiated, pT3 pN0", st.body),
            P("Client: Lowmoor Hospital", st.body)]
    s = [letterhead(st, "BAYSIDE PATHOLOGY PARTNERS", ["Reference Immunohistochemistry Service"], ["Report 2026-05-11"]),
         Spacer(1, 8), columns([col2, col1], [W * 0.42, W * 0.58], gap_line=True), Spacer(1, 8),
         P("Interpretive comment", st.h3),
         P("Concurrent loss of MSH2 and MSH6 suggests a germline MSH2 (or EPCAM) alteration, particularly in a patient "
           "of this age. Referral to clinical genetics is recommended. MLH1 promoter methylation testing is not indicated "
           "for this pattern and was not performed.", st.just),
         P("Antibodies: MLH1 (M1), PMS2 (A16-4), MSH2 (FE11), MSH6 (44). Automated platform; on-slide controls acceptable.",
           st.tiny),
         Spacer(1, 10), P("Pathologist: Theo Lindgren, MD", st.small)]
    labels = [
        L("MLH1", "expression", "positive", ["MLH1: expression retained"]),
        L("PMS2", "expression", "positive", ["PMS2: expression retained"]),
        L("MSH2", "expression", "negative", ["MSH2: complete loss in tumour cells"]),
        L("MSH6", "expression", "negative", ["MSH6: complete loss in tumour cells"]),
        L("MMR", "signature", "positive", ["MMR status: ABNORMAL - deficient pattern"]),
    ]
    return Report(t, s, labels)


def rep3116():
    t = Theme(family="helv", size=9, accent=colors.HexColor("#004d40"), lab="Summit Thoracic Pathology",
              header="Summit Thoracic Pathology | PD-L1 IHC 22C3", header_right="CANARY3116, Blair",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Summit Thoracic Pathology", ["Predictive biomarker immunohistochemistry"],
                    ["Case ST-26-4417", "Signed 10/19/2026"]),
         Spacer(1, 6),
         kv([("Patient", "Blair CANARY3116"), ("Specimen", "Right upper lobe, wedge resection, block A2"),
             ("Diagnosis", "Non-small cell carcinoma, favour adenocarcinoma")], st, [26 * mm, W - 26 * mm]),
         Spacer(1, 6), P("PD-L1 (22C3) pharmDx-type assay", st.h2),
         kv([("Tumour Proportion Score (TPS):", "60%"), ("Expression level:", "High PD-L1 expression (TPS 50% or more)"),
             ("Viable tumour cells:", "more than 100 (adequate)"), ("Controls:", "Performed and acceptable")],
            st, [60 * mm, W - 60 * mm], lines="box"),
         Spacer(1, 6), P("Other immunohistochemistry on the same block", st.h3),
         grid([["Stain", "Result"], ["ALK (D5F3)", "Negative"], ["ROS1 (D4D6)", "Negative"], ["TTF-1 (8G7G3/1)", "Positive"],
               ["Napsin A", "Positive"]], st, [45 * mm, 45 * mm], lines="rows"),
         Spacer(1, 6),
         P("Interpretation key: TPS below 1% = no expression; 1-49% = low expression; 50% or more = high expression.", st.small),
         P("The ROS1 D4D6 immunostain is a screening test; negative staining has a high negative predictive value.", st.tiny),
         Spacer(1, 10), P("Pathologist: Naledi Mokoena, MD", st.small)]
    labels = [
        L("PD-L1", "expression", "positive", ["Tumour Proportion Score (TPS): 60%", "High PD-L1 expression"], percent=60),
        L("ALK", "expression", "negative", ["ALK (D5F3) Negative"]),
        L("ROS1", "expression", "negative", ["ROS1 (D4D6) Negative"]),
    ]
    return Report(t, s, labels)


def rep3117():
    t = Theme(family="times", size=10, accent=colors.HexColor("#283593"), lab="Ironwood GI Pathology",
              header="Ironwood GI Pathology - Gastric Biomarker Report", header_right="IGP 26/20117",
              footer="- {p} of {n} -", footer_align="center", footer_left="CANARY3117, Sky")
    st = S(t); W = width(t)
    s = [P("Ironwood GI Pathology", st.h1), P("Gastric / GEJ adenocarcinoma - predictive biomarkers", st.h3),
         kv([("Patient", "Sky CANARY3117"), ("Specimen", "Gastric body biopsies (x6)"), ("Report date", "18 March 2026")],
            st, [28 * mm, W - 28 * mm]),
         Spacer(1, 8),
         grid([["Biomarker", "Clone / method", "Score", "Interpretation"],
               ["PD-L1", "22C3", "Combined Positive Score: 12", "PD-L1 expressed (CPS 1 or more; also CPS 10 or more)"],
               ["HER2", "4B5 IHC", "1+ (faint, incomplete, less than 10% of cells in biopsy)", "HER2 negative"],
               ["Claudin 18.2", "43-14A", "moderate-strong in 80%", "Positive"],
               ["MMR", "IHC x4", "-", "see addendum (in progress)"]],
              st, [24 * mm, 26 * mm, 55 * mm, W - 105 * mm], lines="grid", head_bg=colors.HexColor("#e3e6f5")),
         Spacer(1, 8),
         P("Comment: CPS = number of PD-L1 staining cells (tumour cells, lymphocytes, macrophages) divided by viable "
           "tumour cells, multiplied by 100. A minimum of 100 viable tumour cells was present.", st.small),
         Spacer(1, 10), P("Reported by Dr. Cormac Eriksen", st.small)]
    labels = [
        L("PD-L1", "expression", "positive", ["Combined Positive Score: 12", "PD-L1 expressed"], value="CPS 12"),
        L("HER2", "expression", "negative", ["1+ (faint, incomplete", "HER2 negative"], ihc_score="1+"),
    ]
    return Report(t, s, labels)


def rep3118():
    t = Theme(family="courier", size=8.6, accent=colors.black, lab="Riverside Regional Laboratory",
              header="RIVERSIDE REGIONAL LABORATORY - IMMUNOPATHOLOGY", header_right="RRL 26-IP-00818",
              footer="Page {p} of {n}", footer_align="right", rule=False)
    st = S(t); W = width(t)
    s = [P("RIVERSIDE REGIONAL LABORATORY", st.h1),
         P("PATIENT: CANARY3118, HAYDEN    DOB: 11/02/1958    SEX: M", st.body),
         P("SPECIMEN: LEFT LOWER LOBE, CT-GUIDED CORE BIOPSY (X3)", st.body),
         P("DIAGNOSIS ON FILE: SQUAMOUS CELL CARCINOMA OF LUNG", st.body),
         Spacer(1, 8), P("PD-L1 IMMUNOHISTOCHEMISTRY (SP263)", st.h3),
         P("PERCENTAGE OF TUMOUR CELLS WITH MEMBRANOUS STAINING (TC):  <1%", st.body),
         P("INTERPRETATION:  PD-L1 NOT EXPRESSED (TC <1%)", st.bold),
         Spacer(1, 6),
         P("CHECKLIST:", st.h3),
         grid([[chk(True), "ADEQUATE TUMOUR CELLS (100 OR MORE)"], [chk(True), "POSITIVE CONTROL (TONSIL) ACCEPTABLE"],
               [chk(False), "CRUSH / EDGE ARTEFACT LIMITS INTERPRETATION"]], st, [14 * mm, 120 * mm], lines=None,
              head_style=False),
         Spacer(1, 6),
         P("NOTE: SP263 CUT-OFFS DIFFER BY INDICATION (1%, 25%, 50%). THE RESULT ABOVE SHOULD BE APPLIED TO THE "
           "THERAPY UNDER CONSIDERATION BY THE TREATING ONCOLOGIST.", st.small),
         Spacer(1, 8), P("PATHOLOGIST: R. OYELARAN, MD      SIGNED 07/14/2026 11:42", st.small)]
    labels = [L("PD-L1", "expression", "negative", ["PD-L1 NOT EXPRESSED (TC <1%)"], value="<1%")]
    return Report(t, s, labels)


def rep3119():
    t = Theme(family="dvsc", size=8.8, accent=colors.HexColor("#6a1b9a"), lab="Lumen Breast Biomarker Service",
              header="Lumen Breast Biomarker Service", header_right="LBBS-26-3319  CANARY3119, Ellis",
              footer="Page {p} of {n}", footer_align="right")
    st = S(t); W = width(t)
    s = [letterhead(st, "Lumen Breast Biomarker Service", ["PD-L1 testing in triple-negative breast cancer"],
                    ["Reported 2026-08-30"], bar=colors.HexColor("#6a1b9a")),
         Spacer(1, 6),
         kv([("Patient", "Ellis CANARY3119"), ("Specimen", "Right breast, core biopsy, block 1"),
             ("Diagnosis", "Invasive carcinoma of no special type, grade 3"),
             ("Prior receptor status (this tumour)", "ER 0%, PR 0%, HER2 IHC 1+ (HER2-low)")], st, [55 * mm, W - 55 * mm]),
         Spacer(1, 6), P("Results", st.h2),
         grid([["Assay", "Scoring", "Score", "Cut-off", "Result"],
               ["PD-L1 SP142", "Immune cells (IC)", "2% of tumour area", "IC 1%", "POSITIVE"],
               ["PD-L1 22C3", "Combined Positive Score", "4", "CPS 10", "NEGATIVE"]],
              st, [26 * mm, 36 * mm, 32 * mm, 20 * mm, W - 114 * mm], lines="ruled"),
         Spacer(1, 6),
         P("Summary: PD-L1 SP142 positive (IC 2%); PD-L1 22C3 negative (CPS 4, below the cut-off of 10). "
           "The two assays are not interchangeable; the relevant result depends on the agent considered.", st.body),
         Spacer(1, 6),
         P("Scoring definitions: IC = proportion of tumour area occupied by PD-L1 stained immune cells of any intensity. "
           "CPS = PD-L1 stained cells / viable tumour cells x 100.", st.tiny),
         Spacer(1, 10), P("Consultant pathologist: Hana Kowalczyk, FRCPath", st.small)]
    labels = [
        L("PD-L1", "expression", "positive", ["PD-L1 SP142 positive (IC 2%)"], value="IC 2%"),
        L("PD-L1", "expression", "negative", ["PD-L1 22C3 negative (CPS 4"], value="CPS 4"),
        L("ER", "expression", "negative", ["ER 0%"], percent=0),
        L("PR", "expression", "negative", ["PR 0%"], percent=0),
        L("HER2", "expression", "negative", ["HER2 IHC 1+ (HER2-low)"], ihc_score="1+"),
    ]
    return Report(t, s, labels)


def rep3120():
    t = Theme(family="dvs", size=8.6, accent=colors.HexColor("#e65100"), lab="Apex Tumor Signature Lab",
              header="APEX TUMOR SIGNATURE LAB - TMB & MSI", header_right="ATSL-2026-11020 | Patient: Noor CANARY3120",
              footer="Page {p} of {n}", footer_align="center")
    st = S(t); W = width(t)
    gauge = grid([["TMB (mutations/megabase)", "0-5", "5-10", "10-20", "20+"],
                  ["", "", "", "14.2", ""]], st, [50 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm], lines="grid",
                 head_bg=colors.HexColor("#ffe0b2"))
    s = [letterhead(st, "Apex Tumor Signature Lab", ["Tumor mutational burden and microsatellite status",
                                                    "Whole-exome tumour/normal"], ["Final", "27 Nov 2026"]),
         Spacer(1, 6),
         kv([("Patient", "Noor CANARY3120"), ("Diagnosis", "Carcinoma of unknown primary (CUP)"),
             ("Tumour specimen", "Supraclavicular lymph node, core"), ("Normal specimen", "Peripheral blood")],
            st, [34 * mm, W - 34 * mm]),
         Spacer(1, 8), P("Results at a glance", st.h2),
         gauge, Spacer(1, 4),
         P("Tumour mutational burden: 14.2 mutations/megabase - TMB-HIGH (laboratory threshold: 10 mut/Mb or more). "
           "Percentile among all tumours tested: 88th.", st.body),
         P("Microsatellite instability: MSI score 0.6% (threshold 20%) - Microsatellite stable (MSS).", st.body),
         P("Mutational signature: SBS4 (tobacco-associated) predominant.", st.body),
         Spacer(1, 6), P("What these results mean", st.h3),
         P("A high TMB in a microsatellite-stable tumour is frequently associated with tobacco or UV exposure. Pembrolizumab "
           "is approved for TMB-High (10 mut/Mb or more) solid tumours that have progressed after prior treatment.", st.just),
         P("Limitations: TMB values from different assays are not directly comparable.", st.tiny),
         Spacer(1, 8), P("Laboratory director: F. Achterberg, PhD", st.small)]
    labels = [
        L("TMB", "signature", "positive", ["14.2 mutations/megabase - TMB-HIGH"], value="14.2 mut/Mb"),
        L("MSI", "signature", "negative", ["Microsatellite stable (MSS)"]),
    ]
    return Report(t, s, labels)
