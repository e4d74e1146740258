"""Stated values that belong to one result: a named score, its band, a value by its cut-off."""

import pytest

from tests.extractors.markers.kind_tables import named_cases, named_texts, read_text


def _results(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (
            result.marker.value,
            result.aspect.value,
            result.status.value,
            result.value,
            result.ihc_score.value if result.ihc_score else None,
        )
        for result in read_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "combined-positive-score-spelled-out-after-an-equals-sign": (
                "PD-L1 (22C3): Combined Positive Score = 3",
                ("PD-L1", "expression", "positive", "CPS 3", None),
            ),
            "abbreviated-score-type-then-score-equals": (
                "PD-L1 immunohistochemistry, CPS score = 2",
                ("PD-L1", "expression", "positive", "CPS 2", None),
            ),
            "proportion-score-abbreviated-with-a-colon": (
                "PD-L1 SP263 - TPS score: 0",
                ("PD-L1", "expression", "negative", "TPS 0", None),
            ),
        }
    ),
)
def test_a_named_pdl1_score_is_no_ihc_score(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "immune-cell-level-with-its-band-in-brackets": (
                "PD-L1 (SP142): IC 1 (≥1% and <5%)",
                ("PD-L1", "expression", "positive", "IC 1", None),
            ),
            "level-zero-with-its-band-in-words": (
                "PD-L1 SP142 immune cell score: IC0 (less than 1% of tumour area)",
                ("PD-L1", "expression", "negative", "IC 0", None),
            ),
            "level-with-a-range-in-square-brackets": (
                "PD-L1 by immunohistochemistry: IC 2 [5-10%]",
                ("PD-L1", "expression", "positive", "IC 2", None),
            ),
            "tumour-cell-level-with-its-band": (
                "PD-L1 SP142: TC 2 (≥5% and <50%)",
                ("PD-L1", "expression", "positive", "TC 2", None),
            ),
            "tumour-cell-level-zero-written-together": (
                "PD-L1 (SP142) tumour cells: TC0 (<1%)",
                ("PD-L1", "expression", "negative", "TC 0", None),
            ),
        }
    ),
)
def test_a_pdl1_score_level_is_the_value_its_band_explains_it(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "threshold-sentence-after-the-value": (
                "TMB 14 mutations/Mb. Threshold for high TMB is 10 mutations/Mb.",
                ("TMB", "signature", "positive", "14 mut/Mb", None),
            ),
            "threshold-line-under-the-value": (
                "Tumor mutational burden: 3 mutations per megabase\n"
                "High TMB threshold: 10 mutations per megabase",
                ("TMB", "signature", "reported", "3 mut/Mb", None),
            ),
        }
    ),
)
def test_a_threshold_statement_is_no_result_of_its_own(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "value-with-its-class-then-the-cut-off-for-high": (
                "TMB: 1.2 Muts/Mb (Low) Cutoff for TMB-High: >= 10",
                ("TMB", "signature", "negative", "1.2 mut/Mb", None),
            ),
            "spelled-out-value-then-the-cut-off-after-a-semicolon": (
                "Tumour mutational burden 18 mutations per megabase (High); "
                "cut-off for TMB-high is 10 mutations/Mb",
                ("TMB", "signature", "positive", "18 mut/Mb", None),
            ),
            "value-below-the-cut-off": (
                "TMB of 4 mut/Mb, below the 10 mut/Mb cut-off",
                ("TMB", "signature", "negative", "4 mut/Mb", None),
            ),
            "value-under-the-threshold": (
                "TMB: 7 mut/Mb, under the threshold for TMB-high of 10 mut/Mb",
                ("TMB", "signature", "negative", "7 mut/Mb", None),
            ),
            "value-above-the-cut-off": (
                "TMB 16 mutations/Mb, above the cut-off of 10 mutations/Mb",
                ("TMB", "signature", "positive", "16 mut/Mb", None),
            ),
        }
    ),
)
def test_a_value_before_its_cut_off_stands(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    "text",
    named_texts(
        {
            "bound-is-a-cut-off": "TMB of 10 mut/Mb or more is the cut-off for high TMB.",
            "at-least-is-a-threshold": (
                "A TMB of at least 10 mutations/Mb is the threshold for TMB-high."
            ),
        }
    ),
)
def test_a_cut_off_stated_as_a_value_with_a_bound_is_no_result(text):
    assert _results(text) == []


def _amplification(text: str) -> list[tuple[str, str, float | None]]:
    return [
        (result.marker.value, result.status.value, result.ratio)
        for result in read_text(text)
        if result.aspect.value == "amplification"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "ratio-and-copies-then-the-verdict-in-capitals": (
                "HER2 FISH: ratio 2.6, average copy number 6.1; AMPLIFIED",
                ("HER2", "positive", 2.6),
            ),
            "another-gene-with-its-own-centromere-probe": (
                "MET FISH: MET/CEP7 ratio 2.4, mean MET copy number 5.2; amplified",
                ("MET", "positive", 2.4),
            ),
            "denied-verdict-after-the-semicolon": (
                "HER2 by SISH: HER2/CEP17 ratio 1.1; not amplified.",
                ("HER2", "negative", 1.1),
            ),
        }
    ),
)
def test_a_bare_verdict_after_a_semicolon_closes_the_keys_values(text, expected):
    assert _amplification(text) == [expected]


def test_a_semicolon_before_another_name_keeps_the_verdict_with_it():
    found = [
        (result.marker.value, result.status.value)
        for result in read_text("HER2 FISH: ratio 2.6; ER: positive")
    ]
    assert found == [("ER", "positive")]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "value-under-a-bracketed-cut-off": (
                "TMB: 4 mut/Mb (cut-off 10)",
                ("TMB", "signature", "negative", "4 mut/Mb", None),
            ),
            "value-over-a-bracketed-threshold-with-its-unit": (
                "Tumour mutational burden 12.5 mutations per megabase (threshold: 10 mutations/Mb)",
                ("TMB", "signature", "positive", "12.5 mut/Mb", None),
            ),
            "value-on-a-strict-cut-off-is-under-it": (
                "TMB: 10 mut/Mb (cut-off > 10)",
                ("TMB", "signature", "negative", "10 mut/Mb", None),
            ),
            "value-with-no-cut-off-is-only-reported": (
                "TMB = 6.3 mut/Mb",
                ("TMB", "signature", "reported", "6.3 mut/Mb", None),
            ),
        }
    ),
)
def test_a_tmb_value_is_read_by_the_cut_off_stated_beside_it(text, expected):
    assert _results(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "the-verdicts-defining-bound-in-brackets-then-the-measured-score": (
                "PD-L1 (22C3): expression present (CPS >= 1); CPS 12.",
                ("PD-L1", "expression", "positive", "CPS 12", None),
            ),
            "a-cut-off-named-in-the-sentence-then-the-score": (
                "PD-L1 22C3 combined positive score: positive at CPS >= 10; CPS 25",
                ("PD-L1", "expression", "positive", "CPS 25", None),
            ),
            "a-bound-alone-is-the-result": (
                "PD-L1 22C3: negative, CPS <1.",
                ("PD-L1", "expression", "negative", "CPS <1", None),
            ),
        }
    ),
)
def test_a_measured_score_wins_over_a_bound_of_its_kind(text, expected):
    assert _results(text) == [expected]
