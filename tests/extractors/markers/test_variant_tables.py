"""Variant rows of sequencing reports: each row's own alteration and allele fraction."""

import pytest

from extractors.markers import extract_markers
from extractors.markers.ratios import named_ratios
from extractors.text_document import document_from_text
from schemas.markers import Marker, MarkerResult

TABLE = (
    "Gene Effect Variant Transcript VAF Comment\n"
    "KRAS missense c.35G>T; p.Gly12Val NM_004985.5 0.41 Targeted therapy\n"
    "PIK3CA missense c.3140A>G; p.His1047Arg NM_006218.4 12.5 -\n"
)


def _found(text: str) -> dict[str, MarkerResult]:
    return {r.marker.value: r for r in extract_markers(document_from_text(text))}


def _variants(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        r.marker.value: (r.alteration, r.value)
        for r in extract_markers(document_from_text(text))
        if r.aspect.value == "mutation" and r.status.value == "positive"
    }


def test_a_row_gives_the_number_after_its_variant_under_the_fraction_column():
    assert _variants(TABLE) == {"KRAS": ("G12V", "VAF 0.41"), "PIK3CA": ("H1047R", "VAF 12.5%")}


def test_a_depth_column_before_the_fraction_column_is_skipped():
    assert _variants("Gene Protein Depth VAF\nBRAF p.V600E 350 18\n") == {
        "BRAF": ("V600E", "VAF 18%")
    }


def test_an_exon_column_between_the_variant_and_the_fraction_is_skipped():
    text = "Gene Variant Exon Allele fraction Tier\nEGFR p.Leu858Arg 21 0.35 I\n"
    assert _variants(text) == {"EGFR": ("L858R", "VAF 0.35")}


def test_no_fraction_column_no_fraction():
    assert [
        r.value
        for r in extract_markers(document_from_text("Gene Variant Depth\nBRAF p.V600E 350\n"))
    ] == []


def test_a_detected_variant_takes_its_fraction_as_value():
    text = TABLE + "\nInterpretation: a missense mutation was detected in KRAS (p.G12V).\n"
    kras = _found(text)["KRAS"]
    assert (kras.status.value, kras.alteration, kras.value) == ("positive", "G12V", "VAF 0.41")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Alteration Therapies Trials % cfDNA\n"
            "BRAF V600E Dabrafenib, Trametinib Yes 1.5%\n"
            "TP53 R273C None No 0.7%\n",
            {"BRAF": ("V600E", "VAF 1.5%"), "TP53": ("R273C", "VAF 0.7%")},
            id="percent-of-cell-free-dna-column-after-yes-no-columns",
        ),
        pytest.param(
            "Gene  Protein change  Mutant allele frequency (%)  Classification\n"
            "KRAS  p.(Gly13Asp)  0.5  Pathogenic\n",
            {"KRAS": ("G13D", "VAF 0.5%")},
            id="fraction-column-in-percent-with-a-number-under-one",
        ),
        pytest.param(
            "Biomarker Variant % Reads Depth\nPIK3CA p.E542K 18.2 904\n",
            {"PIK3CA": ("E542K", "VAF 18.2%")},
            id="share-of-reads-column",
        ),
    ],
)
def test_columns_named_in_other_words_give_the_rows_fraction(text, expected):
    assert _variants(text) == expected


def test_each_row_keeps_its_own_fraction_when_a_gene_has_several_rows():
    text = (
        "Gene Variant VAF\nTP53 p.R248Q 31%\nTP53 p.Y220C 4%\n"
        "Clinical trials Yes No\nTP53 p.R248Q No trial 2.0%\n"
    )
    tp53 = [r for r in extract_markers(document_from_text(text)) if r.marker is Marker.TP53]
    assert {(r.alteration, r.value) for r in tp53} == {("R248Q", "VAF 31%"), ("Y220C", "VAF 4%")}


def test_a_bare_no_in_another_column_does_not_deny_the_row():
    text = "Gene Variant Trial VAF\nNRAS Q61R No 12%\nKRAS G12C not detected\n"
    found = _found(text)
    assert (found["NRAS"].status.value, found["NRAS"].value) == ("positive", "VAF 12%")
    assert found["KRAS"].status.value == "negative"


def test_a_protein_change_wrapped_to_the_next_line_keeps_the_fraction_of_the_genes_line():
    text = (
        "Gene Category Variant Transcript NAF Relevance\n"
        "NRAS missense c.182A>G; NM_002524.4 0.27 MEK inhibitors, clinical\n"
        "p.Gln61Arg trials\n"
    )
    assert _variants(text) == {"NRAS": ("Q61R", "NAF 0.27")}


def test_a_splice_variant_without_protein_change_is_a_row_of_its_own():
    text = (
        "Gene Consequence Variant Transcript VAF\n"
        "TP53 splice_donor c.375+1G>A; p.? NM_000546.5 0.48\n"
    )
    assert _variants(text) == {"TP53": ("c.375+1G>A", "VAF 0.48")}


def test_an_allele_fraction_is_a_value_never_a_percent_of_stained_cells():
    text = (
        "Gene: KRAS\nVariant: c.35G>A p.(Gly12Asp)\nAllele frequency: 23%\nClassification: Tier I\n"
    )
    kras = _found(text)["KRAS"]
    assert (kras.alteration, kras.percent) == ("G12D", None)


def test_p53_glued_to_the_digits_of_another_genes_variant_is_no_p53():
    assert "TP53" not in _found("Silent changes\nCTNNB1 R550R (3.2%), MPL P530P (0.3%)")


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


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        pytest.param("MSI-High          DETECTED", "positive", "MSI-H", id="class-named-detected"),
        pytest.param("Microsatellite status: MSI-High NOT DETECTED", "negative", None, id="denied"),
        pytest.param("Microsatellite instability: MS-Stable (MSS)", "negative", "MSS", id="stable"),
    ],
)
def test_a_microsatellite_class_is_the_value_only_where_the_result_agrees(text, status, value):
    (msi,) = extract_markers(document_from_text(text))
    assert (msi.status.value, msi.value) == (status, value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Variants of Uncertain Significance\nGene Variant VAF\n"
            "BRCA2 p.N372H 48%\nATM p.S49C 12%\n",
            id="heading-then-column-header",
        ),
        pytest.param(
            "Tier III variants\n\nGene Protein Coding Allele frequency\n"
            "PIK3CA p.R38H c.113G>A 22%\n",
            id="tier-heading-a-blank-line-and-a-header",
        ),
    ],
)
def test_rows_under_a_vus_heading_and_their_column_header_are_no_results(text):
    assert extract_markers(document_from_text(text)) == []


def test_a_table_after_a_vus_table_has_its_own_header_and_states_its_rows():
    text = (
        "Variants of uncertain significance\nGene Variant VAF\nBRCA2 p.N372H 48%\n\n"
        "Gene Variant VAF\nKRAS p.G12D 34%\n"
    )
    assert _variants(text) == {"KRAS": ("G12D", "VAF 34%")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BRCA2  c.5946delT  p.(Ser1982Argfs*22)  pathogenic\n",
            {"BRCA2": ("S1982Rfs*22", None)},  # one-letter form, as written
            id="three-letter-frameshift-with-its-new-amino-acid",
        ),
        pytest.param(
            "BRCA1 p.Q1756Pfs*74 Tier IB\n",
            {"BRCA1": ("Q1756Pfs*74", None)},
            id="one-letter-frameshift-under-a-lettered-tier",
        ),
        pytest.param(
            "KRAS  p.G12C  Tier IA\n", {"KRAS": ("G12C", None)}, id="tier-with-its-evidence-letter"
        ),
    ],
)
def test_frameshifts_and_lettered_tiers_state_their_variant(text, expected):
    assert _variants(text) == expected
