"""Document in, marker results out: the entry point the flows and the CLI call."""

from extractors.markers.pipeline import marker_pipeline
from extractors.markers.statements import Finding, read_findings
from extractors.markers.summary_rules import derived_results, merged_results
from schemas.document import Document, Page
from schemas.markers import Evidence, MarkerResult


def extract_markers(doc: Document) -> list[MarkerResult]:
    """Every marker result the document states, each with its evidence."""
    nlp = marker_pipeline()
    results: list[MarkerResult] = []
    for page in doc.pages:
        if not page.text.strip():
            continue
        for finding in read_findings(nlp(page.text)):
            results.append(_result(finding, page, doc.sha256))
    merged = merged_results(results)
    return merged + derived_results(merged)


def _result(finding: Finding, page: Page, document: str) -> MarkerResult:
    values = finding.values
    return MarkerResult(
        marker=finding.marker,
        aspect=finding.aspect,
        status=finding.status,
        ihc_score=values.ihc_score if finding.aspect == "expression" else None,
        percent=values.percent,
        ratio=values.ratio if finding.aspect == "amplification" else None,
        alteration=finding.alteration,
        value=values.value,
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
