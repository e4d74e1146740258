"""Reports 7316-7330 (see reports_1.py for the conventions)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from appendices import (ap7317, ap7322, ap7327, ap7330)
from common import (LABS, L, P, banner, demo_box, grid_table, kv, report, signoff, sp, two_col)

A, B, C, D, E, F, G, H, I, J, K, LL = (LABS[k] for k in "ABCDEFGHIJKL")
W = 178 * mm


# --------------------------------------------------------------------------------------- 7316
@report(7316, "I", [
    L("HER2", "amplification", "negative", ["HER2 NOT AMPLIFIED"], ratio=1.7),
    L("HER2", "expression", "equivocal", ["IHC SCORE 2+ (EQUIVOCAL)"], ihc_score="2+"),
])
def r7316():
    lab = I
    s = [P(lab, "MOLECULAR SECTION - HER2 DUAL-PROBE ISH (BREAST)", "h", fontSize=10, textColor=colors.black),
         grid_table(lab, [["PATIENT", "Patient P", "LAB NO", "ISH/26/00077"],
                          ["HOSP NO", "RW0108833", "HISTOLOGY", "RH26/2410 BLOCK B4"],
                          ["DOB", "XX/XX/1963", "SPECIMEN", "LEFT BREAST CORE BIOPSY, INVASIVE CARCINOMA NST, GRADE 3"],
                          ["CONSULTANT", "MS A. PRZYBYLSKA-OWEN", "AUTHORISED", "04/02/2026"]],
                    [26 * mm, 50 * mm, 26 * mm, 76 * mm], box=True, inner=False, bold_first_row=False),
         sp(5),
         P(lab, "REASON FOR ISH: HER2 IHC SCORE 2+ (EQUIVOCAL) ON THIS CORE (RH26/2410)."),
         P(lab, "ER/PR: REPORTED IN THE HISTOLOGY REPORT; NOT REPEATED HERE."),
         sp(3),
         grid_table(lab, [["COUNT", "CELLS", "HER2 SIGNALS", "CEP17 SIGNALS", "HER2/CELL", "CEP17/CELL", "RATIO"],
                          ["OBSERVER 1", "20", "93", "55", "4.65", "2.75", "1.69"],
                          ["OBSERVER 2", "20", "91", "53", "4.55", "2.65", "1.72"],
                          ["COMBINED", "40", "184", "108", "4.60", "2.70", "1.70"]],
                    [28 * mm, 16 * mm, 28 * mm, 28 * mm, 26 * mm, 28 * mm, 24 * mm], box=True, inner=True),
         sp(5),
         P(lab, "RESULT: HER2 NOT AMPLIFIED (ASCO/CAP ISH GROUP 4).", "h2", fontSize=10),
         P(lab, "HER2/CEP17 RATIO 1.7, MEAN HER2 COPY NUMBER 4.6 SIGNALS PER CELL. IN GROUP 4 THE IHC WAS REVIEWED "
                "CONCURRENTLY BY THE REPORTING PATHOLOGIST AND REMAINS 2+; UNDER THE 2018 GUIDELINE (AFFIRMED 2023) "
                "THE TUMOUR IS THEREFORE CLASSIFIED HER2 NEGATIVE. IT FALLS INTO THE HER2-LOW CATEGORY (IHC 2+/ISH "
                "NON-AMPLIFIED), WHICH MAY BE RELEVANT FOR ANTIBODY-DRUG CONJUGATE ELIGIBILITY IN THE METASTATIC "
                "SETTING."),
         P(lab, "ISH GROUPS FOR REFERENCE: GROUP 1 RATIO &gt;=2.0 AND HER2 &gt;=4.0 (POSITIVE); GROUP 2 RATIO &gt;=2.0, "
                "HER2 &lt;4.0; GROUP 3 RATIO &lt;2.0, HER2 &gt;=6.0; GROUP 4 RATIO &lt;2.0, HER2 &gt;=4.0 AND &lt;6.0; "
                "GROUP 5 RATIO &lt;2.0, HER2 &lt;4.0 (NEGATIVE). GROUPS 2-4 REQUIRE CONCURRENT IHC REVIEW.", "small"),
         P(lab, "METHOD: BRIGHTFIELD DUAL ISH, AUTOMATED. INVASIVE TUMOUR AREA MARKED ON H&amp;E BY REPORTING "
                "PATHOLOGIST. FIXATION TIME 26 H (WITHIN 6-72 H). EXTERNAL CONTROL SLIDE (NON-AMPLIFIED, "
                "LOW-AMPLIFIED, AMPLIFIED CELL LINES) ACCEPTABLE.", "small"),
         sp(6),
         P(lab, "COUNTED BY: R. OYELOWO-HART / S. DINSDALE<br/>AUTHORISED BY: DR E. STRAND, CONSULTANT PATHOLOGIST"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7317
_J_NEG = ["KRAS", "BRAF", "NRAS", "PIK3CA", "MET"]


@report(7317, "J", [
    L("EGFR", "mutation", "positive", ["p.(Ala767_Val769dup)"], alteration="A767_V769dup"),
    L("TP53", "mutation", "positive", ["p.(Arg248Gln)"], alteration="R248Q"),
] + [L(g, "mutation", "negative", ["no pathogenic variants in KRAS, NRAS, BRAF, ERBB2, MET or PIK3CA"]) for g in _J_NEG] + [
    L("HER2", "mutation", "negative", ["no pathogenic variants in KRAS, NRAS, BRAF, ERBB2, MET or PIK3CA"]),
    L("ALK", "fusion", "negative", ["No fusion transcript of ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3"]),
    L("ROS1", "fusion", "negative", ["No fusion transcript of ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3"]),
    L("RET", "fusion", "negative", ["No fusion transcript of ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3"]),
    L("NTRK", "fusion", "negative", ["No fusion transcript of ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3"]),
], running="Patient Q - MP 26/0533 - Lung panel DNA/RNA", pagefmt="- {n} -")
def r7317():
    lab = J
    s = [P(lab, "Molecular Pathology Findings - Lung Cancer Panel (DNA 22 genes / RNA fusions 18 genes)", "h",
           fontSize=12),
         kv(lab, [("Patient", "Patient Q, born 1979, female"), ("Molecular no.", "MP 26/0533"),
                  ("Material", "E 26/3104, block 1: CT-guided core biopsy, right upper lobe; adenocarcinoma, "
                               "solid and acinar; tumour cell content 45%"),
                  ("Sender", "Thoracic Oncology Outpatients, Dr P. Santangelo-Reid")], widths=(32 * mm, 146 * mm)),
         sp(4),
         P(lab, "Result in brief", "h2"),
         P(lab, "<b>EGFR exon 20 insertion (duplication) detected.</b> In addition a pathogenic TP53 variant. "
                "No fusion transcript of ALK, ROS1, RET, NTRK1, NTRK2 or NTRK3."),
         P(lab, "Detected variants (DNA)", "h2"),
         grid_table(lab, [["Gene", "Transcript", "Exon", "Nucleotide", "Amino acid", "Allele freq.", "Assessment"],
                          ["EGFR", "NM_005228.5", "20", "c.2300_2308dup", "p.(Ala767_Val769dup)", "22%",
                           "pathogenic (class 5)"],
                          ["TP53", "NM_000546.6", "7", "c.743G&gt;A", "p.(Arg248Gln)", "35%", "pathogenic (class 5)"],
                          ["EGFR", "NM_005228.5", "20", "c.2361G&gt;A", "p.(Gln787=)", "51%", "benign (polymorphism)"],
                          ["ERBB2", "NM_004448.4", "17", "c.1960A&gt;G", "p.(Ile654Val)", "48%", "benign (polymorphism)"]],
                    [14 * mm, 24 * mm, 10 * mm, 28 * mm, 36 * mm, 18 * mm, 48 * mm],
                    header_bg=colors.HexColor("#f1e1e1")),
         sp(3),
         P(lab, "Apart from the variants listed there were no pathogenic variants in KRAS, NRAS, BRAF, ERBB2, MET or "
                "PIK3CA within the regions covered (see gene list). Benign polymorphisms are listed for completeness "
                "only."),
         P(lab, "RNA fusion analysis", "h2"),
         grid_table(lab, [["Target", "Reads supporting fusion", "Call"],
                          ["ALK", "0", "negative"], ["ROS1", "0", "negative"], ["RET", "0", "negative"],
                          ["NTRK1 / NTRK2 / NTRK3", "0 / 0 / 0", "negative"],
                          ["MET exon 14 skipping", "0", "negative"],
                          ["Housekeeping controls (5 genes)", "&gt; 30,000", "adequate RNA"]],
                    [70 * mm, 50 * mm, 58 * mm], inner=False, zebra=True),
         sp(4),
         P(lab, "Assessment", "h2"),
         P(lab, "The in-frame duplication of three codons (alanine 767 to valine 769) lies in the loop following the "
                "C-helix of exon 20. EGFR exon 20 insertions of this type respond poorly to the classical EGFR "
                "tyrosine kinase inhibitors (gefitinib, erlotinib, afatinib) and only partly to osimertinib; "
                "therapies directed specifically at exon 20 insertions (for example the bispecific antibody "
                "amivantamab) should be considered. The TP53 variant is a frequent co-mutation. Discussion in "
                "the molecular tumour board is recommended."),
         CondPageBreak(50 * mm),
         P(lab, "Genes covered", "h2"),
         P(lab, "DNA: AKT1, ALK, BRAF, CTNNB1, EGFR, ERBB2, ERBB4, FGFR1-3, HRAS, IDH1, IDH2, KEAP1, KRAS, MAP2K1, MET, "
                "NRAS, PIK3CA, PTEN, STK11, TP53 (hotspot and selected exon coverage). RNA: ALK, BRAF, FGFR1-3, MET, "
                "NRG1, NTRK1-3, RET, ROS1 and others. Copy-number changes are not reported from this panel.",
           "small"),
         P(lab, "Method: hybrid-capture based library from 20 ng DNA and 15 ng RNA, sequencing 2 x 75 bp; mean "
                "coverage 1,460x; limit of detection 5% allele frequency for SNVs and indels. Positive and negative "
                "controls within specification. Classification by the five-tier system.", "small"),
         sp(8),
         P(lab, "Aurel, 16.03.2026&nbsp;&nbsp;&nbsp;&nbsp;Dr. rer. nat. T. Hallgrimsson (Molecular Biologist)"
                "&nbsp;&nbsp;&nbsp;&nbsp;Prof. Dr. K. Wendelin-Asare"),
         ]
    return s + ap7317()


# --------------------------------------------------------------------------------------- 7318
@report(7318, "K", [
    L("ALK", "mutation", "positive", ["c.3522C&gt;A".replace("&gt;", ">"), "p.(Phe1174Leu)"], alteration="F1174L"),
], running="Patient R  -  WCH-TB-26-0061  -  Neuroblastoma genomics")
def r7318():
    lab = K
    o = colors.HexColor("#fbe9da")
    s = [P(lab, "NEUROBLASTOMA TUMOUR GENOMICS REPORT", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient R"), ("Age", "2 years 7 months"), ("Lab no.", "WCH-TB-26-0061"),
                        ("Specimen", "Left adrenal mass, open biopsy (fresh + FFPE block A1)"),
                        ("Referrer", "Dr S. Oyinlola-Grant, Paediatric Oncology"), ("Reported", "12 March 2026")],
                  ncols=2, bg=o),
         sp(5),
         P(lab, "Summary", "h2"),
         grid_table(lab, [["Test", "Result"],
                          ["MYCN (FISH)", "<b>AMPLIFIED</b> (MYCN/2p ratio &gt; 10; clusters in 88% of nuclei)"],
                          ["1p36 (FISH)", "Deletion (1p36/1q25: 1 signal vs 2 in 71% of nuclei)"],
                          ["11q23 (FISH)", "No loss"],
                          ["ALK exons 23 and 25 (Sanger)", "<b>Pathogenic variant</b> c.3522C&gt;A p.(Phe1174Leu)"],
                          ["Ploidy (flow)", "Near-diploid, DNA index 1.02"]],
                    [60 * mm, 118 * mm], header_bg=o),
         sp(5),
         P(lab, "Interpretation", "h2"),
         P(lab, "The tumour has MYCN amplification and 1p36 deletion, both adverse genomic features that place the "
                "patient in the high-risk group regardless of stage. In addition, DNA sequencing found the activating "
                "ALK tyrosine kinase domain substitution F1174L, at a variant allele fraction of 26% - consistent with "
                "a somatic (tumour-only) change in a sample with about 70% tumour. ALK-activating mutations are of "
                "interest for ALK inhibitor trials; the F1174L change reduces sensitivity to crizotinib in laboratory "
                "studies, and newer ALK inhibitors may be preferred."),
         P(lab, "Germline caveat", "h2"),
         P(lab, "Germline ALK variants (most often R1275Q) cause familial neuroblastoma. The variant allele fraction "
                "here does not suggest a constitutional change, but only a blood sample can settle this. Blood from the "
                "patient and from both parents has been requested; the father's sample has been received and is being "
                "tested. Results will be issued by Clinical Genetics."),
         P(lab, "ALK sequencing detail: exon 23 (codons 1171-1178) c.3522C&gt;A heterozygous; exon 25 (codons 1245, "
                "1275) no variant. Reference NM_004304.5. ALK immunohistochemistry was not requested.", "small"),
         P(lab, "Methods: interphase FISH on touch imprints (MYCN/AFF3 2p, 1p36/1q25, 11q23/CEP11); 200 nuclei scored "
                "per probe. Sanger sequencing on DNA from the FFPE block; sensitivity 15-20% variant allele. Controls "
                "acceptable. Risk grouping uses the International Neuroblastoma Risk Group classification.", "small"),
         sp(6),
         signoff(lab, [["Dr C. Mwangi-Fairbrother", "Consultant Clinical Scientist"],
                       ["Dr L. Tennant", "Consultant Paediatric Pathologist"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7319
@report(7319, "B", [
    L("EGFR", "mutation", "positive", ["p.(Leu858Arg)", "POSITIVE"], alteration="L858R"),
    L("PD-L1", "expression", "positive", ["tumour proportion score 60%"], percent=60),
    L("ALK", "expression", "negative", ["ALK (D5F3): negative"]),
])
def r7319():
    lab = B
    s = [P(lab, "Somatic Mutation Report - EGFR", "h", fontSize=13, textColor=colors.black),
         demo_box(lab, [("Patient", "Patient S"), ("Hospital no.", "SA-3310756"), ("DOB", "**/**/1955"),
                        ("Our ref.", "SMS-26-00511"), ("Specimen", "CT-guided core biopsy, left lower lobe (H26-4402 A1)"),
                        ("Requested", "Dr R. Gallacher-Nwosu, Lung Cancer MDT")], ncols=2, bg=colors.white),
         sp(6),
         two_col(lab, "RESULT",
                 [P(lab, "<b>EGFR: POSITIVE</b>", "cell", fontSize=11, leading=14),
                  P(lab, "Exon 21 c.2573T&gt;G", "cell"), P(lab, "p.(Leu858Arg)", "cell"),
                  sp(4),
                  P(lab, "Exon 19 deletions: not detected", "cell"),
                  P(lab, "Exon 20 T790M: not detected", "cell"),
                  P(lab, "Exon 20 insertions: not detected", "cell"),
                  P(lab, "Exon 18 G719X: not detected", "cell")],
                 "INTERPRETATION",
                 [P(lab, "A sensitising point mutation in exon 21 of EGFR has been found in this lung adenocarcinoma. "
                         "Patients whose tumours carry this change are candidates for first-line EGFR tyrosine kinase "
                         "inhibitor treatment. The mutation was present at an estimated 18% of alleles in a sample with "
                         "about 40% tumour cells.", "cell"),
                  sp(3),
                  P(lab, "No second EGFR mutation was identified among the targets tested.", "cell")]),
         sp(6),
         P(lab, "Other biomarkers on this specimen (reported by Cellular Pathology under H26-4402, restated for the MDT)",
           "h2"),
         kv(lab, [("PD-L1 (22C3)", "tumour proportion score 60% (high expression)"),
                  ("ALK (D5F3)", "ALK (D5F3): negative"),
                  ("ROS1 (SP384)", "requested - not yet reported")], widths=(35 * mm, 143 * mm)),
         sp(4),
         P(lab, "Note: where an EGFR sensitising mutation is present, immunotherapy alone is generally not used "
                "first line regardless of PD-L1 level; the PD-L1 result is given for completeness.", "small"),
         P(lab, "METHOD", "h2"),
         P(lab, "Allele-specific real-time PCR for EGFR exons 18-21 (42 variants) following macrodissection; limit of "
                "detection approximately 5% mutant alleles. Run controls (mutant, wild-type and no-template) "
                "acceptable. Reference sequence NM_005228.5.", "small"),
         sp(8),
         P(lab, "Authorised by Dr L. Marchbanks-Oyelaran, Consultant Histopathologist, 9 March 2026."),
         ]
    return s


# --------------------------------------------------------------------------------------- 7320
@report(7320, "L", [
    L("NRAS", "mutation", "positive", ["p.(Gln61Lys)"], alteration="Q61K"),
    L("PIK3CA", "mutation", "positive", ["p.(His1047Arg)"], alteration="H1047R"),
    L("BRAF", "mutation", "negative", ["BRAF: no variant detected"]),
    L("KRAS", "mutation", "negative", ["KRAS: no variant detected in exons 2 and 3"], optional=True),
], running="Patient T  -  EGLH-SC-26-02218  -  Colorectal panel", pagefmt="Page {n} of {t}")
def r7320():
    lab = LL
    t = colors.HexColor("#dcecec")
    s = [P(lab, "Somatic Colorectal Cancer Panel (12 genes) - Report", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient T"), ("EGLH no.", "EGLH-SC-26-02218"), ("Year of birth", "1972"),
                        ("Referring centre", "Marlow Vale Hospital, Dr K. Ashdown"),
                        ("Sample", "FFPE block MV26-1150 C, sigmoid colon resection"),
                        ("Tumour content", "60% (referring pathologist)")], ncols=2, bg=t),
         sp(6),
         P(lab, "Results summary", "h2"),
         grid_table(lab, [["Gene", "Result"],
                          ["KRAS", "KRAS: no variant detected in exons 2 and 3; exon 4 failed (see below)"],
                          ["NRAS", "<b>Pathogenic variant detected</b> - p.(Gln61Lys)"],
                          ["BRAF", "BRAF: no variant detected"],
                          ["PIK3CA", "<b>Pathogenic variant detected</b> - p.(His1047Arg)"],
                          ["Other genes in panel", "See table 2"]],
                    [35 * mm, 143 * mm], header_bg=t),
         sp(5),
         P(lab, "Table 1 - variants", "h2"),
         grid_table(lab, [["Gene", "HGVS (c.)", "HGVS (p.)", "Exon", "VAF", "Class", "Actionability"],
                          ["NRAS", "c.181C&gt;A", "p.(Gln61Lys)", "3", "22%", "Pathogenic",
                           "Predicts resistance to anti-EGFR antibodies"],
                          ["PIK3CA", "c.3140A&gt;G", "p.(His1047Arg)", "21", "19%", "Pathogenic",
                           "No licensed therapy in colorectal cancer"],
                          ["APC", "c.4348C&gt;T", "p.(Arg1450*)", "16", "41%", "Pathogenic", "Not actionable"],
                          ["SMAD4", "c.1081C&gt;T", "p.(Arg361Cys)", "9", "18%", "Likely pathogenic", "Not actionable"]],
                    [17 * mm, 24 * mm, 28 * mm, 12 * mm, 13 * mm, 28 * mm, 56 * mm], header_bg=t),
         sp(5),
         P(lab, "Table 2 - regions analysed", "h2"),
         grid_table(lab, [["Gene", "Exons", "Status", "Gene", "Exons", "Status"],
                          ["KRAS", "2, 3", "analysed", "AKT1", "3", "analysed"],
                          ["KRAS", "4", "FAILED (coverage 58x)", "APC", "16 (MCR)", "analysed"],
                          ["NRAS", "2, 3, 4", "analysed", "SMAD4", "2-12", "analysed"],
                          ["BRAF", "11, 15", "analysed", "TP53", "4-10", "FAILED (library)"],
                          ["PIK3CA", "9, 20, 21", "analysed", "POLE", "9-14", "analysed"],
                          ["ERBB2", "8, 19, 20", "analysed", "CTNNB1", "3", "analysed"]],
                    [18 * mm, 22 * mm, 49 * mm, 18 * mm, 22 * mm, 49 * mm], header_bg=t,
                    extra=[("LINEAFTER", (2, 0), (2, -1), 1.1, colors.black)]),
         sp(4),
         P(lab, "Interpretation", "h2"),
         P(lab, "This tumour is RAS-mutant through NRAS codon 61. Because an activating NRAS mutation is present, the "
                "failure of KRAS exon 4 (codons 117 and 146) does not alter the treatment implication: anti-EGFR "
                "monoclonal antibodies are not indicated. PIK3CA exon 21 mutation is noted; it has been associated "
                "with benefit from aspirin after resection in some studies, which the clinical team may wish to "
                "consider. TP53 could not be analysed because of library failure and no TP53 result is given."),
         P(lab, "Mismatch repair immunohistochemistry is being reported by the referring centre; MSI was not requested "
                "from this laboratory.", "small"),
         P(lab, "Technical: amplicon-based NGS, 10 ng DNA, limit of detection 5% VAF, minimum depth 250x. Reference "
                "genome GRCh38; MANE Select transcripts. Positive (multiplex reference standard) and negative controls "
                "passed. Germline variants cannot be distinguished reliably on tumour-only testing.", "small"),
         sp(6),
         signoff(lab, [["Checked: F. Dunmore, Clinical Scientist"],
                       ["Authorised: Dr A. Kowalczyk-Bell, Consultant Clinical Scientist", "Date: 24/02/2026"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7321
@report(7321, "E", [
    L("HRAS", "mutation", "positive", ["p.(Gln61Arg)"], alteration="Q61R"),
    L("BRAF", "mutation", "negative", ["BRAF V600E : absence de mutation"]),
    L("NRAS", "mutation", "negative", ["NRAS (codons 12, 13, 61) : absence de mutation"]),
    L("KRAS", "mutation", "negative", ["KRAS (codons 12, 13, 61) : absence de mutation"]),
], pagefmt="Page {n} / {t}")
def r7321():
    lab = E
    s = [P(lab, "Biologie moléculaire des nodules thyroïdiens (cytoponction)<br/>"
                "<font size=8>Molecular testing of thyroid nodule fine-needle aspirate</font>", "h", fontSize=11),
         grid_table(lab, [["Patient", "Patient U", "N° / File", "IHV-M-26-0990"],
                          ["Né(e) en / Born", "1981", "Prélèvement / Specimen",
                           "Cytoponction nodule lobe droit, 24 mm (Bethesda IV)"],
                          ["Médecin / Physician", "Dr H. Roussel-Benali (endocrinologie)", "Validé / Validated", "05.03.2026"]],
                    [30 * mm, 55 * mm, 36 * mm, 57 * mm], box=True, bold_first_row=False,
                    extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4ece4")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f4ece4"))]),
         sp(5),
         P(lab, "Résultats / Results", "h2"),
         P(lab, "<b>BRAF V600E : absence de mutation</b> (not detected)"),
         P(lab, "<b>NRAS (codons 12, 13, 61) : absence de mutation</b>"),
         P(lab, "<b>KRAS (codons 12, 13, 61) : absence de mutation</b>"),
         P(lab, "<b>HRAS (codons 12, 13, 61) : mutation c.182A&gt;G p.(Gln61Arg), fréquence allélique 38,5 %</b>"),
         P(lab, "<b>Promoteur TERT (C228T, C250T) : absence de mutation</b>"),
         sp(3),
         grid_table(lab, [["Analyse", "Méthode", "Qualité / Quality", "Sensibilité"],
                          ["BRAF, NRAS, KRAS, HRAS", "pyroséquençage", "conforme", "5 %"],
                          ["TERT promoteur", "PCR + séquençage Sanger", "conforme", "15-20 %"],
                          ["Fusions (RET, NTRK, PAX8-PPARG)", "non réalisé / not done", "-", "-"]],
                    [55 * mm, 45 * mm, 38 * mm, 40 * mm], header_bg=colors.HexColor("#f4ece4")),
         sp(4),
         P(lab, "Interprétation / Interpretation", "h2"),
         P(lab, "Mutation activatrice d'HRAS au codon 61. Dans un nodule de catégorie Bethesda IV, une mutation de type "
                "RAS est associée à une néoplasie folliculaire (adénome, carcinome folliculaire ou variant "
                "folliculaire de carcinome papillaire) ; elle ne permet pas à elle seule de distinguer une lésion "
                "bénigne d'une lésion maligne. L'absence de mutation BRAF V600E et TERT est notée."),
         P(lab, "<i>English:</i> an activating HRAS codon 61 mutation is present, which supports a follicular-pattern "
                "neoplasm but does not by itself establish malignancy. BRAF V600E and TERT promoter mutations were not "
                "found. Diagnostic lobectomy may be considered according to the multidisciplinary discussion."),
         P(lab, "Matériel : ADN extrait du liquide de rinçage de l'aiguille (4,2 ng/µL). Contrôles positifs et "
                "négatifs conformes. Références : NM_005343.4 (HRAS), NM_004333.6 (BRAF).", "small"),
         sp(8),
         signoff(lab, [["Biologiste : Dr C. Fauvel-Mendes"], ["Cytopathologiste : Dr A. Le Goff-Sørensen"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7322
@report(7322, "D", [
    L("PIK3CA", "mutation", "positive", ["p.(Glu545Lys)"], alteration="E545K"),
    L("TP53", "mutation", "positive", ["p.(Tyr220Cys)"], alteration="Y220C"),
    L("HER2", "mutation", "negative", ["ERBB2 (HER2) - no variant detected"]),
    L("ER", "expression", "positive", ["ER-positive (95%)"], percent=95, optional=True),
    L("HER2", "expression", "negative", ["HER2 IHC 1+"], ihc_score="1+", optional=True),
], running="Patient V  |  GDU-26-S-00802  |  Breast hotspot panel")
def r7322():
    lab = D
    g = colors.HexColor("#e3efe5")
    s = [P(lab, "BREAST CANCER HOTSPOT PANEL (DNA) - FINAL REPORT", "h", fontSize=11.5),
         demo_box(lab, [("Patient", "Patient V"), ("GDU number", "GDU-26-S-00802"), ("Born", "1964"),
                        ("Source block", "KV26-5061 A3 (liver core biopsy)"),
                        ("Diagnosis", "Metastatic breast carcinoma in liver"),
                        ("Requester", "Dr W. Fairlie-Amadi, Breast Oncology")], ncols=2, bg=g),
         sp(4),
         P(lab, "Clinical information provided: ER-positive (95%), HER2 IHC 1+ breast carcinoma diagnosed 2019; liver "
                "progression on an aromatase inhibitor plus CDK4/6 inhibitor. ?PIK3CA ?ESR1 for second line."),
         sp(3),
         banner(lab, "PIK3CA p.(Glu545Lys) DETECTED - eligible variant for PI3K-alpha inhibitor therapy", bg=g,
                border=D.accent, size=10.5),
         sp(4),
         P(lab, "Variants", "h2"),
         grid_table(lab, [["Gene", "Exon", "cDNA (HGVS)", "Protein", "VAF", "Depth", "Classification"],
                          ["PIK3CA", "10", "c.1633G&gt;A", "p.(Glu545Lys)", "27.2%", "2,415", "Tier I - pathogenic"],
                          ["TP53", "6", "c.659A&gt;G", "p.(Tyr220Cys)", "51.0%", "1,988", "Tier II - pathogenic"],
                          ["PTEN", "5", "c.209+5G&gt;A", "p.?", "12.4%", "830", "Tier III - uncertain significance"]],
                    [16 * mm, 11 * mm, 27 * mm, 28 * mm, 15 * mm, 17 * mm, 64 * mm], header_bg=g),
         sp(4),
         P(lab, "Genes analysed with no variant detected", "h2"),
         grid_table(lab, [["Gene", "Regions", "Result"],
                          ["ESR1", "exon 8 (codons 380, 463, 536-538)", "ESR1 - no variant detected"],
                          ["AKT1", "exon 3 (E17K)", "AKT1 - no variant detected"],
                          ["ERBB2", "exons 8, 19, 20", "ERBB2 (HER2) - no variant detected"],
                          ["PIK3CA", "exons 1, 2, 4, 7, 9, 20", "no additional variant"]],
                    [22 * mm, 66 * mm, 90 * mm], inner=False, zebra=True),
         sp(4),
         P(lab, "Comment", "h2"),
         P(lab, "PIK3CA E545K (helical domain) is one of the hotspot variants for which alpelisib and related PI3K "
                "pathway inhibitors are licensed with endocrine therapy in hormone receptor-positive, HER2-negative "
                "advanced breast cancer. ESR1 ligand-binding domain mutations were not detected in this tissue "
                "sample; because ESR1 mutations are often subclonal and emerge under aromatase inhibitor therapy, "
                "plasma testing is more sensitive and is suggested if ESR1 status will guide treatment. The PTEN "
                "splice-region variant is of uncertain significance and should not be used for clinical decisions."),
         P(lab, "Germline: this panel does not test BRCA1, BRCA2 or PALB2, and tumour-only sequencing cannot "
                "classify variants as germline. The TP53 variant allele fraction of about 50% could reflect loss of "
                "heterozygosity or, less likely, a germline variant; referral to Clinical Genetics should be "
                "considered if the personal or family history fits Li-Fraumeni syndrome.", "small"),
         P(lab, "Sample: tumour content 70%; DNA 10 ng input; mean depth 2,060x. Limit of detection 5% VAF. "
                "Receptor status was not re-tested on this biopsy by this laboratory.", "small"),
         sp(6),
         signoff(lab, [["Analysed: M. Oduya, Clinical Scientist"],
                       ["Authorised: Dr J. Penhallow, Consultant Clinical Scientist (Genomics)", "Date: 21/03/2026"]]),
         ]
    return s + ap7322()


# --------------------------------------------------------------------------------------- 7323
@report(7323, "J", [
    L("IDH2", "mutation", "positive", ["p.(Arg172Lys)"], alteration="R172K"),
    L("IDH1", "mutation", "negative", ["IDH1 codon 132: wild type"]),
    L("IDH1", "expression", "negative", ["IDH1 R132H immunohistochemistry: negative"]),
], pagefmt="- {n} -")
def r7323():
    lab = J
    s = [P(lab, "Molecular Neuropathology Findings", "h", fontSize=12.5),
         kv(lab, [("Patient", "Patient W, born 1987, male"), ("Molecular no.", "MP 26/0286"),
                  ("Material", "E 26/0954, blocks 2 and 5: resection, right frontal lobe tumour"),
                  ("Histology", "Diffusely infiltrating glioma with oligodendroglial morphology, CNS WHO grade 2 or 3 "
                                "pending; IDH1 R132H immunohistochemistry: negative (E 26/0954)"),
                  ("Question", "IDH status by sequencing (R132H-negative on IHC), 1p/19q, MGMT")],
            widths=(32 * mm, 146 * mm)),
         sp(5),
         grid_table(lab, [["Analysis", "Method", "Finding"],
                          ["IDH1 codon 132", "pyrosequencing", "IDH1 codon 132: wild type"],
                          ["IDH2 codon 172", "pyrosequencing", "<b>mutated</b>: c.515G&gt;A p.(Arg172Lys), ca. 31% of alleles"],
                          ["1p/19q", "FISH (1p36/1q25, 19q13/19p13)", "<b>codeleted</b> (1p: 78% / 19q: 81% of nuclei)"],
                          ["MGMT promoter", "methylation-specific pyrosequencing", "methylated (mean 38%)"],
                          ["TERT promoter", "Sanger", "C250T (c.-146C&gt;T) present"]],
                    [35 * mm, 55 * mm, 88 * mm], header_bg=colors.HexColor("#f1e1e1")),
         sp(6),
         P(lab, "Assessment", "h2"),
         P(lab, "The tumour carries a mutation of IDH2 at arginine 172 (R172K), which is not recognised by the IDH1 "
                "R132H-specific antibody and explains the negative immunostain. Together with the complete 1p/19q "
                "codeletion and the TERT promoter mutation the findings establish an oligodendroglioma, IDH-mutant "
                "and 1p/19q-codeleted. The grade is given in the integrated neuropathology report. MGMT promoter "
                "methylation is present."),
         P(lab, "Teaching note appended at the request of the tumour board: about 90% of IDH mutations in diffuse "
                "gliomas are IDH1 R132H; non-canonical IDH1 (R132C, R132G, R132S) and IDH2 (R172K, R172M, R172W) "
                "variants account for the rest and require sequencing when the immunostain is negative in a patient "
                "under 55 years.", "small"),
         P(lab, "Method: DNA from block 5 (tumour content about 70%); pyrosequencing of IDH1 codon 132 and IDH2 codon "
                "172 (limit of detection 5%); FISH with locus-specific probes, 100 nuclei per probe set, cut-off 30% "
                "for deletion. Controls correct.", "small"),
         sp(8),
         P(lab, "Aurel, 11.02.2026&nbsp;&nbsp;&nbsp;&nbsp;PD Dr. A. Rautenberg-Mensah (Neuropathology)"
                "&nbsp;&nbsp;&nbsp;&nbsp;Dr. rer. nat. T. Hallgrimsson"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7324
@report(7324, "C", [
    L("NTRK", "fusion", "positive", ["NTRK3 (15q25) break-apart: POSITIVE"]),
    L("NTRK", "expression", "positive", ["Pan-TRK (EPR17341): positive"]),
], running="Patient X | LMC-MP-26-1402 | NTRK3/ETV6 FISH")
def r7324():
    lab = C
    hb = colors.HexColor("#d9e1ec")
    s = [demo_box(lab, [("PATIENT", "Patient X"), ("MRN", "LMC 005127740"), ("DOB", "1990"), ("SEX", "M"),
                        ("ACCESSION", "LMC-MP-26-1402"), ("SURGICAL CASE", "LS26-24017, block A4 (right parotid)"),
                        ("ORDERING MD", "E. Halvorsen-Oke, MD (Head &amp; Neck Pathology)"), ("REPORTED", "02/19/2026")],
                  ncols=2, bg=colors.white),
         sp(5),
         P(lab, "FISH - NTRK3 AND ETV6 BREAK-APART", "h"),
         P(lab, "Clinical question: salivary gland carcinoma with features of secretory carcinoma (S100 and mammaglobin "
                "positive). Confirm ETV6::NTRK3 and NTRK eligibility."),
         grid_table(lab, [["Probe", "Nuclei", "Split signals", "Isolated 3'", "% abnormal", "Normal range", "Result"],
                          ["ETV6 (12p13) BA", "100", "49", "7", "56%", "&lt;= 12%", "POSITIVE"],
                          ["NTRK3 (15q25) BA", "100", "52", "10", "62%", "&lt;= 14%", "POSITIVE"]],
                    [32 * mm, 16 * mm, 24 * mm, 22 * mm, 24 * mm, 26 * mm, 34 * mm], header_bg=hb),
         sp(5),
         P(lab, "DIAGNOSIS", "h2"),
         P(lab, "<b>NTRK3 (15q25) break-apart: POSITIVE.</b> <b>ETV6 (12p13) break-apart: POSITIVE.</b>"),
         P(lab, "The concurrent rearrangement of ETV6 and NTRK3 strongly supports an ETV6::NTRK3 fusion and the "
                "diagnosis of secretory carcinoma. An NTRK gene fusion makes the patient potentially eligible for "
                "a tropomyosin receptor kinase inhibitor (larotrectinib, entrectinib) in advanced or recurrent "
                "disease."),
         P(lab, "SUPPORTING IMMUNOHISTOCHEMISTRY (same block, LS26-24017)", "h2"),
         P(lab, "Pan-TRK (EPR17341): positive, diffuse nuclear and cytoplasmic staining of moderate intensity in "
                "essentially all tumor cells. Nuclear pan-TRK staining is characteristic of NTRK3 fusions."),
         P(lab, "COMMENTS", "h2"),
         P(lab, "NTRK1 and NTRK2 probes were not applied; they are not needed given the NTRK3 result. A rare "
                "ETV6 rearrangement with a partner other than NTRK3 (e.g. RET or MET) cannot be completely excluded by "
                "FISH; RNA sequencing would identify the partner if required for trial enrollment.", "small"),
         P(lab, "METHODS: Dual-color break-apart probes on 4 µm FFPE sections; 100 non-overlapping tumor nuclei "
                "enumerated by two technologists. Normal ranges derived from 20 non-neoplastic salivary gland controls "
                "(mean + 3 SD). Laboratory-developed test.", "small"),
         sp(6),
         P(lab, "Electronically signed by Gordon Achterberg-Sy, MD, PhD, Cytogenetics, 02/19/2026 09:27"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7325
@report(7325, "A", [
    L("KRAS", "mutation", "positive", ["KRAS G12C DETECTED", "p.Gly12Cys"], alteration="G12C"),
], running="Patient Y  -  MD26-04120 / MD26-04121  -  KRAS real-time PCR")
def r7325():
    lab = A
    s = [P(lab, "<i>KRAS</i> MUTATION STATUS - REAL-TIME PCR (TWO SPECIMENS)", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient Y"), ("Lab numbers", "MD26-04120 (S1), MD26-04121 (S2)"),
                        ("Hospital no.", "NF 612 990 4318"), ("Year of birth", "1952"),
                        ("Requested by", "Dr T. Moreland-Abiola, Lung MDT"), ("Reported", "19-Mar-2026")]),
         sp(6),
         grid_table(lab, [["", "S1: EBUS-TBNA, station 7 (cell block C26-1022)", "S2: bronchial biopsy, RUL (H26-11893 A1)"],
                          ["Tumour content", "about 40%", "&lt; 5% (scanty atypical cells)"],
                          ["DNA", "22.7 ng/µL", "0.9 ng/µL"],
                          ["Internal control", "valid (Ct 25.4)", "INVALID (Ct 35.8)"],
                          ["Result", "<b>KRAS G12C DETECTED</b>", "<b>FAILED - insufficient DNA</b>"]],
                    [34 * mm, 72 * mm, 72 * mm], header_bg=colors.HexColor("#dfe9ef"),
                    extra=[("BACKGROUND", (1, 4), (1, 4), colors.HexColor("#fde9c8"))]),
         sp(6),
         P(lab, "<b>Interpretation.</b> The lymph node aspirate contains metastatic non-small cell carcinoma with a "
                "KRAS codon 12 glycine-to-cysteine substitution (c.34G&gt;T, p.Gly12Cys). This is the variant targeted by "
                "KRAS G12C inhibitors (sotorasib, adagrasib) in previously treated advanced NSCLC. The bronchial biopsy "
                "contained too little tumour to give a result; it has not been tested and should not be regarded as "
                "KRAS wild type."),
         P(lab, "Mutations covered by the assay", "h2"),
         grid_table(lab, [["Codon", "Variants detected by the kit", "Reported individually?"],
                          ["12", "G12A, G12C, G12D, G12R, G12S, G12V", "Yes"],
                          ["13", "G13C, G13D", "Yes"],
                          ["59 / 61", "A59T, Q61H, Q61L, Q61R", "As codon 59/61 group"],
                          ["117 / 146", "K117N, A146T, A146V", "As codon 117/146 group"]],
                    [22 * mm, 100 * mm, 56 * mm], inner=False, box=False),
         sp(4),
         P(lab, "NONE OF THE OTHER LISTED KRAS MUTATIONS WERE DETECTED IN S1.", "small"),
         P(lab, "EGFR, ALK, ROS1 and PD-L1 for this patient are handled under MD26-03990 and the histology report; "
                "they are not part of this request.", "small"),
         P(lab, "Method and controls: DNA extraction from cell block sections without macrodissection (S1) and after "
                "macrodissection (S2). Allele-specific real-time PCR; limit of detection 1-5% mutant DNA depending on "
                "variant. Positive, wild-type and no-template controls passed on run KR-26-031.", "small"),
         sp(8),
         signoff(lab, [["Reported by: Dr H. Quarrie", "Consultant Clinical Scientist"],
                       ["Authorised by: Dr S. Venn", "Consultant Pathologist", "19-Mar-2026 10:05"]]),
         ]
    return s


# --------------------------------------------------------------------------------------- 7326
@report(7326, "F", [
    L("RET", "fusion", "positive", ["RESULT: POSITIVE - RET REARRANGEMENT PRESENT"]),
    L("ALK", "fusion", "negative", ["ALK break-apart FISH: negative"]),
    L("ROS1", "fusion", "negative", ["ROS1 break-apart FISH: negative"]),
])
def r7326():
    lab = F
    s = [P(lab, "FISH REPORT - RET (10q11.2) BREAK-APART", "h", fontSize=11, textColor=colors.black),
         grid_table(lab, [["Patient: Patient Z", "FISH no.: HCF-26-0433", "Block: HG26-7721 2A (pleural fluid cell block)"],
                          ["Born: 1969", "Received: 16.02.2026", "Reported: 20.02.2026"]],
                    [55 * mm, 55 * mm, 68 * mm], box=True, inner=False, bold_first_row=False),
         sp(5),
         banner(lab, "RESULT: POSITIVE - RET REARRANGEMENT PRESENT", bg=colors.white, border=colors.black, size=12),
         sp(5),
         grid_table(lab, [["Reader", "Nuclei", "Fused", "Split", "Isolated 5'", "Isolated 3'", "% rearranged"],
                          ["1", "50", "26", "19", "1", "4", "46%"],
                          ["2", "50", "28", "18", "0", "4", "44%"],
                          ["Both", "100", "54", "37", "1", "8", "45%"]],
                    [24 * mm, 22 * mm, 22 * mm, 22 * mm, 28 * mm, 28 * mm, 32 * mm],
                    header_bg=colors.HexColor("#e6e6e6")),
         P(lab, "Isolated 5' signals are not counted as rearranged. Cut-off 15%.", "small"),
         P(lab, "Interpretation", "h2", textColor=colors.black),
         P(lab, "45% of tumour nuclei show separated 5' and 3' RET signals or an isolated 3' signal. The RET locus is "
                "rearranged in this malignant effusion, consistent with a RET fusion (KIF5B and CCDC6 are the usual "
                "partners in lung adenocarcinoma; FISH does not identify the partner, and some intrachromosomal "
                "KIF5B::RET events produce subtle splits). Selective RET inhibitors are the relevant targeted "
                "therapy class."),
         P(lab, "Earlier results on this specimen (HCF-26-0391, issued 12.02.2026): ALK break-apart FISH: negative "
                "(4% of 100 nuclei); ROS1 break-apart FISH: negative (2% of 100 nuclei). Together with this result "
                "the sample has a RET-positive, ALK-negative and ROS1-negative fusion profile."),
         P(lab, "An NGS panel on the original lung biopsy was reported by another centre as 'no driver mutation "
                "identified' (DNA only); it did not include fusion analysis.", "small"),
         P(lab, "Internal control: mesothelial and inflammatory cells show the normal fused pattern. Probe: RET 5' "
                "green / 3' red. Hybridisation efficiency 95%.", "small"),
         sp(8),
         P(lab, "Scored by: P. Mbeki (HCPC CS), J. Tarrant (HCPC CS)<br/>Reported by: Dr G. Harcourt, "
                "Consultant Cytogeneticist"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7327
_CRC_NEG = ["NRAS", "BRAF", "HRAS", "PIK3CA", "EGFR", "MET", "IDH1"]


@report(7327, "L", [
    L("KRAS", "mutation", "positive", ["p.(Gly13Asp)"], alteration="G13D"),
    L("TP53", "mutation", "positive", ["p.(Arg175His)"], alteration="R175H"),
] + [L(g, "mutation", "negative", ["NRAS, BRAF, HRAS, PIK3CA, EGFR, MET and IDH1"]) for g in _CRC_NEG] + [
    L("HER2", "amplification", "negative", ["ERBB2 amplification: not detected"]),
    L("MSI", "signature", "negative", ["Microsatellite status: MS-stable"]),
    L("TMB", "signature", "negative", ["6.1 mut/Mb"], value="6.1 mut/Mb"),
], running="Patient AA  -  EGLH-SC-26-02907  -  Solid tumour panel (50 genes)", pagefmt="Page {n} of {t}")
def r7327():
    lab = LL
    t = colors.HexColor("#dcecec")
    s = [P(lab, "Somatic Solid Tumour Panel (50 genes, DNA) with MSI and TMB", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient AA"), ("EGLH no.", "EGLH-SC-26-02907"), ("Year of birth", "1958"),
                        ("Referring centre", "Eastmere University Hospitals, Dr N. Chaudhry-Olsen"),
                        ("Sample", "FFPE block EU26-8810 B2, liver metastasis (colorectal primary)"),
                        ("Tumour content", "50%")], ncols=2, bg=t),
         sp(5),
         grid_table(lab, [["Biomarker", "Result", "Note"],
                          ["KRAS", "<b>p.(Gly13Asp)</b> detected", "RAS-mutant"],
                          ["Microsatellite status", "Microsatellite status: MS-stable", "MSI score 2.1% (unstable &gt;= 20%)"],
                          ["Tumour mutational burden", "6.1 mut/Mb (TMB-low)", "Laboratory cut-off TMB-high &gt;= 10 mut/Mb"],
                          ["ERBB2 copy number", "ERBB2 amplification: not detected", "estimated 2.4 copies"],
                          ["NTRK1-3 fusions", "Not assessed", "DNA panel; RNA testing not requested"]],
                    [45 * mm, 68 * mm, 65 * mm], header_bg=t),
         sp(5),
         P(lab, "Table 1 - reportable variants", "h2"),
         grid_table(lab, [["Gene", "HGVS (c.)", "HGVS (p.)", "Exon", "VAF", "Tier", "Comment"],
                          ["KRAS", "c.38G&gt;A", "p.(Gly13Asp)", "2", "35%", "I", "Resistance to anti-EGFR antibodies"],
                          ["TP53", "c.524G&gt;A", "p.(Arg175His)", "5", "61%", "II", "Loss of function"],
                          ["APC", "c.3927_3931del", "p.(Glu1309Aspfs*4)", "16", "38%", "II", "Truncating"],
                          ["FBXW7", "c.1393C&gt;T", "p.(Arg465Cys)", "9", "17%", "II", "Hotspot"]],
                    [15 * mm, 27 * mm, 33 * mm, 11 * mm, 12 * mm, 11 * mm, 69 * mm], header_bg=t),
         sp(4),
         P(lab, "Table 2 - variants of uncertain significance (not for clinical use)", "h2"),
         grid_table(lab, [["Gene", "HGVS (p.)", "VAF", "Comment"],
                          ["ERBB4", "p.(Arg711Cys)", "9%", "Uncertain significance"],
                          ["SMO", "p.(Val404Met)", "47%", "Possible germline; uncertain significance"]],
                    [20 * mm, 45 * mm, 20 * mm, 93 * mm], inner=False, zebra=True),
         sp(4),
         P(lab, "Table 3 - genes with no reportable variant and regions that failed", "h2"),
         P(lab, "No reportable variant in NRAS, BRAF, HRAS, PIK3CA, EGFR, MET and IDH1 (hotspot regions), nor in "
                "AKT1, CTNNB1, FGFR2, FGFR3, GNAS, JAK2, MAP2K1, PTEN, SMAD4, STK11 or the remaining panel genes."),
         P(lab, "<b>Failed / not evaluable:</b> KIT exon 11 (depth 74x) and PDGFRA exon 18 (depth 102x). ALK exons 23-25 "
                "and IDH2 exon 4 were below the 250x threshold in part and are reported as not evaluable; no result is "
                "given for ALK or IDH2."),
         P(lab, "Interpretation", "h2"),
         P(lab, "KRAS exon 2 codon 13 mutation: the tumour is RAS-mutant and anti-EGFR antibody therapy is not "
                "indicated. The tumour is microsatellite stable with a low tumour mutational burden, so immune "
                "checkpoint inhibitor monotherapy is not expected to help. HER2 is not amplified at the DNA level. "
                "The SMO variant at close to 50% may be constitutional; it is not associated with a known cancer "
                "predisposition and no germline referral is recommended on this basis."),
         P(lab, "Technical: hybrid-capture NGS, 40 ng DNA; median depth 980x; limit of detection 5% VAF. MSI estimated "
                "from 110 mononucleotide loci; TMB from 1.1 Mb of coding sequence after removal of germline "
                "polymorphisms and hotspot driver variants. Controls (reference standard and no-template) passed.",
           "small"),
         sp(6),
         signoff(lab, [["Checked: R. Ilunga-Pearce, Clinical Scientist"],
                       ["Authorised: Dr A. Kowalczyk-Bell, Consultant Clinical Scientist", "Date: 10/03/2026"]]),
         ]
    return s + ap7327()


# --------------------------------------------------------------------------------------- 7328
@report(7328, "B", [])
def r7328():
    lab = B
    s = [P(lab, "Molecular Neuropathology - MGMT Promoter Methylation", "h", fontSize=13, textColor=colors.black),
         kv(lab, [("Name", "Patient AB"), ("Hospital number", "SA-1180024"), ("Date of birth", "**/**/1960"),
                  ("Our reference", "SMS-26-00608 (neuropathology N26-0212, block 3)"),
                  ("Consultant", "Mr P. Devereux-Ola, Neurosurgery")], widths=(40 * mm, 138 * mm)),
         sp(5),
         banner(lab, "MGMT promoter: METHYLATED (mean 32%)", bg=colors.HexColor("#f3e8ee"), border=B.accent),
         sp(4),
         two_col(lab, "CpG site results",
                 [grid_table(lab, [["CpG", "% methylation"], ["1", "29"], ["2", "35"], ["3", "34"], ["4", "30"],
                                   ["Mean", "32"]], [28 * mm, 34 * mm], inner=False, box=False)],
                 "Interpretation",
                 [P(lab, "Methylation of the MGMT promoter exceeds the laboratory threshold of 10% (values of "
                         "8-12% would be reported as a grey zone). In glioblastoma, methylation is associated with "
                         "longer survival and greater benefit from temozolomide.", "cell"),
                  sp(3),
                  P(lab, "IDH status: IDH1/IDH2 sequencing has been requested on this block because the patient is "
                         "under 55 and the histology report records the IDH1 R132H immunostain as still pending. "
                         "The sequencing result will be issued separately; no IDH result is available at the time of "
                         "this report.", "cell")]),
         sp(6),
         P(lab, "Additional tests not requested", "h2"),
         P(lab, "EGFR amplification, TERT promoter mutation and chromosome 7 gain / 10 loss can establish a molecular "
                "glioblastoma in an IDH-wild-type tumour without necrosis or microvascular proliferation; they have not "
                "been requested and have not been performed. BRAF V600E testing is available on request for "
                "epithelioid morphology."),
         P(lab, "METHOD", "h2"),
         P(lab, "Bisulfite conversion of DNA from the marked tumour area (tumour content 80%), PCR and pyrosequencing of "
                "four CpG sites in MGMT exon 1. Fully methylated, unmethylated and no-template controls were within "
                "expected limits.", "small"),
         sp(8),
         P(lab, "Authorised by Dr F. Ambrose-Kittredge, Consultant Neuropathologist, 27 February 2026."),
         ]
    return s


# --------------------------------------------------------------------------------------- 7329
@report(7329, "I", [
    L("ALK", "fusion", "negative", ["ALK FISH: NEGATIVE (NOT REARRANGED)"]),
])
def r7329():
    lab = I
    s = [P(lab, "MOLECULAR SECTION - LUNG BIOMARKERS", "h", fontSize=10, textColor=colors.black),
         P(lab, "PATIENT......: Patient AC<br/>"
                "HOSP NO.....: RW0117402<br/>"
                "DOB.........: XX/XX/1948<br/>"
                "LAB NO......: MOL/26/00412 + ISH/26/00131 (histology RH26/3377 block A1)<br/>"
                "SPECIMEN....: ENDOBRONCHIAL BIOPSY, LEFT MAIN BRONCHUS, NSCLC (ADENOCARCINOMA)<br/>"
                "REQUESTED BY: DR M. QUAYE-LINDGREN, CHEST CLINIC"),
         sp(4),
         grid_table(lab, [["TEST", "OUTCOME"],
                          ["EGFR MUTATION (REAL-TIME PCR)", "INSUFFICIENT DNA - TEST NOT PERFORMED"],
                          ["ALK BREAK-APART FISH", "ALK FISH: NEGATIVE (NOT REARRANGED)"],
                          ["ROS1 BREAK-APART FISH", "NOT DONE - TISSUE EXHAUSTED"]],
                    [70 * mm, 108 * mm], box=True, inner=True),
         sp(5),
         P(lab, "EGFR: DNA YIELD 0.6 NG/UL FROM 8 SECTIONS (MINIMUM 2 NG/UL). TUMOUR OCCUPIES LESS THAN 10% OF THE "
                "BIOPSY. NO RESULT CAN BE GIVEN AND THE EGFR STATUS OF THIS TUMOUR REMAINS UNKNOWN. SUGGEST PLASMA "
                "EGFR TESTING (cfDNA) OR FURTHER TISSUE IF CLINICALLY APPROPRIATE. A REQUEST FORM FOR PLASMA TESTING "
                "IS ENCLOSED."),
         P(lab, "ALK: 60 TUMOUR NUCLEI SCORED, 3 WITH SPLIT SIGNALS (5%), BELOW THE CUT-OFF OF 15%. NO ALK "
                "REARRANGEMENT IDENTIFIED. THE SMALL NUMBER OF ASSESSABLE NUCLEI IS NOTED BUT MEETS THE MINIMUM (50)."),
         P(lab, "ROS1: NO TUMOUR REMAINED IN THE BLOCK AFTER EGFR EXTRACTION AND ALK FISH. NOT REPORTED."),
         P(lab, "PD-L1 22C3: SEE HISTOLOGY REPORT RH26/3377 (PERFORMED ON THE SAME BLOCK BEFORE MOLECULAR TESTING)."),
         sp(3),
         P(lab, "QUALITY: EGFR RUN CONTROLS VALID (RUN E-26-019); SAMPLE INTERNAL CONTROL NOT AMPLIFIED. ALK FISH "
                "CONTROL SLIDE (REARRANGED CELL LINE) SHOWED EXPECTED PATTERN.", "small"),
         P(lab, "NOTE: A FAILED OR NOT-PERFORMED TEST IS NOT A NEGATIVE RESULT.", "small"),
         sp(6),
         P(lab, "REPORTED BY: J. ABERNETHY-KOH, BMS SPECIALIST<br/>AUTHORISED BY: DR E. STRAND, CONSULTANT "
                "PATHOLOGIST   11/03/2026"),
         ]
    return s


# --------------------------------------------------------------------------------------- 7330
@report(7330, "L", [
    L("BRCA1", "mutation", "positive", ["c.68_69del", "p.(Glu23ValfsTer17)"], alteration="E23Vfs*17"),
    L("BRCA2", "mutation", "negative", ["No pathogenic or likely pathogenic variant was detected in BRCA2"]),
    L("TP53", "mutation", "positive", ["p.(Arg282Trp)"], alteration="R282W"),
], running="Patient AD  -  EGLH-SC-26-03150  -  Tumour BRCA1/BRCA2", pagefmt="Page {n} of {t}")
def r7330():
    lab = LL
    t = colors.HexColor("#dcecec")
    s = [P(lab, "Tumour BRCA1 / BRCA2 Sequencing (with TP53) - Ovarian Cancer", "h", fontSize=12),
         demo_box(lab, [("Patient", "Patient AD"), ("EGLH no.", "EGLH-SC-26-03150"), ("Year of birth", "1961"),
                        ("Referring centre", "Fenwick Royal Infirmary, Gynae-oncology, Dr R. Oduya-Marsh"),
                        ("Sample", "FFPE block FR26-0718 A6, omental biopsy, high-grade serous carcinoma"),
                        ("Tumour content", "75%")], ncols=2, bg=t),
         sp(6),
         banner(lab, "BRCA1 pathogenic variant detected: c.68_69del p.(Glu23ValfsTer17)", bg=colors.HexColor("#fbeaea"),
                border=colors.HexColor("#8b1e1e"), size=10.5),
         sp(5),
         grid_table(lab, [["Gene", "Transcript", "Variant", "Protein", "VAF", "Classification"],
                          ["BRCA1", "NM_007294.4", "c.68_69del", "p.(Glu23ValfsTer17)", "81%", "Pathogenic (class 5)"],
                          ["TP53", "NM_000546.6", "c.844C&gt;T", "p.(Arg282Trp)", "77%", "Pathogenic (class 5)"],
                          ["BRCA2", "NM_000059.4", "c.7544C&gt;T", "p.(Thr2515Ile)", "49%", "Uncertain significance (class 3)"],
                          ["BRCA2", "NM_000059.4", "c.865A&gt;C", "p.(Asn289His)", "52%", "Benign (class 1) - not reported further"]],
                    [16 * mm, 26 * mm, 26 * mm, 34 * mm, 13 * mm, 63 * mm], header_bg=t),
         sp(5),
         P(lab, "Interpretation", "h2"),
         P(lab, "A frameshift variant in BRCA1 exon 2 is present at a high allele fraction, consistent with loss of the "
                "second allele in the tumour. This is a recognised pathogenic founder variant. No pathogenic or likely "
                "pathogenic variant was detected in BRCA2; the BRCA2 missense change of uncertain significance should not "
                "be used for clinical decision-making. The TP53 variant is expected in high-grade serous carcinoma. "
                "A pathogenic BRCA1 variant predicts benefit from PARP inhibitor maintenance therapy after response "
                "to platinum-based chemotherapy."),
         P(lab, "Germline implications", "h2"),
         P(lab, "Tumour testing cannot tell whether a variant is inherited. This BRCA1 variant is frequently germline. "
                "Referral to Clinical Genetics for germline testing (blood) is strongly recommended; relatives should "
                "not be tested on the basis of this tumour report. A germline sample has not been received by this "
                "laboratory."),
         P(lab, "Homologous recombination deficiency (genomic instability) testing was not requested and has not been "
                "performed.", "small"),
         P(lab, "Coverage and limitations: all coding exons and intron-exon boundaries (+/- 10 bp) of BRCA1 and BRCA2 and "
                "exons 2-11 of TP53; 100% of targeted bases at &gt;= 250x. Large genomic rearrangements (exon-level "
                "deletions/duplications) are detected with reduced sensitivity from FFPE DNA; a negative BRCA2 result does "
                "not exclude such an event. Limit of detection 5% VAF. Controls passed.", "small"),
         sp(6),
         signoff(lab, [["Checked: F. Dunmore, Clinical Scientist"],
                       ["Authorised: Dr A. Kowalczyk-Bell, Consultant Clinical Scientist", "Date: 31/03/2026"]]),
         ]
    return s + ap7330()
