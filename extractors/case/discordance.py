"""Different statuses for one test on different specimens: flagged, since either may be right."""

from itertools import groupby

from extractors.case.merging import make_conflict
from schemas.case import CaseMarker, Conflict, ConflictKind, MarkerState


def _test_key(marker: CaseMarker) -> tuple[str, str]:
    return (marker.marker.value, marker.aspect.value)


def _disagree(results: list[CaseMarker]) -> bool:
    """Different statuses, or different stated IHC scores (HER2 0 against 1+ matters)."""
    scores = {m.ihc_score for m in results if m.ihc_score is not None}
    return len({m.status for m in results}) > 1 or len(scores) > 1


def discordant_specimens(markers: list[CaseMarker]) -> list[Conflict]:
    """One conflict per test whose current results on different specimens disagree."""
    current = sorted(
        (m for m in markers if m.state is MarkerState.CURRENT and not m.historical),
        key=lambda m: (*_test_key(m), m.specimen_ref, m.marker_id),
    )
    conflicts = []
    for _, group in groupby(current, key=_test_key):
        results = list(group)
        specimens = {m.specimen_ref for m in results}
        if len(specimens) > 1 and _disagree(results):
            conflict = make_conflict(ConflictKind.DISCORDANT_SPECIMENS, results, "")
            conflicts.append(conflict)
    return conflicts
