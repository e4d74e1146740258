"""Plain records the pipeline's components leave on a Doc, with raw character offsets."""

from dataclasses import dataclass, field

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


def longest_first(items: list[Cue]) -> list[Cue]:
    """Drop every cue that overlaps a longer one; keep the rest in text order."""
    kept: list[Cue] = []
    for cue in sorted(items, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cue.end <= other.start or cue.start >= other.end for other in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


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
