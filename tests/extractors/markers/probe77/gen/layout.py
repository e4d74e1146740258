"""Small layout kit on top of reportlab platypus, shared by the laboratory house styles.

Every string that reaches the PDF goes through P() or draw() so that its glyphs can be
checked against the font that renders it (see check_glyphs)."""
from __future__ import annotations

import os
import re
from xml.sax.saxutils import escape

import reportlab
import reportlab.rl_config
reportlab.rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
                     ("VeraBI", "VeraBI.ttf")):
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FONT_DIR, _file)))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="VeraBd", italic="VeraIt", boldItalic="VeraBI")

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times-Roman": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
    "Vera": ("Vera", "VeraBd", "VeraIt", "VeraBI"),
}
FAMILY_OF = {f: fam for fam, members in FAMILIES.items() for f in members}

GLYPH_LOG: list[tuple[str, str]] = []   # (text, font family)


def reset_log():
    GLYPH_LOG.clear()


def _has_glyph(font_name: str, ch: str) -> bool:
    if ch in "\n\t":
        return True
    font = pdfmetrics.getFont(font_name)
    if isinstance(font, TTFont):
        gid = font.face.charToGlyph.get(ord(ch))
        return bool(gid)
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def check_glyphs() -> list[str]:
    """Return a list of problems: characters some member of the family cannot draw."""
    problems = []
    seen = set()
    for text, family in GLYPH_LOG:
        for ch in set(text):
            key = (ch, family)
            if key in seen:
                continue
            seen.add(key)
            for member in FAMILIES[family]:
                if not _has_glyph(member, ch):
                    problems.append(f"glyph {ch!r} (U+{ord(ch):04X}) missing from {member}")
    return problems


def markup(text: str) -> str:
    s = escape(text)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s, flags=re.S)
    s = re.sub(r"~~(.+?)~~", r"<i>\1</i>", s, flags=re.S)
    return s.replace("\n", "<br/>")


def P(text, style: ParagraphStyle) -> Paragraph:
    text = str(text)
    GLYPH_LOG.append((text.replace("**", "").replace("~~", ""), FAMILY_OF[style.fontName]))
    return Paragraph(markup(text), style)


class Kit:
    """Paragraph styles of one house style."""

    def __init__(self, family="Helvetica", size=8.5, leading=None, accent=colors.black,
                 light=colors.whitesmoke, rule=colors.grey):
        self.family = family
        self.regular, self.bold, self.italic, self.bolditalic = FAMILIES[family]
        self.size = size
        self.leading = leading or size * 1.22
        self.accent = accent
        self.light = light
        self.rule = rule
        self.body = self.ps()
        self.small = self.ps(size=size - 1.2)
        self.tiny = self.ps(size=size - 2)
        self.cell = self.ps(size=size - 0.5)
        self.cellb = self.ps(size=size - 0.5, font=self.bold)
        self.hdr = self.ps(size=size - 0.5, font=self.bold)
        self.h1 = self.ps(size=size + 3.5, font=self.bold, color=accent, space_before=8, space_after=4)
        self.h2 = self.ps(size=size + 1.5, font=self.bold, color=accent, space_before=6, space_after=3)
        self.h3 = self.ps(size=size + 0.5, font=self.bold, space_before=4, space_after=2)
        self.ital = self.ps(font=self.italic)

    def ps(self, size=None, font=None, color=colors.black, align=TA_LEFT, space_before=0,
           space_after=0, leading=None, **kw):
        size = size or self.size
        return ParagraphStyle(
            "s", fontName=font or self.regular, fontSize=size,
            leading=leading or size * (self.leading / self.size), textColor=color,
            alignment=align, spaceBefore=space_before, spaceAfter=space_after, **kw)


def cellify(cell, style):
    if isinstance(cell, (Flowable, list)):
        return cell
    return P("" if cell is None else cell, style)


def tbl(rows, widths, kit: Kit, header_rows=1, style="grid", repeat=True, cell_style=None,
        header_style=None, header_bg=None, header_fg=None, extra=(), zebra=None, pad=3,
        valign="TOP"):
    """A table whose every cell is a wrapped Paragraph (so nothing overflows its column)."""
    cs = cell_style or kit.cell
    hs = header_style or kit.hdr
    if header_fg is not None:
        hs = ParagraphStyle("hfg", parent=hs, textColor=header_fg)
    data = []
    for r, row in enumerate(rows):
        data.append([cellify(c, hs if r < header_rows else cs) for c in row])
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat else 0, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, kit.rule))
    elif style == "lines":
        cmds.append(("LINEBELOW", (0, header_rows - 1 if header_rows else 0),
                     (-1, header_rows - 1 if header_rows else 0), 0.8, kit.accent))
        cmds.append(("LINEBELOW", (0, header_rows), (-1, -1), 0.25, kit.rule))
    elif style == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, kit.rule))
        if header_rows:
            cmds.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, kit.rule))
    if header_rows and header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_bg))
    if zebra is not None:
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), zebra))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    t._probe_widths = sum(widths)
    return t


def bar(text, kit: Kit, width, bg=None, fg=colors.white, size=None, align=TA_LEFT, pad=3):
    """A full-width coloured band with a heading in it."""
    st = kit.ps(size=size or kit.size + 1.5, font=kit.bold, color=fg, align=align)
    t = Table([[P(text, st)]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg or kit.accent),
                           ("TOPPADDING", (0, 0), (-1, -1), pad),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
    return t


def kv(pairs, kit: Kit, widths, cols=1, style=None, key_style=None, val_style=None, extra=()):
    """Key / value pairs laid in `cols` column pairs. widths: [key, value] * cols."""
    ks = key_style or kit.cellb
    vs = val_style or kit.cell
    rows = []
    per = -(-len(pairs) // cols)
    for i in range(per):
        row = []
        for c in range(cols):
            j = c * per + i
            if j < len(pairs):
                k, v = pairs[j]
                row += [P(k, ks), cellify(v, vs)]
            else:
                row += [P("", ks), P("", vs)]
        rows.append(row)
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if style == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, kit.rule))
    elif style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.3, kit.rule))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


class CheckList(Flowable):
    """Rows of drawn check boxes, an X drawn in the ticked ones, each followed by its label."""

    def __init__(self, items, kit: Kit, col_width, cols=1, size=None, box=6.5):
        super().__init__()
        self.items = items
        self.kit = kit
        self.col_width = col_width
        self.cols = cols
        self.size = size or kit.size
        self.box = box
        self.rows = -(-len(items) // cols)
        for _, label in items:
            GLYPH_LOG.append((label, kit.family))
            GLYPH_LOG.append(("X", kit.family))

    def wrap(self, aw, ah):
        w = self.col_width * self.cols
        if w > aw + 0.01:
            raise ValueError(f"CheckList wider ({w}) than frame ({aw})")
        for _, label in self.items:
            tw = pdfmetrics.stringWidth(label, self.kit.regular, self.size)
            if tw + self.box + 6 > self.col_width:
                raise ValueError(f"check box label too wide: {label!r}")
        self.height = self.rows * (self.size * 1.45)
        return w, self.height

    def draw(self):
        c = self.canv
        lead = self.size * 1.45
        for i, (ticked, label) in enumerate(self.items):
            col, row = divmod(i, self.rows)
            x = col * self.col_width
            y = self.height - (row + 1) * lead + 2
            c.setLineWidth(0.6)
            c.rect(x, y, self.box, self.box, stroke=1, fill=0)
            if ticked:
                c.setFont(self.kit.bold, self.box + 0.5)
                c.drawCentredString(x + self.box / 2, y + 1, "X")
            c.setFont(self.kit.regular, self.size)
            c.drawString(x + self.box + 4, y + 0.5, label)


def draw(c, x, y, text, font, size, align="left", page_width=None, margin=14):
    """Draw one string on the canvas (headers and footers); refuses text off the page."""
    text = str(text)
    GLYPH_LOG.append((text, FAMILY_OF[font]))
    c.setFont(font, size)
    w = pdfmetrics.stringWidth(text, font, size)
    x0 = x if align == "left" else (x - w if align == "right" else x - w / 2)
    pw = page_width or c._pagesize[0]
    if x0 < margin or x0 + w > pw - margin:
        raise ValueError(f"string off the page: {text!r}")
    c.drawString(x0, y, text)
    return w


def numbered_canvas(decorate):
    """Canvas class that calls decorate(canvas, page, total) on every page before saving."""

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
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(path, story, pagesize, margins, first_top, later_top, decorate, title, author,
              creator, subject=""):
    """margins = (left, right, bottom). first_top / later_top: top margin of page 1 / others."""
    left, right, bottom = margins
    w, h = pagesize
    doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=left, rightMargin=right,
                          topMargin=later_top, bottomMargin=bottom, title=title, author=author,
                          creator=creator, subject=subject, producer="reportlab")
    f1 = Frame(left, bottom, w - left - right, h - bottom - first_top, id="f1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(left, bottom, w - left - right, h - bottom - later_top, id="f2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="First", frames=[f1], autoNextPageTemplate="Later"),
                          PageTemplate(id="Later", frames=[f2])])
    for fl in story:
        pw = getattr(fl, "_probe_widths", None)
        if pw is not None and pw > w - left - right + 0.01:
            raise ValueError(f"table wider ({pw:.1f}) than frame ({w - left - right:.1f})")
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return w - left - right


def frame_width(pagesize, margins):
    return pagesize[0] - margins[0] - margins[1]


__all__ = ["P", "Kit", "tbl", "bar", "kv", "CheckList", "draw", "build_pdf", "frame_width",
           "check_glyphs", "reset_log", "Spacer", "colors", "TA_CENTER", "TA_LEFT", "TA_RIGHT",
           "Table", "TableStyle", "NextPageTemplate"]
