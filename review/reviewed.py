"""A case's results as they stand after its reviewers' decisions (the rules live in schemas)."""

from schemas.reviewed import (
    ADDED_PREFIX,
    ReviewedResult,
    latest_decisions,
    marker_details,
    result_version,
    reviewed_results,
    undecided_results,
)

__all__ = [
    "ADDED_PREFIX",
    "ReviewedResult",
    "latest_decisions",
    "marker_details",
    "result_version",
    "reviewed_results",
    "undecided_results",
]
