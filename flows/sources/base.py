"""The protocol every source meets: list new objects, read one object's bytes."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from flows.sources.names import escape_key


@dataclass(frozen=True)
class SourceObject:
    """One object as a source lists it; `key` is the source's own key, never a local path."""

    source: str
    case_id: str
    key: str
    version: str

    @property
    def escaped_key(self) -> str:
        """The key safe to store and show."""
        return escape_key(self.key)

    @property
    def sighting_id(self) -> str:
        """Names this version of this object, so a poll can skip it once read."""
        raw = "\x00".join((self.source, self.key, self.version)).encode("utf-8", "surrogatepass")
        return hashlib.sha256(raw).hexdigest()


@dataclass
class Listing:
    """What one look at a source found: usable objects and how many were left aside.

    `bad_case_ids` are settled files in folders whose name is no usable case id: intake records
    each as rejected (`bad_case_id`) so ops see it, instead of counting it away.
    """

    objects: list[SourceObject]
    ignored: int = 0
    bad_case_ids: list[SourceObject] = field(default_factory=list)


SkipSeen = Callable[[str], bool]
"""Whether an object version, by its sighting id, was read before (the ledger's sightings)."""


class Source(Protocol):
    """A place uploads arrive: the local inbox or an S3 bucket prefix."""

    name: str

    def list_objects(self, skip: SkipSeen) -> Listing:
        """Objects ready to read, leaving out those `skip` says were read before."""
        ...

    def read(self, obj: SourceObject) -> bytes:
        """The object's bytes."""
        ...
