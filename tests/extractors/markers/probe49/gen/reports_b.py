"""probe49 reports 6511-6520 (all invented)."""
from reportlab.lib import colors
from reportlab.lib.units import mm

from common import (L, P, W_A4, band, boxed, check_grid, grid, kv, report, sp, styles, two_col,
                    KeepTogether, PageBreak, Spacer, Table, TableStyle)

HX = colors.HexColor
W_LET = 8.5 * 72


# ----------------------------------------------------------------------------- 6511
@report(6511, "AVH", "Breast excision, two invasive foci: blocks x markers matrix with core comparison row", "breast carcinoma",
        ["BM", "PR", "NP", "LG"], dict(patient="Patient K", acc="AV/26/1187"),
        [L("ER", "expression", "positive", "B2 Focus 1", "B6 Focus 2", "90%", percent=90),
         L("PR", "expression", "positive", "70%", percent=70),
         L("PR", "expression", "positive", "5% (low", percent=5),
         L("HER2", "expression", "equivocal", "2+ (equivocal)", ihc_score="2+"),
         L("HER2", "expression", "negative", "1+ (negative)", ihc_score="1+"),
         L("Ki-67", "expression", "reported", "15%", percent=15),
         L("Ki-67", "expression", "reported", "8%", percent=8),
         L("ER", "expression", "positive", "Core AV/26/0410", "95%", percent=95, optional=True),
         L("PR", "expression", "positive", "60%", percent=60, optional=True)])
def r6511():
    s = styles("Times-Roman", 9.4)
    W = W_A4["AVH"]
    st = [P("Report on hormone receptor, HER2 and Ki-67 status - wide local excision", s["h2"])]
    st.append(kv([("Patient", "Patient K"), ("Date of birth", "19.04.1958"), ("Hospital", "Ardenbury Nuffield Clinic (private)"),
                  ("Consultant", "Miss R. Quennell-Ode"), ("Specimen", "Left WLE with axillary sentinel nodes"),
                  ("Date received", "21.01.2026")],
                 [24 * mm, 58 * mm, 24 * mm, W - 106 * mm], s, cols=2, lines="grid"))
    st.append(sp(6))
    st.append(P("Two separate invasive foci were identified in the excision (see main report AV/26/1187, part 1): focus 1 at 12 "
                "o'clock, 24 mm, grade 2 NST; focus 2 at 2 o'clock, 7 mm, grade 1 NST, 18 mm apart. Representative blocks of "
                "each focus were stained.", s["body"]))
    st.append(P("Results by block", s["h3"]))
    m = [["Block / lesion", "ER (SP1)", "PR (16)", "HER2 (4B5)", "Ki-67 (MIB-1)", "Comment"],
         ["B2 Focus 1 (12 o'clock, 24 mm)", "90%", "70%", "2+ (equivocal)", "15%", "ISH referred"],
         ["B6 Focus 2 (2 o'clock, 7 mm)", "90%", "5% (low positive)", "1+ (negative)", "8%", "-"],
         ["B9 DCIS, intermediate grade", "n/t", "n/t", "n/t", "n/t", "Not tested (not requested)"],
         ["Core AV/26/0410 (focus 1, Dec 2025) - for comparison", "95%", "60%", "2+", "-", "Previously reported"]]
    st.append(grid(m, [50 * mm, 20 * mm, 24 * mm, 26 * mm, 22 * mm, W - 142 * mm], s, head_bg=HX("#e5e5e5"),
                   extra=[("TEXTCOLOR", (0, 4), (-1, 4), HX("#555555")), ("BACKGROUND", (0, 4), (-1, 4), HX("#f5f5f5"))]))
    st.append(P("ER and PR: percentage of invasive tumour nuclei staining, any intensity; intensity strong in both foci for ER. "
                "n/t = not tested.", s["small"]))
    st.append(P("Interpretation", s["h3"]))
    st.append(P("Focus 1 is ER positive, PR positive, HER2 equivocal (2+); HER2 in situ hybridisation on block B2 has been "
                "referred to Harrowgate Reference Laboratories and will be reported in a supplementary report. Focus 2 is ER "
                "positive, PR low positive, HER2 negative (1+). The receptor profile of focus 1 is essentially unchanged from "
                "the diagnostic core.", s["body"]))
    st.append(P("Guidance (for information): ER/PR 1-10% is reported as low positive; HER2 0/1+ negative, 2+ equivocal (reflex ISH), "
                "3+ positive. Where multiple invasive foci are present, the receptor status of each is reported, and of at least "
                "the largest.", s["small"]))
    st.append(sp(10))
    st.append(P("Dr E. F. Carradine-Mbeki MB BS FRCPath &nbsp;&nbsp; 26.01.2026", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6512
@report(6512, "MMIS", "Mesothelin IHC for trial screening with H-score and intensity distribution", "pleural mesothelioma",
        ["TR", "LG", "CT", "MT", "FT", "ML"], dict(patient="Patient L", acc="MM26-IH-00844"),
        [L("Mesothelin", "expression", "positive", "MESOTHELIN: POSITIVE", "Percentage of tumor cells with any staining: 90%",
           percent=90)])
def r6512():
    s = styles("Helvetica", 8.5)
    W = W_LET - 1.3 * 72
    st = [P("Clinical Trial Biomarker Report: Mesothelin (MSLN) Immunohistochemistry", s["h1"])]
    st.append(grid([["Patient", "Study / subject", "Specimen", "Block", "Collected", "Reported"],
                    ["Patient L", "MESO-CAR 1b / 4402-011", "Pleura, right, VATS biopsy", "A4", "01/28/2026", "02/06/2026"]],
                   [22 * mm, 36 * mm, 45 * mm, 15 * mm, 22 * mm, W - 140 * mm], s, head_bg=HX("#e8d4d7")))
    st.append(sp(6))
    st.append(P("Source diagnosis (Lakeview General, LG-26-1170): malignant mesothelioma, epithelioid type (calretinin, WT1 and "
                "D2-40 positive; BAP1 loss). Tumor cellularity adequate (&gt; 2,000 tumor cells).", s["body"]))
    st.append(P("RESULT", s["h2"]))
    st.append(P("<b>MESOTHELIN: POSITIVE</b> (meets protocol threshold)", s["body"]))
    st.append(grid([["Staining intensity", "% tumor cells (membranous +/- cytoplasmic)"],
                    ["3+ (strong)", "45%"], ["2+ (moderate)", "35%"], ["1+ (weak)", "10%"], ["0 (none)", "10%"]],
                   [45 * mm, 70 * mm], s, lines="rows"))
    st.append(sp(3))
    st.append(P("Percentage of tumor cells with any staining: 90%. Percentage with &gt;= 2+ staining: 80%. "
                "H-score: 215 (= 1 x 10 + 2 x 35 + 3 x 45).", s["body"]))
    st.append(P("Protocol eligibility rule (MESO-CAR 1b, section 6.2): mesothelin expression in &gt;= 50% of tumor cells at "
                "&gt;= 2+ intensity. Subjects with &lt; 50% at &gt;= 2+ are screen failures. This subject: 80% at &gt;= 2+, "
                "ELIGIBLE on biomarker criterion.", s["body"]))
    st.append(P("Controls", s["h3"]))
    st.append(grid([["Control", "Expected", "Result"],
                    ["Pancreatic ductal adenocarcinoma, mesothelin-high (external)", "3+ in &gt; 70% of tumor cells", "Acceptable"],
                    ["Normal pancreas / normal mesothelium on control block", "Ductal epithelium negative; mesothelium 1-2+",
                     "Acceptable"],
                    ["Isotype (negative reagent) on patient tissue", "No staining", "Acceptable"]],
                   [80 * mm, 60 * mm, W - 140 * mm], s, lines="rows"))
    st.append(PageBreak())
    st.append(P("Methods and assay information", s["h2"]))
    st.append(P("Mesothelin IHC was performed with a rabbit monoclonal anti-mesothelin antibody (clone MN-1, research "
                "reagent, invented designation) on an automated stainer with polymer detection. Scoring is of membranous staining "
                "with or without cytoplasmic staining in viable tumor cells; luminal (apical) staining is included. Intensity "
                "is graded against the control series.", s["body"]))
    st.append(P("Scoring scale", s["h3"]))
    st.append(grid([["Score", "Description"], ["0", "No staining"], ["1+", "Weak, visible only at high power"],
                    ["2+", "Moderate, visible at low power"], ["3+", "Strong, visible at scanning power"]],
                   [20 * mm, 90 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(P("Limitations: mesothelin is expressed by normal mesothelium, which must be excluded from scoring in pleural "
                "samples; reactive mesothelial proliferation was not included. Decalcified specimens are not validated. "
                "Specimens fixed for &lt; 6 hours or &gt; 72 hours, or sections cut more than 6 weeks before staining, are "
                "rejected.", s["body"]))
    st.append(P("This assay is a laboratory-developed test for clinical trial enrollment. Its performance characteristics "
                "were established by Meridian MIS. It is not a companion diagnostic and the result should not be used for "
                "other therapeutic decisions.", s["small"]))
    st.append(sp(8))
    st.append(P("Electronically signed by Priya Anand-Kowalczyk, MD - 02/06/2026 09:10 PT", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6513
@report(6513, "NCC", "Pan-TRK screening IHC, secretory carcinoma; fusion NGS sent out", "salivary secretory carcinoma",
        ["FT", "NP", "LG", "SA"], dict(patient="Patient M", acc="NB-26-01450"),
        [L("NTRK", "expression", "positive", "Pan-TRK (EPR17341):", "POSITIVE", "approximately 85% of tumour cells", percent=85)])
def r6513():
    s = styles("Helvetica", 8.8)
    W = W_LET - 1.4 * 72
    st = [P("Biomarker Addendum - NTRK (pan-TRK) Immunohistochemistry", s["h1"])]
    st.append(kv([("Patient:", "Patient M"), ("Accession:", "NB-26-01450"),
                  ("Linked surgical case:", "S26-3907 (parotid, left, superficial parotidectomy)"), ("Block:", "A5"),
                  ("Requesting physician:", "Dr T. Nakashima-Oduya (Head &amp; Neck)"), ("Date reported:", "2026-03-06")],
                 [36 * mm, 62 * mm, 24 * mm, W - 122 * mm], s, cols=2, lines="box"))
    st.append(sp(6))
    st.append(P("Please see surgical pathology report S26-3907 for the diagnosis (secretory carcinoma; S100 and mammaglobin "
                "positive, DOG1 negative). This addendum reports the pan-TRK screen only.", s["ital"]))
    st.append(P("Result", s["h2"]))
    st.append(P("<b>Pan-TRK (EPR17341):</b> <b>POSITIVE</b> - moderate to strong, diffuse nuclear and cytoplasmic staining in "
                "approximately 85% of tumour cells.", s["body"]))
    st.append(P("Comment", s["h3"]))
    st.append(P("Nuclear pan-TRK staining in secretory carcinoma is characteristically associated with ETV6::NTRK3 fusion. "
                "Immunohistochemistry indicates TRK protein expression but does not identify the fusion. Confirmatory RNA-based "
                "fusion testing has been sent to the provincial molecular laboratory (requisition M-26-0771, sent 2026-03-06); "
                "the result will be issued as a separate report.", s["body"]))
    st.append(P("Interpretation guide (pan-TRK screen)", s["h3"]))
    st.append(grid([["Pattern", "Typical association", "Action"],
                    ["Nuclear +/- cytoplasmic", "NTRK3 fusions (e.g. ETV6::NTRK3)", "Confirm by RNA NGS"],
                    ["Cytoplasmic, diffuse", "NTRK1 / NTRK2 fusions", "Confirm by RNA NGS"],
                    ["Membranous", "LMNA::NTRK1 and others", "Confirm by RNA NGS"],
                    ["Negative (&lt; 1% of tumour cells)", "Fusion unlikely; NTRK3 fusions may be missed", "Consider NGS if high prior probability"]],
                   [48 * mm, 70 * mm, W - 118 * mm], s, lines="rows", head_bg=HX("#f0e3e8")))
    st.append(sp(6))
    st.append(P("Controls: appendix (ganglion cells, axons) positive; TRK-fusion-positive sarcoma control positive; "
                "negative reagent control clean. Smooth muscle and neural elements in the patient's tissue show expected "
                "physiological staining, which was disregarded.", s["small"]))
    st.append(sp(8))
    st.append(P("A. Ivanova-Reyes, MD, FRCPC - Biomarker Laboratory", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6514
@report(6514, "SBUH", "Endometrial carcinoma hysterectomy report with p53, MMR, ER and PR; POLE sent out", "endometrial carcinoma",
        ["FT", "NP", "MT"], dict(patient="Patient N", acc="H26-11902"),
        [L("TP53", "expression", "positive", "p53 shows diffuse strong nuclear overexpression"),
         L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
         L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
         L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
         L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
         L("MMR", "signature", "negative", "mismatch repair proficient"),
         L("ER", "expression", "positive", "ER positive (approximately 70%", percent=70),
         L("PR", "expression", "positive", "PR positive (approximately 30%", percent=30)])
def r6514():
    s = styles("Times-Roman", 9.8)
    W = W_A4["SBUH"]
    st = [P("HISTOPATHOLOGY REPORT", s["h2"])]
    st.append(kv([("Name", "Patient N"), ("Lab No", "H26-11902"), ("DOB", "03/03/1949"), ("Hospital No", "SB0617720"),
                  ("Consultant", "Ms A. Fairweather-Osei (Gynae-oncology)"), ("Date taken", "04/03/2026"),
                  ("Reported", "13/03/2026"), ("Status", "FINAL")],
                 [22 * mm, 60 * mm, 25 * mm, W - 107 * mm], s, cols=2, lines="box"))
    st.append(P("CLINICAL DETAILS", s["h3"]))
    st.append(P("Post-menopausal bleeding. Pipelle: high-grade carcinoma. TLH BSO, pelvic washings.", s["body"]))
    st.append(P("MACROSCOPIC DESCRIPTION", s["h3"]))
    st.append(P("Labelled 'uterus, cervix, tubes and ovaries'. A uterus 82 x 55 x 40 mm with attached cervix, bilateral tubes "
                "and ovaries. The endometrial cavity contains a polypoid tumour 38 x 30 mm at the fundus, which on slicing "
                "invades into the outer half of the myometrium. The cervix appears uninvolved. Ovaries and tubes unremarkable. "
                "Blocks: A1-A4 tumour full thickness, A5 lower uterine segment, A6 cervix, A7-A8 adnexa.", s["body"]))
    st.append(P("MICROSCOPIC DESCRIPTION", s["h3"]))
    st.append(P("Sections show an endometrioid carcinoma, FIGO grade 3, with solid areas exceeding 50% and marked nuclear "
                "atypia, invading 24 of 31 mm of the myometrial thickness (77%). Substantial lymphovascular space invasion "
                "(&gt;= 5 vessels). The cervical stroma and adnexa are free of tumour. Washings are negative (separate cytology "
                "report).", s["body"]))
    st.append(P("IMMUNOHISTOCHEMISTRY (block A2)", s["h3"]))
    st.append(P("The tumour is ER positive (approximately 70% of nuclei, moderate) and PR positive (approximately 30% of nuclei, "
                "weak to moderate). p53 shows diffuse strong nuclear overexpression in over 90% of tumour cells, an abnormal "
                "(mutant-type) pattern. There is retained nuclear expression of MLH1, PMS2, MSH2 and MSH6, i.e. the tumour is "
                "mismatch repair proficient. p16 shows patchy staining; WT1 is negative; L1CAM is positive in about 20%.",
                s["body"]))
    st.append(P("HER2 was not performed (not indicated for endometrioid histology under the local protocol). POLE hotspot "
                "sequencing has been requested from the genomic laboratory to complete molecular classification; the "
                "provisional molecular group, pending POLE, is p53-abnormal.", s["body"]))
    st.append(P("SYNOPTIC SUMMARY", s["h3"]))
    st.append(kv([("Histological type", "Endometrioid carcinoma"), ("Grade", "FIGO 3 (high grade)"),
                  ("Myometrial invasion", "77% (outer half)"), ("LVSI", "Substantial"),
                  ("Cervical stroma", "Not involved"), ("Adnexa", "Not involved"),
                  ("Molecular classification", "p53abn (provisional, POLE pending)"),
                  ("Provisional FIGO 2023 stage", "IIC (subject to POLE result)")],
                 [55 * mm, W - 55 * mm], s, lines="grid"))
    st.append(P("CONCLUSION", s["h3"]))
    st.append(P("Uterus: endometrioid carcinoma, FIGO grade 3, deep myometrial invasion, substantial LVSI; p53-abnormal, "
                "MMR proficient. For discussion at the gynaecological oncology MDT on 19/03/2026.", s["b"]))
    st.append(sp(8))
    st.append(P("Reported by: Dr K. Lindqvist-Afolabi, Consultant Gynaecological Pathologist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6515
@report(6515, "CVP", "Gastric resection HER2 and PD-L1 with the earlier biopsy in a comparison column", "gastric adenocarcinoma",
        ["BM", "PR", "LG", "CT"], dict(patient="Patient O", acc="CV26/IH/2460"),
        [L("HER2", "expression", "negative", "Resection (block 9)", "1+", ihc_score="1+"),
         L("PD-L1", "expression", "positive", "CPS 3", value="CPS 3"),
         L("HER2", "expression", "equivocal", "Biopsy (CV26/H/0188)", "2+", ihc_score="2+", optional=True),
         L("HER2", "amplification", "negative", "ratio 1.3, not amplified", ratio=1.3, optional=True),
         L("MMR", "signature", "negative", "See CV26/IH/0190 (biopsy):", "proficient", optional=True)])
def r6515():
    s = styles("Helvetica", 8.7)
    W = W_A4["CVP"]
    st = [P("GASTRIC BIOMARKERS - RESECTION", s["h1"])]
    st.append(kv([("Patient", "Patient O"), ("Ref", "CV26/IH/2460"), ("DOB", "11.11.1960"), ("Requested by", "Upper GI MDT (Mr D. Haverford)"),
                  ("Specimen", "Total gastrectomy after 4 cycles FLOT; tumour block 9"), ("Reported", "12.03.2026")],
                 [22 * mm, 64 * mm, 24 * mm, W - 110 * mm], s, cols=2, lines="box",
                 extra=[("BACKGROUND", (0, 0), (-1, -1), HX("#eef6f0"))]))
    st.append(sp(6))
    st.append(P("HER2 was repeated on the resection at the MDT's request because the pre-treatment biopsy was equivocal. "
                "The biopsy results are shown alongside for comparison only; the biopsy was reported separately.", s["body"]))
    rows = [["Test", "Resection (block 9)", "Biopsy (CV26/H/0188), Oct 2025 - comparison"],
            ["HER2 IHC (4B5), resection criteria", "1+", "2+"],
            ["HER2 ISH (dual probe)", "Not performed (IHC 1+)", "ratio 1.3, not amplified"],
            ["PD-L1 (22C3), combined positive score", "CPS 3", "Not tested"],
            ["MMR (4 proteins)", "See CV26/IH/0190 (biopsy): proficient", "Proficient"]]
    st.append(grid(rows, [55 * mm, 55 * mm, W - 110 * mm], s, head_bg=HX("#d5eadc"),
                   extra=[("TEXTCOLOR", (2, 1), (2, -1), HX("#666666"))]))
    st.append(sp(6))
    st.append(band("Interpretation", W, s, HX("#2e7d4f")))
    st.append(P("Resection: HER2 negative (IHC 1+: faint, incomplete membranous staining in about 15% of residual tumour cells). "
                "PD-L1 CPS 3: positive at the CPS &gt;= 1 threshold, below the CPS &gt;= 5 threshold. Tumour regression grade "
                "Becker 2 (10-50% residual tumour); post-treatment tissue may under-represent the original HER2 status.", s["body"]))
    st.append(P("HER2 gastric scoring, resection criteria (reference): 0 = no reactivity or membranous reactivity in &lt; 10% "
                "of tumour cells; 1+ = faint/barely perceptible membranous reactivity in &gt;= 10%; 2+ = weak to moderate complete, "
                "basolateral or lateral in &gt;= 10%; 3+ = strong complete, basolateral or lateral in &gt;= 10%.", s["tiny"]))
    st.append(P("PD-L1 CPS thresholds in gastric/GOJ adenocarcinoma used by the MDT: CPS &gt;= 1 and CPS &gt;= 5 depending on "
                "agent; CPS &gt;= 10 for some second-line indications.", s["tiny"]))
    st.append(P("Controls", s["h3"]))
    st.append(grid([["Run", "Antibody", "Control", "Outcome"],
                    ["R-0311-2", "HER2 4B5", "Cell line pellets 0 / 1+ / 2+ / 3+", "All as expected"],
                    ["R-0311-2", "PD-L1 22C3", "Tonsil and placenta", "Trophoblast positive; crypt epithelium positive"]],
                   [22 * mm, 28 * mm, 60 * mm, W - 110 * mm], s, lines="rows"))
    st.append(sp(10))
    st.append(P("Dr Anwen Thistlethwaite, Consultant Histopathologist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6516
@report(6516, "LIDP", "Lung PD-L1 and ALK: specimen insufficient, nothing reported", "lung carcinoma",
        ["NP", "LG", "CT"], dict(patient="Patient P", acc="LI-26-P-01399"), [])
def r6516():
    s = styles("Courier", 8.3, lead=1.25)
    W = W_A4["LIDP"]
    st = [P("PREDICTIVE MARKER REPORT - THORACIC", s["h2"])]
    st.append(kv([("PATIENT....:", "Patient P"), ("SEX/AGE....:", "M / 71"),
                  ("ACCESSION..:", "LI-26-P-01399"), ("PARENT CASE:", "LI-26-C-00872 (pleural fluid cell block)"),
                  ("RECEIVED...:", "2026-02-11"), ("FINAL......:", "2026-02-13")],
                 [28 * mm, 62 * mm, 28 * mm, W - 118 * mm], s, cols=2))
    st.append(P("-" * 96, s["small"]))
    st.append(P("TESTS REQUESTED: PD-L1 (22C3), ALK (D5F3), ROS1 (D4D6)", s["body"]))
    st.append(grid([["TEST", "STATUS", "DETAIL"],
                    ["PD-L1 22C3", "NOT EVALUABLE", "approx. 40 viable tumour cells on the stained section; minimum 100 required"],
                    ["ALK D5F3", "NOT PERFORMED", "insufficient tumour after PD-L1 section"],
                    ["ROS1 D4D6", "NOT PERFORMED", "insufficient tumour"]],
                   [30 * mm, 34 * mm, W - 64 * mm], s, lines="rows"))
    st.append(sp(4))
    st.append(P("COMMENT", s["h3"]))
    st.append(P("The cell block contains scant clusters of adenocarcinoma (TTF-1 positive on the parent case) among abundant "
                "mesothelial cells and macrophages. PD-L1 staining was seen in macrophages and mesothelial cells, which are "
                "excluded from the TPS; the few tumour cells could not be scored reliably. No biomarker result can be issued.",
                s["body"]))
    st.append(P("RECOMMENDATION: a tissue biopsy or a further cell block with more tumour cells. Liquid biopsy ctDNA NGS "
                "(EGFR, ALK, ROS1, KRAS, BRAF, MET, RET) may be considered by the clinician and has not been ordered by us.",
                s["body"]))
    st.append(P("REFERENCE (PD-L1 22C3 TPS): &lt;1% no expression; 1-49% expression; &gt;=50% high expression. ALK D5F3 and "
                "ROS1 D4D6 are reported as positive or negative.", s["small"]))
    st.append(P("CONTROLS: tonsil (PD-L1) stained appropriately. The run is valid; the limitation is of the specimen.", s["small"]))
    st.append(P("-" * 96, s["small"]))
    st.append(P("Verified by: H. Bergqvist-Amadi, MD  2026-02-13 09:31", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6517
@report(6517, "HRL", "HER2 ISH group 4 with summary on top, IHC 2+ restated", "breast carcinoma",
        ["SB", "SA", "LG", "CT"], dict(patient="Patient Q", acc="HR26-043152"),
        [L("HER2", "expression", "equivocal", "IHC 2+", ihc_score="2+"),
         L("HER2", "amplification", "negative", "HER2 NOT AMPLIFIED", "1.62", ratio=1.62)])
def r6517():
    s = styles("Helvetica", 8.7)
    W = W_A4["HRL"]
    st = [P("HER2 ISH REPORT", s["h1"])]
    summary = Table([[P("<b>SUMMARY</b>", s["cellw"]), P("", s["cell"])],
                     [P("Result", s["cellb"]), P("<b>HER2 NOT AMPLIFIED</b> - ASCO/CAP 2018 group 4 (see comment)", s["cell"])],
                     [P("Ratio / copy number", s["cellb"]), P("HER2/CEP17 1.62; mean HER2 4.7 signals per cell", s["cell"])],
                     [P("Preceding IHC", s["cellb"]), P("IHC 2+ (HR26-042977, 13/03/2026)", s["cell"])],
                     [P("Overall HER2 status", s["cellb"]), P("HER2 negative", s["cell"])]],
                    colWidths=[45 * mm, W - 45 * mm])
    summary.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HX("#1f3a68")),
                                 ("BOX", (0, 0), (-1, -1), 1.2, HX("#1f3a68")),
                                 ("BACKGROUND", (0, 1), (-1, -1), HX("#eef2f8")),
                                 ("LINEBELOW", (0, 1), (-1, -2), 0.3, HX("#9aa9c4"))]))
    st.append(summary)
    st.append(sp(8))
    st.append(kv([("Patient", "Patient Q"), ("Lab no.", "HR26-043152"), ("DOB", "05/05/1969"), ("Block", "A2 (core biopsy)"),
                  ("Referring", "Kestrel Bay Regional Hospital, KB-26-05510"), ("Reported", "19/03/2026")],
                 [22 * mm, 60 * mm, 22 * mm, W - 104 * mm], s, cols=2, lines="grid"))
    st.append(sp(6))
    st.append(P("Detail", s["h2"]))
    st.append(grid([["Area", "Nuclei", "HER2 signals", "CEP17 signals", "HER2 mean", "CEP17 mean", "Ratio"],
                    ["1 (observer A)", "20", "96", "58", "4.8", "2.9", "1.66"],
                    ["2 (observer B)", "20", "92", "58", "4.6", "2.9", "1.59"],
                    ["Total", "40", "188", "116", "4.70", "2.90", "1.62"]],
                   [30 * mm, 18 * mm, 25 * mm, 25 * mm, 22 * mm, 22 * mm, W - 142 * mm], s, head_bg=HX("#dfe5ef")))
    st.append(sp(6))
    st.append(P("Comment", s["h3"]))
    st.append(P("The ratio is below 2.0 with a mean HER2 copy number of 4.0 to less than 6.0 signals per cell (group 4). The "
                "IHC slide (2+) was reviewed together with the ISH slide, as the guideline requires, and the areas counted "
                "correspond to the areas of strongest IHC staining. Under ASCO/CAP 2018 a group 4 result without concurrent "
                "IHC 3+ is reported as HER2 negative, with a comment that the evidence for benefit of HER2-targeted therapy "
                "in this group is limited. The tumour falls into the HER2-low category (IHC 2+/ISH not amplified).", s["body"]))
    st.append(P("ISH groups 1-5 (reference): group 1 ratio &gt;= 2.0 and HER2 &gt;= 4.0 (positive); group 2 ratio &gt;= 2.0 and "
                "HER2 &lt; 4.0; group 3 ratio &lt; 2.0 and HER2 &gt;= 6.0; group 4 ratio &lt; 2.0 and HER2 &gt;= 4.0 and &lt; 6.0; "
                "group 5 ratio &lt; 2.0 and HER2 &lt; 4.0 (negative).", s["tiny"]))
    st.append(P("Controls: amplified and non-amplified cell lines as expected; internal control nuclei two signals of each probe.",
                s["small"]))
    st.append(sp(8))
    st.append(P("Reported by Dr Imogen Stalbridge - authorised 19/03/2026", s["small"]))
    return st


# ----------------------------------------------------------------------------- 6518
@report(6518, "KBRH", "ROS1 IHC screen positive with break-apart FISH confirmation, ALK negative; controls table", "lung adenocarcinoma",
        ["CT", "TW", "NP", "LG"], dict(patient="Patient R", acc="KB-26-05022"),
        [L("ROS1", "expression", "positive", "ROS1 IHC (D4D6)", "Positive"),
         L("ROS1", "fusion", "positive", "REARRANGED", "Confirms ROS1 gene rearrangement"),
         L("ALK", "expression", "negative", "ALK IHC (D5F3)", "Negative")])
def r6518():
    s = styles("Helvetica", 8.6)
    W = W_A4["KBRH"]
    st = [P("Lung Cancer Biomarkers - Immunohistochemistry and FISH", s["h1"])]
    st.append(grid([["Patient", "NHI", "Lab no.", "Specimen", "Collected", "Reported"],
                    ["Patient R", "ZZZ5022", "KB-26-05022", "Left lower lobe core biopsy (A1)", "02/03/2026", "10/03/2026"]],
                   [20 * mm, 18 * mm, 24 * mm, 55 * mm, 22 * mm, W - 139 * mm], s, head_bg=HX("#fbe3d3")))
    st.append(sp(6))
    st.append(P("Diagnosis (main report): invasive non-mucinous adenocarcinoma, solid pattern with signet-ring features.", s["body"]))
    rows = [["Test", "Result", "Details", "Interpretation"],
            ["ALK IHC (D5F3)", "Negative", "No granular cytoplasmic staining", "No evidence of ALK rearrangement"],
            ["ROS1 IHC (D4D6)", "Positive", "Moderate to strong diffuse cytoplasmic staining in about 80% of tumour cells",
             "ROS1 protein expression; screening test - reflexed to FISH"],
            ["ROS1 FISH (break-apart)", "ROS1 REARRANGED", "62% of 100 tumour nuclei with split or isolated 3' signals "
             "(cut-off 15%)", "Confirms ROS1 gene rearrangement"],
            ["PD-L1 (SP263)", "Pending", "Stained with the next run", "To follow in an addendum"]]
    st.append(grid(rows, [32 * mm, 30 * mm, 58 * mm, W - 120 * mm], s, head_bg=HX("#d9661f"), head_white=True,
                   zebra=HX("#fdf1ea")))
    st.append(sp(8))
    st.append(P("Controls", s["h3"]))
    st.append(grid([["Control", "Assay", "Expected", "Observed", "Accept"],
                    ["External positive: ALK-rearranged NSCLC", "ALK D5F3", "Strong granular", "Strong granular", "Yes"],
                    ["External positive: ROS1-rearranged cell line (HCC78)", "ROS1 D4D6", "Diffuse cytoplasmic", "Diffuse cytoplasmic", "Yes"],
                    ["External negative: normal lung", "ROS1 D4D6", "Macrophages weak; pneumocytes negative", "As expected", "Yes"],
                    ["FISH internal: stromal nuclei", "ROS1 FISH", "Fused signals", "Fused (&lt; 5% split)", "Yes"],
                    ["FISH external: ROS1-rearranged control", "ROS1 FISH", "&gt; 50% split", "78% split", "Yes"]],
                   [62 * mm, 22 * mm, 38 * mm, 34 * mm, W - 156 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(P("Comment: ROS1-rearranged lung adenocarcinoma. The fusion partner is not identified by FISH; RNA-based NGS "
                "(including CD74, EZR, SDC4 and SLC34A2 partners) can be requested if required for a trial. EGFR mutation "
                "testing (real-time PCR) was not requested on this specimen.", s["body"]))
    st.append(P("FISH scoring: a nucleus is counted as rearranged if the 5' and 3' signals are separated by more than two "
                "signal diameters or an isolated 3' signal is present. Positive if &gt; 15% of 50-100 nuclei are rearranged.",
                s["tiny"]))
    st.append(sp(8))
    st.append(P("Dr C. Brightwater-Sen, Anatomical Pathologist | FISH: M. Rautahi, Scientist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6519
@report(6519, "PCOD", "Mesothelin IHC screen failure, pancreatic cancer; prior outside result quoted", "pancreatic adenocarcinoma",
        ["TR", "PR", "SB", "LG"], dict(patient="Patient S", acc="PC-TS-26-0203"),
        [L("Mesothelin", "expression", "negative", "Mesothelin: NEGATIVE", "5% of tumor cells", percent=5),
         L("Mesothelin", "expression", "positive", "H-score 120", optional=True)])
def r6519():
    s = styles("Helvetica", 8.6)
    W = W_LET - 1.3 * 72
    st = [P("Tumor Antigen Screening - Immunohistochemistry", s["h1"])]
    st.append(kv([("Subject", "Patient S"), ("Protocol", "MSLN-ADC-301 (pancreas cohort)"), ("Subject ID", "203-0044"),
                  ("Site", "Site 203, Redwood Valley Cancer Institute"),
                  ("Specimen", "Liver, segment 6, core biopsy (metastasis), block 1"), ("Collected", "02/10/2026"),
                  ("Received", "02/13/2026"), ("Reported", "02/19/2026")],
                 [22 * mm, 70 * mm, 22 * mm, W - 114 * mm], s, cols=2, lines="grid"))
    st.append(sp(8))
    st.append(boxed([P("Mesothelin: NEGATIVE - does not meet protocol threshold", s["h2"]),
                     P("Membranous staining of 1+ intensity in 5% of tumor cells; no 2+ or 3+ staining. H-score 5.", s["body"]),
                     P("Eligibility requires &gt;= 25% of tumor cells with &gt;= 2+ membrane staining (protocol v4.0, sec. 5.2). "
                       "Outcome: SCREEN FAIL on biomarker criterion.", s["body"])],
                    W, bg=HX("#fdecec"), border=HX("#b3261e"), bw=1.2))
    st.append(sp(8))
    st.append(P("Additional information", s["h3"]))
    st.append(P("The site submitted an outside report (another laboratory, pancreatic head FNA cell block, 2025) describing "
                "mesothelin as 'positive, H-score 120' with an unstated antibody. That result was obtained with a different "
                "assay on a different specimen and is not used for eligibility. Heterogeneity between primary and metastatic "
                "sites is recognised.", s["body"]))
    st.append(P("Claudin 18.2 (for the companion cohort) was stained at the site's request: moderate-to-strong membranous "
                "staining in 70% of tumor cells (reported for information; claudin 18.2 eligibility is assessed by the sponsor).",
                s["body"]))
    st.append(P("Scoring scheme", s["h3"]))
    st.append(grid([["Intensity", "0", "1+", "2+", "3+"], ["% tumor cells", "95", "5", "0", "0"]],
                   [30 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm], s, head_bg=HX("#d4eced")))
    st.append(sp(4))
    st.append(P("Tumor content: about 400 viable tumor cells (minimum 100). Fixation: 10% NBF 18 h. Controls (pancreatic "
                "adenocarcinoma with known high mesothelin, normal pancreas, isotype) performed as expected.", s["small"]))
    st.append(P("A re-screen on a new biopsy is permitted once under the protocol; please contact the trial desk.", s["small"]))
    st.append(sp(8))
    st.append(P("Orin Vasquez-Tamura, MD, Laboratory Director - 02/19/2026", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6520
@report(6520, "AVH", "Colorectal MMR: rows are specimens, columns proteins; MSI PCR; relative's result", "colorectal adenocarcinoma",
        ["BM", "CB", "NP", "FT"], dict(patient="Patient T", acc="AV/26/1310"),
        [L("MLH1", "expression", "positive", "Intact"),
         L("PMS2", "expression", "positive", "Intact"),
         L("MSH2", "expression", "positive", "Intact"),
         L("MSH6", "expression", "positive", "Intact"),
         L("MMR", "signature", "negative", "MMR proficient (pMMR)"),
         L("MSI", "signature", "negative", "microsatellite stable (MSS)")])
def r6520():
    s = styles("Times-Roman", 9.4)
    W = W_A4["AVH"]
    st = [P("Mismatch repair and microsatellite instability report", s["h2"])]
    st.append(kv([("Patient", "Patient T"), ("Date of birth", "28.12.1984"), ("Referrer", "Dr N. Pellegrini-Shaw, colorectal clinic"),
                  ("Our ref", "AV/26/1310")],
                 [24 * mm, 58 * mm, 24 * mm, W - 106 * mm], s, cols=2, lines="grid"))
    st.append(sp(6))
    st.append(P("Clinical information: 41-year-old with rectal adenocarcinoma. Family history: sister diagnosed with endometrial "
                "cancer at 46; her tumour was reported elsewhere as showing loss of MSH2 and MSH6. Please assess for Lynch "
                "syndrome.", s["body"]))
    m = [["Specimen", "MLH1", "PMS2", "MSH2", "MSH6", "Comment"],
         ["Rectal biopsy AV/26/0881, block 1 (pre-treatment)", "Intact", "Intact", "Intact", "Intact", "Good internal control"],
         ["Anterior resection AV/26/1310, block 7", "Intact", "Intact", "Intact", "Intact", "Post short-course RT; staining retained"]]
    st.append(grid(m, [62 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm, W - 130 * mm], s, head_bg=HX("#e5e5e5")))
    st.append(sp(6))
    st.append(P("Microsatellite instability (PCR, five mononucleotide markers BAT-25, BAT-26, NR-21, NR-24, MONO-27; tumour "
                "versus normal mucosa): no instability at any marker.", s["body"]))
    st.append(P("Summary", s["h3"]))
    st.append(check_grid([("Immunohistochemistry", 0), ("MSI PCR", 0)], ["pMMR / MSS", "dMMR / MSI-H", "Inconclusive"], s,
                         [38 * mm] + [7 * mm, 30 * mm] * 3, mark="fill", head=False))
    st.append(sp(4))
    st.append(P("The tumour is MMR proficient (pMMR) in both specimens and microsatellite stable (MSS) by PCR. These findings do "
                "not support Lynch syndrome as the cause of this tumour. In view of the family history, referral to clinical "
                "genetics is nonetheless recommended: the sister's MSH2/MSH6-deficient tumour raises the possibility of a "
                "familial MSH2 variant, which germline testing of an affected relative would best address.", s["body"]))
    st.append(P("Note: isolated MMR protein loss after radiotherapy can be artefactual; here staining in the resection matched "
                "the biopsy.", s["small"]))
    st.append(sp(10))
    st.append(P("Dr E. F. Carradine-Mbeki &nbsp;&nbsp; 02.03.2026", s["body"]))
    return st
