"""IHC reference-laboratory reports: 2825-2834."""
from lib import L, Report, patient_block

LAB_US9 = {"name": "CANARY NorthStar Reference Pathology", "region": "us", "head": "band", "color": "#00395d",
           "addr": ["Immunohistochemistry Reference Services  |  5 Invented Court, Granite Falls, NC 00000", "CLIA 99D9999909"],
           "foot": "Stains were performed with appropriate positive and negative controls. Fictitious laboratory.",
           "acc": "NS26-IHC-51877"}


def r2825():
    r = Report("2825", LAB_US9, title="PD-L1 IHC 22C3 pharmDx - NSCLC (with ALK and ROS1 IHC)")
    patient_block(r, [("Specimen", "Lung, RUL, CT-guided core biopsy, block 1A"), ("Viable tumor cells", ">= 100 present")])
    r.h2("PD-L1 (22C3)")
    r.kv([("Tumor Proportion Score (TPS)", "80%"),
          ("PD-L1 expression level", "High PD-L1 expression (TPS >= 50%)"),
          ("Staining intensity", "moderate to strong, partial and complete membranous")], kw=0.35)
    r.h2("Additional immunohistochemistry")
    r.table([["Antibody", "Clone", "Result"],
             ["ALK", "D5F3 (CDx)", "Negative"],
             ["ROS1", "D4D6", "Negative"],
             ["TTF-1", "8G7G3/1", "Positive"]], widths=[0.3, 0.3, 0.4], style="grid")
    r.h2("Interpretive criteria")
    r.small("TPS < 1%: no PD-L1 expression; TPS 1-49%: PD-L1 expression; TPS >= 50%: high PD-L1 expression. "
            "ALK (D5F3): positive = strong granular cytoplasmic staining in any tumor cells.")
    r.sign("M. Adeyemi, MD", "11/10/2026")
    r.lab(L("PD-L1", "expression", "positive", "Tumor Proportion Score (TPS) 80%", percent=80),
          L("ALK", "expression", "negative", "ALK D5F3 (CDx) Negative"),
          L("ROS1", "expression", "negative", "ROS1 D4D6 Negative"))
    return r


LAB_EU10 = {"name": "CANARY Pathologisches Institut Invented - Referenzzentrum Gastrointestinale Tumoren", "region": "eu",
            "head": "rule", "color": "#7b2d26", "addr": ["Invented-Platz 3, 0000 Bergdorf (AT)", "Tel. +43 000 000"],
            "foot": "Fiktives Institut. Befund elektronisch freigegeben.", "acc": "B26.30117", "pagefmt": "Seite %d/%d"}


def r2826():
    r = Report("2826", LAB_EU10, title="Biomarker report: gastric adenocarcinoma (PD-L1 CPS, HER2, MMR)")
    patient_block(r, [("Material", "Magen, Korpus, Biopsien (B26.30117)"), ("Diagnose", "Adenokarzinom, diffus/intestinal gemischt")])
    r.cols(["**PD-L1 (clone 22C3)**", "Combined Positive Score: **CPS 12**",
            "PD-L1-positive tumour and immune cells / viable tumour cells x 100", "Cut-offs reported: CPS >= 1, CPS >= 5, CPS >= 10"],
           ["**HER2 (clone 4B5)**", "Score: 1+ (faint, incomplete basolateral staining in >= 10% of tumour cells)",
            "Result: HER2 negative", "HER2-ISH: not indicated"], split=0.5)
    r.sp(6)
    r.h2("Mismatch repair proteins")
    r.p("MLH1, PMS2, MSH2 and MSH6: nuclear expression retained in tumour cells with intact internal control. "
        "Interpretation: MMR-proficient (pMMR).")
    r.h2("Claudin 18.2 (43-14A)")
    r.p("Positive in 80% of tumour cells with moderate-to-strong membranous staining.")
    r.sign("Univ.-Prof. Dr. F. Huber", "18.11.2026")
    r.lab(L("PD-L1", "expression", "positive", "CPS 12", value="CPS 12"),
          L("HER2", "expression", "negative", ["Score: 1+", "Result: HER2 negative"], ihc_score="1+"),
          L("MLH1", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6: nuclear expression retained"),
          L("PMS2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6: nuclear expression retained"),
          L("MSH2", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6: nuclear expression retained"),
          L("MSH6", "expression", "positive", "MLH1, PMS2, MSH2 and MSH6: nuclear expression retained"),
          L("MMR", "signature", "negative", "MMR-proficient (pMMR)"))
    return r


LAB_US10 = {"name": "CANARY Coastal Breast Pathology Associates", "region": "us", "head": "rule", "color": "#a0306e",
            "addr": ["Breast Biomarker Laboratory", "22 Invented Pier Rd, Bayside, FL 00000", "CLIA 99D9999910"],
            "foot": "CBPA - fictitious laboratory.", "acc": "CB26-2231"}


def r2827():
    r = Report("2827", LAB_US10, title="BREAST BIOMARKER PANEL WITH PD-L1 (SP142)")
    patient_block(r, [("Specimen", "Right breast, 10:00, ultrasound-guided core"), ("Diagnosis", "Invasive ductal carcinoma, grade 3")])
    r.table([["Test", "Result", "Details"],
             ["Estrogen receptor (SP1)", "NEGATIVE", "0% of tumor nuclei"],
             ["Progesterone receptor (1E2)", "NEGATIVE", "0%"],
             ["HER2 (4B5)", "NEGATIVE (Score 0)", "No staining observed"],
             ["Ki-67 (30-9)", "70%", "hot-spot count"],
             ["PD-L1 (SP142)", "POSITIVE", "Tumor-infiltrating immune cells (IC) 2% of tumor area"]],
            widths=[0.3, 0.22, 0.48], style="grid")
    r.p("**Summary:** Triple-negative phenotype. PD-L1 SP142 IC >= 1%: positive.")
    r.small("Internal control for ER/PR: present (normal ductal epithelium). HER2-low/ultralow categories are not "
            "applicable to score 0 with no staining.")
    r.sign("D. Whitlock, MD", "11/07/2026")
    r.lab(L("ER", "expression", "negative", "0% of tumor nuclei", percent=0),
          L("PR", "expression", "negative", "Progesterone receptor (1E2) NEGATIVE", percent=0),
          L("HER2", "expression", "negative", "NEGATIVE (Score 0)", ihc_score="0"),
          L("Ki-67", "expression", "reported", "Ki-67 (30-9) 70%", percent=70),
          L("PD-L1", "expression", "positive", "(IC) 2% of tumor area", value="IC 2%"))
    return r


LAB_AS7 = {"name": "CANARY Mount Invented Hospital, Department of Anatomical Pathology", "region": "as", "head": "center",
           "color": "#005f73", "addr": ["Uro-oncology biomarker service, 1 Invented Hill Road", "Tel +00 0000 0000"],
           "foot": "Fictitious hospital. Immunohistochemistry performed on an automated platform.", "acc": "AP26-U-0612"}


def r2828():
    r = Report("2828", LAB_AS7, title="Immunohistochemistry Report - Urothelial Carcinoma")
    patient_block(r, [("Specimen", "Bladder, TURBT, muscle-invasive urothelial carcinoma")])
    r.h2("PD-L1 (VENTANA SP263)")
    r.table([["Scoring component", "Value"],
             ["Tumour cells (TC) with membrane staining", "30%"],
             ["Immune cells present (ICP)", "> 1% of tumour area"],
             ["Immune cells staining (IC+)", "10%"],
             ["PD-L1 status (SP263 algorithm)", "High"]], widths=[0.6, 0.4], style="grid")
    r.h2("HER2 (4B5)")
    r.p("Score 2+: weak to moderate complete membranous staining in approximately 40% of tumour cells.")
    r.h2("Nectin-4")
    r.p("H-score 210.")
    r.sign("Dr. R. Iyer", "19/11/2026")
    r.lab(L("PD-L1", "expression", "positive", ["Tumour cells (TC) with membrane staining 30%", "High"], percent=30, value="IC 10%"),
          L("HER2", "expression", "equivocal", "Score 2+", ihc_score="2+"))
    return r


LAB_AU2 = {"name": "CANARY Eastern Districts Pathology", "region": "eu", "head": "band", "color": "#264653",
           "addr": ["Anatomical Pathology  |  4 Invented Street, Harbourtown VIC 0000"], "foot": "Fictitious practice.",
           "acc": "ED26-71100"}


def r2829():
    r = Report("2829", LAB_AU2, title="MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY")
    patient_block(r, [("Specimen", "Transverse colon, resection"), ("Block", "A6")])
    r.p("MLH1: loss of nuclear staining in tumour (internal control positive)")
    r.p("PMS2: loss of nuclear staining in tumour")
    r.p("MSH2: retained")
    r.p("MSH6: retained")
    r.p("**Interpretation:** ABNORMAL. Loss of MLH1 and PMS2 indicates a mismatch repair deficient tumour.")
    r.h2("BRAF V600E immunohistochemistry (VE1)")
    r.p("Positive: diffuse cytoplasmic staining in tumour cells.")
    r.h2("Comment")
    r.p("Combined MLH1/PMS2 loss with BRAF V600E protein expression favours a sporadic tumour related to MLH1 promoter "
        "hypermethylation. Methylation studies have been requested and will be reported separately.")
    r.sign("Dr K. O'Brien", "14/11/2026")
    r.lab(L("MLH1", "expression", "negative", "MLH1: loss of nuclear staining"),
          L("PMS2", "expression", "negative", "PMS2: loss of nuclear staining"),
          L("MSH2", "expression", "positive", "MSH2: retained"),
          L("MSH6", "expression", "positive", "MSH6: retained"),
          L("MMR", "signature", "positive", "mismatch repair deficient tumour"),
          L("BRAF", "expression", "positive", "Positive: diffuse cytoplasmic staining"))
    return r


LAB_US11 = {"name": "CANARY Summit Women's Health Pathology", "region": "us", "head": "center", "color": "#6a4c93",
            "addr": ["Breast Reference Laboratory, 9 Invented Rd, Hillcrest, AZ 00000", "CLIA 99D9999911"],
            "foot": "Scored per ASCO/CAP guidelines. Fictitious laboratory.", "acc": "SW26-B-0982"}


def r2830():
    r = Report("2830", LAB_US11, title="Breast Prognostic Markers (ER / PR / HER2 / Ki-67 / AR)")
    patient_block(r, [("Specimen", "Left breast, lumpectomy, block B3"), ("Tumor", "Invasive lobular carcinoma")])
    r.table([["Marker", "% cells", "Intensity", "Allred / H-score", "Interpretation"],
             ["ER", "95", "strong", "Allred 8", "Positive"],
             ["PR", "5", "weak", "Allred 3", "Low positive"],
             ["HER2 (4B5)", "-", "faint incomplete", "Score 1+", "Negative (HER2-low)"],
             ["Ki-67 (MIB-1)", "25", "-", "-", "-"],
             ["AR (SP107)", "80", "moderate", "H-score 190", "Positive"]],
            widths=[0.18, 0.1, 0.2, 0.2, 0.32], style="lines", zebra=True)
    r.h2("Comments")
    r.p("PR low positive (1-10%): the biological behaviour of such tumours is heterogeneous. HER2 score 1+ is negative; "
        "this patient may be eligible for HER2-low directed therapy if metastatic disease develops.")
    r.sign("G. Albright, MD", "11/06/2026")
    r.lab(L("ER", "expression", "positive", "ER 95 strong", percent=95),
          L("PR", "expression", "positive", "PR 5 weak", percent=5),
          L("HER2", "expression", "negative", "Negative (HER2-low)", ihc_score="1+"),
          L("Ki-67", "expression", "reported", "Ki-67 (MIB-1) 25", percent=25),
          L("AR", "expression", "positive", "AR (SP107) 80", percent=80))
    return r


LAB_EU11 = {"name": "CANARY Hospices Civils Invented - Centre de Pathologie Est", "region": "eu", "head": "rule",
            "color": "#3d405b", "addr": ["00 boulevard Imaginaire, 00000 Villefictive", "Tel. 00 00 00 00 00"],
            "foot": "Compte rendu anatomopathologique (fictif).", "acc": "CPE-26-H-4410"}


def r2831():
    r = Report("2831", LAB_EU11, title="Salivary duct carcinoma - complementary immunohistochemistry")
    patient_block(r, [("Prelevement", "Parotide droite, parotidectomie totale")])
    r.h2("Results")
    r.p("Androgen receptor (AR, clone SP107): strong nuclear positivity in 90% of tumour cells.")
    r.p("HER2 (4B5): score 3+, complete intense membrane staining in 70% of tumour cells - HER2 positive.")
    r.p("pan-TRK (EPR17341): no staining of tumour cells (negative).")
    r.h2("Pending")
    r.p("NTRK fusion testing by RNA sequencing was not performed because pan-TRK is negative; HER2 ISH has been sent "
        "to the reference platform and will be reported in an addendum.")
    r.sign("Dr F. Girard", "19/11/2026")
    r.lab(L("AR", "expression", "positive", "strong nuclear positivity in 90%", percent=90),
          L("HER2", "expression", "positive", "HER2 positive", ihc_score="3+"),
          L("NTRK", "expression", "negative", "no staining of tumour cells (negative)"))
    return r


LAB_US12 = {"name": "CANARY Cellular Therapy Biomarker Laboratory", "region": "us", "head": "band", "color": "#2a6f97",
            "addr": ["Clinical trial target screening  |  45 Invented Research Dr, Bethel Park, MD 00000", "CLIA 99D9999912"],
            "foot": "For clinical trial eligibility screening. Fictitious laboratory.", "acc": "CTB-26-0315"}


def r2832():
    r = Report("2832", LAB_US12, title="CAR-T TARGET ANTIGEN SCREEN - MESOTHELIN AND PD-L1")
    patient_block(r, [("Specimen", "Pleura, biopsy, epithelioid mesothelioma"), ("Protocol", "CANARY-MSLN-CAR-01 (screening)")])
    r.table([["Target", "Antibody", "% tumor cells", "Intensity", "Eligibility criterion", "Result"],
             ["Mesothelin", "SP74", "70", "2+ membranous", ">= 50% at >= 2+", "POSITIVE - meets criterion"],
             ["PD-L1", "22C3", "5", "weak", "not applicable", "TPS 5%"]],
            widths=[0.13, 0.11, 0.12, 0.16, 0.2, 0.28], style="grid")
    r.h2("Interpretation")
    r.p("Mesothelin is expressed in the majority of tumor cells; the specimen meets the protocol's antigen criterion. "
        "PD-L1 expression is low (TPS 5%).")
    r.small("BAP1 and MTAP immunohistochemistry reported separately by the referring pathology department.")
    r.sign("E. Sorensen, MD, PhD", "11/21/2026")
    r.lab(L("Mesothelin", "expression", "positive", "POSITIVE - meets criterion", percent=70),
          L("PD-L1", "expression", "positive", "TPS 5%", percent=5))
    return r


LAB_EU12 = {"name": "CANARY Paediatric Tumour Biology Reference Centre", "region": "eu", "head": "center", "color": "#7f5539",
            "addr": ["Children's Cancer Research Laboratory, Invented Campus 2, Altburg", "National neuroblastoma reference laboratory (fictitious)"],
            "foot": "Tumour biology report - for the treating paediatric oncology centre.", "acc": "NB-26-044"}


def r2833():
    r = Report("2833", LAB_EU12, title="Neuroblastoma Tumour Biology Report")
    patient_block(r, [("Material", "Adrenal tumour, open biopsy (fresh and FFPE); bone marrow aspirate"),
                      ("Age at diagnosis", "2 years 4 months")])
    r.h2("Genomic results")
    r.table([["Analysis", "Method", "Result"],
             ["MYCN", "FISH (MYCN/2q11)", "Not amplified (gain, 2-4 copies in 30% of nuclei)"],
             ["1p36", "FISH", "No deletion"],
             ["11q", "SNP array", "Loss of 11q14-qter"],
             ["ALK (exons 23-25)", "Sanger / NGS", "c.3522C>A p.(Phe1174Leu), VAF 22%"],
             ["Ploidy", "Flow cytometry", "DNA index 1.0 (diploid)"]], widths=[0.22, 0.22, 0.56], style="grid")
    r.h2("GD2 expression")
    r.p("Disialoganglioside GD2 (immunocytology, clone 14G2a) on bone marrow tumour cells: positive, 95% of disseminated "
        "tumour cells.")
    r.h2("Summary")
    r.p("Non-MYCN-amplified neuroblastoma with segmental chromosomal alterations (11q loss) and an activating ALK F1174L "
        "mutation. ALK inhibitor-containing regimens may be considered within trial protocols.")
    r.sign("Prof. I. Ambros-Invent", "15.11.2026")
    r.lab(L("ALK", "mutation", "positive", "p.(Phe1174Leu)", alteration="F1174L"),
          L("GD2", "expression", "positive", "positive, 95% of disseminated", percent=95))
    return r


LAB_AS8 = {"name": "CANARY National Children's Medical Centre - Division of Pathology", "region": "as", "head": "rule",
           "color": "#386641", "addr": ["00 Invented-machi, Chuo-ku", "Tel 00-0000-0000"], "foot": "Fictitious centre.",
           "acc": "NC26-P-1188"}


def r2834():
    r = Report("2834", LAB_AS8, title="Target antigen assessment for GD2-directed therapy - Osteosarcoma")
    patient_block(r, [("Specimen", "Left femur, open biopsy"), ("Diagnosis", "Conventional osteoblastic osteosarcoma")])
    r.h2("GD2 immunohistochemistry (frozen section, clone 14G2a)")
    r.kv([("Positive tumour cells", "<5%"), ("Intensity", "weak"), ("Interpretation", "GD2 negative / below eligibility threshold (>= 50%)")], kw=0.3)
    r.h2("B7-H3 (CD276)")
    r.p("Positive in 60% of tumour cells (moderate). Not a marker assessed for GD2 eligibility.")
    r.h2("Genetics")
    r.p("TP53: c.742C>T p.(Arg248Trp) detected (tumour NGS panel, VAF 68%). MDM2 amplification: not detected.")
    r.sign("Dr. Y. Takahashi", "2026/11/20")
    r.lab(L("GD2", "expression", "negative", "GD2 negative / below eligibility threshold", value="<5%"),
          L("TP53", "mutation", "positive", "p.(Arg248Trp)", alteration="R248W"))
    return r


REPORTS = {f.__name__[1:]: f for f in [r2825, r2826, r2827, r2828, r2829, r2830, r2831, r2832, r2833, r2834]}
