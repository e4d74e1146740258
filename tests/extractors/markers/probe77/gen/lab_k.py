"""Lab K: Fjellvik University Hospital, Department of Pathology, Section for Molecular
Pathology (Norway). A4, Times, conclusion first, numbered results, amplicon coverage table,
other biomarker tests of the same case, pending fusion analysis."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, CheckList, Kit, Spacer, build_pdf, colors, draw, kv, tbl)

SLATE = colors.HexColor("#24445C")
KIT = Kit("Times-Roman", size=9.4, accent=SLATE, rule=colors.HexColor("#8899A6"))
PAGE = A4
MARGINS = (62, 56, 64)
W = PAGE[0] - 118


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setStrokeColor(SLATE)
        c.setLineWidth(2.2)
        c.line(62, h - 40, 62, h - 66)
        c.setFillColor(colors.black)
        draw(c, 70, h - 47, "Fjellvik University Hospital", "Times-Bold", 12)
        draw(c, 70, h - 59, "Department of Pathology \u00b7 Section for Molecular Pathology",
             "Times-Roman", 8.8)
        draw(c, w - 56, h - 47, f"Requisition {r['req']}", "Times-Roman", 8.2, align="right")
        draw(c, w - 56, h - 58, f"{r['patient']} \u00b7 born {r['born']}", "Times-Roman", 8.2,
             align="right")
        c.setLineWidth(0.5)
        c.line(62, h - 72, w - 56, h - 72)
        c.setStrokeColor(colors.grey)
        c.line(62, 48, w - 56, 48)
        draw(c, 62, 38, "Fjellvik University Hospital, Postboks 9999, 5999 Fjellvik, Norway "
             "\u00b7 switchboard +47 55 50 00 00 \u00b7 molpat@fjellvik-uh.invalid",
             "Times-Roman", 7.2)
        draw(c, w - 56, 38, f"Page {page} ({total})", "Times-Roman", 8, align="right")
        c.restoreState()
    return decorate


def story(r):
    k = KIT
    s = []
    s.append(P("**MOLECULAR PATHOLOGY REPORT**", k.ps(size=12.5)))
    s.append(Spacer(1, 4))
    s.append(kv([("Patient", f"{r['patient']}, born {r['born']}"),
                 ("Requisition no.", r["req"]), ("Requested by", r["requester"]),
                 ("Material", r["material"]), ("Diagnosis", r["diagnosis"]),
                 ("Received / answered", r["dates"]), ("Analysis", r["analysis"])],
                k, [96, W - 96]))
    if r.get("requested"):
        s.append(Spacer(1, 4))
        s.append(P("Analyses requested (requisition form)", k.ps(font=k.bold, size=8.6)))
        s.append(Spacer(1, 2))
        s.append(CheckList(r["requested"], k, W / 4, cols=4, size=8.2))
    s.append(Spacer(1, 8))
    s.append(tbl([[[P("**Conclusion**", k.ps(size=10.5, color=SLATE))] +
                   [P(x, k.body) for x in r["conclusion"]]]], [W], k, header_rows=0,
                 style="box", pad=6, extra=[("BACKGROUND", (0, 0), (-1, -1),
                                             colors.HexColor("#F0F3F6"))]))
    s.append(Spacer(1, 6))
    s.append(P("Results", k.h2))
    for i, item in enumerate(r["results"], 1):
        s.append(tbl([[P(f"{i}.", k.body), P(item, k.body)]], [16, W - 16], k, header_rows=0,
                     style=None, pad=1))
    if r.get("other"):
        s.append(P("Other biomarker results for this case", k.h2))
        s.append(tbl([["Analysis", "Method / clone", "Result", "Reference"]] + r["other"],
                     [110, 110, 120, W - 340], k, style="lines"))
    s.append(P("Comment", k.h2))
    for para in r["comment"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 3))
    s.append(P("Method", k.h2))
    s.append(P(
        "DNA was extracted from a marked tumour area on unstained sections (macrodissection). "
        "Targeted sequencing was performed with the CLH-22 hotspot amplicon panel (22 genes, 92 "
        "amplicons; see table) on a benchtop sequencer; analysis with the laboratory's validated "
        "pipeline (version 3.4), hg19. Variants are classified according to the Norwegian "
        "guideline for somatic variant interpretation (classes 1-5). Limit of detection 5% "
        "variant allele frequency at 500 reads. Only genes relevant to the clinical question "
        "are reported; results for other panel genes can be released on request. Each run "
        "includes a positive control (commercial reference with KRAS G12D, EGFR L858R, BRAF "
        "V600E and PIK3CA E545K at 5%) and a no-template control.", k.small))
    s.append(P("Coverage of reported regions", k.h2))
    s.append(tbl([["Gene", "Region (codons)", "Reads (min.)", "Evaluable"]] + r["coverage"],
                 [60, 200, 90, W - 350], k, style="lines",
                 cell_style=k.small, header_style=k.ps(size=k.size - 1.2, font=k.bold)))
    s.append(Spacer(1, 12))
    s.append(P(r["signed"], k.body))
    s.append(P("Answer sent electronically to the requester. Copy: " + r["copy"], k.small))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 84, 84, decorate_for(r),
                     title=f"Molecular pathology {r['req']}", author="Fjellvik University "
                                                                     "Hospital",
                     creator="DIPS-Patologi 8 report")


REPORTS = {}

REPORTS["9119"] = dict(
    patient="Patient AC", born="17.02.1955", req="MP25-1207",
    requester="Dr. Ingvild Haraldsen, Department of Oncology",
    material="Rectum, biopsy (H25-08831, block A1); tumour content about 50%",
    diagnosis="Adenocarcinoma of the rectum, metastatic (liver)",
    dates="04.03.2025 / 11.03.2025",
    analysis="RAS/BRAF/PIK3CA by NGS (CLH-22 hotspot panel); MSI by PCR",
    conclusion=["**KRAS mutation detected:** c.38G>A p.(Gly13Asp), exon 2 (G13D).",
                "NRAS and BRAF: no mutation detected. PIK3CA: no mutation detected.",
                "Microsatellite stable (MSS)."],
    results=[
        "KRAS exon 2, 3, 4: c.38G>A p.(Gly13Asp), variant allele frequency 34% (2,870 reads). "
        "Class 5, pathogenic. Codon 146 (exon 4) could not be evaluated (180 reads; see "
        "coverage table).",
        "NRAS exon 2, 3, 4 (codons 12, 13, 59, 61, 117, 146): no mutation detected.",
        "BRAF exon 15 (codons 594-601, including V600): no mutation detected.",
        "PIK3CA exon 10 and 21 (codons 542, 545, 1047): no mutation detected.",
        "Microsatellite instability analysis (PCR of five mononucleotide markers BAT-25, "
        "BAT-26, NR-21, NR-24, MONO-27): 0 of 5 markers unstable. Conclusion: microsatellite "
        "stable (MSS).",
        "ERBB2 (HER2) amplification: not assessed; requires in situ hybridisation and can be "
        "requested if relevant (RAS wild-type tumours only)."],
    other=[["MMR immunohistochemistry (diagnostic report H25-08831)", "MLH1, PMS2, MSH2, MSH6",
            "Preserved nuclear expression of all four proteins (pMMR)", "H25-08831"]],
    comment=["KRAS-mutated colorectal cancer is not expected to benefit from anti-EGFR antibody "
             "therapy (cetuximab, panitumumab). KRAS G13D was earlier suggested to be "
             "sensitive to cetuximab in retrospective analyses, but prospective trials did not "
             "confirm this, and the national guideline treats all RAS mutations alike.",
             "The tumour is microsatellite stable and MMR proficient, concordant results."],
    coverage=[["KRAS", "12, 13 (exon 2)", "2,870", "Yes"], ["KRAS", "59, 61 (exon 3)", "2,402",
                                                              "Yes"],
              ["KRAS", "117, 146 (exon 4)", "180", "No (below 500)"],
              ["NRAS", "12, 13 (exon 2)", "3,115", "Yes"], ["NRAS", "59, 61 (exon 3)", "2,660",
                                                           "Yes"],
              ["NRAS", "117, 146 (exon 4)", "1,940", "Yes"],
              ["BRAF", "594-601 (exon 15)", "3,402", "Yes"],
              ["PIK3CA", "542, 545 (exon 10)", "2,211", "Yes"],
              ["PIK3CA", "1047 (exon 21)", "1,980", "Yes"]],
    signed="Bjørnar Lindqvist-Aas, senior consultant in pathology \u00b7 Siri Holmøy, "
           "molecular biologist",
    copy="Department of Oncology; Colorectal MDT",
)
REPORTS["9119"]["labels"] = [
    L("KRAS", "mutation", "positive", ["KRAS mutation detected:", "p.(Gly13Asp)"],
      alteration="G13D"),
    L("NRAS", "mutation", "negative", "NRAS exon 2, 3, 4 (codons 12, 13, 59, 61, 117, 146): no "
                                      "mutation detected."),
    L("BRAF", "mutation", "negative", "BRAF exon 15 (codons 594-601, including V600): no "
                                      "mutation detected."),
    L("PIK3CA", "mutation", "negative", "PIK3CA exon 10 and 21 (codons 542, 545, 1047): no "
                                        "mutation detected."),
    L("MSI", "signature", "negative", ["0 of 5 markers unstable", "microsatellite stable (MSS)"]),
    L("MMR", "signature", "negative", ["all four proteins (pMMR)", "MMR proficient"]),
    L("MLH1", "expression", "positive", ["MLH1, PMS2, MSH2,", "Preserved nuclear expression of"]),
    L("PMS2", "expression", "positive", ["MLH1, PMS2, MSH2,", "Preserved nuclear expression of"]),
    L("MSH2", "expression", "positive", ["MLH1, PMS2, MSH2,", "Preserved nuclear expression of"]),
    L("MSH6", "expression", "positive", ["MLH1, PMS2, MSH2,", "Preserved nuclear expression of"]),
]

REPORTS["9120"] = dict(
    patient="Patient AD", born="09.10.1952", req="MP25-1844",
    requester="Dr. Torstein Eide, Department of Pulmonology",
    material="Lung, left lower lobe, EBUS-guided biopsy (H25-13390, block A2); tumour content "
             "about 30%",
    diagnosis="Non-small cell carcinoma, adenocarcinoma (TTF-1 positive, CDX2 negative)",
    dates="14.04.2025 / 22.04.2025",
    analysis="EGFR/KRAS/BRAF by NGS (CLH-22 hotspot panel); RNA fusion panel (pending)",
    requested=[(True, "EGFR"), (True, "KRAS"), (True, "BRAF"), (True, "ALK IHC"),
               (True, "ROS1 IHC"), (True, "PD-L1 IHC"), (True, "RNA fusion panel"),
               (False, "MSI"), (False, "HER2 ISH"), (False, "Liquid biopsy"),
               (False, "Other: ________"), (False, "Urgent")],
    conclusion=["**KRAS mutation detected:** c.34G>T p.(Gly12Cys), exon 2 (G12C).",
                "EGFR exon 18-21 and BRAF: no mutation detected.",
                "RNA fusion analysis (ALK, ROS1, RET, NTRK1-3, MET exon 14) is pending; a "
                "supplementary report will follow."],
    results=[
        "KRAS exon 2: c.34G>T p.(Gly12Cys), variant allele frequency 19% (3,004 reads). Class "
        "5, pathogenic.",
        "EGFR exon 18, 19, 20, 21 (including exon 19 deletions, exon 20 insertions, L858R, "
        "T790M): no mutation detected.",
        "BRAF exon 11 and 15 (including V600E): no mutation detected.",
        "MET exon 14 splice regions are not covered by the hotspot panel; MET exon 14 skipping "
        "is assessed in the RNA fusion panel (pending).",
        "ERBB2 exon 20: no mutation detected."],
    other=[["ALK immunohistochemistry", "D5F3 (Ventana)", "Negative", "H25-13390"],
           ["ROS1 immunohistochemistry", "SP384", "Negative (screening)", "H25-13390"],
           ["PD-L1 immunohistochemistry", "22C3 pharmDx", "TPS <1%", "H25-13390"],
           ["RNA fusion panel", "Anchored multiplex PCR", "Pending", "Sent 22.04.2025"]],
    comment=["KRAS G12C is a target for sotorasib and adagrasib after prior systemic therapy. "
             "The patient had an adenocarcinoma of the sigmoid colon in 2019, which was "
             "KRAS G12D-mutated (H19-20331). The different KRAS variant, together with the "
             "immunophenotype (TTF-1 positive, CDX2 negative), supports a new primary lung "
             "adenocarcinoma rather than metastasis from the colon cancer.",
             "Tumour content is low (about 30%); a negative result for EGFR does not exclude a "
             "subclonal mutation below 5% allele frequency."],
    coverage=[["EGFR", "exon 18 (G719)", "1,644", "Yes"], ["EGFR", "exon 19 (745-759)", "2,018",
                                                          "Yes"],
              ["EGFR", "exon 20 (763-775, 790, 797)", "1,870", "Yes"],
              ["EGFR", "exon 21 (858, 861)", "2,203", "Yes"],
              ["KRAS", "exon 2, 3, 4", "3,004", "Yes"],
              ["BRAF", "exon 11, 15", "2,560", "Yes"],
              ["ERBB2", "exon 20 (770-785)", "1,402", "Yes"]],
    signed="Hanne Vik Solheim, senior consultant in pathology \u00b7 Siri Holmøy, molecular "
           "biologist",
    copy="Department of Pulmonology; Lung cancer MDT",
)
REPORTS["9120"]["labels"] = [
    L("KRAS", "mutation", "positive", ["KRAS mutation detected:", "p.(Gly12Cys)"],
      alteration="G12C"),
    L("EGFR", "mutation", "negative", "EGFR exon 18-21 and BRAF: no mutation detected."),
    L("BRAF", "mutation", "negative", "EGFR exon 18-21 and BRAF: no mutation detected."),
    L("HER2", "mutation", "negative", "ERBB2 exon 20: no mutation detected."),
    L("ALK", "expression", "negative", "ALK immunohistochemistry D5F3 (Ventana) Negative"),
    L("ROS1", "expression", "negative", "ROS1 SP384 Negative (screening)"),
    L("PD-L1", "expression", "negative", "TPS <1%", value="<1%"),
    L("KRAS", "mutation", "positive", "KRAS G12D-mutated (H19-20331)", alteration="G12D",
      optional=True),
]
