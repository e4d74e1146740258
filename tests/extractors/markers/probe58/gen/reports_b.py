"""probe58 reports 7411-7420. Every person, laboratory, sponsor, protocol and number is invented."""
from __future__ import annotations

from common import (L, P, T, Spacer, banner, checkbox, colors, dist_bars, hscore, kv, report,
                    side_by_side, Table, TableStyle)
from labs import ARD, CORV, HALV, KEST, MERID, PELL, QUIL, TIDE
from reportlab.platypus import CondPageBreak, FrameBreak, PageBreak


# ============================================================================ 7411
@report("7411", KEST,
        meta=dict(accession="KBL-25-30918", patient="Patient K", client="Sorrel Gene Therapeutics",
                  protocol="SGT-E2-HN", issued="06/12/2025", doctitle="Quantitative IHC Report - EGFR / PD-L1"),
        labels=[
            L("EGFR", "expression", "positive", "92.4", "219", "EGFR: POSITIVE", percent=92.4,
              value="H-score 219"),
            L("PD-L1", "expression", "positive", "CPS 25", value="CPS 25"),
            L("EGFR", "amplification", "negative", "NOT AMPLIFIED", "1.1", ratio=1.1),
        ],
        summary="HNSCC node recurrence; EGFR by image analysis vs EGFR FISH; PD-L1 CPS")
def r7411():
    S = KEST.S
    W = KEST.width
    s = []
    s.append(kv([("Specimen", "Core biopsy x3, right neck level II nodal recurrence; FFPE block 1A"),
                 ("Site pathology no.", "HN25-2210 (Harbourline Regional Pathology)"),
                 ("Diagnosis (site)", "Metastatic keratinising squamous cell carcinoma; primary left "
                  "oral tongue, resected 2023"),
                 ("Collected / received", "05/27/2025 / 05/30/2025"),
                 ("Tests ordered", "EGFR IHC with image analysis; PD-L1 22C3 CPS; EGFR FISH; HER2 IHC")],
               [92, W - 92], S, grid=colors.HexColor("#e2d6c6")))
    s.append(Spacer(1, 6))
    s.append(P("Result summary", S["h2"]))
    s.append(T([
        ["Test", "Result", "Protocol SGT-E2-HN"],
        ["EGFR IHC (clone KB-31)", "EGFR: POSITIVE - high expression", "H-score of 150 or more required: met"],
        ["PD-L1 IHC (22C3)", "Positive, CPS 25", "Not an entry criterion"],
        ["EGFR FISH", "NOT AMPLIFIED (ratio 1.1)", "Not an entry criterion"],
        ["HER2 IHC", "Cancelled - insufficient tissue after priority tests", "-"],
    ], [108, 150, W - 258], S, head_bg=colors.HexColor("#f1ece4")))
    s.append(P("Digital image analysis - EGFR", S["h2"]))
    s.append(P("Whole-slide image scanned at 40x. The pathologist annotated the tumour region of interest "
               "(ROI), excluding necrosis, crush and lymphoid stroma. Membrane algorithm QP-Mem v4.1 "
               "classified each detected tumour cell by membrane optical density into 0, 1+, 2+, 3+ "
               "bins calibrated on the control slide.", S["body"]))
    s.append(T([
        ["Metric", "Value"],
        ["Tumour cells detected in ROI", "41,552"],
        ["% tumour cells 0", "7.6"],
        ["% tumour cells 1+", "14.1"],
        ["% tumour cells 2+", "30.2"],
        ["% tumour cells 3+", "48.1"],
        ["% positive (1+ or greater)", "92.4"],
        ["H-score (algorithm)", "219"],
        ["Pathologist visual estimate", "H-score approx. 220; concordant (within 20 points)"],
    ], [190, W - 190], S, head_bg=colors.HexColor("#f1ece4"), zebra=colors.HexColor("#faf7f3")))
    s.append(P("Staining is membranous with cytoplasmic accentuation in keratinising areas; basal layer of "
               "adjacent benign squamous mucosa (not in ROI) is 2+, as expected.", S["small"]))
    s.append(P("PD-L1 (22C3) - combined positive score", S["h2"]))
    s.append(P("Scored manually; the image-analysis algorithm is not validated for CPS. Viable tumour cells "
               "about 2,000. PD-L1-staining tumour cells approx. 18% and PD-L1-staining lymphocytes and "
               "macrophages within the tumour approx. 7% of the viable tumour cell count: CPS 25. "
               "Interpretation: PD-L1 expression positive (CPS of 1 or more); falls in the CPS 20 or more "
               "category.", S["body"]))
    s.append(P("EGFR gene - FISH", S["h2"]))
    s.append(T([
        ["Nuclei", "Mean EGFR / nucleus", "Mean CEP7 / nucleus", "EGFR/CEP7", "Interpretation"],
        ["60", "2.4", "2.2", "1.1", "NOT AMPLIFIED; low polysomy in 12% of nuclei"],
    ], [40, 80, 80, 56, W - 256], S, head_bg=colors.HexColor("#f1ece4")))
    s.append(P("EGFR protein overexpression in squamous carcinoma of the head and neck is usually not "
               "accompanied by gene amplification; the two results are not discordant.", S["body"]))
    s.append(CondPageBreak(180))
    s.append(P("Other findings reported by the site (not tested at Kestrel)", S["h2"]))
    s.append(P("p16 IHC negative on the 2023 primary; high-risk HPV RNA ISH negative. These were not repeated.",
               S["body"]))
    s.append(P("Quality control", S["h2"]))
    s.append(T([
        ["Assay", "Control", "Expected", "Observed"],
        ["EGFR", "A431 pellet / tonsil / liver", "3+ / squamous basal 2+ / hepatocytes 1+", "Acceptable"],
        ["PD-L1", "Tonsil, placenta", "Crypt epithelium +, trophoblast +", "Acceptable"],
        ["FISH", "Internal normal stroma", "2 EGFR : 2 CEP7", "Acceptable"],
    ], [50, 120, 150, W - 320], S, head_bg=colors.HexColor("#f1ece4")))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed by Rafael Okonjo-Burke, MD, Medical Director, 06/12/2025 10:14 CT. "
               "Image analysis reviewed by Hyun-woo Sandoval, MD. The EGFR image-analysis method was "
               "developed and validated by Kestrel Biomarker Laboratories for investigational use.", S["small"]))
    s.append(PageBreak())
    s.append(P("Appendix A - Slide map and region of interest (EGFR slide, block 1A)", S["h2"]))
    from common import Drawing, Rect, String
    d = Drawing(W, 190)
    d.add(Rect(0, 0, W, 190, fillColor=colors.HexColor("#fbfaf7"), strokeColor=colors.grey, strokeWidth=0.5))
    for i, (x, y, w, h) in enumerate(((30, 110, 300, 34), (30, 62, 280, 30), (30, 16, 250, 28)), 1):
        d.add(Rect(x, y, w, h, fillColor=colors.HexColor("#e8d5c0"), strokeColor=colors.HexColor("#8a4b08"),
                   strokeWidth=0.6, rx=12, ry=12))
        d.add(String(x + w + 6, y + h / 2 - 3, f"Core {i}", fontName="Helvetica", fontSize=7))
    d.add(Rect(60, 114, 200, 26, fillColor=None, strokeColor=colors.HexColor("#0a7a0a"), strokeWidth=1.2))
    d.add(Rect(50, 66, 180, 22, fillColor=None, strokeColor=colors.HexColor("#0a7a0a"), strokeWidth=1.2))
    d.add(Rect(240, 66, 50, 22, fillColor=None, strokeColor=colors.HexColor("#c00000"), strokeWidth=1.0))
    d.add(Rect(40, 20, 60, 20, fillColor=None, strokeColor=colors.HexColor("#c00000"), strokeWidth=1.0))
    d.add(String(62, 143, "ROI-1 tumour (green)", fontName="Helvetica", fontSize=6.5))
    d.add(String(242, 91, "excluded: necrosis (red)", fontName="Helvetica", fontSize=6.5))
    d.add(String(42, 43, "excluded: crush", fontName="Helvetica", fontSize=6.5))
    d.add(String(W - 100, 175, "scale bar = 1 mm", fontName="Helvetica", fontSize=6.5))
    s.append(d)
    s.append(Spacer(1, 6))
    s.append(T([
        ["Region", "Area (mm2)", "Tumour cells", "Included"],
        ["ROI-1 (core 1)", "3.1", "24,908", "Yes"],
        ["ROI-2 (core 2)", "2.2", "16,644", "Yes"],
        ["Core 2, distal end", "0.5", "-", "No - necrosis"],
        ["Core 3", "0.6", "-", "No - crush artefact; lymphoid tissue only"],
    ], [120, 70, 80, W - 270], S, head_bg=colors.HexColor("#f1ece4")))
    s.append(P("Appendix B - Algorithm performance (validation summary, QP-Mem v4.1, EGFR)", S["h2"]))
    s.append(T([
        ["Parameter", "Result", "Acceptance"],
        ["Agreement with consensus pathologist H-score (n = 60 cases)", "ICC 0.93", "ICC 0.85 or more"],
        ["Agreement in EGFR category (H-score below / at or above 150)", "57/60 (95%)", "90% or more"],
        ["Repeatability (same slide, 3 scans)", "CV 2.8%", "CV 10% or less"],
        ["Reproducibility (3 runs, 3 operators)", "CV 6.1%", "CV 15% or less"],
    ], [220, 80, W - 300], S, head_bg=colors.HexColor("#f1ece4"), cell=S["small"]))
    s.append(P("Validation data are on file (KBL-VAL-IA-019). The algorithm does not score cytoplasmic "
               "staining and is not intended for PD-L1, HER2 or other membrane markers unless separately "
               "validated.", S["small"]))
    return s


# ============================================================================ 7412
@report("7412", HALV,
        meta=dict(protocol="CLV-GD2-02", sponsor="Calvera Bio", subject="117-0004", accession="HCL-25-022517",
                  patient="Patient L"),
        labels=[
            L("GD2", "expression", "negative", "NEGATIVE", "H-score 10", value="H-score 10"),
        ],
        summary="osteosarcoma lung metastasis; GD2 negative, decalcified archival block, contradicted pre-screen")
def r7412():
    S = HALV.S
    W = HALV.width
    s = []
    s.append(banner([P("<b>SCREENING OUTCOME: GD2 CRITERION NOT MET</b>", S["h2"]),
                     P("Subject does not meet inclusion criterion 3.2 (central GD2 IHC). This outcome has been "
                       "transmitted to the site and sponsor via the screening portal (transmittal T-55810).",
                       S["body"])], W, border=colors.HexColor("#8b1a1a"), fill=colors.HexColor("#fbeaea"), thick=2))
    s.append(Spacer(1, 8))
    s.append(kv([
        ("Patient", "Patient L (M, 24 y)"), ("Site", "117 - Bayview Sarcoma Program"),
        ("Diagnosis", "High-grade osteosarcoma, right proximal tibia; lung metastases"),
        ("Specimens", "1) Lung wedge, LUL, fresh-frozen core (OCT) 18-Jun-2025; "
                      "2) Tibial resection 2023, FFPE block C4 (decalcified)"),
        ("Received", "20-Jun-2025 (dry ice; 1 OCT block) / 20-Jun-2025 (FFPE)"),
        ("Reported", "26-Jun-2025"),
    ], [62, W - 62], S, grid=colors.HexColor("#cccccc"), box=colors.HexColor("#1c3557")))
    s.append(P("Target / Assay / Result / Eligibility threshold", S["h2"]))
    s.append(T([
        ["Target", "Assay", "Specimen", "Result", "Eligibility threshold", "Met?"],
        ["GD2", "IHC on frozen tissue, clone 14G2a (LDT)", "1 - lung wedge (OCT)",
         "NEGATIVE<br/>1+ membranous in 10% of viable tumour cells; no 2+ or 3+; H-score 10",
         "&gt;= 2+ in &gt;= 50% of viable tumour cells", "No"],
        ["GD2", "-", "2 - tibia 2023 (FFPE, decalcified)",
         "Not evaluable: FFPE and decalcified tissue are not validated for GD2", "-", "-"],
        ["B7-H3", "IHC, clone HB-9 (exploratory)", "1", "3+ membranous in 90%",
         "None (exploratory)", "n/a"],
    ], [40, 94, 84, 130, 100, W - 448], S, zebra=colors.HexColor("#f4f6f9")))
    s.append(Spacer(1, 6))
    s.append(P("Specimen adequacy: specimen 1 contains about 1,800 viable tumour cells (minimum 200 for "
               "frozen GD2). Freezing artefact is moderate but membranes are assessable. Tumour stroma and "
               "osteoid are excluded from scoring.", S["body"]))
    s.append(P("Site pre-screen", S["h2"]))
    s.append(P("The site's pre-screening request form records a local FFPE immunostain for GD2 reported as "
               "'weakly positive'. This is not confirmed by the central frozen-tissue assay. FFPE-based GD2 "
               "results are not accepted under protocol section 7.4, because the ganglioside antigen is "
               "largely extracted during processing and reported FFPE staining is frequently non-specific.",
               S["body"]))
    s.append(P("Notes for the investigator", S["h2"]))
    s.append(P("a) Re-screening on a new fresh-frozen sample is permitted once (protocol section 7.6). "
               "b) The B7-H3 result is reported under the sponsor's exploratory biomarker plan and is not an "
               "eligibility result for any study. c) CLV-GD2-02 targets tumours in which GD2 is expressed on "
               "the majority of tumour cells, because antigen-low tumour cells escape CAR-T killing.",
               S["body"]))
    s.append(P("Scoring method and controls", S["h2"]))
    s.append(P("GD2 result categories: POSITIVE = any 2+ or 3+ membranous staining in 10% or more of viable "
               "tumour cells; NEGATIVE = otherwise. Intensity bins 0-3+; H-score 0-300. Controls: IMR-32 "
               "neuroblastoma cell pellet (OCT) 3+ expected, obtained; human cerebellum molecular layer "
               "positive, obtained; frozen skeletal muscle negative, obtained; isotype control on specimen 1 "
               "negative.", S["body"]))
    s.append(Spacer(1, 10))
    s.append(banner([
        P("Electronically signed by Marcus Ebbesen-Tali, MD, Pathologist, 26-Jun-2025 11:03 ET - reason: "
          "approval of results (manifest 4b0c-19fe-d27a). Technical review: L. Pruitt, HT(ASCP), "
          "25-Jun-2025.", S["small"])], W, border=colors.grey, thick=0.6))
    return s


# ============================================================================ 7413
@report("7413", CORV,
        meta=dict(patient="Patient M", mrn="CB-7730215", dob="02/11/1953", accession="SP25-40772",
                  ordering="Gwen Asante-Moreau, MD (Oncology)", collected="06/09/2025", issued="06/19/2025 14:02"),
        labels=[
            L("HER2", "expression", "negative", "1+ (NEGATIVE)", ihc_score="1+"),
            L("PD-L1", "expression", "positive", "CPS 8", value="CPS 8"),
            L("MLH1", "expression", "positive", "MLH1: Intact"),
            L("PMS2", "expression", "positive", "PMS2: Intact"),
            L("MSH2", "expression", "positive", "MSH2: Intact"),
            L("MSH6", "expression", "positive", "MSH6: Intact"),
            L("MMR", "signature", "negative", "proficient (pMMR)"),
        ],
        summary="gastric biopsy HER2 1+ with biopsy criteria; PD-L1 CPS; MMR; claudin 18.2 near miss; addendum")
def r7413():
    S = CORV.S
    W = CORV.width
    s = []
    s.append(P("SURGICAL PATHOLOGY REPORT - BIOMARKER ADDENDA", S["h2"]))
    s.append(P("<b>SPECIMEN:</b> A. Stomach, body, lesser curvature, endoscopic biopsies (6 fragments). "
               "B. Stomach, antrum, random biopsies (2 fragments).", S["body"]))
    s.append(P("<b>FINAL DIAGNOSIS:</b>", S["body"]))
    s.append(P("A. Invasive adenocarcinoma, poorly cohesive and tubular (mixed) type, involving 5 of 6 "
               "fragments.<br/>B. Antral mucosa with intestinal metaplasia; negative for dysplasia and "
               "carcinoma. Helicobacter immunostain negative.", S["body"]))
    s.append(Spacer(1, 4))
    s.append(P("<b>BIOMARKER STUDIES (block A1):</b> requested for screening, LUM-HER2-CAR-201 cohort B "
               "(gastric/GEJ) and standard-of-care first-line planning.", S["body"]))
    s.append(T([
        ["TEST", "RESULT", "METHOD / COMMENT"],
        ["HER2 IHC (4B5)", "1+ (NEGATIVE)", "Biopsy criteria: faint, incomplete membranous staining in a "
         "cluster of 5 or more tumor cells; no clusters with moderate or strong staining"],
        ["HER2 ISH", "Not performed", "Not indicated for IHC 0/1+"],
        ["PD-L1 IHC (22C3)", "CPS 8", "Positive at the CPS 1 cut-off; positive at CPS 5; below CPS 10"],
        ["Mismatch repair IHC", "See panel below", "Clones M1 / A16-4 / G219-1129 / EP49"],
        ["Claudin 18.2 (43-14A)", "POSITIVE: 80% of tumor cells, moderate-strong (2+/3+) membranous",
         "Meets the 75% cut-off used for zolbetuximab-type therapy"],
        ["EBV (EBER ISH)", "Negative", "-"],
    ], [110, 150, W - 260], S, head_bg=colors.HexColor("#e3e3e3")))
    s.append(Spacer(1, 6))
    s.append(P("MISMATCH REPAIR PROTEIN PANEL", S["h3"]))
    mmr = Table([
        ["MLH1: Intact", "PMS2: Intact", "MSH2: Intact", "MSH6: Intact"],
    ], colWidths=[W / 4.0] * 4, hAlign="LEFT")
    mmr.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                             ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    s.append(mmr)
    s.append(P("INTERPRETATION: Mismatch repair proficient (pMMR). Nuclear staining retained in tumor cells for "
               "all four proteins, with appropriate internal control staining.", S["body"]))
    s.append(P("HER2 INTERPRETATION AND TRIAL NOTE", S["h3"]))
    s.append(P("The HER2 result is negative. For the referenced cell-therapy trial, the requisition states "
               "that cohort B requires HER2 IHC 3+ or IHC 2+ with ISH amplification; this specimen does not meet "
               "that requirement. HER2 heterogeneity is common in gastric cancer; a resection or an additional "
               "biopsy could be tested if clinically indicated.", S["body"]))
    s.append(P("SCORING REFERENCE (gastric, biopsy): 0 = no reactivity or reactivity in fewer than 5 "
               "clustered cells; 1+ = faint/barely perceptible membranous reactivity in a cluster of 5 or more "
               "cells; 2+ = weak to moderate complete, basolateral or lateral reactivity in a cluster of 5 or "
               "more; 3+ = strong complete, basolateral or lateral reactivity in a cluster of 5 or more.",
               S["small"]))
    s.append(P("Controls: multi-tissue control block with gastric carcinoma of known HER2 3+, 1+ and 0 status, "
               "tonsil for PD-L1 and appendix for MMR - all performed as expected.", S["small"]))
    s.append(Spacer(1, 6))
    s.append(P("Electronically signed: Theodora Vasquez-Lindgren, MD, Pathologist, 06/16/2025 16:40", S["body"]))
    s.append(Spacer(1, 8))
    s.append(banner([P("<b>ADDENDUM (06/19/2025)</b>", S["b"]),
                     P("The oncologist asked whether part B could be tested for HER2. Part B contains no "
                       "carcinoma (intestinal metaplasia only), so HER2 testing on B is not possible. No "
                       "change to the results above. -- T. Vasquez-Lindgren, MD", S["body"])], W, thick=0.8))
    s.append(Spacer(1, 6))
    s.append(P("Immunohistochemical tests were performed on FFPE tissue with appropriate controls. Claudin 18.2 "
               "and 22C3 are FDA-approved companion diagnostic assays used as labelled; the other tests were "
               "validated by the CBMC Immunohistochemistry Laboratory.", S["small"]))
    return s


# ============================================================================ 7414
@report("7414", QUIL,
        meta=dict(protocol="KMB-221 (Kaimana Bio)", site="GB-07 St Brannoc's", subject="07-0113",
                  accession="QGC-8841-0457", amended=True),
        labels=[
            L("Mesothelin", "expression", "positive", "CORRECTED RESULT", "H-score 160", percent=70,
              value="H-score 160"),
            L("PD-L1", "expression", "negative", "NEGATIVE", value="<1%"),
        ],
        summary="peritoneal mesothelioma; amended report withdrawing a negative mesothelin result")
def r7414():
    S = QUIL.S
    W = QUIL.width
    s = []
    s.append(Spacer(1, 8))
    s.append(P("Biomarker Screening Report - Mesothelin (KMB-221)", S["h1"]))
    s.append(kv([("Subject", "Patient N  ·  F  ·  49 y"), ("Visit", "Screening (V1)"),
                 ("Specimen", "Peritoneal nodule, laparoscopic biopsy, FFPE block P-2"),
                 ("Collection date", "29 Apr 2025"), ("Site diagnosis", "Diffuse malignant peritoneal "
                  "mesothelioma, epithelioid"), ("Original report", "12 May 2025"),
                 ("This version", "Version 2 (amended), 16 May 2025"), ("", "")],
                [70, 180, 70, W - 320], S, cols=2, grid=colors.HexColor("#cfe2da")))
    s.append(Spacer(1, 8))
    s.append(banner([
        P("<b>REASON FOR AMENDMENT</b>", S["b"]),
        P("The mesothelin result issued in version 1 (12 May 2025) is withdrawn. On review, the run's "
          "external positive control (normal peritoneum) did not reach the expected 3+ intensity, so the run "
          "failed acceptance criteria. The slide was restained on 15 May 2025 in a run with acceptable "
          "controls. The corrected result is given below; the version 1 result must not be used for any "
          "purpose.", S["body"]),
        P("Version 1 result (superseded, for audit only): mesothelin 'negative, 0 in 100% of tumour cells'.",
          S["smallit"]),
    ], W, border=colors.HexColor("#b00000"), thick=1.5))
    s.append(Spacer(1, 6))
    s.append(P("Mesothelin IHC - CORRECTED RESULT", S["h2"]))
    s.append(T([
        ["Antibody", "Clone QB-2 (Quillon LDT), BondMax-type platform, run MS-25-0515-B"],
        ["Result", "<b>POSITIVE</b>"],
        ["% viable tumour cells with membranous staining", "70%"],
        ["Intensity breakdown", "3+ 30%  ·  2+ 30%  ·  1+ 10%  ·  0 30%"],
        ["H-score", "H-score 160"],
        ["KMB-221 criterion (2+ or 3+ in at least 50%)", "MET (2+/3+ = 60%)"],
        ["Controls", "Normal peritoneum 3+ (expected 3+) - pass; liver 0 - pass; isotype - pass"],
    ], [190, W - 190], S, head=0, cmds=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e9f3ef"))]))
    s.append(P("PD-L1 IHC", S["h2"]))
    s.append(T([
        ["Clone", "Tumour cells (TC)", "Result"],
        ["SP263", "&lt;1%", "NEGATIVE"],
    ], [90, 120, W - 210], S, head_bg=colors.HexColor("#e9f3ef")))
    s.append(P("PD-L1 is included in the KMB-221 exploratory panel only. It was not affected by the "
               "control failure (different run) and is unchanged from version 1.", S["small"]))
    s.append(P("Additional diagnostic immunohistochemistry (site request)", S["h2"]))
    s.append(P("BAP1: nuclear loss in tumour cells. MTAP: loss. Calretinin and WT1: positive. CDKN2A FISH "
               "(homozygous deletion): not performed at Quillon - requested from the site's laboratory.",
               S["body"]))
    s.append(P("Interpretive note", S["h2"]))
    s.append(P("Mesothelin is a differentiation antigen of mesothelial cells; most epithelioid mesotheliomas "
               "express it, while sarcomatoid tumours frequently do not. A negative result in an epithelioid "
               "mesothelioma should prompt review of controls, as happened here.", S["body"]))
    s.append(Spacer(1, 10))
    s.append(T([
        ["", "Name", "Role", "Signed"],
        ["Amended by", "Dr Ingrid Salo-Whitcombe", "Consultant Pathologist, QGCL", "16 May 2025 09:27 UTC (e-signature)"],
        ["QA review", "Hamid Oduya, MSc", "Quality Manager", "16 May 2025 10:02 UTC (e-signature)"],
    ], [70, 130, 140, W - 340], S, head_bg=colors.HexColor("#e9f3ef")))
    s.append(P("Notification of the amendment was sent to the investigator and the sponsor's medical monitor "
               "on 16 May 2025 (QGCL-NCR-2025-118).", S["small"]))
    return s


# ============================================================================ 7415
@report("7415", MERID,
        meta=dict(accession="MCT-25-05127", patient="Patient O", issued="2025-05-14"),
        labels=[
            L("GD2", "expression", "positive", "GD2 RESULT: POSITIVE", "H-score 200", percent=90,
              value="H-score 200"),
            L("BRAF", "mutation", "positive", "V600E", alteration="V600E"),
            L("NRAS", "mutation", "negative", "NRAS codons 12, 13, 59, 61, 117, 146"),
        ],
        summary="metastatic melanoma; GD2 grid on frozen tissue; BRAF V600E; KIT not tested; HLA pending")
def r7415():
    S = MERID.S
    W = MERID.width
    s = []
    s.append(P("Target antigen qualification - GD2", S["h1"]))
    s.append(kv([("Patient", "Patient O · M · 45 y"), ("Study", "CLV-GD2-04 (Calvera Bio), melanoma expansion"),
                 ("Site / subject", "330 / 330-0012"), ("Specimen", "Subcutaneous nodule, left flank, excision; "
                  "half snap-frozen (OCT, block F1), half FFPE (block 1B)"),
                 ("Collected", "2025-05-02"), ("Received", "2025-05-05 (frozen half on dry ice, intact)")],
                [60, 180, 60, W - 300], S, cols=2, grid=colors.HexColor("#c7dede")))
    s.append(Spacer(1, 6))
    dist = (10, 20, 30, 40)
    left = [
        P("Scoring grid - GD2 (frozen section, clone 14G2a)", S["h3"]),
        T([
            ["Intensity", "% cells", "× weight", "= points"],
            ["0", "10", "× 0", "0"],
            ["1+", "20", "× 1", "20"],
            ["2+", "30", "× 2", "60"],
            ["3+", "40", "× 3", "120"],
            ["Total", "100", "", f"H-score {hscore(dist)}"],
        ], [60, 50, 50, 80], S, head_bg=colors.HexColor("#d7ebeb"),
            cmds=[("LINEABOVE", (0, 5), (-1, 5), 1, colors.HexColor("#1f6e72"))]),
    ]
    s.append(side_by_side(left, dist_bars(dist, 200, 96, colour=colors.HexColor("#1f6e72"), font="Vera",
                                          title="% melanoma cells by GD2 intensity"), [260, 210]))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>GD2 RESULT: POSITIVE</b>  ·  any membranous staining 90%  ·  2+/3+ 70%  ·  "
                       "CLV-GD2-04 threshold (2+/3+ ≥ 50%): <b>MET</b>", S["body"])],
                    W, border=colors.HexColor("#1f6e72"), fill=colors.HexColor("#e3f1f1")))
    s.append(P("Pigment: moderate melanin pigment was present; a red chromogen was used and pigment-laden "
               "macrophages were excluded. Viable melanoma cells assessed ≈ 3,500.", S["small"]))
    s.append(P("Melanoma molecular screen (FFPE block 1B)", S["h2"]))
    s.append(T([
        ["Gene", "Region", "Result"],
        ["BRAF", "codon 600", "c.1799T&gt;A p.V600E  DETECTED"],
        ["NRAS", "NRAS codons 12, 13, 59, 61, 117, 146", "No mutation detected"],
        ["KIT", "exons 9, 11, 13, 17, 18", "Not tested (not requested)"],
    ], [60, 200, W - 260], S, head_bg=colors.HexColor("#d7ebeb")))
    s.append(P("Method: real-time PCR cartridge (MeriQuick BRAF/NRAS), tumour content 70%.", S["small"]))
    s.append(P("Other stains and pending items", S["h2"]))
    s.append(P("SOX10 and Melan-A positive (confirmatory). PRAME diffuse nuclear positive (&gt;75%). "
               "HLA class I typing for the sponsor's TIL/TCR referral pathway has been sent to an external "
               "HLA laboratory; result pending and not part of this report.", S["body"]))
    s.append(P("Notes", S["h2"]))
    s.append(P("GD2 is a disialoganglioside; it is assessed on frozen tissue only. FFPE block 1B was not "
               "stained for GD2. The MCTD GD2 result is called POSITIVE when 1+ or stronger membranous staining "
               "is present in at least 10% of viable tumour cells. The programme threshold is applied "
               "separately by the sponsor. Controls: IMR-32 pellet 3+ (pass), frozen tonsil 0 (pass).",
               S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([["Pathologist", "Technologist", "Released"],
                ["Corinne Abiodun-Haas, MD", "R. Villaseñor, HTL", "2025-05-14 09:55 PT · e-signature"]],
               [W / 3.0] * 3, S, grid=None, head_bg=None))
    return s


# ============================================================================ 7416
@report("7416", PELL,
        meta=dict(accession="PPP-25-M0913", patient="Patient P"),
        labels=[
            L("HER2", "expression", "negative", "0 (negative)", ihc_score="0"),
            L("Mesothelin", "expression", "positive", "POSITIVE, 70%", "H 150", percent=70,
              value="H-score 150"),
            L("Mesothelin", "expression", "negative", "NEGATIVE, weak 1+ in 10%"),
            L("IDH1", "mutation", "positive", "p.(Arg132Cys)", alteration="R132C"),
            L("KRAS", "mutation", "negative", "KRAS: no mutation detected"),
            L("MSI", "signature", "negative", "MSI: stable"),
        ],
        summary="intrahepatic cholangiocarcinoma; three blocks, mesothelin differs; FGFR2 fusion out of scope")
def r7416():
    S = PELL.S
    W = PELL.width
    s = []
    s.append(kv([("Patient", "Patient P"), ("Sex / age", "M / 62"),
                 ("Programmes", "AUB-MSLN-12 (mesothelin CAR-T) and LUM-HER2-CAR-201 (HER2 CAR-T), biliary "
                  "cohorts"), ("Referring", "Dr Ambrose Kettleby, GI Oncology, Lakeshore Cancer Clinic"),
                 ("Diagnosis", "Intrahepatic cholangiocarcinoma, large-duct type; peritoneal recurrence"),
                 ("Report", "FINAL - 03 Jul 2025")],
               [62, 280, 62, W - 404], S, cols=2, grid=colors.HexColor("#ccccdd"), box=colors.HexColor("#3b3b7a")))
    s.append(Spacer(1, 8))
    s.append(P("Block-by-block antigen matrix", S["h2"]))
    s.append(T([
        ["Block", "Source / date", "Viable tumour", "HER2 IHC (4B5; gastric resection criteria)",
         "Mesothelin IHC (clone MN-7)", "Mesothelin intensity (0 / 1+ / 2+ / 3+)", "Evaluable", "Comment"],
        ["A1", "Liver resection, segment VII, 11 Sep 2024 (archival)", "65%", "0 (negative)",
         "POSITIVE, 70%", "30 / 10 / 40 / 20 (H 150)", "Yes", "Luminal and membranous"],
        ["B1", "Hilar lymph node, same procedure", "&lt;50 cells", "-", "-", "-",
         "No - insufficient tumour", "Isolated tumour cells only"],
        ["C1", "Peritoneal nodule, laparoscopic biopsy, 20 Jun 2025 (fresh)", "40%", "0 (negative)",
         "NEGATIVE, weak 1+ in 10%", "90 / 10 / 0 / 0 (H 10)", "Yes", "Below the laboratory cut-off"],
    ], [34, 150, 52, 110, 100, 100, 62, W - 608], S, head_bg=colors.HexColor("#dcdcee"),
        zebra=colors.HexColor("#f5f5fb")))
    s.append(Spacer(1, 4))
    s.append(P("Mesothelin result categories (Pellucid): POSITIVE = 2+ or 3+ membranous or luminal staining in "
               "10% or more of viable tumour cells; NEGATIVE = below this. HER2 scored as for gastric resection "
               "specimens (3+: strong complete/basolateral/lateral staining in 10% or more).", S["small"]))
    s.append(Spacer(1, 6))
    s.append(side_by_side(
        banner([P("<b>Antigen summary</b>", S["b"]),
                P("HER2: negative in both evaluable blocks (A1 and C1). Mesothelin: positive in the 2024 "
                  "primary (A1) and negative in the 2025 peritoneal recurrence (C1). The recurrence is the "
                  "more recent tissue.", S["body"])], W * 0.5 - 8, border=colors.HexColor("#3b3b7a")),
        banner([P("<b>Programme thresholds (from requisition)</b>", S["b"]),
                P("AUB-MSLN-12: 2+/3+ in 50% or more, tissue from the last 12 months. LUM-HER2-CAR-201: "
                  "IHC 3+, or 2+ with amplification. Neither threshold is met by the 2025 tissue; A1 "
                  "(mesothelin 2+/3+ 60%) is older than 12 months.", S["body"])],
               W * 0.5, border=colors.HexColor("#a33")),
        [W * 0.5, W * 0.5]))
    s.append(P("Molecular results (block A1, NGS; tumour content 55%)", S["h2"]))
    s.append(T([
        ["Gene / signature", "Finding", "VAF / metric", "Tier", "Comment"],
        ["IDH1", "c.394C&gt;T p.(Arg132Cys)", "34%", "I", "Targetable (IDH1 inhibitor)"],
        ["FGFR2", "FGFR2::BICC1 fusion (RNA)", "-", "I", "Targetable (FGFR inhibitor)"],
        ["KRAS", "KRAS: no mutation detected", "-", "-", "-"],
        ["MSI", "MSI: stable", "1.2% unstable loci", "-", "-"],
        ["BAP1", "c.1777C&gt;T p.(Gln593*)", "29%", "II", "Loss of function"],
    ], [90, 200, 90, 40, W - 420], S, head_bg=colors.HexColor("#dcdcee")))
    s.append(P("Note: an outside report from the 2024 resection (Lakeshore Pathology, S24-8810) is quoted in the "
               "referral as 'HER2 1+'. Our result on the same block is 0; the difference does not change the "
               "HER2 category.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([
        ["Role", "Name", "Signed"],
        ["GI pathologist", "Delphine Ruiz-Oyinlola, MD", "03 Jul 2025 15:20 (electronic)"],
        ["Molecular pathologist", "Sun-Hee Abernathy, MD, PhD", "02 Jul 2025 11:05 (electronic)"],
    ], [150, 220, 220], S, head_bg=colors.HexColor("#dcdcee")))
    return s


# ============================================================================ 7417
@report("7417", KEST,
        meta=dict(accession="KBL-25-31460", patient="Patient Q", client="Calvera Bio", protocol="CLV-GD2-05",
                  issued="07/08/2025", doctitle="Quantitative IHC Report - GD2 (frozen)"),
        labels=[
            L("GD2", "expression", "positive", "POSITIVE (low)", "35.2", percent=35.2, value="H-score 54"),
            L("Ki-67", "expression", "reported", "labelling index 85", percent=85),
        ],
        summary="small cell lung cancer; GD2 by image analysis positive but below threshold; Ki-67; DLL3 out of scope")
def r7417():
    S = KEST.S
    W = KEST.width
    s = []
    s.append(P("Specimen: CT-guided core biopsy, right adrenal metastasis; one core snap-frozen in OCT (block "
               "Z1), two cores formalin-fixed (block 1A). Diagnosis at site: small cell lung carcinoma, "
               "extensive stage, progressed after platinum-etoposide and atezolizumab. Collected 06/30/2025; "
               "received 07/01/2025 on dry ice.", S["body"]))
    s.append(Spacer(1, 4))
    s.append(T([
        ["Marker", "Tissue", "Result", "Protocol CLV-GD2-05"],
        ["GD2 (14G2a)", "Frozen Z1", "POSITIVE (low)", "Requires 50% or more tumour cells at any intensity: NOT MET"],
        ["Ki-67 (MIB-1)", "FFPE 1A", "Labelling index 85%", "Not a criterion"],
        ["DLL3 (KBL-D3)", "FFPE 1A", "Positive, 70% of tumour cells", "Not a criterion (information)"],
        ["PD-L1 (22C3)", "FFPE 1A", "Not performed - tissue exhausted", "-"],
    ], [76, 56, 120, W - 252], S, head_bg=colors.HexColor("#f1ece4")))
    s.append(P("GD2 - image analysis of frozen section", S["h2"]))
    s.append(side_by_side(
        T([
            ["Parameter", "Value"],
            ["Tumour cells detected", "12,480"],
            ["1+ (% of tumour cells)", "20.1"],
            ["2+", "11.0"],
            ["3+", "4.1"],
            ["Positive, any intensity (%)", "35.2"],
            ["H-score", "54"],
        ], [130, 60], S, head_bg=colors.HexColor("#f1ece4")),
        [P("Algorithm QP-Mem v4.1, frozen-tissue calibration set FZ-3. Crush artefact (common in small "
           "cell carcinoma biopsies) was excluded by manual annotation; about 30% of the section area was "
           "unscorable. The pathologist's visual estimate was 30-40% positive cells, predominantly weak, "
           "concordant with the algorithm.", S["body"]),
         P("Result category: POSITIVE (low) - GD2 is expressed in a minority of tumour cells.", S["body"])],
        [200, W - 200], gap=12))
    s.append(P("Ki-67", S["h2"]))
    s.append(P("Nuclear algorithm QP-Nuc v2.8 on 1A: 6,912 tumour nuclei counted, labelling index 85. "
               "Visual estimate 80-90%.", S["body"]))
    s.append(P("Comment", S["h2"]))
    s.append(P("GD2 expression in small cell lung carcinoma is variable and often heterogeneous. The "
               "sponsor may request repeat testing on another lesion (protocol section 6.3). DLL3 is reported "
               "at the client's request for a separate programme; it is not a Kestrel clinical result.",
               S["body"]))
    s.append(P("Controls: IMR-32 frozen pellet 3+ (expected 3+), frozen cerebellum positive, frozen tonsil "
               "negative; tonsil for Ki-67 (germinal centres) - all acceptable.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed by Hyun-woo Sandoval, MD, Pathologist, 07/08/2025 15:47 CT.", S["small"]))
    return s


# ============================================================================ 7418
@report("7418", TIDE,
        meta=dict(accession="TT-25-0519", protocol="PIT-402", subject="044-017", patient="Patient R"),
        labels=[],
        summary="HLA-ineligible TCR-T screen; MAGE-A4 not performed; mesothelin co-screen cancelled; no results")
def r7418():
    S = TIDE.S
    W = TIDE.width
    s = []
    s.append(P("HLA Screening Report - TCR-T programme", S["h1"]))
    s.append(kv([("Subject", "Patient R · male · 52 y"),
                 ("Programme", "PIT-402 (Pinecrest Immunotherapeutics) - MAGE-A4-specific TCR-T, restricted to "
                  "HLA-A*02:01, -A*02:03 or -A*02:06"),
                 ("Diagnosis (site)", "Squamous cell carcinoma of lung, stage IV, after chemo-immunotherapy"),
                 ("Samples", "Whole blood EDTA 2025-07-02; FFPE tumour block (bronchoscopic biopsy) received "
                  "2025-07-03"),
                 ("Reported", "2025-07-09")], [96, W - 96], S))
    s.append(Spacer(1, 6))
    s.append(P("Step 1 - HLA typing (blood)", S["h2"]))
    s.append(T([
        ["Locus", "Allele 1", "Allele 2", "Resolution"],
        ["HLA-A", "A*01:01", "A*24:02", "2-field (NGS)"],
        ["HLA-B", "B*08:01", "B*35:01", "2-field (NGS)"],
        ["HLA-C", "C*04:01", "C*07:01", "2-field (NGS)"],
        ["HLA-DRB1", "DRB1*03:01", "DRB1*11:04", "2-field (NGS)"],
        ["HLA-DQB1", "DQB1*02:01", "DQB1*03:01", "2-field (NGS)"],
        ["HLA-DPB1", "DPB1*04:01", "DPB1*04:01", "2-field (NGS), homozygous"],
    ], [70, 90, 90, W - 250], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>PIT-402 HLA requirement: NOT MET.</b> No HLA-A*02 allele is present. Under the "
                       "screening algorithm (protocol Figure 2) tumour antigen testing is not performed for "
                       "HLA-ineligible subjects.", S["body"])], W, border=colors.HexColor("#8b1a1a"), thick=1.3))
    s.append(P("Step 2 - Tumour antigen testing (FFPE)", S["h2"]))
    s.append(T([
        ["Test", "Status"],
        ["MAGE-A4 IHC (clone OTI1F9)", "Not performed - subject HLA-ineligible"],
        ["Mesothelin IHC (CLN-MS-77 co-screen)", "Cancelled by the site on 2025-07-07"],
        ["HLA class I loss of heterozygosity (tumour)", "Not performed"],
    ], [220, W - 220], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(P("The FFPE block will be returned to the site pathology department unless the investigator "
               "requests storage for a future study (consent form section 9).", S["body"]))
    s.append(P("Background", S["h2"]))
    s.append(P("PIT-402 is open to patients whose tumours express MAGE-A4 (2+ or 3+ in at least 30% of "
               "tumour cells) and who carry one of the listed HLA-A*02 alleles. MAGE-A4 is expressed in a "
               "substantial minority of squamous lung carcinomas, synovial sarcomas and oesophageal "
               "carcinomas. Mutation and PD-L1 results held by the site (EGFR, ALK, PD-L1) were not "
               "provided to or reviewed by TTIL and are not part of this report.", S["body"]))
    s.append(P("Method", S["h2"]))
    s.append(P("HLA-A, -B, -C, -DRB1, -DQB1, -DPB1 by long-range PCR and next-generation sequencing; "
               "ambiguities resolved to two-field resolution against IPD-IMGT/HLA release 3.58. Laboratory "
               "participates in an external proficiency scheme for HLA typing.", S["small"]))
    s.append(Spacer(1, 10))
    s.append(P("Released by: Beatrix Solheim-Rao, PhD, Scientific Director - 2025-07-09 12:31 (electronic, "
               "audit ID TTIL-R-89107). HLA review: Dr Yusuf Arkwright-Lee, FRCPath.", S["small"]))
    return s


# ============================================================================ 7419
@report("7419", QUIL,
        meta=dict(protocol="LUM-HER2-CAR-201 / MET sub-study", site="FR-03 Clinique des Aulnes",
                  subject="03-0056", accession="QGC-9012-0081"),
        labels=[
            L("HER2", "expression", "equivocal", "2+ (EQUIVOCAL)", ihc_score="2+"),
            L("HER2", "amplification", "negative", "NOT AMPLIFIED", "1.6", ratio=1.6),
            L("MET", "expression", "positive", "3+ in 60% of tumour cells", ihc_score="3+"),
            L("MET", "amplification", "negative", "MET/CEP7 1.3", ratio=1.3),
        ],
        summary="GEJ adenocarcinoma; HER2 2+/ISH negative contradicting a 3+ pre-screen; MET IHC and FISH")
def r7419():
    S = QUIL.S
    W = QUIL.width
    s = []
    s.append(P("Biomarker Screening Report - HER2 and MET", S["h1"]))
    s.append(kv([("Subject", "Patient S  ·  M  ·  60 y"), ("Visit", "Pre-screening (PS1)"),
                 ("Specimen", "Gastro-oesophageal junction, oesophagogastrectomy 2024 (archival), FFPE block "
                  "7 of 14"), ("Site diagnosis", "Adenocarcinoma of the GEJ (Siewert II), ypT3 N2"),
                 ("Received", "10 Jun 2025"), ("Reported", "18 Jun 2025")],
                [70, 180, 70, W - 320], S, cols=2, grid=colors.HexColor("#cfe2da")))
    s.append(Spacer(1, 6))
    s.append(T([
        ["Target", "Assay", "Result", "Sponsor threshold", "Outcome"],
        ["HER2 protein", "IHC 4B5 (gastric resection scoring)", "2+ (EQUIVOCAL)", "3+, or 2+ with ISH+", "See ISH"],
        ["HER2 gene", "Dual-probe brightfield ISH", "NOT AMPLIFIED<br/>HER2/CEP17 1.6; 3.8 HER2 signals/cell",
         "Ratio 2.0 or more", "HER2 criterion not met"],
        ["MET protein", "IHC SP44", "3+ in 60% of tumour cells", "3+ in 50% or more (MET sub-study)", "Met"],
        ["MET gene", "FISH, MET/CEP7", "Not amplified<br/>MET/CEP7 1.3; mean MET 2.9/cell",
         "Not required", "-"],
    ], [66, 100, 120, 100, W - 386], S, head_bg=colors.HexColor("#e9f3ef"), zebra=colors.HexColor("#f6fbf9")))
    s.append(P("HER2 - detail", S["h2"]))
    s.append(P("Weak to moderate complete and basolateral membranous staining in approximately 30% of tumour "
               "cells; no strongly stained areas in the whole section (approx. 4 cm2 of tumour). The "
               "intestinal-type glands and the diffuse component stain alike. ISH was performed on the same "
               "block: 20 nuclei in each of two areas, HER2/CEP17 ratio 1.6, mean HER2 copy number 3.8.",
               S["body"]))
    s.append(P("<b>Pre-screen result from the site's laboratory.</b> The requisition states that the site "
               "pathology laboratory scored HER2 as 3+ on the diagnostic biopsy (2024, different block, local "
               "clone). The central result on the resection is 2+ with no amplification. Biopsy-resection "
               "heterogeneity cannot be excluded; the central result determines eligibility.", S["body"]))
    s.append(P("MET - detail", S["h2"]))
    s.append(P("Strong (3+) membranous staining in 60% of tumour cells and moderate staining in a further "
               "15%. MET FISH performed as part of the sub-study panel: MET/CEP7 1.3; no clusters; no "
               "amplification.", S["body"]))
    s.append(P("Other", S["h2"]))
    s.append(P("Claudin 18.2 (43-14A) was stained for the sponsor's exploratory panel: fewer than 10% of tumour "
               "cells positive. PD-L1 CPS is not part of this protocol and was not performed.", S["body"]))
    s.append(P("Scoring rules applied", S["h2"]))
    s.append(T([
        ["Score", "HER2, gastric resection (ToGA-type)"],
        ["0", "No reactivity or membranous reactivity in &lt;10% of tumour cells"],
        ["1+", "Faint / barely perceptible membranous reactivity in &gt;=10%; cells reactive only in part of "
               "their membrane"],
        ["2+", "Weak to moderate complete, basolateral or lateral membranous reactivity in &gt;=10%"],
        ["3+", "Strong complete, basolateral or lateral membranous reactivity in &gt;=10%"],
    ], [40, W - 40], S, head_bg=colors.HexColor("#eeeeee"), cell=S["small"]))
    s.append(Spacer(1, 10))
    s.append(T([
        ["", "Name", "Signed"],
        ["Pathologist", "Dr Étienne Moreau-Achterberg", "18 Jun 2025 16:44 UTC (e-signature)"],
        ["ISH/FISH", "Dr Paulina Wróbel-Nash, PhD", "17 Jun 2025 12:10 UTC (e-signature)"],
    ], [70, 180, W - 250], S, head_bg=colors.HexColor("#e9f3ef")))
    return s


# ============================================================================ 7420
@report("7420", ARD,
        meta=dict(protocol="SGT-E3-LUNG", site="BE-021", subject="021-0019", accession="AOCL-25-40288",
                  top_block=178),
        labels=[
            L("EGFR", "expression", "positive", "POSITIVE (H-score 280)", value="H-score 280"),
            L("PD-L1", "expression", "positive", "TPS 50%", percent=50),
            L("EGFR", "mutation", "negative", "EGFR exons 18-21"),
            L("EGFR", "amplification", "negative", "ratio 1,1", ratio=1.1),
            L("MET", "mutation", "positive", "exon 14 skipping", alteration="exon 14 skipping"),
            L("KRAS", "mutation", "negative", "KRAS exon 2-4"),
            L("TP53", "mutation", "positive", "p.(Arg248Gln)", alteration="R248Q", optional=True),
        ],
        summary="squamous NSCLC; EGFR protein high, EGFR gene not mutated or amplified (high polysomy); MET ex14")
def r7420():
    S = ARD.S
    W = ARD.width
    C = ARD.colwidth
    s = []
    s.append(P("CENTRAL SCREENING REPORT – EGFR-DIRECTED CAR-T (SGT-E3, NSCLC)", S["h1"]))
    s.append(kv([("Patient", "Patient T"), ("Sex / year of birth", "M / 1956"),
                 ("Investigator", "Prof. Dr. L. Desmet-Okonkwo"), ("Kit received", "03.07.2025"),
                 ("Specimen", "Left upper lobe, CT-guided core biopsy 30.06.2025, FFPE block A"),
                 ("Tumour content", "60% (marked area)")],
               [62, 180, 62, W - 304], S, cols=2, grid=colors.HexColor("#e0c8c8")))
    s.append(Spacer(1, 6))
    s.append(T([
        ["Biomarker", "Result", "Protocol requirement (SGT-E3)", "Assessment"],
        ["EGFR protein (IHC)", "POSITIVE (H-score 280)", "H-score &gt;= 200", "MET"],
        ["EGFR gene (mutation)", "No mutation detected", "None", "-"],
        ["EGFR gene (FISH)", "Not amplified; high polysomy", "None", "-"],
        ["PD-L1 (22C3)", "TPS 50%", "None (stratification)", "-"],
    ], [90, 130, 140, W - 360], S, head_bg=colors.HexColor("#f1dede"),
        cmds=[("FONTNAME", (3, 1), (3, 1), "Helvetica-Bold")]))
    s.append(FrameBreak())
    s.append(P("1. EGFR immunohistochemistry", S["h2"]))
    s.append(P("Clone KB-31 (sponsor-supplied LDT kit), Ventix Ultra. Membranous staining of viable "
               "tumour cells, graded 0-3+ in 10% steps:", S["body"]))
    s.append(T([
        ["Intensity", "0", "1+", "2+", "3+"],
        ["% cells", "0", "0", "20", "80"],
    ], [C * 0.28] + [C * 0.18] * 4, S, head_bg=colors.HexColor("#f1dede")))
    s.append(P("H-score = 2 × 20 + 3 × 80 = 280. Result: EGFR protein strongly and diffusely expressed. "
               "Basal cells of entrapped bronchial epithelium 2+ (internal control).", S["body"]))
    s.append(P("2. EGFR gene", S["h2"]))
    s.append(P("<b>Mutation analysis:</b> EGFR exons 18-21 by NGS (Ardent LUNG-30): no pathogenic variant "
               "detected. Synonymous variant c.2361G&gt;A p.(Gln787=) present (benign, not reported as a "
               "mutation).", S["body"]))
    s.append(P("<b>FISH:</b> dual-colour EGFR/CEP7, 60 nuclei. Mean EGFR 4,6 and mean CEP7 4,2 per nucleus; "
               "ratio 1,1. Four or more EGFR copies in 58% of nuclei (high polysomy) without clusters. "
               "Interpretation: not amplified.", S["body"]))
    s.append(P("Note: in older literature, high polysomy and amplification were grouped together as "
               "'FISH-positive'. That grouping is not used in this report.", S["small"]))
    s.append(P("3. PD-L1", S["h2"]))
    s.append(P("22C3: TPS 50%, i.e. at the high-expression cut-off. Controls (tonsil, placenta) acceptable.",
               S["body"]))
    s.append(P("4. Further molecular results (same extract)", S["h2"]))
    s.append(T([
        ["Gene", "Finding"],
        ["MET", "c.3082+1G&gt;T, splice donor; exon 14 skipping (VAF 22%)"],
        ["KRAS exon 2-4", "no mutation detected"],
        ["TP53", "c.743G&gt;A p.(Arg248Gln) - not evaluated (outside the LUNG-30 reportable range)"],
        ["ALK / ROS1 / RET fusions", "not tested (DNA panel only; RNA not available)"],
    ], [C * 0.3, C * 0.7], S, head_bg=colors.HexColor("#f1dede")))
    s.append(P("The MET splice-site variant causes exon 14 skipping and is an established oncogenic driver; "
               "the investigator may wish to consider MET-directed therapy outside this protocol.", S["body"]))
    s.append(P("5. Comments", S["h2"]))
    s.append(P("SGT-E3 enrols patients with NSCLC whose tumours express EGFR protein at a high level, "
               "regardless of EGFR gene status. The high-polysomy finding does not affect eligibility. p40 "
               "positive and TTF-1 negative (site report), consistent with squamous carcinoma.", S["body"]))
    s.append(P("6. Authorisation", S["h2"]))
    s.append(P("Pathologist: Dr. M. van Oordt-Reyes<br/>Molecular biologist: Dr. H. Ostendorp<br/>"
               "Cytogeneticist: Dr. A. Lindqvist-Maes<br/>Authorised electronically 11.07.2025 09:40 CET",
               S["body"]))
    return s
