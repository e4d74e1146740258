"""probe58 reports 7401-7410. Every person, laboratory, sponsor, protocol and number is invented."""
from __future__ import annotations

from common import (L, P, T, Spacer, banner, colors, dist_bars, dot_plot, hscore, kv, report,
                    side_by_side, KeepTogether, Table, TableStyle)
from labs import ARD, BRAM, HALV, LIND, MERID, NORTH, PELL, SOL, TIDE, WEX
from reportlab.platypus import CondPageBreak, FrameBreak, PageBreak


# ============================================================================ 7401
@report("7401", HALV,
        meta=dict(protocol="ORN-M101-02", sponsor="Orrin Therapeutics", subject="104-0032",
                  accession="HCL-25-018844", patient="Patient A"),
        labels=[
            L("Mesothelin", "expression", "positive", "90% of viable tumour cells", "H-score 225",
              percent=90, value="H-score 225"),
            L("PD-L1", "expression", "positive", "TPS 15%", percent=15),
        ],
        summary="pleural mesothelioma, mesothelin CAR-T; banner + target matrix")
def r7401():
    S = HALV.S
    W = HALV.width
    s = []
    s.append(kv([
        ("Patient", "Patient A"), ("Sex / age", "M / 67 y"), ("Site", "104 - Mercy Lakes Cancer Institute"),
        ("Investigator", "Dr. Hollis Varga"), ("Specimen", "Pleural biopsy, right parietal (VATS); FFPE"),
        ("Site block ID", "S25-4471 A3 (HCL block B01)"), ("Collected", "04-Mar-2025"),
        ("Received", "07-Mar-2025 (ambient, intact)"), ("Site diagnosis", "Malignant mesothelioma, epithelioid"),
        ("Reported", "13-Mar-2025"),
    ], [62, 110, 62, 110, 62, W - 406], S, cols=3, grid=colors.HexColor("#cccccc"),
        box=colors.HexColor("#1c3557")))
    s.append(Spacer(1, 8))
    s.append(banner([
        P("<b>SCREENING OUTCOME - MESOTHELIN CRITERION: MET</b>", S["h2"]),
        P("Inclusion criterion 4.1.3 (mesothelin IHC, central) is satisfied by the result in the matrix "
          "below. All other criteria, including measurable disease and organ function, are assessed by the "
          "investigator site.", S["body"]),
    ], W, border=colors.HexColor("#1c3557"), fill=colors.HexColor("#e8eef6"), thick=2))
    s.append(Spacer(1, 8))
    s.append(P("Results matrix", S["h2"]))
    s.append(T([
        ["Target", "Assay", "Result", "Eligibility threshold", "Assessment"],
        ["Mesothelin (MSLN)", "IHC, clone HX-17 (LDT), Lumera XT autostainer",
         "<b>POSITIVE</b><br/>Membranous staining in<br/>90% of viable tumour cells<br/>"
         "(3+ 55%, 2+ 25%, 1+ 10%)<br/>H-score 225",
         "&gt;= 2+ membranous in &gt;= 50% of viable tumour cells", "Meets (2+/3+ = 80%)"],
        ["PD-L1", "IHC, clone 22C3 (IVD kit)", "Positive<br/>TPS 15%",
         "None (exploratory endpoint)", "Not applicable"],
        ["BAP1", "IHC, clone C-4", "Loss of nuclear staining in tumour; retained in stroma",
         "None (diagnostic support)", "Supports site diagnosis"],
        ["Calretinin / WT1 / D2-40", "IHC", "Positive / positive / positive",
         "None (diagnostic confirmation)", "Concordant"],
    ], [78, 104, 128, 110, W - 420], S, zebra=colors.HexColor("#f4f6f9")))
    s.append(Spacer(1, 6))
    s.append(P("Mesothelin - intensity breakdown (viable tumour cells, membranous)", S["h3"]))
    dist = (10, 10, 25, 55)
    grid = T([["Intensity", "0", "1+", "2+", "3+", "H-score"],
              ["% of viable tumour cells", "10", "10", "25", "55", str(hscore(dist))]],
             [110, 40, 40, 40, 40, 50], S, head=1)
    s.append(side_by_side(grid, dist_bars(dist, 170, 70, colour=colors.HexColor("#1c3557"),
                                          title="MSLN intensity distribution (%)"), [330, 180]))
    s.append(P("Staining pattern: circumferential membranous staining with apical accentuation in the "
               "tubulopapillary areas; a faint cytoplasmic blush is present but is not scored. Viable "
               "tumour occupies about 40% of the section (approx. 3,000 tumour cells assessed; minimum "
               "required 100). Necrosis &lt;10%.", S["body"]))
    s.append(P("Comments", S["h2"]))
    s.append(P("1. The site's local mesothelin stain (different antibody, performed at the referring "
               "hospital) was reported to us as 'positive, 70%'. Local results are collected for "
               "concordance only and are not used to establish eligibility.", S["body"]))
    s.append(P("2. ORN-M101 enrols adults whose tumours express mesothelin at the level stated in the "
               "protocol; expression of mesothelin on normal pleura, peritoneum and pericardium is expected "
               "and is the basis of the on-target/off-tumour monitoring plan, not of eligibility.", S["body"]))
    s.append(P("3. PD-L1 is reported for the exploratory biomarker objective; it has no bearing on "
               "enrolment.", S["body"]))
    s.append(CondPageBreak(200))
    s.append(P("Scoring method", S["h2"]))
    s.append(P("Membranous intensity is graded 0, 1+, 2+ or 3+ against the HX-17 scoring atlas (v2). "
               "Percentages are estimated in 5% steps across the entire viable tumour and sum to 100%. "
               "H-score = 1 × (% 1+) + 2 × (% 2+) + 3 × (% 3+), range 0-300. Cytoplasmic-only staining is "
               "recorded but scored as 0. PD-L1 TPS is the percentage of viable tumour cells with partial or "
               "complete membranous staining of any intensity.", S["body"]))
    s.append(P("Controls", S["h2"]))
    s.append(T([
        ["Control tissue", "Expected", "Observed"],
        ["Normal peritoneum / pleura", "Mesothelial lining 3+ membranous", "As expected"],
        ["Pancreas", "Acinar cells 0; ducts focal weak", "As expected"],
        ["Tonsil", "Negative (MSLN); PD-L1 crypt epithelium positive", "As expected"],
        ["Slide negative control (isotype)", "No staining", "No staining"],
    ], [150, 200, W - 350], S))
    s.append(P("Assay information", S["h2"]))
    s.append(P("HX-17 mesothelin IHC is a laboratory-developed test validated for FFPE tissue fixed 6-72 h "
               "in 10% NBF. Run 25-0310-M2, stained 10-Mar-2025. Antibody lot HX17-0924-B. This test was "
               "developed and its performance characteristics determined by Halvorsen Central Laboratories; "
               "it has not been cleared or approved by the U.S. Food and Drug Administration.", S["small"]))
    s.append(Spacer(1, 10))
    s.append(banner([
        P("<b>Electronic sign-off</b>", S["b"]),
        P("Electronically signed by Priya Lindholm-Adeyemi, MD, PhD (Pathologist) on 13-Mar-2025 16:42 ET. "
          "Meaning of signature: review and approval of results. Signature manifest e3f1-77a0-2c19.", S["small"]),
        P("Technical review: D. Okafor, HTL(ASCP) - 12-Mar-2025 09:15 ET", S["small"]),
    ], W, border=colors.grey, thick=0.6))
    s.append(P("Distribution: site 104 (investigator file), Orrin Therapeutics clinical operations "
               "(blinded data transfer HCL-DT-22).", S["small"]))
    s.append(Spacer(1, 10))
    s.append(P("Appendix - ORN-M101-02 central laboratory tests (Laboratory Manual v3.1, section 4)", S["h2"]))
    s.append(T([
        ["Analyte", "Specimen", "Method", "Requirement", "Used for"],
        ["Mesothelin", "FFPE tumour, collected &lt;= 90 days before consent", "IHC HX-17",
         "&gt;= 2+ in &gt;= 50% of viable tumour cells", "Eligibility (criterion 4.1.3)"],
        ["PD-L1", "Same block", "IHC 22C3", "None", "Exploratory endpoint E-4"],
        ["CA-125 / soluble mesothelin (serum)", "Serum", "Immunoassay", "None", "Pharmacodynamics (site lab)"],
        ["HLA class I", "-", "-", "Not required (CAR-T)", "-"],
        ["BRCA1/2, PD-L1 (other clones)", "-", "-", "Not collected", "-"],
    ], [90, 110, 60, 120, W - 380], S, head_bg=colors.HexColor("#e8eef6"), cell=S["small"]))
    return s


# ============================================================================ 7402
@report("7402", NORTH,
        meta=dict(mrn="NC0048812", patient="Patient B", age="3 y 10 m, F", accession="FC25-0617 / MP25-0231"),
        labels=[
            L("GD2", "expression", "positive", "Result: GD2", "H-score 220",
              percent=80, value="H-score 220"),
            L("GD2", "expression", "negative", "GD2 NEGATIVE on"),
            L("ALK", "mutation", "positive", "p.(Phe1174Leu)", alteration="F1174L"),
            L("ALK", "mutation", "negative", "ALK hotspot sequencing was wild type", optional=True),
        ],
        summary="relapsed neuroblastoma; GD2 flow on marrow vs GD2 IHC on tumour")
def r7402():
    S = NORTH.S
    W = NORTH.width
    s = []
    s.append(P("Integrated Screening Report: GD2-directed cellular therapy", S["h1"]))
    s.append(P("Requested for: CLV-GD2-02 (Calvera Bio) - paediatric arm. Requesting clinician: "
               "Dr Annika Falkner, Paediatric Oncology. Report date 23/05/2025.", S["small"]))
    s.append(Spacer(1, 4))
    s.append(P("Clinical details", S["h2"]))
    s.append(P("Relapsed high-risk neuroblastoma, left adrenal primary diagnosed 2022, treated with "
               "induction chemotherapy, surgery, consolidation and anti-GD2 antibody-based "
               "immunotherapy. Relapse in a right paravertebral mass and bone marrow, April 2025. "
               "Samples received for the programme's antigen screen:", S["body"]))
    s.append(T([
        ["No.", "Sample", "Collected", "Tests"],
        ["1", "Bone marrow aspirate, right posterior iliac crest (EDTA)", "12/05/2025", "Flow cytometry"],
        ["2", "Bone marrow aspirate, left posterior iliac crest (EDTA)", "12/05/2025", "Flow cytometry"],
        ["3", "Core biopsy x3, right paravertebral mass: one core snap-frozen, two FFPE", "12/05/2025",
         "GD2 IHC (frozen); morphology; ALK sequencing"],
    ], [26, 250, 60, W - 336], S, head_bg=colors.HexColor("#dfeadf")))
    s.append(P("Part A - Flow cytometry (bone marrow)", S["h2"]))
    s.append(P("Eight-colour panel: CD45, CD56, CD81, CD9, GD2 (14G2a), CD57, CD99, viability dye. "
               "Neuroblastoma-phenotype events are defined as viable CD45-negative CD56-bright CD81-bright "
               "cells; GD2 is assessed on these events against a fluorescence-minus-one control.", S["small"]))
    s.append(T([
        ["Sample", "Nucleated events", "NB-phenotype events", "% of nucleated", "GD2 on NB events", "Interpretation"],
        ["1 (right PIC)", "1,000,000", "none detected", "&lt;0.001", "not assessable",
         "No marrow involvement detected"],
        ["2 (left PIC)", "1,000,000", "24,100", "2.4", "0.4% GD2+ (background)",
         "Marrow involved; GD2 NEGATIVE on neuroblastoma cells"],
    ], [62, 62, 70, 58, 88, W - 340], S, head_bg=colors.HexColor("#dfeadf")))
    s.append(P("The neuroblastoma population in sample 2 is CD56 and CD81 bright, CD9 positive and GD2 "
               "dim-to-negative, indistinguishable from the FMO control. GD2-negative marrow disease is a "
               "recognised pattern after anti-GD2 antibody therapy.", S["body"]))
    s.append(P("Part B - Immunohistochemistry (paravertebral core, frozen)", S["h2"]))
    dist = (20, 0, 20, 60)
    s.append(side_by_side(
        [P("GD2 (clone 14G2a) on acetone-fixed frozen sections. The tumour is a poorly differentiated "
           "neuroblastoma (Schwannian stroma-poor). <b>Result: GD2 positive</b> - strong membranous and "
           "neuritic staining in approximately 80% of tumour cells, with a GD2-negative nodule making "
           "up the remainder.", S["body"]),
         T([["Intensity", "0", "1+", "2+", "3+", "H-score"],
            ["% tumour cells", "20", "0", "20", "60", f"H-score {hscore(dist)}"]],
           [70, 30, 30, 30, 30, 62], S, head_bg=colors.HexColor("#dfeadf"))],
        dist_bars(dist, 150, 72, colour=colors.HexColor("#2b5d2b"), font="Vera", title="GD2, core 3"),
        [W - 160, 160]))
    s.append(P("Controls: neuroblastoma cell-line pellet (frozen), strong membranous (expected, seen); "
               "normal cerebellum molecular layer, positive (expected, seen); tonsil, negative.", S["small"]))
    s.append(P("Part C - Molecular", S["h2"]))
    s.append(T([
        ["Test", "Sample", "Result", "Comment"],
        ["ALK exons 20-28 (NGS)", "3 (FFPE)", "c.3522C&gt;A p.(Phe1174Leu), VAF 18% - pathogenic",
         "Acquired since diagnosis"],
        ["MYCN FISH", "3 (FFPE)", "Amplified (&gt;20 copies, clusters)", "As at diagnosis"],
        ["11q (SNP array)", "-", "Not repeated", "Loss documented 2022"],
    ], [92, 52, 170, W - 314], S, head_bg=colors.HexColor("#dfeadf")))
    s.append(P("For comparison, at diagnosis in 2022 ALK hotspot sequencing was wild type (NCH MP22-0540).",
               S["small"]))
    s.append(P("Eligibility statement (CLV-GD2-02, paediatric arm)", S["h2"]))
    s.append(banner(P("GD2 criterion: GD2 positive tumour by IHC in ≥ 50% of tumour cells, OR GD2-positive "
                      "neuroblastoma cells by marrow flow cytometry. <b>Criterion met on the paravertebral "
                      "core (sample 3).</b> The GD2-negative marrow population is noted for the sponsor's "
                      "antigen-escape sub-study.", S["body"]), W, border=colors.HexColor("#2b5d2b"), thick=1.2))
    s.append(P("Pending / other", S["h2"]))
    s.append(P("HLA typing of the patient and of her full sibling (brother, age 7) for a possible future "
               "allogeneic procedure: samples sent 14/05/2025, results awaited and will be issued "
               "separately. MIBG/curie score is reported by Nuclear Medicine.", S["body"]))
    s.append(Spacer(1, 8))
    s.append(T([
        ["Reported by", "Checked by", "Authorised"],
        ["Dr Tobias Wren, Clinical Scientist (Flow)", "Dr Mairead Oyelaran, Paediatric Pathologist",
         "Electronically authorised 23/05/2025 15:08 - M. Oyelaran"],
    ], [W / 3.0] * 3, S, grid=None, head_bg=None, box=colors.HexColor("#2b5d2b")))
    s.append(PageBreak())
    s.append(P("Annex - representative flow cytometry plots (sample 2, left PIC)", S["h2"]))
    s.append(P("Plots are down-sampled for display (about 1 in 400 events shown). Gates are drawn in red.",
               S["small"]))
    p1 = dot_plot([(260, 0.72, 0.35, 0.08, 0.12), (90, 0.18, 0.75, 0.07, 0.08), (70, 0.12, 0.2, 0.05, 0.07)],
                  width=165, height=150, xlab="CD45 (V500)", ylab="SSC-A", gate=(0.02, 0.05, 0.3, 0.95),
                  gate_label="CD45-neg", seed=11, font="Vera", title="Plot 1")
    p2 = dot_plot([(120, 0.78, 0.8, 0.06, 0.06), (160, 0.25, 0.3, 0.1, 0.1)], width=165, height=150,
                  xlab="CD56 (BV421)", ylab="CD81 (FITC)", gate=(0.6, 0.62, 0.97, 0.97),
                  gate_label="NB 2.4%", seed=12, font="Vera", title="Plot 2 (CD45-neg)")
    p3 = dot_plot([(118, 0.24, 0.5, 0.07, 0.12), (2, 0.8, 0.5, 0.05, 0.1)], width=165, height=150,
                  xlab="GD2 (PE)", ylab="CD9 (APC)", gate=(0.58, 0.05, 0.98, 0.95),
                  gate_label="GD2+ 0.4%", seed=13, font="Vera", title="Plot 3 (NB gate)")
    row = Table([[p1, p2, p3]], colWidths=[W / 3.0] * 3, hAlign="LEFT")
    row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(row)
    s.append(Spacer(1, 6))
    s.append(T([
        ["Tube", "Antibodies (fluorochrome)", "Purpose"],
        ["1", "CD45 V500, CD56 BV421, CD81 FITC, CD9 APC, GD2 PE, CD57 PE-Cy7, CD99 APC-H7, viability dye",
         "Neuroblastoma detection and GD2"],
        ["2 (FMO)", "As tube 1 without GD2 PE", "GD2 positivity threshold"],
        ["3", "CD45, CD19, CD3, CD33, CD34, CD117", "Background haematopoiesis (not reported)"],
    ], [50, 280, W - 330], S, head_bg=colors.HexColor("#dfeadf")))
    s.append(P("Limit of detection for neuroblastoma-phenotype cells: 0.001% of nucleated events (10 events in "
               "1,000,000). GD2 expression on fewer than 50 neuroblastoma events is reported as not "
               "assessable.", S["small"]))
    return s


# ============================================================================ 7403
@report("7403", BRAM,
        meta=dict(patient="Patient C", accession="BSRC-25-1907"),
        labels=[
            L("HER2", "expression", "equivocal", "score 2+", ihc_score="2+"),
            L("HER2", "amplification", "negative", "ratio 1.2", ratio=1.2),
            L("GD2", "expression", "positive", "GD2: positive", percent=60),
            L("Ki-67", "expression", "reported", "MIB-1 labelling index is 40%", percent=40),
        ],
        summary="osteosarcoma lung metastasis; HER2 for CAR-T, decalcified primary not evaluable")
def r7403():
    S = BRAM.S
    W = BRAM.width
    s = []
    s.append(kv([("Patient", "Patient C (male, 19 years)"), ("Our reference", "BSRC-25-1907"),
                 ("Your reference", "ONC/LF/4471"), ("Date", "9 May 2025")], [90, W - 90], S))
    s.append(Spacer(1, 8))
    s.append(P("Dr Lucia Ferrante<br/>Teenage and Young Adult Oncology<br/>Corran Valley Hospital", S["body"]))
    s.append(Spacer(1, 6))
    s.append(P("<b>Re: target antigen screening - HER2 (LUM-HER2-CAR-201, cohort A, bone sarcoma) and GD2 "
               "(CLV-GD2-02)</b>", S["body"]))
    s.append(P("Dear Dr Ferrante,", S["body"]))
    s.append(P("Thank you for referring material from this young man with metastatic conventional "
               "osteoblastic osteosarcoma of the left distal femur. You asked whether his tumour could be "
               "screened for the two cell therapy studies open at your centre. We received two blocks from "
               "the 2023 resection and three blocks from the wedge resection of a right lower lobe "
               "metastasis performed on 14 April 2025.", S["bodyj"]))
    s.append(P("Material", S["h2"]))
    s.append(T([
        ["Block", "Source", "Processing", "Tumour", "Suitable?"],
        ["A7", "Distal femur resection, 2023 (post-chemotherapy)", "Formic acid decalcification",
         "10% viable", "No - decalcified; not evaluable for HER2 or GD2"],
        ["A9", "Distal femur resection, 2023", "Formic acid decalcification", "&lt;5% viable",
         "No - too little viable tumour"],
        ["B2", "Lung metastasis, 2025", "Not decalcified", "70%", "Yes"],
        ["B3", "Lung metastasis, 2025 (fresh portion frozen at BSRC)", "Frozen for GD2", "60%", "Yes"],
    ], [34, 150, 100, 50, W - 334], S, head_bg=colors.HexColor("#efe6da")))
    s.append(P("Findings", S["h2"]))
    s.append(P("<b>HER2.</b> Immunohistochemistry with the 4B5 antibody was carried out on block B2. As "
               "agreed with the sponsor for sarcomas, the gastric scoring rules for surgical specimens were "
               "applied. There is weak to moderate complete and lateral membranous staining in about 35% of "
               "tumour cells, giving a <b>score 2+</b> (equivocal). Dual-probe in situ hybridisation on the "
               "same block shows a HER2/CEP17 <b>ratio 1.2</b> with a mean of 2.6 HER2 signals per nucleus "
               "(40 nuclei counted): the HER2 gene is not amplified.", S["bodyj"]))
    s.append(P("<b>GD2.</b> Frozen sections of B3 were stained with clone 14G2a. GD2: positive, with "
               "moderate to strong membranous staining in 60% of tumour cells; the osteoid-rich areas are "
               "negative.", S["bodyj"]))
    s.append(P("<b>Proliferation.</b> The MIB-1 labelling index is 40% in the most cellular areas of B2.",
               S["bodyj"]))
    s.append(P("<b>Other.</b> B7-H3 (clone not disclosed by the study vendor) shows strong diffuse staining "
               "of tumour cells and tumour vessels; this is recorded for your information only, as no B7-H3 "
               "study is open at your centre. SATB2 is diffusely positive, consistent with the diagnosis.",
               S["bodyj"]))
    s.append(P("How these findings relate to the studies", S["h2"]))
    s.append(T([
        ["Study", "Antigen requirement (from protocol synopsis)", "This tumour"],
        ["LUM-HER2-CAR-201, cohort A", "HER2 protein at any intensity in &gt;= 10% of tumour cells; "
         "amplification not required", "Requirement appears to be met (B2)"],
        ["CLV-GD2-02", "GD2 &gt;= 2+ in &gt;= 50% of tumour cells on frozen tissue", "Requirement appears to be met (B3)"],
    ], [120, 200, W - 320], S, head_bg=colors.HexColor("#efe6da")))
    s.append(P("The decision on eligibility rests with the study teams; the synopses quoted above were "
               "supplied with your request. Please note that the HER2 studies in bone sarcoma enrol on "
               "protein expression, and that the absence of amplification does not exclude him.", S["bodyj"]))
    s.append(P("Method notes", S["h2"]))
    s.append(P("4B5 rabbit monoclonal, automated platform, with a four-level cell-line control slide "
               "(0, 1+, 2+, 3+) - all levels as expected. HER2 dual ISH with an on-slide breast carcinoma "
               "control of known ratio. GD2 on frozen tissue with a neuroblastoma positive control and "
               "skeletal muscle negative control. Decalcification in strong or formic acid degrades many "
               "epitopes and nucleic acids; we do not report HER2 or GD2 on such blocks.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(P("With kind regards,", S["body"]))
    s.append(Spacer(1, 14))
    s.append(P("Dr Eamon Thackeray FRCPath<br/>Consultant Bone and Soft Tissue Pathologist<br/>"
               "(electronically verified 09/05/2025)", S["body"]))
    s.append(P("cc: Sarcoma MDT coordinator; LUM-HER2-CAR-201 study office (by secure e-mail)", S["small"]))
    return s


# ============================================================================ 7404
@report("7404", MERID,
        meta=dict(accession="MCT-25-04410", patient="Patient D", issued="2025-04-02"),
        labels=[
            L("Mesothelin", "expression", "positive", "Mesothelin: POSITIVE", "H-score: 80",
              percent=45, value="H-score 80"),
            L("KRAS", "mutation", "positive", "p.G12D", alteration="G12D"),
            L("BRAF", "mutation", "negative", "BRAF exon 15: no mutation detected"),
            L("MSI", "signature", "negative", "Microsatellite stable"),
        ],
        summary="pancreatic liver metastasis; mesothelin positive but below threshold; small molecular section")
def r7404():
    S = MERID.S
    W = MERID.width
    s = []
    s.append(kv([("Patient", "Patient D"), ("Sex/Age", "F / 61"), ("Programme", "ORN-M101-02 (Orrin Therapeutics)"),
                 ("Subject", "212-0009"), ("Specimen 1", "Liver lesion, segment VI, core biopsy x4 (FFPE, block 1A)"),
                 ("Specimen 2", "Pancreatic head EUS-FNB, cell block (FFPE, block 2A)"),
                 ("Collected", "2025-03-21"), ("Received", "2025-03-25")],
                [54, 170, 54, W - 278], S, cols=2, grid=colors.HexColor("#c7dede")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>Mesothelin: POSITIVE</b> (low-level, heterogeneous)  ·  "
                       "ORN-M101 mesothelin threshold: <b>NOT MET</b>", S["b"])],
                    W, border=colors.HexColor("#1f6e72"), fill=colors.HexColor("#e3f1f1")))
    s.append(P("1 · Mesothelin immunohistochemistry (specimen 1)", S["h2"]))
    dist = (55, 20, 15, 10)
    grid = T([
        ["", "Membranous intensity", "% viable tumour cells", "Weighted"],
        ["", "0 (none)", "55", "0"],
        ["", "1+ (weak)", "20", "20"],
        ["", "2+ (moderate)", "15", "30"],
        ["", "3+ (strong)", "10", "30"],
        ["", "", "H-score:", f"{hscore(dist)}"],
    ], [8, 100, 90, 60], S, head_bg=colors.HexColor("#d7ebeb"),
        cmds=[("SPAN", (0, 0), (0, -1)), ("FONTNAME", (2, 5), (3, 5), "Vera-Bold")])
    s.append(side_by_side(grid, dist_bars(dist, 180, 84, colour=colors.HexColor("#1f6e72"), font="Vera",
                                          title="Distribution of intensity"), [270, 190]))
    s.append(Spacer(1, 4))
    s.append(T([
        ["Parameter", "Value"],
        ["% tumour cells with membranous staining (any intensity)", "45%"],
        ["% tumour cells at 2+ or 3+", "25%"],
        ["Pattern", "Membranous and luminal (apical); cytoplasmic in 10% (not scored)"],
        ["Heterogeneity", "Marked: staining concentrated in 2 of 4 cores"],
        ["Viable tumour cells assessed", "≈ 1,200"],
    ], [230, W - 230], S, head_bg=colors.HexColor("#d7ebeb"), zebra=colors.HexColor("#f3f9f9")))
    s.append(P("Interpretation. The stain is positive: the tumour expresses mesothelin. The protocol "
               "requires moderate or strong (2+/3+) membranous staining in at least 50% of viable tumour "
               "cells; only 25% reach that level here, so the specimen does not qualify.", S["body"]))
    s.append(P("Specimen 2 (EUS-FNB cell block) contains fewer than 100 viable tumour cells and was not "
               "evaluable for mesothelin.", S["body"]))
    s.append(P("2 · Molecular summary (specimen 1; tumour content ≈ 50%)", S["h2"]))
    s.append(T([
        ["Gene / test", "Method", "Finding"],
        ["KRAS exons 2-4", "Hotspot NGS (MeridianSeq 24)", "c.35G&gt;A p.G12D, VAF 21% - detected"],
        ["BRAF", "Hotspot NGS", "BRAF exon 15: no mutation detected"],
        ["MSI", "5 mononucleotide markers (PCR)", "Microsatellite stable (0/5 unstable)"],
        ["NTRK1/2/3, NRG1 fusions", "RNA panel", "Not performed - RNA quality insufficient (DV200 18%)"],
    ], [110, 140, W - 250], S, head_bg=colors.HexColor("#d7ebeb")))
    s.append(P("3 · Additional stains (for information; no bearing on ORN-M101)", S["h2"]))
    s.append(P("Claudin 18.2 (clone 43-14A-like LDT): 2+/3+ membranous staining in 70% of tumour cells. "
               "CEA: strong luminal and cytoplasmic. CK7 positive, CK20 focal. Serum CA 19-9 quoted by the "
               "site: 1,840 U/mL.", S["body"]))
    s.append(P("4 · Assay notes", S["h2"]))
    s.append(P("Mesothelin LDT clone MN-9 on the Ventix platform; positive control pancreatic "
               "adenocarcinoma and normal peritoneum (expected 3+ mesothelium; achieved), negative control "
               "liver (hepatocytes 0; achieved). Scoring follows MCTD-SOP-221: intensity against reference "
               "images, percentages in 5% increments, H-score = sum of (intensity × %). A result is called "
               "POSITIVE if any membranous staining (≥ 1+) is seen in ≥ 10% of viable tumour cells and "
               "NEGATIVE otherwise; the protocol threshold is a separate judgement.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([["Pathologist", "Molecular scientist", "Sign-off"],
                ["Imelda Sarrazin, MD", "Jun-ho Castellanos, PhD", "e-signed 2025-04-02 11:20 PT (ID 0x5c1e)"]],
               [W / 3.0] * 3, S, grid=None, head_bg=None))
    return s


# ============================================================================ 7405
@report("7405", WEX,
        meta=dict(patient="Patient E", hospno="WX4417720", accession="H25.11934", dob="14/08/1967", sex="F",
                  consultant="Mr R. Adebayo-Lisle (HPB)", location="HPB Surgery, Ward 14",
                  received="02/04/2025", authorised="16/04/2025"),
        labels=[
            L("HER2", "expression", "positive", "score 3+ (positive)", ihc_score="3+"),
            L("HER2", "expression", "equivocal", "score 2+ (equivocal)", ihc_score="2+"),
            L("HER2", "amplification", "positive", "HER2/CEP17 ratio 3.4", "AMPLIFIED", ratio=3.4),
            L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
            L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
            L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
            L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6"),
            L("MMR", "signature", "negative", "MMR proficient"),
            L("TP53", "expression", "positive", "mutation-type (overexpression) pattern", value=">90%"),
        ],
        summary="gallbladder carcinoma; HER2 on primary and node with ISH; MMR; p53")
def r7405():
    S = WEX.S
    W = WEX.width
    s = []
    s.append(P("<b>HISTOPATHOLOGY REPORT - with supplementary biomarker report</b>", S["body"]))
    s.append(P("<b>Specimen</b>", S["h3"]))
    s.append(P("1. Gallbladder with liver bed (segments IVb/V), en bloc. 2. Station 12 lymph node.", S["body"]))
    s.append(P("<b>Clinical details</b>", S["h3"]))
    s.append(P("Incidental gallbladder carcinoma on cholecystectomy elsewhere; re-resection. Oncology request "
               "(Dr M. Quennell): HER2 status for the LUM-HER2-CAR-201 biliary cohort; MMR.", S["body"]))
    s.append(P("<b>Macroscopy</b>", S["h3"]))
    s.append(P("1. Gallbladder (previously opened, 78 mm) with a 64 x 40 x 22 mm wedge of liver. At the fundus "
               "a firm grey-white tumour 26 mm, 3 mm from the hepatic resection margin (inked blue). "
               "Blocks A1-A12. 2. A single node 14 mm, bisected, B1.", S["body"]))
    s.append(P("<b>Microscopy</b>", S["h3"]))
    s.append(P("Moderately differentiated adenocarcinoma of pancreatobiliary type, invading the perimuscular "
               "connective tissue on the hepatic side without involvement of the liver parenchyma. "
               "Perineural invasion present. Lymphovascular invasion present. The hepatic margin is clear "
               "(3 mm). The lymph node contains metastatic adenocarcinoma (1/1) with extranodal extension.",
               S["bodyj"]))
    s.append(P("<b>Immunohistochemistry and in situ hybridisation</b>", S["h3"]))
    s.append(P("HER2 (4B5), scored by the gastric/gastro-oesophageal criteria for resection specimens, as is "
               "usual for biliary tract carcinoma:", S["body"]))
    s.append(T([
        ["Block", "Tissue", "HER2 IHC", "HER2 ISH (dual probe)"],
        ["A4", "Primary tumour", "Strong complete / basolateral membrane staining, ~40% of tumour cells: "
         "score 3+ (positive)", "Not performed (IHC 3+)"],
        ["B1", "Lymph node metastasis", "Weak to moderate basolateral staining, ~25% of tumour cells: "
         "score 2+ (equivocal)", "HER2/CEP17 ratio 3.4; mean HER2 copy number 8.1 per cell: AMPLIFIED"],
    ], [38, 90, 175, W - 303], S, head_bg=colors.HexColor("#eeeeee")))
    s.append(Spacer(1, 4))
    s.append(P("The heterogeneity between the primary and the nodal deposit is noted; both meet the usual "
               "definition of HER2-positive disease once the in situ hybridisation is taken into account.",
               S["bodyj"]))
    s.append(P("Mismatch repair proteins (block A4): MLH1, PMS2, MSH2 and MSH6 all show retained nuclear "
               "expression in tumour cells, with intact internal control staining. Interpretation: no "
               "evidence of mismatch repair deficiency (MMR proficient).", S["bodyj"]))
    s.append(P("p53 (DO-7): strong, diffuse nuclear staining in &gt;90% of tumour cells - mutation-type "
               "(overexpression) pattern.", S["bodyj"]))
    s.append(P("Diagnostic panel: CK7 positive, CK20 negative, CDX2 focal weak, SMAD4 retained.",
               S["bodyj"]))
    s.append(P("Claudin 18.2 has been requested by the oncology team; this is not offered locally and the "
               "block (A4) has been sent to the regional reference laboratory. A supplementary report will "
               "follow.", S["bodyj"]))
    s.append(CondPageBreak(160))
    s.append(P("<b>Conclusion</b>", S["h3"]))
    s.append(banner([P("Gallbladder and liver bed: adenocarcinoma, pancreatobiliary type, moderately "
                       "differentiated. pT2a pN1 (TNM 8). R0.", S["body"]),
                     P("HER2: POSITIVE (primary IHC 3+; nodal metastasis IHC 2+ with ISH amplification). "
                       "MMR proficient. p53 aberrant.", S["b"])], W, thick=0.8))
    s.append(Spacer(1, 6))
    s.append(P("<b>Comment</b>", S["h3"]))
    s.append(P("The requesting team quote the trial's HER2 requirement as IHC 3+, or IHC 2+ with ISH "
               "amplification, in any tumour block. Whether the patient is eligible is a decision for the "
               "trial team; the results above are reported in the usual clinical way.", S["bodyj"]))
    s.append(P("Case discussed at the HPB MDT, 15/04/2025. SNOMED: T57000 M81403.", S["small"]))
    s.append(Spacer(1, 10))
    s.append(P("Reported by: Dr Harriet Ng-Sorensen, Consultant Histopathologist (GMC 0000000)<br/>"
               "Biomarkers authorised by: Dr Callum Ibekwe, Consultant Histopathologist, 16/04/2025", S["body"]))
    s.append(P("<i>Methods: Ventix Ultra platform; 4B5 pre-diluted; dual-colour brightfield ISH (HER2/CEP17), "
               "20 nuclei per area in two areas; MMR clones M1, EPR3943, G219-1129, 44. External quality "
               "assessment participation: satisfactory.</i>", S["small"]))
    return s


# ============================================================================ 7406
@report("7406", PELL,
        meta=dict(accession="PPP-25-M0688", patient="Patient F"),
        labels=[
            L("EGFR", "expression", "positive", "POSITIVE (H 255)", value="H-score 255"),
            L("EGFR", "expression", "negative", "NEGATIVE (H 4)", value="H-score 4"),
            L("EGFR", "amplification", "positive", "AMPLIFIED, ratio 8.6", ratio=8.6),
            L("EGFR", "amplification", "negative", "Not amplified, ratio 1.3", ratio=1.3),
            L("EGFR", "mutation", "positive", "EGFRvIII detected", alteration="EGFRvIII", optional=True),
            L("EGFR", "mutation", "negative", "EGFRvIII transcripts were not detected", optional=True),
            L("IDH1", "mutation", "negative", "IDH1 and IDH2"),
            L("IDH2", "mutation", "negative", "IDH1 and IDH2"),
        ],
        summary="glioblastoma archival vs recurrence; EGFR protein vs gene; landscape matrix")
def r7406():
    S = PELL.S
    W = PELL.width
    s = []
    s.append(kv([("Patient", "Patient F"), ("Sex / age", "M / 54"), ("Programme", "SGT-E1 (Sorrel Gene "
                 "Therapeutics) - EGFR/EGFRvIII CAR-T, intraventricular"),
                 ("Referring", "Dr Nadia Ostrowski, Neuro-oncology, Mirren General"),
                 ("Diagnosis", "Glioblastoma, IDH-wildtype, CNS WHO grade 4 (2023); recurrence 2025"),
                 ("Report", "FINAL - 19 Jun 2025")],
               [58, 250, 58, W - 366], S, cols=2, grid=colors.HexColor("#ccccdd"), box=colors.HexColor("#3b3b7a")))
    s.append(Spacer(1, 8))
    s.append(P("Specimen matrix", S["h2"]))
    s.append(T([
        ["Spec.", "Source / date", "Block", "Tumour content", "EGFR IHC (clone KB-31) result",
         "Intensity distribution (% of tumour cells)", "EGFR FISH (EGFR/CEP7)", "EGFRvIII (RT-PCR)", "Evaluable"],
        ["S1", "Archival: right frontal resection, 14 Feb 2023 (Mirren General S23-1180)", "A3", "70%",
         "POSITIVE (H 255)<br/>strong membranous and cytoplasmic", "0: 5 / 1+: 5 / 2+: 20 / 3+: 70",
         "AMPLIFIED, ratio 8.6 (clusters)", "EGFRvIII detected", "Yes"],
        ["S2", "Recurrence: right frontal re-resection, 02 Jun 2025", "B2", "60%",
         "NEGATIVE (H 4)<br/>faint cytoplasmic only", "0: 96 / 1+: 4 / 2+: 0 / 3+: 0",
         "Not amplified, ratio 1.3", "EGFRvIII not detected", "Yes"],
        ["S3", "Recurrence, same procedure (posterior margin)", "B5", "5%", "-", "-", "-", "-",
         "No - insufficient tumour (&lt;100 cells)"],
    ], [30, 130, 32, 48, 110, 110, 85, 75, W - 620], S, head_bg=colors.HexColor("#dcdcee"),
        zebra=colors.HexColor("#f5f5fb")))
    s.append(Spacer(1, 6))
    s.append(side_by_side(
        banner([P("<b>Summary</b>", S["b"]),
                P("EGFR protein and EGFR amplification are present in the 2023 tumour and absent at "
                  "recurrence. The recurrent tumour (S2) is an IDH-wildtype glioblastoma without EGFR "
                  "amplification or EGFR protein expression; EGFRvIII transcripts were not detected. This "
                  "pattern suggests outgrowth of an EGFR-non-amplified clone.", S["body"])],
               W * 0.55 - 8, border=colors.HexColor("#3b3b7a"), thick=1),
        banner([P("<b>SGT-E1 eligibility criterion 5.1(b)</b>", S["b"]),
                P("EGFR IHC H-score &gt;= 100 on the most recent resection or biopsy.", S["body"]),
                P("Most recent tissue (S2): <b>criterion not met</b>. Use of archival tissue (S1) requires "
                  "medical-monitor approval under protocol section 5.2.", S["body"])],
               W * 0.45, border=colors.HexColor("#a33"), thick=1),
        [W * 0.55, W * 0.45]))
    s.append(Spacer(1, 6))
    s.append(P("Molecular results (S2, recurrence)", S["h2"]))
    s.append(T([
        ["Analysis", "Method", "Result", "Note"],
        ["IDH1 codon 132 / IDH2 codon 172", "Pyrosequencing", "IDH1 and IDH2: no mutation detected (wild type)",
         "Consistent with the 2023 diagnosis"],
        ["TERT promoter", "Sanger", "C228T detected", "Supports glioblastoma, IDH-wildtype"],
        ["MGMT promoter", "Methylation-specific PCR", "Methylated", "-"],
        ["CDKN2A/B", "MLPA", "Homozygous deletion", "-"],
        ["H3 K27M", "IHC", "Negative (retained H3K27me3)", "-"],
    ], [150, 120, 240, W - 510], S, head_bg=colors.HexColor("#dcdcee")))
    s.append(PageBreak())
    s.append(P("Methods and interpretive notes", S["h2"]))
    s.append(side_by_side(
        [P("<b>EGFR IHC.</b> Clone KB-31 (LDT, validated for FFPE brain tissue), Ventix platform. "
           "Intensity 0-3+; the H-score is the sum of intensity times percentage (0-300). External "
           "tonsil and A431 cell pellet controls behaved as expected; normal cortex in S2 negative "
           "as expected.", S["body"]),
         P("<b>EGFR FISH.</b> Dual-colour EGFR (7p11.2) / CEP7 probe; 60 nuclei scored. Amplification = "
           "EGFR/CEP7 &gt;= 2.0 or clusters. Polysomy 7 without amplification is reported as not amplified.",
           S["body"])],
        [P("<b>EGFRvIII.</b> RT-PCR for the exon 2-7 deletion transcript on RNA from the same block; "
           "RNA-based and qualitative. A negative result in tissue with &lt;20% tumour content is "
           "uninformative (S2 has 60%).", S["body"]),
         P("<b>Interpretive caution.</b> EGFR protein is expressed by reactive astrocytes; only tumour "
           "cells in solid tumour areas are scored. The sponsor's H-score threshold was set on archival "
           "material from an earlier study and has not been validated for recurrent disease.", S["body"])],
        [W / 2, W / 2], gap=16))
    s.append(Spacer(1, 12))
    s.append(T([
        ["Role", "Name", "Date / time", "Signature"],
        ["Neuropathologist", "Gideon Marchetti, MD", "19 Jun 2025 10:02", "/e-signed/"],
        ["Molecular pathologist", "Sun-Hee Abernathy, MD, PhD", "19 Jun 2025 09:41", "/e-signed/"],
        ["Cytogenetics", "Olu Fairbrother, PhD, FACMG", "17 Jun 2025 16:30", "/e-signed/"],
    ], [160, 200, 160, 120], S, head_bg=colors.HexColor("#dcdcee")))
    return s


# ============================================================================ 7407
@report("7407", TIDE,
        meta=dict(accession="TT-25-0442", protocol="PIT-301 + CLV-GD2-02", subject="031-006", patient="Patient G"),
        labels=[
            L("GD2", "expression", "positive", "62.4%", "GD2 expressed", percent=62.4),
        ],
        summary="synovial sarcoma; HLA and NY-ESO-1 (out of scope) beside GD2 by flow on tumour dissociate")
def r7407():
    S = TIDE.S
    W = TIDE.width
    s = []
    s.append(P("Cell Therapy Screening Report", S["h1"]))
    s.append(kv([("Subject", "Patient G - female, 33 y"), ("Diagnosis (referring)", "Monophasic synovial sarcoma, "
                  "right thigh; pulmonary metastases"),
                 ("Programmes", "PIT-301 (Pinecrest Immunotherapeutics; NY-ESO-1 TCR-T, HLA-A*02:01 restricted) "
                  "and CLV-GD2-02 (Calvera Bio; GD2 CAR-T)"),
                 ("Samples", "(1) Peripheral blood, EDTA, 2025-06-03; (2) fresh tumour, CT-guided lung core "
                  "x2 in transport medium, 2025-06-04; (3) FFPE block from the same core procedure")],
               [110, W - 110], S))
    s.append(Spacer(1, 6))
    s.append(P("1. HLA class I / II typing (sample 1)", S["h2"]))
    s.append(T([
        ["Locus", "Allele 1", "Allele 2", "Method"],
        ["HLA-A", "A*02:01", "A*11:01", "NGS, 2-field"],
        ["HLA-B", "B*07:02", "B*44:02", "NGS, 2-field"],
        ["HLA-C", "C*05:01", "C*07:02", "NGS, 2-field"],
        ["HLA-DRB1", "DRB1*04:01", "DRB1*15:01", "NGS, 2-field"],
    ], [70, 90, 90, W - 250], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(P("HLA-A*02:01: PRESENT. The restricting allele for PIT-301 is carried. (A sample from the "
               "patient's sister, typed in this laboratory for an unrelated donor registry request, is not "
               "reported here.)", S["body"]))
    s.append(P("2. Tumour antigen immunohistochemistry (sample 3)", S["h2"]))
    s.append(T([
        ["Antigen", "Clone", "Result", "PIT-301 relevance"],
        ["NY-ESO-1", "E978", "3+ nuclear/cytoplasmic, 80% of tumour cells", "Target antigen; threshold ≥ 2+ in ≥ 30%: met"],
        ["MAGE-A4", "OTI1F9", "2+ in 30% of tumour cells", "Not a PIT-301 target (information)"],
        ["PRAME", "EPR20330", "Diffuse nuclear, &gt;75%", "Information only"],
    ], [70, 60, 170, W - 300], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(P("3. GD2 by flow cytometry on the dissociated tumour (sample 2)", S["h2"]))
    s.append(P("The cores were mechanically and enzymatically dissociated (collagenase IV / DNase, 30 min). "
               "Gating: singlets &gt; viable (fixable viability dye negative) &gt; CD45-negative &gt; CD31-negative; GD2 "
               "(14G2a-PE) positivity was set on the fluorescence-minus-one control.", S["body"]))
    s.append(T([
        ["Gate", "Events", "% of parent"],
        ["Singlets", "148,210", "93.1"],
        ["Viable", "96,007", "64.8"],
        ["CD45− CD31−", "71,390", "74.4"],
        ["GD2+ (of CD45− CD31− viable)", "44,547", "62.4%"],
        ["GD2 MFI ratio (stained / FMO)", "-", "11.6"],
    ], [190, 80, 80], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(Spacer(1, 4))
    s.append(banner([P("<b>Interpretation:</b> GD2 expressed on the majority of non-haematopoietic, "
                       "non-endothelial viable cells from the tumour (62.4%). CLV-GD2-02 flow criterion "
                       "(≥ 50% GD2-positive tumour cells): met.", S["body"])], W, border=colors.HexColor("#184d7a")))
    s.append(P("4. Other information and pending tests", S["h2"]))
    s.append(P("• The SS18::SSX1 fusion was reported by the referring centre at diagnosis; it was not "
               "re-tested here.<br/>"
               "• HLA loss-of-heterozygosity analysis of tumour DNA (required by PIT-301 before "
               "apheresis) is in progress; expected 2025-06-20.<br/>"
               "• The PIT-301 programme treats patients whose tumours express NY-ESO-1 and who carry "
               "HLA-A*02:01; GD2 screening was added at the investigator's request for CLV-GD2-02.", S["body"]))
    s.append(Spacer(1, 8))
    s.append(P("Released by: Beatrix Solheim-Rao, PhD, TTIL Scientific Director - electronic release "
               "2025-06-11 17:55 (audit ID TTIL-R-88213). Reviewed by: Kwame Delacroix, MD (study "
               "pathologist).", S["small"]))
    return s


# ============================================================================ 7408
@report("7408", LIND,
        meta=dict(accession="LMD-25-07731", patient="Patient H", sex="F", dob="1966", referrer="Dr E. Björklund, Thoracic Oncology"),
        labels=[
            L("Mesothelin", "expression", "positive", "moderate (2+) membranous staining in 40%",
              percent=40, value="H-score 80"),
            L("PD-L1", "expression", "positive", "TPS 80%", percent=80),
            L("ALK", "expression", "negative", "ALK (D5F3)", "Negative"),
            L("EGFR", "mutation", "positive", "p.(Glu746_Ala750del)", alteration="E746_A750del"),
            L("TP53", "mutation", "positive", "p.(Arg273His)", alteration="R273H"),
            L("ALK", "fusion", "negative", "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3"),
            L("ROS1", "fusion", "negative", "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3"),
            L("RET", "fusion", "negative", "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3"),
            L("NTRK", "fusion", "negative", "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3"),
            L("MET", "mutation", "negative", "MET exon 14 skipping", "Not detected"),
            L("MET", "amplification", "negative", "MET amplification"),
            L("HER2", "amplification", "negative", "ERBB2 amplification"),
            L("KRAS", "mutation", "negative", "KRAS, NRAS, BRAF"),
            L("NRAS", "mutation", "negative", "KRAS, NRAS, BRAF"),
            L("BRAF", "mutation", "negative", "KRAS, NRAS, BRAF"),
            L("HRAS", "mutation", "negative", "KRAS, NRAS, BRAF, HRAS"),
            L("HER2", "mutation", "negative", "ERBB2 (mutation)"),
            L("PIK3CA", "mutation", "negative", "PIK3CA (pathogenic)"),
            L("TMB", "signature", "negative", "6.1 mut/Mb", value="6.1 mut/Mb"),
            L("MSI", "signature", "negative", "MSS"),
        ],
        summary="lung adenocarcinoma; mesothelin + PD-L1 + full NGS panel; VUS and polymorphism near misses")
def r7408():
    S = LIND.S
    W = LIND.width
    s = []
    s.append(P("Tumour Antigen and Comprehensive Molecular Profile", S["h1"]))
    s.append(P("Requested for screening: BH-TIL-07 (Bellhaven, TIL therapy) and AUB-MSLN-12 (Aubade "
               "Therapeutics, mesothelin-directed CAR-T)", S["small"]))
    s.append(kv([("Material", "Right lower lobe, EBUS-TBNA and transbronchial biopsy; FFPE block TB-2"),
                 ("Diagnosis", "Non-small cell lung carcinoma, adenocarcinoma (TTF-1 positive)"),
                 ("Tumour cell content", "35% (macrodissected to ≈ 50% for nucleic acid extraction)"),
                 ("Received / reported", "28.04.2025 / 09.05.2025")], [100, W - 100], S,
               grid=colors.HexColor("#ddd4e6")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>Key findings</b>", S["h3"]),
                     P("EGFR exon 19 deletion  ·  TP53 mutation  ·  PD-L1 high (TPS 80%)  ·  mesothelin "
                       "positive (2+, 40%)  ·  TMB low  ·  MSS", S["body"])],
                    W, border=colors.HexColor("#4a2a6a"), fill=colors.HexColor("#f3eef7")))
    s.append(P("A. Immunohistochemistry", S["h2"]))
    s.append(T([
        ["Biomarker", "Clone / platform", "Result", "Scoring"],
        ["Mesothelin", "MN-7 (LDT) / Ventix", "Positive: moderate (2+) membranous staining in 40% of "
         "tumour cells; remaining cells 0. H-score 80.", "AUB-MSLN-12 requires ≥ 2+ in ≥ 50%: not met"],
        ["PD-L1", "22C3 / Linkmaster", "TPS 80%", "High expression (TPS ≥ 50%)"],
        ["ALK (D5F3)", "D5F3 / Ventix", "Negative", "Binary (positive / negative)"],
    ], [70, 90, 200, W - 360], S, head_bg=colors.HexColor("#e6dcef")))
    s.append(P("B. DNA sequencing - variants reported", S["h2"]))
    s.append(T([
        ["Gene", "Variant (HGVS)", "Exon", "VAF", "Classification"],
        ["EGFR", "c.2235_2249del p.(Glu746_Ala750del)", "19", "31.2%", "Tier I (pathogenic) - exon 19 deletion"],
        ["TP53", "c.818G&gt;A p.(Arg273His)", "8", "28.9%", "Tier II (pathogenic)"],
    ], [50, 180, 34, 46, W - 310], S, head_bg=colors.HexColor("#e6dcef"),
        cmds=[("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#fbe9e9"))]))
    s.append(P("Variants of uncertain significance and benign variants (not clinically reportable; listed for "
               "transparency):", S["small"]))
    s.append(T([
        ["Gene", "Variant", "VAF", "Classification"],
        ["ERBB2", "c.2029G&gt;A p.(Val677Ile)", "48.7%", "VUS (likely germline)"],
        ["PIK3CA", "c.1173A&gt;G p.(Ile391Met)", "49.6%", "Benign (common polymorphism)"],
        ["ATM", "c.5558A&gt;T p.(Asp1853Val)", "50.1%", "Benign"],
    ], [50, 180, 46, W - 276], S, head_bg=colors.HexColor("#f0f0f0"), cell=S["tiny"]))
    s.append(P("C. RNA fusions, copy number and genomic signatures", S["h2"]))
    s.append(T([
        ["Analysis", "Result"],
        ["Gene fusions (ALK, ROS1, RET, NTRK1, NTRK2, NTRK3, NRG1, FGFR1-3)", "No fusion detected"],
        ["MET exon 14 skipping", "Not detected"],
        ["MET amplification", "Not detected (estimated copy number 2.3)"],
        ["ERBB2 amplification", "Not detected (estimated copy number 2.1)"],
        ["Tumour mutational burden", "6.1 mut/Mb - low (laboratory cut-off for TMB-high ≥ 10 mut/Mb)"],
        ["Microsatellite status", "MSS (0.8% unstable loci; MSI-high ≥ 20%)"],
    ], [250, W - 250], S, head_bg=colors.HexColor("#e6dcef")))
    s.append(P("Genes analysed without reportable alterations: KRAS, NRAS, BRAF, HRAS, ERBB2 (mutation), "
               "PIK3CA (pathogenic), STK11, KEAP1, SMARCA4, MAP2K1.", S["body"]))
    s.append(PageBreak())
    s.append(P("D. Interpretation", S["h2"]))
    s.append(P("The tumour carries a classical activating EGFR exon 19 deletion (p.E746_A750del), "
               "predictive of sensitivity to EGFR tyrosine kinase inhibitors, with a co-occurring TP53 "
               "mutation. No other driver alteration was found. PD-L1 is highly expressed. EGFR-mutant "
               "adenocarcinomas with high PD-L1 expression respond poorly to checkpoint inhibition in "
               "published series; the relevance to TIL therapy is unknown.", S["bodyj"]))
    s.append(P("Mesothelin is expressed but at a level below the AUB-MSLN-12 threshold. In "
               "adenocarcinomas of the lung, mesothelin expression is frequent and associated with "
               "KRAS-mutant and EGFR-wild-type tumours; this tumour is an exception.", S["bodyj"]))
    s.append(P("The ERBB2 variant p.V677I is of uncertain significance and does not indicate HER2-directed "
               "therapy. Germline testing is not indicated by these results alone.", S["bodyj"]))
    s.append(P("Therapy and trial associations (level of evidence per LCCC-MD knowledge base, May 2025)",
               S["h3"]))
    s.append(T([
        ["Biomarker", "Association", "Level"],
        ["EGFR exon 19 deletion", "Sensitivity to EGFR tyrosine kinase inhibitors (first-line third-generation "
         "TKI, alone or with chemotherapy)", "A"],
        ["EGFR exon 19 deletion + PD-L1 high", "Checkpoint inhibitor monotherapy: limited benefit reported in "
         "EGFR-mutant disease", "B"],
        ["TP53 co-mutation", "Associated with shorter progression-free survival on EGFR TKIs", "C (prognostic)"],
        ["Mesothelin expression", "Eligibility for mesothelin-directed cell therapy trials depends on "
         "trial-specific thresholds", "Investigational"],
        ["MET amplification / ALK, ROS1, RET fusions", "Common resistance mechanisms to EGFR TKIs; not "
         "present at baseline; re-biopsy or plasma testing at progression may be considered", "-"],
    ], [130, W - 190, 60], S, head_bg=colors.HexColor("#e6dcef"), cell=S["small"]))
    s.append(P("Trials open at LCCC for which this profile may be relevant: BH-TIL-07 (TIL, NSCLC after "
               "targeted therapy); LCCC-EGFR-POST (post-TKI biopsy study). Eligibility is assessed by the "
               "study teams.", S["small"]))
    s.append(P("E. Methods", S["h2"]))
    s.append(P("DNA: hybrid-capture panel LCCC-Onco 412 (412 genes, 1.4 Mb), mean depth 640×; limit of "
               "detection 5% VAF for SNVs and indels. RNA: anchored multiplex PCR for 55 fusion genes. "
               "TMB is calculated on non-synonymous somatic variants with VAF ≥ 5%. MSI by 130 "
               "microsatellite loci. PD-L1 22C3 with tonsil and placenta controls; mesothelin with "
               "pancreatic carcinoma (positive) and liver (negative) controls; ALK D5F3 with an ALK-positive "
               "cell line control. Controls were acceptable for all assays.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([["Laboratory specialist", "Clinical molecular biologist", "Approved"],
                ["Dr Freja Halonen-Strand", "Mats Ekwueme, PhD", "digitally signed 09.05.2025 14:21"]],
               [W / 3.0] * 3, S, grid=None, head_bg=None,
               cmds=[("LINEABOVE", (0, 1), (-1, 1), 0.4, colors.grey)]))
    s.append(PageBreak())
    s.append(P("Appendix 1 - Genes with full coding coverage (selection from the 412-gene panel; the complete "
               "list is available at md.lindqvist.invalid/panels)", S["h2"]))
    genes = ("ABL1 AKT1 AKT2 AKT3 ALK APC AR ARAF ARID1A ARID1B ARID2 ASXL1 ATM ATR ATRX AURKA AXL B2M BAP1 "
             "BARD1 BCL2 BCOR BRAF BRCA1 BRCA2 BRD4 BRIP1 BTK CCND1 CCND2 CCND3 CCNE1 CD274 CDH1 CDK12 CDK4 "
             "CDK6 CDKN1B CDKN2A CDKN2B CHEK1 CHEK2 CIC CREBBP CRKL CSF1R CTNNB1 DDR2 DICER1 DNMT3A EGFR EP300 "
             "EPHA2 ERBB2 ERBB3 ERBB4 ERCC4 ESR1 EZH2 FANCA FAT1 FBXW7 FGF19 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 "
             "FOXA1 GATA3 GNA11 GNAQ GNAS HGF HNF1A HRAS IDH1 IDH2 IGF1R JAK1 JAK2 KDM6A KDR KEAP1 KIT KMT2A "
             "KMT2C KMT2D KRAS MAP2K1 MAP2K2 MAP3K1 MDM2 MDM4 MED12 MET MLH1 MPL MSH2 MSH3 MSH6 MTOR MYC "
             "MYCN NBN NF1 NF2 NFE2L2 NOTCH1 NOTCH2 NOTCH3 NRAS NRG1 NTRK1 NTRK2 NTRK3 PALB2 PBRM1 PDGFRA "
             "PDGFRB PIK3CA PIK3R1 PMS2 POLD1 POLE PPP2R1A PTCH1 PTEN RAD51C RAD51D RB1 RET RNF43 ROS1 "
             "SETD2 SF3B1 SMAD4 SMARCA4 SMARCB1 SMO SOX2 SPOP STK11 TERT TP53 TSC1 TSC2 U2AF1 VHL")
    s.append(P(", ".join(genes.split()), S["small"]))
    s.append(P("Fusion genes (RNA, 55): ALK, BRAF, EGFR, ETV6, FGFR1, FGFR2, FGFR3, MET, NRG1, NTRK1, NTRK2, "
               "NTRK3, RET, ROS1 and others.", S["small"]))
    s.append(PageBreak())
    s.append(P("Appendix 2 - Run and sample quality", S["h2"]))
    s.append(T([
        ["Metric", "DNA", "RNA", "Acceptance"],
        ["Input (ng)", "40", "25", "DNA 20-250; RNA 10-100"],
        ["Mean target coverage", "640×", "-", "≥ 250×"],
        ["Bases ≥ 100× (%)", "97.8", "-", "≥ 90"],
        ["Fusion control transcripts", "-", "6 / 6 detected", "≥ 5 of 6"],
        ["Estimated tumour fraction (bioinformatic)", "0.46", "-", "≥ 0.20 for TMB and MSI"],
        ["Run positive control (Seraseq-type reference)", "Pass", "Pass", "All expected variants"],
    ], [190, 70, 70, W - 330], S, head_bg=colors.HexColor("#e6dcef"), zebra=colors.HexColor("#f7f4fa")))
    s.append(P("Appendix 3 - Variant classification", S["h2"]))
    s.append(T([
        ["Tier", "Meaning in this report"],
        ["I", "Variant with strong clinical significance (approved therapy or guideline biomarker in this tumour type)"],
        ["II", "Variant with potential clinical significance (therapy in another tumour type, trials, prognosis)"],
        ["III", "Variant of uncertain significance - listed separately, not interpreted"],
        ["IV", "Benign or likely benign - not reported unless requested"],
    ], [40, W - 40], S, head_bg=colors.HexColor("#e6dcef"), cell=S["small"]))
    s.append(P("Limitations: large genomic rearrangements, low-level copy number changes and variants below "
               "5% VAF may not be detected. A negative result does not exclude an alteration present below "
               "the limit of detection or outside the targeted regions. EGFR T790M at low allele fraction "
               "(below 5%) would not be reported.", S["small"]))
    s.append(P("Report history", S["h2"]))
    s.append(T([
        ["Version", "Date", "Change"],
        ["1.0", "09.05.2025", "Final report"],
    ], [60, 80, W - 140], S, head_bg=colors.HexColor("#e6dcef")))
    return s


# ============================================================================ 7409
@report("7409", SOL,
        meta=dict(accession="SP25-11873", patient="Patient I", received="04/15/2025"),
        labels=[
            L("Mesothelin", "expression", "positive", "[X] POSITIVE", "H-SCORE ............ 270",
              percent=95, value="H-score 270"),
            L("ER", "expression", "positive", "POSITIVE, 80%", percent=80),
            L("PR", "expression", "negative", "NEGATIVE (0%)", percent=0),
            L("TP53", "expression", "positive", "ABERRANT"),
        ],
        summary="ovarian HGSC; checkbox synoptic; FRalpha and BRCA send-out as near misses")
def r7409():
    S = SOL.S
    W = SOL.width
    m = S["mono"]
    s = []
    s.append(P("<b>SURGICAL PATHOLOGY - TRIAL SCREENING IHC (SYNOPTIC)</b>", S["b"]))
    s.append(P("ORDERING MD: Renata Oyelowo-Park, MD, Gyn Oncology, Eastbay Women's Cancer Center<br/>"
               "PROTOCOL: CLN-MS-77 (mesothelin-directed CAR-T, ovarian cohort) SUBJ 018-0044<br/>"
               "SPECIMEN: Omental / peritoneal biopsy (laparoscopic), 3 FFPE blocks; block B2 selected<br/>"
               "COLLECTED 04/09/2025  REPORTED 04/21/2025", m))
    s.append(Spacer(1, 6))
    s.append(P("DIAGNOSIS (REFERRING, CONFIRMED): HIGH-GRADE SEROUS CARCINOMA, INVOLVING OMENTUM "
               "(RECURRENT, PLATINUM-RESISTANT PER HISTORY)", S["b"]))
    s.append(Spacer(1, 4))
    rule = "-" * 78
    lines = [
        rule,
        "MESOTHELIN (MSLN) IMMUNOHISTOCHEMISTRY",
        rule,
        "ANTIBODY/CLONE ...... SPD-M3 (LDT)   PLATFORM ...... Ventix Ultra",
        "BLOCK TESTED ........ B2   VIABLE TUMOR CELLS ...... &gt;1,000 (ADEQUATE)",
        "RESULT .............. [X] POSITIVE   [ ] NEGATIVE   [ ] INDETERMINATE",
        "% VIABLE TUMOR CELLS W/ MEMBRANOUS STAINING (ANY INTENSITY) ...... 95%",
        "PREDOMINANT INTENSITY [ ] 1+   [ ] 2+   [X] 3+",
        "DISTRIBUTION ........ 3+ 80% / 2+ 10% / 1+ 5% / 0 5%",
        "H-SCORE ............ 270",
        "PATTERN ............. [X] MEMBRANOUS  [ ] CYTOPLASMIC ONLY  [X] LUMINAL ACCENTUATION",
        "PROTOCOL THRESHOLD .. &gt;=2+ IN &gt;=50% OF VIABLE TUMOR CELLS",
        "MEETS THRESHOLD ..... [X] YES   [ ] NO   [ ] N/A",
        "CONTROLS ............ [X] ACCEPTABLE (PANCREAS CA +; LIVER -; MESOTHELIUM +)",
        rule,
    ]
    for ln in lines:
        s.append(P(ln.replace(" ", "&nbsp;"), m))
    s.append(Spacer(1, 6))
    s.append(P("ADDITIONAL IMMUNOHISTOCHEMISTRY (BLOCK B2)", S["b"]))
    s.append(T([
        ["MARKER", "CLONE", "RESULT", "COMMENT"],
        ["ER", "SP1", "POSITIVE, 80%, moderate-strong", "Allred 7"],
        ["PR", "1E2", "NEGATIVE (0%)", "Internal control absent; external control positive"],
        ["p53", "DO-7", "ABERRANT", "Diffuse strong nuclear overexpression (mutation-type)"],
        ["WT1 / PAX8", "6F-H2 / MRQ-50", "Positive / positive", "Supports tubo-ovarian origin"],
        ["FR-alpha", "SPD-F26", "3+ in 75% of tumor cells", "Information only - not a CLN-MS-77 criterion"],
    ], [70, 80, 150, W - 300], S, head_bg=colors.HexColor("#e0e0e0"), cell=m))
    s.append(Spacer(1, 6))
    s.append(P("TESTS NOT PERFORMED / SENT OUT:", S["b"]))
    s.append(P("[ ] HER2 (not requested)<br/>"
               "[X] BRCA1/BRCA2 tumor sequencing and HRD score - SENT OUT to reference laboratory "
               "04/16/2025; results will be reported separately<br/>"
               "[ ] PD-L1 (not requested)", m))
    s.append(Spacer(1, 6))
    s.append(P("COMMENT:", S["b"]))
    s.append(P("The referring report from 2023 (primary debulking, outside institution) is quoted in the "
               "requisition as 'mesothelin positive'; it was not reviewed here. The present result on "
               "recurrent tumor is the one to be used for eligibility. Patients whose tumors express "
               "mesothelin above the protocol threshold may proceed to apheresis scheduling once all other "
               "criteria are confirmed by the site.", m))
    s.append(Spacer(1, 6))
    s.append(P("SCORING KEY: 0 = no staining; 1+ = faint, visible at 20x-40x; 2+ = moderate, visible at 10x; "
               "3+ = strong, visible at 2x-4x. H-SCORE = (1 x %1+) + (2 x %2+) + (3 x %3+).", S["small"]))
    s.append(Spacer(1, 10))
    s.append(P("ELECTRONICALLY SIGNED OUT BY: Thaddeus Marquez-Villanueva, MD<br/>"
               "04/21/2025 08:47 PDT  --  Medical Director: Ines Okabe, MD", m))
    return s


# ============================================================================ 7410
@report("7410", ARD,
        meta=dict(protocol="LUM-HER2-CAR-201 (Cohort C)", site="NL-014", subject="014-0007",
                  accession="AOCL-25-33107", top_block=140),
        labels=[
            L("HER2", "expression", "positive", "3+ (POSITIVE)", ihc_score="3+"),
            L("HER2", "expression", "equivocal", "2+ (EQUIVOCAL)", ihc_score="2+"),
            L("HER2", "amplification", "positive", "ratio 2,6", "AMPLIFIED", ratio=2.6),
            L("KRAS", "mutation", "negative", "KRAS exon 2, 3, 4"),
            L("NRAS", "mutation", "negative", "NRAS exon 2, 3, 4"),
            L("BRAF", "mutation", "negative", "BRAF V600"),
            L("PIK3CA", "mutation", "positive", "p.(Glu545Lys)", alteration="E545K"),
            L("MSI", "signature", "negative", "MSS"),
        ],
        summary="colorectal; two-column European layout; HER2 primary vs liver met with ISH; RAS/BRAF/MSI")
def r7410():
    S = ARD.S
    W = ARD.width
    C = ARD.colwidth
    s = []
    # full-width block on page 1
    s.append(P("SCREENING REPORT – HER2-DIRECTED CAR-T, COHORT C (COLORECTAL)", S["h1"]))
    s.append(kv([("Patient", "Patient J"), ("Sex / year of birth", "M / 1959"),
                 ("Investigator", "Dr. W. Vandersteen"), ("Kit received", "24.04.2025"),
                 ("Specimen 1", "Sigmoid resection 2024, archival FFPE, block 4 (local no. T24-09911)"),
                 ("Specimen 2", "Liver metastasis, core biopsy 22.04.2025, FFPE, block 1")],
               [62, 180, 62, W - 304], S, cols=2, grid=colors.HexColor("#e0c8c8")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>HER2 ELIGIBILITY (protocol §5.1.2): MET</b>", S["h2"]),
                     P("Primary tumour IHC 3+ in &gt;= 50% of cells; liver metastasis IHC 2+ with ISH "
                       "amplification. RAS/BRAF wild-type requirement: met. Eligibility is confirmed by the "
                       "sponsor's medical monitor.", S["body"])],
                    W, border=colors.HexColor("#a31f1f"), fill=colors.HexColor("#fbeeee"), thick=1.8))
    s.append(FrameBreak())
    # left column
    s.append(P("1. HER2 immunohistochemistry", S["h2"]))
    s.append(P("Antibody 4B5, Ventix Ultra. Colorectal scoring (HERACLES-type): the percentage of tumour "
               "cells with complete, basolateral or lateral membrane staining is recorded for each "
               "intensity.", S["body"]))
    s.append(T([
        ["", "Specimen 1 (primary)", "Specimen 2 (liver)"],
        ["Tumour cells", "&gt; 5.000", "approx. 800"],
        ["3+", "60%", "5%"],
        ["2+", "20%", "70%"],
        ["1+", "10%", "15%"],
        ["0", "10%", "10%"],
        ["Score", "3+ (POSITIVE)", "2+ (EQUIVOCAL)"],
    ], [46, (C - 46) / 2, (C - 46) / 2], S, head_bg=colors.HexColor("#f1dede")))
    s.append(P("Heterogeneity: specimen 1 shows a 3+ component throughout; no 3+ areas were found in the "
               "liver core, which was therefore reflexed to ISH.", S["body"]))
    s.append(P("2. HER2 in situ hybridisation (specimen 2)", S["h2"]))
    s.append(T([
        ["Nuclei counted", "40"],
        ["Mean HER2 signals / nucleus", "7,1"],
        ["Mean CEP17 signals / nucleus", "2,7"],
        ["HER2/CEP17", "ratio 2,6"],
        ["Result", "AMPLIFIED"],
    ], [C * 0.6, C * 0.4], S, head=0))
    s.append(P("Criterion: HER2/CEP17 &gt;= 2,0. Control: cell line of known ratio within range.", S["small"]))
    s.append(P("3. Tumour content", S["h2"]))
    s.append(P("Specimen 2: 40% tumour cells in the marked area; adequate for NGS (minimum 20%).",
               S["body"]))
    # right column
    s.append(P("4. Molecular analyses (specimen 2)", S["h2"]))
    s.append(T([
        ["Target", "Result"],
        ["KRAS exon 2, 3, 4", "no mutation detected"],
        ["NRAS exon 2, 3, 4", "no mutation detected"],
        ["BRAF V600", "no mutation detected"],
        ["PIK3CA exon 9/20", "c.1633G&gt;A p.(Glu545Lys), VAF 12%"],
        ["MSI (5 markers)", "MSS"],
    ], [C * 0.45, C * 0.55], S, head_bg=colors.HexColor("#f1dede")))
    s.append(P("Method: amplicon NGS (Ardent CRC-22 panel), LoD 3% VAF; MSI by fragment analysis of five "
               "mononucleotide repeats.", S["small"]))
    s.append(P("5. Pre-screening result (local laboratory)", S["h2"]))
    s.append(P("The site's pre-screening NGS report (Velsburg University Medical Centre, 03.2025) describes "
               "ERBB2 amplification with an estimated copy number of 9 in the primary tumour. The central "
               "result above is concordant. The local result is not used for eligibility.", S["body"]))
    s.append(P("6. Criteria applied (for reference)", S["h2"]))
    s.append(T([
        ["Category", "Definition (protocol Appendix 4)"],
        ["HER2-positive", "IHC 3+ in &gt;= 50% of cells, or IHC 2+ in &gt;= 50% with HER2/CEP17 &gt;= 2,0"],
        ["HER2-negative", "IHC 0/1+, or 2+ without amplification, or 3+ in &lt; 10%"],
        ["Heterogeneous", "IHC 3+ in 10-49% of cells: medical monitor review"],
    ], [C * 0.3, C * 0.7], S, head_bg=colors.HexColor("#eeeeee"), cell=S["small"]))
    s.append(P("7. Controls", S["h2"]))
    s.append(P("4B5: 4-level cell line TMA (0/1+/2+/3+) as expected; normal colonic mucosa on slide "
               "negative. ISH: internal control signals present.", S["body"]))
    s.append(P("8. Sample reconciliation", S["h2"]))
    s.append(T([
        ["Item", "Received", "Used", "Returned"],
        ["Block 4 (specimen 1)", "1", "5 sections", "1 (to site)"],
        ["Block 1 (specimen 2)", "1", "9 sections + 2 scrolls", "Retained (sponsor storage)"],
        ["Unstained slides", "10", "0", "10 (retained)"],
    ], [C * 0.34, C * 0.16, C * 0.26, C * 0.24], S, head_bg=colors.HexColor("#eeeeee"), cell=S["small"]))
    s.append(P("9. Methods", S["h2"]))
    s.append(P("Immunohistochemistry menu used for this protocol (validated at Ardent OCL): HER2 4B5; "
               "EGFR 3C6; PD-L1 22C3 and SP263; MLH1 M1, PMS2 A16-4, MSH2 G219-1129, MSH6 SP93; "
               "claudin 18.2 43-14A. Only the HER2 assay was ordered for this requisition.", S["body"]))
    s.append(P("HER2 ISH: dual-colour brightfield (HER2 / CEP17), counted in the area with the strongest IHC "
               "staining; at least 20 nuclei in two separate areas. Ratio and mean copy number are reported "
               "with one decimal. Results with a ratio between 1,8 and 2,2 are recounted by a second "
               "observer.", S["body"]))
    s.append(P("NGS: DNA extracted after macrodissection; amplicon panel covering KRAS, NRAS and BRAF exons "
               "2-4/11-15, PIK3CA exons 9/20, ERBB2 exons 19-21 and 31 further genes; minimum depth 500x. "
               "ERBB2 copy number is not called by this panel.", S["body"]))
    s.append(P("10. Limitations", S["h2"]))
    s.append(P("Core biopsies may under-represent HER2 heterogeneity. Archival tissue older than three years is "
               "accepted by the protocol but antigenicity may decline with block age. Results refer only to "
               "the material received.", S["body"]))
    s.append(P("11. Authorisation", S["h2"]))
    s.append(P("Pathologist: Dr. M. van Oordt-Reyes<br/>Molecular biologist: Dr. ir. S. Kalkman<br/>"
               "Authorised electronically 30.04.2025 13:12 CET", S["body"]))
    s.append(P("Distribution: investigator site NL-014; Lumen Cell Therapies (data transfer ADT-LUM-07); "
               "Ardent OCL archive.", S["small"]))
    return s
