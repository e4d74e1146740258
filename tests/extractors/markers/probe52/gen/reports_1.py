"""Reports 6801-6810 of probe52. Every name, number and sentence is invented."""
from __future__ import annotations

from common import *  # noqa: F401,F403
from common import INST, L, Report, P, Spacer, PageBreak, KeepTogether, Table, TableStyle, colors, mm, grid, kv, kv2, box, Rule


def r6801():
    """HGH breast core biopsy: stain table with words and numbers in the result column."""
    I = INST["HGH"]; S = I.S; W = I.width
    info = dict(patient="Patient A", mrn="H4471093", dob="14/07/1968", sex="F", loc="Breast Unit (OPD 4)",
                acc="H26/04417", consultant="Mr O. Brackenridge", collected="03/02/2026 09:40",
                received="03/02/2026 13:05", reported="05/02/2026", printed="05/02/2026 16:20",
                doc_title="HISTOPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Clinical details"),
           P("L breast 2 o'clock mass, 24 mm on US (U5), axilla US normal. 14G core x3. "
             "<b>?Carcinoma - please provide ER / HER2 status for MDT 05/02, neoadjuvant therapy being considered.</b> "
             "PMH: R breast DCIS 2017, WLE + RT.", S["body"])]
    st += [I.section("Macroscopic description"),
           P("Received in formalin labelled \"L breast core 2 o'clock\": three cores of pale grey tissue measuring "
             "11, 14 and 16 mm. All embedded in block A1 (levels x3). Time into formalin 09:48; "
             "fixation time 26 hours. [SB/kt]", S["body"])]
    st += [I.section("Microscopic description"),
           P("The cores are extensively involved by an invasive carcinoma composed of cords, trabeculae and "
             "occasional poorly formed glands infiltrating a desmoplastic stroma. Nuclei are moderately "
             "pleomorphic with visible nucleoli. Tubule formation accounts for well under 10% of the tumour; "
             "mitoses are sparse (3 per 10 HPF, field diameter 0.55 mm). No lymphovascular invasion is seen in "
             "this limited sample. A small focus of intermediate-grade ductal carcinoma in situ with comedo "
             "necrosis is present in one core. No calcification is seen.", S["bodyj"]),
           P("Provisional Nottingham grade on core: 3 + 2 + 1 = 6 (grade 2).", S["body"])]
    st += [I.section("Immunohistochemistry"),
           P("Stains performed on block A1 with on-slide and external tissue controls. Result column as "
             "recorded by the reporting pathologist.", S["small"])]
    rows = [["Stain", "Clone", "Block", "Result", "Intensity", "% cells", "Comment"],
            ["ER", "SP1", "A1", "Positive", "Strong", "95", "Allred 8 (5+3)"],
            ["PR", "16", "A1", "Positive", "Moderate", "60", "Allred 7 (4+3)"],
            ["HER2", "4B5", "A1", "1+", "Faint, incomplete", "15", "HER2-low"],
            ["Ki-67", "MIB-1", "A1", "18%", "-", "-", "Hot spot, 500 nuclei"],
            ["E-cadherin", "36", "A1", "Positive", "Strong", "-", "Membranous, supports NST"],
            ["CK5/6", "D5/16B4", "A1", "Negative", "-", "-", "Invasive tumour negative"],
            ["p63", "4A4", "A1", "Negative", "-", "-", "No myoepithelial layer round invasive nests"],
            ["Control", "-", "TMA-BR2", "Satisfactory", "-", "-", "ER/PR/HER2 multi-tissue control as expected"]]
    st.append(grid(rows, [22 * mm, 17 * mm, 16 * mm, 22 * mm, 25 * mm, 15 * mm, W - 117 * mm], S,
                   mode="grid", head_bg=colors.HexColor("#C9D3E6"), line=colors.HexColor("#1F3A68")))
    st.append(Spacer(1, 3))
    st.append(P("<b>Scoring bands.</b> Allred: proportion score 0-5 plus intensity score 0-3; total 0-2 negative, "
                "3-8 positive. ER / PR: 1% or more of tumour nuclei = positive; 1-10% = low positive; below 1% = "
                "negative. HER2 IHC: 0 and 1+ negative, 2+ borderline (reflex ISH), 3+ positive. "
                "HER2-low = IHC 1+, or 2+ without amplification.", S["small"]))
    st += [I.section("Conclusion"),
           P("<b>L breast, 2 o'clock, core biopsy:</b>", S["body"]),
           P("INVASIVE CARCINOMA OF NO SPECIAL TYPE (DUCTAL NST), PROVISIONAL GRADE 2, with associated "
             "intermediate-grade DCIS. B5b.", S["diag"]),
           P("Receptor summary: oestrogen receptor positive, progesterone receptor positive, "
             "HER2 negative (score 1+, HER2-low).", S["body"])]
    st += [I.section("Comment"),
           P("Discussed at the breast MDT on 05/02/2026. Her previous right-sided DCIS (H17/02210) was "
             "reported as ER positive on that occasion; the present tumour is on the contralateral side and "
             "is regarded as a new primary. Final grade and size will be given on the excision specimen.", S["body"])]
    st += [Spacer(1, 6),
           kv([("Reported by", "Dr Imogen Thackeray, Consultant Histopathologist (Reg. no. 7700213)"),
               ("Authorised", "05/02/2026 16:12 - electronic signature"),
               ("SNOMED", "T-04030  M-85003  M-85002")], [28 * mm, W - 28 * mm], S)]
    labels = [
        L("ER", "expression", "positive", "ER SP1 A1 Positive Strong 95", percent=95),
        L("PR", "expression", "positive", "PR 16 A1 Positive Moderate 60", percent=60),
        L("HER2", "expression", "negative", "HER2 4B5 A1 1+", ihc_score="1+"),
        L("Ki-67", "expression", "reported", "Ki-67 MIB-1 A1 18%", percent=18),
        L("ER", "expression", "positive", "reported as ER positive on that occasion", optional=True),
    ]
    return Report("6801", I, info, st, labels, doc="Core biopsy report", tumour="Breast",
                  kinds=["ST", "CTRL", "LEG", "Q", "PRI"])


def r6802():
    """KVRL breast excision: addendum box on page 1 revises PR (and completes HER2 ISH) given on page 2."""
    I = INST["KVRL"]; S = I.S; W = I.width
    info = dict(patient="Patient B", dob="09/22/1959", sex="F", acc="KV-26-118274",
                client="Harbour Point Community Hospital", ordering="Celestine Varga, MD (surgery)",
                client_ref="HP-SP-26-0931", copy="Dmitri Albescu, MD (oncology)",
                collected="02/09/2026", received="02/10/2026", reported="02/12/2026 (addendum 02/19/2026)",
                printed="02/19/2026 11:02", doc_title="SURGICAL PATHOLOGY - AMENDED")
    st = [I.demographics(info), Spacer(1, 5)]
    ab = [P("<b>ADDENDUM 1 - 02/19/2026 - REVISED BIOMARKER RESULTS</b>", S["bold"]),
          P("Reason for addendum: (a) completion of reflex HER2 in situ hybridization; (b) the progesterone "
            "receptor stain was repeated on block B3 because the external control on the original run showed "
            "no staining. <b>The PR result in the original report below (page 2) is withdrawn and replaced "
            "by the result given here.</b>", S["body"]),
          kv([("HER2 dual-probe ISH, block B3", "<b>AMPLIFIED</b> - HER2/CEP17 ratio 2.4; average HER2 copy number "
               "5.6 signals per cell; 40 nuclei scored by two observers (ASCO/CAP ISH group 1)"),
              ("Progesterone receptor (repeat), block B3", "<b>POSITIVE</b> - 30% of invasive tumor nuclei, "
               "moderate intensity; external and internal controls satisfactory")],
             [62 * mm, W - 74 * mm], S),
          P("Updated summary: ER positive, PR positive, HER2 positive (IHC 2+ with amplification by ISH).", S["bold"]),
          P("Addendum electronically signed 02/19/2026 10:47 by Noor Castellanos-Whitby, MD", S["small"])]
    st.append(box(ab, W, border=I.accent, bg=colors.HexColor("#FFF6EC"), thick=1.4))
    st += [I.section("FINAL DIAGNOSIS (original report, 02/12/2026)"),
           P("A. LEFT BREAST, UPPER OUTER QUADRANT, WIRE-LOCALIZED SEGMENTAL EXCISION:", S["bold"]),
           P("- Invasive ductal carcinoma, Nottingham grade 3 (tubules 3, nuclei 3, mitoses 2), 2.1 cm.", S["ind"]),
           P("- Ductal carcinoma in situ, solid type, high nuclear grade, with comedonecrosis, spanning 1.4 cm.", S["ind"]),
           P("- Margins negative for invasive carcinoma; closest (posterior) 3 mm. DCIS 4 mm from superior margin.", S["ind"]),
           P("- Lymphovascular invasion: present (focal).", S["ind"]),
           P("B. LEFT AXILLARY SENTINEL LYMPH NODES, EXCISION:", S["bold"]),
           P("- Two lymph nodes, negative for metastatic carcinoma (0/2), including keratin AE1/AE3 stain on B1.", S["ind"]),
           P("pT2 pN0(sn) (AJCC 8th edition, anatomic).", S["body"])]
    st += [I.section("CLINICAL HISTORY"),
           P("66-year-old woman with screen-detected 2.0 cm mass, left breast UOQ; prior US-guided biopsy at "
             "client site (HP-SP-26-0412) reported invasive ductal carcinoma. Client standing order: reflex "
             "HER2 ISH for any IHC 2+ result.", S["body"])]
    st += [I.section("GROSS DESCRIPTION"),
           P("A. Received fresh, labeled \"left breast segment w/ wire,\" a 7.5 x 6.0 x 3.2 cm oriented "
             "segment of fibrofatty tissue (short stitch superior, long stitch lateral) with a localization wire "
             "and a specimen radiograph. Inked: superior blue, inferior green, medial red, lateral yellow, "
             "anterior orange, posterior black. Serially sectioned lateral to medial into 12 slices revealing "
             "a firm, stellate, tan-white mass 2.1 x 1.8 x 1.6 cm, 0.3 cm from posterior margin. Cold "
             "ischemia 22 minutes; placed in formalin 10:14 on 02/09/2026. Representative sections in "
             "A1-A14 (tumor A3-A6; B-series grid slices A7-A14).", S["bodyj"]),
           P("B. Received in formalin labeled \"left sentinel node #1 and #2,\" two lymph nodes 1.4 and 0.9 cm, "
             "bisected and entirely submitted, B1-B2.", S["bodyj"])]
    st += [I.section("MICROSCOPIC DESCRIPTION"),
           P("Sections show an infiltrative carcinoma growing in solid sheets and nests with marked nuclear "
             "pleomorphism and brisk mitotic activity (18 per 10 HPF). Tubule formation is absent. Focal "
             "lymphovascular tumor emboli are identified in A5. The in situ component is solid with central "
             "necrosis. Both sentinel nodes show sinus histiocytosis only.", S["bodyj"]),
           PageBreak()]
    st += [I.section("BREAST BIOMARKER STUDIES (original report, block B3 = part A, section A4)"),
           P("Note: the client's part-A block A4 was re-labeled B3 at the time of biomarker testing.", S["small"])]
    rows = [["Test", "Clone / platform", "Result", "Detail"],
            ["Estrogen receptor (ER)", "SP1, Benchmark Ultra", "Positive", "90% of tumor nuclei, strong"],
            ["Progesterone receptor (PR)", "1E2, Benchmark Ultra", "Negative", "0% of tumor nuclei"],
            ["HER2 (IHC)", "4B5, Benchmark Ultra", "Equivocal (2+)", "Weak-moderate complete membrane staining in ~40% of cells. Reflex ISH ordered; result to follow by addendum."],
            ["Ki-67", "30-9", "30%", "Average of 3 fields, invasive front"]]
    st.append(grid(rows, [45 * mm, 38 * mm, 28 * mm, W - 111 * mm], S, mode="grid",
                   head_bg=I.tint, line=colors.HexColor("#999999")))
    st.append(Spacer(1, 4))
    st.append(P("Fixation: 10% neutral buffered formalin, 6 to 72 hours (documented: 27 h). Cold ischemia under "
                "1 hour. Interpretation follows ASCO/CAP guidelines.", S["small"]))
    st += [I.section("HER2 ISH INTERPRETIVE CRITERIA (for reference)"),
           grid([["Group", "HER2/CEP17 ratio", "Average HER2 copies/cell", "Result (with concurrent IHC review)"],
                 ["1", "2.0 or more", "4.0 or more", "Positive (amplified)"],
                 ["2", "2.0 or more", "under 4.0", "Negative unless IHC 3+"],
                 ["3", "under 2.0", "6.0 or more", "Positive if IHC 2+ or 3+"],
                 ["4", "under 2.0", "4.0 to under 6.0", "Negative unless IHC 3+"],
                 ["5", "under 2.0", "under 4.0", "Negative (not amplified)"]],
                [16 * mm, 36 * mm, 44 * mm, W - 96 * mm], S, mode="lines", head_bg=None, line=colors.grey)]
    st += [I.section("METHODS AND DISCLAIMER"),
           P("Immunohistochemistry was performed on formalin-fixed, paraffin-embedded tissue with FDA-cleared "
             "or laboratory-validated assays (ER SP1, PR 1E2, HER2 4B5, Ki-67 30-9). Dual-probe bright-field "
             "ISH (HER2 / chromosome 17 centromere) with enumeration of at least 20 nuclei per observer. "
             "Appropriate positive and negative controls were run with each batch except where stated in the "
             "addendum. Results relate to the tissue tested.", S["small"]),
           Spacer(1, 8),
           P("Original report electronically signed by Noor Castellanos-Whitby, MD, 02/12/2026 15:31.<br/>"
             "Grossed by: T. Ambrose, PA(ASCP). Frozen section: none.", S["body"])]
    st += [PageBreak(), I.section("REPORT HISTORY"),
           grid([["Version", "Date / time", "Event", "By"],
                 ["1", "02/12/2026 15:31", "Final report released to client interface", "N. Castellanos-Whitby, MD"],
                 ["1", "02/12/2026 15:33", "Reflex HER2 ISH ordered (client standing order)", "LIS rule R-114"],
                 ["1", "02/16/2026 09:10", "PR repeat ordered: external control failure on run 0212-B", "QA / histology"],
                 ["2", "02/19/2026 10:47", "Addendum 1 released (HER2 ISH, repeat PR)", "N. Castellanos-Whitby, MD"],
                 ["2", "02/19/2026 10:50", "Client notified by fax and portal", "Client services"]],
                [16 * mm, 32 * mm, W - 100 * mm, 52 * mm], S, mode="lines", head_bg=None, line=colors.HexColor("#999999")),
           I.section("BILLING / CODES"),
           P("CPT 88307 x1, 88305 x2, 88360 x3, 88342 x1, 88377 x1. ICD-10-CM C50.412. Codes are provided for the "
             "client's billing office and are not part of the diagnosis.", S["small"])]
    labels = [
        L("ER", "expression", "positive", "Positive 90% of tumor nuclei, strong", percent=90),
        L("PR", "expression", "positive", "POSITIVE - 30% of invasive tumor nuclei", percent=30),
        L("HER2", "expression", "equivocal", "Equivocal (2+)", ihc_score="2+"),
        L("HER2", "amplification", "positive", "AMPLIFIED - HER2/CEP17 ratio 2.4", ratio=2.4),
        L("Ki-67", "expression", "reported", "30-9 30%", percent=30),
    ]
    return Report("6802", I, info, st, labels, doc="Excision report with amended addendum", tumour="Breast",
                  kinds=["AB", "ST", "LEG", "SUP"])


def r6803():
    """SOUMC right colectomy: synoptic pairs laid in two columns (MMR left, BRAF VE1 right)."""
    I = INST["SOUMC"]; S = I.S; W = I.width
    info = dict(patient="Patient C", mrn="0081-22-6407", acc="S26-30918", printed="03/04/2026 08:15",
                doc_title="SURGICAL PATHOLOGY REPORT")
    head = kv2([("Patient:", "Patient C"), ("MRN:", "0081-22-6407"), ("DOB:", "11/03/1951 (74 y)"), ("Sex:", "Female")],
               [("Surgeon:", "Bartholomew Achterberg, MD"), ("Date of procedure:", "02/24/2026"),
                ("Date received:", "02/24/2026"), ("Date of report:", "03/03/2026")],
               [25 * mm, 55 * mm, 34 * mm, W - 114 * mm], S, divider=False)
    st = [head, Spacer(1, 2), Rule(thick=0.4)]
    st += [I.section("Final Diagnosis"),
           P("RIGHT COLON, TERMINAL ILEUM AND APPENDIX, LAPAROSCOPIC RIGHT HEMICOLECTOMY:", S["bold"]),
           P("- ADENOCARCINOMA OF THE ASCENDING COLON, POORLY DIFFERENTIATED, WITH MEDULLARY AND MUCINOUS "
             "FEATURES (6.2 CM).", S["ind"]),
           P("- TUMOR INVADES THROUGH THE MUSCULARIS PROPRIA INTO PERICOLONIC ADIPOSE TISSUE (pT3).", S["ind"]),
           P("- METASTATIC ADENOCARCINOMA IN 3 OF 24 REGIONAL LYMPH NODES (pN1b).", S["ind"]),
           P("- MARGINS NEGATIVE; BRISK PERITUMORAL AND INTRATUMORAL LYMPHOCYTIC RESPONSE.", S["ind"]),
           P("- MISMATCH REPAIR PROTEIN DEFICIENT (SEE BIOMARKER SECTION AND COMMENT).", S["ind"]),
           P("- APPENDIX AND TERMINAL ILEUM WITH NO PATHOLOGIC CHANGE.", S["ind"])]
    st += [I.section("Clinical History"),
           P("Iron deficiency anemia; colonoscopy showed a fungating ascending colon mass (biopsy S26-29177, "
             "adenocarcinoma). Family history: a brother diagnosed with colon cancer at age 48; outside testing "
             "on his tumor was reportedly MSH2-deficient, per the referring note. CEA 6.1 ng/mL.", S["body"])]
    st += [I.section("Colon and Rectum Resection - Synoptic Summary")]
    syn = [("Procedure", "Right hemicolectomy"), ("Tumor site", "Ascending colon"),
           ("Histologic type", "Adenocarcinoma (medullary and mucinous features, mucin about 30%)"),
           ("Histologic grade", "High grade (poorly differentiated)"), ("Tumor size", "6.2 x 5.0 x 2.4 cm"),
           ("Tumor extent", "Invades pericolonic adipose tissue"), ("Macroscopic perforation", "Not identified"),
           ("Lymphovascular invasion", "Present (small vessel)"), ("Perineural invasion", "Not identified"),
           ("Tumor budding", "Low (score 2, hotspot 0.785 mm2)"), ("Tumor deposits", "Not identified"),
           ("Margins", "Proximal, distal and radial (mesenteric) negative; radial 2.8 cm"),
           ("Regional lymph nodes", "3 involved / 24 examined; largest deposit 7 mm; no extranodal extension"),
           ("Pathologic stage", "pT3 pN1b (AJCC 8th)"), ("Distant metastasis", "Not applicable")]
    st.append(kv(syn, [52 * mm, W - 52 * mm], S, mode="lines", line=colors.HexColor("#BBBBBB")))
    st += [I.section("Biomarker Studies (block A7, tumor with adjacent normal mucosa)")]
    left = [("MLH1:", "Loss of nuclear expression"), ("PMS2:", "Loss of nuclear expression"),
            ("MSH2:", "Intact nuclear expression"), ("MSH6:", "Intact nuclear expression"),
            ("Internal control:", "Present (stromal and lymphoid nuclei)"),
            ("Interpretation:", "Deficient (dMMR), MLH1/PMS2 pattern")]
    right = [("Result:", "Positive"), ("Pattern:", "Diffuse, moderate cytoplasmic staining of tumor cells"),
             ("Control:", "Known V600E-mutant tumor, positive"),
             ("MLH1 promoter methylation:", "Sent to Kestrel Valley Reference Laboratories 03/03/2026; pending"),
             ("KRAS / NRAS:", "Not requested"), ("MSI by PCR:", "Not performed")]
    st.append(kv2(left, right, [26 * mm, W / 2 - 28 * mm, 34 * mm, W / 2 - 32 * mm], S, divider=True,
                  line=colors.black, heads=("MISMATCH REPAIR PROTEIN IHC", "BRAF V600E (VE1) IHC")))
    st += [I.section("Comment"),
           P("Loss of MLH1 and PMS2 with retained MSH2 and MSH6 indicates mismatch repair deficiency. In "
             "combination with expression of BRAF V600E mutant protein, this pattern most often reflects "
             "sporadic MLH1 promoter hypermethylation rather than Lynch syndrome; the methylation assay has been "
             "sent and will be reported as an addendum. Because of the reported family history, referral to "
             "cancer genetics is nonetheless recommended irrespective of the methylation result. Mismatch repair "
             "deficiency is also relevant to eligibility for immune checkpoint inhibitor therapy.", S["bodyj"])]
    st += [I.section("Gross Description"),
           P("Received fresh labeled with the patient's name and \"right colon\" is a right hemicolectomy "
             "specimen consisting of terminal ileum (8 cm), cecum with appendix (6.5 cm) and ascending colon "
             "(21 cm), with attached mesentery 14 x 9 cm. Located 9 cm from the distal margin is a fungating, "
             "partly ulcerated, circumferential mass measuring 6.2 x 5.0 x 2.4 cm with a glistening cut "
             "surface in its deep aspect. The serosa overlying the mass is puckered but intact. The radial "
             "(mesenteric) margin is inked black. Twenty-four lymph nodes are identified, 0.2 to 1.4 cm. "
             "Cassette summary: A1 proximal and distal margins en face; A2 appendix; A3-A9 tumor including "
             "deepest invasion (A5, A6) and tumor with normal mucosa (A7); A10-A18 lymph nodes; A19 "
             "uninvolved colon. Placed in formalin 11:20; ischemic time 35 minutes.", S["bodyj"])]
    st += [I.section("Microscopic Description"),
           P("Sheets of large polygonal cells with vesicular nuclei and prominent nucleoli are admixed with "
             "pools of extracellular mucin containing floating tumor cells. Numerous intraepithelial "
             "lymphocytes and a Crohn-like lymphoid reaction are present at the advancing edge. "
             "Immunohistochemistry for CDX2 shows weak patchy staining and CK20 is focally positive; SATB2 is "
             "positive, supporting colonic origin.", S["bodyj"])]
    st += [I.section("Methods"),
           P("MMR antibodies: MLH1 (M1), PMS2 (A16-4), MSH2 (G219-1129), MSH6 (SP93); BRAF V600E (VE1). "
             "Loss is defined as absent nuclear staining in tumor with a positive internal control. "
             "Immunohistochemistry does not detect all mismatch repair defects; a small proportion of "
             "tumors with intact staining are microsatellite unstable.", S["small"]),
           Spacer(1, 8),
           P("I have personally reviewed the slides and rendered the diagnosis.<br/>"
             "<b>Electronically signed out by Marguerite Oyelaran-Fisk, MD</b>, 03/03/2026 17:48<br/>"
             "Resident: Ilya Trenholme, MD", S["body"])]
    st += [I.section("Lymph Node Summary"),
           grid([["Cassettes", "Location", "Nodes", "Positive", "Largest deposit"],
                 ["A10-A12", "Pericolic, near tumor", "7", "2", "7 mm"],
                 ["A13-A15", "Ileocolic pedicle", "9", "1", "3 mm"],
                 ["A16-A18", "Apical (high tie)", "8", "0", "-"],
                 ["Total", "", "24", "3", ""]],
                [26 * mm, 50 * mm, 20 * mm, 22 * mm, W - 118 * mm], S, mode="lines", head_bg=None),
           I.section("Report Distribution"),
           P("Bartholomew Achterberg, MD (Colorectal Surgery); Hepzibah Lorne-Castillo, MD (Medical Oncology); "
             "Cancer Genetics Clinic (referral placed 03/03/2026); Tumor Registry.", S["body"]),
           P("Specimen retention: blocks and slides are retained for at least 10 years; unstained sections from "
             "block A7 are held for the pending methylation study.", S["small"])]
    labels = [
        L("MLH1", "expression", "negative", "MLH1: Loss of nuclear expression"),
        L("PMS2", "expression", "negative", "PMS2: Loss of nuclear expression"),
        L("MSH2", "expression", "positive", "MSH2: Intact nuclear expression"),
        L("MSH6", "expression", "positive", "MSH6: Intact nuclear expression"),
        L("MMR", "signature", "positive", "Deficient (dMMR), MLH1/PMS2 pattern"),
        L("BRAF", "expression", "positive", "BRAF V600E (VE1) IHC", "Result: Positive", alteration="V600E"),
    ]
    return Report("6803", I, info, st, labels, doc="Resection report with synoptic biomarkers", tumour="Colon",
                  kinds=["SY2", "SY", "PEND", "REL", "MTH", "CP"])


def r6804():
    """NCCC pleural fluid: cytology diagnosis line with results in brackets."""
    I = INST["NCCC"]; S = I.S; W = I.width
    info = dict(patient="Patient D", mrn="NB-300-4412", dob="02/11/1957", sex="M", acc="NC26-C1184",
                spec_type="Pleural fluid, right", ordering="Dr F. Lindqvist-Amadi (Resp.)",
                collected="09/02/2026", received="09/02/2026", reported="13/02/2026", printed="13/02/2026",
                doc_title="NON-GYNAECOLOGICAL CYTOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 6)]
    dx = [P("DIAGNOSIS", S["h2"]),
          P("Right pleural fluid: POSITIVE FOR MALIGNANT CELLS - metastatic adenocarcinoma, consistent with "
            "a lung primary [TTF-1 +, Napsin A +, calretinin -, WT1 -; PD-L1 (22C3) TPS 70%; "
            "ALK (D5F3) negative; ROS1 (D4D6) negative].", S["diag"])]
    st.append(box(dx, W, border=I.accent, bg=colors.HexColor("#F1FAFA"), thick=1.2))
    st += [I.section("Clinical information"),
           P("Recurrent right pleural effusion, 1.2 L drained at ward procedure. CT: right upper lobe spiculated "
             "mass 38 mm with mediastinal nodes. Ex-smoker, 40 pack-years. Query malignant effusion. "
             "<i>If adenocarcinoma please do PD-L1 and ALK - oncology clinic Thursday.</i>", S["body"])]
    st += [I.section("Specimen and preparation"),
           P("250 mL of blood-stained fluid. Two cytospins (Papanicolaou, May-Grunwald-Giemsa) and a cell block "
             "(CB1) prepared from the clot, fixed in 10% neutral buffered formalin for 18 hours.", S["body"]),
           P("Adequacy: satisfactory. The cell block contains well over 100 viable tumour cells.", S["body"])]
    st += [I.section("Microscopy"),
           P("Cellular preparations with a background of blood, reactive mesothelial cells and macrophages. "
             "There is a second population of large cells in three-dimensional clusters and acinar "
             "groupings with vacuolated cytoplasm, eccentric nuclei, irregular nuclear membranes and "
             "prominent nucleoli. Occasional signet-ring-like forms are seen. Mitoses are present.", S["bodyj"])]
    st += [I.section("Ancillary studies (cell block CB1)"),
           P("Immunocytochemistry supports an adenocarcinoma of pulmonary type: TTF-1 (8G7G3/1) and Napsin A "
             "positive; calretinin and WT1 stain only the background mesothelial cells; BerEP4 positive; "
             "CK7 positive, CK20 negative.", S["body"]),
           P("Predictive markers: PD-L1 22C3 pharmDx - tumour proportion score 70% (high expression). ALK by "
             "D5F3 (Ventana) and ROS1 by D4D6 - no staining of tumour cells, appropriate on-slide controls.",
             S["body"]),
           P("Tumour proportion score bands used by this laboratory: below 1% = no expression; 1-49% = low "
             "expression; 50% or more = high expression.", S["small"]),
           P("Molecular: an NGS lung panel (EGFR, KRAS, BRAF, MET, RET, HER2 and fusions) was requested on CB1 "
             "and the block was dispatched to Coralbay Molecular & Pathology Partners on 12/02/2026. Those "
             "results are not part of this report and will be issued as a supplementary report.", S["body"])]
    st += [I.section("Note on predictive testing in cytology"),
           P("PD-L1 testing on formalin-fixed cell blocks has been validated in this laboratory against paired "
             "histology. Alcohol-fixed cytospin material is not suitable for PD-L1 and was not used. Fixation "
             "time of effusion samples is not controlled and a negative result on a sparse cell block should "
             "be interpreted with caution.", S["small"])]
    st += [Spacer(1, 8),
           kv([("Screened by", "A. Penrose-Nakamura, BMS"),
               ("Reported by", "Dr Halima Westergaard, Consultant Cytopathologist"),
               ("Verified", "13/02/2026 12:40 (electronic)")], [26 * mm, W - 26 * mm], S)]
    labels = [
        L("PD-L1", "expression", "positive", "PD-L1 (22C3) TPS 70%", percent=70),
        L("ALK", "expression", "negative", "ALK (D5F3) negative"),
        L("ROS1", "expression", "negative", "ROS1 (D4D6) negative"),
    ]
    return Report("6804", I, info, st, labels, doc="Effusion cytology", tumour="Lung (pleural fluid)",
                  kinds=["CY", "Q", "LEG", "PEND", "FIX"])


def r6805():
    """MRH pleural biopsy, mesothelioma work-up: diagnostic and in-scope stains in one table with a control row."""
    I = INST["MRH"]; S = I.S; W = I.width
    info = dict(patient="Patient E", hcn="9990-218-447-QA", dob="1949-05-30", sex="F", acc="MRH-AP-26-0712",
                ordering="Dr Étienne Rochefort-Lang (Thoracic Surgery)", collected="2026-01-27",
                reported="2026-02-04", printed="2026-02-04 15:55", doc_title="SURGICAL PATHOLOGY / PATHOLOGIE")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Final diagnosis / Diagnostic final"),
           P("Pleura, right parietal, VATS biopsies (A-C):", S["bold"]),
           P("MALIGNANT MESOTHELIOMA, EPITHELIOID TYPE, invading chest wall adipose tissue. "
             "Nuclear grade 2 (of 3). No necrosis.", S["diag"])]
    st += [I.section("Clinical information / Renseignements cliniques"),
           P("76-year-old woman, spouse of a retired pipefitter (domestic asbestos exposure). Right-sided "
             "pleural thickening and effusion; effusion cytology (MRH-CY-26-0088) showed atypical mesothelial "
             "cells.", S["body"])]
    st += [I.section("Gross / Macroscopie"),
           P("A: multiple fragments of tan-pink tissue, aggregate 2.6 x 1.8 x 0.4 cm, entirely submitted (A1-A3). "
             "B: two fragments, 1.2 and 0.8 cm, B1. C: a strip of pleura with adherent fat, 3.0 x 0.6 cm, C1-C2.",
             S["body"])]
    st += [I.section("Microscopic / Microscopie"),
           P("Tubulopapillary and solid proliferation of epithelioid cells with moderate atypia, invading "
             "through the pleural fibroadipose tissue in C1 and C2. Mitoses up to 3 per 2 mm2.", S["body"])]
    st += [I.section("Immunohistochemistry / Immunohistochimie (block C2)")]
    rows = [["Antibody", "Clone", "Result", "Distribution / intensity", "Interpretation"],
            ["Calretinin", "DAK-Calret 1", "Positive", "Diffuse, nuclear and cytoplasmic", "Mesothelial"],
            ["WT1", "6F-H2", "Positive", "Nuclear, diffuse", "Mesothelial"],
            ["D2-40", "D2-40", "Positive", "Membranous, thick", "Mesothelial"],
            ["CK5/6", "D5/16B4", "Positive", "Patchy", "Mesothelial"],
            ["Claudin-4", "3E2C1", "Negative", "-", "Against carcinoma"],
            ["MOC-31", "MOC-31", "Negative", "-", "Against carcinoma"],
            ["TTF-1", "8G7G3/1", "Negative", "-", "Against lung adenocarcinoma"],
            ["PAX8", "MRQ-50", "Negative", "-", "Against Mullerian serous carcinoma"],
            ["Mesothelin", "5B2", "Positive", "Strong membranous, 90% of cells", "Expressed"],
            ["BAP1", "C-4", "Lost", "Nuclear loss; internal control retained", "Supports malignancy"],
            ["MTAP", "1813", "Lost", "Cytoplasmic loss", "Supports malignancy"],
            ["PD-L1", "22C3", "TPS 5%", "Partial/complete membranous", "Low expression"],
            ["Control", "-", "Satisfactory", "Tonsil, appendix and pancreas on-slide controls", "Mesothelin and PD-L1 control as expected"]]
    st.append(grid(rows, [24 * mm, 22 * mm, 20 * mm, 52 * mm, W - 118 * mm], S, mode="grid", zebra=colors.HexColor("#F2F7F3"),
                   head_bg=I.tint, line=colors.HexColor("#7FA58A")))
    st += [I.section("Comment / Commentaire"),
           P("The morphology and immunoprofile support epithelioid mesothelioma; loss of BAP1 and MTAP "
             "supports a malignant process. The differential diagnosis included metastatic lung "
             "adenocarcinoma (TTF-1 negative, claudin-4 negative) and, in a female patient, Mullerian serous "
             "carcinoma, for which PAX8 and ER would be expected; PAX8 is negative and ER was not performed. "
             "Mesothelin and PD-L1 were added at the request of medical oncology for clinical trial screening. "
             "Case reviewed at thoracic intradepartmental consensus (2026-02-03).", S["bodyj"])]
    st += [I.section("Synoptic - pleural mesothelioma (biopsy) / Synoptique"),
           kv2([("Procedure", "VATS parietal pleural biopsies"), ("Laterality", "Right"),
                ("Histologic type", "Epithelioid mesothelioma"), ("Architecture", "Tubulopapillary and solid")],
               [("Nuclear grade", "2"), ("Necrosis", "Absent"), ("Invasion", "Chest wall adipose tissue"),
                ("Sarcomatoid component", "Not identified")],
               [30 * mm, W / 2 - 30 * mm, 34 * mm, W / 2 - 34 * mm], S, mode="lines", line=colors.HexColor("#7FA58A"),
               divider=False),
           I.section("Block key / Liste des blocs"),
           P("A1-A3: part A, all fragments. B1: part B. C1-C2: part C (C2 used for immunohistochemistry). "
             "Unstained sections from C2 are held for possible molecular testing (CDKN2A FISH not requested).",
             S["body"])]
    st += [Spacer(1, 6),
           P("Electronically signed / Signature électronique: <b>Dr Anaïs Kowalczyk-Dubé, FRCPC</b> 2026-02-04 15:41",
             S["body"]),
           P("Antibodies are applied on a Ventana Benchmark platform; results pertain only to blocks tested.", S["small"])]
    labels = [
        L("Mesothelin", "expression", "positive", "Mesothelin 5B2 Positive Strong membranous, 90% of cells", percent=90),
        L("PD-L1", "expression", "positive", "PD-L1 22C3 TPS 5%", percent=5),
    ]
    return Report("6805", I, info, st, labels, doc="Pleural biopsy report", tumour="Pleural mesothelioma",
                  kinds=["MX", "CTRL", "DD"])


def r6806():
    """LIP second opinion on lung adenocarcinoma: molecular line passed on, own ALK and PD-L1, outside PD-L1."""
    I = INST["LIP"]; S = I.S; W = I.width
    info = dict(patient="Patient F", acc="LIP-C-2026-0193", printed="2026-02-26")
    st = [kv([("Our reference", "LIP-C-2026-0193"), ("Your reference", "FV26-S1870 (Fenwick Vale Medical Centre)"),
              ("Patient", "Patient F, male, born 1961"), ("Material received", "2026-02-18: blocks A1 and A2, six H&E and IHC slides, copy of referring report"),
              ("Date of this report", "2026-02-26")], [36 * mm, W - 36 * mm], S, mode="lines", line=colors.HexColor("#C8A2AE")),
          Spacer(1, 8),
          P("Dr Aurelio Penhaligon<br/>Department of Pathology, Fenwick Vale Medical Centre<br/>Fenwick Vale, OH", S["body"]),
          Spacer(1, 6),
          P("Dear Dr Penhaligon,", S["body"]),
          P("Thank you for sending this right lower lobe core biopsy for a second opinion. You asked whether "
            "the tumour is a primary lung adenocarcinoma, and whether ALK and PD-L1 could be repeated here, as "
            "your laboratory's PD-L1 assay was run on an interim laboratory-developed protocol. The treating "
            "team also asked whether the tumour would qualify for first-line osimertinib.", S["bodyj"])]
    st += [I.section("Referring diagnosis"),
           P("Non-small cell carcinoma, favour adenocarcinoma (TTF-1 positive), right lower lobe, CT-guided core "
             "biopsy, 2026-02-06.", S["body"])]
    st += [I.section("Our findings"),
           P("The cores show an adenocarcinoma with predominantly acinar and focal micropapillary growth in a "
             "fibroelastotic stroma. Tumour cells are positive for TTF-1 and napsin A and negative for p40 "
             "(your slides, reviewed). We performed additional studies on block A2, which contains the most "
             "tumour (about 400 viable tumour cells).", S["bodyj"]),
           P("ALK (D5F3, Ventana, with OptiView amplification): negative - no granular cytoplasmic staining in "
             "tumour cells; the on-slide control was positive.", S["ind"]),
           P("PD-L1 (SP263): tumour proportion score 15%, membranous staining of moderate intensity.", S["ind"]),
           P("For comparison, your report gives PD-L1 (22C3, laboratory-developed protocol) on block A1 as TPS "
             "10%. The small difference is within the expected inter-assay and inter-block range and does not "
             "change the category (1-49%).", S["bodyj"])]
    st += [I.section("Molecular results (as reported elsewhere)"),
           P("Your report records that targeted next-generation sequencing at Coralbay Molecular & Pathology "
             "Partners (CB26-M02118, reported 2026-02-13) detected an <b>EGFR exon 19 deletion, "
             "p.E746_A750del</b>, at a variant allele fraction of 31%, with no other reportable alterations. "
             "We have not repeated this test and rely on the referring laboratory's result. A ROS1 stain was "
             "not performed as it would not add to management given the EGFR result. The EGFR T790M "
             "resistance mutation is not relevant at diagnosis and was not assessed.", S["bodyj"])]
    st += [I.section("Opinion"),
           P("<b>Right lower lobe, core biopsy: invasive adenocarcinoma of lung, acinar predominant with a "
             "micropapillary component; EGFR exon 19 deletion (referring laboratory); ALK negative by "
             "immunohistochemistry; PD-L1 SP263 TPS 15%.</b>", S["body"]),
           P("We agree with your diagnosis. The tumour is of pulmonary origin. The EGFR result makes it eligible "
             "for first-line EGFR tyrosine kinase inhibitor therapy; the decision rests with the treating team.",
             S["bodyj"]),
           Spacer(1, 6),
           P("With kind regards,", S["body"]), Spacer(1, 4),
           P("<i>electronically signed 2026-02-26 14:05</i><br/><b>Professor Sigrun Halvorsen-Meyer</b><br/>"
             "Consultant Pathologist, Thoracic Pathology Service", S["body"]),
           Spacer(1, 6),
           P("Blocks A1 and A2 and all slides are returned with this letter by courier. Stained slides made here "
             "(ALK, PD-L1, two H&amp;E levels) are retained in our archive under LIP-C-2026-0193.", S["smalli"])]
    labels = [
        L("EGFR", "mutation", "positive", "EGFR exon 19 deletion, p.E746_A750del", alteration="E746_A750del"),
        L("ALK", "expression", "negative", "ALK (D5F3, Ventana, with OptiView amplification): negative"),
        L("PD-L1", "expression", "positive", "PD-L1 (SP263): tumour proportion score 15%", percent=15),
        L("PD-L1", "expression", "positive", "on block A1 as TPS 10%", percent=10, optional=True),
    ]
    return Report("6806", I, info, st, labels, doc="Second-opinion consultation letter", tumour="Lung",
                  kinds=["SO", "MOL", "PRI", "Q"])


def r6807():
    """QMH endometrial carcinoma (Courier LIS print): results in a comment paragraph that explains them."""
    I = INST["QMH"]; S = I.S; W = I.width
    info = dict(patient="Patient G", mrn="Q0728841", acc="26Q-008812", dob="19/08/1958", sex="F",
                collected="16/02/2026", received="16/02/2026", ordering="Dr P. Wainwright-Osei (Gyn Onc)",
                copy="Dr L. Moffatt (GP)", printed="24/02/2026 09:12")
    st = []
    st += [I.section("Clinical notes"),
           P("67F post-menopausal bleeding. Pipelle: endometrioid adenocarcinoma (25Q-031177). MRI: >50% "
             "myometrial invasion. TLH BSO + SLN.", S["body"])]
    st += [I.section("Macroscopic"),
           P("A. \"UTERUS, CERVIX, BILATERAL TUBES AND OVARIES\": Uterus 98 g, 82 x 55 x 38 mm. Polypoid tan "
             "tumour 42 x 30 mm occupying the fundus and posterior wall, cut surface invades to within 3 mm of "
             "the serosa. Cervix unremarkable. Adnexa unremarkable. Blocks 1A-1D cervix/LUS, 2A-2C anterior, "
             "3A-3D posterior full thickness, 4A-4C fundus (4C best tumour), 5 adnexa.", S["body"]),
           P("B. \"LEFT SENTINEL NODE\" 1 node 12 mm, ultrastaged. C. \"RIGHT SENTINEL NODE\" 1 node 9 mm, "
             "ultrastaged.", S["body"])]
    st += [I.section("Microscopic"),
           P("Sections show an endometrioid carcinoma with glandular and solid areas (solid component about "
             "35%) and marked nuclear atypia in places. There is deep myometrial invasion (16 of 19 mm). "
             "Substantial LVSI is present (5 or more vessels in 3C). Cervical stroma is not involved. "
             "Sentinel nodes: no metastasis on H&amp;E or pancytokeratin ultrastaging.", S["body"])]
    st += [I.section("Immunohistochemistry comment"),
           P("Stains on block 4C. The tumour shows an ABERRANT (mutation-type) p53 pattern: there is complete "
             "absence of nuclear staining in tumour cells while stromal and inflammatory cells stain, confirming "
             "that the stain worked (so-called null pattern). This pattern correlates with a TP53 mutation and "
             "places the tumour in the p53-abnormal molecular group, whatever the histotype. The mismatch repair "
             "proteins MLH1, PMS2, MSH2 and MSH6 all show retained nuclear expression, so the tumour is MMR "
             "proficient and the stains give no pointer to Lynch syndrome. Oestrogen receptor is positive in "
             "about 60% of tumour nuclei (moderate) and progesterone receptor is positive in 20-30% (weak to "
             "moderate); hormone receptor positivity is common in endometrioid carcinoma and may matter if "
             "endocrine therapy is considered.", S["bodyj"]),
           P("POLE exonuclease-domain sequencing has been requested from Coralbay Molecular & Pathology Partners "
             "(sent 20/02/2026). A pathogenic POLE mutation would take precedence over the p53-abnormal "
             "classification. HER2 IHC is not performed routinely on endometrioid carcinoma in this laboratory; "
             "it can be added if the MDT asks for it.", S["bodyj"]),
           P("Background: the molecular classification recognises four groups - POLE-mutated, MMR-deficient, "
             "p53-abnormal and no specific molecular profile (NSMP) - with different prognoses; see the 2023 "
             "FIGO staging for how the group modifies the stage.", S["small"])]
    st += [I.section("Diagnosis"),
           P("A. UTERUS, CERVIX, TUBES AND OVARIES (TLH BSO):<br/>"
             "&nbsp;&nbsp;- ENDOMETRIOID CARCINOMA, FIGO GRADE 2, p53-ABNORMAL (see IHC comment).<br/>"
             "&nbsp;&nbsp;- DEEP MYOMETRIAL INVASION (16/19 mm). SUBSTANTIAL LVSI.<br/>"
             "&nbsp;&nbsp;- CERVIX, TUBES AND OVARIES NOT INVOLVED.<br/>"
             "B, C. SENTINEL LYMPH NODES: NO METASTASIS (0/2).", S["bold"])]
    st += [I.section("Synoptic (endometrium)")]
    st.append(kv([("Histological type", "Endometrioid carcinoma"), ("Grade", "FIGO 2"),
                  ("Myoinvasion", "16 of 19 mm (84%)"), ("LVSI", "Substantial"),
                  ("Cervical stroma", "Not involved"), ("Adnexa", "Not involved"),
                  ("Nodes", "0/2 sentinel (ultrastaged)"), ("Molecular group", "p53abn (POLE pending)"),
                  ("MMR status", "Proficient"), ("Stage", "pT1b pN0(sn); FIGO 2023 IICm-p53abn, subject to POLE")],
                 [45 * mm, W - 45 * mm], S, label_style=S["cell"]))
    st += [Spacer(1, 8),
           P("Reported by: DR R. NAKASHIMA-FLETCHER, FRCPA   Validated 24/02/2026 09:05<br/>"
             "Dictated by R N-F / typed KL", S["body"])]
    labels = [
        L("TP53", "expression", "negative", "complete absence of nuclear staining in tumour cells"),
        L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 all show retained nuclear expression"),
        L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 all show retained nuclear expression"),
        L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 all show retained nuclear expression"),
        L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6 all show retained nuclear expression"),
        L("MMR", "signature", "negative", "the tumour is MMR proficient"),
        L("ER", "expression", "positive", "Oestrogen receptor is positive in about 60% of tumour nuclei", percent=60),
        L("PR", "expression", "positive", "progesterone receptor is positive in 20-30%", value="20-30%"),
    ]
    return Report("6807", I, info, st, labels, doc="Hysterectomy report", tumour="Endometrium",
                  kinds=["CP", "PEND", "NP", "BG"])


def r6808():
    """CBMP biomarker addendum issued alone for a gastric carcinoma (HER2 3+, PD-L1 CPS, MMR)."""
    I = INST["CBMP"]; S = I.S; W = I.width
    info = dict(patient="Patient H", acc="CB26-M04471", printed="03/06/2026",
                doc_title="BIOMARKER ADDENDUM - GASTRIC / GEJ PANEL")
    st = [kv2([("Patient", "Patient H"), ("DOB", "04/18/1963"), ("Sex", "M"), ("Client MRN", "HP-00718822")],
              [("Specimen ID", "CB26-M04471"), ("Client accession", "HP-SP-26-1144, block A2"),
               ("Specimen", "Stomach, antrum, endoscopic biopsy"), ("Ordering", "Yusuf Brannagh-Cole, MD")],
              [24 * mm, 58 * mm, 32 * mm, W - 114 * mm], S, mode="box", line=I.accent),
          Spacer(1, 4),
          P("This addendum is issued separately from the primary diagnostic report (Harbour Point Community "
            "Hospital, HP-SP-26-1144: invasive adenocarcinoma, intestinal type). Received 02/27/2026; reported "
            "03/06/2026.", S["body"])]
    st += [I.section("Results")]
    rows = [["Biomarker", "Method / clone", "Result", "Score / detail", "Interpretation"],
            ["HER2", "IHC, 4B5 (gastric scoring)", "3+", "Strong complete or basolateral membranous staining in a cohesive cluster of more than 5 cells (biopsy criteria)", "POSITIVE"],
            ["PD-L1", "IHC, 22C3 pharmDx", "CPS 8", "PD-L1 staining tumour cells, lymphocytes and macrophages / viable tumour cells x 100", "Positive at CPS 1 or more"],
            ["Mismatch repair", "IHC: MLH1, PMS2, MSH2, MSH6", "Retained", "Nuclear expression retained for all four proteins", "MMR proficient (pMMR)"],
            ["Claudin 18.2", "IHC, 43-14A", "Positive", "Moderate-strong membranous, 80% of tumour cells", "Meets 75% threshold"],
            ["EBER", "ISH", "Pending", "-", "To follow"]]
    st.append(grid(rows, [25 * mm, 36 * mm, 18 * mm, W - 117 * mm, 38 * mm], S, mode="lines", head_bg=I.tint,
                   line=I.accent))
    st.append(Spacer(1, 4))
    st.append(P("HER2 in situ hybridization: not performed (not indicated when IHC is 3+).", S["body"]))
    st += [I.section("Scoring reference (gastric and GEJ adenocarcinoma, biopsy)"),
           P("HER2 IHC 0: no reactivity or membranous reactivity in fewer than 5 cells. 1+: faint membranous "
             "reactivity in a cluster of 5 or more cells. 2+: weak to moderate complete, basolateral or lateral "
             "reactivity in 5 or more cells (ISH required). 3+: strong complete, basolateral or lateral "
             "reactivity in 5 or more cells. PD-L1 CPS is reported as a whole number; values above 100 are "
             "reported as 100.", S["small"])]
    st += [I.section("Methods and limitations"),
           P("Assays were run on Dako Omnis (22C3) and Ventana Benchmark (HER2, MMR, claudin 18.2) platforms with "
             "external and on-slide controls, which performed as expected. The biopsy contained approximately "
             "260 viable tumour cells. Cold ischaemia and fixation times were not provided by the client.",
             S["small"]),
           Spacer(1, 6),
           P("<b>Electronically signed:</b> Thaddeus Okwuosa-Brandt, MD - Anatomic Pathology - 03/06/2026 09:58",
             S["body"])]
    labels = [
        L("HER2", "expression", "positive", "IHC, 4B5 (gastric scoring) 3+", ihc_score="3+"),
        L("PD-L1", "expression", "positive", "CPS 8", value="CPS 8"),
        L("MLH1", "expression", "positive", "Nuclear expression retained for all four proteins"),
        L("PMS2", "expression", "positive", "Nuclear expression retained for all four proteins"),
        L("MSH2", "expression", "positive", "Nuclear expression retained for all four proteins"),
        L("MSH6", "expression", "positive", "Nuclear expression retained for all four proteins"),
        L("MMR", "signature", "negative", "MMR proficient (pMMR)"),
    ]
    return Report("6808", I, info, st, labels, doc="Biomarker addendum issued alone", tumour="Stomach",
                  kinds=["TM", "ST", "LEG", "PEND", "NP"])


def r6809():
    """TRCH neuroblastoma: GD2 asked for by oncology; ALK IHC; MYCN and ALK sequencing near misses."""
    I = INST["TRCH"]; S = I.S; W = I.width
    info = dict(patient="Patient I", mrn="TR-0419-772", acc="TR-P26-00388", dob="12/06/2022", agesex="3 y / M",
                ordering="Paediatric Oncology (Dr M. Abernethy-Quaye)", collected="20/01/2026",
                status="FINAL (supplementary report 1 incorporated)", doc_title="PAEDIATRIC TUMOUR REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Specimen"), P("Left adrenal mass, percutaneous ultrasound-guided core biopsies (x5), fresh "
                                    "to laboratory. Touch imprints, snap-frozen core (biobank, consented) and "
                                    "formalin-fixed cores.", S["body"])]
    st += [I.section("Clinical information and request"),
           P("3-year-old boy, 6 cm left suprarenal mass crossing the midline on MRI, MIBG avid, urine "
             "catecholamines raised. Bone marrow aspirates pending. Request from oncology: \"Please confirm "
             "diagnosis and INPC category, MYCN status, and GD2 expression - patient may be considered for "
             "anti-GD2 immunotherapy within the high-risk protocol.\"", S["body"])]
    st += [I.section("Microscopy"),
           P("Cores show a small round blue cell tumour in nests separated by thin fibrovascular septa, with "
             "Homer Wright rosettes and neuropil in which fewer than 5% of cells show ganglionic "
             "differentiation. Mitotic and karyorrhectic cells are moderately frequent: MKI intermediate "
             "(about 150 per 5000 cells). Calcification is present; there is no Schwannian stroma.", S["bodyj"])]
    st += [I.section("Immunohistochemistry")]
    rows = [["Antibody", "Result", "Remarks"],
            ["PHOX2B", "Positive", "Strong nuclear, diffuse"],
            ["Synaptophysin", "Positive", "Diffuse"],
            ["CD56", "Positive", "Membranous"],
            ["CD99", "Negative", "Excludes Ewing sarcoma in this context"],
            ["Desmin / myogenin", "Negative", "Excludes rhabdomyosarcoma"],
            ["GD2 (clone 14G2a)", "POSITIVE", "Strong membranous and cytoplasmic staining in >80% of tumour cells"],
            ["ALK (D5F3)", "Positive", "Moderate to strong cytoplasmic staining, diffuse"],
            ["Control block", "Appropriate", "GD2-positive neuroblastoma control; ALK-positive ALCL control"]]
    st.append(grid(rows, [40 * mm, 25 * mm, W - 65 * mm], S, mode="grid", head_bg=I.tint, line=I.accent))
    st.append(Spacer(1, 3))
    st.append(P("GD2 is a disialoganglioside. This antibody is applied to formalin-fixed paraffin sections under an "
                "internally validated protocol; staining on fixed tissue can under-represent expression compared "
                "with frozen tissue, and a negative result would not exclude expression. ALK protein expression "
                "is frequent in neuroblastoma and does not by itself indicate an ALK mutation.", S["smalli"]))
    st += [I.section("Genetics (Regional Genetics Laboratory)"),
           P("MYCN FISH on touch imprints: not amplified (MYCN/CEP2 ratio 1.1). 11q and 1p status by SNP array: "
             "pending. ALK hotspot sequencing (exons 23 and 25): sample sent 22/01/2026, result awaited. These "
             "genetic results will be issued by the genetics laboratory directly.", S["body"])]
    st += [I.section("Conclusion"),
           P("Left adrenal mass, core biopsies: NEUROBLASTOMA, POORLY DIFFERENTIATED, MKI INTERMEDIATE. "
             "INPC: unfavourable histology (poorly differentiated subtype at 3 years of age) - to be confirmed on "
             "resection. MYCN not amplified. GD2 expressed by tumour cells (see table).",
             S["diag"])]
    st += [Spacer(1, 6),
           kv([("Pathologist", "Dr Beatrix Olamide-Strand, Consultant Paediatric Pathologist"),
               ("Verified", "27/01/2026 17:20 (electronic signature)"),
               ("Supplementary 1", "29/01/2026 - GD2 and ALK stains added to table at oncology request")],
              [30 * mm, W - 30 * mm], S)]
    st += [I.section("Sample handling"),
           grid([["Sample", "Use", "Location"],
                 ["Core 1 (fresh)", "Touch imprints for MYCN FISH, then formalin", "Cytogenetics / block A1"],
                 ["Core 2", "Snap-frozen, consented biobank", "Tumour bank TB-26-0044"],
                 ["Cores 3-5", "Formalin-fixed, paraffin-embedded", "Blocks A2-A4"],
                 ["Extracted DNA", "ALK sequencing, SNP array", "Regional Genetics Laboratory"]],
                [34 * mm, 70 * mm, W - 104 * mm], S, mode="grid", head_bg=I.tint, line=I.accent),
           I.section("INPC reference (not a result)"),
           P("Schwannian stroma-poor neuroblastoma is of favourable histology when the patient is under 1.5 years "
             "with a poorly differentiated or differentiating tumour and low or intermediate MKI, or 1.5 to 5 years "
             "with a differentiating tumour and low MKI; other combinations are unfavourable.", S["small"])]
    labels = [
        L("GD2", "expression", "positive", "GD2 (clone 14G2a) POSITIVE", value=">80%"),
        L("ALK", "expression", "positive", "ALK (D5F3) Positive"),
    ]
    return Report("6809", I, info, st, labels, doc="Paediatric tumour biopsy report", tumour="Neuroblastoma",
                  kinds=["ST", "Q", "CTRL", "PEND", "FIX"])


def r6810():
    """FVMC lobectomy: predictive markers in columns per block; KRAS line passed on from another lab."""
    I = INST["FVMC"]; S = I.S; W = I.width
    info = dict(patient="Patient J", mrn="FV-2217-0934", dob="03/14/1956", sex="Male", loc="4 West Thoracic",
                acc="FV26-S2291", ordering="Wilhelmina Storrow, MD", collected="02/11/2026 lobectomy",
                received="02/11/2026", reported="02/17/2026", printed="02/17/2026 16:40",
                doc_title="SURGICAL PATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("DIAGNOSIS"),
           P("LUNG, LEFT UPPER LOBE, LOBECTOMY:", S["bold"]),
           P("1. INVASIVE NON-MUCINOUS ADENOCARCINOMA, SOLID PREDOMINANT (solid 60%, acinar 30%, lepidic 10%), "
             "3.4 CM.", S["ind"]),
           P("2. VISCERAL PLEURAL INVASION PRESENT (PL1). BRONCHIAL, VASCULAR AND PARENCHYMAL MARGINS NEGATIVE.", S["ind"]),
           P("3. METASTATIC ADENOCARCINOMA IN 1 OF 11 LYMPH NODES (station 11L); stations 5, 7, 10L, 12L negative.", S["ind"]),
           P("4. pT2a pN1 (AJCC 8th). See predictive biomarker table and outside molecular result.", S["ind"])]
    st += [I.section("PREDICTIVE BIOMARKERS - IMMUNOHISTOCHEMISTRY BY BLOCK")]
    rows = [["Test (clone)", "Block A3 - tumor center", "Block A7 - tumor edge / pleura", "Comment"],
            ["PD-L1 TPS (22C3)", "40%", "55%", "Heterogeneous; both blocks reported"],
            ["ALK (D5F3)", "Negative", "Negative", "-"],
            ["ROS1 (D4D6)", "Negative", "Negative", "-"],
            ["TTF-1 (8G7G3/1)", "Positive", "Positive", "Lineage"],
            ["Napsin A", "Positive", "Positive", "Lineage"],
            ["pan-TRK (EPR17341)", "Not done", "Not done", "Requested 02/13; cancelled by surgeon 02/14"],
            ["Tissue control", "Acceptable", "Acceptable", "Placenta / tonsil / ALK+ cell line"]]
    st.append(grid(rows, [38 * mm, 38 * mm, 44 * mm, W - 120 * mm], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#6F7F5A")))
    st.append(Spacer(1, 3))
    st.append(P("Block A9 (rib margin, decalcified in formic acid) was not used for predictive testing because "
                "decalcification can abolish PD-L1 and ALK immunoreactivity.", S["small"]))
    st += [I.section("OUTSIDE MOLECULAR RESULT (transcribed)"),
           P("Coralbay Molecular & Pathology Partners, CB26-M03307, targeted DNA/RNA panel on the pre-operative "
             "EBUS-FNA cell block (station 11L), reported 01/30/2026: <b>KRAS c.34G&gt;T (p.G12C) detected</b>, "
             "variant allele fraction 22%. No other reportable alterations. A TP53 variant of uncertain "
             "significance was also listed. Refer to the outside report for the full gene list.", S["body"])]
    st += [I.section("CLINICAL HISTORY"),
           P("69-year-old man, former smoker, with a 3.2 cm LUL mass on CT; EBUS-FNA station 11L positive for "
             "adenocarcinoma (FV26-C0187). Neoadjuvant therapy: none.", S["body"])]
    st += [I.section("GROSS DESCRIPTION"),
           P("Received fresh labeled \"left upper lobe\" is a 148 g lobectomy specimen, 17.0 x 11.5 x 4.0 cm, with "
             "a stapled bronchial margin. The pleura overlying the mass is puckered and inked blue. Sectioning "
             "reveals a firm, gray-white, stellate mass 3.4 x 3.0 x 2.6 cm, 2.1 cm from the bronchial margin "
             "and abutting the pleura. The remaining parenchyma is emphysematous. Hilar lymph nodes 0.3-1.1 cm. "
             "Separately received lymph node stations 5, 7, 10L, 11L and 12L. Time to formalin 28 minutes. "
             "Cassettes: A1 bronchial and vascular margins; A2 hilar nodes; A3-A6 tumor (A3 center); A7 tumor "
             "with pleura; A8 uninvolved lung; A9 adherent rib fragment (decalcified); B-F lymph node "
             "stations.", S["bodyj"])]
    st += [I.section("MICROSCOPIC DESCRIPTION"),
           P("Solid sheets and acini of atypical columnar to polygonal cells with vesicular nuclei and "
             "prominent nucleoli; scattered intracytoplasmic mucin. Elastic stain (A7) shows tumor extending "
             "beyond the visceral pleural elastic layer. Lymphovascular invasion is not identified. The station "
             "11L node contains a 6 mm metastasis without extranodal extension.", S["bodyj"])]
    st += [I.section("SYNOPTIC REPORT - LUNG RESECTION")]
    st.append(kv2([("Procedure", "Lobectomy"), ("Laterality", "Left"), ("Tumor site", "Upper lobe"),
                   ("Histologic type", "Invasive non-mucinous adenocarcinoma"), ("Total size", "3.4 cm"),
                   ("Invasive size", "3.1 cm")],
                  [("Pleural invasion", "PL1"), ("LVI", "Not identified"), ("Margins", "Negative (bronchial 2.1 cm)"),
                   ("Nodes", "1/11 positive"), ("Stage", "pT2a pN1"), ("Treatment effect", "N/A")],
                  [26 * mm, W / 2 - 26 * mm, 26 * mm, W / 2 - 26 * mm], S, mode="grid", line=colors.HexColor("#9AA88A"),
                  divider=False))
    st += [I.section("LYMPH NODES BY STATION"),
           grid([["Part", "Station", "Nodes examined", "Positive", "Comment"],
                 ["B", "5 (subaortic)", "2", "0", "-"],
                 ["C", "7 (subcarinal)", "3", "0", "Anthracotic"],
                 ["D", "10L (hilar)", "2", "0", "-"],
                 ["E", "11L (interlobar)", "1", "1", "6 mm metastasis, no extranodal extension"],
                 ["F", "12L (lobar)", "2", "0", "-"],
                 ["A2", "Intrapulmonary / hilar (specimen)", "1", "0", "-"]],
                [12 * mm, 50 * mm, 26 * mm, 18 * mm, W - 106 * mm], S, mode="grid", head_bg=I.tint,
                line=colors.HexColor("#9AA88A")),
           I.section("INTRAOPERATIVE CONSULTATION"),
           P("FSA (station 11L lymph node, 02/11/2026 10:52): POSITIVE FOR METASTATIC CARCINOMA. Called to "
             "Dr Storrow in OR 6 by Dr Abara-Lindgren at 11:04. Permanent sections concur.", S["body"])]
    st += [Spacer(1, 8),
           P("Attending pathologist: <b>Cornelius Abara-Lindgren, MD</b> - electronically signed 02/17/2026 16:31", S["body"]),
           P("Immunohistochemical tests were run with appropriate controls. The PD-L1 22C3 assay is FDA approved; "
             "other antibodies are laboratory-validated. This report does not include results of genomic tests "
             "except as transcribed above.", S["small"])]
    labels = [
        L("PD-L1", "expression", "positive", "PD-L1 TPS (22C3) 40% 55%", percent=40),
        L("PD-L1", "expression", "positive", "PD-L1 TPS (22C3) 40% 55%", percent=55),
        L("ALK", "expression", "negative", "ALK (D5F3) Negative Negative"),
        L("ROS1", "expression", "negative", "ROS1 (D4D6) Negative Negative"),
        L("KRAS", "mutation", "positive", "KRAS c.34G>T (p.G12C) detected", alteration="G12C"),
    ]
    return Report("6810", I, info, st, labels, doc="Lobectomy report", tumour="Lung",
                  kinds=["BK", "MOL", "NP", "FIX", "VUS", "CTRL"])
