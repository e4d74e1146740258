"""Put a page's words into reading lines: top to bottom, then left to right."""

from statistics import median

from schemas.document import BBox, Box, Page, PageSource

# (text, (x0, top, x1, bottom), OCR confidence or None)
LineWord = tuple[str, Box, float | None]

# A line of OCR within this share of half a line height of its row's middle is in line with it.
SNAP_SHARE = 0.5


def group_lines(words: list[LineWord]) -> list[list[LineWord]]:
    """Cluster words whose vertical centres lie within half a line height; sort each by x."""
    if not words:
        return []
    half_height = median(w[1][3] - w[1][1] for w in words) / 2 or 1.0
    ordered = sorted(words, key=lambda w: (_centre(w), w[1][0]))
    lines: list[list[LineWord]] = [[ordered[0]]]
    line_centre = _centre(ordered[0])
    for word in ordered[1:]:
        if _centre(word) - line_centre > half_height:
            lines.append([])
            line_centre = _centre(word)
        lines[-1].append(word)
    return [sorted(line, key=lambda w: w[1][0]) for line in lines]


def group_rows(lines: list[list[LineWord]]) -> list[list[LineWord]]:
    """OCR's lines put into the page's rows, as group_lines puts a text layer's words.

    Tesseract reads a page by blocks: a table's columns, a header's labels and their values,
    each cell set apart by its rules, come out one block after another, so a row's cells stand
    on lines of their own, column by column. Here each line OCR read is kept whole (its words
    stay together, whatever the page's lean) and lines whose middles lie within half a line
    height of one another become one row, read left to right; rows go top to bottom. A page of
    running text, whose lines are its rows already, reads as before.
    """
    lines = [line for line in lines if line]
    if not lines:
        return []
    heights = [word[1][3] - word[1][1] for line in lines for word in line]
    half_height = median(heights) / 2 or 1.0
    slope = lean(lines)
    placed = sorted(
        ((_line_middle(line, slope), min(word[1][0] for word in line), line) for line in lines),
        key=lambda item: (item[0], item[1]),
    )
    rows: list[list[tuple[float, float, list[LineWord]]]] = [[placed[0]]]
    for item in placed[1:]:
        if item[0] - rows[-1][0][0] > half_height:
            rows.append([])
        rows[-1].append(item)
    return [_in_line(row, slope, half_height) for row in rows]


def _in_line(
    row: list[tuple[float, float, list[LineWord]]], slope: float, half_height: float
) -> list[LineWord]:
    """A row's lines left to right, those in line with the row on one band, as a text layer's.

    A text layer gives the words of a line one height, the font's; OCR gives each word the
    height of its ink ('was' lower than 'MLH1', '[X]' taller). The lines whose middles lie
    within a quarter of a line height of one another (cells of one table row; those about the
    middle most lines share) get one band (their median middle, the row's median word height,
    the page's lean kept), so that a reading by position finds them level; a line further off
    (a column with its own line spacing, joined to this row) keeps its words' own boxes.
    """
    row = sorted(row, key=lambda item: item[1])
    reach = half_height * SNAP_SHARE
    middles = [item[0] for item in row]
    # the middle most lines share (the leftmost such line's, on a tie)
    reference = max(middles, key=lambda m: sum(abs(m - other) <= reach for other in middles))
    middle = median(m for m in middles if abs(m - reference) <= reach)
    words = [word for item in row for word in item[2]]
    half_band = median(word[1][3] - word[1][1] for word in words) / 2
    result: list[LineWord] = []
    for line_middle, _, line in row:
        if abs(line_middle - reference) > reach:
            result.extend(line)
            continue
        for text, (x0, _, x1, _), confidence in line:
            centre = middle + slope * (x0 + x1) / 2
            result.append((text, (x0, centre - half_band, x1, centre + half_band), confidence))
    return result


def _line_middle(line: list[LineWord], slope: float) -> float:
    """Where a line's words stand at the page's left edge, the page's lean taken out.

    The median of its words, so that a tall bar or a low comma does not move it.
    """
    return median(_centre(word) - slope * _across(word) for word in line)


def lean(lines: list[list[LineWord]]) -> float:
    """How far down a line goes per point across: the median over lines of three or more words.

    A scan that leans keeps its lean in the words' boxes (they are placed on the page as it was
    stored), and a line's far end then stands a line lower than its start.
    """
    slopes = []
    for line in lines:
        if len(line) < 3:
            continue
        xs = [_across(word) for word in line]
        ys = [_centre(word) for word in line]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread > 0:
            slopes.append(
                sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
            )
    return median(slopes) if slopes else 0.0


def _across(word: LineWord) -> float:
    return (word[1][0] + word[1][2]) / 2


def _centre(word: LineWord) -> float:
    return (word[1][1] + word[1][3]) / 2


# Below this lean (a point in 1,000 across) levelling moves no word by a tenth of a point.
MIN_LEAN = 0.001


def levelled_page(page: Page) -> Page:
    """An OCR'd page whose words' boxes stand as on the page levelled, for reading by position.

    A scan that leans is read levelled, but its words' boxes are placed on the page as it was
    stored, so that they frame the words on its image: a row's last cell then stands lower (or
    higher) than its first, as a column of its own would. Readings of the page's layout
    compare the heights of words across a row; they are given the boxes with the lean taken
    out (each box moved up or down by the lean times its distance from the page's left edge).
    A text layer's page, or a page that does not lean, is returned as it is.
    """
    if page.source is not PageSource.OCR or not page.words:
        return page
    lines: dict[int, list[LineWord]] = {}
    for word in page.words:
        box = word.bbox
        lines.setdefault(word.line, []).append(
            (word.text, (box.x0, box.top, box.x1, box.bottom), None)
        )
    slope = lean(list(lines.values()))
    if abs(slope) < MIN_LEAN:
        return page
    words = [
        word.model_copy(
            update={
                "bbox": BBox(
                    x0=word.bbox.x0,
                    top=word.bbox.top - slope * (word.bbox.x0 + word.bbox.x1) / 2,
                    x1=word.bbox.x1,
                    bottom=word.bbox.bottom - slope * (word.bbox.x0 + word.bbox.x1) / 2,
                )
            }
        )
        for word in page.words
    ]
    return page.model_copy(update={"words": words})
