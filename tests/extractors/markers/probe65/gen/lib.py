"""Small layout layer over reportlab.platypus for the probe65 laboratory PDFs.

Every piece of text goes through `glyph_check`, so a character that the chosen font cannot draw
(the standard fonts carry WinAnsi only; Vera is checked against its cmap) is recorded in
GLYPH_ERRORS and build.py fails.
"""
from __future__ import annotations

import html
import io
import re
from pathlib import Path

import reportlab
import reportlab.rl_config as rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402,F401
from reportlab.lib.pagesizes import A4, letter, landscape  # noqa: E402,F401
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Preformatted, Spacer, Table, TableStyle, FrameBreak,
)

_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
for _name, _file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
                     ("VeraBI", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, str(_FONT_DIR / _file)))
addMapping("Vera", 0, 0, "Vera")
addMapping("Vera", 1, 0, "VeraBd")
addMapping("Vera", 0, 1, "VeraIt")
addMapping("Vera", 1, 1, "VeraBI")

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "Vera": "VeraBd"}
ITALIC = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
          "Courier": "Courier-Oblique", "Vera": "VeraIt"}

GLYPH_ERRORS: list[str] = []
_CURRENT = {"id": "?"}


def glyph_check(font: str, text: str) -> None:
    if font.startswith("Vera"):
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        bad = {c for c in text if c not in "\n\t" and ord(c) not in cmap}
    else:
        bad = set()
        for c in text:
            try:
                c.encode("cp1252")
            except UnicodeEncodeError:
                bad.add(c)
    if bad:
        GLYPH_ERRORS.append(f"{_CURRENT['id']}: font {font} lacks {sorted(bad)!r} in {text[:60]!r}")


def markup(text: str, font: str) -> str:
    """Plain text with {b}..{/b}, {i}..{/i}, {br} markers -> Paragraph markup (escaped)."""
    glyph_check(font, re.sub(r"\{/?[bi]\}|\{br\}", "", text))
    out = html.escape(text, quote=False)
    return (out.replace("{b}", "<b>").replace("{/b}", "</b>").replace("{i}", "<i>")
            .replace("{/i}", "</i>").replace("{br}", "<br/>"))


def draw(c, font: str, size: float, x: float, y: float, text: str, align: str = "left") -> None:
    """canvas text with the glyph check (for headers and footers)."""
    glyph_check(font, text)
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, y, text)
    elif align == "center":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


class Lab:
    """A laboratory's house style."""

    def __init__(self, key, name, font, size, pagesize, margins, header, footer,
                 accent=colors.black, head_font=None, table_style="grid", leading=None,
                 head_color=None):
        self.key, self.name, self.font, self.size = key, name, font, size
        self.pagesize = pagesize
        self.margins = margins  # left, right, top, bottom
        self.header, self.footer = header, footer
        self.accent = accent
        self.head_font = head_font or BOLD[font]
        self.table_style = table_style
        self.leading = leading or size * 1.25
        self.head_color = head_color or accent


class Report:
    def __init__(self, rid: str, lab: Lab, patient: dict, title: str):
        self.rid, self.lab, self.patient, self.title = rid, lab, patient, title
        _CURRENT["id"] = rid
        self.story: list = []
        self.labels: list[dict] = []
        f, s = lab.font, lab.size
        self.st = {
            "p": ParagraphStyle("p", fontName=f, fontSize=s, leading=lab.leading, spaceAfter=3),
            "small": ParagraphStyle("small", fontName=f, fontSize=s - 1.5,
                                    leading=(s - 1.5) * 1.22, spaceAfter=2),
            "cell": ParagraphStyle("cell", fontName=f, fontSize=s - 0.5,
                                   leading=(s - 0.5) * 1.18),
            "cellb": ParagraphStyle("cellb", fontName=BOLD[f], fontSize=s - 0.5,
                                    leading=(s - 0.5) * 1.18),
            "h1": ParagraphStyle("h1", fontName=lab.head_font, fontSize=s + 4,
                                 leading=(s + 4) * 1.2, spaceBefore=4, spaceAfter=5,
                                 textColor=lab.head_color),
            "h2": ParagraphStyle("h2", fontName=lab.head_font, fontSize=s + 1.5,
                                 leading=(s + 1.5) * 1.25, spaceBefore=7, spaceAfter=3,
                                 textColor=lab.head_color),
            "h3": ParagraphStyle("h3", fontName=BOLD[f], fontSize=s, leading=s * 1.3,
                                 spaceBefore=4, spaceAfter=2),
            "pre": ParagraphStyle("pre", fontName="Courier", fontSize=s, leading=s * 1.2),
        }
        w, h = lab.pagesize
        self.fw = w - lab.margins[0] - lab.margins[1]  # portrait frame width
        self.land_width = landscape(lab.pagesize)[0] - lab.margins[0] - lab.margins[1]
        self.col_width = (self.fw - 18) / 2

    # ---- text -------------------------------------------------------------------------------
    def style(self, name, **kw):
        base = self.st[name]
        if not kw:
            return base
        return ParagraphStyle(name + "x", parent=base, **kw)

    def para(self, text, style="p", **kw):
        st = self.style(style, **kw)
        return Paragraph(markup(text, st.fontName), st)

    def P(self, text, style="p", **kw):
        self.story.append(self.para(text, style, **kw))

    def H1(self, text, **kw):
        self.P(text, "h1", **kw)

    def H2(self, text, **kw):
        self.P(text, "h2", **kw)

    def H3(self, text, **kw):
        self.P(text, "h3", **kw)

    def PRE(self, text, size=None):
        st = self.style("pre", fontSize=size or self.lab.size, leading=(size or self.lab.size) * 1.2)
        glyph_check("Courier", text)
        self.story.append(Preformatted(text.strip("\n"), st))

    def SP(self, h=6):
        self.story.append(Spacer(1, h))

    def BREAK(self):
        self.story.append(PageBreak())

    def COND(self, h):
        self.story.append(CondPageBreak(h))

    def TEMPLATE(self, name):
        self.story.append(NextPageTemplate(name))

    def RULE(self, color=None, width=0.6, space=3):
        t = Table([[""]], colWidths=[self.fw], rowHeights=[space])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), width, color or self.lab.accent)]))
        self.story.append(t)

    # ---- tables -----------------------------------------------------------------------------
    def cell(self, v, bold=False, size=None, align=None, color=None):
        if not isinstance(v, str):
            return v
        kw = {}
        if size:
            kw.update(fontSize=size, leading=size * 1.18)
        if align:
            kw["alignment"] = {"right": TA_RIGHT, "center": TA_CENTER}[align]
        if color is not None:
            kw["textColor"] = color
        return self.para(v, "cellb" if bold else "cell", **kw)

    def table(self, rows, widths, header=1, style=None, size=None, repeat=None, zebra=False,
              bold_col0=False, head_bg=None, head_fg=None, extra=(), width_total=None,
              align=None, pad=3):
        style = style or self.lab.table_style
        total = width_total or self.fw
        fixed = sum(w for w in widths if w)
        free = [i for i, w in enumerate(widths) if not w]
        widths = [w if w else (total - fixed) / len(free) for w in widths]
        if sum(widths) > total + 0.5:
            raise ValueError(f"{self.rid}: table wider than frame {sum(widths)} > {total}")
        data = []
        for r, row in enumerate(rows):
            out = []
            for c_, v in enumerate(row):
                hb = r < header
                fg = head_fg if hb else None
                al = align[c_] if align else None
                out.append(self.cell(v, bold=hb or (bold_col0 and c_ == 0), size=size, color=fg,
                                     align=al))
            data.append(out)
        t = Table(data, colWidths=widths, repeatRows=header if repeat is None else repeat,
                  hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        acc = self.lab.accent
        if style == "grid":
            cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.45, 0.45, 0.45))]
        elif style == "rules":
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.7, 0.7, 0.7))]
            if header:
                cmds += [("LINEBELOW", (0, header - 1), (-1, header - 1), 1.0, acc)]
        elif style == "box":
            cmds += [("BOX", (0, 0), (-1, -1), 0.8, acc)]
        if header and head_bg is not None:
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), head_bg)]
        elif header and style == "grid":
            cmds += [("BACKGROUND", (0, 0), (-1, header - 1), colors.Color(0.88, 0.88, 0.88))]
        if zebra:
            for r in range(header, len(rows)):
                if (r - header) % 2:
                    cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
        cmds += list(extra)
        t.setStyle(TableStyle(cmds))
        return t

    def T(self, rows, widths, **kw):
        self.story.append(self.table(rows, widths, **kw))

    def KV(self, pairs, widths=(150, None), size=None, style="none", bold_key=True, **kw):
        self.T([[k, v] for k, v in pairs], list(widths), header=0, style=style, size=size,
               bold_col0=bold_key, **kw)

    def BOX(self, flowables, bg=None, border=None, width=None, pad=6):
        """Put flowables in a bordered (drawn) box."""
        w = width or self.fw
        t = Table([[f] for f in flowables], colWidths=[w], hAlign="LEFT")
        cmds = [("BOX", (0, 0), (-1, -1), 1.0, border or self.lab.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
        if bg is not None:
            cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    # ---- labels -----------------------------------------------------------------------------
    def L(self, marker, aspect, status, ev, **kw):
        lab = {"marker": marker, "aspect": aspect, "status": status}
        for k in ("ihc_score", "percent", "ratio", "alteration", "value", "optional"):
            if k in kw:
                lab[k] = kw.pop(k)
        if kw:
            raise ValueError(f"unknown label fields {kw}")
        lab["ev"] = ev
        self.labels.append(lab)

    # ---- build ------------------------------------------------------------------------------
    def build(self, path: Path) -> None:
        lab = self.lab
        pw, ph = lab.pagesize
        l, r, t, b = lab.margins
        rep = self

        def on_page(c, doc):
            c.saveState()
            w, h = c._pagesize
            lab.header(c, rep, w, h)
            c.restoreState()

        frame = Frame(l, b, pw - l - r, ph - t - b, id="main", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        gap = 18
        cw = (pw - l - r - gap) / 2
        two = [Frame(l, b, cw, ph - t - b, id="c1", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0),
               Frame(l + cw + gap, b, cw, ph - t - b, id="c2", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)]
        lw, lh = landscape(lab.pagesize)
        land = Frame(l, b, lw - l - r, lh - t - b, id="land", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

        def footer(c, page, total):
            w, h = c._pagesize
            c.saveState()
            lab.footer(c, rep, page, total, w, h)
            c.restoreState()

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
                    footer(self, i, n)
                    rl_canvas.Canvas.showPage(self)
                rl_canvas.Canvas.save(self)

        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=lab.pagesize, leftMargin=l, rightMargin=r,
                              topMargin=t, bottomMargin=b, title=self.title,
                              author=lab.name, subject=f"Report {self.rid}")
        doc.addPageTemplates([
            PageTemplate("main", [frame], onPage=on_page, pagesize=lab.pagesize),
            PageTemplate("two", two, onPage=on_page, pagesize=lab.pagesize),
            PageTemplate("land", [land], onPage=on_page, pagesize=landscape(lab.pagesize)),
        ])
        doc.build(self.story, canvasmaker=NumberedCanvas)
        path.write_bytes(buf.getvalue())
