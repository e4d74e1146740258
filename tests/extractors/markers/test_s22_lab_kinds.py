"""Kinds of layout and wording that laboratories' PDF reports raise (the eighteenth probe's tune
half), each in two or more wordings of our own; none copies a report.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds results worded close
by that the kind's rule must leave standing.

- changes_a_verdict_covered: variants in brackets right after a gene's negative verdict are what
  the verdict covered ('BRAF: not detected (V600E and K601E)'), not variants found
  (`statements._changes_a_verdict_covered`).
- background_share_carrying: 'About 5% of lung cancers carry an ALK rearrangement' states how
  often a population carries a change, no result (context_rules.json background-share-carrying).
- share_before_its_bracketed_cutoff: a measured share, then the cut-off it was read against in
  brackets ('tumour cells 5% (>= 1%: positive)'): the share is the result
  (`statements._share_before_its_bracketed_cutoff`).
- cutoff_column_heading: a table's header with a 'threshold' or 'cut-off' column does not make
  its rows criteria (`statements._cutoff_column_heading`).
- positivity_to_be_confirmed: 'ROS1 positivity requires confirmation by FISH' is a method's
  policy, no result (context_rules.json criteria-positivity-to-be-confirmed).
- gene_heading_starts_its_list: a gene's name alone on its line heads its own codon list and
  'none of the above mutations' verdict; a title above it is not in the list
  (`units._last_gene_heading`).
- methods_below_a_labelled_result: a line of the method's limits under 'Result: V600E detected'
  leaves the labelled result standing (`statements._labelled_result_line`).
- gene_before_its_band: a word-like symbol before its chromosome band in brackets ('RET
  (10q11.2) break-apart') is the gene (`gene_symbols._BAND_AFTER`).
- labelled_verdict_line_alone: 'Result: not rearranged' under a probe's heading is its result;
  the criteria sentence under it is a line of its own (`statements._labelled_verdict_line_end`).
- tested_part_in_brackets: 'NRAS (exons 2, 3 and 4), HRAS and BRAF are wild type': the
  bracket of tested parts keeps the list one list (`statements._TESTED_PART_NOTE`).
- short_variant_abbreviations: 'ERBB2 (SNVs and amplification)' in a list of negatives names
  both kinds (`units._PHRASE_ASPECTS`).
- stain_verdict_before_a_named_variant: 'Loss of MLH1/PMS2 with BRAF V600E favours a sporadic
  tumour': the loss is the stains'; the gene named with its change after it is not stained
  (`statements._stain_verdict_before_a_named_kind`).
- variant_under_a_stain_heading: 'IDH1 R132H: negative' on the line under an
  'Immunohistochemistry' heading is a variant-specific antibody's result, an expression
  (`statements._under_a_stain_heading`).
- status_word_inside_another_name: 'MSI-High  Not detected  TMB 6.3 mut/Mb': the class word in
  another marker's name before this one ('High') is no status word of this one
  (`statements._own_status_word`).
- denying_heading_with_its_place: 'Not detected in this sample' heads rows of genes by class
  like 'Not detected' does (`class_rows._DENYING_HEADING`).
- column_header_under_a_denying_heading: the table's own header ('Alteration class   Genes', or
  a short line of words right over a class's row) between the heading and its rows is passed
  over (`class_rows._past_column_header`).
- sequenced_row_above_a_note: a gene's row with its protein and coding change in HGVS
  ('KRAS  p.Gly12Val  c.35G>T  8.1') stands though a note on a later line, run into the same
  statement by a stray comma, speaks of background or methods
  (`statements._sequenced_row_above_a_note`).
- criteria_on_another_row_above: a cut-off on an earlier table row led by another marker
  ('PD-L1 ... Below cut-off (IC >= 5%): PD-L1 negative') leaves a row below with its own verdict
  ('HER2 ... Score 3+ (positive)') standing (`statements._criteria_on_another_row_above`).
- verdict_after_its_cutoff_label: 'Below cut-off (IC >= 5%): PD-L1 negative' - the cut-off labels
  where the result fell; the name's own verdict after it is the result
  (`statements._verdict_after_its_cutoff_label`).
- change_column_before_the_gene: under a header 'Alteration   Gene   ...', rows led by the
  change, then the gene ('p.Leu858Arg (exon 21)   EGFR   3.4%', 'Amplification   MET   CN 2.8')
  are positive results of the gene (`change_first_rows.py`); a gene's cell followed by copy
  number words ('CN 2.8') stands where a gene stands (`gene_symbols._ROW_WORDS`).
"""

import re

import pytest

from extractors.markers.change_first_rows import _HEADER as _CHANGE_FIRST_HEADER
from extractors.markers.change_first_rows import _KIND_CELL
from extractors.markers.class_rows import _COLUMN_HEADER, _SHORT_WORDS_LINE
from extractors.markers.gene_symbols import _BAND_AFTER
from extractors.markers.statements import (
    _CUTOFF_LABEL_GAP,
    _PART_NOTE_JOIN,
    _SHARE_BEFORE_BRACKET,
    _TESTED_PART_NOTE,
)
from extractors.markers.units import _GENE_HEADING_LINE
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
    read_text,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    "changes_a_verdict_covered": [
        ("BRAF: not detected (V600E and K601E).", [("BRAF", MUT, N, {})]),
        ("No BRAF mutation detected (V600E, V600K).", [("BRAF", MUT, N, {})]),
        ("BRAF - negative (V600E or V600K)", [("BRAF", MUT, N, {})]),
    ],
    "background_share_carrying": [
        ("Roughly 15% of pancreatic adenocarcinomas harbour a KRAS G12R variant.", []),
        ("About 5% of non-small cell lung cancers carry an ALK rearrangement.", []),
        ("Some 12% of ovarian cancer patients have a germline BRCA1 or BRCA2 variant.", []),
    ],
    "share_before_its_bracketed_cutoff": [
        (
            "PD-L1 (28-8): tumour cell staining 5% (>= 1%: positive)",
            [("PD-L1", EXPR, P, {"percent": 5.0})],
        ),
        (
            "PD-L1 (SP263): membranous staining in 30% of tumour cells (cut-off 1%)",
            [("PD-L1", EXPR, P, {"percent": 30.0})],
        ),
        (
            "PD-L1 SP263: tumour cells 0% (>= 1% positive)",
            [("PD-L1", EXPR, N, {"percent": 0.0})],
        ),
    ],
    "cutoff_column_heading": [
        (
            "Marker   Clone   Result   Cut-off\nPD-L1   SP263   tumour cells 20%   1%\n"
            "HER2   4B5   score 3+   -",
            [
                ("PD-L1", EXPR, P, {"percent": 20.0}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
        ),
        (
            "Stain Clone Finding Trial threshold\nMesothelin SP74 positive, 60% of cells >= 50%\n"
            "ER SP1 negative n/a",
            [("Mesothelin", EXPR, P, {"percent": 60.0}), ("ER", EXPR, N, {})],
        ),
    ],
    "positivity_to_be_confirmed": [
        ("Any ALK immunostain positivity must be confirmed by FISH before treatment.", []),
        ("ROS1 immunostaining positivity requires confirmation by an orthogonal method.", []),
        ("pan-TRK positivity needs molecular confirmation (NTRK fusion testing).", []),
    ],
    "gene_heading_starts_its_list": [
        (
            "RAS / BRAF MUTATION ANALYSIS (PCR)\nKRAS\nCODONS TESTED: G12C G12D G13D\n"
            "RESULT: NONE OF THE ABOVE MUTATIONS WERE DETECTED",
            [("KRAS", MUT, N, {})],
        ),
        (
            "BRAF and NRAS hotspot panel\nNRAS\nCodons tested: G12D, Q61K\n"
            "None of these mutations were found.",
            [("NRAS", MUT, N, {})],
        ),
    ],
    "methods_below_a_labelled_result": [
        (
            "BRAF\nCODON TESTED: V600E/E2/D\nRESULT: V600E DETECTED\n"
            "THIS ASSAY WAS VALIDATED ON FFPE TISSUE ONLY.",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "BRAF\nResult: V600E detected\nLIMIT OF DETECTION APPROX. 5% MUTANT ALLELE.",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    "gene_before_its_band": [
        (
            "PROBE 3: RET (10q11.2) BREAK-APART\nNUCLEI SCORED: 60 SPLIT SIGNALS: 3 (5%)\n"
            "RESULT: NOT REARRANGED",
            [("RET", FUS, N, {})],
        ),
        (
            "Probe: RET (10q11) dual colour\nResult: rearranged in 34% of nuclei (positive)",
            [("RET", FUS, P, {})],
        ),
    ],
    "labelled_verdict_line_alone": [
        (
            "Probe 2: RET (10q11.2) break-apart\nNuclei scored: 100; split signals: 6 (6%)\n"
            "Result: not rearranged\n"
            "A case is called positive when more than 15% of nuclei show split signals.",
            [("RET", FUS, N, {})],
        ),
        (
            "RET break-apart FISH\nResult: negative\n"
            "A sample is considered positive when 15% or more of nuclei are split.",
            [("RET", FUS, N, {})],
        ),
    ],
    "tested_part_in_brackets": [
        (
            "RAS/RAF status: NRAS (exons 2, 3 and 4), HRAS and BRAF (including codon 600) are "
            "wild type.",
            [("NRAS", MUT, N, {}), ("HRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "KRAS (codons 12, 13 and 61) and NRAS (exons 2-4) were wild type.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    "short_variant_abbreviations": [
        (
            "No variant detected in: AKT1 (E17K); ERBB2 (SNVs and amplification); PTEN.",
            [("HER2", MUT, N, {}), ("HER2", AMP, N, {})],
        ),
        (
            "No alterations detected: MET (indels, copy number), KRAS (SNVs).",
            [("MET", MUT, N, {}), ("MET", AMP, N, {}), ("KRAS", MUT, N, {})],
        ),
    ],
    "stain_verdict_before_a_named_variant": [
        (
            "Loss of MLH1 and PMS2 with BRAF V600E suggests a sporadic cancer.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "Loss of MLH1 expression, together with BRAF V600E, argues against Lynch syndrome.",
            [("MLH1", EXPR, N, {})],
        ),
    ],
    "variant_under_a_stain_heading": [
        (
            "Immunohistochemistry\nATRX: retained. IDH1 R132H: negative.",
            [("IDH1", EXPR, N, {"alteration": "R132H"})],
        ),
        (
            "IHC results:\nBRAF V600E: positive\nMolecular\nKRAS G12D: detected",
            [("BRAF", EXPR, P, {}), ("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    "status_word_inside_another_name": [
        (
            "MSI-High   Not detected   TMB   6.3 mut/Mb",
            [("MSI", SIG, N, {}), ("TMB", SIG, R, {"value": "6.3 mut/Mb"})],
        ),
        (
            "MSI-H  absent  TMB  3 mut/Mb",
            [("MSI", SIG, N, {}), ("TMB", SIG, R, {"value": "3 mut/Mb"})],
        ),
    ],
    "denying_heading_with_its_place": [
        (
            "Not detected in this sample\nAlteration class Genes\nSNVs / indels KRAS, BRAF\n"
            "Fusions ALK, ROS1, NTRK1",
            [
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("NTRK", FUS, N, {}),
            ],
        ),
        (
            "No alterations detected\nType   Genes tested\nPoint mutations   EGFR, KRAS\n"
            "Rearrangements   ALK, RET",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Not detected in the plasma:\nMutations: NRAS, BRAF\nAmplifications: ERBB2, MET",
            [("NRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("HER2", AMP, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    "column_header_under_a_denying_heading": [
        (
            "Not detected in this specimen\nGroup   Genes assessed\nMutations   EGFR, KRAS\n"
            "Fusions   ALK, RET",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Not detected\nClass   Genes\nSNVs / indels   NRAS, BRAF",
            [("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    "sequenced_row_above_a_note": [
        (
            "KRAS p.Gly12Val c.35G>T 8.1\nTP53 p.Arg175His c.524G>A 12,\n"
            "KRAS mutations are commonly associated with poor response.",
            [("KRAS", MUT, P, {"alteration": "G12V"}), ("TP53", MUT, P, {"alteration": "R175H"})],
        ),
        (
            "PIK3CA   p.His1047Arg   c.3140A>G   4.4,\n"
            "This assay was validated for plasma samples only.",
            [("PIK3CA", MUT, P, {"alteration": "H1047R"})],
        ),
    ],
    "criteria_on_another_row_above": [
        (
            "Antibody Clone Finding Interpretation\nPD-L1 SP142 immune cells 2% of tumour area "
            "Below cut-off (IC >= 5%): PD-L1 negative\nHER2 4B5 strong complete staining, >10% "
            "of cells Score 3+ (positive)",
            [("PD-L1", EXPR, N, {}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "Stain   Finding   Interpretation\nPD-L1 (22C3)   TPS 0%   "
            "Below threshold (TPS >= 1%): PD-L1 negative\n"
            "ER   nuclear staining, >95% of cells   Positive",
            [("PD-L1", EXPR, N, {"percent": 0.0}), ("ER", EXPR, P, {})],
        ),
    ],
    "verdict_after_its_cutoff_label": [
        ("Below cut-off (IC >= 5%): PD-L1 negative", [("PD-L1", EXPR, N, {})]),
        ("Above the threshold (CPS >= 10): PD-L1 positive", [("PD-L1", EXPR, P, {})]),
    ],
    "change_column_before_the_gene": [
        (
            "Alterations found\nAlteration   Gene   % cfDNA\np.Leu858Arg (exon 21)   EGFR   3.4%\n"
            "Amplification   MET   CN 2.8\nNo other changes.",
            [
                ("EGFR", MUT, P, {"alteration": "L858R"}),
                ("MET", AMP, P, {"alteration": "amplification"}),
            ],
        ),
        (
            "Variant   Gene   VAF\np.Gly12Cys   KRAS   14%\nc.1799T>A p.(Val600Glu)   BRAF   9%\n"
            "Comment: none.",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "changes_a_verdict_covered": [
        ("BRAF: detected (V600E).", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        (
            "KRAS: not detected. BRAF V600E: detected.",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    "background_share_carrying": [
        (
            "ALK rearrangement: not detected. About 10% of lung adenocarcinomas carry a KRAS "
            "G12C variant.",
            [("ALK", FUS, N, {})],
        ),
        (
            "PR: positive, 40% of tumour cells have nuclear staining.",
            [("PR", EXPR, P, {"percent": 40.0})],
        ),
    ],
    "share_before_its_bracketed_cutoff": [
        # a legend: bounds and classes, no measured share
        ("PD-L1 TPS < 1%: no expression; 1-49%: low; >= 50%: high.", []),
        (
            "PD-L1 22C3 TPS 60% (high expression)",
            [("PD-L1", EXPR, P, {"percent": 60.0})],
        ),
    ],
    "cutoff_column_heading": [
        # a sentence about the threshold, no header: still criteria
        ("The PD-L1 threshold for pembrolizumab in this setting is a TPS of 50%.", []),
        ("A threshold of 10 mut/Mb defines TMB-high.", []),
    ],
    "positivity_to_be_confirmed": [
        (
            "ALK (D5F3): negative. ROS1 positivity should be verified by sequencing.",
            [("ALK", EXPR, N, {})],
        ),
        ("ROS1 immunostaining positivity requires other tests.", [("ROS1", EXPR, P, {})]),
    ],
    "gene_heading_starts_its_list": [
        (
            "The panel covers EGFR exon 19 deletions, L858R and T790M.\n"
            "None of the above mutations was detected.",
            [("EGFR", MUT, N, {})],
        ),
        (
            "Codons 12, 13 and 61 of the KRAS gene were analysed. None of these mutations were "
            "detected.",
            [("KRAS", MUT, N, {})],
        ),
    ],
    "methods_below_a_labelled_result": [
        ("The limit of detection for KRAS variants is 2% of reads.", []),
        ("Method: real-time PCR for BRAF V600E, limit of detection 5%.", []),
    ],
    "gene_before_its_band": [
        ("The state code is RET (10 of 12 entries).", []),
        (
            "MET (7q31) / CEP7 ratio 1.1: not amplified",
            [("MET", AMP, N, {"ratio": 1.1})],
        ),
    ],
    "labelled_verdict_line_alone": [
        (
            "ALK break-apart FISH\nResult: rearranged in 30% of nuclei\n"
            "Cut-off for positivity: 15%.",
            [("ALK", FUS, P, {})],
        ),
        (
            "Result: HER2 not amplified\nHER2/CEP17 ratio 1.3; mean HER2 copy number 2.9.",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
    ],
    "tested_part_in_brackets": [
        (
            "KRAS (exon 2) G12D detected, and BRAF negative.",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("BRAF", MUT, N, {})],
        ),
        (
            "EGFR (exons 18-21): L858R detected. KRAS: wild type.",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("KRAS", MUT, N, {})],
        ),
    ],
    "short_variant_abbreviations": [
        (
            "Not detected: ERBB2 (mutations and amplification), KRAS.",
            [("HER2", MUT, N, {}), ("HER2", AMP, N, {}), ("KRAS", MUT, N, {})],
        ),
        (
            "Negative: ALK (fusions); MET (amplification).",
            [("ALK", FUS, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    "stain_verdict_before_a_named_variant": [
        (
            "Loss of MLH1, PMS2 and BRAF V600E immunostaining.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {}), ("BRAF", EXPR, N, {})],
        ),
        (
            "Loss of MLH1 and PMS2, with a BRAF V600E mutation detected by sequencing.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("BRAF", MUT, P, {"alteration": "V600E"}),
            ],
        ),
    ],
    "variant_under_a_stain_heading": [
        ("Sequencing\nIDH1 R132H: not detected", [("IDH1", MUT, N, {"alteration": "R132H"})]),
        (
            "Molecular results\nBRAF V600E: detected (VAF 20%)",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    "status_word_inside_another_name": [
        (
            "MSI-High: not detected   TMB 12 mut/Mb (high; cut-off 10)",
            [("MSI", SIG, N, {}), ("TMB", SIG, P, {"value": "12 mut/Mb"})],
        ),
        (
            "HER2 IHC 1+ Negative ER 95%",
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("ER", EXPR, P, {"percent": 95.0})],
        ),
    ],
    "denying_heading_with_its_place": [
        (
            "Not detected\nMutations   KRAS, BRAF\nFusions   ALK, ROS1",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "KRAS G12D detected (VAF 12%).\n\nNot detected in this sample\nFusions   ALK, ROS1",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
    ],
    "column_header_under_a_denying_heading": [
        # a header line that is itself a class's row is read as a row
        (
            "Not detected\nMutations   KRAS, BRAF\nFusions   ALK, ROS1",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("ALK", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        # a sentence under the heading is no header: nothing under it is a class's row
        ("Not detected\nSee the comment below.\nKRAS G12D was found.", [("KRAS", MUT, P, {})]),
    ],
    "sequenced_row_above_a_note": [
        ("The panel detects KRAS p.Gly12Val c.35G>T and others.\nThis assay was validated.", []),
        ("KRAS p.Gly12Val mutations are commonly associated with poor response.", []),
    ],
    "criteria_on_another_row_above": [
        # a legend's rows: the lower row's own words define its verdict
        ("Marker   Rule\nPD-L1   positive if TPS >= 1%\nER   1% or more is positive", []),
        (
            "Antibody   Result\nPD-L1   CPS 4, under the cut-off of CPS >= 10\n"
            "HER2   Score 0 (negative)",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
    "verdict_after_its_cutoff_label": [
        ("Above the threshold (CPS >= 10), PD-L1 is considered positive.", []),
        ("The cut-off (TPS >= 50%) applies to PD-L1 high expression.", []),
    ],
    "change_column_before_the_gene": [
        (
            "Alteration  Gene  Result\nexon 19 deletion  EGFR  not detected",
            [("EGFR", MUT, N, {"alteration": "exon 19 deletion"})],
        ),
        (
            "Gene   Variant   VAF\nKRAS   p.Gly12Asp   22%\nTP53   p.Arg273His   30%",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("TP53", MUT, P, {"alteration": "R273H"})],
        ),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


SPACES = " " * 3000


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        pytest.param(_SHARE_BEFORE_BRACKET, "TPS 5%" + SPACES + "x(", id="share-before-bracket"),
        pytest.param(_TESTED_PART_NOTE, "(exons" + SPACES + "2", id="tested-part-note"),
        pytest.param(_PART_NOTE_JOIN, SPACES + "x", id="part-note-join"),
        pytest.param(_BAND_AFTER, SPACES + "(10q11.2", id="band-after"),
        pytest.param(_GENE_HEADING_LINE, "KRAS" + SPACES + "x", id="gene-heading-line"),
        pytest.param(_COLUMN_HEADER, "Class" + SPACES + "x\n", id="column-header"),
        pytest.param(_SHORT_WORDS_LINE, "Class" + SPACES + "1\n", id="short-words-line"),
        pytest.param(_CHANGE_FIRST_HEADER, "Alteration" + SPACES + "x", id="change-first-header"),
        pytest.param(_KIND_CELL, "Amplification" + SPACES + "x", id="kind-cell"),
        pytest.param(_CUTOFF_LABEL_GAP, SPACES + "x", id="cutoff-label-gap"),
    ],
)
def test_long_runs_of_spaces_are_read_whole(pattern: re.Pattern[str], text: str) -> None:
    """The new expressions take a 3,000-space run whole and find nothing in it."""
    assert pattern.search(text) is None


def test_a_long_run_of_spaces_in_a_page_is_read() -> None:
    """A page with a 3,000-space run between a name and its verdict still reads."""
    read_text("BRAF:" + SPACES + "not detected (V600E and K601E)\nRET (10q11.2)" + SPACES + "x")
