"""Kinds of wording from the thirteenth probe's tune half (session 20), each a way any writer
states a result or a non-result, fixed as a kind rather than as the probe's sentence.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby results that the kind's rule must leave standing. No sentence is quoted from a
report. LINEAR holds, for each new expression, a line with a run of 3,000 spaces where the
expression may look: each reads in time linear in its line (a regression hangs).
"""

import pytest

from extractors.markers.misreadings import restored_zeros_in_shares
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.statements import read_findings
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    R,
    fixed_and_kept_tests,
    named_cases,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A form's options all left empty, then the line that states the value: the options take
    # none of the value's reach, and the empty boxes do not make the form blank
    # (statements.value_under_unticked_options); a letter OCR read for a box among the line's
    # printed empty boxes is one of them (context.letter_box_among_empty_boxes).
    "value_under_unticked_options": [
        (
            "HER2 immunostain\n  o Negative (0)   o Negative (1+)\n"
            "  o Equivocal (2+)   o Positive (3+)\n  Score: 1+",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "Estrogen receptor\n[ ] Positive  [ ] Negative\nPercentage of positive nuclei: 80%",
            [("ER", EXPR, P, {"percent": 80})],
        ),
        (
            "HER2 by IHC\n  o Negative (Score 0)   c Equivocal (Score 2+)\n  Score: 0",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
    # 'no staining of' before the cells stained ('of tumour cells', 'of the carcinoma') is the
    # stain's verdict after its name, not a verdict before a name (no-staining-for).
    "no_staining_of_the_tumour": [
        ("MSH6: no staining of tumour cells", [("MSH6", EXPR, N, {})]),
        ("Progesterone receptor shows no staining of the carcinoma.", [("PR", EXPR, N, {})]),
    ],
    # An antibody that shows, stains or is something: the stain's result, not the methods'
    # words (methods-antibody-clone).
    "antibody_that_shows_a_result": [
        (
            "Immunohistochemistry with the IDH1 R132H mutant-specific antibody shows strong "
            "cytoplasmic staining of tumour cells.",
            [("IDH1", EXPR, P, {})],
        ),
        (
            "The BRAF V600E antibody (VE1) shows no staining in the melanoma cells.",
            [("BRAF", EXPR, N, {})],
        ),
    ],
    # A probe or a staining platform named in brackets after the test, as a kit is: the
    # test's name, not a sentence of methods (methods-probes-and-primers,
    # methods-staining-platform).
    "method_named_in_brackets_after_the_test": [
        ("ROS1 FISH (break-apart probe): not rearranged", [("ROS1", FUS, N, {})]),
        ("ALK FISH (Vysis break-apart probe set): negative", [("ALK", FUS, N, {})]),
        (
            "PD-L1 (22C3, Autostainer Link 48): TPS 30%",
            [("PD-L1", EXPR, P, {"percent": 30})],
        ),
    ],
    # A label that denies findings, with what they are ('transcripts', 'events'), how they were
    # sought ('by RNA sequencing') or a note in brackets before its colon
    # (no-variants-detected-label).
    "denial_label_with_a_note_before_its_colon": [
        (
            "No fusion transcripts were detected (RNA): ALK, RET",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "No mutations were found (hotspot panel): KRAS, NRAS",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "No fusion events detected by RNA sequencing: ROS1, NTRK1",
            [("ROS1", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
    ],
    # Under a heading that denies findings, rows each led by a class of alteration: each row's
    # genes are negative for its class (class_rows.classes_under_a_denying_heading).
    "classes_under_a_denying_heading": [
        (
            "NOT DETECTED\nMutations: KRAS, BRAF\nFusions: ALK, ROS1",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Alterations not detected\nShort variants   EGFR, ERBB2\nAmplifications   ERBB2, MET",
            [("EGFR", MUT, N, {}), ("HER2", MUT, N, {}), ("HER2", AMP, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    # A section of variants of unknown significance whose note runs over three or four lines
    # before its items (vus_sections.vus_note_of_a_few_lines).
    "vus_note_of_a_few_lines": [
        (
            "VARIANTS OF UNKNOWN SIGNIFICANCE\n"
            "Variants of this class were found in this specimen; their\n"
            "meaning for the tumour is not known, and they should not be\n"
            "used to guide treatment at this time.\nBRCA2 V2466A   NTRK3 P123L",
            [],
        ),
        (
            "Variants of uncertain significance\nThe changes below were found. Their clinical\n"
            "significance is uncertain and they are not\nreported as results here.\n"
            "PIK3CA R88Q   MET T1010I",
            [],
        ),
    ],
    # 'Pertinent negatives' as a heading run into its list on the same line, with no colon
    # (pertinent-negatives-label).
    "run_in_pertinent_negatives": [
        (
            "PERTINENT NEGATIVES   KRAS, NRAS, ERBB2 (amplification)",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("HER2", AMP, N, {})],
        ),
        (
            "Relevant negatives  EGFR  ALK  ROS1",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    # A share whose zero OCR read as the letter O (misreadings.zero_read_as_o_in_a_share).
    "zero_read_as_o_in_a_share": [
        ("Ki-67 (MIB-1): 3O%", [("Ki-67", EXPR, R, {"percent": 30})]),
        ("PD-L1 (22C3) TPS: 5O%", [("PD-L1", EXPR, P, {"percent": 50})]),
    ],
    # A verdict that governs the name right after it, on a later statement than the name
    # before ('MSH2: retained' / 'Interpretation: loss of MLH1'), is the later name's only
    # (statements.governing_verdict_on_a_later_statement).
    "governing_verdict_on_a_later_statement": [
        (
            "MSH2:  retained\nInterpretation: loss of MLH1 and PMS2",
            [
                ("MSH2", EXPR, P, {}),
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "PMS2 - intact\nComment: loss of MSH6 noted",
            [("PMS2", EXPR, P, {}), ("MSH6", EXPR, N, {})],
        ),
    ],
    # A condition in small letters that opens the next line runs the row's sentence on: the
    # row's verdict is what the condition defines, a criterion
    # (statements.condition_opening_the_next_line).
    "condition_opening_the_next_line": [
        ("HER2 amplified\nif the HER2/CEP17 ratio is 2.0 or more", []),
        ("HER2 positive\nif the IHC score is 3+", []),
    ],
    # A receptor's name with 'receptor' shortened ('Androgen R.', 'androgen rec.'), as
    # oestrogen's and progesterone's are read by their first word (rules/ar.json).
    "receptor_shortened_after_its_name": [
        ("Androgen R.   SP107   Positive   70%", [("AR", EXPR, P, {"percent": 70})]),
        ("androgen rec. negative", [("AR", EXPR, N, {})]),
    ],
    # An S of a gene symbol that OCR read as the digit 5 (misreadings, s in _IN_SYMBOLS).
    "s_read_as_5_in_a_symbol": [
        ("PM52: intact", [("PMS2", EXPR, P, {})]),
        ("KRA5 codon 12: G12V detected", [("KRAS", MUT, P, {"alteration": "G12V"})]),
        ("M5H6 lost", [("MSH6", EXPR, N, {})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "value_under_unticked_options": [
        ("ER: [ ] positive [ ] negative", []),
        ("PR status\n( ) Positive ( ) Negative\nComment: see addendum", []),
    ],
    "no_staining_of_the_tumour": [
        ("Tumour cells show no staining for MLH1.", [("MLH1", EXPR, N, {})]),
        ("There is no immunoreactivity for estrogen receptor.", [("ER", EXPR, N, {})]),
    ],
    "antibody_that_shows_a_result": [
        ("The ER antibody is applied on an automated stainer.", []),
        ("The PD-L1 antibody was diluted and run with controls.", []),
    ],
    "method_named_in_brackets_after_the_test": [
        ("The ROS1 break-apart probe flanks the gene.", []),
        ("Ki-67 (30-9) was stained on the BenchMark autostainer after fixation.", []),
    ],
    "denial_label_with_a_note_before_its_colon": [
        ("RET (RNA): no fusion transcripts were detected", [("RET", FUS, N, {})]),
        ("No fusions detected: ALK, ROS1", [("ALK", FUS, N, {}), ("ROS1", FUS, N, {})]),
    ],
    "classes_under_a_denying_heading": [
        (
            "ALTERATIONS NOT DETECTED\nKRAS, BRAF, PIK3CA",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
        ("DETECTED\nMutations: KRAS G12C", [("KRAS", MUT, P, {"alteration": "G12C"})]),
    ],
    "vus_note_of_a_few_lines": [
        (
            "Variants of uncertain significance\nATM p.V2424G   Tier III\nTP53 p.P72R   benign\n"
            "Genes with no reportable alterations:\nKRAS, NRAS",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "VARIANTS OF UNCERTAIN SIGNIFICANCE\nBRCA2 p.N372H\n"
            "GENES WITH NO REPORTABLE ALTERATIONS\nBRAF, EGFR",
            [("BRAF", MUT, N, {}), ("EGFR", MUT, N, {})],
        ),
    ],
    "run_in_pertinent_negatives": [
        ("Relevant negatives were reviewed with the oncologist.", []),
        ("Pertinent negatives: BRAF, KRAS", [("BRAF", MUT, N, {}), ("KRAS", MUT, N, {})]),
    ],
    "zero_read_as_o_in_a_share": [
        ("Block 2O: ER positive, 90%", [("ER", EXPR, P, {"percent": 90})]),
        ("Ki-67: 15% (hot spot)", [("Ki-67", EXPR, R, {"percent": 15})]),
    ],
    "governing_verdict_on_a_later_statement": [
        (
            "MLH1 and PMS2 intact but loss of MSH2",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        ("MSH6: lost in tumour nuclei", [("MSH6", EXPR, N, {})]),
    ],
    "condition_opening_the_next_line": [
        ("HER2 amplified\nRatio 4.2", [("HER2", AMP, P, {"ratio": 4.2})]),
        (
            "Progesterone receptor ..... negative (0%)\nHER2 (4B5), scored by ASCO/CAP criteria:",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    "receptor_shortened_after_its_name": [
        ("androgen deprivation therapy is planned", []),
        ("Androgen receptor: positive, 60%", [("AR", EXPR, P, {"percent": 60})]),
    ],
    "s_read_as_5_in_a_symbol": [
        ("MSH5: no staining", []),
        ("KRAS: wild type", [("KRAS", MUT, N, {})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)

_GAP = " " * 3000

# name -> (a line with a long run of spaces where a new expression looks, what it states),
# read as the page's words are, with no layout to close the run up.
LINEAR: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "denial_label_before_its_colon": (f"No fusion transcripts were detected (RNA){_GAP}", []),
    "run_in_pertinent_negatives": (
        f"Pertinent negatives{_GAP}KRAS, NRAS",
        [("KRAS", MUT, N), ("NRAS", MUT, N)],
    ),
    "denying_heading": (
        f"Not detected{_GAP}\nFusions: ALK, ROS1",
        [("ALK", FUS, N), ("ROS1", FUS, N)],
    ),
    "keyed_value_line": (f"HER2 IHC\n o Negative (0)  o Positive (3+)\nScore{_GAP}: 0", []),
    "antibody_before_its_verb": (f"The ER antibody{_GAP}shows no staining.", []),
    "probe_in_brackets": (f"ROS1 FISH (break-apart probe{_GAP}): not rearranged", []),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(LINEAR))
def test_new_expressions_read_a_long_run_of_spaces_in_linear_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = read_findings(marker_pipeline()(text))
    assert [(f.marker.value, f.aspect.value, f.status.value) for f in found] == expected


def test_a_share_read_with_o_is_mended_past_a_long_run_of_spaces_and_os() -> None:
    line = f"Ki-67:{_GAP}3O%{_GAP}" + "O" * 3000 + "%"
    assert restored_zeros_in_shares(line) == f"Ki-67:{_GAP}30%{_GAP}" + "O" * 3000 + "%"
