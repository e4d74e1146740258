"""Plain records the pipeline's components leave on a Doc, with raw character offsets."""

from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from extractors.markers.values import StatedValues
from schemas.markers import Aspect, Marker, Status


@dataclass(frozen=True)
class Mention:
    """Words naming a marker (or an alteration that names it, like L858R)."""

    marker: Marker
    start: int
    end: int
    implied: bool = False
    name_end: int | None = None


@dataclass(frozen=True)
class Cue:
    """Words stating a status, and whether they speak of a marker before or after them."""

    start: int
    end: int
    status: Status
    direction: str
    aspect: Aspect | None
    scored_markers: bool = True
    weak: bool = False
    scored_status: Status | None = None
    leads: bool = False  # may also state the result of the name right after it
    kept_or_lost: bool = False  # says a protein was kept or lost: a panel's verdict too

    def status_for(self, scored: bool) -> Status:
        """The status the words state for a marker scored 0 to 3+ (HER2) or for any other."""
        return self.scored_status if scored and self.scored_status else self.status


@dataclass(frozen=True)
class Region:
    """A stretch of text with a label: an exclusion reason, an aspect, 'historical'."""

    start: int
    end: int
    label: str


class Span(Protocol):
    """Anything with a start and an end on the page: a mention, a cue, a region."""

    @property
    def start(self) -> int:
        """Where the span starts."""
        ...

    @property
    def end(self) -> int:
        """Where the span ends (past its last character)."""
        ...


class KeptApart:
    """Spans kept so that no two overlap, and whether a new one would overlap any of them.

    Kept spans never overlap, so in order of start (then end) their ends never fall either:
    the one a new span can overlap is the last to start before the new one ends, found by
    bisection where a loop over every kept span took time in the square of a page's results.
    """

    def __init__(self) -> None:
        self._kept: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a kept span (an empty span only strictly inside one)."""
        before = bisect_left(self._kept, (end,))
        return before > 0 and self._kept[before - 1][1] > start

    def keep(self, start: int, end: int) -> None:
        """Keep [start, end), which overlaps no kept span."""
        insort(self._kept, (start, end))


def without_overlaps[S: Span](items: Sequence[S]) -> list[S]:
    """Drop every span that overlaps a longer one (of two as long, the later); text order."""
    kept: list[S] = []
    if any(item.end < item.start for item in items):  # no such span is made; read one by one
        for item in sorted(items, key=lambda c: (-(c.end - c.start), c.start)):
            if all(item.end <= other.start or item.start >= other.end for other in kept):
                kept.append(item)
        return sorted(kept, key=lambda c: c.start)
    apart = KeptApart()
    for item in sorted(items, key=lambda c: (-(c.end - c.start), c.start)):
        if not apart.overlaps(item.start, item.end):
            apart.keep(item.start, item.end)
            kept.append(item)
    return sorted(kept, key=lambda c: c.start)


def longest_first(items: list[Cue]) -> list[Cue]:
    """Drop every cue that overlaps a longer one; keep the rest in text order."""
    return without_overlaps(items)


class StartIndex:
    """A list's spans by their starts: which of them may overlap a stretch, by bisection.

    `near` gives a few more than overlap (every span starting within the longest span's length
    before the stretch), in the list's order, for the caller's own test of each.
    """

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self._order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._starts = [spans[i].start for i in self._order]
        self._longest = max((max(0, s.end - s.start) for s in spans), default=0)
        self._every = any(s.end < s.start for s in spans)  # none is made; every one, then

    def of(self, spans: Sequence[Span]) -> bool:
        """Whether this is the index of that list as it stands (the same list, as long)."""
        return spans is self.spans and len(spans) == len(self._starts)

    def near(self, start: int, end: int) -> list[int]:
        """The list's indices, in its order, of every span that may overlap [start, end).

        Every span that ends after `start` and starts before `end` (or at `end`: an empty
        stretch's own offset), with a few more.
        """
        if self._every:
            return list(range(len(self.spans)))
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end + 1)
        return sorted(self._order[low:high])


@dataclass
class Finding:
    """One result read from one place on a page."""

    marker: Marker
    aspect: Aspect
    status: Status
    start: int
    end: int
    values: StatedValues = field(default_factory=StatedValues)
    alteration: str | None = None
    specimen: str | None = None
    historical: bool = False
    amended: bool = False
    inferred: bool = False  # the status follows from a stated percent, no verdict word
    rule: str | None = None  # the rule of a second pass that read it ('fallback.statement')
    kind: str | None = None  # the kind of wording that second pass read ('verdict_before_the_name')
