"""The invented laboratories of probe42 and their house styles (letterhead, running
header, footer). Every name, address, number and web address here is invented."""
from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter

from common import Lab

HX = colors.HexColor


def _page_words(c, font, size, x, y, page, total, align="right", fmt="Page {p} of {t}"):
    c.setFont(font, size)
    s = fmt.format(p=page, t=total)
    if align == "right":
        c.drawRightString(x, y, s)
    elif align == "center":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


# ---------------------------------------------------------------- A  Meridian Genomics
def _meridian_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(0, H - 58, W, 58, stroke=0, fill=1)
    c.setStrokeColor(lab.accent)
    for r, w in ((16, 3), (11, 2.2), (6, 1.6)):
        c.setLineWidth(w)
        c.arc(lab.left - r, H - 29 - r, lab.left + r, H - 29 + r, 100, 160)
        c.arc(lab.left - r, H - 29 - r, lab.left + r, H - 29 + r, -80, 160)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(lab.left + 24, H - 30, "MERIDIAN GENOMICS")
    c.setFont("Helvetica", 8)
    c.drawString(lab.left + 24, H - 42, "Comprehensive Tumor Profiling")
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(W - lab.right, H - 27, m.get("status", "FINAL REPORT"))
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - lab.right, H - 39, m.get("product", "MeridianDx OncoPanel"))
    c.setFillColor(HX("#555555"))
    c.setFont("Helvetica", 6.8)
    c.drawString(lab.left, H - 70, "400 Fenwick Parkway, Suite 12, Lowell Ridge, MA 01999  |  Tel (555) 014-2290  |  CLIA 99D9900101  |  CAP 9900101  |  meridian-genomics.invalid")
    # patient strip
    fields = [("PATIENT", m["patient"]), ("DATE OF BIRTH", m["dob"]), ("SEX", m["sex"]),
              ("ORDER ID", m["order"]), ("REPORT DATE", m["reported"])]
    fields2 = [("SPECIMEN", m["specimen"]), ("COLLECTED", m["collected"]), ("RECEIVED", m["received"]),
               ("ORDERING PHYSICIAN", m["physician"]), ("DIAGNOSIS", m["diagnosis"])]
    y0 = H - 84
    c.setStrokeColor(lab.accent)
    c.setLineWidth(1.2)
    c.line(lab.left, y0 + 4, W - lab.right, y0 + 4)
    colw = lab.width / 5
    for row, (yy, fs) in enumerate(((y0, fields), (y0 - 26, fields2))):
        for i, (k, v) in enumerate(fs):
            x = lab.left + i * colw
            c.setFillColor(lab.accent)
            c.setFont("Helvetica-Bold", 6)
            c.drawString(x, yy - 6, k)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 7.6)
            c.drawString(x, yy - 15, v[:34])
    c.setStrokeColor(HX("#cccccc"))
    c.setLineWidth(0.5)
    c.line(lab.left, y0 - 50, W - lab.right, y0 - 50)


def _meridian_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFont("Helvetica", 7)
    c.setFillColor(HX("#444444"))
    c.drawString(lab.left, H - 36, f"{m['patient']}  |  DOB {m['dob']}  |  Order {m['order']}  |  Report date {m['reported']}")
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(W - lab.right, H - 36, "MERIDIAN GENOMICS")
    c.setStrokeColor(lab.accent)
    c.setLineWidth(1.5)
    c.line(lab.left, H - 42, W - lab.right, H - 42)


def _meridian_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setStrokeColor(HX("#cccccc"))
    c.setLineWidth(0.5)
    c.line(lab.left, 40, W - lab.right, 40)
    c.setFillColor(HX("#666666"))
    c.setFont("Helvetica", 6.5)
    c.drawString(lab.left, 30, "Meridian Genomics  |  Laboratory Director: R. Okonjo-Hale, MD, PhD  |  Confidential health information")
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica-Bold", 7.5, W - lab.right, 30, p, t)
    c.restoreState()


MERIDIAN = Lab("meridian", "Meridian Genomics", letter, font="Helvetica", bold="Helvetica-Bold",
               italic="Helvetica-Oblique", colour="#1B365D", accent="#2A9D8F", light="#E8F1F4",
               margins=(44, 44, 60, 56), first_top=150, later_top=58, letterhead=_meridian_head,
               running=_meridian_run, footer=_meridian_foot, body_size=8.8, cell_size=7.6)


# ---------------------------------------------------------------- B  Halden
def _halden_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(lab.left, H - 86, 54, 54, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(lab.left + 27, H - 64, "HRGL")
    c.setFillColor(colors.black)
    x = W - lab.right
    c.setFont("Times-Bold", 12)
    c.drawRightString(x, H - 40, "Halden Regional Genetics Laboratory")
    c.setFont("Times-Roman", 9)
    c.drawRightString(x, H - 52, "Molecular Pathology Service")
    c.drawRightString(x, H - 63, "Halden General Infirmary, Wexcombe Road, Halden HD4 9ZZ")
    c.drawRightString(x, H - 74, "Tel 01632 960418   Secure email: molpath.halden@nhs-mail.invalid")
    c.setFont("Times-Bold", 13)
    c.setFillColor(lab.colour)
    c.drawCentredString(W / 2, H - 106, m.get("title", "MOLECULAR PATHOLOGY REPORT"))
    # demographics grid
    rows = [[("Patient", m["patient"]), ("Date of birth", m["dob"]), ("Sex", m["sex"])],
            [("Hospital no.", m["mrn"]), ("Lab no.", m["accession"]), ("Pathology no.", m["specimen_id"])],
            [("Requested by", m["physician"]), ("Location", m["location"]), ("Received", m["received"])]]
    top = H - 116
    rh = 17
    c.setStrokeColor(HX("#8c8c8c"))
    c.setLineWidth(0.6)
    c.rect(lab.left, top - rh * 3, lab.width, rh * 3, stroke=1, fill=0)
    cw = lab.width / 3
    for i, row in enumerate(rows):
        y = top - rh * (i + 1)
        if i:
            c.line(lab.left, y + rh, lab.left + lab.width, y + rh)
        for j, (k, v) in enumerate(row):
            xx = lab.left + j * cw
            if j:
                c.line(xx, top, xx, top - rh * 3)
            c.setFillColor(HX("#555555"))
            c.setFont("Times-Italic", 7.5)
            c.drawString(xx + 3, y + 6, k + ":")
            c.setFillColor(colors.black)
            c.setFont("Times-Bold", 8.5)
            c.drawString(xx + 60, y + 6, v)


def _halden_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.8)
    c.rect(lab.left, H - 50, lab.width, 16, stroke=1, fill=0)
    c.setFont("Times-Roman", 8)
    c.drawString(lab.left + 4, H - 45, f"Patient: {m['patient']}     DOB: {m['dob']}     Hospital no.: {m['mrn']}     Lab no.: {m['accession']}")
    c.setFont("Times-Italic", 8)
    c.drawRightString(W - lab.right - 4, H - 45, "Halden RGL - Molecular Pathology")


def _halden_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFont("Times-Italic", 7)
    c.setFillColor(HX("#555555"))
    c.drawString(lab.left, 28, "Confidential: check the patient identifiers on every page. Report printed " + m["reported"] + ".")
    c.setFillColor(colors.black)
    _page_words(c, "Times-Bold", 8.5, W - lab.right, 28, p, t)
    c.restoreState()


HALDEN = Lab("halden", "Halden Regional Genetics Laboratory", A4, font="Times-Roman", bold="Times-Bold",
             italic="Times-Italic", colour="#7A1F2B", accent="#B5838D", light="#F4ECEC",
             margins=(50, 50, 60, 50), first_top=182, later_top=62, letterhead=_halden_head,
             running=_halden_run, footer=_halden_foot, body_size=9.6, cell_size=8.6)


# ---------------------------------------------------------------- C  Corvid
def _corvid_logo(c, x, y, s, col):
    c.setFillColor(col)
    p = c.beginPath()
    pts = [(0, 0.2), (0.45, 0.55), (0.7, 0.95), (0.78, 0.7), (1.0, 0.62), (0.8, 0.5), (0.62, 0.1), (0.3, 0.12)]
    p.moveTo(x + pts[0][0] * s, y + pts[0][1] * s)
    for a, b in pts[1:]:
        p.lineTo(x + a * s, y + b * s)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _corvid_head(c, lab, m):
    W, H = lab.pagesize
    _corvid_logo(c, lab.left, H - 78, 40, lab.colour)
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(lab.left + 48, H - 60, "CORVID")
    c.setFont("Helvetica", 8.5)
    c.drawString(lab.left + 48, H - 72, "L I Q U I D   D I A G N O S T I C S")
    bx = W - lab.right - 200
    c.setFillColor(lab.light)
    c.setStrokeColor(lab.colour)
    c.roundRect(bx, H - 104, 200, 70, 6, stroke=1, fill=1)
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(bx + 8, H - 48, m.get("product", "CorvidSeq Plasma 80"))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.4)
    for i, line in enumerate([f"Patient: {m['patient']}   DOB: {m['dob']}", f"Accession: {m['accession']}",
                              f"Collected: {m['collected']}   Received: {m['received']}",
                              f"Reported: {m['reported']}   {m.get('status', 'Final')}"]):
        c.drawString(bx + 8, H - 60 - 10 * i, line)
    c.setStrokeColor(lab.accent)
    c.setLineWidth(2)
    c.line(lab.left, H - 114, W - lab.right, H - 114)


def _corvid_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(0, H - 40, W, 18, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(lab.left, H - 34, f"CORVID  |  {m['patient']}  |  Accession {m['accession']}  |  Collected {m['collected']}")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - lab.right, H - 34, m.get("product", "CorvidSeq Plasma 80"))


def _corvid_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica-Bold", 8, W / 2, 34, p, t, align="center")
    c.setFillColor(HX("#777777"))
    c.setFont("Helvetica", 6.2)
    c.drawCentredString(W / 2, 24, "Corvid Liquid Diagnostics, 18 Quarry Lane, Millbrook, NC 27999  -  CLIA 99D9900202  -  www.corvid-dx.invalid  -  (555) 017-3300")
    c.restoreState()


CORVID = Lab("corvid", "Corvid Liquid Diagnostics", letter, font="Helvetica", bold="Helvetica-Bold",
             italic="Helvetica-Oblique", colour="#5B2A86", accent="#E07A5F", light="#EFE8F6",
             margins=(46, 46, 56, 52), first_top=126, later_top=56, letterhead=_corvid_head,
             running=_corvid_run, footer=_corvid_foot, body_size=8.6, cell_size=7.6)


# ---------------------------------------------------------------- D  Ostrander
def _ostr_head(c, lab, m):
    W, H = lab.pagesize
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H - 44, "UNIVERSITY OF OSTRANDER MEDICAL CENTER")
    c.setFont("Times-Roman", 9.5)
    c.drawCentredString(W / 2, H - 57, "Department of Pathology  -  Ostrander Cancer Genomics Laboratory")
    c.setFont("Times-Italic", 8)
    c.drawCentredString(W / 2, H - 68, "1 Campus Loop, Room B-214, Ostrander, WI 53999   Phone (555) 016-7720   Fax (555) 016-7721")
    c.setLineWidth(1.2)
    c.line(lab.left, H - 76, W - lab.right, H - 76)
    c.setLineWidth(0.4)
    c.line(lab.left, H - 79, W - lab.right, H - 79)
    c.setFont("Courier-Bold", 8)
    c.drawString(lab.left, H - 93, f"NAME: {m['patient'].upper():<20} MRN: {m['mrn']:<14} DOB: {m['dob']}   SEX: {m['sex']}")
    c.drawString(lab.left, H - 104, f"CASE: {m['accession']:<20} COLL: {m['collected']:<13} RECD: {m['received']}  SIGNED: {m['reported']}")


def _ostr_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFont("Courier", 7.5)
    c.drawString(lab.left, H - 38, f"{m.get('product', 'OSTRA-Seq 510')} | {m['patient']} | MRN {m['mrn']} | Case {m['accession']}")
    c.setLineWidth(0.5)
    c.line(lab.left, H - 42, W - lab.right, H - 42)


def _ostr_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setLineWidth(0.5)
    c.line(lab.left, 40, W - lab.right, 40)
    c.setFont("Courier", 7)
    c.drawString(lab.left, 30, "Ostrander CGL  CLIA 99D9900303  CAP 9900303  Director: H. Vasquez-Lindqvist, MD")
    _page_words(c, "Courier-Bold", 7.5, W - lab.right, 30, p, t)
    c.restoreState()


OSTRANDER = Lab("ostrander", "Ostrander Cancer Genomics Laboratory", letter, font="Times-Roman",
                bold="Times-Bold", italic="Times-Italic", colour="#222222", accent="#666666", light="#EEEEEE",
                margins=(50, 50, 60, 54), first_top=114, later_top=54, letterhead=_ostr_head,
                running=_ostr_run, footer=_ostr_foot, body_size=9.6, cell_size=7.4)


# ---------------------------------------------------------------- E  Bluefen
def _bluefen_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.accent)
    c.circle(lab.left + 14, H - 56, 13, stroke=0, fill=1)
    c.setFillColor(lab.colour)
    c.circle(lab.left + 26, H - 50, 10, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(lab.left + 44, H - 60, "bluefen")
    c.setFillColor(HX("#555555"))
    c.setFont("Helvetica", 8.5)
    c.drawString(lab.left + 44, H - 72, "precision oncology")
    x = W - lab.right
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(x, H - 48, m.get("title", "Tumour Molecular Profile"))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x, H - 60, f"Bluefen ref. {m['accession']}   |   {m.get('status', 'Final report')}")
    c.drawRightString(x, H - 70, f"Report issued {m['reported']}")
    c.setFillColor(lab.light)
    c.roundRect(lab.left, H - 140, lab.width, 52, 5, stroke=0, fill=1)
    items = [("Patient", m["patient"]), ("Date of birth", m["dob"]), ("Sex", m["sex"]), ("Hospital ID", m["mrn"]),
             ("Referring clinician", m["physician"]), ("Referring centre", m["institution"]),
             ("Specimen", m["specimen"]), ("Block / sample ID", m["specimen_id"])]
    for i, (k, v) in enumerate(items):
        col, row = i % 4, i // 4
        xx = lab.left + 8 + col * (lab.width / 4)
        yy = H - 102 - row * 22
        c.setFillColor(lab.colour)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(xx, yy, k.upper())
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.8)
        c.drawString(xx, yy - 9, v[:30])


def _bluefen_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.roundRect(lab.left, H - 46, lab.width, 16, 4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(lab.left + 6, H - 41, f"{m['patient']}   DOB {m['dob']}   Bluefen ref. {m['accession']}")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - lab.right - 6, H - 41, m.get("title", "Tumour Molecular Profile"))


def _bluefen_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(HX("#666666"))
    c.setFont("Helvetica", 6.5)
    c.drawString(lab.left, 26, "Bluefen Precision Oncology Ltd, Unit 4 Heronsgate Science Park, Ashby Vale AV2 7QX  |  UKAS medical laboratory 9953  |  bluefen.invalid")
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica-Bold", 7.5, W - lab.right, 26, p, t)
    c.restoreState()


BLUEFEN = Lab("bluefen", "Bluefen Precision Oncology", A4, font="Helvetica", bold="Helvetica-Bold",
              italic="Helvetica-Oblique", colour="#2E7D32", accent="#81C784", light="#EAF4EA",
              margins=(42, 42, 60, 48), first_top=152, later_top=58, letterhead=_bluefen_head,
              running=_bluefen_run, footer=_bluefen_foot, body_size=8.6, cell_size=7.6)


# ---------------------------------------------------------------- F  Sankt Aurel
def _aurel_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.setFont("Times-Bold", 15)
    c.drawString(lab.left, H - 48, "Sankt Aurel Institut für Molekularpathologie")
    c.setFont("Times-Italic", 9.5)
    c.drawString(lab.left, H - 61, "Molekularpathologischer Befund  /  Molecular Pathology Findings")
    c.setFillColor(HX("#444444"))
    c.setFont("Times-Roman", 7.5)
    x = W - lab.right
    for i, s in enumerate(["Aurelstraße 14", "99999 Lindenfeld", "Tel. +49 (0)99 9990 410", "befund@st-aurel-mp.invalid"]):
        c.drawRightString(x, H - 40 - 9 * i, s)
    c.setStrokeColor(lab.colour)
    c.setLineWidth(2.2)
    c.line(lab.left, H - 80, W - lab.right, H - 80)
    c.setFont("Times-Roman", 8.5)
    c.setFillColor(colors.black)
    c.drawString(lab.left, H - 95, f"Patient: {m['patient']}    geb./DOB: {m['dob']}    Geschlecht/Sex: {m['sex']}")
    c.drawString(lab.left, H - 107, f"Einsender/Referrer: {m['physician']}, {m['institution']}")
    c.drawRightString(x, H - 95, f"Befund-Nr.: {m['accession']}")
    c.drawRightString(x, H - 107, f"Eingang: {m['received']}   Befunddatum: {m['reported']}")


def _aurel_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFont("Times-Italic", 7.5)
    c.setFillColor(HX("#444444"))
    c.drawRightString(W - lab.right, H - 36, f"Befund-Nr. {m['accession']}  -  {m['patient']}  -  geb. {m['dob']}")
    c.drawString(lab.left, H - 36, "Sankt Aurel Institut für Molekularpathologie")
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.6)
    c.line(lab.left, H - 40, W - lab.right, H - 40)


def _aurel_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(lab.colour)
    _page_words(c, "Times-Roman", 8, W / 2, 26, p, t, align="center", fmt="Seite {p} von {t}  /  Page {p} of {t}")
    c.restoreState()


AUREL = Lab("aurel", "Sankt Aurel Institut für Molekularpathologie", A4, font="Times-Roman", bold="Times-Bold",
            italic="Times-Italic", colour="#34495E", accent="#7F8C8D", light="#EEF1F4",
            margins=(56, 50, 60, 48), first_top=120, later_top=54, letterhead=_aurel_head,
            running=_aurel_run, footer=_aurel_foot, body_size=9.4, cell_size=8.2)


# ---------------------------------------------------------------- G  Tamsin
def _tamsin_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(0, 0, 16, H, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(lab.left, H - 52, "TAMSIN GENETICS")
    c.setFillColor(HX("#333333"))
    c.setFont("Times-Italic", 9.5)
    c.drawString(lab.left, H - 65, "Hereditary & Tumor Genomics")
    c.setFont("Times-Roman", 7.5)
    c.drawString(lab.left, H - 76, "2201 Calloway Avenue, Fairhaven, OR 97999  -  (555) 019-4410  -  tamsin-genetics.invalid")
    bx, bw = W - lab.right - 205, 205
    c.setStrokeColor(lab.colour)
    c.setLineWidth(1)
    c.rect(bx, H - 112, bw, 76, stroke=1, fill=0)
    c.setFillColor(colors.black)
    lines = [("Patient", m["patient"]), ("DOB / Sex", f"{m['dob']} / {m['sex']}"), ("Requisition", m["accession"]),
             ("Specimens", m["specimen_id"]), ("Clinician", m["physician"]), ("Reported", m["reported"])]
    for i, (k, v) in enumerate(lines):
        c.setFont("Helvetica-Bold", 7)
        c.drawString(bx + 6, H - 48 - 11 * i, k)
        c.setFont("Times-Roman", 8.3)
        c.drawString(bx + 66, H - 48 - 11 * i, v)
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(lab.left, H - 104, m.get("title", "Paired Germline and Somatic Report"))


def _tamsin_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(0, 0, 6, H, stroke=0, fill=1)
    c.setFillColor(HX("#444444"))
    c.setFont("Times-Roman", 8)
    c.drawString(lab.left, H - 38, f"{m['patient']}  -  {m.get('title', 'Paired Germline and Somatic Report')}  -  Req. {m['accession']}")
    c.setFont("Helvetica-Bold", 8)
    c.setFillColor(lab.colour)
    c.drawRightString(W - lab.right, H - 38, "TAMSIN GENETICS")


def _tamsin_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica-Bold", 8, lab.left, 28, p, t, align="left")
    c.setFillColor(HX("#666666"))
    c.setFont("Times-Roman", 7)
    c.drawRightString(W - lab.right, 28, "Tamsin Genetics is a CLIA-certified (99D9900404) and CAP-accredited laboratory.")
    c.restoreState()


TAMSIN = Lab("tamsin", "Tamsin Genetics", letter, font="Times-Roman", bold="Helvetica-Bold",
             italic="Times-Italic", colour="#D35400", accent="#E59866", light="#FBEEE6",
             margins=(50, 48, 60, 50), first_top=124, later_top=54, letterhead=_tamsin_head,
             running=_tamsin_run, footer=_tamsin_foot, body_size=9.6, cell_size=8)


# ---------------------------------------------------------------- H  Kestrel
def _kestrel_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    p = c.beginPath()
    x, y = lab.left, H - 70
    p.moveTo(x, y)
    p.lineTo(x + 34, y + 30)
    p.lineTo(x + 22, y + 6)
    p.lineTo(x + 44, y + 2)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(lab.left + 52, H - 58, "KESTREL")
    c.setFont("Helvetica", 8.5)
    c.setFillColor(HX("#444444"))
    c.drawString(lab.left + 52, H - 70, "Fusion Diagnostics")
    x = W - lab.right
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(x, H - 46, m.get("product", "FusionDetect RNA 64"))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(x, H - 58, f"{m['patient']}  |  DOB {m['dob']}  |  {m['sex']}")
    c.drawRightString(x, H - 68, f"Kestrel ID {m['accession']}  |  Block {m['specimen_id']}")
    c.drawRightString(x, H - 78, f"Received {m['received']}  |  Reported {m['reported']}")
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.8)
    c.line(lab.left, H - 88, W - lab.right, H - 88)
    c.setFont("Helvetica", 7.5)
    c.drawString(lab.left, H - 100, f"Ordering: {m['physician']}, {m['institution']}")
    c.drawRightString(x, H - 100, f"Diagnosis: {m['diagnosis']}")


def _kestrel_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFont("Helvetica", 7)
    c.setFillColor(HX("#666666"))
    c.drawString(lab.left, H - 36, f"KESTREL FUSION DIAGNOSTICS  /  {m['patient']}  /  {m['accession']}")
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.8)
    c.line(lab.left, H - 40, lab.left + 60, H - 40)


def _kestrel_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(HX("#555555"))
    c.setFont("Helvetica", 6.8)
    c.drawString(lab.left, 26, f"Page {p} of {t}  |  Kestrel Fusion Diagnostics  |  77 Tern Street, Bayfield, MN 55999  |  CLIA 99D9900505")
    c.restoreState()


KESTREL = Lab("kestrel", "Kestrel Fusion Diagnostics", letter, font="Helvetica", bold="Helvetica-Bold",
              italic="Helvetica-Oblique", colour="#B22222", accent="#E57373", light="#FBEAEA",
              margins=(50, 50, 60, 48), first_top=112, later_top=54, letterhead=_kestrel_head,
              running=_kestrel_run, footer=_kestrel_foot, body_size=8.8, cell_size=7.8)


# ---------------------------------------------------------------- I  Northgate
def _north_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.rect(lab.left, H - 74, 66, 40, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(lab.left + 33, H - 60, "NUH")
    c.setFillColor(lab.colour)
    x = W - lab.right
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(x, H - 44, "Northgate University Hospital")
    c.setFont("Helvetica", 8.5)
    c.setFillColor(colors.black)
    c.drawRightString(x, H - 56, "Molecular Diagnostics Laboratory, Department of Cellular Pathology")
    c.drawRightString(x, H - 67, "Level 2, Pathology Block, Bramley Road, Northgate NG9 0ZZ  -  Tel 01632 960772")
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(lab.left, H - 96, m.get("title", "MOLECULAR DIAGNOSTICS REPORT"))
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(x, H - 96, m.get("status", ""))
    items = [("Name", m["patient"]), ("DOB", m["dob"]), ("Sex", m["sex"]), ("NUH no.", m["mrn"]),
             ("Lab ref", m["accession"]), ("Histology no.", m["specimen_id"]), ("Consultant", m["physician"]),
             ("Source", m["institution"]), ("Sample type", m["specimen"]), ("Received", m["received"]),
             ("Authorised", m["reported"]), ("Request", m.get("request", "Tumour NGS panel"))]
    top = H - 104
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.6)
    cw = lab.width / 3
    for i, (k, v) in enumerate(items):
        col, row = i % 3, i // 3
        xx = lab.left + col * cw
        yy = top - 14 * (row + 1)
        c.setFillColor(lab.light)
        c.rect(xx, yy - 3, cw, 14, stroke=1, fill=1)
        c.setFillColor(lab.colour)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(xx + 3, yy + 1.5, k)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.6)
        c.drawString(xx + 58, yy + 1.5, v[:32])


def _north_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.6)
    c.setFillColor(lab.light)
    c.rect(lab.left, H - 52, lab.width, 15, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(lab.left + 4, H - 47, f"Name: {m['patient']}   DOB: {m['dob']}   NUH no.: {m['mrn']}   Lab ref: {m['accession']}")
    c.setFont("Helvetica-Bold", 7.5)
    c.setFillColor(lab.colour)
    c.drawRightString(W - lab.right - 4, H - 47, "Northgate MDL")


def _north_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFont("Helvetica", 6.8)
    c.setFillColor(HX("#555555"))
    c.drawString(lab.left, 28, "Northgate MDL is a UKAS accredited medical laboratory No. 9961. Tests marked * are not within the scope of accreditation.")
    c.setFillColor(colors.black)
    _page_words(c, "Helvetica-Bold", 7.5, W - lab.right, 28, p, t)
    c.restoreState()


NORTHGATE = Lab("northgate", "Northgate University Hospital MDL", A4, font="Helvetica", bold="Helvetica-Bold",
                italic="Helvetica-Oblique", colour="#003366", accent="#5B7DB1", light="#E6EEF5",
                margins=(44, 44, 60, 48), first_top=172, later_top=64, letterhead=_north_head,
                running=_north_run, footer=_north_foot, body_size=8.8, cell_size=7.8)


# ---------------------------------------------------------------- J  Pelican Bay
def _pelican_head(c, lab, m):
    W, H = lab.pagesize
    c.setFillColor(lab.colour)
    c.circle(lab.left + 20, H - 56, 20, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(lab.left + 20, H - 61, "PB")
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(lab.left + 48, H - 52, "Pelican Bay Reference Laboratories")
    c.setFont("Helvetica-Oblique", 8.5)
    c.setFillColor(HX("#555555"))
    c.drawString(lab.left + 48, H - 64, "Oncology Molecular Services  -  " + m.get("product", "PBX TumorSeq 523"))
    c.setFillColor(lab.light)
    c.rect(lab.left, H - 128, lab.width, 44, stroke=0, fill=1)
    c.setFillColor(colors.black)
    cols = [[("Patient", m["patient"]), ("DOB", m["dob"]), ("Sex", m["sex"])],
            [("Accession", m["accession"]), ("Specimen", m["specimen"]), ("Specimen ID", m["specimen_id"])],
            [("Physician", m["physician"]), ("Facility", m["institution"]), ("Collected", m["collected"])],
            [("Received", m["received"]), ("Reported", m["reported"]), ("Status", m.get("status", "Final"))]]
    cw = lab.width / 4
    for i, col in enumerate(cols):
        for j, (k, v) in enumerate(col):
            xx = lab.left + 6 + i * cw
            yy = H - 95 - 12 * j
            c.setFont("Helvetica-Bold", 6.8)
            c.setFillColor(lab.colour)
            c.drawString(xx, yy, k)
            c.setFont("Helvetica", 7.2)
            c.setFillColor(colors.black)
            c.drawString(xx + 47, yy, v[:25])


def _pelican_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setStrokeColor(lab.colour)
    c.setLineWidth(2)
    c.line(lab.left, H - 30, W - lab.right, H - 30)
    c.setFont("Helvetica", 7.2)
    c.setFillColor(HX("#333333"))
    c.drawString(lab.left, H - 41, f"Patient: {m['patient']}    Accession: {m['accession']}    Specimen: {m['specimen_id']}")
    c.setFont("Helvetica-Oblique", 7.2)
    c.drawRightString(W - lab.right, H - 41, "Pelican Bay Reference Laboratories")


def _pelican_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(lab.colour)
    c.rect(lab.left, 30, lab.width, 0.8, stroke=0, fill=1)
    c.setFont("Helvetica", 6.5)
    c.setFillColor(HX("#555555"))
    c.drawString(lab.left, 20, "Pelican Bay Reference Laboratories  -  7700 Harbor View Rd, San Pelago, CA 90999  -  CLIA 99D9900606  -  pelicanbay-labs.invalid")
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica-Bold", 7.5, W - lab.right, 20, p, t)
    c.restoreState()


PELICAN = Lab("pelican", "Pelican Bay Reference Laboratories", letter, font="Helvetica", bold="Helvetica-Bold",
              italic="Helvetica-Oblique", colour="#00796B", accent="#C9A227", light="#F5EFE0",
              margins=(46, 46, 56, 46), first_top=140, later_top=52, letterhead=_pelican_head,
              running=_pelican_run, footer=_pelican_foot, body_size=8.6, cell_size=7.6)


# ---------------------------------------------------------------- K  Arbor Quay
def _arbor_head(c, lab, m):
    W, H = lab.pagesize
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(W / 2, H - 42, "ARBOR QUAY ONCOLOGY DIAGNOSTICS")
    c.setFont("Courier", 8)
    c.drawCentredString(W / 2, H - 53, "Molecular Laboratory - 3 Chandlery Row, Arbor Quay AQ1 4XX - 01632 960905")
    c.drawCentredString(W / 2, H - 64, "=" * 78)
    c.setFont("Courier", 8)
    rows = [f"PATIENT : {m['patient'].upper():<24}DOB : {m['dob']:<12}SEX : {m['sex']}",
            f"LAB NO  : {m['accession']:<24}HOSP: {m['mrn']:<12}",
            f"SOURCE  : {m['institution'][:24]:<24}REQ : {m['physician']}",
            f"SAMPLE  : {m['specimen'][:40]:<40}",
            f"RECEIVED: {m['received']:<24}REPORTED: {m['reported']}"]
    for i, r in enumerate(rows):
        c.drawString(lab.left, H - 78 - 10 * i, r)
    c.drawCentredString(W / 2, H - 130, "=" * 78)


def _arbor_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFont("Courier", 7.8)
    c.drawString(lab.left, H - 36, f"PATIENT: {m['patient'].upper()}   LAB NO: {m['accession']}   (continued)")
    c.drawString(lab.left, H - 45, "-" * 84)


def _arbor_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFont("Courier", 7.8)
    c.drawCentredString(W / 2, 30, f"*** CONFIDENTIAL ***    Page {p} of {t}    *** {m['accession']} ***")
    c.restoreState()


ARBOR = Lab("arbor", "Arbor Quay Oncology Diagnostics", A4, font="Courier", bold="Courier-Bold",
            italic="Courier-Oblique", colour="#000000", accent="#555555", light="#F0F0F0",
            margins=(52, 48, 60, 48), first_top=140, later_top=56, letterhead=_arbor_head,
            running=_arbor_run, footer=_arbor_foot, body_size=8.4, cell_size=7.6, head_text=colors.black, head_bg="#DDDDDD")


# ---------------------------------------------------------------- L  Vantor
def _vantor_head(c, lab, m):
    W, H = lab.pagesize
    c.setStrokeColor(lab.colour)
    c.setLineWidth(3)
    c.line(0, H - 18, W, H - 18)
    c.setFillColor(lab.accent)
    c.ellipse(lab.left, H - 72, lab.left + 16, H - 40, stroke=0, fill=1)
    c.ellipse(lab.left + 20, H - 72, lab.left + 36, H - 40, stroke=0, fill=1)
    c.rect(lab.left + 12, H - 62, 12, 8, stroke=0, fill=1)
    c.setFillColor(lab.colour)
    c.setFont("Times-Bold", 16)
    c.drawString(lab.left + 46, H - 54, "Vantor Thyroid Molecular Laboratory")
    c.setFont("Times-Italic", 9)
    c.setFillColor(HX("#444444"))
    c.drawString(lab.left + 46, H - 66, "VantorSeq Thyroid Panel  -  DNA and RNA  -  " + m.get("kind", "FNA specimens"))
    c.setFont("Times-Roman", 8)
    c.drawRightString(W - lab.right, H - 40, "88 Isthmus Court, Greyling, PA 19999")
    c.drawRightString(W - lab.right, H - 50, "Client services (555) 012-8841")
    c.drawRightString(W - lab.right, H - 60, "vantor-thyroid.invalid")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 8.6)
    c.drawString(lab.left, H - 90, f"Patient: {m['patient']}      DOB: {m['dob']}      Sex: {m['sex']}      MRN: {m['mrn']}")
    c.drawString(lab.left, H - 101, f"Vantor No.: {m['accession']}      Collected: {m['collected']}      Reported: {m['reported']}")
    c.drawString(lab.left, H - 112, f"Physician: {m['physician']}      Site: {m['specimen']}")
    c.setStrokeColor(lab.colour)
    c.setLineWidth(0.6)
    c.line(lab.left, H - 118, W - lab.right, H - 118)


def _vantor_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setStrokeColor(lab.colour)
    c.setLineWidth(3)
    c.line(0, H - 18, W, H - 18)
    c.setFont("Times-Roman", 8)
    c.drawString(lab.left, H - 36, f"Vantor No. {m['accession']}  |  {m['patient']}  |  DOB {m['dob']}")


def _vantor_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFont("Times-Roman", 7.5)
    c.drawString(lab.left, 28, "Vantor Thyroid Molecular Laboratory  |  CLIA 99D9900707  |  Medical Director: P. Adebayo-Marsh, MD")
    _page_words(c, "Times-Bold", 8, W - lab.right, 28, p, t)
    c.restoreState()


VANTOR = Lab("vantor", "Vantor Thyroid Molecular Laboratory", letter, font="Times-Roman", bold="Times-Bold",
             italic="Times-Italic", colour="#556B2F", accent="#A9BA6F", light="#F1F4E8",
             margins=(54, 54, 60, 50), first_top=128, later_top=50, letterhead=_vantor_head,
             running=_vantor_run, footer=_vantor_foot, body_size=9.6, cell_size=8.4)


# ---------------------------------------------------------------- M  Lumen
def _lumen_head(c, lab, m):
    W, H = lab.pagesize
    cx, cy = lab.left + 18, H - 56
    c.setStrokeColor(lab.accent)
    c.setLineWidth(2)
    for i in range(12):
        a = math.radians(i * 30)
        c.line(cx + 13 * math.cos(a), cy + 13 * math.sin(a), cx + 19 * math.cos(a), cy + 19 * math.sin(a))
    c.setFillColor(lab.accent)
    c.circle(cx, cy, 10, stroke=0, fill=1)
    c.setFillColor(lab.colour)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(lab.left + 46, H - 50, "Lumen Children's Hospital")
    c.setFont("Helvetica", 9)
    c.drawString(lab.left + 46, H - 62, "Paediatric Tumour Genomics Service")
    c.setFont("Helvetica", 7)
    c.setFillColor(HX("#555555"))
    c.drawString(lab.left + 46, H - 72, "Sunbright Lane, Kelvedon Cross KX3 8ZZ  -  01632 960 233")
    x = W - lab.right
    c.setFillColor(lab.colour)
    c.roundRect(x - 170, H - 80, 170, 44, 8, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x - 162, H - 50, m.get("title", "Paediatric Solid Tumour Panel"))
    c.setFont("Helvetica", 7.5)
    c.drawString(x - 162, H - 62, f"LPTG ref {m['accession']}")
    c.drawString(x - 162, H - 72, f"{m.get('status', 'Final report')}  {m['reported']}")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.8)
    c.drawString(lab.left, H - 98, f"Child: {m['patient']}    DOB: {m['dob']}    Sex: {m['sex']}    Hospital no.: {m['mrn']}")
    c.drawString(lab.left, H - 109, f"Sample: {m['specimen']} ({m['specimen_id']})    Received: {m['received']}    Consultant: {m['physician']}")
    c.setStrokeColor(lab.accent)
    c.setLineWidth(1.5)
    c.line(lab.left, H - 116, W - lab.right, H - 116)


def _lumen_run(c, lab, m, page):
    W, H = lab.pagesize
    c.setFillColor(lab.accent)
    c.circle(lab.left + 4, H - 36, 4, stroke=0, fill=1)
    c.setFillColor(lab.colour)
    c.setFont("Helvetica", 7.5)
    c.drawString(lab.left + 14, H - 39, f"{m['patient']}  |  Hospital no. {m['mrn']}  |  LPTG ref {m['accession']}")


def _lumen_foot(c, lab, m, p, t):
    W, H = lab.pagesize
    c.saveState()
    c.setFillColor(lab.colour)
    _page_words(c, "Helvetica", 7.5, W / 2, 26, p, t, align="center")
    c.restoreState()


LUMEN = Lab("lumen", "Lumen Paediatric Tumour Genomics", A4, font="Helvetica", bold="Helvetica-Bold",
            italic="Helvetica-Oblique", colour="#1565C0", accent="#FBC02D", light="#E3F2FD",
            margins=(46, 46, 60, 46), first_top=124, later_top=54, letterhead=_lumen_head,
            running=_lumen_run, footer=_lumen_foot, body_size=8.8, cell_size=7.8)
