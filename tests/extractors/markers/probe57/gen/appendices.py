"""Second and third pages of the longer reports: appendices, gene lists, coverage grids, traces."""
from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from common import LABS, P, grid_table, kv, sp

A, B, C, D, E, F, G, H, I, J, K, LL = (LABS[k] for k in "ABCDEFGHIJKL")


def ap7301():
    lab = A
    rows = [["Exon", "Variant(s) detected by the assay", "Type"],
            ["18", "G719A, G719C, G719S", "Substitution"],
            ["19", "E746_A750del (2 forms), E746_T751del, E746_T751delinsA, E746_S752delinsV, L747_A750delinsP, "
                   "L747_T751del, L747_P753delinsS, L747_E749del, L747_S752del and 9 further in-frame deletions",
             "Deletion / complex"],
            ["20", "T790M", "Substitution (resistance)"],
            ["20", "S768I", "Substitution"],
            ["20", "V769_D770insASV, D770_N771insG, H773_V774insH and 2 further insertions", "Insertion"],
            ["21", "L858R", "Substitution"],
            ["21", "L861Q", "Substitution"]]
    return [PageBreak(),
            P(lab, "Appendix 1 - EGFR variants targeted by the assay", "h"),
            grid_table(lab, rows, [16 * mm, 122 * mm, 40 * mm], header_bg=colors.HexColor("#dfe9ef")),
            P(lab, "The table lists what the kit can detect. It does not describe this patient's result, which is "
                   "given on page 1.", "small"),
            P(lab, "Appendix 2 - Glossary", "h"),
            kv(lab, [("Ct", "cycle threshold; the PCR cycle at which signal is detected"),
                     ("LoD", "limit of detection; the lowest proportion of mutant alleles reliably detected"),
                     ("Sensitising mutation", "a change associated with response to EGFR tyrosine kinase inhibitors "
                                              "(exon 19 deletions, L858R and, to a lesser degree, G719X, S768I, L861Q)"),
                     ("Resistance mutation", "a change associated with loss of response, e.g. T790M to first- and "
                                             "second-generation inhibitors")]),
            P(lab, "Quality statement", "h2"),
            P(lab, "The laboratory participates in external quality assessment for EGFR testing in lung cancer and "
                   "achieved satisfactory performance in the last three rounds. Turnaround target: 7 calendar days "
                   "from receipt (this request: 4 days).", "small")]


def ap7304():
    lab = C
    return [PageBreak(),
            P(lab, "ADDITIONAL INFORMATION", "h"),
            P(lab, "Integrated diagnosis in the current WHO classification of CNS tumours requires IDH status and, for "
                   "IDH-mutant gliomas with oligodendroglial features, 1p/19q codeletion status. For IDH-mutant "
                   "astrocytomas, CDKN2A/B homozygous deletion raises the grade to 4; CDKN2A/B is not assessed by this "
                   "panel. ATRX and p53 immunohistochemistry, if performed, are reported by Neuropathology."),
            P(lab, "IDH variants detected by this assay: any single nucleotide change in IDH1 codon 132 (R132H, R132C, "
                   "R132G, R132S, R132L) and IDH2 codons 140 (R140Q, R140W) and 172 (R172K, R172M, R172W, R172G, "
                   "R172S), provided the variant allele exceeds about 15-20%.", "small"),
            P(lab, "ASSAY PERFORMANCE", "h2"),
            grid_table(lab, [["Parameter", "IDH1/IDH2 Sanger", "MGMT pyrosequencing"],
                             ["Minimum tumor content", "20%", "30%"],
                             ["Analytic sensitivity", "15-20% mutant allele", "5% methylation difference"],
                             ["Input", "20-50 ng DNA", "500 ng DNA before bisulfite"],
                             ["Turnaround", "7-10 days", "7-10 days"]],
                       [50 * mm, 64 * mm, 64 * mm], header_bg=colors.HexColor("#d9e1ec")),
            sp(6),
            P(lab, "Disclaimer: results should be interpreted in the context of histopathologic and clinical findings. "
                   "Sequence variants are described according to HGVS nomenclature. Questions may be directed to the "
                   "molecular pathologist on call at (555) 014-2291.", "small")]


def ap7305():
    lab = D
    g = colors.HexColor("#e3efe5")
    genes = [("AKT1", "NM_005163.2", "3"), ("ALK", "NM_004304.5", "22-25"), ("BRAF", "NM_004333.6", "11, 15"),
             ("CTNNB1", "NM_001904.4", "3"), ("DDR2", "NM_006182.4", "selected"), ("EGFR", "NM_005228.5", "18-21"),
             ("ERBB2", "NM_004448.4", "8, 19, 20"), ("ERBB4", "NM_005235.3", "selected"), ("FBXW7", "NM_033632.3", "9-11"),
             ("FGFR1", "NM_023110.3", "selected"), ("FGFR2", "NM_000141.5", "7, 12"), ("FGFR3", "NM_000142.5", "7, 9, 14"),
             ("GNAS", "NM_000516.7", "8, 9"), ("HRAS", "NM_005343.4", "2, 3"), ("IDH1", "NM_005896.4", "4"),
             ("IDH2", "NM_002168.4", "4"), ("KEAP1", "NM_203500.2", "2-6"), ("KIT", "NM_000222.3", "9-17"),
             ("KRAS", "NM_004985.5", "2-4"), ("MAP2K1", "NM_002755.4", "2, 3"), ("MET", "NM_000245.4", "14 (+ splice sites)"),
             ("NRAS", "NM_002524.5", "2-4"), ("PDGFRA", "NM_006206.6", "12, 14, 18"), ("PIK3CA", "NM_006218.4", "10, 21"),
             ("PTEN", "NM_000314.8", "1-9"), ("RET", "NM_020975.6", "11, 13-16"), ("SMAD4", "NM_005359.6", "selected"),
             ("STK11", "NM_000455.5", "1-9"), ("TP53", "NM_000546.6", "4-10"), ("ESR1", "NM_000125.4", "8"),
             ("POLE", "NM_006231.4", "9-14"), ("NOTCH1", "NM_017617.5", "selected"), ("SMO", "NM_005631.5", "selected"),
             ("CDKN2A", "NM_000077.5", "1-2")]
    rows = [["Gene", "Transcript", "Exons", "Gene", "Transcript", "Exons"]]
    half = (len(genes) + 1) // 2
    for a, b in zip(genes[:half], genes[half:] + [("", "", "")]):
        rows.append(list(a) + list(b))
    return [PageBreak(),
            P(lab, "Appendix - panel content (34 genes)", "h"),
            grid_table(lab, rows, [20 * mm, 32 * mm, 37 * mm, 20 * mm, 32 * mm, 37 * mm], header_bg=g,
                       extra=[("LINEAFTER", (2, 0), (2, -1), 1.1, colors.black)]),
            sp(4),
            P(lab, "Genes in this list are analysed for single nucleotide variants and small insertions/deletions in the "
                   "regions shown only. Inclusion of a gene in the panel does not mean it was mutated; see page 1 for "
                   "the variants found.", "small"),
            P(lab, "Variant classification uses a four-tier scheme: Tier I strong clinical significance, Tier II "
                   "potential clinical significance, Tier III unknown significance, Tier IV benign or likely benign "
                   "(Tier IV variants are not reported).", "small")]


def _trace(width, height, peaks, colour):
    pts = []
    n = 240
    for i in range(n + 1):
        x = i / n
        y = sum(h * math.exp(-((x - c) ** 2) / (2 * 0.006 ** 2)) for c, h in peaks)
        pts += [x * width, y * height]
    return PolyLine(pts, strokeColor=colour, strokeWidth=0.8)


def ap7310():
    lab = G
    w, h = 160 * mm, 26 * mm
    out = [PageBreak(), P(lab, "Appendix A - representative traces (BAT-26)", "h")]
    for title, peaks, col in [("Normal (N1)", [(0.48, 0.25), (0.52, 0.55), (0.56, 0.95), (0.6, 0.45)], colors.black),
                              ("Tumour (T4)", [(0.30, 0.3), (0.34, 0.62), (0.38, 0.5), (0.48, 0.15), (0.52, 0.3),
                                               (0.56, 0.45), (0.6, 0.2)], G.accent)]:
        d = Drawing(w, h + 8 * mm)
        d.add(Line(0, 4 * mm, w, 4 * mm, strokeColor=colors.grey, strokeWidth=0.4))
        tr = _trace(w, h, peaks, col)
        tr.points = [p + (4 * mm if k % 2 else 0) for k, p in enumerate(tr.points)]
        d.add(tr)
        for k, bp in enumerate(range(105, 126, 5)):
            d.add(String(w * (0.2 + 0.15 * k), 0, f"{bp} bp", fontName="Helvetica", fontSize=6))
        d.add(String(2, h + 5 * mm, title, fontName="Helvetica-Bold", fontSize=7))
        out += [d, sp(3)]
    out += [P(lab, "The tumour trace shows a shifted cluster of shorter alleles in addition to the residual normal "
                   "pattern, the typical appearance of an unstable mononucleotide repeat.", "small"),
            P(lab, "Appendix B - from MSI result to next steps (laboratory guidance, not patient-specific)", "h"),
            grid_table(lab, [["Finding", "Usual next step"],
                             ["MSI-H or MMR loss of MLH1/PMS2", "BRAF V600E and/or MLH1 promoter methylation; if neither, "
                                                              "refer for germline testing"],
                             ["MSI-H or loss of MSH2/MSH6 or isolated PMS2/MSH6", "Refer for germline testing"],
                             ["MSS and all MMR proteins intact", "No further Lynch screening on tumour grounds"]],
                       [70 * mm, 108 * mm], header_bg=colors.HexColor("#efe4f5")),
            sp(4),
            P(lab, "Germline testing requires informed consent and is arranged by Clinical Genetics; this laboratory does "
                   "not report constitutional results.", "small")]
    return out


def ap7313():
    lab = H
    return [PageBreak(),
            P(lab, "ASSAY INFORMATION", "h"),
            kv(lab, [("Targets", "EGFR exon 19 deletions (pooled assay, 16 variants), L858R, T790M, C797S (c.2389T&gt;A and "
                                 "c.2390G&gt;C), exon 20 insertions (pooled, 9 variants), G719A/C/S, L861Q, S768I"),
                     ("Specimen", "Two 10 mL cell-stabilising blood tubes, received within 5 days of collection; plasma "
                                  "separated by double centrifugation"),
                     ("Analytical performance", "Sensitivity 97% and specificity 100% for targeted variants at 0.1% "
                                                "abundance in contrived samples (validation set, n = 186)"),
                     ("Reference", "NM_005228.5, GRCh38")], widths=(40 * mm, 143 * mm)),
            sp(4),
            P(lab, "HOW TO READ THIS REPORT", "h2"),
            P(lab, "'Detected' means mutant molecules were counted above the assay background in duplicate wells. 'Not "
                   "detected' means no mutant molecules above background; it is not proof of absence. Fractional "
                   "abundance is the proportion of mutant to total EGFR copies and depends on tumor burden as well as "
                   "on the clonality of the mutation."),
            P(lab, "Result history for this patient in our laboratory: none prior to this specimen.", "small"),
            P(lab, "Questions: Liquid Biopsy Service, (555) 017-4420, or lb-service@pcd-lab.invalid.", "small")]


def ap7317():
    lab = J
    return [PageBreak(),
            P(lab, "Annex: references and reporting conventions", "h2"),
            P(lab, "Variant classification follows a five-tier scheme (class 1 benign to class 5 pathogenic) adapted for "
                   "somatic variants; therapeutic relevance is graded separately. Only class 4 and 5 variants are given "
                   "in the result; class 3 variants are listed in the variant table when in genes relevant to the "
                   "indication; class 1-2 variants are listed only when they could be mistaken for a result.", "small"),
            P(lab, "Fusion analysis uses anchored multiplex PCR; a fusion is reported when at least 5 unique reads span "
                   "the breakpoint with a known or in-frame partner. The RNA panel detects ALK, ROS1, RET, NTRK1-3, "
                   "NRG1 and FGFR fusions and MET exon 14 skipping with any partner or exon combination covered by the "
                   "primers.", "small"),
            P(lab, "This report was discussed in the molecular tumour board of 18.03.2026.", "small")]


def ap7322():
    lab = D
    g = colors.HexColor("#e3efe5")
    return [PageBreak(),
            P(lab, "Therapy-relevant information (generic; check current licensing)", "h"),
            grid_table(lab, [["Alteration class", "Setting", "Drug class", "Relevant to this patient?"],
                             ["PIK3CA activating hotspot", "HR+/HER2- advanced breast cancer",
                              "PI3K-alpha inhibitor + fulvestrant", "Yes - E545K detected"],
                             ["AKT1 E17K / PTEN loss", "HR+/HER2- advanced breast cancer", "AKT inhibitor + fulvestrant",
                              "Not shown in this sample"],
                             ["ESR1 ligand-binding domain", "After aromatase inhibitor", "Oral SERD", "Not detected in tissue; "
                                                                                              "plasma suggested"],
                             ["ERBB2 activating mutation", "Any line", "HER2 tyrosine kinase inhibitors (trials)", "Not detected"],
                             ["Germline BRCA1/2", "HER2- breast cancer", "PARP inhibitor", "Not tested by this panel"]],
                       [44 * mm, 44 * mm, 46 * mm, 44 * mm], header_bg=g),
            sp(4),
            P(lab, "This table is educational and does not constitute a treatment recommendation. Eligibility depends on "
                   "the full clinical picture, prior therapies and local funding rules.", "small")]


def ap7327():
    lab = LL
    t = colors.HexColor("#dcecec")
    genes = ["ABL1", "AKT1", "ALK", "APC", "ATM", "BRAF", "CDH1", "CDKN2A", "CSF1R", "CTNNB1", "EGFR", "ERBB2",
             "ERBB4", "EZH2", "FBXW7", "FGFR1", "FGFR2", "FGFR3", "FLT3", "GNA11", "GNAQ", "GNAS", "HNF1A", "HRAS",
             "IDH1", "IDH2", "JAK2", "JAK3", "KDR", "KIT", "KRAS", "MET", "MLH1", "MPL", "NOTCH1", "NPM1", "NRAS",
             "PDGFRA", "PIK3CA", "PTEN", "PTPN11", "RB1", "RET", "SMAD4", "SMARCB1", "SMO", "SRC", "STK11", "TP53",
             "VHL"]
    failed = {"KIT": "partial NE", "PDGFRA": "partial NE", "ALK": "NE", "IDH2": "NE"}
    rows = [["Gene", "Tested", "Gene", "Tested", "Gene", "Tested", "Gene", "Tested", "Gene", "Tested"]]
    for r in range(10):
        row = []
        for c in range(5):
            gname = genes[c * 10 + r]
            row += [gname, failed.get(gname, "x")]
        rows.append(row)
    return [PageBreak(),
            P(lab, "Appendix - panel genes (hotspot regions)", "h"),
            grid_table(lab, rows, [20 * mm, 15.6 * mm] * 5, header_bg=t,
                       extra=[("LINEAFTER", (1, 0), (1, -1), 1, colors.black),
                              ("LINEAFTER", (3, 0), (3, -1), 1, colors.black),
                              ("LINEAFTER", (5, 0), (5, -1), 1, colors.black),
                              ("LINEAFTER", (7, 0), (7, -1), 1, colors.black)]),
            P(lab, "x = hotspot regions analysed to minimum depth; NE = not evaluable (depth below 250x); partial NE = some "
                   "regions not evaluable. A mark in this grid records that a region was sequenced, not that it was "
                   "normal or abnormal.", "small"),
            P(lab, "Appendix - quality metrics", "h"),
            grid_table(lab, [["Metric", "Value", "Acceptance"],
                             ["Median depth", "980x", "&gt;= 500x"],
                             ["Targets &gt;= 250x", "96.4%", "&gt;= 90%"],
                             ["Estimated tumour fraction (from variants)", "about 60%", "&gt;= 20% for TMB/MSI"],
                             ["MSI loci evaluable", "104 of 110", "&gt;= 80"],
                             ["Library yield", "14.8 nM", "&gt;= 2 nM"]],
                       [80 * mm, 48 * mm, 50 * mm], inner=False, zebra=True),
            sp(4),
            P(lab, "The TMB value is reported as mutations per megabase of coding sequence. Values from different "
                   "assays are not directly comparable; the 10 mut/Mb threshold refers to this assay's validation "
                   "against whole-exome sequencing.", "small")]


def ap7330():
    lab = LL
    t = colors.HexColor("#dcecec")
    b1 = ", ".join(str(e) for e in range(2, 25))
    b2 = ", ".join(str(e) for e in range(2, 28))
    grid = [["Exon"] + [str(e) for e in range(2, 28)],
            ["BRCA1"] + ["x"] * 23 + ["-", "-", "-"],
            ["BRCA2"] + ["x"] * 26,
            ["TP53"] + ["x"] * 10 + ["-"] * 16]
    return [PageBreak(),
            P(lab, "Appendix 1 - coverage by exon", "h"),
            grid_table(lab, grid, [14 * mm] + [6.2 * mm] * 26, header_bg=t),
            P(lab, f"BRCA1 coding exons {b1} (exon 1 non-coding); BRCA2 coding exons {b2}. '-' = exon not present in "
                   "the transcript or not targeted.", "small"),
            P(lab, "Appendix 2 - what tumour BRCA testing can and cannot tell you", "h"),
            P(lab, "Tumour testing detects both inherited and tumour-acquired (somatic) variants but cannot separate "
                   "them. About two in three BRCA1/2 pathogenic variants found in high-grade serous ovarian carcinoma are "
                   "also present in the blood. A negative tumour result makes a germline BRCA1/2 variant unlikely but "
                   "does not exclude one (e.g. large rearrangements). Family members should not be offered predictive "
                   "testing until the variant has been confirmed in a blood sample from the patient."),
            P(lab, "Appendix 3 - version", "h2"),
            P(lab, "Report template SC-04 v3.2; bioinformatics pipeline v5.1.4; classification reviewed by two clinical "
                   "scientists.", "small")]
