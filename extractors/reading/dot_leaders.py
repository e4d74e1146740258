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

from extractors.reading.page_cleaning import row_runs
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

    Connected (8-neighbour) runs of ink, row by row, in the order of each blob's first run;
    None when the page has too many runs. Array passes over the page's runs, not a loop over
    them: a fax page holds tens of thousands of runs, and a loop cost more than tesseract's
    reading of a fifth of the page.
    """
    height, width = pixels.shape
    # Flat positions in rows of width + 1: a run's first pixel and the column after its last.
    starts, ends = row_runs(pixels)
    count = starts.size
    if count > MAX_RUNS:
        return None
    if count == 0:
        return []
    rows = starts // (width + 1)
    starts -= rows * (width + 1)
    ends -= rows * (width + 1)
    # A run touches the runs of the row above that end at or after its start and start at or
    # before its end (8 neighbours): a stretch of that row's runs, found by position on the page.
    stride = width + 2
    start_keys, end_keys = rows * stride + starts, rows * stride + ends
    first = np.searchsorted(end_keys, start_keys - stride, side="left")
    after = np.searchsorted(start_keys, end_keys - stride, side="right")
    touching = np.maximum(after - first, 0)
    below = np.repeat(np.arange(count), touching)
    above = np.repeat(first - np.cumsum(touching) + touching, touching) + np.arange(below.size)
    labels = _components(count, below, above)
    # A blob's label is its first run's index, so blobs come in the order of their first runs.
    blobs = np.unique(labels)
    index = np.searchsorted(blobs, labels)
    tops = np.full(blobs.size, height, dtype=np.int64)
    lefts = np.full(blobs.size, width, dtype=np.int64)
    bottoms = np.zeros(blobs.size, dtype=np.int64)
    rights = np.zeros(blobs.size, dtype=np.int64)
    np.minimum.at(tops, index, rows)
    np.minimum.at(lefts, index, starts)
    np.maximum.at(bottoms, index, rows)
    np.maximum.at(rights, index, ends)
    areas = np.bincount(index, weights=ends - starts, minlength=blobs.size)
    tall = bottoms - tops + 1
    small = (
        (tall <= DOT_MAX_HEIGHT * dpi)
        & (rights - lefts <= np.minimum(DOT_MAX_WIDTH * dpi, tall + 2))  # a hyphen is wider
        & (areas >= 3)
    )
    return list(
        zip(
            tops[small].tolist(),
            lefts[small].tolist(),
            bottoms[small].tolist(),
            rights[small].tolist(),
            strict=True,
        )
    )


def _components(count: int, one: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Each of `count` nodes' component, named by its lowest node, for the edges one-other.

    Each pass hooks the larger of an edge's two labels onto the smaller, then lets every node
    jump to its label's label until none moves; a few passes settle a page.
    """
    labels = np.arange(count)
    while True:
        low, high = labels[one], labels[other]
        smaller = np.minimum(low, high)
        if np.array_equal(low, high):
            return labels
        np.minimum.at(labels, np.maximum(low, high), smaller)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
