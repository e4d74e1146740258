"""Kinds of genomic-report wording the blind probe showed the extractor missing or misreading.

Every example here is written for the kind it names, in words of its own: none is a probe or a
corpus sentence. Each kind has two wordings or more, and the counter-examples it must not catch.
"""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text


def _found(text: str) -> set[tuple[str, str, str, str | None]]:
    """Marker, aspect, status and alteration of every result the text gives."""
    return {
        (r.marker.value, r.aspect.value, r.status.value, r.alteration)
        for r in extract_markers(document_from_text(text))
    }


def _values(text: str) -> dict[str, str | None]:
    return {r.marker.value: r.value for r in extract_markers(document_from_text(text))}


# --- rows that start with a bullet sign: '> KRAS ...', '» NRAS ...' -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "FINDINGS\n"
            "> KRAS    c.35G>T    p.Gly12Val   exon 2   VAF 18.2 %   Pathogenic\n"
            "> PIK3CA  c.1624G>A  p.Glu542Lys  exon 10  VAF 9.0 %    Likely pathogenic\n",
            {
                ("KRAS", "mutation", "positive", "G12V"),
                ("PIK3CA", "mutation", "positive", "E542K"),
            },
            id="greater-than-sign-bullets",
        ),
        pytest.param(
            "Somatic variants\n» NRAS p.Q61R (c.182A>G)  12%\n» TP53 p.R175H (c.524G>A)  30%\n",
            {("NRAS", "mutation", "positive", "Q61R"), ("TP53", "mutation", "positive", "R175H")},
            id="guillemet-bullets",
        ),
        pytest.param(
            "> MET  c.3082+2T>C  splice donor  VAF 22 %  Pathogenic\n",
            {("MET", "mutation", "positive", "c.3082+2T>C")},
            id="a-word-like-gene-symbol-after-a-bullet",
        ),
        pytest.param(
            "> BRCA2  c.1114A>C  p.Asn372His  VAF 48 %  Benign\n",
            set(),
            id="a-bulleted-benign-row-states-nothing",
        ),
    ],
)
def test_bulleted_variant_rows_are_rows(text, expected):
    assert _found(text) == expected


# --- a row that names its gene again after the variant: 'EGFR  S768I (EGFR exon 20)' ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene   Variant                  VAF\nEGFR   S768I (EGFR exon 20)     11%\n",
            ("S768I", "VAF 11%"),
            id="gene-and-exon-in-brackets",
        ),
        pytest.param(
            "Detected variants\nEGFR  G719S  (EGFR exon 18 hotspot)  allele fraction 7.5%\n",
            ("G719S", "VAF 7.5%"),
            id="gene-exon-and-note-in-brackets",
        ),
    ],
)
def test_a_row_that_repeats_its_gene_after_the_variant_is_still_a_row(text, expected):
    (egfr,) = extract_markers(document_from_text(text))
    assert (egfr.status.value, egfr.alteration, egfr.value) == ("positive", *expected)


# --- two variants of one gene: two results -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene  Change                                  % cfDNA\n"
            "EGFR  L747_T751del (exon 19 deletion)         2.2\n"
            "EGFR  C797S                                   0.4\n",
            {("L747_T751del", "VAF 2.2%"), ("C797S", "VAF 0.4%")},
            id="a-deletion-and-a-resistance-change-in-a-table",
        ),
        pytest.param(
            "Pathogenic variants: PIK3CA p.E545K (VAF 12%); PIK3CA p.H1047L (VAF 4%)\n",
            {("E545K", "VAF 12%"), ("H1047L", "VAF 4%")},
            id="two-changes-in-a-list",
        ),
    ],
)
def test_two_variants_of_one_gene_are_two_results(text, expected):
    results = extract_markers(document_from_text(text))
    assert {(r.alteration, r.value) for r in results} == expected


def test_one_variant_named_twice_in_a_report_is_one_result():
    text = "Summary: EGFR exon 19 deletion detected.\nEGFR  p.E746_A750del  VAF 31%\n"
    (egfr,) = extract_markers(document_from_text(text))
    assert (egfr.status.value, egfr.value) == ("positive", "VAF 31%")
