"""A PDF page's text layer as words with boxes, through pdfium (fast, and tolerant)."""

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.reading.line_grouping import LineWord
from extractors.reading.page_geometry import PageFrame
from schemas import BBox

# pdfium reports a hyphen that ends a line as U+FFFE and drops the line break after it:
# end the word there and keep the hyphen as printed.
LINE_END_HYPHEN = "\ufffe"
WORD = re.compile(r"[^\s\ufffe]*\ufffe|[^\s\ufffe]+")


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
        rects = (pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF())
        return [
            (
                match.group().replace(LINE_END_HYPHEN, "-"),
                _word_box(textpage, frame, match.start(), match.end() - 1, rects),
                None,
            )
            for match in WORD.finditer(text)
        ]
    finally:
        textpage.close()


def _text_char_by_char(textpage: pdfium.PdfTextPage, count: int) -> str:
    """Text whose index i is char i, for the rare page where pdfium's text view differs."""
    chars = []
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        chars.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " ")
    return "".join(chars)


def _word_box(
    textpage: pdfium.PdfTextPage,
    frame: PageFrame,
    first: int,
    last: int,
    rects: tuple[pdfium_c.FS_RECTF, pdfium_c.FS_RECTF],
) -> BBox:
    """The union of the loose (font-height) boxes of a word's first and last characters."""
    found = []
    for index, rect in zip((first, last) if last != first else (first,), rects, strict=False):
        if pdfium_c.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(rect)):
            found.append(rect)
    if not found:
        return BBox(x0=0, top=0, x1=0, bottom=0)
    a, b = found[0], found[-1]
    return frame.box(
        min(a.left, b.left), min(a.bottom, b.bottom), max(a.right, b.right), max(a.top, b.top)
    )
