"""What bench/unread_names.py counts with: a page as the rules read it, a unit, its blocks."""

from extractors.markers.extraction import parsed_pages
from extractors.markers.fallback import unit_and_blocks
from extractors.text_document import document_from_text
from schemas.markers import Marker


def _first(text: str, marker: Marker):
    parsed, findings = next(parsed_pages(document_from_text(text)))
    mention = next(m for m in parsed._.read_mentions if m.marker is marker)
    return parsed, findings, mention


def test_a_name_in_a_methods_statement_is_blocked_by_its_label():
    for text in (
        "Immunohistochemistry for PR was performed with appropriate positive controls.",
        "Method: progesterone receptor staining was run beside positive and negative controls.",
    ):
        parsed, _, mention = _first(text, Marker.PR)
        (start, end), blocks = unit_and_blocks(parsed, mention)
        assert start <= mention.start < mention.end <= end
        assert any("methods" in label for label in blocks), text


def test_a_plain_statement_is_open_and_its_unit_holds_the_verdict():
    for text in (
        "The tumour cells are AR positive.",
        "Androgen receptor: negative in tumour cells",
    ):
        parsed, _, mention = _first(text, Marker.AR)
        (start, end), blocks = unit_and_blocks(parsed, mention)
        assert blocks == []
        assert ("positive" in text[start:end]) or ("negative" in text[start:end])


def test_the_pages_come_with_the_rules_findings_in_their_own_offsets():
    text = "ER: positive (95%)\nPR: negative"
    parsed, findings, _ = _first(text, Marker.ER)
    assert {f.marker for f in findings} == {Marker.ER, Marker.PR}
    assert all(parsed.text[f.start : f.end] for f in findings)
