"""Build the probe3 PDFs and labels.jsonl from the specifications in specs/.

Every report, laboratory and patient is invented. Each laboratory (LABS below) has its own
house style: page size, fonts, colours, running header/footer, page numbering and the way the
patient block is laid out. Each report (specs/*.py) is a list of content items rendered by
`render_item`, plus its labels.

Run:  /work/main/.venv/bin/python make_pdfs.py
Output: files/<id>.orig.pdf (the corpus layout of a laboratory's own PDF) (deterministic, reportlab invariant=1) and labels.jsonl.
"""

import json
import os
import re
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# --------------------------------------------------------------------------------------------
# laboratories


def _font(base, bold=False, italic=False):
    fam = {
        "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
        "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
    }[base]
    return fam[1] if bold else fam[2] if italic else fam[0]


LABS = {
    "northgate": dict(
        name="Northgate Molecular Diagnostics",
        sub="Comprehensive Genomic Profiling | 14 Harrow Quay, Eastmere | Lab ID NMD-0442",
        font="Helvetica",
        size=9,
        accent=colors.HexColor("#1F4E79"),
        shade=colors.HexColor("#DCE6F1"),
        page=A4,
        band=True,
        numbering="Page {i} of {n}",
        footer="Results apply only to the specimen received. "
        "This test was developed and its performance characteristics determined by Northgate "
        "Molecular Diagnostics.",
        running=True,
    ),
    "helix": dict(
        name="HELIX LIQUID LABS",
        sub="Plasma cell-free DNA testing | Suite 300, 88 Orchard Rd, Port Calloway",
        font="Helvetica",
        size=8.5,
        accent=colors.HexColor("#2E7D32"),
        shade=colors.HexColor("#E8F5E9"),
        page=letter,
        band=False,
        numbering="{i}/{n}",
        footer="Helix Liquid Labs - confidential patient information",
        running=True,
    ),
    "carrow": dict(
        name="Carrow Valley Hospital",
        sub="Department of Molecular Pathology - Level 2, Block C - Tel 0155 201 4470",
        font="Times",
        size=10.5,
        accent=colors.black,
        shade=colors.HexColor("#EEEEEE"),
        page=A4,
        band=False,
        numbering="Page {i}",
        footer="Authorised report. Printed copies are uncontrolled.",
        running=False,
        centred=True,
    ),
    "brigid": dict(
        name="ST BRIGID CYTOGENETICS LABORATORY",
        sub="Fluorescence in situ hybridisation service | Brigid Lane, Kilmora",
        font="Courier",
        size=8.5,
        accent=colors.HexColor("#5B2C6F"),
        shade=colors.HexColor("#F2E9F5"),
        page=A4,
        band=False,
        numbering="Pg {i} of {n}",
        footer="FISH results must be interpreted "
        "together with histology and other clinical findings.",
        running=True,
    ),
    "orion": dict(
        name="Orion Hereditary Genetics",
        sub="Clinical Genetics Laboratory - 2 Meadowbank Terrace, Stoneleigh",
        font="Times",
        size=10.5,
        accent=colors.HexColor("#7B241C"),
        shade=colors.HexColor("#FBEEE6"),
        page=letter,
        band=False,
        numbering="Page {i} of {n}",
        footer="This letter contains confidential genetic information.",
        running=True,
    ),
    "lakeshore": dict(
        name="Lakeshore Fusion Diagnostics",
        sub="RNA-based fusion and expression testing",
        font="Helvetica",
        size=8.5,
        accent=colors.HexColor("#CA6F1E"),
        shade=colors.HexColor("#FDEBD0"),
        page=letter,
        band=True,
        numbering="Page {i} of {n}",
        footer="Lakeshore Fusion Diagnostics LLC. For professional use.",
        running=True,
    ),
    "ashby": dict(
        name="Ashby Oncology Genomics",
        sub="Somatic variant laboratory - Ashby General Infirmary",
        font="Helvetica",
        size=7.5,
        accent=colors.HexColor("#117A65"),
        shade=colors.HexColor("#D0ECE7"),
        page=A4,
        band=True,
        numbering="Page {i} of {n}",
        footer="Ashby Oncology Genomics is accredited for the tests marked * only.",
        running=True,
    ),
    "pinecrest": dict(
        name="PINECREST REGIONAL LABORATORY",
        sub="Anatomic & Molecular Pathology - 1200 Ridge Parkway, Pinecrest",
        font="Helvetica",
        size=7.5,
        accent=colors.HexColor("#4D5656"),
        shade=colors.HexColor("#E5E8E8"),
        page=letter,
        band=False,
        numbering="Page {i} of {n}",
        footer="Pinecrest Regional Laboratory | Medical Director: R. Okonjo, MD",
        running=True,
    ),
    "meridian": dict(
        name="Meridian Pathology Associates",
        sub="Surgical Pathology - Breast Biomarker Service",
        font="Helvetica",
        size=8.5,
        accent=colors.HexColor("#AD1457"),
        shade=colors.HexColor("#FCE4EC"),
        page=letter,
        band=False,
        numbering="Page {i} of {n}",
        footer="Meridian Pathology Associates, 40 Vale Street, Brockhurst",
        running=True,
    ),
    "kestrel": dict(
        name="Kestrel Institute of Pathology",
        sub="Histopathology | Immunohistochemistry",
        font="Times",
        size=9.5,
        accent=colors.HexColor("#154360"),
        shade=colors.HexColor("#D6EAF8"),
        page=A4,
        band=True,
        numbering="Page {i} of {n}",
        footer="Kestrel Institute of Pathology - report generated electronically",
        running=True,
    ),
    "redfern": dict(
        name="Redfern University Hospital",
        sub="Department of Cellular Pathology",
        font="Helvetica",
        size=9,
        accent=colors.HexColor("#003087"),
        shade=colors.HexColor("#E8EDF7"),
        page=A4,
        band=False,
        numbering="Page {i} of {n}",
        footer="Redfern University Hospital NHS-style Trust (fictitious)",
        running=True,
        centred=True,
    ),
    "tidewater": dict(
        name="Tidewater Central Laboratory",
        sub="Clinical Trial Biomarker Screening",
        font="Helvetica",
        size=8.5,
        accent=colors.HexColor("#0E6655"),
        shade=colors.HexColor("#D1F2EB"),
        page=letter,
        band=True,
        numbering="Page {i} of {n}",
        footer="For investigational use. Sponsor protocol results are confidential.",
        running=True,
    ),
}


# --------------------------------------------------------------------------------------------
# page furniture


def make_canvas_class(lab, spec):
    fmt = lab["numbering"]
    acc = lab["accent"]

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                w, h = self._pagesize
                self.setFont(_font(lab["font"]), 7)
                self.setFillColor(acc)
                txt = fmt.format(i=self._pageNumber, n=n)
                self.drawRightString(w - 15 * mm, 10 * mm, txt)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def page_furniture(lab, spec):
    def draw(c, doc):
        w, h = lab["page"]
        c.saveState()
        f, fb = _font(lab["font"]), _font(lab["font"], bold=True)
        first = c.getPageNumber() == 1
        if first or not lab["running"]:
            if lab["band"]:
                c.setFillColor(lab["accent"])
                c.rect(0, h - 22 * mm, w, 22 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(fb, 15)
                c.drawString(15 * mm, h - 12 * mm, lab["name"])
                c.setFont(f, 7.5)
                c.drawString(15 * mm, h - 18 * mm, lab["sub"])
            elif lab.get("centred"):
                c.setFillColor(lab["accent"])
                c.setFont(fb, 14)
                c.drawCentredString(w / 2, h - 13 * mm, lab["name"])
                c.setFont(f, 8)
                c.drawCentredString(w / 2, h - 18 * mm, lab["sub"])
                c.line(15 * mm, h - 20 * mm, w - 15 * mm, h - 20 * mm)
            else:
                c.setFillColor(lab["accent"])
                c.setFont(fb, 13)
                c.drawString(15 * mm, h - 13 * mm, lab["name"])
                c.setFont(f, 7.5)
                c.drawString(15 * mm, h - 18 * mm, lab["sub"])
                c.setStrokeColor(lab["accent"])
                c.setLineWidth(1.5)
                c.line(15 * mm, h - 20 * mm, w - 15 * mm, h - 20 * mm)
        else:
            c.setFillColor(lab["accent"])
            c.setFont(f, 7)
            c.drawString(
                15 * mm,
                h - 12 * mm,
                "%s  |  %s  |  %s" % (lab["name"], spec["patient"][0], spec["accession"]),
            )
            c.setStrokeColor(lab["accent"])
            c.setLineWidth(0.5)
            c.line(15 * mm, h - 14 * mm, w - 15 * mm, h - 14 * mm)
        c.setFillColor(colors.grey)
        c.setFont(f, 6)
        c.drawString(15 * mm, 10 * mm, lab["footer"])
        c.restoreState()

    return draw


# --------------------------------------------------------------------------------------------
# content items


def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    return s


class Styles:
    def __init__(self, lab):
        f, fb, fi = (
            _font(lab["font"]),
            _font(lab["font"], bold=True),
            _font(lab["font"], italic=True),
        )
        sz = lab["size"]
        acc = lab["accent"]
        self.body = ParagraphStyle("body", fontName=f, fontSize=sz, leading=sz * 1.3)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=fb)
        self.cell = ParagraphStyle("cell", fontName=f, fontSize=sz - 0.5, leading=(sz - 0.5) * 1.25)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=fb)
        self.cellh = ParagraphStyle(
            "cellh", parent=self.cell, fontName=fb, textColor=colors.white if lab["band"] else acc
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontName=fb,
            fontSize=sz + 4,
            leading=(sz + 4) * 1.3,
            textColor=acc,
            spaceBefore=4,
            spaceAfter=4,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=fb,
            fontSize=sz + 1.5,
            leading=(sz + 1.5) * 1.3,
            textColor=acc,
            spaceBefore=6,
            spaceAfter=2,
        )
        self.small = ParagraphStyle(
            "small",
            fontName=f,
            fontSize=max(sz - 2.5, 5.5),
            leading=max(sz - 2.5, 5.5) * 1.25,
            textColor=colors.HexColor("#444444"),
        )
        self.ital = ParagraphStyle("ital", parent=self.body, fontName=fi)
        self.boxval = ParagraphStyle(
            "boxval", fontName=fb, fontSize=sz + 3, leading=(sz + 3) * 1.2, alignment=TA_CENTER
        )
        self.boxt = ParagraphStyle(
            "boxt",
            fontName=fb,
            fontSize=sz - 1,
            leading=(sz - 1) * 1.2,
            alignment=TA_CENTER,
            textColor=acc,
        )
        self.boxs = ParagraphStyle(
            "boxs", fontName=f, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.2, alignment=TA_CENTER
        )
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)


def P(text, st):
    return Paragraph(esc(text), st)


def render_item(it, lab, S, width):
    kind = it[0]
    acc, shade = lab["accent"], lab["shade"]
    out = []
    if kind == "h1":
        out.append(P(it[1], S.h1))
    elif kind == "h2":
        out.append(P(it[1], S.h2))
    elif kind == "p":
        out.append(P(it[1], S.body))
        out.append(Spacer(1, 2))
    elif kind == "b":
        out.append(P(it[1], S.bold))
    elif kind == "i":
        out.append(P(it[1], S.ital))
    elif kind == "small":
        out.append(P(it[1], S.small))
    elif kind == "sp":
        out.append(Spacer(1, it[1]))
    elif kind == "pb":
        out.append(PageBreak())
    elif kind == "fb":
        out.append(FrameBreak())
    elif kind == "kv":
        # synoptic "Item: value" lines as a borderless two-column table
        rows = [[P(k, S.cellb), P(v, S.cell)] for k, v in it[1]]
        kw = it[2] if len(it) > 2 else 0.38
        t = Table(rows, colWidths=[width * kw, width * (1 - kw)])
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        out.append(t)
    elif kind == "table":
        # ("table", header, rows, relative widths, options)
        header, rows, rel = it[1], it[2], it[3]
        opt = it[4] if len(it) > 4 else {}
        tot = float(sum(rel))
        cw = [width * r / tot for r in rel]
        data = []
        if header:
            data.append([P(h, S.cellh) for h in header])
        for r in rows:
            data.append(
                [
                    P(c, S.cellb if (opt.get("boldfirst") and j == 0) else S.cell)
                    for j, c in enumerate(r)
                ]
            )
        t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
        ts = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if opt.get("grid", True):
            ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")))
        else:
            ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")))
        if header:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), acc if lab["band"] else shade))
        if opt.get("zebra"):
            for k in range(1 + (1 if header else 0), len(data), 2):
                ts.append(("BACKGROUND", (0, k), (-1, k), shade))
        for c0, r0 in opt.get("shade", []):
            ts.append(("BACKGROUND", (c0, r0), (c0, r0), colors.HexColor("#FFF59D")))
        t.setStyle(TableStyle(ts))
        out.append(t)
        out.append(Spacer(1, 4))
    elif kind == "boxes":
        # side-by-side summary boxes: [(title, value, subtitle), ...]
        n = len(it[1])
        cells = [
            [P(t, S.boxt), Spacer(1, 2), P(v, S.boxval), Spacer(1, 2), P(s, S.boxs)]
            for t, v, s in it[1]
        ]
        t = Table([cells], colWidths=[width / n] * n)
        t.setStyle(
            TableStyle(
                [("BOX", (i, 0), (i, 0), 1, acc) for i in range(n)]
                + [
                    ("BACKGROUND", (0, 0), (-1, -1), shade),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        out.append(t)
        out.append(Spacer(1, 6))
    elif kind == "box":
        # one framed box holding other items
        inner = []
        for sub in it[1]:
            inner.extend(render_item(sub, lab, S, width - 12))
        t = Table([[inner]], colWidths=[width])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, acc),
                    ("BACKGROUND", (0, 0), (-1, -1), it[2] if len(it) > 2 else colors.white),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        out.append(t)
        out.append(Spacer(1, 6))
    elif kind == "twocol":
        gap = 10
        cw = (width - gap) / 2.0
        left, right = [], []
        for sub in it[1]:
            left.extend(render_item(sub, lab, S, cw - 6))
        for sub in it[2]:
            right.extend(render_item(sub, lab, S, cw - 6))
        t = Table([[left, "", right]], colWidths=[cw, gap, cw])
        st = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
        if len(it) > 3 and it[3]:
            st.append(("LINEAFTER", (0, 0), (0, 0), 0.5, acc))
        t.setStyle(TableStyle(st))
        out.append(t)
    elif kind == "checks":
        # tick boxes: [(label, ticked), ...], `per` per row
        per = it[2] if len(it) > 2 else 3
        cells = []
        for lbl, on in it[1]:
            cells.append([P("X" if on else "", S.cellb), P(lbl, S.cell)])
        rows = []
        for k in range(0, len(cells), per):
            chunk = cells[k : k + per]
            while len(chunk) < per:
                chunk.append(["", ""])
            rows.append([c for pair in chunk for c in pair])
        cw = []
        for _ in range(per):
            cw += [12, width / per - 12]
        t = Table(rows, colWidths=cw)
        ts = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for r in range(len(rows)):
            for k in range(per):
                if rows[r][2 * k + 1] != "":
                    ts.append(("BOX", (2 * k, r), (2 * k, r), 0.7, colors.black))
        t.setStyle(TableStyle(ts))
        out.append(t)
        out.append(Spacer(1, 4))
    elif kind == "genes":
        # ("genes", title, [genes], columns)
        ncol = it[3] if len(it) > 3 else 8
        genes = it[2]
        if it[1]:
            out.append(P(it[1], S.bold))
        rows = [genes[k : k + ncol] for k in range(0, len(genes), ncol)]
        rows[-1] = rows[-1] + [""] * (ncol - len(rows[-1]))
        t = Table([[P(g, S.small) for g in r] for r in rows], colWidths=[width / ncol] * ncol)
        t.setStyle(
            TableStyle(
                [("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]
            )
        )
        out.append(t)
        out.append(Spacer(1, 4))
    elif kind == "sig":
        # ("sig", [lines])
        out.append(Spacer(1, 10))
        out.append(
            Table(
                [[""]],
                colWidths=[60 * mm],
                style=[("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)],
                hAlign="LEFT",
            )
        )
        for ln in it[1]:
            out.append(P(ln, S.small))
    elif kind == "banner":
        t = Table([[P(it[1], S.bold)]], colWidths=[width])
        t.setStyle(
            TableStyle(
                [
                    (
                        "BACKGROUND",
                        (0, 0),
                        (-1, -1),
                        it[2] if len(it) > 2 else colors.HexColor("#F9E79F"),
                    ),
                    ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ]
            )
        )
        out.append(t)
        out.append(Spacer(1, 5))
    else:
        raise ValueError(kind)
    return out


def patient_block(spec, lab, S, width):
    name, dob, sex = spec["patient"]
    style = spec.get("pblock", "grid")
    pairs = [("Patient", name), ("DOB", dob), ("Sex", sex), ("Report no.", spec["accession"])]
    pairs += spec.get("meta", [])
    if style == "grid":
        cells = []
        for k, v in pairs:
            cells += [P(k, S.cellb), P(v, S.cell)]
        rows = [cells[i : i + 6] for i in range(0, len(cells), 6)]
        rows[-1] += [""] * (6 - len(rows[-1]))
        t = Table(rows, colWidths=[width * x for x in (0.11, 0.22, 0.11, 0.22, 0.11, 0.23)])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), lab["shade"]),
                    ("BOX", (0, 0), (-1, -1), 0.5, lab["accent"]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [t, Spacer(1, 8)]
    if style == "lines":
        return render_item(("kv", pairs, 0.25), lab, S, width) + [Spacer(1, 6)]
    if style == "letter":
        out = [P(v, S.body) for v in spec.get("address", [])]
        out.append(Spacer(1, 6))
        out.append(
            P("Re: %s, born %s (%s) - our ref. %s" % (name, dob, sex, spec["accession"]), S.bold)
        )
        for k, v in spec.get("meta", []):
            out.append(P("%s: %s" % (k, v), S.body))
        out.append(Spacer(1, 6))
        return out
    raise ValueError(style)


def build(spec):
    lab = LABS[spec["lab"]]
    S = Styles(lab)
    pw, ph = lab["page"]
    width = pw - 30 * mm
    path = os.path.join(HERE, "files", "%s.orig.pdf" % spec["id"])
    fur = page_furniture(lab, spec)
    meta = dict(
        title=spec.get("title", ""),
        author=lab["name"],
        subject="",
        creator="probe3 make_pdfs.py",
        invariant=1,
    )
    story = []
    if spec.get("title"):
        story.append(P(spec["title"], S.h1))
    story += patient_block(spec, lab, S, width)
    if spec.get("columns") == 2:
        # a real two-column page: full-width top frame for title and patient block, then two
        # flowing column frames; later pages are two columns throughout
        gap = 8 * mm
        cw = (width - gap) / 2.0
        top_h = spec.get("top_h", 48 * mm)
        y0, y1 = 18 * mm, ph - 26 * mm
        first = [
            Frame(15 * mm, y1 - top_h, width, top_h, id="top", showBoundary=0),
            Frame(15 * mm, y0, cw, y1 - top_h - y0, id="c1"),
            Frame(15 * mm + cw + gap, y0, cw, y1 - top_h - y0, id="c2"),
        ]
        later = [
            Frame(15 * mm, y0, cw, y1 - y0, id="l1"),
            Frame(15 * mm + cw + gap, y0, cw, y1 - y0, id="l2"),
        ]
        doc = BaseDocTemplate(
            path,
            pagesize=lab["page"],
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=26 * mm,
            bottomMargin=18 * mm,
            **meta,
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=first, onPage=fur),
                PageTemplate(id="later", frames=later, onPage=fur),
            ]
        )
        story.insert(0, NextPageTemplate("later"))
        story.append(FrameBreak())
        for it in spec["body"]:
            story += render_item(it, lab, S, cw)
        doc.build(story, canvasmaker=make_canvas_class(lab, spec))
        return path
    doc = SimpleDocTemplate(
        path,
        pagesize=lab["page"],
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=26 * mm,
        bottomMargin=18 * mm,
        **meta,
    )
    for it in spec["body"]:
        story += render_item(it, lab, S, width)
    doc.build(story, onFirstPage=fur, onLaterPages=fur, canvasmaker=make_canvas_class(lab, spec))
    return path


def all_specs():
    from specs import genomic, pathology

    specs = genomic.SPECS + pathology.SPECS
    specs.sort(key=lambda s: s["id"])
    return specs


def main():
    specs = all_specs()
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "labels.jsonl"), "w") as fh:
        for s in specs:
            build(s)
            fh.write(json.dumps({"id": s["id"], "markers": s["labels"]}) + "\n")
    print("built %d reports" % len(specs))


if __name__ == "__main__":
    main()
