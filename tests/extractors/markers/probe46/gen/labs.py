"""Twelve invented laboratories, each with its own house style."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter, landscape

from common import Lab, hx


# ------------------------------------------------------------------ Meridian (dense, navy, letter)
def _meridian(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setFillColor(lab.primary)
        c.rect(0, h - 62, w, 62, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, h - 34, "MERIDIAN GENOMICS")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, h - 48, "Comprehensive Tumor Profiling  |  4410 Larchmont Parkway, Suite 300, Fairhaven, OH 44901")
        c.drawRightString(w - 40, h - 34, "Lab Director: R. Castellanos-Whitby, MD, PhD")
        c.drawRightString(w - 40, h - 48, "Tel (555) 014-2290  |  meridian-genomics.invalid")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        y = h - 78
        rows = [("PATIENT", m["patient"]), ("DOB", m["dob"]), ("SEX", m["sex"]), ("MRN", m["mrn"])]
        rows2 = [("ACCESSION", m["acc"]), ("SPECIMEN", m["specimen"]), ("COLLECTED", m["collected"]),
                 ("REPORTED", m["reported"])]
        rows3 = [("ORDERING MD", m["physician"]), ("FACILITY", m["facility"]), ("DIAGNOSIS", m["tumour"]),
                 ("STATUS", m.get("status", "FINAL"))]
        for col, data in enumerate((rows, rows2, rows3)):
            x = 40 + col * 180
            for i, (k, v) in enumerate(data):
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(x, y - i * 10, k)
                c.setFont("Helvetica", 7)
                c.drawString(x + 52, y - i * 10, v[:40])
        c.setStrokeColor(lab.primary)
        c.setLineWidth(1.2)
        c.line(40, h - 122, w - 40, h - 122)
    else:
        c.setFillColor(lab.primary)
        c.rect(0, h - 22, w, 22, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, h - 15, "MERIDIAN GENOMICS")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 40, h - 15, f"{m['patient']}  |  DOB {m['dob']}  |  Accession {m['acc']}")
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 6.5)
    c.drawString(40, 30, "Meridian Genomics is accredited for high-complexity molecular testing. This test was developed "
                         "and its performance characteristics determined by Meridian Genomics.")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawRightString(w - 40, 18, f"Page {page} of {total}")
    c.setFont("Helvetica", 6.5)
    c.drawString(40, 18, f"{m['acc']}  {m['patient']}")


MERIDIAN = Lab("meridian", "Meridian Genomics", letter, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
               hx("#1F3A5F"), hx("#DCE6F2"), size=8.5, margins=(40, 40, 0, 0), first_top=132, later_top=40,
               bottom=48, draw=_meridian)


# ------------------------------------------------------------------ Cobalt Lane (airy tiles, teal, A4)
def _cobalt(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setFillColor(lab.primary)
        c.circle(62, h - 58, 18, fill=1, stroke=0)
        c.setFillColor(lab.accent)
        c.circle(74, h - 50, 10, fill=1, stroke=0)
        c.setFillColor(lab.primary)
        c.setFont("Helvetica-Bold", 19)
        c.drawString(98, h - 56, "cobalt lane")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.grey)
        c.drawString(98, h - 70, "diagnostics  \u00b7  precision oncology reports")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 50, h - 48, "12 Quayside Row, Porthmere PM4 7QX")
        c.drawRightString(w - 50, h - 59, "+44 (0)1632 960 418  \u00b7  cobaltlane.invalid")
        c.drawRightString(w - 50, h - 70, "Laboratory Director  Dr Imogen Tallis-Fenwick")
        c.setFillColor(hx("#F2FAF9"))
        c.roundRect(44, h - 138, w - 88, 56, 8, fill=1, stroke=0)
        c.setFillColor(colors.black)
        items = [("Patient", m["patient"]), ("Date of birth", m["dob"]), ("Referrer", m["physician"]),
                 ("Cobalt ID", m["acc"]), ("Sample", m["specimen"]), ("Report date", m["reported"])]
        for i, (k, v) in enumerate(items):
            x = 56 + (i % 3) * ((w - 112) / 3)
            y = h - 100 - (i // 3) * 24
            c.setFont("Helvetica", 6.5)
            c.setFillColor(lab.primary)
            c.drawString(x, y, k.upper())
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y - 10, v[:38])
    else:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(lab.primary)
        c.drawString(50, h - 36, "cobalt lane diagnostics")
        c.setFillColor(colors.grey)
        c.drawRightString(w - 50, h - 36, f"{m['patient']}   \u00b7   Cobalt ID {m['acc']}   \u00b7   {m['specimen']}")
        c.setStrokeColor(lab.accent)
        c.setLineWidth(2)
        c.line(50, h - 42, w - 50, h - 42)
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 7)
    c.drawString(50, 28, "Results relate only to the sample received. Interpret alongside clinical and pathological findings.")
    c.setFillColor(lab.primary)
    c.drawRightString(w - 50, 28, f"Page {page} of {total}")


COBALT = Lab("cobalt", "Cobalt Lane Diagnostics", A4, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
             hx("#0E7C7B"), hx("#8FD6D0"), size=9, margins=(50, 50, 0, 0), first_top=160, later_top=62,
             bottom=52, draw=_cobalt)


# ------------------------------------------------------------------ St Aldhelm (academic, Times, A4)
def _aldhelm(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        c.rect(56, h - 92, 34, 40, fill=0, stroke=1)
        c.line(56, h - 72, 90, h - 72)
        c.line(73, h - 52, 73, h - 92)
        c.setFont("Times-Bold", 13)
        c.drawString(100, h - 62, "St Aldhelm University Hospital")
        c.setFont("Times-Roman", 10)
        c.drawString(100, h - 76, "Department of Cellular Pathology \u2014 Molecular Diagnostics Service")
        c.setFont("Times-Italic", 8.5)
        c.drawString(100, h - 89, "Level 2, Pathology Block, Wessington Road, Aldhelm AL2 9ZZ  \u00b7  Tel 01632 960 771")
        c.setLineWidth(0.6)
        c.line(56, h - 100, w - 56, h - 100)
        c.setFont("Times-Roman", 9)
        left = [("Patient:", m["patient"]), ("Date of birth:", m["dob"]), ("Hospital no.:", m["mrn"]),
                ("Requested by:", m["physician"])]
        right = [("Lab no.:", m["acc"]), ("Specimen:", m["specimen"]), ("Received:", m["received"]),
                 ("Authorised:", m["reported"])]
        for i, (k, v) in enumerate(left):
            c.setFont("Times-Bold", 9)
            c.drawString(56, h - 114 - i * 12, k)
            c.setFont("Times-Roman", 9)
            c.drawString(128, h - 114 - i * 12, v[:46])
        for i, (k, v) in enumerate(right):
            c.setFont("Times-Bold", 9)
            c.drawString(w / 2 + 20, h - 114 - i * 12, k)
            c.setFont("Times-Roman", 9)
            c.drawString(w / 2 + 80, h - 114 - i * 12, v[:44])
        c.line(56, h - 166, w - 56, h - 166)
    else:
        c.setFont("Times-Italic", 8.5)
        c.drawString(56, h - 40, "St Aldhelm University Hospital \u2014 Molecular Diagnostics")
        c.drawRightString(w - 56, h - 40, f"{m['patient']}   Hosp. no. {m['mrn']}   Lab no. {m['acc']}")
        c.setLineWidth(0.4)
        c.line(56, h - 45, w - 56, h - 45)
    c.setFont("Times-Roman", 8)
    c.line(56, 44, w - 56, 44)
    c.drawString(56, 32, "Accredited laboratory ref. 9917. Report generated by the laboratory information system.")
    c.drawRightString(w - 56, 32, f"Page {page} of {total}")


ALDHELM = Lab("aldhelm", "St Aldhelm University Hospital Molecular Diagnostics Service", A4, "Times-Roman",
              "Times-Bold", "Times-Italic", colors.black, hx("#EEEEEE"), size=10, margins=(56, 56, 0, 0),
              first_top=178, later_top=58, bottom=56, draw=_aldhelm)


# ------------------------------------------------------------------ Verity (liquid, purple, letter / landscape)
def _verity(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFillColor(lab.primary)
    c.rect(0, 0, 14, h, fill=1, stroke=0)
    if page == 1:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(36, h - 48, "VERITY")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.grey)
        c.drawString(118, h - 48, "liquid oncology  |  plasma cfDNA profiling")
        c.setFillColor(lab.accent)
        for i in range(6):
            c.circle(w - 60 - i * 12, h - 44, 3 + i * 0.6, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        y = h - 70
        line1 = f"Patient: {m['patient']}     DOB: {m['dob']}     Sex: {m['sex']}     MRN: {m['mrn']}"
        line2 = f"Report ID: {m['acc']}     Specimen: {m['specimen']}     Drawn: {m['collected']}     Received: {m['received']}"
        line3 = f"Ordering clinician: {m['physician']}     Institution: {m['facility']}     Reported: {m['reported']}"
        for i, s in enumerate((line1, line2, line3)):
            c.drawString(36, y - i * 11, s)
        c.setStrokeColor(lab.primary)
        c.setLineWidth(0.8)
        c.line(36, y - 30, w - 36, y - 30)
    else:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, h - 30, "VERITY liquid oncology")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 36, h - 30, f"{m['patient']} \u00b7 DOB {m['dob']} \u00b7 Report ID {m['acc']}")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 6.5)
    c.drawString(36, 22, "Verity Liquid Oncology, 88 Meadowgate Blvd, Linton Falls, CA 95911 \u00b7 (555) 019-7731 \u00b7 verity-lo.invalid")
    c.setFont("Helvetica-Bold", 7)
    c.drawRightString(w - 36, 22, f"Page {page} of {total}")


VERITY = Lab("verity", "Verity Liquid Oncology", letter, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
             hx("#5B2A86"), hx("#C9B3E0"), size=8.5, margins=(36, 36, 0, 0), first_top=116, later_top=46,
             bottom=40, draw=_verity)
VERITY_L = Lab("verity_l", "Verity Liquid Oncology", landscape(letter), "Helvetica", "Helvetica-Bold",
               "Helvetica-Oblique", hx("#5B2A86"), hx("#C9B3E0"), size=8.5, margins=(36, 36, 0, 0),
               first_top=116, later_top=46, bottom=40, draw=_verity)


# ------------------------------------------------------------------ Northfold (Courier, plain)
def _northfold(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFont("Courier-Bold", 10)
    c.drawString(50, h - 40, "NORTHFOLD PATHOLOGY PARTNERS - MOLECULAR SECTION")
    c.setFont("Courier", 8)
    c.drawString(50, h - 51, "1700 Kettering Mill Road, Bldg C, Ashwick, MN 55099   PH (555) 010-6642   FAX (555) 010-6643")
    c.setLineWidth(1.5)
    c.line(50, h - 56, w - 50, h - 56)
    if page == 1:
        c.setFont("Courier", 8.5)
        fields = [f"PATIENT NAME: {m['patient']:<22}DOB: {m['dob']:<14}SEX: {m['sex']}",
                  f"MED REC NO:   {m['mrn']:<22}ACCESSION: {m['acc']}",
                  f"SPECIMEN:     {m['specimen']}",
                  f"COLLECTED:    {m['collected']:<22}RECEIVED: {m['received']:<14}REPORTED: {m['reported']}",
                  f"PHYSICIAN:    {m['physician']:<22}CLIENT: {m['facility']}"]
        for i, s in enumerate(fields):
            c.drawString(50, h - 70 - i * 10.5, s)
        c.setLineWidth(0.5)
        c.line(50, h - 122, w - 50, h - 122)
    else:
        c.setFont("Courier", 8)
        c.drawString(50, h - 66, f"PATIENT: {m['patient']}   ACCESSION: {m['acc']}   (CONTINUED)")
    c.setFont("Courier", 7.5)
    c.drawString(50, 30, f"ACC {m['acc']}   PRINTED {m['reported']}")
    c.drawRightString(w - 50, 30, f"Page {page} of {total}")


NORTHFOLD = Lab("northfold", "Northfold Pathology Partners", letter, "Courier", "Courier-Bold", "Courier-Oblique",
                colors.black, hx("#EEEEEE"), size=8.5, margins=(50, 50, 0, 0), first_top=134, later_top=80,
                bottom=50, draw=_northfold)


# ------------------------------------------------------------------ Helix & Harrow (landscape, orange)
def _helix(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFillColor(lab.primary)
    c.rect(0, h - 8, w, 8, fill=1, stroke=0)
    c.setFillColor(lab.accent)
    c.rect(0, h - 12, w, 4, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 14 if page == 1 else 9)
    c.drawString(40, h - 34 if page == 1 else h - 26, "Helix & Harrow Laboratories")
    if page == 1:
        c.setFont("Helvetica", 7.5)
        c.drawString(40, h - 46, "Molecular Oncology Division \u00b7 300 Orchard Terrace, Bramble Heath, NJ 07999 \u00b7 (555) 013-4400")
        c.setFont("Helvetica", 7.5)
        cols = [("Patient", m["patient"]), ("DOB / Sex", f"{m['dob']} / {m['sex']}"), ("MRN", m["mrn"]),
                ("H&H No.", m["acc"]), ("Ordering", m["physician"]),
                ("Specimen", m["specimen"]), ("", ""), ("Collected", m["collected"]),
                ("Received", m["received"]), ("Reported", m["reported"])]
        cw = (w - 80) / 5
        c.setFillColor(hx("#FDF2E9"))
        c.rect(40, h - 110, w - 80, 56, fill=1, stroke=0)
        for i, (k, v) in enumerate(cols):
            if not k:
                continue
            x = 44 + (i % 5) * cw
            y = h - 64 - (i // 5) * 24
            c.setFillColor(lab.primary)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x, y, k)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y - 10, v[:60] if k == "Specimen" else v[:34])
    else:
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 40, h - 26, f"Patient {m['patient']}  \u00b7  H&H No. {m['acc']}  \u00b7  {m['specimen']}")
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(40, 20, "Helix & Harrow Laboratories \u00b7 Medical Director: P. Anand-Lisowski, MD \u00b7 helixharrow.invalid")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawCentredString(w / 2, 20, f"Page {page} of {total}")


HELIX = Lab("helix", "Helix & Harrow Laboratories", landscape(letter), "Helvetica", "Helvetica-Bold",
            "Helvetica-Oblique", hx("#D35400"), hx("#F5B041"), size=8.5, margins=(40, 40, 0, 0), first_top=124,
            later_top=40, bottom=36, draw=_helix)


# ------------------------------------------------------------------ Quillon (two-column, green, A4)
def _quillon(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setFillColor(lab.primary)
        p = c.beginPath()
        p.moveTo(0, h)
        p.lineTo(w, h)
        p.lineTo(w, h - 50)
        p.lineTo(0, h - 80)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(44, h - 36, "Quillon Precision Oncology")
        c.setFont("Helvetica", 8)
        c.drawString(44, h - 50, "Tumour genomic profile")
        c.drawRightString(w - 44, h - 30, "Quillon Laboratories \u00b7 Unit 5, Alder Science Park, Kellbridge KB9 3RT")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        y = h - 98
        pairs = [("Name", m["patient"]), ("DOB", m["dob"]), ("Sex", m["sex"]), ("Q-number", m["acc"]),
                 ("Specimen", m["specimen"]), ("Tumour", m["tumour"]), ("Clinician", m["physician"]),
                 ("Reported", m["reported"])]
        for i, (k, v) in enumerate(pairs):
            x = 44 + (i % 4) * ((w - 88) / 4)
            yy = y - (i // 4) * 20
            c.setFont("Helvetica-Bold", 6.5)
            c.setFillColor(lab.primary)
            c.drawString(x, yy, k)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, yy - 9, v[:34])
    else:
        c.setFillColor(lab.primary)
        c.rect(44, h - 34, 6, 12, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, h - 32, "Quillon Precision Oncology")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 44, h - 32, f"{m['patient']} | Q-number {m['acc']} | DOB {m['dob']}")
    c.setStrokeColor(lab.primary)
    c.line(44, 40, w - 44, 40)
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(44, 30, "quillon.invalid \u00b7 +44 (0)1632 960 252 \u00b7 Accredited medical laboratory no. 61044")
    c.setFillColor(lab.primary)
    c.setFont("Helvetica-Bold", 7)
    c.drawRightString(w - 44, 30, f"Page {page} of {total}")


QUILLON = Lab("quillon", "Quillon Precision Oncology", A4, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
              hx("#2E7D32"), hx("#C8E6C9"), size=8.5, margins=(44, 44, 0, 0), first_top=142, later_top=50,
              bottom=52, draw=_quillon)


# ------------------------------------------------------------------ Rosemount (academic, Times, maroon, letter)
def _rosemount(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setFillColor(lab.primary)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(w / 2, h - 42, "ROSEMOUNT CANCER CENTRE")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(w / 2, h - 56, "Division of Laboratory Medicine \u00b7 Genomics Laboratory")
        c.setFont("Times-Italic", 8)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, h - 68, "2 Rosemount Circle, Elmsford Ridge, ON  K0X 9Z9   Telephone (555) 012-8800")
        c.setStrokeColor(lab.primary)
        c.setLineWidth(2)
        c.line(60, h - 76, w - 60, h - 76)
        c.setLineWidth(0.5)
        c.line(60, h - 79, w - 60, h - 79)
        c.setFont("Times-Roman", 9)
        data = [[("Patient", m["patient"]), ("Lab Accession", m["acc"])],
                [("Date of Birth", m["dob"]), ("Specimen", m["specimen"])],
                [("Chart No.", m["mrn"]), ("Collected / Received", f"{m['collected']} / {m['received']}")],
                [("Referring Physician", m["physician"]), ("Report Status", m.get("status", "Final"))]]
        for i, row in enumerate(data):
            for j, (k, v) in enumerate(row):
                x = 60 + j * (w - 120) / 2
                c.setFont("Times-Bold", 9)
                c.drawString(x, h - 94 - i * 12, k + ":")
                c.setFont("Times-Roman", 9)
                c.drawString(x + 100, h - 94 - i * 12, v[:42])
        c.setStrokeColor(colors.black)
        c.line(60, h - 146, w - 60, h - 146)
    else:
        c.setFont("Times-Roman", 8.5)
        c.setFillColor(lab.primary)
        c.drawString(60, h - 36, "Rosemount Cancer Centre Genomics Laboratory")
        c.setFillColor(colors.black)
        c.drawRightString(w - 60, h - 36, f"{m['patient']}  |  Accession {m['acc']}  |  Chart {m['mrn']}")
        c.setStrokeColor(lab.primary)
        c.line(60, h - 41, w - 60, h - 41)
    c.setFont("Times-Roman", 8)
    c.setFillColor(colors.black)
    c.drawCentredString(w / 2, 30, f"Page {page} of {total}")
    c.setFont("Times-Italic", 7)
    c.drawString(60, 30, "CONFIDENTIAL PATIENT INFORMATION")
    c.drawRightString(w - 60, 30, f"Printed {m['reported']}")


ROSEMOUNT = Lab("rosemount", "Rosemount Cancer Centre Genomics Laboratory", letter, "Times-Roman", "Times-Bold",
                "Times-Italic", hx("#7B1E3A"), hx("#F3E5EA"), size=9.5, margins=(60, 60, 0, 0), first_top=158,
                later_top=56, bottom=50, draw=_rosemount)


# ------------------------------------------------------------------ Kestrel (fusion, crimson/grey, A4)
def _kestrel(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFillColor(hx("#37474F"))
    c.rect(0, 0, w, 16, fill=1, stroke=0)
    if page == 1:
        c.setFillColor(lab.primary)
        p = c.beginPath()
        p.moveTo(48, h - 40)
        p.lineTo(70, h - 30)
        p.lineTo(62, h - 46)
        p.lineTo(84, h - 56)
        p.lineTo(58, h - 52)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(hx("#37474F"))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(92, h - 46, "KESTREL")
        c.setFont("Helvetica", 9)
        c.drawString(166, h - 46, "Fusion Diagnostics")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 48, h - 38, "Kestrel Fusion Diagnostics Ltd \u00b7 Harrier House, 4 Fenwick Lane, Strand-on-Moor SM2 1KD")
        c.drawRightString(w - 48, h - 48, "Clinical Scientist lead: Dr Oona Raghunathan \u00b7 kestrel-fusion.invalid")
        c.setStrokeColor(hx("#37474F"))
        c.setLineWidth(0.6)
        c.rect(48, h - 128, w - 96, 62, fill=0, stroke=1)
        c.setFillColor(colors.black)
        labels = [("PATIENT", m["patient"]), ("D.O.B.", m["dob"]), ("NHS/MRN", m["mrn"]),
                  ("KESTREL REF", m["acc"]), ("SAMPLE", m["specimen"]), ("REQUESTER", m["physician"]),
                  ("RECEIVED", m["received"]), ("ISSUED", m["reported"])]
        for i, (k, v) in enumerate(labels):
            x = 56 + (i % 2) * (w - 96) / 2
            y = h - 80 - (i // 2) * 12.5
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x, y, k)
            c.setFont("Helvetica", 8)
            c.drawString(x + 64, y, v[:44])
    else:
        c.setFillColor(hx("#37474F"))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, h - 34, "KESTREL Fusion Diagnostics")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 48, h - 34, f"Patient: {m['patient']}   Ref: {m['acc']}   Sample: {m['specimen']}")
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 6.5)
    c.drawString(48, 5, f"Kestrel ref {m['acc']}")
    c.drawRightString(w - 48, 5, f"Page {page} of {total}")


KESTREL = Lab("kestrel", "Kestrel Fusion Diagnostics", A4, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
              hx("#B71C1C"), hx("#FFEBEE"), size=8.5, margins=(48, 48, 0, 0), first_top=144, later_top=52,
              bottom=34, draw=_kestrel)


# ------------------------------------------------------------------ Saltmarsh (hereditary + somatic, A4)
def _saltmarsh(c, lab, m, page, total):
    w, h = lab.pagesize
    if page == 1:
        c.setFillColor(lab.accent)
        c.rect(0, h - 96, w, 96, fill=1, stroke=0)
        c.setFillColor(lab.primary)
        for i in range(5):
            c.rect(w - 150 + i * 20, h - 70, 12, 12 + i * 8, fill=1, stroke=0)
        c.setFont("Times-Bold", 18)
        c.drawString(46, h - 44, "Saltmarsh Genetics")
        c.setFont("Times-Italic", 10)
        c.drawString(46, h - 58, "Hereditary & Somatic Cancer Testing Service")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.black)
        c.drawString(46, h - 74, "The Old Granary, Saltmarsh Lane, Wendle Bay WB3 8HN  |  Tel 01632 960 904  |  saltmarsh-genetics.invalid")
        c.drawString(46, h - 86, f"Patient: {m['patient']}   DOB: {m['dob']}   Sex: {m['sex']}   Family ref: {m.get('family','FAM-00000')}")
        c.setFont("Helvetica", 7.5)
        c.drawString(46, h - 110, f"Our ref: {m['acc']}     Samples: {m['specimen']}     Referred by: {m['physician']}")
        c.drawString(46, h - 121, f"Received: {m['received']}     Date of report: {m['reported']}     Hospital no.: {m['mrn']}")
        c.setStrokeColor(lab.primary)
        c.line(46, h - 128, w - 46, h - 128)
    else:
        c.setFont("Times-Italic", 8.5)
        c.setFillColor(lab.primary)
        c.drawString(46, h - 34, "Saltmarsh Genetics \u2014 Hereditary & Somatic Cancer Testing")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 46, h - 34, f"{m['patient']} | DOB {m['dob']} | Our ref {m['acc']}")
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.black)
    c.drawString(46, 26, "This report contains genetic information; please handle under your local confidentiality policy.")
    c.drawRightString(w - 46, 26, f"Page {page} of {total}")


SALTMARSH = Lab("saltmarsh", "Saltmarsh Genetics", A4, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                hx("#1B6F8A"), hx("#D9EEF3"), size=8.5, margins=(46, 46, 0, 0), first_top=140, later_top=50,
                bottom=44, draw=_saltmarsh, header_font="Times-Bold")


# ------------------------------------------------------------------ Pinecrest (dense, grey, letter, small)
def _pinecrest(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(colors.black)
    c.drawString(36, h - 30, "PINECREST REFERENCE LABORATORY")
    c.setFont("Helvetica", 6.5)
    c.drawString(36, h - 39, "Oncology Molecular Services | 55 Timberline Ct, Cedar Hollow, WA 98999 | Client Services (555) 017-3321")
    c.setFillColor(hx("#555555"))
    c.rect(w - 200, h - 42, 164, 20, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(w - 195, h - 30, f"ACC# {m['acc']}")
    c.drawString(w - 195, h - 39, f"PT: {m['patient']}  DOB: {m['dob']}")
    c.setFillColor(colors.black)
    if page == 1:
        c.setFont("Helvetica", 6.5)
        data = [f"Patient: {m['patient']}", f"Sex: {m['sex']}", f"MRN: {m['mrn']}", f"Client: {m['facility']}",
                f"Specimen: {m['specimen']}", f"Collected: {m['collected']}", f"Received: {m['received']}",
                f"Ordering: {m['physician']}", f"Final: {m['reported']}", f"Dx: {m['tumour']}"]
        c.setStrokeColor(colors.black)
        c.rect(36, h - 90, w - 72, 44, fill=0, stroke=1)
        for i, s in enumerate(data[:8] + data[9:] + data[8:9]):
            c.drawString(40 + (i % 4) * (w - 72) / 4, h - 57 - (i // 4) * 12, s[:44])
    c.setFont("Helvetica", 6)
    c.drawString(36, 20, "Pinecrest Reference Laboratory | Medical Director T. Okafor-Lindqvist, MD | Results for clinical use by licensed providers.")
    c.drawRightString(w - 36, 20, f"Page {page} of {total}")


PINECREST = Lab("pinecrest", "Pinecrest Reference Laboratory", letter, "Helvetica", "Helvetica-Bold",
                "Helvetica-Oblique", hx("#444444"), hx("#E0E0E0"), size=7.5, margins=(36, 36, 0, 0),
                first_top=98, later_top=50, bottom=32, draw=_pinecrest)


# ------------------------------------------------------------------ Ombra (paediatric, indigo, landscape A4)
def _ombra(c, lab, m, page, total):
    w, h = lab.pagesize
    c.setFillColor(lab.accent)
    c.rect(0, h - 52 if page == 1 else h - 30, 150, 52 if page == 1 else 30, fill=1, stroke=0)
    c.setFillColor(lab.primary)
    c.setFont("Helvetica-Bold", 15 if page == 1 else 9)
    c.drawString(20, h - 34 if page == 1 else h - 19, "OMBRA")
    if page == 1:
        c.setFont("Helvetica", 8)
        c.drawString(166, h - 26, "Ombra Paediatric Tumour Diagnostics \u2014 Solid Tumour Molecular & Immunophenotyping Unit")
        c.setFont("Helvetica", 7)
        c.drawString(166, h - 38, "Children's Research Campus, 9 Lantern Walk, Hollins Vale HV6 2CC  \u00b7  +44 (0)1632 960 330")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawString(20, h - 66, f"Patient {m['patient']}  |  DOB {m['dob']}  |  {m['sex']}  |  Hospital no. {m['mrn']}  |  "
                                 f"Ombra no. {m['acc']}  |  {m['specimen']}  |  Requested by {m['physician']}  |  Issued {m['reported']}")
        c.setStrokeColor(lab.primary)
        c.line(20, h - 72, w - 20, h - 72)
    else:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawRightString(w - 20, h - 19, f"Patient {m['patient']}  |  Ombra no. {m['acc']}  |  {m['specimen']}")
    c.setFont("Helvetica", 7)
    c.setFillColor(lab.primary)
    c.drawString(20, 16, f"Page {page} of {total}")
    c.setFillColor(colors.grey)
    c.drawRightString(w - 20, 16, "Ombra Paediatric Tumour Diagnostics \u00b7 ombra-ptd.invalid")


OMBRA = Lab("ombra", "Ombra Paediatric Tumour Diagnostics", landscape(A4), "Helvetica", "Helvetica-Bold",
            "Helvetica-Oblique", hx("#283593"), hx("#E8EAF6"), size=8.5, margins=(20, 20, 0, 0), first_top=84,
            later_top=40, bottom=30, draw=_ombra)

ALL_LABS = [MERIDIAN, COBALT, ALDHELM, VERITY, NORTHFOLD, HELIX, QUILLON, ROSEMOUNT, KESTREL, SALTMARSH,
            PINECREST, OMBRA]
