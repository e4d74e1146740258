"""Kinds of wording read by a general mechanism (thirty-second session), each in two wordings of
our own or more: a bare ER or PR before a graded verdict ('low positive'); legends of classes
each with its range, of scores each with a staining pattern, and runs of bounds; a mutant
protein not seen; a test named as not done without a verb; what a result would have favoured;
what a class of tumours may show; fusion lists led by 'involving' or 'including', and by 'no
fusion transcripts'; short variants among a set of genes; a list under the assay's limits; an
abbreviated class of uncertain significance; a gene list whose preposition repeats over a line
break or whose item's bracket stays open; legend and background headings in small letters,
ended by the next small heading; a heading remarked as for reference or information, or of
therapeutic implications (unless it names the changes); a clone's shape in brackets after the
name; a test's name and clone between a row's name and its specimens' cells; loss of something
other than the protein; a stain's row over another gene's row. No sentence is quoted from a
report.
"""

from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, MUT, SIG, E, N, P, R, kind_tests

KINDS = {
    # graded_verdict_after_a_bare_receptor: 'ER' or 'PR' alone is a receptor's name before a
    # graded verdict too, as a table's row gives it.
    "graded_verdict_after_a_bare_receptor": [
        (
            "Marker   Result         % cells   Clone\nER       LOW POSITIVE   4%        SP1\n",
            [("ER", EXPR, P, {"percent": 4})],
        ),
        ("PR focally positive (about 2% of nuclei).\n", [("PR", EXPR, P, {"percent": 2})]),
    ],
    # classes_each_with_a_range: a legend that gives each class its range, class first or the
    # score's name and bound first, states no result; the result above it stands.
    "classes_each_with_a_range": [
        (
            "PR: negative (0%).\nBands: positive >= 1%; low positive 1-10%; negative < 1%.\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "PD-L1 (22C3): CPS 12.\nCategories: CPS < 1 negative; CPS >= 1 positive.\n",
            [("PD-L1", EXPR, P, {})],
        ),
    ],
    # scores_each_with_a_staining_pattern: '1+ faint incomplete > 10%; 2+ weak complete ...'
    # defines the scale.
    "scores_each_with_a_staining_pattern": [
        (
            "HER2 (4B5): 2+ (equivocal).\nScale: 1+ faint partial staining > 10%; "
            "2+ weak to moderate complete staining > 10%\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 key 3+ strong complete staining in more than 10% / 2+ moderate complete.\n",
            [],
        ),
    ],
    # mutant_protein_not_seen: 'no mutant protein' is the stain's negative verdict, not a
    # mutation.
    "mutant_protein_not_seen": [
        (
            "IDH1 R132H stain ...... negative (no mutant protein detected)\n",
            [("IDH1", EXPR, N, {})],
        ),
        ("BRAF V600E (VE1): no mutant protein identified.\n", [("BRAF", EXPR, N, {})]),
    ],
    # test_not_done_without_a_verb: 'no HER2 study', 'no BRAF testing' names a test not done.
    "test_not_done_without_a_verb": [
        (
            "History: ER and PR positive carcinoma (2003), no HER2 study; tamoxifen given.\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
        ("Outside summary: NRAS wild type, no BRAF analysis.\n", [("NRAS", MUT, N, {})]),
    ],
    # what_a_result_would_have_favoured: a counterfactual names no result.
    "what_a_result_would_have_favoured": [
        ("Strong p53 staining would rather have favoured a serous carcinoma.\n", []),
        ("ALK expression would instead have indicated another tumour type.\n", []),
    ],
    # what_a_class_of_tumours_may_show: 'MSH6-deficient tumours may show ...' is teaching.
    "what_a_class_of_tumours_may_show": [
        ("PMS2-deficient cancers can show MSI-low results only.\n", []),
        ("KRAS-mutant carcinomas usually lack BRAF V600E.\n", []),
    ],
    # fusion_list_led_by_involving: a kind's label with a bracketed part ('(RNA)') and 'none
    # detected involving' before the genes.
    "fusion_list_led_by_involving": [
        (
            "Rearrangements (RNA panel): none detected involving ALK, RET\n",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Copy number (DNA): none found across MET or ERBB2\n",
            [("MET", AMP, N, {}), ("HER2", AMP, N, {})],
        ),
    ],
    # abbreviated_uncertain_class: 'Uncertain signif.', 'unknown clin. signif.' in a variant's
    # row is a variant of uncertain significance.
    "abbreviated_uncertain_class": [
        (
            "Gene   Change          Class              VAF\n"
            "ATM    p.(Arg3008His)  Uncertain signif.  31%\n",
            [],
        ),
        ("PALB2 c.1010T>C (unc. signif.), 22% of reads\n", []),
    ],
    # preposition_repeated_over_a_line: '..., or in' at a line's end goes on into the next.
    "preposition_repeated_over_a_line": [
        (
            "No pathogenic variant was found in NRAS, or in\nBRAF (codon 600).\n",
            [("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "No reportable mutation was seen in KRAS and in\nPIK3CA.\n",
            [("KRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
    ],
    # legend_heading_in_small_letters: 'HER2 scoring guide for ... (source):', 'Interpretation
    # key' head a legend; 'Background (...)' heads teaching.
    "legend_heading_in_small_letters": [
        (
            "HER2 2+ (equivocal).\nHER2 reporting scheme for resections (2008):\n"
            "Score 0   no staining\nScore 3+  strong complete staining\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "KRAS G12D detected.\nBackground\nBRAF V600E is found in about 10% of these cancers.\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # heading_for_reference: a heading remarked '(for reference)' or '(for information)'
    # heads lists of what a test covers or what a drug would treat.
    "heading_for_reference": [
        (
            "Result: no result (sequencing failed).\nGenes in the panel (for reference)\n"
            "DNA: EGFR, KRAS, BRAF\nSignatures: TMB, MSI\n",
            [],
        ),
        (
            "MSI: stable.\nTargets and drugs (for information)\nBRAF V600E   encorafenib\n",
            [("MSI", SIG, N, {})],
        ),
    ],
    # clone_shape_in_brackets: a bracket after the name holding a clone's shape (digits,
    # capital, digits; or capital, digit, capital, digit) marks a stain; a protein change in
    # the same place stays a mutation.
    "clone_shape_in_brackets": [
        ("EGFR (2B9): positive, strong membranous staining\n", [("EGFR", EXPR, P, {})]),
        ("MET (F3C2): negative\n", [("MET", EXPR, N, {})]),
        ("KRAS (G12C): detected\n", [("KRAS", MUT, P, {"alteration": "G12C"})]),
    ],
    # test_between_a_row_and_its_specimens: 'HER2 IHC (clone)' before cells of two specimens
    # ('A', 'B'): each cell is its specimen's result.
    "test_between_a_row_and_its_specimens": [
        (
            "                    A (core)       B (node)\n"
            "HER2 IHC (4B5)      1+  neg        3+  pos\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "                    Block 1        Block 2\n"
            "HER2 FISH (dual)    not amplified  amplified\n",
            [("HER2", AMP, N, {}), ("HER2", AMP, P, {})],
        ),
    ],
    # fusion_transcripts_involving: 'no fusion transcripts (events) involving' lists its genes.
    "fusion_transcripts_involving": [
        (
            "No fusion transcripts involving ROS1, RET or NTRK1 were detected.\n",
            [("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
        ("There were no fusion events involving ALK.\n", [("ALK", FUS, N, {})]),
    ],
    # none_found_including: 'none detected, including' before the genes tested; an item's
    # bracketed note may go on over the line's end.
    "none_found_including": [
        (
            "Fusions (RNA): none detected, including RET (CCDC6-RET and other\n"
            "partners), NTRK1 and ALK\n",
            [("RET", FUS, N, {}), ("NTRK", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "Rearrangements: none found including ROS1 or BRAF\n",
            [("ROS1", FUS, N, {}), ("BRAF", FUS, N, {})],
        ),
    ],
    # short_variants_among_a_set: 'Genes with no reportable SNVs / indels among ...:' before
    # its list.
    "short_variants_among_a_set": [
        (
            "Genes with no reportable SNVs / indels among the drivers tested: KRAS, NRAS\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "Genes without pathogenic variants in this panel: BRAF, IDH1\n",
            [("BRAF", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
    ],
    # list_under_the_assay_limits: 'No alterations ... in the following genes at the stated
    # limits of detection (...)': rows of genes with their limits under it.
    "list_under_the_assay_limits": [
        (
            "No alterations were detected in the following genes at the stated limits of\n"
            "detection (LoD, 20 ng input):\n  KRAS (codons 12, 13) ...... LoD 0.2% VAF\n"
            "  BRAF (V600) ...... LoD 0.2% VAF\n",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "No variants were found in the following genes at the limits shown:\n"
            "  NRAS ........ LoD 0.5%\n  PIK3CA ........ LoD 0.5%\n",
            [("NRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
    ],
    # loss_of_something_else: loss of function, transactivation, activity or an allele is no
    # loss of the protein's staining.
    "loss_of_something_else": [
        (
            "TP53 p.Arg248Gln, VAF 38%: a missense change with loss of transactivation.\n",
            [("TP53", MUT, P, {"alteration": "R248Q"})],
        ),
        (
            "TP53 p.Arg175His (VAF 70%), compatible with loss of the second allele.\n",
            [("TP53", MUT, P, {"alteration": "R175H"})],
        ),
    ],
    # therapy_heading_of_implications_or_a_table: 'THERAPEUTIC IMPLICATIONS', 'CLINICAL TRIALS
    # / THERAPY TABLE' head rows of changes and the drugs they would call for.
    "therapy_heading_of_implications_or_a_table": [
        (
            "KRAS G12C detected (VAF 15%).\nPOSSIBLE THERAPEUTIC IMPLICATIONS\n"
            "KRAS G12C   sotorasib\nTP53 R175H   none   p53 trials\n",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "MSI: stable (MSS).\nTRIALS / THERAPY TABLES\nTP53   R248W   none   trials\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "VARIANTS WITH THERAPEUTIC IMPLICATIONS\nKRAS | p.(Gly12Asp) | 21% | Level 2\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # stain_row_over_another_genes_row: a row with its own score or share ends where the next
    # line opens with a gene no rule names; that gene's change is its own.
    "stain_row_over_another_genes_row": [
        (
            "HER2 IHC (4B5), block B2   2+ (moderate complete staining, ~30% of cells)\n"
            "FGFR3 (PCR)   p.R248C mutation detected\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "MET IHC (SP44)   3+ (strong membranous staining, 80% of cells)\n"
            "CDK4 (FISH)   amplification detected\n",
            [("MET", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # negator_denies_a_treatment: 'no' before a name and a noun of treatment or a cut-off
    # denies that noun, not the marker's result.
    "negator_denies_a_treatment": [
        (
            "KRAS G12V detected (VAF 20%); no KRAS-directed therapy is approved.\n",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
        (
            "Tumour mutational burden: 3 mut/Mb\n(no TMB cut-off is set for this tumour type)\n",
            [("TMB", SIG, R, {"value": "3 mut/Mb"})],
        ),
    ],
    # generic_alteration_takes_the_genes_kind: 'no ... alteration' before genes leaves each its
    # own kind (a fusion gene's fusion).
    "generic_alteration_takes_the_genes_kind": [
        (
            "No targetable EGFR, ALK or RET alteration is present.\n",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        ("ROS1: no pathogenic alterations were identified.\n", [("ROS1", FUS, N, {})]),
    ],
    # specimen_rows_under_a_heading: a name and its test over rows that open with a specimen's
    # designator: each row is its specimen's result; a row may go on over a line.
    "specimen_rows_under_a_heading": [
        (
            "PD-L1 (SP263), tumour proportion score\n  Block 2 (primary):  TPS 60%\n"
            "  Block 5 (node):     TPS 0%\n",
            [("PD-L1", EXPR, P, {}), ("PD-L1", EXPR, N, {})],
        ),
        (
            "HER2 immunohistochemistry (4B5):\n  Part A:  score 3+, strong complete staining\n"
            "          in most tumour cells\n  Part B:  score 1+\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # sentence_over_a_gene_line: a line that opens with a gene but goes on a sentence whose
    # bracket the line above left open is no variant's row.
    "sentence_over_a_gene_line": [
        (
            "Loss of MLH1 is often sporadic (and then a\n"
            "BRAF V600E change is commonly present), sometimes hereditary.\n",
            [],
        ),
        (
            "SUCH CANCERS ARE OFTEN SPORADIC (IN WHICH CASE A\n"
            "BRAF V600E MUTATION IS USUALLY FOUND), OR FAMILIAL.\n",
            [],
        ),
    ],
    # numbered_item_is_no_index: a number before a bracket and a capital numbers an item below
    # a key; it is no proliferation index of the name above (an index in brackets still is).
    "numbered_item_is_no_index": [
        ("Ki-67 (MIB-1) was not evaluated.\nDiagnosis:\n1) Papillary carcinoma, 2 cm.\n", []),
        (
            "Ki-67 proliferation was not scored.\nFinal diagnosis:\n2) Adenocarcinoma, grade 2.\n",
            [],
        ),
        ("Ki-67 (labelling index: 15) in hot spots.\n", [("Ki-67", EXPR, R, {"percent": 15})]),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
