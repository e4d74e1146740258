"""Shared invented material: patients, gene lists, boilerplate fragments."""
from __future__ import annotations

LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
           "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD"]


def patient(rid: int, **kw) -> dict:
    n = rid - 8101
    d = {
        "name": f"Patient {LETTERS[n]}",
        "dob": f"{1 + (n * 7) % 12:02d}/{1 + (n * 11) % 28:02d}/19{42 + (n * 5) % 45}",
        "sex": "F" if n % 3 else "M",
        "mrn": f"{7100000 + n * 3917}",
        "acc": f"X26-{n:03d}",
        "collected": "03/02/2026",
        "received": "03/05/2026",
        "reported": "03/16/2026",
        "physician": "Dr. Example",
        "block": "A1",
        "normal": "Peripheral blood",
        "loc": "ONC CLINIC",
    }
    d.update(kw)
    return d


# A panel's gene list as printed in appendices (DNA, hybrid capture). Real gene symbols.
PANEL_DNA = """ABL1 AKT1 AKT2 AKT3 ALK APC AR ARAF ARID1A ARID1B ARID2 ASXL1 ATM ATR ATRX AURKA
AXIN1 AXL B2M BAP1 BARD1 BCL2 BCOR BLM BRAF BRCA1 BRCA2 BRD4 BRIP1 BTK CALR CARD11 CBL CCND1
CCND2 CCND3 CCNE1 CD274 CDH1 CDK12 CDK4 CDK6 CDKN1A CDKN1B CDKN2A CDKN2B CHEK1 CHEK2 CIC CREBBP
CSF1R CTCF CTNNB1 DDR2 DICER1 DNMT3A EGFR EP300 EPHA2 ERBB2 ERBB3 ERBB4 ERCC2 ESR1 EZH2 FANCA
FANCC FAT1 FBXW7 FGF19 FGF3 FGF4 FGFR1 FGFR2 FGFR3 FGFR4 FH FLT3 FOXA1 FOXL2 GATA3 GNA11 GNAQ
GNAS H3-3A HRAS IDH1 IDH2 IGF1R JAK1 JAK2 JAK3 KDM6A KDR KEAP1 KIT KMT2A KMT2C KMT2D KRAS
MAP2K1 MAP2K2 MAP3K1 MDM2 MDM4 MED12 MEN1 MET MLH1 MPL MSH2 MSH3 MSH6 MTOR MUTYH MYC MYCN NBN
NF1 NF2 NFE2L2 NOTCH1 NOTCH2 NOTCH3 NPM1 NRAS NRG1 NTRK1 NTRK2 NTRK3 PALB2 PBRM1 PDGFRA PIK3CA
PIK3R1 PMS2 POLD1 POLE PPP2R1A PTCH1 PTEN PTPN11 RAD51C RAD51D RAF1 RB1 RET RHOA RNF43 ROS1
RUNX1 SDHA SDHB SETD2 SF3B1 SMAD4 SMARCA4 SMARCB1 SMO SPOP STK11 TERT TET2 TP53 TSC1 TSC2 U2AF1
VHL WT1""".split()

FUSION_TARGETS = ["ALK", "BRAF", "EGFR", "ESR1", "ETV6", "EWSR1", "FGFR1", "FGFR2", "FGFR3",
                  "MET", "NRG1", "NTRK1", "NTRK2", "NTRK3", "NUTM1", "PDGFRA", "PPARG", "RAF1",
                  "RET", "ROS1", "TFE3", "TMPRSS2"]


def chunk(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
