"""Small helpers shared by the report specifications."""

ORDER = [
    "marker",
    "aspect",
    "status",
    "ihc_score",
    "percent",
    "ratio",
    "alteration",
    "value",
    "optional",
    "quote",
]


def L(marker, aspect, status, quote, **kw):
    """One label. kw may hold ihc_score, percent, ratio, alteration, value, optional."""
    d = dict(marker=marker, aspect=aspect, status=status, quote=quote, **kw)
    for k in d:
        assert k in ORDER, k
    return {k: d[k] for k in ORDER if k in d}


def spec(id, lab, patient, accession, title, body, labels, **kw):
    d = dict(
        id=str(id),
        lab=lab,
        patient=patient,
        accession=accession,
        title=title,
        body=body,
        labels=labels,
    )
    d.update(kw)
    return d


# panel gene lists for methods pages (not results)
CGP_GENES = (
    "ABL1 AKT1 AKT2 ALK APC AR ARAF ARID1A ARID2 ATM ATR ATRX AURKA AXL BAP1 BARD1 BCL2 BCOR "
    "BRAF BRCA1 BRCA2 BRIP1 BTK CCND1 CCND2 CCNE1 CD274 CDH1 CDK4 CDK6 CDK12 CDKN2A CDKN2B "
    "CHEK1 CHEK2 CIC CREBBP CTNNB1 DDR2 EGFR EP300 ERBB2 ERBB3 ERBB4 ESR1 EZH2 FBXW7 FGF19 "
    "FGFR1 FGFR2 FGFR3 FGFR4 FLT3 FOXL2 GATA3 GNA11 GNAQ GNAS HNF1A HRAS IDH1 IDH2 JAK2 KDR "
    "KEAP1 KIT KMT2A KRAS MAP2K1 MDM2 MET MLH1 MSH2 MSH6 MTOR MYC NF1 NF2 NOTCH1 NRAS NTRK1 "
    "NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PIK3R1 PMS2 POLE PTCH1 PTEN RAD51C RAD51D RB1 RET ROS1 "
    "SMAD4 SMARCA4 SMARCB1 SMO STK11 TERT TP53 TSC1 TSC2 VHL"
).split()

HOTSPOT_GENES = (
    "AKT1 ALK BRAF CTNNB1 EGFR ERBB2 ERBB4 FBXW7 FGFR2 FGFR3 GNAS HRAS IDH1 IDH2 "
    "KIT KRAS MAP2K1 MET NRAS PDGFRA PIK3CA PTEN RET SMAD4 STK11 TP53"
).split()
