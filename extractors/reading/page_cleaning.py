"""Rules and dark bands taken off a page image before tesseract reads it.

A laboratory's PDF draws its tables with ruled lines and sets its headers in bands: white
letters on a dark fill, or a table's header row on a grey fill that a fax's threshold turns
black. Printed and scanned, tesseract reads a rule beside a word as part of it ('/MSH2',
'[present', 'Intact' lost to 'Teas') and a dark band as noise ('iN othe Beye ead'); the text
layer of the same PDF has neither. So, on the levelled page:

- ruled_out: rules are whitened. A rule is a run of ink at least `RULE_LENGTH` long along a
  row (or a column) and no thicker across it than `RULE_THICKNESS`; where a letter's stroke
  crosses the rule, the ink is thicker there and stays, so the letter keeps its stem.
- bands_inverted: a dark band (ink at least `BAND_LENGTH` across and `BAND_HEIGHT` high) with
  light letters is turned over, dark for light, and its fill whitened, so its letters read as
  black on white; with dark letters (on a mid-grey fill) its fill is whitened.

Sizes are in inches, so they hold at any resolution; all of it is run lengths of ink along rows
and columns, a few array passes over the page.
"""

import numpy as np
from PIL import Image

# Grey levels below this are ink (a fax is 0 or 255; a scan's letters 30-120, its paper 230+);
# a rule is often drawn light grey, and is looked for up to a lighter level.
INK = 160
RULE_INK = 200
# Rules: at least this long (the longest stroke of a 36-point letter is shorter), at most this
# thick (a 2-point rule blurred by a scan).
RULE_LENGTH = 0.4
RULE_THICKNESS = 0.04
# Dark bands: at least this wide and this high, solid ink apart from their letters.
BAND_LENGTH = 0.8
BAND_HEIGHT = 0.12
# Rules are looked for first on the page shrunk to about this resolution; a rule leaning a
# little is followed this many pixels across.
POOL_DPI = 100
STEP = 2
BAND_CELL = 0.04
BAND_DARK_SHARE = 0.6
# A band's letters differ from its fill by at least this many grey levels.
LETTER_CONTRAST = 60


def cleaned_for_ocr(image: Image.Image, dpi: float) -> Image.Image:
    """The grey page with its dark bands turned over and its rules whitened."""
    pixels = np.asarray(image.convert("L"))
    turned = bands_inverted(pixels, dpi)
    cleaned = ruled_out(turned, dpi)
    if cleaned is pixels:
        return image
    return Image.fromarray(cleaned)


def bands_inverted(pixels: np.ndarray, dpi: float) -> np.ndarray:
    """The page with each dark band's box turned over (255 - grey); the page itself if none.

    Looked for on a grid of cells `BAND_CELL` wide: a band's cells are mostly ink even where its
    letters are, a page's text cells are mostly paper.
    """
    cell = max(1, round(BAND_CELL * dpi))
    rows, cols = pixels.shape[0] // cell, pixels.shape[1] // cell
    if rows == 0 or cols == 0:
        return pixels
    ink_all = pixels < INK
    ink = ink_all[: rows * cell, : cols * cell]
    dark = ink.reshape(rows, cell, cols, cell).mean(axis=(1, 3)) >= BAND_DARK_SHARE
    solid = (_run_lengths(dark) >= BAND_LENGTH / BAND_CELL) & (
        _run_lengths(dark.T).T >= BAND_HEIGHT / BAND_CELL
    )
    boxes = _boxes(solid, round(BAND_HEIGHT / BAND_CELL), round(BAND_LENGTH / BAND_CELL))
    if not boxes:
        return pixels
    turned = pixels
    for cells in boxes:
        top, bottom, left, right = (side * cell for side in cells)
        top, bottom, left, right = _fill_edges(ink_all, top, bottom, left, right, cell)
        box = (slice(top, bottom), slice(left, right))
        fill = int(np.median(pixels[box]))
        lighter = int((pixels[box] > fill + LETTER_CONTRAST).sum())
        darker = int((pixels[box] < fill - LETTER_CONTRAST).sum())
        if lighter == darker == 0:
            continue
        turned = turned.copy() if turned is pixels else turned
        area = turned[box]
        if lighter > darker:  # light letters on the fill: turned over, dark on light
            np.subtract(255, area, out=area)
            fill = 255 - fill
        # then the fill whitened, so that the band reads as the page around it
        area[area >= fill - LETTER_CONTRAST] = 255
    return turned


def _fill_edges(
    ink: np.ndarray, top: int, bottom: int, left: int, right: int, reach: int
) -> tuple[int, int, int, int]:
    """The box moved out, up to `reach` pixels a side, to the last rows and columns of its fill."""
    for _ in range(reach):
        if top > 0 and ink[top - 1, left:right].mean() >= BAND_DARK_SHARE:
            top -= 1
        if bottom < ink.shape[0] and ink[bottom, left:right].mean() >= BAND_DARK_SHARE:
            bottom += 1
        if left > 0 and ink[top:bottom, left - 1].mean() >= BAND_DARK_SHARE:
            left -= 1
        if right < ink.shape[1] and ink[top:bottom, right].mean() >= BAND_DARK_SHARE:
            right += 1
    return top, bottom, left, right


def ruled_out(pixels: np.ndarray, dpi: float) -> np.ndarray:
    """The page with its rules whitened; the page itself if it has none."""
    ink = pixels < RULE_INK
    length, thickness = RULE_LENGTH * dpi, RULE_THICKNESS * dpi
    pool = max(1, round(dpi / POOL_DPI))
    horizontal = _rules_along_rows(ink, length, thickness, pool)
    along_columns = _rules_along_rows(np.ascontiguousarray(ink.T), length, thickness, pool)
    vertical = None if along_columns is None else along_columns.T
    if horizontal is None and vertical is None:
        return pixels
    # Where two rules cross, the ink is thick both ways: each rule's long runs take it.
    rules = np.zeros_like(ink)
    for found in (horizontal, vertical):
        if found is not None:
            rules |= found
    cleaned = pixels.copy()
    cleaned[rules & ink] = 255
    return cleaned


def _rules_along_rows(
    ink: np.ndarray, length: float, thickness: float, pool: int
) -> np.ndarray | None:
    """Ink of the rules that run along the rows (a mask of the page), None if there are none.

    Rows that may hold one are found first on the page shrunk `pool` times (a pooled pixel is ink
    if any of its pixels is, so no run gets shorter): a page of text has few, and only those are
    measured at full size.
    """
    height, width = ink.shape
    rows, cols = height // pool, width // pool
    tall = ink[0 : rows * pool : pool, : cols * pool].copy()
    for offset in range(1, pool):
        tall |= ink[offset : rows * pool : pool, : cols * pool]
    pooled = tall[:, 0::pool].copy()
    for offset in range(1, pool):
        pooled |= tall[:, offset::pool]
    near = _rows_with_run(pooled, length / pool - 2)
    if near.size == 0:
        return None
    # A rule that leans a little steps from one row to the next: runs are measured on the ink
    # thickened by STEP pixels across the rule (rows near a candidate are looked at too).
    candidates = np.unique(
        np.clip((near[:, None] * pool + np.arange(-pool, 2 * pool)).ravel(), 0, height - 1)
    )
    thickened = ink[candidates].copy()
    for step in range(1, STEP + 1):
        thickened |= ink[np.clip(candidates - step, 0, height - 1)]
        thickened |= ink[np.clip(candidates + step, 0, height - 1)]
    long = (_run_lengths(thickened) >= length) & ink[candidates]
    if not long.any():
        return None
    found = np.flatnonzero(long.any(axis=1))
    long_rows, rule_rows = candidates[found], long[found]
    # Thin across: the ink's run down the page through each pixel of the rule, measured in a
    # window of rows around it (runs that leave the window are longer still, so not thin).
    reach = int(thickness) + 2
    window = np.unique(
        np.clip((long_rows[:, None] + np.arange(-reach, reach + 1)).ravel(), 0, height - 1)
    )
    down = _run_lengths(np.ascontiguousarray(ink[window].T)).T
    thin = down[np.searchsorted(window, long_rows)] <= thickness
    # Where a rule meets a rule across it, its ink is thick, and still rule: kept as rule when
    # the run across is itself as long as a rule.
    crossing = down[np.searchsorted(window, long_rows)] >= length
    mask = np.zeros_like(ink)
    mask[long_rows] = rule_rows & (thin | crossing)
    return mask


def row_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The runs of True along the mask's rows, in page order: each run's first pixel and its end.

    Both as flat positions in rows of width + 1 (the end is the column after the run's last).
    """
    rows, width = mask.shape
    padded = np.zeros((rows, width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1).ravel()
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def _rows_with_run(mask: np.ndarray, minimum: float) -> np.ndarray:
    """The rows (in order) where `_run_lengths(mask)` reaches `minimum` somewhere.

    From the runs' ends alone: no page-sized array of lengths is painted and summed.
    """
    rows, width = mask.shape
    if minimum <= 0:  # a pixel off the runs counts 0, which reaches it
        return np.arange(rows) if width else np.zeros(0, dtype=np.intp)
    starts, ends = row_runs(mask)
    long = starts[ends - starts >= minimum]
    return np.unique(long // (width + 1))


def _run_lengths(mask: np.ndarray) -> np.ndarray:
    """For each pixel, the length of the run of True along its row that holds it (0 if False)."""
    rows, width = mask.shape
    starts, ends = row_runs(mask)
    lengths = np.zeros(rows * (width + 1) + 1, dtype=np.int32)
    # Paint each run's length over its pixels: +len at its start, -len at its end, summed.
    lengths[starts] = ends - starts  # a run's start and the next run's end never coincide
    lengths[ends] = starts - ends
    # In int32, as the lengths are (no sum exceeds the width): int64 by default, twice the memory.
    painted = np.cumsum(lengths[:-1], dtype=np.int32).reshape(rows, width + 1)[:, :width]
    return np.where(mask, painted, 0)


def _boxes(mask: np.ndarray, min_height: int, min_width: int) -> list[tuple[int, int, int, int]]:
    """Boxes (top, bottom, left, right; ends exclusive) of the mask's bands of rows and columns."""
    boxes = []
    for top, bottom in _spans(mask.any(axis=1)):
        if bottom - top < min_height:
            continue
        for left, right in _spans(mask[top:bottom].any(axis=0)):
            if right - left >= min_width:
                boxes.append((top, bottom, left, right))
    return boxes


def _spans(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a 1-D array, end exclusive."""
    edges = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()
    return list(zip(starts, ends, strict=True))
