"""Each test is named after something that once went wrong, and holds it right."""

from extractors.markers import extract_markers
from extractors.text_document import document_from_text


def keys(text):
    return {
        (r.marker.value, r.aspect.value, r.status.value)
        for r in extract_markers(document_from_text(text))
    }


def test_a_percent_of_cells_column_header_is_not_a_positive_result():
    text = (
        "ALK FISH: NEGATIVE.\nNumber of cells analyzed: 61\n"
        "% of cells positive for the ALK rearrangement 1"
    )
    assert keys(text) == {("ALK", "fusion", "negative")}


def test_a_number_that_ends_a_sentence_is_still_a_value():
    (found,) = extract_markers(
        document_from_text("PROGESTERONE RECEPTOR: weakly positive, H-score: 45.")
    )
    assert found.value == "H-score 45"


def test_an_empty_tick_box_option_states_nothing():
    text = (
        "MLH1 (X) Staining present in tumor\n( ) Staining absent in tumor\n"
        "( ) Staining inconclusive"
    )
    assert keys(text) == {("MLH1", "expression", "positive")}


def test_a_scale_legend_in_brackets_is_not_a_result():
    text = (
        "HER2 IMMUNOHISTOCHEMISTRY [NEGATIVE: 0, 1+; EQUIVOCAL: 2+; POSITIVE: 3+]. "
        "SCORE. HER2. Equivocal. 2+."
    )
    assert keys(text) == {("HER2", "expression", "equivocal")}


def test_a_cut_off_legend_after_a_verdict_word_is_not_a_result():
    assert keys("Reference: PR. Negative < 10 Positive >= 10.") == set()


def test_references_do_not_state_results():
    text = (
        "REFERENCES\n"
        "Rodrig S, et al. Unique features characterize ALK-rearranged lung adenocarcinoma."
    )
    assert keys(text) == set()


def test_a_negative_codon_beside_a_detected_one_leaves_the_gene_mutated():
    text = "KRAS codon 12 mutation IDENTIFIED (Gly12Cys).\nKRAS codon 61 mutation NOT identified."
    assert keys(text) == {("KRAS", "mutation", "positive")}


def test_the_combined_her2_status_is_not_a_test_result():
    assert keys("HER2 status: Negative.") == set()


def test_a_verdict_under_a_result_heading_belongs_to_the_heading_marker():
    text = "EGFR Mutation Analysis\nRESULTS: No mutation detected"
    assert keys(text) == {("EGFR", "mutation", "negative")}


def test_an_ngs_variant_row_is_a_detected_mutation():
    (found,) = extract_markers(document_from_text("KRAS, c.38G>A; p.Gly13Asp, NM_004985.5:"))
    assert (found.marker.value, found.status.value, found.alteration) == (
        "KRAS",
        "positive",
        "G13D",
    )


def test_evidence_points_at_the_words_that_state_the_result():
    doc = document_from_text("Some text.\nKRAS: wild type")
    (found,) = extract_markers(doc)
    (evidence,) = found.evidence[:1]
    page = doc.pages[0]
    assert evidence.document == doc.sha256
    assert page.text[evidence.start : evidence.end] == evidence.text
    assert "KRAS" in evidence.text and "wild type" in evidence.text
    assert len(evidence.boxes) == len(page.words_in(evidence.start, evidence.end))


def only(text):
    (found,) = extract_markers(document_from_text(text))
    return found


def test_a_tmb_class_word_states_the_status():
    assert keys("Biomarker Call\nTMB TMB-L\n") == {("TMB", "signature", "negative")}
    assert keys("Biomarker Call\nTMB TMB-High\n") == {("TMB", "signature", "positive")}


def test_a_result_placed_against_a_reference_cohort_is_not_background():
    found = only(
        "Tumor mutational burden was 3.1 mutations per Mb, in the 40th percentile of the "
        "pan-cancer cohort, and is classified as TMB low."
    )
    assert (found.status.value, found.value) == ("negative", "3.1 mut/Mb")


def test_a_tmb_cut_off_is_not_the_measured_value():
    found = only("Tumor mutational burden: low (< 10 mutations/Mb)")
    assert found.value is None


def test_a_class_a_legend_designates_is_not_a_result():
    text = "Instability at one locus is designated MSI-L, at two or more loci MSI-H."
    assert keys(text) == set()


def test_a_methods_section_ends_at_a_capitals_heading_after_a_sentence():
    text = (
        "METHODS: Slides were stained on an automated platform. HER2 SYNOPTIC RESULTS.\n"
        "Block: B2. Interpretation: EQUIVOCAL. Intensity: 2+. % Tumor Staining: 30%."
    )
    found = only(text)
    assert (found.marker.value, found.status.value) == ("HER2", "equivocal")
    assert (found.ihc_score, found.percent) == ("2+", 30)


def test_equivocal_for_governs_the_marker_after_it():
    found = only("FISH: INDETERMINATE (EQUIVOCAL) FOR HER2 AMPLIFICATION.")
    assert (found.aspect.value, found.status.value) == ("amplification", "equivocal")


def test_one_end_of_a_ratio_range_is_not_the_ratio():
    text = (
        "Result: equivocal for HER2 amplification. A ratio of 1.8 to <2.2 is borderline. "
        "HER2/CEP17 ratio: 2.1"
    )
    found = only(text)
    assert found.ratio == 2.1


def test_a_field_line_ends_before_the_sentence_on_the_next_line():
    text = (
        "PROBE: LSI EGFR SpectrumOrange / CEP 7 SpectrumGreen Probe\n"
        "Hybridization on the tumour gave a ratio of EGFR to CEP7 of 1.3, no EGFR amplification."
    )
    found = only(text)
    assert (found.aspect.value, found.status.value, found.ratio) == (
        "amplification",
        "negative",
        1.3,
    )


def test_a_less_than_legend_line_is_not_a_result():
    assert keys("Ratio EGFR/CEP7:\nLess than 2.0: No EGFR amplification\n") == set()


def test_numbers_of_a_reference_range_are_not_the_result():
    found = only("HER2: NEGATIVE. Score: 1+. Reference Range: Negative 0 - 1+. Equivocal 2+.")
    assert (found.ihc_score, found.value) == ("1+", None)
    ki67 = only("Ki-67: LOW. Nuclei stained: 4. Reference range: Low <10%. High >20%.")
    assert (ki67.percent, ki67.value) == (4, None)


def test_a_bare_score_after_the_verdict_is_the_ihc_score():
    assert only("HER2/NEU: negative, 0\n").ihc_score == "0"
    assert only("HER2 (IHC): negative (1)\n").ihc_score == "1+"


def test_the_tail_of_a_signals_ratio_sentence_gives_the_ratio():
    text = (
        "HER2 FISH: amplified. The ratio of HER2 signals to chromosome 17 centromere signals "
        "was determined to be 2.40."
    )
    assert only(text).ratio == 2.4


def test_a_mutation_a_test_uncovered_in_a_gene_is_detected():
    found = only("Sequencing revealed a missense mutation in IDH1 (p.R132H).")
    assert (found.marker.value, found.status.value, found.alteration) == (
        "IDH1",
        "positive",
        "R132H",
    )
    assert keys("Testing for a mutation in BRAF was performed.") == set()
    assert keys("A mutation in NRAS codon 61 was not detected.") == {
        ("NRAS", "mutation", "negative")
    }


def test_an_aspect_word_on_the_marker_own_line_wins_over_the_line_above():
    text = "MARKER RESULT\nKRAS wild-type, no mutation\nALK by FISH, break apart: NEGATIVE\n"
    assert keys(text) == {("KRAS", "mutation", "negative"), ("ALK", "fusion", "negative")}


def test_ocr_misreads_of_a_digit_in_a_name_still_name_the_marker():
    assert keys("MSHE: normal phenotype\n") == {("MSH6", "expression", "positive")}
    assert keys("P§3 (immunohistochemical stain): Positive\n") == {
        ("TP53", "expression", "positive")
    }


def test_a_kit_named_after_approved_is_not_a_result_of_its_own():
    text = (
        "HER2 protein is weakly positive (2+) per the guidelines of the FDA-approved "
        "HercepTest this degree of overexpression is seen in both nodules."
    )
    assert keys(text) == {("HER2", "expression", "equivocal")}


def test_a_kit_cited_after_according_to_leaves_the_result_a_result():
    text = (
        "No amplification of HER2 is demonstrated by FISH, according to the guidelines of the "
        "approved HER2 DNA probe kit."
    )
    assert ("HER2", "amplification", "negative") in keys(text)
    assert keys("FISH was performed using the HER2 DNA probe kit.") == set()


def test_a_lesion_item_with_its_method_in_brackets_belongs_to_the_marker_above():
    text = (
        "HER2 (FISH): - Lesion 1: Non-amplified (ratio: 1.1). - Lesion 2: (IHC):\n"
        "negative (1+). - Ki67: 15%."
    )
    assert keys(text) >= {("HER2", "amplification", "negative"), ("HER2", "expression", "negative")}
    (ihc,) = [
        r
        for r in extract_markers(document_from_text(text))
        if r.aspect.value == "expression" and r.marker.value == "HER2"
    ]
    assert ihc.ihc_score == "1+"


def test_a_variant_row_never_takes_another_rows_alteration(corpus_dir):
    # Issue 13, defect 9: in a laboratory's variant table NTRK took AR's A412V from the row
    # above, though its own row reads p.Leu238Ile.
    from extractors import read_document

    path = corpus_dir / "files" / "202.orig.pdf"
    found = extract_markers(read_document(path.read_bytes(), path.name))
    alterations = {r.marker.value: r.alteration for r in found if r.aspect.value == "mutation"}
    assert alterations["NTRK"] == "L238I"
    assert alterations["AR"] == "A412V"
    assert alterations["NRAS"] == "G12D"
