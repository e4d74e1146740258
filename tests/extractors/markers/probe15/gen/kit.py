"""Small layout kit for probe 15: laboratory-style PDFs built with reportlab platypus.

Every report module defines build() -> Report(theme, story, labels). Labels carry `ev`:
phrases that must appear in the PDF's text layer (checked with pdfplumber by build.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors

rl_config.invariant = 1  # reproducible PDFs (fixed dates and ids)
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

_D = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DVS", "DejaVuSans"), ("DVSC", "DejaVuSansCondensed"), ("DVSerif", "DejaVuSerif"),
                 ("DVMono", "DejaVuSansMono")]:
    pdfmetrics.registerFont(TTFont(name, _D + fn + ".ttf"))
    pdfmetrics.registerFont(TTFont(name + "-B", _D + fn + "-Bold.ttf"))
    ital = {"DVS": "-Oblique", "DVSC": "-Oblique", "DVSerif": "-Italic", "DVMono": "-Oblique"}[name]
    pdfmetrics.registerFont(TTFont(name + "-I", _D + fn + ital + ".ttf"))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name + "-B", italic=name + "-I",
                                  boldItalic=name + "-B")

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    "dvs": ("DVS", "DVS-B", "DVS-I"),
    "dvsc": ("DVSC", "DVSC-B", "DVSC-I"),
    "serif": ("DVSerif", "DVSerif-B", "DVSerif-I"),
    "mono": ("DVMono", "DVMono-B", "DVMono-I"),
}


def L(marker, aspect, status, ev, **kw):
    d = {"marker": marker, "aspect": aspect, "status": status}
    d.update(kw)
    d["ev"] = [ev] if isinstance(ev, str) else list(ev)
    return d


@dataclass
class Theme:
    family: str = "helv"
    size: float = 9
    accent: object = colors.HexColor("#1f3b73")
    pagesize: tuple = letter
    margins: tuple = (18 * mm, 18 * mm, 22 * mm, 20 * mm)  # left, right, top, bottom
    lab: str = "Laboratory"
    header: str = ""          # running header text (left); "{p}"/"{n}" allowed
    header_right: str = ""
    footer: str = "Page {p} of {n}"
    footer_left: str = ""
    footer_align: str = "right"
    rule: bool = True

    @property
    def f(self):
        return FAMILIES[self.family]


def make_canvas(theme: Theme):
    class NC(canvas.Canvas):
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
                decorate(self, theme, self._pageNumber, n)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NC


def decorate(c, t: Theme, p, n):
    w, h = t.pagesize
    lm, rm, tm, bm = t.margins
    fn, fb, fi = t.f
    c.saveState()
    if t.header:
        c.setFont(fn, t.size - 1.5)
        c.setFillColor(colors.black)
        c.drawString(lm, h - tm + 9, t.header.format(p=p, n=n))
        if t.header_right:
            c.drawRightString(w - rm, h - tm + 9, t.header_right.format(p=p, n=n))
        if t.rule:
            c.setStrokeColor(t.accent)
            c.setLineWidth(0.6)
            c.line(lm, h - tm + 5, w - rm, h - tm + 5)
    c.setFont(fn, t.size - 2)
    if t.rule:
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(lm, bm - 6, w - rm, bm - 6)
    txt = t.footer.format(p=p, n=n)
    if t.footer_align == "right":
        c.drawRightString(w - rm, bm - 16, txt)
    elif t.footer_align == "center":
        c.drawCentredString(w / 2, bm - 16, txt)
    else:
        c.drawString(lm, bm - 16, txt)
    if t.footer_left:
        c.drawString(lm, bm - 16, t.footer_left.format(p=p, n=n))
    c.restoreState()


class S:
    """Paragraph styles for a theme."""

    def __init__(self, t: Theme):
        fn, fb, fi = t.f
        z = t.size
        self.t = t
        self.body = ParagraphStyle("b", fontName=fn, fontSize=z, leading=z * 1.25)
        self.just = ParagraphStyle("j", parent=self.body, alignment=TA_JUSTIFY)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=z - 2, leading=(z - 2) * 1.2)
        self.tiny = ParagraphStyle("t", parent=self.body, fontSize=z - 2.5, leading=(z - 2.5) * 1.2,
                                   textColor=colors.HexColor("#444444"))
        self.bold = ParagraphStyle("bb", parent=self.body, fontName=fb)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=fb, fontSize=z + 5, leading=z + 8,
                                 textColor=t.accent, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=fb, fontSize=z + 1.5,
                                 leading=z + 4, textColor=t.accent, spaceBefore=7, spaceAfter=3)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=fb, fontSize=z, leading=z + 3,
                                 spaceBefore=4, spaceAfter=1)
        self.center = ParagraphStyle("c", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("r", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=z - 0.5, leading=(z - 0.5) * 1.2)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=fb)
        self.cellw = ParagraphStyle("cellw", parent=self.cellb, textColor=colors.white)


def md(text: str) -> str:
    """Escape, then **bold**, __italic__, and line breaks."""
    s = escape(text)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


def P(text, style):
    return Paragraph(md(text), style)


def cells(rows, st, head_style=None, style=None):
    out = []
    for i, r in enumerate(rows):
        out.append([c if not isinstance(c, str) else
                    P(c, (head_style or st.cellb) if (i == 0 and head_style is not False) else (style or st.cell))
                    for c in r])
    return out


def grid(rows, st, widths, head_bg=None, head_style=None, zebra=None, repeat=1, lines="grid",
         pad=3, valign="TOP"):
    t = st.t
    data = cells(rows, st, head_style=head_style)
    tbl = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")))
    elif lines == "ruled":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.0, t.accent), ("LINEBELOW", (0, 0), (-1, 0), 0.6, t.accent),
                 ("LINEBELOW", (0, -1), (-1, -1), 1.0, t.accent)]
    elif lines == "rows":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]
    elif lines == "box":
        cmds += [("BOX", (0, 0), (-1, -1), 0.8, t.accent)]
    if head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if zebra is not None:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def kv(pairs, st, widths, ncols=1, lines=None, bold_keys=True, bg=None):
    """Key/value block; ncols pairs per row."""
    rows = []
    for i in range(0, len(pairs), ncols):
        row = []
        for k, v in pairs[i:i + ncols]:
            row += [P(k, st.cellb if bold_keys else st.cell), P(v, st.cell)]
        while len(row) < 2 * ncols:
            row += ["", ""]
        rows.append(row)
    tbl = Table(rows, colWidths=widths * ncols if len(widths) == 2 else widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
    if lines == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, st.t.accent))
    elif lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.3, colors.grey))
    if bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def box(flowables, st, width, bg=colors.HexColor("#eef2f8"), border=None, pad=6, title=None, title_bg=None):
    data = []
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if title:
        data.append([P(title, st.cellw if title_bg else st.cellb)])
        if title_bg is not None:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), title_bg))
    data.append([flowables])
    tbl = Table(data, colWidths=[width], hAlign="LEFT")
    if bg is not None:
        cmds.append(("BACKGROUND", (0, len(data) - 1), (-1, -1), bg))
    cmds.append(("BOX", (0, 0), (-1, -1), 0.9, border or st.t.accent))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def columns(cols, widths, gap_line=False, st=None):
    tbl = Table([cols], colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
    if gap_line:
        cmds.append(("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.grey))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def letterhead(st, name, lines, right_lines=(), style="left", bar=None, width=None):
    t = st.t
    fn, fb, fi = t.f
    nm = ParagraphStyle("lh", parent=st.body, fontName=fb, fontSize=t.size + 7, leading=t.size + 9,
                        textColor=t.accent if not bar else colors.white)
    sub = ParagraphStyle("lhs", parent=st.small, textColor=colors.HexColor("#333333") if not bar else colors.white)
    left = [P(name, nm)] + [P(x, sub) for x in lines]
    right = [P(x, ParagraphStyle("lhr", parent=sub, alignment=TA_RIGHT)) for x in right_lines]
    w = width or (t.pagesize[0] - t.margins[0] - t.margins[1])
    if style == "center":
        nm.alignment = TA_CENTER
        sub.alignment = TA_CENTER
        tbl = Table([[[P(name, nm)] + [P(x, sub) for x in lines]]], colWidths=[w])
    else:
        tbl = Table([[left, right]], colWidths=[w * 0.6, w * 0.4])
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if bar:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bar))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 1.2, t.accent))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def chk(on):
    return "[X]" if on else "[  ]"


@dataclass
class Report:
    theme: Theme
    story: list
    labels: list
    title: str = "Report"


def render(rep: Report, path):
    t = rep.theme
    w, h = t.pagesize
    lm, rm, tm, bm = t.margins
    doc = BaseDocTemplate(str(path), pagesize=t.pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=rep.title, author=t.lab)
    frame = Frame(lm, bm, w - lm - rm, h - tm - bm, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(rep.story, canvasmaker=make_canvas(t))


def width(t: Theme):
    return t.pagesize[0] - t.margins[0] - t.margins[1]


_HEADS = ["Appendix - methods, limitations and gene coverage", "ABOUT THIS TEST", "Technical information",
          "Test description and disclaimers", "Supplementary information", "Assay details",
          "Methodology / Limitations", "Additional information for the ordering clinician",
          "Background and references", "Laboratory information"]
_METH = [
    "Genomic DNA was extracted from macrodissected FFPE sections, quantified fluorometrically and enriched by "
    "hybrid capture with biotinylated probes; libraries were sequenced on a short-read platform to a median "
    "depth above 500x.",
    "Nucleic acids were isolated from the submitted material; targets were amplified by multiplex PCR and "
    "sequenced. Reads were aligned to GRCh38 and variants called with a validated in-house pipeline.",
    "Cell-free DNA was isolated from plasma within 72 hours of collection and sequenced with molecular "
    "barcoding to suppress errors. Alterations are reported as the fraction of cell-free DNA fragments.",
    "Sections were stained on an automated immunostainer with on-slide controls. Scoring was performed by a "
    "pathologist trained in the relevant scoring system.",
    "Probes were hybridised to 4-micron FFPE sections; at least 50 non-overlapping nuclei were scored in the "
    "invasive tumour by two readers.",
]
_LIM = [
    "Variants below the limit of detection, large structural rearrangements and alterations in regions of low "
    "coverage may not be detected.",
    "Results must be interpreted together with clinical, radiological and histological findings. This test is "
    "not intended to diagnose hereditary cancer syndromes.",
    "Reports of therapies and trials are provided for information only and do not constitute a treatment "
    "recommendation. Drug approvals differ between countries.",
    "Low tumour content, necrosis or decalcification can reduce sensitivity. Specimens older than five years "
    "may give lower-quality nucleic acid.",
    "This test was developed and its performance characteristics determined by the laboratory. It has not been "
    "cleared or approved by the FDA, which has determined such clearance is not necessary.",
]
_REFS = [
    "Fictus R, et al. Sequencing standards for solid tumours. J Invent Mol Diagn. 2022;14:101-112.",
    "Imaginaria L, Placeholder K. Interpreting somatic variants: a tiered approach. Hypoth Oncol. 2021;7:55-69.",
    "Exemplar T, et al. Limits of detection in targeted panels. Made-Up Clin Chem. 2020;66:1201-9.",
    "Notreal J, et al. Copy number calling from capture data. Fabric Genet. 2023;2:33-41.",
    "Pseudonym A. Reporting biomarkers to patients. Invented Pathol Rev. 2024;9:12-18.",
]


def appendix(st, seed, genes=None, coverage_word="Genes in this panel", head=None):
    """A back page: methods, limitations, gene coverage (not results) and references, varied by seed."""
    r = seed
    out = [PageBreak(), Paragraph(md(head or _HEADS[r % len(_HEADS)]), st.h2)]
    out.append(Paragraph(md(_METH[r % len(_METH)]), st.small))
    out.append(Paragraph(md(_LIM[(r + 1) % len(_LIM)] + " " + _LIM[(r + 3) % len(_LIM)]), st.small))
    if genes:
        out.append(Paragraph(md(f"**{coverage_word}:** " + ", ".join(genes)), st.tiny))
    out.append(Spacer(1, 4))
    out.append(Paragraph(md("References"), st.h3))
    for i in range(3):
        out.append(Paragraph(md(f"{i + 1}. " + _REFS[(r + i) % len(_REFS)]), st.tiny))
    return out
