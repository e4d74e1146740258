"""S3 event notifications as SQS delivers them: the test event, created objects, encoded keys."""

import json
from dataclasses import dataclass
from urllib.parse import unquote_plus


@dataclass(frozen=True)
class CreatedObject:
    """An object an ObjectCreated event names, with its key decoded."""

    bucket: str
    key: str


class UnreadableMessage(Exception):
    """A message that is not an S3 event notification."""


def created_objects(body: str) -> list[CreatedObject]:
    """The objects an SQS message body announces; [] for the test event and other events."""
    try:
        message = json.loads(body)
    except json.JSONDecodeError as err:
        raise UnreadableMessage("not JSON") from err
    if not isinstance(message, dict):
        raise UnreadableMessage("not an object")
    if message.get("Event") == "s3:TestEvent":
        return []
    records = message.get("Records")
    if not isinstance(records, list):
        raise UnreadableMessage("no Records")
    return [_created(record) for record in records if _is_created(record)]


def _is_created(record: object) -> bool:
    return isinstance(record, dict) and str(record.get("eventName", "")).startswith(
        "ObjectCreated:"
    )


def _created(record: dict[str, object]) -> CreatedObject:
    try:
        s3 = record["s3"]
        assert isinstance(s3, dict)
        bucket = s3["bucket"]["name"]
        key = unquote_plus(s3["object"]["key"])
    except (KeyError, TypeError, AssertionError) as err:
        raise UnreadableMessage("record without bucket or key") from err
    return CreatedObject(bucket=str(bucket), key=key)
