"""BRCA (germline / somatic), glioma, myeloid, failed CGP and thyroid reports: 2835-2840."""
from lib import L, Report, patient_block

LAB_US13 = {"name": "CANARY Hereditary Cancer Genetics Laboratory", "region": "us", "head": "band", "color": "#5c4d7d",
            "addr": ["Germline Testing Services  |  11 Invented Genome Way, Salt Flats, UT 00000", "CLIA 99D9999913  CAP 9990013"],
            "foot": "Germline test. Results should be discussed with a genetic counselor. Fictitious laboratory.",
            "acc": "HG-26-990412"}


def r2835():
    r = Report("2835", LAB_US13, title="HEREDITARY BREAST AND OVARIAN CANCER PANEL (GERMLINE) - 9 GENES")
    patient_block(r, [("Sample", "Peripheral blood (EDTA)"), ("Indication", "Personal history of triple-negative breast cancer at 38")])
    r.box("RESULT: POSITIVE - PATHOGENIC VARIANT IDENTIFIED", [
        "**BRCA1** c.68_69del p.(Glu23Valfs*17)  -  Heterozygous  -  PATHOGENIC"], fill="#fdecec", border="#a61b1b")
    r.h2("Genes analyzed and results")
    r.table([["Gene", "Result"],
             ["BRCA1", "Pathogenic variant (see above)"],
             ["BRCA2", "No pathogenic variant identified"],
             ["PALB2", "No pathogenic variant identified"],
             ["TP53", "No pathogenic variant identified"],
             ["CDH1, PTEN, STK11, CHEK2, ATM", "No pathogenic variant identified"]], widths=[0.4, 0.6], style="lines")
    r.h2("Variants of uncertain significance")
    r.p("BRCA2 c.7522G>A p.(Gly2508Ser) - heterozygous - uncertain significance. VUS should not be used for clinical "
        "management; family members should not be tested for this variant.")
    r.h2("Interpretation")
    r.p("This individual is heterozygous for a pathogenic BRCA1 variant (Ashkenazi founder 185delAG), which confers "
        "increased lifetime risks of breast and ovarian cancer. Cascade testing of at-risk relatives is recommended.")
    r.small("Methods: NGS of coding regions and +/-20 bp flanking introns; MLPA/NGS-based deletion/duplication analysis. "
            "Limitations: deep intronic variants and low-level mosaicism may not be detected.")
    r.sign("L. Feldman, PhD, FACMG", "11/08/2026")
    r.lab(L("BRCA1", "mutation", "positive", "p.(Glu23Valfs*17)", alteration="E23Vfs*17"),
          L("BRCA2", "mutation", "negative", "BRCA2 No pathogenic variant identified"),
          L("TP53", "mutation", "negative", "TP53 No pathogenic variant identified"))
    return r


LAB_EU13 = {"name": "CANARY Istituto Tumori Invented - Laboratorio di Oncologia Molecolare", "region": "eu", "head": "rule",
            "color": "#1d3557", "addr": ["Via Immaginaria 20, 00000 Lagoverde", "(fictitious)"], "foot": "Referto BRCA somatico (fittizio).",
            "acc": "LOM-26-0388", "pagefmt": "Pag. %d/%d"}


def r2836():
    r = Report("2836", LAB_EU13, title="Somatic (tumour) BRCA1/BRCA2 testing - ovarian carcinoma")
    patient_block(r, [("Campione", "Tuba/ovaio dx, FFPE, blocco 5; cellularita neoplastica 60%")])
    r.table([["Gene", "Variant", "Consequence", "Allelic fraction", "Classification"],
             ["BRCA2", "c.5946del", "p.(Ser1982Argfs*22)", "58%", "Class 5 (pathogenic)"],
             ["BRCA1", "c.4837A>G", "p.(Ser1613Gly)", "51%", "Class 1 (benign polymorphism)"]],
            widths=[0.1, 0.17, 0.25, 0.16, 0.32], style="grid")
    r.p("BRCA1: no pathogenic or likely pathogenic variant detected.")
    r.h2("Conclusion")
    r.p("A pathogenic BRCA2 frameshift variant was found in tumour DNA. Germline testing is recommended to determine whether "
        "the variant is constitutional. The patient may be eligible for PARP inhibitor maintenance therapy.")
    r.small("Note: tumour testing can detect both somatic and germline variants but cannot distinguish them; large "
            "rearrangements of BRCA1/2 are not detected by this method.")
    r.sign("Dott. E. Russo", "20/11/2026")
    r.lab(L("BRCA2", "mutation", "positive", "p.(Ser1982Argfs*22)", alteration="S1982Rfs*22"),
          L("BRCA1", "mutation", "negative", "BRCA1: no pathogenic or likely pathogenic variant detected"))
    return r


LAB_EU14 = {"name": "CANARY Institute of Neuropathology, Invented University Hospital", "region": "eu", "head": "band",
            "color": "#283618", "addr": ["Reference Centre for Brain Tumours (fictitious)", "Invented-Allee 1, 0000 Waldheim"],
            "foot": "Integrated diagnosis according to WHO CNS5.", "acc": "NP-26-1457"}


def r2837():
    r = Report("2837", LAB_EU14, title="Neuropathology - molecular work-up of a diffuse glioma")
    patient_block(r, [("Material", "Left frontal lobe, resection"), ("Histology", "Diffuse astrocytic glioma")])
    r.h2("Immunohistochemistry")
    r.p("IDH1 R132H (H09): negative. ATRX: loss of nuclear expression in tumour cells. p53: strong nuclear staining in "
        "about 80% of tumour cells (diffuse overexpression). Ki-67 (MIB-1): 8%.")
    r.h2("Molecular pathology")
    r.table([["Analysis", "Result"],
             ["IDH1 (codon 132) - pyrosequencing", "mutated: c.394C>T p.(Arg132Cys)"],
             ["IDH2 (codon 172) - pyrosequencing", "wild type"],
             ["1p/19q (FISH)", "no codeletion"],
             ["MGMT promoter", "methylated (22%)"],
             ["CDKN2A/B", "no homozygous deletion"]], widths=[0.45, 0.55], style="grid")
    r.h2("Integrated diagnosis")
    r.p("Astrocytoma, IDH-mutant, CNS WHO grade 2. Note: the IDH1 R132H-specific antibody is negative because of a non-canonical "
        "IDH1 R132C mutation.")
    r.sign("Prof. Dr. A. Schmidt-Invent", "12.11.2026")
    r.lab(L("IDH1", "expression", "negative", "IDH1 R132H (H09): negative"),
          L("IDH1", "mutation", "positive", "p.(Arg132Cys)", alteration="R132C"),
          L("IDH2", "mutation", "negative", "IDH2 (codon 172) - pyrosequencing wild type"),
          L("TP53", "expression", "positive", "diffuse overexpression"),
          L("Ki-67", "expression", "reported", "Ki-67 (MIB-1): 8%", percent=8))
    return r


LAB_AS9 = {"name": "CANARY Pearl Delta Haematology Laboratory", "region": "as", "head": "center", "color": "#9d0208",
           "addr": ["Molecular Haematology, 00 Invented Road, Pearl Delta", "Tel (000) 0000 0000"], "foot": "Fictitious laboratory.",
           "acc": "MH26-0721"}


def r2838():
    r = Report("2838", LAB_AS9, title="Myeloid NGS Panel (40 genes) - Bone Marrow")
    patient_block(r, [("Specimen", "Bone marrow aspirate (EDTA)"), ("Diagnosis", "Acute myeloid leukaemia, newly diagnosed")])
    r.h2("Tier 1/2 variants")
    r.table([["Gene", "HGVS", "VAF", "Tier"],
             ["IDH2", "c.419G>A p.(Arg140Gln)", "38.2%", "I (enasidenib)"],
             ["NPM1", "c.860_863dup p.(Trp288Cysfs*12)", "41.0%", "I"],
             ["NRAS", "c.35G>A p.(Gly12Asp)", "12.4%", "II"],
             ["DNMT3A", "c.2645G>A p.(Arg882His)", "44.7%", "II"]], widths=[0.15, 0.45, 0.15, 0.25], style="grid")
    r.h2("FLT3")
    r.p("FLT3-ITD: not detected (capillary electrophoresis). FLT3-TKD: not detected.")
    r.h2("Negative genes")
    r.p("No pathogenic variants in: IDH1, KRAS, TP53, RUNX1, ASXL1, CEBPA, KIT.")
    r.sign("Dr. Y. Wong", "17/11/2026")
    r.lab(L("IDH2", "mutation", "positive", "p.(Arg140Gln)", alteration="R140Q"),
          L("NRAS", "mutation", "positive", "c.35G>A p.(Gly12Asp)", alteration="G12D"),
          L("IDH1", "mutation", "negative", "No pathogenic variants in: IDH1, KRAS, TP53"),
          L("KRAS", "mutation", "negative", "No pathogenic variants in: IDH1, KRAS, TP53"),
          L("TP53", "mutation", "negative", "No pathogenic variants in: IDH1, KRAS, TP53"))
    return r


LAB_US14 = {"name": "CANARY Meridian Genomics Laboratory - Client Services", "region": "us", "head": "rule", "color": "#123d6a",
            "addr": ["4410 Invented Parkway, Suite 200, Lakeshore, IL 60000", "CLIA 99D9999901"],
            "foot": "Specimen rejection / test failure notice. Fictitious laboratory.", "acc": "MG26-005120"}


def r2839():
    r = Report("2839", LAB_US14, title="TEST NOT COMPLETED - QUALITY CONTROL FAILURE")
    patient_block(r, [("Test ordered", "Solid tumor profile (523 genes, DNA + RNA)"), ("Specimen", "Pancreas, EUS-FNB")])
    r.h2("Status: CANCELLED - insufficient tumor content")
    r.p("The submitted specimen contained approximately 5% tumor nuclei (minimum 20%) and yielded 8 ng DNA. Sequencing "
        "was attempted but failed quality metrics (median depth 95x). No results for KRAS, BRAF, BRCA1, BRCA2, NTRK1-3, "
        "MSI or TMB can be reported.")
    r.h2("Recommendations")
    r.p("Please submit an alternative block or consider plasma testing (Bloodline cfDNA 74). In pancreatic "
        "adenocarcinoma, KRAS mutations occur in more than 90% of cases; NTRK fusions and BRCA1/2 alterations are rare "
        "but actionable.")
    r.h2("Previously reported tests for this accession")
    r.p("PD-L1 22C3: not performed. MMR IHC: pending at referring hospital.")
    r.sign("R. Okafor, MD, PhD", "11/22/2026")
    return r


LAB_EU15 = {"name": "CANARY Endocrine Pathology Unit, Invented General Infirmary", "region": "eu", "head": "band",
            "color": "#b56576", "addr": ["Thyroid Molecular Service (fictitious)", "Invented Road, Eastport EP0 0AA"],
            "foot": "Thyroid molecular report (fictitious).", "acc": "EPU-26-0233"}


def r2840():
    r = Report("2840", LAB_EU15, title="Thyroid tumour molecular panel (DNA/RNA)")
    patient_block(r, [("Specimen", "Thyroid, total thyroidectomy, right lobe nodule"), ("Histology", "Medullary thyroid carcinoma")])
    r.h2("Result summary")
    r.p("RET: **pathogenic variant detected** - c.2753T>C, p.(Met918Thr), allele fraction 41%.")
    r.p("RAS genes: HRAS, KRAS and NRAS - no variant detected (codons 12, 13, 61).")
    r.p("BRAF: V600E not detected.")
    r.p("Fusion analysis (RNA): not performed - insufficient RNA quality.")
    r.h2("Comment")
    r.p("RET M918T is the most common somatic RET mutation in sporadic medullary thyroid carcinoma and predicts sensitivity "
        "to selective RET inhibitors. Germline RET testing is advised to exclude MEN2B if clinically indicated.")
    r.sign("Dr S. Patel", "22/11/2026")
    r.lab(L("RET", "mutation", "positive", "p.(Met918Thr)", alteration="M918T"),
          L("HRAS", "mutation", "negative", "HRAS, KRAS and NRAS - no variant detected"),
          L("KRAS", "mutation", "negative", "HRAS, KRAS and NRAS - no variant detected"),
          L("NRAS", "mutation", "negative", "HRAS, KRAS and NRAS - no variant detected"),
          L("BRAF", "mutation", "negative", "BRAF: V600E not detected"))
    return r


REPORTS = {f.__name__[1:]: f for f in [r2835, r2836, r2837, r2838, r2839, r2840]}
