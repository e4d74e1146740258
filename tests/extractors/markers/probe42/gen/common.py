"""Shared layout machinery for the probe42 laboratory reports.

Only layout lives here (page templates, tables, boxes, gauges, gene grids);
the words of every report are in the reports_*.py modules.
"""
from __future__ import annotations

import re

import reportlab.rl_config
reportlab.rl_config.invariant = 1

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Preformatted,
                                Spacer, Table, TableStyle, FrameBreak)

__all__ = [
    "Lab", "L", "report", "REPORTS", "md", "P", "table", "boxes", "band", "gene_grid",
    "hgauge", "dial", "segments", "vaf_bars", "kv", "rule", "Spacer", "PageBreak",
    "NextPageTemplate", "CondPageBreak", "KeepTogether", "Table", "TableStyle", "Paragraph",
    "colors", "build_pdf", "two_col", "one_col", "Drawing", "Rect", "String", "Line",
    "Circle", "Wedge", "Polygon", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "ParagraphStyle",
    "Preformatted", "FrameBreak", "mono_block",
]


def mono_block(lab, text, size=7.6, leading=None, box=True, fill=None, pad=5):
    """A fixed-width block (as LIS printouts and academic labs issue), optionally boxed."""
    st = ParagraphStyle("mono_block", fontName="Courier", fontSize=size, leading=leading or size * 1.3)
    pre = Preformatted(text.strip("\n"), st)
    if not box:
        return pre
    t = Table([[pre]], colWidths=[lab.width])
    cmds = [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if fill is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    t.setStyle(TableStyle(cmds))
    return t

# ---------------------------------------------------------------------------
# labels and registry

REPORTS: dict[str, dict] = {}


def L(marker, aspect, status, ev, **fields):
    """One reference label with its evidence phrase(s) (kept out of labels.jsonl)."""
    d = {"marker": marker, "aspect": aspect, "status": status}
    for key in ("ihc_score", "percent", "ratio", "alteration", "value", "optional"):
        if key in fields:
            d[key] = fields.pop(key)
    if fields:
        raise ValueError(f"unknown label fields {fields}")
    d["_ev"] = [ev] if isinstance(ev, str) else list(ev)
    return d


def report(rid, lab, meta, labels):
    def deco(fn):
        if rid in REPORTS:
            raise ValueError(rid)
        REPORTS[rid] = {"fn": fn, "lab": lab, "meta": meta, "labels": labels}
        return fn
    return deco


# ---------------------------------------------------------------------------
# lab house style

class Lab:
    def __init__(self, key, name, pagesize, *, font, bold, italic, mono="Courier",
                 colour, accent, light, margins=(48, 48, 60, 54), first_top=150,
                 later_top=70, letterhead=None, running=None, footer=None, body_size=9,
                 leading=None, cell_size=8, head_text=colors.white, gutter=18, title_font=None, head_bg=None):
        self.key, self.name, self.pagesize = key, name, pagesize
        self.font, self.bold, self.italic, self.mono = font, bold, italic, mono
        self.colour, self.accent, self.light = colors.HexColor(colour), colors.HexColor(accent), colors.HexColor(light)
        self.left, self.right, self.top, self.bottom = margins
        self.first_top, self.later_top = first_top, later_top
        self.letterhead, self.running, self.footer = letterhead, running, footer
        self.width = pagesize[0] - self.left - self.right
        self.gutter = gutter
        self.col = (self.width - gutter) / 2
        self.head_bg = colors.HexColor(head_bg) if head_bg else self.colour
        self.title_font = title_font or bold
        size = body_size
        lead = leading or size * 1.25
        self.st = {
            "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=3),
            "bodyj": ParagraphStyle("bodyj", fontName=font, fontSize=size, leading=lead, spaceAfter=3, alignment=4),
            "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.22, spaceAfter=2),
            "tiny": ParagraphStyle("tiny", fontName=font, fontSize=size - 2.5, leading=(size - 2.5) * 1.2, spaceAfter=1),
            "h1": ParagraphStyle("h1", fontName=self.title_font, fontSize=size + 6, leading=size + 9, textColor=self.colour, spaceAfter=4),
            "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 2.5, leading=size + 5, textColor=self.colour, spaceBefore=8, spaceAfter=4),
            "h3": ParagraphStyle("h3", fontName=bold, fontSize=size + 0.5, leading=size + 3, textColor=colors.black, spaceBefore=5, spaceAfter=2),
            "td": ParagraphStyle("td", fontName=font, fontSize=cell_size, leading=cell_size * 1.2),
            "tdb": ParagraphStyle("tdb", fontName=bold, fontSize=cell_size, leading=cell_size * 1.2),
            "th": ParagraphStyle("th", fontName=bold, fontSize=cell_size, leading=cell_size * 1.2, textColor=head_text),
            "mono": ParagraphStyle("mono", fontName=mono, fontSize=cell_size, leading=cell_size * 1.25),
            "monob": ParagraphStyle("monob", fontName=mono + "-Bold" if mono in ("Courier",) else mono, fontSize=cell_size, leading=cell_size * 1.25),
            "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER),
            "big": ParagraphStyle("big", fontName=bold, fontSize=size + 8, leading=size + 11, alignment=TA_CENTER, textColor=self.colour),
            "white": ParagraphStyle("white", fontName=bold, fontSize=size + 1, leading=size + 4, textColor=colors.white),
        }

    def style(self, name, **kw):
        return ParagraphStyle(name + str(len(kw)), parent=self.st[name], **kw)


# ---------------------------------------------------------------------------
# text helpers

def md(s: str) -> str:
    """Escape text for Paragraph and apply a tiny markup: **bold**, ~~italic~~,
    ^^super^^, [[#hex|coloured]], newline -> <br/>."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s, flags=re.S)
    s = re.sub(r"~~(.+?)~~", r"<i>\1</i>", s, flags=re.S)
    s = re.sub(r"\^\^(.+?)\^\^", r"<super>\1</super>", s)
    s = re.sub(r"\[\[(#[0-9A-Fa-f]{6})\|(.+?)\]\]", r'<font color="\1">\2</font>', s, flags=re.S)
    return s.replace("\n", "<br/>")


def P(lab: Lab, text: str, style="body", **kw) -> Paragraph:
    st = lab.st[style] if not kw else lab.style(style, **kw)
    return Paragraph(md(text), st)


def _cell(lab, c, style):
    if c is None:
        return ""
    if isinstance(c, (Flowable, list)):
        return c
    return Paragraph(md(str(c)), lab.st[style] if isinstance(style, str) else style)


def table(lab, header, rows, widths, *, repeat=1, grid="lines", zebra=True, head_bg=None,
          head_style="th", cell_style="td", pad=3, extra=(), valign="TOP", bold_first=False,
          line_colour=None, split=True):
    """A table whose cells wrap. grid: 'box' (full grid), 'lines' (rules between rows),
    'none' (no lines), 'outer' (box only)."""
    data = []
    if header:
        data.append([_cell(lab, h, head_style) for h in header])
    for r in rows:
        data.append([_cell(lab, c, ("tdb" if (bold_first and i == 0) else cell_style)) for i, c in enumerate(r)])
    total = sum(widths)
    widths = [w * lab.width / total for w in widths] if total <= 1.01 else widths
    t = Table(data, colWidths=widths, repeatRows=(repeat if header else 0), splitByRow=1)
    lc = line_colour or colors.HexColor("#9a9a9a")
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg if head_bg is not None else lab.head_bg))
    if grid == "box":
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, lc)]
    elif grid == "lines":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, lc)]
    elif grid == "outer":
        cmds += [("BOX", (0, 0), (-1, -1), 0.8, lc)]
    if zebra:
        start = 1 if header else 0
        for i in range(start, len(data)):
            if (i - start) % 2 == 1:
                cmds.append(("BACKGROUND", (0, i), (-1, i), lab.light))
    cmds += list(extra)
    t.setStyle(TableStyle(cmds))
    return t


def kv(lab, pairs, widths, *, cols=1, key_style="tdb", val_style="td", grid="none", pad=2, extra=(), key_colour=None):
    """Field: value pairs laid out in `cols` groups across the width."""
    rows = []
    per = (len(pairs) + cols - 1) // cols
    for i in range(per):
        row = []
        for c in range(cols):
            j = c * per + i
            if j < len(pairs):
                k, v = pairs[j]
                ks = lab.style(key_style, textColor=key_colour) if key_colour else lab.st[key_style]
                row += [Paragraph(md(k), ks), _cell(lab, v, val_style)]
            else:
                row += ["", ""]
        rows.append(row)
    total = sum(widths)
    widths = [w * lab.width / total for w in widths] if total <= 1.01 else widths
    t = Table(rows, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.7, lab.colour))
    elif grid == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")))
    cmds += list(extra)
    t.setStyle(TableStyle(cmds))
    return t


def boxes(lab, items, widths=None, *, gap=8, border=None, fill=None, title_fill=None, pad=5, round_=False, valign="TOP"):
    """Side-by-side boxes. items: list of lists of flowables (or strings)."""
    n = len(items)
    total = lab.width if widths is None else sum(widths)
    if widths is None:
        widths = [(lab.width - gap * (n - 1)) / n] * n
    row, cw = [], []
    for i, it in enumerate(items):
        it = [P(lab, x) if isinstance(x, str) else x for x in it]
        row.append(it)
        cw.append(widths[i])
        if i < n - 1:
            row.append("")
            cw.append(gap)
    t = Table([row], colWidths=cw)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    for i in range(0, len(row), 2):
        cmds.append(("BOX", (i, 0), (i, 0), 0.9, border or lab.colour))
        if fill is not None:
            cmds.append(("BACKGROUND", (i, 0), (i, 0), fill))
    t.setStyle(TableStyle(cmds))
    return t


def band(lab, flowables, *, fill=None, border=None, pad=7, width=None):
    """A full-width shaded band holding flowables."""
    fl = [P(lab, x) if isinstance(x, str) else x for x in flowables]
    t = Table([[fl]], colWidths=[width or lab.width])
    cmds = [("BACKGROUND", (0, 0), (-1, -1), fill if fill is not None else lab.light),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if border is not None:
        cmds.append(("BOX", (0, 0), (-1, -1), 1, border))
    t.setStyle(TableStyle(cmds))
    return t


def gene_grid(lab, genes, ncols, *, width=None, style="td", italic=True, grid=False, order="col"):
    """A long gene list laid out in columns (filled column by column)."""
    genes = list(genes)
    nrows = (len(genes) + ncols - 1) // ncols
    rows = [["" for _ in range(ncols)] for _ in range(nrows)]
    for i, g in enumerate(genes):
        r, c = (i % nrows, i // nrows) if order == "col" else (i // ncols, i % ncols)
        rows[r][c] = Paragraph(md(f"~~{g}~~" if italic else g), lab.st[style])
    w = (width or lab.width) / ncols
    t = Table(rows, colWidths=[w] * ncols)
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if grid:
        cmds.append(("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")))
        cmds.append(("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")))
    t.setStyle(TableStyle(cmds))
    return t


def rule(lab, colour=None, width=0.8, space=4):
    t = Table([[""]], colWidths=[lab.width], rowHeights=[space])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), width, colour or lab.colour)]))
    return t


# ---------------------------------------------------------------------------
# drawn scales

def hgauge(lab, width, value, lo, hi, *, cut=None, label="", unit="", bands=None, text=None,
           font=None, height=30, tick_step=None, marker_colour=colors.black, show_ticks=True):
    """A horizontal scale with coloured bands and a triangle marking the value.
    `text` is printed to the right of the bar (e.g. '14 Muts/Mb')."""
    font = font or lab.font
    d = Drawing(width, height)
    text_w = 70 if text else 0
    bw = width - text_w - 6
    y = height - 14
    bands = bands or [(lo, hi, lab.light)]

    def xpos(v):
        v = max(lo, min(hi, v))
        return (v - lo) / (hi - lo) * bw

    for a, b, col in bands:
        d.add(Rect(xpos(a), y, xpos(b) - xpos(a), 7, fillColor=col, strokeColor=None))
    d.add(Rect(0, y, bw, 7, fillColor=None, strokeColor=colors.HexColor("#666666"), strokeWidth=0.5))
    if cut is not None:
        d.add(Line(xpos(cut), y - 3, xpos(cut), y + 10, strokeColor=colors.HexColor("#333333"), strokeWidth=0.8, strokeDashArray=[2, 1]))
    x = xpos(value)
    d.add(Polygon([x, y + 8, x - 4, y + 14, x + 4, y + 14], fillColor=marker_colour, strokeColor=None))
    if show_ticks:
        step = tick_step or (hi - lo) / 4
        v = lo
        while v <= hi + 1e-9:
            d.add(String(xpos(v), y - 9, f"{v:g}", fontName=font, fontSize=6, textAnchor="middle"))
            v += step
    if text:
        d.add(String(bw + 8, y, text, fontName=lab.bold, fontSize=8))
    if label:
        d.add(String(0, height - 4, label, fontName=font, fontSize=6.5))
    return d


def dial(lab, size, value, lo, hi, *, bands, needle=colors.black, caption=None, font=None):
    """A semicircular dial drawn with wedges and a needle line."""
    import math
    font = font or lab.font
    d = Drawing(size, size * 0.62)
    cx, cy, r = size / 2, 6, size / 2 - 4
    for a, b, col in bands:
        a1 = 180 - (a - lo) / (hi - lo) * 180
        a2 = 180 - (b - lo) / (hi - lo) * 180
        d.add(Wedge(cx, cy, r, a2, a1, radius1=r * 0.62, fillColor=col, strokeColor=colors.white, strokeWidth=0.5))
    v = max(lo, min(hi, value))
    ang = math.radians(180 - (v - lo) / (hi - lo) * 180)
    d.add(Line(cx, cy, cx + (r - 2) * math.cos(ang), cy + (r - 2) * math.sin(ang), strokeColor=needle, strokeWidth=1.6))
    d.add(Circle(cx, cy, 3, fillColor=needle, strokeColor=None))
    d.add(String(4, 0, f"{lo:g}", fontName=font, fontSize=6))
    d.add(String(size - 4, 0, f"{hi:g}", fontName=font, fontSize=6, textAnchor="end"))
    if caption:
        d.add(String(cx, size * 0.62 - 8, caption, fontName=font, fontSize=6.5, textAnchor="middle"))
    return d


def segments(lab, width, n, filled, *, colours=None, labels=None, height=24, font=None):
    """A row of n blocks of which the first `filled` are coloured (a stepped scale)."""
    font = font or lab.font
    d = Drawing(width, height)
    w = width / n
    for i in range(n):
        col = (colours[i] if colours else lab.colour) if i < filled else colors.HexColor("#e4e4e4")
        d.add(Rect(i * w + 1, 10, w - 2, 10, fillColor=col, strokeColor=None))
        if labels:
            d.add(String(i * w + w / 2, 1, labels[i], fontName=font, fontSize=5.8, textAnchor="middle"))
    return d


def vaf_bars(lab, width, items, *, maxv=None, font=None, bar_colour=None, unit="%"):
    """Horizontal bars, one per (name, value); a value label at each bar's end."""
    font = font or lab.font
    h = 13 * len(items) + 6
    d = Drawing(width, h)
    maxv = maxv or max(v for _, v in items) * 1.15
    left = 92
    bw = width - left - 40
    for i, (name, v) in enumerate(items):
        y = h - 13 * (i + 1)
        d.add(String(0, y + 2, name, fontName=font, fontSize=6.8))
        d.add(Rect(left, y, bw, 8, fillColor=colors.HexColor("#f0f0f0"), strokeColor=None))
        d.add(Rect(left, y, max(1.2, bw * v / maxv), 8, fillColor=bar_colour or lab.colour, strokeColor=None))
        d.add(String(left + bw * v / maxv + 4, y + 1.5, f"{v:g}{unit}", fontName=font, fontSize=6.5))
    return d


# ---------------------------------------------------------------------------
# document assembly

def two_col():
    return [NextPageTemplate("two"), PageBreak()]


def one_col():
    return [NextPageTemplate("later"), PageBreak()]


def _canvas_maker(lab, meta):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if lab.footer:
                    lab.footer(self, lab, meta, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def build_pdf(path, lab: Lab, meta: dict, story):
    W, H = lab.pagesize
    doc = BaseDocTemplate(str(path), pagesize=lab.pagesize, leftMargin=lab.left, rightMargin=lab.right,
                          topMargin=lab.top, bottomMargin=lab.bottom, title=meta.get("doc_title", lab.name + " report"),
                          author=lab.name, subject="Genomic profiling report", creator=lab.name, pageCompression=1)
    fh_first = H - lab.first_top - lab.bottom
    fh_later = H - lab.later_top - lab.bottom
    first = Frame(lab.left, lab.bottom, lab.width, fh_first, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(lab.left, lab.bottom, lab.width, fh_later, id="l1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    cw = (lab.width - lab.gutter) / 2
    c1 = Frame(lab.left, lab.bottom, cw, fh_later, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c2 = Frame(lab.left + cw + lab.gutter, lab.bottom, cw, fh_later, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(c, d):
        c.saveState()
        lab.letterhead(c, lab, meta)
        c.restoreState()

    def on_later(c, d):
        c.saveState()
        lab.running(c, lab, meta, d.page)
        c.restoreState()

    def on_two(c, d):
        on_later(c, d)
        c.saveState()
        c.setStrokeColor(colors.HexColor("#c8c8c8"))
        c.setLineWidth(0.4)
        x = lab.left + cw + lab.gutter / 2
        c.line(x, lab.bottom, x, lab.bottom + fh_later - 6)
        c.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=on_later),
        PageTemplate(id="two", frames=[c1, c2], onPage=on_two),
    ])
    lab.col_width = cw
    doc.build(story, canvasmaker=_canvas_maker(lab, meta))
