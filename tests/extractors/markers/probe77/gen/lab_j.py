"""Lab J: Vaidya Molecular Oncology Laboratories (India, commercial). A4, Vera, saffron and
maroon; three biomarker tiles (TMB, MSI, HRD) beside the key findings; significance sections;
gene background texts; benign variants listed as not reported; CTRI trial table."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

MAROON = colors.HexColor("#7A1F2B")
SAFFRON = colors.HexColor("#E39B2D")
CREAM = colors.HexColor("#FDF5E8")
KIT = Kit("Vera", size=7.7, accent=MAROON, light=CREAM, rule=colors.HexColor("#C8A98A"))
PAGE = A4
MARGINS = (40, 40, 58)
W = PAGE[0] - 80


GENES = ("ABL1, AKT1, ALK, APC, AR, ARID1A, ATM, ATR, BAP1, BARD1, BRAF, BRCA1, BRCA2, BRIP1, "
         "CDH1, CDK12, CDK4, CDKN2A, CHEK1, CHEK2, CTNNB1, EGFR, ERBB2, ESR1, FANCA, FANCL, "
         "FGFR1, FGFR2, FGFR3, HRAS, IDH1, IDH2, KIT, KRAS, MAP2K1, MDM2, MET, MLH1, MSH2, "
         "MSH6, MYC, NBN, NF1, NRAS, NTRK1, NTRK2, NTRK3, PALB2, PDGFRA, PIK3CA, PMS2, POLE, "
         "PTEN, RAD51B, RAD51C, RAD51D, RAD54L, RB1, RET, ROS1, SMAD4, STK11, TP53, TSC1, VHL "
         "(full list on request). RNA fusion targets include ALK, BRAF, FGFR1-3, MET, NRG1, "
         "NTRK1-3, RET and ROS1.")


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(SAFFRON)
        c.rect(0, h - 34, w, 34, stroke=0, fill=1)
        c.setFillColor(MAROON)
        c.rect(0, h - 38, w, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        draw(c, 40, h - 26, "VAIDYA MOLECULAR ONCOLOGY LABORATORIES", "VeraBd", 9.5)
        draw(c, w - 40, h - 26, "NABL accredited (ISO 15189)  |  CAP #9990655", "Vera", 7,
             align="right")
        c.setFillColor(colors.black)
        if page == 1:
            draw(c, 40, h - 50, "Plot 14, Sector 5, Navi Pune Biotech Park, Pune 411999, "
                 "India  |  +91 20 5550 7711  |  care@vaidyamol.invalid", "Vera", 6.8)
        else:
            draw(c, 40, h - 50, f"{r['patient']}  |  Sample ID {r['sid']}  |  OncoVista 500",
                 "Vera", 7)
        c.setStrokeColor(MAROON)
        c.setLineWidth(0.5)
        c.line(40, 46, w - 40, 46)
        draw(c, 40, 36, "This is a computer-generated report. Please correlate clinically. "
             "Not valid for medico-legal purposes.", "Vera", 6.3)
        draw(c, w - 40, 36, f"Page {page} of {total}", "VeraBd", 7, align="right")
        c.restoreState()
    return decorate


def tile(title, value, call, note):
    k = KIT
    rows = [[P(title, k.ps(size=6.6, font=k.bold, color=colors.white, align=TA_CENTER))],
            [P(value, k.ps(size=10.5, font=k.bold, color=MAROON, align=TA_CENTER))],
            [P(call, k.ps(size=7.2, font=k.bold, align=TA_CENTER))],
            [P(note, k.ps(size=6.2, align=TA_CENTER))]]
    return tbl(rows, [84], k, header_rows=0, style="box", pad=3,
               extra=[("BACKGROUND", (0, 0), (-1, 0), MAROON),
                      ("BACKGROUND", (0, 1), (-1, -1), CREAM)])


def sig_section(title, color, rows, head, widths):
    k = KIT
    out = [Spacer(1, 5), bar(title, k, W, bg=color, size=8.4), Spacer(1, 2)]
    if rows:
        out.append(tbl([head] + rows, widths, k, header_bg=CREAM))
    else:
        out.append(P("None detected.", k.body))
    return out


HEAD = ["Gene", "Variant", "Consequence", "VAF", "Origin", "Therapeutic implication"]
WID = [44, 150, 70, 40, 66, W - 370]


def story(r):
    k = KIT
    s = []
    s.append(P("OncoVista 500: Comprehensive Genomic Profiling Report",
               k.ps(size=13, font=k.bold, color=MAROON)))
    s.append(P("DNA (523 genes) + RNA (fusions, 55 genes) + TMB + MSI + HRD (genomic scar)",
               k.ps(size=8)))
    s.append(Spacer(1, 6))
    s.append(kv([("Patient name", r["patient"]), ("Age / Gender", r["agegender"]),
                 ("Sample ID", r["sid"]), ("Sample type", r["stype"]),
                 ("Referring clinician", r["clin"]), ("Hospital", r["hosp"]),
                 ("Collection date", r["coll"]), ("Report date", r["rep"]),
                 ("Indication", r["ind"]), ("Tumour content", r["tumour"])],
                k, [80, 180, 80, W - 340], cols=2, style="grid",
                extra=[("BACKGROUND", (0, 0), (0, -1), CREAM), ("BACKGROUND", (2, 0), (2, -1),
                                                                CREAM)]))
    s.append(Spacer(1, 8))
    left = [P("KEY FINDINGS", k.ps(size=9, font=k.bold, color=MAROON)), Spacer(1, 2)]
    left += [P("\u2022 " + x, k.body) for x in r["key"]]
    tiles = [tile(*t) for t in r["tiles"]]
    s.append(tbl([[left] + tiles], [W - 270, 90, 90, 90], k, header_rows=0, style=None))
    s.append(Spacer(1, 4))
    s += sig_section("CLINICALLY SIGNIFICANT VARIANTS", MAROON, r["cs"], HEAD, WID)
    s += sig_section("VARIANTS OF POTENTIAL CLINICAL SIGNIFICANCE", colors.HexColor("#A55B2A"),
                     r["pcs"], HEAD, WID)
    s += sig_section("VARIANTS OF UNKNOWN SIGNIFICANCE", colors.HexColor("#8C7A6B"), r["vus"],
                     ["Gene", "Variant", "Consequence", "VAF", "Origin", "Comment"], WID)
    s.append(Spacer(1, 5))
    s.append(P("**Benign / likely benign variants (not reported):** " + r["benign"], k.small))
    s.append(Spacer(1, 6))
    s.append(bar("THERAPY SUMMARY", k, W, bg=SAFFRON, size=8.4))
    s.append(Spacer(1, 2))
    s.append(tbl([["Biomarker", "Therapy", "Status in this indication", "Evidence"]] + r["ther"],
                 [100, 140, 150, W - 390], k, header_bg=CREAM))
    if r.get("trials"):
        s.append(Spacer(1, 4))
        s.append(P("Clinical trials in India (CTRI) and abroad", k.h3))
        s.append(tbl([["Registry ID", "Title", "Biomarker", "Location"]] + r["trials"],
                     [110, 200, 100, W - 410], k, style="lines"))
    s.append(Spacer(1, 6))
    s.append(bar("GENE AND BIOMARKER DESCRIPTIONS", k, W, bg=SAFFRON, size=8.4))
    s.append(Spacer(1, 2))
    for g, text in r["desc"]:
        s.append(P(f"**{g}.** {text}", k.small))
        s.append(Spacer(1, 2))
    s.append(Spacer(1, 4))
    s.append(bar("QUALITY METRICS AND LIMITATIONS", k, W, bg=SAFFRON, size=8.4))
    s.append(Spacer(1, 2))
    s.append(tbl([["Metric", "Value", "Threshold"]] + r["qc"], [180, 120, W - 300], k,
                 header_bg=CREAM))
    s.append(Spacer(1, 2))
    s.append(P(
        "Method: hybrid-capture NGS of 523 genes (1.94 Mb) and 55 fusion genes (RNA), paired-end "
        "2x150 bp. TMB counts non-synonymous somatic mutations per Mb (High: 10 or more). MSI is "
        "computed from 130 homopolymer loci. HRD is reported as a Genomic Instability Score "
        "(GIS; positive at 42 or more, or with a BRCA1/2 pathogenic variant). Germline and "
        "somatic variants cannot be distinguished in tumour-only testing; variants are labelled "
        "'germline origin cannot be excluded' when their VAF and gene suggest it. Large "
        "genomic rearrangements in BRCA1/2 are not reliably detected. Variants are classified "
        "following AMP/ASCO/CAP 2017 and ACMG/AMP 2015 (germline-relevant genes).", k.small))
    s.append(Spacer(1, 5))
    s.append(P("**Genetic counselling note.** " + r["counsel"], k.small))
    s.append(Spacer(1, 4))
    s.append(P("**Genes analysed (DNA, selected from 523):** " + GENES, k.ps(size=6.2)))
    s.append(Spacer(1, 8))
    s.append(tbl([[P(x, k.small) for x in r["sign"]]], [W / 3] * 3, k, header_rows=0,
                 style=None))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 62, 64, decorate_for(r),
                     title=f"OncoVista 500 {r['sid']}", author="Vaidya Molecular Oncology "
                                                            "Laboratories",
                     creator="VMOL Reporter 4.2")


QC = lambda dna, rna, depth, cov: [
    ["DNA input", dna, "50 ng"], ["RNA input", rna, "20 ng"],
    ["Mean unique depth (DNA)", depth, "500x"], ["Targets at 100x or more", cov, "95%"]]

REPORTS = {}

REPORTS["9117"] = dict(
    patient="Patient AA", agegender="52 Y / Female", sid="VM25-ON-04471",
    stype="FFPE block, omental deposit (B-3381/25 A2)", clin="Dr. Meenakshi Iyer",
    hosp="Sahyadri Women's Cancer Centre", coll="12-03-2025", rep="28-03-2025",
    ind="High-grade serous carcinoma of ovary, stage IIIC; maintenance planning",
    tumour="65%",
    key=["**BRCA2** c.5946delT p.(Ser1982Argfs*22): pathogenic, clinically significant "
         "(PARP inhibitor eligibility)",
         "**TP53** c.713G>A p.(Cys238Tyr): pathogenic",
         "**BRCA1:** no clinically significant variants detected",
         "HRD positive (GIS 62); germline testing of BRCA2 recommended"],
    tiles=[("TMB", "3.1 mut/Mb", "Low", "High: 10 or more"),
           ("MSI", "MSS", "Stable", "2/130 loci unstable"),
           ("HRD (GIS)", "62", "Positive", "Cut-off: 42")],
    cs=[["BRCA2", "c.5946delT\np.(Ser1982Argfs*22)", "Frameshift", "58.4%",
         "Germline origin cannot be excluded",
         "Olaparib; niraparib; rucaparib (approved, maintenance)"]],
    pcs=[["TP53", "c.713G>A\np.(Cys238Tyr)", "Missense", "66.1%", "Probably somatic",
          "No approved therapy; prognostic"]],
    vus=[["ATM", "c.7475T>G p.(Leu2492Arg)", "Missense", "47.9%", "Unknown",
          "Conflicting in ClinVar"],
         ["ARID1A", "c.2879C>T p.(Pro960Leu)", "Missense", "12.0%", "Unknown",
          "Not reported"]],
    benign="BRCA1 c.4308T>C p.(Ser1436=); BRCA1 c.3113A>G p.(Glu1038Gly); BRCA2 c.865A>C "
           "p.(Asn289His); BRCA2 c.7242A>G p.(Ser2414=); TP53 c.215C>G p.(Pro72Arg).",
    ther=[["BRCA2 pathogenic variant", "Olaparib (+/- bevacizumab)", "Approved (CDSCO, FDA)",
           "Level 1"],
          ["HRD positive", "Niraparib", "Approved (maintenance)", "Level 1"]],
    trials=[["CTRI/2025/02/099112", "PARP inhibitor rechallenge with ATR inhibitor",
             "BRCA1/2 mutation", "Mumbai, Pune"]],
    desc=[("BRCA2", "BRCA2 encodes a protein essential for homologous recombination repair of "
                    "DNA double-strand breaks. Pathogenic variants occur in about 6% of ovarian "
                    "cancers (germline) and a further 3% (somatic), and predict sensitivity to "
                    "platinum and PARP inhibitors."),
          ("TP53", "TP53 is mutated in more than 95% of high-grade serous ovarian carcinomas."),
          ("HRD", "The GIS combines loss of heterozygosity, telomeric allelic imbalance and "
                  "large-scale state transitions; scores of 42 or more indicate HR deficiency.")],
    qc=QC("120 ng", "64 ng", "1,120x", "98.7%"),
    sign=["Dr. Rohan Kulkarni, MD (Pathology)\nMolecular Pathologist",
          "Dr. Shalini Deshpande, PhD\nScientific Officer (Genomics)",
          "Ms. Kavya Nair, MSc\nGenetic Counsellor"],
    counsel="The BRCA2 frameshift variant was found at 58.4% VAF in a sample with 65% tumour "
            "content; this is compatible with a germline variant with loss of the wild-type "
            "allele but also with a somatic event. Germline BRCA1/BRCA2 testing on blood or "
            "saliva is recommended. If the variant is confirmed as germline, first-degree "
            "relatives (including the patient's two daughters and sister) should be offered "
            "predictive testing, and the patient should be informed of the associated risks of "
            "breast, pancreatic and prostate (in male relatives) cancer. A post-test counselling "
            "appointment has been offered (VMOL Genetic Counselling Clinic, +91 20 5550 7799).",
)
REPORTS["9117"]["labels"] = [
    L("BRCA2", "mutation", "positive", ["BRCA2", "p.(Ser1982Argfs*22)", "CLINICALLY "
                                                                      "SIGNIFICANT VARIANTS"],
      alteration="S1982Rfs*22"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Cys238Tyr)"], alteration="C238Y"),
    L("BRCA1", "mutation", "negative", "BRCA1: no clinically significant variants detected"),
    L("TMB", "signature", "negative", ["3.1 mut/Mb", "Low"], value="3.1 mut/Mb"),
    L("MSI", "signature", "negative", ["MSS", "Stable"]),
]

REPORTS["9118"] = dict(
    patient="Patient AB", agegender="71 Y / Male", sid="VM25-ON-05208",
    stype="FFPE block, lung core biopsy (H-2210/25 A1)", clin="Dr. Arvind Menon",
    hosp="Konkan Chest and Cancer Hospital", coll="02-04-2025", rep="16-04-2025",
    ind="Lung adenocarcinoma, stage IV (adrenal, bone), treatment-naive",
    tumour="40%",
    key=["**MET** exon 14 skipping (c.3028+1G>T; RNA: MET exon 13::15 transcript, 612 "
         "reads): clinically significant",
         "**MDM2** amplification (CN 14) and **CDK4** amplification (CN 9): potential "
         "significance",
         "No clinically significant alterations detected in EGFR, KRAS, BRAF, ERBB2, ALK, "
         "ROS1, RET, NTRK1/2/3",
         "PD-L1 (22C3, referring laboratory): TPS 80%"],
    tiles=[("TMB", "7.9 mut/Mb", "Low", "High: 10 or more"),
           ("MSI", "MSS", "Stable", "1/130 loci unstable"),
           ("HRD (GIS)", "NA", "Not reported", "Validated for ovary only")],
    cs=[["MET", "c.3028+1G>T\n(exon 14 splice donor)", "Exon 14 skipping", "31.7%",
         "Somatic", "Capmatinib, tepotinib (approved for MET exon 14 skipping NSCLC)"]],
    pcs=[["MDM2", "Amplification (CN 14)", "Copy gain", "NA", "Somatic",
          "MDM2 inhibitors (trials)"],
         ["CDK4", "Amplification (CN 9)", "Copy gain", "NA", "Somatic",
          "CDK4/6 inhibitors (trials)"],
         ["TP53", "c.527G>T\np.(Cys176Phe)", "Missense", "28.0%", "Somatic", "Prognostic"]],
    vus=[["KMT2D", "c.15061C>T p.(Arg5021Trp)", "Missense", "48.2%", "Unknown",
          "Not reported"]],
    benign="MET c.1124A>G p.(Asn375Ser) (population frequency 1.1%); EGFR c.2361G>A "
           "p.(Gln787=); KDR c.1416A>T p.(Gln472His).",
    ther=[["MET exon 14 skipping", "Capmatinib", "Approved (FDA); available in India",
           "Level 1"],
          ["MET exon 14 skipping", "Tepotinib", "Approved (FDA, CDSCO)", "Level 1"],
          ["PD-L1 TPS 50% or more", "Pembrolizumab (first line)", "Approved", "Level 1"]],
    trials=[["CTRI/2024/11/087301", "MET TKI plus anti-PD-1 in MET exon 14 NSCLC",
             "MET exon 14 skipping", "Bengaluru, Pune"]],
    desc=[("MET", "MET exon 14 skipping removes the juxtamembrane domain that contains the "
                  "CBL binding site, reducing MET degradation. It occurs in 3-4% of NSCLC, "
                  "more often in older patients and in sarcomatoid histology."),
          ("MET amplification", "Not detected (MET copy number 3; amplification threshold 6)."),
          ("PD-L1", "PD-L1 expression was reported by the referring laboratory on the same "
                    "biopsy (22C3 pharmDx, TPS 80%, high expression) and is quoted here for "
                    "therapy matching; PD-L1 IHC was not repeated at VMOL.")],
    qc=QC("76 ng", "40 ng", "1,004x", "98.1%"),
    counsel="No variant in this report suggests a germline cancer predisposition. Germline "
            "testing is not routinely indicated for MET exon 14 skipping.",
    sign=["Dr. Rohan Kulkarni, MD (Pathology)\nMolecular Pathologist",
          "Dr. Imran Qureshi, PhD\nScientific Officer (Bioinformatics)",
          "Dr. Shalini Deshpande, PhD\nScientific Officer (Genomics)"],
)
REPORTS["9118"]["labels"] = [
    L("MET", "mutation", "positive", ["MET", "exon 14 skipping", "c.3028+1G>T"],
      alteration="exon 14 skipping"),
    L("MET", "amplification", "negative", "Not detected (MET copy number 3; amplification"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Cys176Phe)"], alteration="C176F"),
    L("PD-L1", "expression", "positive", ["PD-L1 (22C3, referring laboratory): TPS 80%",
                                          "high expression"], percent=80),
    L("TMB", "signature", "negative", ["7.9 mut/Mb", "Low"], value="7.9 mut/Mb"),
    L("MSI", "signature", "negative", ["MSS", "Stable"]),
    L("EGFR", "mutation", "negative", "No clinically significant alterations detected in EGFR"),
    L("KRAS", "mutation", "negative", "EGFR, KRAS, BRAF, ERBB2, ALK,"),
    L("BRAF", "mutation", "negative", "EGFR, KRAS, BRAF, ERBB2, ALK,"),
    L("HER2", "mutation", "negative", "EGFR, KRAS, BRAF, ERBB2, ALK,"),
    L("ALK", "fusion", "negative", ["EGFR, KRAS, BRAF, ERBB2, ALK,", "ROS1, RET, NTRK1/2/3"]),
    L("ROS1", "fusion", "negative", "ROS1, RET, NTRK1/2/3"),
    L("RET", "fusion", "negative", "ROS1, RET, NTRK1/2/3"),
    L("NTRK", "fusion", "negative", "ROS1, RET, NTRK1/2/3"),
]
