"""Reports 9031-9042: Northgate (US reference IHC), St Aldric (UK hospital), Calder Valley
(UK regional ISH service), Meridian (US reference lab, all-capitals printout)."""
from __future__ import annotations

from kit import A4, GREY, LIGHT, MID, Doc, HexColor, L, black, letter, table, white

# =====================================================================================
# Northgate Reference Laboratories: navy band, patient/specimen column on the left,
# result box with a shaded title bar on the right, interpretation key under the result.
# =====================================================================================
NAVY = HexColor("#1f3a5f")
PALE = HexColor("#e3eaf3")
GOLD = HexColor("#c8a227")


def ng_header(d: Doc):
    d.rect(0, 0, d.W, 54, fill=NAVY, stroke=None)
    d.rect(0, 54, d.W, 3, fill=GOLD, stroke=None)
    d.text(40, 27, "NORTHGATE", "Helvetica-Bold", 16, white)
    d.text(40, 41, "REFERENCE LABORATORIES", "Helvetica", 8.5, white, charspace=1.6)
    d.text(572, 20, "Anatomic Pathology | Immunohistochemistry Service", "Helvetica-Bold", 8,
           white, align="right")
    d.text(572, 31, "2200 Meridian Parkway, Suite 400, Columbus, OH 43085", "Helvetica", 7.5,
           white, align="right")
    d.text(572, 41, "Tel (555) 013-2200 | Fax (555) 013-2299 | www.northgate-ref.invalid",
           "Helvetica", 7.5, white, align="right")
    if d.page > 1:
        m = d.meta
        d.text(40, 74, f"{m['patient']} | {m['acc']} | continued", "Helvetica-Oblique", 7.5)


def ng_footer(d: Doc):
    m = d.meta
    d.line(40, 738, 572, 738, 0.6, NAVY)
    d.text(40, 748, f"{m['patient']} | DOB {m['dob']} | Accession {m['acc']}", "Helvetica", 7)
    d.text(572, 748, f"Page {d.page} of {d.total}", "Helvetica-Bold", 7, align="right")
    d.text(40, 758, "Northgate Reference Laboratories | CLIA 36D2041187 | CAP 8841920 | "
           "Medical Director: Helena Valdés, MD", "Helvetica", 6.5, MID)
    d.text(40, 767, "CONFIDENTIAL: contains protected health information. If received in error, "
           "call (555) 013-2200 and destroy all copies.", "Helvetica", 6.5, MID)


def ng_block(d, x, top, w, title, rows, keyw=70):
    """Bordered block with a pale title bar and key/value rows; returns bottom."""
    start = top
    top = d.bar(x, top, w, 14, title, fill=PALE, color=NAVY, size=7.5)
    top += 11
    for k, v in rows:
        top = d.kv(x + 6, top, keyw, w - 12, k, v, size=7.5, leading=9.4)
        top += 1.5
    bottom = top - 5
    d.rect(x, start, w, bottom - start, stroke=NAVY, lw=0.7)
    return bottom


def ng_tests(d, x, top, w, rows):
    start = top
    top = d.bar(x, top, w, 14, "TESTS ON THIS ACCESSION", fill=PALE, color=NAVY, size=7.5)
    top += 11
    for test, status in rows:
        d.text(x + 6, top, test, "Helvetica-Bold", 7.5, maxw=w - 12)
        top = d.para(x + 12, top + 9.4, w - 18, status, "Helvetica", 7.5, 9.4) + 2
    bottom = top - 5
    d.rect(x, start, w, bottom - start, stroke=NAVY, lw=0.7)
    return bottom


def ng_result_box(d, x, top, w, draw):
    start = top
    top = d.bar(x, top, w, 16, "PD-L1 RESULT", fill=NAVY, color=white, size=9)
    top = draw(top + 16)
    d.rect(x, start, w, top - 6 - start, stroke=NAVY, lw=1.2)
    return top - 6


def ng_legend(d, x, top, w, title, rows):
    d.text(x, top + 8, title, "Helvetica-Bold", 7, NAVY, maxw=w)
    return table(d, x, top + 12, [w * 0.38, w * 0.62], rows, "Helvetica", 7, pad=2.5,
                 grid=MID, lw=0.4, fills=lambda r: LIGHT if r % 2 else None)


def ng_sections(d, top, sections):
    for head, body in sections:
        if top + 30 > d.body_bottom:
            top = d.new_page() + 8
        d.text(40, top, head, "Helvetica-Bold", 8, NAVY)
        d.line(40, top + 3, 572, top + 3, 0.4, MID)
        top = d.para(40, top + 13, 532, body, "Helvetica", 8, 10.2) + 6
    return top


def northgate(d: Doc, m):
    d.start(ng_header, ng_footer, 74, 728, title=f"{m['title']} {d.meta['acc']}")
    d.text(40, 78, m["title"], "Helvetica-Bold", 12, NAVY)
    d.rect(494, 68, 78, 15, stroke=NAVY, lw=0.8, radius=2)
    d.text(533, 78.5, "FINAL REPORT", "Helvetica-Bold", 7.5, NAVY, align="center")
    left = ng_block(d, 40, 92, 250, "PATIENT", m["patient_rows"])
    left = ng_block(d, 40, left + 8, 250, "SPECIMEN", m["specimen_rows"])
    left = ng_tests(d, 40, left + 8, 250, m["tests"])
    right = ng_result_box(d, 304, 92, 268, m["result"])
    right = ng_legend(d, 304, right + 6, 268, m["legend_title"], m["legend"])
    if "right_note" in m:
        right = d.para(304, right + 10, 268, m["right_note"], "Helvetica-Oblique", 6.8, 8.4)
    top = max(left, right) + 18
    top = ng_sections(d, top, m["sections"])
    if top + 40 > d.body_bottom:
        top = d.new_page() + 8
    d.line(40, top, 260, top, 0.6)
    d.text(40, top + 10, m["signer"], "Helvetica-Bold", 7.5)
    d.text(40, top + 20, m["signed"], "Helvetica", 7.5)
    if m.get("page2"):
        top = d.new_page() + 10
        d.bar(40, top, 532, 16, "TEST INFORMATION", fill=NAVY, color=white, size=9)
        top = ng_sections(d, top + 32, m["page2"])


NG_METHOD_22C3 = (
    "PD-L1 IHC 22C3 pharmDx (Agilent, code SK006) performed on the Dako Autostainer Link 48 "
    "with EnVision FLEX visualization according to the package insert. Monoclonal mouse "
    "anti-PD-L1, clone 22C3. Each specimen is stained with the anti-PD-L1 antibody and with "
    "the negative control reagent; the run includes the PD-L1 control cell line slide and "
    "a tonsil tissue control.")
NG_REG = (
    "PD-L1 IHC 22C3 pharmDx is an FDA-approved in vitro diagnostic. Slides were read by a "
    "pathologist trained in the manufacturer's scoring program. The laboratory is CLIA-"
    "certified and CAP-accredited to perform high complexity testing. Results should be "
    "interpreted with the clinical and pathologic findings; the treating physician decides "
    "on therapy.")


def r9031(d):
    m = dict(
        title="PD-L1 IHC 22C3 pharmDx: Interpretation Report",
        patient_rows=[("Name", "Patient A"), ("DOB / Sex", "03/14/1956 / F"),
                      ("MRN", "40-118-276"),
                      ("Client", "Lakeshore Oncology Associates, Sandusky Bay"),
                      ("Ordering", "Marisa Petrakis, MD"), ("Client case", "LS26-1187")],
        specimen_rows=[("Accession", "NRL-26-PD0412"),
                       ("Source", "Lung, right lower lobe, CT-guided core biopsy"),
                       ("Block", "A1 (client block LS26-1187 A1)"),
                       ("Collected", "02/03/2026"), ("Received", "02/05/2026"),
                       ("Reported", "02/09/2026"),
                       ("Client dx", "Adenocarcinoma of lung (non-small cell carcinoma)"),
                       ("Fixation", "10% NBF, 6-48 hours (per client)")],
        tests=[("PD-L1 IHC 22C3 pharmDx (TPS)", "Final - this report"),
               ("ALK (D5F3) IHC", "In progress - separate report to follow"),
               ("EGFR / KRAS / BRAF mutation panel",
                "Not performed at NRL; sent by client to its molecular laboratory")],
        legend_title="INTERPRETATION KEY - NON-SMALL CELL LUNG CANCER (TPS)",
        legend=[["TPS <1%", "No PD-L1 Expression"], ["TPS 1-49%", "PD-L1 Expression"],
                ["TPS 50-100%", "High PD-L1 Expression"]],
        sections=[
            ("MICROSCOPIC DESCRIPTION",
             "Sections of the core biopsy show a moderately differentiated adenocarcinoma with "
             "acinar and solid growth. Viable tumor cells are abundant (well over 100). "
             "Partial or complete linear membrane staining of any intensity is present in "
             "about 60% of viable tumor cells, with heterogeneous intensity from weak to "
             "strong. Staining of tumor-associated lymphocytes and macrophages is present "
             "but is not counted in the TPS. No necrosis or crush artifact limits "
             "interpretation."),
            ("CONTROLS",
             "Run controls performed as expected: the PD-L1 control cell line slide "
             "(NCI-H226 positive, MCF-7 negative) and the on-run tonsil control (crypt "
             "epithelium strongly positive, germinal center macrophages weak to moderate). "
             "The negative control reagent slide shows no specific staining."),
            ("COMMENT",
             "This result applies to the block tested. PD-L1 expression can differ between "
             "blocks and between a primary tumor and its metastases. Please contact the "
             "laboratory if additional blocks are available and repeat testing is wanted."),
        ],
        signer="Electronically signed by Renata Okafor, MD, Anatomic Pathologist",
        signed="02/09/2026 14:22 EST | Slides reviewed in-house",
        page2=[
            ("METHOD", NG_METHOD_22C3),
            ("SCORING", "The Tumor Proportion Score (TPS) is the percentage of viable tumor "
             "cells showing partial or complete membrane staining at any intensity. "
             "Cytoplasmic staining and staining of immune cells, necrotic cells and normal "
             "tissue are excluded. At least 100 viable tumor cells must be present for a "
             "valid result; specimens with fewer are reported as not evaluable."),
            ("LIMITATIONS", "Decalcified tissue and cytology specimens have not been "
             "validated for this assay at NRL. Sections older than 4 months at the time of "
             "staining may lose immunoreactivity."),
            ("REGULATORY", NG_REG),
        ],
    )

    def result(top):
        x, w = 312, 252
        d.text(x, top + 6, "Tumor Proportion Score (TPS): 60%", "Helvetica-Bold", 12, NAVY,
               maxw=w)
        d.text(x, top + 24, "PD-L1 Expression Level:", "Helvetica-Bold", 8)
        d.text(x, top + 35, "HIGH PD-L1 EXPRESSION (TPS 50% or greater)", "Helvetica-Bold",
               8.5, maxw=w)
        t = top + 50
        for k, v in (("Adequacy", "Adequate: at least 100 viable tumor cells evaluated"),
                     ("Staining", "Partial and complete linear membrane staining, weak to "
                                  "strong intensity"),
                     ("Indication", "Non-small cell lung cancer")):
            t = d.kv(x, t, 58, w, k, v, size=7.5, leading=9.4) + 1
        return t + 4

    m["result"] = result
    northgate(d, m)
    return [L("PD-L1", "expression", "positive",
              ["Tumor Proportion Score (TPS): 60%", "HIGH PD-L1 EXPRESSION"], percent=60)]


def r9032(d):
    m = dict(
        title="PD-L1 IHC 22C3 pharmDx: Gastric or GEJ Adenocarcinoma (CPS)",
        patient_rows=[("Name", "Patient B"), ("DOB / Sex", "08/30/1963 / M"),
                      ("MRN", "77-304-519"), ("Client", "Riverbend Medical Center"),
                      ("Ordering", "Daniel Oyelaran, MD"), ("Client case", "RB26-S-2291")],
        specimen_rows=[("Accession", "NRL-26-PD0466"),
                       ("Source", "Stomach, antrum/lesser curvature, endoscopic biopsy "
                                  "(6 fragments)"),
                       ("Block", "1A (client block RB26-S-2291 1A)"),
                       ("Collected", "01/29/2026"), ("Received", "02/02/2026"),
                       ("Reported", "02/06/2026"),
                       ("Client dx", "Adenocarcinoma, intestinal and poorly cohesive types")],
        tests=[("PD-L1 IHC 22C3 pharmDx (CPS)", "Final - this report"),
               ("HER2 IHC (4B5)", "Reported separately under NRL-26-HR0231"),
               ("Mismatch repair IHC (4-protein panel)", "Pending"),
               ("Claudin 18.2 (43-14A)", "Final: positive, 80% of tumor cells with moderate "
                "to strong membrane staining (see separate report)")],
        legend_title="INTERPRETATION KEY - GASTRIC / GEJ ADENOCARCINOMA (CPS)",
        legend=[["CPS <1", "No PD-L1 Expression"], ["CPS 1 or greater", "PD-L1 Expression"],
                ["CPS 10 or greater", "Cut-off used in some other indications; reported "
                 "on request"]],
        right_note="CPS = number of PD-L1 staining cells (tumor cells, lymphocytes, "
                   "macrophages) divided by the number of viable tumor cells, x 100. A CPS "
                   "above 100 is reported as 100.",
        sections=[
            ("MICROSCOPIC DESCRIPTION",
             "Six fragments of gastric mucosa involved by adenocarcinoma with tubular and "
             "poorly cohesive (signet ring) components. Approximately 400 viable tumor cells "
             "are present, which is adequate for CPS scoring. PD-L1 membrane staining is "
             "seen in scattered tumor cells and in mononuclear inflammatory cells at the "
             "interface with the tumor. Neutrophils and plasma cells are not counted."),
            ("CONTROLS",
             "Control cell line slide and tonsil tissue control stained appropriately. "
             "Negative control reagent: no specific staining."),
            ("COMMENT",
             "Scored according to the gastric/GEJ interpretation manual. The tumor shows "
             "heterogeneous staining; a resection specimen, if obtained later, may give a "
             "different score."),
        ],
        signer="Electronically signed by Samuel Whitcombe, MD, Anatomic Pathologist",
        signed="02/06/2026 10:05 EST",
        page2=[
            ("METHOD", NG_METHOD_22C3),
            ("SCORING", "The Combined Positive Score (CPS) is the number of PD-L1 staining "
             "cells (tumor cells, lymphocytes and macrophages) divided by the total number of "
             "viable tumor cells, multiplied by 100. Tumor cells are counted with partial or "
             "complete membrane staining at any intensity; lymphocytes and macrophages with "
             "membrane and/or cytoplasmic staining. At least 100 viable tumor cells are "
             "needed."),
            ("REGULATORY", NG_REG),
        ],
    )

    def result(top):
        x, w = 312, 252
        d.text(x, top + 4, "Combined Positive Score", "Helvetica-Bold", 8.5)
        d.text(x, top + 24, "CPS 8", "Helvetica-Bold", 18, NAVY)
        d.text(x, top + 40, "PD-L1 Expression Level:", "Helvetica-Bold", 8)
        d.text(x, top + 51, "PD-L1 EXPRESSION DETECTED (CPS 1 or greater)", "Helvetica-Bold",
               8.5, maxw=w)
        t = top + 66
        for k, v in (("Adequacy", "Adequate (about 400 viable tumor cells)"),
                     ("Indication", "Gastric or gastroesophageal junction adenocarcinoma")):
            t = d.kv(x, t, 58, w, k, v, size=7.5, leading=9.4) + 1
        return t + 4

    m["result"] = result
    northgate(d, m)
    return [L("PD-L1", "expression", "positive", ["CPS 8", "PD-L1 EXPRESSION DETECTED"],
              value="CPS 8")]


def r9033(d):
    m = dict(
        title="PD-L1 IHC 22C3 pharmDx: Interpretation Report",
        patient_rows=[("Name", "Patient C"), ("DOB / Sex", "11/05/1949 / M"),
                      ("MRN", "12-650-083"), ("Client", "Tri-County Pulmonary Associates"),
                      ("Ordering", "Grace Lindahl, MD"), ("Client case", "TC26-0457")],
        specimen_rows=[("Accession", "NRL-26-PD0509"),
                       ("Source", "Lung, left upper lobe, bronchoscopic biopsy"),
                       ("Blocks", "A1 and A3 (client blocks TC26-0457)"),
                       ("Collected", "02/10/2026"), ("Received", "02/12/2026"),
                       ("Reported", "02/17/2026"),
                       ("Client dx", "Squamous cell carcinoma, keratinizing")],
        tests=[("PD-L1 IHC 22C3 pharmDx, block A1",
                "Not evaluable; repeat on block A3 performed"),
               ("PD-L1 IHC 22C3 pharmDx, block A3", "Final - this report"),
               ("ALK / ROS1 IHC", "Not requested")],
        legend_title="INTERPRETATION KEY - NON-SMALL CELL LUNG CANCER (TPS)",
        legend=[["TPS <1%", "No PD-L1 Expression"], ["TPS 1-49%", "PD-L1 Expression"],
                ["TPS 50-100%", "High PD-L1 Expression"],
                ["Not evaluable", "Fewer than 100 viable tumor cells, or controls failed"]],
        sections=[
            ("MICROSCOPIC DESCRIPTION",
             "Block A1: small fragments of keratinizing squamous cell carcinoma with marked "
             "crush artifact; fewer than 100 well-preserved viable tumor cells are present "
             "in the stained section, so no score can be given for this block. Block A3: "
             "several larger fragments with well over 100 viable tumor cells. No membrane "
             "staining of tumor cells is identified; a few macrophages and lymphocytes "
             "in the stroma are positive and serve as internal positive cells."),
            ("CONTROLS",
             "Control cell line slide (NCI-H226 positive, MCF-7 negative) and tonsil tissue "
             "control stained appropriately on both runs."),
            ("COMMENT",
             "The result is based on block A3. A negative result in a small biopsy may not "
             "represent the whole tumor; testing of a larger specimen may be considered."),
        ],
        signer="Electronically signed by Renata Okafor, MD, Anatomic Pathologist",
        signed="02/17/2026 16:40 EST",
        page2=[("METHOD", NG_METHOD_22C3), ("REGULATORY", NG_REG)],
    )

    def result(top):
        x, w = 312, 252
        t = top + 6
        t = d.kv(x, t, 52, w, "Block A1:", "NOT EVALUABLE - fewer than 100 viable tumor "
                 "cells (crush artifact)", size=8, leading=10) + 3
        t = d.kv(x, t, 52, w, "Block A3:", "TPS <1%", vfont="Helvetica-Bold", size=8,
                 leading=10) + 4
        d.text(x, t, "PD-L1 Expression Level:", "Helvetica-Bold", 8)
        d.text(x, t + 11, "NO PD-L1 EXPRESSION (TPS <1%, block A3)", "Helvetica-Bold", 9,
               NAVY, maxw=w)
        t += 26
        t = d.kv(x, t, 58, w, "Indication", "Non-small cell lung cancer", size=7.5,
                 leading=9.4) + 1
        return t + 4

    m["result"] = result
    northgate(d, m)
    return [L("PD-L1", "expression", "negative",
              ["Block A3: TPS <1%", "NO PD-L1 EXPRESSION"], value="<1%")]


# =====================================================================================
# St Aldric University Hospitals: Times, NHS-style patient grid repeated on every page,
# a summary strip of three (or four) columns, then the narrative report.
# =====================================================================================

def sa_header(d: Doc):
    m = d.meta
    d.text(40, 40, "St Aldric University Hospitals", "Times-Bold", 15)
    d.text(40, 53, "NHS Foundation Trust", "Times-Roman", 10)
    d.text(555, 36, "Department of Cellular Pathology", "Times-Bold", 10, align="right")
    d.text(555, 47, "Pathology Block, Wexcombe Road, Harrowfield HF3 2QZ", "Times-Roman", 8.5,
           align="right")
    d.text(555, 57, "Enquiries 0555 014 7722 | cellpath@staldric.invalid", "Times-Roman", 8.5,
           align="right")
    d.line(40, 65, 555, 65, 1.3)
    d.line(40, 67.5, 555, 67.5, 0.4)
    rows = [["Patient", m["patient"], "Hospital No.", m["hosp"]],
            ["Date of birth", m["dob"], "NHS No.", m["nhs"]],
            ["Lab No.", m["acc"], "Consultant", m["consultant"]],
            ["Received", m["received"], "Source", m["source"]]]
    bold = {"font": "Times-Bold"}
    rows = [[dict(bold, t=a), b, dict(bold, t=c), e] for a, b, c, e in rows]
    table(d, 40, 74, [80, 177.5, 80, 177.5], rows, "Times-Roman", 8.5, pad=2.2,
          grid=MID, lw=0.4)


def sa_footer(d: Doc):
    m = d.meta
    d.line(40, 800, 555, 800, 0.4)
    d.text(40, 810, f"Report for {m['patient']} | Lab No. {m['acc']} | Printed {m['printed']}",
           "Times-Roman", 7.5)
    d.text(555, 810, f"Page {d.page} of {d.total}", "Times-Bold", 7.5, align="right")
    d.text(40, 820, "This report has been authorised electronically. Amendments are issued as "
           "supplementary reports and replace earlier versions.", "Times-Italic", 7)


def sa_strip(d, top, cols, h=64):
    """Summary strip: equal columns, each a grey heading and centred lines."""
    n = len(cols)
    w = 515 / n
    for i, (head, lines) in enumerate(cols):
        x = 40 + i * w
        d.rect(x, top, w, h, stroke=black, lw=0.7)
        d.bar(x, top, w, 15, head, fill=GREY, font="Times-Bold", size=8.5, align="center",
              stroke=black)
        t = top + 30
        for j, ln in enumerate(lines):
            d.text(x + w / 2, t, ln, "Times-Bold" if j == 0 else "Times-Roman",
                   12 if j == 0 else 8.5, maxw=w - 8, align="center")
            t += 14 if j == 0 else 10.5
    return top + h


def sa_heading(d, top, s):
    d.text(40, top, s, "Times-Bold", 10)
    return top + 13


def sa_para(d, top, s, size=9.5):
    return d.para(40, top, 515, s, "Times-Roman", size, size * 1.28) + 5


SA_META = dict(printed="12/02/2026 09:14")


def sa_begin(d, title, specimen):
    d.start(sa_header, sa_footer, 162, 792, title=title)
    top = 166
    d.text(40, top, title, "Times-Bold", 11.5)
    top += 15
    d.text(40, top, "Specimen:", "Times-Bold", 9.5)
    top = d.para(88, top, 467, specimen, "Times-Roman", 9.5, 12) + 6
    return top


SA_ALLRED = [
    [{"t": "Proportion score (PS)", "span": 2}, {"t": "Intensity score (IS)", "span": 2}],
    ["0", "No nuclear staining", "0", "None"],
    ["1", "Less than 1% of nuclei", "1", "Weak"],
    ["2", "1-10% of nuclei", "2", "Moderate"],
    ["3", "11-33% of nuclei", "3", "Strong"],
    ["4", "34-66% of nuclei", "", ""],
    ["5", "67-100% of nuclei", "", ""],
]


def sa_allred(d, top):
    d.text(40, top, "Allred scoring (for reference): total = PS + IS (0, 2-8); a total of 0 or "
           "2 is negative, 3-8 is positive.", "Times-Italic", 8.5)
    return table(d, 40, top + 5, [24, 140, 24, 100], SA_ALLRED, "Times-Roman", 8, pad=2,
                 header_rows=1, header_font="Times-Bold", grid=MID, lw=0.4) + 10


SA_HER2_KEY = (
    "HER2 IHC scoring (UK/ASCO-CAP): 0 = no staining or faint incomplete membrane staining in "
    "10% or fewer of tumour cells; 1+ = faint incomplete membrane staining in more than 10%; "
    "2+ = weak to moderate complete staining in more than 10% (equivocal, reflex ISH); 3+ = "
    "strong complete staining in more than 10%. Scores 0 and 1+ are negative.")


def r9034(d):
    d.meta.update(SA_META)
    top = sa_begin(d, "CELLULAR PATHOLOGY REPORT - SUPPLEMENTARY REPORT 1 (BREAST BIOMARKERS)",
                   "Left breast 2 o'clock, ultrasound-guided core biopsies (x4), block A2. "
                   "Primary report H26-03351: invasive breast carcinoma of no special type, "
                   "grade 2.")
    top = sa_strip(d, top, [
        ("OESTROGEN RECEPTOR", ["POSITIVE", "Allred score 8/8", "(PS 5 + IS 3)"]),
        ("PROGESTERONE RECEPTOR", ["POSITIVE", "Allred score 6/8", "(PS 4 + IS 2)"]),
        ("HER2 (IHC)", ["NEGATIVE", "Score 1+", "HER2-low"]),
    ]) + 16
    top = sa_heading(d, top, "Report")
    top = sa_para(d, top, "Sections from block A2 have been stained for oestrogen receptor (ER, "
                  "clone SP1), progesterone receptor (PR, clone 16), HER2 (clone 4B5) and Ki67 "
                  "(clone MIB1) on the Ventana BenchMark ULTRA. On-slide control tissue stains "
                  "appropriately for each antibody.")
    top = sa_para(d, top, "ER: strong nuclear staining in more than two thirds of the invasive "
                  "tumour cells. Allred score 8/8 (PS 5, IS 3). ER POSITIVE.")
    top = sa_para(d, top, "PR: moderate nuclear staining in between one third and two thirds of "
                  "the invasive tumour cells. Allred score 6/8 (PS 4, IS 2). PR POSITIVE.")
    top = sa_para(d, top, "HER2: faint, incomplete membrane staining in approximately 30% of "
                  "the invasive tumour cells. HER2 score 1+ (NEGATIVE). This falls in the "
                  "HER2-low category. In situ hybridisation is not indicated.")
    top = sa_para(d, top, "Ki67 (MIB1): 18% of invasive tumour nuclei (global count of 500 "
                  "cells across the biopsy cores).")
    top = sa_heading(d, top + 4, "Conclusion")
    top = sa_para(d, top, "Left breast invasive carcinoma NST, grade 2: ER positive, PR "
                  "positive, HER2 negative (1+, HER2-low). For discussion at the breast MDT "
                  "meeting on 16/02/2026.")
    top = sa_allred(d, top + 6)
    top = d.para(40, top, 515, SA_HER2_KEY, "Times-Italic", 8.5, 10.5) + 10
    d.text(40, top, "Reported by: Dr A. N. Fairbrother, Consultant Histopathologist",
           "Times-Roman", 9.5)
    d.text(40, top + 12, "Authorised: 12/02/2026 08:57", "Times-Roman", 9.5)
    d.text(40, top + 26, "UK NEQAS ICC & ISH participant. ER, PR and HER2 assays are UKAS "
           "accredited (ISO 15189:2022).", "Times-Italic", 8)
    return [
        L("ER", "expression", "positive", ["Allred score 8/8 (PS 5, IS 3). ER POSITIVE."]),
        L("PR", "expression", "positive", ["Allred score 6/8 (PS 4, IS 2). PR POSITIVE."]),
        L("HER2", "expression", "negative", ["HER2 score 1+ (NEGATIVE)"], ihc_score="1+"),
        L("Ki-67", "expression", "reported", ["Ki67 (MIB1): 18% of invasive tumour nuclei"],
          percent=18),
    ]


def r9035(d):
    d.meta.update(SA_META, printed="20/02/2026 11:31")
    top = sa_begin(d, "CELLULAR PATHOLOGY REPORT - SUPPLEMENTARY REPORT 1 (BREAST BIOMARKERS)",
                   "Right breast wide local excision with axillary sentinel node, block B4 "
                   "(tumour). Primary report H26-04420: invasive carcinoma of no special type, "
                   "grade 3, 24 mm.")
    top = sa_strip(d, top, [
        ("OESTROGEN RECEPTOR", ["NEGATIVE", "0% of tumour nuclei", "Allred 0/8"]),
        ("PROGESTERONE RECEPTOR", ["NEGATIVE", "<1% of tumour nuclei", "Allred 2/8"]),
        ("HER2 (IHC)", ["EQUIVOCAL", "Score 2+", "Referred for ISH"]),
    ]) + 16
    top = sa_heading(d, top, "Report")
    top = sa_para(d, top, "Block B4 has been stained for ER (SP1), PR (16) and HER2 (4B5). The "
                  "core biopsy (H26-01182) was tested earlier in this department; the breast MDT "
                  "asked for a repeat on the excision because the cores were small.")
    top = sa_para(d, top, "ER: no nuclear staining is seen in the invasive carcinoma (0% of "
                  "tumour nuclei). Normal ducts in the section stain as expected and act as an "
                  "internal positive control. Allred score 0/8. ER NEGATIVE.")
    top = sa_para(d, top, "PR: rare weak nuclear staining in fewer than 1% of tumour cells "
                  "(<1%). Allred score 2/8 (PS 1, IS 1). PR NEGATIVE.")
    top = sa_para(d, top, "HER2: weak to moderate complete membrane staining in about 25% of "
                  "the invasive tumour cells. HER2 score 2+ (EQUIVOCAL). Block B4 has been "
                  "referred to Calder Valley Molecular Pathology for HER2 in situ "
                  "hybridisation. The ISH result will be issued as Supplementary Report 2, and "
                  "final HER2 status should be taken from that report.")
    top = sa_heading(d, top + 4, "Conclusion")
    top = sa_para(d, top, "ER negative, PR negative, HER2 equivocal (2+) pending ISH. The "
                  "receptor profile matches that of the core biopsy.")
    top = sa_allred(d, top + 6)
    top = d.para(40, top, 515, SA_HER2_KEY, "Times-Italic", 8.5, 10.5) + 10
    d.text(40, top, "Reported by: Dr M. O. Castellanos, Consultant Histopathologist",
           "Times-Roman", 9.5)
    d.text(40, top + 12, "Authorised: 20/02/2026 11:20", "Times-Roman", 9.5)
    return [
        L("ER", "expression", "negative", ["0% of tumour nuclei", "ER NEGATIVE"], percent=0),
        L("PR", "expression", "negative", ["(<1%). Allred score 2/8 (PS 1, IS 1). PR NEGATIVE"],
          value="<1%"),
        L("HER2", "expression", "equivocal", ["HER2 score 2+ (EQUIVOCAL)"], ihc_score="2+"),
    ]


def r9036(d):
    d.meta.update(SA_META, printed="03/03/2026 15:02")
    top = sa_begin(d, "CELLULAR PATHOLOGY REPORT - SUPPLEMENTARY REPORT 1 (MMR, ER, p53)",
                   "Uterus, cervix, bilateral fallopian tubes and ovaries (total laparoscopic "
                   "hysterectomy and BSO), block A6. Primary report H26-05127: endometrioid "
                   "carcinoma of the endometrium, FIGO grade 2, invading less than half of the "
                   "myometrium.")
    top = sa_strip(d, top, [
        ("MLH1", ["LOSS", "Tumour: no staining", "Internal control: +"]),
        ("PMS2", ["LOSS", "Tumour: no staining", "Internal control: +"]),
        ("MSH2", ["RETAINED", "Tumour: nuclear +", "Internal control: +"]),
        ("MSH6", ["RETAINED", "Tumour: nuclear +", "Internal control: +"]),
    ]) + 16
    top = sa_heading(d, top, "Mismatch repair immunohistochemistry (block A6)")
    top = sa_para(d, top, "There is complete loss of nuclear staining for MLH1 and PMS2 in the "
                  "tumour, with retained staining of stromal cells and lymphocytes (internal "
                  "control). MSH2 and MSH6 show retained nuclear staining in the tumour.")
    top = sa_para(d, top, "Interpretation: mismatch repair deficient (dMMR), with loss of "
                  "MLH1/PMS2. This pattern is most often caused by somatic MLH1 promoter "
                  "hypermethylation. MLH1 promoter methylation testing has been requested from "
                  "the Regional Genetics Laboratory and will be reported separately; if the "
                  "promoter is unmethylated, referral to Clinical Genetics is advised under the "
                  "Lynch syndrome pathway.")
    top = sa_heading(d, top + 2, "Other immunohistochemistry (block A6)")
    top = sa_para(d, top, "Oestrogen receptor: positive, 80% of tumour nuclei, strong intensity "
                  "(H-score 240).")
    top = sa_para(d, top, "p53: wild-type pattern (heterogeneous nuclear staining of variable "
                  "intensity). No mutation-type (overexpression, null or cytoplasmic) pattern is "
                  "seen.")
    top = sa_heading(d, top + 2, "Method")
    top = sa_para(d, top, "Clones: MLH1 ES05, PMS2 EP51, MSH2 FE11, MSH6 EP49, ER 6F11, p53 "
                  "DO-7 (Leica BOND-III). H-score = sum of (percentage of nuclei x intensity "
                  "1-3), range 0-300. Interpretation follows the BAGP/RCPath guidance for "
                  "endometrial carcinoma.", 8.5)
    top += 6
    d.text(40, top, "Reported by: Dr A. N. Fairbrother, Consultant Histopathologist",
           "Times-Roman", 9.5)
    d.text(40, top + 12, "Authorised: 03/03/2026 14:48", "Times-Roman", 9.5)
    return [
        L("MLH1", "expression", "negative", ["complete loss of nuclear staining for MLH1 and "
                                             "PMS2"]),
        L("PMS2", "expression", "negative", ["complete loss of nuclear staining for MLH1 and "
                                             "PMS2"]),
        L("MSH2", "expression", "positive", ["MSH2 and MSH6 show retained nuclear staining"]),
        L("MSH6", "expression", "positive", ["MSH2 and MSH6 show retained nuclear staining"]),
        L("MMR", "signature", "positive", ["mismatch repair deficient (dMMR)"]),
        L("ER", "expression", "positive",
          ["Oestrogen receptor: positive, 80% of tumour nuclei"], percent=80),
        L("TP53", "expression", "negative", ["p53: wild-type pattern"], optional=True),
    ]


REPORTS_SA = {
    9034: dict(patient="Patient D", dob="22/07/1961", hosp="SA2250317", nhs="999 415 2286",
               acc="H26-03351", consultant="Mr K. Adeyemi", received="09/02/2026",
               source="Breast Unit"),
    9035: dict(patient="Patient E", dob="04/12/1970", hosp="SA1876402", nhs="999 308 7741",
               acc="H26-04420", consultant="Ms R. Penhallow", received="17/02/2026",
               source="Breast Unit"),
    9036: dict(patient="Patient F", dob="15/01/1958", hosp="SA0921557", nhs="999 622 0913",
               acc="H26-05127", consultant="Miss J. Okonjo", received="24/02/2026",
               source="Gynae-oncology"),
}

# =====================================================================================
# Calder Valley Molecular Pathology: teal, Vera font, referral block and result box side
# by side, signal-count table with merged header cells, ISH group key beside the summary.
# =====================================================================================
TEAL = HexColor("#146c75")
TEAL_PALE = HexColor("#dcefef")
V, VB, VI = "Vera", "Vera-Bold", "Vera-Italic"


def cv_header(d: Doc):
    # logo: two chromosome-like bars carrying signal dots
    for i, n in enumerate((3, 5)):
        d.rect(40 + i * 10, 28, 6, 30, fill=TEAL_PALE, stroke=TEAL, lw=0.5, radius=3)
        for k in range(n):
            d.circle(43 + i * 10, 33 + k * (20 / max(n - 1, 1)), 1.3,
                     fill=HexColor("#222222") if k % 2 else HexColor("#c0392b"), stroke=None)
    d.text(66, 42, "Calder Valley Molecular Pathology", VB, 14, TEAL)
    d.text(66, 54, "Regional In Situ Hybridisation Service", V, 8)
    for i, s in enumerate(("Unit 7, Riverside Science Park", "Calderbridge CB7 1XE",
                           "Tel 0555 019 4410 | ish@cvmp.invalid")):
        d.text(555, 34 + i * 10, s, V, 7.5, align="right")
    d.line(40, 64, 555, 64, 1.0, TEAL)


def cv_footer(d: Doc):
    m = d.meta
    d.line(40, 796, 555, 796, 0.5, TEAL)
    d.text(40, 806, f"{m['patient']} | CVMP {m['acc']} | Referring no. {m['ref_no']}", V, 7)
    d.text(555, 806, f"Page {d.page} of {d.total}", VB, 7, align="right")
    d.text(40, 816, "UKAS accredited medical laboratory No. 9876 (ISO 15189). Tests marked * "
           "are outside the scope of accreditation.", V, 6.5, MID)


def cv_box(d, x, top, w, title, draw, head_fill=TEAL, head_color=white):
    start = top
    d.bar(x, top, w, 15, title, fill=head_fill, color=head_color, font=VB, size=8)
    bottom = draw(top + 15)
    d.rect(x, start, w, bottom - start, stroke=TEAL, lw=0.8)
    return bottom


def cv_kvs(d, x, top, w, rows, keyw=92, size=7.5):
    for k, v in rows:
        top = d.kv(x, top, keyw, w, k, v, kfont=VB, vfont=V, size=size, leading=size * 1.27)
        top += 2
    return top


CV_GROUP_KEY = [
    [{"t": "ISH group (ASCO/CAP 2018, affirmed 2023)", "span": 2}],
    ["1", "Ratio ≥2.0 and mean HER2 ≥4.0: positive"],
    ["2", "Ratio ≥2.0 and mean HER2 <4.0: negative unless IHC 3+"],
    ["3", "Ratio <2.0 and mean HER2 ≥6.0: positive if IHC 2+ or 3+"],
    ["4", "Ratio <2.0 and mean HER2 ≥4.0 and <6.0: negative unless IHC 3+ (with comment)"],
    ["5", "Ratio <2.0 and mean HER2 <4.0: negative"],
]

CV_METHOD = (
    "Method: VENTANA HER2 Dual ISH DNA Probe Cocktail on the BenchMark ULTRA (HER2 silver "
    "signals, black; chromosome 17 centromere (CEP17) red signals). Signals were counted in "
    "non-overlapping invasive tumour nuclei in the areas marked on the H&E section. Normal "
    "cells in the section serve as an internal control (expected 1-2 signals of each colour). "
    "External control slide (breast carcinoma cell lines with known HER2 status) gave the "
    "expected results.")

CV_DISCLAIMER = (
    "This report concerns the block received. It should be read with the referring "
    "laboratory's histology and IHC report. Blocks are returned to the referring laboratory "
    "within 5 working days of reporting.")


def cv_begin(d, title):
    d.start(cv_header, cv_footer, 76, 786, title=title)
    d.bar(40, 72, 515, 18, title, fill=TEAL, color=white, font=VB, size=9.5)
    return 98


def cv_count_table(d, top, obs):
    """obs: list of (label, [area rows], total row, ratio, mean) per observer."""
    head1 = [{"t": "", "span": 1}] + [{"t": o[0], "span": 3, "align": "center"} for o in obs]
    head2 = ["Area scored"] + ["Nuclei", "HER2", "CEP17"] * len(obs)
    rows = [head1, head2]
    n_areas = len(obs[0][1])
    for a in range(n_areas):
        rows.append([obs[0][1][a][0]] + sum(([str(v) for v in o[1][a][1:]] for o in obs), []))
    tot = {"font": VB}
    rows.append([dict(tot, t="Total")] + sum(([dict(tot, t=str(v)) for v in o[2]]
                                              for o in obs), []))
    rows.append(["HER2/CEP17 (observer)"] + [{"t": o[3], "span": 3, "align": "center"}
                                             for o in obs])
    rows.append(["Mean HER2 per nucleus"] + [{"t": o[4], "span": 3, "align": "center"}
                                             for o in obs])
    colw = [115] + [400 / (3 * len(obs))] * (3 * len(obs))
    return table(d, 40, top, colw, rows, V, 7.5, pad=2.5, header_rows=2, header_font=VB,
                 header_fill=TEAL_PALE, grid=MID, lw=0.4)


def cv_summary(d, top, rows, key_title_rows=CV_GROUP_KEY):
    left = table(d, 40, top, [150, 95], [[{"t": "Summary", "span": 2, "font": VB}]] + rows,
                 V, 7.5, pad=2.5, header_rows=1, header_fill=TEAL_PALE, grid=MID, lw=0.4)
    right = table(d, 300, top, [22, 233], key_title_rows, V, 7, pad=2.3, header_rows=1,
                  header_font=VB, header_fill=LIGHT, grid=MID, lw=0.4)
    return max(left, right)


def cv_sign(d, top, scorers, reporter, date):
    d.text(40, top, f"Scored by: {scorers}", V, 7.5)
    d.text(40, top + 11, f"Reported by: {reporter}", VB, 7.5)
    d.text(40, top + 22, f"Date reported: {date}", V, 7.5)
    return top + 34


def r9037(d):
    top = cv_begin(d, "HER2 DUAL-PROBE IN SITU HYBRIDISATION (BREAST)")

    def left(t):
        return cv_kvs(d, 46, t + 11, 240, [
            ("Patient", "Patient G"), ("Date of birth", "09/03/1967"),
            ("Referring lab", "Westfold District General Hospital, Cellular Pathology"),
            ("Referring no.", "WF26-H-0718, block A3"), ("CVMP no.", "CV26-ISH-0291"),
            ("Specimen", "Left breast core biopsy"),
            ("Tumour", "Invasive carcinoma NST, grade 3"),
            ("Reason for referral", "HER2 IHC 2+ (equivocal) at referring laboratory"),
            ("Received", "03/02/2026"), ("Reported", "06/02/2026")]) + 2

    def right(t):
        d.text(312, t + 18, "HER2 AMPLIFIED", VB, 15, TEAL)
        d.text(312, t + 31, "ASCO/CAP 2018 ISH group 1 - HER2 POSITIVE", VB, 8)
        return cv_kvs(d, 312, t + 47, 236, [
            ("HER2/CEP17 ratio", "3.25"), ("Mean HER2 copies per nucleus", "6.90"),
            ("Mean CEP17 copies per nucleus", "2.13"),
            ("Nuclei scored", "40 (two observers, 20 each)")], keyw=140) + 2

    b1 = cv_box(d, 40, top, 252, "REFERRAL DETAILS", left, TEAL_PALE, TEAL)
    b2 = cv_box(d, 303, top, 252, "RESULT", right)
    top = max(b1, b2) + 14
    d.text(40, top, "Signal counts", VB, 8.5, TEAL)
    top = cv_count_table(d, top + 5, [
        ("Observer 1", [("Invasive area 1", 10, 70, 21), ("Invasive area 2", 10, 66, 21)],
         (20, 136, 42), "3.24", "6.80"),
        ("Observer 2", [("Invasive area 1", 10, 72, 22), ("Invasive area 2", 10, 68, 21)],
         (20, 140, 43), "3.26", "7.00"),
    ]) + 12
    top = cv_summary(d, top, [["Nuclei counted", "40"], ["Total HER2 signals", "276"],
                              ["Total CEP17 signals", "85"], ["HER2/CEP17 ratio", "3.25"],
                              ["Mean HER2 copies per nucleus", "6.90"],
                              ["Mean CEP17 copies per nucleus", "2.13"],
                              ["ISH group", "1"]]) + 12
    top += 4
    d.text(40, top, "Comment", VB, 8.5, TEAL)
    top = d.para(40, top + 12, 515, "HER2 is amplified, with clusters of HER2 signals in many "
                 "nuclei. The two observers' ratios agree closely. Together with the referring "
                 "laboratory's IHC 2+ result, the tumour is HER2 positive and eligible for "
                 "HER2-targeted therapy at the clinician's discretion.", V, 8, 10.5) + 6
    top = d.para(40, top, 515, CV_METHOD, V, 7.3, 9.3) + 4
    top = d.para(40, top, 515, CV_DISCLAIMER, VI, 7.3, 9.3) + 8
    cv_sign(d, top, "J. Whitlock, Clinical Scientist; S. Mensah, Biomedical Scientist",
            "Dr P. Lindgren, Consultant Pathologist", "06/02/2026")
    return [
        L("HER2", "amplification", "positive", ["HER2 AMPLIFIED", "HER2/CEP17 ratio 3.25"],
          ratio=3.25),
        L("HER2", "expression", "equivocal", ["HER2 IHC 2+ (equivocal)"], ihc_score="2+"),
    ]


def r9038(d):
    top = cv_begin(d, "HER2 TESTING - GASTRIC / GASTRO-OESOPHAGEAL JUNCTION")
    top = cv_box(d, 40, top, 515, "REFERRAL DETAILS", lambda t: max(
        cv_kvs(d, 46, t + 11, 250, [("Patient", "Patient H"), ("Date of birth", "27/10/1955"),
                                     ("Referring lab", "Holmfirth Royal Infirmary"),
                                     ("Referring no.", "HR26-2210, block A1")], keyw=78),
        cv_kvs(d, 306, t + 11, 244, [("CVMP no.", "CV26-ISH-0307"),
                                      ("Specimen", "Gastric body, endoscopic biopsies (x7)"),
                                      ("Tumour", "Adenocarcinoma, intestinal type"),
                                      ("Received / Reported", "10/02/2026 / 13/02/2026")],
               keyw=98)) + 2, TEAL_PALE, TEAL) + 10

    def ihc(t):
        d.text(48, t + 16, "Score 2+ (equivocal)", VB, 11, TEAL)
        return cv_kvs(d, 48, t + 31, 238, [
            ("Antibody", "4B5, BenchMark ULTRA"),
            ("Staining", "Weak to moderate complete or basolateral membrane staining in "
                         "clusters of at least 5 tumour cells"),
            ("Control", "External 0/1+/3+ cell line control: as expected")], keyw=52) + 2

    def ish(t):
        d.text(311, t + 16, "NOT AMPLIFIED", VB, 11, TEAL)
        return cv_kvs(d, 311, t + 31, 238, [
            ("HER2/CEP17 ratio", "1.41"), ("Mean HER2 per nucleus", "3.10"),
            ("Mean CEP17 per nucleus", "2.20"), ("Nuclei scored", "20")], keyw=108) + 2

    b1 = cv_box(d, 40, top, 252, "HER2 IMMUNOHISTOCHEMISTRY", ihc)
    b2 = cv_box(d, 303, top, 252, "HER2 DUAL ISH", ish)
    top = max(b1, b2) + 10
    d.rect(40, top, 515, 20, fill=TEAL_PALE, stroke=TEAL)
    d.text(48, top + 13.5, "Overall HER2 status: NEGATIVE (IHC 2+, ISH not amplified)", VB, 9)
    top += 34
    d.text(40, top, "Signal counts (one observer, as for gastric cancer)", VB, 8.5, TEAL)
    top = cv_count_table(d, top + 5, [
        ("Observer 1", [("Tumour area 1", 10, 31, 22), ("Tumour area 2", 10, 31, 22)],
         (20, 62, 44), "1.41", "3.10")]) + 12
    key = [[{"t": "Interpretation key - gastric and GOJ adenocarcinoma", "span": 2}],
           ["IHC", "0 / 1+ negative; 2+ equivocal (reflex ISH); 3+ positive. Biopsy: "
                   "a cluster of 5 or more stained cells is enough."],
           ["ISH", "HER2/CEP17 ratio ≥2.0 amplified; <2.0 not amplified. Copy number alone is "
                   "not used for gastric cancer."]]
    top = cv_summary(d, top, [["Nuclei counted", "20"], ["Total HER2 signals", "62"],
                              ["Total CEP17 signals", "44"], ["HER2/CEP17 ratio", "1.41"]],
                     key) + 12
    top += 4
    d.text(40, top, "Comment", VB, 8.5, TEAL)
    top = d.para(40, top + 12, 515, "Equivocal (2+) membrane staining in the biopsies, with no "
                 "HER2 amplification on ISH. HER2-targeted therapy is not indicated on this "
                 "result. Heterogeneity is common in gastric cancer; if further tumour tissue "
                 "becomes available, retesting can be considered.", V, 8, 10.5) + 6
    top = d.para(40, top, 515, CV_METHOD.replace("non-overlapping invasive tumour nuclei",
                                                 "non-overlapping tumour nuclei"),
                 V, 7.3, 9.3) + 4
    top = d.para(40, top, 515, CV_DISCLAIMER, VI, 7.3, 9.3) + 8
    cv_sign(d, top, "S. Mensah, Biomedical Scientist", "Dr P. Lindgren, Consultant Pathologist",
            "13/02/2026")
    return [
        L("HER2", "expression", "equivocal", ["Score 2+ (equivocal)"], ihc_score="2+"),
        L("HER2", "amplification", "negative", ["NOT AMPLIFIED", "HER2/CEP17 ratio 1.41"],
          ratio=1.41),
    ]


def r9039(d):
    top = cv_begin(d, "HER2 DUAL-PROBE IN SITU HYBRIDISATION (BREAST)")

    def left(t):
        return cv_kvs(d, 46, t + 11, 240, [
            ("Patient", "Patient I"), ("Date of birth", "30/06/1974"),
            ("Referring lab", "St Aldric University Hospitals, Cellular Pathology"),
            ("Referring no.", "H26-04877, block A2"), ("CVMP no.", "CV26-ISH-0322"),
            ("Specimen", "Right breast core biopsy"),
            ("Tumour", "Invasive lobular carcinoma, grade 2"),
            ("Reason for referral", "HER2 IHC 2+ (equivocal) at referring laboratory"),
            ("Received", "16/02/2026"), ("Reported", "20/02/2026")]) + 2

    def right(t):
        d.text(312, t + 18, "HER2 NEGATIVE (NOT AMPLIFIED)", VB, 11.5, TEAL)
        d.text(312, t + 31, "ASCO/CAP 2018 ISH group 4 - see comment", VB, 8)
        return cv_kvs(d, 312, t + 47, 236, [
            ("HER2/CEP17 ratio", "1.63"), ("Mean HER2 copies per nucleus", "4.68"),
            ("Mean CEP17 copies per nucleus", "2.88"),
            ("Nuclei scored", "40 (two observers, 20 each)")], keyw=140) + 2

    b1 = cv_box(d, 40, top, 252, "REFERRAL DETAILS", left, TEAL_PALE, TEAL)
    b2 = cv_box(d, 303, top, 252, "RESULT", right)
    top = max(b1, b2) + 14
    d.text(40, top, "Signal counts", VB, 8.5, TEAL)
    top = cv_count_table(d, top + 5, [
        ("Observer 1", [("Invasive area 1", 10, 45, 29), ("Invasive area 2", 10, 47, 29)],
         (20, 92, 58), "1.59", "4.60"),
        ("Observer 2 (blinded)", [("Invasive area 1", 10, 48, 28),
                                  ("Invasive area 2", 10, 47, 29)],
         (20, 95, 57), "1.67", "4.75"),
    ]) + 12
    top = cv_summary(d, top, [["Nuclei counted", "40"], ["Total HER2 signals", "187"],
                              ["Total CEP17 signals", "115"], ["HER2/CEP17 ratio", "1.63"],
                              ["Mean HER2 copies per nucleus", "4.68"],
                              ["Mean CEP17 copies per nucleus", "2.88"],
                              ["ISH group", "4"]]) + 12
    top += 4
    d.text(40, top, "Comment", VB, 8.5, TEAL)
    top = d.para(40, top + 12, 515, "Group 4 result (ratio below 2.0 with a mean HER2 copy "
                 "number of at least 4.0 and below 6.0). As the guideline requires, the "
                 "referring laboratory's IHC slide (2+) was reviewed and a second, blinded "
                 "observer counted the areas of strongest staining. With concurrent IHC 2+ the "
                 "tumour is classed as HER2 negative. It is uncertain whether patients in this "
                 "group benefit from HER2-targeted therapy in the absence of protein "
                 "overexpression; the result should be discussed at the MDT meeting.",
                 V, 8, 10.5) + 6
    top = d.para(40, top, 515, CV_METHOD, V, 7.3, 9.3) + 4
    top = d.para(40, top, 515, CV_DISCLAIMER, VI, 7.3, 9.3) + 8
    cv_sign(d, top, "J. Whitlock, Clinical Scientist; A. Brennan, Clinical Scientist",
            "Dr H. Strand, Consultant Pathologist", "20/02/2026")
    return [
        L("HER2", "amplification", "negative", ["HER2 NEGATIVE (NOT AMPLIFIED)",
                                                "HER2/CEP17 ratio 1.63"], ratio=1.63),
        L("HER2", "expression", "equivocal", ["HER2 IHC 2+ (equivocal)"], ihc_score="2+"),
    ]


# =====================================================================================
# Meridian Diagnostics: Courier, all capitals, a double-ruled box round the header and a
# ruled result table (TEST / CLONE / RESULT / COMMENT).
# =====================================================================================
C, CB = "Courier", "Courier-Bold"


def md_header(d: Doc):
    m = d.meta
    d.rect(36, 28, 540, 118, stroke=black, lw=1.2)
    d.rect(39, 31, 534, 112, stroke=black, lw=0.4)
    d.text(48, 48, "MERIDIAN DIAGNOSTICS INC.", CB, 13)
    d.text(48, 60, "REFERENCE LABORATORY - IMMUNOHISTOCHEMISTRY DEPARTMENT", C, 8.5)
    d.text(48, 70, "4410 INDUSTRIAL BLVD BLDG C  TAMPA FL 33619  PH (555) 017-4410", C, 7.5)
    d.text(564, 48, "CLIA 10D0987654", C, 7.5, align="right")
    d.text(564, 58, "CAP 7712340", C, 7.5, align="right")
    d.line(39, 78, 573, 78, 0.4)
    left = [f"PATIENT: {m['patient'].upper()}", f"DOB: {m['dob']}   SEX: {m['sex']}",
            f"MRN: {m['mrn']}", f"PHYSICIAN: {m['md']}", f"CLIENT: {m['client']}"]
    right = [f"ACCESSION: {m['acc']}", f"COLLECTED: {m['collected']}",
             f"RECEIVED:  {m['received']}", f"REPORTED:  {m['reported']}",
             "STATUS:    FINAL"]
    for i, s in enumerate(left):
        d.text(48, 91 + i * 10.5, s, C, 8, maxw=300)
    for i, s in enumerate(right):
        d.text(360, 91 + i * 10.5, s, C, 8, maxw=205)


def md_footer(d: Doc):
    m = d.meta
    d.line(36, 752, 576, 752, 0.5)
    d.text(36, 762, f"MERIDIAN DIAGNOSTICS INC.   {m['patient'].upper()}   {m['acc']}", C, 7.5)
    d.text(576, 762, f"PAGE {d.page} OF {d.total}", C, 7.5, align="right")
    d.text(36, 772, "CONFIDENTIAL PATIENT INFORMATION - DO NOT DISCLOSE WITHOUT AUTHORIZATION",
           C, 6.5)


def md_section(d, top, head, body, size=8):
    if top + 24 > d.body_bottom:
        top = d.new_page() + 4
    d.text(36, top, head, CB, 8.5)
    return d.para(36, top + 11, 540, body, C, size, size * 1.3) + 7


def md_begin(d, title):
    d.start(md_header, md_footer, 160, 742, title=title)
    top = 164
    d.text(306, top, title, CB, 10, align="center")
    return top + 16


MD_COLS = [90, 135, 105, 210]


def md_table(d, top, rows):
    head = [["TEST", "CLONE / PLATFORM", "RESULT", "COMMENT"]]
    return table(d, 36, top, MD_COLS, head + rows, C, 7.8, pad=3, header_rows=1,
                 header_font=CB, header_fill=LIGHT, grid=black, lw=0.5) + 12


MD_DISCLAIMER = (
    "THIS TEST WAS PERFORMED ON FORMALIN-FIXED, PARAFFIN-EMBEDDED TISSUE. RESULTS SHOULD BE "
    "INTERPRETED IN THE CONTEXT OF THE MORPHOLOGIC AND CLINICAL FINDINGS. SOME ANTIBODIES "
    "ARE LABORATORY DEVELOPED TESTS WHOSE PERFORMANCE CHARACTERISTICS WERE DETERMINED BY "
    "MERIDIAN DIAGNOSTICS INC.; THEY HAVE NOT BEEN CLEARED OR APPROVED BY THE U.S. FOOD AND "
    "DRUG ADMINISTRATION, WHICH HAS DETERMINED THAT SUCH CLEARANCE IS NOT NECESSARY.")


def md_sign(d, top, who, when):
    if top + 40 > d.body_bottom:
        top = d.new_page() + 4
    d.text(36, top, f"ELECTRONICALLY SIGNED: {who}", CB, 8)
    d.text(36, top + 11, f"DATE/TIME: {when}", C, 8)
    d.text(306, top + 30, "*** END OF REPORT ***", CB, 8, align="center")


def r9040(d):
    top = md_begin(d, "IMMUNOHISTOCHEMISTRY REPORT - LUNG BIOMARKERS")
    top = md_section(d, top, "SPECIMEN:", "LUNG, RIGHT UPPER LOBE, CORE NEEDLE BIOPSY (CLIENT "
                     "BLOCK GC26-0341 A1)")
    top = md_section(d, top, "CLINICAL HISTORY:", "74 Y/O MALE, FORMER SMOKER, 3.1 CM RUL MASS. "
                     "ADENOCARCINOMA ON CLIENT H&E. BIOMARKERS REQUESTED FOR TREATMENT PLANNING.")
    top = md_table(d, top, [
        ["ALK", "D5F3 (VENTANA CDX) / BENCHMARK ULTRA", "POSITIVE",
         "STRONG GRANULAR CYTOPLASMIC STAINING IN TUMOR CELLS"],
        ["ROS1", "D4D6 / BOND III", "NEGATIVE",
         "NO STAINING IN TUMOR CELLS; ALVEOLAR MACROPHAGES WEAKLY POSITIVE (EXPECTED)"],
        ["PD-L1", "22C3 PHARMDX / AUTOSTAINER LINK 48", "TPS 5%",
         "PD-L1 EXPRESSION (TPS 1-49%)"],
        ["TTF-1", "8G7G3/1 / BENCHMARK ULTRA", "POSITIVE", "NUCLEAR"],
        ["NAPSIN A", "MRQ-60 / BENCHMARK ULTRA", "POSITIVE", "GRANULAR CYTOPLASMIC"],
    ])
    top = md_section(d, top, "INTERPRETATION:", "ADENOCARCINOMA OF LUNG (TTF-1 AND NAPSIN A "
                     "POSITIVE). ALK (D5F3) IMMUNOHISTOCHEMISTRY IS POSITIVE, WHICH PREDICTS AN "
                     "ALK REARRANGEMENT. ROS1 (D4D6) IS NEGATIVE. PD-L1 22C3 TUMOR PROPORTION "
                     "SCORE 5% (PD-L1 EXPRESSION, TPS 1-49%).")
    top = md_section(d, top, "NOTE:", "THE VENTANA ALK (D5F3) CDX ASSAY IS FDA-APPROVED TO "
                     "IDENTIFY PATIENTS ELIGIBLE FOR ALK INHIBITOR THERAPY. ROS1 IHC IS A "
                     "SCREENING ASSAY WITH HIGH SENSITIVITY AND MODERATE SPECIFICITY; A NEGATIVE "
                     "RESULT MAKES A ROS1 FUSION UNLIKELY. COMPREHENSIVE NGS IS RECOMMENDED IF "
                     "CLINICALLY INDICATED AND HAS NOT BEEN ORDERED.")
    top = md_section(d, top, "CONTROLS:", "APPROPRIATELY REACTIVE POSITIVE AND NEGATIVE "
                     "CONTROLS WERE RUN WITH EACH ANTIBODY (ALK: SU-DHL-1 CELL LINE AND "
                     "APPENDIX; ROS1: HCC78 CELL LINE; PD-L1: NCI-H226/MCF-7 AND TONSIL).")
    top = md_section(d, top, "DISCLAIMER:", MD_DISCLAIMER, 7.2)
    md_sign(d, top, "VIKRAM DESAI, M.D., PATHOLOGIST", "02/02/2026 11:47")
    return [
        L("ALK", "expression", "positive", ["ALK (D5F3) IMMUNOHISTOCHEMISTRY IS POSITIVE"]),
        L("ROS1", "expression", "negative", ["ROS1 (D4D6) IS NEGATIVE"]),
        L("PD-L1", "expression", "positive", ["TUMOR PROPORTION SCORE 5%"], percent=5),
    ]


def r9041(d):
    top = md_begin(d, "IMMUNOHISTOCHEMISTRY REPORT - MISMATCH REPAIR PANEL")
    top = md_section(d, top, "SPECIMEN:", "COLON, SIGMOID, SEGMENTAL RESECTION (CLIENT BLOCK "
                     "BH26-1102 B5)")
    top = md_section(d, top, "CLINICAL HISTORY:", "58 Y/O FEMALE. INVASIVE ADENOCARCINOMA, "
                     "MODERATELY DIFFERENTIATED, PT3 PN1A. UNIVERSAL MMR SCREENING.")
    top = md_table(d, top, [
        ["MLH1", "ES05 / BOND III", "INTACT", "NUCLEAR EXPRESSION PRESENT IN TUMOR"],
        ["PMS2", "EP51 / BOND III", "INTACT", "NUCLEAR EXPRESSION PRESENT IN TUMOR"],
        ["MSH2", "G219-1129 / BENCHMARK", "INTACT", "NUCLEAR EXPRESSION PRESENT IN TUMOR"],
        ["MSH6", "EP49 / BOND III", "INTACT", "NUCLEAR EXPRESSION PRESENT IN TUMOR"],
        ["BRAF V600E", "VE1", "NOT PERFORMED", "NOT INDICATED (MMR INTACT)"],
    ])
    top = md_section(d, top, "INTERPRETATION:", "ALL FOUR MISMATCH REPAIR PROTEINS (MLH1, PMS2, "
                     "MSH2 AND MSH6) SHOW INTACT NUCLEAR EXPRESSION IN THE TUMOR. "
                     "INTERPRETATION: MISMATCH REPAIR PROFICIENT.")
    top = md_section(d, top, "ADDITIONAL TESTING:", "MICROSATELLITE INSTABILITY ANALYSIS BY PCR "
                     "WAS REQUESTED BY THE CLIENT AND HAS BEEN SENT TO AN OUTSIDE LABORATORY. "
                     "THE RESULT WILL BE ISSUED AS AN ADDENDUM.")
    top = md_section(d, top, "NOTE:", "INTACT EXPRESSION OF ALL FOUR PROTEINS DOES NOT EXCLUDE "
                     "LYNCH SYNDROME: RARE MISSENSE VARIANTS CAN PRODUCE A NON-FUNCTIONAL PROTEIN "
                     "WITH RETAINED ANTIGENICITY. GENETIC COUNSELING IS SUGGESTED IF THE FAMILY "
                     "HISTORY IS SUSPICIOUS.")
    top = md_section(d, top, "CONTROLS:", "INTERNAL CONTROLS (NORMAL COLONIC MUCOSA, STROMAL "
                     "AND INFLAMMATORY CELLS) SHOW NUCLEAR STAINING FOR ALL FOUR PROTEINS. "
                     "EXTERNAL TONSIL CONTROL APPROPRIATE.")
    top = md_section(d, top, "DISCLAIMER:", MD_DISCLAIMER, 7.2)
    md_sign(d, top, "LAUREN MCALLISTER, M.D., PATHOLOGIST", "01/22/2026 09:12")
    ev = "SHOW INTACT NUCLEAR EXPRESSION IN THE TUMOR"
    return [
        L("MLH1", "expression", "positive", [ev]),
        L("PMS2", "expression", "positive", [ev]),
        L("MSH2", "expression", "positive", [ev]),
        L("MSH6", "expression", "positive", [ev]),
        L("MMR", "signature", "negative", ["INTERPRETATION: MISMATCH REPAIR PROFICIENT"]),
    ]


def r9042(d):
    top = md_begin(d, "IMMUNOHISTOCHEMISTRY REPORT - PD-L1 (SP263)")
    top = md_section(d, top, "SPECIMEN:", "BLADDER, TRANSURETHRAL RESECTION OF TUMOR (CLIENT "
                     "BLOCK SU26-0093 A1)")
    top = md_section(d, top, "CLINICAL HISTORY:", "69 Y/O MALE. HIGH-GRADE INVASIVE UROTHELIAL "
                     "CARCINOMA ON CLIENT H&E. PD-L1 REQUESTED.")
    top = md_table(d, top, [
        ["PD-L1", "SP263 / BENCHMARK ULTRA", "NOT EVALUABLE",
         "FEWER THAN 100 VIABLE TUMOR CELLS; CAUTERY ARTIFACT"],
        ["GATA3", "L50-823 / BENCHMARK ULTRA", "POSITIVE", "NUCLEAR"],
        ["CK7", "OV-TL 12/30", "POSITIVE", "CYTOPLASMIC"],
    ])
    top = md_section(d, top, "INTERPRETATION:", "PD-L1 (SP263): NOT EVALUABLE. THE BIOPSY "
                     "CONTAINS ONLY SMALL FRAGMENTS OF UROTHELIAL CARCINOMA WITH EXTENSIVE "
                     "CAUTERY ARTIFACT. FEWER THAN 100 VIABLE TUMOR CELLS ARE PRESENT IN THE "
                     "STAINED SECTION, AND NO PD-L1 SCORE IS REPORTED.")
    top = md_section(d, top, "RECOMMENDATION:", "REPEAT TESTING HAS BEEN REQUESTED FROM THE "
                     "CLIENT ON BLOCK A2 OR ON A SUBSEQUENT RESECTION SPECIMEN. NO ADDITIONAL "
                     "CHARGE WILL BE MADE FOR THE REPEAT.")
    key = [[{"t": "SP263 UROTHELIAL SCORING ALGORITHM (REFERENCE ONLY - NOT A RESULT)",
             "span": 2}],
           ["PD-L1 HIGH", "TC >=25%; OR ICP >1% AND IC+ >=25%; OR ICP =1% AND IC+ =100%"],
           ["PD-L1 LOW/NEGATIVE", "NONE OF THE CRITERIA FOR PD-L1 HIGH ARE MET"],
           ["ABBREVIATIONS", "TC: TUMOR CELLS WITH MEMBRANE STAINING; ICP: IMMUNE CELLS "
                             "PRESENT; IC+: IMMUNE CELLS STAINING"]]
    top = table(d, 36, top, [130, 410], key, C, 7.5, pad=3, header_rows=1, header_font=CB,
                header_fill=LIGHT, grid=black, lw=0.4) + 12
    top = md_section(d, top, "CONTROLS:", "EXTERNAL TONSIL CONTROL: APPROPRIATE MEMBRANOUS "
                     "STAINING OF CRYPT EPITHELIUM AND WEAK STAINING OF GERMINAL CENTER "
                     "MACROPHAGES. NEGATIVE REAGENT CONTROL: NO STAINING.")
    top = md_section(d, top, "DISCLAIMER:", MD_DISCLAIMER, 7.2)
    md_sign(d, top, "VIKRAM DESAI, M.D., PATHOLOGIST", "02/11/2026 15:03")
    return []


REPORTS_MD = {
    9040: dict(patient="Patient J", dob="11/02/1951", sex="M", mrn="00448213",
               md="T. NAKASHIMA MD", client="GULF COAST HEMATOLOGY ONCOLOGY",
               acc="MD26-IH-00871", collected="01/27/2026", received="01/29/2026",
               reported="02/02/2026"),
    9041: dict(patient="Patient K", dob="06/19/1967", sex="F", mrn="00512977",
               md="R. ABERNATHY MD", client="BAYSHORE GENERAL HOSPITAL",
               acc="MD26-IH-00644", collected="01/14/2026", received="01/16/2026",
               reported="01/22/2026"),
    9042: dict(patient="Patient L", dob="03/08/1956", sex="M", mrn="00530114",
               md="C. OYELOWO MD", client="SUNCOAST UROLOGY GROUP",
               acc="MD26-IH-00955", collected="02/05/2026", received="02/09/2026",
               reported="02/11/2026"),
}

REPORTS = {
    9031: (letter, dict(patient="Patient A", dob="03/14/1956", acc="NRL-26-PD0412"), r9031),
    9032: (letter, dict(patient="Patient B", dob="08/30/1963", acc="NRL-26-PD0466"), r9032),
    9033: (letter, dict(patient="Patient C", dob="11/05/1949", acc="NRL-26-PD0509"), r9033),
    9034: (A4, REPORTS_SA[9034], r9034),
    9035: (A4, REPORTS_SA[9035], r9035),
    9036: (A4, REPORTS_SA[9036], r9036),
    9037: (A4, dict(patient="Patient G", acc="CV26-ISH-0291", ref_no="WF26-H-0718"), r9037),
    9038: (A4, dict(patient="Patient H", acc="CV26-ISH-0307", ref_no="HR26-2210"), r9038),
    9039: (A4, dict(patient="Patient I", acc="CV26-ISH-0322", ref_no="H26-04877"), r9039),
    9040: (letter, REPORTS_MD[9040], r9040),
    9041: (letter, REPORTS_MD[9041], r9041),
    9042: (letter, REPORTS_MD[9042], r9042),
}
