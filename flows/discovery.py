"""Finding new objects in the configured source and recording each in the ledger, by its hash."""

import hashlib
import logging
from dataclasses import dataclass

from flows.settings import FlowSettings
from flows.sources.base import Source, SourceObject
from flows.sources.local_inbox import LocalInbox, SourceChanged
from flows.sources.names import escape_key
from flows.sources.s3 import S3Source
from review.ledger import Ledger, LedgerReason, NewObject, Recorded

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


def configured_source(settings: FlowSettings) -> Source:
    """LocalInbox for 'inbox' (the default), S3Source for s3://bucket/prefix."""
    if settings.source == "inbox":
        return LocalInbox(settings.inbox, settle_seconds=settings.settle_seconds)
    return S3Source(settings.source, endpoint_url=settings.s3_endpoint_url)


def _new_object(source: Source, obj: SourceObject, case_id: str) -> NewObject:
    data = source.read(obj)
    return NewObject(
        case_id=case_id,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source.name,
        object_key=obj.escaped_key,
        data=data,
        sighting_id=obj.sighting_id,
    )


def record_object(source: Source, obj: SourceObject, ledger: Ledger) -> Recorded:
    """Read one object and record it: its entry, and whether it was new."""
    return ledger.record(_new_object(source, obj, obj.case_id))


def shown_case_id(folder: str) -> str:
    """An unusable folder name as the ledger keeps it: escaped, cut to the column's length."""
    escaped = escape_key(folder)
    return escaped if len(escaped) <= CASE_ID_LIMIT else escaped[: CASE_ID_LIMIT - 3] + "..."


def discover(source: Source, ledger: Ledger) -> DiscoveryCounts:
    """Record every object the source lists that the ledger has not seen in this version.

    A file of a folder that is no usable case id is recorded as rejected (bad_case_id).
    """
    listing = source.list_objects(ledger.has_sighting)
    counts = DiscoveryCounts(ignored=listing.ignored)
    for obj in listing.objects:
        try:
            created = record_object(source, obj, ledger).created
        except SourceChanged:
            counts.changed += 1
            continue
        counts.new += created
        counts.duplicates += not created
    for obj in listing.bad_case_ids:
        try:
            new = _new_object(source, obj, shown_case_id(obj.case_id))
            counts.bad_case_ids += ledger.record_rejected(new, LedgerReason.BAD_CASE_ID).created
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
