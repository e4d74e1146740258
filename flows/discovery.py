"""Finding new objects in a source and recording each one in the ledger, hashed by its bytes."""

import hashlib
import logging
from dataclasses import dataclass, field

from flows.sources.base import Source, SourceObject
from flows.sources.local_inbox import SourceChanged
from review.ledger import Ledger, NewObject

log = logging.getLogger(__name__)


@dataclass
class DiscoveryCounts:
    """What one look at a source found, in counts."""

    listed: int = 0
    new: int = 0
    duplicates: int = 0
    changed: int = 0
    ignored: int = 0
    new_entry_ids: list[int] = field(default_factory=list)


def record_object(source: Source, obj: SourceObject, ledger: Ledger) -> tuple[int, bool]:
    """Read one object and record it: (entry id, whether it was new)."""
    data = source.read(obj)
    recorded = ledger.record(
        NewObject(
            case_id=obj.case_id,
            sha256=hashlib.sha256(data).hexdigest(),
            source=source.name,
            object_key=obj.escaped_key,
            data=data,
            sighting_id=obj.sighting_id,
        )
    )
    return recorded.entry_id, recorded.created


def discover(source: Source, ledger: Ledger) -> DiscoveryCounts:
    """Record every object the source lists that the ledger has not seen in this version."""
    listing = source.list_objects(ledger.has_sighting)
    counts = DiscoveryCounts(listed=len(listing.objects), ignored=listing.ignored)
    for obj in listing.objects:
        try:
            entry_id, created = record_object(source, obj, ledger)
        except SourceChanged:
            counts.changed += 1
            continue
        if created:
            counts.new += 1
            counts.new_entry_ids.append(entry_id)
        else:
            counts.duplicates += 1
    if counts.ignored:
        log.warning("left aside %d objects without a usable case id or file", counts.ignored)
    return counts
