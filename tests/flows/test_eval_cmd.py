"""markerflow eval's parallel reading works in a process that has read documents itself."""

from extractors import read_document
from flows.cli.eval_cmd import Rendering, evaluate_corpus


def test_parallel_eval_after_reading_in_this_process(corpus_dir, tmp_path) -> None:
    # Reading here first starts the reader's fork server in this process; workers forked
    # from it used to fail with ChildProcessError (ECHILD) in the corpus-figures test.
    read_document((corpus_dir / "files" / "002.pdf").read_bytes(), "002.pdf")
    scores = evaluate_corpus(
        corpus_dir, [Rendering.DIGITAL], jobs=2, cache=tmp_path, reports=["002", "004"]
    )
    assert scores[Rendering.DIGITAL].overall.f1 > 0
