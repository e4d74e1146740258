"""Scoring extracted results against reference labels, as corpus/LABELS.md says."""

from extractors.evaluation import Evaluation, score_report
from schemas.markers import MarkerResult


def result(**fields):
    return MarkerResult(**fields)


def test_a_matching_result_is_a_true_positive_and_its_details_are_checked():
    evaluation = Evaluation()
    labels = [{"marker": "KRAS", "aspect": "mutation", "status": "positive", "alteration": "G12C"}]
    found = [result(marker="KRAS", aspect="mutation", status="positive", alteration="G12D")]
    score_report("r1", found, labels, evaluation)
    assert (evaluation.overall.tp, evaluation.overall.fp, evaluation.overall.fn) == (1, 0, 0)
    assert evaluation.detail_accuracy == 0.0


def test_optional_labels_count_neither_way():
    evaluation = Evaluation()
    labels = [{"marker": "ER", "aspect": "expression", "status": "positive", "optional": True}]
    score_report("r1", [], labels, evaluation)
    score_report(
        "r2", [result(marker="ER", aspect="expression", status="positive")], labels, evaluation
    )
    assert (evaluation.overall.tp, evaluation.overall.fp, evaluation.overall.fn) == (0, 0, 0)


def test_a_wrong_status_is_one_extra_and_one_missing():
    evaluation = Evaluation()
    labels = [{"marker": "HER2", "aspect": "expression", "status": "negative"}]
    found = [result(marker="HER2", aspect="expression", status="positive")]
    score_report("r1", found, labels, evaluation)
    assert (evaluation.overall.fp, evaluation.overall.fn) == (1, 1)
    assert {m.kind for m in evaluation.misses} == {"extra", "missing"}


def test_an_exon_19_deletion_matches_its_named_class():
    evaluation = Evaluation()
    labels = [
        {
            "marker": "EGFR",
            "aspect": "mutation",
            "status": "positive",
            "alteration": "exon 19 deletion",
        }
    ]
    found = [result(marker="EGFR", aspect="mutation", status="positive", alteration="E746_A750del")]
    score_report("r1", found, labels, evaluation)
    assert evaluation.detail_accuracy == 1.0


def test_a_burden_value_in_another_spelling_of_its_unit_is_the_same_value():
    labels = [
        {"marker": "TMB", "aspect": "signature", "status": "positive", "value": "14 Muts/Mb"},
        {"marker": "TMB", "aspect": "signature", "status": "negative", "value": "4 mutations/Mb"},
    ]
    for label, number in zip(labels, ("14", "4"), strict=True):
        evaluation = Evaluation()
        found = [
            result(
                marker="TMB", aspect="signature", status=label["status"], value=f"{number} mut/Mb"
            )
        ]
        score_report("r1", found, [label], evaluation)
        assert evaluation.detail_accuracy == 1.0
    evaluation = Evaluation()
    found = [result(marker="TMB", aspect="signature", status="positive", value="41 mut/Mb")]
    score_report("r1", found, labels[:1], evaluation)
    assert evaluation.detail_accuracy == 0.0  # the number still counts


def test_an_allred_sum_with_or_without_its_scale_is_the_same_value():
    for labelled, found_value, right in (
        ("Allred 8/8", "Allred 8", 1.0),
        ("Allred 6", "Allred 6 out of 8", 1.0),
        ("Allred 7/8", "Allred 5", 0.0),  # the sum still counts
    ):
        evaluation = Evaluation()
        label = {"marker": "ER", "aspect": "expression", "status": "positive", "value": labelled}
        found = [result(marker="ER", aspect="expression", status="positive", value=found_value)]
        score_report("r1", found, [label], evaluation)
        assert evaluation.detail_accuracy == right


def test_a_frameshift_written_short_or_long_is_the_same_change():
    for written, labelled in (("Q1756Pfs*74", "Q1756fs"), ("E23fs", "E23Vfs*17")):
        evaluation = Evaluation()
        label = {"marker": "BRCA1", "aspect": "mutation", "status": "positive"}
        found = [result(marker="BRCA1", aspect="mutation", status="positive", alteration=written)]
        score_report("r1", found, [{**label, "alteration": labelled}], evaluation)
        assert evaluation.detail_accuracy == 1.0
    evaluation = Evaluation()
    found = [result(marker="BRCA1", aspect="mutation", status="positive", alteration="Q1757fs")]
    score_report("r1", found, [{**label, "alteration": "Q1756Pfs*74"}], evaluation)
    assert evaluation.detail_accuracy == 0.0  # the position still counts


def test_silver_labels_not_found_are_listed_with_what_was_given_by_ids_only():
    from extractors.evaluation import SilverEvaluation, score_silver

    silver = SilverEvaluation()
    labels = [
        {"marker": "ER", "aspect": "expression", "status": "positive"},
        {"marker": "PR", "aspect": "expression", "status": "positive"},
        {"marker": "HER2", "aspect": "expression", "status": "negative"},
        {"marker": "KRAS", "aspect": "mutation", "status": "negative"},
    ]
    found = [
        result(marker="ER", aspect="expression", status="positive"),
        result(marker="HER2", aspect="expression", status="positive"),
        result(marker="HER2", aspect="expression", status="equivocal"),
    ]
    score_silver("T1", found, labels, {"ER", "PR", "HER2"}, silver)
    listed = {(m.kind, m.key, m.detail) for m in silver.misses}
    assert listed == {
        ("not found", ("PR", "expression", "positive"), ""),
        ("contradicted", ("HER2", "expression", "negative"), "equivocal,positive"),
    }


def test_each_miss_is_counted_by_what_was_done_with_its_marker():
    evaluation = Evaluation()
    labels = [
        {"marker": "ER", "aspect": "expression", "status": "positive"},  # read as negative
        {"marker": "PR", "aspect": "expression", "status": "positive"},  # named, not read
        {"marker": "KRAS", "aspect": "mutation", "status": "negative"},  # not named
        {"marker": "HER2", "aspect": "amplification", "status": "negative"},  # other aspect
    ]
    found = [
        result(marker="ER", aspect="expression", status="negative"),
        result(marker="HER2", aspect="expression", status="negative"),
        result(marker="ALK", aspect="fusion", status="negative"),
    ]
    score_report("r1", found, labels, evaluation, named={"ER", "PR", "HER2", "ALK"})
    assert dict(evaluation.mechanisms) == {
        "missing: other status read": 1,
        "missing: named, nothing read": 1,
        "missing: not named": 1,
        "missing: other aspect read": 1,
        "extra: conflicts a label": 1,
        "extra: aspect unlabelled": 1,
        "extra: marker unlabelled": 1,
    }


def test_the_mechanism_lines_give_counts_for_the_check_set_and_no_report():
    from extractors.evaluation import mechanism_lines

    tune, check = Evaluation(), Evaluation()
    labels = [{"marker": "PR", "aspect": "expression", "status": "positive"}]
    score_report("r11", [], labels, tune, named={"PR"})
    score_report("r10", [], labels, check, named=set())
    lines = mechanism_lines({"all": Evaluation(), "tune": tune, "check": check})
    assert lines == [
        "  misses of the tune set: 1 missing: named, nothing read",
        "  misses of the check set: 1 missing: not named",
    ]
    assert not any("r1" in line for line in lines)
