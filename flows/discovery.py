"""Finding new objects in a source and recording each one in the ledger, hashed by its bytes."""

import hashlib
import logging
from dataclasses import dataclass

from flows.sources.base import Source, SourceObject
from flows.sources.local_inbox import SourceChanged
from flows.sources.names import escape_key
from review.ledger import Ledger, LedgerReason, NewObject

CASE_ID_LIMIT = 128

log = logging.getLogger(__name__)


@dataclass
class DiscoveryCounts:
    """What one look at a source found, in counts."""

    new: int = 0
    duplicates: int = 0
    changed: int = 0
    ignored: int = 0
    bad_case_ids: int = 0


def _new_object(source: Source, obj: SourceObject, data: bytes, case_id: str) -> NewObject:
    return NewObject(
        case_id=case_id,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source.name,
        object_key=obj.escaped_key,
        data=data,
        sighting_id=obj.sighting_id,
    )


def record_object(source: Source, obj: SourceObject, ledger: Ledger) -> tuple[int, bool]:
    """Read one object and record it: (entry id, whether it was new)."""
    recorded = ledger.record(_new_object(source, obj, source.read(obj), obj.case_id))
    return recorded.entry_id, recorded.created


def shown_case_id(folder: str) -> str:
    """An unusable folder name as the ledger keeps it: escaped, cut to the column's length."""
    escaped = escape_key(folder)
    if len(escaped) <= CASE_ID_LIMIT:
        return escaped
    return escaped[: CASE_ID_LIMIT - 3] + "..."


def record_bad_case_id(source: Source, obj: SourceObject, ledger: Ledger) -> bool:
    """Record a file of a folder that is no usable case id as rejected; whether it was new."""
    data = source.read(obj)
    new = _new_object(source, obj, data, shown_case_id(obj.case_id))
    return ledger.record_rejected(new, LedgerReason.BAD_CASE_ID).created


def discover(source: Source, ledger: Ledger) -> DiscoveryCounts:
    """Record every object the source lists that the ledger has not seen in this version."""
    listing = source.list_objects(ledger.has_sighting)
    counts = DiscoveryCounts(ignored=listing.ignored)
    for obj in listing.objects:
        try:
            _, created = record_object(source, obj, ledger)
        except SourceChanged:
            counts.changed += 1
            continue
        if created:
            counts.new += 1
        else:
            counts.duplicates += 1
    for obj in listing.bad_case_ids:
        try:
            counts.bad_case_ids += record_bad_case_id(source, obj, ledger)
        except SourceChanged:
            counts.changed += 1
    if counts.bad_case_ids:
        log.warning(
            "rejected %d files in folders that are no usable case id (bad_case_id); "
            "`markerflow rejected list` shows them",
            counts.bad_case_ids,
        )
    if counts.ignored:
        log.warning("left aside %d objects without a usable case id or file", counts.ignored)
    return counts
