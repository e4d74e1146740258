"""Roles grant permissions; anything a role does not list, and any unknown role, is denied."""

import pytest

from review.permissions import Permission, allows


@pytest.mark.parametrize(
    ("role", "granted"),
    [
        ("viewer", {Permission.READ_CASES}),
        (
            "reviewer",
            {Permission.READ_CASES, Permission.DECIDE, Permission.SIGN_OFF, Permission.EXPORT},
        ),
        ("admin", set(Permission)),
        ("superuser", set()),
        ("", set()),
        ("Admin", set()),
    ],
)
def test_a_role_allows_exactly_its_permissions(role: str, granted: set[Permission]) -> None:
    assert {p for p in Permission if allows(role, p)} == granted
