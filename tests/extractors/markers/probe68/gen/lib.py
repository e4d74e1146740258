"""Small layout kit shared by the probe68 house styles (reportlab platypus).

Every string that reaches the PDF goes through `rec()` so that build.py can check that each
glyph exists in the font family it is set in (standard fonts: WinAnsi only; Vera: its cmap).
"""
from __future__ import annotations

import io
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

import reportlab  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402,F401
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import BalancedColumns  # noqa: E402

_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
                     ("VeraBI", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FONT_DIR, _file)))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="VeraBd", italic="VeraIt",
                              boldItalic="VeraBI")

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "Vera": ("Vera", "VeraBd", "VeraIt"),
}

USED: list[tuple[str, str, str]] = []  # (report id, family, text)
CURRENT = {"rid": "?"}


def rec(family: str, text: str) -> str:
    USED.append((CURRENT["rid"], family, text))
    return text


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mark(text: str) -> str:
    """Escape, then turn **bold** and __italic__ into paragraph markup."""
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"__(.+?)__", r"<i>\1</i>", out)
    return out


def plain(text: str) -> str:
    return text.replace("**", "").replace("__", "")


class Meta(dict):
    __getattr__ = dict.get


# ----------------------------------------------------------------------------------------------
# flowables


class CheckLine(Flowable):
    """A label followed by check boxes; the chosen box holds an X drawn as text."""

    def __init__(self, house, label, options, chosen, label_w, size=None, gap=16):
        super().__init__()
        self.h, self.label, self.options, self.chosen = house, label, options, chosen
        self.label_w, self.size, self.gap = label_w, size or house.size, gap
        fam = house.family
        rec(fam, label)
        for o in options:
            rec(fam, o)

    def wrap(self, aw, ah):
        fn, fb, _ = FAMILIES[self.h.family]
        x = self.label_w
        for o in self.options:
            x += 12 + pdfmetrics.stringWidth(o, fn, self.size) + self.gap
        if pdfmetrics.stringWidth(self.label, fb, self.size) > self.label_w - 4:
            raise ValueError(f"check label too wide: {self.label!r}")
        if x - self.gap > aw:
            raise ValueError(f"check line too wide ({x:.0f} > {aw:.0f}): {self.label!r}")
        self.width, self.height = aw, self.size * 1.55
        return self.width, self.height

    def draw(self):
        c = self.canv
        fn, fb, _ = FAMILIES[self.h.family]
        y = self.size * 0.35
        c.setFont(fb, self.size)
        c.drawString(0, y, self.label)
        x = self.label_w
        box = self.size * 0.8
        for i, o in enumerate(self.options):
            c.setLineWidth(0.6)
            c.rect(x, y - 0.5, box, box, stroke=1, fill=0)
            if i in self.chosen:
                c.setFont(fb, self.size * 0.8)
                c.drawCentredString(x + box / 2, y + 0.6, "X")
            c.setFont(fn, self.size)
            c.drawString(x + box + 5, y, o)
            x += box + 5 + pdfmetrics.stringWidth(o, fn, self.size) + self.gap


class Mono(Flowable):
    """Lines of monospaced text (an LIS printout); refuses lines wider than the frame."""

    def __init__(self, house, lines, size=None, leading=None, bold=False):
        super().__init__()
        self.h = house
        self.lines = lines
        self.size = size or house.size
        self.leading = leading or self.size * 1.22
        self.font = "Courier-Bold" if bold else "Courier"
        for ln in lines:
            rec("Courier", ln)

    def wrap(self, aw, ah):
        for ln in self.lines:
            if pdfmetrics.stringWidth(ln, self.font, self.size) > aw:
                raise ValueError(f"mono line overflows ({len(ln)} chars): {ln!r}")
        self.width, self.height = aw, self.leading * len(self.lines)
        return self.width, self.height

    def split(self, aw, ah):
        n = int(ah // self.leading)
        if n <= 0 or n >= len(self.lines):
            return []
        return [Mono(self.h, self.lines[:n], self.size, self.leading, self.font.endswith("Bold")),
                Mono(self.h, self.lines[n:], self.size, self.leading, self.font.endswith("Bold"))]

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        y = self.height - self.size
        for ln in self.lines:
            c.drawString(0, y, ln)
            y -= self.leading


class Bar(Flowable):
    """A small horizontal bar (allele fraction, score on a scale)."""

    def __init__(self, frac, width, height=5, color=colors.HexColor("#5b3f8c"), mark_at=None):
        super().__init__()
        self.frac, self.width, self.height, self.color, self.mark_at = frac, width, height, color, mark_at

    def wrap(self, aw, ah):
        return min(self.width, aw), self.height + 2

    def draw(self):
        c = self.canv
        w = min(self.width, self._frame_w if hasattr(self, "_frame_w") else self.width)
        c.setFillColor(colors.HexColor("#e6e6e6"))
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.rect(0, 1, w, self.height, stroke=1, fill=1)
        c.setFillColor(self.color)
        c.rect(0, 1, max(0.8, w * min(self.frac, 1.0)), self.height, stroke=0, fill=1)
        if self.mark_at is not None:
            c.setStrokeColor(colors.black)
            c.setLineWidth(1)
            c.line(w * self.mark_at, -1, w * self.mark_at, self.height + 3)


class Rule(Flowable):
    def __init__(self, color=colors.black, thickness=0.6, space=3):
        super().__init__()
        self.color, self.thickness, self.space = color, thickness, space

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


# ----------------------------------------------------------------------------------------------
# house style base


class House:
    key = "base"
    name = "Laboratory"
    family = "Helvetica"
    size = 9.0
    leading = 11.5
    pagesize = letter
    margins = (54, 54)           # left, right
    top_first, top_later, bottom = 110, 80, 60
    accent = colors.HexColor("#1f3a5f")
    light = colors.HexColor("#e8eef5")
    columns = 1                  # body frames per page
    gutter = 16
    table_mode = "grid"          # grid | lines | band | plain

    def __init__(self):
        fn, fb, fi = FAMILIES[self.family]
        s, ld = self.size, self.leading
        self.fn, self.fb, self.fi = fn, fb, fi
        self.st = {
            "body": ParagraphStyle("body", fontName=fn, fontSize=s, leading=ld, spaceAfter=3),
            "small": ParagraphStyle("small", fontName=fn, fontSize=s - 1.5, leading=ld - 2,
                                    spaceAfter=2),
            "tiny": ParagraphStyle("tiny", fontName=fn, fontSize=s - 2.2, leading=ld - 3,
                                   spaceAfter=1.5),
            "cell": ParagraphStyle("cell", fontName=fn, fontSize=s - 0.5, leading=ld - 1),
            "cellb": ParagraphStyle("cellb", fontName=fb, fontSize=s - 0.5, leading=ld - 1),
            "h1": ParagraphStyle("h1", fontName=fb, fontSize=s + 4, leading=ld + 5,
                                 spaceBefore=4, spaceAfter=5, textColor=self.accent),
            "h2": ParagraphStyle("h2", fontName=fb, fontSize=s + 1.5, leading=ld + 2,
                                 spaceBefore=7, spaceAfter=3, textColor=self.accent),
            "h3": ParagraphStyle("h3", fontName=fb, fontSize=s, leading=ld, spaceBefore=4,
                                 spaceAfter=2),
            "center": ParagraphStyle("center", fontName=fn, fontSize=s, leading=ld,
                                     alignment=TA_CENTER),
            "right": ParagraphStyle("right", fontName=fn, fontSize=s, leading=ld,
                                    alignment=TA_RIGHT),
        }
        self.customise()

    def customise(self):
        pass

    # geometry --------------------------------------------------------------------------------
    @property
    def body_width(self):
        w = self.pagesize[0] - self.margins[0] - self.margins[1]
        if self.columns == 2:
            return (w - self.gutter) / 2
        return w

    @property
    def full_width(self):
        return self.pagesize[0] - self.margins[0] - self.margins[1]

    def frames(self, top, cols):
        W, H = self.pagesize
        x0 = self.margins[0]
        w = W - self.margins[0] - self.margins[1]
        h = H - top - self.bottom
        if cols == 1:
            return [Frame(x0, self.bottom, w, h, leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0, id=f"main{top}")]
        cw = (w - self.gutter) / 2
        return [Frame(x0 + i * (cw + self.gutter), self.bottom, cw, h, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{i}_{top}")
                for i in range(2)]

    # page furniture --------------------------------------------------------------------------
    def text(self, c, font, size, x, y, s, align="left", color=colors.black):
        fam = next(k for k, v in FAMILIES.items() if font in v)
        rec(fam, s)
        w = pdfmetrics.stringWidth(s, font, size)
        W = self.pagesize[0]
        left = {"left": x, "right": x - w, "center": x - w / 2}[align]
        if left < 14 or left + w > W - 14:
            raise ValueError(f"page text off the page: {s!r}")
        c.setFont(font, size)
        c.setFillColor(color)
        c.drawString(left, y, s)
        c.setFillColor(colors.black)
        return w

    def furniture(self, c, doc, meta, page, total, first):
        raise NotImplementedError

    # rendering -------------------------------------------------------------------------------
    def render(self, report, total):
        buf = io.BytesIO()
        W, H = self.pagesize
        doc = BaseDocTemplate(buf, pagesize=self.pagesize, leftMargin=self.margins[0],
                              rightMargin=self.margins[1], topMargin=self.top_later,
                              bottomMargin=self.bottom, title=report.title,
                              author=self.name, subject=f"Report {report.rid}",
                              creator=f"{self.name} reporting system")
        meta = report.meta

        def on(first):
            def _f(c, d):
                c.saveState()
                self.furniture(c, d, meta, c.getPageNumber(), total, first)
                c.restoreState()
            return _f

        tpl = [PageTemplate(id="First", frames=self.frames(self.top_first, self.columns),
                            onPage=on(True), autoNextPageTemplate="Later"),
               PageTemplate(id="Later", frames=self.frames(self.top_later, self.columns),
                            onPage=on(False)),
               PageTemplate(id="Wide", frames=self.frames(self.top_later, 1), onPage=on(False)),
               PageTemplate(id="Cols", frames=self.frames(self.top_later, 2), onPage=on(False))]
        doc.addPageTemplates(tpl)
        doc.build(report.story)
        return buf.getvalue(), doc.page


# ----------------------------------------------------------------------------------------------
# report builder


AA3 = {"A": "Ala", "R": "Arg", "N": "Asn", "D": "Asp", "C": "Cys", "Q": "Gln", "E": "Glu",
       "G": "Gly", "H": "His", "I": "Ile", "L": "Leu", "K": "Lys", "M": "Met", "F": "Phe",
       "P": "Pro", "S": "Ser", "T": "Thr", "W": "Trp", "Y": "Tyr", "V": "Val"}


def three_letter(alt: str) -> str:
    out = re.sub(r"(?<![A-Za-z])([A-Z])(?=\d)", lambda m: AA3.get(m.group(1), m.group(1)), alt)
    out = re.sub(r"(?<=\d)([A-Z])(?=fs|[^a-z]|$)", lambda m: AA3.get(m.group(1), m.group(1)), out)
    return out


FIELD_ORDER = ("marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration",
               "value", "optional")


class Report:
    def __init__(self, house: House, rid: str, meta: dict, title: str):
        self.h, self.rid, self.meta, self.title = house, rid, Meta(meta), title
        self.story: list = []
        self.labels: list[dict] = []
        CURRENT["rid"] = rid

    # labels ------------------------------------------------------------------------------------
    def lab(self, marker, aspect, status, ev, **kw):
        item = {"marker": marker, "aspect": aspect, "status": status}
        item.update(kw)
        item = {k: item[k] for k in FIELD_ORDER if k in item}
        self.labels.append({"label": item, "ev": [ev] if isinstance(ev, str) else list(ev)})

    # flowables -----------------------------------------------------------------------------------
    def add(self, *fl):
        self.story.extend(fl)

    def para(self, text, style="body", **over):
        rec(self.h.family, plain(text))
        st = self.h.st[style]
        if over:
            st = ParagraphStyle(f"{style}x", parent=st, **over)
        return Paragraph(mark(text), st)

    def p(self, text, style="body", **over):
        self.story.append(self.para(text, style, **over))

    def ps(self, texts, style="body"):
        for t in texts:
            self.p(t, style)

    def head(self, text, level=1):
        fl = self.h.heading(self, text, level)
        for f in fl:
            f.keepWithNext = True
        self.story.extend(fl)

    def space(self, h=6):
        self.story.append(Spacer(1, h))

    def rule(self, **kw):
        self.story.append(Rule(**kw))

    def pagebreak(self):
        self.story.append(PageBreak())

    def cond(self, h):
        self.story.append(CondPageBreak(h))

    def cell(self, x, style="cell", **over):
        if isinstance(x, Flowable) or isinstance(x, list):
            return x
        return self.para(str(x), style, **over)

    def table(self, rows, widths, header=1, mode=None, size=None, bold_first_col=False,
              avail=None, extra=None, zebra=False, pad=3, repeat=True, valign="TOP"):
        """rows: lists of strings (or flowables). widths: fractions of the available width."""
        avail = avail or self.h.body_width
        cw = [w * avail for w in widths]
        if abs(sum(widths) - 1.0) > 0.011:
            raise ValueError(f"table widths sum to {sum(widths)}")
        over = {}
        if size:
            over = {"fontSize": size, "leading": size * 1.22}
        data = []
        for r, row in enumerate(rows):
            if len(row) != len(cw):
                raise ValueError(f"row has {len(row)} cells, expected {len(cw)}: {row}")
            out = []
            for i, x in enumerate(row):
                style = "cellb" if (r < header or (bold_first_col and i == 0)) else "cell"
                o2 = dict(over)
                if r < header and (mode or self.h.table_mode) == "band":
                    o2["textColor"] = colors.white
                cel = self.cell(x, style, **o2)
                if isinstance(cel, Paragraph) and cel.minWidth() > cw[i] - 2 * pad + 0.01:
                    raise ValueError(f"cell word too wide for column: {x!r}")
                out.append(cel)
            data.append(out)
        t = Table(data, colWidths=cw, repeatRows=header if repeat else 0, hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        cmds += self.h.table_cmds(mode or self.h.table_mode, header, len(data))
        if zebra:
            for r in range(header, len(data)):
                if (r - header) % 2 == 1:
                    cmds.append(("BACKGROUND", (0, r), (-1, r), self.h.light))
        if extra:
            cmds += extra
        t.setStyle(TableStyle(cmds))
        return t

    def tab(self, *a, **kw):
        self.story.append(self.table(*a, **kw))

    def kv(self, pairs, ncols=2, keyfrac=0.4, avail=None, mode="plain", size=None, keystyle="cellb"):
        """Key: value pairs laid out in ncols pairs of columns."""
        avail = avail or self.h.body_width
        per = 1.0 / ncols
        widths = []
        for _ in range(ncols):
            widths += [per * keyfrac, per * (1 - keyfrac)]
        rows = []
        for i in range(0, len(pairs), ncols):
            chunk = list(pairs[i:i + ncols])
            chunk += [("", "")] * (ncols - len(chunk))
            row = []
            for k, v in chunk:
                row += [self.para(k, keystyle, **({"fontSize": size, "leading": size * 1.22} if size else {})),
                        self.para(v, "cell", **({"fontSize": size, "leading": size * 1.22} if size else {}))]
            rows.append(row)
        return self.table(rows, widths, header=0, mode=mode, avail=avail, pad=2)

    def kvs(self, *a, **kw):
        self.story.append(self.kv(*a, **kw))

    def boxes(self, items, avail=None, colors_=None, title_size=None, big_size=None, heights=None):
        """items: (title, big, small) tuples drawn as a row of framed boxes."""
        avail = avail or self.h.body_width
        n = len(items)
        cw = avail / n
        h = self.h
        ts = title_size or h.size - 1
        bs = big_size or h.size + 3
        row = []
        for title, big, small in items:
            cell = [self.para(title, "cellb", fontSize=ts, leading=ts * 1.2, alignment=TA_CENTER,
                              textColor=h.accent),
                    self.para(big, "cellb", fontSize=bs, leading=bs * 1.2, alignment=TA_CENTER)]
            if small:
                cell.append(self.para(small, "cell", fontSize=h.size - 1.8,
                                      leading=(h.size - 1.8) * 1.2, alignment=TA_CENTER))
            row.append(cell)
        t = Table([row], colWidths=[cw] * n, hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
        for i in range(n):
            cmds += [("BOX", (i, 0), (i, 0), 0.8, h.accent),
                     ("BACKGROUND", (i, 0), (i, 0), (colors_ or {}).get(i, h.light))]
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def check(self, label, options, chosen, label_w=None, gap=16, size=None):
        lw = label_w if label_w is not None else self.h.body_width * 0.36
        self.story.append(CheckLine(self.h, label, options, chosen, lw, size=size, gap=gap))

    def mono(self, lines, size=None, bold=False, leading=None):
        if isinstance(lines, str):
            lines = lines.split("\n")
        self.story.append(Mono(self.h, lines, size=size, bold=bold, leading=leading))

    def columns(self, flowables, n=2, pad=8):
        self.story.append(BalancedColumns(flowables, nCols=n, innerPadding=pad, spaceBefore=2,
                                          spaceAfter=4))

    def keep(self, flowables):
        self.story.append(KeepTogether(flowables))

    def template(self, name, brk=True):
        self.story.append(NextPageTemplate(name))
        if brk:
            self.story.append(PageBreak())


def default_table_cmds(house, mode, header, n):
    a, light = house.accent, house.light
    cmds = []
    if mode == "grid":
        cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c8c8c"))]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), light)]
    elif mode == "lines":
        if header:
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                     ("LINEBELOW", (0, header - 1), (-1, header - 1), 0.6, colors.black)]
        cmds += [("LINEBELOW", (0, n - 1), (-1, n - 1), 0.9, colors.black)]
    elif mode == "band":
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), a),
                     ("TEXTCOLOR", (0, 0), (-1, header - 1), colors.white)]
        cmds += [("LINEBELOW", (0, header), (-1, -1), 0.3, colors.HexColor("#b0b0b0"))]
    elif mode == "box":
        cmds += [("BOX", (0, 0), (-1, -1), 0.7, a)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), light)]
    return cmds


House.table_cmds = default_table_cmds


def default_heading(house, rep, text, level):
    return [rep.para(text, {1: "h1", 2: "h2", 3: "h3"}[level])]


House.heading = default_heading
