"""Reports 6821-6830 of probe52. Every name, number and sentence is invented."""
from __future__ import annotations

from common import INST, L, Report, P, Spacer, PageBreak, CondPageBreak, KeepTogether, Table, TableStyle, colors, mm, grid, kv, kv2, box, Rule


def r6821():
    """TRCH relapsed osteosarcoma: GD2 asked for trial eligibility; eligibility legend; B7-H3 pending."""
    I = INST["TRCH"]; S = I.S; W = I.width
    info = dict(patient="Patient U", mrn="TR-0288-015", acc="TR-P26-00512", dob="04/03/2010", agesex="15 y / F",
                ordering="Teenage & Young Adult Oncology (Dr C. Ferreira-Quist)", collected="10/02/2026",
                status="FINAL", doc_title="HISTOPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Specimen"),
           P("Right lower lobe, wedge resection of pulmonary nodule (thoracoscopic).", S["body"])]
    st += [I.section("Clinical information and request"),
           P("Osteosarcoma of the left distal femur diagnosed 2024 (TR-P24-00930), treated with MAP chemotherapy "
             "and limb-salvage resection (Huvos grade II response). Now a solitary 14 mm right lung nodule. "
             "<b>Request:</b> confirm relapse; <b>GD2 immunohistochemistry required for eligibility for the "
             "anti-GD2 relapse study</b>; please also hold tissue for B7-H3.", S["body"])]
    st += [I.section("Macroscopy"),
           P("Wedge of lung 48 x 22 x 15 mm with a hard, gritty, white subpleural nodule 15 x 13 x 12 mm, 4 mm "
             "from the stapled margin. Decalcification was avoided: the nodule was sliced and blocks A1-A3 were "
             "processed without acid so that immunohistochemistry is not compromised.", S["body"])]
    st += [I.section("Microscopy"),
           P("Pleomorphic spindle and epithelioid malignant cells producing lace-like and trabecular osteoid, "
             "with areas of mineralised bone and chondroid matrix. Atypical mitoses are present. Necrosis about "
             "10%. The stapled margin is clear (4 mm). Background lung shows mild emphysema.", S["bodyj"])]
    st += [I.section("Immunohistochemistry (block A2)")]
    rows = [["Antibody", "Result", "Details"],
            ["SATB2", "Positive", "Nuclear, diffuse - osteoblastic lineage"],
            ["MDM2 / CDK4", "Negative", "No evidence of parosteal / low-grade central type"],
            ["Cytokeratin AE1/AE3", "Negative", "-"],
            ["GD2", "Positive", "Heterogeneous membranous and cytoplasmic staining, weak to moderate, in 40% of tumour cells"],
            ["B7-H3", "Pending", "Block A2 reserved; stain being validated"],
            ["Control", "Appropriate", "GD2: neuroblastoma control; SATB2: colon"]]
    st.append(grid(rows, [38 * mm, 24 * mm, W - 62 * mm], S, mode="grid", head_bg=I.tint, line=I.accent,
                   zebra=colors.HexColor("#FFF6F0")))
    st.append(Spacer(1, 4))
    st.append(box([P("For information - study eligibility wording supplied by the trials unit (not a result): "
                     "\"GD2 positive = membranous staining of any intensity in 10% or more of viable tumour cells on "
                     "a specimen obtained at or after relapse\". Whether this specimen meets the protocol is for the "
                     "trials unit to decide.", S["small"])], W, border=colors.grey, thick=0.5, pad=4))
    st += [I.section("Conclusion"),
           P("Right lower lobe nodule, wedge resection: METASTATIC OSTEOSARCOMA (conventional, osteoblastic), "
             "completely excised (margin 4 mm). GD2 positive in 40% of tumour cells. B7-H3 to follow.", S["diag"])]
    st += [Spacer(1, 6),
           kv([("Pathologist", "Dr Ewan Castellanos-Reid, Consultant Paediatric and Bone Pathologist"),
               ("Verified", "17/02/2026 12:32 (electronic)")], [30 * mm, W - 30 * mm], S)]
    labels = [L("GD2", "expression", "positive", "GD2 Positive Heterogeneous membranous", "GD2 positive in 40% of tumour cells",
                percent=40)]
    return Report("6821", I, info, st, labels, doc="Metastasectomy report", tumour="Osteosarcoma (lung metastasis)",
                  kinds=["ST", "Q", "LEG", "PEND", "FIX", "CTRL"])


def r6822():
    """QMH thyroid papillary carcinoma: BRAF VE1 and Ki-67 in a Courier stain table with a control line."""
    I = INST["QMH"]; S = I.S; W = I.width
    info = dict(patient="Patient V", mrn="Q0964417", acc="26Q-010318", dob="08/06/1987", sex="F",
                collected="23/02/2026", received="23/02/2026", ordering="Dr O. Fitzgerald-Nkemelu (ENT)",
                copy="Dr S. Patel-Quirke (Endo)", printed="02/03/2026 10:41")
    st = []
    st += [I.section("Clinical notes"),
           P("38F. Right thyroid nodule 22 mm, Bethesda VI on FNA (26C-001120). Total thyroidectomy + central "
             "neck dissection.", S["body"])]
    st += [I.section("Macroscopic"),
           P("A. \"TOTAL THYROID\" 24 g, right lobe 52 x 25 x 20 mm, left lobe 45 x 20 x 16 mm, isthmus 8 mm. "
             "Right lobe: firm white infiltrative nodule 21 x 18 x 15 mm, 1 mm from the posterior capsule. "
             "Blocks A1-A6 right (A3 best tumour), A7-A9 left, A10 isthmus.<br/>"
             "B. \"CENTRAL NECK\" fibrofatty tissue 40 x 25 x 8 mm, nodes B1-B4.", S["body"])]
    st += [I.section("Microscopic"),
           P("Papillary thyroid carcinoma, classic type, with well-formed papillae, nuclear clearing, grooves "
             "and pseudoinclusions and numerous psammoma bodies. Minimal extrathyroidal extension into "
             "perithyroidal fat (not upstaging). No angioinvasion. Left lobe: lymphocytic thyroiditis. "
             "Central neck: 2 of 6 nodes with metastatic PTC (largest 4 mm, no extranodal extension).", S["body"])]
    st += [I.section("Immunohistochemistry (block A3)")]
    rows = [["STAIN", "CLONE", "RESULT", "COMMENT"],
            ["TTF-1", "8G7G3/1", "POSITIVE", "NUCLEAR"],
            ["THYROGLOBULIN", "DAK-Tg6", "POSITIVE", "-"],
            ["HBME-1", "HBME-1", "POSITIVE", "MEMBRANOUS"],
            ["BRAF V600E", "VE1", "POSITIVE", "DIFFUSE CYTOPLASMIC, TUMOUR ONLY"],
            ["KI-67", "MIB-1", "2%", "LABELLING INDEX"],
            ["CONTROL", "-", "SATISFACTORY", "BRAF V600E-MUTANT COLON CA"]]
    st.append(grid(rows, [36 * mm, 24 * mm, 28 * mm, W - 88 * mm], S, mode="none", head_bg=None,
                   extra=[("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
                          ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)]))
    st.append(Spacer(1, 4))
    st += [P("COMMENT: The BRAF V600E mutation is found in roughly half of papillary thyroid carcinomas and in the "
             "classic and tall-cell subtypes especially. A positive VE1 stain is highly concordant with the "
             "mutation. TERT promoter sequencing has been sent to Coralbay (results will be issued by them). "
             "RET and NTRK rearrangement testing is not indicated at present.", S["body"])]
    st += [I.section("Diagnosis"),
           P("A. TOTAL THYROIDECTOMY: PAPILLARY THYROID CARCINOMA, CLASSIC TYPE, 21 MM, RIGHT LOBE; MINIMAL "
             "EXTRATHYROIDAL EXTENSION; MARGINS CLEAR (1 MM); NO ANGIOINVASION. BRAF V600E (VE1) POSITIVE.<br/>"
             "B. CENTRAL NECK: METASTATIC PTC IN 2 OF 6 NODES.<br/>"
             "pT2 pN1a (AJCC 8th).", S["bold"])]
    st += [Spacer(1, 6),
           P("Reported by: DR M. ACHTERBERG-OKONJO, FRCPA   Validated 02/03/2026 10:35", S["body"])]
    labels = [
        L("BRAF", "expression", "positive", "BRAF V600E VE1 POSITIVE", alteration="V600E"),
        L("Ki-67", "expression", "reported", "KI-67 MIB-1 2% LABELLING INDEX", percent=2),
    ]
    return Report("6822", I, info, st, labels, doc="Thyroidectomy report", tumour="Thyroid (PTC)",
                  kinds=["ST", "MX", "CTRL", "BG", "PEND", "NP"])


def r6823():
    """MRH salivary duct carcinoma: AR, HER2 and ER in an unruled table; therapy wording."""
    I = INST["MRH"]; S = I.S; W = I.width
    info = dict(patient="Patient W", hcn="9990-336-018-QC", dob="1953-12-19", sex="M", acc="MRH-AP-26-1077",
                ordering="Dr Thierry Baptiste-Nowak (Head & Neck Surgery)", collected="2026-02-19",
                reported="2026-02-27", printed="2026-02-27 14:08", doc_title="SURGICAL PATHOLOGY / PATHOLOGIE")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Final diagnosis / Diagnostic final"),
           P("Left parotid gland and level II neck dissection:", S["bold"]),
           P("SALIVARY DUCT CARCINOMA, 3.6 cm, with perineural and lymphovascular invasion; positive deep "
             "margin; metastatic carcinoma in 4 of 19 lymph nodes with extranodal extension.", S["diag"]),
           P("pT3 pN3b (AJCC 8th).", S["body"])]
    st += [I.section("Clinical information / Renseignements cliniques"),
           P("72 M, rapidly enlarging left parotid mass with facial nerve weakness. FNA: high-grade carcinoma.",
             S["body"])]
    st += [I.section("Gross / Macroscopie"),
           P("Total parotidectomy 6.5 x 4.8 x 3.0 cm with a firm, infiltrative, yellow-white tumour 3.6 cm "
             "with comedo-type necrosis, reaching the deep inked margin. Neck level II: 19 lymph nodes, the "
             "largest 2.8 cm and matted.", S["body"])]
    st += [I.section("Microscopic / Microscopie"),
           P("Large ducts with Roman-bridge cribriform architecture and comedonecrosis, apocrine cytology with "
             "abundant eosinophilic cytoplasm and large nucleoli. Perineural invasion of facial nerve branches.",
             S["body"])]
    st += [I.section("Predictive immunohistochemistry / Immunohistochimie prédictive (block A5)")]
    rows = [["Marker", "Clone", "Result", "Comment"],
            ["Androgen receptor", "SP107", "Positive, 90% of tumour nuclei, strong", "Eligible for androgen deprivation therapy discussion"],
            ["HER2", "4B5", "3+ (strong complete membranous, ~70%)", "ISH not required"],
            ["Oestrogen receptor", "SP1", "0%", "Negative"],
            ["GATA3", "L50-823", "Positive", "Lineage"],
            ["Control", "-", "Satisfactory", "Prostate (AR), breast (ER, HER2)"]]
    st.append(grid(rows, [34 * mm, 18 * mm, 62 * mm, W - 114 * mm], S, mode="none", head_bg=None,
                   extra=[("LINEBELOW", (0, 0), (-1, 0), 0.8, I.accent)]))
    st += [I.section("Comment / Commentaire"),
           P("The tumour is androgen receptor positive and HER2 positive (IHC 3+), a profile seen in a large "
             "proportion of salivary duct carcinomas. Both are potential treatment targets; management will be "
             "discussed at the head and neck tumour board on 2026-03-04. Metastatic breast carcinoma was "
             "considered but is unlikely given the clinical setting and negative oestrogen receptor. PD-L1 was "
             "not requested. Tumour mutation profiling can be requested on block A5 if systemic therapy is "
             "planned.", S["bodyj"]),
           Spacer(1, 6),
           P("Signé électroniquement / Electronically signed: <b>Dr Anaïs Kowalczyk-Dubé, FRCPC</b> 2026-02-27 14:01",
             S["body"])]
    labels = [
        L("AR", "expression", "positive", "Positive, 90% of tumour nuclei, strong", percent=90),
        L("HER2", "expression", "positive", "3+ (strong complete membranous, ~70%)", ihc_score="3+"),
        L("ER", "expression", "negative", "Oestrogen receptor SP1 0% Negative", percent=0),
    ]
    return Report("6823", I, info, st, labels, doc="Parotidectomy report", tumour="Parotid (salivary duct carcinoma)",
                  kinds=["ST", "CTRL", "DD", "NP"])


def r6824():
    """FVMC diffuse glioma: IDH1 R132H by IHC, p53 and Ki-67 in a mixed table; layered diagnosis; tests pending."""
    I = INST["FVMC"]; S = I.S; W = I.width
    info = dict(patient="Patient X", mrn="FV-4101-2958", dob="06/22/1990", sex="Male", loc="Neurosurgery ICU",
                acc="FV26-S2877", ordering="Ottoline Agbaje-Hart, MD", collected="02/25/2026 craniotomy",
                received="02/25/2026", reported="03/04/2026", printed="03/04/2026 13:12",
                doc_title="NEUROPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("INTEGRATED DIAGNOSIS (provisional, pending molecular)")]
    lay = [("Integrated diagnosis", "Astrocytoma, IDH-mutant, CNS WHO grade 3 (provisional; 1p/19q and CDKN2A/B pending)"),
           ("Histopathological classification", "Diffuse astrocytic glioma with increased mitotic activity"),
           ("CNS WHO grade", "3 (histological)"),
           ("Molecular information", "IDH1 R132H mutant protein expressed (IHC); ATRX loss; p53 overexpression. "
            "1p/19q FISH, MGMT promoter methylation and CDKN2A/B deletion studies sent out")]
    st.append(kv(lay, [52 * mm, W - 52 * mm], S, mode="grid", line=colors.HexColor("#9AA88A")))
    st += [I.section("INTRAOPERATIVE CONSULTATION"),
           P("FSA1 (left frontal lesion), smear and frozen section, 02/25/2026 09:38: \"Infiltrating glioma; "
             "diagnostic tissue obtained.\" Reported to Dr Agbaje-Hart by telephone at 09:44.", S["body"])]
    st += [I.section("MOLECULAR STUDIES - STATUS")]
    st.append(grid([["Study", "Material", "Laboratory", "Status"],
                    ["1p/19q codeletion (FISH)", "Block A3", "Kestrel Valley Reference Laboratories", "Pending"],
                    ["CDKN2A/B homozygous deletion (FISH)", "Block A3", "Kestrel Valley Reference Laboratories", "Pending"],
                    ["MGMT promoter methylation (pyrosequencing)", "Block A4", "Kestrel Valley Reference Laboratories", "Pending"],
                    ["DNA methylation profiling", "-", "-", "Not requested"]],
                   [64 * mm, 22 * mm, 58 * mm, W - 144 * mm], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#6F7F5A")))
    st += [I.section("CLINICAL HISTORY"),
           P("35-year-old man with new-onset seizures; MRI shows a non-enhancing T2/FLAIR-hyperintense left "
             "frontal mass 5.2 cm with a small focus of patchy enhancement. Subtotal resection.", S["body"])]
    st += [I.section("GROSS DESCRIPTION"),
           P("Received fresh for intraoperative consultation and subsequently in formalin, multiple fragments of "
             "soft gray-tan tissue, aggregate 4.5 x 3.8 x 1.2 cm; frozen section remnant FSA1, remainder A2-A6. "
             "A portion was snap-frozen for the tumor bank.", S["body"])]
    st += [I.section("MICROSCOPIC DESCRIPTION"),
           P("Moderately to highly cellular diffuse glioma composed of astrocytic cells with irregular "
             "hyperchromatic elongated nuclei infiltrating cortex with perineuronal satellitosis. Mitoses are "
             "readily identified (6 per 10 HPF). No microvascular proliferation or necrosis is seen.", S["bodyj"])]
    st += [I.section("IMMUNOHISTOCHEMISTRY (block A3)")]
    rows = [["Antibody", "Clone", "Result", "Extent / comment"],
            ["GFAP", "EP672Y", "Positive", "Fibrillary processes"],
            ["OLIG2", "EP112", "Positive", "Nuclear, most tumor cells"],
            ["IDH1 R132H", "H09", "Positive", "Diffuse cytoplasmic staining of tumor cells"],
            ["ATRX", "BSB-108", "Loss", "Nuclear loss in tumor; retained in endothelium"],
            ["p53", "DO-7", "Positive", "Strong nuclear staining in ~70% of tumor cells (overexpression)"],
            ["Ki-67", "MIB-1", "8%", "Labeling index, highest area"],
            ["H3 K27M", "RM192", "Negative", "-"],
            ["Neurofilament", "2F11", "Entrapped axons", "Infiltrative pattern"],
            ["IDH1 R132H control", "-", "Acceptable", "Known IDH1-mutant glioma"]]
    st.append(grid(rows, [34 * mm, 22 * mm, 28 * mm, W - 84 * mm], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#6F7F5A")))
    st += [I.section("COMMENT"),
           P("IDH1 R132H expression together with ATRX loss and p53 overexpression supports an IDH-mutant "
             "astrocytoma. The mitotic activity supports grade 3; the final integrated diagnosis awaits 1p/19q "
             "(to exclude oligodendroglioma, although ATRX loss makes this very unlikely) and CDKN2A/B status "
             "(homozygous deletion would raise the grade to 4). Samples were sent to Kestrel Valley Reference "
             "Laboratories on 03/02/2026.", S["bodyj"]),
           P("Methods note: IDH1 R132H immunohistochemistry detects the most common IDH mutation only; in "
             "R132H-negative diffuse gliomas, IDH1 and IDH2 sequencing is recommended, particularly in patients "
             "younger than 55 years.", S["small"]),
           Spacer(1, 6),
           P("Neuropathologist: <b>Quentin Holloway-Adeyemi, MD</b> - electronically signed 03/04/2026 13:05", S["body"])]
    labels = [
        L("IDH1", "expression", "positive", "IDH1 R132H H09 Positive", alteration="R132H"),
        L("TP53", "expression", "positive", "Strong nuclear staining in ~70% of tumor cells (overexpression)", percent=70),
        L("Ki-67", "expression", "reported", "Ki-67 MIB-1 8%", percent=8),
    ]
    return Report("6824", I, info, st, labels, doc="Neuropathology report", tumour="Brain (IDH-mutant astrocytoma)",
                  kinds=["MX", "CTRL", "PEND", "MTH", "SY"])


def r6825():
    """CBMP molecular addendum passing on a partner laboratory's colorectal panel; polymorphism, failed RNA."""
    I = INST["CBMP"]; S = I.S; W = I.width
    info = dict(patient="Patient Y", acc="CB26-M05120", printed="03/02/2026",
                doc_title="MOLECULAR PATHOLOGY ADDENDUM - COLORECTAL PANEL")
    st = [kv2([("Patient", "Patient Y"), ("DOB", "12/01/1958"), ("Sex", "F"), ("Client MRN", "SOUMC 0077-19-5521")],
              [("Specimen ID", "CB26-M05120"), ("Client accession", "S26-30411, block B2"),
               ("Specimen", "Liver, segment 6, metastasectomy"), ("Ordering", "Felix Achterberg-Lowe, MD")],
              [24 * mm, 58 * mm, 32 * mm, W - 114 * mm], S, mode="box", line=I.accent),
          Spacer(1, 4),
          P("Sequencing for this order was performed by our partner laboratory, Kestrel Valley Reference "
            "Laboratories (KV-26-M1311, final 02/27/2026). Their findings are transmitted below without change "
            "to the interpretation. Tumor content of the submitted area: 60%.", S["body"])]
    st += [I.section("Results")]
    rows = [["Gene / test", "Result", "Detail", "Tier"],
            ["KRAS", "No mutation detected", "Exons 2, 3, 4 (codons 12, 13, 59, 61, 117, 146)", "-"],
            ["NRAS", "No mutation detected", "Exons 2, 3, 4", "-"],
            ["BRAF", "No mutation detected", "V600 and non-V600 class 2/3 hotspots", "-"],
            ["PIK3CA", "No mutation detected", "Exons 9 and 20", "-"],
            ["ERBB2 (HER2)", "Not amplified", "Estimated copy number 2.1", "-"],
            ["APC", "c.4348C>T, p.R1450*", "VAF 38%; pathogenic", "II"],
            ["TP53", "c.215C>G, p.P72R", "Common benign polymorphism; not a reportable finding", "Benign"],
            ["Microsatellite status", "Stable (MSS)", "130 loci", "-"],
            ["Tumor mutational burden", "4 mut/Mb", "Low (TMB-High defined as 10 mut/Mb or more)", "-"],
            ["NTRK1/2/3, RET, ALK fusions", "Not reported", "RNA library failed quality control", "-"]]
    st.append(grid(rows, [40 * mm, 38 * mm, W - 96 * mm, 18 * mm], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#8FA9C9"), zebra=colors.HexColor("#F4F8FC")))
    st += [I.section("Interpretation"),
           P("RAS/RAF wild type, HER2 not amplified, microsatellite stable with low tumor mutational burden. The "
             "tumor is RAS wild type for the purpose of anti-EGFR antibody eligibility (left-sided primary per "
             "the requisition). The fusion analysis did not produce a result; repeat on another block can be "
             "requested if clinically indicated.", S["bodyj"])]
    st += [I.section("Methods and limitations"),
           P("Hybrid-capture DNA panel (324 genes) and an amplicon RNA fusion panel; limit of detection 5% VAF for "
             "single-nucleotide variants at 250x minimum coverage. Variants are classified in four tiers "
             "(tier I-II reportable; tier III uncertain; benign/likely benign not reported except where noted "
             "for clarity). Germline variants cannot be distinguished from somatic variants without a normal "
             "sample. Reference genome GRCh38.", S["small"]),
           P("Genes on the panel with clinical relevance to colorectal cancer include KRAS, NRAS, BRAF, ERBB2, "
             "PIK3CA, POLE, MLH1, MSH2, MSH6, PMS2 and NTRK1-3. The full gene list is available at "
             "coralbay-mpp.invalid/panels.", S["small"]),
           Spacer(1, 6),
           P("<b>Electronically signed:</b> Anneliese Marchetti-Rowe, MD, PhD - Molecular Genetic Pathology - 03/02/2026 08:40",
             S["body"]),
           PageBreak()]
    st += [I.section("Appendix A - Sample and sequencing quality"),
           grid([["Metric", "Value", "Acceptance"],
                 ["Tumor content (pathologist estimate, macrodissected)", "60%", "20% or more"],
                 ["DNA input", "52 ng", "40 ng or more"],
                 ["Median exon coverage", "612x", "250x or more"],
                 ["Exons at 250x or more", "97.4%", "95% or more"],
                 ["RNA input", "11 ng", "20 ng or more - FAILED"],
                 ["RNA control genes (reads)", "3,210", "10,000 or more - FAILED"]],
                [80 * mm, 40 * mm, W - 120 * mm], S, mode="lines", head_bg=I.tint, line=I.accent),
           I.section("Appendix B - Variant detail (tier I-II and variants mentioned)"),
           grid([["Gene", "Transcript", "cDNA", "Protein", "VAF", "Depth", "Class"],
                 ["APC", "NM_000038.6", "c.4348C>T", "p.Arg1450Ter", "38%", "544", "Pathogenic"],
                 ["TP53", "NM_000546.6", "c.215C>G", "p.Pro72Arg", "52%", "701", "Benign (polymorphism)"]],
                [18 * mm, 30 * mm, 24 * mm, 30 * mm, 14 * mm, 16 * mm, W - 132 * mm], S, mode="grid",
                head_bg=I.tint, line=colors.HexColor("#8FA9C9")),
           I.section("Appendix C - Glossary"),
           P("MSS: microsatellite stable. MSI-H: microsatellite instability-high. TMB: tumor mutational burden, "
             "non-synonymous somatic mutations per megabase of coding sequence. VAF: variant allele fraction. "
             "Tier I/II: variants of strong or potential clinical significance; tier III: uncertain significance; "
             "tier IV: benign or likely benign.", S["small"]),
           P("This addendum is supplementary to the client's surgical pathology report S26-30411 and should be "
             "read together with it.", S["small"])]
    labels = [
        L("KRAS", "mutation", "negative", "KRAS No mutation detected"),
        L("NRAS", "mutation", "negative", "NRAS No mutation detected"),
        L("BRAF", "mutation", "negative", "BRAF No mutation detected"),
        L("PIK3CA", "mutation", "negative", "PIK3CA No mutation detected"),
        L("HER2", "amplification", "negative", "ERBB2 (HER2) Not amplified"),
        L("MSI", "signature", "negative", "Stable (MSS)"),
        L("TMB", "signature", "negative", "Tumor mutational burden 4 mut/Mb", value="4 mut/Mb"),
    ]
    return Report("6825", I, info, st, labels, doc="Molecular addendum passing on a partner laboratory's result",
                  tumour="Colorectal (liver metastasis)", kinds=["TM", "MOL", "VUS", "NP", "MTH", "LEG"])


def r6826():
    """HGH bladder TURBT: PD-L1 CPS and HER2 IHC; earlier TURBT's PD-L1 for comparison; FGFR3 sent out."""
    I = INST["HGH"]; S = I.S; W = I.width
    info = dict(patient="Patient Z", mrn="H3308145", dob="29/02/1952", sex="M", loc="Urology Day Unit",
                acc="H26/06014", consultant="Mr K. Adeyemi-Larsen", collected="19/02/2026",
                received="19/02/2026", reported="03/03/2026", printed="03/03/2026 12:26",
                doc_title="HISTOPATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 4)]
    st += [I.section("Clinical details"),
           P("Recurrent bladder tumour (previous TURBT H23/11782: pT1 high-grade urothelial carcinoma). Now "
             "4 cm solid left lateral wall tumour and hydronephrosis. Metastatic work-up in progress. "
             "Oncology request: PD-L1 and HER2.", S["body"])]
    st += [I.section("Cystoscopy findings (from request)"),
           P("Solid sessile tumour 4 cm on the left lateral wall extending towards the left ureteric orifice; "
             "separate 5 mm papillary lesion at the dome, resected with part A. Bimanual examination after "
             "resection: mobile thickening.", S["body"])]
    st += [I.section("Macroscopy"),
           P("A: \"Bladder tumour\" - multiple chips 11 g, all embedded (A1-A8). B: \"Deep muscle\" - 2 g, B1-B2.",
             S["body"])]
    st += [I.section("Microscopy"),
           P("High-grade urothelial carcinoma with nested and micropapillary-like areas, invading detrusor muscle "
             "in A5 and B1. Lymphovascular invasion is present. The micropapillary-like component is below 10% "
             "and is regarded as retraction artefact (EMA reverse polarity not seen).", S["bodyj"])]
    st += [I.section("Biomarkers (block B1)")]
    rows = [["Test", "Assay", "Result", "Scoring used"],
            ["PD-L1", "22C3 pharmDx", "CPS 15 - positive", "Combined positive score; positive at CPS 10 or more"],
            ["HER2", "4B5", "2+", "Weak to moderate complete membrane staining in about 30% of tumour cells"],
            ["GATA3", "L50-823", "Positive", "Urothelial lineage"]]
    st.append(grid(rows, [22 * mm, 30 * mm, 36 * mm, W - 88 * mm], S, mode="box", head_bg=colors.HexColor("#C9D3E6"),
                   line=I.accent))
    st.append(Spacer(1, 3))
    st.append(P("HER2 in urothelial carcinoma is scored with the gastric/breast-derived scale used in this laboratory "
                "(0, 1+, 2+, 3+); 2+ is regarded as HER2-expressing for trial purposes and is not an ISH "
                "indication outside trials. For comparison, PD-L1 on the 2023 tumour (H23/11782) was CPS &lt;1.",
                S["small"]))
    st += [I.section("Conclusion"),
           P("Bladder, TURBT: INVASIVE HIGH-GRADE UROTHELIAL CARCINOMA, muscle (detrusor) invasive - at least pT2. "
             "LVI present. PD-L1 CPS 15. HER2 IHC 2+.", S["diag"])]
    st += [I.section("Dataset (TURBT)")]
    st.append(kv2([("Histological type", "Urothelial carcinoma, conventional"), ("Grade", "High grade"),
                   ("Subtypes / divergent differentiation", "None (<10% micropapillary-like areas, see text)"),
                   ("CIS", "Not identified")],
                  [("Muscularis propria present", "Yes"), ("Muscularis propria invasion", "Present"),
                   ("LVI", "Present"), ("Stage", "At least pT2")],
                  [38 * mm, W / 2 - 38 * mm, 38 * mm, W / 2 - 38 * mm], S, mode="grid",
                  line=colors.HexColor("#8090B0"), divider=False))
    st += [I.section("Comment"),
           P("FGFR3 alteration testing (RNA/DNA) has been sent to Coralbay Molecular &amp; Pathology Partners and "
             "will be reported separately. Nectin-4 immunohistochemistry is not offered by this laboratory and is "
             "not required before enfortumab vedotin.", S["body"]),
           Spacer(1, 6),
           kv([("Reported by", "Dr Felicity Owusu-Brandvold, Consultant Uropathologist"),
               ("Authorised", "03/03/2026 12:20 - electronic signature")], [28 * mm, W - 28 * mm], S)]
    st += [I.section("Previous urological histology on record"),
           grid([["Lab No", "Date", "Specimen", "Diagnosis"],
                 ["H23/11782", "14/06/2023", "TURBT", "pT1 high-grade papillary urothelial carcinoma; muscle present, not invaded"],
                 ["H23/15520", "02/10/2023", "Re-TURBT", "No residual tumour; muscularis propria present"],
                 ["H24/08813", "21/05/2024", "Bladder biopsies", "Reactive changes after BCG; no CIS"]],
                [24 * mm, 24 * mm, 30 * mm, W - 78 * mm], S, mode="lines", head_bg=None, line=I.accent)]
    labels = [
        L("PD-L1", "expression", "positive", "CPS 15 - positive", value="CPS 15"),
        L("HER2", "expression", "equivocal", "HER2 4B5 2+", ihc_score="2+"),
        L("PD-L1", "expression", "negative", "(H23/11782) was CPS <1", value="CPS <1", optional=True),
    ]
    return Report("6826", I, info, st, labels, doc="TURBT report", tumour="Bladder (urothelial)",
                  kinds=["ST", "PRI", "PEND", "LEG", "Q", "NP"])


def r6827():
    """KVRL bilateral breast carcinomas: every biomarker given in two specimen columns."""
    I = INST["KVRL"]; S = I.S; W = I.width
    info = dict(patient="Patient AA", dob="05/11/1966", sex="F", acc="KV-26-121440",
                client="Sagebrush Valley Medical Group", ordering="Hortensia Wabara-Lund, MD", client_ref="SV-26-3310",
                copy="Ignatius Pereira-Oduya, MD", collected="02/16/2026", received="02/17/2026",
                reported="02/23/2026", printed="02/23/2026 18:12", doc_title="SURGICAL PATHOLOGY REPORT")
    st = [I.demographics(info), Spacer(1, 5)]
    st += [I.section("FINAL DIAGNOSIS"),
           P("A. LEFT BREAST, 10 O'CLOCK, ULTRASOUND-GUIDED CORE BIOPSY:", S["bold"]),
           P("- Invasive lobular carcinoma, classic type, Nottingham grade 1 (score 5) in the cores examined.", S["ind"]),
           P("B. RIGHT BREAST, 7 O'CLOCK, ULTRASOUND-GUIDED CORE BIOPSY:", S["bold"]),
           P("- Invasive ductal carcinoma, Nottingham grade 3 (score 9), with necrosis.", S["ind"]),
           P("- High-grade ductal carcinoma in situ, solid type.", S["ind"]),
           P("See biomarker table: the two tumors have different receptor profiles, consistent with two "
             "independent primaries.", S["body"])]
    st += [I.section("CLINICAL HISTORY"),
           P("59-year-old woman with bilateral abnormalities on screening: left 10 o'clock architectural distortion "
             "(BI-RADS 4C), right 7 o'clock irregular 1.7 cm mass (BI-RADS 5). No personal history of breast "
             "cancer. Mother diagnosed with breast cancer at 61 (\"hormone-positive\", per patient).", S["body"])]
    st += [I.section("BIOMARKER RESULTS")]
    rows = [["Biomarker", "Part A - left breast (block A1)", "Part B - right breast (block B2)"],
            ["Estrogen receptor (SP1)", "Positive - 95%, strong", "Negative - 0%"],
            ["Progesterone receptor (1E2)", "Positive - 80%, moderate to strong", "Negative - 0%"],
            ["HER2 IHC (4B5)", "0 (no staining)", "3+ (strong complete membrane staining, >90%)"],
            ["HER2 ISH", "Not performed", "Not performed (IHC 3+)"],
            ["Ki-67 (30-9)", "10%", "60%"],
            ["E-cadherin (36)", "Negative (lobular)", "Positive"]]
    st.append(grid(rows, [46 * mm, (W - 46 * mm) / 2, (W - 46 * mm) / 2], S, mode="grid", head_bg=I.tint,
                   line=colors.HexColor("#999999")))
    st.append(Spacer(1, 3))
    st.append(P("Categories: ER/PR positive at 1% or more (1-10% reported as low positive). HER2 0 is HER2-negative "
                "and is not HER2-low; tumors with faint staining in 10% or fewer cells (HER2-ultralow) are reported "
                "as such when present. External controls performed as expected for each run.", S["small"]))
    st += [I.section("GROSS DESCRIPTION")]
    st += [P("A. Received in formalin labeled \"left breast 10:00 US core,\" five cores of yellow-tan tissue from "
             "0.8 to 1.7 cm, entirely submitted in A1. Time to formalin recorded by radiology: 10:42; fixation "
             "duration 31 hours.", S["bodyj"]),
           P("B. Received in formalin labeled \"right breast 7:00 US core with clip,\" six cores of white-tan "
             "tissue from 0.6 to 1.9 cm, submitted in B1-B2 (three cores each). Time to formalin 10:58; "
             "fixation duration 30 hours.", S["bodyj"])]
    st += [I.section("MICROSCOPIC DESCRIPTION")]
    st += [P("A. The cores show discohesive small uniform cells infiltrating singly and in single-file cords "
             "around ducts, with intracytoplasmic vacuoles and minimal pleomorphism. Mitoses are rare. Lobular "
             "carcinoma in situ is present in one core. E-cadherin is lost in tumor cells, supporting lobular "
             "differentiation.", S["bodyj"]),
           P("B. The cores show sheets of markedly pleomorphic cells with central necrosis and frequent mitoses "
             "(25 per 10 HPF), with no tubule formation. A component of solid high-grade DCIS with comedonecrosis "
             "is present. Tumor-infiltrating lymphocytes are moderate (about 30%).", S["bodyj"])]
    st += [I.section("COMMENT"),
           P("The contrasting morphology and biomarker profiles indicate two separate primary carcinomas rather "
             "than contralateral spread. The right-sided tumor is HER2-positive and hormone-receptor negative; "
             "the left-sided tumor is hormone-receptor positive and HER2 0. Multidisciplinary review is scheduled. "
             "Genetic counseling may be considered given bilateral disease; germline testing (for example BRCA1, "
             "BRCA2, PALB2, CDH1) is at the discretion of the clinical team and is not performed by this "
             "laboratory.", S["bodyj"])]
    st += [I.section("METHODS"),
           P("Immunohistochemistry: Ventana Benchmark Ultra with ER SP1, PR 1E2, HER2 4B5 (PATHWAY), Ki-67 30-9 "
             "and E-cadherin 36. Ki-67 is reported as the average percentage of positive invasive tumor nuclei "
             "counted in at least three high-power fields. HER2 scoring follows the ASCO/CAP 2023 update. Cold "
             "ischemia times were under one hour for both specimens.", S["small"]),
           Spacer(1, 6),
           P("Electronically signed by <b>Delphine Ocampo-Reyes, MD</b>, Breast Pathology, 02/23/2026 18:05<br/>"
             "Intradepartmental consultation: Noor Castellanos-Whitby, MD (agrees).", S["body"])]
    st += [PageBreak(), I.section("SPECIMEN TRACKING"),
           grid([["Part", "Container label", "Collected", "Into formalin", "Received", "Grossed"],
                 ["A", "left breast 10:00 US core", "02/16/2026 10:31", "02/16/2026 10:42", "02/17/2026 08:05", "02/17/2026 11:20"],
                 ["B", "right breast 7:00 US core with clip", "02/16/2026 10:49", "02/16/2026 10:58", "02/17/2026 08:05", "02/17/2026 11:26"]],
                [12 * mm, 52 * mm, 30 * mm, 30 * mm, 30 * mm, W - 154 * mm], S, mode="grid", head_bg=I.tint,
                line=colors.HexColor("#999999")),
           I.section("REPORT HISTORY"),
           grid([["Date / time", "Event"],
                 ["02/18/2026 16:40", "Preliminary diagnosis (H&amp;E) phoned to Dr Wabara-Lund"],
                 ["02/21/2026 12:02", "Biomarker stains completed, part A and part B"],
                 ["02/23/2026 18:05", "Final report signed; interface result to Sagebrush Valley Medical Group"]],
                [36 * mm, W - 36 * mm], S, mode="lines", head_bg=None, line=colors.HexColor("#999999"))]
    labels = [
        L("ER", "expression", "positive", "Positive - 95%, strong", percent=95),
        L("ER", "expression", "negative", "Estrogen receptor (SP1) Positive - 95%, strong Negative - 0%", percent=0),
        L("PR", "expression", "positive", "Positive - 80%, moderate to strong", percent=80),
        L("PR", "expression", "negative", "Progesterone receptor (1E2) Positive - 80%, moderate to strong Negative - 0%", percent=0),
        L("HER2", "expression", "negative", "HER2 IHC (4B5) 0 (no staining)", ihc_score="0"),
        L("HER2", "expression", "positive", "3+ (strong complete membrane staining, >90%)", ihc_score="3+"),
        L("Ki-67", "expression", "reported", "Ki-67 (30-9) 10% 60%", percent=10),
        L("Ki-67", "expression", "reported", "Ki-67 (30-9) 10% 60%", percent=60),
    ]
    return Report("6827", I, info, st, labels, doc="Bilateral core biopsy report", tumour="Breast (bilateral)",
                  kinds=["BK", "LEG", "REL", "NP", "MTH"])


def r6828():
    """LIP cytology consultation, pancreatic EUS-FNA: synoptic cytology in two columns; KRAS passed on."""
    I = INST["LIP"]; S = I.S; W = I.width
    info = dict(patient="Patient AB", acc="LIP-C-2026-0266", printed="2026-03-13")
    st = [kv([("Our reference", "LIP-C-2026-0266 (cytopathology consultation)"),
              ("Referring laboratory", "Northbay Comprehensive Cancer Centre, NC26-C1633"),
              ("Patient", "Patient AB, male, born 1958"),
              ("Material", "EUS-FNA pancreatic head: 4 Papanicolaou smears, 2 Diff-Quik smears, cell block CB1"),
              ("Received / reported", "2026-03-05 / 2026-03-13")], [36 * mm, W - 36 * mm], S, mode="lines",
             line=colors.HexColor("#C8A2AE")),
          Spacer(1, 6),
          P("Referring question: \"Adenocarcinoma versus atypical cells in chronic pancreatitis? Oncology also "
            "asks for mismatch repair status and for mesothelin (trial screening) if malignant.\"", S["ital"])]
    st += [I.section("Synoptic cytopathology report")]
    left = [("Specimen", "EUS-FNA, pancreatic head mass 28 mm"), ("Adequacy", "Satisfactory"),
            ("Category", "VI - Malignant"), ("Interpretation", "Adenocarcinoma, ductal type"),
            ("Cell block", "CB1, cellular (about 500 tumour cells)")]
    right = [("MLH1", "Retained"), ("PMS2", "Retained"), ("MSH2", "Retained"), ("MSH6", "Retained"),
             ("Mismatch repair status", "Proficient"), ("Mesothelin (5B2)", "Positive, 70% of tumour cells, membranous")]
    st.append(kv2(left, right, [26 * mm, W / 2 - 28 * mm, 36 * mm, W / 2 - 34 * mm], S, divider=True,
                  line=I.accent, heads=("Cytology", "Immunocytochemistry on CB1")))
    st += [I.section("Cytological findings"),
           P("The smears contain crowded, disorganised sheets of ductal cells with loss of honeycomb pattern "
             "('drunken honeycomb'), nuclear enlargement with anisonucleosis greater than 4:1, irregular nuclear "
             "contours and parachromatin clearing, with single atypical cells and background necrosis. Benign "
             "acinar cells and duodenal contaminant are present separately.", S["bodyj"])]
    st += [I.section("Molecular result (from the referring laboratory)"),
           P("The referring laboratory reports a KRAS c.35G&gt;A (p.G12D) mutation, detected by "
             "hotspot PCR on CB1 (Northbay Molecular, NM26-0412, 2026-03-02). This supports the cytological "
             "diagnosis of ductal adenocarcinoma. A SMAD4 stain was not performed.", S["bodyj"])]
    st += [I.section("Opinion"),
           P("<b>Pancreas, head, EUS-FNA: malignant - ductal adenocarcinoma. Mismatch repair proficient. "
             "Mesothelin expressed.</b>", S["body"]),
           P("Mesothelin is expressed by most pancreatic ductal adenocarcinomas and is not a diagnostic marker "
             "here; it was performed only because the oncology team asked for it. Mismatch repair deficiency is "
             "rare in pancreatic cancer; the retained staining means immunotherapy on the basis of dMMR does not "
             "apply. Serum CA 19-9 (reported by the referring clinician as 845 U/mL) is not part of this "
             "assessment.", S["bodyj"]),
           Spacer(1, 6),
           P("<i>electronically signed 2026-03-13 11:30</i><br/><b>Dr Matthias Lundqvist-Obi</b><br/>"
             "Consultant Cytopathologist", S["body"]),
           Spacer(1, 6),
           P("Material made here: MLH1, PMS2, MSH2, MSH6 and mesothelin immunostains and one H&amp;E level from "
             "CB1, retained under LIP-C-2026-0266. The referring smears and cell block are returned by courier "
             "with this report. Copy to: Dr Halima Westergaard (Northbay Cytopathology); Dr Yusuf Akintola-Berg "
             "(Upper GI Oncology).", S["smalli"])]
    labels = [
        L("MLH1", "expression", "positive", "MLH1 Retained"),
        L("PMS2", "expression", "positive", "PMS2 Retained"),
        L("MSH2", "expression", "positive", "MSH2 Retained"),
        L("MSH6", "expression", "positive", "MSH6 Retained"),
        L("MMR", "signature", "negative", "Mismatch repair Proficient"),
        L("Mesothelin", "expression", "positive", "Mesothelin (5B2) Positive, 70% of tumour cells", percent=70),
        L("KRAS", "mutation", "positive", "KRAS c.35G>A (p.G12D) mutation", alteration="G12D"),
    ]
    return Report("6828", I, info, st, labels, doc="Cytopathology consultation", tumour="Pancreas (FNA)",
                  kinds=["SO", "SY2", "MOL", "Q", "BG", "NP"])


def r6829():
    """CBMP addendum with no result: receptor studies requested but not performed (insufficient, fixation)."""
    I = INST["CBMP"]; S = I.S; W = I.width
    info = dict(patient="Patient AC", acc="CB26-M05377", printed="03/04/2026",
                doc_title="BIOMARKER ADDENDUM - BREAST PANEL")
    st = [kv2([("Patient", "Patient AC"), ("DOB", "09/09/1981"), ("Sex", "F"), ("Client MRN", "FV-5520-1183")],
              [("Specimen ID", "CB26-M05377"), ("Client accession", "FV26-S2950, block A1"),
               ("Specimen", "Left breast, vacuum-assisted biopsy"), ("Ordering", "Wilhelmina Storrow, MD")],
              [24 * mm, 58 * mm, 32 * mm, W - 114 * mm], S, mode="box", line=I.accent),
          Spacer(1, 4)]
    st += [I.section("Tests requested"),
           P("Estrogen receptor, progesterone receptor, HER2 (IHC with reflex ISH) and Ki-67.", S["body"])]
    st += [I.section("Status")]
    rows = [["Test", "Status", "Reason"],
            ["ER (SP1)", "NOT PERFORMED", "Insufficient invasive carcinoma in block"],
            ["PR (1E2)", "NOT PERFORMED", "Insufficient invasive carcinoma in block"],
            ["HER2 (4B5) / ISH", "NOT PERFORMED", "Insufficient invasive carcinoma in block"],
            ["Ki-67 (30-9)", "CANCELLED", "Cancelled with the panel"]]
    st.append(grid(rows, [40 * mm, 34 * mm, W - 74 * mm], S, mode="lines", head_bg=I.tint, line=I.accent))
    st += [I.section("Comment"),
           P("On deeper levels of the submitted block the focus of invasive carcinoma described in the client "
             "report (1.5 mm) is no longer present; the remaining lesion is ductal carcinoma in situ. Receptor "
             "results on in situ carcinoma alone are not reported for treatment decisions of invasive disease. "
             "In addition, the requisition records a fixation time of 96 hours, longer than the 6-72 hours "
             "validated for these assays; prolonged fixation may reduce immunoreactivity.", S["bodyj"]),
           P("Recommendation: perform ER, PR, HER2 and Ki-67 on the invasive carcinoma in the forthcoming excision "
             "specimen. No charge has been raised for this order.", S["body"])]
    st += [I.section("Reference (not results)"),
           P("Reporting categories used by this laboratory: ER/PR positive 1% or more, low positive 1-10%; HER2 IHC "
             "0, 1+, 2+ (reflex ISH), 3+; Ki-67 as percentage of invasive tumor nuclei.", S["small"]),
           Spacer(1, 6),
           P("<b>Electronically signed:</b> Thaddeus Okwuosa-Brandt, MD - Anatomic Pathology - 03/04/2026 16:15",
             S["body"])]
    return Report("6829", I, info, st, [], doc="Biomarker addendum with no result", tumour="Breast",
                  kinds=["TM", "NP", "FIX", "LEG", "NONE"])


def r6830():
    """SOUMC GEJ resection after therapy: HER2 of the pre-treatment biopsy restated; resection HER2 and MMR."""
    I = INST["SOUMC"]; S = I.S; W = I.width
    info = dict(patient="Patient AD", mrn="0102-66-3190", acc="S26-32007", printed="03/13/2026 09:50",
                doc_title="SURGICAL PATHOLOGY REPORT")
    head = kv2([("Patient:", "Patient AD"), ("MRN:", "0102-66-3190"), ("DOB:", "05/27/1964 (61 y)"), ("Sex:", "Male")],
               [("Surgeon:", "Ravindra Okonkwo-Sterling, MD"), ("Date of procedure:", "03/04/2026"),
                ("Date received:", "03/04/2026"), ("Date of report:", "03/12/2026")],
               [25 * mm, 55 * mm, 34 * mm, W - 114 * mm], S, divider=False)
    st = [head, Spacer(1, 2), Rule(thick=0.4)]
    st += [I.section("Final Diagnosis"),
           P("ESOPHAGUS AND PROXIMAL STOMACH, IVOR LEWIS ESOPHAGOGASTRECTOMY:", S["bold"]),
           P("- RESIDUAL ADENOCARCINOMA OF THE ESOPHAGOGASTRIC JUNCTION (SIEWERT TYPE II), 2.3 CM, INVADING "
             "SUBMUCOSA (ypT1b), WITH TREATMENT EFFECT.", S["ind"]),
           P("- TUMOR REGRESSION SCORE 2 (PARTIAL RESPONSE; CAP/MODIFIED RYAN).", S["ind"]),
           P("- ONE OF 27 LYMPH NODES WITH METASTATIC ADENOCARCINOMA (ypN1).", S["ind"]),
           P("- MARGINS (PROXIMAL, DISTAL, RADIAL) NEGATIVE.", S["ind"]),
           P("- HER2 AND MISMATCH REPAIR: SEE BIOMARKERS.", S["ind"])]
    st += [I.section("Clinical History"),
           P("Dysphagia; EGD showed an ulcerated GEJ mass. Pre-treatment biopsy at Harbour Point Community "
             "Hospital (HP-SP-25-8810) with HER2 testing at Coralbay Molecular &amp; Pathology Partners "
             "(CB25-M11904). Treated with FLOT plus trastuzumab (four cycles) before surgery.", S["body"])]
    st += [I.section("Biomarkers")]
    st += [P("<b>Pre-treatment biopsy (restated from the outside report, CB25-M11904, 11/2025):</b> HER2 IHC 2+ "
             "(equivocal); HER2 FISH amplified, HER2/CEP17 ratio 3.1, mean HER2 copy number 7.4. The tumor was "
             "therefore HER2-positive at diagnosis.", S["body"]),
           P("<b>Resection specimen (this report, block A6, residual tumor):</b>", S["body"])]
    rows = [["Test", "Clone", "Result", "Comment"],
            ["HER2 IHC", "4B5", "1+", "Faint incomplete membranous staining in about 20% of residual tumor cells"],
            ["MLH1", "M1", "Retained", "-"],
            ["PMS2", "A16-4", "Retained", "-"],
            ["MSH2", "G219-1129", "Retained", "-"],
            ["MSH6", "SP93", "Retained", "-"],
            ["PD-L1", "22C3", "Pending", "CPS to follow in an addendum"]]
    st.append(grid(rows, [26 * mm, 24 * mm, 24 * mm, W - 74 * mm], S, mode="lines", head_bg=None,
                   line=colors.black))
    st.append(Spacer(1, 3))
    st += [P("Interpretation: mismatch repair proficient (all four proteins retained). The lower HER2 score in "
             "the resection may reflect treatment effect or intratumoral heterogeneity (HER2 loss after "
             "trastuzumab is described in a proportion of cases); ISH was not repeated on the resection. "
             "Post-treatment HER2 status may be relevant if second-line HER2-directed therapy is considered.",
             S["bodyj"])]
    st += [PageBreak(), I.section("Esophagus - Synoptic Summary")]
    syn = [("Procedure", "Esophagogastrectomy (Ivor Lewis)"), ("Tumor site", "Esophagogastric junction, Siewert II"),
           ("Histologic type", "Adenocarcinoma"), ("Grade", "G3 (poorly differentiated) in residual tumor"),
           ("Tumor size", "2.3 cm (residual)"), ("Treatment effect", "Score 2: partial response, residual cancer with evident regression"),
           ("Tumor extent", "Invades submucosa (ypT1b)"), ("Lymphovascular invasion", "Not identified"),
           ("Perineural invasion", "Present"), ("Margins", "Negative; radial margin 1.1 cm"),
           ("Regional lymph nodes", "1 / 27 involved; acellular mucin in 2 further nodes (not counted)"),
           ("Pathologic stage", "ypT1b ypN1 (AJCC 8th)")]
    st.append(kv(syn, [48 * mm, W - 48 * mm], S, mode="lines", line=colors.HexColor("#BBBBBB")))
    st += [I.section("Gross Description"),
           P("Received fresh labeled \"esophagus and proximal stomach\" is an esophagogastrectomy consisting of "
             "distal esophagus (9.5 cm) and proximal stomach (lesser curvature 7 cm, greater curvature 12 cm). "
             "At the esophagogastric junction there is a 2.3 x 1.8 cm ulcerated, indurated area with a "
             "tan-white fibrotic base, 1.0 cm in depth. The closest (radial) margin is inked blue. Lymph nodes "
             "are dissected from perigastric and paraesophageal fat and submitted separately. The entire "
             "tumor bed is submitted (A3-A14; A6 most residual tumor by gross impression). Cassettes: A1 "
             "proximal margin; A2 distal margin; A3-A14 tumor bed in sequence; A15-A24 lymph nodes; A25 "
             "background gastric mucosa.", S["bodyj"])]
    st += [I.section("Microscopic Description"),
           P("The tumor bed shows extensive fibrosis with pools of acellular mucin, foamy histiocytes and "
             "foreign-body giant cells, with residual clusters and irregular glands of poorly differentiated "
             "adenocarcinoma confined to the mucosa and submucosa (A6-A9). The background esophageal mucosa "
             "shows Barrett esophagus without dysplasia. One paraesophageal lymph node contains a 3 mm "
             "metastasis; two nodes contain acellular mucin only.", S["bodyj"])]
    st += [I.section("Methods"),
           P("HER2 IHC on the resection is scored by the gastric resection criteria (percentage of tumor cells "
             "with membranous staining, 10% cut-off). MMR antibodies MLH1 (M1), PMS2 (A16-4), MSH2 (G219-1129), "
             "MSH6 (SP93). Controls performed appropriately.", S["small"]),
           Spacer(1, 8),
           P("I have personally reviewed the slides and rendered the diagnosis.<br/>"
             "<b>Electronically signed out by Isadora Quennell-Mbatha, MD</b>, 03/12/2026 16:02<br/>"
             "Fellow: Kwabena Ostrowski-Hale, MD", S["body"])]
    st += [I.section("Intraoperative Consultation"),
           P("FS1, proximal esophageal margin (03/04/2026 11:12): NEGATIVE FOR CARCINOMA; no dysplasia. "
             "FS2, celiac lymph node: NEGATIVE (one lymph node). Communicated to Dr Okonkwo-Sterling in the "
             "operating room by Dr Quennell-Mbatha.", S["body"])]
    st += [I.section("Lymph Nodes by Station")]
    st.append(grid([["Part", "Station", "Examined", "Positive", "Note"],
                    ["A", "Perigastric (in specimen)", "11", "0", "Acellular mucin in 2 nodes"],
                    ["A", "Paraesophageal (in specimen)", "6", "1", "3 mm metastasis"],
                    ["B", "Celiac", "3", "0", "Includes FS2"],
                    ["C", "Left gastric", "4", "0", "-"],
                    ["D", "Subcarinal", "3", "0", "Anthracotic"]],
                   [14 * mm, 56 * mm, 22 * mm, 20 * mm, W - 112 * mm], S, mode="lines", head_bg=None))
    st += [I.section("Report History and Distribution"),
           P("03/12/2026 16:02 final report. An addendum will follow with the PD-L1 combined positive score. "
             "Copies: Ravindra Okonkwo-Sterling, MD (Thoracic Surgery); Philippa Adebayo-Strand, MD (GI Oncology); "
             "Tumor Registry.", S["body"])]
    st += [PageBreak(),
           P("ATTACHMENT - COPY OF OUTSIDE BIOMARKER REPORT (scanned to record, transcribed for legibility)", S["h"]),
           Rule(thick=0.4),
           P("Coralbay Molecular &amp; Pathology Partners - BIOMARKER REPORT - Specimen ID CB25-M11904<br/>"
             "Client: Harbour Point Community Hospital, HP-SP-25-8810, block A1 (GEJ biopsy, 6 fragments)<br/>"
             "Received 11/14/2025 - Reported 11/19/2025", S["body"]),
           Spacer(1, 4),
           grid([["Test", "Result", "Detail"],
                 ["HER2 IHC (4B5, gastric biopsy criteria)", "2+ EQUIVOCAL", "Weak to moderate complete/basolateral staining in a cluster of more than 5 cells"],
                 ["HER2 FISH (HER2/CEP17 dual probe)", "AMPLIFIED", "Ratio 3.1; mean HER2 7.4 and mean CEP17 2.4 signals per cell; 20 nuclei"],
                 ["Final HER2 status", "POSITIVE", "IHC 2+ with FISH amplification"]],
                [58 * mm, 34 * mm, W - 92 * mm], S, mode="grid", head_bg=colors.HexColor("#E5E5E5")),
           Spacer(1, 4),
           P("Only HER2 testing was requested on the biopsy. Signed: Thaddeus Okwuosa-Brandt, MD, 11/19/2025.",
             S["body"]),
           Spacer(1, 6),
           P("The attachment is reproduced for the record; the Saint Odile interpretation above takes "
             "precedence for the resection specimen.", S["small"])]
    labels = [
        L("HER2", "expression", "equivocal", "HER2 IHC 2+ (equivocal)", ihc_score="2+"),
        L("HER2", "amplification", "positive", "HER2 FISH amplified, HER2/CEP17 ratio 3.1", ratio=3.1),
        L("HER2", "expression", "negative", "HER2 IHC 4B5 1+", ihc_score="1+"),
        L("MLH1", "expression", "positive", "MLH1 M1 Retained"),
        L("PMS2", "expression", "positive", "PMS2 A16-4 Retained"),
        L("MSH2", "expression", "positive", "MSH2 G219-1129 Retained"),
        L("MSH6", "expression", "positive", "MSH6 SP93 Retained"),
        L("MMR", "signature", "negative", "mismatch repair proficient (all four proteins retained)"),
    ]
    return Report("6830", I, info, st, labels, doc="Esophagogastrectomy report", tumour="Esophagogastric junction",
                  kinds=["RST", "MOL", "ATT", "PEND", "MTH"])
