"""A reviewer's details in words ('IHC 2+', '95%', 'ratio 2.4', 'G12C (NGS)') as result fields."""

import re
from typing import Any

from schemas.markers import IHCScore

_SCORE = re.compile(r"(?<![\d.])([0-3])\s*\+")
_SCORE_ZERO = re.compile(r"\b(?:IHC|score)\s*:?\s*0(?![\d.%+])", re.IGNORECASE)
_PERCENT = re.compile(r"(?<![\d.<>≤≥~-])(\d+(?:\.\d+)?)\s*%(?!\s*-)")
_BOUNDED_PERCENT = re.compile(r"[<>≤≥]\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?\s*%")
_RATIO = re.compile(r"\bratio\s*[:=]?\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
_COPY_NUMBER = re.compile(r"\bcopy number\s*[:=]?\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
_PROTEIN_CHANGE = re.compile(
    r"\b(?:p\.)?([A-Z*]\d+(?:_[A-Z]\d+)?(?:[A-Z*]|del|ins[A-Z]+|dup|delins[A-Z]+|fs\*?\d*))(?![\w])"
)
_NAMED_CLASS = re.compile(
    r"\bexon \d+ (?:deletion|insertion|skipping)\b|\b[A-Z0-9]{2,}-[A-Z0-9]{2,}\b(?= fusion|$|,)"
)
_TMB = re.compile(r"\b\d+(?:\.\d+)?\s*mut(?:ations)?/Mb\b", re.IGNORECASE)
_PDL1_SCORE = re.compile(r"\b(?:CPS|TPS|IC)\s*[:=]?\s*[<>≥≤]?\s*\d+(?:\.\d+)?\s*%?", re.IGNORECASE)
_METHOD = re.compile(r"\b(IHC|FISH|CISH|SISH|ISH|NGS|PCR|flow)\b", re.IGNORECASE)

DETAIL_FIELDS = ("ihc_score", "percent", "ratio", "copy_number", "alteration", "value")


def _score(text: str) -> IHCScore | None:
    found = _SCORE.search(text)
    if found:
        return IHCScore(f"{found.group(1)}+")
    return IHCScore.ZERO if _SCORE_ZERO.search(text) else None


def _number(pattern: re.Pattern[str], text: str) -> float | None:
    found = pattern.search(text)
    return float(found.group(1)) if found else None


def _alteration(text: str) -> str | None:
    found = _PROTEIN_CHANGE.search(text) or _NAMED_CLASS.search(text)
    if found is None:
        return None
    return found.group(1) if found.re is _PROTEIN_CHANGE else found.group(0)


def _value(text: str) -> str | None:
    for pattern in (_TMB, _PDL1_SCORE, _BOUNDED_PERCENT):
        found = pattern.search(text)
        if found:
            return " ".join(found.group(0).split())
    return None


def _percent(text: str) -> float | None:
    if _BOUNDED_PERCENT.search(text) or _PDL1_SCORE.search(text):
        return None
    percent = _number(_PERCENT, text)
    return percent if percent is not None and percent <= 100 else None


def details_fields(text: str, keep_method: str | None = None) -> dict[str, Any]:
    """The result fields the words state; a field they do not state is None.

    The method is the one the words name, else `keep_method` (the extracted result's).
    """
    method = _METHOD.search(text)
    return {
        "ihc_score": _score(text),
        "percent": _percent(text),
        "ratio": _number(_RATIO, text),
        "copy_number": _number(_COPY_NUMBER, text),
        "alteration": _alteration(text),
        "value": _value(text),
        "method": method.group(1) if method else keep_method,
    }
