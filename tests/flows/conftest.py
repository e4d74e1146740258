"""Real servers for the flow tests: moto (S3, SQS) and Prefect on 127.0.0.1, once per session."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer
from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

from flows import databases
from review.db import init_db, make_engine
from review.ledger import Ledger

REPO = Path(__file__).resolve().parents[2]
PREFECT = [sys.executable, "-m", "prefect"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} did not answer within {timeout} s")


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """moto's S3 and SQS on a free port of 127.0.0.1, with fake credentials."""
    os.environ.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",  # moto's fake credentials
        AWS_DEFAULT_REGION="us-east-1",
    )
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3(moto_endpoint: str):
    return boto3.client("s3", endpoint_url=moto_endpoint)


@pytest.fixture
def sqs(moto_endpoint: str):
    return boto3.client("sqs", endpoint_url=moto_endpoint)


@pytest.fixture
def notified_bucket(s3, sqs) -> tuple[str, str]:
    """A bucket whose ObjectCreated events go to an SQS queue (a test event comes first)."""
    name = f"uploads-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=name)
    queue_url = sqs.create_queue(QueueName=name)["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])
    s3.put_bucket_notification_configuration(
        Bucket=name,
        NotificationConfiguration={
            "QueueConfigurations": [
                {"QueueArn": arn["Attributes"]["QueueArn"], "Events": ["s3:ObjectCreated:*"]}
            ]
        },
    )
    return name, queue_url


def messages_left(sqs, queue_url: str) -> int:
    attributes = sqs.get_queue_attributes(
        QueueUrl=queue_url,
        AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )["Attributes"]
    return sum(int(v) for v in attributes.values())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh MARKERFLOW_HOME whose review database is migrated."""
    monkeypatch.setenv("MARKERFLOW_HOME", str(tmp_path))
    monkeypatch.delenv("MARKERFLOW_DATABASE_URL", raising=False)
    databases.review_engine.cache_clear()
    init_db(make_engine(f"sqlite:///{tmp_path / 'markerflow.db'}"))
    yield tmp_path
    databases.review_engine.cache_clear()


@pytest.fixture
def ledger(home: Path) -> Ledger:
    return Ledger(databases.review_engine(), lease=timedelta(minutes=5))


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prefect server with its own PREFECT_HOME, started once per session."""
    port = free_port()
    prefect_home = tmp_path_factory.mktemp("prefect-home")
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    log = (prefect_home / "server.log").open("wb")
    server = subprocess.Popen(
        [*PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(f"{api}/health", timeout=300)  # ~17 s idle; minutes on a loaded 2-core machine
    except BaseException:
        server.terminate()  # else a server that came up late outlives the session
        server.wait(timeout=30)
        raise
    os.environ.update(PREFECT_API_URL=api, PREFECT_HOME=str(prefect_home))
    # Prefect read its settings when first imported; point this process's client here too.
    with temporary_settings({PREFECT_API_URL: api, PREFECT_HOME: str(prefect_home)}):
        yield api
    server.terminate()
    server.wait(timeout=30)
