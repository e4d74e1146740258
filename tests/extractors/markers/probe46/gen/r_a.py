"""Reports 6201-6210."""
from common import *  # noqa: F401,F403
from common import Gauge, ScaleBar, tbl, box, tiles, side, gene_grid, hx, report, L
from labs import MERIDIAN, COBALT, ALDHELM, VERITY, NORTHFOLD

PANEL_523 = sorted(set("""ABL1 ACVR1B AKT1 AKT2 AKT3 ALK ALOX12B AMER1 APC AR ARAF ARID1A ARID1B ARID2 ASXL1 ATM ATR ATRX
AURKA AURKB AXIN1 AXL B2M BAP1 BARD1 BCL2 BCL6 BCOR BLM BRAF BRCA1 BRCA2 BRD4 BRIP1 BTK CALR CARD11 CBL CCND1
CCND2 CCND3 CCNE1 CD274 CD79A CD79B CDH1 CDK12 CDK4 CDK6 CDKN1B CDKN2A CDKN2B CHEK1 CHEK2 CIC CREBBP CRKL CSF1R
CTCF CTNNB1 CUL3 DAXX DDR2 DICER1 DNMT3A DOT1L EGFR EP300 EPHA2 ERBB2 ERBB3 ERBB4 ERG ESR1 ETV6 EZH2 FAS FBXW7
FGF19 FGFR1 FGFR2 FGFR3 FGFR4 FH FLCN FLT3 FOXA1 FOXL2 GATA3 GNA11 GNAQ GNAS H3-3A HGF HNF1A HRAS IDH1 IDH2 IGF1R
IKZF1 JAK1 JAK2 JAK3 KDM5C KDM6A KDR KEAP1 KIT KMT2A KMT2D KRAS MAP2K1 MAP2K2 MAP3K1 MDM2 MDM4 MED12 MEN1 MET
MLH1 MPL MSH2 MSH3 MSH6 MTOR MUTYH MYC MYCN NBN NF1 NF2 NFE2L2 NKX2-1 NOTCH1 NOTCH2 NPM1 NRAS NRG1 NTRK1 NTRK2
NTRK3 PALB2 PBRM1 PDGFRA PIK3CA PIK3R1 PMS2 POLD1 POLE PPP2R1A PTCH1 PTEN PTPN11 RAD51C RAD51D RAF1 RB1 RET
RICTOR RNF43 ROS1 RUNX1 SETD2 SF3B1 SMAD4 SMARCA4 SMARCB1 SMO SOX2 SPOP STAG2 STK11 SUFU TERT TET2 TGFBR2 TP53
TSC1 TSC2 U2AF1 VHL WT1 XRCC2 ZFHX3""".split()))


def _meta(**kw):
    base = dict(sex="F", facility="", status="FINAL", family="")
    base.update(kw)
    return base


# ============================================================================ 6201
@report("6201", MERIDIAN, _meta(patient="Patient A", dob="03/14/1958", sex="F", mrn="FH-2208817", acc="MG26-004417",
        specimen="Lung, RUL core biopsy (block A2)", collected="01/06/2026", received="01/09/2026",
        reported="01/21/2026", physician="Dr. Lena Markovic", facility="Fairhaven Thoracic Clinic",
        tumour="Lung adenocarcinoma"),
        [L("EGFR", "mutation", "positive", ["p.Leu858Arg", "L858R"], alteration="L858R"),
         L("TP53", "mutation", "positive", ["p.Arg273His"], alteration="R273H"),
         L("KRAS", "mutation", "negative", ["KRAS No pathogenic variant"]),
         L("BRAF", "mutation", "negative", ["BRAF No pathogenic variant"]),
         L("ALK", "fusion", "negative", ["ALK No fusion"]),
         L("ROS1", "fusion", "negative", ["ROS1 No fusion"]),
         L("RET", "fusion", "negative", ["RET No fusion"]),
         L("MET", "mutation", "negative", ["exon 14 skipping not detected"]),
         L("MET", "amplification", "negative", ["not amplified (CN 2.2)"]),
         L("NTRK", "fusion", "negative", ["NTRK1/2/3 No fusion"]),
         L("TMB", "signature", "negative", ["4 Muts/Mb"], value="4 mut/Mb"),
         L("MSI", "signature", "negative", ["MS-Stable"]),
         L("PD-L1", "expression", "positive", ["TPS 60%"], percent=60)],
        doc="Meridian CGP DNA+RNA, tissue", tumour="lung adenocarcinoma",
        kinds=["SUM", "VT", "SBS", "GAUGE", "RNEG", "VUS", "THER", "TRIAL", "GLIST", "QC", "WRAP", "LEG"])
def r6201():
    lab = MERIDIAN
    P, W = lab.P, 532
    s = []
    s.append(P("OncoSeq 523 \u2014 Comprehensive Genomic Profile (DNA + RNA)", "h1"))
    s.append(P("Tumor type submitted: lung adenocarcinoma (NSCLC). Tumor nuclei in the sequenced area: 40%. "
               "Sample passed all quality metrics.", "small"))
    summ = [["RESULT CLASS", "FINDING", "DETAIL"],
            ["Biomarker", "Microsatellite status", "MS-Stable"],
            ["Biomarker", "Tumor Mutational Burden", "4 Muts/Mb (TMB-Low)"],
            ["Genomic finding", "EGFR", "L858R \u2014 FDA-approved therapies in this tumor type"],
            ["Genomic finding", "TP53", "R273H"],
            ["Copy number", "CDKN2A / CDKN2B", "loss (homozygous deletion)"],
            ["Copy number", "NKX2-1", "amplification (CN 9)"],
            ["Protein (IHC)", "PD-L1 22C3", "TPS 60% (see page 2)"]]
    s.append(tbl(lab, summ, [95, 150, 287], grid="grid", zebra=lab.accent))
    s.append(Spacer(1, 6))
    g = Gauge(0, 40, 4, [(0, 10, hx("#9FC5E8")), (10, 20, hx("#F6B26B")), (20, 40, hx("#E06666"))],
              [0, 10, 20, 30, 40], width=160, label="TMB (Muts/Mb)", value_text="4")
    msi = box(lab, [P("MSI", "h3"), P("MS-Stable", "cellb"), P("0.4% unstable loci (cut-off 10%)", "tiny")], 110,
              border=lab.primary)
    tmb = box(lab, [P("TMB", "h3"), g, P("31st percentile of NSCLC in the Meridian cohort; TMB-High defined as "
                                             "&gt;= 10 Muts/Mb", "tiny")], 200, border=lab.primary)
    pdl = box(lab, [P("PD-L1 (22C3)", "h3"), P("TPS 60%", "cellb"), P("High expression, TPS &gt;= 50%", "tiny")],
              190, border=lab.primary)
    s.append(side([msi, tmb, pdl], [118, 208, 198]))
    s.append(Spacer(1, 6))
    s.append(P("THERAPY IMPLICATIONS", "h2"))
    ther = [["Genomic finding", "Approved in patient's tumor type", "Approved in other tumor type", "Resistance noted"],
            ["EGFR L858R", "osimertinib; erlotinib; gefitinib; afatinib; dacomitinib; amivantamab + lazertinib", "none",
             "none"],
            ["TP53 R273H", "none", "none", "none"],
            ["CDKN2A loss", "none", "none", "none"],
            ["MS-Stable / TMB-Low", "no indication for TMB-based immune checkpoint inhibitor selection", "\u2014", "\u2014"]]
    s.append(tbl(lab, ther, [95, 200, 137, 100], grid="lines"))
    s.append(P("Drug associations are drawn from the Meridian knowledge base (version 2026.1) and do not take patient "
               "history into account. No therapies are listed for KRAS, ALK, ROS1, RET or MET because none of these "
               "genes was altered in this specimen.", "tiny"))
    s.append(P("RELEVANT NEGATIVES (NSCLC)", "h2"))
    neg = [["Gene", "Result", "Alterations interrogated"],
           ["KRAS", "No pathogenic variant", "codons 12, 13, 59, 61, 117, 146"],
           ["BRAF", "No pathogenic variant", "V600 and non-V600 class 2/3 variants"],
           ["ALK", "No fusion", "DNA + RNA, all known partners"],
           ["ROS1", "No fusion", "DNA + RNA"],
           ["RET", "No fusion", "DNA + RNA"],
           ["MET", "exon 14 skipping not detected; not amplified (CN 2.2)", "splice-site variants, RNA skipping, CN"],
           ["NTRK1/2/3", "No fusion", "RNA"]]
    s.append(tbl(lab, neg, [80, 250, 202], grid="lines"))
    s.append(P("Relevant negatives are limited to the regions listed; they do not exclude alterations below the limit "
               "of detection.", "tiny"))
    s.append(PageBreak())
    s.append(P("DETAILED GENOMIC FINDINGS", "h2"))
    det = [["Gene", "Protein change", "Coding change", "Exon", "Transcript", "VAF / CN", "Tier*", "Evidence"],
           ["EGFR", "p.Leu858Arg", "c.2573T&gt;G", "21", "NM_005228.5", "34.2%", "IA", "Level 1 (NSCLC)"],
           ["TP53", "p.Arg273His", "c.818G&gt;A", "8", "NM_000546.6", "41.7%", "IIC", "Prognostic, no approved therapy"],
           ["CDKN2A", "homozygous deletion", "exons 1-3", "1-3", "NM_000077.5", "CN 0", "IIC", "Investigational"],
           ["NKX2-1", "amplification", "\u2014", "all", "NM_001079668.3", "CN 9", "III", "Lineage gene"]]
    s.append(tbl(lab, det, [42, 70, 62, 30, 78, 48, 34, 168], grid="grid"))
    s.append(P("*Tiers follow the AMP/ASCO/CAP four-tier system: IA/IB strong clinical significance; IIC/IID potential "
               "clinical significance; III unknown significance; IV benign or likely benign. VAF = variant allele "
               "fraction; CN = estimated absolute copy number.", "tiny"))
    s.append(P("PD-L1 IMMUNOHISTOCHEMISTRY", "h2"))
    s.append(P("Antibody 22C3 pharmDx, Autostainer Link 48. Tumour proportion score (TPS): <b>60%</b>. Interpretation: "
               "high PD-L1 expression. At least 100 viable tumour cells were present. External control tissue (tonsil) "
               "stained as expected.", "body"))
    s.append(P("VARIANTS OF UNKNOWN SIGNIFICANCE", "h2"))
    s.append(P("The following variants were detected but their role in cancer is not known. They are not used for "
               "therapy selection.", "small"))
    vus = [["Gene", "Variant", "VAF"], ["ATM", "p.Val2424Gly", "48.1%"], ["ERBB2", "p.Arg678Gln", "12.0%"],
           ["KMT2D", "p.Pro2354Leu", "50.6%"], ["NF1", "p.Ala1052Thr", "22.9%"], ["SETD2", "p.Glu1641Asp", "37.0%"],
           ["ZFHX3", "p.Gln2764dup", "44.4%"]]
    s.append(tbl(lab, vus, [80, 120, 60], grid="lines"))
    s.append(P("CLINICAL TRIALS (selected; geographic proximity to ordering facility)", "h2"))
    tr = [["Trial", "Phase", "Targets", "Enrolling for"],
          ["MGT-2207", "II", "EGFR", "EGFR-mutant NSCLC after first-line osimertinib; includes L858R"],
          ["SPRUCE-14", "I/II", "KRAS G12C, MET", "KRAS G12C or MET amplification; not applicable to this patient"],
          ["HALYARD-3", "III", "EGFR, MET", "EGFR-mutant NSCLC with acquired MET amplification at progression"],
          ["NORTHWIND-21", "I", "CDKN2A, CDK4/6", "CDKN2A-deleted solid tumours"]]
    s.append(tbl(lab, tr, [110, 35, 100, 287], grid="lines"))
    s.append(PageBreak())
    s.append(P("SPECIMEN AND SEQUENCING QUALITY", "h2"))
    qc = [["Metric", "Value", "Acceptance"], ["Tumor nuclei (pathologist estimate)", "40%", "&gt;= 20%"],
          ["DNA input", "98 ng", "&gt;= 50 ng"], ["RNA input", "120 ng", "&gt;= 50 ng"],
          ["Median exon coverage", "812x", "&gt;= 500x"], ["Exons at &gt;100x", "98.9%", "&gt;= 95%"],
          ["RNA fusion reads (housekeeping)", "1.9 M", "&gt;= 1 M"]]
    s.append(tbl(lab, qc, [220, 100, 100], grid="grid"))
    s.append(P("METHODS", "h2"))
    s.append(P("DNA and RNA were co-extracted from macrodissected FFPE tissue. DNA libraries were enriched by hybrid "
               "capture for the coding exons of 523 genes and selected introns of 24 genes frequently rearranged in "
               "cancer; RNA libraries were enriched for 55 fusion driver genes. Sequencing used paired 2x150 bp reads. "
               "Analytical sensitivity: substitutions and small indels at &gt;= 5% VAF (PPA &gt; 99%), copy number "
               "gains at &gt;= 6 copies at 30% tumor content, fusions with &gt;= 5 supporting reads. TMB is the number "
               "of somatic, coding, non-driver substitutions and indels per megabase across 1.3 Mb; germline variants "
               "are filtered using population databases. MSI is calculated from 2,100 homopolymer loci. PD-L1 is "
               "scored by a board-certified pathologist.", "bodyj"))
    s.append(P("LIMITATIONS", "h2"))
    s.append(P("This assay does not distinguish germline from somatic variants with certainty. A TP53 variant at ~40-50% "
               "VAF may be germline; germline testing is not required for therapy selection here. Large rearrangements "
               "involving repetitive intronic sequence may be missed. An outside EGFR test on a 2025 bronchial washing "
               "was reported as insufficient for analysis and is not compared here.", "bodyj"))
    s.append(P("GENES ON THE ONCOSEQ 523 PANEL (DNA)", "h2"))
    s.append(P("Listing a gene here indicates that it was assayed, not that it was altered or normal.", "tiny"))
    s.append(gene_grid(lab, PANEL_523, 9, W, style="tiny"))
    s.append(Spacer(1, 10))
    s.append(P("Electronically signed by Rafael Castellanos-Whitby, MD, PhD, Laboratory Director, 01/21/2026 16:42", "small"))
    return s


# ============================================================================ 6202
@report("6202", MERIDIAN, _meta(patient="Patient B", dob="11/02/1961", sex="M", mrn="FH-3320194", acc="MG26-005120",
        specimen="Liver, segment VI resection (block B3)", collected="01/15/2026", received="01/19/2026",
        reported="01/30/2026", physician="Dr. Tobias Fairweather", facility="Lakeshore Oncology Group",
        tumour="Colorectal adenocarcinoma, metastatic"),
        [L("NRAS", "mutation", "positive", ["p.Gln61Lys"], alteration="Q61K"),
         L("TP53", "mutation", "positive", ["p.Arg175His"], alteration="R175H"),
         L("PIK3CA", "mutation", "positive", ["p.Glu545Lys"], alteration="E545K"),
         L("KRAS", "mutation", "negative", ["KRAS wild type"]),
         L("BRAF", "mutation", "negative", ["BRAF wild type"]),
         L("HER2", "amplification", "negative", ["ERBB2 not amplified"]),
         L("NTRK", "fusion", "negative", ["NTRK fusions not detected"]),
         L("MSI", "signature", "negative", ["MS-Stable"]),
         L("TMB", "signature", "negative", ["6.3 Muts/Mb"], value="6.3 mut/Mb"),
         L("NRAS", "mutation", "negative", ["KRAS/NRAS/BRAF"], optional=True)],
        doc="Meridian CGP, tissue (metastasis)", tumour="colorectal carcinoma",
        kinds=["SUM", "CLASS", "VT", "RNEG", "CH", "PRIOR", "THER", "VUS", "QC", "LEG"])
def r6202():
    lab = MERIDIAN
    P, W = lab.P, 532
    s = [P("OncoSeq 523 \u2014 Comprehensive Genomic Profile", "h1"),
         P("Colorectal adenocarcinoma metastatic to liver. Tumor content 65%. Prior therapy: FOLFOX (2025).", "small")]
    rows = [["Signature", "Microsatellite status", "MS-Stable", "Tumor mutational burden", "6.3 Muts/Mb"],
            ["Short variant", "NRAS", "Q61K", "PIK3CA", "E545K"],
            ["Short variant", "TP53", "R175H", "APC", "R1450*, S1465fs*3"],
            ["Copy number", "ERBB2", "not amplified", "MYC", "amplification (CN 8)"],
            ["Fusion", "\u2014", "none detected", "", ""]]
    s.append(P("BIOMARKER SUMMARY", "h2"))
    s.append(tbl(lab, [["Class", "Gene / signature", "Result", "Gene / signature", "Result"]] + rows,
                 [80, 110, 110, 110, 122], grid="grid", zebra=lab.accent))
    s.append(P("Anti-EGFR antibody therapy: NRAS Q61K predicts lack of benefit from cetuximab and panitumumab. "
               "KRAS wild type and BRAF wild type.", "body", spaceBefore=6))
    s.append(P("GENOMIC FINDINGS \u2014 DETAIL", "h2"))
    det = [["Gene", "Alteration", "Coding", "Exon", "Transcript", "VAF", "Tier", "Comment"],
           ["NRAS", "p.Gln61Lys", "c.181C&gt;A", "3", "NM_002524.5", "28.5%", "IA", "Resistance to anti-EGFR mAb (Level R1)"],
           ["PIK3CA", "p.Glu545Lys", "c.1633G&gt;A", "10", "NM_006218.4", "27.9%", "IIC",
            "Helical domain hotspot; no approved therapy in CRC"],
           ["TP53", "p.Arg175His", "c.524G&gt;A", "5", "NM_000546.6", "55.1%", "IIC", "Loss of function"],
           ["APC", "p.Arg1450*", "c.4348C&gt;T", "16", "NM_000038.6", "51.0%", "IIC", "Truncating"],
           ["APC", "p.Ser1465Trpfs*3", "c.4393_4394del", "16", "NM_000038.6", "30.2%", "IIC", "Truncating"],
           ["MYC", "amplification", "\u2014", "\u2014", "NM_002467.6", "CN 8", "III", "Unknown significance in CRC"]]
    s.append(tbl(lab, det, [40, 80, 70, 28, 72, 40, 30, 172], grid="grid"))
    s.append(P("KRAS wild type: no variant in exons 2, 3 or 4 (codons 12, 13, 59, 61, 117, 146). BRAF wild type "
               "(V600E not detected). ERBB2 not amplified (CN 2.4). NTRK fusions not detected (RNA).", "body",
               spaceBefore=5))
    s.append(P("POSSIBLE CLONAL HEMATOPOIESIS", "h2"))
    s.append(P("DNMT3A p.Arg882His (VAF 2.1%) is a recurrent clonal hematopoiesis variant and is most likely derived "
               "from infiltrating blood cells rather than the tumor. It is not reported as a tumor alteration.", "body"))
    s.append(P("PREVIOUS TESTING", "h2"))
    s.append(P("Primary sigmoid colon resection (2024, outside laboratory, hotspot PCR): reported as KRAS/NRAS/BRAF "
               "\u201cno mutations detected\u201d. The discrepancy with the present NRAS result may reflect the limited "
               "NRAS codons in that assay (codon 12/13 only) or tumor heterogeneity.", "body"))
    s.append(P("VARIANTS OF UNKNOWN SIGNIFICANCE", "h2"))
    s.append(tbl(lab, [["Gene", "Variant", "VAF"], ["BRCA2", "p.Asp1420Tyr", "49.2%"], ["FAT1", "p.Ile3109Val", "33.0%"],
                       ["SMAD4", "p.Leu43Ser", "11.5%"], ["MSH6", "p.Thr1085Ala", "50.3%"]], [80, 120, 60], grid="lines"))
    s.append(P("MSH6 and BRCA2 variants of unknown significance are not actionable; the tumor is microsatellite stable.",
               "tiny"))
    s.append(PageBreak())
    s.append(P("THERAPIES AND TRIALS", "h2"))
    tt = [["Finding", "Therapy (this tumor)", "Therapy (other tumors)", "Trials"],
          ["NRAS Q61K", "cetuximab, panitumumab: RESISTANCE", "binimetinib (melanoma, investigational)", "2"],
          ["PIK3CA E545K", "none", "alpelisib (breast), inavolisib (breast)", "4"],
          ["KRAS G12C (not detected)", "sotorasib, adagrasib \u2014 listed for reference only", "", "0"],
          ["BRAF V600E (not detected)", "encorafenib + cetuximab \u2014 not indicated", "", "0"]]
    s.append(tbl(lab, tt, [110, 170, 180, 72], grid="lines"))
    s.append(P("QUALITY AND METHODS", "h2"))
    s.append(P("Median coverage 766x; 99.2% of exons &gt;100x. Limit of detection 5% VAF for SNVs and indels; "
               "copy number &gt;= 6. TMB calculated over 1.3 Mb; TMB-High is &gt;= 10 Muts/Mb (FDA tissue cut-off); "
               "6.3 Muts/Mb is below the cut-off. MSI: MS-Stable (0.9% of 2,100 loci unstable; MSI-H &gt;= 10%). "
               "Mismatch repair protein immunohistochemistry was not requested and was not performed.", "bodyj"))
    s.append(P("Tier legend: IA, approved therapy or guideline in this tumor; IIC, investigational or other tumor; "
               "III, unknown significance. R1 = standard-of-care resistance biomarker.", "tiny"))
    s.append(Spacer(1, 10))
    s.append(P("Electronically signed: Hana Oyelaran-Price, MD, Associate Director, 01/30/2026", "small"))
    return s


# ============================================================================ 6203
@report("6203", COBALT, _meta(patient="Patient C", dob="22 Aug 1970", sex="M", mrn="PM-771203", acc="CL-26-0318",
        specimen="Skin, left shoulder excision", collected="05 Jan 2026", received="07 Jan 2026",
        reported="16 Jan 2026", physician="Dr Saoirse Kettleby", facility="Porthmere General", tumour="Cutaneous melanoma"),
        [L("BRAF", "mutation", "positive", ["V600E", "p.(Val600Glu)"], alteration="V600E"),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("TMB", "signature", "positive", ["18.2 mut/Mb"], value="18.2 mut/Mb"),
         L("MSI", "signature", "negative", ["Stable"]),
         L("TP53", "mutation", "negative", ["TP53"]),
         L("KRAS", "mutation", "negative", ["KRAS"]),
         L("HRAS", "mutation", "negative", ["HRAS"])],
        doc="Cobalt Lane melanoma panel", tumour="melanoma",
        kinds=["TILE", "GAUGE", "VT", "RNEG", "NE", "THER", "LEG", "SBS"])
def r6203():
    lab = COBALT
    P, W = lab.P, 495
    s = [P("Melanoma Targeted Panel (52 genes) + TMB", "h1"),
         P("Your patient's results at a glance", "h3")]
    s.append(tiles(lab, [("BRAF", "V600E", "detected \u00b7 VAF 31%"), ("NRAS", "not detected", "exons 2, 3, 4"),
                         ("KIT", "not detected", "exons 9, 11, 13, 17, 18"), ("TMB", "18.2 mut/Mb", "high \u00b7 cut-off 10"),
                         ("MSI", "Stable", "0 / 5 markers"), ("PD-L1", "not evaluated", "no IHC requested")], 3, W,
                   bgs=[hx("#E0F2F1"), hx("#F1F8E9"), hx("#F1F8E9"), hx("#FFF3E0"), hx("#F1F8E9"), hx("#ECEFF1")]))
    s.append(Spacer(1, 6))
    s.append(P("What this means", "h2"))
    s.append(P("A BRAF V600E mutation is present. BRAF V600-directed therapy (dabrafenib + trametinib, encorafenib + "
               "binimetinib, vemurafenib + cobimetinib) is licensed for BRAF V600-mutant melanoma. The tumour mutational "
               "burden is high, which is common in ultraviolet-associated melanoma.", "body"))
    s.append(P("Tumour mutational burden", "h2"))
    s.append(side([Gauge(0, 50, 18.2, [(0, 10, hx("#B2DFDB")), (10, 50, hx("#FFCC80"))], [0, 10, 20, 30, 40, 50],
                         width=260, label="mutations per megabase", value_text="18.2"),
                   P("Cobalt TMB-high threshold: 10 mut/Mb. 18.2 mut/Mb lies at the 71st percentile of melanomas "
                     "tested at Cobalt Lane (n = 1,204). Reference range in non-UV tumours: typically under 5 mut/Mb.",
                     "small")], [280, 215]))
    s.append(P("Variant detail", "h2"))
    det = [["Gene", "Variant (HGVS)", "Exon", "Transcript", "Allele fraction", "Classification"],
           ["BRAF", "c.1799T&gt;A p.(Val600Glu)", "15", "NM_004333.6", "31%", "Tier I \u2014 pathogenic"],
           ["CDKN2A", "c.238C&gt;T p.(Arg80Ter)", "2", "NM_000077.5", "62%", "Tier II \u2014 pathogenic"],
           ["TERT", "c.-124C&gt;T (promoter)", "\u2014", "NM_198253.3", "40%", "Tier II \u2014 pathogenic"],
           ["NF1", "c.3827G&gt;A p.(Arg1276Gln)", "29", "NM_001042492.3", "12%", "Tier III \u2014 VUS"],
           ["ARID2", "c.1234C&gt;T p.(Pro412Pro)?", "9", "NM_152641.4", "48%", "Synonymous \u2014 not reported further"]]
    s.append(tbl(lab, det, [46, 130, 32, 86, 62, 139], grid="lines", zebra=hx("#F5FBFA")))
    s.append(P("Tier III and synonymous variants are listed for completeness; they do not change management.", "tiny"))
    s.append(P("Genes with no variant detected", "h2"))
    s.append(P("No pathogenic variants were found in: NRAS, KIT, GNAQ, GNA11, MAP2K1, PTEN, TP53, HRAS, KRAS, "
               "SF3B1, EIF1AX, BAP1.", "body"))
    s.append(PageBreak())
    s.append(P("About this test", "h2"))
    s.append(P("DNA from the marked tumour area (estimated 70% tumour cells) was sequenced with an amplicon panel "
               "covering 52 genes and 1.1 Mb for TMB. Microsatellite status is assessed with five mononucleotide "
               "markers (BAT-25, BAT-26, NR-21, NR-24, MONO-27) compared with matched normal skin margin. "
               "Variants at or above 3% allele fraction are reported. PD-L1 immunohistochemistry is not part of this "
               "test; it can be requested separately.", "bodyj"))
    s.append(P("Glossary", "h3"))
    s.append(tbl(lab, [["Term", "Meaning"], ["Tier I / II", "Strong / potential clinical significance (AMP/ASCO/CAP)"],
                       ["Tier III", "Variant of uncertain significance"], ["TMB", "Tumour mutational burden"],
                       ["MSI", "Microsatellite instability; 2 or more unstable markers = MSI-high"],
                       ["VAF", "Variant allele fraction"]], [90, 405], grid="lines"))
    s.append(Spacer(1, 12))
    s.append(P("Reported by Dr Priya Halvorsen-Achebe, Consultant Clinical Scientist. Authorised by Dr Imogen "
               "Tallis-Fenwick, 16 Jan 2026.", "small"))
    return s


# ============================================================================ 6204
@report("6204", COBALT, _meta(patient="Patient D", dob="09 Mar 1966", sex="F", mrn="PM-118840", acc="CL-26-0411",
        specimen="Breast core, left 2 o'clock", collected="08 Jan 2026", received="12 Jan 2026",
        reported="23 Jan 2026", physician="Mr Alasdair Penhallow", tumour="Invasive breast carcinoma NST"),
        [L("PIK3CA", "mutation", "positive", ["p.(His1047Arg)"], alteration="H1047R"),
         L("HER2", "amplification", "positive", ["ERBB2 amplified"]),
         L("BRCA1", "mutation", "negative", ["BRCA1"]),
         L("BRCA2", "mutation", "negative", ["BRCA2"]),
         L("TP53", "mutation", "positive", ["p.(Tyr234Cys)"], alteration="Y234C"),
         L("ER", "expression", "positive", ["ER positive (95%)"], percent=95),
         L("PR", "expression", "positive", ["PR positive (10%)"], percent=10),
         L("HER2", "expression", "positive", ["HER2 IHC 3+"], ihc_score="3+")],
        doc="Cobalt Lane breast panel with copy number", tumour="breast carcinoma",
        kinds=["TILE", "VT", "CN", "VUS", "HIST", "THER", "LEG"])
def r6204():
    lab = COBALT
    P, W = lab.P, 495
    s = [P("Breast Cancer Genomic Panel", "h1"),
         P("Clinical details supplied: 57-year-old woman, locally advanced left breast cancer before neoadjuvant "
           "therapy. Referring pathology on the same core (Porthmere General, H26-00912): ER positive (95%), "
           "PR positive (10%), HER2 IHC 3+. Please confirm ERBB2 status and PIK3CA.", "small")]
    s.append(tiles(lab, [("ERBB2 (HER2)", "Amplified", "copy number 14"), ("PIK3CA", "H1047R", "VAF 22%"),
                         ("TP53", "Y234C", "VAF 38%"), ("BRCA1 / BRCA2", "No pathogenic variant", "tumour only")],
                   4, W, bgs=[hx("#FFF3E0"), hx("#E0F2F1"), hx("#E0F2F1"), hx("#F1F8E9")]))
    s.append(Spacer(1, 4))
    s.append(P("Results", "h2"))
    s.append(P("ERBB2 amplified: estimated 14 copies per cell (ploidy-adjusted), consistent with the referring HER2 IHC "
               "score. A PIK3CA kinase-domain hotspot mutation and a TP53 missense mutation are present. No pathogenic "
               "or likely pathogenic variant was detected in BRCA1 or BRCA2.", "body"))
    det = [["Gene", "Variant", "Exon", "VAF / copies", "Interpretation"],
           ["ERBB2", "Amplification (17q12)", "\u2014", "14 copies", "Pathogenic \u2014 Tier I"],
           ["PIK3CA", "c.3140A&gt;G p.(His1047Arg)", "21", "22%", "Pathogenic \u2014 Tier I"],
           ["TP53", "c.701A&gt;G p.(Tyr234Cys)", "7", "38%", "Likely pathogenic \u2014 Tier II"],
           ["GRB7", "Co-amplified with ERBB2", "\u2014", "13 copies", "Passenger \u2014 not reported separately"],
           ["CDH1", "c.2164+8C&gt;T", "intron 13", "49%", "Likely benign \u2014 not reportable"],
           ["BRCA2", "c.7544C&gt;T p.(Thr2515Ile)", "16", "51%", "Uncertain significance (Tier III)"]]
    s.append(tbl(lab, det, [52, 160, 50, 70, 163], grid="lines", zebra=hx("#F5FBFA")))
    s.append(P("The BRCA2 variant of uncertain significance at ~50% may be constitutional; a germline referral is "
               "suggested only if the family history meets national criteria.", "tiny"))
    s.append(P("Therapy notes", "h2"))
    s.append(tbl(lab, [["Biomarker", "Agents with evidence", "Setting"],
                       ["ERBB2 amplification", "trastuzumab, pertuzumab, trastuzumab deruxtecan, tucatinib", "breast"],
                       ["PIK3CA H1047R", "alpelisib, inavolisib, capivasertib", "HR-positive, HER2-negative disease"],
                       ["BRCA1/2 (not altered)", "olaparib, talazoparib", "germline BRCA carriers only"]],
                   [120, 230, 145], grid="lines"))
    s.append(P("Therapies are listed for the biomarker class; eligibility depends on the complete clinical picture "
               "and on the receptor status established by the treating pathology laboratory.", "tiny"))
    s.append(PageBreak())
    s.append(P("Sample and sequencing metrics", "h2"))
    s.append(tiles(lab, [("Tumour cells", "45%", "pathologist estimate"), ("DNA", "64 ng", "input 50 ng"),
                         ("Mean depth", "1,130x", "minimum 300x"), ("Uniformity", "97.4%", "&gt;0.2x mean")], 4, W,
                   bgs=[hx("#F1F8E9")]))
    s.append(P("Genes in the breast panel", "h2"))
    s.append(P("AKT1, AR, ARID1A, ATM, BARD1, BRCA1, BRCA2, BRIP1, CCND1, CDH1, CDK12, CHEK2, ERBB2, ERBB3, ESR1, "
               "FGFR1, FGFR2, GATA3, KMT2C, MAP2K4, MAP3K1, MYC, NF1, PALB2, PIK3CA, PIK3R1, PTEN, RAD51C, RAD51D, "
               "RB1, TBX3, TP53. Copy number is reported for ERBB2, CCND1, FGFR1, MYC and ESR1.", "small"))
    s.append(P("Limitations", "h2"))
    s.append(P("Tumour-only sequencing cannot separate germline from somatic variants. Copy number is estimated from read "
               "depth relative to a pooled normal; amplification is called at 6 or more copies. Tumour cellularity 45%.",
               "small"))
    s.append(Spacer(1, 10))
    s.append(P("Authorised electronically \u2014 Dr Imogen Tallis-Fenwick, Laboratory Director, 23 Jan 2026", "small"))
    return s


# ============================================================================ 6205
@report("6205", ALDHELM, _meta(patient="Patient E", dob="17/05/1989", sex="M", mrn="AH4471902", acc="MD26/0127",
        specimen="Brain, right frontal lesion (block 1C)", collected="02/01/2026", received="05/01/2026",
        reported="19/01/2026", physician="Mr Kwabena Ellesmere, Neurosurgery", tumour="Diffuse glioma"),
        [L("IDH1", "mutation", "positive", ["p.Arg132His", "c.395G>A"], alteration="R132H"),
         L("IDH1", "expression", "positive", ["IDH1 R132H immunohistochemistry"]),
         L("IDH2", "mutation", "negative", ["IDH2 codon 172"]),
         L("TP53", "mutation", "positive", ["p.Arg248Gln"], alteration="R248Q"),
         L("BRAF", "mutation", "negative", ["BRAF V600E not detected"]),
         L("EGFR", "amplification", "negative", ["EGFR amplification not detected"])],
        doc="St Aldhelm neuro-oncology NGS panel", tumour="glioma (astrocytoma)",
        kinds=["ACAD", "VT", "RNEG", "HIST", "METH", "REF"])
def r6205():
    lab = ALDHELM
    P, W = lab.P, 483
    s = [P("MOLECULAR PATHOLOGY REPORT \u2014 Neuro-oncology Targeted NGS Panel", "h1")]
    s.append(P("<b>Clinical details:</b> 36-year-old man, first seizure, non-enhancing right frontal mass. "
               "Histology (report P26/00344): diffuse glioma, morphology favouring astrocytoma; ATRX loss on IHC. "
               "IDH1 R132H immunohistochemistry (same block, this department): positive in tumour cells.", "body"))
    s.append(P("<b>Request:</b> integrated diagnosis panel (IDH1/2, TP53, ATRX, TERT promoter, H3F3A, BRAF, EGFR copy "
               "number, CDKN2A/B, 1p/19q).", "body"))
    s.append(P("Summary of results", "h2"))
    summ = [["Test", "Result"],
            ["IDH1 / IDH2", "IDH1 c.395G&gt;A p.Arg132His detected (VAF 38%). IDH2 codon 172: no variant detected."],
            ["TP53", "c.743G&gt;A p.Arg248Gln detected (VAF 41%)"],
            ["ATRX", "c.4318del p.(Ala1440Leufs*12) detected (VAF 77%)"],
            ["TERT promoter", "No variant detected at C228 or C250"],
            ["H3-3A (H3F3A)", "K28M (K27M) and G35R/V not detected"],
            ["BRAF", "BRAF V600E not detected; no KIAA1549::BRAF by RNA"],
            ["EGFR", "EGFR amplification not detected; EGFRvIII not detected"],
            ["CDKN2A/B", "No homozygous deletion"],
            ["1p/19q", "Not codeleted (SNP-based copy number)"],
            ["MGMT promoter", "Methylated (pyrosequencing, mean 28%, threshold 10%)"]]
    s.append(tbl(lab, summ, [100, 383], head=colors.black, grid="grid", style="cell"))
    s.append(P("Interpretation", "h2"))
    s.append(P("The combination of an IDH1 mutation, TP53 and ATRX inactivation, intact 1p/19q and no CDKN2A/B homozygous "
               "deletion supports the integrated diagnosis of <i>astrocytoma, IDH-mutant</i>; grade to be assigned at "
               "the neuropathology MDT. Oligodendroglioma is excluded by the absence of 1p/19q codeletion. The TP53 "
               "variant is somatic-appearing; germline Li-Fraumeni testing is not indicated on present information "
               "(no family history supplied).", "bodyj"))
    s.append(P("Note on IDH2", "h3"))
    s.append(P("IDH2 mutations (R172K and others) occur in a minority of IDH-mutant gliomas, usually oligodendroglioma; "
               "they are mutually exclusive with IDH1 R132 variants and were not found here.", "body"))
    s.append(PageBreak())
    s.append(P("Variant table", "h2"))
    vt = [["Gene", "Transcript", "Exon", "c.", "p.", "VAF", "Depth", "Class"],
          ["IDH1", "NM_005896.4", "4", "c.395G&gt;A", "p.Arg132His", "38%", "1,208", "Pathogenic (Tier I)"],
          ["TP53", "NM_000546.6", "7", "c.743G&gt;A", "p.Arg248Gln", "41%", "984", "Pathogenic (Tier II)"],
          ["ATRX", "NM_000489.6", "12", "c.4318del", "p.Ala1440Leufs*12", "77%", "612", "Pathogenic (Tier II)"],
          ["PIK3R1", "NM_181523.3", "11", "c.1417A&gt;G", "p.Ile473Val", "6%", "1,430", "VUS (Tier III)"],
          ["NF1", "NM_001042492.3", "22", "c.2709C&gt;T", "p.(Ser903=)", "50%", "877", "Benign, synonymous"]]
    s.append(tbl(lab, vt, [40, 78, 30, 66, 92, 34, 42, 101], head=colors.black, grid="grid"))
    s.append(P("Method", "h2"))
    s.append(P("DNA was extracted from a 70%-tumour area of block 1C. Libraries were prepared with a 46-gene amplicon "
               "panel (brain tumour content) and sequenced to a mean depth above 800x. The limit of detection is 5% "
               "variant allele frequency. Copy number is inferred from amplicon depth and a 1,600-SNP backbone. MGMT "
               "promoter methylation was assessed by pyrosequencing of CpGs 74-78. This test was performed in an "
               "accredited laboratory; amplicon assays may fail to detect large deletions.", "bodyj"))
    s.append(P("References", "h2"))
    for r in ["1. WHO Classification of Tumours Editorial Board. Central Nervous System Tumours, 5th ed. 2021.",
              "2. Li MM et al. Standards for the interpretation of sequence variants in cancer. J Mol Diagn 2017.",
              "3. Local SOP MD-NEU-014 v6: integrated glioma testing."]:
        s.append(P(r, "small"))
    s.append(Spacer(1, 14))
    s.append(P("Reported by: Dr Harriet Osei-Blackwood, Clinical Scientist (Molecular Pathology)<br/>"
               "Authorised by: Dr Julian Fenmore-Quayle, Consultant Neuropathologist \u2014 19/01/2026", "body"))
    return s


# ============================================================================ 6206
@report("6206", ALDHELM, _meta(patient="Patient F", dob="28/11/1975", sex="F", mrn="AH9920113", acc="MD26/0210",
        specimen="Thyroid FNA, left lobe nodule (Bethesda IV)", collected="12/01/2026", received="12/01/2026",
        reported="20/01/2026", physician="Ms Beatrix Lundqvist, Endocrine Surgery", tumour="Thyroid nodule"),
        [L("HRAS", "mutation", "positive", ["p.Gln61Arg"], alteration="Q61R"),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("KRAS", "mutation", "negative", ["KRAS"]),
         L("BRAF", "mutation", "negative", ["BRAF"]),
         L("RET", "fusion", "negative", ["RET::PTC"]),
         L("NTRK", "fusion", "negative", ["NTRK1/NTRK3"]),
         L("ALK", "fusion", "negative", ["ALK"]),
         L("PIK3CA", "mutation", "negative", ["PIK3CA Not detected"])],
        doc="St Aldhelm thyroid FNA DNA/RNA panel", tumour="thyroid follicular neoplasm",
        kinds=["ACAD", "3COL", "RNEG", "METH", "LEG"])
def r6206():
    lab = ALDHELM
    P, W = lab.P, 483
    s = [P("Thyroid Nodule Molecular Panel (DNA hotspots + RNA fusions)", "h1"),
         P("Cytology: follicular neoplasm (Bethesda category IV). Material: dedicated FNA pass in nucleic acid "
           "preservative; adequate (thyroid follicular cell RNA marker above threshold).", "body")]
    s.append(P("Result", "h2"))
    s.append(box(lab, [P("<b>HRAS</b> c.182A&gt;G p.Gln61Arg detected (allele fraction 19%).", "body"),
                       P("No BRAF, TERT promoter, PIK3CA or fusion alteration was identified.", "body")], W,
                 border=colors.black, bw=1.2))
    s.append(Spacer(1, 6))
    s.append(P("Gene-by-gene results", "h2"))
    col = lambda rows: tbl(lab, [["Gene", "Result"]] + rows, [74, 79], head=colors.black, grid="lines")
    a = col([["BRAF", "Not detected"], ["NRAS", "Not detected"], ["HRAS", "<b>Q61R</b>"], ["KRAS", "Not detected"],
             ["EIF1AX", "Not detected"]])
    b = col([["TERT", "Not detected"], ["PIK3CA", "Not detected"], ["PTEN", "Not detected"], ["TP53", "Not tested*"],
             ["DICER1", "Not detected"]])
    c = col([["RET::PTC", "Negative"], ["NTRK1/NTRK3", "Negative"], ["ALK", "Negative"], ["PAX8::PPARG", "Negative"],
             ["THADA", "Negative"]])
    s.append(side([a, b, c], [161, 161, 161], gap=8))
    s.append(P("*TP53 is not included in the thyroid panel. Hotspots: BRAF V600, NRAS/HRAS/KRAS codons 12, 13, 61; "
               "fusions by targeted RNA sequencing (RET, NTRK1, NTRK3, ALK, PPARG, THADA, BRAF).", "small"))
    s.append(P("Interpretation", "h2"))
    s.append(P("RAS-family mutations are found in follicular adenoma, follicular carcinoma, NIFTP and the follicular "
               "variant of papillary carcinoma. The result raises the probability of a neoplasm but does not separate "
               "benign from malignant lesions; diagnostic lobectomy is usually considered. A RAS mutation without a "
               "second hit (TERT, TP53, PIK3CA) is associated with indolent behaviour.", "bodyj"))
    s.append(P("Comparison", "h3"))
    s.append(P("A right-lobe nodule aspirated in 2023 (MD23/1187) was benign on cytology; no molecular test was done "
               "on that sample.", "body"))
    s.append(PageBreak())
    s.append(P("Method and limits", "h2"))
    s.append(P("Total nucleic acid was extracted and tested with a 14-gene DNA hotspot amplicon assay (limit of detection "
               "5% mutant allele) and a targeted RNA fusion assay covering 38 known thyroid fusion transcripts. Fusions "
               "involving unknown partners may not be detected. Results should be interpreted with the cytology and "
               "imaging at the thyroid MDT.", "bodyj"))
    s.append(Spacer(1, 14))
    s.append(P("Reported by Dr Meera Cavendish-Obi, Principal Clinical Scientist. Checked and authorised 20/01/2026.",
               "body"))
    return s


# ============================================================================ 6207
@report("6207", VERITY, _meta(patient="Patient G", dob="06/30/1952", sex="F", mrn="LF-0094412", acc="VLO-26-11873",
        specimen="Peripheral blood, 2 x 10 mL cfDNA tubes", collected="01/12/2026", received="01/13/2026",
        reported="01/20/2026", physician="Dr. Ansel Whitcombe", facility="Linton Falls Cancer Institute",
        tumour="NSCLC, progression on osimertinib"),
        [L("EGFR", "mutation", "positive", ["p.Glu746_Ala750del"], alteration="E746_A750del"),
         L("EGFR", "mutation", "positive", ["p.Thr790Met"], alteration="T790M"),
         L("MET", "amplification", "positive", ["MET amplification"]),
         L("EGFR", "mutation", "negative", ["C797S"], alteration="C797S", optional=True),
         L("TP53", "mutation", "positive", ["p.Arg248Trp"], alteration="R248W", optional=True),
         L("KRAS", "mutation", "negative", ["KRAS Not detected"]),
         L("BRAF", "mutation", "negative", ["BRAF Not detected"]),
         L("ALK", "fusion", "negative", ["ALK fusion Not detected"]),
         L("ROS1", "fusion", "negative", ["ROS1 fusion Not detected"]),
         L("RET", "fusion", "negative", ["RET fusion Not detected"]),
         L("EGFR", "mutation", "negative", ["Not detected"], alteration="T790M", optional=True),
         L("HER2", "amplification", "negative", ["ERBB2 amplification Not detected"]),
         L("PIK3CA", "mutation", "negative", ["PIK3CA hotspots"], optional=True),
         L("MET", "amplification", "negative", ["Not amplified"], optional=True)],
        doc="Verity cfDNA 74-gene liquid biopsy", tumour="lung adenocarcinoma",
        kinds=["LIQ", "SUM", "VT", "CH", "RNEG", "PRIOR", "THER", "LOD", "LEG", "WRAP"])
def r6207():
    lab = VERITY
    P, W = lab.P, 540
    s = [P("Verity Plasma 74 \u2014 cell-free DNA tumor profiling", "h1")]
    s.append(box(lab, [P("<b>ctDNA DETECTED.</b> Tumor fraction estimate 2.4% (max somatic VAF). Three alterations "
                         "with therapeutic relevance were identified.", "body"),
                       tbl(lab, [["Alteration", "% cfDNA", "Relevance"],
                                 ["EGFR exon 19 deletion", "2.1%", "Sensitizing (founder) alteration"],
                                 ["EGFR T790M", "0.4%", "Acquired resistance to 1st/2nd-gen EGFR TKI"],
                                 ["MET amplification", "plasma CN 2.6", "Bypass resistance to osimertinib"]],
                           [170, 90, 256], grid="lines")], W, bg=hx("#F3EEF8"), border=lab.primary))
    s.append(Spacer(1, 6))
    s.append(P("Detected alterations", "h2"))
    vt = [["Gene", "Alteration", "cDNA", "Exon", "% cfDNA", "Classification", "Comment"],
          ["EGFR", "p.Glu746_Ala750del", "c.2235_2249del", "19", "2.1", "Pathogenic", "Founder clone"],
          ["EGFR", "p.Thr790Met", "c.2369C&gt;T", "20", "0.4", "Pathogenic", "Subclonal; resistance"],
          ["MET", "Amplification", "\u2014", "\u2014", "CN 2.6", "Pathogenic", "Plasma CN above 2.1 threshold"],
          ["TP53", "p.Arg248Trp", "c.742C&gt;T", "7", "0.3", "Pathogenic \u2020", "\u2020 possible CH origin, see below"],
          ["DNMT3A", "p.Arg882Cys", "c.2644C&gt;T", "23", "1.8", "CH \u2021", "Excluded from tumor fraction"],
          ["TET2", "p.Gln1034*", "c.3100C&gt;T", "3", "0.9", "CH \u2021", "Excluded from tumor fraction"],
          ["PPM1D", "p.Arg552*", "c.1654C&gt;T", "6", "0.5", "CH \u2021", "Therapy-related CH"]]
    s.append(tbl(lab, vt, [44, 96, 82, 30, 50, 78, 160], grid="lines", zebra=hx("#F7F3FA")))
    s.append(P("\u2020 TP53 p.Arg248Trp may arise in the tumor or in blood-cell clones (clonal hematopoiesis); paired "
               "white-cell sequencing was not performed, so its origin is unresolved. \u2021 CH = clonal hematopoiesis; "
               "variants in DNMT3A, TET2, ASXL1 and PPM1D at low fraction are attributed to blood cells and are not "
               "tumor findings.", "tiny"))
    s.append(P("Relevant genes with no alteration detected", "h2"))
    neg = [["Gene", "Result", "Gene", "Result"],
           ["KRAS", "Not detected", "ALK fusion", "Not detected"],
           ["BRAF", "Not detected", "ROS1 fusion", "Not detected"],
           ["ERBB2 amplification", "Not detected", "RET fusion", "Not detected"]]
    s.append(tbl(lab, neg, [110, 160, 110, 160], grid="grid"))
    s.append(P("Resistance mechanisms sought and not found: EGFR C797S, EGFR L718Q, PIK3CA hotspots, small-cell "
               "transformation cannot be assessed in plasma.", "small"))
    s.append(P("Because ctDNA fraction is low (2.4%), a negative result for any gene does not exclude the alteration "
               "in the tumor. Consider tissue re-biopsy if clinically indicated.", "small"))
    s.append(PageBreak())
    s.append(P("Therapy associations", "h2"))
    th = [["Alteration", "Agent(s)", "Evidence in NSCLC"],
          ["EGFR exon 19 deletion", "osimertinib; amivantamab + chemotherapy", "Approved"],
          ["EGFR T790M", "osimertinib", "Approved \u2014 patient progressing on it"],
          ["MET amplification", "osimertinib + savolitinib; osimertinib + tepotinib", "Clinical trials"],
          ["EGFR C797S (not detected)", "fourth-generation EGFR inhibitors", "Trials only; not applicable"]]
    s.append(tbl(lab, th, [150, 230, 160], grid="lines"))
    s.append(P("Serial results", "h2"))
    sr = [["Date", "Sample", "EGFR exon 19 del", "EGFR T790M", "MET"],
          ["03/2023", "Tissue, LLL biopsy (outside lab)", "Detected", "Not detected", "Not tested"],
          ["06/2024", "Plasma (Verity)", "0.8%", "Not detected", "Not amplified"],
          ["01/2026", "Plasma (this report)", "2.1%", "0.4%", "Amplified (CN 2.6)"]]
    s.append(tbl(lab, sr, [60, 170, 100, 100, 110], grid="grid"))
    s.append(P("Methods and performance", "h2"))
    s.append(P("cfDNA (30 ng) was extracted from plasma and sequenced with a 74-gene hybrid-capture panel using "
               "unique molecular identifiers (median unique depth 4,900x). Reportable range: SNVs and indels from 0.1% "
               "cfDNA; amplifications from plasma copy number 2.1 (MET, ERBB2) or 2.4 (other genes); fusions from "
               "0.2%. Analytical sensitivity is 95% at 0.5% VAF and 58% at 0.1% VAF. Tumor fraction is the highest "
               "non-CH somatic VAF.", "bodyj"))
    s.append(Spacer(1, 8))
    s.append(P("Signed out by Marguerite Sandoval-Iyer, PhD, FACMG \u2014 Laboratory Director \u2014 01/20/2026", "small"))
    return s


# ============================================================================ 6208
@report("6208", VERITY, _meta(patient="Patient H", dob="02/17/1948", sex="M",
        mrn="LF-0107750", acc="VLO-26-12402", specimen="Peripheral blood, cfDNA", collected="01/14/2026",
        received="01/15/2026", reported="01/23/2026", physician="Dr. Ines Carrow-Battle",
        facility="Redbank Community Oncology", tumour="Pancreatic adenocarcinoma (clinical)"),
        [],
        doc="Verity cfDNA, no ctDNA detected", tumour="pancreatic adenocarcinoma",
        kinds=["LIQ", "NOCT", "NE", "GLIST", "LOD", "TRIAL", "CH"])
def r6208():
    lab = VERITY
    P, W = lab.P, 540
    s = [P("Verity Plasma 74 \u2014 cell-free DNA tumor profiling", "h1")]
    s.append(box(lab, [P("<b>NO CIRCULATING TUMOR DNA DETECTED</b>", "body", fontSize=11),
                       P("No somatic alterations were identified in the genes and regions evaluated. Because no "
                         "tumor-derived DNA was seen, this result is uninformative: it cannot be used to conclude "
                         "that the tumor lacks any of the alterations below. Tissue testing is recommended.", "body")],
                 W, bg=hx("#F3EEF8"), border=lab.primary))
    s.append(Spacer(1, 6))
    s.append(P("Biomarker status", "h2"))
    tb = [["Biomarker", "Status", "Note"],
          ["KRAS", "Not assessable", "no ctDNA detected"],
          ["BRCA1 / BRCA2", "Not assessable", "germline testing recommended for all pancreatic cancer"],
          ["MSI", "Not evaluated", "requires ctDNA fraction &gt;= 1%"],
          ["TMB (blood)", "Not evaluated", "requires ctDNA fraction &gt;= 1%"],
          ["NTRK1/2/3 fusion", "Not assessable", "no ctDNA detected"]]
    s.append(tbl(lab, tb, [140, 120, 280], grid="grid"))
    s.append(P("Findings not attributed to the tumor", "h2"))
    s.append(P("DNMT3A p.Trp860Arg (0.6%) and TET2 c.3954+1G&gt;A (0.4%) were detected and are typical of clonal "
               "hematopoiesis of indeterminate potential. They are not tumor findings and are not used to estimate "
               "tumor fraction.", "body"))
    s.append(P("Clinical trials", "h2"))
    s.append(P("Trials for KRAS G12D-mutant pancreatic cancer (e.g. pan-RAS and G12D-selective inhibitors) and for "
               "homologous recombination deficiency require a documented alteration; this plasma result does not "
               "establish eligibility for any of them.", "body"))
    s.append(P("Genes evaluated", "h2"))
    genes = ("AKT1 ALK APC AR ARAF ARID1A ATM BRAF BRCA1 BRCA2 CCND1 CCND2 CCNE1 CDH1 CDK4 CDK6 CDKN2A CHEK2 CTNNB1 "
             "DDR2 EGFR ERBB2 ESR1 EZH2 FBXW7 FGFR1 FGFR2 FGFR3 GATA3 GNA11 GNAQ GNAS HNF1A HRAS IDH1 IDH2 JAK2 KIT "
             "KRAS MAP2K1 MAP2K2 MET MLH1 MPL MSH2 MSH6 MYC NF1 NFE2L2 NOTCH1 NPM1 NRAS NTRK1 NTRK2 NTRK3 PALB2 "
             "PDGFRA PIK3CA PMS2 PTEN PTPN11 RAF1 RB1 RET RHEB RHOA RIT1 ROS1 SMAD4 SMO STK11 TERT TP53 TSC1").split()
    s.append(gene_grid(lab, genes, 12, W, style="tiny", lines=True))
    s.append(P("Fusions are reported for ALK, FGFR2, FGFR3, NTRK1, NTRK2, NTRK3, RET and ROS1.", "tiny"))
    s.append(PageBreak())
    s.append(P("Why might no ctDNA be detected?", "h2"))
    s.append(P("Tumor DNA shed into blood varies with tumor type, volume, location and treatment. Pancreatic and brain "
               "tumors and localized disease frequently shed little ctDNA. The assay detects variants down to 0.1% "
               "cfDNA with 58% sensitivity and at 0.5% with 95% sensitivity; alterations below these levels may be "
               "missed.", "bodyj"))
    s.append(P("Sample quality", "h2"))
    s.append(tbl(lab, [["cfDNA yield", "Input", "Median unique depth", "Hemolysis", "Time to processing"],
                       ["18 ng", "18 ng (below 30 ng target)", "2,750x", "None", "26 h"]], [100, 120, 120, 90, 110],
                 grid="grid"))
    s.append(P("Input below target lowers sensitivity further.", "tiny"))
    s.append(Spacer(1, 8))
    s.append(P("Signed out by Marguerite Sandoval-Iyer, PhD, FACMG \u2014 Laboratory Director \u2014 01/23/2026", "small"))
    return s


# ============================================================================ 6209
@report("6209", NORTHFOLD, _meta(patient="Patient I", dob="07/19/1963", sex="M", mrn="0448812", acc="NM26-00871",
        specimen="Colon, sigmoid, resection, block A4", collected="01/02/2026", received="01/05/2026",
        reported="01/13/2026", physician="LINDQVIST, HAROLD MD", facility="ASHWICK REGIONAL", tumour="Colon ca"),
        [L("KRAS", "mutation", "positive", ["p.Gly13Asp", "G13D"], alteration="G13D"),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("BRAF", "mutation", "negative", ["BRAF"]),
         L("MLH1", "expression", "positive", ["MLH1"]),
         L("PMS2", "expression", "positive", ["PMS2"]),
         L("MSH2", "expression", "positive", ["MSH2"]),
         L("MSH6", "expression", "positive", ["MSH6"]),
         L("MMR", "signature", "negative", ["PROFICIENT"])],
        doc="Northfold RAS/BRAF hotspot + MMR IHC", tumour="colorectal carcinoma",
        kinds=["TYPE", "VT", "NONE", "MMR", "LOD", "METH"])
def r6209():
    lab = NORTHFOLD
    P, W = lab.P, 512
    s = [P("RAS/BRAF HOTSPOT MUTATION ANALYSIS (NGS) AND MISMATCH REPAIR IHC", "h3"),
         P("-" * 84, "body"),
         P("RESULT SUMMARY:", "h3"),
         P("&nbsp;&nbsp;KRAS ............ MUTATION DETECTED: c.38G&gt;A p.Gly13Asp (G13D), 22% of reads", "body"),
         P("&nbsp;&nbsp;NRAS ............ NO MUTATION DETECTED", "body"),
         P("&nbsp;&nbsp;BRAF ............ NO MUTATION DETECTED", "body"),
         P("&nbsp;&nbsp;MMR IHC ......... PROFICIENT (all four proteins retained)", "body"),
         P("-" * 84, "body")]
    s.append(P("CODONS INTERROGATED:", "h3"))
    rows = [["GENE", "EXON", "CODONS", "RESULT"],
            ["KRAS", "2", "12, 13", "G13D DETECTED"], ["KRAS", "3", "59, 61", "-"], ["KRAS", "4", "117, 146", "-"],
            ["NRAS", "2", "12, 13", "-"], ["NRAS", "3", "59, 61", "-"], ["NRAS", "4", "117, 146", "-"],
            ["BRAF", "15", "600", "-"]]
    s.append(tbl(lab, rows, [70, 50, 110, 150], head=None, grid="box",
                 extra=[("FONTNAME", (0, 0), (-1, 0), "Courier-Bold")]))
    s.append(P("NONE OF THE ABOVE NRAS OR BRAF MUTATIONS WERE DETECTED.", "body", spaceBefore=4))
    s.append(P("MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY (BLOCK A4):", "h3"))
    mm = [["PROTEIN", "CLONE", "NUCLEAR EXPRESSION"], ["MLH1", "ES05", "RETAINED"], ["PMS2", "EP51", "RETAINED"],
          ["MSH2", "FE11", "RETAINED"], ["MSH6", "EP49", "RETAINED"]]
    s.append(tbl(lab, mm, [90, 90, 160], head=None, grid="box"))
    s.append(P("INTERNAL CONTROL (LYMPHOCYTES, STROMA): APPROPRIATE NUCLEAR STAINING.", "body"))
    s.append(P("INTERPRETATION: MISMATCH REPAIR PROFICIENT. LOW PROBABILITY OF LYNCH SYNDROME. MSI PCR NOT "
               "PERFORMED (NOT REQUESTED).", "body"))
    s.append(P("COMMENT:", "h3"))
    s.append(P("KRAS G13D IS PREDICTIVE OF LACK OF RESPONSE TO ANTI-EGFR MONOCLONAL ANTIBODIES (CETUXIMAB, "
               "PANITUMUMAB) PER CURRENT GUIDELINES. HER2 (ERBB2) STATUS IS NOT ASSESSED BY THIS ASSAY; IF "
               "CLINICALLY INDICATED, HER2 IHC CAN BE ADDED ON REQUEST.", "body"))
    s.append(P("METHOD:", "h3"))
    s.append(P("DNA EXTRACTED FROM MACRODISSECTED FFPE (TUMOR CELLULARITY 60%). AMPLICON NGS OF KRAS/NRAS EXONS 2-4 "
               "AND BRAF EXON 15. ANALYTICAL SENSITIVITY 5% MUTANT ALLELE (10% TUMOR CELLS, HETEROZYGOUS). MEAN "
               "DEPTH 3,400X. IHC ON VENTANA BENCHMARK ULTRA. THIS TEST WAS DEVELOPED AND ITS PERFORMANCE "
               "CHARACTERISTICS DETERMINED BY NORTHFOLD PATHOLOGY PARTNERS.", "body"))
    s.append(PageBreak())
    s.append(P("VARIANT DETAIL (FOR LABORATORY USE):", "h3"))
    vd = [["GENE", "TRANSCRIPT", "CDNA", "PROTEIN", "READS", "VAF"],
          ["KRAS", "NM_004985.5", "c.38G&gt;A", "p.Gly13Asp", "3,212", "22.4%"],
          ["KRAS", "NM_004985.5", "c.183A&gt;G", "p.(Gln61=)", "3,880", "49.8% SYNONYMOUS-NOT REPORTED"]]
    s.append(tbl(lab, vd, [50, 90, 80, 80, 55, 157], head=None, grid="box"))
    s.append(Spacer(1, 12))
    s.append(P("ELECTRONICALLY SIGNED: G. PETRAKIS-HOLM, MD, PHD  01/13/2026 15:10", "body"))
    s.append(P("*** END OF REPORT ***", "body"))
    return s


# ============================================================================ 6210
@report("6210", NORTHFOLD, _meta(patient="Patient J", dob="12/01/1959", sex="F", mrn="0511930", acc="NM26-01022",
        specimen="Lung, LLL EBUS-TBNA station 11L, cell block", collected="01/08/2026", received="01/09/2026",
        reported="01/19/2026", physician="OYELOWO, GRACE MD", facility="ASHWICK REGIONAL", tumour="NSCLC NOS"),
        [L("ALK", "expression", "negative", ["ALK (D5F3)"]),
         L("ROS1", "expression", "equivocal", ["EQUIVOCAL"]),
         L("PD-L1", "expression", "negative", ["TPS <1%"], value="<1%")],
        doc="Northfold lung panel, DNA failed, IHC done", tumour="NSCLC",
        kinds=["TYPE", "FAIL", "LOWTC", "PEND", "IHC", "METH"])
def r6210():
    lab = NORTHFOLD
    P = lab.P
    s = [P("NON-SMALL CELL LUNG CARCINOMA BIOMARKER PANEL", "h3"), P("-" * 84, "body"),
         P("PART 1: NGS HOTSPOT PANEL (EGFR, KRAS, BRAF, ERBB2, MET)", "h3"),
         P("RESULT: TEST FAILED - INSUFFICIENT DNA.", "body"),
         P("DNA YIELD 1.9 NG (MINIMUM 10 NG). ESTIMATED TUMOR CELLS IN CELL BLOCK: APPROX. 10% (~150 CELLS). "
           "NO SEQUENCING RESULT CAN BE REPORTED FOR EGFR, KRAS, BRAF, ERBB2 OR MET. THE ABSENCE OF A RESULT "
           "MUST NOT BE READ AS WILD TYPE.", "body"),
         P("RECOMMENDATION: REPEAT ON ADDITIONAL TISSUE OR PLASMA CFDNA TESTING. PLASMA TEST SENT OUT TO "
           "REFERENCE LAB 01/19/2026 - RESULT TO FOLLOW AS A SEPARATE REPORT.", "body"),
         P("-" * 84, "body"),
         P("PART 2: IMMUNOHISTOCHEMISTRY (CELL BLOCK C1)", "h3")]
    ihc = [["MARKER", "CLONE / PLATFORM", "RESULT"],
           ["ALK (D5F3)", "VENTANA, OPTIVIEW+AMP", "NEGATIVE"],
           ["ROS1 (D4D6)", "CST, BOND III", "EQUIVOCAL - WEAK GRANULAR STAINING IN ~30% OF TUMOR CELLS"],
           ["PD-L1 (22C3)", "DAKO LINK 48", "TPS &lt;1% (NO EXPRESSION)"]]
    s.append(tbl(lab, ihc, [100, 150, 262], head=None, grid="box"))
    s.append(P("NOTE: PD-L1 SCORED ON 120 VIABLE TUMOR CELLS (MINIMUM 100). BORDERLINE ADEQUACY.", "body",
               spaceBefore=4))
    s.append(P("ROS1 IHC IS A SCREENING TEST WITH HIGH SENSITIVITY AND LOWER SPECIFICITY. THE EQUIVOCAL STAIN HAS "
               "BEEN REFLEXED TO ROS1 BREAK-APART FISH (SENT TO KESTREL FUSION DIAGNOSTICS, 01/16/2026) - PENDING.",
               "body"))
    s.append(P("PART 3: OTHER", "h3"))
    s.append(P("TTF-1 POSITIVE, P40 NEGATIVE (SEE SURGICAL PATHOLOGY REPORT NS26-00412): FAVOR ADENOCARCINOMA.", "body"))
    s.append(P("EGFR PCR FROM A 2021 PLEURAL FLUID OF A DIFFERENT PATIENT EPISODE IS NOT ON FILE AT NORTHFOLD.",
               "body"))
    s.append(PageBreak())
    s.append(P("METHODS / LIMITATIONS:", "h3"))
    s.append(P("ALK D5F3 IS INTERPRETED AS BINARY (ANY STRONG GRANULAR CYTOPLASMIC STAINING = POSITIVE). ROS1 "
               "D4D6: NEGATIVE = NO STAINING; EQUIVOCAL = WEAK OR FOCAL; POSITIVE = MODERATE-STRONG DIFFUSE, "
               "REQUIRES CONFIRMATION. PD-L1 22C3 TPS: &lt;1% NO EXPRESSION; 1-49% LOW; &gt;=50% HIGH. "
               "ON-SLIDE AND EXTERNAL CONTROLS PERFORMED AS EXPECTED.", "body"))
    s.append(P("NGS HOTSPOT PANEL LIMIT OF DETECTION 5% MUTANT ALLELE AT 20% TUMOR CONTENT; MINIMUM 10 NG DNA.",
               "body"))
    s.append(Spacer(1, 10))
    s.append(P("ELECTRONICALLY SIGNED: G. PETRAKIS-HOLM, MD, PHD  01/19/2026 11:52", "body"))
    s.append(P("*** END OF REPORT ***", "body"))
    return s
