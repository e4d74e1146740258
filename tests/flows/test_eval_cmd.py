"""markerflow eval's parallel reading works in a process that has read documents itself."""

from extractors import read_document
from extractors.labelled_corpus import Rendering, evaluate_corpus, evaluate_split


def test_parallel_eval_after_reading_in_this_process(corpus_dir, tmp_path) -> None:
    # Reading here first starts this process's reader host; workers forked from a process that
    # had read (then with a fork server of its own) failed with ChildProcessError (ECHILD).
    read_document((corpus_dir / "files" / "002.pdf").read_bytes(), "002.pdf")
    scores = evaluate_corpus(
        corpus_dir, [Rendering.DIGITAL], jobs=2, cache=tmp_path, reports=["002", "004"]
    )
    assert scores[Rendering.DIGITAL].overall.f1 > 0


def test_tune_and_check_sets_are_scored_apart(corpus_dir, tmp_path) -> None:
    from extractors.labelled_corpus import evaluate_split

    split = evaluate_split(
        corpus_dir, [Rendering.DIGITAL], jobs=1, cache=tmp_path, reports=["002", "010"]
    )
    parts = split[Rendering.DIGITAL]
    assert {m.report for m in parts["tune"].misses} <= {"002"}
    assert {m.report for m in parts["check"].misses} <= {"010"}
    total = parts["tune"].overall.tp + parts["check"].overall.tp
    assert total == parts["all"].overall.tp > 0


def test_misses_name_only_the_tune_set(corpus_dir, tmp_path) -> None:
    from typer.testing import CliRunner

    from flows.cli.app import app

    arguments = ["eval", "--renderings", "digital", "--reports", "310-319", "--misses"]
    result = CliRunner().invoke(app, [*arguments, "--cache", str(tmp_path)])
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if line.startswith("    ")]
    named = {word for line in listed for word in line.split(":", 1)[-1].split()}
    assert named, result.output
    assert not {r for r in named if r[-1] in "05"}
    assert "check set" in result.output


def test_a_sites_own_labels_are_scored(corpus_dir, tmp_path) -> None:
    import json
    import shutil

    from typer.testing import CliRunner

    from flows.cli.app import app

    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(corpus_dir / "files" / "002.pdf", documents / "abc123.pdf")
    labels = json.loads((corpus_dir / "labels.jsonl").read_text().splitlines()[0])
    assert labels["id"] == "002"
    row = {"id": "abc123", "case_id": "C-1", "markers": labels["markers"]}
    (tmp_path / "labels.jsonl").write_text(json.dumps(row) + "\n")
    result = CliRunner().invoke(
        app,
        ["eval", "--labels", str(tmp_path / "labels.jsonl"), "--documents", str(documents)],
    )
    assert result.exit_code == 0, result.output
    assert "== site labels" in result.output
    assert "F1 1.000" in result.output.splitlines()[1]


def test_silver_counts_found_and_contradicted(tmp_path) -> None:
    import json

    from extractors.labelled_corpus import evaluate_silver

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "A.txt").write_text("Estrogen receptor: positive (90%). HER2: 1+.")
    (tmp_path / "texts" / "B.txt").write_text("KRAS was not tested.")
    rows = [
        {"id": "A", "markers": [{"marker": "ER", "aspect": "expression", "status": "positive"}]},
        {"id": "B", "markers": [{"marker": "KRAS", "aspect": "mutation", "status": "negative"}]},
    ]
    rows[0]["markers"].append({"marker": "HER2", "aspect": "expression", "status": "positive"})
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    silver = evaluate_silver(tmp_path)
    # KRAS is named but states nothing: counted, neither found nor contradicted.
    assert (silver.overall.labels, silver.overall.found, silver.overall.contradicted) == (3, 1, 1)
    assert silver.per_marker["HER2/expression"].contradicted == 1


def test_a_marker_name_inside_a_longer_word_does_not_name_the_marker() -> None:
    from extractors.labelled_corpus import named_markers

    assert "ER" not in named_markers("LEFT BREAST, UPPER. OTHER: LARGER.")
    assert "ER" in named_markers("Results: ER positive.")
    assert "MMR" in named_markers("Loss of MSH2 expression.")


def test_files_not_read_set_the_exit_code_from_the_one_table(corpus_dir, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import extractors.reading
    from extractors.errors import CorruptInput, InternalError
    from flows.cli.app import app
    from flows.cli.exit_codes import ExitCode
    from schemas.error_trace import error_trace

    arguments = ["eval", "--renderings", "digital", "--reports", "002"]

    def corrupt(data, filename=None, limits=None):
        raise CorruptInput("damaged")

    monkeypatch.setattr(extractors.reading, "read_document", corrupt)
    rejected = CliRunner().invoke(app, arguments)
    assert rejected.exit_code == ExitCode.REJECTED, rejected.output
    assert "1 files not scored: rejected" in rejected.output

    def buggy(data, filename=None, limits=None):
        try:
            raise ValueError("CANARY report text")
        except ValueError as err:
            raise InternalError("ValueError", error_trace(err)) from None

    monkeypatch.setattr(extractors.reading, "read_document", buggy)
    failed = CliRunner().invoke(app, arguments)
    assert failed.exit_code == ExitCode.INTERNAL_ERROR, failed.output
    assert "1 files not scored: internal_error" in failed.output
    assert "CANARY" not in failed.output


def test_a_folder_of_labelled_texts_is_read_as_digital_pdfs(corpus_dir, tmp_path) -> None:
    # The `text` rendering lays a text out as the corpus's digital PDFs are laid out and reads
    # it through the PDF reader: the corpus's own texts score as its digital files do.
    import shutil

    from extractors.labelled_corpus import text_pdf

    folder = tmp_path / "probe"
    (folder / "texts").mkdir(parents=True)
    chosen = ["002", "004", "010"]
    rows = (corpus_dir / "labels.jsonl").read_text().splitlines()
    (folder / "labels.jsonl").write_text(
        "\n".join(row for row in rows if row[8:11] in chosen) + "\n"
    )
    for report in chosen:
        shutil.copy(corpus_dir / "texts" / f"{report}.txt", folder / "texts" / f"{report}.txt")
    text = (folder / "texts" / "002.txt").read_text()
    assert text_pdf(text) == text_pdf(text)  # the same bytes: the cache key holds
    as_text = evaluate_split(folder, [Rendering.TEXT], reports=chosen)[Rendering.TEXT]
    as_pdf = evaluate_split(corpus_dir, [Rendering.DIGITAL], reports=chosen)[Rendering.DIGITAL]
    assert as_text["all"].overall.tp > 0
    for part in ("tune", "check"):
        assert as_text[part].overall == as_pdf[part].overall


def test_a_document_cached_by_another_reader_version_is_read_again(
    corpus_dir, tmp_path, monkeypatch
) -> None:
    from extractors.labelled_corpus import read_cached
    from extractors.reading import document_reading

    report = corpus_dir / "files" / "002.pdf"
    first = read_cached(report, tmp_path)
    assert not isinstance(first, str)
    assert [p.name for p in tmp_path.iterdir()] and read_cached(report, tmp_path) == first

    # A reader that reads the same bytes to other text must not be handed the old reading.
    monkeypatch.setattr(document_reading, "READING_VERSION", document_reading.READING_VERSION + 1)
    # (The read itself runs in a reader child, which still names the version it was built with.)
    again = read_cached(report, tmp_path)
    assert not isinstance(again, str)
    assert len(list(tmp_path.iterdir())) == 2, "the other version's reading was used"
