"""CPU time of marker extraction per page, after reading (the goal: at most 20 ms a page).

.venv/bin/python bench/bench_markers.py [--corpus DIR] [--renderings digital] [--cache DIR]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.labelled_corpus import Rendering, corpus_files, read_cached
from extractors.markers import extract_markers
from extractors.markers.pipeline import marker_pipeline
from flows.cli.eval_cmd import DEFAULT_CORPUS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--renderings", default="digital")
    parser.add_argument("--cache", type=Path, default=None, help="folder of read Documents")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    renderings = [Rendering(r) for r in args.renderings.split(",")]
    documents = [read_cached(f.path, args.cache) for f in corpus_files(args.corpus, renderings)]
    documents = [d for d in documents if not isinstance(d, str)]
    started = time.process_time()
    marker_pipeline()
    print(f"pipeline built once: {1000 * (time.process_time() - started):.0f} ms CPU")
    per_page = []
    for _ in range(args.repeat):
        for document in documents:
            started = time.process_time()
            extract_markers(document)
            per_page.append(1000 * (time.process_time() - started) / max(len(document.pages), 1))
    pages = sum(len(d.pages) for d in documents)
    print(f"{len(documents)} documents, {pages} pages, {args.repeat} rounds")
    print(
        f"CPU ms per page: mean {statistics.mean(per_page):.1f}, "
        f"median {statistics.median(per_page):.1f}, max {max(per_page):.1f}"
    )


if __name__ == "__main__":
    main()
