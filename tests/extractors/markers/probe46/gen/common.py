"""Shared machinery for the probe46 generator: documents, page furniture, tables, tiles, gauges."""
from __future__ import annotations

import reportlab.rl_config as rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak)

__all__ = [
    "colors", "mm", "Paragraph", "Spacer", "Table", "TableStyle", "PageBreak", "CondPageBreak",
    "KeepTogether", "NextPageTemplate", "FrameBreak", "TA_CENTER", "TA_LEFT", "TA_RIGHT",
    "ParagraphStyle", "REPORTS", "report", "L", "Lab", "build_pdf", "Gauge", "ScaleBar",
    "tbl", "box", "tiles", "side", "gene_grid", "hx",
]

REPORTS: dict[str, dict] = {}


def hx(value: str) -> colors.Color:
    return colors.HexColor(value)


def L(marker, aspect, status, ev, **fields):
    """One reference label; ev is a phrase or list of phrases that must be in the text layer."""
    out = {"marker": marker, "aspect": aspect, "status": status}
    out.update(fields)
    out["_ev"] = [ev] if isinstance(ev, str) else list(ev)
    return out


def report(rid, lab, meta, labels, doc="", tumour="", kinds=()):
    def wrap(fn):
        REPORTS[rid] = dict(id=rid, lab=lab, meta=meta, labels=labels, fn=fn, doc=doc,
                            tumour=tumour, kinds=list(kinds))
        return fn
    return wrap


class Lab:
    """A laboratory's house style. decorate() draws letterhead, running header and footer."""

    def __init__(self, key, name, pagesize, font, bold, italic, primary, accent, size=9,
                 leading=None, margins=(54, 54, 54, 54), first_top=150, later_top=80,
                 bottom=60, draw=None, header_font=None):
        self.key, self.name, self.pagesize = key, name, pagesize
        self.font, self.bold, self.italic = font, bold, italic
        self.primary, self.accent = primary, accent
        self.size, self.leading = size, leading or size * 1.25
        self.margins = margins  # left, right, (unused), (unused)
        self.first_top, self.later_top, self.bottom = first_top, later_top, bottom
        self.draw = draw
        self.header_font = header_font or bold
        self._styles = None

    @property
    def st(self):
        if self._styles is None:
            s, f, b, i = self.size, self.font, self.bold, self.italic
            self._styles = {
                "body": ParagraphStyle("body", fontName=f, fontSize=s, leading=self.leading, spaceAfter=3),
                "bodyj": ParagraphStyle("bodyj", fontName=f, fontSize=s, leading=self.leading, spaceAfter=3, alignment=4),
                "small": ParagraphStyle("small", fontName=f, fontSize=s - 1.5, leading=(s - 1.5) * 1.22, spaceAfter=2),
                "tiny": ParagraphStyle("tiny", fontName=f, fontSize=s - 2.5, leading=(s - 2.5) * 1.2, spaceAfter=1),
                "ital": ParagraphStyle("ital", fontName=i, fontSize=s - 1, leading=(s - 1) * 1.25, spaceAfter=2),
                "h1": ParagraphStyle("h1", fontName=self.header_font, fontSize=s + 5, leading=(s + 5) * 1.2,
                                     textColor=self.primary, spaceAfter=4, spaceBefore=2),
                "h2": ParagraphStyle("h2", fontName=self.header_font, fontSize=s + 2, leading=(s + 2) * 1.25,
                                     textColor=self.primary, spaceBefore=7, spaceAfter=3),
                "h3": ParagraphStyle("h3", fontName=b, fontSize=s, leading=s * 1.3, spaceBefore=5, spaceAfter=2),
                "cell": ParagraphStyle("cell", fontName=f, fontSize=s - 1, leading=(s - 1) * 1.2),
                "cellb": ParagraphStyle("cellb", fontName=b, fontSize=s - 1, leading=(s - 1) * 1.2),
                "cellc": ParagraphStyle("cellc", fontName=f, fontSize=s - 1, leading=(s - 1) * 1.2, alignment=TA_CENTER),
                "cellh": ParagraphStyle("cellh", fontName=b, fontSize=s - 1, leading=(s - 1) * 1.2,
                                        textColor=colors.white),
                "tileh": ParagraphStyle("tileh", fontName=b, fontSize=s, leading=s * 1.2, alignment=TA_CENTER,
                                        textColor=self.primary),
                "tilev": ParagraphStyle("tilev", fontName=b, fontSize=s + 5, leading=(s + 5) * 1.2,
                                        alignment=TA_CENTER),
                "tiles": ParagraphStyle("tiles", fontName=f, fontSize=s - 2, leading=(s - 2) * 1.2,
                                        alignment=TA_CENTER),
                "right": ParagraphStyle("right", fontName=f, fontSize=s - 1, leading=(s - 1) * 1.2, alignment=TA_RIGHT),
            }
        return self._styles

    def P(self, text, style="body", **kw):
        st = self.st[style]
        if kw:
            st = ParagraphStyle(style + "x", parent=st, **kw)
        return Paragraph(text, st)

    def frame_geometry(self):
        w, h = self.pagesize
        left, right = self.margins[0], self.margins[1]
        return w, h, left, right


def _canvas_maker(lab, meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["pageCompression"] = 1
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                lab.draw(self, lab, meta, self._pageNumber, total)
                self.restoreState()
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def build_pdf(path, lab, meta, story, title):
    w, h, left, right = lab.frame_geometry()
    fw = w - left - right
    first = Frame(left, lab.bottom, fw, h - lab.bottom - lab.first_top, id="f1",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(left, lab.bottom, fw, h - lab.bottom - lab.later_top, id="f2",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    gap = 16
    cw = (fw - gap) / 2
    c1 = Frame(left, lab.bottom, cw, h - lab.bottom - lab.later_top, id="c1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c2 = Frame(left + cw + gap, lab.bottom, cw, h - lab.bottom - lab.later_top, id="c2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fc1 = Frame(left, lab.bottom, cw, h - lab.bottom - lab.first_top, id="fc1",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fc2 = Frame(left + cw + gap, lab.bottom, cw, h - lab.bottom - lab.first_top, id="fc2",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(str(path), pagesize=lab.pagesize, title=title, author=lab.name,
                          leftMargin=left, rightMargin=right, topMargin=lab.later_top,
                          bottomMargin=lab.bottom, invariant=1)
    templates = [
        PageTemplate(id="first", frames=[first], autoNextPageTemplate="later", pagesize=lab.pagesize),
        PageTemplate(id="later", frames=[later], pagesize=lab.pagesize),
        PageTemplate(id="two", frames=[c1, c2], pagesize=lab.pagesize),
        PageTemplate(id="firsttwo", frames=[fc1, fc2], autoNextPageTemplate="two", pagesize=lab.pagesize),
    ]
    if meta.get("two"):
        templates.insert(0, templates.pop(3))
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_canvas_maker(lab, meta))


# ---------------------------------------------------------------- flowables

class Gauge(Flowable):
    """A horizontal scale drawn with shapes: coloured bands, ticks, a marker, value printed beside."""

    def __init__(self, lo, hi, value, bands, ticks, width=220, height=34, label="", value_text="",
                 font="Helvetica", bold="Helvetica-Bold", marker=colors.black):
        super().__init__()
        self.lo, self.hi, self.value, self.bands, self.ticks = lo, hi, value, bands, ticks
        self.width, self.height, self.label, self.value_text = width, height, label, value_text
        self.font, self.bold, self.marker = font, bold, marker

    def wrap(self, aw, ah):
        return self.width, self.height

    def _x(self, v, bw):
        v = max(self.lo, min(self.hi, v))
        return (v - self.lo) / (self.hi - self.lo) * bw

    def draw(self):
        c = self.canv
        bw = self.width - 70
        y0 = 12
        for a, b, col in self.bands:
            c.setFillColor(col)
            c.setStrokeColor(col)
            c.rect(self._x(a, bw), y0, self._x(b, bw) - self._x(a, bw), 8, fill=1, stroke=0)
        c.setStrokeColor(colors.grey)
        c.rect(0, y0, bw, 8, fill=0, stroke=1)
        c.setFont(self.font, 5.5)
        c.setFillColor(colors.black)
        for t in self.ticks:
            x = self._x(t, bw)
            c.line(x, y0 - 2, x, y0)
            c.drawCentredString(x, y0 - 8, f"{t:g}")
        x = self._x(self.value, bw)
        c.setFillColor(self.marker)
        p = c.beginPath()
        p.moveTo(x, y0 + 9)
        p.lineTo(x - 4, y0 + 16)
        p.lineTo(x + 4, y0 + 16)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        if self.label:
            c.setFont(self.font, 6.5)
            c.setFillColor(colors.black)
            c.drawString(0, y0 + 18, self.label)
        if self.value_text:
            c.setFont(self.bold, 9)
            c.setFillColor(colors.black)
            c.drawString(bw + 8, y0 + 1, self.value_text)


class ScaleBar(Flowable):
    """A vertical or segmented 'thermometer' of N boxes with the reached box filled."""

    def __init__(self, labels, filled, width=200, height=26, fill=colors.black, font="Helvetica"):
        super().__init__()
        self.labels, self.filled, self.width, self.height = labels, filled, width, height
        self.fill, self.font = fill, font

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        n = len(self.labels)
        bw = self.width / n
        for i, lab in enumerate(self.labels):
            c.setStrokeColor(colors.grey)
            c.setFillColor(self.fill if i == self.filled else colors.white)
            c.rect(i * bw, 10, bw - 2, 10, fill=1, stroke=1)
            c.setFillColor(colors.black)
            c.setFont(self.font, 5.5)
            c.drawCentredString(i * bw + bw / 2 - 1, 2, lab)


def _cell(lab, v, style):
    if isinstance(v, str):
        return Paragraph(v, lab.st[style])
    return v


def tbl(lab, rows, widths, head="primary", repeat=1, grid="lines", zebra=None, extra=(), style="cell",
        head_style="cellh", valign="TOP", pad=3):
    """rows[0] is the header (unless head=None). Strings become wrapped Paragraph cells."""
    data = []
    for r_i, row in enumerate(rows):
        s = head_style if (r_i == 0 and head) else style
        data.append([_cell(lab, v, s) for v in row])
    t = Table(data, colWidths=widths, repeatRows=repeat if head else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if head == "primary":
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), lab.primary))
    elif head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head))
    if grid == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
    elif grid == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    elif grid == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, lab.primary))
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, lab.primary))
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def box(lab, flowables, width, bg=None, border=None, pad=6, bw=0.8):
    t = Table([[flowables]], colWidths=[width])
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    if border is not None:
        cmds.append(("BOX", (0, 0), (-1, -1), bw, border))
    t.setStyle(TableStyle(cmds))
    return t


def tiles(lab, items, ncols, width, bgs=None, border=None, gap=4, hstyle="tileh", vstyle="tilev",
          sstyle="tiles"):
    """items: (title, value, subtitle); one marker per tile, its value under its name."""
    cw = (width - gap * (ncols - 1)) / ncols
    rows, row = [], []
    for i, (title, value, sub) in enumerate(items):
        inner = [Paragraph(title, lab.st[hstyle]), Paragraph(value, lab.st[vstyle])]
        if sub:
            inner.append(Paragraph(sub, lab.st[sstyle]))
        bg = (bgs[i % len(bgs)] if bgs else None)
        row.append(box(lab, inner, cw, bg=bg, border=border, pad=5))
        if len(row) == ncols:
            rows.append(row)
            row = []
    if row:
        row += [""] * (ncols - len(row))
        rows.append(row)
    widths = []
    for c in range(ncols):
        widths.append(cw + (gap if c < ncols - 1 else 0))
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def side(cols, widths, gap=8, valign="TOP"):
    """Boxes side by side: each col is a flowable or a list of flowables."""
    t = Table([cols], colWidths=widths)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), valign)]))
    return t


def gene_grid(lab, genes, ncols, width, style="cell", lines=False):
    rows = [genes[i:i + ncols] for i in range(0, len(genes), ncols)]
    if rows and len(rows[-1]) < ncols:
        rows[-1] = rows[-1] + [""] * (ncols - len(rows[-1]))
    data = [[Paragraph(g, lab.st[style]) if g else "" for g in r] for r in rows]
    t = Table(data, colWidths=[width / ncols] * ncols)
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if lines:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.25, colors.lightgrey))
    t.setStyle(TableStyle(cmds))
    return t
