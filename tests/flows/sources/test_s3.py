"""S3 through boto3 against moto's server: keys listed, hostile keys kept away from paths, and
files in folders that are no usable case id rejected as bad_case_id."""

import uuid

import pytest

from flows.discovery import discover
from flows.sources.s3 import NotInSource, S3Source
from review.ledger import Ledger, LedgerReason, LedgerState


def no_skip(_sighting_id: str) -> bool:
    return False


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


def test_hostile_keys_are_kept_only_as_keys_and_unusable_folders_listed_apart(
    s3, bucket: str, moto_endpoint: str
) -> None:
    hostile = {
        "incoming/../../etc/cron.d/x.pdf": "../../etc/cron.d",
        "incoming//etc/passwd": "/etc",
        "incoming/case 1/report+v2.pdf": "case 1",
        "incoming/case-1/deeper/report.pdf": "case-1/deeper",
    }
    no_uploads = ["incoming/loose.pdf", "incoming/case-1/.DS_Store", "incoming/case-2/"]
    for key in [*hostile, *no_uploads]:
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    odd = "incoming/case-1/ré port+v2 " + "y" * 960 + ".pdf"  # 1000 characters
    s3.put_object(Bucket=bucket, Key=odd, Body=b"odd bytes")
    source = S3Source(f"s3://{bucket}/incoming/", endpoint_url=moto_endpoint)
    listing = source.list_objects(no_skip)
    assert listing.ignored == len(no_uploads)
    # Files in folders that are no usable case id: listed apart, to be rejected as bad_case_id.
    assert {o.key: o.case_id for o in listing.bad_case_ids} == hostile
    [obj] = listing.objects
    assert obj.key == odd and obj.escaped_key.isascii() and obj.escaped_key.isprintable()
    assert source.read(obj) == b"odd bytes"


def test_an_upload_to_an_unusable_s3_folder_is_rejected_once_as_bad_case_id(
    s3, bucket: str, moto_endpoint: str, ledger: Ledger
) -> None:
    s3.put_object(Bucket=bucket, Key="incoming/Fall Müller/befund.pdf", Body=b"%PDF-1.7 x")
    s3.put_object(Bucket=bucket, Key="incoming/case-1/report.pdf", Body=b"%PDF-1.7 y")
    source = S3Source(f"s3://{bucket}/incoming", endpoint_url=moto_endpoint)
    counts = discover(source, ledger)
    assert (counts.new, counts.bad_case_ids, counts.ignored) == (1, 1, 0)
    [rejected] = [e for e in ledger.entries() if e.state == LedgerState.REJECTED]
    assert (rejected.case_id, rejected.reason) == ("Fall M%C3%BCller", LedgerReason.BAD_CASE_ID)
    again = discover(source, ledger)  # the next poll records nothing twice
    assert (again.new, again.bad_case_ids) == (0, 0)


def test_a_key_outside_the_prefix_does_not_belong_to_the_source(moto_endpoint: str) -> None:
    source = S3Source("s3://bucket/incoming", endpoint_url=moto_endpoint)
    with pytest.raises(NotInSource):
        source.object_for("other/case-1/report.pdf")
