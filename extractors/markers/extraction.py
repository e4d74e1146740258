"""Document in, marker results out: the entry point the flows and the CLI call."""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import partial

from spacy.tokens import Doc

from extractors.markers.alterations import changes_on_rows_of_their_own
from extractors.markers.assay_lines import without_covered_changes
from extractors.markers.fallback import leftover_findings, with_leftovers
from extractors.markers.line_bounds import end_of_line, line_spans, start_of_line
from extractors.markers.line_end_dots import without_stray_dots
from extractors.markers.misreadings import (
    closed_up_symbols,
    rejoined_status_words,
    restored_stop_signs,
    restored_zeros_in_changes,
    restored_zeros_in_shares,
)
from extractors.markers.page_layouts import LaidOutText, laid_out_text, table_row_lines
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.ratios import column_ratios, named_ratios
from extractors.markers.rules import rules_by_marker
from extractors.markers.soft_breaks import SoftBreaks
from extractors.markers.spans import Finding, Mention
from extractors.markers.statements import read_findings
from extractors.markers.summary_rules import (
    derived_results,
    merged_results,
    without_bare_restatements,
)
from extractors.markers.underline_boxes import bracketed_underline_boxes, unframed_lines
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
        # as O in a share or a change and a speck inside a symbol keep the page's length; a
        # layout read by position may not: offsets mapped back
        boxed = unframed_lines(bracketed_underline_boxes(page.text))
        restored = closed_up_symbols(
            restored_zeros_in_changes(
                restored_zeros_in_shares(restored_stop_signs(without_stray_dots(boxed)))
            )
        )
        # an OCR'd page that leans is laid out by its boxes levelled (its evidence keeps them)
        levelled = levelled_page(page)
        laid_out = laid_out_text(levelled, rejoined_status_words(restored))
        with page_after(previous):  # a table's header or a section may run on from before
            parsed = nlp(without_covered_changes(laid_out.text))
            findings = read_findings(parsed)
            rows = partial(_table_rows, levelled, laid_out)
            findings = _rejoined_findings(parsed, findings, rows)
        previous = page.text
        yield page, laid_out, parsed, findings


def _table_rows(page: Page, laid_out: LaidOutText) -> set[int]:
    """The laid-out text's lines (0-based) that stand on a table row of the page."""
    rows = table_row_lines(page)
    if not rows:
        return set()
    starts = [word.start for word in page.words]
    found = set()
    for number, (start, end) in enumerate(line_spans(laid_out.text)):
        if start == end:
            continue
        at = laid_out.page_span(start, start + 1)[0]
        word = bisect_right(starts, at) - 1
        if word >= 0 and page.words[word].line in rows:
            found.add(number)
    return found


def _rejoined_findings(
    parsed: Doc, findings: list[Finding], rows: Callable[[], set[int]]
) -> list[Finding]:
    """The page's findings, with what a second reading of its soft line ends as spaces adds.

    read_across_a_soft_line_end: a name the page's reading left unread (no unit's, no
    exclusion's), in a paragraph that soft line ends join, takes the result the rejoined lines
    state for it, if that result starts on the name's line, reaches over a rejoined line end
    and the page's reading has none of that marker and aspect: 'FISH shows HER2 ampli-' /
    'fication, ratio 5.4', 'BRAF V600E mutation-specific antibody (clone' / 'VE1): positive'.

    A result the page's reading gave is never changed: taking a rejoined reading over it was
    tried, and turned no result of the corpus or the probes for 2.5 ms of CPU a page more.
    """
    breaks = SoftBreaks(parsed.text, rows)
    paragraphs: set[tuple[int, int]] = set()  # (first, last line) of each paragraph to read
    unread = []
    for mention in _unread_mentions(parsed, findings):
        first, last = breaks.paragraph(mention.start)
        if first < last:
            unread.append(mention)
            paragraphs.add((first, last))
    if not paragraphs:
        return findings
    again, joins = _read_paragraphs(breaks, paragraphs)
    read_pairs = {(f.marker, f.aspect) for f in findings}
    text = parsed.text
    for finding in again:
        if (finding.marker, finding.aspect) in read_pairs:
            continue
        line_end = breaks.lines[breaks.paragraph(finding.start)[1]][1]
        if not _any_between(joins, finding.start, line_end):
            continue
        if any(_of_the_name(text, finding, m, joins) for m in unread):
            findings.append(finding)
            read_pairs.add((finding.marker, finding.aspect))
    return findings


def _read_paragraphs(
    breaks: SoftBreaks, paragraphs: set[tuple[int, int]]
) -> tuple[list[Finding], list[int]]:
    """The findings of the rejoined paragraphs and the page offsets of the line ends rejoined.

    Each paragraph is read with the line above it (a heading, a key) and the line below it (a
    variant's classification): a second reading of the statements concerned, not of the whole
    page again. The stretches are read apart from the rest (a blank line between two), their
    offsets put back.
    """
    stretches: list[tuple[int, int]] = []  # (first line read, last line read)
    for first, last in sorted(paragraphs):
        above, below = max(first - 1, 0), min(last + 1, len(breaks.lines) - 1)
        if stretches and above <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(below, stretches[-1][1]))
        else:
            stretches.append((above, below))
    text = breaks.text
    pieces, starts, joins, at = [], [], [], 0
    for first, last in stretches:
        start, end = breaks.lines[first][0], breaks.lines[last][1]
        piece = breaks.joined(first, last)
        joins += [start + i for i, char in enumerate(text[start:end]) if char == "\n" != piece[i]]
        starts.append((at, start))
        pieces.append(piece)
        at += end - start + 2
    found = read_findings(marker_pipeline()("\n\n".join(pieces)))
    offsets = [read for read, _ in starts]
    for finding in found:
        read, start = starts[bisect_right(offsets, finding.start) - 1]
        finding.start, finding.end = finding.start - read + start, finding.end - read + start
    return found, joins


def _of_the_name(text: str, finding: Finding, mention: Mention, joins: list[int]) -> bool:
    """Whether the finding is the name's: of its marker, over it, starting on its line.

    verdict_on_the_joined_line_above: or on the line right above, joined to the name's by a
    soft line end, the name one more of a list the verdict opened ('NEGATIVE FOR GATA3,
    MAMMAGLOBIN' / 'AND ESTROGEN RECEPTOR, SUPPORTING ...'), the name's line opening with the
    list's 'and' or 'or', or the line above ending in its comma.
    """
    if finding.marker is not mention.marker:
        return False
    if not finding.start <= mention.start < max(finding.end, mention.start + 1):
        return False
    line_start = start_of_line(text, mention.start)
    start = start_of_line(text, finding.start)
    if start == line_start:
        return True
    if line_start == 0 or start != start_of_line(text, line_start - 1):
        return False
    lead = _LIST_LEAD.fullmatch(text, line_start, mention.start)
    return (
        lead is not None
        and _any_between(joins, line_start - 1, line_start)
        and (lead.group(1) is not None or text[start : line_start - 1].rstrip().endswith(","))
    )


# Before a name that goes on a list from the line above: nothing, or the list's 'and' / 'or'
# ('AND ESTROGEN RECEPTOR', 'or PR').
_LIST_LEAD = re.compile(r"[ \t]*((?:and|or|&|nor)[ \t]+)?", re.IGNORECASE)


def _unread_mentions(parsed: Doc, findings: list[Finding]) -> list[Mention]:
    """The names on the page that no unit owns, no exclusion silences and no finding covers."""
    mentions: list[Mention] = parsed._.read_mentions or []
    owned: set[int] = parsed._.owned_mentions or set()
    excluded: set[int] = parsed._.excluded_mentions or set()
    return [
        mention
        for index, mention in enumerate(mentions)
        if index not in owned
        and index not in excluded
        and not mention.implied
        and not any(f.start <= mention.start < f.end for f in findings)
    ]


def _any_between(offsets: list[int], start: int, end: int) -> bool:
    at = bisect_left(offsets, start)
    return at < len(offsets) and offsets[at] < end


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
