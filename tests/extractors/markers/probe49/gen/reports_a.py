"""probe49 reports 6501-6510 (all invented)."""
from reportlab.lib import colors
from reportlab.lib.units import mm

from common import (L, P, W_A4, band, boxed, check_grid, grid, kv, report, sp, styles, two_col,
                    KeepTogether, PageBreak, Spacer, Table, TableStyle)

HX = colors.HexColor


# ----------------------------------------------------------------------------- 6501
@report(6501, "HRL", "Breast prognostic panel, core biopsy, image analysis", "breast carcinoma",
        ["TW", "CT", "LG", "MT"], dict(patient="Patient A", acc="HR26-041877"),
        [L("ER", "expression", "positive", "Oestrogen receptor (ER)", "95%", percent=95),
         L("PR", "expression", "positive", "Progesterone receptor (PR)", "40%", percent=40),
         L("HER2", "expression", "negative", "HER2 (4B5)", "1+", ihc_score="1+"),
         L("Ki-67", "expression", "reported", "Ki-67 (30-9)", "22%", percent=22)])
def r6501():
    s = styles("Helvetica", 8.6)
    W = W_A4["HRL"]
    st = []
    st.append(P("BREAST PROGNOSTIC MARKER REPORT", s["h1"]))
    st.append(kv([("Patient", "Patient A"), ("Lab no.", "HR26-041877"),
                  ("Date of birth", "14/02/1961"), ("Referring lab ref", "SB-H26-11620 A1"),
                  ("Sex", "Female"), ("Received", "03/03/2026 09:12"),
                  ("NHS / hospital no.", "999 401 7712"), ("Reported", "05/03/2026"),
                  ("Requested by", "Dr F. Achterberg, Breast Unit, St Brendan's"), ("Block(s) received", "A1 (1 block, 2 unstained sections)")],
                 [32 * mm, 55 * mm, 32 * mm, 55 * mm], s, lines="box", cols=2,
                 extra=[("BACKGROUND", (0, 0), (0, -1), HX("#eef2f8")), ("BACKGROUND", (2, 0), (2, -1), HX("#eef2f8"))]))
    st.append(sp(6))
    st.append(kv([("Specimen", "Left breast 2 o'clock, ultrasound-guided core biopsy (14G x 4 cores)"),
                  ("Referring diagnosis", "Invasive carcinoma of no special type, grade 2 (referring report)"),
                  ("Cold ischaemia / fixation", "Cold ischaemic time &lt; 1 h recorded; 10% NBF, 26 h")],
                 [40 * mm, W - 40 * mm], s))
    st.append(sp(6))
    st.append(band("RESULTS", W, s, HX("#1f3a68")))
    rows = [["Marker (clone)", "Intensity", "% nuclei / pattern", "Score", "Interpretation"],
            ["Oestrogen receptor (ER) SP1", "Strong", "95%", "Allred 8 (5+3); H-score 270",
             "POSITIVE. Tumour nuclei stain strongly and diffusely; internal normal ducts also stain, confirming antigen preservation."],
            ["Progesterone receptor (PR) 1E2", "Moderate to strong", "40%", "Allred 6 (3+3); H-score 100",
             "POSITIVE. Heterogeneous staining, most marked at the periphery of the cores."],
            ["HER2 (4B5)", "Faint / barely perceptible", "Incomplete membrane, ~30% of cells", "1+",
             "NEGATIVE (HER2-low category). ISH not indicated under the current pathway."],
            ["Ki-67 (30-9)", "n/a", "22%", "Digital count, 1,146 nuclei in 3 hot-spot fields",
             "Intermediate proliferation index. Counted with image analysis (see methods); visual estimate concordant."]]
    st.append(grid(rows, [38 * mm, 24 * mm, 28 * mm, 32 * mm, W - 122 * mm], s, head_bg=HX("#dfe5ef"),
                   zebra=HX("#f6f7fa")))
    st.append(sp(8))
    st.append(P("Controls", s["h3"]))
    ctl = [["Control", "Tissue", "ER", "PR", "HER2", "Ki-67"],
           ["External (on-slide)", "Tonsil / cervix multi-block", "Positive as expected (cervix 80-90%)",
            "Positive as expected", "HER2 3+ cell line: 3+; 1+ line: 1+; 0 line: 0", "Tonsil germinal centres &gt; 80%"],
           ["Internal", "Normal breast lobules", "Heterogeneous positive", "Heterogeneous positive", "0 (as expected)", "Low"],
           ["Negative reagent", "Patient section", "Negative", "Negative", "Negative", "Negative"]]
    st.append(grid(ctl, [30 * mm, 30 * mm, 32 * mm, 27 * mm, 32 * mm, W - 151 * mm], s, lines="rows"))
    st.append(sp(8))
    st.append(P("Scoring reference (for information; not a result)", s["h3"]))
    leg = [["Marker", "Reported as", "Categories used by this laboratory"],
           ["ER / PR", "% positive nuclei, intensity, Allred", "Negative &lt; 1%; Low positive 1-10%; Positive &gt; 10%"],
           ["HER2 IHC", "0, 1+, 2+, 3+", "0 and 1+ negative (0 with faint staining = ultralow; 1+ = low); 2+ equivocal, reflex ISH; 3+ positive"],
           ["Ki-67", "% of invasive tumour nuclei", "Reported as a continuous value; no cut-off applied by the laboratory"]]
    st.append(grid(leg, [25 * mm, 50 * mm, W - 75 * mm], s, head_bg=HX("#f1e2c6")))
    st.append(sp(8))
    st.append(P("Methods", s["h3"]))
    st.append(P("Sections cut at 4 micrometres from block A1 were stained on an automated platform with "
                "rabbit monoclonal SP1 (ER), mouse monoclonal 1E2 (PR), rabbit monoclonal 4B5 (HER2) and mouse monoclonal "
                "30-9 (Ki-67) using the manufacturer's detection kit. Ki-67 was quantified by whole-slide image analysis "
                "(nuclear algorithm v3.2, hot-spot method) and reviewed by the reporting pathologist. HER2 was scored according "
                "to ASCO/CAP 2023 guidance and ER/PR according to ASCO/CAP 2020.", s["small"]))
    st.append(P("Limitations: results apply to the block received. Under-fixation (&lt; 6 h) or over-fixation (&gt; 72 h) can "
                "cause false-negative hormone receptor and HER2 results; the fixation details supplied are within range.", s["tiny"]))
    st.append(sp(10))
    st.append(kv([("Reported by", "Dr Imogen Stalbridge, Consultant Pathologist (GMC 0000001 invented)"),
                  ("Authorised", "05/03/2026 16:40 electronically")], [30 * mm, W - 30 * mm], s))
    return st


# ----------------------------------------------------------------------------- 6502
@report(6502, "HRL", "HER2 reflex dual-probe ISH, continuation of an IHC report", "breast carcinoma",
        ["SA", "LG", "PR", "CT"], dict(patient="Patient B", acc="HR26-042310"),
        [L("HER2", "expression", "equivocal", "HER2 IHC score 2+ (equivocal)", ihc_score="2+"),
         L("HER2", "amplification", "positive", "HER2/CEP17 ratio", "2.62", "AMPLIFIED", ratio=2.62),
         L("HER2", "expression", "negative", "was reported as HER2 1+ there", ihc_score="1+", optional=True)])
def r6502():
    s = styles("Helvetica", 8.8)
    W = W_A4["HRL"]
    st = [P("HER2 IN SITU HYBRIDISATION - SUPPLEMENTARY REPORT", s["h1"]),
          P("This report continues Harrowgate report HR26-041009 (HER2 immunohistochemistry, issued 24/02/2026). "
            "See also that report for the hormone receptor results, which are not repeated here.", s["ital"])]
    st.append(grid([["Patient", "Patient B", "Lab no.", "HR26-042310"],
                    ["DOB", "30/09/1974", "Linked report", "HR26-041009"],
                    ["Specimen", "Right breast WLE, block B4", "Referring ref", "KB-26-03318 B4"]],
                   [22 * mm, 60 * mm, 26 * mm, W - 108 * mm], s, head=0, lines="box",
                   extra=[("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
    st.append(sp(6))
    st.append(band("Reason for ISH", W, s, HX("#e2a33b"), fg=colors.black))
    st.append(P("HER2 IHC score 2+ (equivocal) on block B4 in report HR26-041009: weak to moderate complete membrane "
                "staining in approximately 25% of invasive tumour cells. Reflex ISH requested under the breast pathway.", s["body"]))
    st.append(band("ISH RESULT", W, s, HX("#1f3a68")))
    res = [["Parameter", "Observer 1", "Observer 2", "Combined"],
           ["Invasive nuclei counted", "20", "20", "40"],
           ["Mean HER2 signals per nucleus", "5.9", "5.6", "5.75"],
           ["Mean CEP17 signals per nucleus", "2.2", "2.2", "2.2"],
           ["HER2/CEP17 ratio", "2.68", "2.55", "2.62"],
           ["ASCO/CAP 2018 ISH group", "", "", "Group 1"]]
    st.append(grid(res, [60 * mm, 30 * mm, 30 * mm, W - 120 * mm], s, head_bg=HX("#dfe5ef")))
    st.append(sp(5))
    st.append(boxed([P("<b>Conclusion: HER2 gene AMPLIFIED</b> (dual-probe ISH, ratio 2.62, mean HER2 copy number 5.75). "
                       "Taken with the IHC score of 2+, the tumour is HER2 POSITIVE for treatment purposes.", s["body"])],
                    W, bg=HX("#fff6e5"), border=HX("#e2a33b")))
    st.append(sp(8))
    st.append(P("Interpretive groups (dual-probe ISH, ASCO/CAP 2018) - reference only", s["h3"]))
    grp = [["Group", "HER2/CEP17 ratio", "Mean HER2 copies/cell", "Reported as"],
           ["1", "&gt;= 2.0", "&gt;= 4.0", "Amplified"],
           ["2", "&gt;= 2.0", "&lt; 4.0", "Not amplified unless concurrent IHC 3+"],
           ["3", "&lt; 2.0", "&gt;= 6.0", "Amplified if IHC 2+ or 3+ after recount"],
           ["4", "&lt; 2.0", "&gt;= 4.0 and &lt; 6.0", "Not amplified unless concurrent IHC 3+"],
           ["5", "&lt; 2.0", "&lt; 4.0", "Not amplified"]]
    st.append(grid(grp, [18 * mm, 34 * mm, 42 * mm, W - 94 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(P("Previous testing noted on the request form", s["h3"]))
    st.append(P("The referring laboratory's diagnostic core (KB-26-02871) was reported as HER2 1+ there; the difference from "
                "the 2+ seen on the excision is within the known heterogeneity of HER2 scoring and does not change this result.",
                s["small"]))
    st.append(P("Controls: on-slide control cell lines gave the expected signal patterns (non-amplified line ratio 1.0; "
                "amplified line ratio &gt; 4). Internal normal epithelium showed two HER2 and two CEP17 signals per nucleus.",
                s["small"]))
    st.append(P("Method: dual-colour, dual-hapten brightfield ISH on an automated stainer; HER2 and chromosome 17 centromere "
                "probes; 40 contiguous invasive nuclei counted in two areas by two scientists.", s["small"]))
    st.append(sp(8))
    st.append(P("Reported by Dr Imogen Stalbridge / checked by T. Manaaki, Senior BMS  -  11/03/2026", s["small"]))
    return st


# ----------------------------------------------------------------------------- 6503
@report(6503, "SBUH", "Gastric biopsy HER2 and mismatch repair, synoptic", "gastric adenocarcinoma",
        ["SY", "CB", "NP", "LG"], dict(patient="Patient C", acc="H26-07714"),
        [L("HER2", "expression", "positive", "HER2 IHC score: 3+", ihc_score="3+"),
         L("MLH1", "expression", "positive", "MLH1 (ES05): Retained"),
         L("PMS2", "expression", "positive", "PMS2 (EP51): Retained"),
         L("MSH2", "expression", "positive", "MSH2 (FE11): Retained"),
         L("MSH6", "expression", "positive", "MSH6 (EP49): Retained"),
         L("MMR", "signature", "negative", "MMR proficient")])
def r6503():
    s = styles("Times-Roman", 9.6)
    W = W_A4["SBUH"]
    st = [P("HISTOPATHOLOGY REPORT - SUPPLEMENTARY (BIOMARKERS)", s["h2"])]
    st.append(Table([[P("<b>Name:</b> Patient C", s["cell"]), P("<b>Hospital No:</b> SB0904417", s["cell"]),
                      P("<b>Lab No:</b> H26-07714", s["cell"])],
                     [P("<b>DOB:</b> 07/07/1953", s["cell"]), P("<b>Ward/Clinic:</b> Upper GI MDT", s["cell"]),
                      P("<b>Consultant:</b> Mr O. Delacroix-Bain", s["cell"])],
                     [P("<b>Sample taken:</b> 16/02/2026", s["cell"]), P("<b>Received:</b> 16/02/2026", s["cell"]),
                      P("<b>Supplementary authorised:</b> 27/02/2026", s["cell"])]],
                    colWidths=[W / 3] * 3, style=[("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                                  ("INNERGRID", (0, 0), (-1, -1), 0.2, colors.grey)]))
    st.append(sp(6))
    st.append(P("<b>Specimen:</b> Gastric antrum / incisura biopsies x 6 (block A1, A2).", s["body"]))
    st.append(P("<b>Original diagnosis (H26-07714, 19/02/2026):</b> Adenocarcinoma, intestinal type (Lauren), moderately "
                "differentiated. Requested for HER2 and MMR by the Upper GI MDT.", s["body"]))
    st.append(P("HER2 (GASTRIC / GOJ) - BIOPSY CRITERIA", s["h3"]))
    st.append(kv([("Block tested:", "A2"), ("Antibody / platform:", "4B5, automated"),
                  ("Number of tumour fragments:", "5 of 6 fragments contain carcinoma"),
                  ("Staining pattern:", "Strong complete / basolateral membrane staining in a cohesive cluster of well over "
                                        "five tumour cells in three fragments"),
                  ("HER2 IHC score:", "3+"),
                  ("Interpretation:", "Positive; ISH not required"),
                  ("External control:", "Acceptable (3+/2+/0 cell line control)")],
                 [55 * mm, W - 55 * mm], s))
    st.append(P("Scoring note: in biopsies a cluster of at least five cohesive cells is required regardless of the percentage "
                "stained. Score 0 = no reactivity or reactivity in fewer than five cells; 1+ = faint, partial membrane; 2+ = weak "
                "to moderate complete, basolateral or lateral; 3+ = strong complete, basolateral or lateral.", s["tiny"]))
    st.append(P("MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY", s["h3"]))
    rows = [("MLH1", 0), ("PMS2", 0), ("MSH2", 0), ("MSH6", 0)]
    st.append(check_grid(rows, ["Retained", "Lost", "Subclonal loss", "Not assessable"], s,
                         [18 * mm] + [6 * mm, 28 * mm] * 4, mark="glyph"))
    st.append(sp(4))
    st.append(P("MLH1 (ES05): Retained &nbsp;&nbsp; PMS2 (EP51): Retained &nbsp;&nbsp; MSH2 (FE11): Retained &nbsp;&nbsp; "
                "MSH6 (EP49): Retained", s["small"]))
    st.append(P("<b>MMR status:</b> MMR proficient. Nuclear staining is present in tumour nuclei with internal positive "
                "control in stromal and lymphoid cells for all four proteins.", s["body"]))
    st.append(P("OTHER REQUESTS", s["h3"]))
    st.append(P("PD-L1 (22C3, combined positive score) has been referred to the regional biomarker centre; the result will be "
                "issued as a further supplementary report. Claudin 18.2 was requested for trial screening and is also sent "
                "away. EBER in-situ hybridisation: not requested.", s["body"]))
    st.append(P("COMMENT", s["h3"]))
    st.append(P("HER2-positive gastric adenocarcinoma on biopsy. Mismatch repair proficient. Results discussed at the Upper GI "
                "MDT of 26/02/2026.", s["body"]))
    st.append(sp(10))
    st.append(P("Dr P. Whitcombe-Ilori, FRCPath, Consultant Histopathologist", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6504
@report(6504, "MMIS", "Lung biomarker IHC panel with summary box: PD-L1 22C3, ALK D5F3, ROS1 D4D6", "lung adenocarcinoma",
        ["SB", "LG", "CT", "NP", "TR"], dict(patient="Patient D", acc="MM26-IH-00517"),
        [L("PD-L1", "expression", "positive", "Tumor Proportion Score (TPS): 60%", percent=60),
         L("ALK", "expression", "negative", "ALK (D5F3)", "NEGATIVE"),
         L("ROS1", "expression", "negative", "ROS1 (D4D6)", "No staining in tumor cells")])
def r6504():
    s = styles("Helvetica", 8.4)
    W = 8.5 * 72 - 1.3 * 72
    st = []
    st.append(kv([("PATIENT", "Patient D"), ("CASE #", "MM26-IH-00517"),
                  ("DOB / SEX", "11/23/1958  M"), ("SOURCE CASE", "CRH-S26-4410 B2"),
                  ("ORDERING MD", "Lucinda Faraway-Moss, MD (Oncology)"), ("COLLECTED", "02/27/2026"),
                  ("FACILITY", "Cedar Ridge Hospital"), ("REPORTED", "03/04/2026")],
                 [26 * mm, 62 * mm, 28 * mm, W - 116 * mm], s, cols=2, lines="grid"))
    st.append(sp(8))
    summ = [P("RESULT SUMMARY", s["h2"]),
            grid([["Test", "Result", "Interpretation"],
                  ["PD-L1 IHC 22C3 pharmDx", "Tumor Proportion Score (TPS): 60%", "High PD-L1 expression (TPS &gt;= 50%)"],
                  ["ALK (D5F3)", "NEGATIVE", "No ALK protein expression"],
                  ["ROS1 (D4D6)", "No staining in tumor cells", "Negative screen; FISH not indicated"]],
                 [50 * mm, 60 * mm, W - 124 * mm], s, lines="rows")]
    st.append(boxed(summ, W, bg=HX("#f4f4f4"), border=HX("#8a1c2b"), bw=1.4))
    st.append(sp(10))
    st.append(P("SPECIMEN", s["h3"]))
    st.append(P("Lung, right lower lobe, CT-guided core biopsy; block B2 received from Cedar Ridge Hospital. Diagnosis per "
                "source report: adenocarcinoma, acinar and solid predominant. Approximately 800 viable tumor cells present "
                "(minimum 100 required for PD-L1).", s["body"]))
    st.append(P("DETAILED FINDINGS", s["h3"]))
    st.append(P("<b>PD-L1 (22C3).</b> Partial and complete membranous staining of any intensity in an estimated 60% of viable "
                "tumor cells. Immune cell staining is present but is not included in the TPS. Necrosis and non-tumor areas excluded.",
                s["body"]))
    st.append(P("<b>ALK (D5F3, with OptiView amplification).</b> Tumor cells show no granular cytoplasmic staining. Scored "
                "binary (positive / negative) per the assay's interpretation guide.", s["body"]))
    st.append(P("<b>ROS1 (D4D6).</b> Tumor cells are non-reactive; scattered alveolar macrophages show weak staining as expected. "
                "ROS1 IHC is a screening test; a positive IHC result requires confirmation by FISH or NGS.", s["body"]))
    st.append(P("PD-L1 (22C3) IN NSCLC - TPS CUT-OFFS", s["h3"]))
    st.append(grid([["TPS", "Expression level", "Reference use"],
                    ["&lt; 1%", "No PD-L1 expression", "-"],
                    ["1-49%", "PD-L1 expression", "Approved indications for TPS &gt;= 1%"],
                    ["&gt;= 50%", "High PD-L1 expression", "First-line monotherapy indications"]],
                   [30 * mm, 50 * mm, W - 80 * mm], s, head_bg=HX("#e8d4d7")))
    st.append(sp(6))
    st.append(P("CONTROLS", s["h3"]))
    st.append(grid([["Assay", "Control tissue", "Expected", "Observed"],
                    ["PD-L1 22C3", "Tonsil; NCI-H226 / MCF-7 cell pellets", "Crypt epithelium +; H226 +; MCF-7 -", "As expected"],
                    ["ALK D5F3", "ALK-rearranged lung carcinoma; appendix", "Strong granular +; ganglion cells +", "As expected"],
                    ["ROS1 D4D6", "ROS1-rearranged cell line; lung", "Diffuse +; macrophages weak", "As expected"]],
                   [28 * mm, 58 * mm, 48 * mm, W - 134 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(P("ADDITIONAL TESTING", s["h3"]))
    st.append(P("Comprehensive DNA/RNA NGS (EGFR, KRAS, BRAF, MET exon 14, RET, NTRK1-3 and others) was ordered on the same "
                "block and is in progress at our molecular section; results will be reported separately (case MM26-MP-00288). "
                "Enrollment in protocol LUMA-204 requires TPS &gt;= 50% and the absence of EGFR/ALK alterations.", s["body"]))
    st.append(P("The PD-L1 IHC 22C3 pharmDx assay is FDA-approved. ALK (D5F3) is an approved companion diagnostic. ROS1 (D4D6) "
                "is a laboratory-developed test; its performance characteristics were determined by Meridian MIS. It has not been "
                "cleared or approved by the FDA.", s["tiny"]))
    st.append(sp(6))
    st.append(P("Electronically signed: Hyun-Woo Castellanos, MD, Pathologist - 03/04/2026 14:22 PT", s["small"]))
    return st


# ----------------------------------------------------------------------------- 6505
@report(6505, "NCC", "Triple-negative breast PD-L1 with two assays, two-column result/legend", "breast carcinoma (TNBC)",
        ["2C", "LG", "PR", "CT"], dict(patient="Patient E", acc="NB-26-00931"),
        [L("PD-L1", "expression", "positive", "SP142 (IC):", "IC 2%", value="IC 2%"),
         L("PD-L1", "expression", "positive", "22C3 (CPS):", "CPS 12", value="CPS 12"),
         L("ER", "expression", "negative", "ER 0%", percent=0),
         L("PR", "expression", "negative", "PR 0%", percent=0),
         L("HER2", "expression", "negative", "HER2 IHC 1+", ihc_score="1+")])
def r6505():
    s = styles("Helvetica", 8.5)
    W = 8.5 * 72 - 1.4 * 72
    st = [P("PD-L1 Immunohistochemistry Report - Breast", s["h1"])]
    st.append(grid([["Patient", "MRN", "Lab accession", "Collected", "Reported"],
                    ["Patient E", "NCC-3318840", "NB-26-00931", "2026-02-09", "2026-02-17"]],
                   [W / 5] * 5, s, head_bg=HX("#f0e3e8"), lines="grid"))
    st.append(sp(4))
    st.append(P("Specimen: left breast, core biopsy (block 1B), from Northfield Cancer Centre surgical pathology S26-2218. "
                "Indication: metastatic triple-negative breast cancer, first-line immunotherapy decision.", s["small"]))
    left = [P("RESULTS", s["h2"]),
            P("<b>SP142 (IC):</b> PD-L1 stained tumour-infiltrating immune cells occupy <b>IC 2%</b> of the tumour area.", s["body"]),
            P("Status at the IC &gt;= 1% cut-off: <b>POSITIVE</b>", s["body"]),
            sp(4),
            P("<b>22C3 (CPS):</b> Combined positive score <b>CPS 12</b>.", s["body"]),
            P("Status at the CPS &gt;= 10 cut-off: <b>POSITIVE</b>", s["body"]),
            sp(4),
            P("Viable tumour cells: approximately 1,500. Stromal immune infiltrate moderate. Both assays were evaluable.", s["small"]),
            P("The two assays are not interchangeable; each result applies to the agent for which the assay was validated.",
              s["small"]),
            sp(6),
            P("Receptor status of this tumour", s["h3"]),
            P("Core S26-2218 (same lesion), reported 2026-02-03: ER 0%, PR 0%, HER2 IHC 1+ (negative).", s["body"]),
            P("Controls: tonsil on-slide controls stained appropriately for both clones (22C3: crypt epithelium and germinal "
              "centre macrophages; SP142: weak to moderate staining of germinal centre immune cells).", s["small"])]
    leg_st = s["tiny"]
    right = [P("SCORING GUIDE", s["h3"]),
             P("<b>SP142, IC score</b>", leg_st),
             grid([["IC", "Category"], ["&lt; 1%", "IC0, negative"], ["&gt;= 1% to &lt; 5%", "IC1, positive"],
                   ["&gt;= 5% to &lt; 10%", "IC2, positive"], ["&gt;= 10%", "IC3, positive"]],
                  [26 * mm, 30 * mm], styles("Helvetica", 7.6), lines="rows"),
             sp(4),
             P("<b>22C3, CPS</b> = (PD-L1 staining tumour cells + lymphocytes + macrophages) / viable tumour cells x 100; "
               "maximum reported 100.", leg_st),
             grid([["CPS", "Category"], ["&lt; 1", "Negative"], ["1 to &lt; 10", "Positive, below TNBC cut-off"],
                   ["&gt;= 10", "Positive at TNBC cut-off"]],
                  [26 * mm, 30 * mm], styles("Helvetica", 7.6), lines="rows"),
             sp(4),
             P("TC (tumour cell) percentage for SP142 is not used in breast cancer and is not reported.", leg_st)]
    st.append(sp(6))
    st.append(two_col(left, right, [W * 0.6, W * 0.4]))
    st.append(sp(10))
    st.append(P("Method: PD-L1 SP142 and 22C3 assays on two automated platforms per the manufacturers' instructions. "
                "Sections cut 2026-02-10. Fixation: 10% NBF, 8-48 h.", s["tiny"]))
    st.append(P("Pathologist: A. Ivanova-Reyes, MD, FRCPC", s["small"]))
    return st


# ----------------------------------------------------------------------------- 6506
@report(6506, "CVP", "Colorectal mismatch repair panel with drawn check boxes, BRAF VE1 IHC", "colorectal adenocarcinoma",
        ["CB", "CT", "NP", "LG", "ML"], dict(patient="Patient F", acc="CV26/IH/2291"),
        [L("MLH1", "expression", "negative", "loss of nuclear MLH1"),
         L("PMS2", "expression", "negative", "and PMS2 expression"),
         L("MSH2", "expression", "positive", "MSH2 and MSH6 are retained"),
         L("MSH6", "expression", "positive", "MSH2 and MSH6 are retained"),
         L("MMR", "signature", "positive", "deficient (dMMR)"),
         L("BRAF", "expression", "negative", "BRAF V600E (VE1)", "not detected immunohistochemically")])
def r6506():
    s = styles("Helvetica", 8.7)
    W = W_A4["CVP"]
    st = [P("MISMATCH REPAIR (MMR) IMMUNOHISTOCHEMISTRY", s["h1"])]
    st.append(kv([("Patient:", "Patient F"), ("Our ref:", "CV26/IH/2291"),
                  ("D.O.B.:", "22.08.1966"), ("Your ref:", "PRH 26-H-1450 / block 5"),
                  ("Source:", "Pennine Royal Hospital histopathology"), ("Requested:", "Dr J. Oyelaran-Whitby"),
                  ("Specimen:", "Sigmoid colectomy; tumour block 5"), ("Reported:", "09.03.2026")],
                 [22 * mm, 60 * mm, 22 * mm, W - 104 * mm], s, cols=2, lines="box",
                 extra=[("BACKGROUND", (0, 0), (-1, -1), HX("#eef6f0"))]))
    st.append(sp(8))
    st.append(P("Staining results (tick = pathologist's assessment of tumour nuclei)", s["h3"]))
    st.append(check_grid([("MLH1", 1), ("PMS2", 1), ("MSH2", 0), ("MSH6", 0)],
                         ["Intact", "Loss", "Subclonal / equivocal", "Failed"], s,
                         [20 * mm] + [7 * mm, 30 * mm] * 4, mark="shape"))
    st.append(sp(6))
    st.append(check_grid([("Overall pattern", 1)], ["pMMR", "dMMR", "Indeterminate"], s,
                         [30 * mm] + [7 * mm, 28 * mm] * 3, mark="shape", head=False))
    st.append(sp(8))
    st.append(band("INTERPRETATION", W, s, HX("#2e7d4f")))
    st.append(P("There is loss of nuclear MLH1 and PMS2 expression in the tumour cells, with retained staining in the internal "
                "control (lymphocytes, stromal cells and normal crypt epithelium). MSH2 and MSH6 are retained in the tumour. "
                "The tumour is mismatch repair deficient (dMMR), with the MLH1/PMS2 pattern.", s["body"]))
    st.append(P("BRAF V600E (VE1): mutant protein not detected immunohistochemically (tumour cells negative; no cytoplasmic "
                "staining above background).", s["body"]))
    st.append(P("Follow-up: MLH1 promoter hypermethylation testing has been sent to the regional genetics laboratory "
                "(sample dispatched 09.03.2026). The result, together with the BRAF result, determines whether referral "
                "to clinical genetics for germline testing is advised. An addendum will follow.", s["body"]))
    st.append(sp(4))
    st.append(P("Controls", s["h3"]))
    st.append(grid([["Antibody (clone)", "External control", "Internal control", "Run"],
                    ["MLH1 (ES05)", "Tonsil + known MLH1-deficient CRC: appropriate", "Present", "R-0305-3"],
                    ["PMS2 (EP51)", "Tonsil + known MLH1-deficient CRC: appropriate", "Present", "R-0305-3"],
                    ["MSH2 (FE11)", "Tonsil: appropriate", "Present", "R-0305-3"],
                    ["MSH6 (EP49)", "Tonsil: appropriate", "Present", "R-0305-3"],
                    ["BRAF V600E (VE1)", "BRAF V600E-mutant CRC: positive; wild-type CRC: negative", "n/a", "R-0305-4"]],
                   [32 * mm, 76 * mm, 30 * mm, W - 138 * mm], s, head_bg=HX("#d5eadc")))
    st.append(PageBreak())
    st.append(P("Guide to MMR immunohistochemistry patterns (reference; not specific to this patient)", s["h2"]))
    st.append(grid([["Pattern", "Most likely explanation", "Usual next step"],
                    ["All four proteins intact", "MMR proficient (pMMR); microsatellite stable in most cases",
                     "No further MMR work-up"],
                    ["Loss of MLH1 and PMS2", "Somatic MLH1 promoter methylation (often with BRAF V600E) or germline MLH1 variant",
                     "BRAF V600E and/or MLH1 promoter methylation; genetics referral if both negative"],
                    ["Loss of MSH2 and MSH6", "Germline MSH2 (or EPCAM) variant, or double somatic events",
                     "Referral for germline testing"],
                    ["Isolated loss of MSH6", "Germline MSH6 variant; occasionally after neoadjuvant therapy",
                     "Referral for germline testing"],
                    ["Isolated loss of PMS2", "Germline PMS2 variant (or MLH1)", "Referral for germline testing"]],
                   [40 * mm, 70 * mm, W - 110 * mm], s, lines="rows"))
    st.append(sp(8))
    st.append(P("Note on fixation and biopsy material: patchy or weak staining may follow delayed fixation or neoadjuvant "
                "treatment; in such cases a repeat on another block or molecular MSI testing is advised. Subclonal loss "
                "is reported where a discrete clone of tumour shows loss with intact adjacent tumour.", s["small"]))
    st.append(P("Clinical context supplied: 59-year-old, no family history given. A first-degree relative is said to have had "
                "'bowel cancer tested for Lynch' elsewhere; no result was provided to this laboratory.", s["small"]))
    st.append(sp(10))
    st.append(P("Reporting pathologist: Dr Anwen Thistlethwaite  |  Verified 09.03.2026 15:02", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6507
@report(6507, "LIDP", "ALK D5F3 positive lung case, LIS fixed-width style, PD-L1 <1%", "lung adenocarcinoma",
        ["FT", "NP", "LG", "CT"], dict(patient="Patient G", acc="LI-26-P-01184"),
        [L("ALK", "expression", "positive", "ALK (D5F3)", "POSITIVE", "strong granular cytoplasmic"),
         L("PD-L1", "expression", "negative", "TPS <1%", value="<1%")])
def r6507():
    s = styles("Courier", 8.2, lead=1.25)
    W = W_A4["LIDP"]
    st = [P("PREDICTIVE MARKER REPORT - THORACIC", s["h2"])]
    st.append(kv([("PATIENT....:", "Patient G"), ("SEX/AGE....:", "F / 47"),
                  ("ACCESSION..:", "LI-26-P-01184"), ("PARENT CASE:", "LI-26-S-05521 (EBUS-TBNA, station 7)"),
                  ("RECEIVED...:", "2026-01-19"), ("FINAL......:", "2026-01-23"),
                  ("CLINICIAN..:", "Dr M. Ferreira-Lund, Thoracic Oncology"), ("BLOCK......:", "S-05521 / 1 (cell block)")],
                 [28 * mm, 62 * mm, 28 * mm, W - 118 * mm], s, cols=2, bold_keys=True))
    st.append(P("-" * 96, s["small"]))
    st.append(P("CLINICAL: never-smoker, mediastinal adenopathy, RUL mass. Cell block diagnosis: metastatic adenocarcinoma "
                "(TTF-1 positive, napsin A positive, p40 negative) - see parent case.", s["body"]))
    st.append(P("RESULTS", s["h3"]))
    st.append(grid([["TEST", "CLONE", "RESULT", "DETAIL"],
                    ["ALK (D5F3)", "D5F3", "POSITIVE", "strong granular cytoplasmic staining in virtually all tumour cells"],
                    ["PD-L1", "22C3", "TPS &lt;1%", "no membranous staining in &gt;200 viable tumour cells; CPS not applicable"],
                    ["ROS1", "D4D6", "NOT PERFORMED", "cancelled after ALK result (mutually exclusive drivers; tissue conserved)"]],
                   [24 * mm, 16 * mm, 32 * mm, W - 72 * mm], s, lines="rows"))
    st.append(sp(4))
    st.append(P("COMMENT", s["h3"]))
    st.append(P("ALK protein expression by D5F3 immunohistochemistry is present; in our validated protocol a positive "
                "D5F3 result is reported as predictive of ALK rearrangement without further FISH. Confirmation of the fusion "
                "partner by RNA-based NGS has been requested (send-out, reference laboratory, expected 10-14 days).", s["body"]))
    st.append(P("Note: the EGFR mutation test on the parent case (real-time PCR) was reported as inconclusive owing to low "
                "DNA yield and is not repeated here; it will be covered by the NGS panel.", s["body"]))
    st.append(P("INTERPRETIVE NOTES", s["h3"]))
    st.append(P("ALK D5F3: binary score. Positive = strong granular cytoplasmic staining in any percentage of tumour cells. "
                "Negative = absence of strong granular cytoplasmic staining. Weak staining in alveolar macrophages, neural "
                "cells and mucin is disregarded.", s["small"]))
    st.append(P("PD-L1 22C3 TPS levels: &lt;1% no expression / 1-49% expression / &gt;=50% high expression.", s["small"]))
    st.append(P("CONTROLS: ALK-positive lung carcinoma and appendix (ganglion cells) positive as expected. Tonsil for PD-L1: "
                "crypt epithelium positive, germinal centre lymphocytes weak, as expected.", s["small"]))
    st.append(P("-" * 96, s["small"]))
    st.append(P("Verified by: H. Bergqvist-Amadi, MD  2026-01-23 11:47", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6508
@report(6508, "PCOD", "GD2 by flow cytometry on bone marrow for trial screening", "neuroblastoma",
        ["FL", "TR", "CT", "MT", "ML"], dict(patient="Patient H", acc="PC-TS-26-0144"),
        [L("GD2", "expression", "positive", "GD2 POSITIVE", "94.1%", percent=94.1)])
def r6508():
    s = styles("Helvetica", 8.6)
    W = 8.5 * 72 - 1.3 * 72
    st = [P("GD2 Expression by Multiparameter Flow Cytometry", s["h1"])]
    st.append(grid([["Subject", "Protocol / subject ID", "Site", "Specimen", "Collected", "Received", "Reported"],
                    ["Patient H", "GLINT-NB-02 / 017-0009", "Site 017, Cascade Children's", "Bone marrow aspirate, left PSIC",
                     "03/02/2026", "03/03/2026", "03/05/2026"]],
                   [22 * mm, 30 * mm, 30 * mm, 34 * mm, 18 * mm, 18 * mm, W - 152 * mm], s,
                   head_bg=HX("#0f7c83"), head_white=True))
    st.append(sp(8))
    st.append(boxed([P("RESULT: <b>GD2 POSITIVE</b>", s["h2"]),
                     P("Neuroblastoma cells (CD45-negative, CD56-bright, CD81-bright) comprise 3.8% of total viable events. "
                       "Of these, 94.1% express GD2 (median fluorescence intensity 18,400; isotype 210).", s["body"]),
                     P("Eligibility criterion (protocol section 5.1.4): GD2 expression on &gt;= 50% of tumour cells by central "
                       "flow cytometry, or GD2-positive tumour by central IHC. <b>Criterion met.</b>", s["body"])],
                    W, bg=HX("#e6f4f5"), border=HX("#0f7c83"), bw=1.2))
    st.append(sp(8))
    st.append(P("Gating summary", s["h3"]))
    st.append(grid([["Population", "% of viable events", "% GD2+ within population", "GD2 MFI"],
                    ["All viable nucleated cells", "100", "3.9", "-"],
                    ["CD45-neg / CD56-bright / CD81-bright (tumour)", "3.8", "94.1", "18,400"],
                    ["CD45-pos leucocytes (internal negative)", "91.7", "0.2", "240"],
                    ["Isotype-matched control, tumour gate", "-", "0.6", "210"],
                    ["GD2+ control cell line (run control)", "-", "99.3", "41,200"]],
                   [80 * mm, 30 * mm, 40 * mm, W - 150 * mm], s, lines="rows"))
    st.append(sp(6))
    st.append(P("Comments", s["h3"]))
    st.append(P("Marrow involvement is also evident morphologically on the site's smears (per requisition). Cytospin for "
                "immunocytology was not requested. GD2 expression on bone marrow tumour cells may differ from the primary tumour; "
                "the protocol accepts either source.", s["body"]))
    st.append(P("A tumour block from the primary adrenal resection (site ref 017-0009-T1) was received for central GD2 IHC; "
                "staining is scheduled and will be issued under a separate report number.", s["body"]))
    st.append(PageBreak())
    st.append(P("Method", s["h2"]))
    st.append(P("Specimen processed within 48 h of collection (stability limit 72 h). Red cells lysed with ammonium chloride; "
                "2 x 10^6 cells stained with an eight-colour panel: CD45, CD56, CD81, CD9, GD2 (clone 14G2a), DAPI viability dye, "
                "and isotype controls. Acquisition of 1,000,000 events on a three-laser cytometer; analysis by sequential gating "
                "as above. Positivity threshold for GD2 set at the 99th percentile of the isotype control.", s["body"]))
    st.append(P("Assay performance (validation summary): limit of detection 0.01% tumour cells with at least 20 clustered "
                "events; inter-run CV for % GD2+ within tumour gate 4.2%.", s["body"]))
    st.append(P("Limitations", s["h3"]))
    st.append(P("Results with fewer than 50 tumour events are reported as 'insufficient tumour cells' rather than negative. "
                "Prior anti-GD2 antibody therapy can mask the epitope; the site confirmed no prior anti-GD2 therapy. "
                "This assay is for protocol eligibility and is not intended for diagnosis or minimal residual disease monitoring.",
                s["body"]))
    st.append(sp(10))
    st.append(kv([("Reviewed by", "Naledi Prescott-Yuen, PhD, Flow Cytometry Director"),
                  ("Released by", "Orin Vasquez-Tamura, MD, Laboratory Director"),
                  ("Report version", "1.0 (original)")], [35 * mm, W - 35 * mm], s))
    return st


# ----------------------------------------------------------------------------- 6509
@report(6509, "BCH", "Neuroblastoma resection: GD2 and ALK immunohistochemistry, MYCN FISH", "neuroblastoma",
        ["SY", "NP", "SA", "CT"], dict(patient="Patient I", acc="BP26-0312"),
        [L("GD2", "expression", "positive", "GD2 (IHC)", "Positive - diffuse"),
         L("ALK", "expression", "positive", "ALK protein (D5F3)", "Positive - moderate")])
def r6509():
    s = styles("Helvetica", 8.8)
    W = W_A4["BCH"]
    st = [P("Solid tumour biology - supplementary report", s["h1"])]
    st.append(grid([["Patient", "Patient I", "Lab number", "BP26-0312"],
                    ["Date of birth", "18/06/2022", "Consultant", "Dr S. Ackah-Lindgren (Oncology)"],
                    ["Specimen", "Left adrenal mass, resection", "Blocks", "A3, A7 (tumour), A9 (node)"]],
                   [28 * mm, 58 * mm, 28 * mm, W - 114 * mm], s, head=0, lines="grid",
                   extra=[("BACKGROUND", (0, 0), (0, -1), HX("#ece6f5")), ("BACKGROUND", (2, 0), (2, -1), HX("#ece6f5"))]))
    st.append(sp(6))
    st.append(P("This report supplements the histology report BP26-0312 (issued 20/02/2026: poorly differentiated "
                "neuroblastoma, Schwannian stroma-poor, low MKI) and should be read with it.", s["ital"]))
    st.append(band("Immunohistochemistry", W, s, HX("#5b3f8c")))
    st.append(kv([("GD2 (IHC)", "Positive - diffuse, strong membranous and cytoplasmic staining of neuroblasts (block A3)"),
                  ("ALK protein (D5F3)", "Positive - moderate cytoplasmic staining in most tumour cells (block A3)"),
                  ("PHOX2B", "Positive (diagnostic; see main report)"),
                  ("Ki-67 (MKI)", "Not repeated; mitosis-karyorrhexis index assessed on H&amp;E (low)")],
                 [38 * mm, W - 38 * mm], s, lines="grid"))
    st.append(P("GD2 immunohistochemistry uses a validated frozen/FFPE protocol (clone 14G2a-based) with a GD2-positive "
                "neuroblastoma and GD2-negative tonsil as controls, both appropriate.", s["small"]))
    st.append(band("Molecular cytogenetics", W, s, HX("#5b3f8c")))
    st.append(kv([("MYCN FISH", "Not amplified (MYCN/CEP2 ratio 1.1; 100 nuclei)"),
                  ("1p36 / 11q", "Sent to the regional genomics hub for SNP array; pending"),
                  ("ALK sequencing (exons 21-25)", "Sent with the SNP array sample; pending. ALK protein expression is "
                                                    "common in neuroblastoma and does not by itself indicate an ALK variant.")],
                 [38 * mm, W - 38 * mm], s, lines="grid"))
    st.append(sp(6))
    st.append(P("Comment", s["h3"]))
    st.append(P("GD2-expressing neuroblastoma. The oncology team asked whether the earlier marrow flow result from the referring "
                "centre (2025, reported as GD2 'weak') matters: marrow and primary tumour can differ, and the present result "
                "relates to the resected primary only.", s["body"]))
    st.append(sp(10))
    st.append(P("Dr Rosalind Achebe-Moore, Consultant Paediatric Pathologist - 02/03/2026", s["body"]))
    return st


# ----------------------------------------------------------------------------- 6510
@report(6510, "KBRH", "Amended breast biomarker report: HER2 revised, Ki-67 revised (struck out / beside)", "breast carcinoma",
        ["AM", "TW", "LG"], dict(patient="Patient J", acc="KB-26-04471"),
        [L("ER", "expression", "positive", "80% of tumour nuclei", percent=80),
         L("PR", "expression", "negative", "Negative - 0%", percent=0),
         L("HER2", "expression", "positive", "3+ (AMENDED)", ihc_score="3+"),
         L("Ki-67", "expression", "reported", "35% (amended)", percent=35)])
def r6510():
    s = styles("Helvetica", 8.7)
    W = W_A4["KBRH"]
    st = [band("AMENDED REPORT - supersedes version issued 12/02/2026", W, s, HX("#b3261e")), sp(6)]
    st.append(kv([("Patient", "Patient J"), ("NHI", "ZZZ0471"), ("Lab no.", "KB-26-04471"),
                  ("DOB", "02/12/1979"), ("Collected", "09/02/2026"), ("Amended", "18/02/2026"),
                  ("Requester", "Dr H. Tane-Okafor"), ("Copy to", "Breast MDM"), ("Version", "2")],
                 [18 * mm, 38 * mm, 18 * mm, 36 * mm, 20 * mm, W - 130 * mm], s, cols=3, lines="box"))
    st.append(sp(6))
    st.append(P("<b>Reason for amendment:</b> HER2 slide reviewed at the breast MDM on 17/02/2026 by a second pathologist. "
                "Strong complete circumferential membrane staining is present in approximately 15% of invasive cells at the "
                "deep edge of core 3, which had been under-called. The HER2 score is revised from 2+ to 3+. Ki-67 recounted "
                "on the same field set. The reflex ISH requested on the original report is cancelled.", s["body"]))
    st.append(sp(4))
    rows = [["Marker", "Clone", "Original result (12/02)", "Current result", "Comment"],
            ["ER", "SP1", "Positive, 80% strong", "Positive: 80% of tumour nuclei, strong (Allred 8)", "Unchanged"],
            ["PR", "16", "Negative, 0%", "Negative - 0%", "Unchanged; internal control positive"],
            ["HER2", "4B5", "<strike>2+ (equivocal)</strike>", "3+ (AMENDED)", "Positive. Reflex ISH cancelled."],
            ["Ki-67", "MIB-1", "<strike>30%</strike>", "35% (amended)", "Recount, 500 cells, hot spot"]]
    st.append(grid(rows, [18 * mm, 15 * mm, 38 * mm, 50 * mm, W - 121 * mm], s, head_bg=HX("#fbe3d3"),
                   extra=[("BACKGROUND", (3, 3), (3, 4), HX("#fff3b0"))]))
    st.append(sp(6))
    st.append(P("Specimen: right breast 10 o'clock core biopsy x 3; invasive carcinoma NST, grade 3 (Nottingham 3+3+3).", s["body"]))
    st.append(P("HER2 IHC scoring (reference): 0 = no staining or incomplete faint in &lt;= 10%; 1+ = incomplete faint in &gt; 10%; "
                "2+ = weak-moderate complete in &gt; 10% or strong complete in &lt;= 10%; 3+ = strong complete in &gt; 10%.", s["tiny"]))
    st.append(P("Heterogeneity comment: the 3+ area is confined to one core; if the excision shows a different HER2 result "
                "both results will be reported.", s["small"]))
    st.append(sp(8))
    st.append(P("Original report: Dr L. Mahuika. Amendment authorised by Dr C. Brightwater-Sen, Anatomical Pathologist, "
                "18/02/2026 10:05. The clinician was informed by phone at 10:20.", s["body"]))
    return st
