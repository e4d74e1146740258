"""The invented laboratories of probe58 and their page furniture (all names, addresses,
numbers and systems are made up; web addresses end in .invalid, phone numbers are fictional)."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape, letter

from common import Frame, Lab, colors

NAVY = colors.HexColor("#1c3557")
TEAL = colors.HexColor("#1f6e72")
WINE = colors.HexColor("#7a1f2b")
GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#eeeeee")


class Halvorsen(Lab):
    key = "HALV"
    name = "Halvorsen Central Laboratories"
    pagesize = letter
    margins = (50, 50, 92, 58)
    family = "Helvetica"
    size = 8.6
    accent = NAVY
    creator = "HCL Clarion LIMS 9.4"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, h - 44, "HALVORSEN")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, h - 55, "Central Laboratories  |  Cell Therapy Biomarker Unit")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 6.5)
        c.drawString(50, h - 65, "4100 Larkspur Parkway, Ashgrove, NC 27599  |  CLIA 00D0000000  |  "
                                 "+1 (555) 010-4477")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(w - 50, h - 44, "SCREENING BIOMARKER REPORT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 50, h - 55, f"Protocol {meta['protocol']}  |  Sponsor: {meta['sponsor']}")
        c.drawRightString(w - 50, h - 65, f"Subject {meta['subject']}  |  Accession {meta['accession']}")
        c.setStrokeColor(NAVY)
        c.setLineWidth(2)
        c.line(50, h - 72, w - 50, h - 72)
        c.setLineWidth(0.5)
        c.line(50, 44, w - 50, 44)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(GREY)
        c.drawString(50, 34, "CONFIDENTIAL - released to the investigator site and sponsor of the protocol named above. "
                             "Form CTBU-RPT-03 v7.")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(w - 50, 34, f"Page {page} of {total}")


class Meridian(Lab):
    key = "MERID"
    name = "Meridian Cell Therapy Diagnostics"
    pagesize = letter
    margins = (48, 48, 86, 56)
    family = "Vera"
    size = 8.2
    accent = TEAL
    creator = "Meridian ReportServer"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(TEAL)
        c.rect(0, h - 62, w, 62, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Vera-Bold", 14)
        c.drawString(48, h - 32, "Meridian Cell Therapy Diagnostics")
        c.setFont("Vera", 7.2)
        c.drawString(48, h - 45, "Antigen Qualification Laboratory  ·  1275 Osprey Row, Suite 300, "
                                 "Calder Point, CA 94999  ·  Tel (555) 013-2290")
        c.setFont("Vera-Bold", 8)
        c.drawRightString(w - 48, h - 30, "TARGET ANTIGEN REPORT")
        c.setFont("Vera", 7.2)
        c.drawRightString(w - 48, h - 42, f"Case {meta['accession']}")
        if page > 1:
            c.drawRightString(w - 48, h - 53, f"{meta['patient']}  ·  continued")
        c.setFillColor(colors.black)
        c.setFont("Vera", 6.3)
        c.drawString(48, 30, f"MCTD-FRM-0112 rev 4  |  page {page}/{total}  |  "
                             f"issued {meta['issued']}")
        c.drawRightString(w - 48, 30, "Laboratory director: Imelda Sarrazin, MD")


class Wexcombe(Lab):
    key = "WEX"
    name = "Royal Infirmary of Wexcombe"
    pagesize = A4
    margins = (56, 56, 118, 62)
    family = "Times"
    size = 10
    accent = colors.black
    creator = "WexPath LIMS"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFont("Times-Bold", 12)
        c.drawCentredString(w / 2, h - 38, "ROYAL INFIRMARY OF WEXCOMBE")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 50, "Department of Cellular Pathology  -  Level 2, Tanner Wing, "
                                           "Wexcombe WX3 9ZZ  -  Tel 01632 960 418")
        c.setLineWidth(0.7)
        c.rect(56, h - 104, w - 112, 42, stroke=1, fill=0)
        c.setFont("Times-Bold", 9)
        c.drawString(62, h - 75, f"Name: {meta['patient']}")
        c.drawString(230, h - 75, f"Hosp. No: {meta['hospno']}")
        c.drawRightString(w - 62, h - 75, f"Lab No: {meta['accession']}")
        c.setFont("Times-Roman", 9)
        c.drawString(62, h - 88, f"DOB: {meta['dob']}   Sex: {meta['sex']}")
        c.drawString(230, h - 88, f"Consultant: {meta['consultant']}")
        c.drawString(62, h - 100, f"Location: {meta['location']}")
        c.drawRightString(w - 62, h - 88, f"Received: {meta['received']}")
        c.drawRightString(w - 62, h - 100, f"Authorised: {meta['authorised']}")
        c.setFont("Times-Italic", 8)
        c.drawString(56, 40, "This is an authorised report. Printed copies may be out of date; "
                             "the electronic record is definitive.")
        c.setFont("Times-Roman", 9)
        c.drawRightString(w - 56, 40, f"Page {page} of {total}")


class Kestrel(Lab):
    key = "KEST"
    name = "Kestrel Biomarker Laboratories"
    pagesize = letter
    margins = (150, 46, 70, 56)
    family = "Helvetica"
    size = 8.3
    accent = colors.HexColor("#8a4b08")
    creator = "Kestrel QuantPath 3.2"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#f1ece4"))
        c.rect(0, 0, 128, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a4b08"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(16, h - 46, "KESTREL")
        c.setFont("Helvetica", 7)
        c.drawString(16, h - 56, "Biomarker Laboratories")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.4)
        y = h - 90
        for line in ("88 Harrow Mill Road", "Fenwick, OH 43999", "Phone (555) 017-8800",
                     "Fax (555) 017-8801", "kestrel-labs.invalid", "", "CLIA ID 00D0000001",
                     "CAP 0000001", "", "Medical Director", "Rafael Okonjo-Burke, MD", "",
                     "Client", meta.get("client", ""), "", "Study", meta.get("protocol", ""),
                     "", "Kestrel case", meta["accession"], "", "Patient", meta["patient"]):
            c.drawString(16, y, line)
            y -= 8.4
        c.setFont("Helvetica-Bold", 10)
        c.drawString(150, h - 46, meta.get("doctitle", "Quantitative IHC Report"))
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 46, h - 46, f"Reported {meta['issued']}")
        c.setLineWidth(0.6)
        c.line(150, h - 54, w - 46, h - 54)
        c.setFont("Helvetica", 6.5)
        c.drawString(150, 34, "Kestrel Biomarker Laboratories  |  Doc KBL-R-IA  |  Results relate only to "
                              "the material received.")
        c.drawRightString(w - 46, 34, f"Page {page} of {total}")


class Northmoor(Lab):
    key = "NORTH"
    name = "Northmoor Children's Hospital"
    pagesize = A4
    margins = (52, 52, 96, 60)
    family = "Vera"
    size = 8.4
    accent = colors.HexColor("#2b5d2b")
    creator = "NCH LabCentre"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#2b5d2b"))
        c.circle(66, h - 48, 13, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(66, h - 48, 7, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#2b5d2b"))
        c.setFont("Vera-Bold", 12)
        c.drawString(88, h - 44, "Northmoor Children's Hospital")
        c.setFont("Vera", 7.5)
        c.drawString(88, h - 55, "Paediatric Oncology Laboratory  -  Flow Cytometry & Molecular Section")
        c.setFillColor(colors.black)
        c.setFont("Vera", 7)
        c.drawRightString(w - 52, h - 40, f"MRN {meta['mrn']}")
        c.drawRightString(w - 52, h - 50, f"{meta['patient']}   {meta['age']}")
        c.drawRightString(w - 52, h - 60, f"Lab ref {meta['accession']}")
        c.setStrokeColor(colors.HexColor("#2b5d2b"))
        c.line(52, h - 72, w - 52, h - 72)
        c.setFont("Vera", 6.5)
        c.drawString(52, 36, "NCH-FC-07 / issue 12")
        c.drawCentredString(w / 2, 36, f"Page {page} of {total}")
        c.drawRightString(w - 52, 36, "Switchboard 0118 496 0730")


class Ardent(Lab):
    key = "ARD"
    name = "Ardent Oncology Central Laboratory"
    pagesize = A4
    margins = (42, 42, 84, 52)
    family = "Helvetica"
    size = 7.8
    accent = colors.HexColor("#a31f1f")
    creator = "Ardent OCL reporting"
    top_block = 190  # height of the full-width block on page 1

    def frames(self, first, top_block=None):
        l, r, t, b = self.margins
        w, h = self.pagesize
        gut = 14
        colw = (w - l - r - gut) / 2.0
        fr = []
        top = h - t
        if first:
            tb = top_block or self.top_block
            fr.append(Frame(l, top - tb, w - l - r, tb, id="top",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
            top -= tb + 6
        fr.append(Frame(l, b, colw, top - b, id="left", leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0))
        fr.append(Frame(l + colw + gut, b, colw, top - b, id="right", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0))
        return fr

    def page_templates(self, meta=None):
        from common import PageTemplate
        tb = (meta or {}).get("top_block")
        return [PageTemplate(id="First", frames=self.frames(True, tb), autoNextPageTemplate="Later"),
                PageTemplate(id="Later", frames=self.frames(False))]

    @property
    def colwidth(self):
        return (self.pagesize[0] - self.margins[0] - self.margins[1] - 14) / 2.0

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#a31f1f"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(42, h - 46, "ARDENT")
        c.setFont("Helvetica", 8)
        c.drawString(118, h - 46, "Oncology Central Laboratory")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.5)
        c.drawString(42, h - 58, "Ardent OCL B.V.  ·  Kanaalweg 212  ·  3999 ZZ Velsburg  ·  "
                                 "T +31 (0)99 555 0190  ·  ocl.ardent.invalid")
        c.drawRightString(w - 42, h - 40, f"Study {meta['protocol']}")
        c.drawRightString(w - 42, h - 49, f"Site {meta['site']}  ·  Subject {meta['subject']}")
        c.drawRightString(w - 42, h - 58, f"Requisition {meta['accession']}")
        c.setStrokeColor(colors.HexColor("#a31f1f"))
        c.setLineWidth(1.2)
        c.line(42, h - 66, w - 42, h - 66)
        if page > 1:
            c.setStrokeColor(colors.HexColor("#bbbbbb"))
            c.setLineWidth(0.3)
            c.line(w / 2, 56, w / 2, h - 84)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(GREY)
        c.drawString(42, 34, "Validated laboratory-developed and CE-IVD assays; see Methods. "
                             "Results are for clinical trial screening.")
        c.setFillColor(colors.black)
        c.drawRightString(w - 42, 34, f"p. {page} / {total}")


class Pellucid(Lab):
    key = "PELL"
    name = "Pellucid Pathology Partners"
    pagesize = landscape(letter)
    margins = (44, 44, 78, 50)
    family = "Helvetica"
    size = 8.2
    accent = colors.HexColor("#3b3b7a")
    creator = "Pellucid PathDesk"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#3b3b7a"))
        c.rect(44, h - 56, w - 88, 22, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Times-Bold", 13)
        c.drawString(52, h - 50, "Pellucid Pathology Partners")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 52, h - 49, "Multi-specimen Target Antigen Matrix  ·  "
                                          f"{meta['accession']}  ·  {meta['patient']}")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.5)
        c.drawString(44, h - 66, "2090 Wicklow Boulevard, Mirren Falls, MN 55999  ·  (555) 014-6020  ·  "
                                 "pellucid-path.invalid")
        c.drawString(44, 30, "Pellucid Pathology Partners  ·  Specimen Matrix Report  ·  "
                             "Anatomic pathology and companion screening services")
        c.drawRightString(w - 44, 30, f"Page {page} of {total}")


class Corvallis(Lab):
    key = "CORV"
    name = "Corvallis Bay Medical Center"
    pagesize = letter
    margins = (54, 54, 100, 60)
    family = "Helvetica"
    size = 8.8
    accent = colors.black
    creator = "CBMC LIS"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, h - 40, "CORVALLIS BAY MEDICAL CENTER")
        c.setFont("Helvetica", 7.5)
        c.drawString(54, h - 50, "Department of Pathology & Laboratory Medicine - Molecular and "
                                 "Immunohistochemistry Laboratories")
        c.drawString(54, h - 59, "600 Harbor Crest Drive, Corvallis Bay, OR 97999   Phone (555) 019-3100")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(w - 54, h - 40, meta.get("status", "FINAL REPORT"))
        c.setLineWidth(0.8)
        c.line(54, h - 66, w - 54, h - 66)
        c.setFont("Helvetica", 7.5)
        c.drawString(54, h - 78, f"PATIENT: {meta['patient']}")
        c.drawString(220, h - 78, f"MRN: {meta['mrn']}")
        c.drawString(330, h - 78, f"DOB: {meta['dob']}")
        c.drawString(430, h - 78, f"ACC#: {meta['accession']}")
        c.drawString(54, h - 88, f"ORDERING: {meta['ordering']}")
        c.drawString(330, h - 88, f"COLLECTED: {meta['collected']}")
        c.line(54, h - 93, w - 54, h - 93)
        c.setFont("Helvetica", 6.8)
        c.drawString(54, 38, f"CBMC Laboratory Information System  |  Printed {meta['issued']}  |  "
                             "Confidential patient information")
        c.drawRightString(w - 54, 38, f"Page {page} of {total}")


class Tidewater(Lab):
    key = "TIDE"
    name = "Tidewater Institute"
    pagesize = letter
    margins = (60, 60, 84, 60)
    family = "Vera"
    size = 8.3
    accent = colors.HexColor("#184d7a")
    creator = "TTIL FlowReport"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#b8b8b8"))
        c.setFillAlpha(0.22)
        c.setFont("Helvetica-Bold", 46)
        c.translate(w / 2, h / 2)
        c.rotate(38)
        c.drawCentredString(0, 0, "INVESTIGATIONAL USE")
        c.restoreState()
        c.setFillColor(colors.HexColor("#184d7a"))
        c.setFont("Vera-Bold", 11)
        c.drawString(60, h - 42, "Tidewater Institute")
        c.setFont("Vera", 7.6)
        c.drawString(60, h - 53, "Translational Immunomonitoring Laboratory (TTIL)")
        c.setFillColor(colors.black)
        c.setFont("Vera", 6.6)
        c.drawString(60, h - 63, "Room 4.118, Breakwater Research Building, Port Alcott, VA 23999")
        c.drawRightString(w - 60, h - 42, f"TTIL sample {meta['accession']}")
        c.drawRightString(w - 60, h - 52, f"{meta['protocol']}  /  subject {meta['subject']}")
        c.drawRightString(w - 60, h - 62, f"{meta['patient']}")
        c.line(60, h - 68, w - 60, h - 68)
        c.setFont("Vera", 6.4)
        c.drawString(60, 36, "TTIL-SOP-FC-022 / TTIL-SOP-HLA-004   Assays are validated for "
                             "investigational screening under the protocol.")
        c.drawRightString(w - 60, 36, f"{page} of {total}")


class Lindqvist(Lab):
    key = "LIND"
    name = "Lindqvist Comprehensive Cancer Centre"
    pagesize = A4
    margins = (48, 48, 90, 56)
    family = "Vera"
    size = 8
    accent = colors.HexColor("#4a2a6a")
    creator = "LCCC-MD Reporter v5.3"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setStrokeColor(colors.HexColor("#4a2a6a"))
        c.setLineWidth(3)
        c.line(48, h - 30, 140, h - 30)
        c.setFillColor(colors.HexColor("#4a2a6a"))
        c.setFont("Vera-Bold", 11.5)
        c.drawString(48, h - 46, "Lindqvist Comprehensive Cancer Centre")
        c.setFont("Vera", 7.4)
        c.drawString(48, h - 57, "Molecular Diagnostics & Tumour Antigen Laboratory")
        c.setFillColor(colors.black)
        c.setFont("Vera", 6.6)
        c.drawString(48, h - 67, "Østervold Allé 31, 9999 Lindholm  ·  +45 99 55 01 77  ·  md.lindqvist.invalid")
        c.setFont("Vera", 7)
        c.drawRightString(w - 48, h - 44, f"Sample ID  {meta['accession']}")
        c.drawRightString(w - 48, h - 54, f"{meta['patient']}  ·  {meta['sex']}  ·  born {meta['dob']}")
        c.drawRightString(w - 48, h - 64, f"Referral: {meta['referrer']}")
        c.setLineWidth(0.4)
        c.line(48, h - 74, w - 48, h - 74)
        c.setFont("Vera", 6.3)
        c.drawString(48, 32, "LCCC-MD v5.3  ·  ISO 15189 accredited laboratory no. 0000 (scope on request)")
        c.drawRightString(w - 48, 32, f"Page {page} of {total}")


class Bramblecote(Lab):
    key = "BRAM"
    name = "Bramblecote Sarcoma Reference Centre"
    pagesize = A4
    margins = (62, 62, 100, 64)
    family = "Times"
    size = 10
    accent = colors.HexColor("#5a3a1a")
    creator = "BSRC Reports"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#5a3a1a"))
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 44, "Bramblecote Sarcoma Reference Centre")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(w / 2, h - 57, "Bone and Soft Tissue Pathology Service  ·  "
                                           "Hollins Lane, Bramblecote BC7 0ZZ")
        c.setFillColor(colors.black)
        c.setLineWidth(0.5)
        c.line(62, h - 64, w - 62, h - 64)
        c.line(62, h - 66, w - 62, h - 66)
        if page > 1:
            c.setFont("Times-Roman", 8.5)
            c.drawString(62, h - 80, f"{meta['patient']}  -  {meta['accession']}  (continued)")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(w / 2, 40, f"Page {page} of {total}")
        c.setFont("Times-Italic", 7.5)
        c.drawString(62, 28, "Referrals: sarcoma.referrals@bramblecote.invalid  ·  "
                             "Secretaries 01632 960 771")


class Solano(Lab):
    key = "SOL"
    name = "Solano Precision Diagnostics"
    pagesize = letter
    margins = (56, 56, 86, 60)
    family = "Courier"
    size = 8.6
    accent = colors.black
    creator = "SPD SynopticWriter"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, h - 40, "SOLANO PRECISION DIAGNOSTICS")
        c.setFont("Helvetica", 7.2)
        c.drawString(56, h - 51, "A reference laboratory for companion and trial-screening "
                                 "immunohistochemistry")
        c.drawString(56, h - 60, "31 Vintner Court, Solano Flats, CA 95999 | T (555) 018-2626 | "
                                 "F (555) 018-2627")
        c.setFont("Courier-Bold", 8)
        c.drawRightString(w - 56, h - 40, f"SPD #{meta['accession']}")
        c.setFont("Courier", 7.5)
        c.drawRightString(w - 56, h - 50, f"PT: {meta['patient']}")
        c.drawRightString(w - 56, h - 60, f"RCVD {meta['received']}")
        c.setDash(2, 2)
        c.line(56, h - 68, w - 56, h - 68)
        c.setDash()
        c.setFont("Courier", 7)
        c.drawString(56, 38, f"SPD SynopticWriter -- {meta['accession']} -- Page {page} of {total}")
        c.drawRightString(w - 56, 38, "END OF PAGE" if page < total else "END OF REPORT")


class Quillon(Lab):
    key = "QUIL"
    name = "Quillon Biosciences Global Central Laboratory"
    pagesize = A4
    margins = (50, 50, 92, 58)
    family = "Helvetica"
    size = 8.4
    accent = colors.HexColor("#0f5e45")
    creator = "QGCL Reporting Portal"

    def furniture(self, c, page, total, meta):
        w, h = self.pagesize
        c.setFillColor(colors.HexColor("#0f5e45"))
        c.rect(50, h - 58, 8, 26, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(64, h - 42, "Quillon Biosciences")
        c.setFont("Helvetica", 7.6)
        c.drawString(64, h - 53, "Global Central Laboratory - Biomarker Services (Europe hub)")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.8)
        c.drawRightString(w - 50, h - 38, f"Protocol: {meta['protocol']}")
        c.drawRightString(w - 50, h - 47, f"Investigator site: {meta['site']}")
        c.drawRightString(w - 50, h - 56, f"Screening no.: {meta['subject']}   Kit/accession: {meta['accession']}")
        c.setLineWidth(0.5)
        c.line(50, h - 64, w - 50, h - 64)
        if meta.get("amended") and page == 1:
            c.setStrokeColor(colors.HexColor("#b00000"))
            c.setFillColor(colors.HexColor("#b00000"))
            c.setLineWidth(1.4)
            c.rect(w - 170, h - 86, 120, 16, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(w - 110, h - 81, "AMENDED REPORT")
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
        c.setFont("Helvetica", 6.4)
        c.drawString(50, 34, "Quillon Biosciences GCL  ·  Harbourside 9, 99999 Nordhaven  ·  "
                             "gcl.quillon.invalid  ·  Helpdesk +44 1632 960 905")
        c.drawRightString(w - 50, 34, f"Page {page} of {total}")


HALV = Halvorsen()
MERID = Meridian()
WEX = Wexcombe()
KEST = Kestrel()
NORTH = Northmoor()
ARD = Ardent()
PELL = Pellucid()
CORV = Corvallis()
TIDE = Tidewater()
LIND = Lindqvist()
BRAM = Bramblecote()
SOL = Solano()
QUIL = Quillon()
