"""Lists of genes without a finding: where such a list ends."""

from extractors.markers import extract_markers
from extractors.text_document import document_from_text


def _given(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.marker.value, r.aspect.value, r.status.value)
        for r in extract_markers(document_from_text(text))
    }


def test_a_list_in_columns_ends_at_a_row_with_a_protein_change():
    text = "No reportable alterations in the following genes:\nNRAS  HRAS\nKRAS G12D  31%\n"
    assert _given(text) == {
        ("NRAS", "mutation", "negative"),
        ("HRAS", "mutation", "negative"),
        ("KRAS", "mutation", "positive"),
    }


def test_a_list_in_columns_ends_at_a_line_of_other_words_in_capitals():
    text = "Not detected: KRAS, NRAS\nER AND PR STUDIES WILL FOLLOW IN AN ADDENDUM\n"
    assert _given(text) == {("KRAS", "mutation", "negative"), ("NRAS", "mutation", "negative")}


def test_a_list_on_its_line_goes_on_over_the_next_line_of_genes_only():
    text = "No alterations were detected in the following genes: BRCA1 BRCA2 EGFR\nIDH1 IDH2 NRAS\n"
    assert {marker for marker, _, _ in _given(text)} == {
        "BRCA1", "BRCA2", "EGFR", "IDH1", "IDH2", "NRAS"
    }  # fmt: skip


def test_a_panel_list_under_no_finding_phrase_states_nothing():
    text = "Genes on the panel:\nAR  BRAF  BRCA1\nEGFR  KRAS  MET\n"
    assert _given(text) == set()


def test_a_named_variant_in_a_list_of_negatives_keeps_its_name():
    (egfr,) = extract_markers(document_from_text("NEGATIVE - No evidence of EGFRvIII mutation"))
    assert (egfr.status.value, egfr.alteration) == ("negative", "EGFRvIII")


def test_a_first_cell_of_genes_that_wraps_gives_its_rows_result_to_every_gene():
    text = (
        "Biomarker   Method   Result\n"
        "ALK, ROS1,   RNA sequencing   Fusion not detected\n"
        "NTRK1, NTRK2, NTRK3,\nRET\n"
        "KRAS   DNA sequencing   G12C detected\n"
    )
    assert _given(text) == {
        ("ALK", "fusion", "negative"),
        ("ROS1", "fusion", "negative"),
        ("NTRK", "fusion", "negative"),
        ("RET", "fusion", "negative"),
        ("KRAS", "mutation", "positive"),
    }


def test_a_wrapped_cell_reads_only_lines_of_names():
    text = "EGFR, BRAF,   Seq   Mutation not detected\nKRAS p.G12V 14%\n"
    assert _given(text) == {
        ("EGFR", "mutation", "negative"),
        ("BRAF", "mutation", "negative"),
        ("KRAS", "mutation", "positive"),
    }


def test_lines_of_genes_with_the_exons_or_codons_tested_go_on_the_list():
    text = (
        "No mutations were detected in:\n"
        "KRAS exon 2 (codons 12/13), exon 3 (codon 61), exon 4 (codon 146)\n"
        "NRAS exons 2, 3 and 4\n"
        "BRAF exon 15 (codon 600)\n"
        "Comment: tumour content 40%\n"
    )
    assert _given(text) == {
        ("KRAS", "mutation", "negative"),
        ("NRAS", "mutation", "negative"),
        ("BRAF", "mutation", "negative"),
    }


def test_a_line_of_genes_with_a_variant_is_no_line_of_the_list():
    text = "Not detected:\nNRAS exon 3\nKRAS exon 2 G12D 31%\n"
    assert _given(text) == {("NRAS", "mutation", "negative"), ("KRAS", "mutation", "positive")}


def test_a_gene_after_a_bracketed_note_in_a_list_is_still_a_gene():
    text = "Not detected: ALK (fusion), ROS1 (fusion), RET (fusion), MET (exon 14 skipping)"
    assert _given(text) == {
        ("ALK", "fusion", "negative"),
        ("ROS1", "fusion", "negative"),
        ("RET", "fusion", "negative"),
        ("MET", "mutation", "negative"),
    }
