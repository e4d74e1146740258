"""Reports 8111-8120."""
from __future__ import annotations

from reportlab.lib import colors

from common import FUSION_TARGETS, PANEL_DNA, chunk, patient
from labs import (AURELIAN, BRENDAN, CORVANE, HAMDL, KESTREL, MERIDIAN, NAVY, NORTHFIELD, OSTARA,
                  PINECREST, WESTMARCH, LIGHT)
from lib import Report
from reports1 import corvane_appendix, hamdl_appendix, hamdl_signoff


# =====================================================================================  8111
def r8111():
    R = Report("8111", WESTMARCH, patient(8111, acc="NP 26/0388", mrn="W-3318402", sex="M",
                                          dob="02.07.1983"), "Neuropathology molecular report")
    R.H1("Integrated Neuropathological and Molecular Report")
    R.KV([("Specimen", "Right frontal lobe tumour, gross total resection (NP 26/0388, blocks "
           "A1-A9); frozen section NP 26/0388-FS"),
          ("Clinical", "44-year-old man, seizures, non-enhancing right frontal lesion on MRI"),
          ("Received", "19.02.2026; molecular results completed 10.03.2026")], widths=(80, None))
    R.SP(4)
    R.T([["Layered diagnosis (WHO CNS5)", ""],
         ["Integrated diagnosis", "Astrocytoma, IDH-mutant, CNS WHO grade 2"],
         ["Histopathological classification", "Diffuse glioma, astrocytic, low-grade"],
         ["CNS WHO grade", "2"],
         ["Molecular information", "IDH1 p.R132H mutant; ATRX loss; TP53 mutant; no 1p/19q "
          "codeletion; CDKN2A/B homozygous deletion not detected; MGMT promoter methylated"]],
        [170, None], header=1, bold_col0=True)
    R.H2("Microscopy")
    R.P("Moderately cellular diffusely infiltrating glioma composed of astrocytic tumour cells with "
        "mildly pleomorphic, elongated hyperchromatic nuclei in a fibrillary background. Mitoses "
        "are very rare (1 per 10 high-power fields). There is no microvascular proliferation and no "
        "necrosis. The tumour infiltrates cortex with perineuronal satellitosis.")
    R.H2("Immunohistochemistry")
    R.T([["Antibody", "Clone", "Result"],
         ["GFAP", "polyclonal", "Positive in tumour cells"],
         ["OLIG2", "EP112", "Positive in most tumour nuclei"],
         ["IDH1 R132H", "H09", "Positive (strong cytoplasmic staining of tumour cells)"],
         ["ATRX", "polyclonal", "Loss of nuclear expression in tumour cells (retained in "
          "endothelium)"],
         ["p53", "DO-7", "Strong nuclear overexpression in approximately 80% of tumour cells "
          "(mutant pattern)"],
         ["H3 K27M", "RM192", "Negative"],
         ["Ki-67 (MIB-1)", "MIB-1", "Labelling index approximately 8% in the most proliferative "
          "area"]],
        [100, 70, None])
    R.H2("Molecular Analysis")
    R.P("DNA from block A4 (tumour cell content approximately 70%) was analysed with the Westmarch "
        "Neuro-Onc NGS panel (amplicon-based, 34 genes, TERT promoter) and by methylation-specific "
        "pyrosequencing for MGMT.")
    R.T([["Gene / locus", "Result", "VAF"],
         ["IDH1 (codon 132)", "Mutation detected: c.395G>A, p.R132H", "38%"],
         ["IDH2 (codon 172)", "No mutation detected", "\u2013"],
         ["TP53", "Mutation detected: c.817C>T, p.R273C (pathogenic)", "35%"],
         ["ATRX", "Mutation detected: c.4317del, p.K1439Nfs*6", "71%"],
         ["TERT promoter", "No mutation detected (C228T, C250T)", "\u2013"],
         ["H3-3A (K27, G34)", "No mutation detected", "\u2013"],
         ["BRAF (V600)", "No mutation detected", "\u2013"],
         ["1p/19q (SNP-based copy number)", "No codeletion", "\u2013"],
         ["CDKN2A/B", "No homozygous deletion", "\u2013"],
         ["MGMT promoter (CpG 74-81)", "Methylated (mean 31%; cut-off 10%)", "\u2013"]],
        [160, 250, None])
    R.H2("Comment")
    R.P("The combination of IDH1 R132H (confirmed by immunohistochemistry and sequencing), ATRX "
        "loss and TP53 mutation in the absence of 1p/19q codeletion establishes an IDH-mutant "
        "astrocytoma. CDKN2A/B homozygous deletion, which would indicate CNS WHO grade 4, is absent. "
        "MGMT promoter methylation is of prognostic relevance. IDH inhibitors (vorasidenib) have "
        "shown activity in grade 2 IDH-mutant glioma after surgery. Case discussed at the "
        "neuro-oncology tumour board on 11.03.2026.")
    R.SP(8)
    R.P("Prof. Dr. Elin M\u00e4kel\u00e4-Strand, Consultant Neuropathologist  \u00b7  Dr. Joaquim "
        "Ferreira-Holm, Molecular Neuropathology  \u00b7  validated 10.03.2026", size=8.5)
    R.L("IDH1", "mutation", "positive", "Mutation detected: c.395G>A, p.R132H", alteration="R132H")
    R.L("IDH1", "expression", "positive", "IDH1 R132H H09 Positive (strong cytoplasmic staining")
    R.L("IDH2", "mutation", "negative", "IDH2 (codon 172) No mutation detected")
    R.L("TP53", "mutation", "positive", "Mutation detected: c.817C>T, p.R273C (pathogenic)",
        alteration="R273C")
    R.L("TP53", "expression", "positive", "Strong nuclear overexpression in approximately 80% of "
        "tumour cells", percent=80)
    R.L("BRAF", "mutation", "negative", "BRAF (V600) No mutation detected")
    R.L("Ki-67", "expression", "reported", "Labelling index approximately 8%", percent=8)
    return R


# =====================================================================================  8112
def r8112():
    R = Report("8112", HAMDL, patient(8112, acc="OS26-00502", physician="Kwabena Hollis-Strand, MD",
                                      sex="F", collected="02/24/2026", received="02/26/2026",
                                      reported="03/10/2026"), "OncoSeq 523 report")
    R.H1("FINAL REPORT \u2013 Comprehensive Solid Tumor Profile")
    R.KV([("Specimen", "Skin and subcutis, left thigh, excision of in-transit metastasis; "
           "block B2 (S26-04021)"),
          ("Diagnosis (referring)", "Metastatic melanoma"),
          ("Tumor content", "80%"),
          ("Test performed", "OncoSeq 523 DNA + RNA (hybrid capture NGS, tumor only)")],
         widths=(120, None))
    R.SP(4)
    R.story.append(R.table([["RESULT SUMMARY"],
                            ["BRAF c.1798_1799delinsAA p.(Val600Lys) \u2013 Tier IA"],
                            ["CDKN2A c.238C>T p.(Arg80*) \u2013 Tier IIC"],
                            ["TMB-High: 24.6 mut/Mb"],
                            ["No reportable fusions; no reportable amplifications"]],
                           [None], header=1, style="box", head_bg=NAVY, head_fg=colors.white))
    R.H2("Genomic Signatures")
    R.T([["Biomarker", "Result", "Cut-off / comment"],
         ["TMB", "24.6 mut/Mb (High)", "High >= 10 mut/Mb; UV signature (SBS7) predominant"],
         ["MSI", "MSS", "1.0% unstable loci"]], [110, 120, None])
    R.H2("Tier I and Tier II Variants")
    R.T([["Gene", "Variant", "Exon", "VAF", "Tier", "Comment"],
         ["BRAF", "c.1798_1799delinsAA{br}p.(Val600Lys)", "15", "41.3%", "IA",
          "BRAF V600K; BRAF + MEK inhibitors approved"],
         ["CDKN2A", "c.238C>T{br}p.(Arg80*)", "2", "77.9%", "IIC", "Loss of function; "
          "consider germline testing if family history"]],
        [50, 120, 35, 45, 35, None])
    R.P("NRAS: no variant detected (codons 12, 13, 61). KIT: no variant detected (exons 9, 11, "
        "13, 17). NF1: no pathogenic variant detected.")
    R.H2("Interpretation")
    R.P("BRAF V600K accounts for roughly 10-20% of BRAF V600-mutant melanomas and is sensitive to "
        "combined BRAF and MEK inhibition (dabrafenib + trametinib, vemurafenib + cobimetinib, "
        "encorafenib + binimetinib). The high TMB with a UV mutational signature is in keeping with "
        "a cutaneous primary. Immune checkpoint inhibitors are standard options irrespective of "
        "BRAF status.")
    R.H2("Variants of Uncertain Significance (Tier III)")
    R.T([["Gene", "Variant", "VAF"],
         ["ERBB4", "c.2083G>A p.(Glu695Lys)", "22.0%"],
         ["GRIN2A", "c.1462C>T p.(Pro488Ser)", "36.5%"],
         ["PTPRD", "c.4214C>T p.(Ser1405Phe)", "31.8%"],
         ["ROS1", "c.5413G>A p.(Glu1805Lys)", "28.2%"]], [60, 200, None])
    R.P("Variants of uncertain significance are reported for completeness and should not be used "
        "for clinical decision making.", "small")
    R.H2("RNA Fusion Analysis")
    R.P("No reportable fusions. RNA analysis targets listed in the appendix.")
    R.H2("Quality Metrics")
    R.T([["Metric", "Value", "Acceptance"],
         ["DNA input", "120 ng", ">= 40 ng"], ["Mean unique depth (DNA)", "744x", ">= 250x"],
         ["Targets >= 100x", "98.9%", ">= 90%"]], [180, 100, 100])
    hamdl_appendix(R)
    hamdl_signoff(R, when="03/10/2026 09:12")
    R.L("BRAF", "mutation", "positive", "BRAF c.1798_1799delinsAA p.(Val600Lys) \u2013 Tier IA",
        alteration="V600K")
    R.L("TMB", "signature", "positive", "TMB-High: 24.6 mut/Mb", value="24.6 mut/Mb")
    R.L("MSI", "signature", "negative", "MSI MSS 1.0% unstable loci")
    R.L("NRAS", "mutation", "negative", "NRAS: no variant detected (codons 12, 13, 61)")
    return R


# =====================================================================================  8113
def r8113():
    R = Report("8113", PINECREST, patient(8113, acc="PCG-26-0077", mrn="PC-0081344", sex="M",
                                          dob="11/02/2025"), "Pediatric fusion panel")
    R.H1("Pediatric Solid Tumor Fusion Panel \u2013 Final Report")
    R.T([["Patient age", "3 months", "Specimen", "Soft tissue mass, right forearm, incisional "
          "biopsy (PS26-0212, block A2)"],
         ["Referring", "Dr. Noor Al-Hashimi (Oncology)", "Tumor %", "90%"],
         ["Received", "02/06/2026", "Reported", "02/16/2026"]],
        [70, 140, 60, None], header=0, style="grid", bold_col0=True)
    R.SP(6)
    R.H2("1. Result")
    R.BOX([R.para("{b}POSITIVE \u2013 ETV6::NTRK3 fusion detected{/b}", size=11),
           R.para("A gene fusion joining ETV6 exon 5 to NTRK3 exon 15 was identified. This "
                  "finding supports the diagnosis of infantile fibrosarcoma.")],
          bg=colors.Color(0.93, 0.97, 0.93))
    R.H2("2. Fusion details")
    R.T([["5' gene", "5' exon", "3' gene", "3' exon", "Junction reads", "Spanning pairs",
          "Reading frame"],
         ["ETV6", "5", "NTRK3", "15", "644", "211", "In frame"]],
        [60, 50, 60, 50, 80, 80, None])
    R.H2("3. Immunohistochemistry (Pediatric Pathology, PS26-0212)")
    R.P("Pan-TRK (clone EPR17341): positive, diffuse nuclear and cytoplasmic staining in tumor "
        "cells. Desmin, myogenin, CD34, S100 and SOX10: negative. INI1 (SMARCB1): retained.")
    R.H2("4. Interpretation")
    R.P("ETV6::NTRK3 is the characteristic fusion of infantile fibrosarcoma and is also found in "
        "secretory carcinoma and a subset of other tumors. NTRK fusion-positive tumors are "
        "sensitive to TRK inhibitors (larotrectinib, entrectinib, repotrectinib), which are "
        "approved for pediatric patients with NTRK gene fusion-positive solid tumors. The fusion "
        "was also detected as the ETV6-NTRK3 transcript by confirmatory RT-PCR (see QC).")
    R.H2("5. Other targets analyzed \u2013 not detected")
    R.P("ALK, BCOR, BRAF, CIC, EWSR1, FOXO1, MET, NTRK1, NTRK2, PAX3, PAX7, RET, ROS1, SS18, TFE3, "
        "YWHAE. (Analysis of 86 fusion partner genes; complete list available on request.)")
    R.H2("6. Quality control")
    R.T([["Metric", "Result"],
         ["RNA input / RIN", "100 ng / DV200 71%"],
         ["Housekeeping gene expression", "Pass"],
         ["Confirmatory RT-PCR (ETV6 exon 5 - NTRK3 exon 15)", "Positive; expected 159 bp product"],
         ["Positive / negative controls", "Performed and acceptable"]], [260, None])
    R.H2("7. Method and limitations")
    R.P("Targeted RNA sequencing (hybrid capture of 86 genes) with fusion calling by two "
        "independent callers. A fusion is reported if supported by at least 10 junction reads or "
        "confirmed orthogonally. Fusions involving non-targeted genes and low-level fusions in "
        "specimens with scant tumor may be missed. This is a laboratory-developed test.", size=8)
    R.SP(6)
    R.P("Signed: Oluwaseun Brandvold, MD, PhD, Director, Genomic Pathology \u00b7 02/16/2026 "
        "14:05", size=8)
    R.L("NTRK", "fusion", "positive", "POSITIVE \u2013 ETV6::NTRK3 fusion detected",
        alteration="ETV6-NTRK3")
    R.L("NTRK", "expression", "positive", "Pan-TRK (clone EPR17341): positive")
    R.L("ALK", "fusion", "negative", "ALK, BCOR, BRAF, CIC, EWSR1, FOXO1, MET, NTRK1, NTRK2")
    R.L("BRAF", "fusion", "negative", "ALK, BCOR, BRAF, CIC, EWSR1, FOXO1, MET, NTRK1, NTRK2")
    R.L("MET", "fusion", "negative", "ALK, BCOR, BRAF, CIC, EWSR1, FOXO1, MET, NTRK1, NTRK2")
    R.L("RET", "fusion", "negative", "PAX3, PAX7, RET, ROS1")
    R.L("ROS1", "fusion", "negative", "PAX3, PAX7, RET, ROS1")
    return R


# =====================================================================================  8114
def r8114():
    R = Report("8114", BRENDAN, patient(8114, acc="MP-26-00861", mrn="SB0390077", loc="GI ONC",
                                        collected="03/02/2026", received="03/03/2026"),
               "OncoHotspot 50")
    R.PRE("""
MOLECULAR PATHOLOGY REPORT                                         STATUS: FINAL
TEST: ONCOHOTSPOT 50 - COLORECTAL REFLEX (KRAS/NRAS/BRAF/PIK3CA REPORTED)
================================================================================
SPECIMEN:  B. LIVER, SEGMENT IV LESION, PERCUTANEOUS CORE BIOPSY (BLOCK B1)
SOURCE PATHOLOGY:  S26-01392 (METASTATIC ADENOCARCINOMA, CONSISTENT WITH
                   COLORECTAL PRIMARY; CK20+/CDX2+/CK7-)
TUMOR CELLULARITY:  55%
CLINICAL HISTORY:  NEW LIVER LESIONS. PATIENT HAS PRIOR HISTORY OF RECTAL
  CARCINOMA (2019, S19-08812, TREATED WITH CHEMORADIATION AND RESECTION) WITH
  KRAS G12V REPORTED AT THAT TIME. CURRENT PRIMARY: NEW CAECAL MASS ON CT.

--------------------------------------------------------------------------------
RESULTS
--------------------------------------------------------------------------------
  KRAS   (EXONS 2, 3, 4) ........ NO MUTATION DETECTED
  NRAS   (EXONS 2, 3, 4) ........ MUTATION DETECTED: C.181C>A P.Q61K  VAF 27.3%
  BRAF   (EXON 15) .............. NO MUTATION DETECTED
  PIK3CA (EXONS 10, 21) ......... NO MUTATION DETECTED

  OTHER HOTSPOT VARIANTS (TIER I/II): TP53 C.524G>A P.R175H  VAF 30.1%
  VARIANTS OF UNCERTAIN SIGNIFICANCE: APC C.4012C>G P.Q1338E  VAF 8.2%
""")
    R.PRE("""
INTERPRETATION:
RAS MUTANT (NRAS Q61K). TUMORS WITH ACTIVATING KRAS OR NRAS MUTATIONS IN EXONS
2, 3 OR 4 ARE NOT EXPECTED TO BENEFIT FROM ANTI-EGFR MONOCLONAL ANTIBODY
THERAPY (CETUXIMAB, PANITUMUMAB).

THE RAS PROFILE OF THIS LIVER METASTASIS (KRAS WILD TYPE, NRAS Q61K) DIFFERS
FROM THAT OF THE 2019 RECTAL CARCINOMA (KRAS G12V). TOGETHER WITH THE NEW
CAECAL MASS THIS SUGGESTS THAT THE LIVER METASTASIS DERIVES FROM A SECOND
(METACHRONOUS) PRIMARY. CORRELATION WITH THE COLONOSCOPIC BIOPSY IS ADVISED.

ADDITIONAL STUDIES:
  MSI BY PCR ......... SENT TO NORTHGATE REFERENCE LABORATORY (#NG-55342)
  HER2 IHC ........... REQUESTED ON BLOCK B1; TO BE REPORTED BY SURGICAL
                       PATHOLOGY AS AN ADDENDUM TO S26-01392
  MMR IHC ............ NOT PERFORMED (INSUFFICIENT TISSUE AFTER DNA EXTRACTION)
""")
    R.PRE("""
METHOD: TARGETED AMPLICON NGS (207 AMPLICONS, 50 GENES). LIMIT OF DETECTION 5%
VAF AT >=500X. MEAN DEPTH THIS SAMPLE 3,410X. A NEGATIVE RESULT DOES NOT EXCLUDE
VARIANTS BELOW THE LIMIT OF DETECTION OR OUTSIDE THE TARGETED REGIONS.
ONLY KRAS, NRAS, BRAF AND PIK3CA ARE REPORTED FOR THE COLORECTAL REFLEX; OTHER
TIER I/II HOTSPOT FINDINGS ARE LISTED WITHOUT INTERPRETATION.

POSITIVE CONTROL: ACCEPTABLE.  NO-TEMPLATE CONTROL: ACCEPTABLE.

VERIFIED BY:  R. NWANKWO-PEARCE, MLS(ASCP)MB       03/09/2026 10:31
SIGNED OUT:   GRAINNE O'FARRELL, MD                03/09/2026 15:02
""")
    R.L("KRAS", "mutation", "negative", "KRAS (EXONS 2, 3, 4) ........ NO MUTATION DETECTED")
    R.L("NRAS", "mutation", "positive", "MUTATION DETECTED: C.181C>A P.Q61K", alteration="Q61K")
    R.L("BRAF", "mutation", "negative", "BRAF (EXON 15) .............. NO MUTATION DETECTED")
    R.L("PIK3CA", "mutation", "negative", "PIK3CA (EXONS 10, 21) ......... NO MUTATION DETECTED")
    R.L("TP53", "mutation", "positive", "TP53 C.524G>A P.R175H VAF 30.1%", alteration="R175H")
    R.L("KRAS", "mutation", "positive", "KRAS G12V REPORTED AT THAT TIME", alteration="G12V",
        optional=True)
    return R


# =====================================================================================  8115
def r8115():
    R = Report("8115", NORTHFIELD, patient(8115, acc="NMD26-0288", mrn="N-6620914", sex="F",
                                           physician="Rupert Achterberg, MD"), "RNA fusion panel")
    R.H1("Molecular Pathology Report: Solid Tumor RNA Fusion Panel (38 genes)")
    R.P("{b}Specimen:{/b} Lung, left upper lobe, wedge resection (NF26-S-2240, block A5). "
        "{b}Diagnosis:{/b} Invasive mucinous and solid adenocarcinoma. {b}Tumor cellularity:{/b} "
        "35%. {b}Clinical indication:{/b} 41-year-old never-smoker; DNA panel (NF26-M-0611) "
        "negative for EGFR, KRAS and BRAF mutations.")
    R.SP(4)
    R.T([["FINAL RESULT", "POSITIVE FOR ROS1 REARRANGEMENT (CD74::ROS1)"]], [120, None],
        header=0, style="grid", bold_col0=True,
        extra=[("BACKGROUND", (0, 0), (0, 0), colors.Color(0.85, 0.85, 0.85))])
    R.H2("Fusion Transcripts Detected")
    R.T([["Fusion", "5' breakpoint", "3' breakpoint", "Reads", "Unique start sites",
          "Comment"],
         ["CD74::ROS1", "CD74 exon 6{br}chr5:150,404,680", "ROS1 exon 34{br}chr6:117,324,415",
          "2,906", "183", "In-frame; kinase domain retained"]],
        [70, 100, 100, 45, 60, None])
    R.H2("Other Targets")
    R.P("No fusions were detected involving ALK, BRAF, FGFR1, FGFR2, FGFR3, NRG1, NTRK1, NTRK2, "
        "NTRK3 or RET. MET exon 14 skipping was not detected.")
    R.H2("Interpretation")
    R.P("A CD74-ROS1 fusion was detected. ROS1 rearrangements occur in 1-2% of non-small cell lung "
        "carcinomas, predominantly in younger never-smokers, and confer sensitivity to ROS1 "
        "inhibitors (crizotinib, entrectinib, repotrectinib, taletrectinib). CD74 is the most "
        "frequent ROS1 partner in lung cancer; CD74-ROS1 has been associated with a lower rate of "
        "brain metastases at diagnosis compared with other partners in some series.")
    R.P("ROS1 immunohistochemistry (D4D6) has been ordered on block A5 at the request of the "
        "thoracic tumor board and will be reported separately.")
    R.H2("Quality Control")
    R.KV([("RNA input", "80 ng"), ("Internal RNA quality control", "PASS"),
          ("Positive control", "All expected fusions detected"),
          ("Negative control", "No fusions detected")], widths=(160, None), size=9)
    R.H2("Methodology and Limitations")
    R.P("Anchored multiplex PCR for targeted RNA sequencing of 38 genes. Fusions are reported "
        "when supported by at least 5 unique start sites and 10 reads. A negative result does not "
        "exclude a rearrangement involving non-targeted exons. This laboratory-developed test has "
        "not been cleared or approved by the U.S. Food and Drug Administration.", size=9)
    R.SP(8)
    R.P("Ingrid Sorvaag-Bell, MD, Molecular Genetic Pathology \u2013 electronically signed "
        "03/06/2026 16:47", size=9)
    R.L("ROS1", "fusion", "positive", "POSITIVE FOR ROS1 REARRANGEMENT (CD74::ROS1)",
        alteration="CD74-ROS1")
    ev = "No fusions were detected involving ALK, BRAF, FGFR1, FGFR2, FGFR3, NRG1, NTRK1, NTRK2"
    for m in ("ALK", "BRAF", "NTRK", "RET"):
        R.L(m, "fusion", "negative", ev)
    R.L("MET", "mutation", "negative", "MET exon 14 skipping was not detected")
    R.L("EGFR", "mutation", "negative", "negative for EGFR, KRAS and BRAF mutations")
    R.L("KRAS", "mutation", "negative", "negative for EGFR, KRAS and BRAF mutations")
    R.L("BRAF", "mutation", "negative", "negative for EGFR, KRAS and BRAF mutations")
    return R


# =====================================================================================  8116
def r8116():
    R = Report("8116", KESTREL, patient(8116, acc="KMD/26/03502", mrn="611 402 8853", sex="M",
                                        dob="03/11/1949", reported="12/03/2026"), "RAS/BRAF/MSI")
    R.H1("Colorectal Cancer Molecular Report \u2013 RAS, BRAF and MSI")
    R.KV([("Referring clinician:", "Mr Idris Pemberton-Vale, Colorectal Surgery"),
          ("Referring laboratory:", "Kestrel Cellular Pathology, H26-03977 block A12"),
          ("Sample type:", "FFPE, anterior resection specimen"),
          ("Histology:", "Adenocarcinoma, pT4a N2a; synchronous liver metastases"),
          ("Neoplastic cell content:", "60%"),
          ("Date received:", "02/03/2026")], widths=(140, None), bold_key=False)
    R.SP(6)
    R.RULE()
    R.H2("RESULT")
    R.T([["Test", "Regions", "Result"],
         ["KRAS", "exon 2 (codons 12, 13), exon 3 (59, 61), exon 4 (117, 146)",
          "No mutation detected"],
         ["NRAS", "exon 2 (codons 12, 13), exon 3 (59, 61), exon 4 (117, 146)",
          "No mutation detected"],
         ["BRAF", "exon 15 (codon 600)", "No mutation detected"],
         ["Microsatellite instability", "5 mononucleotide markers (BAT-25, BAT-26, NR-21, NR-24, "
          "MONO-27)", "Microsatellite stable (MSS) \u2013 0/5 markers unstable"]],
        [120, 200, None])
    R.RULE()
    R.H2("INTERPRETATION")
    R.P("RAS and BRAF wild-type, microsatellite stable colorectal adenocarcinoma. In the setting "
        "of metastatic disease, RAS wild-type status (extended KRAS and NRAS analysis) is a "
        "prerequisite for anti-EGFR antibody therapy (cetuximab or panitumumab); left-sided "
        "primary tumours are most likely to benefit. The MSS result makes Lynch syndrome unlikely "
        "but does not exclude it; MMR immunohistochemistry, if clinically indicated, is performed "
        "by Kestrel Cellular Pathology.")
    R.P("HER2 testing was not requested. HER2 amplification occurs in approximately 3-5% of RAS "
        "wild-type metastatic colorectal cancers; testing can be added on request using the same "
        "block.")
    R.H2("TECHNICAL INFORMATION")
    R.P("RAS and BRAF: targeted amplicon next-generation sequencing, minimum depth 500x, "
        "sensitivity 5% variant allele frequency. MSI: fluorescent multiplex PCR of five "
        "mononucleotide repeat markers and comparison with the expected allele sizes; MSI-H is "
        "defined as instability at 2 or more markers, MSI-L/MSS as 0-1 markers. Variants of "
        "unknown significance and polymorphisms are not reported. This laboratory is accredited "
        "to ISO 15189 (accreditation no. 99-MDS).", "small")
    R.SP(6)
    R.KV([("Reported by:", "Ms Harriet Oduya, Clinical Scientist"),
          ("Authorised by:", "Dr Yetunde Okafor-Reid, Consultant Clinical Scientist"),
          ("Date authorised:", "12/03/2026")], widths=(100, None), size=8.5, bold_key=False)
    R.L("KRAS", "mutation", "negative", "KRAS exon 2 (codons 12, 13), exon 3 (59, 61), exon 4 No mutation "
        "detected")
    R.L("NRAS", "mutation", "negative", "RAS and BRAF wild-type")
    R.L("BRAF", "mutation", "negative", "BRAF exon 15 (codon 600) No mutation detected")
    R.L("MSI", "signature", "negative", "Microsatellite stable (MSS) \u2013 0/5 markers unstable")
    return R


# =====================================================================================  8117
def r8117():
    R = Report("8117", OSTARA, patient(8117, acc="OR-26-118804", sex="F", dob="05/30/1979"),
               "Thyroid molecular panel")
    R.H1("ThyroSure Molecular Panel \u2013 Indeterminate Thyroid Nodule")
    R.KV([("Ordering provider", "Lucinda Haverford, MD (Endocrinology Associates)"),
          ("Specimen", "Fine needle aspirate, left thyroid lobe nodule (2.4 cm), dedicated "
           "molecular pass in preservative"),
          ("Cytology (referring)", "Bethesda category IV \u2013 follicular neoplasm"),
          ("Collected / received / reported", "02/17/2026 / 02/18/2026 / 02/25/2026")],
         widths=(150, None), size=8.5)
    R.SP(6)
    R.H2("Results")
    R.P("1. {b}HRAS c.182A>G p.Q61R \u2013 DETECTED{/b} (variant allele frequency 31%). "
        "Classification: pathogenic (activating RAS hotspot).")
    R.P("2. BRAF V600E \u2013 not detected.")
    R.P("3. KRAS and NRAS \u2013 no variants detected (codons 12, 13, 61).")
    R.P("4. TERT promoter (C228T, C250T) \u2013 not detected.")
    R.P("5. Gene fusions (RET, PAX8::PPARG, NTRK1/3, ALK, BRAF, THADA) \u2013 not detected.")
    R.P("6. Copy number alterations and gene expression classifier \u2013 not applicable "
        "(not part of this panel).")
    R.SP(4)
    R.BOX([R.para("{b}Overall result: POSITIVE \u2013 RAS mutation (HRAS Q61R).{/b} Estimated "
                  "risk of malignancy for an isolated RAS mutation in a Bethesda IV nodule: "
                  "approximately 50-80%, including non-invasive follicular thyroid neoplasm with "
                  "papillary-like nuclear features (NIFTP) and follicular carcinoma.")],
          bg=colors.Color(0.93, 0.97, 0.97))
    R.H2("Interpretation")
    R.P("RAS-like alterations are found in follicular adenoma, NIFTP, follicular-variant "
        "papillary carcinoma and follicular carcinoma, and therefore do not distinguish benign "
        "from malignant follicular-patterned lesions. Absence of TERT promoter mutation is "
        "reassuring with respect to aggressive behaviour. Diagnostic lobectomy is generally "
        "considered. Results must be interpreted together with the clinical, sonographic and "
        "cytological findings.")
    R.H2("Genes and regions tested")
    R.P("DNA: AKT1, BRAF, CTNNB1, EIF1AX, GNAS, HRAS, KRAS, NRAS, PIK3CA, PTEN, RET, TERT "
        "promoter, TP53, TSHR (hotspot regions). RNA: 28 fusion types involving ALK, BRAF, NTRK1, "
        "NTRK3, PPARG, RET, THADA. Limit of detection 5% mutant allele frequency.", "small")
    R.H2("Disclaimer")
    R.P("This assay was developed and validated by Ostara Reference Laboratories. It has not been "
        "cleared or approved by the FDA. A negative result does not exclude malignancy. Germline "
        "variants are not assessed.", "small")
    R.SP(6)
    R.P("Reviewed and released by Matthias Ekwueme-Lorentz, MD, PhD, Molecular Pathology", "small")
    R.L("HRAS", "mutation", "positive", "HRAS c.182A>G p.Q61R \u2013 DETECTED", alteration="Q61R")
    R.L("BRAF", "mutation", "negative", "BRAF V600E \u2013 not detected.")
    R.L("KRAS", "mutation", "negative", "KRAS and NRAS \u2013 no variants detected")
    R.L("NRAS", "mutation", "negative", "KRAS and NRAS \u2013 no variants detected")
    R.L("RET", "fusion", "negative", "Gene fusions (RET, PAX8::PPARG, NTRK1/3, ALK, BRAF, THADA) "
        "\u2013 not detected.")
    R.L("NTRK", "fusion", "negative", "Gene fusions (RET, PAX8::PPARG, NTRK1/3, ALK, BRAF, THADA) "
        "\u2013 not detected.")
    R.L("ALK", "fusion", "negative", "Gene fusions (RET, PAX8::PPARG, NTRK1/3, ALK, BRAF, THADA) "
        "\u2013 not detected.")
    R.L("BRAF", "fusion", "negative", "Gene fusions (RET, PAX8::PPARG, NTRK1/3, ALK, BRAF, THADA) "
        "\u2013 not detected.")
    return R


# =====================================================================================  8118
def r8118():
    R = Report("8118", CORVANE, patient(8118, block="CG-B-81702 (lung, core)", acc="CG26-0055106",
                                        sex="M", physician="Ximena Obradovic, MD"),
               "CorvaneONE report")
    R.H1("Comprehensive Genomic Profile")
    R.KV([("Disease", "Non-small cell lung carcinoma, adenocarcinoma, stage IVB"),
          ("Specimen", "Lung, right lower lobe core biopsy; FFPE block 1A; tumor purity 35%"),
          ("Smoking history", "Former smoker, 40 pack-years")], widths=(110, None))
    R.SP(6)
    R.H2("BIOMARKER FINDINGS")
    R.T([["Microsatellite status", "MS-Stable"],
         ["Tumor Mutational Burden", "14 Muts/Mb \u00b7 TMB-High (\u2265 10 Muts/Mb)"],
         ["PD-L1 (22C3), Corvane IHC", "Tumor Proportion Score (TPS): 60% \u00b7 High PD-L1 "
          "expression (TPS \u2265 50%)"]],
        [150, None], header=0, style="box", bold_col0=True)
    R.H2("GENOMIC FINDINGS")
    R.T([["Alteration", "VAF %", "Therapies \u2013 this tumor type", "Trials"],
         ["KRAS G12C", "21.7", "Adagrasib; sotorasib", "Yes"],
         ["STK11 Q170*", "44.0", "None", "Yes"],
         ["KEAP1 G333C", "40.9", "None", "Yes"],
         ["TP53 C238F", "25.5", "None", "No"]],
        [110, 45, 260, None])
    R.SP(3)
    R.P("{b}Relevant genes with no reportable alterations:{/b} EGFR, ALK, ROS1, RET, MET, ERBB2, "
        "BRAF, NTRK1/2/3. Note: an EGFR variant of unknown significance was detected (see VUS).")
    R.BREAK()
    R.H2("Biomarker details")
    R.P("{b}TMB-High (14 Muts/Mb).{/b} Pembrolizumab is approved for TMB-High (\u2265 10 Muts/Mb) "
        "solid tumors that have progressed after prior treatment. In NSCLC, PD-L1 expression "
        "remains the principal biomarker for first-line immunotherapy.")
    R.P("{b}PD-L1 TPS 60%.{/b} Performed at Corvane with the 22C3 pharmDx assay on block 1A. "
        "Adequate tumor cells (> 100) were present. Controls performed as expected. TPS is the "
        "percentage of viable tumor cells with partial or complete membrane staining of any "
        "intensity; TPS < 1% = no expression, 1-49% = expression, \u2265 50% = high expression.")
    R.H2("Genomic findings \u2013 details")
    R.P("{b}KRAS G12C{/b} (c.34G>T). KRAS G12C inhibitors adagrasib and sotorasib are approved "
        "for KRAS G12C-mutated advanced NSCLC after at least one prior systemic therapy. "
        "{b}STK11 and KEAP1{/b} co-mutations have been associated with inferior outcomes on PD-1 "
        "axis inhibitors in KRAS-mutant lung adenocarcinoma. {b}TP53 C238F{/b} is a "
        "loss-of-function DNA binding domain mutation.")
    R.H2("Variants of unknown significance")
    R.P("EGFR V774M; ERBB4 R711C; MET N375S (common polymorphism); PTPRD A1117T; ROS1 S1109L. "
        "These are not considered actionable. EGFR V774M has not been shown to confer "
        "sensitivity to EGFR inhibitors.")
    R.H2("Clinical trials (selected)")
    R.T([["Trial ID", "Phase", "Targets", "Title / key eligibility"],
         ["CT-KR-6101", "Phase 3", "KRAS G12C", "Divarasib vs. sotorasib or adagrasib in "
          "previously treated KRAS G12C NSCLC"],
         ["CT-KR-5512", "Phase 2", "KRAS G12C, STK11", "G12C inhibitor plus PD-1 inhibitor; "
          "excludes EGFR-, ALK- or ROS1-altered tumors"],
         ["CT-NRF-0301", "Phase 1", "KEAP1/NRF2", "Glutaminase inhibitor in KEAP1- or "
          "NFE2L2-mutant NSCLC"]],
        [70, 50, 90, None])
    corvane_appendix(R)
    R.L("MSI", "signature", "negative", "Microsatellite status MS-Stable")
    R.L("TMB", "signature", "positive", "14 Muts/Mb \u00b7 TMB-High", value="14 Muts/Mb")
    R.L("PD-L1", "expression", "positive", "Tumor Proportion Score (TPS): 60%", percent=60)
    R.L("KRAS", "mutation", "positive", "KRAS G12C 21.7", alteration="G12C")
    R.L("TP53", "mutation", "positive", "TP53 C238F 25.5", alteration="C238F")
    ev = "Relevant genes with no reportable alterations: EGFR, ALK, ROS1, RET, MET, ERBB2, BRAF"
    R.L("EGFR", "mutation", "negative", ev)
    for m in ("ALK", "ROS1", "RET", "NTRK"):
        R.L(m, "fusion", "negative", ev)
    R.L("MET", "mutation", "negative", ev, optional=True)
    R.L("HER2", "mutation", "negative", ev, optional=True)
    R.L("BRAF", "mutation", "negative", ev)
    return R


# =====================================================================================  8119
def r8119():
    R = Report("8119", MERIDIAN, patient(8119, acc="MPO-26-11240", mrn="HH4017723", block="MP-4802-T1",
                                         physician="Mr O. Fairbairn-Uche", reported="16 Mar 2026",
                                         dob="22/01/1950", sex="M"), "MeridianSeq HRD+")
    R.H1("Tumour Genomic Profile")
    R.KV([("Primary tumour", "Prostatic adenocarcinoma, metastatic castration-resistant"),
          ("Sample", "Liver metastasis, ultrasound-guided core biopsy; FFPE block 1; tumour "
           "content 65%"),
          ("Tests", "MeridianSeq HRD+ (DNA, 146 genes + genome-wide LOH; RNA fusions for 24 "
           "genes)")], widths=(110, None))
    R.SP(6)
    R.H2("Summary of clinically relevant findings")
    R.T([["Finding", "Result", "Comment"],
         ["BRCA2", "Pathogenic variant detected", "c.7558C>T p.(Arg2520*), VAF 62%. PARP "
          "inhibitor eligible (Tier I)."],
         ["AR", "Amplification (estimated 18 copies)", "Associated with prior androgen "
          "deprivation; not a contraindication to ARPI"],
         ["TMPRSS2::ERG", "Fusion detected (RNA)", "Common in prostate cancer; no targeted "
          "therapy"],
         ["BRCA1, ATM, CDK12, PALB2", "No pathogenic variants detected", "\u2013"],
         ["Microsatellite status", "Stable (MSS)", "\u2013"],
         ["Tumour mutational burden", "1.3 mut/Mb (low; high \u2265 10 mut/Mb)", "\u2013"],
         ["Genomic LOH score", "21% (HIGH)", "Supports homologous recombination deficiency"]],
        [110, 170, None], bold_col0=True)
    R.SP(4)
    R.P("{b}Germline note.{/b} BRCA2 c.7558C>T may be of germline origin. Germline testing is "
        "recommended and may inform cascade testing of relatives. This tumour-only assay cannot "
        "establish inheritance.")
    R.P("{b}Tests not performed:{/b} AR-V7 transcript analysis and PSMA expression are not part "
        "of this assay.", "small")
    R.TEMPLATE("land")
    R.BREAK()
    W = R.land_width
    R.H2("Detailed results \u2013 sequence variants")
    R.T([["Gene", "Transcript", "cDNA", "Protein", "Exon", "Consequence", "VAF",
          "Reads (alt/total)", "Classification", "Tier"],
         ["BRCA2", "NM_000059.4", "c.7558C>T", "p.(Arg2520*)", "16/27", "stop gained", "62%",
          "489/789", "Pathogenic", "I"],
         ["SPOP", "NM_001007228.2", "c.398T>G", "p.(Phe133Cys)", "6/12", "missense", "30%",
          "212/707", "Likely pathogenic", "II"],
         ["FOXA1", "NM_004496.5", "c.749_751del", "p.(Phe250del)", "2/2", "inframe deletion",
          "27%", "151/559", "Uncertain significance", "III"],
         ["ATM", "NM_000051.4", "c.5558A>T", "p.(Asp1853Val)", "37/63", "missense", "49%",
          "377/770", "Likely benign", "IV"]],
        [50, 90, 75, 100, 40, 90, 40, 80, 120, None], width_total=W, zebra=True)
    R.H2("Copy number (selected genes)")
    R.T([["Gene", "Cytoband", "State", "Estimated copies", "Log2 ratio", "Reportable"],
         ["AR", "Xq12", "Amplification", "18", "2.91", "Yes"],
         ["PTEN", "10q23.31", "Heterozygous loss", "1", "-0.71", "No"],
         ["MYC", "8q24.21", "Gain", "5", "0.58", "No"],
         ["ERBB2", "17q12", "Neutral", "2", "0.02", "No"],
         ["BRCA2", "13q13.1", "Heterozygous loss", "1", "-0.66", "Supports biallelic loss"]],
        [80, 80, 130, 100, 80, None], width_total=W)
    R.H2("RNA fusions")
    R.T([["Fusion", "5' exon", "3' exon", "Supporting reads", "Result"],
         ["TMPRSS2::ERG", "1", "4", "1,077", "Detected"],
         ["All other targets (incl. ALK, BRAF, NTRK1-3, RET, ROS1)", "\u2013", "\u2013", "\u2013",
          "Not detected"]],
        [260, 60, 60, 100, None], width_total=W)
    R.TEMPLATE("main")
    R.BREAK()
    R.H2("Therapeutic implications")
    R.T([["Biomarker", "Agent(s)", "Evidence"],
         ["BRCA2 pathogenic variant", "Olaparib; talazoparib + enzalutamide; niraparib + "
          "abiraterone; rucaparib", "Approved in mCRPC (Tier I)"],
         ["AR amplification", "No specific therapy; continued ARPI options", "Prognostic"],
         ["HRD (LOH-high)", "PARP inhibitor trials", "Investigational"]],
        [130, 230, None])
    R.H2("Methods and limitations")
    R.P("DNA was extracted from macrodissected FFPE tissue and enriched by hybrid capture for 146 "
        "genes and 9,800 SNP loci; RNA fusions were detected by anchored multiplex PCR. Median "
        "depth 702x. Amplification is reported at \u2265 8 estimated copies (\u2265 6 for AR and "
        "ERBB2). TMB counts somatic coding mutations per megabase (mut/Mb). Variants below 5% allele "
        "frequency and large rearrangements may not be detected.",
        "small")
    R.SP(6)
    R.P("Authorised by: Dr Siobhan Petrakis-Lund, Consultant Clinical Scientist \u00b7 16 Mar 2026",
        "small")
    R.L("BRCA2", "mutation", "positive", "c.7558C>T p.(Arg2520*), VAF 62%", alteration="R2520*")
    R.L("AR", "amplification", "positive", "AR Amplification (estimated 18 copies)",
        alteration="amplification")
    R.L("BRCA1", "mutation", "negative", "BRCA1, ATM, CDK12, No pathogenic variants detected")
    R.L("MSI", "signature", "negative", "Microsatellite status Stable (MSS)")
    R.L("TMB", "signature", "negative", "1.3 mut/Mb (low; high \u2265 10 mut/Mb)",
        value="1.3 mut/Mb")
    R.L("HER2", "amplification", "negative", "ERBB2 17q12 Neutral 2 0.02 No", optional=True)
    ev = "All other targets (incl. ALK, BRAF, NTRK1-3, RET, ROS1)"
    for m in ("ALK", "BRAF", "NTRK", "RET", "ROS1"):
        R.L(m, "fusion", "negative", ev)
    return R


# =====================================================================================  8120
def r8120():
    R = Report("8120", AURELIAN, patient(8120, acc="CMO-26-1302", mrn="AC-00955170", sex="F",
                                         block="T-26-1302-A (endometrium, hysterectomy)",
                                         normal="N-26-1302-B (saliva)"), "AURA-TN 468")
    R.H1("Matched Tumor/Normal Genomic Profiling \u2013 Final Report")
    R.P("{b}Diagnosis:{/b} Endometrioid carcinoma of the endometrium, FIGO grade 2, stage IIIC1. "
        "{b}Tumor purity:{/b} 50%. {b}Germline analysis consent:{/b} Declined \u2013 germline "
        "variants are filtered and not reported.")
    R.H2("Summary")
    R.T([["Genomic signature", "Result", "Call"],
         ["MSI (MSIsensor)", "28.4", "MSI-High (>= 10)"],
         ["Tumor mutational burden", "42.6 mut/Mb", "TMB-High (>= 10 mut/Mb)"],
         ["Mutational signature", "SBS6 / SBS15 (MMR deficiency)", "\u2013"],
         ["POLE exonuclease domain", "No pathogenic variant", "Not POLE-ultramutated"]],
        [150, 170, None])
    R.SP(3)
    R.P("{b}Mismatch repair immunohistochemistry{/b} (Aurelian Surgical Pathology, AS26-2210, "
        "restated): MLH1 \u2013 loss of nuclear expression; PMS2 \u2013 loss of nuclear "
        "expression; MSH2 \u2013 retained; MSH6 \u2013 retained. Interpretation: MMR-deficient "
        "(dMMR). MLH1 promoter hypermethylation: detected (see AS26-2210 addendum).")
    R.H2("Somatic Mutations (211 somatic coding mutations; cancer-gene mutations listed)")
    rows = [["Gene", "Protein change", "cDNA change", "Tumor alt / depth", "VAF", "OncoKB"],
            ["KRAS", "p.G12V", "c.35G>T", "133 / 633", "21.0%", "Oncogenic"],
            ["PTEN", "p.R130Q", "c.389G>A", "301 / 704", "42.8%", "Oncogenic"],
            ["PIK3R1", "p.D560_S565del", "c.1678_1695del", "122 / 590", "20.7%", "Likely oncogenic"],
            ["ARID1A", "p.D1850fs", "c.5548del", "240 / 611", "39.3%", "Likely oncogenic"],
            ["CTNNB1", "p.S37F", "c.110C>T", "88 / 502", "17.5%", "Oncogenic"],
            ["RNF43", "p.G659fs", "c.1976del", "171 / 480", "35.6%", "Likely oncogenic"],
            ["PIK3CA", "p.R93W", "c.277C>T", "49 / 522", "9.4%", "VUS"],
            ["MSH6", "p.F1088Lfs*5", "c.3261dup", "102 / 688", "14.8%", "Secondary (MSI-related)"]]
    extra = [("ARID1B", "p.A1325V", "c.3974C>T"), ("ATR", "p.R2425Q", "c.7274G>A"),
             ("BCOR", "p.N1459S", "c.4376A>G"), ("BRCA2", "p.I3412V", "c.10234A>G"),
             ("CHD4", "p.R1162W", "c.3484C>T"), ("CIC", "p.R1512H", "c.4535G>A"),
             ("CREBBP", "p.S893L", "c.2678C>T"), ("CTCF", "p.K365fs", "c.1094del"),
             ("EGFR", "p.R831H", "c.2492G>A"), ("EP300", "p.R1627W", "c.4879C>T"),
             ("FAT1", "p.T2317fs", "c.6949del"), ("FBXW7", "p.R505C", "c.1513C>T"),
             ("JAK1", "p.K860fs", "c.2577del"), ("KMT2B", "p.P1588fs", "c.4762del"),
             ("KMT2C", "p.K2797fs", "c.8390del"), ("KMT2D", "p.P647fs", "c.1940del"),
             ("LRP1B", "p.N3564fs", "c.10689del"), ("NF1", "p.R1362*", "c.4084C>T"),
             ("NOTCH1", "p.A465T", "c.1393G>A"), ("NSD1", "p.R2005Q", "c.6014G>A"),
             ("PPP2R1A", "p.R183W", "c.547C>T"), ("PTPRD", "p.R1088H", "c.3263G>A"),
             ("RB1", "p.K715fs", "c.2143del"), ("SETD2", "p.K1588fs", "c.4762del"),
             ("SMARCA4", "p.R1192H", "c.3575G>A"), ("SOX17", "p.G131fs", "c.392del"),
             ("SPOP", "p.W131G", "c.391T>G"), ("TAF1", "p.R1573Q", "c.4718G>A"),
             ("TP53", "p.E11Q", "c.31G>C"), ("TSC2", "p.R1743W", "c.5227C>T"),
             ("ZFHX3", "p.Q2803fs", "c.8406del"), ("ZNF217", "p.P402L", "c.1205C>T")]
    seed = 1302
    for gene, prot, cdna in extra:
        seed = (seed * 1103515245 + 12345) % 2147483648
        depth = 420 + seed % 380
        alt = max(22, (seed // 7) % (depth // 2))
        call = "Likely oncogenic" if ("fs" in prot or prot.endswith("*")) else "VUS"
        rows.append([gene, prot, cdna, f"{alt} / {depth}", f"{100 * alt / depth:.1f}%", call])
    R.T(rows, [55, 95, 95, 90, 50, None], zebra=True)
    R.P("PIK3CA p.R93W, BRCA2 p.I3412V, EGFR p.R831H and TP53 p.E11Q are classified as variants "
        "of unknown significance at this laboratory and are not considered actionable.", "small")
    R.H2("Somatic Copy Number Alterations")
    R.T([["Gene", "Copy number", "Fold change", "Call"],
         ["ERBB2", "2.1", "1.02", "Not amplified"],
         ["CCNE1", "2.0", "0.99", "Neutral"],
         ["MYC", "3.0", "1.21", "Gain (not reportable)"]], [80, 80, 80, None])
    R.H2("Clinical Interpretation")
    R.P("The tumor is MSI-High and TMB-High with MLH1/PMS2 loss due to MLH1 promoter "
        "hypermethylation, consistent with a sporadic MMR-deficient endometrial carcinoma (the "
        "molecular subgroup 'MMRd'). Immune checkpoint inhibitors combined with chemotherapy are "
        "approved in primary advanced or recurrent dMMR endometrial cancer. The secondary MSH6 "
        "frameshift is a common consequence of MSI and does not by itself indicate Lynch "
        "syndrome. Because germline analysis was declined, germline MMR testing should be "
        "considered if clinically indicated, although MLH1 methylation makes Lynch syndrome "
        "unlikely. KRAS G12V is not associated with an approved targeted therapy in this tumor "
        "type.")
    R.H2("Assay Description and Quality")
    R.KV([("Assay", "AURA-TN 468: hybrid capture of 468 genes, tumor and matched normal"),
          ("Median coverage", "Tumor 688x; normal 355x"),
          ("MSI", "MSIsensor score = % unstable sites; >= 10 = MSI-H, 3-10 = indeterminate, < 3 "
                  "= MSS"),
          ("Limitations", "See laboratory website (aurelian-cmo.invalid/limitations).")],
         widths=(90, None), size=8)
    R.SP(6)
    R.P("Electronically signed: Mariela Castellanos-Reyes, MD (03/13/2026).", "small")
    R.L("MSI", "signature", "positive", "MSI (MSIsensor) 28.4 MSI-High (>= 10)")
    R.L("TMB", "signature", "positive", "42.6 mut/Mb TMB-High (>= 10 mut/Mb)",
        value="42.6 mut/Mb")
    R.L("MLH1", "expression", "negative", "MLH1 \u2013 loss of nuclear expression")
    R.L("PMS2", "expression", "negative", "PMS2 \u2013 loss of nuclear expression")
    R.L("MSH2", "expression", "positive", "MSH2 \u2013 retained")
    R.L("MSH6", "expression", "positive", "MSH6 \u2013 retained")
    R.L("MMR", "signature", "positive", "MMR-deficient (dMMR)")
    R.L("KRAS", "mutation", "positive", "KRAS p.G12V c.35G>T", alteration="G12V")
    R.L("HER2", "amplification", "negative", "ERBB2 2.1 1.02 Not amplified")
    R.L("MSH6", "mutation", "positive", "MSH6 p.F1088Lfs*5 c.3261dup", alteration="F1088Lfs*5",
        optional=True)
    return R


REPORTS = {f"81{i:02d}": globals()[f"r81{i:02d}"] for i in range(11, 21)}
