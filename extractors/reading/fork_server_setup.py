"""Imported only by the readers' fork server: what each reader child would load for itself.

The fork server imports this module once (`set_forkserver_preload`), last of the readers, and
every reader child forked from it starts with all of it loaded.
"""

import codecs
import gc

from PIL import Image

from extractors.reading import document_reading


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


def freeze_what_is_loaded() -> None:
    """Collect the imports' garbage, then leave what is loaded out of later collections.

    What Python's guide to `gc.freeze` advises before fork: a reader child's collections no
    longer walk (and so copy, page by page) the readers the fork server imported. Without it
    a digital document's read took about a fifth more CPU (about 5 ms of 27).
    """
    gc.collect()
    gc.freeze()


warm_up()
freeze_what_is_loaded()
