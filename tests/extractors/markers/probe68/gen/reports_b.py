"""Reports 8411-8420."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from lib import Bar, Report
from labs import HOUSES
from common import HRR_GENES

REPORTS = {}


def report(rid):
    def deco(fn):
        REPORTS[rid] = fn
        return fn
    return deco


def banner(r, text, color):
    p = r.para(text, "cell", textColor=colors.black)
    t = Table([[p]], colWidths=[r.h.body_width], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, color),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4d6")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    r.add(t)


# ---------------------------------------------------------------------------------------------
@report("8411")
def r8411():
    h = HOUSES["greystone"]
    r = Report(h, "8411", dict(
        patient="Patient K", acc="S24-08813", mrn="GMC-2209714", dob="09/23/1959", sex="F",
        physician="Ottoline Brandvold, MD", loc="Main OR / Gyn Onc", collected="02/05/2024",
        received="02/05/2024", reported="02/09/2024 (addendum 03/04/2024)"), "S24-08813")
    r.p("*** THIS REPORT CONTAINS AN ADDENDUM (SEE END OF REPORT) ***", "center",
        fontName=h.fb)
    r.head("Final diagnosis", 1)
    for line in ["A. RIGHT OVARY AND FALLOPIAN TUBE, SALPINGO-OOPHORECTOMY:",
                 "- HIGH-GRADE SEROUS CARCINOMA, involving ovarian surface and parenchyma (7.8 cm).",
                 "- Fallopian tube with serous tubal intraepithelial carcinoma (STIC) in the "
                 "fimbria.",
                 "B. LEFT OVARY AND FALLOPIAN TUBE, SALPINGO-OOPHORECTOMY:",
                 "- HIGH-GRADE SEROUS CARCINOMA (3.1 cm), surface involvement present.",
                 "C. UTERUS AND CERVIX, HYSTERECTOMY:",
                 "- Serosal implants of high-grade serous carcinoma; endometrium inactive; cervix "
                 "without tumor.",
                 "D. OMENTUM, OMENTECTOMY:",
                 "- Metastatic high-grade serous carcinoma, largest deposit 4.2 cm.",
                 "E. LYMPH NODES, RIGHT AND LEFT PELVIC, EXCISION:",
                 "- Six lymph nodes, negative for carcinoma (0/6)."]:
        if line.startswith("-"):
            r.p(line, leftIndent=14, spaceAfter=1)
        else:
            r.p(line, fontName=h.fb, spaceAfter=1)
    r.p("Summary stage: FIGO IIIC; pT3c pN0 (AJCC 8th edition). See synoptic report in the "
        "electronic record.")
    r.head("Immunohistochemistry", 1)
    r.p("Immunohistochemical stains were performed on block A3. The tumor cells are positive for "
        "PAX8 and WT1. p53 shows aberrant diffuse strong nuclear overexpression (mutation-type "
        "pattern). p16 shows diffuse block-type staining. Estrogen receptor: positive (80% of "
        "tumor cells, moderate intensity). Progesterone receptor: negative (<1%). Ki-67 "
        "proliferation index approximately 60%.")
    r.p("Antibodies: PAX8 (MRQ-50), WT1 (6F-H2), p53 (DO-7), p16 (E6H4), ER (SP1), PR (1E2), "
        "Ki-67 (30-9). Appropriate positive and negative controls were reviewed and stained as "
        "expected.", "small")
    r.head("Ancillary testing", 1)
    r.p("Tumor BRCA1/BRCA2 testing with genomic instability score was requested by Dr. Brandvold "
        "and block D2 was sent to Meridian Oncology Diagnostics on 02/12/2024. Result to follow "
        "as an addendum. HER2 testing was not requested.")
    r.head("Gross description", 1)
    r.p("Received fresh in five containers, each labeled with the patient's name and medical "
        "record number. Container A, labeled 'right tube and ovary', holds a 7.8 x 6.5 x 5.0 cm "
        "ovary with a shaggy, tan-white surface excrescence covering approximately 60% of the "
        "surface, and an attached 6.2 cm fallopian tube. Sectioning shows solid and cystic "
        "tan-white tumor with necrosis. The fimbriated end is submitted entirely (SEE-FIM). "
        "Container B, labeled 'left tube and ovary', holds a 3.4 cm ovary with a 3.1 cm surface "
        "nodule. Container C holds a 92 g uterus with cervix; several 0.2-0.6 cm serosal nodules "
        "are present. Container D holds a 24 x 12 x 2 cm omentum with multiple firm nodules up "
        "to 4.2 cm. Container E holds fibroadipose tissue with six candidate lymph nodes.")
    r.p("Cassette summary: A1-A6 right ovary; A7-A8 right tube and fimbria; B1-B4 left ovary "
        "and tube; C1-C8 uterus; D1-D4 omentum; E1-E3 lymph nodes.", "small")
    r.head("Microscopic description", 1)
    r.p("Sections show a high-grade serous carcinoma with papillary, solid and slit-like glandular "
        "architecture, marked nuclear atypia, prominent nucleoli and abundant mitoses (up to 18 "
        "per 10 high-power fields). Areas of solid, pseudo-endometrioid and transitional (SET) "
        "morphology are present, a pattern associated with homologous recombination deficiency. "
        "No chemotherapy response is evaluable (primary surgery).")
    r.p("Wilhelmina Achebe-Strand, MD, Pathologist. Electronically signed 02/09/2024 15:22.",
        fontName=h.fi)
    r.cond(120)
    r.head("Addendum 1 (03/04/2024): tumor BRCA1/BRCA2 and HRD results", 1)
    r.p("Tumor BRCA1/BRCA2 sequencing (Meridian Oncology Diagnostics, accession MHD-24-03117, "
        "block D2, tumor content 65%):")
    r.tab([["Gene", "Result", "Detail"],
           ["BRCA1", "DETECTED", "c.5266dupC p.(Gln1756Profs*74), pathogenic; variant allele "
            "fraction 71%"],
           ["BRCA2", "Not detected", "No pathogenic or likely pathogenic variant"]],
          [0.15, 0.2, 0.65])
    r.space(3)
    r.p("BRCA2: no pathogenic or likely pathogenic variant detected. Genomic Instability Score "
        "66 (HRD positive; threshold 42). The tumor test cannot distinguish germline from somatic "
        "origin; the BRCA1 variant is a recognized founder variant and the patient has been "
        "referred to the Cancer Genetics Clinic for germline testing. The full external report "
        "is available in the electronic record.")
    r.p("Addendum by Wilhelmina Achebe-Strand, MD. Electronically signed 03/04/2024 09:10.",
        fontName=h.fi)
    r.lab("TP53", "expression", "positive", "p53 shows aberrant diffuse strong nuclear "
          "overexpression")
    r.lab("ER", "expression", "positive", "Estrogen receptor: positive (80% of tumor cells",
          percent=80)
    r.lab("PR", "expression", "negative", "Progesterone receptor: negative (<1%)", value="<1%")
    r.lab("Ki-67", "expression", "reported", "Ki-67 proliferation index approximately 60%",
          percent=60)
    r.lab("BRCA1", "mutation", "positive", "c.5266dupC p.(Gln1756Profs*74)",
          alteration="Q1756Pfs*74")
    r.lab("BRCA2", "mutation", "negative",
          "BRCA2: no pathogenic or likely pathogenic variant detected")
    return r


# ---------------------------------------------------------------------------------------------
@report("8412")
def r8412():
    h = HOUSES["cartwright"]
    r = Report(h, "8412", dict(
        patient="Patient L", dob="06/08/1952", sex="Male", acc="CG-24-131502",
        product="CartwrightONE\u00ae Tissue \u00b7 Comprehensive Genomic Profile"),
        "CartwrightONE Tissue report CG-24-131502")
    r.kvs([("Patient", "Patient L"), ("Disease", "Pancreas ductal adenocarcinoma"),
           ("Date of birth", "06/08/1952"), ("Specimen site", "Pancreas, head"),
           ("Sex", "Male"), ("Specimen ID", "SP24-1187 A9 (FFPE)"),
           ("Medical record #", "HV-0093311"), ("Specimen type", "Pancreaticoduodenectomy"),
           ("Ordering physician", "Anjali Strommen, MD"), ("Date of collection", "05/02/2024"),
           ("Medical facility", "High Valley Cancer Partners"),
           ("Specimen received", "05/13/2024"),
           ("Pathologist", "Graham Tolliver-Ng, MD"), ("Tumor nuclei (pathology review)", "25%")],
          ncols=2, keyfrac=0.36, size=8)
    r.head("Report summary", 1)
    r.boxes([("Microsatellite status", "Cannot Be Determined", "insufficient tumor content at "
              "MSI loci"),
             ("Tumor Mutational Burden", "1 Muts/Mb", "TMB-Low"),
             ("Genomic findings", "4", "reportable alterations"),
             ("Variants of unknown significance", "4", "see appendix")])
    r.space(4)
    r.tab([["Gene", "Alteration", "VAF %", "Interpretation"],
           ["KRAS", "G12R (c.34G>C)", "11.2", "Activating hotspot alteration; oncogenic driver."],
           ["TP53", "R248W (c.742C>T)", "13.0", "Pathogenic DNA-binding domain alteration."],
           ["CDKN2A", "loss (exons 1-3)", "\u2014", "Homozygous deletion; p16INK4a and p14ARF "
            "loss."],
           ["SMAD4", "R361H (c.1082G>A)", "10.4", "Inactivating MH2-domain alteration."]],
          [0.12, 0.26, 0.09, 0.53], zebra=True)
    r.space(3)
    r.p("Pertinent negatives: BRCA1, BRCA2 and PALB2: no reportable alterations. NTRK1/2/3 and "
        "NRG1 fusions: not detected. Note that microsatellite status could not be determined for "
        "this sample; consider MMR immunohistochemistry on the resection specimen.", "small")
    r.head("Therapy associations", 1)
    r.tab([["Alteration", "Approved in patient's tumor type", "Approved in another tumor type",
            "Potential resistance"],
           ["KRAS G12R", "None", "None", "Cetuximab, panitumumab (colorectal)"],
           ["TP53 R248W", "None", "None", "None known"],
           ["CDKN2A loss", "None", "None", "None known"],
           ["SMAD4 R361H", "None", "None", "None known"]],
          [0.16, 0.28, 0.28, 0.28])
    r.head("Genomic findings: detail", 1)
    r.head("KRAS  G12R (c.34G>C)", 2)
    r.p("KRAS encodes a GTPase that transduces signals from receptor tyrosine kinases. Mutations "
        "at codon 12 impair GTP hydrolysis and are present in more than 90% of pancreatic ductal "
        "adenocarcinomas; G12R accounts for roughly 15% of these. There are no approved "
        "therapies targeting KRAS G12R; G12C-selective inhibitors are not expected to be active. "
        "Pan-RAS and multi-selective RAS(ON) inhibitors are under investigation.")
    r.head("TP53  R248W (c.742C>T)", 2)
    r.p("TP53 loss of function is common in pancreatic cancer and has no approved targeted "
        "therapy. __Potential germline implications:__ germline TP53 variants cause Li-Fraumeni "
        "syndrome; at an allele fraction of 13% in a 25% tumor sample this alteration is most "
        "likely somatic.")
    r.head("CDKN2A  loss;  SMAD4  R361H", 2)
    r.p("Biallelic CDKN2A loss and SMAD4 inactivation are characteristic of pancreatic ductal "
        "adenocarcinoma. Preclinical data suggest CDK4/6 inhibitor sensitivity with CDKN2A loss; "
        "clinical benefit in pancreatic cancer has not been shown.")
    r.head("Clinical trials", 1)
    r.tab([["Trial ID", "Title", "Phase", "Targets", "Nearest site"],
           ["NCT09301877", "Multi-selective RAS(ON) inhibitor versus gemcitabine plus "
            "nab-paclitaxel in previously treated metastatic pancreatic cancer", "3", "KRAS",
            "Boise, ID"],
           ["NCT09318024", "KRAS G12R- and G12D-targeted vaccine after resection of pancreatic "
            "adenocarcinoma", "1", "KRAS", "Salt Flats, UT"],
           ["NCT09327460", "Palbociclib plus an ERK inhibitor in CDKN2A-deleted solid tumors",
            "1/2", "CDK4/6, ERK", "Denver, CO"]],
          [0.14, 0.48, 0.07, 0.13, 0.18])
    r.head("Appendix: variants of unknown significance", 1)
    r.p("ARID1B A407V; ERBB2 P1140A; KMT2D P2354S; LRP1B E3345K. These variants are not known to "
        "be pathogenic and are not used for therapy selection.")
    r.head("Methods and limitations", 1)
    r.p("Hybridization capture-based sequencing of 324 genes from FFPE tumor DNA (median unique "
        "coverage 540x) and of 36 genes' rearrangement introns. Tumor mutational burden is "
        "measured on 0.8 Mb of coding sequence. Microsatellite status requires sufficient tumor "
        "content at the 95 assessed loci; when this is not met the status is reported as 'Cannot "
        "Be Determined' and no inference should be made. This is not a germline test. Report "
        "approved electronically by Miriam Okonkwo-Hale, MD, 05/28/2024.", "small")
    r.lab("KRAS", "mutation", "positive", "G12R (c.34G>C)", alteration="G12R")
    r.lab("TP53", "mutation", "positive", "R248W (c.742C>T)", alteration="R248W")
    r.lab("TMB", "signature", "negative", ["1 Muts/Mb", "TMB-Low"], value="1 Muts/Mb")
    r.lab("BRCA1", "mutation", "negative", "BRCA1, BRCA2 and PALB2: no reportable alterations")
    r.lab("BRCA2", "mutation", "negative", "BRCA1, BRCA2 and PALB2: no reportable alterations")
    r.lab("NTRK", "fusion", "negative", "NTRK1/2/3 and NRG1 fusions: not detected")
    return r


# ---------------------------------------------------------------------------------------------
@report("8413")
def r8413():
    h = HOUSES["northfield"]
    r = Report(h, "8413", dict(
        patient="Patient M", mrn="NU-01190357", dob="11/27/1957", sex="F", acc="M24-4102",
        physician="Beatrix Holloway-Imre, MD", facility="NUMC Gynecologic Oncology",
        collected="03/11/2024 (tumor); 03/19/2024 (blood)", received="03/20/2024",
        reported="04/02/2024"), "NUMC OncoSeq 523 M24-4102")
    r.p("NUMC OncoSeq 523: Paired Tumor-Normal Sequencing Report", "h1", textColor=h.accent)
    r.head("Clinical information", 1)
    r.p("66-year-old woman with endometrioid adenocarcinoma of the endometrium, FIGO grade 2, "
        "stage IIIC1, total hysterectomy specimen S24-04471. Referring pathology: mismatch repair "
        "immunohistochemistry showed loss of MLH1 and PMS2 nuclear expression with retained MSH2 "
        "and MSH6 (mismatch repair deficient). MLH1 promoter methylation testing at an outside "
        "laboratory: methylated. Sequencing requested to complete molecular classification and "
        "to assess for Lynch syndrome.")
    r.head("Results summary", 1)
    r.ps(["1. **Microsatellite instability-high** with a high tumor mutational burden (38.2 "
          "mutations/Mb).",
          "2. **No germline pathogenic variant** in the Lynch syndrome genes; together with MLH1 "
          "promoter methylation this supports sporadic mismatch repair deficiency.",
          "3. **Somatic variants** in PIK3CA, KRAS, PTEN, ARID1A and RNF43; no POLE exonuclease "
          "domain mutation; TP53 wild-type. Molecular class: MMR-deficient (NSMP, POLEmut and "
          "p53abn excluded)."])
    r.head("I. Somatic variants (Tier I/II)", 1)
    r.tab([["Gene", "Variant (HGVS)", "VAF", "Tier", "Comment"],
           ["PIK3CA", "c.263G>A p.(Arg88Gln)", "27.4%", "II-C", "Activating ABD-domain variant"],
           ["KRAS", "c.38G>A p.(Gly13Asp)", "19.1%", "II-C", "Activating hotspot"],
           ["PTEN", "c.697C>T p.(Arg233*)", "41.0%", "II-C", "Truncating; loss of function"],
           ["ARID1A", "c.4635dup p.(Gly1546Argfs*?)", "22.8%", "II-D", "Truncating"],
           ["RNF43", "c.1976del p.(Gly659Valfs*41)", "30.2%", "II-D", "Recurrent MSI-associated "
            "frameshift"]],
          [0.1, 0.36, 0.1, 0.08, 0.36])
    r.p("Pertinent negatives: POLE exonuclease domain (exons 9-14): no pathogenic variant. "
        "TP53: no pathogenic variant detected.")
    r.head("II. Genomic signatures", 1)
    r.tab([["Signature", "Result", "Threshold"],
           ["Microsatellite instability", "MSI-High (MSIsensor score 28.4%)",
            "MSI-High if 3.5% or more of sites unstable"],
           ["Tumor mutational burden", "38.2 mutations/Mb (high)", "High if 10 mutations/Mb or "
            "more"]],
          [0.3, 0.36, 0.34])
    r.head("III. Germline findings (normal comparator)", 1)
    r.p("No pathogenic or likely pathogenic germline variants were identified in MLH1, MSH2, MSH6, "
        "PMS2 or EPCAM (sequence and copy number). One germline variant of uncertain significance "
        "was observed: MSH6 c.1304T>C p.(Leu435Pro), heterozygous. It is not considered to explain "
        "the tumor phenotype, given MLH1/PMS2 loss and MLH1 promoter methylation.")
    r.p("Secondary findings: the patient declined analysis of secondary findings genes.")
    r.head("IV. Interpretation", 1)
    r.p("The tumor is mismatch repair deficient and microsatellite instability-high, most likely "
        "as a result of somatic MLH1 promoter hypermethylation. Immune checkpoint inhibitors "
        "(pembrolizumab, dostarlimab) are approved for dMMR/MSI-H endometrial carcinoma in the "
        "advanced or recurrent setting, alone or with chemotherapy. Because the germline analysis "
        "is negative and methylation is present, Lynch syndrome is unlikely; genetic counseling "
        "is still offered given the patient's age and family history of colorectal cancer.")
    r.head("Methods", 1)
    r.p("Paired tumor (FFPE, 60% tumor) and blood DNA were sequenced with the OncoSeq 523 panel. "
        "MSI is estimated with MSIsensor over about 1,800 microsatellite loci; TMB is the number "
        "of somatic nonsynonymous variants per megabase of targeted coding sequence (1.4 Mb). "
        "MLH1 promoter methylation was not tested by this laboratory. Limitations as described "
        "in the OncoSeq 523 test information sheet.", "small")
    r.space(6)
    r.p("Electronically signed: Priyanka Vald\u00e9s-Moor, MD, Molecular Genetic Pathology, "
        "04/02/2024 11:05")
    r.lab("MLH1", "expression", "negative", "loss of MLH1 and PMS2 nuclear expression")
    r.lab("PMS2", "expression", "negative", "loss of MLH1 and PMS2 nuclear expression")
    r.lab("MSH2", "expression", "positive", "retained MSH2 and MSH6")
    r.lab("MSH6", "expression", "positive", "retained MSH2 and MSH6")
    r.lab("MMR", "signature", "positive", "(mismatch repair deficient)")
    r.lab("PIK3CA", "mutation", "positive", "c.263G>A p.(Arg88Gln)", alteration="R88Q")
    r.lab("KRAS", "mutation", "positive", "c.38G>A p.(Gly13Asp)", alteration="G13D")
    r.lab("TP53", "mutation", "negative", "TP53: no pathogenic variant detected")
    r.lab("MSI", "signature", "positive", "MSI-High (MSIsensor score 28.4%)")
    r.lab("TMB", "signature", "positive", "38.2 mutations/Mb (high)", value="38.2 mutations/Mb")
    ev = "germline variants were identified in MLH1, MSH2, MSH6, PMS2 or EPCAM"
    for g in ("MLH1", "MSH2", "MSH6", "PMS2"):
        r.lab(g, "mutation", "negative", ev)
    return r


# ---------------------------------------------------------------------------------------------
@report("8414")
def r8414():
    h = HOUSES["meridian"]
    r = Report(h, "8414", dict(patient="Patient N", dob="02/14/1971", acc="MHD-24-04479"),
               "Meridian HRD Select MHD-24-04479 (amended)")
    banner(r, "**AMENDED REPORT (version 2, issued 03/11/2024).** This report supersedes the "
           "report issued 03/02/2024. Reason for amendment: correction of BRCA2 variant "
           "nomenclature. The variant was previously reported as BRCA2 c.6274delG; the correct "
           "description is c.6275_6276del p.(Leu2092Profs*7). The classification (pathogenic) "
           "and all other results are unchanged.", colors.HexColor("#c98a00"))
    r.space(6)
    r.kvs([("Patient", "Patient N"), ("Accession", "MHD-24-04479"),
           ("Date of birth", "02/14/1971"), ("Specimen", "Omentum, FFPE block 4B"),
           ("Sex", "Female"), ("Tumor content", "70%"),
           ("Ordering provider", "Isidore Vantongeren, MD"), ("Collected", "02/09/2024"),
           ("Institution", "Coyote Springs Oncology"), ("Received", "02/15/2024"),
           ("Diagnosis", "High-grade serous carcinoma, fallopian tube primary, stage IVA"),
           ("Reported", "03/11/2024 (amended)")], ncols=2, keyfrac=0.3, mode="box")
    r.head("RESULTS", 1)
    r.boxes([("HRD STATUS", "POSITIVE", "BRCA2 mutation and GIS above threshold"),
             ("GENOMIC INSTABILITY SCORE", "63", "threshold 42 \u00b7 range 0-100"),
             ("TUMOR BRCA1/BRCA2", "BRCA2 DETECTED", "pathogenic variant")], big_size=13)
    r.space(6)
    r.p("**Tumor BRCA1/BRCA2 Mutation Status: Positive.** A pathogenic BRCA2 variant was "
        "detected: c.6275_6276del p.(Leu2092Profs*7), variant allele fraction 64%. No "
        "pathogenic or likely pathogenic variant was detected in BRCA1.")
    r.p("**Genomic Instability Score: 63 (HRD positive).**")
    r.add(Bar(0.63, 300, 7, color=h.accent, mark_at=0.42))
    r.space(6)
    r.tab([["Gene", "Variant", "Protein", "VAF", "Classification"],
           ["BRCA2", "c.6275_6276del", "p.(Leu2092Profs*7)", "64%", "Pathogenic"]],
          [0.14, 0.24, 0.26, 0.12, 0.24])
    r.head("Score components", 2)
    r.tab([["LOH", "TAI", "LST", "GIS (sum)"], ["20", "23", "20", "63"]], [0.25] * 4)
    r.head("Interpretation", 2)
    r.p("This tumor is HRD positive by both criteria: a deleterious tumor BRCA2 mutation and a "
        "Genomic Instability Score above 42. Deleterious BRCA mutations have been associated "
        "with benefit from PARP inhibitors as maintenance therapy after response to platinum. "
        "The variant allele fraction of 64% in a 70% tumor sample is compatible with a germline "
        "variant with loss of the wild-type allele; germline testing is recommended to determine "
        "the origin of the variant and implications for relatives.")
    r.head("Version history", 2)
    r.tab([["Version", "Issued", "Change"],
           ["1", "03/02/2024", "Original report"],
           ["2", "03/11/2024", "BRCA2 cDNA nomenclature corrected; protein change added (this "
            "version)"]],
          [0.14, 0.2, 0.66])
    r.head("Methods and limitations", 2)
    r.p("Tumor DNA was analyzed by hybridization capture and sequencing of the coding regions of "
        "BRCA1 and BRCA2 and of about 27,000 genome-wide SNPs used to derive LOH, TAI and LST. "
        "The assay does not distinguish germline from somatic variants, does not detect large "
        "rearrangements in BRCA1/BRCA2, and does not report other homologous recombination genes. "
        "Minimum tumor content 30%.", "small")
    r.p("Amended report reviewed and approved: Tobias Rennick, MD, PhD, 03/11/2024.", "small")
    r.lab("BRCA2", "mutation", "positive", "c.6275_6276del p.(Leu2092Profs*7)",
          alteration="L2092Pfs*7")
    r.lab("BRCA1", "mutation", "negative",
          "No pathogenic or likely pathogenic variant was detected in BRCA1")
    return r


# ---------------------------------------------------------------------------------------------
@report("8415")
def r8415():
    h = HOUSES["stbrendan"]
    r = Report(h, "8415", dict(
        patient="Patient O", mrn="00512876", dob="08/30/1954", sex="F", acc="MP24-01244",
        loc="GYN ONC CLINIC", physician="P. Nakashima-Ruiz MD", collected="04/02/2024",
        received="04/03/2024", reported="04/16/2024", printed="04/16/2024 10:47",
        dept="MOLECULAR PATHOLOGY - SOLID TUMOR GENOMICS"), "MP24-01244")
    r.mono(["BRCA1/BRCA2 TUMOR MUTATION ANALYSIS (NEXT-GENERATION SEQUENCING)      STATUS: FINAL"],
           bold=True)
    r.mono("""
SPECIMEN:    PERITONEAL BIOPSY, BLOCK B2 (SURGICAL PATHOLOGY CASE SP24-03391)
NEOPLASTIC CELLULARITY: 50% (ESTIMATED ON H&E BY DR. O'FARRELL-BIANCO)
DIAGNOSIS:   HIGH-GRADE SEROUS CARCINOMA, TUBO-OVARIAN ORIGIN
INDICATION:  NEWLY DIAGNOSED ADVANCED OVARIAN CANCER; NEOADJUVANT CHEMOTHERAPY PLANNED
""".split("\n"))
    r.mono(["RESULT:      NEGATIVE",
            "             NO PATHOGENIC OR LIKELY PATHOGENIC VARIANT DETECTED IN BRCA1 OR BRCA2."],
           bold=True)
    r.mono("""
VARIANTS OF UNCERTAIN SIGNIFICANCE:
  GENE    HGVS (CDNA)       HGVS (PROTEIN)        VAF    CLASSIFICATION
  ------  ----------------  --------------------  -----  ------------------------------------
  BRCA2   C.7522G>A         P.(GLY2508SER)        47%    UNCERTAIN SIGNIFICANCE (CLASS 3)

  BENIGN AND LIKELY BENIGN VARIANTS (CLASS 1-2) ARE NOT REPORTED.

QUALITY METRICS:
  TARGETED BASES AT >= 500X:   100%
  MEAN DEPTH OF COVERAGE:      1,840X
  DNA INPUT / LIBRARY YIELD:   PASS / PASS

INTERPRETATION:
  NO PATHOGENIC OR LIKELY PATHOGENIC SEQUENCE VARIANT WAS IDENTIFIED IN THE CODING REGIONS OF
  BRCA1 OR BRCA2 IN THIS TUMOR SAMPLE. THE BRCA2 VARIANT OF UNCERTAIN SIGNIFICANCE SHOULD NOT
  BE USED FOR CLINICAL DECISION MAKING; AT A VAF OF 47% IT MAY BE GERMLINE.

  A NEGATIVE TUMOR RESULT DOES NOT EXCLUDE A GERMLINE BRCA1/BRCA2 VARIANT, IN PARTICULAR A
  LARGE REARRANGEMENT (EXON DELETION OR DUPLICATION), WHICH THIS ASSAY DOES NOT RELIABLY
  DETECT IN TUMOR DNA. GERMLINE GENETIC TESTING IS RECOMMENDED FOR ALL PATIENTS WITH
  EPITHELIAL OVARIAN CANCER.

  HOMOLOGOUS RECOMBINATION DEFICIENCY (GENOMIC INSTABILITY) TESTING IS NOT PERFORMED AT THIS
  LABORATORY. IF REQUIRED FOR MAINTENANCE THERAPY SELECTION, BLOCK B2 CAN BE SENT TO A
  REFERENCE LABORATORY ON REQUEST.

ADDITIONAL GENES:  NOT TESTED. THIS ASSAY IS LIMITED TO BRCA1 AND BRCA2.

TARGETED REGIONS:
  GENE    TRANSCRIPT      REGIONS
  BRCA1   NM_007294.4     CODING EXONS 2-24 AND +/-20 BP OF FLANKING INTRON
  BRCA2   NM_000059.4     CODING EXONS 2-27 AND +/-20 BP OF FLANKING INTRON

METHODS:
  DNA WAS EXTRACTED FROM MACRODISSECTED FFPE TISSUE AND ENRICHED BY AMPLICON-BASED TARGET
  CAPTURE, THEN SEQUENCED ON A BENCHTOP NEXT-GENERATION SEQUENCER. VARIANTS ARE CALLED AT
  5% VARIANT ALLELE FREQUENCY OR ABOVE AND CLASSIFIED PER ACMG/AMP GUIDELINES. HOMOPOLYMER
  REGIONS LONGER THAN 7 BASES ARE REVIEWED MANUALLY. THIS TEST WAS DEVELOPED AND ITS
  PERFORMANCE CHARACTERISTICS DETERMINED BY ST. BRENDAN'S LABORATORY SERVICES; IT HAS NOT
  BEEN CLEARED OR APPROVED BY THE U.S. FOOD AND DRUG ADMINISTRATION.

MOLECULAR PATHOLOGIST:  ANIKA VOSS-MBEKI, MD, PHD   (ELECTRONICALLY SIGNED 04/16/2024 10:41)
""".split("\n"))
    ev = "NO PATHOGENIC OR LIKELY PATHOGENIC VARIANT DETECTED IN BRCA1 OR BRCA2."
    r.lab("BRCA1", "mutation", "negative", ev)
    r.lab("BRCA2", "mutation", "negative", ev)
    return r


# ---------------------------------------------------------------------------------------------
@report("8416")
def r8416():
    h = HOUSES["ashgrove"]
    r = Report(h, "8416", dict(
        patient="Patient P", mrn="AGH-6611402", acc="WGS-24-00588", reported="02/05/2024",
        product="Tumour\u2013germline paired analysis"), "Cancer WGS WGS-24-00588")
    r.kvs([("Patient", "Patient P"), ("Laboratory no.", "WGS-24-00588"),
           ("Hospital no.", "AGH-6611402"), ("Date of birth", "04/06/1968"),
           ("Sex", "Female"), ("Referring clinician", "Dr Coralie Mbeki-Hart, Gynae Oncology"),
           ("Clinical indication", "High-grade serous ovarian carcinoma, stage IIIC, "
            "treatment-naive"),
           ("Tumour sample", "Omental biopsy, fresh frozen (H24-0377)"),
           ("Germline sample", "Blood, EDTA"), ("Samples received", "05/01/2024"),
           ("Test", "Cancer whole genome sequencing, tumour and germline"),
           ("Report date", "02/05/2024")], ncols=2, keyfrac=0.33, mode="grid", size=7.6)
    r.head("Summary of findings", 1)
    r.ps(["\u2022 **Somatic BRCA1** c.1687C>T p.(Gln563*) with loss of the other allele "
          "(biallelic inactivation). No germline pathogenic variant in the ovarian cancer "
          "susceptibility genes analysed.",
          "\u2022 **TP53** c.817C>T p.(Arg273Cys).",
          "\u2022 Genome-wide features consistent with homologous recombination deficiency "
          "(BRCA1-type).",
          "\u2022 Tumour mutational burden 2.4 mut/Mb; microsatellite status: stable."])
    r.head("Germline findings", 1)
    r.p("Panel applied: G-OV9, inherited ovarian cancer (BRCA1, BRCA2, BRIP1, MLH1, MSH2, MSH6, "
        "PALB2, RAD51C, RAD51D), sequence and copy number. **Result: no pathogenic or likely "
        "pathogenic germline variant identified in BRCA1, BRCA2, BRIP1, MLH1, MSH2, MSH6, PALB2, "
        "RAD51C or RAD51D.**")
    r.p("This does not exclude a familial cancer predisposition in genes outside the panel. "
        "Additional (secondary) findings: not requested.", "small")
    r.head("Somatic small variants", 1)
    r.tab([["Gene", "Variant (HGVS)", "Consequence", "VAF", "Domain", "Comment"],
           ["BRCA1", "NM_007294.4:c.1687C>T p.(Gln563*)", "stop gained", "0.79", "1",
            "Somatic (absent from germline); LOH of 17q21 \u2014 biallelic"],
           ["TP53", "NM_000546.6:c.817C>T p.(Arg273Cys)", "missense", "0.83", "1",
            "Pathogenic; LOH of 17p"],
           ["NF1", "NM_001042492.3:c.2041C>T p.(Arg681*)", "stop gained", "0.31", "2",
            "Subclonal"]],
          [0.08, 0.31, 0.13, 0.07, 0.08, 0.33])
    r.space(3)
    r.p("BRCA2: no somatic variant detected. BRCA reversion analysis: no secondary BRCA1 variant "
        "restoring the open reading frame was identified (expected in a treatment-naive "
        "sample; relevant to PARP inhibitor resistance on later samples).", "small")
    r.head("Copy number", 1)
    r.tab([["Gene / region", "Event", "Copy number", "Comment"],
           ["BRCA1 (17q21.31)", "LOH", "1", "Loss of the wild-type allele"],
           ["CCNE1 (19q12)", "no amplification", "3", "Not amplified (amplification \u2265 8)"],
           ["MYC (8q24.21)", "amplification", "11", "Focal"],
           ["RB1 (13q14.2)", "heterozygous loss", "1", "\u2014"]],
          [0.24, 0.24, 0.14, 0.38])
    r.head("Genome-wide features", 1)
    r.tab([["Feature", "Result"],
           ["Tumour mutational burden", "2.4 mut/Mb"],
           ["Microsatellite status", "stable"],
           ["HRD classifier (CHORD)", "HR-deficient, BRCA1-type (probability 0.96); research "
            "use"],
           ["Signatures", "SBS3 41%; rearrangement signature RS3 (small tandem duplications)"],
           ["Purity / ploidy", "68% / 2.2"]],
          [0.34, 0.66])
    r.head("Therapeutic considerations (not a treatment recommendation)", 1)
    r.p("Biallelic somatic BRCA1 inactivation predicts sensitivity to platinum and supports "
        "first-line PARP inhibitor maintenance in line with the licensed indications for "
        "BRCA-mutated or HRD-positive ovarian cancer. As the BRCA1 variant is somatic, cascade "
        "testing of relatives is not indicated on the basis of this finding.")
    r.head("Technical information", 1)
    r.tab([["Metric", "Tumour", "Germline", "Pass criterion"],
           ["Mean depth", "104x", "38x", "\u2265 75x / \u2265 30x"],
           ["Cross-sample contamination", "0.2%", "0.1%", "< 1%"],
           ["Tumour-in-normal contamination", "\u2014", "0%", "< 5%"]],
          [0.38, 0.18, 0.18, 0.26])
    r.p("Methods as described for the Ashgrove Cancer WGS service (tumour-germline, GRCh38). "
        "Variants below 5% VAF, in low-mappability regions, and some complex structural variants "
        "may not be detected.", "small")
    r.p("Authorised by: Dr Rosalind Petrakis-Hume, Consultant Clinical Scientist \u00b7 "
        "Reviewed by: Dr Tobiah Greenhalgh-Oni, Consultant Histopathologist", "small")
    r.lab("BRCA1", "mutation", "positive", "c.1687C>T p.(Gln563*)", alteration="Q563*")
    ev = ("no pathogenic or likely pathogenic germline variant identified in BRCA1, BRCA2, "
          "BRIP1, MLH1, MSH2, MSH6")
    r.lab("BRCA1", "mutation", "negative", ev)
    r.lab("BRCA2", "mutation", "negative", [ev, "BRCA2: no somatic variant detected"])
    for g in ("MLH1", "MSH2", "MSH6"):
        r.lab(g, "mutation", "negative", ev)
    r.lab("TP53", "mutation", "positive", "c.817C>T p.(Arg273Cys)", alteration="R273C")
    r.lab("TMB", "signature", "reported", "Tumour mutational burden 2.4 mut/Mb",
          value="2.4 mut/Mb")
    r.lab("MSI", "signature", "negative", "microsatellite status: stable")
    return r


# ---------------------------------------------------------------------------------------------
@report("8417")
def r8417():
    h = HOUSES["halvorsen"]
    r = Report(h, "8417", dict(patient="Patient Q", dob="03/19/1960", acc="HG-2411095",
                               reported="06/21/2024", product="Hereditary Prostate and "
                               "Pan-Cancer Panel"), "Halvorsen Genetics HG-2411095")
    r.kvs([("Patient", "Patient Q"), ("Specimen", "Saliva, 1 kit"),
           ("Date of birth", "03/19/1960"), ("Collected", "06/03/2024"),
           ("Sex assigned at birth", "Male"), ("Received", "06/06/2024"),
           ("Ordering provider", "Lionel Ekwueme-Strand, MD"), ("Reported", "06/21/2024"),
           ("Genetic counselor", "Dana Whitcombe, MS, CGC"), ("Order", "HG-2411095")],
          ncols=2, keyfrac=0.36)
    r.p("**Indication for testing:** metastatic prostate cancer (Gleason 4+4), diagnosed at age "
        "63. Brother with pancreatic cancer at 58; father with colon cancer at 70.")
    r.boxes([("RESULT", "NEGATIVE", "no pathogenic or likely pathogenic variants identified")],
            big_size=15)
    r.space(4)
    r.p("No pathogenic or likely pathogenic variants were identified in ATM, BRCA1, BRCA2, "
        "CHEK2, EPCAM, HOXB13, MLH1, MSH2, MSH6, NBN, PALB2, PMS2 or TP53.")
    r.tab([["Variant of uncertain significance", "Zygosity", "Comment"],
           ["BRCA2 c.8187G>T p.(Lys2729Asn)", "Heterozygous", "Missense variant with limited and "
            "conflicting data. Not to be used for medical management or cascade testing."]],
          [0.4, 0.18, 0.42])
    r.head("What this result means", 2)
    r.columns([
        r.para("**Interpretation.** No inherited variant known to increase cancer risk was found "
               "in the genes analyzed. This lowers, but does not eliminate, the chance that the "
               "patient's cancer is due to an inherited predisposition. The family history may "
               "reflect variants in genes not tested, variants not detectable by current "
               "methods, or shared non-genetic factors."),
        r.para("**The BRCA2 variant of uncertain significance** is reported because BRCA2 is "
               "clinically actionable. Most such variants are eventually reclassified as benign. "
               "Halvorsen Genetics will issue an amended report if the classification changes."),
        r.para("**Recommendations.** Management should be based on the personal and family "
               "history. Tumor genomic profiling may still identify somatic alterations in "
               "homologous recombination repair genes, which can inform PARP inhibitor "
               "eligibility independently of this germline result. Relatives may wish to "
               "discuss screening with their providers; testing of relatives for the VUS is not "
               "recommended."),
    ])
    r.head("Genes analyzed", 2)
    genes = ["APC", "ATM", "BRCA1", "BRCA2", "CDH1", "CHEK2", "EPCAM", "HOXB13", "MLH1", "MSH2",
             "MSH6", "NBN", "PALB2", "PMS2", "PTEN", "RAD51C", "RAD51D", "STK11", "TP53"]
    r.p(", ".join(genes) + ". Analyzed for sequence variants and deletions/duplications; "
        "EPCAM deletion/duplication only.", "small")
    r.head("Methods and limitations", 2)
    r.p("DNA from saliva was enriched by hybridization capture and sequenced (mean depth over "
        "200x). Variants are classified by ACMG/AMP criteria with gene-specific modifications. "
        "Saliva samples may contain leukocyte DNA; results in individuals with hematologic "
        "malignancy or allogeneic transplant may not represent the germline. Benign and likely "
        "benign variants are not reported. Test developed and validated by Halvorsen Genetics.",
        "small")
    r.p("Signed: Ingrid Solberg-Ames, PhD, FACMG, Laboratory Director", "small")
    ev = ("identified in ATM, BRCA1, BRCA2, CHEK2, EPCAM, HOXB13, MLH1, MSH2, MSH6, NBN, PALB2, "
          "PMS2 or TP53")
    for g in ("BRCA1", "BRCA2", "MLH1", "MSH2", "MSH6", "PMS2", "TP53"):
        r.lab(g, "mutation", "negative", ev)
    return r


# ---------------------------------------------------------------------------------------------
@report("8418")
def r8418():
    h = HOUSES["lindqvist"]
    r = Report(h, "8418", dict(patient="Patient R", dob="1972-11-30", acc="LMP-24-0731",
                               reported="2024-04-12", product="BREAST BIOMARKER REPORT"),
               "LMP-24-0731")
    r.kvs([("Patient", "Patient R"), ("Born", "1972-11-30"), ("Sex", "Female"),
           ("Personal ID", "LI-721130-0826"),
           ("Requesting clinician", "Dr. Helle Ravn-Sundqvist, Breast Surgery"),
           ("Requesting unit", "Uppsund University Hospital"),
           ("Specimen", "Core needle biopsy, right breast 10 o'clock; block B24-5532 A1"),
           ("Diagnosis", "Invasive carcinoma of no special type, grade 2"),
           ("Fixation", "10% NBF, 18 h; cold ischaemia under 1 h"),
           ("Reported", "2024-04-12")], ncols=2, keyfrac=0.36, mode="box")
    W = h.body_width * 0.42
    r.head("Oestrogen receptor (ER), clone SP1", 2)
    r.check("Result", ["Positive", "Negative", "Not evaluable"], [0], label_w=W)
    r.kvs([("Percentage of cells with nuclear positivity", "85%"),
           ("Average intensity", "Strong"),
           ("Allred score (proportion + intensity)", "8 (5 + 3)"),
           ("Internal control", "Present, positive")], ncols=1, keyfrac=0.42)
    r.head("Progesterone receptor (PgR), clone 1E2", 2)
    r.check("Result", ["Positive", "Negative", "Not evaluable"], [0], label_w=W)
    r.kvs([("Percentage of cells with nuclear positivity", "5%"),
           ("Average intensity", "Weak"),
           ("Comment", "Low positive (1-10%)")], ncols=1, keyfrac=0.42)
    r.head("HER2 immunohistochemistry, clone 4B5", 2)
    r.check("Score", ["0", "1+", "2+", "3+"], [1], label_w=W)
    r.kvs([("Interpretation", "Negative (HER2-low)"),
           ("Pattern", "Faint incomplete membrane staining in about 30% of invasive tumour "
            "cells")], ncols=1, keyfrac=0.42)
    r.check("HER2 in situ hybridisation", ["Amplified", "Not amplified", "Equivocal",
                                          "Not performed"], [3], label_w=W, gap=10)
    r.head("Ki-67, clone MIB-1", 2)
    r.kvs([("Proliferation index", "18% (hot-spot count, 500 cells)")], ncols=1, keyfrac=0.42)
    r.head("Androgen receptor, clone SP107 (on clinician request)", 2)
    r.kvs([("Result", "Positive, 70% of tumour nuclei, moderate to strong")], ncols=1,
          keyfrac=0.42)
    r.head("PIK3CA mutation analysis (tissue, real-time PCR, exons 8, 10 and 21)", 2)
    r.check("Result", ["Not detected", "Detected", "Failed"], [1], label_w=W)
    r.p("Variant: p.His1047Arg (exon 21). The assay detects 11 hotspot variants in exons 8, 10 "
        "and 21; other PIK3CA variants are not detected.")
    r.head("Germline BRCA1/BRCA2", 2)
    r.p("Referred to Clinical Genetics (age under 55 with a family history); the result will be "
        "issued by the genetics laboratory and is not part of this report.")
    r.head("HER2 IHC scoring criteria (ASCO/CAP 2023)", 2)
    r.tab([["Score", "Staining pattern", "Category"],
           ["0", "No staining, or incomplete faint membrane staining in 10% of cells or fewer",
            "Negative"],
           ["1+", "Incomplete faint membrane staining in more than 10% of cells", "Negative "
            "(HER2-low)"],
           ["2+", "Weak to moderate complete membrane staining in more than 10% of cells",
            "Equivocal: reflex ISH"],
           ["3+", "Circumferential intense complete membrane staining in more than 10% of cells",
            "Positive"]],
          [0.1, 0.64, 0.26], size=7.6)
    r.p("Methods: IHC on an automated platform with on-slide external controls (tonsil, breast "
        "tissue microarray) that stained as expected. ER and PgR are reported per ASCO/CAP 2020; "
        "1-10% is reported as low positive. Ki-67 per the International Ki67 in Breast Cancer "
        "Working Group recommendations. Reporting pathologist: Dr. Mattias Roos-Achterberg. "
        "Signed electronically 2024-04-12.", "small")
    r.lab("ER", "expression", "positive", "Percentage of cells with nuclear positivity 85%",
          percent=85)
    r.lab("PR", "expression", "positive", "Percentage of cells with nuclear positivity 5%",
          percent=5)
    r.lab("HER2", "expression", "negative", ["Score 0 X 1+", "Negative (HER2-low)"],
          ihc_score="1+")
    r.lab("Ki-67", "expression", "reported", "Proliferation index 18%", percent=18)
    r.lab("AR", "expression", "positive", "Positive, 70% of tumour nuclei", percent=70)
    r.lab("PIK3CA", "mutation", "positive", "p.His1047Arg (exon 21)", alteration="H1047R")
    return r


# ---------------------------------------------------------------------------------------------
@report("8419")
def r8419():
    h = HOUSES["cobalt"]
    r = Report(h, "8419", dict(patient="Patient S", acc="CRL-24-31877", reported="06/24/2024",
                               product="Solid Tumor Mutation Profile (CRL-TumorSeq 161)"),
               "CRL-24-31877")
    r.kvs([("DOB", "12/02/1975"), ("Sex", "Female"), ("MRN", "TH-402267"),
           ("Diagnosis", "Melanoma, cutaneous, metastatic"),
           ("Specimen", "Axillary lymph node, excision"), ("Block", "SN24-2190 B3"),
           ("Tumor", "80% (pathologist estimate)"), ("Collected", "06/05/2024"),
           ("Ordering", "Rosalind Achebe-Tran, MD"), ("Facility", "Snake River Melanoma Clinic"),
           ("Received", "06/10/2024"), ("Reported", "06/24/2024")], ncols=3, keyfrac=0.34,
          size=7.6)
    r.head("Results at a glance", 2)
    r.boxes([("Tier I variants", "1", "strong clinical significance"),
             ("Tier II variants", "2", "potential clinical significance"),
             ("Microsatellite status", "MS-Stable", ""),
             ("Tumor mutational burden", "14.2 mut/Mb", "High")])
    r.head("Variants of clinical significance", 2)
    r.tab([["Tier", "Gene", "Alteration", "VAF", "Therapies / evidence"],
           ["IA", "BRAF", "c.1799T>A p.V600E (exon 15)", "38%",
            "Dabrafenib + trametinib; encorafenib + binimetinib; vemurafenib + cobimetinib "
            "(FDA-approved, melanoma)"],
           ["IIC", "CDKN2A", "c.238C>T p.R80*", "44%", "No approved therapy; see germline note"],
           ["IIC", "TERT", "promoter c.-124C>T", "41%", "Prognostic; no approved therapy"]],
          [0.07, 0.09, 0.29, 0.08, 0.47])
    r.space(3)
    r.p("**Pertinent negatives:** NRAS: no pathogenic variant (codons 12, 13 and 61 covered). "
        "KIT: no pathogenic variant. NF1: no pathogenic variant.")
    r.p("**TMB:** 14.2 mut/Mb (High; TMB-High is 10 mut/Mb or greater). **MSI:** MS-Stable.")
    r.p("**PD-L1 (SP263), quoted from the referring pathology report S24-22190:** positive, 30% "
        "of tumor cells. Not performed at Cobalt Ridge Laboratories.")
    r.head("Interpretation and methods", 2)
    r.columns([
        r.para("**BRAF V600E.** Present in about half of cutaneous melanomas. Combined BRAF and "
               "MEK inhibition is approved for unresectable or metastatic BRAF V600-mutant "
               "melanoma and in the adjuvant setting. Immune checkpoint inhibitors are also "
               "appropriate irrespective of BRAF status; the high TMB is consistent with "
               "UV-associated mutagenesis."),
        r.para("**CDKN2A R80*.** Truncating CDKN2A variants are frequent somatic events in "
               "melanoma. Germline CDKN2A variants cause familial melanoma and pancreatic cancer "
               "risk; at a VAF of 44% germline origin cannot be excluded in this tumor-only test. "
               "Genetic counseling is suggested if the personal or family history is "
               "suggestive."),
        r.para("**Methods.** DNA and RNA from FFPE tissue were sequenced with the CRL-TumorSeq "
               "161 panel. TMB is the count of nonsynonymous somatic mutations per megabase of "
               "coding sequence; the TMB-High threshold of 10 mut/Mb follows the tumor-agnostic "
               "approval of pembrolizumab. Tier assignments follow AMP/ASCO/CAP 2017."),
        r.para("**Limitations.** Tumor-only sequencing cannot distinguish germline from somatic "
               "variants. The RNA assay detects fusions only for targeted partner genes; no "
               "fusions were detected."),
    ])
    r.head("Tier III: variants of unknown significance", 2)
    r.tab([["Gene", "Alteration", "VAF"],
           ["GRIN2A", "c.2042C>T p.S681F", "29%"],
           ["PTPRD", "c.4387G>A p.E1463K", "33%"],
           ["ERBB4", "c.1612C>T p.P538S", "18%"]],
          [0.15, 0.7, 0.15])
    r.p("Electronically signed by Desmond Achterberg, MD, 06/24/2024.", "small")
    r.lab("BRAF", "mutation", "positive", "c.1799T>A p.V600E", alteration="V600E")
    r.lab("NRAS", "mutation", "negative", "NRAS: no pathogenic variant")
    r.lab("TMB", "signature", "positive", "TMB: 14.2 mut/Mb (High", value="14.2 mut/Mb")
    r.lab("MSI", "signature", "negative", "MSI: MS-Stable")
    r.lab("PD-L1", "expression", "positive", "positive, 30% of tumor cells", percent=30)
    return r


# ---------------------------------------------------------------------------------------------
@report("8420")
def r8420():
    h = HOUSES["valemount"]
    r = Report(h, "8420", dict(patient="Patient T", acc="VPU-24-2088",
                               status="AMENDED report (version 2)",
                               product="Prostate HRR Liquid Biopsy Report"),
               "Valemount VPU-24-2088 amended")
    banner(r, "**AMENDED REPORT (version 2, 2024-05-14).** This report supersedes version 1 "
           "issued 2024-05-06. Reason for amendment: after phasing review, BRCA2 "
           "c.5951_5952del has been reclassified from 'variant of uncertain significance' to "
           "'reversion variant'. All other results are unchanged.", h.accent)
    r.space(6)
    r.kvs([("Patient", "Patient T"), ("Accession", "VPU-24-2088"),
           ("Date of birth", "1951-10-12"), ("Collected", "2024-04-24"),
           ("Specimen", "Plasma (2 x 10 mL cfDNA tubes)"), ("Received", "2024-04-25"),
           ("ctDNA fraction", "14% (estimated)"), ("Reported", "2024-05-14 (amended)"),
           ("Clinician", "Esteban Harrow-Kaplan, MD"), ("Version", "2")],
          ncols=2, keyfrac=0.3, mode="grid")
    r.p("Clinical context: metastatic castration-resistant prostate cancer; known germline "
        "BRCA2 c.5946del (Halvorsen Genetics, 2022). Olaparib since 2022-10; PSA rising since "
        "2024-02.", "small")
    r.head("Results", 2)
    r.tab([["Gene", "Variant", "Protein / effect", "cfDNA VAF", "Interpretation"],
           ["BRCA2", "c.5946del", "p.(Ser1982Argfs*22)", "48.7%", "Pathogenic; allele fraction "
            "consistent with the known germline variant"],
           ["BRCA2", "c.5951_5952del", "in cis with c.5946del; restores the reading frame",
            "3.1%", "Reversion variant; associated with PARP inhibitor resistance"],
           ["AR", "c.2632A>G", "p.(Thr878Ala)", "5.6%", "Activating ligand-binding domain "
            "mutation (legacy name T877A)"],
           ["AR", "amplification", "estimated 9 copies", "\u2014", "Copy number above the "
            "amplification threshold"]],
          [0.09, 0.17, 0.28, 0.12, 0.34])
    r.space(3)
    r.p("Not detected: TP53: not detected. BRCA1, ATM, CDK12, PALB2: not detected. "
        "MSI-H: not detected.")
    r.head("Interpretation", 2)
    r.p("The germline BRCA2 frameshift is detected in plasma as expected. A second BRCA2 "
        "deletion of two nucleotides lies five bases downstream on the same molecules "
        "(phased in 97% of spanning reads); together the two deletions remove three nucleotides "
        "and restore the BRCA2 reading frame. Such reversion events restore homologous "
        "recombination and are an established mechanism of acquired resistance to PARP "
        "inhibitors and platinum. The reversion is present in a subclone (about 22% of ctDNA). "
        "The AR ligand-binding domain mutation and AR amplification are consistent with "
        "continued AR-driven disease.")
    r.head("Version history", 2)
    r.tab([["Version", "Date", "Change"],
           ["1", "2024-05-06", "Original report; BRCA2 c.5951_5952del listed as a variant of "
            "uncertain significance"],
           ["2", "2024-05-14", "BRCA2 c.5951_5952del reclassified as a reversion variant (this "
            "version)"]],
          [0.14, 0.18, 0.68])
    r.head("Methods and limitations", 2)
    r.p("Plasma cell-free DNA was sequenced with a hybrid-capture panel of 14 HRR genes, AR, TP53 "
        "and 80 microsatellite loci with unique molecular identifiers (median unique depth "
        "3,900x). Phasing of nearby variants uses read-level co-occurrence. Variants below 0.2% "
        "VAF and copy number changes at low ctDNA fraction may not be detected. A negative "
        "plasma result does not exclude the presence of an alteration in the tumour. This test "
        "does not establish germline status; the BRCA2 c.5946del germline status is taken from "
        "the prior germline report.", "small")
    r.p("Amended report authorised by Aurelio Banfield-Cho, MD, PhD, 2024-05-14.", "small")
    r.lab("BRCA2", "mutation", "positive", "c.5946del p.(Ser1982Argfs*22)",
          alteration="S1982Rfs*22")
    r.lab("AR", "mutation", "positive", "c.2632A>G p.(Thr878Ala)", alteration="T878A")
    r.lab("AR", "amplification", "positive", "AR amplification estimated 9 copies")
    r.lab("TP53", "mutation", "negative", "TP53: not detected")
    r.lab("BRCA1", "mutation", "negative", "BRCA1, ATM, CDK12, PALB2: not detected")
    r.lab("MSI", "signature", "negative", "MSI-H: not detected")
    return r
