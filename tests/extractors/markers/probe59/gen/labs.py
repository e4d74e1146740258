"""The invented laboratories and their house styles (page furniture drawn on the canvas)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm

from common import make_styles


class Lab:
    name = ""
    creator = "ReportServer"
    pagesize = letter
    margins = (54, 54, 100, 80, 60)  # left, right, top first page, top later pages, bottom

    def decorate(self, c, doc, meta, first):
        pass

    def page_number(self, c, i, n, meta):
        pass


# ---------------------------------------------------------------- 1 Halcyon Genomics (US, letter)
class Halcyon(Lab):
    name = "Halcyon Genomics, Inc."
    creator = "Halcyon LIMS report engine 7.2"
    pagesize = letter
    navy = colors.HexColor("#1f3a5f")
    teal = colors.HexColor("#2a8c8c")
    margins = (48, 48, 92, 64, 58)

    def __init__(self):
        self.st = make_styles("Helvetica", 8.8, accent=self.navy)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        if first:
            c.setFillColor(self.navy)
            c.rect(0, h - 62, w, 62, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 17)
            c.drawString(48, h - 32, "HALCYON")
            c.setFont("Helvetica", 17)
            c.drawString(48 + c.stringWidth("HALCYON ", "Helvetica-Bold", 17), h - 32, "GENOMICS")
            c.setFont("Helvetica", 8)
            c.drawString(48, h - 46, "Plasma Genomic Profile  |  " + meta["test"])
            c.drawRightString(w - 48, h - 28, f"Report ID {meta['accession']}")
            c.drawRightString(w - 48, h - 40, f"Report date {meta['reported']}")
            c.drawRightString(w - 48, h - 52, meta.get("status", "FINAL REPORT"))
            c.setFillColor(self.teal)
            c.rect(0, h - 66, w, 4, stroke=0, fill=1)
        else:
            c.setFillColor(self.navy)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, h - 36, "HALCYON GENOMICS")
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.black)
            c.drawString(150, h - 36, f"{meta['patient']}  |  DOB {meta['dob']}  |  Report ID {meta['accession']}")
            c.setStrokeColor(self.teal)
            c.setLineWidth(1.2)
            c.line(48, h - 42, w - 48, h - 42)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(48, 34, "Halcyon Genomics, Inc.  |  2200 Marsh Creek Parkway, Redwood Landing, CA  |  "
                             "CLIA 99D4471023  |  CAP 9930217  |  Laboratory Director: Miriam Okafor-Lind, MD, PhD")
        c.drawString(48, 25, "Client services 1-800-555-0142  |  support@halcyon-genomics.invalid")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 48, 25, f"Page {i} of {n}")
        c.restoreState()


# ---------------------------------------------------------------- 2 Nordlicht (Germany, A4, Times)
class Nordlicht(Lab):
    name = "Nordlicht-Institut für Molekulare Pathologie"
    creator = "PathoLIS 4 / Befundschreibung"
    pagesize = A4
    margins = (25 * mm, 20 * mm, 72 * mm, 30 * mm, 24 * mm)

    def __init__(self):
        self.st = make_styles("Times", 10.2, accent=colors.black, justify=True)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        if first:
            c.setFont("Times-Bold", 13)
            c.drawString(25 * mm, h - 20 * mm, "Nordlicht-Institut für Molekulare Pathologie")
            c.setFont("Times-Roman", 9.5)
            c.drawString(25 * mm, h - 25 * mm, "am Universitätsklinikum Hallenbrück  ·  Direktor: Prof. Dr. med. Henrike Vossberg")
            c.setFont("Times-Roman", 8.5)
            y = h - 17 * mm
            for line in ("Lindenring 14", "D-39911 Hallenbrück", "Tel. +49 (0)30 5550 4417",
                         "molpath@nordlicht-klinikum.invalid"):
                c.drawRightString(w - 20 * mm, y, line)
                y -= 10
            c.setLineWidth(0.8)
            c.line(25 * mm, h - 36 * mm, w - 20 * mm, h - 36 * mm)
            c.setFont("Times-Roman", 8)
            c.drawString(25 * mm, h - 41 * mm, "Nordlicht-Institut · Lindenring 14 · D-39911 Hallenbrück")
            c.setFont("Times-Roman", 9.5)
            y = h - 46 * mm
            for line in meta["sender"]:
                c.drawString(25 * mm, y, line)
                y -= 11.5
            y = h - 46 * mm
            for k, v in (("Eingangs-Nr.", meta["accession"]), ("Eingang", meta["received"]),
                         ("Befunddatum", meta["reported"])):
                c.drawString(w - 80 * mm, y, k)
                c.drawString(w - 52 * mm, y, v)
                y -= 11.5
        else:
            c.setFont("Times-Italic", 8.5)
            c.drawString(25 * mm, h - 15 * mm, f"Nordlicht-Institut · {meta['patient']} · geb. {meta['dob']} · {meta['accession']}")
            c.setLineWidth(0.4)
            c.line(25 * mm, h - 17 * mm, w - 20 * mm, h - 17 * mm)
        c.setFont("Times-Roman", 7)
        c.drawString(25 * mm, 12 * mm, "Akkreditiert nach DIN EN ISO 15189 (D-ML-99410-02-00). Befund elektronisch freigegeben.")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(w - 20 * mm, 12 * mm, f"Seite {i} von {n}")
        c.restoreState()


# ---------------------------------------------------------------- 3 Cairnfield (UK NHS, A4, DejaVu Serif)
class Cairnfield(Lab):
    name = "Cairnfield University Hospitals NHS Trust"
    creator = "EPIC-Genomics Lab Module (Cairnfield build 22)"
    pagesize = A4
    blue = colors.HexColor("#005eb8")
    margins = (20 * mm, 20 * mm, 44 * mm, 26 * mm, 22 * mm)

    def __init__(self):
        self.st = make_styles("DejaVuSerif", 8.6, accent=self.blue, head_family="DejaVuSans")

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.blue)
        if first:
            c.rect(w - 86 * mm, h - 24 * mm, 66 * mm, 10 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaVuSans-Bold", 10)
            c.drawRightString(w - 23 * mm, h - 20.5 * mm, "Cairnfield University Hospitals")
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans-Bold", 11)
            c.drawString(20 * mm, h - 18 * mm, "North Lowland Genomic Laboratory Hub")
            c.setFont("DejaVuSans", 8)
            c.drawString(20 * mm, h - 23 * mm, "Regional Molecular Diagnostics Laboratory, Level 2 Pathology Block")
            c.drawString(20 * mm, h - 27 * mm, "Cairnfield Royal Infirmary, Tolland Road, Cairnfield  ·  0141 496 0732")
            c.setFont("DejaVuSans-Bold", 12)
            c.setFillColor(self.blue)
            c.drawString(20 * mm, h - 37 * mm, "GENOMIC LABORATORY REPORT")
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans", 9)
            c.drawString(20 * mm + c.stringWidth("GENOMIC LABORATORY REPORT", "DejaVuSans-Bold", 12) + 12, h - 37 * mm, "·  " + meta["test"])
        else:
            c.setFont("DejaVuSans", 7.5)
            c.setFillColor(colors.black)
            c.drawString(20 * mm, h - 14 * mm, f"Lab no. {meta['accession']}   {meta['patient']}   NHS no. {meta['nhs']}")
            c.drawRightString(w - 20 * mm, h - 14 * mm, "North Lowland GLH – ctDNA")
            c.setStrokeColor(self.blue)
            c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
        c.setFont("DejaVuSans", 6.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, 12 * mm, "UKAS accredited medical laboratory No. 9981. This report contains confidential patient information.")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVuSans", 7)
        c.drawRightString(w - 20 * mm, 12 * mm, f"Page {i} of {n}")
        c.restoreState()


# ---------------------------------------------------------------- 4 Veridian (US, landscape letter, condensed)
class Veridian(Lab):
    name = "Veridian Oncology Diagnostics"
    creator = "Veridian ReportGen 3.9.1"
    pagesize = landscape(letter)
    green = colors.HexColor("#0b6e4f")
    pale = colors.HexColor("#e7f3ee")
    margins = (190, 36, 70, 50, 40)

    def __init__(self):
        self.st = make_styles("DejaVuCond", 8.4, accent=self.green)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.pale)
        c.rect(0, 0, 165, h, stroke=0, fill=1)
        c.setFillColor(self.green)
        c.rect(0, h - 58, 165, 58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuCond-Bold", 15)
        c.drawString(16, h - 30, "VERIDIAN")
        c.setFont("DejaVuCond", 7.5)
        c.drawString(16, h - 44, "Oncology Diagnostics")
        c.setFillColor(colors.black)
        y = h - 80
        items = [("PATIENT", meta["patient"]), ("DATE OF BIRTH", meta["dob"]), ("SEX", meta["sex"]),
                 ("DIAGNOSIS", meta["diagnosis"]), ("ORDERING PHYSICIAN", meta["physician"]),
                 ("MEDICAL FACILITY", meta["facility"]), ("SPECIMEN", meta["specimen"]),
                 ("COLLECTED", meta["collected"]), ("RECEIVED", meta["received"]),
                 ("REPORT DATE", meta["reported"]), ("VERIDIAN ID", meta["accession"])]
        for k, v in items:
            c.setFont("DejaVuCond-Bold", 6.4)
            c.setFillColor(self.green)
            c.drawString(16, y, k)
            c.setFillColor(colors.black)
            c.setFont("DejaVuCond", 7.6)
            # wrap long values in the sidebar
            words, line, lines = v.split(), "", []
            for wd in words:
                t = (line + " " + wd).strip()
                if c.stringWidth(t, "DejaVuCond", 7.6) > 138:
                    lines.append(line)
                    line = wd
                else:
                    line = t
            lines.append(line)
            for ln in lines:
                y -= 9
                c.drawString(16, y, ln)
            y -= 11
        c.setFont("DejaVuCond", 6)
        c.setFillColor(colors.HexColor("#555555"))
        for i, ln in enumerate(("Veridian Oncology Diagnostics", "410 Quarry Bend Road", "Hollis Ferry, TN",
                                "CLIA 99D2280516 · CAP 8819405", "Medical Director:", "Anand Ruiz-Falk, MD")):
            c.drawString(16, 60 - i * 7.5, ln)
        c.setFillColor(self.green)
        c.setFont("DejaVuCond-Bold", 13 if first else 9)
        c.drawString(190, h - 34, meta["test"] + (" — Comprehensive Report" if first else ""))
        c.setStrokeColor(self.green)
        c.setLineWidth(0.8)
        c.line(190, h - 42, w - 36, h - 42)
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVuCond", 7)
        c.drawRightString(w - 36, 22, f"{meta['accession']}  ·  Page {i} of {n}")
        c.restoreState()


# ---------------------------------------------------------------- 5 Tessellate (US MRD, letter)
class Tessellate(Lab):
    name = "Tessellate Diagnostics"
    creator = "Tessellate Portal PDF Export 2.14"
    pagesize = letter
    purple = colors.HexColor("#4b2e83")
    margins = (50, 50, 104, 62, 56)

    def __init__(self):
        self.st = make_styles("DejaVuSans", 8.3, accent=self.purple)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.purple)
        c.setFont("DejaVuSans-Bold", 14 if first else 9)
        c.drawString(50, h - 40 if first else h - 34, "tessellate")
        c.setFont("DejaVuSans", 7)
        if first:
            c.drawString(50, h - 51, "DIAGNOSTICS")
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans-Bold", 11)
            c.drawRightString(w - 50, h - 36, "TraceSignal™ Molecular Residual Disease Report")
            c.setFont("DejaVuSans", 7.5)
            c.drawRightString(w - 50, h - 48, f"Patient: {meta['patient']}   DOB: {meta['dob']}   Tessellate ID: {meta['accession']}")
            c.drawRightString(w - 50, h - 58, f"Ordering clinician: {meta['physician']}   {meta['facility']}")
            c.setStrokeColor(self.purple)
            c.setLineWidth(2)
            c.line(50, h - 68, w - 50, h - 68)
        else:
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans", 7)
            c.drawRightString(w - 50, h - 34, f"{meta['patient']} · {meta['accession']} · TraceSignal™")
            c.setStrokeColor(self.purple)
            c.setLineWidth(0.8)
            c.line(50, h - 40, w - 50, h - 40)
        c.setFont("DejaVuSans", 6.2)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(50, 30, "Tessellate Diagnostics · 77 Foundry Row, Suite 300, Port Alder, MA · CLIA 99D3340871 · "
                             "Lab Director: Celeste Amundsen, PhD, FACMG")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVuSans", 7)
        c.drawRightString(w - 50, 30, f"{i}/{n}")
        c.restoreState()


# ---------------------------------------------------------------- 6 Kestrel (LIS printout, Courier)
class Kestrel(Lab):
    name = "Kestrel Precision Laboratories"
    creator = "KPL-LIS v11 PRINT SPOOLER"
    pagesize = letter
    margins = (50, 40, 96, 78, 54)

    def __init__(self):
        self.st = make_styles("Courier", 8.6)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Courier-Bold", 9)
        c.drawString(50, h - 36, "KESTREL PRECISION LABORATORIES")
        c.setFont("Courier", 8)
        c.drawString(50, h - 46, "MOLECULAR ONCOLOGY SECTION  1450 AIRPORT LOOP RD  GRANITE FORKS CO")
        c.drawString(50, h - 56, f"CLIA#99D0951377  DIR: T. HALVERSEN, MD     PHONE 970-555-0187")
        c.drawString(50, h - 70, f"PATIENT: {meta['patient'].upper():<22} DOB: {meta['dob']}  SEX: {meta['sex']}   ACC#: {meta['accession']}")
        if first:
            c.drawString(50, h - 80, f"ORDERING: {meta['physician'].upper():<28} LOC: {meta['facility'].upper()}")
        c.setLineWidth(0.5)
        c.line(50, h - (86 if first else 74), w - 40, h - (86 if first else 74))
        c.drawString(50, 36, f"PRINTED {meta['printed']}  BY KPL-LIS     ** CONFIDENTIAL PATIENT INFORMATION **")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Courier", 8)
        c.drawRightString(w - 40, h - 36, f"PAGE {i} OF {n}")
        c.drawRightString(w - 40, 36, "FINAL" if i == n else "(CONTINUED)")
        c.restoreState()


# ---------------------------------------------------------------- 7 Saint-Arnoult (France, A4)
class SaintArnoult(Lab):
    name = "Institut Saint-Arnoult de Cancérologie"
    creator = "GenoSom-Rapport 5.0"
    pagesize = A4
    bordeaux = colors.HexColor("#7a1f3d")
    margins = (22 * mm, 18 * mm, 52 * mm, 26 * mm, 24 * mm)

    def __init__(self):
        self.st = make_styles("Times", 9.6, accent=self.bordeaux, head_family="Helvetica")

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.bordeaux)
        c.rect(0, 0, 8 * mm, h, stroke=0, fill=1)
        if first:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(22 * mm, h - 18 * mm, "Institut Saint-Arnoult de Cancérologie")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawString(22 * mm, h - 23 * mm, "Département de Biopathologie – Plateforme de Génétique Somatique des Cancers")
            c.drawString(22 * mm, h - 27.5 * mm, "12, quai des Tanneurs – 69999 Saint-Arnoult-sur-Loire – Tél. 04 99 55 01 23")
            c.setFont("Helvetica-Bold", 10.5)
            c.setFillColor(self.bordeaux)
            c.drawString(22 * mm, h - 38 * mm, "COMPTE RENDU D'ANALYSE DE BIOLOGIE MOLÉCULAIRE / MOLECULAR REPORT")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8.5)
            c.drawString(22 * mm, h - 43 * mm, meta["test"])
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.black)
            c.drawString(22 * mm, h - 14 * mm, f"ISAC – Génétique somatique  |  {meta['patient']}  |  N° {meta['accession']}")
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, 12 * mm, "Laboratoire accrédité COFRAC n° 8-9921 (portée disponible sur demande). "
                                        "Document validé électroniquement.")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 18 * mm, 12 * mm, f"Page {i}/{n}")
        c.restoreState()


# ---------------------------------------------------------------- 8 Meridian Coast (Australia, A4, Helvetica)
class Meridian(Lab):
    name = "Meridian Coast Pathology"
    creator = "MCP Molecular Reporter 2.3"
    pagesize = A4
    green = colors.HexColor("#2e7d32")
    margins = (18 * mm, 18 * mm, 40 * mm, 24 * mm, 22 * mm)

    def __init__(self):
        self.st = make_styles("Helvetica", 8.6, accent=self.green)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setStrokeColor(self.green)
        c.setLineWidth(3)
        c.line(18 * mm, h - 12 * mm, w - 18 * mm, h - 12 * mm)
        c.setFillColor(self.green)
        c.setFont("Helvetica-Bold", 12 if first else 8.5)
        c.drawString(18 * mm, h - 19 * mm, "Meridian Coast Pathology")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        if first:
            c.drawString(18 * mm, h - 24 * mm, "Molecular Oncology  ·  Level 4, 18 Harbourview Tce, Port Calder QLD 4999  ·  ABN 00 999 412 008")
            c.drawString(18 * mm, h - 28 * mm, "NATA Accreditation No. 99871  ·  Enquiries (07) 5550 3319")
            c.setFont("Helvetica-Bold", 9.5)
            c.drawRightString(w - 18 * mm, h - 19 * mm, "LiquidScope™ cfDNA Report")
        else:
            c.drawRightString(w - 18 * mm, h - 19 * mm, f"{meta['patient']}  ·  Lab No {meta['accession']}  ·  Collected {meta['collected']}")
        c.setFont("Helvetica", 6.5)
        c.drawString(18 * mm, 11 * mm, f"Lab No {meta['accession']}   Reported {meta['reported']}   Copy to: {meta.get('copyto', 'Referring doctor')}")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(w - 18 * mm, 11 * mm, f"Page {i} of {n}" + ("   END OF REPORT" if i == n else ""))
        c.restoreState()


# ---------------------------------------------------------------- 9 Ardent (US academic, letter, Times/Helvetica)
class Ardent(Lab):
    name = "Ardent Cancer Genomics Center"
    creator = "Ardent MolDx Sign-out 2025.1"
    pagesize = letter
    red = colors.HexColor("#8c1d18")
    margins = (60, 60, 108, 66, 60)
    land_margins = (54, 54, 66, 50)

    def __init__(self):
        self.st = make_styles("Times", 9.6, accent=self.red, head_family="Helvetica")

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.red)
        c.setFont("Helvetica-Bold", 10.5 if first else 8)
        c.drawString(w / 2 - c.stringWidth("ARDENT CANCER GENOMICS CENTER", "Helvetica-Bold", 10.5 if first else 8) / 2,
                     h - 36, "ARDENT CANCER GENOMICS CENTER")
        c.setFillColor(colors.black)
        if first:
            c.setFont("Times-Roman", 8.5)
            for i, ln in enumerate(("Division of Molecular Pathology, Whitcombe University School of Medicine",
                                    "3 Hollister Quad, Room B-140  ·  Easton Vale, OH  ·  Tel 614-555-0166  ·  CLIA 99D5512048")):
                c.drawCentredString(w / 2, h - 48 - 10 * i, ln)
            c.setLineWidth(0.6)
            c.line(60, h - 74, w - 60, h - 74)
            c.line(60, h - 76, w - 60, h - 76)
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(w / 2, h - 92, "MOLECULAR DIAGNOSTICS REPORT — PLASMA CELL-FREE DNA")
        else:
            c.setFont("Times-Roman", 8)
            c.drawCentredString(w / 2, h - 46, f"{meta['patient']}  ·  MRN {meta['mrn']}  ·  Case {meta['accession']}")
            c.setLineWidth(0.5)
            c.line(54, h - 52, w - 54, h - 52)
        c.setFont("Times-Italic", 7.5)
        c.drawString(60 if w < h else 54, 30, f"Case {meta['accession']} — signed out {meta['reported']}")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Roman", 8)
        c.drawRightString(w - (60 if w < h else 54), 30, f"page {i} of {n}")
        c.restoreState()


# ---------------------------------------------------------------- 10 Lotus Bay (Singapore, A4, condensed)
class LotusBay(Lab):
    name = "Lotus Bay Genomics Pte. Ltd."
    creator = "LBG Reporter 6"
    pagesize = A4
    red = colors.HexColor("#b3261e")
    margins = (16 * mm, 16 * mm, 31 * mm, 30 * mm, 20 * mm)

    def __init__(self):
        self.st = make_styles("DejaVuCond", 8.5, accent=self.red)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.red)
        c.circle(21 * mm, h - 17 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(21 * mm, h - 17 * mm, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DejaVuCond-Bold", 12 if first else 9)
        c.drawString(29 * mm, h - 16 * mm, "LOTUS BAY GENOMICS")
        c.setFont("DejaVuCond", 7)
        c.drawString(29 * mm, h - 20 * mm, "8 Tembusu Science Park Road #04-11, Singapore 999411")
        if first:
            c.setFont("DejaVuCond-Bold", 10)
            c.setFillColor(self.red)
            c.drawRightString(w - 16 * mm, h - 16 * mm, meta["test"])
            c.setFillColor(colors.black)
            c.setFont("DejaVuCond", 7.5)
            c.drawRightString(w - 16 * mm, h - 20.5 * mm, "Plasma ctDNA · NGS · MOH licence L-99/0417")
        else:
            c.setFont("DejaVuCond", 7.5)
            c.drawRightString(w - 16 * mm, h - 16 * mm, f"{meta['patient']} | {meta['accession']}")
        c.setStrokeColor(self.red)
        c.setLineWidth(0.7)
        c.line(16 * mm, h - 24 * mm, w - 16 * mm, h - 24 * mm)
        c.setFont("DejaVuCond", 6.5)
        c.drawString(16 * mm, 11 * mm, "Lotus Bay Genomics · CAP-accredited (CAP # 9947710) · results@lotusbay-genomics.invalid")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVuCond", 7)
        c.drawRightString(w - 16 * mm, 11 * mm, f"Page {i} / {n}")
        c.restoreState()


# ---------------------------------------------------------------- 11 Brightwater (US reference lab, letter)
class Brightwater(Lab):
    name = "Brightwater Reference Laboratory"
    creator = "BRL Results Delivery 19.4"
    pagesize = letter
    blue = colors.HexColor("#0d47a1")
    margins = (44, 44, 150, 74, 62)

    def __init__(self):
        self.st = make_styles("Helvetica", 8.2, accent=self.blue)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(self.blue)
        c.drawString(44, h - 38, "Brightwater")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 13)
        c.drawString(44 + c.stringWidth("Brightwater ", "Helvetica-Bold", 13), h - 38, "Reference Laboratory")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 44, h - 30, "500 Lakeshore Commons, Brightwater, MN")
        c.drawRightString(w - 44, h - 39, "CLIA 99D1187340 · 1-888-555-0110")
        if first:
            c.setLineWidth(0.6)
            c.rect(44, h - 138, w - 88, 88, stroke=1, fill=0)
            c.line(w / 2, h - 138, w / 2, h - 50)
            rowsl = [("Patient", meta["patient"]), ("DOB / Sex", f"{meta['dob']} / {meta['sex']}"),
                     ("Patient ID", meta["mrn"]), ("Collected", meta["collected"]), ("Received", meta["received"]),
                     ("Reported", meta["reported"])]
            rowsr = [("Client", meta["facility"]), ("Ordering", meta["physician"]), ("Accession", meta["accession"]),
                     ("Specimen", meta["specimen"]), ("Order", meta["order"]), ("Report status", "FINAL")]
            for col, rows in ((52, rowsl), (w / 2 + 8, rowsr)):
                y = h - 62
                for k, v in rows:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(col, y, k)
                    c.setFont("Helvetica", 7.5)
                    c.drawString(col + 62, y, v)
                    y -= 13
        else:
            c.setFont("Helvetica", 7.5)
            c.drawString(44, h - 54, f"{meta['patient']}   DOB {meta['dob']}   Accession {meta['accession']}")
            c.line(44, h - 58, w - 44, h - 58)
        c.setFont("Helvetica", 6.5)
        c.drawString(44, 34, "Results relate only to the specimen received. Medical Director: Rosalind Achebe-Strand, MD. "
                             "Technical component performed at Brightwater, MN.")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 44, 34, f"Page {i} of {n}")
        c.restoreState()


# ---------------------------------------------------------------- 12 Holmgard (Sweden-like, A4, DejaVu Sans)
class Holmgard(Lab):
    name = "Holmgård University Hospital"
    creator = "KGP-Svar 2.8"
    pagesize = A4
    grey = colors.HexColor("#e6e6e6")
    margins = (24 * mm, 22 * mm, 56 * mm, 28 * mm, 24 * mm)

    def __init__(self):
        self.st = make_styles("DejaVuSans", 8.4, accent=colors.black)

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        if first:
            c.setFillColor(self.grey)
            c.rect(24 * mm, h - 48 * mm, w - 46 * mm, 34 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans-Bold", 11)
            c.drawString(28 * mm, h - 21 * mm, "Holmgård University Hospital")
            c.setFont("DejaVuSans", 8)
            c.drawString(28 * mm, h - 25.5 * mm, "Department of Clinical Genetics and Pathology · Molecular Pathology Unit")
            c.drawString(28 * mm, h - 29.5 * mm, "Sjöportsgatan 9, SE-999 41 Holmgård · +46 (0)10 555 12 80")
            c.setFont("DejaVuSans-Bold", 8)
            y = h - 36 * mm
            for k, v in (("Patient", meta["patient"]), ("Born", meta["dob"]), ("Referral", meta["referral"])):
                c.setFont("DejaVuSans-Bold", 8)
                c.drawString(28 * mm, y, k)
                c.setFont("DejaVuSans", 8)
                c.drawString(46 * mm, y, v)
                y -= 10
            y = h - 36 * mm
            for k, v in (("Our ref.", meta["accession"]), ("Sample taken", meta["collected"]),
                         ("Answer date", meta["reported"])):
                c.setFont("DejaVuSans-Bold", 8)
                c.drawString(w - 82 * mm, y, k)
                c.setFont("DejaVuSans", 8)
                c.drawString(w - 58 * mm, y, v)
                y -= 10
        else:
            c.setFont("DejaVuSans", 7.5)
            c.drawString(24 * mm, h - 15 * mm, f"Holmgård University Hospital · Molecular Pathology · {meta['accession']} · {meta['patient']}")
        c.setFont("DejaVuSans", 6.5)
        c.drawString(24 * mm, 12 * mm, "Accredited by SWEDAC, reg. no. 99-1204. The analysis is performed within routine healthcare.")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVuSans", 7)
        c.drawRightString(w - 22 * mm, h - 15 * mm if i > 1 else 12 * mm, f"({i}/{n})")
        c.restoreState()


# ---------------------------------------------------------------- 13 Emberline Dx (US, letter)
class Emberline(Lab):
    name = "Emberline Dx"
    creator = "EmberView Reporting 4.0"
    pagesize = letter
    orange = colors.HexColor("#d35400")
    margins = (54, 54, 112, 70, 58)

    def __init__(self):
        self.st = make_styles("DejaVuSans", 8.2, accent=colors.HexColor("#7f3300"), head_family="Helvetica")

    def decorate(self, c, doc, meta, first):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(self.orange)
        c.rect(54, h - 40, 6, 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 15 if first else 10)
        c.drawString(66, h - 36, "Emberline Dx")
        if first:
            c.setFont("Helvetica", 8)
            c.drawString(66, h - 48, "EmberSeq™ cfDNA  ·  Precision Oncology Laboratory")
            c.setFont("Helvetica", 7.5)
            lines = [f"Patient: {meta['patient']}", f"DOB: {meta['dob']}   Sex: {meta['sex']}",
                     f"Accession: {meta['accession']}", f"Collected: {meta['collected']}"]
            for i, ln in enumerate(lines):
                c.drawRightString(w - 54, h - 26 - 10 * i, ln)
            c.setStrokeColor(self.orange)
            c.setLineWidth(1.5)
            c.line(54, h - 70, w - 54, h - 70)
            c.setFont("Helvetica", 7.5)
            c.drawString(54, h - 82, f"Ordering physician: {meta['physician']}")
            c.drawString(54, h - 92, f"Institution: {meta['facility']}")
            c.drawString(w / 2 + 20, h - 82, f"Specimen: {meta['specimen']}")
            c.drawString(w / 2 + 20, h - 92, f"Diagnosis: {meta['diagnosis']}")
        else:
            c.setFont("Helvetica", 7.5)
            c.drawRightString(w - 54, h - 34, f"{meta['patient']} · {meta['accession']}")
            c.setStrokeColor(self.orange)
            c.line(54, h - 44, w - 54, h - 44)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(54, 30, "Emberline Dx · 9 Cinder Works Lane, Ashby Falls, NC · CLIA 99D6650029 · "
                             "Laboratory Director: Paulo Nwachukwu, MD")
        c.restoreState()

    def page_number(self, c, i, n, meta):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 54, 30, f"Page {i} of {n}")
        c.restoreState()


HALCYON = Halcyon()
NORDLICHT = Nordlicht()
CAIRNFIELD = Cairnfield()
VERIDIAN = Veridian()
TESSELLATE = Tessellate()
KESTREL = Kestrel()
SAINTARNOULT = SaintArnoult()
MERIDIAN = Meridian()
ARDENT = Ardent()
LOTUSBAY = LotusBay()
BRIGHTWATER = Brightwater()
HOLMGARD = Holmgard()
EMBERLINE = Emberline()
