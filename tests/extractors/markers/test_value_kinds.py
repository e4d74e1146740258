"""Stated values that belong to one result: a named score, its band, a value by its cut-off."""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text


def _results(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (
            result.marker.value,
            result.aspect.value,
            result.status.value,
            result.value,
            result.ihc_score.value if result.ihc_score else None,
        )
        for result in extract_markers(document_from_text(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PD-L1 (22C3): Combined Positive Score = 3",
            ("PD-L1", "expression", "positive", "CPS 3", None),
            id="combined-positive-score-spelled-out-after-an-equals-sign",
        ),
        pytest.param(
            "PD-L1 immunohistochemistry, CPS score = 2",
            ("PD-L1", "expression", "positive", "CPS 2", None),
            id="abbreviated-score-type-then-score-equals",
        ),
        pytest.param(
            "PD-L1 SP263 - TPS score: 0",
            ("PD-L1", "expression", "negative", "TPS 0", None),
            id="proportion-score-abbreviated-with-a-colon",
        ),
    ],
)
def test_a_named_pdl1_score_is_no_ihc_score(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PD-L1 (SP142): IC 1 (≥1% and <5%)",
            ("PD-L1", "expression", "positive", "IC 1", None),
            id="immune-cell-level-with-its-band-in-brackets",
        ),
        pytest.param(
            "PD-L1 SP142 immune cell score: IC0 (less than 1% of tumour area)",
            ("PD-L1", "expression", "negative", "IC 0", None),
            id="level-zero-with-its-band-in-words",
        ),
        pytest.param(
            "PD-L1 by immunohistochemistry: IC 2 [5-10%]",
            ("PD-L1", "expression", "positive", "IC 2", None),
            id="level-with-a-range-in-square-brackets",
        ),
        pytest.param(
            "PD-L1 SP142: TC 2 (≥5% and <50%)",
            ("PD-L1", "expression", "positive", "TC 2", None),
            id="tumour-cell-level-with-its-band",
        ),
        pytest.param(
            "PD-L1 (SP142) tumour cells: TC0 (<1%)",
            ("PD-L1", "expression", "negative", "TC 0", None),
            id="tumour-cell-level-zero-written-together",
        ),
    ],
)
def test_a_pdl1_score_level_is_the_value_its_band_explains_it(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TMB 14 mutations/Mb. Threshold for high TMB is 10 mutations/Mb.",
            ("TMB", "signature", "reported", "14 mut/Mb", None),
            id="threshold-sentence-after-the-value",
        ),
        pytest.param(
            "Tumor mutational burden: 3 mutations per megabase\n"
            "High TMB threshold: 10 mutations per megabase",
            ("TMB", "signature", "reported", "3 mut/Mb", None),
            id="threshold-line-under-the-value",
        ),
    ],
)
def test_a_threshold_statement_is_no_result_of_its_own(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TMB: 1.2 Muts/Mb (Low) Cutoff for TMB-High: >= 10",
            ("TMB", "signature", "negative", "1.2 mut/Mb", None),
            id="value-with-its-class-then-the-cut-off-for-high",
        ),
        pytest.param(
            "Tumour mutational burden 18 mutations per megabase (High); "
            "cut-off for TMB-high is 10 mutations/Mb",
            ("TMB", "signature", "positive", "18 mut/Mb", None),
            id="spelled-out-value-then-the-cut-off-after-a-semicolon",
        ),
        pytest.param(
            "TMB of 4 mut/Mb, below the 10 mut/Mb cut-off",
            ("TMB", "signature", "negative", "4 mut/Mb", None),
            id="value-below-the-cut-off",
        ),
        pytest.param(
            "TMB: 7 mut/Mb, under the threshold for TMB-high of 10 mut/Mb",
            ("TMB", "signature", "negative", "7 mut/Mb", None),
            id="value-under-the-threshold",
        ),
        pytest.param(
            "TMB 16 mutations/Mb, above the cut-off of 10 mutations/Mb",
            ("TMB", "signature", "positive", "16 mut/Mb", None),
            id="value-above-the-cut-off",
        ),
    ],
)
def test_a_value_before_its_cut_off_stands(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "TMB of 10 mut/Mb or more is the cut-off for high TMB.", id="bound-is-a-cut-off"
        ),
        pytest.param(
            "A TMB of at least 10 mutations/Mb is the threshold for TMB-high.",
            id="at-least-is-a-threshold",
        ),
    ],
)
def test_a_cut_off_stated_as_a_value_with_a_bound_is_no_result(text):
    assert _results(text) == []


def _amplification(text: str) -> list[tuple[str, str, float | None]]:
    return [
        (result.marker.value, result.status.value, result.ratio)
        for result in extract_markers(document_from_text(text))
        if result.aspect.value == "amplification"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "HER2 FISH: ratio 2.6, average copy number 6.1; AMPLIFIED",
            ("HER2", "positive", 2.6),
            id="ratio-and-copies-then-the-verdict-in-capitals",
        ),
        pytest.param(
            "MET FISH: MET/CEP7 ratio 2.4, mean MET copy number 5.2; amplified",
            ("MET", "positive", 2.4),
            id="another-gene-with-its-own-centromere-probe",
        ),
        pytest.param(
            "HER2 by SISH: HER2/CEP17 ratio 1.1; not amplified.",
            ("HER2", "negative", 1.1),
            id="denied-verdict-after-the-semicolon",
        ),
    ],
)
def test_a_bare_verdict_after_a_semicolon_closes_the_keys_values(text, expected):
    assert _amplification(text) == [expected]


def test_a_semicolon_before_another_name_keeps_the_verdict_with_it():
    found = [
        (result.marker.value, result.status.value)
        for result in extract_markers(document_from_text("HER2 FISH: ratio 2.6; ER: positive"))
    ]
    assert found == [("ER", "positive")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TMB: 4 mut/Mb (cut-off 10)",
            ("TMB", "signature", "negative", "4 mut/Mb", None),
            id="value-under-a-bracketed-cut-off",
        ),
        pytest.param(
            "Tumour mutational burden 12.5 mutations per megabase (threshold: 10 mutations/Mb)",
            ("TMB", "signature", "positive", "12.5 mut/Mb", None),
            id="value-over-a-bracketed-threshold-with-its-unit",
        ),
        pytest.param(
            "TMB: 10 mut/Mb (cut-off > 10)",
            ("TMB", "signature", "negative", "10 mut/Mb", None),
            id="value-on-a-strict-cut-off-is-under-it",
        ),
        pytest.param(
            "TMB = 6.3 mut/Mb",
            ("TMB", "signature", "reported", "6.3 mut/Mb", None),
            id="value-with-no-cut-off-is-only-reported",
        ),
    ],
)
def test_a_tmb_value_is_read_by_the_cut_off_stated_beside_it(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PD-L1 (22C3): expression present (CPS >= 1); CPS 12.",
            ("PD-L1", "expression", "positive", "CPS 12", None),
            id="the-verdicts-defining-bound-in-brackets-then-the-measured-score",
        ),
        pytest.param(
            "PD-L1 22C3 combined positive score: positive at CPS >= 10; CPS 25",
            ("PD-L1", "expression", "positive", "CPS 25", None),
            id="a-cut-off-named-in-the-sentence-then-the-score",
        ),
        pytest.param(
            "PD-L1 22C3: negative, CPS <1.",
            ("PD-L1", "expression", "negative", "CPS <1", None),
            id="a-bound-alone-is-the-result",
        ),
    ],
)
def test_a_measured_score_wins_over_a_bound_of_its_kind(text, expected):
    assert _results(text) == [expected]
