"""Reports 6811-6820 of probe52. Every name, number and sentence is invented."""
from __future__ import annotations

from common import INST, L, Report, P, Spacer, PageBreak, CondPageBreak, KeepTogether, Table, TableStyle, colors, mm, grid, kv, kv2, box, Rule


def r6811():
    """KVRL parotid secretory carcinoma: pan-TRK in a stain table, fusion confirmation sent out."""
    I = INST["KVRL"]; S = I.S; W = I.width
    info = dict(patient="Patient K", dob="07/30/1984", sex="M", acc="KV-26-120935",
                client="Lakeshore ENT Associates", ordering="Priyanka Delacroix-Mbeki, MD", client_ref="LE-26-0077",
                copy="-", collected="02/02/2026", received="02/04/2026", reported="02/10/2026",
                printed="02/10/2026 17:05", doc_title="CONSULTATION - HEAD AND NECK")
    st = [I.demographics(info), Spacer(1, 5)]
    st += [I.section("DIAGNOSIS"),
           P("Right parotid gland, superficial parotidectomy: <b>Secretory carcinoma</b>, 1.8 cm, low grade, "
             "margins clear (closest 1.5 mm, deep). No perineural or lymphovascular invasion. Two intraparotid "
             "lymph nodes negative (0/2). pan-TRK immunohistochemistry positive (see table).", S["body"])]
    st += [I.section("CLINICAL QUESTION"),
           P("\"Acinic cell carcinoma vs secretory carcinoma? If secretory, please test for NTRK - patient asking "
             "about targeted therapy options should it recur.\"", S["ital"])]
    st += [I.section("IMMUNOHISTOCHEMISTRY")]
    rows = [["Stain", "Clone", "Block", "Result", "Intensity", "%", "Comment"],
            ["pan-TRK", "EPR17341", "A4", "Positive", "Moderate", "90", "Nuclear and cytoplasmic pattern"],
            ["S100", "4C4.9", "A4", "Positive", "Strong", "100", "Nuclear and cytoplasmic"],
            ["Mammaglobin", "304-1A5", "A4", "Positive", "Strong", "70", "-"],
            ["SOX10", "SP267", "A4", "Positive", "Strong", "95", "-"],
            ["DOG1", "SP31", "A4", "Negative", "-", "0", "Against acinic cell carcinoma"],
            ["p63", "4A4", "A4", "Negative", "-", "-", "Peripheral basal cells absent"],
            ["Ki-67", "30-9", "A4", "Low", "-", "-", "Not formally counted"],
            ["Fusion control", "EPR17341", "Ctrl-17", "Positive", "-", "-", "Known ETV6::NTRK3 secretory carcinoma"]]
    st.append(grid(rows, [26 * mm, 22 * mm, 14 * mm, 20 * mm, 20 * mm, 10 * mm, W - 112 * mm], S, mode="grid",
                   head_bg=I.tint, line=colors.HexColor("#999999")))
    st.append(Spacer(1, 3))
    st.append(P("Ki-67 was reviewed qualitatively only (estimated well under 10%) and is not reported as an index.",
                S["small"]))
    st += [I.section("COMMENT"),
           P("The morphology (microcystic and follicular growth with bubbly eosinophilic secretions, bland "
             "vesicular nuclei) together with S100 and mammaglobin positivity, DOG1 negativity and nuclear pan-TRK "
             "staining supports secretory carcinoma. Nuclear pan-TRK staining is characteristic of the ETV6::NTRK3 "
             "fusion, but immunohistochemistry does not establish the fusion partner and is less sensitive for "
             "NTRK3 than for NTRK1/2 fusions. RNA-based fusion testing has been sent to our molecular section "
             "(order KV-26-M1187); a supplementary report will follow.", S["bodyj"]),
           P("Salivary duct carcinoma was not a serious consideration, so androgen receptor and HER2 studies were "
             "not performed.", S["body"])]
    st += [I.section("GROSS DESCRIPTION (client)"),
           P("Per client: right superficial parotidectomy 4.8 x 3.5 x 1.6 cm with a well-circumscribed tan "
             "nodule 1.8 cm, submitted in blocks A1-A7. Client blocks A3-A5 and H&amp;E slides received for "
             "consultation.", S["body"])]
    st += [I.section("MICROSCOPIC DESCRIPTION"),
           P("A circumscribed but unencapsulated tumor with microcystic, tubular and papillary-cystic areas lined "
             "by cells with granular to vacuolated eosinophilic cytoplasm and round nuclei with small nucleoli. "
             "Mitoses are rare (1 per 10 HPF). No necrosis. The tumor pushes into surrounding parotid parenchyma "
             "with a focally infiltrative edge.", S["bodyj"]),
           Spacer(1, 6),
           P("Consultant: <b>Rosalind Achebe-Thornquist, MD</b>, Head and Neck Pathology - electronically signed "
             "02/10/2026 16:58", S["body"]),
           P("pan-TRK clone EPR17341 is a laboratory-validated assay. Interpretation of salivary tumors with "
             "limited material should be correlated with molecular findings.", S["small"])]
    labels = [L("NTRK", "expression", "positive", "pan-TRK EPR17341 A4 Positive Moderate 90", percent=90)]
    return Report("6811", I, info, st, labels, doc="Consultation report", tumour="Parotid (secretory carcinoma)",
                  kinds=["ST", "Q", "CTRL", "PEND", "DD", "NP"])


def r6812():
    """SOUMC melanoma lymph node: BRAF VE1 negative by IHC; hotspot panel passed on from another lab."""
    I = INST["SOUMC"]; S = I.S; W = I.width
    info = dict(patient="Patient L", mrn="0093-41-2286", acc="S26-31552", printed="03/12/2026 07:40",
                doc_title="SURGICAL PATHOLOGY REPORT - ADDENDUM 1")
    head = kv2([("Patient:", "Patient L"), ("MRN:", "0093-41-2286"), ("DOB:", "02/08/1977 (49 y)"), ("Sex:", "Male")],
               [("Surgeon:", "Genevieve Osterhout, MD"), ("Procedure:", "03/02/2026"),
                ("Final report:", "03/05/2026"), ("Addendum 1:", "03/11/2026")],
               [25 * mm, 55 * mm, 34 * mm, W - 114 * mm], S, divider=False)
    st = [head, Spacer(1, 2), Rule(thick=0.4)]
    st += [I.section("Addendum 1 (03/11/2026): Molecular result"),
           P("The melanoma hotspot panel on block B4 was performed at Kestrel Valley Reference Laboratories "
             "(KV-26-M1240; report dated 03/10/2026) and is summarized here:", S["body"]),
           P("NRAS: p.Q61R (c.182A&gt;G) DETECTED, variant allele frequency 41%.", S["indb"]),
           P("BRAF (codons 469, 594, 600, 601): no mutation detected.", S["indb"]),
           P("KIT (exons 11, 13, 17): no mutation detected.", S["indb"]),
           P("NRAS-mutant melanomas are not candidates for BRAF inhibitor therapy; MEK inhibitor trials may be "
             "considered by the treating team. The original report follows unchanged.", S["body"])]
    st += [I.section("Final Diagnosis"),
           P("LYMPH NODES, LEFT AXILLA, COMPLETION DISSECTION:", S["bold"]),
           P("- METASTATIC MELANOMA IN 2 OF 14 LYMPH NODES; LARGEST DEPOSIT 2.2 CM WITH EXTRANODAL EXTENSION.", S["ind"]),
           P("- BRAF V600E (VE1) IMMUNOHISTOCHEMISTRY: NEGATIVE IN TUMOR CELLS (BLOCK B4).", S["ind"])]
    st += [I.section("Clinical History"),
           P("Superficial spreading melanoma of the left upper back excised 2025 (S25-18230; Breslow 2.9 mm, "
             "ulcerated). Now palpable left axillary adenopathy; FNA positive. The oncologist asks whether the "
             "patient is a candidate for BRAF-targeted therapy.", S["body"])]
    st += [I.section("Gross Description"),
           P("Received in formalin labeled \"left axillary contents\" is a 12 x 9 x 3 cm portion of fibroadipose "
             "tissue. Dissection yields fourteen lymph nodes, the largest 2.4 cm with a black cut surface "
             "extending into perinodal fat. Sections: B1-B3 largest node with perinodal fat; B4 second "
             "involved node (black, 0.8 cm), B5-B12 remaining nodes entirely submitted.", S["bodyj"])]
    st += [I.section("Microscopic Description"),
           P("The involved nodes are replaced by sheets of epithelioid melanocytes with abundant cytoplasm, "
             "prominent nucleoli and heavy pigment, with tumor extending through the capsule of the largest node. "
             "SOX10 and Melan-A are positive; HMB-45 is patchy. The BRAF V600E mutation-specific antibody (VE1) "
             "shows no cytoplasmic staining in tumor cells, with an appropriate external positive control "
             "(V600E-mutant colorectal carcinoma).", S["bodyj"])]
    st += [I.section("Melanoma Lymph Node Dissection - Synoptic Summary")]
    st.append(kv([("Procedure", "Left axillary completion lymph node dissection"),
                  ("Lymph nodes examined", "14"), ("Lymph nodes involved", "2"),
                  ("Size of largest metastatic deposit", "2.2 cm"), ("Extranodal extension", "Present (B1-B3)"),
                  ("Matted nodes", "Not identified"), ("Margins", "Melanoma present 0.5 mm from inked soft-tissue margin"),
                  ("Prior sentinel node", "Not performed (clinically detected nodal disease)"),
                  ("Pathologic stage (nodal)", "pN2b (AJCC 8th; 2 clinically detected nodes)")],
                 [62 * mm, W - 62 * mm], S, mode="lines", line=colors.HexColor("#BBBBBB")))
    st += [I.section("Comment (original report)"),
           P("A negative VE1 stain does not exclude BRAF mutations other than V600E (for example V600K), which the "
             "antibody does not recognize reliably. Molecular testing has therefore been sent (see addendum). "
             "PD-L1 was not requested.", S["bodyj"]),
           Spacer(1, 8),
           P("<b>Electronically signed out by Tobias Rennick-Achebe, MD</b>, 03/05/2026 14:20<br/>"
             "Addendum electronically signed by Tobias Rennick-Achebe, MD, 03/11/2026 09:02", S["body"])]
    labels = [
        L("BRAF", "expression", "negative", "BRAF V600E (VE1) IMMUNOHISTOCHEMISTRY: NEGATIVE IN TUMOR CELLS"),
        L("NRAS", "mutation", "positive", "NRAS: p.Q61R (c.182A>G) DETECTED", alteration="Q61R"),
        L("BRAF", "mutation", "negative", "BRAF (codons 469, 594, 600, 601): no mutation detected"),
    ]
    return Report("6812", I, info, st, labels, doc="Lymph node dissection report with molecular addendum",
                  tumour="Melanoma (nodal)", kinds=["MOL", "Q", "BG", "CTRL", "NP"])


def r6813():
    """NCCC axillary node FNA: bracketed receptor results, prior primary quoted, fixation caution."""
    I = INST["NCCC"]; S = I.S; W = I.width
    info = dict(patient="Patient M", mrn="NB-118-0275", dob="25/04/1971", sex="F", acc="NC26-C1421",
                spec_type="FNA, left axillary lymph node", ordering="Dr J. Okafor-Lindsay (Breast)",
                collected="17/02/2026", received="17/02/2026", reported="23/02/2026", printed="23/02/2026",
                doc_title="FINE NEEDLE ASPIRATION CYTOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 6)]
    dx = [P("DIAGNOSIS", S["h2"]),
          P("Left axillary lymph node, US-guided FNA: MALIGNANT. Metastatic carcinoma consistent with breast "
            "origin [GATA3 positive; ER positive, 85%, strong; PR positive, 5% (low positive); HER2 IHC score 1+].",
            S["diag"])]
    st.append(box(dx, W, border=I.accent, bg=colors.HexColor("#F1FAFA"), thick=1.2))
    st += [I.section("Clinical details"),
           P("History of left breast invasive ductal carcinoma 2019 (NC19-S0932), treated by wide local excision, "
             "radiotherapy and five years of tamoxifen. New 19 mm axillary node with loss of fatty hilum. "
             "Query recurrence - please repeat receptors.", S["body"])]
    st += [I.section("Material"),
           P("Four passes (22G): two air-dried and two alcohol-fixed direct smears; needle rinse in formalin for "
             "cell block CB1 (fixed 9 hours). Rapid on-site evaluation: adequate.", S["body"])]
    st += [I.section("Cytological findings"),
           P("Cellular smears with cohesive groups and single cells of malignant epithelium showing moderate "
             "nuclear pleomorphism, nucleoli and occasional intracytoplasmic lumina, in a background of "
             "lymphocytes. No granulomas. The cell block contains numerous tumour cell clusters (estimated "
             "300 cells).", S["bodyj"])]
    st += [I.section("Immunocytochemistry on cell block CB1"),
           P("GATA3 positive, CK7 positive, TTF-1 negative. Oestrogen receptor (SP1): 85% of tumour nuclei, strong. "
             "Progesterone receptor (1E2): 5% of tumour nuclei, weak - low positive. HER2 (4B5): score 1+ "
             "(faint, incomplete membrane staining), i.e. HER2-low; HER2 ISH can be requested if clinically "
             "needed.", S["body"]),
           P("For comparison, the 2019 primary tumour (NC19-S0932) was reported as ER 95%, PR 40% and HER2 0. "
             "The reduced PR expression in the nodal recurrence is noted; receptor conversion after endocrine "
             "therapy is well described.", S["body"])]
    st += [I.section("Caution"),
           P("Hormone receptor and HER2 results on cytology cell blocks are reported with the following caveats: "
             "the cell block is formalin-fixed after needle rinse, and the fixation interval may fall outside "
             "that recommended for histology; false-negative results cannot be excluded when staining is weak. "
             "Direct smears (alcohol-fixed) were not used for predictive markers.", S["small"])]
    st += [Spacer(1, 8),
           kv([("Cytopathologist", "Dr Ophelia Rasmussen-Eze"), ("Second review", "Dr Halima Westergaard"),
               ("Authorised", "23/02/2026 15:02")], [28 * mm, W - 28 * mm], S)]
    labels = [
        L("ER", "expression", "positive", "ER positive, 85%, strong", percent=85),
        L("PR", "expression", "positive", "PR positive, 5% (low positive)", percent=5),
        L("HER2", "expression", "negative", "HER2 IHC score 1+", ihc_score="1+"),
        L("ER", "expression", "positive", "reported as ER 95%", percent=95, optional=True),
        L("PR", "expression", "positive", "PR 40%", percent=40, optional=True),
        L("HER2", "expression", "negative", "and HER2 0.", ihc_score="0", optional=True),
    ]
    return Report("6813", I, info, st, labels, doc="Lymph node FNA cytology", tumour="Breast (nodal recurrence)",
                  kinds=["CY", "PRI", "FIX", "Q"])


def r6814():
    """HGH ovarian high-grade serous carcinoma after chemotherapy: results per specimen in columns."""
    I = INST["HGH"]; S = I.S; W = I.width
    info = dict(patient="Patient N", mrn="H5530218", dob="03/01/1962", sex="F", loc="Gynae Oncology Ward 7",
                acc="H26/05102", consultant="Miss T. Ferreira-Holt", collected="12/02/2026",
                received="12/02/2026", reported="20/02/2026", printed="20/02/2026 11:47",
                doc_title="HISTOPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Clinical details"),
           P("HGSC stage IIIC on omental core (H25/19844). Three cycles neoadjuvant carboplatin/paclitaxel. "
             "Interval debulking: TAH BSO, omentectomy, peritoneal biopsies. Known germline BRCA1 pathogenic "
             "variant (c.68_69del, p.Glu23fs) per clinical genetics letter 2024. HRD assay requested.", S["body"])]
    st += [I.section("Macroscopy"),
           P("A: Uterus, cervix, right and left adnexa, 188 g. Right ovary 52 x 40 x 31 mm with a solid-cystic "
             "cut surface; left ovary 28 mm, nodular surface. Blocks A1-A14.<br/>"
             "B: Omentum 260 x 120 x 25 mm with firm nodules up to 35 mm. Blocks B1-B8.<br/>"
             "C-E: Peritoneal biopsies (pelvic, right paracolic, diaphragm), each entirely embedded.", S["body"])]
    st += [I.section("Microscopy"),
           P("Residual high-grade serous carcinoma in the right ovary, left ovarian surface and omentum, with "
             "fibrosis, inflammation and psammoma bodies. Chemotherapy response in the omentum: CRS 2 (multifocal "
             "residual tumour, readily identifiable). Peritoneal biopsies C and E involved; D negative.", S["bodyj"])]
    st += [I.section("Immunohistochemistry by specimen")]
    rows = [["Stain", "A7 - right ovary", "B3 - omentum", "Note"],
            ["WT1", "Positive", "Positive", "Mullerian serous lineage"],
            ["PAX8", "Positive", "Positive", "-"],
            ["p53", "Aberrant: strong nuclear, >90%", "Aberrant: strong nuclear, >90%", "Mutation-type overexpression"],
            ["ER (SP1)", "Positive, 70%", "Positive, 40%", "Moderate intensity"],
            ["PR (16)", "Negative, <1%", "Negative, <1%", "-"],
            ["Control", "Satisfactory", "Satisfactory", "On-slide tonsil and endometrium"]]
    st.append(grid(rows, [24 * mm, 48 * mm, 48 * mm, W - 120 * mm], S, mode="grid",
                   head_bg=colors.HexColor("#C9D3E6"), line=I.accent))
    st.append(Spacer(1, 3))
    st.append(P("ER and PR are reported as the percentage of tumour nuclei staining at any intensity.", S["small"]))
    st += [I.section("Conclusion"),
           P("A-E: HIGH-GRADE SEROUS CARCINOMA, tubo-ovarian origin, involving the right ovary, left ovarian "
             "surface, omentum and peritoneum (C, E), after neoadjuvant chemotherapy. Omental chemotherapy "
             "response score CRS 2. Immunoprofile typical (WT1+, PAX8+, aberrant p53).", S["diag"]),
           P("ypT3c ypNx. Pelvic washings: see cytology NC26-C1310 (report issued separately).", S["body"])]
    st += [I.section("Dataset (ovary, fallopian tube and primary peritoneal carcinoma)")]
    st.append(kv2([("Specimens submitted", "Uterus, cervix, both adnexa, omentum, peritoneum"),
                   ("Tumour site", "Right ovary, left ovarian surface, omentum, peritoneum"),
                   ("Ovarian surface involvement", "Present (left)"), ("Fallopian tubes", "Right fimbria involved"),
                   ("Histological type", "High-grade serous carcinoma")],
                  [("Chemotherapy response (omentum)", "CRS 2"), ("Omental disease size", "35 mm"),
                   ("Peritoneal biopsies", "2 of 3 involved"), ("Lymph nodes", "None submitted"),
                   ("Stage", "ypT3c ypNx (FIGO IIIC)")],
                  [34 * mm, W / 2 - 34 * mm, 38 * mm, W / 2 - 38 * mm], S, mode="grid",
                  line=colors.HexColor("#8090B0"), divider=False))
    st += [I.section("Comment"),
           P("The homologous recombination deficiency (HRD) assay has been sent to Coralbay Molecular &amp; "
             "Pathology Partners on block B3 and will be reported separately. Somatic BRCA1/2 testing is not "
             "required given the known germline result.", S["body"]),
           Spacer(1, 6),
           kv([("Reported by", "Dr Callum Ashby-Nwosu, Consultant Gynaecological Pathologist"),
               ("Authorised", "20/02/2026 11:40 - electronic signature")], [28 * mm, W - 28 * mm], S)]
    labels = [
        L("TP53", "expression", "positive", "Aberrant: strong nuclear, >90%", value=">90%"),
        L("ER", "expression", "positive", "ER (SP1) Positive, 70% Positive, 40%", percent=70),
        L("ER", "expression", "positive", "ER (SP1) Positive, 70% Positive, 40%", percent=40),
        L("PR", "expression", "negative", "PR (16) Negative, <1% Negative, <1%", value="<1%"),
        L("BRCA1", "mutation", "positive", "germline BRCA1 pathogenic variant (c.68_69del, p.Glu23fs)",
          alteration="E23fs", optional=True),
    ]
    return Report("6814", I, info, st, labels, doc="Interval debulking report", tumour="Ovary (HGSC)",
                  kinds=["BK", "CTRL", "PEND", "PRI"])


def r6815():
    """QMH pancreatic NET: addendum on page 1 revises the Ki-67 index given on page 2."""
    I = INST["QMH"]; S = I.S; W = I.width
    info = dict(patient="Patient O", mrn="Q1183306", acc="26Q-009457", dob="30/11/1966", sex="M",
                collected="03/02/2026", received="03/02/2026", ordering="Dr H. Vu-Castellano (HPB Surg)",
                copy="Dr A. Sato (Med Onc)", printed="13/02/2026 14:30")
    ad = [P("*** AMENDED REPORT - ADDENDUM 13/02/2026 ***", S["bold"]),
          P("KI-67 INDEX REVISED. The Ki-67 index in the original report (page 2) was transcribed from the "
            "wrong field of the image-analysis worksheet. Recount of the hot spot on block A5 (2,000 tumour "
            "cells, digital image analysis with manual review):", S["body"]),
          P("REVISED KI-67 PROLIFERATION INDEX: 4.2 %", S["bold"]),
          P("The WHO grade therefore changes from G1 to G2. The stage is unchanged. The treating team was "
            "informed by telephone (Dr Vu-Castellano, 13/02/2026 11:15).", S["body"]),
          P("Amended by DR E. MACALLISTER-YUEN 13/02/2026 14:21", S["body"])]
    st = [box(ad, W, border=colors.black, thick=1.6, pad=6)]
    st += [I.section("Clinical notes"),
           P("59M incidental 25 mm pancreatic tail lesion on CT. Ga-68 DOTATATE avid. EUS-FNA 2024 "
             "(24Q-017721): well-differentiated NET, Ki-67 1%. Distal pancreatectomy + splenectomy.", S["body"])]
    st += [I.section("Macroscopic"),
           P("\"DISTAL PANCREAS AND SPLEEN\": Distal pancreas 95 x 35 x 28 mm with attached spleen 110 g. "
             "Within the tail a well-circumscribed tan-yellow nodule 27 x 24 x 20 mm, 6 mm from the pancreatic "
             "transection margin, abutting but not invading the splenic vein. Blocks: A1 transection margin en face, "
             "A2-A6 tumour (A5 best), A7 splenic vein, A8-A10 nodes, A11 spleen.", S["body"])]
    st += [I.section("Microscopic"),
           P("Well-differentiated neuroendocrine tumour with nested and trabecular architecture, salt-and-pepper "
             "chromatin and moderate amphophilic cytoplasm. Mitoses 2 per 2 mm2. No necrosis. Perineural "
             "invasion present; small vessel invasion present (A4). Peripancreatic fat invaded. 0/7 lymph nodes. "
             "Margins clear.", S["body"]),
           PageBreak()]
    st += [I.section("Immunohistochemistry (original report 06/02/2026)")]
    rows = [["STAIN", "RESULT", "NOTE"],
            ["SYNAPTOPHYSIN", "POSITIVE", "DIFFUSE"],
            ["CHROMOGRANIN A", "POSITIVE", "DIFFUSE"],
            ["INSM1", "POSITIVE", "NUCLEAR"],
            ["SSTR2", "POSITIVE", "MEMBRANOUS, SCORE 3"],
            ["DAXX / ATRX", "RETAINED", "BOTH RETAINED"],
            ["INSULIN / GLUCAGON", "NEGATIVE", "NON-FUNCTIONING"],
            ["KI-67 (MIB-1)", "2 %", "HOT SPOT, SEE ADDENDUM"]]
    st.append(grid(rows, [48 * mm, 32 * mm, W - 80 * mm], S, mode="none", header=True, head_bg=None,
                   extra=[("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    st.append(Spacer(1, 4))
    st.append(P("WHO 2019 grading, pancreatic NET: G1 Ki-67 below 3% and/or mitoses below 2 per 2 mm2; G2 Ki-67 "
                "3-20% and/or mitoses 2-20 per 2 mm2; G3 Ki-67 above 20% and/or mitoses above 20 per 2 mm2. "
                "Where the two disagree the higher grade is assigned.", S["small"]))
    st += [I.section("Diagnosis"),
           P("DISTAL PANCREAS AND SPLEEN:<br/>"
             "&nbsp;&nbsp;- WELL-DIFFERENTIATED NEUROENDOCRINE TUMOUR, 27 MM, NON-FUNCTIONING.<br/>"
             "&nbsp;&nbsp;- WHO GRADE: SEE ADDENDUM (REVISED TO G2).<br/>"
             "&nbsp;&nbsp;- PERIPANCREATIC FAT INVASION, PERINEURAL AND SMALL VESSEL INVASION PRESENT.<br/>"
             "&nbsp;&nbsp;- MARGINS CLEAR (6 MM). LYMPH NODES 0/7. SPLEEN UNREMARKABLE.<br/>"
             "&nbsp;&nbsp;- pT2 pN0 (AJCC 8th, pancreatic NET).", S["bold"])]
    st += [Spacer(1, 6),
           P("Original report: DR E. MACALLISTER-YUEN, FRCPA   Validated 06/02/2026 16:48", S["body"])]
    labels = [
        L("Ki-67", "expression", "reported", "REVISED KI-67 PROLIFERATION INDEX: 4.2 %", percent=4.2),
        L("Ki-67", "expression", "reported", "well-differentiated NET, Ki-67 1%", percent=1, optional=True),
    ]
    return Report("6815", I, info, st, labels, doc="Amended resection report", tumour="Pancreas (NET)",
                  kinds=["AB", "SUP", "LEG", "PRI"])


def r6816():
    """FVMC small-bowel adenocarcinoma: isolated MSH6 loss, pan-TRK and HER2 in a table, MSI/TMB passed on."""
    I = INST["FVMC"]; S = I.S; W = I.width
    info = dict(patient="Patient P", mrn="FV-3380-1147", dob="10/05/1970", sex="Female", loc="Surgery 5 North",
                acc="FV26-S2604", ordering="Augustin Pelletier-Rao, MD", collected="02/20/2026 segmental resection",
                received="02/20/2026", reported="02/26/2026; addendum 03/09/2026", printed="03/09/2026 10:05",
                doc_title="SURGICAL PATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("DIAGNOSIS"),
           P("SMALL BOWEL (PROXIMAL JEJUNUM), SEGMENTAL RESECTION:", S["bold"]),
           P("1. ADENOCARCINOMA, MODERATELY DIFFERENTIATED, 4.1 CM, INVADING THROUGH THE MUSCULARIS PROPRIA INTO "
             "SUBSEROSAL TISSUE (pT3).", S["ind"]),
           P("2. LYMPH NODES: 0 OF 13 INVOLVED (pN0). MARGINS NEGATIVE.", S["ind"]),
           P("3. MISMATCH REPAIR: ISOLATED LOSS OF MSH6 (SEE BELOW). GENETIC COUNSELING RECOMMENDED.", S["ind"])]
    st += [I.section("ADDENDUM 03/09/2026 - OUTSIDE GENOMIC PROFILING (transcribed)"),
           P("Coralbay Molecular &amp; Pathology Partners, CB26-M05562 (block A4), comprehensive DNA panel, "
             "reported 03/06/2026:", S["body"]),
           kv([("Microsatellite status", "MSI-High"), ("Tumor mutational burden", "38 mut/Mb (TMB-High; laboratory cut-off 10 mut/Mb)"),
               ("Selected variants", "MSH6 c.3261del (p.F1088fs), pathogenic, VAF 47% - germline origin possible; "
                "ARID1A truncating variant"), ("Fusions", "RNA fusion panel not performed (DNA-only order)")],
              [44 * mm, W - 44 * mm], S, mode="grid", line=colors.HexColor("#9AA88A")),
           P("Addendum signed by Leontyne Marsh-Okoro, MD, 03/09/2026 09:55.", S["small"])]
    st += [I.section("IMMUNOHISTOCHEMISTRY (block A4)")]
    rows = [["Antibody", "Clone", "Staining", "Interpretation"],
            ["MLH1", "M1", "Nuclear staining present", "Intact"],
            ["PMS2", "A16-4", "Nuclear staining present", "Intact"],
            ["MSH2", "G219-1129", "Nuclear staining present", "Intact"],
            ["MSH6", "SP93", "No nuclear staining in tumor; internal control positive", "LOSS"],
            ["MMR panel", "-", "-", "Deficient (dMMR), isolated MSH6 loss"],
            ["pan-TRK", "EPR17341", "No staining", "Negative"],
            ["HER2", "4B5", "No membrane staining", "Score 0"],
            ["CK7 / CK20 / CDX2", "-", "CK7+, CK20 focal, CDX2+", "Consistent with small bowel primary"]]
    st.append(grid(rows, [32 * mm, 24 * mm, 70 * mm, W - 126 * mm], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#6F7F5A")))
    st.append(Spacer(1, 3))
    st.append(P("Note: isolated MSH6 loss can occasionally be induced by neoadjuvant chemoradiation; this patient "
                "received no preoperative therapy. Weak or patchy MSH6 staining should not be read as loss.",
                S["small"]))
    st += [I.section("COMMENT"),
           P("Isolated loss of MSH6 suggests a germline or somatic MSH6 defect. Lynch syndrome cannot be "
             "excluded; referral for genetic counseling and germline testing is recommended. Mismatch repair "
             "deficient small-bowel adenocarcinomas generally respond to immune checkpoint blockade. Results were "
             "communicated to Dr Pelletier-Rao on 02/26/2026.", S["bodyj"])]
    st += [I.section("CLINICAL HISTORY"),
           P("55-year-old woman with intermittent small bowel obstruction and iron deficiency. Capsule endoscopy "
             "and CT enterography: circumferential proximal jejunal mass. Mother had endometrial cancer at 52 "
             "(no tumor testing available).", S["body"])]
    st += [I.section("GROSS DESCRIPTION"),
           P("Received fresh labeled \"jejunum\" is a 24 cm segment of small bowel with attached mesentery. "
             "There is an annular, ulcerated, firm mass 4.1 x 3.6 cm located 9 cm from one margin and 11 cm "
             "from the other, producing luminal narrowing with proximal dilatation (4.2 cm diameter). The mass "
             "extends into the subserosal fat on sectioning; the serosa is not breached. Thirteen mesenteric "
             "lymph nodes 0.3 to 1.6 cm. Sections: A1 and A2 margins; A3-A6 tumor (A4 deepest, with adjacent "
             "mucosa); A7 uninvolved bowel; A8-A14 lymph nodes. Time to formalin: 19 minutes.", S["bodyj"])]
    st += [I.section("MICROSCOPIC DESCRIPTION"),
           P("Moderately differentiated adenocarcinoma forming irregular glands with dirty necrosis, invading "
             "through the muscularis propria into subserosal adipose tissue. A residual adenomatous component "
             "is present at one edge. Prominent tumor-infiltrating lymphocytes are seen. No lymphovascular or "
             "perineural invasion. Thirteen nodes are negative.", S["bodyj"])]
    st += [I.section("SYNOPTIC SUMMARY - SMALL INTESTINE")]
    st.append(kv2([("Tumor site", "Jejunum"), ("Histologic type", "Adenocarcinoma"), ("Grade", "G2"),
                   ("Tumor size", "4.1 cm")],
                  [("Tumor extent", "Subserosa (pT3)"), ("Nodes", "0/13"), ("Margins", "Negative"),
                   ("MMR IHC", "Deficient (MSH6)")],
                  [26 * mm, W / 2 - 26 * mm, 26 * mm, W / 2 - 26 * mm], S, mode="grid",
                  line=colors.HexColor("#9AA88A"), divider=False))
    st += [Spacer(1, 8),
           P("Attending pathologist: <b>Leontyne Marsh-Okoro, MD</b> - electronically signed 02/26/2026 15:12", S["body"]),
           P("Immunohistochemistry performed with appropriate positive and negative controls.", S["small"])]
    st += [PageBreak(), I.section("CASSETTE KEY"),
           grid([["Cassette", "Description", "Pieces"],
                 ["A1", "Proximal margin, en face", "1"], ["A2", "Distal margin, en face", "1"],
                 ["A3", "Tumor with serosa", "1"], ["A4", "Tumor, deepest invasion with adjacent mucosa", "1"],
                 ["A5-A6", "Tumor, additional sections", "2"], ["A7", "Uninvolved jejunum", "2"],
                 ["A8-A14", "Mesenteric lymph nodes (13)", "13"]],
                [22 * mm, W - 44 * mm, 22 * mm], S, mode="grid", head_bg=I.tint, line=colors.HexColor("#9AA88A")),
           I.section("REPORT HISTORY"),
           P("02/26/2026 15:12 final report; 03/09/2026 09:55 addendum 1 (outside genomic profiling transcribed). "
             "Copies to Augustin Pelletier-Rao, MD; Oncology Nurse Navigator; Hereditary Cancer Program.", S["body"])]
    labels = [
        L("MLH1", "expression", "positive", "MLH1 M1 Nuclear staining present Intact"),
        L("PMS2", "expression", "positive", "PMS2 A16-4 Nuclear staining present Intact"),
        L("MSH2", "expression", "positive", "MSH2 G219-1129 Nuclear staining present Intact"),
        L("MSH6", "expression", "negative", "LOSS", "ISOLATED LOSS OF MSH6"),
        L("MMR", "signature", "positive", "Deficient (dMMR), isolated MSH6 loss"),
        L("NTRK", "expression", "negative", "pan-TRK EPR17341 No staining Negative"),
        L("HER2", "expression", "negative", "HER2 4B5 No membrane staining Score 0", ihc_score="0"),
        L("MSI", "signature", "positive", "Microsatellite status MSI-High"),
        L("TMB", "signature", "positive", "38 mut/Mb (TMB-High", value="38 mut/Mb"),
        L("MSH6", "mutation", "positive", "MSH6 c.3261del (p.F1088fs), pathogenic", alteration="F1088fs"),
    ]
    return Report("6816", I, info, st, labels, doc="Resection report with genomic addendum", tumour="Small bowel",
                  kinds=["ST", "MOL", "FIX", "REL", "SY2"])


def r6817():
    """MRH oropharyngeal SCC: PD-L1 (CPS and TPS) and EGFR IHC in side-by-side synoptic columns."""
    I = INST["MRH"]; S = I.S; W = I.width
    info = dict(patient="Patient Q", hcn="9990-771-204-QB", dob="1960-10-02", sex="M", acc="MRH-AP-26-0954",
                ordering="Dr Saoirse Tremblay-Okoye (ENT)", collected="2026-02-10",
                reported="2026-02-18", printed="2026-02-18 10:30", doc_title="BIOPSY REPORT / RAPPORT DE BIOPSIE")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Diagnosis / Diagnostic"),
           P("Left tonsil and base of tongue, biopsies: <b>invasive squamous cell carcinoma, non-keratinizing, "
             "HPV-associated</b> (p16 block-positive; high-risk HPV RNA ISH positive).", S["body"])]
    st += [I.section("Clinical information / Renseignements cliniques"),
           P("65 M, left neck mass 4 cm, tonsillar asymmetry. Recurrent/metastatic setting not applicable; "
             "PD-L1 requested by the head and neck tumour board for trial screening.", S["body"])]
    st += [I.section("Microscopic / Microscopie"),
           P("Nests and ribbons of basaloid squamous cells with minimal keratinization, arising from crypt "
             "epithelium, with central comedo-type necrosis. Perineural invasion not seen in these biopsies.",
             S["body"])]
    st += [I.section("Biomarker synoptic / Synoptique des biomarqueurs (block B1)")]
    left = [("Antibody", "22C3 pharmDx (Dako Autostainer Link 48)"), ("Combined positive score (CPS)", "20"),
            ("Tumour proportion score (TPS)", "10%"), ("Viable tumour cells", "more than 100"),
            ("Status", "PD-L1 expressed (CPS 1 or more)")]
    right = [("Antibody", "31G7 (laboratory-developed)"), ("Staining", "Complete membranous"),
             ("Intensity", "Strong"), ("Percentage of tumour cells", "80%"), ("Score", "3+")]
    st.append(kv2(left, right, [40 * mm, W / 2 - 42 * mm, 38 * mm, W / 2 - 36 * mm], S, divider=True,
                  line=I.accent, mode="box", heads=("PD-L1 IMMUNOHISTOCHEMISTRY", "EGFR IMMUNOHISTOCHEMISTRY")))
    st.append(Spacer(1, 3))
    st.append(P("PD-L1 CPS = number of PD-L1-staining cells (tumour cells, lymphocytes, macrophages) divided by the "
                "number of viable tumour cells, x 100. Cut-offs used in trials include CPS 1 and CPS 20.",
                S["small"]))
    st += [I.section("Comment / Commentaire"),
           P("HPV association is supported by diffuse strong p16 and positive E6/E7 RNA in situ hybridization. "
             "EGFR protein was stained at the request of the clinical trials office; protein expression by "
             "immunohistochemistry does not predict response to anti-EGFR antibodies, and EGFR gene testing "
             "was not requested. Next-generation sequencing: not performed.", S["bodyj"]),
           Spacer(1, 6),
           P("Signature électronique / Electronically signed: <b>Dr Mathieu Oyelaran-Gagnon, FRCPC</b> 2026-02-18 10:22",
             S["body"])]
    labels = [
        L("PD-L1", "expression", "positive", "Combined positive score 20", "Tumour proportion score 10%",
          percent=10, value="CPS 20"),
        L("EGFR", "expression", "positive", "Percentage of tumour 80%", "Score 3+", ihc_score="3+", percent=80),
    ]
    return Report("6817", I, info, st, labels, doc="Biopsy report with biomarker synoptic", tumour="Oropharynx (SCC)",
                  kinds=["SY2", "LEG", "NP", "Q"])


def r6818():
    """HGH lung core: ROS1 IHC positive explained in a comment; PD-L1 below 1%; NGS failed; FISH sent out."""
    I = INST["HGH"]; S = I.S; W = I.width
    info = dict(patient="Patient R", mrn="H6012877", dob="21/09/1979", sex="F", loc="Respiratory OPD",
                acc="H26/05560", consultant="Dr N. Baptiste-Harrower", collected="16/02/2026",
                received="16/02/2026", reported="24/02/2026", printed="24/02/2026 17:02",
                doc_title="HISTOPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Clinical details"),
           P("46F never smoker. LLL mass 31 mm, mediastinal nodes. CT-guided core biopsy. \"Lung MDT - full "
             "predictive panel please.\"", S["body"])]
    st += [I.section("Macroscopy"),
           P("Two cores, 12 and 15 mm, in one cassette (A1). Three further unstained sections cut for molecular "
             "at the time of embedding.", S["body"])]
    st += [I.section("Microscopy"),
           P("Adenocarcinoma with solid and cribriform growth and scattered signet-ring-like cells with "
             "intracytoplasmic mucin. TTF-1 positive, napsin A focally positive, p40 negative.", S["body"])]
    st += [I.section("Predictive markers")]
    rows = [["Marker", "Clone", "Result"],
            ["ROS1", "D4D6", "Positive - diffuse moderate granular cytoplasmic staining"],
            ["ALK", "D5F3 (Ventana)", "Negative"],
            ["PD-L1", "22C3", "TPS <1%"]]
    st.append(grid(rows, [28 * mm, 32 * mm, W - 60 * mm], S, mode="lines", head_bg=None, line=I.accent))
    st.append(Spacer(1, 4))
    st += [P("Comment on the predictive markers. ROS1 protein is not normally detectable in lung "
                "adenocarcinoma, so diffuse staining with D4D6 is a sensitive screen for a ROS1 gene "
                "rearrangement; the stain is not specific, however, and a proportion of positive tumours carry no "
                "fusion, so the result needs molecular confirmation before ROS1-targeted therapy. Confirmatory "
                "ROS1 break-apart FISH has been sent to Kestrel Valley Reference Laboratories and will be reported "
                "as a supplementary report. ALK shows no staining, which makes an ALK rearrangement very unlikely. "
                "PD-L1 is expressed by fewer than 1% of tumour cells (no expression category).", S["bodyj"]),
           P("The NGS panel (EGFR, KRAS, BRAF, MET, RET, HER2, NTRK) failed quality control because of "
             "insufficient DNA (input 4 ng); no molecular result is available from this specimen. RNA-based "
             "fusion testing on a repeat biopsy or a plasma test is suggested if the FISH is uninformative.",
             S["bodyj"])]
    st += [I.section("Conclusion"),
           P("LLL lung, core biopsy: ADENOCARCINOMA (solid and cribriform), TTF-1 positive. ROS1 IHC positive "
             "(FISH pending); ALK IHC negative; PD-L1 TPS below 1%. Molecular panel failed.", S["diag"]),
           Spacer(1, 6),
           kv([("Reported by", "Dr Priyamvada Stroud-Ellison, Consultant Histopathologist"),
               ("Authorised", "24/02/2026 16:55 - electronic signature")], [28 * mm, W - 28 * mm], S)]
    st += [I.section("Tissue utilisation"),
           grid([["Step", "Sections", "Remaining tissue"],
                 ["Diagnostic H&amp;E, TTF-1, napsin A, p40", "4", "Adequate"],
                 ["ROS1, ALK, PD-L1", "3 + controls", "Adequate"],
                 ["NGS (curls, 10 um)", "6", "Block near exhausted"],
                 ["Held for FISH", "4 unstained", "Dispatched 23/02/2026"]],
                [70 * mm, 36 * mm, W - 106 * mm], S, mode="grid", head_bg=colors.HexColor("#C9D3E6"), line=I.accent),
           I.section("Lung MDT note (26/02/2026, appended)"),
           P("Outcome recorded by the MDT coordinator: await ROS1 FISH; plasma ctDNA test to be sent from clinic; "
             "patient to be seen in the lung oncology clinic on 03/03/2026.", S["body"])]
    labels = [
        L("ROS1", "expression", "positive", "D4D6 Positive - diffuse moderate granular cytoplasmic staining"),
        L("ALK", "expression", "negative", "ALK D5F3 (Ventana) Negative"),
        L("PD-L1", "expression", "negative", "PD-L1 22C3 TPS <1%", value="<1%"),
    ]
    return Report("6818", I, info, st, labels, doc="Lung core biopsy report", tumour="Lung",
                  kinds=["CP", "NP", "PEND", "Q"])


def r6819():
    """NCCC pleural fluid, mesothelioma work-up: bracketed stains in the diagnosis line, mesothelin in scope."""
    I = INST["NCCC"]; S = I.S; W = I.width
    info = dict(patient="Patient S", mrn="NB-207-8830", dob="07/07/1950", sex="M", acc="NC26-C1502",
                spec_type="Pleural fluid, left", ordering="Dr G. Achterberg-Sall (Resp.)",
                collected="20/02/2026", received="20/02/2026", reported="26/02/2026", printed="26/02/2026",
                doc_title="NON-GYNAECOLOGICAL CYTOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 6)]
    dx = [P("DIAGNOSIS", S["h2"]),
          P("Left pleural fluid: SUSPICIOUS FOR MALIGNANT MESOTHELIOMA, epithelioid type "
            "(calretinin +, WT1 +, D2-40 +; BAP1 nuclear loss; MTAP retained; mesothelin +; claudin-4 -, "
            "BerEP4 -, TTF-1 -).", S["diag"])]
    st.append(box(dx, W, border=I.accent, bg=colors.HexColor("#F1FAFA"), thick=1.2))
    st += [I.section("Clinical information"),
           P("75M, former shipyard electrician. Left pleural thickening with effusion; no lung mass on CT. "
             "Please exclude mesothelioma.", S["body"])]
    st += [I.section("Specimen"),
           P("400 mL straw-coloured fluid. Cytospins and cell block (CB1, formalin 20 h).", S["body"])]
    st += [I.section("Microscopy"),
           P("Abundant mesothelial cells in large papillary and morular groups with knobby outlines, windows "
             "between cells, cell-in-cell arrangements and mild to moderate atypia. No second foreign "
             "population.", S["bodyj"])]
    st += [I.section("Ancillary tests (CB1)"),
           P("The cells are mesothelial by immunoprofile. BAP1 shows loss of nuclear staining in the atypical "
             "cells with retained staining in inflammatory cells, which supports malignancy in this context. "
             "MTAP is retained. Mesothelin shows membranous positivity in most mesothelial cells. Claudin-4 and "
             "BerEP4 are negative, which argues against metastatic carcinoma.", S["body"]),
           P("Mesothelin is also expressed by ovarian, pancreatic and some lung carcinomas and by reactive "
             "mesothelium, so it does not separate benign from malignant mesothelial proliferations; it was "
             "added because the patient may be screened for a mesothelin-directed trial.", S["small"]),
           P("PD-L1 was requested by the respiratory team but could not be performed: fewer than 100 cells "
             "remained in CB1 after the diagnostic panel. CDKN2A (p16) FISH was not performed.", S["body"])]
    st += [I.section("Recommendation"),
           P("Because effusion cytology cannot assess invasion, tissue biopsy (thoracoscopic) is recommended for a "
             "definitive diagnosis and for PD-L1 testing.", S["body"])]
    st += [Spacer(1, 8),
           kv([("Reported by", "Dr Halima Westergaard, Consultant Cytopathologist"),
               ("Authorised", "26/02/2026 09:44")], [26 * mm, W - 26 * mm], S)]
    labels = [L("Mesothelin", "expression", "positive", "mesothelin +",
                "Mesothelin shows membranous positivity in most mesothelial cells")]
    return Report("6819", I, info, st, labels, doc="Effusion cytology", tumour="Pleural mesothelioma (cytology)",
                  kinds=["CY", "BG", "NP", "Q"])


def r6820():
    """LIP second opinion on HER2 in breast carcinoma: referring 3+, consultant 2+ with ISH not amplified."""
    I = INST["LIP"]; S = I.S; W = I.width
    info = dict(patient="Patient T", acc="LIP-C-2026-0241", printed="2026-03-09")
    st = [kv([("Our reference", "LIP-C-2026-0241"), ("Referring laboratory", "Quillon Memorial Hospital, episode 26Q-010066"),
              ("Patient", "Patient T, female, born 1975"), ("Material", "Block A3 (core biopsy, right breast), HER2 and ER/PR slides"),
              ("Date of report", "2026-03-09")], [36 * mm, W - 36 * mm], S, mode="lines", line=colors.HexColor("#C8A2AE")),
          Spacer(1, 8),
          P("Dr Rowena Nakashima-Fletcher<br/>Anatomical Pathology, Quillon Memorial Hospital", S["body"]),
          Spacer(1, 6),
          P("Dear Dr Nakashima-Fletcher,", S["body"]),
          P("You referred this case because the medical oncologist queried the HER2 score in view of the "
             "tumour's low grade and strong hormone receptor expression, and asked us to review the HER2 stain "
             "and perform in situ hybridization.", S["bodyj"])]
    st += [I.section("Summary of the referring report"),
           P("Invasive carcinoma of no special type, grade 1, right breast core biopsy. ER 95%, PR 10%, HER2 IHC "
             "3+ (4B5), Ki-67 12%.", S["body"])]
    st += [I.section("Review of the HER2 immunostain"),
           P("On your HER2 slide the invasive tumour shows weak to moderate, complete circumferential membrane "
             "staining in approximately 35% of cells; strong complete staining is confined to a small area of "
             "edge artefact at one end of the core and to the in situ component. In our opinion the invasive "
             "carcinoma scores <b>2+ (equivocal)</b>. We repeated the stain on a fresh section of block A3 "
             "(4B5, Ventana) with the same result.", S["bodyj"])]
    st += [I.section("HER2 in situ hybridization (performed here)"),
           kv([("Method", "Dual-colour bright-field ISH, HER2 and CEP17"),
               ("Nuclei scored", "40 (two observers)"),
               ("Mean HER2 signals per nucleus", "3.8"), ("Mean CEP17 signals per nucleus", "2.4"),
               ("HER2/CEP17 ratio", "1.6"), ("Result", "NOT AMPLIFIED (ISH group 5)")],
              [52 * mm, W - 52 * mm], S)]
    st += [I.section("Hormone receptors (reviewed, not repeated)"),
           P("We agree with your reading of oestrogen receptor (positive, &gt;95% of nuclei, strong) and "
             "progesterone receptor, which on our count is positive in 12% of tumour nuclei.", S["body"])]
    st += [I.section("Opinion"),
           P("<b>Right breast, core biopsy: invasive carcinoma of no special type, grade 1. HER2: IHC 2+ "
             "(equivocal) with no amplification by ISH (ratio 1.6, mean copy number 3.8) - HER2 NEGATIVE "
             "(HER2-low). ER positive, PR positive.</b>", S["body"]),
           P("We recommend that the referring report be amended. Tumours that are HER2-low by this definition may "
             "be considered for trastuzumab deruxtecan in the metastatic setting, but not for conventional "
             "HER2-directed therapy. I discussed the result with the treating oncologist, Dr Liang Sato, by "
             "telephone on 2026-03-09.", S["bodyj"]),
           Spacer(1, 6),
           P("Yours sincerely,", S["body"]), Spacer(1, 4),
           P("<i>electronically signed 2026-03-09 16:20</i><br/><b>Dr Ingrid Solberg-Achterhof</b><br/>"
             "Consultant Breast Pathologist", S["body"])]
    labels = [
        L("HER2", "expression", "equivocal", "scores 2+ (equivocal)", ihc_score="2+"),
        L("HER2", "amplification", "negative", "HER2/CEP17 ratio 1.6", "NOT AMPLIFIED (ISH group 5)", ratio=1.6),
        L("ER", "expression", "positive", "oestrogen receptor (positive, >95% of nuclei, strong)", value=">95%"),
        L("PR", "expression", "positive", "positive in 12% of tumour nuclei", percent=12),
        L("HER2", "expression", "positive", "HER2 IHC 3+ (4B5)", ihc_score="3+", optional=True),
        L("ER", "expression", "positive", "ER 95%, PR 10%", percent=95, optional=True),
        L("PR", "expression", "positive", "ER 95%, PR 10%", percent=10, optional=True),
        L("Ki-67", "expression", "reported", "Ki-67 12%", percent=12, optional=True),
    ]
    return Report("6820", I, info, st, labels, doc="Second-opinion consultation letter", tumour="Breast",
                  kinds=["SO", "SUP", "LEG", "Q"])
