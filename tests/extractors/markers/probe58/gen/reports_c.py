"""probe58 reports 7421-7430. Every person, laboratory, sponsor, protocol and number is invented."""
from __future__ import annotations

from common import (L, P, T, Spacer, banner, checkbox, colors, dist_bars, hscore, kv, report,
                    side_by_side, Table, TableStyle)
from labs import BRAM, CORV, HALV, LIND, MERID, QUIL, SOL, TIDE, WEX
from reportlab.platypus import CondPageBreak, PageBreak


# ============================================================================ 7421
@report("7421", WEX,
        meta=dict(patient="Patient U", hospno="WX3091846", accession="H25.14402", dob="30/01/1951", sex="F",
                  consultant="Dr S. Pemberton-Kaur (Oncology)", location="Oncology Day Unit",
                  received="19/05/2025", authorised="30/05/2025"),
        labels=[
            L("MLH1", "expression", "negative", "MLH1 - loss of nuclear expression"),
            L("PMS2", "expression", "negative", "PMS2 - loss of nuclear expression"),
            L("MSH2", "expression", "positive", "MSH2 - nuclear expression retained"),
            L("MSH6", "expression", "positive", "MSH6 - nuclear expression retained"),
            L("MMR", "signature", "positive", "mismatch repair deficient (dMMR)"),
            L("MSI", "signature", "positive", "MSI-high"),
            L("BRAF", "mutation", "positive", "BRAF c.1799T>A p.(Val600Glu)", alteration="V600E"),
            L("KRAS", "mutation", "negative", "KRAS: no mutation detected"),
            L("HER2", "expression", "negative", "score 0", ihc_score="0"),
        ],
        summary="right colon carcinoma, supplementary report; MLH1/PMS2 loss, MSI-H, BRAF; CEA and methylation near misses")
def r7421():
    S = WEX.S
    W = WEX.width
    s = []
    s.append(P("<b>SUPPLEMENTARY REPORT - MOLECULAR AND IMMUNOHISTOCHEMICAL STUDIES</b>", S["body"]))
    s.append(P("<i>This report supplements the resection report H25.09117 (right hemicolectomy, 14/03/2025): "
               "adenocarcinoma of the caecum, pT4a pN1b, mucinous differentiation 40%. Liver metastases "
               "since diagnosed on imaging.</i>", S["body"]))
    s.append(P("<b>Request</b>", S["h3"]))
    s.append(P("Dr Pemberton-Kaur asks for mismatch repair status, MSI, RAS/BRAF and HER2 for screening for "
               "the BH-TIL-07 tumour-infiltrating lymphocyte study (mismatch-repair-deficient colorectal "
               "cohort) and for standard treatment planning. Block A6 was selected (tumour content about "
               "50%).", S["bodyj"]))
    s.append(P("<b>Mismatch repair immunohistochemistry</b>", S["h3"]))
    s.append(P("MLH1 - loss of nuclear expression in tumour cells; internal control (lymphocytes, stroma) "
               "positive.<br/>"
               "PMS2 - loss of nuclear expression in tumour cells; internal control positive.<br/>"
               "MSH2 - nuclear expression retained.<br/>"
               "MSH6 - nuclear expression retained.", S["body"]))
    s.append(P("The combined loss of MLH1 and PMS2 indicates that the tumour is mismatch repair deficient "
               "(dMMR).", S["bodyj"]))
    s.append(P("<b>Molecular studies</b> (Regional Molecular Genetics Service, ref. RMG-25-6631)", S["h3"]))
    s.append(T([
        ["Test", "Result"],
        ["Microsatellite instability (PCR, 5 mononucleotide markers)", "MSI-high (4 of 5 markers unstable)"],
        ["BRAF codon 600", "BRAF c.1799T&gt;A p.(Val600Glu) detected"],
        ["KRAS codons 12, 13, 59, 61, 117, 146", "KRAS: no mutation detected"],
        ["NRAS", "Not tested (sample exhausted after priority tests)"],
        ["MLH1 promoter methylation", "Hypermethylated"],
    ], [230, W - 230], S, head_bg=colors.HexColor("#eeeeee")))
    s.append(Spacer(1, 4))
    s.append(P("<b>HER2</b>", S["h3"]))
    s.append(P("HER2 (4B5) on block A6, scored by the colorectal criteria used in clinical trials: no membranous "
               "staining in tumour cells, score 0 (negative). HER2 in situ hybridisation was not indicated.",
               S["bodyj"]))
    s.append(P("<b>Other immunohistochemistry</b>", S["h3"]))
    s.append(P("CEA (requested in relation to a CEA-directed cell therapy study): strong diffuse luminal and "
               "cytoplasmic staining. CK20 positive, CK7 negative, SATB2 positive.", S["bodyj"]))
    s.append(CondPageBreak(170))
    s.append(P("<b>Conclusion</b>", S["h3"]))
    s.append(banner([P("Caecal adenocarcinoma (block A6): mismatch repair deficient (dMMR), with loss of "
                       "MLH1 and PMS2; MSI-high; BRAF V600E mutated; KRAS wild type; HER2 score 0.", S["b"])],
                    W, thick=0.8))
    s.append(P("<b>Comment</b>", S["h3"]))
    s.append(P("MLH1 promoter hypermethylation together with the BRAF V600E mutation indicates that the "
               "mismatch repair deficiency is most likely sporadic, and Lynch syndrome is unlikely. Referral to "
               "clinical genetics is therefore not triggered by these results; the clinical notes record that "
               "the patient's daughter had germline testing elsewhere in 2019 with no pathogenic variant "
               "identified. The results are suitable for the BH-TIL-07 screening file; enrolment is decided "
               "by the study team.", S["bodyj"]))
    s.append(P("Patients with dMMR/MSI-high colorectal cancers are often considered for immune checkpoint "
               "inhibitors; this comment is general and not a treatment recommendation.", S["smallit"]))
    s.append(Spacer(1, 10))
    s.append(P("Reported by: Dr Oluwaseun Haverford, Consultant Histopathologist, 30/05/2025", S["body"]))
    s.append(P("<i>MMR antibodies: MLH1 (ES05), PMS2 (EP51), MSH2 (G219-1129), MSH6 (EP49). HER2 4B5. External "
               "controls (tonsil, appendix, HER2 cell lines) satisfactory. Molecular results are transcribed "
               "from the RMG report, which is available on the electronic record.</i>", S["small"]))
    return s


# ============================================================================ 7422
@report("7422", SOL,
        meta=dict(accession="SP25-13350", patient="Patient V", received="05/28/2025"),
        labels=[
            L("Mesothelin", "expression", "positive", "[X] POSITIVE [ ] NEGATIVE", "60%", percent=60),
            L("ALK", "expression", "positive", "ALK (D5F3)", "POSITIVE"),
            L("ROS1", "expression", "negative", "ROS1 (D4D6)", "NEGATIVE"),
        ],
        summary="pleural effusion cell block; mesothelin with reactive mesothelium as internal control; ALK IHC; failed/pending tests")
def r7422():
    S = SOL.S
    W = SOL.width
    m = S["mono"]
    s = []
    s.append(P("<b>CYTOPATHOLOGY CELL BLOCK - BIOMARKER SYNOPTIC</b>", S["b"]))
    s.append(P("ORDERING MD: Bao-Tran Henriksen, MD, Thoracic Oncology, Valle Oro Medical Group<br/>"
               "PROGRAM: AUB-MSLN-12 (Aubade Therapeutics) pre-screen; standard NSCLC biomarkers<br/>"
               "SPECIMEN: Pleural fluid, right, 900 mL; cell block CB-1<br/>"
               "COLLECTED 05/24/2025   REPORTED 06/03/2025", m))
    s.append(Spacer(1, 4))
    s.append(P("CYTOLOGIC DIAGNOSIS: MALIGNANT. METASTATIC ADENOCARCINOMA, CONSISTENT WITH LUNG PRIMARY "
               "(TTF-1 POSITIVE, NAPSIN A POSITIVE, CALRETININ NEGATIVE IN TUMOR CELLS).", S["b"]))
    s.append(P("ADEQUACY: approx. 350 viable tumor cells in cell block; numerous reactive mesothelial "
               "cells and macrophages.", m))
    s.append(Spacer(1, 4))
    rule = "=" * 76

    def block(lines):
        for ln in lines:
            s.append(P(ln.replace(" ", "&nbsp;"), m))

    block([
        rule,
        "MESOTHELIN (CLONE SPD-M3)",
        "RESULT ............. [X] POSITIVE [ ] NEGATIVE [ ] NOT EVALUABLE",
        "% TUMOR CELLS W/ MEMBRANOUS STAINING ..... 60%",
        "INTENSITY .......... [ ] 1+  [X] 2+  [ ] 3+   (predominant)",
        "INTERNAL CONTROL ... Reactive mesothelial cells 3+ (expected; NOT scored)",
        "PROTOCOL NOTE ...... AUB-MSLN-12 does not accept cytology cell blocks for",
        "                     eligibility; tissue biopsy required. Result is for",
        "                     pre-screening only.",
        rule,
        "ALK (D5F3)",
        "RESULT ............. [X] POSITIVE [ ] NEGATIVE [ ] NOT EVALUABLE",
        "PATTERN ............ Strong granular cytoplasmic staining in tumor cells",
        rule,
        "ROS1 (D4D6)",
        "RESULT ............. [ ] POSITIVE [X] NEGATIVE [ ] NOT EVALUABLE",
        rule,
        "PD-L1 (22C3)",
        "RESULT ............. [ ] TPS ____%   [X] NOT EVALUABLE",
        "REASON ............. Fewer than 100 viable tumor cells on the PD-L1 slide",
        rule,
    ])
    s.append(Spacer(1, 6))
    s.append(P("MOLECULAR / REFERRED TESTS:", S["b"]))
    s.append(T([
        ["TEST", "STATUS"],
        ["EGFR mutation (PCR, cell block DNA)", "FAILED - insufficient DNA (2.1 ng); no result"],
        ["ALK break-apart FISH (confirmation)", "REFERRED to Corvallis Bay Medical Center 05/30/2025 - pending"],
        ["Comprehensive NGS (plasma)", "Recommended to ordering physician"],
    ], [200, W - 200], S, head_bg=colors.HexColor("#e0e0e0"), cell=m))
    s.append(Spacer(1, 6))
    s.append(P("COMMENT:", S["b"]))
    s.append(P("ALK protein expression by D5F3 IHC in this adenocarcinoma is strong. ALK FISH/NGS "
               "confirmation has been referred as above; the oncologist was notified by telephone on "
               "06/02/2025 (spoke with B. Henriksen, MD). Reactive mesothelial cells are strongly "
               "mesothelin-positive in every effusion and must not be counted as tumor; only TTF-1-positive "
               "tumor clusters were scored on a double-stained slide.", m))
    s.append(Spacer(1, 8))
    s.append(P("SCORING: ALK D5F3 and ROS1 D4D6 are read as positive or negative. Mesothelin: any membranous "
               "staining of tumor cells in &gt;=10% = POSITIVE.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(P("ELECTRONICALLY SIGNED OUT BY: Ines Okabe, MD (Cytopathology)<br/>06/03/2025 13:06 PDT", m))
    return s


# ============================================================================ 7423
@report("7423", CORV,
        meta=dict(patient="Patient W", mrn="CB-8812094", dob="07/23/1967", accession="MP25-01388",
                  ordering="Farhan Li-Castellano, MD (GI Oncology)", collected="04/28/2025",
                  issued="05/16/2025 09:12"),
        labels=[
            L("Mesothelin", "expression", "positive", "3+ in 80% of tumor cells", percent=80),
            L("KRAS", "mutation", "positive", "p.G12V", alteration="G12V"),
            L("TP53", "mutation", "positive", "p.R175H", alteration="R175H"),
            L("BRCA2", "mutation", "positive", "p.S1982Rfs*22", alteration="S1982Rfs*22"),
            L("TMB", "signature", "negative", "2.4 mut/Mb", value="2.4 mut/Mb"),
            L("MSI", "signature", "negative", "MSI-High: NOT DETECTED"),
            L("BRAF", "mutation", "negative", "BRAF, NRAS, PIK3CA, IDH1, BRCA1"),
            L("NRAS", "mutation", "negative", "BRAF, NRAS, PIK3CA, IDH1, BRCA1"),
            L("PIK3CA", "mutation", "negative", "BRAF, NRAS, PIK3CA, IDH1, BRCA1"),
            L("IDH1", "mutation", "negative", "BRAF, NRAS, PIK3CA, IDH1, BRCA1"),
            L("BRCA1", "mutation", "negative", "BRAF, NRAS, PIK3CA, IDH1, BRCA1"),
        ],
        summary="pancreatic adenocarcinoma; mesothelin IHC beside NGS table; BRCA1 polymorphism; brother's BRCA2; germline pending")
def r7423():
    S = CORV.S
    W = CORV.width
    s = []
    s.append(P("MOLECULAR PATHOLOGY REPORT - SOLID TUMOR PANEL (CBMC OncoSeq 160) WITH ANTIGEN IHC", S["h2"]))
    s.append(kv([("SPECIMEN", "Liver, segment III, core needle biopsy (block A1)"),
                 ("DIAGNOSIS", "Metastatic adenocarcinoma, consistent with pancreatic primary"),
                 ("TUMOR CONTENT", "60% (pathologist estimate, macrodissected)"),
                 ("INDICATION", "Treatment selection; AUB-MSLN-12 screening (mesothelin)")],
               [100, W - 100], S))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>SUMMARY:</b> KRAS G12V; TP53 R175H; BRCA2 frameshift (pathogenic); TMB low; "
                       "MSI-High not detected. Mesothelin IHC positive.", S["body"])], W, thick=1))
    s.append(P("VARIANTS OF CLINICAL SIGNIFICANCE", S["h3"]))
    s.append(T([
        ["GENE", "CODING", "PROTEIN", "VAF", "CLASSIFICATION"],
        ["KRAS", "c.35G&gt;T", "p.G12V", "19.8%", "Pathogenic (Tier I)"],
        ["TP53", "c.524G&gt;A", "p.R175H", "17.1%", "Pathogenic (Tier II)"],
        ["BRCA2", "c.5946del", "p.S1982Rfs*22", "41.0%", "Pathogenic (Tier I) - see germline comment"],
    ], [50, 80, 90, 46, W - 266], S, head_bg=colors.HexColor("#d9d9d9")))
    s.append(P("OTHER FINDINGS", S["h3"]))
    s.append(T([
        ["GENE", "VARIANT", "VAF", "CLASSIFICATION"],
        ["BRCA1", "c.4837A&gt;G p.S1613G", "51.2%", "Benign (polymorphism) - not clinically significant"],
        ["CDKN2A", "Homozygous deletion (copy number)", "-", "Pathogenic (Tier II) - copy number loss"],
    ], [50, 170, 46, W - 266], S, head_bg=colors.HexColor("#eeeeee")))
    s.append(P("GENOMIC SIGNATURES", S["h3"]))
    s.append(T([
        ["Tumor mutational burden", "2.4 mut/Mb", "Low (TMB-High cut-off 10 mut/Mb)"],
        ["Microsatellite status", "MSI-High: NOT DETECTED", "Stable"],
    ], [150, 140, W - 290], S, head=0))
    s.append(P("NO REPORTABLE VARIANTS were detected in: BRAF, NRAS, PIK3CA, IDH1, BRCA1 (other than the benign "
               "polymorphism listed).", S["body"]))
    s.append(P("MESOTHELIN IMMUNOHISTOCHEMISTRY (block A1)", S["h3"]))
    s.append(P("Clone MN-9 (LDT). POSITIVE: strong (3+) membranous and luminal staining, 3+ in 80% of tumor "
               "cells, with weaker staining in most of the remainder. AUB-MSLN-12 requires 2+/3+ in at least "
               "50% of tumor cells; this threshold appears to be met. Controls: pancreatic carcinoma "
               "(positive) and liver (negative) stained appropriately.", S["body"]))
    s.append(P("GERMLINE COMMENT", S["h3"]))
    s.append(P("The BRCA2 frameshift at a variant allele fraction near 40-50% may be germline. The referral "
               "letter states that the patient's brother carries a pathogenic BRCA2 variant (tested "
               "elsewhere; not verified here). Germline confirmation (blood) has been ordered and is PENDING. "
               "Genetic counselling is recommended.", S["body"]))
    s.append(P("INTERPRETATION", S["h3"]))
    s.append(P("KRAS G12V and TP53 R175H are typical of pancreatic ductal adenocarcinoma. The pathogenic BRCA2 "
               "alteration may predict benefit from platinum and PARP inhibition. KRAS G12V is not targeted by "
               "the G12C inhibitors; G12V-directed TCR programs exist and are HLA-restricted (HLA not tested).",
               S["body"]))
    s.append(PageBreak())
    s.append(P("VARIANT DETAILS", S["h3"]))
    s.append(T([
        ["GENE", "TRANSCRIPT", "GENOMIC (GRCh38)", "DEPTH", "ALT READS", "EXON"],
        ["KRAS", "NM_004985.5", "chr12:25245350 C&gt;A", "812", "161", "2"],
        ["TP53", "NM_000546.6", "chr17:7675088 C&gt;T", "655", "112", "5"],
        ["BRCA2", "NM_000059.4", "chr13:32340301 delT", "588", "241", "11"],
        ["BRCA1", "NM_007294.4", "chr17:43057062 T&gt;C", "701", "359", "16"],
    ], [50, 80, 130, 50, 60, W - 370], S, head_bg=colors.HexColor("#d9d9d9")))
    s.append(P("RELEVANT OPEN STUDIES AT CBMC (for information)", S["h3"]))
    s.append(P("AUB-MSLN-12 (mesothelin-directed CAR-T; pancreatic cohort). CBMC-PARP-07 (maintenance PARP "
               "inhibition in BRCA1/2- or PALB2-mutated pancreatic cancer). KRAS-G12V-TCR-01 (requires "
               "HLA-A*11:01; HLA typing not performed). Inclusion is determined by each study's own criteria.",
               S["body"]))
    s.append(P("METHODS AND LIMITATIONS", S["h3"]))
    s.append(P("Hybrid-capture DNA sequencing of 160 genes (exons and selected introns); mean coverage 710x. "
               "Reportable range: SNVs and indels at 5% VAF or above; copy number for selected genes. TMB from "
               "0.9 Mb of coding sequence. MSI by comparison of 90 loci. This test does not distinguish somatic "
               "from germline variants. Large rearrangements in BRCA1/2 may not be detected.", S["small"]))
    s.append(P("GENES ON THE CBMC OncoSeq 160 PANEL (complete coding regions unless noted)", S["h3"]))
    s.append(P("AKT1, ALK, APC, AR, ARID1A, ATM, ATR, BAP1, BARD1, BRAF, BRCA1, BRCA2, BRIP1, CDH1, CDK4, CDK6, "
               "CDK12, CDKN2A, CHEK2, CTNNB1, EGFR, ERBB2, ERBB3, ESR1, FBXW7, FGFR1, FGFR2, FGFR3, GNAS, HRAS, "
               "IDH1, IDH2, KEAP1, KIT, KRAS, MAP2K1, MET, MLH1, MSH2, MSH6, MTOR, MYC (copy number), NF1, "
               "NRAS, NTRK1-3 (hotspots), PALB2, PDGFRA, PIK3CA, PMS2, POLE, PTEN, RAD51C, RAD51D, RB1, RET, "
               "RNF43, ROS1, SMAD4, SMARCA4, STK11, TERT (promoter), TP53, TSC2, VHL and 96 others (list on "
               "request).", S["small"]))
    s.append(Spacer(1, 6))
    s.append(P("Molecular pathologist: Anand Whitford-Osei, MD - electronically signed 05/16/2025 08:57<br/>"
               "IHC pathologist: Theodora Vasquez-Lindgren, MD - electronically signed 05/15/2025 17:20",
               S["body"]))
    return s


# ============================================================================ 7424
@report("7424", TIDE,
        meta=dict(accession="TT-25-0388", protocol="AUB-MSLN-12", subject="052-003", patient="Patient X"),
        labels=[
            L("Mesothelin", "expression", "positive", "74.1", "MESOTHELIN EXPRESSED", percent=74.1),
            L("Mesothelin", "expression", "positive", "'mesothelin 3+, 90%'", percent=90, optional=True),
        ],
        summary="ovarian carcinoma; mesothelin by flow on ascites; pleural fluid not evaluable; FRalpha out of scope")
def r7424():
    S = TIDE.S
    W = TIDE.width
    s = []
    s.append(P("Tumour Antigen Flow Cytometry - Body Fluids", S["h1"]))
    s.append(kv([("Subject", "Patient X · female · 56 y"),
                 ("Programme", "AUB-MSLN-12 (Aubade Therapeutics), ovarian cohort - exploratory fluid sub-study"),
                 ("Diagnosis (site)", "High-grade serous carcinoma of ovary, recurrent; malignant ascites"),
                 ("Samples", "A: ascites, paracentesis 2025-04-14, 1,000 mL (heparinised); "
                             "B: pleural fluid, right, 2025-04-14, 250 mL"),
                 ("Reported", "2025-04-17")], [96, W - 96], S))
    s.append(Spacer(1, 6))
    s.append(P("Gating strategy", S["h2"]))
    s.append(P("Singlets &gt; viable (7-AAD negative) &gt; CD45-negative &gt; EpCAM-positive (tumour gate). "
               "Mesothelin (clone MB-11, APC) and folate receptor alpha (FR-alpha, PE) positivity set on "
               "fluorescence-minus-one controls. OVCAR-3 cells run in parallel as a positive control "
               "(mesothelin 96% positive, within range).", S["body"]))
    s.append(P("Results", S["h2"]))
    s.append(T([
        ["Sample", "Viable events", "EpCAM+ CD45− events", "MSLN+ (% of EpCAM+)", "MSLN MFI ratio",
         "FR-alpha+ (% of EpCAM+)", "Evaluable"],
        ["A - ascites", "412,880", "38,214", "74.1", "9.8", "88.0", "Yes"],
        ["B - pleural fluid", "96,405", "38", "-", "-", "-", "No (&lt; 100 tumour events)"],
    ], [70, 58, 70, 66, 50, 64, W - 378], S, head_bg=colors.HexColor("#dbe6f0")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>Sample A: MESOTHELIN EXPRESSED</b> on 74.1% of EpCAM-positive tumour cells "
                       "(moderate to bright). Sample B: not evaluable - too few tumour events.", S["body"])],
                    W, border=colors.HexColor("#184d7a"), fill=colors.HexColor("#eef3f8")))
    s.append(P("Comments", S["h2"]))
    s.append(P("1. The AUB-MSLN-12 eligibility criterion is defined on tissue immunohistochemistry (2+/3+ in "
               "50% or more of tumour cells). Fluid flow cytometry is collected for the exploratory "
               "sub-study and cannot replace the tissue result.<br/>"
               "2. FR-alpha is reported for the sponsor's exploratory dataset only.<br/>"
               "3. Reactive mesothelial cells are EpCAM-negative and are excluded by the tumour gate; a "
               "separate CD45−EpCAM−calretinin+ population (2.2% of viable events) is mesothelin-bright, as "
               "expected.<br/>"
               "4. Tissue IHC from the 2024 debulking was reported by the site as 'mesothelin 3+, 90%'. "
               "That result belongs to the site's records and is not verified by TTIL.", S["body"]))
    s.append(P("Pending", S["h2"]))
    s.append(P("HLA-A/B/C typing requested by the sponsor for bio-banking: sample received, in queue.",
               S["body"]))
    s.append(P("Method", S["h2"]))
    s.append(P("Ficoll-enriched nucleated cells, 10-colour panel on a 3-laser cytometer, minimum 100,000 "
               "viable events acquired. Assay qualified for investigational use (TTIL-VAL-FC-031); not a "
               "diagnostic test.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(P("Released by: Kenji Abernethy-Moss, PhD, Flow Cytometry Lead - 2025-04-17 16:20 (electronic, "
               "audit ID TTIL-R-87442).", S["small"]))
    return s


# ============================================================================ 7425
@report("7425", LIND,
        meta=dict(accession="LMD-25-09054", patient="Patient Y", sex="M", dob="1958",
                  referrer="Dr K. Amundsen, Head & Neck Oncology"),
        labels=[
            L("HER2", "expression", "positive", "3+", "POSITIVE", ihc_score="3+"),
            L("HER2", "amplification", "positive", "ERBB2 amplification", "copy number 18"),
            L("AR", "expression", "positive", "90% of tumour nuclei", percent=90),
            L("HRAS", "mutation", "positive", "p.(Gln61Arg)", alteration="Q61R"),
            L("PIK3CA", "mutation", "positive", "p.(His1047Arg)", alteration="H1047R"),
            L("TP53", "mutation", "negative", "TP53: no pathogenic variant"),
            L("NTRK", "fusion", "negative", "NTRK1/2/3"),
            L("TMB", "signature", "reported", "4 mut/Mb", value="4 mut/Mb"),
        ],
        summary="salivary duct carcinoma; HER2 IHC + NGS amplification; AR; HRAS/PIK3CA; TMB without cut-off")
def r7425():
    S = LIND.S
    W = LIND.width
    s = []
    s.append(P("Tumour Antigen and Molecular Profile - Salivary Gland", S["h1"]))
    s.append(P("Screening for LUM-HER2-CAR-201, cohort D (other HER2-positive solid tumours)", S["small"]))
    s.append(kv([("Material", "Left parotidectomy with neck dissection (2024), block 3; lung metastasis "
                              "core (2025) not received"),
                 ("Diagnosis", "Salivary duct carcinoma, ex pleomorphic adenoma; pulmonary metastases"),
                 ("Tumour cell content", "70%"),
                 ("Received / reported", "02.06.2025 / 13.06.2025")], [100, W - 100], S,
               grid=colors.HexColor("#ddd4e6")))
    s.append(Spacer(1, 6))
    s.append(side_by_side(
        banner([P("<b>HER2</b>", S["h3"]), P("IHC 3+  ·  ERBB2 amplified", S["body"]),
                P("Cohort D HER2 criterion: met", S["small"])], W / 3 - 6, border=colors.HexColor("#4a2a6a"),
               fill=colors.HexColor("#f3eef7")),
        side_by_side(
            banner([P("<b>Androgen receptor</b>", S["h3"]), P("Positive, 90%", S["body"]),
                    P("Relevant to anti-androgen therapy", S["small"])], W / 3 - 6, border=colors.HexColor("#4a2a6a")),
            banner([P("<b>Driver variants</b>", S["h3"]), P("HRAS Q61R  ·  PIK3CA H1047R", S["body"]),
                    P("TMB 4 mut/Mb", S["small"])], W / 3 - 6, border=colors.HexColor("#4a2a6a")),
            [W / 3, W / 3]),
        [W / 3, 2 * W / 3]))
    s.append(P("A. Immunohistochemistry", S["h2"]))
    s.append(T([
        ["Biomarker", "Clone", "Result", "Detail"],
        ["HER2", "4B5", "POSITIVE", "3+: strong complete circumferential membrane staining in ≈ 100% of tumour cells "
         "(scored by the breast criteria as agreed with the sponsor)"],
        ["Androgen receptor (AR)", "SP107", "Positive", "Strong nuclear staining in 90% of tumour nuclei"],
        ["GATA3", "L50-823", "Positive", "Diagnostic"],
        ["PD-L1 (22C3)", "-", "Not requested", "-"],
    ], [90, 50, 60, W - 200], S, head_bg=colors.HexColor("#e6dcef")))
    s.append(P("B. DNA sequencing (LCCC-Onco 412)", S["h2"]))
    s.append(T([
        ["Gene", "Alteration", "VAF / copy number", "Tier", "Comment"],
        ["ERBB2", "ERBB2 amplification", "copy number 18", "I", "Concordant with IHC 3+"],
        ["HRAS", "c.182A&gt;G p.(Gln61Arg)", "22%", "II", "Common in salivary duct carcinoma"],
        ["PIK3CA", "c.3140A&gt;G p.(His1047Arg)", "19%", "II", "-"],
        ["TP53", "TP53: no pathogenic variant", "-", "-", "Full coding region covered"],
    ], [44, 140, 90, 30, W - 304], S, head_bg=colors.HexColor("#e6dcef"),
        cmds=[("BACKGROUND", (0, 1), (-1, 3), colors.HexColor("#fbf3e6"))]))
    s.append(P("C. RNA fusions and signatures", S["h2"]))
    s.append(T([
        ["Analysis", "Result"],
        ["ETV6::NTRK3 and other NTRK1/2/3 fusions", "Not detected"],
        ["Other fusions in panel (incl. MYB, NR4A3, PLAG1, HMGA2)", "PLAG1 rearrangement not detected at RNA level"],
        ["Tumour mutational burden", "4 mut/Mb (no validated cut-off for salivary carcinomas; for information)"],
        ["Microsatellite status", "Not assessed (insufficient loci coverage)"],
    ], [220, W - 220], S, head_bg=colors.HexColor("#e6dcef")))
    s.append(P("D. Interpretation", S["h2"]))
    s.append(P("This salivary duct carcinoma is HER2-positive by both protein and gene copy number, and is "
               "androgen-receptor positive. HRAS and PIK3CA hotspot mutations frequently co-occur in this "
               "tumour type. The HER2 result meets the sponsor's cohort D requirement as stated on the "
               "requisition (IHC 3+ or amplification by a validated method). The lung metastasis has not been "
               "tested; the sponsor accepts archival primary tissue for this cohort.", S["bodyj"]))
    s.append(P("E. Methods", S["h2"]))
    s.append(P("HER2 4B5, AR SP107 with tonsil, prostate and breast carcinoma controls (acceptable). DNA "
               "hybrid capture 412 genes, mean depth 702×; copy number by read depth against a pooled normal "
               "reference (amplification reported at an estimated copy number of 6 or more). RNA anchored "
               "multiplex PCR. MSI requires at least 40 informative loci.", S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([["Laboratory specialist", "Clinical molecular biologist", "Approved"],
                ["Dr Freja Halonen-Strand", "Dr Liv Oyama-Berg", "digitally signed 13.06.2025 10:48"]],
               [W / 3.0] * 3, S, grid=None, head_bg=None,
               cmds=[("LINEABOVE", (0, 1), (-1, 1), 0.4, colors.grey)]))
    return s


# ============================================================================ 7426
@report("7426", HALV,
        meta=dict(protocol="CLV-GD2-02", sponsor="Calvera Bio", subject="121-0011", accession="HCL-25-029930",
                  patient="Patient Z"),
        labels=[
            L("GD2", "expression", "negative", "NEGATIVE", "1+ membranous in 5%", value="H-score 5"),
            L("GD2", "expression", "positive", "POSITIVE", "H-score 260", value="H-score 260"),
            L("ALK", "mutation", "negative", "No mutation detected"),
        ],
        summary="relapsed neuroblastoma; GD2 loss at relapse vs archival positive not qualifying")
def r7426():
    S = HALV.S
    W = HALV.width
    s = []
    s.append(kv([
        ("Patient", "Patient Z"), ("Sex / age", "M / 9 y"), ("Site", "121 - Lakemont Children's Cancer Center"),
        ("Investigator", "Dr. Simone Achterberg"), ("Diagnosis", "Neuroblastoma, relapsed (dx 2020)"),
        ("Reported", "24-Jul-2025"),
    ], [58, 120, 58, 100, 58, W - 394], S, cols=3, grid=colors.HexColor("#cccccc"),
        box=colors.HexColor("#1c3557")))
    s.append(Spacer(1, 8))
    s.append(banner([P("<b>SCREENING OUTCOME - GD2 CRITERION: NOT MET ON THE QUALIFYING SPECIMEN</b>", S["h3"]),
                     P("The relapse biopsy (the only specimen collected within the protocol window of 6 "
                       "months) does not meet criterion 3.2. The archival 2020 specimen is reported for "
                       "information and cannot qualify the subject.", S["body"])],
                    W, border=colors.HexColor("#8b1a1a"), fill=colors.HexColor("#fbeaea"), thick=2))
    s.append(Spacer(1, 6))
    s.append(P("Target / Assay / Result / Eligibility threshold", S["h2"]))
    s.append(T([
        ["Specimen", "Target", "Assay", "Result", "Eligibility threshold", "Qualifying?"],
        ["R1 - relapse, left cervical node core, 14-Jul-2025 (frozen)", "GD2", "IHC frozen, 14G2a",
         "NEGATIVE<br/>1+ membranous in 5%; H-score 5", "&gt;= 2+ in &gt;= 50%", "Yes - not met"],
        ["D1 - diagnostic adrenal tumour, 2020 (tumour bank, frozen)", "GD2", "IHC frozen, 14G2a",
         "POSITIVE<br/>3+ 80%, 2+ 10%, 0 10%<br/>H-score 260", "&gt;= 2+ in &gt;= 50%", "No - outside window"],
        ["R1", "ALK", "NGS, exons 21-28", "No mutation detected", "None", "-"],
        ["R1", "MYCN", "FISH", "Not amplified", "None", "-"],
    ], [118, 36, 80, 120, 84, W - 438], S, zebra=colors.HexColor("#f4f6f9")))
    s.append(Spacer(1, 6))
    s.append(P("Specimen R1 contains abundant viable tumour (poorly differentiated neuroblastoma; about 4,000 "
               "cells assessed). The GD2-negative result is not explained by tissue quality: the in-section "
               "peripheral nerve twigs stain 3+ and the run controls are acceptable.", S["body"]))
    s.append(P("Interpretation", S["h2"]))
    s.append(P("Relapse after anti-GD2 antibody therapy with loss of GD2 expression has been described and may "
               "reflect selection of GD2-low clones or altered ganglioside synthesis. The 2020 diagnostic "
               "tumour, stained in the same run as a comparator at the sponsor's request, shows strong "
               "GD2 expression.", S["body"]))
    s.append(P("Pending", S["h2"]))
    s.append(P("GD2 flow cytometry on the bone marrow aspirates collected 14-Jul-2025 is being performed by the "
               "site's own laboratory and will be reported by them; it is not part of this report.", S["body"]))
    s.append(P("Method", S["h2"]))
    s.append(P("GD2 (ganglioside) immunohistochemistry on acetone-fixed cryosections, clone 14G2a, HRP "
               "polymer detection. Positive = 2+ or 3+ in at least 10% of viable tumour cells. Controls: "
               "IMR-32 pellet 3+, cerebellum positive, muscle negative - all acceptable for run 25-0716-G1.",
               S["small"]))
    s.append(Spacer(1, 10))
    s.append(banner([
        P("Electronically signed by Priya Lindholm-Adeyemi, MD, PhD on 24-Jul-2025 14:05 ET (approval of "
          "results; manifest 9a71-0c3e-55b2).", S["small"])], W, border=colors.grey, thick=0.6))
    return s


# ============================================================================ 7427
@report("7427", MERID,
        meta=dict(accession="MCT-25-06630", patient="Patient AA", issued="2025-06-25"),
        labels=[
            L("EGFR", "expression", "positive", "EGFR: POSITIVE", "H-score 180", percent=85, value="H-score 180"),
            L("AR", "expression", "negative", "AR (SP107)", "Negative", value="<1%"),
            L("Ki-67", "expression", "reported", "Ki-67 (MIB-1)", "70%", percent=70),
            L("ER", "expression", "negative", "ER 0%", percent=0),
            L("PR", "expression", "negative", "PR 0%", percent=0),
            L("HER2", "expression", "negative", "HER2 IHC 1+", ihc_score="1+"),
        ],
        summary="triple-negative breast cancer; EGFR grid; receptor status restated from diagnostic core; CPS pending")
def r7427():
    S = MERID.S
    W = MERID.width
    s = []
    s.append(kv([("Patient", "Patient AA"), ("Sex/Age", "F / 44"), ("Programme", "SGT-E4 (Sorrel), breast cohort"),
                 ("Subject", "408-0021"), ("Specimen", "Chest wall nodule, punch biopsy x2 (FFPE, block 1A)"),
                 ("Collected", "2025-06-13"),
                 ("Background", "Triple-negative breast carcinoma (diagnostic core, St Ormond Hospital, 2024: "
                                "ER 0%, PR 0%, HER2 IHC 1+)"), ("Received", "2025-06-17")],
                [54, 250, 54, W - 358], S, cols=2, grid=colors.HexColor("#c7dede")))
    s.append(Spacer(1, 6))
    s.append(P("EGFR · scoring grid (membranous, viable tumour cells)", S["h2"]))
    dist = (15, 20, 35, 30)
    grid = Table([
        ["", "0", "1+", "2+", "3+", "Total"],
        ["% cells", "15", "20", "35", "30", "100"],
        ["× intensity", "0", "20", "70", "90", f"H-score {hscore(dist)}"],
    ], colWidths=[70, 42, 42, 42, 42, 80], hAlign="LEFT")
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Vera"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                              ("FONTNAME", (0, 0), (-1, 0), "Vera-Bold"),
                              ("BACKGROUND", (1, 0), (4, 0), colors.HexColor("#d7ebeb")),
                              ("BACKGROUND", (5, 2), (5, 2), colors.HexColor("#ffe9a8")),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7aa")),
                              ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    s.append(side_by_side([grid, Spacer(1, 4),
                           P("Any membranous staining: 85% of viable tumour cells · 2+/3+: 65%", S["body"])],
                          dist_bars(dist, 170, 80, colour=colors.HexColor("#1f6e72"), font="Vera",
                                    title="EGFR"), [330, 180]))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>EGFR: POSITIVE</b> · H-score 180 · SGT-E4 threshold (H-score ≥ 150): <b>MET</b>",
                       S["body"])], W, border=colors.HexColor("#1f6e72"), fill=colors.HexColor("#e3f1f1")))
    s.append(P("Additional markers on this biopsy", S["h2"]))
    s.append(T([
        ["Marker", "Result", "Note"],
        ["AR (SP107)", "Negative", "&lt;1% of tumour nuclei"],
        ["Ki-67 (MIB-1)", "70%", "Hot-spot count, 500 nuclei"],
        ["TROP-2 (LDT)", "3+ in 90%", "Information for the site; no bearing on SGT-E4"],
        ["PD-L1 (22C3) CPS", "Pending", "Sent to Corvallis Bay Medical Center 2025-06-20"],
        ["ER / PR / HER2", "Not repeated", "Receptor status taken from the 2024 diagnostic core (see Background)"],
    ], [110, 90, W - 200], S, head_bg=colors.HexColor("#d7ebeb"), zebra=colors.HexColor("#f3f9f9")))
    s.append(P("Comment", S["h2"]))
    s.append(P("The tumour expresses EGFR at a level that satisfies the SGT-E4 threshold. SGT-E4 is designed "
               "for patients with EGFR-expressing tumours for which no HER2-directed option exists; the "
               "diagnostic receptor status (triple negative, HER2 1+) is transcribed from the referral and "
               "has not been re-tested at MCTD. A HER2-low category (IHC 1+) may be relevant to other "
               "therapies and is noted for the investigator.", S["body"]))
    s.append(P("Assay notes", S["h2"]))
    s.append(P("EGFR KB-31 kit (sponsor supplied) with A431 pellet (3+), tonsil and liver controls - all within "
               "expected ranges. Intensity reference: MCTD-ATLAS-EGFR v3. H-score = sum of (intensity × % cells). "
               "MCTD calls EGFR POSITIVE when any membranous staining is present in ≥ 10% of tumour cells.",
               S["small"]))
    s.append(Spacer(1, 8))
    s.append(T([["Pathologist", "Reviewer", "Sign-off"],
                ["Corinne Abiodun-Haas, MD", "Imelda Sarrazin, MD", "e-signed 2025-06-25 16:02 PT (ID 0x7a2f)"]],
               [W / 3.0] * 3, S, grid=None, head_bg=None))
    return s


# ============================================================================ 7428
@report("7428", QUIL,
        meta=dict(protocol="PIT-402 (Pinecrest Immunotherapeutics)", site="DE-11 Klinikum Hafenstadt",
                  subject="11-0240", accession="QGC-9307-0015"),
        labels=[
            L("PD-L1", "expression", "positive", "CPS 15", value="CPS 15"),
            L("TP53", "expression", "positive", "aberrant, overexpression"),
            L("HER2", "expression", "negative", "0 (negative)", ihc_score="0"),
        ],
        summary="oesophageal SCC for MAGE-A4 TCR-T; HLA and MAGE-A4 out of scope; PD-L1 CPS; p53; HER2 co-screen")
def r7428():
    S = QUIL.S
    W = QUIL.width
    s = []
    s.append(P("TCR-T Screening Report - HLA and Tumour Antigen", S["h1"]))
    s.append(kv([("Subject", "Patient AB  ·  M  ·  63 y"), ("Visit", "Screening (V1)"),
                 ("Specimens", "Blood (EDTA) 22 Jul 2025; oesophageal tumour biopsy, FFPE block 2, 21 Jul 2025"),
                 ("Site diagnosis", "Squamous cell carcinoma of the mid oesophagus, metastatic"),
                 ("Received", "24 Jul 2025"), ("Reported", "01 Aug 2025")],
                [70, 180, 70, W - 320], S, cols=2, grid=colors.HexColor("#cfe2da")))
    s.append(Spacer(1, 6))
    s.append(P("Step 1 - HLA-A genotype", S["h2"]))
    s.append(T([
        ["Locus", "Allele 1", "Allele 2", "PIT-402 restricting allele present?"],
        ["HLA-A", "A*02:01", "A*68:01", "YES (A*02:01)"],
    ], [60, 80, 80, W - 220], S, head_bg=colors.HexColor("#e9f3ef")))
    s.append(P("Step 2 - Tumour antigen (MAGE-A4) and panel", S["h2"]))
    s.append(T([
        ["Assay", "Result", "Threshold / use", "Outcome"],
        ["MAGE-A4 IHC (OTI1F9)", "2+/3+ in 80% of tumour cells (nuclear and cytoplasmic)",
         "2+/3+ in 30% or more", "MET"],
        ["NY-ESO-1 IHC (E978)", "Negative", "Information", "-"],
        ["PD-L1 IHC (22C3)", "CPS 15", "Exploratory", "-"],
        ["p53 IHC (DO-7)", "aberrant, overexpression (strong diffuse nuclear staining in most tumour cells)",
         "Exploratory", "-"],
        ["HER2 IHC (4B5)", "0 (negative)", "Co-screen for LUM-HER2-CAR-201", "Not eligible for that study"],
    ], [100, 170, 110, W - 380], S, head_bg=colors.HexColor("#e9f3ef"), zebra=colors.HexColor("#f6fbf9")))
    s.append(Spacer(1, 6))
    s.append(banner([P("<b>PIT-402 antigen / HLA screening: BOTH CRITERIA MET</b> - HLA-A*02:01 present; "
                       "MAGE-A4 2+/3+ in 80% of tumour cells. Proceed to HLA loss-of-heterozygosity testing "
                       "(step 3) per protocol.", S["body"])], W, border=colors.HexColor("#0f5e45"),
                    fill=colors.HexColor("#e9f3ef"), thick=1.5))
    s.append(P("Step 3 - HLA loss of heterozygosity (tumour)", S["h2"]))
    s.append(P("Tumour/normal sequencing for HLA-A LOH is in progress (expected 12 Aug 2025). A result showing "
               "loss of the A*02:01 allele in tumour would exclude the subject.", S["body"]))
    s.append(P("Notes", S["h2"]))
    s.append(P("PD-L1 CPS is the number of PD-L1-staining cells (tumour cells, lymphocytes, macrophages) "
               "divided by the number of viable tumour cells, multiplied by 100. In this biopsy about 1,100 "
               "viable tumour cells were assessed. PD-L1 and p53 are collected for exploratory analyses and "
               "are not used for eligibility. The HER2 stain was added at the site's request for a second "
               "study and is scored by the gastric biopsy criteria.", S["body"]))
    s.append(P("PIT-402 treats patients whose tumours express MAGE-A4 and whose HLA type allows the "
               "engineered T-cell receptor to recognise the MAGE-A4 peptide.", S["small"]))
    s.append(Spacer(1, 10))
    s.append(T([
        ["", "Name", "Signed"],
        ["Pathologist", "Dr Ingrid Salo-Whitcombe", "01 Aug 2025 11:40 UTC (e-signature)"],
        ["HLA laboratory", "Dr Rasmus Thorvaldsen-Ike", "29 Jul 2025 15:02 UTC (e-signature)"],
    ], [90, 180, W - 270], S, head_bg=colors.HexColor("#e9f3ef")))
    return s


# ============================================================================ 7429
@report("7429", BRAM,
        meta=dict(patient="Patient AC", accession="BSRC-25-2254"),
        labels=[
            L("GD2", "expression", "positive", "GD2 is expressed", "70%", percent=70),
            L("HER2", "expression", "negative", "HER2 is negative (score 0)", ihc_score="0"),
        ],
        summary="Ewing sarcoma; GD2 for CAR-T; EWSR1 FISH and STAG2 out of scope; sibling HLA pending")
def r7429():
    S = BRAM.S
    W = BRAM.width
    s = []
    s.append(kv([("Patient", "Patient AC (female, 16 years)"), ("Our reference", "BSRC-25-2254"),
                 ("Your reference", "PO/EW/2025-88"), ("Date", "11 August 2025")], [90, W - 90], S))
    s.append(Spacer(1, 8))
    s.append(P("Dr Patrick Oyenuga<br/>Paediatric and Adolescent Oncology<br/>Harrowgate Children's Hospital",
               S["body"]))
    s.append(Spacer(1, 6))
    s.append(P("<b>Re: GD2 and HER2 screening on relapsed Ewing sarcoma (CLV-GD2-02 and LUM-HER2-CAR-201)</b>",
               S["body"]))
    s.append(P("Dear Patrick,", S["body"]))
    s.append(P("Thank you for sending the CT-guided biopsy of the left iliac bone relapse (received 4 August "
               "2025; two cores snap-frozen at your centre and shipped on dry ice, one core in formalin). The "
               "formalin core was processed with EDTA decalcification, which preserves most antigens.",
               S["bodyj"]))
    s.append(P("<b>Histology.</b> Sheets of small round blue cells with scant clear cytoplasm; CD99 shows strong "
               "diffuse membranous staining and NKX2.2 is nuclear-positive. EWSR1 break-apart FISH shows a "
               "rearrangement in 84% of nuclei, confirming relapse of the Ewing sarcoma known since 2022. "
               "STAG2 is retained.", S["bodyj"]))
    s.append(P("<b>GD2.</b> On frozen sections with clone 14G2a, GD2 is expressed: moderate (2+) membranous "
               "staining in 70% of tumour cells, with scattered 3+ cells; the remaining cells are negative.",
               S["bodyj"]))
    s.append(P("<b>HER2.</b> On the EDTA-decalcified formalin core (4B5 antibody), HER2 is negative (score 0) "
               "- no membranous staining in tumour cells, with the on-slide control staining as expected.",
               S["bodyj"]))
    s.append(T([
        ["Test", "Result", "Programme requirement (per your referral)"],
        ["GD2 IHC, frozen", "Expressed, 2+ in 70%", "CLV-GD2-02: 2+ or more in 50% or more - appears met"],
        ["HER2 IHC, FFPE (EDTA)", "Score 0", "LUM-HER2-CAR-201: any HER2 expression in 10% or more - not met"],
        ["EWSR1 FISH", "Rearranged (84%)", "Diagnostic"],
        ["Ki-67", "Not performed", "-"],
    ], [110, 110, W - 220], S, head_bg=colors.HexColor("#efe6da")))
    s.append(Spacer(1, 6))
    s.append(P("<b>HLA typing.</b> You also asked about HLA typing of Patient AC and her two siblings for "
               "haploidentical donor assessment. Patient AC's sample was forwarded to the regional "
               "histocompatibility laboratory on 5 August; the siblings' samples have not yet arrived. We will "
               "not report HLA results; they will come directly from the histocompatibility laboratory.",
               S["bodyj"]))
    s.append(P("<b>A note on GD2 in Ewing sarcoma.</b> GD2 is expressed by many but not all Ewing sarcomas and "
               "expression can change under therapy, which is why the study insists on recent frozen tissue. "
               "Patients whose tumours express GD2 on most cells are those the CAR-T programme aims to "
               "treat.", S["bodyj"]))
    s.append(Spacer(1, 8))
    s.append(P("With best wishes,", S["body"]))
    s.append(Spacer(1, 14))
    s.append(P("Dr Eamon Thackeray FRCPath<br/>Consultant Bone and Soft Tissue Pathologist<br/>"
               "(electronically verified 11/08/2025)", S["body"]))
    s.append(P("Controls: GD2 - IMR-32 pellet 3+ and frozen skeletal muscle negative; HER2 - four-level cell "
               "line slide, EDTA-treated, all levels as expected.", S["small"]))
    return s


# ============================================================================ 7430
@report("7430", CORV,
        meta=dict(patient="Patient AD", mrn="CB-9920471", dob="12/05/1972", accession="MP25-02217",
                  ordering="Ruth Nakashima-Olsen, MD (Oncology)", collected="07/01/2025",
                  issued="07/18/2025 11:30"),
        labels=[
            L("EGFR", "expression", "positive", "EGFR IHC: POSITIVE", "H-score 160", percent=75,
              value="H-score 160"),
            L("HER2", "expression", "negative", "1+ (negative)", ihc_score="1+"),
            L("KRAS", "mutation", "positive", "p.G12C", alteration="G12C"),
            L("TP53", "mutation", "positive", "p.R248Q", alteration="R248Q"),
            L("NRAS", "mutation", "negative", "NRAS", "Not detected"),
            L("BRAF", "mutation", "negative", "BRAF V600", "Not detected"),
            L("HER2", "amplification", "negative", "ERBB2 amplification", "Not detected (copy number 2.2)"),
            L("MSI", "signature", "negative", "Microsatellite stable"),
            L("TMB", "signature", "negative", "5.2 muts/Mb", value="5.2 muts/Mb"),
        ],
        summary="colorectal liver metastasis; EGFR IHC for CAR-T beside KRAS G12C NGS; programme prose")
def r7430():
    S = CORV.S
    W = CORV.width
    s = []
    s.append(P("INTEGRATED BIOMARKER REPORT - COLORECTAL CARCINOMA", S["h2"]))
    s.append(kv([("SPECIMEN", "Liver, segment VIII, ultrasound-guided core biopsy x3 (block A1)"),
                 ("DIAGNOSIS", "Metastatic adenocarcinoma, consistent with colorectal primary (CK20+, CDX2+, "
                               "SATB2+)"),
                 ("REQUEST", "SGT-E5 (EGFR CAR-T, colorectal) screening; comprehensive genomic profiling"),
                 ("TUMOR CONTENT", "45%")], [100, W - 100], S))
    s.append(Spacer(1, 6))
    s.append(P("PART 1 - IMMUNOHISTOCHEMISTRY", S["h3"]))
    s.append(T([
        ["MARKER", "RESULT", "DETAIL"],
        ["EGFR (KB-31 kit)", "EGFR IHC: POSITIVE", "Membranous: 3+ 20%, 2+ 45%, 1+ 10%, 0 25%; any staining 75%; "
                                                     "H-score 160"],
        ["HER2 (4B5)", "1+ (negative)", "Colorectal criteria; faint staining in 30% of cells"],
        ["MMR", "Not performed", "MSI assessed by NGS (Part 2)"],
    ], [100, 120, W - 220], S, head_bg=colors.HexColor("#d9d9d9")))
    s.append(P("SGT-E5 threshold (quoted by requester): EGFR H-score of 150 or more. The result meets this "
               "threshold. EGFR protein expression does not predict benefit from anti-EGFR antibodies in "
               "colorectal cancer and is reported here only for the cell-therapy programme, which treats "
               "patients whose tumours express EGFR on the cell surface.", S["body"]))
    s.append(P("PART 2 - GENOMIC PROFILING (CBMC OncoSeq 160)", S["h3"]))
    s.append(T([
        ["GENE", "ALTERATION", "VAF", "TIER"],
        ["KRAS", "c.34G&gt;T p.G12C", "27.4%", "I"],
        ["TP53", "c.743G&gt;A p.R248Q", "31.0%", "II"],
        ["APC", "c.4348C&gt;T p.R1450*", "35.5%", "II"],
        ["SMAD4", "c.1081C&gt;T p.R361C", "12.2%", "II"],
    ], [70, 170, 60, W - 300], S, head_bg=colors.HexColor("#d9d9d9")))
    s.append(Spacer(1, 4))
    s.append(T([
        ["BIOMARKER", "RESULT"],
        ["NRAS", "Not detected"],
        ["BRAF V600", "Not detected"],
        ["ERBB2 amplification", "Not detected (copy number 2.2)"],
        ["Microsatellite status", "Microsatellite stable"],
        ["TMB", "5.2 muts/Mb (low; CBMC cut-off for TMB-High: 10 muts/Mb)"],
        ["NTRK1/2/3, RET, ALK fusions", "Not assessed (DNA-only panel; RNA fusion panel not ordered)"],
    ], [190, W - 190], S, head_bg=colors.HexColor("#d9d9d9"), zebra=colors.HexColor("#f4f4f4")))
    s.append(P("INTERPRETATION", S["h3"]))
    s.append(P("KRAS G12C is present; the tumour is therefore RAS-mutant and not a candidate for anti-EGFR "
               "antibody therapy. KRAS G12C inhibitors, alone or combined with anti-EGFR antibodies, are an "
               "option in previously treated disease. The tumour is microsatellite stable with a low TMB. The "
               "EGFR-directed CAR-T programme does not exclude RAS-mutant tumours (per requester).", S["body"]))
    s.append(P("A previous outside KRAS test (2023, primary resection, PCR) is quoted in the referral as "
               "'KRAS codon 12 mutation'. The present result refines this to G12C.", S["body"]))
    s.append(P("Germline: no variants suspicious for germline origin were detected; the panel is not a "
               "germline test.", S["small"]))
    s.append(Spacer(1, 6))
    s.append(P("Molecular pathologist: Anand Whitford-Osei, MD - electronically signed 07/18/2025 11:22<br/>"
               "IHC pathologist: Theodora Vasquez-Lindgren, MD - electronically signed 07/14/2025 09:05",
               S["body"]))
    s.append(P("Methods: EGFR kit supplied by the sponsor and validated at CBMC for investigational use; "
               "HER2 4B5; controls acceptable. DNA hybrid capture of 160 genes, LoD 5% VAF.", S["small"]))
    return s
