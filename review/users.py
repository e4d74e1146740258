"""The review app's users: names, roles and argon2 password hashes."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError

from review.db import make_sessionmaker
from review.errors import UnknownUser, UserExists, WeakPassword
from review.permissions import Role
from review.tables import SessionRow, UserRow, utc_now

MINIMUM_PASSWORD_LENGTH = 12

UNKNOWN_USER_PASSWORD = "no such user: verify anyway so timing tells nothing"  # noqa: S105


class User(BaseModel):
    """A user as the app sees one: never the hash."""

    model_config = ConfigDict(extra="forbid")

    id: int
    name: str
    role: Role
    active: bool


def _user(row: UserRow) -> User:
    return User(id=row.id, name=row.name, role=Role(row.role), active=row.active)


def _password_matches(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class UserStore:
    """Adds, lists and authenticates users; argon2 parameters are argon2-cffi's unless given."""

    def __init__(self, engine: Engine, hasher: PasswordHasher | None = None) -> None:
        self._sessions = make_sessionmaker(engine)
        self._hasher = hasher or PasswordHasher()
        self._unknown_user_hash = self._hasher.hash(UNKNOWN_USER_PASSWORD)

    def add(self, name: str, role: Role, password: str) -> User:
        """Add a user with an argon2 hash of the password."""
        if len(password) < MINIMUM_PASSWORD_LENGTH:
            raise WeakPassword(MINIMUM_PASSWORD_LENGTH)
        row = UserRow(
            name=name,
            role=role.value,
            password_hash=self._hasher.hash(password),
            active=True,
            created_at=utc_now(),
        )
        try:
            with self._sessions.begin() as session:
                session.add(row)
        except IntegrityError as error:
            raise UserExists(name) from error
        return _user(row)

    def list(self) -> list[User]:
        """Every user, by name."""
        with self._sessions() as session:
            return [_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]

    def get(self, user_id: int) -> User | None:
        """The user with this id, or None."""
        with self._sessions() as session:
            row = session.get(UserRow, user_id)
            return None if row is None else _user(row)

    def authenticate(self, name: str, password: str) -> User | None:
        """The active user with this name and password, else None."""
        with self._sessions.begin() as session:
            row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
            if row is None:
                _password_matches(self._hasher, self._unknown_user_hash, password)
                return None
            if not _password_matches(self._hasher, row.password_hash, password) or not row.active:
                return None
            if self._hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self._hasher.hash(password)
            return _user(row)

    def set_active(self, user_id: int, active: bool) -> User:
        """Activate or deactivate a user; deactivating ends the user's sessions."""
        with self._sessions.begin() as session:
            row = session.get(UserRow, user_id, with_for_update=True)
            if row is None:
                raise UnknownUser(user_id)
            row.active = active
            if not active:
                session.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            return _user(row)

    def reset_password(self, user_id: int, password: str) -> User:
        """Give a user a new password (argon2 hash); the user's sessions end."""
        if len(password) < MINIMUM_PASSWORD_LENGTH:
            raise WeakPassword(MINIMUM_PASSWORD_LENGTH)
        with self._sessions.begin() as session:
            row = session.get(UserRow, user_id, with_for_update=True)
            if row is None:
                raise UnknownUser(user_id)
            row.password_hash = self._hasher.hash(password)
            session.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            return _user(row)

    def by_name(self, name: str) -> User | None:
        """The user with this name, or None."""
        with self._sessions() as session:
            row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
            return None if row is None else _user(row)
