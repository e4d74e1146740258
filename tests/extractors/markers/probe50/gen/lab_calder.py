"""Calder Genetics: a hereditary cancer laboratory with an optional tumour (somatic) add-on.
House style: US letter, Times, a purple wordmark, a large result banner, variant details
written as paragraphs, genes analysed in columns, a boxed somatic section, family-testing notes."""
from reportlab.lib.pagesizes import letter
from reportlab.platypus import SimpleDocTemplate

from common import *

PURPLE = colors.HexColor("#5B2C83")
LILAC = colors.HexColor("#EFE8F6")
SAGE = colors.HexColor("#E6EFE8")
GREY = colors.HexColor("#666666")

S = {
    "body": style("cg_body", "Times-Roman", 10.2, leading=13),
    "small": style("cg_small", "Times-Roman", 8.4, leading=10.2, color=GREY),
    "h1": style("cg_h1", "Times-Bold", 12, leading=15, color=PURPLE, space_before=10, space_after=3, keepWithNext=1),
    "h2": style("cg_h2", "Times-BoldItalic", 10.2, leading=13, space_before=6, space_after=2, keepWithNext=1),
    "cell": style("cg_cell", "Times-Roman", 9, leading=11),
    "cellh": style("cg_cellh", "Times-Bold", 9, leading=11, color=PURPLE),
    "banner": style("cg_banner", "Times-Bold", 18, leading=22, color=colors.white),
    "bannersub": style("cg_bsub", "Times-Roman", 10.5, leading=13, color=colors.white),
}

HEAD = {6610: ("CG-4471-0925", "2025-10-02"), 6611: ("CG-4529-1025", "2025-10-21")}


class Calder:
    name = "Calder Genetics"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = letter

        def page(c, pg, total):
            c.saveState()
            c.setFillColor(PURPLE)
            c.setFont("Times-Bold", 15)
            c.drawString(54, H - 46, "C A L D E R")
            c.setFont("Times-Roman", 10)
            c.drawString(146, H - 46, "GENETICS")
            c.setFillColor(colors.black)
            c.setFont("Times-Italic", 9.5)
            c.drawRightString(W - 54, H - 40, "Hereditary Cancer Risk Assessment  \u00b7  CalderComplete 52")
            c.setFont("Times-Roman", 8.5)
            c.drawRightString(W - 54, H - 52, f"{patient(rid)}   \u00b7   Order {acc}   \u00b7   Reported {date}")
            c.setStrokeColor(PURPLE)
            c.setLineWidth(1.2)
            c.line(54, H - 60, W - 54, H - 60)
            c.setFont("Times-Roman", 7.5)
            c.setFillColor(GREY)
            c.drawString(54, 32, "Calder Genetics \u00b7 2600 Foundry Lane, Madison, WI \u00b7 CLIA 52D9990777 \u00b7 Genetic counselling line 608-555-0191 "
                                 "\u00b7 calder-genetics.invalid")
            c.drawRightString(W - 54, 32, f"{pg} of {total}")
            c.restoreState()

        doc = SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54, topMargin=74,
                                bottomMargin=52, title=f"CalderComplete {acc}", author="Calder Genetics")
        doc.build(story, canvasmaker=numbered(page))


LAB = Calder()


def banner(word, sub, colour):
    t = Table([[Paragraph(word, S["banner"])], [Paragraph(sub, S["bannersub"])]], colWidths=[504])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 9)]))
    return t


def facts(rows):
    t = Table([[Paragraph(a, S["cellh"]), Paragraph(b, S["cell"]), Paragraph(c, S["cellh"]), Paragraph(d, S["cell"])]
               for a, b, c, d in rows], colWidths=[92, 160, 92, 160])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.5, PURPLE)]))
    return t


def gene_columns(genes, across=6):
    rows = [genes[i:i + across] for i in range(0, len(genes), across)]
    rows[-1] += [""] * (across - len(rows[-1]))
    t = Table([[Paragraph(g, S["cell"]) for g in r] for r in rows], colWidths=[84] * across)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LILAC), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def somatic_box(flowables):
    t = Table([[f] for f in flowables], colWidths=[504])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return t


def plain_table(rows, widths):
    t = Table(cells(rows, S["cell"]), colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), LILAC), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C8B8DA"))]))
    return t


GENES52 = ["APC", "ATM", "AXIN2", "BAP1", "BARD1", "BMPR1A", "BRCA1", "BRCA2", "BRIP1", "CDH1", "CDK4", "CDKN2A",
           "CHEK2", "CTNNA1", "DICER1", "EPCAM", "FH", "FLCN", "GREM1", "HOXB13", "MBD4", "MEN1", "MITF", "MLH1",
           "MSH2", "MSH3", "MSH6", "MUTYH", "NBN", "NF1", "NTHL1", "PALB2", "PMS2", "POLD1", "POLE", "PTEN",
           "RAD51C", "RAD51D", "RB1", "RET", "SDHA", "SDHB", "SDHC", "SDHD", "SMAD4", "SMARCA4", "STK11", "TP53",
           "TSC1", "TSC2", "VHL", "WT1"]


def methods_calder():
    return paras("""
<b>Germline methods.</b> Genomic DNA from blood or saliva is enriched for the coding exons and 20 bp of flanking intron
of the 52 genes listed, plus selected non-coding regions (e.g. the EPCAM 3' end, the GREM1 upstream duplication and
the MITF p.E318K site), and sequenced to at least 50x at every targeted base. Exon-level deletions and duplications are
called from read depth and confirmed by an orthogonal method. Variants are classified using the ACMG/AMP framework with
Calder's gene-specific refinements; only pathogenic and likely pathogenic variants are reported as positive results.
Variants of uncertain significance are reported but should not be used for medical management. Benign and likely benign
variants are not reported.

<b>Somatic add-on.</b> When a tumour block is supplied, DNA from the tumour is sequenced with a 96-gene somatic panel and
compared with the germline result so that inherited variants can be separated from tumour-only variants. TMB is
reported as the number of somatic coding variants per megabase.

<b>Limitations.</b> RET analysis is germline only. This test does not detect all variants in every gene (for example
some inversions, low-level mosaicism, or variants in PMS2 exons 12-15 masked by its pseudogene). Results should be
interpreted with the personal and family history.
""", S["small"])


# --------------------------------------------------------------------------- 6610
@report(6610, LAB, "Hereditary cancer panel (52 genes) with tumour add-on", "Breast carcinoma",
        ["NEG", "VUS", "REL", "PRI", "BIO", "MTH"], [
    L("BRCA2", "mutation", "positive", ["c.5946delT", "p.Ser1982Argfs*22"], alteration="S1982Rfs*22"),
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("TP53", "mutation", "negative", "TP53"),
    L("MLH1", "mutation", "negative", "MLH1"),
    L("MSH2", "mutation", "negative", "MSH2"),
    L("MSH6", "mutation", "negative", "MSH6"),
    L("PMS2", "mutation", "negative", "PMS2"),
    L("RET", "mutation", "negative", "RET"),
    L("PIK3CA", "mutation", "positive", ["p.Glu545Lys"], alteration="E545K"),
    L("HER2", "amplification", "negative", ["ERBB2 copy", "Not amplified (ratio 1.1)"]),
    L("ER", "mutation", "negative", "ESR1", optional=True),
    L("TMB", "signature", "reported", ["5.0 mutations/Mb"], value="5.0 mut/Mb"),
    L("MSI", "signature", "negative", "microsatellite stable"),
    L("ER", "expression", "positive", ["43; ER", "positive, PR positive"], optional=True),
    L("PR", "expression", "positive", "PR positive", optional=True),
    L("HER2", "expression", "negative", "HER2 negative", optional=True),
])
def r6610():
    rid = 6610
    s = [facts([("Patient", patient(rid), "Date of birth", "1982-05-19"),
                ("Specimens", "Blood (germline); tumour block S25-66120 A4 (somatic add-on)", "Collected", "2025-09-10"),
                ("Ordering provider", "Dr. Wilhelmina Osterhout-Caine", "Genetic counsellor", "Ruth Abernathy-Soto, MS, CGC"),
                ("Indication", "Breast cancer diagnosed at 43; ER positive, PR positive, HER2 negative per requisition; "
                               "family history of breast and pancreatic cancer", "Test", "CalderComplete 52 + Tumor Add-on")])]
    s += [Spacer(1, 10), banner("POSITIVE", "One pathogenic variant identified in BRCA2", PURPLE)]
    s += [Paragraph("Result summary", S["h1"]), plain_table([
        ["Gene", "Variant", "Zygosity", "Classification", "Associated risk"],
        ["BRCA2", "c.5946delT<br/>p.Ser1982Argfs*22", "Heterozygous", "Pathogenic",
         "Hereditary breast and ovarian cancer; increased risk of pancreatic and prostate cancer and melanoma"],
    ], [50, 110, 72, 70, 202])]
    s += [Paragraph("Variant details", S["h2"]), Paragraph(
        "<b>BRCA2 c.5946delT (p.Ser1982Argfs*22).</b> This single-nucleotide deletion in exon 11 shifts the reading frame and "
        "introduces a premature stop codon 22 codons downstream, predicted to produce a truncated or absent protein. It is a "
        "recurrent founder variant (historically 6174delT) observed in many individuals with breast and ovarian cancer and "
        "is classified as pathogenic by multiple laboratories. Loss-of-function variants in BRCA2 are an established "
        "mechanism of disease.", S["body"])]
    s += [Paragraph("Variant of uncertain significance", S["h2"]), Paragraph(
        "<b>ATM c.6067G>A (p.Gly2023Arg)</b>, heterozygous. Evidence is insufficient to classify this missense variant as "
        "pathogenic or benign. It should not change management. Calder re-evaluates variants of uncertain significance and "
        "will issue an amended report if the classification changes.", S["body"])]
    s += [Paragraph("Genes analysed with no pathogenic or likely pathogenic variant", S["h2"])]
    s += [gene_columns([g for g in GENES52 if g not in ("BRCA2",)])]
    s += [Paragraph("ATM appears in this list because the variant found in it is of uncertain significance.", S["small"])]
    s += [PageBreak(), Paragraph("Tumor Add-on (somatic) \u2014 block S25-66120 A4, left breast, 2025-08-22", S["h1"])]
    s += [somatic_box([
        Paragraph("Tumour content 60%. Somatic variants are those absent from the germline sample.", S["small"]),
        plain_table([
            ["Gene", "Somatic finding", "VAF", "Comment"],
            ["PIK3CA", "c.1633G>A p.Glu545Lys (exon 10)", "27%", "Activating; PI3K-alpha inhibitor eligibility in HR+/HER2- "
                                                               "advanced disease"],
            ["BRCA2", "germline c.5946delT with loss of heterozygosity", "81%", "Second hit by LOH of the wild-type allele"],
            ["GATA3", "c.1049_1050delAG p.Glu350fs", "19%", "Not actionable"],
            ["ESR1", "No ligand-binding-domain variant", "&mdash;", ""],
            ["ERBB2 copy number", "Not amplified (ratio 1.1)", "&mdash;", ""],
        ], [84, 170, 34, 196]),
        Spacer(1, 4),
        plain_table([
            ["Signature", "Result", "Note"],
            ["Tumour mutational burden", "5.0 mutations/Mb", "For information; Calder does not assign a TMB category"],
            ["Microsatellite status", "microsatellite stable", "58 loci"],
            ["HRD (LOH fraction)", "31%", "Elevated; consistent with BRCA2 biallelic loss"],
        ], [140, 120, 224]),
    ])]
    s += [Paragraph("What this means", S["h1"])] + paras("""
This patient carries an inherited (germline) pathogenic variant in BRCA2. Combined with the tumour result, the breast
cancer shows loss of the second BRCA2 copy, which is relevant to the use of PARP inhibitors (olaparib, talazoparib) and
platinum-based chemotherapy. Management guidelines for BRCA2 carriers include discussion of risk-reducing
salpingo-oophorectomy, enhanced breast surveillance of the contralateral breast, and pancreatic and prostate cancer
screening where appropriate.
""", S["body"])
    s += [Paragraph("Family testing", S["h2"]), Paragraph(
        "The requisition notes that the patient's maternal aunt was previously found to carry BRCA2 c.5946delT at another "
        "laboratory. This report now confirms the same variant in the patient. First-degree relatives (parents, siblings and "
        "children over 18) each have a 50% chance of carrying it; Calder offers single-site testing for relatives at no charge "
        "within 90 days (order code CG-FAM-1).", S["body"])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_calder()
    s += [Spacer(1, 6), Paragraph("Reviewed and signed: Dr. Eamon Valdivia-Park, PhD, FACMG, Clinical Molecular Geneticist, "
                                  "2025-10-02. Variant interpretation: Calder Variant Science team.", S["small"])]
    return s


# --------------------------------------------------------------------------- 6611
@report(6611, LAB, "Hereditary cancer panel (negative) with tumour add-on", "Pancreatic ductal adenocarcinoma",
        ["NEG", "VUS", "REL", "BIO", "MTH"], [
    L("BRCA1", "mutation", "negative", "BRCA1"),
    L("BRCA2", "mutation", "negative", ["BRCA2", "NOT detected"]),
    L("TP53", "mutation", "negative", "TP53"),
    L("MLH1", "mutation", "negative", "MLH1"),
    L("MSH2", "mutation", "negative", "MSH2"),
    L("MSH6", "mutation", "negative", "MSH6"),
    L("PMS2", "mutation", "negative", "PMS2"),
    L("RET", "mutation", "negative", "RET"),
    L("KRAS", "mutation", "positive", ["p.Gly12Arg"], alteration="G12R"),
    L("TP53", "mutation", "positive", ["p.Arg282Trp"], alteration="R282W"),
    L("MSI", "signature", "negative", "microsatellite stable"),
    L("TMB", "signature", "negative", ["1.0 mutations/Mb"], value="1.0 mut/Mb"),
    L("BRAF", "mutation", "negative", "BRAF"),
])
def r6611():
    rid = 6611
    s = [facts([("Patient", patient(rid), "Date of birth", "1958-09-27"),
                ("Specimens", "Saliva (germline); pancreatic tail resection block PX25-2231 B6 (somatic)", "Collected", "2025-09-29"),
                ("Ordering provider", "Dr. Cormac Ellingboe-Sato", "Genetic counsellor", "Nadia Brightwell-Osei, MS, CGC"),
                ("Indication", "Pancreatic adenocarcinoma at 66; mother with a known BRCA2 pathogenic variant",
                 "Test", "CalderComplete 52 + familial variant check + Tumor Add-on")])]
    s += [Spacer(1, 10), banner("NEGATIVE", "No pathogenic or likely pathogenic germline variant identified", GREY)]
    s += [Paragraph("Familial variant", S["h1"]), Paragraph(
        "The patient's mother carries <b>BRCA2 c.7558C>T (p.Arg2520*)</b>, a pathogenic variant reported by an outside laboratory "
        "(copy of report provided). This specific variant was targeted and was <b>NOT detected</b> in the patient; the patient "
        "has not inherited the familial BRCA2 variant.", S["body"])]
    s += [Paragraph("Variant of uncertain significance", S["h2"]), Paragraph(
        "BRCA1 c.5198A>G (p.Asp1733Gly), heterozygous \u2014 uncertain significance. A variant of uncertain significance is not a "
        "positive result and does not by itself indicate increased cancer risk.", S["body"])]
    s += [Paragraph("Genes analysed (52) \u2014 no pathogenic or likely pathogenic variants in any gene", S["h2"])]
    s += [gene_columns(GENES52)]
    s += [Paragraph("Interpretation of a negative result", S["h1"])] + paras("""
A negative germline result lowers, but does not remove, the chance of an inherited predisposition: the family history
(maternal BRCA2 carrier) is explained for the mother's side, and the patient's pancreatic cancer is most likely sporadic.
Relatives should be managed according to their own family history and, for the mother's other descendants, according to
their own testing for BRCA2 c.7558C>T.
""", S["body"])
    s += [PageBreak(), Paragraph("Tumor Add-on (somatic)", S["h1"])]
    s += [somatic_box([
        Paragraph("Block PX25-2231 B6, pancreatic tail; tumour content 30% (pathologist), 24% (sequencing estimate).", S["small"]),
        plain_table([
            ["Gene", "Somatic finding", "VAF", "Tier"],
            ["KRAS", "c.34C>A p.Gly12Arg (exon 2)", "14%", "II \u2014 investigational pan-RAS and G12R-directed agents"],
            ["TP53", "c.844C>T p.Arg282Trp (exon 8)", "12%", "II"],
            ["CDKN2A", "Homozygous deletion", "CN 0", "II"],
            ["SMAD4", "c.1051G>A p.Asp351Asn", "11%", "III"],
            ["BRAF", "No variant", "&mdash;", "&mdash; (relevant to KRAS wild-type tumours only)"],
        ], [60, 170, 40, 214]),
        Spacer(1, 4),
        plain_table([
            ["Signature", "Result", "Threshold"],
            ["Tumour mutational burden", "1.0 mutations/Mb (low)", "High at 10 mutations/Mb or more"],
            ["Microsatellite status", "microsatellite stable", "MSI-H if 30% or more loci unstable"],
            ["Homologous recombination deficiency", "Not evaluable", "Tumour content below 30% by sequencing"],
        ], [170, 140, 174]),
    ])]
    s += [Paragraph("Somatic interpretation", S["h2"]), Paragraph(
        "The tumour shows the typical pattern of pancreatic ductal adenocarcinoma (KRAS, TP53, CDKN2A). KRAS p.Gly12Arg is less "
        "responsive to some RAS(ON) inhibitors in early reports than G12D or G12V; clinical trials with pan-RAS agents remain an "
        "option (e.g. CALDER-TRIALS list: RMC-class agents, KRAS G12D-selective agents not matched). No BRCA1, BRCA2 or PALB2 "
        "somatic alteration was found, so platinum sensitivity cannot be inferred from this result.", S["body"])]
    s += [Paragraph("Methods and limitations", S["h1"])] + methods_calder()
    s += [Spacer(1, 6), Paragraph("Reviewed and signed: Dr. Hyun-Ae Grossweiler, PhD, FACMG, 2025-10-21.", S["small"])]
    return s
