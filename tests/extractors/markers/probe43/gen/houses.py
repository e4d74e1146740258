"""The invented institutions of probe43 and their house styles."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm

from common import House

HARROWGATE = House(
    code="HRPS", name="Harrowgate Regional Pathology Service",
    lines=["Department of Cellular Pathology, Level 2 Laboratory Block",
           "Harrowgate District Hospital, Moorside Road, Harrowgate HG9 4ZZ",
           "Enquiries 01632 960 418  |  cellpath.enquiries@harrowgate-path.invalid"],
    family="helv", size=8.8, pagesize=A4, letterhead="band", accent=colors.Color(0.05, 0.25, 0.45),
    pageno="Page {p} of {n}", pageno_pos="right", tick="x", grid="full",
    footer="This report has been electronically authorised. Results relate only to the specimen received.\n"
           "HRPS is a UKAS-style accredited medical laboratory No. 0000 (fictitious). Print copy is uncontrolled.")

MERIDIAN = House(
    code="MRL", name="Meridian Reference Laboratories",
    lines=["Molecular Oncology & Companion Diagnostics", "4100 Quarry Park Drive, Suite 210, Lansford, OH 45999",
           "Client Services (555) 013-4470  |  CLIA ID 99D9999999 (fictitious)", "Medical Director: Helen Okafor-Brandt, MD"],
    family="helv", size=8.6, pagesize=letter, letterhead="box", accent=colors.Color(0.55, 0.1, 0.15),
    pageno="Page {p} of {n}", pageno_pos="header", tick="check", grid="rows",
    footer="This test was developed and its performance characteristics determined by Meridian Reference Laboratories. "
           "It has not been cleared or approved\nby the U.S. Food and Drug Administration except where an FDA-approved kit is named. "
           "Confidential patient information.")

ST_COLUMBA = House(
    code="SCUH", name="St Columba's University Hospital",
    lines=["Department of Histopathology and Molecular Pathology", "Kilbride Road, Dunmore West, Co. Lisgarra",
           "Tel +353 (0)99 555 0192 (laboratory office)"],
    family="times", size=10, pagesize=A4, letterhead="crest", accent=colors.Color(0.2, 0.35, 0.2),
    pageno="Page {p} of {n}", pageno_pos="center", tick="fill", grid="full",
    footer="Reports are issued under the laboratory's quality management system. Amendments are notified to the requesting clinician.")

NORTHFIELD = House(
    code="NCL", name="Northfield Clinical Laboratories",
    lines=["ANATOMIC PATHOLOGY / IMMUNOHISTOCHEMISTRY SECTION", "1200 W. GRANGER AVE  NORTHFIELD MN 55999   PH 555-0147",
           "LAB DIRECTOR: R. VANTERPOOL MD"],
    family="cour", size=8.6, pagesize=letter, letterhead="lis", pageno="PAGE {p} OF {n}", pageno_pos="right",
    tick="char", grid="open", margins=(15 * mm, 16 * mm),
    footer="** CONFIDENTIAL ** PRINTED FROM NCL-LIS v7.2   ** END OF PAGE **")

RIVERBEND = House(
    code="RCF", name="Riverbend Cytogenetics & FISH Laboratory",
    lines=["A service of Riverbend Health Partners", "77 Ferry Landing Road, Riverbend, OR 97999", "Phone 555-0162 | Fax 555-0163"],
    family="helv", size=8.8, pagesize=letter, letterhead="rule", accent=colors.Color(0.1, 0.3, 0.55),
    pageno="Page {p} of {n}", pageno_pos="right", tick="x", grid="full",
    footer="FISH analysis uses analyte-specific reagents. Results should be interpreted with clinical and histologic findings.")

LAKESHORE = House(
    code="LMC", name="Lakeshore Medical Center",
    lines=["Department of Pathology and Laboratory Medicine", "One Harbor Crescent, Port Aldridge, MI 49999",
           "Anatomic Pathology (555) 010-2288"],
    family="times", size=9.8, pagesize=letter, letterhead="centered",
    pageno="Page {p} of {n}", pageno_pos="right", tick="x", grid="box",
    footer="Electronically signed. Lakeshore Medical Center Anatomic Pathology, CAP-style accreditation no. 000000 (fictitious).")

KESTREL = House(
    code="KVH", name="Kestrel Valley Health Pathology",
    lines=["Anatomical Pathology | Level 4, Wattle Building", "Kestrel Valley Hospital, 12 Banksia Drive, Kestrel Valley NSW 2999",
           "Ph (02) 5550 1930  |  kvhpath-results.invalid"],
    family="helv", size=8.8, pagesize=A4, letterhead="rule", accent=colors.Color(0.45, 0.25, 0.05),
    pageno="Page {p}/{n}", pageno_pos="center", tick="check", grid="rows",
    footer="NATA-style accreditation no. 0000 (fictitious). This report is intended for the requesting practitioner.")

BELLAVISTA = House(
    code="BOD", name="Bellavista Oncology Diagnostics",
    lines=["Laboratory of Molecular Pathology", "Via dei Tigli 18, 00999 Bellavista", "Tel. +39 0555 018 220  |  molpath@bellavista-dx.invalid"],
    family="helv", size=8.5, pagesize=A4, letterhead="box", accent=colors.Color(0.0, 0.4, 0.4),
    pageno="pag. {p} / {n}", pageno_pos="right", tick="fill", grid="full",
    footer="Test performed in a laboratory accredited to ISO 15189 (fictitious certificate 0000). "
           "The result refers exclusively to the sample analysed.")

SABLE_POINT = House(
    code="SPMD", name="Sable Point Molecular Diagnostics",
    lines=["Solid Tumor Molecular Laboratory", "2 Lighthouse Way, Sable Point, NC 27999", "Tel 555-0119  Fax 555-0120"],
    family="helv", size=8.8, pagesize=letter, letterhead="band", accent=colors.Color(0.25, 0.25, 0.25),
    pageno="Page {p} of {n}", pageno_pos="center", tick="x", grid="rows",
    footer="Sable Point Molecular Diagnostics | CLIA 99D0000000 (fictitious) | This report contains confidential health information.")

PINECREST = House(
    code="PCH", name="Pinecrest Children's Hospital",
    lines=["Division of Pediatric Pathology and Laboratory Medicine", "3300 Evergreen Blvd, Pinecrest, CO 80999",
           "Pathology Office (555) 014-6600"],
    family="helv", size=9.0, pagesize=letter, letterhead="crest", accent=colors.Color(0.1, 0.45, 0.3),
    pageno="Page {p} of {n}", pageno_pos="left", tick="check", grid="full",
    footer="Pinecrest Children's Hospital Department of Pathology. For questions about this report call the pathologist on service.")

COBALT = House(
    code="CTCL", name="Cobalt Trials Central Laboratory",
    lines=["Central IHC Reading Facility | Clinical Trial Services", "500 Meridian Loop, Building C, Cobalt Park, NJ 08999",
           "Study support: (555) 017-3030"],
    family="helv", size=8.4, pagesize=letter, letterhead="rule", accent=colors.Color(0.15, 0.2, 0.5),
    pageno="Page {p} of {n}", pageno_pos="right", tick="char", grid="full",
    footer="FOR CLINICAL TRIAL USE. Results are reported to the sponsor and investigator site per protocol. "
           "Investigational assay unless stated.")

EASTGATE = House(
    code="EGH", name="Eastgate General Hospital",
    lines=["Histopathology Department", "Eastgate Lane, Wexmoor WX7 2ZZ", "Switchboard 01632 960 777"],
    family="times", size=9.8, pagesize=A4, letterhead="centered",
    pageno="- {p} of {n} -", pageno_pos="center", tick="x", grid="full",
    footer="Eastgate General Hospital Histopathology. Please quote the laboratory number on all correspondence.")

GREYWATER = House(
    code="GUH", name="Greywater University Hospital",
    lines=["Institute of Neuropathology", "Greywater Campus, Station Road, Greywater GW1 9ZZ", "Neuropathology secretaries 01632 960 552"],
    family="times", size=9.6, pagesize=A4, letterhead="rule", accent=colors.Color(0.35, 0.1, 0.35),
    pageno="Page {p} of {n}", pageno_pos="right", tick="fill", grid="rows",
    footer="Integrated diagnosis follows the current WHO classification of CNS tumours. Supplementary molecular results may follow.")
