"""The readers' fork server works under any TMPDIR: its socket must fit a Unix socket path."""

from pathlib import Path

from tests.extractors.reading.python_child import python_output

READ = """
import sys
from pathlib import Path
from extractors import read_document
if __name__ == "__main__":
    document = read_document(Path(sys.argv[1]).read_bytes())
    print(len(document.pages))
"""


def test_a_report_is_read_under_a_tmpdir_too_long_for_a_socket_path(
    tmp_path: Path, corpus_dir: Path
) -> None:
    long_tmp = tmp_path / ("t" * 60) / ("m" * 60)
    long_tmp.mkdir(parents=True)
    assert len(str(long_tmp)) > 108
    output = python_output(
        ["-c", READ, str(corpus_dir / "files" / "024.pdf")], TMPDIR=str(long_tmp)
    )
    assert int(output.strip()) >= 1
    assert list(long_tmp.iterdir()) == []
