"""The sqs-consumer flow: a bounded drain of S3 event notifications, run on a schedule."""

from dataclasses import asdict

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.databases import open_ledger
from flows.deployment_runs import DeploymentStarter
from flows.settings import FlowSettings
from flows.sources.s3 import S3Source, make_client
from flows.sqs_drain import DrainCounts, QueueDrain
from flows.step_errors import phi_safe


class NoQueueConfigured(Exception):
    """MARKERFLOW_SQS_QUEUE_URL or an s3:// MARKERFLOW_SOURCE is missing."""


@task(name="drain", persist_result=False, cache_policy=NO_CACHE)
def drain(settings: FlowSettings, max_messages: int) -> DrainCounts:
    """Receive, record, start runs, delete."""
    if settings.sqs_queue_url is None or not settings.source.startswith("s3://"):
        raise NoQueueConfigured("set MARKERFLOW_SQS_QUEUE_URL and an s3:// MARKERFLOW_SOURCE")
    with phi_safe("drain"):
        consumer = QueueDrain(
            sqs=make_client("sqs", settings.s3_endpoint_url),
            queue_url=settings.sqs_queue_url,
            source=S3Source(settings.source, endpoint_url=settings.s3_endpoint_url),
            ledger=open_ledger(settings),
            start_run=DeploymentStarter(settings.deployment),
            max_attempts=settings.max_attempts,
            batch_size=settings.batch,
        )
        return consumer.drain(max_messages=max_messages)


@flow(name="sqs-consumer", persist_result=False, log_prints=False)
def sqs_consumer(max_messages: int = 100) -> dict[str, int]:
    """Drain at most `max_messages` S3 event notifications; counts only."""
    return asdict(drain(FlowSettings(), max_messages))
