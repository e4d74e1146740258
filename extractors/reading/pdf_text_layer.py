"""A PDF page's text layer as words with boxes, through pdfium (fast, and tolerant)."""

import ctypes
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.reading.dingbat_glyphs import symbol_marks
from extractors.reading.line_grouping import LineWord
from extractors.reading.page_geometry import BoxPlacer, PageFrame, box_placer
from schemas.document import Box

# pdfium reports a hyphen that ends a line as U+FFFE and drops the line break after it:
# end the word there and keep the hyphen as printed.
LINE_END_HYPHEN = "\ufffe"
WORD = re.compile(r"[^\s\ufffe]*\ufffe|[^\s\ufffe]+")
NO_BOX: Box = (0.0, 0.0, 0.0, 0.0)


def page_frame(page: pdfium.PdfPage) -> PageFrame:
    """The page's visible area and rotation."""
    left, bottom, right, top = page.get_bbox()
    return PageFrame(left, bottom, right, top, rotation=page.get_rotation() % 360)


def text_layer_words(page: pdfium.PdfPage, frame: PageFrame) -> list[LineWord]:
    """Every word of the page's text layer with its box; words split on any whitespace."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:
            text = _text_char_by_char(textpage, count)
        text = symbol_marks(textpage.raw, text)
        return _words(textpage.raw, text, box_placer(frame))
    finally:
        textpage.close()


def _words(raw_textpage: Any, text: str, place_box: BoxPlacer) -> list[LineWord]:
    """The words of `text` (char i is text page char i), each with its box on the page.

    A word's box is the union of the loose (font-height) boxes of its first and last chars.
    Per word this costs two pdfium calls; the ctypes handle, the function and the pointers to
    the two output rectangles are bound once per page rather than once per word.
    """
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    a, b = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    a_ref, b_ref = ctypes.byref(a), ctypes.byref(b)
    words: list[LineWord] = []
    append = words.append
    for match in WORD.finditer(text):
        first, end = match.span()
        last = end - 1
        found_a = loose_box(raw_textpage, first, a_ref)
        found_b = last != first and loose_box(raw_textpage, last, b_ref)
        if found_a and found_b:
            # min(a.left, b.left), min(a.bottom, b.bottom), max(a.right, b.right), max(a.top,
            # b.top), as the comparisons those builtins make
            left, bottom, right, top = a.left, a.bottom, a.right, a.top
            other = b.left
            left = other if other < left else left
            other = b.bottom
            bottom = other if other < bottom else bottom
            other = b.right
            right = other if other > right else right
            other = b.top
            top = other if other > top else top
            box = place_box(left, bottom, right, top)
        elif found_a:
            box = place_box(a.left, a.bottom, a.right, a.top)
        elif found_b:
            box = place_box(b.left, b.bottom, b.right, b.top)
        else:
            box = NO_BOX
        append((match.group().replace(LINE_END_HYPHEN, "-"), box, None))
    return words


def _text_char_by_char(textpage: pdfium.PdfTextPage, count: int) -> str:
    """Text whose index i is char i, for the rare page where pdfium's text view differs."""
    chars = []
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        chars.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " ")
    return "".join(chars)
