"""Reports 7301-7315. One function per report returns its story; the @report decorator holds the
laboratory, the labels and the evidence phrases that build.py looks for in the PDF text layer."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from appendices import (ap7301, ap7304, ap7305, ap7310, ap7313)
from common import (LABS, L, P, banner, demo_box, grid_table, kv, report, signoff, sp, two_col)

A, B, C, D, E, F, G, H, I = (LABS[k] for k in "ABCDEFGHI")
W = 178 * mm


# --------------------------------------------------------------------------------------- 7301
@report(7301, "A", [
    L("EGFR", "mutation", "positive", ["EGFR EXON 19 DELETION DETECTED"], alteration="exon 19 deletion"),
], running="Patient A  -  MD26-03311  -  EGFR real-time PCR")
def r7301():
    lab = A
    s = [P(lab, "SOMATIC <i>EGFR</i> MUTATION ANALYSIS - REAL-TIME PCR", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient A"), ("Lab number", "MD26-03311"),
                        ("Hospital no.", "NF 448 201 7730"), ("Histology no.", "H26-10477 block A2"),
                        ("Year of birth", "1957"), ("Sex", "Female"),
                        ("Requested by", "Dr M. Ferrand, Thoracic Oncology"), ("Received", "02-Mar-2026"),
                        ("Specimen", "Bronchoscopic biopsy, right lower lobe"), ("Reported", "06-Mar-2026")]),
         sp(6),
         banner(lab, "RESULT:&nbsp;&nbsp;EGFR EXON 19 DELETION DETECTED", bg=colors.HexColor("#fde9c8"),
                border=colors.HexColor("#b36b00")),
         sp(4),
         P(lab, "<b>Interpretation.</b> DNA from this non-small cell carcinoma (adenocarcinoma on the "
                "accompanying histology) carries an in-frame deletion within exon 19 of the epidermal growth "
                "factor receptor gene. Such deletions are sensitising alterations and predict benefit from "
                "EGFR tyrosine kinase inhibition. The acquired-resistance substitution in exon 20 (T790M) was "
                "not identified in this pre-treatment sample; it is listed below only because the kit targets it."),
         P(lab, "Results by target", "h2"),
         grid_table(lab, [
             ["Exon", "Targets in the assay", "Call", "Comment"],
             ["18", "G719A, G719C, G719S", "Not detected", ""],
             ["19", "Deletions (19 variants incl. E746_A750del, L747_P753delinsS)", "<b>DETECTED</b>",
              "The assay does not name the individual deletion"],
             ["20", "T790M", "Not detected", "Resistance marker"],
             ["20", "S768I", "Not detected", ""],
             ["20", "Insertions (5 variants)", "Not detected", "Coverage of exon 20 insertions is partial"],
             ["21", "L858R", "Not detected", ""],
             ["21", "L861Q", "Not detected", ""],
         ], [14 * mm, 70 * mm, 28 * mm, 66 * mm], header_bg=colors.HexColor("#dfe9ef"),
             extra=[("BACKGROUND", (2, 2), (2, 2), colors.HexColor("#fde9c8"))]),
         sp(6),
         P(lab, "Sample and run quality", "h2"),
         kv(lab, [("Tumour cell content", "Approximately 30% of nucleated cells in the marked area "
                                          "(assessed on H&amp;E by Dr S. Venn)"),
                  ("Macrodissection", "Yes - tumour-rich area circled on the H&amp;E and scraped from 5 x 10 µm "
                                      "unstained sections"),
                  ("DNA", "14.2 ng/µL (Qubit); A260/280 1.86"),
                  ("Internal control", "Ct 26.1 - within the valid window of 23.0 to 31.5"),
                  ("Run controls", "Mutant control: all targets amplified as expected.  Wild-type control: "
                                   "no mutant amplification.  No-template control: no amplification.")]),
         P(lab, "Method and limitations", "h2"),
         P(lab, "Genomic DNA was extracted from formalin-fixed paraffin-embedded tissue using a column "
                "method and tested with a CE-marked allele-specific real-time PCR assay for 42 EGFR "
                "variants in exons 18 to 21 (reference sequence NM_005228.5). The stated limit of detection "
                "is around 5% mutant alleles for most targets and 2-3% for L858R. Variants outside the "
                "targeted positions, including rare exon 19 insertions and uncommon exon 20 insertions, are "
                "not detected. A negative call does not exclude a mutation present below the limit of "
                "detection or in untested tumour.", "small"),
         P(lab, "Additional requests: PD-L1 immunohistochemistry (22C3) and ALK immunohistochemistry have "
                "been requested on block A2 and will be issued by Cellular Pathology under the histology "
                "number. This report will not be amended to include them.", "small"),
         sp(8),
         signoff(lab, [["Reported by: Dr H. Quarrie", "Consultant Clinical Scientist"],
                       ["Authorised by: Dr P. Adeyemi-Holt", "Consultant Molecular Pathologist", "06-Mar-2026 15:42"]]),
         ]
    return s + ap7301()


# --------------------------------------------------------------------------------------- 7302
@report(7302, "E", [
    L("KRAS", "mutation", "positive", ["c.35G&gt;A".replace("&gt;", ">"), "p.(Gly12Asp)"], alteration="G12D"),
    L("NRAS", "mutation", "negative", ["NRAS et BRAF non mutés"]),
    L("BRAF", "mutation", "negative", ["no BRAF V600 mutation"]),
], pagefmt="Page {n} / {t}")
def r7302():
    lab = E
    s = [P(lab, "Recherche de mutations <i>KRAS</i>, <i>NRAS</i> et <i>BRAF</i> par pyroséquençage<br/>"
                "<font size=8>KRAS / NRAS / BRAF mutation analysis by pyrosequencing</font>", "h", fontSize=11),
         grid_table(lab, [["Patient", "Patient B", "N° dossier / File", "IHV-M-26-0815"],
                          ["Né(e) en / Born", "1949", "Prélèvement / Specimen", "Colectomie droite / right hemicolectomy"],
                          ["Médecin / Physician", "Dr A. Lemaire-Roux (oncologie digestive)", "Bloc / Block", "26H04412-B3"],
                          ["Reçu / Received", "11.02.2026", "Validé / Validated", "19.02.2026"]],
                    [30 * mm, 55 * mm, 36 * mm, 57 * mm], header_bg=None, box=True, bold_first_row=False,
                    extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4ece4")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f4ece4"))]),
         sp(5),
         P(lab, "Indication : adénocarcinome colique pT3 N2a, métastases hépatiques synchrones ; statut RAS "
                "avant anti-EGFR. / Indication: colonic adenocarcinoma, synchronous liver metastases; RAS status "
                "before anti-EGFR antibody."),
         P(lab, "Contrôle morphologique / Pre-analytical review", "h2"),
         kv(lab, [("Cellularité tumorale", "40 % (zone macrodisséquée / macrodissected area)"),
                  ("ADN / DNA", "38,6 ng/µL ; qualité acceptable"),
                  ("Seuil de détection / LOD", "5 % d'allèles mutés (10 % de cellules tumorales hétérozygotes)")],
            widths=(48 * mm, 130 * mm)),
         P(lab, "Résultats / Results", "h2"),
         grid_table(lab, [
             ["Gène", "Exon", "Codons", "Résultat / Result", "% allèle muté"],
             ["KRAS", "2", "12, 13", "<b>Mutation c.35G&gt;A p.(Gly12Asp)</b>", "<b>28 %</b>"],
             ["KRAS", "3", "59, 61", "Absence de mutation / no mutation", "-"],
             ["KRAS", "4", "117, 146", "Non interprétable (signal insuffisant) / not evaluable", "-"],
             ["NRAS", "2", "12, 13", "Absence de mutation / no mutation", "-"],
             ["NRAS", "3", "59, 61", "Absence de mutation / no mutation", "-"],
             ["NRAS", "4", "117, 146", "Absence de mutation / no mutation", "-"],
             ["BRAF", "15", "600", "Absence de mutation / no mutation", "-"],
         ], [18 * mm, 13 * mm, 20 * mm, 97 * mm, 30 * mm], header_bg=colors.HexColor("#f4ece4")),
         P(lab, "Témoins : ADN sauvage (lignée) et ADN muté de référence conformes ; témoin sans matrice "
                "négatif. / Controls: wild-type and mutant reference DNA as expected; no-template control "
                "negative.", "small"),
         sp(4),
         banner(lab, "CONCLUSION : tumeur <i>KRAS</i> mutée (exon 2, G12D). <i>NRAS</i> et <i>BRAF</i> non mutés.",
                bg=colors.HexColor("#fff3e6"), border=E.accent, size=10),
         sp(3),
         P(lab, "<i>Conclusion (English):</i> a KRAS codon 12 mutation is present; there is no NRAS mutation in "
                "exons 2 to 4 and no BRAF V600 mutation. The KRAS exon 4 reaction could not be interpreted but "
                "this does not change the conclusion, as the tumour is already RAS-mutant. Anti-EGFR monoclonal "
                "antibodies (cetuximab, panitumumab) are not expected to be of benefit."),
         P(lab, "Statut MSI : recherche demandée, compte rendu séparé à suivre. / MSI status: requested, separate "
                "report to follow.", "small"),
         P(lab, "Méthode : extraction sur coupes FFPE, PCR puis pyroséquençage (réactifs CE-IVD). Séquences de "
                "référence NM_004985.5 (KRAS), NM_002524.5 (NRAS), NM_004333.6 (BRAF). Les mutations "
                "situées hors des codons analysés ne sont pas détectées.", "small"),
         sp(8),
         signoff(lab, [["Biologiste : Dr C. Fauvel-Mendes", "Pharm.D., Ph.D."],
                       ["Pathologiste : Pr J.-B. Oudin", "Validation biologique 19.02.2026"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7303
@report(7303, "B", [
    L("BRAF", "mutation", "positive", ["V600K/R/M", "concordant"], alteration="V600K"),
])
def r7303():
    lab = B
    s = [P(lab, "Molecular Pathology Report", "h", fontSize=13, textColor=colors.black),
         kv(lab, [("Name", "Patient C"), ("Hospital number", "SA-2290417"), ("Date of birth", "**/**/1971"),
                  ("Our reference", "SMS-26-00392"), ("Referring laboratory", "Brackenford Skin Pathology (ext. ref. XR-7719)"),
                  ("Consultant", "Dr E. Thistlewood, Skin Oncology")], widths=(40 * mm, 138 * mm)),
         sp(4),
         P(lab, "SPECIMEN", "h2"),
         P(lab, "Axillary lymph node dissection, right (block 4). Metastatic melanoma occupying approximately 70% "
                "of the marked node. Block forwarded from the referring laboratory for confirmation of BRAF "
                "status before systemic therapy."),
         P(lab, "CLINICAL DETAILS", "h2"),
         P(lab, "Primary cutaneous melanoma, right upper arm, excised 2024 (Breslow 3.1 mm). The referring "
                "laboratory's sequencing of this same block reported BRAF c.1798_1799delinsAA, p.(Val600Lys). "
                "Request: confirm before starting BRAF/MEK inhibition. ?NRAS"),
         P(lab, "MOLECULAR RESULT", "h2"),
         grid_table(lab, [["Target (automated cartridge PCR)", "Call", "Cq / control"],
                          ["BRAF V600E / V600E2 / V600D", "Not detected", "-"],
                          ["BRAF V600K/R/M", "<b>DETECTED</b>", "Cq 31.8 (valid)"],
                          ["Sample processing control", "Valid", "Cq 24.0"]],
                    [80 * mm, 40 * mm, 58 * mm], inner=False, box=False),
         sp(5),
         P(lab, "<b>Conclusion: a BRAF codon 600 mutation of the V600K/R/M group is present, concordant with the "
                "p.(Val600Lys) reported by the referring laboratory.</b> The cartridge system cannot separate K, R "
                "and M substitutions; taken together with the external sequencing the mutation is V600K. "
                "BRAF V600K-mutant melanoma is eligible for BRAF/MEK inhibitor combinations."),
         P(lab, "NRAS: not requested and not tested here. Should NRAS status be clinically relevant a separate "
                "request to the Somatic Mutation Section is required."),
         P(lab, "The 2024 primary excision was not tested for BRAF; no earlier result is on file."),
         P(lab, "METHOD", "h2"),
         P(lab, "Fully automated real-time PCR on a single FFPE section (10 µm) without macrodissection; the "
                "system detects V600E, E2, D, K, R and M and reports them in two groups. Analytical sensitivity "
                "is stated by the manufacturer as about 1-5% mutant allele depending on variant and input. Positive "
                "and negative external controls are run with each new cartridge lot (lot 2511-B, accepted).", "small"),
         sp(8),
         P(lab, "Authorised by Dr L. Marchbanks-Oyelaran, Consultant Histopathologist, 24 February 2026.<br/>"
                "Checked by K. Ibbotson, Senior Biomedical Scientist."),
         ]
    return s


# --------------------------------------------------------------------------------------- 7304
@report(7304, "C", [
    L("IDH1", "mutation", "positive", ["p.Arg132His", "MUTATION DETECTED"], alteration="R132H"),
    L("IDH2", "mutation", "negative", ["IDH2 codons 140 and 172: no variant identified"]),
], running="Patient D | LMC-MP-26-1183 | IDH1/IDH2 sequencing, MGMT", pagefmt="Page {n} of {t}")
def r7304():
    lab = C
    s = [demo_box(lab, [("PATIENT", "Patient D"), ("MRN", "LMC 004418276"), ("DOB", "1983 (age 42)"),
                        ("SEX", "M"), ("ACCESSION", "LMC-MP-26-1183"), ("SURGICAL CASE", "LS26-22841, block A3"),
                        ("COLLECTED", "01/27/2026"), ("REPORTED", "02/05/2026"),
                        ("ORDERING MD", "J. Vasquez-Brandt, MD (Neuro-oncology)"), ("TEST", "Glioma molecular panel")],
                  ncols=2, bg=colors.white),
         sp(5),
         P(lab, "FINAL RESULTS", "h"),
         grid_table(lab, [["Test", "Result"],
                          ["IDH1 (codon 132)", "<b>MUTATION DETECTED</b> - c.395G&gt;A, p.Arg132His (R132H)"],
                          ["IDH2 (codons 140, 172)", "No mutation detected"],
                          ["MGMT promoter methylation", "METHYLATED"],
                          ["1p/19q (FISH)", "In progress - to be reported as an addendum"]],
                    [60 * mm, 118 * mm], header_bg=colors.HexColor("#d9e1ec")),
         sp(5),
         P(lab, "INTERPRETATION", "h2"),
         P(lab, "Sanger sequencing shows the heterozygous IDH1 R132H substitution in DNA from this infiltrating "
                "glioma; IDH2 codons 140 and 172: no variant identified. An IDH-mutant astrocytic or "
                "oligodendroglial tumour is supported; final integrated diagnosis awaits 1p/19q status and "
                "the neuropathology sign-out. The MGMT promoter is methylated, which is associated with "
                "greater benefit from alkylating chemotherapy."),
         P(lab, "A synonymous single nucleotide polymorphism, IDH1 c.315C&gt;T p.(Gly105=), was also seen. It is a "
                "common germline variant, does not alter the protein and is not a pathogenic mutation."),
         P(lab, "SEQUENCING DETAIL", "h2"),
         grid_table(lab, [["Gene", "Exon", "Reference", "Nucleotide", "Protein", "Call"],
                          ["IDH1", "4", "NM_005896.4", "c.395G&gt;A", "p.Arg132His", "Pathogenic"],
                          ["IDH1", "4", "NM_005896.4", "c.315C&gt;T", "p.Gly105=", "Benign polymorphism"],
                          ["IDH2", "4", "NM_002168.4", "-", "-", "No variant (R140, R172)"]],
                    [18 * mm, 14 * mm, 32 * mm, 30 * mm, 32 * mm, 52 * mm], inner=False, zebra=True),
         sp(4),
         P(lab, "MGMT: bisulfite pyrosequencing of four CpG sites in exon 1; mean methylation 24% (laboratory "
                "threshold 9%; 9-15% reported as borderline). ", "small"),
         P(lab, "METHODS AND LIMITATIONS", "h2"),
         P(lab, "Tumor-rich area (estimated 60% neoplastic cells) macrodissected from 6 unstained slides. "
                "PCR amplification of IDH1 exon 4 and IDH2 exon 4 followed by bidirectional Sanger sequencing; "
                "analytic sensitivity approximately 15-20% mutant allele. Positive, negative and no-template "
                "controls performed appropriately. IDH1 R132H immunohistochemistry was not performed on this "
                "case. This test was developed and its performance characteristics determined by Lakeshore "
                "Medical Center Molecular Pathology; it has not been cleared or approved by the FDA.", "small"),
         sp(6),
         P(lab, "Electronically signed by Nadia Ferreira-Kolb, MD, Molecular Genetic Pathology, 02/05/2026 16:10"),
         ]
    return s + ap7304()


# --------------------------------------------------------------------------------------- 7305
_LUNG_NEG = ["EGFR", "BRAF", "NRAS", "HRAS", "PIK3CA", "MET", "IDH1", "IDH2", "ALK"]


@report(7305, "D", [
    L("KRAS", "mutation", "positive", ["p.(Gly12Cys)"], alteration="G12C"),
    L("TP53", "mutation", "positive", ["p.(Arg273His)"], alteration="R273H"),
] + [L(g, "mutation", "negative", ["No reportable variant was detected in EGFR, BRAF, NRAS, HRAS, PIK3CA, MET, IDH1, IDH2 or ALK"])
     for g in _LUNG_NEG],
    running="Patient E  |  GDU-26-S-00611  |  Lung hotspot panel (34 genes)")
def r7305():
    lab = D
    g = colors.HexColor("#e3efe5")
    s = [P(lab, "SOLID TUMOUR HOTSPOT PANEL (34 GENES, DNA) - FINAL REPORT", "h", fontSize=11.5),
         demo_box(lab, [("Patient", "Patient E"), ("GDU number", "GDU-26-S-00611"), ("Born", "1961"),
                        ("Source block", "KV26-3318 B1 (CT-guided core, left upper lobe)"),
                        ("Diagnosis", "Non-small cell lung carcinoma, favour adenocarcinoma"),
                        ("Requester", "Dr O. Bramhall, Respiratory MDT")], ncols=2, bg=g),
         sp(5),
         banner(lab, "Clinically relevant variants detected: KRAS G12C; TP53 R273H", bg=g, border=D.accent),
         sp(3),
         P(lab, "Summary", "h2"),
         P(lab, "Two pathogenic variants were found. The KRAS codon 12 glycine-to-cysteine change is a targetable "
                "driver (KRAS G12C inhibitors are licensed after prior systemic therapy). The TP53 variant is a "
                "recurrent loss-of-function change without a direct therapeutic implication. "
                "No reportable variant was detected in EGFR, BRAF, NRAS, HRAS, PIK3CA, MET, IDH1, IDH2 or ALK "
                "at the hotspots listed in the grid. ERBB2 exon 20 did not reach minimum depth (see grid)."),
         P(lab, "Variants", "h2"),
         grid_table(lab, [["Gene", "Exon", "cDNA (HGVS)", "Protein", "VAF", "Depth", "Classification"],
                          ["KRAS", "2", "c.34G&gt;T", "p.(Gly12Cys)", "31.4%", "1,844", "Tier I - pathogenic"],
                          ["TP53", "8", "c.818G&gt;A", "p.(Arg273His)", "44.0%", "2,210", "Tier II - pathogenic"],
                          ["STK11", "1", "c.109C&gt;T", "p.(Gln37*)", "39.8%", "1,102", "Tier II - pathogenic"],
                          ["KIT", "10", "c.1621A&gt;C", "p.(Met541Leu)", "49.6%", "2,980", "Tier III - VUS (likely germline)"]],
                    [16 * mm, 11 * mm, 27 * mm, 28 * mm, 15 * mm, 17 * mm, 64 * mm], header_bg=g),
         sp(5),
         P(lab, "Hotspot coverage grid (ND = no variant detected at &gt;= 5% VAF; DET = variant detected; "
                "NE = not evaluable, depth below 250x)", "h2"),
         grid_table(lab, [
             ["Gene", "Exon", "Call", "Gene", "Exon", "Call", "Gene", "Exon", "Call"],
             ["EGFR", "18", "ND", "KRAS", "2", "DET", "PIK3CA", "10", "ND"],
             ["EGFR", "19", "ND", "KRAS", "3", "ND", "PIK3CA", "21", "ND"],
             ["EGFR", "20", "ND", "KRAS", "4", "ND", "MET", "14", "ND"],
             ["EGFR", "21", "ND", "NRAS", "2", "ND", "ERBB2", "20", "NE"],
             ["BRAF", "11", "ND", "NRAS", "3", "ND", "ALK", "23-25", "ND"],
             ["BRAF", "15", "ND", "HRAS", "2-3", "ND", "IDH1 / IDH2", "4 / 4", "ND"],
             ["TP53", "4-10", "DET", "STK11", "1-9", "DET", "KIT", "9-17", "DET (VUS)"],
         ], [18 * mm, 14 * mm, 27 * mm] * 3, header_bg=g,
             extra=[("LINEAFTER", (2, 0), (2, -1), 1.2, colors.black),
                    ("LINEAFTER", (5, 0), (5, -1), 1.2, colors.black)]),
         sp(4),
         P(lab, "ERBB2 (HER2) exon 20 insertions cannot be excluded: mean depth 131x over the exon. No result is "
                "given for this region."),
         CondPageBreak(60 * mm),
         P(lab, "Sample", "h2"),
         kv(lab, [("Tumour content", "35% (pathologist estimate, after macrodissection)"),
                  ("DNA input", "10 ng; library QC pass; mean amplicon depth 1,920x; 98.1% amplicons &gt;= 500x"),
                  ("Limit of detection", "5% variant allele fraction for single nucleotide variants and small indels")]),
         P(lab, "What this test does not cover", "h2"),
         P(lab, "This is a DNA amplicon panel. It does not detect gene fusions or rearrangements (ALK, ROS1, RET, "
                "NTRK1-3), MET exon 14 skipping at the RNA level, or copy-number changes such as MET or ERBB2 "
                "amplification. Fusion testing by RNA panel is recommended if clinically required; ALK and ROS1 "
                "immunohistochemistry are reported by Cellular Pathology. PD-L1 is reported separately.", "small"),
         P(lab, "Germline note: the KIT variant is present at close to 50% and is listed in population databases; "
                "it is probably constitutional and of no clinical consequence. This test is not designed to "
                "identify germline variants.", "small"),
         P(lab, "Method: targeted amplicon sequencing (34 genes), paired-end 2x150, alignment to GRCh38; variants "
                "described against MANE Select transcripts (KRAS NM_004985.5; TP53 NM_000546.6).", "small"),
         sp(6),
         signoff(lab, [["Analysed: T. Okafor-Reyes, Clinical Scientist"],
                       ["Authorised: Dr J. Penhallow, Consultant Clinical Scientist (Genomics)", "Date: 14/03/2026"]]),
         ]
    return s + ap7305()


# --------------------------------------------------------------------------------------- 7306
@report(7306, "F", [
    L("ALK", "fusion", "positive", ["POSITIVE - ALK REARRANGEMENT PRESENT"]),
    L("ALK", "expression", "positive", ["ALK (D5F3) immunohistochemistry on the same block: positive"]),
])
def r7306():
    lab = F
    s = [P(lab, "FISH REPORT - ALK (2p23) BREAK-APART", "h", fontSize=11, textColor=colors.black),
         grid_table(lab, [["Patient: Patient F", "FISH no.: HCF-26-0207", "Block: HG26-5512 1B"],
                          ["Born: 1975", "Received: 09.01.2026", "Reported: 14.01.2026"],
                          ["Requested by: Dr R. Nakamura-Lowe (Lung MDT)",
                           "Specimen: EBUS-TBNA cell block, station 4R", "Tumour cells: adequate (&gt;100)"]],
                    [60 * mm, 60 * mm, 58 * mm], box=True, inner=False, bold_first_row=False),
         sp(6),
         banner(lab, "RESULT: POSITIVE - ALK REARRANGEMENT PRESENT", bg=colors.white, border=colors.black,
                size=12),
         sp(5),
         P(lab, "Signal enumeration", "h2", textColor=colors.black),
         grid_table(lab, [["Scorer", "Nuclei scored", "Fused / normal (F)", "Split 5'/3' (&gt;2 signal diameters)",
                           "Isolated 3' (red) only", "Abnormal nuclei", "% abnormal"],
                          ["Scorer 1", "50", "31", "11", "8", "19", "38%"],
                          ["Scorer 2", "50", "30", "12", "8", "20", "40%"],
                          ["Total", "100", "61", "23", "16", "39", "39%"]],
                    [22 * mm, 22 * mm, 26 * mm, 34 * mm, 28 * mm, 24 * mm, 22 * mm],
                    header_bg=colors.HexColor("#e6e6e6")),
         sp(3),
         kv(lab, [("Cut-off", "15% (positive when &gt;= 15% of at least 50 nuclei show split or isolated 3' signals; "
                              "10-50% in the first 50 nuclei triggers a second scorer)"),
                  ("Probe", "ALK dual-colour break-apart probe: 5' ALK green, 3' ALK red"),
                  ("Internal control", "Non-neoplastic lymphocytes in the cell block show the fused pattern (2F)")],
            widths=(32 * mm, 146 * mm)),
         P(lab, "Interpretation", "h2", textColor=colors.black),
         P(lab, "39% of tumour nuclei show a split or isolated 3' ALK signal, above the laboratory threshold. The "
                "findings indicate rearrangement of the ALK locus, consistent with an ALK fusion (the partner gene "
                "cannot be identified by this probe; EML4 is the commonest). "
                "ALK (D5F3) immunohistochemistry on the same block: positive, strong granular cytoplasmic staining "
                "(reported by the referring department, HG26-5512), which is in keeping with this result."),
         P(lab, "ROS1 break-apart FISH was also requested: hybridisation is in progress and the result will be "
                "issued as a supplementary report. Please do not treat the absence of a ROS1 result as negative."),
         P(lab, "Method: 4 µm section, pretreatment and protease digestion, hybridisation overnight, scored at x100 "
                "under oil with single and dual band-pass filters. Hybridisation efficiency &gt; 90%.", "small"),
         sp(8),
         P(lab, "Scored by: A. Lindqvist (HCPC CS) and P. Mbeki (HCPC CS)<br/>Reported by: Dr G. Harcourt, "
                "Consultant Cytogeneticist"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7307
@report(7307, "F", [
    L("ROS1", "fusion", "negative", ["ROS1: NO REARRANGEMENT DETECTED"]),
    L("RET", "fusion", "negative", ["RET: NO REARRANGEMENT DETECTED"]),
    # the referring hospital's results on the same tumour, quoted as clinical information
    L("EGFR", "mutation", "negative", ["EGFR, KRAS and BRAF negative"], optional=True),
    L("KRAS", "mutation", "negative", ["EGFR, KRAS and BRAF negative"], optional=True),
    L("BRAF", "mutation", "negative", ["EGFR, KRAS and BRAF negative"], optional=True),
    L("ALK", "expression", "negative", ["ALK IHC negative at referring hospital"], optional=True),
])
def r7307():
    lab = F
    hdr = colors.HexColor("#e6e6e6")
    s = [P(lab, "FISH REPORT - LUNG FUSION PANEL (ROS1 / RET / NTRK1)", "h", fontSize=11, textColor=colors.black),
         grid_table(lab, [["Patient: Patient G", "FISH no.: HCF-26-0388", "Block: RX26-00913 A1 (wedge, right lung)"],
                          ["Born: 1988", "Received: 30.01.2026", "Reported: 06.02.2026"]],
                    [55 * mm, 55 * mm, 68 * mm], box=True, inner=False, bold_first_row=False),
         sp(4),
         P(lab, "Clinical information: never-smoker, adenocarcinoma. EGFR, KRAS and BRAF negative on the referring "
                "hospital's panel; ALK IHC negative at referring hospital. Please test for other drivers."),
         P(lab, "Summary of results", "h2", textColor=colors.black),
         grid_table(lab, [["Probe", "Nuclei", "Split / isolated 3'", "%", "Cut-off", "Result"],
                          ["ROS1 (6q22) break-apart", "100", "3", "3%", "15%", "<b>ROS1: NO REARRANGEMENT DETECTED</b>"],
                          ["RET (10q11) break-apart", "100", "4", "4%", "15%", "<b>RET: NO REARRANGEMENT DETECTED</b>"],
                          ["NTRK1 (1q23) break-apart", "31", "-", "-", "20%", "NOT EVALUABLE - see comment"]],
                    [40 * mm, 16 * mm, 28 * mm, 12 * mm, 16 * mm, 66 * mm], header_bg=hdr),
         sp(4),
         P(lab, "Comment", "h2", textColor=colors.black),
         P(lab, "ROS1 and RET: signals were bright with low background; the percentage of nuclei with separated "
                "signals is well below the cut-off, so neither gene is rearranged in this sample. Small numbers "
                "of split signals (below 10%) are expected from truncation in 4 µm sections."),
         P(lab, "NTRK1: only 31 assessable tumour nuclei were found after hybridisation, with high autofluorescence; "
                "the analysis is not evaluable and no conclusion about NTRK1 can be drawn. NTRK2 and NTRK3 are not "
                "covered by this panel. If NTRK fusion testing is still needed, pan-TRK immunohistochemistry "
                "or an RNA-based assay on a fresh section is suggested."),
         P(lab, "Controls: hybridisation checked on a normal control slide and on internal stromal nuclei (fused "
                "pattern) for all three probes.", "small"),
         P(lab, "Scoring criteria: a nucleus is counted as split when the 5' and 3' signals are separated by more "
                "than two signal diameters, or when an isolated 3' signal is present (ROS1, RET). The result is "
                "positive at or above the stated cut-off. FISH does not identify the fusion partner.", "small"),
         sp(8),
         P(lab, "Reported by Dr G. Harcourt, Consultant Cytogeneticist, 06.02.2026. Secondary check: S. Yeo."),
         ]
    return s


# --------------------------------------------------------------------------------------- 7308 (lab J)
J = LABS["J"]


@report(7308, "J", [
    L("HER2", "amplification", "positive", ["Block A (biopsy) - AMPLIFIED"], ratio=4.6),
    L("HER2", "amplification", "negative", ["Block B (resection) - NOT AMPLIFIED"], ratio=1.3),
    L("HER2", "expression", "equivocal", ["score 2+ on the endoscopic biopsy"], ihc_score="2+"),
    L("HER2", "expression", "negative", ["score 1+ on the gastrectomy"], ihc_score="1+"),
])
def r7308():
    lab = J
    s = [P(lab, "Molecular Pathology Findings - HER2 in situ hybridisation", "h", fontSize=12.5),
         kv(lab, [("Patient", "Patient H, born 1958, male"), ("Molecular no.", "MP 26/0412"),
                  ("Material", "A: endoscopic biopsy, gastric antrum (E 26/1170, block 2); "
                               "B: total gastrectomy (E 26/2861, block 14, tumour at lesser curve)"),
                  ("Sender", "Department of Oncology, Dr F. Albrecht-Soyinka"),
                  ("Question", "HER2 status before first-line therapy; discordant immunohistochemistry between "
                               "the two specimens")], widths=(32 * mm, 146 * mm)),
         sp(4),
         P(lab, "Immunohistochemistry (for reference, Institute reports E 26/1170 and E 26/2861): HER2 "
                "score 2+ on the endoscopic biopsy (strong-to-moderate basolateral staining in about 15% of "
                "tumour cells) and score 1+ on the gastrectomy. Both were referred for ISH."),
         P(lab, "Results", "h2"),
         grid_table(lab, [["", "Block A (biopsy)", "Block B (resection)"],
                          ["Tumour cells counted", "40", "40"],
                          ["HER2 signals, total", "408", "116"],
                          ["CEP17 signals, total", "89", "88"],
                          ["Mean HER2 per cell", "10.2", "2.9"],
                          ["Mean CEP17 per cell", "2.2", "2.2"],
                          ["HER2/CEP17 ratio", "<b>4.6</b>", "<b>1.3</b>"],
                          ["Clusters", "Present in 30% of cells", "Absent"]],
                    [60 * mm, 59 * mm, 59 * mm], header_bg=colors.HexColor("#f1e1e1")),
         sp(5),
         P(lab, "<b>Block A (biopsy) - AMPLIFIED.</b>&nbsp;&nbsp;&nbsp;<b>Block B (resection) - NOT AMPLIFIED.</b>",
           fontSize=10.5),
         P(lab, "Assessment", "h2"),
         P(lab, "The biopsy shows a clear increase of HER2 signals relative to the chromosome 17 centromere, "
                "with signal clusters. The resection block, counted over two separate tumour areas, shows a "
                "normal HER2 copy number. This pattern indicates intratumoral heterogeneity of HER2 "
                "amplification, which is well recognised in gastric adenocarcinoma. For treatment decisions "
                "in gastric cancer a tumour is regarded as HER2-positive when any tested specimen is "
                "amplified; the heterogeneity should be noted by the treating team."),
         P(lab, "Evaluation criteria (gastric carcinoma): ratio &gt;= 2.0 amplified; ratio &lt; 2.0 with mean HER2 "
                "&gt; 6 signals per cell also regarded as amplified. At least 20 cohesive tumour cells are counted "
                "per area.", "small"),
         P(lab, "Not part of this request: Claudin 18.2 and PD-L1 (CPS) immunohistochemistry have been ordered on "
                "block 14 by the sender; mismatch repair proteins were reported in E 26/2861.", "small"),
         P(lab, "Method: dual-colour brightfield ISH (HER2 / CEP17) on 3 µm sections, automated staining platform; "
                "external quality assessment successfully completed 2025.", "small"),
         sp(8),
         P(lab, "Aurel, 03.03.2026&nbsp;&nbsp;&nbsp;&nbsp;Prof. Dr. K. Wendelin-Asare&nbsp;&nbsp;&nbsp;&nbsp;"
                "Dr. M. Ostrowski (Specialist in Pathology)"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7309
@report(7309, "E", [
    L("MET", "amplification", "negative", ["Absence d'amplification du gène MET", "no MET amplification"], ratio=1.6),
    L("EGFR", "mutation", "positive", ["délétion de l'exon 19 d'EGFR"], alteration="exon 19 deletion", optional=True),
], pagefmt="Page {n} / {t}")
def r7309():
    lab = E
    s = [P(lab, "Hybridation in situ en fluorescence (FISH) <i>MET</i> / CEP7<br/><font size=8>MET amplification by "
                "FISH</font>", "h", fontSize=11),
         grid_table(lab, [["Patient", "Patient I", "N° / File", "IHV-F-26-0147"],
                          ["Né(e) en / Born", "1954", "Prélèvement / Specimen", "Biopsie pleurale / pleural biopsy"],
                          ["Médecin / Physician", "Dr N. Abadie (pneumo-oncologie)", "Validé / Validated", "27.02.2026"]],
                    [30 * mm, 55 * mm, 36 * mm, 57 * mm], box=True, bold_first_row=False,
                    extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4ece4")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f4ece4"))]),
         sp(4),
         P(lab, "Renseignements cliniques : adénocarcinome pulmonaire avec délétion de l'exon 19 d'EGFR connue "
                "(biopsie bronchique 2023), progression sous osimertinib ; recherche d'un mécanisme de "
                "résistance. / Clinical details: known EGFR-mutant lung adenocarcinoma progressing on osimertinib."),
         P(lab, "Comptage / Signal count", "h2"),
         grid_table(lab, [["Noyaux analysés / nuclei", "Signaux MET", "Signaux CEP7", "MET moyen / cell",
                           "CEP7 moyen / cell", "Ratio MET/CEP7"],
                          ["60", "306", "191", "5,1", "3,2", "1,6"]],
                    [32 * mm, 26 * mm, 26 * mm, 30 * mm, 30 * mm, 34 * mm], header_bg=colors.HexColor("#f4ece4")),
         P(lab, "Noyaux avec &gt;= 15 copies ou amas : 0 %. / Nuclei with 15 or more copies or clusters: 0%.", "small"),
         sp(4),
         banner(lab, "Absence d'amplification du gène MET (polysomie du chromosome 7).", bg=colors.HexColor("#fff3e6"),
                border=E.accent, size=10),
         sp(3),
         P(lab, "<i>English:</i> no MET amplification; the moderate increase in MET copies is matched by extra "
                "chromosome 7 centromere signals (polysomy). This is not an established resistance mechanism "
                "and does not support MET-directed therapy."),
         P(lab, "Critères d'interprétation / Criteria", "h2"),
         grid_table(lab, [["Catégorie", "Définition"],
                          ["Amplification", "ratio MET/CEP7 &gt;= 2,0 ou MET moyen &gt;= 6 copies par noyau"],
                          ["Gain / polysomie", "MET moyen 4 à &lt; 6 avec ratio &lt; 2,0"],
                          ["Normal", "MET moyen &lt; 4 et ratio &lt; 2,0"]],
                    [40 * mm, 138 * mm], inner=False, box=False),
         sp(3),
         P(lab, "Autres analyses : le séquençage de l'ADN tumoral circulant (recherche EGFR C797S, T790M et "
                "autres altérations) a été transmis au laboratoire de référence ; résultat en attente. / "
                "Plasma ctDNA sequencing sent to the reference laboratory, result awaited.", "small"),
         P(lab, "Technique : sonde MET (7q31) orange / CEP7 verte, coupes de 4 µm, lecture au grossissement "
                "x100 par deux lecteurs. Témoin interne : noyaux stromaux à 2 signaux.", "small"),
         sp(8),
         signoff(lab, [["Lecture : M. Delorme, technicienne", "Validation : Dr S. Haddad-Perrin"],
                       ["Pathologiste : Pr J.-B. Oudin"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7310
MSI_H = colors.HexColor("#efe4f5")


@report(7310, "G", [
    L("MSI", "signature", "positive", ["MICROSATELLITE INSTABILITY - HIGH (MSI-H)"]),
])
def r7310():
    lab = G
    s = [P(lab, "Microsatellite Instability Analysis (PCR, fragment analysis)", "h", fontSize=12),
         demo_box(lab, [("Name", "Patient J"), ("MCC lab no.", "MOL-26-1044"), ("Year of birth", "1966"),
                        ("Gender", "F"), ("Tumour block", "MC26-07731 T4"), ("Normal block", "MC26-07731 N1 (uninvolved mucosa)"),
                        ("Clinician", "Mr D. Achterberg, Colorectal Surgery"), ("Authorised", "18 Feb 2026")],
                  ncols=2, bg=MSI_H),
         sp(6),
         banner(lab, "MICROSATELLITE INSTABILITY - HIGH (MSI-H)", bg=colors.white, border=G.accent,
                fg=G.accent, size=12),
         sp(3),
         P(lab, "Three of the five mononucleotide markers show novel alleles in the tumour that are absent from the "
                "matched normal tissue. This tumour has a high level of microsatellite instability, indicating "
                "deficient DNA mismatch repair."),
         P(lab, "Marker results", "h2"),
         grid_table(lab, [["Marker", "Type", "Tumour vs normal", "Status"],
                          ["BAT-25", "mononucleotide", "new alleles, -4 bp shift", "<b>unstable</b>"],
                          ["BAT-26", "mononucleotide", "new alleles, -6 bp shift", "<b>unstable</b>"],
                          ["NR-21", "mononucleotide", "identical", "stable"],
                          ["NR-24", "mononucleotide", "new alleles, -3 bp shift", "<b>unstable</b>"],
                          ["MONO-27", "mononucleotide", "identical", "stable"],
                          ["Penta C", "pentanucleotide (identity)", "concordant", "n/a - sample identity only"],
                          ["Penta D", "pentanucleotide (identity)", "concordant", "n/a - sample identity only"]],
                    [30 * mm, 48 * mm, 50 * mm, 50 * mm], header_bg=MSI_H),
         P(lab, "Unstable markers: 3/5. Interpretation key: 2 or more unstable = MSI-H; 1 unstable = MSI-L; none "
                "= MSS. Pentanucleotide markers confirm that tumour and normal come from the same individual.", "small"),
         P(lab, "Comment", "h2"),
         P(lab, "MSI-H colorectal cancer may be sporadic (usually through MLH1 promoter hypermethylation, often "
                "with BRAF V600E) or due to Lynch syndrome. To help separate these we have added BRAF V600E "
                "testing and MLH1 promoter methylation to this request; both are in progress and will be "
                "reported separately. Mismatch repair immunohistochemistry has been requested from Cellular "
                "Pathology. Unless a sporadic cause is shown, referral to Clinical Genetics for germline "
                "testing should be considered. A tumour test cannot establish or exclude Lynch syndrome."),
         P(lab, "MSI-H status is associated with benefit from immune checkpoint inhibitors in advanced disease.", "small"),
         P(lab, "Method: multiplex fluorescent PCR of five quasi-monomorphic mononucleotide repeats and two "
                "pentanucleotide repeats; capillary electrophoresis. Minimum tumour content 20% (this sample 50%). "
                "MSI-H and MSS control DNA gave expected profiles.", "small"),
         sp(8),
         signoff(lab, [["Dr Y. Castellanos-Pryce", "Clinical Scientist"], ["Dr B. Whitcombe", "Consultant Pathologist"]]),
         ]
    return s + ap7310()


# --------------------------------------------------------------------------------------- 7311
@report(7311, "G", [
    L("MSI", "signature", "negative", ["microsatellite stable (MSS)"]),
    L("MLH1", "expression", "positive", ["MLH1 retained"]),
    L("PMS2", "expression", "positive", ["PMS2 retained"]),
    L("MSH2", "expression", "positive", ["MSH2 retained"]),
    L("MSH6", "expression", "positive", ["MSH6 retained (heterogeneous)"]),
    L("MMR", "signature", "negative", ["mismatch repair proficient"]),
])
def r7311():
    lab = G
    s = [P(lab, "Mismatch Repair Assessment - integrated MSI and immunohistochemistry", "h", fontSize=12),
         grid_table(lab, [["Patient K", "Lab no. MOL-26-1180", "Histology MC26-08820 (hysterectomy), block 3C",
                           "Born 1959"]], [30 * mm, 38 * mm, 82 * mm, 28 * mm], box=True, inner=True,
                    bold_first_row=False),
         sp(5),
         two_col(lab, "Result",
                 [P(lab, "<b>MSI (PCR): microsatellite stable (MSS)</b>", "cell"), sp(3),
                  P(lab, "<b>MMR IHC:</b>", "cell"),
                  P(lab, "MLH1 retained", "cell"), P(lab, "PMS2 retained", "cell"),
                  P(lab, "MSH2 retained", "cell"), P(lab, "MSH6 retained (heterogeneous)", "cell")],
                 "Interpretation",
                 [P(lab, "Endometrioid carcinoma of the endometrium, FIGO grade 2. None of the five mononucleotide "
                         "markers differs between tumour and myometrium-free normal cervix; nuclear staining for all "
                         "four mismatch repair proteins is present in tumour with intact internal controls. The "
                         "tumour is mismatch repair proficient. No further Lynch syndrome screening is indicated "
                         "on tumour grounds; family history should still be considered.", "cell")]),
         sp(6),
         P(lab, "Microsatellite markers", "h2"),
         grid_table(lab, [["BAT-25", "BAT-26", "NR-21", "NR-24", "MONO-27", "Unstable"],
                          ["stable", "stable", "stable", "stable", "stable", "0 of 5"]],
                    [30 * mm] * 5 + [28 * mm], header_bg=MSI_H),
         sp(4),
         P(lab, "Note on MSH6", "h2"),
         P(lab, "MSH6 staining is weaker and patchy in about a third of the tumour, with strong staining elsewhere "
                "and in stroma. This pattern is seen after neoadjuvant therapy or with fixation gradients and is not "
                "regarded as loss. It is concordant with the stable MSI result."),
         P(lab, "Molecular classification (not part of this report)", "h2"),
         P(lab, "For ProMisE/TCGA-style classification, p53 immunohistochemistry is reported in the main histology "
                "report, and POLE exonuclease-domain sequencing has been sent to the Eastmere Genomic Laboratory "
                "Hub (result awaited). The molecular subgroup cannot be assigned until both are available.", "small"),
         P(lab, "Methods: MSI by fluorescent multiplex PCR (BAT-25, BAT-26, NR-21, NR-24, MONO-27). IHC: MLH1 (ES05), "
                "PMS2 (EP51), MSH2 (G219-1129), MSH6 (EP49) on an automated stainer with on-slide tonsil controls. "
                "Loss is defined as absent nuclear staining in tumour with positive internal control.", "small"),
         sp(8),
         signoff(lab, [["Reported: Dr B. Whitcombe, Consultant Gynaecological Pathologist"],
                       ["Molecular: Dr Y. Castellanos-Pryce", "Authorised 02 Mar 2026"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7312
@report(7312, "I", [
    L("MSI", "signature", "negative", ["MSI-LOW"]),
])
def r7312():
    lab = I
    s = [P(lab, "MOLECULAR SECTION - MICROSATELLITE INSTABILITY", "h", fontSize=10, textColor=colors.black),
         P(lab, "PATIENT......: Patient L<br/>"
                "HOSP NO.....: RW0092714<br/>"
                "DOB.........: XX/XX/1944<br/>"
                "LAB NO......: MOL/26/00231 (histology RH26/1984 block A5)<br/>"
                "SPECIMEN....: GASTRIC BIOPSIES, BODY, ADENOCARCINOMA (INTESTINAL TYPE)<br/>"
                "REQUESTED BY: DR T. HALLORAN-BEGUM, UPPER GI<br/>"
                "RECEIVED....: 21/01/2026   AUTHORISED: 29/01/2026"),
         sp(4),
         P(lab, "RESULT: MSI-LOW (1 OF 6 MARKERS UNSTABLE)", "h2", fontSize=10),
         P(lab, "INTERPRETATION: A SINGLE MONONUCLEOTIDE MARKER (NR-27) SHOWS A SMALL ADDITIONAL PEAK IN THE "
                "TUMOUR. BY LABORATORY CRITERIA THIS IS MSI-LOW, WHICH IS MANAGED AS MICROSATELLITE STABLE. "
                "THERE IS NO EVIDENCE OF MISMATCH REPAIR DEFICIENCY."),
         sp(3),
         grid_table(lab, [["MARKER", "REPEAT", "NORMAL (BLOOD)", "TUMOUR", "CALL"],
                          ["BAT-25", "(A)25", "124", "124", "STABLE"],
                          ["BAT-26", "(A)26", "117", "117", "STABLE"],
                          ["NR-21", "(T)21", "103", "103", "STABLE"],
                          ["NR-24", "(T)24", "132", "132", "STABLE"],
                          ["NR-27", "(A)27", "87", "87 / 84", "UNSTABLE"],
                          ["BAT-40", "(A)40", "146", "146", "STABLE"]],
                    [28 * mm, 26 * mm, 38 * mm, 38 * mm, 48 * mm], box=False, inner=False),
         P(lab, "ALLELE SIZES IN BASE PAIRS (MODAL PEAK).", "small"),
         sp(3),
         P(lab, "CRITERIA: MSI-H = 2 OR MORE OF 6 UNSTABLE; MSI-L = 1 OF 6; MSS = 0 OF 6.", "small"),
         P(lab, "NOTE: HER2 IHC AND PD-L1 (CPS) ON THIS BIOPSY ARE IN HISTOLOGY REPORT RH26/1984. "
                "EBER IN-SITU HYBRIDISATION WAS NOT REQUESTED. TUMOUR CONTENT OF SCRAPED AREA 35%.", "small"),
         P(lab, "METHOD: DNA FROM MACRODISSECTED FFPE TUMOUR AND EDTA BLOOD. FLUORESCENT PCR AND CAPILLARY "
                "ELECTROPHORESIS OF SIX MONONUCLEOTIDE REPEATS. CONTROLS (MSI-H CELL LINE, MSS DNA, WATER) OK.", "small"),
         sp(6),
         P(lab, "REPORTED BY: J. ABERNETHY-KOH, BMS SPECIALIST<br/>AUTHORISED BY: DR E. STRAND, CONSULTANT PATHOLOGIST"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7313
@report(7313, "H", [
    L("EGFR", "mutation", "positive", ["p.E746_A750del", "Exon 19 deletion"], alteration="E746_A750del"),
    L("EGFR", "mutation", "positive", ["p.T790M", "DETECTED"], alteration="T790M"),
], running="Patient M  |  PCD-26-LB-0390  |  Plasma EGFR", footer_left="Specimen: plasma (cfDNA)")
def r7313():
    lab = H
    s = [P(lab, "Plasma EGFR Mutation Test (cell-free DNA, digital PCR)", "h", fontSize=12.5),
         demo_box(lab, [("Patient", "Patient M"), ("Accession", "PCD-26-LB-0390"), ("DOB", "03/--/1962"),
                        ("Collected", "02/11/2026 08:40 (2 x 10 mL cell-stabilising tubes)"),
                        ("Ordering", "Priya Ramaswami-Cole, MD"), ("Received", "02/12/2026"),
                        ("Indication", "Progression on first-generation EGFR TKI"), ("Reported", "02/17/2026")],
                  ncols=2, bg=colors.HexColor("#e5f0f7")),
         sp(6),
         banner(lab, "EGFR MUTATIONS DETECTED IN PLASMA: Exon 19 deletion and T790M", bg=colors.HexColor("#fff1d6"),
                border=colors.HexColor("#c47f00")),
         sp(5),
         grid_table(lab, [["Target", "Result", "Mutant copies/mL", "Fractional abundance"],
                          ["Exon 19 deletion (p.E746_A750del)", "<b>DETECTED</b>", "412", "2.1%"],
                          ["p.T790M", "<b>DETECTED</b>", "118", "0.6%"],
                          ["p.L858R", "Not detected", "0", "-"],
                          ["p.C797S", "Not detected", "0", "-"],
                          ["Exon 20 insertions (panel)", "Not detected", "0", "-"],
                          ["p.G719X / p.L861Q / p.S768I", "Not detected", "0", "-"]],
                    [66 * mm, 34 * mm, 38 * mm, 40 * mm], header_bg=colors.HexColor("#e5f0f7"), zebra=True),
         sp(5),
         P(lab, "INTERPRETATION", "h2"),
         P(lab, "Circulating tumor DNA from this patient carries the founding EGFR exon 19 deletion together with the "
                "acquired T790M resistance mutation. The exon 19 deletion was previously identified in the 2021 "
                "diagnostic lung biopsy (outside laboratory), and its presence here confirms adequate tumor DNA "
                "shedding. T790M at this level supports a change to a third-generation EGFR inhibitor. C797S, "
                "which can follow third-generation therapy, was not detected."),
         P(lab, "LIMITATIONS", "h2"),
         P(lab, "Limit of detection 0.1% fractional abundance at 20 ng cfDNA input (this sample: 31 ng). Only the "
                "listed targets are assessed. Plasma results can be falsely negative when little tumor DNA is "
                "shed; a negative plasma result should be followed by tissue testing where feasible. Clonal "
                "hematopoiesis does not affect EGFR but can confound other genes.", "small"),
         P(lab, "Controls: wild-type genomic DNA, synthetic mutant controls for each target and no-template "
                "controls performed as expected on plate 26-041.", "small"),
         sp(6),
         P(lab, "Electronically signed: Marcus Delacroix-Hale, PhD, FACMG - Laboratory Director - 02/17/2026"),
         ]
    return s + ap7313()


# --------------------------------------------------------------------------------------- 7314
@report(7314, "H", [
    L("EGFR", "mutation", "negative", ["NO EGFR MUTATIONS DETECTED"]),
    L("EGFR", "mutation", "positive", ["p.L858R at 0.4%"], alteration="L858R", optional=True),
], running="Patient N  |  PCD-26-LB-0517  |  Plasma EGFR", footer_left="Specimen: plasma (cfDNA)")
def r7314():
    lab = H
    s = [P(lab, "Plasma EGFR Mutation Test (cell-free DNA, digital PCR)", "h", fontSize=12.5),
         demo_box(lab, [("Patient", "Patient N"), ("Accession", "PCD-26-LB-0517"), ("DOB", "11/--/1950"),
                        ("Collected", "03/02/2026"), ("Ordering", "Hollis Brennan-Achebe, MD"),
                        ("Indication", "Monitoring on osimertinib"), ("Prior test", "PCD-25-LB-2214 (11/20/2025)"),
                        ("Reported", "03/06/2026")], ncols=2, bg=colors.HexColor("#e5f0f7")),
         sp(6),
         banner(lab, "NO EGFR MUTATIONS DETECTED", bg=colors.HexColor("#e9f5e9"), border=colors.HexColor("#2e7d32")),
         sp(5),
         P(lab, "None of the targeted EGFR mutations (exon 19 deletions, L858R, T790M, C797S, exon 20 insertions, "
                "G719X, L861Q, S768I) was detected in cfDNA from this specimen. Input 18 ng, valid."),
         P(lab, "Comparison with prior plasma test", "h2"),
         grid_table(lab, [["Accession", "Collected", "EGFR findings"],
                          ["PCD-25-LB-2214", "11/20/2025", "p.L858R at 0.4% fractional abundance"],
                          ["PCD-26-LB-0517 (this)", "03/02/2026", "None detected"]],
                    [50 * mm, 34 * mm, 94 * mm], header_bg=colors.HexColor("#e5f0f7")),
         sp(4),
         P(lab, "INTERPRETATION", "h2"),
         P(lab, "The L858R mutation found before treatment is no longer measurable. Clearance of plasma EGFR "
                "mutation on therapy is associated with response, but a negative plasma result may also reflect "
                "low tumor DNA shedding. This result does not show that the tumor no longer carries EGFR L858R, and "
                "it should not be used to determine eligibility for EGFR-targeted therapy."),
         P(lab, "Not tested by this assay: KRAS, BRAF, MET amplification, ALK/ROS1/RET fusions, histologic "
                "transformation. If progression is suspected, a tissue biopsy or comprehensive plasma sequencing "
                "is recommended.", "small"),
         P(lab, "Limit of detection 0.1% fractional abundance at 20 ng input; lower input reduces sensitivity. "
                "Controls within specifications (plate 26-067).", "small"),
         sp(6),
         P(lab, "Electronically signed: Marcus Delacroix-Hale, PhD, FACMG - Laboratory Director - 03/06/2026"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7315
@report(7315, "C", [], running="Patient O | LMC-MP-26-0944 | KIT/PDGFRA")
def r7315():
    lab = C
    s = [demo_box(lab, [("PATIENT", "Patient O"), ("MRN", "LMC 003310992"), ("DOB", "1969"), ("SEX", "F"),
                        ("ACCESSION", "LMC-MP-26-0944"), ("SURGICAL CASE", "LS26-17705, block B2"),
                        ("ORDERING MD", "K. Osei-Lindqvist, MD (Surgical Oncology)"), ("REPORTED", "01/22/2026")],
                  ncols=2, bg=colors.white),
         sp(5),
         P(lab, "KIT AND PDGFRA MUTATION ANALYSIS - GASTROINTESTINAL STROMAL TUMOR", "h"),
         P(lab, "Specimen: partial gastrectomy, 7.2 cm spindle cell GIST, CD117 and DOG1 positive by IHC (see surgical "
                "report), mitoses 6/5 mm2."),
         sp(2),
         grid_table(lab, [["Gene / exon", "Result", "Detail"],
                          ["KIT exon 9", "No mutation detected", ""],
                          ["KIT exon 11", "<b>MUTATION DETECTED</b>", "c.1669_1674del, p.Trp557_Lys558del (in-frame deletion)"],
                          ["KIT exon 13", "No mutation detected", ""],
                          ["KIT exon 17", "No mutation detected", ""],
                          ["PDGFRA exon 12", "No mutation detected", ""],
                          ["PDGFRA exon 14", "No mutation detected", ""],
                          ["PDGFRA exon 18", "No mutation detected", "D842V not present"]],
                    [40 * mm, 48 * mm, 90 * mm], header_bg=colors.HexColor("#d9e1ec")),
         sp(5),
         P(lab, "INTERPRETATION", "h2"),
         P(lab, "A KIT exon 11 deletion involving codons 557-558 is present. Exon 11 mutations predict sensitivity to "
                "imatinib at standard dose; deletions involving codons 557/558 carry a higher recurrence risk and "
                "favor adjuvant therapy. PDGFRA is wild type in the regions tested."),
         P(lab, "COMMENT", "h2"),
         P(lab, "Testing for SDH deficiency (SDHB immunohistochemistry), BRAF V600E and NTRK fusions is reserved for "
                "GISTs without KIT or PDGFRA mutation and was not performed. No germline testing is implied by this "
                "result; familial KIT-mutant GIST is rare."),
         P(lab, "METHODS", "h2"),
         P(lab, "DNA extracted from macrodissected FFPE tissue (tumor content 80%). PCR of KIT exons 9, 11, 13, 17 and "
                "PDGFRA exons 12, 14, 18, bidirectional Sanger sequencing (NM_000222.3, NM_006206.6). Sensitivity "
                "about 20% mutant allele. Controls performed appropriately. Laboratory-developed test.", "small"),
         sp(6),
         P(lab, "Electronically signed by Nadia Ferreira-Kolb, MD, Molecular Genetic Pathology, 01/22/2026 11:52"),
         ]
    return s
