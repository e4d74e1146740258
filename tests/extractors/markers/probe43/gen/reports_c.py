"""Reports 5921-5930."""
from reportlab.lib import colors
from reportlab.platypus import PageBreak, CondPageBreak

from common import L, Meta, report
from houses import (BELLAVISTA, COBALT, EASTGATE, GREYWATER, HARROWGATE, PINECREST, SABLE_POINT,
                    ST_COLUMBA)

LIGHT = colors.Color(0.9, 0.9, 0.9)


# ----------------------------------------------------------------------------- 5921
@report("5921", HARROWGATE,
        Meta("5921", "Patient U", "HD5120788", "23/09/1950", "M", "C26-00642", "10/02/2026", "10/02/2026",
             "13/02/2026", "Dr K. Mbeki-Rowntree", title="NON-GYNAE CYTOLOGY"),
        [],
        doc="EBUS cytology report where every predictive test is insufficient, not performed or sent away",
        tumour="lung, non-small cell carcinoma (metastatic to nodes)",
        kinds=["NONE", "PEND", "TICK", "GRID", "OOS", "KV2"])
def r5921(r):
    s = []
    s.append(r.h("CYTOPATHOLOGY REPORT (NON-GYNAECOLOGICAL)", "h1"))
    s.append(r.kv([("Patient", "Patient U"), ("Hospital no.", "HD5120788"), ("Date of birth", "23/09/1950"),
                   ("Sex", "Male"), ("Requested by", "Dr K. Mbeki-Rowntree, Respiratory"), ("Location", "Endoscopy Unit"),
                   ("Lab number", "C26-00642"), ("Specimen", "EBUS-TBNA: (1) station 4R, (2) station 11L"),
                   ("Taken", "10/02/2026"), ("Authorised", "13/02/2026")], cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("Clinical details", "rule"))
    s.append(r.p("Ex-smoker. 4 cm LUL mass with mediastinal nodes. ? primary lung cancer. Please do PD-L1 and "
                 "molecular. Previous history: colorectal carcinoma resected 2019, records not available here."))
    s.append(r.h("Material received", "rule"))
    s.append(r.p("(1) 4R: four passes, two air-dried and two alcohol-fixed smears, needle rinse for cell block. "
                 "(2) 11L: three passes, smears and cell block."))
    s.append(r.h("Microscopy", "rule"))
    s.append(r.j("(1) Station 4R: lymphoid material with a few small clusters of malignant epithelial cells showing "
                 "nuclear enlargement, prominent nucleoli and vacuolated cytoplasm. Cell block contains a small number "
                 "of tumour cells (estimated 40 viable tumour cells in the best level). (2) Station 11L: reactive "
                 "lymphoid cells and anthracotic histiocytes; no malignant cells."))
    s.append(r.p("Immunocytochemistry (cell block 1): tumour cells TTF-1 positive, p40 negative, CK7 positive, "
                 "CDX2 negative, CK20 negative."))
    s.append(r.h("Predictive biomarker requests", "rule"))
    rows = [["Test requested", "Status", "Reason / detail", "Follow-up"],
            ["PD-L1 IHC (22C3)", "Not reportable", "Fewer than 100 viable tumour cells in the cell block (approx. 40)",
             "Consider repeat sampling"],
            ["ALK IHC (D5F3)", "Not performed", "Material exhausted after the diagnostic panel", ""],
            ["ROS1 IHC (D4D6)", "Not performed", "As above", ""],
            ["EGFR mutation (tissue)", "Referred", "Smears sent to Regional Genomic Laboratory (ref GL26-1188)",
             "Awaited"],
            ["Lung panel NGS (ctDNA)", "Requested", "Plasma sample taken 12/02/2026 by clinical team", "Awaited"]]
    s.append(r.grid(rows, [0.22, 0.16, 0.4, 0.22], head_bg=LIGHT))
    s.append(r.sp(6))
    s.append(r.ticks(["Adequate", "Suboptimal (limited tumour cells)", "Inadequate"], 1,
                     label="Adequacy for predictive testing:"))
    s.append(r.h("Conclusion", "rule"))
    s.append(r.p("<b>(1) EBUS-TBNA station 4R: metastatic non-small cell carcinoma, favour adenocarcinoma "
                 "(TTF-1 positive). (2) Station 11L: no malignant cells seen.</b>"))
    s.append(r.h("Comment", "rule"))
    s.append(r.j("The immunoprofile supports a lung primary rather than metastatic colorectal carcinoma. The cell "
                 "block is too sparse for PD-L1 scoring and ALK/ROS1 immunohistochemistry could not be done. Smears "
                 "have been sent for EGFR mutation testing after cytological marking; the result, and any plasma "
                 "result, will be reported by the genomic laboratory. If tissue testing fails, repeat EBUS or "
                 "CT-guided biopsy of the primary should be considered for a complete biomarker profile."))
    s.append(r.sp(4))
    s.append(r.sm("For information: in non-squamous NSCLC the current regional pathway asks for EGFR, ALK, ROS1, "
                  "KRAS G12C, BRAF V600E, MET exon 14, RET and NTRK status and PD-L1 expression before first-line "
                  "treatment. This list describes the pathway only and is not a result for this patient."))
    s.append(r.sign("Dr L. Sutherland-Oyelaran", "Consultant Cytopathologist", "Authorised 13/02/2026 12:20", seed=79))
    return s


# ----------------------------------------------------------------------------- 5922
@report("5922", BELLAVISTA,
        Meta("5922", "Patient V", "BOD-26-00903", "19/07/1979", "M", "MP26/0903", "29/01/2026", "03/02/2026",
             "06/02/2026", "Dr. G. Albertini", title="BRAF / NRAS"),
        [L("BRAF", "mutation", "positive", ["V600K/R/M", "p.V600K"], alteration="V600K"),
         L("NRAS", "mutation", "negative", ["NRAS exon 2"]),
         L("BRAF", "mutation", "negative", ["BRAF wild type"], optional=True)],
        doc="Molecular pathology report: BRAF/NRAS real-time PCR on melanoma metastasis, channel table",
        tumour="melanoma, nodal metastasis",
        kinds=["GRID", "CTRL", "PRIOR", "CMT", "KV2", "LEG"])
def r5922(r):
    s = []
    s.append(r.h("Molecular Pathology Report - Referto", "h1"))
    s.append(r.kv([("Patient", "Patient V"), ("Patient code", "BOD-26-00903"), ("Date of birth", "19/07/1979"),
                   ("Sex", "M"), ("Requesting", "Dr. G. Albertini, Dermato-oncology"), ("Accession", "MP26/0903"),
                   ("Sample", "FFPE 26-I-2215 B1, left axillary lymph node"), ("Collected", "29/01/2026"),
                   ("Received", "03/02/2026"), ("Reported", "06/02/2026")], cols=2, kw=0.16, vw=0.34, style="grid"))
    s.append(r.h("Clinical question", "h3"))
    s.append(r.p("Stage III melanoma (axillary node metastasis), candidate for adjuvant therapy: BRAF V600 status. "
                 "Primary (left scapular melanoma, 2022, other hospital): BRAF wild type according to the outside "
                 "report provided by the clinician."))
    s.append(r.h("Sample", "h3"))
    s.append(r.p("Tumour cell content 70%, pigment moderate. DNA 18.9 ng/uL, amplifiable."))
    s.append(r.h("Results", "h3"))
    rows = [["Gene", "Target (assay channel)", "Delta Ct", "Call"],
            ["BRAF", "V600E / V600E2 / V600D", "-", "Not detected"],
            ["BRAF", "V600K/R/M", "3.4", "DETECTED"],
            ["NRAS", "NRAS exon 2 (G12, G13)", "-", "Not detected"],
            ["NRAS", "NRAS exon 3 (Q61)", "-", "Not detected"],
            ["KIT", "Exons 9, 11, 13, 17", "", "Not analysed (not requested)"],
            ["Control", "Internal control (BRAF exon 3)", "Ct 25.1", "Valid"],
            ["Control", "Positive / negative run controls", "", "Valid"]]
    s.append(r.grid(rows, [0.12, 0.4, 0.16, 0.32]))
    s.append(r.sp(6))
    s.append(r.box([r.p("<b>Conclusion.</b> A BRAF codon 600 mutation was detected in the V600K/R/M channel. The "
                        "delta-Ct profile is consistent with p.V600K. No NRAS mutation was found in the targets "
                        "analysed.")], fill=colors.Color(0.93, 0.97, 0.97)))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The result differs from that reported for the 2022 primary melanoma. Discordance between primary "
                 "and metastasis is uncommon but described, and may also reflect differences between assays or "
                 "tumour content; the primary has not been retested here (block not available). The present "
                 "result refers to the nodal metastasis and supports eligibility for BRAF/MEK-targeted therapy. "
                 "If confirmation of the exact variant is needed, sequencing can be performed on the same DNA."))
    s.append(r.grid([["Assay channel", "Variants detected"],
                     ["V600E/E2/D", "c.1799T&gt;A (V600E), c.1799_1800TG&gt;AA (V600E2), c.1799_1800TG&gt;AT (V600D)"],
                     ["V600K/R/M", "c.1798_1799GT&gt;AA (V600K), c.1798_1799GT&gt;AG (V600R), c.1798G&gt;A (V600M)"]],
                    [0.2, 0.8], cellstyle="cellsm", style="rows"))
    s.append(r.h("Method", "h3"))
    s.append(r.sm("Automated DNA extraction and allele-specific real-time PCR (CE-IVD). Limit of detection: 5% "
                  "mutant alleles for V600E, 5-10% for other codon 600 variants; NRAS 5%."))
    s.append(r.sp(6))
    s.append(r.sign("Dott.ssa Ilaria Venturini", "Dirigente Medico, Anatomia Patologica", "06/02/2026", seed=38))
    return s


# ----------------------------------------------------------------------------- 5923
@report("5923", SABLE_POINT,
        Meta("5923", "Patient W", "SPM-451337", "10/03/1981", "F", "SP-26-R-0288", "02/02/2026", "02/05/2026",
             "02/13/2026", "Harold Kimathi, MD", title="RNA Fusion Panel"),
        [L("RET", "fusion", "positive", ["KIF5B-RET"], alteration="KIF5B-RET"),
         L("ALK", "fusion", "negative", ["EML4-ALK (variants 1, 2, 3a/b"]),
         L("ROS1", "fusion", "negative", ["CD74-ROS1"]),
         L("NTRK", "fusion", "negative", ["ETV6-NTRK3"]),
         L("MET", "mutation", "negative", ["MET exon 14 skipping"])],
        doc="Targeted RNA fusion panel (RT-PCR) report with gene-by-gene target table", tumour="lung adenocarcinoma",
        kinds=["GRID", "CTRL", "HEAD", "CMT", "OOS"])
def r5923(r):
    s = []
    s.append(r.h("Targeted RNA Fusion Panel - Lung", "h1"))
    s.append(r.kv([("Patient", "Patient W"), ("Specimen ID", "SP-26-R-0288"), ("MRN", "SPM-451337"),
                   ("Source", "Pleural fluid cell block, client case C26-114"), ("DOB / Sex", "10/03/1981 / F"),
                   ("Tumor content", "25% (estimated)"), ("Ordering", "Harold Kimathi, MD"),
                   ("Collected / received", "02/02/2026 / 02/05/2026"), ("Facility", "Piedmont Ridge Oncology"),
                   ("Reported", "02/13/2026")], cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("Summary", "h2"))
    s.append(r.p("<b>POSITIVE: RET fusion detected - KIF5B-RET (KIF5B exon 15 :: RET exon 12).</b>"))
    s.append(r.p("No ALK, ROS1 or NTRK1/2/3 fusion and no MET exon 14 skipping transcript detected."))
    s.append(r.h("Results by target", "h2"))
    rows = [["Gene", "Transcripts covered", "Result", "Detail"],
            ["ALK", "EML4-ALK (variants 1, 2, 3a/b, 4, 5a/b, 6, 7); KIF5B-ALK; TFG-ALK", "Not detected", ""],
            ["ROS1", "CD74-ROS1, SLC34A2-ROS1, EZR-ROS1, SDC4-ROS1, TPM3-ROS1, GOPC-ROS1", "Not detected", ""],
            ["RET", "KIF5B-RET (6 variants), CCDC6-RET, NCOA4-RET, TRIM33-RET", "DETECTED",
             "KIF5B-RET, exon 15 : exon 12; 1,840 supporting amplicon reads"],
            ["NTRK1", "TPM3-NTRK1, LMNA-NTRK1, TPR-NTRK1, IRF2BP2-NTRK1", "Not detected", ""],
            ["NTRK2", "QKI-NTRK2, TRIM24-NTRK2", "Not detected", ""],
            ["NTRK3", "ETV6-NTRK3, SQSTM1-NTRK3", "Not detected", ""],
            ["MET", "MET exon 14 skipping (exon 13 : exon 15 junction)", "Not detected", ""],
            ["Expression controls", "GAPDH, ITGB7, LRP1, MYC (housekeeping amplicons)", "Pass",
             "Total mapped reads 412,000"]]
    s.append(r.grid(rows, [0.1, 0.46, 0.14, 0.3], valign="TOP"))
    s.append(r.h("Interpretation", "h2"))
    s.append(r.j("An oncogenic KIF5B-RET fusion is present. RET fusions occur in about 1-2% of non-small cell "
                 "lung cancers and are targetable with selective RET inhibitors. The absence of other fusion "
                 "transcripts is expected, since driver fusions are generally mutually exclusive."))
    s.append(r.j("Limitations: the panel detects only the listed partner-exon combinations; novel partners and "
                 "NRG1 fusions are not covered. A negative result in a sample with low tumor content (25% here) "
                 "does not exclude a fusion below the limit of detection. DNA mutation testing (EGFR, KRAS, BRAF) "
                 "was reported separately by the client laboratory and is not repeated here."))
    s.append(r.h("Method", "h2"))
    s.append(r.sm("Total nucleic acid extraction from FFPE; targeted RNA amplicon library preparation; sequencing "
                  "on a benchtop sequencer. Fusion calling requires at least 50 unique reads spanning the junction "
                  "and passing expression controls."))
    s.append(r.sp(8))
    s.append(r.sign("Claire Duval, MD", "Molecular Pathologist, Laboratory Director", "Electronically signed 02/13/2026", seed=41))
    return s


# ----------------------------------------------------------------------------- 5924
@report("5924", GREYWATER,
        Meta("5924", "Patient X", "GW-4502917", "07/02/1959", "F", "NP26-0188", "22/01/2026", "22/01/2026",
             "16/02/2026", "Ms T. Adeyinka (Neurosurgery)", title="Supplementary Neuropathology Report"),
        [L("IDH1", "expression", "negative", ["IDH1 R132H (H09)"]),
         L("IDH1", "mutation", "negative", ["IDH1 codon 132"]),
         L("IDH2", "mutation", "negative", ["IDH2 codon 172"]),
         L("EGFR", "amplification", "positive", ["EGFR amplified", "6.8"], ratio=6.8),
         L("Ki-67", "expression", "reported", ["30%"], percent=30),
         L("TP53", "expression", "negative", ["Wild-type pattern"], optional=True)],
        doc="Supplementary neuropathology report: glioblastoma molecular results, EGFR FISH box",
        tumour="brain, glioblastoma IDH-wildtype",
        kinds=["FISH", "GRID", "KV2", "PEND", "OOS", "HEAD"])
def r5924(r):
    s = []
    s.append(r.h("Supplementary Neuropathology Report", "h1"))
    s.append(r.p("Supplement 1 to NP26-0188 (initial report 27/01/2026): molecular results and integrated diagnosis", r.s.ital))
    s.append(r.kv([("Patient", "Patient X"), ("Hospital no.", "GW-4502917"), ("Date of birth", "07/02/1959"),
                   ("Sex", "Female"), ("Neuropathology no.", "NP26-0188"), ("Operation date", "22/01/2026"),
                   ("Surgeon", "Ms T. Adeyinka"), ("Supplement issued", "16/02/2026")], cols=2, kw=0.18, vw=0.32))
    s.append(r.rule())
    s.append(r.grid([["Integrated diagnosis", "<b>Glioblastoma, IDH-wildtype, CNS WHO grade 4</b>"],
                     ["Histological diagnosis", "Astrocytic glioma with microvascular proliferation and necrosis"],
                     ["CNS WHO grade", "4"],
                     ["Molecular information", "IDH1/IDH2 wild type; EGFR amplified; TERT promoter mutant (C228T); "
                      "CDKN2A/B homozygous deletion; MGMT promoter unmethylated"]],
                    [0.28, 0.72], header=0, style="full", bold_first_col=True))
    s.append(r.h("Immunohistochemistry (from initial report)", "h3"))
    rows = [["Antibody", "Result"],
            ["IDH1 R132H (H09)", "Negative"], ["ATRX", "Retained"],
            ["p53", "Wild-type pattern (scattered nuclei, about 10%)"],
            ["Ki-67 (MIB-1)", "30% in the most proliferative areas"],
            ["GFAP / Olig2", "Positive / positive"], ["H3 K27M", "Negative"]]
    s.append(r.grid(rows, [0.3, 0.7]))
    s.append(r.h("Molecular results", "h3"))
    rows = [["Test", "Method", "Result"],
            ["IDH1 codon 132", "Pyrosequencing", "No mutation detected"],
            ["IDH2 codon 172", "Pyrosequencing", "No mutation detected"],
            ["TERT promoter", "Sanger sequencing", "c.-124C&gt;T (C228T) detected"],
            ["CDKN2A/B", "FISH", "Homozygous deletion (78% of nuclei)"],
            ["MGMT promoter", "Methylation-specific pyrosequencing", "Unmethylated (mean 3%)"],
            ["EGFRvIII", "RT-PCR (reference laboratory)", "Sent 09/02/2026 - pending"]]
    s.append(r.grid(rows, [0.22, 0.34, 0.44]))
    s.append(r.h("EGFR FISH", "h3"))
    s.append(r.grid([["Nuclei scored", "Mean EGFR / nucleus", "Mean CEP7 / nucleus", "EGFR/CEP7 ratio",
                      "Nuclei with clusters"],
                     ["100", "21.0 (clusters estimated)", "3.1", "6.8", "72%"]],
                    [0.18, 0.22, 0.2, 0.2, 0.2], cellstyle="cellc"))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>EGFR amplified</b> (EGFR/CEP7 ratio 6.8, innumerable clustered signals in 72% of "
                        "nuclei). Polysomy 7 also present. Threshold for amplification: ratio &gt;= 2.0.")],
                   width_frac=0.75))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("In this 66-year-old patient the absence of IDH1 R132H staining and of IDH1/IDH2 mutations by "
                 "sequencing, with EGFR amplification, TERT promoter mutation and CDKN2A/B homozygous deletion, "
                 "confirms glioblastoma, IDH-wildtype. p53 immunostaining shows a wild-type pattern. The MGMT "
                 "promoter is unmethylated, which predicts less benefit from temozolomide. The EGFRvIII result will "
                 "be issued as a further supplement; it does not change the diagnosis."))
    s.append(r.sp(8))
    s.append(r.sign("Dr H. Vasilakopoulou", "Consultant Neuropathologist", "Authorised 16/02/2026", seed=67))
    return s


# ----------------------------------------------------------------------------- 5925
@report("5925", PINECREST,
        Meta("5925", "Patient Y", "PC-00887126", "09/02/2016", "F", "PCS26-0305", "01/26/2026", "01/26/2026",
             "02/10/2026", "Luis Okonjo-Park, MD (Neuro-oncology)", title="Neuropathology"),
        [L("BRAF", "fusion", "positive", ["KIAA1549::BRAF"], alteration="KIAA1549-BRAF"),
         L("BRAF", "mutation", "negative", ["BRAF V600E"]),
         L("IDH1", "expression", "negative", ["IDH1 R132H"]),
         L("BRAF", "expression", "negative", ["BRAF V600E (VE1)"])],
        doc="Paediatric neuropathology report (pilocytic astrocytoma) with tick boxes for the MAPK alteration",
        tumour="brain, pilocytic astrocytoma (cerebellum)",
        kinds=["TICK", "MULTI", "GRID", "OOS", "KV2", "CMT"])
def r5925(r):
    s = []
    s.append(r.h("Neuropathology Consultation Report", "h1"))
    s.append(r.kv([("Patient", "Patient Y"), ("MRN", "PC-00887126"), ("DOB / age", "09/02/2016 (9 y)"),
                   ("Sex", "F"), ("Case", "PCS26-0305"), ("Procedure", "Posterior fossa craniotomy, resection"),
                   ("Collected", "01/26/2026"), ("Neuro-oncology", "Luis Okonjo-Park, MD"),
                   ("Final", "02/10/2026"), ("Blocks tested", "A1 (solid), A3 (cyst wall nodule)")],
                  cols=2, kw=0.14, vw=0.36, style="grid"))
    s.append(r.h("Final diagnosis", "h3"))
    s.append(r.p("<b>Cerebellum, left hemisphere, resection: pilocytic astrocytoma, CNS WHO grade 1, with "
                 "KIAA1549::BRAF fusion.</b>"))
    s.append(r.h("Microscopic description", "h3"))
    s.append(r.j("Biphasic astrocytic tumor with compact piloid areas containing Rosenthal fibers and loose "
                 "microcystic areas with eosinophilic granular bodies. Hyalinized vessels and glomeruloid vascular "
                 "proliferation are present. Mitoses are not found. No necrosis."))
    s.append(r.h("Immunohistochemistry", "h3"))
    s.append(r.grid([["Stain", "Result", "Comment"],
                     ["GFAP", "Positive", "Piloid processes"], ["Olig2", "Positive", ""],
                     ["IDH1 R132H", "Negative", ""], ["H3 K27M", "Negative", ""],
                     ["BRAF V600E (VE1)", "Negative", "Correlates with sequencing below"],
                     ["Ki-67 / MIB-1", "Low", "Not formally counted"], ["Synaptophysin", "Entrapped neuropil only", ""]],
                    [0.24, 0.3, 0.46], style="full"))
    s.append(r.h("Molecular studies (blocks A1 and A3, concordant)", "h3"))
    s.append(r.grid([["Assay", "Target", "Result"],
                     ["RT-PCR with fragment analysis", "KIAA1549::BRAF (exon 16:9, 15:9, 16:11)",
                      "Fusion detected: KIAA1549 exon 16 - BRAF exon 9"],
                     ["Pyrosequencing", "BRAF V600E", "Not detected"],
                     ["Pyrosequencing", "FGFR1 hotspots (N546, K656)", "Not detected"],
                     ["NF1 sequencing", "-", "Not performed (no clinical features of NF1)"]],
                    [0.26, 0.34, 0.4]))
    s.append(r.sp(6))
    s.append(r.ticks(["BRAF V600E", "BRAF fusion / duplication", "FGFR1", "NF1", "Other", "None identified"], 1,
                     label="MAPK pathway alteration:"))
    s.append(r.ticks(["Somatic (tumor only)", "Germline", "Not determined"], 0, label="Origin:"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The KIAA1549::BRAF fusion, the commonest alteration in cerebellar pilocytic astrocytoma, was "
                 "identified in both tested blocks. Although VE1 immunostaining can show weak nonspecific "
                 "background, it was negative here and sequencing confirms the absence of BRAF V600E. Should "
                 "residual or progressive disease require systemic therapy, MEK inhibitors are the relevant "
                 "class for BRAF-fusion tumors; BRAF V600E-selective inhibitors are not indicated."))
    s.append(r.sp(8))
    s.append(r.sign("Mirela Kovacevic-Grant, MD", "Pediatric Neuropathologist", "Electronically signed 02/10/2026", seed=83))
    return s


# ----------------------------------------------------------------------------- 5926
@report("5926", COBALT,
        Meta("5926", "Patient Z", "Subject 305-017-014", "n/a (year 1956)", "M", "CTCL-305-26-00214", "08/2021",
             "02/02/2026", "02/09/2026", "Site 017 PI: Dr. A. Brennan-Ito", title="Protocol CTX-HER2-305"),
        [L("HER2", "expression", "equivocal", ["IHC 2+", "HER2-expressing (2+)"], ihc_score="2+"),
         L("HER2", "expression", "negative", ["HER2 1+ (local"], ihc_score="1+", optional=True)],
        doc="Trial central laboratory HER2 screening report on archival urothelial tissue with tick boxes",
        tumour="urothelial carcinoma of bladder",
        kinds=["TICK", "GRID", "PRIOR", "OOS", "CTRL", "LEG"])
def r5926(r):
    s = []
    s.append(r.h("Central Laboratory Screening Report", "h1"))
    s.append(r.p("Protocol CTX-HER2-305 - HER2-directed antibody-drug conjugate in HER2-expressing solid tumours "
                 "(fictitious protocol), cohort C: urothelial carcinoma", r.s.ital))
    s.append(r.kv([("Subject ID", "305-017-014"), ("Patient", "Patient Z"), ("Site", "017 - Lakeview Oncology Research"),
                   ("Year of birth / sex", "1956 / M"), ("Accession", "CTCL-305-26-00214"),
                   ("Sample", "Archival FFPE, TURBT 08/2021, block 1B"), ("Received", "02/02/2026"),
                   ("Reported", "02/09/2026")], cols=2, kw=0.17, vw=0.33, style="box"))
    s.append(r.p("Site-reported local HER2 result: HER2 1+ (local laboratory, 2021, scoring system not stated)."))
    s.append(r.h("HER2 immunohistochemistry (central)", "h3"))
    rows = [["Antibody", "% tumour cells: 0", "1+", "2+", "3+", "Membrane pattern", "Central score"],
            ["4B5", "20%", "35%", "45%", "0%", "Complete and basolateral", "IHC 2+"],
            ["Control: cell line 3-in-1", "", "", "", "", "0 / 1+ / 3+ graded as expected", "Valid"],
            ["Control: negative reagent", "", "", "", "", "No staining", "Valid"]]
    s.append(r.grid(rows, [0.2, 0.13, 0.08, 0.08, 0.08, 0.26, 0.17], head_bg=LIGHT))
    s.append(r.sp(6))
    s.append(r.ticks(["0", "1+", "2+", "3+", "Not evaluable"], 2, label="HER2 IHC category:"))
    s.append(r.ticks(["HER2-expressing (2+ or 3+): criterion met", "Criterion not met"], 0, label="Protocol:"))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>Central result: HER2-expressing (2+).</b> Moderate complete or basolateral membrane "
                        "staining in 45% of tumour cells.")], width_frac=0.8))
    s.append(r.h("Exploratory markers (not for eligibility)", "h3"))
    s.append(r.grid([["Marker", "Clone", "H-score", "Comment"],
                     ["Nectin-4", "EPR15613-68", "240", "Membranous and cytoplasmic"],
                     ["TROP2", "EPR20043", "205", ""],
                     ["PD-L1", "22C3", "-", "Not performed (not in sponsor's exploratory panel)"]],
                    [0.18, 0.18, 0.14, 0.5], style="rows"))
    s.append(r.h("Scoring guide used by the protocol", "h3"))
    s.append(r.grid([["Score", "Criteria (adapted from gastric scoring)"],
                     ["0", "No staining or membrane staining in &lt; 10% of tumour cells"],
                     ["1+", "Faint/barely perceptible membrane staining in &gt;= 10%"],
                     ["2+", "Weak to moderate complete, basolateral or lateral staining in &gt;= 10%"],
                     ["3+", "Strong complete, basolateral or lateral staining in &gt;= 10%"]],
                    [0.1, 0.9], cellstyle="cellsm", style="rows"))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("The central score (2+) is higher than the score reported locally in 2021 (1+). Inter-laboratory "
                 "variation at the 1+/2+ boundary is common; eligibility is based on the central result. ISH is "
                 "not required by this protocol and was not performed."))
    s.append(r.sp(6))
    s.append(r.sign("Vivian Achterberg, MD", "Reading Pathologist", "02/09/2026", seed=47))
    return s


# ----------------------------------------------------------------------------- 5927
@report("5927", SABLE_POINT,
        Meta("5927", "Patient AA", "SPM-460021", "05/28/1967", "F", "SP-26-M-2044", "02/10/2026", "02/16/2026",
             "02/23/2026", "Joanna Prevost, MD", title="PIK3CA Mutation Analysis"),
        [L("PIK3CA", "mutation", "positive", ["H1047R"], alteration="H1047R"),
         L("PIK3CA", "mutation", "negative", ["no PIK3CA mutation"], optional=True)],
        doc="Single-gene PCR report (PIK3CA) with exon table and a discordant earlier result", tumour="breast carcinoma, bone/soft tissue metastasis",
        kinds=["GRID", "HEAD", "PRIOR", "OOS", "CTRL", "CMT"])
def r5927(r):
    s = []
    s.append(r.h("PIK3CA Mutation Analysis", "h1"))
    s.append(r.kv([("Patient", "Patient AA"), ("Specimen ID", "SP-26-M-2044"), ("MRN", "SPM-460021"),
                   ("Source", "Chest wall nodule, excision, block A2"), ("DOB", "05/28/1967"),
                   ("Tumor content", "50%"), ("Ordering", "Joanna Prevost, MD"), ("Collected", "02/10/2026"),
                   ("Facility", "Blue Heron Cancer Clinic"), ("Reported", "02/23/2026")], cols=2, kw=0.14, vw=0.36,
                  style="box"))
    s.append(r.h("Indication", "h2"))
    s.append(r.p("Metastatic breast carcinoma progressing on endocrine therapy; PIK3CA status for eligibility for "
                 "a PI3K-alpha inhibitor. Receptor status per the requesting clinic's records."))
    s.append(r.h("Result", "h2"))
    s.append(r.box([r.p("<b>PIK3CA MUTATION DETECTED: p.H1047R (c.3140A&gt;G), exon 20</b>")], width_frac=0.7))
    s.append(r.sp(6))
    rows = [["Exon", "Variants targeted", "Result"],
            ["7", "C420R", "Not detected"],
            ["9", "E542K, E545A, E545D, E545G, E545K, Q546E, Q546R", "Not detected"],
            ["20", "H1047L, H1047R, H1047Y", "H1047R"],
            ["Control", "Exon 20 reference amplicon", "Valid (Ct 26.8)"]]
    s.append(r.grid(rows, [0.12, 0.58, 0.3], valign="MIDDLE"))
    s.append(r.h("Additional genes on request form", "h2"))
    s.append(r.p("AKT1 E17K: not requested. ESR1 ligand-binding domain mutations: requested on plasma "
                 "(ctDNA), reported separately under SP-26-P-0611 (pending). PTEN IHC: not performed by this "
                 "laboratory."))
    s.append(r.h("Interpretation", "h2"))
    s.append(r.j("The activating hotspot variant H1047R is present. Tumors with this variant are eligible for "
                 "PI3K-alpha inhibitor therapy in combination with endocrine therapy, per the labelled indication. "
                 "Note that testing of the 2021 primary tumor at another laboratory reported no PIK3CA mutation "
                 "(report supplied by the clinic). The discordance may reflect tumor evolution, assay coverage or "
                 "tumor content; the present result relates to the current metastatic lesion."))
    s.append(r.h("Method", "h2"))
    s.append(r.sm("Allele-specific real-time PCR for 11 PIK3CA hotspot variants in exons 7, 9 and 20. Limit of "
                  "detection 2-6% mutant allele fraction depending on variant. Variants outside the targets are "
                  "not detected."))
    s.append(r.sp(8))
    s.append(r.sign("Claire Duval, MD", "Molecular Pathologist, Laboratory Director", "Electronically signed 02/23/2026", seed=41))
    return s


# ----------------------------------------------------------------------------- 5928
@report("5928", HARROWGATE,
        Meta("5928", "Patient AB", "HD3908114", "02/02/1957", "M", "H26-03022", "16/02/2026", "16/02/2026",
             "27/02/2026", "Dr S. Ferreira-Walsh", title="SUPPLEMENTARY REPORT - OG BIOMARKERS"),
        [L("HER2", "expression", "equivocal", ["2+ (equivocal)"], ihc_score="2+"),
         L("HER2", "amplification", "positive", ["AMPLIFIED", "3.1"], ratio=3.1),
         L("PD-L1", "expression", "positive", ["CPS 12"], value="CPS 12")],
        doc="Supplementary biomarker report on an oesophageal biopsy: HER2 IHC, ISH counts, PD-L1 28-8",
        tumour="distal oesophagus, adenocarcinoma",
        kinds=["AMEND", "FISH", "KV2", "HEAD", "PEND", "OOS", "GRID"])
def r5928(r):
    s = []
    s.append(r.h("SUPPLEMENTARY HISTOPATHOLOGY REPORT", "h1"))
    s.append(r.kv([("Patient", "Patient AB"), ("Hospital no.", "HD3908114"), ("Date of birth", "02/02/1957"),
                   ("Sex", "Male"), ("Requested by", "Dr S. Ferreira-Walsh, Upper GI"), ("Location", "Endoscopy"),
                   ("Lab number", "H26-03022"), ("Specimen", "Distal oesophagus, 34-38 cm, biopsies (x8)"),
                   ("Taken", "16/02/2026"), ("Supplement", "27/02/2026 (no. 2)")], cols=2, kw=0.14, vw=0.36, style="box"))
    s.append(r.h("Previous reports on this specimen", "rule"))
    s.append(r.p("Initial report 19/02/2026: adenocarcinoma, moderately differentiated, arising in Barrett's "
                 "oesophagus. Supplement 1 (23/02/2026) read: <i>\"HER2 IHC 2+ (equivocal) - ISH to follow; "
                 "PD-L1 to follow.\"</i> This supplement gives the final results."))
    s.append(r.h("HER2", "rule"))
    s.append(r.kv([("IHC (4B5), biopsy criteria", "2+ (equivocal)"),
                   ("Distribution", "Cluster of &gt; 5 cells with moderate basolateral staining in 3 of 8 fragments"),
                   ("ISH method", "Dual-colour silver ISH (HER2 / CEP17)"),
                   ("Nuclei counted", "40 (two areas of 20)")], cols=1, kw=0.3, vw=0.7))
    s.append(r.sp(2))
    s.append(r.grid([["Area", "HER2 signals", "CEP17 signals", "HER2 / nucleus", "CEP17 / nucleus", "Ratio"],
                     ["Fragment 2", "138", "44", "6.9", "2.2", "3.1"],
                     ["Fragment 5", "126", "40", "6.3", "2.0", "3.2"],
                     ["Overall", "264", "84", "6.6", "2.1", "3.1"]],
                    [0.2, 0.16, 0.16, 0.16, 0.16, 0.16], cellstyle="cellc"))
    s.append(r.sp(4))
    s.append(r.box([r.p("<b>HER2 ISH: AMPLIFIED</b> (ratio 3.1). Combined HER2 status: <b>POSITIVE</b> "
                        "(IHC 2+ with gene amplification).")], width_frac=0.8))
    s.append(r.h("PD-L1", "rule"))
    s.append(r.kv([("Assay", "PD-L1 IHC 28-8"), ("Combined positive score", "CPS 12"),
                   ("Tumour cells evaluated", "approx. 450"), ("Result", "Positive at CPS &gt;= 1 and CPS &gt;= 5"),
                   ("Control", "Tonsil and cell-line controls acceptable")], cols=1, kw=0.3, vw=0.7))
    s.append(r.h("Other", "rule"))
    s.append(r.grid([["Test", "Status"],
                     ["Claudin 18.2 (43-14A)", "Requested by oncology 26/02/2026 - referred to Regional Laboratory, awaited"],
                     ["MMR IHC", "Not requested"],
                     ["EBER ISH", "Negative (performed with initial report)"]],
                    [0.3, 0.7], style="rows"))
    s.append(r.h("Comment", "rule"))
    s.append(r.j("HER2 is positive by ISH and the tumour is eligible for HER2-directed therapy in the metastatic "
                 "setting. PD-L1 has been scored with the 28-8 assay as requested for nivolumab; scores from 22C3 "
                 "or SP263 may differ. Claudin 18.2 will follow as a further supplement. The equivocal IHC result "
                 "quoted in supplement 1 is superseded only in the sense that the final HER2 status now includes "
                 "the ISH result."))
    s.append(r.sign("Dr A. Penhaligon", "Consultant Histopathologist", "Authorised 27/02/2026 09:55", seed=11))
    return s


# ----------------------------------------------------------------------------- 5929
@report("5929", EASTGATE,
        Meta("5929", "Patient AC", "EG-613044-R", "14/05/1962", "F", "EH26-02211", "03/02/2026", "03/02/2026",
             "17/02/2026", "Mr J. Abara (Gynaecological Oncology)", title=""),
        [L("TP53", "expression", "negative", ["complete absence of nuclear staining"]),
         L("ER", "expression", "positive", ["Positive, 70%"], percent=70),
         L("PR", "expression", "negative", ["Negative, &lt;1%".replace("&lt;", "<")], value="<1%"),
         L("BRCA1", "mutation", "positive", ["germline BRCA1"], optional=True)],
        doc="Ovarian debulking histopathology report, multi-specimen, IHC table with FR-alpha and p53 null",
        tumour="ovary / tube, high-grade serous carcinoma",
        kinds=["MULTI", "GRID", "OOS", "PEND", "PRIOR", "KV2"])
def r5929(r):
    s = []
    s.append(r.kv([("Surname / forename", "Patient AC"), ("Lab No.", "EH26-02211"), ("Hospital No.", "EG-613044-R"),
                   ("Date of birth", "14/05/1962"), ("Consultant", "Mr J. Abara"), ("Source", "Gynae-oncology theatre"),
                   ("Received", "03/02/2026"), ("Reported", "17/02/2026")], cols=2, kw=0.16, vw=0.34))
    s.append(r.rule(width=1.2))
    s.append(r.p("<b>SPECIMENS:</b> A. Uterus, cervix, right tube and ovary. B. Left tube and ovary. C. Omentum. "
                 "D. Peritoneal nodule, pouch of Douglas."))
    s.append(r.p("<b>CLINICAL:</b> Pelvic mass, CA-125 1,840. Primary debulking surgery. Known carrier of a "
                 "germline BRCA1 pathogenic variant (tested 2019, Clinical Genetics); declined risk-reducing "
                 "surgery. Mother had ovarian cancer."))
    s.append(r.p("<b>MACROSCOPY:</b>"))
    s.append(r.j("A: Uterus 95 g with cervix, right tube and ovary. Right ovary replaced by a 68 mm solid and cystic "
                 "tumour with surface excrescences; fimbria adherent. B: Left ovary 32 mm with a 20 mm solid "
                 "nodule; tube unremarkable externally. C: Omentum 260 x 120 x 20 mm with multiple nodules up to 35 "
                 "mm. D: Nodule 14 mm. Representative blocks; right fimbria entirely embedded (SEE-FIM)."))
    s.append(r.p("<b>MICROSCOPY:</b>"))
    s.append(r.j("High-grade serous carcinoma with solid, pseudo-endometrioid and transitional-like (SET) areas, "
                 "marked nuclear pleomorphism and brisk mitoses, involving both ovaries and the right fallopian "
                 "tube with serous tubal intraepithelial carcinoma (STIC) of the right fimbria. Omental and "
                 "peritoneal deposits of the same tumour. Endometrium atrophic; no carcinoma in the uterus."))
    s.append(r.p("<b>IMMUNOHISTOCHEMISTRY (block A4, right ovary):</b>"))
    rows = [["Antibody", "Result", "Details", "Comment"],
            ["WT1", "Positive", "Diffuse nuclear", "Supports serous origin"],
            ["PAX8", "Positive", "Diffuse nuclear", ""],
            ["p53", "Aberrant (null)", "complete absence of nuclear staining in tumour cells; internal control "
             "present", "Consistent with TP53 mutation"],
            ["p16", "Positive", "Strong, block-type", ""],
            ["ER", "Positive, 70%", "Moderate to strong", ""],
            ["PR", "Negative, &lt;1%", "", ""],
            ["FR-alpha (FOLR1-2.1)", "Positive", "PS2+ in 80% of tumour cells", "Meets &gt;= 75% criterion"],
            ["Ki-67", "Not performed", "", ""]]
    s.append(r.grid(rows, [0.2, 0.18, 0.34, 0.28]))
    s.append(r.p("External and internal controls satisfactory.", r.s.small))
    s.append(r.p("<b>MOLECULAR:</b> Tumour BRCA1/BRCA2 sequencing and homologous recombination deficiency (HRD) "
                 "testing on block C2 requested 10/02/2026 from the Genomic Laboratory Hub (ref GLH-26-04471) - "
                 "results awaited and will be reported by the Hub."))
    s.append(r.p("<b>COMMENT:</b>"))
    s.append(r.j("The p53 pattern (complete loss with retained internal control) is one of the aberrant patterns and "
                 "supports high-grade serous carcinoma, as does the WT1 and p16 profile. Given the known germline "
                 "BRCA1 variant, tumour testing is mainly to document HRD status for maintenance therapy. FR-alpha "
                 "expression is reported for possible future antibody-drug conjugate therapy."))
    s.append(r.p("<b>SUMMARY:</b>"))
    s.append(r.kv([("Tumour type", "High-grade serous carcinoma"), ("Primary site", "Right tube (STIC present)"),
                   ("Ovarian involvement", "Right and left"), ("Omentum", "Involved, largest 35 mm"),
                   ("Peritoneum (D)", "Involved"), ("Uterus", "Not involved"), ("Stage (FIGO 2014)", "IIIC (pT3c)"),
                   ("Chemotherapy response score", "Not applicable (primary surgery)")], cols=2, kw=0.18, vw=0.32,
                  style="grid"))
    s.append(r.sp(8))
    s.append(r.sign("Dr P. Onyekachi-Hale", "Consultant Pathologist", "Reported 17/02/2026", seed=59, drawn=False))
    return s


# ----------------------------------------------------------------------------- 5930
@report("5930", ST_COLUMBA,
        Meta("5930", "Patient AD", "SC-0699152", "28/10/1964", "F", "SC26-H-02750", "06/02/2026", "06/02/2026",
             "24/02/2026", "Ms O. Ní Bhriain (HPB Surgery)", title="Liver resection"),
        [L("HER2", "expression", "negative", ["Score 0"], ihc_score="0"),
         L("MLH1", "expression", "positive", ["MLH1"]),
         L("PMS2", "expression", "positive", ["PMS2"]),
         L("MSH2", "expression", "positive", ["MSH2"]),
         L("MSH6", "expression", "positive", ["MSH6"]),
         L("MMR", "signature", "negative", ["Proficient"]),
         L("NTRK", "expression", "negative", ["interpreted as negative"]),
         L("IDH1", "mutation", "positive", ["p.R132C"], alteration="R132C"),
         L("IDH2", "mutation", "negative", ["IDH2 codon 172"]),
         L("TMB", "signature", "negative", ["4 mut/Mb"], value="4 mut/Mb"),
         L("MSI", "signature", "negative", ["Microsatellite stable"]),
         L("HER2", "amplification", "negative", ["ERBB2 amplification not detected"]),
         L("PD-L1", "expression", "negative", ["CPS &lt;1".replace("&lt;", "<")], value="CPS <1")],
        doc="Liver resection report for intrahepatic cholangiocarcinoma with a long synoptic biomarker table",
        tumour="intrahepatic cholangiocarcinoma",
        kinds=["GRID", "KV2", "CMT", "PRIOR", "OOS", "WRAP", "CTRL"])
def r5930(r):
    s = []
    s.append(r.h("Histopathology Report", "h1"))
    s.append(r.kv([("Name", "Patient AD"), ("Hospital No.", "SC-0699152"), ("D.O.B.", "28/10/1964"), ("Sex", "F"),
                   ("Consultant", "Ms O. Ní Bhriain (HPB Surgery)"), ("Ward", "St Ita's"),
                   ("Laboratory No.", "SC26-H-02750"), ("Date received", "06/02/2026"),
                   ("Specimen", "Liver, left hemihepatectomy (segments II-IV)"), ("Date authorised", "24/02/2026")],
                  cols=2, kw=0.15, vw=0.35))
    s.append(r.rule(width=0.5))
    s.append(r.h("Clinical Information", "h3"))
    s.append(r.j("Solitary 6 cm mass in segment IVa. Percutaneous biopsy (SC25-H-14410): adenocarcinoma, "
                 "cholangiocarcinoma favoured. Comprehensive genomic profiling of the biopsy was performed by "
                 "Meridian Reference Laboratories (M25-1120418). No neoadjuvant therapy."))
    s.append(r.h("Macroscopic Description", "h3"))
    s.append(r.j("Left hemihepatectomy, 412 g, 150 x 110 x 70 mm. Within segment IVa a firm, white, lobulated "
                 "mass-forming tumour 62 x 55 x 48 mm, 9 mm from the parenchymal transection margin (inked blue). "
                 "Background liver brown and smooth. Hilar lymph nodes x3 in separate pot. Blocks A1-A12."))
    s.append(r.h("Microscopic Description", "h3"))
    s.append(r.j("Moderately differentiated adenocarcinoma forming irregular glands and cords in a desmoplastic "
                 "stroma, of small duct type. Perineural and lymphovascular invasion are present. Two satellite "
                 "nodules within 10 mm. The transection margin is clear (9 mm). Background liver shows mild "
                 "steatosis only. Lymph nodes 0/3."))
    s.append(r.h("Synoptic Summary", "h3"))
    s.append(r.kv([("Tumour type", "Intrahepatic cholangiocarcinoma, small duct type"), ("Grade", "Moderately differentiated"),
                   ("Tumour number / size", "1 (+2 satellites), 62 mm"), ("Vascular invasion", "Present (microscopic)"),
                   ("Perineural invasion", "Present"), ("Margin", "R0 (9 mm)"), ("Lymph nodes", "0 / 3"),
                   ("Stage (TNM 8)", "pT2 pN0")], cols=2, kw=0.18, vw=0.32, style="grid"))
    s.append(PageBreak())
    s.append(r.h("Biomarker Studies", "h2"))
    s.append(r.p("Immunohistochemistry and PCR on block A5 (tumour). Results from the external genomic profile of "
                 "the prior biopsy of this tumour are shown in the lower part of the table."))
    rows = [["Test", "Method / clone", "Result", "Interpretation"],
            ["HER2", "IHC, 4B5", "Score 0", "Negative"],
            ["MLH1", "IHC, ES05", "Retained", ""],
            ["PMS2", "IHC, EP51", "Retained", ""],
            ["MSH2", "IHC, G219-1129", "Retained", ""],
            ["MSH6", "IHC, EP49", "Retained", "MMR status: Proficient"],
            ["Pan-TRK", "IHC, EPR17341", "Weak staining - see comment", ""],
            ["PD-L1", "IHC, 22C3", "CPS &lt;1", "Negative"],
            ["IDH1 codon 132", "Real-time PCR", "c.394C&gt;T p.R132C detected", "Positive"],
            ["IDH2 codon 172", "Real-time PCR", "Not detected", ""],
            ["FGFR2", "FISH, break-apart", "Not rearranged (4% of nuclei)", ""],
            ["BAP1", "IHC", "Retained", ""],
            ["CK7 / CK20", "IHC", "Positive / negative", "Biliary phenotype"],
            ["External genomic profile (biopsy SC25-H-14410, Meridian M25-1120418):", "", "", ""],
            ["Tumour mutational burden", "DNA NGS, 520 genes", "4 mut/Mb", "Low (laboratory threshold 10 mut/Mb)"],
            ["Microsatellite status", "DNA NGS", "Microsatellite stable", "MSS"],
            ["ERBB2 copy number", "DNA NGS", "ERBB2 amplification not detected", ""],
            ["Other reported variants", "DNA NGS", "IDH1 R132C (VAF 28%); ARID1A p.Q586* (VAF 25%)",
             "See external report"]]
    s.append(r.grid(rows, [0.24, 0.2, 0.3, 0.26], head_bg=colors.Color(0.86, 0.9, 0.86),
                    extra=[("SPAN", (0, 13), (-1, 13)), ("BACKGROUND", (0, 13), (-1, 13), colors.Color(0.95, 0.95, 0.95))]))
    s.append(r.sp(6))
    s.append(r.h("Comment", "h3"))
    s.append(r.j("Pan-TRK: faint cytoplasmic staining is present in tumour cells adjacent to nerves and in entrapped "
                 "smooth muscle, but on review with the negative reagent control this is regarded as non-specific "
                 "background; the pan-TRK result is interpreted as negative and NTRK fusion testing is not "
                 "required on this basis. IDH1 R132C, detected here by PCR, is concordant with the genomic profile "
                 "of the biopsy and is a targetable alteration (IDH1 inhibitor). HER2 IHC is negative; ERBB2 was "
                 "not amplified on sequencing. The tumour is MMR proficient and microsatellite stable with low "
                 "TMB. FGFR2 is not rearranged; the FGFR2 result does not exclude rare fusions outside the probe "
                 "region."))
    s.append(r.h("Conclusion", "h3"))
    s.append(r.p("<b>Liver, left hemihepatectomy: intrahepatic cholangiocarcinoma, small duct type, 62 mm, "
                 "pT2 pN0, R0. IDH1 R132C mutated. HER2 negative, pMMR/MSS, TMB low, PD-L1 CPS &lt;1, pan-TRK "
                 "negative.</b>"))
    s.append(r.sp(8))
    s.append(r.sign("Dr Niamh Carberry, MB FRCPath", "Consultant Histopathologist", "Verified 24/02/2026", seed=7))
    s.append(r.sm("Discussed at HPB MDT 26/02/2026."))
    return s
