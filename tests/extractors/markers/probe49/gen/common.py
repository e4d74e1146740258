"""Shared house styles, flowables and the report registry for probe49.

Everything here is invented: laboratories, addresses, people, accession numbers.
"""
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

REGISTRY = {}


def report(rid, lab, doc, tumour, kinds, hdr, labels):
    """Register one report: its laboratory, short description, kinds, page header data and labels."""
    def deco(fn):
        REGISTRY[rid] = dict(id=rid, lab=lab, doc=doc, tumour=tumour, kinds=kinds, hdr=hdr,
                             labels=labels, fn=fn)
        return fn
    return deco


def L(marker, aspect, status, *evidence, **fields):
    """One label; `evidence` are short phrases that must be in the PDF's text layer."""
    d = {"marker": marker, "aspect": aspect, "status": status}
    d.update(fields)
    d["ev"] = list(evidence)
    return d


# ----------------------------------------------------------------------------- styles
def styles(font="Helvetica", size=8.5, bold=None, lead=1.22):
    bold = bold or {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                    "Courier": "Courier-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
              "Courier": "Courier-Oblique"}[font]
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * lead, spaceAfter=3)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.3, leading=(size - 1.3) * lead)
    s["tiny"] = ParagraphStyle("tiny", parent=s["body"], fontSize=size - 2.2, leading=(size - 2.2) * lead,
                               textColor=colors.HexColor("#444444"))
    s["ital"] = ParagraphStyle("ital", parent=s["small"], fontName=italic)
    s["b"] = ParagraphStyle("b", parent=s["body"], fontName=bold)
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName=bold, fontSize=size + 4, leading=size + 7,
                             spaceBefore=4, spaceAfter=5)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontName=bold, fontSize=size + 1.5, leading=size + 4,
                             spaceBefore=7, spaceAfter=3)
    s["h3"] = ParagraphStyle("h3", parent=s["body"], fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=5, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontSize=size - 0.7, leading=(size - 0.7) * 1.18,
                               spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["cellw"] = ParagraphStyle("cellw", parent=s["cellb"], textColor=colors.white)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["small"], alignment=TA_RIGHT)
    s["font"], s["bold"], s["size"] = font, bold, size
    return s


def P(text, st):
    return Paragraph(text, st)


def sp(h=4):
    return Spacer(1, h)


def cellify(row, st, stb=None, bold_first=False):
    out = []
    for i, c in enumerate(row):
        if isinstance(c, str):
            out.append(Paragraph(c, (stb if (bold_first and i == 0 and stb) else st)))
        else:
            out.append(c)
    return out


def grid(data, widths, s, head=1, head_bg=None, head_white=False, lines="grid", zebra=None,
         pad=2.5, extra=(), line_color=colors.HexColor("#777777"), repeat=1):
    """A table of wrapped Paragraph cells.  lines: grid | rows | box | none."""
    rows = []
    for r, row in enumerate(data):
        if r < head:
            rows.append(cellify(row, s["cellw"] if head_white else s["cellb"]))
        else:
            rows.append(cellify(row, s["cell"]))
    t = Table(rows, colWidths=widths, repeatRows=repeat if head else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, line_color))
    elif lines == "rows":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, line_color))
        if head:
            cmds.append(("LINEBELOW", (0, head - 1), (-1, head - 1), 0.9, colors.black))
    elif lines == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, line_color))
    if head and head_bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), head_bg))
    if zebra:
        for r in range(head, len(rows)):
            if (r - head) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), zebra))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def kv(pairs, widths, s, lines="none", bold_keys=True, cols=1, pad=1.5, extra=()):
    """Key/value pairs, optionally in several column pairs per row."""
    rows = []
    for i in range(0, len(pairs), cols):
        row = []
        for k, v in pairs[i:i + cols]:
            row += [Paragraph(k, s["cellb"] if bold_keys else s["cell"]), Paragraph(v, s["cell"])]
        while len(row) < 2 * cols:
            row += ["", ""]
        rows.append(row)
    t = Table(rows, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if lines == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.7, colors.black))
    elif lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def boxed(flowables, width, bg=None, border=colors.black, bw=0.8, pad=5):
    t = Table([[flowables]], colWidths=[width])
    cmds = [("BOX", (0, 0), (-1, -1), bw, border), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    t.setStyle(TableStyle(cmds))
    return t


def band(text, width, s, bg, fg=colors.white, size=None):
    st = ParagraphStyle("band", parent=s["b"], textColor=fg, fontSize=size or s["size"] + 1,
                        leading=(size or s["size"] + 1) * 1.2, spaceAfter=0)
    t = Table([[Paragraph(text, st)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def two_col(left, right, widths, gap_line=True, valign="TOP"):
    t = Table([[left, right]], colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    if gap_line:
        cmds.append(("LINEAFTER", (0, 0), (0, 0), 0.5, colors.HexColor("#999999")))
    t.setStyle(TableStyle(cmds))
    return t


class Box(Flowable):
    """A check box drawn as a shape; a tick is drawn as two lines (shape) or as a glyph."""

    def __init__(self, checked=False, mark="shape", size=7, glyph="X"):
        super().__init__()
        self.checked, self.mark, self.size, self.glyph = checked, mark, size, glyph
        self.width = self.height = size

    def draw(self):
        c, z = self.canv, self.size
        c.setLineWidth(0.6)
        c.rect(0, 0, z, z, stroke=1, fill=0)
        if self.checked:
            if self.mark == "shape":
                c.setLineWidth(1.1)
                c.line(1.2, 1.2, z - 1.2, z - 1.2)
                c.line(1.2, z - 1.2, z - 1.2, 1.2)
            elif self.mark == "fill":
                c.setFillColor(colors.black)
                c.rect(1.5, 1.5, z - 3, z - 3, stroke=0, fill=1)
            else:
                c.setFont("Helvetica-Bold", z)
                c.drawCentredString(z / 2, 1, self.glyph)


def check_grid(rows, options, s, widths, mark="shape", head=True, extra=()):
    """rows: [(label, index_checked or None), ...]; options: option labels."""
    data = []
    if head:
        hdr = [Paragraph("", s["cellb"])]
        for o in options:
            hdr += ["", Paragraph(o, s["cellb"])]
        data.append(hdr)
    for label, chk in rows:
        row = [Paragraph(label, s["cellb"])]
        for i, o in enumerate(options):
            row += [Box(chk == i, mark), Paragraph("" if head else o, s["cell"])]
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#aaaaaa"))]
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


# ----------------------------------------------------------------------------- laboratories
class Lab:
    def __init__(self, key, name, pagesize, margins, first, later, footer):
        self.key, self.name, self.pagesize, self.margins = key, name, pagesize, margins
        self.first, self.later, self.footer = first, later, footer


def numbered_canvas(lab, meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for i, state in enumerate(self._pages):
                self.__dict__.update(state)
                lab.footer(self, i + 1, n, meta)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def build_pdf(meta, path):
    lab = LABS[meta["lab"]]
    story = meta["fn"]()
    lm, rm, tm, bm = lab.margins
    doc = SimpleDocTemplate(str(path), pagesize=lab.pagesize, leftMargin=lm, rightMargin=rm,
                            topMargin=tm, bottomMargin=bm, title=f"{lab.name} report",
                            author=lab.name, subject="Biomarker report", creator="LIS")
    doc.build(story, onFirstPage=lambda c, d: lab.first(c, d, meta),
              onLaterPages=lambda c, d: lab.later(c, d, meta),
              canvasmaker=numbered_canvas(lab, meta))


def _hx(c):
    return colors.HexColor(c)


# A. Harrowgate Reference Laboratories: navy band, A4
def _a_first(c, d, m):
    w, h = A4
    c.saveState()
    c.setFillColor(_hx("#1f3a68"))
    c.rect(0, h - 30 * mm, w, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(18 * mm, h - 14 * mm, "HARROWGATE")
    c.setFont("Helvetica", 10)
    c.drawString(18 * mm, h - 20 * mm, "Reference Laboratories  |  Immunohistochemistry & Molecular Pathology")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(w - 15 * mm, h - 12 * mm, "Unit 4, Tannery Lane Science Park, Harrowgate HG9 2XQ")
    c.drawRightString(w - 15 * mm, h - 16 * mm, "Tel 01632 960 418   results@harrowgate-labs.invalid")
    c.drawRightString(w - 15 * mm, h - 20 * mm, "Accredited testing laboratory no. 9917 (invented)")
    c.setFillColor(_hx("#e2a33b"))
    c.rect(0, h - 31.5 * mm, w, 1.5 * mm, stroke=0, fill=1)
    c.restoreState()


def _a_later(c, d, m):
    w, h = A4
    c.saveState()
    c.setFillColor(_hx("#1f3a68"))
    c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(18 * mm, h - 8 * mm, "HARROWGATE Reference Laboratories")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 15 * mm, h - 8 * mm, f"{m['hdr']['patient']}   Lab no. {m['hdr']['acc']}")
    c.restoreState()


def _a_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setStrokeColor(_hx("#1f3a68"))
    c.line(18 * mm, 14 * mm, w - 15 * mm, 14 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 10 * mm, "HRL-F-112 v7  Final report  Confidential: contains patient-identifiable information")
    c.drawRightString(w - 15 * mm, 10 * mm, f"Page {p} of {n}")
    c.restoreState()


# B. St Brendan's University Hospital: Times, centred, double rule
def _b_head(c, m, full):
    w, h = A4
    c.saveState()
    if full:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 15 * mm, "ST BRENDAN'S UNIVERSITY HOSPITAL")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 20 * mm, "Department of Cellular Pathology  -  Level 2, Ashby Wing")
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, h - 24 * mm, "Enquiries 0161 496 0732 (extension 4410)   cellpath@stbrendans.invalid")
        y = h - 27 * mm
    else:
        c.setFont("Times-Roman", 8.5)
        c.drawString(20 * mm, h - 14 * mm, f"St Brendan's Cellular Pathology - {m['hdr']['patient']} - {m['hdr']['acc']} (continued)")
        y = h - 16 * mm
    c.setLineWidth(0.8)
    c.line(20 * mm, y, w - 20 * mm, y)
    c.setLineWidth(0.3)
    c.line(20 * mm, y - 1.2, w - 20 * mm, y - 1.2)
    c.restoreState()


def _b_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFont("Times-Roman", 8)
    c.drawCentredString(w / 2, 11 * mm, f"Page {p} of {n}")
    c.setFont("Times-Italic", 7)
    c.drawString(20 * mm, 7 * mm, "Printed copies are uncontrolled. Authorised reports are held in the hospital record.")
    c.restoreState()


# C. Calder Valley Pathology Partnership: green side stripe
def _c_page(c, m, full):
    w, h = A4
    c.saveState()
    c.setFillColor(_hx("#2e7d4f"))
    c.rect(0, 0, 9 * mm, h, stroke=0, fill=1)
    c.saveState()
    c.translate(6 * mm, 40 * mm)
    c.rotate(90)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(0, 0, "CALDER VALLEY PATHOLOGY PARTNERSHIP  -  SPECIALIST IHC SERVICE")
    c.restoreState()
    c.setFillColor(_hx("#2e7d4f"))
    if full:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(18 * mm, h - 16 * mm, "Calder Valley Pathology")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, h - 21 * mm, "Mill Wharf Laboratory, 12 Canal Street, Hebden Calder HX9 7QQ  -  01422 555 0190")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(w - 15 * mm, h - 16 * mm, "SPECIALIST STAINING REPORT")
    else:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(18 * mm, h - 13 * mm, "Calder Valley Pathology")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 15 * mm, h - 13 * mm, f"{m['hdr']['patient']}  |  {m['hdr']['acc']}")
    c.restoreState()


def _c_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 9 * mm, f"CVP-IHC-R03   Report {m['hdr']['acc']}")
    c.drawRightString(w - 15 * mm, 9 * mm, f"Page {p} of {n}")
    c.restoreState()


# D. Meridian Molecular & IHC Services: US letter, grey box
def _d_page(c, m, full):
    w, h = letter
    c.saveState()
    if full:
        c.setFillColor(_hx("#eeeeee"))
        c.setStrokeColor(_hx("#888888"))
        c.rect(0.6 * 72, h - 1.25 * 72, w - 1.2 * 72, 0.75 * 72, stroke=1, fill=1)
        c.setFillColor(_hx("#8a1c2b"))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(0.75 * 72, h - 0.82 * 72, "MERIDIAN")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(0.75 * 72, h - 0.98 * 72, "Molecular & Immunohistochemistry Services")
        c.drawString(0.75 * 72, h - 1.12 * 72, "2250 Old Quarry Road, Suite 300, Larkspur Falls, OR 97999")
        c.drawRightString(w - 0.75 * 72, h - 0.82 * 72, "Medical Director: R. Okonkwo-Hale, MD")
        c.drawRightString(w - 0.75 * 72, h - 0.98 * 72, "Phone (555) 014-2290   Fax (555) 014-2291")
        c.drawRightString(w - 0.75 * 72, h - 1.12 * 72, "Lab ID MMIS-0042 (invented)")
    else:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(0.6 * 72, h - 0.5 * 72, "MERIDIAN MIS")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 0.6 * 72, h - 0.5 * 72, f"Patient: {m['hdr']['patient']}   Case: {m['hdr']['acc']}")
        c.line(0.6 * 72, h - 0.56 * 72, w - 0.6 * 72, h - 0.56 * 72)
    c.restoreState()


def _d_foot(c, p, n, m):
    w, h = letter
    c.saveState()
    c.setFont("Helvetica", 6.8)
    c.drawString(0.6 * 72, 0.45 * 72, f"Case {m['hdr']['acc']}  |  This test was developed and its performance characteristics determined by Meridian MIS.")
    c.setFont("Helvetica-Bold", 7.5)
    c.drawRightString(w - 0.6 * 72, 0.3 * 72, f"Page {p} of {n}")
    c.restoreState()


# E. Northfield Cancer Centre: maroon rules, letter
def _e_page(c, m, full):
    w, h = letter
    c.saveState()
    c.setStrokeColor(_hx("#7a1f3d"))
    c.setFillColor(_hx("#7a1f3d"))
    if full:
        c.setLineWidth(3)
        c.line(0.7 * 72, h - 0.55 * 72, w - 0.7 * 72, h - 0.55 * 72)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(0.7 * 72, h - 0.8 * 72, "Northfield Cancer Centre")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(0.7 * 72, h - 0.96 * 72, "Laboratory Medicine & Pathobiology  -  Biomarker Laboratory")
        c.drawRightString(w - 0.7 * 72, h - 0.8 * 72, "610 Birchmount Crescent, Northfield ON  X0X 0X0")
        c.drawRightString(w - 0.7 * 72, h - 0.96 * 72, "T 555-0147-220  biomarkers@northfield-cc.invalid")
        c.setLineWidth(0.6)
        c.line(0.7 * 72, h - 1.05 * 72, w - 0.7 * 72, h - 1.05 * 72)
    else:
        c.setLineWidth(1.5)
        c.line(0.7 * 72, h - 0.5 * 72, w - 0.7 * 72, h - 0.5 * 72)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawString(0.7 * 72, h - 0.66 * 72, f"Northfield Cancer Centre - Biomarker Laboratory - {m['hdr']['acc']} - {m['hdr']['patient']}")
    c.restoreState()


def _e_foot(c, p, n, m):
    w, h = letter
    c.saveState()
    c.setFont("Helvetica", 7)
    c.setFillColor(_hx("#7a1f3d"))
    c.drawString(0.7 * 72, 0.4 * 72, "NCC-LMP Biomarker Laboratory")
    c.drawCentredString(w / 2, 0.4 * 72, f"Page {p} of {n}")
    c.drawRightString(w - 0.7 * 72, 0.4 * 72, "CONFIDENTIAL")
    c.restoreState()


# F. Lindqvist Institute: LIS-style Courier header
def _f_page(c, m, full):
    w, h = A4
    c.saveState()
    c.setFont("Courier-Bold", 10)
    c.drawString(15 * mm, h - 13 * mm, "LINDQVIST INSTITUTE OF DIAGNOSTIC PATHOLOGY")
    c.setFont("Courier", 8)
    c.drawString(15 * mm, h - 17 * mm, "Dept. Immunopathology / Predictive Markers   Tel +00 555 301 77")
    c.drawRightString(w - 15 * mm, h - 13 * mm, f"ACC {m['hdr']['acc']}")
    c.drawRightString(w - 15 * mm, h - 17 * mm, f"PAT {m['hdr']['patient']}")
    c.setDash(2, 2)
    c.line(15 * mm, h - 19.5 * mm, w - 15 * mm, h - 19.5 * mm)
    c.restoreState()


def _f_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFont("Courier", 7.5)
    c.drawString(15 * mm, 10 * mm, "*** FINAL *** electronically verified")
    c.drawRightString(w - 15 * mm, 10 * mm, f"Page {p} of {n}")
    c.restoreState()


# G. Pacific Crest Oncology Diagnostics: teal band, letter
def _g_page(c, m, full):
    w, h = letter
    c.saveState()
    c.setFillColor(_hx("#0f7c83"))
    hh = 0.85 * 72 if full else 0.4 * 72
    c.rect(0, h - hh, w, hh, stroke=0, fill=1)
    c.setFillColor(colors.white)
    if full:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(0.65 * 72, h - 0.42 * 72, "Pacific Crest Oncology Diagnostics")
        c.setFont("Helvetica", 8)
        c.drawString(0.65 * 72, h - 0.6 * 72, "Clinical Trial Assay Services  -  88 Harbor Light Way, Port Ellery, CA 90999")
        c.drawRightString(w - 0.65 * 72, h - 0.42 * 72, "TRIAL SCREENING REPORT")
        c.drawRightString(w - 0.65 * 72, h - 0.6 * 72, "(555) 010-7713  |  trials@pcod.invalid")
    else:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(0.65 * 72, h - 0.26 * 72, f"PCOD  {m['hdr']['acc']}  {m['hdr']['patient']}")
    c.restoreState()


def _g_foot(c, p, n, m):
    w, h = letter
    c.saveState()
    c.setFillColor(_hx("#0f7c83"))
    c.rect(0.65 * 72, 0.52 * 72, w - 1.3 * 72, 1.5, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7)
    c.drawString(0.65 * 72, 0.36 * 72, "For investigational use in the stated protocol. Results are also reported to the treating site.")
    c.drawRightString(w - 0.65 * 72, 0.36 * 72, f"Page {p} of {n}")
    c.restoreState()


# H. Kestrel Bay Regional Hospital: orange footer band
def _h_page(c, m, full):
    w, h = A4
    c.saveState()
    if full:
        c.setFillColor(_hx("#d9661f"))
        c.circle(22 * mm, h - 17 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(22 * mm, h - 18.2 * mm, "KB")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(31 * mm, h - 15 * mm, "Kestrel Bay Regional Hospital")
        c.setFont("Helvetica", 8.5)
        c.drawString(31 * mm, h - 20 * mm, "Anatomical Pathology  -  Private Bag 4021, Kestrel Bay 9099  -  Ph 07 555 0188")
    else:
        c.setFont("Helvetica", 7.5)
        c.drawString(16 * mm, h - 11 * mm, f"Kestrel Bay Regional Hospital  -  Anatomical Pathology  -  {m['hdr']['acc']}")
    c.restoreState()


def _h_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFillColor(_hx("#d9661f"))
    c.rect(0, 0, w, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 7.5)
    c.drawString(16 * mm, 3.5 * mm, f"{m['hdr']['patient']}   {m['hdr']['acc']}")
    c.drawRightString(w - 16 * mm, 3.5 * mm, f"Page {p} of {n}")
    c.restoreState()


# I. Arden & Vale Histopathology: boxed header grid
def _i_page(c, m, full):
    w, h = A4
    c.saveState()
    y = h - 24 * mm if full else h - 15 * mm
    c.setLineWidth(1)
    c.rect(15 * mm, y, w - 30 * mm, (h - 10 * mm) - y, stroke=1, fill=0)
    c.setFont("Times-Bold", 13 if full else 9)
    c.drawString(18 * mm, h - 16 * mm if full else h - 13.3 * mm, "ARDEN & VALE HISTOPATHOLOGY LLP")
    c.setFont("Times-Roman", 8)
    if full:
        c.drawString(18 * mm, h - 21 * mm, "Consultant histopathologists  -  3 Chancery Yard, Ardenbury AV1 4PP  -  01865 555 2040")
    c.drawRightString(w - 18 * mm, h - 16 * mm if full else h - 13.3 * mm, f"Our ref {m['hdr']['acc']}")
    c.restoreState()


def _i_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFont("Times-Roman", 7.5)
    c.drawString(15 * mm, 10 * mm, f"{m['hdr']['patient']}")
    c.drawRightString(w - 15 * mm, 10 * mm, f"Page {p} of {n}")
    c.restoreState()


# J. Bramblemoor Children's Hospital: purple
def _j_page(c, m, full):
    w, h = A4
    c.saveState()
    c.setFillColor(_hx("#5b3f8c"))
    if full:
        c.roundRect(15 * mm, h - 27 * mm, w - 30 * mm, 17 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, h - 17 * mm, "Bramblemoor Children's Hospital")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 22 * mm, "Paediatric & Perinatal Pathology  -  Solid Tumour Biology Laboratory")
        c.drawRightString(w - 20 * mm, h - 17 * mm, "Bramblemoor Road, Westerleigh WL4 8BB")
        c.drawRightString(w - 20 * mm, h - 22 * mm, "Tel 0117 496 0551")
    else:
        c.rect(15 * mm, h - 13 * mm, w - 30 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, h - 17 * mm, f"Bramblemoor Paediatric Pathology - {m['hdr']['acc']} - {m['hdr']['patient']}")
    c.restoreState()


def _j_foot(c, p, n, m):
    w, h = A4
    c.saveState()
    c.setFont("Helvetica", 7)
    c.setFillColor(_hx("#5b3f8c"))
    c.drawCentredString(w / 2, 9 * mm, f"- Page {p} of {n} -")
    c.restoreState()


LABS = {
    "HRL": Lab("HRL", "Harrowgate Reference Laboratories", A4, (18 * mm, 15 * mm, 36 * mm, 20 * mm),
               _a_first, _a_later, _a_foot),
    "SBUH": Lab("SBUH", "St Brendan's University Hospital", A4, (20 * mm, 20 * mm, 32 * mm, 18 * mm),
                lambda c, d, m: _b_head(c, m, True), lambda c, d, m: _b_head(c, m, False), _b_foot),
    "CVP": Lab("CVP", "Calder Valley Pathology", A4, (18 * mm, 15 * mm, 27 * mm, 16 * mm),
               lambda c, d, m: _c_page(c, m, True), lambda c, d, m: _c_page(c, m, False), _c_foot),
    "MMIS": Lab("MMIS", "Meridian Molecular & IHC Services", letter, (0.65 * 72, 0.65 * 72, 1.4 * 72, 0.75 * 72),
                lambda c, d, m: _d_page(c, m, True), lambda c, d, m: _d_page(c, m, False), _d_foot),
    "NCC": Lab("NCC", "Northfield Cancer Centre", letter, (0.7 * 72, 0.7 * 72, 1.2 * 72, 0.7 * 72),
               lambda c, d, m: _e_page(c, m, True), lambda c, d, m: _e_page(c, m, False), _e_foot),
    "LIDP": Lab("LIDP", "Lindqvist Institute of Diagnostic Pathology", A4, (15 * mm, 15 * mm, 24 * mm, 18 * mm),
                lambda c, d, m: _f_page(c, m, True), lambda c, d, m: _f_page(c, m, False), _f_foot),
    "PCOD": Lab("PCOD", "Pacific Crest Oncology Diagnostics", letter, (0.65 * 72, 0.65 * 72, 1.05 * 72, 0.75 * 72),
                lambda c, d, m: _g_page(c, m, True), lambda c, d, m: _g_page(c, m, False), _g_foot),
    "KBRH": Lab("KBRH", "Kestrel Bay Regional Hospital", A4, (16 * mm, 16 * mm, 28 * mm, 16 * mm),
                lambda c, d, m: _h_page(c, m, True), lambda c, d, m: _h_page(c, m, False), _h_foot),
    "AVH": Lab("AVH", "Arden & Vale Histopathology LLP", A4, (17 * mm, 17 * mm, 28 * mm, 17 * mm),
               lambda c, d, m: _i_page(c, m, True), lambda c, d, m: _i_page(c, m, False), _i_foot),
    "BCH": Lab("BCH", "Bramblemoor Children's Hospital", A4, (17 * mm, 17 * mm, 31 * mm, 16 * mm),
               lambda c, d, m: _j_page(c, m, True), lambda c, d, m: _j_page(c, m, False), _j_foot),
}

# usable frame widths
W_A4 = {k: LABS[k].pagesize[0] - LABS[k].margins[0] - LABS[k].margins[1] for k in LABS}
