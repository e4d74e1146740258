"""Pathology laboratory reports (ids 1027-1040). All invented."""

from reportlab.lib import colors

from .common import L, spec

SPECS = []
add = SPECS.append

# ------------------------------------------------------------------------------------------
# Pinecrest: HER2 ISH (breast) and gastric HER2/PD-L1

PINE_SIG = (
    "sig",
    [
        "Electronically signed by Jonah Whitlock, MD, Anatomic Pathology",
        "Pinecrest Regional Laboratory",
    ],
)

add(
    spec(
        1027,
        "pinecrest",
        ("NUNEZ, Graciela", "09/14/1972", "F"),
        "PRL-S26-04410",
        "SURGICAL PATHOLOGY - HER2 IN SITU HYBRIDIZATION (ADD-ON)",
        [
            (
                "kv",
                [
                    ("Specimen", "Right breast, 10 o'clock, ultrasound-guided core biopsy"),
                    ("Diagnosis", "Invasive ductal carcinoma, Nottingham grade 2"),
                    (
                        "Reason for ISH",
                        "HER2 IHC 2+ (equivocal) on this specimen, reported 2026-02-03",
                    ),
                ],
                0.28,
            ),
            ("h2", "HER2 dual-probe ISH (bright-field)"),
            (
                "table",
                ["Parameter", "Value"],
                [
                    ["Invasive tumour cells counted", "40"],
                    ["Average HER2 signals per cell", "4.6"],
                    ["Average CEP17 signals per cell", "2.6"],
                    ["HER2/CEP17 ratio", "1.8"],
                    ["ASCO/CAP 2018 group", "Group 4"],
                ],
                [3, 1],
                {"zebra": True},
            ),
            (
                "box",
                [("b", "RESULT: HER2 NEGATIVE (not amplified) - ratio 1.8, HER2 4.6 signals/cell")],
                colors.HexColor("#E5E8E8"),
            ),
            (
                "small",
                "Group 4 (ratio < 2.0 with average HER2 copy number >= 4.0 and < 6.0): the "
                "ISH result was reviewed with the concurrent IHC. Per guideline, when IHC is 2+ the "
                "final result for group 4 is HER2 negative.",
            ),
            ("h2", "Summary of HER2 testing on this tumour"),
            ("p", "HER2 IHC (4B5): score 2+ (equivocal), 2026-02-03; HER2 ISH: not amplified."),
            PINE_SIG,
        ],
        [
            L(
                "HER2",
                "amplification",
                "negative",
                "RESULT: HER2 NEGATIVE (not amplified) - ratio 1.8, HER2 4.6 signals/cell",
                ratio=1.8,
            ),
            L(
                "HER2",
                "expression",
                "equivocal",
                "HER2 IHC (4B5): score 2+ (equivocal), 2026-02-03",
                ihc_score="2+",
            ),
        ],
        pblock="grid",
        meta=[("Client", "Pinecrest Breast Center"), ("Collected", "01/29/2026")],
    )
)

add(
    spec(
        1039,
        "pinecrest",
        ("TRUONG, Bao", "02/17/1961", "M"),
        "PRL-S26-04877",
        "SURGICAL PATHOLOGY - BIOMARKER ADDENDUM",
        [
            (
                "kv",
                [
                    ("Specimen", "Stomach and distal oesophagus, total gastrectomy"),
                    ("Diagnosis", "Adenocarcinoma of the gastro-oesophageal junction, ypT3 N2"),
                ],
                0.28,
            ),
            ("h2", "Biomarker results (resection, block 5B)"),
            (
                "table",
                ["Marker", "Clone", "Result", "Score / detail"],
                [
                    ["HER2", "4B5", "POSITIVE", "3+ (strong complete/basolateral, > 10% of cells)"],
                    ["PD-L1", "22C3", "POSITIVE", "CPS 3"],
                    ["MLH1", "M1", "Intact", ""],
                    ["PMS2", "A16-4", "Intact", ""],
                    ["MSH2", "G219-1129", "Intact", ""],
                    ["MSH6", "44", "Intact", ""],
                ],
                [1, 1, 1.2, 3.5],
                {"zebra": True, "boldfirst": True, "shade": [(2, 1)]},
            ),
            ("p", "Mismatch repair status: proficient (pMMR)."),
            ("h2", "Comment"),
            (
                "p",
                "HER2 was also 3+ on the diagnostic biopsy of this tumour (PRL-S25-11902); the "
                "resection confirms HER2-positive status. Claudin 18.2 testing has been requested "
                "and will be reported in a further addendum.",
            ),
            (
                "small",
                "PD-L1 CPS = number of PD-L1 staining cells (tumour cells, lymphocytes, "
                "macrophages) / viable tumour cells x 100. CPS >= 1 is considered positive.",
            ),
            PINE_SIG,
        ],
        [
            L("HER2", "expression", "positive", "HER2 4B5 POSITIVE 3+", ihc_score="3+"),
            L("PD-L1", "expression", "positive", "PD-L1 22C3 POSITIVE CPS 3", value="CPS 3"),
            L("MLH1", "expression", "positive", "MLH1 M1 Intact"),
            L("PMS2", "expression", "positive", "PMS2 A16-4 Intact"),
            L("MSH2", "expression", "positive", "MSH2 G219-1129 Intact"),
            L("MSH6", "expression", "positive", "MSH6 44 Intact"),
            L("MMR", "signature", "negative", "Mismatch repair status: proficient (pMMR)."),
        ],
        pblock="grid",
        meta=[("Client", "Pinecrest Surgical Oncology"), ("Collected", "03/02/2026")],
    )
)

# ------------------------------------------------------------------------------------------
# Meridian: breast biomarker panels with Allred / H-score tables

MER_SIG = (
    "sig",
    [
        "Pathologist: Catriona Mbeki, MD, FCAP (electronic signature)",
        "Meridian Pathology Associates",
    ],
)
MER_CTRL = (
    "small",
    "Controls: external positive and negative tissue controls performed "
    "appropriately. Fixation: 10% NBF, 6-72 h. Antibodies: ER SP1, PR 1E2, HER2 4B5, "
    "Ki-67 30-9. Scoring per ASCO/CAP 2020 (ER/PR) and 2018/2023 (HER2).",
)

add(
    spec(
        1028,
        "meridian",
        ("LINDGREN, Astrid M", "06/30/1966", "F"),
        "MPA-26-S1187",
        "BREAST BIOMARKER REPORT (synoptic)",
        [
            (
                "kv",
                [
                    ("Specimen", "Left breast, 2 o'clock, core needle biopsy (A1)"),
                    ("Diagnosis", "Invasive ductal carcinoma, grade 2"),
                    ("Block tested", "A1; cold ischaemia < 1 h; fixation 20 h"),
                ],
                0.22,
            ),
            ("h2", "Estrogen Receptor (ER) Status"),
            (
                "checks",
                [("Positive", True), ("Low Positive (1-10%)", False), ("Negative", False)],
                3,
            ),
            (
                "kv",
                [
                    ("Percentage of cells with nuclear positivity", "95%"),
                    ("Average intensity of staining", "Strong"),
                    ("Allred score", "8 (proportion 5 + intensity 3)"),
                ],
                0.45,
            ),
            ("h2", "Progesterone Receptor (PgR) Status"),
            (
                "checks",
                [("Positive", True), ("Negative", False), ("Cannot be determined", False)],
                3,
            ),
            (
                "kv",
                [
                    ("Percentage of cells with nuclear positivity", "40%"),
                    ("Average intensity of staining", "Moderate"),
                    ("Allred score", "6 (4 + 2)"),
                ],
                0.45,
            ),
            ("h2", "HER2 (ERBB2) by Immunohistochemistry"),
            (
                "checks",
                [
                    ("Negative (Score 0)", False),
                    ("Negative (Score 1+)", True),
                    ("Equivocal (Score 2+)", False),
                    ("Positive (Score 3+)", False),
                ],
                4,
            ),
            (
                "kv",
                [
                    ("Percentage of cells with uniform intense complete membrane staining", "0%"),
                    (
                        "Comment",
                        "Faint incomplete membrane staining in about 40% of cells (HER2-low)",
                    ),
                ],
                0.45,
            ),
            ("h2", "Ki-67"),
            (
                "kv",
                [
                    ("Percentage of positive tumour nuclei", "22%"),
                    ("Method", "Global (whole section) average"),
                ],
                0.45,
            ),
            MER_CTRL,
            (
                "small",
                "Allred: proportion score 0-5 plus intensity score 0-3. HER2: 0 = no "
                "staining or < 10% faint incomplete; 1+ = faint incomplete in > 10%; 2+ = weak-moderate "
                "complete in > 10%; 3+ = strong complete in > 10%.",
            ),
            MER_SIG,
        ],
        [
            L(
                "ER",
                "expression",
                "positive",
                "X Positive Low Positive (1-10%) Negative",
                percent=95,
            ),
            L(
                "PR",
                "expression",
                "positive",
                "X Positive Negative Cannot be determined",
                percent=40,
            ),
            L("HER2", "expression", "negative", "X Negative (Score 1+)", ihc_score="1+"),
            L(
                "Ki-67",
                "expression",
                "reported",
                "Percentage of positive tumour nuclei 22%",
                percent=22,
            ),
        ],
        pblock="lines",
        meta=[("Surgeon", "Dr O. Petrakis"), ("Received", "02/02/2026")],
    )
)

add(
    spec(
        1029,
        "meridian",
        ("ACHEBE, Nneka", "12/04/1977", "F"),
        "MPA-26-S1302",
        "BREAST BIOMARKER REPORT",
        [
            (
                "kv",
                [
                    ("Specimen", "Right breast mass, core needle biopsy (A1-A3)"),
                    ("Diagnosis", "Invasive carcinoma of no special type, grade 3"),
                ],
                0.22,
            ),
            (
                "table",
                ["Marker", "Result", "% cells", "Intensity", "Allred (PS+IS)"],
                [
                    ["Estrogen receptor", "Low positive", "5%", "Weak", "3 (2+1)"],
                    ["Progesterone receptor", "Negative", "<1%", "-", "0"],
                    ["HER2 (IHC)", "Equivocal (score 2+)", "-", "Moderate, complete, 30%", "n/a"],
                    ["Ki-67", "30-40% (hot spots 60%)", "-", "-", "n/a"],
                ],
                [2, 2.3, 0.9, 1.3, 1.2],
                {"boldfirst": True, "shade": [(1, 3)]},
            ),
            (
                "small",
                "ER low positive (1-10%): limited data on endocrine benefit; the staining "
                "was confirmed on a second block.",
            ),
            ("h2", "Reflex HER2 ISH (dual probe)"),
            (
                "kv",
                [
                    ("HER2/CEP17 ratio", "2.6"),
                    ("Average HER2 copy number", "5.2 signals/cell"),
                    ("ASCO/CAP group", "Group 1"),
                    ("Interpretation", "HER2 AMPLIFIED (positive)"),
                ],
                0.3,
            ),
            MER_CTRL,
            MER_SIG,
        ],
        [
            L(
                "ER",
                "expression",
                "positive",
                "Estrogen receptor Low positive 5% Weak 3 (2+1)",
                percent=5,
            ),
            L(
                "PR",
                "expression",
                "negative",
                "Progesterone receptor Negative <1% - 0",
                value="<1%",
            ),
            L("HER2", "expression", "equivocal", "HER2 (IHC) Equivocal (score 2+)", ihc_score="2+"),
            L(
                "Ki-67",
                "expression",
                "reported",
                "Ki-67 30-40% (hot spots 60%)",
                value="30-40%",
                optional=True,
            ),
            L(
                "HER2",
                "amplification",
                "positive",
                "Interpretation HER2 AMPLIFIED (positive)",
                ratio=2.6,
            ),
        ],
        pblock="lines",
        meta=[("Surgeon", "Dr O. Petrakis"), ("Received", "02/10/2026")],
    )
)

add(
    spec(
        1036,
        "meridian",
        ("FITZGERALD, Maeve", "03/22/1950", "F"),
        "MPA-26-S1544",
        "BREAST BIOMARKER REPORT - BILATERAL",
        [
            (
                "kv",
                [
                    (
                        "Specimens",
                        "A: Left breast, 4 o'clock core. B: Right breast, 11 o'clock core.",
                    ),
                    (
                        "Diagnosis",
                        "A: Invasive lobular carcinoma, grade 2. B: Invasive ductal "
                        "carcinoma, grade 3 (separate primary).",
                    ),
                ],
                0.22,
            ),
            (
                "twocol",
                [
                    ("h2", "A - LEFT BREAST"),
                    (
                        "table",
                        ["Marker", "Result"],
                        [
                            ["ER", "Positive, 90%, strong (Allred 8)"],
                            ["PR", "Positive, 60%, moderate (Allred 7)"],
                            ["HER2", "Score 0 (negative)"],
                            ["Ki-67", "10%"],
                        ],
                        [1, 2.6],
                        {"boldfirst": True},
                    ),
                ],
                [
                    ("h2", "B - RIGHT BREAST"),
                    (
                        "table",
                        ["Marker", "Result"],
                        [
                            ["ER", "Negative, 0%"],
                            ["PR", "Negative, 0%"],
                            ["HER2", "Score 3+ (positive)"],
                            ["Ki-67", "45%"],
                        ],
                        [1, 2.6],
                        {"boldfirst": True},
                    ),
                ],
                False,
            ),
            ("sp", 6),
            (
                "p",
                "Comment: The two tumours have different morphology and biomarker profiles, "
                "supporting synchronous independent primaries.",
            ),
            MER_CTRL,
            MER_SIG,
        ],
        [
            L("ER", "expression", "positive", "ER Positive, 90%, strong (Allred 8)", percent=90),
            L("PR", "expression", "positive", "PR Positive, 60%, moderate (Allred 7)", percent=60),
            L("HER2", "expression", "negative", "HER2 Score 0 (negative)", ihc_score="0"),
            L("Ki-67", "expression", "reported", "Ki-67 10%", percent=10),
            L("ER", "expression", "negative", "ER Negative, 0%", percent=0),
            L("PR", "expression", "negative", "PR Negative, 0%", percent=0),
            L("HER2", "expression", "positive", "HER2 Score 3+ (positive)", ihc_score="3+"),
            L("Ki-67", "expression", "reported", "Ki-67 45%", percent=45),
        ],
        pblock="lines",
        meta=[("Surgeon", "Dr A. Sorensen"), ("Received", "02/26/2026")],
    )
)

add(
    spec(
        1040,
        "meridian",
        ("WOJCIK, Krystyna", "08/08/1963", "F"),
        "MPA-26-S1701",
        "BREAST BIOMARKER REPORT",
        [
            (
                "kv",
                [
                    ("Specimen", "Left breast, wide local excision, block C4"),
                    ("Diagnosis", "Invasive apocrine carcinoma, grade 2, 21 mm"),
                ],
                0.22,
            ),
            (
                "table",
                ["Marker", "Clone", "Status", "% nuclei", "H-score"],
                [
                    ["ER", "SP1", "Positive", "85", "210"],
                    ["PR", "1E2", "Negative", "0", "0"],
                    ["AR", "SP107", "Positive", "60", "150"],
                    ["Ki-67", "30-9", "-", "18", "-"],
                ],
                [1, 1, 1.2, 1, 1],
                {"boldfirst": True, "zebra": True},
            ),
            (
                "table",
                ["HER2 IHC (4B5)", "Score", "Interpretation"],
                [
                    [
                        "Membrane staining: weak to moderate, complete, in 25% of invasive cells",
                        "2+",
                        "EQUIVOCAL",
                    ]
                ],
                [4, 0.8, 1.4],
                {"shade": [(2, 1)]},
            ),
            (
                "p",
                "HER2 in situ hybridisation has been ordered on block C4 and will be reported as "
                "an addendum.",
            ),
            ("h2", "HER2 ISH (to be completed in addendum)"),
            (
                "checks",
                [
                    ("Amplified (Group 1)", False),
                    ("Not amplified (Group 5)", False),
                    ("Groups 2-4 (see comment)", False),
                ],
                3,
            ),
            ("kv", [("HER2/CEP17 ratio", "____"), ("Average HER2 copy number", "____")], 0.3),
            MER_CTRL,
            MER_SIG,
        ],
        [
            L("ER", "expression", "positive", "ER SP1 Positive 85 210", percent=85),
            L("PR", "expression", "negative", "PR 1E2 Negative 0 0", percent=0),
            L("AR", "expression", "positive", "AR SP107 Positive 60 150", percent=60),
            L("Ki-67", "expression", "reported", "Ki-67 30-9 - 18 -", percent=18),
            L("HER2", "expression", "equivocal", "2+ EQUIVOCAL", ihc_score="2+"),
        ],
        pblock="lines",
        meta=[("Surgeon", "Dr A. Sorensen"), ("Received", "03/10/2026")],
    )
)

# ------------------------------------------------------------------------------------------
# Kestrel: real two-column pages (text flows from the left column into the right one)

KES_SIG = (
    "sig",
    [
        "Reported by Dr Isobel Frame, Consultant Histopathologist",
        "GMC-style registration 7011432 (fictitious)",
    ],
)

add(
    spec(
        1030,
        "kestrel",
        ("Thomas ASHCROFT", "1953-02-11", "M"),
        "KIP-26-01240",
        "Histopathology Report with Mismatch Repair Immunohistochemistry",
        [
            ("h2", "Clinical details"),
            (
                "p",
                "Right hemicolectomy for caecal carcinoma found at screening colonoscopy. "
                "Age 72. No known family history of colorectal or endometrial cancer.",
            ),
            ("h2", "Macroscopy"),
            (
                "p",
                "Right hemicolectomy, 240 mm of ileum and colon with appendix. In the caecum "
                "there is an ulcerated tumour 48 x 35 mm which appears to extend into pericolic fat. "
                "Proximal and distal margins are distant. Numerous lymph nodes are identified in the "
                "mesentery. Blocks: A1-A4 tumour, A5 margins, A6 tumour with adjacent mucosa, A7-A12 "
                "lymph nodes.",
            ),
            ("h2", "Microscopy"),
            (
                "p",
                "Sections show a moderately differentiated adenocarcinoma with areas of mucinous "
                "differentiation (about 30%) and a prominent peritumoural lymphocytic infiltrate, "
                "including Crohn's-like lymphoid aggregates. The tumour invades through the "
                "muscularis propria into pericolic fat (pT3). No venous invasion is seen. 0 of 21 "
                "lymph nodes contain metastatic carcinoma. Margins are clear.",
            ),
            ("fb",),
            ("h2", "Synoptic summary"),
            (
                "kv",
                [
                    ("Tumour type", "Adenocarcinoma, NOS"),
                    ("Grade", "Low grade"),
                    ("pT", "pT3"),
                    ("pN", "pN0 (0/21)"),
                    ("Margins", "Clear"),
                ],
                0.4,
            ),
            ("h2", "Mismatch repair immunohistochemistry (block A6)"),
            (
                "table",
                ["Protein", "Tumour nuclei"],
                [["MLH1", "LOSS"], ["PMS2", "LOSS"], ["MSH2", "retained"], ["MSH6", "retained"]],
                [1, 1.4],
                {"boldfirst": True, "shade": [(1, 1), (1, 2)]},
            ),
            ("b", "Conclusion: MMR deficient (dMMR)"),
            (
                "p",
                "Combined loss of MLH1 and PMS2 is most often due to MLH1 promoter "
                "hypermethylation. BRAF V600E and MLH1 promoter methylation testing have been "
                "requested to help distinguish sporadic from Lynch-associated tumours.",
            ),
            (
                "small",
                "Antibodies: MLH1 (ES05), PMS2 (EP51), MSH2 (FE11), MSH6 (EP49). Intact = "
                "nuclear staining in tumour with positive internal control.",
            ),
            KES_SIG,
        ],
        [
            L("MLH1", "expression", "negative", "MLH1 LOSS"),
            L("PMS2", "expression", "negative", "PMS2 LOSS"),
            L("MSH2", "expression", "positive", "MSH2 retained"),
            L("MSH6", "expression", "positive", "MSH6 retained"),
            L("MMR", "signature", "positive", "Conclusion: MMR deficient (dMMR)"),
        ],
        pblock="grid",
        columns=2,
        meta=[("Hospital no.", "K4471203"), ("Received", "2026-02-19")],
    )
)

add(
    spec(
        1031,
        "kestrel",
        ("Ruth ABERCROMBIE", "1967-09-02", "F"),
        "KIP-26-01311",
        "Histopathology Report: Gastric Biopsies and Biomarkers",
        [
            ("h2", "Clinical details"),
            (
                "p",
                "Dyspepsia and weight loss. Ulcerated antral lesion at endoscopy. Biopsies for "
                "histology and predictive biomarkers, please.",
            ),
            ("h2", "Microscopy"),
            (
                "p",
                "Four fragments of antral mucosa are infiltrated by poorly cohesive carcinoma "
                "cells, many with signet-ring morphology, diffusely permeating the lamina propria. "
                "Background mucosa shows chronic active gastritis; Helicobacter-like organisms are "
                "not identified. The carcinoma cells are positive for CK7 and negative for CK20 "
                "(focal).",
            ),
            ("b", "Diagnosis: Poorly cohesive carcinoma (signet-ring cell type), gastric antrum."),
            ("fb",),
            ("h2", "Predictive biomarkers"),
            (
                "p",
                "**HER2 immunohistochemistry (4B5).** No membranous staining in any tumour cell.",
            ),
            ("kv", [("Score", "0"), ("Interpretation", "HER2 negative")], 0.45),
            ("p", "**Mismatch repair proteins.**"),
            (
                "kv",
                [
                    ("MLH1 / PMS2", "intact / intact"),
                    ("MSH2 / MSH6", "intact / intact"),
                    ("Status", "MMR proficient"),
                ],
                0.45,
            ),
            ("p", "**PD-L1 (22C3 pharmDx).**"),
            (
                "kv",
                [
                    ("Combined positive score", "CPS 12"),
                    ("Interpretation", "Positive (CPS >= 1); also >= 10"),
                    ("Viable tumour cells", "> 100, adequate"),
                ],
                0.45,
            ),
            ("small", "Claudin 18.2 (43-14A) has been requested and will be issued separately."),
            KES_SIG,
        ],
        [
            L("HER2", "expression", "negative", "Interpretation HER2 negative", ihc_score="0"),
            L("MLH1", "expression", "positive", "MLH1 / PMS2 intact / intact"),
            L("PMS2", "expression", "positive", "MLH1 / PMS2 intact / intact"),
            L("MSH2", "expression", "positive", "MSH2 / MSH6 intact / intact"),
            L("MSH6", "expression", "positive", "MSH2 / MSH6 intact / intact"),
            L("MMR", "signature", "negative", "Status MMR proficient"),
            L("PD-L1", "expression", "positive", "Combined positive score CPS 12", value="CPS 12"),
        ],
        pblock="grid",
        columns=2,
        meta=[("Hospital no.", "K4489920"), ("Received", "2026-02-24")],
    )
)

add(
    spec(
        1037,
        "kestrel",
        ("Gwendolyn PRICE", "1959-06-27", "F"),
        "KIP-26-01502",
        "Histopathology Report: Endometrium with Molecular Surrogates",
        [
            ("h2", "Macroscopy"),
            (
                "p",
                "Uterus, cervix, both tubes and ovaries, 162 g. An exophytic tumour occupies the "
                "fundus and posterior wall, 38 mm, invading less than half of the 17 mm "
                "myometrium. Cervix, adnexa unremarkable.",
            ),
            ("h2", "Microscopy"),
            (
                "p",
                "Endometrioid carcinoma, FIGO grade 2, with squamous morular metaplasia. "
                "Myometrial invasion 6 of 17 mm (less than half). No lymphovascular space invasion. "
                "Cervical stroma not involved. Both ovaries and tubes free of tumour. Washings "
                "negative (separate cytology report).",
            ),
            ("fb",),
            ("h2", "Immunohistochemistry (block B4)"),
            (
                "table",
                ["Stain", "Result", "Comment"],
                [
                    ["MLH1", "Intact", ""],
                    ["PMS2", "Intact", ""],
                    ["MSH2", "Intact", ""],
                    ["MSH6", "Intact", "patchy but present"],
                    ["p53", "Wild-type pattern", "variable nuclear staining"],
                    ["ER", "Positive", "80% of tumour nuclei"],
                    ["WT1", "Negative", ""],
                ],
                [1, 1.5, 2.5],
                {"boldfirst": True},
            ),
            ("p", "Summary: mismatch repair proficient; no evidence of aberrant p53 expression."),
            (
                "p",
                "POLE sequencing has been sent to Ashby Oncology Genomics; the integrated "
                "molecular classification will follow.",
            ),
            ("h2", "Conclusion"),
            (
                "p",
                "Endometrioid carcinoma, grade 2, FIGO 2023 stage IA pending molecular "
                "classification.",
            ),
            KES_SIG,
        ],
        [
            L("MLH1", "expression", "positive", "MLH1 Intact"),
            L("PMS2", "expression", "positive", "PMS2 Intact"),
            L("MSH2", "expression", "positive", "MSH2 Intact"),
            L("MSH6", "expression", "positive", "MSH6 Intact patchy but present"),
            L("MMR", "signature", "negative", "Summary: mismatch repair proficient"),
            L("TP53", "expression", "negative", "p53 Wild-type", optional=True),
            L("ER", "expression", "positive", "ER Positive 80% of tumour nuclei", percent=80),
        ],
        pblock="grid",
        columns=2,
        meta=[("Hospital no.", "K4502217"), ("Received", "2026-03-04")],
    )
)

# ------------------------------------------------------------------------------------------
# Redfern: cellular pathology, lung and neuropathology

RED_SIG = (
    "sig",
    ["Dr Samuel Achterberg-Lowe, Consultant Pathologist", "Authorised 2026-03-06 16:40"],
)

add(
    spec(
        1032,
        "redfern",
        ("Malcolm GREGSON", "02/05/1957", "M"),
        "RUH-H26-20913",
        "CELLULAR PATHOLOGY - SUPPLEMENTARY REPORT (Predictive markers)",
        [
            (
                "p",
                "Specimen: EBUS-TBNA station 4R. Previously reported: metastatic non-small cell "
                "carcinoma, favour adenocarcinoma (TTF-1 positive).",
            ),
            (
                "table",
                ["Test", "Clone", "Result"],
                [
                    [
                        "ALK IHC",
                        "D5F3 (Ventana)",
                        "POSITIVE - strong granular cytoplasmic staining",
                    ],
                    ["ROS1 IHC", "D4D6", "Negative"],
                    ["PD-L1 IHC", "22C3", "TPS 80% (high expression)"],
                ],
                [1.2, 1.3, 3.5],
                {"boldfirst": True},
            ),
            (
                "p",
                "The ALK result was discussed with the lung MDT co-ordinator on 06/03/2026. "
                "Confirmatory molecular testing is not required for treatment but the sample has "
                "been sent for NGS.",
            ),
            RED_SIG,
        ],
        [
            L(
                "ALK",
                "expression",
                "positive",
                "ALK IHC D5F3 (Ventana) POSITIVE - strong granular cytoplasmic staining",
            ),
            L("ROS1", "expression", "negative", "ROS1 IHC D4D6 Negative"),
            L(
                "PD-L1",
                "expression",
                "positive",
                "PD-L1 IHC 22C3 TPS 80% (high expression)",
                percent=80,
            ),
        ],
        pblock="lines",
        meta=[("NHS-style no.", "472 118 3390"), ("Consultant", "Dr R. Gill")],
    )
)

add(
    spec(
        1033,
        "redfern",
        ("Aled PRITCHARD", "14/11/1989", "M"),
        "RUH-H26-21177",
        "NEUROPATHOLOGY REPORT",
        [
            ("p", "Specimen: right temporal lobe lesion, resection."),
            ("h2", "Microscopy"),
            (
                "p",
                "Moderately cellular diffuse glioma with nuclear atypia; no microvascular "
                "proliferation or necrosis.",
            ),
            ("h2", "Immunohistochemistry"),
            ("p", "IDH1 R132H: positive in tumour cells."),
            ("p", "ATRX: loss of nuclear expression (retained in endothelium)."),
            ("p", "p53: strong nuclear staining in 80% of tumour cells (mutant pattern)."),
            ("p", "Ki-67 (MIB-1): approximately 6%."),
            ("p", "Olig2 positive; GFAP positive."),
            ("h2", "Integrated diagnosis (provisional)"),
            ("p", "Astrocytoma, IDH-mutant, CNS WHO grade 2 (pending CDKN2A/B status)."),
            RED_SIG,
        ],
        [
            L("IDH1", "expression", "positive", "IDH1 R132H: positive in tumour cells."),
            L(
                "TP53",
                "expression",
                "positive",
                "p53: strong nuclear staining in 80% of tumour cells (mutant pattern).",
                percent=80,
            ),
            L("Ki-67", "expression", "reported", "Ki-67 (MIB-1): approximately 6%.", percent=6),
        ],
        pblock="lines",
        meta=[("NHS-style no.", "488 207 1145"), ("Consultant", "Mr P. Evans")],
    )
)

add(
    spec(
        1038,
        "redfern",
        ("Doreen HALLIWELL", "29/08/1946", "F"),
        "RUH-H26-21654",
        "CELLULAR PATHOLOGY - SUPPLEMENTARY REPORT (Predictive markers)",
        [
            ("p", "Specimen: CT-guided biopsy, left lower lobe. Adenocarcinoma, acinar pattern."),
            (
                "table",
                ["Test", "Clone", "Result"],
                [
                    ["PD-L1 IHC", "SP263", "TPS <1% (negative)"],
                    ["ALK IHC", "D5F3", "Negative"],
                    ["ROS1 IHC", "D4D6", "Requested - supplementary report to follow"],
                ],
                [1.2, 1.3, 3.5],
                {"boldfirst": True},
            ),
            (
                "p",
                "EGFR mutation testing has been referred to Carrow Valley Hospital Molecular "
                "Pathology.",
            ),
            RED_SIG,
        ],
        [
            L("PD-L1", "expression", "negative", "PD-L1 IHC SP263 TPS <1% (negative)", value="<1%"),
            L("ALK", "expression", "negative", "ALK IHC D5F3 Negative"),
        ],
        pblock="lines",
        meta=[("NHS-style no.", "433 902 6611"), ("Consultant", "Dr R. Gill")],
    )
)

# ------------------------------------------------------------------------------------------
# Tidewater: trial screening forms with tick boxes

TID_SIG = ("sig", ["Central reader: Dr Marisol Etxeberria, MD", "Date of read: 2026-03-08"])

add(
    spec(
        1034,
        "tidewater",
        ("Subject 104-0027 (initials K.R.)", "2014", "M"),
        "TCL-GD2-0027",
        "Biomarker Screening Report - Protocol TW-GD2-201",
        [
            (
                "kv",
                [
                    ("Site", "104 - Lakeview Children's Hospital"),
                    ("Tissue", "Osteosarcoma, femur, archival FFPE block, 2025"),
                    ("Assay", "GD2 IHC (clone 14G2a, research use)"),
                ],
                0.25,
            ),
            ("h2", "Result"),
            (
                "table",
                ["Biomarker", "% tumour cells", "Intensity", "H-score", "Call"],
                [["GD2", "70", "2-3+", "180", "POSITIVE"]],
                [1.2, 1, 1, 1, 1.2],
                {"shade": [(4, 1)]},
            ),
            ("h2", "Eligibility (biomarker criterion only)"),
            (
                "checks",
                [
                    ("Meets GD2 criterion (>= 50% cells, >= 2+)", True),
                    ("Does not meet GD2 criterion", False),
                    ("Not evaluable", False),
                ],
                3,
            ),
            (
                "small",
                "This report addresses the biomarker criterion only. Overall eligibility "
                "is determined by the site investigator.",
            ),
            TID_SIG,
        ],
        [L("GD2", "expression", "positive", "GD2 70 2-3+ 180 POSITIVE", percent=70)],
        pblock="grid",
        meta=[("Sponsor", "Carrowmore Bio (fictitious)"), ("Visit", "Screening")],
    )
)

add(
    spec(
        1035,
        "tidewater",
        ("Subject 311-0114 (initials P.D.)", "1962", "F"),
        "TCL-MSLN-0114",
        "Biomarker Screening Report - Protocol TW-MSLN-305",
        [
            (
                "kv",
                [
                    ("Site", "311 - Eastmere Cancer Centre"),
                    ("Tissue", "Pancreatic ductal adenocarcinoma, liver biopsy, 2026"),
                    ("Assay", "Mesothelin IHC (clone SP74)"),
                ],
                0.25,
            ),
            ("h2", "Result"),
            (
                "table",
                ["Biomarker", "% tumour cells", "Intensity", "Call"],
                [["Mesothelin", "45", ">= 2+", "POSITIVE"]],
                [1.2, 1, 1, 1.2],
                {"shade": [(3, 1)]},
            ),
            ("h2", "Eligibility (biomarker criterion only)"),
            (
                "checks",
                [
                    ("Meets mesothelin criterion (>= 30% cells at >= 2+)", True),
                    ("Does not meet criterion", False),
                    ("Not evaluable", False),
                ],
                3,
            ),
            ("h2", "Screening history"),
            (
                "p",
                "Prior screen TW-MSLN-305 (2024) on this subject's earlier colon cancer: "
                "mesothelin negative.",
            ),
            ("small", "A prior screen of a different primary does not affect this result."),
            TID_SIG,
        ],
        [
            L("Mesothelin", "expression", "positive", "Mesothelin 45 >= 2+ POSITIVE", percent=45),
            L("Mesothelin", "expression", "negative", "mesothelin negative.", optional=True),
        ],
        pblock="grid",
        meta=[("Sponsor", "Halden Therapeutics (fictitious)"), ("Visit", "Screening")],
    )
)
