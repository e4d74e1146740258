"""Lab C: Universitaetsklinikum Rheinfeld, Institut fuer Pathologie, Molekularpathologie
(Germany). A4 letter layout in Times, bilingual headings, ESCAT tiers, decimal commas,
English summary, two signatures."""
from reportlab.lib.pagesizes import A4

from common import GENE_LIST, L
from layout import (P, Kit, Spacer, TA_RIGHT, build_pdf, colors, draw, kv, tbl)

WINE = colors.HexColor("#6B1E2B")
KIT = Kit("Times-Roman", size=9.2, accent=WINE, rule=colors.HexColor("#7A7A7A"))
PAGE = A4
MARGINS = (57, 48, 62)
W = PAGE[0] - 105


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(WINE)
        c.rect(57, h - 62, 5, 26, stroke=0, fill=1)
        c.rect(65, h - 62, 5, 18, stroke=0, fill=1)
        c.rect(73, h - 62, 5, 10, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 86, h - 46, "Universit\u00e4tsklinikum Rheinfeld", "Times-Bold", 12.5)
        draw(c, 86, h - 58, "Institut f\u00fcr Pathologie \u00b7 Abteilung Molekularpathologie",
             "Times-Roman", 9)
        if page == 1:
            for i, line in enumerate(["Direktorin: Prof. Dr. med. Henrike Albrecht",
                                      "Molekularpathologie: PD Dr. med. Jonas Vellmer",
                                      "Auenweg 12, 55999 Rheinfeld",
                                      "Tel. +49 555 0100-4410 \u00b7 Fax -4419",
                                      "molpath@uk-rheinfeld.invalid",
                                      "Akkreditiert nach DIN EN ISO 15189"]):
                draw(c, w - 48, h - 44 - i * 9.5, line, "Times-Roman", 7.4, align="right")
        else:
            draw(c, w - 48, h - 46, f"E-Nr. {r['enr']} \u00b7 {r['patient']}, geb. {r['dob']}",
                 "Times-Roman", 8, align="right")
        c.setStrokeColor(WINE)
        c.setLineWidth(0.7)
        c.line(57, h - 68 if page > 1 else h - 104, w - 48, h - 68 if page > 1 else h - 104)
        c.setStrokeColor(colors.grey)
        c.line(57, 44, w - 48, 44)
        draw(c, 57, 34, "Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift "
             "g\u00fcltig. Vertraulich / confidential.", "Times-Italic", 7)
        draw(c, w - 48, 34, f"Seite {page} von {total}", "Times-Roman", 8, align="right")
        c.restoreState()
    return decorate


def h(de, en):
    return P(f"**{de}** / ~~{en}~~", KIT.ps(size=10.2, color=WINE, space_before=7,
                                           space_after=3))


def story(r):
    k = KIT
    s = []
    addr = [P("Universit\u00e4tsklinikum Rheinfeld \u00b7 Auenweg 12 \u00b7 55999 Rheinfeld",
              k.ps(size=6.8)), Spacer(1, 3)] + [P(x, k.body) for x in r["address"]]
    meta = kv([("Eingangs-Nr.", r["enr"]), ("Eingang", r["received"]),
               ("Befunddatum", r["reported"]), ("Ihr Zeichen", r["ref"])], k, [72, 110],
              key_style=k.ps(font=k.bold, size=8.5), val_style=k.ps(size=8.5))
    s.append(tbl([[addr, meta]], [W - 190, 190], k, header_rows=0, style=None))
    s.append(Spacer(1, 10))
    s.append(P("**Molekularpathologischer Befundbericht**", k.ps(size=13.5)))
    s.append(P("~~Molecular pathology report: next-generation sequencing (DNA and RNA)~~",
               k.ps(size=9.5)))
    s.append(Spacer(1, 6))
    s.append(kv([("Patient/in", f"{r['patient']}, geb. {r['dob']} ({r['sex']})"),
                 ("Material", r["material"]), ("Klinische Angaben", r["clinical"]),
                 ("Histologie", r["histology"]), ("Tumorzellgehalt", r["tumor"]),
                 ("Fragestellung", r["question"]),
                 ("Untersuchung", "Rheinfeld Onko-Panel (RhOP) v2: 161 Gene (DNA), "
                                  "54 Fusionsgene (RNA); TMB; MSI")], k, [100, W - 100]))
    s.append(h("Ergebnis", "Result"))
    s.append(tbl([["Gen", "Nukleotid\u00e4nderung", "Protein\u00e4nderung", "Exon", "VAF",
                   "Klasse", "ESCAT"]] + r["variants"],
                 [44, 104, 118, 32, 40, 44, W - 382], k, style="lines"))
    s.append(P("Klasse 4 = wahrscheinlich pathogen, Klasse 5 = pathogen (nach Tumorvarianten-"
               "Klassifikation). ESCAT = ESMO Scale for Clinical Actionability of molecular Targets"
               " (I-A: Nutzen in prospektiver Studie belegt; IV: pr\u00e4klinische Evidenz; "
               "X: fehlende Evidenz).", k.tiny))
    if r.get("extra_tables"):
        for title, rows, widths in r["extra_tables"]:
            s.append(Spacer(1, 4))
            s.append(P(title, k.h3))
            s.append(tbl(rows, widths, k, style="lines"))
    s.append(h("Weitere Biomarker", "Additional biomarkers"))
    s.append(tbl([["Parameter", "Ergebnis", "Bewertung / Grenzwert"]] + r["biomarkers"],
                 [150, 120, W - 270], k, style="grid"))
    s.append(h("Fusionsanalyse (RNA)", "Fusion analysis"))
    s.append(P(r["fusion"], k.body))
    s.append(h("Beurteilung", "Conclusion"))
    for para in r["conclusion"]:
        s.append(P(para, k.body))
        s.append(Spacer(1, 3))
    s.append(Spacer(1, 2))
    s.append(tbl([[[P("**English summary**", k.body)] + [P(x, k.body) for x in r["english"]]]],
                 [W], k, header_rows=0, style="box",
                 extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F6F1F2"))]))
    if r.get("vus"):
        s.append(h("Varianten unklarer Signifikanz (Klasse 3)", "Variants of uncertain "
                                                                 "significance"))
        s.append(tbl([["Gen", "Nukleotid\u00e4nderung", "Protein\u00e4nderung", "VAF",
                       "Anmerkung"]] + r["vus"], [48, 110, 120, 40, W - 318], k, style="lines",
                     zebra=colors.HexColor("#F4F4F4")))
        s.append(P("Varianten der Klassen 1 und 2 (benigne / wahrscheinlich benigne) werden nicht "
                   "berichtet.", k.tiny))
    s.append(h("Qualit\u00e4tsparameter", "Quality metrics"))
    s.append(tbl([["Parameter", "Wert", "Anforderung"]] + r["qc"], [200, 120, W - 320], k,
                 style="grid"))
    s.append(Spacer(1, 2))
    s.append(P(r["lowcov"], k.small))
    s.append(h("Methodik", "Methods"))
    s.append(P(
        "Nach Markierung des Tumorareals am HE-Schnitt durch eine Fach\u00e4rztin f\u00fcr "
        "Pathologie wurden DNA und RNA aus Paraffinschnitten (Makrodissektion) isoliert. "
        "Bibliotheken: Hybridisierungs-Capture (DNA, 161 Gene, 0,98 Mb) bzw. anchored multiplex "
        "PCR (RNA, 54 Gene). Sequenzierung 2x150 bp; Auswertung mit der validierten Pipeline "
        "RhOP-Analyse 2.3 gegen GRCh38. Die TMB wird als Anzahl nicht-synonymer somatischer "
        "Varianten pro Megabase berechnet (Schwelle hoch: ab 10 Mut/Mb), der MSI-Status aus 96 "
        "Mikrosatelliten-Loci (MSI-H: ab 20 % instabile Loci). Positiv- und Negativkontrollen "
        "(Referenz-DNA mit definierten Varianten in EGFR, KRAS, BRAF und PIK3CA sowie "
        "Wasserkontrolle) wurden mitgef\u00fchrt und waren regelrecht.", k.small))
    s.append(h("Limitationen", "Limitations"))
    s.append(P(
        "Varianten mit einer Allelfrequenz unter 5 % sowie Regionen mit einer Abdeckung unter "
        "200x werden nicht sicher erfasst. Ohne Normalgewebe kann eine Keimbahnherkunft von "
        "Varianten nicht ausgeschlossen werden; bei Verdacht wird eine humangenetische Beratung "
        "empfohlen. Die ESCAT-Einstufung bezieht sich auf die angegebene Tumorentit\u00e4t und "
        "den Stand der Literatur zum Befunddatum.", k.small))
    s.append(Spacer(1, 12))
    sig = [[P(r["sig1"], k.body), P(r["sig2"], k.body)],
           [P("Fach\u00e4rztin/Facharzt f\u00fcr Pathologie", k.small),
            P("Molekularbiologe/in (Fachhumangenetiker/in)", k.small)]]
    s.append(tbl(sig, [W / 2, W / 2], k, header_rows=0, style=None))
    s.append(Spacer(1, 4))
    s.append(P("Befund an: " + r["cc"], k.small))
    s.append(h("Anhang: Genliste RhOP v2", "Appendix: gene list"))
    s.append(P("Die folgenden Gene werden vollst\u00e4ndig (kodierende Exons) oder in "
               "Hotspot-Regionen sequenziert. Die Auflistung ist kein Befund: berichtet werden "
               "ausschlie\u00dflich die oben genannten Varianten.", k.small))
    genes = GENE_LIST[::2][:160]
    rows = [genes[i:i + 10] for i in range(0, len(genes), 10)]
    s.append(tbl(rows, [W / 10] * 10, k, header_rows=0, style="grid",
                 cell_style=k.ps(size=7), pad=2))
    s.append(P("RNA-Fusionsziele (54 Gene), u. a.: ALK, BRAF, EGFR, ETV6, FGFR1, FGFR2, FGFR3, "
               "MET (Exon-14-Skipping), NRG1, NTRK1, NTRK2, NTRK3, RET, ROS1.", k.small))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 112, 76, decorate_for(r),
                     title=f"Molekularpathologischer Befund {r['enr']}",
                     author="Universitaetsklinikum Rheinfeld, Institut fuer Pathologie",
                     creator="PathoLIMS 5 Befundmodul")


QC = lambda dna, rna, depth, pct: [
    ["DNA-Menge (Qubit)", dna, "mind. 20 ng"],
    ["RNA-Menge / DV200", rna, "mind. 20 ng / mind. 30 %"],
    ["Mittlere Abdeckung (DNA)", depth, "mind. 500x"],
    ["Zielregionen mit mind. 200x", pct, "mind. 95 %"],
]

REPORTS = {}

REPORTS["9097"] = dict(
    enr="M-2025-03318", received="10.03.2025", reported="21.03.2025", ref="OA Dr. Kessel",
    address=["Klinik f\u00fcr Gastroenterologie und Hepatologie", "Frau Dr. med. Anja Kessel",
             "im Hause"],
    patient="Patient G", dob="04.08.1961", sex="w",
    material="Leberresektat Segment VII/VIII (Pathologie-Nr. E-2025-08811, Block A4)",
    clinical="Intrahepatische Raumforderung 6,2 cm; Z. n. atypischer Leberresektion",
    histology="Intrahepatisches Cholangiokarzinom (small duct type), G2",
    tumor="ca. 70 %", question="Therapierelevante Alterationen (IDH1/2, FGFR2, BRAF, ERBB2, NTRK)",
    variants=[
        ["IDH1", "c.394C>T", "p.(Arg132Cys)", "4", "28,4 %", "5", "I-A (Ivosidenib)"],
        ["BAP1", "c.1777C>T", "p.(Gln593Ter)", "13", "31,0 %", "5", "X"],
        ["ARID1A", "c.4000C>T", "p.(Gln1334Ter)", "16", "19,6 %", "4", "X"],
    ],
    biomarkers=[
        ["Tumormutationslast (TMB)", "1,9 Mut/Mb", "niedrig (hoch: ab 10 Mut/Mb)"],
        ["Mikrosatellitenstatus", "MSS", "mikrosatellitenstabil (2/96 Loci instabil)"],
        ["ERBB2 (HER2) Kopienzahl", "2", "keine Amplifikation"],
        ["KRAS, BRAF", "Wildtyp", "keine pathogene Variante nachgewiesen"],
    ],
    fusion="Es wurde keine Genfusion nachgewiesen. Untersucht wurden unter anderem FGFR2 (alle "
           "Partner), NTRK1, NTRK2, NTRK3, RET, ALK und ROS1. Anzahl gemappter RNA-Reads: 4,1 "
           "Mio.; interne Kontrollgene ausreichend exprimiert.",
    conclusion=[
        "Im Tumorgewebe des intrahepatischen Cholangiokarzinoms wurde eine pathogene "
        "**IDH1-Mutation p.(Arg132Cys)** nachgewiesen (ESCAT I-A). Hieraus ergibt sich nach "
        "Vorbehandlung eine Zulassung f\u00fcr den IDH1-Inhibitor Ivosidenib.",
        "Zus\u00e4tzlich pathogene Varianten in BAP1 und ARID1A ohne derzeit zugelassene "
        "zielgerichtete Therapie. Kein Nachweis einer FGFR2-Fusion, keiner BRAF-V600E-Mutation "
        "und keiner ERBB2-Amplifikation. Mikrosatellitenstabil, niedrige Mutationslast.",
        "Vorstellung im Molekularen Tumorboard am 26.03.2025 vorgesehen.",
    ],
    english=["Pathogenic IDH1 mutation p.(Arg132Cys), R132C, detected (ESCAT tier I-A, "
             "ivosidenib). No FGFR2 fusion, BRAF V600E, KRAS mutation or ERBB2 amplification "
             "detected. Microsatellite stable; TMB low (1.9 mutations/Mb)."],
    vus=[
        ["PBRM1", "c.2356G>A", "p.(Val786Met)", "24,1 %", "nicht beschrieben"],
        ["NOTCH3", "c.3691C>T", "p.(Arg1231Cys)", "47,8 %", "m\u00f6glicherweise Keimbahn"],
        ["BRCA2", "c.9371A>T", "p.(Asn3124Ile)", "49,2 %", "widerspr\u00fcchlich in ClinVar; "
                                                           "m\u00f6glicherweise Keimbahn"],
    ],
    qc=QC("96 ng", "64 ng / 58 %", "1.284x", "98,6 %"),
    lowcov="Regionen mit Abdeckung unter 200x: keine therapierelevanten Hotspots betroffen.",
    sig1="Dr. med. Carla Wendt", sig2="Dr. rer. nat. Malte Sch\u00fcrmann",
    cc="Klinik f\u00fcr Gastroenterologie; Molekulares Tumorboard (Fr. Dr. Kessel)",
)
REPORTS["9097"]["labels"] = [
    L("IDH1", "mutation", "positive", ["IDH1", "p.(Arg132Cys)", "I-A (Ivosidenib)"],
      alteration="R132C"),
    L("TMB", "signature", "negative", ["1,9 Mut/Mb", "niedrig (hoch:"], value="1,9 Mut/Mb"),
    L("MSI", "signature", "negative", ["Mikrosatellitenstatus MSS", "mikrosatellitenstabil"]),
    L("HER2", "amplification", "negative", ["ERBB2 (HER2) Kopienzahl 2 keine Amplifikation"]),
    L("KRAS", "mutation", "negative", "KRAS, BRAF Wildtyp"),
    L("BRAF", "mutation", "negative", "KRAS, BRAF Wildtyp"),
    L("NTRK", "fusion", "negative", ["keine Genfusion nachgewiesen", "NTRK1, NTRK2, NTRK3"]),
    L("RET", "fusion", "negative", ["keine Genfusion nachgewiesen", "RET, ALK und ROS1"]),
    L("ALK", "fusion", "negative", ["keine Genfusion nachgewiesen", "RET, ALK und ROS1"]),
    L("ROS1", "fusion", "negative", ["keine Genfusion nachgewiesen", "RET, ALK und ROS1"]),
]

REPORTS["9098"] = dict(
    enr="M-2025-04102", received="02.04.2025", reported="15.04.2025", ref="Tumorboard 04/25",
    address=["Klinik f\u00fcr Allgemein- und Viszeralchirurgie", "Herrn Prof. Dr. med. Till "
             "Brandauer", "im Hause"],
    patient="Patient H", dob="19.01.1949", sex="w",
    material="Hemikolektomie rechts (Pathologie-Nr. E-2025-10230, Block B3)",
    clinical="Kolonkarzinom Colon ascendens, synchrone Lebermetastase",
    histology="Adenokarzinom mit medull\u00e4ren Anteilen, G3, pT3 pN0 (0/31)",
    tumor="ca. 55 %", question="RAS/BRAF, MSI/MMR, therapierelevante Alterationen",
    variants=[
        ["BRAF", "c.1799T>A", "p.(Val600Glu)", "15", "22,7 %", "5",
         "I-A (Encorafenib + Cetuximab)"],
        ["RNF43", "c.1976del", "p.(Gly659ValfsTer41)", "9", "25,3 %", "4", "X"],
        ["ARID1A", "c.5548del", "p.(Asp1850ThrfsTer33)", "20", "18,8 %", "4", "X"],
        ["TGFBR2", "c.383del", "p.(Lys128SerfsTer35)", "3", "30,1 %", "4", "X"],
    ],
    extra_tables=[(
        "Immunhistochemie Mismatch-Reparatur-Proteine (Block B3) / MMR immunohistochemistry",
        [["Protein", "Klon", "Ergebnis", "Interne Kontrolle"],
         ["MLH1", "ES05", "Verlust der Kernexpression", "positiv"],
         ["PMS2", "EP51", "Verlust der Kernexpression", "positiv"],
         ["MSH2", "G219-1129", "erhalten", "positiv"],
         ["MSH6", "EP49", "erhalten", "positiv"]],
        [60, 80, 200, W - 340])],
    biomarkers=[
        ["Tumormutationslast (TMB)", "38,5 Mut/Mb", "hoch (ab 10 Mut/Mb)"],
        ["Mikrosatellitenstatus (NGS)", "MSI-H", "41/96 Loci instabil (MSI-H: ab 20 %)"],
        ["MMR-Status (IHC)", "dMMR", "MMR-defizient: kombinierter Verlust MLH1/PMS2"],
        ["MLH1-Promotormethylierung", "nachgewiesen", "Pyrosequenzierung, 4 CpG, Mittel 38 %"],
        ["RAS (KRAS, NRAS Exon 2-4)", "Wildtyp", "kein Nachweis einer pathogenen Variante"],
    ],
    fusion="Keine Genfusion nachgewiesen (untersucht u. a. NTRK1-3, ALK, ROS1, RET, BRAF).",
    conclusion=[
        "**Mikrosatelliteninstabilit\u00e4t (MSI-H)** bei immunhistochemischem Verlust von MLH1 "
        "und PMS2 (dMMR) und hoher Tumormutationslast (38,5 Mut/Mb). Nachweis einer "
        "**BRAF-V600E-Mutation** und einer MLH1-Promotorhypermethylierung: Befundkonstellation "
        "spricht f\u00fcr ein sporadisches MSI-Karzinom und gegen ein Lynch-Syndrom.",
        "RAS-Wildtyp. Therapeutisch relevant: Immuncheckpoint-Inhibition bei MSI-H/dMMR (ESCAT "
        "I-A) sowie Encorafenib plus Cetuximab bei BRAF V600E (ESCAT I-A).",
    ],
    english=["MSI-high, mismatch repair deficient (loss of MLH1 and PMS2, MSH2 and MSH6 "
             "retained), TMB high. BRAF V600E mutation detected; MLH1 promoter hypermethylation "
             "present, consistent with sporadic origin. KRAS and NRAS wild-type."],
    vus=[
        ["ACVR2A", "c.1310del", "p.(Lys437ArgfsTer5)", "28,0 %", "Sekund\u00e4r bei MSI"],
        ["APC", "c.6491G>A", "p.(Arg2164Gln)", "12,2 %", "nicht beschrieben"],
        ["ATR", "c.2320del", "p.(Ile774TyrfsTer3)", "14,5 %", "Sekund\u00e4r bei MSI"],
        ["BRCA2", "c.1399A>G", "p.(Met467Val)", "17,9 %", "nicht beschrieben"],
        ["CASP8", "c.1225del", "p.(Thr409GlnfsTer19)", "19,1 %", "Sekund\u00e4r bei MSI"],
        ["CREBBP", "c.5600G>A", "p.(Arg1867Gln)", "21,4 %", "nicht beschrieben"],
        ["EP300", "c.4402C>T", "p.(Arg1468Cys)", "22,9 %", "nicht beschrieben"],
        ["ERBB3", "c.2045G>A", "p.(Arg682Gln)", "20,6 %", "nicht beschrieben"],
        ["FBXW7", "c.1513C>T", "p.(Arg505Cys)", "9,8 %", "subklonal; Hotspot, Klasse 3 wegen "
                                                         "niedriger VAF"],
        ["KMT2B", "c.3452del", "p.(Pro1151GlnfsTer43)", "24,4 %", "Sekund\u00e4r bei MSI"],
        ["KMT2D", "c.11275C>T", "p.(Arg3759Trp)", "26,2 %", "nicht beschrieben"],
        ["MSH3", "c.1148del", "p.(Lys383ArgfsTer32)", "20,3 %", "Sekund\u00e4r bei MSI"],
        ["NOTCH1", "c.4213G>A", "p.(Ala1405Thr)", "23,0 %", "nicht beschrieben"],
        ["PIK3R1", "c.1639A>G", "p.(Met547Val)", "11,7 %", "nicht beschrieben"],
        ["POLE", "c.3319C>T", "p.(Arg1107Cys)", "18,5 %", "au\u00dferhalb der "
                                                          "Exonuklease-Dom\u00e4ne"],
        ["ROS1", "c.5705A>G", "p.(Glu1902Gly)", "19,4 %", "nicht beschrieben"],
        ["SMAD4", "c.1133G>A", "p.(Arg378Gln)", "16,2 %", "nicht beschrieben"],
        ["ZFHX3", "c.6397del", "p.(Gln2133ArgfsTer35)", "27,5 %", "Sekund\u00e4r bei MSI"],
    ],
    qc=QC("142 ng", "88 ng / 61 %", "1.021x", "97,9 %"),
    lowcov="Regionen mit Abdeckung unter 200x: NRAS Exon 4 (Codon 146: 184x); Sensitivit\u00e4t "
           "f\u00fcr Varianten ab 10 % VAF erhalten.",
    sig1="PD Dr. med. Jonas Vellmer", sig2="Dr. rer. nat. Malte Sch\u00fcrmann",
    cc="Klinik f\u00fcr Viszeralchirurgie; Medizinische Klinik I (Onkologie)",
)
REPORTS["9098"]["labels"] = [
    L("BRAF", "mutation", "positive", ["BRAF", "p.(Val600Glu)"], alteration="V600E"),
    L("TMB", "signature", "positive", ["38,5 Mut/Mb", "hoch"], value="38,5 Mut/Mb"),
    L("MSI", "signature", "positive", ["MSI-H", "41/96 Loci instabil"]),
    L("MMR", "signature", "positive", ["dMMR", "MMR-defizient"]),
    L("MLH1", "expression", "negative", "MLH1 ES05 Verlust der Kernexpression"),
    L("PMS2", "expression", "negative", "PMS2 EP51 Verlust der Kernexpression"),
    L("MSH2", "expression", "positive", "MSH2 G219-1129 erhalten"),
    L("MSH6", "expression", "positive", "MSH6 EP49 erhalten"),
    L("KRAS", "mutation", "negative", ["RAS (KRAS, NRAS Exon 2-4) Wildtyp", "RAS-Wildtyp"]),
    L("NRAS", "mutation", "negative", ["RAS (KRAS, NRAS Exon 2-4) Wildtyp", "RAS-Wildtyp"]),
    L("NTRK", "fusion", "negative", "Keine Genfusion nachgewiesen (untersucht u. a. NTRK1-3"),
    L("ALK", "fusion", "negative", "NTRK1-3, ALK, ROS1, RET, BRAF"),
    L("ROS1", "fusion", "negative", "NTRK1-3, ALK, ROS1, RET, BRAF"),
    L("RET", "fusion", "negative", "NTRK1-3, ALK, ROS1, RET, BRAF"),
    L("BRAF", "fusion", "negative", "NTRK1-3, ALK, ROS1, RET, BRAF"),
]

REPORTS["9099"] = dict(
    enr="M-2025-05560", received="06.05.2025", reported="16.05.2025", ref="Thoraxonkologie",
    address=["Lungenklinik Rheinfeld-Nord", "Thorakale Onkologie", "Herrn Dr. med. Emil Hagedorn",
             "Waldstra\u00dfe 8, 55998 Rheinfeld"],
    patient="Patient I", dob="30.11.1966", sex="m",
    material="Pleurabiopsie rechts, VATS (Pathologie-Nr. E-2025-14472, Block A1)",
    clinical="NSCLC, EGFR-mutiert (Erstdiagnose 2022), Progress unter Osimertinib seit 02/2025",
    histology="Metastase eines Adenokarzinoms der Lunge (TTF-1 positiv)",
    tumor="ca. 40 %", question="Resistenzmechanismus unter Osimertinib",
    variants=[
        ["EGFR", "c.2235_2249del", "p.(Glu746_Ala750del)", "19", "38,9 %", "5",
         "I-A (Osimertinib)"],
        ["EGFR", "c.2390G>C", "p.(Cys797Ser)", "20", "11,6 %", "4",
         "II-B (Resistenz gg. Osimertinib)"],
        ["TP53", "c.473G>T", "p.(Arg158Leu)", "5", "41,0 %", "5", "X"],
    ],
    extra_tables=[(
        "Vergleich mit Vorbefund / comparison with previous result",
        [["Untersuchung", "Vorbefund E-2022-20931 (Prim\u00e4rtumor, 09/2022)",
          "Aktueller Befund (Pleura, 05/2025)"],
         ["EGFR Exon 19 Deletion", "nachgewiesen (VAF 45 %)", "nachgewiesen (VAF 38,9 %)"],
         ["EGFR p.(Thr790Met)", "nicht nachgewiesen", "nicht nachgewiesen"],
         ["EGFR p.(Cys797Ser)", "nicht nachgewiesen", "nachgewiesen (VAF 11,6 %)"],
         ["MET-Amplifikation", "nicht untersucht", "nicht nachgewiesen (Kopienzahl 3)"]],
        [120, 170, W - 290])],
    biomarkers=[
        ["Tumormutationslast (TMB)", "3,2 Mut/Mb", "niedrig (hoch: ab 10 Mut/Mb)"],
        ["Mikrosatellitenstatus", "MSS", "mikrosatellitenstabil"],
        ["MET Kopienzahl", "3", "keine Amplifikation (Grenzwert: ab 6)"],
        ["ERBB2 Kopienzahl", "2", "keine Amplifikation"],
    ],
    fusion="Kein Nachweis einer Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3) und kein "
           "Nachweis eines MET-Exon-14-Skippings auf RNA-Ebene.",
    conclusion=[
        "Persistenz der bekannten sensitivierenden **EGFR-Exon-19-Deletion** "
        "p.(Glu746_Ala750del). Neu nachgewiesen ist die Resistenzmutation **EGFR p.(Cys797Ser)** "
        "(C797S). Keine T790M-Mutation. Keine MET-Amplifikation, keine Fusion.",
        "Kommentar: Da T790M nicht vorliegt, entf\u00e4llt die Frage der cis/trans-Konfiguration; "
        "C797S ohne T790M kann Sensitivit\u00e4t gegen\u00fcber "
        "Erstgenerations-TKI (Gefitinib/Erlotinib) bewahren (Einzelfallberichte).",
    ],
    english=["EGFR exon 19 deletion p.(Glu746_Ala750del) persists; newly acquired EGFR C797S "
             "resistance mutation. EGFR T790M not detected. No MET amplification, no fusion. "
             "Microsatellite stable, TMB low."],
    vus=[
        ["ATM", "c.5558A>T", "p.(Asp1853Val)", "50,4 %", "h\u00e4ufig; wahrscheinlich Keimbahn"],
        ["KMT2C", "c.2447A>G", "p.(Asp816Gly)", "21,5 %", "nicht beschrieben"],
    ],
    qc=QC("48 ng", "31 ng / 44 %", "862x", "96,3 %"),
    lowcov="Regionen mit Abdeckung unter 200x: EGFR Exon 20 Codon 797 bei 412x ausreichend; "
           "MET Exon 14 Spleissstellen 190x.",
    sig1="Dr. med. Carla Wendt", sig2="Dr. rer. nat. Ines Hofbauer",
    cc="Lungenklinik Rheinfeld-Nord (Dr. Hagedorn)",
)
REPORTS["9099"]["labels"] = [
    L("EGFR", "mutation", "positive", ["EGFR", "p.(Glu746_Ala750del)", "I-A (Osimertinib)"],
      alteration="E746_A750del"),
    L("EGFR", "mutation", "positive", ["EGFR", "p.(Cys797Ser)"], alteration="C797S"),
    L("EGFR", "mutation", "negative", ["EGFR p.(Thr790Met) nicht nachgewiesen",
                                       "EGFR T790M not detected"], alteration="T790M",
      optional=True),
    L("TP53", "mutation", "positive", ["TP53", "p.(Arg158Leu)"], alteration="R158L"),
    L("TMB", "signature", "negative", ["3,2 Mut/Mb", "niedrig"], value="3,2 Mut/Mb"),
    L("MSI", "signature", "negative", ["Mikrosatellitenstatus MSS", "mikrosatellitenstabil"]),
    L("MET", "amplification", "negative", "keine Amplifikation (Grenzwert"),
    L("HER2", "amplification", "negative", "ERBB2 Kopienzahl 2 keine Amplifikation"),
    L("MET", "mutation", "negative", "Nachweis eines MET-Exon-14-Skippings auf RNA-Ebene"),
    L("ALK", "fusion", "negative", "Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3)"),
    L("ROS1", "fusion", "negative", "Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3)"),
    L("RET", "fusion", "negative", "Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3)"),
    L("NTRK", "fusion", "negative", "Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3)"),
    L("BRAF", "fusion", "negative", "Genfusion (ALK, ROS1, RET, NTRK1-3, BRAF, FGFR1-3)"),
]
