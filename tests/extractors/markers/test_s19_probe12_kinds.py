"""Kinds of misreading in laboratories' own genomic and biomarker PDFs (session 19, probe 12's
tune half), each a layout or wording that cost precision or recall on reports never met.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state (often
nothing); KEPT holds, for each kind, nearby results that the kind's rule must leave standing.
No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A protein change on a row that another gene begins (one no marker rule names) is that
    # gene's: it is no verdict of the name on the next row (change_on_another_genes_row).
    "change_on_another_genes_row": [
        ("POLD1  c.1433G>A  p.(Arg478His)  8 %  VUS\nNRAS (codons 12, 13, 61)", []),
        ("SMAD4 p.R361C 27%\nBRAF", []),
        (
            "ATM  p.(Ser707Pro)  12%  uncertain\nPIK3CA  exons 9, 20  no variant",
            [("PIK3CA", MUT, N, {})],
        ),
    ],
    # A bare share that ends a gene's row above the name is that row's allele fraction, no
    # stain of the name's (share_on_the_row_above).
    "share_on_the_row_above": [
        (
            "EGFR  19  p.E746_A750del  14%\nBRAF  15  Not detected",
            [("EGFR", MUT, P, {"alteration": "E746_A750del"}), ("BRAF", MUT, N, {})],
        ),
        (
            "CTNNB1  3  p.(Ser45Phe)  33%\nBRAF  11, 15  none found",
            [("BRAF", MUT, N, {})],
        ),
    ],
    # A form's line of tick boxes offering tests: the names whose box is left empty name no
    # test done, so the result below is none of theirs (unticked_test_option).
    "unticked_test_option": [
        (
            "Assay requested: [X] EGFR  [ ] ALK  [ ] ROS1\nResult: no mutation detected",
            [("EGFR", MUT, N, {})],
        ),
        ("Tests: \u2610 NRAS \u2612 KRAS\nOutcome: not detected", [("KRAS", MUT, N, {})]),
    ],
    # A references section under a heading in small letters ('References', 'Literatur') cites
    # work; the variants in its titles are no results (references_heading_in_small_letters).
    "references_heading_in_small_letters": [
        (
            "References\n1. Doe J, et al. EGFR T790M after first-line therapy. Fict Med. 2020;1:2."
            "\n2. Roe P. ALK rearranged tumours: a review. Fict Onc. 2021;3:4-5.",
            [],
        ),
        ("Literatur: 3. Kern B et al. NRAS Q61K in melanoma. Fict Derm 2018;2:7-8.", []),
    ],
    # '6,2 mut/Mb' is 6.2 (a decimal comma; a thousands comma has three digits), read against
    # the cut-off, also in German words (decimal_comma_in_a_burden).
    "decimal_comma_in_a_burden": [
        (
            "TMB 6,2 Mut/Mb (cut-off 10 Mut/Mb)",
            [("TMB", SIG, N, {"value": "6.2 mut/Mb"})],
        ),
        (
            "TMB 17,5 Mutationen pro Mb; Grenzwert 10",
            [("TMB", SIG, P, {"value": "17.5 mut/Mb"})],
        ),
    ],
    # A class in brackets after the signature's name is the question a key asks; the value
    # after it answers ('(MSI-High): NOT DETECTED' is stable) (class_key_denied).
    "class_key_denied": [
        ("Microsatellite instability (MSI-H): not detected", [("MSI", SIG, N, {})]),
        ("Microsatellite status (MSI-high) - NOT IDENTIFIED", [("MSI", SIG, N, {})]),
    ],
    # The two partners' exons joined ('ETV6 exon 4 :: NTRK3 exon 14') spell a fusion's
    # breakpoint; the exons make no mutation of the name inside (fusion_breakpoint_notation).
    "fusion_breakpoint_notation": [
        (
            "POSITIVE for a TPM3-NTRK1 fusion (TPM3 exon 8 :: NTRK1 exon 11).",
            [("NTRK", FUS, P, {"alteration": "TPM3-NTRK1"})],
        ),
        (
            "Detected: CCDC6-RET (CCDC6 ex1 - RET ex12)",
            [("RET", FUS, P, {"alteration": "CCDC6-RET"})],
        ),
    ],
    # pan-TRK is an antibody: its verdict is a stain's, whatever fusion test the sentence
    # names (an_antibodys_name_is_its_stain).
    "an_antibodys_name_is_its_stain": [
        (
            "RNA fusion sequencing was deferred since pan-TRK was negative.",
            [("NTRK", EXPR, N, {})],
        ),
        ("Fusion panel not indicated: panTRK negative.", [("NTRK", EXPR, N, {})]),
    ],
    # A verdict on the tumour's heterogeneity answers that question, never the result of the
    # marker on the row above (heterogeneity_verdict).
    "heterogeneity_verdict": [
        ("HER2/CEP17 ratio 3.1\nHeterogeneity  not seen", []),
        ("Mean HER2 copies per nucleus 7.2\nIntratumoral heterogeneity: absent", []),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "change_on_another_genes_row": [
        (
            "KRAS  2  p.(Gly12Val)  31%\nNRAS  2-4  not detected",
            [("KRAS", MUT, P, {}), ("NRAS", MUT, N, {})],
        ),
        ("BRAF p.V600E 40%", [("BRAF", MUT, P, {"alteration": "V600E"})]),
    ],
    "share_on_the_row_above": [
        (
            "ER  positive  80%\nPR  negative",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {})],
        ),
        ("Tumour nuclei stained 30%\nER positive", [("ER", EXPR, P, {})]),
    ],
    "unticked_test_option": [
        (
            "Assay requested: [X] EGFR\nResult: L858R detected",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "BRAF V600E: not detected; KRAS: not detected",
            [("BRAF", MUT, N, {}), ("KRAS", MUT, N, {})],
        ),
    ],
    "references_heading_in_small_letters": [
        (
            "Result: KRAS G12D detected.\nReferences\n1. Doe J. A review. Fict Med. 2020;1:2-9.",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        ("BRAF: not detected", [("BRAF", MUT, N, {})]),
    ],
    "decimal_comma_in_a_burden": [
        ("TMB: 12.5 mut/Mb (cut-off 10 mut/Mb)", [("TMB", SIG, P, {"value": "12.5 mut/Mb"})]),
        ("TMB 4 mut/Mb, low (threshold 10)", [("TMB", SIG, N, {"value": "4 mut/Mb"})]),
    ],
    "class_key_denied": [
        ("Microsatellite instability (MSI-High): DETECTED", [("MSI", SIG, P, {})]),
        ("MSI-High: not detected", [("MSI", SIG, N, {})]),
    ],
    "fusion_breakpoint_notation": [
        (
            "EML4-ALK fusion detected (EML4 exon 6 :: ALK exon 20)",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        ("EGFR exon 19 deletion detected", [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})]),
    ],
    "an_antibodys_name_is_its_stain": [
        ("NTRK3 fusion: not detected", [("NTRK", FUS, N, {})]),
        ("pan-TRK immunostain: positive", [("NTRK", EXPR, P, {})]),
    ],
    "heterogeneity_verdict": [
        (
            "HER2/CEP17 ratio 1.3\nResult: not amplified\nHeterogeneity: none",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
        (
            "Heterogeneity not observed. HER2 amplified (ratio 2.6).",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
