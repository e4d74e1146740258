"""Reports 5901-5910."""
from reportlab.lib import colors
from reportlab.platypus import PageBreak, CondPageBreak, KeepTogether

from common import L, Meta, report
from houses import (BELLAVISTA, HARROWGATE, KESTREL, LAKESHORE, MERIDIAN, NORTHFIELD,
                    RIVERBEND, SABLE_POINT, ST_COLUMBA)

GREY = colors.Color(0.88, 0.88, 0.88)


# ----------------------------------------------------------------------------- 5901
@report("5901", HARROWGATE,
        Meta("5901", "Patient A", "HD4471902", "14/06/1961", "F", "H26-04417", "02/03/2026", "02/03/2026",
             "06/03/2026", "Ms R. Thistlewood", title="BREAST CORE BIOPSY - BIOMARKERS"),
        [L("ER", "expression", "positive", ["Allred 8 (5+3)"], percent=95),
         L("PR", "expression", "positive", ["Allred 6 (4+2)"], percent=40),
         L("HER2", "expression", "equivocal", ["Equivocal (2+)"], ihc_score="2+"),
         L("Ki-67", "expression", "reported", ["25% (hot-spot"], percent=25)],
        doc="Breast core biopsy histology report with biomarker grid", tumour="breast, invasive carcinoma NST",
        kinds=["GRID", "WRAP", "CTRL", "LEG", "PEND", "OOS", "KV2"])
def r5901(r):
    s = []
    s.append(r.h("HISTOPATHOLOGY REPORT", "h1"))
    s.append(r.kv([("Patient", "Patient A"), ("Hospital no.", "HD4471902"), ("Date of birth", "14/06/1961"),
                   ("Sex", "Female"), ("Requested by", "Ms R. Thistlewood, Breast Surgery"),
                   ("Location", "Breast Unit, Clinic 3"), ("Lab number", "H26-04417"),
                   ("Specimen", "L breast 2 o'clock, US-guided 14G core biopsies (x3)"),
                   ("Taken", "02/03/2026 10:40"), ("Received", "02/03/2026 15:12"),
                   ("Authorised", "06/03/2026"), ("Report status", "FINAL (supplementary to follow)")],
                  cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("Clinical details", "rule"))
    s.append(r.p("L breast 2 o'clock, 19 mm irregular mass, U5. Axilla US normal. Triple assessment clinic. "
                 "? carcinoma. No previous breast history."))
    s.append(r.h("Macroscopy", "rule"))
    s.append(r.p("Three cores of pale tan tissue in formalin, 12, 14 and 16 mm in length. All embedded: "
                 "A1 (two cores), A2 (one core). Cold ischaemic time under 1 hour; fixation 26 hours (recorded "
                 "on request form). [BMcK]"))
    s.append(r.h("Microscopy", "rule"))
    s.append(r.j("All three cores contain invasive carcinoma of no special type, forming irregular nests and cords "
                 "infiltrating fibrous stroma. Tubule formation is scant (score 3), nuclei are moderately "
                 "pleomorphic (score 2) and 4 mitoses are counted per 10 hpf (score 1), giving a provisional grade "
                 "of 2 (total 6/9). A small focus of intermediate grade ductal carcinoma in situ of solid type is "
                 "present in A1. No lymphovascular invasion is identified in this limited sample. No "
                 "microcalcification is seen."))
    s.append(r.p("<b>B-category: B5b (invasive carcinoma).</b>"))
    s.append(r.h("Receptor and proliferation studies", "rule"))
    s.append(r.sm("Performed on block A1 unless stated. Scores are given for the invasive component only."))
    hdr = ["Marker", "Clone", "Block", "Staining result", "% tumour nuclei / cells", "Intensity", "Score",
           "Interpretation"]
    rows = [hdr,
            ["Oestrogen receptor (ER)", "SP1", "A1", "Nuclear staining present", "95", "Strong", "Allred 8 (5+3)",
             "Positive"],
            ["Progesterone receptor (PgR)", "16", "A1", "Nuclear staining present", "40", "Moderate",
             "Allred 6 (4+2)", "Positive"],
            ["HER2 protein", "4B5", "A1", "Weak to moderate complete membrane staining", "approx. 30",
             "Weak-moderate", "Equivocal (2+)", "See comment; ISH requested"],
            ["Ki-67 proliferation index", "MIB-1", "A2", "", "25% (hot-spot count, 500 nuclei)", "", "",
             "Intermediate"],
            ["E-cadherin", "NCH-38", "A1", "Membranous, retained", "", "", "", "Ductal phenotype"],
            ["CK5/6", "D5/16 B4", "A1", "Negative in invasive tumour", "", "", "", ""],
            ["Control: external (tonsil / multi-tissue block)", "", "", "ER, PgR, Ki-67 stained as expected",
             "", "", "", "Valid"],
            ["Control: HER2 cell line slide (0 / 1+ / 2+ / 3+)", "", "", "Graded staining as expected", "",
             "", "", "Valid"],
            ["Control: internal (normal lobules)", "", "", "Heterogeneous ER and PgR positivity present",
             "", "", "", "Valid"]]
    s.append(r.grid(rows, [0.15, 0.08, 0.06, 0.18, 0.13, 0.11, 0.13, 0.16], head_bg=GREY,
                    extra=[("BACKGROUND", (0, 7), (-1, 9), colors.Color(0.96, 0.96, 0.96))]))
    s.append(r.sp(8))
    allred = r.grid([["Proportion score", "Nuclei staining"], ["0", "none"], ["1", "&lt;1%"], ["2", "1-10%"],
                     ["3", "11-33%"], ["4", "34-66%"], ["5", "67-100%"],
                     ["Intensity score", "0 none, 1 weak, 2 moderate, 3 strong"]],
                    [0.16, 0.26], cellstyle="cellsm")
    her2leg = r.grid([["HER2 IHC score", "Criteria (invasive cells)"],
                      ["0", "No staining, or incomplete faint staining in &lt;=10%"],
                      ["1+", "Incomplete faint membrane staining in &gt;10%"],
                      ["2+", "Weak-moderate complete staining in &gt;10%, or strong complete in &lt;=10%"],
                      ["3+", "Strong complete staining in &gt;10%"]],
                     [0.1, 0.38], cellstyle="cellsm")
    s.append(r.side([r.p("<b>Allred scoring</b>", r.s.small), allred],
                    [r.p("<b>HER2 IHC scoring guide</b>", r.s.small), her2leg], lw=0.44))
    s.append(r.h("Comment", "rule"))
    s.append(r.j("HER2 immunohistochemistry is equivocal. In line with national guidance the tissue block (A1) "
                 "has been sent to the Regional Molecular Pathology Laboratory for HER2 dual-colour in situ "
                 "hybridisation. A supplementary report will be issued and decisions on HER2-directed therapy "
                 "should await it. ER and PgR are positive."))
    s.append(r.j("The Ki-67 index is provided for the multidisciplinary meeting; it is counted in the hot spot at "
                 "the invasive edge and is not validated in this laboratory as a stand-alone prognostic test. "
                 "Final grade and biomarkers will be reviewed on the excision specimen."))
    s.append(r.h("Summary", "rule"))
    s.append(r.p("<b>Left breast 2 o'clock, core biopsies: invasive carcinoma NST, provisional grade 2, with "
                 "intermediate grade DCIS. B5b. ER positive, PgR positive, HER2 equivocal (ISH pending).</b>"))
    s.append(r.sp(4))
    s.append(r.p("SNOMED: T04000 M85003"))
    s.append(r.sign("Dr A. Penhaligon", "Consultant Histopathologist", "Authorised 06/03/2026 16:02", seed=11))
    s.append(r.sp(4))
    s.append(r.sm("Reported at the breast MDT of 09/03/2026. Copy to: GP (Moorside Surgery); Breast Care Nurse "
                  "team. Antibody details and validation records are available from the laboratory on request."))
    return s


# ----------------------------------------------------------------------------- 5902
@report("5902", MERIDIAN,
        Meta("5902", "Patient B", "TCO-558120", "03/22/1974", "F", "M26-1187734", "02/11/2026", "02/16/2026",
             "02/19/2026", "Devika Raman, MD", title="HER2 DUAL ISH"),
        [L("HER2", "amplification", "positive", ["AMPLIFIED", "2.42"], ratio=2.42),
         L("HER2", "expression", "equivocal", ["HER2 IHC 2+"], ihc_score="2+", optional=True)],
        doc="Reference laboratory HER2 dual-probe ISH report (breast)", tumour="breast, invasive ductal carcinoma",
        kinds=["FISH", "LEG", "CTRL", "KV2", "PRIOR"])
def r5902(r):
    s = []
    s.append(r.h("HER2 GENE AMPLIFICATION ANALYSIS", "h1"))
    s.append(r.p("Dual-probe in situ hybridization (ERBB2 / chromosome 17 centromere), breast carcinoma", r.s.ital))
    s.append(r.kv([("Patient", "Patient B"), ("DOB / Sex", "03/22/1974 / F"), ("Client patient ID", "TCO-558120"),
                   ("Meridian accession", "M26-1187734"), ("Client", "Tri-County Oncology Associates"),
                   ("Client case", "S26-2231, block 2B"), ("Ordering physician", "Devika Raman, MD"),
                   ("Specimen", "Right breast, 10:00, core needle biopsy"), ("Collected", "02/11/2026"),
                   ("Received", "02/16/2026"), ("Reported", "02/19/2026"), ("Fixation", "10% NBF, 19 h (per requisition)")],
                  cols=2, kw=0.15, vw=0.35, style="grid"))
    s.append(r.sp(6))
    s.append(r.h("Reason for referral", "h3"))
    s.append(r.p("Reflex testing: HER2 IHC 2+ (equivocal) at the referring laboratory (Tri-County Pathology, "
                 "clone 4B5, reported 02/13/2026). The IHC slide was not submitted and has not been reviewed here."))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>RESULT</b>"),
                    r.p("<font size=12><b>HER2 (ERBB2): AMPLIFIED</b></font>"),
                    r.p("ASCO/CAP 2018 ISH group 1: HER2/CEP17 ratio &gt;= 2.0 and average HER2 copy number &gt;= "
                        "4.0 signals per cell.")], fill=colors.Color(0.97, 0.93, 0.93)))
    s.append(r.sp(8))
    s.append(r.h("Signal enumeration", "h3"))
    rows = [["Reader", "Nuclei scored", "Total HER2 signals", "Total CEP17 signals", "Mean HER2 / nucleus",
             "Mean CEP17 / nucleus", "HER2/CEP17 ratio"],
            ["Technologist 1 (area A)", "20", "94", "38", "4.70", "1.90", "2.47"],
            ["Technologist 2 (area B)", "20", "90", "38", "4.50", "1.90", "2.37"],
            ["Combined", "40", "184", "76", "4.60", "1.90", "2.42"]]
    s.append(r.grid(rows, [0.22, 0.11, 0.13, 0.13, 0.14, 0.14, 0.13],
                    extra=[("FONTNAME", (0, 3), (-1, 3), "Helvetica-Bold")]))
    s.append(r.sp(4))
    s.append(r.p("Heterogeneity: no distinct cluster of amplified cells making up more than 10% of the invasive "
                 "tumor was seen on scanning of the whole target area at 40x. Signals were evaluable in "
                 "&gt; 90% of invasive tumor nuclei; background was acceptable."))
    s.append(r.h("Run controls", "h3"))
    s.append(r.grid([["Control", "Expected", "Observed ratio", "Mean HER2 / nucleus", "Acceptable"],
                     ["Cell line pellet, amplified (high)", "Amplified", "5.90", "11.8", "Yes"],
                     ["Cell line pellet, non-amplified", "Not amplified", "1.02", "2.1", "Yes"],
                     ["Internal: normal ducts / stroma in section", "Disomic", "-", "1.9", "Yes"]],
                    [0.34, 0.16, 0.16, 0.18, 0.16]))
    s.append(r.h("Interpretation criteria (ASCO/CAP 2018, affirmed 2023)", "h3"))
    s.append(r.grid([["Group", "HER2/CEP17 ratio", "Mean HER2 copies / cell", "Reported as"],
                     ["1", "&gt;= 2.0", "&gt;= 4.0", "Amplified (positive)"],
                     ["2", "&gt;= 2.0", "&lt; 4.0", "Negative unless concurrent IHC 3+; IHC work-up required"],
                     ["3", "&lt; 2.0", "&gt;= 6.0", "Positive if concurrent IHC 2+ or 3+; otherwise negative"],
                     ["4", "&lt; 2.0", "&gt;= 4.0 and &lt; 6.0", "Negative unless concurrent IHC 3+ (comment)"],
                     ["5", "&lt; 2.0", "&lt; 4.0", "Not amplified (negative)"]],
                    [0.08, 0.2, 0.24, 0.48], cellstyle="cellsm", style="rows"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The combined ratio and copy number fall clearly within group 1; additional IHC correlation is "
                 "not required for a group 1 result. The referring laboratory's IHC score is quoted for context "
                 "only. This result applies to the invasive carcinoma in block 2B; any subsequent excision may "
                 "be retested at the clinician's discretion."))
    s.append(r.h("Methodology", "h3"))
    s.append(r.j("Four-micron section on charged slide; protease pretreatment; hybridization with a "
                 "laboratory-validated ERBB2 (17q12) / CEP17 (17p11.1-q11.1) dual-colour probe set; "
                 "fluorescence microscopy with DAPI counterstain. Two technologists each enumerated 20 "
                 "non-overlapping nuclei in separate areas of invasive carcinoma marked by a pathologist. "
                 "Estrogen receptor, PR and Ki-67 were not requested and were not performed by this laboratory."))
    s.append(r.sp(6))
    s.append(r.sign("Marcus Ilunga-Sato, MD, PhD", "Molecular Genetic Pathology", "Electronically signed 02/19/2026 14:41 ET", seed=5))
    s.append(r.sp(4))
    s.append(r.sm("Cc: Tri-County Pathology (client case S26-2231). Result also transmitted via interface "
                  "(order 7734-A). Meridian Reference Laboratories does not retain unstained slides beyond 30 days."))
    return s


# ----------------------------------------------------------------------------- 5903
@report("5903", ST_COLUMBA,
        Meta("5903", "Patient C", "SC-0738841", "09/11/1958", "M", "SC26-H-03318", "12/02/2026", "12/02/2026",
             "27/02/2026", "Mr F. Ó Riordáin", title="Oesophagogastrectomy"),
        [L("HER2", "expression", "positive", ["4B5 Positive 3+"], ihc_score="3+"),
         L("HER2", "expression", "negative", ["4B5 Negative 1+"], ihc_score="1+"),
         L("PD-L1", "expression", "positive", ["CPS 8"], value="CPS 8"),
         L("MLH1", "expression", "positive", ["MLH1"]),
         L("PMS2", "expression", "positive", ["PMS2"]),
         L("MSH2", "expression", "positive", ["MSH2"]),
         L("MSH6", "expression", "positive", ["MSH6"]),
         L("MMR", "signature", "negative", ["mismatch repair proficient"]),
         L("HER2", "expression", "negative", ["HER2 IHC score 0"], ihc_score="0", optional=True)],
        doc="Resection histopathology report with synoptic block and per-block biomarker table",
        tumour="oesophago-gastric junction adenocarcinoma (post-neoadjuvant)",
        kinds=["MULTI", "GRID", "KV2", "CTRL", "OOS", "PRIOR", "CMT", "WRAP"])
def r5903(r):
    s = []
    s.append(r.h("Histopathology Report", "h1"))
    s.append(r.kv([("Name", "Patient C"), ("Hospital No.", "SC-0738841"), ("D.O.B.", "09/11/1958"), ("Sex", "M"),
                   ("Consultant", "Mr F. Ó Riordáin (Upper GI Surgery)"), ("Ward", "St Brendan's"),
                   ("Laboratory No.", "SC26-H-03318"), ("Date received", "12/02/2026"),
                   ("Specimen", "Oesophagogastrectomy (two-stage Ivor Lewis)"), ("Date authorised", "27/02/2026")],
                  cols=2, kw=0.15, vw=0.35))
    s.append(r.rule(width=0.5))
    s.append(r.h("Clinical Information", "h3"))
    s.append(r.j("Siewert type II adenocarcinoma of the oesophago-gastric junction, cT3 N1 on staging CT/EUS. "
                 "Completed four cycles of perioperative FLOT. Pre-treatment endoscopic biopsy (SC25-H-11902): "
                 "adenocarcinoma, intestinal type, HER2 IHC score 0. Please repeat HER2 on resection, and PD-L1 "
                 "and MMR for the oncology MDT."))
    s.append(r.h("Macroscopic Description", "h3"))
    s.append(r.j("Received fresh and labelled 'oesophagus and proximal stomach': an oesophagogastrectomy "
                 "specimen, oesophagus 84 mm long and stomach 62 mm along the lesser curve. At the junction there is "
                 "an ulcerated tumour bed 38 x 30 mm, 4 mm proximal to the Z-line and extending onto the cardia, "
                 "centre 9 mm below the junction. The tumour abuts the adventitia. Proximal margin 61 mm, distal "
                 "margin 40 mm, circumferential margin 2 mm (inked green). Blocks: A1 proximal margin; A2 distal "
                 "margin; A3-A6 tumour at junction including CRM; B1-B8 tumour bed in cardia; C nodes as listed."))
    s.append(r.h("Microscopic Description", "h3"))
    s.append(r.j("Sections show residual moderately differentiated adenocarcinoma of intestinal type in the "
                 "muscularis propria and adventitia, with fibrosis, mucin pools and foam cells consistent with "
                 "therapy effect. Residual tumour forms a minority of the tumour bed (Mandard TRG 3). "
                 "Perineural invasion is present; lymphovascular invasion is seen in one focus. Two of "
                 "thirty-one lymph nodes contain metastatic carcinoma with regression changes."))
    s.append(r.h("Synoptic Summary (ICCR-style dataset)", "h3"))
    s.append(r.kv([("Tumour site", "OGJ, Siewert II"), ("Histological type", "Adenocarcinoma, intestinal"),
                   ("Differentiation", "Moderate"), ("Tumour regression", "Mandard TRG 3"),
                   ("Depth", "Adventitia"), ("Lymphovascular invasion", "Present"),
                   ("Perineural invasion", "Present"), ("Proximal margin", "Clear (61 mm)"),
                   ("Distal margin", "Clear (40 mm)"), ("Circumferential margin", "Clear (2 mm)"),
                   ("Lymph nodes", "2 / 31 positive"), ("Stage (TNM 8)", "ypT3 ypN1")],
                  cols=2, kw=0.2, vw=0.3, style="grid"))
    s.append(PageBreak())
    s.append(r.h("Biomarker Studies", "h2"))
    s.append(r.p("Immunohistochemistry on blocks A4 (residual tumour at the junction) and B7 (residual tumour in "
                 "the cardia). Automated staining platform; on-slide controls on every slide."))
    hdr = ["Block", "Test", "Clone / assay", "Result", "Score", "Notes"]
    rows = [hdr,
            ["A4", "HER2 IHC", "4B5", "Positive", "3+",
             "Strong complete / basolateral membrane staining in about 15% of tumour cells (resection criteria, "
             "&gt;= 10% required for 3+)"],
            ["B7", "HER2 IHC", "4B5", "Negative", "1+", "Faint, partial staining in scattered cells"],
            ["A4", "PD-L1", "22C3", "CPS 8", "", "See comment (post-treatment tissue)"],
            ["A4", "Claudin 18.2", "43-14A", "Positive", "2+/3+ in 80%", "Meets &gt;= 75% criterion used for "
             "zolbetuximab eligibility"],
            ["A4", "MLH1", "ES05", "Retained", "", ""],
            ["A4", "PMS2", "EP51", "Retained", "", ""],
            ["A4", "MSH2", "G219-1129", "Retained", "", ""],
            ["A4", "MSH6", "EP49", "Retained", "", "Weaker in areas of regression"],
            ["A4", "EBER ISH", "-", "Negative", "", ""],
            ["Ctrl", "HER2 3-in-1 cell line", "-", "As expected", "", "0 / 1+ / 3+ cores graded correctly"],
            ["Ctrl", "Tonsil", "-", "As expected", "", "MMR nuclear staining in germinal centres; PD-L1 in "
             "crypt epithelium"]]
    s.append(r.grid(rows, [0.07, 0.14, 0.12, 0.13, 0.14, 0.40], head_bg=colors.Color(0.86, 0.9, 0.86)))
    s.append(r.sp(6))
    s.append(r.p("<b>MMR status:</b> all four proteins retained in tumour nuclei - mismatch repair proficient "
                 "(pMMR)."))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("HER2 staining is heterogeneous between blocks. Block A4 meets resection criteria for score 3+, "
                 "whereas B7 is 1+; the tumour should be regarded as <b>HER2 positive</b> for treatment purposes and "
                 "ISH is not required. This differs from the pre-treatment biopsy (score 0), which sampled only "
                 "superficial tumour; heterogeneity of this kind is well described in gastro-oesophageal cancer."))
    s.append(r.j("PD-L1 combined positive score was assessed over the whole residual tumour in A4 (approximately "
                 "900 viable tumour cells). Post-neoadjuvant tissue may not be representative of the untreated "
                 "tumour. CPS 8 is at or above the cut-offs of 1 and 5; the result is reported as positive at both. "
                 "Claudin 18.2 and EBER are recorded here for the MDT and trial screening."))
    s.append(r.h("Conclusion", "h3"))
    s.append(r.p("<b>Oesophago-gastric junction, oesophagogastrectomy after neoadjuvant chemotherapy: residual "
                 "adenocarcinoma, ypT3 ypN1 (2/31), Mandard TRG 3, R0. HER2 positive (3+, heterogeneous). PD-L1 "
                 "CPS 8. MMR proficient.</b>"))
    s.append(r.h("Lymph nodes", "h3"))
    s.append(r.grid([["Group", "Block", "Examined", "Involved", "Regression in nodes"],
                     ["Para-oesophageal", "C1-C3", "9", "1", "Partial"],
                     ["Lesser curve", "C4-C7", "14", "1", "Partial"],
                     ["Left gastric", "C8", "5", "0", "Fibrotic scar in one node (?sterilised deposit)"],
                     ["Subcarinal (separate)", "D1", "3", "0", ""]],
                    [0.22, 0.12, 0.12, 0.12, 0.42]))
    s.append(r.h("Immunohistochemistry methods", "h3"))
    s.append(r.grid([["Antibody", "Clone", "Platform", "Detection", "Controls"],
                     ["HER2", "4B5", "Automated stainer A", "Multimer-HRP, DAB", "3-in-1 cell line, gastric TMA"],
                     ["PD-L1", "22C3", "Automated stainer B", "Linker-amplified HRP", "Tonsil, cell line pellets"],
                     ["MLH1 / PMS2 / MSH2 / MSH6", "ES05 / EP51 / G219-1129 / EP49", "Automated stainer B",
                      "Polymer HRP", "Tonsil, appendix"],
                     ["Claudin 18.2", "43-14A", "Automated stainer A", "OptiView", "Normal gastric mucosa"]],
                    [0.22, 0.22, 0.18, 0.16, 0.22], cellstyle="cellsm", style="rows"))
    s.append(r.sm("Antibodies are validated against external quality assessment material; HER2 gastric scoring "
                  "follows the published resection and biopsy criteria. MMR interpretation: any unequivocal nuclear "
                  "staining of tumour cells with a positive internal control is regarded as retained."))
    s.append(r.sp(8))
    s.append(r.sign("Dr Niamh Carberry, MB FRCPath", "Consultant Histopathologist", "Verified 27/02/2026", seed=7))
    s.append(r.sp(4))
    s.append(r.sm("Discussed at Upper GI MDT 03/03/2026. Blocks retained for 30 years; unstained sections from A4 "
                  "available for clinical trial submission on request."))
    return s


# ----------------------------------------------------------------------------- 5904
@report("5904", MERIDIAN,
        Meta("5904", "Patient D", "HLV-201947", "07/30/1952", "M", "M26-1190022", "02/20/2026", "02/23/2026",
             "02/25/2026", "Tomasz Wilk, MD", title="PD-L1 / ALK IHC"),
        [L("PD-L1", "expression", "positive", ["60%", "High expression"], percent=60),
         L("ALK", "expression", "negative", ["ALK (D5F3)"])],
        doc="Companion diagnostic IHC report (PD-L1 22C3, ALK D5F3) on an EBUS cell block",
        tumour="lung, non-small cell carcinoma (adenocarcinoma)",
        kinds=["TICK", "HEAD", "KV2", "CTRL", "PEND", "OOS", "LEG"])
def r5904(r):
    s = []
    s.append(r.h("Companion Diagnostic Immunohistochemistry", "h1"))
    s.append(r.kv([("Patient", "Patient D"), ("Accession", "M26-1190022"), ("DOB", "07/30/1952"),
                   ("Client", "Hollis Valley Medical Center"), ("Sex", "Male"), ("Client case", "C26-0417 (cell block B)"),
                   ("Client MRN", "HLV-201947"), ("Physician", "Tomasz Wilk, MD (Pulmonology)"),
                   ("Collected", "02/20/2026"), ("Received", "02/23/2026"), ("Reported", "02/25/2026"),
                   ("Source", "Lymph node, station 7, EBUS-TBNA")], cols=2, kw=0.13, vw=0.37, style="grid"))
    s.append(r.sp(4))
    s.append(r.p("<b>Referring diagnosis:</b> metastatic non-small cell carcinoma, favour adenocarcinoma "
                 "(client: TTF-1 positive, p40 negative)."))
    s.append(r.p("<b>Specimen adequacy:</b> approximately 350 viable tumor cells present in the cell block section; "
                 "adequate for PD-L1 scoring (minimum 100)."))
    s.append(r.h("PD-L1 IHC 22C3 pharmDx (NSCLC)", "bar"))
    s.append(r.kv([("Tumor Proportion Score (TPS)", "60%"),
                   ("Staining pattern", "Partial and complete linear membrane staining, weak to strong"),
                   ("Negative reagent control", "Acceptable"),
                   ("Cell-line control slide", "Acceptable (high and negative pellets)")],
                  cols=1, kw=0.3, vw=0.7))
    s.append(r.sp(2))
    s.append(r.ticks(["No expression (TPS < 1%)", "Low expression (TPS 1-49%)", "High expression (TPS >= 50%)"],
                     2, label="PD-L1 expression level:"))
    s.append(r.h("ALK (D5F3) CDx", "bar"))
    s.append(r.ticks(["Positive", "Negative", "Indeterminate"], 1, label="Result:"))
    s.append(r.kv([("Criteria", "Positive = strong granular cytoplasmic staining in any tumor cells; absence "
                    "of such staining = negative"),
                   ("Controls", "On-slide tonsil and ALK-positive cell line: acceptable")],
                  cols=1, kw=0.3, vw=0.7))
    s.append(r.h("ROS1 (D4D6)", "bar"))
    s.append(r.p("Not performed. The request for ROS1 IHC was cancelled by the client on 02/24/2026 in favour of "
                 "RNA-based fusion testing at another laboratory; no result is reported for ROS1."))
    s.append(r.h("Interpretive notes", "h3"))
    s.append(r.j("TPS is the percentage of viable tumor cells showing partial or complete membrane staining at any "
                 "intensity. Immune cells, necrotic cells and cytoplasmic staining are excluded. Tumor cells of this "
                 "specimen show high PD-L1 expression. Scores obtained with other clones (28-8, SP263, SP142) are "
                 "not interchangeable with 22C3 without validation; no other clone was used on this case."))
    s.append(r.j("Cytology cell blocks may differ from histologic samples; a TPS close to a cut-off should be "
                 "interpreted with caution. The present score is well above the 50% threshold."))
    s.append(r.h("Method", "h3"))
    s.append(r.sm("PD-L1 IHC 22C3 pharmDx on an automated stainer with EnVision FLEX visualization; ALK (D5F3) "
                  "rabbit monoclonal with OptiView amplification. Tissue fixed in 10% NBF (cell block). Scored by a "
                  "board-certified pathologist trained in TPS scoring. An FDA-approved kit was used for PD-L1; the "
                  "ALK assay is used per its labelled intended use."))
    s.append(r.sp(6))
    s.append(r.sign("Aurelia Mendez-Stroud, MD", "Anatomic Pathology", "Signed out 02/25/2026 09:17 ET", seed=17))
    return s


# ----------------------------------------------------------------------------- 5905
@report("5905", NORTHFIELD,
        Meta("5905", "PATIENT E", "00418837", "11/02/1949", "F", "S26-00871", "02/02/2026", "02/02/2026",
             "02/18/2026", "K. OSTERGAARD MD"),
        [L("MLH1", "expression", "negative", ["MLH1 M1 ABSENT"]),
         L("PMS2", "expression", "negative", ["PMS2 A16-4 ABSENT"]),
         L("MSH2", "expression", "positive", ["MSH2 G219-1129 PRESENT"]),
         L("MSH6", "expression", "positive", ["MSH6 SP93 PRESENT"]),
         L("MMR", "signature", "positive", ["MISMATCH REPAIR DEFICIENT"]),
         L("MSI", "signature", "positive", ["MSI-HIGH"])],
        doc="LIS printout: surgical pathology addenda with MMR IHC table and MSI-PCR loci",
        tumour="colon, right-sided adenocarcinoma",
        kinds=["GRID", "AMEND", "PEND", "CMT", "CTRL", "OOS"])
def r5905(r):
    s = []
    m = r.s.mono
    P = lambda t: r.p(t, m)
    s.append(r.p("<b>SURGICAL PATHOLOGY REPORT -- ADDENDA</b>", m))
    s.append(r.kv([("PATIENT:", "PATIENT E"), ("ACCESSION:", "S26-00871"), ("MRN:", "00418837"),
                   ("COLLECTED:", "02/02/2026 0915"), ("DOB/AGE:", "11/02/1949 (76Y)"), ("RECEIVED:", "02/02/2026 1340"),
                   ("PHYSICIAN:", "K. OSTERGAARD MD"), ("ADDENDUM 2:", "02/18/2026 1602"),
                   ("LOCATION:", "4WEST SURG"), ("STATUS:", "FINAL - ADDENDED")], cols=2, kw=0.15, vw=0.35,
                  bold_keys=False))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>FINAL DIAGNOSIS (02/05/2026):</b>"))
    s.append(P("COLON, RIGHT, HEMICOLECTOMY:<br/>"
               "- ADENOCARCINOMA, MODERATELY DIFFERENTIATED, WITH MUCINOUS FEATURES (30%), 5.2 CM, CECUM.<br/>"
               "- TUMOR INVADES THROUGH MUSCULARIS PROPRIA INTO PERICOLIC FAT (PT3).<br/>"
               "- TUMOR-INFILTRATING LYMPHOCYTES AND CROHN-LIKE REACTION PRESENT.<br/>"
               "- 0 OF 22 LYMPH NODES INVOLVED (PN0).<br/>"
               "- MARGINS NEGATIVE.<br/>"
               "- SEE ADDENDA FOR MISMATCH REPAIR AND MSI RESULTS."))
    s.append(P("IMMUNOSTAINS PERFORMED AT DIAGNOSIS (BLOCK A3): CK20 POSITIVE, CDX2 POSITIVE, CK7 NEGATIVE."))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>ADDENDUM #1 (02/10/2026) - MISMATCH REPAIR PROTEIN IHC, BLOCK A5</b>"))
    rows = [["ANTIBODY", "CLONE", "TUMOR NUCLEI", "INT CONTROL", "INTERPRETATION"],
            ["MLH1", "M1", "ABSENT", "PRESENT", "LOSS OF EXPRESSION"],
            ["PMS2", "A16-4", "ABSENT", "PRESENT", "LOSS OF EXPRESSION"],
            ["MSH2", "G219-1129", "PRESENT", "PRESENT", "INTACT"],
            ["MSH6", "SP93", "PRESENT", "PRESENT", "INTACT - SEE NOTE"]]
    s.append(r.grid(rows, [0.13, 0.14, 0.19, 0.19, 0.35], cellstyle="mono", style="open", valign="TOP"))
    s.append(r.sp(4))
    s.append(P("IHC INTERPRETATION: ABNORMAL. LOSS OF NUCLEAR MLH1 AND PMS2 IN TUMOR CELLS WITH RETAINED "
               "INTERNAL CONTROL STAINING. PATTERN INDICATES MISMATCH REPAIR DEFICIENT TUMOR (MLH1/PMS2 PATHWAY)."))
    s.append(P("NOTE: MSH6 SHOWS PATCHY, WEAKER NUCLEAR STAINING IN APPROX 40% OF TUMOR CELLS. THIS IS A "
               "RECOGNIZED FINDING IN MLH1-DEFICIENT TUMORS AND IS INTERPRETED AS INTACT (NOT LOSS)."))
    s.append(P("THE PATTERN IS MOST OFTEN DUE TO MLH1 PROMOTER HYPERMETHYLATION (SPORADIC) BUT LYNCH SYNDROME "
               "IS NOT EXCLUDED. MLH1 PROMOTER METHYLATION ANALYSIS HAS BEEN ORDERED (SENT OUT TO SABLE POINT "
               "MOLECULAR 02/10/2026) - RESULT PENDING; WILL BE REPORTED IN A SEPARATE ADDENDUM. BRAF V600E "
               "TESTING ALSO REQUESTED - PENDING."))
    s.append(P("CONTROLS: EXTERNAL TONSIL CONTROL STAINED APPROPRIATELY FOR ALL FOUR ANTIBODIES."))
    s.append(P("ADDENDUM #1 SIGNED: J. HALVORSEN MD 02/10/2026 1122"))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("<b>ADDENDUM #2 (02/18/2026) - MICROSATELLITE INSTABILITY BY PCR, BLOCK A5 (TUMOR) / A1 "
               "(NORMAL MUCOSA)</b>"))
    rows = [["LOCUS", "TYPE", "TUMOR VS NORMAL", "CALL"],
            ["BAT-25", "MONONUCLEOTIDE", "NEW ALLELE SIZES", "UNSTABLE"],
            ["BAT-26", "MONONUCLEOTIDE", "NEW ALLELE SIZES", "UNSTABLE"],
            ["NR-21", "MONONUCLEOTIDE", "NEW ALLELE SIZES", "UNSTABLE"],
            ["NR-24", "MONONUCLEOTIDE", "NO SHIFT", "STABLE"],
            ["MONO-27", "MONONUCLEOTIDE", "NEW ALLELE SIZES", "UNSTABLE"],
            ["PENTA C", "PENTANUCLEOTIDE", "IDENTITY", "MATCH"],
            ["PENTA D", "PENTANUCLEOTIDE", "IDENTITY", "MATCH"]]
    s.append(r.grid(rows, [0.15, 0.25, 0.3, 0.3], cellstyle="mono", style="open"))
    s.append(r.sp(4))
    s.append(P("RESULT: MSI-HIGH (4 OF 5 MONONUCLEOTIDE LOCI UNSTABLE). SAMPLE IDENTITY CONFIRMED BY "
               "PENTANUCLEOTIDE MARKERS."))
    s.append(P("REFERENCE: MSS = 0/5 UNSTABLE; MSI-LOW = 1/5; MSI-HIGH = 2 OR MORE OF 5."))
    s.append(P("COMMENT: CONCORDANT WITH THE IHC RESULT (ADDENDUM #1)."))
    s.append(P("METHOD: MULTIPLEX FLUORESCENT PCR OF FIVE MONONUCLEOTIDE REPEATS AND TWO PENTANUCLEOTIDE "
               "IDENTITY MARKERS, CAPILLARY ELECTROPHORESIS. MINIMUM TUMOR CONTENT 20% (THIS SAMPLE 60%)."))
    s.append(P("ADDENDUM #2 SIGNED: J. HALVORSEN MD 02/18/2026 1602"))
    s.append(r.rule(dash=(2, 2)))
    s.append(P("CPT: 88342 X4, 88341, 81301. THIS ADDENDUM DOES NOT CHANGE THE ORIGINAL DIAGNOSIS."))
    return s


# ----------------------------------------------------------------------------- 5906
@report("5906", RIVERBEND,
        Meta("5906", "Patient F", "RB-7730215", "05/05/1966", "F", "FISH-26-0392", "01/27/2026", "01/29/2026",
             "02/03/2026", "Lena Vasquez-Holt, MD", title="NSCLC FISH panel"),
        [L("ALK", "fusion", "negative", ["NOT REARRANGED"]),
         L("ROS1", "fusion", "positive", ["REARRANGED (POSITIVE)"]),
         L("MET", "amplification", "negative", ["NOT AMPLIFIED", "1.3"], ratio=1.3)],
        doc="Cytogenetics laboratory FISH report, several probes with signal tables and boxed interpretations",
        tumour="lung adenocarcinoma",
        kinds=["FISH", "LEG", "PEND", "GRID", "KV2"])
def r5906(r):
    s = []
    s.append(r.h("FLUORESCENCE IN SITU HYBRIDIZATION REPORT", "h1"))
    s.append(r.p("Non-small cell lung cancer panel: ALK, ROS1, MET", r.s.h3))
    s.append(r.kv([("Patient", "Patient F"), ("MRN", "RB-7730215"), ("Date of birth", "05/05/1966"),
                   ("Sex", "Female"), ("Lab no.", "FISH-26-0392"), ("Source case", "RB-S26-1108, block A2"),
                   ("Specimen", "Left lower lobe, CT-guided core biopsy"), ("Tumor content", "approx. 40%"),
                   ("Collected", "01/27/2026"), ("Received", "01/29/2026"), ("Reported", "02/03/2026"),
                   ("Ordered by", "Lena Vasquez-Holt, MD")], cols=2, kw=0.15, vw=0.35))
    s.append(r.sp(6))
    s.append(r.h("Summary of results", "h2"))
    s.append(r.grid([["Probe", "Finding", "Interpretation"],
                     ["ALK (2p23) break-apart", "5/100 nuclei (5%) with split or isolated 3' signals",
                      "NOT REARRANGED"],
                     ["ROS1 (6q22) break-apart", "42/100 nuclei (42%) abnormal, predominantly isolated 3' signals",
                      "REARRANGED (POSITIVE)"],
                     ["MET (7q31) / CEP7", "Mean MET 4.2 per nucleus; MET/CEP7 ratio 1.3", "NOT AMPLIFIED"],
                     ["RET (10q11) break-apart", "-", "Not performed: tissue exhausted (see comment)"]],
                    [0.26, 0.46, 0.28], head_bg=colors.Color(0.85, 0.9, 0.97)))
    s.append(r.h("ALK break-apart probe", "h2"))
    s.append(r.grid([["Signal pattern", "Reader 1 (n=50)", "Reader 2 (n=50)", "Total (n=100)"],
                     ["Fused (normal) 2F", "44", "45", "89"],
                     ["Split 1F1R1G", "2", "1", "3"],
                     ["Isolated 3' (red) 1F1R", "1", "1", "2"],
                     ["Other / non-evaluable", "3", "3", "6"],
                     ["Abnormal nuclei, %", "6%", "4%", "5%"]],
                    [0.34, 0.22, 0.22, 0.22], cellstyle="cellc"))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>ALK interpretation:</b> Negative for ALK gene rearrangement. 5% of nuclei abnormal "
                        "(laboratory cut-off 15%).")], width_frac=0.7))
    s.append(r.h("ROS1 break-apart probe", "h2"))
    s.append(r.grid([["Signal pattern", "Reader 1 (n=50)", "Reader 2 (n=50)", "Total (n=100)"],
                     ["Fused (normal) 2F", "27", "29", "56"],
                     ["Split 1F1O1G", "4", "3", "7"],
                     ["Isolated 3' (orange) 1F1O", "17", "18", "35"],
                     ["Other / non-evaluable", "2", "0", "2"],
                     ["Abnormal nuclei, %", "42%", "42%", "42%"]],
                    [0.34, 0.22, 0.22, 0.22], cellstyle="cellc"))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>ROS1 interpretation:</b> POSITIVE for ROS1 gene rearrangement. 42% of nuclei show a "
                        "break-apart or isolated 3' pattern (cut-off 15%). The fusion partner cannot be determined "
                        "by FISH.")], width_frac=0.7))
    s.append(CondPageBreak(160))
    s.append(r.h("MET / CEP7 dual-colour probe", "h2"))
    s.append(r.grid([["Parameter", "Value", "Reference"],
                     ["Nuclei scored", "60", ""],
                     ["Mean MET signals / nucleus", "4.2", "High-level amplification: &gt;= 10 or ratio &gt;= 2.0"],
                     ["Mean CEP7 signals / nucleus", "3.2", "Polysomy noted when CEP7 &gt; 3"],
                     ["MET/CEP7 ratio", "1.3", "Amplified: ratio &gt;= 2.0"],
                     ["Nuclei with MET clusters", "0", ""]],
                    [0.36, 0.18, 0.46]))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>MET interpretation:</b> MET not amplified. Increased MET copy number (mean 4.2) "
                        "accompanies chromosome 7 polysomy; no focal amplification.")], width_frac=0.7))
    s.append(r.h("Comment", "h2"))
    s.append(r.j("ROS1 rearrangement is identified. Confirmation of the fusion and its partner by RNA-based "
                 "sequencing is advised if material allows; tyrosine kinase inhibitor eligibility is a clinical "
                 "decision. ALK and MET are negative as above. RET FISH was requested but could not be performed "
                 "because the block was exhausted after three probes; a repeat biopsy or an alternative specimen "
                 "may be submitted if RET status is still required. EGFR and KRAS mutation testing are performed "
                 "by the molecular laboratory and are not part of this report."))
    s.append(r.h("Method", "h2"))
    s.append(r.sm("Interphase FISH on 4 micron FFPE sections using commercially available dual-colour break-apart "
                  "probes (ALK 2p23; ROS1 6q22) and a MET (7q31) / CEP7 enumeration probe. For break-apart probes "
                  "a nucleus is abnormal if 3' and 5' signals are separated by two or more signal diameters or "
                  "a 3' signal is isolated. Cut-offs: ALK 15%, ROS1 15% (validated on 40 normal samples). "
                  "Analytical sensitivity depends on tumour content."))
    s.append(r.sp(6))
    s.append(r.side(r.sign("Priya Castellanos, PhD, FACMG", "Clinical Cytogeneticist", "02/03/2026", seed=23),
                    r.sign("Owen Marchetti, MD", "Pathologist (tumour area selection)", "02/03/2026", seed=24),
                    lw=0.5))
    return s


# ----------------------------------------------------------------------------- 5907
@report("5907", LAKESHORE,
        Meta("5907", "Patient G", "LMC-3320917", "12/09/1957", "M", "LS26-04410", "02/04/2026", "02/04/2026",
             "02/16/2026", "Samuel Adeyemi, MD", title="Surgical Pathology"),
        [L("EGFR", "mutation", "positive", ["Exon 19 deletion DETECTED"], alteration="exon 19 deletion"),
         L("KRAS", "mutation", "negative", ["No mutation detected"]),
         L("ALK", "expression", "negative", ["D5F3"]),
         L("PD-L1", "expression", "positive", ["TC 5%"], percent=5),
         L("PD-L1", "expression", "positive", ["TPS 10%"], percent=10, optional=True),
         L("ROS1", "fusion", "negative", ["ROS1 FISH: NEGATIVE"])],
        doc="Lobectomy surgical pathology report with synoptic summary and biomarker table",
        tumour="lung adenocarcinoma, resection",
        kinds=["GRID", "KV2", "PRIOR", "PEND", "OOS", "CMT", "WRAP"])
def r5907(r):
    s = []
    s.append(r.p("<b><font size=13>SURGICAL PATHOLOGY REPORT</font></b>", r.s.center))
    s.append(r.sp(4))
    s.append(r.kv([("Patient:", "Patient G"), ("Accession #:", "LS26-04410"), ("MRN:", "LMC-3320917"),
                   ("Procedure date:", "02/04/2026"), ("DOB:", "12/09/1957 (68 y)"), ("Received:", "02/04/2026"),
                   ("Sex:", "Male"), ("Final report:", "02/16/2026"),
                   ("Surgeon:", "Samuel Adeyemi, MD"), ("Copies to:", "Grace Lindqvist, MD (Oncology)")],
                  cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.box([r.p("<b>ADDENDUM (02/24/2026) - ROS1 FISH</b>"),
                    r.p("ROS1 FISH: NEGATIVE (not rearranged). Riverbend Cytogenetics & FISH Laboratory report "
                        "FISH-26-0560, block A6: 4 of 100 nuclei (4%) with break-apart or isolated 3' signals; "
                        "cut-off 15%. The weak ROS1 (D4D6) immunostaining described in the comment below is "
                        "therefore not due to a ROS1 rearrangement."),
                    r.p("<i>Addendum electronically signed 02/24/2026 by Helena Brasch-Wainwright, MD</i>")], line=0.8))
    s.append(r.sp(6))
    s.append(r.h("FINAL DIAGNOSIS", "h2"))
    s.append(r.p("<b>A. Lung, right upper lobe, lobectomy:</b>"))
    s.append(r.p("- Invasive adenocarcinoma, acinar predominant (acinar 60%, papillary 25%, lepidic 15%), 3.1 cm.<br/>"
                 "- Visceral pleural invasion not identified (PL0).<br/>"
                 "- Bronchial, vascular and parenchymal margins negative.<br/>"
                 "- One of six hilar/intrapulmonary lymph nodes with metastatic carcinoma (1/6).<br/>"
                 "- See synoptic report and biomarker results below."))
    s.append(r.p("<b>B. Lymph nodes, station 4R, 7, 10R, excision:</b> No carcinoma (0/9)."))
    s.append(r.h("SYNOPTIC REPORT - LUNG RESECTION", "h2"))
    s.append(r.kv([("Procedure", "Lobectomy"), ("Specimen laterality", "Right"),
                   ("Tumor site", "Upper lobe"), ("Tumor size", "3.1 cm (greatest dimension)"),
                   ("Histologic type", "Invasive non-mucinous adenocarcinoma"), ("Predominant pattern", "Acinar"),
                   ("Visceral pleura invasion", "Not identified"), ("Lymphovascular invasion", "Present"),
                   ("Spread through air spaces", "Present"), ("Margins", "Negative (closest 2.4 cm, bronchial)"),
                   ("Treatment effect", "No known presurgical therapy"), ("Regional nodes", "1/15 positive (station 11R)"),
                   ("pTNM (AJCC 8th)", "pT2a pN1"), ("Ancillary studies", "See biomarker table")],
                  cols=2, kw=0.2, vw=0.3))
    s.append(r.h("BIOMARKER RESULTS", "h2"))
    rows = [["Test", "Method", "Block", "Result", "Notes"],
            ["EGFR", "Real-time PCR, exons 18-21", "A6", "Exon 19 deletion DETECTED",
             "Specific deletion not identified by this assay"],
            ["KRAS", "Real-time PCR, codons 12, 13, 61", "A6", "No mutation detected", ""],
            ["ALK", "IHC, clone D5F3", "A6", "Negative", "No granular cytoplasmic staining"],
            ["ROS1", "IHC, clone D4D6", "A6", "See comment", ""],
            ["PD-L1", "IHC, SP263", "A6", "Positive, TC 5%",
             "Prior biopsy LS25-11893 (22C3): TPS 10%"],
            ["TTF-1", "IHC, 8G7G3/1", "A3", "Positive", "Diagnostic panel"],
            ["Napsin A", "IHC", "A3", "Positive", "Diagnostic panel"],
            ["p40", "IHC", "A3", "Negative", "Diagnostic panel"]]
    s.append(r.grid(rows, [0.11, 0.23, 0.07, 0.25, 0.34], head_bg=colors.Color(0.9, 0.9, 0.9), style="full"))
    s.append(r.sp(6))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("ROS1 (D4D6) shows weak, heterogeneous cytoplasmic staining in about 10% of tumor cells. ROS1 IHC "
                 "is a screening test with imperfect specificity, and weak staining may be seen in tumors without a "
                 "rearrangement; the block has been sent to Riverbend Cytogenetics for ROS1 FISH and the result "
                 "will be issued as an addendum. In view of the EGFR mutation, a concurrent ROS1 fusion is unlikely."))
    s.append(r.j("PD-L1 by SP263 is expressed in 5% of tumor cells in the resection (low expression, TC &gt;= 1%). "
                 "The diagnostic bronchoscopic biopsy of this tumor (LS25-11893) was scored TPS 10% with 22C3; the "
                 "difference is within the expected range for sampling and clone."))
    s.append(PageBreak())
    s.append(r.h("GROSS DESCRIPTION", "h2"))
    s.append(r.j("A. Received fresh, labeled with the patient's name and 'right upper lobe', is a 165 g lobectomy "
                 "specimen measuring 16.0 x 11.5 x 4.0 cm with a stapled bronchial margin. The pleura is smooth and "
                 "glistening with a 1.0 cm area of puckering overlying a firm, tan-white, stellate mass measuring "
                 "3.1 x 2.6 x 2.2 cm, located 2.4 cm from the bronchial margin. The remaining parenchyma is "
                 "spongy and red-tan with mild anthracosis. Six hilar lymph nodes are identified (0.3 to 1.4 cm). "
                 "Representative sections are submitted: A1, bronchial and vascular margins; A2-A6, tumor with "
                 "overlying pleura (A6 largest viable tumor, selected for molecular studies); A7, uninvolved "
                 "parenchyma; A8-A10, lymph nodes."))
    s.append(r.j("B. Received in formalin in three containers labeled 4R, 7 and 10R are multiple fragments of "
                 "lymph node tissue, aggregate 4.5 x 3.0 x 1.0 cm, entirely submitted B1-B5."))
    s.append(r.h("MICROSCOPIC DESCRIPTION", "h2"))
    s.append(r.j("Sections show an invasive adenocarcinoma composed of irregular glands in a desmoplastic stroma, "
                 "with papillary structures and a peripheral lepidic component. Tumor cells have moderate "
                 "nuclear atypia. Tumor spread through air spaces is present. Elastic stain confirms the tumor does "
                 "not breach the visceral pleural elastic layer. One hilar node (A9) contains a 4 mm metastatic "
                 "deposit without extranodal extension."))
    s.append(r.h("LYMPH NODES", "h2"))
    s.append(r.grid([["Station", "Block", "Nodes examined", "Positive", "Extranodal extension"],
                     ["10R (hilar, in lobe)", "A8", "2", "0", ""],
                     ["11R (interlobar)", "A9", "2", "1", "Absent"],
                     ["12R (lobar)", "A10", "2", "0", ""],
                     ["4R", "B1-B2", "4", "0", ""],
                     ["7", "B3-B4", "3", "0", ""],
                     ["10R (separate)", "B5", "2", "0", ""]],
                    [0.28, 0.14, 0.18, 0.14, 0.26], style="rows"))
    s.append(r.h("INTRAOPERATIVE CONSULTATION", "h2"))
    s.append(r.p("A-FS1 (bronchial margin, frozen section): Negative for carcinoma. -- Dr. Brasch-Wainwright, "
                 "02/04/2026 11:52, communicated to Dr. Adeyemi in OR 6."))
    s.append(r.h("CLINICAL HISTORY", "h2"))
    s.append(r.p("68-year-old former smoker (35 pack-years) with a 3 cm RUL mass; bronchoscopic biopsy showed "
                 "adenocarcinoma. Molecular testing of the biopsy was not performed (insufficient tissue)."))
    s.append(r.sp(6))
    s.append(r.p("Molecular assays performed in the Lakeshore Molecular Diagnostics Laboratory; PD-L1 SP263 is "
                 "reported per the manufacturer's scoring algorithm (percentage of tumor cells with membranous "
                 "staining of any intensity).", r.s.small))
    s.append(r.sp(8))
    s.append(r.p("<i>I have personally reviewed the slides and/or specimen and agree with the findings above.</i>"))
    s.append(r.sign("Helena Brasch-Wainwright, MD", "Pathologist", "Electronically signed 02/16/2026 15:22", seed=29))
    s.append(PageBreak())
    s.append(r.h("TEST INFORMATION AND DISCLAIMERS", "h2"))
    s.append(r.grid([["Assay", "Platform / reagent", "Targets", "Limit of detection"],
                     ["EGFR mutation", "Real-time PCR kit (CE-IVD / FDA-approved)", "G719X, exon 19 deletions, "
                      "T790M, S768I, exon 20 insertions, L858R, L861Q", "About 5% mutant alleles"],
                     ["KRAS mutation", "Real-time PCR kit", "G12A/C/D/R/S/V, G13D, Q61H/K/L/R", "About 5%"],
                     ["ALK IHC", "D5F3 rabbit monoclonal, OptiView + amplification", "ALK protein", "n/a"],
                     ["ROS1 IHC", "D4D6 rabbit monoclonal", "ROS1 protein (screening only)", "n/a"],
                     ["PD-L1 IHC", "SP263 assay", "PD-L1, tumor cell membrane", "n/a"]],
                    [0.18, 0.3, 0.34, 0.18], style="rows"))
    s.append(r.sp(6))
    s.append(r.j("Molecular results apply to the tissue block tested and depend on tumor content (block A6: about "
                 "45% tumor nuclei). A negative result does not exclude a mutation present below the limit of "
                 "detection or outside the targeted regions. Broader genomic profiling (for example MET exon 14, "
                 "RET, NTRK and BRAF) was not requested on this specimen; the oncology team may order it on the "
                 "retained blocks. PD-L1 scores from different assays are not fully interchangeable."))
    s.append(r.j("Some tests in this report were developed and their performance characteristics determined by "
                 "the Lakeshore Medical Center Molecular Diagnostics Laboratory. They have not been cleared or "
                 "approved by the U.S. Food and Drug Administration; such clearance is not required for clinical "
                 "use. The laboratory is certified to perform high-complexity clinical testing."))
    s.append(r.sp(6))
    s.append(r.p("Billing codes: 88309, 88305 x3, 88342 x6, 81235, 81275, 88360.", r.s.small))
    return s


# ----------------------------------------------------------------------------- 5908
@report("5908", KESTREL,
        Meta("5908", "Patient H", "KV0091273", "21/01/1963", "F", "26/KV-H/02291", "09/02/2026", "09/02/2026",
             "17/02/2026", "Dr M. Tarrant (Gynae-oncology)", title="Histopathology"),
        [L("MLH1", "expression", "positive", ["MLH1"]),
         L("PMS2", "expression", "positive", ["PMS2"]),
         L("MSH2", "expression", "negative", ["MSH2"]),
         L("MSH6", "expression", "negative", ["MSH6"]),
         L("MMR", "signature", "positive", ["Mismatch repair deficient"]),
         L("TP53", "expression", "positive", ["Aberrant, overexpression"], value=">90%"),
         L("ER", "expression", "positive", ["80%, strong"], percent=80),
         L("PR", "expression", "positive", ["30%, moderate"], percent=30)],
        doc="Hysterectomy histopathology report with IHC grid and molecular classification note",
        tumour="endometrium, endometrioid carcinoma",
        kinds=["GRID", "OOS", "PEND", "CMT", "KV2", "CTRL"])
def r5908(r):
    s = []
    s.append(r.h("HISTOPATHOLOGY REPORT", "h1"))
    s.append(r.kv([("Patient", "Patient H"), ("UR number", "KV0091273"), ("DOB", "21/01/1963"),
                   ("Sex", "F"), ("Our ref", "26/KV-H/02291"), ("Collected", "09/02/2026"),
                   ("Requesting", "Dr M. Tarrant (Gynae-oncology)"), ("Reported", "17/02/2026")],
                  cols=2, kw=0.14, vw=0.36))
    s.append(r.rule())
    s.append(r.h("Clinical notes", "h3"))
    s.append(r.p("Postmenopausal bleeding. Pipelle: endometrioid carcinoma. TLH BSO + SLN. Mother had bowel cancer "
                 "at 52 (told 'MSH2 loss' on her tumour)."))
    s.append(r.h("Macroscopic", "h3"))
    s.append(r.j("A. 'Uterus, cervix, bilateral tubes and ovaries': 118 g. Uterus 82 x 55 x 38 mm. Polypoid "
                 "tumour in the fundus and posterior body, 34 x 28 mm, invading less than half of the 16 mm wall on "
                 "sectioning. Cervix unremarkable. Ovaries and tubes unremarkable. Blocks A1-A14 (A6 tumour, deepest "
                 "invasion). B. 'Left SLN': 1 node, B1-B2. C. 'Right SLN': 1 node, C1-C2."))
    s.append(r.h("Microscopic", "h3"))
    s.append(r.j("Endometrioid carcinoma with squamous differentiation, FIGO grade 2 (solid component about 20%). "
                 "Myometrial invasion 6/16 mm (less than 50%). No lymphovascular space invasion. Cervical "
                 "stroma not involved. Prominent peritumoral lymphocytes. Sentinel nodes negative on ultrastaging "
                 "(AE1/AE3)."))
    s.append(r.h("Immunohistochemistry (block A6)", "h3"))
    rows = [["Antibody", "Clone", "Result", "Pattern / extent", "Interpretation"],
            ["MLH1", "ES05", "Retained", "Nuclear, tumour and stroma", "Normal"],
            ["PMS2", "EP51", "Retained", "Nuclear, tumour and stroma", "Normal"],
            ["MSH2", "FE11", "Lost", "No tumour nuclear staining; stromal and lymphocyte internal control present",
             "Abnormal"],
            ["MSH6", "EP49", "Lost", "As for MSH2", "Abnormal"],
            ["p53", "DO-7", "Aberrant, overexpression", "Strong nuclear staining in &gt;90% of tumour cells",
             "Mutation-type pattern, see comment"],
            ["ER", "6F11", "Positive", "80%, strong", ""],
            ["PR", "16", "Positive", "30%, moderate", ""],
            ["L1CAM", "14.10", "Negative", "", ""],
            ["Vimentin", "V9", "Positive", "", "Supports endometrioid origin"],
            ["AE1/AE3 (nodes)", "", "Negative", "No isolated tumour cells", ""]]
    s.append(r.grid(rows, [0.14, 0.1, 0.2, 0.32, 0.24], head_bg=colors.Color(0.95, 0.9, 0.82)))
    s.append(r.sm("Controls: appropriate external (multi-tissue) and internal controls stained as expected."))
    s.append(r.h("Molecular classification", "h3"))
    s.append(r.kv([("Mismatch repair status", "Mismatch repair deficient (MSH2/MSH6 loss)"),
                   ("p53 IHC", "Abnormal (see comment)"),
                   ("POLE exonuclease domain sequencing", "Referred to state molecular laboratory 17/02/2026 - pending"),
                   ("Provisional molecular subtype", "MMRd (pending POLE)")], cols=1, kw=0.38, vw=0.62, style="grid"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("Loss of MSH2 and MSH6 with retained MLH1 and PMS2 indicates mismatch repair deficiency involving "
                 "the MSH2/MSH6 complex. This pattern is not explained by promoter methylation and raises the "
                 "possibility of Lynch syndrome; referral to the familial cancer service for germline testing is "
                 "recommended, particularly given the family history. The mother's tumour result has not been "
                 "reviewed here."))
    s.append(r.j("p53 shows a mutation-type overexpression pattern. In an MMR-deficient tumour this is most likely a "
                 "secondary (passenger) event; per current guidance a tumour with both features is classified as "
                 "MMRd, provided POLE is wild type. The classification will be finalised when POLE results are "
                 "available. HER2 testing is not indicated for endometrioid histology and was not performed."))
    s.append(r.h("Diagnosis", "h3"))
    s.append(r.p("<b>Uterus, hysterectomy: endometrioid carcinoma, FIGO grade 2, myoinvasion &lt;50%, LVSI negative, "
                 "sentinel nodes 0/2. Mismatch repair deficient (MSH2/MSH6). FIGO 2023 stage: IA (provisional, "
                 "molecular subtype pending).</b>"))
    s.append(r.sp(6))
    s.append(r.sign("Dr Josephine Waratah-Lim", "Anatomical Pathologist, FRCPA", "Authorised 17/02/2026 11:48", seed=31))
    return s


# ----------------------------------------------------------------------------- 5909
@report("5909", BELLAVISTA,
        Meta("5909", "Patient I", "BOD-26-00717", "02/10/1960", "F", "MP26/0717", "23/01/2026", "26/01/2026",
             "30/01/2026", "Dr.ssa L. Ferraresi", title="EGFR real-time PCR"),
        [L("EGFR", "mutation", "positive", ["exon 19 deletion was detected"], alteration="exon 19 deletion")],
        doc="Molecular pathology single-gene report (EGFR real-time PCR) with exon table and controls",
        tumour="lung adenocarcinoma, biopsy",
        kinds=["GRID", "CTRL", "LEG", "KV2", "HEAD"])
def r5909(r):
    s = []
    s.append(r.h("Referto di Patologia Molecolare / Molecular Pathology Report", "h1"))
    s.append(r.kv([("Paziente / Patient", "Patient I"), ("Codice", "BOD-26-00717"),
                   ("Data di nascita", "02/10/1960"), ("Sesso", "F"),
                   ("Richiedente", "Dr.ssa L. Ferraresi, Oncologia Toracica"), ("N. accettazione", "MP26/0717"),
                   ("Materiale", "FFPE block 26-I-1402/2, lung biopsy (transthoracic)"), ("Prelievo", "23/01/2026"),
                   ("Arrivo", "26/01/2026"), ("Referto", "30/01/2026")], cols=2, kw=0.17, vw=0.33, style="grid"))
    s.append(r.h("Esame richiesto / Test requested", "h3"))
    s.append(r.p("EGFR mutation analysis, exons 18-21 (real-time PCR, CE-IVD kit)."))
    s.append(r.h("Valutazione pre-analitica / Pre-analytical assessment", "h3"))
    s.append(r.kv([("Tumour cell content", "30% (after macrodissection of marked area)"),
                   ("DNA concentration", "12.4 ng/uL (fluorometric)"),
                   ("DNA quality", "Adequate (internal control Ct within range)"),
                   ("Sections used", "5 x 10 um")], cols=2, kw=0.17, vw=0.33))
    s.append(r.h("Risultato / Result", "h3"))
    rows = [["Exon", "Alteration(s) covered", "Result"],
            ["18", "G719A, G719C, G719S", "Not detected"],
            ["19", "Deletions (29 variants)", "DETECTED"],
            ["20", "S768I", "Not detected"],
            ["20", "T790M", "Not detected"],
            ["20", "Insertions (5 variants)", "Not detected"],
            ["21", "L858R", "Not detected"],
            ["21", "L861Q", "Not detected"],
            ["Control", "Internal control (EGFR exon 2)", "Valid - Ct 27.4"],
            ["Control", "Positive control (mutant plasmid mix)", "Valid"],
            ["Control", "No-template control", "Valid - no amplification"]]
    s.append(r.grid(rows, [0.12, 0.5, 0.38],
                    extra=[("FONTNAME", (2, 2), (2, 2), "Helvetica-Bold"),
                           ("BACKGROUND", (0, 8), (-1, 10), colors.Color(0.94, 0.97, 0.97))]))
    s.append(r.sp(6))
    s.append(r.box([r.p("<b>Conclusione / Conclusion</b>"),
                    r.p("An EGFR exon 19 deletion was detected in the DNA extracted from the sample. The assay does "
                        "not distinguish between individual exon 19 deletions. No other EGFR alteration covered by "
                        "the kit was found.")], fill=colors.Color(0.93, 0.97, 0.97)))
    s.append(r.h("Note", "h3"))
    s.append(r.j("The absence of T790M at diagnosis does not exclude a resistant subclone below the limit of "
                 "detection. KRAS, BRAF, ALK, ROS1 and PD-L1 were not requested on this sample; the block is "
                 "available for further testing. A negative result for an alteration does not exclude mutations "
                 "outside the targets listed above."))
    s.append(r.grid([["Target", "Limit of detection (mutant allele fraction)"],
                     ["Exon 19 deletions", "2-5%"], ["L858R", "3%"], ["T790M", "5%"], ["Exon 20 insertions", "5-10%"]],
                    [0.4, 0.6], cellstyle="cellsm", style="rows"))
    s.append(r.h("Metodo / Method", "h3"))
    s.append(r.sm("DNA extraction from FFPE (silica column); allele-specific real-time PCR with hydrolysis probes; "
                  "analysis software with kit-defined delta-Ct cut-offs. Participation in external quality "
                  "assessment: yes (2025 round satisfactory)."))
    s.append(r.sp(8))
    s.append(r.side(r.sign("Dott. Bruno Castaldelli", "Biologo molecolare", "30/01/2026", seed=37),
                    r.sign("Dott.ssa Ilaria Venturini", "Dirigente Medico, Anatomia Patologica", "30/01/2026", seed=38),
                    lw=0.5))
    return s


# ----------------------------------------------------------------------------- 5910
@report("5910", SABLE_POINT,
        Meta("5910", "Patient J", "SPM-440918", "08/14/1971", "M", "SP-26-M-1733", "02/09/2026", "02/11/2026",
             "02/24/2026", "Ruth Abernathy, MD", title="AMENDED REPORT"),
        [L("KRAS", "mutation", "positive", ["p.G12D"], alteration="G12D"),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("BRAF", "mutation", "negative", ["BRAF"])],
        doc="Amended RAS/BRAF PCR report with the earlier KRAS result struck through",
        tumour="colorectal adenocarcinoma, liver metastasis",
        kinds=["AMEND", "GRID", "HEAD", "PRIOR", "CMT"])
def r5910(r):
    s = []
    s.append(r.box([r.p("<b>AMENDED REPORT</b> - supersedes the report issued 02/17/2026. Reason: transcription "
                        "error in the KRAS result (see Amendment note).")], fill=colors.Color(0.95, 0.95, 0.8)))
    s.append(r.sp(6))
    s.append(r.h("RAS / BRAF Mutation Analysis", "h1"))
    s.append(r.kv([("Patient", "Patient J"), ("Specimen ID", "SP-26-M-1733"), ("MRN", "SPM-440918"),
                   ("Source block", "Outside case H26-3104, A1"), ("DOB", "08/14/1971"),
                   ("Specimen", "Liver, segment VI, core biopsy (metastatic adenocarcinoma)"),
                   ("Ordering", "Ruth Abernathy, MD"), ("Collected", "02/09/2026"),
                   ("Facility", "Coastal Plains Cancer Center"), ("Received", "02/11/2026")],
                  cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("Result", "h2"))
    s.append(r.p("<b>KRAS: MUTATION DETECTED - p.G12D (c.35G&gt;A), codon 12, exon 2.</b>"))
    s.append(r.p("<b>NRAS and BRAF: no mutation detected.</b>"))
    s.append(r.sp(4))
    rows = [["Gene", "Exon (codons)", "Variants targeted", "Result", "Variant"],
            ["KRAS", "2 (12, 13)", "G12A, G12C, G12D, G12R, G12S, G12V, G13D", "DETECTED", "p.G12D"],
            ["KRAS", "3 (59, 61)", "A59T, Q61H, Q61K, Q61L, Q61R", "Not detected", ""],
            ["KRAS", "4 (117, 146)", "K117N, A146T, A146V", "Not detected", ""],
            ["NRAS", "2, 3, 4", "G12, G13, Q61, K117, A146 (15 variants)", "Not detected", ""],
            ["BRAF", "15 (600)", "V600E, V600K, V600D", "Not detected", ""]]
    s.append(r.grid(rows, [0.1, 0.16, 0.4, 0.16, 0.18], valign="MIDDLE"))
    s.append(r.sp(4))
    s.append(r.p("Tumor content of the analysed area: 60%. DNA yield adequate. All run controls met acceptance "
                 "criteria.", r.s.small))
    s.append(r.h("Interpretation", "h2"))
    s.append(r.j("A pathogenic KRAS codon 12 mutation is present. The tumor is RAS-mutant; in metastatic colorectal "
                 "cancer this predicts lack of benefit from anti-EGFR monoclonal antibodies (cetuximab, "
                 "panitumumab). G12D is not targeted by the KRAS G12C inhibitors in current use."))
    s.append(r.h("Amendment note", "h2"))
    s.append(r.p("As issued on 02/17/2026 the report read:"))
    s.append(r.grid([["Gene", "Result (original report)"],
                     ["KRAS", "<strike>No mutation detected (wild type)</strike>"],
                     ["NRAS", "No mutation detected"], ["BRAF", "No mutation detected"]],
                    [0.2, 0.5], style="box"))
    s.append(r.sp(4))
    s.append(r.j("The KRAS line was transcribed incorrectly from the instrument output; the raw data show codon 12 "
                 "amplification above cut-off (delta-Ct 2.1; cut-off 7.0). NRAS and BRAF results are unchanged. "
                 "The ordering physician (Dr Abernathy) was notified by telephone on 02/24/2026 at 10:05 by "
                 "C. Duval, MD."))
    s.append(r.h("History provided", "h2"))
    s.append(r.p("Sigmoid adenocarcinoma resected 2023 at another hospital; RAS status of the primary was not tested. "
                 "New liver lesions 01/2026."))
    s.append(r.h("Method and limitations", "h2"))
    s.append(r.sm("Allele-specific real-time PCR for 48 variants in KRAS, NRAS and BRAF (exons and codons listed). "
                  "Limit of detection approximately 5% mutant alleles. Variants other than those targeted are not "
                  "detected. HER2 amplification and MSI status are not assessed by this test."))
    s.append(r.sp(8))
    s.append(r.sign("Claire Duval, MD", "Molecular Pathologist, Laboratory Director",
                    "Amended and electronically signed 02/24/2026 10:31", seed=41))
    return s
