"""Shared machinery for probe43: house styles of the invented institutions,
page furniture (letterheads, running headers, "Page x of y"), and the small
flowables the reports are built from (grid tables, key-value blocks, drawn
tick boxes, boxed interpretations)."""
from __future__ import annotations

import reportlab.rl_config as rl_config

rl_config.invariant = 1

from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, CondPageBreak)

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "cour": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}


# --------------------------------------------------------------------------- labels
def L(marker, aspect, status, ev, **fields):
    """One reference label with its evidence phrases (list or str)."""
    lab = {"marker": marker, "aspect": aspect, "status": status}
    for key in ("ihc_score", "percent", "ratio", "alteration", "value", "optional"):
        if key in fields:
            lab[key] = fields.pop(key)
    if fields:
        raise ValueError(f"unknown label fields {fields}")
    lab["evidence"] = [ev] if isinstance(ev, str) else list(ev)
    return lab


# --------------------------------------------------------------------------- institutions
@dataclass
class House:
    code: str
    name: str
    lines: list[str]            # department / address lines under the name
    family: str = "helv"
    size: float = 9.0
    pagesize: tuple = letter
    letterhead: str = "rule"    # rule | band | box | crest | centered | lis
    accent: colors.Color = colors.black
    pageno: str = "Page {p} of {n}"
    pageno_pos: str = "right"   # right | center | left | header
    footer: str = ""
    tick: str = "x"             # x | check | fill | char
    grid: str = "full"          # full | rows | open
    margins: tuple = (18 * mm, 18 * mm)   # left/right, bottom

    @property
    def fonts(self):
        return FAMILIES[self.family]


@dataclass
class Meta:
    """Who and what the report is about; used by the running header."""
    rid: str
    patient: str
    mrn: str
    dob: str
    sex: str
    specimen: str
    collected: str
    received: str
    reported: str
    physician: str
    extra: dict = field(default_factory=dict)
    title: str = ""


# --------------------------------------------------------------------------- styles
class Styles:
    def __init__(self, house: House):
        reg, bold, ital, bi = house.fonts
        s = house.size
        self.house = house
        lead = s * 1.22
        self.body = ParagraphStyle("body", fontName=reg, fontSize=s, leading=lead, spaceAfter=3)
        self.just = ParagraphStyle("just", parent=self.body, alignment=TA_JUSTIFY)
        self.small = ParagraphStyle("small", fontName=reg, fontSize=s - 1.5, leading=(s - 1.5) * 1.2, spaceAfter=2)
        self.tiny = ParagraphStyle("tiny", fontName=reg, fontSize=s - 2.2, leading=(s - 2.2) * 1.2)
        self.cell = ParagraphStyle("cell", fontName=reg, fontSize=s - 0.5, leading=(s - 0.5) * 1.18)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.cellsm = ParagraphStyle("cellsm", fontName=reg, fontSize=s - 1.5, leading=(s - 1.5) * 1.18)
        self.cellc = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=s + 4, leading=(s + 4) * 1.2, spaceBefore=4, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=s + 1.5, leading=(s + 1.5) * 1.25, spaceBefore=8, spaceAfter=3)
        self.h3 = ParagraphStyle("h3", fontName=bold, fontSize=s, leading=s * 1.25, spaceBefore=6, spaceAfter=2)
        self.hbar = ParagraphStyle("hbar", fontName=bold, fontSize=s + 0.5, leading=(s + 0.5) * 1.3,
                                   textColor=colors.white, backColor=house.accent, borderPadding=(2, 3, 2, 3),
                                   spaceBefore=9, spaceAfter=5)
        self.hrule = ParagraphStyle("hrule", fontName=bold, fontSize=s + 0.5, leading=(s + 0.5) * 1.3,
                                    spaceBefore=9, spaceAfter=4, borderWidth=0)
        self.ital = ParagraphStyle("ital", parent=self.body, fontName=ital)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=s - 0.5, leading=(s - 0.5) * 1.2)


# --------------------------------------------------------------------------- flowables
class TickOptions(Flowable):
    """A row (wrapping if needed) of drawn square boxes, each followed by its option
    text; the box of `chosen` (index, or None for a blank template) is marked in the
    house manner: drawn X, drawn check, filled square, or an X character."""

    def __init__(self, options, chosen, house: House, size=None, label=None, gap=14, mark=None):
        super().__init__()
        self.options = options
        self.chosen = chosen if isinstance(chosen, (list, tuple, set)) else ([] if chosen is None else [chosen])
        self.house = house
        self.fs = size or house.size - 0.5
        self.label = label
        self.gap = gap
        self.mark = mark or house.tick
        self.font = house.fonts[0]
        self.bfont = house.fonts[1]

    def _layout(self, avail):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        box = self.fs * 0.9
        x, y, rows = 0.0, 0, []
        items = []
        if self.label:
            lw = stringWidth(self.label, self.bfont, self.fs) + 6
            items.append(("label", self.label, lw))
        for i, opt in enumerate(self.options):
            items.append(("opt", i, box + 3 + stringWidth(opt, self.font, self.fs) + self.gap))
        line = 0
        pos = []
        for kind, val, w in items:
            if x > 0 and x + w > avail:
                line += 1
                x = 0
            pos.append((kind, val, x, line))
            x += w
        self._pos = pos
        self._lines = line + 1
        self._box = box
        self._lh = self.fs * 1.45

    def wrap(self, aw, ah):
        self._layout(aw)
        self.width = aw
        self.height = self._lines * self._lh
        return aw, self.height

    def draw(self):
        c = self.canv
        box = self._box
        for kind, val, x, line in self._pos:
            base = self.height - (line + 1) * self._lh + self.fs * 0.3
            if kind == "label":
                c.setFont(self.bfont, self.fs)
                c.drawString(x, base, val)
                continue
            c.setLineWidth(0.6)
            c.rect(x, base - 0.5, box, box, stroke=1, fill=0)
            if val in self.chosen:
                if self.mark == "x":
                    c.setLineWidth(1.1)
                    c.line(x + 1.2, base + 0.7, x + box - 1.2, base + box - 2.0)
                    c.line(x + 1.2, base + box - 2.0, x + box - 1.2, base + 0.7)
                elif self.mark == "check":
                    c.setLineWidth(1.3)
                    p = c.beginPath()
                    p.moveTo(x + 1.0, base + box * 0.45)
                    p.lineTo(x + box * 0.42, base + 0.6)
                    p.lineTo(x + box + 1.5, base + box + 1.5)
                    c.drawPath(p, stroke=1, fill=0)
                elif self.mark == "fill":
                    c.rect(x + 1.3, base + 0.8, box - 2.6, box - 2.6, stroke=0, fill=1)
                elif self.mark == "char":
                    c.setFont("Helvetica-Bold", self.fs)
                    c.drawCentredString(x + box / 2, base + 0.6, "X")
            c.setFont(self.font, self.fs)
            c.drawString(x + box + 3, base, self.options[val])


class Box(Flowable):
    """Content in a drawn box (interpretation boxes)."""

    def __init__(self, flowables, pad=5, width_frac=1.0, line=1.0, fill=None):
        super().__init__()
        self.inner = Table([[f] for f in flowables], colWidths=None)
        self.pad = pad
        self.frac = width_frac
        self.lw = line
        self.fill = fill
        self.flows = flowables

    def wrap(self, aw, ah):
        w = aw * self.frac
        t = Table([[f] for f in self.flows], colWidths=[w - 2 * self.pad])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        self.t = t
        tw, th = t.wrap(w - 2 * self.pad, ah)
        self.width, self.height = w, th + 2 * self.pad
        return w, self.height

    def draw(self):
        c = self.canv
        c.setLineWidth(self.lw)
        if self.fill is not None:
            c.setFillColor(self.fill)
            c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
            c.setFillColor(colors.black)
        else:
            c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.t.drawOn(c, self.pad, self.pad)


class HRule(Flowable):
    def __init__(self, width=0.6, space=3, color=colors.black, dash=None):
        super().__init__()
        self.lw, self.space, self.color, self.dash = width, space, color, dash

    def wrap(self, aw, ah):
        self.width = aw
        self.height = 2 * self.space
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(self.color)
        c.setLineWidth(self.lw)
        if self.dash:
            c.setDash(*self.dash)
        c.line(0, self.space, self.width, self.space)


class Signature(Flowable):
    """A drawn squiggle standing for a handwritten signature (shapes only)."""

    def __init__(self, seed=1, w=90, h=18):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        import random
        r = random.Random(self.seed)
        c = self.canv
        c.setLineWidth(0.8)
        p = c.beginPath()
        x, y = 2, self.height * 0.4
        p.moveTo(x, y)
        while x < self.width - 6:
            nx = x + r.uniform(5, 12)
            p.curveTo(x + 2, y + r.uniform(4, 10), nx - 2, y - r.uniform(4, 9), nx, self.height * r.uniform(0.25, 0.6))
            x = nx
        c.drawPath(p, stroke=1, fill=0)


# --------------------------------------------------------------------------- report context
class R:
    """Per-report builder handed to every report function: house styles plus helpers."""

    def __init__(self, house: House, meta: Meta):
        self.house = house
        self.meta = meta
        self.s = Styles(house)
        self.fonts = house.fonts

    # paragraphs
    def p(self, text, style=None):
        return Paragraph(text, style or self.s.body)

    def j(self, text):
        return Paragraph(text, self.s.just)

    def sm(self, text):
        return Paragraph(text, self.s.small)

    def h(self, text, kind="h2"):
        if kind == "bar":
            return Paragraph(text, self.s.hbar)
        if kind == "rule":
            return KeepTogether([Paragraph(text, self.s.hrule), HRule(0.5, 1)])
        return Paragraph(text, getattr(self.s, kind))

    def sp(self, h=6):
        return Spacer(1, h)

    def rule(self, **kw):
        return HRule(**kw)

    def c(self, text, style="cell"):
        if isinstance(text, Flowable):
            return text
        return Paragraph(str(text), getattr(self.s, style))

    @property
    def width(self):
        w = self.house.pagesize[0] - 2 * self.house.margins[0]
        return w

    # tables
    def grid(self, rows, widths, header=1, style=None, valign="TOP", zebra=False, extra=(), head_bg=None,
             cellstyle="cell", repeat=True, bold_first_col=False, fs=None):
        """A results grid. `widths` are fractions of the frame width (or points if > 1)."""
        cw = [w * self.width if w <= 1 else w for w in widths]
        data = []
        for ri, row in enumerate(rows):
            out = []
            for ci, cell in enumerate(row):
                if isinstance(cell, Flowable) or isinstance(cell, list):
                    out.append(cell)
                else:
                    st = "cellb" if ri < header or (bold_first_col and ci == 0) else cellstyle
                    out.append(self.c("" if cell is None else cell, st))
            data.append(out)
        t = Table(data, colWidths=cw, repeatRows=header if repeat else 0)
        g = style or self.house.grid
        cmds = [("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if g == "full":
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        elif g == "rows":
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                     ("LINEBELOW", (0, header - 1), (-1, header - 1), 0.8, colors.black)] if header else \
                    [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
        elif g == "box":
            cmds += [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEBELOW", (0, header - 1), (-1, header - 1), 0.6, colors.black)] if header else \
                    [("BOX", (0, 0), (-1, -1), 0.8, colors.black)]
        elif g == "open":
            if header:
                cmds += [("LINEBELOW", (0, header - 1), (-1, header - 1), 0.6, colors.black)]
        if header and head_bg is not None:
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), head_bg)]
        if zebra:
            for i in range(header, len(rows)):
                if (i - header) % 2 == 1:
                    cmds.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.93, 0.93, 0.93)))
        cmds += list(extra)
        t.setStyle(TableStyle(cmds))
        return t

    def kv(self, pairs, cols=2, kw=0.2, vw=0.3, style="open", bold_keys=True, sep=""):
        """Key-value block in `cols` pairs of columns."""
        per = (len(pairs) + cols - 1) // cols
        colsplit = [pairs[i * per:(i + 1) * per] for i in range(cols)]
        rows = []
        for r in range(per):
            row = []
            for ci in range(cols):
                if r < len(colsplit[ci]):
                    k, v = colsplit[ci][r]
                    row += [self.c(k + sep, "cellb" if bold_keys else "cell"), v if isinstance(v, Flowable) else self.c(v)]
                else:
                    row += ["", ""]
            rows.append(row)
        widths = [kw, vw] * cols
        cw = [w * self.width for w in widths]
        t = Table(rows, colWidths=cw)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
        if style == "box":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.7, colors.black))
        elif style == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        t.setStyle(TableStyle(cmds))
        return t

    def ticks(self, options, chosen, label=None, **kw):
        return TickOptions(options, chosen, self.house, label=label, **kw)

    def box(self, flowables, **kw):
        return Box(flowables if isinstance(flowables, list) else [flowables], **kw)

    def side(self, left, right, lw=0.6, gap=8):
        """Two flowables (or lists) side by side."""
        W = self.width
        left, right = [x._content if isinstance(x, KeepTogether) else x for x in (left, right)]
        t = Table([[left, right]], colWidths=[W * lw - gap / 2, W * (1 - lw) - gap / 2])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2)]))
        return t

    def sign(self, who, role, when, seed=3, drawn=True):
        items = []
        if drawn:
            items.append(Signature(seed))
        items.append(self.p(f"<b>{who}</b>, {role}"))
        items.append(self.sm(when))
        return KeepTogether(items)

    def kt(self, items):
        return KeepTogether(items)


# --------------------------------------------------------------------------- page furniture
def _letterhead(c, house: House, meta: Meta, W, H):
    reg, bold, ital, _ = house.fonts
    lm = house.margins[0]
    top = H - 14 * mm
    kind = house.letterhead
    if kind == "band":
        c.setFillColor(house.accent)
        c.rect(0, H - 26 * mm, W, 26 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 15)
        c.drawString(lm, H - 12 * mm, house.name)
        c.setFont(reg, 8)
        for i, ln in enumerate(house.lines[:3]):
            c.drawString(lm, H - 17 * mm - i * 9.5, ln)
        c.setFillColor(colors.black)
        return H - 30 * mm
    if kind == "crest":
        c.setLineWidth(1.2)
        c.setStrokeColor(house.accent)
        c.circle(lm + 9 * mm, top - 5 * mm, 8 * mm, stroke=1, fill=0)
        c.circle(lm + 9 * mm, top - 5 * mm, 5.5 * mm, stroke=1, fill=0)
        c.line(lm + 9 * mm, top - 10.5 * mm, lm + 9 * mm, top + 0.5 * mm)
        c.setStrokeColor(colors.black)
        c.setFont(bold, 13)
        c.drawString(lm + 21 * mm, top - 2 * mm, house.name)
        c.setFont(ital, 8.5)
        for i, ln in enumerate(house.lines[:3]):
            c.drawString(lm + 21 * mm, top - 7 * mm - i * 10, ln)
        c.setLineWidth(0.8)
        c.line(lm, top - 16 * mm, W - lm, top - 16 * mm)
        return top - 19 * mm
    if kind == "centered":
        c.setFont(bold, 14)
        c.drawCentredString(W / 2, top - 1 * mm, house.name.upper())
        c.setFont(reg, 8.5)
        for i, ln in enumerate(house.lines[:3]):
            c.drawCentredString(W / 2, top - 6 * mm - i * 10, ln)
        c.setLineWidth(1.5)
        c.line(lm, top - 15 * mm, W - lm, top - 15 * mm)
        c.setLineWidth(0.5)
        c.line(lm, top - 16 * mm, W - lm, top - 16 * mm)
        return top - 19 * mm
    if kind == "box":
        c.setLineWidth(1)
        c.rect(lm, top - 16 * mm, W - 2 * lm, 20 * mm, stroke=1, fill=0)
        c.setFillColor(house.accent)
        c.rect(lm, top - 16 * mm, 5 * mm, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(bold, 13)
        c.drawString(lm + 8 * mm, top - 2 * mm, house.name)
        c.setFont(reg, 8)
        for i, ln in enumerate(house.lines[:2]):
            c.drawString(lm + 8 * mm, top - 7 * mm - i * 9.5, ln)
        if len(house.lines) > 2:
            c.setFont(reg, 7.5)
            for i, ln in enumerate(house.lines[2:5]):
                c.drawRightString(W - lm - 3 * mm, top - 1 * mm - i * 9, ln)
        return top - 20 * mm
    if kind == "lis":
        c.setFont("Courier-Bold", 10)
        c.drawString(lm, top, house.name.upper())
        c.setFont("Courier", 8.5)
        for i, ln in enumerate(house.lines[:3]):
            c.drawString(lm, top - 11 - i * 10, ln)
        c.setDash(2, 2)
        c.line(lm, top - 45, W - lm, top - 45)
        c.setDash()
        return top - 57
    # rule
    c.setFont(bold, 14)
    c.setFillColor(house.accent)
    c.drawString(lm, top, house.name)
    c.setFillColor(colors.black)
    c.setFont(reg, 8)
    for i, ln in enumerate(house.lines[:3]):
        c.drawRightString(W - lm, top + 2 - i * 9.5, ln)
    c.setStrokeColor(house.accent)
    c.setLineWidth(2)
    c.line(lm, top - 26, W - lm, top - 26)
    c.setStrokeColor(colors.black)
    return top - 32


def _running(c, house: House, meta: Meta, W, y_top, first):
    """Running header with patient / specimen ids; returns y under it."""
    reg, bold, ital, _ = house.fonts
    lm = house.margins[0]
    c.setFont(reg, 7.5)
    if house.letterhead == "lis":
        c.setFont("Courier", 8)
        line = f"PT: {meta.patient:<12} MRN: {meta.mrn}  DOB: {meta.dob}  SEX: {meta.sex}  ACC#: {meta.specimen}"
        c.drawString(lm, y_top, line)
        if house.pageno_pos == "header":
            pass
        c.setDash(2, 2)
        c.line(lm, y_top - 4, W - lm, y_top - 4)
        c.setDash()
        return y_top - 14
    if first:
        return y_top
    parts = [f"{meta.patient}", f"MRN {meta.mrn}", f"Specimen {meta.specimen}"]
    if meta.extra.get("rh_date", True):
        parts.append(f"Reported {meta.reported}")
    c.drawString(lm, y_top, "   |   ".join(parts))
    if meta.title:
        c.setFont(bold, 7.5)
        c.drawRightString(W - lm, y_top, meta.title)
    c.setLineWidth(0.4)
    c.line(lm, y_top - 4, W - lm, y_top - 4)
    return y_top - 12


class _Doc(BaseDocTemplate):
    pass


def build_pdf(path, house: House, meta: Meta, story, title):
    W, H = house.pagesize
    lm, bm = house.margins
    # work out frame heights from dummy canvas geometry
    tmp = rl_canvas.Canvas("/dev/null", pagesize=house.pagesize)
    y_first = _letterhead(tmp, house, meta, W, H)
    y_first = _running(tmp, house, meta, W, y_first, True)
    y_later = _running(tmp, house, meta, W, H - 12 * mm, False)
    foot = bm + 8 * mm

    def on_first(c, doc):
        c.saveState()
        y = _letterhead(c, house, meta, W, H)
        _running(c, house, meta, W, y, True)
        _footer(c, house, meta, W)
        c.restoreState()

    def on_later(c, doc):
        c.saveState()
        if house.letterhead == "lis":
            c.setFont("Courier-Bold", 8.5)
            c.drawString(lm, H - 12 * mm + 10, house.name.upper() + " (continued)")
        _running(c, house, meta, W, H - 12 * mm, False)
        _footer(c, house, meta, W)
        c.restoreState()

    f1 = Frame(lm, foot, W - 2 * lm, y_first - foot - 4, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(lm, foot, W - 2 * lm, y_later - foot - 4, id="f2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = _Doc(str(path), pagesize=house.pagesize, leftMargin=lm, rightMargin=lm, topMargin=12 * mm, bottomMargin=bm,
               title=title, author=house.name, subject="Pathology report", creator=f"{house.code} LIS report writer")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=on_first), PageTemplate("later", [f2], onPage=on_later)])
    doc.build([NextPageTemplate("later")] + story, canvasmaker=_numbered(house, meta))


def _footer(c, house: House, meta: Meta, W):
    reg = house.fonts[0]
    lm, bm = house.margins
    if house.footer:
        c.setFont(reg, 6.8)
        lines = house.footer.split("\n")
        for i, ln in enumerate(lines):
            c.drawString(lm, bm - 2 - i * 8, ln)
    c.setLineWidth(0.3)
    c.line(lm, bm + 6 * mm, W - lm, bm + 6 * mm)


def _numbered(house: House, meta: Meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                self._draw_no(n)
                super().showPage()
            super().save()

        def _draw_no(self, n):
            W, H = house.pagesize
            lm, bm = house.margins
            txt = house.pageno.format(p=self._pageNumber, n=n)
            self.setFont(house.fonts[0], 7.5)
            pos = house.pageno_pos
            if pos == "header":
                self.drawRightString(W - lm, H - 12 * mm + 10, txt)
            elif pos == "center":
                self.drawCentredString(W / 2, bm + 2 * mm, txt)
            elif pos == "left":
                self.drawString(lm, bm + 2 * mm, txt)
            else:
                self.drawRightString(W - lm, bm + 2 * mm, txt)
    return NumberedCanvas


# --------------------------------------------------------------------------- registry
REPORTS: dict[str, dict] = {}


def report(rid, house, meta: Meta, labels, doc, tumour, kinds):
    """Register a report function: it takes an R and returns its story."""
    def deco(fn):
        REPORTS[rid] = dict(fn=fn, house=house, meta=meta, labels=labels, doc=doc, tumour=tumour, kinds=kinds)
        return fn
    return deco


__all__ = [n for n in dir() if not n.startswith("__")]
