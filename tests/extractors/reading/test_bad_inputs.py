"""Every hostile or broken file in ../shared/badinputs gets the outcome its MANIFEST row expects."""

import csv
from pathlib import Path

import pytest

from extractors.errors import RejectedInput
from extractors.reading import read_document
from schemas import DocumentFlag, RejectReason
from tests.conftest import BADINPUTS

# MANIFEST reason names -> the reason codes that honour them.
REASONS = {
    "empty": {RejectReason.EMPTY},
    "not_a_report_format": {RejectReason.UNSUPPORTED_TYPE},
    "corrupt": {RejectReason.CORRUPT},
    "encrypted": {RejectReason.ENCRYPTED},
    "too_many_pages": {RejectReason.TOO_MANY_PAGES},
    "too_large_image": {RejectReason.IMAGE_TOO_LARGE},
    "too_small_image": {RejectReason.IMAGE_TOO_SMALL},
    "resource_limit": {RejectReason.RESOURCE_LIMIT, RejectReason.TIMEOUT},
}
# What each processed file's MANIFEST note asks to record.
EXPECTED_FLAGS = {
    "png_named.pdf": {DocumentFlag.EXTENSION_MISMATCH},
    "pdf_named.jpg": {DocumentFlag.EXTENSION_MISMATCH},
    "pdf_named_as.tiff": {DocumentFlag.EXTENSION_MISMATCH},
    "header_after_junk.pdf": {DocumentFlag.LEADING_JUNK, DocumentFlag.REPAIRED},
    "owner_password_only.pdf": {DocumentFlag.PERMISSIONS_ENCRYPTION},
    "javascript_embedded_file.pdf": {DocumentFlag.HAS_JAVASCRIPT, DocumentFlag.HAS_ATTACHMENTS},
    "xss_bidi_payload_report.pdf": {DocumentFlag.CONTROL_CHARACTERS_REMOVED},
    "polyglot_pdf_zip.pdf": {DocumentFlag.TRAILING_DATA},
    "pages_self_reference.pdf": {DocumentFlag.PARSER_DISAGREEMENT},
    "pub_pdfjs_Pages-tree-refs.pdf": {DocumentFlag.PARSER_DISAGREEMENT},
    "pub_qpdf_bad-xref.pdf": {DocumentFlag.REPAIRED},
    "blank_page.pdf": {DocumentFlag.NO_TEXT},
}
HER2_LINE = "HER2 (IHC): 3+ positive"


def manifest_rows() -> list[dict[str, str]]:
    with (BADINPUTS / "MANIFEST.tsv").open(newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["file"] != "-"]


ROWS = manifest_rows() if BADINPUTS.is_dir() else []


def test_the_manifest_lists_every_bad_input_file(badinputs_dir: Path) -> None:
    listed = {row["file"] for row in ROWS}
    on_disk = {p.name for p in badinputs_dir.iterdir() if p.suffix not in {".tsv", ".md", ".py"}}
    assert listed == on_disk


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["expected"] == "reject"], ids=lambda r: r["file"]
)
def test_a_bad_input_is_rejected_with_its_reason_and_a_message(row: dict[str, str]) -> None:
    data = (BADINPUTS / row["file"]).read_bytes()

    with pytest.raises(RejectedInput) as caught:
        read_document(data, row["file"])

    assert caught.value.reason in REASONS[row["expected_reason"]]
    assert len(caught.value.message) > 20
    assert "CANARY" not in caught.value.message


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["expected"] == "process"], ids=lambda r: r["file"]
)
def test_an_odd_but_valid_input_is_read_and_its_oddities_flagged(row: dict[str, str]) -> None:
    data = (BADINPUTS / row["file"]).read_bytes()

    doc = read_document(data, row["file"])

    assert doc.pages
    assert EXPECTED_FLAGS.get(row["file"], set()) <= set(doc.flags)
    if "HER2 3+" in row["note"] or "HER2 (IHC) 3+" in row["note"]:
        assert HER2_LINE in "\n".join(page.text for page in doc.pages)


def test_bidi_overrides_are_removed_from_every_word() -> None:
    doc = read_document((BADINPUTS / "xss_bidi_payload_report.pdf").read_bytes())

    text = "\n".join(page.text for page in doc.pages)

    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "<script>" in text  # payloads stay as inert text; escaping is the web app's job
