"""extract_case_facts: what a report states about the case, each fact with its words."""

from datetime import date
from pathlib import Path

import pytest
from case_documents import corpus_header, document_from_text

from extractors.case import extract_case_facts
from schemas.case import CaseFacts, Laterality, ReportKind, TumourType


def facts_of(text: str) -> CaseFacts:
    return extract_case_facts(document_from_text(text))


@pytest.mark.parametrize(
    ("text", "reported", "collected"),
    [
        ("Collected: 01/05/2023   Reported: 01/09/2023", date(2023, 1, 9), date(2023, 1, 5)),
        ("Date of collection: 2023-03-14", None, date(2023, 3, 14)),
        ("Electronically signed out on March 3, 2024", date(2024, 3, 3), None),
        ("Report date 05.06.2022", date(2022, 6, 5), None),
        (
            "Procedure date: 7 Feb 2021\nDate reported: 10 Feb 2021",
            date(2021, 2, 10),
            date(2021, 2, 7),
        ),
        ("Received: 02/02/2023", None, None),
        ("DOB: 01/02/1950   Collected: 13/45/2023", None, None),
    ],
)
def test_report_and_collection_dates_are_read_from_their_labels(
    text: str, reported: date | None, collected: date | None
) -> None:
    facts = facts_of(text)

    assert (facts.report_date.value if facts.report_date else None) == reported
    assert (facts.collection_date.value if facts.collection_date else None) == collected


@pytest.mark.parametrize(
    "identifying_line",
    [
        "Patient: Jordan CANARY9 Doe   MRN: 900009   DOB: 01/02/1950",
        "Patlent: Jordan CANARY9 Doe   MRN: 900009",
        "Name: CANARY9, Jordan   D0B 01/02/1950",
        "Date of birth: 01/02/1950  CANARY9 Jordan carcinoma of the breast",
    ],
)
def test_lines_identifying_the_patient_never_feed_a_fact(identifying_line: str) -> None:
    facts = facts_of(
        f"SURGICAL PATHOLOGY REPORT\n{identifying_line}\n"
        "DIAGNOSIS:\nBreast, left, biopsy: invasive ductal carcinoma"
    )

    dumped = facts.model_dump_json()
    assert "CANARY" not in dumped and "1950" not in dumped
    assert facts.diagnosis is not None


def test_a_birth_date_never_becomes_a_case_date() -> None:
    facts = facts_of("Patient: Jane Roe  DOB: 01/02/1950  Collected: 03/04/2023")

    assert facts.collection_date is None
    assert facts.report_date is None


@pytest.mark.parametrize(
    ("text", "accessions"),
    [
        ("Accession No: S23-01234", ["S23-01234"]),
        ("Surgical Pathology #: SP-22-4567", ["SP-22-4567"]),
        ("Case number: SP23-000871   Accession: SP23-000871", ["SP23-000871"]),
        ("Report 12/05/2023 final", []),
        ("Accession: $26-10104", ["S26-10104"]),
        ("Accession: S26-10002    Report type: Surgical pathology / molecular", ["S26-10002"]),
    ],
)
def test_accession_numbers_are_taken_where_a_label_names_them(
    text: str, accessions: list[str]
) -> None:
    assert [a.value for a in facts_of(text).accession_numbers] == accessions


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SURGICAL PATHOLOGY REPORT\nDiagnosis: ...", ReportKind.SURGICAL_PATHOLOGY),
        ("Molecular Pathology Report\nEGFR: not detected", ReportKind.MOLECULAR),
        ("Report of somatic tumor mutations", ReportKind.MOLECULAR),
        ("NON-GYNECOLOGIC CYTOLOGY REPORT", ReportKind.CYTOLOGY),
        ("ADDENDUM\nHER2 FISH: amplified", ReportKind.ADDENDUM),
        ("AMENDED REPORT\nDiagnosis revised", ReportKind.ADDENDUM),
        ("Report type: Surgical pathology / molecular", None),
        ("SEE ADDENDUM\nSURGICAL PATHOLOGY REPORT", ReportKind.SURGICAL_PATHOLOGY),
        ("FINAL DIAGNOSIS: carcinoma\nAddendum. Part 1: HER2 IHC 2+", None),
    ],
)
def test_the_report_kind_comes_from_the_first_line_naming_one_kind(
    text: str, kind: ReportKind | None
) -> None:
    found = facts_of(text).report_kind

    assert (found.value if found else None) == kind


@pytest.mark.parametrize(
    ("text", "diagnosis", "tumour"),
    [
        (
            "FINAL DIAGNOSIS:\nA. Breast, left, core biopsy:\n- Invasive ductal carcinoma, grade 2",
            "Invasive ductal carcinoma, grade 2",
            TumourType.BREAST,
        ),
        (
            "DIAGNOSIS: Lung, right upper lobe, wedge resection - Adenocarcinoma, acinar",
            "Adenocarcinoma, acinar",
            TumourType.NON_SMALL_CELL_LUNG,
        ),
        (
            "Diagnosis:\nLiver, biopsy: Metastatic adenocarcinoma, colorectal primary",
            "Liver, biopsy: Metastatic adenocarcinoma, colorectal primary",
            TumourType.COLORECTAL,
        ),
        (
            "DIAGNOSIS: Pleura, biopsy: malignant mesothelioma, epithelioid",
            None,
            TumourType.MESOTHELIOMA,
        ),
        ("Final diagnosis: Neuroblastoma, poorly differentiated", None, TumourType.NEUROBLASTOMA),
        (
            "DIAGNOSIS: Uterus, ovaries, rectum, excision: Infiltrating ovarian carcinoma",
            None,
            TumourType.OVARIAN,
        ),
        (
            "DIAGNOSIS: Papillary serous carcinoma of the ovary metastatic to the uterine serosa",
            None,
            TumourType.OVARIAN,
        ),
        (
            "PART 3: LARYNX AND THYROID LOBE, RIGHT, TOTAL LARYNGECTOMY\n"
            "DIAGNOSIS: INVASIVE SQUAMOUS CELL CARCINOMA, POORLY DIFFERENTIATED",
            None,
            TumourType.HEAD_AND_NECK,
        ),
    ],
)
def test_the_diagnosis_names_the_tumour_type(
    text: str, diagnosis: str | None, tumour: TumourType
) -> None:
    facts = facts_of(text)

    assert facts.diagnosis is not None
    if diagnosis is not None:
        assert facts.diagnosis.value == diagnosis
    assert facts.tumour_type is not None and facts.tumour_type.value is tumour


def test_a_negation_wrapped_onto_the_line_above_still_negates() -> None:
    facts = facts_of(
        "DIAGNOSIS:\nA. LIVER, BIOPSY: THERE IS NO EVIDENCE OF\nMALIGNANCY.\n"
        "B. ESOPHAGUS, ESOPHAGECTOMY: INVASIVE ADENOCARCINOMA"
    )

    assert facts.diagnosis is not None
    assert facts.diagnosis.value == "ESOPHAGUS, ESOPHAGECTOMY: INVASIVE ADENOCARCINOMA"
    assert facts.tumour_type is not None
    assert facts.tumour_type.value is TumourType.GASTROESOPHAGEAL


def test_the_primary_tumour_comes_before_its_lymph_node_metastases() -> None:
    facts = facts_of(
        "FINAL DIAGNOSIS:\nPART 1: LYMPH NODE, EXCISION-\n"
        "ONE OF TWO LYMPH NODES POSITIVE FOR METASTATIC ADENOCARCINOMA (1/2).\n"
        "PART 2: LUNG, RIGHT LOWER LOBE, LOBECTOMY\nA. MUCINOUS ADENOCARCINOMA (6.0 CM)."
    )

    assert facts.diagnosis is not None
    assert facts.diagnosis.value == "MUCINOUS ADENOCARCINOMA (6.0 CM)"
    assert facts.tumour_type is not None
    assert facts.tumour_type.value is TumourType.NON_SMALL_CELL_LUNG


def test_a_diagnosis_that_mentions_sex_cords_is_still_read() -> None:
    facts = facts_of("DIAGNOSIS: Ovary, left: sex cord-stromal tumour, malignant")

    assert facts.tumour_type is not None and facts.tumour_type.value is TumourType.OVARIAN


def test_a_negated_malignancy_is_not_a_diagnosis() -> None:
    facts = facts_of("DIAGNOSIS:\nLymph node, biopsy: negative for metastatic carcinoma (0/3)")

    assert facts.diagnosis is None and facts.tumour_type is None


def test_specimens_list_their_label_site_procedure_and_side() -> None:
    facts = facts_of(
        "SPECIMENS:\n1. F/S LUNG, RIGHT LOWER LOBE WEDGE\n2. LEVEL 8 LYMPH NODE, LEFT\n"
    )

    assert [(s.label, s.site, s.procedure, s.laterality) for s in facts.specimens] == [
        ("1", "LUNG, RIGHT LOWER LOBE", "wedge", Laterality.RIGHT),
        ("2", "LEVEL 8 LYMPH NODE, LEFT", None, Laterality.LEFT),
    ]


def test_grade_stage_and_laterality_are_read_as_stated() -> None:
    facts = facts_of(
        "DIAGNOSIS: Breast, right, mastectomy: invasive lobular carcinoma\n"
        "Nottingham grade 2\nAJCC PATHOLOGIC TNM STAGE: pT2 pN1a"
    )

    assert facts.grade is not None and facts.grade.value == "Nottingham grade 2"
    assert facts.stage is not None and facts.stage.value == "pT2 pN1a"
    assert facts.laterality is not None and facts.laterality.value is Laterality.RIGHT


def test_every_fact_points_at_the_words_that_state_it() -> None:
    doc = document_from_text(
        "SURGICAL PATHOLOGY REPORT\nAccession: S23-555\nCollected: 01/05/2023\n"
        "DIAGNOSIS: Colon, sigmoid, resection: adenocarcinoma, G2, pT3 N0"
    )
    facts = extract_case_facts(doc)
    page = doc.pages[0]

    stated = [
        facts.report_kind,
        facts.collection_date,
        facts.accession_numbers[0],
        facts.diagnosis,
        facts.tumour_type,
        facts.grade,
        facts.stage,
    ]
    for fact in stated:
        assert fact is not None and fact.evidence
        for evidence in fact.evidence:
            assert evidence.document == doc.sha256
            assert page.text[evidence.start : evidence.end] == evidence.text
            assert evidence.boxes


def corpus_facts(corpus_dir: Path) -> dict[str, CaseFacts]:
    facts = {}
    for path in sorted((corpus_dir / "texts").glob("*.txt")):
        text = corpus_header(path.stem) + path.read_text()
        facts[path.stem] = extract_case_facts(document_from_text(text, name=path.stem))
    return facts


@pytest.fixture(scope="module")
def every_corpus_report(corpus_dir: Path) -> dict[str, CaseFacts]:
    return corpus_facts(corpus_dir)


def test_no_fact_of_any_corpus_report_carries_the_patients_name_mrn_or_birth_date(
    every_corpus_report: dict[str, CaseFacts],
) -> None:
    for report_id, facts in every_corpus_report.items():
        dumped = facts.model_dump_json()
        n = int(report_id)
        assert "CANARY" not in dumped, report_id
        assert str(900000 + n) not in dumped, report_id
        assert f"0{1 + n % 9}/1{n % 10}/19{50 + n % 40}" not in dumped, report_id


def test_the_corpus_header_accession_is_found_in_every_report(
    every_corpus_report: dict[str, CaseFacts],
) -> None:
    for report_id, facts in every_corpus_report.items():
        values = [a.value for a in facts.accession_numbers]
        assert f"S26-{10000 + int(report_id)}" in values, report_id


@pytest.mark.parametrize(
    ("report_id", "tumour"),
    [
        ("002", TumourType.NON_SMALL_CELL_LUNG),
        ("030", TumourType.COLORECTAL),
        ("056", TumourType.GLIOMA),
        ("104", TumourType.BREAST),
        ("160", TumourType.GASTROESOPHAGEAL),
        ("168", TumourType.MESOTHELIOMA),
        ("202", TumourType.COLORECTAL),
        ("208", TumourType.OVARIAN),
    ],
)
def test_corpus_reports_name_their_tumour_type(
    every_corpus_report: dict[str, CaseFacts], report_id: str, tumour: TumourType
) -> None:
    found = every_corpus_report[report_id].tumour_type

    assert found is not None and found.value is tumour


def test_a_corpus_lung_report_lists_its_specimens_and_side(
    every_corpus_report: dict[str, CaseFacts],
) -> None:
    facts = every_corpus_report["002"]

    assert facts.report_kind is not None
    assert facts.report_kind.value is ReportKind.SURGICAL_PATHOLOGY
    assert [s.label for s in facts.specimens] == ["1", "2", "3", "4", "5", "6"]
    assert facts.specimens[0].procedure == "wedge"
    assert facts.laterality is not None and facts.laterality.value is Laterality.RIGHT


def test_a_corpus_colon_report_states_its_stage(every_corpus_report: dict[str, CaseFacts]) -> None:
    stage = every_corpus_report["030"].stage

    assert stage is not None and stage.value == "pT3 pN0"


def test_a_genomic_report_is_molecular(every_corpus_report: dict[str, CaseFacts]) -> None:
    kind = every_corpus_report["202"].report_kind

    assert kind is not None and kind.value is ReportKind.MOLECULAR
