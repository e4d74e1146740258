"""Reports 7511-7520."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from common import L, P, Report, bar, bigp, boxed, bullets, dot, gene_grid, kv, serial_chart, tbl
from genes import BIG, BRIGHT_BREAST, CAIRN_LUNG, EMBER96, HALCYON74, HOLMGARD_HRR
from labs import ARDENT, BRIGHTWATER, CAIRNFIELD, EMBERLINE, HALCYON, HOLMGARD, NORDLICHT, TESSELLATE


# =============================================================================== 7511
def r7511():
    lab = BRIGHTWATER
    st = lab.st
    W = 612 - 88
    blue = lab.blue
    meta = dict(patient="Patient K", dob="06/08/1957", sex="F", mrn="BRL-P-2290417", collected="05/12/2025 09:05",
                received="05/13/2025 08:40", reported="05/19/2025 17:12", facility="Northshore Breast Center",
                physician="Imogen Castellanos, MD", accession="BRL25-133-0482", specimen="Plasma (cfDNA BCT x2)",
                order="PIK3P, ESR1P")
    s = []
    hdr = ["Test", "Result", "Flag", "Reference", "Units / method"]
    s.append(P("MOLECULAR ONCOLOGY — PLASMA", st["h2"]))
    s.append(tbl([
        hdr,
        ["<b>PIK3CA Mutation Analysis, Plasma</b>", "No mutation detected", "", "Not detected", "Real-time PCR, 11 mutations"],
        ["<b>ESR1 Mutation Analysis, Plasma</b>", "<b>Y537N detected</b>", "<b>ABNORMAL</b>", "Not detected", "Droplet digital PCR, 7 mutations"],
        ["ESR1 Y537N mutant fraction", "0.9", "", "", "% mutant copies"],
        ["cfDNA concentration", "11.6", "", "&gt;= 2.0", "ng/mL plasma"],
    ], [150, 110, 60, 70, W - 390], st, grid="hlines", line=colors.HexColor("#b0bec5"),
        headbg=colors.HexColor("#e3eaf5")))
    s.append(P("Interpretation", st["h3"]))
    s.append(P("<b>PIK3CA:</b> None of the 11 PIK3CA mutations targeted by this assay were detected in circulating "
               "cell-free DNA. Because tumor DNA may not be shed into the blood in sufficient quantity, a negative "
               "plasma result does not exclude a PIK3CA mutation. Reflex testing of tumor tissue is recommended: "
               "an FFPE block (BRL-T25-133-0112, liver core biopsy 04/2025) has been received and PIK3CA tissue "
               "testing is in progress; results will be issued in a separate report.", st["body"]))
    s.append(P("<b>ESR1:</b> The ESR1 Y537N ligand-binding-domain mutation was detected at 0.9% mutant copies. ESR1 "
               "mutations arise under aromatase-inhibitor therapy and are associated with resistance to aromatase "
               "inhibitors; an oral selective estrogen receptor degrader is approved for ER-positive, HER2-negative "
               "advanced breast cancer with an ESR1 mutation.", st["body"]))
    s.append(P("Clinical information provided", st["h3"]))
    s.append(P("Metastatic invasive lobular carcinoma, ER positive (80%), PR negative (&lt;1%), HER2 IHC 1+ (HER2-low), "
               "on anastrozole and palbociclib since 06/2023; new liver lesions.", st["body"]))
    s.append(P("PIK3CA mutations targeted", st["h3"]))
    s.append(tbl([
        ["Exon", "Mutation(s)", "Exon", "Mutation(s)"],
        ["2", "R88Q", "10", "E545A, E545D, E545G, E545K"],
        ["5", "N345K", "10", "Q546E, Q546R"],
        ["8", "C420R", "21", "M1043I, H1047L, H1047R, H1047Y"],
        ["10", "E542K", "", ""],
    ], [40, 180, 40, 180], st, grid="grid", line=colors.HexColor("#b0bec5")))
    s.append(Spacer(1, 4))
    s.append(P("ESR1 mutations targeted: E380Q, L536H, Y537C, Y537N, Y537S, D538G, S463P.", st["small"]))
    s.append(PageBreak())
    s.append(P("Method", st["h3"]))
    s.append(P("PIK3CA: cfDNA extracted from 4 mL plasma was tested with a CE-marked allele-specific real-time PCR kit "
               "validated at Brightwater for plasma. ESR1: droplet digital PCR with mutation-specific probe pairs; "
               "results are expressed as the percentage of mutant among total ESR1 copies in the targeted region.", st["body"]))
    s.append(P("Analytical performance", st["h3"]))
    s.append(tbl([
        ["Assay", "Limit of detection", "Reportable range", "Minimum input"],
        ["PIK3CA (plasma)", "0.5-2% mutant allele fraction, by mutation", "Detected / not detected", "2 ng/mL cfDNA"],
        ["ESR1 (ddPCR)", "0.1% mutant copies (≥3 mutant droplets)", "0.1-100%", "10 ng total"],
    ], [90, 180, 120, W - 390], st, grid="grid", line=colors.HexColor("#b0bec5"), headbg=colors.HexColor("#e3eaf5")))
    s.append(P("Limitations", st["h3"]))
    s.extend(bullets([
        "Only the mutations listed are detected; other variants in PIK3CA or ESR1 will not be identified.",
        "The assays do not assess ERBB2 (HER2) amplification, AKT1, PTEN or germline BRCA1/BRCA2 status. For "
        "tissue HER2 status, refer to the pathology report.",
        "Clonal hematopoiesis is an unlikely source of PIK3CA or ESR1 variants but cannot be excluded.",
    ], st))
    s.append(Spacer(1, 10))
    s.append(P("Performing laboratory: Brightwater Reference Laboratory, Molecular Oncology, 500 Lakeshore Commons, "
               "Brightwater, MN. Verified by K. Lindqvist, MB(ASCP)CM, 05/19/2025 16:48. Reviewed and released by "
               "Rosalind Achebe-Strand, MD, Medical Director, 05/19/2025 17:12.", st["small"]))
    s.append(P("The PIK3CA plasma test uses an FDA-approved companion diagnostic kit modified for an expanded sample "
               "type (validated by the laboratory). The ESR1 test was developed and its performance characteristics "
               "determined by Brightwater Reference Laboratory; it has not been cleared or approved by the FDA.", st["tiny"]))
    labels = [
        L("PIK3CA", "mutation", "negative", "PIK3CA Mutation Analysis, Plasma No mutation detected"),
        L("ER", "expression", "positive", "ER positive (80%)", percent=80, optional=True),
        L("PR", "expression", "negative", "PR negative (<1%)", value="<1%", optional=True),
        L("HER2", "expression", "negative", "HER2 IHC 1+ (HER2-low)", ihc_score="1+", optional=True),
    ]
    return Report("7511", lab, meta, s, labels, title="Brightwater Molecular Oncology – Plasma",
                  doc="Reference-lab result table (flag / reference range) for plasma PIK3CA PCR and ESR1 ddPCR",
                  tumour="Metastatic lobular breast carcinoma",
                  kinds=["PCR", "ND", "LOD", "QC", "TISS"],
                  note="Flagged-result table: PIK3CA no mutation detected (the only regular label) beside an out-of-scope ESR1 Y537N; pending tissue PIK3CA reflex and the list of targeted mutations are near misses; ER/PR/HER2 history optional.")


# =============================================================================== 7512
def r7512():
    lab = HALCYON
    st = lab.st
    W = 612 - 96
    meta = dict(patient="Patient L", dob="10/01/1962", sex="Male", accession="HG-25-018220",
                reported="04/03/2025", test="HalcyonLiquid 74")
    s = []
    s.append(kv([
        ["PATIENT", "Patient L", "ORDERING PHYSICIAN", "Samuel Oyelaran-Pike, MD"],
        ["DATE OF BIRTH", "10/01/1962", "FACILITY", "Tri-River Gastrointestinal Oncology"],
        ["SEX", "Male", "SPECIMEN", "Whole blood, 2 x 10 mL cell-free DNA BCT"],
        ["MEDICAL RECORD #", "TRG-552-0198", "COLLECTED / RECEIVED", "03/24/2025  /  03/26/2025"],
        ["DIAGNOSIS", "Adenocarcinoma of the gastroesophageal junction, metastatic", "SPECIMEN ID", "HG-25-018220-P1"],
    ], [88, 170, 108, 150], st, grid="box", line=lab.navy))
    s.append(Spacer(1, 8))
    det = tbl([
        ["GENE", "ALTERATION", "% cfDNA / COPY NUMBER", "RELEVANCE"],
        ["<b>ERBB2</b>", "<b>Amplification</b>", "Plasma copy number 6.8", "HER2-directed therapies (p. 2)"],
        ["<b>KRAS</b>", "<b>Amplification</b>", "Plasma copy number 3.1", "No therapies associated"],
        ["<b>TP53</b>", "<b>R282W</b>", "7.9%", "No therapies associated"],
        ["<b>CCNE1</b>", "<b>Amplification</b>", "Plasma copy number 2.7", "Clinical trials"],
    ], [58, 140, 130, 170], st, grid="hlines", line=colors.HexColor("#b5cccc"), headbg=colors.HexColor("#e3f0f0"))
    s.append(boxed([det, Spacer(1, 4), P("Variants of uncertain significance: 1. Blood TMB and microsatellite status "
                                         "are not reported by this assay.", st["small"])],
                   W, border=lab.teal, lw=1.4, title="DETECTED ALTERATIONS", title_bg=lab.teal,
                   title_style=ParagraphStyle("t", parent=st["cellhead"], textColor=colors.white, fontSize=9.5)))
    s.append(Spacer(1, 8))
    s.append(P("RESULT NOTES", st["h2"]))
    s.append(P("ERBB2 is amplified at a plasma copy number of 6.8, well above the ERBB2 threshold of 2.2. The finding is "
               "concordant with the HER2 immunohistochemistry score of 3+ reported on the diagnostic GEJ biopsy "
               "(Tri-River Pathology, S24-7781), which also reported PD-L1 CPS 5 (22C3) and claudin 18.2 positivity "
               "in 80% of tumor cells (moderate-to-strong).", st["body"]))
    s.append(P("KRAS is also amplified (plasma copy number 3.1); no KRAS sequence variant is detected. KRAS "
               "amplification co-occurring with ERBB2 amplification has been reported as a mechanism of primary or "
               "acquired resistance to HER2-directed therapy in gastroesophageal cancer.", st["body"]))
    s.append(P("AMPLIFICATIONS ASSESSED AND NOT DETECTED", st["h3"]))
    s.append(P("EGFR, FGFR2, MET, MYC, CDK6", st["bodytight"]))
    s.append(P("NO SEQUENCE VARIANTS DETECTED IN", st["h3"]))
    s.append(P("BRAF, KRAS, PIK3CA, ERBB2, CDH1, ARID1A", st["bodytight"]))
    s.append(Spacer(1, 2))
    s.append(P("<i>Not detected does not rule out the presence of an alteration in the tumor. Copy number in plasma is "
               "influenced by tumor fraction; a low plasma copy number may reflect high-level amplification in a "
               "minority of cfDNA.</i>", st["small"]))
    s.append(PageBreak())
    s.append(P("ALTERATION DETAILS", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "Detail", "% cfDNA / PCN", "Clinically relevant"],
        ["ERBB2", "Amplification", "17q12, focal; 24 probes", "6.8", "Yes"],
        ["KRAS", "Amplification", "12p12.1, focal", "3.1", "Yes"],
        ["TP53", "p.R282W", "c.844C&gt;T  NM_000546.6", "7.9%", "No (prognostic)"],
        ["CCNE1", "Amplification", "19q12", "2.7", "Investigational"],
    ], [48, 80, 160, 80, 100], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(Spacer(1, 6))
    s.append(P("VARIANT OF UNCERTAIN SIGNIFICANCE", st["h3"]))
    s.append(P("SMAD4 p.D351N (c.1051G&gt;A), 0.6% cfDNA.", st["body"]))
    s.append(P("THERAPY ASSOCIATIONS", st["h2"]))
    s.append(tbl([
        ["Alteration", "Approved in patient's tumor type", "Approved in other tumor type", "Reported resistance"],
        ["ERBB2 amplification", "Trastuzumab (+ chemotherapy ± pembrolizumab); trastuzumab deruxtecan", "Pertuzumab, tucatinib, lapatinib (breast)", "—"],
        ["KRAS amplification", "—", "—", "May reduce benefit of HER2-directed therapy"],
        ["CCNE1 amplification", "—", "—", "Trastuzumab (reported in small series)"],
    ], [100, 180, 130, 106], st, grid="grid", line=colors.HexColor("#999999"), headbg=colors.HexColor("#e3e9f2")))
    s.append(Spacer(1, 6))
    s.append(P("CLINICAL TRIALS (selected)", st["h3"]))
    s.append(tbl([
        ["Trial", "Title", "Gene targets", "Location"],
        ["ZEN-GEJ-05", "Bispecific HER2 antibody plus chemotherapy, first-line HER2-positive GEA", "ERBB2", "Columbia Falls, OR"],
        ["CYCLE-2B", "WEE1/PKMYT1 inhibitor in CCNE1-amplified solid tumors", "CCNE1", "Portland Heights, OR"],
        ["CLDN-ADC-1", "Claudin 18.2 antibody-drug conjugate (tissue CLDN18.2 required)", "—", "Tri-River, WA"],
    ], [70, 280, 70, 96], st, grid="hlines", line=colors.HexColor("#cccccc")))
    s.append(P("INTERPRETATION", st["h2"]))
    s.append(P("High-level ERBB2 amplification is detected in plasma, consistent with the tissue HER2 status. "
               "Co-amplification of KRAS and CCNE1 is noted. TP53 R282W is a common truncal variant. Microsatellite "
               "status was not assessed; MMR immunohistochemistry on the diagnostic biopsy is recommended if not "
               "already performed.", st["body"]))
    s.append(PageBreak())
    s.append(P("METHODS", st["h2"]))
    s.append(P("Cell-free DNA was extracted from 8.6 mL of plasma (yield 48 ng) and sequenced after hybrid capture of "
               "74 genes (median unique coverage 7,350x). Plasma copy number (PCN) is the ratio of normalised "
               "coverage of a gene to the specimen's diploid baseline; amplification is reported when PCN exceeds the "
               "gene-specific threshold (ERBB2 2.2, KRAS 2.4, MET 2.2, EGFR 2.3, FGFR2 2.3, CCNE1 2.5). SNVs and indels "
               "are reported at or above 0.1% (hotspots) and 0.25% (elsewhere).", st["body"]))
    s.append(P("LIMITATIONS", st["h3"]))
    s.extend(bullets([
        "This is not a germline test. Variants from clonal hematopoiesis (DNMT3A, TET2, ASXL1 at low fraction) are filtered.",
        "Copy-number losses, bTMB, MSI and fusions outside the genes marked ‡ are not assessed.",
        "Plasma copy number is not equivalent to the HER2/CEP17 ratio or HER2 copy number per cell by ISH.",
    ], st))
    s.append(P("GENES ANALYSED", st["h3"]))
    s.append(gene_grid(HALCYON74, 8, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Electronically signed 04/03/2025 11:20 PT by Julian Ferreira-Mott, MD, Associate Director.", st["small"]))
    labels = [
        L("HER2", "amplification", "positive", ["ERBB2 is amplified at a plasma copy number of 6.8"]),
        L("KRAS", "amplification", "positive", ["KRAS is also amplified (plasma copy number 3.1)"]),
        L("KRAS", "mutation", "negative", "no KRAS sequence variant is detected"),
        L("TP53", "mutation", "positive", ["R282W", "7.9%"], alteration="R282W"),
        L("EGFR", "amplification", "negative", "AMPLIFICATIONS ASSESSED AND NOT DETECTED EGFR, FGFR2, MET"),
        L("MET", "amplification", "negative", "EGFR, FGFR2, MET, MYC"),
        L("BRAF", "mutation", "negative", "NO SEQUENCE VARIANTS DETECTED IN BRAF, KRAS, PIK3CA"),
        L("PIK3CA", "mutation", "negative", "BRAF, KRAS, PIK3CA, ERBB2"),
        L("HER2", "mutation", "negative", "PIK3CA, ERBB2, CDH1"),
        L("HER2", "expression", "positive", "HER2 immunohistochemistry score of 3+", ihc_score="3+", optional=True),
        L("PD-L1", "expression", "positive", "PD-L1 CPS 5 (22C3)", value="CPS 5", optional=True),
    ]
    return Report("7512", lab, meta, s, labels, title="HalcyonLiquid 74 Plasma Genomic Profile",
                  doc="Commercial 74-gene plasma panel, second report", tumour="GEJ adenocarcinoma, metastatic",
                  kinds=["BOX", "CNV", "VT", "VUS", "ND", "THER", "PANEL", "TISS"],
                  note="Plasma copy numbers: ERBB2 6.8 and KRAS 3.1 amplified, with KRAS sequence variants absent (two KRAS labels of different aspect); amplification and sequence negative lists kept apart; tissue HER2 3+ and PD-L1 CPS 5 optional; claudin 18.2 and CCNE1 out of scope.")


# =============================================================================== 7513
def r7513():
    lab = HOLMGARD
    st = lab.st
    W = 595.27 - 46 * mm
    meta = dict(patient="Patient M", dob="1948-05-17", referral="Urology Clinic, Holmgård (Dr Einar Lundqvist)",
                accession="MP25-41187", collected="2025-02-11", reported="2025-02-27")
    s = []
    s.append(P("Circulating tumour DNA analysis — prostate cancer (HRR genes and AR)", st["h1"]))
    s.append(P("1. Question and clinical background", st["h3"]))
    s.append(P("Metastatic castration-resistant prostate cancer (bone, lymph nodes); progression on enzalutamide. "
               "Bone-only biopsy not considered feasible. Question: homologous recombination repair (HRR) gene "
               "alterations for PARP inhibitor eligibility? AR status? The patient's sister carries a pathogenic "
               "BRCA1 variant (c.68_69del), identified at this department in 2019 (family file KG-19-0441).", st["body"]))
    s.append(P("2. Sample", st["h3"]))
    s.append(P("Peripheral blood, 2 × 10 ml cfDNA tubes, taken 2025-02-11, received 2025-02-12. cfDNA yield 52 ng from "
               "8 ml plasma.", st["body"]))
    s.append(P("3. Answer", st["h3"]))
    ans = bullets([
        "<b>BRCA2</b>: pathogenic variant detected, NM_000059.4:c.7558C&gt;T p.(Arg2520Ter), VAF 8.2%. The allele "
        "fraction is consistent with somatic origin (estimated tumour fraction 22%).",
        "<b>AR</b>: amplification detected (plasma copy number 9.4), and AR c.2632A&gt;G p.(Thr878Ala), VAF 2.1%.",
        "<b>TP53</b>: c.536A&gt;G p.(His179Arg), VAF 19.8% — pathogenic.",
        "<b>BRCA1</b>: no pathogenic variant detected; in particular the familial BRCA1 c.68_69del was not found.",
        "Other HRR genes (ATM, CDK12, CHEK2, PALB2, RAD51B/C/D, RAD54L, BARD1, BRIP1, FANCL): no pathogenic variant "
        "detected. ATM c.5596G&gt;A p.(Asp1866Asn), VAF 0.8%, is a variant of uncertain significance.",
        "Microsatellite instability: not detected. Blood tumour mutational burden: 3.2 mutations/Mb.",
    ], st)
    s.append(boxed(ans, W, border=colors.black, bg=HOLMGARD.grey, lw=0.6))
    s.append(P("4. Assessment", st["h3"]))
    s.append(P("The BRCA2 nonsense variant is a qualifying HRR alteration for PARP inhibitor treatment in mCRPC. Since "
               "the variant allele fraction (8.2%) is well below 50% in a sample with a tumour fraction of about 22%, "
               "the variant is most likely somatic, possibly with loss of the wild-type allele; it does not suggest a "
               "constitutional BRCA2 variant. The familial BRCA1 variant was not found at an allele fraction expected "
               "for a heterozygous carrier (about 50%), which argues against carriership but is not a substitute for "
               "germline testing. Genetic counselling is offered regardless, given the family history.", st["body"]))
    s.append(P("AR amplification and the ligand-binding-domain variant p.(Thr878Ala) (historically T877A) are associated "
               "with resistance to androgen-receptor pathway inhibitors and may be relevant to the choice of next "
               "line. The TMPRSS2::ERG fusion is detected (7 supporting reads); it has no therapeutic implication.", st["body"]))
    s.append(PageBreak())
    s.append(P("5. Variant list", st["h3"]))
    s.append(tbl([
        ["Gene", "Variant (HGVS)", "VAF / CN", "Classification", "Origin"],
        ["BRCA2", "c.7558C&gt;T p.(Arg2520Ter)", "8.2%", "Pathogenic (class 5)", "Somatic (probable)"],
        ["AR", "Amplification", "CN 9.4", "Oncogenic", "Somatic"],
        ["AR", "c.2632A&gt;G p.(Thr878Ala)", "2.1%", "Oncogenic", "Somatic"],
        ["TP53", "c.536A&gt;G p.(His179Arg)", "19.8%", "Pathogenic (class 5)", "Somatic"],
        ["TMPRSS2::ERG", "Fusion (exon 1 – exon 4)", "7 reads", "Oncogenic", "Somatic"],
        ["ATM", "c.5596G&gt;A p.(Asp1866Asn)", "0.8%", "VUS (class 3)", "Unknown"],
        ["CHEK2", "c.470T&gt;C p.(Ile157Thr)", "0.6%", "Low-risk allele, not reported as pathogenic", "Possible CH"],
    ], [56, 130, 50, 110, W - 346], st, grid="grid", line=colors.HexColor("#999999"), headbg=HOLMGARD.grey))
    s.append(Spacer(1, 4))
    s.append(P("CHEK2 p.(Ile157Thr) at low allele fraction is compatible with clonal haematopoiesis and is not "
               "considered further.", st["small"]))
    s.append(P("6. Method", st["h3"]))
    s.append(P("Hybrid-capture sequencing of cfDNA with unique molecular identifiers (in-house panel, 32 genes; "
               "coding regions and exon–intron boundaries, AR enhancer and copy number, selected TMPRSS2 and ERG "
               "introns). Mean deduplicated depth 3,100x. Detection limit: 0.5% VAF for SNVs and small indels at ≥30 ng "
               "input. Large deletions (e.g. homozygous BRCA2 deletion) are detected only at tumour fractions above about "
               "20% and are reported when present. Microsatellite status is inferred from 60 homopolymer loci. Blood "
               "TMB is calculated over 0.9 Mb of coding sequence; no threshold is applied by the laboratory because "
               "the panel size is small and no clinical cut-off has been validated for prostate cancer.", st["body"]))
    s.append(P("Genes analysed", st["h3"]))
    s.append(gene_grid(HOLMGARD_HRR, 8, W, st, style="cellsmall"))
    s.append(P("7. Limitations", st["h3"]))
    s.append(P("Germline and somatic variants cannot be distinguished with certainty without a matched normal sample. "
               "A negative result in plasma does not exclude a variant in the tumour; at lower tumour fractions, "
               "tissue testing (for example of a soft-tissue metastasis) or repeat plasma testing may be considered.", st["body"]))
    s.append(Spacer(1, 10))
    s.append(kv([["Analysed by", "Sara Blom-Hedqvist, MSc, Hospital Molecular Geneticist"],
                 ["Signed", "Johan Ekdahl, MD, PhD, Consultant in Clinical Pathology, 2025-02-27"]], [70, 330], st))
    labels = [
        L("BRCA2", "mutation", "positive", ["p.(Arg2520Ter)", "VAF 8.2%"], alteration="R2520*"),
        L("AR", "amplification", "positive", "amplification detected (plasma copy number 9.4)"),
        L("AR", "mutation", "positive", ["p.(Thr878Ala)", "VAF 2.1%"], alteration="T878A"),
        L("TP53", "mutation", "positive", ["p.(His179Arg)", "VAF 19.8%"], alteration="H179R"),
        L("BRCA1", "mutation", "negative", "BRCA1: no pathogenic variant detected"),
        L("MSI", "signature", "negative", "Microsatellite instability: not detected"),
        L("TMB", "signature", "reported", "Blood tumour mutational burden: 3.2 mutations/Mb", value="3.2 mutations/Mb"),
    ]
    return Report("7513", lab, meta, s, labels, title="ctDNA analysis – prostate cancer",
                  doc="Nordic university hospital molecular pathology answer, numbered sections", tumour="mCRPC",
                  kinds=["VT", "CNV", "FUS", "VUS", "CHIP", "SIG", "TF", "REL", "PANEL"],
                  note="Numbered-answer box: somatic BRCA2 R2520*, AR amplification and AR T878A, TP53; BRCA1 negative while the sister's familial BRCA1 variant is a near miss; MSI not detected; bTMB 3.2 with no cut-off ('reported'); TMPRSS2::ERG, ATM VUS and CHEK2 possible CH are near misses.")


# =============================================================================== 7514
def r7514():
    lab = EMBERLINE
    st = lab.st
    W = 612 - 108
    org = lab.orange
    pale = colors.HexColor("#fbeee6")
    meta = dict(patient="Patient N", dob="02/27/1970", sex="F", accession="EMB-25-03361", collected="03/17/2025",
                physician="Kenji Marchbanks, MD", facility="Piedmont Hepatobiliary Program",
                specimen="Peripheral blood (2 cfDNA tubes)", diagnosis="Intrahepatic cholangiocarcinoma")
    s = []
    s.append(tbl([["RESULT", "REPORT DATE", "TEST"],
                  [bigp("ALTERATIONS DETECTED", st, 12, color=org), "03/27/2025", "EmberSeq™ cfDNA (93 genes)"]],
                 [W * 0.45, W * 0.2, W * 0.35], st, grid="box", line=org, headbg=pale))
    s.append(P("Biomarkers with therapies approved in this cancer type", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Result", "VAF", "Therapies"],
        ["IDH1", "R132C (c.394C&gt;T)", "3.1%", "Ivosidenib"],
        ["FGFR2", "FGFR2–BICC1 fusion (intron 17 breakpoint)", "1.2%", "Futibatinib, pemigatinib"],
    ], [70, 190, 50, W - 310], st, grid="hlines", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(P("Other alterations", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Comment"],
        ["BAP1", "Q267* (c.799C&gt;T)", "2.8%", "Loss of function; prognostic associations only"],
        ["ARID1A", "R1989* (c.5965C&gt;T)", "1.5%", "Loss of function"],
    ], [70, 190, 50, W - 310], st, grid="hlines", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(P("Biomarkers tested and not detected", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Result", "Biomarker", "Result"],
        ["IDH2 (R140, R172)", "Not detected", "KRAS", "Not detected"],
        ["BRAF V600E", "Not detected", "ERBB2 (HER2) amplification", "Not detected"],
        ["NTRK1/2/3 fusions", "Not detected", "MSI-High", "Not detected"],
        ["RET fusions", "Not detected", "BRCA1 / BRCA2", "Not detected"],
    ], [110, 120, 150, W - 380], st, grid="grid", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(Spacer(1, 4))
    s.append(P("A not-detected result may reflect low tumor DNA shedding. The maximum somatic VAF in this sample is "
               "3.1%, which supports adequate sensitivity for the results above at their stated limits of detection.", st["small"]))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("An IDH1 R132C hotspot mutation and an FGFR2 fusion are both detected in plasma. These alterations "
               "are usually mutually exclusive in cholangiocarcinoma; their co-detection may reflect two tumor "
               "subclones or, less likely, an unrelated process. Their allele fractions are similar. Confirmation "
               "on tissue is recommended before selecting between IDH1- and FGFR2-directed therapy. FGFR2 fusions are "
               "reported for completeness; this report does not rank the two options.", st["body"]))
    s.append(PageBreak())
    s.append(P("Clinical trials", st["h2"]))
    s.append(tbl([
        ["Study", "Description", "Relevant biomarker"],
        ["EMB-BTC-118", "Phase 2 IDH1 inhibitor plus durvalumab after first-line gemcitabine-cisplatin", "IDH1 R132"],
        ["FIGHT-ON-3B", "Irreversible FGFR1-4 inhibitor in FGFR2 fusion/rearrangement BTC", "FGFR2"],
        ["HER-BTC-2", "Zanidatamab in HER2-amplified or HER2 IHC 3+ biliary tract cancer (tissue-based eligibility)", "ERBB2"],
    ], [80, 320, W - 400], st, grid="hlines", line=colors.HexColor("#dddddd")))
    s.append(P("Sample quality", st["h2"]))
    s.append(kv([["cfDNA input", "28 ng", "Median unique depth", "5,120x"],
                 ["Max. somatic VAF", "3.1%", "QC status", "Pass"]], [90, 120, 110, 120], st, grid="grid",
                line=colors.HexColor("#e8c3a8")))
    s.append(P("Methods and limitations", st["h2"]))
    s.append(P("EmberSeq™ cfDNA interrogates 93 genes by hybrid capture with molecular barcoding: coding exons for "
               "SNVs and indels, copy number for 18 genes and introns of 12 genes for fusions. Limits of detection: "
               "SNV 0.15%, indel 0.3%, fusion 0.4%, amplification plasma copy number 2.4. MSI is assessed from 58 loci "
               "and reported as MSI-High or not detected. Clonal hematopoiesis variants in DNMT3A, TET2, ASXL1, PPM1D "
               "and JAK2 are filtered. Germline variants are not reported unless pathogenic in a cancer "
               "predisposition gene, in which case confirmatory germline testing is advised.", st["body"]))
    s.append(P("Genes on the panel", st["h3"]))
    s.append(gene_grid(EMBER96, 10, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Approved by Paulo Nwachukwu, MD, Laboratory Director, 03/27/2025. This laboratory-developed test has "
               "not been cleared or approved by the FDA.", st["small"]))
    labels = [
        L("IDH1", "mutation", "positive", ["R132C (c.394C>T)", "3.1%"], alteration="R132C"),
        L("IDH2", "mutation", "negative", "IDH2 (R140, R172) Not detected"),
        L("KRAS", "mutation", "negative", "KRAS Not detected"),
        L("BRAF", "mutation", "negative", "BRAF V600E Not detected", alteration="V600E"),
        L("HER2", "amplification", "negative", "ERBB2 (HER2) amplification Not detected"),
        L("NTRK", "fusion", "negative", "NTRK1/2/3 fusions Not detected"),
        L("MSI", "signature", "negative", "MSI-High Not detected"),
        L("RET", "fusion", "negative", "RET fusions Not detected"),
        L("BRCA1", "mutation", "negative", "BRCA1 / BRCA2 Not detected"),
        L("BRCA2", "mutation", "negative", "BRCA1 / BRCA2 Not detected"),
    ]
    return Report("7514", lab, meta, s, labels, title="EmberSeq cfDNA Report",
                  doc="Commercial 93-gene plasma panel, biomarker-tier layout", tumour="Intrahepatic cholangiocarcinoma",
                  kinds=["BOX", "VT", "FUS", "ND", "SIG", "THER", "QC", "PANEL"],
                  note="IDH1 R132C with an out-of-scope FGFR2 fusion; two-column 'tested and not detected' grid (IDH2, KRAS, BRAF V600E, ERBB2 amplification, NTRK, MSI-H, RET, BRCA1/2); trial table mentions HER2 3+ tissue eligibility (near miss).")


# =============================================================================== 7515
def r7515():
    lab = NORDLICHT
    st = lab.st
    W = 595.27 - 45 * mm
    meta = dict(patient="Patient O", dob="03.12.1955", accession="MP-25-0977", received="11.03.2025",
                reported="14.03.2025",
                sender=["Lungenzentrum Hallenbrück-Nord", "Thorakale Onkologie", "Frau Dr. med. Annika Sørensen",
                        "Am Wasserturm 21", "D-39915 Hallenbrück"])
    s = []
    s.append(P("<b>Molecular pathology report — quantitative EGFR monitoring in plasma (digital PCR)</b>",
               ParagraphStyle("x", parent=st["body"], fontSize=12, leading=15)))
    s.append(P("Report issued in English at the request of the treating physician.", st["ital"]))
    s.append(kv([
        ["Patient:", "Patient O, born 03.12.1955, male", "Sample:", "Plasma (2 × 10 ml cfDNA tubes)"],
        ["Case no.:", "LZ-2025-004417", "Drawn:", "10.03.2025, 08:10"],
    ], [48, 170, 48, 184], st))
    s.append(P("Clinical information", st["h3"]))
    s.append(P("Lung adenocarcinoma, stage IV, EGFR exon 19 deletion (p.E746_A750del) on tissue at diagnosis (this "
               "institute, MP-23-1180). Afatinib 05/2023–08/2024. Plasma T790M positive 09/2024 (MP-24-2218), osimertinib "
               "since 10/2024. Radiologically stable disease 02/2025. Monitoring at three-monthly intervals.", st["body"]))
    s.append(P("Results", st["h3"]))
    s.append(P("Copies of mutant DNA per ml plasma; in brackets the mutant allele fraction (MAF). The current sample is "
               "in the right-hand column.", st["small"]))
    s.append(tbl([
        ["Target", "16.09.2024<br/>(MP-24-2218)", "09.12.2024<br/>(MP-24-3071)", "10.03.2025<br/>(current)"],
        ["EGFR exon 19 deletion (E746_A750del)", "1,840 (8.2%)", "0 (not detected)", "<b>46 (0.21%)</b>"],
        ["EGFR T790M", "410 (1.9%)", "0 (not detected)", "<b>0 (not detected)</b>"],
        ["EGFR C797S", "not tested", "0 (not detected)", "<b>0 (not detected)</b>"],
        ["Wild-type EGFR reference (copies/ml)", "20,600", "14,900", "21,800"],
    ], [160, 95, 95, 95], st, grid="rules", lw=0.6,
        extra=[("BACKGROUND", (3, 1), (3, -1), colors.HexColor("#f0f0f0"))]))
    s.append(Spacer(1, 6))
    s.append(serial_chart(["16.09.2024", "09.12.2024", "10.03.2025"],
                          [("Exon 19 del (MAF %)", [8.2, None, 0.21], colors.black),
                           ("T790M (MAF %)", [1.9, None, None], colors.HexColor("#888888"))],
                          300, 110, font="Times-Roman", ymax=10, yticks=[0, 5, 10], fmt="{:g}%"))
    s.append(P("Interpretation", st["h3"]))
    s.append(P("The EGFR exon 19 deletion is again detectable in the current sample (46 copies/ml, MAF 0.21%) after it "
               "had become undetectable in December 2024. The T790M mutation remains undetectable, and no C797S "
               "mutation is detected. The re-emergence of the founder mutation without detectable T790M or C797S may "
               "precede radiological progression; resistance mechanisms not covered by this assay (e.g. MET "
               "amplification, histological transformation) cannot be assessed. We recommend a repeat sample in "
               "4–6 weeks and, in case of progression, comprehensive plasma or tissue NGS.", st["body"]))
    s.append(P("Method", st["h3"]))
    s.append(P("Droplet digital PCR with mutation-specific hydrolysis probes (exon 19 deletion drop-off assay, T790M, "
               "C797S c.2390G&gt;C and c.2389T&gt;A). cfDNA from 4.0 ml plasma; 2 replicate wells per target. A "
               "sample is called positive with ≥3 mutant droplets across replicates and a false-positive rate "
               "below that of no-template and wild-type controls. Limit of blank: 0 droplets (exon 19), 1 droplet "
               "(T790M). Limit of detection ≈ 0.05% MAF at this input.", st["body"]))
    s.append(P("Notes", st["h3"]))
    s.extend(bullets([
        "Copies/ml depend on plasma volume and extraction efficiency; values are comparable between samples analysed "
        "in this laboratory only.",
        "A result of 0 copies/ml does not exclude the mutation in the tumour.",
        "MET, HER2 and other genes are not analysed by this method.",
    ], st, char="–"))
    s.append(Spacer(1, 12))
    s.append(kv([["Dr. rer. nat. Katrin Lemmerhirt", "Dr. med. Felix Ohnesorge"],
                 ["Molecular biologist", "Consultant pathologist"]], [200, 200], st, boldkeys=False))
    labels = [
        L("EGFR", "mutation", "positive", ["EGFR exon 19 deletion is again detectable", "46 (0.21%)"], alteration="E746_A750del"),
        L("EGFR", "mutation", "negative", ["The T790M mutation remains undetectable"], alteration="T790M"),
        L("EGFR", "mutation", "negative", ["no C797S mutation is detected"], alteration="C797S"),
    ]
    return Report("7515", lab, meta, s, labels, title="EGFR ddPCR monitoring",
                  doc="Academic plasma EGFR digital-PCR monitoring letter (English)", tumour="EGFR-mutant NSCLC on osimertinib",
                  kinds=["PCR", "SER", "ND", "LOD", "TISS"],
                  note="Three-draw ddPCR table and chart: current column has exon 19 deletion again detectable, T790M and C797S not detected; the September 2024 T790M value is a near miss; MET named only as not analysed.")


# =============================================================================== 7516
def r7516():
    lab = ARDENT
    st = lab.st
    W = 612 - 120
    red = lab.red
    meta = dict(patient="Patient P", mrn="70-442-0913", accession="MGP25-1722", reported="07/08/2025")
    s = []
    s.append(kv([
        ["Patient:", "Patient P", "Case:", "MGP25-1722"],
        ["MRN:", "70-442-0913", "Collected:", "06/27/2025 13:05"],
        ["DOB:", "04/09/1961 (F)", "Received:", "06/28/2025"],
        ["Referring:", "Adaeze Lindqvist-Hale, MD (Gynecologic Oncology)", "Specimen:", "Plasma, 2 × 10 mL Streck BCT"],
    ], [54, 200, 60, 178], st))
    s.append(P("CLINICAL INDICATION", st["h3"]))
    s.append(P("Recurrent endometrioid endometrial carcinoma, FIGO grade 2, pelvic and para-aortic nodal recurrence "
               "two years after hysterectomy. Original tumor (2023): mismatch repair deficient by immunohistochemistry "
               "— loss of MLH1 and PMS2 expression, MSH2 and MSH6 retained. MLH1 promoter methylation testing was "
               "requested at that time but is not on file (sent to an outside laboratory; result not received). "
               "Plasma testing requested because the archival block is exhausted.", st["body"]))
    s.append(P("RESULT", st["h2"]))
    res = [P("PLASMA CELL-FREE DNA, BROAD NGS PANEL (ARDENT ctDx-PAN, 310 GENES) WITH BLOOD TMB AND MSI:", st["bodytight"]),
           Spacer(1, 3)] + bullets([
        "<b>MICROSATELLITE INSTABILITY-HIGH (MSI-H) DETECTED</b> in plasma (47 of 112 informative loci unstable; "
        "threshold for MSI-H: ≥ 20%).",
        "<b>BLOOD TUMOR MUTATIONAL BURDEN: 41 mut/Mb — HIGH</b> (laboratory cut-off for bTMB-high: ≥ 16 mut/Mb).",
        "PIK3CA c.3140A&gt;T p.H1047L — VAF 6.3% (Tier I).",
        "KRAS c.35G&gt;T p.G12V — VAF 5.8% (Tier II).",
        "PTEN, ARID1A and CTCF truncating variants and a POLE variant of uncertain significance — see appendix.",
        "ERBB2: not amplified. Estimated tumor fraction: 9%.",
    ], st)
    s.append(boxed(res, W, border=red, lw=0.8))
    s.append(P("COMMENT", st["h2"]))
    s.append(P("MSI-H and a high blood TMB in plasma are concordant with the mismatch repair deficiency documented "
               "in the primary tumor. Many of the 96 coding variants contributing to the bTMB are subclonal "
               "frameshifts in homopolymer tracts, as expected for MMR-deficient tumors. The POLE variant detected "
               "lies outside the exonuclease domain hotspots and is reported as a variant of uncertain significance; "
               "it is not considered the driver of the hypermutation. The finding of MSI-H in plasma does not "
               "distinguish sporadic MLH1 hypermethylation from Lynch syndrome; germline evaluation is recommended "
               "unless MLH1 promoter methylation is documented.", st["body"]))
    s.append(P("PIK3CA H1047L and KRAS G12V are consistent with endometrioid histology. Immune checkpoint inhibitors "
               "are approved for dMMR/MSI-H endometrial carcinoma; the plasma result supports but does not replace the "
               "tissue-based MMR status.", st["body"]))
    s.append(P("METHODS", st["h3"]))
    s.append(P("cfDNA (41 ng) was analysed by hybrid capture across 310 genes (1.1 Mb) with duplex barcodes. "
               "bTMB counts somatic coding SNVs and indels per Mb after exclusion of germline polymorphisms and clonal "
               "hematopoiesis calls; MSI is determined from length distributions at 112 homopolymer loci, with MSI-H "
               "called when ≥20% of informative loci are unstable. Both require tumor fraction ≥1%. SNV/indel limit of "
               "detection: 0.25% VAF. The appendix (following page, landscape) lists all reportable variants.", st["small"]))
    s.append(Spacer(1, 6))
    s.append(P("Hannah R. Voss, MD, Molecular Genetic Pathology — electronically signed 07/08/2025", st["body"]))
    s.append(NextPageTemplate("land"))
    s.append(PageBreak())
    s.append(P("APPENDIX — COMPLETE LIST OF REPORTABLE VARIANTS (MGP25-1722)", st["h2"]))
    s.append(tbl([
        ["Gene", "Transcript", "cDNA", "Protein", "Exon", "VAF", "Depth", "Classification", "Flags"],
        ["PIK3CA", "NM_006218.4", "c.3140A&gt;T", "p.His1047Leu", "21", "6.3%", "4,870", "Tier I — pathogenic", "—"],
        ["KRAS", "NM_004985.5", "c.35G&gt;T", "p.Gly12Val", "2", "5.8%", "5,210", "Tier II — pathogenic", "—"],
        ["PTEN", "NM_000314.8", "c.800del", "p.Lys267Argfs*9", "7", "7.1%", "3,980", "Tier II — pathogenic", "homopolymer"],
        ["ARID1A", "NM_006015.6", "c.5548del", "p.Asp1850Thrfs*33", "20", "4.4%", "4,120", "Tier II — likely pathogenic", "homopolymer"],
        ["CTCF", "NM_006565.4", "c.1154del", "p.Lys385Serfs*17", "5", "3.9%", "3,760", "Tier II — likely pathogenic", "—"],
        ["RNF43", "NM_017763.6", "c.1976del", "p.Gly659Valfs*41", "9", "5.0%", "4,430", "Tier II — likely pathogenic", "MSI hotspot"],
        ["POLE", "NM_006231.4", "c.2091G&gt;T", "p.Lys697Asn", "19", "3.2%", "4,010", "Tier III — VUS", "—"],
        ["JAK1", "NM_002227.4", "c.2108del", "p.Lys703Argfs*11", "15", "2.7%", "3,550", "Tier III — VUS", "homopolymer"],
        ["DNMT3A", "NM_022552.5", "c.2644C&gt;T", "p.Arg882Cys", "23", "0.9%", "5,020", "Not tumor-derived", "possible CH"],
        ["PPM1D", "NM_003620.4", "c.1654C&gt;T", "p.Arg552*", "6", "0.4%", "4,300", "Not tumor-derived", "possible CH"],
    ], [46, 72, 64, 110, 32, 40, 44, 140, 72], st, grid="grid", line=colors.HexColor("#bbbbbb"),
        headbg=colors.HexColor("#f3e3e2")))
    s.append(Spacer(1, 6))
    s.append(P("Copy number: no amplifications detected among the 24 genes assessed for amplification (including ERBB2, "
               "MET, EGFR, FGFR1/2, CCNE1, MYC). Fusions: none detected. Variants flagged 'possible CH' are attributed to "
               "clonal hematopoiesis and excluded from bTMB; 84 additional passenger variants contributing to bTMB are "
               "available in the laboratory's data file and are not individually reported.", st["small"]))
    s.append(P("Tier definitions follow the AMP/ASCO/CAP joint consensus (2017). Depth is the number of unique "
               "(deduplicated) molecules at the variant position.", st["tiny"]))
    labels = [
        L("MSI", "signature", "positive", "MICROSATELLITE INSTABILITY-HIGH (MSI-H) DETECTED"),
        L("TMB", "signature", "positive", ["BLOOD TUMOR MUTATIONAL BURDEN: 41 mut/Mb — HIGH"], value="41 mut/Mb"),
        L("PIK3CA", "mutation", "positive", ["p.H1047L", "VAF 6.3%"], alteration="H1047L"),
        L("KRAS", "mutation", "positive", ["p.G12V", "VAF 5.8%"], alteration="G12V"),
        L("HER2", "amplification", "negative", "ERBB2: not amplified"),
        L("MET", "amplification", "negative", "no amplifications detected among the 24 genes assessed for amplification (including ERBB2, MET, EGFR"),
        L("EGFR", "amplification", "negative", "(including ERBB2, MET, EGFR, FGFR1/2, CCNE1, MYC)"),
        L("MMR", "signature", "positive", "mismatch repair deficient by immunohistochemistry", optional=True),
        L("MLH1", "expression", "negative", "loss of MLH1 and PMS2 expression", optional=True),
        L("PMS2", "expression", "negative", "loss of MLH1 and PMS2 expression", optional=True),
        L("MSH2", "expression", "positive", "MSH2 and MSH6 retained", optional=True),
        L("MSH6", "expression", "positive", "MSH2 and MSH6 retained", optional=True),
    ]
    return Report("7516", lab, meta, s, labels, title="Ardent ctDx-PAN",
                  doc="Academic broad plasma panel with bTMB/MSI, portrait result pages and a landscape variant appendix",
                  tumour="Recurrent endometrioid endometrial carcinoma",
                  kinds=["SIG", "VT", "VUS", "CHIP", "TF", "LAND", "TISS"],
                  note="MSI-H and bTMB 41 mut/Mb (cut-off 16) in plasma; PIK3CA H1047L and KRAS G12V; landscape appendix with VUS and CH rows; tissue MMR IHC (MLH1/PMS2 loss, MSH2/MSH6 retained, dMMR) optional; MLH1 methylation never resulted (near miss).")


# =============================================================================== 7517
def r7517():
    lab = EMBERLINE
    st = lab.st
    W = 612 - 108
    org = lab.orange
    pale = colors.HexColor("#fbeee6")
    meta = dict(patient="Patient Q", dob="07/15/1981", sex="M", accession="EMB-25-05902", collected="05/05/2025",
                physician="Beatriz Holloway-Sen, MD", facility="Carolina Pancreas Center",
                specimen="Peripheral blood (2 cfDNA tubes)", diagnosis="Pancreatic ductal adenocarcinoma")
    s = []
    s.append(tbl([["RESULT", "REPORT DATE", "TEST"],
                  [bigp("ALTERATIONS DETECTED", st, 12, color=org), "05/15/2025", "EmberSeq™ cfDNA (93 genes)"]],
                 [W * 0.45, W * 0.2, W * 0.35], st, grid="box", line=org, headbg=pale))
    s.append(Spacer(1, 4))
    s.append(boxed([P("<b>Sample quality notice.</b> cfDNA input was 12 ng (laboratory minimum 10 ng; optimal ≥ 25 ng). "
                      "Sensitivity for variants below 0.5% VAF is reduced. Results below are valid; negative results "
                      "should be interpreted with caution.", st["cell"])], W, border=colors.HexColor("#c0392b"),
                   bg=colors.HexColor("#fdecea"), lw=0.8))
    s.append(P("Biomarkers with therapies approved in this cancer type", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Result", "VAF", "Therapies"],
        ["NTRK3", "<b>ETV6::NTRK3 fusion</b> (ETV6 exon 5 – NTRK3 exon 15)", "0.6%", "Larotrectinib, entrectinib, repotrectinib (tumor-agnostic)"],
    ], [70, 200, 40, W - 310], st, grid="hlines", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(P("Other alterations", st["h2"]))
    s.append(tbl([
        ["Gene", "Alteration", "VAF", "Comment"],
        ["TP53", "R248W (c.742C&gt;T)", "0.8%", "Pathogenic; no directed therapy"],
        ["CDKN2A", "R80* (c.238C&gt;T)", "0.7%", "Loss of function"],
    ], [70, 200, 40, W - 310], st, grid="hlines", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(P("Biomarkers tested and not detected", st["h2"]))
    s.append(tbl([
        ["Biomarker", "Result", "Biomarker", "Result"],
        ["KRAS (codons 12, 13, 61)", "Not detected", "BRCA1", "Not detected"],
        ["BRAF", "Not detected", "BRCA2", "Not detected"],
        ["NRG1 fusions", "Not detected", "PALB2", "Not detected"],
        ["MSI-High", "Not evaluable (input)", "ERBB2 amplification", "Not evaluable (input)"],
    ], [120, 110, 120, W - 350], st, grid="grid", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(Spacer(1, 4))
    s.append(P("MSI and copy-number calls require ≥ 20 ng cfDNA and are not reported for this sample.", st["small"]))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("An ETV6::NTRK3 fusion is detected in a pancreatic adenocarcinoma in which no KRAS mutation is found in "
               "plasma. KRAS wild-type pancreatic cancers are enriched for targetable fusions (NTRK, NRG1, ALK, RET, "
               "BRAF). Because the input and the fusion allele fraction are low, and because a KRAS variant below the "
               "limit of detection cannot be excluded, confirmation of the fusion on tissue (RNA-based) and of KRAS "
               "status is recommended. TRK immunohistochemistry on tissue may be used as a screen but is not a "
               "substitute for molecular confirmation.", st["body"]))
    s.append(P("Family history", st["h3"]))
    s.append(P("The requisition notes that the patient's mother carries a pathogenic BRCA2 variant (outside laboratory, "
               "2019) and that germline testing of the patient is pending. No BRCA2 variant is detected in this "
               "plasma sample. This somatic assay is not designed to exclude a germline variant; the pending germline "
               "test should be completed.", st["body"]))
    s.append(PageBreak())
    s.append(P("Sample quality", st["h2"]))
    s.append(kv([["cfDNA input", "12 ng (LOW)", "Median unique depth", "2,140x"],
                 ["Max. somatic VAF", "0.8%", "QC status", "Pass with limitations"],
                 ["Plasma volume", "7.6 mL", "Days from draw to extraction", "2"]],
                [90, 120, 130, 100], st, grid="grid", line=colors.HexColor("#e8c3a8")))
    s.append(P("Methods and limitations", st["h2"]))
    s.append(P("EmberSeq™ cfDNA interrogates 93 genes by hybrid capture with molecular barcoding (coding exons; copy "
               "number for 18 genes; introns of 12 genes for fusions, including NTRK1/2/3 and NRG1). Limits of "
               "detection at ≥ 25 ng input: SNV 0.15%, indel 0.3%, fusion 0.4%. At 12 ng the validated LoD for SNVs "
               "is 0.5%. Fusions are called from ≥ 4 unique chimeric molecules; the ETV6::NTRK3 call is supported by "
               "6. Clonal hematopoiesis variants in DNMT3A, TET2, ASXL1, PPM1D and JAK2 are filtered.", st["body"]))
    s.append(P("Genes on the panel", st["h3"]))
    s.append(gene_grid(EMBER96, 10, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(P("Approved by Paulo Nwachukwu, MD, Laboratory Director, 05/15/2025. This laboratory-developed test has "
               "not been cleared or approved by the FDA.", st["small"]))
    labels = [
        L("NTRK", "fusion", "positive", ["ETV6::NTRK3 fusion", "0.6%"], alteration="ETV6-NTRK3"),
        L("TP53", "mutation", "positive", ["R248W (c.742C>T)", "0.8%"], alteration="R248W"),
        L("KRAS", "mutation", "negative", "KRAS (codons 12, 13, 61) Not detected"),
        L("BRAF", "mutation", "negative", "BRAF Not detected"),
        L("BRCA1", "mutation", "negative", "BRCA1 Not detected"),
        L("BRCA2", "mutation", "negative", "BRCA2 Not detected"),
    ]
    return Report("7517", lab, meta, s, labels, title="EmberSeq cfDNA Report",
                  doc="Commercial 93-gene plasma panel with a low-input notice", tumour="Pancreatic ductal adenocarcinoma",
                  kinds=["FUS", "VT", "ND", "QC", "REL", "PANEL"],
                  note="ETV6::NTRK3 fusion in a KRAS-negative pancreatic cancer at 12 ng input; MSI and ERBB2 'not evaluable' (no label); mother's BRCA2 and the pending germline test are near misses; TRK IHC mentioned only as an option.")


# =============================================================================== 7518
def r7518():
    lab = CAIRNFIELD
    st = lab.st
    W = 595.27 - 40 * mm
    blue = lab.blue
    meta = dict(patient="Patient R", accession="GL25-11094", nhs="999 702 5531", test="ctDNA – NSCLC panel (resistance)")
    s = []
    s.append(kv([
        ["Patient", "Patient R", "Lab number", "GL25-11094"],
        ["Date of birth", "30/06/1973", "Sample type", "Peripheral blood (cfDNA tubes × 2)"],
        ["Sex", "Female", "Collected / received", "02/06/2025 / 03/06/2025"],
        ["NHS number", "999 702 5531", "Date reported", "10/06/2025"],
        ["Referring clinician", "Dr Moira Kinnaird, Medical Oncology", "Referring hospital", "Cairnfield Royal Infirmary"],
    ], [74, 170, 84, 158], st, grid="grid", line=colors.HexColor("#9bb7d4")))
    s.append(P("Reason for referral", st["h2"]))
    s.append(P("RET fusion-positive lung adenocarcinoma (KIF5B::RET identified by RNA-based tissue NGS, GL23-20417). "
               "Selpercatinib from 11/2023; new liver metastases 05/2025. Plasma requested to identify on-target or "
               "bypass resistance.", st["body"]))
    summ = tbl([["RESULT SUMMARY"],
                ["KIF5B::RET fusion <b>detected</b> in ctDNA, with an acquired RET solvent-front variant "
                 "<b>c.2428G&gt;A p.(Gly810Ser)</b>."],
                ["No EGFR, KRAS or BRAF variant; no ALK or ROS1 rearrangement detected."]],
               [W], st, head=1, grid="box", line=blue, lw=1.2, headbg=colors.HexColor("#dbe8f6"))
    s.append(summ)
    s.append(P("Variants and rearrangements detected", st["h2"]))
    s.append(tbl([
        ["Gene", "Variant", "VAF / fusion AF", "Tier", "Clinically actionable?", "Comment"],
        ["RET", "KIF5B exon 15 :: RET exon 12 fusion", "1.4%", "IA", "Yes", "Known driver (see tissue)"],
        ["RET", "c.2428G&gt;A p.(Gly810Ser)", "0.3%", "IB", "Yes", "Solvent-front resistance"],
        ["NF1", "c.2041C&gt;T p.(Arg681Ter)", "0.5%", "IIC", "No", "Possible bypass mechanism"],
    ], [36, 150, 58, 30, 64, W - 338], st, grid="grid", line=colors.HexColor("#9bb7d4"), headbg=colors.HexColor("#dbe8f6")))
    s.append(P("Regions analysed with no clinically actionable variant detected", st["h3"]))
    s.append(P("EGFR (exons 18–21); KRAS (exons 2–4); BRAF (exon 15); ALK and ROS1 (intronic breakpoint regions). "
               "MET exon 14 regions: not covered to minimum depth in this sample (see technical information).", st["body"]))
    s.append(P("Interpretation", st["h2"]))
    s.append(P("RET p.(Gly810Ser) is a solvent-front substitution described in patients progressing on selective RET "
               "inhibitors. The low VAF relative to the fusion suggests a subclonal resistance mechanism; other "
               "resistance clones may be present. NF1 loss-of-function has been reported as a RAS–MAPK bypass "
               "mechanism. The laboratory cannot comment on next-generation RET inhibitor sensitivity; referral to "
               "the regional molecular tumour board is advised.", st["body"]))
    s.append(P("MET amplification, a recognised bypass mechanism in this setting, cannot be assessed by this "
               "panel, which does not report copy number. If a biopsy of a progressing lesion is obtained, tissue NGS "
               "including copy number is recommended.", st["body"]))
    s.append(P("Variants of uncertain significance", st["h3"]))
    s.append(P("None reported above 1% VAF. One low-level variant, CHEK2 c.1283C&gt;T p.(Ser428Phe) at 0.4%, is not "
               "interpreted further (gene not on the clinical reporting list for this referral).", st["body"]))
    s.append(PageBreak())
    s.append(P("Previous genomic results held by this laboratory", st["h2"]))
    s.append(tbl([
        ["Date", "Lab number", "Sample", "Test", "Reported result"],
        ["14/09/2023", "GL23-20417", "Lung biopsy (FFPE)", "DNA/RNA NGS panel", "KIF5B::RET fusion (exon 15::exon 12); TP53 c.818G&gt;A p.(Arg273His)"],
        ["14/09/2023", "CP23-33190", "Lung biopsy (FFPE)", "PD-L1 (SP263)", "Reported by Cellular Pathology"],
    ], [54, 60, 76, 80, W - 270], st, grid="grid", line=colors.HexColor("#9bb7d4"), headbg=colors.HexColor("#dbe8f6")))
    s.append(Spacer(1, 4))
    s.append(P("The TP53 variant reported in the 2023 tissue is not detected in the current plasma sample; this may "
               "reflect the lower tumour DNA content of plasma rather than loss of the variant.", st["small"]))
    s.append(P("Technical information", st["h2"]))
    s.append(P("cfDNA from 4.3 mL plasma (input 22 ng). Amplicon-based NGS with molecular barcodes covering 20 genes and "
               "intronic fusion breakpoint regions. Limit of detection 0.2% VAF (SNV/indel), 0.5% (fusion). Median "
               "deduplicated depth 3,880x; MET intron 13/exon 14 amplicons below 1,000x (MET exon 14 skipping not "
               "reportable). RET solvent-front and gatekeeper codons (G810, V804) are covered.", st["body"]))
    s.append(P("Genes in panel", st["h3"]))
    s.append(gene_grid(CAIRN_LUNG, 10, W, st, style="cellsmall"))
    s.append(Spacer(1, 10))
    s.append(tbl([
        ["Reported by", "Authorised by"],
        ["Priya Anand-Mackie, Clinical Scientist (Genomics)", "Dr Fiona Gallacher, Consultant Clinical Scientist, HCPC CS99812"],
        ["10/06/2025 09:31", "10/06/2025 16:02"],
    ], [W / 2, W / 2], st, grid="none"))
    labels = [
        L("RET", "fusion", "positive", ["KIF5B::RET fusion detected", "1.4%"], alteration="KIF5B-RET"),
        L("RET", "mutation", "positive", ["p.(Gly810Ser)", "0.3%"], alteration="G810S"),
        L("EGFR", "mutation", "negative", "No EGFR, KRAS or BRAF variant"),
        L("KRAS", "mutation", "negative", "No EGFR, KRAS or BRAF variant"),
        L("BRAF", "mutation", "negative", "No EGFR, KRAS or BRAF variant"),
        L("ALK", "fusion", "negative", "no ALK or ROS1 rearrangement detected"),
        L("ROS1", "fusion", "negative", "no ALK or ROS1 rearrangement detected"),
        L("TP53", "mutation", "negative", "The TP53 variant reported in the 2023 tissue is not detected in the current plasma sample", alteration="R273H"),
        L("TP53", "mutation", "positive", "p.(Arg273His)", alteration="R273H", optional=True),
    ]
    return Report("7518", lab, meta, s, labels, title="Genomic Laboratory Report – ctDNA",
                  doc="NHS regional genomic laboratory ctDNA resistance report", tumour="RET fusion-positive NSCLC on selpercatinib",
                  kinds=["FUS", "VT", "ND", "QC", "TISS", "PANEL"],
                  note="KIF5B::RET plus acquired RET G810S (fusion and mutation of one marker); EGFR/KRAS/BRAF/ALK/ROS1 negatives; tissue TP53 R273H quoted (optional) but not detected in plasma (regular negative); MET exon 14 region failed coverage and MET amplification not assessable (no MET label).")


# =============================================================================== 7519
def r7519():
    lab = TESSELLATE
    st = lab.st
    W = 612 - 100
    pur = lab.purple
    meta = dict(patient="Patient S", dob="09/30/1984", accession="TS-25-41176", physician="Noor Al-Hakim, MD",
                facility="Westbrook Breast Oncology")
    s = []
    s.append(tbl([["CURRENT RESULT", "MEAN TUMOR MOLECULES / mL", "DRAW"],
                  [bigp("ctDNA NOT DETECTED", st, 15, color=pur), bigp("0.00 MTM/mL", st, 15),
                   "06/16/2025 (post-surgery draw 2)"]],
                 [W * 0.4, W * 0.3, W * 0.3], st, grid="box", line=pur, lw=1.5, headbg=colors.HexColor("#ece6f5")))
    s.append(Spacer(1, 6))
    s.append(kv([["Specimen", "Plasma, 2 × 10 mL cfDNA BCT", "Tumor tissue used for design", "Core biopsy, left breast, 09/2024"],
                 ["Diagnosis", "Invasive ductal carcinoma, triple-negative, cT2 N1", "Matched normal", "Buffy coat, 09/2024"],
                 ["Treatment", "Neoadjuvant chemo-immunotherapy; mastectomy 04/2025 (ypT0 ypN0)", "Variants tracked", "16 somatic SNVs/indels"]],
                [58, 170, 110, 174], st, grid="none"))
    s.append(P("Serial ctDNA results", st["h2"]))
    chart = serial_chart(["10/01/2024", "12/03/2024", "05/12/2025", "06/16/2025"],
                         [("MTM/mL", [24.6, 0.41, None, None], pur)], W * 0.55, 130, font="DejaVuSans",
                         ymax=30, yticks=[0, 10, 20, 30], fmt="{:g}", ylabel="MTM/mL", legend=False)
    table = tbl([["Draw date", "Timepoint", "Result", "MTM/mL"],
                 ["10/01/2024", "Baseline", "POSITIVE", "24.6"],
                 ["12/03/2024", "Cycle 4", "POSITIVE", "0.41"],
                 ["05/12/2025", "Post-op 1", "NEGATIVE", "0.00"],
                 ["06/16/2025", "Post-op 2", "<b>NEGATIVE</b>", "<b>0.00</b>"]],
                [54, 52, 62, 44], st, grid="rules", line=pur)
    side = RLTable([[chart, table]], colWidths=[W * 0.55, W * 0.45])
    side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    s.append(side)
    s.append(P("Interpretation", st["h2"]))
    s.append(P("Circulating tumor DNA is not detected in the second post-operative draw, consistent with the preceding "
               "post-operative draw and with the pathological complete response reported at surgery. ctDNA clearance "
               "during neoadjuvant treatment has been associated with favourable outcomes. Continued surveillance at "
               "the interval chosen by the treating team is suggested; a negative result does not exclude recurrence.", st["body"]))
    s.append(PageBreak())
    s.append(P("Tumor profile at assay design (for reference)", st["h2"]))
    s.append(P("Whole-exome sequencing of the diagnostic core biopsy (tumor content 50%) and matched normal was performed "
               "in 09/2024. Clonal somatic variants selected for tracking included TP53 c.1024C&gt;T p.R342* (tissue "
               "VAF 62%). The design report (TS-D-24-15502) lists the remaining variants. Receptor status from the "
               "referring pathology report: ER 0%, PR 0%, HER2 IHC 0.", st["body"]))
    s.append(P("Germline findings", st["h2"]))
    s.append(P("Germline variants identified in the matched normal are excluded from tracking and are not analysed for "
               "clinical significance by this assay. The ordering clinician indicated that the patient carries a "
               "pathogenic germline BRCA1 variant (c.5266dupC, external laboratory, 2024) and that her sister has "
               "tested negative for it. This information was not generated by Tessellate and is recorded for context.", st["body"]))
    s.append(P("Methods", st["h2"]))
    s.append(P("Patient-specific multiplex PCR of 16 clonal somatic variants selected from tumor/normal exome data, "
               "followed by ultra-deep sequencing of plasma cfDNA (input this draw: 31 ng). A draw is called positive "
               "when two or more tracked variants are detected above background; MTM/mL is the estimated number of "
               "tumor-derived genome copies per mL plasma. Germline and clonal hematopoiesis variants are excluded at "
               "design using matched buffy-coat DNA.", st["body"]))
    s.append(P("Limitations", st["h3"]))
    s.extend(bullets([
        "A negative result does not rule out residual disease below the limit of detection or disease that does not "
        "shed DNA into the circulation.",
        "The assay reports ctDNA status only; it does not report mutation status of individual genes for treatment "
        "selection.",
        "Tumor evolution after design may produce clones lacking the tracked variants.",
    ], st))
    s.append(Spacer(1, 10))
    s.append(P("Reviewed and approved by Celeste Amundsen, PhD, FACMG, Laboratory Director — 06/24/2025.", st["small"]))
    s.append(P("This test was developed and its performance characteristics determined by Tessellate Diagnostics. It has "
               "not been cleared or approved by the FDA.", st["tiny"]))
    labels = [
        L("TP53", "mutation", "positive", "TP53 c.1024C>T p.R342* (tissue VAF 62%)", alteration="R342*", optional=True),
        L("BRCA1", "mutation", "positive", "pathogenic germline BRCA1 variant (c.5266dupC", optional=True),
        L("ER", "expression", "negative", "ER 0%, PR 0%", percent=0, optional=True),
        L("PR", "expression", "negative", "PR 0%", percent=0, optional=True),
        L("HER2", "expression", "negative", "HER2 IHC 0", ihc_score="0", optional=True),
    ]
    return Report("7519", lab, meta, s, labels, title="TraceSignal MRD Report",
                  doc="Tumour-informed MRD report, ctDNA not detected", tumour="Triple-negative breast cancer after neoadjuvant therapy",
                  kinds=["SER", "TISS", "REL", "GERM"],
                  note="Only optional labels: MRD status is not a marker; the TP53 tracked variant from the design exome, the clinician-reported germline BRCA1 and ER/PR/HER2 zeros are quoted context; the sister's negative test is a near miss.")


# =============================================================================== 7520
def r7520():
    lab = EMBERLINE
    st = lab.st
    W = 612 - 108
    org = lab.orange
    pale = colors.HexColor("#fbeee6")
    meta = dict(patient="Patient T", dob="12/11/1966", sex="F", accession="EMB-25-06618", collected="05/19/2025",
                physician="Lionel Abernathy-Cruz, MD", facility="Blue Ridge Oncology Associates",
                specimen="Peripheral blood (1 cfDNA tube)", diagnosis="Adenocarcinoma of unknown primary, favour pancreatobiliary")
    s = []
    s.append(tbl([["RESULT", "REPORT DATE", "TEST"],
                  [bigp("TEST NOT REPORTED", st, 12, color=colors.HexColor("#c0392b")), "05/30/2025", "EmberSeq™ cfDNA (93 genes)"]],
                 [W * 0.45, W * 0.2, W * 0.35], st, grid="box", line=org, headbg=pale))
    s.append(P("Reason", st["h2"]))
    s.append(P("The specimen did not meet quality requirements and no genomic results are reported. Specifically:", st["body"]))
    s.extend(bullets([
        "Only one 10 mL tube was received (two required); plasma volume after processing 3.1 mL.",
        "The tube was received 9 days after collection; the validated stability for this tube type is 7 days at "
        "ambient temperature.",
        "Visible hemolysis and elevated high-molecular-weight DNA (genomic DNA contamination 68%).",
        "cfDNA yield 4.2 ng, below the minimum input of 10 ng required for library preparation.",
    ], st))
    s.append(P("Quality metrics", st["h2"]))
    s.append(tbl([
        ["Metric", "Result", "Requirement", "Status"],
        ["Tubes received", "1", "2", "FAIL"],
        ["Collection-to-receipt", "9 days", "≤ 7 days", "FAIL"],
        ["Plasma volume", "3.1 mL", "≥ 6 mL", "FAIL"],
        ["cfDNA yield", "4.2 ng", "≥ 10 ng", "FAIL"],
        ["Genomic DNA fraction", "68%", "≤ 40%", "FAIL"],
        ["Library preparation", "Not performed", "—", "—"],
    ], [150, 100, 100, 80], st, grid="grid", line=colors.HexColor("#e8c3a8"), headbg=pale))
    s.append(P("Recommendations", st["h2"]))
    s.extend(bullets([
        "A new specimen (two tubes, shipped the day of collection) will be tested at no additional charge. Collection "
        "kits can be requested from client services.",
        "If tissue from the liver biopsy of 04/2025 is available, tissue-based comprehensive genomic profiling should "
        "be considered. The requisition notes that KRAS testing on that biopsy at the referring hospital was not "
        "performed because of insufficient tumor cellularity.",
        "MSI/MMR status, HER2 and NTRK/RET/NRG1 fusion status remain unassessed and are relevant in tumors of "
        "pancreatobiliary type.",
    ], st))
    s.append(P("Family history provided", st["h3"]))
    s.append(P("The patient's father is reported to carry a pathogenic BRCA2 variant (result not provided to Emberline). "
               "Germline genetic counselling is recommended independently of somatic testing.", st["body"]))
    s.append(PageBreak())
    s.append(P("About this test", st["h2"]))
    s.append(P("EmberSeq™ cfDNA interrogates 93 genes by hybrid capture with molecular barcoding, reporting SNVs, indels, "
               "copy-number amplifications (18 genes), fusions (12 genes) and MSI. The genes listed below were "
               "<b>not analysed</b> for this specimen because the test was not performed beyond the extraction step.", st["body"]))
    s.append(gene_grid(EMBER96, 10, W, st, style="cellsmall"))
    s.append(Spacer(1, 8))
    s.append(P("Specimen requirements", st["h3"]))
    s.append(tbl([
        ["Parameter", "Requirement"],
        ["Tube type", "Cell-free DNA BCT (or equivalent stabilising tube), 2 × 8.5-10 mL"],
        ["Shipping", "Ambient, same day as collection; do not refrigerate or freeze"],
        ["Stability", "7 days from collection to receipt"],
        ["Rejection criteria", "Hemolysis, clotting, under-filled tubes, wrong tube type, stability exceeded"],
    ], [110, W - 110], st, grid="hlines", line=colors.HexColor("#dddddd")))
    s.append(Spacer(1, 10))
    s.append(P("Reviewed by Paulo Nwachukwu, MD, Laboratory Director, 05/30/2025. Client services: 1-866-555-0134.", st["small"]))
    labels = []
    return Report("7520", lab, meta, s, labels, title="EmberSeq cfDNA – Test Not Reported",
                  doc="Commercial plasma panel: failed-sample report", tumour="Adenocarcinoma of unknown primary",
                  kinds=["QC", "PANEL", "REL"],
                  note="No result: quality failure (one tube, stability exceeded, haemolysis, 4.2 ng cfDNA); panel list explicitly 'not analysed'; KRAS 'not performed' on the outside biopsy and the father's BRCA2 are near misses. markers: [].")
