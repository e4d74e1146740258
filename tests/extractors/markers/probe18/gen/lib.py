"""Small layout kit for the probe-18 laboratory reports (reportlab platypus)."""
from __future__ import annotations

import re

from reportlab import rl_config

rl_config.invariant = 1  # byte-identical rebuilds

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_TTF = {
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuCond": "DejaVuSansCondensed.ttf", "DejaVuCond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "DejaVuSansMono.ttf", "DejaVuMono-Bold": "DejaVuSansMono-Bold.ttf",
}
for _name, _file in _TTF.items():
    pdfmetrics.registerFont(TTFont(_name, DEJAVU + _file))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
        "DejaVuCond": "DejaVuCond-Bold", "DejaVuMono": "DejaVuMono-Bold"}


def esc(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


class Lab:
    def __init__(self, key, name, lines, font="Helvetica", size=9, color="#1f4e79",
                 pagesize=letter, style="band", footer="Page {p} of {n}", running="",
                 two_col=False, margin=50):
        self.key, self.name, self.lines = key, name, lines
        self.font, self.bold, self.size = font, BOLD[font], size
        self.color = colors.HexColor(color)
        self.pagesize, self.style, self.footer = pagesize, style, footer
        self.running, self.two_col, self.margin = running, two_col, margin
        self.top = 110 if style in ("band", "box", "sidebar") else 95

    # ---------------------------------------------------------------- styles
    def ps(self, size=None, bold=False, lead=None, color=None, align=0, indent=0):
        size = size or self.size
        return ParagraphStyle("x", fontName=self.bold if bold else self.font, fontSize=size,
                              leading=lead or size * 1.25, textColor=color or colors.black,
                              alignment=align, leftIndent=indent)

    # ---------------------------------------------------------------- page decor
    def decor(self, c, page, total, meta):
        W, H = self.pagesize
        m = self.margin
        c.saveState()
        st = self.style
        if st == "band":
            c.setFillColor(self.color)
            c.rect(0, H - 62, W, 62, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.bold, 16)
            c.drawString(m, H - 32, self.name)
            c.setFont(self.font, 7.5)
            for i, line in enumerate(self.lines):
                c.drawRightString(W - m, H - 20 - 9 * i, line)
            c.setFillColor(colors.black)
            c.setFont(self.font, 7.5)
            c.drawString(m, H - 76, meta["running"])
        elif st == "rule":
            c.setFont(self.bold, 14)
            c.setFillColor(self.color)
            c.drawCentredString(W / 2, H - 40, self.name)
            c.setFillColor(colors.black)
            c.setFont(self.font, 7.5)
            c.drawCentredString(W / 2, H - 52, "  |  ".join(self.lines))
            c.setStrokeColor(self.color)
            c.setLineWidth(1.5)
            c.line(m, H - 58, W - m, H - 58)
            c.setLineWidth(0.5)
            c.line(m, H - 61, W - m, H - 61)
            c.setFont(self.font, 7)
            c.drawString(m, H - 72, meta["running"])
        elif st == "box":
            c.setStrokeColor(self.color)
            c.setLineWidth(1)
            c.rect(m, H - 78, W - 2 * m, 50, stroke=1, fill=0)
            c.setFillColor(self.color)
            c.rect(m, H - 78, 8, 50, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(self.bold, 13)
            c.drawString(m + 16, H - 46, self.name)
            c.setFont(self.font, 7)
            c.drawString(m + 16, H - 58, self.lines[0])
            if len(self.lines) > 1:
                c.drawString(m + 16, H - 68, self.lines[1])
            c.setFont(self.font, 7)
            c.drawRightString(W - m - 6, H - 46, meta["running"])
        elif st == "sidebar":
            c.setFillColor(self.color)
            c.rect(0, 0, 22, H, stroke=0, fill=1)
            c.setFont(self.bold, 15)
            c.drawString(m, H - 40, self.name)
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont(self.font, 7)
            for i, line in enumerate(self.lines):
                c.drawString(m, H - 52 - 8 * i, line)
            c.setFillColor(colors.black)
            c.drawRightString(W - m, H - 40, meta["running"])
        elif st in ("plain", "mono"):
            c.setFont(self.bold, 11)
            c.drawString(m, H - 36, self.name.upper() if st == "mono" else self.name)
            c.setFont(self.font, 7.5)
            for i, line in enumerate(self.lines):
                c.drawString(m, H - 47 - 9 * i, line)
            c.drawRightString(W - m, H - 36, meta["running"])
            if st == "mono":
                c.drawString(m, H - 50 - 9 * len(self.lines), "=" * 86)
        # footer
        c.setFont(self.font, 7)
        c.setFillColor(colors.HexColor("#444444"))
        foot = self.footer.format(p=page, n=total, acc=meta["acc"])
        if st in ("rule", "plain"):
            c.drawCentredString(W / 2, 28, foot)
        else:
            c.drawRightString(W - m, 28, foot)
        c.drawString(m, 28, meta.get("footleft", "CONFIDENTIAL - for the ordering clinician"))
        c.restoreState()

    # ---------------------------------------------------------------- build
    def build(self, path, story, meta):
        lab = self

        class Numbered(canvas.Canvas):
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
                    lab.decor(self, self._pageNumber, total, meta)
                    canvas.Canvas.showPage(self)
                canvas.Canvas.save(self)

        W, H = self.pagesize
        m = self.margin
        fh = H - self.top - 45
        one = Frame(m, 45, W - 2 * m, fh, id="one", leftPadding=0, rightPadding=0)
        gap = 16
        cw = (W - 2 * m - gap) / 2
        left = Frame(m, 45, cw, fh, id="l", leftPadding=0, rightPadding=0)
        right = Frame(m + cw + gap, 45, cw, fh, id="r", leftPadding=0, rightPadding=0)
        doc = BaseDocTemplate(str(path), pagesize=self.pagesize, title=meta["title"],
                              author=self.name, subject="laboratory report", creator=self.name,
                              leftMargin=m, rightMargin=m, topMargin=self.top, bottomMargin=45)
        tmpl = [PageTemplate("one", [one]), PageTemplate("two", [left, right])]
        if self.two_col:
            tmpl.reverse()
        doc.addPageTemplates(tmpl)
        doc.build(story, canvasmaker=Numbered)

    # ---------------------------------------------------------------- flowables
    def h1(self, text, size=None):
        return [Spacer(1, 4), Paragraph(esc(text), self.ps(size or self.size + 4, True, color=self.color)), Spacer(1, 4)]

    def h2(self, text):
        return [Spacer(1, 3), Paragraph(esc(text), self.ps(self.size + 1.5, True)), Spacer(1, 2)]

    def p(self, text, size=None, bold=False, indent=0, color=None):
        return [Paragraph(esc(text), self.ps(size, bold, indent=indent, color=color)), Spacer(1, 3)]

    def small(self, text):
        return self.p(text, size=max(6, self.size - 2.5), color=colors.HexColor("#333333"))

    def band(self, text, color=None):
        t = Table([[Paragraph(esc(text), self.ps(self.size + 1, True, color=colors.white))]],
                  colWidths=["100%"])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), color or self.color),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
        return [Spacer(1, 5), t, Spacer(1, 4)]

    def kv(self, pairs, cols=2, box=False, keyw=None):
        cells, row = [], []
        for k, v in pairs:
            row += [Paragraph(esc(k), self.ps(self.size - 0.5, True)), Paragraph(esc(v), self.ps(self.size - 0.5))]
            if len(row) == 2 * cols:
                cells.append(row)
                row = []
        if row:
            row += [""] * (2 * cols - len(row))
            cells.append(row)
        if cols == 1:
            widths = [keyw or 150, None]
        else:
            widths = [None] * (2 * cols)
        t = Table(cells, colWidths=widths if cols == 1 else None, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        if box:
            style += [("BOX", (0, 0), (-1, -1), 0.8, self.color),
                      ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]
        t.setStyle(TableStyle(style))
        return [t, Spacer(1, 5)]

    def table(self, header, rows, widths=None, grid=True, size=None, zebra=False, head_bg=None):
        size = size or self.size - 1
        data = [[Paragraph(esc(h), self.ps(size, True, color=colors.white if head_bg is not False else None)) for h in header]]
        for r in rows:
            data.append([Paragraph(esc(str(x)), self.ps(size)) for x in r])
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), size)]
        if head_bg is not False:
            style.append(("BACKGROUND", (0, 0), (-1, 0), head_bg or self.color))
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        else:
            style += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                      ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
        if zebra:
            for i in range(2, len(data), 2):
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef3f8")))
        t.setStyle(TableStyle(style))
        return [t, Spacer(1, 6)]

    def box(self, lines, color=None, bg="#fbf7e9"):
        paras = [Paragraph(esc(x), self.ps(self.size, x.startswith("**") and x.endswith("**"))) for x in lines]
        t = Table([[p] for p in paras], colWidths=["100%"])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, color or self.color),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        return [Spacer(1, 4), t, Spacer(1, 6)]

    def ticks(self, label, options, checked, mark="[X]", empty="[ ]"):
        parts = [f"{mark if o in checked else empty} {o}" for o in options]
        return [Paragraph(esc(label) + "&nbsp;&nbsp; " + "&nbsp;&nbsp;&nbsp; ".join(esc(x) for x in parts),
                          self.ps(self.size)), Spacer(1, 3)]

    def pb(self):
        return [PageBreak()]

    def sp(self, h=6):
        return [Spacer(1, h)]

    def colbreak(self):
        return [FrameBreak()]

    def two(self):
        return [NextPageTemplate("two"), PageBreak()]

    def one(self):
        return [NextPageTemplate("one"), PageBreak()]


def L(marker, aspect, status, ev, **fields):
    lab = {"marker": marker, "aspect": aspect, "status": status}
    lab.update(fields)
    return lab, list(ev)
