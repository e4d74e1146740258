"""Kinds of wording the eighteenth session's precision round found misread, each in two or more
wordings of our own.

FIXED holds, for each kind, texts and exactly what they state (often nothing); KEPT holds nearby
results that the kind's rule must leave standing. No sentence is quoted from a report.
"""

from extractors.markers.misreadings import restored_stop_signs
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A change belongs to the gene it follows: a later gene joined by 'and'/'or' with its own
    # kind of finding takes the kind, not the earlier gene's change.
    "change_stays_with_its_gene": [
        (
            "KRAS G12C and ALK fusion were detected.",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("ALK", FUS, P, {"alteration": None})],
        ),
        (
            "NRAS Q61K and ROS1 rearrangement identified.",
            [("NRAS", MUT, P, {"alteration": "Q61K"}), ("ROS1", FUS, P, {"alteration": None})],
        ),
        (
            "Both EGFR L858R and MET amplification were found.",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("MET", AMP, P, {})],
        ),
    ],
    # A stop ('*') that OCR read as a double quote ends a protein change: the change is a
    # variant (the mutation), never the stain of the protein.
    "stop_read_as_a_quote": [
        ('TP53 R342" detected', [("TP53", MUT, P, {"alteration": "R342*"})]),
        ("TP53 p.Arg213” was identified.", [("TP53", MUT, P, {"alteration": "R213*"})]),
        ('TP53 R196"', [("TP53", MUT, P, {"alteration": "R196*"})]),
    ],
    # The tumour's cells stained with an intensity for a receptor: the receptor is expressed.
    "stained_with_an_intensity_for": [
        ("The tumour cells stained strongly for ER.", [("ER", EXPR, P, {})]),
        ("Neoplastic cells stain diffusely and strongly for PR.", [("PR", EXPR, P, {})]),
        ("The carcinoma stained weakly for androgen receptor.", [("AR", EXPR, P, {})]),
    ],
    # 'None found:' / 'None detected:' as a heading verdict before genes and their kinds.
    "none_found_heading_before_genes": [
        (
            "None found: KRAS, RET fusions or mutations",
            [("KRAS", MUT, N, {}), ("RET", MUT, N, {}), ("RET", FUS, N, {})],
        ),
        ("None detected: NRAS, BRAF mutations.", [("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})]),
        (
            "None identified: ALK, ROS1 rearrangements",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    # 'anti-<gene>' before a therapy's words names a class of drugs, not the gene's result.
    "anti_gene_therapy_phrase": [
        ("No mutations detected in KRAS; anti-EGFR antibody eligibility.", [("KRAS", MUT, N, {})]),
        ("Test: RAS status for anti-EGFR antibody eligibility\nResult: No mutation detected", []),
        (
            "Not detected: KRAS, NRAS; relevant to anti-EGFR therapy.",
            [
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
            ],
        ),
    ],
    # A gene's second kind denied in the clause after a semicolon, with no gene of its own.
    "second_denied_kind_after_semicolon": [
        (
            "RET: no mutation detected; no fusion detected",
            [("RET", MUT, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "BRAF: V600E not detected; no fusion identified.",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("BRAF", FUS, N, {})],
        ),
        ("ALK: no mutation; no rearrangement.", [("ALK", MUT, N, {}), ("ALK", FUS, N, {})]),
    ],
    # A gene's change and a kind in brackets (or right after it) under one verdict: each kind.
    "change_and_kind_in_brackets": [
        (
            "BRAF (V600E and fusions): not detected",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("BRAF", FUS, N, {})],
        ),
        (
            "BRAF V600E or fusion: negative",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("BRAF", FUS, N, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "change_stays_with_its_gene": [
        (
            "KRAS G12D mutation, TP53 mutation detected",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("TP53", MUT, P, {})],
        ),
        (
            "KRAS G12C and EML4-ALK fusion detected.",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "KRAS G12C and ALK fusion: negative",
            [("KRAS", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    "stop_read_as_a_quote": [
        ("TP53 R342* detected", [("TP53", MUT, P, {"alteration": "R342*"})]),
        ('Block "A12" stained for ER: positive', [("ER", EXPR, P, {})]),
        ("p53: strong diffuse staining", [("TP53", EXPR, P, {})]),
    ],
    "stained_with_an_intensity_for": [
        ("The tumour cells stained strongly for HER2.", []),
        (
            "Tumour cells stain strongly for HER2 (score 3+).",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        ("Sections were stained for ER and PR.", []),
        ("The tumour cells stain for mesothelin.", [("Mesothelin", EXPR, P, {})]),
    ],
    "none_found_heading_before_genes": [
        ("Not detected: KRAS, NRAS mutations", [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})]),
        ("Pathogenic variants: none found.", []),
        ("Fusions: none detected in ALK, RET", [("ALK", FUS, N, {}), ("RET", FUS, N, {})]),
    ],
    "anti_gene_therapy_phrase": [
        ("HER2 3+, eligible for anti-HER2 therapy.", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
        ("EGFR L858R detected.", [("EGFR", MUT, P, {"alteration": "L858R"})]),
    ],
    "second_denied_kind_after_semicolon": [
        (
            "No BRAF V600E mutation; no ALK rearrangement",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("ALK", FUS, N, {})],
        ),
        ("ALK: no mutation; rearrangement to follow.", [("ALK", MUT, N, {})]),
        ("KRAS: no mutation; no amplification in the other block.", [("KRAS", MUT, N, {})]),
    ],
    "change_and_kind_in_brackets": [
        ("RET (mutation and fusion): negative", [("RET", MUT, N, {}), ("RET", FUS, N, {})]),
        ("BRAF V600E: not detected", [("BRAF", MUT, N, {"alteration": "V600E"})]),
        (
            "BRAF V600E or NTRK fusion: not detected",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("NTRK", FUS, N, {})],
        ),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


def test_a_stop_read_as_a_quote_keeps_the_page_length_and_leaves_quotations() -> None:
    for text, restored in [
        ('APC R1450" and TP53 R342" detected', "APC R1450* and TP53 R342* detected"),
        ('the slide "A12" was stained', 'the slide "A12" was stained'),
        ("labelled “block B12” here", "labelled “block B12” here"),
        ('a lesion of 12" across', 'a lesion of 12" across'),
    ]:
        assert restored_stop_signs(text) == restored
        assert len(restored_stop_signs(text)) == len(text)
