"""S3 or any S3-compatible store: s3://bucket/prefix/<case id>/<file>, through boto3."""

from typing import Any
from urllib.parse import urlparse

import boto3
from botocore.config import Config

from flows.sources.base import Listing, SkipSeen, SourceObject
from flows.sources.names import is_hidden_or_temporary, split_case_key

# Bounded retries with exponential backoff for throttling, 5xx and connection errors.
CLIENT_CONFIG = Config(
    retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5, read_timeout=60
)


class NotInSource(Exception):
    """A key outside this source's bucket and prefix, or without a usable case id."""


def parse_s3_url(url: str) -> tuple[str, str]:
    """'s3://bucket/prefix' into bucket and prefix; the prefix ends with '/' unless empty."""
    parts = urlparse(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError("expected s3://bucket/prefix")
    prefix = parts.path.lstrip("/")
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    return parts.netloc, prefix


def make_client(service: str, endpoint_url: str | None) -> Any:
    """A boto3 client with the usual credential chain, bounded retries and timeouts."""
    return boto3.client(service, endpoint_url=endpoint_url, config=CLIENT_CONFIG)


class S3Source:
    """The objects under one bucket prefix; the key is only ever sent back to S3."""

    def __init__(self, url: str, endpoint_url: str | None = None, client: Any = None) -> None:
        self.bucket, self.prefix = parse_s3_url(url)
        self.name = f"s3://{self.bucket}/{self.prefix}"
        self.client = client or make_client("s3", endpoint_url)

    def list_objects(self, skip: SkipSeen) -> Listing:
        """Every object under the prefix that has not been read before in this version."""
        listing = Listing([])
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                key, version = item["Key"], _version(item)
                try:
                    obj = self.object_for(key, version=version)
                except NotInSource:
                    bad = self._in_unusable_folder(key, version)
                    if bad is None:
                        listing.ignored += 1
                    elif not skip(bad.sighting_id):
                        listing.bad_case_ids.append(bad)
                    continue
                if not skip(obj.sighting_id):
                    listing.objects.append(obj)
        return listing

    def _in_unusable_folder(self, key: str, version: str) -> SourceObject | None:
        """A file in a folder whose name is no usable case id ('C 7/', 'case-1/deeper/').

        Its folder stands as its case id, to be recorded as rejected (`bad_case_id`) and shown
        escaped; it is only ever a key, never a path. None for what is no upload at all: a key
        with no folder, a folder marker, a hidden or temporary file.
        """
        folder, slash, name = key[len(self.prefix) :].rpartition("/")
        if not slash or not name or is_hidden_or_temporary(name):
            return None
        return SourceObject(source=self.name, case_id=folder, key=key, version=version)

    def object_for(self, key: str, version: str = "") -> SourceObject:
        """The source object for a key of this bucket; NotInSource when it does not belong."""
        if not key.startswith(self.prefix):
            raise NotInSource("key outside the prefix")
        parts = split_case_key(key[len(self.prefix) :])
        if parts is None:
            raise NotInSource("key without a usable case id and file name")
        return SourceObject(source=self.name, case_id=parts[0], key=key, version=version)

    def read(self, obj: SourceObject) -> bytes:
        """The object's bytes."""
        response = self.client.get_object(Bucket=self.bucket, Key=obj.key)
        return bytes(response["Body"].read())


def _version(item: dict[str, Any]) -> str:
    return f"{item.get('ETag', '')}:{item.get('Size', '')}:{item.get('LastModified', '')}"
