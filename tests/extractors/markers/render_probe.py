#!/usr/bin/env python3
"""Render a blind probe of texts the way the development corpus is rendered.

Writes <id>.pdf, <id>.scan.pdf and <id>.fax.tiff for every PROBE/texts/<id>.txt into OUTPUT
(a `files` folder outside the repository) with the functions of the corpus renderer, and copies
PROBE/labels.jsonl into OUTPUT's parent, so that the parent is a corpus folder (files/ +
labels.jsonl) for `markerflow eval --corpus`.

Usage: render_probe.py PROBE OUTPUT [--renderer PATH/TO/render.py]
e.g.   render_probe.py tests/extractors/markers/probe9 /tmp/probe9/files
Rendered files are not committed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The renderer is shared/corpus/render.py: under $MARKERFLOW_SHARED, else beside the repository
# (or beside the folder that holds a worktree), so look upwards from here.
RELATIVE_RENDERER = Path("corpus/render.py")


def find_renderer() -> Path:
    shared = os.environ.get("MARKERFLOW_SHARED")
    candidates = [Path(shared) / RELATIVE_RENDERER] if shared else []
    candidates += [base / "shared" / RELATIVE_RENDERER for base in HERE.parents[3:]]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit("render.py not found above this folder; pass --renderer")


def load_renderer(path: Path):
    spec = importlib.util.spec_from_file_location("corpus_render", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load renderer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path, help="the probe's folder (texts/ + labels.jsonl)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--renderer", type=Path, default=None, help="absolute path to render.py")
    args = parser.parse_args()

    probe: Path = args.probe
    if not (probe / "texts").is_dir() or not (probe / "labels.jsonl").is_file():
        raise SystemExit(f"{probe} has no texts/ and labels.jsonl")
    render = load_renderer((args.renderer or find_renderer()).resolve())
    out: Path = args.output
    render.render(probe / "texts", out, None)
    shutil.copyfile(probe / "labels.jsonl", out.parent / "labels.jsonl")
    count = sum(1 for p in out.iterdir() if p.is_file())
    print(f"{count} files in {out}; labels copied to {out.parent / 'labels.jsonl'}")


if __name__ == "__main__":
    main()
