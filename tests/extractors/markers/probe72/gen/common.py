"""Shared helpers: label records with their evidence phrases, patient names."""
from __future__ import annotations

FIELDS = ("marker", "aspect", "status", "ihc_score", "percent", "ratio", "alteration", "value",
          "optional")


def L(marker: str, aspect: str, status: str, ev, **kw) -> dict:
    """A label. ev: the report's own words that state this result (checked by build.py)."""
    lab = {"marker": marker, "aspect": aspect, "status": status}
    lab.update(kw)
    lab["_ev"] = [ev] if isinstance(ev, str) else list(ev)
    return lab


def public(lab: dict) -> dict:
    return {k: lab[k] for k in FIELDS if k in lab}


def patient(report_id: int) -> str:
    n = report_id - 8801
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    tag = letters[n] if n < 26 else "A" + letters[n - 26]
    return f"Patient {tag}"
