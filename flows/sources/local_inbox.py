"""The local inbox folder: <inbox>/<case id>/<file>, regular files only, once they stop changing."""

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from flows.sources.base import Listing, SkipSeen, SourceObject
from flows.sources.names import is_hidden_or_temporary, is_valid_case_id


class SourceChanged(Exception):
    """The object changed or vanished between listing and reading; the next poll sees it again."""


@dataclass(frozen=True)
class _Candidate:
    case_id: str
    name: str
    size: int
    mtime_ns: int

    @property
    def version(self) -> str:
        return f"{self.size}:{self.mtime_ns}"


class LocalInbox:
    """A folder of case folders; symlinks, special, hidden and still-growing files are left out."""

    def __init__(self, root: Path, settle_seconds: float = 1.0) -> None:
        self.root = root
        self.settle_seconds = settle_seconds
        self.name = "inbox"

    def list_objects(self, skip: SkipSeen) -> Listing:
        """Files whose size and mtime are the same across two looks `settle_seconds` apart."""
        self.root.mkdir(parents=True, exist_ok=True)
        first, ignored = self._look()
        fresh = [c for c in first if not skip(self._object(c).sighting_id)]
        if not fresh:
            return Listing([], ignored)
        time.sleep(self.settle_seconds)
        second = set(self._look()[0])
        settled = [self._object(c) for c in fresh if c in second]
        return Listing(settled, ignored)

    def read(self, obj: SourceObject) -> bytes:
        """The file's bytes, opened without following links; SourceChanged if it moved on."""
        case_dir = os.open(self.root / obj.case_id, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        try:
            name = obj.key.partition("/")[2]
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=case_dir)
        except OSError as err:
            raise SourceChanged("object vanished or is a link") from err
        finally:
            os.close(case_dir)
        with os.fdopen(fd, "rb") as handle:
            before = os.fstat(handle.fileno())
            if not stat.S_ISREG(before.st_mode) or _version(before) != obj.version:
                raise SourceChanged("object changed since it was listed")
            data = handle.read()
            if _version(os.fstat(handle.fileno())) != obj.version:
                raise SourceChanged("object changed while it was read")
        return data

    def _object(self, candidate: _Candidate) -> SourceObject:
        return SourceObject(
            source=self.name,
            case_id=candidate.case_id,
            key=f"{candidate.case_id}/{candidate.name}",
            version=candidate.version,
        )

    def _look(self) -> tuple[list[_Candidate], int]:
        candidates: list[_Candidate] = []
        ignored = 0
        with os.scandir(self.root) as cases:
            for case in cases:
                if not case.is_dir(follow_symlinks=False) or case.name.startswith("."):
                    ignored += 1
                    continue
                if not is_valid_case_id(case.name):
                    ignored += 1
                    continue
                found, skipped = _look_in_case(case.path, case.name)
                candidates += found
                ignored += skipped
        return candidates, ignored


def _look_in_case(path: str, case_id: str) -> tuple[list[_Candidate], int]:
    found: list[_Candidate] = []
    ignored = 0
    with os.scandir(path) as entries:
        for entry in entries:
            if is_hidden_or_temporary(entry.name):
                continue
            if not entry.is_file(follow_symlinks=False):
                ignored += 1
                continue
            info = entry.stat(follow_symlinks=False)
            found.append(_Candidate(case_id, entry.name, info.st_size, info.st_mtime_ns))
    return found, ignored


def _version(info: os.stat_result) -> str:
    return f"{info.st_size}:{info.st_mtime_ns}"
