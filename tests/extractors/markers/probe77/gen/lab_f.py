"""Lab F: Hanbit University Hospital, Department of Pathology, Molecular Pathology Laboratory
(Republic of Korea). A4, Helvetica, green; Tier I-IV sections, CNV with fold change, fusion
reads, MMR IHC panel, two pathologists' signatures."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

GREEN = colors.HexColor("#2E6B4A")
LEAF = colors.HexColor("#E7F1EA")
KIT = Kit("Helvetica", size=8.0, accent=GREEN, light=LEAF, rule=colors.HexColor("#98AFA0"))
PAGE = A4
MARGINS = (40, 40, 54)
W = PAGE[0] - 80

PANEL = ("Genes in the HBP Solid Cancer Panel v3 (DNA hotspot and full-exon targets, 161 genes; "
         "RNA fusion targets, 51 genes): AKT1, AKT2, AKT3, ALK, AR, ARAF, ARID1A, ATM, ATR, ATRX, "
         "AXL, BAP1, BRAF, BRCA1, BRCA2, CBL, CCND1, CCND2, CCND3, CCNE1, CDK12, CDK4, CDK6, "
         "CDKN1B, CDKN2A, CDKN2B, CHEK1, CHEK2, CREBBP, CTNNB1, DDR2, EGFR, ERBB2, ERBB3, ERBB4, "
         "ESR1, EZH2, FANCA, FANCD2, FBXW7, FGFR1, FGFR2, FGFR3, FGFR4, FLT3, GNA11, GNAQ, GNAS, "
         "H3-3A, HRAS, IDH1, IDH2, JAK1, JAK2, KDR, KIT, KRAS, MAP2K1, MAP2K2, MDM2, MDM4, MET, "
         "MLH1, MRE11, MSH2, MSH6, MTOR, MYC, MYCN, NBN, NF1, NF2, NOTCH1, NRAS, NTRK1, NTRK2, "
         "NTRK3, PALB2, PDGFRA, PIK3CA, PIK3R1, PMS2, POLE, PTEN, PTPN11, RAD51B, RAD51C, RAD51D, "
         "RAF1, RB1, RET, ROS1, SETD2, SF3B1, SMAD4, SMARCA4, SMARCB1, SMO, STK11, TERT, TP53, "
         "TSC1, TSC2, VHL and others.")


TIER_DEFS = [
    ["Tier I, level A", "Biomarker predicts response or resistance to an FDA-approved therapy "
                        "or is included in professional guidelines for this tumor type"],
    ["Tier I, level B", "Well-powered studies with consensus of experts"],
    ["Tier II, level C", "FDA-approved therapy for a different tumor type, investigational "
                         "therapies, or multiple small published studies"],
    ["Tier II, level D", "Preclinical trials or a few case reports without consensus"],
    ["Tier III", "Not observed at significant frequency in general or tumor-specific "
                 "population databases; no convincing published evidence of cancer "
                 "association"],
    ["Tier IV", "Observed at significant allele frequency in population databases; no "
                "existing published evidence of cancer association (benign or likely benign)"],
]


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.2)
        c.circle(56, h - 52, 13, stroke=1, fill=0)
        c.setFillColor(GREEN)
        c.circle(56, h - 52, 6, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 76, h - 49, "HANBIT UNIVERSITY HOSPITAL", "Helvetica-Bold", 11)
        draw(c, 76, h - 60, "Department of Pathology  |  Molecular Pathology Laboratory",
             "Helvetica", 7.6)
        draw(c, w - 40, h - 47, "88 Hanbit-ro, Suseong-gu, Daegu 42999, Korea", "Helvetica",
             6.8, align="right")
        draw(c, w - 40, h - 56, "Tel +82-53-555-0176  |  KOLAS / KSLM certified", "Helvetica",
             6.8, align="right")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.line(40, h - 70, w - 40, h - 70)
        if page > 1:
            draw(c, 40, h - 82, f"Reg. No. {r['regno']}  |  {r['patient']}  |  Path No. "
                 f"{r['pathno']}", "Helvetica", 7.2)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(40, 42, w - 40, 42)
        draw(c, 40, 32, f"Printed by LIS (HUH-Path v9)  |  Report ID {r['pathno']}-NGS",
             "Helvetica", 6.5)
        draw(c, w - 40, 32, f"- {page} / {total} -", "Helvetica", 7.5, align="right")
        c.restoreState()
    return decorate


def tier_section(title, rows, widths, head, note=None):
    k = KIT
    out = [Spacer(1, 5), P(title, k.ps(size=8.8, font=k.bold, color=GREEN)), Spacer(1, 1)]
    if rows:
        out.append(tbl([head] + rows, widths, k, header_bg=LEAF, style="grid"))
    else:
        out.append(P("None detected.", k.body))
    if note:
        out.append(P(note, k.small))
    return out


SNV_HEAD = ["Gene", "Variant (HGVS)", "Exon", "Allele freq.", "Depth", "Tier / level",
            "Therapy / comment"]
SNV_W = [44, 150, 30, 46, 40, 60, W - 370]


def story(r):
    k = KIT
    s = []
    s.append(P("NEXT-GENERATION SEQUENCING REPORT (SOLID TUMOR)", k.ps(size=12, font=k.bold,
                                                                   align=TA_CENTER)))
    s.append(Spacer(1, 6))
    s.append(kv([("Patient", r["patient"]), ("Reg. No.", r["regno"]), ("Sex / Age", r["sexage"]),
                 ("Department", r["dept"]), ("Physician", r["physician"]),
                 ("Path No.", r["pathno"]), ("Specimen", r["specimen"]),
                 ("Block", r["block"]), ("Received", r["received"]),
                 ("Reported", r["reported"]), ("Diagnosis", r["diagnosis"]),
                 ("Tumor cellularity", r["tumor"])], k, [62, 200, 62, W - 324], cols=2,
                style="grid", extra=[("BACKGROUND", (0, 0), (0, -1), LEAF),
                                     ("BACKGROUND", (2, 0), (2, -1), LEAF)]))
    s.append(Spacer(1, 6))
    s.append(bar("RESULT SUMMARY", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(tbl([[[P(x, k.body) for x in r["summary"]],
                   [P(x, k.body) for x in r["summary_right"]]]], [W * 0.62, W * 0.38], k,
                 header_rows=0, style="box", extra=[("LINEAFTER", (0, 0), (0, 0), 0.5,
                                                     GREEN)]))
    s += tier_section("Tier I: variants of strong clinical significance", r["t1"], SNV_W,
                      SNV_HEAD)
    s += tier_section("Tier II: variants of potential clinical significance", r["t2"], SNV_W,
                      SNV_HEAD)
    s += tier_section("Tier III: variants of unknown clinical significance", r["t3"],
                      [44, 150, 30, 46, 40, W - 310],
                      ["Gene", "Variant (HGVS)", "Exon", "Allele freq.", "Depth", "Comment"])
    s += tier_section("Tier IV: benign or likely benign variants (listed, not clinically "
                      "reported)", r["t4"], [44, 150, 30, 46, 40, W - 310],
                      ["Gene", "Variant (HGVS)", "Exon", "Allele freq.", "Depth",
                       "Population frequency"])
    s.append(Spacer(1, 5))
    s.append(P("Copy number variation", k.ps(size=8.8, font=k.bold, color=GREEN)))
    s.append(tbl([["Gene", "Locus", "Copy number (CN)", "Fold change", "Call", "Tier"]] +
                 r["cnv"], [50, 70, 80, 70, 130, W - 400], k, header_bg=LEAF))
    s.append(P("Amplification: CN 6 or more (fold change 3.0 or more, corrected for tumor "
               "cellularity); homozygous deletion: CN below 0.5.", k.small))
    s.append(Spacer(1, 5))
    s.append(P("Gene fusion (RNA)", k.ps(size=8.8, font=k.bold, color=GREEN)))
    s.append(P(r["fusion"], k.body))
    if r.get("ihc"):
        s.append(Spacer(1, 5))
        s.append(P(r["ihc_title"], k.ps(size=8.8, font=k.bold, color=GREEN)))
        s.append(tbl([["Antibody", "Clone", "Result", "Comment"]] + r["ihc"],
                     [90, 70, 120, W - 280], k, header_bg=LEAF))
    s.append(Spacer(1, 5))
    s.append(P("Genomic signatures", k.ps(size=8.8, font=k.bold, color=GREEN)))
    s.append(tbl([["Signature", "Value", "Interpretation", "Reference"]] + r["sigs"],
                 [120, 90, 120, W - 330], k, header_bg=LEAF))
    s.append(Spacer(1, 6))
    s.append(bar("COMMENT", k, W, size=9))
    s.append(Spacer(1, 2))
    for para in r["comment"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 2))
    s.append(Spacer(1, 4))
    s.append(bar("TEST INFORMATION", k, W, size=9))
    s.append(Spacer(1, 2))
    s.append(tbl([["QC item", "Result", "Criteria"]] + r["qc"], [180, 140, W - 320], k,
                 header_bg=LEAF))
    s.append(Spacer(1, 2))
    s.append(P("Method: amplicon-based targeted NGS (DNA 161 genes, RNA 51 fusion drivers) on a "
               "semiconductor sequencer; analysis with the vendor pipeline v5.18 and in-house "
               "filters; reference GRCh37. Variant tiers follow the AMP/ASCO/CAP 2017 standards "
               "and the Korean Society of Pathologists guideline for NGS reporting. Limit of "
               "detection 5% allele frequency. Germline variants cannot be distinguished; "
               "variants with allele frequency of 40-60% or above 90% may be germline. TMB is "
               "calculated from 1.2 Mb of exonic sequence after removal of germline variants "
               "(reference cut-off for high: 10 mutations/Mb). MSI score: percentage of unstable "
               "loci among 76 markers (MSI-H: 30% or more).", k.small))
    s.append(Spacer(1, 8))
    s.append(tbl([[P("Pathologist: " + r["path1"], k.small),
                   P("Pathologist: " + r["path2"], k.small),
                   P("Reported: " + r["reported"], k.small)]], [W / 3] * 3, k, header_rows=0,
                 style=None))
    s.append(Spacer(1, 10))
    s.append(bar("APPENDIX. CLASSIFICATION CRITERIA AND PANEL CONTENT", k, W, size=9))
    s.append(Spacer(1, 3))
    s.append(tbl([["Category", "Definition (AMP/ASCO/CAP 2017)"]] + TIER_DEFS, [90, W - 90], k,
                 header_bg=LEAF, cell_style=k.small, header_style=k.ps(size=k.size - 1.2,
                                                                        font=k.bold)))
    if r.get("classes"):
        s.append(Spacer(1, 4))
        s.append(P(r["classes"][0], k.ps(size=8.8, font=k.bold, color=GREEN)))
        s.append(tbl(r["classes"][1], [80, 150, W - 230], k, header_bg=LEAF,
                     cell_style=k.small, header_style=k.ps(size=k.size - 1.2, font=k.bold)))
    s.append(Spacer(1, 4))
    s.append(P(PANEL, k.small))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 80, 92, decorate_for(r),
                     title=f"NGS report {r['pathno']}", author="Hanbit University Hospital",
                     creator="HUH-Path LIS v9")


QC = lambda dna, rna, reads, depth, unif: [
    ["DNA concentration", dna, "1 ng/uL or more"], ["RNA concentration", rna, "1 ng/uL or more"],
    ["Mapped reads (DNA)", reads, "3,000,000 or more"], ["Mean depth", depth, "500x or more"],
    ["Uniformity", unif, "90% or more"]]

REPORTS = {}

REPORTS["9105"] = dict(
    patient="Patient O", regno="30918427", sexage="M / 58", dept="Pulmonology",
    physician="Park Jun-seo", pathno="S25-0014471", specimen="Lung, right lower lobe, "
    "lobectomy", block="S25-0014471-A5", received="2025-03-10", reported="2025-03-24",
    diagnosis="Adenocarcinoma, solid predominant, pT2a pN2", tumor="50%",
    summary=["**Tier I:** EGFR exon 20 insertion, p.A767_V769dup (Level A)",
             "**Tier II:** TP53 c.673-2A>G (splice acceptor)",
             "**Tier III:** 3 variants; ERBB2 copy number equivocal (CN 4.8)",
             "**Fusion (RNA):** not detected"],
    summary_right=["**TMB:** 4.41 mutations/Mb (Low)", "**MSI:** MSS (MSI score 3.2)"],
    t1=[["EGFR", "c.2300_2308dup\np.(Ala767_Val769dup)", "20", "35.1%", "1,877", "IA",
         "Amivantamab (+ chemotherapy); resistant to first- and second-generation EGFR TKIs"]],
    t2=[["TP53", "c.673-2A>G\n(splice acceptor, intron 6)", "i6", "40.7%", "1,403", "IIC",
         "Predicted loss of function; no direct therapy"]],
    t3=[["ROS1", "c.5872A>G p.(Ser1958Gly)", "37", "48.8%", "1,120", "Not in kinase domain"],
        ["KMT2C", "c.2263C>T p.(Glu755Lys)", "14", "14.6%", "980", "Not reported in COSMIC"],
        ["ERBB4", "c.1913C>T p.(Pro638Leu)", "16", "22.0%", "1,208", "Not reported in COSMIC"]],
    t4=[["EGFR", "c.2361G>A p.(Gln787=)", "20", "52.0%", "2,011", "gnomAD 0.47 (synonymous)"],
        ["PIK3CA", "c.1173A>G p.(Ile391Met)", "7", "49.6%", "1,530", "gnomAD 0.08"],
        ["KDR", "c.1416A>T p.(Gln472His)", "11", "51.2%", "1,288", "gnomAD 0.21"]],
    cnv=[["ERBB2", "17q12", "4.8", "2.6", "Equivocal (low-level gain)", "III"]],
    fusion="Not detected. Targets include ALK, ROS1, RET, NTRK1, NTRK2, NTRK3, NRG1, FGFR1-3 and "
           "MET exon 14 skipping (RNA). Internal expression controls passed (5/5).",
    sigs=[["Tumor mutational burden", "4.41 mutations/Mb", "Low", "High: 10 mutations/Mb or more"],
          ["Microsatellite instability", "MSI score 3.2", "MSS", "MSI-H: 30 or more"]],
    comment=["An EGFR exon 20 in-frame duplication (A767_V769dup, also written "
             "p.A767_V769dupASV) was detected. Exon 20 insertions are generally insensitive to "
             "gefitinib, erlotinib and afatinib; amivantamab with carboplatin-pemetrexed is "
             "approved as first-line therapy. Osimertinib is not recommended for this variant.",
             "ERBB2 shows a low-level copy number gain (CN 4.8, fold change 2.6) that falls "
             "between the diploid range and the amplification cut-off; the result is reported "
             "as equivocal. HER2 immunohistochemistry or ISH can be performed on request.",
             "The synonymous EGFR variant c.2361G>A (Q787Q) is a common polymorphism and has no "
             "clinical significance."],
    qc=QC("14.2 ng/uL", "8.8 ng/uL", "7,441,920", "1,690x", "96.8%"),
    path1="Kim Hye-jin, MD", path2="Lee Dong-hyun, MD, PhD",
)
REPORTS["9105"]["labels"] = [
    L("EGFR", "mutation", "positive", ["EGFR", "p.(Ala767_Val769dup)", "IA"],
      alteration="A767_V769dup"),
    L("TP53", "mutation", "positive", ["TP53 c.673-2A>G", "IIC"]),
    L("TMB", "signature", "negative", ["4.41 mutations/Mb", "Low"], value="4.41 mutations/Mb"),
    L("MSI", "signature", "negative", ["MSS", "MSI score 3.2"]),
    L("ALK", "fusion", "negative", ["Not detected. Targets include ALK, ROS1, RET, NTRK1"]),
    L("ROS1", "fusion", "negative", ["Not detected. Targets include ALK, ROS1, RET, NTRK1"]),
    L("RET", "fusion", "negative", ["Not detected. Targets include ALK, ROS1, RET, NTRK1"]),
    L("NTRK", "fusion", "negative", ["Not detected. Targets include ALK, ROS1, RET, NTRK1"]),
    L("MET", "mutation", "negative", "MET exon 14 skipping (RNA)"),
    L("HER2", "amplification", "equivocal", ["ERBB2 17q12 4.8 2.6 Equivocal (low-level gain)",
                                             "reported as equivocal"]),
]

T3_POLE = [
    ["APC", "c.4099C>T p.(Gln1367Ter)", "16", "8.1%", "1,022", "Subclonal; POLE signature"],
    ["ARID1A", "c.3826C>T p.(Arg1276Ter)", "14", "31.4%", "1,311", "Truncating; no therapy"],
    ["ATM", "c.3802G>T p.(Val1268Phe)", "25", "28.7%", "1,095", "Not reported"],
    ["ATR", "c.6262C>A p.(Leu2088Ile)", "37", "24.2%", "888", "Not reported"],
    ["BRCA2", "c.3613C>A p.(Ser1205Tyr)", "11", "27.5%", "1,420", "Not reported; POLE context"],
    ["CREBBP", "c.4336C>T p.(Arg1446Cys)", "26", "30.2%", "972", "Reported (lymphoma)"],
    ["CTNNB1", "c.110C>A p.(Ser37Tyr)", "3", "6.2%", "1,660", "Subclonal hotspot"],
    ["ERBB3", "c.2549C>T p.(Ser850Phe)", "21", "29.1%", "1,004", "Not reported"],
    ["FBXW7", "c.1394C>A p.(Ser465Tyr)", "9", "26.6%", "1,238", "Not reported"],
    ["FGFR2", "c.1647C>A p.(Asn549Lys)", "12", "11.0%", "1,187", "Subclonal"],
    ["MSH6", "c.2731C>T p.(Arg911Ter)", "4", "9.4%", "1,356", "Subclonal; secondary to POLE"],
    ["NF1", "c.4600C>A p.(Leu1534Met)", "35", "30.8%", "944", "Not reported"],
    ["NOTCH1", "c.4450C>A p.(Leu1484Ile)", "25", "27.2%", "799", "Not reported"],
    ["PIK3R1", "c.1125C>A p.(Asn375Lys)", "9", "29.9%", "1,266", "Not reported"],
    ["POLE", "c.2089C>T p.(Arg697Trp)", "19", "25.0%", "1,102", "Outside exonuclease domain"],
    ["RB1", "c.2035G>T p.(Glu679Ter)", "20", "7.7%", "980", "Subclonal"],
    ["SMARCA4", "c.2596C>A p.(Leu866Ile)", "17", "27.8%", "1,083", "Not reported"],
    ["TSC2", "c.4375C>T p.(Arg1459Ter)", "34", "10.1%", "906", "Subclonal"],
    ["ARID1B", "c.4462C>A p.(Leu1488Ile)", "18", "28.2%", "1,011", "Not reported"],
    ["BCOR", "c.3283C>T p.(Arg1095Ter)", "8", "8.6%", "744", "Subclonal"],
    ["CIC", "c.3526C>A p.(Leu1176Met)", "16", "26.4%", "809", "Not reported"],
    ["EP300", "c.3571C>A p.(Leu1191Ile)", "19", "30.0%", "932", "Not reported"],
    ["FAT1", "c.8119C>A p.(Leu2707Ile)", "13", "27.1%", "877", "Not reported"],
    ["KMT2C", "c.6106C>A p.(Leu2036Ile)", "38", "29.3%", "1,145", "Not reported"],
    ["KMT2D", "c.10306C>T p.(Arg3436Ter)", "39", "9.0%", "1,002", "Subclonal"],
    ["MTOR", "c.5930C>A p.(Thr1977Lys)", "43", "11.4%", "1,330", "Reported as activating "
                                                               "(in vitro); subclonal"],
    ["PTPRT", "c.2854C>A p.(Leu952Ile)", "19", "28.8%", "716", "Not reported"],
    ["SPEN", "c.6190C>T p.(Arg2064Ter)", "11", "7.1%", "688", "Subclonal"],
    ["ZFHX3", "c.9187C>A p.(Leu3063Ile)", "9", "27.7%", "843", "Not reported"],
    ["ZNF217", "c.2011C>A p.(Leu671Ile)", "4", "25.8%", "905", "Not reported"],
]

REPORTS["9106"] = dict(
    patient="Patient P", regno="31204559", sexage="F / 61", dept="Gynecologic Oncology",
    physician="Choi Seo-yeon", pathno="S25-0020862", specimen="Uterus, total hysterectomy "
    "with bilateral salpingo-oophorectomy", block="S25-0020862-B3", received="2025-04-22",
    reported="2025-05-08", diagnosis="Endometrioid carcinoma, FIGO grade 3, myometrial invasion "
    "over 50%", tumor="70%",
    summary=["**Tier I:** POLE p.P286R (exonuclease domain; POLE-mutated molecular class)",
             "**Tier II:** PIK3CA p.R88Q; KRAS p.G12V; PTEN p.R130*",
             "**Tier III:** 30 variants (ultramutated tumor)",
             "**MMR immunohistochemistry:** proficient (all four proteins retained)"],
    summary_right=["**TMB:** 182.4 mutations/Mb (High)", "**MSI:** MSS (MSI score 5.1)"],
    t1=[["POLE", "c.857C>G\np.(Pro286Arg)", "9", "33.8%", "1,540", "IA",
         "Pathogenic exonuclease-domain variant; favorable prognosis; de-escalation of adjuvant "
         "therapy may be considered (ESGO/ESTRO/ESP)"]],
    t2=[["PIK3CA", "c.263G>A\np.(Arg88Gln)", "2", "30.6%", "1,488", "IIC",
         "Activating; investigational PI3K pathway inhibitors"],
        ["KRAS", "c.35G>T\np.(Gly12Val)", "2", "28.9%", "1,702", "IIC",
         "Activating; no approved therapy in this tumor type"],
        ["PTEN", "c.388C>T\np.(Arg130Ter)", "5", "34.4%", "1,311", "IIC",
         "Truncating; loss of function"]],
    t3=T3_POLE,
    t4=[["TP53", "c.215C>G p.(Pro72Arg)", "4", "99.6%", "1,875", "gnomAD 0.66 (polymorphism)"]],
    cnv=[["-", "-", "-", "-", "No amplification or homozygous deletion", "-"]],
    fusion="Not detected (51 targeted genes).",
    ihc_title="Immunohistochemistry (performed on block B3 in this department)",
    ihc=[["MLH1", "ES05", "Intact (retained)", "Internal control positive"],
         ["PMS2", "EP51", "Intact (retained)", "Internal control positive"],
         ["MSH2", "G219-1129", "Intact (retained)", "Internal control positive"],
         ["MSH6", "EP49", "Intact (retained)", "Internal control positive"],
         ["p53", "DO-7", "Wild-type pattern", "Heterogeneous nuclear staining"],
         ["Estrogen receptor", "SP1", "Positive, 90%", "Strong intensity"]],
    sigs=[["Tumor mutational burden", "182.4 mutations/Mb", "High",
           "High: 10 mutations/Mb or more"],
          ["Microsatellite instability", "MSI score 5.1", "MSS", "MSI-H: 30 or more"],
          ["MMR protein status (IHC)", "All retained", "MMR proficient", "-"]],
    comment=["Pathogenic POLE exonuclease-domain mutation with an ultramutated phenotype (TMB "
             "182.4 mutations/Mb) and a microsatellite-stable, MMR-proficient profile: the tumor "
             "belongs to the POLE-mutated (POLEmut) molecular subgroup of endometrial carcinoma. "
             "Secondary mutations (Tier II and III) are expected in this context.",
             "The MSH6 p.(Arg911Ter) variant is subclonal (9.4%) and consistent with a "
             "POLE-driven passenger event; MSH6 protein is retained. Germline testing is not "
             "indicated on the basis of this result."],
    qc=QC("22.6 ng/uL", "11.0 ng/uL", "8,902,110", "1,812x", "97.4%"),
    path1="Yoon Ji-woo, MD", path2="Lee Dong-hyun, MD, PhD",
)
REPORTS["9106"]["classes"] = (
    "Molecular classification of endometrial carcinoma (WHO 2020 / ESGO-ESTRO-ESP 2021), for "
    "reference",
    [["Class", "Defining test result", "Notes"],
     ["POLEmut", "Pathogenic POLE exonuclease-domain variant", "Excellent prognosis; "
                                                               "classified first even if other "
                                                               "features are present"],
     ["MMRd", "Loss of one or more MMR proteins (MLH1, PMS2, MSH2, MSH6) or MSI-H",
      "Lynch syndrome screening; immune checkpoint inhibitors in advanced disease"],
     ["p53abn", "Aberrant p53 immunostaining (overexpression, null or cytoplasmic) or TP53 "
                "mutation", "Poor prognosis; HER2 testing recommended in serous carcinoma"],
     ["NSMP", "None of the above", "ER status and grade refine risk"]])
REPORTS["9106"]["labels"] = [
    L("PIK3CA", "mutation", "positive", ["PIK3CA", "p.(Arg88Gln)", "IIC"], alteration="R88Q"),
    L("KRAS", "mutation", "positive", ["KRAS", "p.(Gly12Val)"], alteration="G12V"),
    L("TMB", "signature", "positive", ["182.4 mutations/Mb", "High"], value="182.4 mutations/Mb"),
    L("MSI", "signature", "negative", ["MSS", "MSI score 5.1"]),
    L("MMR", "signature", "negative", ["MMR proficient", "proficient (all four proteins "
                                                         "retained)"]),
    L("MLH1", "expression", "positive", "MLH1 ES05 Intact (retained)"),
    L("PMS2", "expression", "positive", "PMS2 EP51 Intact (retained)"),
    L("MSH2", "expression", "positive", "MSH2 G219-1129 Intact (retained)"),
    L("MSH6", "expression", "positive", "MSH6 EP49 Intact (retained)"),
    L("TP53", "expression", "negative", "p53 DO-7 Wild-type pattern", optional=True),
    L("ER", "expression", "positive", "Estrogen receptor SP1 Positive, 90%", percent=90),
]

REPORTS["9107"] = dict(
    patient="Patient Q", regno="29877310", sexage="M / 71", dept="Thoracic Surgery",
    physician="Han Min-ho", pathno="S25-0023395", specimen="Pleura, left, VATS biopsy",
    block="S25-0023395-A2", received="2025-05-13", reported="2025-05-27",
    diagnosis="Malignant mesothelioma, epithelioid type (BAP1 loss by IHC)", tumor="30%",
    summary=["**Tier I:** none", "**Tier II:** BAP1 p.Q273*; CDKN2A homozygous deletion; NF2 "
             "p.Q362*", "**Tier III:** 2 variants",
             "**Fusion (RNA):** failed (insufficient RNA quality)"],
    summary_right=["**TMB:** not reportable (see comment)", "**MSI:** not evaluable"],
    t1=[],
    t2=[["BAP1", "c.817C>T\np.(Gln273Ter)", "10", "41.0%", "1,102", "IIC",
         "Loss of function; consistent with BAP1 IHC loss; EZH2 inhibitor trials"],
        ["NF2", "c.1084C>T\np.(Gln362Ter)", "11", "38.5%", "1,260", "IIC",
         "Loss of function; Hippo pathway"]],
    t3=[["ALK", "c.1427T>C p.(Val476Ala)", "8", "47.3%", "1,044", "Outside kinase domain; "
                                                                  "possibly germline"],
        ["SETD2", "c.3955G>A p.(Glu1319Lys)", "3", "19.9%", "876", "Not reported in COSMIC"]],
    t4=[],
    cnv=[["CDKN2A", "9p21.3", "0.2", "0.09", "Homozygous deletion", "IIC"],
         ["CDKN2B", "9p21.3", "0.2", "0.10", "Homozygous deletion", "IIC"],
         ["MTAP", "9p21.3", "0.3", "0.14", "Homozygous deletion", "III"]],
    fusion="Failed: RNA quality insufficient (internal expression controls 1/5). Fusion status "
           "could not be determined; repeat testing on another block can be requested.",
    sigs=[["Tumor mutational burden", "Not reportable", "-", "Requires tumor cellularity of "
                                                             "40% or more"],
          ["Microsatellite instability", "Not evaluable", "-", "Insufficient informative loci "
                                                               "(41/76)"]],
    comment=["Loss-of-function alterations of BAP1, NF2 and CDKN2A (with MTAP) are the typical "
             "genomic profile of pleural mesothelioma and support the diagnosis. CDKN2A "
             "homozygous deletion is associated with an unfavorable prognosis. No Tier I "
             "variant was identified.",
             "Clinical trials of mesothelin-directed antibody-drug conjugates require mesothelin "
             "immunohistochemistry, which has not been performed on this specimen. The ALK "
             "variant is of unknown significance and is not an indication for ALK inhibitors."],
    qc=QC("5.1 ng/uL", "0.9 ng/uL (below criteria)", "4,110,387", "812x", "91.2%"),
    path1="Kim Hye-jin, MD", path2="Seo Yun-ah, MD",
)
REPORTS["9107"]["labels"] = []
