"""Document in, marker results out: the entry point the flows and the CLI call."""

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from extractors.markers.alterations import changes_on_rows_of_their_own
from extractors.markers.fallback import leftover_findings, with_leftovers
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.line_end_dots import without_stray_dots
from extractors.markers.misreadings import (
    closed_up_symbols,
    rejoined_status_words,
    restored_stop_signs,
    restored_zeros_in_shares,
)
from extractors.markers.page_layouts import LaidOutText, laid_out_text
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.ratios import column_ratios, named_ratios
from extractors.markers.rules import rules_by_marker
from extractors.markers.spans import Finding
from extractors.markers.statements import read_findings
from extractors.markers.summary_rules import (
    derived_results,
    merged_results,
    without_bare_restatements,
)
from extractors.markers.underline_boxes import bracketed_underline_boxes
from extractors.markers.values import msi_class
from extractors.markers.variant_tables import page_after
from extractors.reading.line_grouping import levelled_page
from schemas.document import Document, Page
from schemas.markers import Aspect, Evidence, Marker, MarkerResult, Status


def extract_markers(doc: Document) -> list[MarkerResult]:
    """Every marker result the document states, each with its evidence."""
    results: list[MarkerResult] = []
    lines: dict[int, str] = {}  # the lines each result's words stand on, by the result's id
    ratios: dict[Marker, set[float]] = {}
    changes: set[str] = set()  # changes stated on rows that name no gene
    leftovers: list[tuple[Finding, Page, LaidOutText]] = []  # read by the fallback pass
    for page, laid_out, parsed, findings in _read_pages(doc):
        text = laid_out.text
        read = [(finding.start, finding.end) for finding in findings]
        leftovers += [(f, page, laid_out) for f in leftover_findings(parsed, read)]
        for finding in findings:
            finding.start, finding.end = laid_out.page_span(finding.start, finding.end)
            result = _result(finding, page, doc.sha256)
            results.append(result)
            lines[id(result)] = _lines_of(page.text, finding.start, finding.end)
        for marker, stated in named_ratios(text).items():
            ratios.setdefault(marker, set()).update(stated)
        changes |= changes_on_rows_of_their_own(text)
        _ratios_under_their_column(results[-len(findings) :] if findings else [], text)
    results += _fallback_results(results, leftovers, doc.sha256)
    merged = merged_results(without_bare_restatements(results, lines))
    _add_named_ratios(merged, ratios)
    _add_the_one_change(merged, changes)
    return merged + derived_results(merged)


def fallback_alone(doc: Document) -> list[tuple[MarkerResult, str | None]]:
    """What the fallback pass alone reads: as if no named rule had read anything on the page.

    Every (marker, aspect) pair is open to it and no span is taken by a rule's result; the
    units' decisions (a list of what an assay covers) still hold. For measuring the pass on
    its own (bench/fallback_alone.py), never for extraction: each result with the kind of
    wording the pass read it from.
    """
    leftovers = [
        (f, page, laid_out)
        for page, laid_out, parsed, _ in _read_pages(doc)
        for f in leftover_findings(parsed, [])
    ]
    return [(r, f.kind) for r, f in _fallback_pairs([], leftovers, doc.sha256)]


def parsed_pages(doc: Document) -> Iterator[tuple[Doc, list[Finding]]]:
    """Each page with text as the rules read it: the parsed page and the rules' findings.

    For counting what was read and why not (bench/unread_names.py); offsets are the laid-out
    text's, not the page's.
    """
    for _, _, parsed, findings in _read_pages(doc):
        yield parsed, findings


def _read_pages(doc: Document) -> Iterator[tuple[Page, LaidOutText, Doc, list[Finding]]]:
    """Each page with text: its laid-out text, the parsed doc and the rules' findings."""
    nlp = marker_pipeline()
    previous = ""
    for page in doc.pages:
        if not page.text.strip():
            continue
        # underline boxes, stray dots, broken status words, a stop read as a quote, a zero read
        # as O in a share and a speck inside a symbol keep the page's length; a layout read by
        # position may not: offsets mapped back
        boxed = bracketed_underline_boxes(page.text)
        restored = closed_up_symbols(
            restored_zeros_in_shares(restored_stop_signs(without_stray_dots(boxed)))
        )
        # an OCR'd page that leans is laid out by its boxes levelled (its evidence keeps them)
        laid_out = laid_out_text(levelled_page(page), rejoined_status_words(restored))
        parsed = nlp(laid_out.text)
        with page_after(previous):  # a table's header may be on the page before
            findings = read_findings(parsed)
        previous = page.text
        yield page, laid_out, parsed, findings


def _fallback_results(
    results: list[MarkerResult], leftovers: list[tuple[Finding, Page, LaidOutText]], document: str
) -> list[MarkerResult]:
    """The fallback pass's results, for the markers and aspects the rules read nothing of."""
    return [result for result, _ in _fallback_pairs(results, leftovers, document)]


def _fallback_pairs(
    results: list[MarkerResult], leftovers: list[tuple[Finding, Page, LaidOutText]], document: str
) -> list[tuple[MarkerResult, Finding]]:
    """Each fallback result with the finding it was made of."""
    if not leftovers:
        return []
    rule_pairs = {(r.marker, r.aspect) for r in results}
    if any(rules_by_marker()[r.marker].mismatch_repair_protein for r in results):
        rule_pairs.add((Marker.MMR, Aspect.SIGNATURE))  # MMR is derived from its proteins
    places = {id(f): (page, laid_out) for f, page, laid_out in leftovers}
    added = []
    for finding in with_leftovers(rule_pairs, [f for f, _, _ in leftovers]):
        page, laid_out = places[id(finding)]
        finding.start, finding.end = laid_out.page_span(finding.start, finding.end)
        result = _result(finding, page, document)
        result._rule = finding.rule
        added.append((result, finding))
    return added


def _lines_of(text: str, start: int, end: int) -> str:
    """The whole lines that the text from start to end stands on."""
    return text[start_of_line(text, start) : end_of_line(text, max(start, end - 1))]


def _add_named_ratios(results: list[MarkerResult], ratios: dict[Marker, set[float]]) -> None:
    """An ISH result without its ratio takes the report's one '<gene>/CEP' ratio, if one only.

    The ratio's line may stand apart from the verdict, even on the next page.
    """
    for result in results:
        stated = ratios.get(result.marker, set())
        if result.aspect is Aspect.AMPLIFICATION and result.ratio is None and len(stated) == 1:
            result.ratio = next(iter(stated))


def _add_the_one_change(results: list[MarkerResult], changes: set[str]) -> None:
    """A report's one detected mutation without its change takes its one change row's change.

    change_on_a_row_of_its_own: a row that names no gene ('KRAS MUTATION ANALYSIS ... A KRAS
    mutation was detected' with the row 'Mutation  G12C (c.34G>T)').

    Only where the report has one detected mutation and one such change: with two, which
    change is whose is not certain.
    """
    detected = [
        r
        for r in results
        if r.aspect is Aspect.MUTATION and r.status is Status.POSITIVE and not r.historical
    ]
    if len(detected) == 1 and detected[0].alteration is None and len(changes) == 1:
        detected[0].alteration = next(iter(changes))


def _ratios_under_their_column(results: list[MarkerResult], text: str) -> None:
    """An ISH result of the page takes the ratio under its heading in a row of counts.

    ratio_under_its_column: where the result has no ratio, or took one of the row's per-cell
    counts for it ('Mean HER2 signals/cell  Mean CEP17 signals/cell  Ratio' over '4.1 2.0 2.05').
    """
    for marker, (ratio, counts) in column_ratios(text).items():
        for result in results:
            if result.marker is marker and result.aspect is Aspect.AMPLIFICATION:
                if result.ratio is None or result.ratio in counts:
                    result.ratio = ratio


def _result(finding: Finding, page: Page, document: str) -> MarkerResult:
    values = finding.values
    return MarkerResult(
        marker=finding.marker,
        aspect=finding.aspect,
        status=finding.status,
        ihc_score=values.ihc_score if finding.aspect == "expression" else None,
        # a percent of stained cells; a variant's share of reads is its value ('VAF 23%')
        percent=values.percent if finding.aspect == "expression" else None,
        ratio=values.ratio if finding.aspect == "amplification" else None,
        alteration=finding.alteration,
        value=_agreeing_value(finding, page.text),
        intensity=values.intensity,
        allred_score=values.allred_score,
        h_score=values.h_score,
        copy_number=values.copy_number,
        score_type=values.score_type,
        clone=values.clone,
        specimen=finding.specimen,
        historical=finding.historical,
        amended=finding.amended,
        evidence=[_evidence(finding, page, document)],
    )


def _agreeing_value(finding: Finding, text: str) -> str | None:
    """The stated value; for MSI the class its words name ('MSI-High'), unless the result denies it.

    'MSI-High: NOT DETECTED' is a stable tumour: its 'MSI-H' names what was not found.
    """
    value = finding.values.value
    if value is not None and _stated_as_cutoff(value, text, finding.start):
        return None
    if finding.marker is not Marker.MSI:
        return value
    value = value or msi_class(text[finding.start : finding.end])
    if value in ("MSI-H", "MSI-L", "MSS") and (value == "MSI-H") != (
        finding.status is Status.POSITIVE
    ):
        return None
    return value


# Words that make the number after them a laboratory's cut-off, not the result.
_CUTOFF_LEAD = re.compile(
    r"(?:cut[\s\-]?off|threshold|high\s+(?:is|if|at)|(?<![\w.])(?:>=?|≥))[\s:=≥>]*$", re.IGNORECASE
)


def _stated_as_cutoff(value: str, text: str, start: int) -> bool:
    """Whether a TMB value ('10 mut/Mb') is, on its line, the cut-off rather than the result.

    'TMB 2 mut/Mb (TMB-Low; cut-off 10 mut/Mb)': the low verdict's window reaches only the
    cut-off; the result is the value before it.
    """
    number = _UNIT_VALUE.fullmatch(value)
    if number is None:
        return False
    line_start = start_of_line(text, start)
    line = text[line_start : end_of_line(text, start)]
    amounts = [m for m in _AMOUNT.finditer(line) if float(m.group(1)) == float(number.group(1))]
    return bool(amounts) and all(_CUTOFF_LEAD.search(line, 0, m.start()) for m in amounts)


_UNIT_VALUE = re.compile(r"(\d+(?:\.\d+)?) mut/Mb")
_AMOUNT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:mut|muts|mutations|m/MB|/Mb)", re.IGNORECASE)


def _evidence(finding: Finding, page: Page, document: str) -> Evidence:
    words = page.words_in(finding.start, finding.end)
    return Evidence(
        document=document,
        page=page.number,
        start=finding.start,
        end=finding.end,
        text=page.text[finding.start : finding.end],
        boxes=[word.bbox for word in words],
    )
