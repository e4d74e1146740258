"""Who may do what in the review app: roles grant permissions, everything else is denied."""

from enum import StrEnum


class Role(StrEnum):
    """A user's role: viewers read, reviewers decide and sign off, admins also manage."""

    VIEWER = "viewer"
    REVIEWER = "reviewer"
    ADMIN = "admin"


class Permission(StrEnum):
    """One thing the app lets a user do."""

    READ_CASES = "read_cases"
    DECIDE = "decide"
    SIGN_OFF = "sign_off"
    EXPORT = "export"
    MANAGE_USERS = "manage_users"
    READ_AUDIT = "read_audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset({Permission.READ_CASES}),
    Role.REVIEWER: frozenset(
        {Permission.READ_CASES, Permission.DECIDE, Permission.SIGN_OFF, Permission.EXPORT}
    ),
    Role.ADMIN: frozenset(Permission),
}


def allows(role: str, permission: Permission) -> bool:
    """Whether the role grants the permission; an unknown role grants nothing."""
    try:
        known = Role(role)
    except ValueError:
        return False
    return permission in ROLE_PERMISSIONS.get(known, frozenset())
