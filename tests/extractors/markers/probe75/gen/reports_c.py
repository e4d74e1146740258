"""Reports 9055-9060: Kestrel BioAnalytics (US commercial reference lab, multi-page, results
at a glance), Bramwell General Hospital (UK surgical report with boxed addenda), Oriel Trials
Central Laboratory (trial screening, three-column summary strip)."""
from __future__ import annotations

from kit import A4, GREY, LIGHT, MID, Doc, HexColor, L, black, letter, table, white, width

V, VB, VI = "Vera", "Vera-Bold", "Vera-Italic"

# =====================================================================================
# Kestrel BioAnalytics: purple/orange, Vera, three-column identity strip, "results at a
# glance" table on page 1, detail with image placeholders, methods and legends at the end.
# =====================================================================================
PURPLE = HexColor("#4b2e83")
LILAC = HexColor("#ece6f5")
ORANGE = HexColor("#d8691c")


def kb_header(d: Doc):
    d.polygon([(40, 46), (58, 26), (62, 38), (80, 30), (64, 46)], fill=PURPLE)
    d.polygon([(58, 46), (66, 40), (72, 46)], fill=ORANGE)
    d.text(88, 38, "Kestrel BioAnalytics", VB, 15, PURPLE)
    d.text(88, 49, "Precision Oncology Diagnostics", V, 7.5, ORANGE)
    for i, s in enumerate(("1 Falcon Court, Suite 210, Austin, TX 78799",
                           "(555) 019-7700 | support@kestrelbio.invalid",
                           "CLIA 45D2209931 | CAP 9011245")):
        d.text(572, 30 + i * 9.5, s, V, 7, align="right")
    d.rect(40, 58, 532, 2.5, fill=PURPLE, stroke=None)


def kb_footer(d: Doc):
    m = d.meta
    d.line(40, 744, 572, 744, 0.4, MID)
    d.text(40, 753, f"{m['patient']} | Kestrel ID {m['acc']} | Report date {m['reported']}", V,
           6.8)
    d.text(572, 753, f"Page {d.page} of {d.total}", VB, 6.8, align="right")
    d.text(40, 762, "Kestrel BioAnalytics | Laboratory Director: Dana Whitfield, MD, PhD",
           V, 6.3, MID)


def kb_begin(d, title):
    d.start(kb_header, kb_footer, 68, 734, title=title)
    d.bar(40, 68, 532, 18, title, fill=PURPLE, color=white, font=VB, size=9)
    m = d.meta
    cols = [("PATIENT", [("Name", m["patient"]), ("DOB", m["dob"]), ("Sex", m["sex"]),
                         ("MRN", m["mrn"])]),
            ("SPECIMEN", [("Kestrel ID", m["acc"]), ("Site", m["site"]),
                          ("Block", m["block"]), ("Collected", m["collected"]),
                          ("Received", m["received"])]),
            ("ORDERING", [("Physician", m["md"]), ("Institution", m["inst"]),
                          ("Report date", m["reported"])])]
    w = 532 / 3
    bottoms = []
    for i, (title_, rows) in enumerate(cols):
        x = 40 + i * w
        t = d.bar(x + 2, 92, w - 4, 13, title_, fill=LILAC, color=PURPLE, font=VB, size=7)
        t += 10
        for k, v in rows:
            t = d.kv(x + 6, t, 52, w - 12, k, v, kfont=VB, vfont=V, size=7, leading=8.6) + 1
        bottoms.append(t)
    bottom = max(bottoms) + 2
    for i in range(3):
        d.rect(40 + i * w + 2, 92, w - 4, bottom - 92, stroke=LILAC, lw=0.8)
    return bottom + 14


def kb_h(d, top, s):
    top += 4
    if top + 30 > d.body_bottom:
        top = d.new_page() + 8
    d.text(40, top, s, VB, 10, PURPLE)
    d.line(40, top + 4, 572, top + 4, 0.6, ORANGE)
    return top + 16


def kb_glance(d, top, rows):
    head = [["Biomarker", "Method / clone", "Result", "Notes"]]
    body = []
    for r in rows:
        res = r[2]
        body.append([{"t": r[0], "font": VB}, r[1],
                     {"t": res, "font": VB, "color": ORANGE if r[3] else black}, r[4]])
    return table(d, 40, top, [118, 120, 110, 184], head + body, V, 7.5, pad=3.2,
                 header_rows=1, header_font=VB, header_fill=LILAC, grid=MID, lw=0.4) + 12


def kb_para(d, top, s, size=7.6, font=V):
    return d.para(40, top, 532, s, font, size, size * 1.3) + 6


def kb_images(d, top, caps, h=70):
    n = len(caps)
    w = (532 - (n - 1) * 10) / n
    bottoms = [d.placeholder(40 + i * (w + 10), top, w, h, c, font=VI, size=6.5)
               for i, c in enumerate(caps)]
    return max(bottoms) + 8


def kb_sign(d, top, who):
    if top + 34 > d.body_bottom:
        top = d.new_page() + 8
    d.text(40, top, "Electronically signed by", V, 7.5)
    d.text(40, top + 11, who, VB, 8)
    d.text(40, top + 21, "This report has been reviewed and approved by the pathologist "
           "named above.", VI, 7)
    return top + 32


KB_CLIA = (
    "This test was developed and its performance characteristics determined by Kestrel "
    "BioAnalytics. It has not been cleared or approved by the US Food and Drug "
    "Administration. The laboratory is regulated under CLIA as qualified to perform high-"
    "complexity clinical testing. Results should be interpreted with the clinical findings "
    "and other laboratory data; treatment decisions rest with the treating physician.")


def r9055(d):
    top = kb_begin(d, "IMMUNOHISTOCHEMISTRY BIOMARKER REPORT - COLORECTAL")
    top = kb_h(d, top, "Results at a glance")
    top = kb_glance(d, top, [
        ("Mismatch repair (MMR) proteins", "IHC: MLH1, PMS2, MSH2, MSH6", "DEFICIENT (dMMR)",
         True, "Loss of MLH1 and PMS2 expression; see page 2"),
        ("pan-TRK", "IHC, clone EPR17341", "NEGATIVE", False,
         "No staining in tumor cells"),
        ("HER2", "IHC, clone 4B5 (colorectal criteria)", "NEGATIVE (score 0)", False,
         "No membranous staining in tumor cells"),
        ("BRAF V600E", "Not performed", "Not tested", False,
         "Referred to the client's molecular laboratory at the client's request"),
        ("MLH1 promoter methylation", "Not performed", "Not tested", False,
         "Recommended if BRAF V600E is not detected"),
    ])
    top = kb_h(d, top, "Summary interpretation")
    top = kb_para(d, top, "Colorectal adenocarcinoma with loss of MLH1 and PMS2 nuclear "
                  "expression and retained MSH2 and MSH6: mismatch repair deficient. This "
                  "pattern is usually due to MLH1 promoter hypermethylation (sporadic) but can "
                  "reflect Lynch syndrome; BRAF V600E and/or MLH1 promoter methylation testing "
                  "is recommended to separate the two. pan-TRK immunohistochemistry is "
                  "negative, which makes an NTRK fusion unlikely. HER2 is not overexpressed.",
                  8)
    top = kb_h(d, top, "Specimen and diagnosis (from the client's report)")
    top = kb_para(d, top, "Colon, sigmoid, anterior resection: invasive adenocarcinoma, "
                  "moderately differentiated, with a prominent lymphocytic response (client "
                  "case SM26-03318, block A5). Tumor content of the stained section: about "
                  "60%.", 8)
    top = d.new_page() + 8
    top = kb_h(d, top, "Detailed results - mismatch repair")
    rows = [["Protein", "Clone", "Tumor nuclei", "Internal control", "Interpretation"],
            ["MLH1", "ES05", "Absent", "Present", "Loss"],
            ["PMS2", "EP51", "Absent", "Present", "Loss"],
            ["MSH2", "FE11", "Present", "Present", "Intact"],
            ["MSH6", "EP49", "Present", "Present", "Intact"]]
    top = table(d, 40, top, [90, 80, 110, 110, 142], rows, V, 7.6, pad=3, header_rows=1,
                header_font=VB, header_fill=LILAC, grid=MID, lw=0.4) + 10
    top = kb_images(d, top, ["MLH1 (ES05), 20x", "PMS2 (EP51), 20x", "MSH2 (FE11), 20x",
                             "MSH6 (EP49), 20x"])
    top = kb_para(d, top, "Internal control cells (stromal cells, lymphocytes and normal "
                  "crypts) show nuclear staining for all four proteins, so the loss in tumor "
                  "cells is interpretable. Images are representative fields and are not used "
                  "for scoring.")
    top = kb_h(d, top + 2, "Detailed results - pan-TRK and HER2")
    rows = [["Test", "Result", "Detail"],
            ["pan-TRK (EPR17341)", "Negative", "No cytoplasmic, membranous or nuclear "
                                               "staining in tumor cells; smooth muscle of the "
                                               "muscularis propria stains (expected)"],
            ["HER2 (4B5), CRC criteria", "Score 0", "No membranous staining. Colorectal HER2 "
                                                    "positivity requires 3+ staining in 50% "
                                                    "or more of tumor cells (HERACLES)"]]
    top = table(d, 40, top, [110, 70, 352], rows, V, 7.6, pad=3, header_rows=1,
                header_font=VB, header_fill=LILAC, grid=MID, lw=0.4) + 12
    top = d.new_page() + 8
    top = kb_h(d, top, "Methods")
    top = kb_para(d, top, "Immunohistochemistry on 4-micron sections of formalin-fixed, "
                  "paraffin-embedded tissue, VENTANA BenchMark ULTRA, OptiView DAB detection. "
                  "Antibodies: MLH1 (ES05), PMS2 (EP51), MSH2 (FE11), MSH6 (EP49), pan-TRK "
                  "(EPR17341), HER2 (4B5). Each run includes external tissue controls; each "
                  "slide is reviewed for internal control staining.")
    top = kb_h(d, top, "Scoring criteria")
    crit = [["Assay", "Criteria used (reference information, not a result)"],
            ["MMR", "Intact: nuclear staining in tumor cells with positive internal control. "
                    "Loss: complete absence of nuclear staining in tumor cells with positive "
                    "internal control. dMMR = loss of one or more proteins; pMMR = all four "
                    "intact."],
            ["pan-TRK", "Positive: staining of any pattern in 1% or more of tumor cells above "
                        "background. Negative: no staining."],
            ["HER2 (CRC)", "0: no staining; 1+: faint, segmental; 2+: moderate in 50% or more "
                           "(ISH recommended); 3+: intense, complete or lateral/basolateral in "
                           "50% or more of tumor cells (positive)."]]
    top = table(d, 40, top, [70, 462], crit, V, 7.3, pad=3, header_rows=1, header_font=VB,
                header_fill=LILAC, grid=MID, lw=0.4) + 12
    top = kb_h(d, top, "Limitations")
    top = kb_para(d, top, "Immunohistochemistry does not detect all mismatch repair defects "
                  "(for example, some missense variants with retained antigenicity). A "
                  "negative pan-TRK result does not exclude an NTRK3 fusion, for which the "
                  "antibody is less sensitive. This report does not address germline status.")
    top = kb_h(d, top, "Regulatory statement")
    top = kb_para(d, top, KB_CLIA, 7.2, VI)
    kb_sign(d, top + 4, "Marcus Ebright, MD, Board Certified Anatomic Pathologist")
    return [
        L("MLH1", "expression", "negative", ["MLH1 ES05 Absent Present Loss"]),
        L("PMS2", "expression", "negative", ["PMS2 EP51 Absent Present Loss"]),
        L("MSH2", "expression", "positive", ["MSH2 FE11 Present Present Intact"]),
        L("MSH6", "expression", "positive", ["MSH6 EP49 Present Present Intact"]),
        L("MMR", "signature", "positive", ["DEFICIENT (dMMR)"]),
        L("NTRK", "expression", "negative", ["pan-TRK IHC, clone EPR17341 NEGATIVE"]),
        L("HER2", "expression", "negative", ["NEGATIVE (score 0)"], ihc_score="0"),
    ]


def kb_distribution(d, top, label, dist, extra_cols):
    """Table with a merged header over the intensity columns."""
    head1 = [{"t": "", "span": 1},
             {"t": "Percentage of tumor cells by membrane intensity", "span": 4,
              "align": "center"},
             {"t": "Derived values", "span": len(extra_cols), "align": "center"}]
    head2 = ["Marker", "0", "1+", "2+", "3+"] + [c[0] for c in extra_cols]
    row = [label] + [f"{v}%" for v in dist] + [c[1] for c in extra_cols]
    colw = [96] + [52] * 4 + [(532 - 96 - 208) / len(extra_cols)] * len(extra_cols)
    return table(d, 40, top, colw, [head1, head2, row], V, 7.6, pad=3, header_rows=2,
                 header_font=VB, header_fill=LILAC, grid=MID, lw=0.4) + 12


KB_TRIAL = (
    "This result was generated for a sponsor's screening protocol using an investigational "
    "use only (IUO) assay and a protocol-specific scoring algorithm. Eligibility for "
    "enrolment is determined by the sponsor and the site investigator; this report does not "
    "by itself confirm eligibility. Results are released to the ordering site and, in "
    "coded form, to the sponsor.")


def r9056(d):
    top = kb_begin(d, "CLINICAL TRIAL SCREENING REPORT - MESOTHELIN IHC")
    top = kb_h(d, top, "Results at a glance")
    top = kb_glance(d, top, [
        ("Mesothelin", "IHC, clone SP74", "POSITIVE", True,
         "Meets protocol KBA-MSLN-204 screening criterion"),
        ("FOLR1 (FR-alpha)", "IHC, clone FOLR1-2.1", "80% at 2+ or more", False,
         "For information only; not a protocol criterion"),
    ])
    top = kb_h(d, top, "Protocol")
    top = kb_para(d, top, "Sponsor protocol KBA-MSLN-204 (phase 1/2, mesothelin-directed "
                  "therapy). Site 017, subject 017-0042. Screening criterion: membrane "
                  "staining at 2+ or 3+ intensity in at least 50% of viable tumor cells.", 8)
    top = kb_h(d, top, "Detailed result")
    top = kb_distribution(d, top, "Mesothelin (SP74)", (10, 20, 40, 30),
                          [("2+/3+", "70%"), ("H-score", "190")])
    top = kb_para(d, top, "Mesothelin: POSITIVE. Tumor cells with 2+/3+ membrane staining: "
                  "70%. Criterion (at least 50% at 2+ or more): MET.", 8.5, VB)
    top = kb_para(d, top, "Staining is membranous with apical accentuation in glandular "
                  "areas. Cytoplasmic staining was not scored. Adjacent mesothelium stains "
                  "strongly (internal positive control).")
    top = kb_images(d, top, ["Mesothelin (SP74), 10x", "Mesothelin (SP74), 40x",
                             "Negative reagent control, 10x"])
    top = kb_h(d, top, "Specimen")
    top = kb_para(d, top, "Omentum, biopsy at interval debulking: high-grade serous carcinoma "
                  "(site report SP26-1180). Ten unstained slides received, cut 2026-01-29; "
                  "stained within the protocol's 60-day slide stability window. Viable tumor "
                  "cells: more than 500.", 8)
    top = kb_h(d, top, "Important information")
    top = kb_para(d, top, KB_TRIAL, 7.4, VI)
    top = kb_para(d, top, KB_CLIA, 7.2, VI)
    kb_sign(d, top + 4, "Dana Whitfield, MD, PhD, Laboratory Director")
    return [
        L("Mesothelin", "expression", "positive",
          ["Mesothelin: POSITIVE", "Tumor cells with 2+/3+ membrane staining: 70%"],
          percent=70),
    ]


def r9057(d):
    top = kb_begin(d, "CLINICAL TRIAL SCREENING REPORT - GD2 IHC")
    top = kb_h(d, top, "Results at a glance")
    top = kb_glance(d, top, [
        ("GD2", "IHC on frozen tissue, clone 14G2a", "POSITIVE", True,
         "Meets protocol KBA-GD2-117 screening criterion"),
        ("B7-H3 (CD276)", "IHC, laboratory-developed", "POSITIVE, 90%", False,
         "For information only; not a protocol criterion"),
        ("GD2 on FFPE block A3", "Not performed", "Not tested", False,
         "GD2 is a glycolipid lost in paraffin processing; FFPE is not validated"),
    ])
    top = kb_h(d, top, "Protocol")
    top = kb_para(d, top, "Sponsor protocol KBA-GD2-117 (GD2-directed CAR T cells, relapsed "
                  "solid tumors). Site 008, subject 008-0019. Screening criterion: membranous "
                  "GD2 staining in 50% or more of tumor cells at any intensity.", 8)
    top = kb_h(d, top, "Detailed result")
    rows = [[{"t": "", "span": 1}, {"t": "Tumor cells", "span": 2, "align": "center"},
             {"t": "Protocol", "span": 2, "align": "center"}],
            ["Marker", "Membranous staining", "Intensity", "Cut-off", "Criterion met"],
            ["GD2 (14G2a)", "60%", "Moderate to strong", "50%", "Yes"]]
    top = table(d, 40, top, [110, 110, 120, 92, 100], rows, V, 7.6, pad=3, header_rows=2,
                header_font=VB, header_fill=LILAC, grid=MID, lw=0.4) + 12
    top = kb_para(d, top, "GD2: POSITIVE, with membranous staining in 60% of tumor cells "
                  "(moderate to strong). The specimen meets the protocol screening "
                  "criterion.", 8.5, VB)
    top = kb_images(d, top, ["GD2 (14G2a), frozen section, 20x",
                             "Isotype control, frozen section, 20x",
                             "H&E of frozen block, 10x"], h=56)
    top = kb_h(d, top, "Specimen")
    top = kb_para(d, top, "Right distal femur, open biopsy at relapse: osteosarcoma (site "
                  "report OS26-0077). Snap-frozen tissue in OCT received on dry ice at -70 C; "
                  "a decalcified FFPE block (A3) was also received and returned unstained. "
                  "Viable tumor in the frozen section: about 70% of the tissue.", 8)
    top = kb_para(d, top, "Controls: neuroblastoma frozen control, strong membranous GD2 "
                  "staining; isotype-matched negative control on the patient tissue, no "
                  "staining.")
    top = kb_h(d, top, "Important information")
    top = kb_para(d, top, KB_TRIAL, 7.4, VI)
    top = kb_para(d, top, KB_CLIA, 7.2, VI)
    kb_sign(d, top + 4, "Dana Whitfield, MD, PhD, Laboratory Director")
    return [
        L("GD2", "expression", "positive", ["GD2: POSITIVE, with membranous staining in 60% of "
                                            "tumor cells"], percent=60),
    ]


KB = dict(
    a=dict(patient="Patient Y", dob="09/27/1959", sex="Female", mrn="SM-3301876",
           acc="KBA-26-018842", site="Colon, sigmoid (resection)", block="A5",
           collected="01/20/2026", received="01/26/2026", md="Ruth Delacroix, MD",
           inst="St. Martin Regional Medical Center", reported="02/02/2026"),
    b=dict(patient="Patient Z", dob="03/03/1966", sex="Female", mrn="(trial) 017-0042",
           acc="KBA-26-019310", site="Omentum (biopsy)", block="Unstained slides x10",
           collected="01/28/2026", received="02/03/2026", md="Site 017 investigator",
           inst="Coastal Gynecologic Oncology", reported="02/09/2026"),
    c=dict(patient="Patient AA", dob="05/11/2009", sex="Male", mrn="(trial) 008-0019",
           acc="KBA-26-019544", site="Right distal femur", block="Frozen (OCT) and FFPE A3",
           collected="02/04/2026", received="02/05/2026", md="Site 008 investigator",
           inst="Lakeside Children's Hospital", reported="02/12/2026"),
)

# =====================================================================================
# Bramwell General Hospital: Times, surgical report on page 1, addenda in ruled boxes.
# =====================================================================================
T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
NAVYB = HexColor("#233a63")


def bg_header(d: Doc):
    m = d.meta
    d.polygon([(40, 26), (62, 26), (62, 44), (51, 54), (40, 44)], fill=NAVYB)
    d.polygon([(45, 31), (57, 31), (57, 42), (51, 48), (45, 42)], fill=white)
    d.text(72, 38, "Bramwell General Hospital", TB, 15, NAVYB)
    d.text(72, 50, "Department of Histopathology", T, 9.5)
    d.text(555, 34, "Histopathology Report", TB, 11, align="right")
    d.text(555, 46, "Lab tel 0555 012 3456 | histology@bramwell.invalid", T, 8,
           align="right")
    d.line(40, 58, 555, 58, 1.0, NAVYB)
    d.rect(40, 64, 515, 44, stroke=black, lw=0.6)
    d.line(297, 64, 297, 108, 0.4)
    for i, (k, v) in enumerate((("Name:", m["patient"]), ("DOB:", m["dob"]),
                                ("Hospital No:", m["hosp"]))):
        d.kv(46, 76 + i * 11, 70, 245, k, v, kfont=TB, vfont=T, size=8.5)
    for i, (k, v) in enumerate((("Lab No:", m["acc"]), ("Requested by:", m["md"]),
                                ("Received:", m["received"]))):
        d.kv(303, 76 + i * 11, 70, 248, k, v, kfont=TB, vfont=T, size=8.5)


def bg_footer(d: Doc):
    m = d.meta
    d.line(40, 800, 555, 800, 0.4)
    d.text(40, 810, f"{m['patient']}   {m['acc']}   Issued {m['issued']}", T, 7.5)
    d.text(555, 810, f"Page {d.page} of {d.total}", TB, 7.5, align="right")
    d.text(40, 819, "If you have a query about this report please contact the reporting "
           "pathologist through the histopathology office.", TI, 7)


def bg_head(d, top, s):
    d.text(40, top, s, TB, 10)
    return top + 13


def bg_para(d, top, s, size=9.5, x=40, w=515):
    return d.para(x, top, w, s, T, size, size * 1.27) + 5


def r9058(d):
    d.start(bg_header, bg_footer, 116, 790, title="Histopathology report H26-02871")
    top = 124
    top = bg_head(d, top, "Clinical details")
    top = bg_para(d, top, "Left breast cancer 1 o'clock, B5b on core (H26-01544). Wide local "
                  "excision and sentinel node biopsy. Previous right breast carcinoma 2014 "
                  "(H14-03382: ER positive, HER2 negative), treated with surgery and "
                  "tamoxifen.")
    top = bg_head(d, top, "Macroscopy")
    top = bg_para(d, top, "A: Left breast wide local excision, 62 x 48 x 30 mm, orientated "
                  "with sutures. Serial slicing shows a firm, grey-white tumour 18 mm in "
                  "maximum dimension, 6 mm from the nearest (inferior) margin. Blocks A1-A12. "
                  "B: Left sentinel lymph node, 14 mm, bisected and embedded in B1.")
    top = bg_head(d, top, "Microscopy")
    top = bg_para(d, top, "A: Invasive carcinoma of no special type, grade 2 (tubules 3, "
                  "pleomorphism 2, mitoses 1), 18 mm. Associated intermediate grade DCIS, "
                  "solid and cribriform, confined to the tumour area. No lymphovascular "
                  "invasion. All margins clear (invasive 6 mm inferior; DCIS 9 mm). "
                  "B: One lymph node with no metastatic carcinoma (0/1), including on "
                  "cytokeratin levels.")
    top = bg_head(d, top, "Summary")
    start = top
    end = bg_para(d, top + 4, "Left breast WLE: invasive carcinoma NST, grade 2, 18 mm, "
                  "margins clear, LVI not seen. Sentinel node negative (0/1). pT1c pN0(sn). "
                  "Biomarkers: see addenda.", 9.5, 46, 503)
    d.rect(40, start - 9, 515, end - start + 4, stroke=black, lw=0.8)
    top = end + 16
    top = bg_para(d, top, "Reported by Dr E. Holloway-Grant, Consultant Histopathologist, "
                  "02/02/2026.", 9)
    top = d.new_page()
    top += 4

    def box(top, title, draw):
        start = top
        d.bar(40, top, 515, 16, title, fill=LIGHT, font=TB, size=9.5, stroke=black)
        b = draw(top + 16)
        d.rect(40, start, 515, b - start, stroke=black, lw=0.9)
        return b + 14

    def add1(t):
        w = 515 / 3
        cols = [("Oestrogen receptor", ["Positive", "100% of nuclei, strong", "Allred 8/8"]),
                ("Progesterone receptor", ["Positive (low)", "5% of nuclei, weak",
                                           "Allred 3/8"]),
                ("Ki-67 (MIB-1)", ["40%", "of invasive tumour nuclei", ""])]
        for i, (h, lines) in enumerate(cols):
            x = 40 + i * w
            d.text(x + w / 2, t + 14, h, TB, 9, align="center")
            for j, ln in enumerate(lines):
                if ln:
                    d.text(x + w / 2, t + 29 + j * 12, ln, TB if j == 0 else T,
                           10.5 if j == 0 else 9, align="center", maxw=w - 8)
            if i:
                d.line(x, t + 4, x, t + 62, 0.4, MID)
        t += 70
        d.line(40, t, 555, t, 0.4, MID)
        t = bg_para(d, t + 13, "HER2 (4B5): score 2+ (equivocal), with weak to moderate "
                    "complete membrane staining in about 30% of tumour cells. Block A4 has "
                    "been sent for HER2 in situ hybridisation; see Addendum 2.", 9.5, 46, 503)
        t = bg_para(d, t, "Block A4. Controls satisfactory. Authorised by Dr E. "
                    "Holloway-Grant, 05/02/2026.", 8.5, 46, 503)
        return t + 2

    top = box(top, "ADDENDUM 1 - BREAST BIOMARKERS (block A4)", add1)

    def add2(t):
        rows = [["Method", "HER2/CEP17 dual-probe SISH (VENTANA), 20 invasive tumour nuclei"],
                ["HER2/CEP17 ratio", "2.4"],
                ["Average HER2 copy number", "5.2 signals per cell"],
                ["ISH group", "Group 1 (ratio 2.0 or more, HER2 copy number 4.0 or more)"],
                ["Result", "HER2 AMPLIFIED"]]
        rows = [[{"t": a, "font": TB}, {"t": b, "font": TB if a == "Result" else T}]
                for a, b in rows]
        t = table(d, 46, t + 6, [150, 353], rows, T, 9, pad=3, grid=MID, lw=0.4) + 8
        t = bg_para(d, t + 6, "Final HER2 status: POSITIVE (IHC 2+, ISH amplified). The "
                    "case will be listed for the breast MDT meeting on 16/02/2026.", 9.5, 46,
                    503)
        t = bg_para(d, t, "Authorised by Dr E. Holloway-Grant, 12/02/2026.", 8.5, 46, 503)
        return t + 2

    top = box(top, "ADDENDUM 2 - HER2 IN SITU HYBRIDISATION (block A4)", add2)
    top = bg_head(d, top, "Notes")
    top = bg_para(d, top, "Hormone receptors are scored by the Allred method (0-8) with the "
                  "percentage of positive nuclei; 1% or more is positive, 1-10% is reported "
                  "as low positive. HER2 is reported according to UK/ASCO-CAP guidance: IHC "
                  "0 and 1+ negative, 2+ equivocal (ISH required), 3+ positive.", 8.5)
    return [
        L("ER", "expression", "positive", ["100% of nuclei, strong"], percent=100),
        L("PR", "expression", "positive", ["Positive (low)", "5% of nuclei, weak"], percent=5),
        L("Ki-67", "expression", "reported", ["Ki-67 (MIB-1)", "40%"], percent=40),
        L("HER2", "expression", "equivocal", ["HER2 (4B5): score 2+ (equivocal)"],
          ihc_score="2+"),
        L("HER2", "amplification", "positive", ["HER2/CEP17 ratio 2.4", "HER2 AMPLIFIED"],
          ratio=2.4),
        L("ER", "expression", "positive", ["(H14-03382: ER positive, HER2 negative)"],
          optional=True),
        L("HER2", "expression", "negative", ["(H14-03382: ER positive, HER2 negative)"],
          optional=True),
    ]


BG = dict(patient="Patient AB", dob="19/09/1958", hosp="BGH 0713392", acc="H26-02871",
          md="Miss C. Ferreira, Breast Surgery", received="28/01/2026", issued="12/02/2026")

# =====================================================================================
# Oriel Trials Central Laboratory: trial screening, three-column summary strip,
# intensity-distribution tables, sample-receipt table.
# =====================================================================================
H, HB, HI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
OTEAL = HexColor("#00595e")
OPALE = HexColor("#e0eeee")


def ot_header(d: Doc):
    m = d.meta
    d.rect(40, 24, 532, 34, fill=OTEAL, stroke=None)
    d.text(50, 40, "ORIEL TRIALS CENTRAL LABORATORY", HB, 12, white)
    d.text(50, 51, "Global Central Laboratory Services | Pathology & Biomarkers", H, 7.5,
           white)
    d.text(562, 40, "BIOMARKER SCREENING REPORT", HB, 9, white, align="right")
    d.text(562, 51, "For investigational use only", HI, 7.5, white, align="right")
    rows = [[{"t": "Protocol", "font": HB}, m["protocol"], {"t": "Site", "font": HB},
             m["site"], {"t": "Subject", "font": HB}, m["subject"]],
            [{"t": "Patient", "font": HB}, m["patient"], {"t": "Visit", "font": HB},
             "Pre-screening", {"t": "Accession", "font": HB}, m["acc"]]]
    table(d, 40, 64, [52, 150, 34, 120, 50, 126], rows, H, 7.5, pad=2.5, grid=MID, lw=0.4,
          fills=lambda r: OPALE)


def ot_footer(d: Doc):
    m = d.meta
    d.line(40, 742, 572, 742, 0.5, OTEAL)
    d.text(40, 752, f"Oriel Trials Central Laboratory | {m['acc']} | Subject {m['subject']}",
           H, 7)
    d.text(572, 752, f"Page {d.page} of {d.total}", HB, 7, align="right")
    d.text(40, 761, "Oriel Trials Central Laboratory, 40 Lantern Way, Oriel Park, NJ 08999 | "
           "CLIA 31D2190554 | www.orieltrials.invalid", H, 6.5, MID)


def ot_begin(d, title):
    d.start(ot_header, ot_footer, 104, 732, title=title)
    d.text(40, 112, title, HB, 11, OTEAL)
    return 124


def ot_strip(d, top, cols, h=58):
    w = 532 / len(cols)
    for i, (head, lines) in enumerate(cols):
        x = 40 + i * w
        d.rect(x + 1.5, top, w - 3, h, fill=None, stroke=OTEAL, lw=0.8)
        d.bar(x + 1.5, top, w - 3, 14, head, fill=OTEAL, color=white, size=7.8,
              align="center")
        t = top + 27
        for j, ln in enumerate(lines):
            d.text(x + w / 2, t, ln, HB if j == 0 else H, 9.5 if j == 0 else 7.6,
                   maxw=w - 10, align="center")
            t += 12 if j == 0 else 9.5
    return top + h + 14


def ot_h(d, top, s):
    top += 4
    if top + 30 > d.body_bottom:
        top = d.new_page() + 6
    d.text(40, top, s, HB, 9, OTEAL)
    d.line(40, top + 3, 572, top + 3, 0.4, OTEAL)
    return top + 14


def ot_para(d, top, s, size=7.8, font=H):
    return d.para(40, top, 532, s, font, size, size * 1.28) + 6


def ot_dist(d, top, rows, cutoff_head):
    head1 = [{"t": "", "span": 2},
             {"t": "Tumor cells by membrane intensity (%)", "span": 4, "align": "center"},
             {"t": "Protocol algorithm", "span": 2, "align": "center"}]
    head2 = ["Marker", "Clone", "0", "1+", "2+", "3+", cutoff_head, "Result"]
    return table(d, 40, top, [82, 62, 40, 40, 40, 40, 118, 110], [head1, head2] + rows, H,
                 7.5, pad=3, header_rows=2, header_font=HB, header_fill=OPALE, grid=MID,
                 lw=0.4) + 12


OT_RECEIPT_HEAD = ["Item", "Received", "Condition / comment"]

OT_DISCLAIMER = (
    "Assays performed for clinical trial screening use investigational or research-use "
    "reagents validated by Oriel Trials Central Laboratory for the protocol named above. "
    "Results are intended for determining trial eligibility and are reported to the "
    "investigator site and, in coded form, to the sponsor. They are not intended for "
    "treatment decisions outside the protocol.")


def r9059(d):
    top = ot_begin(d, "Gastric / GEJ adenocarcinoma - pre-screening biomarker panel")
    top = ot_strip(d, top, [
        ("CLAUDIN 18.2", ["POSITIVE", "85% of tumor cells at 2+/3+", "Protocol cut-off met"]),
        ("FGFR2b", ["NOT MET", "8% of tumor cells at 2+/3+", "Protocol cut-off not met"]),
        ("HER2 / PD-L1", ["NOT TESTED", "Not required by this protocol",
                          "Use site results if needed"]),
    ])
    top = ot_h(d, top, "Results")
    top = ot_dist(d, top, [
        ["Claudin 18.2", "43-14A", "5", "10", "35", "50", "75% or more at 2+/3+",
         "Met (85%)"],
        ["FGFR2b", "FPR2-D", "80", "12", "6", "2", "10% or more at 2+/3+", "Not met (8%)"],
    ], "Cut-off")
    top = ot_para(d, top, "Overall pre-screening outcome for protocol ORL-GC-3107: ELIGIBLE "
                  "on Claudin 18.2 (cohort A). FGFR2b-positive cohort B: not eligible.", 8.5,
                  HB)
    top = ot_h(d, top, "Samples received")
    rows = [OT_RECEIPT_HEAD,
            ["FFPE block", "No", "Site retained the block"],
            ["Unstained slides", "12 (cut 2026-01-27)", "Charged, 4 micron; within 90-day "
                                                       "stability window"],
            ["H&E slide", "1", "Tumor content about 40%; more than 100 viable tumor cells"],
            ["Pathology report", "Yes", "Site report GJ26-0412 (adenocarcinoma, diffuse and "
                                        "intestinal)"]]
    top = table(d, 40, top, [110, 110, 312], rows, H, 7.5, pad=3, header_rows=1,
                header_font=HB, header_fill=OPALE, grid=MID, lw=0.4) + 12
    top = ot_h(d, top, "Comments")
    top = ot_para(d, top, "HER2 and PD-L1 are not part of this protocol's screening panel and "
                  "were not tested by the central laboratory. Slides remain available for "
                  "7 days should the sponsor request additional testing. Controls (gastric "
                  "mucosa for Claudin 18.2; FGFR2b-positive cell line) stained as expected.")
    top = ot_h(d, top, "Disclaimer")
    top = ot_para(d, top, OT_DISCLAIMER, 7.2, HI)
    top += 2
    d.text(40, top, "Reviewed and released by: Sofia Marchand, MD, Central Laboratory "
           "Pathologist", HB, 7.8)
    d.text(40, top + 10, "Release date: 2026-02-04 13:20 UTC", H, 7.8)
    return []


def r9060(d):
    top = ot_begin(d, "Non-small cell lung cancer - c-MET protein pre-screening")
    top = ot_strip(d, top, [
        ("c-MET (SP44)", ["3+ in 55%", "of tumor cells", "MET high: YES"]),
        ("TROP2 (EPR20043)", ["H-score 210", "For information", "Not a protocol criterion"]),
        ("EGFR / ALK", ["SITE-REPORTED", "Provided by site;", "not verified centrally"]),
    ])
    top = ot_h(d, top, "Results")
    top = ot_dist(d, top, [
        ["c-MET", "SP44", "10", "15", "20", "55", "3+ in 50% or more", "MET high"],
    ], "Cut-off (MET high)")
    top = ot_para(d, top, "c-MET (SP44) IHC: 3+ in 55% of tumor cells. The specimen meets the "
                  "protocol definition of c-MET protein overexpression (MET high).", 8.5, HB)
    top = ot_para(d, top, "Staining is membranous and cytoplasmic. Normal bronchial "
                  "epithelium in the section shows weak to moderate staining, as expected. "
                  "TROP2 was stained at the sponsor's request for an exploratory endpoint and "
                  "does not affect eligibility.")
    top = ot_h(d, top, "Not assessed by the central laboratory")
    top = ot_para(d, top, "MET exon 14 skipping and MET amplification are not assessed in this "
                  "protocol's pre-screening; the site's molecular results, if any, are "
                  "recorded by the sponsor. EGFR and ALK status are taken from the site's "
                  "records and have not been verified by Oriel Trials Central Laboratory.")
    top = ot_h(d, top, "Samples received")
    rows = [OT_RECEIPT_HEAD,
            ["FFPE block", "1 (A2)", "Returned to site after sectioning"],
            ["H&E slide", "1", "Tumor content about 50%; adequate"],
            ["Pathology report", "Yes", "Site report LN26-0955 (adenocarcinoma, acinar)"]]
    top = table(d, 40, top, [110, 110, 312], rows, H, 7.5, pad=3, header_rows=1,
                header_font=HB, header_fill=OPALE, grid=MID, lw=0.4) + 12
    top = ot_h(d, top, "Scoring algorithm (protocol ORL-LU-2294; reference only)")
    top = ot_para(d, top, "c-MET high: membranous staining at 3+ intensity in 50% or more of "
                  "viable tumor cells. c-MET intermediate: 3+ in 25-49%. c-MET low/negative: "
                  "all other cases. At least 100 viable tumor cells are required.")
    top = ot_h(d, top, "Disclaimer")
    top = ot_para(d, top, OT_DISCLAIMER, 7.2, HI)
    top += 2
    d.text(40, top, "Reviewed and released by: Sofia Marchand, MD, Central Laboratory "
           "Pathologist", HB, 7.8)
    d.text(40, top + 10, "Release date: 2026-02-18 09:45 UTC", H, 7.8)
    return [
        L("MET", "expression", "positive", ["c-MET (SP44) IHC: 3+ in 55% of tumor cells"],
          percent=55, ihc_score="3+"),
    ]


OT = dict(
    a=dict(protocol="ORL-GC-3107", site="0412", subject="0412-0087", patient="Patient AC",
           acc="OTC-26-PS-04471"),
    b=dict(protocol="ORL-LU-2294", site="0230", subject="0230-0154", patient="Patient AD",
           acc="OTC-26-PS-04602"),
)

REPORTS = {
    9055: (letter, KB["a"], r9055),
    9056: (letter, KB["b"], r9056),
    9057: (letter, KB["c"], r9057),
    9058: (A4, BG, r9058),
    9059: (letter, OT["a"], r9059),
    9060: (letter, OT["b"], r9060),
}
