"""Shared page furniture, styles and flowable helpers for the probe52 generator.

Everything here is invented: institutions, addresses, people, numbers.
"""
from __future__ import annotations

import reportlab.rl_config as rl_config

rl_config.invariant = 1

from dataclasses import dataclass, field

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.code39 import Standard39
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

__all__ = ["L", "Report", "P", "Spacer", "PageBreak", "CondPageBreak", "KeepTogether", "Table",
           "TableStyle", "colors", "mm", "grid", "kv", "kv2", "box", "Rule", "build_pdf", "INST",
           "TA_CENTER", "TA_RIGHT"]

FIELD_ORDER = ["marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration",
               "value", "optional"]


def L(marker, aspect, status, *evidence, **fields):
    """One reference label plus the short evidence phrases that must be in the PDF text."""
    if not evidence:
        raise ValueError("label needs evidence")
    d = {"marker": marker, "aspect": aspect, "status": status}
    d.update(fields)
    out = {k: d[k] for k in FIELD_ORDER if k in d}
    out["_ev"] = list(evidence)
    return out


@dataclass
class Report:
    rid: str
    inst: "Inst"
    info: dict
    story: list
    labels: list
    doc: str = ""        # short description for README
    tumour: str = ""
    kinds: list = field(default_factory=list)


# ---------------------------------------------------------------- flowable helpers

def P(text, style):
    return Paragraph(text, style)


class Rule(Flowable):
    def __init__(self, width=None, thick=0.6, colour=colors.black, space=3, dash=None):
        super().__init__()
        self.w, self.thick, self.colour, self.space, self.dash = width, thick, colour, space, dash

    def wrap(self, aw, ah):
        self._aw = self.w or aw
        return self._aw, self.thick + 2 * self.space

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.thick)
        if self.dash:
            c.setDash(*self.dash)
        c.line(0, self.space, self._aw, self.space)
        c.restoreState()


def _cellify(row, style, bold_style=None, bold=False):
    out = []
    for v in row:
        if isinstance(v, str):
            out.append(Paragraph(v, bold_style if (bold and bold_style) else style))
        else:
            out.append(v)
    return out


def grid(rows, widths, S, mode="grid", header=True, head_bg=colors.HexColor("#D9D9D9"),
         line=colors.black, zebra=None, extra=None, pad=2.5, valign="TOP"):
    """A table of strings (or flowables). mode: grid | lines | none | box | zebra."""
    data = []
    for i, r in enumerate(rows):
        data.append(_cellify(r, S["cell"], S["cellb"], bold=(header and i == 0)))
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [("VALIGN", (0, 0), (-1, -1), valign),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad - 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if mode == "grid":
        st.append(("GRID", (0, 0), (-1, -1), 0.5, line))
    elif mode == "box":
        st.append(("BOX", (0, 0), (-1, -1), 0.8, line))
        if header:
            st.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, line))
    elif mode == "lines":
        st.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, line))
        if header:
            st.append(("LINEABOVE", (0, 0), (-1, 0), 0.9, line))
            st.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, line))
    if header and head_bg is not None and mode != "none":
        st.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if (i % 2 == 0):
                st.append(("BACKGROUND", (0, i), (-1, i), zebra))
    if extra:
        st.extend(extra)
    t.setStyle(TableStyle(st))
    return t


def kv(pairs, widths, S, mode="none", line=colors.grey, pad=1.5, label_style=None):
    """Item: value lines as a two-column table."""
    ls = label_style or S["cellb"]
    data = [[Paragraph(a, ls), Paragraph(b, S["cell"]) if isinstance(b, str) else b] for a, b in pairs]
    t = Table(data, colWidths=widths)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if mode == "grid":
        st.append(("GRID", (0, 0), (-1, -1), 0.4, line))
    elif mode == "lines":
        st.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, line))
    t.setStyle(TableStyle(st))
    return t


def kv2(left, right, widths, S, mode="none", line=colors.grey, pad=1.5, divider=True, heads=None):
    """Two synoptic columns of Item: value pairs laid side by side (4 table columns).
    heads: optional (left title, right title) printed above each column, spanning label and value."""
    n = max(len(left), len(right))
    left = left + [("", "")] * (n - len(left))
    right = right + [("", "")] * (n - len(right))
    data = []
    if heads:
        data.append([Paragraph(heads[0], S["cellb"]), "", Paragraph(heads[1], S["cellb"]), ""])
    for (a, b), (c, d) in zip(left, right):
        data.append([Paragraph(a, S["cellb"]), Paragraph(b, S["cell"]),
                     Paragraph(c, S["cellb"]), Paragraph(d, S["cell"])])
    t = Table(data, colWidths=widths)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if heads:
        st += [("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.6, line)]
    if divider:
        st.append(("LINEAFTER", (1, 0), (1, -1), 0.5, line))
    if mode == "grid":
        st.append(("GRID", (0, 0), (-1, -1), 0.4, line))
    elif mode == "lines":
        st.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, line))
    elif mode == "box":
        st.append(("BOX", (0, 0), (-1, -1), 0.6, line))
    t.setStyle(TableStyle(st))
    return t


def box(flowables, width, border=colors.black, bg=None, thick=0.8, pad=5):
    t = Table([[flowables]], colWidths=[width])
    st = [("BOX", (0, 0), (-1, -1), thick, border),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if bg is not None:
        st.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- institutions

class Inst:
    key = "X"
    name = ""
    pagesize = A4
    lm = rm = 18 * mm
    first_top = 42 * mm
    later_top = 22 * mm
    bottom = 20 * mm
    font, bold, italic = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    size, leading = 8.8, 11.2
    accent = colors.black
    tint = colors.HexColor("#EEEEEE")
    creator = "LIS"

    def __init__(self):
        self.S = self.make_styles()

    @property
    def width(self):
        return self.pagesize[0] - self.lm - self.rm

    def make_styles(self):
        f, b, i, s, l = self.font, self.bold, self.italic, self.size, self.leading
        S = {
            "body": ParagraphStyle("body", fontName=f, fontSize=s, leading=l, spaceAfter=3),
            "bodyj": ParagraphStyle("bodyj", fontName=f, fontSize=s, leading=l, spaceAfter=3, alignment=4),
            "bold": ParagraphStyle("bold", fontName=b, fontSize=s, leading=l, spaceAfter=2),
            "ital": ParagraphStyle("ital", fontName=i, fontSize=s, leading=l, spaceAfter=2),
            "small": ParagraphStyle("small", fontName=f, fontSize=s - 1.3, leading=l - 1.8, spaceAfter=2),
            "smalli": ParagraphStyle("smalli", fontName=i, fontSize=s - 1.3, leading=l - 1.8, spaceAfter=2),
            "tiny": ParagraphStyle("tiny", fontName=f, fontSize=s - 2.2, leading=l - 3, spaceAfter=1),
            "cell": ParagraphStyle("cell", fontName=f, fontSize=s - 0.8, leading=l - 1.4),
            "cellb": ParagraphStyle("cellb", fontName=b, fontSize=s - 0.8, leading=l - 1.4),
            "celli": ParagraphStyle("celli", fontName=i, fontSize=s - 0.8, leading=l - 1.4),
            "h": ParagraphStyle("h", fontName=b, fontSize=s + 0.6, leading=l + 1, spaceBefore=5, spaceAfter=3),
            "h2": ParagraphStyle("h2", fontName=b, fontSize=s, leading=l, spaceBefore=3, spaceAfter=1),
            "diag": ParagraphStyle("diag", fontName=b, fontSize=s + 0.4, leading=l + 1.2, spaceAfter=3),
            "ind": ParagraphStyle("ind", fontName=f, fontSize=s, leading=l, leftIndent=12, spaceAfter=2),
            "indb": ParagraphStyle("indb", fontName=b, fontSize=s, leading=l, leftIndent=12, spaceAfter=2),
            "right": ParagraphStyle("right", fontName=f, fontSize=s, leading=l, alignment=TA_RIGHT),
            "center": ParagraphStyle("center", fontName=b, fontSize=s + 1, leading=l + 2, alignment=TA_CENTER),
        }
        return S

    # section heading flowable; overridden per house style
    def section(self, title):
        t = Table([[Paragraph(title, self.S["cellb"])]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.tint),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return KeepTogether([Spacer(1, 4), t, Spacer(1, 3)])

    def furniture(self, c, rep, page, total):
        raise NotImplementedError


def _barcode(c, value, x, y, h=18, bw=0.75, kind="128"):
    if kind == "39":
        b = Standard39(value, barHeight=h, barWidth=bw, checksum=0, humanReadable=False, quiet=0)
    else:
        b = Code128(value, barHeight=h, barWidth=bw, humanReadable=False, quiet=0)
    b.drawOn(c, x, y)
    return b.width


class HGH(Inst):
    """Harrowgate General Hospital, Cellular Pathology (UK). Navy bars, shield logo, boxed demographics."""
    key = "HGH"
    size, leading = 9.6, 12.6
    name = "Harrowgate General Hospital"
    accent = colors.HexColor("#1F3A68")
    tint = colors.HexColor("#1F3A68")
    first_top = 34 * mm
    creator = "HGH CellPath 7.3"

    def section(self, title):
        st = ParagraphStyle("hb", parent=self.S["cellb"], textColor=colors.white, fontSize=8.6)
        t = Table([[Paragraph(title.upper(), st)]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        return KeepTogether([Spacer(1, 5), t, Spacer(1, 3)])

    def demographics(self, d):
        S = self.S
        L_ = [("Patient", d["patient"]), ("Unit No", d["mrn"]), ("Date of birth", d["dob"]),
              ("Sex", d["sex"]), ("Location", d["loc"])]
        R_ = [("Lab No", d["acc"]), ("Consultant", d["consultant"]), ("Collected", d["collected"]),
              ("Received", d["received"]), ("Reported", d["reported"])]
        t = kv2(L_, R_, [24 * mm, 60 * mm, 24 * mm, self.width - 108 * mm], S, divider=True,
                line=colors.HexColor("#8090B0"))
        outer = Table([[t]], colWidths=[self.width])
        outer.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, self.accent),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
        return outer

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            # shield logo
            x, y = self.lm, H - 28 * mm
            p = c.beginPath()
            p.moveTo(x, y + 16 * mm); p.lineTo(x + 13 * mm, y + 16 * mm); p.lineTo(x + 13 * mm, y + 7 * mm)
            p.curveTo(x + 13 * mm, y + 2 * mm, x + 9 * mm, y, x + 6.5 * mm, y - 1 * mm)
            p.curveTo(x + 4 * mm, y, x, y + 2 * mm, x, y + 7 * mm); p.close()
            c.setFillColor(self.accent); c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.rect(x + 5.7 * mm, y + 2 * mm, 1.6 * mm, 12 * mm, stroke=0, fill=1)
            c.rect(x + 2 * mm, y + 9.5 * mm, 9 * mm, 1.6 * mm, stroke=0, fill=1)
            c.setFillColor(self.accent)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(x + 17 * mm, H - 17 * mm, "Harrowgate General Hospital")
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 17 * mm, H - 22 * mm, "Department of Cellular Pathology")
            c.setFont("Helvetica", 7)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(x + 17 * mm, H - 26 * mm,
                         "Brindley Wing, Moorside Road, Harrowgate HG9 4ZZ  |  Tel 01632 960418  |  cellpath.harrowgate.invalid")
            # title block
            c.setFillColor(self.accent)
            c.rect(W - self.rm - 58 * mm, H - 24 * mm, 58 * mm, 10 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawCentredString(W - self.rm - 29 * mm, H - 20.5 * mm, d.get("doc_title", "HISTOPATHOLOGY REPORT"))
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(self.accent)
            c.drawString(self.lm, H - 13 * mm, "Harrowgate General Hospital  -  Cellular Pathology (continued)")
            c.drawRightString(W - self.rm, H - 13 * mm, f"{d['patient']}   Unit No {d['mrn']}   Lab No {d['acc']}")
            c.setStrokeColor(self.accent); c.setLineWidth(0.8)
            c.line(self.lm, H - 15 * mm, W - self.rm, H - 15 * mm)
        c.setStrokeColor(self.accent); c.setLineWidth(0.5)
        c.line(self.lm, 14 * mm, W - self.rm, 14 * mm)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(self.lm, 10.5 * mm, "Authorised electronically. Printed copies are uncontrolled. "
                     "Laboratory accreditation ref. 9917.")
        c.drawString(self.lm, 7.5 * mm, f"Printed {d.get('printed', '')}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(W - self.rm, 10.5 * mm, f"Page {page} of {total}")
        c.restoreState()


class KVRL(Inst):
    """Kestrel Valley Reference Laboratories (US reference lab). Two-column header, barcode, grey grids."""
    key = "KVRL"
    size, leading = 9.3, 12.2
    name = "Kestrel Valley Reference Laboratories"
    pagesize = letter
    lm = rm = 16 * mm
    first_top = 30 * mm
    later_top = 24 * mm
    accent = colors.HexColor("#C8611A")
    tint = colors.HexColor("#F3E3D3")
    creator = "KVRL Horizon AP 12.2"

    def section(self, title):
        t = Table([[Paragraph(title, self.S["cellb"])]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.tint),
                               ("LINEBELOW", (0, 0), (-1, -1), 1, self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        return KeepTogether([Spacer(1, 5), t, Spacer(1, 3)])

    def demographics(self, d):
        S = self.S
        left = [("CLIENT", d["client"]), ("ORDERING", d["ordering"]), ("CLIENT REF", d["client_ref"]),
                ("COPY TO", d.get("copy", "-"))]
        right = [("PATIENT", d["patient"]), ("DOB / SEX", f"{d['dob']} / {d['sex']}"),
                 ("ACCESSION", d["acc"]), ("COLLECTED", d["collected"]), ("RECEIVED", d["received"]),
                 ("REPORTED", d["reported"])]
        return kv2(left, right, [22 * mm, 66 * mm, 24 * mm, self.width - 112 * mm], S, mode="box",
                   line=colors.HexColor("#999999"))

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        x = self.lm
        top = H - 10 * mm
        if page == 1:
            c.setFillColor(self.accent)
            for i, (dx, dy) in enumerate([(0, 0), (5, 3), (10, 0)]):
                p = c.beginPath()
                p.moveTo(x + dx * mm, top - 10 * mm + dy * mm)
                p.lineTo(x + (dx + 7) * mm, top - 3 * mm + dy * mm)
                p.lineTo(x + (dx + 4) * mm, top - 12 * mm + dy * mm)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 13)
            c.setFillColor(colors.black)
            c.drawString(x + 22 * mm, top - 5 * mm, "KESTREL VALLEY")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 22 * mm, top - 9.5 * mm, "Reference Laboratories  |  Anatomic & Molecular Pathology")
            c.setFont("Helvetica", 6.8)
            c.drawString(x + 22 * mm, top - 13 * mm, "4410 Larkspur Way, Suite 200, Alder Springs, CO 80999  |  (555) 010-4477")
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(W - self.rm, top - 15.5 * mm, d.get("doc_title", "PATHOLOGY REPORT"))
        else:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, top - 4 * mm, f"{d['patient']}   DOB {d['dob']}")
            c.setFont("Helvetica", 7.5)
            c.drawString(x, top - 8 * mm, f"Accession {d['acc']}   Client {d['client']}")
        bw = _barcode(c, d["acc"].replace(" ", ""), 0, -1000)  # measure
        _barcode(c, d["acc"].replace(" ", ""), W - self.rm - bw, top - 9 * mm, h=9 * mm)
        c.setFont("Helvetica", 7)
        c.drawRightString(W - self.rm - bw - 3 * mm, top - 2 * mm, f"Page {page} of {total}")
        c.setStrokeColor(self.accent); c.setLineWidth(1.2)
        c.line(self.lm, top - (17.5 if page == 1 else 11) * mm, W - self.rm, top - (17.5 if page == 1 else 11) * mm)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(self.lm, 10 * mm, "Kestrel Valley Reference Laboratories  -  Laboratory Director: Howard P. Quennell, MD  -  Lab ID KV-0042")
        c.drawString(self.lm, 7 * mm, "This report is confidential and intended for the ordering provider. Results relate only to the specimen received.")
        c.drawRightString(W - self.rm, 7 * mm, f"{d['acc']}  |  {page}/{total}")
        c.restoreState()


class SOUMC(Inst):
    """Saint Odile University Medical Center. Times, capitals with rules, no grid tables."""
    key = "SOUMC"
    size, leading = 10.6, 13.4
    name = "Saint Odile University Medical Center"
    pagesize = letter
    lm = rm = 20 * mm
    first_top = 40 * mm
    later_top = 20 * mm
    font, bold, italic = "Times-Roman", "Times-Bold", "Times-Italic"
    accent = colors.HexColor("#5A1E2C")
    creator = "SOUMC PathWorks 9.4"

    def section(self, title):
        st = ParagraphStyle("sh", parent=self.S["h"], fontName="Times-Bold", fontSize=10, spaceBefore=0, spaceAfter=0)
        return KeepTogether([Spacer(1, 6), Paragraph(title.upper(), st), Rule(thick=0.5, space=1.5), Spacer(1, 2)])

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            cx, cy, r = self.lm + 8 * mm, H - 17 * mm, 7.5 * mm
            c.setFillColor(self.accent)
            c.circle(cx, cy, r, stroke=0, fill=1)
            c.setFillColor(colors.white)
            import math
            p = c.beginPath()
            for k in range(16):
                rr = r * (0.78 if k % 2 == 0 else 0.34)
                a = math.pi / 2 + k * math.pi / 8
                (p.moveTo if k == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Times-Bold", 14.5)
            c.drawString(self.lm + 19 * mm, H - 15 * mm, "SAINT ODILE UNIVERSITY MEDICAL CENTER")
            c.setFont("Times-Roman", 10)
            c.drawString(self.lm + 19 * mm, H - 20 * mm, "Department of Pathology  -  Division of Anatomic Pathology")
            c.setFont("Times-Roman", 7.5)
            c.drawString(self.lm + 19 * mm, H - 24 * mm, "1200 Convent Hill Road, Marlow Heights, PA 19999   Tel (555) 010-2300   Fax (555) 010-2301")
            c.setFont("Times-Bold", 10)
            c.drawString(self.lm, H - 32 * mm, d.get("doc_title", "SURGICAL PATHOLOGY REPORT"))
            c.setFont("Times-Roman", 9)
            c.drawRightString(W - self.rm, H - 32 * mm, f"Accession: {d['acc']}")
            c.setLineWidth(1.4)
            c.line(self.lm, H - 34 * mm, W - self.rm, H - 34 * mm)
            c.setLineWidth(0.4)
            c.line(self.lm, H - 35 * mm, W - self.rm, H - 35 * mm)
        else:
            c.setFont("Times-Italic", 8.5)
            c.drawString(self.lm, H - 12 * mm, f"{d['patient']}  (MRN {d['mrn']})")
            c.drawRightString(W - self.rm, H - 12 * mm, f"Accession: {d['acc']}")
            c.setLineWidth(0.4)
            c.line(self.lm, H - 13.5 * mm, W - self.rm, H - 13.5 * mm)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 10 * mm, f"Page {page} of {total}")
        c.setFont("Times-Italic", 7)
        c.drawString(self.lm, 10 * mm, "CONFIDENTIAL PATIENT INFORMATION")
        c.drawRightString(W - self.rm, 10 * mm, f"Printed {d.get('printed', '')}")
        c.restoreState()


class MRH(Inst):
    """Marrowfield Regional Health (Canada), bilingual labels, green tints, rounded boxes."""
    key = "MRH"
    size, leading = 9.4, 12.2
    name = "Marrowfield Regional Health"
    accent = colors.HexColor("#2E6B3F")
    tint = colors.HexColor("#DCEBDF")
    first_top = 33 * mm
    creator = "MRH LabLink AP 5"

    def section(self, title):
        st = ParagraphStyle("mh", parent=self.S["cellb"], textColor=self.accent, fontSize=8.8)
        t = Table([[Paragraph(title, st)]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.tint),
                               ("LINEBEFORE", (0, 0), (0, -1), 3, self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        return KeepTogether([Spacer(1, 5), t, Spacer(1, 3)])

    def demographics(self, d):
        S = self.S
        left = [("Patient / Patient", d["patient"]), ("HCN / NAM", d["hcn"]), ("DOB / DDN", d["dob"]),
                ("Sex / Sexe", d["sex"])]
        right = [("Accession / No d'accès", d["acc"]), ("Physician / Médecin", d["ordering"]),
                 ("Collected / Prélevé", d["collected"]), ("Reported / Signé", d["reported"])]
        t = kv2(left, right, [30 * mm, 52 * mm, 36 * mm, self.width - 118 * mm], S, divider=False)
        outer = Table([[t]], colWidths=[self.width])
        outer.setStyle(TableStyle([("ROUNDEDCORNERS", [4, 4, 4, 4]), ("BOX", (0, 0), (-1, -1), 0.8, self.accent),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F6FAF7"))]))
        return outer

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            import math
            cx, cy, r = self.lm + 7 * mm, H - 18 * mm, 7 * mm
            p = c.beginPath()
            for k in range(6):
                a = math.pi / 6 + k * math.pi / 3
                (p.moveTo if k == 0 else p.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
            p.close()
            c.setFillColor(self.accent); c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white); c.circle(cx, cy, 3 * mm, stroke=0, fill=1)
            c.setFillColor(self.accent); c.circle(cx, cy, 1.4 * mm, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(self.lm + 17 * mm, H - 16 * mm, "Marrowfield Regional Health")
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.black)
            c.drawString(self.lm + 17 * mm, H - 20.5 * mm, "Laboratory Medicine - Anatomical Pathology / Médecine de laboratoire - Anatomopathologie")
            c.setFont("Helvetica", 6.8)
            c.drawString(self.lm + 17 * mm, H - 24 * mm, "Marrowfield General Site, 88 Rideau Bend Rd, Marrowfield ON  K0X 9Z9  -  (555) 010-6640")
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(self.accent)
            c.drawRightString(W - self.rm, H - 12 * mm, d.get("doc_title", "SURGICAL PATHOLOGY"))
        else:
            c.setFillColor(self.accent)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(self.lm, H - 13 * mm, "Marrowfield Regional Health")
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.black)
            c.drawRightString(W - self.rm, H - 13 * mm, f"{d['patient']}  |  {d['acc']}  |  HCN {d['hcn']}")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawRightString(W - self.rm, 9 * mm, f"Page / Page {page} / {total}")
        c.setFont("Helvetica", 6.3)
        c.drawString(self.lm, 9 * mm, f"Final report / Rapport final  -  {d['acc']}  -  printed {d.get('printed', '')}")
        c.restoreState()


class LIP(Inst):
    """Lindqvist Institute of Pathology, consultation letters (Times, maroon bars logo)."""
    key = "LIP"
    name = "Lindqvist Institute of Pathology"
    lm = rm = 22 * mm
    first_top = 44 * mm
    later_top = 22 * mm
    font, bold, italic = "Times-Roman", "Times-Bold", "Times-Italic"
    size, leading = 10.6, 14
    accent = colors.HexColor("#6D1A36")
    creator = "LIP ConsultNet"

    def section(self, title):
        st = ParagraphStyle("lh", parent=self.S["h"], fontName="Times-BoldItalic", fontSize=10.5,
                            textColor=self.accent, spaceBefore=6, spaceAfter=2)
        return Paragraph(title, st)

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            x = W / 2 - 5 * mm
            c.setFillColor(self.accent)
            for i, hh in enumerate([9, 13, 9]):
                c.rect(x + i * 4 * mm, H - 22 * mm, 2.6 * mm, hh * mm, stroke=0, fill=1)
            c.setFont("Times-Bold", 13)
            c.drawCentredString(W / 2, H - 28 * mm, "LINDQVIST INSTITUTE OF PATHOLOGY")
            c.setFont("Times-Italic", 9)
            c.setFillColor(colors.black)
            c.drawCentredString(W / 2, H - 32.5 * mm, "Consultation Service in Surgical Pathology and Cytopathology")
            c.setFont("Times-Roman", 7.5)
            c.drawCentredString(W / 2, H - 36.5 * mm, "Vasagatan 41-B, 999 99 Norrhamn  -  +46 (0)31 390 06 42  -  consult@lindqvist-path.invalid")
            c.setStrokeColor(self.accent)
            c.line(self.lm, H - 39 * mm, W - self.rm, H - 39 * mm)
        else:
            c.setFont("Times-Italic", 8.5)
            c.drawString(self.lm, H - 13 * mm, f"Lindqvist Institute of Pathology - consultation {d['acc']} - {d['patient']}")
            c.drawRightString(W - self.rm, H - 13 * mm, f"Page {page} of {total}")
        c.setFont("Times-Roman", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, 10 * mm, f"{d['acc']}   -   page {page} of {total}")
        c.restoreState()


class NCCC(Inst):
    """Northbay Comprehensive Cancer Centre, Cytopathology. Teal ring logo, barcode, diagnosis box."""
    key = "NCCC"
    size, leading = 9.4, 12.2
    name = "Northbay Comprehensive Cancer Centre"
    lm = rm = 15 * mm
    first_top = 36 * mm
    later_top = 20 * mm
    accent = colors.HexColor("#127A7A")
    tint = colors.HexColor("#D5EEEE")
    creator = "Northbay CytoLIS 4.0"

    def section(self, title):
        st = ParagraphStyle("nh", parent=self.S["cellb"], textColor=colors.white)
        t = Table([[Paragraph(title, st)]], colWidths=[self.width * 0.55])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        t.hAlign = "LEFT"
        return KeepTogether([Spacer(1, 5), t, Rule(thick=0.8, colour=self.accent, space=0), Spacer(1, 3)])

    def demographics(self, d):
        S = self.S
        rows = [["Patient", d["patient"], "Cyto No", d["acc"], "Collected", d["collected"]],
                ["MRN", d["mrn"], "Specimen", d["spec_type"], "Received", d["received"]],
                ["DOB / Sex", f"{d['dob']}  {d['sex']}", "Requesting", d["ordering"], "Reported", d["reported"]]]
        data = [[Paragraph(v, S["cellb"] if i % 2 == 0 else S["cell"]) for i, v in enumerate(r)] for r in rows]
        t = Table(data, colWidths=[21 * mm, 36 * mm, 23 * mm, 48 * mm, 21 * mm, self.width - 149 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, self.accent),
                               ("BACKGROUND", (0, 0), (0, -1), self.tint), ("BACKGROUND", (2, 0), (2, -1), self.tint),
                               ("BACKGROUND", (4, 0), (4, -1), self.tint), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            cx, cy = self.lm + 7 * mm, H - 16 * mm
            c.setStrokeColor(self.accent); c.setLineWidth(2.2)
            c.circle(cx, cy, 6 * mm, stroke=1, fill=0)
            c.setFillColor(self.accent); c.circle(cx + 2.5 * mm, cy + 2.5 * mm, 1.8 * mm, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 12.5)
            c.drawString(self.lm + 16 * mm, H - 14 * mm, "Northbay Comprehensive Cancer Centre")
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.black)
            c.drawString(self.lm + 16 * mm, H - 18.5 * mm, "Department of Laboratory Medicine  -  Cytopathology Laboratory")
            c.setFont("Helvetica", 6.8)
            c.drawString(self.lm + 16 * mm, H - 22 * mm, "3 Harbour Light Drive, Northbay  -  Cytology enquiries 01632 960771")
            c.setFont("Helvetica-Bold", 11)
            c.setFillColor(self.accent)
            c.drawString(self.lm, H - 30 * mm, d.get("doc_title", "NON-GYNAECOLOGICAL CYTOLOGY REPORT"))
        else:
            c.setFont("Helvetica", 7.5)
            c.drawString(self.lm, H - 12 * mm, f"NCCC Cytopathology  -  {d['patient']}  -  MRN {d['mrn']}  -  {d['acc']}")
        bw = _barcode(c, d["acc"], 0, -1000, kind="39", bw=0.7)
        _barcode(c, d["acc"], W - self.rm - bw, H - (22 if page == 1 else 14) * mm, h=(8 if page == 1 else 5) * mm, kind="39", bw=0.7)
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.black)
        c.drawString(self.lm, 9 * mm, "NCCC Cytopathology - results must be interpreted with the clinical and radiological findings")
        c.drawRightString(W - self.rm, 9 * mm, f"Page {page} of {total}")
        c.restoreState()


class QMH(Inst):
    """Quillon Memorial Hospital (Australia). LIS print in Courier with dashed rules."""
    key = "QMH"
    size, leading = 9.2, 11.6
    name = "Quillon Memorial Hospital"
    lm = rm = 17 * mm
    first_top = 46 * mm
    later_top = 24 * mm
    font, bold, italic = "Courier", "Courier-Bold", "Courier-Oblique"
    accent = colors.HexColor("#4B2E83")
    creator = "QMH PathNet AP"

    def section(self, title):
        st = ParagraphStyle("qh", parent=self.S["bold"], spaceBefore=6, spaceAfter=0)
        return KeepTogether([Paragraph(title.upper() + ":", st), Rule(thick=0.4, space=1.5, dash=(2, 2)), Spacer(1, 1)])

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            cx, cy = self.lm + 6 * mm, H - 16 * mm
            p = c.beginPath()
            p.moveTo(cx, cy + 7 * mm); p.lineTo(cx + 6 * mm, cy); p.lineTo(cx, cy - 7 * mm); p.lineTo(cx - 6 * mm, cy); p.close()
            c.setFillColor(self.accent); c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white); c.rect(cx - 1 * mm, cy - 3.5 * mm, 2 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(self.accent)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(self.lm + 15 * mm, H - 14 * mm, "QUILLON MEMORIAL HOSPITAL")
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.black)
            c.drawString(self.lm + 15 * mm, H - 18.5 * mm, "Pathology Service - Anatomical Pathology & Cytology")
            c.setFont("Helvetica", 6.8)
            c.drawString(self.lm + 15 * mm, H - 22 * mm, "12 Tallowwood Avenue, Quillon NSW 2999  -  Ph (02) 5550 1822  -  Accreditation no. 9931")
            c.setFont("Courier", 8.3)
            rows = [("URN", d["mrn"], "EPISODE", d["acc"]), ("NAME", d["patient"], "COLLECTED", d["collected"]),
                    ("DOB", f"{d['dob']}  SEX {d['sex']}", "RECEIVED", d["received"]),
                    ("REQ DR", d["ordering"], "COPY TO", d.get("copy", "-"))]
            y = H - 29 * mm
            for a, b, e, f in rows:
                c.drawString(self.lm, y, f"{a:<9}: {b}")
                c.drawString(self.lm + 92 * mm, y, f"{e:<10}: {f}")
                y -= 3.7 * mm
            c.setDash(3, 2)
            c.line(self.lm, y + 1 * mm, W - self.rm, y + 1 * mm)
            c.setDash()
        else:
            c.setFont("Courier", 8)
            c.drawString(self.lm, H - 13 * mm, f"QUILLON MEMORIAL HOSPITAL  URN {d['mrn']}  EP {d['acc']}  {d['patient']}")
            c.drawString(self.lm, H - 16.5 * mm, "(continued)")
            c.setDash(3, 2); c.line(self.lm, H - 18 * mm, W - self.rm, H - 18 * mm); c.setDash()
        c.setFont("Courier", 7.5)
        c.drawString(self.lm, 10 * mm, f"{d['acc']}   FINAL   Printed {d.get('printed', '')}")
        c.drawRightString(W - self.rm, 10 * mm, f"Page {page} of {total}")
        c.restoreState()


class CBMP(Inst):
    """Coralbay Molecular & Pathology Partners: reference laboratory addenda, blue waves, barcode."""
    key = "CBMP"
    size, leading = 9.2, 12.0
    name = "Coralbay Molecular & Pathology Partners"
    pagesize = letter
    lm = rm = 17 * mm
    first_top = 36 * mm
    later_top = 22 * mm
    accent = colors.HexColor("#0B5394")
    tint = colors.HexColor("#DDE8F4")
    creator = "Coralbay ReportBuilder 3"

    def section(self, title):
        st = ParagraphStyle("ch", parent=self.S["cellb"], textColor=self.accent, fontSize=9)
        t = Table([[Paragraph(title, st)]], colWidths=[self.width])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return KeepTogether([Spacer(1, 6), t, Spacer(1, 3)])

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        top = H - 10 * mm
        c.setFillColor(self.accent)
        c.setStrokeColor(self.accent)
        if page == 1:
            for i in range(4):
                c.setFillColor(colors.Color(0.04, 0.33 + i * 0.1, 0.58 + i * 0.08))
                c.circle(self.lm + (3 + i * 4) * mm, top - 6 * mm - (i % 2) * 2 * mm, 2.6 * mm, stroke=0, fill=1)
            c.setFillColor(self.accent)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(self.lm + 21 * mm, top - 4.5 * mm, "CORALBAY")
            c.setFont("Helvetica", 8.5)
            c.drawString(self.lm + 21 * mm, top - 9 * mm, "Molecular & Pathology Partners")
            c.setFont("Helvetica", 6.6)
            c.setFillColor(colors.black)
            c.drawString(self.lm + 21 * mm, top - 12.5 * mm, "Reference Laboratory - 70 Seawall Parkway, Coral Bay, FL 33999 - (555) 010-9182 - coralbay-mpp.invalid")
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(self.accent)
            c.drawString(self.lm, top - 21 * mm, d.get("doc_title", "BIOMARKER REPORT"))
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.black)
            c.drawString(self.lm, top - 4 * mm, f"Coralbay MPP  |  {d['patient']}  |  Specimen ID {d['acc']}")
        bw = _barcode(c, d["acc"], 0, -1000, bw=0.8)
        _barcode(c, d["acc"], W - self.rm - bw, top - 8 * mm, h=8 * mm, bw=0.8)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.black)
        c.drawRightString(W - self.rm, top - 11 * mm, d["acc"])
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.6)
        c.line(self.lm, 14 * mm, W - self.rm, 14 * mm)
        c.setFont("Helvetica", 6.5)
        c.drawString(self.lm, 10.5 * mm, "Coralbay Molecular & Pathology Partners - Medical Director: Anneliese Marchetti-Rowe, MD, PhD")
        c.drawString(self.lm, 7.5 * mm, "Tests were developed and their performance characteristics determined by this laboratory.")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(W - self.rm, 10.5 * mm, f"Page {page} of {total}")
        c.restoreState()


class TRCH(Inst):
    """Tamsin Ridge Children's Hospital, Paediatric Pathology. Kite logo, coloured bars, rounded boxes."""
    key = "TRCH"
    size, leading = 9.6, 12.6
    name = "Tamsin Ridge Children's Hospital"
    lm = rm = 18 * mm
    first_top = 38 * mm
    later_top = 22 * mm
    accent = colors.HexColor("#B03A2E")
    tint = colors.HexColor("#FBE3D6")
    creator = "TRCH PaedPath"

    def section(self, title):
        st = ParagraphStyle("th", parent=self.S["cellb"], textColor=self.accent, fontSize=9.2)
        t = Table([[Paragraph(title, st)]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.tint), ("ROUNDEDCORNERS", [3, 3, 3, 3]),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        return KeepTogether([Spacer(1, 5), t, Spacer(1, 3)])

    def demographics(self, d):
        S = self.S
        left = [("Patient", d["patient"]), ("Hospital no.", d["mrn"]), ("Date of birth", d["dob"]),
                ("Age / sex", d["agesex"])]
        right = [("Pathology no.", d["acc"]), ("Referring team", d["ordering"]), ("Procedure date", d["collected"]),
                 ("Report status", d["status"])]
        return kv2(left, right, [25 * mm, 55 * mm, 27 * mm, self.width - 107 * mm], S, mode="box",
                   line=self.accent)

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            x, y = self.lm + 6 * mm, H - 18 * mm
            p = c.beginPath()
            p.moveTo(x, y + 9 * mm); p.lineTo(x + 5 * mm, y + 2 * mm); p.lineTo(x, y - 7 * mm); p.lineTo(x - 5 * mm, y + 2 * mm); p.close()
            c.setFillColor(self.accent); c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#E8A33D"))
            for k in range(3):
                c.circle(x + (k - 1) * 2.2 * mm, y - 9.5 * mm - k * 1.2 * mm, 0.9 * mm, stroke=0, fill=1)
            c.setFillColor(self.accent)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(self.lm + 15 * mm, H - 15 * mm, "Tamsin Ridge Children's Hospital")
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.black)
            c.drawString(self.lm + 15 * mm, H - 19.5 * mm, "Department of Paediatric Laboratory Medicine - Anatomical Pathology")
            c.setFont("Helvetica", 6.8)
            c.drawString(self.lm + 15 * mm, H - 23 * mm, "Kingfisher Lane, Tamsin Ridge TR99 1ZZ - Pathology office 01632 960255")
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(self.accent)
            c.drawRightString(W - self.rm, H - 31 * mm, d.get("doc_title", "PATHOLOGY REPORT"))
            bw = _barcode(c, d["acc"], 0, -1000, bw=0.7)
            _barcode(c, d["acc"], W - self.rm - bw, H - 24 * mm, h=9 * mm, bw=0.7)
        else:
            c.setFont("Helvetica", 7.5)
            c.drawString(self.lm, H - 13 * mm, f"TRCH Pathology - {d['patient']} - {d['mrn']} - {d['acc']}")
        c.setFillColor(self.accent)
        c.rect(0, 0, W, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(self.lm, 8 * mm, "Paediatric Pathology - this report has been electronically verified")
        c.drawRightString(W - self.rm, 8 * mm, f"Page {page} of {total}")
        c.restoreState()


class FVMC(Inst):
    """Fenwick Vale Medical Centre, Surgical Pathology (US). Leaf-square logo, grid tables, two-column header."""
    key = "FVMC"
    size, leading = 9.3, 12.0
    name = "Fenwick Vale Medical Centre"
    pagesize = letter
    lm = rm = 18 * mm
    first_top = 28 * mm
    later_top = 22 * mm
    accent = colors.HexColor("#3D5A1E")
    tint = colors.HexColor("#E6ECD9")
    creator = "FVMC CaseTrack AP 2.1"

    def section(self, title):
        st = ParagraphStyle("fh", parent=self.S["cellb"], fontSize=8.8)
        t = Table([[Paragraph(title, st)]], colWidths=[self.width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.tint),
                               ("BOX", (0, 0), (-1, -1), 0.5, self.accent),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return KeepTogether([Spacer(1, 5), t, Spacer(1, 2)])

    def demographics(self, d):
        S = self.S
        left = [("Name:", d["patient"]), ("MRN:", d["mrn"]), ("DOB:", d["dob"]), ("Sex:", d["sex"]),
                ("Location:", d["loc"])]
        right = [("Case:", d["acc"]), ("Surgeon:", d["ordering"]), ("Procedure:", d["collected"]),
                 ("Accessioned:", d["received"]), ("Signed out:", d["reported"])]
        return kv2(left, right, [18 * mm, 62 * mm, 24 * mm, self.width - 104 * mm], S, mode="grid",
                   line=colors.HexColor("#9AA88A"))

    def furniture(self, c, rep, page, total):
        W, H = self.pagesize
        d = rep.info
        c.saveState()
        if page == 1:
            x, y = self.lm, H - 22 * mm
            c.setFillColor(self.accent)
            c.rect(x, y, 12 * mm, 12 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            p = c.beginPath()
            p.moveTo(x + 2.5 * mm, y + 2.5 * mm)
            p.curveTo(x + 2 * mm, y + 9 * mm, x + 7 * mm, y + 10.5 * mm, x + 9.5 * mm, y + 9.5 * mm)
            p.curveTo(x + 10 * mm, y + 5 * mm, x + 7 * mm, y + 2 * mm, x + 2.5 * mm, y + 2.5 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 12.5)
            c.drawString(x + 15 * mm, y + 7 * mm, "Fenwick Vale Medical Centre")
            c.setFont("Helvetica", 8)
            c.drawString(x + 15 * mm, y + 3 * mm, "Surgical Pathology  |  901 Old Mill Road, Fenwick Vale, OH 45999  |  (555) 010-3390")
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(W - self.rm, y + 7 * mm, d.get("doc_title", "SURGICAL PATHOLOGY REPORT"))
            c.setFont("Helvetica", 8)
            c.drawRightString(W - self.rm, y + 3 * mm, f"Case {d['acc']}")
        else:
            c.setFont("Helvetica", 7.8)
            c.drawString(self.lm, H - 13 * mm, f"Fenwick Vale Medical Centre  |  {d['patient']}  |  MRN {d['mrn']}")
            c.drawRightString(W - self.rm, H - 13 * mm, f"Case {d['acc']}")
        c.setStrokeColor(self.accent)
        c.line(self.lm, H - (24 if page == 1 else 15) * mm, W - self.rm, H - (24 if page == 1 else 15) * mm)
        c.setFont("Helvetica", 7)
        c.drawString(self.lm, 9 * mm, f"FVMC Surgical Pathology  -  {d['acc']}  -  {d.get('printed', '')}")
        c.drawRightString(W - self.rm, 9 * mm, f"Pg {page} of {total}")
        c.restoreState()


INST = {cls.key: cls() for cls in (HGH, KVRL, SOUMC, MRH, LIP, NCCC, QMH, CBMP, TRCH, FVMC)}


# ---------------------------------------------------------------- building

def _canvas_for(inst, rep):
    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for n, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                inst.furniture(self, rep, n, total)
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)
    return NumberedCanvas


def build_pdf(rep, path):
    inst = rep.inst
    W, H = inst.pagesize
    doc = BaseDocTemplate(str(path), pagesize=inst.pagesize, leftMargin=inst.lm, rightMargin=inst.rm,
                          topMargin=inst.later_top, bottomMargin=inst.bottom,
                          title=f"{rep.info.get('doc_title', 'Report')} {rep.info['acc']}",
                          author=inst.name, subject="Pathology report", creator=inst.creator,
                          producer=inst.creator)
    fw = W - inst.lm - inst.rm
    f1 = Frame(inst.lm, inst.bottom, fw, H - inst.first_top - inst.bottom, id="first",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(inst.lm, inst.bottom, fw, H - inst.later_top - inst.bottom, id="later",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], autoNextPageTemplate="later"),
                          PageTemplate("later", [f2])])
    doc.build(rep.story, canvasmaker=_canvas_for(inst, rep))
