"""Reports 5801-5810."""
from __future__ import annotations

from common import *  # noqa: F401,F403
from genes import PANEL, neg_labels, without
from labs import BLUEFEN, CORVID, HALDEN, MERIDIAN, NORTHGATE, OSTRANDER, PELICAN, AUREL, TAMSIN, KESTREL

HX = colors.HexColor


# =====================================================================================
# Meridian Genomics boilerplate (shared by the lab's reports, as a lab's would be)

def meridian_methods(lab, *, dna_ng, coverage, tumor_pct, extra=None):
    s = []
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "**Specimen processing.** Tumor-enriched areas were marked by a Meridian pathologist on an "
                    "H&E-stained section and macrodissected from unstained formalin-fixed, paraffin-embedded (FFPE) "
                    f"sections. Extracted DNA ({dna_ng}) was quantified fluorometrically and sheared enzymatically.", "small"))
    s.append(P(lab, "**Sequencing.** Hybrid-capture libraries targeting the exons of 400 cancer-related genes, selected "
                    "introns of 31 genes commonly rearranged in cancer, and 1,200 microsatellite loci were sequenced on "
                    f"a high-throughput platform to a median unique depth of {coverage}.", "small"))
    s.append(P(lab, "**Analysis.** Reads were aligned to GRCh38. Substitutions and short insertions/deletions are called "
                    "down to 5% variant allele fraction (VAF) at 250x or greater; copy-number changes are called from "
                    "normalized depth adjusted for tumor purity and ploidy. Tumor mutational burden (TMB) counts "
                    "non-synonymous somatic coding variants per megabase of coding sequence after removal of known "
                    "germline polymorphisms; TMB-High is reported at 10 Muts/Mb or more. Microsatellite status is "
                    "inferred from length distributions at the microsatellite loci (MSI-High when 20% or more of "
                    "evaluable loci are unstable).", "small"))
    s.append(P(lab, "**Tiering.** Variants are tiered according to the joint AMP/ASCO/CAP guideline: Tier I (strong "
                    "clinical significance, levels A-B), Tier II (potential clinical significance, levels C-D), Tier "
                    "III (unknown significance). Tier IV (benign or likely benign) variants are not reported.", "small"))
    if extra:
        s.append(P(lab, extra, "small"))
    s.append(P(lab, "Limitations", "h3"))
    s.append(P(lab, f"Estimated tumor content of the analyzed tissue was {tumor_pct}. Variants below the limit of "
                    "detection, large rearrangements with breakpoints outside the baited introns, and epigenetic "
                    "events (e.g. promoter methylation) are not detected. This test does not distinguish germline "
                    "from somatic variants with certainty; a variant near 50% or 100% VAF may be inherited. "
                    "Findings should be interpreted in the context of all available clinical and pathologic data.", "small"))
    return s


def meridian_signoff(lab, who, date):
    return [Spacer(1, 6), rule(lab, HX("#bbbbbb"), 0.4),
            P(lab, f"Electronically signed by {who}, {date}. This test was developed and its performance "
                   "characteristics determined by Meridian Genomics. It has not been cleared or approved by the U.S. "
                   "Food and Drug Administration; such clearance is not required for laboratory-developed tests "
                   "performed in a CLIA-certified laboratory.", "tiny")]


# =====================================================================================
# 5801  Meridian  -  lung adenocarcinoma, tissue CGP

M5801 = dict(patient="Patient A", dob="03/14/1958", sex="Male", order="MG-24-118734", reported="04/22/2024",
             specimen="Lung, RUL core biopsy", collected="04/02/2024", received="04/05/2024",
             physician="Dr. L. Farrow-Quist", diagnosis="Lung adenocarcinoma", product="MeridianDx OncoPanel 400 (DNA)")

NEG5801 = without(["ALK", "BRAF", "BRCA1", "BRCA2", "HRAS", "IDH1", "IDH2", "KRAS", "NRAS", "NTRK1", "NTRK2",
                   "NTRK3", "PIK3CA", "RET", "STK11", "KEAP1", "SMARCA4", "NF1", "MAP2K1", "PTEN", "RB1",
                   "FGFR1", "FGFR2", "FGFR3", "MLH1", "MSH2", "MSH6", "PMS2", "POLE", "NKX2-1", "RICTOR",
                   "CCND1", "MDM2", "MYC", "SMAD4", "ARID1A"])


@report("5801", MERIDIAN, M5801, [
    L("EGFR", "mutation", "positive", ["p.Leu858Arg", "EGFR L858R"], alteration="L858R"),
    L("TP53", "mutation", "positive", "p.Arg273His", alteration="R273H"),
    L("TMB", "signature", "negative", "3.8 Muts/Mb", value="3.8 mut/Mb"),
    L("MSI", "signature", "negative", "MS-Stable"),
    L("KRAS", "mutation", "negative", "no KRAS, BRAF or ERBB2 mutation"),
    L("BRAF", "mutation", "negative", "no KRAS, BRAF or ERBB2 mutation"),
    L("HER2", "mutation", "negative", "no KRAS, BRAF or ERBB2 mutation"),
    L("ALK", "fusion", "negative", "no ALK, ROS1, RET or NTRK1/2/3 rearrangement"),
    L("ROS1", "fusion", "negative", "no ALK, ROS1, RET or NTRK1/2/3 rearrangement"),
    L("RET", "fusion", "negative", "no ALK, ROS1, RET or NTRK1/2/3 rearrangement"),
    L("NTRK", "fusion", "negative", "no ALK, ROS1, RET or NTRK1/2/3 rearrangement"),
    L("MET", "mutation", "negative", "MET exon 14 splice-site alteration", alteration="exon 14 skipping"),
    L("MET", "amplification", "negative", "or MET amplification was identified"),
] + neg_labels(NEG5801, skip=("KRAS", "BRAF")))
def r5801():
    lab = MERIDIAN
    s = []
    s.append(P(lab, "Summary of Results", "h1"))
    s.append(band(lab, [
        P(lab, "**2 genomic findings** with therapeutic or prognostic relevance  |  **2 biomarker findings**  |  "
               "3 variants of uncertain significance (listed on page 3)", "body"),
        P(lab, "Sample passed all quality metrics. Tumor purity (computational): 38%.", "small")]))
    s.append(Spacer(1, 8))
    tmb_box = [P(lab, "TUMOR MUTATIONAL BURDEN", "tdb", textColor=lab.colour),
               P(lab, "**3.8 Muts/Mb**", "body", fontSize=13, leading=16),
               hgauge(lab, lab.width / 3 - 20, 3.8, 0, 40, cut=10, bands=[(0, 10, HX("#cfe3e0")), (10, 40, HX("#f2c6b6"))],
                      tick_step=10),
               P(lab, "TMB-Low. Laboratory cut-off for TMB-High: 10 Muts/Mb. 31st percentile among lung "
                      "adenocarcinomas tested at Meridian.", "tiny")]
    msi_box = [P(lab, "MICROSATELLITE STATUS", "tdb", textColor=lab.colour),
               P(lab, "**MS-Stable**", "body", fontSize=13, leading=16),
               P(lab, "MSI-High not detected. 3 of 1,184 evaluable loci unstable (0.3%); reference range for "
                      "MSS samples 0-10%.", "tiny")]
    pdl1_box = [P(lab, "PD-L1 (IHC)", "tdb", textColor=lab.colour),
                P(lab, "**Not evaluated**", "body", fontSize=13, leading=16),
                P(lab, "PD-L1 immunohistochemistry was not part of this order. If required, request 22C3 testing on "
                       "a separate block.", "tiny")]
    s.append(boxes(lab, [tmb_box, msi_box, pdl1_box], border=lab.accent))
    s.append(Spacer(1, 10))
    s.append(P(lab, "Genomic Findings and Associated Therapies", "h2"))
    s.append(table(lab, ["Genomic finding", "Approved therapies in patient's tumor type",
                         "Approved therapies in other tumor types", "Clinical trials"], [
        ["**EGFR**\nL858R", "Osimertinib\nErlotinib\nGefitinib\nAfatinib\nDacomitinib\nAmivantamab + lazertinib",
         "None", "4 trials (page 4)"],
        ["**TP53**\nR273H", "None", "None", "1 trial (page 4)"],
        ["**CDKN2A**\nloss", "None", "None", "2 trials (page 4)"],
    ], [0.18, 0.32, 0.25, 0.25], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "**Relevant negatives in lung adenocarcinoma:** no ~~KRAS~~, ~~BRAF~~ or ~~ERBB2~~ mutation; no "
                    "~~ALK~~, ~~ROS1~~, ~~RET~~ or ~~NTRK1/2/3~~ rearrangement; no ~~MET~~ exon 14 splice-site "
                    "alteration or ~~MET~~ amplification was identified in this sample.", "small"))
    s.append(P(lab, "Therapies are listed in alphabetical order within evidence level; they are not ranked by "
                    "expected efficacy. Drug availability, coverage and eligibility are determined by the treating "
                    "physician.", "tiny"))
    s.append(PageBreak())
    # page 2 detail
    s.append(P(lab, "Genomic Findings - Detail", "h1"))
    s.append(table(lab, ["Gene", "Alteration", "Coding change", "Exon", "Transcript", "VAF / CN", "Tier"], [
        ["~~EGFR~~", "p.Leu858Arg", "c.2573T>G", "21", "NM_005228.5", "31.2%", "Tier I, Level A"],
        ["~~TP53~~", "p.Arg273His", "c.818G>A", "8", "NM_000546.6", "44.7%", "Tier II, Level C"],
        ["~~CDKN2A~~", "Homozygous deletion (loss of exons 1-3)", "-", "1-3", "NM_000077.5", "CN 0", "Tier II, Level C"],
    ], [0.1, 0.22, 0.14, 0.07, 0.15, 0.11, 0.21]))
    s.append(Spacer(1, 8))
    s.append(P(lab, "EGFR L858R", "h3"))
    s.append(P(lab, "The ~~EGFR~~ exon 21 substitution p.Leu858Arg lies in the activation loop of the kinase domain "
                    "and is one of the two most common sensitizing alterations in non-small cell lung cancer. It is "
                    "detected here at 31.2% VAF, consistent with a clonal event given the estimated purity. "
                    "First-line osimertinib is supported by phase III data in EGFR-mutated NSCLC. Acquired resistance "
                    "to third-generation inhibitors is commonly mediated by on-target changes such as C797S or by "
                    "bypass signaling, including MET amplification; repeat profiling at progression (tissue or "
                    "plasma) may identify these events.", "bodyj"))
    s.append(P(lab, "TP53 R273H", "h3"))
    s.append(P(lab, "p.Arg273His is a DNA-contact hotspot substitution that abrogates transcriptional activity. "
                    "~~TP53~~ co-mutation has been associated with shorter progression-free survival on EGFR tyrosine "
                    "kinase inhibitors in retrospective series. No approved therapy targets ~~TP53~~ alterations.", "bodyj"))
    s.append(P(lab, "CDKN2A loss", "h3"))
    s.append(P(lab, "Homozygous deletion of ~~CDKN2A~~ (copy number 0) removes p16INK4a and p14ARF. CDK4/6 inhibitors "
                    "are under investigation in this setting; there is no approved indication in lung cancer.", "bodyj"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Sample Quality", "h2"))
    s.append(table(lab, ["Metric", "Result", "Acceptance"], [
        ["DNA input", "68 ng", "50 ng or more"],
        ["Median unique coverage", "842x", "500x or more"],
        ["Targets at 250x or more", "97.1%", "90% or more"],
        ["Tumor content (pathologist)", "40%", "20% or more"],
        ["Computational purity", "38%", "-"],
    ], [0.45, 0.25, 0.3], grid="box", zebra=False))
    s.append(PageBreak())
    # page 3
    s.append(P(lab, "Variants of Uncertain Significance", "h1"))
    s.append(P(lab, "The following variants were detected but their clinical significance is not known at this "
                    "time. They are listed for completeness and should not be used for clinical decision making. "
                    "Reclassification requests may be sent to the laboratory.", "small"))
    s.append(table(lab, ["Gene", "Alteration", "Coding change", "Transcript", "VAF", "Note"], [
        ["~~ATM~~", "p.Ser1691Arg", "c.5071A>C", "NM_000051.4", "48.9%", "VAF near 50%; germline origin possible"],
        ["~~ERBB2~~", "p.Pro1170Ala", "c.3508C>G", "NM_004448.4", "51.3%", "Population polymorphism, reported for completeness"],
        ["~~ROS1~~", "p.Gln1984Glu", "c.5950C>G", "NM_002944.3", "12.4%", "Outside kinase domain"],
    ], [0.1, 0.16, 0.14, 0.16, 0.09, 0.35], grid="lines"))
    s.append(Spacer(1, 10))
    s.append(P(lab, "Genes with No Reportable Alterations", "h2"))
    s.append(P(lab, "Genes below were sequenced at adequate depth in this sample and had no reportable alterations "
                    "(Tier I-III). Only genes most frequently queried for this tumor type are shown; the complete "
                    "gene list is in the appendix.", "small"))
    s.append(gene_grid(lab, NEG5801, 6, grid=True))
    s.append(Spacer(1, 10))
    s += meridian_methods(lab, dna_ng="68 ng", coverage="842x", tumor_pct="40%")
    s.append(PageBreak())
    s.append(P(lab, "Clinical Trials", "h1"))
    s.append(P(lab, "Trials are selected by genomic finding and tumor type from public registries as of the report "
                    "date; enrollment criteria, including prior therapies, are set by each study. The list does not "
                    "imply that the patient is eligible.", "small"))
    s.append(table(lab, ["Gene", "Study", "Phase", "Sites near ordering facility"], [
        ["EGFR", "MGT-2291: A study of an EGFR/MET bispecific antibody plus chemotherapy after progression on "
                 "osimertinib in EGFR-mutated NSCLC", "2", "Harbor City, 14 mi"],
        ["EGFR", "MGT-3307: Fourth-generation EGFR inhibitor targeting C797S-bearing tumors", "1/2", "Lakeview, 38 mi"],
        ["EGFR", "MGT-1840: Osimertinib with or without local consolidative radiotherapy", "3", "Harbor City, 14 mi"],
        ["EGFR", "MGT-4415: Antibody-drug conjugate versus platinum doublet after EGFR TKI", "3", "Three sites in state"],
        ["TP53", "MGT-0928: Small-molecule reactivator of mutant p53 in solid tumors", "1", "Out of state"],
        ["CDKN2A", "MGT-2756: CDK4/6 inhibitor combined with a MEK inhibitor in KRAS- or NRAS-mutant tumors", "1b", "Lakeview, 38 mi"],
        ["CDKN2A", "MGT-3102: Basket study of CDK4/6 inhibition in tumors with CDKN2A loss", "2", "Out of state"],
    ], [0.1, 0.6, 0.08, 0.22]))
    s.append(Spacer(1, 8))
    s.append(P(lab, "References", "h2"))
    for ref in [
        "1. Anderholm K, et al. Osimertinib in untreated EGFR-mutated advanced NSCLC: final overall survival. J Thorac Oncol Res. 2021;9:112-124.",
        "2. Ruiz-Tanaka P, et al. TP53 co-mutation and outcomes on EGFR inhibitors. Lung Cancer Genomics. 2020;4:55-63.",
        "3. Meridian Genomics validation summary, OncoPanel 400, version 3.2 (available on request).",
        "4. Lindqvist A, Otieno J. Standards for interpreting somatic sequence variants in cancer. Mol Path Stand. 2017;2:4-23.",
    ]:
        s.append(P(lab, ref, "tiny"))
    s.append(Spacer(1, 8))
    s += meridian_signoff(lab, "Rebecca Okonjo-Hale, MD, PhD, Laboratory Director", "04/22/2024 16:42 ET")
    s.append(PageBreak())
    s.append(P(lab, "Understanding This Report", "h1"))
    gl = [("Variant allele fraction (VAF)", "Percentage of sequencing reads carrying a variant. VAF depends on tumor "
           "purity and copy number; it is not the percentage of tumor cells with the variant."),
          ("Tier I / Tier II", "Alterations with strong (I) or potential (II) clinical significance under the AMP/ASCO/CAP "
           "guideline. Only these appear under Genomic Findings."),
          ("Tier III (VUS)", "Variants of uncertain significance. They are not used for treatment decisions."),
          ("TMB", "Tumor mutational burden, in mutations per megabase (Muts/Mb). Meridian reports TMB-High at 10 Muts/Mb "
           "or more. Typical ranges: most adenocarcinomas of the lung 2-15 Muts/Mb; melanoma often above 20 Muts/Mb."),
          ("MSI", "Microsatellite instability. MSI-High tumors have defective mismatch repair; MS-Stable tumors do not. "
           "MSI-Low is reported as MS-Stable."),
          ("Relevant negatives", "Genes or alterations commonly tested in the patient's tumor type that were examined "
           "and not found."),
          ("Copy number (CN)", "Estimated number of copies of a gene per tumor cell, adjusted for purity. CN 0 = "
           "homozygous deletion; amplification is called at CN 6 or more for most oncogenes."),
          ("Levels A-D", "Evidence levels: A, approved therapy or guideline in this tumor type; B, well-powered studies; "
           "C, approved in another tumor type or small studies; D, preclinical or case reports.")]
    s.append(table(lab, ["Term", "Meaning"], gl, [0.25, 0.75], grid="lines", zebra=True))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Appendix: Genes Assayed (DNA)", "h2"))
    s.append(P(lab, "Listing a gene here indicates that it is covered by the assay, not that it was altered or normal "
                    "in this specimen.", "tiny"))
    s.append(gene_grid(lab, PANEL, 10, style="tiny", italic=False))
    s.append(P(lab, "Rearrangements are detected in selected introns of: ALK, BCR, BRAF, EGFR, ETV4, ETV5, ETV6, EWSR1, "
                    "FGFR1, FGFR2, FGFR3, KIT, MET, MYB, NOTCH2, NRG1, NTRK1, NTRK2, NTRK3, PDGFRA, RAF1, RARA, RET, "
                    "ROS1, TMPRSS2.", "tiny"))
    return s


# =====================================================================================
# Halden Regional Genetics Laboratory boilerplate

def halden_authorise(lab, reporter, authoriser, date):
    t = table(lab, None, [[f"Reported by: {reporter}", f"Authorised by: {authoriser}", f"Date authorised: {date}"]],
              [0.36, 0.4, 0.24], grid="outer", zebra=False)
    return [Spacer(1, 8), t,
            P(lab, "Variants are described according to HGVS nomenclature and classified using the ACGS best practice "
                   "guidelines (class 5 pathogenic, 4 likely pathogenic, 3 uncertain significance, 2 likely benign, "
                   "1 benign). Class 1 and 2 variants are not reported. This laboratory is accredited to ISO 15189 "
                   "(UKAS ref. 9902); the scope of accreditation is available on request.", "tiny")]


def halden_section(lab, title):
    t = Table([[P(lab, title, "white")]], colWidths=[lab.width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), lab.colour), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 6), t, Spacer(1, 3)]


# =====================================================================================
# 5802  Halden  -  colorectal hotspot panel, low tumour content

M5802 = dict(patient="Patient B", dob="22/07/1966", sex="Female", mrn="H4471902", accession="M24.04112",
             specimen_id="H24-18833 A4", physician="Mr D. Okafor", location="Colorectal MDT",
             received="11/03/2024", reported="19/03/2024", title="MOLECULAR PATHOLOGY REPORT")


@report("5802", HALDEN, M5802, [
    L("KRAS", "mutation", "positive", ["c.35G>A p.(Gly12Asp)"], alteration="G12D"),
    L("NRAS", "mutation", "negative", ["No NRAS or BRAF mutation was detected"]),
    L("BRAF", "mutation", "negative", ["No NRAS or BRAF mutation was detected"]),
    L("BRAF", "mutation", "positive", ["BRAF p.(Val600Glu) mutation was reported"], alteration="V600E", optional=True),
])
def r5802():
    lab = HALDEN
    s = []
    s += halden_section(lab, "Clinical details")
    s.append(P(lab, "Adenocarcinoma of the sigmoid colon, pT3 pN1b, resected 27/02/2024. Synchronous liver lesions on "
                    "staging CT. RAS and BRAF status requested by the colorectal MDT (08/03/2024) to guide first-line "
                    "systemic treatment."))
    s += halden_section(lab, "Sample")
    s.append(kv(lab, [("Material", "FFPE block A4, sigmoid colectomy (H24-18833)"),
                      ("Tumour cellularity", "approximately 15% in the marked area (macrodissected)"),
                      ("DNA concentration", "4.1 ng/µL (adequate)"),
                      ("Test", "Colorectal hotspot panel v2 (KRAS, NRAS, BRAF)")], [0.25, 0.75]))
    s += halden_section(lab, "Result")
    res = table(lab, ["Gene", "Region analysed", "Result", "Variant allele frequency"], [
        ["~~KRAS~~", "Exons 2, 3 and 4 (codons 12, 13, 59, 61, 117, 146)",
         "**Mutation detected**\nc.35G>A p.(Gly12Asp)", "9%"],
        ["~~NRAS~~", "Exons 2, 3 and 4 (codons 12, 13, 59, 61, 117, 146)", "No mutation detected", "-"],
        ["~~BRAF~~", "Exon 15 (codons 594-601)", "No mutation detected", "-"],
    ], [0.12, 0.38, 0.32, 0.18], grid="box", zebra=False, head_bg=lab.light, head_style="tdb")
    s.append(res)
    s.append(Spacer(1, 6))
    s.append(band(lab, [P(lab, "**Interpretation.** A pathogenic ~~KRAS~~ variant (class 5) was detected in this "
                              "tumour. ~~RAS~~-mutant colorectal cancers are not expected to benefit from anti-EGFR "
                              "monoclonal antibodies (cetuximab, panitumumab). No NRAS or BRAF mutation was detected "
                              "in the regions analysed.")], border=lab.colour, fill=colors.white))
    s += halden_section(lab, "Comments")
    s.append(P(lab, "1. **Low tumour content.** The marked area contained approximately 15% tumour cells. The panel "
                    "detects variants present at 5% variant allele frequency or above (limit of detection 5% mutant "
                    "allele at 500x minimum read depth). A variant present only in a subclone below this level "
                    "would not be detected; the negative ~~NRAS~~ and ~~BRAF~~ results should be read with this "
                    "in mind. The ~~KRAS~~ variant allele frequency (9%) is consistent with a heterozygous "
                    "clonal variant at this tumour content."))
    s.append(P(lab, "2. Mismatch repair immunohistochemistry on this resection is reported separately by Cellular "
                    "Pathology (H24-18833) and is not part of this report."))
    s.append(P(lab, "3. For information: a BRAF p.(Val600Glu) mutation was reported by this laboratory in 2021 "
                    "(M21.0877) on a caecal adenocarcinoma resected from this patient, which the MDT regarded as a "
                    "separate primary. It has no bearing on the present result."))
    s.append(P(lab, "4. HER2 (~~ERBB2~~) amplification is not assessed by this panel. If anti-HER2 therapy is being "
                    "considered, please request HER2 immunohistochemistry."))
    s.append(PageBreak())
    s += halden_section(lab, "Method")
    s.append(P(lab, "DNA was extracted from macrodissected 10 µm FFPE sections (QIAsymphony-type automated "
                    "extraction) and analysed by targeted amplicon next-generation sequencing. Reads were aligned to "
                    "GRCh38 and variants called with the laboratory's validated pipeline (v4.2). Reference "
                    "sequences: ~~KRAS~~ NM_004985.5, ~~NRAS~~ NM_002524.5, ~~BRAF~~ NM_004333.6. Minimum read depth "
                    "for reporting: 500x. All targeted codons in this sample were covered at 500x or more "
                    "(minimum 1,120x)."))
    s.append(P(lab, "Hotspots covered by the panel", "h3"))
    s.append(table(lab, ["Gene", "Exon", "Codons covered"], [
        ["KRAS", "2", "12, 13"], ["KRAS", "3", "59, 61"], ["KRAS", "4", "117, 146"],
        ["NRAS", "2", "12, 13"], ["NRAS", "3", "59, 61"], ["NRAS", "4", "117, 146"],
        ["BRAF", "15", "594, 596, 597, 600, 601"],
    ], [0.2, 0.2, 0.6], grid="box", zebra=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "This assay does not detect variants outside the listed codons, gene amplifications, or "
                    "rearrangements. A negative result does not exclude a variant below the limit of detection.", "small"))
    s += halden_authorise(lab, "J. Oyelaran, Clinical Scientist", "Dr E. Marchetti-Byrne, Consultant Clinical Scientist",
                          "19/03/2024")
    return s


# =====================================================================================
# Corvid boilerplate

def corvid_methods(lab, *, genes, input_ng, depth, extra=()):
    s = [P(lab, "Methods and Performance", "h2")]
    s.append(P(lab, f"Cell-free DNA was isolated from plasma separated within 72 hours of collection (two 10 mL "
                    f"preservative tubes). {input_ng} of cfDNA was used to prepare molecular-barcoded libraries that "
                    f"were enriched by hybrid capture for the complete coding regions or hotspot regions of {genes} "
                    f"genes and sequenced to a median raw depth of {depth}. Consensus reads were aligned to GRCh38.", "small"))
    s.append(P(lab, "**Reportable range and sensitivity.** Single-nucleotide variants: 0.1% allele fraction and above "
                    "(analytical sensitivity 95% at 0.25%); insertions and deletions: 0.2% and above; fusions in "
                    "ALK, ROS1, RET, NTRK1 and FGFR2/3: 0.2% and above; focal amplifications of EGFR, ERBB2, MET, "
                    "CCNE1 and CDK4/6 at a plasma copy number of 2.1 or greater. Specificity per sample for SNVs "
                    "exceeds 99.999%. These figures describe the assay, not this sample.", "small"))
    s.append(P(lab, "**Clonal hematopoiesis.** Variants in genes frequently mutated in blood cells (e.g. DNMT3A, "
                    "TET2, ASXL1, PPM1D, and some TP53 variants at low fraction) are flagged when their pattern is "
                    "more consistent with clonal hematopoiesis than with tumor origin. White blood cells were not "
                    "sequenced, so the origin of a flagged variant cannot be proven.", "small"))
    for x in extra:
        s.append(P(lab, x, "small"))
    s.append(P(lab, "**Limitations.** A result of 'not detected' does not exclude the alteration in the tumor: ctDNA "
                    "shedding varies by tumor type, burden and site. Percent cfDNA is the fraction of unique cfDNA "
                    "molecules carrying the variant and is not a tumor fraction. Plasma copy number is diluted by "
                    "non-tumor cfDNA and is not comparable to tissue copy number. Germline variants are not reported "
                    "unless incidentally identified with clinical significance.", "small"))
    return s


def corvid_sign(lab, who, date):
    return [Spacer(1, 6), P(lab, f"Report reviewed and approved by {who} on {date}. This laboratory-developed test was "
                                 "validated by Corvid Liquid Diagnostics; it has not been cleared or approved by the FDA.",
                            "tiny")]


# =====================================================================================
# 5803  Corvid  -  NSCLC plasma at progression on osimertinib

M5803 = dict(patient="Patient C", dob="09/30/1961", sex="Female", accession="CLD-24-006218", collected="05/06/2024",
             received="05/08/2024", reported="05/15/2024", product="CorvidSeq Plasma 80", physician="Dr. M. Santangelo",
             institution="Lakeshore Cancer Institute", status="Final")


@report("5803", CORVID, M5803, [
    L("EGFR", "mutation", "positive", ["p.Glu746_Ala750del", "Exon 19 deletion"], alteration="E746_A750del"),
    L("EGFR", "mutation", "positive", ["p.Cys797Ser"], alteration="C797S"),
    L("MET", "amplification", "positive", ["MET Amplification", "CN 3.1"], alteration="amplification"),
    L("TP53", "mutation", "positive", ["p.Arg248Gln"], alteration="R248Q"),
    L("MSI", "signature", "negative", ["MSI-High: Not detected"]),
    L("EGFR", "mutation", "negative", ["EGFR T790M"], alteration="T790M"),
    L("ALK", "fusion", "negative", ["ALK fusions"]),
    L("ROS1", "fusion", "negative", ["ROS1 fusions"]),
    L("RET", "fusion", "negative", ["RET fusions"]),
    L("KRAS", "mutation", "negative", ["KRAS G12C"], alteration="G12C"),
    L("BRAF", "mutation", "negative", ["BRAF V600E"], alteration="V600E"),
    L("HER2", "mutation", "negative", ["ERBB2 exon 20 insertions"], alteration="exon 20 insertion"),
    L("MET", "mutation", "negative", ["MET exon 14 skipping"], alteration="exon 14 skipping"),
    L("PIK3CA", "mutation", "positive", ["p.Glu545Lys"], alteration="E545K", optional=True),
    L("PIK3CA", "mutation", "negative", ["PIK3CA E545K"], alteration="E545K"),
    L("PD-L1", "expression", "positive", ["PD-L1 (22C3) TPS 5%"], percent=5, optional=True),
])
def r5803():
    lab = CORVID
    s = []
    s.append(band(lab, [P(lab, "**ctDNA DETECTED**   Highest somatic variant fraction: 4.2% cfDNA", "body", fontSize=11, leading=14,
                          textColor=lab.colour),
                        P(lab, "Non-small cell lung cancer (adenocarcinoma), stage IVB. Progression on first-line "
                               "osimertinib after 14 months. Plasma submitted to evaluate resistance mechanisms.", "small")]))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Tumor-derived alterations", "h2"))
    s.append(table(lab, ["Alteration", "% cfDNA or copy number", "Associated therapies (NSCLC)", "Comment"], [
        ["**EGFR** Exon 19 deletion\n(E746_A750del)", "4.2%", "Osimertinib, erlotinib, gefitinib, afatinib, "
         "dacomitinib, amivantamab + chemotherapy", "Founder (truncal) alteration"],
        ["**EGFR** C797S", "0.6%", "Resistance to osimertinib", "Emergent since prior test"],
        ["**MET** Amplification", "Plasma copy number 3.1", "MET inhibitor + osimertinib (clinical trials)",
         "Emergent since prior test"],
        ["**TP53** R248Q", "3.8%", "None", "-"],
    ], [0.27, 0.17, 0.33, 0.23], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(vaf_bars(lab, lab.width * 0.75, [("EGFR exon 19 del", 4.2), ("TP53 R248Q", 3.8), ("EGFR C797S", 0.6)],
                      maxv=5))
    s.append(P(lab, "Bars show % cfDNA for sequence variants; amplifications are not plotted.", "tiny"))
    s.append(Spacer(1, 6))
    other = [P(lab, "OTHER BIOMARKERS", "tdb", textColor=lab.colour),
             P(lab, "MSI-High: Not detected", "small"),
             P(lab, "Blood TMB: Not evaluated (panel size below 1 Mb)", "small")]
    ch = [P(lab, "NOT REPORTED AS TUMOR-DERIVED", "tdb", textColor=lab.colour),
          P(lab, "2 variants consistent with clonal hematopoiesis (page 2)", "small"),
          P(lab, "No germline findings of clinical significance", "small")]
    s.append(boxes(lab, [other, ch], fill=lab.light, border=lab.light))
    s.append(PageBreak())
    s.append(P(lab, "Detailed Results", "h1"))
    s.append(table(lab, ["Gene", "Protein change", "cDNA change", "Exon", "Transcript", "% cfDNA", "Classification"], [
        ["EGFR", "p.Glu746_Ala750del", "c.2235_2249del", "19", "NM_005228.5", "4.2", "Pathogenic"],
        ["EGFR", "p.Cys797Ser", "c.2390G>C", "20", "NM_005228.5", "0.6", "Pathogenic (resistance). Phase with exon 19 "
         "deletion could not be determined"],
        ["MET", "Amplification", "-", "-", "NM_000245.4", "CN 3.1", "Pathogenic"],
        ["TP53", "p.Arg248Gln", "c.743G>A", "7", "NM_000546.6", "3.8", "Pathogenic"],
    ], [0.08, 0.19, 0.15, 0.06, 0.14, 0.09, 0.29]))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Variants consistent with clonal hematopoiesis", "h3"))
    s.append(P(lab, "The following variants are interpreted as likely arising from blood cells rather than the tumor. "
                    "They are not included in the tumor-derived results above and are not a basis for therapy selection.",
               "small"))
    s.append(table(lab, ["Gene", "Protein change", "% cfDNA", "Basis"], [
        ["DNMT3A", "p.Arg882His", "1.1", "Canonical clonal hematopoiesis hotspot"],
        ["TET2", "p.Gln1034Ter", "0.7", "Gene and allele fraction typical of clonal hematopoiesis"],
    ], [0.15, 0.25, 0.12, 0.48], grid="lines", head_bg=lab.accent))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Relevant alterations not detected", "h3"))
    nd = [["EGFR T790M", "Not detected"], ["ALK fusions", "Not detected"], ["ROS1 fusions", "Not detected"],
          ["RET fusions", "Not detected"], ["KRAS G12C", "Not detected"], ["BRAF V600E", "Not detected"],
          ["ERBB2 exon 20 insertions", "Not detected"], ["MET exon 14 skipping", "Not detected"]]
    half = len(nd) // 2
    t1 = table(lab, ["Alteration", "Result"], nd[:half], [lab.width * 0.3, lab.width * 0.18], grid="lines")
    t2 = table(lab, ["Alteration", "Result"], nd[half:], [lab.width * 0.3, lab.width * 0.18], grid="lines")
    pair = Table([[t1, "", t2]], colWidths=[lab.width * 0.48, lab.width * 0.04, lab.width * 0.48])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(pair)
    s.append(Spacer(1, 8))
    s.append(P(lab, "Interpretation", "h2"))
    s.append(P(lab, "The founder ~~EGFR~~ exon 19 deletion remains detectable, confirming ctDNA shedding. Two "
                    "alterations not seen in the previous Corvid test are present: the on-target ~~EGFR~~ C797S "
                    "substitution and ~~MET~~ amplification, both recognized mechanisms of acquired resistance to "
                    "osimertinib. Combination strategies targeting ~~EGFR~~ and ~~MET~~ are under evaluation in "
                    "clinical trials; the treating physician may consider tissue confirmation of ~~MET~~ "
                    "amplification (FISH or IHC) where trial eligibility requires it. Histologic transformation "
                    "(e.g. to small cell carcinoma) cannot be assessed by plasma testing.", "bodyj"))
    s.append(PageBreak())
    s.append(P(lab, "Longitudinal Results", "h1"))
    s.append(P(lab, "Results of the patient's earlier Corvid plasma tests are shown for comparison. Values are % cfDNA "
                    "(sequence variants) or plasma copy number (amplifications). ND = not detected.", "small"))
    s.append(table(lab, ["Alteration", "02/21/2023\nCLD-23-001147\n(pre-treatment)", "11/14/2023\nCLD-23-008802\n(on osimertinib)",
                         "05/06/2024\nCLD-24-006218\n(this report)"], [
        ["EGFR exon 19 deletion", "12.1", "0.3", "4.2"],
        ["TP53 R248Q", "9.6", "ND", "3.8"],
        ["PIK3CA E545K", "0.4", "ND", "ND"],
        ["EGFR C797S", "ND", "ND", "0.6"],
        ["MET amplification", "ND", "ND", "3.1"],
        ["EGFR T790M", "ND", "ND", "ND"],
    ], [0.34, 0.22, 0.22, 0.22], grid="box", zebra=True))
    s.append(Spacer(1, 4))
    s.append(P(lab, "The ~~PIK3CA~~ p.Glu545Lys variant (c.1633G>A) detected at low level before treatment has not "
                    "been detected since. Changes in % cfDNA between tests reflect both tumor burden and "
                    "pre-analytical factors and should not be used alone to assess response.", "small"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Tissue results provided with the requisition", "h3"))
    s.append(P(lab, "Referring pathology report (right lower lobe biopsy, 01/2023, outside laboratory): ~~EGFR~~ exon 19 "
                    "deletion detected by PCR; PD-L1 (22C3) TPS 5%. These results were not generated or reviewed by "
                    "Corvid and are listed as provided.", "small"))
    s.append(Spacer(1, 6))
    s += corvid_methods(lab, genes=80, input_ng="32 ng", depth="18,400x",
                        extra=["**Sample QC.** cfDNA yield 41 ng; 32 ng used. Unique molecular depth (median) 3,150x. "
                               "All QC metrics passed."])
    s.append(Spacer(1, 6))
    s.append(P(lab, "Selected references", "h3"))
    for r in ["Okafor-Lund T, et al. Mechanisms of acquired resistance to first-line osimertinib. Thorac Oncol Rev. 2022;7:201-213.",
              "Hasegawa M, Brennan D. Plasma genotyping concordance with tissue in advanced NSCLC. Liquid Biopsy J. 2021;3:44-52.",
              "Corvid Liquid Diagnostics. CorvidSeq Plasma 80 analytical validation, rev. F (on file)."]:
        s.append(P(lab, r, "tiny"))
    s += corvid_sign(lab, "Anjali Rao-Whitcombe, MD, Medical Director", "05/15/2024")
    return s


# =====================================================================================
# Ostrander boilerplate

def ostr_methods(lab, *, tumor, depth, extra=""):
    s = [P(lab, "METHODS", "h2")]
    s.append(P(lab, "OSTRA-Seq 510 is a hybridization-capture next-generation sequencing assay developed and validated "
                    "by the Ostrander Cancer Genomics Laboratory. DNA extracted from macrodissected FFPE tumor is "
                    "sheared, ligated to unique molecular identifiers, captured with probes covering all coding exons "
                    "of 510 genes (1.9 Mb of coding sequence) plus selected introns and the TERT promoter, and "
                    f"sequenced with paired-end 150 bp reads. Median deduplicated depth in this case: {depth}. "
                    f"Tumor nuclei in the dissected area: {tumor}.", "bodyj"))
    s.append(P(lab, "Variants are called against GRCh37 with an in-house pipeline (OCG-pipe 6.1). Without a matched "
                    "normal sample, germline polymorphisms are removed using population databases (allele frequency "
                    "above 0.1%) and an internal panel of normals. Somatic variants are classified in four tiers "
                    "(Tier I: strong clinical significance; Tier II: potential clinical significance; Tier III: "
                    "unknown clinical significance; Tier IV: benign or likely benign - not reported). TMB is the "
                    "number of somatic non-synonymous coding variants at 5% VAF or greater divided by 1.9 Mb; 10 or "
                    "more mutations/Mb is reported as high. Microsatellite instability is assessed with an "
                    "MSIsensor-type score across 1,420 homopolymer sites (unstable at 3.5 or above).", "bodyj"))
    if extra:
        s.append(P(lab, extra, "bodyj"))
    s.append(P(lab, "The analytical sensitivity is 98% for SNVs and 95% for indels under 25 bp at 10% VAF or greater "
                    "in samples with 20% tumor or more. Gene fusions are detected only when breakpoints fall in "
                    "captured introns. Copy number changes of fewer than three exons and low-level gains are not "
                    "reliably detected.", "bodyj"))
    return s


def ostr_sign(lab, who, when):
    return [Spacer(1, 10), mono_block(lab, f"""
Electronically signed out by: {who}
Date/time signed:             {when}
The interpretation above was performed by the signing pathologist. This test was developed and its
performance characteristics determined by the Ostrander Cancer Genomics Laboratory. It has not been
cleared or approved by the US FDA.""", size=7, box=False)]


# =====================================================================================
# 5804  Ostrander  -  melanoma, NRAS Q61R, TMB high

M5804 = dict(patient="Patient D", mrn="00-418-227", dob="11/02/1972", sex="M", accession="OCG24-M-0311",
             collected="02/12/2024", received="02/14/2024", reported="03/01/2024", product="OSTRA-Seq 510 (tumor-only)")

T3_5804 = [
    ("ARID2", "c.1234C>T", "p.Gln412Ter", "8", "41%", "612", "II-D", "Truncating; SWI/SNF"),
    ("NF1", "c.3827G>A", "p.Arg1276Gln", "28", "19%", "540", "II-D", "Recurrent in melanoma; subclonal"),
    ("BRCA2", "c.8951C>T", "p.Ser2984Phe", "22", "22%", "488", "III", "UV-type C>T; no functional data"),
    ("MET", "c.2318C>T", "p.Pro773Leu", "10", "18%", "701", "III", "Outside kinase and juxtamembrane domains"),
    ("ROS1", "c.4658C>T", "p.Ser1553Phe", "30", "25%", "455", "III", "No known fusion context"),
    ("EGFR", "c.3056C>T", "p.Pro1019Leu", "25", "21%", "630", "III", "C-terminal tail"),
    ("ERBB4", "c.1354G>A", "p.Glu452Lys", "12", "33%", "520", "III", "Reported in melanoma, function unclear"),
    ("GRIN2A", "c.2770C>T", "p.Pro924Ser", "13", "30%", "398", "III", ""),
    ("PTPRD", "c.4117C>T", "p.Pro1373Ser", "31", "27%", "344", "III", ""),
    ("FAT4", "c.9016C>T", "p.Pro3006Ser", "9", "24%", "280", "III", ""),
    ("KMT2D", "c.12490C>T", "p.Pro4164Ser", "39", "36%", "476", "III", ""),
    ("LRP1B", "c.5330C>T", "p.Ser1777Phe", "33", "28%", "301", "III", ""),
    ("NOTCH2", "c.5803C>T", "p.Pro1935Ser", "33", "20%", "544", "III", ""),
    ("PIK3C2G", "c.2129C>T", "p.Ser710Phe", "16", "23%", "312", "III", ""),
    ("SETD2", "c.6133C>T", "p.Pro2045Ser", "13", "17%", "402", "III", ""),
    ("ZNF703", "c.1090C>T", "p.Pro364Ser", "2", "31%", "660", "III", ""),
    ("EPHA3", "c.1807C>T", "p.Pro603Ser", "10", "35%", "389", "III", ""),
    ("ATR", "c.5440C>T", "p.Pro1814Ser", "31", "18%", "420", "III", ""),
    ("PREX2", "c.2983C>T", "p.Pro995Ser", "24", "29%", "377", "III", "Recurrent target in melanoma"),
    ("DDR2", "c.2131C>T", "p.Pro711Ser", "16", "26%", "450", "III", ""),
    ("KDR", "c.3410C>T", "p.Ser1137Phe", "25", "22%", "501", "III", ""),
    ("FLT4", "c.2920C>T", "p.Pro974Ser", "20", "19%", "466", "III", ""),
    ("CSMD3", "c.8773C>T", "p.Pro2925Ser", "57", "38%", "233", "III", ""),
    ("ATM", "c.6980C>T", "p.Ser2327Phe", "48", "21%", "515", "III", ""),
    ("SPEN", "c.9388C>T", "p.Pro3130Ser", "11", "24%", "402", "III", ""),
    ("TSC2", "c.4493C>T", "p.Ser1498Phe", "35", "27%", "538", "III", ""),
    ("ERBB3", "c.3355C>T", "p.Pro1119Ser", "27", "30%", "495", "III", ""),
    ("FGFR2", "c.1561C>T", "p.Pro521Ser", "12", "16%", "407", "III", ""),
]


@report("5804", OSTRANDER, M5804, [
    L("NRAS", "mutation", "positive", ["p.Gln61Arg"], alteration="Q61R"),
    L("BRAF", "mutation", "negative", ["BRAF V600: NOT DETECTED"]),
    L("TMB", "signature", "positive", ["28.5 mutations/Mb"], value="28.5 mut/Mb"),
    L("MSI", "signature", "negative", ["MICROSATELLITE STABLE"]),
])
def r5804():
    lab = OSTRANDER
    s = []
    s.append(P(lab, "MOLECULAR PATHOLOGY REPORT - NEXT-GENERATION SEQUENCING", "h1", fontSize=13, leading=16))
    s.append(P(lab, "**Specimen:** Lymph node, left axilla, excision (surgical case S24-2231, block B2).  "
                    "**Diagnosis (S24-2231):** Metastatic melanoma.  **Test:** OSTRA-Seq 510, tumor-only."))
    s.append(P(lab, "**Clinical history:** 51-year-old man with cutaneous melanoma of the upper back (2021), now "
                    "with nodal recurrence. Request from Melanoma Clinic (Dr. J. Haverford) for treatment planning."))
    s.append(Spacer(1, 4))
    s.append(P(lab, "RESULT SUMMARY", "h2"))
    s.append(mono_block(lab, """
CLINICALLY SIGNIFICANT VARIANTS (TIER I/II)
  GENE     VARIANT                        VAF    TIER
  NRAS     c.182A>G   p.Gln61Arg          46%    I-B
  CDKN2A   c.238C>T   p.Arg80Ter          81%    II-C
  TERT     c.-146C>T  (promoter, C250T)   38%    II-C
  ARID2    c.1234C>T  p.Gln412Ter         41%    II-D
  NF1      c.3827G>A  p.Arg1276Gln        19%    II-D

BRAF V600: NOT DETECTED   (no BRAF variant of any tier)
KIT exons 9/11/13/17: no variant detected

TUMOR MUTATIONAL BURDEN:  28.5 mutations/Mb   HIGH  (laboratory threshold >=10)
                          96th percentile of OSTRA-Seq cutaneous melanomas
MICROSATELLITE STATUS:    MICROSATELLITE STABLE (score 0.4; unstable >=3.5)
MUTATIONAL SIGNATURE:     Ultraviolet (SBS7) predominant, 88% of substitutions

COPY NUMBER:  CDKN2A/CDKN2B - one-copy loss with LOH (see CDKN2A above)
              No amplifications of CCND1, CDK4, MDM2, MITF or KIT
""", fill=lab.light))
    s.append(Spacer(1, 6))
    s.append(P(lab, "INTERPRETATION", "h2"))
    s.append(P(lab, "This metastatic melanoma harbors an activating ~~NRAS~~ p.Gln61Arg substitution, placing it in "
                    "the ~~NRAS~~-mutant genomic subtype; ~~BRAF~~ V600 is wild type, so BRAF/MEK inhibitor "
                    "combinations are not indicated. MEK inhibition has shown modest activity in ~~NRAS~~-mutant "
                    "melanoma, and pan-RAF and RAF/MEK clamp combinations are in clinical trials. The high tumor "
                    "mutational burden with a dominant ultraviolet signature is typical of cutaneous melanoma and "
                    "has been associated with benefit from immune checkpoint blockade.", "bodyj"))
    s.append(P(lab, "The ~~CDKN2A~~ nonsense variant at 81% VAF with loss of the other allele is consistent with "
                    "biallelic inactivation. Because this is a tumor-only test, a germline origin cannot be excluded; "
                    "germline ~~CDKN2A~~ variants underlie familial melanoma. Genetic counseling is suggested if the "
                    "personal or family history is suggestive (e.g. multiple primary melanomas, pancreatic cancer in "
                    "relatives). If a germline variant were confirmed, first-degree relatives would each have a 50% "
                    "chance of carrying it.", "bodyj"))
    s.append(P(lab, "PD-L1 immunohistochemistry was not requested for this specimen and is not reported here.", "bodyj"))
    s.append(P(lab, "ALL REPORTED SEQUENCE VARIANTS", "h2"))
    s.append(P(lab, "Tier I-II variants are listed first, then Tier III (unknown significance) in order of gene. "
                    "Tier III variants should not be used for clinical management.", "small"))
    rows = [["NRAS", "c.182A>G", "p.Gln61Arg", "3", "46%", "688", "I-B", "Activating hotspot"],
            ["CDKN2A", "c.238C>T", "p.Arg80Ter", "2", "81%", "402", "II-C", "LOH; biallelic"],
            ["TERT", "c.-146C>T", "promoter", "-", "38%", "210", "II-C", "C250T; creates ETS site"]]
    rows += [list(r) for r in T3_5804]
    s.append(table(lab, ["Gene", "cDNA", "Protein", "Exon", "VAF", "Depth", "Tier", "Comment"], rows,
                   [0.1, 0.13, 0.15, 0.06, 0.07, 0.08, 0.07, 0.34], cell_style="mono", grid="lines", zebra=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Filtered variants: 61 synonymous variants (e.g. ~~BRAF~~ c.1740C>T p.Ser580=, ~~KIT~~ c.2586G>C "
                    "p.Leu862=) and 14 benign germline polymorphisms were identified and are not reported. These "
                    "do not change the interpretation.", "small"))
    s.append(PageBreak())
    s += ostr_methods(lab, tumor="approximately 70%", depth="612x")
    s.append(P(lab, "QUALITY METRICS", "h2"))
    s.append(table(lab, ["Metric", "This sample", "Minimum"], [
        ["DNA input (ng)", "150", "50"], ["Deduplicated median depth", "612x", "250x"],
        ["Targets >=100x", "99.2%", "95%"], ["Estimated tumor purity (computational)", "64%", "20%"],
        ["Contamination estimate", "<0.5%", "<2%"]], [0.5, 0.25, 0.25], cell_style="mono", grid="box", zebra=False))
    s.append(Spacer(1, 6))
    s.append(P(lab, "REFERENCES", "h2"))
    for r in ["1. Dorrington P, et al. Genomic classification of cutaneous melanoma into BRAF, RAS, NF1 and triple wild-type subtypes. Melanoma Res Rev. 2019;12:33-41.",
              "2. Kovalenko I, Smythe R. MEK inhibition in NRAS-mutant melanoma: a systematic review. Skin Cancer Ther. 2020;5:90-99.",
              "3. Benavides C, et al. Tumor mutational burden and response to PD-1 blockade in melanoma. Immunooncology Lett. 2021;8:12-19.",
              "4. Ostrander CGL. OSTRA-Seq 510 validation report v3 (internal document)."]:
        s.append(P(lab, r, "small"))
    s += ostr_sign(lab, "Helena Vasquez-Lindqvist, MD (Molecular Genetic Pathology)", "03/01/2024 14:07")
    return s


# =====================================================================================
# Bluefen boilerplate

def bluefen_methods_cols(lab, *, dna, rna, depth, purity):
    """Methods laid out for the two-column page."""
    s = [P(lab, "Methods", "h2")]
    s.append(P(lab, "**Nucleic acid extraction.** Total nucleic acid was co-extracted from macrodissected FFPE tissue "
                    f"or cell block sections. DNA input {dna}; RNA input {rna}.", "small"))
    s.append(P(lab, "**DNA panel.** Hybrid capture of 523 genes (full coding sequence), selected introns, and 130 "
                    f"microsatellite loci; median deduplicated depth {depth}. Variants are reported to 5% VAF. TMB is "
                    "computed over 1.3 Mb of coding sequence (mutations per megabase, mut/Mb); Bluefen reports TMB "
                    "of 10 mut/Mb or above as high.", "small"))
    s.append(P(lab, "**RNA panel.** Anchored multiplex PCR for 55 fusion driver genes and ~~MET~~ exon 14 skipping; "
                    "fusions are called with at least 5 unique supporting reads spanning the junction and are "
                    "reported with both partner genes and exons. Partner notation uses '::'.", "small"))
    s.append(P(lab, "**Immunohistochemistry.** Performed on a validated automated platform with on-slide controls. "
                    "PD-L1 clone 22C3: tumour proportion score (TPS) = percentage of viable tumour cells with "
                    "partial or complete membrane staining (at least 100 tumour cells required). ALK clone D5F3: "
                    "binary positive/negative.", "small"))
    s.append(P(lab, "**Classification.** Somatic variants are classified according to ESMO Scale for Clinical "
                    "Actionability of molecular Targets (ESCAT) tiers and the four-tier AMP/ASCO/CAP system.", "small"))
    s.append(P(lab, "Quality control", "h3"))
    s.append(table(lab, ["Metric", "Result", "Pass"], [
        ["Tumour content (pathologist)", purity, "Yes"], ["DNA median depth", depth, "Yes"],
        ["RNA unique junction reads", "1.2 million", "Yes"], ["Housekeeping gene control", "Detected", "Yes"],
    ], [lab.col * 0.5, lab.col * 0.3, lab.col * 0.2], grid="lines"))
    s.append(P(lab, "Limitations", "h3"))
    s.append(P(lab, "Variants below 5% VAF, fusions whose partners are not targeted, and large structural variants "
                    "may not be detected. Results from cytology cell blocks depend on tumour cellularity. The assay is "
                    "tumour-only and does not determine germline status. PD-L1 TPS may vary between specimens and "
                    "over time.", "small"))
    return s


RNA_TARGETS = ["ALK", "BRAF", "EGFR", "ERBB2", "ESR1", "ETV6", "FGFR1", "FGFR2", "FGFR3", "MET", "NRG1",
               "NTRK1", "NTRK2", "NTRK3", "NUTM1", "PDGFRA", "PDGFRB", "PIK3CA", "PRKACA", "RAF1", "RET",
               "ROS1", "RSPO2", "RSPO3", "TFE3", "TMPRSS2", "BCOR", "CIC", "EWSR1", "FUS", "GLI1", "MAML2",
               "MYB", "NR4A3", "PLAG1", "SS18", "TAF15", "USP6", "YAP1", "ZNF532", "ARHGAP26", "AXL",
               "BRD4", "CAMTA1", "CCNB3", "CSF1", "FOSB", "JAZF1", "MGMT", "MYBL1", "NOTCH2", "NUMBL",
               "NUTM2A", "PAX3", "PAX8"]


def bluefen_gene_appendix(lab):
    return [P(lab, "Appendix: genes analysed", "h2"),
            P(lab, "Inclusion of a gene in these lists means it is covered by the assay; it does not indicate a "
                   "result for this patient.", "tiny"),
            P(lab, "DNA panel (selection)", "h3"),
            gene_grid(lab, PANEL[:210], 5, width=lab.col, style="tiny", italic=False),
            P(lab, "RNA fusion panel: 3' or 5' partner genes", "h3"),
            gene_grid(lab, RNA_TARGETS, 5, width=lab.col, style="tiny", italic=False)]


def bluefen_sign(lab, people, date):
    rows = [[P(lab, f"**{n}**\n{r}", "small") for n, r in people]]
    t = Table(rows, colWidths=[lab.col / len(people)] * len(people))
    return [Spacer(1, 8), P(lab, "Authorised", "h3"), t, P(lab, f"Report authorised electronically {date}.", "tiny")]


# =====================================================================================
# 5805  Bluefen  -  NSCLC pleural fluid, EML4::ALK + ALK IHC + PD-L1

M5805 = dict(patient="Patient E", dob="17/04/1979", sex="Female", mrn="RVH-2210943", accession="BF24-03318",
             reported="02/05/2024", physician="Dr A. Bhattacharya", institution="Riverside Hospital Oncology",
             specimen="Pleural fluid cell block", specimen_id="C24-1120 / CB1", title="Tumour Molecular Profile",
             status="Final report")


@report("5805", BLUEFEN, M5805, [
    L("ALK", "fusion", "positive", ["EML4::ALK"], alteration="EML4-ALK"),
    L("ALK", "expression", "positive", ["ALK (D5F3) IHC"]),
    L("PD-L1", "expression", "positive", ["TPS 60%"], percent=60),
    L("EGFR", "mutation", "negative", ["EGFR"]),
    L("KRAS", "mutation", "negative", ["KRAS"]),
    L("BRAF", "mutation", "negative", ["BRAF"]),
    L("ROS1", "fusion", "negative", ["ROS1, RET, NTRK1-3"]),
    L("RET", "fusion", "negative", ["ROS1, RET, NTRK1-3"]),
    L("NTRK", "fusion", "negative", ["ROS1, RET, NTRK1-3"]),
    L("MET", "mutation", "negative", ["MET exon 14 skipping"], alteration="exon 14 skipping"),
    L("TMB", "signature", "negative", ["2.1 mut/Mb"], value="2.1 mut/Mb"),
    L("MSI", "signature", "negative", ["Microsatellite stable"]),
    L("TP53", "mutation", "positive", ["p.(Tyr234Cys)"], alteration="Y234C"),
])
def r5805():
    lab = BLUEFEN
    s = []
    s.append(P(lab, "Key results", "h1"))
    fus = [P(lab, "ALK FUSION", "tdb", textColor=lab.colour),
           P(lab, "**DETECTED**", "body", fontSize=14, leading=17),
           P(lab, "EML4::ALK (EML4 exon 13 :: ALK exon 20, variant 1) by RNA sequencing", "small"),
           P(lab, "ALK (D5F3) IHC: positive", "small")]
    d = dial(lab, 120, 60, 0, 100, bands=[(0, 1, HX("#dddddd")), (1, 50, HX("#c5e1a5")), (50, 100, HX("#2e7d32"))])
    pdl1 = [P(lab, "PD-L1 (22C3)", "tdb", textColor=lab.colour), d,
            P(lab, "**TPS 60%**  high expression", "body"),
            P(lab, "Categories: <1% / 1-49% / 50% or more", "tiny")]
    sig = [P(lab, "GENOMIC SIGNATURES", "tdb", textColor=lab.colour),
           P(lab, "TMB **2.1 mut/Mb**  (low; high = 10 or more)", "small"),
           hgauge(lab, lab.width / 3 - 20, 2.1, 0, 30, cut=10, bands=[(0, 10, lab.light), (10, 30, lab.accent)], tick_step=10),
           P(lab, "MSI: **Microsatellite stable** (2% unstable loci)", "small")]
    s.append(boxes(lab, [fus, pdl1, sig], border=lab.accent))
    s.append(Spacer(1, 10))
    s.append(P(lab, "Results at a glance", "h2"))
    s.append(table(lab, ["Biomarker", "Result", "Method", "ESCAT"], [
        ["ALK", "**EML4::ALK fusion detected**", "RNA NGS", "I-A"],
        ["ALK protein", "Positive - strong granular cytoplasmic staining in tumour cells", "IHC D5F3", "-"],
        ["PD-L1", "TPS 60%", "IHC 22C3", "-"],
        ["EGFR", "No pathogenic variant detected (exons 18-21 and full coding sequence)", "DNA NGS", "-"],
        ["KRAS", "No pathogenic variant detected", "DNA NGS", "-"],
        ["BRAF", "No pathogenic variant detected", "DNA NGS", "-"],
        ["ROS1, RET, NTRK1-3", "No fusion detected", "RNA NGS", "-"],
        ["MET", "MET exon 14 skipping not detected; no amplification", "RNA / DNA NGS", "-"],
        ["ERBB2 (HER2)", "Not reported: insufficient coverage of exon 20 in this cell block (below 250x)", "DNA NGS", "-"],
        ["TP53", "c.701A>G p.(Tyr234Cys), VAF 22%", "DNA NGS", "X"],
    ], [0.18, 0.52, 0.16, 0.14], grid="lines"))
    s.append(Spacer(1, 8))
    s.append(band(lab, [P(lab, "**Treatment considerations.** ALK tyrosine kinase inhibitors (alectinib, brigatinib, "
                              "lorlatinib) are standard first-line options for ALK fusion-positive NSCLC. Although "
                              "PD-L1 expression is high, single-agent immune checkpoint inhibition has shown limited "
                              "activity in ALK-positive disease and is generally not preferred over targeted therapy. "
                              "Treatment decisions rest with the treating clinician and the multidisciplinary team.",
                              "small")]))
    s.append(PageBreak())
    s.append(P(lab, "Fusion detail", "h1"))
    dr = Drawing(lab.width, 60)
    dr.add(Rect(20, 22, 180, 18, fillColor=HX("#90caf9"), strokeColor=None))
    dr.add(String(110, 27, "EML4  exons 1-13", fontName="Helvetica-Bold", fontSize=8, textAnchor="middle"))
    dr.add(Rect(200, 22, 200, 18, fillColor=lab.accent, strokeColor=None))
    dr.add(String(300, 27, "ALK  exons 20-29 (kinase domain)", fontName="Helvetica-Bold", fontSize=8, textAnchor="middle"))
    dr.add(Line(200, 14, 200, 48, strokeColor=colors.black, strokeWidth=1, strokeDashArray=[2, 2]))
    dr.add(String(200, 4, "junction chr2:29,223,xxx", fontName="Helvetica", fontSize=6, textAnchor="middle"))
    s.append(dr)
    s.append(table(lab, ["Fusion", "5' gene (exon)", "3' gene (exon)", "Junction reads", "Reading frame", "Known?"], [
        ["EML4::ALK", "EML4 (13)", "ALK (20)", "1,482 unique", "In frame", "Yes, variant 1 (E13;A20)"],
    ], [0.16, 0.16, 0.16, 0.16, 0.14, 0.22], grid="box", zebra=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "ALK 3'/5' expression imbalance was also observed (3' to 5' ratio 14.6), supporting the fusion call. "
                    "The EML4-ALK variant may influence response to ALK inhibitors: variant 1 has been associated "
                    "with favourable outcomes on alectinib and lorlatinib in retrospective series.", "small"))
    s.append(P(lab, "DNA sequence variants", "h2"))
    s.append(table(lab, ["Gene", "Transcript", "c.", "p.", "VAF", "Class"], [
        ["TP53", "NM_000546.6", "c.701A>G", "p.(Tyr234Cys)", "22%", "Pathogenic"],
        ["ROS1", "NM_002944.3", "c.5204C>T", "p.(Thr1735Met)", "47%", "Uncertain significance"],
        ["SETD2", "NM_014159.7", "c.5200G>A", "p.(Glu1734Lys)", "18%", "Uncertain significance"],
    ], [0.1, 0.18, 0.16, 0.2, 0.1, 0.26]))
    s.append(P(lab, "Variants of uncertain significance are listed for completeness and are not clinically actionable.", "tiny"))
    s.append(P(lab, "Copy number", "h2"))
    s.append(P(lab, "No amplifications or homozygous deletions were detected among the genes on the panel. Low-level "
                    "chromosome 7 gain was noted (not reportable).", "small"))
    s.append(P(lab, "Comparison with previous results", "h2"))
    s.append(P(lab, "No previous Bluefen results for this patient. The referring hospital's reflex ~~EGFR~~ PCR "
                    "(requested 12/04/2024) had not been reported at the time of this report.", "small"))
    s += two_col()
    s += bluefen_methods_cols(lab, dna="40 ng", rna="20 ng", depth="690x", purity="35%")
    s.append(P(lab, "References", "h3"))
    for r in ["Sandoval-Price E, et al. ALK inhibitors in first-line ALK-positive NSCLC: network meta-analysis. Lung Ther. 2022;6:210-219.",
              "Takeda-Holm R, et al. EML4-ALK variants and outcomes. Thorac Genom. 2020;3:77-84.",
              "Mahlaba N, Jürgens K. Immune checkpoint inhibitors in oncogene-addicted NSCLC. Immunother Rev. 2021;9:140-151."]:
        s.append(P(lab, r, "tiny"))
    s += bluefen_sign(lab, [("Dr K. Adeyinka-Ross", "Consultant Molecular Pathologist"),
                            ("S. Holbrook", "Principal Clinical Scientist")], "02/05/2024 11:20")
    s.append(FrameBreak())
    s += bluefen_gene_appendix(lab)
    return s


# =====================================================================================
# Sankt Aurel boilerplate

def aurel_methods(lab, *, panel, tumor):
    return [
        P(lab, "Methodik / Methods", "h2"),
        P(lab, f"DNA and RNA were extracted from FFPE tissue after microdissection of the tumour area marked on the "
               f"H&E section (tumour cell content approximately {tumor}). Libraries were prepared with a "
               f"hybridisation-capture panel ({panel}) and sequenced on a benchtop sequencer (2 x 150 bp). "
               "Alignment to hg19 and variant calling used the institute's validated pipeline (AurelSeq 3.4); "
               "variants are annotated according to HGVS and classified in five classes following the "
               "recommendations of the German working group for molecular pathology (class 5 pathogenic to "
               "class 1 benign). Copy-number estimates are derived from normalised read depth and are given as "
               "estimated copies per tumour cell.", "bodyj"),
        P(lab, "Die analytische Sensitivität liegt bei 5 % Allelfrequenz für Punktmutationen und kleine "
               "Insertionen/Deletionen (Mindestabdeckung 200-fach). Amplifikationen werden ab ca. 6 Kopien "
               "sicher erkannt. Strukturvarianten außerhalb der Zielregionen werden nicht erfasst.", "bodyj"),
        P(lab, "The analytical sensitivity is 5 % allele frequency for point mutations and small indels (minimum "
               "coverage 200x). Amplifications are reliably detected from about 6 copies. Structural variants "
               "outside the targeted regions are not detected. Tumour mutational burden is calculated over 1,1 Mb "
               "of coding sequence.", "bodyj"),
    ]


def aurel_sign(lab, names, date):
    rows = [[P(lab, f"{n}\n~~{r}~~", "small") for n, r in names]]
    t = Table(rows, colWidths=[lab.width / len(names)] * len(names))
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 22), t, P(lab, f"Lindenfeld, {date}. Dieser Befund wurde elektronisch freigegeben und ist ohne "
                                     "Unterschrift gültig. / Electronically released; valid without signature.", "tiny")]


# =====================================================================================
# 5806  Sankt Aurel  -  glioblastoma, EGFR amplification, corrected report

M5806 = dict(patient="Patient F", dob="02.11.1959", sex="männlich / male", accession="MP-2024-01187",
             received="08.04.2024", reported="23.04.2024 (korrigiert)", physician="Dr. med. K. Lindemann",
             institution="Neurochirurgie, Klinikum Ostheide")


@report("5806", AUREL, M5806, [
    L("EGFR", "amplification", "positive", ["ca. 34 Kopien"], alteration="amplification"),
    L("EGFR", "mutation", "positive", ["p.Ala289Val"], alteration="A289V"),
    L("IDH1", "mutation", "negative", ["IDH1 (Codon 132)"]),
    L("IDH2", "mutation", "negative", ["IDH2 (Codon 140/172)"]),
    L("BRAF", "mutation", "negative", ["BRAF p.V600E"]),
    L("TP53", "mutation", "negative", ["keine pathogene Variante / no pathogenic variant"]),
    L("TMB", "signature", "reported", ["1,3 Mut/Mb"], value="1.3 mut/Mb"),
    L("MSI", "signature", "negative", ["MSS (mikrosatellitenstabil)"]),
])
def r5806():
    lab = AUREL
    s = []
    corr = band(lab, [P(lab, "**KORRIGIERTER BEFUND / CORRECTED REPORT**", "body", textColor=HX("#8B0000")),
                      P(lab, "Dieser Befund ersetzt den Befund vom 19.04.2024. Korrektur: Die EGFR-Variante wurde "
                             "im ursprünglichen Befund als c.865G>A p.(Ala289Thr) angegeben. Die korrekte "
                             "Bezeichnung lautet c.866C>T p.(Ala289Val). Die klinische Bewertung bleibt unverändert.",
                        "small"),
                      P(lab, "This report replaces the report of 19.04.2024. Correction: the EGFR variant was listed "
                             "in the original report as c.865G>A p.(Ala289Thr); the correct designation is c.866C>T "
                             "p.(Ala289Val). The clinical assessment is unchanged.", "small")],
                fill=HX("#FBEFEF"), border=HX("#8B0000"))
    s.append(corr)
    s.append(Spacer(1, 6))
    s.append(kv(lab, [("Material", "FFPE-Block N24-3310/2 (Resektat, Temporallappen links)"),
                      ("Tumorzellgehalt / tumour content", "ca. 80 %"),
                      ("Histologie (Vorbefund N24-3310)", "Glioblastom-verdächtiges diffuses Gliom, hohe Zelldichte, Nekrosen"),
                      ("Fragestellung / question", "Molekulare Klassifikation nach WHO CNS5; therapeutisch relevante Alterationen"),
                      ("Untersuchung / test", "AurelSeq Neuro (DNA, 96 Gene) und TMB/MSI")], [0.3, 0.7]))
    s.append(P(lab, "Ergebnis / Results", "h2"))
    s.append(table(lab, ["Gen", "Veränderung / alteration", "Nukleotid", "Protein", "VAF / Kopien", "Klasse"], [
        ["EGFR", "Amplifikation / amplification", "-", "-", "ca. 34 Kopien", "pathogen"],
        ["EGFR", "Missense (Exon 7)", "c.866C>T", "p.Ala289Val", "41,2 %", "wahrscheinlich pathogen (4)"],
        ["PTEN", "Nonsense (Exon 5)", "c.388C>T", "p.Arg130Ter", "78,5 %", "pathogen (5)"],
        ["TERT", "Promotor (C228T)", "c.-124C>T", "-", "44,0 %", "pathogen (5)"],
        ["CDKN2A/B", "homozygote Deletion", "-", "-", "0 Kopien", "pathogen"],
        ["NF1", "Missense", "c.3826C>T", "p.Arg1276Trp", "12,7 %", "unklar (3)"],
    ], [0.12, 0.24, 0.13, 0.15, 0.14, 0.22], grid="box", zebra=True))
    s.append(Spacer(1, 4))
    s.append(P(lab, "Relevante Negativbefunde / relevant negative findings", "h3"))
    s.append(table(lab, None, [
        ["IDH1 (Codon 132)", "Wildtyp / wild type"],
        ["IDH2 (Codon 140/172)", "Wildtyp / wild type"],
        ["BRAF p.V600E", "nicht nachgewiesen / not detected"],
        ["H3-3A (K28M, G35R/V)", "Wildtyp / wild type"],
        ["TP53 (Exon 2-11)", "keine pathogene Variante / no pathogenic variant"],
        ["1p/19q", "keine Kodeletion / no codeletion"],
    ], [0.45, 0.55], grid="lines", zebra=False))
    s.append(Spacer(1, 4))
    sig = [P(lab, "**Tumormutationslast / TMB**", "small"),
           P(lab, "1,3 Mut/Mb", "body", fontSize=12, leading=15),
           P(lab, "Für Gliome ist kein validierter Grenzwert etabliert. / No validated cut-off for gliomas.", "tiny")]
    msi = [P(lab, "**Mikrosatelliten / MSI**", "small"),
           P(lab, "MSS (mikrosatellitenstabil)", "body", fontSize=12, leading=15),
           P(lab, "0 von 54 Markern instabil / 0 of 54 markers unstable", "tiny")]
    mgmt = [P(lab, "**MGMT-Promotor**", "small"),
            P(lab, "unmethyliert", "body", fontSize=12, leading=15),
            P(lab, "Pyrosequenzierung, mittlere Methylierung 4 % (Grenzwert 10 %)", "tiny")]
    s.append(boxes(lab, [sig, msi, mgmt], border=lab.accent))
    s.append(PageBreak())
    s.append(P(lab, "Beurteilung / Interpretation", "h2"))
    s.append(P(lab, "The combination of ~~EGFR~~ amplification, ~~TERT~~ promoter mutation and homozygous "
                    "~~CDKN2A/B~~ deletion in an IDH-wild-type diffuse astrocytic glioma satisfies the molecular "
                    "criteria for **glioblastoma, IDH-wildtype, CNS WHO grade 4**, irrespective of histological grade. "
                    "The ~~EGFR~~ extracellular-domain missense variant p.Ala289Val is a recurrent activating "
                    "alteration in glioblastoma, frequently accompanying amplification of the gene. EGFR-directed "
                    "tyrosine kinase inhibitors approved for lung cancer have not shown benefit in glioblastoma; "
                    "EGFR-targeted approaches are being explored in clinical trials only. The unmethylated ~~MGMT~~ "
                    "promoter predicts limited benefit from temozolomide.", "bodyj"))
    s.append(P(lab, "Die Befunde wurden in der neuroonkologischen Tumorkonferenz am 24.04.2024 vorgestellt "
                    "(geplant).", "small"))
    s.append(P(lab, "Hinweis zur EGFRvIII-Deletion: Die Untersuchung auf EGFRvIII (Deletion Exon 2-7) erfordert RNA; "
                    "sie wurde nicht angefordert und ist nicht Teil dieses Befundes. / EGFRvIII testing was not "
                    "requested and is not part of this report.", "small"))
    s += aurel_methods(lab, panel="AurelSeq Neuro, 96 genes, 0,44 Mb coding + TMB backbone", tumor="80 %")
    s.append(P(lab, "Untersuchte Gene / genes analysed", "h3"))
    s.append(gene_grid(lab, ["ACVR1", "ATRX", "BCOR", "BRAF", "CDK4", "CDK6", "CDKN2A", "CDKN2B", "CIC", "DICER1",
                             "EGFR", "FGFR1", "FGFR2", "FGFR3", "FUBP1", "H3-3A", "H3C2", "IDH1", "IDH2", "KIT",
                             "MDM2", "MDM4", "MET", "MYB", "MYBL1", "MYC", "MYCN", "NF1", "NF2", "NTRK1", "NTRK2",
                             "NTRK3", "PDGFRA", "PIK3CA", "PIK3R1", "PTEN", "PTPN11", "RB1", "SETD2", "SMARCB1",
                             "SUFU", "TERT", "TP53", "TSC1", "TSC2", "YAP1"], 8, style="small", italic=True))
    s.append(P(lab, "Literatur / references", "h3"))
    for r in ["1. Hartmann-Ruiz B, et al. Molecular criteria for glioblastoma, IDH-wildtype. Neuropathol Forum. 2021;14:301-309.",
              "2. Klee S, Amundsen T. EGFR ectodomain mutations in glioma. Neuro-Onkol Ber. 2019;7:55-61.",
              "3. Sankt Aurel Institut. Validierungsbericht AurelSeq Neuro, Version 2.0 (intern)."]:
        s.append(P(lab, r, "small"))
    s += aurel_sign(lab, [("Dr. med. U. Brandauer", "Fachärztin für Pathologie, Molekularpathologie"),
                          ("Dr. rer. nat. P. Oyelowo", "Molekularbiologe")], "23.04.2024")
    return s


# =====================================================================================
# Tamsin boilerplate

GERMLINE_36 = ["APC", "ATM", "AXIN2", "BAP1", "BARD1", "BMPR1A", "BRCA1", "BRCA2", "BRIP1", "CDH1", "CDK4",
               "CDKN2A", "CHEK2", "DICER1", "EPCAM", "GREM1", "HOXB13", "MEN1", "MLH1", "MSH2", "MSH3", "MSH6",
               "MUTYH", "NBN", "NF1", "PALB2", "PMS2", "POLD1", "POLE", "PTEN", "RAD51C", "RAD51D", "SMAD4",
               "STK11", "TP53", "VHL"]


def tamsin_methods(lab, somatic_genes):
    return [
        P(lab, "Methods", "h2"),
        P(lab, "**Germline.** Genomic DNA from the submitted blood or saliva sample was enriched for the coding "
               "exons and 20 bp of flanking intron of the 36 genes listed, and sequenced to a minimum depth of 50x. "
               "Copy-number variants (exon-level deletions and duplications) were assessed from read depth and "
               "confirmed by an orthogonal method when detected. Variants are classified using ACMG/AMP criteria; "
               "only pathogenic and likely pathogenic variants are reported, variants of uncertain significance "
               "are reported in a separate section, and benign/likely benign variants are not reported."),
        P(lab, f"**Somatic.** Tumor DNA was sequenced across {somatic_genes} genes using hybrid capture (median "
               "depth over 500x). Germline variants identified in the paired normal sample are subtracted, so "
               "that tumor findings can be labeled somatic or germline. Genomic instability (HRD) score combines "
               "loss of heterozygosity, telomeric allelic imbalance and large-scale state transitions (positive at "
               "42 or more)."),
        P(lab, "**Limitations.** Deep intronic and regulatory variants, low-level mosaicism below 15%, and some "
               "structural rearrangements are not detected. Interpretation is based on current knowledge; variant "
               "classifications may change. Tamsin Genetics will issue amended reports when a reported variant is "
               "reclassified."),
    ]


# =====================================================================================
# 5807  Tamsin  -  ovary, germline BRCA1 + somatic TP53

M5807 = dict(patient="Patient G", dob="06/19/1970", sex="Female", accession="TG-24-55120",
             specimen_id="Blood B + FFPE tumor T", physician="Dr. N. Achterberg", reported="07/08/2024",
             title="Paired Germline and Somatic Report")


@report("5807", TAMSIN, M5807, [
    L("BRCA1", "mutation", "positive", ["p.(Gln1756Profs*74)"], alteration="Q1756Pfs*74"),
    L("TP53", "mutation", "positive", ["p.(Tyr220Cys)"], alteration="Y220C"),
    L("BRCA2", "mutation", "negative", ["BRCA2: Negative", "No somatic BRCA2 variant"]),
    L("KRAS", "mutation", "negative", ["No KRAS, BRAF or PIK3CA variant"]),
    L("BRAF", "mutation", "negative", ["No KRAS, BRAF or PIK3CA variant"]),
    L("PIK3CA", "mutation", "negative", ["No KRAS, BRAF or PIK3CA variant"]),
] + neg_labels(without(GERMLINE_36, "BRCA1", "BRCA2")))
def r5807():
    lab = TAMSIN
    s = []
    s.append(P(lab, "**Indication:** high-grade serous carcinoma of the ovary, FIGO stage IIIC, diagnosed 04/2024; "
                    "tumor sample: omental biopsy (H24-3381 B2, tumor content 70%). Germline sample: peripheral "
                    "blood (EDTA) collected 05/21/2024."))
    germ = [P(lab, "GERMLINE RESULT", "tdb", textColor=lab.colour),
            P(lab, "**POSITIVE**", "body", fontSize=15, leading=18, textColor=lab.colour),
            P(lab, "One pathogenic variant identified", "small"),
            P(lab, "~~BRCA1~~ c.5266dupC p.(Gln1756Profs*74), heterozygous", "small"),
            P(lab, "BRCA2: Negative", "small")]
    som = [P(lab, "SOMATIC (TUMOR) RESULT", "tdb", textColor=lab.colour),
           P(lab, "~~BRCA1~~ c.5266dupC - germline variant with loss of the wild-type allele in tumor (tumor VAF 88%)", "small"),
           P(lab, "~~TP53~~ c.659A>G p.(Tyr220Cys), VAF 71% - somatic", "small"),
           P(lab, "Genomic instability score **58** (HRD-positive)", "small"),
           hgauge(lab, lab.width / 2 - 30, 58, 0, 100, cut=42, bands=[(0, 42, HX("#eeeeee")), (42, 100, lab.accent)],
                  tick_step=25)]
    s.append(boxes(lab, [germ, som], border=lab.colour))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Germline findings", "h2"))
    s.append(table(lab, ["Gene", "Variant", "Zygosity", "Classification", "Associated condition"], [
        ["~~BRCA1~~", "c.5266dupC\np.(Gln1756Profs*74)\nNM_007294.4", "Heterozygous", "Pathogenic",
         "Hereditary breast and ovarian cancer syndrome (autosomal dominant)"],
    ], [0.1, 0.27, 0.15, 0.15, 0.33], grid="box", zebra=False))
    s.append(Spacer(1, 4))
    s.append(P(lab, "This frameshift variant introduces a premature stop codon and is expected to result in loss of "
                    "function; it is one of the most frequently reported ~~BRCA1~~ pathogenic variants. Germline "
                    "~~BRCA1~~ pathogenic variants are associated with high lifetime risks of breast cancer and "
                    "ovarian cancer. PARP inhibitor maintenance (olaparib, niraparib) is indicated for patients with "
                    "~~BRCA~~-mutated advanced ovarian cancer after response to platinum-based chemotherapy."))
    s.append(P(lab, "**Family members.** First-degree relatives (parents, siblings, children) each have a 50% chance "
                    "of carrying this variant. Targeted testing for the familial variant is available at no charge "
                    "within 90 days of this report. The patient reports that her sister tested negative on a "
                    "BRCA1/BRCA2 panel at another laboratory in 2019; a negative result in a relative does not alter "
                    "the interpretation of this patient's result. Referral to genetic counseling is recommended."))
    s.append(P(lab, "**Other genes.** No other pathogenic or likely pathogenic germline variants were identified in "
                    "the 36 genes analyzed (list on page 3). No variants of uncertain significance were identified."))
    s.append(PageBreak())
    s.append(P(lab, "Somatic (tumor) findings", "h2"))
    s.append(table(lab, ["Gene", "Alteration", "Transcript", "Tumor VAF", "Origin", "Tier"], [
        ["~~BRCA1~~", "c.5266dupC p.(Gln1756Profs*74)", "NM_007294.4", "88%", "Germline + LOH", "I"],
        ["~~TP53~~", "c.659A>G p.(Tyr220Cys)", "NM_000546.6", "71%", "Somatic", "II"],
        ["~~NF1~~", "c.3696G>C p.(Ser1232Cys) (see note)", "NM_001042492.3", "9%", "Somatic", "III"],
        ["~~CCNE1~~", "No amplification (copy number 2)", "-", "-", "-", "-"],
    ], [0.1, 0.33, 0.17, 0.1, 0.16, 0.14], grid="lines"))
    s.append(P(lab, "Note: the ~~NF1~~ variant is of uncertain significance and is present at low allele fraction; it "
                    "is listed for completeness.", "small"))
    s.append(P(lab, "Homologous recombination deficiency", "h3"))
    s.append(P(lab, "Genomic instability score: 58 (positive; threshold 42). Together with the germline ~~BRCA1~~ "
                    "variant and tumor loss of heterozygosity, this supports homologous recombination deficiency. "
                    "Reference: median score in HRD-negative ovarian tumors in the validation cohort was 24 (range "
                    "3-41)."))
    s.append(P(lab, "Relevant negatives (tumor)", "h3"))
    s.append(P(lab, "No somatic ~~BRCA2~~ variant. No ~~KRAS~~, ~~BRAF~~ or ~~PIK3CA~~ variant (relevant to "
                    "low-grade serous and other histotypes) was identified in the tumor."))
    s.append(P(lab, "Previous testing", "h3"))
    s.append(P(lab, "None at Tamsin Genetics. Germline testing had not been performed previously for this patient."))
    s += tamsin_methods(lab, 312)
    s.append(PageBreak())
    s.append(P(lab, "Genes analyzed (germline panel, 36 genes)", "h2"))
    s.append(P(lab, "No pathogenic or likely pathogenic variants were detected in the following genes, with the "
                    "exception of ~~BRCA1~~ as reported above.", "small"))
    s.append(gene_grid(lab, GERMLINE_36, 6, grid=True))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Transcripts used for reporting: ~~BRCA1~~ NM_007294.4; ~~BRCA2~~ NM_000059.4; ~~TP53~~ "
                    "NM_000546.6; ~~PALB2~~ NM_024675.4; ~~RAD51C~~ NM_058216.3; ~~RAD51D~~ NM_002878.4.", "small"))
    s.append(Spacer(1, 12))
    s.append(P(lab, "References", "h3"))
    for r in ["Mirza-Holt A, et al. PARP inhibitor maintenance in newly diagnosed advanced ovarian cancer. Gyn Oncol Rev. 2020;11:1-12.",
              "Richter-Nakamura E, et al. Standards for the interpretation of sequence variants. Genet Med Stand. 2015;3:405-424.",
              "Tamsin Genetics. Genomic instability score: validation summary (2023)."]:
        s.append(P(lab, r, "small"))
    s.append(Spacer(1, 14))
    s.append(P(lab, "Reviewed and signed: Marguerite Oduya-Kessler, PhD, FACMG, Clinical Molecular Geneticist; "
                    "Daniel Praszek, MD, Molecular Pathologist. 07/08/2024.", "small"))
    return s


# =====================================================================================
# Kestrel boilerplate

KESTREL_TARGETS = [("ALK", "2-29"), ("BRAF", "7-11"), ("EGFR", "7-9, 16-20"), ("ERBB2", "20-27"),
                   ("FGFR1", "1-18"), ("FGFR2", "1-18"), ("FGFR3", "1-18"), ("MET", "13-15 (exon 14 skipping)"),
                   ("NRG1", "1-6"), ("NTRK1", "2-14"), ("NTRK2", "11-17"), ("NTRK3", "13-16"), ("RET", "8-13"),
                   ("ROS1", "31-37"), ("ETV6", "1-6"), ("PDGFRA", "7-12")]


def kestrel_methods(lab, rna_ng, reads):
    return [
        P(lab, "Method", "h2"),
        P(lab, f"Total RNA ({rna_ng}) was extracted from FFPE sections and converted to cDNA. Gene-specific "
               "primers anchored in the exons listed in the target table were extended with universal adapters "
               "(anchored multiplex PCR), so that fusions are detected regardless of the partner gene. Libraries "
               f"were sequenced to {reads} reads. A fusion is reported when at least 10 unique reads span the "
               "junction and the fusion is predicted to retain the 3' partner's kinase domain (or is otherwise "
               "known to be oncogenic).", "small"),
        P(lab, "**Sensitivity.** In validation, fusions were detected in samples containing 5% or more tumor cells "
               "at 20 ng RNA input (sensitivity 98.6%, specificity 100%). RNA quality is checked by the count of "
               "reads from housekeeping-gene control primers (minimum 10,000).", "small"),
        P(lab, "**Limitations.** This RNA assay does not detect point mutations, small insertions/deletions or copy "
               "number changes. Fusions involving exons not targeted, or expressed at low levels, may be missed. "
               "A negative result in a sample with few tumor cells does not exclude a fusion.", "small"),
    ]


# =====================================================================================
# 5808  Kestrel  -  NSCLC, CD74::ROS1

M5808 = dict(patient="Patient H", dob="12/01/1984", sex="Female", accession="KFD-24-1093", specimen_id="B24-7710 A2",
             received="06/11/2024", reported="06/17/2024", physician="Dr. T. Amankwah",
             institution="Bayfield Thoracic Oncology", diagnosis="NSCLC, adenocarcinoma", product="FusionDetect RNA 64")


@report("5808", KESTREL, M5808, [
    L("ROS1", "fusion", "positive", ["CD74::ROS1"], alteration="CD74-ROS1"),
    L("ALK", "fusion", "negative", ["ALK"]),
    L("RET", "fusion", "negative", ["RET"]),
    L("NTRK", "fusion", "negative", ["NTRK1"]),
    L("BRAF", "fusion", "negative", ["BRAF"]),
    L("MET", "mutation", "negative", ["MET exon 14 skipping: not detected"], alteration="exon 14 skipping"),
])
def r5808():
    lab = KESTREL
    s = []
    s.append(band(lab, [P(lab, "RESULT: POSITIVE - ROS1 FUSION DETECTED", "white", fontSize=13, leading=16)],
                  fill=lab.colour))
    s.append(Spacer(1, 8))
    s.append(table(lab, ["Fusion", "Breakpoint", "Unique junction reads", "Frame", "Interpretation"], [
        ["**CD74::ROS1**", "CD74 exon 6 :: ROS1 exon 34\nchr5:149,784,2xx :: chr6:117,645,5xx", "612", "In frame",
         "Oncogenic fusion retaining the ROS1 kinase domain. ROS1 tyrosine kinase inhibitors (crizotinib, "
         "entrectinib, repotrectinib) are FDA-approved for ROS1-positive metastatic NSCLC."],
    ], [0.14, 0.3, 0.12, 0.1, 0.34], grid="box", zebra=False, head_bg=HX("#444444")))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Targets analyzed", "h2"))
    res = {"ROS1": "**DETECTED** (CD74::ROS1)"}
    rows = [[g, ex, res.get(g, "Not detected")] for g, ex in KESTREL_TARGETS]
    half = (len(rows) + 1) // 2
    w = lab.width * 0.48
    t1 = table(lab, ["Gene", "Exons targeted", "Result"], rows[:half], [w * 0.25, w * 0.4, w * 0.35], grid="lines")
    t2 = table(lab, ["Gene", "Exons targeted", "Result"], rows[half:], [w * 0.25, w * 0.4, w * 0.35], grid="lines")
    pair = Table([[t1, "", t2]], colWidths=[w, lab.width * 0.04, w])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(pair)
    s.append(Spacer(1, 4))
    s.append(P(lab, "MET exon 14 skipping: not detected (MET exon 13::15 junction reads 0).  EGFR vIII: not detected.",
               "small"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Comments", "h2"))
    s.append(P(lab, "CD74 is the most common ROS1 fusion partner in lung adenocarcinoma. The fusion is present with "
                    "high junction read support. ROS1 immunohistochemistry was not performed by Kestrel; if "
                    "orthogonal confirmation is required, IHC (clone D4D6) on block B24-7710 A2 may be requested, "
                    "although ROS1 IHC has limited specificity.", "small"))
    s.append(P(lab, "Point-mutation testing (~~EGFR~~, ~~KRAS~~, ~~BRAF~~) was performed by the referring "
                    "institution's laboratory and was not reviewed by Kestrel; those results are not included in "
                    "this report. PD-L1 is not evaluated by this assay.", "small"))
    s.append(Spacer(1, 4))
    s.append(table(lab, ["RNA QC metric", "Value", "Threshold"], [
        ["RNA input", "20 ng", "10 ng or more"], ["Housekeeping control reads", "182,004", "10,000 or more"],
        ["Tumor content (referring pathologist)", "40%", "5% or more"], ["Total reads", "3.1 million", "1 million or more"],
    ], [0.5, 0.25, 0.25], grid="lines", head_bg=HX("#888888")))
    s.append(PageBreak())
    s += kestrel_methods(lab, "20 ng", "3.1 million")
    s.append(P(lab, "References", "h3"))
    for r in ["Zheng-Ortiz L, et al. Anchored multiplex PCR for targeted fusion detection. J Mol Assays. 2014;6:120-128.",
              "Delacroix M, et al. ROS1-rearranged NSCLC: partners and outcomes. Thorac Genom. 2021;4:9-17."]:
        s.append(P(lab, r, "tiny"))
    s.append(Spacer(1, 10))
    s.append(P(lab, "Electronically signed 06/17/2024 by Grace Whitfield-Obi, PhD, DABMGG, Laboratory Director. "
                    "This test was developed and its performance characteristics determined by Kestrel Fusion "
                    "Diagnostics. It has not been cleared or approved by the FDA.", "small"))
    return s


# =====================================================================================
# Northgate boilerplate

def north_authorise(lab, reporter, authoriser):
    t = table(lab, ["Reported by", "Authorised by"], [[reporter, authoriser]], [0.5, 0.5], grid="box", zebra=False,
              head_bg=lab.light, head_style="tdb")
    return [Spacer(1, 10), t]


# =====================================================================================
# 5809  Northgate  -  astrocytoma IDH-mutant

M5809 = dict(patient="Patient I", dob="28/08/1991", sex="Male", mrn="N0882416", accession="MDL24-2257",
             specimen_id="NP24-0418 B3", physician="Mr R. Castellanos", institution="Northgate Neurosciences",
             specimen="FFPE tumour resection", received="14/05/2024", reported="29/05/2024",
             request="Glioma NGS panel + MGMT", title="MOLECULAR DIAGNOSTICS REPORT - CNS TUMOUR", status="FINAL")

NEG5809 = ["ACVR1", "BCOR", "BRAF", "CDK4", "CDK6", "CIC", "EGFR", "FGFR1", "FGFR3", "FUBP1", "H3-3A",
           "H3C2", "MDM2", "MDM4", "MET", "MYB", "MYBL1", "MYC", "MYCN", "NF1", "NF2", "NTRK1", "NTRK2", "NTRK3",
           "PDGFRA", "PIK3R1", "PTEN", "PTPN11", "RB1", "SMARCB1", "TERT"]


@report("5809", NORTHGATE, M5809, [
    L("IDH1", "mutation", "positive", ["c.395G>A p.(Arg132His)"], alteration="R132H"),
    L("IDH1", "expression", "positive", ["mutant protein expressed"]),
    L("IDH2", "mutation", "negative", ["No variant at codon 172"]),
    L("TP53", "mutation", "positive", ["c.817C>T p.(Arg273Cys)"], alteration="R273C"),
    L("BRAF", "mutation", "negative", ["no V600E"]),
    L("BRAF", "fusion", "negative", ["no KIAA1549::BRAF fusion"]),
    L("EGFR", "amplification", "negative", ["Not amplified"]),
] + neg_labels(NEG5809, skip=("BRAF",)))
def r5809():
    lab = NORTHGATE
    s = []
    s.append(P(lab, "Clinical details: 32-year-old man, right frontal non-enhancing lesion, seizures. Resection "
                    "07/05/2024. Neuropathology (NP24-0418): diffuse glioma; ATRX loss; IDH1 R132H immunopositive. "
                    "Request: confirm IDH status and complete molecular classification.", "small"))
    s.append(P(lab, "Integrated molecular summary", "h2"))
    s.append(table(lab, ["Marker", "Method", "Result", "Significance"], [
        ["IDH1", "NGS", "c.395G>A p.(Arg132His) detected, VAF 39%", "Defines IDH-mutant glioma"],
        ["IDH1 R132H", "IHC (Neuropathology, NP24-0418)", "Positive - mutant protein expressed", "Concordant with NGS"],
        ["IDH2", "NGS", "No variant at codon 172", "-"],
        ["ATRX", "IHC / NGS", "Loss of nuclear expression; c.4318_4319del p.(Ser1440Ter)", "Supports astrocytoma lineage"],
        ["TP53", "NGS", "c.817C>T p.(Arg273Cys), VAF 41%", "Supports astrocytoma lineage"],
        ["1p/19q", "NGS (CNV)", "No codeletion", "Excludes oligodendroglioma"],
        ["CDKN2A/B", "NGS (CNV)", "No homozygous deletion", "Grade-relevant (absent)"],
        ["MGMT promoter*", "Pyrosequencing", "Methylated (mean 38%; cut-off 10%)", "Predictive for alkylating agents"],
        ["BRAF", "NGS (DNA/RNA)", "no V600E; no KIAA1549::BRAF fusion", "-"],
        ["EGFR", "NGS (CNV)", "Not amplified", "-"],
        ["H3-3A", "NGS", "Wild type (K28, G35)", "-"],
    ], [0.15, 0.22, 0.37, 0.26], grid="box", zebra=True))
    s.append(P(lab, "* Not within the laboratory's UKAS scope of accreditation.", "tiny"))
    s.append(Spacer(1, 6))
    s.append(band(lab, [P(lab, "**Conclusion:** The molecular profile (IDH1 p.(Arg132His), ATRX inactivation, TP53 "
                              "mutation, intact 1p/19q, no CDKN2A/B homozygous deletion) is consistent with "
                              "**astrocytoma, IDH-mutant**. The CNS WHO grade is assigned in the integrated "
                              "neuropathology report.", "body")], border=lab.colour))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Therapeutic note: vorasidenib (an IDH1/IDH2 inhibitor) has shown benefit in residual or "
                    "recurrent grade 2 IDH-mutant glioma after surgery. Eligibility is a clinical decision.", "small"))
    s.append(PageBreak())
    s.append(P(lab, "Sequence variants (all classes reported)", "h2"))
    s.append(table(lab, ["Gene", "HGVS (c.)", "HGVS (p.)", "Transcript", "Exon", "VAF", "Depth", "Class"], [
        ["IDH1", "c.395G>A", "p.(Arg132His)", "NM_005896.4", "4", "39%", "1,208", "Pathogenic"],
        ["TP53", "c.817C>T", "p.(Arg273Cys)", "NM_000546.6", "8", "41%", "980", "Pathogenic"],
        ["ATRX", "c.4318_4319del", "p.(Ser1440Ter)", "NM_000489.6", "9", "78%", "844", "Pathogenic"],
        ["NOTCH1", "c.4732G>A", "p.(Val1578Met)", "NM_017617.5", "26", "46%", "512", "VUS"],
        ["PIK3CA", "-", "Not assessed: exon 21 amplicon below 100x", "NM_006218.4", "21", "-", "64", "Failed region"],
    ], [0.09, 0.14, 0.22, 0.14, 0.06, 0.07, 0.08, 0.2], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Genes with adequate coverage and no pathogenic or likely pathogenic variant", "h3"))
    s.append(gene_grid(lab, NEG5809, 8, grid=True))
    s.append(Spacer(1, 6))
    s.append(P(lab, "Copy number summary", "h3"))
    cn = Drawing(lab.width, 54)
    chroms = ["1p", "1q", "7", "9p", "10", "11p", "12q", "13q", "17p", "19q", "22q"]
    states = [0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0]
    w = lab.width / len(chroms)
    for i, (c, st) in enumerate(zip(chroms, states)):
        col = HX("#d9534f") if st < 0 else (HX("#5b9bd5") if st > 0 else HX("#cfd8dc"))
        cn.add(Rect(i * w + 3, 16, w - 6, 26, fillColor=col, strokeColor=None))
        cn.add(String(i * w + w / 2, 5, c, fontName="Helvetica", fontSize=7, textAnchor="middle"))
    s.append(cn)
    s.append(P(lab, "Grey: balanced; red: loss (17p, copy-neutral LOH over TP53 locus); blue: gain. 1p and 19q are "
                    "balanced (no codeletion).", "tiny"))
    s.append(P(lab, "Methods", "h2"))
    s.append(P(lab, "DNA and RNA were extracted from macrodissected FFPE tissue (tumour content 60%). DNA was analysed "
                    "with the NUH Glioma amplicon panel (44 genes, hotspots and full coding regions of selected genes) "
                    "and a genome-wide SNP backbone for copy number; RNA was analysed for fusions in BRAF, FGFR1-3, "
                    "MYB, MYBL1, NTRK1-3 and MET. Limit of detection 5% VAF at 250x or more. MGMT promoter "
                    "methylation was assessed by pyrosequencing of CpG 74-78.", "small"))
    s.append(P(lab, "Limitations: copy-number assessment is less sensitive below 30% tumour content; the PIK3CA exon 21 "
                    "region failed coverage thresholds and was not assessed.", "small"))
    s += north_authorise(lab, "Dr S. Whitlock, Clinical Scientist (Genomics)", "Dr P. Nnamdi, Consultant Clinical Scientist")
    return s


# =====================================================================================
# Pelican Bay boilerplate

def pelican_methods(lab):
    return [
        P(lab, "Methods", "h2"),
        P(lab, "**PBX TumorSeq 523.** DNA from macrodissected FFPE tissue is captured with probes targeting 523 genes "
               "(1.4 Mb coding) and sequenced to a median depth of 500x or more. SNVs/indels are called to 5% VAF; "
               "copy number from normalized depth (amplification reported at an estimated 6 copies or more). TMB = "
               "somatic non-synonymous variants per Mb after germline filtering. Pelican Bay TMB reference ranges: "
               "low <6 mut/Mb, intermediate 6-19 mut/Mb, high 20 mut/Mb or more. MSI is assessed at 130 "
               "mononucleotide loci (MSI-H when 15% or more are unstable).", "small"),
        P(lab, "**Immunohistochemistry.** Mismatch repair proteins: MLH1 (clone ES05), PMS2 (EP51), MSH2 (G219-1129), "
               "MSH6 (EP49). Loss = complete absence of nuclear staining in tumor with retained staining in internal "
               "control cells. PD-L1: 22C3 (CPS or TPS). Mesothelin: clone SP74 (research use; scoring by percent "
               "positive tumor cells and intensity).", "small"),
        P(lab, "**Limitations.** Tumor-only sequencing cannot establish germline status. Results depend on tumor "
               "content; low purity reduces sensitivity for variants and copy-number changes.", "small"),
    ]


# =====================================================================================
# 5810  Pelican Bay  -  colorectal, MSI-H, BRAF V600E, dMMR

M5810 = dict(patient="Patient J", dob="01/25/1949", sex="Female", accession="PB24-0087731", specimen="Colon, cecum, resection",
             specimen_id="SP24-5521 A7", physician="Dr. G. Holloway", institution="San Pelago Medical Group",
             collected="03/04/2024", received="03/07/2024", reported="03/19/2024", status="Final",
             product="PBX TumorSeq 523 + IHC")

NEG5810 = without(["ALK", "BRCA1", "EGFR", "ERBB2", "HRAS", "IDH1", "IDH2", "KRAS", "MET", "NRAS",
                   "NTRK1", "NTRK2", "NTRK3", "PIK3CA", "RET", "ROS1", "SMAD4", "TP53", "AKT1", "CTNNB1",
                   "FBXW7", "PTEN", "POLE", "POLD1", "MAP2K1"])


@report("5810", PELICAN, M5810, [
    L("MSI", "signature", "positive", ["MSI-High"]),
    L("TMB", "signature", "positive", ["48 mut/Mb"], value="48 mut/Mb"),
    L("MMR", "signature", "positive", ["Mismatch repair deficient (dMMR)"]),
    L("MLH1", "expression", "negative", ["MLH1", "Loss"]),
    L("PMS2", "expression", "negative", ["PMS2"]),
    L("MSH2", "expression", "positive", ["MSH2", "Intact"]),
    L("MSH6", "expression", "positive", ["MSH6"]),
    L("BRAF", "mutation", "positive", ["p.Val600Glu"], alteration="V600E"),
    L("KRAS", "mutation", "negative", ["KRAS and NRAS: wild type"]),
    L("NRAS", "mutation", "negative", ["KRAS and NRAS: wild type"]),
    L("HER2", "amplification", "negative", ["ERBB2 (HER2) amplification: not detected"]),
    L("BRCA2", "mutation", "positive", ["p.Asn1784Thrfs*7"], alteration="N1784Tfs*7"),
] + neg_labels(NEG5810, skip=("KRAS", "NRAS")))
def r5810():
    lab = PELICAN
    s = []
    s.append(P(lab, "Report Summary", "h1"))
    b1 = [P(lab, "MICROSATELLITE STATUS", "tdb", textColor=lab.colour),
          P(lab, "**MSI-High**", "body", fontSize=14, leading=17, textColor=HX("#B23A48")),
          P(lab, "41% of 130 loci unstable (MSI-H at 15% or more)", "tiny")]
    b2 = [P(lab, "TUMOR MUTATIONAL BURDEN", "tdb", textColor=lab.colour),
          P(lab, "**48 mut/Mb**  High", "body", fontSize=14, leading=17),
          hgauge(lab, lab.width / 3 - 20, 48, 0, 60, cut=20, bands=[(0, 6, HX("#d8ebe8")), (6, 20, HX("#f0e2b6")),
                                                                     (20, 60, HX("#e8b4a9"))], tick_step=20),
          P(lab, "Reference: low <6; intermediate 6-19; high 20 or more", "tiny")]
    b3 = [P(lab, "MISMATCH REPAIR (IHC)", "tdb", textColor=lab.colour),
          P(lab, "**Mismatch repair deficient (dMMR)**", "body", fontSize=10, leading=13),
          P(lab, "Loss of MLH1 and PMS2; MSH2 and MSH6 intact", "small")]
    s.append(boxes(lab, [b1, b2, b3], border=lab.colour))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Clinically relevant findings", "h2"))
    s.append(table(lab, ["Finding", "Detail", "Therapy associations (colorectal)", "Level"], [
        ["MSI-High / dMMR", "MSI NGS + IHC concordant", "Pembrolizumab; nivolumab +/- ipilimumab; dostarlimab (trial)", "1"],
        ["BRAF V600E", "c.1799T>A p.Val600Glu, VAF 34%", "Encorafenib + cetuximab (after prior therapy); "
         "encorafenib + cetuximab + FOLFOX (first line)", "1"],
        ["TMB-High", "48 mut/Mb", "Pembrolizumab (tumor-agnostic, TMB 10 or more)", "1"],
        ["BRCA2 frameshift", "p.Asn1784Thrfs*7, VAF 18%", "No approved therapy in colorectal cancer; likely passenger "
         "in MSI-H context", "3B"],
    ], [0.18, 0.27, 0.43, 0.12], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P(lab, "**Relevant negatives:** KRAS and NRAS: wild type (codons 12, 13, 59, 61, 117, 146). "
                    "ERBB2 (HER2) amplification: not detected. NTRK1/2/3 fusion: not evaluated (DNA assay; "
                    "RNA testing not ordered). PD-L1: not evaluated.", "small"))
    s.append(Spacer(1, 4))
    s.append(P(lab, "**Hereditary cancer note:** loss of MLH1/PMS2 together with ~~BRAF~~ V600E and ~~MLH1~~ promoter "
                    "hypermethylation (detected; see page 2) favors a sporadic tumor rather than Lynch syndrome. "
                    "Germline testing remains at the discretion of the treating physician, particularly if family "
                    "history is suggestive.", "small"))
    s.append(PageBreak())
    s.append(P(lab, "Mismatch Repair Immunohistochemistry", "h2"))
    s.append(table(lab, ["Protein", "Clone", "Tumor nuclear staining", "Internal control", "Interpretation"], [
        ["MLH1", "ES05", "Absent", "Present", "Loss"],
        ["PMS2", "EP51", "Absent", "Present", "Loss"],
        ["MSH2", "G219-1129", "Present (strong, diffuse)", "Present", "Intact"],
        ["MSH6", "EP49", "Present (strong, diffuse)", "Present", "Intact"],
    ], [0.14, 0.14, 0.28, 0.18, 0.26], grid="box"))
    s.append(P(lab, "MLH1 promoter methylation (methylation-specific PCR): **detected**.", "small"))
    s.append(P(lab, "Interpretation: pattern consistent with MLH1 promoter hypermethylation; correlates with MSI-High "
                    "by NGS.", "small"))
    s.append(P(lab, "All Reported Sequence Variants", "h2"))
    vrows = [
        ["BRAF", "c.1799T>A", "p.Val600Glu", "15", "34%", "Tier I"],
        ["BRCA2", "c.5351dupA", "p.Asn1784Thrfs*7", "11", "18%", "Tier II"],
        ["RNF43", "c.1976del", "p.Gly659Valfs*41", "9", "29%", "Tier II"],
        ["ACVR2A", "c.1310del", "p.Lys437Argfs*5", "10", "31%", "Tier II"],
        ["TGFBR2", "c.458del", "p.Lys153Serfs*35", "3", "37%", "Tier II"],
        ["APC", "c.4348C>T", "p.Arg1450Ter", "16", "22%", "Tier II"],
        ["ATM", "c.1229T>C", "p.Val410Ala", "9", "24%", "Tier III"],
        ["ARID1A", "c.3999del", "p.Gln1334Argfs*8", "15", "16%", "Tier III"],
        ["KMT2D", "c.10765del", "p.Gln3589Serfs*28", "34", "20%", "Tier III"],
        ["BCOR", "c.2489C>T", "p.Pro830Leu", "4", "21%", "Tier III"],
        ["CREBBP", "c.3829A>G", "p.Ile1277Val", "19", "26%", "Tier III"],
        ["EP300", "c.4364G>A", "p.Arg1455Gln", "27", "19%", "Tier III"],
        ["FAT1", "c.8942C>T", "p.Thr2981Ile", "16", "25%", "Tier III"],
        ["JAK1", "c.2108del", "p.Lys703Serfs*8", "15", "23%", "Tier III"],
        ["NOTCH1", "c.3172G>A", "p.Gly1058Ser", "19", "17%", "Tier III"],
        ["PTPRT", "c.2414G>A", "p.Arg805His", "17", "28%", "Tier III"],
        ["RNF213", "c.12037C>T", "p.Arg4013Trp", "45", "22%", "Tier III"],
        ["SPEN", "c.5917G>A", "p.Ala1973Thr", "11", "30%", "Tier III"],
        ["ZFHX3", "c.10918del", "p.Gln3640Argfs*12", "9", "18%", "Tier III"],
        ["ERBB3", "c.310G>A", "p.Val104Met", "3", "15%", "Tier III"],
        ["KDM6A", "c.3584A>G", "p.His1195Arg", "25", "21%", "Tier III"],
        ["MSH3", "c.1148del", "p.Lys383Argfs*32", "7", "33%", "Tier III"],
        ["PIK3R1", "c.1690G>A", "p.Glu564Lys", "13", "14%", "Tier III"],
        ["SETD2", "c.4715del", "p.Lys1572Argfs*9", "3", "24%", "Tier III"],
        ["TCF7L2", "c.1402del", "p.Lys468Serfs*13", "13", "19%", "Tier III"],
        ["ASXL1", "c.1934dup", "p.Gly646Trpfs*12", "13", "12%", "Tier III"],
    ]
    s.append(table(lab, ["Gene", "cDNA", "Protein", "Exon", "VAF", "Tier"], vrows, [0.13, 0.18, 0.27, 0.1, 0.12, 0.2],
                   grid="lines"))
    s.append(P(lab, "Variants listed as Tier III are of unknown clinical significance. Benign germline polymorphisms "
                    "identified (not tiered): ~~MET~~ p.Thr1010Ile (population frequency 1.2%), ~~ERBB2~~ "
                    "p.Ile655Val (common polymorphism).", "small"))
    s.append(P(lab, "Copy number", "h3"))
    s.append(P(lab, "No amplifications or deep deletions detected. ERBB2 estimated copy number 2; MET 2; EGFR 2.", "small"))
    s.append(P(lab, "Genes with no reportable alterations (selected)", "h3"))
    s.append(gene_grid(lab, NEG5810, 7, grid=False))
    s.append(PageBreak())
    s.append(P(lab, "Clinical Trials", "h2"))
    s.append(P(lab, "Trials listed match the tumor type and at least one finding. Listing is not a recommendation; "
                    "the treating physician should confirm eligibility.", "small"))
    s.append(table(lab, ["Study", "Target(s)", "Phase", "Location"], [
        ["PBT-5521 Anti-PD-1 plus anti-LAG-3 in MSI-H/dMMR colorectal cancer", "MSI-H / dMMR", "3", "San Pelago, CA"],
        ["PBT-6140 BRAF/EGFR/MEK triplet in BRAF V600E colorectal cancer", "BRAF V600E", "2", "Los Arcos, CA"],
        ["PBT-2093 KRAS G12C inhibitor plus anti-EGFR antibody", "KRAS G12C", "2", "Multiple"],
        ["PBT-7712 HER2-directed antibody-drug conjugate in HER2-amplified GI tumors", "ERBB2 amplification", "2", "Multiple"],
        ["PBT-3377 PARP inhibitor in tumors with homologous recombination gene alterations", "BRCA1/2, ATM, PALB2", "2", "Out of state"],
    ], [0.5, 0.22, 0.1, 0.18], grid="lines"))
    s.append(P(lab, "Trials for KRAS G12C and ERBB2 amplification are shown because they were returned by the trial "
                    "search for colorectal cancer; this tumor does not carry these alterations.", "tiny"))
    s += pelican_methods(lab)
    s.append(P(lab, "Sample information", "h3"))
    s.append(table(lab, ["Parameter", "Value"], [["Tumor content (pathologist)", "55%"], ["DNA input", "120 ng"],
                                                 ["Median depth", "742x"], ["Computational purity", "49%"]],
                   [0.5, 0.5], grid="lines"))
    s.append(P(lab, "References", "h3"))
    for r in ["1. Alvarez-Kim S, et al. Pembrolizumab in MSI-H/dMMR metastatic colorectal cancer. GI Oncol Trials. 2020;2:100-110.",
              "2. Fontaine J, et al. Encorafenib plus cetuximab in BRAF V600E colorectal cancer. GI Oncol Trials. 2019;1:55-66.",
              "3. Novak H, Imura T. MLH1 promoter methylation and BRAF V600E in sporadic MSI colorectal cancer. Mol Path Notes. 2018;5:12-20."]:
        s.append(P(lab, r, "tiny"))
    s.append(Spacer(1, 8))
    s.append(P(lab, "Electronically signed by Marcus Delacorte-Yee, MD, Molecular Pathology, 03/19/2024. Laboratory "
                    "Director: Ingrid Solheim-Baptiste, MD.", "small"))
    s.append(PageBreak())
    s.append(P(lab, "Appendix A - Genes on PBX TumorSeq 523 (DNA)", "h2"))
    s.append(P(lab, "The assay covers the full coding sequence of the genes below (selection shown). Inclusion in this "
                    "list does not indicate that the gene was altered or unaltered in this patient's tumor.", "tiny"))
    s.append(gene_grid(lab, PANEL, 9, style="tiny", italic=True))
    s.append(P(lab, "Appendix B - Immunohistochemistry reference", "h2"))
    s.append(table(lab, ["Stain", "Clone", "Positive control", "Scoring"], [
        ["MLH1", "ES05", "Tonsil", "Intact / loss (nuclear)"], ["PMS2", "EP51", "Tonsil", "Intact / loss (nuclear)"],
        ["MSH2", "G219-1129", "Tonsil", "Intact / loss (nuclear)"], ["MSH6", "EP49", "Tonsil", "Intact / loss (nuclear); "
         "subclonal loss reported separately"],
        ["PD-L1", "22C3", "Tonsil / placenta", "CPS (GI), TPS (lung)"],
        ["HER2 (GI)", "4B5", "Breast control TMA", "0, 1+, 2+, 3+ (GI criteria)"],
    ], [0.15, 0.15, 0.25, 0.45], grid="lines"))
    s.append(P(lab, "Stains in this reference table are listed for all Pelican Bay GI orders; only the MMR panel "
                    "was performed on this specimen.", "tiny"))
    return s
