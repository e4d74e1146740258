"""Kinds of genomic-report wording that denied or named an alteration and were misread.

Every sentence is our own. The list openers themselves ('Fusions not detected:', 'No evidence
of:', '... include', a row led by 'Not detected') are kinds of `unit_rules.json`, and their
examples run in test_rule_examples.py; these are the kinds that live in code.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    kind_tests,
)

KINDS: dict[str, list[tuple[str, Expected]]] = {
    # Qualifiers of the variant in a chain ('pathogenic or likely pathogenic', 'P/LP') belong
    # to the denial: 'pathogenic' is not a finding here.
    "denied_variant_with_a_chain_of_qualifiers": [
        ("BRCA1: no pathogenic or likely pathogenic variant detected", [("BRCA1", MUT, N, {})]),
        ("KRAS - no pathogenic/likely pathogenic somatic variants found.", [("KRAS", MUT, N, {})]),
        ("BRCA2: no pathogenic or likely pathogenic variants.", [("BRCA2", MUT, N, {})]),
    ],
    # 'No' before a list whose items carry their own variant or alteration noun.
    "no_before_items_with_their_variants": [
        (
            "No KRAS G12C, BRAF V600E or ALK fusion detected.",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "There was no EGFR exon 19 deletion, KRAS mutation or ROS1 fusion identified.",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    # A fusion named by its partners with '::' is denied by a 'no' before its first partner.
    "no_before_a_fusion_named_by_partners": [
        ("No ETV6::NTRK3 fusion was found.", [("NTRK", FUS, N, {})]),
        ("Result: no CD74::ROS1 fusion.", [("ROS1", FUS, N, {})]),
    ],
    # The breakpoint, an exon of each partner, says the fusion was found.
    "fusion_with_its_breakpoint": [
        (
            "RNA sequencing: ETV6::NTRK3 fusion (ETV6 exon 5 - NTRK3 exon 15), in frame.",
            [("NTRK", FUS, P, {"alteration": "ETV6-NTRK3"})],
        ),
        (
            "Structural variant: EML4::ALK fusion (exon 13 :: exon 20)",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        ("Fusion: KIF5B-RET, in-frame", [("RET", FUS, P, {"alteration": "KIF5B-RET"})]),
    ],
    # A name right after a word that ends like the start of another spelling of the same
    # marker ('oncogenic' + 'ERBB2' reads as 'c ERBB2', the c-erbB-2 spelling, from inside the
    # word): the name stands on its own.
    "name_after_a_word_ending_in_a_spellings_first_letter": [
        (
            "PIK3CA E542K - oncogenic\nERBB2 copy number 2.1 (not amplified)",
            [("PIK3CA", MUT, P, {}), ("HER2", AMP, N, {})],
        ),
        ("Oncogenic ERBB2 amplification detected", [("HER2", AMP, P, {})]),
    ],
    # 'TMB-High' before its threshold names the category the cut-off defines, not the result.
    "high_category_named_with_its_cut_off": [
        (
            "Tumour mutational burden: 4.2 muts/Mb (TMB-High threshold >= 10; this result: LOW)",
            [("TMB", SIG, N, {"value": "4.2 mut/Mb"})],
        ),
        (
            "TMB 3 mut/Mb - low (TMB-high >= 10 mut/Mb)",
            [("TMB", SIG, N, {"value": "3 mut/Mb"})],
        ),
        ("TMB: High (12 mut/Mb)", [("TMB", SIG, P, {"value": "12 mut/Mb"})]),
    ],
    # A change in HGVS notation after the gene's name is a sequencing result, whatever word
    # leads the row and whatever share follows ('36%' is the variant's reads, not stained cells).
    "hgvs_change_after_a_gene_that_is_also_stained": [
        (
            "Detected TP53 p.(Arg248Gln) 36% Tier I/II - pathogenic",
            [("TP53", MUT, P, {"alteration": "R248Q"})],
        ),
        ("Present: TP53 c.743G>A, VAF 22%", [("TP53", MUT, P, {})]),
    ],
}

NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    # A fusion named as an example of what the assay can find is no finding.
    "fusion_named_by_the_assay_description": [
        ("The assay detects fusions such as EML4::ALK (exon 13 :: exon 20).", []),
        ("Fusions covered by the panel include ETV6::NTRK3 (exon 5 - exon 15).", []),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, NOT_RESULTS)
