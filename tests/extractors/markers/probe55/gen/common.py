"""Shared page furniture, styles and table helpers for the probe55 generator.

Every laboratory here is invented. Each Lab draws its own header and footer and
chooses page size, orientation and type family; report functions build stories
from the helpers below.
"""
from __future__ import annotations

import re

import reportlab
import reportlab.rl_config
reportlab.rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                KeepTogether, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def fix(text: str) -> str:
    """Escape bare '&' and '<' that are not markup, so plain strings can be written."""
    text = re.sub(r"&(?![a-zA-Z#][a-zA-Z0-9]*;)", "&amp;", text)
    text = re.sub(r"<(?=[\s\d=.%])", "&lt;", text)
    return text


class Lab:
    def __init__(self, key, name, lines, family="Helvetica", pagesize=letter, land=False,
                 colour=colors.HexColor("#1f3b63"), accent=colors.HexColor("#e8eef6"),
                 header="band", base=8.6, footer="", margins=(40, 40, 92, 52)):
        self.key = key
        self.name = name
        self.lines = lines
        self.family = family
        self.reg, self.bold, self.ital = FAMILIES[family]
        self.pagesize = landscape(pagesize) if land else pagesize
        self.colour = colour
        self.accent = accent
        self.header = header
        self.base = base
        self.footer = footer
        self.margins = margins  # left, right, top, bottom
        b = base
        self.st = {
            "body": ParagraphStyle("body", fontName=self.reg, fontSize=b, leading=b * 1.28, spaceAfter=3),
            "small": ParagraphStyle("small", fontName=self.reg, fontSize=b - 1.6, leading=(b - 1.6) * 1.25, spaceAfter=2),
            "tiny": ParagraphStyle("tiny", fontName=self.reg, fontSize=b - 2.3, leading=(b - 2.3) * 1.25),
            "h1": ParagraphStyle("h1", fontName=self.bold, fontSize=b + 5, leading=(b + 5) * 1.2, textColor=colour, spaceAfter=4),
            "h2": ParagraphStyle("h2", fontName=self.bold, fontSize=b + 2, leading=(b + 2) * 1.25, textColor=colour, spaceBefore=7, spaceAfter=3),
            "h3": ParagraphStyle("h3", fontName=self.bold, fontSize=b + 0.4, leading=(b + 0.4) * 1.25, spaceBefore=4, spaceAfter=2),
            "cell": ParagraphStyle("cell", fontName=self.reg, fontSize=b - 0.8, leading=(b - 0.8) * 1.2),
            "cellb": ParagraphStyle("cellb", fontName=self.bold, fontSize=b - 0.8, leading=(b - 0.8) * 1.2),
            "cellh": ParagraphStyle("cellh", fontName=self.bold, fontSize=b - 0.9, leading=(b - 0.9) * 1.2, textColor=colors.white),
            "cellhd": ParagraphStyle("cellhd", fontName=self.bold, fontSize=b - 0.9, leading=(b - 0.9) * 1.2),
            "cellc": ParagraphStyle("cellc", fontName=self.reg, fontSize=b - 0.8, leading=(b - 0.8) * 1.2, alignment=TA_CENTER),
            "right": ParagraphStyle("right", fontName=self.reg, fontSize=b - 1, leading=(b - 1) * 1.2, alignment=TA_RIGHT),
        }

    # ------------------------------------------------------------------ page furniture
    def decorate(self, c, meta, page, total):
        W, H = self.pagesize
        l, r, t, bm = self.margins
        c.saveState()
        pline = f"{meta['patient']}   DOB {meta['dob']}   Sex {meta['sex']}"
        acc = meta["accession"]
        if self.header == "band":
            c.setFillColor(self.colour)
            c.rect(0, H - 46, W, 46, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.bold, 14)
            c.drawString(l, H - 28, self.name)
            c.setFont(self.reg, 7.5)
            c.drawRightString(W - r, H - 20, self.lines[0])
            c.drawRightString(W - r, H - 31, self.lines[1])
            c.setFillColor(colors.black)
            c.setFont(self.reg, 7.8)
            c.drawString(l, H - 60, pline)
            c.drawRightString(W - r, H - 60, f"Accession {acc}   Reported {meta['reported']}")
            c.setStrokeColor(self.colour)
            c.line(l, H - 66, W - r, H - 66)
        elif self.header == "rule":
            c.setFillColor(self.colour)
            c.setFont(self.bold, 13)
            c.drawString(l, H - 36, self.name.upper())
            c.setFillColor(colors.black)
            c.setFont(self.ital, 7.8)
            c.drawString(l, H - 47, self.lines[0] + "  |  " + self.lines[1])
            c.setLineWidth(1.6)
            c.setStrokeColor(self.colour)
            c.line(l, H - 53, W - r, H - 53)
            c.setLineWidth(0.4)
            c.line(l, H - 56, W - r, H - 56)
            c.setFont(self.reg, 7.6)
            c.drawString(l, H - 67, f"Name: {meta['patient']}    Date of birth: {meta['dob']}")
            c.drawRightString(W - r, H - 67, f"Laboratory no. {acc}")
        elif self.header == "box":
            c.setStrokeColor(self.colour)
            c.setFillColor(self.accent)
            c.roundRect(l, H - 78, W - l - r, 52, 6, stroke=1, fill=1)
            c.setFillColor(self.colour)
            c.setFont(self.bold, 12.5)
            c.drawString(l + 10, H - 44, self.name)
            c.setFont(self.reg, 7)
            c.setFillColor(colors.black)
            c.drawString(l + 10, H - 55, self.lines[0])
            c.drawString(l + 10, H - 64, self.lines[1])
            x = W - r - 190
            c.setFont(self.bold, 7.4)
            c.drawString(x, H - 40, "PATIENT")
            c.drawString(x, H - 51, "DOB / SEX")
            c.drawString(x, H - 62, "CASE")
            c.drawString(x, H - 73, "REPORT DATE")
            c.setFont(self.reg, 7.4)
            c.drawString(x + 62, H - 40, meta["patient"])
            c.drawString(x + 62, H - 51, f"{meta['dob']} / {meta['sex']}")
            c.drawString(x + 62, H - 62, acc)
            c.drawString(x + 62, H - 73, meta["reported"])
        else:  # plain typewriter header
            c.setFont(self.bold, 10)
            c.drawString(l, H - 34, self.name.upper())
            c.setFont(self.reg, 7.6)
            c.drawString(l, H - 45, self.lines[0])
            c.drawString(l, H - 55, self.lines[1])
            c.drawRightString(W - r, H - 34, f"ACC# {acc}")
            c.drawRightString(W - r, H - 45, f"PT: {meta['patient']}")
            c.drawRightString(W - r, H - 55, f"DOB: {meta['dob']}")
            c.setDash(2, 2)
            c.line(l, H - 62, W - r, H - 62)
            c.setDash()
        # footer
        c.setFont(self.reg, 6.6)
        c.setFillColor(colors.HexColor("#555555"))
        y = 22
        if self.footer:
            c.drawString(l, y + 9, self.footer)
        c.drawString(l, y, f"{meta['patient']} | {acc} | {self.name}")
        c.drawRightString(W - r, y, f"Page {page} of {total}")
        c.restoreState()


def make_canvas(lab, meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                lab.decorate(self, meta, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(path, lab, meta, story, title):
    l, r, t, b = lab.margins
    W, H = lab.pagesize
    doc = BaseDocTemplate(str(path), pagesize=lab.pagesize, leftMargin=l, rightMargin=r,
                          topMargin=t, bottomMargin=b, title=title, author=lab.name,
                          creator=lab.name + " reporting", subject="Tumour profiling report")
    frame = Frame(l, b, W - l - r, H - t - b, id="main", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame])])
    doc.build(story, canvasmaker=make_canvas(lab, meta))


# ---------------------------------------------------------------------- flowables
class Pill(Flowable):
    """A rounded, filled result badge with its text in the text layer."""

    def __init__(self, text, fill, font="Helvetica-Bold", size=7.2, tc=colors.white):
        super().__init__()
        self.text, self.fill, self.font, self.size, self.tc = text, fill, font, size, tc
        self.w = stringWidth(text, font, size) + 12
        self.h = size + 6

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.fill)
        c.roundRect(0, 0, self.w, self.h, self.h / 2, stroke=0, fill=1)
        c.setFillColor(self.tc)
        c.setFont(self.font, self.size)
        c.drawString(6, 3.6, self.text)


class Swatch(Flowable):
    """A small filled square or circle used in legends."""

    def __init__(self, fill, shape="sq", size=7):
        super().__init__()
        self.fill, self.shape, self.size = fill, shape, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        c = self.canv
        c.setFillColor(self.fill)
        if self.shape == "sq":
            c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        else:
            c.circle(self.size / 2, self.size / 2, self.size / 2, stroke=0, fill=1)


class Bar(Flowable):
    """A horizontal scale bar with a marker (TMB, percent)."""

    def __init__(self, width, frac, cut=None, fill=colors.HexColor("#2b6cb0"), label_l="0", label_r=""):
        super().__init__()
        self.width, self.frac, self.cut, self.fill = width, frac, cut, fill
        self.label_l, self.label_r = label_l, label_r

    def wrap(self, aw, ah):
        return self.width, 16

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#dddddd"))
        c.rect(0, 6, self.width, 5, stroke=0, fill=1)
        c.setFillColor(self.fill)
        c.rect(0, 6, self.width * self.frac, 5, stroke=0, fill=1)
        if self.cut is not None:
            c.setStrokeColor(colors.black)
            c.line(self.width * self.cut, 3, self.width * self.cut, 14)


# ---------------------------------------------------------------------- helpers
def P(lab, text, style="body", **over):
    st = lab.st[style]
    if over:
        st = ParagraphStyle(style + "x", parent=st, **over)
    return Paragraph(fix(text), st)


def cellify(lab, value, style):
    if isinstance(value, (Flowable, list)):
        return value
    return Paragraph(fix(str(value)), lab.st[style])


def grid(lab, rows, widths, head=1, repeat=None, zebra=True, headbg=None, lines="full",
         extra=(), styles=None, pad=3, headstyle=None):
    """A table of wrapped cells. rows[0:head] are header rows."""
    hs = headstyle or ("cellh" if headbg is not False else "cellhd")
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            s = hs if i < head else (styles[j] if styles else "cell")
            out.append(cellify(lab, v, s))
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=head if repeat is None else repeat)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if head and headbg is not False:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), headbg or lab.colour))
    if lines == "full":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#9aa5b1")))
    elif lines == "h":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c0c8")))
    elif lines == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, lab.colour))
        if head:
            cmds.append(("LINEBELOW", (0, head - 1), (-1, head - 1), 0.6, lab.colour))
    if zebra:
        for i in range(head, len(rows)):
            if (i - head) % 2 == 1:
                cmds.append(("BACKGROUND", (0, i), (-1, i), lab.accent))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def box(lab, flowables, width, border=None, bg=None, pad=6):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, border or lab.colour),
        ("BACKGROUND", (0, 0), (-1, -1), bg or colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def columns(lab, items, ncols, width, style="cell", lines=False):
    """Lay short items (gene names) out in ncols columns, filled down then across."""
    nrows = -(-len(items) // ncols)
    data = []
    for i in range(nrows):
        row = []
        for j in range(ncols):
            k = j * nrows + i
            row.append(Paragraph(fix(items[k]), lab.st[style]) if k < len(items) else "")
        data.append(row)
    t = Table(data, colWidths=[width / ncols] * ncols)
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if lines:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")))
    t.setStyle(TableStyle(cmds))
    return t


def kv(lab, pairs, widths, cols=2, lines=False, style_k="cellb", style_v="cell"):
    """Key/value pairs laid out in `cols` pairs per row."""
    rows = []
    for i in range(0, len(pairs), cols):
        row = []
        for k, v in pairs[i:i + cols]:
            row += [cellify(lab, k, style_k), cellify(lab, v, style_v)]
        while len(row) < 2 * cols:
            row.append("")
        rows.append(row)
    t = Table(rows, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if lines:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.5, lab.colour))
        cmds.append(("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#c8ced6")))
    t.setStyle(TableStyle(cmds))
    return t


def width(lab):
    l, r, _, _ = lab.margins
    return lab.pagesize[0] - l - r


def L(marker, aspect, status, ev, **kw):
    """A label with its evidence phrases (ev is a string or a list of strings)."""
    d = {"marker": marker, "aspect": aspect, "status": status}
    for k in ("ihc_score", "percent", "ratio", "alteration", "value", "optional"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise ValueError(f"unknown label fields {kw}")
    d["_ev"] = [ev] if isinstance(ev, str) else list(ev)
    return d


# convenience colours
GREEN = colors.HexColor("#2f855a")
RED = colors.HexColor("#c53030")
AMBER = colors.HexColor("#b7791f")
GREY = colors.HexColor("#718096")
BLUE = colors.HexColor("#2b6cb0")
PURPLE = colors.HexColor("#6b46c1")
LIGHT = colors.HexColor("#f4f6f8")



def assay_page(lab, title, assays, genes=None, genes_title=None, ncols=8, notes=(), signoff=None, brk=True):
    """A closing page of assay descriptions: a table of assays, an optional gene list, notes."""
    W = width(lab)
    s = [PageBreak()] if brk else []
    s.append(P(lab, title, "h2"))
    rows = [["Assay", "Platform / reagents", "Performance", "Scope"]] + [list(a) for a in assays]
    s.append(grid(lab, rows, [W * 0.18, W * 0.3, W * 0.2, W * 0.32], zebra=False))
    if genes:
        s.append(P(lab, genes_title or "Genes covered by the sequencing panel", "h3"))
        s.append(columns(lab, genes, ncols, W, style="small"))
    for n in notes:
        s.append(P(lab, n, "small"))
    if signoff:
        s.append(Spacer(1, 8))
        s.append(P(lab, signoff, "body"))
    return s


PANEL = ("ABL1 AKT1 AKT2 AKT3 ALK APC AR ARAF ARID1A ARID2 ATM ATR ATRX AXL BAP1 BARD1 BCL2 BCOR BRAF BRCA1 BRCA2 BRIP1 "
         "BTK CCND1 CCNE1 CD274 CDH1 CDK12 CDK4 CDK6 CDKN2A CHEK1 CHEK2 CIC CREBBP CTNNB1 DDR2 DNMT3A EGFR EP300 EPCAM "
         "ERBB2 ERBB3 ERBB4 ERCC2 ESR1 EZH2 FANCA FBXW7 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GNA11 GNAQ GNAS H3-3A HRAS "
         "IDH1 IDH2 JAK2 KDR KEAP1 KIT KMT2D KRAS MAP2K1 MDM2 MET MLH1 MSH2 MSH6 MTOR MYC NF1 NF2 NOTCH1 NRAS NTRK1 "
         "NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PIK3R1 PMS2 POLE PTCH1 PTEN RAD51C RAD51D RB1 RET RNF43 ROS1 SMAD4 SMARCA4 "
         "SMARCB1 SMO STK11 TERT TP53 TSC1 TSC2 VHL").split()


__all__ = [n for n in dir() if not n.startswith("_")]
