"""Reports 5821-5830."""
from __future__ import annotations

from common import *  # noqa: F401,F403
from genes import PANEL, neg_labels, without
from labs import ARBOR, BLUEFEN, CORVID, HALDEN, LUMEN, MERIDIAN, NORTHGATE, OSTRANDER, PELICAN, VANTOR
from reports_a import (bluefen_gene_appendix, bluefen_methods_cols, bluefen_sign, corvid_methods, corvid_sign,
                       halden_authorise, halden_section, meridian_methods, meridian_signoff, north_authorise,
                       ostr_methods, ostr_sign, pelican_methods)

HX = colors.HexColor


# =====================================================================================
# 5821  Northgate  -  NSCLC reflex: EGFR exon 20 insertion, ALK/ROS1 IHC, PD-L1 (amended)

M5821 = dict(patient="Patient U", dob="07/03/1973", sex="Female", mrn="N1190322", accession="MDL24-3108",
             specimen_id="H24-77120 A1", physician="Dr F. Olawale", institution="Northgate Chest Unit",
             specimen="FFPE bronchial biopsy", received="04/07/2024", reported="18/07/2024 (amended)",
             request="NSCLC reflex panel", title="MOLECULAR DIAGNOSTICS REPORT - LUNG", status="AMENDED REPORT")


@report("5821", NORTHGATE, M5821, [
    L("EGFR", "mutation", "positive", ["p.(Ala767_Val769dup)"], alteration="A767_V769dup"),
    L("KRAS", "mutation", "negative", ["KRAS"]),
    L("BRAF", "mutation", "negative", ["BRAF"]),
    L("MET", "mutation", "negative", ["MET exon 14 skipping"], alteration="exon 14 skipping"),
    L("ALK", "expression", "negative", ["ALK (D5F3)"]),
    L("ROS1", "expression", "negative", ["ROS1 (D4D6)"]),
    L("PD-L1", "expression", "negative", ["TPS <1%"], value="<1%"),
    L("EGFR", "mutation", "negative", ["p.(Ala763_Tyr764insPheGlnGlu), was not found here"],
      alteration="A763_Y764insFQE", optional=True),
])
def r5821():
    lab = NORTHGATE
    s = []
    s.append(band(lab, [P(lab, "**AMENDMENT 1 - 18/07/2024.** PD-L1 result added (previously reported as 'to follow'). "
                              "No change to the molecular results issued on 11/07/2024.", "small")],
                  fill=HX("#FFF4E5"), border=HX("#E69500")))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Clinical details: 50-year-old never-smoker. Right hilar mass; bronchial biopsy shows "
                    "adenocarcinoma (H24-77120). Stage IVA (pleural nodules). Reflex testing per regional lung "
                    "pathway.", "small"))
    s.append(P(lab, "Summary of results", "h2"))
    s.append(table(lab, ["Test", "Result", "Comment"], [
        ["EGFR (NGS, exons 18-21)", "**EGFR exon 20 insertion detected:** c.2300_2308dup p.(Ala767_Val769dup), VAF 26%",
         "Not sensitive to first-, second- or third-generation EGFR TKIs. Amivantamab + chemotherapy is an approved "
         "first-line option."],
        ["KRAS (NGS)", "No pathogenic variant detected", "-"],
        ["BRAF (NGS)", "No pathogenic variant detected", "-"],
        ["MET exon 14 skipping (NGS)", "Not detected", "-"],
        ["ALK (D5F3) IHC", "Negative", "No staining in tumour cells; controls appropriate"],
        ["ROS1 (D4D6) IHC", "Negative", "No staining in tumour cells"],
        ["PD-L1 (SP263) IHC", "**TPS <1%** (amended 18/07/2024)", "Fewer than 1% of at least 100 viable tumour cells "
         "show membranous staining"],
        ["RNA fusion panel*", "Not performed", "ALK and ROS1 IHC negative; RET and NTRK fusion testing available "
         "on request if clinically indicated"],
    ], [0.22, 0.4, 0.38], grid="box", zebra=True))
    s.append(P(lab, "* Not within the laboratory's UKAS scope of accreditation.", "tiny"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "An in-frame ~~EGFR~~ exon 20 insertion (duplication of Ala767-Val769, the most common exon 20 "
                    "insertion) was identified. Unlike exon 19 deletions and L858R, most exon 20 insertions do not "
                    "respond to conventional EGFR tyrosine kinase inhibitors. The exception, ~~EGFR~~ p.(Ala763_Tyr764insPheGlnGlu), "
                    "was not found here. Immunotherapy monotherapy is generally of limited benefit in EGFR-mutant "
                    "NSCLC; PD-L1 TPS is below 1%.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Variant details", "h2"))
    s.append(table(lab, ["Gene", "Transcript", "c.", "p.", "Exon", "VAF", "Depth", "Classification"], [
        ["EGFR", "NM_005228.5", "c.2300_2308dup", "p.(Ala767_Val769dup)", "20", "26%", "1,640", "Pathogenic"],
    ], [0.08, 0.14, 0.15, 0.2, 0.06, 0.07, 0.08, 0.22], grid="lines"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Not reported (benign/synonymous): ~~EGFR~~ c.2361G>A p.(Gln787=), a common synonymous "
                    "polymorphism, was present at 49% and has no clinical significance.", "small"))
    s.append(P(lab, "Coverage", "h3"))
    s.append(table(lab, ["Region", "Minimum depth", "Status"], [
        ["EGFR exons 18-21", "1,210x", "Pass"], ["KRAS exons 2-4", "980x", "Pass"], ["BRAF exons 11, 15", "1,044x", "Pass"],
        ["MET exon 14 and flanks", "870x", "Pass"], ["ERBB2 exon 20", "120x", "Below 250x - not reported"],
    ], [0.45, 0.25, 0.3], grid="lines"))
    s.append(P(lab, "~~ERBB2~~ exon 20 could not be assessed (insufficient coverage); no ~~ERBB2~~ result is given.", "small"))
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "DNA was extracted from macrodissected FFPE tissue (tumour content 50%) and analysed with the NUH "
                    "Lung amplicon panel (EGFR, KRAS, BRAF, MET, ERBB2; LOD 5% VAF at 250x or more). "
                    "Immunohistochemistry was performed on automated platforms: ALK clone D5F3 with a "
                    "high-sensitivity detection kit (binary scoring), ROS1 clone D4D6 (screening; positive cases "
                    "require molecular confirmation), PD-L1 clone SP263 (TPS). Positive and negative controls were "
                    "appropriate for all stains.", "small"))
    s.append(P(lab, "PD-L1 scoring reference: TPS <1% (no expression), 1-49% (low expression), 50% or more (high "
                    "expression).", "small"))
    s += north_authorise(lab, "Dr K. Osei-Bonsu, Clinical Scientist; Dr M. Farrant, Consultant Histopathologist (IHC)",
                         "Dr P. Nnamdi, Consultant Clinical Scientist - amendment authorised 18/07/2024")
    return s


# =====================================================================================
# 5822  Pelican Bay  -  pancreas, KRAS wild type, BRAF in-frame deletion, mesothelin IHC, RNA failed

M5822 = dict(patient="Patient V", dob="12/12/1975", sex="Male", accession="PB24-0091208",
             specimen="Pancreas, EUS-FNB", specimen_id="SP24-7740 B1", physician="Dr. R. Sandoval",
             institution="Coastal Pancreas Clinic", collected="04/22/2024", received="04/24/2024", reported="05/08/2024",
             status="Final (RNA failed)", product="PBX TumorSeq 523 + RNA + IHC")


NEG5822 = ["ALK", "ARID1A", "BRCA1", "BRCA2", "CHEK2", "EGFR", "ERBB2", "GNAS", "IDH1", "IDH2", "KRAS", "MET",
           "MLH1", "MSH2", "MSH6", "NRAS", "PALB2", "PIK3CA", "PMS2", "RET", "RNF43", "ROS1", "STK11"]


@report("5822", PELICAN, M5822, [
    L("BRAF", "mutation", "positive", ["p.Asn486_Pro490del"], alteration="N486_P490del"),
    L("KRAS", "mutation", "negative", ["KRAS wild type"]),
    L("TP53", "mutation", "positive", ["p.Gly245Ser"], alteration="G245S"),
    L("BRCA1", "mutation", "negative", ["BRCA1, BRCA2, PALB2"]),
    L("BRCA2", "mutation", "negative", ["BRCA1, BRCA2, PALB2"]),
    L("Mesothelin", "expression", "positive", ["Mesothelin (SP74)"], percent=70),
    L("MSI", "signature", "negative", ["MS-Stable"]),
    L("TMB", "signature", "negative", ["0.8 mut/Mb"], value="0.8 mut/Mb"),
] + neg_labels(NEG5822, skip=("KRAS", "BRCA1", "BRCA2")))
def r5822():
    lab = PELICAN
    s = []
    s.append(P(lab, "Test Status", "h2"))
    s.append(table(lab, ["Component", "Status", "Note"], [
        ["DNA sequencing (523 genes)", "Completed", "Tumor content 30%; median depth 655x"],
        ["RNA fusion panel", "**FAILED**", "RNA degraded (DV200 18%; minimum 30%). No fusion results are reported."],
        ["Immunohistochemistry", "Completed", "Mesothelin; HER2 not requested"],
    ], [0.3, 0.15, 0.55], grid="box", zebra=False))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Key Findings", "h1"))
    s.append(table(lab, ["Gene / marker", "Result", "Clinical relevance"], [
        ["BRAF", "p.Asn486_Pro490del (c.1457_1471del), VAF 19% - class 2 in-frame deletion",
         "MAPK pathway activation; MEK inhibitor or pan-RAF inhibitor trials"],
        ["KRAS", "KRAS wild type (exons 2, 3, 4 fully covered)", "KRAS wild-type pancreatic cancer: enriched for "
         "BRAF alterations and kinase fusions"],
        ["TP53", "p.Gly245Ser, VAF 21%", "No targeted therapy"],
        ["CDKN2A", "Homozygous deletion", "No targeted therapy"],
        ["Mesothelin (SP74)", "Positive: 70% of tumor cells, 2-3+ membranous", "Meets eligibility threshold of "
         "mesothelin-directed trials (50% or more at 2+)"],
    ], [0.18, 0.44, 0.38], grid="lines"))
    s.append(Spacer(1, 6))
    b1 = [P(lab, "MSI", "tdb", textColor=lab.colour), P(lab, "**MS-Stable**", "body", fontSize=12, leading=15),
          P(lab, "2% of loci unstable", "tiny")]
    b2 = [P(lab, "TMB", "tdb", textColor=lab.colour), P(lab, "**0.8 mut/Mb**  Low", "body", fontSize=12, leading=15),
          hgauge(lab, lab.width / 3 - 20, 0.8, 0, 30, cut=20, bands=[(0, 6, HX("#d8ebe8")), (6, 20, HX("#f0e2b6")),
                                                                      (20, 30, HX("#e8b4a9"))], tick_step=10),
          P(lab, "Reference: low <6; intermediate 6-19; high 20 or more", "tiny")]
    b3 = [P(lab, "HRR GENES", "tdb", textColor=lab.colour),
          P(lab, "No pathogenic variants in BRCA1, BRCA2, PALB2, ATM or CHEK2", "small"),
          P(lab, "Tumor-only result; germline testing is recommended for all patients with pancreatic cancer.", "tiny")]
    s.append(boxes(lab, [b1, b2, b3], border=lab.colour))
    s.append(Spacer(1, 6))
    s.append(P(lab, "**Important:** because the RNA panel failed, ~~NRG1~~, ~~NTRK1/2/3~~, ~~RET~~, ~~ALK~~, ~~ROS1~~ "
                    "and ~~FGFR2~~ fusion status is unknown. Kinase fusions are over-represented in ~~KRAS~~ wild-type "
                    "pancreatic cancer; repeat testing on additional tissue (or a resection specimen, if obtained) is "
                    "recommended.", "small"))
    s.append(PageBreak())
    s.append(P(lab, "Immunohistochemistry", "h2"))
    s.append(table(lab, ["Marker", "Clone", "Tumor cells positive", "Intensity", "Interpretation"], [
        ["Mesothelin", "SP74", "70%", "2+ to 3+, membranous and cytoplasmic", "Positive"],
        ["Claudin 18.2", "43-14A", "<5%", "1+", "Negative (trial threshold 75% at 2+)"],
    ], [0.16, 0.12, 0.18, 0.3, 0.24], grid="box"))
    s.append(P(lab, "Mesothelin IHC with clone SP74 is a research-use assay at Pelican Bay; it is reported to support "
                    "clinical trial screening.", "tiny"))
    s.append(P(lab, "All Reported Sequence Variants", "h2"))
    s.append(table(lab, ["Gene", "cDNA", "Protein", "Exon", "VAF", "Tier"], [
        ["BRAF", "c.1457_1471del", "p.Asn486_Pro490del", "12", "19%", "Tier II"],
        ["TP53", "c.733G>A", "p.Gly245Ser", "7", "21%", "Tier II"],
        ["CDKN2A", "deletion", "Homozygous deletion", "1-3", "CN 0", "Tier II"],
        ["SMAD4", "c.1051G>A", "p.Asp351Asn", "8", "22%", "Tier III"],
        ["ATM", "c.5558A>T", "p.Asp1853Val", "37", "48%", "Tier III - population polymorphism"],
        ["KMT2C", "c.2645G>A", "p.Arg882Gln", "16", "18%", "Tier III"],
    ], [0.12, 0.18, 0.25, 0.1, 0.1, 0.25], grid="lines"))
    s.append(P(lab, "Genes with no reportable alterations (selected)", "h3"))
    s.append(gene_grid(lab, NEG5822, 8))
    s.append(P(lab, "Listed genes were sequenced (DNA); absence of fusion events cannot be inferred because the RNA "
                    "panel failed.", "tiny"))
    s.append(P(lab, "Clinical Trials", "h2"))
    s.append(table(lab, ["Study", "Target(s)", "Phase"], [
        ["PBT-8802 Mesothelin-directed antibody-drug conjugate in pancreatic and ovarian cancer", "Mesothelin", "1/2"],
        ["PBT-4471 Pan-RAF inhibitor plus MEK inhibitor in BRAF class 2/3 and NRAS-mutant solid tumors", "BRAF", "1b"],
        ["PBT-9015 NRG1 fusion antibody (HER2/HER3 bispecific)", "NRG1 fusion", "2"],
        ["PBT-3377 PARP inhibitor in tumors with homologous recombination gene alterations", "BRCA1/2, ATM, PALB2", "2"],
    ], [0.64, 0.24, 0.12], grid="lines"))
    s.append(P(lab, "The NRG1 and PARP studies are listed for reference; this tumor has no demonstrated NRG1 fusion "
                    "(RNA failed) and no HRR gene alteration.", "tiny"))
    s.append(PageBreak())
    s += pelican_methods(lab)
    s.append(P(lab, "RNA quality", "h3"))
    s.append(table(lab, ["Metric", "Value", "Minimum"], [["RNA yield", "42 ng", "20 ng"], ["DV200", "18%", "30%"],
                                                      ["Control gene reads", "2,880", "10,000"]],
                   [0.4, 0.3, 0.3], grid="lines"))
    s.append(P(lab, "References", "h3"))
    for r in ["1. Whitlow E, et al. Genomic landscape of KRAS wild-type pancreatic ductal adenocarcinoma. Pancreas Genom. 2021;3:14-25.",
              "2. Ferreira-Lind K, et al. Class 2 BRAF in-frame deletions: biology and drug sensitivity. Kinase Rev. 2020;7:88-97.",
              "3. Obi M, et al. Mesothelin expression in pancreatic adenocarcinoma and trial screening. Path Biomark. 2022;5:51-59."]:
        s.append(P(lab, r, "tiny"))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Electronically signed by Marcus Delacorte-Yee, MD, Molecular Pathology, 05/08/2024.", "small"))
    return s


# =====================================================================================
# 5823  Arbor Quay  -  melanoma hotspot, BRAF V600K, low tumour content

M5823 = dict(patient="Patient W", dob="30/06/1981", sex="M", mrn="AQH-5528190", accession="AQ24-M1187",
             institution="Arbor Quay Dermatology", physician="Dr L. Brannigan",
             specimen="Skin, back, wide local excision (FFPE)", received="22/01/2024 10:05", reported="29/01/2024")


@report("5823", ARBOR, M5823, [
    L("BRAF", "mutation", "positive", ["p.(Val600Lys)"], alteration="V600K"),
    L("NRAS", "mutation", "negative", ["NRAS"]),
    L("BRAF", "mutation", "negative", ["BRAF WILD TYPE"], optional=True),
])
def r5823():
    lab = ARBOR
    s = []
    s.append(mono_block(lab, """
TEST REQUESTED : MELANOMA HOTSPOT PANEL (BRAF ex15, NRAS ex2/3, KIT ex9/11/13/17)
CLINICAL       : Recurrent melanoma, back, 2.1 mm; in-transit nodules. ?BRAF
BLOCK          : H24-00418 A2    MARKED AREA: TUMOUR CONTENT 20%
                 *** LOW TUMOUR CONTENT - SEE COMMENT ***
""", box=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "RESULTS", "h3"))
    s.append(table(lab, ["GENE", "EXON", "RESULT", "VAF"], [
        ["BRAF", "15", "MUTATION DETECTED  c.1798_1799delinsAA  p.(Val600Lys)", "11%"],
        ["NRAS", "2, 3", "NO MUTATION DETECTED", "-"],
        ["KIT", "9, 11, 13, 17", "NO MUTATION DETECTED", "-"],
    ], [0.1, 0.16, 0.62, 0.12], grid="box", zebra=False, cell_style="mono", head_style="monob"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "INTERPRETATION", "h3"))
    s.append(mono_block(lab, """
BRAF V600K MUTATION DETECTED.

BRAF V600 mutations (V600E and V600K) predict benefit from combined BRAF
and MEK inhibition (e.g. dabrafenib + trametinib, encorafenib +
binimetinib, vemurafenib + cobimetinib). No NRAS or KIT mutation was
detected in the exons analysed.
""", box=False))
    s.append(P(lab, "COMMENT", "h3"))
    s.append(mono_block(lab, """
1. LOW TUMOUR CONTENT. The marked area contained approximately 20% tumour
   cells. The limit of detection of this assay is 5% mutant allele (1:20).
   The BRAF VAF of 11% is consistent with a heterozygous clonal mutation at
   this tumour content. Negative results for NRAS and KIT are reported but
   a low-level subclonal variant cannot be excluded.

2. PREVIOUS SAMPLE. A primary melanoma of the right forearm excised in 2022
   (AQ22-M0410) was tested in this laboratory and reported BRAF WILD TYPE.
   The clinical team has confirmed that the 2022 lesion was a separate
   primary melanoma; the results are therefore not contradictory.

3. The c.1798_1799delinsAA change (two adjacent nucleotides) is reported as
   a single variant. Some PCR-based assays designed for V600E detect V600K
   with reduced sensitivity.
""", box=False))
    s.append(PageBreak())
    s.append(P(lab, "METHOD", "h3"))
    s.append(mono_block(lab, """
DNA was extracted from macrodissected 5 um FFPE sections and amplified with
a multiplex amplicon panel; libraries were sequenced on a benchtop
sequencer. Minimum depth for reporting: 500x (this sample: 1,380x at BRAF
codon 600). Reference sequences: BRAF NM_004333.6, NRAS NM_002524.5,
KIT NM_000222.3. Variants are described according to HGVS.

Codons/regions covered:
  BRAF  exon 15  codons 581-620 (incl. 594, 597, 600, 601)
  NRAS  exon 2   codons 12, 13      exon 3  codons 59, 61
  KIT   exons 9, 11, 13, 17

This assay does not detect gene fusions (e.g. BRAF fusions), copy number
changes or variants outside the regions listed.
""", box=False))
    s.append(Spacer(1, 6))
    s.append(mono_block(lab, """
QUALITY          : DNA 38 ng/uL, amplicon coverage 100% >= 500x      PASS
EQA              : UK NEQAS-type scheme for melanoma - satisfactory 2023

REPORTED BY : T. Mabuza-Grant, Clinical Scientist            29/01/2024
AUTHORISED  : Dr R. Inglethorpe, Consultant Clinical Scientist 29/01/2024
""", box=False))
    return s


# =====================================================================================
# 5824  Vantor  -  papillary thyroid carcinoma, CCDC6::RET

M5824 = dict(patient="Patient X", dob="03/21/1990", sex="Female", mrn="VT-3390554", accession="VT24-20117",
             collected="09/03/2024", reported="09/12/2024", physician="Dr. H. Quaye",
             specimen="R thyroid lobe + central neck (FFPE)", kind="surgical specimens")


@report("5824", VANTOR, M5824, [
    L("RET", "fusion", "positive", ["CCDC6::RET"], alteration="CCDC6-RET"),
    L("RET", "mutation", "negative", ["RET point mutations"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E"]),
    L("NRAS", "mutation", "negative", ["NRAS, HRAS, KRAS"]),
    L("HRAS", "mutation", "negative", ["NRAS, HRAS, KRAS"]),
    L("KRAS", "mutation", "negative", ["NRAS, HRAS, KRAS"]),
    L("NTRK", "fusion", "negative", ["NTRK1, NTRK3"]),
    L("ALK", "fusion", "negative", ["ALK fusion"]),
    L("TP53", "mutation", "negative", ["TP53, PIK3CA, AKT1"]),
    L("PIK3CA", "mutation", "negative", ["TP53, PIK3CA, AKT1"]),
])
def r5824():
    lab = VANTOR
    s = []
    s.append(P(lab, "**Pathology (referring, S24-6610):** papillary thyroid carcinoma, classic and diffuse sclerosing "
                    "features, 3.1 cm, extrathyroidal extension; 6 of 11 central lymph nodes involved. **Indication:** "
                    "molecular profiling for risk assessment and potential targeted therapy (radioiodine-refractory "
                    "disease suspected)."))
    s.append(band(lab, [P(lab, "**RESULT: RET FUSION DETECTED** - CCDC6::RET (RET/PTC1)", "body", fontSize=12, leading=15)],
                  fill=lab.light, border=lab.colour))
    s.append(Spacer(1, 6))
    s.append(table(lab, ["Alteration", "Detail", "Result"], [
        ["CCDC6::RET", "CCDC6 exon 1 :: RET exon 12; 1,114 junction reads; in frame", "**Detected**"],
        ["BRAF V600E", "c.1799T>A", "Not detected"],
        ["NRAS, HRAS, KRAS", "codons 12, 13, 61", "Not detected"],
        ["TERT promoter", "C228T, C250T", "Not detected"],
        ["RET point mutations", "exons 10, 11, 13-16 (e.g. C634, M918T)", "Not detected"],
        ["NTRK1, NTRK3", "fusions, all partners", "Not detected"],
        ["ALK fusion", "all partners", "Not detected"],
        ["TP53, PIK3CA, AKT1", "hotspots / coding", "Not detected"],
    ], [0.26, 0.5, 0.24], grid="lines", zebra=True))
    s.append(Spacer(1, 6))
    risk = [P(lab, "**Molecular risk group**", "small"),
            segments(lab, 230, 3, 2, colours=[HX("#c5d79b"), HX("#e0b84d"), HX("#c0504d")],
                     labels=["Low", "Intermediate", "High"]),
            P(lab, "Intermediate (RET fusion without TERT or TP53 co-alteration)", "small")]
    tx = [P(lab, "**Targeted therapy**", "small"),
          P(lab, "Selective RET inhibitors (selpercatinib, pralsetinib) are approved for RET fusion-positive thyroid "
                 "cancer requiring systemic therapy and refractory to radioactive iodine.", "small")]
    s.append(boxes(lab, [risk, tx], [lab.width * 0.48, lab.width * 0.48], gap=lab.width * 0.04, border=lab.accent))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "CCDC6::RET (RET/PTC1) is the most common RET rearrangement in papillary thyroid carcinoma and is "
                    "typical of the diffuse sclerosing subtype and of radiation-associated tumours. The absence of "
                    "~~TERT~~ promoter and ~~TP53~~ alterations places this tumour in an intermediate molecular risk "
                    "group. Germline ~~RET~~ testing is not indicated by this result: RET fusions are somatic, whereas "
                    "hereditary medullary thyroid carcinoma (MEN2) is caused by germline RET point mutations, none of "
                    "which was detected here.", "bodyj"))
    s.append(P(lab, "Previous testing", "h3"))
    s.append(P(lab, "An FNA of this nodule was submitted to Vantor in 2023 (VT23-09982); the RNA component was "
                    "insufficient and no molecular result was issued at that time.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "DNA and RNA were extracted from macrodissected FFPE tumour (tumour content 70%). DNA was sequenced "
                    "across 112 genes (hotspots and full coding regions; LOD 3% VAF at 500x). RNA was analysed for "
                    "fusions involving 40 genes including ~~RET~~, ~~NTRK1~~, ~~NTRK3~~, ~~ALK~~, ~~BRAF~~, ~~PPARG~~ "
                    "and ~~THADA~~, with a minimum of 10 junction reads for a positive call.", "bodyj"))
    s.append(P(lab, "Limitations", "h2"))
    s.append(P(lab, "Copy-number and large structural variants outside the targeted regions are not detected. Results "
                    "must be interpreted with the histopathological diagnosis.", "bodyj"))
    s.append(Spacer(1, 16))
    s.append(P(lab, "Reviewed and approved: Priya Adebayo-Marsh, MD, Medical Director - 09/12/2024", "body"))
    return s


# =====================================================================================
# 5825  Lumen  -  neuroblastoma, ALK F1174L, MYCN amplification, GD2 IHC

M5825 = dict(patient="Patient Y", dob="14/02/2021", sex="Female", mrn="LCH-0071243", accession="LPTG-24-0219",
             specimen="Adrenal mass, core biopsy", specimen_id="LP24-0412 C2", physician="Dr M. Adeyemi-Clarke",
             received="20/05/2024", reported="04/06/2024", title="Paediatric Solid Tumour Panel", status="Final report")

NEG5825 = ["ATRX", "BRAF", "CDKN2A", "HRAS", "KRAS", "NF1", "NRAS", "PHOX2B", "PTPN11", "TERT", "TP53", "ARID1A", "ARID1B"]


@report("5825", LUMEN, M5825, [
    L("ALK", "mutation", "positive", ["p.(Phe1174Leu)"], alteration="F1174L"),
    L("ALK", "amplification", "negative", ["ALK not amplified"]),
    L("GD2", "expression", "positive", ["GD2 (clone 14G2a", ">90% of tumour cells"], value=">90%"),
    L("TMB", "signature", "reported", ["1.1 mut/Mb"], value="1.1 mut/Mb"),
] + neg_labels(NEG5825))
def r5825():
    lab = LUMEN
    s = []
    s.append(P(lab, "**Clinical summary:** 3-year-old girl with a left adrenal mass, bone marrow and skeletal "
                    "metastases (INRG stage M). Histology (LP24-0412): poorly differentiated neuroblastoma, "
                    "unfavourable histology. Panel requested for risk stratification and trial eligibility.", "small"))
    s.append(band(lab, [P(lab, "**Risk-relevant findings**", "body", textColor=lab.colour),
                        P(lab, "**MYCN amplification** (high level, about 45 copies per cell; concordant with FISH)", "small"),
                        P(lab, "**ALK** c.3522C>A p.(Phe1174Leu), VAF 32% - activating kinase-domain mutation", "small"),
                        P(lab, "Segmental chromosome aberrations: 1p deletion, 11q loss, 17q gain", "small"),
                        P(lab, "ALK not amplified (ALK/2p reference ratio 1.1)", "small")],
                  fill=lab.light, border=lab.colour))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Copy-number profile (selected regions)", "h2"))
    regions = [("1p", -1), ("1q", 0), ("2p MYCN", 3), ("2p ALK", 0), ("3p", 0), ("4p", 0), ("7", 1), ("11q", -1),
               ("14q", 0), ("17q", 1), ("17p", 0)]
    d = Drawing(lab.width, 88)
    w = lab.width / len(regions)
    base = 40
    d.add(Line(0, base, lab.width, base, strokeColor=HX("#888888")))
    for i, (r, st) in enumerate(regions):
        h = {3: 40, 1: 14, 0: 2, -1: -14}[st]
        col = HX("#c62828") if st >= 3 else (HX("#1e88e5") if st == 1 else (HX("#fb8c00") if st < 0 else HX("#bdbdbd")))
        y = base if h >= 0 else base + h
        d.add(Rect(i * w + w * 0.25, y, w * 0.5, abs(h), fillColor=col, strokeColor=None))
        d.add(String(i * w + w / 2, 6, r, fontName="Helvetica", fontSize=6.5, textAnchor="middle"))
    d.add(String(lab.width, 80, "red: amplification  blue: gain  orange: loss  grey: balanced", fontName="Helvetica",
                 fontSize=6, textAnchor="end"))
    s.append(d)
    s.append(Spacer(1, 4))
    s.append(P(lab, "Sequence variants", "h2"))
    s.append(table(lab, ["Gene", "Variant", "Transcript", "VAF", "Depth", "Classification"], [
        ["ALK", "c.3522C>A p.(Phe1174Leu)", "NM_004304.5", "32%", "1,012", "Pathogenic (somatic)"],
        ["ATRX", "No variant; no deletion", "NM_000489.6", "-", "-", "-"],
        ["LIN28B", "c.466G>A p.(Val156Met)", "NM_001004317.4", "48%", "640", "VUS, likely germline"],
    ], [0.1, 0.3, 0.17, 0.08, 0.1, 0.25], grid="lines"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Genes sequenced with no pathogenic variant: see page 2.", "small"))
    s.append(Spacer(1, 4))
    gd2 = [P(lab, "GD2 immunohistochemistry", "tdb", textColor=lab.colour),
           P(lab, "GD2 (clone 14G2a, frozen section): strong membranous staining in >90% of tumour cells", "small"),
           P(lab, "Relevant to anti-GD2 immunotherapy (dinutuximab) planning; not a predictive assay.", "tiny")]
    tmb = [P(lab, "Tumour mutational burden", "tdb", textColor=lab.colour),
           P(lab, "1.1 mut/Mb", "body", fontSize=12, leading=15),
           P(lab, "Typical of neuroblastoma; no paediatric cut-off applied.", "tiny")]
    msi = [P(lab, "Microsatellite status", "tdb", textColor=lab.colour),
           P(lab, "Not evaluated", "body", fontSize=12, leading=15),
           P(lab, "Not part of the paediatric panel.", "tiny")]
    s.append(boxes(lab, [gd2, tmb, msi], border=lab.accent))
    s.append(PageBreak())
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "MYCN amplification assigns this tumour to the high-risk group irrespective of other factors. "
                    "The ~~ALK~~ p.(Phe1174Leu) substitution is one of the three hotspot activating mutations in "
                    "neuroblastoma (with R1275Q and F1245C/V) and makes the patient potentially eligible for ALK "
                    "inhibitor (e.g. lorlatinib) arms of front-line trials. F1174L has been associated with reduced "
                    "sensitivity to crizotinib in preclinical studies.", "bodyj"))
    s.append(P(lab, "**Germline note.** ALK F1174L is almost always somatic; germline ALK variants in familial "
                    "neuroblastoma are most often R1275Q or R1192P. Parental testing is not required unless there is a "
                    "family history of neuroblastoma. The LIN28B variant is of uncertain significance and is "
                    "probably inherited; it is not considered clinically actionable.", "bodyj"))
    s.append(P(lab, "Genes sequenced without reportable variants", "h3"))
    s.append(P(lab, "No pathogenic or likely pathogenic variants were identified in these genes:", "small"))
    s.append(gene_grid(lab, NEG5825, 7, grid=True))
    s.append(P(lab, "Method", "h2"))
    s.append(P(lab, "DNA from the core biopsy (tumour content 80%) was sequenced with the Lumen paediatric solid "
                    "tumour panel (hybrid capture, 180 genes, genome-wide SNP backbone for copy number; median depth "
                    "540x). MYCN status was confirmed by FISH (Lumen Cytogenetics, report LC24-1190). GD2 "
                    "immunohistochemistry was performed on frozen tissue by the Lumen Neuropathology laboratory. "
                    "Limit of detection for SNVs: 5% VAF. Fusion genes are not assessed by this DNA panel.", "small"))
    s.append(P(lab, "Limitations: a negative result in a gene does not exclude variants below the limit of detection "
                    "or structural events outside targeted regions.", "small"))
    s.append(Spacer(1, 10))
    s.append(table(lab, ["Reported by", "Authorised by"], [["Dr E. Thornbury, Clinical Scientist",
                                                           "Dr A. Kovacs-Mensah, Consultant Paediatric Pathologist"]],
                   [0.5, 0.5], grid="box", zebra=False))
    return s


# =====================================================================================
# 5826  Meridian  -  test not completed (insufficient tumor)  (no labels)

M5826 = dict(patient="Patient Z", dob="10/10/1952", sex="Male", order="MG-24-123980", reported="07/30/2024",
             specimen="Pancreas, FNA cell block", collected="07/09/2024", received="07/12/2024",
             physician="Dr. A. Nakashima-Boyd", diagnosis="Pancreatic adenocarcinoma", status="TEST NOT COMPLETED",
             product="MeridianDx OncoPanel 400 (DNA)")


@report("5826", MERIDIAN, M5826, [])
def r5826():
    lab = MERIDIAN
    s = []
    s.append(P(lab, "Test Status: Unable to Report", "h1"))
    s.append(band(lab, [P(lab, "**Insufficient tumor nucleic acid.** The submitted specimen did not meet the minimum "
                              "requirements for genomic profiling, and sequencing did not pass quality control. No "
                              "genomic findings, biomarker results or relevant negatives can be reported from this "
                              "specimen.", "body")], fill=HX("#FDECEA"), border=HX("#C0392B")))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Quality Control Summary", "h2"))
    s.append(table(lab, ["Metric", "This specimen", "Requirement", "Status"], [
        ["Tumor content (Meridian pathologist)", "10%", "20% or more", "Below requirement"],
        ["Tumor nuclei in submitted sections", "approx. 600", "5,000 or more", "Below requirement"],
        ["DNA yield", "12 ng", "50 ng or more", "Below requirement"],
        ["Library median unique coverage", "96x", "500x or more", "Failed"],
        ["Targets at 250x or more", "8%", "90% or more", "Failed"],
    ], [0.38, 0.2, 0.22, 0.2], grid="box", zebra=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Because of inadequate depth, a negative result must **not** be inferred for any gene, including "
                    "~~KRAS~~, ~~BRCA1~~, ~~BRCA2~~, ~~PALB2~~, ~~NTRK1/2/3~~ or the mismatch repair genes, nor for "
                    "tumor mutational burden or microsatellite status. A small number of reads at the ~~KRAS~~ codon "
                    "12 locus were inspected and are insufficient for any call.", "body"))
    s.append(P(lab, "Options", "h2"))
    for x in ["1. Submit additional tissue (e.g. core biopsy or surgical specimen) with at least 20% tumor content; "
              "Meridian will process it under the same order at no additional charge within 60 days.",
              "2. Consider MeridianDx Liquid (plasma cfDNA, 74 genes), which does not require tissue.",
              "3. Independent of tumor testing, germline genetic testing is recommended for all patients with "
              "pancreatic adenocarcinoma."]:
        s.append(P(lab, x, "body"))
    s.append(P(lab, "Previous orders", "h2"))
    s.append(P(lab, "No previous Meridian Genomics results are on file for this patient.", "body"))
    s.append(PageBreak())
    s.append(P(lab, "About the Test", "h2"))
    s.append(P(lab, "MeridianDx OncoPanel 400 would have assessed the genes below for substitutions, insertions and "
                    "deletions, copy-number changes and selected rearrangements, together with TMB and "
                    "microsatellite status. The list describes the assay only.", "small"))
    s.append(gene_grid(lab, PANEL[:260], 10, style="tiny", italic=False))
    s.append(Spacer(1, 6))
    s += meridian_methods(lab, dna_ng="12 ng", coverage="96x (failed)", tumor_pct="10%")
    s += meridian_signoff(lab, "Rebecca Okonjo-Hale, MD, PhD, Laboratory Director", "07/30/2024 09:12 ET")
    return s


# =====================================================================================
# 5827  Halden  -  ovarian tumour BRCA testing

M5827 = dict(patient="Patient AA", dob="05/05/1962", sex="Female", mrn="H6618230", accession="M24.08814",
             specimen_id="H24-41902 B2", physician="Miss C. Adebanjo", location="Gynae Oncology",
             received="21/06/2024", reported="05/07/2024", title="TUMOUR BRCA1/BRCA2 TESTING REPORT")


@report("5827", HALDEN, M5827, [
    L("BRCA2", "mutation", "positive", ["p.(Leu2092Profs*7)"], alteration="L2092Pfs*7"),
    L("BRCA1", "mutation", "negative", ["No pathogenic or likely pathogenic"]),
])
def r5827():
    lab = HALDEN
    s = []
    s += halden_section(lab, "Clinical details")
    s.append(P(lab, "High-grade serous carcinoma of ovary, FIGO IIIC; interval debulking surgery 12/06/2024 after "
                    "three cycles of neoadjuvant carboplatin/paclitaxel. Tumour BRCA testing requested to inform "
                    "maintenance therapy (PARP inhibitor eligibility)."))
    s += halden_section(lab, "Sample")
    s.append(kv(lab, [("Material", "FFPE block B2, omentum (H24-41902)"),
                      ("Tumour cellularity", "approximately 60%"),
                      ("Test", "Tumour BRCA1/BRCA2 NGS (full coding regions and intron/exon boundaries)")], [0.25, 0.75]))
    s += halden_section(lab, "Result")
    s.append(table(lab, ["Gene", "Result", "Variant (HGVS)", "VAF", "Classification"], [
        ["~~BRCA1~~", "No pathogenic or likely pathogenic variant detected", "-", "-", "-"],
        ["~~BRCA2~~", "**Pathogenic variant detected**", "NM_000059.4:c.6275_6276del\np.(Leu2092Profs*7)", "64%",
         "Class 5 (pathogenic)"],
    ], [0.1, 0.3, 0.3, 0.08, 0.22], grid="box", zebra=False, head_bg=lab.light, head_style="tdb"))
    s.append(Spacer(1, 6))
    s.append(band(lab, [P(lab, "**Interpretation.** A pathogenic ~~BRCA2~~ frameshift variant was detected in this "
                              "tumour. This result indicates eligibility for PARP inhibitor maintenance therapy "
                              "according to current commissioning criteria. Tumour testing cannot determine whether "
                              "the variant is somatic (tumour only) or germline (inherited).")],
                  border=lab.colour, fill=colors.white))
    s += halden_section(lab, "Germline implications")
    s.append(P(lab, "The variant allele frequency (64%) at 60% tumour content is compatible with either a germline "
                    "variant with loss of the wild-type allele or a somatic variant with loss of heterozygosity. A "
                    "referral for germline testing (test directory R207) has been made by the laboratory. If the "
                    "variant is confirmed in the germline, each of the patient's first-degree relatives would have a "
                    "50% chance of carrying it and predictive testing could be offered."))
    s.append(P(lab, "For information: the patient's sister was tested in this laboratory in 2019 (M19.0221) and no "
                    "BRCA1 or BRCA2 pathogenic variant was identified in her. This does not alter the interpretation "
                    "above."))
    s.append(PageBreak())
    s += halden_section(lab, "Variants not reported")
    s.append(P(lab, "The following variants were detected and classified as benign or likely benign (class 1-2). They "
                    "are listed here at the request of the referring clinician and have no clinical significance:"))
    s.append(table(lab, ["Gene", "Variant", "Classification"], [
        ["BRCA1", "c.4837A>G p.(Ser1613Gly)", "Class 1 (benign) - common polymorphism"],
        ["BRCA1", "c.3548A>G p.(Lys1183Arg)", "Class 1 (benign) - common polymorphism"],
        ["BRCA2", "c.7242A>G p.(Ser2414=)", "Class 1 (benign) - synonymous"],
    ], [0.15, 0.4, 0.45], grid="box", zebra=True))
    s += halden_section(lab, "Other tests")
    s.append(P(lab, "Homologous recombination deficiency (genomic instability) testing has been sent to the regional "
                    "referral laboratory; the result will be issued separately. It is not required for PARP inhibitor "
                    "eligibility when a pathogenic BRCA variant is present."))
    s += halden_section(lab, "Method and limitations")
    s.append(P(lab, "DNA was extracted from macrodissected FFPE tissue and analysed by amplicon-based NGS covering the "
                    "coding regions and splice junctions (+/-10 bp) of ~~BRCA1~~ (NM_007294.4) and ~~BRCA2~~ "
                    "(NM_000059.4). Minimum depth 300x; limit of detection 5% VAF. This assay has limited sensitivity "
                    "for exon-level deletions and duplications and does not detect promoter methylation (e.g. "
                    "~~BRCA1~~ promoter hypermethylation); a negative ~~BRCA1~~ result therefore does not exclude "
                    "all causes of BRCA1 deficiency."))
    s += halden_authorise(lab, "J. Oyelaran, Clinical Scientist", "Dr H. Kaur-Lindsay, Consultant Clinical Scientist",
                          "05/07/2024")
    return s


# =====================================================================================
# 5828  Corvid  -  NSCLC plasma at diagnosis, KRAS G12C, bTMB high

M5828 = dict(patient="Patient AB", dob="02/14/1959", sex="Male", accession="CLD-24-011402", collected="10/01/2024",
             received="10/03/2024", reported="10/09/2024", product="CorvidSeq Plasma 300 + bTMB",
             physician="Dr. W. Achebe-Stroud", institution="Harborview Lung Center", status="Final")


@report("5828", CORVID, M5828, [
    L("KRAS", "mutation", "positive", ["p.Gly12Cys"], alteration="G12C"),
    L("TP53", "mutation", "positive", ["p.Arg158Leu"], alteration="R158L"),
    L("TMB", "signature", "positive", ["18.2 mut/Mb"], value="18.2 mut/Mb"),
    L("EGFR", "mutation", "negative", ["EGFR sensitizing mutations"]),
    L("ALK", "fusion", "negative", ["ALK fusions"]),
    L("ROS1", "fusion", "negative", ["ROS1 fusions"]),
    L("RET", "fusion", "negative", ["RET fusions"]),
    L("NTRK", "fusion", "negative", ["NTRK1/2/3 fusions"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E"], alteration="V600E"),
    L("MET", "mutation", "negative", ["MET exon 14 skipping"], alteration="exon 14 skipping"),
    L("HER2", "mutation", "negative", ["ERBB2 mutations"]),
    L("MSI", "signature", "negative", ["MSI-High: Not detected"]),
    L("PD-L1", "expression", "positive", ["TPS 80%"], percent=80, optional=True),
])
def r5828():
    lab = CORVID
    s = []
    s.append(band(lab, [P(lab, "**ctDNA DETECTED**  -  4 tumor-derived alterations  -  blood TMB 18.2 mut/Mb", "body",
                          fontSize=11, leading=14, textColor=lab.colour),
                        P(lab, "Newly diagnosed NSCLC (biopsy: adenocarcinoma, non-diagnostic for molecular testing "
                               "owing to scant tissue). Referring pathology: PD-L1 (22C3) TPS 80% on the same biopsy.",
                          "small")]))
    s.append(Spacer(1, 6))
    s.append(vaf_bars(lab, lab.width * 0.72, [("TP53 R158L", 3.1), ("KRAS G12C", 2.3), ("STK11 Q37*", 2.0),
                                              ("KEAP1 G333C", 1.7)], maxv=4))
    s.append(Spacer(1, 6))
    det = table(lab, ["Detected", "% cfDNA"], [
        ["**KRAS** G12C\np.Gly12Cys (c.34G>T)", "2.3%"],
        ["**TP53** R158L\np.Arg158Leu (c.473G>T)", "3.1%"],
        ["**STK11** Q37*\np.Gln37Ter (c.109C>T)", "2.0%"],
        ["**KEAP1** G333C\np.Gly333Cys (c.997G>T)", "1.7%"],
    ], [lab.width * 0.34, lab.width * 0.14], grid="lines")
    nd = table(lab, ["Not detected", ""], [
        ["EGFR sensitizing mutations", "ND"], ["ALK fusions", "ND"], ["ROS1 fusions", "ND"], ["RET fusions", "ND"],
        ["NTRK1/2/3 fusions", "ND"], ["BRAF V600E", "ND"], ["MET exon 14 skipping", "ND"], ["ERBB2 mutations", "ND"],
    ], [lab.width * 0.36, lab.width * 0.1], grid="lines", head_bg=HX("#777777"))
    pair = Table([[det, "", nd]], colWidths=[lab.width * 0.48, lab.width * 0.04, lab.width * 0.48])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(pair)
    s.append(Spacer(1, 8))
    bt = [P(lab, "BLOOD TMB", "tdb", textColor=lab.colour), P(lab, "**18.2 mut/Mb**  bTMB-High", "body", fontSize=12, leading=15),
          hgauge(lab, lab.width / 2 - 30, 18.2, 0, 40, cut=16, bands=[(0, 16, lab.light), (16, 40, lab.accent)], tick_step=10),
          P(lab, "bTMB-High is reported at 16 mut/Mb or more (validated with at least 1% max somatic allele fraction).", "tiny")]
    ms = [P(lab, "MICROSATELLITE STATUS", "tdb", textColor=lab.colour), P(lab, "MSI-High: Not detected", "body"),
          P(lab, "Germline findings: none reported", "small"),
          P(lab, "Clonal hematopoiesis: DNMT3A p.Arg736His 0.6% (not tumor-derived)", "small")]
    s.append(boxes(lab, [bt, ms], border=lab.colour))
    s.append(PageBreak())
    s.append(P(lab, "Therapy Associations", "h2"))
    s.append(table(lab, ["Alteration", "FDA-approved (NSCLC)", "Other considerations"], [
        ["KRAS G12C", "Sotorasib; adagrasib (after at least one prior systemic therapy)", "First-line KRAS G12C "
         "inhibitor combinations in clinical trials"],
        ["STK11 / KEAP1 co-mutation", "None", "Associated with reduced benefit from immune checkpoint inhibitors in "
         "KRAS-mutant NSCLC in retrospective analyses"],
        ["bTMB-High", "None based on bTMB alone", "Prospective validation of bTMB as a predictive biomarker is limited"],
        ["TP53 R158L", "None", "-"],
    ], [0.22, 0.36, 0.42], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "A ~~KRAS~~ p.Gly12Cys mutation is detected together with ~~STK11~~ and ~~KEAP1~~ inactivating "
                    "variants. Actionable driver alterations in ~~EGFR~~, ~~ALK~~, ~~ROS1~~, ~~RET~~, ~~NTRK~~, "
                    "~~BRAF~~, ~~MET~~ and ~~ERBB2~~ were not detected. Because ctDNA is clearly present (maximum "
                    "somatic fraction 3.1%), the absence of these drivers is informative, though not definitive.", "bodyj"))
    s += corvid_methods(lab, genes=300, input_ng="50 ng", depth="16,900x",
                        extra=["**Blood TMB.** Calculated from somatic SNVs/indels at 0.5% allele fraction or more "
                               "over 1.1 Mb of coding sequence, excluding driver hotspots and variants flagged as "
                               "clonal hematopoiesis. Not reported when the maximum somatic allele fraction is below 1%.",
                               "**Sample QC.** cfDNA yield 64 ng; all QC metrics passed."])
    s += corvid_sign(lab, "Jonah Whitcombe-Arias, MD, PhD, Associate Medical Director", "10/09/2024")
    return s


# =====================================================================================
# 5829  Ostrander  -  corrected report, colorectal: NRAS G13D (mis-attributed to KRAS originally)

M5829 = dict(patient="Patient AC", mrn="00-610-334", dob="09/09/1980", sex="M", accession="OCG24-M-1266-C1",
             collected="08/05/2024", received="08/07/2024", reported="08/29/2024", product="OSTRA-Seq 510 (tumor-only)")

T3_5829 = [
    ("APC", "c.3927_3931del", "p.Glu1309Aspfs*4", "16", "41%", "II-C"),
    ("APC", "c.4135G>T", "p.Glu1379Ter", "16", "37%", "II-C"),
    ("SMAD4", "c.1082G>A", "p.Arg361His", "9", "30%", "II-D"),
    ("AMER1", "c.1072C>T", "p.Arg358Ter", "2", "44%", "III"),
    ("ATM", "c.4388T>G", "p.Phe1463Cys", "29", "47%", "III"),
    ("BRCA2", "c.9875C>T", "p.Pro3292Leu", "27", "49%", "III"),
    ("CIC", "c.3602C>T", "p.Ala1201Val", "13", "19%", "III"),
    ("EP300", "c.6040G>A", "p.Gly2014Ser", "31", "22%", "III"),
    ("FAT1", "c.4046A>G", "p.Asn1349Ser", "7", "26%", "III"),
    ("GNAS", "c.2531G>A", "p.Arg844His", "11", "6%", "III"),
    ("KDM5C", "c.2020G>A", "p.Val674Ile", "13", "31%", "III"),
    ("LRP1B", "c.7418C>T", "p.Thr2473Ile", "45", "28%", "III"),
    ("NOTCH3", "c.3316G>A", "p.Ala1106Thr", "21", "24%", "III"),
    ("RET", "c.2071G>A", "p.Gly691Ser", "11", "48%", "Polymorphism (benign)"),
    ("SOX9", "c.1172C>T", "p.Ala391Val", "3", "20%", "III"),
]


@report("5829", OSTRANDER, M5829, [
    L("NRAS", "mutation", "positive", ["NRAS c.38G>A p.Gly13Asp"], alteration="G13D"),
    L("KRAS", "mutation", "negative", ["KRAS: NO VARIANT DETECTED"]),
    L("BRAF", "mutation", "negative", ["BRAF: NO VARIANT DETECTED"]),
    L("PIK3CA", "mutation", "positive", ["p.Glu545Lys"], alteration="E545K"),
    L("HER2", "amplification", "positive", ["ERBB2 AMPLIFICATION"], alteration="amplification"),
    L("MSI", "signature", "negative", ["MICROSATELLITE STABLE"]),
    L("TMB", "signature", "negative", ["7.9 mutations/Mb"], value="7.9 mut/Mb"),
    L("EGFR", "amplification", "negative", ["Not amplified"]),
    L("MET", "amplification", "negative", ["Not amplified"]),
])
def r5829():
    lab = OSTRANDER
    s = []
    s.append(mono_block(lab, """
*** CORRECTED REPORT ***   Original report signed 08/26/2024; corrected 08/29/2024

REASON FOR CORRECTION: In the original report the variant c.38G>A p.Gly13Asp was
listed under KRAS in the result summary (transcription error). The variant is in
NRAS (NM_002524.5). KRAS has no reportable variant. The interpretation section has
been revised accordingly. All other results are unchanged.
""", size=7.6, fill=HX("#F2F2F2")))
    s.append(Spacer(1, 4))
    s.append(P(lab, "MOLECULAR PATHOLOGY REPORT - NEXT-GENERATION SEQUENCING", "h1", fontSize=13, leading=16))
    s.append(P(lab, "**Specimen:** Liver, segment VII, core biopsy (surgical case S24-9907, block A1).  **Diagnosis:** "
                    "Metastatic adenocarcinoma, consistent with colorectal primary.  **Clinician:** Dr. P. Ferreira-"
                    "Dunmore (GI Oncology)."))
    s.append(P(lab, "RESULT SUMMARY (CORRECTED)", "h2"))
    s.append(mono_block(lab, """
TIER I/II VARIANTS
  NRAS c.38G>A p.Gly13Asp           VAF 33%    TIER I-A
  PIK3CA c.1633G>A p.Glu545Lys      VAF 29%    TIER II-C
  ERBB2 AMPLIFICATION               est. copy number 9    TIER II-C
  APC  (2 truncating variants)      see table  TIER II-C
  SMAD4 c.1082G>A p.Arg361His       VAF 30%    TIER II-D

KRAS: NO VARIANT DETECTED (exons 2, 3, 4 fully covered)
BRAF: NO VARIANT DETECTED

TUMOR MUTATIONAL BURDEN:  7.9 mutations/Mb  (not high; threshold >=10)
MICROSATELLITE STATUS:    MICROSATELLITE STABLE (score 0.9)
""", fill=lab.light))
    s.append(P(lab, "INTERPRETATION (REVISED)", "h2"))
    s.append(P(lab, "The ~~NRAS~~ p.Gly13Asp substitution is an activating RAS mutation. As with ~~KRAS~~ mutations, "
                    "~~NRAS~~ exon 2-4 mutations predict lack of benefit from anti-EGFR monoclonal antibodies "
                    "(cetuximab, panitumumab) in metastatic colorectal cancer; the clinical consequence of the "
                    "correction is therefore unchanged. ~~ERBB2~~ amplification is present (about 9 copies). HER2-"
                    "directed therapy (e.g. trastuzumab deruxtecan, tucatinib + trastuzumab) is used in "
                    "HER2-positive, RAS wild-type colorectal cancer; RAS mutation may reduce benefit from dual HER2 "
                    "antibody blockade. Confirmation of HER2 overexpression by immunohistochemistry has been "
                    "requested from surgical pathology (S24-9907) and is pending.", "bodyj"))
    s.append(P(lab, "ALL REPORTED VARIANTS", "h2"))
    rows = [["NRAS", "c.38G>A", "p.Gly13Asp", "2", "33%", "I-A"], ["PIK3CA", "c.1633G>A", "p.Glu545Lys", "10", "29%", "II-C"]]
    rows += [list(r) for r in T3_5829]
    s.append(table(lab, ["Gene", "cDNA", "Protein", "Exon", "VAF", "Tier"], rows, [0.12, 0.2, 0.24, 0.1, 0.1, 0.24],
                   cell_style="mono", grid="lines"))
    s.append(P(lab, "COPY NUMBER", "h3"))
    s.append(table(lab, ["Gene", "Estimated copies", "Call"], [
        ["ERBB2", "9", "Amplified"], ["MYC", "4", "Gain (not reported as amplification)"], ["EGFR", "2", "Not amplified"],
        ["MET", "2", "Not amplified"]], [0.2, 0.3, 0.5], cell_style="mono", grid="lines"))
    s.append(PageBreak())
    s += ostr_methods(lab, tumor="approximately 50%", depth="588x")
    s.append(P(lab, "REFERENCES", "h2"))
    for r in ["1. Guerrero-Blum T, et al. Extended RAS testing before anti-EGFR therapy in colorectal cancer. Colorectal Stand. 2019;4:66-75.",
              "2. Yilmaz D, et al. HER2-directed therapy in HER2-amplified metastatic colorectal cancer. GI Oncol Trials. 2022;3:40-52."]:
        s.append(P(lab, r, "small"))
    s += ostr_sign(lab, "Helena Vasquez-Lindqvist, MD (Molecular Genetic Pathology) - corrected report", "08/29/2024 16:31")
    return s


# =====================================================================================
# 5830  Bluefen  -  metastatic breast, IHC panel + DNA/RNA

M5830 = dict(patient="Patient AD", dob="30/11/1966", sex="Female", mrn="KMH-4410297", accession="BF24-07744",
             reported="21/10/2024", physician="Dr H. Sørensen", institution="Kingsmere Breast Unit",
             specimen="Axillary node core, recurrence", specimen_id="K24-6628 A1",
             title="Tumour Molecular Profile + IHC", status="Final report")


@report("5830", BLUEFEN, M5830, [
    L("ER", "expression", "positive", ["ER 80%"], percent=80),
    L("PR", "expression", "negative", ["PR 0%"], percent=0),
    L("HER2", "expression", "negative", ["HER2 1+"], ihc_score="1+"),
    L("Ki-67", "expression", "reported", ["Ki-67 25%"], percent=25),
    L("PIK3CA", "mutation", "positive", ["p.(Glu542Lys)"], alteration="E542K"),
    L("HER2", "mutation", "positive", ["p.(Leu755Ser)"], alteration="L755S"),
    L("HER2", "amplification", "negative", ["ERBB2 amplification: not detected"]),
    L("TMB", "signature", "negative", ["9.5 mut/Mb"], value="9.5 mut/Mb"),
    L("MSI", "signature", "negative", ["Microsatellite stable"]),
    L("TP53", "mutation", "negative", ["TP53: no pathogenic variant"]),
    L("ER", "expression", "positive", ["ER 95%, PR 40%"], percent=95, optional=True),
    L("PR", "expression", "positive", ["ER 95%, PR 40%"], percent=40, optional=True),
    L("HER2", "expression", "equivocal", ["HER2 2+"], ihc_score="2+", optional=True),
])
def r5830():
    lab = BLUEFEN
    s = []
    s.append(P(lab, "Immunohistochemistry on this specimen", "h1"))

    def bar(pct):
        d = Drawing(lab.width / 4 - 22, 14)
        w = lab.width / 4 - 24
        d.add(Rect(0, 3, w, 7, fillColor=HX("#eeeeee"), strokeColor=None))
        d.add(Rect(0, 3, max(0.8, w * pct / 100), 7, fillColor=lab.colour, strokeColor=None))
        return d
    er = [P(lab, "OESTROGEN RECEPTOR", "tdb", textColor=lab.colour), P(lab, "**ER 80%**", "body", fontSize=13, leading=16),
          bar(80), P(lab, "Positive; moderate-strong; Allred 7", "tiny")]
    pr = [P(lab, "PROGESTERONE RECEPTOR", "tdb", textColor=lab.colour), P(lab, "**PR 0%**", "body", fontSize=13, leading=16),
          bar(0), P(lab, "Negative (<1% of tumour nuclei)", "tiny")]
    her2 = [P(lab, "HER2 (4B5)", "tdb", textColor=lab.colour), P(lab, "**HER2 1+**", "body", fontSize=13, leading=16),
            segments(lab, lab.width / 4 - 24, 4, 2, colours=[HX("#c8e6c9"), HX("#81c784"), HX("#43a047"), HX("#1b5e20")],
                     labels=["0", "1+", "2+", "3+"]),
            P(lab, "Negative (HER2-low category)", "tiny")]
    ki = [P(lab, "KI-67 (MIB-1)", "tdb", textColor=lab.colour), P(lab, "**Ki-67 25%**", "body", fontSize=13, leading=16),
          bar(25), P(lab, "Global score, 500 cells", "tiny")]
    s.append(boxes(lab, [er, pr, her2, ki], gap=6, border=lab.accent))
    s.append(P(lab, "Primary tumour (2019, Kingsmere K19-2203, as recorded in the referral): ER 95%, PR 40%, HER2 2+ "
                    "with ISH not amplified. Loss of PR expression at recurrence is noted.", "small"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Molecular results", "h2"))
    s.append(table(lab, ["Biomarker", "Result", "ESCAT / relevance"], [
        ["PIK3CA", "c.1624G>A p.(Glu542Lys), VAF 31%", "I-A: alpelisib or capivasertib + fulvestrant; inavolisib combination"],
        ["ESR1", "c.1610A>C p.(Tyr537Ser), VAF 6%", "I-A: elacestrant; acquired endocrine resistance"],
        ["ERBB2", "c.2264T>C p.(Leu755Ser), VAF 12% - activating kinase-domain mutation", "II-B: neratinib-based "
         "combinations (trials)"],
        ["ERBB2", "ERBB2 amplification: not detected (copy number 2)", "-"],
        ["AKT1, PTEN", "No pathogenic variant", "-"],
        ["TP53", "TP53: no pathogenic variant", "-"],
        ["BRCA1, BRCA2, PALB2", "Not reported: germline testing recommended separately (tumour-only assay with "
         "incomplete coverage of BRCA2 exon 11)", "-"],
        ["Fusions (RNA, 55 targets)", "None detected", "-"],
    ], [0.18, 0.46, 0.36], grid="lines"))
    s.append(Spacer(1, 6))
    m = [P(lab, "TMB", "tdb", textColor=lab.colour), P(lab, "**9.5 mut/Mb** (not high; high = 10 or more)", "small"),
         hgauge(lab, lab.width / 2 - 30, 9.5, 0, 30, cut=10, bands=[(0, 10, lab.light), (10, 30, lab.accent)], tick_step=10)]
    ms = [P(lab, "MSI", "tdb", textColor=lab.colour), P(lab, "**Microsatellite stable**", "small"),
          P(lab, "PD-L1: not requested", "small")]
    s.append(boxes(lab, [m, ms], border=lab.accent))
    s.append(PageBreak())
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "This ER-positive, HER2-negative (HER2-low) recurrence carries an activating ~~PIK3CA~~ mutation, "
                    "a subclonal ~~ESR1~~ ligand-binding-domain mutation indicating acquired resistance to aromatase "
                    "inhibition, and an activating ~~ERBB2~~ kinase-domain mutation without amplification. "
                    "ERBB2-mutant, non-amplified breast cancers may respond to irreversible HER2 tyrosine kinase "
                    "inhibitors in combination with endocrine therapy (clinical trials). The HER2-low status (IHC 1+) "
                    "may also allow treatment with trastuzumab deruxtecan after prior endocrine and chemotherapy.", "bodyj"))
    s.append(P(lab, "IHC methods and scoring", "h3"))
    s.append(P(lab, "ER (clone SP1), PR (clone 16), HER2 (clone 4B5) and Ki-67 (clone MIB-1) were stained on an "
                    "automated platform with external controls on every slide. ER/PR are scored as the percentage of "
                    "tumour nuclei staining (positive at 1% or more; 1-10% reported as low positive). HER2 is scored "
                    "per ASCO/CAP: 0 and 1+ negative, 2+ equivocal (reflex ISH), 3+ positive.", "small"))
    s.append(P(lab, "Variants of uncertain significance", "h3"))
    s.append(table(lab, ["Gene", "Variant", "VAF"], [["NF1", "c.5839C>T p.(Arg1947Ter) - see note", "5%"],
                                                    ["MAP3K1", "c.2819A>G p.(Asn940Ser)", "44%"]],
                   [0.2, 0.6, 0.2], grid="lines"))
    s.append(P(lab, "Note: the NF1 variant is below the validated 5% reporting threshold at this depth and could not be "
                    "confirmed; it is not reported as a result.", "tiny"))
    s += two_col()
    s += bluefen_methods_cols(lab, dna="55 ng", rna="25 ng", depth="810x", purity="50%")
    s += bluefen_sign(lab, [("Dr K. Adeyinka-Ross", "Consultant Molecular Pathologist"),
                            ("Dr F. Lindqvist-Amadi", "Consultant Breast Pathologist (IHC)")], "21/10/2024 17:44")
    s.append(FrameBreak())
    s += bluefen_gene_appendix(lab)
    return s
