"""Laboratory genomic / IHC / FISH reports 2225-2240 (invented)."""
from lib import L, H, P, B, PRE, T, BOX, CB, SP, PB, SMALL, BOXON, BOXOFF

R = []


def rep(id, kind, tests, meta, blocks, labels):
    R.append(dict(id=id, kind=kind, tests=tests, meta=meta, blocks=blocks, labels=labels))


def lab(name, acc, pt, sub, font="helv", fs=8, footer=None):
    m = dict(header=[name, sub, "CLIA# 99D9999999  |  CAP# 0000000  |  Medical Director: Dr. %s, MD, PhD" % "QRSTUVWXYZ"[int(acc[-1])]],
             ident="%s   Report ID: %s" % (pt, acc), font=font, fs=fs)
    if footer:
        m["footer"] = footer
    return m


PANEL = ("ABL1 AKT1 AKT2 ALK APC AR ARID1A ATM ATR AURKA BAP1 BARD1 BCL2 BCOR BRAF BRCA1 BRCA2 BRIP1 BTK "
         "CCND1 CCND2 CCNE1 CD274 CDH1 CDK4 CDK6 CDK12 CDKN1B CDKN2A CHEK1 CHEK2 CREBBP CTNNB1 DDR2 EGFR "
         "EP300 ERBB2 ERBB3 ERBB4 ESR1 EZH2 FBXW7 FGFR1 FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GNA11 GNAQ GNAS HNF1A "
         "HRAS IDH1 IDH2 JAK2 KDR KEAP1 KIT KMT2D KRAS MAP2K1 MDM2 MET MLH1 MPL MSH2 MSH6 MTOR MYC MYCN NF1 "
         "NF2 NOTCH1 NRAS NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PIK3R1 PMS2 POLE PTEN RAD51C RAD51D RB1 RET "
         "RNF43 ROS1 SMAD4 SMARCA4 SMARCB1 SMO STK11 TERT TP53 TSC1 TSC2 VHL")

DISCLAIMER = ("This test was developed and its performance characteristics determined by the laboratory. It "
              "has not been cleared or approved by the U.S. Food and Drug Administration. The FDA does not "
              "require this test to go through premarket review. This test is used for clinical purposes and "
              "should not be regarded as investigational or for research. Results should be interpreted in "
              "conjunction with clinical and pathological findings. A negative result does not exclude the "
              "presence of an alteration below the limit of detection or in regions not covered by the assay.")

# ---------------------------------------------------------------- 2225 tissue NGS lung, long
rep("2225", "lab: tissue NGS panel (lung), summary box, pertinent negatives, VUS, long methods",
    "EGFR E746_A750del + TP53 R273H, TMB 4 low with cut-off, MSS, pertinent negatives list, VUS section, benign BRCA2 K3326*, gene list in methods",
    lab("Meridian Genomic Oncology Laboratory", "MGO-23-004417", "Patient A2", "Comprehensive Solid Tumor Profile (DNA, 324 genes)"),
    [
        T([["Patient", "Patient A2", "Specimen", "Lung, right lower lobe, core biopsy (FFPE)"],
           ["Ordering physician", "Dr. K", "Tumor content", "40% (pathologist estimate)"],
           ["Diagnosis", "Lung adenocarcinoma", "Received / Reported", "03/02/2023 / 03/13/2023"]],
          widths=[1.2, 1.7, 1.3, 2.8], head=False),
        BOX(["RESULT SUMMARY", "Biomarker findings:  Tumor Mutational Burden - 4 Muts/Mb (TMB-Low)   |   "
             "Microsatellite status - MS-Stable",
             "Genomic findings (2): EGFR exon 19 deletion (p.E746_A750del); TP53 p.R273H",
             "Therapies with potential benefit: osimertinib, erlotinib, gefitinib, afatinib (EGFR)"]),
        H("GENOMIC FINDINGS"),
        T([["Gene", "Alteration", "Coding change", "VAF", "Classification"],
           ["EGFR", "p.E746_A750del (exon 19)", "c.2235_2249del", "27.4%", "Pathogenic - Tier IA"],
           ["TP53", "p.R273H", "c.818G>A", "31.0%", "Pathogenic - Tier IIC"]], widths=[0.8, 1.8, 1.4, 0.7, 1.8]),
        H("BIOMARKER FINDINGS"),
        P("Tumor Mutational Burden: 4 Muts/Mb. TMB-Low. TMB-High is defined as >= 10 mutations per megabase."),
        P("Microsatellite status: MS-Stable (MSS). 95 loci assessed."),
        H("PERTINENT NEGATIVES"),
        P("No reportable alterations were detected in: KRAS, BRAF (sequence variants); ALK, ROS1, RET, NTRK1, "
          "NTRK2, NTRK3 (rearrangements); MET (exon 14 skipping and amplification); ERBB2 (mutation and "
          "amplification)."),
        H("VARIANTS OF UNCERTAIN SIGNIFICANCE"),
        T([["Gene", "Variant", "VAF"],
           ["ALK", "p.D1529E", "49.8%"],
           ["MET", "p.N375S", "50.2%"],
           ["ATM", "p.V2424G", "12.0%"]], widths=[0.8, 1.6, 0.8]),
        P("Variants of uncertain significance are reported for completeness and should not be used for clinical "
          "decision-making. BRCA2 p.K3326* was detected and is classified as benign; it is not reported as a "
          "finding."),
        PB(),
        H("THERAPY AND CLINICAL TRIAL ASSOCIATIONS"),
        P("EGFR: Exon 19 deletions in EGFR are activating mutations found in approximately 45% of EGFR-mutant "
          "non-small cell lung cancers and predict sensitivity to EGFR tyrosine kinase inhibitors. Acquired "
          "resistance commonly involves EGFR T790M or C797S, MET amplification or histologic transformation."),
        P("TP53: TP53 alterations occur in 50% of lung adenocarcinomas; there are no approved therapies "
          "targeting TP53 alterations."),
        H("METHODS"),
        P("DNA extracted from FFPE tissue was sheared and hybrid-capture enriched for the coding exons of the "
          "following genes, with selected introns of ALK, BRAF, EGFR, ETV6, MET, NTRK1, NTRK2, NTRK3, RET and "
          "ROS1 for rearrangement detection: " + PANEL + "."),
        P("Sequencing was performed on an Illumina NovaSeq 6000 to a median unique coverage of >500x. Single "
          "nucleotide variants and indels are reported at VAF >= 5%; copy number amplifications at >= 6 copies "
          "(ploidy adjusted). TMB is calculated from synonymous and non-synonymous variants across 0.8 Mb. MSI "
          "status is determined by comparison of 95 microsatellite loci. Germline variants are not "
          "distinguished from somatic variants by this assay."),
        SMALL(DISCLAIMER),
        P("Electronically signed: Dr. K, MD, Laboratory Director, 03/13/2023"),
    ],
    [L("EGFR", "mutation", "positive", ["p.E746_A750del (exon 19)", "Pathogenic - Tier IA"], alteration="E746_A750del"),
     L("TP53", "mutation", "positive", ["p.R273H", "Pathogenic - Tier IIC"], alteration="R273H"),
     L("TMB", "signature", "negative", ["Tumor Mutational Burden: 4 Muts/Mb. TMB-Low"], value="4 mut/Mb"),
     L("MSI", "signature", "negative", ["Microsatellite status: MS-Stable (MSS)"]),
     L("KRAS", "mutation", "negative", ["No reportable alterations were detected in: KRAS, BRAF"]),
     L("BRAF", "mutation", "negative", ["KRAS, BRAF (sequence variants)"]),
     L("ALK", "fusion", "negative", ["ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 (rearrangements)"]),
     L("ROS1", "fusion", "negative", ["ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 (rearrangements)"]),
     L("RET", "fusion", "negative", ["ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 (rearrangements)"]),
     L("NTRK", "fusion", "negative", ["ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 (rearrangements)"]),
     L("MET", "mutation", "negative", ["MET (exon 14 skipping and amplification)"]),
     L("MET", "amplification", "negative", ["MET (exon 14 skipping and amplification)"]),
     L("HER2", "mutation", "negative", ["ERBB2 (mutation and amplification)"]),
     L("HER2", "amplification", "negative", ["ERBB2 (mutation and amplification)"])])

# ---------------------------------------------------------------- 2226 plasma NGS lung, table split across pages
cf_rows = [["Gene", "Alteration", "% cfDNA", "Classification"]]
cf_rows += [["EGFR", "L858R (c.2573T>G)", "1.2%", "Pathogenic"],
            ["EGFR", "T790M (c.2369C>T)", "0.4%", "Pathogenic"],
            ["TP53", "c.743G>A p.(Arg248Gln)", "0.9%", "Pathogenic"],
            ["EGFR", "Q787Q (c.2361G>A), synonymous", "48.7%", "Benign - not reported"]]
neg_rows = [["Gene", "Alterations evaluated", "Result"]]
for g, a in [("ALK", "Fusions"), ("ROS1", "Fusions"), ("RET", "Fusions"), ("NTRK1", "Fusions"),
             ("BRAF", "SNVs / indels"), ("KRAS", "SNVs / indels"), ("ERBB2", "SNVs / indels, amplification"),
             ("MET", "Amplification, exon 14 skipping"), ("NRAS", "SNVs / indels"), ("PIK3CA", "SNVs / indels"),
             ("STK11", "SNVs / indels"), ("KEAP1", "SNVs / indels"), ("CDKN2A", "SNVs / indels, deletions"),
             ("SMARCA4", "SNVs / indels"), ("NF1", "SNVs / indels"), ("RB1", "SNVs / indels"),
             ("FGFR1", "Amplification"), ("FGFR2", "Fusions, SNVs"), ("FGFR3", "Fusions, SNVs"),
             ("CCND1", "Amplification"), ("CDK4", "Amplification"), ("CDK6", "Amplification"),
             ("MYC", "Amplification"), ("ERBB3", "SNVs / indels"), ("MAP2K1", "SNVs / indels"),
             ("ARID1A", "SNVs / indels"), ("ATM", "SNVs / indels"), ("BRCA1", "SNVs / indels"),
             ("BRCA2", "SNVs / indels"), ("PTEN", "SNVs / indels"), ("AKT1", "SNVs / indels"),
             ("IDH1", "SNVs"), ("IDH2", "SNVs"), ("GNAS", "SNVs"), ("CTNNB1", "SNVs"), ("APC", "SNVs / indels")]:
    neg_rows.append([g, a, "Not detected"])
rep("2226", "lab: plasma cfDNA NGS (lung), % cfDNA table, long not-detected table split across pages",
    "EGFR L858R + T790M, TP53 three-letter, synonymous EGFR (no label), MSI-High NOT DETECTED, TMB not evaluated, long negatives table",
    lab("ClearStream Liquid Biopsy Laboratories", "CSL-22-118204", "Patient B2", "Plasma cell-free DNA 74-gene panel",
        font="helv", fs=7.5),
    [
        T([["Patient: Patient B2", "DOB: 01/01/1950", "Collected: 08/11/2022"],
           ["Physician: Dr. L", "Diagnosis: NSCLC, progressing on erlotinib", "Reported: 08/19/2022"]],
          widths=[2.2, 2.8, 2.0], head=False, grid=False),
        BOX(["Summary of detected alterations: EGFR L858R, EGFR T790M, TP53 R248Q",
             "MSI-High: NOT DETECTED      Tumor Mutational Burden: Not evaluated on this specimen"], bg="#e6f0ff"),
        H("Detected alterations"),
        T(cf_rows, widths=[0.8, 2.6, 0.8, 1.8]),
        SMALL("% cfDNA: mutant allele fraction in circulating cell-free DNA. The maximum somatic allele fraction "
              "in this sample is 1.2%."),
        H("Interpretation"),
        P("EGFR T790M is the most common mechanism of acquired resistance to first- and second-generation "
          "EGFR inhibitors. Osimertinib is FDA-approved for patients with EGFR T790M-positive NSCLC."),
        H("Genes evaluated with no alterations detected"),
        T(neg_rows, widths=[1.0, 3.0, 1.5]),
        H("Methods and limitations"),
        P("Cell-free DNA is extracted from two 10-mL Streck tubes, enriched by hybrid capture and sequenced with "
          "digital error correction. Reportable range: SNVs and indels >= 0.04% cfDNA; amplifications, fusions "
          "as indicated. A 'Not detected' result does not rule out the presence of alterations in the tumor; "
          "tissue testing should be considered when clinically indicated. Variants are presumed somatic; "
          "germline status is not assessed."),
        SMALL(DISCLAIMER),
    ],
    [L("EGFR", "mutation", "positive", ["L858R (c.2573T>G)"], alteration="L858R"),
     L("EGFR", "mutation", "positive", ["T790M (c.2369C>T)"], alteration="T790M"),
     L("TP53", "mutation", "positive", ["c.743G>A p.(Arg248Gln)"], alteration="R248Q"),
     L("MSI", "signature", "negative", ["MSI-High: NOT DETECTED"]),
     L("ALK", "fusion", "negative", ["ALK Fusions Not detected"]),
     L("ROS1", "fusion", "negative", ["ROS1 Fusions Not detected"]),
     L("RET", "fusion", "negative", ["RET Fusions Not detected"]),
     L("NTRK", "fusion", "negative", ["NTRK1 Fusions Not detected"]),
     L("BRAF", "mutation", "negative", ["BRAF SNVs / indels Not detected"]),
     L("KRAS", "mutation", "negative", ["KRAS SNVs / indels Not detected"]),
     L("HER2", "mutation", "negative", ["ERBB2 SNVs / indels, amplification Not detected"]),
     L("HER2", "amplification", "negative", ["ERBB2 SNVs / indels, amplification Not detected"]),
     L("MET", "amplification", "negative", ["MET Amplification, exon 14 skipping Not detected"]),
     L("MET", "mutation", "negative", ["MET Amplification, exon 14 skipping Not detected"]),
     L("NRAS", "mutation", "negative", ["NRAS SNVs / indels Not detected"]),
     L("PIK3CA", "mutation", "negative", ["PIK3CA SNVs / indels Not detected"]),
     L("BRCA1", "mutation", "negative", ["BRCA1 SNVs / indels Not detected"]),
     L("BRCA2", "mutation", "negative", ["BRCA2 SNVs / indels Not detected"]),
     L("IDH1", "mutation", "negative", ["IDH1 SNVs Not detected"]),
     L("IDH2", "mutation", "negative", ["IDH2 SNVs Not detected"])])

# ---------------------------------------------------------------- 2227 KRAS/NRAS/BRAF PCR CRC
rep("2227", "lab: single-gene PCR (KRAS, NRAS, BRAF) colorectal, codon list + 'NONE DETECTED'",
    "three headed sections each with codon list and 'NONE OF THE ABOVE MUTATIONS WERE DETECTED'; marker named only in heading",
    lab("Tri-County Molecular Pathology", "TCM-12-2290", "Patient C2", "Molecular Diagnostics Laboratory",
        font="courier", fs=8),
    [
        PRE("PATIENT: PATIENT C2          SPECIMEN: SIGMOID COLON, RESECTION, BLOCK B3\n"
            "REFERRING: DR. J             DIAGNOSIS: METASTATIC COLORECTAL ADENOCARCINOMA\n"
            "TUMOR CELLULARITY: 60%       RECEIVED: 10/02/2012   REPORTED: 10/09/2012\n"),
        PRE("==================================================================\n"
            "KRAS MUTATION ANALYSIS (PYROSEQUENCING)\n"
            "==================================================================\n"
            "MUTATIONS TESTED:\n"
            "  CODON 12: G12A, G12C, G12D, G12R, G12S, G12V\n"
            "  CODON 13: G13D\n"
            "  CODON 61: Q61H, Q61L, Q61R\n"
            "  CODON 146: A146T, A146V\n"
            "RESULT: NONE OF THE ABOVE MUTATIONS WERE DETECTED.\n"),
        PRE("==================================================================\n"
            "NRAS MUTATION ANALYSIS (PYROSEQUENCING)\n"
            "==================================================================\n"
            "MUTATIONS TESTED: CODONS 12, 13, 59, 61, 117, 146\n"
            "RESULT: NO MUTATION DETECTED (WILD TYPE).\n"),
        PRE("==================================================================\n"
            "BRAF V600E\n"
            "==================================================================\n"
            "RESULT: NEGATIVE\n"),
        PRE("INTERPRETATION:\n"
            "  THIS TUMOR IS RAS WILD TYPE (KRAS AND NRAS EXONS 2, 3, 4) AND BRAF\n"
            "  V600E NEGATIVE. RAS WILD-TYPE STATUS IS REQUIRED FOR ANTI-EGFR\n"
            "  ANTIBODY THERAPY (CETUXIMAB, PANITUMUMAB).\n\n"
            "METHOD:\n"
            "  DNA WAS EXTRACTED FROM MACRODISSECTED FFPE TISSUE. PCR AMPLIFICATION\n"
            "  WAS FOLLOWED BY PYROSEQUENCING (ANALYTICAL SENSITIVITY ~5% MUTANT\n"
            "  ALLELE). A KRAS G12D-POSITIVE CELL LINE AND WILD-TYPE DNA WERE RUN AS\n"
            "  CONTROLS AND GAVE EXPECTED RESULTS.\n\n"
            "DR. J, MD  10/09/2012\n"),
    ],
    [L("KRAS", "mutation", "negative", ["KRAS MUTATION ANALYSIS", "NONE OF THE ABOVE MUTATIONS WERE DETECTED"]),
     L("NRAS", "mutation", "negative", ["NO MUTATION DETECTED (WILD TYPE)"]),
     L("BRAF", "mutation", "negative", ["BRAF V600E", "RESULT: NEGATIVE"])])

# ---------------------------------------------------------------- 2228 HER2 FISH lab
rep("2228", "lab: HER2 FISH reference lab (breast), signal table, ASCO/CAP groups table",
    "ratio 3.43 amplified group 1; referral reason 'IHC 2+ at outside institution' (optional); criteria table not a result",
    lab("Keystone Cytogenomics", "KCG-19-3302", "Patient D2", "Fluorescence In Situ Hybridization Report"),
    [
        T([["Specimen", "Left breast core biopsy, block A2 (outside case OS-19-7731)"],
           ["Reason for referral", "HER2 IHC 2+ (equivocal) at outside institution"],
           ["Probe", "HER2/CEP17 dual probe (PathVysion)"]], widths=[1.6, 5.0], head=False),
        H("RESULTS"),
        T([["Observer", "Cells scored", "HER2 signals", "CEP17 signals", "HER2/CEP17", "HER2 per cell"],
           ["1", "20", "146", "41", "3.56", "7.3"],
           ["2", "20", "142", "43", "3.30", "7.1"],
           ["Total", "40", "288", "84", "3.43", "7.2"]], widths=[0.8, 1.0, 1.0, 1.0, 1.0, 1.1]),
        BOX(["INTERPRETATION: AMPLIFIED (ASCO/CAP 2018 Group 1: HER2/CEP17 ratio >= 2.0 and average HER2 copy "
             "number >= 4.0 signals/cell)", "HER2/CEP17 ratio: 3.43    Average HER2 copy number: 7.2"]),
        H("Interpretive criteria (ASCO/CAP 2018)"),
        T([["Group", "Ratio", "HER2 copies/cell", "Result"],
           ["1", ">= 2.0", ">= 4.0", "Positive"],
           ["2", ">= 2.0", "< 4.0", "Negative unless concurrent IHC 3+"],
           ["3", "< 2.0", ">= 6.0", "Positive if concurrent IHC 2+ or 3+"],
           ["4", "< 2.0", ">= 4.0 and < 6.0", "Negative unless concurrent IHC 3+"],
           ["5", "< 2.0", "< 4.0", "Negative"]], widths=[0.6, 0.8, 1.4, 2.6], fs=7),
        P("Hybridization was adequate; internal control (normal epithelium) showed 2 HER2 and 2 CEP17 signals per "
          "nucleus. Dr. D, 06/20/2019."),
        SMALL(DISCLAIMER),
    ],
    [L("HER2", "amplification", "positive", ["INTERPRETATION: AMPLIFIED", "HER2/CEP17 ratio: 3.43"], ratio=3.43),
     L("HER2", "expression", "equivocal", ["HER2 IHC 2+ (equivocal) at outside institution"], ihc_score="2+", optional=True)])

# ---------------------------------------------------------------- 2229 lung FISH panel
rep("2229", "lab: lung FISH panel (ALK, ROS1, RET break-apart; MET/CEP7)",
    "ROS1 rearranged 62%, ALK 4% not rearranged, RET negative, MET ratio 1.1 not amplified; cut-off table",
    lab("Granite Peak Diagnostics", "GPD-18-5521", "Patient E2", "Cytogenetics - Solid Tumor FISH"),
    [
        P("Specimen: Left lung, EBUS-FNA cell block, 4R lymph node.  Diagnosis: Metastatic adenocarcinoma."),
        T([["Probe", "Nuclei scored", "Abnormal pattern", "% abnormal", "Cut-off", "Result"],
           ["ALK break-apart (2p23)", "100", "split / isolated 3'", "4%", "15%", "NEGATIVE - no rearrangement"],
           ["ROS1 break-apart (6q22)", "100", "split / isolated 3'", "62%", "15%", "POSITIVE - ROS1 rearranged"],
           ["RET break-apart (10q11)", "100", "split", "2%", "15%", "NEGATIVE"],
           ["MET / CEP7", "60", "MET/CEP7 ratio 1.1", "-", "ratio >= 2.0", "NOT AMPLIFIED"]],
          widths=[1.5, 0.8, 1.3, 0.7, 0.8, 1.9]),
        H("Interpretation"),
        P("ROS1 gene rearrangement is present. Patients with ROS1-rearranged NSCLC may benefit from crizotinib "
          "or entrectinib. No evidence of ALK or RET rearrangement or MET amplification."),
        H("Method"),
        P("Vysis ALK Break Apart FISH Probe Kit; ZytoLight SPEC ROS1 and RET Dual Color Break Apart probes; "
          "MET/CEN7 dual color probe. A sample is considered positive for rearrangement if >15% of nuclei show "
          "split or isolated 3' signals. Signed: Dr. E, 11/06/2018."),
    ],
    [L("ALK", "fusion", "negative", ["NEGATIVE - no rearrangement"]),
     L("ROS1", "fusion", "positive", ["POSITIVE - ROS1 rearranged"]),
     L("RET", "fusion", "negative", ["RET break-apart (10q11)", "NEGATIVE"]),
     L("MET", "amplification", "negative", ["MET/CEP7 ratio 1.1", "NOT AMPLIFIED"], ratio=1.1)])

# ---------------------------------------------------------------- 2230 IHC checkbox breast
rep("2230", "lab: breast biomarker IHC form with DejaVu check boxes and an unmarked AR template",
    "check-box status lines, ER 85%, PR 0%, HER2 2+ (FISH pending -> no FISH label), Ki-67 18%, AR options all unmarked",
    lab("Prairie Pathology Associates", "PPA-21-8010", "Patient F2", "Breast Predictive Marker Report", font="dejavu", fs=7.5),
    [
        CB("Specimen: Right breast, 9:00, core biopsy     Block: A1     Cold ischemia < 1 h     Fixation 18 h"),
        H("ESTROGEN RECEPTOR (clone SP1)"),
        CB("Result:  %s Positive   %s Negative   %s Low positive (1-10%%)" % (BOXON, BOXOFF, BOXOFF)),
        CB("Percentage of positive nuclei: 85%%     Average intensity: %s Weak  %s Moderate  %s Strong" % (BOXOFF, BOXOFF, BOXON)),
        H("PROGESTERONE RECEPTOR (clone 1E2)"),
        CB("Result:  %s Positive   %s Negative" % (BOXOFF, BOXON)),
        CB("Percentage of positive nuclei: 0%%     Internal control present: %s Yes  %s No" % (BOXON, BOXOFF)),
        H("HER2 (clone 4B5)"),
        CB("Score:  %s 0   %s 1+   %s 2+   %s 3+" % (BOXOFF, BOXOFF, BOXON, BOXOFF)),
        CB("Interpretation:  %s Negative   %s Equivocal   %s Positive" % (BOXOFF, BOXON, BOXOFF)),
        CB("Reflex HER2 FISH: ordered, result to follow in separate report."),
        H("Ki-67 (clone 30-9)"),
        CB("Percentage of positive tumor nuclei: 18%"),
        H("ANDROGEN RECEPTOR (clone SP107)"),
        CB("Result:  %s Positive   %s Negative   %s Not performed   Percentage: ____" % (BOXOFF, BOXOFF, BOXOFF)),
        SP(6),
        SMALL("Controls: External control tissue (tonsil/breast) stained appropriately for all antibodies. Scoring "
              "follows ASCO/CAP guidelines: ER/PR positive if >= 1% of tumor nuclei are immunoreactive; HER2 0 = "
              "no staining; 1+ = faint incomplete membrane staining in >10%; 2+ = weak-moderate complete membrane "
              "staining in >10%; 3+ = circumferential, complete, intense membrane staining in >10%."),
        CB("Pathologist: Dr. F      Date: 07/07/2021"),
    ],
    [L("ER", "expression", "positive", ["Percentage of positive nuclei: 85%"], percent=85),
     L("PR", "expression", "negative", ["Percentage of positive nuclei: 0%"], percent=0),
     L("HER2", "expression", "equivocal", ["Score:", "2+"], ihc_score="2+"),
     L("Ki-67", "expression", "reported", ["Percentage of positive tumor nuclei: 18%"], percent=18)])

# ---------------------------------------------------------------- 2231 PD-L1 / ALK / ROS1 IHC
rep("2231", "lab: NSCLC IHC predictive panel, PD-L1 22C3 TPS 55% with cut-off table, ALK D5F3, ROS1 D4D6 equivocal",
    "PD-L1 TPS 55% high, ALK IHC negative, ROS1 IHC equivocal (FISH recommended), SP142 not performed",
    lab("Horizon Reference Pathology", "HRP-20-77310", "Patient G2", "Immunohistochemistry - Predictive Markers"),
    [
        T([["Test", "Clone / Platform", "Result", "Score"],
           ["PD-L1", "22C3 pharmDx / Autostainer Link 48", "HIGH EXPRESSION", "TPS 55%"],
           ["ALK", "D5F3 / Ventana BenchMark", "NEGATIVE", "-"],
           ["ROS1", "D4D6 / Leica Bond", "EQUIVOCAL (weak focal staining); confirmatory ROS1 FISH recommended", "-"]],
          widths=[0.8, 2.1, 2.8, 1.0]),
        H("PD-L1 scoring reference"),
        T([["TPS", "Category"], ["< 1%", "No expression"], ["1-49%", "Low expression"], [">= 50%", "High expression"]],
          widths=[1.0, 1.6], fs=7),
        P("Comment: A PD-L1 SP142 assay was requested but not performed due to insufficient remaining tissue. "
          "All assays were run with on-slide positive and negative controls, which performed as expected. "
          "At least 100 viable tumor cells were present."),
        P("Dr. G, MD  |  09/14/2020"),
    ],
    [L("PD-L1", "expression", "positive", ["HIGH EXPRESSION", "TPS 55%"], percent=55),
     L("ALK", "expression", "negative", ["D5F3 / Ventana BenchMark", "NEGATIVE"]),
     L("ROS1", "expression", "equivocal", ["EQUIVOCAL (weak focal staining)"])])

# ---------------------------------------------------------------- 2232 MSI PCR + MMR IHC
rep("2232", "lab: Lynch screening (MSI PCR + MMR IHC) colorectal",
    "MSI-H 5/5 markers, MSH2/MSH6 loss, MLH1/PMS2 retained, dMMR; background text on Lynch; methylation not indicated",
    lab("Pioneer Molecular Medicine", "PMM-16-1409", "Patient H2", "Tumor Screening for Lynch Syndrome", font="times", fs=8.5),
    [
        P("Specimen: Transverse colon adenocarcinoma, block 2B; normal tissue block 2F."),
        H("MICROSATELLITE INSTABILITY (PCR, 5 mononucleotide markers)"),
        T([["Marker", "BAT-25", "BAT-26", "NR-21", "NR-24", "MONO-27"],
           ["Status", "Unstable", "Unstable", "Unstable", "Unstable", "Unstable"]],
          widths=[1.0, 0.9, 0.9, 0.9, 0.9, 0.9]),
        P("Result: MSI-HIGH (5 of 5 markers unstable)."),
        H("MISMATCH REPAIR IMMUNOHISTOCHEMISTRY"),
        P("MLH1: retained.  PMS2: retained.  MSH2: lost.  MSH6: lost."),
        P("Result: Deficient mismatch repair (dMMR), MSH2/MSH6 pattern."),
        H("Interpretation"),
        P("Concurrent loss of MSH2 and MSH6 with high-level microsatellite instability is suggestive of Lynch "
          "syndrome due to a germline MSH2 (or EPCAM) alteration. MLH1 promoter methylation testing is not "
          "indicated. Approximately 3% of colorectal cancers are caused by Lynch syndrome; genetic counseling "
          "is recommended."),
        P("Signed: Dr. H, 04/22/2016"),
    ],
    [L("MSI", "signature", "positive", ["Result: MSI-HIGH (5 of 5 markers unstable)"]),
     L("MLH1", "expression", "positive", ["MLH1: retained"]),
     L("PMS2", "expression", "positive", ["PMS2: retained"]),
     L("MSH2", "expression", "negative", ["MSH2: lost"]),
     L("MSH6", "expression", "negative", ["MSH6: lost"]),
     L("MMR", "signature", "positive", ["Deficient mismatch repair (dMMR)"])])

# ---------------------------------------------------------------- 2233 long CRC NGS, 5+ pages
var_rows = [["Gene", "cDNA", "Protein", "Exon", "AF", "Tier"],
            ["KRAS", "c.38G>A", "p.(Gly13Asp)", "2", "34%", "I-A"],
            ["APC", "c.4348C>T", "p.(Arg1450*)", "16", "41%", "II-C"],
            ["PIK3CA", "c.3140A>G", "p.(His1047Arg)", "21", "18%", "II-C"],
            ["SMAD4", "c.1082G>A", "p.(Arg361His)", "9", "22%", "II-D"]]
vus_rows = [["Gene", "cDNA", "Protein", "AF", "Classification"],
            ["BRCA2", "c.865A>C", "p.(Asn289His)", "51%", "Benign (polymorphism)"],
            ["ATM", "c.5558A>T", "p.(Asp1853Val)", "49%", "Uncertain significance"],
            ["ERBB3", "c.2231G>A", "p.(Arg744His)", "11%", "Uncertain significance"],
            ["NOTCH1", "c.4135G>A", "p.(Val1379Met)", "6%", "Uncertain significance"],
            ["TP53", "c.215C>G", "p.(Pro72Arg)", "100%", "Benign (common polymorphism)"]]
long_appx = []
genes = PANEL.split()
for i in range(0, len(genes), 6):
    long_appx.append(genes[i:i + 6] + [""] * (6 - len(genes[i:i + 6])))
rep("2233", "lab: long colorectal NGS report (5+ pages), tier table, VUS/benign table, TMB with no cut-off, gene appendix",
    "KRAS G13D, PIK3CA H1047R, TMB 8.2 no cut-off (reported), MSS, NRAS/BRAF/ERBB2 negative, TP53 P72R benign, BRCA2 benign",
    lab("Atlas Precision Oncology Lab", "APO-24-010233", "Patient I2", "OncoSeq Solid Tumor 160 - Final Report", fs=8),
    [
        T([["Patient", "Patient I2", "Specimen ID", "APO-24-010233-A"],
           ["Ordering", "Dr. I", "Site", "Liver metastasis, core biopsy"],
           ["Primary", "Colorectal adenocarcinoma", "Tumor %", "70%"]], widths=[1.0, 2.2, 1.1, 2.5], head=False),
        BOX(["KEY RESULTS", "KRAS p.(Gly13Asp) - Tier I-A     PIK3CA p.(His1047Arg) - Tier II-C",
             "Microsatellite status: Stable (MSS)     Tumor mutational burden: 8.2 mutations/Mb",
             "NRAS: no variant detected    BRAF: no variant detected    ERBB2 amplification: not detected"]),
        H("1. Clinically significant variants (Tier I-II)"),
        T(var_rows, widths=[0.8, 1.1, 1.3, 0.5, 0.6, 0.6]),
        H("2. Biomarkers"),
        P("Microsatellite instability: Stable (MSS); 2.1% of 130 sites unstable."),
        P("Tumor mutational burden: 8.2 mutations/Mb (calculated over 1.1 Mb of coding sequence)."),
        H("3. Variant interpretation"),
        P("KRAS p.(Gly13Asp): Activating KRAS mutation. Mutations in KRAS exon 2 predict lack of benefit from "
          "the anti-EGFR antibodies cetuximab and panitumumab in metastatic colorectal cancer (NCCN). Reported in "
          "approximately 8% of colorectal carcinomas."),
        P("PIK3CA p.(His1047Arg): Hotspot activating mutation in the kinase domain. Aspirin use has been "
          "associated with improved outcome in PIK3CA-mutant colorectal cancer in observational studies; "
          "alpelisib is approved in breast cancer only."),
        P("APC p.(Arg1450*): Truncating mutation, expected loss of function; consistent with colorectal origin."),
        P("SMAD4 p.(Arg361His): Hotspot inactivating mutation; prognostic significance uncertain."),
        PB(),
        H("4. Variants of uncertain significance and benign variants (not for clinical use)"),
        T(vus_rows, widths=[0.8, 1.1, 1.3, 0.6, 2.0]),
        H("5. Relevant negatives"),
        P("NRAS (exons 2, 3, 4): no variant detected.  BRAF (exon 15 including V600): no variant detected.  "
          "ERBB2: amplification not detected.  NTRK1/2/3: fusion analysis not performed (DNA-only assay)."),
        H("6. Clinical trials"),
        P("Trial information is provided for reference only. NCT0000001: KRAS G12C / pan-KRAS inhibitors (not "
          "applicable to G13D). NCT0000002: PI3K-alpha inhibitor combinations in PIK3CA-mutant solid tumors."),
        PB(),
        H("7. Methods"),
        P("Genomic DNA was isolated from macrodissected FFPE tissue (QIAamp DNA FFPE). Libraries were prepared "
          "by hybrid capture (custom 160-gene panel) and sequenced on an Illumina NextSeq 550 (2 x 150 bp). "
          "Reads were aligned to GRCh37 with BWA-MEM; variants called with a validated in-house pipeline. Mean "
          "coverage for this sample: 812x; 98.7% of targeted bases at > 250x. Limit of detection: 5% variant "
          "allele fraction for SNVs and small indels; 6 copies for amplifications. Tier classification follows "
          "the AMP/ASCO/CAP 2017 joint consensus recommendation."),
        P("TMB is reported as nonsynonymous somatic mutations per megabase after germline filtering against "
          "population databases. MSI status is determined with an NGS-based algorithm across 130 homopolymer "
          "loci and has been validated against PCR-based MSI testing."),
        H("Appendix A. Genes analyzed (coding regions)"),
        T(long_appx, head=False, widths=[1.1] * 6, fs=7),
        PB(),
        H("Appendix B. Regions with insufficient coverage"),
        P("The following amplicons had coverage below 250x and variants in them may not be detected: "
          "ARID1A exon 1, CEBPA exon 1, GNAS exon 1, KMT2D exon 39 (partial), TERT promoter."),
        H("Limitations and disclaimer"),
        SMALL(DISCLAIMER + " " + DISCLAIMER),
        P("Reviewed and electronically signed by Dr. I, MD, Molecular Pathologist, 01/22/2024."),
    ],
    [L("KRAS", "mutation", "positive", ["KRAS p.(Gly13Asp) - Tier I-A"], alteration="G13D"),
     L("PIK3CA", "mutation", "positive", ["PIK3CA p.(His1047Arg) - Tier II-C"], alteration="H1047R"),
     L("MSI", "signature", "negative", ["Microsatellite status: Stable (MSS)"]),
     L("TMB", "signature", "reported", ["Tumor mutational burden: 8.2 mutations/Mb"], value="8.2 mut/Mb"),
     L("NRAS", "mutation", "negative", ["NRAS: no variant detected"]),
     L("BRAF", "mutation", "negative", ["BRAF: no variant detected"]),
     L("HER2", "amplification", "negative", ["ERBB2 amplification: not detected"])])

# ---------------------------------------------------------------- 2234 plasma NGS breast
rep("2234", "lab: plasma ctDNA breast, two-column summary, ESR1 out of scope",
    "PIK3CA E545K, TP53 Y220C, ESR1 D538G (out of scope), ERBB2 amp not detected, BRCA1/2 no pathogenic variants, germline not assessed",
    lab("Northstar Circulating Tumor DNA Lab", "NCT-23-60518", "Patient J2", "ctDNA Breast Panel Report", font="times", fs=8.5),
    [
        T([["DETECTED", "NOT DETECTED"],
           ["PIK3CA  p.E545K (c.1633G>A)  3.4%\nTP53  p.Y220C (c.659A>G)  2.1%\nESR1  p.D538G (c.1613A>G)  0.8%",
            "ERBB2 amplification\nBRCA1 and BRCA2 pathogenic variants\nAKT1 E17K\nPTEN alterations"]],
          widths=[3.5, 3.5]),
        H("Interpretation"),
        P("PIK3CA E545K is an activating helical-domain mutation; patients with HR+/HER2- advanced breast cancer "
          "and a PIK3CA mutation are eligible for alpelisib plus fulvestrant. ESR1 D538G confers resistance to "
          "aromatase inhibitors. TP53 Y220C is a pathogenic loss-of-function variant."),
        P("Germline status of detected variants was not assessed. Variants at allele fractions near 50% may be "
          "germline; none were observed."),
        H("Methods"),
        P("Targeted NGS of 36 genes in plasma cell-free DNA with unique molecular identifiers; limit of "
          "detection 0.1% for SNVs. Reviewed by Dr. J, PhD, 05/30/2023."),
        SMALL(DISCLAIMER),
    ],
    [L("PIK3CA", "mutation", "positive", ["PIK3CA p.E545K (c.1633G>A) 3.4%"], alteration="E545K"),
     L("TP53", "mutation", "positive", ["TP53 p.Y220C (c.659A>G) 2.1%"], alteration="Y220C"),
     L("HER2", "amplification", "negative", ["ERBB2 amplification"]),
     L("BRCA1", "mutation", "negative", ["BRCA1 and BRCA2 pathogenic variants"]),
     L("BRCA2", "mutation", "negative", ["BRCA1 and BRCA2 pathogenic variants"])])

# ---------------------------------------------------------------- 2235 germline panel
rep("2235", "lab: germline hereditary cancer panel, BRCA1 pathogenic frameshift, VUS MSH6, family history",
    "BRCA1 Q1756Pfs*74 positive, BRCA2 negative, MSH6 VUS (no label), sister's history, gene list in methods",
    lab("Heritage Genetic Diagnostics", "HGD-18-20931", "Patient K2", "Hereditary Breast and Ovarian Cancer Panel (30 genes)"),
    [
        BOX(["RESULT: POSITIVE - PATHOGENIC VARIANT IDENTIFIED",
             "BRCA1  c.5266dupC  (p.Gln1756Profs*74)  Heterozygous  Pathogenic"], bg="#ffe9e9"),
        T([["Gene", "Variant", "Zygosity", "Classification"],
           ["BRCA1", "c.5266dupC (p.Gln1756Profs*74)", "Heterozygous", "Pathogenic"],
           ["MSH6", "c.3226C>T (p.Arg1076Cys)", "Heterozygous", "Variant of uncertain significance"]],
          widths=[0.9, 2.6, 1.1, 2.4]),
        P("BRCA2: no pathogenic or likely pathogenic variants identified."),
        P("No other pathogenic variants were identified in the genes analyzed."),
        H("Interpretation"),
        P("This individual is heterozygous for a pathogenic BRCA1 variant, consistent with hereditary breast and "
          "ovarian cancer syndrome. The MSH6 variant of uncertain significance should not be used for clinical "
          "management. Reported family history: sister with ovarian cancer at 44; paternal aunt with breast "
          "cancer. First-degree relatives have a 50% chance of carrying the BRCA1 variant; cascade testing is "
          "recommended."),
        H("Genes analyzed"),
        P("APC, ATM, BARD1, BRCA1, BRCA2, BRIP1, CDH1, CDK4, CDKN2A, CHEK2, DICER1, EPCAM, MLH1, MSH2, MSH6, "
          "MUTYH, NBN, NF1, PALB2, PMS2, PTEN, RAD50, RAD51C, RAD51D, SMAD4, SMARCA4, STK11, TP53, BAP1, "
          "POLE. Full gene sequencing and deletion/duplication analysis by NGS; confirmation by Sanger "
          "sequencing or MLPA. Signed Dr. K, FACMG, 12/03/2018."),
    ],
    [L("BRCA1", "mutation", "positive", ["c.5266dupC (p.Gln1756Profs*74)", "Pathogenic"], alteration="Q1756Pfs*74"),
     L("BRCA2", "mutation", "negative", ["BRCA2: no pathogenic or likely pathogenic variants identified"])])

# ---------------------------------------------------------------- 2236 neuroblastoma GD2 flow + ALK
rep("2236", "lab: paediatric neuroblastoma, GD2 flow cytometry + ALK sequencing, MYCN FISH out of scope",
    "GD2 expression by flow (98%), ALK F1174L, MYCN amplification (out of scope)",
    lab("Children's Oncology Reference Laboratory", "COR-19-0442", "Patient L2", "Neuroblastoma Biology Studies"),
    [
        P("Specimen: Left adrenal mass, open biopsy (fresh tissue and FFPE block A1).  Age: 3 years."),
        T([["Study", "Method", "Result"],
           ["MYCN", "FISH (MYCN/CEP2)", "AMPLIFIED (MYCN/CEP2 ratio > 10, homogeneously staining regions)"],
           ["1p36 / 11q23", "FISH", "1p36 deletion present; 11q23 intact"],
           ["GD2", "Flow cytometry (14G2a)", "GD2 expressed on 98% of CD56+/CD45- tumor cells"],
           ["ALK", "Sanger sequencing, exons 23-25", "c.3522C>A p.(Phe1174Leu) detected"],
           ["DNA index", "Flow cytometry", "1.00 (diploid)"]], widths=[1.2, 1.9, 3.9]),
        P("Interpretation: High-risk biology (MYCN amplification). The ALK F1174L activating mutation may "
          "support eligibility for ALK inhibitor trials; the tumor cells express the GD2 target of dinutuximab "
          "immunotherapy."),
        P("Signed: Dr. L, 02/11/2019"),
    ],
    [L("GD2", "expression", "positive", ["GD2 expressed on 98% of CD56+/CD45- tumor cells"], percent=98),
     L("ALK", "mutation", "positive", ["c.3522C>A p.(Phe1174Leu) detected"], alteration="F1174L")])

# ---------------------------------------------------------------- 2237 mesothelioma IHC
rep("2237", "lab: pleural mesothelioma IHC consult, mesothelin + PD-L1 low",
    "Mesothelin 80% positive, PD-L1 TPS 5%, calretinin/WT1/D2-40/BAP1 out of scope",
    lab("Coastal Consultative Pathology", "CCP-21-3390", "Patient M2", "Consultation Report - Thoracic Pathology", font="times"),
    [
        P("Material received: 4 unstained slides and 1 block (outside case PL-21-118), pleural biopsy."),
        H("DIAGNOSIS"),
        P("PLEURA, BIOPSY: MALIGNANT MESOTHELIOMA, EPITHELIOID TYPE, with invasion of adipose tissue."),
        H("IMMUNOHISTOCHEMISTRY"),
        P("Positive: calretinin, WT1, D2-40, CK5/6. Negative: claudin-4, TTF-1, MOC-31. BAP1: loss of nuclear "
          "expression in tumor cells."),
        P("Mesothelin (SP74), requested for clinical trial screening: positive, membranous staining in 80% of "
          "tumor cells (2-3+ intensity)."),
        P("PD-L1 (22C3): tumor proportion score 5%."),
        P("Dr. M, consultant pathologist, 04/03/2021"),
    ],
    [L("Mesothelin", "expression", "positive", ["Mesothelin (SP74)", "positive, membranous staining in 80%"], percent=80),
     L("PD-L1", "expression", "positive", ["PD-L1 (22C3): tumor proportion score 5%"], percent=5)])

# ---------------------------------------------------------------- 2238 RNA fusion panel
rep("2238", "lab: RNA fusion panel (lung), EML4::ALK, exon-level partner, negatives, gene list",
    "EML4::ALK (E6:A20) fusion positive, ROS1/RET/NTRK fusions and MET exon 14 skipping not detected; gene list in methods",
    lab("Vector Fusion Diagnostics", "VFD-22-7711", "Patient N2", "Targeted RNA Fusion Panel - Lung"),
    [
        P("Specimen: Right pleural effusion cell block.  Tumor: adenocarcinoma (60% tumor cells)."),
        BOX(["FUSION DETECTED: EML4::ALK (EML4 exon 6 - ALK exon 20; variant 3a/b)",
             "Supporting reads: 1,284 unique   |   Breakpoint: chr2:42492091 / chr2:29446394"], bg="#fff4d6"),
        H("Other targets"),
        T([["Target", "Result"],
           ["ROS1 fusions", "Not detected"],
           ["RET fusions", "Not detected"],
           ["NTRK1, NTRK2, NTRK3 fusions", "Not detected"],
           ["MET exon 14 skipping", "Not detected"],
           ["NRG1 fusions", "Not detected"]], widths=[2.5, 2.0]),
        H("Methods"),
        P("Anchored multiplex PCR for RNA targets. Genes targeted: ALK, BRAF, EGFR, FGFR1, FGFR2, FGFR3, MET, "
          "NRG1, NTRK1, NTRK2, NTRK3, NUTM1, RET, ROS1, RSPO2, RSPO3. Minimum 10 unique reads spanning the "
          "breakpoint are required to call a fusion. RNA quality control passed. Signed Dr. N, 10/12/2022."),
        SMALL(DISCLAIMER),
    ],
    [L("ALK", "fusion", "positive", ["FUSION DETECTED: EML4::ALK"], alteration="EML4-ALK"),
     L("ROS1", "fusion", "negative", ["ROS1 fusions", "Not detected"]),
     L("RET", "fusion", "negative", ["RET fusions", "Not detected"]),
     L("NTRK", "fusion", "negative", ["NTRK1, NTRK2, NTRK3 fusions", "Not detected"]),
     L("MET", "mutation", "negative", ["MET exon 14 skipping", "Not detected"])])

# ---------------------------------------------------------------- 2239 EGFR PCR tissue + plasma
rep("2239", "lab: EGFR PCR on tissue and plasma, superseded preliminary report",
    "tissue exon 19 deletion detected vs plasma no mutation detected (two labels), T790M not detected within, preliminary 'invalid' superseded",
    lab("Bluewater Molecular Laboratory", "BML-17-3318", "Patient O2", "EGFR Mutation Test (real-time PCR)", font="courier", fs=8),
    [
        PRE("FINAL REPORT - THIS REPORT SUPERSEDES THE PRELIMINARY REPORT OF 04/18/2017,\n"
            "IN WHICH THE PLASMA RESULT WAS LISTED AS 'INVALID'. THE PLASMA SAMPLE WAS\n"
            "RE-EXTRACTED AND RETESTED WITH VALID CONTROLS.\n"),
        PRE("SPECIMEN 1: LUNG, LEFT UPPER LOBE, CORE BIOPSY (FFPE BLOCK 1A)\n"
            "  EXON 19 DELETION ........ DETECTED\n"
            "  L858R ................... NOT DETECTED\n"
            "  T790M ................... NOT DETECTED\n"
            "  G719X / S768I / L861Q ... NOT DETECTED\n"
            "  EXON 20 INSERTIONS ...... NOT DETECTED\n"
            "  SPECIMEN 1 RESULT: EGFR MUTATION DETECTED (EXON 19 DELETION)\n"),
        PRE("SPECIMEN 2: PLASMA (K2EDTA), COLLECTED 04/12/2017\n"
            "  SPECIMEN 2 RESULT: NO MUTATION DETECTED\n"
            "  NOTE: A NEGATIVE PLASMA RESULT DOES NOT EXCLUDE AN EGFR MUTATION IN THE\n"
            "  TUMOR (LOW SHEDDING).\n"),
        PRE("METHOD: COBAS EGFR MUTATION TEST V2 (42 MUTATIONS IN EXONS 18-21).\n"
            "CONTROLS: MUTANT AND WILD-TYPE CONTROLS VALID.\n\n"
            "DR. O, MD, PHD    04/21/2017\n"),
    ],
    [L("EGFR", "mutation", "positive", ["EGFR MUTATION DETECTED (EXON 19 DELETION)"], alteration="exon 19 deletion"),
     L("EGFR", "mutation", "negative", ["SPECIMEN 2 RESULT: NO MUTATION DETECTED"])])

# ---------------------------------------------------------------- 2240 long endometrial NGS, two-column
rep("2240", "lab: endometrial carcinoma comprehensive NGS, two-column biomarker page, MSI-H/TMB-H, long",
    "MSI-High, TMB 48 high with cut-off, KRAS G12V, PIK3CA R88Q, TP53 no alteration, BRCA1/2 none; POLE VUS and HRD out of scope",
    lab("Sierra Integrated Genomics", "SIG-24-3061", "Patient P2", "SIG OncoComplete 500 - Tumor Profiling Report", fs=7.5),
    [
        T([["BIOMARKERS", "", "GENOMIC ALTERATIONS", ""],
           ["Microsatellite Instability", "MSI-High", "KRAS", "G12V (c.35G>T), VAF 22%"],
           ["Tumor Mutational Burden", "48 mut/Mb - High (cut-off >= 10 mut/Mb)", "PIK3CA", "R88Q (c.263G>A), VAF 19%"],
           ["Homologous recombination (LOH)", "12% - not elevated", "PTEN", "K267fs*9, VAF 35%"],
           ["", "", "ARID1A", "Q1334fs, VAF 28%"]], widths=[1.7, 1.9, 0.9, 2.5]),
        H("Genes with no reportable alterations (selected)"),
        P("TP53 - no alteration detected.  BRCA1 - no alteration detected.  BRCA2 - no alteration detected.  "
          "ERBB2 - no amplification."),
        H("Variants of unknown significance"),
        T([["Gene", "Variant", "VAF", "Classification"],
           ["POLE", "c.2091G>T p.(Met697Ile)", "41%", "VUS (outside exonuclease domain hotspots)"],
           ["MLH1", "c.1852_1853delinsGC p.(Lys618Ala)", "48%", "VUS"],
           ["NOTCH3", "c.3034G>A p.(Gly1012Ser)", "12%", "VUS"]], widths=[0.8, 2.6, 0.6, 2.8]),
        PB(),
        H("Discussion"),
        P("The MSI-High / TMB-High phenotype is consistent with mismatch repair deficiency; immunohistochemistry "
          "for MLH1, MSH2, MSH6 and PMS2 is recommended to distinguish sporadic MLH1 methylation from Lynch "
          "syndrome. Pembrolizumab is FDA-approved for MSI-H/dMMR and TMB-H (>= 10 mut/Mb) solid tumors, and "
          "dostarlimab in combination with chemotherapy for dMMR endometrial cancer."),
        P("KRAS G12V is an activating mutation present in 15-20% of endometrioid endometrial carcinomas. "
          "PIK3CA R88Q is a likely pathogenic ABD-domain mutation."),
        H("Methods"),
        P("DNA and RNA from FFPE tissue; hybrid capture of 523 genes; TMB measured over 1.2 Mb; MSI by 2,300 "
          "loci. Genes assessed: " + PANEL + " and additional genes listed on the laboratory website."),
        SMALL(DISCLAIMER),
        P("Signed: Dr. P, MD, 02/28/2024"),
    ],
    [L("MSI", "signature", "positive", ["Microsatellite Instability", "MSI-High"]),
     L("TMB", "signature", "positive", ["48 mut/Mb - High"], value="48 mut/Mb"),
     L("KRAS", "mutation", "positive", ["G12V (c.35G>T), VAF 22%"], alteration="G12V"),
     L("PIK3CA", "mutation", "positive", ["R88Q (c.263G>A), VAF 19%"], alteration="R88Q"),
     L("TP53", "mutation", "negative", ["TP53 - no alteration detected"]),
     L("BRCA1", "mutation", "negative", ["BRCA1 - no alteration detected"]),
     L("BRCA2", "mutation", "negative", ["BRCA2 - no alteration detected"]),
     L("HER2", "amplification", "negative", ["ERBB2 - no amplification"])])


# ---------------------------------------------------------------- long appendices for selected lab reports
def _trials(genes):
    rows = [["Trial ID", "Phase", "Title (abbreviated)", "Target", "Locations"]]
    n = 0
    for g in genes:
        for k in range(4):
            n += 1
            rows.append(["NCT9%07d" % (n * 7919 % 9999999), ["I", "I/II", "II", "III"][k],
                         "Study of investigational agent %s-%d%02d in advanced solid tumors harboring %s alterations"
                         % (g[:3].upper(), k + 1, n, g),
                         g, ["TX, CA, NY", "MA, IL", "OH, PA, FL", "WA, MN, GA, NC"][k]])
    return rows


QC = [["Metric", "Value", "Threshold"],
      ["DNA input", "80 ng", ">= 40 ng"], ["Mean unique coverage", "742x", ">= 250x"],
      ["Targets >= 100x", "99.1%", ">= 95%"], ["Estimated tumor fraction (computational)", "38%", ">= 20%"],
      ["Library insert size (median)", "168 bp", "-"], ["Duplicate rate", "41%", "-"],
      ["Contamination estimate", "< 0.5%", "< 2%"], ["Sample identity check", "Pass", "Pass"]]

BACKGROUND = [
    ("About tumor mutational burden", "TMB measures the number of somatic mutations per megabase of sequenced "
     "genome. Higher TMB has been associated with response to immune checkpoint inhibitors in several tumor "
     "types; thresholds vary between assays and harmonization efforts are ongoing. TMB values from panels of "
     "different size are not directly comparable."),
    ("About microsatellite instability", "MSI results from deficient DNA mismatch repair, caused by germline "
     "mutation of MLH1, MSH2, MSH6, PMS2 or EPCAM (Lynch syndrome) or by somatic MLH1 promoter "
     "hypermethylation. MSI-high tumors occur in roughly 15% of colorectal and 30% of endometrial carcinomas."),
    ("About variant classification", "Variants are classified using the AMP/ASCO/CAP four-tier system: Tier I "
     "(strong clinical significance), Tier II (potential clinical significance), Tier III (unknown "
     "significance) and Tier IV (benign or likely benign). Tier III and IV variants are not used for "
     "therapy selection. Classification may change as knowledge evolves; reinterpretation can be requested."),
    ("About germline findings", "Tumor-only sequencing cannot reliably distinguish somatic from germline "
     "variants. Variants in BRCA1, BRCA2, PALB2, MLH1, MSH2, MSH6, PMS2 and TP53 with allele fractions near "
     "50% or 100% may be germline and confirmatory germline testing with genetic counseling should be "
     "considered."),
]


def _appendix(genes):
    out = [PB(), H("Clinical trials (matched by genomic findings; eligibility not assessed)"),
           T(_trials(genes), widths=[0.9, 0.5, 3.6, 0.8, 1.2], fs=7),
           H("Quality metrics"), T(QC, widths=[3.0, 1.2, 1.2])]
    for h, t in BACKGROUND:
        out += [B(h), P(t)]
    return out


for _r in R:
    if _r["id"] == "2225":
        _r["blocks"] = _r["blocks"] + _appendix(["EGFR", "TP53", "CDKN2A"])
    if _r["id"] == "2240":
        _r["blocks"] = _r["blocks"] + _appendix(["KRAS", "PIK3CA", "PTEN", "ARID1A"])
    if _r["id"] == "2226":
        _r["blocks"] = _r["blocks"] + _appendix(["EGFR"])
