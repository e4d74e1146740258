"""Shared machinery for probe58: fonts, the report registry, table and banner helpers,
and a canvas that draws each laboratory's page furniture once the page count is known."""
from __future__ import annotations

import os

from reportlab import rl_config

rl_config.invariant = 1  # identical bytes on every rebuild

import reportlab  # noqa: E402
from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

# Bitstream Vera ships with reportlab, so the set rebuilds the same anywhere; it has the
# glyphs (>= <= minus) that the standard fonts lack.
_FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                     ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FONTDIR, _file)))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic",
                              boldItalic="Vera-BoldItalic")

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "Vera": ("Vera", "Vera-Bold", "Vera-Italic"),
}

# --------------------------------------------------------------------------- registry
REGISTRY: list[dict] = []


def L(marker, aspect, status, *evidence, **fields):
    """One reference label with the evidence phrases that must be in the PDF's text layer."""
    label = {"marker": marker, "aspect": aspect, "status": status}
    label.update(fields)
    label["evidence"] = list(evidence)
    return label


def report(rid: str, lab, meta: dict, labels: list, summary: str = ""):
    def deco(fn):
        REGISTRY.append({"id": rid, "fn": fn, "lab": lab, "meta": meta, "labels": labels,
                         "summary": summary})
        return fn
    return deco


# --------------------------------------------------------------------------- styles
def make_styles(family: str, size: float = 9, accent=colors.black) -> dict:
    reg, bold, ital = FAMILIES[family]
    lead = size * 1.25
    s = {
        "body": ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead, spaceAfter=3),
        "bodyj": ParagraphStyle("bodyj", fontName=reg, fontSize=size, leading=lead, spaceAfter=3,
                                alignment=4),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.2,
                                spaceAfter=2),
        "tiny": ParagraphStyle("tiny", fontName=reg, fontSize=size - 2.5, leading=(size - 2.5) * 1.2),
        "it": ParagraphStyle("it", fontName=ital, fontSize=size, leading=lead, spaceAfter=3),
        "smallit": ParagraphStyle("smallit", fontName=ital, fontSize=size - 1.5,
                                  leading=(size - 1.5) * 1.2, spaceAfter=2),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2,
                             spaceAfter=4, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.25,
                             spaceBefore=7, spaceAfter=3, textColor=accent, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=lead, spaceBefore=5,
                             spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellc": ParagraphStyle("cellc", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2,
                                alignment=TA_CENTER),
        "cellr": ParagraphStyle("cellr", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2,
                                alignment=TA_RIGHT),
        "center": ParagraphStyle("center", fontName=reg, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName=reg, fontSize=size, leading=lead, alignment=TA_RIGHT),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=size - 0.5,
                               leading=(size - 0.5) * 1.2),
    }
    s["_fonts"] = (reg, bold, ital)
    s["_size"] = size
    return s


def P(text, style):
    return Paragraph(text, style)


def cellify(value, style):
    if isinstance(value, str):
        return Paragraph(value, style)
    return value


def T(rows, widths, S, head=1, cmds=(), zebra=None, grid=colors.grey, box=None,
      head_bg=colors.HexColor("#e6e6e6"), pad=3, cell=None, align=None, repeat=True):
    """A table whose string cells wrap as Paragraphs; header rows in bold."""
    cell = cell or S["cell"]
    data = []
    for r, row in enumerate(rows):
        st = S["cellb"] if r < head else cell
        data.append([cellify(v, st) for v in row])
    t = Table(data, colWidths=widths, repeatRows=head if repeat else 0, hAlign=align or "LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if grid is not None:
        style.append(("INNERGRID", (0, 0), (-1, -1), 0.25, grid))
        style.append(("BOX", (0, 0), (-1, -1), 0.6, box or grid))
    elif box is not None:
        style.append(("BOX", (0, 0), (-1, -1), 0.6, box))
    if head and head_bg is not None:
        style.append(("BACKGROUND", (0, 0), (-1, head - 1), head_bg))
    if zebra:
        for r in range(head, len(rows)):
            if (r - head) % 2 == 1:
                style.append(("BACKGROUND", (0, r), (-1, r), zebra))
    style.extend(cmds)
    t.setStyle(TableStyle(style))
    return t


def kv(pairs, widths, S, cols=1, grid=None, box=None, keystyle=None, valstyle=None, cmds=()):
    """Key/value block, laid out in `cols` pairs per row."""
    ks = keystyle or S["cellb"]
    vs = valstyle or S["cell"]
    rows = []
    for i in range(0, len(pairs), cols):
        row = []
        for k, v in pairs[i:i + cols]:
            row += [cellify(k, ks), cellify(v, vs)]
        while len(row) < 2 * cols:
            row += ["", ""]
        rows.append(row)
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid is not None:
        style.append(("INNERGRID", (0, 0), (-1, -1), 0.25, grid))
    if box is not None:
        style.append(("BOX", (0, 0), (-1, -1), 0.8, box))
    style.extend(cmds)
    t.setStyle(TableStyle(style))
    return t


def banner(flowables, width, border=colors.black, fill=None, thick=1.5, pad=6):
    """A boxed block (eligibility banner, stamp, call-out)."""
    if not isinstance(flowables, (list, tuple)):
        flowables = [flowables]
    t = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    style = [("BOX", (0, 0), (-1, -1), thick, border),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
             ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if fill is not None:
        style.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    t.setStyle(TableStyle(style))
    return t


def side_by_side(left, right, widths, gap=8, valign="TOP"):
    t = Table([[left, right]], colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, -1), gap),
                           ("RIGHTPADDING", (1, 0), (1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def hscore(dist):
    """dist: percentages at 0, 1+, 2+, 3+."""
    return dist[1] + 2 * dist[2] + 3 * dist[3]


def dist_bars(dist, width=190, height=78, colour=colors.HexColor("#2f6f8f"), font="Helvetica",
              title=None):
    """A small bar chart of the percent of tumour cells at each intensity (drawn shapes only)."""
    d = Drawing(width, height)
    base, left = 14, 22
    top = height - (14 if title else 4)
    span = top - base
    bw = (width - left - 10) / 4.0
    d.add(Line(left, base, width - 4, base, strokeColor=colors.black, strokeWidth=0.5))
    d.add(Line(left, base, left, top, strokeColor=colors.black, strokeWidth=0.5))
    for tick in (0, 50, 100):
        y = base + span * tick / 100.0
        d.add(Line(left - 2, y, left, y, strokeColor=colors.black, strokeWidth=0.4))
        d.add(String(left - 4, y - 2, str(tick), fontName=font, fontSize=5, textAnchor="end"))
    for i, (lab, pct) in enumerate(zip(("0", "1+", "2+", "3+"), dist)):
        x = left + 4 + i * bw
        h = span * pct / 100.0
        d.add(Rect(x, base, bw - 8, h, fillColor=colour, strokeColor=None))
        d.add(String(x + (bw - 8) / 2, base - 9, lab, fontName=font, fontSize=6, textAnchor="middle"))
        d.add(String(x + (bw - 8) / 2, base + h + 2, f"{pct}", fontName=font, fontSize=5.5,
                     textAnchor="middle"))
    if title:
        d.add(String(width / 2, height - 8, title, fontName=font, fontSize=6.5, textAnchor="middle"))
    return d


def dot_plot(clusters, width=170, height=150, xlab="", ylab="", gate=None, gate_label="", seed=1,
             font="Helvetica", title=None):
    """A flow-cytometry style dot plot drawn from deterministic pseudo-random clusters.
    clusters: list of (n, cx, cy, sx, sy) in 0-1 axis units. gate: (x0, y0, x1, y1) in axis units."""
    import random

    from reportlab.graphics.shapes import Circle

    rng = random.Random(seed)
    d = Drawing(width, height)
    left, bottom = 26, 22
    top = height - (12 if title else 4)
    w, h = width - left - 6, top - bottom
    d.add(Rect(left, bottom, w, h, fillColor=None, strokeColor=colors.black, strokeWidth=0.5))
    for n, cx, cy, sx, sy in clusters:
        for _ in range(n):
            x = min(max(rng.gauss(cx, sx), 0.01), 0.99)
            y = min(max(rng.gauss(cy, sy), 0.01), 0.99)
            d.add(Circle(left + x * w, bottom + y * h, 0.55, fillColor=colors.HexColor("#333333"),
                         strokeColor=None))
    if gate:
        x0, y0, x1, y1 = gate
        d.add(Rect(left + x0 * w, bottom + y0 * h, (x1 - x0) * w, (y1 - y0) * h, fillColor=None,
                   strokeColor=colors.HexColor("#c00000"), strokeWidth=0.8))
        if gate_label:
            d.add(String(left + x0 * w + 2, bottom + y1 * h - 7, gate_label, fontName=font, fontSize=5.5,
                         fillColor=colors.HexColor("#c00000")))
    d.add(String(left + w / 2, 6, xlab, fontName=font, fontSize=6, textAnchor="middle"))
    lab = String(0, 0, ylab, fontName=font, fontSize=6, textAnchor="middle")
    from reportlab.graphics.shapes import Group

    g = Group(lab)
    g.transform = (0, 1, -1, 0, 10, bottom + h / 2)
    d.add(g)
    if title:
        d.add(String(left + w / 2, height - 8, title, fontName=font, fontSize=6.5, textAnchor="middle"))
    return d


def checkbox(checked: bool, size=7):
    """A drawn check box (a square, with a cross when ticked)."""
    d = Drawing(size + 2, size + 1)
    d.add(Rect(1, 0, size, size, strokeColor=colors.black, fillColor=None, strokeWidth=0.6))
    if checked:
        d.add(Line(1, 0, 1 + size, size, strokeColor=colors.black, strokeWidth=0.8))
        d.add(Line(1, size, 1 + size, 0, strokeColor=colors.black, strokeWidth=0.8))
    return d


# --------------------------------------------------------------------------- laboratories
class Lab:
    """A laboratory's house style: page size, margins, fonts and the furniture on every page."""

    key = "lab"
    name = "Laboratory"
    pagesize = (612, 792)
    margins = (54, 54, 72, 60)  # left, right, top, bottom
    family = "Helvetica"
    size = 9
    accent = colors.black
    creator = "LIS"

    def __init__(self):
        self.S = make_styles(self.family, self.size, self.accent)

    @property
    def width(self):
        return self.pagesize[0] - self.margins[0] - self.margins[1]

    def frames(self, first: bool):
        l, r, t, b = self.margins
        w, h = self.pagesize
        return [Frame(l, b, w - l - r, h - t - b, id="main", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)]

    def furniture(self, c, page, total, meta):  # pragma: no cover - overridden
        pass

    def page_templates(self, meta=None):
        return [PageTemplate(id="First", frames=self.frames(True), autoNextPageTemplate="Later"),
                PageTemplate(id="Later", frames=self.frames(False))]

    def canvasmaker(self, meta):
        lab = self

        class FurnishedCanvas(canvas.Canvas):
            def __init__(self, *a, **k):
                canvas.Canvas.__init__(self, *a, **k)
                self._pages = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for n, state in enumerate(self._pages, 1):
                    self.__dict__.update(state)
                    self.saveState()
                    lab.furniture(self, n, total, meta)
                    self.restoreState()
                    canvas.Canvas.showPage(self)
                canvas.Canvas.save(self)

        return FurnishedCanvas

    def build(self, path, story, meta, title):
        l, r, t, b = self.margins
        doc = BaseDocTemplate(path, pagesize=self.pagesize, leftMargin=l, rightMargin=r,
                              topMargin=t, bottomMargin=b, title=title, author=self.name,
                              subject="Screening biomarker report", creator=self.creator,
                              producer=self.creator)
        doc.addPageTemplates(self.page_templates(meta))
        doc.build(story, canvasmaker=self.canvasmaker(meta))


__all__ = [
    "colors", "mm", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "ParagraphStyle", "Paragraph", "Spacer",
    "Table", "TableStyle", "KeepTogether", "Frame", "PageTemplate", "Drawing", "Rect", "String",
    "Line", "REGISTRY", "L", "report", "make_styles", "P", "T", "kv", "banner", "side_by_side",
    "hscore", "dist_bars", "dot_plot", "checkbox", "Lab", "cellify",
]
