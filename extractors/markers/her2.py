"""HER2 status of each specimen by ASCO/CAP 2018 (affirmed 2023), from the per-test results."""

from schemas.markers import HER2Interpretation, MarkerResult


def interpret_her2(results: list[MarkerResult]) -> list[HER2Interpretation]:
    """One combined HER2 interpretation per specimen that has a HER2 IHC or ISH result."""
    return []
