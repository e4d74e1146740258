#!/usr/bin/env python3
"""Render a blind probe of texts the way the development corpus is rendered.

Writes <id>.pdf, <id>.scan.pdf and <id>.fax.tiff for every PROBE/texts/<id>.txt into OUTPUT
(a `files` folder outside the repository) with the functions of the corpus renderer, and copies
PROBE/labels.jsonl into OUTPUT's parent, so that the parent is a corpus folder (files/ +
labels.jsonl) for `markerflow eval --corpus`. A probe of laboratories' own PDFs
(files/<id>.orig.pdf, no texts/) gets its PDFs copied and a scan and a fax of each: the printed
PDF as a clinic would scan or fax it.

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


def render_original(render, original: Path, out: Path) -> None:
    """The laboratory's PDF as it is, and a scan and a fax of it made as the renderer makes them."""
    report_id = original.name.removesuffix(".orig.pdf")
    shutil.copyfile(original, out / original.name)
    pages = render.scan_pages(original.read_bytes(), seed=sum(map(ord, report_id)))
    dpi = render.SCAN_DPI
    pages[0].save(out / f"{report_id}.scan.pdf", format="PDF", save_all=True,
                  append_images=pages[1:], resolution=dpi, quality=50)  # fmt: skip
    fax = [page.point(lambda v: 255 if v > 150 else 0).convert("1") for page in pages]
    fax[0].save(out / f"{report_id}.fax.tiff", format="TIFF", save_all=True,
                append_images=fax[1:], compression="group4", dpi=(dpi, dpi))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path, help="the probe's folder (texts/ + labels.jsonl)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--renderer", type=Path, default=None, help="absolute path to render.py")
    args = parser.parse_args()

    probe: Path = args.probe
    originals = sorted((probe / "files").glob("*.orig.pdf"))
    if not (probe / "labels.jsonl").is_file() or not ((probe / "texts").is_dir() or originals):
        raise SystemExit(f"{probe} has no labels.jsonl, or neither texts/ nor files/*.orig.pdf")
    render = load_renderer((args.renderer or find_renderer()).resolve())
    out: Path = args.output
    if (probe / "texts").is_dir():
        render.render(probe / "texts", out, None)
    else:
        out.mkdir(parents=True, exist_ok=True)
        for original in originals:
            render_original(render, original, out)
    shutil.copyfile(probe / "labels.jsonl", out.parent / "labels.jsonl")
    count = sum(1 for p in out.iterdir() if p.is_file())
    print(f"{count} files in {out}; labels copied to {out.parent / 'labels.jsonl'}")


if __name__ == "__main__":
    main()
