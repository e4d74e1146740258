"""Allele fractions read from a sequencing report's variant table."""

from extractors.markers import extract_markers
from extractors.markers.ratios import named_ratios
from extractors.markers.variant_tables import allele_fractions
from extractors.text_document import document_from_text
from schemas.markers import Marker

TABLE = (
    "Gene Effect Variant Transcript VAF Comment\n"
    "KRAS missense c.35G>T; p.Gly12Val NM_004985.5 0.41 Targeted therapy\n"
    "PIK3CA missense c.3140A>G; p.His1047Arg NM_006218.4 12.5 -\n"
)


def test_a_row_gives_the_number_after_its_variant_under_the_fraction_column():
    assert allele_fractions(TABLE) == {Marker.KRAS: "VAF 0.41", Marker.PIK3CA: "VAF 12.5%"}


def test_a_depth_column_before_the_fraction_column_is_skipped():
    text = "Gene Protein Depth VAF\nBRAF p.V600E 350 18\n"
    assert allele_fractions(text) == {Marker.BRAF: "VAF 18%"}


def test_no_fraction_column_no_fraction():
    assert allele_fractions("Gene Variant Depth\nBRAF p.V600E 350\n") == {}


def test_a_detected_variant_takes_its_fraction_as_value():
    text = TABLE + "\nInterpretation: a missense mutation was detected in KRAS (p.G12V).\n"
    (kras,) = [r for r in extract_markers(document_from_text(text)) if r.marker is Marker.KRAS]
    assert (kras.status.value, kras.alteration, kras.value) == ("positive", "G12V", "VAF 0.41")


def test_a_ratio_written_with_the_gene_name_fills_an_ish_result_without_one():
    doc = document_from_text(
        "EGFR FISH STUDIES ON THE CARCINOMA ARE NEGATIVE.\nCells analyzed: 60\f"
        "Ratio EGFR/CEP7: 1.10\nPolysomy: 0%\n"
    )
    (egfr,) = extract_markers(doc)
    assert (egfr.aspect.value, egfr.status.value, egfr.ratio) == ("amplification", "negative", 1.1)


def test_cut_offs_and_two_different_ratios_fill_nothing():
    assert named_ratios("A HER2/CEP17 ratio of >2.2 is amplified; HER2/CEP17 2.0 or more") == {}
    doc = document_from_text(
        "HER2 FISH: not amplified.\nBlock A: HER2/CEP17: 1.2\nBlock B: HER2/CEP17: 1.6\n"
    )
    assert [r.ratio for r in extract_markers(doc)] == [None]
