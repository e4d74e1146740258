"""A form's labels and values read out of step: each value paired with its label in order.

    N STAGE, PATHOLOGIC: M STAGE, PATHOLOGIC: pN1. ESTROGEN RECEPTORS: pMX. positive.
    PROGESTERONE RECEPTORS: HER2/NEU: positive. zero or 1+.

A two-column form (labels left, values right) whose text layer lost a line's value keeps every
later value one label late: a label stands empty, another holds two values. Read as printed,
the estrogen receptor's value is the M stage's ('pMX') and the progesterone receptor has none.
When a run of capitalised labels has an empty label and a label with two values, and holds as
many values as labels, the values are paired with the labels in order ('ESTROGEN RECEPTORS:
positive', 'PROGESTERONE RECEPTORS: positive', 'HER2/NEU: zero or 1+'). A run whose counts
differ is left as read: a value paired by guess is worse than none.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.markers.spans import Finding, Mention

# A form's label: capitals (with commas, slashes, brackets) before a colon.
_LABEL = re.compile(r"(?<![\w/])[A-Z][A-Z0-9 ,/\-()]{1,40}:(?=[ \t\n]|$)")
# A value: a short stretch of words without a colon, ended by a dot and a space.
_VALUE = re.compile(r"[^:.\n]{1,30}?(?:\.(?=[ \t\n]|$)|$)")
_GAP = re.compile(r"[ \t\n]*")


def _values(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
    """The values in text[start:end], one after another, and where they stop."""
    values: list[tuple[int, int]] = []
    position = start
    while True:
        at = _GAP.match(text, position, end).end()  # type: ignore[union-attr]
        value = _VALUE.match(text, at, end)
        if at >= end or value is None or not value.group(0).strip(" ."):
            return values, at
        values.append((at, value.end()))
        position = value.end()


Run = list[tuple[tuple[int, int], list[tuple[int, int]]]]


def _runs(text: str) -> list[Run]:
    """Runs of labels, each label with the values between it and the next label."""
    labels = list(_LABEL.finditer(text))
    runs: list[Run] = []
    run: Run = []
    for number, label in enumerate(labels):
        end = labels[number + 1].start() if number + 1 < len(labels) else len(text)
        values, stop = _values(text, label.end(), end)
        run.append(((label.start(), label.end()), values))
        if stop < end:  # words that are no values: the run ends with this label
            if values:  # a label whose value is longer than a value may be is no run's end
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


# A pathologic stage's label and the value it takes ('N STAGE, PATHOLOGIC:' and 'pN1').
_STAGE_LABEL = re.compile(r"\b([TNM])[ \t]+STAGE\b")
_STAGE_VALUE = re.compile(r"[ \t]*[pyc]{0,2}([TNM])[\dxXoOisa]", re.IGNORECASE)


def _pairs(text: str, run: Run) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The run's labels and values paired in order where a stretch of them lags.

    A stretch opens at an empty label and closes as soon as it holds as many values as
    labels. The first holds only when its stage labels take their own stage's values ('N
    STAGE' a 'pN1') and no other label takes a stage's value: the shift is then the form's,
    not a guess; later stretches of the run hold if no value goes astray. A stretch that
    never balances is tried again from its next empty label.
    """
    pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
    start, confirmed = 0, False
    while start < len(run):
        if run[start][1]:
            start += 1
            continue
        labels, values = [], []
        for number in range(start, len(run)):
            labels.append(run[number][0])
            values += run[number][1]
            if len(values) == len(labels):
                break
        staged = _staged(text, labels, values) if len(values) == len(labels) else None
        if staged is None or not (staged or confirmed):
            start += 1
            continue
        confirmed = True
        pairs += list(zip(labels, values, strict=True))
        start += len(labels)
    return pairs


def _staged(text: str, labels: list[tuple[int, int]], values: list[tuple[int, int]]) -> int | None:
    """How many stage labels take their own stage's value; None if a value goes astray."""
    staged = 0
    for (label_start, label_end), (value_start, value_end) in zip(labels, values, strict=True):
        stage = _STAGE_LABEL.search(text, label_start, label_end)
        value = _STAGE_VALUE.match(text, value_start, value_end)
        if stage and not (value and value.group(1).upper() == stage.group(1)):
            return None
        if value and not stage:
            return None
        staged += bool(stage)
    return staged


def lagging_findings(
    text: str,
    mentions: list[Mention],
    findings: dict[int, Finding | None],
    read_text: Callable[[str], list[Finding]],
) -> dict[int, list[Finding]]:
    """For each name whose label's value lags: the finding of the value paired in order."""
    replaced: dict[int, list[Finding]] = {}
    for run in _runs(text):
        for (label_start, label_end), (value_start, value_end) in _pairs(text, run):
            named = [
                i for i, m in enumerate(mentions) if label_start <= m.start and m.end <= label_end
            ]
            if len(named) != 1:
                continue
            index = named[0]
            mention = mentions[index]
            label = text[label_start:label_end]
            own = [
                f
                for f in read_text(f"{label} {text[value_start:value_end]}\n")
                if f.marker is mention.marker
            ]
            read = findings.get(index)
            replaced[index] = [
                replace(
                    f,
                    start=label_start,
                    end=value_end,
                    historical=read.historical if read else f.historical,
                )
                for f in own[:1]
            ]
    return replaced
