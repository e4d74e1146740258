"""Validate probe20/labels.jsonl against the fields and values LABELS.md allows."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
MARKERS = {
    "HER2",
    "ER",
    "PR",
    "Ki-67",
    "AR",
    "EGFR",
    "KRAS",
    "NRAS",
    "HRAS",
    "BRAF",
    "PIK3CA",
    "TP53",
    "ALK",
    "ROS1",
    "RET",
    "MET",
    "NTRK",
    "BRCA1",
    "BRCA2",
    "IDH1",
    "IDH2",
    "PD-L1",
    "MSI",
    "MMR",
    "MLH1",
    "MSH2",
    "MSH6",
    "PMS2",
    "TMB",
    "GD2",
    "Mesothelin",
}
ASPECTS = {"expression", "mutation", "amplification", "fusion", "signature"}
STATUSES = {"positive", "negative", "equivocal", "reported"}
SCORES = {"0", "1+", "2+", "3+"}
FIELDS = {
    "marker",
    "aspect",
    "status",
    "ihc_score",
    "percent",
    "ratio",
    "alteration",
    "value",
    "optional",
}


def main() -> int:
    errors, seen = [], []
    for n, line in enumerate((HERE / "labels.jsonl").read_text().splitlines(), 1):
        row = json.loads(line)
        assert set(row) == {"id", "markers"}, (n, row.keys())
        seen.append(row["id"])
        if not (HERE / "texts" / f"{row['id']}.txt").exists():
            errors.append(f"{row['id']}: no text")
        for m in row["markers"]:
            bad = set(m) - FIELDS
            if bad:
                errors.append(f"{row['id']}: fields {bad}")
            if m.get("marker") not in MARKERS:
                errors.append(f"{row['id']}: marker {m.get('marker')}")
            if m.get("aspect") not in ASPECTS:
                errors.append(f"{row['id']}: aspect {m.get('aspect')}")
            if m.get("status") not in STATUSES:
                errors.append(f"{row['id']}: status {m.get('status')}")
            if "ihc_score" in m and m["ihc_score"] not in SCORES:
                errors.append(f"{row['id']}: score {m}")
            for k in ("percent", "ratio"):
                if k in m and not isinstance(m[k], (int, float)):
                    errors.append(f"{row['id']}: {k} {m}")
            for k in ("alteration", "value"):
                if k in m and not isinstance(m[k], str):
                    errors.append(f"{row['id']}: {k} {m}")
            if "optional" in m and m["optional"] is not True:
                errors.append(f"{row['id']}: optional {m}")
            if m.get("marker") == "Ki-67" and (m.get("status") != "reported" or "percent" not in m):
                errors.append(f"{row['id']}: Ki-67 must be reported with percent")
            if m.get("status") == "reported" and m.get("marker") not in {"Ki-67", "TMB"}:
                errors.append(f"{row['id']}: reported status on {m.get('marker')}")
            if m.get("marker") in {"MSI", "TMB", "MMR"} and m.get("aspect") != "signature":
                errors.append(f"{row['id']}: {m['marker']} must be a signature")
            if "alteration" in m and m["alteration"].startswith("p."):
                errors.append(f"{row['id']}: alteration keeps p.")
    expected = [str(i) for i in range(3601, 3651)]
    if seen != expected:
        errors.append(f"ids: {sorted(set(expected) ^ set(seen))} or out of order")
    print("\n".join(errors) or f"ok: {len(seen)} reports")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
