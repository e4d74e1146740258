"""Reports 7501-7510."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, XPreformatted

from common import L, P, Report, bar, bigp, boxed, bullets, dot, gene_grid, kv, serial_chart, tbl
from genes import BIG, CAIRN_LUNG, HALCYON74, KESTREL14, LOTUS38, STARN_PANEL
from labs import (ARDENT, CAIRNFIELD, HALCYON, KESTREL, LOTUSBAY, MERIDIAN, NORDLICHT, SAINTARNOULT,
                  TESSELLATE, VERIDIAN)
from reportlab.lib.styles import ParagraphStyle


# =============================================================================== 7501
def r7501():
    lab = HALCYON
    st = lab.st
    W = 612 - 96
    meta = dict(patient="Patient A", dob="03/14/1958", sex="Female", accession="HG-25-004417",
                reported="01/15/2025", test="HalcyonLiquid 74")
    s = []
    s.append(kv([
        ["PATIENT", "Patient A", "ORDERING PHYSICIAN", "Lena Marchetti, MD"],
        ["DATE OF BIRTH", "03/14/1958", "FACILITY", "Bayside Thoracic Oncology, Suite 210"],
        ["SEX", "Female", "SPECIMEN", "Whole blood, 2 x 10 mL cell-free DNA BCT"],
        ["MEDICAL RECORD #", "BTO-0081-552", "COLLECTED / RECEIVED", "01/06/2025  /  01/08/2025"],
        ["DIAGNOSIS", "Non-small cell lung carcinoma, adenocarcinoma, stage IVB", "SPECIMEN ID", "HG-25-004417-P1"],
    ], [88, 170, 108, 150], st, grid="box", line=lab.navy))
    s.append(Spacer(1, 8))
    det = tbl([
        ["GENE", "ALTERATION", "% cfDNA", "RELEVANCE"],
        ["<b>EGFR</b>", "<b>E746_A750del</b> (exon 19 deletion)", "4.1%", "Sensitizing; therapies associated (p. 2)"],
        ["<b>EGFR</b>", "<b>C797S</b>", "0.6%", "Resistance to third-generation EGFR TKI"],
        ["<b>MET</b>", "<b>Amplification</b>", "Plasma copy number 2.9", "Clinical trials (p. 2)"],
        ["<b>TP53</b>", "<b>R273H</b>", "3.8%", "No therapies associated"],
    ], [58, 170, 100, 170], st, grid="hlines", line=colors.HexColor("#b5cccc"), headbg=colors.HexColor("#e3f0f0"))
    s.append(boxed([det, Spacer(1, 4),
                    P("Variants of uncertain significance: 2 (listed on page 2). "
                      "Blood TMB and microsatellite status are not reported by this assay.", st["small"])],
                   W, border=lab.teal, lw=1.4, title="DETECTED ALTERATIONS",
                   title_bg=lab.teal, title_style=ParagraphStyle("t", parent=st["cellhead"], textColor=colors.white,
                                                                 fontSize=9.5)))
    s.append(Spacer(1, 8))
    s.append(P("RESULT NOTES", st["h2"]))
    s.append(P("<b>EGFR T790M: NOT DETECTED</b> in this specimen. Sensitivity for T790M at the lowest validated input is "
               "0.2% cfDNA (95% detection). For context, T790M was reported in this patient's plasma by Halcyon in "
               "March 2023 (HG-23-019930, 1.7% cfDNA), before osimertinib was started; it is not present in the current draw.", st["body"]))
    s.append(P("EGFR C797S was called from reads that also carry no T790M; the allelic configuration relative to T790M is "
               "therefore not applicable. C797S arising after first-line or post-T790M osimertinib has been associated "
               "in published series with loss of response to third-generation inhibitors.", st["body"]))
    s.append(P("The MET result is a focal gain of the MET locus with a plasma copy number of 2.9, above the assay's "
               "amplification threshold (plasma copy number 2.2 for MET, normalised to the diploid baseline of the "
               "specimen). Plasma copy number depends on tumor fraction and is not equivalent to a tissue FISH ratio.", st["body"]))
    s.append(P("NO ALTERATIONS DETECTED IN", st["h2"]))
    s.append(P("ALK, BRAF, ERBB2, KRAS, NRAS, NTRK1, RET, ROS1", st["bodytight"]))
    s.append(P("<i>A result of not detected does not rule out the presence of an alteration in the tumor. Cell-free DNA "
               "from the tumor may be present at levels below the limit of detection; tissue testing should be "
               "considered if clinically indicated.</i>", st["small"]))
    s.append(P("CLINICAL HISTORY PROVIDED", st["h2"]))
    s.append(P("62-year-old never-smoker; EGFR exon 19 deletion on bronchoscopic biopsy (outside laboratory, 2021). "
               "Erlotinib 2021-2023; plasma T790M 2023; osimertinib since April 2023. New hepatic lesions on CT "
               "12/2024. Liquid biopsy requested to identify resistance mechanisms before re-biopsy.", st["body"]))
    s.append(PageBreak())

    s.append(P("ALTERATION DETAILS", st["h2"]))
    s.append(tbl([
        ["Gene", "Protein change", "Coding change / transcript", "% cfDNA", "Clinically relevant"],
        ["EGFR", "p.E746_A750del", "c.2235_2249del  NM_005228.5", "4.1%", "Yes"],
        ["EGFR", "p.C797S", "c.2390G>C  NM_005228.5", "0.6%", "Yes"],
        ["MET", "Amplification", "Plasma copy number 2.9 (chr7q31.2)", "—", "Yes"],
        ["TP53", "p.R273H", "c.818G>A  NM_000546.6", "3.8%", "No (prognostic)"],
    ], [48, 90, 170, 56, 100], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(Spacer(1, 6))
    s.append(P("VARIANTS OF UNCERTAIN SIGNIFICANCE", st["h3"]))
    s.append(P("These variants have not been shown to alter protein function and are not used for clinical decisions. "
               "They are listed for completeness and may be reclassified.", st["small"]))
    s.append(tbl([
        ["Gene", "Protein change", "Coding change", "% cfDNA"],
        ["ARID1A", "p.G1847R", "c.5539G>A", "1.2%"],
        ["ATM", "p.S1691R", "c.5071A>C", "0.4%"],
    ], [60, 110, 110, 60], st, grid="rules"))
    s.append(Spacer(1, 6))
    s.append(P("THERAPY ASSOCIATIONS", st["h2"]))
    s.append(P("Therapies are listed by gene without regard to line of therapy or prior treatment; the list is not "
               "a recommendation.", st["small"]))
    s.append(tbl([
        ["Alteration", "Approved in patient's tumor type", "Approved in other tumor type", "Reported resistance"],
        ["EGFR exon 19 deletion", "Afatinib, Amivantamab + lazertinib, Dacomitinib, Erlotinib, Gefitinib, Osimertinib", "—", "—"],
        ["EGFR C797S", "—", "—", "Osimertinib"],
        ["MET amplification", "—", "—", "May reduce benefit of EGFR TKI monotherapy"],
        ["TP53 R273H", "—", "—", "—"],
    ], [100, 190, 100, 126], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(Spacer(1, 6))
    s.append(P("CLINICAL TRIALS (selected, within 150 miles of ordering facility)", st["h3"]))
    s.append(tbl([
        ["Trial", "Title", "Gene targets", "Location"],
        ["HLX-MET-207", "Phase 2 study of a MET TKI plus osimertinib after progression on osimertinib", "MET, EGFR", "Oakmont, CA"],
        ["CRESCENT-4D", "Fourth-generation EGFR inhibitor in EGFR C797S-positive NSCLC", "EGFR", "San Evaristo, CA"],
        ["BTO-ADC-12", "Antibody-drug conjugate in previously treated NSCLC, any EGFR status", "EGFR, HER3", "Bayside, CA"],
    ], [70, 270, 80, 96], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(Spacer(1, 6))
    s.append(P("INTERPRETATION", st["h2"]))
    s.append(P("The founder EGFR exon 19 deletion remains detectable together with an acquired EGFR C797S and a MET "
               "amplification, both recognised mechanisms of resistance to osimertinib. The previously documented "
               "T790M clone is no longer detected. TP53 R273H is likely a truncal tumor variant given its fraction "
               "similar to the EGFR driver. The relative fractions suggest a maximum somatic allele fraction of 4.1%, "
               "which is adequate for the negative calls listed on page 1 at the stated limits of detection.", st["body"]))
    s.append(PageBreak())

    s.append(P("METHODS", st["h2"]))
    s.append(P("Cell-free DNA was extracted from 8.2 mL of plasma (yield 31 ng). Libraries were prepared with unique "
               "molecular identifiers and enriched by hybrid capture for the coding exons of 74 genes and selected "
               "introns for rearrangement detection. Sequencing was performed to a median unique coverage of 6,900x. "
               "Single-nucleotide variants and small insertions/deletions are reported at or above 0.1% cfDNA in "
               "hotspot positions and 0.25% elsewhere. Copy-number amplifications are reported for the genes "
               "marked † below when the plasma copy number exceeds the gene-specific threshold. Fusions are "
               "reported for genes marked ‡. Analytical sensitivity, specificity and limits of detection were "
               "established during validation and are available on request.", st["body"]))
    s.append(P("LIMITATIONS", st["h3"]))
    s.extend(bullets([
        "Germline variants are not reported unless clinically significant; this is not a germline test.",
        "Variants arising from clonal hematopoiesis may be detected in cfDNA. Variants in DNMT3A, TET2 and ASXL1 at low "
        "fraction are filtered; TP53 and other genes may still contain hematopoietic variants.",
        "Copy-number losses, blood tumor mutational burden and microsatellite instability are not assessed.",
        "The assay does not distinguish cis from trans configuration of variants more than 150 bp apart.",
    ], st))
    s.append(P("GENES ANALYSED", st["h3"]))
    marks = {g: "†" for g in ("CCND1", "CCNE1", "CDK4", "CDK6", "EGFR", "ERBB2", "FGFR1", "FGFR2", "KRAS", "MET", "MYC", "PIK3CA")}
    for g in ("ALK", "NTRK1", "RET", "ROS1", "FGFR3", "NTRK3"):
        marks[g] = marks.get(g, "") + "‡"
    s.append(gene_grid(HALCYON74, 8, W, st, style="cellsmall", marks=marks))
    s.append(Spacer(1, 4))
    s.append(P("† amplification reported  ‡ fusions reported", st["tiny"]))
    s.append(Spacer(1, 10))
    s.append(P("This test was developed and its performance characteristics determined by Halcyon Genomics, Inc. It has "
               "not been cleared or approved by the US Food and Drug Administration. The laboratory is certified under "
               "CLIA to perform high-complexity clinical testing.", st["tiny"]))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed 01/15/2025 14:52 PT by Miriam Okafor-Lind, MD, PhD, Laboratory Director", st["small"]))

    labels = [
        L("EGFR", "mutation", "positive", ["E746_A750del", "4.1%"], alteration="E746_A750del"),
        L("EGFR", "mutation", "positive", ["C797S", "0.6%"], alteration="C797S"),
        L("EGFR", "mutation", "negative", "EGFR T790M: NOT DETECTED", alteration="T790M"),
        L("MET", "amplification", "positive", "Plasma copy number 2.9"),
        L("TP53", "mutation", "positive", ["R273H", "3.8%"], alteration="R273H"),
        L("ALK", "fusion", "negative", "NO ALTERATIONS DETECTED IN ALK, BRAF"),
        L("BRAF", "mutation", "negative", "ALK, BRAF, ERBB2"),
        L("HER2", "mutation", "negative", "BRAF, ERBB2, KRAS"),
        L("HER2", "amplification", "negative", "BRAF, ERBB2, KRAS", optional=True),
        L("KRAS", "mutation", "negative", "ERBB2, KRAS, NRAS"),
        L("NRAS", "mutation", "negative", "KRAS, NRAS, NTRK1"),
        L("NTRK", "fusion", "negative", "NRAS, NTRK1, RET"),
        L("RET", "fusion", "negative", "NTRK1, RET, ROS1"),
        L("ROS1", "fusion", "negative", "RET, ROS1"),
    ]
    return Report("7501", lab, meta, s, labels, title="HalcyonLiquid 74 Plasma Genomic Profile",
                  doc="Commercial 74-gene plasma panel", tumour="NSCLC, osimertinib progression",
                  kinds=["BOX", "VT", "VUS", "CNV", "ND", "THER", "PANEL", "TISS"],
                  note="EGFR ex19del + C797S + MET amplification (plasma copy number) in a summary box; T790M not detected now but quoted from a 2023 draw (no label); negative list of eight genes; VUS, therapy and trial tables, 74-gene appendix are near misses.")


# =============================================================================== 7502
def r7502():
    lab = NORDLICHT
    st = lab.st
    W = 595.27 - 45 * mm
    meta = dict(patient="Patient B", dob="22.07.1951", accession="MP-25-0311", received="04.02.2025",
                reported="06.02.2025",
                sender=["Klinikum Am Stadtwald", "Pneumologische Onkologie", "Herrn Dr. med. Jonas Erlinger",
                        "Waldweg 3", "D-39912 Hallenbrück"])
    s = []
    s.append(P("<b>Molekularpathologischer Befund / Molecular pathology report</b>", ParagraphStyle("x", parent=st["body"], fontSize=12.5, leading=15)))
    s.append(P("EGFR mutation analysis in plasma (circulating cell-free DNA)", st["ital"]))
    s.append(kv([
        ["Patient:", "Patient B, geb. 22.07.1951, weiblich", "Material:", "2 × 10 ml Vollblut (cfDNA-Stabilisierungsröhrchen)"],
        ["Fall-Nr.:", "KS-2025-118806", "Entnahme:", "03.02.2025, 07:40"],
    ], [48, 170, 52, 180], st, boldkeys=True))
    s.append(P("Klinische Angaben / Clinical information", st["h3"]))
    s.append(P("Raumforderung rechter Oberlappen (5,2 cm), ipsilateraler Pleuraerguss, ossäre Herde. Zytologie des "
               "Ergusses: Zellen eines Adenokarzinoms (TTF-1 positiv), Zellblock mit geringer Tumorzellzahl. "
               "Bronchoskopische Biopsie wegen Antikoagulation derzeit nicht möglich. Fragestellung: EGFR-Status vor "
               "Erstlinientherapie?", st["body"]))
    s.append(P("Methode / Method", st["h3"]))
    s.append(P("Zellfreie DNA wurde aus 4,0 ml Plasma isoliert (Säulenverfahren, Elutionsvolumen 60 µl). Die Analyse "
               "erfolgte mittels allel-spezifischer Real-Time-PCR (CE-IVD-Kit) für 42 Mutationen in den Exons 18–21 des "
               "EGFR-Gens. Für jede Mutationsgruppe wird bei positivem Befund ein semiquantitativer Index (SQI) ausgegeben.", st["body"]))
    s.append(P("Ergebnis / Result", st["h3"]))
    res = tbl([
        ["Mutationsgruppe / mutation group", "Exon", "Ergebnis / result", "SQI"],
        ["G719X (G719A, G719C, G719S)", "18", "nicht nachgewiesen", "–"],
        ["Exon 19 deletions (19 variants)", "19", "<b>NACHGEWIESEN / DETECTED</b>", "11,6"],
        ["S768I", "20", "nicht nachgewiesen", "–"],
        ["T790M", "20", "nicht nachgewiesen", "–"],
        ["Exon 20 insertions (5 variants)", "20", "nicht nachgewiesen", "–"],
        ["L858R", "21", "nicht nachgewiesen", "–"],
        ["L861Q", "21", "nicht nachgewiesen", "–"],
    ], [170, 40, 160, 50], st, grid="rules", lw=0.6)
    s.append(res)
    s.append(Spacer(1, 4))
    s.append(P("Interne Kontrolle: gültig. Positiv- und Negativkontrolle des Laufs: im erwarteten Bereich.", st["small"]))
    s.append(P("Beurteilung / Interpretation", st["h3"]))
    s.append(P("Im Plasma wurde eine aktivierende Deletion in Exon 19 des EGFR-Gens nachgewiesen. Die "
               "Resistenzmutation T790M wurde nicht nachgewiesen. <br/><i>English: In the plasma sample an activating "
               "EGFR exon 19 deletion was detected. The T790M resistance mutation was not detected.</i>", st["body"]))
    s.append(P("Der Befund spricht für ein EGFR-mutiertes Adenokarzinom; nach aktueller Datenlage ist ein Ansprechen auf "
               "EGFR-Tyrosinkinaseinhibitoren zu erwarten. Das Testverfahren erlaubt keine Angabe der genauen Deletion "
               "(z. B. E746_A750del); falls diese klinisch relevant ist, kann eine Sequenzierung aus Gewebe oder Plasma "
               "angeschlossen werden.", st["body"]))
    s.append(P("Hinweise / Notes", st["h3"]))
    s.extend(bullets([
        "Der SQI ist ein semiquantitatives Maß für die Menge mutierter DNA in der Probe. Er ist keine Allelfrequenz "
        "und zwischen verschiedenen Testverfahren nicht vergleichbar.",
        "Ein negatives Ergebnis im Plasma schließt eine EGFR-Mutation im Tumor nicht aus (z. B. bei geringer "
        "Freisetzung von Tumor-DNA). Bei negativem Plasmabefund wird eine Gewebeuntersuchung empfohlen.",
        "ALK-, ROS1-, RET- und NTRK-Fusionen, BRAF-, KRAS-, MET- und ERBB2-Alterationen sowie PD-L1 sind nicht "
        "Gegenstand dieser Untersuchung. Für die vollständige Biomarkertestung empfehlen wir die Untersuchung des "
        "Zellblocks (NGS-Panel DNA/RNA, PD-L1-Immunhistochemie), sofern ausreichend Tumorzellen vorhanden sind.",
    ], st, char="–"))
    s.append(P("Nachweisgrenzen des Verfahrens (Kopien mutierter DNA pro ml Plasma, laut Hersteller)", st["h3"]))
    s.append(tbl([
        ["Mutation", "LoD (Kopien/ml)", "Mutation", "LoD (Kopien/ml)"],
        ["Exon 19 Del.", "25–100", "L858R", "100"],
        ["T790M", "100", "G719X", "150"],
        ["S768I", "100", "Exon 20 Ins.", "50–300"],
        ["L861Q", "150", "", ""],
    ], [100, 80, 100, 80], st, grid="grid", lw=0.3, line=colors.grey))
    s.append(Spacer(1, 14))
    s.append(P("Mit freundlichen kollegialen Grüßen", st["body"]))
    s.append(Spacer(1, 14))
    s.append(kv([["Dr. rer. nat. Katrin Lemmerhirt", "PD Dr. med. Anselm Trautwein"],
                 ["Molekularbiologin", "Facharzt für Pathologie, Molekularpathologie"]], [200, 200], st, boldkeys=False))
    s.append(Spacer(1, 10))
    s.append(P("Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig. Die Untersuchung wurde gemäß "
               "den Empfehlungen der Fachgesellschaften zur Liquid Biopsy durchgeführt; das Verfahren ist Teil der "
               "akkreditierten Prüfverfahren des Instituts.", st["tiny"]))
    labels = [
        L("EGFR", "mutation", "positive", "activating EGFR exon 19 deletion was detected", alteration="exon 19 deletion"),
        L("EGFR", "mutation", "negative", "The T790M resistance mutation was not detected", alteration="T790M"),
        L("EGFR", "mutation", "negative", "L858R 21 nicht nachgewiesen", alteration="L858R", optional=True),
        L("EGFR", "mutation", "negative", "Exon 20 insertions (5 variants) 20 nicht nachgewiesen", alteration="exon 20 insertion", optional=True),
        L("EGFR", "mutation", "negative", "G719X (G719A, G719C, G719S) 18 nicht nachgewiesen", alteration="G719X", optional=True),
        L("EGFR", "mutation", "negative", "S768I 20 nicht nachgewiesen", alteration="S768I", optional=True),
        L("EGFR", "mutation", "negative", "L861Q 21 nicht nachgewiesen", alteration="L861Q", optional=True),
    ]
    return Report("7502", lab, meta, s, labels, title="EGFR Plasma-PCR Befund",
                  doc="Academic plasma EGFR real-time PCR letter (German/English)", tumour="NSCLC, treatment-naive",
                  kinds=["PCR", "ND", "LOD", "QC"],
                  note="Allele-specific PCR table in German with an English gloss: exon 19 deletion detected, T790M not detected; the other mutation groups are optional negatives; the LoD table and the list of untested genes are near misses.")


# =============================================================================== 7503
def r7503():
    lab = CAIRNFIELD
    st = lab.st
    W = 595.27 - 40 * mm
    meta = dict(patient="Patient C", accession="GL25-06613", nhs="999 614 2207", test="ctDNA – NSCLC panel")
    s = []
    s.append(kv([
        ["Patient", "Patient C", "Lab number", "GL25-06613"],
        ["Date of birth", "09/11/1949", "Sample type", "Peripheral blood (2 × cfDNA tubes)"],
        ["Sex", "Male", "Sample collected", "17/03/2025"],
        ["NHS number", "999 614 2207", "Sample received", "18/03/2025"],
        ["Hospital number", "CRI-4471903", "Date reported", "26/03/2025"],
        ["Referring clinician", "Dr Aileen Strachan, Respiratory Medicine", "Referring hospital", "St Brannock's General"],
        ["Test requested", "ctDNA NSCLC panel (20 genes) — URGENT", "Turnaround", "7 working days"],
    ], [74, 170, 74, 168], st, grid="grid", line=colors.HexColor("#9bb7d4")))
    s.append(P("Reason for referral", st["h2"]))
    s.append(P("Radiologically stage IV lung cancer (left hilar mass, adrenal and bone metastases). EBUS-TBNA of station 7: "
               "scant atypical cells, TTF-1 positive, insufficient for DNA/RNA sequencing. PD-L1 (22C3) tumour proportion "
               "score 60% on the EBUS cell block (Cellular Pathology report CP25-11873). Plasma ctDNA requested to avoid "
               "a repeat invasive procedure.", st["body"]))
    summ = tbl([["RESULT SUMMARY"],
                ["Clinically actionable variant detected: <b>KRAS c.34G&gt;T p.(Gly12Cys)</b>"],
                ["Additional pathogenic variants: TP53, STK11 (see below). No EGFR, BRAF or ERBB2 variant; no ALK, ROS1, "
                 "RET or NTRK rearrangement detected."]],
               [W], st, head=1, grid="box", line=lab.blue, lw=1.2, headbg=colors.HexColor("#dbe8f6"))
    s.append(Spacer(1, 4))
    s.append(summ)
    s.append(P("Variants detected", st["h2"]))
    s.append(tbl([
        ["Gene", "Transcript", "HGVS (cDNA)", "HGVS (protein)", "VAF", "Tier", "Clinically actionable?"],
        ["KRAS", "NM_004985.5", "c.34G&gt;T", "p.(Gly12Cys)", "2.3%", "IA", "Yes"],
        ["TP53", "NM_000546.6", "c.743G&gt;A", "p.(Arg248Gln)", "2.6%", "IIC", "No"],
        ["STK11", "NM_000455.5", "c.508C&gt;T", "p.(Gln170Ter)", "2.0%", "IIC", "No"],
    ], [40, 80, 70, 90, 40, 34, W - 354], st, grid="grid", line=colors.HexColor("#9bb7d4"), headbg=colors.HexColor("#dbe8f6")))
    s.append(Spacer(1, 4))
    s.append(P("Tiering follows the joint AMP/ASCO/CAP somatic framework as implemented locally. Tier IA: biomarker with "
               "an approved targeted therapy in this tumour type.", st["tiny"]))
    s.append(P("Variants of uncertain significance", st["h3"]))
    s.append(P("Not used for clinical management: KEAP1 c.811C&gt;T p.(Arg271Cys), VAF 1.9%; SMARCA4 c.3556G&gt;A "
               "p.(Ala1186Thr), VAF 49.6% (heterozygous frequency — possibly constitutional, see comment).", st["body"]))
    s.append(P("Regions analysed with no clinically actionable variant detected", st["h3"]))
    s.append(P("EGFR (exons 18–21); BRAF (exon 15 and codons 466–469); ERBB2 (exons 19–20); MET (exon 14 and flanking "
               "splice regions); ALK, ROS1, RET, NTRK1, NTRK2 and NTRK3 rearrangements (targeted intronic breakpoint regions).", st["body"]))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("A pathogenic KRAS p.(Gly12Cys) variant has been detected in circulating tumour DNA. In the context of "
               "non-small cell lung cancer this variant predicts eligibility for KRAS G12C-directed therapy; co-occurring "
               "STK11 and possible KEAP1 alterations have been associated with inferior outcomes with immunotherapy in "
               "retrospective series and may be relevant to the MDT discussion.", st["body"]))
    s.append(P("The variant allele fractions (2.0–2.6%) are concordant, supporting a tumour origin. The SMARCA4 "
               "variant is present at a VAF close to 50% and may be germline; this assay cannot distinguish germline "
               "from somatic variants. Referral to Clinical Genetics is not indicated on this finding alone.", st["body"]))
    s.append(P("Absence of a detected fusion in plasma does not exclude an ALK, ROS1, RET or NTRK rearrangement: "
               "sensitivity for rearrangements in ctDNA is lower than for sequence variants. If further tissue becomes "
               "available, RNA-based fusion testing is recommended. Likewise, a negative result for EGFR does not "
               "exclude an EGFR variant in the tumour.", st["body"]))
    s.append(CondPageBreak(120))
    s.append(P("Technical information", st["h2"]))
    s.append(P("cfDNA was extracted from 4.1 mL plasma (input to library: 18 ng). Amplicon-based NGS with molecular "
               "barcodes covering hotspots and exons of 20 genes (listed below) and intronic regions for fusion detection. "
               "Limit of detection: 0.2% VAF for SNVs and small indels with ≥20 ng input; 0.5% at 10 ng. Median "
               "de-duplicated depth in this sample: 4,210x. All targeted regions met minimum depth (≥1,000x) except "
               "NTRK2 intron 15 (partial coverage).", st["body"]))
    s.append(P("Genes in panel", st["h3"]))
    s.append(gene_grid(CAIRN_LUNG, 10, W, st, style="cellsmall"))
    s.append(Spacer(1, 6))
    s.append(P("Copy number variants (including MET and ERBB2 amplification) are not reported by this panel. Tumour "
               "mutational burden and microsatellite status are not assessed.", st["small"]))
    s.append(Spacer(1, 10))
    s.append(tbl([
        ["Reported by", "Authorised by"],
        ["Callum Rennie, Clinical Scientist (Genomics)", "Dr Fiona Gallacher, Consultant Clinical Scientist, HCPC CS99812"],
        ["26/03/2025 10:14", "26/03/2025 15:40"],
    ], [W / 2, W / 2], st, grid="none"))
    s.append(Spacer(1, 6))
    s.append(P("Results should be interpreted in the context of all available clinical and pathological information. "
               "Please contact the laboratory within 28 days if further analysis of stored DNA is required.", st["tiny"]))
    labels = [
        L("KRAS", "mutation", "positive", ["p.(Gly12Cys)", "2.3%"], alteration="G12C"),
        L("TP53", "mutation", "positive", ["p.(Arg248Gln)", "2.6%"], alteration="R248Q"),
        L("EGFR", "mutation", "negative", "EGFR (exons 18–21)"),
        L("BRAF", "mutation", "negative", "BRAF (exon 15 and codons 466–469)"),
        L("HER2", "mutation", "negative", "ERBB2 (exons 19–20)"),
        L("MET", "mutation", "negative", "MET (exon 14 and flanking splice regions)"),
        L("ALK", "fusion", "negative", "ALK, ROS1, RET, NTRK1, NTRK2 and NTRK3 rearrangements"),
        L("ROS1", "fusion", "negative", "no ALK, ROS1, RET or NTRK rearrangement detected"),
        L("RET", "fusion", "negative", "no ALK, ROS1, RET or NTRK rearrangement detected"),
        L("NTRK", "fusion", "negative", "no ALK, ROS1, RET or NTRK rearrangement detected"),
        L("PD-L1", "expression", "positive", "tumour proportion score 60%", percent=60, optional=True),
    ]
    return Report("7503", lab, meta, s, labels, title="Genomic Laboratory Report – ctDNA NSCLC panel",
                  doc="NHS regional genomic laboratory ctDNA lung panel", tumour="NSCLC, no tissue for sequencing",
                  kinds=["VT", "VUS", "ND", "GERM", "QC", "PANEL", "TISS"],
                  note="KRAS G12C and TP53 in a tiered variant table; region-by-region 'no actionable variant' list gives eight negatives; SMARCA4 VUS at 50% (germline-possible, out of scope); PD-L1 TPS from the cell block is optional; CNV/TMB/MSI not assessed.")


# =============================================================================== 7504
def r7504():
    lab = VERIDIAN
    st = lab.st
    W = 792 - 190 - 36
    meta = dict(patient="Patient D", dob="05/30/1966", sex="Male", diagnosis="Colon adenocarcinoma, metastatic to liver",
                physician="Gregory Almanza, MD", facility="Cumberland Valley Cancer Institute",
                specimen="Blood, 2 tubes (cfDNA BCT)", collected="02/18/2025", received="02/20/2025",
                reported="03/04/2025", accession="VOD-25-118730", test="VeriPlasma CGP")
    green = lab.green
    s = []
    tiles = tbl([
        ["BLOOD TUMOR MUTATIONAL BURDEN", "MICROSATELLITE INSTABILITY", "TUMOR FRACTION"],
        [[bigp("8 mut/Mb", st, 13), P("bTMB-Low (cut-off ≥16 mut/Mb)", st["cell"])],
         [bigp("MSI-High NOT DETECTED", st, 13), P("microsatellite status: stable", st["cell"])],
         [bigp("14%", st, 13), P("estimated from aneuploidy and variant fractions", st["cell"])]],
    ], [W / 3] * 3, st, grid="grid", line=colors.white, lw=3, headbg=green, headfg=colors.white,
        extra=[("BACKGROUND", (0, 1), (-1, 1), lab.pale)])
    s.append(tiles)
    s.append(P("GENOMIC FINDINGS", st["h2"]))
    s.append(P("Alterations are listed in order of clinical significance. VAF = variant allele frequency in cfDNA.", st["small"]))
    s.append(tbl([
        ["Gene", "Alteration", "cDNA", "VAF", "", "Clinical significance", "Therapies with potential benefit / resistance"],
        ["KRAS", "G12D", "c.35G&gt;A", "11.4%", bar(11.4, 15, 50), "Tier I — predictive", "Resistance: cetuximab, panitumumab"],
        ["TP53", "R175H", "c.524G&gt;A", "10.8%", bar(10.8, 15, 50), "Tier II — pathogenic", "None"],
        ["APC", "R1450*", "c.4348C&gt;T", "12.0%", bar(12.0, 15, 50), "Tier II — pathogenic", "None"],
        ["SMAD4", "R361H", "c.1082G&gt;A", "9.7%", bar(9.7, 15, 50), "Tier II — likely pathogenic", "None"],
        ["PIK3CA", "E545K", "c.1633G&gt;A", "5.1%", bar(5.1, 15, 50), "Tier II — pathogenic", "Clinical trials"],
    ], [44, 60, 62, 36, 56, 120, 188], st, grid="hlines", line=colors.HexColor("#b8d8c9"), headbg=lab.pale))
    s.append(Spacer(1, 6))
    s.append(P("<b>Not detected in this specimen:</b> BRAF V600E; NRAS mutations (exons 2, 3 and 4); ERBB2 amplification; "
               "MET amplification. Genes with no findings are listed in the appendix only as part of the panel.", st["body"]))
    s.append(P("Failure to detect an alteration does not exclude its presence in the tumor. Detection of copy-number "
               "amplification in plasma requires adequate tumor fraction; at 14% the assay is expected to detect a "
               "focal ERBB2 or MET amplification of plasma copy number ≥2.5.", st["small"]))
    s.append(PageBreak())
    s.append(P("VARIANTS OF UNKNOWN SIGNIFICANCE", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Gene", "Alteration", "VAF"],
        ["ATR", "A1304T", "0.6%", "KMT2D", "P2354S", "10.9%"],
        ["FAT1", "E2811K", "0.3%", "NOTCH3", "R1761H", "49.1%"],
        ["LRP1B", "—", "not in panel", "PTPRO", "T306M", "0.4%"],
    ], [50, 80, 60, 50, 80, 60], st, grid="rules"))
    s.append(P("VUS are not used to guide treatment. Variants with allele frequencies near 50% (e.g. NOTCH3 R1761H) may be "
               "germline; this test is not designed to identify germline variants.", st["small"]))
    s.append(P("POTENTIAL CLONAL HEMATOPOIESIS", st["h2"]))
    s.append(P("The following alterations are characteristic of clonal hematopoiesis of indeterminate potential (CHIP) and "
               "are not considered tumor-derived. They are excluded from bTMB and from therapy matching.", st["small"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Basis for CH assignment"],
        ["DNMT3A", "R882H", "1.1%", "Canonical CH hotspot; VAF discordant with tumor fraction"],
        ["TET2", "Q1034*", "0.7%", "Gene and VAF profile typical of CH"],
    ], [60, 80, 50, 300], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(P("THERAPY ASSOCIATIONS", st["h2"]))
    s.append(tbl([
        ["Biomarker", "This indication", "Other indications", "Comment"],
        ["KRAS G12D", "Anti-EGFR monoclonal antibodies: lack of benefit (cetuximab, panitumumab)", "—",
         "KRAS G12D-selective inhibitors are in early-phase trials"],
        ["PIK3CA E545K", "—", "Alpelisib, capivasertib, inavolisib (breast cancer)", "Aspirin adjuvant data in PIK3CA-mutant CRC are investigational"],
        ["bTMB 8 mut/Mb", "—", "—", "Below the ≥16 mut/Mb level used in blood-based immunotherapy studies"],
    ], [90, 170, 150, 156], st, grid="grid", line=colors.HexColor("#b8d8c9"), headbg=lab.pale))
    s.append(P("CLINICAL TRIALS", st["h3"]))
    s.append(tbl([
        ["Study", "Phase", "Target", "Nearest site"],
        ["VOD-RAS-0412 — oral pan-RAS(ON) inhibitor in KRAS-mutant solid tumors", "1/2", "KRAS", "Hollis Ferry, TN"],
        ["PIKAS-CRC — PI3Kα-selective inhibitor plus cetuximab in PIK3CA-mutant CRC", "2", "PIK3CA (RAS wild-type only)", "Ridgeway, KY"],
    ], [300, 40, 120, 106], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(PageBreak())
    s.append(P("METHODS AND LIMITATIONS", st["h2"]))
    s.append(P("Cell-free DNA (39 ng) was sequenced by hybrid capture across the coding regions of 310 genes, with "
               "selected introns for rearrangements, to a median unique depth of 3,850x. Reportable range: SNVs and "
               "indels ≥0.25% VAF (hotspots ≥0.1%); amplifications at gene-specific plasma copy number thresholds; "
               "fusions ≥0.2%. <b>bTMB</b> is the number of somatic coding SNVs and indels per megabase in 1.05 Mb "
               "of sequence after removal of germline and CH variants; a value of 16 mut/Mb or more is reported "
               "as bTMB-High. <b>MSI</b> is assessed from 95 homopolymer loci and is reported as MSI-High or not "
               "detected; MSI-low is not reported. Tumor fraction is estimated jointly from genome-wide aneuploidy "
               "and the allele fractions of somatic variants.", st["body"]))
    s.append(P("Limitations: low tumor fraction reduces sensitivity for all alteration classes; copy-number losses and "
               "germline variants are not reported; results are not intended for diagnosis of hematologic conditions. "
               "This assay was developed and validated by Veridian Oncology Diagnostics and has not been cleared by "
               "the FDA.", st["small"]))
    s.append(P("GENES ON THE PANEL", st["h3"]))
    s.append(gene_grid(BIG, 16, W, st, style="cellsmall"))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed by Anand Ruiz-Falk, MD, Medical Director, on 03/04/2025.", st["small"]))
    labels = [
        L("KRAS", "mutation", "positive", ["KRAS G12D", "11.4%"], alteration="G12D"),
        L("TP53", "mutation", "positive", ["R175H", "10.8%"], alteration="R175H"),
        L("PIK3CA", "mutation", "positive", ["E545K", "5.1%"], alteration="E545K"),
        L("TMB", "signature", "negative", ["8 mut/Mb", "bTMB-Low"], value="8 mut/Mb"),
        L("MSI", "signature", "negative", "MSI-High NOT DETECTED"),
        L("BRAF", "mutation", "negative", "Not detected in this specimen: BRAF V600E", alteration="V600E"),
        L("NRAS", "mutation", "negative", "NRAS mutations (exons 2, 3 and 4)"),
        L("HER2", "amplification", "negative", "ERBB2 amplification; MET amplification"),
        L("MET", "amplification", "negative", "ERBB2 amplification; MET amplification"),
    ]
    return Report("7504", lab, meta, s, labels, title="VeriPlasma CGP Comprehensive Report",
                  doc="Commercial 310-gene plasma CGP, landscape, sidebar layout", tumour="Colorectal adenocarcinoma, metastatic",
                  kinds=["LAND", "SIG", "TF", "VT", "VUS", "CHIP", "ND", "THER", "PANEL"],
                  note="Biomarker tiles (bTMB low with cut-off, MSI-H not detected, tumour fraction) above a variant table with drawn VAF bars; CH table (DNMT3A, TET2) and VUS near 50% are near misses; negatives for BRAF V600E, NRAS, ERBB2 and MET amplification.")


# =============================================================================== 7505
def r7505():
    lab = TESSELLATE
    st = lab.st
    W = 612 - 100
    pur = lab.purple
    meta = dict(patient="Patient E", dob="12/02/1971", accession="TS-25-30871", physician="Rosa Delacroix-Imai, MD",
                facility="Lakemont Colorectal Surgery & Oncology")
    s = []
    pill = tbl([["CURRENT RESULT", "MEAN TUMOR MOLECULES / mL", "DRAW"],
                [bigp("ctDNA DETECTED", st, 15, color=pur), bigp("3.42 MTM/mL", st, 15),
                 "02/10/2025 (surveillance draw 3)"]],
               [W * 0.4, W * 0.3, W * 0.3], st, grid="box", line=pur, lw=1.5, headbg=colors.HexColor("#ece6f5"))
    s.append(pill)
    s.append(Spacer(1, 6))
    s.append(kv([["Specimen", "Plasma, 2 × 10 mL cfDNA BCT", "Tumor tissue used for design", "Resection, sigmoid colon, 06/05/2024 (block A7)"],
                 ["Diagnosis", "Sigmoid adenocarcinoma, pT3 N1b M0 (stage IIIB)", "Matched normal", "Buffy coat, 06/2024"],
                 ["Treatment", "Adjuvant CAPOX x 8 cycles, completed 11/2024", "Variants tracked", "16 somatic SNVs/indels"]],
                [58, 170, 110, 174], st, grid="none"))
    s.append(P("Serial ctDNA results", st["h2"]))
    chart = serial_chart(["07/22/2024", "10/21/2024", "02/10/2025"],
                         [("MTM/mL", [None, None, 3.42], pur)], W * 0.55, 130, font="DejaVuSans",
                         ymax=4, yticks=[0, 1, 2, 3, 4], fmt="{:g}", ylabel="MTM/mL", legend=False)
    table = tbl([["Draw date", "Days post-op", "Result", "MTM/mL", "Variants detected"],
                 ["07/22/2024", "47", "NEGATIVE", "0.00", "0 / 16"],
                 ["10/21/2024", "138", "NEGATIVE", "0.00", "0 / 16"],
                 ["02/10/2025", "250", "<b>POSITIVE</b>", "<b>3.42</b>", "<b>9 / 16</b>"]],
                [54, 40, 54, 46, 48], st, grid="rules", line=pur)
    from reportlab.platypus import Table as _T
    side = _T([[chart, table]], colWidths=[W * 0.55, W * 0.45])
    side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    s.append(side)
    s.append(P("A draw is called positive when two or more tracked variants are detected above background. MTM/mL is "
               "the estimated number of tumor-derived genome copies per mL of plasma.", st["small"]))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("Circulating tumor DNA is detected in the current draw, collected three months after completion of "
               "adjuvant chemotherapy, following two negative post-operative draws. In published surveillance cohorts, "
               "conversion to ctDNA-positive status has been associated with a high risk of radiological recurrence; "
               "correlation with imaging and CEA is recommended. A repeat draw is not required to confirm this result.", st["body"]))
    s.append(PageBreak())
    s.append(P("Hotspot panel add-on (tumor-naive)", st["h2"]))
    s.append(P("Ordered with the current draw. Selected hotspots are analysed in the same plasma regardless of the "
               "tumor profile. Earlier draws were re-analysed from stored cfDNA for comparison.", st["small"]))
    s.append(tbl([
        ["Gene", "Variant", "02/10/2025 (current)", "10/21/2024", "07/22/2024", "Comment"],
        ["KRAS", "p.G13D (c.38G&gt;A)", "<b>DETECTED 0.21%</b>", "Not detected", "Not detected", "Matches tumor variant"],
        ["BRAF", "p.V600E (c.1799T&gt;A)", "Not detected", "Not detected", "Not detected", "—"],
        ["PIK3CA", "E542K / E545K / H1047R", "Not detected", "Not detected", "Not detected", "Hotspots only"],
    ], [40, 100, 90, 66, 66, 150], st, grid="grid", line=colors.HexColor("#c9bde0"), headbg=colors.HexColor("#ece6f5")))
    s.append(Spacer(1, 4))
    s.append(P("Detection limit for the add-on: 0.05% VAF at ≥20 ng input. Variants below this level are not reported.", st["small"]))
    s.append(P("Tumor profile at assay design (for reference)", st["h2"]))
    s.append(P("Whole-exome sequencing of the resection specimen (tumor content 60%) and matched normal was performed "
               "in 06/2024 to select the tracked variants. The design report (TS-D-24-11720) listed KRAS p.G13D "
               "(tissue VAF 31%) and APC p.R1114* among the clonal variants; the tumor was microsatellite stable with "
               "a tissue TMB of 4.1 mut/Mb. The identities of the remaining tracked variants are given in the design "
               "report and are not repeated here.", st["body"]))
    s.append(P("Methods", st["h2"]))
    s.append(P("Patient-specific multiplex PCR of 16 clonal somatic variants selected from tumor/normal exome data, "
               "followed by ultra-deep sequencing of plasma cfDNA (input this draw: 24 ng). Germline and clonal "
               "hematopoiesis variants are excluded at design by sequencing of matched buffy-coat DNA. The assay is "
               "not designed to detect new primary cancers or tumor clones that do not carry the tracked variants.", st["body"]))
    s.append(P("Limitations", st["h3"]))
    s.extend(bullets([
        "A negative result does not rule out residual disease below the limit of detection.",
        "MTM/mL may be affected by recent surgery, infection or chemotherapy.",
        "Results of the hotspot add-on are reported as detected or not detected with the measured VAF; a not-detected "
        "result for BRAF does not exclude a BRAF alteration outside codon 600.",
    ], st))
    s.append(Spacer(1, 10))
    s.append(P("Reviewed and approved by Celeste Amundsen, PhD, FACMG, Laboratory Director — 02/19/2025.", st["small"]))
    s.append(P("This test was developed and its performance characteristics determined by Tessellate Diagnostics. It has "
               "not been cleared or approved by the FDA.", st["tiny"]))
    labels = [
        L("KRAS", "mutation", "positive", ["p.G13D (c.38G>A)", "DETECTED 0.21%"], alteration="G13D"),
        L("BRAF", "mutation", "negative", "p.V600E (c.1799T>A) Not detected", alteration="V600E"),
        L("PIK3CA", "mutation", "negative", "E542K / E545K / H1047R Not detected"),
        L("MSI", "signature", "negative", "the tumor was microsatellite stable", optional=True),
        L("TMB", "signature", "reported", "tissue TMB of 4.1 mut/Mb", value="4.1 mut/Mb", optional=True),
    ]
    return Report("7505", lab, meta, s, labels, title="TraceSignal MRD Report",
                  doc="Tumour-informed MRD report with a tumour-naive hotspot add-on", tumour="Colon adenocarcinoma, stage IIIB, surveillance",
                  kinds=["SER", "VT", "ND", "TISS"],
                  note="ctDNA-positive MRD draw (not a marker) with a line chart and serial table; add-on hotspot table over three draws: KRAS G13D detected only in the current draw, BRAF and PIK3CA negative; tissue MSS and TMB from the design report are optional.")


def _mono(lines: str, st, bold=False, size=None):
    from reportlab.platypus import Preformatted
    sty = ParagraphStyle("mono", fontName="Courier-Bold" if bold else "Courier", fontSize=size or 8.6,
                         leading=(size or 8.6) * 1.22)
    return Preformatted(lines.strip("\n"), sty)


# =============================================================================== 7506
def r7506():
    lab = KESTREL
    st = lab.st
    meta = dict(patient="Patient F", dob="08/19/1963", sex="M", accession="KM25-004188",
                physician="Darnell Whitcomb-Ayers, MD", facility="Summit Skin & Melanoma Ctr",
                printed="04/09/2025 16:22")
    s = []
    s.append(_mono("""
TEST:      CFDNA HOTSPOT PANEL (14 GENES), PLASMA  [KPL 8841]            STATUS: FINAL
SPECIMEN:  PLASMA FROM WHOLE BLOOD, 2 STRECK TUBES      SPEC#: KM25-004188-01
COLLECTED: 04/02/2025 08:15     RECEIVED: 04/03/2025 11:02     VERIFIED: 04/09/2025 15:58
""", st))
    s.append(Spacer(1, 6))
    s.append(_mono("CLINICAL HISTORY (AS PROVIDED ON REQUISITION)", st, bold=True))
    s.append(_mono("""
METASTATIC CUTANEOUS MELANOMA, LEFT SHOULDER PRIMARY 2021 (BRESLOW 3.4 MM). PRIOR TISSUE
(2022, OUTSIDE LAB, LYMPH NODE): BRAF V600K DETECTED BY PCR. NIVOLUMAB/IPILIMUMAB THEN
NIVOLUMAB MAINTENANCE; PROGRESSION IN LUNG 03/2025. LDH 412 U/L. EVALUATE FOR BRAF/MEK.
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("RESULTS", st, bold=True))
    s.append(_mono("""
GENE      VARIANT (HGVS)                  MAF      INTERPRETATION          REF RANGE
--------  ------------------------------  -------  ----------------------  ------------
BRAF      c.1798_1799delinsAA p.V600K      6.2%    PATHOGENIC       [A]    NOT DETECTED
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
NRAS      --                              --       NOT DETECTED *          NOT DETECTED
PIK3CA    --                              --       NOT DETECTED            NOT DETECTED
TP53      --                              --       NOT DETECTED            NOT DETECTED

[A] = ABNORMAL       * = SEE COMMENT 2
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("INTERPRETIVE COMMENTS", st, bold=True))
    s.append(_mono("""
1. A PATHOGENIC BRAF V600K VARIANT IS DETECTED IN PLASMA CELL-FREE DNA AT A MUTANT ALLELE
   FRACTION OF 6.2%, CONCORDANT WITH THE PRIOR TISSUE RESULT. BRAF V600K IS A CLASS I BRAF
   ALTERATION; COMBINED BRAF AND MEK INHIBITION IS APPROVED FOR BRAF V600E- OR V600K-MUTANT
   MELANOMA. NOTE: THE VE1 IMMUNOSTAIN DOES NOT RECOGNISE V600K AND SHOULD NOT BE USED TO
   CONFIRM THIS RESULT.

2. A LOW-LEVEL NRAS c.182A>G (p.Q61R) SIGNAL WAS OBSERVED AT 0.04% MAF (4 UNIQUE MUTANT
   MOLECULES), BELOW THE VALIDATED REPORTING THRESHOLD OF 0.10% MAF FOR THIS HOTSPOT. IT DOES
   NOT MEET CRITERIA FOR REPORTING AND NRAS IS RESULTED AS NOT DETECTED. NRAS Q61 MUTATIONS
   ARE A RECOGNISED MECHANISM OF RESISTANCE TO BRAF/MEK INHIBITION; IF CLINICALLY INDICATED,
   REPEAT PLASMA TESTING IN 8-12 WEEKS MAY BE CONSIDERED.

3. "NOT DETECTED" INDICATES THAT NO VARIANT WAS IDENTIFIED AT THE HOTSPOTS LISTED BELOW AT OR
   ABOVE THE REPORTING THRESHOLD. IT DOES NOT EXCLUDE VARIANTS OUTSIDE THESE HOTSPOTS OR
   BELOW THE LIMIT OF DETECTION, NOR DOES IT EXCLUDE THEIR PRESENCE IN THE TUMOR.
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
    s.append(_mono("LIMITS OF DETECTION", st, bold=True))
    s.append(_mono("""
INPUT cfDNA THIS SPECIMEN: 22.4 NG (ACCEPTABLE, MINIMUM 10 NG)
SNV HOTSPOTS: 0.10% MAF   INDELS: 0.20% MAF   TP53 NON-HOTSPOT: 0.50% MAF
MEDIAN MOLECULAR COVERAGE: 3,950X   QC: PASS
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("METHOD", st, bold=True))
    s.append(_mono("""
CELL-FREE DNA WAS ISOLATED FROM PLASMA AND AMPLIFIED WITH A MULTIPLEX PCR PANEL INCORPORATING
MOLECULAR TAGS. LIBRARIES WERE SEQUENCED ON A BENCHTOP SEQUENCER. READS WERE COLLAPSED INTO
CONSENSUS FAMILIES AND VARIANTS CALLED AGAINST GRCh38 USING KPL PIPELINE 3.2. COPY NUMBER
CHANGES, FUSIONS, TUMOR MUTATIONAL BURDEN AND MICROSATELLITE STATUS ARE NOT ASSESSED.
VARIANTS OF CLONAL HEMATOPOIETIC ORIGIN CANNOT BE EXCLUDED, PARTICULARLY IN TP53.
""", st))
    s.append(Spacer(1, 8))
    s.append(_mono("DISCLAIMER", st, bold=True))
    s.append(_mono("""
THIS TEST WAS DEVELOPED AND ITS PERFORMANCE CHARACTERISTICS DETERMINED BY KESTREL PRECISION
LABORATORIES. IT HAS NOT BEEN CLEARED OR APPROVED BY THE U.S. FOOD AND DRUG ADMINISTRATION.
THE LABORATORY IS REGULATED UNDER CLIA AS QUALIFIED TO PERFORM HIGH-COMPLEXITY TESTING.
""", st))
    s.append(Spacer(1, 10))
    s.append(_mono("""
TECH: RJB/MKO          PATHOLOGIST: THEODORA HALVERSEN, MD (ELECTRONIC SIGNATURE)
                       04/09/2025 15:58
*** END OF REPORT ***
""", st))
    labels = [
        L("BRAF", "mutation", "positive", ["p.V600K", "6.2%"], alteration="V600K"),
        L("NRAS", "mutation", "negative", ["NOT DETECTED *", "BELOW THE VALIDATED REPORTING THRESHOLD"], optional=True),
        L("EGFR", "mutation", "negative", "EGFR -- -- NOT DETECTED"),
        L("HER2", "mutation", "negative", "ERBB2 -- -- NOT DETECTED"),
        L("HRAS", "mutation", "negative", "HRAS -- -- NOT DETECTED"),
        L("IDH1", "mutation", "negative", "IDH1 -- -- NOT DETECTED"),
        L("IDH2", "mutation", "negative", "IDH2 -- -- NOT DETECTED"),
        L("KRAS", "mutation", "negative", "KRAS -- -- NOT DETECTED"),
        L("PIK3CA", "mutation", "negative", "PIK3CA -- -- NOT DETECTED"),
        L("TP53", "mutation", "negative", "TP53 -- -- NOT DETECTED"),
    ]
    return Report("7506", lab, meta, s, labels, title="KPL cfDNA Hotspot Panel",
                  doc="Reference-lab LIS printout, monospace, 14-gene hotspot panel", tumour="Cutaneous melanoma, progression on immunotherapy",
                  kinds=["LIS", "VT", "ND", "SUB", "TISS", "LOD"],
                  note="Fixed-width result table: BRAF V600K positive and thirteen genes 'NOT DETECTED'; NRAS Q61R seen below the reporting threshold so the NRAS negative is optional; VE1 caveat, hotspot list and LoD block are near misses.")


# =============================================================================== 7507
def r7507():
    lab = SAINTARNOULT
    st = lab.st
    W = 595.27 - 40 * mm
    bx = lab.bordeaux
    meta = dict(patient="Patient G", accession="GS-25-00794", test="ADN tumoral circulant – panel NGS 33 gènes (suivi longitudinal)")
    s = []
    s.append(kv([
        ["Patient(e)", "Patient G", "N° d'analyse", "GS-25-00794"],
        ["Né(e) le", "02/04/1980 (F)", "Prélèvement / Collected", "11/03/2025"],
        ["Prescripteur", "Dr Émilie Vautrin-Lacaze, Oncologie thoracique", "Réception", "12/03/2025"],
        ["Matériel / Specimen", "Plasma (2 tubes Streck 10 mL)", "Validation", "21/03/2025"],
    ], [70, 170, 90, 150], st, grid="box", line=bx))
    s.append(P("Renseignements cliniques / Clinical information", st["h2"]))
    s.append(P("Adénocarcinome pulmonaire stade IV diagnostiqué en 06/2022 (biopsie pleurale) : réarrangement ALK "
               "mis en évidence par immunohistochimie (clone D5F3, positive) et confirmé par FISH. Alectinib depuis "
               "07/2022. Progression hépatique et surrénalienne au scanner de 02/2025. Demande : recherche de "
               "mécanismes de résistance sur ADN circulant.", st["body"]))
    s.append(P("Résultats / Results", st["h2"]))
    s.append(P("Suivi longitudinal des altérations détectées (fraction allélique, %). La colonne grisée correspond au "
               "prélèvement analysé dans ce compte rendu.", st["small"]))
    grey = colors.HexColor("#eeeeee")
    s.append(tbl([
        ["Altération / alteration", "14/06/2022 (diagnostic)", "20/09/2023 (réponse)", "11/03/2025 (ce prélèvement)"],
        ["<b>EML4::ALK</b> (variant 3, E6;A20) — fusion", "3,1 %", "non détecté", "<b>1,9 %</b>"],
        ["<b>ALK</b> c.3604G&gt;A p.(Gly1202Arg)", "non détecté", "non détecté", "<b>0,8 %</b>"],
        ["<b>TP53</b> c.527G&gt;T p.(Cys176Phe)", "2,7 %", "0,3 %", "<b>1,7 %</b>"],
        ["Fraction tumorale estimée", "6 %", "&lt; 1 %", "4 %"],
    ], [170, 90, 90, 110], st, grid="grid", line=colors.HexColor("#b9a0a9"), headbg=colors.HexColor("#f3e6eb"),
        extra=[("BACKGROUND", (3, 1), (3, -1), grey)]))
    s.append(Spacer(1, 6))
    chart = serial_chart(["06/2022", "09/2023", "03/2025"],
                         [("EML4::ALK", [3.1, None, 1.9], bx), ("ALK G1202R", [None, None, 0.8], colors.HexColor("#d08a3a")),
                          ("TP53 C176F", [2.7, 0.3, 1.7], colors.HexColor("#777777"))],
                         300, 120, font="Helvetica", ymax=4, yticks=[0, 1, 2, 3, 4], fmt="{:g} %")
    s.append(chart)
    s.append(P("Conclusion", st["h2"]))
    s.append(P("Sur le prélèvement plasmatique du 11/03/2025, présence du <b>réarrangement EML4::ALK</b> (variant 3) "
               "et d'une <b>mutation de résistance ALK p.(Gly1202Arg)</b>, non détectée sur les prélèvements antérieurs, "
               "associée à une variation pathogène de TP53. La mutation G1202R est décrite comme conférant une "
               "résistance aux inhibiteurs de tyrosine kinase d'ALK de deuxième génération (dont l'alectinib) ; une "
               "sensibilité au lorlatinib est rapportée dans la littérature.", st["body"]))
    s.append(P("<i>English summary: the EML4::ALK fusion (variant 3) and an ALK G1202R resistance mutation are "
               "detected in the current plasma sample, together with TP53 C176F. G1202R was not detected in earlier "
               "draws. Discussion at the thoracic molecular tumour board is recommended.</i>", st["body"]))
    s.append(P("Aucune autre variation pathogène n'a été identifiée parmi les gènes du panel (voir liste en annexe). "
               "Une variation de signification inconnue est rapportée ci-dessous à titre informatif.", st["body"]))
    s.append(tbl([
        ["Gène", "Variation", "Fraction allélique", "Classification"],
        ["ERBB4", "c.1655C&gt;T p.(Thr552Met)", "0,6 %", "VSI / VUS (classe 3)"],
    ], [60, 170, 90, 140], st, grid="rules", line=bx))
    s.append(PageBreak())
    s.append(P("Méthode / Method", st["h2"]))
    s.append(P("Extraction de l'ADN libre circulant à partir de 4,2 mL de plasma (quantité : 27 ng). Séquençage de "
               "nouvelle génération après capture (33 gènes, exons et introns ciblés pour ALK, ROS1, RET et NTRK1/3), "
               "avec identifiants moléculaires uniques. Profondeur médiane après déduplication : 5 200x. Seuil de "
               "détection : 0,2 % pour les substitutions, 0,5 % pour les fusions. Les altérations des prélèvements "
               "antérieurs ont été obtenues avec la même technique (version 2 du panel en 2022).", st["body"]))
    s.append(P("Limites / Limitations", st["h3"]))
    s.extend(bullets([
        "Un résultat « non détecté » ne permet pas d'exclure la présence de l'altération dans la tumeur, en particulier "
        "lorsque la fraction tumorale est faible.",
        "Les variations observées peuvent provenir d'une hématopoïèse clonale (en particulier TP53) ; la concordance "
        "cinétique avec EML4::ALK plaide ici pour une origine tumorale.",
        "Les amplifications et les pertes de nombre de copies ne sont pas rendues par ce panel (MET, notamment, "
        "n'est pas évaluable en nombre de copies).",
    ], st, char="–"))
    s.append(P("Gènes analysés / Genes analysed", st["h3"]))
    s.append(gene_grid(STARN_PANEL, 9, W, st, style="cellsmall"))
    s.append(Spacer(1, 14))
    s.append(kv([["Biologiste responsable", "Dr Mathilde Roussel-Ferrand, PharmD, PhD"],
                 ["Pathologiste", "Pr Baptiste Honnorat"],
                 ["Date de validation", "21/03/2025"]], [110, 250], st))
    s.append(Spacer(1, 8))
    s.append(P("Ce compte rendu ne peut être reproduit que dans son intégralité. Les résultats doivent être interprétés "
               "par le clinicien en fonction du contexte clinique.", st["tiny"]))
    labels = [
        L("ALK", "fusion", "positive", ["EML4::ALK", "1,9 %"], alteration="EML4-ALK"),
        L("ALK", "mutation", "positive", ["p.(Gly1202Arg)", "0,8 %"], alteration="G1202R"),
        L("TP53", "mutation", "positive", ["p.(Cys176Phe)", "1,7 %"], alteration="C176F"),
        L("ALK", "expression", "positive", "immunohistochimie (clone D5F3, positive)", optional=True),
    ]
    return Report("7507", lab, meta, s, labels, title="Compte rendu – ADN tumoral circulant",
                  doc="French academic platform, tumour-naive serial plasma NGS, bilingual", tumour="ALK-rearranged lung adenocarcinoma on alectinib",
                  kinds=["SER", "FUS", "VT", "VUS", "TF", "PANEL", "TISS", "FR"],
                  note="Serial table and chart with decimal commas: current column carries EML4::ALK, ALK G1202R and TP53; earlier-draw values are near misses; D5F3 IHC from 2022 is an optional expression label; ERBB4 VUS; MET copy number explicitly not evaluable.")


# =============================================================================== 7508
def r7508():
    lab = MERIDIAN
    st = lab.st
    W = 595.27 - 36 * mm
    g = lab.green
    pale = colors.HexColor("#e8f3e9")
    meta = dict(patient="Patient H", accession="MCP-M25-22016", collected="14/04/2025", reported="24/04/2025",
                copyto="Dr Priya Raghunathan (Medical Oncology); Familial Cancer Clinic, Port Calder")
    s = []
    s.append(kv([
        ["Patient", "Patient H", "Requesting doctor", "Dr Priya Raghunathan"],
        ["DOB / Sex", "27/01/1969 / F", "Clinic", "Port Calder Breast Oncology"],
        ["Medicare-style ref", "MCX 4418 09917", "Specimen", "Blood, 2 × 10 mL cfDNA tubes"],
        ["Lab No", "MCP-M25-22016", "Collected / Received", "14/04/2025 / 15/04/2025"],
    ], [80, 160, 90, 180], st, grid="grid", line=colors.HexColor("#c5dcc7")))
    s.append(Spacer(1, 6))
    s.append(P("Clinical notes: metastatic breast cancer (bone, liver) on letrozole + ribociclib since 2023; "
               "rising CA 15-3. Primary 2021: invasive ductal carcinoma, ER 95%, PR 20%, HER2 IHC 1+ (HER2-low), "
               "Ki-67 25%. Query ESR1/PIK3CA before change of therapy.", st["body"]))
    summary = [
        P("<b>Tier I/II somatic variants</b>", st["cell"]),
        P("PIK3CA c.3140A&gt;G p.(His1047Arg), VAF 3.3%  ·  ESR1 c.1613A&gt;G p.(Asp538Gly), VAF 1.2%  ·  "
          "ESR1 c.1610A&gt;C p.(Tyr537Ser), VAF 0.4%", st["cell"]),
        Spacer(1, 3),
        P("<b>Variant of possible germline origin</b>", st["cell"]),
        P("BRCA2 c.5946del p.(Ser1982Argfs*22), VAF 48.7% — pathogenic. Germline confirmation is recommended (see page 2).", st["cell"]),
        Spacer(1, 3),
        P("<b>Variants likely arising from clonal haematopoiesis</b>", st["cell"]),
        P("TP53, DNMT3A, TET2 (not considered tumour-derived).", st["cell"]),
        Spacer(1, 3),
        P("<b>Copy number</b>: CCND1 amplification (plasma copy number 3.4). No ERBB2 (HER2) amplification or ERBB2 mutation detected.", st["cell"]),
    ]
    s.append(boxed(summary, W, border=g, bg=pale, lw=1.2, title="SUMMARY OF FINDINGS", title_bg=g,
                   title_style=ParagraphStyle("tt", parent=st["cellhead"], textColor=colors.white)))
    s.append(P("Somatic variants", st["h2"]))
    s.append(tbl([
        ["Gene", "Variant", "VAF", "Tier (AMP/ASCO/CAP)", "Comment"],
        ["PIK3CA", "NM_006218.4:c.3140A&gt;G p.(His1047Arg)", "3.3%", "IA", "Kinase-domain hotspot; PI3K-pathway inhibitors"],
        ["ESR1", "NM_000125.4:c.1613A&gt;G p.(Asp538Gly)", "1.2%", "IA", "Ligand-binding domain; endocrine resistance"],
        ["ESR1", "NM_000125.4:c.1610A&gt;C p.(Tyr537Ser)", "0.4%", "IA", "Ligand-binding domain; polyclonal ESR1"],
        ["CCND1", "Amplification (plasma copy number 3.4)", "—", "IIC", "No directed therapy"],
    ], [40, 160, 32, 70, W - 302], st, grid="hlines", line=colors.HexColor("#c5dcc7"), headbg=pale))
    s.append(P("Possible clonal haematopoiesis (CH)", st["h2"]))
    s.append(P("The variants below are pathogenic but their gene, allele fraction and the patient's age suggest origin in "
               "blood cells rather than the tumour. Matched white-cell sequencing was not performed; tumour origin "
               "cannot be excluded with certainty. They are not used for therapy matching.", st["small"]))
    s.append(tbl([
        ["Gene", "Variant", "VAF", "CH likelihood"],
        ["TP53", "c.659A&gt;G p.(Tyr220Cys)", "0.7%", "Likely CH (VAF discordant with tumour variants; no TP53 variant in 2021 tissue)"],
        ["DNMT3A", "c.2645G&gt;A p.(Arg882His)", "1.4%", "Likely CH (canonical)"],
        ["TET2", "c.3100C&gt;T p.(Gln1034Ter)", "0.9%", "Likely CH"],
    ], [44, 130, 34, W - 208], st, grid="rules", line=g))
    s.append(PageBreak())
    s.append(P("Variant of possible germline origin", st["h2"]))
    s.append(P("BRCA2 c.5946del p.(Ser1982Argfs*22) is detected at a variant allele fraction of 48.7%, consistent with a "
               "heterozygous constitutional variant. This frameshift is classified as pathogenic. This is a somatic "
               "assay on plasma and cannot establish germline status. Referral to the Familial Cancer Clinic (copied) "
               "for germline testing is recommended; cascade testing of relatives should be based on the confirmed "
               "germline result and not on this report. The finding may also be relevant to PARP inhibitor eligibility.", st["body"]))
    s.append(P("Therapeutic associations", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Approved options (breast cancer)", "Evidence level"],
        ["PIK3CA H1047R", "Alpelisib + fulvestrant; capivasertib + fulvestrant; inavolisib combination", "Level 1"],
        ["ESR1 D538G / Y537S", "Elacestrant", "Level 1"],
        ["BRCA2 (germline, if confirmed)", "Olaparib; talazoparib", "Level 1 (germline only)"],
        ["ERBB2 (HER2-low by IHC)", "Trastuzumab deruxtecan — based on tissue IHC, not on this assay", "Not assessed"],
    ], [120, 260, W - 380], st, grid="grid", line=colors.HexColor("#c5dcc7"), headbg=pale))
    s.append(P("Method and limitations", st["h2"]))
    s.append(P("LiquidScope™ is a hybrid-capture cfDNA assay covering 52 genes (coding exons, with ESR1 and PIK3CA "
               "hotspot enrichment) and copy number for 11 genes. cfDNA input: 34 ng; median deduplicated depth 5,600x. "
               "Reportable range: SNV/indel ≥0.2% VAF; amplification at plasma copy number ≥2.3 for ERBB2 and CCND1. "
               "Variants in DNMT3A, TET2, ASXL1, PPM1D and low-VAF TP53 variants are assessed for CH using allele "
               "fraction, mutational context and age-associated frequency. A negative result does not exclude an "
               "alteration in the tumour, especially where tumour fraction is low.", st["body"]))
    s.append(P("Genes analysed", st["h3"]))
    from genes import MERIDIAN52
    s.append(gene_grid(sorted(MERIDIAN52), 9, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Reported by Dr Oliver Tran-Mackie, Scientist-in-Charge. Authorised by Dr Hannah Kowalczyk-Reid, FRCPA, "
               "Molecular Pathologist, 24/04/2025.", st["small"]))
    labels = [
        L("PIK3CA", "mutation", "positive", ["p.(His1047Arg)", "3.3%"], alteration="H1047R"),
        L("BRCA2", "mutation", "positive", ["c.5946del p.(Ser1982Argfs*22)", "48.7%"], alteration="S1982Rfs*22"),
        L("TP53", "mutation", "positive", ["p.(Tyr220Cys)", "Likely CH"], alteration="Y220C", optional=True),
        L("HER2", "amplification", "negative", "No ERBB2 (HER2) amplification or ERBB2 mutation detected"),
        L("HER2", "mutation", "negative", "No ERBB2 (HER2) amplification or ERBB2 mutation detected"),
        L("ER", "expression", "positive", "ER 95%", percent=95, optional=True),
        L("PR", "expression", "positive", "PR 20%", percent=20, optional=True),
        L("HER2", "expression", "negative", "HER2 IHC 1+", ihc_score="1+", optional=True),
        L("Ki-67", "expression", "reported", "Ki-67 25%", percent=25, optional=True),
    ]
    return Report("7508", lab, meta, s, labels, title="LiquidScope cfDNA Report",
                  doc="Australian private pathology cfDNA 52-gene report", tumour="HR-positive metastatic breast cancer",
                  kinds=["BOX", "VT", "CHIP", "GERM", "CNV", "THER", "PANEL", "TISS"],
                  note="PIK3CA H1047R with out-of-scope ESR1 hotspots; BRCA2 frameshift at 48.7% flagged possibly germline (labelled positive); TP53 Y220C flagged likely CH (optional); HER2 amplification and mutation negative; 2021 ER/PR/HER2/Ki-67 in the clinical notes are optional.")


# =============================================================================== 7509
def r7509():
    lab = ARDENT
    st = lab.st
    W = 612 - 120
    red = lab.red
    meta = dict(patient="Patient I", mrn="70-118-4472", accession="MGP25-1406", reported="06/12/2025")
    s = []
    s.append(kv([
        ["Patient:", "Patient I", "Case:", "MGP25-1406"],
        ["MRN:", "70-118-4472", "Collected:", "06/03/2025 10:20"],
        ["DOB:", "11/23/1959 (M)", "Received:", "06/04/2025"],
        ["Referring:", "Wendell Osei-Bright, MD (GI Oncology)", "Specimen:", "Plasma, 2 × 10 mL Streck BCT"],
    ], [54, 200, 60, 178], st))
    s.append(P("CLINICAL INDICATION", st["h3"]))
    s.append(P("Metastatic rectal adenocarcinoma (liver, lung). Tissue 2022: KRAS, NRAS and BRAF wild-type; mismatch "
               "repair proficient (pMMR) by immunohistochemistry. First line FOLFIRI-cetuximab 2022-2023 with "
               "response, progression 11/2023 with acquired KRAS Q61H and EGFR S492R in plasma (this laboratory). "
               "Second line FOLFOX-bevacizumab, progression 05/2025. Evaluate for anti-EGFR rechallenge.", st["body"]))
    s.append(P("RESULT", st["h2"]))
    res = [
        P("PLASMA CELL-FREE DNA, TARGETED NEXT-GENERATION SEQUENCING (ARDENT ctDx-CRC, 24 GENES):", st["bodytight"]),
        Spacer(1, 3),
    ] + bullets([
        "KRAS and NRAS (codons 12, 13, 59, 61, 117, 146) and BRAF (codon 600): <b>NO MUTATION DETECTED</b>.",
        "EGFR extracellular domain (V441, S464, G465, S492): <b>NO MUTATION DETECTED</b>.",
        "ERBB2: <b>NOT AMPLIFIED</b> (plasma copy number 2.0).",
        "MET: <b>LOW-LEVEL AMPLIFICATION</b> (plasma copy number 2.4) — see comment.",
        "TP53 c.637C&gt;T p.R213* (VAF 0.9%) and APC c.3921_3925del p.E1309Dfs*4 (VAF 1.1%) detected (truncal).",
        "Estimated tumor fraction: 1.1% (LOW) — see comment regarding negative results.",
    ], st)
    s.append(boxed(res, W, border=red, lw=0.8))
    s.append(P("COMPARISON WITH PRIOR PLASMA STUDIES AT THIS CENTER", st["h2"]))

    def cell(v, val):
        return [P(v, st["cell"]), bar(val, 8, 56, 6, color=red)]
    s.append(tbl([
        ["Alteration", "11/14/2023 (MGP23-2290)", "02/20/2025 (MGP25-0377)", "06/03/2025 (current)"],
        ["KRAS p.Q61H", cell("2.1%", 2.1), cell("0.3%", 0.3), cell("Not detected", 0)],
        ["EGFR p.S492R", cell("0.9%", 0.9), cell("Not detected", 0), cell("Not detected", 0)],
        ["TP53 p.R213*", cell("6.4%", 6.4), cell("2.8%", 2.8), cell("0.9%", 0.9)],
        ["APC p.E1309Dfs*4", cell("7.0%", 7.0), cell("3.1%", 3.1), cell("1.1%", 1.1)],
        ["MET plasma copy number", "2.0", "2.1", "2.4"],
        ["Tumor fraction", "8.2%", "3.5%", "1.1%"],
    ], [110, 124, 124, 134], st, grid="rules", line=red))
    s.append(Spacer(1, 4))
    s.append(P("Bars: allele fraction on a 0-8% scale.", st["tiny"]))
    s.append(P("COMMENT", st["h2"]))
    s.append(P("The KRAS Q61H and EGFR S492R clones that emerged during first-line cetuximab are no longer detectable, "
               "consistent with their decay after withdrawal of anti-EGFR therapy. In the setting of rechallenge, "
               "the absence of RAS and EGFR ectodomain mutations in plasma has been used as an enrichment criterion "
               "in prospective studies. However, the tumor fraction in this specimen is low (1.1%), and the sensitivity "
               "for subclonal variants at this level is reduced: a variant present at less than about one-tenth of the "
               "tumor fraction may not be detected. The truncal TP53 and APC variants confirm that tumor DNA is present.", st["body"]))
    s.append(P("The MET result of 2.4 exceeds the laboratory's reporting threshold (2.3) and is reported as low-level "
               "amplification. At this tumor fraction the corresponding tumor copy number may be considerably higher; "
               "MET amplification has been described as a mechanism of resistance to anti-EGFR antibodies. Orthogonal "
               "confirmation was not performed. Microsatellite instability is not evaluated by this assay.", st["body"]))
    s.append(P("METHODS", st["h3"]))
    s.append(P("cfDNA (26 ng) from 7.8 mL plasma was analysed by hybrid capture NGS with duplex molecular barcodes "
               "(24 genes: " + ", ".join(["KRAS", "NRAS", "BRAF", "EGFR", "ERBB2", "MET", "PIK3CA", "AKT1", "MAP2K1",
                                        "PTEN", "APC", "TP53", "SMAD4", "FBXW7", "CTNNB1", "RNF43", "TGFBR2", "POLE",
                                        "NTRK1", "NTRK3", "ALK", "ROS1", "RET", "FGFR2"]) +
               "). Limit of detection 0.1% VAF for hotspots with ≥20 ng input; amplification is reported at plasma "
               "copy number ≥2.3 for ERBB2 and MET. Fusions and other genes are analysed but reported only when "
               "detected.", st["small"]))
    s.append(P("This test was developed and its performance characteristics determined by the Ardent Cancer Genomics "
               "Center molecular laboratory. It has not been cleared or approved by the FDA.", st["tiny"]))
    s.append(Spacer(1, 8))
    s.append(P("Fellow: Tobias Ekwueme, MD<br/>I have personally reviewed the data and interpretation.<br/>"
               "<b>Hannah R. Voss, MD</b>, Molecular Genetic Pathology — electronically signed 06/12/2025", st["body"]))
    labels = [
        L("KRAS", "mutation", "negative", "KRAS and NRAS (codons 12, 13, 59, 61, 117, 146)"),
        L("NRAS", "mutation", "negative", "KRAS and NRAS (codons 12, 13, 59, 61, 117, 146)"),
        L("BRAF", "mutation", "negative", "BRAF (codon 600): NO MUTATION DETECTED"),
        L("EGFR", "mutation", "negative", "EGFR extracellular domain (V441, S464, G465, S492): NO MUTATION DETECTED"),
        L("HER2", "amplification", "negative", "ERBB2: NOT AMPLIFIED"),
        L("MET", "amplification", "positive", "MET: LOW-LEVEL AMPLIFICATION (plasma copy number 2.4)", optional=True),
        L("TP53", "mutation", "positive", ["p.R213*", "(VAF 0.9%)"], alteration="R213*"),
        L("MMR", "signature", "negative", "mismatch repair proficient (pMMR)", optional=True),
    ]
    return Report("7509", lab, meta, s, labels, title="Ardent ctDx-CRC",
                  doc="Academic molecular pathology plasma report, pathology-style result block", tumour="Metastatic rectal cancer, anti-EGFR rechallenge",
                  kinds=["SER", "ND", "CNV", "TF", "QC", "TISS"],
                  note="RAS/BRAF/EGFR-ectodomain negatives in a result block; KRAS Q61H and EGFR S492R only in earlier draws (near misses); MET low-level amplification at plasma copy number 2.4 (optional); low tumour fraction caveat; tissue pMMR optional.")


# =============================================================================== 7510
def r7510():
    lab = LOTUSBAY
    st = lab.st
    W = 595.27 - 32 * mm
    red = lab.red
    meta = dict(patient="Patient J", accession="LBG-PS-25-07719", test="PlasmaSelect 38")
    s = []
    s.append(kv([
        ["Patient", "Patient J", "Sample ID", "LBG-PS-25-07719"],
        ["Date of birth", "14-Sep-1976", "Sample type", "Whole blood in cfDNA tubes (2)"],
        ["Gender", "Female", "Collection date", "06-May-2025"],
        ["Referring doctor", "Dr Tan Wei Ling", "Received date", "07-May-2025"],
        ["Institution", "Marina Heights Oncology Centre", "Report date", "15-May-2025"],
        ["Clinical diagnosis", "Lung adenocarcinoma, stage IVA, never smoker", "Tumour tissue", "Not available (CT-guided biopsy: necrotic)"],
    ], [78, 170, 72, 180], st, grid="grid", line=colors.HexColor("#e0b4b0")))
    s.append(P("KEY BIOMARKERS IN NSCLC", st["h2"]))
    on = red
    off = colors.HexColor("#cfcfcf")
    rows = [["", "Biomarker", "Result", "", "Biomarker", "Result"]]
    left = [(off, "EGFR", "Not detected"), (off, "ALK", "Not detected"), (on, "ROS1", "<b>CD74-ROS1 fusion DETECTED</b>"),
            (off, "KRAS", "Not detected"), (off, "BRAF", "Not detected")]
    right = [(off, "MET", "Exon 14 skipping: not detected<br/>Amplification: not detected"), (off, "RET", "Not detected"),
             (off, "ERBB2 (HER2)", "Not detected"), (off, "NTRK1/2/3", "Not detected"), (off, "PD-L1", "Not tested (tissue IHC)")]
    for (c1, b1, r1), (c2, b2, r2) in zip(left, right):
        rows.append([dot(c1), b1, r1, dot(c2), b2, r2])
    s.append(tbl(rows, [14, 60, 170, 14, 70, W - 328], st, grid="hlines", line=colors.HexColor("#eeeeee"),
                 valign="MIDDLE"))
    s.append(Spacer(1, 4))
    s.append(P("● detected  ○ not detected. 'Not detected' means no alteration was found at or above the limit of detection "
               "in this sample; it does not exclude its presence in the tumour.", st["tiny"]))
    s.append(P("DETAILED FINDINGS", st["h2"]))
    s.append(P("Fusions", st["h3"]))
    s.append(tbl([
        ["Fusion", "5' partner breakpoint", "3' partner breakpoint", "Unique supporting reads", "Fusion AF", "Classification"],
        ["CD74-ROS1", "CD74 exon 6", "ROS1 exon 34", "23", "0.9%", "Oncogenic — Tier IA"],
    ], [64, 84, 84, 80, 50, W - 362], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(P("Single-nucleotide variants and indels", st["h3"]))
    s.append(tbl([
        ["Gene", "cDNA", "Protein", "VAF", "Classification"],
        ["TP53", "c.473G&gt;A", "p.(Arg158His)", "1.1%", "Pathogenic — Tier IIC"],
        ["PTEN", "c.955A&gt;G", "p.(Thr319Ala)", "0.5%", "VUS — Tier III"],
    ], [50, 80, 90, 50, W - 270], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(Spacer(1, 4))
    s.append(P("Copy number: no amplification detected in EGFR, ERBB2, MET, FGFR1, CDK4 or MYC (genes assessed for "
               "copy number).", st["body"]))
    s.append(P("INTERPRETATION", st["h2"]))
    s.append(P("A CD74-ROS1 rearrangement is detected in plasma cfDNA. ROS1 fusions define a molecular subgroup of "
               "NSCLC that is typically mutually exclusive with EGFR, KRAS and ALK drivers; the absence of these drivers "
               "in this sample is consistent. TP53 p.(Arg158His) is a common co-mutation. The maximum somatic allele "
               "fraction is 1.1%, indicating a modest amount of circulating tumour DNA; negative results for other genes "
               "should be interpreted in that light.", st["body"]))
    s.append(PageBreak())
    s.append(P("THERAPIES AND CLINICAL TRIALS", st["h2"]))
    s.append(tbl([
        ["Alteration", "Therapies approved in NSCLC", "Investigational / trial"],
        ["ROS1 fusion", "Crizotinib; Entrectinib; Repotrectinib", "LBG-ROS-201 (next-generation ROS1/NTRK TKI), Singapore"],
        ["TP53 R158H", "None", "None"],
        ["Any (no driver required)", "—", "MHO-IO-33: PD-1 inhibitor ± chemotherapy, PD-L1 ≥1% (tissue)"],
    ], [100, 180, W - 280], st, grid="grid", line=colors.HexColor("#e0b4b0"), headbg=colors.HexColor("#f7e3e1")))
    s.append(P("Trial listings are informational and based on gene matching only; eligibility is determined by the trial sponsor.", st["tiny"]))
    s.append(P("QUALITY METRICS", st["h2"]))
    s.append(tbl([
        ["Metric", "Value", "Specification"],
        ["cfDNA input", "30 ng", "≥ 10 ng"],
        ["Median unique depth", "4,480x", "≥ 2,000x"],
        ["Fraction of targets ≥ 1,000x", "99.2%", "≥ 95%"],
        ["Overall QC", "PASS", ""],
    ], [150, 90, 90], st, grid="rules", line=red))
    s.append(P("METHODOLOGY", st["h2"]))
    s.append(P("PlasmaSelect 38 uses hybrid-capture enrichment of 38 genes (full coding regions for SNV/indel; copy "
               "number for 6 genes; selected introns of ALK, ROS1, RET, NTRK1/2/3 and FGFR2/3 for rearrangements) with "
               "unique molecular identifiers. Limits of detection (95%): SNV 0.2% VAF, indel 0.3%, fusion 0.3%, "
               "amplification plasma copy number 2.5 at tumour fraction ≥10%. Variants are classified using the "
               "AMP/ASCO/CAP four-tier system. Germline variants are not distinguished and variants of clonal "
               "haematopoietic origin may be detected.", st["body"]))
    s.append(P("GENES ANALYSED", st["h3"]))
    s.append(gene_grid(LOTUS38, 8, W, st, style="cellsmall", line=colors.HexColor("#e0b4b0")))
    s.append(Spacer(1, 12))
    s.append(kv([["Reported by", "Dr Nur Hidayah Rahmat, PhD, Senior Scientist"],
                 ["Approved by", "Dr Vikram Sethuraman, MBBS, FRCPath, Laboratory Director (15-May-2025)"]],
                [70, 330], st))
    labels = [
        L("ROS1", "fusion", "positive", ["CD74-ROS1 fusion DETECTED", "0.9%"], alteration="CD74-ROS1"),
        L("TP53", "mutation", "positive", ["p.(Arg158His)", "1.1%"], alteration="R158H"),
        L("EGFR", "mutation", "negative", "EGFR Not detected"),
        L("ALK", "fusion", "negative", "ALK Not detected"),
        L("KRAS", "mutation", "negative", "KRAS Not detected"),
        L("BRAF", "mutation", "negative", "BRAF Not detected"),
        L("MET", "mutation", "negative", "Exon 14 skipping: not detected", alteration="exon 14 skipping"),
        L("MET", "amplification", "negative", ["Amplification: not detected", "EGFR, ERBB2, MET, FGFR1"]),
        L("RET", "fusion", "negative", "RET Not detected"),
        L("HER2", "mutation", "negative", "ERBB2 (HER2) Not detected"),
        L("NTRK", "fusion", "negative", "NTRK1/2/3 Not detected"),
        L("EGFR", "amplification", "negative", "no amplification detected in EGFR, ERBB2, MET"),
        L("HER2", "amplification", "negative", "no amplification detected in EGFR, ERBB2, MET"),
    ]
    return Report("7510", lab, meta, s, labels, title="PlasmaSelect 38 Report",
                  doc="Commercial Asian 38-gene plasma panel with a key-biomarker dot grid", tumour="Lung adenocarcinoma, never smoker",
                  kinds=["BOX", "FUS", "VT", "VUS", "ND", "CNV", "THER", "QC", "PANEL"],
                  note="Two-column dot grid of key NSCLC biomarkers: CD74-ROS1 detected, nine negatives incl. MET exon 14 and amplification; fusion table with reads; TP53 pathogenic, PTEN VUS; copy-number negatives for EGFR/ERBB2/MET; PD-L1 'not tested' and trial rows are near misses.")
