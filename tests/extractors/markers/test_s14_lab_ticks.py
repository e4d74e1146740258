"""Laboratories' own PDFs whose answers are boxes: a ticked box and an empty one must differ.

The PDFs are drawn here for invented laboratories, in words of our own; none copies a real
report. Kinds:

- symbol_font_boxes (reader): a form's boxes drawn in a symbol font other than PDF's own
  ZapfDingbats (URW's copy, 'Dingbats' or 'D050000L', as Ghostscript names it; Word's
  Wingdings and Wingdings 2, raw or mapped into the private use area) are read as the
  characters they draw: '✔' and '❏', '☑' and '☐', not '4' and 'o' (or nothing) for both.
- boxed_verdict_options: a question's options on one line, each led by its own box, the
  options verdicts themselves ('pMMR' / 'dMMR', 'MSI-H' / 'MSS', 'Positive' / 'Negative'):
  only the ticked one is read.
- boxed_yes_no_answer: 'Yes' and 'No' boxes after a statement of a finding ('HER2 amplified',
  'TMB-High'): a ticked 'Yes' affirms it, a ticked 'No' denies it; a question that states no
  finding ('Sample adequate') gives nothing.
- yes_no_tick_columns: a table with 'Yes' and 'No' columns (over a first column, named or
  left blank) and a mark under one of them on each row: a row that states a finding reads
  as that finding under 'Yes' and as its negation under 'No'. The mark may be a filled round
  button ('●') beside empty ones ('❍').
- yes_no_tick_row: a statement, then 'Yes' and 'No' set apart on its row, one led by a mark
  ('HER2 amplified    Yes    X No'): read as for yes_no_tick_columns (the row's other cells
  are not blanked as options left empty).
- box_after_its_option: each option followed by its box ('pMMR [ ]  dMMR [x]', 'Yes ☐
  No ☒'), after the question's colon or question mark or on the line under the question.
- boxed_option_list: the same options one a line under their question, each led by its box.
- indistinct_boxes: every option led by the same black square, as a PDF writer draws box
  characters none of its fonts has ('☐' and '☒' alike; reportlab does): which one was ticked
  cannot be told, so nothing is read rather than every option, or a 'Yes'/'No' statement.
- empty_box_glyphs_in_checklists: a checklist block's empty options drawn as shadowed boxes
  or round buttons ('❑ Negative', '○ Positive') are options left empty, as '☐' and '[ ]' are.
"""

import pytest

from extractors.markers import extract_markers
from extractors.reading import read_document
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    kind_tests,
)
from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

KINDS: dict[str, list[tuple[str, Expected]]] = {
    "boxed_verdict_options": [
        (
            "Colorectal biomarker panel\nMismatch repair status   ❑ pMMR   ☒ dMMR\n",
            [("MMR", SIG, P, {})],
        ),
        (
            "MMR protein summary: [x] proficient (pMMR) [ ] deficient (dMMR)\n",
            [("MMR", SIG, N, {})],
        ),
        (
            "Microsatellite status (PCR)  ☐ MSI-H  ☒ MSS\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "MSI by fragment analysis:  ✔ MSI-High   ❏ MSI-Low   ❏ MSS\n",
            [("MSI", SIG, P, {})],
        ),
        (
            "Oestrogen receptor (SP1)   ❏ Positive   ✔ Negative\n",
            [("ER", EXPR, N, {})],
        ),
        (
            "MMR status   ☐ pMMR   x dMMR\n",
            [("MMR", SIG, P, {})],
        ),
    ],
    # A ticked No denies every verdict word of its statement, not only the first word's: a
    # statement led by the finding's kind ('Mutation in EGFR detected') read positive.
    "no_denies_a_statement_led_by_its_kind": [
        ("Mutation in EGFR detected   ☐ Yes   ☒ No\n", [("EGFR", MUT, N, {})]),
        ("Variant in KRAS codon 12 identified   [ ] Yes   [x] No\n", [("KRAS", MUT, N, {})]),
        ("Rearrangement involving ALK detected by FISH   ❏ Yes   ✔ No\n", [("ALK", FUS, N, {})]),
        ("Rearrangement involving ALK detected by FISH   ✔ Yes   ❏ No\n", [("ALK", FUS, P, {})]),
    ],
    "boxed_yes_no_answer": [
        (
            "Companion diagnostics\nHER2 amplified   ❏ Yes   ✔ No\n",
            [("HER2", AMP, N, {})],
        ),
        (
            "Companion diagnostics\nHER2 gene amplification   ☑ Yes   ☐ No\n",
            [("HER2", AMP, P, {})],
        ),
        (
            "Tumour mutational burden\nTMB-High  [ ] yes  [x] no\n",
            [("TMB", SIG, N, {})],
        ),
        (
            "EGFR sensitising mutation detected?  (x) Yes  ( ) No\n",
            [("EGFR", MUT, P, {})],
        ),
        (
            "Specimen adequate for PD-L1 testing  ☑ Yes  ☐ No\n",
            [],
        ),
        (
            "Is HER2 gene amplification present?\n   ☐ Yes   ☒ No\n",
            [("HER2", AMP, N, {})],
        ),
        (
            "KRAS G12C mutation identified:\n   ☑ Yes   ☐ No\n",
            [("KRAS", MUT, P, {})],
        ),
    ],
    "box_after_its_option": [
        ("Mismatch repair status: pMMR [ ]  dMMR [x]\n", [("MMR", SIG, P, {})]),
        ("Microsatellite status\nMSI-H ☐   MSS ☒\n", [("MSI", SIG, N, {})]),
        ("Is HER2 amplified?  Yes ☐  No ☒\n", [("HER2", AMP, N, {})]),
        ("BRAF V600E mutation detected:  Yes (x)  No ( )\n", [("BRAF", MUT, P, {})]),
    ],
    "boxed_option_list": [
        (
            "Progesterone receptor result:\n( ) Positive\n(x) Negative\n",
            [("PR", EXPR, N, {})],
        ),
        (
            "Mismatch repair (IHC)\n  ☐ pMMR (all four retained)\n  ☒ dMMR\n",
            [("MMR", SIG, P, {})],
        ),
        (
            "Is the tumour TMB-High (10 mut/Mb or more)?\n[ ] Yes\n[x] No\n",
            [("TMB", SIG, N, {})],
        ),
    ],
    "boxed_scale_options": [
        (
            "HER2 (4B5) IHC score:   ☐ 0   ☐ 1+   ☒ 2+   ☐ 3+\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "PD-L1 (22C3) tumour proportion score   [ ] <1%   [x] 1-49%   [ ] >=50%\n",
            [("PD-L1", EXPR, P, {"value": "1-49%"})],
        ),
        (
            "Her2/neu immunostain   ❏ 0   ✔ 1+   ❏ 2+   ❏ 3+\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    "indistinct_boxes": [
        ("Mismatch repair status   ■ pMMR   ■ dMMR\n", []),
        ("HER2 gene amplified   ■ Yes   ■ No\n", []),
        ("Microsatellite status: ■ MSI-H ■ MSS ■ not assessable\n", []),
        # the steps of a scale, as a template's boxes offer them
        ("HER2 (4B5) IHC score:   ■ 0   ■ 1+   ■ 2+   ■ 3+\n", []),
        ("PD-L1 22C3 tumour proportion score   ■ <1%   ■ 1-49%   ■ >=50%\n", []),
    ],
    "empty_box_glyphs_in_checklists": [
        (
            "❑ Positive   ☒ Negative\n"
            "Oestrogen receptor     Share of nuclei stained: 0%\n"
            "☒ Positive   ❑ Negative\n"
            "Progesterone receptor  Share of nuclei stained: 40%\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, P, {"percent": 40.0})],
        ),
        (
            "○ Positive   ☑ Negative\n"
            "Androgen receptor      Percent of nuclei positive: 0\n"
            "☑ Positive   ○ Negative\n"
            "Oestrogen receptor     Percent of nuclei positive: 90\n",
            [("AR", EXPR, N, {}), ("ER", EXPR, P, {"percent": 90.0})],
        ),
    ],
}


test_every_kind_has_two_wordings, test_kind = kind_tests(KINDS)


# --------------------------------------------------------------------------------------------
# symbol_font_boxes: PDFs written byte by byte, so the font's name and map are the test's own

_HEADING = "Immunohistochemistry and molecular results for the resection specimen"


def _pdf(
    font: str,
    rows: list[list[tuple[str, str]]],
    to_unicode: dict[int, int] | None = None,
    encoding: str = "",
) -> bytes:
    """One page; each row is (font, text) runs, 'S' the symbol font and 'H' Helvetica."""
    content = [f"BT /H 10 Tf 40 760 Td ({_HEADING}) Tj ET"]
    for number, row in enumerate(rows):
        x = 40.0
        for face, text in row:
            escaped = "".join(f"\\{ord(c):03o}" if ord(c) > 126 else c for c in text)
            content.append(f"BT /{face} 10 Tf {x} {730 - 18 * number} Td ({escaped}) Tj ET")
            x += 7.0 * len(text) + 10.0
    stream = "\n".join(content)
    font_dict = f"<< /Type /Font /Subtype /Type1 /BaseFont /{font}"
    font_dict += f" /Encoding /{encoding}" if encoding else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /S 4 0 R /H 5 0 R >> >> /Contents 6 0 R >>",
        font_dict + (" /ToUnicode 7 0 R >>" if to_unicode else " >>"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    if to_unicode:
        pairs = "\n".join(f"<{code:02X}> <{uni:04X}>" for code, uni in to_unicode.items())
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CMapName /Marks def 1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(to_unicode)} beginbfchar\n{pairs}\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end"
        )
        objects.append(f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def _read(pdf: bytes) -> tuple[str, set[tuple[str, str, str]]]:
    document = read_document(pdf, "lab.pdf")
    found = extract_markers(document)
    return document.pages[0].text, {(r.marker.value, r.aspect.value, r.status.value) for r in found}


@pytest.mark.parametrize("font", ["Dingbats", "D050000L", "ABCDEF+ZapfDingbatsITC"])
def test_ghostscript_dingbats_boxes(font: str) -> None:
    rows = [
        [("H", "Mismatch repair status"), ("S", "o"), ("H", "pMMR"), ("S", "4"), ("H", "dMMR")],
        [("H", "HER2 amplified"), ("S", "q"), ("H", "Yes"), ("S", "8"), ("H", "No")],
    ]
    text, found = _read(_pdf(font, rows))
    assert "❏ pMMR ✔ dMMR" in text
    assert "❑ Yes ✘ No" in text
    assert found == {("MMR", SIG, P), ("HER2", AMP, N)}


def test_wingdings_boxes_raw_and_mapped_to_private_use() -> None:
    rows = [
        [("H", "Oestrogen receptor"), ("S", "\u00fe"), ("H", "Positive")],
        [
            ("H", "Microsatellite status"),
            ("S", "\u00a8"),
            ("H", "MSI-H"),
            ("S", "\u00fe"),
            ("H", "MSS"),
        ],
        [("H", "TMB-High"), ("S", "o"), ("H", "Yes"), ("S", "\u00fd"), ("H", "No")],
    ]
    raw_text, raw_found = _read(_pdf("Wingdings-Regular", rows, encoding="WinAnsiEncoding"))
    mapped = {code: 0xF000 + code for code in (0xFE, 0xA8, 0x6F, 0xFD)}
    pua_text, pua_found = _read(
        _pdf("ABCDEF+Wingdings", rows, to_unicode=mapped, encoding="WinAnsiEncoding")
    )
    for text in (raw_text, pua_text):
        assert "◻ MSI-H ☑ MSS" in text
        assert "□ Yes ☒ No" in text
    expected = {("ER", EXPR, P), ("MSI", SIG, N), ("TMB", SIG, N)}
    assert raw_found == expected
    assert pua_found == expected


def test_wingdings_2_check_boxes() -> None:
    rows = [
        [
            ("H", "ALK rearrangement detected"),
            ("S", "\u00a3"),
            ("H", "Yes"),
            ("S", "T"),
            ("H", "No"),
        ],
        [
            ("H", "Progesterone receptor"),
            ("S", "R"),
            ("H", "Positive"),
            ("S", "\u00a3"),
            ("H", "Negative"),
        ],
    ]
    text, found = _read(_pdf("Wingdings2", rows))
    assert "☐ Yes ☒ No" in text
    assert found == {("ALK", "fusion", N), ("PR", EXPR, P)}


def test_standard_zapf_dingbats_reads_as_before() -> None:
    """PDF's own ZapfDingbats is read by pdfium's built-in map; ours gives the same marks."""
    from extractors.reading.dingbat_glyphs import ZAPF_DINGBATS

    codes = "".join(ZAPF_DINGBATS)
    row = [[("S", " ".join(codes))]]
    builtin, _ = _read(_pdf("ZapfDingbats", row))
    ours, _ = _read(_pdf("Dingbats", row))
    marks = " ".join(ZAPF_DINGBATS[c] for c in codes)
    assert builtin.splitlines()[-1] == marks
    assert ours.splitlines()[-1] == marks


def test_letters_of_an_ordinary_font_stay_letters() -> None:
    rows = [[("H", "Tumour grade"), ("S", "x"), ("H", "o"), ("H", "q 4 n")]]
    text, _ = _read(_pdf("Helvetica", rows))
    assert text.splitlines()[-1] == "Tumour grade x o q 4 n"


# --------------------------------------------------------------------------------------------
# yes_no_tick_columns: a table whose columns are 'Yes' and 'No', a mark under one per row


def _findings_with_a_first_column() -> bytes:
    page = LabPage()
    page.row(700, (54, "Companion diagnostic findings"), bold=True, size=11)
    page.row(680, (54, "Finding"), (300, "Yes"), (360, "No"), bold=True)
    page.row(664, (54, "HER2 amplified (ISH ratio >= 2.0)"), (363, "X"))
    page.row(648, (54, "Specimen adequate for all assays"), (303, "X"))
    page.row(632, (54, "TMB-High (>= 10 mut/Mb)"), (303, "X"))
    return lab_pdf(page)


def _findings_under_a_blank_first_column() -> bytes:
    page = LabPage()
    page.row(700, (54, "Lung cancer predictive markers"), bold=True, size=11)
    page.row(680, (330, "YES"), (400, "NO"), bold=True)
    page.row(664, (54, "EGFR exon 19 deletion detected"), (335, "x"))
    page.row(648, (54, "ALK rearrangement identified"), (404, "x"))
    page.row(632, (54, "Microsatellite instability-high (MSI-H)"), (404, "x"))
    return lab_pdf(page)


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        pytest.param(
            _findings_with_a_first_column,
            {("HER2", AMP, N), ("TMB", SIG, P)},
            id="yes_no_tick_columns-1",
        ),
        pytest.param(
            _findings_under_a_blank_first_column,
            {("EGFR", MUT, P), ("ALK", "fusion", N), ("MSI", SIG, N)},
            id="yes_no_tick_columns-2",
        ),
    ],
)
def test_yes_no_tick_columns(pdf, expected: set[tuple[str, str, str]]) -> None:
    found = extract_markers(read_document(pdf(), "lab.pdf"))
    assert {(r.marker.value, r.aspect.value, r.status.value) for r in found} == expected


# --------------------------------------------------------------------------------------------
# yes_no_tick_row: a statement, then 'Yes' and 'No' apart on its row, one led by a mark


def _answers_after_each_statement() -> bytes:
    page = LabPage()
    page.row(700, (54, "Molecular findings"), bold=True, size=11)
    page.row(680, (54, "HER2 amplified"), (220, "Yes"), (300, "X"), (312, "No"))
    page.row(664, (54, "KRAS mutation detected"), (220, "X"), (232, "Yes"), (300, "No"))
    page.row(648, (54, "TMB-High"), (220, "Yes"), (300, "X"), (312, "No"))
    return lab_pdf(page)


def _questions_with_colons() -> bytes:
    page = LabPage()
    page.row(700, (54, "Summary of targetable alterations"), bold=True, size=11)
    page.row(680, (54, "ALK rearrangement identified:"), (260, "X"), (272, "YES"), (340, "NO"))
    page.row(664, (54, "BRAF V600E mutation present:"), (260, "YES"), (340, "X"), (352, "NO"))
    page.row(648, (54, "Tissue sufficient for testing:"), (260, "X"), (272, "YES"), (340, "NO"))
    return lab_pdf(page)


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        pytest.param(
            _answers_after_each_statement,
            {("HER2", AMP, N), ("KRAS", MUT, P), ("TMB", SIG, N)},
            id="yes_no_tick_row-1",
        ),
        pytest.param(
            _questions_with_colons,
            {("ALK", "fusion", P), ("BRAF", MUT, N)},
            id="yes_no_tick_row-2",
        ),
    ],
)
def test_yes_no_tick_row(pdf, expected: set[tuple[str, str, str]]) -> None:
    found = extract_markers(read_document(pdf(), "lab.pdf"))
    assert {(r.marker.value, r.aspect.value, r.status.value) for r in found} == expected


def _round_buttons_under_yes_no() -> bytes:
    page = LabPage()
    page.row(700, (54, "Biomarker results"), bold=True, size=11)
    page.row(680, (54, "Criterion"), (300, "Yes"), (360, "No"), bold=True)
    page.row(664, (54, "PD-L1 TPS >= 50%"), (303, "\u274d"), (363, "\u25cf"))
    page.row(648, (54, "MSI-High (PCR)"), (303, "\u25cf"), (363, "\u274d"))
    return lab_pdf(page)


def test_round_buttons_under_yes_no_columns() -> None:
    """yes_no_tick_columns with round buttons: the filled one ('●') is the tick."""
    found = extract_markers(read_document(_round_buttons_under_yes_no(), "lab.pdf"))
    assert {(r.marker.value, r.aspect.value, r.status.value) for r in found} == {
        ("PD-L1", EXPR, N),
        ("MSI", SIG, P),
    }
