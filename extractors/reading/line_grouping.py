"""Put a page's words into reading lines: top to bottom, then left to right."""

from statistics import median

from schemas.document import Box

# (text, (x0, top, x1, bottom), OCR confidence or None)
LineWord = tuple[str, Box, float | None]


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


def _centre(word: LineWord) -> float:
    return (word[1][1] + word[1][3]) / 2
