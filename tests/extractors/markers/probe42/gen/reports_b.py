"""Reports 5811-5820."""
from __future__ import annotations

from common import *  # noqa: F401,F403
from genes import PANEL, neg_labels, without
from labs import ARBOR, AUREL, BLUEFEN, CORVID, HALDEN, KESTREL, MERIDIAN, OSTRANDER, TAMSIN, VANTOR
from reports_a import (GERMLINE_36, KESTREL_TARGETS, aurel_methods, aurel_sign, bluefen_gene_appendix,
                       bluefen_methods_cols, bluefen_sign, corvid_methods, corvid_sign, halden_authorise,
                       halden_section, kestrel_methods, meridian_methods, meridian_signoff, ostr_methods,
                       ostr_sign, tamsin_methods)

HX = colors.HexColor


# =====================================================================================
# 5811  Arbor Quay  -  breast plasma, no ctDNA detected  (no labels)

M5811 = dict(patient="Patient K", dob="18/09/1958", sex="F", mrn="AQH-3318204", accession="AQ24-L0442",
             institution="Arbor Quay Breast Unit", physician="Dr N. Castellane", specimen="Plasma (2 x 10 mL cfDNA tubes)",
             received="04/06/2024 09:12", reported="12/06/2024")

AQ_BREAST = ["AKT1", "ARID1A", "BRCA1", "BRCA2", "CDH1", "CDK4", "CDK6", "CCND1", "ERBB2", "ERBB3", "ESR1", "FGFR1",
             "FGFR2", "GATA3", "KMT2C", "KRAS", "MAP2K4", "MAP3K1", "MYC", "NF1", "PALB2", "PIK3CA", "PIK3R1",
             "PTEN", "RB1", "TBX3", "TP53", "AR", "BRAF", "EGFR", "MDM2", "NOTCH1"]


@report("5811", ARBOR, M5811, [])
def r5811():
    lab = ARBOR
    s = []
    s.append(mono_block(lab, """
TEST REQUESTED : AQ cfDNA BREAST PANEL (32 genes, plasma)
CLINICAL       : Metastatic lobular carcinoma of breast, bone-only disease.
                 On letrozole + CDK4/6 inhibitor since 02/2023. Rising tumour
                 markers. ?ESR1 / ?PIK3CA for change of therapy.
COLLECTED      : 03/06/2024 14:40    STABILISED TUBES x2, RECEIVED AT 19 h
""", box=False))
    s.append(Spacer(1, 4))
    s.append(mono_block(lab, """
                RESULT:  NO CIRCULATING TUMOUR DNA DETECTED

   Estimated tumour fraction: below limit of quantification (<0.5%)
""", size=9, fill=lab.light))
    s.append(Spacer(1, 6))
    s.append(P(lab, "INTERPRETATION", "h3"))
    s.append(mono_block(lab, """
No somatic variant attributable to the tumour was detected in this plasma
sample. Because no ctDNA was detected, this result is UNINFORMATIVE: it
does not show that the tumour lacks ESR1, PIK3CA, AKT1, PTEN or other
targetable variants. Low ctDNA shedding is common in bone-only and lobular
disease and during effective treatment.

Recommend: tissue testing of a metastatic biopsy if clinically feasible,
or repeat plasma testing at radiological progression.
""", box=False))
    s.append(P(lab, "OTHER FINDINGS (NOT TUMOUR-DERIVED)", "h3"))
    s.append(table(lab, ["GENE", "VARIANT", "VAF", "COMMENT"], [
        ["TET2", "c.3500+1G>A (splice)", "0.9%", "Pattern typical of clonal haematopoiesis of indeterminate potential "
                                               "(CHIP). Not a tumour result."],
        ["CHEK2", "c.1100delC p.(Thr367Metfs*15)", "49.6%", "Allele fraction suggests GERMLINE origin. This assay is not "
         "validated for germline testing: refer to Clinical Genetics for confirmatory testing."],
    ], [0.12, 0.3, 0.1, 0.48], grid="box", zebra=False, cell_style="mono"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "QUALITY CONTROL", "h3"))
    qc = [("cfDNA YIELD", "18.2 ng from 8.4 mL plasma", "PASS"), ("LIBRARY INPUT", "18.2 ng (all available)", "PASS (min 10 ng)"),
          ("MEDIAN UNIQUE DEPTH", "2,860x", "PASS (min 1,500x)"), ("CONTROL SNPs", "concordant", "PASS"),
          ("HAEMOLYSIS", "none seen", "")]
    s.append(mono_block(lab, "\n".join(f"  {k} {'.' * (22 - len(k))} {v:<30}{r}" for k, v, r in qc), box=False))
    s.append(PageBreak())
    s.append(P(lab, "GENES IN PANEL", "h3"))
    s.append(mono_block(lab, "The panel covers hotspots or coding regions of the genes below. Listing a gene does "
                             "\nnot mean a result is reported for it.", box=False))
    s.append(gene_grid(lab, AQ_BREAST, 8, style="mono", italic=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "METHOD AND LIMITATIONS", "h3"))
    s.append(mono_block(lab, """
cfDNA extracted from plasma (double-spun within 24 h of receipt) was analysed
with a molecular-barcoded amplicon panel. Reportable range: SNVs and short
indels at 0.1% VAF and above (95% detection at 0.2% VAF with 20 ng input);
ERBB2 and FGFR1 amplification at plasma copy number 2.5 or greater. ESR1
ligand-binding domain mutations (e.g. Y537S, D538G) are covered.

Tumour fraction is estimated from the variant allele fractions of somatic
variants and from genome-wide fragment features. When no somatic variant is
found and the tumour fraction is below 0.5%, the laboratory reports
"no ctDNA detected"; absence of a variant cannot then be taken as a negative
result for that gene.

Variants in genes associated with clonal haematopoiesis (DNMT3A, TET2, ASXL1,
PPM1D, and low-level TP53) are flagged. Germline variants are not reported
routinely; potential germline pathogenic variants in cancer susceptibility
genes are reported with a recommendation for confirmation.
""", box=False))
    s.append(P(lab, "PREVIOUS RESULTS", "h3"))
    s.append(mono_block(lab, "No previous Arbor Quay molecular results for this patient.", box=False))
    s.append(Spacer(1, 8))
    s.append(mono_block(lab, """
REPORTED BY : T. Mabuza-Grant, Clinical Scientist            12/06/2024
AUTHORISED  : Dr R. Inglethorpe, Consultant Clinical Scientist 12/06/2024
""", box=False))
    return s


# =====================================================================================
# 5812  Vantor  -  thyroid FNA, HRAS Q61R

M5812 = dict(patient="Patient L", dob="10/04/1977", sex="Female", mrn="VT-3381021", accession="VT24-11872",
             collected="03/18/2024", reported="03/27/2024", physician="Dr. S. Marrow",
             specimen="Left thyroid lobe nodule, 2.4 cm, FNA", kind="FNA specimens")


@report("5812", VANTOR, M5812, [
    L("HRAS", "mutation", "positive", ["p.Gln61Arg"], alteration="Q61R"),
    L("BRAF", "mutation", "negative", ["BRAF V600E: not detected"]),
    L("NRAS", "mutation", "negative", ["No variant detected in BRAF, NRAS, KRAS, TP53,"]),
    L("KRAS", "mutation", "negative", ["No variant detected in BRAF, NRAS, KRAS, TP53,"]),
    L("TP53", "mutation", "negative", ["No variant detected in BRAF, NRAS, KRAS, TP53,"]),
    L("PIK3CA", "mutation", "negative", ["PIK3CA, TERT promoter, EIF1AX"]),
    L("RET", "fusion", "negative", ["No fusion detected involving RET"]),
    L("NTRK", "fusion", "negative", ["No fusion detected involving RET"]),
    L("ALK", "fusion", "negative", ["No fusion detected involving RET"]),
    L("BRAF", "fusion", "negative", ["No fusion detected involving RET"]),
])
def r5812():
    lab = VANTOR
    s = []
    s.append(P(lab, "**Cytology (referring laboratory, C24-0917):** Bethesda category IV, follicular neoplasm. "
                    "**Indication:** indeterminate thyroid nodule; molecular testing to refine risk before surgery."))
    s.append(Spacer(1, 4))
    s.append(band(lab, [P(lab, "**RESULT: POSITIVE**  -  ~~HRAS~~ c.182A>G p.Gln61Arg detected (24% of alleles)",
                          "body", fontSize=11.5, leading=14)], fill=lab.light, border=lab.colour))
    s.append(Spacer(1, 6))
    risk = [P(lab, "**Molecular risk group**", "small"),
            segments(lab, 230, 3, 2, colours=[HX("#c5d79b"), HX("#e0b84d"), HX("#c0504d")],
                     labels=["Low", "Intermediate", "High"]),
            P(lab, "Intermediate (RAS-like alteration, no high-risk co-alteration)", "small")]
    cell = [P(lab, "**Adequacy**", "small"),
            P(lab, "Thyroid follicular cell RNA: adequate (TG/TTF-1 transcripts detected)", "small"),
            P(lab, "DNA input 11 ng; RNA input 9 ng", "small")]
    s.append(boxes(lab, [risk, cell], [lab.width * 0.58, lab.width * 0.38], gap=lab.width * 0.04, border=lab.accent))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Results by alteration class", "h2"))
    s.append(table(lab, ["Class", "Genes / regions tested", "Result"], [
        ["Point mutations and indels (DNA)", "BRAF, NRAS, HRAS, KRAS, TERT promoter, TP53, PIK3CA, EIF1AX, DICER1, "
         "PTEN, AKT1, CTNNB1, GNAS, TSHR, RET (exons 10, 11, 13-16)",
         "**HRAS c.182A>G p.Gln61Arg, VAF 24%**\nNo variant detected in BRAF, NRAS, KRAS, TP53, PIK3CA, TERT "
         "promoter, EIF1AX, DICER1 or the other genes tested"],
        ["Gene fusions (RNA)", "RET, NTRK1, NTRK3, ALK, BRAF, PPARG, THADA, and 30 other partners",
         "No fusion detected involving RET, NTRK1, NTRK3, ALK, BRAF, PPARG, THADA or other targets"],
        ["Copy number (DNA)", "Chromosome arm-level gains and losses", "No significant copy number alteration"],
        ["Gene expression (RNA)", "Parathyroid and C-cell (medullary) markers", "Not detected"],
    ], [0.22, 0.38, 0.4], grid="box", zebra=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "**Key negatives:** BRAF V600E: not detected. TERT promoter: not detected.", "body"))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "~~RAS~~ mutations are found in follicular adenoma, noninvasive follicular thyroid neoplasm with "
                    "papillary-like nuclear features (NIFTP), follicular carcinoma and follicular-variant papillary "
                    "carcinoma. In a Bethesda IV nodule, an isolated ~~HRAS~~ p.Gln61Arg predicts a neoplasm with "
                    "intermediate probability of malignancy (approximately 50-60% in published series, most of which "
                    "are low-risk cancers or NIFTP). Diagnostic lobectomy is commonly considered. Co-occurrence with "
                    "~~TERT~~ promoter or ~~TP53~~ mutations, which would indicate higher risk, was not observed.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "Nucleic acids were extracted from the FNA sample collected in preservative solution. DNA variants "
                    "were detected by targeted next-generation sequencing (limit of detection 3% mutant allele for "
                    "hotspots at 500x or more). Fusions and expression markers were detected from RNA by targeted "
                    "sequencing. The assay was validated on 412 FNA samples with surgical follow-up. Results must "
                    "be interpreted together with cytology, imaging and clinical findings; this test does not replace "
                    "cytological diagnosis.", "bodyj"))
    s.append(P(lab, "Limitations", "h2"))
    s.append(P(lab, "Sampling of a non-representative part of the nodule may give a false-negative result. Germline "
                    "status of detected variants is not determined. The risk estimates quoted are population "
                    "figures and not individual predictions.", "bodyj"))
    s.append(P(lab, "References", "h2"))
    for r in ["1. Whitcombe A, et al. Molecular testing of indeterminate thyroid nodules: a multicentre validation. Thyroid Path Rev. 2020;8:210-219.",
              "2. Baptiste-Ng L, Horvath K. RAS-like thyroid neoplasms and NIFTP. Endocr Path Notes. 2019;4:33-40."]:
        s.append(P(lab, r, "small"))
    s.append(Spacer(1, 16))
    s.append(P(lab, "Reviewed and approved: Priya Adebayo-Marsh, MD, Medical Director - 03/27/2024", "body"))
    return s


# =====================================================================================
# 5813  Meridian  -  metastatic breast, ERBB2 amplification + PIK3CA H1047R

M5813 = dict(patient="Patient M", dob="08/08/1968", sex="Female", order="MG-24-120551", reported="06/03/2024",
             specimen="Liver biopsy (FFPE)", collected="05/13/2024", received="05/16/2024",
             physician="Dr. C. Iwasaki-Bloom", diagnosis="Breast carcinoma, metastatic", product="MeridianDx OncoPanel 400 (DNA)")


@report("5813", MERIDIAN, M5813, [
    L("PIK3CA", "mutation", "positive", ["p.His1047Arg", "PIK3CA H1047R"], alteration="H1047R"),
    L("HER2", "amplification", "positive", ["ERBB2 amplification"], alteration="amplification"),
    L("HER2", "mutation", "negative", ["No ERBB2 kinase-domain mutation"]),
    L("BRCA1", "mutation", "negative", ["no pathogenic variant detected"]),
    L("BRCA2", "mutation", "negative", ["no pathogenic variant detected"]),
    L("TMB", "signature", "negative", ["5 Muts/Mb"], value="5 mut/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable"]),
    L("ER", "expression", "positive", ["ER positive (95%)"], percent=95, optional=True),
    L("PR", "expression", "positive", ["PR positive (10%)"], percent=10, optional=True),
    L("HER2", "expression", "positive", ["HER2 3+ by IHC"], ihc_score="3+", optional=True),
])
def r5813():
    lab = MERIDIAN
    s = []
    s.append(P(lab, "**Clinical information provided with the order:** invasive ductal carcinoma of the left breast "
                    "diagnosed 2021 (outside report: ER positive (95%), PR positive (10%), HER2 3+ by IHC); treated "
                    "with neoadjuvant chemotherapy plus trastuzumab and pertuzumab. New liver lesions 04/2024.", "small"))
    s.append(Spacer(1, 4))
    left = [P(lab, "Biomarker Findings", "h2"),
            P(lab, "**Tumor Mutational Burden** - 5 Muts/Mb (TMB-Low; TMB-High is 10 Muts/Mb or more)", "small"),
            P(lab, "**Microsatellite status** - MS-Stable", "small"),
            P(lab, "**Homologous recombination** - not evaluated by this assay", "small")]
    right = [P(lab, "Genomic Findings", "h2"),
             P(lab, "**ERBB2** amplification - estimated copy number 14", "small"),
             P(lab, "**PIK3CA** H1047R", "small"),
             P(lab, "**CCND1** amplification - estimated copy number 9", "small"),
             P(lab, "**GATA3** p.Asp336Glyfs*17", "small")]
    s.append(boxes(lab, [left, right], border=lab.light, fill=lab.light))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Therapy Implications", "h2"))
    s.append(table(lab, ["Finding", "Therapies with clinical benefit (breast)", "Level", "Therapies with possible resistance"], [
        ["ERBB2 amplification", "Trastuzumab deruxtecan; trastuzumab + pertuzumab + taxane; tucatinib + trastuzumab + "
         "capecitabine; T-DM1; margetuximab; neratinib; lapatinib", "A", "None identified"],
        ["PIK3CA H1047R", "Alpelisib + fulvestrant; capivasertib + fulvestrant; inavolisib + palbociclib + fulvestrant "
         "(HR-positive, HER2-negative indications)", "A*", "None identified"],
        ["CCND1 amplification", "No approved therapy based on this finding", "-", "-"],
        ["GATA3 frameshift", "No approved therapy", "-", "-"],
    ], [0.2, 0.52, 0.08, 0.2], grid="lines"))
    s.append(P(lab, "* Approved indications for PI3K-pathway inhibitors refer to HR-positive, HER2-negative disease; "
                    "their use in HER2-amplified disease is investigational.", "tiny"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "**Additional notes.** No ERBB2 kinase-domain mutation was identified. No ~~ESR1~~ ligand-binding "
                    "domain mutation was detected. ~~BRCA1~~ and ~~BRCA2~~: see variants of uncertain significance; "
                    "no pathogenic variant detected. PD-L1 was not tested.", "small"))
    s.append(PageBreak())
    s.append(P(lab, "Genomic Findings - Detail", "h1"))
    s.append(table(lab, ["Gene", "Alteration", "Coding change", "Exon", "Transcript", "VAF / CN", "Tier"], [
        ["~~ERBB2~~", "Amplification", "-", "-", "NM_004448.4", "CN 14", "Tier I, Level A"],
        ["~~PIK3CA~~", "p.His1047Arg", "c.3140A>G", "21", "NM_006218.4", "27.9%", "Tier I, Level A"],
        ["~~CCND1~~", "Amplification", "-", "-", "NM_053056.3", "CN 9", "Tier II, Level D"],
        ["~~GATA3~~", "p.Asp336Glyfs*17", "c.1006del", "5", "NM_001002295.2", "33.0%", "Tier II, Level D"],
    ], [0.1, 0.2, 0.13, 0.07, 0.17, 0.11, 0.22]))
    s.append(Spacer(1, 6))
    d = Drawing(lab.width, 110)
    genes = [("ERBB2", 14), ("CCND1", 9), ("MYC", 4), ("FGFR1", 2), ("EGFR", 2), ("CDK4", 2), ("MDM2", 2), ("MET", 2)]
    bw = lab.width / len(genes)
    d.add(Line(0, 20, lab.width, 20, strokeColor=HX("#999999")))
    d.add(Line(0, 20 + 6 * 5, lab.width, 20 + 6 * 5, strokeColor=HX("#c0392b"), strokeDashArray=[3, 2]))
    d.add(String(lab.width - 2, 23 + 6 * 5, "amplification threshold (CN 6)", fontName="Helvetica", fontSize=6, textAnchor="end"))
    for i, (g, cn) in enumerate(genes):
        d.add(Rect(i * bw + bw * 0.3, 20, bw * 0.4, cn * 5, fillColor=lab.colour if cn >= 6 else HX("#b0bec5"), strokeColor=None))
        d.add(String(i * bw + bw / 2, 8, g, fontName="Helvetica", fontSize=7, textAnchor="middle"))
        d.add(String(i * bw + bw / 2, 23 + cn * 5, str(cn), fontName="Helvetica-Bold", fontSize=7, textAnchor="middle"))
    s.append(P(lab, "Estimated copy number of selected genes (tumor purity-adjusted)", "h3"))
    s.append(d)
    s.append(P(lab, "MYC copy number 4 represents a gain below the laboratory's reporting threshold and is not "
                    "reported as an amplification.", "tiny"))
    s.append(P(lab, "ERBB2 amplification", "h3"))
    s.append(P(lab, "~~ERBB2~~ (HER2) is amplified at an estimated 14 copies, consistent with the HER2-positive status "
                    "of the primary tumor and indicating that HER2 amplification persists in the metastasis after "
                    "HER2-directed therapy. Trastuzumab deruxtecan is a standard option after prior trastuzumab and "
                    "a taxane.", "bodyj"))
    s.append(P(lab, "PIK3CA H1047R", "h3"))
    s.append(P(lab, "The kinase-domain hotspot p.His1047Arg activates PI3K signaling. In HER2-positive breast cancer, "
                    "~~PIK3CA~~ mutations have been associated with reduced pathologic complete response to "
                    "HER2-directed neoadjuvant therapy. Clinical trials are evaluating PI3K-alpha selective inhibitors "
                    "with HER2-directed therapy.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Variants of Uncertain Significance", "h1"))
    s.append(table(lab, ["Gene", "Alteration", "Coding change", "VAF", "Comment"], [
        ["~~BRCA2~~", "p.Lys2950Asn", "c.8850G>T", "46.1%", "Germline origin possible; confirm with germline testing if clinically indicated"],
        ["~~NOTCH3~~", "p.Arg1761His", "c.5282G>A", "12.0%", "-"],
        ["~~TSC2~~", "p.Ala460Thr", "c.1378G>A", "8.8%", "-"],
    ], [0.1, 0.16, 0.15, 0.09, 0.5], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Clinical Trials (selected)", "h2"))
    s.append(table(lab, ["Gene", "Study", "Phase"], [
        ["ERBB2", "MGT-5120: HER2-directed bispecific antibody plus chemotherapy after T-DXd", "2"],
        ["ERBB2 / PIK3CA", "MGT-4833: Mutant-selective PI3K-alpha inhibitor with trastuzumab-based therapy", "1/2"],
        ["PIK3CA / AKT1", "MGT-3917: AKT inhibitor combinations in PI3K/AKT-altered solid tumors", "2"],
        ["CCND1", "MGT-2260: CDK4/6 inhibitor plus endocrine therapy and trastuzumab", "2"],
        ["ERBB2 (HER2-low)", "MGT-6004: Novel ADC in HER2-low (IHC 1+ or 2+/ISH-negative) breast cancer", "3"],
    ], [0.18, 0.72, 0.1], grid="lines"))
    s.append(P(lab, "The HER2-low study is listed by the trial-matching system on gene name; this tumor is "
                    "HER2-amplified and would not meet its HER2-low criterion.", "tiny"))
    s += meridian_methods(lab, dna_ng="95 ng", coverage="768x", tumor_pct="60%",
                          extra="**Copy number.** Amplification is reported at an estimated ploidy-adjusted copy "
                                "number of 6 or more for oncogenes; focal gains below this level are not reported.")
    s.append(P(lab, "Appendix: Genes Assayed (DNA)", "h2"))
    s.append(gene_grid(lab, PANEL[:240], 10, style="tiny", italic=False))
    s += meridian_signoff(lab, "Tomasz Wereszczak, MD, Associate Director", "06/03/2024 11:05 ET")
    return s


# =====================================================================================
# 5814  Halden  -  NSCLC DNA panel with MET exon 14 skipping; RNA failed

M5814 = dict(patient="Patient N", dob="14/12/1948", sex="Male", mrn="H2210577", accession="M24.06630",
             specimen_id="H24-30218 A1", physician="Dr R. Pillai", location="Lung MDT",
             received="02/05/2024", reported="10/05/2024", title="NON-SMALL CELL LUNG CANCER PANEL")


@report("5814", HALDEN, M5814, [
    L("MET", "mutation", "positive", ["c.3028+1G>T", "MET exon 14 skipping variant"], alteration="exon 14 skipping"),
    L("EGFR", "mutation", "negative", ["EGFR"]),
    L("KRAS", "mutation", "negative", ["KRAS"]),
    L("BRAF", "mutation", "negative", ["BRAF"]),
    L("HER2", "mutation", "negative", ["ERBB2"]),
])
def r5814():
    lab = HALDEN
    s = []
    s += halden_section(lab, "Clinical details")
    s.append(P(lab, "EBUS-TBNA, station 7 lymph node. Adenocarcinoma of lung (cytology/histology H24-30218). Stage IV. "
                    "Ex-smoker (30 pack-years). Molecular testing requested by the lung MDT (reflex pathway)."))
    s += halden_section(lab, "Sample")
    s.append(kv(lab, [("Material", "FFPE cell block/core A1 (H24-30218)"),
                      ("Tumour cellularity", "approximately 30%"),
                      ("Tests", "Lung DNA panel (EGFR, KRAS, BRAF, MET, ERBB2); lung RNA fusion panel")], [0.25, 0.75]))
    s += halden_section(lab, "DNA panel results")
    s.append(table(lab, ["Gene", "Exons analysed", "Result", "VAF"], [
        ["EGFR", "18, 19, 20, 21", "No mutation detected", "-"],
        ["KRAS", "2, 3, 4", "No mutation detected", "-"],
        ["BRAF", "11, 15", "No mutation detected", "-"],
        ["MET", "14 (including splice regions)", "**c.3028+1G>T**\nMET exon 14 skipping variant (class 5)", "17%"],
        ["ERBB2", "19, 20", "No mutation detected", "-"],
    ], [0.12, 0.28, 0.45, 0.15], grid="box", zebra=False, head_bg=lab.light, head_style="tdb"))
    s += halden_section(lab, "RNA fusion panel")
    s.append(band(lab, [P(lab, "**TEST FAILED** - insufficient RNA quality. The RNA extracted from this sample did not "
                              "meet the minimum quality threshold (control amplicon reads below 5,000). ~~ALK~~, "
                              "~~ROS1~~, ~~RET~~ and ~~NTRK~~ fusion status could not be determined.")],
                  fill=HX("#FFF3CD"), border=HX("#C9A227")))
    s.append(Spacer(1, 3))
    s.append(P(lab, "ALK and ROS1 immunohistochemistry has been requested on block A1 and will be issued as a "
                    "supplementary report by Cellular Pathology. PD-L1 (22C3) has also been requested; result to "
                    "follow."))
    s += halden_section(lab, "Interpretation")
    s.append(P(lab, "A pathogenic splice-donor variant at the exon 14/intron 14 boundary of ~~MET~~ was detected. "
                    "Variants at this position disrupt splicing and cause skipping of exon 14, removing the "
                    "juxtamembrane domain and stabilising the MET receptor. MET exon 14 skipping alterations predict "
                    "sensitivity to MET tyrosine kinase inhibitors (capmatinib, tepotinib); access is subject to "
                    "national commissioning criteria. No ~~EGFR~~, ~~KRAS~~, ~~BRAF~~ or ~~ERBB2~~ mutation was "
                    "detected in the regions analysed. ~~MET~~ amplification is not assessed by this panel."))
    s.append(PageBreak())
    s += halden_section(lab, "Method")
    s.append(P(lab, "DNA and RNA were co-extracted from macrodissected FFPE tissue. DNA was analysed by amplicon-based "
                    "next-generation sequencing (Halden Lung DNA v3; limit of detection 5% variant allele "
                    "frequency, minimum depth 500x). RNA was analysed with a targeted fusion panel (ALK, ROS1, RET, "
                    "NTRK1-3, MET exon 14 skipping transcript) when RNA quality allows. Reference sequences: EGFR "
                    "NM_005228.5, KRAS NM_004985.5, BRAF NM_004333.6, MET NM_000245.4, ERBB2 NM_004448.4."))
    s.append(table(lab, ["QC metric", "Result", "Threshold"], [
        ["DNA minimum amplicon depth", "812x", "500x"],
        ["RNA control amplicon reads", "1,940", "5,000"],
        ["RNA fusion panel", "Failed", "-"],
    ], [0.45, 0.25, 0.3], grid="box", zebra=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "If fusion testing is still required and no further tissue is available, plasma ctDNA testing may "
                    "be considered; please discuss with the laboratory."))
    s += halden_authorise(lab, "A. Pereira-Lowe, Clinical Scientist", "Dr E. Marchetti-Byrne, Consultant Clinical Scientist",
                          "10/05/2024")
    return s


# =====================================================================================
# 5815  Corvid  -  colorectal plasma after anti-EGFR therapy

M5815 = dict(patient="Patient O", dob="04/17/1963", sex="Male", accession="CLD-24-009934", collected="08/19/2024",
             received="08/21/2024", reported="08/28/2024", product="CorvidSeq Plasma 80", physician="Dr. F. Ibekwe",
             institution="Millbrook Oncology Associates", status="Final")


@report("5815", CORVID, M5815, [
    L("KRAS", "mutation", "positive", ["p.Gln61His"], alteration="Q61H"),
    L("EGFR", "mutation", "positive", ["p.Ser492Arg"], alteration="S492R"),
    L("TP53", "mutation", "positive", ["p.Arg175His"], alteration="R175H"),
    L("TP53", "mutation", "positive", ["p.Tyr236Cys"], alteration="Y236C", optional=True),
    L("NRAS", "mutation", "negative", ["NRAS (codons 12, 13, 59, 61, 117, 146)"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E"], alteration="V600E"),
    L("HER2", "amplification", "negative", ["ERBB2 amplification"]),
    L("MSI", "signature", "negative", ["MSI-High"]),
    L("MET", "amplification", "negative", ["MET amplification"]),
    L("KRAS", "mutation", "negative", ["RAS/BRAF wild-type"], optional=True),
])
def r5815():
    lab = CORVID
    s = []
    s.append(P(lab, "Plasma cfDNA Genomic Results", "h1"))
    s.append(P(lab, "**Indication:** metastatic colorectal adenocarcinoma (left-sided), RAS/BRAF wild-type on tissue "
                    "testing at diagnosis (2022, outside laboratory). Progression after 11 months of FOLFIRI plus "
                    "cetuximab. Question: mechanism of resistance; candidacy for anti-EGFR rechallenge.", "small"))
    s.append(Spacer(1, 4))
    s.append(table(lab, ["Detected alteration", "% cfDNA", "Interpretation"], [
        ["**KRAS** p.Gln61His (c.183A>T)", "0.4", "Acquired RAS mutation; resistance to anti-EGFR antibodies"],
        ["**EGFR** p.Ser492Arg (c.1474A>C)", "0.3", "EGFR extracellular-domain mutation; resistance to cetuximab "
                                                  "(panitumumab binding may be preserved)"],
        ["**TP53** p.Arg175His (c.524G>A)", "6.2", "Truncal tumor alteration"],
        ["**APC** p.Arg1450Ter (c.4348C>T)", "5.8", "Truncal tumor alteration"],
    ], [0.32, 0.1, 0.58], grid="lines"))
    s.append(Spacer(1, 4))
    s.append(vaf_bars(lab, lab.width * 0.7, [("TP53 R175H", 6.2), ("APC R1450*", 5.8), ("KRAS Q61H", 0.4), ("EGFR S492R", 0.3)],
                      maxv=8, bar_colour=lab.accent))
    s.append(P(lab, "Estimated ctDNA tumor fraction: 7% (from the truncal variants).", "small"))
    s.append(Spacer(1, 4))
    nd = [P(lab, "NOT DETECTED", "tdb", textColor=lab.colour),
          P(lab, "NRAS (codons 12, 13, 59, 61, 117, 146)", "small"),
          P(lab, "BRAF V600E", "small"), P(lab, "ERBB2 amplification", "small"),
          P(lab, "MSI-High", "small"), P(lab, "MET amplification", "small")]
    ch = [P(lab, "POSSIBLE CLONAL HEMATOPOIESIS", "tdb", textColor=lab.colour),
          P(lab, "**TP53** p.Tyr236Cys (c.707A>G), 0.2% cfDNA. Low fraction relative to the truncal variants; "
                 "possible clonal hematopoiesis, tumor origin cannot be excluded.", "small"),
          P(lab, "**PPM1D** p.Arg552Ter, 0.5% cfDNA - likely clonal hematopoiesis.", "small")]
    s.append(boxes(lab, [nd, ch], border=lab.colour))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "Two low-fraction subclonal alterations associated with acquired resistance to anti-EGFR "
                    "antibodies were detected: ~~KRAS~~ Q61H and ~~EGFR~~ S492R. Their presence argues against "
                    "immediate anti-EGFR rechallenge. Because such resistant clones can decay after anti-EGFR therapy "
                    "is stopped, repeat plasma testing before any future rechallenge is suggested. The ~~EGFR~~ "
                    "S492R substitution affects cetuximab binding and is not a sensitizing mutation.", "bodyj"))
    s.append(PageBreak())
    s += corvid_methods(lab, genes=80, input_ng="30 ng", depth="21,000x",
                        extra=["**Sample QC.** cfDNA yield 58 ng; 30 ng used; unique molecular depth 3,480x; all QC passed."])
    s.append(P(lab, "Genes analyzed", "h3"))
    s.append(P(lab, "The following genes are included in CorvidSeq Plasma 80 (complete coding sequence or hotspots). "
                    "Inclusion does not indicate a result.", "tiny"))
    s.append(gene_grid(lab, ["AKT1", "ALK", "APC", "AR", "ARAF", "ARID1A", "ATM", "BRAF", "BRCA1", "BRCA2", "CCND1",
                             "CCND2", "CCNE1", "CDH1", "CDK4", "CDK6", "CDK12", "CDKN2A", "CTNNB1", "DDR2", "EGFR",
                             "ERBB2", "ESR1", "EZH2", "FBXW7", "FGFR1", "FGFR2", "FGFR3", "GATA3", "GNA11", "GNAQ",
                             "GNAS", "HNF1A", "HRAS", "IDH1", "IDH2", "JAK2", "JAK3", "KIT", "KRAS", "MAP2K1",
                             "MAP2K2", "MAPK1", "MAPK3", "MET", "MLH1", "MPL", "MTOR", "MYC", "NF1", "NFE2L2",
                             "NOTCH1", "NPM1", "NRAS", "NTRK1", "NTRK3", "PALB2", "PDGFRA", "PIK3CA", "PTEN",
                             "PTPN11", "RAF1", "RB1", "RET", "RHEB", "RHOA", "RIT1", "ROS1", "SMAD4", "SMO",
                             "STK11", "TERT", "TP53", "TSC1", "VHL", "DNMT3A", "TET2", "ASXL1", "PPM1D", "CHEK2"],
                       10, style="tiny", italic=False))
    s.append(P(lab, "References", "h3"))
    for r in ["Parisi-Obuya G, et al. Acquired RAS and EGFR ectodomain mutations after anti-EGFR therapy. GI Liquid Biopsy. 2021;2:14-22.",
              "Lindahl C, et al. Decay of resistant clones and anti-EGFR rechallenge. Colorectal Ther. 2022;6:200-209."]:
        s.append(P(lab, r, "tiny"))
    s += corvid_sign(lab, "Anjali Rao-Whitcombe, MD, Medical Director", "08/28/2024")
    return s


# =====================================================================================
# 5816  Ostrander  -  endometrial, POLE ultramutated, MMR intact

M5816 = dict(patient="Patient P", mrn="00-552-908", dob="05/30/1969", sex="F", accession="OCG24-M-0842",
             collected="06/03/2024", received="06/05/2024", reported="06/21/2024", product="OSTRA-Seq 510 (tumor-only)")

T3_5816 = [
    ("ALK", "c.3541C>T", "p.Arg1181Cys", "23", "31%"), ("APC", "c.6334C>T", "p.Arg2112Ter", "16", "24%"),
    ("ARID1B", "c.5185C>T", "p.Arg1729Cys", "19", "28%"), ("ATR", "c.2320C>T", "p.Arg774Ter", "12", "19%"),
    ("BCORL1", "c.2719C>T", "p.Arg907Cys", "6", "33%"), ("BRCA2", "c.3515C>T", "p.Ser1172Leu", "11", "36%"),
    ("CIC", "c.4336C>T", "p.Arg1446Trp", "18", "22%"), ("CREBBP", "c.4573C>T", "p.Arg1525Cys", "28", "27%"),
    ("EGFR", "c.3155G>A", "p.Arg1052Gln", "26", "30%"), ("EP300", "c.2560C>T", "p.Arg854Ter", "14", "21%"),
    ("ERBB3", "c.2875C>T", "p.Arg959Cys", "24", "25%"), ("FAT1", "c.7813C>T", "p.Arg2605Ter", "10", "18%"),
    ("FGFR2", "c.1646C>T", "p.Ser549Phe", "12", "26%"), ("KMT2B", "c.6577C>T", "p.Arg2193Trp", "30", "31%"),
    ("KMT2C", "c.9424C>T", "p.Arg3142Ter", "38", "23%"), ("LRP1B", "c.11353C>T", "p.Arg3785Ter", "72", "29%"),
    ("MET", "c.2962C>T", "p.Arg988Cys", "14", "48%"), ("MTOR", "c.7099C>T", "p.Arg2367Cys", "51", "20%"),
    ("NOTCH1", "c.5839C>T", "p.Arg1947Cys", "31", "24%"), ("NSD1", "c.6505C>T", "p.Arg2169Ter", "21", "27%"),
    ("POLD1", "c.1885C>T", "p.Arg629Trp", "16", "17%"), ("PTPRT", "c.4166C>T", "p.Ser1389Leu", "28", "30%"),
    ("RNF43", "c.1126C>T", "p.Arg376Ter", "9", "22%"), ("ROS1", "c.6259C>T", "p.Arg2087Cys", "39", "26%"),
    ("SPOP", "c.1033C>T", "p.Arg345Cys", "11", "21%"), ("TSC1", "c.2356C>T", "p.Arg786Ter", "18", "19%"),
    ("ZFHX3", "c.8125C>T", "p.Arg2709Ter", "9", "25%"),
]


@report("5816", OSTRANDER, M5816, [
    L("PIK3CA", "mutation", "positive", ["p.Arg88Gln"], alteration="R88Q"),
    L("TP53", "mutation", "positive", ["p.Arg213Ter"], alteration="R213*"),
    L("TMB", "signature", "positive", ["212.4 mutations/Mb"], value="212.4 mut/Mb"),
    L("MSI", "signature", "negative", ["MICROSATELLITE STABLE"]),
    L("MMR", "signature", "negative", ["mismatch repair proficient"]),
    L("MLH1", "expression", "positive", ["MLH1"]),
    L("PMS2", "expression", "positive", ["PMS2"]),
    L("MSH2", "expression", "positive", ["MSH2"]),
    L("MSH6", "expression", "positive", ["MSH6"]),
    L("TP53", "expression", "positive", ["p53 IHC (S24-8812): wild-type pattern"], optional=True),
    L("TMB", "signature", "positive", ["198 mutations/Mb"], value="198 mut/Mb", optional=True),
])
def r5816():
    lab = OSTRANDER
    s = []
    s.append(P(lab, "MOLECULAR PATHOLOGY REPORT - NEXT-GENERATION SEQUENCING", "h1", fontSize=13, leading=16))
    s.append(P(lab, "**Specimen:** Uterus, total hysterectomy (surgical case S24-8812, block A9).  **Diagnosis:** "
                    "Endometrioid carcinoma, FIGO grade 3, myometrial invasion >50%.  **Requested by:** Gynecologic "
                    "Oncology (Dr. R. Mbeki-Sloane) for molecular classification."))
    s.append(P(lab, "RESULT SUMMARY", "h2"))
    s.append(mono_block(lab, """
MOLECULAR CLASS:  POLE-ULTRAMUTATED (POLEmut)

POLE      c.857C>G   p.Pro286Arg   VAF 41%   TIER I-A   exonuclease-domain hotspot
PIK3CA    c.263G>A   p.Arg88Gln    VAF 38%   TIER II-C
TP53      c.637C>T   p.Arg213Ter   VAF 11%   TIER II-C  subclonal
PTEN      c.388C>T   p.Arg130Ter   VAF 44%   TIER II-C
PTEN      c.697C>T   p.Arg233Ter   VAF 39%   TIER II-C
ARID1A    c.1873C>T  p.Gln625Ter   VAF 35%   TIER II-D

TUMOR MUTATIONAL BURDEN:  212.4 mutations/Mb   HIGH (>=10)
MICROSATELLITE STATUS:    MICROSATELLITE STABLE (score 1.2; unstable >=3.5)
MUTATIONAL SIGNATURE:     SBS10a/b (POLE exonuclease deficiency), 71%
""", fill=lab.light))
    s.append(Spacer(1, 4))
    s.append(P(lab, "IMMUNOHISTOCHEMISTRY (surgical pathology S24-8812, same block, reviewed for this report)", "h3"))
    s.append(table(lab, ["Stain", "Result"], [
        ["MLH1", "Retained nuclear expression"], ["PMS2", "Retained nuclear expression"],
        ["MSH2", "Retained nuclear expression"], ["MSH6", "Retained nuclear expression"],
        ["Summary", "Intact - mismatch repair proficient (pMMR)"],
        ["p53", "p53 IHC (S24-8812): wild-type pattern (scattered nuclei of variable intensity)"],
    ], [0.25, 0.75], cell_style="mono", grid="lines", zebra=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "INTERPRETATION", "h2"))
    s.append(P(lab, "The pathogenic ~~POLE~~ exonuclease-domain hotspot p.Pro286Arg, an ultra-high tumor mutational "
                    "burden and a POLE-associated mutational signature establish the **POLE-ultramutated** molecular "
                    "subtype of endometrial carcinoma, which is associated with an excellent prognosis and may "
                    "support de-escalation of adjuvant therapy in early-stage disease. According to the "
                    "classification algorithm, a pathogenic ~~POLE~~ variant takes precedence over co-existing "
                    "abnormalities: the subclonal ~~TP53~~ nonsense variant does not reassign this tumor to the "
                    "p53-abnormal group, and the tumor is mismatch repair proficient.", "bodyj"))
    s.append(P(lab, "Comparison: the preoperative endometrial biopsy from this patient (OCG23-M-1190, 11/2023) was "
                    "sequenced here and showed the same ~~POLE~~ variant with a tumor mutational burden of 198 "
                    "mutations/Mb.", "bodyj"))
    s.append(P(lab, "ALL REPORTED VARIANTS (TIER III)", "h2"))
    s.append(P(lab, "Ultramutated tumors carry many passenger variants. Tier III variants below are of unknown "
                    "significance and are listed for completeness only.", "small"))
    s.append(table(lab, ["Gene", "cDNA", "Protein", "Exon", "VAF", "Tier"], [list(r) + ["III"] for r in T3_5816],
                   [0.14, 0.2, 0.24, 0.12, 0.14, 0.16], cell_style="mono", grid="lines"))
    s.append(P(lab, "A further 1,180 coding variants (mostly C>A and C>T substitutions) are available in the "
                    "laboratory's data file on request. The ~~MET~~ p.Arg988Cys variant (48%) is a known germline "
                    "polymorphism and is likely benign.", "small"))
    s.append(PageBreak())
    s += ostr_methods(lab, tumor="approximately 80%", depth="704x",
                      extra="For endometrial carcinoma the laboratory applies the four-group molecular classification "
                            "(POLEmut, MMRd, p53abn, NSMP) using POLE sequencing, MMR immunohistochemistry and p53 "
                            "immunohistochemistry or TP53 sequencing.")
    s.append(P(lab, "REFERENCES", "h2"))
    for r in ["1. Lindgren-Mora A, et al. Molecular classification of endometrial carcinoma: a practical algorithm. Gyn Path Stand. 2020;9:101-112.",
              "2. Haddad S, Pereira V. Pathogenic POLE exonuclease-domain variants and prognosis. Uterine Cancer Rev. 2021;6:44-51."]:
        s.append(P(lab, r, "small"))
    s += ostr_sign(lab, "Bernard O. Kaminski, MD (Molecular Genetic Pathology)", "06/21/2024 09:48")
    s.append(PageBreak())
    s.append(P(lab, "APPENDIX - GENES ANALYZED BY OSTRA-Seq 510 (SELECTION)", "h2"))
    s.append(P(lab, "All coding exons are captured for the genes below; the full list of 510 genes and the targeted "
                    "introns is available at ostrander-cgl.invalid/ostraseq510. The list describes the assay and is "
                    "not a statement of results.", "small"))
    s.append(gene_grid(lab, PANEL, 9, style="mono", italic=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "CLASSIFICATION OF ENDOMETRIAL CARCINOMA - REFERENCE", "h3"))
    s.append(table(lab, ["Group", "Defining test result", "Usual prognosis"], [
        ["POLEmut", "Pathogenic POLE exonuclease-domain variant", "Excellent"],
        ["MMRd", "Loss of one or more MMR proteins (or MSI-H)", "Intermediate"],
        ["p53abn", "Aberrant p53 IHC or pathogenic TP53 variant", "Poor"],
        ["NSMP", "None of the above", "Intermediate / variable"],
    ], [0.18, 0.52, 0.3], cell_style="mono", grid="lines", zebra=False))
    s.append(P(lab, "The reference table defines the groups in general terms; this patient's group is given in the "
                    "Result Summary.", "small"))
    return s


# =====================================================================================
# 5817  Bluefen  -  intrahepatic cholangiocarcinoma, IDH1 R132C

M5817 = dict(patient="Patient Q", dob="23/01/1957", sex="Male", mrn="HBU-0093314", accession="BF24-05102",
             reported="14/08/2024", physician="Prof. J. Mwangi", institution="St Carrow's Hepatobiliary Unit",
             specimen="Liver core biopsy, seg. VI", specimen_id="L24-0977 B1", title="Tumour Molecular Profile",
             status="Final report")


@report("5817", BLUEFEN, M5817, [
    L("IDH1", "mutation", "positive", ["p.(Arg132Cys)"], alteration="R132C"),
    L("IDH2", "mutation", "negative", ["IDH2: no variant detected"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E: not detected"]),
    L("KRAS", "mutation", "negative", ["KRAS: not detected"]),
    L("HER2", "amplification", "negative", ["ERBB2 (HER2) amplification: not detected"]),
    L("NTRK", "fusion", "negative", ["NTRK1/2/3 fusions: not detected"]),
    L("MSI", "signature", "negative", ["Stable"]),
    L("TMB", "signature", "negative", ["1.6 mut/Mb"], value="1.6 mut/Mb"),
])
def r5817():
    lab = BLUEFEN
    s = []
    s.append(P(lab, "Summary", "h1"))
    s.append(P(lab, "Intrahepatic cholangiocarcinoma, unresectable (histology L24-0977). Tumour content of the "
                    "analysed area: 45%. DNA and RNA panels completed; all quality metrics passed.", "small"))
    s.append(Spacer(1, 4))

    def pill(text, col):
        d = Drawing(64, 14)
        d.add(Rect(0, 1, 62, 12, rx=6, ry=6, fillColor=col, strokeColor=None))
        d.add(String(31, 4.5, text, fontName="Helvetica-Bold", fontSize=6.5, fillColor=colors.white, textAnchor="middle"))
        return d
    pos, neg, na = HX("#c62828"), HX("#607d8b"), HX("#9e9e9e")
    s.append(table(lab, ["", "Biomarker", "Result", "Treatment relevance"], [
        [pill("DETECTED", pos), "IDH1", "c.394C>T p.(Arg132Cys), VAF 28%", "Ivosidenib (ESCAT I-A)"],
        [pill("DETECTED", pos), "BAP1", "c.1306C>T p.(Gln436Ter), VAF 51%", "No targeted therapy; clinical trials"],
        [pill("NOT DETECTED", neg), "FGFR2", "No FGFR2 fusion or rearrangement (RNA)", "FGFR inhibitors not indicated"],
        [pill("NOT DETECTED", neg), "IDH2", "IDH2: no variant detected", "-"],
        [pill("NOT DETECTED", neg), "BRAF", "BRAF V600E: not detected", "-"],
        [pill("NOT DETECTED", neg), "KRAS", "KRAS: not detected", "-"],
        [pill("NOT DETECTED", neg), "ERBB2", "ERBB2 (HER2) amplification: not detected", "-"],
        [pill("NOT DETECTED", neg), "NTRK", "NTRK1/2/3 fusions: not detected", "-"],
        [pill("NOT TESTED", na), "PD-L1", "Not requested", "-"],
    ], [0.15, 0.12, 0.43, 0.3], grid="lines", zebra=False, valign="MIDDLE"))
    s.append(Spacer(1, 8))
    m = [P(lab, "MSI", "tdb", textColor=lab.colour), P(lab, "Stable", "body", fontSize=13, leading=16),
         P(lab, "0 of 130 loci unstable", "tiny")]
    t = [P(lab, "TMB", "tdb", textColor=lab.colour), P(lab, "1.6 mut/Mb", "body", fontSize=13, leading=16),
         hgauge(lab, lab.width / 3 - 20, 1.6, 0, 30, cut=10, bands=[(0, 10, lab.light), (10, 30, lab.accent)], tick_step=10),
         P(lab, "Low (high = 10 mut/Mb or more)", "tiny")]
    f = [P(lab, "FUSIONS (RNA)", "tdb", textColor=lab.colour), P(lab, "None detected", "body", fontSize=13, leading=16),
         P(lab, "55 target genes analysed", "tiny")]
    s.append(boxes(lab, [m, t, f], border=lab.accent))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "The ~~IDH1~~ p.(Arg132Cys) hotspot variant is present in about 15% of intrahepatic "
                    "cholangiocarcinomas and predicts benefit from the IDH1 inhibitor ivosidenib in previously treated "
                    "disease. ~~FGFR2~~ fusions, which are typically mutually exclusive with ~~IDH1~~ mutations, were "
                    "not detected. ~~BAP1~~ loss-of-function is common in this tumour type and is not currently "
                    "targetable outside trials. Standard first-line chemo-immunotherapy is not dependent on these "
                    "results.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Detailed variant list", "h2"))
    s.append(table(lab, ["Gene", "Transcript", "c.", "p.", "VAF", "Depth", "Class"], [
        ["IDH1", "NM_005896.4", "c.394C>T", "p.(Arg132Cys)", "28%", "866", "Pathogenic"],
        ["BAP1", "NM_004656.4", "c.1306C>T", "p.(Gln436Ter)", "51%", "702", "Pathogenic"],
        ["ARID1A", "NM_006015.6", "c.2830C>T", "p.(Gln944Ter)", "24%", "655", "Likely pathogenic"],
        ["PBRM1", "NM_018313.5", "c.2473G>A", "p.(Ala825Thr)", "47%", "590", "VUS"],
        ["ATM", "NM_000051.4", "c.2572T>C", "p.(Phe858Leu)", "49%", "611", "Likely benign (reported on request)"],
    ], [0.09, 0.16, 0.13, 0.17, 0.08, 0.08, 0.29]))
    s.append(P(lab, "Note: the ~~ATM~~ variant is a common population polymorphism and is listed only because the "
                    "referring clinician asked for all ~~ATM~~ findings.", "tiny"))
    s.append(P(lab, "Copy number", "h3"))
    s.append(P(lab, "CDKN2A: heterozygous loss. No amplifications (ERBB2, MET, FGFR1-3, MDM2, CCND1 copy number within "
                    "normal range).", "small"))
    s.append(P(lab, "Previous results", "h3"))
    s.append(P(lab, "None held by Bluefen. The referring unit's HER2 immunohistochemistry on this biopsy is pending "
                    "and will be reported by St Carrow's Cellular Pathology.", "small"))
    s += two_col()
    s += bluefen_methods_cols(lab, dna="60 ng", rna="30 ng", depth="720x", purity="45%")
    s += bluefen_sign(lab, [("Dr L. Oyinlola", "Consultant Molecular Pathologist"),
                            ("M. Castellanos-Reid", "Clinical Scientist")], "14/08/2024 15:02")
    s.append(FrameBreak())
    s += bluefen_gene_appendix(lab)
    return s


# =====================================================================================
# 5818  Sankt Aurel  -  gastric adenocarcinoma: HER2 3+ / ERBB2 amplified, PD-L1 CPS, pMMR

M5818 = dict(patient="Patient R", dob="19.06.1964", sex="weiblich / female", accession="MP-2024-02240",
             received="03.06.2024", reported="12.06.2024", physician="Dr. med. S. Petrović",
             institution="Med. Klinik II, Klinikum Ostheide")


@report("5818", AUREL, M5818, [
    L("HER2", "expression", "positive", ["Score 3+"], ihc_score="3+"),
    L("HER2", "amplification", "positive", ["ERBB2-Amplifikation"], alteration="amplification"),
    L("PD-L1", "expression", "positive", ["CPS 8"], value="CPS 8"),
    L("MLH1", "expression", "positive", ["MLH1"]),
    L("PMS2", "expression", "positive", ["PMS2"]),
    L("MSH2", "expression", "positive", ["MSH2"]),
    L("MSH6", "expression", "positive", ["MSH6"]),
    L("MMR", "signature", "negative", ["pMMR"]),
    L("MSI", "signature", "negative", ["MSS"]),
    L("TP53", "mutation", "positive", ["p.Arg282Trp"], alteration="R282W"),
    L("KRAS", "mutation", "negative", ["keine Amplifikation, keine Mutation"]),
    L("KRAS", "amplification", "negative", ["keine Amplifikation, keine Mutation"]),
])
def r5818():
    lab = AUREL
    s = []
    s.append(kv(lab, [("Material", "Magenbiopsien (6 Partikel), FFPE-Block G24-5512/1"),
                      ("Histologie", "Adenokarzinom des Magens, intestinaler Typ nach Laurén, G2"),
                      ("Tumorzellgehalt", "ca. 40 %"),
                      ("Fragestellung", "Prädiktive Marker vor Erstlinientherapie (HER2, PD-L1, MMR/MSI, Claudin 18.2)")],
                [0.22, 0.78]))
    s.append(Spacer(1, 4))
    s.append(band(lab, [P(lab, "**Zusammenfassung / Summary**", "body"),
                        P(lab, "HER2-positiv (IHC Score 3+; ERBB2-Amplifikation bestätigt) - PD-L1 CPS 8 - "
                               "Claudin 18.2 positiv - MMR-profizient (pMMR) / MSS - TP53-Mutation", "body")]))
    s.append(P(lab, "1. Immunhistochemie / immunohistochemistry", "h2"))
    s.append(table(lab, ["Marker", "Klon", "Ergebnis / result", "Bewertung"], [
        ["HER2", "4B5", "Score 3+: kräftige, komplette bzw. basolaterale membranöse Färbung in ca. 70 % der Tumorzellen",
         "positiv"],
        ["PD-L1", "22C3", "Combined Positive Score (CPS) 8; TPS 3 %", "positiv (CPS 1 oder höher); CPS 5 oder höher erreicht"],
        ["Claudin 18.2", "43-14A", "80 % der Tumorzellen, mäßig bis stark membranös", "positiv (Grenzwert 75 %)"],
        ["MLH1", "ES05", "Kernexpression erhalten / retained", "-"],
        ["PMS2", "EP51", "Kernexpression erhalten / retained", "-"],
        ["MSH2", "G219-1129", "Kernexpression erhalten / retained", "-"],
        ["MSH6", "EP49", "Kernexpression erhalten / retained", "-"],
        ["MMR gesamt", "-", "MMR-profizient (pMMR)", "-"],
        ["EBV (EBER-ISH)", "-", "negativ", "-"],
    ], [0.14, 0.12, 0.5, 0.24], grid="box", zebra=True))
    s.append(P(lab, "HER2-ISH wurde bei eindeutigem Score 3+ nicht durchgeführt (nicht erforderlich).", "small"))
    s.append(P(lab, "2. Molekularpathologie (NGS) / molecular pathology", "h2"))
    s.append(table(lab, ["Gen", "Befund", "Nukleotid", "Protein", "VAF / Kopien", "Klasse"], [
        ["ERBB2", "Amplifikation", "-", "-", "geschätzt 22 Kopien", "pathogen"],
        ["TP53", "Missense (Exon 8)", "c.844C>T", "p.Arg282Trp", "52,3 %", "pathogen (5)"],
        ["CDH1", "Missense", "c.1018A>G", "p.Thr340Ala", "48,9 %", "unklar (3), ggf. Keimbahn"],
        ["KRAS", "keine Amplifikation, keine Mutation", "-", "-", "-", "-"],
    ], [0.1, 0.26, 0.13, 0.15, 0.16, 0.2], grid="box", zebra=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Mikrosatellitenstatus (NGS): MSS. Tumormutationslast: nicht bestimmt (Panelgröße unter 1 Mb; "
                    "nicht validiert).", "body"))
    s.append(PageBreak())
    s.append(P(lab, "Beurteilung / Interpretation", "h2"))
    s.append(P(lab, "HER2-positives Adenokarzinom des Magens (IHC 3+, durch NGS nachgewiesene hochgradige "
                    "ERBB2-Amplifikation, ERBB2-Amplifikation mit geschätzt 22 Kopien). Damit besteht eine Indikation "
                    "für eine Trastuzumab-haltige Erstlinientherapie; bei PD-L1 CPS 8 kann die Kombination mit "
                    "Pembrolizumab erwogen werden. Die Claudin-18.2-Positivität ist bei HER2-positiven Tumoren "
                    "derzeit nicht therapieleitend.", "bodyj"))
    s.append(P(lab, "HER2-positive gastric adenocarcinoma (IHC 3+ with high-level ERBB2 amplification on NGS). "
                    "Trastuzumab-containing first-line therapy is indicated; with PD-L1 CPS 8, the addition of "
                    "pembrolizumab may be considered. The tumour is mismatch repair proficient and microsatellite "
                    "stable. The CDH1 variant of unclear significance at about 50 % allele frequency may be germline; "
                    "if the family history suggests hereditary diffuse gastric cancer, genetic counselling is "
                    "recommended (the tumour histology is intestinal type).", "bodyj"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Bewertungskriterien HER2 (Magen) / HER2 scoring criteria (gastric)", "h3"))
    s.append(table(lab, ["Score", "Biopsie (Kriterium)", "Bewertung"], [
        ["0", "keine Reaktivität oder membranöse Reaktivität in weniger als 5 Zellen", "negativ"],
        ["1+", "Cluster von 5 oder mehr Zellen mit schwacher, inkompletter Färbung", "negativ"],
        ["2+", "Cluster mit schwacher bis mäßiger kompletter/basolateraler Färbung", "fraglich - ISH erforderlich"],
        ["3+", "Cluster mit starker kompletter/basolateraler Färbung", "positiv"],
    ], [0.1, 0.65, 0.25], grid="lines", zebra=False, head_bg=lab.accent))
    s += aurel_methods(lab, panel="AurelSeq Solid 164", tumor="40 %")
    s.append(P(lab, "Immunhistochemie: automatisierte Färbung, externe Qualitätssicherung (Ringversuche) für HER2, "
                    "PD-L1 und MMR erfolgreich absolviert.", "small"))
    s += aurel_sign(lab, [("Prof. Dr. med. A. Castellanos-Weber", "Institutsleitung"),
                          ("Dr. med. J. Okonkwo", "Fachärztin für Pathologie")], "12.06.2024")
    return s


# =====================================================================================
# 5819  Tamsin  -  prostate, germline negative (BRCA2 K3326* benign), somatic BRCA2 R2520*, AR amp

M5819 = dict(patient="Patient S", dob="02/27/1955", sex="Male", accession="TG-24-61877",
             specimen_id="Saliva S + FFPE tumor T", physician="Dr. E. Fairweather", reported="09/12/2024",
             title="Paired Germline and Somatic Report")


@report("5819", TAMSIN, M5819, [
    L("BRCA2", "mutation", "positive", ["p.(Arg2520Ter)"], alteration="R2520*"),
    L("TP53", "mutation", "positive", ["p.(Cys176Phe)"], alteration="C176F"),
    L("AR", "amplification", "positive", ["AR amplification"], alteration="amplification"),
    L("MSI", "signature", "negative", ["microsatellite stable"]),
    L("TMB", "signature", "negative", ["3.1 mutations/Mb"], value="3.1 mut/Mb"),
] + neg_labels(GERMLINE_36))
def r5819():
    lab = TAMSIN
    s = []
    s.append(P(lab, "**Indication:** metastatic castration-resistant prostate adenocarcinoma (Gleason 4+5), bone and "
                    "nodal metastases; progression on enzalutamide. Tumor: prostate needle biopsy, core 4 (P24-2290, "
                    "tumor content 60%). Germline: saliva. Family history: brother with prostate cancer at 58."))
    germ = [P(lab, "GERMLINE RESULT", "tdb", textColor=lab.colour),
            P(lab, "**NEGATIVE**", "body", fontSize=15, leading=18),
            P(lab, "No pathogenic or likely pathogenic variant identified in 36 genes", "small"),
            P(lab, "See note on ~~BRCA2~~ c.9976A>T", "small")]
    som = [P(lab, "SOMATIC (TUMOR) RESULT", "tdb", textColor=lab.colour),
           P(lab, "~~BRCA2~~ c.7558C>T p.(Arg2520Ter) - somatic, VAF 61%, with loss of the other allele", "small"),
           P(lab, "~~AR~~ amplification - copy number 18", "small"),
           P(lab, "~~TP53~~ c.527G>T p.(Cys176Phe) - VAF 48%", "small"),
           P(lab, "~~TMPRSS2~~::~~ERG~~ fusion (RNA)", "small"),
           P(lab, "~~PTEN~~ homozygous deletion", "small")]
    s.append(boxes(lab, [germ, som], [lab.width * 0.4, lab.width * 0.56], gap=lab.width * 0.04, border=lab.colour))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Germline findings", "h2"))
    s.append(P(lab, "No pathogenic or likely pathogenic germline variants were identified in the genes analyzed "
                    "(list on page 3), including ~~BRCA1~~, ~~BRCA2~~, ~~ATM~~, ~~CHEK2~~, ~~PALB2~~, ~~HOXB13~~ and "
                    "the mismatch repair genes."))
    s.append(P(lab, "**Note on BRCA2 c.9976A>T p.(Lys3326Ter).** This variant was detected in the heterozygous state "
                    "in the germline sample (and in the tumor at 50%). Although it creates a stop codon, it lies in the "
                    "last exon and does not abolish BRCA2 function; it is classified as benign for hereditary breast "
                    "and ovarian cancer and is not considered a pathogenic ~~BRCA2~~ variant. It is mentioned because "
                    "it may appear on other laboratories' reports. It does not confer eligibility for PARP inhibitor "
                    "therapy."))
    s.append(P(lab, "**Relatives.** A negative germline result does not rule out an inherited predisposition in the "
                    "family; the patient's brother may still be offered genetic counseling and testing on the basis of "
                    "his own history."))
    s.append(P(lab, "Somatic findings", "h2"))
    s.append(table(lab, ["Gene", "Alteration", "Tumor VAF / CN", "Origin", "Tier", "Therapy association"], [
        ["~~BRCA2~~", "c.7558C>T p.(Arg2520Ter)\nNM_000059.4, exon 15", "61% (LOH)", "Somatic", "I-A",
         "Olaparib; rucaparib; talazoparib + enzalutamide; niraparib + abiraterone"],
        ["~~AR~~", "Amplification", "CN 18", "Somatic", "II-C", "Associated with resistance to androgen-receptor "
         "pathway inhibitors (context-dependent)"],
        ["~~TP53~~", "c.527G>T p.(Cys176Phe)\nNM_000546.6, exon 5", "48%", "Somatic", "II-C", "Prognostic; no targeted therapy"],
        ["~~PTEN~~", "Homozygous deletion", "CN 0", "Somatic", "II-C", "AKT inhibitor trials"],
        ["~~TMPRSS2~~::~~ERG~~", "Fusion, TMPRSS2 exon 1 :: ERG exon 4", "RNA, 2,210 reads", "Somatic", "III",
         "No therapy association"],
        ["~~SPOP~~", "c.395A>G p.(Tyr132Cys)", "12%", "Somatic", "III", "VUS at low fraction"],
    ], [0.12, 0.26, 0.13, 0.1, 0.07, 0.32], grid="lines"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "**Signatures:** tumor mutational burden 3.1 mutations/Mb (low; high = 10 or more); "
                    "microsatellite stable; genomic instability score 47 (positive, threshold 42)."))
    s.append(PageBreak())
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "The tumor carries a somatic truncating ~~BRCA2~~ variant with loss of the remaining allele, "
                    "consistent with biallelic ~~BRCA2~~ inactivation and supported by an elevated genomic "
                    "instability score. This is the strongest predictor of benefit from PARP inhibitors in mCRPC; the "
                    "variant is absent from the germline sample and is therefore not heritable. ~~AR~~ amplification "
                    "is a common mechanism of progression under androgen deprivation. The benign germline ~~BRCA2~~ "
                    "p.(Lys3326Ter) is unrelated to the somatic finding."))
    s.append(P(lab, "Comparison with prior testing", "h3"))
    s.append(P(lab, "A plasma test at another laboratory in 2023 reportedly did not detect ~~BRCA2~~ alterations; "
                    "that report was not available to Tamsin Genetics and its result is not verified here."))
    s += tamsin_methods(lab, 312)
    s.append(PageBreak())
    s.append(P(lab, "Germline genes analyzed (36)", "h2"))
    s.append(P(lab, "No pathogenic or likely pathogenic variants were detected in any of the following genes.", "small"))
    s.append(gene_grid(lab, GERMLINE_36, 6, grid=True))
    s.append(Spacer(1, 10))
    s.append(P(lab, "Somatic panel: copy number calling thresholds", "h3"))
    s.append(table(lab, ["Call", "Estimated copy number (purity-adjusted)"], [
        ["Amplification", "8 or more (AR: 6 or more)"], ["Gain (not reported)", "3-7"], ["Homozygous deletion", "0"],
    ], [0.4, 0.6], grid="lines"))
    s.append(Spacer(1, 12))
    s.append(P(lab, "Reviewed and signed: Marguerite Oduya-Kessler, PhD, FACMG; Yusuf Al-Haddad, MD. 09/12/2024.", "small"))
    return s


# =====================================================================================
# 5820  Kestrel  -  infantile fibrosarcoma, ETV6::NTRK3

M5820 = dict(patient="Patient T", dob="01/09/2024", sex="Male", accession="KFD-24-1460", specimen_id="P24-0311 A3",
             received="05/02/2024", reported="05/08/2024", physician="Dr. O. Hartigan-Reyes",
             institution="Bayfield Children's Hospital", diagnosis="Infantile spindle cell tumor, thigh",
             product="FusionDetect RNA 64")


@report("5820", KESTREL, M5820, [
    L("NTRK", "fusion", "positive", ["ETV6::NTRK3"], alteration="ETV6-NTRK3"),
    L("NTRK", "expression", "positive", ["pan-TRK immunohistochemistry"]),
    L("ALK", "fusion", "negative", ["ALK"]),
    L("ROS1", "fusion", "negative", ["ROS1"]),
    L("RET", "fusion", "negative", ["RET"]),
    L("BRAF", "fusion", "negative", ["BRAF"]),
    L("NTRK", "fusion", "negative", ["NTRK1"], optional=True),
])
def r5820():
    lab = KESTREL
    s = []
    s.append(band(lab, [P(lab, "RESULT: POSITIVE - NTRK3 FUSION DETECTED", "white", fontSize=13, leading=16)],
                  fill=lab.colour))
    s.append(Spacer(1, 6))
    s.append(P(lab, "**Clinical/pathologic information (from requisition):** 4-month-old boy with a rapidly growing "
                    "mass of the left thigh. Core biopsy: cellular spindle cell neoplasm; differential includes "
                    "infantile fibrosarcoma. Pan-TRK IHC at the referring laboratory: diffuse positive.", "small"))
    s.append(table(lab, ["Fusion", "Breakpoint", "Unique junction reads", "Frame", "Interpretation"], [
        ["**ETV6::NTRK3**", "ETV6 exon 5 :: NTRK3 exon 15", "2,406", "In frame",
         "Pathognomonic fusion of infantile fibrosarcoma; oncogenic; predicts response to TRK inhibitors "
         "(larotrectinib, entrectinib, repotrectinib)."],
    ], [0.14, 0.25, 0.12, 0.1, 0.39], grid="box", zebra=False, head_bg=HX("#444444")))
    s.append(Spacer(1, 6))
    s.append(P(lab, "The result is concordant with the referring laboratory's pan-TRK immunohistochemistry (positive, "
                    "report P24-0311, clone EPR17341), which Kestrel has not reviewed.", "small"))
    s.append(P(lab, "Targets analyzed", "h2"))
    res = {"NTRK3": "**DETECTED** (ETV6::NTRK3)", "ETV6": "**DETECTED** (5' partner)"}
    rows = [[g, ex, res.get(g, "Not detected")] for g, ex in KESTREL_TARGETS]
    s.append(table(lab, ["Gene", "Exons targeted", "Result"], rows, [0.25, 0.4, 0.35], grid="lines"))
    s.append(Spacer(1, 4))
    s.append(table(lab, ["RNA QC metric", "Value", "Threshold"], [
        ["RNA input", "18 ng", "10 ng or more"], ["Housekeeping control reads", "96,511", "10,000 or more"],
        ["Tumor content (referring pathologist)", "80%", "5% or more"]], [0.5, 0.25, 0.25], grid="lines",
        head_bg=HX("#888888")))
    s.append(PageBreak())
    s.append(P(lab, "Comments", "h2"))
    s.append(P(lab, "ETV6::NTRK3 is present in the large majority of infantile fibrosarcomas and in congenital "
                    "mesoblastic nephroma (cellular type), secretory carcinoma of the breast and salivary gland, "
                    "and rare other tumors. TRK inhibitors are approved for NTRK fusion-positive solid tumors in "
                    "children and adults. This result does not address germline status; NTRK fusions are somatic "
                    "events.", "small"))
    s.append(P(lab, "Because an ETV6::NTRK3-negative infantile fibrosarcoma may harbor alternative kinase fusions "
                    "(e.g. involving NTRK1, BRAF, MET or RET), the complete target list is shown even when a fusion is "
                    "detected.", "small"))
    s += kestrel_methods(lab, "18 ng", "2.4 million")
    s.append(Spacer(1, 10))
    s.append(P(lab, "Electronically signed 05/08/2024 by Grace Whitfield-Obi, PhD, DABMGG, Laboratory Director.", "small"))
    return s
