"""The ledger: every object seen, its bytes and whether it is done; it decides, not Prefect."""

import logging
import time
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    delete,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from review.db import Base, make_sessionmaker

WHEN = DateTime(timezone=True)
log = logging.getLogger(__name__)


class LedgerState(StrEnum):
    """Where one object is on its way to the review queue."""

    PENDING = "pending"
    PROCESSING = "processing"
    DONE = "done"
    REJECTED = "rejected"
    FAILED = "failed"  # markerflow's fault, not the file's: kept to be retried after an upgrade


class LedgerReason(StrEnum):
    """Reasons the ledger itself gives for a rejection (the reader's are schemas.RejectReason)."""

    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    BAD_CASE_ID = "bad_case_id"


NOT_RETRIED = (LedgerReason.BAD_CASE_ID,)


OPEN_STATES = (LedgerState.PENDING, LedgerState.PROCESSING)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class LedgerEntry(Base):
    """One object's bytes within one case: sha256, state, attempts and times."""

    __tablename__ = "ledger_entries"
    __table_args__ = (UniqueConstraint("case_id", "sha256", name="uq_ledger_case_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(128), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(512), doc="Where it came from: inbox, s3://b/p.")
    object_key: Mapped[str] = mapped_column(Text, doc="The object's key, escaped.")
    size_bytes: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default=LedgerState.PENDING, index=True)
    reason: Mapped[str | None] = mapped_column(String(64), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    flow_run_id: Mapped[str | None] = mapped_column(String(36), default=None)
    due_at: Mapped[datetime | None] = mapped_column(WHEN, default=None, index=True)
    first_seen_at: Mapped[datetime] = mapped_column(WHEN)
    updated_at: Mapped[datetime] = mapped_column(WHEN)
    finished_at: Mapped[datetime | None] = mapped_column(WHEN, default=None)

    @property
    def short_hash(self) -> str:
        """The first 12 hex digits of the sha256: enough to find it, no PHI."""
        return self.sha256[:12]


class LedgerContent(Base):
    """The bytes of an object, kept so a document survives its source being changed or deleted."""

    __tablename__ = "ledger_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class LedgerSighting(Base):
    """A version of an object already read: lets a poll skip it without reading its bytes again."""

    __tablename__ = "ledger_sightings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, doc="sha256 of source+key+ver.")
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"))
    seen_at: Mapped[datetime] = mapped_column(WHEN)


class LedgerTurn(Base):
    """A named turn held by one process until a time: who may start runs now."""

    __tablename__ = "ledger_turns"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(WHEN)


class Turn:
    """A named turn that one process at a time holds.

    A row of the database, held for `seconds` and extended by its holder: a holder that dies
    blocks the others no longer than that.
    """

    def __init__(self, sessions: sessionmaker[Session], name: str, seconds: float) -> None:
        self._sessions = sessions
        self.name = name
        self.seconds = seconds
        self.holder = uuid.uuid4().hex

    def extend(self) -> bool:
        """Take or keep the turn for `seconds` more; False while another holder has it."""
        now = utcnow()
        until = now + timedelta(seconds=self.seconds)
        mine_or_ran_out = or_(LedgerTurn.holder == self.holder, LedgerTurn.until <= now)
        taken = (
            update(LedgerTurn)
            .where(LedgerTurn.name == self.name, mine_or_ran_out)
            .values(holder=self.holder, until=until)
        )
        with self._sessions.begin() as session:
            if session.execute(taken).rowcount > 0:  # type: ignore[attr-defined]
                return True
            if session.get(LedgerTurn, self.name) is not None:
                return False
        try:
            with self._sessions.begin() as session:
                session.add(LedgerTurn(name=self.name, holder=self.holder, until=until))
        except IntegrityError:  # another holder took it first
            return False
        return True

    def wait(self, patience: float, poll: float = 0.2) -> bool:
        """Take the turn, waiting up to `patience` seconds for its holder to end it."""
        deadline = time.monotonic() + patience
        while not self.extend():
            if time.monotonic() >= deadline:
                return False
            time.sleep(poll)
        return True

    def end(self) -> None:
        """Give the turn up if this holder has it; if the database is gone it runs out alone."""
        mine = delete(LedgerTurn).where(
            LedgerTurn.name == self.name, LedgerTurn.holder == self.holder
        )
        try:
            with self._sessions.begin() as session:
                session.execute(mine)
        except SQLAlchemyError as err:
            log.warning("turn %s not given up: %s", self.name, type(err).__name__)

    @contextmanager
    def held(self, patience: float) -> Iterator[bool]:
        """Whether the turn was taken within `patience` seconds; given up at the end."""
        if not self.wait(patience):
            yield False
            return
        try:
            yield True
        finally:
            self.end()


@dataclass(frozen=True)
class NewObject:
    """What the ledger needs to record an object: ids and its bytes, never a local path."""

    case_id: str
    sha256: str
    source: str
    object_key: str
    data: bytes
    sighting_id: str | None = None


@dataclass(frozen=True)
class Recorded:
    """The outcome of recording an object: its entry and whether it was new."""

    entry_id: int
    created: bool


class Ledger:
    """Reads and moves ledger entries; every method is one short transaction."""

    def __init__(self, engine: Engine, lease: timedelta = timedelta(minutes=15)) -> None:
        self._sessions = make_sessionmaker(engine)
        self.lease = lease
        self._sighted: set[str] = set()  # sightings found; none is ever deleted

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def has_sighting(self, sighting_id: str) -> bool:
        """Whether this version of an object was read before.

        A sighting found is remembered by this ledger: a process that polls a folder every
        second asks the database only about the files it has not seen read yet.
        """
        if sighting_id in self._sighted:
            return True
        with self._session() as session:
            found = session.get(LedgerSighting, sighting_id) is not None
        if found:
            self._sighted.add(sighting_id)
        return found

    def record(self, obj: NewObject, rejected: LedgerReason | None = None) -> Recorded:
        """Record an object; the same bytes in the same case again is a no-op.

        With `rejected`, a new entry starts rejected for that reason (see record_rejected).
        """
        try:
            with self._session() as session:
                entry = self._find(session, obj.case_id, obj.sha256)
                created = entry is None
                if entry is None:
                    entry = self._insert(session, obj, rejected)
                self._note_sighting(session, obj.sighting_id, entry.id)
                return Recorded(entry.id, created)
        except IntegrityError:
            # Another intake recorded the same object at the same moment: theirs stands.
            with self._session() as session:
                entry = self._find(session, obj.case_id, obj.sha256)
                assert entry is not None
                self._note_sighting(session, obj.sighting_id, entry.id)
                return Recorded(entry.id, False)

    def record_rejected(self, obj: NewObject, reason: LedgerReason) -> Recorded:
        """Record an object refused before any run (its folder is no usable case id).

        It is listed among the rejected documents with its reason and never started; the same
        bytes under the same name again is a no-op.
        """
        return self.record(obj, rejected=reason)

    @staticmethod
    def _find(session: Session, case_id: str, sha256: str) -> LedgerEntry | None:
        query = select(LedgerEntry).where(
            LedgerEntry.case_id == case_id, LedgerEntry.sha256 == sha256
        )
        return session.scalars(query).one_or_none()

    @staticmethod
    def _insert(
        session: Session, obj: NewObject, rejected: LedgerReason | None = None
    ) -> LedgerEntry:
        now = utcnow()
        if session.get(LedgerContent, obj.sha256) is None:
            session.add(LedgerContent(sha256=obj.sha256, data=obj.data))
        entry = LedgerEntry(
            case_id=obj.case_id,
            sha256=obj.sha256,
            source=obj.source,
            object_key=obj.object_key,
            size_bytes=len(obj.data),
            state=LedgerState.PENDING if rejected is None else LedgerState.REJECTED,
            reason=None if rejected is None else rejected.value,
            attempts=0,
            due_at=now if rejected is None else None,
            first_seen_at=now,
            updated_at=now,
            finished_at=None if rejected is None else now,
        )
        session.add(entry)
        session.flush()
        return entry

    @staticmethod
    def _note_sighting(session: Session, sighting_id: str | None, entry_id: int) -> None:
        if sighting_id and session.get(LedgerSighting, sighting_id) is None:
            session.add(LedgerSighting(id=sighting_id, entry_id=entry_id, seen_at=utcnow()))

    def get(self, entry_id: int) -> LedgerEntry | None:
        """The entry with this id, or None."""
        with self._session() as session:
            return session.get(LedgerEntry, entry_id)

    def content(self, entry_id: int) -> bytes:
        """The bytes of the entry's object."""
        with self._session() as session:
            entry = session.get(LedgerEntry, entry_id)
            if entry is None:
                raise KeyError(entry_id)
            return session.get_one(LedgerContent, entry.sha256).data

    def due(self, now: datetime | None = None) -> list[LedgerEntry]:
        """Open entries whose next run should be started now: new, released, or lease expired."""
        now = now or utcnow()
        query = (
            select(LedgerEntry)
            .where(LedgerEntry.state.in_(OPEN_STATES), LedgerEntry.due_at <= now)
            .order_by(LedgerEntry.id)
        )
        with self._session() as session:
            return list(session.scalars(query))

    def mark_submitted(self, entry_id: int, attempt: int, flow_run_id: str) -> None:
        """A run for this attempt exists; the next one is due only once its lease runs out."""
        now = utcnow()
        self._update_open(
            entry_id,
            attempts=attempt,
            flow_run_id=flow_run_id,
            due_at=now + self.lease,
            updated_at=now,
        )

    def turn(self, name: str, seconds: float = 60.0) -> "Turn":
        """The turn `name`, which one holder at a time has (see Turn)."""
        return Turn(self._sessions, name, seconds)

    def awaiting_claim(self, now: datetime | None = None) -> list[str]:
        """The runs of pending entries whose lease has not run out: started, not yet claimed."""
        now = now or utcnow()
        query = (
            select(LedgerEntry.flow_run_id)
            .where(
                LedgerEntry.state == LedgerState.PENDING,
                LedgerEntry.flow_run_id.is_not(None),
                LedgerEntry.due_at > now,
            )
            .order_by(LedgerEntry.id)
        )
        with self._session() as session:
            return [run for run in session.scalars(query) if run is not None]

    def release_unclaimed(self, flow_run_ids: Collection[str]) -> int:
        """Make due now the entries these runs were started for and never claimed: they ended.

        Only an entry still pending with that same run moves; one a run claimed meanwhile, or
        that was started again under another run, is left as it is. Returns how many moved.
        """
        if not flow_run_ids:
            return 0
        now = utcnow()
        statement = (
            update(LedgerEntry)
            .where(
                LedgerEntry.state == LedgerState.PENDING,
                LedgerEntry.flow_run_id.in_(list(flow_run_ids)),
            )
            .values(due_at=now, updated_at=now)
        )
        with self._session() as session:
            return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def claim(self, entry_id: int, flow_run_id: str | None = None) -> LedgerEntry | None:
        """Start processing an open entry; None when it is finished or not this run's.

        With `flow_run_id`, only the entry's current run (or any run, for an entry never
        started through intake) may claim it: a run that was given up on (its worker reported it
        crashed, or its lease ran out unclaimed) and started late anyway finds the entry started
        again under another run and leaves it to that one.
        """
        now = utcnow()
        run = LedgerEntry.flow_run_id
        ours = [] if flow_run_id is None else [or_(run.is_(None), run == flow_run_id)]
        claimed = self._update_open(
            entry_id, *ours, state=LedgerState.PROCESSING, due_at=now + self.lease, updated_at=now
        )
        return self.get(entry_id) if claimed else None

    def hold(self, entry_id: int, state: LedgerState) -> bool:
        """Renew the lease of an entry still in `state`: its run is alive or still waiting.

        A processing run calls this as its heartbeat; intake calls it for a run Prefect has not
        started yet. False once the entry has left that state (finished, or taken over).
        """
        now = utcnow()
        statement = (
            update(LedgerEntry)
            .where(LedgerEntry.id == entry_id, LedgerEntry.state == state)
            .values(due_at=now + self.lease, updated_at=now)
        )
        with self._session() as session:
            return session.execute(statement).rowcount > 0  # type: ignore[attr-defined]

    def release(self, entry_id: int) -> None:
        """A transient failure: the entry is due again at once, with a new attempt."""
        now = utcnow()
        self._update_open(entry_id, state=LedgerState.PENDING, due_at=now, updated_at=now)

    def mark_done(self, entry_id: int) -> None:
        """The document is in the review queue."""
        self._finish(entry_id, LedgerState.DONE, None)

    def mark_rejected(self, entry_id: int, reason: str) -> None:
        """The document is refused for good, with a reason code."""
        self._finish(entry_id, LedgerState.REJECTED, reason)

    def mark_failed(self, entry_id: int, step: str) -> None:
        """Markerflow failed on the document at `step` (an internal error, not the file's fault).

        The entry waits, with the step as its reason, until ops retry it (after an upgrade);
        another automatic run would only fail the same way.
        """
        self._finish(entry_id, LedgerState.FAILED, step)

    def _finish(self, entry_id: int, state: LedgerState, reason: str | None) -> None:
        now = utcnow()
        self._update_open(
            entry_id, state=state, reason=reason, due_at=None, updated_at=now, finished_at=now
        )

    def _update_open(
        self, entry_id: int, *conditions: ColumnElement[bool], **values: object
    ) -> bool:
        """Set `values` on the entry if it is still open (and meets `conditions`)."""
        statement = (
            update(LedgerEntry)
            .where(LedgerEntry.id == entry_id, LedgerEntry.state.in_(OPEN_STATES), *conditions)
            .values(**values)
        )
        with self._session() as session:
            return session.execute(statement).rowcount > 0  # type: ignore[attr-defined]

    def rejected(self) -> list[LedgerEntry]:
        """Every rejected entry, oldest first."""
        return self.in_state(LedgerState.REJECTED)

    def failed(self) -> list[LedgerEntry]:
        """Every entry markerflow failed on (internal errors), oldest first."""
        return self.in_state(LedgerState.FAILED)

    def in_state(self, state: LedgerState) -> list[LedgerEntry]:
        """Every entry in `state`, oldest first."""
        query = select(LedgerEntry).where(LedgerEntry.state == state).order_by(LedgerEntry.id)
        with self._session() as session:
            return list(session.scalars(query))

    def retry(self, entry_id: int, state: LedgerState = LedgerState.REJECTED) -> bool:
        """Put an entry in `state` (rejected or failed) back in line; False when it is not.

        An entry refused for its folder name (bad_case_id) is not retried: renaming the folder
        to a usable case id brings the file in as a new upload.
        """
        if state not in (LedgerState.REJECTED, LedgerState.FAILED):
            raise ValueError(f"only rejected or failed entries are retried, not {state}")
        now = utcnow()
        statement = (
            update(LedgerEntry)
            .where(
                LedgerEntry.id == entry_id,
                LedgerEntry.state == state,
                or_(
                    LedgerEntry.reason.is_(None),
                    LedgerEntry.reason.not_in([r.value for r in NOT_RETRIED]),
                ),
            )
            .values(
                state=LedgerState.PENDING, reason=None, due_at=now, updated_at=now, finished_at=None
            )
        )
        with self._session() as session:
            return session.execute(statement).rowcount > 0  # type: ignore[attr-defined]

    def entries(self, case_id: str | None = None) -> list[LedgerEntry]:
        """Every entry, or those of one case, oldest first."""
        query = select(LedgerEntry).order_by(LedgerEntry.id)
        if case_id is not None:
            query = query.where(LedgerEntry.case_id == case_id)
        with self._session() as session:
            return list(session.scalars(query))
