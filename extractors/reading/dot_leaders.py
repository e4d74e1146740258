"""Leaders of dots ('MLH1 ........ intact'): found on a page image, taken out before OCR, put back.

Tesseract reads a long run of dots between a row's key and its value badly: as letters
('cccssusesccovess') that take the key's last letters with them ('MET' read 'MEM', 'p53' read
'PO'), as a few dots, or it drops the words beside the run ('MLH1 ...' with its 'intact' lost).
With the dots whitened, the row reads as 'MLH1 intact'; the leader is then put back into the
row as a word of dots where it stood, so the text reads as a digital page's does.

A leader is four or more dots (small blobs, about a dot high and wide, not flat as a hyphen
of a ruled line '-------' is) in a row, on one baseline, each close to the next. Found from
the image alone, by the dark pixels' connected runs; a page too noisy to look at cheaply (more
dark runs than `MAX_RUNS`) is left as it is.
"""

from dataclasses import dataclass

import numpy as np
from PIL import Image

from extractors.reading.tesseract_run import PixelWord

# Sizes in inches (times the image's dpi gives pixels): measured on 200-dpi scans and faxes,
# where a leader's dot is 3-5 pixels across and dots stand 8-10 pixels apart.
DOT_MAX_HEIGHT = 0.03
DOT_MAX_WIDTH = 0.035
BASELINE_TOLERANCE = 0.015
MAX_GAP = 0.07
MIN_DOTS = 4
DARK = 190  # grey levels below this are ink (antialiased dot edges included)
MAX_RUNS = 400_000


@dataclass(frozen=True)
class Leader:
    """A run of dots: its box in pixels of the image it was found on, and how many dots."""

    left: int
    top: int
    right: int
    bottom: int
    dots: int


def find_leaders(image: Image.Image, dpi: float) -> list[Leader]:
    """The leaders of dots on a grey page image taken at `dpi`."""
    pixels = np.asarray(image.convert("L")) < DARK
    boxes = _small_blobs(pixels, dpi)
    if boxes is None:
        return []
    chains: list[list[tuple[int, int, int, int]]] = []
    # Chains by the band their baseline falls in: a dot is looked for in its band and the two
    # beside it only, so a fax's thousands of specks cost no more than its dots.
    bands: dict[int, list[list[tuple[int, int, int, int]]]] = {}
    tolerance, gap = BASELINE_TOLERANCE * dpi, MAX_GAP * dpi
    for box in sorted(boxes, key=lambda b: b[1]):
        middle = (box[0] + box[2]) / 2
        band = int(middle // max(tolerance, 1.0))
        near = [chain for b in (band - 1, band, band + 1) for chain in bands.get(b, [])]
        for chain in near:
            last = chain[-1]
            if abs((last[0] + last[2]) / 2 - middle) <= tolerance and 0 < box[1] - last[3] <= gap:
                chain.append(box)
                break
        else:
            chains.append([box])
            bands.setdefault(band, []).append(chains[-1])
    return [
        Leader(
            left=min(b[1] for b in chain),
            top=min(b[0] for b in chain),
            right=max(b[3] for b in chain),
            bottom=max(b[2] for b in chain),
            dots=len(chain),
        )
        for chain in chains
        if len(chain) >= MIN_DOTS
    ]


def without_leaders(image: Image.Image, leaders: list[Leader]) -> Image.Image:
    """The image with its leaders whitened (a pixel's margin around each, for soft edges)."""
    if not leaders:
        return image
    pixels = np.array(image.convert("L"))
    for leader in leaders:
        pixels[
            max(0, leader.top - 1) : leader.bottom + 2, max(0, leader.left - 1) : leader.right + 2
        ] = 255
    return Image.fromarray(pixels)


def with_leaders(words: list[PixelWord], leaders: list[Leader]) -> list[PixelWord]:
    """The words in reading order with each leader put back into its row as a word of dots.

    A leader joins the row of the nearest word on its baseline to its left (else to its right),
    just after the row's words left of it; a leader with no word on its row is left out.
    """
    result = list(words)
    for leader in sorted(leaders, key=lambda item: (item.top, item.left)):
        row = [i for i, word in enumerate(result) if _on_row(word, leader)]
        if not row:
            continue
        left = [i for i in row if result[i].left + result[i].width <= leader.left + 1]
        anchor = (
            max(left, key=lambda i: result[i].left)
            if left
            else min(row, key=lambda i: result[i].left)
        )
        key = result[anchor].line_key
        line = [i for i in range(len(result)) if result[i].line_key == key]
        before = [i for i in line if result[i].left + result[i].width <= leader.left + 1]
        at = max(before) + 1 if before else min(line)
        result.insert(
            at,
            PixelWord(
                text="." * max(MIN_DOTS, leader.dots),
                left=leader.left,
                top=leader.top,
                width=leader.right - leader.left,
                height=leader.bottom - leader.top + 1,
                confidence=result[anchor].confidence,
                line_key=key,
            ),
        )
    return result


def _on_row(word: PixelWord, leader: Leader) -> bool:
    """Whether the leader's dots sit on the word's baseline (in its lower half)."""
    middle = (leader.top + leader.bottom) / 2
    return word.top + word.height / 2 <= middle <= word.top + word.height * 1.2


def _small_blobs(pixels: np.ndarray, dpi: float) -> list[tuple[int, int, int, int]] | None:
    """Boxes (top, left, bottom, right-exclusive) of the ink blobs no bigger than a dot.

    Connected (8-neighbour) runs of ink, row by row; None when the page has too many runs.
    """
    runs: list[tuple[int, int, int]] = []
    parent: list[int] = []

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    previous: list[tuple[int, int, int]] = []
    for y in np.flatnonzero(pixels.any(axis=1)).tolist():
        if runs and runs[-1][0] != y - 1:
            previous = []
        edges = np.diff(pixels[y].astype(np.int8), prepend=0, append=0)
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        if len(runs) + len(starts) > MAX_RUNS:
            return None
        current = []
        first = 0
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            index = len(runs)
            runs.append((y, start, end))
            parent.append(index)
            current.append((start, end, index))
            while first < len(previous) and previous[first][1] < start:
                first += 1
            other = first
            while other < len(previous) and previous[other][0] <= end:
                a, b = root(index), root(previous[other][2])
                if a != b:
                    parent[a] = b
                other += 1
        previous = current
    blobs: dict[int, list[int]] = {}
    for index, (y, start, end) in enumerate(runs):
        blob = blobs.setdefault(root(index), [y, start, y, end, 0])
        blob[0], blob[1] = min(blob[0], y), min(blob[1], start)
        blob[2], blob[3] = max(blob[2], y), max(blob[3], end)
        blob[4] += end - start
    height, width = DOT_MAX_HEIGHT * dpi, DOT_MAX_WIDTH * dpi
    return [
        (top, left, bottom, right)
        for top, left, bottom, right, area in blobs.values()
        if bottom - top + 1 <= height
        and right - left <= min(width, bottom - top + 3)  # a hyphen is wider than high, a dot not
        and area >= 3
    ]
