"""assemble_case: merging, superseding and conflicts across a case's documents."""

from datetime import UTC, date, datetime

from case_builders import document, result, sha

from extractors import assemble_case
from schemas.case import ConflictKind, MarkerState, ReportKind, SupersedeReason
from schemas.markers import Aspect, IHCScore, Marker, Status

HER2 = Marker.HER2
EXPR = Aspect.EXPRESSION


def her2_ihc(score: IHCScore, status: Status, doc: str, **kw: object):
    return result(HER2, EXPR, status, doc, ihc_score=score, method="IHC", **kw)


def test_the_same_finding_in_two_documents_is_one_result_with_evidence_from_both() -> None:
    biopsy = document("biopsy", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "biopsy")])
    copy = document("fax", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "fax", start=40)])

    case = assemble_case("case-1", [biopsy, copy])

    assert len(case.markers) == 1
    merged = case.markers[0]
    assert merged.state is MarkerState.CURRENT
    assert set(merged.source_documents) == {sha("biopsy"), sha("fax")}
    assert {e.document for e in merged.evidence} == {sha("biopsy"), sha("fax")}
    assert case.conflicts == []


def test_a_result_missing_a_detail_merges_with_one_that_states_it() -> None:
    short = document("short", [result(HER2, EXPR, Status.POSITIVE, "short")])
    full = document("full", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "full")])

    case = assemble_case("case-1", [short, full])

    assert len(case.markers) == 1
    assert case.markers[0].ihc_score is IHCScore.THREE


def test_an_amended_report_supersedes_the_earlier_result_and_keeps_it_in_history() -> None:
    original = document(
        "original",
        [her2_ihc(IHCScore.TWO, Status.EQUIVOCAL, "original")],
        reported=date(2026, 1, 2),
    )
    amended = document(
        "amended",
        [her2_ihc(IHCScore.THREE, Status.POSITIVE, "amended")],
        reported=date(2026, 1, 9),
        kind=ReportKind.ADDENDUM,
    )

    case = assemble_case("case-1", [amended, original])

    old, new = sorted(case.markers, key=lambda m: m.state != MarkerState.SUPERSEDED)
    assert old.state is MarkerState.SUPERSEDED and old.superseded_by == new.marker_id
    assert new.state is MarkerState.CURRENT and new.ihc_score is IHCScore.THREE
    assert [(h.marker_id, h.status, h.reason) for h in new.history] == [
        (old.marker_id, Status.EQUIVOCAL, SupersedeReason.AMENDED)
    ]
    assert case.conflicts == []
    assert [line.marker_id for line in case.summary.markers] == [new.marker_id]


def test_her2_3plus_then_1plus_on_the_same_specimen_is_a_conflict_for_the_reviewer() -> None:
    first = document(
        "first", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "first")], reported=date(2026, 1, 2)
    )
    later = document(
        "later", [her2_ihc(IHCScore.ONE, Status.NEGATIVE, "later")], reported=date(2026, 2, 2)
    )

    case = assemble_case("case-1", [first, later])

    assert len(case.conflicts) == 1
    conflict = case.conflicts[0]
    assert conflict.kind is ConflictKind.CONTRADICTION
    assert conflict.marker is HER2 and conflict.specimen_ref == "S23-100/A"
    assert set(conflict.source_documents) == {sha("first"), sha("later")}
    assert "IHC 3+" in conflict.description and "IHC 1+" in conflict.description
    current = case.current_markers
    assert [m.ihc_score for m in current] == [IHCScore.ONE]
    assert current[0].history[0].reason is SupersedeReason.LATER_REPORT
    assert [c.conflict_id for c in case.summary.conflicts] == [conflict.conflict_id]
    assert "in conflict" in case.summary.markers[0].text


def test_contradicting_statements_in_one_document_both_stand_and_conflict() -> None:
    doc = document(
        "doc",
        [
            her2_ihc(IHCScore.THREE, Status.POSITIVE, "doc"),
            her2_ihc(IHCScore.ONE, Status.NEGATIVE, "doc", start=90),
        ],
    )

    case = assemble_case("case-1", [doc])

    assert len(case.current_markers) == 2
    assert [c.kind for c in case.conflicts] == [ConflictKind.CONTRADICTION]


def test_two_different_variants_of_one_gene_both_stand() -> None:
    egfr = [
        result(Marker.EGFR, Aspect.MUTATION, Status.POSITIVE, "ngs", alteration="L858R"),
        result(Marker.EGFR, Aspect.MUTATION, Status.POSITIVE, "ngs", alteration="T790M", start=50),
    ]

    case = assemble_case("case-1", [document("ngs", egfr)])

    assert sorted(m.alteration or "" for m in case.current_markers) == ["L858R", "T790M"]
    assert case.conflicts == []


def test_a_later_negative_for_a_detected_variant_is_a_conflict() -> None:
    detected = document(
        "ngs",
        [result(Marker.EGFR, Aspect.MUTATION, Status.POSITIVE, "ngs", alteration="L858R")],
        reported=date(2026, 1, 2),
    )
    negative = document(
        "pcr",
        [result(Marker.EGFR, Aspect.MUTATION, Status.NEGATIVE, "pcr")],
        reported=date(2026, 3, 2),
    )

    case = assemble_case("case-1", [detected, negative])

    assert [c.kind for c in case.conflicts] == [ConflictKind.CONTRADICTION]


def test_different_statuses_on_different_specimens_are_flagged_as_discordant() -> None:
    biopsy = document(
        "biopsy", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "biopsy")], accession="S23-100"
    )
    resection = document(
        "resection", [her2_ihc(IHCScore.ZERO, Status.NEGATIVE, "resection")], accession="S23-900"
    )

    case = assemble_case("case-1", [biopsy, resection])

    assert len(case.current_markers) == 2
    assert [c.kind for c in case.conflicts] == [ConflictKind.DISCORDANT_SPECIMENS]
    assert {m.specimen_ref for m in case.markers} == {"S23-100/A", "S23-900/A"}


def test_her2_0_on_one_specimen_and_1plus_on_another_are_discordant() -> None:
    biopsy = document("biopsy", [her2_ihc(IHCScore.ZERO, Status.NEGATIVE, "biopsy")])
    resection = document(
        "resection", [her2_ihc(IHCScore.ONE, Status.NEGATIVE, "resection")], accession="S23-900"
    )

    case = assemble_case("case-1", [biopsy, resection])

    assert [c.kind for c in case.conflicts] == [ConflictKind.DISCORDANT_SPECIMENS]


def test_the_same_status_on_two_specimens_is_no_conflict() -> None:
    biopsy = document("biopsy", [result(Marker.ER, EXPR, Status.POSITIVE, "biopsy", percent=95.0)])
    resection = document(
        "resection",
        [result(Marker.ER, EXPR, Status.POSITIVE, "resection", percent=80.0)],
        accession="S23-900",
    )

    case = assemble_case("case-1", [biopsy, resection])

    assert case.conflicts == []
    assert len(case.current_markers) == 2


def test_a_history_of_another_tumour_does_not_conflict_with_this_specimen() -> None:
    doc = document(
        "doc",
        [
            her2_ihc(IHCScore.THREE, Status.POSITIVE, "doc"),
            her2_ihc(IHCScore.ZERO, Status.NEGATIVE, "doc", start=80, historical=True),
        ],
    )

    case = assemble_case("case-1", [doc])

    assert case.conflicts == []
    assert case.summary.markers[-1].text.startswith("History of another tumour")


def test_a_document_given_twice_counts_once() -> None:
    doc = document("doc", [her2_ihc(IHCScore.THREE, Status.POSITIVE, "doc")])

    case = assemble_case("case-1", [doc, doc.model_copy(deep=True)])

    assert len(case.documents) == 1
    assert len(case.markers) == 1
    assert len(case.markers[0].evidence) == 1


def test_the_same_documents_in_any_order_give_the_same_case() -> None:
    docs = [
        document("a", [her2_ihc(IHCScore.TWO, Status.EQUIVOCAL, "a")], reported=date(2026, 1, 1)),
        document(
            "b",
            [result(HER2, Aspect.AMPLIFICATION, Status.NEGATIVE, "b", ratio=1.3)],
            reported=date(2026, 1, 8),
            kind=ReportKind.ADDENDUM,
        ),
        document("c", [her2_ihc(IHCScore.ONE, Status.NEGATIVE, "c")], reported=date(2026, 2, 1)),
    ]

    forwards = assemble_case("case-1", docs)
    backwards = assemble_case("case-1", list(reversed(docs)))

    assert forwards.model_dump_json() == backwards.model_dump_json()


def test_the_case_spans_the_times_its_documents_were_received() -> None:
    early = datetime(2026, 1, 1, tzinfo=UTC)
    late = datetime(2026, 1, 9, tzinfo=UTC)

    case = assemble_case(
        "case-1", [document("b", [], received=late), document("a", [], received=early)]
    )

    assert (case.created_at, case.updated_at) == (early, late)
