"""Where PHI must never go: every file but the review database and inbox, and Prefect's API."""

from pathlib import Path

import httpx

# What Prefect keeps and shows to anyone with UI access, as its REST API returns it.
PREFECT_COLLECTIONS = (
    "flow_runs",
    "task_runs",
    "logs",
    "artifacts",
    "deployments",
    "variables",
    "work_pools",
)
PAGE = 200
ALLOWED_FILES = ("markerflow.db",)  # the review database (and its -wal, -shm) holds PHI


def files_holding(needle: bytes, home: Path, prefect_home: Path) -> list[str]:
    """Files under MARKERFLOW_HOME (but the review database and inbox) and PREFECT_HOME."""
    hits = []
    for root in (home, prefect_home):
        for path in root.rglob("*"):
            if not path.is_file() or path.name.startswith(ALLOWED_FILES):
                continue
            if root == home and path.relative_to(root).parts[0] == "inbox":
                continue
            if needle in path.read_bytes():
                hits.append(str(path))
    return hits


def prefect_records_holding(needle: str, api: str) -> list[str]:
    """Names of Prefect collections whose records (names, parameters, states...) hold it."""
    hits = []
    with httpx.Client(base_url=api, timeout=60) as client:
        for collection in PREFECT_COLLECTIONS:
            offset = 0
            while True:
                response = client.post(
                    f"/{collection}/filter", json={"limit": 200, "offset": offset}
                )
                response.raise_for_status()
                if needle in response.text:
                    hits.append(collection)
                    break
                if len(response.json()) < 200:
                    break
                offset += 200
        events = client.post("/events/filter", json={"limit": 50})
        events.raise_for_status()
        page = events.json()
        for _ in range(1000):  # bounded walk over the event pages
            if needle in str(page):
                hits.append("events")
                break
            if not page.get("next_page"):
                break
            page = client.get(page["next_page"]).json()
    return hits
