"""Reports 6221-6230."""
from common import *  # noqa: F401,F403
from common import Gauge, ScaleBar, tbl, box, tiles, side, gene_grid, hx, report, L
from labs import PINECREST, OMBRA, MERIDIAN, COBALT, ALDHELM, HELIX, VERITY_L, QUILLON


def _meta(**kw):
    base = dict(sex="F", facility="", status="Final", family="")
    base.update(kw)
    return base


# ============================================================================ 6221
@report("6221", PINECREST, _meta(patient="Patient U", dob="08/08/1964", sex="F", mrn="CH-5510287", acc="PRL-26-003381",
        specimen="Endometrium, hysterectomy, block 1D", collected="01/05/2026", received="01/07/2026",
        reported="01/22/2026", physician="Dr. Selma Hartigan-Roux", facility="Cedar Hollow Women's Health",
        tumour="Endometrioid carcinoma, FIGO G2"),
        [L("MSH2", "expression", "negative", ["MSH2 (G219-1129) ABSENT"]),
         L("MSH6", "expression", "negative", ["MSH6 (EP49) ABSENT"]),
         L("MLH1", "expression", "positive", ["MLH1 (M1) PRESENT"]),
         L("PMS2", "expression", "positive", ["PMS2 (A16-4) PRESENT"]),
         L("MMR", "signature", "positive", ["dMMR"]),
         L("MSI", "signature", "positive", ["MSI-HIGH"]),
         L("TMB", "signature", "positive", ["48 mut/Mb"], value="48 mut/Mb"),
         L("PIK3CA", "mutation", "positive", ["p.Arg88Gln"], alteration="R88Q"),
         L("KRAS", "mutation", "positive", ["p.Gly12Val"], alteration="G12V"),
         L("TP53", "mutation", "negative", ["TP53 WILD TYPE"])],
        doc="Pinecrest endometrial molecular classification (dense)", tumour="endometrial carcinoma",
        kinds=["DENSE", "MMR", "CLASS", "VT", "SPLIT", "GERM", "LEG", "QC", "GLIST"])
def r6221():
    lab = PINECREST
    P, W = lab.P, 540
    s = [P("ENDOMETRIAL CARCINOMA MOLECULAR CLASSIFICATION PANEL (POLE / MMR / p53 / NGS 161)", "h2", spaceBefore=0)]
    s.append(tbl(lab, [["RESULT CLASS", "ANALYTE", "RESULT", "ANALYTE", "RESULT", "FLAG"],
                       ["Molecular subgroup", "ProMisE/TCGA", "MMR-deficient (dMMR)", "POLE EDM", "No pathogenic variant", ""],
                       ["Signature", "MSI (NGS)", "MSI-HIGH", "TMB", "48 mut/Mb", "H"],
                       ["Protein", "MMR IHC", "MSH2/MSH6 loss", "p53 IHC", "see note 3", ""],
                       ["Sequence variant", "PIK3CA", "p.Arg88Gln", "KRAS", "p.Gly12Val", "A"],
                       ["Sequence variant", "PTEN", "p.Arg130Gly", "ARID1A", "p.Gln1327fs", ""],
                       ["Sequence variant", "TP53", "TP53 WILD TYPE", "CTNNB1", "no variant", ""]],
                 [80, 80, 110, 70, 130, 70], head=hx("#444444"), grid="grid", zebra=hx("#F2F2F2")))
    s.append(P("FLAG: H = above laboratory reference (TMB ref. interval 0-9.9 mut/Mb); A = actionable.", "tiny"))
    s.append(P("MISMATCH REPAIR IMMUNOHISTOCHEMISTRY", "h3"))
    s.append(tbl(lab, [["ANTIBODY", "RESULT", "INTERNAL CONTROL", "ANTIBODY", "RESULT", "INTERNAL CONTROL"],
                       ["MLH1 (M1) PRESENT", "nuclear, tumour", "OK", "MSH2 (G219-1129) ABSENT", "no tumour nuclei", "OK"],
                       ["PMS2 (A16-4) PRESENT", "nuclear, tumour", "OK", "MSH6 (EP49) ABSENT", "no tumour nuclei", "OK"]],
                 [95, 80, 60, 110, 95, 100], head=hx("#444444"), grid="grid"))
    s.append(P("Interpretation: loss of MSH2 and MSH6 \u2014 mismatch repair deficient (dMMR). This pattern suggests a "
               "germline MSH2 (or EPCAM) alteration, or double somatic MSH2 hits. GERMLINE TESTING FOR LYNCH SYNDROME "
               "IS RECOMMENDED; genetic counselling referral made 01/22/2026. MLH1 promoter methylation testing is not "
               "indicated for this pattern.", "small"))
    s.append(P("NOTES", "h3"))
    s.append(P("1. POLE exonuclease-domain (exons 9-14) hotspots P286R, V411L, S297F, A456P, S459F: none detected. "
               "2. Multiple classifier: POLEmut &gt; MMRd &gt; p53abn &gt; NSMP; this tumour is MMRd. "
               "3. p53 IHC was not performed at Pinecrest; refer to the hospital pathology report. "
               "4. ER/PR IHC not performed at Pinecrest. "
               "5. Reference range for MSI by NGS: MSS &lt; 10% unstable loci; MSI-H &gt;= 20%; indeterminate between.",
               "small"))
    s.append(P("CLINICAL INFORMATION (as supplied)", "h3"))
    s.append(P("61-year-old woman, postmenopausal bleeding; total hysterectomy and bilateral salpingo-oophorectomy with "
               "sentinel nodes. Endometrioid carcinoma, FIGO grade 2, 60% myometrial invasion, LVSI focal, sentinel "
               "nodes negative (0/2). Family history: father with colon cancer at 52; paternal aunt with endometrial "
               "cancer (age unknown). Hospital MMR IHC was not performed; testing requested in full at Pinecrest. "
               "Previous sample: colonoscopic polyp 2022 (tubular adenoma), not tested.", "small"))
    s.append(P("LYNCH SYNDROME PATHWAY", "h3"))
    s.append(tbl(lab, [["STEP", "STATUS", "OWNER"],
                       ["MMR IHC on tumour", "complete \u2014 MSH2/MSH6 loss", "Pinecrest"],
                       ["MLH1 promoter methylation", "not indicated (MLH1 retained)", "\u2014"],
                       ["Genetic counselling", "referred 01/22/2026", "Cedar Hollow Genetics"],
                       ["Germline MSH2/EPCAM/MSH6 testing", "ordered; sample awaited", "Cedar Hollow Genetics"],
                       ["Cascade testing of relatives", "after germline result", "Cedar Hollow Genetics"]],
                 [180, 200, 160], head=hx("#444444"), grid="grid"))
    s.append(P("SOMATIC VARIANT DETAIL (NGS 161)", "h3"))
    rows = [["GENE", "HGVS p.", "HGVS c.", "EXON", "TRANSCRIPT", "VAF", "DEPTH", "TIER", "EVIDENCE / DRUGS"],
            ["PIK3CA", "p.Arg88Gln", "c.263G&gt;A", "2", "NM_006218.4", "31%", "812", "II",
             "ABD domain hotspot; PI3K/AKT/mTOR inhibitors investigational"],
            ["KRAS", "p.Gly12Val", "c.35G&gt;T", "2", "NM_004985.5", "29%", "934", "II", "No approved therapy in "
             "endometrial carcinoma; RAS(ON) inhibitors in trials"],
            ["PTEN", "p.Arg130Gly", "c.388C&gt;G", "5", "NM_000314.8", "40%", "701", "II", "Loss of function"],
            ["ARID1A", "p.Gln1327fs", "c.3979del", "16", "NM_006015.6", "35%", "655", "II", "Loss of function"]]
    for g, pc, cc, ex, af in [("ATR", "p.Lys2332fs", "c.6994del", "40", "22%"), ("KMT2B", "p.Pro1101fs", "c.3301del", "10", "18%"),
                              ("RNF43", "p.Gly659fs", "c.1976del", "9", "27%"), ("JAK1", "p.Lys860fs", "c.2580del", "19", "30%"),
                              ("MSH6", "p.Phe1088fs", "c.3261del", "5", "24%"), ("CTCF", "p.Thr204fs", "c.610del", "3", "26%"),
                              ("ZFHX3", "p.Gln3544fs", "c.10630del", "10", "19%"), ("NF1", "p.Asn1219Ser", "c.3656A&gt;G", "27", "12%"),
                              ("BRCA2", "p.Asn1784fs", "c.5351del", "11", "11%"), ("ERBB2", "p.Val842Ile", "c.2524G&gt;A", "21", "7%"),
                              ("FBXW7", "p.Arg505Cys", "c.1513C&gt;T", "10", "9%"), ("ATM", "p.Arg337His", "c.1010G&gt;A", "7", "14%"),
                              ("BCOR", "p.Asn1425fs", "c.4273del", "10", "21%"), ("POLE", "p.Leu424Val", "c.1270C&gt;G", "13", "6%"),
                              ("ACVR2A", "p.Lys437fs", "c.1310del", "10", "33%"), ("TGFBR2", "p.Lys153fs", "c.458del", "4", "28%"),
                              ("KMT2D", "p.Pro2554fs", "c.7660del", "34", "20%"), ("CHD4", "p.Arg1068His", "c.3203G&gt;A", "21", "15%"),
                              ("EP300", "p.Asp1399Asn", "c.4195G&gt;A", "26", "13%"), ("NOTCH1", "p.Ala465Thr", "c.1393G&gt;A", "8", "10%"),
                              ("SETD2", "p.Lys1590fs", "c.4768del", "9", "23%"), ("RB1", "p.Glu137fs", "c.409del", "3", "8%")]:
        rows.append([g, pc, cc, ex, "\u2014", af, "\u2014", "III",
                     "Uncertain; frameshift at repeat in MSI-H background" if "fs" in pc else "Uncertain significance"])
    s.append(tbl(lab, rows, [42, 70, 62, 30, 68, 34, 36, 30, 168], head=hx("#444444"), grid="grid", repeat=1))
    s.append(P("Tier III rows are passenger-pattern variants of uncertain significance, including the MSH6 frameshift "
               "(likely secondary to MSI) and POLE p.Leu424Val outside the pathogenic hotspot list. They are not used for "
               "classification or therapy selection.", "tiny"))
    s.append(P("THERAPEUTIC IMPLICATIONS", "h3"))
    s.append(P("dMMR/MSI-H: dostarlimab, pembrolizumab (with or without chemotherapy/lenvatinib according to line and "
               "label). TMB-H: pembrolizumab tumour-agnostic label (TMB &gt;= 10 mut/Mb, F1CDx-style threshold). "
               "PIK3CA/PTEN: no approved targeted agent in endometrial cancer.", "small"))
    s.append(P("QC / METHOD", "h3"))
    s.append(P("Tumour 70%. DNA 110 ng. Mean depth 780x; 98.6% targets &gt;= 200x. Hybrid capture 161 genes (0.62 Mb "
               "for TMB). MSI from 86 loci (47% unstable). LoD 5% VAF. IHC: Ventana ULTRA, OptiView. Genes assayed "
               "include MLH1, MSH2, MSH6, PMS2, EPCAM (germline not assessed from tumour).", "small"))
    s.append(P("Electronically verified: T. Okafor-Lindqvist, MD, 01/22/2026 17:04", "small"))
    return s


# ============================================================================ 6222
@report("6222", PINECREST, _meta(patient="Patient V", dob="05/27/1966", sex="M", mrn="CH-6602415", acc="PRL-26-003920",
        specimen="Liver mass, CT-guided core x3", collected="01/12/2026", received="01/14/2026",
        reported="01/27/2026", physician="Dr. Emeka Sorensen-Vail", facility="Timberline Cancer Center",
        tumour="Intrahepatic cholangiocarcinoma"),
        [L("IDH1", "mutation", "positive", ["p.Arg132Cys"], alteration="R132C"),
         L("IDH2", "mutation", "negative", ["IDH2: NEGATIVE"]),
         L("BRAF", "mutation", "negative", ["BRAF: NEGATIVE"]),
         L("KRAS", "mutation", "negative", ["KRAS: NEGATIVE"]),
         L("HER2", "amplification", "negative", ["ERBB2 AMP: NEGATIVE"]),
         L("NTRK", "fusion", "negative", ["NTRK FUSION: NEGATIVE"]),
         L("MSI", "signature", "negative", ["MSS"]),
         L("TMB", "signature", "negative", ["2.5 mut/Mb"], value="2.5 mut/Mb")],
        doc="Pinecrest biliary DNA+RNA panel (dense)", tumour="cholangiocarcinoma",
        kinds=["DENSE", "SUM", "VT", "RNEG", "FUS", "THER", "TRIAL", "LEG", "LOWTC"])
def r6222():
    lab = PINECREST
    P, W = lab.P, 540
    s = [P("BILIARY TRACT CANCER PANEL \u2014 DNA (161 genes) + RNA FUSIONS (51 genes)", "h2", spaceBefore=0)]
    left = box(lab, [P("ACTIONABLE", "cellb"),
                     P("IDH1 p.Arg132Cys (c.394C&gt;T), VAF 14%", "cell"),
                     P("FGFR2::BICC1 fusion (RNA, FGFR2 exon 17 / BICC1 exon 3)", "cell")], 262, border=colors.black)
    right = box(lab, [P("BIOMARKER PANEL (biliary relevant)", "cellb"),
                      P("IDH2: NEGATIVE \u00b7 BRAF: NEGATIVE \u00b7 KRAS: NEGATIVE", "cell"),
                      P("ERBB2 AMP: NEGATIVE \u00b7 NTRK FUSION: NEGATIVE", "cell"),
                      P("MSI: MSS \u00b7 TMB: 2.5 mut/Mb (ref. 0-9.9)", "cell")], 262, border=colors.black)
    s.append(side([left, right], [270, 270]))
    s.append(P("COMMENT: IDH1 R132C supports ivosidenib after prior therapy. An FGFR2 fusion with IDH1 mutation in the "
               "same tumour is unusual; both were confirmed on repeat library preparation. FGFR2 fusion supports "
               "pemigatinib or futibatinib. HER2 IHC was not performed (ERBB2 not amplified by NGS). Tumour content "
               "20% \u2014 at the lower limit; a negative result for a subclonal alteration cannot be excluded.", "small"))
    s.append(P("VARIANT TABLE", "h3"))
    s.append(tbl(lab, [["GENE", "ALTERATION", "CODING / JUNCTION", "EXON", "VAF / READS", "TIER", "LEVEL", "NOTE"],
                       ["IDH1", "p.Arg132Cys", "c.394C&gt;T", "4", "14%", "I", "1", "ivosidenib (CCA, 2nd line)"],
                       ["FGFR2", "FGFR2::BICC1", "exon 17 :: exon 3", "17", "288 reads", "I", "1",
                        "pemigatinib, futibatinib"],
                       ["BAP1", "p.Gln253*", "c.757C&gt;T", "9", "12%", "II", "4", "loss of function"],
                       ["CDKN2A", "p.Arg80*", "c.238C&gt;T", "2", "9%", "II", "4", ""],
                       ["ARID1A", "p.Ser1194Leu", "c.3581C&gt;T", "14", "45%", "III", "\u2014", "VUS; possibly germline"]],
                 [45, 75, 90, 35, 60, 35, 40, 160], head=hx("#444444"), grid="grid"))
    s.append(P("TIER: AMP/ASCO/CAP. LEVEL: 1 FDA-recognised biomarker in this tumour; 3 other tumour type; 4 biological. "
               "VAF reflects 20% tumour content (heterozygous clonal variant expected near 10%).", "tiny"))
    s.append(P("TRIALS (PINECREST TRIAL MATCH, 150-MILE RADIUS)", "h3"))
    s.append(tbl(lab, [["PROTOCOL", "DRUG CLASS", "BIOMARKER REQUIRED", "MATCH"],
                       ["PRL-TM-0091", "mutant IDH1/2 inhibitor + PD-1", "IDH1 or IDH2 mutation", "yes (IDH1)"],
                       ["PRL-TM-0117", "irreversible FGFR1-4 inhibitor", "FGFR2 fusion/rearrangement", "yes"],
                       ["PRL-TM-0133", "HER2 bispecific", "ERBB2 amplification or IHC 3+", "no"],
                       ["PRL-TM-0140", "BRAF + MEK", "BRAF V600E", "no"]], [80, 170, 190, 100], head=hx("#444444"),
                 grid="grid"))
    s.append(PageBreak())
    s.append(P("METHODS / LIMITATIONS", "h3"))
    s.append(P("DNA and RNA co-extracted from 3 cores (tumour 20%, necrosis 10%). DNA: hybrid capture, mean depth 690x, LoD "
               "5% VAF (reduced sensitivity below 20% tumour). RNA: anchored multiplex PCR for 51 fusion genes "
               "(ALK, BRAF, FGFR1-3, NRG1, NTRK1-3, RET, ROS1 and others). MSI by 86 loci; TMB over 0.62 Mb. "
               "Germline variants are not distinguished.", "small"))
    s.append(P("RELEVANT NEGATIVE DEFINITIONS: 'NEGATIVE' = no pathogenic or likely pathogenic variant, amplification "
               "or fusion detected in the named gene at or above the limit of detection.", "small"))
    s.append(P("Electronically verified: T. Okafor-Lindqvist, MD, 01/27/2026 10:40", "small"))
    return s


# ============================================================================ 6223
@report("6223", OMBRA, _meta(patient="Patient W", dob="14/06/2022", sex="M", mrn="HV-0092217", acc="OMB-26-0044",
        specimen="Left adrenal mass, open biopsy + bone marrow aspirate", collected="10/01/2026",
        received="10/01/2026", reported="24/01/2026", physician="Dr Anouk Fitzwilliam, Paediatric Oncology",
        tumour="Neuroblastoma"),
        [L("ALK", "mutation", "positive", ["p.Phe1174Leu"], alteration="F1174L"),
         L("ALK", "amplification", "negative", ["ALK not amplified"]),
         L("GD2", "expression", "positive", ["GD2 (clone 14G2a)", "positive: >90%"], value=">90%"),
         L("TP53", "mutation", "negative", ["TP53 no variant"]),
         L("NRAS", "mutation", "negative", ["NRAS no variant"])],
        doc="Ombra paediatric neuroblastoma molecular + immunophenotype (landscape)", tumour="neuroblastoma",
        kinds=["LAND", "SBS", "TILE", "VT", "CN", "IHC", "GERM", "PEND", "METH", "LEG"])
def r6223():
    lab = OMBRA
    P, W = lab.P, 802
    s = [P("Neuroblastoma Integrated Molecular & Immunophenotyping Report", "h1")]
    s.append(tiles(lab, [("MYCN", "Amplified", "FISH: &gt;40 copies, clusters"), ("ALK", "F1174L", "VAF 24% \u00b7 not amplified"),
                         ("11q / 1p", "1p36 deletion", "11q intact"), ("GD2", "Positive", "&gt;90% tumour cells"),
                         ("Ploidy", "Diploid", "DNA index 1.0"), ("Marrow", "Infiltrated", "flow: 3.1% GD2+ CD56+")],
                   6, W, bgs=[hx("#E8EAF6"), hx("#FFF3E0")], border=lab.primary))
    s.append(Spacer(1, 4))
    col1 = [P("Sequencing (paediatric solid tumour panel, 134 genes)", "h2"),
            tbl(lab, [["Gene", "Variant", "Exon", "VAF", "Class"],
                      ["ALK", "c.3522C&gt;A p.Phe1174Leu", "23", "24%", "Pathogenic"],
                      ["ATRX", "not detected", "\u2014", "\u2014", "\u2014"],
                      ["PHOX2B", "c.722C&gt;T p.(Ala241Val)", "3", "50%", "VUS (constitutional?)"],
                      ["NF1", "c.6855C&gt;A p.(Tyr2285Ter)", "45", "6%", "Likely pathogenic, subclonal"]],
                [50, 140, 34, 40, 120], head=lab.primary, grid="lines"),
            P("TP53 no variant; NRAS no variant. ALK not amplified (copy number 2.3; ALK amplification defined as "
              "&gt;= 10 copies). ALK F1174L is a kinase-domain hotspot associated with sensitivity to lorlatinib "
              "(clinical trials and compassionate programmes).", "small")]
    col2 = [P("Immunophenotype", "h2"),
            tbl(lab, [["Marker", "Method", "Result"],
                      ["GD2 (clone 14G2a)", "IHC, frozen section", "positive: &gt;90% of tumour cells, strong membranous"],
                      ["GD2", "flow cytometry, marrow", "3.1% of nucleated events GD2+ CD56+ CD45-"],
                      ["PHOX2B", "IHC", "positive (nuclear)"],
                      ["CD99", "IHC", "negative"]], [100, 110, 170], head=lab.primary, grid="lines"),
            P("GD2 expression supports eligibility for anti-GD2 immunotherapy (dinutuximab beta) in the high-risk "
              "protocol. Note: GD2 is assessed for treatment planning; it is not a diagnostic marker of "
              "neuroblastoma.", "small")]
    s.append(side([col1, col2], [401, 401], gap=12))
    s.append(PageBreak())
    s.append(P("Copy number and risk group", "h2"))
    s.append(tbl(lab, [["Region", "Method", "Result", "Risk relevance"],
                       ["MYCN (2p24)", "FISH + SNP array", "Amplified (&gt;40 copies)", "High risk (INRG)"],
                       ["1p36", "SNP array", "Deletion", "Unfavourable"], ["11q23", "SNP array", "No loss", "\u2014"],
                       ["17q", "SNP array", "Gain", "Unfavourable"], ["ALK (2p23)", "SNP array", "2.3 copies", "not amplified"]],
                 [140, 160, 200, 302], head=lab.primary, grid="grid"))
    s.append(P("Pending / not assessed", "h2"))
    s.append(P("Germline ALK and PHOX2B testing (blood, with parental consent) is in progress at the regional genetics "
               "laboratory; the PHOX2B variant may be constitutional and has been flagged. TERT rearrangement FISH was "
               "not performed. Previous testing: none (new diagnosis).", "body"))
    s.append(P("Methods", "h2"))
    s.append(P("DNA from a 80%-tumour area sequenced with a 134-gene paediatric hybrid-capture panel (LoD 3% VAF). "
               "SNP array (CytoScan-type, 750k). MYCN FISH: 2p24 / 2q11 dual-colour probe. GD2 IHC with murine "
               "14G2a on frozen tissue; GD2 flow cytometry with 14G2a-PE on marrow. Legend: INRG = International "
               "Neuroblastoma Risk Group; VUS = variant of uncertain significance.", "small"))
    s.append(Spacer(1, 6))
    s.append(P("Reported by Dr Ysolde Marchetti-Brandt (Molecular) and Dr Kojo Penhaligon (Immunophenotyping), "
               "24/01/2026", "small"))
    return s


# ============================================================================ 6224
@report("6224", MERIDIAN, _meta(patient="Patient X", dob="09/09/1949", sex="M", mrn="FH-1187720", acc="MG26-006031",
        specimen="Pleura, left, VATS biopsy (block A1)", collected="01/13/2026", received="01/16/2026",
        reported="01/29/2026", physician="Dr. Oskar Delacroix-Hume", facility="Fairhaven Thoracic Clinic",
        tumour="Pleural mesothelioma, epithelioid"),
        [L("Mesothelin", "expression", "positive", ["Mesothelin (SP74)"], percent=80),
         L("PD-L1", "expression", "positive", ["TPS 5%"], percent=5),
         L("TMB", "signature", "negative", ["1.2 Muts/Mb"], value="1.2 mut/Mb"),
         L("MSI", "signature", "negative", ["MS-Stable"]),
         L("TP53", "mutation", "negative", ["TP53, NRAS, KRAS or EGFR"]),
         L("NRAS", "mutation", "negative", ["TP53, NRAS, KRAS or EGFR"]),
         L("KRAS", "mutation", "negative", ["TP53, NRAS, KRAS or EGFR"]),
         L("EGFR", "mutation", "negative", ["TP53, NRAS, KRAS or EGFR"])],
        doc="Meridian CGP + IHC add-ons, mesothelioma", tumour="pleural mesothelioma",
        kinds=["SUM", "SBS", "GAUGE", "VT", "IHC", "GERM", "TRIAL", "NE", "QC", "LEG"])
def r6224():
    lab = MERIDIAN
    P, W = lab.P, 532
    s = [P("OncoSeq 523 with Immunohistochemistry Add-on Panel", "h1"),
         P("Tumor type: pleural mesothelioma, epithelioid. Tumor nuclei 55%.", "small")]
    g = Gauge(0, 20, 1.2, [(0, 10, hx("#9FC5E8")), (10, 20, hx("#E06666"))], [0, 5, 10, 15, 20], width=170,
              label="TMB (Muts/Mb)", value_text="1.2")
    s.append(side([box(lab, [P("MICROSATELLITE STATUS", "h3"), P("MS-Stable", "cellb")], 120, border=lab.primary),
                   box(lab, [P("TMB", "h3"), g, P("TMB-Low; 1.2 Muts/Mb (cut-off 10)", "tiny")], 190, border=lab.primary),
                   box(lab, [P("PD-L1 22C3", "h3"), P("TPS 5%", "cellb"), P("Low expression (1-49%)", "tiny")], 100,
                       border=lab.primary),
                   box(lab, [P("MESOTHELIN", "h3"), P("Positive", "cellb"), P("80% of tumor cells, 2+/3+", "tiny")], 100,
                       border=lab.primary)], [128, 198, 108, 100], gap=8))
    s.append(Spacer(1, 6))
    s.append(P("GENOMIC FINDINGS", "h2"))
    s.append(tbl(lab, [["Gene", "Alteration", "Coding", "VAF / CN", "Tier", "Comment"],
                       ["BAP1", "p.Gln684*", "c.2050C&gt;T", "61%", "IIC", "Truncating; somatic or germline, see below"],
                       ["NF2", "deletion exons 2-16", "\u2014", "CN 0", "IIC", "Loss of merlin"],
                       ["CDKN2A/B", "homozygous deletion", "\u2014", "CN 0", "IIC", "Associated with worse outcome"],
                       ["SETD2", "p.Arg1625Cys", "c.4873C&gt;T", "33%", "IIC", "Loss of function"],
                       ["LATS2", "p.Ala324Val", "c.971C&gt;T", "18%", "III", "VUS"]],
                 [55, 100, 70, 55, 35, 217], grid="grid", zebra=lab.accent))
    s.append(P("No alterations detected in TP53, NRAS, KRAS or EGFR, nor in the other genes on the panel apart from "
               "those listed. Tier III variants are not used for therapy selection.", "small"))
    s.append(P("IMMUNOHISTOCHEMISTRY ADD-ON PANEL", "h2"))
    s.append(tbl(lab, [["Marker", "Clone", "Score", "Interpretation"],
                       ["PD-L1", "22C3", "TPS 5%", "Low expression"],
                       ["Mesothelin (SP74)", "SP74", "80% of tumor cells, membranous 2+/3+", "Positive"],
                       ["BAP1", "C-4", "loss of nuclear staining", "Consistent with BAP1 inactivation"],
                       ["MTAP", "EPR6893", "loss", "Surrogate for CDKN2A deletion"]],
                 [100, 60, 200, 172], grid="grid"))
    s.append(P("Mesothelin positivity (&gt;= 50% of tumor cells at 2+ or greater, trial-specific threshold) may qualify "
               "the patient for mesothelin-directed trials; there is no approved mesothelin-targeted therapy.", "tiny"))
    s.append(PageBreak())
    s.append(P("POSSIBLE GERMLINE FINDING", "h2"))
    s.append(P("BAP1 p.Gln684* at 61% VAF may be germline. Germline BAP1 tumor predisposition syndrome is associated "
               "with mesothelioma, uveal and cutaneous melanoma and renal cell carcinoma. Confirmatory germline testing "
               "and genetic counseling are recommended. No germline test has been performed by Meridian.", "bodyj"))
    s.append(P("CLINICAL TRIALS", "h2"))
    s.append(tbl(lab, [["Trial", "Agent class", "Biomarker"],
                       ["MGT-3051", "mesothelin-directed CAR-T", "Mesothelin IHC &gt;= 50%"],
                       ["MGT-3102", "EZH2 inhibitor", "BAP1 loss"], ["MGT-3140", "PRMT5 inhibitor (MTA-cooperative)",
                                                                       "MTAP deletion / CDKN2A deletion"],
                       ["MGT-3188", "anti-GD2 antibody (solid tumors)", "GD2 expression \u2014 not tested"]],
                 [90, 200, 242], grid="lines"))
    s.append(P("NOT EVALUATED", "h2"))
    s.append(P("Claudin 18.2, HER2 IHC and GD2 were not performed on this specimen.", "body"))
    s.append(P("METHODS", "h2"))
    s.append(P("Hybrid-capture DNA sequencing (523 genes; median coverage 702x). LoD 5% VAF. TMB over 1.3 Mb; TMB-High "
               "&gt;= 10 Muts/Mb. IHC on Ventana BenchMark ULTRA (mesothelin SP74, BAP1 C-4, MTAP) and Dako Link 48 "
               "(PD-L1 22C3). Mesothelin scoring: percentage of tumor cells with membranous staining at each "
               "intensity.", "bodyj"))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed by Hana Oyelaran-Price, MD, Associate Director, 01/29/2026 11:08", "small"))
    return s


# ============================================================================ 6225
@report("6225", COBALT, _meta(patient="Patient Y", dob="30 Oct 1950", sex="M", mrn="PM-661207", acc="CL-26-0502",
        specimen="Plasma cfDNA (Streck tubes x2)", collected="14 Jan 2026", received="15 Jan 2026",
        reported="26 Jan 2026", physician="Dr Gwilym Arrowsmith", tumour="mCRPC"),
        [L("AR", "amplification", "positive", ["AR amplified"]),
         L("AR", "mutation", "positive", ["p.(Thr878Ala)"], alteration="T878A"),
         L("TP53", "mutation", "positive", ["p.(Arg273Cys)"], alteration="R273C"),
         L("BRCA1", "mutation", "negative", ["BRCA1"]),
         L("BRCA2", "mutation", "negative", ["BRCA2"]),
         L("AR", "amplification", "negative", ["AR not amplified"], optional=True)],
        doc="Cobalt Lane plasma prostate panel", tumour="prostate adenocarcinoma",
        kinds=["LIQ", "TILE", "GAUGE", "VT", "CH", "NE", "LOD", "THER"])
def r6225():
    lab = COBALT
    P, W = lab.P, 495
    s = [P("Liquid Biopsy \u2014 Prostate Panel (cfDNA)", "h1")]
    s.append(tiles(lab, [("ctDNA fraction", "14%", "high shedding"), ("AR", "Amplified", "plasma CN 5.8"),
                         ("AR LBD", "T878A", "1.9%"), ("BRCA1 / BRCA2", "None detected", "incl. deletions"),
                         ("TP53", "R273C", "11.8%"), ("AR-V7", "Not evaluated", "RNA not tested")], 3, W,
                   bgs=[hx("#E0F2F1"), hx("#FFF3E0")]))
    s.append(P("ctDNA fraction", "h2"))
    s.append(side([Gauge(0, 50, 14, [(0, 1, hx("#ECEFF1")), (1, 10, hx("#B2DFDB")), (10, 50, hx("#4DB6AC"))],
                         [0, 1, 10, 25, 50], width=250, label="% tumour-derived cfDNA", value_text="14%"),
                   P("At a ctDNA fraction of 14% the assay can report copy-number losses (including BRCA2 homozygous "
                     "deletion) reliably. Below 1% a negative result is uninformative.", "small")], [270, 225]))
    s.append(P("Alterations detected", "h2"))
    s.append(tbl(lab, [["Gene", "Alteration", "% cfDNA / CN", "Interpretation"],
                       ["AR", "AR amplified (Xq12)", "plasma CN 5.8", "Resistance to androgen deprivation"],
                       ["AR", "c.2632A&gt;G p.(Thr878Ala)", "1.9%", "Ligand-binding domain; may be activated by "
                        "progestins and abiraterone-related steroids"],
                       ["TP53", "c.817C&gt;T p.(Arg273Cys)", "11.8%", "Pathogenic; tumour-derived (VAF tracks "
                        "ctDNA fraction)"],
                       ["TMPRSS2::ERG", "deletion-derived fusion", "detected", "Common in prostate cancer"],
                       ["CHEK2", "c.1100del p.(Thr367Metfs*15)", "48.6%", "Likely germline (VAF ~50%); see note"]],
                 [70, 150, 80, 195], grid="lines", zebra=hx("#F5FBFA")))
    s.append(P("Not detected: BRCA1, BRCA2, ATM, PALB2, CDK12 (sequence variants and homozygous deletions); PTEN and "
               "RB1 losses; MSI-high signal (insufficient loci in plasma for a formal MSI call).", "body"))
    s.append(PageBreak())
    s.append(P("Notes", "h2"))
    s.append(P("CHEK2 c.1100del at ~50% is most likely constitutional. Germline testing and referral to clinical "
               "genetics are recommended; relatives should not be tested on the basis of this plasma result. "
               "Low-level DNMT3A and TET2 variants (under 1%) are attributed to clonal haematopoiesis and omitted.", "body"))
    s.append(P("Therapy considerations", "h2"))
    s.append(tbl(lab, [["Finding", "Consideration"],
                       ["AR amplification / AR T878A", "Reduced benefit from further AR-pathway inhibitors is reported; "
                        "taxane chemotherapy or lutetium-177 PSMA may be preferred"],
                       ["BRCA1/2 (not detected)", "PARP inhibitor monotherapy not supported by this result"],
                       ["CHEK2 (probable germline)", "limited evidence for PARP inhibitors"]], [150, 345], grid="lines"))
    s.append(P("About this test", "h2"))
    s.append(P("cfDNA from 8 mL plasma, 40 ng input, hybrid capture of 60 prostate-relevant genes with UMI error "
               "correction (median unique depth 3,800x). LoD 0.25% VAF for SNVs; amplifications from plasma CN 2.5. "
               "Previous Cobalt plasma test (CL-25-1881, June 2025): AR not amplified, TP53 R273C at 2.0%.", "small"))
    s.append(Spacer(1, 8))
    s.append(P("Reported by Dr Priya Halvorsen-Achebe; authorised by Dr Imogen Tallis-Fenwick, 26 Jan 2026", "small"))
    return s


# ============================================================================ 6226
@report("6226", ALDHELM, _meta(patient="Patient Z", dob="03/02/1956", sex="F", mrn="AH1127745", acc="MD26/0301",
        specimen="Lung, LUL bronchial biopsies x4", collected="13/01/2026", received="14/01/2026",
        reported="28/01/2026", physician="Dr Ottilie Brennan-Sayer, Respiratory", tumour="NSCLC, adenocarcinoma"),
        [L("KRAS", "mutation", "positive", ["p.Gly12Cys"], alteration="G12C"),
         L("EGFR", "mutation", "negative", ["EGFR", "No variant detected"]),
         L("BRAF", "mutation", "negative", ["BRAF"]),
         L("HER2", "mutation", "negative", ["ERBB2"]),
         L("MET", "mutation", "negative", ["MET (exon 14)"]),
         L("ALK", "fusion", "negative", ["ALK"]),
         L("ROS1", "fusion", "negative", ["ROS1"]),
         L("RET", "fusion", "negative", ["RET"]),
         L("NTRK", "fusion", "negative", ["NTRK1-3"]),
         L("PD-L1", "expression", "negative", ["TPS 0%"], percent=0),
         L("TMB", "signature", "positive", ["11 mutations/Mb"], value="11 mut/Mb"),
         L("TP53", "mutation", "negative", ["otherwise without reportable variants"])],
        doc="St Aldhelm lung DNA/RNA panel, low tumour content", tumour="lung adenocarcinoma",
        kinds=["ACAD", "3COL", "LOWTC", "PRIOR", "IHC", "VT", "METH", "REF"])
def r6226():
    lab = ALDHELM
    P, W = lab.P, 483
    s = [P("Lung Cancer Molecular Panel (DNA 52 genes, RNA fusions) and PD-L1", "h1")]
    s.append(box(lab, [P("<b>Caution \u2014 low tumour content.</b> Estimated neoplastic cells 20% after macrodissection "
                         "(tumour nuclei ~900). Variants present in a minority of tumour cells may fall below the "
                         "limit of detection; negative results should be interpreted with caution.", "body")], W,
                 bg=hx("#F2F2F2"), border=colors.black))
    s.append(P("Principal finding", "h2"))
    s.append(P("<b>KRAS</b> c.34G&gt;T p.Gly12Cys (exon 2; NM_004985.5), variant allele fraction 9%. Tier I. "
               "KRAS G12C-directed agents (sotorasib, adagrasib) are available after prior systemic therapy.", "body"))
    s.append(P("Oncogenic driver screen", "h2"))
    col = lambda rows: tbl(lab, [["Target", "Result"]] + rows, [72, 81], head=colors.black, grid="lines")
    s.append(side([col([["EGFR", "No variant detected"], ["KRAS", "<b>G12C</b>"], ["BRAF", "No variant detected"]]),
                   col([["ERBB2", "No variant detected"], ["MET (exon 14)", "No skipping"], ["ALK", "No fusion"]]),
                   col([["ROS1", "No fusion"], ["RET", "No fusion"], ["NTRK1-3", "No fusion"]])], [161, 161, 161]))
    s.append(P("Immuno-oncology markers", "h2"))
    s.append(tbl(lab, [["Marker", "Method", "Result"],
                       ["PD-L1", "22C3 pharmDx", "TPS 0% (no membranous staining in &gt;200 tumour cells)"],
                       ["Tumour mutational burden", "panel-based, 1.0 Mb", "11 mutations/Mb (TMB-high, cut-off 10)"],
                       ["STK11 / KEAP1", "NGS", "STK11 p.Gln37* (8%); KEAP1 no variant"]],
                 [130, 110, 243], head=colors.black, grid="grid"))
    s.append(P("Co-mutation of KRAS with STK11 and absent PD-L1 expression are associated with reduced benefit from "
               "immune checkpoint monotherapy; TMB estimates from small panels are imprecise at low tumour content.",
               "small"))
    s.append(P("Previous results", "h2"))
    s.append(P("EGFR real-time PCR on the station 7 EBUS aspirate (MD25/2214, December 2025): no mutation detected. "
               "That sample was insufficient for NGS.", "body"))
    s.append(PageBreak())
    s.append(P("Variant table", "h2"))
    s.append(tbl(lab, [["Gene", "c.", "p.", "VAF", "Depth", "Tier"],
                       ["KRAS", "c.34G&gt;T", "p.Gly12Cys", "9%", "2,140", "I"],
                       ["STK11", "c.109C&gt;T", "p.Gln37*", "8%", "1,660", "II"],
                       ["TP53", "c.215C&gt;G", "p.Pro72Arg", "51%", "1,980", "Benign polymorphism"],
                       ["SMARCA4", "c.2395A&gt;G", "p.Ile799Val", "4%", "1,204", "III"]],
                 [60, 90, 100, 50, 60, 123], head=colors.black, grid="grid"))
    s.append(P("The TP53 p.Pro72Arg polymorphism is a common population variant and is not a mutation. TP53 was "
               "otherwise without reportable variants.", "small"))
    s.append(P("Method", "h2"))
    s.append(P("DNA and RNA extracted from macrodissected FFPE. DNA amplicon panel (52 genes, LoD 5% VAF; 3% at "
               "&gt;1,000x with dual-strand confirmation). RNA fusion panel (ALK, ROS1, RET, NTRK1-3, MET exon 14 "
               "skipping, NRG1). PD-L1 with 22C3 on Autostainer Link 48, external tonsil control. TMB from a 1.0 Mb "
               "footprint with a 10 mutations/Mb threshold.", "bodyj"))
    s.append(P("References", "h2"))
    for r in ["1. Skoulidis F et al. Sotorasib for lung cancers with KRAS p.G12C mutation. N Engl J Med 2021.",
              "2. Lindeman NI et al. Updated molecular testing guideline for lung cancer. Arch Pathol Lab Med 2018."]:
        s.append(P(r, "small"))
    s.append(Spacer(1, 12))
    s.append(P("Reported by: Dr Harriet Osei-Blackwood, Clinical Scientist. Authorised by: Dr Rowan "
               "Tetteh-Lindgren, Consultant Pulmonary Pathologist \u2014 28/01/2026", "body"))
    return s


# ============================================================================ 6227
@report("6227", HELIX, _meta(patient="Patient AA", dob="12/12/1981", sex="F", mrn="BH-772015", acc="HH-26-02588",
        specimen="Thyroid, total thyroidectomy, block 3C", collected="01/09/2026", received="01/13/2026",
        reported="01/28/2026", physician="Dr. Benedikt Okonjo-Frey", tumour="Medullary thyroid carcinoma"),
        [L("RET", "mutation", "positive", ["p.Met918Thr", "M918T"], alteration="M918T"),
         L("HRAS", "mutation", "negative", ["HRAS"]),
         L("KRAS", "mutation", "negative", ["KRAS"]),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("BRAF", "mutation", "negative", ["BRAF"]),
         L("TMB", "signature", "reported", ["0.8 mutations/megabase"], value="0.8 mut/Mb")],
        doc="Helix & Harrow thyroid panel, medullary (landscape)", tumour="medullary thyroid carcinoma",
        kinds=["LAND", "SUM", "CLASS", "VT", "GERM", "PEND", "NE", "THER", "LEG"])
def r6227():
    lab = HELIX
    P, W = lab.P, 712
    s = [P("HelixSeq Thyroid \u2014 Somatic Variant and Fusion Report", "h1")]
    s.append(tbl(lab, [["Result class", "Gene(s)", "Finding", "Gene(s)", "Finding"],
                       ["Sequence variant", "RET", "p.Met918Thr (M918T), VAF 43%", "HRAS", "not detected"],
                       ["Sequence variant", "KRAS", "not detected", "NRAS", "not detected"],
                       ["Sequence variant", "BRAF", "not detected", "TERT promoter", "not detected"],
                       ["Fusion", "RET, NTRK1, NTRK3, ALK", "not evaluated (DNA-only order)", "\u2014", "\u2014"],
                       ["Signature", "TMB", "0.8 mutations/megabase", "MSI", "not evaluated"]],
                 [120, 140, 190, 120, 142], grid="grid", zebra=hx("#FDEBD0")))
    s.append(P("Interpretation", "h2"))
    s.append(P("RET M918T is the most frequent somatic driver in sporadic medullary thyroid carcinoma and is also the "
               "germline variant of multiple endocrine neoplasia type 2B. Selective RET inhibitors (selpercatinib, "
               "pralsetinib) are approved for RET-mutant medullary thyroid carcinoma. Because somatic and germline origin "
               "cannot be separated by tumour testing, germline RET analysis is recommended for every patient with "
               "medullary thyroid carcinoma; a blood sample has been requested and the germline result will be issued "
               "separately.", "bodyj"))
    s.append(P("The patient's son (age 9) has not been tested; predictive testing would follow a positive germline "
               "result only.", "small"))
    s.append(P("Variant detail", "h2"))
    s.append(tbl(lab, [["Gene", "HGVS protein", "HGVS coding", "Exon", "Transcript", "VAF", "Depth", "Classification",
                        "Evidence"],
                       ["RET", "p.Met918Thr", "c.2753T&gt;C", "16", "NM_020975.6", "43%", "1,877", "Pathogenic, Tier I",
                        "Approved therapy (selpercatinib, pralsetinib)"],
                       ["RET", "p.Gly691Ser", "c.2071G&gt;A", "11", "NM_020975.6", "49%", "1,512", "Benign",
                        "Common polymorphism (G691S)"],
                       ["RET", "p.Leu769=", "c.2307G&gt;T", "13", "NM_020975.6", "51%", "1,660", "Benign", "Synonymous (L769L)"],
                       ["RET", "p.Ser904=", "c.2712C&gt;G", "15", "NM_020975.6", "50%", "1,598", "Benign", "Synonymous (S904S)"]],
                 [40, 80, 70, 34, 80, 40, 45, 110, 213], grid="lines"))
    s.append(P("Polymorphisms and synonymous changes are shown because RET is a hereditary cancer gene; they are not "
               "pathogenic.", "tiny"))
    s.append(PageBreak())
    s.append(P("Therapy table", "h2"))
    s.append(tbl(lab, [["Biomarker", "Agents", "Status"],
                       ["RET M918T", "selpercatinib; pralsetinib; cabozantinib; vandetanib", "Approved (MTC)"],
                       ["RET fusion (not evaluated)", "selpercatinib", "Relevant to papillary/anaplastic carcinoma only"],
                       ["BRAF V600E (not detected)", "dabrafenib + trametinib", "Not applicable"]], [200, 300, 212],
                 grid="lines"))
    s.append(P("Method", "h2"))
    s.append(P("DNA hybrid capture (thyroid content, 42 genes) from block 3C (tumour 85%). Limit of detection 4% VAF. "
               "Mutational burden is calculated over 0.4 Mb and is provided for information; no interpretive threshold "
               "is applied for this panel size. Fusion RNA testing was not ordered.", "small"))
    s.append(P("Legend: Tier I = strong clinical significance; VAF = variant allele fraction; MTC = medullary thyroid "
               "carcinoma.", "tiny"))
    s.append(Spacer(1, 8))
    s.append(P("Reviewed and approved: Priyamvada Anand-Lisowski, MD, Medical Director \u2014 01/28/2026", "small"))
    return s


# ============================================================================ 6228
@report("6228", VERITY_L, _meta(patient="Patient BB", dob="07/04/1969", sex="F", mrn="LF-0118823", acc="VLO-26-13390",
        specimen="Peripheral blood, cfDNA", collected="01/19/2026", received="01/20/2026", reported="01/28/2026",
        physician="Dr. Priscilla Annand-Moore", facility="Linton Falls Cancer Institute",
        tumour="HR+ metastatic breast cancer"),
        [L("PIK3CA", "mutation", "positive", ["p.Glu545Lys"], alteration="E545K"),
         L("HER2", "amplification", "negative", ["ERBB2 amplification"]),
         L("BRCA1", "mutation", "negative", ["BRCA1"]),
         L("BRCA2", "mutation", "negative", ["BRCA2"]),
         L("TP53", "mutation", "negative", ["TP53 p.Arg248Gln"]),
         L("TP53", "mutation", "positive", ["0.3%"], alteration="R248Q", optional=True)],
        doc="Verity cfDNA serial monitoring, breast (landscape)", tumour="breast carcinoma",
        kinds=["LIQ", "LAND", "SUM", "VT", "PRIOR", "CH", "RNEG", "THER", "LOD"])
def r6228():
    lab = VERITY_L
    P, W = lab.P, 720
    s = [P("Verity Plasma 74 \u2014 Serial cfDNA Report (3rd draw)", "h1")]
    s.append(side([box(lab, [P("ctDNA detected", "h3"), P("Tumor fraction 4.1%", "body"),
                             P("Two tumor alterations; one new since the last draw.", "small")], 220,
                       bg=hx("#F3EEF8"), border=lab.primary),
                   box(lab, [P("Actionable", "h3"), P("PIK3CA p.Glu545Lys (3.2%)", "body"),
                             P("ESR1 p.Asp538Gly (1.1%) \u2014 new", "body")], 240, bg=hx("#F3EEF8"), border=lab.primary),
                   box(lab, [P("Not detected", "h3"), P("ERBB2 amplification, BRCA1, BRCA2, AKT1, PTEN", "body"),
                             P("TP53 p.Arg248Gln (seen previously)", "small")], 244, bg=hx("#F3EEF8"), border=lab.primary)],
                  [228, 248, 244]))
    s.append(P("Serial comparison", "h2"))
    s.append(tbl(lab, [["Alteration", "Draw 1 \u2014 03/12/2025", "Draw 2 \u2014 07/22/2025", "Draw 3 \u2014 01/19/2026 (this report)",
                        "Trend"],
                       ["PIK3CA p.Glu545Lys", "5.6%", "0.8%", "3.2%", "rising"],
                       ["ESR1 p.Asp538Gly", "not detected", "not detected", "1.1%", "new"],
                       ["TP53 p.Arg248Gln", "0.3%", "not detected", "not detected", "\u2014"],
                       ["Tumor fraction", "6.0%", "1.0%", "4.1%", "rising"]],
                 [160, 130, 130, 180, 120], grid="grid", zebra=hx("#F7F3FA")))
    s.append(P("Earlier draws are shown for comparison; only draw 3 is the result of this report.", "tiny"))
    s.append(P("Variant detail (this draw)", "h2"))
    s.append(tbl(lab, [["Gene", "Protein", "cDNA", "Exon", "Transcript", "% cfDNA", "Class", "Comment"],
                       ["PIK3CA", "p.Glu545Lys", "c.1633G&gt;A", "10", "NM_006218.4", "3.2", "Pathogenic",
                        "Helical domain hotspot"],
                       ["ESR1", "p.Asp538Gly", "c.1613A&gt;G", "8", "NM_000125.4", "1.1", "Pathogenic",
                        "Ligand-binding domain; endocrine resistance"],
                       ["CHEK2", "p.Ile157Thr", "c.470T&gt;C", "3", "NM_007194.4", "49.7", "Germline likely",
                        "Low-penetrance allele; not tumor-derived"],
                       ["DNMT3A", "p.Arg736His", "c.2207G&gt;A", "19", "NM_022552.5", "0.7", "CH",
                        "Clonal hematopoiesis, excluded"]],
                 [60, 90, 80, 40, 90, 60, 90, 210], grid="lines"))
    s.append(PageBreak())
    s.append(P("Therapy associations", "h2"))
    s.append(tbl(lab, [["Alteration", "Agents", "Level"],
                       ["PIK3CA E545K", "alpelisib + fulvestrant; capivasertib + fulvestrant; inavolisib combination",
                        "Approved (HR+/HER2-)"],
                       ["ESR1 D538G", "elacestrant; other oral SERDs in trials", "Approved (HR+/HER2-)"],
                       ["ERBB2 amplification (not detected)", "trastuzumab-based therapy", "Not applicable"]],
                 [200, 360, 160], grid="lines"))
    s.append(P("Interpretation", "h2"))
    s.append(P("Rising PIK3CA and tumor fraction with an emerging ESR1 mutation suggest progression with acquired "
               "endocrine resistance. TP53 p.Arg248Gln, previously seen at 0.3%, was not detected in this draw; at "
               "4.1% tumor fraction the assay would be expected to detect a clonal TP53 variant, so it was likely "
               "subclonal. BRCA1 and BRCA2: no pathogenic variants detected; germline status should be assessed "
               "separately.", "bodyj"))
    s.append(P("Methods", "h2"))
    s.append(P("74-gene cfDNA hybrid capture with UMIs; SNV/indel LoD 0.1% cfDNA (sensitivity 58%) to 0.5% (95%). "
               "ERBB2 amplification reported at plasma CN &gt;= 2.1. CH variants filtered by gene and fraction.", "small"))
    s.append(Spacer(1, 6))
    s.append(P("Signed out by Marguerite Sandoval-Iyer, PhD, FACMG \u2014 Laboratory Director \u2014 01/28/2026", "small"))
    return s


# ============================================================================ 6229
@report("6229", QUILLON, _meta(patient="Patient CC", dob="21/09/1973", sex="M", mrn="KB-880412", acc="Q26-00498",
        specimen="Rectum, biopsy", collected="13/01/2026", received="15/01/2026", reported="29/01/2026",
        physician="Dr Beatrice Lowndes-Amari", tumour="Rectal adenocarcinoma, metastatic", two=True),
        [L("HER2", "amplification", "positive", ["ERBB2 amplification"]),
         L("HER2", "expression", "positive", ["3+"], ihc_score="3+"),
         L("KRAS", "mutation", "negative", ["KRAS"]),
         L("NRAS", "mutation", "negative", ["NRAS"]),
         L("BRAF", "mutation", "negative", ["BRAF"]),
         L("PIK3CA", "mutation", "negative", ["PIK3CA"]),
         L("MSI", "signature", "negative", ["MSS"]),
         L("TMB", "signature", "negative", ["5.0 mut/Mb"], value="5.0 mut/Mb"),
         L("TP53", "mutation", "positive", ["p.Arg282Trp"], alteration="R282W"),
         L("EGFR", "amplification", "negative", ["EGFR not amplified"]),
         L("MET", "amplification", "negative", ["not amplified (2.4 copies)"])],
        doc="Quillon colorectal profile, HER2-amplified (two-column)", tumour="colorectal carcinoma",
        kinds=["2COL", "TILE", "VT", "CN", "IHC", "THER", "TRIAL", "LEG", "SPLIT"])
def r6229():
    lab = QUILLON
    P, W = lab.P, 507
    cw = (W - 16) / 2
    s = [P("Colorectal Cancer Profile", "h1")]
    s.append(tiles(lab, [("KRAS", "wild type", "exons 2-4"), ("NRAS", "wild type", "exons 2-4"),
                         ("BRAF", "wild type", "V600E negative"), ("ERBB2", "amplified", "copy number 18"),
                         ("MSI", "MSS", "1/95 loci"), ("TMB", "5.0 mut/Mb", "below 10")], 2, cw,
                   bgs=[hx("#E8F5E9"), hx("#E8F5E9"), hx("#E8F5E9"), hx("#FFF3E0"), hx("#E8F5E9"), hx("#E8F5E9")],
                   border=lab.primary))
    s.append(P("Summary", "h2"))
    s.append(P("RAS/BRAF wild-type, microsatellite stable rectal adenocarcinoma with ERBB2 amplification (estimated "
               "18 copies) and HER2 IHC score 3+ in 70% of tumour cells (HERACLES criteria met). PIK3CA: no variant.",
               "body"))
    s.append(P("Copy number and IHC", "h2"))
    s.append(tbl(lab, [["Test", "Result"], ["ERBB2 amplification (NGS)", "18 copies (ploidy 2.2)"],
                       ["HER2 IHC (4B5)", "3+, intense complete membranous, 70% of cells"],
                       ["MET", "not amplified (2.4 copies)"], ["EGFR", "not amplified"]], [95, cw - 95], grid="lines"))
    s.append(P("HERACLES HER2 positivity in colorectal cancer: IHC 3+ in &gt;= 50% of cells, or 2+ in &gt;= 50% with "
               "ISH ratio &gt;= 2. These criteria differ from breast and gastric scoring.", "tiny"))
    s.append(P("Sequence variants", "h2"))
    rows = [["Gene", "Variant", "VAF", "Tier"], ["APC", "p.Glu1309fs", "41%", "II"], ["APC", "p.Arg1450*", "38%", "II"],
            ["TP53", "p.Arg282Trp", "44%", "II"], ["SMAD4", "p.Asp537Tyr", "20%", "III"], ["FBXW7", "p.Arg465His", "3%", "III"]]
    s.append(tbl(lab, rows, [44, 90, 40, cw - 174], grid="lines"))
    s.append(P("No variants in KRAS, NRAS, BRAF, PIK3CA (all coding exons).", "small"))
    s.append(P("Therapy options", "h2"))
    s.append(tbl(lab, [["Biomarker", "Agents", "Note"],
                       ["ERBB2 amplification", "trastuzumab + tucatinib; trastuzumab + pertuzumab; trastuzumab "
                        "deruxtecan", "RAS wild-type required for dual HER2 blockade"],
                       ["RAS/BRAF wild-type", "cetuximab, panitumumab", "HER2 amplification may reduce anti-EGFR "
                        "benefit"],
                       ["MSI-H (not present)", "pembrolizumab", "not applicable"],
                       ["KRAS G12C (not present)", "sotorasib + panitumumab", "not applicable"],
                       ["BRAF V600E (not present)", "encorafenib + cetuximab", "not applicable"],
                       ["NTRK fusion (not tested)", "larotrectinib", "RNA fusion panel available on request"]],
                 [66, 90, cw - 156], grid="lines"))
    s.append(P("Trials", "h2"))
    s.append(tbl(lab, [["Study", "Design", "Key biomarker"],
                       ["QPO-CR-21", "HER2 bispecific + chemo", "ERBB2 amplified, RAS wt"],
                       ["QPO-CR-26", "ADC vs standard", "HER2 IHC 3+ or 2+/ISH+"],
                       ["QPO-CR-30", "pan-RAS inhibitor", "KRAS/NRAS mutant"],
                       ["QPO-CR-33", "KRAS G12D inhibitor", "KRAS G12D"]], [56, 90, cw - 146], grid="lines"))
    s.append(PageBreak())
    s.append(P("Method", "h2"))
    s.append(P("Hybrid capture 324 genes; tumour 30%; median depth 720x. Amplification: &gt;= 6 copies after purity "
               "correction. MSI from 95 loci. TMB over 0.9 Mb; high when &gt;= 10 mut/Mb. HER2 IHC scored with "
               "HERACLES criteria by a consultant gastrointestinal pathologist.", "small"))
    s.append(P("Limitations", "h2"))
    s.append(P("Low tumour content can underestimate copy number; a negative result for a low-level amplification is "
               "not excluded. Germline variants are not distinguished from somatic variants.", "small"))
    s.append(P("Quality metrics", "h2"))
    s.append(tbl(lab, [["Metric", "Result", "Acceptance"], ["DNA input", "96 ng", "&gt;= 50 ng"],
                       ["Median depth", "720x", "&gt;= 250x"], ["Tumour content", "30%", "&gt;= 20%"],
                       ["Duplicate rate", "28%", "&lt; 60%"], ["On-target", "71%", "&gt;= 50%"],
                       ["Insert size", "162 bp", "\u2014"], ["Contamination", "0.2%", "&lt; 2%"]],
                 [90, 70, cw - 160], grid="lines"))
    s.append(Spacer(1, 6))
    s.append(P("Authorised: Dr Niamh Oduya-Kersley, Consultant Pathologist, 29/01/2026", "small"))
    return s


# ============================================================================ 6230
@report("6230", OMBRA, _meta(patient="Patient DD", dob="03/03/2017", sex="F", mrn="HV-0104456", acc="OMB-26-0061",
        specimen="Mesentery mass, laparoscopic excision", collected="15/01/2026", received="16/01/2026",
        reported="30/01/2026", physician="Mr Tobias Ellingham-Rao, Paediatric Surgery",
        tumour="Inflammatory myofibroblastic tumour"),
        [L("ROS1", "fusion", "positive", ["TFG::ROS1"], alteration="TFG-ROS1"),
         L("ROS1", "expression", "positive", ["ROS1 (D4D6)"]),
         L("ALK", "expression", "negative", ["ALK (D5F3)"]),
         L("ALK", "fusion", "negative", ["ALK: no fusion"]),
         L("NTRK", "fusion", "negative", ["NTRK1/2/3: no fusion"]),
         L("NTRK", "expression", "negative", ["pan-TRK negative"])],
        doc="Ombra paediatric IMT fusion + IHC (landscape)", tumour="inflammatory myofibroblastic tumour",
        kinds=["LAND", "FUS", "SBS", "IHC", "TILE", "THER", "METH", "LEG"])
def r6230():
    lab = OMBRA
    P, W = lab.P, 802
    s = [P("Inflammatory Myofibroblastic Tumour \u2014 Kinase Fusion Work-up", "h1")]
    s.append(tiles(lab, [("ALK IHC", "Negative", "D5F3"), ("ROS1 IHC", "Positive", "D4D6, diffuse cytoplasmic"),
                         ("RNA fusion", "TFG::ROS1", "TFG exon 4 \u2013 ROS1 exon 35"), ("NTRK / RET / PDGFRB", "No fusion", "RNA")],
                   4, W, bgs=[hx("#E8EAF6"), hx("#FFF3E0"), hx("#FFF3E0"), hx("#E8EAF6")], border=lab.primary))
    left = [P("Immunohistochemistry", "h2"),
            tbl(lab, [["Antibody", "Result", "Comment"],
                      ["ALK (D5F3)", "negative", "no staining in spindle cells; ALK-positive control satisfactory"],
                      ["ROS1 (D4D6)", "positive", "moderate to strong, diffuse, cytoplasmic"],
                      ["pan-TRK", "negative", ""], ["SMA", "focal positive", "myofibroblastic"],
                      ["Desmin", "negative", ""]], [80, 70, 240], head=lab.primary, grid="lines")]
    right = [P("RNA fusion panel", "h2"),
             tbl(lab, [["Gene", "Result", "Detail"],
                       ["ROS1", "FUSION", "TFG::ROS1, 318 junction reads, in-frame"],
                       ["ALK", "ALK: no fusion", "\u2014"], ["NTRK1/2/3", "NTRK1/2/3: no fusion", "\u2014"],
                       ["RET", "no fusion", "\u2014"], ["PDGFRB", "no fusion", "\u2014"], ["ETV6", "no fusion", "\u2014"]],
                 [70, 110, 210], head=lab.primary, grid="lines")]
    s.append(side([left, right], [401, 401], gap=12))
    s.append(P("Interpretation", "h2"))
    s.append(P("About half of inflammatory myofibroblastic tumours carry ALK rearrangements; most of the remainder carry "
               "ROS1, NTRK, RET or PDGFRB fusions. This tumour is ALK-negative with a TFG::ROS1 fusion, which supports "
               "the diagnosis and indicates potential sensitivity to ROS1 inhibitors (crizotinib, entrectinib) if the "
               "tumour is unresectable or recurs. Complete excision is the primary treatment.", "bodyj"))
    s.append(PageBreak())
    s.append(P("Fusion junction", "h2"))
    s.append(tbl(lab, [["5' gene", "Transcript", "Exon", "3' gene", "Transcript", "Exon", "Reads", "Frame"],
                       ["TFG", "NM_006070.6", "4", "ROS1", "NM_002944.3", "35", "318", "in-frame"]],
                 [80, 110, 60, 80, 110, 60, 80, 222], head=lab.primary, grid="grid"))
    s.append(P("Methods", "h2"))
    s.append(P("RNA: anchored multiplex PCR, 64 genes, LoD 5 unique reads (tumour 60%). IHC on BenchMark ULTRA (ALK "
               "D5F3 with OptiView amplification; ROS1 D4D6; pan-TRK EPR17341). Note: ROS1 IHC positivity alone is not "
               "diagnostic of a ROS1 fusion; here it is concordant with RNA. Abbreviations: IMT, inflammatory "
               "myofibroblastic tumour.", "small"))
    s.append(Spacer(1, 6))
    s.append(P("Reported by Dr Ysolde Marchetti-Brandt, Consultant Paediatric Pathologist, 30/01/2026", "small"))
    return s
