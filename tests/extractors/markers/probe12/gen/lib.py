"""Page templates for probe12: invented laboratories' report PDFs (stdlib + reportlab only).

A report is built as a list of blocks with the helpers below; `Report.build(path)` lays it out
with a letterhead on page 1, a running header on later pages, and a footer "Page x of y".
Labels are kept beside the report with `L(...)`, each with evidence strings that must occur
in the PDF's text layer (checked by make.py --check).
"""
from __future__ import annotations

import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAVE_DEJAVU = os.path.exists(DEJAVU)
if HAVE_DEJAVU:
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    if os.path.exists(DEJAVU_B):
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))

BOX_ON, BOX_OFF = ("\u2612", "\u2610") if HAVE_DEJAVU else ("[X]", "[ ]")


# ---------------------------------------------------------------- labels
def L(marker, aspect, status, ev, **fields):
    """A label with its evidence (a string or list of strings that must be in the text layer)."""
    lab = {"marker": marker, "aspect": aspect, "status": status}
    lab.update(fields)
    return {"label": lab, "ev": [ev] if isinstance(ev, str) else list(ev)}


# ---------------------------------------------------------------- styles
def styles(font="Helvetica", size=8.8):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "DejaVu": "DejaVu-Bold"}.get(font, font)
    s = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.28, spaceAfter=3),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25,
                                spaceAfter=2, textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.2,
                             spaceBefore=4, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.2,
                             spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 0.8, leading=(size - 0.8) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.8, leading=(size - 0.8) * 1.2),
        "box": ParagraphStyle("box", fontName="DejaVu" if HAVE_DEJAVU else font, fontSize=size,
                              leading=size * 1.3),
    }
    s["bold"] = bold
    return s


def _md(text):
    """Escape text; **x** becomes bold."""
    out = escape(text)
    parts = out.split("**")
    return "".join(("<b>%s</b>" % p) if i % 2 else p for i, p in enumerate(parts))


class Report:
    def __init__(self, rid, lab, pagesize=None, font="Helvetica", size=8.8, title=""):
        self.rid = rid
        self.info = lab
        self.pagesize = pagesize or (letter if lab.get("region") == "us" else A4)
        self.font = font
        self.st = styles(font, size)
        self.story = []
        self.labels = []
        self.title = title
        self.accent = colors.HexColor(lab.get("color", "#1f3b63"))

    # -- labels
    def lab(self, *labels):
        self.labels.extend(labels)

    # -- blocks
    def h1(self, t):
        self.story.append(Paragraph(_md(t), self.st["h1"]))

    def h2(self, t, rule=False):
        self.story.append(Paragraph(_md(t), self.st["h2"]))
        if rule:
            tb = Table([[""]], colWidths=["100%"], rowHeights=[1])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, self.accent)]))
            self.story.append(tb)

    def p(self, t):
        self.story.append(Paragraph(_md(t), self.st["p"]))

    def small(self, t):
        self.story.append(Paragraph(_md(t), self.st["small"]))

    def sp(self, h=4):
        self.story.append(Spacer(1, h))

    def br(self):
        self.story.append(PageBreak())

    def _cells(self, row, bold=False):
        sty = self.st["cellb"] if bold else self.st["cell"]
        return [c if not isinstance(c, str) else Paragraph(_md(c), sty) for c in row]

    def table(self, rows, widths=None, header=True, style="grid", zebra=False, keep=False):
        """rows: list of lists of strings. widths: fractions of the frame width."""
        W = self.frame_width()
        cw = [W * w for w in widths] if widths else None
        data = [self._cells(r, bold=(header and i == 0)) for i, r in enumerate(rows)]
        tb = Table(data, colWidths=cw, repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if style == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        elif style == "lines":
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey))
        if header and style != "plain":
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")))
        if header and style == "plain":
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
        if zebra:
            for i in range(1 + int(header), len(rows), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
        tb.setStyle(TableStyle(cmds))
        self.story.append(KeepTogether(tb) if keep else tb)

    def kv(self, pairs, cols=1, kw=0.35):
        """Key: value pairs laid out in `cols` column pairs without grid."""
        W = self.frame_width()
        rows = []
        per = (len(pairs) + cols - 1) // cols
        for i in range(per):
            r = []
            for c in range(cols):
                j = c * per + i
                if j < len(pairs):
                    k, v = pairs[j]
                    r += [Paragraph(_md(k), self.st["cellb"]), Paragraph(_md(v), self.st["cell"])]
                else:
                    r += ["", ""]
            rows.append(r)
        cw = []
        for c in range(cols):
            cw += [W / cols * kw, W / cols * (1 - kw)]
        tb = Table(rows, colWidths=cw)
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        self.story.append(tb)

    def box(self, title, lines, fill="#f2f5f9", border=None):
        """A shaded, bordered box with a title bar and paragraphs."""
        W = self.frame_width()
        inner = [Paragraph(_md(title), self.st["cellb"])] if title else []
        inner += [Paragraph(_md(t), self.st["p"]) for t in lines]
        tb = Table([[x] for x in inner], colWidths=[W])
        cmds = [("BOX", (0, 0), (-1, -1), 1, colors.HexColor(border) if border else self.accent),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 1)]
        if title:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), self.accent),
                     ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]
            inner[0] = Paragraph('<font color="white">%s</font>' % _md(title), self.st["cellb"])
            tb = Table([[x] for x in inner], colWidths=[W])
        tb.setStyle(TableStyle(cmds))
        self.story.append(KeepTogether([tb, Spacer(1, 5)]))

    def cols(self, left, right, split=0.5, rule=True):
        """Two text columns side by side (lists of paragraph strings)."""
        W = self.frame_width()
        lp = [Paragraph(_md(t), self.st["p"]) for t in left]
        rp = [Paragraph(_md(t), self.st["p"]) for t in right]
        tb = Table([[lp, rp]], colWidths=[W * split, W * (1 - split)])
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if rule:
            cmds.append(("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey))
        tb.setStyle(TableStyle(cmds))
        self.story.append(tb)

    def checks(self, label, options, chosen):
        """A line of check boxes: label then each option with a box (chosen ones ticked)."""
        parts = []
        for o in options:
            mark = BOX_ON if o in chosen else BOX_OFF
            parts.append("%s %s" % (mark, escape(o)))
        t = "<b>%s</b>&nbsp;&nbsp;%s" % (escape(label), "&nbsp;&nbsp;&nbsp;".join(parts))
        self.story.append(Paragraph(t, self.st["box"]))

    def sign(self, who, when):
        self.sp(6)
        self.p("Electronically signed by %s on %s" % (who, when))

    # -- layout
    def frame_width(self):
        return self.pagesize[0] - 2 * self.margin()

    def margin(self):
        return 16 * mm

    def build(self, path):
        lab, rid = self.info, self.rid
        pw, ph = self.pagesize
        m = self.margin()
        accent = self.accent
        title = self.title
        font = self.font
        bold = self.st["bold"]

        def first(c, doc):
            c.saveState()
            style = lab.get("head", "rule")
            if style == "band":
                c.setFillColor(accent)
                c.rect(0, ph - 28 * mm, pw, 28 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(bold, 15)
                c.drawString(m, ph - 13 * mm, lab["name"])
                c.setFont(font, 8)
                for i, line in enumerate(lab.get("addr", [])):
                    c.drawString(m, ph - 18 * mm - i * 9, line)
            elif style == "center":
                c.setStrokeColor(accent)
                c.setLineWidth(1.2)
                c.circle(pw / 2, ph - 12 * mm, 5 * mm)
                c.setFont(bold, 13)
                c.setFillColor(accent)
                c.drawCentredString(pw / 2, ph - 22 * mm, lab["name"])
                c.setFillColor(colors.black)
                c.setFont(font, 7.5)
                for i, line in enumerate(lab.get("addr", [])):
                    c.drawCentredString(pw / 2, ph - 26 * mm - i * 9, line)
            else:  # rule: name left, address right
                aw = max([pdfmetrics.stringWidth(a, font, 7.5) for a in lab.get("addr", [])] or [0])
                room = pw - 2 * m - aw - 12
                fs = 13
                while fs > 7 and pdfmetrics.stringWidth(lab["name"], bold, fs) > room:
                    fs -= 0.5
                c.setFont(bold, fs)
                c.setFillColor(accent)
                c.drawString(m, ph - 14 * mm, lab["name"])
                c.setFillColor(colors.black)
                c.setFont(font, 7.5)
                for i, line in enumerate(lab.get("addr", [])):
                    c.drawRightString(pw - m, ph - 10 * mm - i * 9, line)
                c.setStrokeColor(accent)
                c.setLineWidth(1.5)
                c.line(m, ph - 27 * mm, pw - m, ph - 27 * mm)
            if title:
                c.setFont(bold, 11)
                c.setFillColor(colors.black)
                c.drawString(m, ph - 34 * mm, title)
            c.restoreState()
            footer(c, doc)

        def later(c, doc):
            c.saveState()
            c.setFont(font, 7.5)
            c.drawString(m, ph - 12 * mm, "%s  |  %s" % (lab["name"], title or "Laboratory report"))
            c.drawRightString(pw - m, ph - 12 * mm,
                              "Patient A CANARY%s   Accession %s" % (rid, lab.get("acc", "X-" + rid)))
            c.setStrokeColor(colors.grey)
            c.line(m, ph - 14 * mm, pw - m, ph - 14 * mm)
            c.restoreState()
            footer(c, doc)

        def footer(c, doc):
            c.saveState()
            c.setFont(font, 6.8)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(m, 10 * mm, lab.get("foot", "Confidential laboratory report"))
            c.restoreState()

        class Numbered(rl_canvas.Canvas):
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
                self._saved = []

            def showPage(self):
                self._saved.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                n = len(self._saved)
                for st in self._saved:
                    self.__dict__.update(st)
                    self.setFont(font, 7.5)
                    self.drawRightString(pw - m, 10 * mm, lab.get("pagefmt", "Page %d of %d") % (self._pageNumber, n))
                    super().showPage()
                super().save()

        top = (38 if title else 32) * mm
        doc = SimpleDocTemplate(path, pagesize=self.pagesize, leftMargin=m, rightMargin=m,
                                topMargin=top, bottomMargin=18 * mm, title="Report %s" % rid, invariant=1)
        # later pages need less top margin; emulate with a spacer-free approach: keep same margin
        doc.build(self.story, onFirstPage=first, onLaterPages=later, canvasmaker=Numbered)


def patient_block(r, extra=None, cols=2):
    """Standard demographics: invented patient, accession, dates."""
    rid = r.rid
    pairs = [("Patient", "Patient A CANARY%s" % rid),
             ("DOB", "0%d/1%d/19%d" % (1 + int(rid) % 9, int(rid) % 10, 50 + int(rid) % 40)),
             ("Accession", r.info.get("acc", "X-" + rid)),
             ("MRN", "MRN-%d" % (700000 + int(rid)))]
    pairs += extra or []
    r.kv(pairs, cols=cols)
    r.sp(4)


def gene_grid(r, genes, ncols=8, header=None):
    """A bare coverage grid of gene names (not a result)."""
    rows = []
    for i in range(0, len(genes), ncols):
        row = genes[i:i + ncols]
        rows.append(row + [""] * (ncols - len(row)))
    if header:
        r.small(header)
    r.table(rows, widths=[1.0 / ncols] * ncols, header=False, style="grid")
