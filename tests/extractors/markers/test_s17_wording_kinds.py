"""Kinds of wording the seventeenth session found misread, each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state (often nothing); KEPT holds nearby
results that the kind's rule must leave standing. No sentence is quoted from a report.
"""

import pytest

from extractors.markers.misreadings import rejoined_status_words
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FOUR_KEPT,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    assert_reads,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A stain word after 'was/were/been' or after the tissue ('sections', 'slides', 'block')
    # says which stains were done to it, not what the tumour showed: with no verdict after the
    # names, the sentence states no result.
    "stain_list_without_a_verdict": [
        ("Sections were stained for MLH1, MSH2, MSH6 and PMS2.", []),
        ("Block C1 was stained for ER, PR and Ki-67 on request.", []),
        ("Slides stained for ER and PR were sent to the referring surgeon.", []),
        ("Additional levels have been stained for PR and HER2.", []),
    ],
    # One kind of alteration after a list of genes, with one denied verdict before or after
    # it, is each gene's kind; a gene whose rule has no such kind is given nothing by it.
    "trailing_kind_of_a_gene_list": [
        ("BRAF and ALK rearrangement: not detected", [("BRAF", FUS, N, {}), ("ALK", FUS, N, {})]),
        ("No BRAF or ROS1 rearrangement was found.", [("BRAF", FUS, N, {}), ("ROS1", FUS, N, {})]),
        (
            "Neither BRAF nor RET fusion is present in this sample.",
            [("BRAF", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "There were no BRAF, NTRK or RET gene fusions identified.",
            [("BRAF", FUS, N, {}), ("NTRK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        ("KRAS and ROS1 fusions - negative", [("ROS1", FUS, N, {})]),
        ("No NRAS or ALK fusion was seen.", [("ALK", FUS, N, {})]),
        # a name with its own change takes the shared verdict as a mutation's, not the kind
        (
            "BRAF V600E and ROS1 rearrangement: not detected",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("ROS1", FUS, N, {})],
        ),
        (
            "EGFR T790M and MET amplification: not found",
            [("EGFR", MUT, N, {"alteration": "T790M"}), ("MET", AMP, N, {})],
        ),
    ],
    # 'no sign(s) of', 'no indication of', 'without (any) evidence of' deny what follows as
    # 'no' and 'no evidence of' do.
    "evidence_words_after_a_negator": [
        ("No sign of KRAS mutation was found.", [("KRAS", MUT, N, {})]),
        ("Without evidence of HER2 amplification (ratio 1.4).", [("HER2", AMP, N, {"ratio": 1.4})]),
        ("There are no signs of ALK rearrangement.", [("ALK", FUS, N, {})]),
        ("There is no indication of an EGFR mutation.", [("EGFR", MUT, N, {})]),
        ("No signs of amplification of the HER2 gene were seen.", [("HER2", AMP, N, {})]),
        ("Sequencing shows no sign of a mutation in BRAF exon 15.", [("BRAF", MUT, N, {})]),
    ],
    # A negator before a stain's name with a loss after it (or after its list's last name)
    # denies the loss: the stain's expression is kept.
    "negated_loss_after_the_name": [
        ("No evidence of MSH6 loss.", [("MSH6", EXPR, P, {})]),
        (
            "There are no signs of MLH1 or PMS2 protein loss.",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        ("No sign of loss of MSH2 expression.", [("MSH2", EXPR, P, {})]),
    ],
    # A status word that OCR broke at one space ('DETEC TED', 'NEGA TIVE') is read whole, its
    # misread letters too ('DETEC TEO'), when neither half is a word of its own.
    "status_word_broken_at_one_space": [
        ("BRAF V600E: DETEC TED", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        ("HER2 FISH: AMPLI FIED (ratio 4.6)", [("HER2", AMP, P, {"ratio": 4.6})]),
        ("PR: NEGA TIVE (0%)", [("PR", EXPR, N, {"percent": 0})]),
        ("EGFR exon 19 deletion: N0T DETEC TEO", [("EGFR", MUT, N, {})]),
        ("MSH6 immunostain: RETAI NED", [("MSH6", EXPR, P, {})]),
    ],
    # A line that defines a class by its scores ('HER2-low: IHC 1+ or IHC 2+/ISH-negative',
    # 'HER2-ultralow: IHC 0 with faint staining in 10% or fewer cells', 'PD-L1 low: TPS 1-49%')
    # is a legend's, no result, as a class keyed to a bound already was.
    "class_defined_by_its_scores": [
        ("HER2-low: IHC 1+, or IHC 2+ and ISH not amplified", []),
        ("HER2 low category = score 1+ or 2+ with a negative FISH", []),
        ("HER2-ultralow: IHC 0 with faint partial staining in up to 10% of cells", []),
        ("HER2 null - IHC 0, no staining of any tumour cell", []),
        ("PD-L1 low expression: TPS 1-49%", []),
        (
            "Definitions\nHER2-positive: IHC 3+ or IHC 2+/ISH-positive\n"
            "HER2-low: IHC 1+ or IHC 2+/ISH-negative",
            [],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "stain_list_without_a_verdict": [
        # the results in a table or on the lines below still read
        (
            "Sections were stained for MLH1, MSH2, MSH6 and PMS2.\n"
            "MLH1 | absent\nMSH2 | present\nMSH6 | present\nPMS2 | absent",
            [
                ("MLH1", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("PMS2", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Block C1 was stained for ER and PR.\nER: positive (70%)\nPR: negative (0%)",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, N, {"percent": 0})],
        ),
        # a verdict after the names in the same statement, or in the sentence that follows
        (
            "Slides were stained for ER, PR and HER2: all negative.",
            [
                ("ER", EXPR, N, {}),
                ("PR", EXPR, N, {}),
                ("HER2", EXPR, N, {}),
            ],
        ),
        (
            "Block C1 was stained for ER and PR, which are both negative.",
            [
                ("ER", EXPR, N, {}),
                ("PR", EXPR, N, {}),
            ],
        ),
        (
            "Sections were stained for MLH1, MSH2, MSH6 and PMS2. "
            "All four show preserved nuclear staining.",
            FOUR_KEPT,
        ),
        # each name's own bracketed verdict is its own
        (
            "Sections were stained for ER (positive, 85%) and PR (negative).",
            [("ER", EXPR, P, {"percent": 85}), ("PR", EXPR, N, {})],
        ),
        # the tumour's own reaction is a result
        ("The tumour cells stain for mesothelin.", [("Mesothelin", EXPR, P, {})]),
        ("The neoplasm stained positively for GD2.", [("GD2", EXPR, P, {})]),
    ],
    "trailing_kind_of_a_gene_list": [
        # a bare shared verdict keeps each gene's own kind
        ("BRAF and ROS1: not detected", [("BRAF", MUT, N, {}), ("ROS1", FUS, N, {})]),
        # each item's own kind or change is its own
        (
            "No KRAS G12D, BRAF V600E or ALK fusion was detected.",
            [
                ("KRAS", MUT, N, {"alteration": "G12D"}),
                ("BRAF", MUT, N, {"alteration": "V600E"}),
                ("ALK", FUS, N, {}),
            ],
        ),
        (
            "Negative for KRAS and NRAS mutations and for ALK rearrangement.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "EGFR and MET amplification: not detected",
            [("EGFR", AMP, N, {}), ("MET", AMP, N, {})],
        ),
        # two kinds after the list: each gene is read for its own of them
        (
            "Negative: NRAS, ROS1 mutations and fusions",
            [("NRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
        # a singular kind after a list that only commas join is the last item's own, and a
        # kind before the list goes on is its item's
        (
            "Negative: KRAS, NRAS, ROS1 fusion",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Not found: KRAS, EGFR amplification, ROS1",
            [("KRAS", MUT, N, {}), ("EGFR", AMP, N, {}), ("ROS1", FUS, N, {})],
        ),
        # the kind after a later item with words of its own is that item's
        (
            "Not detected: NRAS, TP53 hotspots, MET amplification.",
            [("NRAS", MUT, N, {}), ("TP53", MUT, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    "evidence_words_after_a_negator": [
        # a sign of something found is no negator
        ("Signs of KRAS G12V mutation were found.", [("KRAS", MUT, P, {"alteration": "G12V"})]),
        ("There is evidence of a KRAS G12V mutation.", [("KRAS", MUT, P, {"alteration": "G12V"})]),
        ("No evidence of BRAF mutation.", [("BRAF", MUT, N, {})]),
    ],
    "negated_loss_after_the_name": [
        ("MLH1: loss. PMS2: retained.", [("MLH1", EXPR, N, {}), ("PMS2", EXPR, P, {})]),
        ("No evidence of mismatch repair protein loss.", [("MMR", SIG, N, {})]),
        (
            "Loss of MSH6 expression, no loss of MSH2.",
            [("MSH6", EXPR, N, {}), ("MSH2", EXPR, P, {})],
        ),
    ],
    "status_word_broken_at_one_space": [
        # two or more misread letters in a whole word were read before and still are
        ("ER: P0SlTlVE (95%)", [("ER", EXPR, P, {"percent": 95})]),
        ("KRAS: N0 MUTATl0N lDENTlFlED", [("KRAS", MUT, N, {})]),
        ("HER2: EQUlV0CAL (2+)", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        # two words on either side of a space stay two words
        ("KRAS: not detected", [("KRAS", MUT, N, {})]),
    ],
    "class_defined_by_its_scores": [
        # the result beside the legend, and a class named as the result, are read
        (
            "HER2 IHC: score 1+\nHER2-low: IHC 1+ or IHC 2+/ISH-negative",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        ("HER2: 1+ (HER2-low category)", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("HER2-low: yes, IHC 1+", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        (
            "HER2 negative: score 1+ with faint incomplete staining in 20% of cells",
            [("HER2", EXPR, N, {"ihc_score": "1+", "percent": 20})],
        ),
        (
            "HER2 IHC: 0 (ultralow: faint staining in 5% of cells)",
            [("HER2", EXPR, N, {"ihc_score": "0", "percent": 5})],
        ),
        ("PD-L1 (SP263) high: TPS 80%", [("PD-L1", EXPR, P, {"percent": 80})]),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


@pytest.mark.parametrize(
    ("text", "rejoined"),
    [
        # before a stop or bracket the space goes to the word's start: ' .' reads as a leader
        ("KRAS: DETEC TED.", "KRAS:  DETECTED."),
        ("ER (NEGA TlVE)", "ER ( NEGATlVE)"),
        # a half that is a word itself keeps the two apart: no two words are ever joined
        ("MLH1: in tact", "MLH1: in tact"),
        ("MSI: un stable", "MSI: un stable"),
        ("HER2 over expressed", "HER2 over expressed"),
        # halves that make no status word together stay as written
        ("signal ampli tude low", "signal ampli tude low"),
        ("ALK: REARR ANGED", "ALK: REARRANGED "),
        # broken at two places, or across a line's end, is left alone
        ("PR: NE GA TIVE", "PR: NE GA TIVE"),
        ("PR: NEGA\nTIVE", "PR: NEGA\nTIVE"),
    ],
)
def test_a_broken_status_word_is_rejoined_in_place(text: str, rejoined: str) -> None:
    assert rejoined_status_words(text) == rejoined
    assert len(rejoined_status_words(text)) == len(text)


# corpus/LABELS.md names IDH1 and IDH2, never a bare 'IDH': a WHO CNS name ('Glioblastoma,
# IDH-wildtype', 'IDH-mutant') states a class of tumour, not which gene; it is left unread, and
# the gene's own result beside it stands.
IDH_WITHOUT_ITS_NUMBER: list[tuple[str, Expected]] = [
    ("Final diagnosis: glioblastoma, IDH-wildtype, CNS WHO grade 4", []),
    ("Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, grade 2", []),
    (
        "IDH1 R132H immunostain: negative.\nIntegrated diagnosis: astrocytoma, IDH-wildtype.",
        [("IDH1", EXPR, N, {"alteration": "R132H"})],
    ),
    (
        "IDH2 p.R172K detected by sequencing. Astrocytoma, IDH-mutant.",
        [("IDH2", MUT, P, {"alteration": "R172K"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IDH_WITHOUT_ITS_NUMBER)
def test_idh_without_its_number_names_no_gene(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
