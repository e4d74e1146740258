"""The source the settings name: the local inbox by default, or an S3 bucket prefix."""

from flows.settings import FlowSettings
from flows.sources.base import Source
from flows.sources.local_inbox import LocalInbox
from flows.sources.s3 import S3Source


def configured_source(settings: FlowSettings) -> Source:
    """LocalInbox for 'inbox', S3Source for s3://bucket/prefix."""
    if settings.source == "inbox":
        return LocalInbox(settings.inbox, settle_seconds=settings.settle_seconds)
    return S3Source(settings.source, endpoint_url=settings.s3_endpoint_url)
