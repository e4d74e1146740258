"""Reports 6211-6220."""
from common import *  # noqa: F401,F403
from common import Gauge, ScaleBar, tbl, box, tiles, side, gene_grid, hx, report, L
from labs import HELIX, QUILLON, ROSEMOUNT, KESTREL, SALTMARSH


def _meta(**kw):
    base = dict(sex="F", facility="", status="Final", family="")
    base.update(kw)
    return base


# ============================================================================ 6211
@report("6211", HELIX, _meta(patient="Patient K", dob="04/04/1957", sex="M", mrn="BH-330218", acc="HH-26-01944",
        specimen="Pancreas head, Whipple, block 2F", collected="12/29/2025", received="01/05/2026",
        reported="01/16/2026", physician="Dr. Cordelia Nakamura-Best", tumour="Pancreatic ductal adenocarcinoma"),
        [L("KRAS", "mutation", "positive", ["p.Gly12Val"], alteration="G12V"),
         L("TP53", "mutation", "positive", ["p.Cys176Tyr"], alteration="C176Y"),
         L("BRCA1", "mutation", "negative", ["BRCA1, BRCA2, PALB2"]),
         L("BRCA2", "mutation", "negative", ["BRCA1, BRCA2, PALB2"]),
         L("NTRK", "fusion", "negative", ["NTRK1, NTRK2, NTRK3"]),
         L("ALK", "fusion", "negative", ["NRG1, ALK"]),
         L("RET", "fusion", "negative", ["RET, ROS1."]),
         L("ROS1", "fusion", "negative", ["RET, ROS1."]),
         L("MSI", "signature", "negative", ["Microsatellite stable"]),
         L("TMB", "signature", "negative", ["1.6 mut/Mb"], value="1.6 mut/Mb")],
        doc="Helix & Harrow CGP (landscape)", tumour="pancreatic adenocarcinoma",
        kinds=["LAND", "SUM", "SBS", "VT", "WRAP", "RNEG", "THER", "TRIAL", "GERM", "QC"])
def r6211():
    lab = HELIX
    P, W = lab.P, 712
    s = [P("HelixSeq Solid Tumor 400 \u2014 Comprehensive Genomic Profiling Report", "h1")]
    left = box(lab, [P("Key findings", "h3"),
                     P("\u00b7 KRAS p.Gly12Val (G12V), VAF 18%", "body"),
                     P("\u00b7 TP53 p.Cys176Tyr (C176Y), VAF 21%", "body"),
                     P("\u00b7 CDKN2A homozygous deletion", "body"),
                     P("\u00b7 SMAD4 p.Arg361His, VAF 19%", "body")], 250, bg=hx("#FDF2E9"))
    mid = box(lab, [P("Genomic signatures", "h3"),
                    P("Microsatellite stable (MSS)", "body"),
                    P("TMB 1.6 mut/Mb \u2014 low", "body"),
                    Gauge(0, 30, 1.6, [(0, 10, hx("#FAD7A0")), (10, 30, hx("#E59866"))], [0, 10, 20, 30], width=200,
                          label="H&H TMB-high cut-off: 10 mut/Mb", value_text="1.6")], 230, bg=hx("#FEF9E7"))
    right = box(lab, [P("Homologous recombination genes", "h3"),
                      P("No pathogenic variant in BRCA1, BRCA2, PALB2, ATM, RAD51C or RAD51D in tumour.", "body"),
                      P("Fusions", "h3"), P("No fusion in NTRK1, NTRK2, NTRK3, NRG1, ALK, RET, ROS1.", "body")],
                216, bg=hx("#FDF2E9"))
    s.append(side([left, mid, right], [258, 238, 216]))
    s.append(P("Detailed variant report", "h2"))
    vt = [["Gene", "Alteration (protein)", "Coding", "Exon", "Transcript", "VAF", "AMP tier", "Level", "Interpretation"],
          ["KRAS", "p.Gly12Val", "c.35G&gt;T", "2", "NM_004985.5", "18.2%", "II", "3B",
           "Activating hotspot in the P-loop. Found in roughly 30% of KRAS-mutant pancreatic cancers. Pan-RAS and G12V "
           "selective inhibitors are in clinical trials; no approved targeted therapy."],
          ["TP53", "p.Cys176Tyr", "c.527G&gt;A", "5", "NM_000546.6", "20.7%", "II", "\u2014",
           "DNA-binding domain missense, disrupts zinc coordination; loss of function. Prognostic only."],
          ["CDKN2A", "Deletion (exons 1-3)", "\u2014", "1-3", "NM_000077.5", "CN 0", "II", "4",
           "Homozygous loss of p16INK4a and p14ARF; CDK4/6 inhibitors have shown limited activity in this setting."],
          ["SMAD4", "p.Arg361His", "c.1082G&gt;A", "9", "NM_005359.6", "19.4%", "II", "\u2014",
           "MH2 domain hotspot; loss of TGF-beta signalling; associated with metastatic pattern."],
          ["GNAS", "p.Arg201Cys", "c.601C&gt;T", "8", "NM_000516.7", "1.9%", "III", "\u2014",
           "Low-level; may reflect an associated IPMN component; uncertain significance."]]
    s.append(tbl(lab, vt, [48, 92, 66, 30, 78, 40, 44, 36, 278], grid="lines", zebra=hx("#FEF5E7")))
    s.append(P("AMP tier: I strong, II potential, III unknown significance. Level (OncoKB-style): 1-2 standard care; 3A/3B "
               "clinical evidence; 4 biological evidence; R resistance.", "tiny"))
    s.append(PageBreak())
    s.append(P("Therapies and clinical trials", "h2"))
    s.append(tbl(lab, [["Biomarker", "Approved therapies (this indication)", "Trials (examples)", "Notes"],
                       ["KRAS G12V", "none", "HHT-0412: pan-RAS(ON) inhibitor; HHT-0520: G12V TCR therapy (HLA-A*11:01)",
                        "HLA typing required for TCR trial"],
                       ["CDKN2A loss", "none", "HHT-0388: CDK4/6 + MEK combination", ""],
                       ["BRCA1/2, PALB2 (not altered)", "olaparib maintenance applies to germline BRCA carriers only",
                        "\u2014", "germline testing status: see below"],
                       ["NTRK fusion (not detected)", "larotrectinib, entrectinib \u2014 not applicable", "\u2014", ""]],
                   [150, 210, 240, 112], grid="lines"))
    s.append(P("Germline considerations", "h2"))
    s.append(P("Universal germline testing is recommended for all patients with pancreatic adenocarcinoma. Tumour-only "
               "sequencing does not replace it; a negative tumour result for BRCA1, BRCA2 and PALB2 makes a pathogenic "
               "germline variant in these genes unlikely but does not exclude large rearrangements. The patient's "
               "brother was reported by the referring team to carry an ATM variant; this laboratory has not seen that "
               "result and it does not affect this report.", "bodyj"))
    s.append(P("Specimen quality and method", "h2"))
    s.append(tbl(lab, [["Tumour nuclei", "Macrodissected", "DNA input", "Median depth", ">200x", "Fusion detection",
                        "TMB footprint"],
                       ["25%", "yes", "80 ng", "690x", "97.8%", "DNA intronic baits, 36 genes", "1.1 Mb"]],
                   [90, 90, 80, 90, 70, 170, 122], grid="grid"))
    s.append(P("Hybrid-capture sequencing of 400 genes. SNV/indel limit of detection 5% VAF; at 25% tumour nuclei, "
               "heterozygous clonal variants are expected near 12% VAF. TMB counts somatic coding variants per Mb "
               "excluding known hotspots. MSI by 130 microsatellite loci (MSI-H when &gt;= 20% unstable; here 1.5%).",
               "small"))
    s.append(Spacer(1, 8))
    s.append(P("Reviewed and approved: Priyamvada Anand-Lisowski, MD, Medical Director \u2014 01/16/2026", "small"))
    return s


# ============================================================================ 6212
@report("6212", HELIX, _meta(patient="Patient L", dob="10/23/1968", sex="F", mrn="BH-551092", acc="HH-26-02210",
        specimen="Omentum, interval debulking, block 5A", collected="01/07/2026", received="01/12/2026",
        reported="01/26/2026", physician="Dr. Marisol Tennant-Gage", tumour="High-grade serous carcinoma, ovary"),
        [L("BRCA1", "mutation", "positive", ["p.Gln1756Profs*74"], alteration="Q1756Pfs*74"),
         L("TP53", "mutation", "positive", ["p.Tyr220Cys"], alteration="Y220C"),
         L("BRCA2", "mutation", "negative", ["BRCA2 No pathogenic"])],
        doc="Helix & Harrow HRD + BRCA tumour test (landscape)", tumour="ovarian high-grade serous carcinoma",
        kinds=["LAND", "SUM", "GAUGE", "VT", "GERM", "REL", "NE", "LEG", "REF"])
def r6212():
    lab = HELIX
    P, W = lab.P, 712
    s = [P("HelixHRD \u2014 Tumour BRCA1/BRCA2 and Genomic Instability Report", "h1")]
    s.append(tbl(lab, [["Component", "Result", "Interpretation"],
                       ["BRCA1", "c.5266dup p.Gln1756Profs*74 \u2014 Pathogenic, VAF 84%",
                        "Positive: loss of heterozygosity of the wild-type allele; origin (germline or somatic) not "
                        "determined by this test"],
                       ["BRCA2", "No pathogenic or likely pathogenic variant", "Negative"],
                       ["Genomic Instability Score", "58 (threshold 42)", "GIS-positive"],
                       ["HRD status", "POSITIVE", "BRCA1 mutation and/or GIS &gt;= 42"]],
                   [150, 260, 302], grid="grid", zebra=lab.accent.clone(alpha=0.25) if False else hx("#FDEBD0")))
    s.append(Spacer(1, 6))
    s.append(side([P("Genomic Instability Score (LOH + TAI + LST)", "h3"),
                   Gauge(0, 100, 58, [(0, 42, hx("#D5DBDB")), (42, 100, hx("#F0B27A"))], [0, 20, 42, 60, 80, 100],
                         width=320, label="score 0-100; dashed threshold 42", value_text="GIS 58")], [300, 412]))
    s.append(P("Variant detail", "h2"))
    s.append(tbl(lab, [["Gene", "HGVS coding", "HGVS protein", "Exon", "Transcript", "VAF", "Classification", "Notes"],
                       ["BRCA1", "c.5266dup", "p.Gln1756Profs*74", "20", "NM_007294.4", "84%", "Pathogenic",
                        "Recurrent founder frameshift; high VAF implies LOH"],
                       ["TP53", "c.659A&gt;G", "p.Tyr220Cys", "6", "NM_000546.6", "71%", "Pathogenic (somatic)",
                        "Expected in high-grade serous carcinoma"],
                       ["BRCA2", "c.9976A&gt;T", "p.Lys3326Ter", "27", "NM_000059.4", "49%", "Benign",
                        "Common polymorphism (K3326*), not clinically significant"],
                       ["BRCA1", "c.2082C&gt;T", "p.Ser694=", "10", "NM_007294.4", "52%", "Benign", "Synonymous"]],
                   [46, 80, 110, 34, 84, 40, 110, 208], grid="lines"))
    s.append(P("Table 2 lists benign variants because they are frequently queried; benign variants and polymorphisms "
               "are not mutations for clinical purposes. BRCA2 No pathogenic or likely pathogenic variant detected "
               "across all coding exons and intron-exon boundaries.", "tiny"))
    s.append(PageBreak())
    s.append(P("Clinical significance", "h2"))
    s.append(P("A pathogenic BRCA1 variant together with a positive Genomic Instability Score predicts sensitivity to "
               "PARP inhibitors (olaparib, niraparib) as first-line maintenance, alone or with bevacizumab. Platinum "
               "sensitivity is also expected.", "bodyj"))
    s.append(P("Germline and family implications", "h2"))
    s.append(P("This tumour test cannot tell whether the BRCA1 variant was inherited. Referral to clinical genetics "
               "for germline testing is recommended. If a germline BRCA1 variant is confirmed, first-degree relatives "
               "(including the patient's daughter and sister) may be offered cascade testing; their results would be "
               "reported separately and do not form part of this report.", "bodyj"))
    s.append(P("Not evaluated in this test", "h2"))
    s.append(P("Microsatellite status, tumour mutational burden and PD-L1 are not part of HelixHRD. Folate receptor "
               "alpha IHC was requested separately and is pending at the referring hospital.", "body"))
    s.append(P("Method and references", "h2"))
    s.append(P("Hybrid capture of BRCA1 and BRCA2 (all coding exons, +/-20 bp) and ~54,000 genome-wide SNPs. GIS is the "
               "sum of LOH, telomeric allelic imbalance and large-scale state transitions. Tumour content 60%. "
               "Large rearrangements of BRCA1/2 are detected when involving 2 or more exons.", "small"))
    for r in ["Ray-Coquard I et al. N Engl J Med 2019.", "Moore K et al. N Engl J Med 2018.",
              "Richards S et al. Genet Med 2015 (ACMG/AMP variant classification)."]:
        s.append(P(r, "tiny"))
    s.append(Spacer(1, 8))
    s.append(P("Reviewed and approved: Priyamvada Anand-Lisowski, MD, Medical Director \u2014 01/26/2026", "small"))
    return s


# ============================================================================ 6213
@report("6213", QUILLON, _meta(patient="Patient M", dob="30/06/1972", sex="F", mrn="KB-602117", acc="Q26-00355",
        specimen="Breast, right, core biopsy", collected="06/01/2026", received="08/01/2026", reported="22/01/2026",
        physician="Dr Eleri Vantongeren", tumour="Invasive lobular carcinoma, metastatic", two=True),
        [L("PIK3CA", "mutation", "positive", ["p.Glu542Lys"], alteration="E542K"),
         L("HER2", "mutation", "positive", ["p.Leu755Ser"], alteration="L755S"),
         L("HER2", "amplification", "negative", ["NOT amplified"], ratio=1.3),
         L("HER2", "expression", "equivocal", ["HER2 IHC 2+"], ihc_score="2+"),
         L("ER", "expression", "positive", ["ER 90%"], percent=90),
         L("PR", "expression", "negative", ["PR 0%"], percent=0),
         L("Ki-67", "expression", "reported", ["Ki-67 20%"], percent=20),
         L("TP53", "mutation", "negative", ["TP53 no variant"]),
         L("BRCA1", "mutation", "negative", ["BRCA1 no variant"]),
         L("BRCA2", "mutation", "negative", ["BRCA2 no variant"]),
         L("TMB", "signature", "negative", ["3.8 mut/Mb"], value="3.8 mut/Mb"),
         L("MSI", "signature", "negative", ["MSS"])],
        doc="Quillon breast profile with IHC/ISH (two-column)", tumour="breast lobular carcinoma",
        kinds=["2COL", "TILE", "VT", "IHC", "ISH", "RNEG", "VUS", "THER", "LEG"])
def r6213():
    lab = QUILLON
    P, W = lab.P, 507
    cw = (W - 16) / 2
    s = [P("Breast Cancer Profile: DNA sequencing, receptor IHC and HER2 ISH", "h1")]
    s.append(tiles(lab, [("ER", "90%", "strong \u00b7 positive"), ("PR", "0%", "negative"),
                         ("HER2 IHC", "2+", "equivocal, reflex ISH"), ("HER2 ISH", "1.3", "ratio \u00b7 not amplified"),
                         ("Ki-67", "20%", "MIB-1"), ("ERBB2 mutation", "L755S", "kinase domain")], 2, cw,
                   bgs=[hx("#E8F5E9")], border=lab.primary))
    s.append(Spacer(1, 4))
    s.append(P("Receptor status was determined at Quillon on the submitted block (A1) and is reported here with the "
               "sequencing result.", "small"))

    s.append(P("1. Immunohistochemistry", "h2"))
    s.append(tbl(lab, [["Marker", "Clone", "Result"], ["ER", "SP1", "ER 90%, strong (Allred 8)"],
                       ["PR", "1E2", "PR 0% (Allred 0)"], ["HER2", "4B5", "HER2 IHC 2+ (equivocal)"],
                       ["Ki-67", "MIB-1", "Ki-67 20%"], ["E-cadherin", "36", "lost (lobular)"]],
                   [52, 40, cw - 92], grid="lines"))
    s.append(P("HER2 2+: weak to moderate complete membrane staining in &gt;10% of cells; reflexed to ISH. External "
               "controls 0, 1+, 2+ and 3+ behaved as expected.", "tiny"))
    s.append(P("2. HER2 in situ hybridisation", "h2"))
    s.append(P("Dual-probe bright-field ISH, 40 nuclei counted. HER2/CEP17 ratio 1.3; mean HER2 copy number 3.1 per "
               "cell. Group 5 (ASCO/CAP 2018). Interpretation: HER2 NOT amplified. Together with IHC 2+ the tumour is "
               "HER2-negative (HER2-low).", "body"))
    s.append(P("3. Sequencing summary", "h2"))
    s.append(tbl(lab, [["Gene", "Variant", "VAF", "Tier"],
                       ["PIK3CA", "c.1624G&gt;A p.Glu542Lys", "31%", "I"],
                       ["ERBB2", "c.2264T&gt;C p.Leu755Ser", "14%", "I/II"],
                       ["CDH1", "c.1008G&gt;T p.(Glu336Asp) splice", "62%", "II"],
                       ["ESR1", "not detected", "\u2014", "\u2014"],
                       ["GATA3", "c.1063del p.(Pro355fs)", "9%", "III"]], [44, 110, 36, cw - 190], grid="lines"))
    s.append(P("ERBB2 L755S is an activating kinase-domain mutation and may confer resistance to lapatinib; "
               "neratinib has activity in ERBB2-mutant, non-amplified breast cancer (trial evidence).", "small"))
    s.append(P("4. Genes without a reportable variant", "h2"))
    s.append(P("TP53 no variant; BRCA1 no variant; BRCA2 no variant; PALB2, AKT1, PTEN and ESR1 no variant.", "body"))
    s.append(P("5. Genomic signatures", "h2"))
    s.append(P("TMB 3.8 mut/Mb (low; Quillon reports TMB-high at 10 mut/Mb or more). Microsatellite status: MSS.",
               "body"))
    s.append(P("6. Therapy options (evidence summary)", "h2"))
    s.append(tbl(lab, [["Target", "Agents"], ["PIK3CA E542K", "alpelisib + fulvestrant; capivasertib + fulvestrant"],
                       ["ERBB2 L755S", "neratinib (+/- fulvestrant, trastuzumab) \u2014 trials"],
                       ["HER2-low", "trastuzumab deruxtecan"], ["ESR1 (not detected)", "elacestrant \u2014 not indicated"]],
                   [70, cw - 70], grid="lines"))
    s.append(P("7. Variants of uncertain significance", "h2"))
    s.append(P("GATA3 frameshift at 9% (uncertain), NF1 p.Val2153Ile (48%, likely constitutional polymorphism) and "
               "MAP3K1 p.Ser939Cys (22%) are not reported as clinically relevant.", "small"))
    s.append(P("8. Method", "h2"))
    s.append(P("Hybrid capture of 324 genes; DNA from block A1 (tumour 55%). Limit of detection 5% VAF. TMB over "
               "0.9 Mb. MSI from 95 loci. IHC on BenchMark ULTRA; ISH on BenchMark with dual-colour probe set. "
               "Ki-67 by global count of 500 cells.", "small"))
    s.append(P("Abbreviations: VAF variant allele fraction; Tier I/II/III per AMP/ASCO/CAP; MSS microsatellite stable; "
               "TMB tumour mutational burden.", "tiny"))
    s.append(P("9. Quality metrics", "h2"))
    s.append(tbl(lab, [["Metric", "Value"], ["Tumour content", "55%"], ["Median depth", "640x"],
                       ["Bases &gt;= 250x", "96.1%"], ["Estimated ploidy", "2.9"], ["Contamination", "&lt; 1%"]],
                 [110, cw - 110], grid="lines"))
    s.append(P("10. Clinical trials near the referring centre", "h2"))
    s.append(tbl(lab, [["Study", "Biomarker", "Status"],
                       ["QPO-BR-04", "ERBB2-mutant, HER2 non-amplified", "recruiting"],
                       ["QPO-BR-09", "PIK3CA-mutant, ER-positive", "recruiting"],
                       ["QPO-BR-12", "BRCA1/2 or PALB2 germline carriers", "recruiting \u2014 not applicable"],
                       ["QPO-BR-17", "ESR1-mutant after CDK4/6 inhibitor", "closed to accrual"]],
                 [58, 120, cw - 178], grid="lines"))
    s.append(PageBreak())
    s.append(P("Appendix A. How receptor results are categorised", "h2"))
    s.append(tbl(lab, [["Category", "Definition used by Quillon"],
                       ["ER/PR positive", "&gt;= 1% of tumour nuclei with any staining; 1-10% reported as low positive"],
                       ["HER2 0", "no staining, or incomplete faint staining in &lt;= 10% of cells"],
                       ["HER2 1+", "incomplete faint staining in &gt; 10% (HER2-low)"],
                       ["HER2 2+", "weak-moderate complete staining in &gt; 10%; reflex ISH"],
                       ["HER2 3+", "circumferential intense staining in &gt; 10%"],
                       ["ISH group 1", "ratio &gt;= 2.0 and copy number &gt;= 4.0: amplified"],
                       ["ISH group 5", "ratio &lt; 2.0 and copy number &lt; 4.0: not amplified"]],
                 [70, cw - 70], grid="lines"))
    s.append(P("The table above defines terms only; it does not restate this patient's result.", "tiny"))
    s.append(P("Appendix B. References", "h2"))
    for r in ["Wolff AC et al. HER2 testing in breast cancer: ASCO/CAP guideline update. J Clin Oncol 2018.",
              "Allison KH et al. ER and PgR testing in breast cancer: ASCO/CAP guideline update. J Clin Oncol 2020.",
              "Ma CX et al. Neratinib efficacy in HER2-mutant, non-amplified metastatic breast cancer. Clin Cancer "
              "Res 2017.", "Andre F et al. Alpelisib for PIK3CA-mutated breast cancer. N Engl J Med 2019."]:
        s.append(P(r, "tiny"))
    s.append(FrameBreak())
    s.append(P("11. Genes sequenced (324)", "h2"))
    s.append(P("Selected: AKT1 AKT2 AKT3 AR ARID1A ATM BAP1 BARD1 BRCA1 BRCA2 BRIP1 CCND1 CDH1 CDK4 CDK6 CDK12 CHEK2 "
               "EGFR ERBB2 ERBB3 ERBB4 ESR1 FGFR1 FGFR2 FGFR3 FGFR4 GATA3 KMT2C KRAS MAP2K4 MAP3K1 MDM2 MET MYC NF1 "
               "NRAS PALB2 PIK3CA PIK3R1 PTEN RAD51C RAD51D RB1 TBX3 TP53. The full list is available on request. "
               "Inclusion in this list does not imply a result.", "tiny"))
    s.append(P("12. Limitations", "h2"))
    s.append(P("Germline and somatic variants are not distinguished. Large genomic rearrangements and variants in "
               "low-complexity regions may be missed. Receptor IHC on core biopsies may under-represent "
               "heterogeneity; repeat testing on the metastasis is advised if clinically relevant.", "small"))
    s.append(Spacer(1, 6))
    s.append(P("Authorised: Dr Niamh Oduya-Kersley, Consultant Pathologist, 22/01/2026", "small"))
    return s


# ============================================================================ 6214
@report("6214", QUILLON, _meta(patient="Patient N", dob="14/02/1960", sex="M", mrn="KB-117733", acc="Q26-00412",
        specimen="Stomach, antrum, endoscopic biopsies", collected="09/01/2026", received="12/01/2026",
        reported="27/01/2026", physician="Dr Rajesh Fairbairn", tumour="Gastric adenocarcinoma"),
        [L("MSI", "signature", "positive", ["MSI-High"]),
         L("TMB", "signature", "positive", ["31 mut/Mb"], value="31 mut/Mb"),
         L("PD-L1", "expression", "positive", ["CPS 15"], value="CPS 15"),
         L("HER2", "expression", "negative", ["Score 1+ (negative)", "IHC 1+"], ihc_score="1+"),
         L("HER2", "amplification", "negative", ["ERBB2 not amplified"]),
         L("PIK3CA", "mutation", "positive", ["p.His1047Arg"], alteration="H1047R"),
         L("KRAS", "mutation", "negative", ["KRAS no variant"]),
         L("BRAF", "mutation", "negative", ["BRAF no variant"]),
         L("EGFR", "mutation", "negative", ["no variant in CDH1 or EGFR"]),
         L("MET", "amplification", "negative", ["no amplification of FGFR2 or MET"])],
        doc="Quillon gastric profile (two-column)", tumour="gastric adenocarcinoma",
        kinds=["2COL", "SBS", "TILE", "VT", "IHC", "NE", "PEND", "THER", "TRIAL", "LEG", "GLIST"])
def r6214():
    lab = QUILLON
    P, W = lab.P, 507
    cw = (W - 16) / 2
    s = [P("Gastric & Oesophageal Cancer Profile", "h1")]
    bw = (W - 24) / 4
    s.append(side([box(lab, [P("MSI", "tileh"), P("MSI-High", "tilev", fontSize=11), P("38% unstable loci", "tiles")],
                       bw, bg=hx("#FFEBEE"), border=lab.primary),
                   box(lab, [P("TMB", "tileh"), P("31 mut/Mb", "tilev", fontSize=11), P("high (&gt;= 10)", "tiles")],
                       bw, bg=hx("#FFEBEE"), border=lab.primary),
                   box(lab, [P("PD-L1 (22C3)", "tileh"), P("CPS 15", "tilev", fontSize=11), P("CPS &gt;= 10", "tiles")],
                       bw, bg=hx("#FFF8E1"), border=lab.primary),
                   box(lab, [P("HER2", "tileh"), P("IHC 1+", "tilev", fontSize=11), P("ERBB2 not amplified", "tiles")],
                       bw, bg=hx("#E8F5E9"), border=lab.primary)], [bw + 8] * 4))
    s.append(Spacer(1, 6))
    s.append(P("Summary: microsatellite instability-high gastric adenocarcinoma with high tumour mutational burden and "
               "PD-L1 CPS 15. Immune checkpoint inhibitor therapy is supported by these biomarkers. HER2-directed "
               "therapy is not indicated.", "body"))
    s.append(P("Claudin 18.2 IHC (43-14A) and FGFR2b IHC were requested; both are pending and will be issued as a "
               "supplementary report.", "small"))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    s.append(P("Immunohistochemistry", "h2"))
    s.append(tbl(lab, [["Test", "Result"],
                       ["PD-L1 (22C3) combined positive score", "CPS 15 (PD-L1 staining tumour cells + lymphocytes + "
                        "macrophages / viable tumour cells x 100)"],
                       ["HER2 (4B5)", "Score 1+ (negative): faint membranous staining in &gt;=10% of tumour "
                        "cells (gastric biopsy criteria)"],
                       ["Mismatch repair", "not performed \u2014 MSI by NGS was requested in its place"]],
                   [80, cw - 80], grid="lines"))
    s.append(P("Genomic alterations", "h2"))
    s.append(tbl(lab, [["Gene", "Alteration", "VAF", "Tier"],
                       ["PIK3CA", "p.His1047Arg (c.3140A&gt;G), exon 21", "17%", "II"],
                       ["ARID1A", "p.Gln1334fs", "24%", "II"], ["RNF43", "p.Gly659fs", "30%", "II"],
                       ["MSH3", "p.Lys383fs", "28%", "III"], ["ERBB2", "p.Arg678Gln", "6%", "III (VUS)"],
                       ["KMT2D", "p.Pro647fs", "19%", "III"]], [44, 128, 32, cw - 204], grid="lines"))
    s.append(P("Frameshifts at mononucleotide repeats (ARID1A, RNF43, MSH3, KMT2D) are typical of the MSI-High "
               "phenotype. ERBB2 p.Arg678Gln at low VAF is of uncertain significance.", "tiny"))
    s.append(P("Genes tested, no variant", "h2"))
    s.append(P("KRAS no variant. BRAF no variant. Also no variant in CDH1 or EGFR; no amplification of FGFR2 "
               "or MET.", "body"))
    s.append(P("Previous result", "h2"))
    s.append(P("An oesophageal brushing in 2024 at another laboratory (different lesion) was reported as HER2 IHC 2+ "
               "with no ISH; the present biopsy was tested independently.", "small"))
    s.append(FrameBreak())
    s.append(P("Therapy guide", "h2"))
    s.append(tbl(lab, [["Biomarker", "Agents"], ["MSI-High / TMB-high", "pembrolizumab; nivolumab + chemotherapy"],
                       ["PD-L1 CPS &gt;= 5 / &gt;= 10", "nivolumab or pembrolizumab + chemotherapy"],
                       ["HER2-positive (not present)", "trastuzumab, trastuzumab deruxtecan \u2014 not indicated"],
                       ["Claudin 18.2 (pending)", "zolbetuximab \u2014 awaiting result"]], [80, cw - 80], grid="lines"))
    s.append(P("Trials", "h2"))
    s.append(P("QPO-GA-7: PI3K-alpha inhibitor combinations for PIK3CA-mutant gastric cancer.<br/>"
               "QPO-GA-11: anti-TIGIT + anti-PD-1 in MSI-High tumours.<br/>"
               "QPO-GA-15: FGFR2b antibody (FGFR2b IHC &gt;= 10% 2+/3+ required).", "small"))
    s.append(P("Interpretive notes", "h2"))
    s.append(P("MSI by NGS: MSI-High when &gt;= 20% of 130 loci are unstable; MSI-Low is not reported by Quillon. "
               "TMB-high cut-off 10 mut/Mb; population median for gastric adenocarcinoma 4 mut/Mb. Germline "
               "mismatch repair testing should be considered if MLH1 promoter methylation is absent (not tested "
               "here).", "small"))
    s.append(P("Method", "h2"))
    s.append(P("DNA hybrid capture, 324 genes, 0.9 Mb TMB region, tumour content 35%. PD-L1 22C3 pharmDx on Link 48. "
               "HER2 scored with gastric biopsy criteria.", "small"))
    s.append(Spacer(1, 6))
    s.append(P("Authorised: Dr Niamh Oduya-Kersley, Consultant Pathologist, 27/01/2026", "small"))
    return s


# ============================================================================ 6215
@report("6215", ROSEMOUNT, _meta(patient="Patient O", dob="1951-09-08", sex="F", mrn="RC-0081127", acc="RGL-26-0077",
        specimen="Right colon, hemicolectomy, block A6", collected="2026-01-04", received="2026-01-06",
        reported="2026-01-20", physician="Dr. Augustin Preece", tumour="Colon adenocarcinoma"),
        [L("MLH1", "expression", "negative", ["MLH1 Loss of nuclear expression"]),
         L("PMS2", "expression", "negative", ["PMS2 Loss of nuclear expression"]),
         L("MSH2", "expression", "positive", ["MSH2 Retained"]),
         L("MSH6", "expression", "positive", ["MSH6 Retained"]),
         L("MMR", "signature", "positive", ["mismatch repair deficient"]),
         L("MSI", "signature", "positive", ["MSI-H"]),
         L("BRAF", "mutation", "positive", ["p.Val600Glu"], alteration="V600E"),
         L("KRAS", "mutation", "negative", ["KRAS: no pathogenic variant"]),
         L("NRAS", "mutation", "negative", ["NRAS: no pathogenic variant"])],
        doc="Rosemount Lynch-screen colorectal (academic)", tumour="colorectal carcinoma",
        kinds=["ACAD", "MMR", "CLASS", "VT", "GERM", "METH", "REF", "LEG"])
def r6215():
    lab = ROSEMOUNT
    P, W = lab.P, 492
    s = [P("Colorectal Carcinoma Molecular Work-up (Universal Lynch Screening Pathway)", "h1"),
         P("Clinical summary: 74-year-old woman, right hemicolectomy for caecal mass; pT3 pN1a, poorly differentiated "
           "with medullary features. Tumour-infiltrating lymphocytes prominent.", "body")]
    s.append(P("Integrated result", "h2"))
    s.append(tbl(lab, [["Class", "Test", "Result"],
                       ["Protein", "MMR immunohistochemistry", "MLH1/PMS2 loss \u2014 mismatch repair deficient"],
                       ["Signature", "Microsatellite instability (PCR, 5 markers)", "MSI-H (4/5 markers unstable)"],
                       ["Sequence variant", "BRAF", "c.1799T&gt;A p.Val600Glu detected"],
                       ["Methylation", "MLH1 promoter", "Hypermethylated (61%)"],
                       ["Sequence variant", "KRAS / NRAS", "No pathogenic variant (exons 2-4)"]],
                   [90, 170, 232], head=lab.primary, grid="grid"))
    s.append(P("Conclusion: the MMR-deficient phenotype is explained by somatic MLH1 promoter hypermethylation with "
               "BRAF V600E; this pattern indicates a sporadic tumour and Lynch syndrome is unlikely. Germline testing "
               "is not required unless the family history is suggestive.", "body", spaceBefore=4))
    s.append(P("1. Mismatch repair protein immunohistochemistry", "h2"))
    s.append(tbl(lab, [["Protein", "Clone", "Tumour nuclei", "Internal control"],
                       ["MLH1", "M1", "MLH1 Loss of nuclear expression", "Positive"],
                       ["PMS2", "A16-4", "PMS2 Loss of nuclear expression", "Positive"],
                       ["MSH2", "G219-1129", "MSH2 Retained", "Positive"],
                       ["MSH6", "SP93", "MSH6 Retained", "Positive"]], [70, 80, 200, 142], head=lab.primary,
                 grid="lines"))
    s.append(P("Pattern key: loss of MLH1 with PMS2 \u2014 MLH1 pathway (methylation or germline MLH1); loss of MSH2 with "
               "MSH6 \u2014 MSH2/EPCAM; isolated MSH6 or PMS2 loss \u2014 germline variant in that gene likely. Retained "
               "expression of all four proteins is reported as mismatch repair proficient.", "small"))
    s.append(P("2. Microsatellite instability by PCR", "h2"))
    s.append(tbl(lab, [["Marker", "BAT-25", "BAT-26", "NR-21", "NR-24", "MONO-27"],
                       ["Status", "unstable", "unstable", "unstable", "stable", "unstable"]],
                 [70, 84, 84, 84, 84, 86], head=lab.primary, grid="grid"))
    s.append(P("Paired normal: uninvolved mucosa. Two or more unstable markers = MSI-H; one = MSI-L; none = MSS.",
               "small"))
    s.append(P("3. BRAF, KRAS and NRAS", "h2"))
    s.append(P("BRAF c.1799T&gt;A p.Val600Glu (exon 15, NM_004333.6), allele fraction 27%. "
               "KRAS: no pathogenic variant. NRAS: no pathogenic variant. Codons examined: 12, 13, 59, 61, 117 and "
               "146 of each gene.", "body"))
    s.append(P("4. MLH1 promoter methylation", "h2"))
    s.append(P("Methylation-specific pyrosequencing (region C, CpGs 1-7): mean 61%; threshold for hypermethylation 15%.",
               "body"))
    s.append(P("Comment", "h2"))
    s.append(P("For metastatic disease, MSI-H/dMMR status supports first-line pembrolizumab; BRAF V600E also supports "
               "encorafenib with cetuximab after prior therapy. HER2 testing was not requested.", "bodyj"))
    s.append(P("References", "h2"))
    for r in ["1. Umar A et al. Revised Bethesda Guidelines. J Natl Cancer Inst 2004.",
              "2. Rosemount Genomics SOP GL-CRC-03, version 9.",
              "3. Andre T et al. Pembrolizumab in MSI-H/dMMR advanced colorectal cancer. N Engl J Med 2020."]:
        s.append(P(r, "small"))
    s.append(Spacer(1, 10))
    s.append(P("Reported by Dr. Wilhelmina Achterberg, MD, FRCPC, Molecular Genetic Pathologist. "
               "Electronically signed 2026-01-20 14:31.", "body"))
    return s


# ============================================================================ 6216
@report("6216", ROSEMOUNT, _meta(patient="Patient P", dob="1947-03-22", sex="M", mrn="RC-0064490", acc="RGL-26-0031",
        specimen="Lung, left lower lobe wedge, block B2", collected="2025-12-18", received="2025-12-22",
        reported="2026-01-27", physician="Dr. Imre Castellane", status="AMENDED", tumour="Lung carcinoma"),
        [L("MET", "mutation", "positive", ["exon 14 skipping", "c.3028+1G>T"], alteration="exon 14 skipping"),
         L("TP53", "mutation", "positive", ["p.Arg158Leu"], alteration="R158L"),
         L("PD-L1", "expression", "positive", ["TPS 80%"], percent=80),
         L("EGFR", "mutation", "negative", ["EGFR: negative"]),
         L("KRAS", "mutation", "negative", ["KRAS: negative"]),
         L("BRAF", "mutation", "negative", ["BRAF: negative"]),
         L("ALK", "fusion", "negative", ["ALK: negative"]),
         L("ROS1", "fusion", "negative", ["ROS1: negative"]),
         L("RET", "fusion", "negative", ["RET: negative"]),
         L("HER2", "mutation", "negative", ["ERBB2: negative"])],
        doc="Rosemount NSCLC panel, amended report", tumour="lung sarcomatoid/adenocarcinoma",
        kinds=["ACAD", "AMEND", "VT", "RNEG", "IHC", "VUS", "METH"])
def r6216():
    lab = ROSEMOUNT
    P, W = lab.P, 492
    s = [box(lab, [P("<b>AMENDED REPORT</b> \u2014 issued 2026-01-27. Reason for amendment: reclassification of the "
                     "MET intronic variant after RNA confirmation (original report 2026-01-09). The interpretation and "
                     "the Results section have changed. Please destroy or annotate previous copies.", "body")], W,
                 bg=lab.accent, border=lab.primary, bw=1.5)]
    s.append(P("Non-Small Cell Lung Cancer Targeted Panel (DNA 50 genes / RNA 23 fusion genes)", "h1"))
    s.append(P("RESULTS (AMENDED)", "h2"))
    s.append(P("<b>MET</b> c.3028+1G&gt;T, intron 14 splice donor: <b>MET exon 14 skipping</b> confirmed by RNA "
               "(MET exon 13-15 junction reads: 1,204; 38% of MET transcripts). Classification: pathogenic, Tier I.",
               "body"))
    s.append(P("<b>TP53</b> c.473G&gt;T p.Arg158Leu, allele fraction 44%. Classification: likely pathogenic, Tier II.",
               "body"))
    s.append(P("<b>PD-L1 (22C3)</b>: TPS 80%. High expression.", "body"))
    s.append(P("Relevant negatives: EGFR: negative. KRAS: negative. BRAF: negative. ERBB2: negative. "
               "ALK: negative. ROS1: negative. RET: negative. NTRK1-3: not covered by this RNA panel.", "body"))
    s.append(P("ORIGINAL RESULT (SUPERSEDED, for the record)", "h2"))
    s.append(box(lab, [P("MET c.3028+1G&gt;T \u2014 variant of uncertain significance; RNA confirmation pending. "
                         "No actionable alteration identified.", "ital")], W, border=colors.grey))
    s.append(P("The superseded wording is reproduced above only to document the change; it no longer applies.", "small"))
    s.append(P("INTERPRETATION", "h2"))
    s.append(P("MET exon 14 skipping alterations are oncogenic drivers in 3-4% of non-small cell lung cancers and are "
               "enriched in older patients and in sarcomatoid carcinoma. Capmatinib and tepotinib are approved for "
               "this indication. The high PD-L1 expression is noted; responses to immune checkpoint inhibitors in "
               "MET exon 14-altered tumours may be lower than expected from PD-L1 alone.", "bodyj"))
    s.append(PageBreak())
    s.append(P("VARIANT DETAIL", "h2"))
    s.append(tbl(lab, [["Gene", "Transcript", "Location", "Nucleotide", "Protein", "VAF", "Class"],
                       ["MET", "NM_000245.4", "intron 14", "c.3028+1G&gt;T", "p.? (exon 14 skipping)", "35%", "Tier I"],
                       ["TP53", "NM_000546.6", "exon 5", "c.473G&gt;T", "p.Arg158Leu", "44%", "Tier II"],
                       ["KEAP1", "NM_203500.2", "exon 3", "c.1019G&gt;A", "p.Arg340Gln", "12%", "Tier III"],
                       ["STK11", "NM_000455.5", "exon 1", "c.90C&gt;T", "p.(Tyr30=)", "50%", "Benign"]],
                 [40, 74, 56, 80, 120, 40, 82], head=lab.primary, grid="grid"))
    s.append(P("METHODS", "h2"))
    s.append(P("Amplicon-based DNA library (50 genes, hotspots and selected exons) and anchored multiplex RNA library "
               "(23 genes, including ALK, ROS1, RET, MET exon 14 skipping, NRG1). Tumour cellularity 50%. Limit of "
               "detection 5% VAF (DNA), 10 unique junction reads (RNA). PD-L1 IHC with 22C3 pharmDx.", "bodyj"))
    s.append(Spacer(1, 10))
    s.append(P("Amended and electronically signed by Dr. Wilhelmina Achterberg, MD, FRCPC, 2026-01-27 09:15. "
               "Original report signed by Dr. Teodor Malinowski-Reid, 2026-01-09.", "body"))
    return s


# ============================================================================ 6217
@report("6217", KESTREL, _meta(patient="Patient Q", dob="19/12/1984", sex="M", mrn="NHS 000 481 2277",
        acc="KFD-26-0093", specimen="Lung, RUL EBUS node 4R, FFPE", collected="05/01/2026", received="07/01/2026",
        reported="14/01/2026", physician="Dr Ffion Carrick-Yeo", tumour="Lung adenocarcinoma"),
        [L("ALK", "fusion", "positive", ["EML4::ALK"], alteration="EML4-ALK"),
         L("ALK", "expression", "positive", ["ALK (D5F3) IHC"]),
         L("ROS1", "fusion", "negative", ["ROS1"]),
         L("RET", "fusion", "negative", ["RET"]),
         L("NTRK", "fusion", "negative", ["NTRK1"]),
         L("MET", "mutation", "negative", ["MET exon 14"])],
        doc="Kestrel RNA fusion panel, lung", tumour="lung adenocarcinoma",
        kinds=["FUS", "SUM", "3COL", "IHC", "LOD", "METH", "LEG", "GLIST"])
def r6217():
    lab = KESTREL
    P, W = lab.P, 499
    s = [P("Targeted RNA Fusion Panel \u2014 Lung (KFP-Lung v3)", "h1")]
    s.append(box(lab, [P("FUSION DETECTED", "h2", textColor=lab.primary, spaceBefore=0),
                       P("<b>EML4::ALK</b> \u2014 EML4 exon 13 joined to ALK exon 20 (variant 1, E13;A20). "
                         "412 unique junction-spanning reads. In-frame; kinase domain retained.", "body")], W,
                 bg=lab.accent, border=lab.primary, bw=1.4))
    s.append(Spacer(1, 5))
    s.append(P("Fusion call detail", "h2"))
    s.append(tbl(lab, [["5' partner", "3' partner", "Breakpoint (hg38)", "Exons", "Reads", "Frame", "Call"],
                       ["EML4", "ALK", "chr2:42,295,516 / chr2:29,223,528", "13 / 20", "412", "in-frame", "Detected"],
                       ["ALK (5'/3' imbalance)", "\u2014", "\u2014", "\u2014", "ratio 14.2", "\u2014", "Supports fusion"]],
                 [70, 52, 140, 44, 50, 50, 93], head=hx("#37474F"), grid="grid"))
    s.append(P("Other targets on the panel", "h2"))
    mk = lambda rows: tbl(lab, [["Gene", "Call"]] + rows, [60, 96], head=hx("#37474F"), grid="lines")
    s.append(side([mk([["ALK", "<b>FUSION</b>"], ["ROS1", "not detected"], ["RET", "not detected"]]),
                   mk([["NTRK1", "not detected"], ["NTRK2", "not detected"], ["NTRK3", "not detected"]]),
                   mk([["NRG1", "not detected"], ["FGFR2", "not detected"], ["MET exon 14 skipping", "not detected"]])],
                  [166, 166, 167]))
    s.append(P("ALK (D5F3) IHC on the same block at the referring hospital: positive (strong granular cytoplasmic "
               "staining), concordant with the RNA result.", "body", spaceBefore=5))
    s.append(P("Comment", "h2"))
    s.append(P("EML4::ALK variant 1 is the most frequent ALK fusion in lung adenocarcinoma. First-line ALK tyrosine "
               "kinase inhibitors (alectinib, brigatinib, lorlatinib) are recommended. ALK resistance mutations "
               "(e.g. G1202R, L1196M) are not assessed by an RNA fusion assay; they can be sought in plasma or tissue "
               "at progression. DNA mutation testing (EGFR, KRAS, BRAF) is reported separately by the referring "
               "laboratory and is not part of this report.", "bodyj"))
    s.append(PageBreak())
    s.append(P("Method", "h2"))
    s.append(P("Total RNA (62 ng, DV200 71%) from FFPE was converted to cDNA and enriched with anchored multiplex "
               "primers for 18 genes. The assay detects known and novel partners of the targeted genes. Limit of "
               "detection: 5 unique junction reads and 10% tumour content. Internal RNA quality control: "
               "housekeeping transcripts 4,880 reads (pass &gt;= 1,000).", "bodyj"))
    s.append(P("Targeted genes", "h3"))
    s.append(gene_grid(lab, ["ALK", "BRAF", "EGFR (vIII)", "FGFR1", "FGFR2", "FGFR3", "MET", "NRG1", "NTRK1", "NTRK2",
                             "NTRK3", "NUTM1", "RET", "ROS1", "RSPO2", "RSPO3", "TFE3", "THADA"], 6, W, style="small",
                       lines=True))
    s.append(P("Legend", "h3"))
    s.append(P("Fusion nomenclature follows HGNC: 5' gene :: 3' gene. 'Not detected' means no fusion above the reporting "
               "threshold; samples with failed RNA QC are reported as 'not assessable'.", "small"))
    s.append(Spacer(1, 10))
    s.append(P("Reported by Dr Oona Raghunathan, Clinical Scientist; checked by Tomas Ebrahimi-Nolan, 14/01/2026", "small"))
    return s


# ============================================================================ 6218
@report("6218", KESTREL, _meta(patient="Patient R", dob="02/08/1991", sex="F", mrn="NHS 000 773 1904",
        acc="KFD-26-0121", specimen="Parotid, left, superficial parotidectomy", collected="08/01/2026",
        received="12/01/2026", reported="21/01/2026", physician="Mr Declan Osterby", tumour="Salivary gland carcinoma"),
        [L("NTRK", "fusion", "positive", ["ETV6::NTRK3"], alteration="ETV6-NTRK3"),
         L("NTRK", "expression", "positive", ["pan-TRK"]),
         L("ALK", "fusion", "negative", ["ALK, ROS1 and RET"]),
         L("ROS1", "fusion", "negative", ["ALK, ROS1 and RET"]),
         L("RET", "fusion", "negative", ["ALK, ROS1 and RET"])],
        doc="Kestrel sarcoma/salivary fusion panel", tumour="secretory carcinoma of salivary gland",
        kinds=["FUS", "SUM", "IHC", "PRIOR", "THER", "METH"])
def r6218():
    lab = KESTREL
    P, W = lab.P, 499
    s = [P("Pan-Solid Tumour Fusion Panel (KFP-Pan v2)", "h1"),
         P("Referral question: suspected secretory carcinoma (mammary analogue). Exclude ETV6 rearrangement. "
           "Histology: microcystic tumour with S100 and mammaglobin positivity; p63 negative.", "small")]
    s.append(tbl(lab, [["Class", "Genes", "Result"],
                       ["Kinase fusion", "NTRK3", "ETV6::NTRK3 (ETV6 exon 5 \u2013 NTRK3 exon 15), 1,066 reads"],
                       ["Kinase fusion", "ALK, ROS1 and RET", "No fusion detected"],
                       ["Transcription factor fusion", "EWSR1, MYB, NR4A3", "No fusion detected"],
                       ["Protein (IHC, referring lab)", "pan-TRK (EPR17341)", "Diffuse nuclear and cytoplasmic staining"]],
                 [130, 120, 249], head=hx("#37474F"), grid="grid"))
    s.append(P("Interpretation", "h2"))
    s.append(P("The ETV6::NTRK3 fusion is characteristic of secretory carcinoma and confirms the histological "
               "impression. The NTRK3 kinase domain is retained; the fusion predicts response to TRK inhibitors "
               "(larotrectinib, entrectinib, repotrectinib) should systemic therapy ever be needed. ETV6 break-apart "
               "FISH requested on 09/01/2026 has been cancelled as no longer required.", "bodyj"))
    s.append(P("Previous testing", "h3"))
    s.append(P("A 2019 lesion of the right submandibular gland (another laboratory) was reported as pleomorphic adenoma "
               "with a PLAG1 rearrangement. It is unrelated to the present tumour.", "body"))
    s.append(PageBreak())
    s.append(P("Junction detail", "h2"))
    s.append(tbl(lab, [["Partner", "Transcript", "Exon", "Position (hg38)", "Strand"],
                       ["ETV6", "NM_001987.5", "5", "chr12:11,869,969", "+"],
                       ["NTRK3", "NM_001012338.3", "15", "chr15:88,128,193", "\u2212"]],
                 [60, 110, 50, 160, 119], head=hx("#37474F"), grid="grid"))
    s.append(P("Method and limitations", "h2"))
    s.append(P("Anchored multiplex RNA sequencing of 86 genes implicated in sarcoma and salivary, thyroid and paediatric "
               "tumours. Limit of detection 5 unique junction reads. Tumour content 70%. RNA quality DV200 58%. "
               "Fusions with breakpoints outside the targeted exons may be missed; copy-number and point mutations "
               "are not reported by this test.", "bodyj"))
    s.append(Spacer(1, 10))
    s.append(P("Reported by Dr Oona Raghunathan, Clinical Scientist, 21/01/2026", "small"))
    return s


# ============================================================================ 6219
@report("6219", SALTMARSH, _meta(patient="Patient S", dob="11/04/1979", sex="F", mrn="WB-447102", acc="SG26-0211",
        specimen="Blood (EDTA) + tumour block B4", collected="28/12/2025", received="02/01/2026",
        reported="29/01/2026", physician="Dr Oriel Hastings-Mbeki", family="FAM-10472",
        tumour="Breast carcinoma, triple-negative"),
        [L("BRCA2", "mutation", "positive", ["p.(Ser1982Argfs*22)", "c.5946del"], alteration="S1982Rfs*22"),
         L("TP53", "mutation", "positive", ["p.(Arg248Trp)"], alteration="R248W"),
         L("PIK3CA", "mutation", "negative", ["PIK3CA: no variant"]),
         L("BRCA1", "mutation", "negative", ["No pathogenic variant in BRCA1"]),
         L("HER2", "expression", "negative", ["HER2 IHC 1+"], ihc_score="1+"),
         L("ER", "expression", "negative", ["ER 0%"], percent=0),
         L("PR", "expression", "negative", ["PR 0%"], percent=0),
         L("TP53", "mutation", "negative", ["RAD51D, TP53, PTEN"], optional=True)],
        doc="Saltmarsh germline + somatic breast report", tumour="breast carcinoma",
        kinds=["GERM", "REL", "VUS", "CLASS", "HIST", "METH", "REF"])
def r6219():
    lab = SALTMARSH
    P, W = lab.P, 503
    s = [P("Combined Germline and Tumour Report \u2014 Breast", "h1"),
         P("Reason for referral: triple-negative breast cancer diagnosed at 46 (referring pathology: ER 0%, PR 0%, "
           "HER2 IHC 1+). Maternal aunt with ovarian cancer. Testing for PARP-inhibitor eligibility and family risk.",
           "body")]
    s.append(P("Summary", "h2"))
    s.append(tbl(lab, [["Result type", "Gene", "Finding"],
                       ["Germline (blood)", "BRCA2", "PATHOGENIC variant: c.5946del p.(Ser1982Argfs*22), heterozygous"],
                       ["Germline (blood)", "BRCA1, PALB2, CHEK2, ATM, RAD51C, RAD51D, TP53, PTEN, CDH1",
                        "No pathogenic variant in BRCA1 or the other listed genes"],
                       ["Germline (blood)", "CHEK2", "Variant of uncertain significance c.1427C&gt;T p.(Thr476Met)"],
                       ["Tumour (block B4)", "BRCA2", "Same variant, VAF 88% (loss of wild-type allele)"],
                       ["Tumour (block B4)", "TP53", "c.742C&gt;T p.(Arg248Trp), VAF 64% \u2014 somatic"],
                       ["Tumour (block B4)", "PIK3CA", "PIK3CA: no variant"]],
                 [100, 150, 253], grid="grid", zebra=lab.accent))
    s.append(P("Interpretation", "h2"))
    s.append(P("The patient carries a heterozygous pathogenic BRCA2 frameshift variant; the tumour shows loss of the "
               "wild-type allele, consistent with BRCA2-driven tumorigenesis. This supports eligibility for PARP "
               "inhibitor therapy (olaparib, talazoparib). The TP53 variant was not present in blood and is somatic; it "
               "does not indicate Li-Fraumeni syndrome. The CHEK2 variant of uncertain significance should not be used "
               "for clinical decisions or for testing relatives.", "bodyj"))
    s.append(P("Family implications", "h2"))
    s.append(P("First-degree relatives have a 50% chance of carrying the BRCA2 variant. Predictive testing is offered "
               "to the patient's sister and to her two children when aged 18 or over. Her mother tested negative for "
               "this variant at another centre in 2025 (report seen), suggesting paternal inheritance; paternal "
               "relatives should be informed. Relatives' results will be reported individually.", "bodyj"))
    s.append(PageBreak())
    s.append(P("Variant details", "h2"))
    s.append(tbl(lab, [["Gene", "Transcript", "Nucleotide", "Protein", "Zygosity / VAF", "ACMG class", "Source"],
                       ["BRCA2", "NM_000059.4", "c.5946del", "p.(Ser1982Argfs*22)", "Het / 88%", "Class 5", "Germline"],
                       ["CHEK2", "NM_007194.4", "c.1427C&gt;T", "p.(Thr476Met)", "Het", "Class 3", "Germline"],
                       ["TP53", "NM_000546.6", "c.742C&gt;T", "p.(Arg248Trp)", "64%", "Tier I/II", "Somatic"],
                       ["BRCA1", "NM_007294.4", "c.4837A&gt;G", "p.(Ser1613Gly)", "Het", "Class 1 (benign)", "Germline"]],
                 [44, 78, 66, 100, 64, 70, 81], grid="lines"))
    s.append(P("ACMG classes: 5 pathogenic, 4 likely pathogenic, 3 uncertain, 2 likely benign, 1 benign. Benign "
               "variants are listed on request of the referring clinician only.", "tiny"))
    s.append(P("Methods", "h2"))
    s.append(P("Germline: hybrid-capture sequencing of 14 hereditary breast and ovarian cancer genes from blood DNA, "
               "with copy-number analysis by read depth and MLPA confirmation of BRCA1/2 deletions (none seen). "
               "Tumour: 52-gene somatic panel on FFPE block B4 (tumour 60%). Somatic limit of detection 5% VAF. "
               "Homologous recombination deficiency scoring was not requested.", "bodyj"))
    s.append(P("References", "h2"))
    for r in ["Richards S et al. Genet Med 2015;17:405-424.", "Tutt ANJ et al. N Engl J Med 2021;384:2394-2405.",
              "UK Cancer Genetics Group. Consensus on BRCA testing pathways, 2024 (local adaptation)."]:
        s.append(P(r, "small"))
    s.append(Spacer(1, 8))
    s.append(P("Dr Caitriona Velasquez-Orme, Consultant Clinical Scientist (Genomics) \u2014 authorised 29/01/2026", "body"))
    return s


# ============================================================================ 6220
@report("6220", SALTMARSH, _meta(patient="Patient T", dob="25/01/1953", sex="M", mrn="WB-208834", acc="SG26-0240",
        specimen="Prostate biopsy cores 3 and 5 + blood", collected="06/01/2026", received="09/01/2026",
        reported="30/01/2026", physician="Dr Henrik Aldous-Kumar", family="FAM-10519",
        tumour="Metastatic castration-resistant prostate cancer"),
        [L("BRCA2", "mutation", "positive", ["p.(Asn1784Lysfs*3)"], alteration="N1784Kfs*3"),
         L("BRCA2", "mutation", "negative", ["germline BRCA2"], optional=True),
         L("BRCA1", "mutation", "negative", ["BRCA1 \u2014 no pathogenic"]),
         L("AR", "amplification", "positive", ["AR amplification"]),
         L("MSI", "signature", "negative", ["microsatellite stable"]),
         L("TMB", "signature", "negative", ["2.1 mut/Mb"], value="2.1 mut/Mb")],
        doc="Saltmarsh prostate somatic + germline", tumour="prostate adenocarcinoma",
        kinds=["GERM", "CN", "VUS", "TILE", "NE", "THER", "METH"])
def r6220():
    lab = SALTMARSH
    P, W = lab.P, 503
    s = [P("Prostate Cancer \u2014 Somatic Tumour Profile with Germline Comparison", "h1")]
    s.append(tiles(lab, [("BRCA2 (tumour)", "Pathogenic", "frameshift, somatic"), ("AR", "Amplified", "~11 copies"),
                         ("MSI", "Stable", "\u2014"), ("TMB", "2.1 mut/Mb", "low")], 4, W,
                   bgs=[lab.accent], border=lab.primary))
    s.append(P("Somatic findings (tumour, cores 3 and 5 pooled)", "h2"))
    s.append(tbl(lab, [["Gene", "Change", "Exon", "VAF / copies", "Tier", "Comment"],
                       ["BRCA2", "c.5351dup p.(Asn1784Lysfs*3)", "11", "34%", "I",
                        "Somatic: absent from blood. PARP inhibitor eligibility."],
                       ["AR", "AR amplification (Xq12)", "\u2014", "~11 copies", "II",
                        "Acquired under androgen deprivation; not a therapy target itself"],
                       ["TMPRSS2::ERG", "deletion fusion (DNA)", "1 / 4", "\u2014", "II", "Common, prognostically neutral"],
                       ["SPOP", "c.398T&gt;G p.(Phe133Cys)", "6", "8%", "III", "Uncertain at this VAF"],
                       ["ATM", "c.2572T&gt;C p.(Phe858Leu)", "17", "49%", "III",
                        "Germline VUS also in blood; not actionable"]],
                 [62, 130, 34, 60, 30, 187], grid="grid", zebra=lab.accent))
    s.append(P("Germline comparison (blood)", "h2"))
    s.append(P("BRCA1 \u2014 no pathogenic variant. No pathogenic variant in germline BRCA2, ATM, CHEK2, PALB2, "
               "RAD51D or HOXB13. The ATM c.2572T&gt;C variant is constitutional and of uncertain "
               "significance. The tumour BRCA2 frameshift is therefore somatic, and there are no cascade-testing "
               "implications for relatives from this result.", "body"))
    s.append(P("Signatures", "h2"))
    s.append(P("The tumour is microsatellite stable (1/112 loci unstable). TMB 2.1 mut/Mb (laboratory cut-off for "
               "TMB-high: 10 mut/Mb). PD-L1 and AR-V7 were not evaluated.", "body"))
    s.append(PageBreak())
    s.append(P("Therapy implications", "h2"))
    s.append(tbl(lab, [["Biomarker", "Agent", "Evidence"],
                       ["BRCA2 (somatic)", "olaparib; talazoparib + enzalutamide; niraparib + abiraterone",
                        "Approved in mCRPC"],
                       ["MSI-H/dMMR (absent)", "pembrolizumab", "Not applicable"],
                       ["AR amplification", "AR-directed agents (reduced benefit reported)", "Prognostic"]],
                 [120, 250, 133], grid="lines"))
    s.append(P("Method", "h2"))
    s.append(P("Tumour DNA (cores 3 and 5, tumour content 40%) and blood DNA were sequenced with a matched 96-gene "
               "hybrid-capture panel. Copy number by read depth, with amplification called at 6 or more copies after "
               "purity adjustment. MSI from 112 loci; TMB over 0.8 Mb. Variant classification by ACMG/AMP (germline) "
               "and AMP/ASCO/CAP (somatic).", "bodyj"))
    s.append(Spacer(1, 8))
    s.append(P("Dr Caitriona Velasquez-Orme, Consultant Clinical Scientist (Genomics) \u2014 authorised 30/01/2026", "body"))
    return s
