"""HER2 status of each specimen by ASCO/CAP 2018 (affirmed 2023), from the per-test results."""

from dataclasses import dataclass

from schemas.markers import (
    Aspect,
    HER2Interpretation,
    IHCScore,
    Marker,
    MarkerResult,
    Status,
)

_POSITIVE_WITH_IHC = {2: {IHCScore.THREE}, 3: {IHCScore.TWO, IHCScore.THREE}, 4: {IHCScore.THREE}}


@dataclass
class _Tests:
    """One specimen's HER2 IHC and ISH results."""

    ihc: IHCScore | None = None
    ihc_status: Status | None = None
    ish_status: Status | None = None
    ratio: float | None = None
    copy_number: float | None = None


def interpret_her2(results: list[MarkerResult]) -> list[HER2Interpretation]:
    """One combined HER2 interpretation per specimen that has a HER2 IHC or ISH result."""
    by_specimen: dict[str | None, _Tests] = {}
    for result in results:
        if result.marker is not Marker.HER2 or result.historical:
            continue
        tests = by_specimen.setdefault(result.specimen, _Tests())
        if result.aspect is Aspect.EXPRESSION:
            _add_ihc(tests, result)
        elif result.aspect is Aspect.AMPLIFICATION:
            _add_ish(tests, result)
    return [
        _interpret(specimen, tests)
        for specimen, tests in by_specimen.items()
        if tests.ihc_status is not None or tests.ish_status is not None
    ]


def _add_ihc(tests: _Tests, result: MarkerResult) -> None:
    if result.ihc_score is not None and (tests.ihc is None or result.ihc_score > tests.ihc):
        tests.ihc = result.ihc_score
    if tests.ihc_status is None or result.ihc_score is not None:
        tests.ihc_status = result.status


def _add_ish(tests: _Tests, result: MarkerResult) -> None:
    tests.ish_status = result.status
    tests.ratio = result.ratio if result.ratio is not None else tests.ratio
    tests.copy_number = result.copy_number if result.copy_number is not None else tests.copy_number


def ish_group(ratio: float, copy_number: float) -> int:
    """ASCO/CAP 2018 ISH group from the HER2/CEP17 ratio and the average HER2 copy number."""
    if ratio >= 2.0:
        return 1 if copy_number >= 4.0 else 2
    if copy_number >= 6.0:
        return 3
    return 4 if copy_number >= 4.0 else 5


def _interpret(specimen: str | None, tests: _Tests) -> HER2Interpretation:
    group = None
    if tests.ratio is not None and tests.copy_number is not None:
        group = ish_group(tests.ratio, tests.copy_number)
    status = _status(tests, group)
    amplified = _amplified(tests, group, status)
    her2_low = status is Status.NEGATIVE and (
        tests.ihc is IHCScore.ONE or (tests.ihc is IHCScore.TWO and amplified is False)
    )
    return HER2Interpretation(
        specimen=specimen,
        status=status,
        ihc_score=tests.ihc,
        ish_amplified=amplified,
        ish_ratio=tests.ratio,
        ish_copy_number=tests.copy_number,
        ish_group=group,
        her2_low=her2_low,
        ihc_zero=tests.ihc is IHCScore.ZERO,
        basis=_basis(tests, group),
    )


def _amplified(tests: _Tests, group: int | None, status: Status) -> bool | None:
    """The ISH call: group 1 amplified, 5 not; 2-4 follow the IHC work-up's verdict."""
    if group is None:
        return None if tests.ish_status is None else tests.ish_status is Status.POSITIVE
    if group in (1, 5):
        return group == 1
    return None if status is Status.EQUIVOCAL else status is Status.POSITIVE


def _status(tests: _Tests, group: int | None) -> Status:
    if tests.ihc is IHCScore.THREE:
        return Status.POSITIVE
    if group is not None:
        return _status_from_group(group, tests.ihc)
    if tests.ish_status is Status.POSITIVE:
        return Status.POSITIVE
    if tests.ish_status is Status.NEGATIVE:
        return Status.NEGATIVE
    if tests.ihc in (IHCScore.ZERO, IHCScore.ONE):
        return Status.NEGATIVE
    if tests.ihc is IHCScore.TWO or tests.ish_status is Status.EQUIVOCAL:
        return Status.EQUIVOCAL
    return tests.ihc_status if tests.ihc_status is not None else Status.EQUIVOCAL


def _status_from_group(group: int, ihc: IHCScore | None) -> Status:
    if group == 1:
        return Status.POSITIVE
    if group == 5:
        return Status.NEGATIVE
    if ihc is None:
        return Status.EQUIVOCAL
    return Status.POSITIVE if ihc in _POSITIVE_WITH_IHC[group] else Status.NEGATIVE


def _basis(tests: _Tests, group: int | None) -> str:
    parts = []
    if tests.ihc is not None:
        parts.append(f"IHC {tests.ihc.value}")
    elif tests.ihc_status is not None:
        parts.append(f"IHC {tests.ihc_status.value}")
    if tests.ish_status is not None:
        ratio = f", ratio {tests.ratio:g}" if tests.ratio is not None else ""
        copies = f", {tests.copy_number:g} copies per cell" if tests.copy_number is not None else ""
        parts.append(f"ISH {tests.ish_status.value}{ratio}{copies}")
    if group is not None:
        parts.append(f"ASCO/CAP 2018 ISH group {group}")
    return "; ".join(parts)
