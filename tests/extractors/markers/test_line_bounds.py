"""The line bounds the marker components share: the same offsets as the hand-written finds."""

import pytest

from extractors.markers.line_bounds import end_of_line, line_spans, start_of_line

TEXT = "first line\nsecond\n\nlast"


def _by_hand_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _by_hand_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


@pytest.mark.parametrize("text", [TEXT, "", "no break at all", "\n", "ends with one\n"])
def test_every_offset_gives_what_the_finds_gave(text: str) -> None:
    for at in range(-len(text) - 2, len(text) + 3):
        assert start_of_line(text, at) == _by_hand_start(text, at)
        assert end_of_line(text, at) == _by_hand_end(text, at)


def test_the_lines_of_a_page() -> None:
    assert (start_of_line(TEXT, 3), end_of_line(TEXT, 3)) == (0, 10)  # the first line
    assert (start_of_line(TEXT, 13), end_of_line(TEXT, 13)) == (11, 17)
    assert (start_of_line(TEXT, 18), end_of_line(TEXT, 18)) == (18, 18)  # the blank line
    assert (start_of_line(TEXT, 21), end_of_line(TEXT, 21)) == (19, 23)  # the last, unbroken
    # an offset on a newline belongs to the line that newline ends
    assert (start_of_line(TEXT, 10), end_of_line(TEXT, 10)) == (0, 10)


@pytest.mark.parametrize("text", [TEXT, "", "no break at all", "\n", "ends with one\n"])
def test_every_line_once_with_its_bounds(text: str) -> None:
    spans = line_spans(text)
    assert [text[a:b] for a, b in spans] == text.split("\n")
    assert all((start_of_line(text, a), end_of_line(text, a)) == (a, b) for a, b in spans)
