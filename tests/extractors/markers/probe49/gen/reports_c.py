"""probe49 reports 6521-6530 (all invented)."""
from reportlab.lib import colors
from reportlab.lib.units import mm

from common import (L, P, W_A4, band, boxed, check_grid, grid, kv, report, sp, styles, two_col,
                    KeepTogether, PageBreak, Spacer, Table, TableStyle)

HX = colors.HexColor
W_LET = 8.5 * 72


# ----------------------------------------------------------------------------- 6521
@report(6521, "NCC", "Salivary duct carcinoma: AR, ER/PR, HER2 IHC and ISH, wrapped interpretation column", "salivary duct carcinoma",
        ["TW", "LG", "CT", "NP"], dict(patient="Patient U", acc="NB-26-01702"),
        [L("AR", "expression", "positive", "Androgen receptor", "90%", percent=90),
         L("ER", "expression", "negative", "ER / PR SP1 / 1E2", "Negative for ER", value="<1%"),
         L("PR", "expression", "negative", "ER / PR SP1 / 1E2", "Negative for ER", value="<1%"),
         L("HER2", "expression", "positive", "3+", ihc_score="3+"),
         L("HER2", "amplification", "positive", "Amplified", "ratio 4.1", ratio=4.1)])
def r6521():
    s = styles("Helvetica", 8.5)
    W = W_LET - 1.4 * 72
    st = [P("Predictive Biomarker Report - Head &amp; Neck", s["h1"])]
    st.append(grid([["Patient", "Accession", "Surgical case", "Site", "Reported"],
                    ["Patient U", "NB-26-01702", "S26-4120 block B3", "Right parotid, total parotidectomy", "2026-03-11"]],
                   [24 * mm, 28 * mm, 32 * mm, 55 * mm, W - 139 * mm], s, head_bg=HX("#f0e3e8")))
    st.append(sp(6))
    st.append(P("Diagnosis (S26-4120): salivary duct carcinoma, 41 mm, with perineural invasion; 3 of 22 cervical nodes positive.",
                s["body"]))
    rows = [["Marker", "Clone", "Result", "Extent / score", "Interpretation and comment"],
            ["Androgen receptor", "SP107", "Positive", "90%, strong nuclear",
             "AR-positive salivary duct carcinoma. Androgen deprivation therapy is a treatment option in advanced disease; "
             "no validated cut-off exists, most series using &gt; 70%."],
            ["HER2 IHC", "4B5", "Positive", "3+",
             "Strong complete membranous staining in about 60% of tumour cells. Scored using breast (ASCO/CAP) criteria, "
             "which are applied by convention in salivary carcinoma."],
            ["HER2 ISH", "dual probe", "Amplified", "ratio 4.1; mean 9.3 copies",
             "Performed at the clinician's request despite IHC 3+ for trial documentation."],
            ["ER / PR", "SP1 / 1E2", "Negative for ER and PR", "&lt; 1%", "As expected for this tumour type."]]
    st.append(grid(rows, [28 * mm, 18 * mm, 24 * mm, 32 * mm, W - 102 * mm], s, head_bg=HX("#7a1f3d"), head_white=True,
                   zebra=HX("#f8f0f3")))
    st.append(sp(8))
    st.append(P("Not performed", s["h3"]))
    st.append(P("Pan-TRK IHC and NGS were not requested (NTRK fusions are characteristic of secretory carcinoma, not salivary "
                "duct carcinoma). PD-L1 testing can be added on request.", s["body"]))
    st.append(P("Controls", s["h3"]))
    st.append(P("AR: prostate (positive) and tonsil (negative) appropriate. HER2: four-level cell line control appropriate. "
                "ER/PR: tonsil and endometrium appropriate. ISH: internal normal ductal nuclei with two signals of each probe.",
                s["small"]))
    st.append(P("HER2 IHC categories (breast criteria, reference): 0 and 1+ negative; 2+ equivocal; 3+ positive. "
                "ISH: ratio &gt;= 2.0 with &gt;= 4.0 copies amplified.", s["tiny"]))
    st.append(sp(8))
    st.append(P("Reported by: J. Okwuosa-Lindahl, MD, FRCPC - Biomarker Laboratory", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6522
@report(6522, "SBUH", "Neuropathology layered diagnosis: IDH1 R132H IHC, EGFR FISH, Ki-67; sequencing pending", "glioblastoma",
        ["SB", "FT", "NP", "MT"], dict(patient="Patient V", acc="NP26-0417"),
        [L("IDH1", "expression", "negative", "IDH1 R132H (clone H09): negative"),
         L("EGFR", "amplification", "positive", "EGFR amplification: PRESENT", "8.5", ratio=8.5),
         L("Ki-67", "expression", "reported", "Ki-67 (MIB-1) labelling index: approximately 25%", percent=25),
         L("TP53", "expression", "negative", "wild-type pattern", optional=True)])
def r6522():
    s = styles("Times-Roman", 9.6)
    W = W_A4["SBUH"]
    st = [P("NEUROPATHOLOGY REPORT", s["h2"])]
    st.append(kv([("Patient", "Patient V"), ("Neuropath No", "NP26-0417"), ("DOB", "16/10/1962"), ("Hospital No", "SB0711804"),
                  ("Neurosurgeon", "Mr R. Hallström-Nwosu"), ("Received", "02/03/2026"), ("Report", "Integrated (final)"),
                  ("Date", "16/03/2026")],
                 [24 * mm, 58 * mm, 26 * mm, W - 108 * mm], s, cols=2, lines="box"))
    st.append(sp(6))
    lay = Table([[P("<b>INTEGRATED DIAGNOSIS</b>", s["cell"]), P("Glioblastoma, IDH-wildtype, CNS WHO grade 4", s["cell"])],
                 [P("Histological diagnosis", s["cell"]), P("Diffuse astrocytic glioma with microvascular proliferation and necrosis", s["cell"])],
                 [P("CNS WHO grade", s["cell"]), P("4", s["cell"])],
                 [P("Molecular information", s["cell"]),
                  P("IDH1 R132H (clone H09): negative. ATRX retained. EGFR amplification: PRESENT (FISH). "
                    "CDKN2A homozygous deletion: present (FISH). MGMT promoter methylation: pending.", s["cell"])]],
                colWidths=[45 * mm, W - 45 * mm])
    lay.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), HX("#e8e8e8")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(lay)
    st.append(P("CLINICAL", s["h3"]))
    st.append(P("58-year-old, 6-week history of headaches and left-sided weakness. MRI: 5 cm ring-enhancing right parietal lesion.", s["body"]))
    st.append(P("MACROSCOPY", s["h3"]))
    st.append(P("'Right parietal tumour': multiple fragments of soft grey-pink tissue with yellow necrotic areas, 42 x 30 x 12 mm in "
                "aggregate. Smear prepared intra-operatively. All embedded in blocks A1-A6.", s["body"]))
    st.append(P("MICROSCOPY", s["h3"]))
    st.append(P("A densely cellular diffusely infiltrating astrocytic glioma with marked nuclear pleomorphism, brisk mitotic "
                "activity, glomeruloid microvascular proliferation and palisading necrosis.", s["body"]))
    st.append(P("Immunohistochemistry: GFAP and OLIG2 positive. IDH1 R132H negative in tumour cells. ATRX nuclear expression "
                "retained. p53 shows scattered nuclear staining of variable intensity in about 10% of cells (wild-type pattern). "
                "Ki-67 (MIB-1) labelling index: approximately 25% in the most proliferative areas.", s["body"]))
    st.append(P("MOLECULAR", s["h3"]))
    st.append(grid([["Test", "Result", "Detail"],
                    ["EGFR FISH", "EGFR amplification: PRESENT", "EGFR/CEP7 ratio 8.5; clusters in 70% of nuclei"],
                    ["CDKN2A FISH", "Homozygous deletion", "Both CDKN2A signals lost in 64% of nuclei"],
                    ["IDH1/IDH2 sequencing", "Pending", "Sent to regional genomics (patient is over 55; requested for completeness)"],
                    ["MGMT promoter methylation", "Pending", "Pyrosequencing, expected 2 weeks"]],
                   [42 * mm, 48 * mm, W - 90 * mm], s, lines="rows"))
    st.append(P("COMMENT", s["h3"]))
    st.append(P("In a patient of this age a negative IDH1 R132H immunostain with retained ATRX is strong evidence of an "
                "IDH-wildtype tumour; sequencing is pending and any non-canonical IDH1 or IDH2 variant would prompt an addendum. "
                "The integrated diagnosis would stand on molecular grounds alone given EGFR amplification.", s["body"]))
    st.append(sp(8))
    st.append(P("Dr Y. Castellano-Brennan, Consultant Neuropathologist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6523
@report(6523, "MMIS", "Corrected gastric PD-L1 CPS (new value beside the superseded one), HER2 0, MMR", "gastric adenocarcinoma",
        ["AM", "SB", "LG", "CT", "MT", "ML"], dict(patient="Patient W", acc="MM26-IH-00902"),
        [L("PD-L1", "expression", "positive", "CPS = 12", value="CPS 12"),
         L("HER2", "expression", "negative", "HER2 (4B5)", "Score 0", ihc_score="0"),
         L("MLH1", "expression", "positive", "MLH1 / PMS2 / MSH2 / MSH6: all", "intact nuclear staining for all four proteins"),
         L("PMS2", "expression", "positive", "MLH1 / PMS2 / MSH2 / MSH6: all", "intact nuclear staining for all four proteins"),
         L("MSH2", "expression", "positive", "MLH1 / PMS2 / MSH2 / MSH6: all", "intact nuclear staining for all four proteins"),
         L("MSH6", "expression", "positive", "MLH1 / PMS2 / MSH2 / MSH6: all", "intact nuclear staining for all four proteins"),
         L("MMR", "signature", "negative", "proficient (pMMR)")])
def r6523():
    s = styles("Helvetica", 8.5)
    W = W_LET - 1.3 * 72
    st = [band("CORRECTED REPORT", W, s, HX("#8a1c2b")), sp(4)]
    st.append(kv([("PATIENT", "Patient W"), ("CASE #", "MM26-IH-00902"), ("DOB / SEX", "04/14/1971  F"),
                  ("SOURCE CASE", "SVM-26-S-2207 A3"), ("ORDERING MD", "Ignatius Bellweather, MD"),
                  ("ORIGINAL REPORT", "02/20/2026"), ("FACILITY", "St. Veronica Medical Center"), ("CORRECTED", "02/24/2026")],
                 [26 * mm, 62 * mm, 32 * mm, W - 120 * mm], s, cols=2, lines="grid"))
    st.append(sp(6))
    st.append(boxed([P("<b>Correction:</b> The PD-L1 combined positive score was transcribed incorrectly in the original "
                       "report. The pathologist's worksheet records CPS 12. No other result has changed.", s["body"])],
                    W, bg=HX("#fff6e5"), border=HX("#8a1c2b")))
    st.append(sp(6))
    st.append(grid([["Test", "Corrected result", "Previously reported", "Interpretation"],
                    ["PD-L1 IHC 22C3 pharmDx", "CPS = 12", "CPS = 8", "PD-L1 expressed, CPS &gt;= 1 and &gt;= 10"],
                    ["HER2 (4B5)", "Score 0", "Score 0 (unchanged)", "Negative"],
                    ["Mismatch repair IHC", "MLH1 / PMS2 / MSH2 / MSH6: all retained", "unchanged", "MMR proficient (pMMR)"]],
                   [42 * mm, 48 * mm, 36 * mm, W - 126 * mm], s, head_bg=HX("#e8d4d7"),
                   extra=[("TEXTCOLOR", (2, 1), (2, -1), HX("#777777"))]))
    st.append(sp(8))
    st.append(P("SPECIMEN AND FINDINGS", s["h3"]))
    st.append(P("Stomach, body, endoscopic biopsies (block A3): adenocarcinoma, diffuse and tubular (mixed). Viable tumor cells: "
                "about 350. PD-L1: membranous staining of tumor cells and membranous/cytoplasmic staining of lymphocytes and "
                "macrophages within the tumor nests and adjacent stroma; 42 PD-L1-positive cells per 350 viable tumor cells. "
                "HER2: no membranous reactivity in tumor cells. MMR: intact nuclear staining for all four proteins with internal "
                "controls.", s["body"]))
    st.append(P("PD-L1 (22C3) GASTRIC / GEJ CUT-OFFS", s["h3"]))
    st.append(grid([["CPS", "Category"], ["&lt; 1", "No PD-L1 expression"], ["&gt;= 1", "PD-L1 expression"],
                    ["&gt;= 5", "Threshold used with some regimens"], ["&gt;= 10", "PD-L1 expression at the CPS 10 threshold"]],
                   [30 * mm, 90 * mm], s, lines="rows"))
    st.append(P("CPS = number of PD-L1 staining cells (tumor cells, lymphocytes, macrophages) / total viable tumor cells x 100.",
                s["small"]))
    st.append(PageBreak())
    st.append(P("QUALITY CONTROL", s["h3"]))
    st.append(grid([["Assay", "Run", "Controls", "Status"],
                    ["PD-L1 22C3", "P-0219-01", "Tonsil, NCI-H226 / MCF-7 cell pellets", "Pass"],
                    ["HER2 4B5", "H-0219-03", "Four-level cell line control", "Pass"],
                    ["MMR panel", "M-0219-02", "Tonsil; appendix", "Pass"]],
                   [36 * mm, 28 * mm, 70 * mm, W - 134 * mm], s, lines="rows"))
    st.append(P("METHODS AND DISCLAIMERS", s["h3"]))
    st.append(P("PD-L1 IHC 22C3 pharmDx on an automated platform per package insert; scored by a pathologist trained in gastric "
                "CPS. HER2 with rabbit monoclonal 4B5, scored with gastric biopsy criteria (cluster of &gt;= 5 cells). MMR with MLH1 "
                "(M1), PMS2 (A16-4), MSH2 (G219-1129), MSH6 (44) - clones listed for documentation. Tissue fixed in 10% NBF for "
                "6-72 hours; decalcified tissue is not validated. Claudin 18.2 and EBER ISH were not ordered.", s["small"]))
    st.append(P("Corrected reports replace all previous versions. Please destroy or annotate earlier copies.", s["small"]))
    st.append(sp(8))
    st.append(P("Electronically signed: Hyun-Woo Castellanos, MD - corrected 02/24/2026 08:15 PT", s["small"]))
    return st


# ----------------------------------------------------------------------------- 6524
@report(6524, "LIDP", "Breast core, ER low positive, HER2 0 (ultralow): two-column with Allred / H-score legend", "breast carcinoma",
        ["2C", "LG", "FT"], dict(patient="Patient X", acc="LI-26-P-01562"),
        [L("ER", "expression", "positive", "ER......: LOW POSITIVE, 5%", percent=5),
         L("PR", "expression", "negative", "PR......: NEGATIVE, 0%", percent=0),
         L("HER2", "expression", "negative", "HER2....: 0", ihc_score="0"),
         L("Ki-67", "expression", "reported", "Ki-67...: 40%", percent=40)])
def r6524():
    s = styles("Courier", 8.2, lead=1.25)
    W = W_A4["LIDP"]
    st = [P("PREDICTIVE MARKER REPORT - BREAST", s["h2"])]
    st.append(kv([("PATIENT....:", "Patient X"), ("SEX/AGE....:", "F / 38"),
                  ("ACCESSION..:", "LI-26-P-01562"), ("PARENT CASE:", "LI-26-S-06614 (R breast core, 10 o'clock)"),
                  ("RECEIVED...:", "2026-02-26"), ("FINAL......:", "2026-03-02")],
                 [28 * mm, 62 * mm, 28 * mm, W - 118 * mm], s, cols=2))
    st.append(P("-" * 96, s["small"]))
    left = [P("RESULTS (block A1)", s["h3"]),
            P("ER......: LOW POSITIVE, 5% weak-moderate (Allred 4 = 2+2; H-score 10)", s["body"]),
            P("PR......: NEGATIVE, 0%", s["body"]),
            P("HER2....: 0", s["body"]),
            P("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;faint incomplete membrane staining in ~5% of cells "
              "(HER2-ultralow category; IHC 0 is a negative result)", s["small"]),
            P("Ki-67...: 40%", s["body"]),
            sp(6),
            P("COMMENT", s["h3"]),
            P("Invasive carcinoma NST, grade 3. ER low positive: tumours with 1-10% ER staining behave more like ER-negative "
              "tumours in several studies; endocrine therapy benefit is uncertain. Internal normal epithelium is strongly ER "
              "and PR positive, confirming adequate fixation. Germline BRCA1/BRCA2 testing has been suggested to the clinic "
              "(age and phenotype); not performed in this laboratory.", s["body"])]
    lg = styles("Courier", 7.0, lead=1.2)
    right = [P("SCORING LEGEND", lg["h3"]),
             P("ALLRED = proportion + intensity", lg["small"]),
             grid([["PS", "% cells"], ["0", "none"], ["1", "&lt;1%"], ["2", "1-10%"], ["3", "11-33%"], ["4", "34-66%"],
                   ["5", "&gt;66%"]], [12 * mm, 22 * mm], lg, lines="rows"),
             sp(3),
             grid([["IS", "intensity"], ["0", "none"], ["1", "weak"], ["2", "moderate"], ["3", "strong"]],
                  [12 * mm, 22 * mm], lg, lines="rows"),
             sp(3),
             P("H-SCORE = 1x(%weak) + 2x(%mod) + 3x(%strong), range 0-300", lg["small"]),
             P("ER/PR: &lt;1% NEGATIVE; 1-10% LOW POSITIVE; &gt;10% POSITIVE", lg["small"]),
             P("HER2: 0 / 1+ NEG; 2+ EQUIVOCAL; 3+ POS", lg["small"])]
    st.append(two_col(left, right, [W * 0.66, W * 0.34]))
    st.append(P("-" * 96, s["small"]))
    st.append(P("CLONES: ER SP1, PR 16, HER2 4B5, Ki-67 MIB-1. Cold ischaemia 20 min; fixation 24 h NBF.", s["small"]))
    st.append(P("Verified by: L. Sandoval-Eriksen, MD  2026-03-02 16:05", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6525
@report(6525, "KBRH", "Serous endometrial carcinoma: checklist with bracketed options, HER2 gynae scoring, p53, MMR", "endometrial serous carcinoma",
        ["SY", "CB", "LG", "NP"], dict(patient="Patient Y", acc="KB-26-05877"),
        [L("HER2", "expression", "positive", "HER2 IHC score:", "[X] 3+", ihc_score="3+"),
         L("ER", "expression", "negative", "Oestrogen receptor: [ ] Positive [X] Negative", "Percentage of tumour nuclei: 0%", percent=0),
         L("PR", "expression", "negative", "Progesterone receptor: [ ] Positive [X] Negative", "Percentage of tumour nuclei: < 1%", value="<1%"),
         L("TP53", "expression", "positive", "Abnormal - overexpression"),
         L("MLH1", "expression", "positive", "MLH1: [X] Retained"),
         L("PMS2", "expression", "positive", "PMS2: [X] Retained"),
         L("MSH2", "expression", "positive", "MSH2: [X] Retained"),
         L("MSH6", "expression", "positive", "MSH6: [X] Retained"),
         L("MMR", "signature", "negative", "[X] Proficient")])
def r6525():
    s = styles("Helvetica", 8.6)
    W = W_A4["KBRH"]
    st = [P("Endometrial Carcinoma Biomarker Checklist", s["h1"])]
    st.append(kv([("Patient", "Patient Y"), ("Lab no.", "KB-26-05877"), ("DOB", "21/08/1955"), ("Block", "B4 (hysterectomy)"),
                  ("Requester", "Dr A. Whaanga-Prior (Gynae Oncology)"), ("Reported", "17/03/2026")],
                 [22 * mm, 60 * mm, 22 * mm, W - 104 * mm], s, cols=2, lines="box"))
    st.append(sp(4))
    st.append(P("Histology (main report KB-26-05877): serous carcinoma of the endometrium, 22 mm, inner-half myometrial invasion.", s["small"]))
    st.append(band("HER2", W, s, HX("#d9661f")))
    st.append(P("HER2 IHC score: [ ] 0 &nbsp; [ ] 1+ &nbsp; [ ] 2+ &nbsp; [X] 3+", s["body"]))
    st.append(P("Percentage of tumour cells with strong complete or basolateral/lateral membrane staining: 40%", s["body"]))
    st.append(P("Scoring system: [X] Serous endometrial (gynaecological) criteria &nbsp; [ ] Breast ASCO/CAP criteria", s["body"]))
    st.append(P("ISH: [X] Not required (IHC 3+) &nbsp; [ ] Requested &nbsp; [ ] Pending", s["body"]))
    st.append(band("HORMONE RECEPTORS", W, s, HX("#d9661f")))
    st.append(P("Oestrogen receptor: [ ] Positive &nbsp; [X] Negative", s["body"]))
    st.append(P("Percentage of tumour nuclei: 0%", s["body"]))
    st.append(P("Progesterone receptor: [ ] Positive &nbsp; [X] Negative", s["body"]))
    st.append(P("Percentage of tumour nuclei: &lt; 1%", s["body"]))
    st.append(band("p53", W, s, HX("#d9661f")))
    st.append(P("Pattern: [ ] Normal (wild-type) &nbsp; [X] Abnormal - overexpression &nbsp; [ ] Abnormal - null &nbsp; "
                "[ ] Abnormal - cytoplasmic &nbsp; [ ] Subclonal", s["body"]))
    st.append(band("MISMATCH REPAIR", W, s, HX("#d9661f")))
    st.append(P("MLH1: [X] Retained [ ] Lost &nbsp;&nbsp; PMS2: [X] Retained [ ] Lost", s["body"]))
    st.append(P("MSH2: [X] Retained [ ] Lost &nbsp;&nbsp; MSH6: [X] Retained [ ] Lost", s["body"]))
    st.append(P("Overall: [X] Proficient &nbsp; [ ] Deficient &nbsp; [ ] Indeterminate", s["body"]))
    st.append(band("OTHER", W, s, HX("#8c8c8c")))
    st.append(P("WT1: negative. p16: diffuse block-type positive. PD-L1 (22C3): [ ] Performed &nbsp; [X] Not requested. "
                "POLE sequencing: [ ] Performed &nbsp; [X] Not indicated (p53-abnormal serous histology).", s["body"]))
    st.append(sp(4))
    st.append(P("HER2 in serous endometrial carcinoma (reference): 3+ = intense complete or basolateral/lateral membrane staining "
                "in &gt; 30% of tumour cells; 2+ = intense in &lt;= 30% or weak-moderate in &gt;= 10%; 1+ or 0 = negative. "
                "Equivocal (2+) cases are reflexed to ISH.", s["tiny"]))
    st.append(P("Summary: HER2-positive (3+), hormone receptor negative, p53-abnormal, MMR-proficient serous carcinoma.", s["b"]))
    st.append(sp(4))
    st.append(P("Dr L. Mahuika, Anatomical Pathologist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6526
@report(6526, "HRL", "Metastatic colorectal integrated biomarker report: summary on top, IHC and ISH detail, NGS restated (see also)", "colorectal adenocarcinoma",
        ["SB", "SA", "CT", "LG", "NP", "ML"], dict(patient="Patient Z", acc="HR26-044018"),
        [L("MLH1", "expression", "positive", "MLH1 (ES05) Intact"),
         L("PMS2", "expression", "positive", "PMS2 (EP51) Intact"),
         L("MSH2", "expression", "positive", "MSH2 (FE11) Intact"),
         L("MSH6", "expression", "positive", "MSH6 (EP49) Intact"),
         L("MMR", "signature", "negative", "Mismatch repair proficient"),
         L("HER2", "expression", "positive", "HER2 IHC 3+", ihc_score="3+"),
         L("HER2", "amplification", "positive", "HER2 amplified", "3.24", ratio=3.24),
         L("NTRK", "expression", "negative", "Pan-TRK IHC", "Negative"),
         L("KRAS", "mutation", "positive", "KRAS c.35G>A p.(Gly12Asp)", alteration="G12D"),
         L("TP53", "mutation", "positive", "c.733G>A p.(Gly245Ser)", "Pathogenic (tier II)", alteration="G245S"),
         L("NRAS", "mutation", "negative", "NRAS", "No pathogenic variant detected"),
         L("BRAF", "mutation", "negative", "BRAF V600E", "Not detected"),
         L("MSI", "signature", "negative", "MSS (stable)"),
         L("TMB", "signature", "negative", "6 mut/Mb (low)", value="6 mut/Mb")])
def r6526():
    s = styles("Helvetica", 8.6)
    W = W_A4["HRL"]
    st = [P("INTEGRATED BIOMARKER REPORT - COLORECTAL", s["h1"])]
    st.append(kv([("Patient", "Patient Z"), ("Lab no.", "HR26-044018"), ("Date of birth", "09/01/1957"),
                  ("Referring lab ref", "PRH 26-H-2274 block A6 (liver metastasis)"), ("Requested by", "Dr S. Moreau-Achebe, Oncology"),
                  ("Reported", "24/03/2026")],
                 [30 * mm, 57 * mm, 32 * mm, W - 119 * mm], s, cols=2, lines="box",
                 extra=[("BACKGROUND", (0, 0), (0, -1), HX("#eef2f8")), ("BACKGROUND", (2, 0), (2, -1), HX("#eef2f8"))]))
    st.append(sp(6))
    summ = grid([["Biomarker", "Result", "Source"],
                 ["Mismatch repair (IHC)", "Mismatch repair proficient", "This report"],
                 ["HER2", "HER2 IHC 3+ / HER2 amplified (ISH)", "This report"],
                 ["Pan-TRK IHC", "Negative", "This report"],
                 ["KRAS", "KRAS c.35G&gt;A p.(Gly12Asp) detected", "HRL molecular report HR26-M-00711"],
                 ["NRAS / BRAF", "No pathogenic variant detected", "HRL molecular report HR26-M-00711"],
                 ["MSI (NGS)", "MSS (stable)", "HRL molecular report HR26-M-00711"],
                 ["TMB", "6 mut/Mb (low)", "HRL molecular report HR26-M-00711"],
                 ["PD-L1", "Not performed (not requested)", "-"]],
                [45 * mm, 75 * mm, W - 120 * mm], s, head_bg=HX("#1f3a68"), head_white=True, zebra=HX("#eef2f8"))
    st.append(P("SUMMARY OF RESULTS", s["h2"]))
    st.append(summ)
    st.append(P("Molecular results are restated from the linked report for convenience; see also HR26-M-00711 for the full "
                "variant list, coverage and limitations. The molecular report takes precedence in case of discrepancy.", s["ital"]))
    st.append(sp(6))
    st.append(P("Clinical details: sigmoid adenocarcinoma resected 2024 (pT3 N1b); now liver metastases; planning systemic "
                "therapy. Requested: MMR, HER2, pan-TRK on the liver biopsy.", s["body"]))
    st.append(PageBreak())
    st.append(band("1. MISMATCH REPAIR IMMUNOHISTOCHEMISTRY", W, s, HX("#1f3a68")))
    st.append(grid([["Protein (clone)", "Tumour nuclei", "Internal control", "Result"],
                    ["MLH1 (ES05)", "Present, strong", "Present", "MLH1 (ES05) Intact"],
                    ["PMS2 (EP51)", "Present, moderate", "Present", "PMS2 (EP51) Intact"],
                    ["MSH2 (FE11)", "Present, strong", "Present", "MSH2 (FE11) Intact"],
                    ["MSH6 (EP49)", "Present, strong", "Present", "MSH6 (EP49) Intact"]],
                   [40 * mm, 40 * mm, 35 * mm, W - 115 * mm], s, head_bg=HX("#dfe5ef")))
    st.append(sp(6))
    st.append(band("2. HER2 (colorectal criteria)", W, s, HX("#1f3a68")))
    st.append(P("IHC (4B5): intense complete or basolateral/lateral membrane staining in approximately 70% of tumour cells: "
                "HER2 IHC 3+. Colorectal scoring (research-derived criteria): 3+ requires intense staining in &gt;= 50% of tumour "
                "cells; 2+ moderate staining in &gt;= 50%; 1+ faint staining in &gt;= 50%; 0 no staining.", s["body"]))
    st.append(P("ISH (dual probe): HER2/CEP17 ratio 3.24 (mean HER2 7.1, mean CEP17 2.2; 40 nuclei). HER2 amplified. "
                "Colorectal ISH criterion: ratio &gt;= 2.0 in &gt;= 50% of cells.", s["body"]))
    st.append(sp(6))
    st.append(band("3. PAN-TRK SCREEN", W, s, HX("#1f3a68")))
    st.append(P("Pan-TRK IHC (EPR17341): Negative - no staining of tumour cells; appendix control positive. NTRK fusions are "
                "rare in colorectal cancer (under 1%) and concentrated in dMMR tumours; a negative screen in a pMMR tumour makes a "
                "fusion very unlikely. No reflex fusion testing.", s["body"]))
    st.append(sp(6))
    st.append(band("4. CONTROLS", W, s, HX("#1f3a68")))
    st.append(grid([["Assay", "External control", "Outcome"],
                    ["MMR panel", "Tonsil; MLH1-deficient and MSH2-deficient CRC", "Expected patterns"],
                    ["HER2 IHC", "Cell lines 0 / 1+ / 2+ / 3+", "Expected"],
                    ["HER2 ISH", "Amplified and non-amplified cell lines", "Ratios 4.6 and 1.0"],
                    ["Pan-TRK", "Appendix; TRK-fusion sarcoma", "Positive as expected"]],
                   [35 * mm, 80 * mm, W - 115 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(band("5. MOLECULAR RESULTS (restated from HR26-M-00711, same block)", W, s, HX("#e2a33b"), fg=colors.black))
    st.append(grid([["Gene", "Variant", "VAF", "Classification"],
                    ["KRAS", "KRAS c.35G&gt;A p.(Gly12Asp)", "31%", "Pathogenic (tier I)"],
                    ["TP53", "c.733G&gt;A p.(Gly245Ser)", "44%", "Pathogenic (tier II)"],
                    ["APC", "c.4348C&gt;T p.(Arg1450*)", "39%", "Pathogenic"],
                    ["PIK3CA", "c.1173A&gt;G p.(Ile391Met)", "49%", "Benign / polymorphism"],
                    ["NRAS", "-", "-", "No pathogenic variant detected"],
                    ["BRAF V600E", "-", "-", "Not detected"]],
                   [30 * mm, 60 * mm, 20 * mm, W - 110 * mm], s, lines="rows"))
    st.append(P("MSI by NGS: MSS (stable) (1.2% unstable loci; threshold 20%). Tumour mutational burden: 6 mut/Mb (low; "
                "laboratory threshold for TMB-high &gt;= 10 mut/Mb).", s["body"]))
    st.append(PageBreak())
    st.append(P("Interpretation", s["h2"]))
    st.append(P("HER2-amplified, RAS-mutant (KRAS G12D), BRAF wild-type, mismatch repair proficient / microsatellite stable "
                "metastatic colorectal adenocarcinoma. KRAS mutation predicts lack of benefit from anti-EGFR antibodies. HER2 "
                "amplification in a RAS-mutant tumour is reported for completeness; trial options may be discussed.", s["body"]))
    st.append(P("TP53 and APC variants are shown in the molecular report for completeness and are not individually actionable.",
                s["body"]))
    st.append(P("Methods", s["h3"]))
    st.append(P("IHC on an automated platform; MMR clones ES05, EP51, FE11, EP49; HER2 4B5; pan-TRK EPR17341. ISH dual-probe "
                "brightfield, two observers. NGS: hybrid-capture DNA panel of 523 genes (see HR26-M-00711 for the gene list, "
                "minimum depth 500x, limit of detection 5% VAF). The MSI and TMB algorithms were validated against PCR and "
                "whole-exome sequencing respectively.", s["small"]))
    st.append(P("Limitations", s["h3"]))
    st.append(P("The liver biopsy contains about 30% tumour cells. Results from a metastatic site may differ from the primary; "
                "the 2024 primary was not retested. Poor or delayed fixation can cause false loss of MMR protein staining; "
                "internal controls here were satisfactory.", s["small"]))
    st.append(sp(10))
    st.append(kv([("Reported by", "Dr Imogen Stalbridge (IHC/ISH); Dr K. Oduya-Fenwick (molecular)"),
                  ("Authorised", "24/03/2026")], [30 * mm, W - 30 * mm], s))
    return st


# ----------------------------------------------------------------------------- 6527
@report(6527, "CVP", "Lung panel: markers as rows, two specimens as columns; PD-L1 differs; MET IHC", "lung adenocarcinoma",
        ["BM", "TW", "LG", "NP"], dict(patient="Patient AA", acc="CV26/IH/2533"),
        [L("PD-L1", "expression", "positive", "TPS 30%", percent=30),
         L("PD-L1", "expression", "positive", "TPS 70%", percent=70),
         L("ALK", "expression", "negative", "ALK (D5F3)", "Negative"),
         L("ROS1", "expression", "negative", "ROS1 (D4D6)", "Negative"),
         L("MET", "expression", "positive", "c-MET (SP44)", "3+ in 60%", ihc_score="3+", percent=60)])
def r6527():
    s = styles("Helvetica", 8.7)
    W = W_A4["CVP"]
    st = [P("THORACIC BIOMARKER IMMUNOHISTOCHEMISTRY", s["h1"])]
    st.append(kv([("Patient:", "Patient AA"), ("Our ref:", "CV26/IH/2533"), ("D.O.B.:", "30.06.1950"),
                  ("Your ref:", "PRH 26-H-3010 (A1) and 26-C-0412 (EBUS 4R)"), ("Clinician:", "Dr G. Ishikawa-Moore"),
                  ("Reported:", "18.03.2026")],
                 [22 * mm, 60 * mm, 22 * mm, W - 104 * mm], s, cols=2, lines="box",
                 extra=[("BACKGROUND", (0, 0), (-1, -1), HX("#eef6f0"))]))
    st.append(sp(6))
    st.append(P("Two specimens of the same lung adenocarcinoma were tested: bronchial biopsy (primary, RUL) and EBUS-TBNA "
                "cell block of station 4R (metastatic).", s["body"]))
    rows = [["Marker (clone)", "Bronchial biopsy, block A1", "EBUS 4R cell block", "Comment"],
            ["PD-L1 (22C3)", "TPS 30% (about 450 tumour cells)", "TPS 70% (about 300 tumour cells)",
             "Heterogeneous expression between sites; the higher value is usually used for treatment decisions - clinical "
             "team to decide"],
            ["ALK (D5F3)", "Negative", "Not tested (tissue conserved)", "Binary scoring"],
            ["ROS1 (D4D6)", "Negative", "Not tested", "Screening IHC"],
            ["c-MET (SP44)", "3+ in 60% of tumour cells", "Not tested",
             "MET overexpression (high: 3+ in &gt;= 50%). Not a surrogate for MET exon 14 skipping or amplification"]]
    st.append(grid(rows, [28 * mm, 40 * mm, 40 * mm, W - 108 * mm], s, head_bg=HX("#d5eadc")))
    st.append(sp(6))
    st.append(band("INTERPRETATION", W, s, HX("#2e7d4f")))
    st.append(P("PD-L1 expressed in both specimens (TPS 1-49% in the primary biopsy; TPS &gt;= 50% in the nodal cell block). "
                "ALK and ROS1 negative. c-MET protein overexpression. DNA/RNA NGS on the biopsy block has been sent to the "
                "genomic laboratory hub (EGFR, KRAS, BRAF, MET exon 14 and amplification, RET, NTRK) - pending.", s["body"]))
    st.append(P("Reference levels: PD-L1 22C3 TPS &lt; 1% / 1-49% / &gt;= 50%. c-MET SP44 (trial scoring): 0, 1+, 2+, 3+ by intensity "
                "with percentage; 'high' = 3+ in &gt;= 50% of tumour cells, 'intermediate' = 3+ in 25-49%.", s["tiny"]))
    st.append(P("Controls: tonsil (PD-L1), ALK-positive and ROS1-positive controls, MET-high gastric carcinoma control: all "
                "as expected.", s["small"]))
    st.append(sp(10))
    st.append(P("Reporting pathologist: Dr Anwen Thistlethwaite  |  Verified 18.03.2026", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6528
@report(6528, "NCC", "Referral letter: receptor testing sent out, fixation disclaimer; out-of-scope stains only", "breast carcinoma (metastatic, suspected)",
        ["NP", "FT"], dict(patient="Patient AB", acc="NB-26-01988"), [])
def r6528():
    s = styles("Helvetica", 9.0)
    W = W_LET - 1.4 * 72
    st = [P("Biomarker Laboratory - Notice of Referral", s["h1"])]
    st.append(kv([("Patient:", "Patient AB"), ("Accession:", "NB-26-01988"), ("Surgical case:", "S26-5013 (pleura, biopsy)"),
                  ("Date:", "2026-03-19"), ("To:", "Dr V. Haldane-Osei, Medical Oncology"), ("Re:", "Predictive markers")],
                 [26 * mm, 70 * mm, 26 * mm, W - 122 * mm], s, cols=2, lines="grid"))
    st.append(sp(8))
    st.append(P("Dear Dr Haldane-Osei,", s["body"]))
    st.append(P("The pleural biopsy S26-5013 shows metastatic carcinoma. On the diagnostic panel the tumour cells are positive "
                "for CK7 and GATA3 and negative for TTF-1, CK20 and calretinin, favouring a breast primary.", s["body"]))
    st.append(P("You requested ER, PR and HER2 on this specimen. The requisition records that the biopsy was left in formalin "
                "over a long weekend and fixed for about 96 hours. Our validated range is 6 to 72 hours; prolonged fixation can "
                "reduce ER, PR and HER2 immunoreactivity and give false-negative results. We have therefore not stained this "
                "specimen for ER, PR or HER2.", s["body"]))
    st.append(P("With your agreement by telephone on 2026-03-18, the block has been referred to Harrowgate Reference "
                "Laboratories, which has a validated protocol for over-fixed tissue, for ER, PR, HER2 and Ki-67. Expected turnaround "
                "is 7 working days; their report will be forwarded and filed under this accession.", s["body"]))
    st.append(P("Her earlier history, as you noted, includes a 2019 right breast carcinoma treated elsewhere; we have no "
                "receptor results for that tumour in our records and have requested the outside report.", s["body"]))
    st.append(sp(6))
    st.append(grid([["Test", "Status"], ["ER (SP1)", "Referred - not performed here"], ["PR (16)", "Referred - not performed here"],
                    ["HER2 (4B5) +/- ISH", "Referred - not performed here"], ["Ki-67", "Referred - not performed here"],
                    ["PD-L1 (22C3 / SP142)", "Not requested; can be added if triple negative"]],
                   [60 * mm, W - 60 * mm], s, head_bg=HX("#f0e3e8"), lines="rows"))
    st.append(sp(10))
    st.append(P("Yours sincerely,", s["body"]))
    st.append(P("A. Ivanova-Reyes, MD, FRCPC<br/>Medical Lead, Biomarker Laboratory", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6529
@report(6529, "BCH", "Osteosarcoma GD2 IHC screen negative for trial; outside prior result quoted", "osteosarcoma",
        ["TR", "PR", "BM", "LG"], dict(patient="Patient AC", acc="BP26-0447"),
        [L("GD2", "expression", "negative", "GD2 (IHC): NEGATIVE", "<5% of tumour cells", value="<5%"),
         L("Ki-67", "expression", "reported", "Ki-67 (MIB-1): 30%", percent=30),
         L("GD2", "expression", "positive", "focal positive (20%)", percent=20, optional=True)])
def r6529():
    s = styles("Helvetica", 8.7)
    W = W_A4["BCH"]
    st = [P("Trial screening - GD2 immunohistochemistry", s["h1"])]
    st.append(grid([["Patient", "Patient AC", "Lab number", "BP26-0447"],
                    ["Date of birth", "02/11/2011", "Protocol", "OSTEO-GD2 phase II, screening no. S-118"],
                    ["Specimen", "Lung metastasis, wedge resection (post-chemotherapy)", "Blocks", "B2, B5"]],
                   [28 * mm, 58 * mm, 26 * mm, W - 112 * mm], s, head=0, lines="grid",
                   extra=[("BACKGROUND", (0, 0), (0, -1), HX("#ece6f5")), ("BACKGROUND", (2, 0), (2, -1), HX("#ece6f5"))]))
    st.append(sp(6))
    st.append(band("Result", W, s, HX("#5b3f8c")))
    st.append(P("<b>GD2 (IHC): NEGATIVE</b> - weak staining in &lt;5% of tumour cells; no moderate or strong staining.", s["body"]))
    st.append(P("Ki-67 (MIB-1): 30% of viable tumour cells.", s["body"]))
    st.append(P("Protocol threshold: GD2 positive = moderate or strong staining in &gt;= 10% of viable tumour cells. "
                "This specimen does not meet the GD2 eligibility criterion.", s["body"]))
    st.append(P("By block", s["h3"]))
    st.append(grid([["Block", "Viable tumour", "GD2 intensity", "GD2 %", "Ki-67"],
                    ["B2", "about 40% (60% necrosis)", "weak", "&lt;5%", "30%"],
                    ["B5", "about 25%", "weak", "&lt;5%", "30%"]],
                   [20 * mm, 45 * mm, 30 * mm, 25 * mm, W - 120 * mm], s, head_bg=HX("#ece6f5")))
    st.append(sp(6))
    st.append(P("Comment", s["h3"]))
    st.append(P("The referring centre's diagnostic biopsy of the femoral primary (2025) was reported there as GD2 "
                "'focal positive (20%)' using a different antibody; that slide was not available for review. Expression may have "
                "changed after chemotherapy. The protocol allows submission of archival primary tissue for central review; "
                "the trial office has been informed.", s["body"]))
    st.append(P("Method and controls: GD2 IHC (clone 14G2a-based protocol) on FFPE sections with antigen retrieval optimised for "
                "glycolipid; GD2-positive neuroblastoma control strong, tonsil negative, isotype negative. Decalcified bone is "
                "not validated; both blocks tested were lung, not decalcified.", s["small"]))
    st.append(sp(10))
    st.append(P("Dr Rosalind Achebe-Moore, Consultant Paediatric Pathologist - 12/03/2026", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6530
@report(6530, "AVH", "Anaplastic thyroid: continued IHC report (see also), BRAF VE1, pan-TRK, PD-L1; PCR pending", "anaplastic thyroid carcinoma",
        ["SA", "FT", "NP", "LG"], dict(patient="Patient AD", acc="AV/26/1402"),
        [L("BRAF", "expression", "positive", "BRAF V600E (VE1): positive"),
         L("NTRK", "expression", "negative", "pan-TRK: negative"),
         L("PD-L1", "expression", "positive", "tumour proportion score 80%", percent=80)])
def r6530():
    s = styles("Times-Roman", 9.5)
    W = W_A4["AVH"]
    st = [P("Supplementary report (part 2 of 2)", s["h2"])]
    st.append(P("Continued from our report AV/26/1402 part 1 (diagnosis, issued 04.03.2026), which should be read first. "
                "See also the cytology report AV/26/C/077.", s["ital"]))
    st.append(kv([("Patient", "Patient AD"), ("Date of birth", "07.07.1948"), ("Referrer", "Mr H. Okafor-Linde, ENT"),
                  ("Specimen", "Thyroid, right lobe, core biopsy x 3")],
                 [24 * mm, 58 * mm, 24 * mm, W - 106 * mm], s, cols=2, lines="grid"))
    st.append(sp(6))
    st.append(P("Further immunohistochemistry", s["h3"]))
    st.append(P("Following the diagnosis of anaplastic (undifferentiated) thyroid carcinoma, predictive stains were requested "
                "by the thyroid MDT on 05.03.2026 and performed on block A2.", s["body"]))
    st.append(P("BRAF V600E (VE1): positive, diffuse moderate cytoplasmic staining in tumour cells. pan-TRK: negative. PD-L1 "
                "(22C3): tumour proportion score 80%. PAX8 is focally positive and thyroglobulin negative (diagnostic, see part 1).",
                s["body"]))
    st.append(P("Comment", s["h3"]))
    st.append(P("The VE1 result indicates expression of the BRAF V600E mutant protein. Confirmatory BRAF mutation analysis by "
                "real-time PCR has been sent to the molecular pathology laboratory; its result will be issued as part 3. "
                "In anaplastic carcinoma a BRAF V600E result supports urgent consideration of combined BRAF/MEK inhibition; "
                "a negative pan-TRK stain makes an NTRK fusion unlikely but does not exclude it. RET and ALK fusions were not "
                "tested.", s["body"]))
    st.append(P("For reference: VE1 staining is scored positive when diffuse cytoplasmic staining is present in tumour cells; "
                "weak nuclear or isolated cell staining is regarded as negative. PD-L1 TPS bands: &lt; 1%, 1-49%, &gt;= 50%.",
                s["small"]))
    st.append(P("Controls: BRAF V600E-mutant melanoma and wild-type colon for VE1; appendix for pan-TRK; tonsil for PD-L1. All "
                "appropriate.", s["small"]))
    st.append(sp(10))
    st.append(P("Dr M. Oyelowo-Sandberg MB ChB FRCPath &nbsp;&nbsp; 09.03.2026", s["body"]))
    return st
