"""Reports 5911-5920."""
from reportlab.lib import colors
from reportlab.platypus import PageBreak, CondPageBreak

from common import L, Meta, report
from houses import (COBALT, EASTGATE, GREYWATER, KESTREL, LAKESHORE, NORTHFIELD, PINECREST,
                    RIVERBEND, ST_COLUMBA)

LIGHT = colors.Color(0.9, 0.9, 0.9)


# ----------------------------------------------------------------------------- 5911
@report("5911", PINECREST,
        Meta("5911", "Patient K", "PC-00913348", "04/17/2022", "M", "PCS26-0219", "01/12/2026", "01/12/2026",
             "01/23/2026", "Naomi Fairweather, MD (Oncology)", title="Tumor biomarker supplement"),
        [L("GD2", "expression", "positive", ["Positive, strong", "About 90% of tumor cells"], percent=90),
         L("ALK", "mutation", "positive", ["p.F1174L"], alteration="F1174L"),
         L("ALK", "expression", "positive", ["Positive, moderate", "ALK protein IHC, D5F3"])],
        doc="Paediatric pathology tumour biomarker supplement (neuroblastoma) with ancillary table and tick boxes",
        tumour="neuroblastoma, adrenal",
        kinds=["GRID", "OOS", "TICK", "KV2", "PEND", "CMT"])
def r5911(r):
    s = []
    s.append(r.h("Pediatric Surgical Pathology", "h1"))
    s.append(r.p("<b>Supplementary report: tumor biomarkers and molecular studies</b>"))
    s.append(r.kv([("Patient", "Patient K"), ("MRN", "PC-00913348"), ("DOB / age", "04/17/2022 (3 y 9 m)"),
                   ("Sex", "M"), ("Case", "PCS26-0219"), ("Procedure", "Open biopsy, left adrenal mass"),
                   ("Collected", "01/12/2026"), ("Oncologist", "Naomi Fairweather, MD"),
                   ("Original report", "01/15/2026"), ("Supplement", "01/23/2026")], cols=2, kw=0.14, vw=0.36, style="grid"))
    s.append(r.h("Diagnosis (from original report)", "h3"))
    s.append(r.p("Left adrenal mass, biopsy: <b>Neuroblastoma, poorly differentiated</b>, Schwannian stroma-poor. "
                 "Mitosis-karyorrhexis index (MKI): intermediate (2-4%, 140/5000 cells). International "
                 "Neuroblastoma Pathology Classification: unfavorable histology for age."))
    s.append(r.h("Ancillary studies", "h3"))
    rows = [["Test", "Method / clone", "Result", "Detail", "Comment"],
            ["GD2", "IHC, anti-GD2 (14G2a)", "Positive, strong membranous", "About 90% of tumor cells; H-score 270",
             "Frozen-section validated assay"],
            ["ALK protein", "IHC, D5F3", "Positive, moderate granular", "Cytoplasmic, about 70% of tumor cells", ""],
            ["ALK", "Sequencing, exons 23-25 (tumor DNA)", "c.3522C&gt;A p.F1174L", "VAF 31%", "Pathogenic; see comment"],
            ["PHOX2B", "IHC", "Positive", "Nuclear, diffuse", ""],
            ["Synaptophysin", "IHC", "Positive", "", ""],
            ["CD99", "IHC", "Negative", "", "Ewing sarcoma not favored"],
            ["MYCN", "FISH (MYCN / CEP2)", "Not amplified", "Mean MYCN 2.3 / nucleus; ratio 1.1", ""],
            ["1p36 / 11q23", "FISH", "No deletion", "", ""],
            ["DNA ploidy", "Flow cytometry", "Diploid", "DNA index 1.0", ""],
            ["ALK, tumor/normal", "Paired germline sequencing", "Pending", "", "Blood not yet received"]]
    s.append(r.grid(rows, [0.14, 0.2, 0.2, 0.24, 0.22], zebra=True, head_bg=colors.Color(0.82, 0.92, 0.86)))
    s.append(r.sm("Controls: GD2 positive control (neuroblastoma cell line pellet) and negative control (tonsil) "
                  "acceptable. ALK IHC control: ALK-positive lymphoma and normal appendix, acceptable."))
    s.append(r.h("Anti-GD2 immunotherapy screening", "h3"))
    s.append(r.ticks(["Not assessable", "< 10%", "10-49%", ">= 50% of tumor cells"], 3, label="GD2 expression:"))
    s.append(r.ticks(["Weak", "Moderate", "Strong"], 2, label="Predominant intensity:"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The tumor shows strong and diffuse GD2 expression. An activating ALK kinase-domain variant, "
                 "F1174L, is present at a variant allele fraction of 31%; this hotspot is associated with "
                 "sensitivity to ALK inhibitors in clinical studies. Whether the variant is somatic or germline "
                 "cannot be determined until the paired blood sample is analysed (ordered 01/20/2026). MYCN is not "
                 "amplified. Together with age and histology these findings are forwarded for risk stratification."))
    s.append(r.j("The patient's older sibling was reported by the family to have been tested for ALK at another "
                 "center; that result is not available to us and has not been verified."))
    s.append(r.h("Methods", "h3"))
    s.append(r.sm("GD2 IHC on OCT-embedded frozen tissue (ganglioside antigen is partially lost in paraffin); "
                  "ALK IHC and sequencing on FFPE block A2 (tumor 80%). Sequencing: amplicon-based, exons 23-25 "
                  "of ALK, limit of detection 5% VAF. MYCN and 1p/11q FISH performed by the Cytogenetics "
                  "Laboratory (report CG26-0042)."))
    s.append(r.sp(6))
    s.append(r.sign("Tobias Ekwueme, MD", "Pediatric Pathologist", "Electronically signed 01/23/2026", seed=43))
    return s


# ----------------------------------------------------------------------------- 5912
@report("5912", COBALT,
        Meta("5912", "Patient L", "Subject 214-031-007", "n/a (year 1959)", "M", "CTCL-214-26-00391", "11/04/2024",
             "01/28/2026", "02/04/2026", "Site 031 PI: Dr. E. Marquardt", title="Protocol CTX-MSLN-214"),
        [L("Mesothelin", "expression", "positive", ["Positive", "Meets criterion"])],
        doc="Clinical trial central laboratory screening IHC report (mesothelin) with exploratory stains and tick box",
        tumour="pleural mesothelioma, epithelioid",
        kinds=["GRID", "TICK", "CTRL", "OOS", "LEG", "KV2"])
def r5912(r):
    s = []
    s.append(r.h("Central Laboratory Screening Report", "h1"))
    s.append(r.p("Protocol CTX-MSLN-214: an open-label phase 1/2 study of an anti-mesothelin antibody-drug "
                 "conjugate in advanced solid tumours (fictitious protocol)", r.s.ital))
    s.append(r.kv([("Subject ID", "214-031-007"), ("Patient", "Patient L"), ("Site", "031 - Harborview Cancer "
                   "Institute"), ("Year of birth / sex", "1959 / M"), ("Principal investigator", "Dr. E. Marquardt"),
                   ("Lab accession", "CTCL-214-26-00391"), ("Sample", "Archival FFPE block P24-6650 A3 (pleural "
                   "biopsy)"), ("Block collection date", "11/04/2024"), ("Received", "01/28/2026"),
                   ("Reported", "02/04/2026"), ("Visit", "Pre-screening"), ("Report version", "1.0 (original)")],
                  cols=2, kw=0.17, vw=0.33, style="box"))
    s.append(r.h("Sample adequacy", "h3"))
    s.append(r.kv([("H&amp;E review", "Epithelioid mesothelioma, confirmed"), ("Viable tumour cells", "&gt; 1,000"),
                   ("Necrosis", "&lt; 10%"), ("Block age", "15 months (within protocol limit of 36)")],
                  cols=2, kw=0.17, vw=0.33))
    s.append(r.h("Results", "h3"))
    rows = [["Assay", "Antibody", "Result", "Membrane staining, % tumour cells by intensity", "H-score",
             "Protocol criterion", "Assessment"],
            ["Mesothelin (eligibility)", "SP74", "Positive", "0: 10%  1+: 20%  2+: 40%  3+: 30%", "190",
             "&gt;= 50% tumour cells at &gt;= 2+", "Meets criterion (70%)"],
            ["FR-alpha (exploratory)", "FOLR1-2.1", "Positive", "0: 35%  1+: 25%  2+: 30%  3+: 10%", "115",
             "None (exploratory)", "Not applicable"],
            ["TROP2 (exploratory)", "EPR20043", "Positive", "0: 5%  1+: 15%  2+: 50%  3+: 30%", "205",
             "None (exploratory)", "Not applicable"],
            ["BAP1 (diagnostic)", "C-4", "Loss", "Nuclear loss in tumour; retained in stroma", "", "", "Supports diagnosis"],
            ["Mesothelin control (pancreas cancer TMA)", "SP74", "Acceptable", "Expected 2+/3+ pattern", "",
             "", "Run valid"],
            ["Negative reagent control", "Rabbit IgG", "Acceptable", "No staining", "", "", "Run valid"]]
    s.append(r.grid(rows, [0.16, 0.1, 0.1, 0.22, 0.08, 0.16, 0.18], head_bg=LIGHT))
    s.append(r.sp(6))
    s.append(r.ticks(["Eligible (biomarker criterion met)", "Not eligible", "Not evaluable"], 0,
                     label="Screening outcome:"))
    s.append(r.sp(4))
    s.append(r.h("Scoring notes", "h3"))
    s.append(r.grid([["Intensity", "Description"], ["0", "No membrane staining"],
                     ["1+", "Faint, barely perceptible membrane staining at 20x-40x"],
                     ["2+", "Moderate membrane staining visible at 10x"], ["3+", "Strong membrane staining visible at 4x"]],
                    [0.12, 0.5], cellstyle="cellsm", style="rows"))
    s.append(r.sp(4))
    s.append(r.j("Two trained readers scored the slide independently (concordance within 10% for each intensity "
                 "bin); the consensus is shown. Cytoplasmic staining without a membrane component was not counted. "
                 "Mesothelin (SP74) is an investigational use only assay within this protocol. FR-alpha and TROP2 "
                 "are reported for exploratory analysis only and do not determine eligibility. The subject's "
                 "eligibility is decided by the sponsor and investigator together with all other criteria."))
    s.append(r.sp(6))
    s.append(r.side(r.sign("Vivian Achterberg, MD", "Reading Pathologist", "02/04/2026", seed=47),
                    r.sign("QA review: D. Szymanski", "Quality Assurance Specialist", "02/04/2026", seed=48, drawn=False),
                    lw=0.5))
    s.append(r.sp(4))
    s.append(r.sm("Distribution: sponsor data management (electronic transfer), site 031 study coordinator. Residual "
                  "block returned to site after 90 days unless retention is requested."))
    return s


# ----------------------------------------------------------------------------- 5913
@report("5913", COBALT,
        Meta("5913", "Patient M", "Subject 118-104-002", "n/a (year 2004)", "F", "CTCL-118-26-00077", "various",
             "01/06/2026", "01/22/2026", "Site 104 PI: Dr. H. Lindgren", title="Protocol CTX-GD2-118"),
        [L("GD2", "expression", "negative", ["Negative", "Criterion not met"])],
        doc="Trial screening IHC (GD2) on two specimens: first not evaluable, second scored", tumour="osteosarcoma, lung metastasis",
        kinds=["MULTI", "PEND", "TICK", "GRID", "OOS", "CMT"])
def r5913(r):
    s = []
    s.append(r.h("Central Laboratory Screening Report", "h1"))
    s.append(r.p("Protocol CTX-GD2-118 - anti-GD2 bispecific antibody in relapsed sarcoma (fictitious protocol). "
                 "<b>Report version 2.0: supersedes version 1.0 (specimen 1 not evaluable).</b>"))
    s.append(r.kv([("Subject ID", "118-104-002"), ("Patient", "Patient M"), ("Site", "104 - Northgate University Hospital"),
                   ("Year of birth / sex", "2004 / F"), ("Accession", "CTCL-118-26-00077"), ("Received", "01/06/2026 and 01/15/2026"),
                   ("Diagnosis (site)", "High-grade osteosarcoma, relapsed"), ("Reported", "01/22/2026")],
                  cols=2, kw=0.17, vw=0.33, style="box"))
    s.append(r.h("Specimens", "h3"))
    rows = [["No.", "Specimen / block", "Collected", "Processing", "Viable tumour cells", "Evaluable", "GD2 result"],
            ["1", "Distal femur resection, block B3", "03/2019", "Acid decalcification", "&lt; 100", "No",
             "Not evaluable - see note"],
            ["2", "Lung metastasectomy, right lower lobe, block A2", "10/2025", "None", "approx. 2,000", "Yes",
             "Negative"]]
    s.append(r.grid(rows, [0.05, 0.25, 0.1, 0.15, 0.13, 0.1, 0.22], head_bg=LIGHT))
    s.append(r.sp(4))
    s.append(r.p("<b>Note on specimen 1:</b> tumour cells were sparse and acid decalcification had abolished "
                 "staining in the on-block internal reference; the specimen could not be scored and re-submission of "
                 "this block is not recommended. Version 1.0 of this report was issued as 'not evaluable' on "
                 "01/09/2026 and the site supplied specimen 2."))
    s.append(r.h("Specimen 2 - scoring detail", "h3"))
    rows = [["Stain", "Clone", "0", "1+", "2+", "3+", "H-score", "Criterion", "Assessment"],
            ["GD2", "Investigational (mouse IgG3)", "95%", "5%", "0%", "0%", "5", "H-score &gt;= 50", "Criterion not met"],
            ["B7-H3 (exploratory)", "SP265", "10%", "20%", "40%", "30%", "190", "-", "Not applicable"],
            ["SATB2 (diagnostic)", "EP281", "", "", "", "", "", "-", "Nuclear, positive"],
            ["GD2 control (neuroblastoma xenograft)", "", "", "", "", "", "", "3+ expected", "Acceptable"]]
    s.append(r.grid(rows, [0.15, 0.16, 0.06, 0.06, 0.06, 0.06, 0.08, 0.14, 0.23]))
    s.append(r.sp(6))
    s.append(r.box([r.p("<b>GD2 (specimen 2): Negative</b> - only rare tumour cells with faint membrane staining. "
                        "The protocol threshold for enrolment is not met."),
                    r.ticks(["Eligible", "Not eligible", "Not evaluable (request new specimen)"], 1,
                            label="Outcome:")], width_frac=0.85))
    s.append(r.h("Comments", "h3"))
    s.append(r.j("GD2 is a disialoganglioside; staining in formalin-fixed tissue is weaker than in frozen tissue and "
                 "the protocol assay was validated on FFPE material with a threshold H-score of 50. Heterogeneity "
                 "between primary and metastatic osteosarcoma is recognised, but specimen 1 cannot be used to "
                 "assess it. B7-H3 is reported for the sponsor's exploratory objectives."))
    s.append(r.sp(6))
    s.append(r.sign("Rafael Montoya-Kirsch, MD", "Reading Pathologist", "01/22/2026", seed=53))
    return s


# ----------------------------------------------------------------------------- 5914
@report("5914", EASTGATE,
        Meta("5914", "Patient N", "EG-552901-K", "30/08/1969", "F", "EH26-01590", "22/01/2026", "22/01/2026",
             "05/02/2026", "Miss C. Fotheringham", title=""),
        [L("ER", "expression", "positive", ["100%, strong"], percent=100),
         L("ER", "expression", "positive", ["95%, moderate to strong"], percent=95),
         L("PR", "expression", "positive", ["70%, strong"], percent=70),
         L("PR", "expression", "negative", ["0% (Allred 0)"], percent=0),
         L("HER2", "expression", "negative", ["1+ (HER2-low)"], ihc_score="1+"),
         L("HER2", "expression", "negative", ["0 (no staining)"], ihc_score="0"),
         L("Ki-67", "expression", "reported", ["15%"], percent=15),
         L("Ki-67", "expression", "reported", ["30%"], percent=30),
         L("HER2", "expression", "equivocal", ["HER2 2+"], ihc_score="2+", optional=True),
         L("HER2", "amplification", "negative", ["ratio 1.3"], ratio=1.3, optional=True)],
        doc="Breast excision histopathology report, two tumours with a per-tumour biomarker table",
        tumour="breast, multifocal invasive carcinoma",
        kinds=["MULTI", "GRID", "PRIOR", "KV2", "CMT", "WRAP"])
def r5914(r):
    s = []
    s.append(r.kv([("Surname / forename", "Patient N"), ("Lab No.", "EH26-01590"), ("Hospital No.", "EG-552901-K"),
                   ("Date of birth", "30/08/1969"), ("Consultant", "Miss C. Fotheringham"), ("Source", "Breast Unit / Ward 9"),
                   ("Received", "22/01/2026"), ("Reported", "05/02/2026")], cols=2, kw=0.16, vw=0.34))
    s.append(r.rule(width=1.2))
    s.append(r.p("<b>SPECIMEN:</b> Right breast wide local excision with wire (x2) and sentinel node biopsy."))
    s.append(r.p("<b>CLINICAL:</b> Two lesions R breast 12 o'clock and 10 o'clock, 25 mm apart. 12 o'clock core "
                 "(EH25-8812): grade 2 IDC, ER 8/8, PR 7/8, HER2 2+ with ISH not amplified (ratio 1.3, mean 2.9 "
                 "copies). 10 o'clock not biopsied (MRI-detected)."))
    s.append(r.p("<b>MACROSCOPY:</b>"))
    s.append(r.j("A: WLE, 88 x 70 x 42 mm, 96 g, orientated with sutures (long lateral, short superior). Two wires "
                 "in situ. Sliced medial to lateral into 12 slices. Slice 5-6: firm stellate tumour, 21 mm, around "
                 "wire 1 (12 o'clock) [A3-A6]. Slice 9: ill-defined firm area, 11 mm, around wire 2 (10 o'clock) "
                 "[B1-B3]. Distance between lesions 24 mm. Nearest margin superior, 6 mm. B: SLN x2, bisected, "
                 "all embedded."))
    s.append(r.p("<b>MICROSCOPY:</b>"))
    s.append(r.j("Tumour 1 (12 o'clock): invasive carcinoma of no special type, grade 2 (3+2+1), 21 mm, with "
                 "intermediate grade DCIS (extent 30 mm including invasive). Tumour 2 (10 o'clock): invasive "
                 "lobular carcinoma, classic type, 11 mm, grade 2 (3+2+1), E-cadherin negative. No lymphovascular "
                 "invasion. All margins clear of invasive disease (closest 6 mm superior) and DCIS (4 mm "
                 "posterior). Sentinel nodes: 0/2 (no isolated tumour cells on cytokeratin)."))
    s.append(r.p("<b>PROGNOSTIC AND PREDICTIVE MARKERS:</b>"))
    hdr = ["Marker", "Tumour 1, 12 o'clock, NST (block A4)", "Tumour 2, 10 o'clock, lobular (block B2)"]
    rows = [hdr,
            ["Oestrogen receptor", "Positive: 100%, strong (Allred 8)", "Positive: 95%, moderate to strong (Allred 8)"],
            ["Progesterone receptor", "Positive: 70%, strong (Allred 7)", "Negative: 0% (Allred 0)"],
            ["HER2 IHC (4B5)", "1+ (HER2-low)", "0 (no staining)"],
            ["HER2 ISH", "Not repeated (core result available)", "Not indicated"],
            ["Ki-67 (MIB-1)", "15%", "30%"],
            ["E-cadherin", "Retained", "Lost"]]
    s.append(r.grid(rows, [0.24, 0.38, 0.38], head_bg=LIGHT))
    s.append(r.sp(4))
    s.append(r.p("Internal controls (normal epithelium) present and appropriate on all slides. External controls "
                 "satisfactory.", r.s.small))
    s.append(r.p("<b>COMMENT:</b>"))
    s.append(r.j("The two invasive tumours differ in type and in hormone receptor profile and are regarded as "
                 "separate primaries for staging (multifocal, m). Tumour 2 is PR negative and has a higher Ki-67. "
                 "HER2 in tumour 1 scores 1+ on the excision, lower than on the core (HER2 2+, ISH not "
                 "amplified); both results are HER2-negative and ISH was not repeated. Tumour 2 is HER2 0; "
                 "faint incomplete staining was not seen in any tumour cells (not 'ultralow')."))
    s.append(r.p("<b>SUMMARY / SYNOPTIC DATA:</b>"))
    s.append(r.kv([("Invasive tumour size", "21 mm (T1) and 11 mm (T2)"), ("Whole tumour size", "30 mm"),
                   ("Type", "NST (T1); lobular classic (T2)"), ("Grade", "2 and 2"), ("LVI", "Not seen"),
                   ("Margins", "Clear (6 mm invasive, 4 mm DCIS)"), ("Nodes", "0/2 SLN"), ("pTNM", "pT2(m) pN0(sn)"),
                   ("ER / PR", "Pos/Pos (T1); Pos/Neg (T2)"), ("HER2", "Negative both (1+ and 0)")],
                  cols=2, kw=0.18, vw=0.32, style="grid"))
    s.append(r.sp(4))
    s.append(r.p("<b>DIAGNOSIS:</b> Right breast WLE and SLNB: two invasive carcinomas (NST grade 2, 21 mm; "
                 "lobular grade 2, 11 mm) with DCIS, margins clear, SLN 0/2. pT2(m) N0(sn)."))
    s.append(r.sp(8))
    s.append(r.sign("Dr P. Onyekachi-Hale", "Consultant Pathologist", "Reported 05/02/2026 (typed KW)", seed=59, drawn=False))
    return s


# ----------------------------------------------------------------------------- 5915
@report("5915", NORTHFIELD,
        Meta("5915", "PATIENT O", "00522910", "07/19/1955", "M", "S26-01344", "02/12/2026", "02/12/2026",
             "02/20/2026", "D. MCALLISTER MD"),
        [L("HER2", "expression", "equivocal", ["SCORE 2+ (EQUIVOCAL)"], ihc_score="2+"),
         L("HER2", "amplification", "negative", ["HER2 GENE NOT AMPLIFIED", "RATIO 1.8"], ratio=1.8)],
        doc="LIS printout: gastric biopsy HER2 IHC with brightfield dual ISH counts", tumour="stomach, adenocarcinoma",
        kinds=["FISH", "CMT", "PEND", "HEAD", "LEG"])
def r5915(r):
    s = []
    m = r.s.mono
    P = lambda t: r.p(t, m)
    s.append(P("<b>SURGICAL PATHOLOGY - SPECIAL STUDIES REPORT</b>"))
    s.append(r.kv([("PATIENT:", "PATIENT O"), ("ACCESSION:", "S26-01344"), ("MRN:", "00522910"),
                   ("COLLECTED:", "02/12/2026 0810"), ("DOB/AGE:", "07/19/1955 (70Y)"), ("REPORTED:", "02/20/2026 1415"),
                   ("PHYSICIAN:", "D. MCALLISTER MD"), ("CLINIC:", "GI ENDOSCOPY")], cols=2, kw=0.15, vw=0.35,
                  bold_keys=False))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("SPECIMEN: STOMACH, ANTRUM/BODY, ENDOSCOPIC BIOPSIES (7 FRAGMENTS), BLOCK A1"))
    s.append(P("DIAGNOSIS (02/14/2026): INVASIVE ADENOCARCINOMA, INTESTINAL TYPE, MODERATELY DIFFERENTIATED."))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>HER2 IMMUNOHISTOCHEMISTRY (CLONE 4B5), BLOCK A1</b>"))
    s.append(P("RESULT: SCORE 2+ (EQUIVOCAL)"))
    s.append(P("FINDINGS: WEAK TO MODERATE COMPLETE, BASOLATERAL OR LATERAL MEMBRANOUS STAINING IN A CLUSTER OF "
               "MORE THAN 5 TUMOR CELLS IN 2 OF 7 FRAGMENTS. REMAINING FRAGMENTS 0-1+."))
    s.append(P("SCORING (GASTRIC BIOPSY CRITERIA): 0 = NO REACTIVITY OR &lt;5 CELLS; 1+ = FAINT/BARELY PERCEPTIBLE "
               "IN CLUSTER &gt;=5 CELLS; 2+ = WEAK-MODERATE COMPLETE/BASOLATERAL/LATERAL IN CLUSTER &gt;=5 CELLS; "
               "3+ = STRONG COMPLETE/BASOLATERAL/LATERAL IN CLUSTER &gt;=5 CELLS."))
    s.append(P("REFLEX ISH ORDERED 02/16/2026 PER PROTOCOL."))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>HER2 DUAL ISH (BRIGHTFIELD, HER2 BLACK / CEN17 RED), BLOCK A1</b>"))
    rows = [["AREA", "CELLS", "HER2 SIG", "CEN17 SIG", "HER2/CELL", "CEN17/CELL", "RATIO"],
            ["FRAGMENT 3 (IHC 2+ AREA)", "20", "68", "36", "3.40", "1.80", "1.89"],
            ["FRAGMENT 6 (IHC 2+ AREA)", "20", "60", "35", "3.00", "1.75", "1.71"],
            ["TOTAL", "40", "128", "71", "3.20", "1.78", "1.80"]]
    s.append(r.grid(rows, [0.28, 0.1, 0.12, 0.12, 0.13, 0.13, 0.12], cellstyle="mono", style="open"))
    s.append(r.sp(4))
    s.append(P("RESULT: HER2 GENE NOT AMPLIFIED. HER2/CEN17 RATIO 1.8; AVERAGE HER2 COPY NUMBER 3.2 PER CELL."))
    s.append(P("NOTE: A SEPARATE CLUSTER OF APPROX 10 CELLS IN FRAGMENT 3 SHOWED HER2 SIGNAL CLUSTERS (SEPARATE "
               "COUNT OF 10 CELLS: RATIO 2.6). THIS GROUP IS SMALLER THAN THE CELL NUMBER REQUIRED FOR SCORING AND "
               "IS NOT USED FOR THE RESULT. IF CLINICALLY INDICATED, TESTING OF A RESECTION OR REPEAT BIOPSY "
               "IS SUGGESTED."))
    s.append(P("INTERPRETATION: HER2 NEGATIVE FOR THE PURPOSE OF TRASTUZUMAB ELIGIBILITY (IHC 2+, ISH NOT "
               "AMPLIFIED)."))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>OTHER STUDIES ON THIS CASE</b>"))
    s.append(P("PD-L1 22C3 (CPS): ORDERED 02/16/2026 - IN PROGRESS, TO FOLLOW AS ADDENDUM.<br/>"
               "MISMATCH REPAIR IHC: SEE SEPARATE ACCESSION S26-01351.<br/>"
               "CLAUDIN 18.2: NOT ORDERED."))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("METHOD: IHC ON AUTOMATED PLATFORM WITH ON-SLIDE CELL LINE CONTROL (ACCEPTABLE). DUAL ISH WITH "
               "SILVER/RED CHROMOGENS ON THE SAME PLATFORM; 40 NUCLEI ENUMERATED IN TWO IHC-EQUIVOCAL AREAS. "
               "AMPLIFIED = RATIO &gt;= 2.0. FIXATION 6-72H CONFIRMED."))
    s.append(P("ELECTRONICALLY SIGNED: M. ABERNETHY-KOWALCZYK MD 02/20/2026 1415"))
    return s


# ----------------------------------------------------------------------------- 5916
@report("5916", ST_COLUMBA,
        Meta("5916", "Patient P", "SC-0811270", "16/03/1977", "F", "SC26-H-00164", "02/01/2026", "02/01/2026",
             "19/01/2026", "Ms A. Kavanagh", title="AMENDED REPORT"),
        [L("ER", "expression", "positive", ["Positive, 90%"], percent=90),
         L("PR", "expression", "positive", ["Low positive, 5%"], percent=5),
         L("HER2", "expression", "negative", ["Score 0 (ultralow)"], ihc_score="0")],
        doc="Amended breast receptor report: PR revised, earlier value struck; tick boxes",
        tumour="breast, invasive carcinoma NST",
        kinds=["AMEND", "TICK", "GRID", "CTRL", "KV2", "CMT"])
def r5916(r):
    s = []
    s.append(r.box([r.p("<b>AMENDED REPORT - supplementary report no. 1.</b> This report amends the progesterone "
                        "receptor result issued on 05/01/2026. Other results are unchanged.")], line=1.5))
    s.append(r.sp(6))
    s.append(r.kv([("Name", "Patient P"), ("Hospital No.", "SC-0811270"), ("D.O.B.", "16/03/1977"),
                   ("Laboratory No.", "SC26-H-00164"), ("Consultant", "Ms A. Kavanagh (Breast Surgery)"),
                   ("Specimen", "Left breast, 3 o'clock, core biopsies x 4"), ("Taken", "02/01/2026"),
                   ("Original report", "05/01/2026"), ("Amended", "19/01/2026")], cols=1, kw=0.25, vw=0.75))
    s.append(r.h("Reason for amendment", "h3"))
    s.append(r.j("A retrospective quality review of the immunohistochemistry run of 04/01/2026 found that the "
                 "progesterone receptor external control (tonsil and endometrium) showed weaker staining than "
                 "expected. All PR results from that run were repeated on a new section (block A1) with a fresh "
                 "lot of antibody and satisfactory controls. In this case the repeat shows a small population of "
                 "weakly to moderately staining tumour nuclei."))
    s.append(r.h("Biomarker results", "h3"))
    rows = [["Marker (clone)", "As reported 05/01/2026", "Amended result 19/01/2026"],
            ["ER (SP1)", "Positive, 90%, strong, Allred 8", "Unchanged"],
            ["PR (16)", "<strike>Negative, &lt;1%, Allred 0</strike>", "Low positive, 5%, weak to moderate, Allred 4"],
            ["HER2 IHC (4B5)", "Score 0 (ultralow)", "Unchanged"],
            ["Ki-67", "Not requested", "Not requested"]]
    s.append(r.grid(rows, [0.22, 0.39, 0.39], head_bg=colors.Color(0.88, 0.92, 0.88)))
    s.append(r.sp(6))
    s.append(r.h("Synoptic biomarker summary (amended)", "h3"))
    s.append(r.ticks(["Negative (<1%)", "Positive (>=1%)"], 1, label="ER status:"))
    s.append(r.ticks(["Negative (<1%)", "Low positive (1-10%)", "Positive (>10%)"], 1, label="PR status:"))
    s.append(r.ticks(["0", "1+", "2+", "3+"], 0, label="HER2 IHC score:"))
    s.append(r.ticks(["Null (no staining)", "Ultralow (faint, incomplete, <=10%)", "Not applicable"], 1,
                     label="HER2 0 subcategory:"))
    s.append(r.ticks(["Not amplified", "Amplified", "Not performed"], 2, label="HER2 ISH:"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("Progesterone receptor is now reported as low positive. Tumours with 1-10% receptor staining are "
                 "reported as positive, although the benefit of endocrine therapy driven by PR alone is uncertain; "
                 "the tumour is ER positive in any case. HER2 remains score 0 with faint incomplete staining in "
                 "about 5% of cells (HER2-ultralow category); this is a negative HER2 result. The clinical team "
                 "(Ms Kavanagh) was informed by telephone on 19/01/2026."))
    s.append(r.h("Diagnosis (unchanged)", "h3"))
    s.append(r.p("Left breast, 3 o'clock, core biopsies: invasive carcinoma of no special type, grade 2. B5b."))
    s.append(r.sp(8))
    s.append(r.sign("Dr Eoin Mac Giolla Rua, FRCPath", "Consultant Histopathologist", "Amendment authorised 19/01/2026", seed=61))
    return s


# ----------------------------------------------------------------------------- 5917
@report("5917", GREYWATER,
        Meta("5917", "Patient Q", "GW-4410328", "25/04/1988", "M", "NP26-0127", "13/01/2026", "13/01/2026",
             "04/02/2026", "Mr S. Halloran-Price (Neurosurgery)", title="Neuropathology"),
        [L("IDH1", "expression", "positive", ["IDH1 R132H"]),
         L("IDH1", "mutation", "positive", ["p.R132H"], alteration="R132H"),
         L("IDH2", "mutation", "negative", ["IDH2"]),
         L("TP53", "expression", "positive", ["strong nuclear staining in"], value=">90%"),
         L("Ki-67", "expression", "reported", ["12%"], percent=12),
         L("BRAF", "expression", "negative", ["BRAF V600E (VE1)"])],
        doc="Neuropathology layered integrated diagnosis report with IHC and molecular tables",
        tumour="brain, astrocytoma IDH-mutant",
        kinds=["GRID", "KV2", "HEAD", "OOS", "PEND", "CMT"])
def r5917(r):
    s = []
    s.append(r.h("Neuropathology Report", "h1"))
    s.append(r.kv([("Patient", "Patient Q"), ("Hospital no.", "GW-4410328"), ("Date of birth", "25/04/1988"),
                   ("Sex", "Male"), ("Neuropathology no.", "NP26-0127"), ("Operation date", "13/01/2026"),
                   ("Surgeon", "Mr S. Halloran-Price"), ("Final report", "04/02/2026")], cols=2, kw=0.18, vw=0.32))
    s.append(r.rule())
    s.append(r.h("Integrated (layered) diagnosis", "h2"))
    s.append(r.grid([["Integrated diagnosis", "<b>Astrocytoma, IDH-mutant, CNS WHO grade 3</b>"],
                     ["Histological diagnosis", "Diffuse astrocytic glioma with increased mitotic activity"],
                     ["CNS WHO grade", "3"],
                     ["Molecular information", "IDH1 p.R132H (immunohistochemistry and sequencing); ATRX loss; "
                      "1p/19q not codeleted; CDKN2A/B homozygous deletion not detected; MGMT promoter methylated"]],
                    [0.28, 0.72], header=0, style="full", bold_first_col=True))
    s.append(r.h("Clinical details", "h3"))
    s.append(r.p("37-year-old man with seizures; non-enhancing left frontal T2/FLAIR lesion with a small enhancing "
                 "focus. Subtotal resection."))
    s.append(r.h("Macroscopic description", "h3"))
    s.append(r.p("Multiple fragments of soft grey-white tissue, aggregate 38 x 30 x 12 mm, and a separate smear "
                 "sample. Entirely processed in blocks A1-A6."))
    s.append(r.h("Microscopic description", "h3"))
    s.append(r.j("Moderately cellular diffuse glioma composed of astrocytic cells with irregular hyperchromatic "
                 "nuclei, infiltrating cortex with perineuronal satellitosis. Mitoses are readily found (up to 4 per "
                 "10 hpf). There is no microvascular proliferation and no necrosis."))
    s.append(r.h("Immunohistochemistry", "h3"))
    rows = [["Antibody", "Result", "Comment"],
            ["IDH1 R132H (H09)", "Positive", "Strong cytoplasmic and nuclear staining of tumour cells"],
            ["ATRX", "Loss", "Lost in tumour nuclei; retained in endothelium (internal control)"],
            ["p53", "Mutant pattern", "strong nuclear staining in &gt;90% of tumour cells"],
            ["Ki-67 (MIB-1)", "12%", "Hot-spot labelling index"],
            ["Olig2", "Positive", ""], ["GFAP", "Positive", ""],
            ["H3 K27M", "Negative", ""], ["BRAF V600E (VE1)", "Negative", ""]]
    s.append(r.grid(rows, [0.24, 0.18, 0.58]))
    s.append(r.h("Molecular studies", "h3"))
    rows = [["Test", "Method", "Result"],
            ["IDH1 codon 132", "Pyrosequencing", "c.395G&gt;A, p.R132H detected"],
            ["IDH2 codon 172", "Pyrosequencing", "No mutation detected"],
            ["1p/19q", "FISH", "Not codeleted (1p/1q ratio 0.96; 19q/19p ratio 0.98)"],
            ["CDKN2A/B", "FISH", "No homozygous deletion"],
            ["MGMT promoter", "Methylation-specific pyrosequencing", "Methylated (mean 31%, cut-off 10%)"],
            ["TERT promoter", "Sanger", "Wild type"],
            ["DNA methylation array", "Classifier", "Sent to national reference centre - pending"]]
    s.append(r.grid(rows, [0.24, 0.3, 0.46]))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The tumour is an IDH-mutant astrocytoma: IDH1 R132H is shown both immunohistochemically and by "
                 "sequencing, with loss of ATRX and a mutant pattern of p53 expression, and 1p/19q is intact. The "
                 "mitotic activity supports CNS WHO grade 3. Absence of CDKN2A/B homozygous deletion and of necrosis "
                 "or microvascular proliferation argues against grade 4. Non-canonical IDH1 or IDH2 mutations were "
                 "not relevant here given the positive R132H result, but IDH2 was analysed as part of the standard "
                 "panel. Methylation profiling will be reported as an addendum if it changes the diagnosis."))
    s.append(r.sp(8))
    s.append(r.sign("Dr H. Vasilakopoulou", "Consultant Neuropathologist", "Authorised 04/02/2026", seed=67))
    s.append(r.sm("Discussed at the Neuro-oncology MDT 06/02/2026."))
    return s


# ----------------------------------------------------------------------------- 5918
@report("5918", KESTREL,
        Meta("5918", "Patient R", "KV0107764", "11/12/1984", "F", "26/KV-H/01412", "28/01/2026", "28/01/2026",
             "06/02/2026", "Dr B. Nakamura-Reid (Med Onc)", title="Supplementary report"),
        [L("PD-L1", "expression", "positive", ["IC 2%"], value="IC 2%"),
         L("PD-L1", "expression", "negative", ["CPS 6"], value="CPS 6"),
         L("AR", "expression", "positive", ["40%"], percent=40),
         L("ER", "expression", "negative", ["ER negative (0%)"], percent=0),
         L("PR", "expression", "negative", ["PR negative (0%)"], percent=0),
         L("HER2", "expression", "negative", ["HER2 negative (IHC 1+"], ihc_score="1+")],
        doc="Supplementary report on a triple-negative breast core: two PD-L1 assays with tick boxes, AR",
        tumour="breast, triple-negative carcinoma",
        kinds=["TICK", "HEAD", "PRIOR", "LEG", "PEND", "KV2", "CTRL"])
def r5918(r):
    s = []
    s.append(r.h("SUPPLEMENTARY REPORT", "h1"))
    s.append(r.p("Immune checkpoint (PD-L1) and androgen receptor studies"))
    s.append(r.kv([("Patient", "Patient R"), ("UR number", "KV0107764"), ("DOB", "11/12/1984"),
                   ("Our ref", "26/KV-H/01412 (supplement to 26/KV-H/01177)"), ("Requested by", "Dr B. Nakamura-Reid"),
                   ("Specimen", "Right breast 9 o'clock core biopsy, block A2"), ("Collected", "28/01/2026"),
                   ("Reported", "06/02/2026")], cols=2, kw=0.13, vw=0.37))
    s.append(r.rule())
    s.append(r.h("Background", "h3"))
    s.append(r.p("Invasive carcinoma NST, grade 3 (original report 26/KV-H/01177). Receptor status of this tumour: "
                 "ER negative (0%), PR negative (0%), HER2 negative (IHC 1+, HER2-low). Request: PD-L1 for "
                 "immunotherapy eligibility and AR for the trial screening log."))
    s.append(r.h("PD-L1 (SP142) - immune cell score", "bar"))
    s.append(r.kv([("Tumour-infiltrating immune cells staining (IC)", "IC 2% of tumour area"),
                   ("Result", "Positive (IC &gt;= 1%)"),
                   ("Controls", "Tonsil on-slide control appropriate")], cols=1, kw=0.4, vw=0.6))
    s.append(r.ticks(["IC < 1%", "IC >= 1%"], 1, label="SP142 category:"))
    s.append(r.h("PD-L1 (22C3) - combined positive score", "bar"))
    s.append(r.kv([("Combined positive score", "CPS 6"),
                   ("Result", "Negative (below CPS 10 cut-off for TNBC)"),
                   ("Viable tumour cells", "approx. 600 (adequate)"),
                   ("Controls", "Cell-line and tonsil controls appropriate")], cols=1, kw=0.4, vw=0.6))
    s.append(r.ticks(["CPS < 10", "CPS >= 10"], 0, label="22C3 category:"))
    s.append(r.h("Androgen receptor (SP107)", "bar"))
    s.append(r.kv([("Nuclear staining", "40%"), ("Intensity", "Moderate"), ("Interpretation", "Positive")],
                  cols=3, kw=0.12, vw=0.21))
    s.append(r.h("Other observations", "h3"))
    s.append(r.p("Stromal tumour-infiltrating lymphocytes (TILs): 20%. Germline BRCA1/BRCA2 testing has been "
                 "referred to the Familial Cancer Centre by the treating team (result not available to pathology)."))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The two PD-L1 assays measure different things and have different cut-offs: SP142 scores the "
                 "proportion of tumour area occupied by PD-L1 staining immune cells, 22C3 the combined positive "
                 "score. Here SP142 is positive while 22C3 is below the CPS 10 threshold; the assays are not "
                 "interchangeable and the relevant result depends on the agent being considered. AR is positive "
                 "(threshold 1% used for trial screening; some studies use 10%)."))
    s.append(r.grid([["Assay", "Score", "Cut-off used in this report"],
                     ["SP142", "IC: % tumour area with PD-L1+ immune cells", "&gt;= 1%"],
                     ["22C3", "CPS: PD-L1+ tumour + immune cells / viable tumour cells x 100", "&gt;= 10"],
                     ["AR (SP107)", "% tumour nuclei", "&gt;= 1% (trial); &gt;= 10% (some studies)"]],
                    [0.15, 0.55, 0.3], cellstyle="cellsm"))
    s.append(r.sp(8))
    s.append(r.sign("Dr Farida Okonkwo-Blaxland", "Pathologist, FRCPA", "Authorised 06/02/2026 09:12", seed=71))
    return s


# ----------------------------------------------------------------------------- 5919
@report("5919", RIVERBEND,
        Meta("5919", "Patient S", "LMC-4471060", "06/30/1963", "F", "FISH-26-0511", "02/09/2026", "02/12/2026",
             "02/17/2026", "Rosalind Achebe, MD", title="HER2 FISH"),
        [L("HER2", "amplification", "negative", ["NEGATIVE (NOT AMPLIFIED)", "1.6"], ratio=1.6),
         L("HER2", "expression", "equivocal", ["IHC 2+"], ihc_score="2+", optional=True)],
        doc="FISH report (HER2 with TOP2A) in group 4 with concurrent IHC review, interpretation box",
        tumour="breast, invasive ductal carcinoma",
        kinds=["FISH", "LEG", "CMT", "OOS", "PRIOR"])
def r5919(r):
    s = []
    s.append(r.h("HER2 FISH ANALYSIS - BREAST", "h1"))
    s.append(r.kv([("Patient", "Patient S"), ("MRN", "LMC-4471060"), ("DOB", "06/30/1963"), ("Sex", "F"),
                   ("Lab no.", "FISH-26-0511"), ("Referring case", "LS26-05218 A3 (Lakeshore Medical Center)"),
                   ("Specimen", "Left breast excision"), ("Collected", "02/09/2026"), ("Received", "02/12/2026"),
                   ("Reported", "02/17/2026"), ("Physician", "Rosalind Achebe, MD"), ("Probe set", "HER2 / TOP2A / CEP17")],
                  cols=2, kw=0.15, vw=0.35))
    s.append(r.sp(6))
    s.append(r.box([r.p("<b>INTERPRETATION: HER2 NEGATIVE (NOT AMPLIFIED)</b> - ASCO/CAP ISH group 4. See comment.")],
                   line=1.4))
    s.append(r.h("Enumeration", "h2"))
    rows = [["", "Reader 1", "Reader 2", "Combined"],
            ["Nuclei scored", "20", "20", "40"],
            ["Mean HER2 signals / nucleus", "4.9", "4.7", "4.8"],
            ["Mean CEP17 signals / nucleus", "3.1", "2.9", "3.0"],
            ["HER2/CEP17 ratio", "1.58", "1.62", "1.6"],
            ["Mean TOP2A signals / nucleus", "3.0", "3.0", "3.0"],
            ["TOP2A/CEP17 ratio", "0.97", "1.03", "1.0"]]
    s.append(r.grid(rows, [0.4, 0.2, 0.2, 0.2], cellstyle="cellc"))
    s.append(r.sp(4))
    s.append(r.p("Additional 20 nuclei were counted by reader 2 in a second area because mean HER2 copy number fell "
                 "between 4.0 and 6.0; results were concordant (mean HER2 4.6, ratio 1.55).", r.s.small))
    s.append(r.h("Concurrent IHC review", "h2"))
    s.append(r.p("HER2 IHC on the same block (Lakeshore, clone 4B5) was reviewed by our pathologist: IHC 2+, "
                 "weak to moderate complete membrane staining in about 20% of invasive cells, agreeing with the "
                 "referring report. The FISH scoring area was matched to the IHC 2+ area."))
    s.append(r.h("Comment", "h2"))
    s.append(r.j("The result falls into ASCO/CAP group 4 (ratio below 2.0, mean HER2 copy number 4.0 to below 6.0). "
                 "Per the 2018 guideline (affirmed 2023), with concurrent IHC of 2+ or less, group 4 is reported as "
                 "HER2 negative, with the comment that it is uncertain whether patients with this pattern benefit "
                 "from HER2-targeted therapy, because of limited trial data. Chromosome 17 centromere gain "
                 "(mean CEP17 3.0) is present. TOP2A is neither amplified nor deleted; TOP2A has no current "
                 "therapeutic role and is reported for completeness at the request of the referring oncologist."))
    s.append(r.h("ASCO/CAP dual-probe ISH groups", "h2"))
    s.append(r.grid([["Group", "Ratio", "Mean HER2 / cell", "Result"],
                     ["1", "&gt;= 2.0", "&gt;= 4.0", "Positive"],
                     ["2", "&gt;= 2.0", "&lt; 4.0", "Negative unless IHC 3+"],
                     ["3", "&lt; 2.0", "&gt;= 6.0", "Positive if IHC 2+/3+"],
                     ["4", "&lt; 2.0", "4.0 - &lt; 6.0", "Negative unless IHC 3+"],
                     ["5", "&lt; 2.0", "&lt; 4.0", "Negative"]],
                    [0.1, 0.2, 0.25, 0.45], cellstyle="cellsm", style="rows"))
    s.append(r.h("Method", "h2"))
    s.append(r.sm("Interphase FISH on 4 micron FFPE section; three-colour probe (HER2 17q12, TOP2A 17q21, CEP17). "
                  "Two independent readers, 20 nuclei each, invasive tumour only, areas selected by a pathologist "
                  "on the H&amp;E and IHC slides. Fixation time provided by client: 22 h."))
    s.append(r.sp(6))
    s.append(r.sign("Priya Castellanos, PhD, FACMG", "Clinical Cytogeneticist", "02/17/2026", seed=23))
    return s


# ----------------------------------------------------------------------------- 5920
@report("5920", LAKESHORE,
        Meta("5920", "Patient T", "LMC-2290475", "01/15/1966", "M", "LS26-03377", "01/29/2026", "01/29/2026",
             "02/20/2026", "Imran Shahzad, MD", title="Surgical Pathology - Addendum"),
        [L("MLH1", "expression", "positive", ["MLH1"]),
         L("PMS2", "expression", "positive", ["PMS2"]),
         L("MSH2", "expression", "positive", ["MSH2"]),
         L("MSH6", "expression", "positive", ["MSH6"]),
         L("MMR", "signature", "negative", ["proficient"]),
         L("HER2", "expression", "negative", ["Score 0"], ihc_score="0"),
         L("KRAS", "mutation", "positive", ["p.G12C"], alteration="G12C"),
         L("NRAS", "mutation", "negative", ["NRAS: No mutation detected"]),
         L("BRAF", "mutation", "negative", ["BRAF V600E: Not detected"])],
        doc="Colectomy surgical pathology report with synoptic, MMR table and a later molecular addendum",
        tumour="colon, sigmoid adenocarcinoma, stage IV",
        kinds=["KV2", "GRID", "PEND", "AMEND", "OOS", "TICK"])
def r5920(r):
    s = []
    s.append(r.p("<b><font size=13>SURGICAL PATHOLOGY REPORT</font></b>", r.s.center))
    s.append(r.p("ADDENDED - see Addendum 1 (molecular)", r.s.center))
    s.append(r.kv([("Patient:", "Patient T"), ("Accession #:", "LS26-03377"), ("MRN:", "LMC-2290475"),
                   ("Procedure date:", "01/29/2026"), ("DOB:", "01/15/1966 (60 y)"), ("Final report:", "02/03/2026"),
                   ("Sex:", "Male"), ("Addendum 1:", "02/20/2026"), ("Surgeon:", "Imran Shahzad, MD"),
                   ("Copies to:", "Oncology clinic (Dr. Y. Castellano)")], cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("ADDENDUM 1 - MOLECULAR RESULTS (02/20/2026)", "h2"))
    s.append(r.p("RAS/BRAF testing of block A4 performed at Sable Point Molecular Diagnostics (SP-26-M-1802), "
                 "report received 02/19/2026:"))
    s.append(r.p("KRAS: Mutation detected, c.34G&gt;T p.G12C (exon 2).<br/>NRAS: No mutation detected "
                 "(exons 2, 3, 4).<br/>BRAF V600E: Not detected."))
    s.append(r.j("Comment: KRAS G12C is present; the tumor is RAS-mutant. KRAS G12C-directed therapy in "
                 "combination with anti-EGFR antibody may be considered per current guidelines. This replaces "
                 "the 'pending' entry in the biomarker table of the original report, which is reproduced unchanged "
                 "below."))
    s.append(r.sign("Beatrix Oduya, MD", "Pathologist", "Addendum electronically signed 02/20/2026 08:40", seed=73, drawn=False))
    s.append(r.rule(width=1))
    s.append(r.h("FINAL DIAGNOSIS (02/03/2026)", "h2"))
    s.append(r.p("<b>A. Colon, sigmoid, resection:</b><br/>- Invasive adenocarcinoma, moderately differentiated, "
                 "4.6 cm.<br/>- Tumor invades through the muscularis propria into pericolorectal tissue (pT3).<br/>"
                 "- Metastatic carcinoma in 3 of 17 lymph nodes (pN1b).<br/>- Margins negative.<br/>"
                 "<b>B. Liver, segment III, wedge biopsy:</b> Metastatic adenocarcinoma consistent with colorectal "
                 "primary (pM1a)."))
    s.append(r.h("SYNOPTIC REPORT - COLON AND RECTUM", "h2"))
    s.append(r.kv([("Procedure", "Sigmoidectomy"), ("Tumor site", "Sigmoid colon"), ("Tumor size", "4.6 cm"),
                   ("Histologic type", "Adenocarcinoma"), ("Grade", "Low grade (G2)"), ("Tumor budding", "Low (3)"),
                   ("Depth", "Pericolorectal tissue"), ("LVI", "Small vessel present"), ("PNI", "Not identified"),
                   ("Tumor deposits", "Not identified"), ("Margins", "Negative"), ("Nodes", "3/17"),
                   ("Distant metastasis", "Liver (B)"), ("pTNM", "pT3 pN1b pM1a")], cols=2, kw=0.2, vw=0.3))
    s.append(r.h("BIOMARKER STUDIES (original report)", "h2"))
    rows = [["Test", "Block", "Result", "Interpretation"],
            ["MLH1 (IHC)", "A4", "Intact nuclear expression", ""],
            ["PMS2 (IHC)", "A4", "Intact nuclear expression", ""],
            ["MSH2 (IHC)", "A4", "Intact nuclear expression", ""],
            ["MSH6 (IHC)", "A4", "Intact nuclear expression", "MMR proficient"],
            ["HER2 (IHC, 4B5)", "A4", "Score 0", "Negative"],
            ["SATB2 (IHC)", "B1", "Positive", "Supports colorectal origin"],
            ["KRAS / NRAS / BRAF", "A4", "Sent out - pending", "See addendum"]]
    s.append(r.grid(rows, [0.25, 0.1, 0.35, 0.3], style="box"))
    s.append(r.sp(4))
    s.append(r.ticks(["Proficient (all intact)", "Deficient", "Cannot be determined"], 0,
                     label="Mismatch repair status:"))
    s.append(r.sp(4))
    s.append(r.j("Mismatch repair protein immunohistochemistry shows intact expression of all four proteins; the "
                 "tumor is MMR proficient and microsatellite instability testing was not performed. HER2 was "
                 "requested for metastatic disease; a score of 0 is negative (HER2-directed therapy in colorectal "
                 "cancer requires 3+, or 2+ with amplification)."))
    s.append(PageBreak())
    s.append(r.h("GROSS DESCRIPTION", "h2"))
    s.append(r.j("A. Received fresh labeled 'sigmoid colon' is a 24.0 cm segment of colon with attached mesentery. "
                 "An ulcerated, fungating mass, 4.6 x 3.9 x 1.2 cm, lies 8.0 cm from the distal margin and "
                 "involves 70% of the circumference. On sectioning it extends into the pericolic fat. Seventeen "
                 "lymph nodes are identified (0.2-1.6 cm). Sections: A1 proximal and distal margins; A2 radial "
                 "margin; A3-A6 tumor; A7-A12 lymph nodes."))
    s.append(r.j("B. Received in formalin labeled 'liver segment 3' is a wedge of liver 2.4 x 1.6 x 1.0 cm with a "
                 "firm white nodule 1.1 cm. Entirely submitted B1-B2."))
    s.append(r.h("MICROSCOPIC DESCRIPTION", "h2"))
    s.append(r.j("Moderately differentiated adenocarcinoma with dirty necrosis invades through the muscularis "
                 "propria. Small vessel lymphovascular invasion is present. Three lymph nodes contain metastases. "
                 "The liver nodule is metastatic adenocarcinoma with a similar morphology; SATB2 positive."))
    s.append(r.h("CLINICAL HISTORY", "h2"))
    s.append(r.p("Sigmoid mass on colonoscopy; liver lesion on CT. Sigmoidectomy and intraoperative liver biopsy."))
    s.append(r.sp(8))
    s.append(r.p("<i>Original diagnosis electronically signed 02/03/2026 by Beatrix Oduya, MD.</i>"))
    return s
