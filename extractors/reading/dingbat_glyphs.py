"""Tick marks and boxes drawn in a symbol font, read as the characters they draw.

A form's boxes are often characters of a symbol font: ZapfDingbats (PDF's own, or URW's copy
that Ghostscript names 'Dingbats' or 'D050000L'), or Word's Wingdings and Wingdings 2. pdfium
reads the PDF standard ZapfDingbats by its built-in encoding, but a font of another name gives
the byte the page shows ('4' for a heavy check mark, 'o' for an empty box), and a font whose
ToUnicode map points into the private use area (U+F0FE for Wingdings' ticked box) gives a
character that text cleaning removes. Either way a ticked box and an empty one cannot be told
apart in the page's text. Here each such character, when its font is one of these, is read as
the Unicode character its glyph draws: a tick ('✔', '☑', '☒'), a cross ('✘') or an empty box
('❏', '□').

Only the marks a form uses are mapped (ticks, crosses, boxes, round buttons); the fonts' other
pictures (scissors, pointing hands) are left as pdfium gives them.
"""

import ctypes
import re
from typing import Any

import pypdfium2.raw as pdfium_c

# ZapfDingbats' built-in encoding, for its marks (the Adobe glyph list for ZapfDingbats).
ZAPF_DINGBATS = {
    "3": "\u2713",  # a19 check mark
    "4": "\u2714",  # a20 heavy check mark
    "5": "\u2715",  # a21 multiplication x
    "6": "\u2716",  # a22 heavy multiplication x
    "7": "\u2717",  # a23 ballot x
    "8": "\u2718",  # a24 heavy ballot x
    "l": "\u25cf",  # a71 black circle
    "m": "\u274d",  # a72 shadowed white circle
    "n": "\u25a0",  # a73 black square
    "o": "\u274f",  # a74 lower right drop-shadowed white square
    "p": "\u2750",  # a203 upper right drop-shadowed white square
    "q": "\u2751",  # a75 lower right shadowed white square
    "r": "\u2752",  # a204 upper right shadowed white square
}
# Wingdings' marks (Microsoft's symbol font; Word's check boxes), by code: a code above 127
# as the Latin-1 character a WinAnsi reading gives.
WINGDINGS = {
    "l": "\u25cf",  # black circle
    "m": "\u274d",  # shadowed white circle
    "n": "\u25a0",  # black square
    "o": "\u25a1",  # white square
    "p": "\u25a1",  # white square, bold
    "q": "\u2751",  # shadowed white square
    "r": "\u2752",  # shadowed white square
    "x": "\u2327",  # x in a rectangle box
    "\u00a1": "\u25cb",  # white circle
    "\u00a8": "\u25fb",  # white medium square
    "\u00fb": "\u2717",  # ballot x
    "\u00fc": "\u2714",  # heavy check mark
    "\u00fd": "\u2612",  # ballot box with x
    "\u00fe": "\u2611",  # ballot box with check
}
# Wingdings 2's marks (Word's 'check box' symbols).
WINGDINGS_2 = {
    "O": "\u2717",  # ballot x
    "P": "\u2714",  # check mark
    "R": "\u2611",  # ballot box with check
    "T": "\u2612",  # ballot box with x
    "\u00a3": "\u2610",  # ballot box
}
# Font names (without a subset's 'ABCDEF+' tag) and their marks; the first that matches.
_FONTS: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    (re.compile(r"wingdings.?2", re.IGNORECASE), WINGDINGS_2),
    (re.compile(r"wingdings(?!.?[23])", re.IGNORECASE), WINGDINGS),
    (re.compile(r"dingbat|^D050000L", re.IGNORECASE), ZAPF_DINGBATS),
)
_CODES = "".join(sorted(set(ZAPF_DINGBATS) | set(WINGDINGS) | set(WINGDINGS_2)))
# A character that may be a mark's code: alone between spaces (a mark stands apart from the
# option it ticks), or any character of the private use area a symbol font's map points into.
_CANDIDATE = re.compile(rf"(?<!\S)[{re.escape(_CODES)}](?!\S)|[\uf020-\uf0ff]")
_FONT_NAME_SIZE = 128


def symbol_marks(raw_textpage: Any, text: str) -> str:
    """The text (char i is text page char i) with each mark of a symbol font as drawn."""
    if not _CANDIDATE.search(text):
        return text
    name = ctypes.create_string_buffer(_FONT_NAME_SIZE)
    flags = ctypes.c_int()
    chars = list(text)
    for match in _CANDIDATE.finditer(text):
        index = match.start()
        got = pdfium_c.FPDFText_GetFontInfo(
            raw_textpage, index, name, _FONT_NAME_SIZE, ctypes.byref(flags)
        )
        if not got:
            continue
        marks = _font_marks(name.value.decode("latin-1"))
        if marks is None:
            continue
        code = chars[index]
        if 0xF020 <= ord(code) <= 0xF0FF:
            code = chr(ord(code) - 0xF000)
        chars[index] = marks.get(code, chars[index])
    return "".join(chars)


def _font_marks(font_name: str) -> dict[str, str] | None:
    base = font_name.split("+", 1)[-1]
    return next((marks for pattern, marks in _FONTS if pattern.search(base)), None)
