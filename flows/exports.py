"""Writing a signed-off case's exports: case JSON and, when available, a FHIR bundle."""

import importlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from schemas.case import Case

CASE_FILE = "case.json"
FHIR_FILE = "fhir-bundle.json"


def fhir_bundle_maker() -> Callable[[Case], Any] | None:
    """schemas.fhir.case_to_bundle once the case work provides it, else None."""
    try:
        module = importlib.import_module("schemas.fhir")
    except ImportError:
        return None
    maker: Callable[[Case], Any] | None = getattr(module, "case_to_bundle", None)
    return maker


def write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a temporary file renamed over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _as_json(bundle: Any) -> str:
    if hasattr(bundle, "model_dump_json"):
        return str(bundle.model_dump_json(indent=2))
    return json.dumps(bundle, indent=2, default=str)


def export_case(case: Case, exports: Path) -> list[str]:
    """Write the case's export files under exports/<case id>/; the file names written."""
    folder = exports / case.case_id
    write_atomically(folder / CASE_FILE, case.model_dump_json(indent=2))
    written = [CASE_FILE]
    maker = fhir_bundle_maker()
    if maker is not None:
        write_atomically(folder / FHIR_FILE, _as_json(maker(case)))
        written.append(FHIR_FILE)
    return written
