"""Shared machinery for the probe59 liquid-biopsy report generator.

Everything here is layout plumbing: fonts, paragraph styles, table helpers, drawn
bars and charts, the label helper (every label carries evidence phrases that
build.py looks for in the PDF text layer) and the document builder.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph  # noqa: E402

_STANDARD = ("Helvetica", "Times", "Courier")


class Paragraph(_Paragraph):
    """Paragraph that keeps the text layer honest for the standard 14 fonts: characters outside
    WinAnsi (>=, <=, ~, minus) would otherwise be drawn from the Symbol font and extract as junk."""

    def __init__(self, text, style=None, *a, **k):
        if isinstance(text, str) and style is not None and style.fontName.split("-")[0] in _STANDARD:
            text = (text.replace("\u2265", "&gt;=").replace("\u2264", "&lt;=").replace("\u2248", "~")
                    .replace("\u2212", "-"))
        super().__init__(text, style, *a, **k)

FONTDIR = "/usr/share/fonts/truetype/dejavu"


def _register_fonts() -> None:
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    faces = {
        "DejaVuSans": "DejaVuSans.ttf",
        "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
        "DejaVuSerif": "DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
        "DejaVuCond": "DejaVuSansCondensed.ttf",
        "DejaVuCond-Bold": "DejaVuSansCondensed-Bold.ttf",
        "DejaVuCond-Oblique": "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuCond-BoldOblique": "DejaVuSansCondensed-BoldOblique.ttf",
    }
    for name, fname in faces.items():
        pdfmetrics.registerFont(TTFont(name, f"{FONTDIR}/{fname}"))
    from reportlab.lib.fonts import addMapping

    for fam, n, b, i, bi in (
        ("DejaVuSans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
        ("DejaVuSerif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
        ("DejaVuCond", "DejaVuCond", "DejaVuCond-Bold", "DejaVuCond-Oblique", "DejaVuCond-BoldOblique"),
    ):
        addMapping(fam, 0, 0, n)
        addMapping(fam, 1, 0, b)
        addMapping(fam, 0, 1, i)
        addMapping(fam, 1, 1, bi)


_register_fonts()

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DejaVuCond": ("DejaVuCond", "DejaVuCond-Bold", "DejaVuCond-Oblique"),
}

# --------------------------------------------------------------------------- labels

FIELD_ORDER = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value", "optional"]


def L(marker: str, aspect: str, status: str, ev, **kw) -> dict:
    """One reference label plus the evidence phrase(s) that must be in the PDF text."""
    for k in kw:
        if k not in FIELD_ORDER:
            raise ValueError(f"unknown label field {k}")
    d = {"marker": marker, "aspect": aspect, "status": status, **kw}
    out = {k: d[k] for k in FIELD_ORDER if k in d}
    out["_ev"] = [ev] if isinstance(ev, str) else list(ev)
    return out


# --------------------------------------------------------------------------- styles


def make_styles(family: str, size: float = 9, leading: float | None = None, accent=colors.black,
                head_family: str | None = None, head_color=None, justify: bool = False) -> dict:
    reg, bold, ital = FAMILIES[family]
    hreg, hbold, hital = FAMILIES[head_family or family]
    lead = leading or size * 1.25
    hc = head_color if head_color is not None else accent
    s = {}
    s["body"] = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY if justify else TA_LEFT, spaceAfter=size * 0.45)
    s["bodytight"] = ParagraphStyle("bodytight", parent=s["body"], spaceAfter=0)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.5, leading=(size - 1.5) * 1.22)
    s["tiny"] = ParagraphStyle("tiny", parent=s["body"], fontSize=size - 2.5, leading=(size - 2.5) * 1.2,
                               spaceAfter=2)
    s["ital"] = ParagraphStyle("ital", parent=s["body"], fontName=ital)
    s["h1"] = ParagraphStyle("h1", fontName=hbold, fontSize=size + 6, leading=(size + 6) * 1.2, textColor=hc,
                             spaceAfter=6)
    s["h2"] = ParagraphStyle("h2", fontName=hbold, fontSize=size + 2.5, leading=(size + 2.5) * 1.25, textColor=hc,
                             spaceBefore=8, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", fontName=hbold, fontSize=size + 0.5, leading=(size + 0.5) * 1.25,
                             textColor=colors.black, spaceBefore=5, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 0.8, leading=(size - 0.8) * 1.2)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["cellhead"] = ParagraphStyle("cellhead", parent=s["cell"], fontName=hbold)
    s["cellsmall"] = ParagraphStyle("cellsmall", parent=s["cell"], fontSize=size - 2, leading=(size - 2) * 1.2)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=12, bulletIndent=3, spaceAfter=1.5)
    s["_fonts"] = (reg, bold, ital)
    s["_hfonts"] = (hreg, hbold, hital)
    s["_size"] = size
    return s


def P(text: str, st) -> Paragraph:
    return Paragraph(text, st)


def bullets(items, st, char="\u2022"):
    return [Paragraph(t, st["bullet"], bulletText=char) for t in items]


def tbl(rows, widths, st, head: int = 1, grid: str = "grid", headbg=None, headfg=colors.black,
        zebra=None, line=colors.black, lw: float = 0.5, pad: float = 3, valign: str = "TOP",
        cellstyle: str = "cell", extra=None, repeat: bool = True, hAlign: str = "LEFT") -> Table:
    """A table whose string cells become wrapped Paragraphs in the lab's cell style."""
    data = []
    for r, row in enumerate(rows):
        out = []
        for c in row:
            if isinstance(c, str):
                sty = st["cellhead"] if r < head else st[cellstyle]
                if headfg is not None and r < head and headfg != colors.black:
                    sty = ParagraphStyle("hx", parent=sty, textColor=headfg)
                out.append(Paragraph(c, sty))
            else:
                out.append(c)
        data.append(out)
    fs = st[cellstyle].fontSize
    t = Table(data, colWidths=widths, repeatRows=head if repeat else 0, hAlign=hAlign)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("FONTSIZE", (0, 0), (-1, -1), fs), ("LEADING", (0, 0), (-1, -1), fs * 1.2),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.9)]
    if grid == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), lw, line))
    elif grid == "box":
        cmds += [("BOX", (0, 0), (-1, -1), lw, line)]
        if head:
            cmds.append(("LINEBELOW", (0, head - 1), (-1, head - 1), lw, line))
    elif grid == "rules":
        if head:
            cmds += [("LINEABOVE", (0, 0), (-1, 0), lw * 1.6, line), ("LINEBELOW", (0, head - 1), (-1, head - 1), lw, line)]
        cmds += [("LINEBELOW", (0, -1), (-1, -1), lw * 1.6, line)]
    elif grid == "hlines":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), lw, line)]
    if headbg is not None and head:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), headbg))
    if zebra is not None:
        for r in range(head, len(rows)):
            if (r - head) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), zebra))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def kv(pairs, widths, st, boldkeys=True, grid="none", line=colors.grey, pad=2, extra=None) -> Table:
    """Key/value grid; pairs is a list of rows, each a flat list key, value, key, value..."""
    rows = []
    for row in pairs:
        out = []
        for i, c in enumerate(row):
            if isinstance(c, str):
                out.append(Paragraph(c, st["cellb"] if (i % 2 == 0 and boldkeys) else st["cell"]))
            else:
                out.append(c)
        rows.append(out)
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6)]
    if grid == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, line))
    elif grid == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, line))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def boxed(flowables, width, border=colors.black, bg=None, lw=1.0, pad=6, title=None, title_bg=None,
          title_style=None) -> Table:
    """Put flowables in a ruled box, optionally with a title band."""
    rows = []
    cmds = [("BOX", (0, 0), (-1, -1), lw, border), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if title is not None:
        rows.append([Paragraph(title, title_style)])
        if title_bg is not None:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), title_bg))
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), lw, border))
        if bg is not None:
            cmds.append(("BACKGROUND", (0, 1), (-1, -1), bg))
    elif bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    rows.append([list(flowables)])
    t = Table(rows, colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


def gene_grid(genes, ncol, width, st, style="cell", line=None, marks=None) -> Table:
    """Genes in a column-major grid (an appendix list or a negative list)."""
    genes = list(genes)
    nrow = -(-len(genes) // ncol)
    rows = []
    for r in range(nrow):
        row = []
        for c in range(ncol):
            i = c * nrow + r
            if i < len(genes):
                g = genes[i]
                txt = g if not marks or g not in marks else f"{g}{marks[g]}"
                row.append(Paragraph(txt, st[style]))
            else:
                row.append("")
        rows.append(row)
    t = Table(rows, colWidths=[width / ncol] * ncol, hAlign="LEFT")
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("FONTSIZE", (0, 0), (-1, -1), st[style].fontSize), ("LEADING", (0, 0), (-1, -1), st[style].leading)]
    if line is not None:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.5, line))
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------- drawn graphics


def bar(value: float, vmax: float, w: float = 60, h: float = 7, color=colors.HexColor("#3b6ea5"),
        frame=colors.HexColor("#bbbbbb")) -> Drawing:
    d = Drawing(w, h + 2)
    d.add(Rect(0, 1, w, h, fillColor=None, strokeColor=frame, strokeWidth=0.4))
    if value > 0:
        d.add(Rect(0, 1, max(0.8, w * min(value, vmax) / vmax), h, fillColor=color, strokeColor=None))
    return d


def dot(color, r=3.2, w=10, h=9) -> Drawing:
    d = Drawing(w, h)
    d.add(Circle(w / 2, h / 2, r, fillColor=color, strokeColor=colors.black, strokeWidth=0.3))
    return d


def serial_chart(xlabels, series, w, h, font="Helvetica", ymax=None, yticks=None, ylabel="",
                 fmt="{:g}%", legend=True, size=6.5, hollow_zero=True) -> Drawing:
    """A small line chart of fractions over draws.  series: list of (name, values, color);
    a value of None is 'not detected' and is drawn as a hollow marker on the axis."""
    d = Drawing(w, h)
    left, bottom, right, top = 34, 18, 8, 10 + (12 if legend else 0)
    pw, ph = w - left - right, h - bottom - top
    vals = [v for _, vs, _ in series for v in vs if v is not None]
    ymax = ymax or (max(vals) * 1.15 if vals else 1)
    yticks = yticks or [0, ymax / 2, ymax]
    d.add(Line(left, bottom, left + pw, bottom, strokeWidth=0.6))
    d.add(Line(left, bottom, left, bottom + ph, strokeWidth=0.6))
    for t in yticks:
        y = bottom + ph * t / ymax
        d.add(Line(left - 2, y, left + pw, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.3))
        d.add(String(left - 4, y - 2, fmt.format(t), fontName=font, fontSize=size, textAnchor="end"))
    n = len(xlabels)
    xs = [left + pw * (i + 0.5) / n for i in range(n)]
    for x, lab in zip(xs, xlabels):
        d.add(String(x, bottom - 9, lab, fontName=font, fontSize=size, textAnchor="middle"))
    if ylabel:
        d.add(String(2, bottom + ph + 3, ylabel, fontName=font, fontSize=size))
    lx = left
    for name, vs, col in series:
        pts = []
        for x, v in zip(xs, vs):
            y = bottom + ph * ((v or 0) / ymax)
            pts.append((x, y))
        flat = [c for p in pts for c in p]
        d.add(PolyLine(flat, strokeColor=col, strokeWidth=1.1))
        for (x, y), v in zip(pts, vs):
            if v is None and hollow_zero:
                d.add(Circle(x, y, 2.2, fillColor=colors.white, strokeColor=col, strokeWidth=0.8))
            else:
                d.add(Circle(x, y, 2.2, fillColor=col, strokeColor=col))
        if legend:
            d.add(Rect(lx, h - 9, 7, 5, fillColor=col, strokeColor=None))
            d.add(String(lx + 9, h - 9, name, fontName=font, fontSize=size))
            lx += 12 + pdfmetrics.stringWidth(name, font, size)
    return d


# --------------------------------------------------------------------------- documents


@dataclass
class Report:
    rid: str
    lab: object
    meta: dict
    story: list
    labels: list
    title: str = ""
    doc: str = ""          # short description of the document for the README
    tumour: str = ""
    kinds: list = field(default_factory=list)
    note: str = ""          # one line for notes.md


def numbered_canvas(lab, meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                lab.page_number(self, i, n, meta)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(rep: Report, path: str) -> None:
    lab = rep.lab
    ps = lab.pagesize
    lm, rm, tf, tl, bm = lab.margins
    w, h = ps
    first = Frame(lm, bm, w - lm - rm, h - tf - bm, id="f1", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    later = Frame(lm, bm, w - lm - rm, h - tl - bm, id="f2", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    lw, lh = landscape(ps) if ps[0] < ps[1] else (ps[1], ps[0])
    lmar = getattr(lab, "land_margins", (lm, rm, tl, bm))
    land = Frame(lmar[0], lmar[3], lw - lmar[0] - lmar[1], lh - lmar[2] - lmar[3], id="f3",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    meta = dict(rep.meta)
    meta["rid"] = rep.rid
    templates = [
        PageTemplate(id="first", frames=[first], pagesize=ps, autoNextPageTemplate="later",
                     onPage=lambda c, d: lab.decorate(c, d, meta, True)),
        PageTemplate(id="later", frames=[later], pagesize=ps,
                     onPage=lambda c, d: lab.decorate(c, d, meta, False)),
        PageTemplate(id="land", frames=[land], pagesize=(lw, lh),
                     onPage=lambda c, d: lab.decorate(c, d, meta, False)),
    ]
    doc = BaseDocTemplate(path, pagesize=ps, title=rep.title or lab.name, author=lab.name,
                          subject=meta.get("subject", ""), creator=lab.creator, producer=lab.creator,
                          pageCompression=1)
    doc.addPageTemplates(templates)
    doc.build(list(rep.story), canvasmaker=numbered_canvas(lab, meta))


SP = Spacer


def bigp(text: str, st, size: float, bold: bool = True, color=None, align=TA_LEFT) -> Paragraph:
    """A paragraph in a larger size with matching leading (for result tiles and pills)."""
    reg, b, _ = st["_fonts"]
    sty = ParagraphStyle(f"big{size}", fontName=b if bold else reg, fontSize=size, leading=size * 1.2,
                         textColor=color or colors.black, alignment=align)
    return Paragraph(text, sty)
