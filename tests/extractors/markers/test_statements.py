"""What one short statement of a report yields: the result it states, and nothing it does not."""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text

P, N, E, R = "positive", "negative", "equivocal", "reported"
EXPR, MUT, AMP, FUS, SIG = "expression", "mutation", "amplification", "fusion", "signature"

# (statement, [(marker, aspect, status, {detail: value})])
STATEMENTS = [
    # HER2: IHC scores decide the status, ISH by its own words
    ("HER2 (IHC): Positive (score 3+)", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ("HER2/neu: negative, score 1+", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
    ("HER-2/neu IHC: equivocal (2+)", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
    ("HER2 IHC score 0", [("HER2", EXPR, N, {"ihc_score": "0"})]),
    ("c-erbB-2 is weakly positive (score 2+).", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
    ("ERBB2 (HER2) by FISH: AMPLIFIED. HER2/CEP17 ratio: 4.6", [("HER2", AMP, P, {"ratio": 4.6})]),
    ("HER2 FISH: not amplified (HER2/CEP17 ratio 1.3)", [("HER2", AMP, N, {"ratio": 1.3})]),
    ("No amplification of the HER2 gene was seen by FISH.", [("HER2", AMP, N, {})]),
    ("HER2 FISH is pending and will be reported in an addendum.", []),
    ("HER2 testing was not performed.", []),
    ("HER-Z/NEU: NEGATIVE (SCORE 1+)", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
    ("HercepTest: Positive (3+)", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    # ER / PR / AR
    ("Estrogen receptor: Positive (95%, strong)", [("ER", EXPR, P, {"percent": 95})]),
    ("ER: Negative (0%)", [("ER", EXPR, N, {"percent": 0})]),
    ("Progesterone receptor: low positive (5%)", [("PR", EXPR, P, {"percent": 5})]),
    ("PR: Negative, Allred score 2", [("PR", EXPR, N, {"value": "Allred 2"})]),
    ("ER: positive, H-score 180", [("ER", EXPR, P, {"value": "H-score 180"})]),
    ("ER: Positive (>90%)", [("ER", EXPR, P, {"value": ">90%"})]),
    (
        "The tumor is positive for ER and negative for PR.",
        [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
    ),
    (
        "Tumor cells are negative for estrogen receptor, progesterone receptor and p53.",
        [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("TP53", EXPR, N, {})],
    ),
    ("Androgen receptor (AR): positive in 80% of tumor cells", [("AR", EXPR, P, {"percent": 80})]),
    ("ER and PR immunostains are pending.", []),
    # Ki-67
    ("Ki-67 proliferation index: 25%", [("Ki-67", EXPR, R, {"percent": 25})]),
    ("MIB-1 labeling index is approximately 15%.", [("Ki-67", EXPR, R, {"percent": 15})]),
    ("Ki-67: <5%", [("Ki-67", EXPR, R, {"value": "<5%"})]),
    # EGFR
    (
        "EGFR mutation analysis: L858R mutation detected in exon 21.",
        [("EGFR", MUT, P, {"alteration": "L858R"})],
    ),
    (
        "EGFR: exon 19 deletion (p.E746_A750del) detected",
        [("EGFR", MUT, P, {"alteration": "E746_A750del"})],
    ),
    (
        "EGFR: a 15 bp deletion in exon 19 was identified.",
        [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
    ),
    (
        "EGFR exon 20 insertion detected (p.A767_V769dup).",
        [("EGFR", MUT, P, {"alteration": "exon 20 insertion"})],
    ),
    ("EGFR T790M: DETECTED", [("EGFR", MUT, P, {"alteration": "T790M"})]),
    ("EGFR mutation: NOT DETECTED", [("EGFR", MUT, N, {})]),
    ("No EGFR mutation was detected.", [("EGFR", MUT, N, {})]),
    ("EGFR: wild type", [("EGFR", MUT, N, {})]),
    ("EGFR mutations occur in 10-15% of lung adenocarcinomas in Western patients.", []),
    ("EGFR mutation testing has been sent out to a reference laboratory.", []),
    # KRAS / NRAS / HRAS / BRAF / PIK3CA
    ("KRAS: c.34G>T (p.G12C) detected", [("KRAS", MUT, P, {"alteration": "G12C"})]),
    ("KRAS codon 12 mutation IDENTIFIED (Gly12Cys).", [("KRAS", MUT, P, {"alteration": "G12C"})]),
    ("KR.AS mutation detected (GI2D)", [("KRAS", MUT, P, {"alteration": "G12D"})]),
    ("K-RAS: mutation identified (Oly12Val)", [("KRAS", MUT, P, {"alteration": "G12V"})]),
    ("KRAS: wild-type (no mutation in codons 12, 13 and 61)", [("KRAS", MUT, N, {})]),
    ("NRAS p.Q61R mutation detected", [("NRAS", MUT, P, {"alteration": "Q61R"})]),
    ("NRAS: not detected", [("NRAS", MUT, N, {})]),
    ("HRAS mutation found (p.G12V, c.35G>T).", [("HRAS", MUT, P, {"alteration": "G12V"})]),
    ("BRAF V600E mutation: DETECTED", [("BRAF", MUT, P, {"alteration": "V600E"})]),
    ("BRAF: no mutation detected", [("BRAF", MUT, N, {})]),
    ("PIK3CA p.H1047R (c.3140A>G) detected", [("PIK3CA", MUT, P, {"alteration": "H1047R"})]),
    ("PIK3CA: not detected", [("PIK3CA", MUT, N, {})]),
    # TP53
    ("p53 immunostain: aberrant, strong diffuse positive staining", [("TP53", EXPR, P, {})]),
    ("TP53 mutation: p.R273H detected", [("TP53", MUT, P, {"alteration": "R273H"})]),
    ("No TP53 mutations were found.", [("TP53", MUT, N, {})]),
    # fusions
    ("ALK rearrangement by FISH: NEGATIVE", [("ALK", FUS, N, {})]),
    ("EML4-ALK fusion detected", [("ALK", FUS, P, {"alteration": "EML4-ALK"})]),
    ("Negative for any rearrangement of the ALK locus.", [("ALK", FUS, N, {})]),
    ("ROS1 FISH: positive for rearrangement", [("ROS1", FUS, P, {})]),
    ("ROS1 rearrangement: not detected", [("ROS1", FUS, N, {})]),
    ("RET fusion (KIF5B-RET) detected", [("RET", FUS, P, {"alteration": "KIF5B-RET"})]),
    ("RET rearrangement: negative", [("RET", FUS, N, {})]),
    ("NTRK1/2/3 fusion: not detected", [("NTRK", FUS, N, {})]),
    ("ETV6-NTRK3 fusion detected", [("NTRK", FUS, P, {"alteration": "ETV6-NTRK3"})]),
    # MET
    ("MET amplification by FISH: NEGATIVE (MET/CEP7 ratio 1.1)", [("MET", AMP, N, {"ratio": 1.1})]),
    (
        "MET exon 14 skipping mutation detected",
        [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
    ),
    # BRCA / IDH
    ("BRCA1: pathogenic variant c.68_69delAG detected", [("BRCA1", MUT, P, {})]),
    ("BRCA2: no pathogenic variant detected", [("BRCA2", MUT, N, {})]),
    ("IDH1 R132H mutation detected", [("IDH1", MUT, P, {"alteration": "R132H"})]),
    ("Mutations of IDH1 and IDH2: not identified.", [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})]),
    # PD-L1
    ("PD-L1 (22C3) tumor proportion score (TPS): 60%", [("PD-L1", EXPR, P, {"percent": 60})]),
    ("PD-L1 (22C3 pharmDx): CPS 5", [("PD-L1", EXPR, P, {"value": "CPS 5"})]),
    ("PD-L1 (SP263): negative, TPS <1%", [("PD-L1", EXPR, N, {})]),
    # MSI / MMR
    ("Microsatellite instability: MSI-High", [("MSI", SIG, P, {})]),
    ("MSI testing: microsatellite stable (MSS).", [("MSI", SIG, N, {})]),
    ("No microsatellite instability detected.", [("MSI", SIG, N, {})]),
    (
        "MLH1: intact\nPMS2: intact\nMSH2: intact\nMSH6: intact",
        [
            ("MLH1", EXPR, P, {}),
            ("PMS2", EXPR, P, {}),
            ("MSH2", EXPR, P, {}),
            ("MSH6", EXPR, P, {}),
            ("MMR", SIG, N, {}),
        ],
    ),
    (
        "MLH1: loss of nuclear expression\nPMS2: loss of nuclear expression\nMSH2: retained\n"
        "MSH6: retained",
        [
            ("MLH1", EXPR, N, {}),
            ("PMS2", EXPR, N, {}),
            ("MSH2", EXPR, P, {}),
            ("MSH6", EXPR, P, {}),
            ("MMR", SIG, P, {}),
        ],
    ),
    ("Mismatch repair status: proficient (pMMR)", [("MMR", SIG, N, {})]),
    ("MMR deficient (dMMR)", [("MMR", SIG, P, {})]),
    # TMB
    ("Tumor mutational burden: 12 mut/Mb (TMB-High)", [("TMB", SIG, P, {"value": "12 mut/Mb"})]),
    ("TMB: low (3 mutations/Mb)", [("TMB", SIG, N, {"value": "3 mut/Mb"})]),
    # GD2 (neuroblastoma, osteosarcoma; IHC and flow cytometry)
    (
        "GD2 immunohistochemistry: positive, strong membranous staining in tumor cells",
        [("GD2", EXPR, P, {})],
    ),
    (
        "Neuroblastoma cells are positive for GD2 by flow cytometry (85% of CD56+ events).",
        [("GD2", EXPR, P, {})],
    ),
    ("GD2: negative", [("GD2", EXPR, N, {})]),
    ("Osteosarcoma, GD2 (14G2a) IHC: no staining in tumor cells", [("GD2", EXPR, N, {})]),
    ("GD2 is expressed in most neuroblastomas and is the target of dinutuximab therapy.", []),
    ("GD2 immunostaining has been ordered.", []),
    # Mesothelin
    ("Mesothelin: positive (diffuse membranous staining)", [("Mesothelin", EXPR, P, {})]),
    ("The tumor is negative for CEA, MOC31 and mesothelin.", [("Mesothelin", EXPR, N, {})]),
    ("MSLN IHC: negative", [("Mesothelin", EXPR, N, {})]),
    # context that states no result
    ("ER: o Positive o Negative", []),
    ("HER2 IHC: [ ] Positive [ ] Negative [ ] Equivocal", []),
    ("Antibodies used: ER (clone SP1), PR (clone 1E2), HER2 (clone 4B5).", []),
    ("HER2 is considered positive if the ratio is 2.0 or greater.", []),
    ("KRAS mutations are associated with resistance to anti-EGFR therapy.", []),
    ("Specimen insufficient for EGFR mutation testing.", []),
    ("ALK testing failed due to insufficient tumor.", []),
]


def _keys(text: str) -> dict[tuple[str, str, str], dict]:
    found = extract_markers(document_from_text(text))
    return {(r.marker.value, r.aspect.value, r.status.value): r.model_dump() for r in found}


@pytest.mark.parametrize(("statement", "expected"), STATEMENTS, ids=[s[:60] for s, _ in STATEMENTS])
def test_a_statement_yields_exactly_the_results_it_states(statement, expected):
    found = _keys(statement)
    assert set(found) == {(m, a, s) for m, a, s, _ in expected}
    for marker, aspect, status, details in expected:
        for name, value in details.items():
            assert found[(marker, aspect, status)][name] == value, name
