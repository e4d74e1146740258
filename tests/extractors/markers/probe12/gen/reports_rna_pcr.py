"""RNA fusion panels, hotspot panels and single-gene PCR reports: 2808-2816."""
from lib import L, Report, patient_block

LAB_AS2 = {"name": "CANARY Seowon University Hospital  Department of Pathology", "region": "as", "head": "band",
           "color": "#2f4f8f", "addr": ["Molecular Pathology Laboratory  |  000 Invented-ro, Seowon-gu", "Tel 00-0000-0000"],
           "foot": "This report is valid with the electronic signature of the reporting pathologist.", "acc": "MP26-5521"}


def r2808():
    r = Report("2808", LAB_AS2, title="RNA-based Gene Fusion Panel (NGS) Report")
    patient_block(r, [("Pathology No.", "S26-018842"), ("Specimen", "Lung, RLL, EBUS-TBNA cell block"),
                      ("Diagnosis", "Adenocarcinoma, solid predominant")])
    r.h2("Previous results (same tumour, S26-018842)")
    r.p("ALK (D5F3) immunohistochemistry: positive (strong granular cytoplasmic staining). PD-L1 (22C3) TPS: result pending.")
    r.h2("Fusion / splice variant results")
    r.table([["Target", "Result", "Breakpoint", "Supporting reads"],
             ["ALK", "FUSION DETECTED", "EML4 exon 13 :: ALK exon 20 (variant 1)", "1,284"],
             ["ROS1", "Not detected", "-", "-"],
             ["RET", "Not detected", "-", "-"],
             ["NTRK1 / NTRK2 / NTRK3", "Not detected", "-", "-"],
             ["MET exon 14 skipping", "Not detected", "-", "-"],
             ["FGFR1-3", "Not detected", "-", "-"]],
            widths=[0.25, 0.2, 0.38, 0.17], style="grid")
    r.h2("Interpretation")
    r.p("EML4::ALK fusion (variant 1, E13;A20) is identified, concordant with the positive ALK immunohistochemistry. "
        "The patient may benefit from ALK tyrosine kinase inhibitors.")
    r.h2("Method")
    r.small("Targeted RNA sequencing (anchored multiplex PCR, fictitious 'CANARY FusionPlex Lung'); internal RNA "
            "quality control passed (GSP2 control reads 3,812). Fusions with unknown partners are also detected. "
            "Limit of detection approximately 10% tumour cells.")
    r.sign("Dr. J. Park / Dr. S. Kim", "2026-11-16")
    r.lab(L("ALK", "fusion", "positive", ["FUSION DETECTED", "EML4 exon 13 :: ALK exon 20"], alteration="EML4-ALK"),
          L("ALK", "expression", "positive", "ALK (D5F3) immunohistochemistry: positive"),
          L("ROS1", "fusion", "negative", "ROS1 Not detected"),
          L("RET", "fusion", "negative", "RET Not detected"),
          L("NTRK", "fusion", "negative", "NTRK1 / NTRK2 / NTRK3 Not detected"),
          L("MET", "mutation", "negative", "MET exon 14 skipping Not detected"))
    return r


LAB_US4 = {"name": "CANARY Children's Research Hospital - Molecular Pathology", "region": "us", "head": "rule",
           "color": "#b5651d", "addr": ["900 Invented Children's Way", "Riverton, TN 00000", "CLIA 99D9999904"],
           "foot": "For questions call the molecular pathology sign-out line. Fictitious laboratory.", "acc": "MOL-26-00931"}


def r2809():
    r = Report("2809", LAB_US4, title="SOLID TUMOR FUSION PANEL (RNA) - AMENDED REPORT")
    patient_block(r, [("Specimen", "Soft tissue mass, left thigh, resection (block A3)"),
                      ("Diagnosis", "Infantile fibrosarcoma (spindle cell neoplasm)"), ("Age", "7 months")])
    r.p("**Amendment:** this report was amended on 11/20/2026 to add the pan-TRK immunohistochemistry result. The fusion result is unchanged.")
    r.h2("RESULT")
    r.p("**POSITIVE** for an in-frame ETV6-NTRK3 fusion (ETV6 exon 5 :: NTRK3 exon 15).")
    r.h2("Immunohistochemistry (correlative)")
    r.p("pan-TRK (clone EPR17341): diffuse moderate-to-strong cytoplasmic and nuclear staining in tumor cells. Interpretation: positive.")
    r.h2("Other targets on the panel")
    r.p("No fusions involving ALK, ROS1, RET, BRAF or NTRK1/NTRK2 were detected.")
    r.h2("Comment")
    r.p("ETV6-NTRK3 fusion is characteristic of infantile fibrosarcoma and predicts response to TRK inhibitors "
        "(larotrectinib, entrectinib).")
    r.small("Method: anchored multiplex PCR, 115 genes. Not designed to detect point mutations or copy number changes.")
    r.sign("C. Duarte, MD", "11/20/2026")
    r.lab(L("NTRK", "fusion", "positive", "ETV6-NTRK3 fusion (ETV6 exon 5", alteration="ETV6-NTRK3"),
          L("NTRK", "expression", "positive", "pan-TRK (clone EPR17341)"),
          L("ALK", "fusion", "negative", "No fusions involving ALK, ROS1, RET, BRAF"),
          L("ROS1", "fusion", "negative", "No fusions involving ALK, ROS1, RET, BRAF"),
          L("RET", "fusion", "negative", "No fusions involving ALK, ROS1, RET, BRAF"),
          L("BRAF", "fusion", "negative", "No fusions involving ALK, ROS1, RET, BRAF"))
    return r


LAB_EU4 = {"name": "CANARY Ospedale Universitario San Invento - Anatomia Patologica", "region": "eu", "head": "center",
           "color": "#2e6b30", "addr": ["Laboratorio di Patologia Molecolare, Via Inventata 5, 00000 Citta", "Direttore: Prof. A. Rossi (fittizio)"],
           "foot": "Referto firmato digitalmente. Copia conforme all'originale.", "acc": "PM 26/2214", "pagefmt": "Pag. %d di %d"}


def r2810():
    r = Report("2810", LAB_EU4, title="Referto di Patologia Molecolare / Molecular Pathology Report - Hotspot NGS Panel")
    patient_block(r, [("N. esame", "PM 26/2214"), ("Materiale", "Colon, liver metastasis biopsy"),
                      ("Percentuale cellule neoplastiche", "50%")])
    r.h2("Results")
    r.table([["Gene", "Regions analysed", "Result", "Variant", "VAF"],
             ["KRAS", "exon 2 (codons 12, 13), exon 3 (59, 61), exon 4 (117, 146)", "No mutation", "-", "-"],
             ["NRAS", "exon 2 (codons 12, 13), exon 3 (59, 61), exon 4 (117, 146)", "No mutation", "-", "-"],
             ["BRAF", "exon 15 (codon 600)", "Mutation detected", "c.1799T>A p.(V600E)", "27%"],
             ["PIK3CA", "exons 10, 21", "No mutation", "-", "-"],
             ["EGFR", "exons 18-21", "Not analysed (not requested)", "-", "-"]],
            widths=[0.1, 0.38, 0.2, 0.2, 0.12], style="grid")
    r.h2("Conclusione")
    r.p("Il campione presenta la mutazione BRAF V600E. KRAS e NRAS wild-type. / The sample harbours the BRAF V600E "
        "mutation; RAS wild-type.")
    r.small("Metodo: NGS con pannello ampliconico (50 geni, fittizio). Sensibilita analitica 5%. Controlli positivi e "
            "negativi inclusi in ogni seduta. Rif.: Invented C. et al., Linee guida RAS/BRAF 2023.")
    r.sign("Dott.ssa G. Bianchi", "17/11/2026")
    r.lab(L("KRAS", "mutation", "negative", "No mutation"),
          L("NRAS", "mutation", "negative", ["No mutation", "KRAS e NRAS wild-type"]),
          L("BRAF", "mutation", "positive", "p.(V600E)", alteration="V600E"),
          L("PIK3CA", "mutation", "negative", "exons 10, 21 No mutation"))
    return r


LAB_AS3 = {"name": "CANARY Tanjong Medical Centre - Molecular Diagnostics Laboratory", "region": "as", "head": "rule",
           "color": "#6b0b4a", "addr": ["Level 2, Diagnostic Tower, 5 Invented Street", "Tanjong 000000", "Tel +00 0000 0000"],
           "foot": "MDL-F-042 rev 3  |  fictitious laboratory", "acc": "MDL-26-7781"}


def r2811():
    r = Report("2811", LAB_AS3, title="Lung Cancer Hotspot Panel (Next Generation Sequencing)")
    patient_block(r, [("Specimen", "Pleural fluid cell block"), ("Clinical", "Never-smoker, lung adenocarcinoma")])
    r.h2("Mutation analysis")
    r.table([["Gene", "Exon", "Variant detected", "Allele frequency", "Tier"],
             ["EGFR", "20", "c.2300_2308dup p.(Ala767_Val769dup) [exon 20 insertion]", "18.9%", "IA"],
             ["KRAS", "2-4", "Not detected", "", ""],
             ["BRAF", "11, 15", "Not detected", "", ""],
             ["ERBB2 (HER2)", "19-20", "Not detected", "", ""],
             ["PIK3CA", "9, 20", "Not detected", "", ""]],
            widths=[0.15, 0.08, 0.47, 0.16, 0.14], style="lines", zebra=True)
    r.h2("Copy number")
    r.p("MET amplification: not evaluable - insufficient neoplastic cellularity for copy-number calling (<20%).")
    r.h2("Remarks")
    r.p("EGFR exon 20 insertions are generally resistant to first- and second-generation EGFR TKIs; amivantamab "
        "and other exon 20-directed agents may be considered.")
    r.small("Ion semiconductor sequencing, 22-gene hotspot panel (fictitious). Regions outside hotspots not covered.")
    r.sign("Dr. N. Rahman", "15-Nov-2026")
    r.lab(L("EGFR", "mutation", "positive", "p.(Ala767_Val769dup)", alteration="A767_V769dup"),
          L("KRAS", "mutation", "negative", "KRAS 2-4 Not detected"),
          L("BRAF", "mutation", "negative", "BRAF 11, 15 Not detected"),
          L("HER2", "mutation", "negative", "ERBB2 (HER2) 19-20 Not detected"),
          L("PIK3CA", "mutation", "negative", "PIK3CA 9, 20 Not detected"))
    return r


LAB_US5 = {"name": "CANARY Valley Regional Pathology", "region": "us", "head": "rule", "color": "#444444",
           "addr": ["Clinical Laboratory, 12 Invented Ave", "Springvale, OH 00000"], "foot": "VRP Molecular Lab  - fictitious",
           "acc": "VM26-331"}


def r2812():
    r = Report("2812", LAB_US5, title="KRAS MUTATION ANALYSIS (Real-time PCR)")
    patient_block(r, [("Source", "Rectum, low anterior resection, block B5"), ("Tumor %", "70")])
    r.checks("Test requested:", ["KRAS", "NRAS", "BRAF"], ["KRAS"])
    r.sp(4)
    r.kv([("RESULT", "MUTATION DETECTED"), ("Mutation", "G12C (c.34G>T)"), ("Codons interrogated", "12, 13, 59, 61, 117, 146"),
          ("BRAF V600E", "Sent to reference laboratory - results to follow as addendum")], kw=0.3)
    r.h2("Interpretation")
    r.p("A KRAS mutation was detected. Tumors with KRAS mutations are unlikely to respond to anti-EGFR monoclonal "
        "antibodies. KRAS G12C-directed inhibitors may be considered in the metastatic setting.")
    r.small("The Idylla-type cartridge assay (fictitious 'VRP RAS cartridge') detects the listed codons only. "
            "Analytic sensitivity 5% mutant alleles.")
    r.sign("P. Greer, MD", "11/11/2026")
    r.lab(L("KRAS", "mutation", "positive", ["MUTATION DETECTED", "G12C (c.34G>T)"], alteration="G12C"))
    return r


LAB_EU5 = {"name": "CANARY Regional Pathology Service - Northgate NHS (fictitious)", "region": "eu", "head": "rule",
           "color": "#005eb8", "addr": ["Cellular Pathology, Invented Hospital", "Northgate NG0 0ZZ"],
           "foot": "UKAS-style accreditation number 0000 (fictitious).", "acc": "NG26-M-1044"}


def r2813():
    r = Report("2813", LAB_EU5, title="Molecular Pathology: RAS mutation testing (colorectal)")
    patient_block(r, [("Lab ref", "NG26-M-1044"), ("Block", "H26-8812 A4, tumour content 35%")])
    r.table([["Test", "Outcome"],
             ["KRAS (codons 12, 13, 59, 61, 117, 146)", "Wild type - no mutation detected"],
             ["NRAS (codons 12, 13, 59, 61, 117, 146)", "MUTANT: codon 61, c.181C>A p.(Gln61Lys)"]],
            widths=[0.5, 0.5], style="grid")
    r.h2("Report")
    r.p("NRAS mutation detected (Q61K). This tumour is therefore RAS mutant. Patients with RAS-mutated metastatic colorectal "
        "cancer should not receive cetuximab or panitumumab.")
    r.small("Method: pyrosequencing/real-time PCR (fictitious). A wild-type result does not exclude mutations below 5% or outside the regions tested.")
    r.sign("Dr H. Appleby, Consultant Clinical Scientist", "12/11/2026")
    r.lab(L("KRAS", "mutation", "negative", "Wild type - no mutation detected"),
          L("NRAS", "mutation", "positive", "p.(Gln61Lys)", alteration="Q61K"))
    return r


LAB_AU1 = {"name": "CANARY Southern Cross Pathology", "region": "eu", "head": "band", "color": "#0f5e6e",
           "addr": ["Molecular Oncology  |  10 Invented Road, Bayview NSW 0000", "NATA-style accreditation 0000 (fictitious)"],
           "foot": "Southern Cross Pathology - report for the referring doctor.", "acc": "SCP-26-44010"}


def r2814():
    r = Report("2814", LAB_AU1, title="BRAF V600 Mutation Test - Melanoma")
    patient_block(r, [("Specimen", "Lymph node, right axilla, excision"), ("Clinical notes", "Metastatic melanoma, unknown primary")])
    r.box("RESULT", ["BRAF V600 mutation: **DETECTED**", "Variant: p.V600K (c.1798_1799delinsAA)"], fill="#fff6e6", border="#b26b00")
    r.p("Reflex NRAS testing: not performed, as a BRAF mutation was detected.")
    r.h2("Comment")
    r.p("BRAF V600K mutation present. Melanomas with BRAF V600E or V600K mutations may respond to BRAF/MEK "
        "inhibitor combinations. This assay detects V600E, V600K, V600D and V600R only; other BRAF mutations are not detected.")
    r.sign("Dr L. Nguyen (pathologist)", "13/11/2026")
    r.lab(L("BRAF", "mutation", "positive", "p.V600K", alteration="V600K"))
    return r


LAB_AS4 = {"name": "CANARY Kowloon Bay Cancer Hospital - Clinical Pathology", "region": "as", "head": "center",
           "color": "#7a1f1f", "addr": ["Molecular Laboratory, 8/F Block C, 00 Invented Road", "Tel: (000) 0000 0000"],
           "foot": "Lab ref EGFR-PCR form v5. Fictitious.", "acc": "KB26/EG/3309"}


def r2815():
    r = Report("2815", LAB_AS4, title="EGFR Mutation Test (ARMS real-time PCR)")
    patient_block(r, [("Specimen", "Lung biopsy, CT guided"), ("Tumour cells", "30%"), ("Dx", "Adenocarcinoma of lung")])
    r.table([["Exon", "Mutation", "Detected", "Not detected"],
             ["18", "G719X", "", "X"],
             ["19", "Deletions", "X", ""],
             ["20", "T790M", "", "X"],
             ["20", "S768I", "", "X"],
             ["20", "Insertions", "", "X"],
             ["21", "L858R", "", "X"],
             ["21", "L861Q", "", "X"]],
            widths=[0.12, 0.38, 0.25, 0.25], style="grid")
    r.p("**Conclusion:** EGFR exon 19 deletion DETECTED. Sensitising mutation; no resistance mutation (T790M) identified.")
    r.small("The ARMS assay (fictitious kit) detects 29 EGFR mutations in exons 18-21. A result of 'not detected' does not exclude "
            "mutations below 1% or not covered by the assay.")
    r.sign("Dr. W. K. Lam", "16/11/2026")
    r.lab(L("EGFR", "mutation", "positive", "EGFR exon 19 deletion DETECTED", alteration="exon 19 deletion"))
    return r


LAB_EU6 = {"name": "CANARY Clinica Universitaria del Norte - Servicio de Anatomia Patologica", "region": "eu",
           "head": "band", "color": "#8b3a00", "addr": ["Unidad de Diagnostico Molecular, Calle Inventada 3, 00000", "Tel. 000 000 000"],
           "foot": "Informe confidencial (ficticio).", "acc": "AP-26-14420", "pagefmt": "Pagina %d de %d"}


def r2816():
    r = Report("2816", LAB_EU6, title="Informe de Biomarcadores - Cancer de Pulmon / Lung Biomarker Report")
    patient_block(r, [("Muestras", "1) Biopsia bronquial (AP-26-14420)  2) Plasma (LB-26-077)")])
    r.h2("1. EGFR - tejido / tissue")
    r.p("Resultado: NO VALORABLE. DNA insuficiente (2 ng) - test failed quality control. Repeat on plasma.")
    r.h2("2. EGFR - plasma (cobas-type real-time PCR)")
    r.p("Resultado: No se detectan mutaciones de EGFR. / No EGFR mutation detected in plasma (exons 18-21).")
    r.h2("3. ALK (D5F3) IHC")
    r.p("Negativo. No cytoplasmic staining in tumour cells (ALK-negative).")
    r.h2("4. PD-L1 (22C3)")
    r.kv([("Tumour Proportion Score (TPS)", "60%"), ("Categoria", "Expresion alta (TPS >= 50%)"),
          ("Controles", "Tejido amigdalar: adecuado")], kw=0.4)
    r.h2("5. ROS1")
    r.p("Pendiente - muestra enviada a centro de referencia para FISH.")
    r.sign("Dra. M. Lopez Garcia", "18/11/2026")
    r.lab(L("EGFR", "mutation", "negative", "No EGFR mutation detected in plasma"),
          L("ALK", "expression", "negative", "ALK-negative"),
          L("PD-L1", "expression", "positive", "Tumour Proportion Score (TPS) 60%", percent=60))
    return r


REPORTS = {f.__name__[1:]: f for f in [r2808, r2809, r2810, r2811, r2812, r2813, r2814, r2815, r2816]}
