"""Shared building blocks for the probe57 generator: invented laboratories, their page furniture,
and small flowable helpers. Every name, address, number and sentence here is invented."""
from __future__ import annotations

import reportlab.rl_config

reportlab.rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, Paragraph, Spacer, Table, TableStyle)

REGISTRY: dict[int, dict] = {}


def report(rid, lab, labels, **meta):
    """Register one report: its laboratory, its labels (label dict, [evidence phrases]) and meta."""
    def wrap(fn):
        REGISTRY[rid] = dict(fn=fn, lab=lab, labels=labels, meta=meta)
        return fn
    return wrap


def L(marker, aspect, status, evidence, **fields):
    lab = {"marker": marker, "aspect": aspect, "status": status}
    lab.update(fields)
    return (lab, evidence if isinstance(evidence, list) else [evidence])


# ---------------------------------------------------------------- laboratories
class Lab:
    def __init__(self, key, name, unit, address, font="Helvetica", bold="Helvetica-Bold",
                 accent=colors.HexColor("#1f3b63"), pagesize=A4, footer="", header_style="rule",
                 size=8.6):
        self.key, self.name, self.unit, self.address = key, name, unit, address
        self.font, self.bold, self.accent, self.pagesize = font, bold, accent, pagesize
        self.footer, self.header_style, self.size = footer, header_style, size

    # styles
    def st(self, kind="body", **kw):
        base = dict(fontName=self.font, fontSize=self.size, leading=self.size * 1.28,
                    spaceAfter=2.5)
        if kind == "h":
            base.update(fontName=self.bold, fontSize=self.size + 1.4, leading=(self.size + 1.4) * 1.3,
                        spaceBefore=6, spaceAfter=3, textColor=self.accent)
        elif kind == "h2":
            base.update(fontName=self.bold, fontSize=self.size + 0.3, spaceBefore=4, spaceAfter=2)
        elif kind == "small":
            base.update(fontSize=self.size - 1.4, leading=(self.size - 1.4) * 1.3,
                        textColor=colors.HexColor("#333333"))
        elif kind == "cell":
            base.update(fontSize=self.size - 0.6, leading=(self.size - 0.6) * 1.2, spaceAfter=0)
        elif kind == "cellb":
            base.update(fontName=self.bold, fontSize=self.size - 0.6,
                        leading=(self.size - 0.6) * 1.2, spaceAfter=0)
        base.update(kw)
        return ParagraphStyle(f"{self.key}-{kind}-{id(kw)}", **base)


def _draw_header(c, doc, lab: Lab, meta: dict):
    w, h = lab.pagesize
    c.saveState()
    m = 16 * mm
    if lab.header_style == "band":
        c.setFillColor(lab.accent)
        c.rect(0, h - 24 * mm, w, 24 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(lab.bold, 13)
        c.drawString(m, h - 11 * mm, lab.name)
        c.setFont(lab.font, 8.5)
        c.drawString(m, h - 16 * mm, lab.unit)
        c.drawString(m, h - 20 * mm, lab.address)
    elif lab.header_style == "logo":
        c.setFillColor(lab.accent)
        c.circle(m + 6 * mm, h - 14 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(lab.bold, 10)
        c.drawCentredString(m + 6 * mm, h - 15.5 * mm, lab.key)
        c.setFillColor(colors.black)
        c.setFont(lab.bold, 12)
        c.drawString(m + 15 * mm, h - 12 * mm, lab.name)
        c.setFont(lab.font, 8)
        c.drawString(m + 15 * mm, h - 16.5 * mm, lab.unit + "  |  " + lab.address)
        c.setStrokeColor(lab.accent)
        c.setLineWidth(1.2)
        c.line(m, h - 22 * mm, w - m, h - 22 * mm)
    elif lab.header_style == "right":
        c.setFont(lab.bold, 11.5)
        c.drawRightString(w - m, h - 12 * mm, lab.name)
        c.setFont(lab.font, 8)
        c.drawRightString(w - m, h - 16 * mm, lab.unit)
        c.drawRightString(w - m, h - 19.5 * mm, lab.address)
        c.setFillColor(lab.accent)
        c.rect(m, h - 20 * mm, 3 * mm, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setLineWidth(0.4)
        c.line(m, h - 22 * mm, w - m, h - 22 * mm)
    elif lab.header_style == "mono":
        c.setFont("Courier-Bold", 10)
        c.drawCentredString(w / 2, h - 12 * mm, lab.name.upper())
        c.setFont("Courier", 8)
        c.drawCentredString(w / 2, h - 16 * mm, lab.unit.upper())
        c.drawCentredString(w / 2, h - 19.5 * mm, lab.address)
        c.setDash(2, 2)
        c.line(m, h - 22 * mm, w - m, h - 22 * mm)
        c.setDash()
    else:  # rule
        c.setFont(lab.bold, 12)
        c.setFillColor(lab.accent)
        c.drawString(m, h - 12 * mm, lab.name)
        c.setFillColor(colors.black)
        c.setFont(lab.font, 8)
        c.drawString(m, h - 16 * mm, lab.unit)
        c.drawString(m, h - 19.5 * mm, lab.address)
        c.setStrokeColor(lab.accent)
        c.setLineWidth(2)
        c.line(m, h - 22 * mm, w - m, h - 22 * mm)
    # running patient line from page 2 on
    if doc.page > 1 and meta.get("running"):
        c.setFont(lab.font, 7.5)
        c.setFillColor(colors.black)
        c.drawString(m, h - 26 * mm, meta["running"])
    c.restoreState()


def make_canvas(lab: Lab, meta: dict):
    """A canvas that knows the page count, for 'Page x of y' footers."""
    style = meta.get("pagefmt", "Page {n} of {t}")

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
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total):
            w, h = lab.pagesize
            m = 16 * mm
            self.saveState()
            self.setFont(lab.font, 7)
            self.setStrokeColor(colors.grey)
            self.setLineWidth(0.4)
            self.line(m, 13 * mm, w - m, 13 * mm)
            if lab.footer:
                self.drawString(m, 9 * mm, lab.footer)
            if meta.get("footer_left"):
                self.drawString(m, 6 * mm, meta["footer_left"])
            self.drawRightString(w - m, 9 * mm, style.format(n=self._pageNumber, t=total))
            self.restoreState()

    return NumberedCanvas


# ---------------------------------------------------------------- flowables
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(lab: Lab, text: str, kind="body", **kw):
    return Paragraph(text, lab.st(kind, **kw))


def cells(lab: Lab, rows, bold_first_row=True, kind="cell"):
    out = []
    for i, row in enumerate(rows):
        k = "cellb" if (bold_first_row and i == 0) else kind
        out.append([c if not isinstance(c, str) else Paragraph(c, lab.st(k)) for c in row])
    return out


def grid_table(lab: Lab, rows, widths, header_bg=None, extra=(), box=True, inner=True,
               zebra=False, align=None, bold_first_row=True):
    t = Table(cells(lab, rows, bold_first_row=bold_first_row), colWidths=widths,
              repeatRows=1 if bold_first_row else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if box:
        style.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
    if inner:
        style.append(("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#777777")))
    else:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    if header_bg is not None:
        style.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    if zebra:
        for r in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f0f0")))
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


def demo_box(lab: Lab, pairs, ncols=2, width=178 * mm, bg=colors.HexColor("#f3f5f8"),
             label_w=None):
    """Boxed demographics: pairs of (label, value) laid out ncols pairs per row."""
    rows, row = [], []
    for label, value in pairs:
        row += [Paragraph(f"<b>{label}</b>", lab.st("cell")), Paragraph(value, lab.st("cell"))]
        if len(row) == 2 * ncols:
            rows.append(row)
            row = []
    if row:
        row += [""] * (2 * ncols - len(row))
        rows.append(row)
    lw = label_w or width / ncols * 0.38
    vw = width / ncols - lw
    t = Table(rows, colWidths=[lw, vw] * ncols)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, lab.accent),
                           ("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def banner(lab: Lab, text, bg=colors.HexColor("#e8e8e8"), border=colors.black, width=178 * mm,
           size=None, fg=colors.black, align=TA_LEFT):
    st = lab.st("body", fontName=lab.bold, fontSize=size or lab.size + 2.2,
                leading=(size or lab.size + 2.2) * 1.25, textColor=fg, alignment=align, spaceAfter=0)
    t = Table([[Paragraph(text, st)]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, border),
                           ("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def two_col(lab: Lab, left_title, left, right_title, right, width=178 * mm, ratio=0.42):
    """Two-column 'Result / Interpretation' block; left and right are lists of flowables."""
    lw = width * ratio
    t = Table([[Paragraph(f"<b>{left_title}</b>", lab.st("cell")),
                Paragraph(f"<b>{right_title}</b>", lab.st("cell"))],
               [left, right]], colWidths=[lw, width - lw])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, lab.accent),
                           ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
    return t


def kv(lab: Lab, pairs, widths=(45 * mm, 133 * mm), kind="cell", bold_keys=True):
    rows = [[Paragraph(f"<b>{k}</b>" if bold_keys else k, lab.st(kind)), Paragraph(v, lab.st(kind))]
            for k, v in pairs]
    t = Table(rows, colWidths=list(widths))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def signoff(lab: Lab, lines, width=178 * mm):
    cols = [[P(lab, l, "cell") for l in block] for block in lines]
    t = Table([cols], colWidths=[width / len(cols)] * len(cols))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def sp(h=4):
    return Spacer(1, h)


# the laboratories (all invented)
LABS = {
    "A": Lab("NUH", "Northfield University Hospital", "Molecular Diagnostics Laboratory, Department of Cellular Pathology",
             "Level 3, Wexham Wing, 14 Carrick Road, Northfield NF2 7QX  -  Tel 01632 960 418",
             accent=colors.HexColor("#0b4f6c"), header_style="logo",
             footer="NUH Molecular Diagnostics - UKAS-style accreditation ref. 9991 (fictional)"),
    "B": Lab("SAR", "St Aldhelm's Regional Pathology Service", "Cellular & Molecular Pathology - Somatic Mutation Section",
             "Aldhelm House, Pryor Street, Wendlebury WB4 1HH", font="Times-Roman", bold="Times-Bold",
             accent=colors.HexColor("#5a1e3c"), header_style="right", size=9.2,
             footer="Report issued electronically. Amended reports supersede all earlier versions."),
    "C": Lab("LMC", "Lakeshore Medical Center", "Division of Molecular Pathology - CLIA 00D0000000 (fictional)",
             "2200 N. Harbor Parkway, Suite 410, Lakeshore, MN 55999  |  (555) 014-2290",
             accent=colors.HexColor("#23395b"), header_style="band", pagesize=letter,
             footer="Lakeshore Medical Center Molecular Pathology  |  Medical Director: R. Okonkwo-Lind, MD"),
    "D": Lab("KVH", "Kestrel Valley Health", "Genomic Diagnostics Unit - Solid Tumour Sequencing",
             "Kestrel Valley Hospital, Orchard Lane, Kestrel KV9 3AB",
             accent=colors.HexColor("#2e6b3a"), header_style="rule",
             footer="KVH-GDU form SOM-RPT v7 - This report contains confidential clinical information"),
    "E": Lab("IHV", "Institut Hospitalier de Vernay", "Plateforme de Biologie Moleculaire des Tumeurs / Tumour Molecular Biology Platform",
             "12 rue des Tisserands, 00000 Vernay  -  tel. +00 0 00 00 00 00",
             accent=colors.HexColor("#7a3e00"), header_style="band", size=8.4,
             footer="IHV-PBMT  Compte rendu / Report - document valide sans signature manuscrite"),
    "F": Lab("HCF", "Harbourgate Cytogenetics & FISH Service", "Solid Tumour FISH Laboratory, Harbourgate General Infirmary",
             "Dock Road, Harbourgate HG1 5PL", accent=colors.HexColor("#444444"), header_style="mono",
             font="Helvetica", size=8.4,
             footer="HCF FISH Laboratory - results relate only to the sample as received"),
    "G": Lab("MCC", "Mount Carrow Cancer Centre", "Molecular Oncology Laboratory",
             "Carrow Hill Campus, Building 6, Mount Carrow MC3 8RD", accent=colors.HexColor("#6b2d8c"),
             header_style="logo", footer="MCC Molecular Oncology - QF-112 rev 4"),
    "H": Lab("PCU", "Pemberton-Clyde University Medical Center", "Center for Precision Diagnostics - Liquid Biopsy Service",
             "410 Alder Avenue, Pemberton, OH 45999  |  pcd-lab.invalid", accent=colors.HexColor("#004d7a"),
             header_style="band", pagesize=letter,
             footer="PCUMC Center for Precision Diagnostics  -  This test was developed and its performance characteristics determined by this laboratory."),
    "I": Lab("RDH", "Ridgeway District Hospital", "Department of Histopathology - Molecular Section",
             "Ridgeway Road, Ridgeway RW7 2EE", font="Courier", bold="Courier-Bold",
             accent=colors.black, header_style="mono", size=8.2,
             footer="RDH LIMS print  *** CONFIDENTIAL ***"),
    "J": Lab("AUC", "Aurelian University Clinics", "Institute of Pathology - Molecular Pathology Unit",
             "Klinikstrasse 40, 00000 Aurel  -  molpath@auc.invalid", font="Times-Roman", bold="Times-Bold",
             accent=colors.HexColor("#8b0000"), header_style="right", size=9,
             footer="Institute of Pathology, Aurelian University Clinics - accredited testing laboratory (fictional ref. D-PL-00000)"),
    "K": Lab("WCH", "Whitlow Children's Hospital", "Paediatric Molecular Genetics & Tumour Biology Laboratory",
             "1 Whitlow Crescent, Whitlow WT2 9LB", accent=colors.HexColor("#c05a00"), header_style="logo",
             footer="WCH Tumour Biology - results to be interpreted with histology and clinical findings"),
    "L": Lab("EGH", "Eastmere Genomic Laboratory Hub", "Solid Cancer Genomics - Eastmere University Hospitals",
             "Genomics Building, Eastmere Science Park, Eastmere EM5 0GG", accent=colors.HexColor("#0f5257"),
             header_style="band", size=8.3,
             footer="Eastmere GLH  |  Somatic report template SC-04  |  Queries: solid.cancer@eglh.invalid"),
}
