"""What a result says was tested and found, in words: 'HER2 IHC 2+', 'HER2 ISH not amplified'."""

from schemas.case import CaseHER2Interpretation
from schemas.markers import Aspect, Marker, MarkerResult, Status

FINDINGS: dict[Aspect, dict[Status, str]] = {
    Aspect.EXPRESSION: {
        Status.POSITIVE: "positive",
        Status.NEGATIVE: "negative",
        Status.EQUIVOCAL: "equivocal",
        Status.REPORTED: "reported",
    },
    Aspect.AMPLIFICATION: {
        Status.POSITIVE: "amplified",
        Status.NEGATIVE: "not amplified",
        Status.EQUIVOCAL: "equivocal",
        Status.REPORTED: "reported",
    },
    Aspect.MUTATION: {
        Status.POSITIVE: "mutated",
        Status.NEGATIVE: "no mutation",
        Status.EQUIVOCAL: "equivocal",
        Status.REPORTED: "reported",
    },
    Aspect.FUSION: {
        Status.POSITIVE: "fusion",
        Status.NEGATIVE: "no fusion",
        Status.EQUIVOCAL: "equivocal",
        Status.REPORTED: "reported",
    },
    Aspect.SIGNATURE: {
        Status.POSITIVE: "positive",
        Status.NEGATIVE: "negative",
        Status.EQUIVOCAL: "equivocal",
        Status.REPORTED: "reported",
    },
}


def finding(aspect: Aspect, status: Status) -> str:
    """The status in the words of what was tested: amplified, no mutation, fusion, positive."""
    return FINDINGS[aspect][status]


def method_of(result: MarkerResult) -> str:
    """The method as stated; IHC for an expression, ISH for a HER2 amplification, when unstated."""
    if result.method:
        return result.method
    if result.aspect is Aspect.EXPRESSION:
        return "IHC"
    if result.marker is Marker.HER2 and result.aspect is Aspect.AMPLIFICATION:
        return "ISH"
    return ""


def _expression_words(result: MarkerResult) -> list[str]:
    if result.ihc_score is not None:
        return [result.ihc_score.value]
    amount = f"{result.percent:g}%" if result.percent is not None else (result.value or "")
    return [finding(result.aspect, result.status), amount]


def _found_words(result: MarkerResult) -> list[str]:
    if result.aspect is Aspect.EXPRESSION:
        return [method_of(result), *_expression_words(result)]
    if result.aspect is Aspect.AMPLIFICATION:
        return [method_of(result), finding(result.aspect, result.status)]
    if result.status is Status.POSITIVE and result.alteration:
        return [result.alteration]
    if result.aspect is Aspect.SIGNATURE and result.value:
        return [result.value]
    return [finding(result.aspect, result.status)]


def result_label(result: MarkerResult) -> str:
    """An extracted result in words: 'HER2 IHC 2+', 'ER IHC positive 95%', 'KRAS G12C'."""
    return " ".join(w for w in [result.marker.value, *_found_words(result)] if w)


def her2_label(interpretation: CaseHER2Interpretation) -> str:
    """The ASCO/CAP combined HER2 status: 'HER2 negative (HER2-low)', 'HER2 positive'."""
    words = f"HER2 {interpretation.status.value}"
    if interpretation.her2_low:
        return f"{words} (HER2-low)"
    if interpretation.ihc_zero and interpretation.status is Status.NEGATIVE:
        return f"{words} (IHC 0)"
    return words
