"""Case ids and keys from outside are validated and escaped, never trusted as paths."""

import pytest

from flows.sources.names import escape_key, is_valid_case_id, split_case_key


@pytest.mark.parametrize(
    "case_id", ["case-1", "C0001", "2026.11.26_a", "a" * 128], ids=lambda c: c[:12]
)
def test_plain_case_ids_are_valid(case_id: str) -> None:
    assert is_valid_case_id(case_id)


@pytest.mark.parametrize(
    "case_id",
    ["", "..", ".hidden", "../etc", "a/b", "case 1", "a\x00b", "a\nb", "a" * 129, "-x", "a..b"],
    ids=repr,
)
def test_hostile_case_ids_are_refused(case_id: str) -> None:
    assert not is_valid_case_id(case_id)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("case-1/report.pdf", ("case-1", "report.pdf")),
        ("case-1/report+v2 final.pdf", ("case-1", "report+v2 final.pdf")),
        ("../../etc/cron.d/x.pdf", None),
        ("/etc/passwd", None),
        ("case-1/sub/report.pdf", None),
        ("case-1/", None),
        ("case-1/.report.pdf.swp", None),
        ("case-1/report.pdf.part", None),
        ("case 1/report+v2.pdf", None),
        ("case-1/a\x00b.pdf", None),
    ],
    ids=repr,
)
def test_keys_split_into_case_and_file_only_when_both_are_usable(
    key: str, expected: tuple[str, str] | None
) -> None:
    assert split_case_key(key) == expected


def test_escaped_keys_hold_only_printable_ascii() -> None:
    hostile = "case-1/ré\nport\x00" + "x" * 1000 + ".pdf"
    escaped = escape_key(hostile)
    assert escaped.isascii() and escaped.isprintable()
    assert "\n" not in escaped and "\x00" not in escaped
    assert escape_key("case-1/report+v2 final.pdf") == "case-1/report+v2 final.pdf"
