"""Where markerflow's flows find their inbox, bucket, queue and database: MARKERFLOW_* variables."""

from datetime import timedelta
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from review.db import markerflow_home


class FlowSettings(BaseSettings):
    """Settings of the flows, read from MARKERFLOW_<FIELD> so worker processes share them."""

    model_config = SettingsConfigDict(env_prefix="MARKERFLOW_", extra="forbid", frozen=True)

    home: Annotated[Path, AfterValidator(Path.resolve)] = Field(
        default_factory=markerflow_home, description="Inbox, exports, Prefect's home."
    )
    source: str = Field(
        default="inbox",
        description="'inbox' for $MARKERFLOW_HOME/inbox, or s3://bucket/prefix for S3.",
    )
    s3_endpoint_url: str | None = Field(
        default=None, description="Endpoint of an S3-compatible store; None for AWS."
    )
    sqs_queue_url: str | None = Field(
        default=None, description="Queue receiving the bucket's S3 event notifications."
    )
    lease_seconds: float = Field(
        default=900.0, gt=0, description="After this long an unfinished run is started again."
    )
    settle_seconds: float = Field(
        default=1.0, ge=0, description="A local file must keep its size and mtime this long."
    )
    max_attempts: int = Field(default=3, gt=0, description="Runs per document before giving up.")
    deployment: str = Field(
        default="process-documents/process-documents",
        description="The deployment that processes a batch of documents.",
    )
    batch: int = Field(default=20, gt=0, description="Most documents in one process-documents run.")

    @property
    def inbox(self) -> Path:
        """The local inbox: <inbox>/<case id>/<file>."""
        return self.home / "inbox"

    @property
    def exports(self) -> Path:
        """Where finalize writes signed-off cases: <exports>/<case id>/."""
        return self.home / "exports"

    @property
    def lease(self) -> timedelta:
        """The lease as a timedelta."""
        return timedelta(seconds=self.lease_seconds)
