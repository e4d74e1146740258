"""Test-only start-up hook: a flow run stops at a chosen stage of its document and waits there.

tests/flows/reliability/test_killed_at_each_stage.py puts this folder on a worker's PYTHONPATH;
Python imports `sitecustomize` at start-up in every process of that environment. Nothing is
imported or changed unless MARKERFLOW_TEST_PAUSE is set, e.g.
"case-a=before:claim,case-b=after:store_document": then, once `flows.document_pipeline` or
`review.ledger` is imported, their stage functions are wrapped, and the thread of a run that
processes case-b's document touches $MARKERFLOW_TEST_PAUSE_MARKERS/case-b right after
store_document returns and then sleeps until it is killed (the run's other documents go on).
Stages: claim and mark_done of the ledger, read, analyse, render, store_document and
rebuild_case of the pipeline.
"""

import functools
import importlib.abc
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

PAUSE_VARIABLE = "MARKERFLOW_TEST_PAUSE"
MARKERS_VARIABLE = "MARKERFLOW_TEST_PAUSE_MARKERS"
PIPELINE_STAGES = ("read", "analyse", "render", "store_document", "rebuild_case")
LEDGER_STAGES = ("claim", "mark_done")

_document = threading.local()  # the case of the document this thread works on (one at a time)


def pause_at(point: str) -> None:
    """Touch this run's marker and sleep for good if its case is to stop at `point`."""
    case_id = getattr(_document, "case_id", None)
    if case_id is None:
        return
    wanted = dict(
        item.split("=", 1) for item in os.environ.get(PAUSE_VARIABLE, "").split(",") if "=" in item
    )
    if wanted.get(case_id) != point:
        return
    with open(os.path.join(os.environ[MARKERS_VARIABLE], case_id), "w") as marker:
        marker.write(point)
    while True:
        time.sleep(3600)


def around(stage: str, call: Callable[..., Any]) -> Callable[..., Any]:
    """`call` with a pause point before and after it."""

    @functools.wraps(call)
    def paused(*args: Any, **kwargs: Any) -> Any:
        pause_at(f"before:{stage}")
        result = call(*args, **kwargs)
        pause_at(f"after:{stage}")
        return result

    return paused


def noting_the_case(call: Callable[..., Any]) -> Callable[..., Any]:
    """Ledger.claim that first notes which case this run works on."""

    @functools.wraps(call)
    def claim(ledger: Any, entry_id: int, *args: Any, **kwargs: Any) -> Any:
        entry = ledger.get(entry_id)
        if entry is not None:
            _document.case_id = entry.case_id
        return call(ledger, entry_id, *args, **kwargs)

    return claim


def patch_pipeline(module: ModuleType) -> None:
    """Wrap the steps the process-document task calls as `steps.<name>`."""
    for stage in PIPELINE_STAGES:
        setattr(module, stage, around(stage, getattr(module, stage)))


def patch_ledger(module: ModuleType) -> None:
    """Wrap Ledger.claim and Ledger.mark_done (looked up on the class at each call)."""
    ledger = module.Ledger
    ledger.claim = noting_the_case(around("claim", ledger.claim))
    ledger.mark_done = around("mark_done", ledger.mark_done)


class PatchingLoader(importlib.abc.Loader):
    """The module's own loader, then the patch."""

    def __init__(self, loader: Any, patch: Callable[[ModuleType], None]) -> None:
        self.loader = loader
        self.patch = patch

    def create_module(self, spec: Any) -> ModuleType | None:
        return self.loader.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        self.patch(module)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loader, name)


class PatchOnImport(importlib.abc.MetaPathFinder):
    """Finds the modules to patch through the other finders and patches them once loaded."""

    def __init__(self, patches: dict[str, Callable[[ModuleType], None]]) -> None:
        self.patches = patches

    def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> Any:
        patch = self.patches.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = PatchingLoader(spec.loader, patch)
                return spec
        return None


if os.environ.get(PAUSE_VARIABLE):
    sys.meta_path.insert(
        0, PatchOnImport({"flows.document_pipeline": patch_pipeline, "review.ledger": patch_ledger})
    )
