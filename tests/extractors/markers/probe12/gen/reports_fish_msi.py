"""FISH and MSI-PCR reports: 2817-2824."""
from lib import L, Report, patient_block

LAB_US6 = {"name": "CANARY Cytogenomics Reference Laboratory", "region": "us", "head": "band", "color": "#4b2e83",
           "addr": ["Fluorescence In Situ Hybridization Section", "200 Invented Blvd, Harborview, WA 00000  |  CLIA 99D9999906"],
           "foot": "Interpretation per ASCO/CAP HER2 testing guideline (2018, affirmed 2023).", "acc": "CG26-FISH-2087"}


def r2817():
    r = Report("2817", LAB_US6, title="HER2 (ERBB2) FISH - Breast")
    patient_block(r, [("Specimen", "Breast, left, 2 o'clock, core biopsy, block A1"),
                      ("Referral reason", "HER2 IHC 2+ (equivocal) at referring laboratory, same specimen")])
    r.h2("Signal enumeration")
    r.table([["", "Reader 1", "Reader 2", "Total"],
             ["Cells counted", "20", "20", "40"],
             ["HER2 signals", "62", "63", "125"],
             ["CEP17 signals", "47", "49", "96"],
             ["Average HER2 copies / cell", "", "", "3.1"],
             ["Average CEP17 copies / cell", "", "", "2.4"],
             ["HER2/CEP17 ratio", "", "", "1.3"]], widths=[0.4, 0.2, 0.2, 0.2], style="grid")
    r.h2("RESULT")
    r.p("**HER2 gene amplification: NOT AMPLIFIED** (ASCO/CAP Group 5: ratio < 2.0, average HER2 copy number < 4.0 signals/cell).")
    r.h2("Guideline groups (for reference)")
    r.small("Group 1: ratio >= 2.0 and >= 4.0 copies - positive. Group 2: ratio >= 2.0, < 4.0 copies. Group 3: ratio < 2.0, "
            ">= 6.0 copies. Group 4: ratio < 2.0, >= 4.0 and < 6.0 copies. Group 5: ratio < 2.0, < 4.0 copies - negative. "
            "Groups 2-4 require concurrent IHC review.")
    r.small("Probe: dual-color HER2/CEP17 (fictitious). Fixation time 6-72 h verified. Controls performed appropriately.")
    r.sign("S. Moreau, PhD, FACMG", "11/14/2026")
    r.lab(L("HER2", "amplification", "negative", "NOT AMPLIFIED", ratio=1.3),
          L("HER2", "expression", "equivocal", "HER2 IHC 2+ (equivocal)", ihc_score="2+"))
    return r


LAB_EU7 = {"name": "CANARY Karolinska-Vast Invented Hospital, Clinical Pathology", "region": "eu", "head": "rule",
           "color": "#6e1e5a", "addr": ["Klinisk patologi, Invented vag 1", "000 00 Vastby", "(fictitious)"],
           "foot": "Svar/Report - Klinisk patologi (fiktiv)", "acc": "V26-11872"}


def r2818():
    r = Report("2818", LAB_EU7, title="In situ hybridisation: HER2 - gastric / GEJ adenocarcinoma")
    patient_block(r, [("Material", "Gastro-oesophageal junction, biopsies (6)"), ("Previous IHC (same material)", "HER2 2+ in about 20% of tumour cells")])
    r.table([["Parameter", "Value"],
             ["Tumour cells evaluated", "40"],
             ["Mean HER2 signals per cell", "6.4"],
             ["Mean CEP17 signals per cell", "2.3"],
             ["HER2/CEP17 ratio", "2.8"],
             ["Heterogeneity", "Not observed"]], widths=[0.5, 0.5], style="lines")
    r.p("Assessment: **HER2 amplified** (ratio >= 2.0). The tumour is HER2-positive (IHC 2+ / ISH+) according to gastric cancer criteria.")
    r.small("DISH brightfield method (fictitious). Criteria: HER2/CEP17 ratio >= 2.0 = amplified (Hofmann-type criteria for gastric cancer).")
    r.sign("Overlakare A. Lind", "2026-11-17")
    r.lab(L("HER2", "amplification", "positive", "HER2 amplified", ratio=2.8),
          L("HER2", "expression", "equivocal", "HER2 2+ in about 20% of tumour cells", ihc_score="2+"))
    return r


LAB_AS5 = {"name": "CANARY Central Hospital Cancer Cytogenetics Unit", "region": "as", "head": "center", "color": "#1f5f8b",
           "addr": ["Department of Laboratory Medicine, 3rd floor, 00 Invented-dori", "Tel 00-0000-0000"],
           "foot": "FISH report (fictitious unit).", "acc": "CCU-26-F-0441"}


def r2819():
    r = Report("2819", LAB_AS5, title="FISH Report: ALK and ROS1 break-apart")
    patient_block(r, [("Specimen", "Lung, transbronchial biopsy, FFPE"), ("Diagnosis", "Non-small cell carcinoma, favour adenocarcinoma")])
    r.table([["Probe", "Cells scored", "Split signals", "Isolated 3' signals", "% positive cells", "Cut-off", "Interpretation"],
             ["ALK (2p23) break-apart", "50", "14", "10", "48%", "15%", "Rearranged"],
             ["ROS1 (6q22) break-apart", "50", "1", "1", "4%", "15%", "Not rearranged"]],
            widths=[0.19, 0.1, 0.11, 0.13, 0.13, 0.1, 0.24], style="grid")
    r.h2("Summary")
    r.p("POSITIVE for ALK gene rearrangement (48% of nuclei with split or isolated 3' signals). NEGATIVE for ROS1 rearrangement.")
    r.small("A sample is considered positive if > 15% of tumour nuclei show break-apart or isolated 3' signals.")
    r.sign("Dr. H. Sato", "2026/11/18")
    r.lab(L("ALK", "fusion", "positive", "POSITIVE for ALK gene rearrangement"),
          L("ROS1", "fusion", "negative", "NEGATIVE for ROS1 rearrangement"))
    return r


LAB_US7 = {"name": "CANARY LAKEVIEW MEDICAL CENTER - DEPARTMENT OF PATHOLOGY", "region": "us", "head": "rule",
           "color": "#222222", "addr": ["Molecular Cytogenetics", "Lakeview, MN 00000"], "foot": "LMC Pathology (fictitious)",
           "acc": "LMC-F26-1902"}


def r2820():
    r = Report("2820", LAB_US7, title="ADDENDUM: MET and ROS1 FISH")
    patient_block(r, [("Original case", "LMC-S26-40112 (lung, left lower lobe, wedge resection)")])
    r.p("ADDENDUM REPORT. The following studies were performed on block A2 of the original case.")
    r.h2("MET AMPLIFICATION (FISH, MET/CEP7)")
    r.kv([("MET signals/cell (mean)", "5.8"), ("CEP7 signals/cell (mean)", "2.4"), ("MET/CEP7 ratio", "2.4"),
          ("RESULT", "POSITIVE - MET amplification (intermediate level)")], kw=0.35)
    r.h2("ROS1 REARRANGEMENT (FISH, break-apart)")
    r.kv([("Cells with rearrangement", "3/50 (6%)"), ("RESULT", "NEGATIVE - no ROS1 rearrangement")], kw=0.35)
    r.h2("COMMENT")
    r.p("High-level MET amplification is generally defined as MET/CEP7 >= 5; intermediate (>= 2.2 to < 5) amplification has "
        "uncertain predictive value for MET inhibitors. EGFR mutation testing on this specimen was previously negative "
        "(see LMC-S26-40112).")
    r.sign("T. Lindqvist, MD", "11/19/2026")
    r.lab(L("MET", "amplification", "positive", "POSITIVE - MET amplification", ratio=2.4),
          L("ROS1", "fusion", "negative", "NEGATIVE - no ROS1 rearrangement"),
          L("EGFR", "mutation", "negative", "EGFR mutation testing on this specimen was previously negative"))
    return r


LAB_EU8 = {"name": "CANARY Universitair Ziekenhuis Invented - Moleculaire Pathologie", "region": "eu", "head": "band",
           "color": "#3a5a40", "addr": ["Invented-laan 10, 0000 Brugstad", "Laboratorium Moleculaire Diagnostiek"],
           "foot": "Verslag UZI (fictief)", "acc": "MP26-00871"}


def r2821():
    r = Report("2821", LAB_EU8, title="HER2 ISH - two specimens (breast primary and axillary lymph node)")
    patient_block(r, [("Specimens", "A: breast core biopsy B26-1120; B: axillary lymph node FNA cell block B26-1135")])
    r.h2("Specimen A - breast core biopsy")
    r.p("HER2/CEP17 ratio 1.6; average HER2 copy number 4.6 signals/cell; average CEP17 2.9 (ISH group 4). Concurrent "
        "IHC review: HER2 score 1+. Final interpretation: HER2 negative (not amplified).")
    r.h2("Specimen B - axillary lymph node metastasis")
    r.p("HER2/CEP17 ratio 2.5; average HER2 copy number 6.9 signals/cell (ISH group 1). Interpretation: HER2 amplified.")
    r.h2("Comment")
    r.p("Discordant HER2 status between primary and nodal metastasis (intratumoural heterogeneity). Discussed at the "
        "multidisciplinary meeting of 20/11/2026.")
    r.sign("Dr. P. Janssens", "20/11/2026")
    r.lab(L("HER2", "amplification", "negative", "HER2 negative (not amplified)", ratio=1.6),
          L("HER2", "expression", "negative", "IHC review: HER2 score 1+", ihc_score="1+"),
          L("HER2", "amplification", "positive", "Interpretation: HER2 amplified", ratio=2.5))
    return r


LAB_EU9 = {"name": "CANARY Institute of Pathology, Invented University Medical School", "region": "eu", "head": "rule",
           "color": "#14213d", "addr": ["Molecular Diagnostics Section", "0 Invented Square, 00-000 Oldtown"],
           "foot": "Fictitious institute - test report MSI-PCR form 2", "acc": "IP/M/26/1530"}


def r2822():
    r = Report("2822", LAB_EU9, title="Microsatellite instability (MSI) analysis and MMR immunohistochemistry")
    patient_block(r, [("Tumour block", "Caecum, right hemicolectomy, block 3"), ("Normal block", "Resection margin, block 12")])
    r.h2("A. MSI analysis (pentaplex PCR, mononucleotide markers)")
    r.table([["Marker", "Tumour vs normal", "Status"],
             ["BAT-25", "no shift", "stable"],
             ["BAT-26", "no shift", "stable"],
             ["NR-21", "no shift", "stable"],
             ["NR-24", "no shift", "stable"],
             ["MONO-27", "no shift", "stable"]], widths=[0.3, 0.4, 0.3], style="grid")
    r.p("Result: 0/5 markers unstable - **microsatellite stable (MSS)**.")
    r.h2("B. Mismatch repair proteins (IHC)")
    r.table([["Protein", "Clone", "Tumour nuclei", "Internal control"],
             ["MLH1", "ES05", "retained", "present"],
             ["PMS2", "EP51", "retained", "present"],
             ["MSH2", "FE11", "retained", "present"],
             ["MSH6", "EP49", "retained", "present"]], widths=[0.2, 0.2, 0.3, 0.3], style="lines")
    r.p("Conclusion: MMR proficient (pMMR). Concordant with the MSI-PCR result. No evidence of Lynch syndrome-associated mismatch repair deficiency in this tumour.")
    r.sign("Dr hab. K. Nowak", "19.11.2026")
    r.lab(L("MSI", "signature", "negative", "microsatellite stable (MSS)"),
          L("MMR", "signature", "negative", "MMR proficient (pMMR)"),
          L("MLH1", "expression", "positive", "MLH1 ES05 retained"),
          L("PMS2", "expression", "positive", "PMS2 EP51 retained"),
          L("MSH2", "expression", "positive", "MSH2 FE11 retained"),
          L("MSH6", "expression", "positive", "MSH6 EP49 retained"))
    return r


LAB_US8 = {"name": "CANARY Heartland Reference Laboratories", "region": "us", "head": "center", "color": "#9c2c2c",
           "addr": ["Molecular Oncology  |  3 Invented Drive, Prairie City, KS 00000", "CLIA 99D9999908"],
           "foot": "Heartland MSI by PCR - laboratory-developed test (fictitious).", "acc": "HRL-26-MSI-0077"}


def r2823():
    r = Report("2823", LAB_US8, title="MSI by PCR with reflex MLH1 promoter methylation and BRAF V600E")
    patient_block(r, [("Specimen", "Colon, ascending, resection"), ("Indication", "Lynch syndrome screening")])
    r.table([["Test", "Result"],
             ["Microsatellite instability (5 mononucleotide loci)", "MSI-H: 3 of 5 loci unstable (BAT-26, NR-21, NR-24)"],
             ["MLH1 promoter methylation", "Methylated"],
             ["BRAF V600E (PCR)", "Not detected"]], widths=[0.45, 0.55], style="grid")
    r.h2("Interpretation")
    r.p("High-level microsatellite instability with MLH1 promoter hypermethylation and absence of BRAF V600E. "
        "MLH1 hypermethylation favours a sporadic tumour, but germline genetic counselling may still be considered.")
    r.small("References: Invented D, et al. MSI testing guideline (fictitious). The BRAF assay detects c.1799T>A only.")
    r.sign("K. Anand, MD", "11/16/2026")
    r.lab(L("MSI", "signature", "positive", "MSI-H: 3 of 5 loci unstable"),
          L("BRAF", "mutation", "negative", "BRAF V600E (PCR) Not detected"))
    return r


LAB_AS6 = {"name": "CANARY Jade River Women's and Children's Hospital - Pathology", "region": "as", "head": "band",
           "color": "#5d2e8c", "addr": ["Gynaecological Pathology Unit, 00 Invented Avenue", "Tel: 000-0000"],
           "foot": "Fictitious hospital. Report for clinical use only.", "acc": "JR26-G-2290"}


def r2824():
    r = Report("2824", LAB_AS6, title="Endometrial Carcinoma - Mismatch Repair / MSI Molecular Report")
    patient_block(r, [("Specimen", "Uterus, total hysterectomy"), ("Diagnosis", "Endometrioid carcinoma, FIGO grade 1")])
    r.h2("MMR immunohistochemistry")
    r.table([["MLH1", "PMS2", "MSH2", "MSH6"],
             ["Intact", "Intact", "Intact", "Loss of nuclear expression"]], widths=[0.22, 0.22, 0.22, 0.34], style="grid", header=True)
    r.p("Panel interpretation: **Abnormal - MMR deficient (isolated MSH6 loss).**")
    r.h2("MSI PCR")
    r.p("1 of 5 markers unstable (NR-24): MSI-low, reported as microsatellite stable (MSI-L/MSS). Isolated MSH6 deficiency "
        "may give a low-level or stable MSI-PCR result; the discordance does not change the IHC interpretation.")
    r.h2("Recommendation")
    r.p("Referral to clinical genetics for germline MSH6 testing is recommended.")
    r.sign("Dr. L. Chen", "21/11/2026")
    r.lab(L("MLH1", "expression", "positive", "Intact"),
          L("PMS2", "expression", "positive", "Intact"),
          L("MSH2", "expression", "positive", "Intact"),
          L("MSH6", "expression", "negative", "Loss of nuclear expression"),
          L("MMR", "signature", "positive", "MMR deficient (isolated MSH6 loss)"),
          L("MSI", "signature", "negative", "MSI-low, reported as microsatellite stable"))
    return r


REPORTS = {f.__name__[1:]: f for f in [r2817, r2818, r2819, r2820, r2821, r2822, r2823, r2824]}
