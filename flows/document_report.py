"""What ops see about one processed document: ids, counts and timings, never report text."""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class DocumentReport:
    """Ids and counts of one processed document, and the seconds of each step in order."""

    entry_id: int
    case_id: str
    short_hash: str
    pages: int = 0
    ocr_pages: int = 0
    markers: int = 0
    case_markers: int = 0
    added: bool = False
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        """Keep how long the block took as the step's seconds."""
        started = time.perf_counter()
        yield
        self.seconds[step] = round(time.perf_counter() - started, 3)

    def markdown(self) -> str:
        """A markdown table for the document's artifact."""
        rows = [
            ("case", self.case_id),
            ("document", self.short_hash),
            ("ledger entry", str(self.entry_id)),
            ("pages", str(self.pages)),
            ("pages read by OCR", str(self.ocr_pages)),
            ("markers found", str(self.markers)),
            ("current markers in the case", str(self.case_markers)),
            ("new in the case", "yes" if self.added else "no (already there)"),
        ]
        rows += [(f"{step} (s)", f"{seconds:.2f}") for step, seconds in self.seconds.items()]
        lines = ["| | |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)]
        return "\n".join(lines)
