"""The local inbox folder: <inbox>/<case id>/<file>, regular files only, once they stop changing."""

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from flows.sources.base import Listing, SkipSeen, SourceObject
from flows.sources.names import is_hidden_or_temporary, is_valid_case_id


class SourceChanged(Exception):
    """The object changed or vanished between listing and reading; the next poll sees it again."""


MAX_FOLDER_DEPTH = 4


@dataclass
class _Look:
    objects: list[SourceObject] = field(default_factory=list)
    ignored: int = 0


class LocalInbox:
    """A folder of case folders; symlinks, special, hidden and still-growing files are left out.

    Files in a folder whose name is no usable case id ('C 7', 'Fall-Müller', a folder inside a
    case folder) are listed apart, as `bad_case_ids`, so intake can record them as rejected.
    """

    def __init__(self, root: Path, settle_seconds: float = 1.0) -> None:
        self.root = root
        self.settle_seconds = settle_seconds
        self.name = "inbox"

    def list_objects(self, skip: SkipSeen) -> Listing:
        """Files unchanged in two looks, the second `settle_seconds` after the newest change."""
        self.root.mkdir(parents=True, exist_ok=True)
        first = self._look()
        fresh = [o for o in first.objects if not skip(o.sighting_id)]
        if not fresh:
            return Listing([], first.ignored)
        newest = max(int(o.version.rsplit(":", 1)[1]) for o in fresh) / 1e9  # mtime in s
        time.sleep(min(self.settle_seconds, max(0.0, self.settle_seconds - time.time() + newest)))
        second = set(self._look().objects)
        usable = {o: is_valid_case_id(o.case_id) for o in fresh if o in second}
        return Listing(
            [o for o, ok in usable.items() if ok],
            first.ignored,
            [o for o, ok in usable.items() if not ok],
        )

    def read(self, obj: SourceObject) -> bytes:
        """The file's bytes, opened without following links; SourceChanged if it moved on."""
        case_dir = _open_folder(self.root, obj.case_id.split("/"))
        try:
            name = obj.key[len(obj.case_id) + 1 :]
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

    def _look(self) -> _Look:
        look = _Look()
        with os.scandir(self.root) as cases:
            for case in cases:
                if not case.is_dir(follow_symlinks=False) or case.name.startswith("."):
                    look.ignored += 1
                    continue
                self._look_in_folder(case.path, case.name, look, depth=1)
        return look

    def _look_in_folder(self, path: str, folder: str, look: _Look, depth: int) -> None:
        """Files of one folder; a folder inside it is looked into as the folder 'outer/inner'."""
        with os.scandir(path) as entries:
            for entry in entries:
                if is_hidden_or_temporary(entry.name):
                    continue
                if entry.is_dir(follow_symlinks=False) and depth < MAX_FOLDER_DEPTH:
                    self._look_in_folder(entry.path, f"{folder}/{entry.name}", look, depth + 1)
                elif entry.is_file(follow_symlinks=False):
                    version = _version(entry.stat(follow_symlinks=False))
                    key = f"{folder}/{entry.name}"
                    look.objects.append(SourceObject(self.name, folder, key, version))
                else:
                    look.ignored += 1


def _open_folder(root: Path, parts: list[str]) -> int:
    """A descriptor of root/parts..., each part opened without following a link."""
    folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in parts:
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=folder)
            os.close(folder)
            folder = inner
    except OSError as err:
        os.close(folder)
        raise SourceChanged("the object's folder vanished or is a link") from err
    return folder


def _version(info: os.stat_result) -> str:
    """Size and mtime: a file that changes between two looks is not settled."""
    return f"{info.st_size}:{info.st_mtime_ns}"
