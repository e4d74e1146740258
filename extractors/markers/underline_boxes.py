"""Tick boxes a form prints as underlines, read as the bracketed boxes every reader knows.

A checklist written on a typewriter or in a plain-text system draws each option's box as an
underline: left empty ('___ Not detected') or with the tick on it ('_X_ Detected', '__x__
Positive'). Read as text these are no box, so every option of the list, chosen or not, would
say its verdict. Each such box that leads an option (an option's word follows it) is
rewritten as '[X]' or '[ ]', padded with spaces to the underline's length: the page keeps its
length, so every offset and the evidence quoted from the page stay the same.

An empty box of two strokes ('__ Present  __ Absent', a list's '__ Intact expression') is
read so only where it starts its line or the line leads two options or more with underlines
(short_underline_boxes): elsewhere two strokes are as likely a blank as a box.

An underline that leads no word ('Ki-67: ______ %', 'Signed ________') is a blank to fill in
and is left as it is, unless it follows an option on a line where another option is followed
by a ticked underline (underline_boxes_after_options: 'Positive __  Negative _X_').

A box drawn with bars ('|_| 0  |_| 1+  |X| 2+', '|x| Positive  | | Negative') is such a box
too (bar_boxes): read so where a line leads two or more options with them.

A text drawn in a frame of bars (framed_lines: '| RESULT:  HER2 AMPLIFIED        |', '| Total
HER2 signals   | 141   | 134 |'), as a plain-text system exports its boxes and tables, keeps
its words (`unframed_lines`, after the boxes are read): each bar of a line that opens and
closes with one, standing apart from words, is read as a space, so the line starts with its
words (a key, a heading, a legend's row) and its cells stand apart by spaces as any table's do.

A ticked box that a scan's OCR spoiled (spoiled_ticked_box: a bracket read as a letter or a
digit, '[XI Equivocal', 'lX] Positive', '(x| Negative'; the tick read as a letter, '[v] Not
amplified', '[/] Present'; or typed as an asterisk, '(*) TPS 1-49%') is '[X]' where its line
also leads an option with an empty box ('[ ] Amplified'): a form's line of options, where a box
left empty says what the others are.
"""

import re

_TICKED = re.compile(r"(?<!\S)_{1,4}[xX✓✔]_{1,4}(?=[ \t]+[A-Za-z(])")
_EMPTY = re.compile(r"(?<!\S)_{3,8}(?=[ \t]+[A-Za-z(])")
_EMPTY_SHORT = re.compile(r"(?<!\S)__(?=[ \t]+[A-Za-z(])")
_LEADING_SHORT = re.compile(r"[ \t]*+__[ \t]")
# The same boxes after their options ('Positive __  Negative _X_'), on a line that has one ticked.
_TICKED_AFTER = re.compile(r"(?<=[A-Za-z0-9)%+][ \t])_{1,4}[xX✓✔]_{1,4}(?=[ \t]|$)")
_EMPTY_AFTER = re.compile(r"(?<=[A-Za-z0-9)%+][ \t])_{2,8}(?=[ \t]|$)")


# A box drawn with two bars before its option: '|_| 1+', '|X| Positive', '| | Negative'.
_BAR_BOX = re.compile(r"(?<![^\s:])\|([ _]|[xX✓✔])\|(?=[ \t]+[A-Za-z0-9(<>])")


# A ticked box as OCR may spoil it, before an option's word; and an empty box before one.
_SPOILED_TICK = re.compile(
    r"(?<!\S)(?:[\[({][ \t]?[xXvV/*✓✔][ \t]?[\])}|lI1]|[|lI][ \t]?[xX][ \t]?[\])}])"
    r"(?=[ \t]+[A-Za-z(])"
)
_EMPTY_BRACKETS = re.compile(r"(?<!\S)[\[(][ \t]*[\])](?=[ \t]+[A-Za-z(])")


def bracketed_underline_boxes(text: str) -> str:
    """The text with each underline box before an option as '[X]' or '[ ]', offsets unchanged."""
    if "[" in text or "(" in text:
        text = "\n".join(_spoiled_ticks(line) for line in text.split("\n"))
    if "|" in text:
        text = "\n".join(_bar_boxes(line) for line in text.split("\n"))
    if "_" not in text:
        return text
    text = "\n".join(_short_boxes(_boxes_after_options(line)) for line in text.split("\n"))
    text = _TICKED.sub(lambda m: "[X]".ljust(len(m.group(0))), text)
    return _EMPTY.sub(lambda m: "[ ]".ljust(len(m.group(0))), text)


def _boxes_after_options(line: str) -> str:
    """A line's boxes that each follow an option, where one of them is ticked: 'Negative _X_'."""
    if "_" not in line or not _TICKED_AFTER.search(line) or not _EMPTY_AFTER.search(line):
        return line
    line = _TICKED_AFTER.sub(lambda m: "[X]".ljust(len(m.group(0))), line)
    # a scan may shorten an empty underline to two strokes: '[]' keeps the line's length
    return _EMPTY_AFTER.sub(
        lambda m: ("[ ]" if len(m.group(0)) > 2 else "[]").ljust(len(m.group(0))), line
    )


def _short_boxes(line: str) -> str:
    """A line's two-stroke empty boxes, where one starts the line or two lead options or more."""
    if "__" not in line:
        return line
    boxes = len(_EMPTY_SHORT.findall(line)) + len(_TICKED.findall(line))
    if boxes < 2 and not _LEADING_SHORT.match(line):
        return line
    return _EMPTY_SHORT.sub("[]", line)


def _bar_boxes(line: str) -> str:
    """A line's boxes drawn with bars, as brackets, where it leads two options or more."""
    if "|" not in line or len(_BAR_BOX.findall(line)) < 2:
        return line
    return _BAR_BOX.sub(lambda m: "[ ]" if m.group(1) in " _" else "[X]", line)


def _spoiled_ticks(line: str) -> str:
    """A line's ticked boxes that OCR spoiled, as '[X]', where the line leads an empty box too."""
    if not _EMPTY_BRACKETS.search(line):
        return line
    return _SPOILED_TICK.sub(lambda m: "[X]".ljust(len(m.group(0))), line)


# A line framed by bars, and a bar standing apart from words (at an end or between spaces).
_FRAMED = re.compile(r"[ \t]*\|[ \t].*[ \t]\|[ \t]*")
_LONE_BAR = re.compile(r"(?<!\S)\|(?!\S)")


def unframed_lines(text: str) -> str:
    """The text with the lone bars of each line framed by bars as spaces, offsets unchanged.

    framed_lines: '| RESULT:  HER2 AMPLIFIED   |' reads 'RESULT:  HER2 AMPLIFIED'; a box's
    bars ('|X| Positive') are no lone bars and stay for `bracketed_underline_boxes`.
    """
    if "|" not in text:
        return text
    return "\n".join(
        _LONE_BAR.sub(" ", line) if _FRAMED.fullmatch(line) else line for line in text.split("\n")
    )
