"""A reviewer's details in words are read back into result fields, one stated field at a time."""

import pytest

from schemas.correction_details import details_fields

NONE = {
    "ihc_score": None,
    "percent": None,
    "ratio": None,
    "copy_number": None,
    "alteration": None,
    "value": None,
    "method": None,
}


@pytest.mark.parametrize(
    ("words", "fields"),
    [
        ("IHC 2+", {"ihc_score": "2+", "method": "IHC"}),
        ("3+ (IHC)", {"ihc_score": "3+", "method": "IHC"}),
        ("score 0", {"ihc_score": "0"}),
        ("95% (IHC)", {"percent": 95.0, "method": "IHC"}),
        ("IHC 2+, 10%", {"ihc_score": "2+", "percent": 10.0, "method": "IHC"}),
        (">75%", {"value": ">75%"}),
        ("20-30%", {"value": "20-30%"}),
        ("ratio 2.4 (FISH)", {"ratio": 2.4, "method": "FISH"}),
        ("copy number 6.2", {"copy_number": 6.2}),
        ("G12C (NGS)", {"alteration": "G12C", "method": "NGS"}),
        ("p.L858R", {"alteration": "L858R"}),
        ("E746_A750del", {"alteration": "E746_A750del"}),
        ("exon 19 deletion", {"alteration": "exon 19 deletion"}),
        ("EML4-ALK fusion", {"alteration": "EML4-ALK"}),
        ("12 mut/Mb", {"value": "12 mut/Mb"}),
        ("CPS 5", {"value": "CPS 5"}),
        ("HER2 negative", {}),
    ],
)
def test_stated_details_become_fields(words: str, fields: dict[str, object]) -> None:
    found = details_fields(words)

    assert {k: (v.value if hasattr(v, "value") else v) for k, v in found.items()} == {
        **NONE,
        **fields,
    }


def test_the_extracted_method_is_kept_when_the_words_name_none() -> None:
    assert details_fields("2+", keep_method="IHC")["method"] == "IHC"
