"""Reports 8401-8410."""
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
@report("8401")
def r8401():
    h = HOUSES["cartwright"]
    r = Report(h, "8401", dict(
        patient="Patient A", dob="03/11/1958", sex="Female", acc="CG-24-118734",
        product="CartwrightONE\u00ae Tissue \u00b7 Comprehensive Genomic Profile"),
        "CartwrightONE Tissue report CG-24-118734")
    r.kvs([("Patient", "Patient A"), ("Disease", "Ovary, high-grade serous carcinoma"),
           ("Date of birth", "03/11/1958"), ("Specimen site", "Omentum"),
           ("Sex", "Female"), ("Specimen ID", "S24-20417 B4 (FFPE)"),
           ("Medical record #", "BG-4471902"), ("Specimen type", "Resection, tissue block"),
           ("Ordering physician", "Helena Markovic-Reyes, MD"),
           ("Date of collection", "03/28/2024"),
           ("Medical facility", "Bayshore Gynecologic Oncology Associates"),
           ("Specimen received", "04/09/2024"),
           ("Pathologist", "Not provided"), ("Tumor nuclei (pathology review)", "60%")],
          ncols=2, keyfrac=0.36, size=8)
    r.head("Report summary", 1)
    r.boxes([("Microsatellite status", "MS-Stable", "no MSI detected at 95 loci"),
             ("Tumor Mutational Burden", "3 Muts/Mb", "TMB-Low; TMB-High is 10 Muts/Mb or more"),
             ("Genomic LOH", "21%", "LOH-High (16% or more) \u00b7 not an FDA-approved claim"),
             ("Genomic findings", "3", "reportable alterations, see below")])
    r.space(4)
    r.p("**Genomic findings** \u2014 for more information regarding biological and clinical "
        "significance, including prognostic, diagnostic, germline and potential chemosensitivity "
        "implications, see the Genomic Findings section.")
    r.tab([["Gene", "Alteration", "VAF %", "Interpretation"],
           ["BRCA1", "Q1395* (c.4183C>T), exon 10", "58.4", "Pathogenic nonsense alteration; "
            "predicted truncation of the BRCA1 protein. See germline note."],
           ["TP53", "R248Q (c.743G>A)", "71.0", "Pathogenic missense alteration in the DNA-binding "
            "domain."],
           ["NF1", "loss (exons 2-22)", "\u2014", "Homozygous deletion; not associated with an "
            "approved therapy in this indication."]],
          [0.12, 0.26, 0.09, 0.53], zebra=True)
    r.space(3)
    r.p("Pertinent negatives: no reportable alterations in BRCA2, PALB2, RAD51C, RAD51D or BRIP1 "
        "were detected in this sample.", "small")
    r.head("Therapy associations", 1)
    r.tab([["Alteration", "Approved in patient's tumor type", "Approved in another tumor type",
            "Potential resistance"],
           ["BRCA1 Q1395*", "Olaparib; Niraparib; Rucaparib (maintenance and treatment settings "
            "as labeled)", "Talazoparib (breast); Olaparib (breast, pancreas, prostate)", "None "
            "known"],
           ["TP53 R248Q", "None", "None", "None known"],
           ["NF1 loss", "None", "Selumetinib (NF1-related plexiform neurofibroma)", "None known"]],
          [0.16, 0.32, 0.32, 0.20])
    r.p("Therapies are listed without ranking and irrespective of the patient's treatment history. "
        "Listing a therapy does not imply efficacy in this patient.", "tiny")
    r.head("Genomic findings: detail", 1)
    r.head("BRCA1  Q1395* (c.4183C>T)", 2)
    r.p("__Gene and alteration.__ BRCA1 encodes a tumor suppressor that acts in homologous "
        "recombination repair of DNA double-strand breaks. Truncating alterations such as the one "
        "observed here are predicted to inactivate the protein. Inactivating BRCA1 alterations are "
        "found in a substantial minority of high-grade serous ovarian carcinomas, in the germline "
        "or somatically.")
    r.p("__Potential germline implications.__ This assay sequences tumor tissue only and does not "
        "determine whether an alteration is germline or somatic. The variant allele fraction of "
        "58% is compatible with either origin. In the appropriate clinical context, germline "
        "testing of BRCA1 is recommended; referral for genetic counseling should be considered.")
    r.p("__Therapies.__ PARP inhibitors are approved for patients with ovarian cancer harboring "
        "deleterious or suspected deleterious BRCA alterations in several settings. Platinum "
        "sensitivity has also been associated with BRCA1 inactivation.")
    r.head("TP53  R248Q (c.743G>A)", 2)
    r.p("TP53 encodes the p53 tumor suppressor. TP53 alteration is near-universal in high-grade "
        "serous ovarian carcinoma and is not by itself a therapeutic target. There are no approved "
        "therapies that target TP53 alterations at this time.")
    r.head("NF1  loss (exons 2-22)", 2)
    r.p("NF1 encodes neurofibromin, a negative regulator of RAS signaling. Preclinical data "
        "suggest sensitivity of NF1-deficient tumors to MEK inhibition; clinical evidence in "
        "ovarian carcinoma is limited.")
    r.head("Clinical trials", 1)
    r.p("Trials are selected by genomic alteration, diagnosis and proximity to the ordering "
        "facility, and are not a recommendation. Eligibility depends on criteria beyond genomics "
        "(for example, prior PARP inhibitor exposure or confirmed germline BRCA status).", "small")
    r.tab([["Trial ID", "Title", "Phase", "Targets", "Nearest site"],
           ["NCT09114203", "PARP inhibitor rechallenge with an ATR inhibitor in BRCA1/2-mutated, "
            "platinum-sensitive recurrent ovarian cancer", "2", "PARP, ATR", "Larchmont Hills, CA"],
           ["NCT09207718", "WEE1 inhibitor monotherapy in TP53-mutated solid tumors", "1/2",
            "WEE1", "Ocean Bluff, CA"],
           ["NCT09231146", "Polymerase theta inhibitor plus niraparib in HR-deficient ovarian "
            "and breast cancer", "1", "POLQ, PARP", "San Ardo, CA"]],
          [0.14, 0.48, 0.07, 0.13, 0.18])
    r.head("Variants of unknown significance", 1)
    r.p("The following variants were identified but their significance is not known. They are "
        "listed for completeness and should not be used for clinical decision-making: "
        "ARID1A P1186S; BRCA2 A1689V; KMT2D R2771Q; NOTCH2 E2011K; SPEN S2133F.")
    r.head("Genes assayed", 1)
    r.p("CartwrightONE Tissue interrogates the complete exons of the genes below for base "
        "substitutions, insertions and deletions and copy number alterations, and selected introns "
        "for rearrangements. Inclusion of a gene in this list does not indicate that it was "
        "altered.", "small")
    r.tab([["Gene"] * 9] + gene_rows(CGP_GENES, 9), [1 / 9] * 9, size=7.2, mode="grid")
    r.head("Methods and limitations", 1)
    r.ps(["DNA was extracted from macrodissected tumor in FFPE sections and subjected to "
          "hybridization capture-based next-generation sequencing to a median unique coverage of "
          "612x. Base substitutions are reported at allele fractions of 5% or more, insertions "
          "and deletions at 10% or more. Tumor mutational burden is the number of somatic, "
          "non-driver coding mutations per megabase of genome sequenced (0.8 Mb). Microsatellite "
          "status is determined from 95 intronic homopolymer loci. Genomic LOH is the percentage "
          "of the genome with loss of heterozygosity, excluding whole-arm events.",
          "The assay does not detect all classes of alteration; large genomic rearrangements may "
          "be missed in low tumor content. A negative result does not exclude an alteration below "
          "the limit of detection. Germline variants may be reported when they are tumor-relevant, "
          "but this is not a germline test. This test was developed and its performance "
          "characteristics determined by Cartwright Genomics; it has not been cleared or approved "
          "by the FDA. Report approved electronically by Miriam Okonkwo-Hale, MD, 04/22/2024."],
         "small")
    r.lab("MSI", "signature", "negative", "MS-Stable")
    r.lab("TMB", "signature", "negative", ["3 Muts/Mb", "TMB-Low"], value="3 Muts/Mb")
    r.lab("BRCA1", "mutation", "positive", "Q1395* (c.4183C>T)", alteration="Q1395*")
    r.lab("TP53", "mutation", "positive", "R248Q (c.743G>A)", alteration="R248Q")
    r.lab("BRCA2", "mutation", "negative", "no reportable alterations in BRCA2")
    return r


# ---------------------------------------------------------------------------------------------
@report("8402")
def r8402():
    h = HOUSES["northfield"]
    r = Report(h, "8402", dict(
        patient="Patient B", mrn="NU-00718244", dob="07/02/1979", sex="F", acc="M24-3381",
        physician="Cyrus Adebayo-Lund, MD", facility="NUMC Comprehensive Breast Center",
        collected="02/14/2024 (tumor); 02/20/2024 (blood)", received="02/21/2024",
        reported="03/06/2024"), "NUMC OncoSeq 523 M24-3381")
    r.p("NUMC OncoSeq 523: Paired Tumor-Normal Sequencing Report", "h1", textColor=h.accent)
    r.head("Specimens", 1)
    r.tab([["Part", "Source", "Block / tube", "Tumor content"],
           ["A", "Left breast, 2 o'clock, ultrasound-guided core biopsy (S24-11873)", "A2", "70%"],
           ["B", "Peripheral blood, normal comparator", "EDTA, 4 mL", "n/a"]],
          [0.08, 0.58, 0.16, 0.18])
    r.head("Clinical information", 1)
    r.p("44-year-old woman with invasive ductal carcinoma of the left breast, Nottingham grade 3, "
        "clinical stage IIB, referred before neoadjuvant therapy. Per the referring surgical "
        "pathology report (S24-11873): estrogen receptor positive (95%, strong), progesterone "
        "receptor positive (40%, moderate), HER2 negative (IHC 1+). Ki-67 was not reported on "
        "the core biopsy. Family history: mother with breast cancer at 51.")
    r.head("Results summary", 1)
    r.ps(["1. **Somatic:** PIK3CA p.(His1047Arg), pathogenic, Tier I (level A).",
          "2. **Germline:** BRCA2 c.5946del p.(Ser1982Argfs*22), pathogenic, heterozygous in the "
          "normal (blood) sample; loss of the wild-type allele in the tumor.",
          "3. **Signatures:** microsatellite stable (MSS); tumor mutational burden 4.1 "
          "mutations/Mb (low)."])
    r.head("I. Somatic variants of strong or potential clinical significance (Tier I/II)", 1)
    r.tab([["Gene", "Variant (HGVS)", "Exon", "VAF", "Tier", "Comment"],
           ["PIK3CA", "NM_006218.4:c.3140A>G p.(His1047Arg)", "21", "31.2%", "I-A",
            "Hotspot, kinase domain. PI3K-alpha inhibitor eligibility in HR-positive, HER2-negative "
            "advanced disease."],
           ["GATA3", "NM_001002295.2:c.1201dup p.(Leu401Profs*?)", "6", "18.7%", "II-C",
            "Frameshift; luminal breast cancer driver. No matched therapy."],
           ["BRCA2", "NM_000059.4:c.5946del p.(Ser1982Argfs*22)", "11", "87.9%", "I-A",
            "Germline (see Section II); VAF reflects loss of the wild-type allele (LOH)."]],
          [0.09, 0.30, 0.07, 0.09, 0.07, 0.38])
    r.head("II. Germline findings (normal comparator)", 1)
    r.p("Germline variants are reported in genes associated with hereditary cancer risk, per the "
        "patient's consent recorded on 02/20/2024.")
    r.tab([["Gene", "Variant", "Zygosity", "ACMG classification", "Inheritance"],
           ["BRCA2", "c.5946del p.(Ser1982Argfs*22)", "Heterozygous", "Pathogenic", "AD"]],
          [0.1, 0.38, 0.16, 0.22, 0.14])
    r.p("__Interpretation.__ This individual carries a pathogenic germline BRCA2 variant (also "
        "known as 6174delT), consistent with hereditary breast and ovarian cancer syndrome. "
        "Genetic counseling has been arranged through the NUMC Cancer Genetics Program, and "
        "testing of at-risk relatives is recommended. The variant also qualifies the patient for "
        "PARP inhibitor therapy in the appropriate clinical setting.")
    r.p("__Secondary (incidental) findings.__ The patient opted in to receive secondary findings. "
        "No additional pathogenic or likely pathogenic variants were identified in the secondary "
        "findings genes analyzed.")
    r.head("III. Genomic signatures", 1)
    r.tab([["Signature", "Result", "Method and threshold"],
           ["Microsatellite instability", "Stable (MSS); MSIsensor score 0.4%",
            "Unstable if 3.5% or more of assessed sites are unstable"],
           ["Tumor mutational burden", "4.1 mutations/Mb (low)", "High if 10 mutations/Mb or more"],
           ["LOH-based HRD score", "47 (research use)", "Not validated for clinical reporting; "
            "shown for research purposes only"]],
          [0.26, 0.32, 0.42])
    r.head("IV. Variants of uncertain significance (Tier III)", 1)
    r.tab([["Gene", "Variant", "Origin", "VAF"],
           ["BRCA1", "c.5348T>C p.(Met1783Thr)", "Germline, heterozygous", "49.6%"],
           ["ATM", "c.4388T>G p.(Phe1463Cys)", "Somatic", "12.0%"],
           ["KMT2C", "c.2263C>T p.(Arg755Cys)", "Somatic", "22.3%"]],
          [0.14, 0.42, 0.28, 0.16])
    r.p("Variants of uncertain significance are not used for clinical decision-making and are "
        "re-evaluated periodically; the ordering physician will be notified of reclassification.",
        "small")
    r.head("Methods", 1)
    r.ps(["Genomic DNA from the tumor (FFPE) and from blood was sequenced with the OncoSeq 523 "
          "hybrid-capture panel (523 genes; full coding regions of BRCA1, BRCA2, PALB2, ATM, the "
          "mismatch repair genes and others; selected introns for rearrangements) on an Illumina "
          "platform. Reads were aligned to GRCh38. Somatic variants are those present in tumor "
          "and absent from the normal sample. Variants are classified by the AMP/ASCO/CAP tier "
          "system (somatic) and ACMG/AMP criteria (germline).",
          "Limitations: large deletions and duplications are assessed by read depth and may be "
          "missed below 40% tumor content; low-level mosaicism in blood may not be detected. "
          "This laboratory-developed test has not been cleared by the FDA."], "small")
    r.space(6)
    r.p("Electronically signed: Priyanka Vald\u00e9s-Moor, MD, Molecular Genetic Pathology, "
        "03/06/2024 16:41")
    r.lab("ER", "expression", "positive", "estrogen receptor positive (95%, strong)", percent=95)
    r.lab("PR", "expression", "positive", "progesterone receptor positive (40%, moderate)",
          percent=40)
    r.lab("HER2", "expression", "negative", "HER2 negative (IHC 1+)", ihc_score="1+")
    r.lab("PIK3CA", "mutation", "positive", "PIK3CA p.(His1047Arg)", alteration="H1047R")
    r.lab("BRCA2", "mutation", "positive", "c.5946del p.(Ser1982Argfs*22)",
          alteration="S1982Rfs*22")
    r.lab("MSI", "signature", "negative", "Stable (MSS)")
    r.lab("TMB", "signature", "negative", "4.1 mutations/Mb (low)", value="4.1 mutations/Mb")
    return r


# ---------------------------------------------------------------------------------------------
@report("8403")
def r8403():
    h = HOUSES["meridian"]
    r = Report(h, "8403", dict(patient="Patient C", dob="10/19/1963", acc="MHD-24-05512"),
               "Meridian HRD Select MHD-24-05512")
    r.kvs([("Patient", "Patient C"), ("Accession", "MHD-24-05512"),
           ("Date of birth", "10/19/1963"), ("Specimen", "Left ovary, FFPE block 2C"),
           ("Sex", "Female"), ("Tumor content", "55% (after macrodissection)"),
           ("Ordering provider", "Lucinda Farrow-Nkemelu, MD"), ("Collected", "01/30/2024"),
           ("Institution", "Red Mesa Women's Cancer Center"), ("Received", "02/06/2024"),
           ("Diagnosis", "High-grade serous carcinoma, ovary, FIGO IIIC"),
           ("Reported", "02/16/2024")], ncols=2, keyfrac=0.3, mode="box")
    r.head("RESULTS", 1)
    r.boxes([("HRD STATUS", "POSITIVE", "GIS at or above threshold"),
             ("GENOMIC INSTABILITY SCORE", "58", "threshold 42 \u00b7 range 0-100"),
             ("TUMOR BRCA1/BRCA2", "NOT DETECTED", "no pathogenic or likely pathogenic variant")],
            big_size=14)
    r.space(6)
    r.p("**Tumor BRCA1/BRCA2 Mutation Status: Negative.** No pathogenic or likely pathogenic "
        "sequence variants were detected in BRCA1 or BRCA2 in this tumor specimen.")
    r.p("**Genomic Instability Score: 58 (HRD positive).** The score is at or above the "
        "validated threshold of 42.")
    r.p("Genomic Instability Score on a 0-100 scale (the black mark is the threshold of 42):",
        "small")
    r.add(Bar(0.58, 300, 7, color=h.accent, mark_at=0.42))
    r.space(6)
    r.head("Score components", 2)
    r.tab([["Component", "Score", "Description"],
           ["Loss of heterozygosity (LOH)", "18", "Regions of LOH longer than 15 Mb and shorter "
            "than the whole chromosome"],
           ["Telomeric allelic imbalance (TAI)", "21", "Allelic imbalance extending to the "
            "subtelomere, not crossing the centromere"],
           ["Large-scale state transitions (LST)", "19", "Chromosomal breaks between adjacent "
            "regions of at least 10 Mb"],
           ["Genomic Instability Score", "58", "Sum of LOH, TAI and LST"]],
          [0.34, 0.1, 0.56])
    r.head("BRCA1 and BRCA2 sequence analysis", 2)
    r.tab([["Gene", "Result", "Other variants observed"],
           ["BRCA1", "No pathogenic variant detected", "None"],
           ["BRCA2", "No pathogenic variant detected", "c.9976A>T p.(Lys3326*), classified as "
            "benign; not clinically significant"]],
          [0.14, 0.36, 0.5])
    r.head("Interpretation", 2)
    r.p("This ovarian tumor is HRD positive on the basis of its Genomic Instability Score, "
        "although no BRCA1 or BRCA2 mutation was found in tumor tissue. HRD-positive status, "
        "defined as a GIS of 42 or greater or a deleterious tumor BRCA1/BRCA2 mutation, has been "
        "associated with benefit from PARP inhibitor maintenance therapy following response to "
        "first-line platinum-based chemotherapy in advanced ovarian cancer. Treatment decisions "
        "rest with the treating physician.")
    r.head("What this result does not tell you", 2)
    r.p("This test analyzes tumor DNA only and cannot distinguish germline from somatic variants. "
        "A negative tumor BRCA result does not exclude a hereditary cancer syndrome; germline "
        "genetic testing is recommended for all individuals with epithelial ovarian cancer. "
        "Large rearrangement analysis of BRCA1 and BRCA2 is not part of this assay. Other "
        "homologous recombination genes (for example RAD51C, RAD51D, PALB2) are not reported.")
    r.head("Methods", 2)
    r.p("Tumor DNA was analyzed by hybridization capture and next-generation sequencing of the "
        "full coding regions and intron-exon boundaries of BRCA1 and BRCA2, together with "
        "approximately 27,000 single-nucleotide polymorphisms distributed across the genome. "
        "Allele-specific copy number profiles were used to calculate LOH, TAI and LST. The "
        "threshold of 42 was established in a training set of breast and ovarian tumors with "
        "known BRCA status. Variants are classified by ACMG/AMP criteria adapted for tumor "
        "testing. Minimum tumor content: 30%. A result of 'not detected' is reported when no "
        "pathogenic or likely pathogenic variant is found above the limit of detection (5% "
        "allele fraction at 250x).", "small")
    r.p("Reviewed and approved: Tobias Rennick, MD, PhD, Medical Director, 02/16/2024.", "small")
    r.lab("BRCA1", "mutation", "negative",
          ["No pathogenic or likely pathogenic sequence variants were detected in BRCA1 or BRCA2",
           "BRCA1 No pathogenic variant detected"])
    r.lab("BRCA2", "mutation", "negative",
          ["No pathogenic or likely pathogenic sequence variants were detected in BRCA1 or BRCA2",
           "BRCA2 No pathogenic variant detected"])
    return r


# ---------------------------------------------------------------------------------------------
@report("8404")
def r8404():
    h = HOUSES["stbrendan"]
    r = Report(h, "8404", dict(
        patient="Patient D", mrn="00487211", dob="04/17/1961", sex="M", acc="MP24-00871",
        loc="ONC CLINIC 3", physician="R. Vasquez-Lin MD", collected="03/04/2024",
        received="03/05/2024", reported="03/19/2024", printed="03/19/2024 14:02",
        dept="MOLECULAR PATHOLOGY"), "MP24-00871")
    r.mono("""MOLECULAR PATHOLOGY REPORT                                                     STATUS: FINAL

SPECIMEN:   A. SIGMOID COLON AND REGIONAL LYMPH NODES, RESECTION
            (SURGICAL PATHOLOGY CASE SP24-06652, BLOCK A7 SELECTED)
DIAGNOSIS ON SURGICAL CASE: ADENOCARCINOMA, MODERATELY DIFFERENTIATED, PT3 PN1B;
            LIVER METASTASIS CLINICALLY SUSPECTED
TUMOR CELLULARITY OF MACRODISSECTED AREA: 45%
CLINICAL INDICATION: EVALUATION FOR ANTI-EGFR THERAPY; LYNCH SYNDROME SCREENING
""".split("\n"))
    r.mono(["TEST 1: KRAS / NRAS / BRAF MUTATION ANALYSIS (REAL-TIME PCR, CARTRIDGE SYSTEM)"],
           bold=True)
    r.mono("""
  GENE    CODONS ANALYZED                      RESULT
  ------  -----------------------------------  ---------------------------------------------
  KRAS    12, 13, 59, 61, 117, 146             MUTATION DETECTED: G12D (C.35G>A)
  NRAS    12, 13, 59, 61, 117, 146             NO MUTATION DETECTED
  BRAF    600                                  NO MUTATION DETECTED

  INTERPRETATION: KRAS MUTANT. COLORECTAL CARCINOMAS WITH A KRAS EXON 2 MUTATION ARE NOT
  EXPECTED TO RESPOND TO ANTI-EGFR MONOCLONAL ANTIBODIES (CETUXIMAB, PANITUMUMAB).

  THE ASSAY DETECTS THE FOLLOWING VARIANTS ONLY: KRAS G12A/C/D/R/S/V, G13D, A59E/G/T,
  Q61H/K/L/R, K117N, A146P/T/V; NRAS G12C/D/S/V, G13D/R/V, A59T, Q61H/K/L/R, K117N, A146T;
  BRAF V600E/E2/D/K/R. VARIANTS OUTSIDE THESE CODONS ARE NOT DETECTED. LIMIT OF DETECTION
  APPROXIMATELY 5% MUTANT ALLELE FRACTION. POSITIVE, NEGATIVE AND NO-TEMPLATE CONTROLS
  PERFORMED AS EXPECTED.
""".split("\n"))
    r.mono(["TEST 2: MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY (BLOCK A7)"], bold=True)
    r.mono("""
  ANTIBODY   CLONE        RESULT
  ---------  -----------  ----------------------------------
  MLH1       ES05         INTACT NUCLEAR EXPRESSION
  PMS2       EP51         INTACT NUCLEAR EXPRESSION
  MSH2       G219-1129    INTACT NUCLEAR EXPRESSION
  MSH6       EP49         INTACT NUCLEAR EXPRESSION

  INTERNAL CONTROL (STROMAL AND LYMPHOID NUCLEI): APPROPRIATE STAINING.
  INTERPRETATION: NO LOSS OF MISMATCH REPAIR PROTEIN EXPRESSION (MMR PROFICIENT).

  NOTE: INTACT EXPRESSION OF ALL FOUR PROTEINS MAKES HIGH-LEVEL MICROSATELLITE INSTABILITY
  UNLIKELY BUT DOES NOT ENTIRELY EXCLUDE LYNCH SYNDROME (E.G. MISSENSE VARIANTS PRODUCING
  NON-FUNCTIONAL ANTIGENICALLY INTACT PROTEIN). GENETIC COUNSELING IS SUGGESTED IF THE
  FAMILY HISTORY IS SIGNIFICANT.
""".split("\n"))
    r.mono(["TEST 3: MICROSATELLITE INSTABILITY BY PCR"], bold=True)
    r.mono("""  NOT PERFORMED. MMR IMMUNOHISTOCHEMISTRY INFORMATIVE; MSI PCR AVAILABLE ON REQUEST.
""".split("\n"))
    r.mono(["TEST 4: HER2 IMMUNOHISTOCHEMISTRY (COLORECTAL SCORING)"], bold=True)
    r.mono("""  REQUESTED BY DR. VASQUEZ-LIN ON 03/18/2024. IN PROGRESS. RESULT WILL BE ISSUED AS AN
  ADDENDUM TO THIS REPORT.

COMMENT:
  RESULTS DISCUSSED WITH DR. VASQUEZ-LIN BY TELEPHONE ON 03/19/2024 AT 13:40.

METHODS:
  DNA WAS EXTRACTED FROM A MACRODISSECTED 10 MICRON FFPE SECTION. KRAS, NRAS AND BRAF WERE
  TESTED WITH A FULLY INTEGRATED REAL-TIME PCR CARTRIDGE ASSAY. IMMUNOHISTOCHEMISTRY WAS
  PERFORMED ON AN AUTOMATED STAINER WITH THE CLONES LISTED; EXTERNAL TISSUE CONTROLS
  (TONSIL) STAINED APPROPRIATELY. THESE TESTS WERE DEVELOPED AND THEIR PERFORMANCE
  CHARACTERISTICS DETERMINED BY ST. BRENDAN'S LABORATORY SERVICES. THEY HAVE NOT BEEN
  CLEARED OR APPROVED BY THE U.S. FOOD AND DRUG ADMINISTRATION.

PATHOLOGIST:  CORMAC DELANEY-ODUYA, MD   (ELECTRONICALLY SIGNED 03/19/2024 14:01)
""".split("\n"))
    r.lab("KRAS", "mutation", "positive", "MUTATION DETECTED: G12D (C.35G>A)", alteration="G12D")
    r.lab("NRAS", "mutation", "negative", "NRAS 12, 13, 59, 61, 117, 146 NO MUTATION DETECTED")
    r.lab("BRAF", "mutation", "negative", "BRAF 600 NO MUTATION DETECTED")
    r.lab("MLH1", "expression", "positive", "MLH1 ES05 INTACT NUCLEAR EXPRESSION")
    r.lab("PMS2", "expression", "positive", "PMS2 EP51 INTACT NUCLEAR EXPRESSION")
    r.lab("MSH2", "expression", "positive", "MSH2 G219-1129 INTACT NUCLEAR EXPRESSION")
    r.lab("MSH6", "expression", "positive", "MSH6 EP49 INTACT NUCLEAR EXPRESSION")
    r.lab("MMR", "signature", "negative", "(MMR PROFICIENT)")
    return r


# ---------------------------------------------------------------------------------------------
@report("8405")
def r8405():
    h = HOUSES["ashgrove"]
    r = Report(h, "8405", dict(
        patient="Patient E", mrn="AGH-5520917", acc="WGS-24-00419", reported="11/03/2024",
        product="Tumour\u2013germline paired analysis"), "Cancer WGS WGS-24-00419")
    r.kvs([("Patient", "Patient E"), ("Laboratory no.", "WGS-24-00419"),
           ("Hospital no.", "AGH-5520917"), ("Date of birth", "22/09/1956"),
           ("Sex", "Male"), ("Referring clinician", "Dr Fenella Okafor-Grant, Medical Oncology"),
           ("Clinical indication", "Pancreatic ductal adenocarcinoma, metastatic (liver)"),
           ("Tumour sample", "Liver core biopsy, fresh frozen (H24-1190)"),
           ("Germline sample", "Blood, EDTA"), ("Samples received", "05/02/2024"),
           ("Test", "Cancer whole genome sequencing, tumour and germline"),
           ("Report date", "11/03/2024")], ncols=2, keyfrac=0.33, mode="grid", size=7.6)
    r.head("Summary of findings", 1)
    r.ps(["\u2022 **Somatic:** KRAS p.(Gly12Val) and TP53 p.(Arg175His) detected (Domain 1).",
          "\u2022 **Germline:** a pathogenic BRCA2 variant is present (heterozygous); the tumour "
          "has lost the wild-type BRCA2 allele.",
          "\u2022 **Genome-wide:** tumour mutational burden 1.9 mut/Mb; microsatellite stable; "
          "mutational signature SBS3 and HRDetect consistent with homologous recombination "
          "deficiency."])
    r.head("Somatic small variants: Domain 1", 1)
    r.tab([["Gene", "Variant (HGVS)", "Consequence", "VAF", "Evidence / comment"],
           ["KRAS", "NM_004985.5:c.35G>T p.(Gly12Val)", "missense", "0.28",
            "Oncogenic driver. No approved targeted therapy for G12V; trial eligibility."],
           ["TP53", "NM_000546.6:c.524G>A p.(Arg175His)", "missense", "0.41",
            "Oncogenic; prognostic only."]],
          [0.1, 0.33, 0.13, 0.08, 0.36])
    r.head("Somatic small variants: Domain 2", 1)
    r.tab([["Gene", "Variant (HGVS)", "Consequence", "VAF", "Comment"],
           ["SMAD4", "NM_005359.6:c.1081C>T p.(Arg361Cys)", "missense", "0.37",
            "Recurrent MH2-domain variant"],
           ["ARID1A", "NM_006015.6:c.3999del p.(Gln1334Serfs*?)", "frameshift", "0.19",
            "Likely loss of function"]],
          [0.1, 0.33, 0.13, 0.08, 0.36])
    r.head("Copy number and structural variants", 1)
    r.tab([["Gene / region", "Event", "Copy number", "Comment"],
           ["CDKN2A (9p21.3)", "homozygous deletion", "0", "Includes CDKN2B and MTAP"],
           ["BRCA2 (13q13.1)", "copy-neutral LOH", "2", "Loss of the wild-type allele (second "
            "hit)"],
           ["MYC (8q24.21)", "gain", "5", "Below amplification threshold"],
           ["ERBB2 (17q12)", "no amplification", "2", "\u2014"]],
          [0.22, 0.26, 0.14, 0.38])
    r.head("Germline findings", 1)
    r.tab([["Gene", "Variant (HGVS)", "Zygosity", "ACMG class", "Condition"],
           ["BRCA2", "NM_000059.4:c.9097dup p.(Thr3033Asnfs*11)", "heterozygous",
            "Class 5 (pathogenic)", "BRCA2-related hereditary cancer predisposition"]],
          [0.1, 0.34, 0.14, 0.17, 0.25])
    r.p("The germline BRCA2 variant has been confirmed by an orthogonal method. A referral to "
        "Clinical Genetics has been made; predictive testing can be offered to relatives. The "
        "patient consented to additional (secondary) findings: none were identified.")
    r.head("Genome-wide features", 1)
    r.tab([["Feature", "Result", "Comment"],
           ["Tumour mutational burden", "1.9 mut/Mb", "low (< 10 mut/Mb)"],
           ["Microsatellite instability", "stable (MSIsensor-pro 0.8%)", "\u2014"],
           ["Mutational signatures", "SBS3 34%, SBS1 21%, SBS5 18%",
            "SBS3 is associated with homologous recombination deficiency"],
           ["HRDetect", "0.98", "HR deficient (threshold \u2265 0.7); research metric"],
           ["Tumour purity / ploidy", "46% / 3.1", "\u2014"]],
          [0.28, 0.32, 0.40])
    r.head("Therapeutic and trial considerations (not a treatment recommendation)", 1)
    r.p("A germline BRCA2 pathogenic variant in metastatic pancreatic adenocarcinoma supports "
        "platinum-based chemotherapy and, after at least 16 weeks of platinum without "
        "progression, PARP inhibitor maintenance within its licensed indication. KRAS G12V is "
        "not targetable with licensed agents; pan-RAS and G12V-selective agents are in trials. "
        "Discussion at the Genomic Tumour Advisory Board is recommended.")
    r.head("Technical information", 1)
    r.tab([["Metric", "Tumour", "Germline", "Pass criterion"],
           ["Mean depth", "98x", "35x", "\u2265 75x / \u2265 30x"],
           ["Genome covered at \u2265 15x", "98.1%", "97.6%", "\u2265 95%"],
           ["Cross-sample contamination", "0.3%", "0.1%", "< 1%"],
           ["Tumour-in-normal contamination", "\u2014", "0%", "< 5%"]],
          [0.38, 0.18, 0.18, 0.26])
    r.p("Reads were aligned to GRCh38. Small variants were called with a paired tumour-normal "
        "caller; copy number and structural variants with a read-depth and B-allele method. "
        "Domain 1 comprises genes with variants of established therapeutic or prognostic "
        "relevance; Domain 2 other cancer genes. Limitations: variants in regions of low "
        "mappability and subclonal variants below 5% VAF may be missed. Germline analysis is "
        "restricted to a virtual panel of cancer susceptibility genes.", "small")
    r.p("Authorised by: Dr Rosalind Petrakis-Hume, Consultant Clinical Scientist \u00b7 "
        "Reviewed by: Dr Anselm Quaye, Consultant Histopathologist", "small")
    r.lab("KRAS", "mutation", "positive", "c.35G>T p.(Gly12Val)", alteration="G12V")
    r.lab("TP53", "mutation", "positive", "c.524G>A p.(Arg175His)", alteration="R175H")
    r.lab("BRCA2", "mutation", "positive", "p.(Thr3033Asnfs*11)",
          alteration="T3033Nfs*11")
    r.lab("HER2", "amplification", "negative", "ERBB2 (17q12) no amplification")
    r.lab("TMB", "signature", "negative", ["1.9 mut/Mb", "low (< 10 mut/Mb)"],
          value="1.9 mut/Mb")
    r.lab("MSI", "signature", "negative", "stable (MSIsensor-pro 0.8%)")
    return r


# ---------------------------------------------------------------------------------------------
@report("8406")
def r8406():
    h = HOUSES["halvorsen"]
    r = Report(h, "8406", dict(patient="Patient F", dob="12/30/1985", acc="HG-2408817",
                               reported="05/14/2024",
                               product="Hereditary Breast and Gynecologic Panel"),
               "Halvorsen Genetics HG-2408817")
    r.kvs([("Patient", "Patient F"), ("Specimen", "Blood (EDTA), 1 tube"),
           ("Date of birth", "12/30/1985"), ("Collected", "04/25/2024"),
           ("Sex assigned at birth", "Female"), ("Received", "04/27/2024"),
           ("Ordering provider", "Noor Castellano, MD"), ("Reported", "05/14/2024"),
           ("Genetic counselor", "Marguerite Osei-Falk, MS, CGC"), ("Order", "HG-2408817")],
          ncols=2, keyfrac=0.36)
    r.p("**Indication for testing:** personal history of breast cancer diagnosed at age 38 "
        "(ER-negative, PR-negative, HER2-negative per test requisition); maternal aunt with "
        "ovarian cancer at 49.", "body")
    r.boxes([("RESULT", "POSITIVE", "one pathogenic variant identified")], big_size=15,
            colors_={0: h.light})
    r.space(4)
    r.tab([["Gene", "Variant", "Protein change", "Zygosity", "Classification"],
           ["BRCA1", "c.68_69del (NM_007294.4)", "p.(Glu23Valfs*17)", "Heterozygous",
            "Pathogenic"]],
          [0.12, 0.3, 0.22, 0.16, 0.2])
    r.space(4)
    r.tab([["Variant of uncertain significance", "Zygosity", "Comment"],
           ["BARD1 c.1972C>T p.(Arg658Cys)", "Heterozygous", "Insufficient evidence to classify; "
            "should not be used for medical management."]],
          [0.4, 0.18, 0.42])
    r.head("Interpretation and recommendations", 2)
    r.columns([
        r.para("**Interpretation.** This individual is heterozygous for a pathogenic variant in "
               "BRCA1, historically described as 185delAG. The variant creates a frameshift and a "
               "premature stop codon, and is one of the most frequently reported BRCA1 variants "
               "worldwide. Pathogenic BRCA1 variants cause hereditary breast and ovarian cancer "
               "(HBOC) syndrome, with substantially increased lifetime risks of breast cancer, "
               "contralateral breast cancer and ovarian cancer, and smaller increases for "
               "pancreatic cancer."),
        r.para("No other pathogenic or likely pathogenic variants were identified in the genes "
               "analyzed. Benign and likely benign variants are not reported."),
        r.para("**Recommendations.** Management should follow current guidelines for BRCA1 "
               "carriers, including discussion of risk-reducing salpingo-oophorectomy and breast "
               "surveillance or risk-reducing mastectomy. Germline BRCA1 status may inform "
               "eligibility for PARP inhibitor therapy for the patient's breast cancer."),
        r.para("**Family members.** First-degree relatives have a 50% chance of carrying this "
               "variant. Familial variant testing is offered to relatives at no charge within 90 "
               "days of this report. A family letter is enclosed."),
    ])
    r.head("Genes analyzed", 2)
    genes = [("ATM", "NM_000051.4"), ("BARD1", "NM_000465.4"), ("BRCA1", "NM_007294.4"),
             ("BRCA2", "NM_000059.4"), ("BRIP1", "NM_032043.3"), ("CDH1", "NM_004360.5"),
             ("CHEK2", "NM_007194.4"), ("EPCAM", "del/dup only"), ("MLH1", "NM_000249.4"),
             ("MSH2", "NM_000251.3"), ("MSH6", "NM_000179.3"), ("NBN", "NM_002485.5"),
             ("NF1", "NM_001042492.3"), ("PALB2", "NM_024675.4"), ("PMS2", "NM_000535.7"),
             ("PTEN", "NM_000314.8"), ("RAD51C", "NM_058216.3"), ("RAD51D", "NM_002878.4"),
             ("STK11", "NM_000455.5"), ("TP53", "NM_000546.6")]
    rows = [["Gene", "Transcript", "Gene", "Transcript", "Gene", "Transcript", "Gene",
             "Transcript"]]
    for i in range(0, len(genes), 4):
        row = []
        for g, t in genes[i:i + 4]:
            row += [g, t]
        rows.append(row)
    r.tab(rows, [0.09, 0.16] * 4, size=7.4, mode="grid")
    r.p("All genes: full coding sequence and intron-exon boundaries (\u00b1 10 bp) by "
        "next-generation sequencing, and deletion/duplication analysis. PMS2 analysis accounts "
        "for the PMS2CL pseudogene. MSH2 includes the exon 1-7 inversion.", "small")
    r.head("Variant classification", 2)
    r.tab([["Class", "Definition used by this laboratory"],
           ["Pathogenic", "Sufficient evidence that the variant causes disease"],
           ["Likely pathogenic", "Greater than 90% certainty of being disease-causing"],
           ["Uncertain significance", "Insufficient or conflicting evidence"],
           ["Likely benign / benign", "Not reported"]], [0.3, 0.7], size=7.6)
    r.head("Methods and limitations", 2)
    r.p("Genomic DNA was enriched by hybridization capture and sequenced on an Illumina "
        "instrument (mean coverage over 250x, minimum 50x). Copy number was assessed from read "
        "depth and confirmed by an orthogonal method when positive. Variants are classified with "
        "ACMG/AMP guidelines. This test does not detect all variants that cause hereditary "
        "cancer: deep intronic variants, low-level mosaicism and some structural variants may be "
        "missed. Results should be interpreted with the personal and family history. Test "
        "developed and validated by Halvorsen Genetics; not cleared by the FDA.", "small")
    r.p("Signed: Ingrid Solberg-Ames, PhD, FACMG, Laboratory Director \u00b7 Variant review: "
        "Theo Marchetti-Lamb, PhD", "small")
    r.lab("BRCA1", "mutation", "positive", "p.(Glu23Valfs*17)", alteration="E23Vfs*17")
    r.lab("ER", "expression", "negative", "ER-negative", optional=True)
    r.lab("PR", "expression", "negative", "PR-negative", optional=True)
    r.lab("HER2", "expression", "negative", "HER2-negative per test requisition", optional=True)
    return r


# ---------------------------------------------------------------------------------------------
@report("8407")
def r8407():
    h = HOUSES["lindqvist"]
    r = Report(h, "8407", dict(patient="Patient G", dob="1961-05-09", acc="LMP-24-0118",
                               reported="2024-01-24",
                               product="PREDICTIVE BIOMARKER REPORT \u2014 NSCLC"),
               "LMP-24-0118")
    r.kvs([("Patient", "Patient G"), ("Born", "1961-05-09"), ("Sex", "Male"),
           ("Personal ID", "LI-610509-0447"),
           ("Requesting clinician", "Dr. Sigrid Almqvist-Bell, Thoracic Oncology"),
           ("Requesting unit", "Uppsund University Hospital"),
           ("Specimen", "EBUS-TBNA, lymph node station 7; cell block C24-1187"),
           ("Tumour cells", "approx. 400 (35%)"), ("Received", "2024-01-15"),
           ("Reported", "2024-01-24")], ncols=2, keyfrac=0.36, mode="box")
    r.head("Diagnosis", 2)
    r.p("Metastatic non-small cell carcinoma, favour adenocarcinoma (TTF-1 positive, p40 "
        "negative on cell block), lymph node station 7.")
    r.head("Specimen adequacy", 2)
    W = h.body_width * 0.42
    r.check("Adequate for all requested analyses", ["Yes", "No"], [0], label_w=W)
    r.head("1. EGFR", 2)
    r.check("EGFR mutation (exons 18-21)", ["Not detected", "Detected", "Failed"], [1], label_w=W)
    r.p("Variant: NM_005228.5:c.2235_2249del p.(Glu746_Ala750del) (exon 19 deletion); allele "
        "frequency 18%.")
    r.head("2. ALK", 2)
    r.check("ALK IHC (D5F3)", ["Negative", "Positive", "Not done"], [0], label_w=W)
    r.check("ALK fusion (RNA NGS)", ["Not detected", "Detected", "Failed"], [0], label_w=W)
    r.head("3. ROS1", 2)
    r.check("ROS1 IHC (D4D6)", ["Negative", "Positive", "Not done"], [0], label_w=W)
    r.check("ROS1 fusion (RNA NGS)", ["Not detected", "Detected", "Failed"], [0], label_w=W)
    r.head("4. PD-L1 (22C3)", 2)
    r.check("Tumour proportion score category", ["<1%", "1-49%", "\u226550%".replace(
        "\u2265", ">=")], [1], label_w=W)
    r.p("Tumour proportion score (TPS): 5% (PD-L1 positive, low expression). Number of viable "
        "tumour cells evaluated: more than 100.")
    r.head("5. Other genes (DNA and RNA NGS panel)", 2)
    r.tab([["Gene", "Result", "Detail"],
           ["KRAS", "Not detected", "\u2014"],
           ["BRAF", "Not detected", "\u2014"],
           ["MET", "Not detected", "exon 14 skipping not detected; amplification not assessed "
            "by this panel"],
           ["RET", "Not detected", "fusion not detected"],
           ["NTRK1/2/3", "Not detected", "fusion not detected"],
           ["TP53", "Detected", "NM_000546.6:c.713G>A p.(Cys238Tyr), allele frequency 21%, "
            "Tier II"]],
          [0.16, 0.2, 0.64])
    r.space(3)
    r.check("HER2 (ERBB2) exon 20 insertion", ["Detected", "Not detected", "Not tested"], [],
            label_w=W)
    r.head("Comment", 2)
    r.p("The EGFR exon 19 deletion is a sensitising mutation; first-line treatment with a "
        "third-generation EGFR tyrosine kinase inhibitor is supported. The concurrent TP53 "
        "variant is associated with shorter progression-free survival on EGFR inhibitors but "
        "does not change the treatment recommendation. PD-L1 expression is not used to select "
        "treatment in EGFR-mutant disease.")
    r.head("Methods and scoring", 2)
    r.p("IHC: ALK (clone D5F3) and ROS1 (clone D4D6) on an automated platform with on-slide "
        "controls; PD-L1 with the 22C3 assay. TPS is the percentage of viable tumour cells with "
        "partial or complete membrane staining at any intensity. TPS categories: below 1% "
        "negative, 1-49% low expression, 50% or more high expression. NGS: amplicon-based DNA "
        "panel (52 genes; hotspots in AKT1, ALK, BRAF, EGFR, ERBB2, KRAS, MAP2K1, MET, NRAS, "
        "PIK3CA, TP53 and others) and an RNA fusion panel (ALK, NRG1, NTRK1-3, RET, ROS1, MET "
        "exon 14 skipping). Limit of detection 5% allele frequency for SNVs. Positive and "
        "negative controls were within limits.", "small")
    r.p("Reporting pathologist: Dr. Annika Forsgren-Udo \u00b7 Molecular biologist: Jonas "
        "Lindell, PhD \u00b7 Signed electronically 2024-01-24", "small")
    r.lab("EGFR", "mutation", "positive", "c.2235_2249del p.(Glu746_Ala750del)",
          alteration="E746_A750del")
    r.lab("ALK", "expression", "negative", "ALK IHC (D5F3) X Negative")
    r.lab("ALK", "fusion", "negative", "ALK fusion (RNA NGS) X Not detected")
    r.lab("ROS1", "expression", "negative", "ROS1 IHC (D4D6) X Negative")
    r.lab("ROS1", "fusion", "negative", "ROS1 fusion (RNA NGS) X Not detected")
    r.lab("PD-L1", "expression", "positive", "5% (PD-L1 positive, low expression)", percent=5)
    r.lab("KRAS", "mutation", "negative", "KRAS Not detected")
    r.lab("BRAF", "mutation", "negative", "BRAF Not detected")
    r.lab("MET", "mutation", "negative", "exon 14 skipping not detected")
    r.lab("RET", "fusion", "negative", "RET Not detected fusion not detected")
    r.lab("NTRK", "fusion", "negative", "NTRK1/2/3 Not detected fusion not detected")
    r.lab("TP53", "mutation", "positive", "c.713G>A p.(Cys238Tyr)", alteration="C238Y")
    return r


# ---------------------------------------------------------------------------------------------
@report("8408")
def r8408():
    h = HOUSES["cobalt"]
    r = Report(h, "8408", dict(patient="Patient H", acc="CRL-24-30961", reported="06/03/2024",
                               product="Solid Tumor Mutation Profile (CRL-TumorSeq 161)"),
               "CRL-24-30961")
    r.kvs([("DOB", "08/14/1967"), ("Sex", "Male"), ("MRN", "TH-339018"),
           ("Diagnosis", "Intrahepatic cholangiocarcinoma"),
           ("Specimen", "Liver, segment 6, core biopsy"), ("Block", "LB24-4410 A1"),
           ("Tumor", "40% (pathologist estimate)"), ("Collected", "05/16/2024"),
           ("Ordering", "Jasper Quillfeather, MD"), ("Facility", "Teton Valley Cancer Institute"),
           ("Received", "05/20/2024"), ("Reported", "06/03/2024")], ncols=3, keyfrac=0.34,
          size=7.6)
    r.head("Results at a glance", 2)
    r.boxes([("Tier I variants", "1", "strong clinical significance"),
             ("Tier II variants", "1", "potential clinical significance"),
             ("Microsatellite status", "MS-Stable", ""),
             ("Tumor mutational burden", "2 mut/Mb", "Low")], colors_={})
    r.head("Variants of clinical significance", 2)
    r.tab([["Tier", "Gene", "Alteration", "VAF", "Therapies / evidence"],
           ["IA", "IDH1", "c.394C>T p.R132C (exon 4)", "22%",
            "Ivosidenib: FDA-approved for previously treated IDH1-mutated cholangiocarcinoma"],
           ["IIC", "BAP1", "c.438-2A>G (splice acceptor)", "35%",
            "No approved therapy; investigational agents"]],
          [0.07, 0.09, 0.29, 0.08, 0.47])
    r.space(3)
    r.p("**Pertinent negatives** (no pathogenic variants, fusions or amplifications found): BRAF, "
        "FGFR2 (fusion/rearrangement), IDH2, KRAS, NTRK1/2/3 (fusion).")
    r.p("**ERBB2 copy number:** 2.1 (not amplified).")
    r.p("**TMB:** 2 mut/Mb (Low; TMB-High is 10 mut/Mb or greater).")
    r.head("Interpretation and methods", 2)
    r.columns([
        r.para("**IDH1 R132C.** IDH1 R132 substitutions produce the oncometabolite "
               "2-hydroxyglutarate and occur in about 13% of intrahepatic cholangiocarcinomas. "
               "The IDH1 inhibitor ivosidenib improved progression-free survival compared with "
               "placebo in previously treated IDH1-mutated cholangiocarcinoma."),
        r.para("**BAP1 splice variant.** Predicted to disrupt the exon 6 acceptor site and cause "
               "loss of function. BAP1 loss is common in intrahepatic cholangiocarcinoma. "
               "Germline BAP1 tumor predisposition cannot be excluded (VAF 35%); clinical "
               "correlation is advised."),
        r.para("**FGFR2.** No FGFR2 fusion was detected by the RNA component of the assay; FGFR "
               "inhibitors are therefore not indicated on the basis of this result."),
        r.para("**Methods.** DNA and RNA from FFPE tissue were sequenced with the CRL-TumorSeq "
               "161 hybrid-capture panel (161 genes for SNVs, indels and copy number; 48 genes "
               "for fusions by RNA). TMB is reported as nonsynonymous somatic mutations per "
               "megabase of coding sequence. Microsatellite status is inferred from 110 "
               "homopolymer loci. Tier assignments follow the AMP/ASCO/CAP 2017 guideline. "
               "Tumor-only analysis: germline origin of a variant cannot be determined."),
        r.para("**Limitations.** Copy number losses may be missed below 30% tumor. The RNA assay "
               "detects fusions only for the targeted partner genes. This laboratory-developed "
               "test was validated by Cobalt Ridge Laboratories."),
    ])
    r.head("Tier III: variants of unknown significance", 2)
    r.tab([["Gene", "Alteration", "VAF"],
           ["ARID1A", "c.3980C>T p.P1327L", "9%"],
           ["PBRM1", "c.3268G>A p.E1090K", "15%"],
           ["KMT2C", "c.8390delA p.K2797fs (homopolymer region, low confidence)", "6%"]],
          [0.15, 0.7, 0.15])
    r.p("PD-L1 immunohistochemistry was not requested. Electronically signed by Desmond "
        "Achterberg, MD, 06/03/2024.", "small")
    r.lab("IDH1", "mutation", "positive", "c.394C>T p.R132C", alteration="R132C")
    r.lab("MSI", "signature", "negative", "MS-Stable")
    r.lab("TMB", "signature", "negative", "TMB: 2 mut/Mb (Low", value="2 mut/Mb")
    r.lab("BRAF", "mutation", "negative", "fusions or amplifications found): BRAF")
    r.lab("IDH2", "mutation", "negative", "IDH2, KRAS")
    r.lab("KRAS", "mutation", "negative", "IDH2, KRAS, NTRK1/2/3 (fusion)")
    r.lab("NTRK", "fusion", "negative", "NTRK1/2/3 (fusion)")
    r.lab("HER2", "amplification", "negative", "ERBB2 copy number: 2.1 (not amplified)")
    return r


# ---------------------------------------------------------------------------------------------
@report("8409")
def r8409():
    h = HOUSES["valemount"]
    r = Report(h, "8409", dict(patient="Patient I", acc="VPU-24-1207"),
               "Valemount VPU-24-1207")
    r.kvs([("Patient", "Patient I"), ("Accession", "VPU-24-1207"),
           ("Date of birth", "1949-02-03"), ("Collected", "2024-02-26"),
           ("Specimen", "Prostate needle core, left base (block 1C)"), ("Received", "2024-03-01"),
           ("Histology", "Acinar adenocarcinoma, Gleason 4+5=9"), ("Reported", "2024-03-15"),
           ("Tumour content", "70%"), ("Clinician", "Esteban Harrow-Kaplan, MD (Urologic "
                                       "Oncology)")],
          ncols=2, keyfrac=0.3, mode="grid")
    r.p("Clinical context: metastatic castration-resistant prostate cancer after abiraterone; "
        "HRR gene testing requested for PARP inhibitor eligibility.", "small")
    r.head("Summary of results", 2)
    r.tab([["Finding", "Detail"],
           ["BRCA2: homozygous deletion (exons 1-27)", "Pathogenic; qualifying HRR alteration"],
           ["AR amplification (estimated 18 copies)", "Associated with prior androgen "
            "deprivation; not a PARP-eligibility alteration"],
           ["TP53 c.818G>A p.(Arg273His)", "Pathogenic; VAF 61%"],
           ["Microsatellite status: stable", "0 of 112 loci unstable"],
           ["Tumour mutational burden: 1.4 mut/Mb", "Somatic coding mutations per megabase"]],
          [0.5, 0.5], mode="box", bold_first_col=True)
    r.head("HRR genes analysed", 2)
    res = {"BRCA2": ("Homozygous deletion", "All coding exons; copy number 0")}
    rows = [["Gene", "Result", "Comment"]]
    for g in ["ATM", "BARD1", "BRCA1", "BRCA2", "BRIP1", "CDK12", "CHEK1", "CHEK2", "FANCL",
              "PALB2", "RAD51B", "RAD51C", "RAD51D", "RAD54L"]:
        a, b = res.get(g, ("No pathogenic or likely pathogenic alteration", ""))
        if g == "BRCA1":
            b = "VUS listed below"
        rows.append([g, a, b])
    r.tab(rows, [0.16, 0.48, 0.36], size=8.4)
    r.head("Sequence variants", 2)
    r.tab([["Gene", "cDNA", "Protein", "VAF", "Depth", "Classification"],
           ["TP53", "c.818G>A", "p.(Arg273His)", "61%", "812", "Pathogenic"],
           ["SPOP", "c.397T>G", "p.(Phe133Val)", "38%", "644", "Likely pathogenic"]],
          [0.12, 0.18, 0.22, 0.1, 0.1, 0.28])
    r.head("Copy number alterations", 2)
    r.tab([["Gene", "Band", "Estimated copies", "Call"],
           ["BRCA2", "13q13.1", "0", "homozygous deletion (exons 1-27)"],
           ["AR", "Xq12", "18", "amplification"],
           ["PTEN", "10q23.31", "1", "heterozygous loss"],
           ["MYC", "8q24.21", "4", "gain, below amplification threshold"]],
          [0.14, 0.16, 0.2, 0.5])
    r.head("Variants of uncertain significance", 2)
    r.p("BRCA1 c.3082C>T p.(Arg1028Cys), VAF 49% (possibly germline); FOXA1 c.749T>C "
        "p.(Ile250Thr), VAF 33%. These are not used for treatment selection.")
    r.head("Interpretation", 2)
    r.p("Homozygous deletion of BRCA2 predicts complete loss of BRCA2 function and is a "
        "qualifying alteration for PARP inhibitor therapy in metastatic castration-resistant "
        "prostate cancer. Because the deletion involves both alleles in tumour tissue, it is "
        "most likely somatic; however, a germline heterozygous deletion with somatic loss of the "
        "second allele cannot be excluded, and germline testing is recommended. AR amplification "
        "is typical of castration-resistant disease. Results should be correlated with any prior "
        "or plasma-based testing.")
    r.head("Methods and limitations", 2)
    r.p("DNA from FFPE tissue was sequenced by hybrid capture (HRR panel plus 60 additional "
        "cancer genes; microsatellite loci). Copy number was derived from normalised read depth "
        "against a pooled normal reference; homozygous deletion is called at an estimated copy "
        "number below 0.5 after purity adjustment. Tumour-only analysis: germline and somatic "
        "variants are not distinguished. Rearrangements with breakpoints outside captured "
        "regions are not detected.", "small")
    r.p("Report authorised by Aurelio Banfield-Cho, MD, PhD, Laboratory Director, 2024-03-15.",
        "small")
    r.lab("BRCA2", "mutation", "positive", "BRCA2: homozygous deletion (exons 1-27)",
          alteration="homozygous deletion", optional=True)
    r.lab("AR", "amplification", "positive", "AR amplification (estimated 18 copies)")
    r.lab("TP53", "mutation", "positive", "TP53 c.818G>A p.(Arg273His)", alteration="R273H")
    r.lab("BRCA1", "mutation", "negative", "BRCA1 No pathogenic or likely pathogenic alteration")
    r.lab("MSI", "signature", "negative", "Microsatellite status: stable")
    r.lab("TMB", "signature", "reported", "Tumour mutational burden: 1.4 mut/Mb",
          value="1.4 mut/Mb")
    return r


# ---------------------------------------------------------------------------------------------
@report("8410")
def r8410():
    h = HOUSES["kestrel"]
    r = Report(h, "8410", dict(patient="Patient J", dob="01/05/1966", acc="KLB-24-77310",
                               reported="07/09/2024", product="Kestrel ctDx Breast 74"),
               "KLB-24-77310")
    r.kvs([("Patient", "Patient J"), ("Ordering physician", "Imogen Sato-Barrett, MD"),
           ("Date of birth", "01/05/1966"), ("Facility", "Lakeshore Breast Oncology"),
           ("Sex", "Female"), ("Specimen", "Peripheral blood, 2 x 10 mL cfDNA tubes"),
           ("Diagnosis", "Metastatic breast carcinoma (bone, liver)"),
           ("Collected / received", "06/27/2024 / 06/28/2024")], ncols=2, keyfrac=0.32,
          size=8)
    r.p("**Clinical information provided:** ER-positive (90%), PR-positive (5%), HER2 0 (primary "
        "tumour, core biopsy 2021). Progression on letrozole plus a CDK4/6 inhibitor.", "small")
    r.head("Summary", 2)
    r.boxes([("Tumor-derived alterations", "2", "see table below"),
             ("ctDNA tumor fraction", "6.8%", "estimated"),
             ("Possible clonal hematopoiesis", "2", "not attributed to tumor")])
    r.head("Alterations detected", 2)
    rows = [["Gene", "Alteration", "% cfDNA", "Relative level", "Associated therapies / notes"],
            ["PIK3CA", "E545K (c.1633G>A)", "4.2%", Bar(0.42, 70),
             "Alpelisib, inavolisib, capivasertib (approved, PIK3CA-mutated HR+/HER2- advanced "
             "breast cancer)"],
            ["ESR1", "Y537S (c.1610A>C)", "1.1%", Bar(0.11, 70),
             "Elacestrant (approved, ESR1-mutated ER+/HER2- advanced breast cancer); aromatase "
             "inhibitor resistance"]]
    r.tab(rows, [0.1, 0.2, 0.1, 0.17, 0.43])
    r.p("Bars are scaled to 10% cfDNA.", "tiny")
    r.head("Variants likely from clonal hematopoiesis", 2)
    r.tab([["Gene", "Alteration", "% cfDNA", "Comment"],
           ["DNMT3A", "R882H", "0.9%", "Common in clonal hematopoiesis; not attributed to tumor"],
           ["TET2", "Q1034*", "0.4%", "Common in clonal hematopoiesis; not attributed to tumor"]],
          [0.14, 0.18, 0.12, 0.56])
    r.head("Genes with no alterations detected", 2)
    r.p("Reportable genes with no alterations detected: AKT1, BRCA1, BRCA2, PTEN. A result of "
        "'not detected' does not exclude an alteration in the tumor, particularly at low ctDNA "
        "fraction; consider tissue testing if clinically indicated.")
    r.head("Interpretation", 2)
    r.p("PIK3CA E545K is an activating helical-domain hotspot mutation. ESR1 encodes estrogen "
        "receptor alpha; ligand-binding domain mutations such as Y537S are acquired during "
        "aromatase inhibitor therapy and confer estrogen-independent receptor activity. Both "
        "alterations are associated with approved therapies in this setting. No alteration "
        "suggestive of germline origin (allele fraction near 50% or 100%) was identified.")
    r.head("Panel", 2)
    genes74 = ("AKT1 ALK APC AR ARAF ARID1A ATM BRAF BRCA1 BRCA2 CCND1 CCND2 CCNE1 CDH1 CDK4 CDK6 "
               "CDK12 CDKN2A CTNNB1 DDR2 EGFR ERBB2 ESR1 EZH2 FBXW7 FGFR1 FGFR2 FGFR3 GATA3 GNA11 "
               "GNAQ GNAS HNF1A HRAS IDH1 IDH2 JAK2 JAK3 KIT KRAS MAP2K1 MAP2K2 MAPK1 MAPK3 MET "
               "MLH1 MPL MTOR MYC MYCN NF1 NFE2L2 NOTCH1 NPM1 NRAS NTRK1 NTRK3 PALB2 PDGFRA PIK3CA "
               "PTEN PTPN11 RAF1 RB1 RET RHEB RHOA RIT1 ROS1 SMAD4 SMO STK11 TERT TP53").split()
    r.tab(gene_rows(genes74, 10), [0.1] * 10, header=0, size=7, mode="grid")
    r.p("Panel content is listed for reference; inclusion does not imply an alteration was "
        "found. Only the genes named under 'Genes with no alterations detected' are reported as "
        "negative for this indication.", "tiny")
    r.head("Methods and limitations", 2)
    r.p("Cell-free DNA was extracted from plasma and sequenced with a hybrid-capture panel using "
        "unique molecular identifiers (median unique depth 4,800x). SNVs and indels are reported "
        "at 0.1% or more, amplifications of selected genes at 2.5 copies or more above plasma "
        "ploidy. Variants in genes associated with clonal hematopoiesis are flagged when their "
        "profile suggests a hematopoietic origin. This test is not designed to detect germline "
        "variants and is not a substitute for germline testing. Developed and validated by "
        "Kestrel Liquid Biopsy; not FDA cleared.", "small")
    r.p("Approved by Yusuf Haddad-Lowe, MD, Laboratory Director, 07/09/2024.", "small")
    r.lab("PIK3CA", "mutation", "positive", "E545K (c.1633G>A)", alteration="E545K")
    r.lab("ER", "mutation", "positive", "Y537S (c.1610A>C)", alteration="Y537S", optional=True)
    r.lab("BRCA1", "mutation", "negative", "no alterations detected: AKT1, BRCA1, BRCA2, PTEN")
    r.lab("BRCA2", "mutation", "negative", "no alterations detected: AKT1, BRCA1, BRCA2, PTEN")
    r.lab("ER", "expression", "positive", "ER-positive (90%)", percent=90)
    r.lab("PR", "expression", "positive", "PR-positive (5%)", percent=5)
    r.lab("HER2", "expression", "negative", "HER2 0 (primary tumour", ihc_score="0")
    return r
