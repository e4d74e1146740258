"""Sequencing rows that state an amplification with its copy number, or a fusion by its partner."""

import pytest

from tests.extractors.markers.kind_tables import named_cases, named_texts, read_text


def _given(text: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {
        (r.marker.value, r.aspect.value, r.status.value, r.alteration, r.value)
        for r in read_text(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "copy-number-abbreviated-in-its-own-cell": (
                "MET   Amplification   CN 12\n",
                {("MET", "amplification", "positive", "amplification", "copy number 12")},
            ),
            "copy-number-in-brackets-after-the-verdict": (
                "ERBB2 amplified (copy number 9)\n",
                {("HER2", "amplification", "positive", "amplification", "copy number 9")},
            ),
            "bare-number-under-a-copy-number-header": (
                "Gene   Alteration   Copy Number\n"
                "ERBB2  Amplification  22\nMET    Amplification  8\n",
                {
                    ("HER2", "amplification", "positive", "amplification", "copy number 22"),
                    ("MET", "amplification", "positive", "amplification", "copy number 8"),
                },
            ),
            "an-item-of-a-list-of-amplifications": (
                "FGFR3 amplification; ERBB2 amplification (CN 18)\n",
                {("HER2", "amplification", "positive", "amplification", "copy number 18")},
            ),
            "copies-after-the-number": (
                "EGFR gene amplification, 30 copies\n",
                {("EGFR", "amplification", "positive", "amplification", "copy number 30")},
            ),
        }
    ),
)
def test_an_amplification_with_its_copy_number_is_a_finding(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "denied": "MET amplification: not detected (copy number 2)\n",
            "a-cut-off-no-count": "ERBB2 amplification (copy number >= 6 required)\n",
            "a-list-of-what-is-covered": "Amplifications reported for: MET  ERBB2\n",
        }
    ),
)
def test_an_amplification_row_without_a_count_or_denied_gives_no_positive(text):
    assert not any(status == "positive" for _, _, status, _, _ in _given(text))


def test_an_ish_result_with_a_copy_number_stays_the_statement_readers():
    (her2,) = read_text("HER2 amplified, average HER2 copy number 6.5, ratio 3.1\n")
    assert (her2.status.value, her2.ratio, her2.value) == ("positive", 3.1, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "partner-fusion-with-its-share": (
                "Gene Fusions\nKIF5B-RET fusion   0.4%\n",
                {("RET", "fusion", "positive", "KIF5B-RET", None)},
            ),
            "double-colon-with-reads": (
                "TPM3::NTRK1   supporting reads: 154\n",
                {("NTRK", "fusion", "positive", "TPM3-NTRK1", None)},
            ),
            "classified-fusion": (
                "ETV6-NTRK3 fusion, pathogenic (Tier I)\n",
                {("NTRK", "fusion", "positive", "ETV6-NTRK3", None)},
            ),
        }
    ),
)
def test_a_fusion_named_by_its_partner_and_found_is_a_finding(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "coverage": "The assay detects fusions such as EML4-ALK and KIF5B-RET.\n",
            "no-sign-it-was-found": "Alteration   Type\nCD74-ROS1   Fusion\n",
        }
    ),
)
def test_a_named_fusion_without_a_sign_it_was_found_states_nothing(text):
    assert _given(text) == set()
