"""The review package's errors, each saying what went wrong in ids, never in report text."""


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
