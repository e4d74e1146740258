"""Scores extracted marker results against reference labels, as corpus/LABELS.md defines them."""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from extractors.markers.alterations import alteration_class
from schemas.markers import MarkerResult

DETAIL_FIELDS = ("ihc_score", "percent", "ratio", "alteration", "value")
Key = tuple[str, str, str]


@dataclass
class Counts:
    """True positives, false positives and false negatives of (marker, aspect, status)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of given results that the labels hold."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled results that were given."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0

    def add(self, other: "Counts") -> None:
        """Add another count into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(frozen=True)
class Miss:
    """One disagreement with the labels, by ids only: never report text."""

    report: str
    kind: str
    key: Key
    detail: str = ""


@dataclass
class Evaluation:
    """Scores over a set of reports: overall, per marker, and each detail's accuracy."""

    overall: Counts = field(default_factory=Counts)
    per_marker: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    details_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    details_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[Miss] = field(default_factory=list)
    # each miss by what the extractor did with its marker (MECHANISMS): counts only
    mechanisms: Counter[str] = field(default_factory=Counter)

    @property
    def detail_accuracy(self) -> float:
        """Share of labelled details (on matched results) given exactly."""
        total = sum(self.details_total.values())
        return sum(self.details_right.values()) / total if total else 1.0


def _key(item: dict[str, Any]) -> Key:
    return (str(item["marker"]), str(item["aspect"]), str(item["status"]))


def score_report(
    report: str,
    predicted: list[MarkerResult],
    labels: list[dict[str, Any]],
    into: Evaluation,
    named: set[str] | None = None,
) -> None:
    """Add one report's agreement with its labels; optional labels count neither way.

    `named` is the markers the report's text names (`labelled_corpus.named_markers`), which
    tells a missed name from a name read wrongly or not at all.
    """
    given = [r.model_dump(mode="json") for r in predicted]
    required = {_key(label) for label in labels if not label.get("optional")}
    optional = {_key(label) for label in labels if label.get("optional")}
    keys = {_key(item) for item in given}
    labelled = required | optional
    for key in sorted(keys | required):
        counts = Counts(
            tp=int(key in keys and key in required),
            fp=int(key in keys and key not in required and key not in optional),
            fn=int(key in required and key not in keys),
        )
        into.overall.add(counts)
        into.per_marker[key[0]].add(counts)
        if counts.fp or counts.fn:
            into.misses.append(Miss(report, "extra" if counts.fp else "missing", key))
            into.mechanisms[_mechanism(key, counts.fn == 1, keys, labelled, named)] += 1
    for label in labels:
        if not label.get("optional") and _key(label) in keys:
            _score_details(report, label, [g for g in given if _key(g) == _key(label)], into)


# What the extractor did with the marker of each miss. A label missed: its marker's name not
# found in the text at all; named, and nothing read of the marker; the marker and aspect read
# with another status; only another aspect read. A result given that no label holds: the
# label's marker and aspect with another status; a labelled marker's unlabelled aspect; a
# marker the labels give nothing for.
MECHANISMS = (
    "missing: not named",
    "missing: named, nothing read",
    "missing: other status read",
    "missing: other aspect read",
    "extra: conflicts a label",
    "extra: aspect unlabelled",
    "extra: marker unlabelled",
)


def _mechanism(
    key: Key, missing: bool, given: set[Key], labelled: set[Key], named: set[str] | None
) -> str:
    marker = key[0]
    if missing:
        if named is not None and marker not in named:
            return MECHANISMS[0]
        if not any(g[0] == marker for g in given):
            return MECHANISMS[1]
        return MECHANISMS[2] if any(g[:2] == key[:2] for g in given) else MECHANISMS[3]
    if any(k[:2] == key[:2] for k in labelled):
        return MECHANISMS[4]
    return MECHANISMS[5] if any(k[0] == marker for k in labelled) else MECHANISMS[6]


def mechanism_lines(parts: dict[str, Evaluation]) -> list[str]:
    """The misses of each part by mechanism: counts, never reports, so the check set's too."""
    lines = []
    for name, part in parts.items():
        if (name == "all" and len(parts) > 1) or not part.mechanisms:
            continue
        counts = ", ".join(f"{part.mechanisms[m]} {m}" for m in MECHANISMS if part.mechanisms[m])
        lines.append(f"  misses of the {'reports' if name == 'all' else name + ' set'}: {counts}")
    return lines


def _score_details(
    report: str, label: dict[str, Any], given: list[dict[str, Any]], into: Evaluation
) -> None:
    for name in DETAIL_FIELDS:
        if label.get(name) is None:
            continue
        into.details_total[name] += 1
        if any(_same(name, label[name], item.get(name)) for item in given):
            into.details_right[name] += 1
        else:
            found = [item.get(name) for item in given]
            into.misses.append(Miss(report, "detail", _key(label), f"{name}: {found}"))


def _same(name: str, expected: Any, found: Any) -> bool:
    if found is None:
        return False
    if name in ("percent", "ratio"):
        return math.isclose(float(expected), float(found), abs_tol=0.005)
    if name == "alteration":
        return _change_key(str(found)) == _change_key(str(expected))
    return _plain_value(expected) == _plain_value(found)


# A frameshift as labels and reports write it: 'Q1756fs', 'Q1756Pfs', 'Q1756Pfs*74' - one
# change, named by the residue and position where the frame shifts (LABELS.md gives no form).
_FRAMESHIFT = re.compile(r"([A-Z*]\d+)[A-Z]?fs(?:\*\d+)?")


def _change_key(alteration: str) -> str:
    """The alteration's class, a frameshift by where it starts."""
    frameshift = _FRAMESHIFT.fullmatch(alteration)
    return f"{frameshift.group(1)}fs" if frameshift else alteration_class(alteration)


# A burden's unit as labels and reports spell it: 'mut/Mb' (LABELS.md), 'Muts/Mb',
# 'mutations/Mb', 'mutations per megabase' - one unit.
_BURDEN_UNIT = re.compile(
    r"\b(?:mutations?|muts?)[ \t]*(?:/|per)[ \t]*(?:mb|megabases?)\b", re.IGNORECASE
)


# An Allred sum with its scale, as labels write it either way: 'Allred 8/8', 'Allred 8' (the sum
# is always out of 8) - one value.
_ALLRED_SCALE = re.compile(r"\b(allred[ \t]+\d)[ \t]*(?:/|out[ \t]+of|of)[ \t]*8\b")


def _plain_value(value: Any) -> str:
    """A value as compared: lower-cased, single-spaced, a unit's and a scale's spellings as one."""
    plain = " ".join(str(value).lower().split())
    return _ALLRED_SCALE.sub(r"\1", _BURDEN_UNIT.sub("mut/mb", plain))


def is_check_report(report: str) -> bool:
    """The check set: reports whose id ends in 0 or 5, kept from whoever writes the rules."""
    return report[-1:] in ("0", "5")


def miss_groups(misses: list[Miss]) -> dict[tuple[str, str, str], list[Miss]]:
    """Disagreements grouped by kind of miss: (kind, marker/aspect, status or detail field)."""
    groups: dict[tuple[str, str, str], list[Miss]] = defaultdict(list)
    for miss in misses:
        marker, aspect, status = miss.key
        third = miss.detail.split(":", 1)[0] if miss.kind == "detail" else status
        groups[(miss.kind, f"{marker}/{aspect}", third)].append(miss)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))


@dataclass
class SilverCounts:
    """Silver labels (TCGA's abstracted status) that the extractor found or contradicted."""

    labels: int = 0
    found: int = 0
    contradicted: int = 0

    @property
    def found_rate(self) -> float:
        """Share of labels whose status is among the extractor's results."""
        return self.found / self.labels if self.labels else 1.0

    @property
    def contradicted_rate(self) -> float:
        """Share of labels where the extractor gives the marker but never the label's status."""
        return self.contradicted / self.labels if self.labels else 0.0

    def add(self, other: "SilverCounts") -> None:
        """Add another count into this one."""
        self.labels += other.labels
        self.found += other.found
        self.contradicted += other.contradicted


@dataclass
class SilverEvaluation:
    """Silver scores overall and per marker and aspect (shared/silver/README.md)."""

    overall: SilverCounts = field(default_factory=SilverCounts)
    per_marker: dict[str, SilverCounts] = field(default_factory=lambda: defaultdict(SilverCounts))
    misses: list[Miss] = field(default_factory=list)


def score_silver(
    report: str,
    predicted: list[MarkerResult],
    labels: list[dict[str, Any]],
    named: set[str],
    into: SilverEvaluation,
) -> None:
    """Score one report's silver labels, only those whose marker the text names."""
    given: dict[tuple[str, str], set[str]] = defaultdict(set)
    for result in predicted:
        given[(result.marker.value, result.aspect.value)].add(result.status.value)
    for label in labels:
        marker, aspect, status = _key(label)
        if marker not in named:
            continue
        statuses = given.get((marker, aspect), set())
        contradicted = bool(statuses) and status not in statuses
        counts = SilverCounts(
            labels=1, found=int(status in statuses), contradicted=int(contradicted)
        )
        if status not in statuses:
            kind = "contradicted" if contradicted else "not found"
            into.misses.append(Miss(report, kind, _key(label), ",".join(sorted(statuses))))
        into.overall.add(counts)
        into.per_marker[f"{marker}/{aspect}"].add(counts)
