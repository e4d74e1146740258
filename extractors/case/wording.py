"""Results in words for reviewers: details, one-line statements, and source names."""

from schemas.case import DocumentResults
from schemas.markers import Aspect, MarkerResult

_ASPECT_WORDS = {
    Aspect.EXPRESSION: "expression",
    Aspect.MUTATION: "mutation",
    Aspect.AMPLIFICATION: "amplification",
    Aspect.FUSION: "rearrangement/fusion",
    Aspect.SIGNATURE: "",
}


def _number(value: float) -> str:
    return f"{value:g}"


def result_details(result: MarkerResult) -> str:
    """Method, score, percent, ratio, alteration and other stated values, comma-separated."""
    parts = [
        result.method,
        f"IHC {result.ihc_score.value}" if result.ihc_score else None,
        f"{_number(result.percent)}% of cells" if result.percent is not None else None,
        f"{result.intensity} intensity" if result.intensity else None,
        f"Allred {result.allred_score}" if result.allred_score is not None else None,
        f"H-score {result.h_score}" if result.h_score is not None else None,
        f"ratio {_number(result.ratio)}" if result.ratio is not None else None,
        f"copy number {_number(result.copy_number)}" if result.copy_number is not None else None,
        result.alteration,
        result.value,
        result.score_type
        if result.score_type and result.score_type not in (result.value or "")
        else None,
    ]
    unique: list[str] = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return ", ".join(unique)


def specimen_words(ref: str) -> str:
    """'S23-100/A' as 'S23-100 part A'; empty when the specimen is unknown."""
    accession, _, label = ref.partition("/")
    words = [accession] if accession else []
    words += [f"part {label}"] if label else []
    return " ".join(words)


def test_name(result: MarkerResult) -> str:
    """The marker and what was tested, e.g. 'HER2 amplification', 'MSI'."""
    words = _ASPECT_WORDS[result.aspect]
    return f"{result.marker.value} {words}".strip()


def result_statement(result: MarkerResult) -> str:
    """'HER2 expression: positive (IHC 3+)'."""
    details = result_details(result)
    statement = f"{test_name(result)}: {result.status.value}"
    return f"{statement} ({details})" if details else statement


def source_names(document_ids: list[str], documents: list[DocumentResults]) -> str:
    """The documents' names (or sha256 prefixes), in the order given."""
    by_id = {d.document_id: d for d in documents}
    names = []
    for document_id in document_ids:
        document = by_id.get(document_id)
        names.append(
            document.source_name if document and document.source_name else document_id[:12]
        )
    return "; ".join(names)
