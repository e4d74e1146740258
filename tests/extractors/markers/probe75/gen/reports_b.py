"""Reports 9043-9054: Harbourside (Canadian synoptic checklists with drawn boxes), Eastmoor
(UK, results in panels side by side), Lindqvist (European institute, Vera, scoring key in a
side column), Ridgeway (US, image placeholders beside the specimen block)."""
from __future__ import annotations

from kit import (A4, GREY, LIGHT, MID, Doc, HexColor, L, black, letter, table, white, width,
                 wrap)

# =====================================================================================
# Harbourside Cancer Centre: synoptic checklists, drawn check boxes marked with an X.
# =====================================================================================
MAROON = HexColor("#7a1f2b")
ROSE = HexColor("#f4e6e8")
H, HB, HI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def hs_header(d: Doc):
    m = d.meta
    d.polygon([(40, 50), (52, 28), (64, 50)], fill=MAROON)
    d.polygon([(50, 50), (60, 36), (70, 50)], fill=HexColor("#b04a58"))
    d.line(38, 52, 72, 52, 1.2, MAROON)
    d.text(80, 38, "Harbourside Cancer Centre", HB, 14, MAROON)
    d.text(80, 50, "Department of Laboratory Medicine & Pathology", H, 8)
    for i, s in enumerate(("1200 Wharf Street, Port Ellery, NS  B0X 9Z9",
                           "Tel 555-016-3300 | Fax 555-016-3301",
                           "pathology@harbourside.invalid")):
        d.text(572, 30 + i * 10, s, H, 7.5, align="right")
    d.line(40, 60, 572, 60, 0.8, MAROON)
    d.rect(40, 66, 532, 50, stroke=MID, lw=0.6)
    left = [("Patient", m["patient"]), ("Health card no.", m["hcn"]),
            ("DOB / Sex", m["dob"])]
    right = [("Accession", m["acc"]), ("Collected / Received", m["dates"]),
             ("Requesting physician", m["md"])]
    for i, (k, v) in enumerate(left):
        d.kv(46, 78 + i * 12, 80, 240, k, v, size=7.5)
    for i, (k, v) in enumerate(right):
        d.kv(306, 78 + i * 12, 100, 262, k, v, size=7.5)


def hs_footer(d: Doc):
    m = d.meta
    d.line(40, 742, 572, 742, 0.5, MAROON)
    d.text(40, 752, f"{m['patient']} | {m['acc']} | Synoptic report generated {m['gen']}", H, 7)
    d.text(572, 752, f"Page {d.page} of {d.total}", HB, 7, align="right")
    d.text(40, 761, "Template based on CAP biomarker reporting protocols; local adaptation. "
           "Unmarked options are not part of the result.", HI, 6.5, MID)


def hs_begin(d, title):
    d.start(hs_header, hs_footer, 124, 732, title=title)
    d.bar(40, 124, 532, 17, title, fill=MAROON, color=white, size=9)
    return 154


def hs_sub(d, top, title):
    if top + 40 > d.body_bottom:
        top = d.new_page() + 6
    d.bar(40, top, 532, 13, title, fill=ROSE, color=MAROON, size=8)
    return top + 24


def hs_opts(d, top, label, opts, x=46, labw=150, right=566, vertical=False, size=8,
            indent=None):
    """A question: label, then options each with a drawn box (checked = X)."""
    if label:
        top2 = d.para(x, top, labw - 6, label, HB, size, size * 1.25)
    else:
        top2 = top
    ox = x + labw
    cx = ox
    for opt in opts:
        text, checked = opt[0], opt[1]
        ind = opt[2] if len(opt) > 2 else 0
        if vertical:
            bx = ox + ind
            nx = d.checkbox(bx, top, checked)
            top = d.para(nx, top, right - nx, text, H, size, size * 1.25) + 2
        else:
            w = width(text, H, size) + 11 + 12
            if cx + w > right and cx > ox:
                cx = ox
                top += size * 1.5
            nx = d.checkbox(cx, top, checked)
            d.text(nx, top, text, H, size, maxw=right - nx)
            cx += w
    if not vertical:
        top += size * 1.25 + 2
    return max(top, top2) + 3


def hs_fill(d, top, label, value, x=46, labw=150, right=566, size=8):
    d.para(x, top, labw - 6, label, HB, size, size * 1.25)
    w = max(width(value, H, size) + 10, 60)
    d.text(x + labw + 2, top, value, H, size, maxw=right - x - labw - 2)
    d.line(x + labw, top + 2, min(x + labw + w, right), top + 2, 0.4, MID)
    lines = max(1, len(wrap(label, HB, size, labw - 6)))
    return top + lines * size * 1.25 + 5


def r9043(d):
    d.meta["gen"] = "2026-02-18 10:42"
    top = hs_begin(d, "BREAST BIOMARKER REPORTING TEMPLATE - INVASIVE CARCINOMA")
    top = hs_fill(d, top, "Specimen", "Right breast, 10 o'clock, core needle biopsy (block A1)")
    top = hs_fill(d, top, "Tumour", "Invasive ductal carcinoma (NST), Nottingham grade 2")
    top = hs_opts(d, top, "Test(s) performed", [("ER", True), ("PgR", True),
                                                 ("HER2 by IHC", True), ("HER2 by ISH", False),
                                                 ("Ki-67", True)])
    top = hs_sub(d, top + 4, "ESTROGEN RECEPTOR (ER)")
    top = hs_opts(d, top, "ER status", [
        ("Positive", True),
        ("Low Positive (1-10% of cells with nuclear positivity)", False),
        ("Negative (less than 1%)", False), ("Cannot be determined", False)], vertical=True)
    top = hs_fill(d, top, "Percentage of cells with nuclear positivity", "95%")
    top = hs_opts(d, top, "Average intensity of staining", [("Weak", False),
                                                             ("Moderate", False),
                                                             ("Strong", True)])
    top = hs_opts(d, top, "Internal control cells", [("Present and stain as expected", True),
                                                      ("Absent", False)])
    top = hs_sub(d, top + 2, "PROGESTERONE RECEPTOR (PgR)")
    top = hs_opts(d, top, "PgR status", [("Positive", True), ("Negative (less than 1%)", False),
                                         ("Cannot be determined", False)], vertical=True)
    top = hs_fill(d, top, "Percentage of cells with nuclear positivity", "40%", labw=200)
    top = hs_opts(d, top, "Average intensity of staining", [("Weak", False),
                                                             ("Moderate", True),
                                                             ("Strong", False)])
    top = hs_sub(d, top + 2, "HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY")
    start = top
    top = hs_opts(d, top, "HER2 IHC result", [
        ("Negative (Score 0)", True),
        ("No membrane staining (HER2-null)", False, 12),
        ("Faint, incomplete membrane staining in 10% or fewer of tumour cells "
         "(HER2-ultralow)", True, 12),
        ("Negative (Score 1+) (HER2-low)", False),
        ("Equivocal (Score 2+)", False),
        ("Positive (Score 3+)", False),
        ("Cannot be determined", False)], labw=80, right=372, vertical=True)
    top = hs_fill(d, top, "Antibody clone", "4B5 (VENTANA)", labw=80, right=372)
    key = [[{"t": "Scoring key (ASCO/CAP 2023)", "span": 2}],
           ["0", "No staining, or faint incomplete staining in 10% or fewer of cells "
                 "(null / ultralow)"],
           ["1+", "Faint, incomplete staining in more than 10% (HER2-low)"],
           ["2+", "Weak to moderate complete staining in more than 10%; reflex ISH"],
           ["3+", "Circumferential, complete, intense staining in more than 10%"]]
    kb = table(d, 384, start - 9, [20, 168], key, H, 6.8, pad=2.2, header_rows=1,
               header_font=HB, header_fill=ROSE, grid=MID, lw=0.4)
    top = max(top, kb + 8)
    top = hs_sub(d, top + 2, "Ki-67")
    top = hs_fill(d, top, "Percentage of positive tumour nuclei", "25%")
    top = hs_opts(d, top, "Scoring method", [("Global (average)", True), ("Hot spot", False),
                                             ("Not specified", False)])
    top = d.new_page() + 6
    top = hs_sub(d, top, "TESTING DETAILS")
    top = hs_fill(d, top, "Fixative", "10% neutral buffered formalin")
    top = hs_opts(d, top, "Cold ischemia time", [("1 hour or less", True),
                                                  ("More than 1 hour", False),
                                                  ("Unknown", False)])
    top = hs_opts(d, top, "Fixation duration", [("6-72 hours", True),
                                                 ("Less than 6 hours", False),
                                                 ("More than 72 hours", False)])
    top = hs_fill(d, top, "Primary antibodies", "ER SP1; PgR 1E2; HER2 4B5; Ki-67 30-9 "
                  "(BenchMark ULTRA)")
    top = hs_fill(d, top, "External controls", "Tonsil / breast multi-tissue block: "
                  "appropriate")
    top = hs_sub(d, top + 2, "COMMENT")
    top = d.para(46, top, 520, "HER2-ultralow is recorded because it is relevant to "
                 "trastuzumab deruxtecan eligibility in hormone receptor-positive metastatic "
                 "disease; for all other purposes the HER2 result is negative.", H, 8, 10) + 8
    d.text(46, top, "Pathologist: Dr. Colette Arsenault, FRCPC", HB, 8)
    d.text(46, top + 10, "Electronically verified 2026-02-18 10:40", H, 8)
    return [
        L("ER", "expression", "positive", ["Percentage of cells with nuclear 95%"], percent=95),
        L("PR", "expression", "positive", ["with nuclear positivity 40%"], percent=40),
        L("HER2", "expression", "negative", ["X Negative (Score 0)"], ihc_score="0"),
        L("Ki-67", "expression", "reported", ["Percentage of positive tumour nuclei 25%"],
          percent=25),
    ]


def r9044(d):
    d.meta["gen"] = "2026-01-30 15:18"
    top = hs_begin(d, "MISMATCH REPAIR (MMR) IMMUNOHISTOCHEMISTRY - COLORECTAL TEMPLATE")
    top = hs_fill(d, top, "Specimen", "Colon, ascending, right hemicolectomy (block A7)")
    top = hs_fill(d, top, "Tumour", "Adenocarcinoma, poorly differentiated, with mucinous "
                  "features and tumour-infiltrating lymphocytes")
    top = hs_sub(d, top + 4, "IMMUNOHISTOCHEMISTRY RESULTS")
    opts = ["Intact nuclear expression", "Loss of nuclear expression", "Cannot be determined"]
    for prot, which in (("MLH1", 1), ("MSH2", 0), ("MSH6", 0), ("PMS2", 1)):
        top = hs_opts(d, top, prot, [(o, i == which) for i, o in enumerate(opts)], labw=60)
    top = hs_opts(d, top + 2, "Background non-neoplastic tissue / internal control",
                  [("Intact nuclear expression", True),
                   ("Not present / not assessable", False)], labw=220)
    top = hs_sub(d, top + 4, "INTERPRETATION")
    top = hs_opts(d, top, "", [
        ("No loss of nuclear expression of MMR proteins: low probability of microsatellite "
         "instability-high (MSI-H)", False),
        ("Loss of nuclear expression of MLH1 and PMS2: testing for methylation of the MLH1 "
         "promoter and/or a BRAF V600E mutation is indicated (methylation or BRAF V600E "
         "suggests a sporadic tumour)", True),
        ("Loss of nuclear expression of MSH2 and MSH6: high probability of Lynch syndrome "
         "(genetic counselling advised)", False),
        ("Loss of nuclear expression of MSH6 only: high probability of Lynch syndrome", False),
        ("Loss of nuclear expression of PMS2 only: high probability of Lynch syndrome", False),
        ("Other (specify)", False)], labw=0, vertical=True)
    top = hs_fill(d, top + 2, "MMR status", "Deficient (dMMR)")
    top = hs_sub(d, top + 4, "ADDITIONAL TESTING")
    top = hs_opts(d, top, "BRAF V600E (molecular)", [("Ordered - result to follow", True),
                                                     ("Not ordered", False)], labw=170)
    top = hs_opts(d, top, "MLH1 promoter methylation", [("Ordered", False),
                                                        ("Not ordered at this time", True)],
                  labw=170)
    top = hs_opts(d, top, "Germline genetic referral", [("Recommended", False),
                                                        ("Pending BRAF result", True)],
                  labw=170)
    top = hs_sub(d, top + 4, "METHODS")
    top = d.para(46, top, 520, "Antibodies: MLH1 (M1), MSH2 (G219-1129), MSH6 (SP93), PMS2 "
                 "(A16-4), VENTANA BenchMark ULTRA with OptiView detection. External control: "
                 "tonsil and a colon carcinoma with known MLH1 loss, stained with each run. "
                 "Interpretation requires nuclear staining of internal control cells; loss is "
                 "defined as complete absence of nuclear staining in tumour cells.", H, 7.5,
                 9.5) + 8
    d.text(46, top, "Pathologist: Dr. Ian MacPhail, FRCPC", HB, 8)
    d.text(46, top + 10, "Electronically verified 2026-01-30 15:11", H, 8)
    return [
        L("MLH1", "expression", "negative",
          ["MLH1 Intact nuclear expression X Loss of nuclear expression"]),
        L("MSH2", "expression", "positive", ["MSH2 X Intact nuclear expression"]),
        L("MSH6", "expression", "positive", ["MSH6 X Intact nuclear expression"]),
        L("PMS2", "expression", "negative",
          ["PMS2 Intact nuclear expression X Loss of nuclear expression"]),
        L("MMR", "signature", "positive", ["MMR status Deficient (dMMR)"]),
    ]


def r9045(d):
    d.meta["gen"] = "2026-02-24 09:05"
    top = hs_begin(d, "LUNG CANCER BIOMARKER REPORTING TEMPLATE")
    top = hs_fill(d, top, "Specimen", "Lung, left lower lobe, CT-guided core biopsy (block A2)")
    top = hs_fill(d, top, "Tumour", "Non-small cell carcinoma, favour adenocarcinoma (TTF-1 "
                  "positive, p40 negative)")
    top = hs_sub(d, top + 4, "PD-L1 (CLONE 22C3, pharmDx KIT, AUTOSTAINER LINK 48)")
    top = hs_opts(d, top, "Number of viable tumour cells", [("100 or more", True),
                                                            ("Fewer than 100", False)])
    top = hs_opts(d, top, "Tumour proportion score (TPS)", [
        ("Less than 1%", False), ("1-49%", True), ("50% or greater", False),
        ("Cannot be determined", False)])
    top = hs_fill(d, top, "Percentage of viable tumour cells with membrane staining", "30%",
                  labw=260)
    top = hs_sub(d, top + 4, "ALK (CLONE D5F3, VENTANA)")
    top = hs_opts(d, top, "ALK IHC result", [("Positive", False), ("Negative", True),
                                             ("Equivocal", False),
                                             ("Not performed", False)])
    top = hs_sub(d, top + 4, "ROS1 (CLONE D4D6)")
    top = hs_opts(d, top, "ROS1 IHC result", [("Positive", False), ("Negative", False),
                                              ("Not performed (insufficient tissue)", True)])
    top = hs_sub(d, top + 4, "MOLECULAR TESTING")
    top = hs_opts(d, top, "Next-generation sequencing", [
        ("Sent to provincial reference laboratory (EGFR, KRAS, BRAF, MET exon 14, RET, "
         "NTRK, ALK and ROS1 fusions); result to follow", True),
        ("Not requested", False)], vertical=True)
    top = hs_sub(d, top + 4, "CONTROLS AND COMMENT")
    top = hs_opts(d, top, "Controls", [("External and internal controls stain "
                                        "appropriately", True)])
    top = d.para(46, top + 2, 520, "The core is small. Tissue was used for PD-L1 and ALK "
                 "first; too little tumour remained for ROS1 immunohistochemistry, and ROS1 "
                 "status will come from the NGS fusion panel.", H, 8, 10) + 8
    d.text(46, top, "Pathologist: Dr. Colette Arsenault, FRCPC", HB, 8)
    d.text(46, top + 10, "Electronically verified 2026-02-24 09:01", H, 8)
    return [
        L("PD-L1", "expression", "positive",
          ["Percentage of viable tumour cells with membrane staining 30%"], percent=30),
        L("ALK", "expression", "negative", ["ALK IHC result Positive X Negative"]),
    ]


HS = dict(
    a=dict(patient="Patient M", hcn="0000 482 117", dob="1968-05-21 / F",
           acc="HCC-26-IH-0219", dates="2026-02-11 / 2026-02-12", md="Dr. P. Gaudet"),
    b=dict(patient="Patient N", hcn="0000 771 306", dob="1949-12-02 / M",
           acc="HCC-26-IH-0147", dates="2026-01-23 / 2026-01-24", md="Dr. L. Chiasson"),
    c=dict(patient="Patient O", hcn="0000 215 948", dob="1957-09-14 / F",
           acc="HCC-26-IH-0251", dates="2026-02-17 / 2026-02-17", md="Dr. S. Bhandari"),
)

# =====================================================================================
# Eastmoor Pathology Partnership: green title bars, two result panels side by side.
# =====================================================================================
GREEN = HexColor("#2e6b3a")
MINT = HexColor("#e5f1e7")


def ep_header(d: Doc):
    m = d.meta
    d.circle(52, 40, 13, fill=GREEN, stroke=None)
    d.polygon([(46, 46), (52, 30), (58, 46)], fill=white)
    d.text(72, 38, "EASTMOOR", HB, 15, GREEN)
    d.text(72, 49, "PATHOLOGY PARTNERSHIP", H, 8, GREEN, charspace=0.8)
    for i, s in enumerate(("Specialist Immunohistochemistry Laboratory",
                           "Moorgate House, 3 Tannery Row, Eastmoor EM4 7LB",
                           "T 0555 017 8890 | lab@eastmoor-path.invalid")):
        d.text(555, 30 + i * 10, s, HB if i == 0 else H, 7.5, align="right")
    d.rect(40, 62, 515, 2, fill=GREEN, stroke=None)
    rows = [[{"t": "Patient", "font": HB}, m["patient"], {"t": "Date of birth", "font": HB},
             m["dob"], {"t": "Lab ref", "font": HB}, m["acc"]],
            [{"t": "Hospital", "font": HB}, m["hosp"], {"t": "Clinician", "font": HB},
             m["md"], {"t": "Received", "font": HB}, m["received"]]]
    table(d, 40, 70, [52, 120, 62, 90, 55, 136], rows, H, 7.5, pad=2.5, grid=MID, lw=0.4,
          fills=lambda r: MINT)


def ep_footer(d: Doc):
    m = d.meta
    d.line(40, 800, 555, 800, 0.5, GREEN)
    d.text(40, 810, f"Eastmoor Pathology Partnership | {m['acc']} | {m['patient']}", H, 7)
    d.text(555, 810, f"Page {d.page} of {d.total}", HB, 7, align="right")
    d.text(40, 819, "UKAS 10611. Interpretation is provided for the referring clinician and "
           "should be read with the full histopathology report.", HI, 6.5, MID)


def ep_begin(d, title, specimen, diagnosis):
    d.start(ep_header, ep_footer, 110, 790, title=title)
    d.text(40, 116, title, HB, 11, GREEN)
    top = d.kv(40, 132, 62, 515, "Specimen", specimen, size=8, leading=10)
    top = d.kv(40, top + 1, 62, 515, "Diagnosis", diagnosis, size=8, leading=10)
    return top + 6


def ep_panel(d, x, top, w, title, rows, verdict=None):
    start = top
    d.bar(x, top, w, 16, title, fill=GREEN, color=white, size=8.5)
    t = top + 28
    if verdict:
        d.text(x + 8, t + 2, verdict, HB, 11, GREEN, maxw=w - 16)
        t += 17
    keyw = max(width(k, HB, 7.8) for k, _ in rows) + 8
    for k, v in rows:
        t = d.kv(x + 8, t, keyw, w - 16, k, v, size=7.8, leading=9.8) + 2
    d.rect(x, start, w, t - start, stroke=GREEN, lw=0.8)
    return t


def ep_pair(d, top, left, right):
    a = ep_panel(d, 40, top, 252, *left)
    b = ep_panel(d, 303, top, 252, *right)
    # make the two boxes the same height, as the laboratory's template does
    h = max(a, b)
    for x, bottom in ((40, a), (303, b)):
        if bottom < h:
            d.rect(x, top, 252, h - top, stroke=GREEN, lw=0.8)
    return h + 12


def ep_section(d, top, head, body, size=8):
    if top + 24 > d.body_bottom:
        top = d.new_page() + 8
    d.text(40, top, head, HB, 8.5, GREEN)
    return d.para(40, top + 11, 515, body, H, size, size * 1.25) + 7


def ep_sign(d, top, who, when):
    if top + 30 > d.body_bottom:
        top = d.new_page() + 8
    d.line(40, top, 240, top, 0.5)
    d.text(40, top + 10, who, HB, 8)
    d.text(40, top + 20, when, H, 8)


def r9046(d):
    top = ep_begin(d, "PD-L1 IMMUNOHISTOCHEMISTRY - TWO-ASSAY REPORT",
                   "Oesophagus, 32 cm, endoscopic biopsies (block A1)",
                   "Squamous cell carcinoma, moderately differentiated")
    top = ep_pair(d, top + 4,
                  ("PD-L1 22C3 pharmDx (Agilent)",
                   [("Combined positive score", "CPS 12"),
                    ("Category", "CPS 10 or above"),
                    ("Viable tumour cells", "More than 100 (adequate)"),
                    ("Platform", "Autostainer Link 48")], None),
                  ("PD-L1 28-8 pharmDx (Agilent)",
                   [("Tumour cell PD-L1 expression", "5%"),
                    ("Category", "1% or above"),
                    ("Viable tumour cells", "More than 100 (adequate)"),
                    ("Platform", "Autostainer Link 48")], None))
    key = [[{"t": "Score", "font": HB}, {"t": "How it is calculated", "font": HB},
            {"t": "Cut-offs used for oesophageal SCC", "font": HB}],
           ["CPS (22C3)", "PD-L1 stained tumour cells, lymphocytes and macrophages / viable "
                          "tumour cells x 100 (maximum 100)", "CPS 1, CPS 10"],
           ["TC% (28-8)", "Percentage of viable tumour cells with partial or complete "
                          "membrane staining at any intensity", "1%"]]
    d.text(40, top, "Scoring guide (not a result)", HB, 8, GREEN)
    top = table(d, 40, top + 5, [70, 300, 145], key, H, 7.5, pad=2.5, grid=MID, lw=0.4,
                fills=lambda r: MINT if r == 0 else None) + 14
    top = ep_section(d, top, "Comment", "Both assays were run on consecutive sections of "
                     "block A1. The two scores measure different things and are not "
                     "interchangeable: the score relevant to treatment depends on the agent "
                     "being considered. Immune cell staining was prominent at the tumour edge "
                     "and accounts for most of the difference between the two results.")
    top = ep_section(d, top, "Controls", "On-slide control cell lines and tonsil tissue were "
                     "run with each kit and showed the expected staining. Negative reagent "
                     "controls were clean.")
    top = ep_section(d, top, "Not performed", "HER2 and mismatch repair immunohistochemistry "
                     "were not requested for this specimen.")
    ep_sign(d, top + 4, "Dr R. Adebayo-Hughes, Consultant Histopathologist",
            "Authorised 09/02/2026")
    return [
        L("PD-L1", "expression", "positive", ["Combined positive score CPS 12"],
          value="CPS 12"),
        L("PD-L1", "expression", "positive", ["Tumour cell PD-L1 expression 5%"], percent=5),
    ]


def r9047(d):
    top = ep_begin(d, "BREAST RECEPTOR REPORT",
                   "Left breast, 4 o'clock, ultrasound-guided core biopsies (block A1)",
                   "Invasive carcinoma of no special type, grade 3")
    top = ep_pair(d, top + 4,
                  ("Oestrogen receptor (clone SP1)",
                   [("Tumour nuclei staining", "5%"),
                    ("Intensity", "Weak to moderate"),
                    ("Allred score", "4/8 (PS 2 + IS 2)"),
                    ("Internal control", "Normal epithelium present, positive")],
                   "Result: LOW POSITIVE"),
                  ("Progesterone receptor (clone 16)",
                   [("Tumour nuclei staining", "<1%"),
                    ("Intensity", "Not applicable"),
                    ("Allred score", "0/8"),
                    ("Internal control", "Normal epithelium present, positive")],
                   "Result: NEGATIVE"))
    start = top
    d.bar(40, top, 515, 16, "HER2 (clone 4B5)", fill=GREEN, color=white, size=8.5)
    d.text(48, top + 32, "Score: 1+", HB, 11, GREEN)
    t = top + 48
    for k, v in (("Category", "HER2-low (negative)"),
                 ("Staining", "Faint, incomplete membrane staining in about 40% of invasive "
                              "tumour cells"),
                 ("ISH", "Not indicated")):
        t = d.kv(48, t, 62, 240, k, v, size=7.8, leading=9.8) + 2
    key = [[{"t": "HER2 IHC scoring guide", "span": 2, "font": HB}],
           ["0", "No staining, or faint incomplete staining in 10% or fewer (ultralow)"],
           ["1+", "Faint incomplete staining in more than 10% (HER2-low)"],
           ["2+", "Weak/moderate complete staining in more than 10% (equivocal, ISH)"],
           ["3+", "Strong complete staining in more than 10% (positive)"]]
    kb = table(d, 318, top + 24, [22, 207], key, H, 7, pad=2.2, grid=MID, lw=0.4,
               fills=lambda r: MINT if r == 0 else None)
    bottom = max(t, kb + 6)
    d.rect(40, start, 515, bottom - start, stroke=GREEN, lw=0.8)
    top = bottom + 14
    top = ep_section(d, top, "Comment", "ER low positive (1-10% of tumour nuclei). This group "
                     "is heterogeneous: some tumours behave like ER-negative cancers and the "
                     "benefit of endocrine therapy is uncertain. The internal control was "
                     "present and positive, so the low result is not a technical failure. "
                     "Ki-67 was not requested.")
    top = ep_section(d, top, "Methods", "BenchMark ULTRA. ER clone SP1, PR clone 16, HER2 "
                     "clone 4B5 with on-slide cell line controls. Scored using the UK/ASCO-CAP "
                     "guidance; ER and PR positive at 1% or more of tumour nuclei.")
    ep_sign(d, top + 4, "Dr K. Falconer, Consultant Histopathologist", "Authorised 13/02/2026")
    return [
        L("ER", "expression", "positive", ["Result: LOW POSITIVE", "Tumour nuclei staining 5%"],
          percent=5),
        L("PR", "expression", "negative", ["Result: NEGATIVE", "Tumour nuclei staining <1%"],
          value="<1%"),
        L("HER2", "expression", "negative", ["Score: 1+", "HER2-low (negative)"],
          ihc_score="1+"),
    ]


def r9048(d):
    top = ep_begin(d, "LUNG FUSION-PROTEIN SCREEN (ALK / ROS1)",
                   "Lung, right middle lobe, EBUS-guided biopsy (block A1)",
                   "Adenocarcinoma, solid and acinar patterns")
    top = ep_pair(d, top + 4,
                  ("ALK (clone D5F3, VENTANA)",
                   [("Staining", "No granular cytoplasmic staining in tumour cells"),
                    ("Control", "On-slide ALK-positive control: as expected")],
                   "Result: NEGATIVE"),
                  ("ROS1 (clone SP384, VENTANA)",
                   [("Staining", "Moderate to strong cytoplasmic staining in 70% of "
                                 "tumour cells"),
                    ("Control", "HCC78 cell line control: as expected")],
                   "Result: POSITIVE"))
    top = ep_section(d, top, "Comment", "ROS1 immunohistochemistry is a screening test; "
                     "reactive pneumocytes and some tumours without a fusion can stain. A "
                     "positive screen needs confirmation by a molecular method, so block A1 "
                     "has been sent to the Regional Genetics Laboratory for ROS1 break-apart "
                     "FISH. The result will follow as a supplementary report. ALK is negative; "
                     "no further ALK testing is needed unless clinically indicated.")
    top = ep_section(d, top, "Other tests", "PD-L1 22C3 is reported separately under "
                     "EP26-1190. EGFR mutation testing is in progress at the Regional Genetics "
                     "Laboratory.")
    top = ep_section(d, top, "Methods", "BenchMark ULTRA, OptiView detection with "
                     "amplification. ALK D5F3 is scored as positive (strong granular "
                     "cytoplasmic staining in any tumour cells) or negative. ROS1 SP384 staining "
                     "is recorded by intensity and percentage of tumour cells.")
    ep_sign(d, top + 4, "Dr R. Adebayo-Hughes, Consultant Histopathologist",
            "Authorised 19/02/2026")
    return [
        L("ALK", "expression", "negative", ["Result: NEGATIVE"]),
        L("ROS1", "expression", "positive", ["Result: POSITIVE", "Moderate to strong cytoplasmic staining in 70% of"],
          percent=70),
    ]


EP = dict(
    a=dict(patient="Patient P", dob="18/11/1952", acc="EP26-1044", hosp="Eastmoor General",
           md="Dr S. Varga", received="04/02/2026"),
    b=dict(patient="Patient Q", dob="02/04/1979", acc="EP26-1121", hosp="Moorside Hospital",
           md="Ms A. Lowther", received="10/02/2026"),
    c=dict(patient="Patient R", dob="25/08/1966", acc="EP26-1187", hosp="Eastmoor General",
           md="Dr N. Pryce", received="16/02/2026"),
)

# =====================================================================================
# Lindqvist Institute of Pathology: Vera, results table on the left, grey scoring-key
# column on the right.
# =====================================================================================
V, VB, VI = "Vera", "Vera-Bold", "Vera-Italic"
SLATE = HexColor("#34495e")
SIDE = HexColor("#eef0f2")


def lq_header(d: Doc):
    m = d.meta
    d.rect(40, 26, 5, 30, fill=SLATE, stroke=None)
    d.text(52, 38, "Lindqvist Institute of Pathology", VB, 13, SLATE)
    d.text(52, 51, "Section of Predictive Pathology | Sjöbergsgatan 14, Norrvik", V, 7.5)
    d.text(555, 38, "PREDICTIVE PATHOLOGY REPORT", VB, 8.5, SLATE, align="right")
    d.text(555, 51, "predictive@lindqvist-path.invalid | +00 555 210 400", V, 7.5,
           align="right")
    d.line(40, 60, 555, 60, 0.8, SLATE)
    rows = [["Patient", m["patient"], "Report no.", m["acc"]],
            ["Date of birth", m["dob"], "Sender", m["sender"]],
            ["Sample received", m["received"], "Report date", m["reported"]]]
    rows = [[{"t": a, "font": VB}, b, {"t": c, "font": VB}, e] for a, b, c, e in rows]
    table(d, 40, 66, [78, 180, 70, 187], rows, V, 7.3, pad=2.2, grid=None)
    d.line(40, 106, 555, 106, 0.4, MID)


def lq_footer(d: Doc):
    m = d.meta
    d.text(40, 810, f"{m['acc']} | {m['patient']}", V, 6.8)
    d.text(555, 810, f"Page {d.page} of {d.total}", VB, 6.8, align="right")
    d.text(40, 819, "Accredited by the national accreditation body (reg. no. 1287, ISO 15189). "
           "This report may only be reproduced in full.", VI, 6.3, MID)


MAINW = 345
SIDEX = 400
SIDEW = 155


def lq_begin(d, title):
    d.start(lq_header, lq_footer, 114, 798, title=title)
    d.text(40, 122, title, VB, 10.5, SLATE)
    return 138


def lq_side(d, top, blocks, bottom=None):
    """Grey side column with the scoring key; blocks = [(title, [lines])]."""
    def run(draw):
        t = top + 12
        for title, lines in blocks:
            t = step(draw, t, title, VB, 7.3, 9)
            for ln in lines:
                t = step(draw, t, ln, V, 6.9, 8.6, 1.5)
            t += 6
        return t

    def step(draw, t, s, font, size, lead, after=1):
        if draw:
            return d.para(SIDEX + 7, t, SIDEW - 14, s, font, size, lead) + after
        return t + len(wrap(s, font, size, SIDEW - 14)) * lead + after

    h = max(run(False), bottom or 0) - top
    d.rect(SIDEX, top, SIDEW, h, fill=SIDE, stroke=None)
    run(True)
    return top + h


def lq_text(d, top, head, body, size=7.8):
    if head:
        d.text(40, top, head, VB, 8.3, SLATE)
        top += 11
    return d.para(40, top, MAINW, body, V, size, size * 1.3) + 6


def lq_sign(d, top, who):
    d.line(40, top, 220, top, 0.4)
    d.text(40, top + 10, who, VB, 7.8)
    d.text(40, top + 20, "Electronically signed", VI, 7.3)
    return top + 30


def r9049(d):
    top = lq_begin(d, "PD-L1 (SP142) - UROTHELIAL CARCINOMA")
    top = lq_text(d, top, "Material", "Urinary bladder, transurethral resection (block 3). "
                  "Invasive high-grade urothelial carcinoma with muscularis propria invasion "
                  "(report LIP-26-01188).")
    rows = [[{"t": "VENTANA PD-L1 (SP142), OptiView + amplification, BenchMark ULTRA",
              "span": 3}],
            ["Compartment", "Result", "Category"],
            ["Tumour-infiltrating immune cells (IC)", "10% of tumour area", "IC2/3"],
            ["Tumour cells (TC)", "<1%", "TC0"]]
    top = table(d, 40, top, [160, 110, 75], rows, V, 7.6, pad=3, header_rows=2,
                header_font=VB, header_fill=SIDE, grid=MID, lw=0.4) + 14
    main_top = top
    top = lq_text(d, top, "Conclusion", "PD-L1 (SP142) HIGH: immune cells cover 10% of the "
                  "tumour area (IC2/3, at least 5%). Tumour cell staining is below 1% (TC0).")
    top = lq_text(d, top, "Assessment", "PD-L1-stained immune cells of any intensity are "
                  "estimated as the proportion of the tumour area (tumour cells and associated "
                  "intratumoral and contiguous peritumoral stroma) that they occupy. Tumour "
                  "cells are counted separately. The specimen contains adequate tumour with "
                  "associated stroma.")
    top = lq_text(d, top, "Control", "Tonsil on each slide: strong staining of crypt "
                  "epithelium and germinal centre cells, as expected. Negative reagent control "
                  "without staining.")
    top = lq_text(d, top, "Note", "The scoring algorithm and cut-off depend on the drug and "
                  "indication; the SP142 IC algorithm applies to atezolizumab. Other PD-L1 "
                  "assays (22C3 CPS, SP263) have not been performed on this sample.")
    side_bottom = lq_side(d, 138, [
        ("Scoring key - SP142, urothelial", [
            "IC0: immune cells <1% of tumour area",
            "IC1: ≥1% and <5%",
            "IC2/3: ≥5% (PD-L1 high)"]),
        ("Tumour cell categories", [
            "TC0 <1% | TC1 ≥1% and <5% | TC2 ≥5% and <50% | TC3 ≥50%"]),
        ("Interpretation", ["The category, not the exact percentage, is used for "
                            "treatment decisions."])])
    top = max(top, side_bottom) + 8
    lq_sign(d, top, "Ingrid Sjölund, MD PhD, Consultant Pathologist")
    return [
        L("PD-L1", "expression", "positive", ["PD-L1 (SP142) HIGH",
                                              "10% of the tumour area"], percent=10),
        L("PD-L1", "expression", "negative", ["Tumour cells (TC) <1% TC0"], value="<1%"),
    ]


def r9050(d):
    top = lq_begin(d, "PD-L1 (SP263) - NON-SMALL CELL LUNG CANCER")
    top = lq_text(d, top, "Material", "1: Lung, right upper lobe, core biopsy (block 1A). "
                  "2: Lymph node station 7, EBUS-TBNA cell block (block 2A). Both: "
                  "adenocarcinoma (report LIP-26-01402).")
    rows = [[{"t": "VENTANA PD-L1 (SP263), OptiView, BenchMark ULTRA", "span": 4}],
            ["Specimen", "Viable tumour cells", "TC with membrane staining", "Category"],
            ["1 Lung, RUL core (1A)", "Adequate (>100)", "80%", "≥50%"],
            ["2 LN station 7 (2A)", "Adequate (>100)", "70%", "≥50%"]]
    top = table(d, 40, top, [110, 85, 85, 65], rows, V, 7.6, pad=3, header_rows=2,
                header_font=VB, header_fill=SIDE, grid=MID, lw=0.4) + 14
    top = lq_text(d, top, "Conclusion", "High PD-L1 expression in both samples: primary 80%, "
                  "lymph node 70% of tumour cells with membrane staining.")
    top = lq_text(d, top, "Assessment", "Percentage of viable tumour cells with partial or "
                  "complete membrane staining of any intensity above background. Immune cells "
                  "are not included. The cell block meets the laboratory's validation "
                  "criteria for cytology (formalin post-fixation, >100 tumour cells).")
    top = lq_text(d, top, "Control", "Tonsil and placenta controls: expected staining.")
    top = lq_text(d, top, "Pending", "ALK, ROS1 and the DNA/RNA NGS panel are in progress "
                  "and will be issued in a separate report.")
    side_bottom = lq_side(d, 138, [
        ("Scoring key - SP263, NSCLC", [
            "Tumour cells with membrane staining:",
            "<1%: no expression",
            "1-49%: expression",
            "≥50%: high expression"]),
        ("Concordance", ["SP263 and 22C3 give similar tumour cell scores in validation "
                         "series; SP142 stains fewer tumour cells."])])
    top = max(top, side_bottom) + 8
    lq_sign(d, top, "Mattias Berglund, MD, Consultant Pathologist")
    return [
        L("PD-L1", "expression", "positive", ["primary 80%"], percent=80),
        L("PD-L1", "expression", "positive", ["lymph node 70%"], percent=70),
    ]


def r9051(d):
    top = lq_begin(d, "TRIPLE-NEGATIVE BREAST CANCER - PD-L1 AND AR")
    top = lq_text(d, top, "Material", "Left breast, ultrasound-guided core biopsy, block A2 "
                  "(report LIP-26-00318). Invasive carcinoma NST, grade 3.")
    top = lq_text(d, top, "Receptor status (reported 2026-01-14 on the same biopsy)",
                  "ER negative (0%), PR negative (0%), HER2 1+ (HER2-low). Triple-negative "
                  "phenotype.")
    rows = [[{"t": "", "span": 1}, {"t": "VENTANA SP142", "span": 2, "align": "center"},
             {"t": "Dako 22C3 pharmDx", "span": 2, "align": "center"}],
            ["Marker", "Score", "Status", "Score", "Status"],
            ["PD-L1", "IC 1%", "Positive", "CPS 3", "Negative"]]
    top = table(d, 40, top, [55, 55, 90, 55, 90], rows, V, 7.6, pad=3, header_rows=2,
                header_font=VB, header_fill=SIDE, grid=MID, lw=0.4) + 8
    rows2 = [["Marker", "Clone", "Result"],
             ["Androgen receptor (AR)", "SP107", "Positive, 40% of tumour nuclei, moderate"]]
    top = table(d, 40, top, [110, 50, 185], rows2, V, 7.6, pad=3, header_rows=1,
                header_font=VB, header_fill=SIDE, grid=MID, lw=0.4) + 14
    top = lq_text(d, top, "Conclusion", "PD-L1 SP142 positive (IC 1%, cut-off 1%). PD-L1 22C3 "
                  "negative at the CPS 10 cut-off (CPS 3). Androgen receptor positive (40%).")
    top = lq_text(d, top, "Comment", "The two PD-L1 assays answer different questions and are "
                  "not interchangeable; the relevant assay depends on the drug and setting. "
                  "AR is reported for information; there is no validated cut-off for "
                  "treatment decisions.")
    top = lq_text(d, top, "Control", "Tonsil controls on each slide stained as expected.")
    side_bottom = lq_side(d, 138, [
        ("SP142 (TNBC)", ["IC <1%: negative", "IC ≥1%: positive"]),
        ("22C3 (TNBC)", ["CPS <10: negative", "CPS ≥10: positive"]),
        ("AR", ["Nuclear staining; ≥1% is often called positive, but cut-offs between 1% "
                "and 10% are used in trials."])])
    top = max(top, side_bottom) + 8
    lq_sign(d, top, "Ingrid Sjölund, MD PhD, Consultant Pathologist")
    return [
        L("PD-L1", "expression", "positive", ["PD-L1 SP142 positive (IC 1%"], percent=1),
        L("PD-L1", "expression", "negative", ["negative at the CPS 10 cut-off (CPS 3)"],
          value="CPS 3"),
        L("ER", "expression", "negative", ["ER negative (0%)"], percent=0),
        L("PR", "expression", "negative", ["PR negative (0%)"], percent=0),
        L("HER2", "expression", "negative", ["HER2 1+ (HER2-low)"], ihc_score="1+"),
        L("AR", "expression", "positive", ["Androgen receptor positive (40%)"], percent=40),
    ]


LQ = dict(
    a=dict(patient="Patient S", dob="1951-03-30", acc="LIP-26-P0233",
           sender="Urology, Norrvik Hospital", received="2026-02-03", reported="2026-02-06"),
    b=dict(patient="Patient T", dob="1960-10-07", acc="LIP-26-P0261",
           sender="Pulmonary Medicine, Norrvik Hospital", received="2026-02-09",
           reported="2026-02-12"),
    c=dict(patient="Patient U", dob="1983-06-12", acc="LIP-26-P0275",
           sender="Breast Surgery, Västerby Hospital", received="2026-02-10",
           reported="2026-02-16"),
)

# =====================================================================================
# Ridgeway Clinical Laboratories: specimen block on the left, drawn image placeholders on
# the right, result box with a grey title bar and a legend beside the result.
# =====================================================================================
RUST = HexColor("#8a4b1f")


def rw_header(d: Doc):
    d.polygon([(40, 50), (52, 30), (60, 42), (66, 34), (80, 50)], fill=RUST)
    d.text(88, 38, "RIDGEWAY CLINICAL LABORATORIES", HB, 13, RUST)
    d.text(88, 50, "Anatomic Pathology | Immunohistochemistry", H, 8)
    d.text(572, 34, "880 Copperline Road, Ridgeway, CO 80999", H, 7.5, align="right")
    d.text(572, 44, "(555) 018-6600 | www.ridgewaylabs.invalid", H, 7.5, align="right")
    d.line(40, 58, 572, 58, 1.0, RUST)


def rw_footer(d: Doc):
    m = d.meta
    d.line(40, 742, 572, 742, 0.5, RUST)
    d.text(40, 752, f"{m['patient']} | {m['acc']} | Printed {m['printed']}", H, 7)
    d.text(572, 752, f"Page {d.page} of {d.total}", HB, 7, align="right")
    d.text(40, 761, "Ridgeway Clinical Laboratories | CLIA 06D1187342 | Medical Director: "
           "Paul Trujillo, MD", H, 6.5, MID)


def rw_begin(d, title, kv_rows, captions):
    d.start(rw_header, rw_footer, 66, 732, title=title)
    d.text(40, 76, title, HB, 11.5)
    start = 86
    t = start + 12
    for k, v in kv_rows:
        t = d.kv(46, t, 78, 244, k, v, size=7.6, leading=9.5) + 1.5
    left_bottom = t
    # image placeholders, side by side
    y = start
    bottoms = []
    for i, cap in enumerate(captions):
        x = 316 + i * 132
        bottoms.append(d.placeholder(x, y, 124, 100, cap))
    bottom = max(left_bottom, max(bottoms) if bottoms else 0) + 4
    d.rect(40, start, 260, left_bottom - start + 2, stroke=MID, lw=0.6)
    return bottom + 10


def rw_result(d, top, title, left_draw, legend_title, legend_rows, split=300):
    start = top
    d.bar(40, top, 532, 16, title, fill=GREY, size=9)
    lb = left_draw(top + 16)
    d.text(split + 12, top + 28, legend_title, HB, 7.3, RUST)
    kb = table(d, split + 12, top + 33, [44, 572 - split - 12 - 44 - 8], legend_rows, H, 6.9,
               pad=2.2, grid=MID, lw=0.4)
    bottom = max(lb, kb + 8)
    d.line(split, top + 16, split, bottom, 0.4, MID)
    d.rect(40, start, 532, bottom - start, stroke=black, lw=0.8)
    return bottom + 14


def rw_section(d, top, head, body, size=7.8):
    if top + 24 > d.body_bottom:
        top = d.new_page() + 6
    d.text(40, top, head, HB, 8.3, RUST)
    return d.para(40, top + 11, 532, body, H, size, size * 1.27) + 6


def rw_sign(d, top, who, when):
    if top + 28 > d.body_bottom:
        top = d.new_page() + 6
    d.text(40, top, f"Electronically signed by {who}", HB, 8)
    d.text(40, top + 10, when, H, 8)


RW_HER2_KEY = [["0 (null)", "No staining observed"],
               ["0 (ultralow)", "Faint, barely perceptible, incomplete membrane staining in "
                                "10% or fewer of invasive tumor cells"],
               ["1+ (low)", "Faint, incomplete membrane staining in more than 10%"],
               ["2+", "Weak to moderate complete staining in more than 10% (equivocal; "
                      "reflex ISH)"],
               ["3+", "Complete, intense, circumferential staining in more than 10% "
                      "(positive)"]]


def r9052(d):
    top = rw_begin(d, "HER2 IMMUNOHISTOCHEMISTRY REPORT", [
        ("Patient", "Patient V"), ("DOB / Sex", "07/22/1962 / F"), ("MRN", "RCL-448102"),
        ("Accession", "RCL-26-S1184"), ("Specimen", "Liver, segment 6, core biopsy: "
                                                   "metastatic breast carcinoma"),
        ("Block", "A1"), ("Collected", "02/06/2026"), ("Reported", "02/11/2026"),
        ("Physician", "Helen Marchetti, MD")],
        ["Fig. 1 HER2 (4B5), metastatic carcinoma, 20x",
         "Fig. 2 HER2 on-slide control (0 / 1+ / 3+ cell lines), 10x"])

    def left(t):
        x = 48
        d.text(x, t + 22, "SCORE: 0", HB, 14, RUST)
        t += 38
        for k, v in (("Category", "HER2-ultralow"), ("Interpretation", "NEGATIVE"),
                     ("Description", "Faint, barely perceptible, incomplete membrane staining "
                                     "in about 5% of invasive tumor cells"),
                     ("Clone", "4B5 (VENTANA), BenchMark ULTRA")):
            t = d.kv(x, t, 70, 244, k, v, size=7.8, leading=9.8) + 2
        return t + 4

    top = rw_result(d, top, "RESULT - HER2 (ERBB2) IHC", left,
                    "Scoring key (ASCO/CAP 2023; not a result)", RW_HER2_KEY)
    top = rw_section(d, top, "Comment", "HER2 IHC score 0 with faint staining in 10% or fewer "
                     "of tumor cells: HER2-ultralow. This is a negative result under ASCO/CAP; "
                     "the ultralow category is reported because it may bear on eligibility for "
                     "HER2-directed antibody-drug conjugates in hormone receptor-positive "
                     "metastatic disease. The slide was reviewed at high power by two "
                     "pathologists.")
    top = rw_section(d, top, "Related results", "ER and PR on this biopsy are reported under "
                     "RCL-26-S1127 (see that report). The primary tumor (2021, outside "
                     "institution) was reported as HER2 1+; the report was not available for "
                     "review.")
    top = rw_section(d, top, "Controls", "On-slide control cell lines (HER2 0, 1+ and 3+) and "
                     "an external tissue control showed the expected staining.")
    top = rw_section(d, top, "Disclaimer", "Fixation for this specimen was within 6-72 hours "
                     "in 10% neutral buffered formalin. Decalcified specimens are not suitable "
                     "for HER2 testing. Images are representative and are not used for "
                     "scoring.", 7.2)
    rw_sign(d, top + 2, "Andrea Kowalczyk, MD", "02/11/2026 16:08 MST")
    return [
        L("HER2", "expression", "negative", ["SCORE: 0", "Interpretation NEGATIVE"],
          ihc_score="0"),
        L("HER2", "expression", "negative", ["was reported as HER2 1+"], ihc_score="1+",
          optional=True),
    ]


def r9053(d):
    top = rw_begin(d, "BREAST IMMUNOHISTOCHEMISTRY: HER2 AND Ki-67", [
        ("Patient", "Patient W"), ("DOB / Sex", "12/01/1975 / F"), ("MRN", "RCL-451966"),
        ("Accession", "RCL-26-S1213"), ("Specimen", "Right breast, 11 o'clock, core biopsy"),
        ("Diagnosis", "Invasive ductal carcinoma, grade 3"), ("Block", "A2"),
        ("Reported", "02/13/2026"), ("Physician", "Kenji Hargrove, MD")],
        ["Fig. 1 HER2 (4B5), 10x", "Fig. 2 Ki-67 (MIB-1), 20x, hot spot"])

    def left(t):
        x = 48
        d.text(x, t + 20, "HER2 (4B5)", HB, 8.5)
        d.text(x, t + 36, "SCORE: 3+", HB, 13, RUST)
        t += 50
        t = d.kv(x, t, 70, 244, "Interpretation", "POSITIVE", size=7.8, leading=9.8) + 2
        t = d.kv(x, t, 70, 244, "Description", "Complete, intense, circumferential membrane "
                 "staining in nearly all invasive tumor cells", size=7.8, leading=9.8) + 8
        d.text(x, t, "Ki-67 (MIB-1)", HB, 8.5)
        t += 13
        for k, v in (("Global score", "28%"), ("Hot-spot score", "35%"),
                     ("Method", "Global unweighted (IKWG), 4 fields of 100 cells")):
            t = d.kv(x, t, 70, 244, k, v, size=7.8, leading=9.8) + 2
        return t + 4

    key = RW_HER2_KEY + [["Ki-67", "No validated cut-off; values of 5% or less and 30% or "
                                   "more are the most reproducible (IKWG)"]]
    top = rw_result(d, top, "RESULTS", left, "Scoring key (not a result)", key)
    top = rw_section(d, top, "Comment", "HER2 is positive (3+); in situ hybridization is not "
                     "required. The Ki-67 index is reported as the global score; the hot-spot "
                     "value is given for information. ER and PR were performed on block A2 "
                     "and are reported in the surgical pathology report RCL-26-S1213.")
    top = rw_section(d, top, "Controls", "HER2 on-slide control cell lines and tonsil (Ki-67) "
                     "showed the expected staining.")
    rw_sign(d, top + 2, "Andrea Kowalczyk, MD", "02/13/2026 11:30 MST")
    return [
        L("HER2", "expression", "positive", ["SCORE: 3+", "Interpretation POSITIVE"],
          ihc_score="3+"),
        L("Ki-67", "expression", "reported", ["Global score 28%"], percent=28),
        L("Ki-67", "expression", "reported", ["Hot-spot score 35%"], percent=35,
          optional=True),
    ]


def r9054(d):
    top = rw_begin(d, "PAN-TRK IMMUNOHISTOCHEMISTRY (NTRK FUSION SCREEN)", [
        ("Patient", "Patient X"), ("DOB / Sex", "04/17/1988 / M"), ("MRN", "RCL-452530"),
        ("Accession", "RCL-26-S1240"), ("Specimen", "Left parotid gland, superficial "
                                                   "parotidectomy"),
        ("Diagnosis", "Secretory carcinoma"), ("Block", "A4"), ("Reported", "02/19/2026"),
        ("Physician", "Omar Castellano, MD")],
        ["Fig. 1 pan-TRK (EPR17341), 20x", "Fig. 2 S100, 10x"])

    def left(t):
        x = 48
        d.text(x, t + 20, "Pan-TRK (clone EPR17341)", HB, 8.5)
        d.text(x, t + 36, "RESULT: POSITIVE", HB, 13, RUST)
        t += 50
        for k, v in (("Pattern", "Diffuse nuclear and cytoplasmic staining"),
                     ("Extent", "100% of tumor cells"), ("Intensity", "Moderate to strong"),
                     ("Control", "Appendix (neural elements) and TRK-positive cell line: "
                                 "appropriate")):
            t = d.kv(x, t, 60, 244, k, v, size=7.8, leading=9.8) + 2
        return t + 4

    key = [["Positive", "Cytoplasmic and/or nuclear staining in 1% or more of tumor cells, "
                        "above background"],
           ["Negative", "No staining in tumor cells"],
           ["Pattern", "Nuclear staining is typical of ETV6::NTRK3; membranous staining of "
                       "LMNA::NTRK1; IHC does not identify the partner"]]
    top = rw_result(d, top, "RESULT - PAN-TRK IHC", left, "Interpretation key (not a result)",
                    key)
    other = [[{"t": "Other stains (block A4)", "span": 2, "font": HB}],
             ["S100", "Positive"], ["Mammaglobin", "Positive"], ["SOX10", "Positive"],
             ["p63", "Negative in tumor cells (peripheral basal cells absent)"]]
    top = table(d, 40, top, [90, 250], other, H, 7.5, pad=2.4, grid=MID, lw=0.4,
                fills=lambda r: LIGHT if r == 0 else None) + 14
    top = rw_section(d, top, "Comment", "The morphology and immunoprofile support secretory "
                     "carcinoma. Pan-TRK staining is consistent with an NTRK fusion, but IHC is "
                     "a screening test and does not establish a fusion. RNA-based NGS fusion "
                     "testing has been sent to Kestrel BioAnalytics; the result is pending and "
                     "will be issued as an addendum.")
    top = rw_section(d, top, "Method", "Pan-TRK rabbit monoclonal EPR17341 (VENTANA), OptiView "
                     "detection. The antibody recognizes the C-terminus of TRKA, TRKB and TRKC; "
                     "smooth muscle and neural tissue show physiologic staining.")
    rw_sign(d, top + 2, "Paul Trujillo, MD", "02/19/2026 09:52 MST")
    return [
        L("NTRK", "expression", "positive", ["RESULT: POSITIVE", "100% of tumor cells"],
          percent=100),
    ]


RW = dict(
    a=dict(patient="Patient V", acc="RCL-26-S1184", printed="02/11/2026 16:10"),
    b=dict(patient="Patient W", acc="RCL-26-S1213", printed="02/13/2026 11:31"),
    c=dict(patient="Patient X", acc="RCL-26-S1240", printed="02/19/2026 09:55"),
)

REPORTS = {
    9043: (letter, HS["a"], r9043),
    9044: (letter, HS["b"], r9044),
    9045: (letter, HS["c"], r9045),
    9046: (A4, EP["a"], r9046),
    9047: (A4, EP["b"], r9047),
    9048: (A4, EP["c"], r9048),
    9049: (A4, LQ["a"], r9049),
    9050: (A4, LQ["b"], r9050),
    9051: (A4, LQ["c"], r9051),
    9052: (letter, RW["a"], r9052),
    9053: (letter, RW["b"], r9053),
    9054: (letter, RW["c"], r9054),
}
