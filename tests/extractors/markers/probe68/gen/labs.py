"""The twelve invented laboratories' house styles (page furniture, headings, tables)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from lib import FAMILIES, House, Rule, default_table_cmds

C = colors.HexColor


def pg(page, total):
    return f"Page {page} of {total if total else '?'}"


# ---------------------------------------------------------------------------------------------
class Cartwright(House):
    key, name, family = "cartwright", "Cartwright Genomics", "Helvetica"
    size, leading = 8.6, 10.8
    margins = (50, 50)
    top_first, top_later, bottom = 78, 64, 62
    accent, light = C("#17305a"), C("#e6ecf5")
    table_mode = "band"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setFillColor(self.accent)
            c.rect(0, H - 60, W, 60, stroke=0, fill=1)
            c.setFillColor(C("#f2a541"))
            x, y = 62, H - 31
            pts = [(x + 11 * dx, y + 11 * dy) for dx, dy in
                   ((1, 0), (0.5, 0.87), (-0.5, 0.87), (-1, 0), (-0.5, -0.87), (0.5, -0.87))]
            p = c.beginPath()
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            self.text(c, self.fb, 15, 82, H - 30, "CARTWRIGHT GENOMICS", color=colors.white)
            self.text(c, self.fn, 8.5, 82, H - 44, m.product, color=colors.white)
            self.text(c, self.fb, 11, W - 50, H - 30, "PATIENT REPORT", "right", colors.white)
            self.text(c, self.fn, 8.5, W - 50, H - 44, f"Report ID {m.acc}", "right",
                      colors.white)
        else:
            self.text(c, self.fb, 8, 50, H - 38, "CARTWRIGHT GENOMICS", color=self.accent)
            self.text(c, self.fn, 7.5, W - 50, H - 38,
                      f"{m.patient}  |  DOB {m.dob}  |  Report ID {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(1.2)
            c.line(50, H - 44, W - 50, H - 44)
        c.setStrokeColor(C("#999999"))
        c.setLineWidth(0.5)
        c.line(50, 50, W - 50, 50)
        self.text(c, self.fn, 6.5, 50, 40, "Cartwright Genomics, Inc.  |  4100 Alder Crest Parkway,"
                  " Larchmont Hills, CA 90000  |  CLIA 05D9990117  |  CAP 8800412")
        self.text(c, self.fn, 6.5, 50, 31, "Laboratory Director: Miriam Okonkwo-Hale, MD  |  "
                  "client services (555) 010-2231  |  cartwright-genomics.invalid")
        self.text(c, self.fb, 7.5, W - 50, 40, pg(page, total), "right")

    def heading(self, rep, text, level):
        if level == 1:
            p = rep.para(text.upper(), "cellb", textColor=colors.white, fontSize=self.size + 0.6)
            t = Table([[p]], colWidths=[self.body_width], hAlign="LEFT")
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), self.accent),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
            return [rep.para(" ", "tiny"), t, rep.para(" ", "tiny")]
        if level == 2:
            return [rep.para(text, "h2"), Rule(self.accent, 0.5, 1)]
        return [rep.para(text, "h3")]


# ---------------------------------------------------------------------------------------------
class Northfield(House):
    key, name, family = "northfield", "Northfield University Medical Center", "Times"
    size, leading = 9.6, 11.8
    margins = (58, 58)
    top_first, top_later, bottom = 126, 100, 60
    accent, light = C("#4b1d1d"), C("#efe9e1")
    table_mode = "lines"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        self.text(c, self.fb, 13, W / 2, H - 40, "NORTHFIELD UNIVERSITY MEDICAL CENTER", "center")
        self.text(c, self.fn, 9, W / 2, H - 52, "Department of Pathology \u00b7 Molecular Pathology"
                  " Laboratory", "center")
        self.text(c, self.fn, 7.5, W / 2, H - 62, "1200 Commonwealth Drive, Northfield, OH 44000 "
                  "\u00b7 Tel (555) 014-2200 \u00b7 CLIA 36D9990442 \u00b7 CAP 7731105", "center")
        c.setLineWidth(1.2)
        c.line(58, H - 68, W - 58, H - 68)
        c.setLineWidth(0.4)
        c.line(58, H - 70.5, W - 58, H - 70.5)
        if first:
            rows = [(f"Patient: {m.patient}", f"Accession: {m.acc}"),
                    (f"MRN: {m.mrn}     DOB: {m.dob}     Sex: {m.sex}", f"Collected: {m.collected}"),
                    (f"Ordering: {m.physician}", f"Received: {m.received}"),
                    (f"Submitting: {m.facility}", f"Reported: {m.reported}")]
            y = H - 83
            for a, b in rows:
                self.text(c, self.fn, 8.6, 58, y, a)
                self.text(c, self.fn, 8.6, W / 2 + 50, y, b)
                y -= 10.5
            c.line(58, y + 3, W - 58, y + 3)
        else:
            self.text(c, self.fn, 8.2, 58, H - 82, f"Patient: {m.patient}   MRN: {m.mrn}   "
                      f"DOB: {m.dob}")
            self.text(c, self.fn, 8.2, W - 58, H - 82, f"Accession: {m.acc}", "right")
            c.line(58, H - 87, W - 58, H - 87)
        self.text(c, self.fi, 7.5, 58, 36, f"NUMC Molecular Pathology \u2014 {m.status or 'FINAL REPORT'}")
        self.text(c, self.fn, 8, W / 2, 36, pg(page, total), "center")
        self.text(c, self.fn, 7.5, W - 58, 36, f"Accession {m.acc}", "right")

    def heading(self, rep, text, level):
        if level == 1:
            return [rep.para(text.upper(), "h2", textColor=colors.black, fontSize=self.size + 0.8),
                    Rule(colors.black, 0.5, 1)]
        if level == 2:
            return [rep.para(text, "h3", fontName=self.fb)]
        return [rep.para(text, "h3", fontName=self.fi)]


# ---------------------------------------------------------------------------------------------
class Meridian(House):
    key, name, family = "meridian", "Meridian Oncology Diagnostics", "Helvetica"
    size, leading = 9.0, 11.4
    margins = (54, 54)
    top_first, top_later, bottom = 96, 70, 66
    accent, light = C("#0b6e6e"), C("#e3f2f1")
    table_mode = "grid"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setStrokeColor(self.accent)
            for r, lw in ((16, 2.2), (10.5, 1.6), (5, 1.2)):
                c.setLineWidth(lw)
                c.circle(72, H - 48, r, stroke=1, fill=0)
            self.text(c, self.fb, 18, 96, H - 46, "MERIDIAN", color=self.accent)
            self.text(c, self.fn, 7.5, 96, H - 58, "O N C O L O G Y   D I A G N O S T I C S",
                      color=self.accent)
            self.text(c, self.fb, 11, W - 54, H - 44, "Meridian HRD Select\u2122", "right")
            self.text(c, self.fn, 8, W - 54, H - 56, "Tumor Homologous Recombination Deficiency"
                      " Assay", "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(2)
            c.line(54, H - 72, W - 54, H - 72)
        else:
            self.text(c, self.fb, 8.5, 54, H - 40, "MERIDIAN", color=self.accent)
            self.text(c, self.fn, 7.5, W - 54, H - 40, f"{m.patient}  \u00b7  DOB {m.dob}  \u00b7 "
                      f" Accession {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(1)
            c.line(54, H - 46, W - 54, H - 46)
        c.setStrokeColor(C("#aaaaaa"))
        c.setLineWidth(0.4)
        c.line(54, 54, W - 54, 54)
        self.text(c, self.fn, 6.5, 54, 44, "Meridian Oncology Diagnostics \u00b7 88 Quarry Bend Road,"
                  " Salt Flats, UT 84000 \u00b7 CLIA 46D9990871 \u00b7 CAP 9014421")
        self.text(c, self.fn, 6.5, 54, 35, "Medical Director: Tobias Rennick, MD, PhD \u00b7 "
                  "Customer Care (555) 013-7700 \u00b7 meridian-dx.invalid")
        self.text(c, self.fb, 7.5, W - 54, 44, pg(page, total), "right")


# ---------------------------------------------------------------------------------------------
class StBrendan(House):
    key, name, family = "stbrendan", "St. Brendan's Regional Hospital", "Courier"
    size, leading = 8.4, 10.2
    margins = (50, 50)
    top_first, top_later, bottom = 108, 108, 62
    accent, light = colors.black, C("#eeeeee")

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        f, fb = "Courier", "Courier-Bold"
        L = 50
        self.text(c, fb, 9, L, H - 40, "ST. BRENDAN'S REGIONAL HOSPITAL")
        self.text(c, fb, 9, W - 50, H - 40, "LABORATORY SERVICES", "right")
        self.text(c, f, 8.4, L, H - 51, m.dept or "MOLECULAR PATHOLOGY")
        self.text(c, f, 8.4, W - 50, H - 51, "CLIA 22D9990356", "right")
        self.text(c, f, 8.4, L, H - 60, "-" * 100)
        self.text(c, f, 8.4, L, H - 70, f"PATIENT: {m.patient.upper():<22}MRN: {m.mrn:<12}"
                  f"DOB: {m.dob:<12}SEX: {m.sex}")
        self.text(c, f, 8.4, L, H - 80, f"ACCESSION: {m.acc:<20}LOC: {m.loc:<18}"
                  f"ORDERING: {m.physician.upper()}")
        self.text(c, f, 8.4, L, H - 90, f"COLLECTED: {m.collected:<20}RECEIVED: {m.received:<13}"
                  f"REPORTED: {m.reported}")
        self.text(c, f, 8.4, L, H - 99, "-" * 100)
        self.text(c, f, 8.4, L, 44, "-" * 100)
        tail = "** CONTINUED ON NEXT PAGE **" if (total and page < total) else "** END OF REPORT **"
        self.text(c, f, 8.4, L, 34, f"PAGE {page} OF {total or '?'}")
        self.text(c, f, 8.4, W / 2, 34, f"PRINTED {m.printed}", "center")
        self.text(c, f, 8.4, W - 50, 34, tail, "right")


# ---------------------------------------------------------------------------------------------
class Ashgrove(House):
    key, name, family = "ashgrove", "Ashgrove Genomic Laboratory Hub", "Vera"
    size, leading = 8.3, 10.6
    pagesize = A4
    margins = (48, 48)
    top_first, top_later, bottom = 92, 66, 62
    accent, light = C("#005eb8"), C("#e8f1fa")
    table_mode = "grid"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            self.text(c, "VeraBd", 13, 48, H - 40, "Ashgrove Genomic Laboratory Hub",
                      color=self.accent)
            self.text(c, "Vera", 7.8, 48, H - 52, "Cancer Genomics Service \u00b7 Ashgrove Teaching"
                      " Hospitals")
            self.text(c, "Vera", 7.8, 48, H - 62, "Level 3, Pathology Block, Rowan Lane, Ashgrove "
                      "AG4 7QX")
            c.setFillColor(self.accent)
            c.rect(W - 250, H - 62, 202, 30, stroke=0, fill=1)
            self.text(c, "VeraBd", 8.6, W - 149, H - 44, "CANCER WHOLE GENOME SEQUENCING", "center",
                      colors.white)
            self.text(c, "Vera", 7.6, W - 149, H - 55, m.product or "Tumour\u2013germline report",
                      "center", colors.white)
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.8)
            c.line(48, H - 72, W - 48, H - 72)
        else:
            self.text(c, "VeraBd", 7.6, 48, H - 40, "Ashgrove GLH \u00b7 Cancer WGS",
                      color=self.accent)
            self.text(c, "Vera", 7.2, W - 48, H - 40, f"{m.patient} \u00b7 Hospital no. {m.mrn} "
                      f"\u00b7 {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.8)
            c.line(48, H - 46, W - 48, H - 46)
        c.setStrokeColor(C("#888888"))
        c.setLineWidth(0.4)
        c.line(48, 50, W - 48, 50)
        self.text(c, "Vera", 6.4, 48, 40, f"Report {m.acc} \u00b7 version {m.version or 1} \u00b7 "
                  f"authorised {m.reported} \u00b7 accreditation ref. 9937")
        self.text(c, "Vera", 6.4, 48, 31, "Confidential: contains genomic information. Enquiries "
                  "ashgrove-glh.invalid \u00b7 tel. 0555 010 4490")
        self.text(c, "VeraBd", 7.2, W - 48, 40, pg(page, total), "right")

    def heading(self, rep, text, level):
        if level == 1:
            p = rep.para(text, "cellb", textColor=self.accent, fontSize=self.size + 1.5,
                         leading=self.leading + 2)
            t = Table([[p]], colWidths=[self.body_width], hAlign="LEFT")
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, self.accent),
                                   ("LINEBEFORE", (0, 0), (0, 0), 4, self.accent),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            return [rep.para(" ", "tiny"), t, rep.para(" ", "tiny", leading=4)]
        return default_heading_levels(self, rep, text, level)


def default_heading_levels(house, rep, text, level):
    return [rep.para(text, {1: "h1", 2: "h2", 3: "h3"}[level])]


# ---------------------------------------------------------------------------------------------
class Halvorsen(House):
    key, name, family = "halvorsen", "Halvorsen Genetics", "Vera"
    size, leading = 8.4, 10.8
    margins = (52, 52)
    top_first, top_later, bottom = 92, 66, 64
    accent, light = C("#7a1f3d"), C("#f6e9ee")
    table_mode = "box"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setFillColor(self.accent)
            c.circle(64, H - 44, 8, stroke=0, fill=1)
            c.setFillColor(C("#c98ca0"))
            c.circle(76, H - 44, 8, stroke=0, fill=1)
            self.text(c, "VeraBd", 15, 92, H - 44, "HALVORSEN GENETICS", color=self.accent)
            self.text(c, "Vera", 7.6, 92, H - 56, "Hereditary and tumour genetics laboratory")
            self.text(c, "VeraBd", 10, W - 52, H - 42, m.product or "Hereditary Cancer Panel",
                      "right", self.accent)
            self.text(c, "Vera", 7.6, W - 52, H - 54, f"Order {m.acc}  \u00b7  Reported {m.reported}",
                      "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(1.5)
            c.line(52, H - 70, W - 52, H - 70)
        else:
            self.text(c, "VeraBd", 8, 52, H - 40, "HALVORSEN GENETICS", color=self.accent)
            self.text(c, "Vera", 7.4, W - 52, H - 40, f"{m.patient} \u00b7 DOB {m.dob} \u00b7 "
                      f"Order {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.line(52, H - 46, W - 52, H - 46)
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.5)
        c.line(52, 52, W - 52, 52)
        self.text(c, "Vera", 6.3, 52, 42, "Halvorsen Genetics LLC \u00b7 2250 Fjord Street, Suite "
                  "400, Bellhaven, WA 98000 \u00b7 CLIA 50D9990913 \u00b7 CAP 6620981")
        self.text(c, "Vera", 6.3, 52, 33, "Laboratory Director: Ingrid Solberg-Ames, PhD, FACMG "
                  "\u00b7 (555) 010-4471 \u00b7 halvorsen-genetics.invalid")
        self.text(c, "VeraBd", 7.2, W - 52, 42, pg(page, total), "right")


# ---------------------------------------------------------------------------------------------
class Lindqvist(House):
    key, name, family = "lindqvist", "Lindqvist Institute of Molecular Pathology", "Helvetica"
    size, leading = 8.8, 11.2
    pagesize = A4
    margins = (56, 50)
    top_first, top_later, bottom = 100, 72, 60
    accent, light = C("#3d4a57"), C("#eceff2")
    table_mode = "grid"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        c.setFillColor(self.accent)
        c.rect(0, H - 30, 20, 30, stroke=0, fill=1)
        if first:
            self.text(c, self.fb, 12, 56, H - 42, "LINDQVIST INSTITUTE OF MOLECULAR PATHOLOGY",
                      color=self.accent)
            self.text(c, self.fn, 7.8, 56, H - 54, "Department of Predictive Diagnostics \u00b7 "
                      "Norrbacka All\u00e9 14, 752 00 Uppsund \u00b7 Accredited laboratory no. 1187"
                      " (ISO 15189)")
            self.text(c, self.fb, 10, W - 50, H - 70, m.product or "PREDICTIVE BIOMARKER REPORT",
                      "right")
            self.text(c, self.fn, 8, 56, H - 70, f"Report no. {m.acc}")
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.9)
            c.line(56, H - 78, W - 50, H - 78)
        else:
            self.text(c, self.fb, 8, 56, H - 42, "LINDQVIST INSTITUTE", color=self.accent)
            self.text(c, self.fn, 7.6, W - 50, H - 42, f"{m.patient}  |  born {m.dob}  |  "
                      f"{m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.line(56, H - 48, W - 50, H - 48)
        self.text(c, self.fn, 6.8, 56, 36, f"Lindqvist Institute \u00b7 {m.acc} \u00b7 "
                  f"printed {m.reported} \u00b7 this report may only be reproduced in full")
        self.text(c, self.fb, 7.4, W - 50, 36, f"{page}/{total or '?'}", "right")


# ---------------------------------------------------------------------------------------------
class CobaltRidge(House):
    key, name, family = "cobalt", "Cobalt Ridge Laboratories", "Helvetica"
    size, leading = 8.4, 10.4
    margins = (46, 46)
    top_first, top_later, bottom = 100, 62, 58
    accent, light = C("#c8511b"), C("#fbeee6")
    table_mode = "band"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        c.setFillColor(self.accent)
        if first:
            c.rect(46, H - 74, 6, 46, stroke=0, fill=1)
            c.setFillColor(C("#2e3b4e"))
            c.rect(54, H - 74, 6, 46, stroke=0, fill=1)
            self.text(c, self.fb, 16, 68, H - 46, "COBALT RIDGE LABORATORIES", color=C("#2e3b4e"))
            self.text(c, self.fn, 8.5, 68, H - 59, m.product or "Solid Tumor Mutation Profile")
            self.text(c, self.fn, 7.2, 68, H - 70, "601 Ore Mill Road, Cobalt Ridge, ID 83000 "
                      "\u00b7 CLIA 13D9990630 \u00b7 NY State PFI 90031")
            self.text(c, self.fb, 9, W - 46, H - 46, f"Patient: {m.patient}", "right")
            self.text(c, self.fn, 8, W - 46, H - 58, f"Report {m.acc}", "right")
            self.text(c, self.fn, 8, W - 46, H - 69, f"Final \u00b7 {m.reported}", "right")
        else:
            c.rect(46, H - 44, 4, 14, stroke=0, fill=1)
            self.text(c, self.fb, 8, 56, H - 40, "COBALT RIDGE LABORATORIES")
            self.text(c, self.fn, 7.5, W - 46, H - 40, f"{m.patient} \u00b7 {m.acc}", "right")
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.8)
        c.line(46, 48, W - 46, 48)
        self.text(c, self.fn, 6.5, 46, 38, "Cobalt Ridge Laboratories \u00b7 Medical Director: "
                  "Desmond Achterberg, MD \u00b7 cobaltridge-labs.invalid \u00b7 (555) 018-6620")
        self.text(c, self.fb, 7.5, W - 46, 38, pg(page, total), "right")


# ---------------------------------------------------------------------------------------------
class Valemount(House):
    key, name, family = "valemount", "Valemount Precision Urology Laboratory", "Times"
    size, leading = 9.6, 11.8
    margins = (56, 56)
    top_first, top_later, bottom = 108, 72, 62
    accent, light = C("#2d6a4f"), C("#e7f2ec")
    table_mode = "grid"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setFillColor(self.accent)
            p = c.beginPath()
            p.moveTo(56, H - 62)
            p.lineTo(68, H - 34)
            p.lineTo(80, H - 62)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            self.text(c, self.fb, 14, 88, H - 46, "VALEMOUNT PRECISION UROLOGY LABORATORY",
                      color=self.accent)
            self.text(c, self.fi, 9, 88, H - 59, m.product or "Prostate HRR Genomic Report")
            self.text(c, self.fn, 7.6, 56, H - 78, "3 Glacier Terrace, Valemount Falls, MT 59000 "
                      "\u00b7 CLIA 27D9990548 \u00b7 Director: Aurelio Banfield-Cho, MD, PhD "
                      "\u00b7 valemount-lab.invalid")
            c.setStrokeColor(self.accent)
            c.setLineWidth(1.4)
            c.line(56, H - 86, W - 56, H - 86)
        else:
            self.text(c, self.fb, 8.5, 56, H - 42, "VALEMOUNT PRECISION UROLOGY LABORATORY",
                      color=self.accent)
            self.text(c, self.fn, 8, W - 56, H - 42, f"{m.patient} / {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.line(56, H - 48, W - 56, H - 48)
        self.text(c, self.fi, 7.5, 56, 36, f"{m.status or 'Final report'} \u00b7 {m.acc} \u00b7 "
                  f"{m.patient}")
        self.text(c, self.fn, 8, W - 56, 36, pg(page, total), "right")


# ---------------------------------------------------------------------------------------------
class Kestrel(House):
    key, name, family = "kestrel", "Kestrel Liquid Biopsy", "Helvetica"
    size, leading = 8.6, 10.8
    margins = (52, 52)
    top_first, top_later, bottom = 100, 66, 60
    accent, light = C("#5b3f8c"), C("#efeaf6")
    table_mode = "lines"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setFillColor(self.accent)
            p = c.beginPath()
            p.moveTo(52, H - 36)
            p.lineTo(80, H - 46)
            p.lineTo(52, H - 62)
            p.lineTo(60, H - 46)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            self.text(c, self.fb, 17, 88, H - 48, "KESTREL", color=self.accent)
            self.text(c, self.fn, 8, 88, H - 60, "LIQUID BIOPSY \u00b7 circulating tumor DNA")
            self.text(c, self.fb, 10, W - 52, H - 44, m.product or "Plasma cfDNA Report", "right")
            self.text(c, self.fn, 8, W - 52, H - 56, f"Accession {m.acc} \u00b7 {m.reported}",
                      "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(3)
            c.line(52, H - 76, W - 52, H - 76)
        else:
            self.text(c, self.fb, 8, 52, H - 40, "KESTREL LIQUID BIOPSY", color=self.accent)
            self.text(c, self.fn, 7.5, W - 52, H - 40, f"{m.patient} \u00b7 DOB {m.dob} \u00b7 "
                      f"{m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.setLineWidth(1)
            c.line(52, H - 46, W - 52, H - 46)
        self.text(c, self.fn, 6.4, 52, 40, "Kestrel Liquid Biopsy, Inc. \u00b7 17 Falconer Way, "
                  "Redmarsh, NJ 07000 \u00b7 CLIA 31D9990285 \u00b7 kestrel-lb.invalid")
        self.text(c, self.fn, 6.4, 52, 31, "Laboratory Director: Yusuf Haddad-Lowe, MD \u00b7 "
                  "Client Services (555) 016-3390")
        self.text(c, self.fb, 7.5, W - 52, 40, pg(page, total), "right")


# ---------------------------------------------------------------------------------------------
class Greystone(House):
    key, name, family = "greystone", "Greystone Medical College Hospital", "Times"
    size, leading = 9.8, 12.0
    margins = (60, 60)
    top_first, top_later, bottom = 150, 84, 60
    accent, light = colors.black, C("#eeeeee")
    table_mode = "lines"

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        self.text(c, self.fb, 12, W / 2, H - 40, "GREYSTONE MEDICAL COLLEGE HOSPITAL", "center")
        self.text(c, self.fn, 9, W / 2, H - 52, "Department of Pathology and Laboratory Medicine",
                  "center")
        if first:
            self.text(c, self.fb, 11, W / 2, H - 68, m.product or "SURGICAL PATHOLOGY REPORT",
                      "center")
            c.setLineWidth(0.8)
            c.rect(60, H - 138, W - 120, 60, stroke=1, fill=0)
            rows = [(f"Patient: {m.patient}", f"Case: {m.acc}"),
                    (f"MRN: {m.mrn}   DOB: {m.dob}   Sex: {m.sex}", f"Collected: {m.collected}"),
                    (f"Physician: {m.physician}", f"Received: {m.received}"),
                    (f"Location: {m.loc}", f"Signed out: {m.reported}")]
            y = H - 91
            for a, b in rows:
                self.text(c, self.fn, 8.8, 68, y, a)
                self.text(c, self.fn, 8.8, W / 2 + 40, y, b)
                y -= 12
        else:
            self.text(c, self.fn, 8.5, 60, H - 68, f"Patient: {m.patient}   MRN: {m.mrn}")
            self.text(c, self.fn, 8.5, W - 60, H - 68, f"Case: {m.acc}", "right")
            c.line(60, H - 73, W - 60, H - 73)
        self.text(c, self.fn, 8, 60, 36, f"{m.patient}  |  {m.acc}")
        self.text(c, self.fn, 8, W - 60, 36, pg(page, total), "right")

    def heading(self, rep, text, level):
        if level == 1:
            return [rep.para(text.upper() + ":", "h3", spaceBefore=8)]
        return [rep.para(text, "h3", fontName=self.fi)]


# ---------------------------------------------------------------------------------------------
class Pacifica(House):
    key, name, family = "pacifica", "Pacifica Translational Genomics", "Vera"
    size, leading = 7.9, 10.0
    margins = (44, 44)
    top_first, top_later, bottom = 104, 64, 58
    accent, light = C("#174e6b"), C("#e4eef3")
    table_mode = "lines"
    columns = 2
    gutter = 18

    def furniture(self, c, doc, m, page, total, first):
        W, H = self.pagesize
        if first:
            c.setFillColor(self.accent)
            c.rect(44, H - 70, W - 88, 40, stroke=0, fill=1)
            self.text(c, "VeraBd", 14, 54, H - 48, "Pacifica Translational Genomics",
                      color=colors.white)
            self.text(c, "Vera", 7.6, 54, H - 62, "CLIA-certified academic sequencing core "
                      "\u00b7 CLIA 05D9990774", color=colors.white)
            self.text(c, "VeraBd", 9.5, W - 54, H - 48, "Clinical Exome: Tumor\u2013Normal", "right",
                      colors.white)
            self.text(c, "Vera", 7.6, W - 54, H - 62, f"{m.acc} \u00b7 signed {m.reported}", "right",
                      colors.white)
            self.text(c, "Vera", 7.6, 44, H - 84, f"Patient: {m.patient}   DOB: {m.dob}   "
                      f"Sex: {m.sex}   MRN: {m.mrn}   Ordering: {m.physician}")
            c.setStrokeColor(self.accent)
            c.line(44, H - 90, W - 44, H - 90)
        else:
            self.text(c, "VeraBd", 7.6, 44, H - 40, "Pacifica Translational Genomics",
                      color=self.accent)
            self.text(c, "Vera", 7.2, W - 44, H - 40, f"{m.patient} \u00b7 {m.acc}", "right")
            c.setStrokeColor(self.accent)
            c.line(44, H - 46, W - 44, H - 46)
        c.setStrokeColor(self.accent)
        c.line(44, 48, W - 44, 48)
        self.text(c, "Vera", 6.3, 44, 38, "Pacifica Translational Genomics \u00b7 Harborview Research"
                  " Campus, Bldg 9, Seacliff, CA 94000 \u00b7 pacifica-tg.invalid")
        self.text(c, "VeraBd", 7, W - 44, 38, pg(page, total), "right")


HOUSES = {h.key: h for h in (Cartwright(), Northfield(), Meridian(), StBrendan(), Ashgrove(),
                             Halvorsen(), Lindqvist(), CobaltRidge(), Valemount(), Kestrel(),
                             Greystone(), Pacifica())}
