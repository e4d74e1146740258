"""Imported only by the readers' fork server (its first preload): children skip `__main__`.

multiprocessing prepares every child as if it had been spawned: it runs the parent's main
module again, as `__mp_main__`, so that functions defined there can be unpickled. A reader
child needs none of that (its calls live in extractors.reading), and the price was high: under
a Prefect flow run the main module is `prefect.engine`, so each read and each page rendering
imported all of Prefect again, about 1.9 s of CPU per call. Here the fork server's copy of
`multiprocessing.spawn.prepare` drops the main-module keys before the rest of the preparation
(name, authkey, sys.path, working folder) is applied as before. A function defined in a main
script therefore cannot be run in the sandbox; everything it runs is importable by name.

It also does once, here, what every child would otherwise do for itself (`warm_up`).
"""

import codecs
import multiprocessing.spawn
from collections.abc import Mapping
from typing import Any

from PIL import Image

from extractors.reading import document_reading

MAIN_MODULE_KEYS = ("init_main_from_name", "init_main_from_path")
_prepare = multiprocessing.spawn.prepare


def prepare_without_main(data: Mapping[str, Any]) -> None:
    """Prepare a child as multiprocessing does, without running the parent's main module."""
    _prepare({key: value for key, value in data.items() if key not in MAIN_MODULE_KEYS})


multiprocessing.spawn.prepare = prepare_without_main


def warm_up() -> None:
    """Load here what each reader child loaded for itself: children start from this process.

    Pillow registers its other image formats at the first TIFF, GIF or WebP opened (about
    70 ms of CPU per fax); pdfium's text comes through the UTF-16 codec, imported at first
    use; and every OCR'd document records tesseract's version, asked of a tesseract process.
    """
    Image.init()
    codecs.lookup("utf-16-le")
    try:
        document_reading.tesseract_version()
    except Exception:  # noqa: BLE001, S110 - no tesseract: the child that needs it will say so
        pass


warm_up()
