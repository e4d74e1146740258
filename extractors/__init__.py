"""Pure functions from bytes to Document to results; no server, no network, no Prefect."""

from importlib import import_module
from typing import Any

# Public name -> module that defines it; imported on first use so that `markerflow extract`
# does not pay for spaCy when it only reads, and the parts can land one at a time.
_EXPORTS = {
    "read_document": "extractors.reading",
    "render_page_images": "extractors.reading",
    "extract_markers": "extractors.markers",
    "interpret_her2": "extractors.markers",
    "analyse_document": "extractors.case",
    "assemble_case": "extractors.case",
    "extract_case_facts": "extractors.case",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'extractors' has no attribute {name!r}")
    return getattr(import_module(module), name)
