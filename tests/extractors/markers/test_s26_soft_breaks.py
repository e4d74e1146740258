"""Line ends that only a page's width made (twenty-sixth session): a name the page's reading left
unread is read again with its paragraph's soft line ends as spaces. Each kind in wordings of our
own; no sentence is quoted from a report. Also: a HER2 status that names its test is that
test's result, and a stain verdict denied before or after the name.
"""

import pytest

from extractors.markers.page_layouts import table_row_lines
from extractors.markers.soft_breaks import SoftBreaks, rejoined
from schemas.document import BBox, Page, PageSource
from tests.extractors.markers.kind_tables import AMP, EXPR, E, N, P, R, kind_tests

KINDS = {
    # word_broken_at_a_hyphen: the verdict word itself broken at the line end.
    "word_broken_at_a_hyphen": [
        ("FISH shows HER2 ampli-\nfication, ratio 5.4.\n", [("HER2", AMP, P, {"ratio": 5.4})]),
        (
            "The tumour shows EGFR ampli-\nfication by FISH (ratio 4.0).\n",
            [("EGFR", AMP, P, {"ratio": 4.0})],
        ),
    ],
    # bracket_left_open_at_a_line_end: a clone's bracket closes on the next line, the verdict
    # after it.
    "bracket_left_open_at_a_line_end": [
        (
            "BRAF V600E mutation-specific antibody (clone\nVE1): diffuse cytoplasmic staining"
            " = POSITIVE\n",
            [("BRAF", EXPR, P, {})],
        ),
        (
            "Mesothelin immunostain (clone\nMN-1): diffuse membranous staining, positive\n",
            [("Mesothelin", EXPR, P, {})],
        ),
    ],
    # status_named_with_its_test: 'HER2 status' is a combined status unless it names its test.
    "status_named_with_its_test": [
        (
            "HER2 status by immunohistochemistry: Equivocal (2+)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        ("HER2 status by IHC: Negative, score 1+\n", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
        ("ERBB2 status by FISH: not amplified (ratio 1.3)\n", [("HER2", AMP, N, {"ratio": 1.3})]),
    ],
    # Kept: wrapped results the page's first reading already gives.
    "kept_wrapped_results": [
        (
            "PD-L1 tumour proportion score\nPage 1 of 2\nof 60%, high expression.\n",
            [("PD-L1", EXPR, P, {"percent": 60})],
        ),
        (
            "Sequencing detected no pathogenic variant in\nKRAS, NRAS or BRAF.\n",
            [("KRAS", "mutation", N, {}), ("NRAS", "mutation", N, {}), ("BRAF", "mutation", N, {})],
        ),
        ("Ki-67 (MIB-1,\nDako): 35% of tumour nuclei\n", [("Ki-67", EXPR, R, {"percent": 35})]),
    ],
    # Not results, wrapped: a gene list over a heading; a methods line.
    "no_result_across_a_line_end": [
        ("Genes covered: BRAF, EGFR, KRAS, NRAS, PIK3CA, TP53, TSC1,\nTSC2, VHL\n", []),
        ("Rearrangements in ALK, ROS1 and RET are\nsought by the fusion panel.\n", []),
    ],
    # not_positive_or_reactive_for: a negator before a stain verdict that precedes the name.
    "negated_stain_verdict_before_the_name": [
        ("The neoplasm is not immunoreactive for mesothelin.\n", [("Mesothelin", EXPR, N, {})]),
        ("Lesional cells are not positive for PR.\n", [("PR", EXPR, N, {})]),
        ("Tumour cells are not reactive with ER.\n", [("ER", EXPR, N, {})]),
        ("None of the tumour cells are positive for ER.\n", [("ER", EXPR, N, {})]),
        ("No tumour cells are positive for PD-L1.\n", [("PD-L1", EXPR, N, {})]),
    ],
    # A signature's class word denied ('not high', 'not elevated'): the negative class.
    "signature_class_denied": [
        ("MSI status: not high (MSS).\n", [("MSI", "signature", N, {"value": "MSS"})]),
        ("TMB is not elevated (4 mut/Mb).\n", [("TMB", "signature", N, {"value": "4 mut/Mb"})]),
        ("The tumour is not MSI-high.\n", [("MSI", "signature", N, {})]),
        ("TMB: high (22 mut/Mb)\n", [("TMB", "signature", P, {"value": "22 mut/Mb"})]),
    ],
    # reactive-for: a reactivity noun before the name, denied after it, is negative.
    "reactivity_denied_after_the_name": [
        ("Immunoreactivity for ER is absent.\n", [("ER", EXPR, N, {})]),
        ("Reactivity with mesothelin was absent in the tumour.\n", [("Mesothelin", EXPR, N, {})]),
        (
            "Immunoreactivity for HER2 is present in 90% of cells.\n",
            [("HER2", EXPR, P, {"percent": 90})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # run_on_line
        ("HER2 by IHC is\nnegative (1+).\n", "HER2 by IHC is negative (1+).\n"),
        # capital_after_an_open_phrase
        ("no variant was found in\nKRAS or NRAS\n", "no variant was found in KRAS or NRAS\n"),
        # a bracket left open
        ("ALK (clone\nD5F3): positive\n", "ALK (clone D5F3): positive\n"),
        # running_line_between
        (
            "ER staining in\nPage 2 of 3\n90% of nuclei\n",
            "ER staining in             90% of nuclei\n",
        ),
        # word_broken_at_a_hyphen
        ("immuno-\nhistochemistry for ER\n", "immunohistochemistry   for ER\n"),
    ],
)
def test_soft_line_ends_read_as_spaces(text: str, joined: str) -> None:
    assert rejoined(text) == joined
    assert len(rejoined(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "HER2 is negative (1+).\nKi-67 is 20%.\n",  # the sentence ends
        "KRAS   G12D   31%\nwith a second clone\n",  # table_rows_stay (gaps in the text)
        "Genes tested:\n- KRAS: wild type\n",  # items_and_headings_stay: a bullet
        "Results as follows\n2 Tumour cells stain\n",  # an item's number
        "Interpretation\nthe tumour cells stain\n",  # a heading of one word
        "Immunohistochemistry:\nER: positive\n",  # key_line_stays
        "Block Mesothelin MLH1 MSH2\n5 70% intact intact\n",  # title_line_stays
        "HER2 protein\nPositive in 90%\n",  # a capital after a line that may end there
    ],
)
def test_hard_line_ends_stay(text: str) -> None:
    assert rejoined(text) == text


def test_a_table_row_by_its_words_places_keeps_its_line_ends() -> None:
    # three words far apart: a table's row, though the page's text parts them by one space
    row = [("KRAS", 36.0, 60.0), ("G12D", 200.0, 224.0), ("31%", 360.0, 378.0)]
    below = [("with", 36.0, 56.0), ("a", 60.0, 64.0), ("subclone", 68.0, 110.0)]
    page = Page.from_lines(
        1,
        612.0,
        792.0,
        PageSource.TEXT_LAYER,
        [
            [(text, BBox(x0=x0, top=top, x1=x1, bottom=top + 10.0), None) for text, x0, x1 in line]
            for top, line in ((36.0, row), (48.0, below))
        ],
    )
    assert page.text == "KRAS G12D 31%\nwith a subclone"
    assert table_row_lines(page) == {0}
    assert rejoined(page.text) == "KRAS G12D 31% with a subclone"
    assert rejoined(page.text, table_row_lines(page)) == page.text


def test_a_paragraph_reaches_over_its_soft_line_ends_only() -> None:
    text = "Report\nHER2 by IHC is\nnegative, with\nscore 1+.\nKi-67 is 20%.\n"
    breaks = SoftBreaks(text, frozenset)
    assert breaks.paragraph(text.index("HER2")) == (1, 3)
    assert breaks.paragraph(text.index("score")) == (1, 3)
    assert breaks.paragraph(text.index("Ki-67")) == (4, 4)


def test_table_rows_are_asked_for_once_and_only_when_a_line_end_is_weighed() -> None:
    asked = []

    def rows() -> frozenset[int]:
        asked.append(1)
        return frozenset()

    breaks = SoftBreaks("one line only\n", rows)
    assert breaks.paragraph(0) == (0, 0)
    assert asked == []
    breaks = SoftBreaks("HER2 is\nnegative\nand ER\npositive\n", rows)
    assert breaks.paragraph(0) == (0, 3)
    assert asked == [1]
