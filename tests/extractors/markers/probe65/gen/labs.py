"""The twelve invented laboratories' house styles (page headers and footers, fonts, colours)."""
from __future__ import annotations

from reportlab.lib import colors

from lib import A4, Lab, draw, letter

NAVY = colors.Color(0.09, 0.18, 0.38)
TEAL = colors.Color(0.0, 0.45, 0.47)
GREY = colors.Color(0.4, 0.4, 0.4)
LIGHT = colors.Color(0.92, 0.92, 0.92)
BURG = colors.Color(0.48, 0.08, 0.16)
GREEN = colors.Color(0.13, 0.40, 0.22)
PURPLE = colors.Color(0.33, 0.18, 0.50)
ORANGE = colors.Color(0.80, 0.40, 0.05)
SLATE = colors.Color(0.25, 0.30, 0.35)


# ------------------------------------------------------------------ A: HAMDL (academic)
def a_header(c, r, w, h):
    p = r.patient
    c.setFillColor(NAVY)
    c.rect(0, h - 58, w, 58, stroke=0, fill=1)
    c.setFillColor(colors.white)
    draw(c, "Helvetica-Bold", 13, 40, h - 26, "Halvorsen Academic Molecular Diagnostics Laboratory")
    draw(c, "Helvetica", 8.5, 40, h - 40, "Department of Pathology  |  Halvorsen University Medical Center")
    draw(c, "Helvetica-Bold", 10, w - 40, h - 26, "OncoSeq 523 DNA/RNA", "right")
    draw(c, "Helvetica", 8.5, w - 40, h - 40, "Comprehensive Solid Tumor Profile", "right")
    c.setFillColor(colors.black)
    y = h - 74
    draw(c, "Helvetica-Bold", 8, 40, y, f"Patient: {p['name']}")
    draw(c, "Helvetica", 8, 170, y, f"DOB: {p['dob']}   Sex: {p['sex']}   MRN: {p['mrn']}")
    draw(c, "Helvetica", 8, w - 40, y, f"Accession: {p['acc']}", "right")
    draw(c, "Helvetica", 8, 40, y - 11, f"Ordering physician: {p['physician']}")
    draw(c, "Helvetica", 8, w - 40, y - 11,
         f"Collected {p['collected']}  Received {p['received']}  Reported {p['reported']}", "right")
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.line(40, y - 17, w - 40, y - 17)


def a_footer(c, r, page, total, w, h):
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(40, 42, w - 40, 42)
    draw(c, "Helvetica", 7, 40, 32, "HAMDL  |  1400 Campus Drive, Halvorsen  |  CLIA 99D9990001  |  "
         "Medical Director: I. Okonkwo-Brandt, MD, PhD")
    draw(c, "Helvetica", 7, 40, 23, f"{r.patient['name']}  |  {r.patient['acc']}  |  "
         "CONFIDENTIAL patient health information")
    draw(c, "Helvetica-Bold", 7.5, w - 40, 28, f"Page {page} of {total}", "right")


HAMDL = Lab("A", "Halvorsen Academic Molecular Diagnostics Laboratory", "Helvetica", 8.6, letter,
            (40, 40, 100, 54), a_header, a_footer, accent=NAVY)


# ------------------------------------------------------------------ B: Corvane (commercial CGP)
def b_header(c, r, w, h):
    p = r.patient
    c.setFillColor(TEAL)
    c.rect(0, 0, 14, h, stroke=0, fill=1)
    # hexagon logo
    import math
    cx, cy, rad = 52, h - 40, 14
    pts = [(cx + rad * math.cos(math.radians(60 * i + 30)),
            cy + rad * math.sin(math.radians(60 * i + 30))) for i in range(6)]
    path = c.beginPath()
    path.moveTo(*pts[0])
    for pt in pts[1:]:
        path.lineTo(*pt)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.circle(cx, cy, 5, stroke=0, fill=1)
    c.setFillColor(TEAL)
    draw(c, "VeraBd", 15, 74, h - 38, "CORVANE GENOMICS")
    c.setFillColor(GREY)
    draw(c, "Vera", 7.5, 74, h - 50, "CorvaneONE\u2122 comprehensive genomic profiling  \u00b7  DNA + RNA")
    c.setFillColor(colors.black)
    c.setStrokeColor(TEAL)
    c.roundRect(w - 232, h - 66, 196, 50, 4, stroke=1, fill=0)
    draw(c, "VeraBd", 7.5, w - 226, h - 27, p["name"])
    draw(c, "Vera", 7, w - 226, h - 37, f"DOB {p['dob']}  \u00b7  Sex {p['sex']}")
    draw(c, "Vera", 7, w - 226, h - 47, f"Report ID {p['acc']}")
    draw(c, "Vera", 7, w - 226, h - 57, f"Specimen ID {p['block']}")


def b_footer(c, r, page, total, w, h):
    c.setFillColor(GREY)
    draw(c, "Vera", 6.5, 36, 30, "Corvane Genomics, Inc.  \u00b7  88 Harbor Loop, Suite 400  \u00b7  "
         "corvane.invalid  \u00b7  CLIA 99D9990002  \u00b7  CAP 9990002")
    draw(c, "Vera", 6.5, 36, 21, f"Laboratory Director: Priya Vanterpool, MD  \u00b7  {r.patient['name']}"
         f"  \u00b7  {r.patient['acc']}")
    draw(c, "VeraBd", 7.5, w - 36, 26, f"{page} / {total}", "right")


CORVANE = Lab("B", "Corvane Genomics, Inc.", "Vera", 8.0, letter, (36, 36, 84, 48), b_header,
              b_footer, accent=TEAL, table_style="rules")


# ------------------------------------------------------------------ C: St Brendan's (Courier caps)
def c_header(c, r, w, h):
    p = r.patient
    y = h - 36
    draw(c, "Courier-Bold", 9, 40, y, "ST. BRENDAN'S HOSPITAL - DEPARTMENT OF LABORATORY MEDICINE")
    draw(c, "Courier", 8, 40, y - 10, "MOLECULAR PATHOLOGY SECTION   TEL 555-0148   FAX 555-0149")
    draw(c, "Courier", 8, w - 40, y, "RUN 26-0412 14:22", "right")
    c.setDash(3, 2)
    c.setLineWidth(0.5)
    c.line(40, y - 15, w - 40, y - 15)
    c.setDash()
    draw(c, "Courier", 8, 40, y - 26, f"PT: {p['name'].upper():<16} MRN: {p['mrn']:<10} "
         f"DOB: {p['dob']}  SEX: {p['sex']}")
    draw(c, "Courier", 8, 40, y - 36, f"ACC: {p['acc']:<15} COLL: {p['collected']}  "
         f"RECV: {p['received']}  LOC: {p['loc']}")
    c.setDash(3, 2)
    c.line(40, y - 41, w - 40, y - 41)
    c.setDash()


def c_footer(c, r, page, total, w, h):
    draw(c, "Courier", 7.5, 40, 28, f"{r.patient['name'].upper()}  {r.patient['acc']}   "
         "** CONFIDENTIAL - FOR AUTHORIZED USE ONLY **")
    draw(c, "Courier", 7.5, w - 40, 28, f"PAGE {page} OF {total}", "right")


BRENDAN = Lab("C", "St. Brendan's Hospital", "Courier", 8.2, letter, (40, 40, 90, 46), c_header,
              c_footer, accent=colors.black, table_style="none")


# ------------------------------------------------------------------ D: Northfield (Times)
def d_header(c, r, w, h):
    p = r.patient
    draw(c, "Times-Bold", 13, w / 2, h - 34, "NORTHFIELD UNIVERSITY HEALTH", "center")
    draw(c, "Times-Roman", 9.5, w / 2, h - 46,
         "Department of Pathology \u2013 Molecular Diagnostics Laboratory", "center")
    draw(c, "Times-Italic", 8.5, w / 2, h - 57, "600 Lindqvist Avenue, Northfield  \u00b7  "
         "Tel. 555-0190  \u00b7  CLIA 99D9990004", "center")
    c.setLineWidth(1.2)
    c.line(48, h - 63, w - 48, h - 63)
    c.setLineWidth(0.4)
    c.line(48, h - 66, w - 48, h - 66)
    draw(c, "Times-Bold", 9, 48, h - 78, f"Name: {p['name']}")
    draw(c, "Times-Roman", 9, 190, h - 78, f"MRN: {p['mrn']}    DOB: {p['dob']}    Sex: {p['sex']}")
    draw(c, "Times-Roman", 9, w - 48, h - 78, f"Case: {p['acc']}", "right")


def d_footer(c, r, page, total, w, h):
    c.setLineWidth(0.4)
    c.line(48, 44, w - 48, 44)
    draw(c, "Times-Italic", 8, 48, 33, "Northfield University Health Molecular Diagnostics "
         "Laboratory \u2013 results are for the named patient only.")
    draw(c, "Times-Roman", 8.5, w - 48, 33, f"Page {page} of {total}", "right")


NORTHFIELD = Lab("D", "Northfield University Health", "Times-Roman", 10, letter, (48, 48, 92, 56),
                 d_header, d_footer, accent=colors.black, table_style="grid")


# ------------------------------------------------------------------ E: Meridian (A4, landscape)
def e_header(c, r, w, h):
    p = r.patient
    c.setFillColor(ORANGE)
    c.rect(36, h - 44, 8, 22, stroke=0, fill=1)
    c.rect(48, h - 44, 8, 16, stroke=0, fill=1)
    c.rect(60, h - 44, 8, 10, stroke=0, fill=1)
    c.setFillColor(SLATE)
    draw(c, "VeraBd", 14, 76, h - 40, "Meridian Precision Oncology")
    draw(c, "Vera", 7.5, w - 36, h - 30, "Tumour Genomic Profile \u2013 MeridianSeq HRD+", "right")
    draw(c, "Vera", 7.5, w - 36, h - 40, f"Report {p['acc']}  \u00b7  issued {p['reported']}", "right")
    c.setFillColor(LIGHT)
    c.rect(36, h - 66, w - 72, 16, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw(c, "Vera", 7.5, 42, h - 61, f"{p['name']}   |   DOB {p['dob']}   |   {p['sex']}   |   "
         f"MRN {p['mrn']}   |   Specimen {p['block']}   |   Clinician {p['physician']}")


def e_footer(c, r, page, total, w, h):
    c.setFillColor(GREY)
    draw(c, "Vera", 6.5, 36, 24, "Meridian Precision Oncology Ltd  \u00b7  Unit 7, Quayside Science "
         "Park  \u00b7  meridian-po.invalid  \u00b7  Accredited laboratory no. 99901")
    draw(c, "VeraBd", 7, w - 36, 24, f"Page {page} of {total}", "right")


MERIDIAN = Lab("E", "Meridian Precision Oncology", "Vera", 8.0, A4, (36, 36, 80, 40), e_header,
               e_footer, accent=ORANGE, table_style="rules", head_color=SLATE)


# ------------------------------------------------------------------ F: Kestrel (UK, A4)
def f_header(c, r, w, h):
    p = r.patient
    c.setFillColor(LIGHT)
    c.rect(40, h - 62, w - 80, 34, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw(c, "Helvetica-Bold", 11, 48, h - 42, "Kestrel Regional Cancer Centre")
    draw(c, "Helvetica", 8.5, 48, h - 55, "Molecular Diagnostics Service  \u2013  Genomic Laboratory Hub West")
    draw(c, "Helvetica-Bold", 9, w - 48, h - 42, "REPORT STATUS: FINAL", "right")
    draw(c, "Helvetica", 8, w - 48, h - 55, f"Lab no. {p['acc']}", "right")
    draw(c, "Helvetica", 8, 40, h - 76, f"Patient: {p['name']}    NHS-style no.: {p['mrn']}    "
         f"DOB: {p['dob']}    Sex: {p['sex']}")
    c.setLineWidth(0.5)
    c.line(40, h - 81, w - 40, h - 81)


def f_footer(c, r, page, total, w, h):
    draw(c, "Helvetica", 7, 40, 30, "Kestrel Regional Cancer Centre, Molecular Diagnostics Service, "
         "Level 2 Pathology Block. Enquiries 0555 010 0123.")
    draw(c, "Helvetica", 7, 40, 21, f"{r.patient['name']}  {r.patient['acc']}  \u2013  printed "
         f"{r.patient['reported']}")
    draw(c, "Helvetica", 7.5, w - 40, 26, f"Page {page} of {total}", "right")


KESTREL = Lab("F", "Kestrel Regional Cancer Centre", "Helvetica", 9.0, A4, (40, 40, 96, 48),
              f_header, f_footer, accent=colors.black, table_style="grid")


# ------------------------------------------------------------------ G: Aurelian (tumour/normal)
def g_header(c, r, w, h):
    p = r.patient
    c.setFillColor(BURG)
    draw(c, "Helvetica-Bold", 12, 40, h - 32, "AURELIAN CANCER INSTITUTE")
    c.setFillColor(colors.black)
    draw(c, "Helvetica", 8.5, 40, h - 44, "Center for Molecular Oncology  \u00b7  AURA-TN 468 "
         "matched tumor/normal sequencing")
    c.setStrokeColor(BURG)
    c.setLineWidth(2)
    c.line(40, h - 50, w - 40, h - 50)
    c.setLineWidth(0.5)
    rows = [("Patient", p["name"], "Tumor sample", p["block"]),
            ("DOB / Sex", f"{p['dob']} / {p['sex']}", "Normal sample", p["normal"]),
            ("MRN", p["mrn"], "Accession", p["acc"])]
    y = h - 62
    for a, b, cc, d in rows:
        draw(c, "Helvetica-Bold", 7.5, 40, y, a)
        draw(c, "Helvetica", 7.5, 100, y, b)
        draw(c, "Helvetica-Bold", 7.5, w / 2 + 10, y, cc)
        draw(c, "Helvetica", 7.5, w / 2 + 80, y, d)
        y -= 9.5
    c.setStrokeColor(GREY)
    c.line(40, y + 3, w - 40, y + 3)


def g_footer(c, r, page, total, w, h):
    c.setFillColor(BURG)
    c.rect(40, 38, w - 80, 1.5, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw(c, "Helvetica", 6.8, 40, 28, "Aurelian Cancer Institute, Center for Molecular Oncology, "
         "2 Aurelian Plaza  |  CLIA 99D9990007  |  Director: M. Castellanos-Reyes, MD")
    draw(c, "Helvetica-Bold", 7, w - 40, 28, f"{page} of {total}", "right")


AURELIAN = Lab("G", "Aurelian Cancer Institute", "Helvetica", 8.3, letter, (40, 40, 100, 50),
               g_header, g_footer, accent=BURG, table_style="rules")


# ------------------------------------------------------------------ H: Lakeshore (community)
def h_header(c, r, w, h):
    p = r.patient
    c.setStrokeColor(colors.Color(0.1, 0.3, 0.5))
    c.setLineWidth(1)
    c.circle(62, h - 44, 16, stroke=1, fill=0)
    c.line(46, h - 44, 78, h - 44)
    draw(c, "Times-Bold", 14, 88, h - 40, "Lakeshore Pathology Associates")
    draw(c, "Times-Roman", 8.5, 88, h - 52, "Anatomic & Molecular Pathology  \u00b7  41 Marina Road, "
         "Suite 12  \u00b7  Ph 555-0172")
    c.setLineWidth(0.6)
    c.rect(40, h - 100, w - 80, 38, stroke=1, fill=0)
    draw(c, "Times-Roman", 8.5, 46, h - 74, f"PATIENT: {p['name']}")
    draw(c, "Times-Roman", 8.5, 46, h - 86, f"DOB: {p['dob']}   SEX: {p['sex']}   MRN: {p['mrn']}")
    draw(c, "Times-Roman", 8.5, 46, h - 97 + 1, f"PHYSICIAN: {p['physician']}")
    draw(c, "Times-Roman", 8.5, w / 2 + 30, h - 74, f"CASE #: {p['acc']}")
    draw(c, "Times-Roman", 8.5, w / 2 + 30, h - 86, f"COLLECTED: {p['collected']}")
    draw(c, "Times-Roman", 8.5, w / 2 + 30, h - 97 + 1, f"REPORTED: {p['reported']}")


def h_footer(c, r, page, total, w, h):
    draw(c, "Times-Italic", 7.5, 40, 28, "Lakeshore Pathology Associates \u2013 CLIA 99D9990008 \u2013 "
         f"{r.patient['acc']} \u2013 {r.patient['name']}")
    draw(c, "Times-Roman", 8, w - 40, 28, f"Page {page} of {total}", "right")


LAKESHORE = Lab("H", "Lakeshore Pathology Associates", "Times-Roman", 10, letter,
                (40, 40, 112, 44), h_header, h_footer, accent=colors.Color(0.1, 0.3, 0.5),
                table_style="grid")


# ------------------------------------------------------------------ I: Vantage Dx (liquid biopsy)
def i_header(c, r, w, h):
    p = r.patient
    c.setFillColor(PURPLE)
    c.rect(36, h - 50, w - 72, 26, stroke=0, fill=1)
    c.setFillColor(colors.white)
    draw(c, "VeraBd", 12, 46, h - 42, "VANTAGE Dx")
    draw(c, "Vera", 8, 140, h - 41, "LiquidView 74 \u2013 plasma cell-free DNA report")
    draw(c, "Vera", 7.5, w - 46, h - 41, f"Order {p['acc']}", "right")
    c.setFillColor(colors.black)
    draw(c, "Vera", 7.2, 36, h - 62, f"Patient {p['name']}  \u00b7  DOB {p['dob']}  \u00b7  "
         f"Sex {p['sex']}  \u00b7  Physician {p['physician']}  \u00b7  Draw date {p['collected']}")


def i_footer(c, r, page, total, w, h):
    c.setFillColor(PURPLE)
    c.rect(36, 34, w - 72, 0.8, stroke=0, fill=1)
    c.setFillColor(GREY)
    draw(c, "Vera", 6.5, 36, 24, "Vantage Dx  \u00b7  3100 Meadowlark Pkwy  \u00b7  vantagedx.invalid"
         "  \u00b7  CLIA 99D9990009  \u00b7  Lab Director: Hideo Marchetti, MD, PhD")
    draw(c, "Vera", 7, w - 36, 24, f"Page {page} of {total}", "right")


VANTAGE = Lab("I", "Vantage Dx", "Vera", 8.0, letter, (36, 36, 74, 46), i_header, i_footer,
              accent=PURPLE, table_style="rules")


# ------------------------------------------------------------------ J: Westmarch (neuropathology)
def j_header(c, r, w, h):
    p = r.patient
    draw(c, "Times-Bold", 11.5, 42, h - 34, "Westmarch University Hospital")
    draw(c, "Times-Roman", 9, 42, h - 46, "Institute of Neuropathology \u2013 Molecular Neuro-Oncology "
         "Laboratory")
    c.setFillColor(SLATE)
    c.rect(w - 150, h - 50, 108, 24, stroke=0, fill=1)
    c.setFillColor(colors.white)
    draw(c, "Times-Bold", 9, w - 96, h - 42, "NEUROPATHOLOGY", "center")
    c.setFillColor(colors.black)
    c.setLineWidth(0.5)
    c.line(42, h - 56, w - 42, h - 56)
    draw(c, "Times-Roman", 8.5, 42, h - 67, f"{p['name']}  \u00b7  born {p['dob']}  \u00b7  {p['sex']}  "
         f"\u00b7  Hosp. no. {p['mrn']}  \u00b7  Neuropath. no. {p['acc']}")
    c.line(42, h - 72, w - 42, h - 72)


def j_footer(c, r, page, total, w, h):
    draw(c, "Times-Roman", 7.5, 42, 26, "Westmarch University Hospital, Institute of Neuropathology, "
         "Building 14  \u00b7  Accredited medical laboratory 99-NP")
    draw(c, "Times-Roman", 8, w - 42, 26, f"{page}/{total}", "right")


WESTMARCH = Lab("J", "Westmarch University Hospital", "Times-Roman", 9.6, A4, (42, 42, 86, 42),
                j_header, j_footer, accent=SLATE, table_style="grid")


# ------------------------------------------------------------------ K: Pinecrest (paediatric)
def k_header(c, r, w, h):
    p = r.patient
    c.setFillColor(GREEN)
    c.rect(40, h - 30, w - 80, 6, stroke=0, fill=1)
    # small tree of triangles
    for dy, half in ((0, 10), (8, 8), (15, 6)):
        path = c.beginPath()
        path.moveTo(52 - half, h - 62 + dy)
        path.lineTo(52 + half, h - 62 + dy)
        path.lineTo(52, h - 50 + dy)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw(c, "Helvetica-Bold", 12, 70, h - 45, "Pinecrest Children's Hospital")
    draw(c, "Helvetica", 8, 70, h - 56, "Division of Genomic Pathology  \u00b7  Pediatric Solid Tumor "
         "Program")
    draw(c, "Helvetica", 7.5, w - 40, h - 45, f"MRN {p['mrn']}  \u00b7  Acc. {p['acc']}", "right")
    draw(c, "Helvetica", 7.5, w - 40, h - 56, f"{p['name']}  \u00b7  DOB {p['dob']}  \u00b7  {p['sex']}",
         "right")
    c.setStrokeColor(GREEN)
    c.line(40, h - 66, w - 40, h - 66)


def k_footer(c, r, page, total, w, h):
    c.setFillColor(GREEN)
    c.rect(40, 36, w - 80, 2, stroke=0, fill=1)
    c.setFillColor(colors.black)
    draw(c, "Helvetica", 6.8, 40, 26, "Pinecrest Children's Hospital Division of Genomic Pathology  "
         "\u00b7  CLIA 99D9990011  \u00b7  Genomics help line 555-0135")
    draw(c, "Helvetica", 7, w - 40, 26, f"Page {page} of {total}", "right")


PINECREST = Lab("K", "Pinecrest Children's Hospital", "Helvetica", 8.8, letter, (40, 40, 84, 48),
                k_header, k_footer, accent=GREEN, table_style="grid")


# ------------------------------------------------------------------ L: Ostara (reference lab)
def l_header(c, r, w, h):
    p = r.patient
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(40, h - 24, 140, h - 24)
    c.setLineWidth(0.5)
    draw(c, "Helvetica-BoldOblique", 13, 40, h - 42, "Ostara Reference Laboratories")
    draw(c, "Helvetica", 8, 40, h - 53, "Molecular Oncology  |  ostara-ref.invalid  |  Client "
         "services 555-0161")
    draw(c, "Helvetica", 8, w - 40, h - 36, f"Patient: {p['name']}", "right")
    draw(c, "Helvetica", 8, w - 40, h - 46, f"DOB: {p['dob']}  Sex: {p['sex']}", "right")
    draw(c, "Helvetica", 8, w - 40, h - 56, f"Ostara ID: {p['acc']}", "right")
    c.setStrokeColor(colors.black)
    c.line(40, h - 62, w - 40, h - 62)


def l_footer(c, r, page, total, w, h):
    draw(c, "Helvetica-Oblique", 7, 40, 28, f"Ostara Reference Laboratories  |  {r.patient['acc']}  |"
         "  CLIA 99D9990012  |  This page is part of a " + f"{total}-page report.")
    draw(c, "Helvetica", 7.5, w - 40, 28, f"Page {page}", "right")


OSTARA = Lab("L", "Ostara Reference Laboratories", "Helvetica", 9.0, letter, (40, 40, 80, 44),
             l_header, l_footer, accent=TEAL, table_style="rules")
