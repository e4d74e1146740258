"""Lab G: Northfield Children's Hospital, Division of Genomic Diagnostics (US pediatric).
Letter, Times, narrative integrated report: result banner, numbered findings, tier table,
paired tumor-normal germline section, test details."""
from reportlab.lib.pagesizes import letter

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

PLUM = colors.HexColor("#5B2A6E")
LILAC = colors.HexColor("#F1EAF4")
KIT = Kit("Times-Roman", size=9.6, accent=PLUM, light=LILAC, rule=colors.HexColor("#A08AAB"))
PAGE = letter
MARGINS = (54, 54, 60)
W = PAGE[0] - 108


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(PLUM)
        c.circle(66, h - 50, 10, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(66, h - 50, 4, stroke=0, fill=1)
        c.setFillColor(PLUM)
        c.circle(80, h - 58, 5, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 94, h - 48, "Northfield Children's Hospital", "Times-Bold", 13)
        draw(c, 94, h - 60, "Division of Genomic Diagnostics  \u00b7  Department of Pathology "
             "and Laboratory Medicine", "Times-Roman", 8.6)
        if page == 1:
            draw(c, w - 54, h - 46, "3300 Orchard Hill Drive, Northfield, OH 44999",
                 "Times-Roman", 7.6, align="right")
            draw(c, w - 54, h - 56, "CLIA 36D9990560  \u00b7  (555) 010-7730", "Times-Roman",
                 7.6, align="right")
        else:
            draw(c, w - 54, h - 48, f"{r['patient']}  \u00b7  {r['mrn']}  \u00b7  {r['acc']}",
                 "Times-Roman", 8, align="right")
        c.setStrokeColor(PLUM)
        c.setLineWidth(0.9)
        c.line(54, h - 70, w - 54, h - 70)
        c.line(54, 46, w - 54, 46)
        draw(c, 54, 34, "Northfield Children's Hospital Genomic Diagnostics  \u00b7  "
             "PedsOnc Tumor Panel v3  \u00b7  genomics@northfield-childrens.invalid",
             "Times-Italic", 7.4)
        draw(c, w - 54, 34, f"Page {page} of {total}", "Times-Roman", 8, align="right")
        c.restoreState()
    return decorate


def story(r):
    k = KIT
    s = []
    s.append(P("PEDIATRIC TUMOR GENOMIC PROFILING: INTEGRATED REPORT",
               k.ps(size=12.5, font=k.bold, align=TA_CENTER)))
    s.append(P("PedsOnc Tumor Panel v3 (DNA 310 genes; RNA fusion 110 genes; paired normal)",
               k.ps(size=9, align=TA_CENTER)))
    s.append(Spacer(1, 8))
    s.append(kv([("Patient", r["patient"]), ("Age / sex", r["agesex"]), ("MRN", r["mrn"]),
                 ("Accession", r["acc"]), ("Tumor specimen", r["specimen"]),
                 ("Normal specimen", r["normal"]), ("Referring", r["referring"]),
                 ("Received / reported", r["dates"]),
                 ("Pathologic diagnosis", r["diagnosis"]), ("Tumor content", r["tumor"])],
                k, [80, 172, 80, W - 332], cols=2, style="box"))
    s.append(Spacer(1, 8))
    s.append(tbl([[P(r["banner"], k.ps(size=11.5, font=k.bold, color=colors.white,
                                       align=TA_CENTER))]], [W], k, header_rows=0,
                 style=None, extra=[("BACKGROUND", (0, 0), (-1, -1), PLUM),
                                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Spacer(1, 6))
    s.append(P("Summary interpretation", k.h2))
    for para in r["summary"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 3))
    s.append(P("Findings", k.h2))
    for i, (title, text) in enumerate(r["findings"], 1):
        s.append(P(f"**{i}. {title}**", k.body))
        s.append(P(text, k.ps(leftIndent=14)))
        s.append(Spacer(1, 3))
    s.append(P("Variant table", k.h2))
    s.append(tbl([["Gene", "Alteration", "Type", "VAF / reads", "Origin", "Tier"]] + r["table"],
                 [48, 150, 80, 70, 70, W - 418], k, header_bg=LILAC, style="grid"))
    s.append(P("Tiers per AMP/ASCO/CAP 2017 (I: strong clinical significance, including "
               "diagnostic and prognostic; II: potential; III: unknown significance). Benign and "
               "likely benign variants are not reported.", k.small))
    if r.get("extra"):
        title, rows, widths = r["extra"]
        s.append(P(title, k.h2))
        s.append(tbl(rows, widths, k, header_bg=LILAC, style="grid"))
    s.append(P("Pertinent negative results", k.h2))
    s.append(P(r["negatives"], k.body))
    s.append(P("Germline (paired normal) results", k.h2))
    s.append(P(r["germline"], k.body))
    s.append(P("Test details", k.h2))
    s.append(tbl([["Metric", "Tumor", "Normal", "Requirement"]] + r["qc"],
                 [170, 90, 90, W - 350], k, header_bg=LILAC))
    s.append(Spacer(1, 3))
    s.append(P(
        "Tumor and normal DNA were sequenced by hybrid capture of 310 genes relevant to "
        "pediatric cancer (coding exons, selected introns and promoter regions); tumor RNA was "
        "sequenced with anchored multiplex PCR for 110 fusion driver genes with any partner. "
        "Somatic variants are called against the paired normal sample. Germline findings are "
        "reported for 94 cancer predisposition genes only with documented parental consent. "
        "Copy number is estimated from normalized depth and B-allele frequencies. TMB uses the "
        "somatic coding variants in 1.4 Mb. Detection limits: SNV/indel 5% VAF, fusions 10 "
        "junction reads, copy number in samples with at least 30% tumor. This laboratory-"
        "developed test has not been cleared by the FDA.", k.small))
    s.append(Spacer(1, 10))
    s.append(P(f"Electronically signed: {r['signer']}  \u00b7  {r['dates'].split(' / ')[1]}",
               k.body))
    s.append(P("Genomic Diagnostics Director: Wendell Achterberg, MD, PhD", k.small))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 80, 80, decorate_for(r),
                     title=f"PedsOnc report {r['acc']}", author="Northfield Children's Hospital",
                     creator="NCH GenomeReporter 3")


REPORTS = {}

REPORTS["9108"] = dict(
    patient="Patient R", agesex="7 years / female", mrn="NCH-4471902", acc="PO25-0211",
    specimen="Cerebellum, resection (block A3)", normal="Peripheral blood (EDTA)",
    referring="Neuro-Oncology, Dr. Renata Okafor", dates="02/10/2025 / 02/27/2025",
    diagnosis="Pilocytic astrocytoma (CNS WHO grade 1)", tumor="70%",
    banner="RESULT: KIAA1549::BRAF FUSION DETECTED",
    summary=["RNA sequencing identified the KIAA1549::BRAF fusion (KIAA1549 exon 16 joined to "
             "BRAF exon 9; 512 junction reads), the characteristic driver of pilocytic "
             "astrocytoma. The fusion retains the BRAF kinase domain and activates MAPK "
             "signaling. It confirms the histologic diagnosis (Tier IA, diagnostic) and is a "
             "target of type II RAF inhibition (tovorafenib, FDA approved for relapsed or "
             "refractory pediatric low-grade glioma with a BRAF fusion or BRAF V600 mutation) "
             "and of MEK inhibitors (Tier IB)."],
    findings=[
        ("KIAA1549-BRAF fusion (tandem duplication at 7q34)",
         "Detected by RNA sequencing and supported by a DNA copy number gain of 7q34 "
         "spanning KIAA1549 to BRAF. First-generation BRAF inhibitors (vemurafenib, "
         "dabrafenib as single agents) are contraindicated in BRAF fusion-positive tumors "
         "because of paradoxical MAPK activation."),
        ("No additional somatic alterations of known significance",
         "The somatic mutation burden is very low (0.5 mutations/Mb), typical of pilocytic "
         "astrocytoma. One Tier III variant is listed in the table."),
    ],
    table=[["BRAF", "KIAA1549::BRAF (exon 16::exon 9)", "Fusion (RNA)", "512 reads", "Somatic",
            "IA"],
           ["PTPN11", "c.1472C>T p.(Pro491Leu)", "SNV", "9.2%", "Somatic",
            "III (subclonal)"]],
    negatives="BRAF p.V600E: not detected. IDH1 (codon 132) and IDH2 (codon 172): no variant "
              "detected. H3-3A and H3C2 p.K28M: not detected. FGFR1 (hotspots, tyrosine kinase "
              "domain duplication, fusions): not detected. NF1: no pathogenic variant.",
    germline="No pathogenic or likely pathogenic germline variant was identified in the 94 "
             "cancer predisposition genes analyzed (including NF1). Parents consented to "
             "germline reporting on 02/06/2025.",
    qc=[["Mean depth (DNA)", "982x", "611x", "500x / 250x"],
        ["Bases covered at 100x or more", "98.8%", "99.1%", "95%"],
        ["RNA unique fusion-target reads", "1.9 million", "n/a", "0.5 million"],
        ["Sample identity (SNP concordance)", "Concordant", "Concordant", "Concordant"]],
    signer="Hadley Fournier, MD, Molecular Genetic Pathology",
)
REPORTS["9108"]["labels"] = [
    L("BRAF", "fusion", "positive", ["KIAA1549::BRAF FUSION DETECTED", "KIAA1549-BRAF fusion"],
      alteration="KIAA1549-BRAF"),
    L("BRAF", "mutation", "negative", "BRAF p.V600E: not detected."),
    L("IDH1", "mutation", "negative", "IDH1 (codon 132) and IDH2 (codon 172): no variant"),
    L("IDH2", "mutation", "negative", "IDH1 (codon 132) and IDH2 (codon 172): no variant"),
    L("TMB", "signature", "negative", ["very low (0.5 mutations/Mb)"],
      value="0.5 mutations/Mb", optional=True),
]

REPORTS["9109"] = dict(
    patient="Patient S", agesex="2 years / male", mrn="NCH-4490338", acc="PO25-0347",
    specimen="Adrenal mass, left, resection (block B1)", normal="Buccal swab",
    referring="Oncology, Dr. Mateus Ferreira", dates="03/18/2025 / 04/04/2025",
    diagnosis="Neuroblastoma, poorly differentiated, unfavorable histology (INPC)",
    tumor="85%",
    banner="RESULT: ALK p.F1174L MUTATION AND MYCN AMPLIFICATION DETECTED",
    summary=["This neuroblastoma carries a somatic activating **ALK** kinase-domain mutation, "
             "c.3522C>A p.(Phe1174Leu), and high-level **MYCN** amplification. MYCN amplification "
             "assigns the tumor to the high-risk group (Tier IA, prognostic). ALK F1174L is a "
             "hotspot mutation that confers relative resistance to crizotinib but remains "
             "sensitive to lorlatinib, which is being studied with induction chemotherapy in "
             "newly diagnosed high-risk neuroblastoma (Tier IB)."],
    findings=[
        ("ALK c.3522C>A p.(Phe1174Leu), exon 23",
         "VAF 29.4% (depth 1,402x). Absent from the normal sample (somatic). ALK is not "
         "amplified (copy number 2)."),
        ("MYCN amplification (2p24.3)",
         "Estimated copy number 68 (ratio of MYCN to chromosome 2 reference regions 31); the "
         "amplicon includes DDX1 and NBAS."),
        ("Segmental chromosome alterations",
         "1p36 deletion and 17q gain; no 11q loss. These segmental changes are prognostic and "
         "are reported for risk classification."),
    ],
    table=[["ALK", "c.3522C>A p.(Phe1174Leu)", "SNV", "29.4%", "Somatic", "IB"],
           ["MYCN", "Amplification (CN 68)", "Copy number", "n/a", "Somatic", "IA"],
           ["ATRX", "c.5785C>T p.(Arg1929Cys)", "SNV", "11.0%", "Somatic", "III"]],
    extra=("Supplementary study: GD2 expression (requested for anti-GD2 protocol enrollment)",
           [["Method", "Result", "Extent", "Comment"],
            ["Immunofluorescence, anti-GD2 (14G2a)", "Positive", "95% of tumor cells, strong",
             "Frozen section, block B1F"]],
           [150, 70, 130, W - 350]),
    negatives="ALK amplification: not detected. No ALK fusion detected by RNA sequencing. "
              "NRAS, KRAS, HRAS (hotspots): no variant detected. No other fusions detected.",
    germline="No pathogenic or likely pathogenic germline variant was identified in the 94 "
             "cancer predisposition genes analyzed, including ALK and PHOX2B; the ALK F1174L "
             "variant is confined to the tumor. Familial neuroblastoma is not suggested by "
             "this result.",
    qc=[["Mean depth (DNA)", "1,211x", "588x", "500x / 250x"],
        ["Bases covered at 100x or more", "99.2%", "98.9%", "95%"],
        ["RNA unique fusion-target reads", "2.6 million", "n/a", "0.5 million"],
        ["Sample identity (SNP concordance)", "Concordant", "Concordant", "Concordant"]],
    signer="Hadley Fournier, MD, Molecular Genetic Pathology",
)
REPORTS["9109"]["labels"] = [
    L("ALK", "mutation", "positive", ["ALK c.3522C>A p.(Phe1174Leu)", "IB"],
      alteration="F1174L"),
    L("ALK", "amplification", "negative", ["ALK is not amplified", "ALK amplification: not "
                                                                   "detected."]),
    L("ALK", "fusion", "negative", "No ALK fusion detected by RNA sequencing."),
    L("GD2", "expression", "positive", ["GD2 expression", "(14G2a)", "Positive",
                                        "95% of tumor cells, strong"], percent=95),
    L("NRAS", "mutation", "negative", "NRAS, KRAS, HRAS (hotspots): no variant detected."),
    L("KRAS", "mutation", "negative", "NRAS, KRAS, HRAS (hotspots): no variant detected."),
    L("HRAS", "mutation", "negative", "NRAS, KRAS, HRAS (hotspots): no variant detected."),
]

REPORTS["9110"] = dict(
    patient="Patient T", agesex="4 months / female", mrn="NCH-4512277", acc="PO25-0519",
    specimen="Soft tissue, right thigh, incisional biopsy (block A1)",
    normal="Peripheral blood (EDTA)", referring="Oncology, Dr. Sunniva Halloran",
    dates="05/06/2025 / 05/19/2025",
    diagnosis="Spindle cell neoplasm, consistent with infantile fibrosarcoma", tumor="80%",
    banner="RESULT: ETV6::NTRK3 FUSION DETECTED",
    summary=["RNA sequencing identified an in-frame **ETV6::NTRK3** fusion (ETV6 exon 5 joined "
             "to NTRK3 exon 15; 2,044 junction reads). This fusion defines infantile "
             "fibrosarcoma and predicts response to TRK inhibitors: larotrectinib and "
             "entrectinib are FDA approved for NTRK fusion-positive solid tumors (Tier IA), "
             "and repotrectinib is approved for patients 12 years and older."],
    findings=[
        ("ETV6-NTRK3 fusion",
         "The fusion preserves the NTRK3 kinase domain. Pan-TRK immunohistochemistry performed "
         "on block A1 in the Department of Pathology was positive, with diffuse nuclear and "
         "cytoplasmic staining in tumor cells (clone EPR17341). An ETV6 break-apart FISH "
         "study on the same block was rearranged in 78% of nuclei."),
        ("Low mutational burden",
         "Tumor mutational burden is 0.4 mutations/Mb (low). No other somatic variants of "
         "known or potential significance were identified."),
    ],
    table=[["NTRK3", "ETV6::NTRK3 (exon 5::exon 15)", "Fusion (RNA)", "2,044 reads",
            "Somatic", "IA"]],
    negatives="No other fusions were detected, including ALK, ROS1, RET, BRAF and NTRK1/2 "
              "partner fusions. No TRK kinase-domain resistance mutations (NTRK3 G623R, G696A) "
              "were present at diagnosis.",
    germline="No pathogenic or likely pathogenic germline variant was identified in the 94 "
             "cancer predisposition genes analyzed.",
    qc=[["Mean depth (DNA)", "1,044x", "702x", "500x / 250x"],
        ["Bases covered at 100x or more", "98.5%", "99.0%", "95%"],
        ["RNA unique fusion-target reads", "3.1 million", "n/a", "0.5 million"],
        ["Sample identity (SNP concordance)", "Concordant", "Concordant", "Concordant"]],
    signer="Joaquin Arrieta, MD, Molecular Genetic Pathology",
)
REPORTS["9110"]["labels"] = [
    L("NTRK", "fusion", "positive", ["ETV6::NTRK3 FUSION DETECTED", "ETV6-NTRK3 fusion"],
      alteration="ETV6-NTRK3"),
    L("NTRK", "expression", "positive", ["Pan-TRK immunohistochemistry", "was positive"]),
    L("TMB", "signature", "negative", ["0.4 mutations/Mb (low)"], value="0.4 mutations/Mb"),
    L("NTRK", "mutation", "negative", "No TRK kinase-domain resistance mutations (NTRK3 G623R",
      optional=True),
    L("ALK", "fusion", "negative", "including ALK, ROS1, RET, BRAF and NTRK1/2"),
    L("ROS1", "fusion", "negative", "including ALK, ROS1, RET, BRAF and NTRK1/2"),
    L("RET", "fusion", "negative", "including ALK, ROS1, RET, BRAF and NTRK1/2"),
    L("BRAF", "fusion", "negative", "including ALK, ROS1, RET, BRAF and NTRK1/2"),
]
