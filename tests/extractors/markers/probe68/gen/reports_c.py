"""Reports 8421-8430."""
from __future__ import annotations

from lib import Bar, Report
from labs import HOUSES
from common import CGP_GENES, gene_rows

REPORTS = {}


def report(rid):
    def deco(fn):
        REPORTS[rid] = fn
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
@report("8421")
def r8421():
    h = HOUSES["kestrel"]
    r = Report(h, "8421", dict(patient="Patient U", dob="09/14/1958", acc="KLB-24-80452",
                               reported="08/02/2024", product="Kestrel ctDx Lung 74"),
               "KLB-24-80452")
    r.kvs([("Patient", "Patient U"), ("Ordering physician", "Wendell Oyelaran, MD"),
           ("Date of birth", "09/14/1958"), ("Facility", "Marsh Harbor Thoracic Oncology"),
           ("Sex", "Female"), ("Specimen", "Peripheral blood, 2 x 10 mL cfDNA tubes"),
           ("Diagnosis", "Lung adenocarcinoma, stage IV"),
           ("Collected / received", "07/22/2024 / 07/23/2024")], ncols=2, keyfrac=0.32,
          size=8)
    r.p("**Clinical information provided:** EGFR L858R by tissue PCR at diagnosis (2022); "
        "erlotinib since 08/2022; radiographic progression in the liver.", "small")
    r.head("Summary", 2)
    r.boxes([("Tumor-derived alterations", "3", "see table below"),
             ("ctDNA tumor fraction", "3.9%", "estimated"),
             ("Resistance alteration", "EGFR T790M", "detected")])
    r.head("Alterations detected", 2)
    r.tab([["Gene", "Alteration", "% cfDNA", "Relative level", "Associated therapies / notes"],
           ["EGFR", "L858R (c.2573T>G)", "2.1%", Bar(0.21, 70), "Sensitizing; EGFR tyrosine "
            "kinase inhibitors (approved, NSCLC)"],
           ["EGFR", "T790M (c.2369C>T)", "0.6%", Bar(0.06, 70), "Acquired resistance to first- "
            "and second-generation EGFR TKIs; osimertinib (approved, NSCLC)"],
           ["TP53", "Y220C (c.659A>G)", "1.4%", Bar(0.14, 70), "No approved therapy; "
            "investigational p53 reactivators"]],
          [0.1, 0.2, 0.1, 0.17, 0.43])
    r.p("Relative level is scaled to 10% cfDNA.", "tiny")
    r.head("Copy number, fusions and negative results", 2)
    r.tab([["Category", "Result"],
           ["Amplifications", "EGFR amplification not detected; MET amplification not detected; "
            "ERBB2 amplification not detected."],
           ["Fusions", "Fusions not detected: ALK, ROS1, RET, NTRK1."],
           ["Other SNV/indels", "No alterations detected in KRAS, BRAF, ERBB2 or MET (including "
            "MET exon 14 skipping)."]],
          [0.2, 0.8])
    r.head("Variants likely from clonal hematopoiesis", 2)
    r.p("JAK2 V617F at 0.3% cfDNA; flagged as probable clonal hematopoiesis and not attributed "
        "to the tumor. Hematology evaluation may be considered if blood counts are abnormal.")
    r.head("Interpretation", 2)
    r.p("The original sensitizing EGFR L858R mutation remains detectable, together with the "
        "T790M gatekeeper mutation, the most common mechanism of acquired resistance to "
        "first-generation EGFR inhibitors. Osimertinib is approved for EGFR T790M-positive "
        "NSCLC after progression on an EGFR TKI. Because plasma testing has limited sensitivity, "
        "a negative result for any gene does not exclude that alteration in the tumor; tissue "
        "re-biopsy may be considered if histologic transformation is suspected.")
    r.head("Panel", 2)
    genes74 = ("AKT1 ALK APC AR ARAF ARID1A ATM BRAF BRCA1 BRCA2 CCND1 CCND2 CCNE1 CDH1 CDK4 CDK6 "
               "CDK12 CDKN2A CTNNB1 DDR2 EGFR ERBB2 ESR1 EZH2 FBXW7 FGFR1 FGFR2 FGFR3 GATA3 GNA11 "
               "GNAQ GNAS HNF1A HRAS IDH1 IDH2 JAK2 JAK3 KIT KRAS MAP2K1 MAP2K2 MAPK1 MAPK3 MET "
               "MLH1 MPL MTOR MYC MYCN NF1 NFE2L2 NOTCH1 NPM1 NRAS NTRK1 NTRK3 PALB2 PDGFRA PIK3CA "
               "PTEN PTPN11 RAF1 RB1 RET RHEB RHOA RIT1 ROS1 SMAD4 SMO STK11 TERT TP53").split()
    r.tab(gene_rows(genes74, 10), [0.1] * 10, header=0, size=7, mode="grid")
    r.head("Methods and limitations", 2)
    r.p("Cell-free DNA was sequenced with a hybrid-capture panel with unique molecular "
        "identifiers (median unique depth 5,100x). SNVs and indels are reported at 0.1% or more; "
        "fusions for ALK, ROS1, RET and NTRK1 are detected from targeted intronic baits; "
        "amplifications are called at 2.5 copies or more above plasma ploidy and may be missed "
        "when the ctDNA fraction is low. Not a germline test. Developed and validated by "
        "Kestrel Liquid Biopsy; not FDA cleared. Approved by Yusuf Haddad-Lowe, MD, "
        "08/02/2024.", "small")
    r.lab("EGFR", "mutation", "positive", "L858R (c.2573T>G)", alteration="L858R")
    r.lab("EGFR", "mutation", "positive", "T790M (c.2369C>T)", alteration="T790M")
    r.lab("TP53", "mutation", "positive", "Y220C (c.659A>G)", alteration="Y220C")
    r.lab("EGFR", "amplification", "negative", "EGFR amplification not detected")
    r.lab("MET", "amplification", "negative", "MET amplification not detected")
    r.lab("HER2", "amplification", "negative", "ERBB2 amplification not detected")
    for g in ("ALK", "ROS1", "RET"):
        r.lab(g, "fusion", "negative", "Fusions not detected: ALK, ROS1, RET, NTRK1.")
    r.lab("NTRK", "fusion", "negative", "Fusions not detected: ALK, ROS1, RET, NTRK1.")
    ev = "No alterations detected in KRAS, BRAF, ERBB2 or MET"
    r.lab("KRAS", "mutation", "negative", ev)
    r.lab("BRAF", "mutation", "negative", ev)
    r.lab("HER2", "mutation", "negative", ev)
    r.lab("MET", "mutation", "negative", [ev, "(including MET exon 14 skipping)"])
    return r


# ---------------------------------------------------------------------------------------------
@report("8422")
def r8422():
    h = HOUSES["greystone"]
    r = Report(h, "8422", dict(
        patient="Patient V", acc="S24-10452", mrn="GMC-3318420", dob="05/01/1962", sex="F",
        physician="Saoirse Lindgren-Obi, MD", loc="Gyn Onc / OR 4", collected="03/18/2024",
        received="03/18/2024", reported="03/25/2024"), "S24-10452")
    r.head("Final diagnosis", 1)
    r.p("A. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES, TOTAL LAPAROSCOPIC "
        "HYSTERECTOMY AND BILATERAL SALPINGO-OOPHORECTOMY:", fontName=h.fb)
    for line in ["- ENDOMETRIOID CARCINOMA, FIGO GRADE 2, invading 12 of 20 mm (60%) of the "
                 "myometrium.",
                 "- Lymphovascular space invasion: focal (fewer than 5 vessels).",
                 "- Cervical stromal invasion: not identified.",
                 "- Fallopian tubes and ovaries: no tumor.",
                 "- See biomarker table and comment below."]:
        r.p(line, leftIndent=14, spaceAfter=1)
    r.p("B. SENTINEL LYMPH NODES, RIGHT AND LEFT OBTURATOR, EXCISION:", fontName=h.fb)
    r.p("- Two lymph nodes, negative for carcinoma by ultrastaging (0/2).", leftIndent=14)
    r.head("Biomarkers and molecular classification", 1)
    r.tab([["Test (clone)", "Result", "Comment"],
           ["MLH1 (IHC, ES05)", "Loss of nuclear expression", "Internal control positive"],
           ["PMS2 (IHC, EP51)", "Loss of nuclear expression", "Internal control positive"],
           ["MSH2 (IHC, G219-1129)", "Intact", "\u2014"],
           ["MSH6 (IHC, EP49)", "Intact", "\u2014"],
           ["MMR interpretation", "Deficient (MLH1/PMS2 loss pattern)", "MLH1 promoter "
            "methylation sent out, see comment"],
           ["p53 (IHC, DO-7)", "Wild-type pattern", "Heterogeneous nuclear staining"],
           ["Estrogen receptor (SP1)", "Positive, 90%", "Strong"],
           ["Progesterone receptor (1E2)", "Positive, 70%", "Moderate"],
           ["POLE exonuclease domain", "Pending", "Sent to reference laboratory 03/22/2024"],
           ["HER2", "Not performed", "Not indicated for endometrioid histology"]],
          [0.32, 0.33, 0.35])
    r.head("Comment", 1)
    r.p("The loss of MLH1 and PMS2 with retained MSH2 and MSH6 is most often due to somatic "
        "MLH1 promoter hypermethylation. MLH1 promoter methylation testing has been sent to the "
        "Northfield University Medical Center Molecular Pathology Laboratory (result to follow "
        "as an addendum). If the promoter is unmethylated, germline evaluation for Lynch "
        "syndrome is recommended. Provisional molecular classification: mismatch repair "
        "deficient (MMRd), pending POLE results. Immune checkpoint inhibitors are approved for "
        "dMMR endometrial carcinoma in the advanced or recurrent setting.")
    r.head("Gross description", 1)
    r.p("Received fresh, labeled with the patient's name and 'uterus, cervix, tubes and "
        "ovaries', is a 118 g hysterectomy specimen (8.6 x 5.9 x 4.0 cm). The endometrial cavity "
        "contains a 3.4 x 2.8 cm exophytic tan-pink mass of the posterior fundus. On serial "
        "sectioning the tumor appears to invade to a depth of 1.2 cm where the wall is 2.0 cm. "
        "The lower uterine segment and cervix are grossly uninvolved. Representative sections "
        "are submitted in cassettes A1-A16. Part B: two sentinel nodes, bisected and submitted "
        "entirely (B1-B2).")
    r.head("Microscopic description", 1)
    r.p("Endometrioid carcinoma with solid growth occupying about 20% of the tumor (FIGO grade "
        "2), squamous differentiation and prominent peritumoral lymphocytes. Tumor-infiltrating "
        "lymphocytes are conspicuous, in keeping with the mismatch repair deficient phenotype.")
    r.p("Antibodies and controls: MMR clones as listed; p53 DO-7; ER SP1; PR 1E2. External "
        "controls (tonsil, appendix, endometrium) stained appropriately.", "small")
    r.p("Leopold Haverkamp-Sy, MD, Pathologist. Electronically signed 03/25/2024 17:48.",
        fontName=h.fi)
    r.lab("MLH1", "expression", "negative", "MLH1 (IHC, ES05) Loss of nuclear expression")
    r.lab("PMS2", "expression", "negative", "PMS2 (IHC, EP51) Loss of nuclear expression")
    r.lab("MSH2", "expression", "positive", "MSH2 (IHC, G219-1129) Intact")
    r.lab("MSH6", "expression", "positive", "MSH6 (IHC, EP49) Intact")
    r.lab("MMR", "signature", "positive", "Deficient (MLH1/PMS2 loss pattern)")
    r.lab("TP53", "expression", "negative", "p53 (IHC, DO-7) Wild-type pattern", optional=True)
    r.lab("ER", "expression", "positive", "Estrogen receptor (SP1) Positive, 90%", percent=90)
    r.lab("PR", "expression", "positive", "Progesterone receptor (1E2) Positive, 70%",
          percent=70)
    return r


# ---------------------------------------------------------------------------------------------
@report("8423")
def r8423():
    h = HOUSES["cartwright"]
    r = Report(h, "8423", dict(
        patient="Patient W", dob="01/22/1956", sex="Male", acc="CG-24-140981",
        product="CartwrightONE\u00ae Tissue \u00b7 Comprehensive Genomic Profile"),
        "CartwrightONE Tissue report CG-24-140981")
    r.kvs([("Patient", "Patient W"), ("Disease", "Prostate acinar adenocarcinoma"),
           ("Date of birth", "01/22/1956"), ("Specimen site", "Lymph node, retroperitoneal"),
           ("Sex", "Male"), ("Specimen ID", "LN24-0871 A1 (FFPE)"),
           ("Medical record #", "DV-2280164"), ("Specimen type", "Core biopsy"),
           ("Ordering physician", "Marcus Oyelowo-Hart, MD"), ("Date of collection", "06/18/2024"),
           ("Medical facility", "Desert Vista Urologic Oncology"),
           ("Specimen received", "06/25/2024"),
           ("Pathologist", "Not provided"), ("Tumor nuclei (pathology review)", "50%")],
          ncols=2, keyfrac=0.36, size=8)
    r.head("Report summary", 1)
    r.boxes([("Microsatellite status", "MSI-High", "instability at 41% of assessed loci"),
             ("Tumor Mutational Burden", "42 Muts/Mb", "TMB-High; 10 Muts/Mb or more"),
             ("Genomic findings", "5", "reportable alterations"),
             ("Variants of unknown significance", "11", "see appendix")])
    r.space(4)
    r.tab([["Gene", "Alteration", "VAF %", "Interpretation"],
           ["MSH2", "R383* (c.1147C>T)", "47.9", "Pathogenic nonsense alteration; potential "
            "germline origin (see note)."],
           ["MSH2", "loss of heterozygosity", "\u2014", "Loss of the second allele; biallelic "
            "inactivation."],
           ["TMPRSS2-ERG", "fusion (TMPRSS2 exon 1 :: ERG exon 4)", "\u2014", "Common driver "
            "in prostate cancer; no matched therapy."],
           ["PTEN", "loss (exons 3-9)", "\u2014", "Homozygous deletion."],
           ["ZFHX3", "S1286fs*27 (c.3856del)", "21.5", "Frameshift; frequent in MSI-high "
            "prostate cancer."]],
          [0.13, 0.3, 0.08, 0.49], zebra=True)
    r.space(3)
    r.p("Pertinent negatives: no reportable alterations in BRCA1, BRCA2 or ATM. AR: no "
        "amplification or ligand-binding domain mutation detected.", "small")
    r.head("Therapy associations", 1)
    r.tab([["Biomarker / alteration", "Approved in patient's tumor type",
            "Approved in another tumor type", "Potential resistance"],
           ["MSI-High", "Pembrolizumab (MSI-H/dMMR solid tumors, tumor-agnostic)", "Dostarlimab "
            "(dMMR solid tumors); Nivolumab + ipilimumab (colorectal)", "None known"],
           ["TMB-High", "Pembrolizumab (TMB-H solid tumors, tumor-agnostic)", "\u2014",
            "None known"],
           ["PTEN loss", "None", "Capivasertib (breast, with PTEN alteration)", "None known"]],
          [0.2, 0.3, 0.3, 0.2])
    r.head("Genomic findings: detail", 1)
    r.head("MSH2  R383* (c.1147C>T)", 2)
    r.p("MSH2 encodes a core component of the DNA mismatch repair machinery. Biallelic "
        "inactivation leads to mismatch repair deficiency, microsatellite instability and a "
        "hypermutated phenotype, as observed here. __Potential germline implications:__ "
        "pathogenic germline MSH2 variants cause Lynch syndrome. The allele fraction of 48% "
        "is compatible with a germline variant; confirmatory germline testing and genetic "
        "counseling are recommended. This assay does not test normal tissue.")
    r.head("Microsatellite status and TMB", 2)
    r.p("MSI-high and TMB-high prostate cancers are uncommon (about 3%) and may respond to "
        "immune checkpoint blockade. No PARP inhibitor-associated alteration (BRCA1, BRCA2, ATM "
        "and the other homologous recombination genes) was identified in this sample.")
    r.head("Clinical trials", 1)
    r.tab([["Trial ID", "Title", "Phase", "Targets", "Nearest site"],
           ["NCT09402216", "PD-1 inhibitor plus CTLA-4 inhibitor in mismatch repair deficient "
            "metastatic castration-resistant prostate cancer", "2", "PD-1, CTLA-4", "Tucson, AZ"],
           ["NCT09417753", "Neoantigen vaccine with pembrolizumab in MSI-high solid tumors",
            "1", "PD-1", "Phoenix, AZ"]],
          [0.14, 0.48, 0.07, 0.13, 0.18])
    r.head("Appendix: variants of unknown significance", 1)
    r.p("ARID1A A1543fs*? (homopolymer, low confidence); ASXL1 G646fs*12; BCOR N1459S; CREBBP "
        "R1446H; EP300 P925L; FAT1 E3110K; KMT2C A1685S; KMT2D P2354fs*30; NOTCH1 R1598H; "
        "POLE V1368M; RNF43 G659fs*41. Frameshifts at homopolymer tracts are expected in "
        "MSI-high tumors and are listed for completeness.", "small")
    r.head("Methods and limitations", 1)
    r.p("Hybridization capture-based sequencing of 324 genes from FFPE tumor DNA (median unique "
        "coverage 702x). TMB is measured on 0.8 Mb of coding sequence; TMB-High is defined as 10 "
        "Muts/Mb or more. Microsatellite status is determined at 95 loci. This is not a germline "
        "test and germline variants are reported only when tumor-relevant. Report approved "
        "electronically by Miriam Okonkwo-Hale, MD, 07/08/2024.", "small")
    r.lab("MSI", "signature", "positive", "MSI-High")
    r.lab("TMB", "signature", "positive", ["42 Muts/Mb", "TMB-High; 10 Muts/Mb or more"],
          value="42 Muts/Mb")
    r.lab("MSH2", "mutation", "positive", "R383* (c.1147C>T)", alteration="R383*")
    r.lab("BRCA1", "mutation", "negative", "no reportable alterations in BRCA1, BRCA2 or ATM")
    r.lab("BRCA2", "mutation", "negative", "no reportable alterations in BRCA1, BRCA2 or ATM")
    r.lab("AR", "amplification", "negative", "AR: no amplification or ligand-binding domain "
          "mutation detected")
    r.lab("AR", "mutation", "negative", "AR: no amplification or ligand-binding domain "
          "mutation detected")
    return r


# ---------------------------------------------------------------------------------------------
@report("8424")
def r8424():
    h = HOUSES["northfield"]
    r = Report(h, "8424", dict(
        patient="Patient X", mrn="NU-01377126", dob="04/30/1964", sex="M", acc="M24-5519",
        physician="Gideon Farquharson-Ebo, MD", facility="NUMC Thoracic Oncology",
        collected="05/06/2024 (tumor); 05/09/2024 (blood)", received="05/10/2024",
        reported="05/24/2024"), "NUMC OncoSeq 523 M24-5519")
    r.p("NUMC OncoSeq 523 with RNA Fusion Panel: Paired Tumor-Normal Report", "h1",
        textColor=h.accent)
    r.head("Clinical information", 1)
    r.p("60-year-old man, former smoker (40 pack-years), with adenocarcinoma of the right upper "
        "lobe metastatic to the adrenal gland. Per the referring surgical pathology report "
        "(S24-30077): PD-L1 (22C3) tumor proportion score 80% (high expression); ALK (D5F3) "
        "immunohistochemistry negative.")
    r.head("Results summary", 1)
    r.ps(["1. **KRAS p.(Gly12Cys)**, Tier I-A: eligible for KRAS G12C inhibitors after prior "
          "systemic therapy.",
          "2. Co-mutations in STK11 and KEAP1 (Tier II).",
          "3. No targetable fusion or MET exon 14 skipping; microsatellite stable; tumor "
          "mutational burden 11.6 mutations/Mb (high).",
          "4. Germline: heterozygous pathogenic MUTYH variant (carrier)."])
    r.head("I. Somatic variants (Tier I/II)", 1)
    r.tab([["Gene", "Variant (HGVS)", "Exon", "VAF", "Tier", "Comment"],
           ["KRAS", "NM_004985.5:c.34G>T p.(Gly12Cys)", "2", "24.3%", "I-A", "Sotorasib, "
            "adagrasib (approved, previously treated NSCLC)"],
           ["STK11", "NM_000455.5:c.109C>T p.(Gln37*)", "1", "38.0%", "II-C", "Associated with "
            "reduced benefit from immunotherapy in KRAS-mutant NSCLC"],
           ["KEAP1", "NM_203500.2:c.1448G>A p.(Gly483Asp)", "4", "35.6%", "II-C",
            "Kelch-domain variant; NRF2 pathway activation"]],
          [0.09, 0.33, 0.07, 0.09, 0.07, 0.35])
    r.head("II. RNA fusion panel", 1)
    r.p("No fusions detected in ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 or NRG1. MET exon 14 "
        "skipping: not detected. RNA quality: adequate (DV200 72%).")
    r.head("III. Genomic signatures", 1)
    r.tab([["Signature", "Result", "Method and threshold"],
           ["Microsatellite instability", "Stable (MSS); MSIsensor score 0.9%",
            "Unstable if 3.5% or more of assessed sites are unstable"],
           ["Tumor mutational burden", "11.6 mutations/Mb (high)", "High if 10 mutations/Mb or "
            "more"]],
          [0.26, 0.34, 0.40])
    r.head("IV. Germline findings (normal comparator)", 1)
    r.tab([["Gene", "Variant", "Zygosity", "ACMG classification", "Inheritance"],
           ["MUTYH", "c.1187G>A p.(Gly396Asp)", "Heterozygous", "Pathogenic", "AR"]],
          [0.1, 0.38, 0.16, 0.22, 0.14])
    r.p("__Interpretation.__ This individual is a heterozygous carrier of a pathogenic MUTYH "
        "variant. MUTYH-associated polyposis is autosomal recessive; monoallelic carriers have "
        "at most a modestly increased colorectal cancer risk. The finding is unrelated to the "
        "lung cancer. Relatives' reproductive risk may warrant counseling. No other pathogenic "
        "germline variants were identified in the 84 cancer predisposition genes analyzed.")
    r.head("V. Variants of uncertain significance", 1)
    r.p("Somatic: EGFR c.2369C>A p.(Thr790Asn), VAF 3.1% (not the T790M resistance variant; "
        "uncertain significance); SMARCA4 c.2270G>A p.(Arg757Gln), VAF 12%. Germline: none.")
    r.head("Methods", 1)
    r.p("Tumor (FFPE, 45% tumor) and blood DNA were sequenced with the OncoSeq 523 panel; RNA "
        "from the tumor was analyzed with an anchored multiplex PCR fusion panel (ALK, BRAF, "
        "FGFR1-3, MET, NRG1, NTRK1-3, RET, ROS1). Variants are tiered by AMP/ASCO/CAP "
        "guidelines. PD-L1 and ALK immunohistochemistry were not repeated at NUMC.", "small")
    r.space(6)
    r.p("Electronically signed: Obadiah Renwick-Sato, MD, PhD, Molecular Genetic Pathology, "
        "05/24/2024 14:12")
    r.lab("PD-L1", "expression", "positive", "PD-L1 (22C3) tumor proportion score 80% (high "
          "expression)", percent=80)
    r.lab("ALK", "expression", "negative", "ALK (D5F3) immunohistochemistry negative")
    r.lab("KRAS", "mutation", "positive", "c.34G>T p.(Gly12Cys)", alteration="G12C")
    ev = "No fusions detected in ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 or NRG1"
    for g in ("ALK", "ROS1", "RET", "NTRK"):
        r.lab(g, "fusion", "negative", ev)
    r.lab("MET", "mutation", "negative", "MET exon 14 skipping: not detected")
    r.lab("MSI", "signature", "negative", "Stable (MSS); MSIsensor score 0.9%")
    r.lab("TMB", "signature", "positive", "11.6 mutations/Mb (high)", value="11.6 mutations/Mb")
    return r


# ---------------------------------------------------------------------------------------------
@report("8425")
def r8425():
    h = HOUSES["meridian"]
    r = Report(h, "8425", dict(patient="Patient Y", dob="07/07/1966", acc="MHD-24-06630"),
               "Meridian HRD Select MHD-24-06630")
    r.kvs([("Patient", "Patient Y"), ("Accession", "MHD-24-06630"),
           ("Date of birth", "07/07/1966"), ("Specimen", "Peritoneal biopsy, FFPE block 1A"),
           ("Sex", "Female"), ("Tumor content", "12% (after macrodissection)"),
           ("Ordering provider", "Lucinda Farrow-Nkemelu, MD"), ("Collected", "03/21/2024"),
           ("Institution", "Red Mesa Women's Cancer Center"), ("Received", "03/27/2024"),
           ("Diagnosis", "High-grade serous carcinoma, ovary, post-neoadjuvant"),
           ("Reported", "04/03/2024")], ncols=2, keyfrac=0.3, mode="box")
    r.head("RESULTS", 1)
    r.boxes([("HRD STATUS", "NOT REPORTED", "test not completed"),
             ("GENOMIC INSTABILITY SCORE", "\u2014", "not calculated"),
             ("TUMOR BRCA1/BRCA2", "NOT REPORTED", "test not completed")], big_size=13)
    r.space(6)
    r.p("**TEST NOT COMPLETED: INSUFFICIENT TUMOR CONTENT.** The tumor content of the submitted "
        "specimen after macrodissection was estimated at 12%, below the validated minimum of "
        "30%. Neither the Genomic Instability Score nor tumor BRCA1/BRCA2 status can be reported "
        "reliably. No result should be inferred from this report.")
    r.head("Recommendation", 2)
    r.p("Please submit an alternative block with higher tumor content, preferably from the "
        "pre-treatment diagnostic biopsy or interval debulking specimen with less treatment "
        "effect. Resubmission within 60 days is processed at no additional charge. Contact "
        "Customer Care with the accession number above.")
    r.head("Specimen quality", 2)
    r.tab([["Metric", "Result", "Requirement", "Status"],
           ["Tumor content (pathology review)", "12%", "30% or more", "FAIL"],
           ["DNA yield", "38 ng", "20 ng or more", "Pass"],
           ["Library complexity", "Not assessed", "\u2014", "\u2014"],
           ["SNP profile quality", "Not assessed", "\u2014", "\u2014"]],
          [0.38, 0.2, 0.24, 0.18])
    r.head("About this test", 2)
    r.p("Meridian HRD Select reports a Genomic Instability Score (GIS), the sum of loss of "
        "heterozygosity, telomeric allelic imbalance and large-scale state transitions, together "
        "with tumor BRCA1 and BRCA2 sequence variants. A tumor is classified as HRD positive if "
        "the GIS is 42 or greater or a pathogenic or likely pathogenic BRCA1 or BRCA2 variant is "
        "detected. BRCA1 and BRCA2 encode proteins essential for homologous recombination "
        "repair; tumors lacking this pathway are sensitive to PARP inhibition and platinum.")
    r.p("Treatment effect after neoadjuvant chemotherapy often lowers tumor cellularity. "
        "Germline BRCA1/BRCA2 testing from blood or saliva is unaffected by tumor content and is "
        "recommended for all patients with epithelial ovarian cancer regardless of tumor "
        "testing.")
    r.head("Methods", 2)
    r.p("Pathology review of an H&E section precedes DNA extraction; specimens below 30% tumor "
        "after macrodissection are not sequenced because LOH, TAI and LST are underestimated and "
        "variant detection sensitivity falls below the validated limit.", "small")
    r.p("Reviewed: Tobias Rennick, MD, PhD, Medical Director, 04/03/2024.", "small")
    return r


# ---------------------------------------------------------------------------------------------
@report("8426")
def r8426():
    h = HOUSES["stbrendan"]
    r = Report(h, "8426", dict(
        patient="Patient Z", mrn="00533902", dob="02/11/1969", sex="F", acc="SP24-07719",
        loc="BREAST CENTER", physician="H. Abernathy-Quist MD", collected="05/20/2024",
        received="05/20/2024", reported="05/24/2024", printed="05/24/2024 16:20",
        dept="SURGICAL PATHOLOGY - BREAST BIOMARKERS"), "SP24-07719")
    r.mono(["BREAST CANCER PROGNOSTIC AND PREDICTIVE MARKERS                        STATUS: FINAL"],
           bold=True)
    r.mono("""
SPECIMEN:   LEFT BREAST, 2:00, 4 CM FN, ULTRASOUND-GUIDED CORE BIOPSY (BLOCK A1)
DIAGNOSIS:  INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 3 (TUBULES 3, NUCLEI 3, MITOSES 2)
COLD ISCHEMIA TIME: < 1 HOUR          FIXATION: 10% NEUTRAL BUFFERED FORMALIN, 22 HOURS

IMMUNOHISTOCHEMISTRY (BLOCK A1):
  MARKER                  CLONE    RESULT            % CELLS   INTENSITY / PATTERN
  ----------------------  -------  ----------------  --------  ------------------------------
  ESTROGEN RECEPTOR       SP1      POSITIVE          70%       MODERATE
  PROGESTERONE RECEPTOR   1E2      NEGATIVE          0%        --
  HER2                    4B5      EQUIVOCAL (2+)    40%       WEAK-MODERATE COMPLETE MEMBRANE
  KI-67                   30-9     --                35%       --

  INTERNAL AND EXTERNAL CONTROLS STAINED APPROPRIATELY.
  ER/PR REPORTED PER ASCO/CAP 2020 (1-10% = LOW POSITIVE). HER2 REPORTED PER ASCO/CAP 2023.
  HER2 IHC 2+ (EQUIVOCAL): REFLEX TO IN SITU HYBRIDIZATION, BELOW.
""".split("\n"))
    r.mono(["HER2 FLUORESCENCE IN SITU HYBRIDIZATION (DUAL PROBE HER2/CEP17), BLOCK A1:"],
           bold=True)
    r.mono("""
  NUMBER OF INVASIVE TUMOR CELLS COUNTED:    40 (TWO OBSERVERS, 20 EACH)
  AVERAGE HER2 SIGNALS PER CELL:             6.1
  AVERAGE CEP17 SIGNALS PER CELL:            2.3
  HER2/CEP17 RATIO:                          2.6
  RESULT:                                    AMPLIFIED (ASCO/CAP GROUP 1)

  INTERPRETATION: HER2 POSITIVE (IHC 2+, FISH AMPLIFIED).

  ASCO/CAP 2023 DUAL-PROBE GROUPS (FOR REFERENCE):
    GROUP 1: RATIO >= 2.0 AND >= 4.0 SIGNALS/CELL ........ POSITIVE
    GROUP 2: RATIO >= 2.0 AND < 4.0 SIGNALS/CELL ......... NEGATIVE UNLESS IHC 3+
    GROUP 3: RATIO < 2.0 AND >= 6.0 SIGNALS/CELL ......... POSITIVE IF IHC 2+ OR 3+
    GROUP 4: RATIO < 2.0 AND >= 4.0 AND < 6.0 ............ NEGATIVE UNLESS IHC 3+
    GROUP 5: RATIO < 2.0 AND < 4.0 SIGNALS/CELL .......... NEGATIVE

OTHER TESTS:
  PD-L1 (SP142/22C3):          NOT REQUESTED
  PIK3CA MUTATION (TISSUE):    SENT TO REFERENCE LABORATORY 05/24/2024 - RESULT TO FOLLOW
  ONCOTYPE/RECURRENCE SCORE:   NOT APPLICABLE (HER2 POSITIVE)

COMMENT:
  HER2 STATUS DISCUSSED WITH DR. ABERNATHY-QUIST AT THE BREAST TUMOR BOARD, 05/24/2024.
  THE PATIENT IS ELIGIBLE FOR NEOADJUVANT HER2-DIRECTED THERAPY PER TREATING TEAM.

METHODS:
  IHC ON AN AUTOMATED PLATFORM WITH FDA-APPROVED/CLEARED ASSAYS WHERE AVAILABLE (ER SP1,
  PR 1E2, HER2 4B5). FISH WITH A DUAL-COLOR HER2/CEP17 PROBE SET, SCORED MANUALLY. HER2
  ANTIBODY AND PROBE PERFORMANCE VERIFIED WITH EACH RUN USING CELL-LINE CONTROLS OF KNOWN
  HER2 STATUS (0, 1+, 2+, 3+).

PATHOLOGIST:  FIONNUALA BRECKENRIDGE-ADEYEMI, MD   (ELECTRONICALLY SIGNED 05/24/2024 16:11)
""".split("\n"))
    r.lab("ER", "expression", "positive", "ESTROGEN RECEPTOR SP1 POSITIVE 70%", percent=70)
    r.lab("PR", "expression", "negative", "PROGESTERONE RECEPTOR 1E2 NEGATIVE 0%", percent=0)
    r.lab("HER2", "expression", "equivocal", "HER2 4B5 EQUIVOCAL (2+)", ihc_score="2+")
    r.lab("Ki-67", "expression", "reported", "KI-67 30-9 -- 35%", percent=35)
    r.lab("HER2", "amplification", "positive", ["HER2/CEP17 RATIO: 2.6",
                                                "AMPLIFIED (ASCO/CAP GROUP 1)"], ratio=2.6)
    return r


# ---------------------------------------------------------------------------------------------
@report("8427")
def r8427():
    h = HOUSES["ashgrove"]
    r = Report(h, "8427", dict(
        patient="Patient AA", mrn="AGH-7034418", acc="WGS-24-00702", reported="19/07/2024",
        product="Tumour\u2013germline paired analysis"), "Cancer WGS WGS-24-00702")
    r.kvs([("Patient", "Patient AA"), ("Laboratory no.", "WGS-24-00702"),
           ("Hospital no.", "AGH-7034418"), ("Date of birth", "30/01/1979"),
           ("Sex", "Male"), ("Referring clinician", "Dr Idris Lomax-Perera, Sarcoma Unit"),
           ("Clinical indication", "Gastrointestinal stromal tumour, stomach, 9 cm, high risk"),
           ("Tumour sample", "Gastric wedge resection, fresh frozen (H24-2207)"),
           ("Germline sample", "Blood, EDTA"), ("Samples received", "21/06/2024"),
           ("Test", "Cancer whole genome sequencing, tumour and germline"),
           ("Report date", "19/07/2024")], ncols=2, keyfrac=0.33, mode="grid", size=7.6)
    r.head("Summary of findings", 1)
    r.ps(["\u2022 **Somatic:** KIT exon 11 in-frame deletion c.1669_1674del "
          "p.(Trp557_Lys558del) (Domain 1).",
          "\u2022 **Germline:** no pathogenic or likely pathogenic variant in the GIST "
          "susceptibility genes analysed.",
          "\u2022 **Genome-wide metrics** (tumour mutational burden, microsatellite status, "
          "signatures): not reported, because tumour purity (28%) is below the 30% threshold "
          "for these metrics."])
    r.head("Somatic variants: Domain 1", 1)
    r.tab([["Gene", "Variant (HGVS)", "Consequence", "VAF", "Evidence / comment"],
           ["KIT", "NM_000222.3:c.1669_1674del p.(Trp557_Lys558del)", "in-frame deletion",
            "0.13", "Imatinib-sensitive; deletions involving codons 557-558 are associated "
            "with a higher risk of recurrence"]],
          [0.08, 0.34, 0.15, 0.07, 0.36])
    r.p("PDGFRA: no variant detected in exons 12, 14 or 18.", "small")
    r.head("Copy number", 1)
    r.tab([["Region", "Event", "Comment"],
           ["14q", "arm-level loss", "Early event in GIST progression"],
           ["22q", "arm-level loss", "\u2014"],
           ["1p", "arm-level loss", "Associated with gastric GIST of higher risk"],
           ["9p21.3 (CDKN2A)", "heterozygous loss", "\u2014"]],
          [0.26, 0.26, 0.48])
    r.head("Germline findings", 1)
    r.p("Panel applied: G-GIST, inherited gastrointestinal stromal tumour (KIT, NF1, PDGFRA, "
        "SDHA, SDHB, SDHC, SDHD), sequence and copy number. Result: no pathogenic or likely "
        "pathogenic germline variant identified. SDHB immunohistochemistry on the resection "
        "(H24-2207) was retained, consistent with an SDH-competent tumour.")
    r.p("Additional (secondary) findings: the patient declined analysis of additional findings.",
        "small")
    r.head("Therapeutic considerations (not a treatment recommendation)", 1)
    r.p("KIT exon 11 deletions predict sensitivity to imatinib. Adjuvant imatinib 400 mg daily "
        "for at least three years is standard for high-risk resected GIST. Secondary KIT "
        "mutations (exons 13, 14, 17, 18) arising on treatment can be sought in later samples. "
        "No further actionable variants were found.")
    r.head("Why genome-wide metrics are not reported", 1)
    r.p("Estimates of tumour mutational burden, microsatellite instability, mutational "
        "signatures and homologous recombination deficiency depend on tumour purity. Below 30% "
        "purity, somatic variants at low allele fraction are under-called, so these metrics are "
        "withheld rather than reported as low. They can be provided from a further sample with "
        "higher tumour content on request.")
    r.head("Technical information", 1)
    r.tab([["Metric", "Tumour", "Germline", "Pass criterion"],
           ["Mean depth", "112x", "36x", "\u2265 75x / \u2265 30x"],
           ["Tumour purity (computational)", "28%", "\u2014", "\u2265 30% for genome-wide "
            "metrics"],
           ["Cross-sample contamination", "0.4%", "0.2%", "< 1%"]],
          [0.36, 0.16, 0.16, 0.32])
    r.p("Methods: paired tumour-germline whole genome sequencing (GRCh38); small variants, copy "
        "number and structural variants called with the Ashgrove cancer WGS pipeline. "
        "Limitations: subclonal variants below 5% VAF and variants in low-mappability regions "
        "may be missed; at 28% purity, sensitivity for heterozygous somatic variants is reduced.",
        "small")
    r.p("Authorised by: Dr Rosalind Petrakis-Hume, Consultant Clinical Scientist \u00b7 "
        "Reviewed by: Dr Anselm Quaye, Consultant Histopathologist", "small")
    return r


# ---------------------------------------------------------------------------------------------
@report("8428")
def r8428():
    h = HOUSES["lindqvist"]
    r = Report(h, "8428", dict(patient="Patient AB", dob="1958-08-21", acc="LMP-24-1062",
                               reported="2024-05-30",
                               product="GASTRIC CANCER BIOMARKER REPORT"), "LMP-24-1062")
    r.kvs([("Patient", "Patient AB"), ("Born", "1958-08-21"), ("Sex", "Male"),
           ("Personal ID", "LI-580821-1193"),
           ("Requesting clinician", "Dr. Viggo Tennfjord, Upper GI Surgery"),
           ("Requesting unit", "Uppsund University Hospital"),
           ("Specimen", "Total gastrectomy; block G24-1450 12"),
           ("Diagnosis", "Adenocarcinoma, intestinal type, pT3 pN2"),
           ("Received", "2024-05-21"), ("Reported", "2024-05-30")], ncols=2, keyfrac=0.36,
          mode="box")
    W = h.body_width * 0.34
    r.head("HER2 immunohistochemistry, clone 4B5 (resection scoring criteria)", 2)
    r.check("Score", ["0", "1+", "2+", "3+"], [3], label_w=W)
    r.kvs([("HER2 interpretation", "Positive (IHC 3+)"),
           ("Pattern", "Strong complete or basolateral membrane staining in approximately 40% "
            "of tumour cells; heterogeneous")], ncols=1, keyfrac=0.34)
    r.check("HER2 ISH", ["Amplified", "Not amplified", "Equivocal", "Not performed"], [3],
            label_w=W, gap=10)
    r.p("ISH is not required for an IHC 3+ result.", "small")
    r.p("**Previous biopsy, for comparison** (endoscopic biopsy B24-0412, 2024-02-08): HER2 IHC "
        "2+ with ISH not amplified (HER2/CEP17 ratio 1.6). The difference is attributed to "
        "intratumoural heterogeneity and sampling; the resection result above is the "
        "reportable HER2 status.", "small")
    r.head("PD-L1, clone 22C3", 2)
    r.kvs([("Combined positive score", "PD-L1 CPS 8 (positive at cut-off CPS 1; below CPS 10)"),
           ("Evaluable tumour cells", "More than 100")], ncols=1, keyfrac=0.34)
    r.head("Mismatch repair proteins", 2)
    for g in ("MLH1", "PMS2", "MSH2", "MSH6"):
        r.check(g, ["Intact", "Lost", "Not evaluable"], [0], label_w=W)
    r.kvs([("MMR interpretation", "MMR proficient (pMMR)")], ncols=1, keyfrac=0.34)
    r.head("Claudin 18.2, clone 43-14A", 2)
    r.kvs([("Result", "Positive: 80% of tumour cells with moderate to strong membranous "
            "staining (treatment cut-off 75%)")], ncols=1, keyfrac=0.34)
    r.head("EBV (EBER in situ hybridisation)", 2)
    r.kvs([("Result", "Negative")], ncols=1, keyfrac=0.34)
    r.head("Scoring notes", 2)
    r.p("HER2 in gastric resections is scored with the gastric criteria (strong complete, "
        "basolateral or lateral membrane staining in 10% or more of tumour cells for 3+). PD-L1 "
        "CPS = PD-L1-staining cells (tumour cells, lymphocytes, macrophages) divided by viable "
        "tumour cells, multiplied by 100; maximum reported value 100. Claudin 18.2 positivity "
        "for zolbetuximab eligibility requires moderate to strong membranous staining in 75% or "
        "more of tumour cells. MMR proteins: intact nuclear staining with positive internal "
        "control; loss = complete absence in tumour nuclei with retained internal control.",
        "small")
    r.p("Controls: external multi-tissue controls stained as expected for all antibodies. "
        "Reporting pathologist: Dr. Annika Forsgren-Udo. Signed electronically 2024-05-30.",
        "small")
    r.lab("HER2", "expression", "positive", ["Score 0 1+ 2+ X 3+", "Positive (IHC 3+)"],
          ihc_score="3+")
    r.lab("HER2", "expression", "equivocal", "HER2 IHC 2+ with ISH not amplified",
          ihc_score="2+", optional=True)
    r.lab("HER2", "amplification", "negative", "ISH not amplified (HER2/CEP17 ratio 1.6)",
          ratio=1.6, optional=True)
    r.lab("PD-L1", "expression", "positive", "PD-L1 CPS 8 (positive at cut-off CPS 1",
          value="CPS 8")
    for g in ("MLH1", "PMS2", "MSH2", "MSH6"):
        r.lab(g, "expression", "positive", f"{g} X Intact")
    r.lab("MMR", "signature", "negative", "MMR proficient (pMMR)")
    return r


# ---------------------------------------------------------------------------------------------
@report("8429")
def r8429():
    h = HOUSES["cobalt"]
    r = Report(h, "8429", dict(patient="Patient AC", acc="CRL-24-33140", reported="07/15/2024",
                               product="Solid Tumor Mutation Profile (CRL-TumorSeq 161)"),
               "CRL-24-33140")
    r.kvs([("DOB", "10/03/1949"), ("Sex", "Male"), ("MRN", "TH-517730"),
           ("Diagnosis", "Urothelial carcinoma, bladder, metastatic"),
           ("Specimen", "Bladder, transurethral resection"), ("Block", "S24-11902 A4"),
           ("Tumor", "60% (pathologist estimate)"), ("Collected", "06/20/2024"),
           ("Ordering", "Henrietta Vasquez-Oduya, MD"), ("Facility", "Greystone Cancer Center"),
           ("Received", "06/28/2024"), ("Reported", "07/15/2024")], ncols=3, keyfrac=0.34,
          size=7.6)
    r.head("Results at a glance", 2)
    r.boxes([("Tier I variants", "1", "strong clinical significance"),
             ("Tier II variants", "2", "potential clinical significance"),
             ("Microsatellite status", "MS-Stable", ""),
             ("Tumor mutational burden", "9.0 mut/Mb", "Low")])
    r.head("Variants of clinical significance", 2)
    r.tab([["Tier", "Gene", "Alteration", "VAF / CN", "Therapies / evidence"],
           ["IA", "FGFR3", "c.746C>G p.S249C (exon 7)", "31%", "Erdafitinib (FDA-approved, "
            "FGFR3-altered urothelial carcinoma)"],
           ["IIC", "ERBB2", "amplification (copy number 14)", "CN 14", "Trastuzumab "
            "deruxtecan (tumor-agnostic approval for HER2 IHC 3+ solid tumors); trials"],
           ["IIC", "TP53", "c.853G>A p.E285K (exon 8)", "40%", "No approved therapy"]],
          [0.07, 0.09, 0.29, 0.1, 0.45])
    r.space(3)
    r.p("**HER2 immunohistochemistry** (quoted from the referring pathology report, Greystone "
        "Medical College Hospital S24-11902): HER2 IHC score 3+. Not repeated at Cobalt Ridge.")
    r.p("**TMB:** 9.0 mut/Mb (Low; TMB-High is 10 mut/Mb or greater). **MSI:** MS-Stable.")
    r.p("**PD-L1 (22C3, CPS):** ordered separately at the referring site; result pending and not "
        "included in this report.")
    r.head("Interpretation and methods", 2)
    r.columns([
        r.para("**FGFR3 S249C.** The most frequent FGFR3 hotspot in urothelial carcinoma; it "
               "creates a cysteine that drives ligand-independent receptor dimerization. "
               "Erdafitinib is approved for locally advanced or metastatic urothelial carcinoma "
               "with susceptible FGFR3 alterations after prior systemic therapy."),
        r.para("**ERBB2 amplification.** High-level amplification is present (14 copies), "
               "concordant with the HER2 IHC 3+ result reported by the referring laboratory. "
               "HER2-directed antibody-drug conjugates are approved tumor-agnostically for HER2 "
               "IHC 3+ solid tumors."),
        r.para("**TMB.** The TMB of 9.0 mut/Mb lies just below the TMB-High threshold; "
               "urothelial carcinoma is eligible for checkpoint inhibitors irrespective of TMB."),
        r.para("**Methods.** DNA and RNA from FFPE tissue were sequenced with the CRL-TumorSeq "
               "161 panel. Copy number is reported relative to tumor ploidy; amplification is "
               "called at 6 copies or more. Tier assignments follow AMP/ASCO/CAP 2017. "
               "Tumor-only analysis; germline origin cannot be determined."),
    ])
    r.head("Tier III: variants of unknown significance", 2)
    r.tab([["Gene", "Alteration", "VAF"],
           ["KDM6A", "c.3601G>A p.A1201T", "22%"],
           ["ERCC2", "c.1847G>A p.R616Q", "19%"],
           ["ATM", "c.6067G>A p.G2023R", "47%"]],
          [0.15, 0.7, 0.15])
    r.p("Electronically signed by Desmond Achterberg, MD, 07/15/2024.", "small")
    r.lab("HER2", "amplification", "positive", "ERBB2 amplification (copy number 14)")
    r.lab("HER2", "expression", "positive", "HER2 IHC score 3+", ihc_score="3+")
    r.lab("TP53", "mutation", "positive", "c.853G>A p.E285K", alteration="E285K")
    r.lab("TMB", "signature", "negative", "TMB: 9.0 mut/Mb (Low", value="9.0 mut/Mb")
    r.lab("MSI", "signature", "negative", "MSI: MS-Stable")
    return r


# ---------------------------------------------------------------------------------------------
@report("8430")
def r8430():
    h = HOUSES["pacifica"]
    r = Report(h, "8430", dict(patient="Patient AD", dob="11/11/1963", sex="F", mrn="PTG-118207",
                               acc="PTG-EX-24-0316", reported="08/19/2024",
                               physician="Consolata Wexley-Amadi, MD"), "PTG-EX-24-0316")
    r.head("Specimens", 2)
    r.tab([["", "Sample", "Detail"],
           ["T", "Tumor", "Pancreatic tail, distal pancreatectomy, FFPE (P24-0193 B6), 55% "
            "tumor"],
           ["N", "Normal", "Peripheral blood, EDTA"]], [0.08, 0.22, 0.70])
    r.head("Clinical history", 2)
    r.p("Pancreatic ductal adenocarcinoma of the tail, pT2 pN1, resected 01/2024; adjuvant "
        "chemotherapy completed. Past history: sigmoid colon adenocarcinoma (2016), reported as "
        "MSI-high at the time. Mother with endometrial cancer at 49.")
    r.head("Key findings", 2)
    r.ps(["\u2022 Somatic KRAS p.(Gly12Asp) and TP53 p.(Tyr163Cys).",
          "\u2022 Germline pathogenic PALB2 variant with somatic loss of the second allele.",
          "\u2022 Secondary finding: germline pathogenic MSH6 variant (Lynch syndrome).",
          "\u2022 Tumor microsatellite stable; TMB 1.2 mut/Mb."])
    r.head("Somatic variants", 2)
    r.tab([["Gene", "Variant", "VAF"],
           ["KRAS", "c.35G>A p.(Gly12Asp)", "0.19"],
           ["TP53", "c.488A>G p.(Tyr163Cys)", "0.17"],
           ["SMAD4", "homozygous deletion", "\u2014"],
           ["PALB2", "LOH (loss of wild-type allele)", "\u2014"]], [0.2, 0.62, 0.18])
    r.head("Germline findings", 2)
    r.tab([["Gene", "Variant", "Class"],
           ["PALB2", "c.3113G>A p.(Trp1038*), het.", "Pathogenic"]], [0.2, 0.56, 0.24])
    r.p("BRCA1 and BRCA2: no pathogenic germline variants. No other pathogenic variants in the "
        "primary cancer predisposition genes.")
    r.p("**Secondary (incidental) finding,** reported with the patient's consent: MSH6 "
        "c.3261dup p.(Phe1088Leufs*5), heterozygous, pathogenic. Germline MSH6 variants cause "
        "Lynch syndrome.")
    r.head("Tumor features", 2)
    r.tab([["Feature", "Result"],
           ["Microsatellite status", "Stable (MSIsensor 1.1%)"],
           ["Tumor mutational burden", "1.2 mut/Mb"],
           ["MSH6 immunostain (referring laboratory)", "Retained"],
           ["HRD score (scarHRD)", "48 (research use only)"]], [0.55, 0.45])
    r.head("Interpretation", 2)
    r.p("The germline PALB2 variant with somatic loss of the wild-type allele indicates biallelic "
        "PALB2 inactivation, which predicts sensitivity to platinum and supports consideration of "
        "PARP inhibitor trials. The MSH6 finding is unrelated to this tumor, which is "
        "microsatellite stable with retained MSH6 expression and shows no second MSH6 hit; it "
        "is, however, relevant to the patient's earlier colon cancer and to relatives.")
    r.head("Recommendations", 2)
    r.p("Referral to cancer genetics for PALB2 and MSH6 (Lynch syndrome) counseling, cascade "
        "testing of relatives, and colonoscopic and gynecologic surveillance per guidelines.")
    r.head("Methods", 2)
    r.p("Whole-exome sequencing of tumor and normal DNA (hybrid capture; mean depth 220x tumor, "
        "110x normal; GRCh38). Somatic variants are those absent from the normal. Germline "
        "analysis covers 86 cancer predisposition genes; secondary findings follow the ACMG SF "
        "list for consenting patients. TMB counts somatic coding variants per megabase of "
        "exome. MSI by MSIsensor. The scarHRD score is a research metric without a validated "
        "clinical threshold. This is a CLIA-certified laboratory-developed test.", "small")
    r.p("Signed: Bartholomew Ngata-Lindqvist, PhD, FACMG; Seraphine Duval-Okoro, MD.", "small")
    r.template("Wide")
    r.head("Appendix: sequencing quality metrics", 2)
    r.tab([["Metric", "Tumor (T)", "Normal (N)", "Requirement", "Status"],
           ["Mean target depth", "220x", "110x", "150x T / 80x N", "Pass"],
           ["Targets at 20x or more", "97.9%", "98.6%", "95% or more", "Pass"],
           ["Duplicate rate", "18%", "9%", "Under 30%", "Pass"],
           ["Tumor-normal identity (SNP concordance)", "99.8%", "\u2014", "99% or more", "Pass"],
           ["Tumor-in-normal contamination", "\u2014", "0%", "Under 5%", "Pass"],
           ["Estimated tumor purity", "41%", "\u2014", "20% or more", "Pass"]],
          [0.36, 0.14, 0.14, 0.22, 0.14], avail=h.full_width)
    r.p("Genes in the germline predisposition analysis: APC, ATM, BAP1, BARD1, BRCA1, BRCA2, "
        "BRIP1, CDH1, CDK4, CDKN2A, CHEK2, EPCAM, MLH1, MSH2, MSH6, MUTYH, NBN, NF1, PALB2, PMS2, "
        "POLD1, POLE, PTEN, RAD51C, RAD51D, SMAD4, STK11, TP53, VHL and 57 others listed on the "
        "test information sheet.", "small")
    r.lab("KRAS", "mutation", "positive", "c.35G>A p.(Gly12Asp)", alteration="G12D")
    r.lab("TP53", "mutation", "positive", "c.488A>G p.(Tyr163Cys)", alteration="Y163C")
    r.lab("MSH6", "mutation", "positive", "c.3261dup p.(Phe1088Leufs*5)",
          alteration="F1088Lfs*5")
    r.lab("BRCA1", "mutation", "negative", "BRCA1 and BRCA2: no pathogenic germline variants")
    r.lab("BRCA2", "mutation", "negative", "BRCA1 and BRCA2: no pathogenic germline variants")
    r.lab("MSI", "signature", "negative", "Stable (MSIsensor 1.1%)")
    r.lab("TMB", "signature", "reported", "Tumor mutational burden 1.2 mut/Mb",
          value="1.2 mut/Mb")
    r.lab("MSH6", "expression", "positive", ["MSH6 immunostain (referring", "Retained"])
    r.lab("MSI", "signature", "positive", "MSI-high at the time", optional=True)
    return r
