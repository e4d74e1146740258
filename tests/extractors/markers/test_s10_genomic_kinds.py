"""Kinds of wording in laboratories' genomic reports, written from how such reports are laid out.

Comprehensive profiling, hotspot panels, liquid biopsies, single-gene PCR and FISH for fusions:
each kind is named for the shape of its words and shown in two or more house styles of our own,
with counter-examples where the kind could overreach. No sentence here is quoted from a report
of the corpus or of either probe.

Two conventions of corpus/LABELS.md read for cases it does not spell out:
- a gene's exon-level deletion or duplication, or its whole-gene (homozygous) deletion, is a
  variant detected in the gene: `mutation` positive, its alteration named as a class
  ('exon 8-12 deletion', 'deletion'); LABELS.md's `amplification` statuses cannot state a loss,
  and a loss in a sequencing report is no stain's result;
- a copy-number gain a report does not call amplification is no amplification.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    FUS,
    MUT,
    SIG,
    N,
    P,
    R,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS = {
    # --- biomarker blocks -----------------------------------------------------------------
    # The microsatellite status in the words laboratories print for it.
    "msi_status_words": [
        ("Microsatellite status: MS-Stable\n", [("MSI", SIG, N, {})]),
        ("Microsatellite Instability    MSI-High\n", [("MSI", SIG, P, {"value": "MSI-H"})]),
        ("Microsatellite status: stable\n", [("MSI", SIG, N, {})]),
        ("MSI: not detected\n", [("MSI", SIG, N, {})]),
        ("MSI Status: Microsatellite stable (MSS)\n", [("MSI", SIG, N, {"value": "MSS"})]),
        (
            "Microsatellite instability (MSI): MSI-H detected\n",
            [("MSI", SIG, P, {"value": "MSI-H"})],
        ),
    ],
    # A TMB value with its unit, and the band the laboratory puts it in after it.
    "tmb_value_and_band": [
        ("TMB: 15 mut/Mb; High\n", [("TMB", SIG, P, {"value": "15 mut/Mb"})]),
        ("Tumor Mutational Burden 3 Muts/Mb - Low\n", [("TMB", SIG, N, {"value": "3 mut/Mb"})]),
        ("TMB  4 Muts/Mb  Low\n", [("TMB", SIG, N, {"value": "4 mut/Mb"})]),
        (
            "Tumor Mutational Burden: 12.6 mutations/megabase (High; cut-off >= 10)\n",
            [("TMB", SIG, P, {"value": "12.6 mut/Mb"})],
        ),
        (
            "Tumor mutation burden    TMB-Low    2.1 muts/Mb\n",
            [("TMB", SIG, N, {"value": "2.1 mut/Mb"})],
        ),
        # counter-example: a value without a band or a cut-off is reported
        (
            "Biomarker findings\nMicrosatellite status - MS-Stable\n"
            "Tumor Mutational Burden - 8 Muts/Mb\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, R, {"value": "8 mut/Mb"})],
        ),
    ],
    # A band named as a question and answered yes or no: 'TMB-High: No'.
    "band_answered_yes_or_no": [
        ("TMB-High: No\n", [("TMB", SIG, N, {})]),
        ("TMB-High (>=10 mut/Mb): Yes\n", [("TMB", SIG, P, {})]),
        ("MSI-High status: No\n", [("MSI", SIG, N, {})]),
    ],
    # Yes/no rows, one band a line: a row's 'No' answers its own band, not the next line's.
    "yes_no_rows_each_answer_their_own_band": [
        ("MSI-H   No\nTMB-H   Yes\n", [("MSI", SIG, N, {}), ("TMB", SIG, P, {})]),
        (
            "Biomarker        Result\nMSI-H            No\nTMB-H            Yes\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, P, {})],
        ),
        (
            "MSI-High   NO\nTMB-High   YES   (18 mut/Mb)\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, P, {"value": "18 mut/Mb"})],
        ),
        (
            "Microsatellite instability-high     Not detected\n"
            "Tumor mutational burden-high        Detected\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, P, {})],
        ),
        # counter-example: a 'No' that answers both rows still does
        ("TMB-High   No\nMSI-High   No\n", [("MSI", SIG, N, {}), ("TMB", SIG, N, {})]),
    ],
    # A biomarker table: 'Biomarker  Result' and one row a biomarker.
    "biomarker_table_rows": [
        (
            "Biomarker          Result\nMSI                Stable\n"
            "TMB                22 mut/Mb (High)\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, P, {"value": "22 mut/Mb"})],
        ),
        (
            "BIOMARKERS\nMicrosatellite Instability   MSI-Low\n"
            "Tumor Mutational Burden      1 mut/Mb   Low\n",
            [("MSI", SIG, N, {}), ("TMB", SIG, N, {"value": "1 mut/Mb"})],
        ),
    ],
    # --- variant sections -----------------------------------------------------------------
    # Tiered sections: rows under tier I and II are results; rows under tier III, or under a
    # heading of variants of uncertain significance, are not.
    "tiered_sections": [
        (
            "Tier I: Variants of Strong Clinical Significance\n"
            "KRAS   p.G12D   c.35G>A   VAF 23%\n"
            "Tier II: Variants of Potential Clinical Significance\n"
            "PIK3CA   p.H1047R   c.3140A>G   VAF 11%\n"
            "Tier III: Variants of Uncertain Significance\n"
            "BRCA2   p.N372H   c.1114A>C   VAF 49%\n",
            [
                ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23%"}),
                ("PIK3CA", MUT, P, {"alteration": "H1047R", "value": "VAF 11%"}),
            ],
        ),
        (
            "CLINICALLY SIGNIFICANT ALTERATIONS\nEGFR L858R (VAF 18%)\n"
            "VARIANTS OF UNCERTAIN CLINICAL SIGNIFICANCE\n"
            "ATM  p.Asp1853Asn  50.2%\nBRCA1  p.Ser1613Gly  48%\n",
            [("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 18%"})],
        ),
        # the heading and its list on one line
        (
            "Variants of Unknown Significance: ERBB2 V842I, BRCA2 K3326*, ATM E1978K\n",
            [],
        ),
        ("VUS detected - ERBB2 V842I, BRCA1 S1613G\n", []),
        # counter-example: a tier given in a row's own column
        (
            "KRAS c.34G>T p.(Gly12Cys) 31.2% Tier IA\nTP53 c.743G>A p.R248Q 52% Tier IIC\n",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("TP53", MUT, P, {"alteration": "R248Q"})],
        ),
    ],
    # A variant card: the gene alone on its line (or after 'Gene:'), then the variant's lines;
    # a classification line of benign or uncertain significance makes it no result.
    "variant_card_classification": [
        ("Gene: BRCA2\nVariant: c.1114A>C p.Asn372His\nClassification: Benign\n", []),
        (
            "BRCA1\nc.5096G>A (p.Arg1699Gln)   VAF 47%\nClinical significance: Uncertain\n",
            [],
        ),
        (
            "GENE: EGFR\nVariant: p.Leu858Arg (c.2573T>G)\nAllele frequency: 17%\n"
            "Classification: Pathogenic\n",
            [("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 17%"})],
        ),
        (
            "KRAS\np.Gly12Asp   c.35G>A   Exon 2   VAF 23.4%\nPathogenic - Tier IA\n"
            "ATM\np.Asp1853Asn   c.5557G>A   VAF 50.1%\nClassification: VUS\n",
            [("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23.4%"})],
        ),
    ],
    # The allele fraction in the column its header names: VAF, % reads, % cfDNA, MAF.
    "allele_fraction_columns": [
        (
            "Gene    Protein change    Coding change    % reads\n"
            "BRAF    p.(Val600Glu)     c.1799T>A        34\n",
            [("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 34%"})],
        ),
        (
            "Alteration        % cfDNA\nEGFR L858R        1.4\nKRAS G12V         0.3\n",
            [
                ("EGFR", MUT, P, {"alteration": "L858R", "value": "VAF 1.4%"}),
                ("KRAS", MUT, P, {"alteration": "G12V", "value": "VAF 0.3%"}),
            ],
        ),
        (
            "Gene   Variant   Mutant allele frequency   Classification\n"
            "IDH1   p.Arg132His   41.5%   Pathogenic\n"
            "TP53   p.Arg248Gln   38.0%   Likely pathogenic\n",
            [
                ("IDH1", MUT, P, {"alteration": "R132H", "value": "VAF 41.5%"}),
                ("TP53", MUT, P, {"alteration": "R248Q", "value": "VAF 38.0%"}),
            ],
        ),
        (
            "PIK3CA p.Glu545Lys (c.1633G>A) was detected at a variant allele fraction of 9%.\n",
            [("PIK3CA", MUT, P, {"alteration": "E545K", "value": "VAF 9%"})],
        ),
    ],
    # A share written before its label ('61% VAF'), in a numbered list: the next item's
    # number is no share.
    "share_before_its_label_in_a_numbered_list": [
        (
            "Somatic alterations: 2\n  1. TP53 p.R273C (c.817C>T) - 61% VAF\n"
            "  2. PTEN p.R130* (c.388C>T) - 58% VAF\n",
            [("TP53", MUT, P, {"alteration": "R273C", "value": "VAF 61%"})],
        ),
        (
            "Variants\n1) KRAS p.G13D  12.5% VAF\n2) APC p.R876*  30% VAF\n",
            [("KRAS", MUT, P, {"alteration": "G13D", "value": "VAF 12.5%"})],
        ),
    ],
    # A splice-site change: the coding change is the alteration.
    "splice_variants": [
        (
            "BRCA2 c.8487+1G>A, splice donor, Pathogenic\n",
            [("BRCA2", MUT, P, {"alteration": "c.8487+1G>A"})],
        ),
        (
            "MET c.3028+1G>T splice site variant (exon 14 skipping), VAF 15%, pathogenic\n",
            [("MET", MUT, P, {"value": "VAF 15%"})],
        ),
    ],
    # A deletion or duplication of whole exons of a gene, called pathogenic.
    "exon_level_deletions_and_duplications": [
        (
            "BRCA1 deletion of exons 8-12 (pathogenic)\n",
            [("BRCA1", MUT, P, {"alteration": "exon 8-12 deletion"})],
        ),
        (
            "BRCA2: Deletion, exons 14-16, likely pathogenic\n",
            [("BRCA2", MUT, P, {"alteration": "exon 14-16 deletion"})],
        ),
        (
            "BRCA2 exon 11-12 duplication, likely pathogenic\n",
            [("BRCA2", MUT, P, {"alteration": "exon 11-12 duplication"})],
        ),
        (
            "Large rearrangement: BRCA1 exons 1-2 deleted (pathogenic)\n",
            [("BRCA1", MUT, P, {"alteration": "exon 1-2 deletion"})],
        ),
        # counter-examples: a denied deletion, one of uncertain significance, and the exons an
        # assay covers are no deletion found
        ("BRCA1 deletion of exons 8-12 not detected\n", [("BRCA1", MUT, N, {})]),
        ("BRCA2  exon 3 deletion  VUS\n", []),
        (
            "Gene panel (hotspot regions): BRAF exon 15, EGFR exons 18-21, KRAS exons 2-4\n",
            [],
        ),
    ],
    # EGFR's named classes: the exon 19 deletion spelled out, the exon 20 insertion, vIII.
    "egfr_named_classes": [
        (
            "EGFR: Exon 19 deletion (p.E746_A750del), 27% reads\n",
            [("EGFR", MUT, P, {"alteration": "E746_A750del", "value": "VAF 27%"})],
        ),
        (
            "EGFR exon 20 insertion (p.A767_V769dup) detected\n",
            [("EGFR", MUT, P, {"alteration": "exon 20 insertion"})],
        ),
        (
            "EGFRvIII (exon 2-7 deletion) detected\n",
            [("EGFR", MUT, P, {"alteration": "EGFRvIII"})],
        ),
    ],
    # One gene's amplification and its variant III in one sentence: two results.
    "amplification_and_variant_iii_together": [
        (
            "EGFR amplification (CN 25) and EGFRvIII detected\n",
            [
                ("EGFR", AMP, P, {"alteration": "amplification", "copy_number": 25.0}),
                ("EGFR", MUT, P, {"alteration": "EGFRvIII"}),
            ],
        ),
        (
            "EGFR: Amplified (copy number 18); EGFRvIII: detected\n",
            [
                ("EGFR", AMP, P, {"copy_number": 18.0}),
                ("EGFR", MUT, P, {"alteration": "EGFRvIII"}),
            ],
        ),
        (
            "EGFR gene amplification detected; EGFRvIII variant also detected\n",
            [("EGFR", AMP, P, {}), ("EGFR", MUT, P, {"alteration": "EGFRvIII"})],
        ),
    ],
    # Germline findings are results on this patient; a recommendation to test is not.
    "germline_and_somatic_notes": [
        (
            "Germline findings: BRCA2 c.5946delT (p.Ser1982fs), pathogenic, heterozygous\n",
            [("BRCA2", MUT, P, {"alteration": "S1982fs"})],
        ),
        (
            "BRCA1   c.4327C>T   p.Arg1443*   Pathogenic   Germline origin suspected (VAF 49%)\n",
            [("BRCA1", MUT, P, {"alteration": "R1443*"})],
        ),
        (
            "Germline genetic testing for BRCA1 and BRCA2 is recommended if indicated.\n",
            [],
        ),
    ],
    # A germline panel that found nothing in the genes it names: each gene is negative.
    "germline_negatives_name_their_genes": [
        (
            "No pathogenic or likely pathogenic germline variants were identified in BRCA1 "
            "or BRCA2.\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "No pathogenic germline variants were found in BRCA1 and BRCA2.\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "Germline testing: no pathogenic variants detected in BRCA1, BRCA2 or TP53\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {}), ("TP53", MUT, N, {})],
        ),
    ],
    # MSI by PCR as a count of unstable markers: none or one of five is stable (or MSI-low,
    # also negative), two or more is MSI-high.
    "msi_as_a_count_of_unstable_markers": [
        (
            "MSI analysis (5 mononucleotide markers): 0/5 markers unstable - MSS\n",
            [("MSI", SIG, N, {})],
        ),
        ("MSI-PCR: 1 of 5 mononucleotide markers unstable (MSI-L)\n", [("MSI", SIG, N, {})]),
        ("MSI by PCR: 3 of 5 markers unstable (MSI-H)\n", [("MSI", SIG, P, {"value": "MSI-H"})]),
    ],
    # A class named right after another gene's name is that gene's: 'ERBB2 exon 20 insertion'
    # is no EGFR result.
    "named_class_after_another_gene": [
        (
            "ERBB2 exon 20 insertion p.Y772_A775dupYVMA detected\n",
            [("HER2", MUT, P, {"alteration": "exon 20 insertion"})],
        ),
        (
            "ERBB2 ex20ins (p.A775_G776insYVMA), VAF 8%\n",
            [("HER2", MUT, P, {"alteration": "exon 20 insertion", "value": "VAF 8%"})],
        ),
        ("EGFR exon 20 insertion detected\n", [("EGFR", MUT, P, {})]),
    ],
    # A variant with its share, then ';' and the same gene's denied hotspot: the variant found
    # stays the gene's result.
    "found_variant_before_a_denied_one": [
        (
            "Plasma ctDNA: EGFR L858R 0.4%; EGFR T790M not detected\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "KRAS G12D (2.1%); NRAS: not detected\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("NRAS", MUT, N, {})],
        ),
        (
            "cfDNA: KRAS G12C 1.2%; KRAS G13D not detected\n",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
    ],
    # Two panels side by side joined on one line: the variant after a signature's name is
    # the other panel's gene's.
    "panels_joined_on_one_line": [
        (
            "Microsatellite status: MSS   KRAS p.G12D (VAF 23%)\n"
            "TMB: 6 mut/Mb (Low)   PIK3CA p.E545K (VAF 11%)\n",
            [
                ("MSI", SIG, N, {}),
                ("TMB", SIG, N, {"value": "6 mut/Mb"}),
                ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23%"}),
                ("PIK3CA", MUT, P, {"alteration": "E545K", "value": "VAF 11%"}),
            ],
        ),
        (
            "TMB 14 mut/Mb (High)    NRAS p.Q61R (VAF 31%)\n",
            [
                ("TMB", SIG, P, {"value": "14 mut/Mb"}),
                ("NRAS", MUT, P, {"alteration": "Q61R", "value": "VAF 31%"}),
            ],
        ),
    ],
    # --- copy number ----------------------------------------------------------------------
    "amplification_with_copy_number": [
        ("ERBB2   Amplification   CN 14\n", [("HER2", AMP, P, {"copy_number": 14.0})]),
        (
            "MET amplification (estimated copy number 9)\n",
            [("MET", AMP, P, {"copy_number": 9.0})],
        ),
        (
            "ERBB2 amplification - estimated copy number 22 (amplified)\n",
            [("HER2", AMP, P, {"copy_number": 22.0})],
        ),
    ],
    # A whole gene lost in a sequencing report: a deletion detected, no stain's loss.
    "copy_number_loss_in_a_sequencing_report": [
        ("BRCA2 homozygous deletion\n", [("BRCA2", MUT, P, {"alteration": "deletion"})]),
        (
            "BRCA1   Homozygous deletion (copy number 0)\n",
            [("BRCA1", MUT, P, {"alteration": "deletion"})],
        ),
        (
            "Copy number alterations\nTP53 loss\n",
            [("TP53", MUT, P, {"alteration": "deletion"})],
        ),
        (
            "Copy number variants\nGene     Type        Copy number\nBRCA2    Deletion    0\n",
            [("BRCA2", MUT, P, {"alteration": "deletion"})],
        ),
        # counter-example: a loss of heterozygosity is no deletion of the gene
        ("Copy number alterations\nTP53 loss of heterozygosity\n", []),
    ],
    # A 'loss' on the line below a variant row is that line's, not the row above's.
    "a_row_below_keeps_its_own_words": [
        (
            "Genomic findings\nKRAS G12C\nTP53 R273H\nCDKN2A/B loss\n",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("TP53", MUT, P, {"alteration": "R273H"})],
        ),
        (
            "Alterations detected\nPIK3CA E542K\nKRAS G12V\nPTEN loss\n",
            [
                ("PIK3CA", MUT, P, {"alteration": "E542K"}),
                ("KRAS", MUT, P, {"alteration": "G12V"}),
            ],
        ),
    ],
    # A named hotspot alone on its row ('BRAF V600E', 'EGFR T790M') is a variant found, as a
    # row 'KRAS G12C' is; as the name of a test, or within a sentence, it states nothing.
    "named_hotspot_rows_under_a_findings_heading": [
        ("Alterations detected\nBRAF V600E\n", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        (
            "SUMMARY OF FINDINGS\nActionable: EGFR exon 19 deletion (p.E746_A750del), VAF 22%\n",
            [("EGFR", MUT, P, {"alteration": "E746_A750del"})],
        ),
        (
            "Genomic findings\nBRAF V600E\nCDKN2A/B loss\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        ("Plasma results\nEGFR T790M\n", [("EGFR", MUT, P, {"alteration": "T790M"})]),
        ("BRAF V600E mutation analysis by PCR\n", []),
        # a bare row under what was asked for, not what was found
        ("Test requested:\nEGFR T790M\n", []),
        ("Indication: progression on osimertinib\nEGFR T790M\n", []),
        ("Comment: BRAF V600E testing is advised for all such tumours.\n", []),
    ],
    # A gain the report does not call amplification is none.
    "gain_is_not_amplification": [
        ("ERBB2 copy number gain (5 copies), not amplified\n", [("HER2", AMP, N, {})]),
        ("MET copy number gain (CN 4)\n", []),
        ("Copy number: EGFR low-level gain (3 copies)\n", []),
    ],
    # --- fusions and rearrangements -------------------------------------------------------
    "fusion_named_by_partners": [
        (
            "EML4-ALK fusion detected (EML4 exon 13 :: ALK exon 20)\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "Fusion detected: EML4 (exon 6) - ALK (exon 20), 432 reads\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "KIF5B(15)-RET(12) fusion, 210 supporting reads\n",
            [("RET", FUS, P, {"alteration": "KIF5B-RET"})],
        ),
        (
            "Fusion: KIF5B(15)-RET(12), detected\n",
            [("RET", FUS, P, {"alteration": "KIF5B-RET"})],
        ),
        (
            "RET fusion detected: KIF5B exon 15 - RET exon 12\n",
            [("RET", FUS, P, {"alteration": "KIF5B-RET"})],
        ),
    ],
    # A fusion table whose header names a column of reads or share: a row's number there
    # says the fusion was found.
    "fusion_rows_counted_in_a_column": [
        (
            "Fusion        Breakpoints                 Supporting reads\n"
            "EML4-ALK      EML4 exon 13 : ALK exon 20  512\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "Structural variant    % cfDNA\nCCDC6-RET             0.8\n",
            [("RET", FUS, P, {"alteration": "CCDC6-RET"})],
        ),
        # counter-example: a list of the fusions an assay covers has no such column
        ("Fusions covered by this assay\nEML4-ALK\nKIF5B-RET\nCD74-ROS1\n", []),
    ],
    "rearrangement_by_fish": [
        ("ALK rearrangement detected by FISH\n", [("ALK", FUS, P, {})]),
        ("ALK (2p23) break-apart FISH: rearranged in 62% of nuclei\n", [("ALK", FUS, P, {})]),
        (
            "ALK rearrangement detected by FISH (break-apart probe, 62% of nuclei)\n",
            [("ALK", FUS, P, {})],
        ),
        (
            "ROS1 break-apart FISH: no rearrangement (4% of nuclei split, cut-off 15%)\n",
            [("ROS1", FUS, N, {})],
        ),
        ("ROS1 rearrangement: not detected by FISH\n", [("ROS1", FUS, N, {})]),
    ],
    # Fusion genes denied together: 'NTRK1/2/3', a list before or after the verdict.
    "fusions_denied_together": [
        ("NTRK1/2/3 fusions: not detected\n", [("NTRK", FUS, N, {})]),
        ("NTRK fusion (NTRK1, NTRK2, NTRK3): Not detected\n", [("NTRK", FUS, N, {})]),
        (
            "ALK, ROS1, RET, NTRK1, NTRK2, NTRK3 fusions: none detected\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        (
            "RNA fusion panel: no fusions detected (ALK, ROS1, RET, NTRK1, NTRK2, NTRK3)\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        (
            "No rearrangements were identified (ALK, ROS1, RET)\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Gene rearrangements: none detected (ALK, ROS1, RET, NTRK1/2/3)\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
    ],
    # --- negatives and no-results ---------------------------------------------------------
    # A report that found nothing, without naming a gene, states no marker's result.
    "nothing_reportable_names_no_marker": [
        ("No reportable alterations were identified.\n", []),
        ("No pathogenic variants were detected in the genes tested.\n", []),
        ("No variants of known or potential clinical significance were identified.\n", []),
    ],
    # The genes a panel covers, on a methods page, are no results.
    "genes_assayed_are_no_results": [
        ("Genes assayed: AKT1, ALK, BRAF, EGFR, ERBB2, KRAS, MET, NRAS, PIK3CA, RET, ROS1\n", []),
        (
            "The assay detects substitutions, insertions and deletions in 50 genes including "
            "EGFR, KRAS, BRAF, ALK and PIK3CA.\n",
            [],
        ),
        (
            "Genes in this panel\nALK     BRAF    EGFR    ERBB2\nKRAS    MET     NRAS    PIK3CA\n",
            [],
        ),
    ],
    # A list of the hotspots an assay covers, one gene and change a line with no verdict or
    # share, states nothing; the same rows with their calls state each call.
    "hotspots_an_assay_covers_are_no_results": [
        (
            "Mutations covered by this assay:\nEGFR exon 19 deletion\nEGFR L858R\nEGFR T790M\n"
            "KRAS G12C\nBRAF V600E\n",
            [],
        ),
        ("Hotspots tested\nEGFR L858R\nBRAF V600E\nKRAS G12C\n", []),
        (
            "Hotspots tested\nEGFR L858R   Detected\nKRAS G12C   Not detected\n",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("KRAS", MUT, N, {})],
        ),
    ],
    # A test that failed or could not be read states nothing.
    "failed_or_insufficient_is_no_result": [
        (
            "Result: Test failed - insufficient tumor content (<10%). "
            "KRAS, NRAS and BRAF could not be evaluated.\n",
            [],
        ),
        ("EGFR mutation analysis: QNS\n", []),
        ("EGFR: not evaluable (DNA quantity insufficient)\n", []),
        ("MSI: Not evaluable (insufficient tumor content)\n", []),
        ("TMB: Cannot be determined\n", []),
        ("TMB: Not reported (tumor content below 20%)\n", []),
        (
            "Specimen status: QNS - quantity not sufficient for testing\n"
            "KRAS, NRAS, BRAF: not tested\n",
            [],
        ),
    ],
    # Every item of a list whose label says its variants are no results: the label speaks for the
    # items after ';' or ',' too, and a later label on the line speaks for the items after it.
    "list_label_speaks_for_each_item": [
        ("VUS detected: PIK3CA p.Arg38Cys (VAF 45%); BRAF p.Ala762Val (VAF 3%)\n", []),
        ("Benign variants: TP53 p.Pro72Arg (48%), ATM p.Asp1853Asn (50%)\n", []),
        (
            "Of uncertain significance: ATM p.Asp1853Asn. Pathogenic: KRAS p.Gly12Asp (VAF 20%), "
            "BRAF p.Val600Glu (VAF 5%)\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    # A relative clause of background after a stated result ('..., which is often seen in ...')
    # speaks of the finding in general and leaves the result; the same words as the sentence's own
    # verb are background.
    "relative_clause_of_background_leaves_the_result": [
        (
            "A pathogenic BRCA2 variant was identified, which is often seen in hereditary breast "
            "cancer.\n",
            [("BRCA2", MUT, P, {})],
        ),
        (
            "KRAS G12C mutation identified, which is associated with response to sotorasib.\n",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        ("BRAF mutations are often seen in melanoma.\n", []),
        ("KRAS mutations, which are often seen in colorectal cancer, predict resistance.\n", []),
    ],
    # A clause after the stated result that says what such a result means for treatment keeps the
    # result; the same words with no result of the name's own are background.
    "clause_of_meaning_after_the_result_keeps_it": [
        (
            "EGFR exon 19 deletion detected, a finding associated with sensitivity to EGFR "
            "inhibitors.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "ALK rearrangement not detected, which may indicate lack of benefit from crizotinib.\n",
            [("ALK", FUS, N, {})],
        ),
        (
            "BRAF V600E detected - associated with sensitivity to BRAF/MEK inhibition.\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        ("EGFR mutations are associated with sensitivity to gefitinib.\n", []),
        ("KRAS mutations, when present, are associated with resistance to cetuximab.\n", []),
    ],
    # An amplification with a fold change instead of a copy number, and an amplification after the
    # line's own short label, are found; a label of limits or methods keeps the line no result.
    "amplification_with_a_fold_change_or_after_a_label": [
        (
            "ERBB2 amplification (fold change 5.2)\n",
            [("HER2", AMP, P, {"alteration": "amplification", "value": "fold change 5.2"})],
        ),
        ("MET amplification, 3.1-fold\n", [("MET", AMP, P, {"alteration": "amplification"})]),
        (
            "Copy number alterations: ERBB2 amplification (CN 12)\n",
            [("HER2", AMP, P, {"alteration": "amplification"})],
        ),
        (
            "Amplifications: MET amplification (copy number 9)\n",
            [("MET", AMP, P, {"alteration": "amplification"})],
        ),
        ("Detection limit: ERBB2 amplification (copy number 6 or more)\n", []),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
