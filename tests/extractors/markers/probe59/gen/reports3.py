"""Reports 7521-7530."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from common import L, P, Report, bar, bigp, boxed, bullets, dot, gene_grid, kv, serial_chart, tbl
from genes import ARDENT_CRC, BIG, BRIGHT_BREAST, HALCYON74, HOLMGARD_HRR, LOTUS38, MERIDIAN52, STARN_PANEL
from labs import (ARDENT, BRIGHTWATER, HALCYON, HOLMGARD, KESTREL, LOTUSBAY, MERIDIAN, NORDLICHT, SAINTARNOULT,
                  VERIDIAN)
from reports1 import _mono


# =============================================================================== 7521
def r7521():
    lab = KESTREL
    st = lab.st
    meta = dict(patient="Patient U", dob="01/03/1950", sex="F", accession="KM25-006021",
                physician="Hollis Brandvold, MD", facility="Granite Forks Endocrine Surg",
                printed="05/06/2025 10:41")
    s = []
    s.append(_mono("""
*****************************************************************************************
*  CORRECTED REPORT - SUPERSEDES REPORT VERIFIED 04/30/2025 14:12.  SEE CORRECTION NOTE.  *
*****************************************************************************************
""", st, bold=True))
    s.append(_mono("""
TEST:      CFDNA HOTSPOT PANEL (14 GENES), PLASMA  [KPL 8841]       STATUS: CORRECTED FINAL
SPECIMEN:  PLASMA FROM WHOLE BLOOD, 2 STRECK TUBES      SPEC#: KM25-006021-01
COLLECTED: 04/24/2025 07:50     RECEIVED: 04/25/2025 09:15     CORRECTED: 05/06/2025 10:30
""", st))
    s.append(Spacer(1, 6))
    s.append(_mono("CLINICAL HISTORY (AS PROVIDED ON REQUISITION)", st, bold=True))
    s.append(_mono("""
RAPIDLY ENLARGING NECK MASS, FNA 04/2025: ANAPLASTIC THYROID CARCINOMA, BACKGROUND OF
PAPILLARY CARCINOMA. TISSUE MOLECULAR TESTING SENT OUT (PENDING). PLASMA REQUESTED FOR
RAPID BRAF STATUS BEFORE NEOADJUVANT THERAPY DECISION.
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("RESULTS", st, bold=True))
    s.append(_mono("""
GENE      VARIANT (HGVS)                  MAF      INTERPRETATION          REF RANGE
--------  ------------------------------  -------  ----------------------  ------------
BRAF      c.1799T>A p.V600E                9.8%    PATHOGENIC       [A]    NOT DETECTED
TP53      c.733G>A p.G245S                 7.4%    PATHOGENIC   [A] [C]    NOT DETECTED
AKT1      --                              --       NOT DETECTED            NOT DETECTED
CTNNB1    --                              --       NOT DETECTED            NOT DETECTED
EGFR      --                              --       NOT DETECTED            NOT DETECTED
ERBB2     --                              --       NOT DETECTED            NOT DETECTED
HRAS      --                              --       NOT DETECTED            NOT DETECTED
IDH1      --                              --       NOT DETECTED            NOT DETECTED
IDH2      --                              --       NOT DETECTED            NOT DETECTED
KIT       --                              --       NOT DETECTED            NOT DETECTED
KRAS      --                              --       NOT DETECTED            NOT DETECTED
MAP2K1    --                              --       NOT DETECTED            NOT DETECTED
NRAS      --                              --       NOT DETECTED            NOT DETECTED
PIK3CA    --                              --       NOT DETECTED            NOT DETECTED

[A] = ABNORMAL     [C] = CORRECTED RESULT
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("CORRECTION NOTE", st, bold=True))
    s.append(_mono("""
THE REPORT VERIFIED 04/30/2025 LISTED TP53 AS "NOT DETECTED". ON REVIEW, THE TP53 c.733G>A
(p.G245S) CALL HAD BEEN REMOVED BY A POPULATION-FREQUENCY FILTER APPLIED IN ERROR AFTER A
PIPELINE UPDATE. THE VARIANT MEETS ALL REPORTING CRITERIA AND TP53 IS NOW RESULTED AS
DETECTED. NO OTHER RESULT HAS CHANGED. DR. BRANDVOLD'S OFFICE NOTIFIED 05/06/2025 10:35 BY
T. HALVERSEN, MD (READ-BACK CONFIRMED).
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("INTERPRETIVE COMMENTS", st, bold=True))
    s.append(_mono("""
1. BRAF V600E IS DETECTED IN PLASMA AT 9.8% MAF. IN ANAPLASTIC THYROID CARCINOMA, COMBINED
   BRAF AND MEK INHIBITION IS APPROVED FOR BRAF V600E-MUTANT DISEASE. TISSUE CONFIRMATION
   (SENT-OUT TISSUE PANEL, PENDING) MAY BE USED TO CORROBORATE BUT NEED NOT DELAY THERAPY.
2. TP53 G245S IS A HOTSPOT LOSS-OF-FUNCTION VARIANT TYPICAL OF DEDIFFERENTIATION. ORIGIN
   FROM CLONAL HEMATOPOIESIS IS UNLIKELY GIVEN MAF SIMILAR TO BRAF.
3. THE TERT PROMOTER (C228T/C250T), RET AND GENE FUSIONS (E.G. RET, NTRK, ALK) ARE NOT
   COVERED BY THIS PANEL; THEIR STATUS IS UNKNOWN FROM THIS TEST.
""", st))
    s.append(PageBreak())
    s.append(_mono("HOTSPOTS INTERROGATED (CODONS / EXONS)", st, bold=True))
    s.append(_mono("""
AKT1    E17                          KIT     EXONS 9, 11, 13, 17
BRAF    G464-G469, V600, K601        KRAS    G12, G13, Q61, K117, A146
CTNNB1  EXON 3 (D32-S45)             MAP2K1  EXONS 2-3 (P124, K57, Q56)
EGFR    G719, EX19DEL, T790M, L858R  NRAS    G12, G13, Q61, K117, A146
ERBB2   EXON 20 INS, S310, L755      PIK3CA  E542, E545, H1047
HRAS    G12, G13, Q61                TP53    EXONS 5-8 (ALL CODING)
IDH1    R132                         IDH2    R140, R172
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("QUALITY", st, bold=True))
    s.append(_mono("""
INPUT cfDNA: 31.0 NG   MEDIAN MOLECULAR COVERAGE: 4,410X   QC: PASS
SNV HOTSPOTS LOD 0.10% MAF   INDELS 0.20% MAF   TP53 NON-HOTSPOT 0.50% MAF
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("REPORT HISTORY", st, bold=True))
    s.append(_mono("""
VERSION  DATE/TIME          STATUS            CHANGE
-------  -----------------  ----------------  ------------------------------------------
1        04/30/2025 14:12   FINAL             ORIGINAL REPORT
2        05/06/2025 10:30   CORRECTED FINAL   TP53 RESULT CORRECTED (SEE CORRECTION NOTE)
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("METHOD / DISCLAIMER", st, bold=True))
    s.append(_mono("""
MULTIPLEX PCR WITH MOLECULAR TAGS, CONSENSUS-READ VARIANT CALLING (KPL PIPELINE 3.3).
COPY NUMBER CHANGES, FUSIONS, TMB AND MICROSATELLITE STATUS ARE NOT ASSESSED. THIS TEST
WAS DEVELOPED AND ITS PERFORMANCE CHARACTERISTICS DETERMINED BY KESTREL PRECISION
LABORATORIES. IT HAS NOT BEEN CLEARED OR APPROVED BY THE U.S. FDA.
""", st))
    s.append(Spacer(1, 10))
    s.append(_mono("""
TECH: LMV/RJB          PATHOLOGIST: THEODORA HALVERSEN, MD (ELECTRONIC SIGNATURE)
                       05/06/2025 10:30
*** END OF REPORT ***
""", st))
    labels = [
        L("BRAF", "mutation", "positive", ["c.1799T>A p.V600E", "9.8%"], alteration="V600E"),
        L("TP53", "mutation", "positive", ["c.733G>A p.G245S", "7.4%", "TP53 IS NOW RESULTED AS DETECTED"], alteration="G245S"),
        L("EGFR", "mutation", "negative", "EGFR -- -- NOT DETECTED"),
        L("HER2", "mutation", "negative", "ERBB2 -- -- NOT DETECTED"),
        L("HRAS", "mutation", "negative", "HRAS -- -- NOT DETECTED"),
        L("IDH1", "mutation", "negative", "IDH1 -- -- NOT DETECTED"),
        L("IDH2", "mutation", "negative", "IDH2 -- -- NOT DETECTED"),
        L("KRAS", "mutation", "negative", "KRAS -- -- NOT DETECTED"),
        L("NRAS", "mutation", "negative", "NRAS -- -- NOT DETECTED"),
        L("PIK3CA", "mutation", "negative", "PIK3CA -- -- NOT DETECTED"),
    ]
    return Report("7521", lab, meta, s, labels, title="KPL cfDNA Hotspot Panel – Corrected",
                  doc="Reference-lab LIS printout, corrected report with version history", tumour="Anaplastic thyroid carcinoma",
                  kinds=["LIS", "VT", "ND", "CORR", "LOD"],
                  note="Corrected report: TP53 G245S now detected (the superseded 'NOT DETECTED' is a near miss); BRAF V600E; twelve fixed-width negatives incl. HRAS, IDH1/2; TERT, RET and fusions explicitly not covered; tissue panel pending.")


# =============================================================================== 7522
def r7522():
    lab = SAINTARNOULT
    st = lab.st
    W = 595.27 - 40 * mm
    bx = lab.bordeaux
    meta = dict(patient="Patient V", accession="GS-25-01312", test="Suivi de l'ADN tumoral circulant – BRAF/RAS (NGS ciblé, 33 gènes)")
    s = []
    s.append(kv([
        ["Patient(e)", "Patient V", "N° d'analyse", "GS-25-01312"],
        ["Né(e) le", "17/10/1958 (M)", "Prélèvement", "28/04/2025"],
        ["Prescripteur", "Dr Yannick Berthelot-Nguyen, Oncologie digestive", "Réception", "29/04/2025"],
        ["Matériel", "Plasma (2 tubes Streck 10 mL)", "Validation", "07/05/2025"],
    ], [70, 170, 90, 150], st, grid="box", line=bx))
    s.append(Spacer(1, 6))
    s.append(boxed([
        P("<b>RÉSUMÉ / SUMMARY</b>", st["cellb"]),
        P("Mutation <b>BRAF c.1799T&gt;A p.(Val600Glu)</b> détectée (fraction allélique 0,2 %), en diminution par rapport "
          "aux prélèvements antérieurs. Variation TP53 p.(Arg196Ter) détectée (0,3 %). Absence de mutation KRAS et NRAS "
          "détectée. Statut microsatellitaire plasmatique : stable (MSS).", st["cell"]),
        P("<i>BRAF V600E detected at 0.2% (declining); TP53 R196* detected; no KRAS or NRAS mutation detected; "
          "plasma microsatellite status stable.</i>", st["cell"]),
    ], W, border=bx, bg=colors.HexColor("#f7eef1"), lw=1))
    s.append(P("Renseignements cliniques", st["h2"]))
    s.append(P("Adénocarcinome colique droit métastatique (foie, péritoine), BRAF V600E sur la pièce opératoire "
               "(2024) ; statut MMR : protéines exprimées (pMMR). Deuxième ligne par encorafénib + cétuximab depuis "
               "01/2025. Évaluation de la réponse moléculaire.", st["body"]))
    s.append(P("Cinétique de l'ADN tumoral circulant", st["h2"]))
    s.append(tbl([
        ["Date", "Contexte", "BRAF p.(Val600Glu)", "TP53 p.(Arg196Ter)", "KRAS / NRAS", "Fraction tumorale"],
        ["13/01/2025", "Avant encorafénib-cétuximab", "5,6 %", "6,1 %", "non détecté", "11 %"],
        ["03/03/2025", "S8", "0,9 %", "1,2 %", "non détecté", "2 %"],
        ["28/04/2025", "S16 — <b>ce prélèvement</b>", "<b>0,2 %</b>", "<b>0,3 %</b>", "<b>non détecté</b>", "&lt; 1 %"],
    ], [56, 110, 80, 80, 66, W - 392], st, grid="grid", line=colors.HexColor("#b9a0a9"), headbg=colors.HexColor("#f3e6eb")))
    s.append(Spacer(1, 6))
    s.append(serial_chart(["13/01/2025", "03/03/2025", "28/04/2025"],
                          [("BRAF V600E", [5.6, 0.9, 0.2], bx), ("TP53 R196*", [6.1, 1.2, 0.3], colors.HexColor("#777777"))],
                          320, 120, font="Helvetica", ymax=7, yticks=[0, 2, 4, 6], fmt="{:g} %"))
    s.append(P("Interprétation", st["h2"]))
    s.append(P("Diminution marquée des fractions alléliques de BRAF V600E et de TP53 depuis l'initiation du traitement, "
               "compatible avec une réponse moléculaire. L'absence de mutation RAS détectée est à interpréter avec "
               "prudence compte tenu de la faible fraction tumorale (&lt; 1 %) : une mutation RAS acquise, mécanisme "
               "fréquent de résistance au ciblage BRAF/EGFR, pourrait être présente sous le seuil de détection. Un "
               "contrôle à 8 semaines est proposé.", st["body"]))
    s.append(P("Le statut microsatellitaire plasmatique (MSS) est concordant avec le statut pMMR tumoral. Il n'est "
               "rendu que pour les prélèvements dont la fraction tumorale dépasse 0,5 % ; sa valeur prédictive "
               "négative est limitée.", st["body"]))
    s.append(PageBreak())
    s.append(P("Méthode", st["h2"]))
    s.append(P("Séquençage ciblé après capture (33 gènes), identifiants moléculaires uniques, profondeur médiane 6 100x. "
               "Seuil de détection : 0,1 % pour les points chauds BRAF, KRAS et NRAS ; 0,2 % ailleurs. Statut "
               "microsatellitaire déterminé sur 50 microsatellites mononucléotidiques (instable si ≥ 15 % des loci "
               "informatifs). Les prélèvements antérieurs ont été analysés avec la même technique.", st["body"]))
    s.append(P("Gènes analysés", st["h3"]))
    s.append(gene_grid(STARN_PANEL, 9, W, st, style="cellsmall"))
    s.append(P("Limites", st["h3"]))
    s.extend(bullets([
        "Un résultat « non détecté » n'exclut pas la présence d'une altération dans la tumeur.",
        "Les amplifications (MET, ERBB2, KRAS) ne sont pas rendues par ce panel ; elles font partie des mécanismes de "
        "résistance décrits et peuvent être recherchées sur biopsie.",
        "Les variations issues d'une hématopoïèse clonale ne peuvent être exclues ; la cinétique parallèle à BRAF plaide "
        "ici pour une origine tumorale de la variation TP53.",
    ], st, char="–"))
    s.append(Spacer(1, 14))
    s.append(kv([["Biologiste responsable", "Dr Mathilde Roussel-Ferrand, PharmD, PhD"],
                 ["Date de validation", "07/05/2025"]], [110, 250], st))
    labels = [
        L("BRAF", "mutation", "positive", ["BRAF c.1799T>A p.(Val600Glu)", "0,2 %"], alteration="V600E"),
        L("TP53", "mutation", "positive", ["TP53 p.(Arg196Ter) détectée (0,3 %)"], alteration="R196*"),
        L("KRAS", "mutation", "negative", "Absence de mutation KRAS et NRAS détectée"),
        L("NRAS", "mutation", "negative", "Absence de mutation KRAS et NRAS détectée"),
        L("MSI", "signature", "negative", "Statut microsatellitaire plasmatique : stable (MSS)"),
        L("MMR", "signature", "negative", "statut MMR : protéines exprimées (pMMR)", optional=True),
    ]
    return Report("7522", lab, meta, s, labels, title="Suivi ADN tumoral circulant",
                  doc="French academic platform, serial BRAF/RAS plasma monitoring", tumour="BRAF V600E metastatic colon cancer on encorafenib-cetuximab",
                  kinds=["SER", "ND", "SIG", "TF", "PANEL", "TISS", "FR"],
                  note="Summary box in French with English gloss; three-draw kinetics table and chart with decimal commas (earlier values are near misses); BRAF V600E and TP53 R196* current, KRAS/NRAS not detected at <1% tumour fraction, plasma MSS; tissue pMMR optional.")


# =============================================================================== 7523
def r7523():
    lab = LOTUSBAY
    st = lab.st
    W = 595.27 - 32 * mm
    red = lab.red
    meta = dict(patient="Patient W", accession="LBG-PS-25-09034", test="PlasmaSelect 38")
    s = []
    s.append(kv([
        ["Patient", "Patient W", "Sample ID", "LBG-PS-25-09034"],
        ["Date of birth", "02-Feb-1964", "Sample type", "Whole blood in cfDNA tubes (2)"],
        ["Gender", "Male", "Collection date", "19-Jun-2025"],
        ["Referring doctor", "Dr Haruto Lim", "Received date", "20-Jun-2025"],
        ["Institution", "Eastshore General Hospital", "Report date", "27-Jun-2025"],
        ["Clinical diagnosis", "Lung adenocarcinoma, stage IVB, progression on gefitinib", "Tumour tissue", "Outside report, 2023 (see comparison)"],
    ], [78, 170, 72, 180], st, grid="grid", line=colors.HexColor("#e0b4b0")))
    s.append(P("KEY BIOMARKERS IN NSCLC", st["h2"]))
    on = red
    off = colors.HexColor("#cfcfcf")
    left = [(on, "EGFR", "<b>L858R DETECTED</b><br/><b>Amplification DETECTED</b><br/>T790M: not detected"),
            (off, "ALK", "Not detected"), (off, "ROS1", "Not detected"), (off, "KRAS", "Not detected"),
            (off, "BRAF", "Not detected")]
    right = [(off, "MET", "Exon 14 skipping: not detected<br/>Amplification: not detected"), (off, "RET", "Not detected"),
             (off, "ERBB2 (HER2)", "Not detected"), (off, "NTRK1/2/3", "Not detected"),
             (on, "PIK3CA", "<b>E542K DETECTED</b>")]
    rows = [["", "Biomarker", "Result", "", "Biomarker", "Result"]]
    for (c1, b1, r1), (c2, b2, r2) in zip(left, right):
        rows.append([dot(c1), b1, r1, dot(c2), b2, r2])
    s.append(tbl(rows, [14, 60, 170, 14, 70, W - 328], st, grid="hlines", line=colors.HexColor("#eeeeee"), valign="MIDDLE"))
    s.append(Spacer(1, 4))
    s.append(P("● detected  ○ not detected. 'Not detected' means no alteration was found at or above the limit of detection "
               "in this sample; it does not exclude its presence in the tumour.", st["tiny"]))
    s.append(P("DETAILED FINDINGS", st["h2"]))
    s.append(P("Single-nucleotide variants and indels", st["h3"]))
    s.append(tbl([
        ["Gene", "cDNA", "Protein", "VAF", "Classification"],
        ["EGFR", "c.2573T&gt;G", "p.(Leu858Arg)", "5.5%", "Pathogenic — Tier IA"],
        ["PIK3CA", "c.1624G&gt;A", "p.(Glu542Lys)", "1.1%", "Pathogenic — Tier IIC"],
        ["CTNNB1", "c.121A&gt;G", "p.(Thr41Ala)", "0.9%", "Likely pathogenic — Tier IIC"],
        ["RB1", "c.1981C&gt;T", "p.(Arg661Trp)", "0.4%", "VUS — Tier III"],
    ], [50, 80, 90, 50, W - 270], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(P("Copy number", st["h3"]))
    s.append(tbl([
        ["Gene", "Plasma copy number", "Call", "Threshold"],
        ["EGFR", "4.1", "Amplification", "≥ 2.5"],
        ["MET", "2.0", "Not amplified", "≥ 2.5"],
        ["ERBB2", "2.1", "Not amplified", "≥ 2.5"],
    ], [60, 100, 100, 80], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(PageBreak())
    s.append(P("COMPARISON WITH PREVIOUS TISSUE RESULT", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Tissue (bronchial biopsy, 03-2023, outside laboratory)", "Plasma (this report)"],
        ["EGFR", "L858R detected (PCR)", "L858R detected; amplification detected"],
        ["ALK", "IHC (D5F3) negative", "Fusion not detected"],
        ["PD-L1", "TPS 5% (22C3)", "Not tested"],
    ], [70, 220, W - 290], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(Spacer(1, 4))
    s.append(P("Tissue results are transcribed from the referral letter and have not been verified by Lotus Bay Genomics.", st["tiny"]))
    s.append(P("INTERPRETATION", st["h2"]))
    s.append(P("The sensitising EGFR L858R mutation is detected together with focal EGFR amplification (plasma copy number "
               "4.1) and a PIK3CA E542K mutation. The T790M resistance mutation is not detected. EGFR amplification and "
               "PIK3CA activation are both described as T790M-independent mechanisms of resistance to first-generation "
               "EGFR TKIs. Osimertinib is approved after progression only for T790M-positive disease in some "
               "jurisdictions; because T790M may be missed in plasma, a tissue re-biopsy for T790M and histological "
               "transformation is recommended if feasible.", st["body"]))
    s.append(P("THERAPIES AND CLINICAL TRIALS", st["h2"]))
    s.append(tbl([
        ["Alteration", "Therapies approved in NSCLC", "Investigational / trial"],
        ["EGFR L858R", "Osimertinib, erlotinib, gefitinib, afatinib, dacomitinib; amivantamab-based combinations", "—"],
        ["EGFR amplification", "None", "EHG-AMP-07: EGFR/MET bispecific antibody after TKI progression"],
        ["PIK3CA E542K", "None", "Basket study of PI3Kα inhibitors (PIK3CA-mutant solid tumours)"],
    ], [90, 200, W - 290], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(P("METHODOLOGY AND QUALITY", st["h2"]))
    s.append(P("Hybrid-capture NGS of 38 genes with unique molecular identifiers (cfDNA input 36 ng; median unique depth "
               "5,010x; QC PASS). Limits of detection (95%): SNV 0.2% VAF, indel 0.3%, fusion 0.3%, amplification "
               "plasma copy number 2.5 at tumour fraction ≥10%. Germline variants are not distinguished and variants "
               "of clonal haematopoietic origin may be detected.", st["body"]))
    s.append(P("GENES ANALYSED", st["h3"]))
    s.append(gene_grid(LOTUS38, 8, W, st, style="cellsmall", line=colors.HexColor("#e0b4b0")))
    s.append(Spacer(1, 12))
    s.append(kv([["Reported by", "Dr Nur Hidayah Rahmat, PhD, Senior Scientist"],
                 ["Approved by", "Dr Vikram Sethuraman, MBBS, FRCPath, Laboratory Director (27-Jun-2025)"]], [70, 330], st))
    labels = [
        L("EGFR", "mutation", "positive", ["L858R DETECTED", "p.(Leu858Arg)", "5.5%"], alteration="L858R"),
        L("EGFR", "amplification", "positive", ["Amplification DETECTED", "EGFR 4.1 Amplification"]),
        L("EGFR", "mutation", "negative", "T790M: not detected", alteration="T790M"),
        L("PIK3CA", "mutation", "positive", ["E542K DETECTED", "p.(Glu542Lys)"], alteration="E542K"),
        L("ALK", "fusion", "negative", "ALK Not detected"),
        L("ROS1", "fusion", "negative", "ROS1 Not detected"),
        L("KRAS", "mutation", "negative", "KRAS Not detected"),
        L("BRAF", "mutation", "negative", "BRAF Not detected"),
        L("MET", "mutation", "negative", "Exon 14 skipping: not detected", alteration="exon 14 skipping"),
        L("MET", "amplification", "negative", ["Amplification: not detected", "MET 2.0 Not amplified"]),
        L("RET", "fusion", "negative", "RET Not detected"),
        L("HER2", "mutation", "negative", "ERBB2 (HER2) Not detected"),
        L("HER2", "amplification", "negative", "ERBB2 2.1 Not amplified"),
        L("NTRK", "fusion", "negative", "NTRK1/2/3 Not detected"),
        L("ALK", "expression", "negative", "IHC (D5F3) negative", optional=True),
        L("PD-L1", "expression", "positive", "TPS 5% (22C3)", percent=5, optional=True),
    ]
    return Report("7523", lab, meta, s, labels, title="PlasmaSelect 38 Report",
                  doc="Commercial Asian 38-gene plasma panel, second house-style report with tissue comparison", tumour="EGFR-mutant NSCLC, progression on gefitinib",
                  kinds=["BOX", "VT", "CNV", "ND", "VUS", "THER", "TISS", "PANEL"],
                  note="Dot grid with three EGFR results in one cell (L858R, amplification at PCN 4.1, T790M not detected) and PIK3CA E542K; copy-number table with MET and ERBB2 not amplified; tissue ALK IHC negative and PD-L1 TPS 5% from a transcribed outside report are optional.")


# =============================================================================== 7524
def r7524():
    lab = HALCYON
    st = lab.st
    W = 612 - 96
    meta = dict(patient="Patient X", dob="08/08/1941", sex="Female", accession="HG-25-022905",
                reported="05/02/2025", test="HalcyonLiquid 74")
    s = []
    s.append(kv([
        ["PATIENT", "Patient X", "ORDERING PHYSICIAN", "Corinne Abernethy-Yu, MD"],
        ["DATE OF BIRTH", "08/08/1941", "FACILITY", "Mission Hills Cancer Care"],
        ["SEX", "Female", "SPECIMEN", "Whole blood, 2 x 10 mL cell-free DNA BCT"],
        ["MEDICAL RECORD #", "MHC-77310-2", "COLLECTED / RECEIVED", "04/21/2025  /  04/23/2025"],
        ["DIAGNOSIS", "Non-small cell lung carcinoma (sarcomatoid features), stage IV", "SPECIMEN ID", "HG-25-022905-P1"],
    ], [88, 170, 108, 150], st, grid="box", line=lab.navy))
    s.append(Spacer(1, 8))
    det = tbl([
        ["GENE", "ALTERATION", "% cfDNA", "RELEVANCE"],
        ["<b>MET</b>", "<b>Exon 14 skipping</b> (c.3082+1G&gt;T)", "1.4%", "Therapies associated (p. 2)"],
        ["<b>TP53</b>", "<b>Y234C</b> — possible clonal hematopoiesis", "0.3%", "See note"],
    ], [58, 200, 70, 170], st, grid="hlines", line=colors.HexColor("#b5cccc"), headbg=colors.HexColor("#e3f0f0"))
    s.append(boxed([det, Spacer(1, 4), P("Variants of uncertain significance: 0. One variant of possible germline origin "
                                         "is described below. Blood TMB and microsatellite status are not reported by this "
                                         "assay.", st["small"])],
                   W, border=lab.teal, lw=1.4, title="DETECTED ALTERATIONS", title_bg=lab.teal,
                   title_style=ParagraphStyle("t", parent=st["cellhead"], textColor=colors.white, fontSize=9.5)))
    s.append(Spacer(1, 8))
    s.append(P("RESULT NOTES", st["h2"]))
    s.append(P("The MET c.3082+1G&gt;T variant disrupts the donor splice site of exon 14 and is predicted to cause exon 14 "
               "skipping (METex14). MET amplification is <b>not detected</b> (plasma copy number 1.9; threshold 2.2).", st["body"]))
    s.append(P("<b>Possible clonal hematopoiesis.</b> TP53 Y234C (c.701A&gt;G) is present at 0.3% cfDNA, lower than the "
               "MET variant, in an 83-year-old patient. TP53 variants at low fraction in older individuals frequently "
               "arise from hematopoietic cells. Halcyon filters CH-associated variants only in DNMT3A, TET2 and ASXL1; "
               "this TP53 variant is therefore reported but is likely not tumor-derived. Sequencing of a matched "
               "white-blood-cell sample can clarify its origin.", st["body"]))
    s.append(P("<b>Variant of possible germline origin.</b> CHEK2 c.1100del p.T367Mfs*15 is present at 49.6% cfDNA, a "
               "fraction consistent with a heterozygous germline variant. CHEK2 is not on the somatic reporting list "
               "for this indication; genetic counselling and confirmatory germline testing are recommended.", st["body"]))
    s.append(P("NO ALTERATIONS DETECTED IN", st["h2"]))
    s.append(P("EGFR · KRAS · BRAF · ALK · ROS1 · RET", st["bodytight"]))
    s.append(P("<i>The maximum somatic allele fraction in this specimen is 1.4%. A result of not detected does not rule out "
               "an alteration in the tumor; if tissue is obtained, tissue testing should be considered.</i>", st["small"]))
    s.append(PageBreak())
    s.append(P("ALTERATION DETAILS", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "Coding change / transcript", "% cfDNA", "Clinically relevant"],
        ["MET", "Exon 14 skipping", "c.3082+1G&gt;T  NM_000245.4", "1.4%", "Yes"],
        ["TP53", "p.Y234C", "c.701A&gt;G  NM_000546.6", "0.3%", "No — possible CH"],
        ["CHEK2", "p.T367Mfs*15", "c.1100del  NM_007194.4", "49.6%", "Possible germline"],
    ], [48, 100, 170, 56, 142], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(P("THERAPY ASSOCIATIONS", st["h2"]))
    s.append(tbl([
        ["Alteration", "Approved in patient's tumor type", "Approved in other tumor type", "Reported resistance"],
        ["MET exon 14 skipping", "Capmatinib, Tepotinib", "—", "—"],
        ["MET amplification (not detected)", "—", "—", "Listed for reference only"],
    ], [120, 180, 110, 106], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(P("CLINICAL TRIALS (selected)", st["h3"]))
    s.append(tbl([
        ["Trial", "Title", "Gene targets", "Location"],
        ["MHX-14-02", "Type II MET inhibitor after progression on type I MET TKI", "MET", "Mission Hills, CA"],
        ["SARC-LUNG-1", "Checkpoint inhibitor combinations in sarcomatoid NSCLC", "—", "Oakmont, CA"],
    ], [70, 270, 80, 96], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(P("INTERPRETATION", st["h2"]))
    s.append(P("A MET exon 14 skipping alteration is detected; METex14 is enriched in older patients and in sarcomatoid "
               "histology. Selective MET inhibitors are approved for METex14 NSCLC. No other driver is identified. "
               "The PD-L1 tissue result was not provided to the laboratory.", st["body"]))
    s.append(P("METHODS", st["h2"]))
    s.append(P("Cell-free DNA was extracted from 7.9 mL of plasma (yield 22 ng) and sequenced after hybrid capture of 74 "
               "genes, including MET introns 13 and 14 for splice-site and deletion-based exon 14 skipping events "
               "(median unique coverage 5,800x). SNVs and indels are reported at or above 0.1% (hotspots) and 0.25% "
               "(elsewhere); amplification at gene-specific plasma copy number thresholds.", st["body"]))
    s.append(P("GENES ANALYSED", st["h3"]))
    s.append(gene_grid(HALCYON74, 8, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Electronically signed 05/02/2025 09:05 PT by Miriam Okafor-Lind, MD, PhD, Laboratory Director", st["small"]))
    labels = [
        L("MET", "mutation", "positive", ["Exon 14 skipping (c.3082+1G>T)", "1.4%"], alteration="exon 14 skipping"),
        L("MET", "amplification", "negative", "MET amplification is not detected (plasma copy number 1.9"),
        L("TP53", "mutation", "positive", ["Y234C — possible clonal hematopoiesis", "0.3%"], alteration="Y234C", optional=True),
        L("EGFR", "mutation", "negative", "EGFR · KRAS · BRAF"),
        L("KRAS", "mutation", "negative", "EGFR · KRAS · BRAF"),
        L("BRAF", "mutation", "negative", "KRAS · BRAF · ALK"),
        L("ALK", "fusion", "negative", "BRAF · ALK · ROS1"),
        L("ROS1", "fusion", "negative", "ALK · ROS1 · RET"),
        L("RET", "fusion", "negative", "ROS1 · RET"),
    ]
    return Report("7524", lab, meta, s, labels, title="HalcyonLiquid 74 Plasma Genomic Profile",
                  doc="Commercial 74-gene plasma panel, third report", tumour="NSCLC with sarcomatoid features",
                  kinds=["BOX", "VT", "CHIP", "GERM", "CNV", "ND", "THER", "PANEL"],
                  note="MET exon 14 skipping (splice variant) with MET amplification not detected; TP53 Y234C in the detected box but flagged possible CH (optional); CHEK2 at 49.6% possible germline (out of scope); middot-separated negative list of six genes.")


# =============================================================================== 7525
def r7525():
    lab = MERIDIAN
    st = lab.st
    W = 595.27 - 36 * mm
    g = lab.green
    pale = colors.HexColor("#e8f3e9")
    meta = dict(patient="Patient Y", accession="MCP-M25-30447", collected="02/06/2025", reported="12/06/2025",
                copyto="Dr Callum Whitford (Gynaecological Oncology)")
    s = []
    s.append(kv([
        ["Patient", "Patient Y", "Requesting doctor", "Dr Callum Whitford"],
        ["DOB / Sex", "19/09/1959 / F", "Clinic", "Port Calder Gynaecological Oncology"],
        ["Medicare-style ref", "MCX 5520 31174", "Specimen", "Blood, 2 × 10 mL cfDNA tubes"],
        ["Lab No", "MCP-M25-30447", "Collected / Received", "02/06/2025 / 03/06/2025"],
    ], [80, 160, 90, 180], st, grid="grid", line=colors.HexColor("#c5dcc7")))
    s.append(Spacer(1, 6))
    s.append(P("Clinical notes: high-grade serous carcinoma of the ovary, FIGO IIIC, interval debulking 2023, platinum-"
               "sensitive relapse 04/2025 (CA-125 rising). No tissue from relapse. Germline testing 2023 (Familial "
               "Cancer Clinic): no pathogenic variant in BRCA1, BRCA2, RAD51C, RAD51D or PALB2. Sister tested negative "
               "for BRCA1/2 (2024). Query somatic BRCA status for PARP inhibitor maintenance.", st["body"]))
    summary = [
        P("<b>Tier I/II somatic variants</b>", st["cell"]),
        P("BRCA1 c.4065_4068del p.(Asn1355Lysfs*10), VAF 2.2% — pathogenic  ·  TP53 c.488A&gt;G p.(Tyr163Cys), VAF 3.0% — pathogenic", st["cell"]),
        Spacer(1, 3),
        P("<b>Variant of possible germline origin</b>", st["cell"]),
        P("None identified.", st["cell"]),
        Spacer(1, 3),
        P("<b>Variants likely arising from clonal haematopoiesis</b>", st["cell"]),
        P("PPM1D (not considered tumour-derived).", st["cell"]),
        Spacer(1, 3),
        P("<b>Not detected</b>: BRCA2, PALB2, RAD51C, RAD51D pathogenic variants; CCNE1 amplification.", st["cell"]),
    ]
    s.append(boxed(summary, W, border=g, bg=pale, lw=1.2, title="SUMMARY OF FINDINGS", title_bg=g,
                   title_style=ParagraphStyle("tt", parent=st["cellhead"], textColor=colors.white)))
    s.append(P("Somatic variants", st["h2"]))
    s.append(tbl([
        ["Gene", "Variant", "VAF", "Tier (AMP/ASCO/CAP)", "Comment"],
        ["BRCA1", "NM_007294.4:c.4065_4068del p.(Asn1355Lysfs*10)", "2.2%", "IA", "Frameshift; somatic (germline negative 2023)"],
        ["TP53", "NM_000546.6:c.488A&gt;G p.(Tyr163Cys)", "3.0%", "IIC", "Near-universal in HGSOC"],
        ["NF1", "NM_001042492.3:c.2446C&gt;T p.(Arg816Ter)", "1.9%", "IIC", "Loss of function"],
    ], [40, 170, 32, 70, W - 312], st, grid="hlines", line=colors.HexColor("#c5dcc7"), headbg=pale))
    s.append(P("Possible clonal haematopoiesis (CH)", st["h2"]))
    s.append(tbl([
        ["Gene", "Variant", "VAF", "CH likelihood"],
        ["PPM1D", "c.1654C&gt;T p.(Arg552Ter)", "0.6%", "Likely CH — PPM1D truncating variants are enriched in blood after platinum chemotherapy"],
    ], [44, 130, 34, W - 208], st, grid="rules", line=g))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("A pathogenic BRCA1 frameshift is detected at 2.2% VAF, similar to the TP53 variant (3.0%), supporting a "
               "somatic tumour origin; this is consistent with the negative germline test reported in 2023. A somatic "
               "BRCA1 pathogenic variant is associated with benefit from PARP inhibitor maintenance in platinum-sensitive "
               "relapse. Reversion mutations restoring the BRCA1 reading frame were not detected. The BRCA1 result does "
               "not alter the family's germline risk assessment; the sister's negative result remains applicable.", st["body"]))
    s.append(PageBreak())
    s.append(P("Therapeutic associations and trials", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Options", "Evidence"],
        ["BRCA1 (somatic)", "Olaparib, niraparib, rucaparib maintenance after response to platinum", "Level 1"],
        ["Homologous recombination deficiency (HRD) score", "Not assessable in plasma by this assay", "—"],
        ["Folate receptor-α (FRα)", "Mirvetuximab soravtansine — requires tissue IHC; not assessed", "—"],
        ["Mesothelin", "MCP-MSLN-02: anti-mesothelin ADC trial (tissue mesothelin IHC required for eligibility)", "Trial"],
    ], [130, 250, W - 380], st, grid="grid", line=colors.HexColor("#c5dcc7"), headbg=pale))
    s.append(P("Method and limitations", st["h2"]))
    s.append(P("LiquidScope™ is a hybrid-capture cfDNA assay covering 52 genes and copy number for 11 genes. cfDNA input: "
               "29 ng; median deduplicated depth 5,100x. Reportable range: SNV/indel ≥0.2% VAF; amplification at plasma "
               "copy number ≥2.3. Large genomic rearrangements and exon-level deletions of BRCA1/2 are not detected in "
               "plasma. Variants in DNMT3A, TET2, ASXL1, PPM1D and low-VAF TP53 variants are assessed for CH. A negative "
               "result does not exclude an alteration in the tumour.", st["body"]))
    s.append(P("Genes analysed", st["h3"]))
    s.append(gene_grid(sorted(MERIDIAN52), 9, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Reported by Dr Oliver Tran-Mackie, Scientist-in-Charge. Authorised by Dr Hannah Kowalczyk-Reid, FRCPA, "
               "Molecular Pathologist, 12/06/2025.", st["small"]))
    labels = [
        L("BRCA1", "mutation", "positive", ["p.(Asn1355Lysfs*10)", "VAF 2.2%"], alteration="N1355Kfs*10"),
        L("TP53", "mutation", "positive", ["p.(Tyr163Cys)", "VAF 3.0%"], alteration="Y163C"),
        L("BRCA2", "mutation", "negative", "Not detected: BRCA2, PALB2, RAD51C, RAD51D pathogenic variants"),
        L("BRCA1", "mutation", "negative", "no pathogenic variant in BRCA1, BRCA2, RAD51C", optional=True),
    ]
    return Report("7525", lab, meta, s, labels, title="LiquidScope cfDNA Report",
                  doc="Australian private pathology cfDNA 52-gene report, second house-style report", tumour="High-grade serous ovarian carcinoma, platinum-sensitive relapse",
                  kinds=["BOX", "VT", "CHIP", "ND", "REL", "THER", "TISS", "PANEL"],
                  note="Somatic BRCA1 frameshift at 2.2% beside the patient's negative 2023 germline test (optional second BRCA1 label, different specimen) and a sister's negative test (near miss); BRCA2 not detected; PPM1D CH; HRD, FRα and a mesothelin trial are near misses.")


# =============================================================================== 7526
def r7526():
    lab = BRIGHTWATER
    st = lab.st
    W = 612 - 88
    meta = dict(patient="Patient Z", dob="11/22/1972", sex="F", mrn="BRL-P-3317702", collected="07/07/2025 11:30",
                received="07/08/2025 09:02", reported="07/16/2025 15:20", facility="Lakeside Women's Cancer Program",
                physician="Theresa Mbeki-Larsen, MD", accession="BRL25-189-0917", specimen="Plasma (cfDNA BCT x2)",
                order="BRCFD (breast cfDNA NGS)")
    s = []
    s.append(P("MOLECULAR ONCOLOGY — BREAST CANCER cfDNA PANEL (13 GENES, NGS)", st["h2"]))
    hdr = ["Gene", "Result", "Variant allele fraction", "Flag", "Reference"]
    rows = [hdr,
            ["<b>PIK3CA</b>", "<b>E545K</b> (c.1633G&gt;A) detected", "0.8%", "<b>ABNORMAL</b>", "Not detected"],
            ["<b>PIK3CA</b>", "<b>H1047R</b> (c.3140A&gt;G) detected", "0.3%", "<b>ABNORMAL</b>", "Not detected"],
            ["<b>ERBB2</b>", "<b>L755S</b> (c.2264T&gt;C) detected", "0.5%", "<b>ABNORMAL</b>", "Not detected"],
            ["<b>ESR1</b>", "<b>Y537S</b> (c.1610A&gt;C) detected", "1.6%", "<b>ABNORMAL</b>", "Not detected"],
            ["AKT1", "Not detected", "", "", "Not detected"],
            ["PTEN", "Not detected", "", "", "Not detected"],
            ["TP53", "Not detected", "", "", "Not detected"],
            ["KRAS", "Not detected", "", "", "Not detected"],
            ["BRCA1", "Not detected", "", "", "Not detected"],
            ["BRCA2", "Not detected", "", "", "Not detected"],
            ["PALB2", "Not detected", "", "", "Not detected"],
            ["GATA3", "c.1063_1064insT (VUS)", "0.4%", "", "—"],
            ["CDH1, MAP3K1", "Not detected", "", "", "Not detected"]]
    s.append(tbl(rows, [70, 170, 100, 70, W - 410], st, grid="hlines", line=colors.HexColor("#b0bec5"),
                 headbg=colors.HexColor("#e3eaf5")))
    s.append(Spacer(1, 4))
    s.append(P("VUS = variant of uncertain significance; not flagged and not used for treatment selection.", st["tiny"]))
    s.append(P("Interpretation", st["h3"]))
    s.append(P("Two activating PIK3CA mutations (E545K and H1047R) are detected at low fractions, together with the "
               "ERBB2 kinase-domain mutation L755S and the ESR1 ligand-binding-domain mutation Y537S. ERBB2 L755S is an "
               "activating HER2 mutation described as an acquired mechanism of endocrine resistance in lobular and "
               "ductal carcinoma; it is distinct from HER2 protein overexpression or gene amplification, which this "
               "assay does not evaluate. PIK3CA mutations qualify for PI3K/AKT-pathway inhibitor combinations approved "
               "in HR-positive, HER2-negative advanced breast cancer.", st["body"]))
    s.append(P("Previous results at Brightwater", st["h3"]))
    s.append(P("PIK3CA Mutation Analysis, Plasma (real-time PCR), BRL24-301-0077, collected 10/28/2024: No mutation "
               "detected. The current NGS result supersedes that result for PIK3CA status; the two tests differ in "
               "sensitivity and in the mutations covered.", st["body"]))
    s.append(P("Clinical information provided", st["h3"]))
    s.append(P("Metastatic breast carcinoma, hormone receptor-positive, HER2-negative (per referral), bone and pleural "
               "metastases, progression on fulvestrant.", st["body"]))
    s.append(PageBreak())
    s.append(P("Method", st["h3"]))
    s.append(P("cfDNA extracted from 8 mL plasma (34 ng) was sequenced by hybrid capture with unique molecular "
               "identifiers across the coding regions of AKT1, BRCA1, BRCA2, CDH1, ERBB2, ESR1, GATA3, KRAS, MAP3K1, "
               "PALB2, PIK3CA, PTEN and TP53. Median deduplicated depth 6,300x.", st["body"]))
    s.append(P("Analytical performance", st["h3"]))
    s.append(tbl([
        ["Variant class", "Limit of detection (95%)", "Notes"],
        ["SNV (hotspot)", "0.1% VAF", "PIK3CA, ESR1, AKT1, ERBB2 hotspots"],
        ["SNV / indel (non-hotspot)", "0.3% VAF", "BRCA1/2, PALB2, PTEN, TP53 coding regions"],
        ["Copy number / fusions", "Not reported", "ERBB2 amplification is not assessed"],
    ], [130, 130, W - 260], st, grid="grid", line=colors.HexColor("#b0bec5"), headbg=colors.HexColor("#e3eaf5")))
    s.append(P("Limitations", st["h3"]))
    s.extend(bullets([
        "A not-detected result does not exclude a variant in the tumor, particularly at low tumor DNA fraction.",
        "Germline and somatic variants are not distinguished; pathogenic BRCA1, BRCA2 or PALB2 variants at allele "
        "fractions near 50% or 100% would prompt a recommendation for germline testing.",
        "Clonal hematopoiesis can give rise to TP53 and other variants in cfDNA.",
    ], st))
    s.append(Spacer(1, 10))
    s.append(P("Verified by K. Lindqvist, MB(ASCP)CM, 07/16/2025 14:55. Reviewed and released by Rosalind "
               "Achebe-Strand, MD, Medical Director, 07/16/2025 15:20. This test was developed and its performance "
               "characteristics determined by Brightwater Reference Laboratory; it has not been cleared or approved by "
               "the FDA.", st["small"]))
    labels = [
        L("PIK3CA", "mutation", "positive", ["E545K (c.1633G>A) detected", "0.8%"], alteration="E545K"),
        L("PIK3CA", "mutation", "positive", ["H1047R (c.3140A>G) detected", "0.3%"], alteration="H1047R"),
        L("HER2", "mutation", "positive", ["L755S (c.2264T>C) detected", "0.5%"], alteration="L755S"),
        L("TP53", "mutation", "negative", "TP53 Not detected"),
        L("KRAS", "mutation", "negative", "KRAS Not detected"),
        L("BRCA1", "mutation", "negative", "BRCA1 Not detected"),
        L("BRCA2", "mutation", "negative", "BRCA2 Not detected"),
        L("HER2", "expression", "negative", "HER2-negative (per referral)", optional=True),
    ]
    return Report("7526", lab, meta, s, labels, title="Brightwater Breast cfDNA Panel",
                  doc="Reference-lab flagged result table for a 13-gene breast cfDNA NGS panel", tumour="HR-positive metastatic breast cancer",
                  kinds=["VT", "ND", "VUS", "LOD", "SER"],
                  note="Gene-per-row flagged table: two PIK3CA mutations (two labels), ERBB2 L755S (HER2 mutation, not amplification), ESR1 out of scope, TP53/KRAS/BRCA1/BRCA2 not detected; a superseded 2024 plasma PIK3CA 'no mutation detected' is a near miss; 'HER2-negative (per referral)' is an optional expression label.")


# =============================================================================== 7527
def r7527():
    lab = NORDLICHT
    st = lab.st
    W = 595.27 - 45 * mm
    meta = dict(patient="Patient AA", dob="28.02.1947", accession="MP-25-1402", received="08.04.2025",
                reported="10.04.2025",
                sender=["Evangelisches Krankenhaus St. Petri", "Klinik für Innere Medizin II", "Herrn Dr. med. Malte Rübsamen",
                        "Kirchplatz 2", "D-39920 Hallenbrück-Süd"])
    s = []
    s.append(P("<b>Molekularpathologischer Befund — EGFR-Mutationsanalyse im Plasma</b>",
               ParagraphStyle("x", parent=st["body"], fontSize=12.5, leading=15)))
    s.append(kv([
        ["Patient:", "Patient AA, geb. 28.02.1947, männlich", "Material:", "1 × 10 ml EDTA-Vollblut"],
        ["Fall-Nr.:", "EKP-2025-20931", "Entnahme:", "04.04.2025 (Freitag), Eingang 08.04.2025"],
    ], [48, 170, 52, 180], st, boldkeys=True))
    s.append(P("Klinische Angaben", st["h3"]))
    s.append(P("V. a. Adenokarzinom der Lunge (CT: Raumforderung linker Unterlappen, mediastinale Lymphknoten). "
               "Histologische Sicherung geplant. Fragestellung: EGFR-Mutation?", st["body"]))
    s.append(P("Ergebnis", st["h3"]))
    s.append(boxed([P("<b>Kein verwertbares Ergebnis (ungültig).</b>", st["body"]),
                    P("Die interne Kontrolle des Testlaufs lag für die Patientenprobe außerhalb des gültigen Bereichs "
                      "(Ct-Wert der Kontrolle 36,8; zulässig ≤ 33). Für keine der Mutationsgruppen (G719X, Exon-19-"
                      "Deletionen, S768I, T790M, Exon-20-Insertionen, L858R, L861Q) kann ein Ergebnis angegeben werden.",
                      st["body"])], W, border=colors.black, lw=0.8))
    s.append(P("Beurteilung", st["h3"]))
    s.append(P("Ursache ist wahrscheinlich eine unzureichende Menge bzw. Qualität der zellfreien DNA: Die Probe wurde in "
               "einem EDTA-Röhrchen ohne Stabilisator versandt und erst nach 4 Tagen bearbeitet (empfohlen: Zentrifugation "
               "innerhalb von 4–6 Stunden bei EDTA oder Verwendung von cfDNA-Stabilisierungsröhrchen). Eine Lyse von "
               "Leukozyten mit Verdünnung der Tumor-DNA durch genomische DNA ist wahrscheinlich.", st["body"]))
    s.append(P("Empfehlung", st["h3"]))
    s.extend(bullets([
        "Erneute Blutentnahme in 2 cfDNA-Stabilisierungsröhrchen (beigefügtes Versandset), Versand am Entnahmetag.",
        "Vorrangig sollte die geplante histologische Sicherung für eine umfassende molekulare Diagnostik (DNA/RNA-"
        "Panel inkl. EGFR, ALK, ROS1, RET, MET, BRAF, KRAS, ERBB2, NTRK sowie PD-L1-Immunhistochemie) genutzt werden.",
        "Die Untersuchung wird nicht berechnet.",
    ], st, char="–"))
    s.append(P("Methode (zur Information)", st["h3"]))
    s.append(P("Allel-spezifische Real-Time-PCR (CE-IVD) für 42 Mutationen in den Exons 18–21 des EGFR-Gens aus "
               "zellfreier DNA. Ein Lauf ist nur gültig, wenn Positiv-, Negativ- und interne Kontrollen im "
               "vorgegebenen Bereich liegen. Die Positiv- und Negativkontrollen dieses Laufs waren gültig; das "
               "Ergebnis der Kontrollen ist kein Ergebnis der Patientenprobe.", st["body"]))
    s.append(P("Probenanforderungen", st["h3"]))
    s.append(tbl([
        ["Röhrchen", "Maximale Zeit bis zur Plasmaseparation", "Lagerung / Versand"],
        ["EDTA (ohne Stabilisator)", "4–6 Stunden", "gekühlt, nicht einfrieren"],
        ["cfDNA-Stabilisierungsröhrchen", "bis 7 Tage", "Raumtemperatur"],
        ["Plasma (bereits separiert)", "—", "tiefgefroren (−20 °C oder kälter)"],
    ], [140, 160, 150], st, grid="grid", lw=0.3, line=colors.grey))
    s.append(PageBreak())
    s.append(P("Zusatzinformation für Einsender", st["h3"]))
    s.append(P("Das Institut führt die EGFR-Plasmadiagnostik werktäglich durch. Proben, die freitags entnommen werden, "
               "sollten ausschließlich in Stabilisierungsröhrchen versandt werden, da eine Bearbeitung am Wochenende "
               "nicht möglich ist. Bei Fragen zur Präanalytik erreichen Sie das Labor unter der oben angegebenen "
               "Telefonnummer (Durchwahl -4420).", st["body"]))
    s.append(P("Bei negativem Plasmabefund ist eine Gewebeuntersuchung grundsätzlich angezeigt; ein ungültiger Befund "
               "ist weder positiv noch negativ zu werten.", st["body"]))
    s.append(Spacer(1, 14))
    s.append(P("Mit freundlichen kollegialen Grüßen", st["body"]))
    s.append(Spacer(1, 14))
    s.append(kv([["Dr. rer. nat. Katrin Lemmerhirt", "PD Dr. med. Anselm Trautwein"],
                 ["Molekularbiologin", "Facharzt für Pathologie, Molekularpathologie"]], [200, 200], st, boldkeys=False))
    labels = []
    return Report("7527", lab, meta, s, labels, title="EGFR Plasma-PCR – ungültig",
                  doc="Academic plasma EGFR PCR letter (German): invalid run", tumour="Suspected lung adenocarcinoma",
                  kinds=["PCR", "QC"],
                  note="Invalid result (internal control failure after a 4-day EDTA transit): every EGFR mutation group named but none resulted; valid run controls and the recommended tissue panel are near misses. markers: [].")


# =============================================================================== 7528
def r7528():
    lab = VERIDIAN
    st = lab.st
    W = 792 - 190 - 36
    meta = dict(patient="Patient AB", dob="12/19/1979", sex="Female", diagnosis="Lung adenocarcinoma, stage IVA",
                physician="Rahul Castellanos-Ide, MD", facility="Blue Harbor Thoracic Oncology",
                specimen="Blood, 2 tubes (cfDNA BCT)", collected="01/27/2025", received="01/29/2025",
                reported="02/07/2025", accession="VOD-25-104412", test="VeriPlasma CGP")
    green = lab.green
    s = []
    s.append(tbl([
        ["BLOOD TUMOR MUTATIONAL BURDEN", "MICROSATELLITE INSTABILITY", "TUMOR FRACTION"],
        [[bigp("6 mut/Mb", st, 13), P("bTMB-Low (bTMB-High: ≥16 mut/Mb)", st["cell"])],
         [bigp("MSI-High NOT DETECTED", st, 13), P("", st["cell"])],
         [bigp("5%", st, 13), P("sufficient for copy-number assessment", st["cell"])]],
    ], [W / 3] * 3, st, grid="grid", line=colors.white, lw=3, headbg=green, headfg=colors.white,
        extra=[("BACKGROUND", (0, 1), (-1, 1), lab.pale)]))
    s.append(P("GENOMIC FINDINGS", st["h2"]))
    s.append(P("Alterations are listed in order of clinical significance. VAF = variant allele frequency in cfDNA.", st["small"]))
    s.append(tbl([
        ["Gene", "Alteration", "cDNA", "VAF", "", "Clinical significance", "Therapies with potential benefit / resistance"],
        ["ERBB2", "A775_G776insYVMA (exon 20 insertion)", "c.2324_2325ins12", "2.8%", bar(2.8, 6, 50),
         "Tier I — predictive", "Trastuzumab deruxtecan; zongertinib (HER2-mutant NSCLC)"],
        ["TP53", "R273C", "c.817C&gt;T", "3.1%", bar(3.1, 6, 50), "Tier II — pathogenic", "None"],
        ["CDKN2A", "D84N", "c.250G&gt;A", "1.9%", bar(1.9, 6, 50), "Tier II — likely pathogenic", "None"],
    ], [40, 120, 80, 32, 56, 100, 138], st, grid="hlines", line=colors.HexColor("#b8d8c9"), headbg=lab.pale))
    s.append(Spacer(1, 6))
    s.append(P("<b>ERBB2 copy number:</b> plasma copy number 2.1 — <b>not amplified</b> (threshold 2.5). The ERBB2 "
               "finding is a kinase-domain insertion, not an amplification.", st["body"]))
    s.append(P("<b>Not detected in this specimen:</b> EGFR mutations (exons 18–21); KRAS; ALK, ROS1, RET fusions; MET "
               "exon 14 skipping; BRAF V600E.", st["body"]))
    s.append(P("Failure to detect an alteration does not exclude its presence in the tumor. At a tumor fraction of 5%, "
               "fusion sensitivity is reduced relative to sequence variants.", st["small"]))
    s.append(PageBreak())
    s.append(P("VARIANTS OF UNKNOWN SIGNIFICANCE AND BENIGN VARIANTS OF NOTE", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Classification", "Comment"],
        ["BRCA2", "K3326* (c.9976A&gt;T)", "50.2%", "Benign / low penetrance", "Common truncating polymorphism near the C-terminus; not reportable as pathogenic; likely germline"],
        ["SETD2", "P1962L", "0.7%", "VUS", "—"],
        ["KMT2C", "E1003K", "1.4%", "VUS", "—"],
    ], [50, 110, 40, 110, 256], st, grid="rules"))
    s.append(P("POTENTIAL CLONAL HEMATOPOIESIS", st["h2"]))
    s.append(P("Characteristic of clonal hematopoiesis of indeterminate potential (CHIP); not considered tumor-derived "
               "and excluded from bTMB and from therapy matching.", st["small"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Basis for CH assignment"],
        ["ASXL1", "G646Wfs*12", "1.3%", "Canonical CH frameshift"],
        ["DNMT3A", "W860R", "0.5%", "Gene and VAF profile typical of CH"],
    ], [60, 100, 50, 356], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(P("THERAPY ASSOCIATIONS", st["h2"]))
    s.append(tbl([
        ["Biomarker", "This indication", "Other indications", "Comment"],
        ["ERBB2 exon 20 insertion", "Trastuzumab deruxtecan; zongertinib", "—",
         "HER2 mutation is distinct from HER2 overexpression (IHC) and amplification"],
        ["bTMB 6 mut/Mb", "—", "—", "Below the bTMB-High level; PD-L1 IHC on tissue is the relevant immunotherapy biomarker"],
    ], [110, 170, 100, 186], st, grid="grid", line=colors.HexColor("#b8d8c9"), headbg=lab.pale))
    s.append(P("CLINICAL TRIALS", st["h3"]))
    s.append(tbl([
        ["Study", "Phase", "Target", "Nearest site"],
        ["VOD-HER2-X20 — irreversible HER2 exon 20 TKI vs docetaxel after first line", "3", "ERBB2 exon 20", "Blue Harbor, ME"],
        ["ATLANTIS-ADC — HER3-directed ADC in NSCLC with any driver", "2", "HER3", "Portsmouth Landing, NH"],
    ], [300, 40, 120, 106], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(P("METHODS AND LIMITATIONS", st["h2"]))
    s.append(P("Cell-free DNA (33 ng) was sequenced by hybrid capture across the coding regions of 310 genes to a median "
               "unique depth of 4,120x. Reportable range: SNVs and indels ≥0.25% VAF (hotspots ≥0.1%); amplifications "
               "at gene-specific plasma copy number thresholds; fusions ≥0.2%. bTMB: somatic coding SNVs and indels "
               "per Mb over 1.05 Mb after removal of germline and CH variants; ≥16 mut/Mb is bTMB-High. MSI from 95 "
               "homopolymer loci. Copy-number losses (e.g. CDKN2A deletion) and germline variants are not reported.", st["small"]))
    s.append(P("Electronically signed by Anand Ruiz-Falk, MD, Medical Director, on 02/07/2025.", st["small"]))
    labels = [
        L("HER2", "mutation", "positive", ["A775_G776insYVMA", "2.8%"], alteration="A775_G776insYVMA"),
        L("HER2", "amplification", "negative", "plasma copy number 2.1 — not amplified"),
        L("TP53", "mutation", "positive", ["R273C", "3.1%"], alteration="R273C"),
        L("TMB", "signature", "negative", ["6 mut/Mb", "bTMB-Low"], value="6 mut/Mb"),
        L("MSI", "signature", "negative", "MSI-High NOT DETECTED"),
        L("EGFR", "mutation", "negative", "EGFR mutations (exons 18–21)"),
        L("KRAS", "mutation", "negative", "(exons 18–21); KRAS; ALK"),
        L("ALK", "fusion", "negative", "ALK, ROS1, RET fusions"),
        L("ROS1", "fusion", "negative", "ALK, ROS1, RET fusions"),
        L("RET", "fusion", "negative", "ALK, ROS1, RET fusions"),
        L("MET", "mutation", "negative", "MET exon 14 skipping; BRAF V600E", alteration="exon 14 skipping"),
        L("BRAF", "mutation", "negative", "BRAF V600E.", alteration="V600E"),
    ]
    return Report("7528", lab, meta, s, labels, title="VeriPlasma CGP Comprehensive Report",
                  doc="Commercial 310-gene plasma CGP, landscape, sidebar layout (second report)", tumour="Lung adenocarcinoma",
                  kinds=["LAND", "SIG", "TF", "VT", "CNV", "ND", "VUS", "GERM", "CHIP", "THER"],
                  note="HER2 exon 20 insertion (mutation) with ERBB2 explicitly not amplified; bTMB low and MSI-H not detected tiles; BRCA2 K3326* at 50% classified benign (near miss); ASXL1/DNMT3A CH; negatives list incl. MET exon 14 and BRAF V600E.")


# =============================================================================== 7529
def r7529():
    lab = ARDENT
    st = lab.st
    W = 612 - 120
    red = lab.red
    meta = dict(patient="Patient AC", mrn="70-583-2206", accession="MGP25-2051", reported="08/14/2025")
    s = []
    s.append(kv([
        ["Patient:", "Patient AC", "Case:", "MGP25-2051"],
        ["MRN:", "70-583-2206", "Collected:", "08/04/2025 09:40"],
        ["DOB:", "05/05/1968 (F)", "Received:", "08/05/2025"],
        ["Referring:", "Isidore Fairweather, MD (Medical Oncology)", "Specimen:", "Plasma, 2 × 10 mL Streck BCT"],
    ], [54, 200, 60, 178], st))
    s.append(P("CLINICAL INDICATION", st["h3"]))
    s.append(P("Newly diagnosed metastatic sigmoid adenocarcinoma with synchronous liver metastases. Colonoscopic biopsy "
               "small; tissue RAS testing requested at the outside hospital is pending. Plasma RAS/BRAF status requested "
               "to expedite first-line treatment planning.", st["body"]))
    s.append(P("RESULT", st["h2"]))
    res = [P("PLASMA CELL-FREE DNA, TARGETED NEXT-GENERATION SEQUENCING (ARDENT ctDx-CRC, 24 GENES):", st["bodytight"]),
           Spacer(1, 3)] + bullets([
        "<b>NRAS c.181C&gt;A p.Q61K — DETECTED</b> (VAF 7.7%), pathogenic, Tier I.",
        "KRAS (codons 12, 13, 59, 61, 117, 146): no mutation detected.",
        "BRAF V600E: not detected.",
        "ERBB2: not amplified. NTRK1/NTRK3 fusions: not detected.",
        "TP53 c.742C&gt;T p.R248W (VAF 8.4%) and APC c.4348C&gt;T p.R1450* (VAF 9.1%) detected.",
        "Estimated tumor fraction: 12%.",
    ], st)
    s.append(boxed(res, W, border=red, lw=0.8))
    s.append(P("COMMENT", st["h2"]))
    s.append(P("An activating NRAS codon 61 mutation is detected. RAS-mutant metastatic colorectal cancer does not "
               "benefit from anti-EGFR monoclonal antibodies (cetuximab, panitumumab); the finding supports "
               "chemotherapy with or without anti-VEGF therapy as first-line options. The tumor fraction (12%) is "
               "adequate for the negative KRAS and BRAF calls.", st["body"]))
    s.append(P("A PIK3CA c.1633G&gt;A (p.E545K) signal was observed at 0.04% VAF (3 duplex molecules), below the "
               "validated reporting threshold of 0.1%. It is not reported as a result and should not be used for "
               "clinical decisions; at a tumor fraction of 12% a clonal PIK3CA mutation would be expected at a much "
               "higher fraction.", st["body"]))
    s.append(P("Microsatellite instability and mismatch repair status are not evaluated by this assay. Universal MMR "
               "immunohistochemistry on the diagnostic biopsy has been requested from the outside hospital; results "
               "are not available to us at the time of this report.", st["body"]))
    s.append(P("COMPARISON", st["h3"]))
    s.append(P("No prior molecular testing at this center. The outside tissue RAS result, when available, should be "
               "reconciled with this report; discordance between plasma and tissue is uncommon at this tumor fraction "
               "but may occur with spatial heterogeneity.", st["body"]))
    s.append(PageBreak())
    s.append(P("REPORTABLE VARIANTS", st["h3"]))
    s.append(tbl([
        ["Gene", "Transcript", "cDNA", "Protein", "VAF", "Tier"],
        ["NRAS", "NM_002524.5", "c.181C&gt;A", "p.Gln61Lys", "7.7%", "I"],
        ["TP53", "NM_000546.6", "c.742C&gt;T", "p.Arg248Trp", "8.4%", "II"],
        ["APC", "NM_000038.6", "c.4348C&gt;T", "p.Arg1450*", "9.1%", "II"],
        ["SMAD4", "NM_005359.6", "c.1333C&gt;T", "p.Arg445*", "6.2%", "II"],
    ], [50, 90, 80, 90, 50, 40], st, grid="rules", line=red))
    s.append(P("METHODS", st["h3"]))
    s.append(P("cfDNA (38 ng) from 8.0 mL plasma was analysed by hybrid capture NGS with duplex molecular barcodes "
               "covering 24 genes: " + ", ".join(ARDENT_CRC) + ". Limit of detection 0.1% VAF for hotspots with ≥20 ng "
               "input; amplification reported at plasma copy number ≥2.3 for ERBB2 and MET; fusions reported for ALK, "
               "ROS1, RET, NTRK1, NTRK3 and FGFR2 at ≥0.3%.", st["small"]))
    s.append(P("This test was developed and its performance characteristics determined by the Ardent Cancer Genomics "
               "Center molecular laboratory. It has not been cleared or approved by the FDA.", st["tiny"]))
    s.append(Spacer(1, 8))
    s.append(P("<b>Hannah R. Voss, MD</b>, Molecular Genetic Pathology — electronically signed 08/14/2025", st["body"]))
    labels = [
        L("NRAS", "mutation", "positive", ["NRAS c.181C>A p.Q61K — DETECTED", "VAF 7.7%"], alteration="Q61K"),
        L("KRAS", "mutation", "negative", "KRAS (codons 12, 13, 59, 61, 117, 146): no mutation detected"),
        L("BRAF", "mutation", "negative", "BRAF V600E: not detected", alteration="V600E"),
        L("HER2", "amplification", "negative", "ERBB2: not amplified"),
        L("NTRK", "fusion", "negative", "NTRK1/NTRK3 fusions: not detected"),
        L("TP53", "mutation", "positive", ["p.R248W (VAF 8.4%)"], alteration="R248W"),
    ]
    return Report("7529", lab, meta, s, labels, title="Ardent ctDx-CRC",
                  doc="Academic molecular pathology plasma report (second, first-line CRC)", tumour="Metastatic sigmoid adenocarcinoma",
                  kinds=["VT", "ND", "SUB", "TF", "CNV"],
                  note="NRAS Q61K in a pathology-style result block with KRAS/BRAF/ERBB2/NTRK negatives; PIK3CA E545K signal below the reporting threshold (no label); MSI/MMR not evaluated and outside MMR IHC pending (near misses).")


# =============================================================================== 7530
def r7530():
    lab = HOLMGARD
    st = lab.st
    W = 595.27 - 46 * mm
    meta = dict(patient="Patient AD", dob="1977-11-02", referral="ENT Clinic / Head and Neck Oncology (Dr Lisa Ahlgren)",
                accession="MP25-52309", collected="2025-06-09", reported="2025-06-19")
    s = []
    s.append(P("Circulating tumour DNA analysis — solid tumour panel", st["h1"]))
    s.append(P("1. Question and clinical background", st["h3"]))
    s.append(P("Sinonasal undifferentiated carcinoma (SNUC), T4a, with orbital invasion. Diagnostic biopsy (this "
               "department, P25-11820): pancytokeratin positive; SMARCB1 (INI1) retained; NUT immunostaining negative; "
               "IDH1 R132H immunostaining negative. Tissue insufficient for sequencing after immunohistochemistry. "
               "Question: IDH2 mutation (reported in a subset of SNUC) or other targetable alteration?", st["body"]))
    s.append(P("2. Sample", st["h3"]))
    s.append(P("Peripheral blood, 2 × 10 ml cfDNA tubes, taken 2025-06-09. cfDNA 24 ng from 8 ml plasma.", st["body"]))
    s.append(P("3. Answer", st["h3"]))
    ans = bullets([
        "<b>IDH2</b>: pathogenic variant detected, NM_002168.4:c.515G&gt;T p.(Arg172Met), VAF 2.4%.",
        "<b>IDH1</b>: no variant detected at codon R132 (sequenced; all codons covered).",
        "TP53: no pathogenic variant detected.",
        "No other pathogenic variant or amplification among the genes of the panel. Estimated tumour fraction 5%.",
    ], st)
    s.append(boxed(ans, W, border=colors.black, bg=HOLMGARD.grey, lw=0.6))
    s.append(P("4. Assessment", st["h3"]))
    s.append(P("IDH2 R172 variants define a subgroup of sinonasal carcinomas with undifferentiated or poorly "
               "differentiated morphology and are associated with a distinctive methylation profile. The negative IDH1 "
               "R132H immunostaining is consistent, as that antibody detects only the IDH1 R132H protein and does not "
               "react with IDH2 variants. IDH inhibitors are under investigation in IDH-mutant solid tumours; inclusion "
               "in a clinical study may be discussed at the head and neck tumour board.", st["body"]))
    s.append(P("The result was obtained at a modest tumour fraction; a negative result for other genes does not exclude "
               "alterations in the tumour. Methylation-based classification on tissue, if further material becomes "
               "available, may support the diagnosis.", st["body"]))
    s.append(PageBreak())
    s.append(P("5. Variant list", st["h3"]))
    s.append(tbl([
        ["Gene", "Variant (HGVS)", "VAF", "Classification", "Origin"],
        ["IDH2", "c.515G&gt;T p.(Arg172Met)", "2.4%", "Pathogenic (class 5)", "Somatic"],
        ["ARID1A", "c.3977C&gt;T p.(Ala1326Val)", "0.7%", "VUS (class 3)", "Unknown"],
        ["TET2", "c.4075C&gt;T p.(Arg1359Cys)", "1.1%", "Pathogenic — clonal haematopoiesis", "Possible CH"],
    ], [50, 140, 40, 140, W - 370], st, grid="grid", line=colors.HexColor("#999999"), headbg=HOLMGARD.grey))
    s.append(Spacer(1, 4))
    s.append(P("TET2 variants in cfDNA at low allele fraction commonly derive from clonal haematopoiesis; this variant "
               "is not considered tumour-derived.", st["small"]))
    s.append(P("6. Method", st["h3"]))
    s.append(P("Hybrid-capture sequencing of cfDNA with unique molecular identifiers (in-house solid tumour panel; "
               "coding regions of 52 genes including IDH1 and IDH2, copy number for 10 genes). Mean deduplicated depth "
               "3,400x. Detection limit 0.5% VAF for SNVs at ≥20 ng input. The panel does not detect gene fusions "
               "(e.g. NUTM1) or promoter methylation.", st["body"]))
    s.append(P("7. Limitations", st["h3"]))
    s.append(P("Germline and somatic variants cannot be distinguished with certainty without a matched normal sample. "
               "A negative result in plasma does not exclude a variant in the tumour.", st["body"]))
    s.append(Spacer(1, 10))
    s.append(kv([["Analysed by", "Sara Blom-Hedqvist, MSc, Hospital Molecular Geneticist"],
                 ["Signed", "Johan Ekdahl, MD, PhD, Consultant in Clinical Pathology, 2025-06-19"]], [70, 330], st))
    labels = [
        L("IDH2", "mutation", "positive", ["p.(Arg172Met)", "VAF 2.4%"], alteration="R172M"),
        L("IDH1", "mutation", "negative", "IDH1: no variant detected at codon R132"),
        L("TP53", "mutation", "negative", "TP53: no pathogenic variant detected"),
        L("IDH1", "expression", "negative", "IDH1 R132H immunostaining negative", optional=True),
    ]
    return Report("7530", lab, meta, s, labels, title="ctDNA analysis – solid tumour panel",
                  doc="Nordic university hospital molecular pathology answer, numbered sections (second report)", tumour="Sinonasal undifferentiated carcinoma",
                  kinds=["VT", "ND", "VUS", "CHIP", "TF", "TISS"],
                  note="IDH2 R172M in plasma with IDH1 sequencing negative; the biopsy's IDH1 R132H IHC negative is an optional expression label; SMARCB1/NUT stains out of scope; TET2 CH variant and ARID1A VUS are near misses.")
