"""Kinds of wording read by a general mechanism (thirtieth session), each in two wordings of
our own or more: the controls' remark in brackets on a line of its own under a row; a heading
of predictive or prognostic marker testing; genes 'listed above' with no denial; a status word
broken before a short word; a limit of detection in a row under a 'not detected' heading, and
a sentence that points to the rows below it; an abbreviation spelled out in a glossary; a
heading that lists the tests over one row each; a denial that opens a list of changes in
brackets; rows and items inside a therapy section; OCR's zeros in a VUS heading; a heading in
capitals with a remark in brackets that ends the section above; a reference legend's line; a
clone line with its platform under a test's heading; one specimen's item after another's. No
sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, MUT, SIG, N, P, R, kind_tests

KINDS = {
    # controls_remark_in_brackets: '(internal control ...)' alone on its line speaks of the
    # controls; the row above it keeps its result.
    "controls_remark_in_brackets": [
        (
            "MMR immunostains\n   MSH2 ...... nuclear staining retained\n"
            "   MSH6 ...... nuclear staining retained\n"
            "   (internal control - lymphocytes - stained on every slide)\n",
            [("MSH2", EXPR, P, {}), ("MSH6", EXPR, P, {})],
        ),
        (
            "ER     positive in 80% of tumour nuclei\n"
            "(External and internal controls satisfactory)\n",
            [("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    # predictive_testing_heading: 'Predictive marker testing' or 'Prognostic factors' heads
    # results; the word 'predictive' is no background there.
    "predictive_testing_heading": [
        (
            "Predictive marker testing on block B1\n\n  PD-L1 (clone SP263):\n"
            "    Tumour proportion score 35%.\n",
            [("PD-L1", EXPR, P, {"percent": 35})],
        ),
        ("Prognostic factors:\nProgesterone receptor positive (60%)\n", [("PR", EXPR, P, {})]),
    ],
    # listed_above_needs_a_denial: genes 'listed above' are no negatives unless a denial
    # names them so; 'not assessed' is no result.
    "listed_above_needs_a_denial": [
        (
            "DNA panel genes: KRAS, NRAS, BRAF\n"
            "The DNA part failed, so mutations in the genes listed above were not assessed.\n",
            [],
        ),
        (
            "Hotspots: KRAS, BRAF\nNo mutations were detected in the genes listed above.\n",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    # broken_stem_before_a_short_word: OCR's space before a word's last letters, where those
    # letters are a short word themselves ('mutati on'), still breaks one word.
    "broken_stem_before_a_short_word": [
        ("NRAS exons 2-4 ..... no mutati on detected\n", [("NRAS", MUT, N, {})]),
        ("ALK FISH: no rearrangem ent identified\n", [("ALK", FUS, N, {})]),
    ],
    # rows_under_a_denial_with_their_limits: a row's limit of detection ('LoD 0.3%') is no
    # share of reads; a sentence that points to the rows below speaks for them.
    "rows_under_a_denial_with_their_limits": [
        (
            "GENES NOT DETECTED\n  KRAS     SNV/indel     LoD 0.4% cfDNA\n"
            "  RET      fusion        LoD 0.6% cfDNA\n",
            [("KRAS", MUT, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "The following were tested and not detected at or above the stated limits.\n"
            "  NRAS     SNV           limit of detection 0.5%\n"
            "  ROS1     fusion        limit of detection 1%\n",
            [("NRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    # abbreviation_spelled_out: a glossary's 'MSS - microsatellite stable' defines a word
    "abbreviation_spelled_out": [
        (
            "KRAS G12V detected.\nTerms: VAF - variant allele fraction.  MSI-H - microsatellite"
            "\ninstability-high.  LoD - limit of detection.\n",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
        (
            "Abbreviations: AF, allele fraction; MSS: microsatellite stable; TMB-H: tumour"
            " mutational burden high.\n",
            [],
        ),
    ],
    # titles_the_rows_below: a heading that lists the tests over a row for each test
    "titles_the_rows_below": [
        (
            "ADDENDUM - ALK / ROS1 / PD-L1\nALK (D5F3): negative.\n"
            "ROS1 break-apart FISH: no rearrangement.\nPD-L1 (22C3): TPS 70%.\n",
            [("ALK", EXPR, N, {}), ("ROS1", FUS, N, {}), ("PD-L1", EXPR, P, {"percent": 70})],
        ),
        (
            "Receptor studies: ER, PR\nER: 0%, negative\nPR: 0%, negative\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # a_denial_over_changes_in_brackets: 'No other mutation (G719X, T790M) was found' denies
    # the changes it lists; none of them is found.
    "a_denial_over_changes_in_brackets": [
        (
            "EGFR result: L858R detected.\nNo other mutation (G719X, T790M, exon 20 insertions)"
            " was found.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "KRAS: no codon 12 (G12C, G12D) or codon 61 (Q61H) mutation was identified.\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # rows_inside_a_therapy_section: genes and changes in a therapy section's list are drugs'
    # targets, not results
    "rows_inside_a_therapy_section": [
        (
            "KRAS G12C detected (VAF 11%).\n\nTreatment context (not a recommendation)\n"
            "  Drivers with approved drugs include ALK (alectinib), ROS1 (crizotinib),\n"
            "  BRAF V600E (dabrafenib), RET (selpercatinib).\n",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "THERAPY OPTIONS\n  EGFR L858R     osimertinib\n  MET exon 14     capmatinib\n",
            [],
        ),
    ],
    # misread_letters_in_a_vus_heading: OCR's zeros in 'VARIANTS 0F UNKN0WN SIGNIFICANCE'
    "misread_letters_in_a_vus_heading": [
        (
            "VARIANTS 0F UNKN0WN SIGNIFICANCE\nATM       p.Ser707Pro      VAF 47%\n"
            "BRCA2     p.Asn372His      VAF 50%\n",
            [],
        ),
        (
            "Variants of Unkn0wn Significance\nPIK3CA    p.Ile391Met      VAF 49%\n",
            [],
        ),
    ],
    # remarked_heading_without_colon: a heading in capitals with a remark in brackets ends the
    # therapy section above it
    "remarked_heading_without_colon": [
        (
            "THERAPY ASSOCIATIONS\n  Osimertinib     approved for EGFR L858R\n"
            "PERTINENT NEGATIVES IN LUNG (no reportable alteration)\n  KRAS, BRAF, ALK.\n",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "CLINICAL TRIALS\n  NCT-0001  KRAS G12C inhibitor\n"
            "RELEVANT NEGATIVES (not detected)\n  NRAS, RET.\n",
            [("NRAS", MUT, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # reference_legend_line: 'Reference - ...' or 'REFERENCE:' leads a legend of classes
    "reference_legend_line": [
        (
            "ER: positive (90%)\nReference - Ki-67 low below 15%, high over 30%. ER: >= 1%"
            " positive.\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        ("REFERENCE: TMB >= 10 mut/Mb high; MSI-H when 2 or more loci unstable\n", []),
    ],
    # clone_line_under_a_heading: a specimen's line naming the clone and its platform in
    # brackets, between a test's heading and its scores, heads the scores
    "clone_line_under_a_heading": [
        (
            "PD-L1 IMMUNOHISTOCHEMISTRY\nBlock 1A, clone 22C3 (Dako Link 48)\n"
            "   Combined positive score (CPS): 15\n",
            [("PD-L1", EXPR, P, {})],
        ),
        (
            "ALK IMMUNOHISTOCHEMISTRY\nCore 2, clone D5F3 (Ventana)\n   Result: positive\n",
            [("ALK", EXPR, P, {})],
        ),
    ],
    # specimen_item_after_another: each part's item under one test's heading is that part's
    # result ('Tumour B: no mutation detected' after 'Tumour A: V600E present')
    "specimen_item_after_another": [
        (
            "KRAS mutation analysis\nSpecimen 1: G12D detected\nSpecimen 2: no mutation detected\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("KRAS", MUT, N, {})],
        ),
        (
            "BRAF codon 600 (Sanger sequencing)\nTumour A:  wild type\nTumour B:  V600E present\n",
            [("BRAF", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    # denial_among_listed_genes: 'no amplifications detected among ERBB2, MET, ...'
    "denial_among_listed_genes": [
        (
            "Copy number: no amplifications detected among ERBB2, CCND1 and MET.\n",
            [("HER2", AMP, N, {}), ("MET", AMP, N, {})],
        ),
        (
            "No rearrangements were identified across ALK, ROS1 or RET.\n",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # list_led_by_its_kind: the words that lead a list's line name the kind each gene was
    # tested for ('Other fusion drivers tested (ALK, ... NTRK1 ...): none detected')
    "list_led_by_its_kind": [
        (
            "Fusion genes also assessed:\n  NTRK1, NTRK3, RET\nnone of these were detected.\n",
            [("NTRK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Amplification targets checked:\n  MET, ERBB2\nnone were detected.\n",
            [("MET", AMP, N, {}), ("HER2", AMP, N, {})],
        ),
    ],
    # state_as_a_name: a laboratory's 'MS-Stable' names the marker with its state; after its
    # key on the line it is the key's value
    "state_as_a_name": [
        (
            "TMB 6 Muts/Mb; MS-Stable.\n",
            [("TMB", SIG, R, {"value": "6 mut/Mb"}), ("MSI", SIG, N, {})],
        ),
        ("Microsatellite status       MS-Stable\n", [("MSI", SIG, N, {})]),
        ("Summary: the tumour is MS-unstable.\n", [("MSI", SIG, P, {})]),
    ],
    # frameshift_as_written: a frameshift keeps what the report states of it, in one-letter
    # form ('p.(Trp1692Metfs*3)' is W1692Mfs*3; a bare 'fs' stays bare)
    "frameshift_as_written": [
        (
            "BRCA2   c.5073dupA   p.(Trp1692Metfs*3)   VAF 40%   Pathogenic\n",
            [("BRCA2", MUT, P, {"alteration": "W1692Mfs*3"})],
        ),
        (
            "BRCA1 p.Glu23ValfsTer17 detected (VAF 48%)\n",
            [("BRCA1", MUT, P, {"alteration": "E23Vfs*17"})],
        ),
        ("BRCA2 I605fs detected, 2.3% of reads\n", [("BRCA2", MUT, P, {"alteration": "I605fs"})]),
    ],
    # therapy_section_with_a_remark: 'THERAPY (informational)' and a 'Trials:' line hold
    # drugs' targets, no results
    "therapy_section_with_a_remark": [
        (
            "MMR proteins: all retained.\n\nTHERAPY (not a recommendation)\n"
            " dMMR / MSI-H      pembrolizumab      not applicable\n",
            [("MMR", SIG, N, {})],
        ),
        (
            "THERAPY (for information only)\n  BRAF V600E     dabrafenib + trametinib\n",
            [],
        ),
        ("Trials: T-17 (NRAS-mutant melanoma), T-22 (KRAS G12C lung)\n", []),
    ],
    # no_test_was_done: 'no MSI testing was undertaken' says a test was not done
    "no_test_was_done": [
        (
            "Retained MMR proteins are noted; no MSI testing was undertaken here.\n",
            [("MMR", SIG, N, {})],
        ),
        ("No EGFR mutation analysis has been performed on this block.\n", []),
    ],
    # genes_with_no_alteration_heading: 'Genes with no variant detected at the hotspots
    # tested:' or 'Genes with no somatic pathogenic alteration (tumour):' over a list, its
    # items parted by commas or by dots set off by spaces
    "genes_with_no_alteration_heading": [
        (
            "Genes with no variant detected at the codons tested:\n  NRAS . HRAS . KIT .\n"
            "  PIK3CA\n",
            [("NRAS", MUT, N, {}), ("HRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
        (
            "Genes with no somatic pathogenic variant (tumour): BRCA2, PALB2,\nKRAS, BRAF\n",
            [("BRCA2", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
