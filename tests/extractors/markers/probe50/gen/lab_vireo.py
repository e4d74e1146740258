"""Vireo Exome Center: tumour-normal whole-exome sequencing with an oncology summary.
House style: A4, Times, numbered sections with footnote markers, an evidence-level column,
ACMG secondary findings, and later pages set in two columns like a journal."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from common import *

OLIVE = colors.HexColor("#4F5B2A")
PAPER = colors.HexColor("#F4F3EC")

S = {
    "body": style("vx_body", "Times-Roman", 10, leading=12.8, align=4),
    "small": style("vx_small", "Times-Roman", 8.2, leading=10, align=4),
    "h1": style("vx_h1", "Times-Bold", 11.5, leading=14, color=OLIVE, space_before=9, space_after=3, keepWithNext=1),
    "h2": style("vx_h2", "Times-Bold", 9.6, leading=12, space_before=5, space_after=1, keepWithNext=1),
    "cell": style("vx_cell", "Times-Roman", 8.8, leading=10.6),
    "cellb": style("vx_cellb", "Times-Bold", 8.8, leading=10.6),
    "foot": style("vx_foot", "Times-Italic", 7.8, leading=9.4),
}

HEAD = {6617: ("VX-ONC-25-0388", "27 October 2025"), 6618: ("VX-ONC-25-0412", "10 November 2025")}


class Vireo:
    name = "Vireo Exome Center"

    def build(self, path, rid, story):
        acc, date = HEAD[rid]
        W, H = A4

        def first(c, doc):
            c.saveState()
            c.setFillColor(OLIVE)
            c.setFont("Times-Bold", 20)
            c.drawString(56, H - 52, "Vireo")
            c.setFont("Times-Roman", 11)
            c.drawString(112, H - 52, "Exome Center")
            c.setFont("Times-Italic", 9)
            c.setFillColor(colors.black)
            c.drawString(56, H - 66, "Clinical exome sequencing \u2014 tumour/normal \u2014 Oncology Summary")
            c.setFont("Times-Roman", 8.5)
            c.drawRightString(W - 56, H - 46, f"Report {acc}")
            c.drawRightString(W - 56, H - 57, f"Issued {date}")
            c.drawRightString(W - 56, H - 68, patient(rid))
            c.setStrokeColor(OLIVE)
            c.line(56, H - 76, W - 56, H - 76)
            c.restoreState()

        def later(c, doc):
            c.saveState()
            c.setFont("Times-Italic", 8.5)
            c.drawString(56, H - 40, f"Vireo Exome Center \u00b7 {acc} \u00b7 {patient(rid)}")
            c.setStrokeColor(OLIVE)
            c.line(56, H - 45, W - 56, H - 45)
            c.restoreState()

        def foot(c, pg, total):
            c.saveState()
            c.setFont("Times-Roman", 7.5)
            c.drawString(56, 30, "Vireo Exome Center, 19 Alder Quay, Halberton HB2 5RW \u00b7 +44 1632 960 553 \u00b7 vireo-exome.invalid")
            c.drawRightString(W - 56, 30, f"{pg}/{total}")
            c.restoreState()

        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=50,
                              title=f"Vireo oncology summary {acc}", author="Vireo Exome Center")
        one = Frame(56, 50, W - 112, H - 136, id="one", leftPadding=0, rightPadding=0)
        colw = (W - 112 - 18) / 2
        c1 = Frame(56, 50, colw, H - 110, id="c1", leftPadding=0, rightPadding=0)
        c2 = Frame(56 + colw + 18, 50, colw, H - 110, id="c2", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate("first", [one], onPage=first),
                              PageTemplate("two", [c1, c2], onPage=later)])
        doc.build([NextPageTemplate("two")] + story, canvasmaker=numbered(foot))


LAB = Vireo()


def tbl(rows, widths, shade=True):
    t = Table(cells(rows, S["cell"]), colWidths=widths, repeatRows=1)
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 1, OLIVE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, OLIVE),
            ("LINEBELOW", (0, -1), (-1, -1), 1, OLIVE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if shade:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), PAPER))
    t.setStyle(TableStyle(cmds))
    return t


def particulars(rid, rows):
    t = Table([[Paragraph(a, S["cellb"]), Paragraph(b, S["cell"])] for a, b in [("Patient", patient(rid))] + rows],
              colWidths=[120, 363])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PAPER), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


LEVELS = ("Evidence levels used in this summary: Level 1 \u2014 biomarker predicts response to an approved drug in this "
          "tumour type; Level 2 \u2014 standard care biomarker in this tumour type; Level 3A \u2014 compelling clinical evidence "
          "in this tumour type; Level 3B \u2014 standard care or investigational in another tumour type; Level 4 \u2014 "
          "biological evidence; R1/R2 \u2014 resistance. Prognostic (Px) and diagnostic (Dx) levels are given where relevant.")


def glossary():
    items = [
        ("Allele fraction (VAF)", "the percentage of sequencing reads at a position that carry the variant."),
        ("Clonal", "present in essentially all tumour cells; a subclonal variant is present in a fraction of them."),
        ("Copy number (CN)", "the estimated number of copies of a gene per tumour cell; two is normal for autosomes."),
        ("Homozygous deletion", "loss of both copies of a gene in the tumour."),
        ("Microsatellite instability", "accumulation of insertions and deletions in repetitive sequence when mismatch "
                                       "repair is defective; MSI-high tumours usually have a high TMB."),
        ("Tumour mutational burden", "somatic coding mutations per megabase; thresholds (commonly 10 mutations/Mb) were "
                                     "derived from other assays and tumour types and do not transfer exactly to exomes."),
        ("Secondary finding", "a germline result in a gene unrelated to the reason for testing, reported because it is "
                              "medically actionable."),
        ("Variant of uncertain significance", "a variant for which evidence is insufficient for classification; not used "
                                              "for clinical decisions and not listed in this summary."),
    ]
    return [Paragraph("Glossary", S["h1"])] + [Paragraph(f"<b>{a}</b> — {b}", S["small"]) for a, b in items]


def methods_vireo(extra):
    return paras(f"""
<b>Sequencing.</b> Exome capture (about 35 Mb of coding sequence and canonical splice sites of 19,400 genes) was performed
on tumour DNA and on matched blood DNA, each sequenced with 150 bp paired-end reads. Mean target coverage was 240x for
tumour and 110x for blood in the typical specimen. {extra}

<b>Somatic analysis.</b> Single-nucleotide variants and small insertions/deletions were called with two independent
callers and retained if supported by both or by one with manual review. Copy number was estimated from read depth and
B-allele fractions; amplification is called at ploidy-adjusted copy number of 6 or more, homozygous deletion at 0.
Structural variants are detected only if a breakpoint lies within or near captured exons, so sensitivity for gene
fusions is limited; RNA-based testing is recommended where a fusion is clinically important.

<b>Signatures.</b> TMB is the number of somatic non-synonymous coding variants divided by the callable exome (Mb). MSI is
inferred from 2,140 exonic microsatellites (instability score threshold 0.40).

<b>Germline analysis.</b> Secondary findings are restricted to the genes recommended by the ACMG (SF v3.2) and are
reported only when classified pathogenic or likely pathogenic; carrier status for recessive conditions is not reported.
Patients may opt out of secondary findings at consent.

<b>Limitations.</b> Regions of low coverage (GC-rich first exons, segmental duplications) may be missed. Variant
allele fraction is affected by purity and ploidy. This summary covers oncology-relevant findings only; the full
variant file is available to the ordering clinician on request.
""", S["small"])


# --------------------------------------------------------------------------- 6617
@report(6617, LAB, "Whole-exome tumour/normal, oncology summary (two-column later pages)", "Intrahepatic cholangiocarcinoma",
        ["WES", "TIER", "NEG", "BIO", "MTH", "COL2"], [
    L("IDH1", "mutation", "positive", ["p.R132C", "c.394C>T"], alteration="R132C"),
    L("IDH2", "mutation", "negative", "IDH2"),
    L("KRAS", "mutation", "negative", "KRAS"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("HER2", "mutation", "negative", "ERBB2"),
    L("HER2", "amplification", "negative", "ERBB2"),
    L("NTRK", "fusion", "negative", "NTRK"),
    L("TMB", "signature", "negative", ["2.4 mutations/Mb"], value="2.4 mut/Mb"),
    L("MSI", "signature", "negative", "microsatellite stable"),
])
def r6617():
    rid = 6617
    s = [particulars(rid, [("Date of birth", "04/03/1961"), ("Clinician", "Dr Orla Pemberton-Kask, Hepatobiliary Oncology"),
                           ("Tumour sample", "Liver mass, segment VIII, resection (block HB25-512 C3), 45% tumour"),
                           ("Normal sample", "Blood, EDTA"), ("Clinical question", "Targetable alterations in "
                            "intrahepatic cholangiocarcinoma; second-line planning")])]
    s += [Paragraph("1. Oncology summary", S["h1"])]
    s += [tbl([
        ["Gene", "Alteration", "Class", "VAF / CN", "Evidence level<super>a</super>"],
        ["IDH1", "p.R132C (c.394C>T), exon 4", "Missense, hotspot", "28%", "Level 1 (ivosidenib)"],
        ["FGFR2", "Structural variant: intron 17 breakpoint joined to BICC1 (predicted FGFR2::BICC1)", "Rearrangement",
         "14 discordant pairs", "Level 1 if confirmed on RNA<super>b</super>"],
        ["BAP1", "p.Q253* (c.757C>T)", "Nonsense", "39%", "Level 4"],
        ["ARID1A", "p.G1847fs", "Frameshift", "22%", "Level 4"],
    ], [48, 170, 82, 70, 113])]
    s += [Paragraph("<super>a</super> " + LEVELS, S["foot"])]
    s += [Paragraph("<super>b</super> IDH1 and FGFR2 alterations are usually mutually exclusive in cholangiocarcinoma. Their "
                    "co-occurrence here suggests either subclonality or an exome artefact at the FGFR2 breakpoint; RNA fusion "
                    "testing is recommended before FGFR inhibitor therapy.", S["foot"])]
    s += [Paragraph("2. Genomic signatures", S["h1"]), tbl([
        ["Signature", "Value", "Call"],
        ["Tumour mutational burden", "2.4 mutations/Mb", "Low (high at 10 mutations/Mb or more)"],
        ["Microsatellite instability", "score 0.08", "microsatellite stable"],
        ["Mutational signatures", "SBS1, SBS5 predominant", "Clock-like; no APOBEC or MMR signature"],
    ], [150, 120, 213])]
    s += [Paragraph("3. Clinically relevant genes without alteration", S["h1"]), Paragraph(
        "No pathogenic variant in IDH2, KRAS, BRAF or ERBB2; no ERBB2 amplification; no NTRK rearrangement detected (limited "
        "sensitivity of exome for rearrangements, see Methods); no homozygous deletion of CDKN2A.", S["body"])]
    s += [Paragraph("4. Secondary (germline) findings", S["h1"]), Paragraph(
        "No pathogenic or likely pathogenic variant was identified in the ACMG SF v3.2 genes. The patient consented to receive "
        "secondary findings.", S["body"])]
    s += [PageBreak(), Paragraph("5. Interpretation", S["h1"])] + paras("""
The IDH1 p.R132C hotspot variant is the principal actionable finding. Ivosidenib is approved for previously treated
IDH1-mutated cholangiocarcinoma on the basis of a randomised placebo-controlled trial, with improved progression-free
survival. The mutation is heterozygous at an allele fraction consistent with a clonal event in a 45% tumour sample.

The predicted FGFR2::BICC1 event would be actionable (pemigatinib, futibatinib) if confirmed, but exome sequencing is
not a validated method for fusion detection and the finding is provided for follow-up only. It is not counted among the
results of this report.

The low mutational burden and microsatellite stability indicate that immune checkpoint monotherapy would not be
selected on biomarker grounds; durvalumab with gemcitabine-cisplatin, already standard in first line, is not biomarker
restricted.
""", S["body"])
    s += [Paragraph("6. Clinical trials", S["h1"]), Paragraph(
        "VX-TRIAL-0091 (mutant IDH1/2 inhibitor with checkpoint blockade; IDH1 or IDH2 mutation required). VX-TRIAL-0120 "
        "(FGFR2 fusion or rearrangement, RNA-confirmed). VX-TRIAL-0144 (BAP1-loss synthetic lethality, PARP plus ATR "
        "inhibition). Trial availability changes; contact the trials office.", S["body"])]
    s += [Paragraph("7. Methods and limitations", S["h1"])] + methods_vireo(
        "For this specimen mean coverage was 231x (tumour) and 104x (blood); estimated purity 41%.")
    s += glossary()
    s += [Paragraph("8. References", S["h1"]), Paragraph(
        "[1] Joint consensus standards for somatic variant interpretation (AMP/ASCO/CAP). [2] ACMG recommendations for secondary "
        "findings, version 3.2. [3] Vireo internal validation report EX-ONC-VAL-06.", S["small"])]
    s += [Paragraph("9. Authorisation", S["h1"]), Paragraph(
        "Analysed by Dr Felix Aranburu-Mills (Clinical Bioinformatician). Interpreted and authorised by Dr Greta Solberg-Nwankwo, "
        f"FRCPath, Consultant in Genomic Medicine, {HEAD[rid][1]}.", S["small"])]
    return s


# --------------------------------------------------------------------------- 6618
@report(6618, LAB, "Whole-exome tumour/normal, oncology summary with ACMG secondary finding", "Astrocytoma, IDH-mutant, CNS WHO grade 3",
        ["WES", "NEG", "PRI", "BIO", "MTH", "COL2"], [
    L("IDH2", "mutation", "positive", ["p.R172K", "c.515G>A"], alteration="R172K"),
    L("IDH1", "mutation", "negative", "IDH1"),
    L("TP53", "mutation", "positive", ["p.R273C"], alteration="R273C"),
    L("BRAF", "mutation", "negative", "BRAF"),
    L("EGFR", "amplification", "negative", "EGFR"),
    L("TMB", "signature", "reported", ["3.1 mutations/Mb"], value="3.1 mut/Mb"),
    L("MSI", "signature", "negative", "microsatellite stable"),
    L("BRCA2", "mutation", "positive", ["c.9097dupA", "p.(Thr3033Asnfs*11)"], alteration="T3033Nfs*11"),
    L("IDH1", "expression", "negative", "IDH1 R132H immunohistochemistry", optional=True),
    L("Ki-67", "expression", "reported", "Ki-67 labelling", percent=8, optional=True),
    L("TP53", "expression", "positive", "p53 strongly expressed", optional=True),
])
def r6618():
    rid = 6618
    s = [particulars(rid, [("Date of birth", "12/12/1988"), ("Clinician", "Mr Idris Kowalczyk-Obi, Neurosurgery; Neuro-oncology MDT"),
                           ("Tumour sample", "Brain, right frontal lobe, resection (block NS25-1177 A2), 80% tumour"),
                           ("Normal sample", "Blood, EDTA"), ("Clinical question", "Confirm IDH status after negative "
                            "IDH1 R132H immunohistochemistry; integrated diagnosis")])]
    s += [Paragraph("1. Oncology summary", S["h1"])]
    s += [tbl([
        ["Gene", "Alteration", "VAF / CN", "Diagnostic / therapeutic relevance"],
        ["IDH2", "p.R172K (c.515G>A), exon 4", "41%", "Dx: defines IDH-mutant glioma. Tx: vorasidenib (IDH1/2 inhibitor) "
                                                      "approved for grade 2 IDH-mutant glioma; Level 3B here"],
        ["TP53", "p.R273C (c.817C>T), exon 8", "44%", "Dx: supports astrocytic lineage"],
        ["ATRX", "p.R1426* (c.4276C>T)", "83% (X-linked, male)", "Dx: supports astrocytoma"],
        ["CDKN2A/B", "No homozygous deletion", "CN 2", "Px: absence argues against grade 4"],
    ], [58, 140, 80, 205])]
    s += [Paragraph("Codon 132 of IDH1 is wild type; the IDH2 variant explains the negative IDH1 R132H immunohistochemistry.",
                    S["foot"])]
    s += [Paragraph("2. Relevant negatives and signatures", S["h1"]), tbl([
        ["Item", "Result"],
        ["IDH1 (all coding exons)", "No variant"],
        ["BRAF (including V600E)", "No variant; no BRAF structural variant detected"],
        ["EGFR copy number", "2.1 \u2014 no amplification"],
        ["H3F3A / HIST1H3B", "No K27 or G34 variant"],
        ["1p/19q", "No codeletion (exome B-allele analysis)"],
        ["TMB", "3.1 mutations/Mb \u2014 no threshold is validated for gliomas; reported for information"],
        ["MSI", "microsatellite stable (score 0.05)"],
        ["MGMT promoter methylation", "Not assessed by exome sequencing; methylation-specific assay sent to "
                                      "neuropathology, result awaited"],
    ], [170, 313])]
    s += [Paragraph("3. Secondary (germline) finding \u2014 ACMG SF v3.2", S["h1"]), tbl([
        ["Gene", "Variant", "Zygosity", "Classification", "Condition"],
        ["BRCA2", "NM_000059.4:c.9097dupA<br/>p.(Thr3033Asnfs*11)", "Heterozygous", "Pathogenic",
         "Hereditary breast and ovarian cancer (BRCA2-related)"],
    ], [50, 150, 70, 70, 143])]
    s += [Paragraph("This germline finding is unrelated to the indication for testing. It was confirmed in the blood sample "
                    "by Sanger sequencing. Referral to clinical genetics has been made; the patient opted in to secondary "
                    "findings at consent.", S["foot"])]
    s += [PageBreak(), Paragraph("4. Integrated diagnosis (for the MDT)", S["h1"])] + paras("""
The referring neuropathology report (NS25-1177) described a diffusely infiltrating astrocytic glioma with brisk
mitotic activity, no microvascular proliferation and no necrosis; ATRX was lost and p53 strongly expressed by
immunohistochemistry; IDH1 R132H immunohistochemistry was negative; the Ki-67 labelling index was recorded as 8%.
Combined with the exome findings the integrated diagnosis is <i>Astrocytoma, IDH-mutant, CNS WHO grade 3</i>.

About 10-15% of IDH-mutant gliomas carry a non-canonical IDH1 or an IDH2 variant that R132H-specific antibodies do not
detect; sequencing is recommended in all diffuse gliomas of young adults with negative IDH1 R132H immunohistochemistry.
""", S["body"])
    s += [Paragraph("5. Therapy notes", S["h1"]), Paragraph(
        "Vorasidenib is licensed for grade 2 IDH1- or IDH2-mutant astrocytoma and oligodendroglioma after surgery. For grade 3 "
        "disease radiotherapy with adjuvant temozolomide remains standard; IDH inhibitor trials (e.g. VX-TRIAL-0091) may be "
        "considered. The germline BRCA2 variant has no established role in glioma treatment.", S["body"])]
    s += [Paragraph("6. Methods and limitations", S["h1"])] + methods_vireo(
        "For this specimen mean coverage was 262x (tumour) and 118x (blood); estimated purity 78%.")
    s += glossary()
    s += [Paragraph("7. Authorisation", S["h1"]), Paragraph(
        "Analysed by Dr Felix Aranburu-Mills. Interpreted and authorised by Dr Greta Solberg-Nwankwo, FRCPath, "
        f"{HEAD[rid][1]}.", S["small"])]
    return s
