"""The review package's errors, each saying what went wrong in ids, never in report text."""

from schemas.case import ReviewDecision


class ReviewError(Exception):
    """Base of every error the review store and app raise on purpose."""


class CaseNotFound(ReviewError):
    """No case with this id is in the review database."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"no case {case_id!r} in the review database")
        self.case_id = case_id


class CaseLocked(ReviewError):
    """The case is signed off; it takes no more decisions until a new document reopens it."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"case {case_id!r} is signed off and locked")
        self.case_id = case_id


class UnknownMarkerResult(ReviewError):
    """A decision names a result the case does not have."""

    def __init__(self, case_id: str, marker_id: str) -> None:
        super().__init__(f"case {case_id!r} has no result {marker_id!r}")
        self.case_id = case_id
        self.marker_id = marker_id


class UserExists(ReviewError):
    """A user with this name already exists."""

    def __init__(self, name: str) -> None:
        super().__init__(f"user {name!r} already exists")
        self.name = name


class WeakPassword(ReviewError):
    """The password is too short to protect patient data."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"the password must have at least {minimum} characters")
        self.minimum = minimum


class StaleDecision(ReviewError):
    """A decision was made on a page older than the result's newest decision."""

    def __init__(self, case_id: str, marker_id: str, latest: ReviewDecision | None) -> None:
        super().__init__(f"case {case_id!r}: result {marker_id!r} was decided meanwhile")
        self.case_id = case_id
        self.marker_id = marker_id
        self.latest = latest


class InconsistentDecision(ReviewError):
    """A decision would leave its result contradicting itself; the message says why."""

    def __init__(self, case_id: str, code: str, message: str) -> None:
        super().__init__(message)
        self.case_id = case_id
        self.code = code


class UndecidedResults(ReviewError):
    """A sign-off would leave results undecided that the reviewer did not confirm leaving."""

    def __init__(self, case_id: str, marker_ids: list[str]) -> None:
        super().__init__(f"case {case_id!r} has {len(marker_ids)} undecided result(s)")
        self.case_id = case_id
        self.marker_ids = marker_ids


class UnknownUser(ReviewError):
    """No user has this id."""

    def __init__(self, user_id: int) -> None:
        super().__init__(f"no user with id {user_id}")
        self.user_id = user_id
