"""Kinds of wording read by a general mechanism (twenty-fifth session), each in three wordings
of our own: markers as the columns of a table of blocks or cores; a list of changes an assay
sought, then a terse line that none was found; a receptor's bare zero after its scale; a
verdict alone on the line after its measures. No sentence is quoted from a report.
"""

import pytest

from extractors.markers import marker_columns, statements, values
from extractors.markers.marker_columns import marker_column_tables
from extractors.markers.pipeline import marker_pipeline
from tests.extractors.markers.kind_tables import AMP, EXPR, MUT, E, N, P, R, kind_tests

KINDS = {
    # marker_columns_bare_receptor_headings: ER, PR, PgR and AR as bare capitals are headings
    # of a marker-column table, as the mention finder would not take them alone.
    "marker_columns_bare_receptor_headings": [
        (
            "Block ER PR HER2 Ki-67\nA2 95% 60% 1+ 15%\nA4 90% n/a - 20%\n",
            [
                ("ER", EXPR, P, {}),
                ("PR", EXPR, P, {"percent": 60}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("Ki-67", EXPR, R, {}),
            ],
        ),
        (
            "Core | ER | PR | AR\n1 | positive | negative | not done\n"
            "2 | positive | - | positive\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {}), ("AR", EXPR, P, {})],
        ),
        (
            "Slide   PgR(%)   ER(%)\nB1   0   80\n",
            [("PR", EXPR, N, {"percent": 0}), ("ER", EXPR, P, {"percent": 80})],
        ),
    ],
    # marker_columns_blank_cells: a row parted by pipes places its cells under the headings,
    # and a cell left blank states nothing.
    "marker_columns_blank_cells": [
        (
            "| Block | ER (%) | PgR (%) | HER2 |\n| A1 | 80 | 10 | 2+ |\n| A3 | 85 |  | 2+ |\n",
            [
                ("ER", EXPR, P, {}),
                ("PR", EXPR, P, {"percent": 10}),
                ("HER2", EXPR, "equivocal", {"ihc_score": "2+"}),
            ],
        ),
        (
            "Core | ER | PR | AR\n1 | positive |  | not done\n2 | positive | negative |\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        (
            "Focus | MLH1 | PMS2\nA |  | lost\n",
            [("PMS2", EXPR, N, {})],
        ),
    ],
    # changes-sought-listed (methods): the changes an assay looked for are no finding ...
    "changes_sought_listed": [
        ("NRAS mutations looked for: G12D, G12V, Q61K.\n", []),
        ("Hotspots interrogated (BRAF) - V600E / V600K / V600D\n", []),
        ("Assay covers BRAF V600E and V600K.\n", []),
    ],
    # ... and a terse line after the list that none was found is the list's genes' negative
    # (listed-then-none-detected).
    "sought_list_then_none_found": [
        (
            "The following NRAS mutations were looked for: G12D, G12V, G13D, Q61K.\n"
            "None was present.\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "KRAS variants sought: G12C, G12D, G12V, G13D\nNone identified.\n",
            [("KRAS", MUT, N, {})],
        ),
        ("Assay covers BRAF V600E and V600K.\nNeither was found.\n", [("BRAF", MUT, N, {})]),
    ],
    # bare_zero_is_no_staining, widened: the key may name its scale or its result and lead to
    # the zero with dots; an H-score of 0 is no stained cell; HER2's key bracket alone before
    # its score.
    "bare_zero_after_a_scale_or_leader": [
        (
            "ER status .......... 0\nPgR status ......... 0\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
        ("ER H-score 0\n", [("ER", EXPR, N, {})]),
        ("Progesterone receptor Allred score: 0\n", [("PR", EXPR, N, {})]),
        ("AR (%): 0\n", [("AR", EXPR, N, {"percent": 0})]),
    ],
    "score_after_the_keys_bracket": [
        ("HER2 (IHC) 0\n", [("HER2", EXPR, N, {"ihc_score": "0"})]),
        ("c-erbB-2 (HercepTest) 1\n", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("Her2/neu (4B5)   3\n", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    # verdict_line_after_its_measure, widened: the verdict may be the alteration's noun with its
    # word ('Amplification present', 'negative for amplification'), and the measures may be
    # parted by semicolons, the verdict then of the aspect most of their words name.
    "verdict_line_after_its_measures": [
        (
            "MET FISH: MET/CEP7 ratio 1.1, MET copies 2.3\nNegative for amplification\n",
            [("MET", AMP, N, {"ratio": 1.1})],
        ),
        ("ERBB2 copy number (NGS): 14\nAmplification present\n", [("HER2", AMP, P, {})]),
        (
            "HER2 signals per nucleus 4.6; CEP17 signals 2.9; ratio 1.6\nEquivocal\n",
            [("HER2", AMP, E, {"ratio": 1.6})],
        ),
    ],
    # underline_boxes_after_options: underline boxes after their options, one of them ticked.
    "underline_boxes_after_options": [
        ("ALK (D5F3):  Positive ___  Negative _X_\n", [("ALK", EXPR, N, {})]),
        ("HER2 ISH: amplified ____ not amplified __x__\n", [("HER2", AMP, N, {})]),
        ("KRAS mutation: detected _x_  not detected ___\n", [("KRAS", MUT, P, {})]),
    ],
    # bare_verdict_with_its_gloss, widened: the gloss in square or curly brackets too.
    "bare_verdict_with_a_gloss_in_any_brackets": [
        ("PD-L1 22C3 was assessed on the biopsy.\nPositive [TPS 60%]\n", [("PD-L1", EXPR, P, {})]),
        (
            "ALK immunostain (D5F3) performed.\nNegative {no cytoplasmic staining}\n",
            [("ALK", EXPR, N, {})],
        ),
        ("ER was tested with SP1.\nPositive (Allred 8/8)\n", [("ER", EXPR, P, {})]),
    ],
    # quantity_key_is_no_verdict, widened: a key naming the stained cells or nuclei it counts.
    "stained_cells_key": [
        (
            "ER-positive tumour nuclei: 90%\nPR-positive tumour nuclei: 0%\n",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, N, {"percent": 0})],
        ),
        ("Nuclei staining for AR: 0%\n", [("AR", EXPR, N, {"percent": 0})]),
        ("Cells reactive for PR: 0 %\n", [("PR", EXPR, N, {})]),
    ],
    # heading_over_a_labelled_answer, widened: 'Verdict', 'Impression', 'Answer' label it too;
    # genes_heading_over_a_labelled_denial: two genes or more head the labelled denial.
    "heading_over_a_labelled_answer": [
        ("KRAS codon 12/13 analysis\nAnswer: negative\n", [("KRAS", MUT, N, {})]),
        ("TP53 sequencing, exons 5-8\nImpression: wild-type\n", [("TP53", MUT, N, {})]),
        (
            "NRAS (exons 2, 3, 4) - NGS\nVerdict: mutation detected, Q61R\n",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
    ],
    "genes_heading_over_a_labelled_denial": [
        (
            "BRCA1/BRCA2 germline panel\nOutcome: No pathogenic variant identified\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "IDH1 codon 132 / IDH2 codon 172 analysis\nVerdict: no mutation\n",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})],
        ),
        (
            "KRAS and NRAS hotspot testing\nResult -> not detected\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # methods-antibody-clone, narrowed: 'clone' closing the stain's bracket names its clone
    # beside the result ('(SP1 clone)'), as 'clone' opening it does ('(clone SP1)').
    "clone_word_closing_its_bracket": [
        ("ER (SP1 clone): positive, 90% of nuclei\n", [("ER", EXPR, P, {"percent": 90})]),
        (
            "Mesothelin (MN-1 clone) diffusely positive in 80% of tumour cells\n",
            [("Mesothelin", EXPR, P, {"percent": 80})],
        ),
        ("ALK (D5F3 clone) negative\n", [("ALK", EXPR, N, {})]),
        ("The ER (SP1 clone) antibody was used on block A2.\n", []),
    ],
    # therapy_beside_the_change: a targeted drug named by its stem on a gene's row with its
    # change is what a found change implies; a change named alone may be the assay's list.
    "therapy_beside_the_change": [
        ("EGFR L858R - osimertinib\n", [("EGFR", MUT, P, {"alteration": "L858R"})]),
        ("BRAF V600E   Dabrafenib, Trametinib\n", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        ("EGFR p.L858R (osimertinib)\n", [("EGFR", MUT, P, {"alteration": "L858R"})]),
        ("The assay covers EGFR L858R (osimertinib sensitivity) and T790M.\n", []),
    ],
    # page_number_ends_a_statement: a page's number on a line of its own ('Page 1 of 2') is
    # no part of the statement above it, so a verdict alone on the page's last line stands.
    "page_number_ends_a_statement": [
        (
            "MET FISH: MET/CEP7 ratio 1.1, MET copies 2.3\nNegative for amplification\n"
            "Page 1 of 2\n",
            [("MET", AMP, N, {"ratio": 1.1})],
        ),
        (
            "ALK immunostain (D5F3) performed.\nNegative {no staining}\nPAGE 2/3\n",
            [("ALK", EXPR, N, {})],
        ),
        ("HER2 ISH ratio 2.4\nAmplified\n  page 1\n", [("HER2", AMP, P, {"ratio": 2.4})]),
    ],
    # genes-on-a-line-then-verdict, widened: 'no mutation' alone ends the line's verdict, and a
    # slash parts the genes' words whatever its spaces ('codon 132 /IDH2').
    "genes_with_parts_then_a_bare_denial": [
        (
            "IDH1 codon 132 / IDH2 codon 172: no mutation\n",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})],
        ),
        (
            "IDH1 codon 132 /IDH2 codon 172 analysis\nVerdict: no mutation\n",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})],
        ),
        (
            "KRAS exons 2-4/NRAS exons 2-4 - no variant\n",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # underline_boxes_after_options: a scan may shorten an empty underline to two strokes.
    "underline_box_shortened_by_a_scan": [
        ("KRAS mutation: detected _x_ not detected __\n", [("KRAS", MUT, P, {})]),
        ("EGFR T790M: present __ absent _X_\n", [("EGFR", MUT, N, {})]),
        ("ER (IHC): positive __x__ negative __\n", [("ER", EXPR, P, {})]),
    ],
    # bare_verdict_with_its_gloss, widened: the gloss may wrap onto the next line.
    "gloss_wrapped_onto_the_next_line": [
        (
            "HER2 FISH: HER2/CEP17 ratio 2.6; mean HER2 copies 5.4 per cell; AMPLIFIED (ASCO/CAP"
            "\ngroup 1).\n",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        (
            "ROS1 break-apart probe: 6% of 100 nuclei split. Negative (not\nrearranged).\n",
            [("ROS1", "fusion", N, {})],
        ),
        ("PD-L1 22C3 was assessed.\nPositive (TPS 60%,\nstrong)\n", [("PD-L1", EXPR, P, {})]),
    ],
    # named_class_row: a gene's row whose change is a named class of its exons, with a sign on
    # the row (a classification, a share, a drug); alone it may be the assay's list.
    "named_class_row": [
        (
            "EGFR   Exon 19 deletion   Pathogenic   23%\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "MET exon 14 skipping - capmatinib\n",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
        ("EGFR   Exon 20 insertion   VUS   12%\n", []),
        ("EGFR exon 19 deletion\n", []),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


def test_each_kind_has_three_wordings() -> None:
    assert all(len({text for text, _ in cases}) >= 3 for cases in KINDS.values())


@pytest.mark.parametrize(
    "line",
    [
        "Sample ER and PR were positive",  # a sentence: a heading holds no verdict
        "Block A1 ER 90%",  # a row of results, no header
        "Tumour PR status was not assessed",
    ],
)
def test_bare_receptors_make_no_header_of_a_sentence(line: str) -> None:
    text = line + "\nA 90 10\n"
    doc = marker_pipeline()(text)
    assert marker_column_tables(text, doc._.marker_mentions) == []


@pytest.mark.parametrize("run", [" " * 3000, "|" * 3000, "ER " * 1000])
def test_bare_receptor_headings_answer_at_once_on_a_long_run(run: str) -> None:
    """No timing: a pattern that backtracked on the run would hang; the run's limit catches it."""
    text = "Core | ER" + run + "| PR\n1 |" + run + "| positive\n"
    assert marker_columns._BARE_RECEPTOR.search(text) is not None
    doc = marker_pipeline()(text)
    assert isinstance(marker_column_tables(text, doc._.marker_mentions), list)


_RUNS = [" " * 3000, "\t" * 3000, "." * 3000, "_" * 3000, "(" * 3000, "0" * 3000, "\n" * 3000]
_WIDENED = {
    "key_zero": values._KEY_ZERO,
    "key_score": values._KEY_SCORE,
    "bare_verdict": statements._BARE_VERDICT,
    "measure_words": statements._MEASURE_WORDS,
}


@pytest.mark.parametrize("name", list(_WIDENED))
@pytest.mark.parametrize("run", _RUNS)
def test_the_widened_patterns_answer_at_once_on_a_long_run(name: str, run: str) -> None:
    """No timing: a pattern that backtracked on the run would hang; the run's limit catches it.

    As the extractor uses them: matched at a key's end or over a whole statement.
    """
    pattern = _WIDENED[name]
    for lead in ("status", " (IHC)", "Amplification", "no amplification", "ratio 1.6"):
        for text in (lead + run + "x", lead + run + "0", run + lead, "(" + lead + run + ")"):
            pattern.match(text)
            pattern.fullmatch(text)
    statements._verdict_after_measures(run + "\nEquivocal" + run)
    statements._verdict_after_measures("ratio 1.6" + run + "\nEquivocal")


KINDS_GENOMIC_COLUMNS = {
    # genomic_cells_by_specimen: a specimen-column table's genomic cells part by their verdict
    # or their change ('wild type', 'not detected', 'G12D detected'), a change alone found.
    "genomic_cells_by_specimen": [
        (
            "            Specimen 1    Specimen 2\nKRAS        wild type     G12D\n",
            [("KRAS", MUT, N, {}), ("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        (
            "Gene  Block A  Block B\nKRAS  not detected  G12D detected\nBRAF  wild-type  V600E\n",
            [
                ("KRAS", MUT, N, {}),
                ("KRAS", MUT, P, {"alteration": "G12D"}),
                ("BRAF", MUT, N, {}),
                ("BRAF", MUT, P, {"alteration": "V600E"}),
            ],
        ),
        (
            "Gene  Specimen 1  Specimen 2\nEGFR  detected L858R  not detected\n",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("EGFR", MUT, N, {})],
        ),
    ],
}
test_genomic_columns_have_two_wordings, test_genomic_columns = kind_tests(KINDS_GENOMIC_COLUMNS)
