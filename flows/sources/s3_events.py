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
    records = [r for r in records if isinstance(r, dict)]
    created = [r for r in records if str(r.get("eventName")).startswith("ObjectCreated:")]
    try:
        return [
            CreatedObject(str(r["s3"]["bucket"]["name"]), unquote_plus(r["s3"]["object"]["key"]))
            for r in created
        ]
    except (KeyError, TypeError) as err:
        raise UnreadableMessage("record without bucket or key") from err
