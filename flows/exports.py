"""Writing a signed-off case's exports: the case JSON and its FHIR bundle."""

import os
import tempfile
from pathlib import Path

from review.exports import case_json, fhir_json
from schemas.case import Case

CASE_FILE = "case.json"
FHIR_FILE = "fhir-bundle.json"


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


def export_case(case: Case, exports: Path) -> list[str]:
    """Write the case's export files under exports/<case id>/; the file names written."""
    folder = exports / case.case_id
    write_atomically(folder / CASE_FILE, case_json(case))
    write_atomically(folder / FHIR_FILE, fhir_json(case))
    return [CASE_FILE, FHIR_FILE]
