"""House styles of the thirteen invented laboratories: page size, fonts, header, footer.

Every institution, address, accreditation number, person and telephone number here is
invented. Telephone numbers use ranges reserved for fiction; web addresses end in .invalid.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, letter

from reportlab.lib.colors import black

from engine import Style, grey, rgb, width

WHITE = rgb(255, 255, 255)


class Lab(Style):
    def __init__(self, info: dict):
        self.i = info


# 1 ------------------------------------------------------------------------------------------
class Northgate(Lab):
    """UK teaching hospital, A4, navy band, patient box on page 1."""
    pagesize = A4
    left = right = 46
    bottom = 70
    size = 9
    accent = rgb(20, 45, 95)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.rect(self.left, H - 78, W - self.left - self.right, 48, fill=self.accent, stroke=None)
        d.text(self.left + 8, H - 44, "Northgate University Hospitals NHS Foundation Trust",
               "Helvetica", 8, color=WHITE)
        d.text(self.left + 8, H - 60, "Molecular Pathology Laboratory", "Helvetica-Bold", 14,
               color=WHITE)
        d.text(self.left + 8, H - 72, "Cellular Pathology Directorate  |  Northgate General Hospital",
               "Helvetica", 7.5, color=WHITE)
        d.text(W - self.right - 8, H - 52, "MOLECULAR PATHOLOGY REPORT", "Helvetica-Bold", 10,
               align="right", color=WHITE)
        d.text(W - self.right - 8, H - 66, i.get("status", "Final report"), "Helvetica", 8,
               align="right", color=WHITE)
        y = H - 92
        x = self.left
        fw = W - self.left - self.right
        if d.page == 1:
            rows = [
                ("Patient", i["name"], "Lab number", i["lab_no"]),
                ("Hospital no.", i["mrn"], "Specimen no.", i["spec_no"]),
                ("Date of birth", i["dob"], "Block(s)", i["block"]),
                ("Sex", i["sex"], "Received", i["received"]),
                ("Requested by", i["clinician"], "Reported", i["reported"]),
                ("Location", i["location"], "Referring path.", i["pathologist"]),
            ]
            h = len(rows) * 12 + 8
            d.rect(x, y - h, fw, h, fill=grey(0.95), stroke=grey(0.5), lw=0.5)
            yy = y - 13
            for a, b, c_, e in rows:
                d.text(x + 6, yy, a, "Helvetica-Bold", 8)
                d.text(x + 82, yy, b, "Helvetica", 8, maxw=fw / 2 - 90)
                d.text(x + fw / 2 + 6, yy, c_, "Helvetica-Bold", 8)
                d.text(x + fw / 2 + 82, yy, e, "Helvetica", 8, maxw=fw / 2 - 90)
                yy -= 12
            return y - h - 12
        d.text(x, y - 8, f"{i['name']}   Hosp no. {i['mrn']}   DOB {i['dob']}", "Helvetica-Bold", 8)
        d.text(W - self.right, y - 8, f"Lab number {i['lab_no']} (continued)", "Helvetica", 8,
               align="right")
        d.line(x, y - 13, x + fw, y - 13, lw=0.5, color=self.accent)
        return y - 24

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 56, W - self.right, 56, lw=0.5, color=self.accent)
        d.text(self.left, 46, "Northgate Molecular Pathology Laboratory, Pathology Block Level 2, "
               "Northgate General Hospital, Northgate NG9 4ZZ.  Tel 0161 496 0734", "Helvetica", 6.8)
        d.text(self.left, 37, "UKAS accredited medical laboratory No. 9914. Tests marked * are not "
               "within the scope of accreditation.", "Helvetica", 6.8)
        d.text(self.left, 28, f"Lab number {self.i['lab_no']}   Printed {self.i['printed']}",
               "Helvetica", 6.8)
        d.text(W - self.right, 28, f"Page {d.page} of {d.pages_label()}", "Helvetica-Bold", 8,
               align="right")


# 2 ------------------------------------------------------------------------------------------
class Ridgeway(Lab):
    """US reference laboratory, letter, grey patient grid, CLIA line."""
    pagesize = letter
    left = right = 40
    bottom = 72
    size = 8.8
    accent = rgb(120, 20, 30)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 48, "RIDGEWAY", "Helvetica-Bold", 20, color=self.accent)
        d.text(self.left + width("RIDGEWAY", "Helvetica-Bold", 20) + 6, H - 48,
               "Reference Laboratories", "Helvetica", 13, color=grey(0.3))
        d.text(self.left, H - 60, "Molecular Oncology Division", "Helvetica-Oblique", 8.5)
        d.text(W - self.right, H - 36, "CLIA 99D0123456  |  CAP 7712093", "Helvetica", 7.2,
               align="right")
        d.text(W - self.right, H - 46, "Medical Director: Lorraine Abernethy-Kidd, MD", "Helvetica",
               7.2, align="right")
        d.text(W - self.right, H - 56, "4100 Quarry Ridge Pkwy, Suite 200, Boulder Flats, CO 80999",
               "Helvetica", 7.2, align="right")
        d.line(self.left, H - 68, W - self.right, H - 68, lw=2, color=self.accent)
        fw = W - self.left - self.right
        y = H - 74
        cols = [("PATIENT", i["name"]), ("DOB / SEX", f"{i['dob']} / {i['sex']}"),
                ("MRN", i["mrn"]), ("ACCESSION", i["lab_no"])]
        cols2 = [("ORDERING PHYSICIAN", i["clinician"]), ("CLIENT", i["client"]),
                 ("COLLECTED", i["collected"]), ("REPORTED", i["reported"])]
        cw = fw / 4
        rows = [cols, cols2] if d.page == 1 else [cols]
        for row in rows:
            d.rect(self.left, y - 24, fw, 24, fill=grey(0.93), stroke=grey(0.6), lw=0.4)
            for k, (a, b) in enumerate(row):
                x = self.left + k * cw
                if k:
                    d.line(x, y, x, y - 24, lw=0.4, color=grey(0.6))
                d.text(x + 4, y - 9, a, "Helvetica-Bold", 6.5, color=grey(0.35))
                d.text(x + 4, y - 20, b, "Helvetica", 8, maxw=cw - 8)
            y -= 24
        return y - 14

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 58, W - self.right, 58, lw=0.5, color=grey(0.5))
        d.text(self.left, 48, "Ridgeway Reference Laboratories  |  (555) 010-4477  |  "
               "client.services@ridgewaylabs.invalid  |  ridgewaylabs.invalid", "Helvetica", 6.8)
        d.text(self.left, 39, "This test was developed and its performance characteristics "
               "determined by Ridgeway Reference Laboratories. It has not been cleared or",
               "Helvetica", 6.3, color=grey(0.3))
        d.text(self.left, 31, "approved by the FDA. The laboratory is certified under CLIA "
               "to perform high-complexity clinical testing.", "Helvetica", 6.3, color=grey(0.3))
        d.text(W - self.right, 22, f"{self.i['name']}  |  {self.i['lab_no']}  |  Page {d.page} "
               f"of {d.pages_label()}", "Helvetica-Bold", 7.5, align="right")


# 3 ------------------------------------------------------------------------------------------
class StColumba(Lab):
    """Irish university hospital, A4, Times, centred letterhead between rules."""
    pagesize = A4
    left = right = 56
    bottom = 66
    font = "Times-Roman"
    bold = "Times-Bold"
    italic = "Times-Italic"
    size = 10
    leading = 12.5
    accent = rgb(0, 90, 70)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(W / 2, H - 42, "ST. COLUMBA'S UNIVERSITY HOSPITAL", "Times-Bold", 14, align="center",
               color=self.accent)
        d.text(W / 2, H - 55, "Department of Histopathology  -  Cancer Molecular Diagnostics "
               "Laboratory", "Times-Roman", 9.5, align="center")
        d.text(W / 2, H - 66, "Eccles Wing, Columba Road, Dublin 99   Tel +353 1 555 0192",
               "Times-Italic", 8.5, align="center")
        d.line(self.left, H - 72, W - self.right, H - 72, lw=1.2, color=self.accent)
        d.line(self.left, H - 75, W - self.right, H - 75, lw=0.4, color=self.accent)
        y = H - 90
        if d.page == 1:
            left = [("Name", i["name"]), ("MRN", i["mrn"]), ("D.O.B.", i["dob"]),
                    ("Consultant", i["clinician"])]
            right = [("Lab No.", i["lab_no"]), ("Histology No.", i["spec_no"]),
                     ("Date received", i["received"]), ("Date authorised", i["reported"])]
            for (a, b), (c_, e) in zip(left, right):
                d.text(self.left, y, a + ":", "Times-Bold", 9.5)
                d.text(self.left + 70, y, b, "Times-Roman", 9.5)
                d.text(W / 2 + 20, y, c_ + ":", "Times-Bold", 9.5)
                d.text(W / 2 + 105, y, e, "Times-Roman", 9.5)
                y -= 12
            d.line(self.left, y + 4, W - self.right, y + 4, lw=0.4)
            return y - 8
        d.text(self.left, y, f"{i['name']}  ({i['mrn']})", "Times-Bold", 9.5)
        d.text(W - self.right, y, f"Lab No. {i['lab_no']}  continued", "Times-Italic", 9.5,
               align="right")
        return y - 16

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 50, W - self.right, 50, lw=0.4, color=self.accent)
        d.text(self.left, 40, "INAB accredited to ISO 15189, Registration No. 999MT. "
               "Report authorised electronically; no signature required.", "Times-Italic", 8)
        d.text(W / 2, 28, f"- {d.page} / {d.pages_label()} -", "Times-Roman", 9, align="center")
        d.text(W - self.right, 28, f"Printed {self.i['printed']}", "Times-Roman", 8,
               align="right")


# 4 ------------------------------------------------------------------------------------------
class PacificCrest(Lab):
    """Hospital LIS print-out: Courier, all capitals, dashed rules, letter."""
    pagesize = letter
    left = right = 44
    bottom = 64
    font = "Courier"
    bold = "Courier-Bold"
    italic = "Courier-Oblique"
    size = 8.6
    leading = 10.4

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 40, "PACIFIC CREST MEDICAL CENTER", "Courier-Bold", 10)
        d.text(W - self.right, H - 40, f"RUN DATE: {i['printed']}", "Courier", 8.6, align="right")
        d.text(self.left, H - 51, "DEPARTMENT OF LABORATORY MEDICINE - MOLECULAR DIAGNOSTICS",
               "Courier", 8.6)
        d.text(W - self.right, H - 51, f"PAGE {d.page} OF {d.pages_label()}", "Courier", 8.6,
               align="right")
        d.text(self.left, H - 62, "2250 SEAWALL BLVD, PORT ALDER, WA 98999   (555) 010-2290",
               "Courier", 8.6)
        d.text(self.left, H - 76, "=" * 88, "Courier", 8.6)
        d.text(self.left, H - 87, f"PT NAME: {i['name'].upper():<22}MRN: {i['mrn']:<14}"
               f"DOB: {i['dob']}  SEX: {i['sex'][0]}", "Courier", 8.6)
        d.text(self.left, H - 98, f"ACCT#: {i['acct']:<24}LOC: {i['location']:<15}"
               f"ACC#: {i['lab_no']}", "Courier", 8.6)
        d.text(self.left, H - 109, f"ORDERING: {i['clinician'].upper():<27}"
               f"PATHOLOGIST: {i['pathologist'].upper()}", "Courier", 8.6)
        d.text(self.left, H - 120, "=" * 88, "Courier", 8.6)
        return H - 130

    def footer(self, d):
        W, H = self.pagesize
        d.text(self.left, 44, "-" * 88, "Courier", 8.6)
        d.text(self.left, 34, "CONFIDENTIAL PATIENT INFORMATION - SEE HIPAA NOTICE.  "
               "CLIA 99D0456789", "Courier", 7.6)
        d.text(self.left, 25, f"{i_name(self.i)}  {self.i['lab_no']}", "Courier", 7.6)
        d.text(W - self.right, 25, f"PAGE {d.page} OF {d.pages_label()}", "Courier", 7.6,
               align="right")


def i_name(i):
    return i["name"].upper()


# 5 ------------------------------------------------------------------------------------------
class Harbourside(Lab):
    """Australian public pathology service, A4, Bitstream Vera, teal accents."""
    pagesize = A4
    left = right = 42
    bottom = 74
    font = "Vera"
    bold = "VeraBd"
    italic = "VeraIt"
    size = 8.4
    leading = 10.8
    accent = rgb(0, 110, 120)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.rect(self.left, H - 60, 30, 30, fill=self.accent, stroke=None)
        d.rect(self.left + 8, H - 52, 14, 14, fill=WHITE, stroke=None)
        d.text(self.left + 38, H - 42, "Harbourside Health Pathology", "VeraBd", 13,
               color=self.accent)
        d.text(self.left + 38, H - 54, "Genomic Diagnostics  ·  Level 4, Harbour Wing, "
               "1 Esplanade Road, Port Kembla South NSW 2599", "Vera", 7)
        d.text(W - self.right, H - 40, "NATA Accreditation No. 99012", "Vera", 7, align="right")
        d.text(W - self.right, H - 50, "Enquiries (02) 5550 1188", "Vera", 7, align="right")
        fw = W - self.left - self.right
        y = H - 70
        d.line(self.left, y, W - self.right, y, lw=1.5, color=self.accent)
        y -= 12
        if d.page == 1:
            pairs = [("Patient", i["name"]), ("URN", i["mrn"]), ("DOB", i["dob"]),
                     ("Sex", i["sex"]), ("Lab episode", i["lab_no"]), ("Collected", i["collected"]),
                     ("Requesting doctor", i["clinician"]), ("Copy to", i.get("copy", "-")),
                     ("Referring lab ref.", i["spec_no"]), ("Reported", i["reported"])]
            for k in range(0, len(pairs), 2):
                (a, b), (c_, e) = pairs[k], pairs[k + 1]
                d.text(self.left, y, a, "VeraBd", 7.5)
                d.text(self.left + 95, y, b, "Vera", 7.5, maxw=fw / 2 - 100)
                d.text(self.left + fw / 2, y, c_, "VeraBd", 7.5)
                d.text(self.left + fw / 2 + 95, y, e, "Vera", 7.5, maxw=fw / 2 - 95)
                y -= 10
            d.line(self.left, y + 4, W - self.right, y + 4, lw=0.4, color=grey(0.6))
            return y - 6
        d.text(self.left, y, f"{i['name']}  ·  URN {i['mrn']}  ·  Episode {i['lab_no']}",
               "VeraBd", 7.5)
        return y - 12

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 60, W - self.right, 60, lw=0.4, color=self.accent)
        d.text(self.left, 50, "This report is intended for the requesting practitioner. "
               "Results should be interpreted in the clinical context.", "Vera", 6.5)
        d.text(self.left, 41, "Harbourside Health Pathology is a NATA/RCPA accredited laboratory. "
               "harbourside-pathology.invalid", "Vera", 6.5)
        d.text(self.left, 28, f"Episode {self.i['lab_no']}  ·  {self.i['name']}", "Vera", 7)
        d.text(W - self.right, 28, f"Page {d.page} of {d.pages_label()}", "VeraBd", 7.5,
               align="right")


# 6 ------------------------------------------------------------------------------------------
class Meridian(Lab):
    """Canadian cancer centre liquid-biopsy laboratory, letter, rounded boxes."""
    pagesize = letter
    left = right = 48
    bottom = 70
    size = 8.8
    accent = rgb(90, 40, 130)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 42, "Meridian Cancer Centre", "Helvetica-Bold", 15, color=self.accent)
        d.text(self.left, H - 55, "Molecular Oncology Laboratory  -  Liquid Biopsy & Digital PCR",
               "Helvetica", 8.5)
        d.text(W - self.right, H - 38, "700 Lakeview Avenue, Room 3B-210", "Helvetica", 7.5,
               align="right")
        d.text(W - self.right, H - 47, "Riverton, ON  K9Z 0Z0", "Helvetica", 7.5, align="right")
        d.text(W - self.right, H - 56, "Tel 555-010-6643  Fax 555-010-6644", "Helvetica", 7.5,
               align="right")
        fw = W - self.left - self.right
        y = H - 66
        if d.page == 1:
            d.rect(self.left, y - 40, fw, 40, fill=rgb(244, 240, 250), stroke=self.accent, lw=0.6,
                   radius=5)
            pts = [("Patient:", i["name"]), ("DOB:", i["dob"]), ("Sex:", i["sex"]),
                   ("MRN:", i["mrn"]), ("Lab #:", i["lab_no"]), ("Ordered by:", i["clinician"]),
                   ("Collected:", i["collected"]), ("Received:", i["received"]),
                   ("Reported:", i["reported"])]
            cw = fw / 3
            for k, (a, b) in enumerate(pts):
                col, row = k % 3, k // 3
                x = self.left + 6 + col * cw
                yy = y - 11 - row * 11
                d.text(x, yy, a, "Helvetica-Bold", 7.6)
                d.text(x + 52, yy, b, "Helvetica", 7.6, maxw=cw - 60)
            return y - 52
        d.line(self.left, y, W - self.right, y, lw=0.6, color=self.accent)
        d.text(self.left, y - 10, f"{i['name']}   MRN {i['mrn']}   Lab # {i['lab_no']}",
               "Helvetica", 7.6)
        return y - 22

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 55, W - self.right, 55, lw=0.6, color=self.accent)
        d.text(self.left, 44, "Accredited by the provincial laboratory accreditation program "
               "(certificate 99-0412). meridiancancer.invalid/lab", "Helvetica", 6.8)
        d.text(self.left, 35, "CONFIDENTIAL: this report contains personal health information.",
               "Helvetica-Oblique", 6.8)
        d.text(W - self.right, 35, f"{self.i['lab_no']}   Page {d.page} of {d.pages_label()}",
               "Helvetica-Bold", 7.6, align="right")


# 7 ------------------------------------------------------------------------------------------
class Lakeshore(Lab):
    """US regional molecular laboratory, letter, Times body, Helvetica headings."""
    pagesize = letter
    left = right = 54
    bottom = 66
    font = "Times-Roman"
    bold = "Times-Bold"
    italic = "Times-Italic"
    size = 9.8
    leading = 12
    accent = rgb(30, 80, 140)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 44, "LAKESHORE CLINICAL GENOMICS", "Helvetica-Bold", 13,
               color=self.accent)
        d.text(self.left, H - 55, "A service of Lakeshore Regional Health  |  Molecular "
               "Pathology", "Helvetica", 8)
        d.text(W - self.right, H - 44, "Specimen ID", "Helvetica", 7, align="right")
        d.text(W - self.right, H - 55, i["lab_no"], "Helvetica-Bold", 10, align="right")
        d.line(self.left, H - 62, W - self.right, H - 62, lw=0.8)
        y = H - 74
        if d.page == 1:
            d.text(self.left, y, f"Patient: {i['name']}", "Helvetica-Bold", 8.5)
            d.text(self.left + 170, y, f"DOB: {i['dob']}", "Helvetica", 8.5)
            d.text(self.left + 290, y, f"MRN: {i['mrn']}", "Helvetica", 8.5)
            y -= 11
            d.text(self.left, y, f"Physician: {i['clinician']}", "Helvetica", 8.5)
            d.text(self.left + 290, y, f"Source block: {i['block']}", "Helvetica", 8.5)
            y -= 11
            d.text(self.left, y, f"Collected: {i['collected']}", "Helvetica", 8.5)
            d.text(self.left + 170, y, f"Received: {i['received']}", "Helvetica", 8.5)
            d.text(self.left + 290, y, f"Reported: {i['reported']}", "Helvetica", 8.5)
            y -= 6
            d.line(self.left, y, W - self.right, y, lw=0.4)
            return y - 10
        d.text(self.left, y, f"Patient: {i['name']}   (continued)", "Helvetica", 8.5)
        return y - 12

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 50, W - self.right, 50, lw=0.4)
        d.text(self.left, 40, "Lakeshore Clinical Genomics, 18 Harborview Court, Lakeshore Falls, "
               "MI 49999 | (555) 010-3321 | CLIA 99D0777012", "Helvetica", 6.8)
        d.text(W - self.right, 28, f"Page {d.page} of {d.pages_label()}", "Helvetica", 7.5,
               align="right")
        d.text(self.left, 28, f"Printed {self.i['printed']}", "Helvetica", 7)


# 8 ------------------------------------------------------------------------------------------
class Kingsbridge(Lab):
    """UK regional cytogenetics / ISH unit, A4, boxed title strip."""
    pagesize = A4
    left = right = 48
    bottom = 66
    size = 8.8
    accent = rgb(150, 60, 0)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        fw = W - self.left - self.right
        d.text(self.left, H - 40, "Kingsbridge Regional Pathology Service", "Helvetica-Bold", 12.5)
        d.text(self.left, H - 51, "Cancer Cytogenetics and In Situ Hybridisation Unit",
               "Helvetica", 8.8)
        d.text(W - self.right, H - 40, "Kingsbridge Infirmary", "Helvetica", 8, align="right")
        d.text(W - self.right, H - 50, "Tel 0117 496 0551", "Helvetica", 8, align="right")
        d.rect(self.left, H - 72, fw, 15, fill=self.accent, stroke=None)
        d.text(self.left + 5, H - 67, i.get("strip", "IN SITU HYBRIDISATION REPORT"),
               "Helvetica-Bold", 9, color=WHITE)
        d.text(W - self.right - 5, H - 67, f"Our ref: {i['lab_no']}", "Helvetica-Bold", 9,
               align="right", color=WHITE)
        y = H - 86
        if d.page == 1:
            rows = [("Patient name", i["name"], "Date of birth", i["dob"]),
                    ("Hospital number", i["mrn"], "Your reference", i["spec_no"]),
                    ("Referring pathologist", i["pathologist"], "Block tested", i["block"]),
                    ("Sample received", i["received"], "Date reported", i["reported"])]
            for a, b, c_, e in rows:
                d.text(self.left, y, a, "Helvetica", 7.8, color=grey(0.35))
                d.text(self.left + 92, y, b, "Helvetica-Bold", 7.8, maxw=fw / 2 - 96)
                d.text(self.left + fw / 2 + 8, y, c_, "Helvetica", 7.8, color=grey(0.35))
                d.text(self.left + fw / 2 + 88, y, e, "Helvetica-Bold", 7.8, maxw=fw / 2 - 90)
                y -= 10.5
            d.line(self.left, y + 3, W - self.right, y + 3, lw=0.4, color=self.accent)
            return y - 8
        d.text(self.left, y, f"{i['name']}  |  {i['mrn']}  |  DOB {i['dob']}", "Helvetica", 7.8)
        return y - 12

    def footer(self, d):
        W, H = self.pagesize
        d.text(self.left, 42, "Kingsbridge Regional Pathology Service is a UKAS accredited medical "
               "laboratory, No. 9987.", "Helvetica", 6.8, color=grey(0.3))
        d.text(self.left, 33, "Results relate only to the sample as received. Please quote our "
               "reference in all correspondence.", "Helvetica", 6.8, color=grey(0.3))
        d.text(W - self.right, 22, f"{self.i['lab_no']}  -  page {d.page} of {d.pages_label()}",
               "Helvetica", 7.5, align="right")


# 9 ------------------------------------------------------------------------------------------
class Eastmoor(Lab):
    """UK specialist neuropathology centre, A4, Vera, layered-diagnosis style."""
    pagesize = A4
    left = right = 50
    bottom = 70
    font = "Vera"
    bold = "VeraBd"
    italic = "VeraIt"
    size = 8.3
    leading = 10.6
    accent = rgb(60, 60, 60)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 42, "EASTMOOR INSTITUTE OF NEUROLOGY", "VeraBd", 12)
        d.text(self.left, H - 53, "Division of Neuropathology  ·  Neuro-oncology Molecular "
               "Diagnostics", "Vera", 8)
        d.text(W - self.right, H - 42, i.get("kind", "NEUROPATHOLOGY MOLECULAR REPORT"), "VeraBd",
               8, align="right")
        d.text(W - self.right, H - 53, f"Lab ref {i['lab_no']}", "Vera", 8, align="right")
        d.line(self.left, H - 60, W - self.right, H - 60, lw=0.5)
        y = H - 72
        if d.page == 1:
            d.text(self.left, y, f"Patient: {i['name']}", "VeraBd", 8)
            d.text(self.left + 150, y, f"DOB: {i['dob']}", "Vera", 8)
            d.text(self.left + 250, y, f"Hosp. no: {i['mrn']}", "Vera", 8)
            d.text(self.left + 370, y, f"Sex: {i['sex']}", "Vera", 8)
            y -= 11
            d.text(self.left, y, f"Neurosurgical no: {i['spec_no']}", "Vera", 8)
            d.text(self.left + 250, y, f"Consultant: {i['clinician']}", "Vera", 8)
            y -= 11
            d.text(self.left, y, f"Received: {i['received']}", "Vera", 8)
            d.text(self.left + 250, y, f"Reported: {i['reported']}", "Vera", 8)
            y -= 6
            d.line(self.left, y, W - self.right, y, lw=0.5)
            return y - 10
        d.text(self.left, y, f"{i['name']}  ·  {i['mrn']}  ·  continued", "Vera", 8)
        return y - 12

    def footer(self, d):
        W, H = self.pagesize
        d.line(self.left, 52, W - self.right, 52, lw=0.3)
        d.text(self.left, 42, "Eastmoor Institute of Neurology, Queen's Walk, Eastmoor EM1 9ZZ  ·  "
               "Tel 0113 496 0812  ·  UKAS 9930", "Vera", 6.6)
        d.text(W - self.right, 30, f"Page {d.page} of {d.pages_label()}", "Vera", 7.2,
               align="right")


# 10 -----------------------------------------------------------------------------------------
class Valley(Lab):
    """US community-hospital outreach lab, letter, italic section names, Sanger reports."""
    pagesize = letter
    left = right = 50
    bottom = 64
    size = 9
    accent = rgb(0, 100, 40)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(W / 2, H - 40, "VALLEY DIAGNOSTICS", "Helvetica-Bold", 14, align="center",
               color=self.accent)
        d.text(W / 2, H - 52, "Molecular Pathology  •  Sequencing Services", "Helvetica", 8.5,
               align="center")
        d.text(W / 2, H - 62, "612 Orchard Mill Road, Greenvale, OR 97999  •  (555) 010-8100",
               "Helvetica", 7.5, align="center")
        fw = W - self.left - self.right
        y = H - 72
        d.rect(self.left, y - 1.5, fw, 1.5, fill=self.accent, stroke=None)
        y -= 12
        if d.page == 1:
            d.text(self.left, y, "PATIENT", "Helvetica-Bold", 7, color=self.accent)
            d.text(self.left + fw / 3, y, "SPECIMEN", "Helvetica-Bold", 7, color=self.accent)
            d.text(self.left + 2 * fw / 3, y, "PROVIDER", "Helvetica-Bold", 7, color=self.accent)
            y -= 10
            cols = [[i["name"], f"DOB {i['dob']}  ({i['sex']})", f"MRN {i['mrn']}"],
                    [f"Accession {i['lab_no']}", f"Source: {i['source']}",
                     f"Block {i['block']}  Collected {i['collected']}"],
                    [i["clinician"], i["client"], f"Reported {i['reported']}"]]
            for r in range(3):
                for k in range(3):
                    d.text(self.left + k * fw / 3, y, cols[k][r], "Helvetica", 7.8,
                           maxw=fw / 3 - 6)
                y -= 9.5
            d.line(self.left, y + 3, W - self.right, y + 3, lw=0.3)
            return y - 8
        d.text(self.left, y, f"{i['name']}  •  Accession {i['lab_no']}", "Helvetica", 7.8)
        return y - 12

    def footer(self, d):
        W, H = self.pagesize
        d.text(self.left, 40, "Valley Diagnostics  •  CLIA 99D0333999  •  Laboratory Director "
               "Howard P. Ng, MD, PhD", "Helvetica", 6.8)
        d.text(W - self.right, 40, f"{d.page} / {d.pages_label()}", "Helvetica-Bold", 7.5,
               align="right")


# 11 -----------------------------------------------------------------------------------------
class Summit(Lab):
    """US reference laboratory for RNA fusion testing, letter, Vera, dark title bar."""
    pagesize = letter
    left = right = 44
    bottom = 70
    font = "Vera"
    bold = "VeraBd"
    italic = "VeraIt"
    size = 8.2
    leading = 10.6
    accent = rgb(10, 60, 60)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        fw = W - self.left - self.right
        d.rect(self.left, H - 62, fw, 34, fill=self.accent, stroke=None)
        d.text(self.left + 8, H - 43, "SUMMIT ONCOLOGY REFERENCE LABORATORY", "VeraBd", 11,
               color=WHITE)
        d.text(self.left + 8, H - 55, i.get("test_title", "Fusion Transcript Analysis"), "Vera",
               8.5, color=WHITE)
        d.text(W - self.right - 8, H - 43, f"Report # {i['lab_no']}", "VeraBd", 8.5,
               align="right", color=WHITE)
        d.text(W - self.right - 8, H - 55, i.get("status", "FINAL"), "Vera", 8, align="right",
               color=WHITE)
        y = H - 76
        rows = [("Patient", i["name"], "Specimen type", i["source"]),
                ("Date of birth", i["dob"], "Specimen ID", i["spec_no"]),
                ("Ordering physician", i["clinician"], "Collected", i["collected"]),
                ("Institution", i["client"], "Received / Reported",
                 f"{i['received']} / {i['reported']}")]
        if d.page > 1:
            rows = rows[:1]
        for a, b, c_, e in rows:
            d.text(self.left, y, a, "Vera", 7.2, color=grey(0.4))
            d.text(self.left + 88, y, b, "VeraBd", 7.2, maxw=fw / 2 - 92)
            d.text(self.left + fw / 2 + 6, y, c_, "Vera", 7.2, color=grey(0.4))
            d.text(self.left + fw / 2 + 96, y, e, "VeraBd", 7.2, maxw=fw / 2 - 98)
            y -= 9.5
        d.line(self.left, y + 2, W - self.right, y + 2, lw=0.4)
        return y - 8

    def footer(self, d):
        W, H = self.pagesize
        d.text(self.left, 46, "Summit Oncology Reference Laboratory · 90 Glacier Point Drive, "
               "Highcrest, UT 84999 · (555) 010-5160 · summitonc.invalid", "Vera", 6.4)
        d.text(self.left, 37, "CLIA 99D0881234 · CAP 9011876 · Laboratory Director: "
               "Beatrix Onwuachi-Lund, MD", "Vera", 6.4)
        d.text(W - self.right, 24, f"Page {d.page} of {d.pages_label()}", "VeraBd", 7.2,
               align="right")
        d.text(self.left, 24, f"{self.i['name']} · {self.i['lab_no']}", "Vera", 7)


# 12 -----------------------------------------------------------------------------------------
class AshbyLorne(Lab):
    """UK district cellular pathology, A4, Times, check-box proforma."""
    pagesize = A4
    left = right = 52
    bottom = 64
    font = "Times-Roman"
    bold = "Times-Bold"
    italic = "Times-Italic"
    size = 9.8
    leading = 12

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        d.text(self.left, H - 44, "Ashby & Lorne Hospitals", "Times-Bold", 15)
        d.text(self.left, H - 57, "Cellular Pathology  —  Breast and Gastrointestinal "
               "Predictive Testing", "Times-Italic", 9.5)
        d.text(W - self.right, H - 44, "Lorne General Hospital", "Times-Roman", 8.5, align="right")
        d.text(W - self.right, H - 55, "Ashby-on-Lorne  AL7 9ZZ", "Times-Roman", 8.5,
               align="right")
        fw = W - self.left - self.right
        y = H - 66
        d.rect(self.left, y - 44 if d.page == 1 else y - 16, fw, 44 if d.page == 1 else 16,
               fill=None, stroke=black, lw=0.7)
        if d.page == 1:
            d.text(self.left + 5, y - 11, f"Surname / forename: {i['name']}", "Times-Roman", 9)
            d.text(self.left + 260, y - 11, f"Hospital No: {i['mrn']}", "Times-Roman", 9)
            d.text(self.left + 5, y - 23, f"Date of birth: {i['dob']}", "Times-Roman", 9)
            d.text(self.left + 260, y - 23, f"Laboratory No: {i['lab_no']}", "Times-Roman", 9)
            d.text(self.left + 5, y - 35, f"Consultant: {i['clinician']}", "Times-Roman", 9)
            d.text(self.left + 260, y - 35, f"Date reported: {i['reported']}", "Times-Roman", 9)
            return y - 56
        d.text(self.left + 5, y - 11, f"{i['name']}   Laboratory No: {i['lab_no']}",
               "Times-Roman", 9)
        return y - 28

    def footer(self, d):
        W, H = self.pagesize
        d.text(W / 2, 36, "Ashby & Lorne Hospitals NHS Trust  ·  Cellular Pathology  ·  "
               "Tel 01632 960 417", "Times-Roman", 7.8, align="center")
        d.text(W / 2, 26, f"Page {d.page} of {d.pages_label()}", "Times-Roman", 8, align="center")


# 13 -----------------------------------------------------------------------------------------
class Wexcombe(Lab):
    """New Zealand hospital molecular laboratory, A4, simple grey rule header."""
    pagesize = A4
    left = right = 50
    bottom = 68
    size = 8.8
    accent = rgb(70, 70, 70)

    def header(self, d):
        W, H = self.pagesize
        i = self.i
        fw = W - self.left - self.right
        d.text(self.left, H - 40, "Wexcombe Hospital Laboratory", "Helvetica-Bold", 12)
        d.text(self.left, H - 51, "Anatomical Pathology  |  Molecular Diagnostics Section",
               "Helvetica", 8.4)
        d.text(W - self.right, H - 40, i.get("status", "FINAL REPORT"), "Helvetica-Bold", 10,
               align="right")
        d.text(W - self.right, H - 51, f"Lab No. {i['lab_no']}", "Helvetica", 8.4, align="right")
        d.rect(self.left, H - 60, fw, 3, fill=grey(0.55), stroke=None)
        y = H - 72
        pairs = [("NHI", i["mrn"]), ("Name", i["name"]), ("DOB", i["dob"]), ("Sex", i["sex"])]
        x = self.left
        for a, b in pairs:
            d.text(x, y, a, "Helvetica-Bold", 7.8)
            x += width(a, "Helvetica-Bold", 7.8) + 4
            d.text(x, y, b, "Helvetica", 7.8)
            x += width(b, "Helvetica", 7.8) + 16
        if d.page == 1:
            y -= 10
            pairs = [("Requester", i["clinician"]), ("Collected", i["collected"]),
                     ("Received", i["received"]), ("Reported", i["reported"])]
            x = self.left
            for a, b in pairs:
                d.text(x, y, a, "Helvetica-Bold", 7.8)
                x += width(a, "Helvetica-Bold", 7.8) + 4
                d.text(x, y, b, "Helvetica", 7.8)
                x += width(b, "Helvetica", 7.8) + 14
        d.line(self.left, y - 5, W - self.right, y - 5, lw=0.4, color=grey(0.55))
        return y - 14

    def footer(self, d):
        W, H = self.pagesize
        d.rect(self.left, 50, W - self.left - self.right, 0.8, fill=grey(0.55), stroke=None)
        d.text(self.left, 40, "Wexcombe Hospital Laboratory, 3 Totara Street, Wexcombe 9999  "
               "IANZ accreditation 9876", "Helvetica", 6.8)
        d.text(W - self.right, 40, f"Page {d.page} of {d.pages_label()}", "Helvetica", 7.5,
               align="right")
