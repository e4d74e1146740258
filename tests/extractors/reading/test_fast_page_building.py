"""Reading builds boxes and pages as plain data, and must give what the models would give."""

import itertools
import math
import struct

import pytest

from extractors.errors import CorruptInput
from extractors.reading import read_document
from extractors.reading.page_geometry import PageFrame, box_placer
from schemas import BBox, Document, DocumentFlag, Page, PageSource
from schemas.document import Box, document_json, page_data

# Rectangles (left, bottom, right, top) in user space: inside, over every edge, empty,
# reversed, and with -0.0, NaN and infinities, which min and max treat in their own way.
AWKWARD = [10.5, -0.0, 0.0, -3.25, 600.125, 612.0, 800.0, math.nan, math.inf, -math.inf]


def bits(box: Box) -> tuple[bytes, ...]:
    """The exact floats of a box, so that -0.0 differs from 0.0 and NaN equals NaN."""
    return tuple(struct.pack("<d", value) for value in box)


@pytest.mark.parametrize(
    "frame",
    [
        PageFrame(0.0, 0.0, 612.0, 792.0),
        PageFrame(12.5, -30.0, 607.25, 811.0),
        PageFrame(0.0, 0.0, 595.276, 841.89, rotation=0),
    ],
)
def test_the_unturned_shortcut_places_every_rectangle_exactly_as_the_frame_does(
    frame: PageFrame,
) -> None:
    place = box_placer(frame)

    for left, bottom, right, top in itertools.product(AWKWARD, repeat=4):
        assert bits(place(left, bottom, right, top)) == bits(frame.box(left, bottom, right, top))


@pytest.mark.parametrize(
    ("rotation", "expected", "size"),
    [
        (0, (10.0, 752.0, 30.0, 772.0), (612.0, 792.0)),
        (90, (20.0, 10.0, 40.0, 30.0), (792.0, 612.0)),
        (180, (582.0, 20.0, 602.0, 40.0), (612.0, 792.0)),
        (270, (752.0, 582.0, 772.0, 602.0), (792.0, 612.0)),
    ],
)
def test_a_turned_page_places_a_rectangle_where_the_reader_sees_it(
    rotation: int, expected: Box, size: tuple[float, float]
) -> None:
    frame = PageFrame(0.0, 0.0, 612.0, 792.0, rotation=rotation)

    assert box_placer(frame)(10.0, 20.0, 30.0, 40.0) == expected
    assert frame.box(10.0, 20.0, 30.0, 40.0) == expected
    assert (frame.width, frame.height) == size


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_rectangle_over_the_edge_is_clamped_to_the_displayed_page(rotation: int) -> None:
    frame = PageFrame(0.0, 0.0, 612.0, 792.0, rotation=rotation)

    x0, top, x1, bottom = box_placer(frame)(-50.0, -50.0, 700.0, 900.0)

    assert (x0, top, x1, bottom) == (0.0, 0.0, frame.width, frame.height)


AWKWARD_FLOATS = [0.1 + 0.2, 1e-7, 1e16, 123456789.123, -0.0, 5e-324, 1.0, 2.5e-5, 1e22]


def lines_of_plain_boxes() -> list[list[tuple[str, Box, float | None]]]:
    values = itertools.cycle(AWKWARD_FLOATS)
    lines: list[list[tuple[str, Box, float | None]]] = []
    for line_no, words in enumerate(
        [["HER2", "(IHC):", "3+"], ["µm", "\u00e9t\u00e9", "\U0001f600"]]
    ):
        line: list[tuple[str, Box, float | None]] = []
        for i, text in enumerate(words):
            box = (next(values), next(values), next(values), next(values))
            confidence = None if line_no == 0 else [96.5, 0.0, 100.0][i]
            line.append((text, box, confidence))
        lines.append(line)
    return lines


def with_bboxes(
    lines: list[list[tuple[str, Box, float | None]]],
) -> list[list[tuple[str, BBox, float | None]]]:
    return [
        [(text, BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3]), conf) for text, b, conf in line]
        for line in lines
    ]


def test_document_json_from_plain_data_is_byte_for_byte_what_the_models_dump() -> None:
    lines = lines_of_plain_boxes()
    fields = {
        "sha256": "0" * 64,
        "media_type": "application/pdf",
        "size_bytes": 1234,
        "flags": [DocumentFlag.REPAIRED, DocumentFlag.CONTROL_CHARACTERS_REMOVED],
        "reader": "markerflow-reading 1; test",
    }
    # Whole numbers where floats belong are made floats, as validation makes them.
    plain = [
        page_data(1, 612, 792, PageSource.TEXT_LAYER, lines),
        page_data(2, 595.5, 842.25, PageSource.OCR, lines, rotation=90, ocr_confidence=87),
        page_data(3, 612.0, 792.0, PageSource.NONE, []),
    ]
    models = [
        Page.from_lines(1, 612, 792, PageSource.TEXT_LAYER, with_bboxes(lines)),
        Page.from_lines(
            2,
            595.5,
            842.25,
            PageSource.OCR,
            with_bboxes(lines),
            rotation=90,
            ocr_confidence=87,
        ),
        Page.from_lines(3, 612.0, 792.0, PageSource.NONE, []),
    ]

    built = document_json(pages=plain, **fields)  # type: ignore[arg-type]

    expected = Document(pages=models, **fields)  # type: ignore[arg-type]
    assert built == expected.model_dump_json()
    assert Document.model_validate_json(built) == expected


def test_a_page_no_document_may_hold_is_refused_as_corrupt_not_passed_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The child sends JSON it did not validate; the parent's validation is the gate.
    bad_page = page_data(1, 0.0, 792.0, PageSource.TEXT_LAYER, [])  # a page of no width
    sent = document_json("0" * 64, "application/pdf", 10, [bad_page], [], "test")
    monkeypatch.setattr("extractors.reading.run_sandboxed", lambda *args: sent)

    with pytest.raises(CorruptInput, match="could not be read"):
        read_document(b"%PDF-1.7 not really", "report.pdf")
