"""A reader with a bug in markerflow's own code, run in the sandbox child instead of the real one.

`read_with_a_bug` (for read_document) and `read_then_render_with_a_bug` (for the flows'
read_document_and_images) are pickled by name into the reader's child; there they break one
function of extractors.reading.document_reading (the child is forked per read, so the break
dies with it) and read as usual. The broken function raises on the fake patient's name, with
the name in its message: what must never reach a log, a state message or the ledger.
"""

from collections.abc import Iterator

from extractors.limits import Limits
from extractors.reading import document_reading
from extractors.reading.sandboxed_calls import read_in_child, read_then_render_in_child
from extractors.reading.sniffing import Sniffed

FAILING_FUNCTION = "_page"  # the function of document_reading that calls clean_word


def clean_word_with_a_bug(text: str) -> str:
    """Stands for a code change that cannot handle a word it meets in every report."""
    if "CANARY" in text:
        raise ValueError(f"cannot clean the word {text!r}")
    return text


def read_with_a_bug(data: bytes, sniffed: Sniffed, limits: Limits) -> str:
    """The sandbox's read call, with document_reading's word cleaning broken."""
    document_reading.clean_word = clean_word_with_a_bug  # type: ignore[assignment]
    return read_in_child(data, sniffed, limits)


def read_then_render_with_a_bug(
    data: bytes, sniffed: Sniffed, dpi: int, limits: Limits
) -> Iterator[str | dict[int, bytes]]:
    """The flows' read-and-render call, with document_reading's word cleaning broken."""
    document_reading.clean_word = clean_word_with_a_bug  # type: ignore[assignment]
    return read_then_render_in_child(data, sniffed, dpi, limits)
