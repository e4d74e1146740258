"""Lab B: Cresswell Genomics, Inc. (US commercial). Vera font, highlights page with a column of
biomarker boxes, one block per genomic finding, VUS grid, trials, genes-analyzed appendix."""
from reportlab.lib.pagesizes import letter

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, TA_RIGHT, bar, build_pdf, colors, draw, kv, tbl)

TEAL = colors.HexColor("#0E6E6E")
MINT = colors.HexColor("#E3F2F0")
GREY = colors.HexColor("#F2F2F2")
KIT = Kit("Vera", size=7.8, accent=TEAL, light=MINT, rule=colors.HexColor("#A9C3C0"))
PAGE = letter
MARGINS = (40, 40, 50)
W = PAGE[0] - 80

GENES_ANALYZED = (
    "ABL1 ACVR1B AKT1 AKT2 AKT3 ALK ALOX12B AMER1 APC AR ARAF ARFRP1 ARID1A ARID1B ARID2 ASXL1 "
    "ATM ATR ATRX AURKA AURKB AXIN1 AXL BAP1 BARD1 BCL2 BCL6 BCOR BCORL1 BLM BRAF BRCA1 BRCA2 "
    "BRD4 BRIP1 BTK CALR CARD11 CBL CCND1 CCND2 CCND3 CCNE1 CD274 CDH1 CDK12 CDK4 CDK6 CDKN1A "
    "CDKN1B CDKN2A CDKN2B CDKN2C CHEK1 CHEK2 CIC CREBBP CRKL CSF1R CTCF CTNNA1 CTNNB1 CUL3 "
    "DAXX DDR2 DNMT3A DOT1L EGFR EMSY EP300 EPHA3 EPHB1 ERBB2 ERBB3 ERBB4 ERCC4 ERG ERRFI1 ESR1 "
    "EZH2 FANCA FANCC FANCG FANCL FAS FBXW7 FGF19 FGF3 FGF4 FGFR1 FGFR2 FGFR3 FGFR4 FH FLCN FLT1 "
    "FLT3 FOXL2 FUBP1 GATA3 GNA11 GNAQ GNAS GRM3 GSK3B H3-3A HDAC1 HGF HNF1A HRAS IDH1 IDH2 "
    "IGF1R IKBKE IKZF1 INPP4B IRF4 JAK1 JAK2 JAK3 JUN KDM5A KDM6A KDR KEAP1 KEL KIT KMT2A KMT2D "
    "KRAS LTK LYN MAP2K1 MAP2K2 MAP3K1 MCL1 MDM2 MDM4 MED12 MEF2B MEN1 MET MITF MLH1 MPL MRE11 "
    "MSH2 MSH3 MSH6 MST1R MTOR MUTYH MYC MYCN NBN NF1 NF2 NFE2L2 NKX2-1 NOTCH1 NOTCH2 NOTCH3 "
    "NPM1 NRAS NSD3 NTRK1 NTRK2 NTRK3 PALB2 PARP1 PAX5 PBRM1 PDGFRA PDGFRB PIK3CA PIK3CB PIK3R1 "
    "PMS2 POLD1 POLE PPP2R1A PRKAR1A PTCH1 PTEN PTPN11 RAD21 RAD51 RAD51B RAD51C RAD51D RAF1 "
    "RB1 RET RICTOR RNF43 ROS1 RUNX1 SDHA SDHB SDHC SDHD SETD2 SF3B1 SMAD2 SMAD4 SMARCA4 "
    "SMARCB1 SMO SOX2 SOX9 SPOP STAG2 STAT3 STK11 SUFU SYK TBX3 TEK TERT TET2 TGFBR2 TMPRSS2 "
    "TP53 TSC1 TSC2 TYRO3 U2AF1 VEGFA VHL WT1 XPO1 ZNF217 ... (648 genes; full list at "
    "www.cresswellgenomics.invalid/crescendo648)")


AA3 = {"A": "Ala", "R": "Arg", "N": "Asn", "D": "Asp", "C": "Cys", "E": "Glu", "Q": "Gln",
       "G": "Gly", "H": "His", "I": "Ile", "L": "Leu", "K": "Lys", "M": "Met", "F": "Phe",
       "P": "Pro", "S": "Ser", "T": "Thr", "W": "Trp", "Y": "Tyr", "V": "Val"}
TX = {"ARID1B": "NM_001374828.1", "ATR": "NM_001184.4", "BRIP1": "NM_032043.3",
      "FANCA": "NM_000135.4", "KMT2C": "NM_170606.3", "NOTCH2": "NM_024408.4",
      "PREX2": "NM_024870.4", "RNF43": "NM_017763.6", "TSC2": "NM_000548.5",
      "ZNF703": "NM_025069.2", "ARID1A": "NM_006015.6", "CHEK2": "NM_007194.4",
      "ERBB3": "NM_001982.4", "FAT1": "NM_005245.4", "KMT2D": "NM_003482.4",
      "MAP3K1": "NM_005921.2", "NF1": "NM_001042492.3", "PTPRT": "NM_133170.4",
      "RAD51C": "NM_058216.3", "TBX3": "NM_016569.4", "ATM": "NM_000051.4",
      "EPHA5": "NM_004439.8", "ERBB4": "NM_005235.3", "LRP1B": "NM_018557.3",
      "NOTCH1": "NM_017617.5", "PTPRD": "NM_002839.4", "ROS1": "NM_002944.3",
      "SMARCA4": "NM_003072.5", "ZFHX3": "NM_006885.4"}
SUBST = {"A": "C>T", "R": "G>A", "N": "A>G", "D": "G>A", "C": "T>C", "E": "G>A", "Q": "C>T",
         "G": "G>A", "H": "C>T", "I": "A>G", "L": "C>T", "K": "A>G", "M": "A>G", "F": "T>C",
         "P": "C>T", "S": "C>T", "T": "A>G", "W": "C>T", "Y": "T>C", "V": "G>A"}


def vus_details(vus, exons, vafs, depths):
    rows = []
    for name, exon, vaf, depth in zip(vus, exons, vafs, depths):
        gene, alt = name.split()
        ref, pos, new = alt[0], int(alt[1:-1]), alt[-1]
        rows.append([gene, TX[gene], f"c.{3 * pos - 1}{SUBST[ref]}",
                     f"p.{AA3[ref]}{pos}{AA3[new]}", str(exon), vaf, depth, "VUS"])
    return rows


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(TEAL)
        for k, rad in enumerate((7, 5, 3)):
            c.circle(52 + k * 11, h - 46, rad, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 92, h - 50, "CRESSWELL GENOMICS", "VeraBd", 12)
        if page == 1:
            draw(c, 92, h - 60, "2200 Innovation Way, Suite 400, Morrisville, NC 27599  |  "
                 "CLIA 34D9990288  |  CAP 9990142", "Vera", 6)
            draw(c, w - 40, h - 44, "CRESCENDO 648", "VeraBd", 11, align="right")
            draw(c, w - 40, h - 55, "Comprehensive Genomic Profile (DNA + RNA)", "Vera", 7.4,
                 align="right")
        else:
            draw(c, w - 40, h - 46, f"{r['patient']}  |  DOB {r['dob']}  |  Report {r['acc']}",
                 "Vera", 7, align="right")
            draw(c, w - 40, h - 55, "CRESCENDO 648", "VeraBd", 7, align="right")
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(40, h - 66, w - 40, h - 66)
        c.setLineWidth(0.5)
        c.line(40, 38, w - 40, 38)
        draw(c, 40, 28, f"Cresswell Genomics, Inc.  |  Medical Director: Anand Rao-Whitfield, MD"
             f"  |  1-555-0199  |  Report {r['acc']}", "Vera", 6)
        draw(c, w - 40, 28, f"{page} / {total}", "VeraBd", 7, align="right")
        c.restoreState()
    return decorate


def biobox(name, value, call, note):
    k = KIT
    rows = [[P(name, k.ps(size=6.6, font=k.bold, color=TEAL))],
            [P(value, k.ps(size=11.5, font=k.bold))],
            [P(call, k.ps(size=7, font=k.bold))],
            [P(note, k.ps(size=6.2))]]
    return tbl(rows, [150], k, header_rows=0, style="box", pad=4,
               extra=[("BACKGROUND", (0, 0), (-1, -1), MINT)])


def finding_block(f):
    k = KIT
    head = tbl([[P(f["gene"], k.ps(size=11, font=k.bold, color=TEAL)),
                 P(f["alt"], k.ps(size=9, font=k.bold)),
                 P(f["sig"], k.ps(size=7.4, font=k.bold, align=TA_RIGHT))]],
               [70, 250, W - 320], k, header_rows=0, style=None,
               extra=[("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL), ("VALIGN", (0, 0), (-1, -1),
                                                                 "BOTTOM")])
    out = [head, Spacer(1, 2)]
    out.append(kv(f["facts"], k, [80, 180, 80, W - 340], cols=2))
    out.append(Spacer(1, 2))
    out.append(P(f["text"], k.body))
    if f.get("ther"):
        out.append(Spacer(1, 2))
        out.append(tbl([["Therapies, FDA-approved in this tumor type",
                         "Therapies, FDA-approved in other tumor types", "Clinical trials"]] +
                       [f["ther"]], [W / 3] * 3, k, header_bg=GREY, style="grid"))
    out.append(Spacer(1, 7))
    return out


def story(r):
    k = KIT
    s = []
    pat = [("Name", r["patient"]), ("Date of birth", r["dob"]), ("Sex", r["sex"]),
           ("Medical record #", r["mrn"])]
    spec = [("Report #", r["acc"]), ("Specimen", r["specimen"]), ("Collected", r["collected"]),
            ("Received", r["received"]), ("Tumor content", r["tumor"])]
    order = [("Ordering physician", r["physician"]), ("Institution", r["facility"]),
             ("Report date", r["reported"]), ("Diagnosis", r["diagnosis"])]
    cols = []
    for title, pairs in (("PATIENT", pat), ("SPECIMEN", spec), ("ORDERED BY", order)):
        cols.append([P(title, k.ps(size=7, font=k.bold, color=TEAL)),
                     kv(pairs, k, [56, 118], key_style=k.ps(size=6.8, font=k.bold),
                        val_style=k.ps(size=6.8))])
    s.append(tbl([cols], [W / 3] * 3, k, header_rows=0, style=None,
                 extra=[("BACKGROUND", (0, 0), (-1, -1), GREY)]))
    s.append(Spacer(1, 8))
    left = [P("REPORT HIGHLIGHTS", k.ps(size=10, font=k.bold, color=TEAL)), Spacer(1, 3),
            P("Genomic findings with evidence of clinical significance", k.h3)]
    left += [P("\u2022 " + x, k.body) for x in r["highlights"]]
    left += [Spacer(1, 4), P("Relevant findings", k.h3)]
    left += [P(x, k.body) for x in r["relevant"]]
    right = [P("BIOMARKER FINDINGS", k.ps(size=8, font=k.bold, color=TEAL)), Spacer(1, 3)]
    for b in r["biomarkers"]:
        right += [biobox(*b), Spacer(1, 4)]
    s.append(tbl([[left, right]], [W - 166, 166], k, header_rows=0, style=None,
                 extra=[("LINEAFTER", (0, 0), (0, 0), 0.5, TEAL)]))
    s.append(Spacer(1, 6))
    s.append(P(r["highlight_note"], k.small))
    s.append(Spacer(1, 8))
    s.append(bar("GENOMIC FINDINGS", k, W, size=9))
    s.append(Spacer(1, 4))
    for f in r["findings"]:
        s += finding_block(f)
    s.append(bar("BIOMARKER DETAILS", k, W, size=9))
    s.append(Spacer(1, 3))
    for para in r["biomarker_text"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 3))
    if r.get("ihc"):
        s.append(Spacer(1, 3))
        s.append(bar("IMMUNOHISTOCHEMISTRY (PERFORMED BY CRESSWELL GENOMICS)", k, W, size=8.5,
                     bg=colors.HexColor("#3F8C8C")))
        s.append(Spacer(1, 2))
        s.append(tbl([["Biomarker", "Clone / assay", "Result", "Scoring", "Interpretation"]] +
                     r["ihc"], [60, 100, 80, 170, W - 410], k, header_bg=GREY))
        s.append(Spacer(1, 3))
    s.append(Spacer(1, 4))
    s.append(bar("VARIANTS OF UNKNOWN SIGNIFICANCE", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(P("Variants of unknown significance (VUS) lack sufficient evidence of pathogenicity "
               "and are not used for treatment decisions. They are listed for completeness and may "
               "be reclassified. Benign and likely benign variants are not reported.", k.small))
    s.append(Spacer(1, 2))
    vus = r["vus"]
    rows = []
    for i in range(0, len(vus), 4):
        chunk = vus[i:i + 4] + [""] * (4 - len(vus[i:i + 4]))
        rows.append(chunk)
    s.append(tbl(rows, [W / 4] * 4, k, header_rows=0, style="grid"))
    s.append(Spacer(1, 6))
    if r.get("trials"):
        s.append(bar("CLINICAL TRIALS", k, W, size=9))
        s.append(Spacer(1, 2))
        s.append(tbl([["Study", "Phase", "Title", "Targets", "Nearest site"]] + r["trials"],
                     [62, 34, 220, 100, W - 416], k, style="lines"))
        s.append(Spacer(1, 6))
    s.append(bar("GERMLINE AND SECONDARY FINDINGS", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(P(r["germline"], k.body))
    s.append(Spacer(1, 6))
    s.append(bar("APPENDIX: VARIANT DETAILS", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(P("All reported genomic findings and variants of unknown significance with their "
               "reference transcripts and sequencing metrics.", k.small))
    s.append(tbl([["Gene", "Transcript", "Nucleotide", "Amino acid", "Exon", "VAF", "Depth",
                   "Category"]] + r["details"], [46, 82, 96, 90, 34, 42, 44, W - 434], k,
                 header_bg=GREY, style="grid", zebra=colors.HexColor("#F8FBFB")))
    s.append(Spacer(1, 6))
    s.append(bar("APPENDIX: GENES ANALYZED", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(P("DNA: all coding exons and selected introns of the following genes were sequenced "
               "for base substitutions, insertions and deletions and copy number alterations. "
               "RNA: transcripts of 55 genes were analyzed for fusions and splice variants "
               "(including ALK, BRAF, FGFR1-3, MET exon 14, NRG1, NTRK1-3, RET and ROS1).",
               k.small))
    s.append(P(GENES_ANALYZED, k.ps(size=6.2)))
    s.append(Spacer(1, 5))
    s.append(P("About the test", k.h3))
    s.append(P(
        "CRESCENDO 648 is a hybrid-capture next-generation sequencing assay of tumor DNA (648 "
        "genes, 1.9 Mb) and RNA (55 fusion genes) from FFPE tissue, without a matched normal "
        "sample. Tumor mutational burden counts nonsynonymous and synonymous somatic variants "
        "per megabase after removal of germline polymorphisms; TMB-High is 10 Muts/Mb or more. "
        "Microsatellite status is computed from 1,850 microsatellite loci. Genomic loss of "
        "heterozygosity (LOH) is the percentage of the evaluable genome with LOH; LOH-High is 16% "
        "or more and is reported for ovarian, breast, pancreatic and prostate cancers only. "
        "Sensitivity for variants at 5% allele fraction or more is above 99%; copy number calls "
        "require 20% tumor content. The assay was developed and validated by Cresswell Genomics "
        "under CLIA and is not FDA cleared.", k.small))
    s.append(Spacer(1, 6))
    s.append(kv([("Electronically signed by", r["signer"]), ("Date", r["reported"])], k,
                [110, W - 110]))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 76, 76, decorate_for(r),
                     title=f"CRESCENDO 648 Report {r['acc']}", author="Cresswell Genomics, Inc.",
                     creator="Cresswell Report Engine 7")


REPORTS = {}

REPORTS["9094"] = dict(
    patient="Patient D", dob="09/18/1956", sex="Male", mrn="KP00981442", acc="CG-25-118804",
    specimen="Liver, segment 6, core needle biopsy (block 1A)", collected="03/03/2025",
    received="03/07/2025", tumor="35%", physician="Helena Marsh, MD",
    facility="Piedmont Regional Oncology", reported="03/19/2025",
    diagnosis="Pancreatic ductal adenocarcinoma, metastatic to liver",
    highlights=["KRAS G12R", "TP53 R282W", "CDKN2A loss", "SMAD4 loss"],
    relevant=["**Homologous recombination genes** (BRCA1, BRCA2, PALB2, ATM, CHEK2): no "
              "pathogenic or likely pathogenic variants detected.",
              "**Fusions (RNA):** no fusions detected in NTRK1, NTRK2, NTRK3, NRG1, ALK, ROS1, "
              "RET, BRAF or FGFR2.",
              "**KRAS wild-type** tumors are enriched for targetable fusions; this tumor is "
              "KRAS-mutated."],
    biomarkers=[("TUMOR MUTATIONAL BURDEN", "1.3 Muts/Mb", "TMB-Low",
                 "TMB-High threshold: \u2265 10 Muts/Mb"),
                ("MICROSATELLITE STATUS", "MS-Stable", "MSI-High not detected",
                 "1,850 loci evaluated"),
                ("GENOMIC LOH", "9%", "LOH-Low", "LOH-High threshold: \u2265 16%")],
    highlight_note="No FDA-approved therapies are associated with the genomic findings in this "
                   "tumor type. See Clinical Trials. Findings are listed alphabetically, not by "
                   "importance.",
    findings=[
        dict(gene="KRAS", alt="G12R (c.34G>C)", sig="CLINICALLY SIGNIFICANT",
             facts=[("Variant allele", "21.8%"), ("Coding effect", "p.Gly12Arg, exon 2"),
                    ("Transcript", "NM_004985.5"), ("Depth", "1,044x")],
             text="KRAS mutations occur in about 90% of pancreatic ductal adenocarcinomas; G12R "
                  "accounts for roughly 15% of them. G12R is not inhibited by KRAS G12C "
                  "inhibitors; pan-RAS and RAS(ON) inhibitors are in clinical trials.",
             ther=["None", "None", "Yes (see Clinical Trials)"]),
        dict(gene="TP53", alt="R282W (c.844C>T)", sig="CLINICALLY SIGNIFICANT",
             facts=[("Variant allele", "24.6%"), ("Coding effect", "p.Arg282Trp, exon 8"),
                    ("Transcript", "NM_000546.6"), ("Depth", "988x")],
             text="A recurrent loss-of-function hotspot mutation. No therapies are approved on "
                  "the basis of TP53 status.", ther=["None", "None", "No"]),
        dict(gene="CDKN2A", alt="Loss (homozygous deletion)", sig="POTENTIAL CLINICAL "
                                                                   "SIGNIFICANCE",
             facts=[("Copy number", "0"), ("Exons", "1-3"), ("Method", "DNA copy number"),
                    ("", "")],
             text="Loss of CDKN2A removes p16INK4a and p14ARF. CDK4/6 inhibitors have shown "
                  "limited activity in this setting.", ther=["None", "None", "Yes"]),
        dict(gene="SMAD4", alt="Loss (homozygous deletion)", sig="POTENTIAL CLINICAL "
                                                                  "SIGNIFICANCE",
             facts=[("Copy number", "0"), ("Exons", "1-12"), ("Method", "DNA copy number"),
                    ("", "")],
             text="SMAD4 loss is associated with a more aggressive metastatic pattern in "
                  "pancreatic cancer.", ther=["None", "None", "No"]),
    ],
    biomarker_text=[
        "**Tumor mutational burden: 1.3 Muts/Mb (TMB-Low).** Low TMB is typical of pancreatic "
        "adenocarcinoma. Pembrolizumab is FDA approved for TMB-High (10 Muts/Mb or more) solid "
        "tumors; this tumor does not meet that threshold.",
        "**Microsatellite status: MS-Stable.** Microsatellite instability was not detected.",
        "**Genomic LOH: 9% (LOH-Low).** LOH is not a validated predictor in pancreatic cancer; "
        "reported for information.",
    ],
    vus=["ARID1B A1138V", "ATR K2152R", "BRIP1 S624L", "FANCA R1117H", "KMT2C P4190S",
         "NOTCH2 E1932K", "PREX2 G1197D", "RNF43 P441S", "TSC2 R1200W", "ZNF703 A236T"],
    trials=[
        ["CG-T-4471", "1/2", "RAS(ON) multi-selective inhibitor in previously treated PDAC",
         "KRAS G12X", "Raleigh, NC (38 mi)"],
        ["CG-T-5102", "2", "Palbociclib combination after first-line chemotherapy",
         "CDKN2A loss", "Charlotte, NC (141 mi)"],
    ],
    germline="This test is not designed to identify germline variants. A BRCA2 variant, c.9976A>T "
             "p.(Lys3326Ter), was seen at 48% allele fraction; this common polymorphism is "
             "classified as benign, is not associated with hereditary breast and ovarian cancer "
             "risk, and is not reported as a finding. Because pancreatic cancer carries a "
             "meaningful rate of inherited predisposition, NCCN recommends germline testing for "
             "all patients with pancreatic adenocarcinoma regardless of this result.",
    signer="Priya Castellanos, MD, PhD, Laboratory Director",
)
REPORTS["9094"]["details"] = [
    ["KRAS", "NM_004985.5", "c.34G>C", "p.Gly12Arg", "2", "21.8%", "1,044x",
     "Clinically significant"],
    ["TP53", "NM_000546.6", "c.844C>T", "p.Arg282Trp", "8", "24.6%", "988x",
     "Clinically significant"],
    ["CDKN2A", "NM_000077.5", "deletion", "loss (CN 0)", "1-3", "n/a", "n/a",
     "Potential significance"],
    ["SMAD4", "NM_005359.6", "deletion", "loss (CN 0)", "1-12", "n/a", "n/a",
     "Potential significance"],
] + vus_details(REPORTS["9094"]["vus"], [16, 40, 19, 36, 43, 31, 27, 9, 30, 2],
                ["11.2%", "48.0%", "47.5%", "9.8%", "18.3%", "22.0%", "14.1%", "19.6%",
                 "49.2%", "8.8%"],
                ["702x", "911x", "655x", "480x", "512x", "730x", "602x", "844x", "790x",
                 "566x"])
REPORTS["9094"]["labels"] = [
    L("KRAS", "mutation", "positive", ["KRAS", "G12R (c.34G>C)", "CLINICALLY SIGNIFICANT"],
      alteration="G12R"),
    L("TP53", "mutation", "positive", ["TP53", "R282W (c.844C>T)"], alteration="R282W"),
    L("TMB", "signature", "negative", ["1.3 Muts/Mb", "TMB-Low"], value="1.3 Muts/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High not detected"]),
    L("BRCA1", "mutation", "negative", "(BRCA1, BRCA2, PALB2, ATM, CHEK2): no pathogenic or "
                                       "likely pathogenic variants detected"),
    L("BRCA2", "mutation", "negative", "(BRCA1, BRCA2, PALB2, ATM, CHEK2): no pathogenic or "
                                       "likely pathogenic variants detected"),
    L("NTRK", "fusion", "negative", "no fusions detected in NTRK1, NTRK2, NTRK3, NRG1, ALK"),
    L("ALK", "fusion", "negative", "no fusions detected in NTRK1, NTRK2, NTRK3, NRG1, ALK"),
    L("ROS1", "fusion", "negative", ["NRG1, ALK, ROS1, RET,", "BRAF or FGFR2"]),
    L("RET", "fusion", "negative", ["NRG1, ALK, ROS1, RET,", "BRAF or FGFR2"]),
    L("BRAF", "fusion", "negative", ["NRG1, ALK, ROS1, RET,", "BRAF or FGFR2"]),
]

REPORTS["9095"] = dict(
    patient="Patient E", dob="02/06/1963", sex="Female", mrn="WM-2230871", acc="CG-25-131560",
    specimen="Liver, segment 4b, core needle biopsy (block A1)", collected="04/14/2025",
    received="04/18/2025", tumor="50%", physician="Odile Fairbanks, MD",
    facility="Westmarch Breast Center", reported="04/30/2025",
    diagnosis="Breast carcinoma, metastatic to liver",
    highlights=["PIK3CA H1047R", "ESR1 Y537S", "GATA3 D336fs*17", "CCND1 amplification"],
    relevant=["**Clinical information provided:** invasive ductal carcinoma of the left breast "
              "(2021), ER positive (95%), PR positive (10%), HER2 negative (IHC 1+) per the "
              "referring institution's pathology report; progression on letrozole and "
              "palbociclib.",
              "**ERBB2:** not amplified (copy number 2). HER2-low status cannot be determined by "
              "DNA sequencing.",
              "**BRCA1, BRCA2, PALB2:** no reportable alterations."],
    biomarkers=[("TUMOR MUTATIONAL BURDEN", "4.2 Muts/Mb", "TMB-Low",
                 "TMB-High threshold: \u2265 10 Muts/Mb"),
                ("MICROSATELLITE STATUS", "MS-Stable", "MSI-High not detected",
                 "1,850 loci evaluated"),
                ("GENOMIC LOH", "12%", "LOH-Low", "LOH-High threshold: \u2265 16%")],
    highlight_note="FDA-approved therapies are associated with PIK3CA H1047R and ESR1 Y537S in "
                   "this tumor type. Findings are listed alphabetically, not by importance.",
    findings=[
        dict(gene="PIK3CA", alt="H1047R (c.3140A>G)", sig="CLINICALLY SIGNIFICANT",
             facts=[("Variant allele", "33.1%"), ("Coding effect", "p.His1047Arg, exon 21"),
                    ("Transcript", "NM_006218.4"), ("Depth", "1,310x")],
             text="An activating kinase-domain hotspot. In HR-positive, HER2-negative advanced "
                  "breast cancer, PIK3CA mutations predict benefit from alpelisib with "
                  "fulvestrant, capivasertib with fulvestrant, and inavolisib with palbociclib "
                  "and fulvestrant.",
             ther=["Alpelisib, Capivasertib, Inavolisib", "None", "Yes"]),
        dict(gene="ESR1", alt="Y537S (c.1610A>C)", sig="CLINICALLY SIGNIFICANT",
             facts=[("Variant allele", "7.8%"), ("Coding effect", "p.Tyr537Ser, exon 8"),
                    ("Transcript", "NM_000125.4"), ("Depth", "1,122x")],
             text="A ligand-binding-domain mutation that makes the estrogen receptor "
                  "constitutively active and confers resistance to aromatase inhibitors. "
                  "Elacestrant is approved for ER-positive, HER2-negative, ESR1-mutated advanced "
                  "breast cancer after endocrine therapy.",
             ther=["Elacestrant", "None", "Yes"]),
        dict(gene="GATA3", alt="D336fs*17 (c.1006_1007insG)", sig="POTENTIAL CLINICAL "
                                                                    "SIGNIFICANCE",
             facts=[("Variant allele", "29.0%"), ("Coding effect", "frameshift, exon 5"),
                    ("Transcript", "NM_001002295.2"), ("Depth", "870x")],
             text="GATA3 frameshift mutations are common in luminal breast cancer.",
             ther=["None", "None", "No"]),
        dict(gene="CCND1", alt="Amplification", sig="POTENTIAL CLINICAL SIGNIFICANCE",
             facts=[("Copy number", "9"), ("Co-amplified", "FGF3, FGF4, FGF19"),
                    ("Method", "DNA copy number"), ("", "")],
             text="Amplification of the 11q13 amplicon is associated with endocrine resistance.",
             ther=["None", "None", "Yes"]),
    ],
    biomarker_text=[
        "**Tumor mutational burden: 4.2 Muts/Mb (TMB-Low).**",
        "**Microsatellite status: MS-Stable.**",
        "**Genomic LOH: 12% (LOH-Low).** Reported for breast cancer for information only.",
    ],
    vus=["ARID1A G1847R", "BRIP1 V193I", "CHEK2 E64K", "ERBB3 R475W", "FAT1 S2211N",
         "KMT2D A4211T", "MAP3K1 P1012S", "NF1 K1444E", "PTPRT R1066H", "RAD51C T287A",
         "TBX3 G410S"],
    trials=[
        ["CG-T-3810", "3", "Oral SERD plus CDK4/6 inhibitor after progression",
         "ESR1 mutation", "Atlanta, GA (95 mi)"],
        ["CG-T-4920", "1", "Mutant-selective PI3K-alpha inhibitor", "PIK3CA H1047X",
         "Nashville, TN (210 mi)"],
    ],
    germline="This test is not designed to identify germline variants and was performed without a "
             "matched normal sample. No variant in this report has features that suggest "
             "germline origin. Absence of a reportable BRCA1 or BRCA2 alteration in tumor does not "
             "rule out a hereditary predisposition.",
    signer="Priya Castellanos, MD, PhD, Laboratory Director",
)
REPORTS["9095"]["details"] = [
    ["PIK3CA", "NM_006218.4", "c.3140A>G", "p.His1047Arg", "21", "33.1%", "1,310x",
     "Clinically significant"],
    ["ESR1", "NM_000125.4", "c.1610A>C", "p.Tyr537Ser", "8", "7.8%", "1,122x",
     "Clinically significant"],
    ["GATA3", "NM_001002295.2", "c.1006_1007insG", "p.Asp336GlyfsTer17", "5", "29.0%",
     "870x", "Potential significance"],
    ["CCND1", "NM_053056.3", "amplification", "CN 9", "1-5", "n/a", "n/a",
     "Potential significance"],
] + vus_details(REPORTS["9095"]["vus"], [20, 4, 2, 12, 10, 48, 14, 31, 22, 5, 6],
                ["14.6%", "49.1%", "47.7%", "21.0%", "18.4%", "12.2%", "26.8%", "9.5%",
                 "17.0%", "48.8%", "11.9%"],
                ["640x", "822x", "901x", "713x", "590x", "488x", "655x", "702x", "610x",
                 "870x", "540x"])
REPORTS["9095"]["labels"] = [
    L("PIK3CA", "mutation", "positive", ["PIK3CA", "H1047R (c.3140A>G)"], alteration="H1047R"),
    L("ER", "mutation", "positive", ["ESR1", "Y537S (c.1610A>C)"], alteration="Y537S",
      optional=True),
    L("ER", "expression", "positive", "ER positive (95%)", percent=95),
    L("PR", "expression", "positive", "PR positive (10%)", percent=10),
    L("HER2", "expression", "negative", "HER2 negative (IHC 1+)", ihc_score="1+"),
    L("HER2", "amplification", "negative", ["ERBB2:", "not amplified (copy number 2)"]),
    L("BRCA1", "mutation", "negative", "BRCA1, BRCA2, PALB2: no reportable alterations."),
    L("BRCA2", "mutation", "negative", "BRCA1, BRCA2, PALB2: no reportable alterations."),
    L("TMB", "signature", "negative", ["4.2 Muts/Mb", "TMB-Low"], value="4.2 Muts/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High not detected"]),
]

REPORTS["9096"] = dict(
    patient="Patient F", dob="12/11/1950", sex="Male", mrn="SV-0047719", acc="CG-25-140233",
    specimen="Lymph node, station 4R, EBUS-TBNA cell block (block C1)", collected="05/05/2025",
    received="05/09/2025", tumor="40%", physician="Dmitri Okonkwo, MD",
    facility="Stonevale Pulmonary Associates", reported="05/21/2025",
    diagnosis="Non-small cell lung carcinoma, adenocarcinoma (TTF-1 positive)",
    highlights=["KRAS G12C", "STK11 Q37*", "KEAP1 G333C", "Tumor mutational burden: TMB-High"],
    relevant=["**Pertinent negatives:** EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no "
              "reportable alterations.",
              "**PD-L1 (22C3):** TPS 5% (see Immunohistochemistry)."],
    biomarkers=[("TUMOR MUTATIONAL BURDEN", "14 Muts/Mb", "TMB-High",
                 "TMB-High threshold: \u2265 10 Muts/Mb"),
                ("MICROSATELLITE STATUS", "MS-Stable", "MSI-High not detected",
                 "1,850 loci evaluated"),
                ("GENOMIC LOH", "Not reported", "Not applicable",
                 "Reported for ovary, breast, pancreas, prostate")],
    highlight_note="FDA-approved therapies are associated with KRAS G12C and TMB-High. STK11 and "
                   "KEAP1 co-mutations have been associated with inferior outcomes on "
                   "immunotherapy.",
    findings=[
        dict(gene="KRAS", alt="G12C (c.34G>T)", sig="CLINICALLY SIGNIFICANT",
             facts=[("Variant allele", "18.4%"), ("Coding effect", "p.Gly12Cys, exon 2"),
                    ("Transcript", "NM_004985.5"), ("Depth", "1,207x")],
             text="KRAS G12C is found in about 13% of lung adenocarcinomas. Sotorasib and "
                  "adagrasib are approved for KRAS G12C-mutated NSCLC after at least one prior "
                  "systemic therapy.",
             ther=["Sotorasib, Adagrasib", "Adagrasib + cetuximab (colorectal)", "Yes"]),
        dict(gene="STK11", alt="Q37* (c.109C>T)", sig="POTENTIAL CLINICAL SIGNIFICANCE",
             facts=[("Variant allele", "36.0%"), ("Coding effect", "p.Gln37Ter, exon 1"),
                    ("Transcript", "NM_000455.5"), ("Depth", "640x")],
             text="Truncating; loss of LKB1. Associated with reduced benefit from PD-1/PD-L1 "
                  "blockade in KRAS-mutated NSCLC.", ther=["None", "None", "Yes"]),
        dict(gene="KEAP1", alt="G333C (c.997G>T)", sig="POTENTIAL CLINICAL SIGNIFICANCE",
             facts=[("Variant allele", "35.2%"), ("Coding effect", "p.Gly333Cys, exon 3"),
                    ("Transcript", "NM_203500.2"), ("Depth", "902x")],
             text="Kelch-domain mutation activating NRF2 signaling.",
             ther=["None", "None", "Yes"]),
    ],
    biomarker_text=[
        "**Tumor mutational burden: 14 Muts/Mb (TMB-High).** Pembrolizumab is FDA approved for "
        "unresectable or metastatic TMB-High (10 Muts/Mb or more) solid tumors that have "
        "progressed after prior treatment.",
        "**Microsatellite status: MS-Stable.**",
    ],
    ihc=[["PD-L1", "22C3 pharmDx (Dako)", "TPS 5%", "Tumor proportion score; 100 viable tumor "
                                                    "cells present",
          "PD-L1 expressed (TPS 1-49%)"],
         ["ALK", "D5F3 (Ventana)", "Not performed", "Cell block exhausted after sequencing", ""]],
    vus=["ATM V2119I", "EPHA5 G478E", "ERBB4 S303F", "KMT2C R2609Q", "LRP1B T3392M",
         "NOTCH1 R912W", "PTPRD D1227N", "ROS1 R2127Q", "SMARCA4 P913L", "ZFHX3 T1762M"],
    trials=[
        ["CG-T-5230", "3", "Divarasib versus sotorasib or adagrasib", "KRAS G12C",
         "Durham, NC (14 mi)"],
        ["CG-T-5388", "2", "KRAS G12C inhibitor plus pembrolizumab, first line", "KRAS G12C",
         "Durham, NC (14 mi)"],
    ],
    germline="This test is not designed to identify germline variants. No variant in this report "
             "has features that suggest germline origin.",
    signer="Lionel Abernathy, MD, Associate Director",
)
REPORTS["9096"]["details"] = [
    ["KRAS", "NM_004985.5", "c.34G>T", "p.Gly12Cys", "2", "18.4%", "1,207x",
     "Clinically significant"],
    ["STK11", "NM_000455.5", "c.109C>T", "p.Gln37Ter", "1", "36.0%", "640x",
     "Potential significance"],
    ["KEAP1", "NM_203500.2", "c.997G>T", "p.Gly333Cys", "3", "35.2%", "902x",
     "Potential significance"],
] + vus_details(REPORTS["9096"]["vus"], [43, 7, 8, 38, 61, 16, 28, 39, 19, 9],
                ["22.3%", "17.8%", "12.0%", "30.5%", "28.4%", "16.6%", "24.1%", "48.5%",
                 "20.2%", "26.9%"],
                ["744x", "610x", "802x", "688x", "540x", "712x", "590x", "860x", "777x",
                 "630x"])
REPORTS["9096"]["labels"] = [
    L("KRAS", "mutation", "positive", ["KRAS", "G12C (c.34G>T)", "CLINICALLY SIGNIFICANT"],
      alteration="G12C"),
    L("TMB", "signature", "positive", ["14 Muts/Mb", "TMB-High"], value="14 Muts/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High not detected"]),
    L("PD-L1", "expression", "positive", ["TPS 5%", "PD-L1 expressed (TPS 1-49%)"], percent=5),
    L("EGFR", "mutation", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("BRAF", "mutation", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("MET", "mutation", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("HER2", "mutation", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("ALK", "fusion", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("ROS1", "fusion", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("RET", "fusion", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
    L("NTRK", "fusion", "negative", "EGFR, ALK, ROS1, RET, MET, BRAF, ERBB2, NTRK1/2/3: no"),
]
