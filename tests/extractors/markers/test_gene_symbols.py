"""Gene symbols that are also words (AR, MET, RET) name a gene only where a gene stands."""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text

MUT, AMP, FUS, EXPR = "mutation", "amplification", "fusion", "expression"
P, N = "positive", "negative"


def _given(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.marker.value, r.aspect.value, r.status.value)
        for r in extract_markers(document_from_text(text))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Alteration   Therapies   VAF\nAR T878A   Enzalutamide   4.1%\n",
            {("AR", MUT, P)},
            id="before-its-protein-change-in-a-variant-row",
        ),
        pytest.param(
            "Gene Variant Allele fraction\nMET p.(Asp1028Asn) 0.22\n",
            {("MET", MUT, P)},
            id="before-a-three-letter-protein-change",
        ),
        pytest.param(
            "No reportable alterations in: KRAS, RET, NRAS",
            {("KRAS", MUT, N), ("RET", FUS, N), ("NRAS", MUT, N)},
            id="between-other-genes-of-a-comma-list",
        ),
        pytest.param(
            "The following genes were tested and no mutations were detected: BRCA2 AR PTEN1",
            {("BRCA2", MUT, N), ("AR", MUT, N)},
            id="beside-a-gene-of-a-space-list",
        ),
        pytest.param(
            "Biomarker   Method   Result\nMET   NGS   Amplification not detected\n"
            "AR   IHC   Negative\n",
            {("MET", AMP, N), ("AR", EXPR, N)},
            id="first-on-a-row-with-a-test-and-a-result",
        ),
    ],
)
def test_a_symbol_where_a_gene_stands_is_a_name(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ALL CRITERIA MET. KRAS: mutation not detected", id="criteria-met"),
        pytest.param("Send copies to Little Rock, AR 72201. EGFR: negative", id="a-state-code"),
        pytest.param("RET. PATHOLOGIST. BRAF V600E: not detected", id="an-abbreviation"),
    ],
)
def test_the_same_letters_as_a_word_name_no_gene(text):
    assert not {marker for marker, _, _ in _given(text)} & {"AR", "MET", "RET"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BRCA1/2 sequencing: no pathogenic variant detected",
            {("BRCA1", MUT, N), ("BRCA2", MUT, N)},
            id="two-genes-of-one-stem",
        ),
        pytest.param(
            "Not detected: IDH1/2, KRAS",
            {("IDH1", MUT, N), ("IDH2", MUT, N), ("KRAS", MUT, N)},
            id="in-a-list",
        ),
        pytest.param(
            "NTRK1/2/3 fusion: negative", {("NTRK", FUS, N)}, id="one-marker-of-three-genes"
        ),
    ],
)
def test_genes_of_one_stem_written_once_are_each_named(text, expected):
    assert _given(text) == expected


def test_egfr_variant_iii_names_egfr_and_its_alteration():
    (egfr,) = extract_markers(document_from_text("EGFRvIII (RT-PCR): detected"))
    assert (egfr.marker.value, egfr.status.value, egfr.alteration) == ("EGFR", P, "EGFRvIII")
    (egfr,) = extract_markers(document_from_text("EGFR variant III: not detected"))
    assert (egfr.status.value, egfr.alteration) == (N, "EGFRvIII")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No reportable alterations in ERBB2, MET, RET.",
            {("HER2", MUT, N), ("MET", MUT, N), ("RET", FUS, N)},
            id="two-word-like-symbols-after-a-gene",
        ),
        pytest.param(
            "Not detected: KRAS, MET, RET, AR",
            {("KRAS", MUT, N), ("MET", MUT, N), ("RET", FUS, N), ("AR", MUT, N)},
            id="a-chain-of-three-after-one-gene",
        ),
    ],
)
def test_a_symbol_beside_a_symbol_that_names_a_gene_names_one_too(text, expected):
    assert _given(text) == expected
