#!/usr/bin/env python3
"""Render probe 10 the way the development corpus is rendered.

Writes <id>.pdf, <id>.scan.pdf and <id>.fax.tiff for every texts/<id>.txt into OUTPUT
(a `files` folder outside the repository) with the functions of the corpus renderer, and copies
labels.jsonl into OUTPUT's parent, so that the parent is a corpus folder (files/ + labels.jsonl).

Usage: render_probe.py OUTPUT [--renderer PATH/TO/render.py]
Rendered files are not committed.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The renderer is shared/corpus/render.py beside the repository (or beside the folder that
# holds a worktree), so look upwards from here.
RELATIVE_RENDERER = Path("shared/corpus/render.py")


def find_renderer() -> Path:
    for base in HERE.parents[4:]:
        candidate = base / RELATIVE_RENDERER
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
    parser.add_argument("output", type=Path)
    parser.add_argument("--renderer", type=Path, default=None, help="absolute path to render.py")
    args = parser.parse_args()

    renderer = args.renderer or find_renderer()
    render = load_renderer(renderer.resolve())
    out: Path = args.output
    render.render(HERE / "texts", out, None)
    shutil.copyfile(HERE / "labels.jsonl", out.parent / "labels.jsonl")
    count = sum(1 for p in out.iterdir() if p.is_file())
    print(f"{count} files in {out}; labels copied to {out.parent / 'labels.jsonl'}")


if __name__ == "__main__":
    main()
