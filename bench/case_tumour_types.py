"""How often case facts name the tumour type the corpus source files imply.

Run: .venv/bin/python bench/case_tumour_types.py
The corpus has no tumour-type labels; SOURCES.md says which source file each report came from
(LUNG_*.csv, CRC.csv, STAD_*.csv, ...), and that file's cancer type is the reference here.
Reports whose source does not name a type (062, 102-148, 202, 208) are checked against the
type their source collection is about, listed below. Prints agreement and every miss.
"""

import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"

from bench_case import text_document  # noqa: E402  (the same page layout as the speed bench)

from extractors.case import extract_case_facts  # noqa: E402

BY_SOURCE_FILE = {
    "LUNG": "non_small_cell_lung",
    "CRC": "colorectal",
    "OVARIAN": "ovarian",
    "UTEROUS": "endometrial",
    "BRAIN": "glioma",
    "HEADnNECK": "head_and_neck",
    "KIDNEY": "renal",
    "STAD": "gastroesophageal",
    "MESO": "mesothelioma",
    "lung": "non_small_cell_lung",
    "0716_t14_zs_test_800": "breast",  # TCGA breast T-stage set
    "patientX": "breast",  # DeepPhe demo patient (breast cancer)
    "Full_Report_12345_789": "colorectal",  # its indication: metastatic colorectal adenocarcinoma
    "PLACEHOLDER-v1_report": "ovarian",  # its primary cancer: high-grade serous ovarian
}


def reference() -> dict[str, str]:
    expected = {}
    for line in (CORPUS / "SOURCES.md").read_text().splitlines():
        match = re.match(r"\| (\d{3}) \| [^|]+ \| ([^|]+) \|", line)
        if not match:
            continue
        for key, tumour in BY_SOURCE_FILE.items():
            if key in match.group(2):
                expected[match.group(1)] = tumour
    return expected


def main() -> None:
    expected = reference()
    outcome: Counter[str] = Counter()
    for report_id, tumour in sorted(expected.items()):
        text = (CORPUS / "texts" / f"{report_id}.txt").read_text()
        found = extract_case_facts(text_document(report_id, text)).tumour_type
        got = found.value.value if found else None
        outcome["right" if got == tumour else "none" if got is None else "wrong"] += 1
        if got != tumour:
            print(f"  {report_id}: expected {tumour}, got {got}")
    total = sum(outcome.values())
    print(
        f"tumour type: {outcome['right']}/{total} right, {outcome['wrong']} wrong, "
        f"{outcome['none']} not found"
    )


if __name__ == "__main__":
    main()
