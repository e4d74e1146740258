"""S3 event notifications: the test event, created objects, URL-encoded keys."""

import json

import pytest

from flows.sources.s3_events import CreatedObject, UnreadableMessage, created_objects


def event(name: str, key: str, bucket: str = "uploads") -> str:
    record = {"eventName": name, "s3": {"bucket": {"name": bucket}, "object": {"key": key}}}
    return json.dumps({"Records": [record]})


def test_the_test_event_announces_nothing() -> None:
    body = json.dumps({"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": "uploads"})
    assert created_objects(body) == []


def test_keys_are_url_decoded() -> None:
    body = event("ObjectCreated:Put", "in/case-1/report%2Bv2+final.pdf")
    assert created_objects(body) == [CreatedObject("uploads", "in/case-1/report+v2 final.pdf")]


def test_other_events_announce_nothing() -> None:
    assert created_objects(event("ObjectRemoved:Delete", "in/case-1/a.pdf")) == []


@pytest.mark.parametrize("body", ["not json", "[]", json.dumps({"Records": "x"})])
def test_messages_that_are_not_s3_events_are_unreadable(body: str) -> None:
    with pytest.raises(UnreadableMessage):
        created_objects(body)
