"""Kinds of wording and layout of round s17, from the tune half of the eighth probe.

Every sentence and table here is our own, written for invented laboratories and hospitals in
the shapes such reports use; none is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    Expected,
    N,
    P,
    R,
    assert_reads,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A heading that names what is listed under it (biomarkers, targets, genes of relevance)
    # and ends in a negative verdict, over lines of items (one a line or a grid): each item is
    # negative, of the kind its own words name ('ALK fusion', 'KRAS G12D' is a mutation not
    # found, never a variant detected).
    "items_heading_with_negative_verdict": [
        (
            "SELECTED TARGETS NOT DETECTED IN THIS SPECIMEN\n"
            "EGFR exon 19 deletion   ALK fusion\n"
            "KRAS G12D   ERBB2 amplification\n",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {}), ("KRAS", MUT, N, {}), ("HER2", AMP, N, {})],
        ),
        (
            "Additional genes assessed - none detected:\n"
            "  RET fusions\n"
            "  NTRK1, NTRK2 fusions\n"
            "  BRAF V600E\n"
            "Comment: results apply to the sample tested.",
            [("RET", FUS, N, {}), ("NTRK", FUS, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "Actionable genes for this cancer type - no pathogenic variants found:\n"
            "NRAS   HRAS   PIK3CA   SMAD4\n",
            [("NRAS", MUT, N, {}), ("HRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
    ],
    # A sentence that says the listed items were looked for and not found ('were assessed and
    # not found:'), the list after its colon, its kind often named once at the list's end.
    "listed_after_assessed_and_not_found": [
        (
            "These were assessed and not found: PIK3CA, NRAS, IDH1 variants.",
            [("PIK3CA", MUT, N, {}), ("NRAS", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
        (
            "The following were sequenced and not detected: KRAS G12C, BRCA2, TP53 mutations.",
            [("KRAS", MUT, N, {}), ("BRCA2", MUT, N, {}), ("TP53", MUT, N, {})],
        ),
    ],
    # A stain table whose first column is headed 'Antibody' and whose other columns name the
    # measures (result, intensity, '% positive cells', Allred, H-score, proportion): a header
    # of columns, not a methods line about an antibody, so its rows are results. A bare number
    # is the share when the cells before it are one word each (a verdict, an intensity, a dash)
    # and the header's share column is that many columns along.
    "antibody_header_with_measure_columns": [
        (
            "Antibody Result Intensity % stained nuclei Allred score\n"
            "ER (6F11) Positive Strong 80 7\n"
            "PR (16) Negative - 0 0\n",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {"percent": 0})],
        ),
        (
            "Antibody Interpretation Proportion H-score\n"
            "AR (SP107) Positive 70% 180\n"
            "Ki-67 (30-9) - 12% -\n",
            [("AR", EXPR, P, {"percent": 70}), ("Ki-67", EXPR, R, {"percent": 12})],
        ),
    ],
    # A stain table whose header names a Clone column and then its result column by what it
    # shows ('Tumour nuclear staining', 'Nuclear expression'): a header of columns, not a
    # methods line about a clone; each row's word (present, retained, absent) is its result.
    "clone_header_with_a_staining_column": [
        (
            "Protein Clone Neoplastic nuclear staining\nMSH2 FE11 present\nPMS2 A16-4 absent\n",
            [("MSH2", EXPR, P, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "Marker Clone Tumour cell expression\nMLH1 ES05 retained\nMSH6 EP49 retained\n",
            [("MLH1", EXPR, P, {}), ("MSH6", EXPR, P, {})],
        ),
    ],
    # A test the report says could be done ('can be used to confirm', 'may be performed if'):
    # a possibility, not a result, even where the clause names what the test would show.
    "a_test_that_could_be_done": [
        ("Pan-TRK immunostaining could be performed to screen for NTRK fusions if needed.", []),
        ("An ALK stain (D5F3) can be used to confirm protein expression; none was made here.", []),
    ],
    # A variant row that gives the protein change in three-letter form and again in brackets
    # in one-letter form: the bracket restates the row's variant, it is no second mention
    # (R132H also names IDH1's antibody; the row's share is the allele fraction).
    "one_letter_change_restated_in_brackets": [
        (
            "Gene cDNA Protein change Allele fraction\nIDH1 c.395G>A p.Arg132His (R132H) 41%\n",
            [("IDH1", MUT, P, {"alteration": "R132H"})],
        ),
        (
            "IDH1 variant: c.394C>T p.(Arg132Cys) (R132C), 27% of reads, pathogenic",
            [("IDH1", MUT, P, {"alteration": "R132C"})],
        ),
    ],
}


test_every_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


# A heading with a modal verb is a limitation, not a verdict over the lines below it.
def test_a_limitation_heading_is_no_verdict() -> None:
    assert_reads(
        "Variants below the limit of detection may not be detected\nKRAS G12D detected (VAF 8%)",
        [("KRAS", MUT, P, {"alteration": "G12D"})],
    )


# A result of several words before the share ('Weak to moderate') leaves the cells uncounted:
# no share is placed by position, the row's verdict still stands.
def test_a_long_cell_leaves_the_share_unplaced() -> None:
    assert_reads(
        "Marker Interpretation Intensity Percentage Comment\n"
        "ER Positive Weak to moderate 40 heterogeneous\n"
        "PR Positive Strong 25 -\n",
        [("ER", EXPR, P, {"percent": None}), ("PR", EXPR, P, {"percent": 25})],
    )


# A verdict before the possibility in the same sentence stays the marker's result.
def test_a_verdict_before_a_possibility_stands() -> None:
    assert_reads(
        "HER2 is positive (3+), and trastuzumab can be used in this setting.",
        [("HER2", EXPR, P, {"ihc_score": "3+"})],
    )
