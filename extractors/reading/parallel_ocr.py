"""OCR a stream of page images on a bounded pool, never holding more pages than workers + 1."""

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from PIL import Image

from extractors.limits import Limits
from extractors.reading.page_ocr import OcrPage, ocr_page

PageImage = tuple[int, Image.Image, float]


def ocr_pages(images: Iterable[PageImage], limits: Limits) -> Iterator[tuple[int, OcrPage]]:
    """(page index, OCR result) in input order; images are pulled only as workers free up."""
    pending: deque[tuple[int, Future[OcrPage]]] = deque()
    with ThreadPoolExecutor(max_workers=limits.ocr_workers, thread_name_prefix="ocr") as pool:
        try:
            for index, image, dpi in images:
                pending.append((index, pool.submit(ocr_page, image, dpi, limits)))
                del image
                while len(pending) >= limits.ocr_workers:
                    yield _finished(pending.popleft())
            while pending:
                yield _finished(pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()


def _finished(item: tuple[int, Future[OcrPage]]) -> tuple[int, OcrPage]:
    index, future = item
    return index, future.result()
