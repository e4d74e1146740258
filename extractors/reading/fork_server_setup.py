"""Imported only by the readers' fork server (its first preload): children skip `__main__`.

multiprocessing prepares every child as if it had been spawned: it runs the parent's main
module again, as `__mp_main__`, so that functions defined there can be unpickled. A reader
child needs none of that (its calls live in extractors.reading), and the price was high: under
a Prefect flow run the main module is `prefect.engine`, so each read and each page rendering
imported all of Prefect again, about 1.9 s of CPU per call. Here the fork server's copy of
`multiprocessing.spawn.prepare` drops the main-module keys before the rest of the preparation
(name, authkey, sys.path, working folder) is applied as before. A function defined in a main
script therefore cannot be run in the sandbox; everything it runs is importable by name.
"""

import multiprocessing.spawn
from collections.abc import Mapping
from typing import Any

MAIN_MODULE_KEYS = ("init_main_from_name", "init_main_from_path")
_prepare = multiprocessing.spawn.prepare


def prepare_without_main(data: Mapping[str, Any]) -> None:
    """Prepare a child as multiprocessing does, without running the parent's main module."""
    _prepare({key: value for key, value in data.items() if key not in MAIN_MODULE_KEYS})


multiprocessing.spawn.prepare = prepare_without_main
