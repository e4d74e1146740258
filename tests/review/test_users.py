"""Users are stored with argon2 hashes and authenticated by name and password."""

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, select

from review.db import make_sessionmaker
from review.errors import UserExists, WeakPassword
from review.permissions import Role
from review.tables import UserRow
from review.users import UserStore

PASSWORD = "correct horse battery staple"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def users(engine: Engine) -> UserStore:
    return UserStore(engine, FAST)


def test_a_user_is_stored_with_an_argon2_hash_never_the_password(
    users: UserStore, engine: Engine
) -> None:
    users.add("rita", Role.REVIEWER, PASSWORD)

    with make_sessionmaker(engine)() as session:
        stored = session.scalars(select(UserRow.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_the_right_password_authenticates(users: UserStore) -> None:
    added = users.add("rita", Role.REVIEWER, PASSWORD)
    assert users.authenticate("rita", PASSWORD) == added


@pytest.mark.parametrize(("name", "password"), [("rita", "wrong password!"), ("nobody", PASSWORD)])
def test_a_wrong_password_or_unknown_user_does_not(
    users: UserStore, name: str, password: str
) -> None:
    users.add("rita", Role.REVIEWER, PASSWORD)
    assert users.authenticate(name, password) is None


def test_a_name_is_taken_once(users: UserStore) -> None:
    users.add("rita", Role.REVIEWER, PASSWORD)
    with pytest.raises(UserExists):
        users.add("rita", Role.ADMIN, PASSWORD)


def test_a_short_password_is_refused(users: UserStore) -> None:
    with pytest.raises(WeakPassword):
        users.add("rita", Role.REVIEWER, "short")
    assert users.list() == []


def test_a_hash_made_with_weaker_parameters_is_upgraded_at_login(engine: Engine) -> None:
    UserStore(engine, FAST).add("rita", Role.REVIEWER, PASSWORD)
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)

    assert UserStore(engine, stronger).authenticate("rita", PASSWORD) is not None

    with make_sessionmaker(engine)() as session:
        stored = session.scalars(select(UserRow.password_hash)).one()
    assert not stronger.check_needs_rehash(stored)
