"""S3 through boto3 against moto's server: keys listed, hostile keys kept away from paths."""

import uuid

import pytest

from flows.sources.base import no_skip
from flows.sources.s3 import NotInSource, S3Source


@pytest.fixture
def bucket(s3) -> str:
    name = f"uploads-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=name)
    return name


def test_objects_under_the_prefix_are_listed_by_case_and_read(
    s3, bucket: str, moto_endpoint: str
) -> None:
    s3.put_object(Bucket=bucket, Key="incoming/case-1/report.pdf", Body=b"%PDF one")
    s3.put_object(Bucket=bucket, Key="elsewhere/case-2/report.pdf", Body=b"%PDF two")
    source = S3Source(f"s3://{bucket}/incoming", endpoint_url=moto_endpoint)
    [obj] = source.list_objects(no_skip).objects
    assert (obj.case_id, obj.key) == ("case-1", "incoming/case-1/report.pdf")
    assert source.read(obj) == b"%PDF one"


def test_hostile_keys_are_left_aside_or_kept_only_as_keys(
    s3, bucket: str, moto_endpoint: str
) -> None:
    hostile = [
        "incoming/../../etc/cron.d/x.pdf",
        "incoming//etc/passwd",
        "incoming/case 1/report+v2.pdf",
        "incoming/case-1/deeper/report.pdf",
    ]
    for key in hostile:
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    odd = "incoming/case-1/ré port+v2 " + "y" * 960 + ".pdf"  # 1000 characters
    s3.put_object(Bucket=bucket, Key=odd, Body=b"odd bytes")
    source = S3Source(f"s3://{bucket}/incoming/", endpoint_url=moto_endpoint)
    listing = source.list_objects(no_skip)
    assert listing.ignored == len(hostile)
    [obj] = listing.objects
    assert obj.key == odd and obj.escaped_key.isascii() and obj.escaped_key.isprintable()
    assert source.read(obj) == b"odd bytes"


def test_a_key_outside_the_prefix_does_not_belong_to_the_source(moto_endpoint: str) -> None:
    source = S3Source("s3://bucket/incoming", endpoint_url=moto_endpoint)
    with pytest.raises(NotInSource):
        source.object_for("other/case-1/report.pdf")
