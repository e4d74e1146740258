"""Lab A: Halvorsen University Hospital, Center for Molecular Oncologic Pathology (US academic).
AMP/ASCO/CAP tier tables, three-column result strip, pertinent negatives, QC table."""
from reportlab.lib.pagesizes import letter
from reportlab.platypus import PageBreak

from common import GENE_LIST, L
from layout import (P, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv, tbl)

NAVY = colors.HexColor("#1F3A5F")
PALE = colors.HexColor("#E8EEF5")
KIT = Kit("Helvetica", size=8.3, accent=NAVY, light=PALE, rule=colors.HexColor("#9AA7B8"))
PAGE = letter
MARGINS = (43, 43, 52)
W = PAGE[0] - 86
TEST = "HalvoSeq Solid Tumor Profile v4 (DNA 412 genes / RNA 61 fusion genes)"


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        if page == 1:
            c.setFillColor(NAVY)
            c.rect(43, h - 86, 34, 34, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.6)
            for k in range(3):
                c.line(49 + k * 8, h - 80, 55 + k * 8, h - 58)
            c.setFillColor(NAVY)
            draw(c, 84, h - 64, "HALVORSEN UNIVERSITY HOSPITAL", "Helvetica-Bold", 12.5)
            draw(c, 84, h - 76, "Center for Molecular Oncologic Pathology", "Helvetica", 9)
            c.setFillColor(colors.black)
            draw(c, 84, h - 86, "1400 Linden Crescent, Ashby, MA 01999  |  Tel 555-0142  |  "
                 "CLIA 22D9990417  |  CAP 9990031", "Helvetica", 6.8)
            draw(c, w - 43, h - 62, "MOLECULAR DIAGNOSTICS REPORT", "Helvetica-Bold", 10,
                 align="right")
            draw(c, w - 43, h - 74, r["status_line"], "Helvetica", 8, align="right")
            c.setStrokeColor(NAVY)
            c.setLineWidth(1.2)
            c.line(43, h - 94, w - 43, h - 94)
        else:
            draw(c, 43, h - 44, f"{r['patient']}   |   MRN {r['mrn']}   |   Accession {r['acc']}",
                 "Helvetica-Bold", 8)
            draw(c, w - 43, h - 44, "HalvoSeq Solid Tumor Profile v4", "Helvetica", 8,
                 align="right")
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.8)
            c.line(43, h - 50, w - 43, h - 50)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(43, 40, w - 43, 40)
        c.setFillColor(colors.black)
        draw(c, 43, 30, "CONFIDENTIAL: contains protected health information. Halvorsen "
             "University Hospital Molecular Pathology, www.halvorsen-molpath.invalid",
             "Helvetica", 6.3)
        draw(c, w - 43, 30, f"Page {page} of {total}", "Helvetica-Bold", 7.5, align="right")
        c.restoreState()
    return decorate


def biobox(title, value, lines):
    k = KIT
    rows = [[P(title, k.ps(size=6.6, font=k.bold, color=NAVY, align=TA_CENTER))],
            [P(value, k.ps(size=12, font=k.bold, align=TA_CENTER))]]
    rows += [[P(x, k.ps(size=6.6, align=TA_CENTER))] for x in lines]
    return tbl(rows, [92], k, header_rows=0, style="box", pad=2,
               extra=[("BACKGROUND", (0, 0), (-1, 0), PALE)])


def story(r):
    k = KIT
    s = []
    s.append(kv([("Patient", r["patient"]), ("Date of birth", r["dob"]), ("Sex", r["sex"]),
                 ("MRN", r["mrn"]), ("Accession", r["acc"]),
                 ("Ordering physician", r["physician"]), ("Facility", r["facility"]),
                 ("Specimen", r["specimen"]), ("Block / slide", r["block"]),
                 ("Collected", r["collected"]), ("Received", r["received"]),
                 ("Reported", r["reported"])], k, [70, 193, 70, 193], cols=2, style="box",
                extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FB"))]))
    s.append(Spacer(1, 4))
    s.append(kv([("Diagnosis (surgical pathology)", r["diagnosis"]),
                 ("Tumor content", r["tumor"]), ("Test", TEST)], k, [130, 396]))
    s.append(Spacer(1, 6))
    s.append(bar("RESULT SUMMARY", k, W, size=9.5))
    left = [P(r["summary_title"], k.cellb)] + [P(x, k.cell) for x in r["summary"]]
    boxes = [biobox(*b) for b in r["boxes"]]
    row = [left] + boxes
    widths = [W - 98 * len(boxes)] + [98] * len(boxes)
    s.append(tbl([row], widths, k, header_rows=0, style=None, pad=3))
    s.append(Spacer(1, 6))
    s.append(bar("TIER I AND TIER II VARIANTS (STRONG OR POTENTIAL CLINICAL SIGNIFICANCE)", k, W,
                 size=8.8))
    s.append(Spacer(1, 2))
    head = ["Gene", "Variant", "Exon", "VAF", "Depth", "AMP/ASCO/CAP tier", "Comment"]
    s.append(tbl([head] + r["tier12"], [40, 120, 32, 36, 38, 70, 190], k, header_bg=PALE,
                 style="grid"))
    s.append(Spacer(1, 6))
    for para in r["interpretation"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 3))
    if r.get("therapies"):
        s.append(P("Therapies associated with reported variants", k.h2))
        s.append(tbl([["Therapy", "Biomarker", "Evidence in this tumor type",
                       "Evidence in other tumor types"]] + r["therapies"],
                     [110, 110, 160, 146], k, style="lines"))
    if r.get("trials"):
        s.append(P("Clinical trials (selected; eligibility must be confirmed by the trial team)",
                   k.h2))
        s.append(tbl([["Trial", "Phase", "Title / agent", "Biomarker in eligibility"]] +
                     r["trials"], [66, 34, 250, 176], k, style="lines"))
    s.append(Spacer(1, 6))
    s.append(bar("TIER III VARIANTS (UNKNOWN CLINICAL SIGNIFICANCE)", k, W, size=8.8))
    s.append(Spacer(1, 2))
    s.append(tbl([["Gene", "Variant", "Exon", "VAF", "Depth", "Comment"]] + r["tier3"],
                 [40, 150, 32, 36, 38, 230], k, header_bg=PALE, zebra=colors.HexColor("#F5F7FA")))
    s.append(P("Tier IV variants (benign or likely benign) and known population polymorphisms "
               "are not reported.", k.small))
    s.append(Spacer(1, 6))
    s.append(bar("COPY NUMBER AND STRUCTURAL VARIANTS", k, W, size=8.8))
    s.append(Spacer(1, 2))
    s.append(tbl([["Gene", "Locus", "Type", "Estimated copy number", "Tier / comment"]] +
                 r["cnv"], [46, 60, 110, 90, 220], k, header_bg=PALE))
    s.append(Spacer(1, 3))
    s.append(P(r["fusion_text"], k.body))
    if r.get("fusions"):
        s.append(tbl([["Fusion", "5' breakpoint", "3' breakpoint", "Supporting reads", "Tier"]]
                      + r["fusions"], [100, 120, 120, 80, 106], k, header_bg=PALE))
    s.append(Spacer(1, 6))
    s.append(bar("PERTINENT NEGATIVES", k, W, size=8.8))
    s.append(Spacer(1, 2))
    s.append(tbl([["Gene", "Alterations assessed", "Result"]] + r["negatives"],
                 [92, 318, 116], k, header_bg=PALE))
    s.append(Spacer(1, 6))
    s.append(bar("SEQUENCING QUALITY", k, W, size=8.8))
    s.append(Spacer(1, 2))
    s.append(tbl([["Metric", "This sample", "Laboratory minimum", "Status"]] + r["qc"],
                 [180, 110, 140, 96], k, header_bg=PALE))
    s.append(Spacer(1, 2))
    s.append(P(r["lowcov"], k.small))
    s.append(Spacer(1, 6))
    if r.get("details"):
        s.append(bar("DETAILED VARIANT INTERPRETATION", k, W, size=8.8))
        s.append(Spacer(1, 3))
        for title, text in r["details"]:
            s.append(P(title, k.h3))
            s.append(P(text, k.body))
        s.append(Spacer(1, 6))
    s.append(P("Methods", k.h2))
    s.append(P(
        "DNA and RNA were co-extracted from macrodissected formalin-fixed paraffin-embedded "
        "tissue. DNA libraries were prepared by hybrid capture of the coding exons of 412 genes "
        "and selected introns; RNA libraries were enriched for 61 genes recurrently involved in "
        "fusions. Libraries were sequenced on a paired-end 2x150 instrument. Reads were aligned "
        "to GRCh38 and analyzed with the HalvoSeq pipeline (v4.6) for single nucleotide "
        "variants, insertions and deletions, copy number changes, fusions, tumor mutational "
        "burden (nonsynonymous somatic variants per megabase of coding sequence, 1.21 Mb) and "
        "microsatellite instability (fraction of 112 homopolymer loci with instability). Each "
        "run includes the HU-REF-3 multiplex control, which carries EGFR p.T790M, KRAS p.G12D, "
        "BRAF p.V600E and an EML4-ALK transcript; all control variants were detected at their "
        "expected levels in this run.", k.small))
    s.append(Spacer(1, 3))
    s.append(P("Limitations", k.h2))
    s.append(P(
        "Variants below 5% allele fraction, large rearrangements outside captured introns, and "
        "copy number changes in samples with less than 30% tumor may not be detected. The assay "
        "does not separate somatic from germline variants; a variant at an allele fraction near "
        "50% or 100% may be inherited, and germline testing with genetic counseling should be "
        "considered when clinically indicated. Tier assignment follows the 2017 AMP/ASCO/CAP "
        "joint consensus recommendation. Therapy and trial lists are informational and not "
        "exhaustive.", k.small))
    s.append(Spacer(1, 8))
    s.append(kv([("Electronically signed", r["signer"]), ("Signed on", r["reported"]),
                 ("Laboratory director", "Gwendolyn Oduya, MD, PhD")], k, [110, 416]))
    s.append(P("This test was developed and its performance characteristics determined by the "
               "Halvorsen Center for Molecular Oncologic Pathology. It has not been cleared or "
               "approved by the U.S. Food and Drug Administration.", k.tiny))
    if r.get("addendum"):
        title, paras, rows, signed = r["addendum"]
        s.append(PageBreak())
        s.append(bar(title, k, W, size=9.5, bg=colors.HexColor("#8A2C2C")))
        s.append(Spacer(1, 4))
        for para in paras:
            s.append(P(para, k.body))
            s.append(Spacer(1, 3))
        s.append(tbl(rows, [110, 80, 150, W - 340], k, header_bg=PALE))
        s.append(Spacer(1, 4))
        s.append(P(signed, k.body))
    s.append(Spacer(1, 8))
    s.append(bar("APPENDIX: GENES TARGETED BY HALVOSEQ v4 (DNA, CODING EXONS)", k, W, size=8.8))
    s.append(Spacer(1, 2))
    s.append(P("Listing of the targeted genes for reference. A gene listed here was sequenced; "
               "only the alterations reported above were found. Genes marked * are also "
               "targeted in the RNA fusion panel.", k.small))
    names = [g + ("*" if g in FUSION_TARGETS else "") for g in GENE_LIST]
    rows = [names[i:i + 10] for i in range(0, len(names), 10)]
    rows[-1] += [""] * (10 - len(rows[-1]))
    s.append(tbl([["Gene"] * 10] + rows, [W / 10] * 10, k, header_bg=PALE, style="grid",
                 cell_style=k.ps(size=6.4), header_style=k.ps(size=6.4, font=k.bold), pad=2))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 104, 62, decorate_for(r),
                     title=f"HalvoSeq report {r['acc']}", author="Halvorsen University Hospital",
                     creator="HalvoSeq Reporter 4.6")


FUSION_TARGETS = {"ALK", "BRAF", "EGFR", "ERG", "ETV6", "FGFR1", "FGFR2", "FGFR3", "MET", "NTRK1",
                  "NTRK2", "NTRK3", "NUTM1", "PDGFRA", "PDGFRB", "RAF1", "RET", "ROS1",
                  "TMPRSS2"}

COMMON_QC = lambda dep, pct, uni, rna: [
    ["Median depth of coverage (DNA)", dep, "250x", "Pass"],
    ["Target bases at 100x or more", pct, "90%", "Pass"],
    ["Uniformity (within 0.2x of mean)", uni, "85%", "Pass"],
    ["RNA mapped reads", rna, "3.0 million", "Pass"],
]

REPORTS = {}

REPORTS["9091"] = dict(
    patient="Patient A", dob="03/14/1958", sex="Female", mrn="HU-7730418", acc="HMP25-04411",
    physician="Rosalind Achebe, MD (Thoracic Oncology)", facility="Halvorsen Cancer Center",
    specimen="Lung, right upper lobe, wedge resection", block="A3 (S25-18802)",
    collected="04/02/2025", received="04/07/2025", reported="04/16/2025",
    status_line="FINAL  |  Reported 04/16/2025",
    diagnosis="Invasive adenocarcinoma, acinar predominant, 2.4 cm (S25-18802)",
    tumor="60% (area marked for macrodissection by S. Varga, MD)",
    summary_title="Tier I / Tier II findings",
    summary=["**EGFR** p.L858R (exon 21), Tier I, Level A",
             "**TP53** p.R248Q (exon 7), Tier II, Level D",
             "**CDKN2A** homozygous deletion, Tier II, Level C",
             "Tier III variants of unknown significance: 9 (page 2)",
             "Fusions (RNA): none detected"],
    boxes=[("TUMOR MUTATIONAL BURDEN", "3.8 mut/Mb", ["Low", "TMB-High cut-off: 10 mut/Mb"]),
           ("MICROSATELLITE STATUS", "MS-Stable", ["MSI-High: not detected",
                                                   "2 of 112 loci unstable"])],
    tier12=[
        ["EGFR", "c.2573T>G\np.(Leu858Arg)", "21", "38.2%", "1,204", "Tier I, Level A",
         "Sensitizing EGFR mutation; predicts response to EGFR tyrosine kinase inhibitors."],
        ["TP53", "c.743G>A\np.(Arg248Gln)", "7", "41.5%", "988", "Tier II, Level D",
         "DNA-binding domain hotspot; loss of function. No approved targeted therapy."],
        ["CDKN2A", "Homozygous deletion", "1-3", "n/a", "n/a", "Tier II, Level C",
         "Loss of p16INK4a; investigational CDK4/6 approaches only."],
    ],
    interpretation=[
        "**Interpretation.** This lung adenocarcinoma carries the EGFR L858R substitution, a "
        "sensitizing mutation in the tyrosine kinase domain. Osimertinib is approved for "
        "first-line treatment of metastatic NSCLC and as adjuvant therapy after resection of "
        "EGFR-mutated stage IB-IIIA disease. A co-occurring TP53 mutation has been associated "
        "with shorter progression-free survival on EGFR inhibitors in some series.",
        "No KRAS, BRAF, ERBB2 or MET exon 14 alterations and no ALK, ROS1, RET or NTRK fusions "
        "were found (see Pertinent Negatives).",
    ],
    therapies=[
        ["Osimertinib", "EGFR L858R", "FDA approved (NSCLC)", "None"],
        ["Erlotinib + ramucirumab", "EGFR L858R", "FDA approved (NSCLC)", "None"],
        ["Amivantamab + lazertinib", "EGFR L858R", "FDA approved (NSCLC)", "None"],
    ],
    trials=[
        ["HU-2024-118", "2", "Osimertinib with a CDK4/6 inhibitor after progression",
         "EGFR exon 19 deletion or L858R; CDKN2A loss"],
        ["NEXUS-Lung", "1/2", "Pan-KRAS G12C/G12D degrader in advanced solid tumors",
         "KRAS G12C or G12D (not present in this tumor)"],
    ],
    tier3=[
        ["ALK", "c.4587C>G p.(Asp1529Glu)", "29", "49.8%", "812",
         "Allele fraction near 50%: may be germline; not a known kinase-domain variant"],
        ["ARID1A", "c.3977C>T p.(Pro1326Leu)", "16", "22.1%", "640", "Not previously reported"],
        ["ATM", "c.2119T>C p.(Ser707Pro)", "14", "48.9%", "1,022", "Conflicting classifications"],
        ["BRCA2", "c.8351G>A p.(Arg2784Gln)", "19", "50.6%", "877",
         "Conflicting interpretations in ClinVar; may be germline"],
        ["KMT2D", "c.7033G>A p.(Gly2345Ser)", "31", "19.7%", "455", "Not previously reported"],
        ["NOTCH1", "c.1393G>A p.(Ala465Thr)", "8", "12.4%", "702", "Not previously reported"],
        ["ROS1", "c.433A>C p.(Thr145Pro)", "5", "47.2%", "530",
         "Outside the kinase domain; uncertain significance"],
        ["SETD2", "c.4715A>G p.(Asn1572Ser)", "3", "25.3%", "611", "Not previously reported"],
        ["SPTA1", "c.5236G>A p.(Glu1746Lys)", "37", "31.0%", "398", "Not previously reported"],
    ],
    cnv=[
        ["CDKN2A", "9p21.3", "Homozygous deletion", "0", "Tier II (reported above)"],
        ["CDKN2B", "9p21.3", "Homozygous deletion", "0", "Co-deleted with CDKN2A"],
        ["NKX2-1", "14q13.3", "Gain", "5", "Tier III; below amplification threshold"],
    ],
    fusion_text="**Fusion analysis (RNA):** No fusion transcripts were detected in the 61 "
                "targeted genes. RNA quality was adequate (see Sequencing Quality).",
    negatives=[
        ["KRAS", "Sequence variants, including codons 12, 13, 61, 117 and 146", "Not detected"],
        ["BRAF", "Sequence variants, including V600E and class II/III variants", "Not detected"],
        ["MET", "Exon 14 skipping (DNA and RNA); amplification", "Not detected"],
        ["ERBB2", "Exon 20 insertions and other kinase-domain variants; amplification",
         "Not detected"],
        ["ALK / ROS1 / RET", "Fusions (RNA)", "Not detected"],
        ["NTRK1/2/3", "Fusions (RNA)", "Not detected"],
    ],
    qc=COMMON_QC("1,118x", "97.4%", "93.0%", "11.2 million"),
    lowcov="Regions below 100x: none among the reported hotspots. Exonic coverage below 100x in "
           "RBM10 exon 1 and ZNF217 exon 4 only.",
    signer="Samuel Varga, MD, Molecular Genetic Pathology",
)
REPORTS["9091"]["details"] = [
    ("EGFR c.2573T>G p.(Leu858Arg), exon 21, Tier I level A",
     "L858R lies in the activation loop of the EGFR kinase domain and shifts the kinase toward "
     "the active conformation. Together with exon 19 deletions it accounts for about 85% of "
     "EGFR mutations in lung adenocarcinoma. Third-generation inhibitors (osimertinib) are the "
     "preferred first-line therapy; combination strategies (osimertinib with platinum-"
     "pemetrexed; amivantamab with lazertinib) improved progression-free survival in phase 3 "
     "trials. Acquired resistance commonly involves EGFR C797S, MET amplification or "
     "histologic transformation; repeat tissue or plasma profiling at progression is "
     "recommended."),
    ("TP53 c.743G>A p.(Arg248Gln), exon 7, Tier II level D",
     "R248Q is a DNA-contact hotspot with dominant-negative and gain-of-function activity in "
     "experimental models. It is not targetable. In EGFR-mutant lung cancer, TP53 co-mutation "
     "is associated with earlier resistance to EGFR inhibitors. At 41.5% allele fraction with "
     "60% tumor content the variant is most likely somatic."),
    ("CDKN2A homozygous deletion, Tier II level C",
     "Loss of CDKN2A/CDKN2B at 9p21 is frequent in lung adenocarcinoma and is associated with "
     "shorter benefit from EGFR inhibitors. CDK4/6 inhibition in combination with EGFR "
     "inhibitors is under investigation (see Clinical Trials)."),
]
REPORTS["9091"]["labels"] = [
    L("EGFR", "mutation", "positive", ["EGFR", "p.(Leu858Arg)", "Tier I, Level A"],
      alteration="L858R"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Arg248Gln)"], alteration="R248Q"),
    L("TMB", "signature", "negative", ["3.8 mut/Mb", "TMB-High cut-off: 10 mut/Mb"],
      value="3.8 mut/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High: not detected"]),
    L("KRAS", "mutation", "negative", "KRAS Sequence variants, including codons 12, 13, 61"),
    L("BRAF", "mutation", "negative", "BRAF Sequence variants, including V600E"),
    L("MET", "mutation", "negative", "MET Exon 14 skipping (DNA and RNA); amplification"),
    L("MET", "amplification", "negative", "MET Exon 14 skipping (DNA and RNA); amplification"),
    L("HER2", "mutation", "negative", "ERBB2 Exon 20 insertions"),
    L("HER2", "amplification", "negative", "kinase-domain variants; amplification"),
    L("ALK", "fusion", "negative", "ALK / ROS1 / RET Fusions (RNA) Not detected"),
    L("ROS1", "fusion", "negative", "ALK / ROS1 / RET Fusions (RNA) Not detected"),
    L("RET", "fusion", "negative", "ALK / ROS1 / RET Fusions (RNA) Not detected"),
    L("NTRK", "fusion", "negative", "NTRK1/2/3 Fusions (RNA) Not detected"),
]

REPORTS["9092"] = dict(
    patient="Patient B", dob="11/02/1971", sex="Male", mrn="HU-6618230", acc="HMP25-05127",
    physician="Imogen Carrow, MD (GI Oncology)", facility="Halvorsen Cancer Center",
    specimen="Colon, sigmoid, segmental resection", block="B6 (S25-22170)",
    collected="04/21/2025", received="04/24/2025", reported="05/06/2025",
    status_line="AMENDED  |  Addendum 05/09/2025",
    diagnosis="Adenocarcinoma, moderately differentiated, pT3 pN1b (S25-22170)",
    tumor="45%",
    summary_title="Tier I / Tier II findings",
    summary=["**KRAS** p.G12D (exon 2), Tier I, Level A (anti-EGFR resistance)",
             "**PIK3CA** p.E545K (exon 10), Tier II, Level C",
             "**TP53** p.R175H (exon 5), Tier II, Level D",
             "**APC** p.R1450* and p.E1309fs, Tier II, Level D",
             "Tier III: 6 variants (page 2)"],
    boxes=[("TUMOR MUTATIONAL BURDEN", "6.1 mut/Mb", ["Low", "TMB-High cut-off: 10 mut/Mb"]),
           ("MICROSATELLITE STATUS", "MS-Stable", ["MSI-High: not detected",
                                                   "1 of 112 loci unstable"])],
    tier12=[
        ["KRAS", "c.35G>A\np.(Gly12Asp)", "2", "27.9%", "1,530", "Tier I, Level A",
         "Predicts lack of benefit from cetuximab and panitumumab."],
        ["PIK3CA", "c.1633G>A\np.(Glu545Lys)", "10", "24.4%", "1,102", "Tier II, Level C",
         "Activating helical-domain mutation; aspirin adjuvant data investigational."],
        ["TP53", "c.524G>A\np.(Arg175His)", "5", "44.0%", "940", "Tier II, Level D",
         "Loss-of-function hotspot."],
        ["APC", "c.4348C>T\np.(Arg1450Ter)", "16", "30.2%", "1,311", "Tier II, Level D",
         "Truncating; consistent with colorectal origin."],
        ["APC", "c.3927_3931del\np.(Glu1309AspfsTer4)", "16", "29.5%", "1,287",
         "Tier II, Level D", "Truncating (second hit)."],
    ],
    interpretation=[
        "**Interpretation.** The KRAS G12D mutation indicates that this colorectal carcinoma is "
        "unlikely to respond to the anti-EGFR antibodies cetuximab and panitumumab; NRAS and BRAF "
        "are wild-type. KRAS G12D is not targeted by the approved G12C inhibitors sotorasib and "
        "adagrasib. The tumor is microsatellite stable with a low mutational burden, so "
        "single-agent immune checkpoint blockade is not expected to be effective.",
        "Mismatch repair protein immunohistochemistry was performed on the resection and is "
        "reported separately under S25-22170.",
    ],
    therapies=[
        ["Cetuximab, panitumumab", "KRAS G12D", "Resistance (NCCN, FDA label)", "None"],
        ["Alpelisib", "PIK3CA E545K", "None", "FDA approved (HR+ breast cancer)"],
    ],
    trials=[
        ["HU-2023-061", "1", "Oral KRAS G12D-selective inhibitor, advanced solid tumors",
         "KRAS G12D"],
        ["PANRAS-201", "2", "Pan-RAS(ON) inhibitor with cetuximab", "KRAS or NRAS mutation"],
    ],
    tier3=[
        ["AMER1", "c.1420G>A p.(Asp474Asn)", "2", "18.8%", "702", "Not previously reported"],
        ["FAT1", "c.9112C>T p.(Arg3038Cys)", "19", "26.0%", "560", "Not previously reported"],
        ["MSH6", "c.3656C>T p.(Thr1219Ile)", "6", "49.1%", "930",
         "Possible germline VUS; tumor is MS-stable"],
        ["SMAD4", "c.1051G>A p.(Asp351Asn)", "8", "12.6%", "633", "Uncertain; not a hotspot"],
        ["SOX9", "c.1136C>A p.(Ala379Asp)", "3", "24.8%", "811", "Not previously reported"],
        ["ZFHX3", "c.5641G>A p.(Glu1881Lys)", "9", "21.7%", "488", "Not previously reported"],
    ],
    cnv=[
        ["MYC", "8q24.21", "Gain", "6", "Tier III; low-level gain"],
        ["SMAD4", "18q21.2", "Single-copy loss", "1", "Tier III"],
    ],
    fusion_text="**Fusion analysis (RNA):** No fusion transcripts were detected in the 61 "
                "targeted genes, including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF.",
    negatives=[
        ["NRAS", "Exons 2, 3 and 4 (codons 12, 13, 59, 61, 117, 146)", "Not detected"],
        ["BRAF", "p.V600E and other codon 600 variants; class II/III variants", "Not detected"],
        ["ERBB2", "Amplification (copy number 6 or more)", "Not amplified"],
        ["POLE / POLD1", "Exonuclease-domain pathogenic variants", "Not detected"],
    ],
    qc=COMMON_QC("842x", "95.8%", "91.2%", "8.7 million"),
    lowcov="Regions below 100x: KRAS exon 4 (codons 117 and 146) at 92x; variants at 10% allele "
           "fraction or more are still detected there with more than 95% sensitivity.",
    signer="Marisol Quintero, MD, Molecular Genetic Pathology",
)
REPORTS["9092"]["details"] = [
    ("KRAS c.35G>A p.(Gly12Asp), exon 2, Tier I level A",
     "G12D is the most frequent KRAS variant in colorectal cancer (about a third of KRAS-"
     "mutated cases). Extended RAS testing (KRAS and NRAS exons 2, 3 and 4) is required before "
     "anti-EGFR therapy; any activating RAS variant excludes cetuximab and panitumumab. "
     "G12D-selective and pan-RAS inhibitors are in early-phase trials."),
    ("PIK3CA c.1633G>A p.(Glu545Lys), exon 10, Tier II level C",
     "Helical-domain hotspot. In colorectal cancer, PIK3CA mutation has been associated with "
     "benefit from adjuvant aspirin in observational studies and a randomized trial; the "
     "evidence is not yet practice-changing. PI3K-alpha inhibitors are approved in breast "
     "cancer only."),
    ("TP53 c.524G>A p.(Arg175His) and APC truncating variants, Tier II level D",
     "Biallelic APC inactivation and TP53 mutation are characteristic of the conventional "
     "adenoma-carcinoma pathway. The APC variants are not of germline concern at these allele "
     "fractions (about 30%) in a 45% tumor specimen, but familial adenomatous polyposis should "
     "be considered if the personal or family history suggests it."),
    ("Microsatellite status and tumor mutational burden",
     "MS-Stable with TMB 6.1 mut/Mb. These results agree with the pattern expected for "
     "mismatch repair-proficient colorectal cancer; the separately reported MMR "
     "immunohistochemistry should be reviewed for concordance."),
]
REPORTS["9092"]["addendum"] = (
    "ADDENDUM 05/09/2025: MISMATCH REPAIR IMMUNOHISTOCHEMISTRY",
    ["This addendum reports the mismatch repair protein immunohistochemistry performed on "
     "block B6 of S25-22170 (the block sequenced for this report), so that the molecular "
     "results can be read together. The original report of 05/06/2025 is otherwise unchanged.",
     "**Result: mismatch repair proficient (pMMR).** Nuclear expression of all four proteins is "
     "retained in the tumor cells, with intact internal control staining of lymphocytes and "
     "stromal cells. This is concordant with the MS-Stable result by sequencing."],
    [["Protein", "Clone", "Tumor nuclear staining", "Internal control"],
     ["MLH1", "M1", "Retained", "Positive"], ["PMS2", "A16-4", "Retained", "Positive"],
     ["MSH2", "G219-1129", "Retained", "Positive"], ["MSH6", "SP93", "Retained", "Positive"]],
    "Addendum electronically signed by Marisol Quintero, MD, 05/09/2025 09:42. Reason: "
    "additional results for integrated reporting.")
REPORTS["9092"]["labels"] = [
    L("KRAS", "mutation", "positive", ["KRAS", "p.(Gly12Asp)"], alteration="G12D"),
    L("PIK3CA", "mutation", "positive", ["PIK3CA", "p.(Glu545Lys)"], alteration="E545K"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Arg175His)"], alteration="R175H"),
    L("TMB", "signature", "negative", ["6.1 mut/Mb", "Low"], value="6.1 mut/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High: not detected"]),
    L("NRAS", "mutation", "negative", ["NRAS Exons 2, 3 and 4", "NRAS and BRAF are wild-type"]),
    L("MMR", "signature", "negative", "mismatch repair proficient (pMMR)"),
    L("MLH1", "expression", "positive", "MLH1 M1 Retained Positive"),
    L("PMS2", "expression", "positive", "PMS2 A16-4 Retained Positive"),
    L("MSH2", "expression", "positive", "MSH2 G219-1129 Retained Positive"),
    L("MSH6", "expression", "positive", "MSH6 SP93 Retained Positive"),
    L("BRAF", "mutation", "negative", "BRAF p.V600E and other codon 600 variants"),
    L("HER2", "amplification", "negative", "ERBB2 Amplification (copy number 6 or more) Not "
                                           "amplified"),
    L("NTRK", "fusion", "negative", "including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF"),
    L("ALK", "fusion", "negative", "including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF"),
    L("ROS1", "fusion", "negative", "including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF"),
    L("RET", "fusion", "negative", "including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF"),
    L("BRAF", "fusion", "negative", "including ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 and BRAF"),
]

REPORTS["9093"] = dict(
    patient="Patient C", dob="07/29/1989", sex="Male", mrn="HU-8120554", acc="HMP25-06090",
    physician="Tobias Lindqvist, MD (Neuro-Oncology)", facility="Halvorsen Neuroscience Institute",
    specimen="Brain, left frontal lobe, resection", block="A2 (S25-27741)",
    collected="05/12/2025", received="05/14/2025", reported="05/27/2025",
    status_line="FINAL  |  Reported 05/27/2025",
    diagnosis="Diffuse glioma, favor astrocytoma; integrated diagnosis pending molecular results",
    tumor="80%",
    summary_title="Tier I / Tier II findings",
    summary=["**IDH1** p.R132H (exon 4), Tier I, Level A (diagnostic)",
             "**TP53** p.R273C (exon 8), Tier II, Level C",
             "**ATRX** p.Q1151* (exon 9), Tier II, Level C",
             "CDKN2A/B: no homozygous deletion",
             "Supports: Astrocytoma, IDH-mutant (WHO CNS5)"],
    boxes=[("TUMOR MUTATIONAL BURDEN", "2.1 mut/Mb", ["Low", "TMB-High cut-off: 10 mut/Mb"]),
           ("MICROSATELLITE STATUS", "MS-Stable", ["MSI-High: not detected",
                                                   "0 of 112 loci unstable"]),
           ("MGMT PROMOTER", "See note", ["Methylation assay sent", "to reference laboratory"])],
    tier12=[
        ["IDH1", "c.395G>A\np.(Arg132His)", "4", "39.4%", "1,650", "Tier I, Level A",
         "Defines IDH-mutant glioma; vorasidenib approved for grade 2 IDH-mutant glioma."],
        ["TP53", "c.817C>T\np.(Arg273Cys)", "8", "41.8%", "1,388", "Tier II, Level C",
         "Typical of IDH-mutant astrocytoma."],
        ["ATRX", "c.3451C>T\np.(Gln1151Ter)", "9", "76.5%", "1,020", "Tier II, Level C",
         "Truncating (X-linked; hemizygous). Supports astrocytic lineage."],
    ],
    interpretation=[
        "**Interpretation.** The combination of IDH1 R132H, TP53 and ATRX mutations supports "
        "the diagnosis of astrocytoma, IDH-mutant. No homozygous CDKN2A/B deletion was found; "
        "together with the histology this is compatible with CNS WHO grade 2 or 3, to be "
        "assigned in the integrated report. 1p/19q codeletion is not suggested by the copy "
        "number profile (no whole-arm losses of 1p and 19q).",
        "IDH2 codon 140 and 172, H3F3A (H3-3A) K28M and G35, BRAF V600E and TERT promoter "
        "variants were not detected. EGFR is not amplified.",
    ],
    therapies=[
        ["Vorasidenib", "IDH1 R132H", "FDA approved (grade 2 astrocytoma or "
                                      "oligodendroglioma after surgery)", "None"],
        ["Ivosidenib", "IDH1 R132H", "Investigational", "FDA approved (AML, cholangiocarcinoma)"],
    ],
    trials=[
        ["HU-2025-007", "2", "Vorasidenib with temozolomide after radiotherapy",
         "IDH1 or IDH2 mutation"],
    ],
    tier3=[
        ["NF1", "c.5839C>T p.(Arg1947Ter)", "39", "6.2%", "912",
         "Subclonal truncating variant; significance in this context uncertain"],
        ["PIK3R1", "c.1700A>G p.(Lys567Arg)", "13", "18.0%", "744", "Not previously reported"],
        ["PTPRD", "c.2231C>T p.(Pro744Leu)", "19", "36.4%", "590", "Not previously reported"],
    ],
    cnv=[
        ["EGFR", "7p11.2", "No change", "2", "Not amplified"],
        ["CDKN2A/B", "9p21.3", "No change", "2", "No homozygous deletion"],
        ["PDGFRA", "4q12", "Gain", "3", "Tier III; low-level gain"],
        ["Chr 1p / 19q", "arm level", "No arm-level loss", "2", "1p/19q codeletion not "
                                                                 "suggested"],
    ],
    fusion_text="**Fusion analysis (RNA):** No fusion transcripts detected (targets include "
                "FGFR3-TACC3, KIAA1549-BRAF and NTRK1/2/3).",
    negatives=[
        ["IDH2", "Codons 140 and 172", "Not detected"],
        ["BRAF", "p.V600E", "Not detected"],
        ["H3-3A", "p.K28M, p.G35R/V", "Not detected"],
        ["TERT", "Promoter (C228T, C250T)", "Not detected"],
        ["EGFR", "Amplification; EGFRvIII", "Not detected"],
    ],
    qc=COMMON_QC("1,390x", "98.1%", "94.4%", "9.9 million"),
    lowcov="Regions below 100x: none. TERT promoter coverage 212x.",
    signer="Samuel Varga, MD, Molecular Genetic Pathology",
)
REPORTS["9093"]["labels"] = [
    L("IDH1", "mutation", "positive", ["IDH1", "p.(Arg132His)"], alteration="R132H"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Arg273Cys)"], alteration="R273C"),
    L("TMB", "signature", "negative", ["2.1 mut/Mb", "Low"], value="2.1 mut/Mb"),
    L("MSI", "signature", "negative", ["MS-Stable", "MSI-High: not detected"]),
    L("IDH2", "mutation", "negative", "IDH2 Codons 140 and 172 Not detected"),
    L("BRAF", "mutation", "negative", "BRAF p.V600E Not detected"),
    L("EGFR", "amplification", "negative", ["EGFR is not amplified", "Not amplified"]),
    L("NTRK", "fusion", "negative", ["No fusion transcripts detected (targets include",
                                      "KIAA1549-BRAF and NTRK1/2/3"]),
    L("BRAF", "fusion", "negative", ["No fusion transcripts detected (targets include",
                                      "KIAA1549-BRAF and NTRK1/2/3"]),
    L("EGFR", "mutation", "negative", "EGFR Amplification; EGFRvIII Not detected", optional=True),
]
