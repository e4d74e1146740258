"""Results across a document: one per distinct result, amendments win, MMR from its proteins."""

import re
from functools import cache

from extractors.markers.alterations import alteration_class
from extractors.markers.context_rules import any_of, compile_words, load_context_rules
from extractors.markers.rules import rules_by_marker
from schemas.markers import Aspect, Marker, MarkerResult, Status

_MMR_PROTEINS = (Marker.MLH1, Marker.MSH2, Marker.MSH6, Marker.PMS2)
_VARIANT_ASPECTS = (Aspect.MUTATION, Aspect.FUSION)
_SAME_SHARE = 0.5  # percentage points: a share written twice, rounded apart, is one
_SAME_RATIO = 0.05  # a ratio written twice, rounded apart ("2.25", "2.3"), is one
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_BOUND_OR_NUMBER = re.compile(r"[<>=≤≥]|\d+(?:\.\d+)?")
_DETAILS = (
    "ihc_score", "percent", "ratio", "alteration", "value", "intensity", "allred_score",
    "h_score", "copy_number", "score_type", "clone", "method", "specimen",
)  # fmt: skip


def merged_results(results: list[MarkerResult]) -> list[MarkerResult]:
    """One result per (marker, aspect, status) and variant; amended results replace the rest.

    Two different variants of one gene ('EGFR L858R' and 'EGFR T790M') are two results; a
    result that names no variant joins the first one of its kind.
    """
    amended = {
        (r.marker, r.aspect)
        for r in results
        if r.amended and not r.historical and not _denies_another_change(r, results)
    }
    kept = [r for r in results if _stands(r, amended)]
    _details_from_the_body(kept, [r for r in results if not _stands(r, amended)])
    kept = _without_partial_negatives(kept)
    kept = _without_bare_values(kept)
    merged: dict[tuple[Marker, str, Status], list[MarkerResult]] = {}
    for result in kept:
        same_kind = merged.setdefault((result.marker, result.aspect.value, result.status), [])
        into = next((r for r in same_kind if _same_result(r, result)), None)
        if into is None:
            same_kind.append(result.model_copy(deep=True))
        else:
            _fill_details(into, result)
    return [result for same_kind in merged.values() for result in same_kind]


def _denies_another_change(result: MarkerResult, results: list[MarkerResult]) -> bool:
    """Whether a result denies a named change that no other result of its gene names.

    amended_rows_of_changes_denied: an amended report's rows of the changes it did not find
    ('G719X  not detected', 'L858R  not detected') leave its gene's result standing ('EGFR
    exon 20 insertion detected'): they say what was not found, never which result is replaced.
    A denial of the very change another result names ('KRAS G12C: not detected', amended, over
    'KRAS G12C detected') is that result's correction and replaces it.
    """
    if not (
        result.aspect in _VARIANT_ASPECTS
        and result.status is Status.NEGATIVE
        and result.alteration is not None
    ):
        return False
    denied = alteration_class(result.alteration)
    return not any(
        other.marker is result.marker
        and other.aspect is result.aspect
        and other.status is Status.POSITIVE
        and other.alteration is not None
        and alteration_class(other.alteration) == denied
        for other in results
    )


def _stands(result: MarkerResult, amended: set[tuple[Marker, Aspect]]) -> bool:
    """Whether a result stands beside the amended ones: the amended result replaces the rest.

    'HER2 IHC: 2+. Previously reported as 1+ in error': the earlier result quoted in the
    amendment is the one it corrects.
    """
    if (result.marker, result.aspect) not in amended:
        return True
    return result.amended and not result.historical


def _details_from_the_body(kept: list[MarkerResult], replaced: list[MarkerResult]) -> None:
    """An amended result that states no detail takes it from the same result in the body.

    amended_result_takes_the_bodys_details: an amendment's note ('ER re-tested on block A2:
    negative'; 'the KRAS variant was listed in error as p.G12D') replaces every other result
    of its kind, but the report's own lines below it ('Estrogen receptor: negative, <1%'; the
    variant table's 'KRAS p.G13D') state the same result with its details. A replaced result
    gives its details only where it is no earlier result, has the same status and specimen,
    and names no change the amendment names (the change it withdrew).
    """
    for result in kept:
        if not result.amended or result.historical:
            continue
        said = " ".join(e.text for e in result.evidence)
        for other in replaced:
            same_kind = (other.marker, other.aspect, other.status) == (
                result.marker,
                result.aspect,
                result.status,
            )
            apart = None not in (other.specimen, result.specimen) and (
                other.specimen != result.specimen
            )
            if other.historical or not same_kind or apart:
                continue
            if other.alteration is not None and _names_the_position(said, other.alteration):
                continue
            for name in ("ihc_score", "percent", "ratio", "alteration", "value"):
                if getattr(result, name) is None and getattr(other, name) is not None:
                    setattr(result, name, getattr(other, name))


def _names_the_position(words: str, alteration: str) -> bool:
    """Whether words name a change at the alteration's residue ('p.G12D' for 'G12C')."""
    position = re.match(r"[A-Z](\d+)", alteration)
    return (
        position is not None and re.search(rf"[A-Za-z]{position.group(1)}(?!\d)", words) is not None
    )


def _same_result(one: MarkerResult, other: MarkerResult) -> bool:
    """Whether two results of a kind are one.

    Two named, different variants are two; so are two different shares of stained cells
    ('Ki-67 10%' in one tumour, '45%' in the other), and two different scores or ratios of
    one status (scores_apart_are_two: 'Part A: HER2 0', 'Part B: HER2 1+', both negative;
    two tumours not amplified at ratios 1.2 and 1.6), and two values of one kind whose
    numbers differ (values_apart_are_two: 'CPS 12' on the biopsy, 'CPS 3' on the resection;
    not a variant's, whose values are its shares of reads).
    """
    if one.percent is not None and other.percent is not None:
        if abs(one.percent - other.percent) > _SAME_SHARE:
            return False
    if one.ihc_score is not None and other.ihc_score is not None:
        if one.ihc_score is not other.ihc_score:
            return False
    if one.ratio is not None and other.ratio is not None:
        if abs(one.ratio - other.ratio) > _SAME_RATIO:
            return False
    if one.aspect not in _VARIANT_ASPECTS and _values_apart(one.value, other.value):
        return False  # a variant's share of reads ('VAF 31%') is a detail of the one change
    if one.aspect not in _VARIANT_ASPECTS or one.alteration is None or other.alteration is None:
        return True
    return alteration_class(one.alteration) == alteration_class(other.alteration)


def _values_apart(one: str | None, other: str | None) -> bool:
    """Whether two stated values have the same words ('CPS', 'mut/Mb') and numbers apart.

    A bound is no word ('CPS <1' and 'CPS 1' are one number); values in other words
    ('12 mut/Mb', 'TMB 12') are not compared; numbers rounded apart by half a unit are one.
    """
    if one is None or other is None:
        return False
    one_numbers, other_numbers = _NUMBER.findall(one), _NUMBER.findall(other)
    if not one_numbers or len(one_numbers) != len(other_numbers):
        return False
    if _value_words(one) != _value_words(other):
        return False
    return any(
        abs(float(a) - float(b)) > _SAME_SHARE
        for a, b in zip(one_numbers, other_numbers, strict=True)
    )


def _value_words(value: str) -> str:
    return " ".join(_BOUND_OR_NUMBER.sub(" ", value).lower().split())


def _without_partial_negatives(results: list[MarkerResult]) -> list[MarkerResult]:
    """'KRAS codon 12: G12C' with 'codon 61: not detected' is one result: KRAS is mutated."""
    detected = {
        (r.marker, r.aspect, r.specimen)
        for r in results
        if r.aspect in _VARIANT_ASPECTS and r.status is Status.POSITIVE and not r.historical
    }
    return [
        r
        for r in results
        if not (r.status is Status.NEGATIVE and (r.marker, r.aspect, r.specimen) in detected)
    ]


def _without_bare_values(results: list[MarkerResult]) -> list[MarkerResult]:
    """A value 'reported' for want of a verdict yields to the verdict stated elsewhere.

    'TMB: 5.0 mut/Mb' on one page and 'TMB low' on another are one result: negative, 5.0.
    Ki-67, whose results are all 'reported', has no verdict to yield to.
    """
    verdicts = {(r.marker, r.aspect): r for r in results if r.status is not Status.REPORTED}
    kept = []
    for result in results:
        verdict = verdicts.get((result.marker, result.aspect))
        if result.status is Status.REPORTED and verdict is not None:
            _fill_details(verdict, result)
            continue
        kept.append(result)
    return kept


def without_bare_restatements(
    results: list[MarkerResult], lines: dict[int, str]
) -> list[MarkerResult]:
    """A verdict restated with no word of its test yields to that verdict of a named test.

    'ALK (D5F3) immunostain: positive' then 'ROS1 not done (ALK positive)': the bracket
    restates the stain's result, not a fusion (ALK's aspect when no word names one); 'HER2
    FISH: not amplified ... the tumour is HER2 negative' restates the ISH verdict. `lines`
    holds, by id of each result, the lines its words stand on: a word of a test anywhere there
    ('HER2: negative by IHC') names the result's test. A result of the same aspect and status
    named elsewhere keeps the restatement (it joins that result).
    """
    # Each line is searched once: the results of one long line share it, and searching it
    # again for each took time in the square of its length (long_line in
    # bench/bench_linear_inputs.py).
    searched: dict[str, bool] = {}

    def names_a_test(line: str) -> bool:
        if line not in searched:
            searched[line] = _test_words().search(line) is not None
        return searched[line]

    named = [r for r in results if names_a_test(lines.get(id(r), ""))]
    named_keys = {(o.marker, o.aspect, o.status) for o in named}
    kept = []
    for result in results:
        line = lines.get(id(result), "")
        if (
            _bare(result, line)
            and not names_a_test(line)
            and (result.marker, result.aspect, result.status) not in named_keys
        ):
            into = next(
                (
                    o
                    for o in named
                    if o.marker is result.marker
                    and o.status is result.status
                    and o.aspect is not result.aspect
                    and o.historical == result.historical
                ),
                None,
            )
            if into is not None:
                into.evidence.extend(result.evidence)
                continue
        kept.append(result)
    return kept


def _bare(result: MarkerResult, lines: str) -> bool:
    """Whether a result is a verdict alone, read in its marker's default aspect.

    (Its lines must also name no test: the caller asks, once a line.)
    """
    if result.status is Status.REPORTED or not lines:
        return False
    if result.aspect is not rules_by_marker()[result.marker].default_aspect:
        return False
    if any(getattr(result, name) is not None for name in _DETAILS if name != "specimen"):
        return False
    words = " ".join(e.text for e in result.evidence)
    # 'MLH1/PMS2 loss' says what the stain showed
    return bool(_PLAIN_VERDICT.search(words)) and not _KEPT_OR_LOST.search(words)


# A verdict that names no test: 'ALK positive', 'the tumour is HER2 negative'.
_PLAIN_VERDICT = re.compile(r"\b(?:positive|negative)\b", re.IGNORECASE)
_KEPT_OR_LOST = re.compile(
    r"\b(?:los[st]|retain\w*|intact|absen\w*|present|preserved|deficien\w*|proficien\w*)\b",
    re.IGNORECASE,
)


@cache
def _test_words() -> re.Pattern[str]:
    """Words that name what a test looked at (protein, rearrangement, copy number, ...)."""
    return compile_words(any_of(list(load_context_rules().aspect_words)))


def _fill_details(into: MarkerResult, other: MarkerResult) -> None:
    for name in _DETAILS:
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    into.historical = into.historical and other.historical
    into.evidence.extend(other.evidence)


def derived_results(results: list[MarkerResult]) -> list[MarkerResult]:
    """MMR status from the protein results, when the report states none itself.

    Deficient from three or more proteins read, one of them lost; proficient only when all
    four are read and none is lost (corpus/LABELS.md: 'proficient (all four proteins
    intact)'). Three retained with the fourth unread (not named, pending, not performed)
    state no status.
    """
    if any(r.marker is Marker.MMR for r in results):
        return []
    proteins = [r for r in results if r.marker in _MMR_PROTEINS and r.aspect is Aspect.EXPRESSION]
    read = {r.marker for r in proteins}
    if len(read) < 3:
        return []
    lost = any(r.status is Status.NEGATIVE for r in proteins)
    if not lost and len(read) < len(_MMR_PROTEINS):
        return []
    return [
        MarkerResult(
            marker=Marker.MMR,
            aspect=Aspect.SIGNATURE,
            status=Status.POSITIVE if lost else Status.NEGATIVE,
            evidence=[e for r in proteins for e in r.evidence],
        )
    ]
