"""Rendering helpers for the probe6 blind measuring set (stdlib + reportlab only)."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

BOXON = "\u2612"   # ballot box with X
BOXOFF = "\u2610"  # empty ballot box

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
    "dejavu": ("DejaVu", "DejaVu-Bold"),
}

ORDER = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value", "optional"]


def L(marker, aspect, status, ev, **kw):
    """One label plus the evidence strings that must appear in the PDF text."""
    d = {"marker": marker, "aspect": aspect, "status": status}
    d.update(kw)
    d = {k: d[k] for k in ORDER if k in d}
    return (d, ev if isinstance(ev, list) else [ev])


# ---- block constructors -------------------------------------------------
def H(t): return ("H", t)
def P(t): return ("P", t)
def B(t): return ("B", t)
def PRE(t): return ("PRE", t)
def T(rows, widths=None, head=True, grid=True, fs=None): return ("T", rows, widths, head, grid, fs)
def BOX(lines, bg="#eeeeee"): return ("BOX", lines, bg)
def CB(t): return ("CB", t)          # paragraph in DejaVu (check boxes)
def SP(h=6): return ("SP", h)
def PB(): return ("PB",)
def SMALL(t): return ("SMALL", t)


def _para(text, style):
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def build(path, meta, blocks):
    fam = meta.get("font", "helv")
    reg, bold = FONTS[fam]
    fs = meta.get("fs", 8)
    st = ParagraphStyle("b", fontName=reg, fontSize=fs, leading=fs * 1.25, spaceAfter=2)
    stb = ParagraphStyle("bb", parent=st, fontName=bold)
    sth = ParagraphStyle("h", parent=st, fontName=bold, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3,
                         spaceBefore=5, spaceAfter=2)
    sts = ParagraphStyle("s", parent=st, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25)
    stcb = ParagraphStyle("cb", parent=st, fontName="DejaVu")
    stcell = ParagraphStyle("c", parent=st, spaceAfter=0)
    stcellb = ParagraphStyle("cbold", parent=stcell, fontName=bold)
    story = []
    for b in blocks:
        k = b[0]
        if k == "H":
            story.append(_para(b[1], sth))
        elif k == "P":
            story.append(_para(b[1], st))
        elif k == "B":
            story.append(_para(b[1], stb))
        elif k == "SMALL":
            story.append(_para(b[1], sts))
        elif k == "CB":
            story.append(_para(b[1], stcb))
        elif k == "PRE":
            pst = ParagraphStyle("pre", fontName="Courier", fontSize=fs - 0.5, leading=(fs - 0.5) * 1.2)
            story.append(Preformatted(b[1], pst))
        elif k == "SP":
            story.append(Spacer(1, b[1]))
        elif k == "PB":
            story.append(PageBreak())
        elif k == "BOX":
            cs = ParagraphStyle("bx", parent=st)
            t = Table([[[_para(x, cs) for x in b[1]]]], colWidths=[7.0 * inch])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(b[2])),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
            story.append(Spacer(1, 4))
        elif k == "T":
            rows, widths, head, grid, tfs = b[1], b[2], b[3], b[4], b[5]
            cst = stcell if not tfs else ParagraphStyle("ct", parent=stcell, fontSize=tfs, leading=tfs * 1.2)
            cstb = stcellb if not tfs else ParagraphStyle("ctb", parent=cst, fontName=bold)
            data = []
            for i, r in enumerate(rows):
                data.append([_para(str(c), cstb if (head and i == 0) else cst) for c in r])
            if widths:
                widths = [w * inch for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if head else 0, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            else:
                sty.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
            if head:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 4))

    header = meta["header"]      # list of strings, first is institution
    footer = meta.get("footer", "CONFIDENTIAL - contains protected health information")
    ident = meta["ident"]        # one line: patient / accession

    def on_page(c, doc):
        c.saveState()
        w, h = letter
        c.setFont(bold, 10)
        c.drawString(0.6 * inch, h - 0.5 * inch, header[0])
        c.setFont(reg, 7)
        for i, line in enumerate(header[1:]):
            c.drawString(0.6 * inch, h - 0.5 * inch - 9 * (i + 1), line)
        c.drawRightString(w - 0.6 * inch, h - 0.5 * inch, ident)
        c.line(0.6 * inch, h - 0.5 * inch - 9 * len(header) + 4, w - 0.6 * inch, h - 0.5 * inch - 9 * len(header) + 4)
        c.setFont(reg, 6.5)
        c.drawString(0.6 * inch, 0.45 * inch, footer)
        c.drawRightString(w - 0.6 * inch, 0.45 * inch, "Page %d" % doc.page)
        c.restoreState()

    top = 0.5 * inch + 9 * len(header) + 6
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=top, bottomMargin=0.7 * inch,
                            title=meta.get("title", "Report"), author=header[0])
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
