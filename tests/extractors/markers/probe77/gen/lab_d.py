"""Lab D: CHU de Valmont, Plateforme de Genetique Moleculaire des Cancers (France).
A4, Helvetica, French (9100) and English-with-French-headings (9101) reports, ESCAT levels,
class 1-5 variant classification, HRD score, oncogenetics caveat."""
from reportlab.lib.pagesizes import A4

from common import L
from layout import (P, CheckList, Kit, Spacer, TA_CENTER, bar, build_pdf, colors, draw, kv,
                    tbl)

BLUE = colors.HexColor("#26358C")
SKY = colors.HexColor("#E6EAF7")
KIT = Kit("Helvetica", size=8.4, accent=BLUE, light=SKY, rule=colors.HexColor("#8C94B8"))
PAGE = A4
MARGINS = (48, 48, 60)
W = PAGE[0] - 96


def decorate_for(r):
    def decorate(c, page, total):
        w, h = PAGE
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(54, h - 70, 8, 28, stroke=0, fill=1)
        c.rect(44, h - 60, 28, 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        draw(c, 84, h - 50, "CHU de Valmont", "Helvetica-Bold", 13)
        draw(c, 84, h - 61, "H\u00f4pital Saint-Aubin \u00b7 P\u00f4le de Biologie et Pathologie",
             "Helvetica", 8)
        draw(c, 84, h - 71, "Plateforme de G\u00e9n\u00e9tique Mol\u00e9culaire des Cancers "
             "(PGMC)", "Helvetica-Bold", 8, )
        if page == 1:
            for i, line in enumerate(["Responsable : Dr Aur\u00e9lie Montferrand, PharmD, PhD",
                                      "Secr\u00e9tariat : 05 55 01 44 20",
                                      "pgmc@chu-valmont.invalid",
                                      "Accr\u00e9ditation COFRAC n\u00b0 8-9999"]):
                draw(c, w - 48, h - 48 - i * 9, line, "Helvetica", 7, align="right")
        else:
            draw(c, w - 48, h - 50, f"{r['patient']} \u00b7 N\u00e9(e) le {r['dob']}",
                 "Helvetica", 7.5, align="right")
            draw(c, w - 48, h - 60, f"Dossier PGMC {r['dossier']}", "Helvetica", 7.5,
                 align="right")
        c.setStrokeColor(BLUE)
        c.setLineWidth(1)
        c.line(48, h - 80, w - 48, h - 80)
        c.setLineWidth(0.4)
        c.line(48, 46, w - 48, 46)
        draw(c, 48, 36, r["footer"], "Helvetica-Oblique", 6.6)
        draw(c, w - 48, 36, f"{page}/{total}", "Helvetica-Bold", 8, align="right")
        c.restoreState()
    return decorate


def sect(title):
    return [Spacer(1, 5), P(title, KIT.ps(size=9.6, font=KIT.bold, color=BLUE)),
            tbl([[""]], [W], KIT, header_rows=0, style=None, pad=0,
                extra=[("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE)]), Spacer(1, 1)]


def story(r):
    k = KIT
    s = []
    s.append(P(r["title"], k.ps(size=12.5, font=k.bold, align=TA_CENTER)))
    s.append(P(r["subtitle"], k.ps(size=8.6, align=TA_CENTER)))
    s.append(Spacer(1, 8))
    s.append(kv(r["ident"], k, [90, 160, 90, W - 340], cols=2, style="grid",
                extra=[("BACKGROUND", (0, 0), (0, -1), SKY), ("BACKGROUND", (2, 0), (2, -1),
                                                              SKY)]))
    for title, body in r["sections"]:
        s += sect(title)
        for item in body:
            if isinstance(item, str):
                s.append(P(item, k.body))
                s.append(Spacer(1, 2))
            else:
                s.append(item)
                s.append(Spacer(1, 3))
    for title, items, colw, ncols in r.get("checks", []):
        s.append(Spacer(1, 5))
        s.append(P(title, k.ps(font=k.bold)))
        s.append(Spacer(1, 2))
        s.append(CheckList(items, k, colw, cols=ncols))
    s.append(Spacer(1, 10))
    s.append(tbl([[P(r["conclusion_title"], k.ps(size=9.6, font=k.bold, color=BLUE))]] +
                 [[P(x, k.body)] for x in r["conclusion"]], [W], k, header_rows=0, style="box",
                 extra=[("BACKGROUND", (0, 0), (-1, -1), SKY)]))
    s.append(Spacer(1, 10))
    s.append(tbl([[P(x, k.small) for x in r["signers"]]], [W / 2, W / 2], k, header_rows=0,
                 style=None))
    if r.get("annex"):
        title, intro, head, rows, widths = r["annex"]
        s += sect(title)
        s.append(P(intro, k.small))
        s.append(Spacer(1, 2))
        s.append(tbl([head] + rows, widths, k, header_bg=SKY, cell_style=k.small,
                     header_style=k.ps(size=k.size - 1.2, font=k.bold)))
    return s


def build(r, path):
    return build_pdf(path, story(r), PAGE, MARGINS, 92, 90, decorate_for(r),
                     title=r["title"], author="CHU de Valmont - PGMC",
                     creator="GenoPGMC compte rendu 3.1")


VAR_HEAD_FR = ["G\u00e8ne", "Transcrit", "Variant nucl\u00e9otidique", "Variant prot\u00e9ique",
               "Exon", "VAF", "Classe", "ESCAT"]
VAR_HEAD_EN = ["Gene", "Transcript", "Nucleotide change", "Protein change", "Exon", "VAF",
               "Class", "ESCAT"]
VW = [44, 68, 84, 92, 30, 36, 60, W - 414]

REPORTS = {}

R = dict(
    dossier="PGMC-25-0712", patient="Patient J", dob="22/05/1974",
    title="Compte rendu d'analyse de biologie mol\u00e9culaire",
    subtitle="Recherche d'alt\u00e9rations somatiques par s\u00e9quen\u00e7age de nouvelle "
             "g\u00e9n\u00e9ration (panel PGMC-Solide v3, 56 g\u00e8nes, ADN)",
    footer="Document valid\u00e9 \u00e9lectroniquement. Toute reproduction partielle est "
           "interdite. R\u00e9sultats \u00e0 interpr\u00e9ter par le clinicien.",
    ident=[("Patient", "Patient J"), ("N\u00e9(e) le", "22/05/1974"), ("Sexe", "M"),
           ("IPP", "VAL-0188234"), ("Dossier PGMC", "PGMC-25-0712"),
           ("Prescripteur", "Dr Th\u00e9o Marchetti, Dermatologie"),
           ("\u00c9tablissement", "CHU de Valmont"),
           ("Pr\u00e9l\u00e8vement", "Ganglion axillaire gauche, curage (bloc 3B)"),
           ("N\u00b0 anapath", "H25-06617"), ("Date de pr\u00e9l\u00e8vement", "03/03/2025"),
           ("Date de r\u00e9ception", "10/03/2025"), ("Date du compte rendu", "19/03/2025")],
)
R["sections"] = [
    ("Renseignements cliniques et histologiques", [
        "M\u00e9tastase ganglionnaire d'un m\u00e9lanome cutan\u00e9 (primitif dorsal, Breslow "
        "3,1 mm, 2023). Stade III C. Demande : statut BRAF avant traitement adjuvant ou "
        "syst\u00e9mique.",
        "Pourcentage de cellules tumorales estim\u00e9 sur lame HES : 70 %. Zone "
        "macrodiss\u00e9qu\u00e9e. ADN extrait : 210 ng (qualit\u00e9 satisfaisante)."]),
    ("R\u00e9sultats", [
        P("**Variants pathog\u00e8nes ou probablement pathog\u00e8nes (classes 5 et 4)**",
          KIT.body),
        tbl([VAR_HEAD_FR,
             ["BRAF", "NM_004333.6", "c.1799T>A", "p.(Val600Glu)", "15", "46 %", "5 - pathog\u00e8ne",
              "I-A"],
             ["CDKN2A", "NM_000077.5", "c.238C>T", "p.(Arg80Ter)", "2", "81 %", "5 - pathog\u00e8ne",
              "X"],
             ["TERT", "NM_198253.3", "c.-124C>T", "(promoteur)", "-", "39 %",
              "4 - probablement pathog\u00e8ne", "X"]],
            VW, KIT, header_bg=SKY),
        "**Variants de signification inconnue (classe 3) :** ERBB4 c.1354G>A p.(Glu452Lys), "
        "VAF 12 % ; PTEN c.1027G>A p.(Gly343Arg), VAF 22 % (voir commentaire). Les variants de classes "
        "1 et 2 (b\u00e9nins ou probablement b\u00e9nins) ne sont pas rapport\u00e9s.",
        "**Absence de variant pathog\u00e8ne d\u00e9tect\u00e9 dans les r\u00e9gions suivantes :** "
        "NRAS (exons 2, 3 et 4), KIT (exons 9, 11, 13, 17 et 18), GNAQ (exons 4 et 5), GNA11 "
        "(exons 4 et 5), MAP2K1 (exons 2 et 3).",
        "**Recherche de fusions (ARN) :** non r\u00e9alis\u00e9e, ARN non disponible. "
        "**Charge mutationnelle (TMB) et statut MSI :** non \u00e9valuables sur ce panel.",
    ]),
    ("Commentaire", [
        "La mutation BRAF p.(Val600Glu) (V600E) est l'alt\u00e9ration activatrice la plus "
        "fr\u00e9quente du m\u00e9lanome (environ 40 % des cas). Elle est pr\u00e9dictive de "
        "la r\u00e9ponse aux associations d'inhibiteurs de BRAF et de MEK (dabraf\u00e9nib + "
        "tram\u00e9tinib, encoraf\u00e9nib + binim\u00e9tinib), y compris en situation "
        "adjuvante (niveau ESCAT I-A).",
        "Le variant PTEN c.1027G>A n'est pas d\u00e9crit dans les bases de donn\u00e9es "
        "somatiques ; il est class\u00e9 de signification inconnue. La VAF de 81 % du variant "
        "CDKN2A sugg\u00e8re une perte d'h\u00e9t\u00e9rozygotie ; une origine constitutionnelle "
        "ne peut \u00eatre exclue (m\u00e9lanome familial) : une consultation d'oncog\u00e9n\u00e9tique "
        "peut \u00eatre propos\u00e9e selon le contexte familial."]),
    ("Technique", [
        "S\u00e9quen\u00e7age cibl\u00e9 par amplicons (56 g\u00e8nes, 2 pools), profondeur "
        "moyenne 2 350x ; 99,1 % des amplicons couverts \u00e0 plus de 300x. Seuil de "
        "d\u00e9tection : 3 % de VAF. Amplicons insuffisamment couverts : KIT exon 18 (212x) ; "
        "aucun impact sur les hotspots d'int\u00e9r\u00eat. Contr\u00f4les positif (lign\u00e9e "
        "de r\u00e9f\u00e9rence porteuse de BRAF V600E, KRAS G13D et EGFR del19 \u00e0 5 %) et "
        "n\u00e9gatif conformes. Classification des variants selon les recommandations "
        "ClinGen/CGC/VICC ; niveaux de preuve ESCAT (ESMO 2018).",
        "Limites : les grands r\u00e9arrangements, les variations du nombre de copies et les "
        "fusions ne sont pas d\u00e9tect\u00e9s par ce panel. Un r\u00e9sultat n\u00e9gatif "
        "n'exclut pas la pr\u00e9sence d'une mutation sous le seuil de d\u00e9tection."]),
]
R["conclusion_title"] = "CONCLUSION"
R["conclusion"] = [
    "**Pr\u00e9sence d'une mutation BRAF p.(Val600Glu)** (exon 15, VAF 46 %), pathog\u00e8ne, "
    "ESCAT I-A : \u00e9ligibilit\u00e9 aux inhibiteurs de BRAF/MEK.",
    "Absence de mutation NRAS et KIT d\u00e9tect\u00e9e. Mutation pathog\u00e8ne de CDKN2A et du "
    "promoteur de TERT, sans implication th\u00e9rapeutique directe."]
R["signers"] = ["Biologiste : Dr Aur\u00e9lie Montferrand\nValid\u00e9 le 19/03/2025",
                "Pathologiste : Pr Baptiste Lhermitte\nCompte rendu transmis \u00e0 : "
                "Dr Marchetti (Dermatologie), RCP m\u00e9lanome"]
COV_FR = [
    ["AKT1", "3", "2 810x", "100 %", ""], ["ALK", "22, 23, 24, 25", "1 920x", "100 %", ""],
    ["BRAF", "11, 15", "3 104x", "100 %", ""], ["CDKN2A", "1, 2", "1 488x", "100 %", ""],
    ["CTNNB1", "3", "2 655x", "100 %", ""], ["EGFR", "18, 19, 20, 21", "2 930x", "100 %", ""],
    ["ERBB2", "8, 19, 20", "2 287x", "100 %", ""], ["GNA11", "4, 5", "2 401x", "100 %", ""],
    ["GNAQ", "4, 5", "2 566x", "100 %", ""], ["HRAS", "2, 3", "1 702x", "100 %", ""],
    ["IDH1", "4", "2 944x", "100 %", ""], ["IDH2", "4", "2 118x", "100 %", ""],
    ["KIT", "9, 11, 13, 17, 18", "1 640x", "96,0 %", "exon 18 : 212x"],
    ["KRAS", "2, 3, 4", "3 310x", "100 %", ""], ["MAP2K1", "2, 3", "2 205x", "100 %", ""],
    ["MET", "2, 14, 16-19", "1 870x", "100 %", ""], ["NRAS", "2, 3, 4", "2 980x", "100 %", ""],
    ["PDGFRA", "12, 14, 18", "2 015x", "100 %", ""],
    ["PIK3CA", "2, 5, 8, 10, 14, 21", "2 460x", "100 %", ""],
    ["POLE", "9-14", "1 390x", "98,2 %", "exon 13 : 280x"],
    ["PTEN", "1-9", "1 502x", "100 %", ""], ["TERT", "promoteur", "980x", "100 %", ""],
    ["TP53", "2-11", "2 240x", "100 %", ""],
]
R["annex"] = ("Annexe : régions analysées et couverture (extrait, 23 des 56 gènes)",
              "Liste des régions ciblées par le panel et profondeur obtenue pour ce "
              "prélèvement. Une région listée ici a été "
              "analysée ; seuls les variants rapportés ci-dessus ont été "
              "détectés.",
              ["Gène", "Exons ciblés", "Profondeur moyenne", "Bases à 300x ou plus",
               "Remarque"], COV_FR, [60, 120, 100, 110, W - 390])
R["labels"] = [
    L("BRAF", "mutation", "positive", ["BRAF", "p.(Val600Glu)", "5 - pathog\u00e8ne"],
      alteration="V600E"),
    L("NRAS", "mutation", "negative", ["Absence de variant pathog\u00e8ne d\u00e9tect\u00e9",
                                       "NRAS (exons 2, 3 et 4)"]),
]
REPORTS["9100"] = R

R = dict(
    dossier="PGMC-25-1045", patient="Patient K", dob="14/09/1967",
    title="Tumour BRCA1/BRCA2 and HRD report / Compte rendu BRCA tumoral et HRD",
    subtitle="Somatic testing of homologous recombination genes and genomic instability "
             "(English version issued at the request of the prescriber)",
    footer="Electronically validated document. Translation of the French report of "
           "23/04/2025; in case of discrepancy the French version prevails.",
    ident=[("Patient", "Patient K"), ("Date of birth", "14/09/1967"), ("Sex", "F"),
           ("IPP", "VAL-0203915"), ("PGMC file", "PGMC-25-1045"),
           ("Prescriber", "Dr Ingrid Solvay, Gyn\u00e9cologie-oncologie"),
           ("Institution", "Clinique du Parc, Valmont"),
           ("Specimen", "Omentum, debulking surgery (block 2C)"),
           ("Pathology no.", "H25-09180"), ("Sampling date", "31/03/2025"),
           ("Received", "07/04/2025"), ("Report date", "23/04/2025")],
)
R["sections"] = [
    ("Clinical information / Renseignements cliniques", [
        "High-grade serous carcinoma of the ovary, FIGO IIIC, after three cycles of "
        "neoadjuvant carboplatin-paclitaxel. Request: tumour BRCA1/2 status and HRD status "
        "for PARP inhibitor maintenance. Tumour cell content: 60 %. Germline testing: not yet "
        "performed."]),
    ("Results / R\u00e9sultats", [
        P("**1. Sequence variants in homologous recombination genes** (BRCA1, BRCA2, PALB2, "
          "RAD51C, RAD51D, BRIP1, ATM)", KIT.body),
        tbl([VAR_HEAD_EN,
             ["BRCA1", "NM_007294.4", "c.5266dupC", "p.(Gln1756Profs*74)", "20", "71 %",
              "5 - pathogenic", "I-A"],
             ["TP53", "NM_000546.6", "c.659A>G", "p.(Tyr220Cys)", "6", "78 %", "5 - pathogenic",
              "X"]],
            VW, KIT, header_bg=SKY),
        "**BRCA2:** no pathogenic or likely pathogenic variant detected. One variant of "
        "uncertain significance (class 3): BRCA2 c.7994A>G p.(Asp2665Gly), VAF 48 %, possibly "
        "constitutional. Class 1 and 2 variants are not reported.",
        "**PALB2, RAD51C, RAD51D, BRIP1, ATM:** no pathogenic or likely pathogenic variant "
        "detected.",
        P("**2. Genomic instability (HRD)**", KIT.body),
        tbl([["Parameter", "Result", "Threshold", "Interpretation"],
             ["Genomic Instability Score (GIS)", "58", "42", "HRD positive"],
             ["LOH / TAI / LST", "19 / 21 / 18", "-", "-"],
             ["Overall HRD status", "Positive", "BRCA1/2 mutation or GIS of 42 or more",
              "Homologous recombination deficient"]],
            [150, 80, 140, W - 370], KIT, header_bg=SKY),
        "Large rearrangements of BRCA1/BRCA2 (exon deletions and duplications) cannot be "
        "assessed reliably on FFPE tumour DNA and were not analysed.",
    ]),
    ("Comment / Commentaire", [
        "The BRCA1 c.5266dupC (historically 5382insC) frameshift variant is a recurrent founder "
        "variant that is most often constitutional. Its allele fraction of 71 % together with "
        "TP53 loss of heterozygosity is compatible with either germline origin with somatic "
        "loss of the wild-type allele, or a somatic event. **An oncogenetics consultation with "
        "constitutional testing is recommended** for the patient and, if confirmed, cascade "
        "testing of relatives.",
        "A pathogenic BRCA1 variant and an HRD-positive status support eligibility for olaparib "
        "maintenance (alone or with bevacizumab) and niraparib maintenance (ESCAT I-A).",
    ]),
    ("Method / Technique", [
        "Hybrid capture of 7 HRR genes (all coding exons and splice sites) and 24,000 SNPs "
        "genome-wide; sequencing 2x100 bp; mean depth 1,480x for HRR genes, 99.6 % of bases "
        "above 200x. Detection limit 5 % VAF. Genomic Instability Score computed as the sum of "
        "loss of heterozygosity, telomeric allelic imbalance and large-scale state transitions. "
        "Positive control: reference DNA carrying BRCA2 c.5946delT; negative control: water. "
        "Coverage below 200x: none in BRCA1/2; ATM exon 2 at 165x.",
    ]),
]
R["checks"] = [
    ("Synthesis for the multidisciplinary meeting / Synth\u00e8se RCP",
     [(True, "Tumour BRCA1/2: pathogenic variant detected"),
      (False, "Tumour BRCA1/2: no pathogenic variant"),
      (False, "Tumour BRCA1/2: test failed"),
      (True, "HRD status: positive"), (False, "HRD status: negative"),
      (False, "HRD status: inconclusive")], 240, 2),
    ("Constitutional (germline) BRCA status / Statut constitutionnel",
     [(False, "Pathogenic variant"), (False, "No pathogenic variant"),
      (False, "Result pending")], 160, 3),
]
R["conclusion_title"] = "CONCLUSION"
R["conclusion"] = [
    "**Pathogenic BRCA1 variant c.5266dupC p.(Gln1756Profs*74) detected in the tumour** (VAF "
    "71 %), origin (somatic or germline) undetermined: oncogenetics referral recommended.",
    "Pathogenic TP53 variant p.(Tyr220Cys). No pathogenic BRCA2 variant. HRD status: "
    "positive (GIS 58).",
]
R["signers"] = ["Biologist: Dr Aur\u00e9lie Montferrand\nValidated 23/04/2025",
                "Molecular geneticist: Dr Yanis Bekhti\nCopy to: Dr Solvay; RCP "
                "gyn\u00e9cologie"]
R["annex"] = ("Annex: regions analysed and coverage / Régions analysées",
              "Coding exons and intron-exon junctions (+/- 20 bp) of the following genes were "
              "analysed. Variants of classes 1 and 2 observed in this sample are listed for "
              "traceability only; they are benign or likely benign and are not reported as "
              "results.",
              ["Gene", "Transcript", "Mean depth", "Bases at 200x or more",
               "Class 1-2 variants seen (not reported)"],
              [["BRCA1", "NM_007294.4", "1,612x", "100 %", "c.2612C>T p.(Pro871Leu); "
                                                          "c.3113A>G p.(Glu1038Gly)"],
               ["BRCA2", "NM_000059.4", "1,544x", "100 %", "c.1114A>C p.(Asn372His); "
                                                          "c.7242A>G p.(Ser2414=)"],
               ["PALB2", "NM_024675.4", "1,391x", "100 %", "c.1676A>G p.(Gln559Arg)"],
               ["RAD51C", "NM_058216.3", "1,702x", "100 %", "none"],
               ["RAD51D", "NM_002878.4", "1,655x", "100 %", "none"],
               ["BRIP1", "NM_032043.3", "1,420x", "100 %", "c.2755T>C p.(Ser919Pro)"],
               ["ATM", "NM_000051.4", "1,288x", "99.1 %", "exon 2 at 165x; "
                                                        "c.5557G>A p.(Asp1853Asn)"]],
              [50, 80, 66, 90, W - 286])
R["labels"] = [
    L("BRCA1", "mutation", "positive", ["BRCA1", "p.(Gln1756Profs*74)", "5 - pathogenic"],
      alteration="Q1756Pfs*74"),
    L("TP53", "mutation", "positive", ["TP53", "p.(Tyr220Cys)"], alteration="Y220C"),
    L("BRCA2", "mutation", "negative", "BRCA2: no pathogenic or likely pathogenic variant "
                                       "detected"),
]
REPORTS["9101"] = R
