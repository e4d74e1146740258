"""Where a verdict stands relative to the names it speaks for, and verdicts that a verb negates.

Each kind is named for the shape of its words and shown in wordings of our own, across markers;
none is quoted from a report. Counter-examples show the neighbouring wordings that must keep
their reading.
"""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text

P, N = "positive", "negative"
EXPR, MUT, SIG = "expression", "mutation", "signature"

# kind -> [(text, [(marker, aspect, status)])]: exactly these results, no others.
KINDS = {
    # A verdict word opening its clause speaks for the list of names right after it.
    "verdict_word_before_a_list": [
        ("Retained MSH2 and MSH6.", [("MSH2", EXPR, P), ("MSH6", EXPR, P)]),
        ("Intact MLH1 and PMS2.", [("MLH1", EXPR, P), ("PMS2", EXPR, P)]),
        ("Positive ER and PR.", [("ER", EXPR, P), ("PR", EXPR, P)]),
        (
            "Invasive carcinoma, negative ER and PR, positive HER2 (3+).",
            [("ER", EXPR, N), ("PR", EXPR, N), ("HER2", EXPR, P)],
        ),
        (
            "Sequencing shows wild-type KRAS and NRAS.",
            [("KRAS", MUT, N), ("NRAS", MUT, N)],
        ),
        (
            "The tumour shows intact MLH1, PMS2, MSH2 and MSH6.",
            [
                ("MLH1", EXPR, P),
                ("PMS2", EXPR, P),
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MMR", SIG, N),
            ],
        ),
    ],
    # '..., with <verdict> <names>' after another result: the verdict is the later names'
    # only, and the names before keep the verdict that governs them.
    "second_clause_led_by_its_verdict": [
        (
            "Immunohistochemistry shows loss of nuclear expression of MLH1 and PMS2, "
            "with retained MSH2 and MSH6.",
            [
                ("MLH1", EXPR, N),
                ("PMS2", EXPR, N),
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MMR", SIG, P),
            ],
        ),
        (
            "MLH1 and PMS2 show loss of staining, but intact MSH2 and MSH6.",
            [
                ("MLH1", EXPR, N),
                ("PMS2", EXPR, N),
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MMR", SIG, P),
            ],
        ),
        (
            "MSH6 is lost, with intact MLH1, PMS2 and MSH2.",
            [
                ("MSH6", EXPR, N),
                ("MLH1", EXPR, P),
                ("PMS2", EXPR, P),
                ("MSH2", EXPR, P),
                ("MMR", SIG, P),
            ],
        ),
        (
            "Colonic adenocarcinoma with mutant KRAS and wild-type BRAF.",
            [("KRAS", MUT, P), ("BRAF", MUT, N)],
        ),
    ],
    # After a ';', a verdict that runs into the next names is theirs, not the name before.
    "verdict_after_semicolon_leads_the_next_names": [
        (
            "Retained nuclear expression of MSH2 and MSH6; loss of MLH1 and PMS2.",
            [
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MLH1", EXPR, N),
                ("PMS2", EXPR, N),
                ("MMR", SIG, P),
            ],
        ),
        (
            "Intact MLH1 and PMS2; loss of MSH6 expression.",
            [("MLH1", EXPR, P), ("PMS2", EXPR, P), ("MSH6", EXPR, N), ("MMR", SIG, P)],
        ),
    ],
    # do/does/did not, or fail to, with a light verb and a stain noun: no expression.
    "negated_light_verb_before_expression": [
        ("Tumor cells do not show expression of ER.", [("ER", EXPR, N)]),
        ("Tumor cells do not demonstrate any nuclear staining for PR.", [("PR", EXPR, N)]),
        ("The carcinoma does not exhibit immunoreactivity for HER2.", [("HER2", EXPR, N)]),
        ("The lesion doesn't show staining for ER.", [("ER", EXPR, N)]),
        (
            "The neoplastic cells failed to display expression of MLH1 and PMS2.",
            [("MLH1", EXPR, N), ("PMS2", EXPR, N)],
        ),
    ],
    # the negated light verb before the names, the stain noun after them
    "negated_light_verb_names_then_stain_noun": [
        ("Tumour cells fail to show PD-L1 expression.", [("PD-L1", EXPR, N)]),
        ("The tumor cells do not show ER or PR expression.", [("ER", EXPR, N), ("PR", EXPR, N)]),
        ("Tumour cells lack nuclear p53 staining.", [("TP53", EXPR, N)]),
    ],
    # do not (over)express, fail to express: the verb itself negated.
    "negated_expression_verb": [
        ("The neoplastic cells do not overexpress the p53 protein.", [("TP53", EXPR, N)]),
        (
            "Tumour cells fail to express MLH1 and PMS2.",
            [("MLH1", EXPR, N), ("PMS2", EXPR, N)],
        ),
        ("The tumour did not overexpress HER2.", [("HER2", EXPR, N)]),
    ],
    # 'lack(s) expression of X', 'lack X expression'.
    "lack_of_expression": [
        ("The tumor cells lack expression of MLH1.", [("MLH1", EXPR, N)]),
        (
            "The tumor cells lack MLH1 and PMS2 expression.",
            [("MLH1", EXPR, N), ("PMS2", EXPR, N)],
        ),
        ("Invasive carcinoma with lack of nuclear staining for PR.", [("PR", EXPR, N)]),
    ],
    # A loss that a verb or 'not' denies is kept expression.
    "denied_loss_is_kept_expression": [
        ("The tumor cells do not show loss of expression of MLH1.", [("MLH1", EXPR, P)]),
        ("MSH6 expression is not lost.", [("MSH6", EXPR, P)]),
        ("Adenocarcinoma without any loss of PMS2 staining.", [("PMS2", EXPR, P)]),
    ],
    # A loss or keeping of expression said of the mismatch repair proteins as a panel is the
    # MMR signature's verdict (kept: proficient, negative); no protein is named, so none is read.
    "panel_of_proteins_kept_or_lost": [
        ("No loss of nuclear expression of mismatch repair proteins.", [("MMR", SIG, N)]),
        (
            "Immunohistochemistry shows intact expression of mismatch repair proteins.",
            [("MMR", SIG, N)],
        ),
        ("Loss of nuclear expression of DNA mismatch repair proteins.", [("MMR", SIG, P)]),
        (
            "There is no loss of expression of any of the four mismatch repair proteins.",
            [("MMR", SIG, N)],
        ),
    ],
    # 'no loss of <stain noun> of/for X' keeps expression; the stain noun does not make the
    # 'no' deny the stain itself.
    "no_loss_of_stain_noun": [
        ("There is no loss of expression of MLH1.", [("MLH1", EXPR, P)]),
        ("No loss of staining for PMS2 or MSH6.", [("PMS2", EXPR, P), ("MSH6", EXPR, P)]),
    ],
    # 'Loss of expression: none' as a key and its value: the value denies the loss.
    "loss_denied_by_its_value": [
        (
            "Mismatch repair immunohistochemistry: Loss of expression: none.",
            [("MMR", SIG, N)],
        ),
        (
            "MLH1, PMS2, MSH2, MSH6 - loss of nuclear expression: none",
            [
                ("MLH1", EXPR, P),
                ("PMS2", EXPR, P),
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MMR", SIG, N),
            ],
        ),
        (
            "Loss of expression: not identified (MLH1, PMS2, MSH2 and MSH6)",
            [
                ("MLH1", EXPR, P),
                ("PMS2", EXPR, P),
                ("MSH2", EXPR, P),
                ("MSH6", EXPR, P),
                ("MMR", SIG, N),
            ],
        ),
        ("PMS2 loss: none seen", [("PMS2", EXPR, P)]),
    ],
    # 'loss' as a protein's value, bare or confirmed by its own value: lost expression.
    "bare_loss_as_value": [
        ("PMS2: loss", [("PMS2", EXPR, N)]),
        ("MLH1 loss: present", [("MLH1", EXPR, N)]),
        ("Immunohistochemistry: MSH6 loss, MSH2 intact", [("MSH6", EXPR, N), ("MSH2", EXPR, P)]),
    ],
    # What a loss of any protein would mean, said in general, is no result.
    "loss_of_any_said_in_general": [
        ("Loss of expression of one or more mismatch repair proteins suggests Lynch syndrome.", []),
        ("Absent staining of any of the mismatch repair proteins indicates deficient MMR.", []),
    ],
    # ER and PR named right before their test's noun ('status', 'staining', 'expression',
    # 'immunostain') or a ';' are names, also at the end of a list led by its verdict.
    "receptor_abbreviation_before_its_test_noun": [
        ("ER status: positive", [("ER", EXPR, P)]),
        ("PR immunostain: negative", [("PR", EXPR, N)]),
        ("ER and PR expression is retained.", [("ER", EXPR, P), ("PR", EXPR, P)]),
        (
            "Positive ER and PR; HER2 negative (1+).",
            [("ER", EXPR, P), ("PR", EXPR, P), ("HER2", EXPR, N)],
        ),
    ],
    # What tumours of a kind do, said in general, states nothing of this one.
    "general_statement_about_tumours": [
        ("Tumors that do not express MLH1 are tested for MLH1 promoter methylation.", []),
        ("Carcinomas which show no staining for PR are reported as negative.", []),
    ],
}

# Neighbouring wordings that keep their reading.
COUNTER_EXAMPLES = [
    # a verdict after a name closes that name's result and leads nothing
    ("ER negative PR positive.", [("ER", EXPR, N), ("PR", EXPR, P)]),
    ("ER: negative HER2: positive", [("ER", EXPR, N), ("HER2", EXPR, P)]),
    (
        "ER negative HER2 positive PR negative",
        [("ER", EXPR, N), ("HER2", EXPR, P), ("PR", EXPR, N)],
    ),
    # later names that state their own verdict keep it
    (
        "Loss of MLH1 and PMS2 expression, while MSH2 and MSH6 are retained.",
        [
            ("MLH1", EXPR, N),
            ("PMS2", EXPR, N),
            ("MSH2", EXPR, P),
            ("MSH6", EXPR, P),
            ("MMR", SIG, P),
        ],
    ),
    # each protein named: each one's result, and the panel's derived from them
    (
        "There is no loss of MLH1, PMS2, MSH2 or MSH6 expression.",
        [
            ("MLH1", EXPR, P),
            ("PMS2", EXPR, P),
            ("MSH2", EXPR, P),
            ("MSH6", EXPR, P),
            ("MMR", SIG, N),
        ],
    ),
    (
        "MLH1 and PMS2: lost. MSH2 and MSH6: retained.",
        [
            ("MLH1", EXPR, N),
            ("PMS2", EXPR, N),
            ("MSH2", EXPR, P),
            ("MSH6", EXPR, P),
            ("MMR", SIG, P),
        ],
    ),
    # the panel's own status words
    ("MMR status: deficient", [("MMR", SIG, P)]),
    ("Mismatch repair proteins: intact", [("MMR", SIG, N)]),
    # words about stains of the panel that say neither kept nor lost
    ("Immunohistochemical stains for mismatch repair proteins were performed.", []),
    ("Mismatch repair protein expression was evaluated by immunohistochemistry.", []),
    # 'loss' as the subject of a sentence about causes is no value
    ("PMS2 loss is caused by a germline mutation in most cases.", []),
    # the same letters that name no receptor
    ("The PR interval is normal; ER visit on admission.", []),
    # a bare verdict after a ';' still closes the name's values
    ("HER2 FISH: ratio 2.6, mean copy number 6.1; AMPLIFIED", [("HER2", "amplification", P)]),
    # a denied loss before the names and the stain noun
    ("The tumor cells do not show loss of MLH1 expression.", [("MLH1", EXPR, P)]),
    # the affirmative verbs
    ("Tumor cells show no expression of estrogen receptor.", [("ER", EXPR, N)]),
    ("The neoplastic cells overexpress p53.", [("TP53", EXPR, P)]),
    ("The tumour shows loss of expression of MSH6.", [("MSH6", EXPR, N)]),
    # a lack of something other than a stain is no expression result
    ("The tumour lacks HER2 amplification.", []),
    # a general statement about tumours, as in methods or criteria
    ("The MLH1 antibody does not react with normal stroma.", []),
]


def _read(text: str) -> set[tuple[str, str, str]]:
    found = extract_markers(document_from_text(text))
    return {(r.marker.value, r.aspect.value, r.status.value) for r in found}


CASES = [
    pytest.param(text, expected, id=f"{kind}:{text[:40]}")
    for kind, cases in KINDS.items()
    for text, expected in cases
]


def test_each_kind_has_two_wordings_or_more() -> None:
    assert all(len({text for text, _ in cases}) >= 2 for cases in KINDS.values())


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_kind_of_verdict_placement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == set(expected)


@pytest.mark.parametrize(("text", "expected"), COUNTER_EXAMPLES)
def test_neighbouring_wording_keeps_its_reading(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == set(expected)


def test_a_verdict_that_leads_later_names_is_their_evidence_not_the_earlier_ones() -> None:
    text = "Loss of MLH1 and PMS2, with retained MSH2 and MSH6."
    evidence = {
        r.marker.value: r.evidence[0].text for r in extract_markers(document_from_text(text))
    }
    assert evidence["MSH2"] == "retained MSH2"
    assert "retained" not in evidence["PMS2"]


def test_cannot_exclude_is_no_negative_expression() -> None:
    assert ("ER", EXPR, N) not in _read("We cannot exclude expression of ER in rare cells.")
