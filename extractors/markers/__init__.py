"""Marker extraction: every result a report states, with the words that state it.

Imported on first use: `interpret_her2` (a case's HER2 interpretation) needs no spaCy, and a
flow run, which analyses in its reader host, assembles cases without loading it.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractors.markers.extraction import extract_markers
    from extractors.markers.her2 import interpret_her2

_EXPORTS = {
    "extract_markers": "extractors.markers.extraction",
    "interpret_her2": "extractors.markers.her2",
}

__all__ = ["extract_markers", "interpret_her2"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'extractors.markers' has no attribute {name!r}")
    return getattr(import_module(module), name)
