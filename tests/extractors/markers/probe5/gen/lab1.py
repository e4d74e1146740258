"""Laboratory genomic / IHC / FISH reports 2119-2129 (all invented)."""
from common import *
from reportlab.lib import colors

GENES_500 = ('ABL1 AKT1 ALK APC AR ARID1A ATM ATR BAP1 BARD1 BRAF BRCA1 BRCA2 BRIP1 CCND1 CDH1 CDK4 CDK12 CDKN2A CHEK2 CTNNB1 '
             'EGFR ERBB2 ERBB3 ESR1 EZH2 FBXW7 FGFR1 FGFR2 FGFR3 FLT3 GNAS HRAS IDH1 IDH2 JAK2 KEAP1 KIT KRAS MAP2K1 MET MLH1 MSH2 MSH6 '
             'MTOR MYC NF1 NOTCH1 NRAS NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PMS2 POLE PTEN RAD51C RAD51D RB1 RET ROS1 SMAD4 SMARCA4 '
             'STK11 TP53 TSC1 TSC2 VHL')


def r2119():
    r = Rep('2119', font='DV', size=7.5, twocol=True, top_h=38, header=('HELIXPOINT GENOMICS \u2022 Comprehensive Tumor Profile', 'Patient S  |  Report HXP-26-040112'),
            footer='HelixPoint Genomics Laboratory (fictitious), CLIA/CAP accredited. Laboratory Director: Dr. D2.\nThis test was developed and its performance characteristics determined by HelixPoint Genomics.')
    r.h('COMPREHENSIVE GENOMIC PROFILING \u2014 SOLID TUMOR (DNA)', 12, color=colors.HexColor('#1f3b63'))
    r.t([['PATIENT', 'Patient S', 'DIAGNOSIS', 'Lung adenocarcinoma'], ['DATE OF BIRTH', '01/01/1961', 'SPECIMEN', 'Lung, right lower lobe, CT-guided core (block 1A)'],
         ['ORDERING PHYSICIAN', 'Dr. E2', 'TUMOR CONTENT', '40%'], ['MEDICAL FACILITY', 'Coastline Oncology Associates', 'REPORT DATE', '02/14/2026']],
        widths=(32, 52, 28, 68), header=False, size=7)
    r.fb()
    r.h('ABOUT THE TEST', 8.5)
    r.p('HelixPoint CGP interrogates 523 genes for base substitutions, insertions/deletions, copy number alterations and selected rearrangements, and reports '
        'tumor mutational burden (TMB) and microsatellite instability (MSI). Variants are classified per AMP/ASCO/CAP 2017 tiers.', size=7)
    r.h('PATIENT / SPECIMEN NOTES', 8.5)
    r.p('Specimen received 02/05/2026. DNA yield 118 ng. Median exon coverage 612x. Quality: PASS.', size=7)
    r.p('Reference ranges and the interpretation of TMB: TMB-High is defined as \u226510 mutations/Mb (validated cut-off). TMB values between 6 and 10 '
        'are reported as intermediate in research contexts only.', size=7)
    r.h('HOW TO READ THIS REPORT', 8.5)
    r.p('Tier I: strong clinical significance; Tier II: potential clinical significance; Tier III: unknown significance (VUS); Tier IV: benign/likely benign (not reported).', size=7)
    r.fb()
    r.box(['<b>BIOMARKER FINDINGS</b>', 'Tumor Mutational Burden: <b>14 Muts/Mb \u2014 TMB-High</b> (cut-off \u226510)', 'Microsatellite status: <b>MS-Stable</b>',
           '<b>GENOMIC FINDINGS (Tier I\u2013II)</b>', 'KRAS <b>G12C</b> \u2014 Tier IA', 'TP53 <b>R273H</b> \u2014 Tier IIC', 'STK11 <b>Q37*</b> \u2014 Tier IIC',
           'Variants of unknown significance: 3 (see page 2)'], title='RESULTS SUMMARY', title_bg=colors.HexColor('#1f3b63'), bg=colors.HexColor('#eef2f7'))
    r.sp(5)
    r.h('THERAPY ASSOCIATIONS', 8.5)
    r.t([['Alteration', 'FDA-approved (this tumor type)', 'Other'], ['KRAS G12C', 'sotorasib, adagrasib', '\u2014'], ['TMB-High', 'pembrolizumab (tissue agnostic)', '\u2014']],
        widths=(25, 40, 18), size=7)
    r.pb()
    r.h('GENOMIC FINDINGS \u2014 DETAIL', 10, rule=True)
    r.t([['Gene', 'Alteration (HGVS)', 'Transcript', 'Exon', 'VAF', 'Tier'],
         ['KRAS', 'c.34G>T p.(Gly12Cys)', 'NM_004985.5', '2', '21.4%', 'IA'],
         ['TP53', 'c.818G>A p.(Arg273His)', 'NM_000546.6', '8', '33.0%', 'IIC'],
         ['STK11', 'c.109C>T p.(Gln37*)', 'NM_000455.5', '1', '38.7%', 'IIC']], widths=(18, 45, 30, 12, 15, 15), zebra=True)
    r.sp(4)
    r.h('VARIANTS OF UNKNOWN SIGNIFICANCE (Tier III)', 9)
    r.p('The following variants were detected but their clinical significance is unknown. They are not used to guide therapy.', size=7)
    r.t([['Gene', 'Alteration', 'VAF'], ['PIK3CA', 'p.(Ile391Met)', '48.9%'], ['ATM', 'p.(Phe858Leu)', '12.2%'], ['NOTCH1', 'p.(Ala2011Thr)', '7.5%']], widths=(20, 40, 18), size=7)
    r.sp(4)
    r.h('PERTINENT NEGATIVES', 9)
    r.t([['Alteration class', 'Genes with no reportable alteration'],
         ['Mutations', 'EGFR, BRAF, ERBB2, MET (including exon 14 skipping)'],
         ['Copy number amplification', 'MET, ERBB2'],
         ['Rearrangements / fusions', 'ALK, ROS1, RET, NTRK1, NTRK2, NTRK3']], widths=(40, 120), size=7.5)
    r.sp(4)
    r.h('METHODS', 9)
    r.p('Hybrid-capture library preparation, paired-end sequencing (2x150 bp). Genes in the panel include: ' + GENES_500 + ' and others (full list on request). '
        'Fusions are detected for selected introns of ALK, ROS1, RET, NTRK1-3, FGFR2, FGFR3 and NRG1. MSI is determined from 114 homopolymer loci.', size=6.5)
    r.h('LIMITATIONS', 9)
    r.p('A negative result does not exclude an alteration below the limit of detection (5% VAF for SNVs, 10% for indels). Germline status cannot be determined from '
        'tumor-only sequencing; PIK3CA p.(Ile391Met) at ~50% VAF may be germline and is a known common polymorphism.', size=6.5)
    r.lab('TMB', 'signature', 'positive', '14 Muts/Mb — TMB-High', value='14 Muts/Mb')
    r.lab('MSI', 'signature', 'negative', 'Microsatellite status: MS-Stable')
    r.lab('KRAS', 'mutation', 'positive', 'KRAS G12C — Tier IA', alteration='G12C')
    r.lab('TP53', 'mutation', 'positive', 'TP53 R273H — Tier IIC', alteration='R273H')
    r.lab('EGFR', 'mutation', 'negative', 'Mutations EGFR, BRAF, ERBB2, MET')
    r.lab('BRAF', 'mutation', 'negative', 'Mutations EGFR, BRAF, ERBB2, MET')
    r.lab('HER2', 'mutation', 'negative', 'Mutations EGFR, BRAF, ERBB2, MET')
    r.lab('MET', 'mutation', 'negative', 'MET (including exon 14 skipping)')
    r.lab('MET', 'amplification', 'negative', 'Copy number amplification MET, ERBB2')
    r.lab('HER2', 'amplification', 'negative', 'Copy number amplification MET, ERBB2')
    for m in ('ALK', 'ROS1', 'RET', 'NTRK'):
        r.lab(m, 'fusion', 'negative', 'Rearrangements / fusions ALK, ROS1, RET, NTRK1, NTRK2, NTRK3')
    return r


def r2120():
    r = Rep('2120', font='Helvetica', size=8, header=('CIRCULA Dx  -  Plasma ctDNA Report', 'Patient T   Requisition CDX-26-77104'),
            footer='Circula Dx Laboratory (fictitious). Results are for use by the ordering physician. Page header and footer repeat on every page.', pagesize=letter)
    r.h('LIQUID BIOPSY: CIRCULATING TUMOR DNA (74-gene panel)', 12)
    r.t([['Patient', 'Patient T', 'Cancer type', 'Non-small cell lung cancer'], ['Physician', 'Dr. F2', 'Sample', 'Whole blood (2 x 10 mL Streck), drawn 01/29/2026'],
         ['Report date', '02/06/2026', 'Prior treatment', 'osimertinib (per requisition)']], widths=(22, 50, 25, 80), header=False, size=7.5)
    r.sp(5)
    r.h('SUMMARY OF DETECTED ALTERATIONS')
    r.t([['Gene', 'Alteration', '% cfDNA', 'Associated therapies / trials'],
         ['EGFR', 'L858R', '2.1%', 'erlotinib, gefitinib, afatinib, osimertinib'],
         ['EGFR', 'T790M', '0.4%', 'osimertinib'],
         ['TP53', 'R248Q', '1.6%', 'none'],
         ['PIK3CA', 'R38H (variant of uncertain significance)', '0.3%', '\u2014'],
         ['TP53', 'E224E (synonymous)', '0.2%', 'not reported as somatic finding']], widths=(18, 62, 18, 80), zebra=True)
    r.p('The percentage of cfDNA (% cfDNA) is the fraction of cell-free DNA fragments carrying the alteration.', size=7)
    r.sp(4)
    r.h('GUIDELINE GENES')
    r.t([['Gene', 'Alteration type assessed', 'Status'],
         ['EGFR', 'SNV/indel', 'DETECTED (see above)'], ['KRAS', 'SNV/indel', 'Not detected'], ['BRAF', 'SNV/indel', 'Not detected'],
         ['ALK', 'Fusion', 'Not detected'], ['ROS1', 'Fusion', 'Not detected'], ['RET', 'Fusion', 'Not detected'],
         ['MET', 'Amplification', 'Not detected'], ['ERBB2', 'SNV/indel', 'Not detected']], widths=(20, 45, 45), size=7.5)
    r.sp(4)
    r.p('<b>MSI-High: NOT DETECTED</b>.  <b>Tumor mutational burden:</b> not evaluable (insufficient tumor fraction for bTMB).')
    r.pb()
    r.h('INTERPRETATION')
    r.p('EGFR L858R is the sensitizing mutation. The acquired resistance mutation T790M is present at low allele fraction. Absence of a detected alteration in '
        'plasma does not exclude its presence in the tumor; if clinically indicated, consider tissue re-biopsy.')
    r.h('METHODOLOGY AND LIMITATIONS')
    r.p('cfDNA is extracted from plasma and sequenced with hybrid capture and digital sequencing technology. The panel reports SNVs in 74 genes, indels in 23 genes, '
        'amplifications in 18 genes (including ERBB2, MET, EGFR, CCND1) and fusions in 6 genes (ALK, FGFR2, FGFR3, RET, ROS1, NTRK1). Reportable range: '
        'SNVs to 0.04%. Lab Director: Dr. G2.', size=7)
    r.lab('EGFR', 'mutation', 'positive', 'EGFR L858R 2.1%', alteration='L858R')
    r.lab('EGFR', 'mutation', 'positive', 'EGFR T790M 0.4%', alteration='T790M')
    r.lab('TP53', 'mutation', 'positive', 'TP53 R248Q 1.6%', alteration='R248Q')
    r.lab('KRAS', 'mutation', 'negative', 'KRAS SNV/indel Not detected')
    r.lab('BRAF', 'mutation', 'negative', 'BRAF SNV/indel Not detected')
    r.lab('ALK', 'fusion', 'negative', 'ALK Fusion Not detected')
    r.lab('ROS1', 'fusion', 'negative', 'ROS1 Fusion Not detected')
    r.lab('RET', 'fusion', 'negative', 'RET Fusion Not detected')
    r.lab('MET', 'amplification', 'negative', 'MET Amplification Not detected')
    r.lab('HER2', 'mutation', 'negative', 'ERBB2 SNV/indel Not detected')
    r.lab('MSI', 'signature', 'negative', 'MSI-High: NOT DETECTED')
    return r


def r2121():
    r = Rep('2121', font='DV', size=8, header=('CytoGen Reference Laboratory \u2013 Molecular Cytogenetics', 'FISH-26-01983 \u2022 Patient U'),
            footer='CytoGen Reference Laboratory (fictitious). Interpretation per ASCO/CAP HER2 testing guideline (2018, affirmed 2023).')
    r.h('HER2 (ERBB2) GENE AMPLIFICATION BY FISH \u2014 BREAST', 12)
    r.t([['Patient', 'Patient U', 'Referring lab', 'Valley Hospital Pathology (ref. VH-26-551)'], ['Block', 'A3 (core biopsy, left breast)', 'Referring IHC', 'HER2 IHC 2+ (equivocal), clone 4B5, per referring laboratory'],
         ['Probe', 'HER2/CEP17 dual colour (PathVysion-type)', 'Received', '2026-02-10']], widths=(20, 60, 25, 75), header=False, size=7.5)
    r.sp(6)
    r.box(['<b>RESULT: NEGATIVE \u2014 HER2 gene NOT AMPLIFIED</b>', 'HER2/CEP17 ratio: 1.6     Average HER2 copy number: 4.5 signals/cell     (ISH Group 4)',
           'Concurrent review of the referring IHC slide confirmed score 2+; per guideline, Group 4 with IHC 2+ is reported as HER2 negative.'],
          bg=colors.HexColor('#e8f4ea'))
    r.sp(6)
    r.h('Signal enumeration')
    r.t([['Observer', 'Nuclei counted', 'Total HER2 signals', 'Total CEP17 signals', 'HER2/cell', 'CEP17/cell', 'Ratio'],
         ['1', '20', '92', '57', '4.6', '2.9', '1.6'], ['2', '20', '88', '55', '4.4', '2.8', '1.6'], ['Combined', '40', '180', '112', '4.5', '2.8', '1.6']],
        widths=(22, 22, 28, 28, 22, 22, 18), size=7.5)
    r.sp(6)
    r.h('Interpretive criteria (ASCO/CAP 2018) \u2014 for reference only')
    r.t([['Group', 'HER2/CEP17 ratio', 'Average HER2 copies/cell', 'Interpretation'],
         ['1', '\u22652.0', '\u22654.0', 'Positive (amplified)'], ['2', '\u22652.0', '<4.0', 'Negative unless IHC 3+'],
         ['3', '<2.0', '\u22656.0', 'Positive if IHC 2+ or 3+'], ['4', '<2.0', '\u22654.0 and <6.0', 'Negative unless IHC 3+'], ['5', '<2.0', '<4.0', 'Negative (not amplified)']],
        widths=(15, 35, 45, 60), size=7)
    r.p('Internal controls (normal breast epithelium and stromal cells) showed the expected two signals per probe. External amplified and non-amplified control slides performed as expected.', size=7)
    r.p('Analysis: Dr. H2, PhD, FACMG. Pathologist review: Dr. I2.', size=7.5)
    r.lab('HER2', 'amplification', 'negative', 'HER2 gene NOT AMPLIFIED', ratio=1.6)
    r.lab('HER2', 'expression', 'equivocal', 'HER2 IHC 2+ (equivocal), clone 4B5', ihc_score='2+')
    return r


def r2122():
    r = Rep('2122', font='Helvetica', size=8.5, header=('MERIDIAN MOLECULAR PATHOLOGY', 'Case MMP-26-0712 | Patient V'),
            footer='Meridian Molecular Pathology (fictitious). FISH performed on formalin-fixed paraffin-embedded tissue.', pagesize=letter)
    r.h('FISH REPORT: ALK and ROS1 BREAK-APART (LUNG)', 12)
    r.kv([('Patient', 'Patient V'), ('Specimen', 'Pleural fluid cell block, metastatic adenocarcinoma of lung'), ('Ordering', 'Dr. J3'), ('Tumor nuclei', 'Adequate (> 100 nuclei per probe)')], widths=(30, 140))
    r.sp(4)
    r.t([['Probe', 'Nuclei scored', 'Split / isolated 3\' signals', '% positive nuclei', 'Cut-off', 'Result'],
         ['ALK (2p23) break-apart', '100', '4', '4%', '\u226515%', 'NEGATIVE \u2013 no ALK rearrangement'],
         ['ROS1 (6q22) break-apart', '100', '42', '42%', '\u226515%', 'POSITIVE \u2013 ROS1 rearrangement detected']], widths=(32, 20, 30, 22, 15, 50))
    r.sp(4)
    r.h('INTERPRETATION')
    r.p('ROS1 gene rearrangement is present (predominantly isolated 3\' green signals, suggesting deletion of the 5\' portion). The fusion partner cannot be determined by FISH; '
        'confirmation by RNA-based NGS is available on request. No ALK rearrangement.')
    r.p('ROS1 rearrangements occur in 1-2% of NSCLC and predict response to crizotinib, entrectinib and repotrectinib.')
    r.h('METHOD')
    r.p('Vysis-type dual-colour break-apart probes. A nucleus is scored as rearranged when 5\' and 3\' signals are separated by two or more signal diameters or when an isolated 3\' signal is present. '
        'Normal lung tissue control: 3% split signals.', size=7.5)
    r.p('Dr. K4, MD, Director')
    r.lab('ALK', 'fusion', 'negative', 'NEGATIVE - no ALK rearrangement')
    r.lab('ROS1', 'fusion', 'positive', 'POSITIVE - ROS1 rearrangement')
    return r


def r2123():
    r = Rep('2123', font='DVS', size=8.5, header=('Lynch Screening Service \u2013 Regional Immunohistochemistry Laboratory', 'IHC-26-1130'),
            footer='Regional IHC Laboratory (fictitious). Participant in UK NEQAS ICC (fictitious participation number).')
    r.h('MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY REPORT', 11)
    r.kv([('Patient', 'Patient W'), ('Tumour', 'Adenocarcinoma of the caecum, right hemicolectomy (ref. H26/3301, block A5)'), ('Requested by', 'Dr. L3, Colorectal MDT')], widths=(30, 140))
    r.sp(3)
    r.t([['Antibody', 'Clone', 'Tumour nuclear staining', 'Internal control', 'Interpretation'],
         ['MLH1', 'ES05', 'Absent', 'Present', 'LOSS'], ['PMS2', 'EP51', 'Absent', 'Present', 'LOSS'],
         ['MSH2', 'G219-1129', 'Present', 'Present', 'Intact'], ['MSH6', 'EP49', 'Present', 'Present', 'Intact']], widths=(25, 25, 40, 30, 30), zebra=True)
    r.sp(4)
    r.box(['<b>CONCLUSION: MMR-DEFICIENT (dMMR) \u2014 loss of MLH1 and PMS2 expression.</b>',
           'This pattern is most often due to sporadic MLH1 promoter hypermethylation (frequently with BRAF V600E) but may indicate Lynch syndrome (germline MLH1). '
           'Reflex BRAF V600E and MLH1 promoter methylation testing have been requested; results will be reported separately.'], bg=colors.HexColor('#fdecea'))
    r.sp(4)
    r.p('<b>Key to interpretation:</b> Intact = nuclear staining in tumour cells comparable to internal control; Loss = complete absence of nuclear staining in tumour cells with '
        'positive internal control; Equivocal/patchy = repeat on another block.', size=7.5)
    r.p('Reported by Dr. M3, Consultant Histopathologist', size=8)
    r.lab('MLH1', 'expression', 'negative', 'MLH1 ES05 Absent Present LOSS')
    r.lab('PMS2', 'expression', 'negative', 'PMS2 EP51 Absent Present LOSS')
    r.lab('MSH2', 'expression', 'positive', 'MSH2 G219-1129 Present Present Intact')
    r.lab('MSH6', 'expression', 'positive', 'MSH6 EP49 Present Present Intact')
    r.lab('MMR', 'signature', 'positive', 'MMR-DEFICIENT (dMMR)')
    return r


def r2124():
    r = Rep('2124', font='Helvetica', size=8.5, header=('PRECISION IHC LABORATORY', 'PD-L1 IHC 22C3 pharmDx | Accession PIL-26-2207'),
            footer='Precision IHC Laboratory (fictitious). PD-L1 IHC 22C3 pharmDx is FDA-approved as a companion diagnostic for NSCLC.', pagesize=letter)
    r.h('PD-L1 IHC 22C3 pharmDx INTERPRETATION REPORT - NON-SMALL CELL LUNG CANCER', 11)
    r.kv([('Patient:', 'Patient X'), ('Specimen:', 'Lung, left upper lobe, EBUS-TBNA cell block'), ('Block ID:', 'B1'), ('Ordering physician:', 'Dr. N3')], widths=(35, 140))
    r.sp(5)
    r.h('SPECIMEN ADEQUACY')
    r.p(cb(True) + ' Adequate (\u2265100 viable tumor cells)      ' + cb(False) + ' Inadequate for evaluation')
    r.h('CONTROLS')
    r.p(cb(True) + ' On-slide control tissue acceptable     ' + cb(True) + ' Negative control reagent acceptable     ' + cb(False) + ' Control failure')
    r.h('TUMOR PROPORTION SCORE (TPS)')
    r.p(cb(False) + ' No PD-L1 expression (TPS &lt;1%)')
    r.p(cb(True) + ' PD-L1 expression (TPS 1-49%)')
    r.p(cb(False) + ' High PD-L1 expression (TPS \u226550%)')
    r.p('<b>Tumor Proportion Score: 30%</b>')
    r.sp(4)
    r.t([['Interpretive criteria', ''], ['TPS', 'Percentage of viable tumor cells showing partial or complete membrane staining at any intensity'],
         ['<1%', 'No PD-L1 expression'], ['1-49%', 'PD-L1 expression'], ['\u226550%', 'High PD-L1 expression']], widths=(30, 140), size=7.5)
    r.sp(4)
    r.p('Comments: Staining is heterogeneous. Macrophages within the sample show membranous staining and were excluded from the tumor cell count.')
    r.p('Pathologist: Dr. N3 (ordering) / Dr. O3 (interpreting)')
    r.lab('PD-L1', 'expression', 'positive', 'Tumor Proportion Score: 30%', percent=30)
    return r


def r2125():
    r = Rep('2125', font='DV', size=8, header=('Breast Biomarker Reporting Form \u2014 Oakmont Pathology Associates', 'OPA-26-B-0448 \u00b7 Patient Y'),
            footer='Oakmont Pathology Associates (fictitious). Form based on CAP Breast Biomarker template.', pagesize=letter)
    r.h('BREAST BIOMARKER REPORT', 12)
    r.kv([('Patient', 'Patient Y'), ('Specimen', 'Right breast, 7 o\'clock, core biopsy'), ('Block tested', 'A2'), ('Pathologist', 'Dr. P3')], widths=(30, 140))
    r.sp(4)
    r.h('Estrogen Receptor (ER)  \u2014 clone SP1')
    r.p(cb(True) + ' Positive    ' + cb(False) + ' Low positive (1-10%)    ' + cb(False) + ' Negative    ' + cb(False) + ' Cannot be determined')
    r.p('Percentage of cells with nuclear positivity: 85%      Average intensity: ' + cb(False) + ' Weak ' + cb(False) + ' Moderate ' + cb(True) + ' Strong')
    r.h('Progesterone Receptor (PgR) \u2014 clone 1E2')
    r.p(cb(False) + ' Positive    ' + cb(False) + ' Low positive (1-10%)    ' + cb(True) + ' Negative    ' + cb(False) + ' Cannot be determined')
    r.p('Percentage of cells with nuclear positivity: &lt;1%')
    r.h('HER2 by Immunohistochemistry \u2014 clone 4B5')
    r.p(cb(False) + ' Negative (Score 0)    ' + cb(False) + ' Negative (Score 1+)    ' + cb(True) + ' Equivocal (Score 2+)    ' + cb(False) + ' Positive (Score 3+)')
    r.h('HER2 by In Situ Hybridization')
    r.p(cb(False) + ' Positive (amplified)    ' + cb(False) + ' Negative (not amplified)    ' + cb(False) + ' Equivocal    ' + cb(True) + ' Pending \u2014 sent to reference laboratory (reflex for IHC 2+)')
    r.h('Ki-67')
    r.p('Percentage of positive tumor nuclei: 20% (global, hot-spot not used)')
    r.h('Controls and fixation')
    r.p(cb(True) + ' External controls appropriate   ' + cb(True) + ' Internal control present (normal ducts)   Cold ischemia time: &lt;1 h   Fixation: 10% NBF, 20 h')
    r.p('Dr. P3, MD', size=8)
    r.lab('ER', 'expression', 'positive', 'Percentage of cells with nuclear positivity: 85%', percent=85)
    r.lab('PR', 'expression', 'negative', 'Percentage of cells with nuclear positivity: <1%', value='<1%')
    r.lab('HER2', 'expression', 'equivocal', 'Equivocal (Score 2+)', ihc_score='2+')
    r.lab('Ki-67', 'expression', 'reported', 'Percentage of positive tumor nuclei: 20%', percent=20)
    return r


def r2126():
    r = Rep('2126', font='DVC', size=7.5, twocol=True, top_h=30, header=('GENOMIC DIAGNOSTICS UNIT \u2014 Department of Molecular Pathology', 'GDU-26-0388'),
            footer='Genomic Diagnostics Unit (fictitious). ISO 15189 accredited. Variant nomenclature per HGVS; classification per AMP/ASCO/CAP and ClinGen/CGC/VICC.')
    r.h('Colorectal Cancer Hotspot Panel (NGS) \u2014 Report', 12)
    r.t([['Patient', 'Patient Z', 'NHS/ID', 'ZZ 00 00 01 Z'], ['Requesting clinician', 'Dr. Q3', 'Specimen', 'Sigmoid colon resection, block A6 (tumour 50%)']],
        widths=(28, 55, 20, 77), header=False, size=7)
    r.fb()
    r.h('Clinical question', 8.5)
    r.p('Metastatic colorectal adenocarcinoma (liver). Eligibility for anti-EGFR therapy; MSI status.')
    r.h('Method', 8.5)
    r.p('Amplicon-based NGS (Ion-type chemistry) of hotspot regions in 50 genes including KRAS (exons 2, 3, 4), NRAS (exons 2, 3, 4), BRAF (exon 15), PIK3CA (exons 10, 21), '
        'TP53 (exons 2-11), APC, SMAD4, ERBB2, POLE. Limit of detection 5% VAF. MSI determined by NGS of 76 mononucleotide loci (MSI-H if \u226520% unstable).')
    r.h('Quality', 8.5)
    r.p('Mean read depth 2,340x; 99.1% of amplicons \u2265500x. Pass.')
    r.h('Variant legend', 8.5)
    r.t([['Class', 'Meaning'], ['Tier I', 'Strong clinical significance'], ['Tier II', 'Potential clinical significance'], ['Tier III', 'Unknown significance'], ['Tier IV', 'Benign/likely benign']],
        widths=(20, 60), size=6.8)
    r.fb()
    r.box(['<b>SUMMARY</b>', 'KRAS p.(Gly12Asp) \u2014 Tier I \u2014 <b>RAS MUTANT</b>: not eligible for anti-EGFR monoclonal antibodies.',
           'PIK3CA p.(Glu545Lys) \u2014 Tier II', 'TP53 p.(Arg175His) \u2014 Tier II', 'NRAS: no variant detected', 'MSI status: <b>microsatellite stable</b> (3/76 loci unstable, 4%)'],
          bg=colors.HexColor('#f0f0f0'))
    r.sp(4)
    r.h('Variants detected', 8.5)
    r.t([['Gene', 'c.', 'p.', 'VAF', 'Class'],
         ['KRAS', 'c.35G>A', 'p.(Gly12Asp)', '31%', 'Tier I'], ['PIK3CA', 'c.1633G>A', 'p.(Glu545Lys)', '27%', 'Tier II'],
         ['TP53', 'c.524G>A', 'p.(Arg175His)', '44%', 'Tier II'], ['APC', 'c.4348C>T', 'p.(Arg1450*)', '40%', 'Tier II'],
         ['BRAF', 'c.2285C>T', 'p.(Ala762Val)', '12%', 'Tier III (VUS)'], ['SMAD4', 'c.1572C>T', 'p.(Asp524=)', '18%', 'Tier IV (synonymous)']],
        widths=(11, 18, 22, 9, 22), size=6.8)
    r.p('The BRAF variant is outside codon 600 and of uncertain significance; it is not considered actionable.', size=7)
    r.pb()
    r.h('Interpretation', 10)
    r.p('This tumour harbours an activating KRAS exon 2 mutation (G12D), which predicts lack of benefit from cetuximab/panitumumab. A PIK3CA helical-domain mutation is present; '
        'PIK3CA mutations in colorectal cancer have been associated with benefit from aspirin in retrospective studies. TP53 and APC variants are consistent with colorectal carcinogenesis.')
    r.p('Authorised by Dr. R3, Consultant Clinical Scientist (Genomics). Reported 2026-02-18.', size=7.5)
    r.lab('KRAS', 'mutation', 'positive', 'KRAS c.35G>A p.(Gly12Asp)', alteration='G12D')
    r.lab('PIK3CA', 'mutation', 'positive', 'PIK3CA c.1633G>A p.(Glu545Lys)', alteration='E545K')
    r.lab('TP53', 'mutation', 'positive', 'TP53 c.524G>A p.(Arg175His)', alteration='R175H')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS: no variant detected')
    r.lab('MSI', 'signature', 'negative', 'microsatellite stable (3/76 loci unstable, 4%)')
    return r


def r2127():
    r = Rep('2127', font='DV', size=7.5, header=('OncoTrace ctDNA \u2014 Liquid Biopsy Report', 'OT-26-118273 \u2022 Patient AA \u2022 Page header repeated'),
            footer='OncoTrace Laboratories (fictitious). Laboratory Director Dr. S3. This report must be interpreted in the clinical context.')
    r.box(['<b>Patient:</b> Patient AA    <b>Diagnosis:</b> Metastatic breast cancer, HR+/HER2-    <b>Ordering:</b> Dr. T3    <b>Collected:</b> 2026-01-12',
           '<b>Tumour fraction (estimated):</b> 6%    <b>Result status:</b> ALTERATIONS DETECTED'], bg=colors.HexColor('#e9f1fb'))
    r.sp(6)
    r.h('Somatic alterations detected', 10)
    r.t([['Gene', 'Variant', 'Mutant allele frequency', 'Classification', 'Note'],
         ['PIK3CA', 'c.3140A>G p.His1047Arg', '5.3%', 'Pathogenic (OncoKB level 1)', 'alpelisib/capivasertib/inavolisib eligible'],
         ['ESR1', 'c.1610A>C p.Tyr537Ser', '1.2%', 'Pathogenic', 'elacestrant eligible'],
         ['TP53', 'c.215C>G p.Pro72Arg', '49.8%', 'Benign (common polymorphism)', 'germline, not reported as somatic']], widths=(15, 42, 25, 40, 58), zebra=True)
    r.sp(5)
    r.h('Copy number', 10)
    r.p('ERBB2 amplification: not detected. CCND1 amplification: detected (plasma copy number 2.9). FGFR1: not detected.')
    r.h('Genomic signatures', 10)
    r.p('Blood tumour mutational burden (bTMB): 5.2 mut/Mb. MSI: not assessed in this assay version.')
    r.h('Germline note', 10)
    r.p('Variants at ~50% allele frequency may be germline in origin. The patient\'s mother is reported to have had a BRCA2-associated ovarian cancer; '
        'no BRCA1 or BRCA2 variant was identified in this sample, but this assay is not designed for germline testing.')
    r.h('Methods', 10)
    r.p('Cell-free DNA from 8 mL plasma; hybrid capture of 105 genes; unique molecular identifiers; LoD 0.25% VAF for SNVs at 30 ng input. Genes assessed include AKT1, BRCA1, BRCA2, '
        'ERBB2, ESR1, PIK3CA, PTEN, TP53 and others.', size=7)
    r.lab('PIK3CA', 'mutation', 'positive', 'PIK3CA c.3140A>G p.His1047Arg', alteration='H1047R')
    r.lab('HER2', 'amplification', 'negative', 'ERBB2 amplification: not detected')
    r.lab('TMB', 'signature', 'reported', 'bTMB): 5.2 mut/Mb', value='5.2 mut/Mb')
    r.lab('BRCA1', 'mutation', 'negative', 'no BRCA1 or BRCA2 variant was identified in this sample', optional=True)
    r.lab('BRCA2', 'mutation', 'negative', 'no BRCA1 or BRCA2 variant was identified in this sample', optional=True)
    return r


def r2128():
    r = Rep('2128', font='Times-Roman', size=9, header=('BRCAsure Tumour Testing Service', 'BTS-26-0091 / Patient AB'),
            footer='BRCAsure Tumour Testing Service (fictitious). Somatic (tumour) BRCA1/BRCA2 analysis. Not a germline test.')
    r.h('TUMOUR BRCA1 / BRCA2 SEQUENCING REPORT', 12)
    r.kv([('Patient', 'Patient AB'), ('Diagnosis', 'High-grade serous ovarian carcinoma, FIGO IIIC'), ('Specimen', 'Omental deposit, block 3C; tumour content 70%'),
          ('Requested by', 'Dr. U3, Gynae-oncology'), ('Purpose', 'PARP inhibitor eligibility')], widths=(30, 140))
    r.sp(5)
    r.h('RESULT')
    r.box(['<b>BRCA1: PATHOGENIC VARIANT DETECTED</b> \u2014 c.5266dupC p.(Gln1756Profs*74), VAF 68%',
           '<b>BRCA2: No pathogenic or likely pathogenic variant detected</b>'], bg=colors.white, border=1.5)
    r.sp(5)
    r.h('Other variants')
    r.t([['Gene', 'Variant', 'VAF', 'Classification'], ['BRCA2', 'c.7397T>C p.(Val2466Ala)', '99%', 'Benign (polymorphism)'],
         ['BRCA2', 'c.9976A>T p.(Lys3326*)', '47%', 'Benign / low penetrance \u2013 not clinically actionable'],
         ['BRCA1', 'c.4039A>G p.(Arg1347Gly)', '51%', 'Variant of uncertain significance (class 3)']], widths=(20, 50, 15, 80))
    r.sp(5)
    r.h('Interpretation')
    r.p('The BRCA1 frameshift variant is pathogenic and predicts sensitivity to PARP inhibition. The high variant allele fraction is consistent with loss of the wild-type allele. '
        'Tumour testing cannot distinguish somatic from germline variants: referral for germline genetic testing is recommended. Approximately 15-20% of high-grade serous '
        'carcinomas carry germline or somatic BRCA1/2 mutations.')
    r.h('Method and limitations')
    r.p('Amplicon NGS covering all coding exons and intron-exon boundaries of BRCA1 (NM_007294.4) and BRCA2 (NM_000059.4). Large genomic rearrangements (exon deletions/duplications) '
        'are not reliably detected. Sensitivity for SNVs at \u226510% VAF: >99%.', size=7.5)
    r.p('Authorised: Dr. V3, Clinical Scientist', size=8)
    r.lab('BRCA1', 'mutation', 'positive', 'c.5266dupC p.(Gln1756Profs*74)', alteration='Q1756Pfs*74')
    r.lab('BRCA2', 'mutation', 'negative', 'BRCA2: No pathogenic or likely pathogenic variant detected')
    return r


def r2129():
    r = Rep('2129', font='Helvetica', size=8.5, header=('Summit Companion Diagnostics - PD-L1 Service', 'SCD-26-5519'),
            footer='Summit Companion Diagnostics (fictitious). PD-L1 IHC 22C3 pharmDx, CPS scoring for gastric/GEJ adenocarcinoma.', pagesize=letter)
    r.h('PD-L1 (22C3) COMBINED POSITIVE SCORE - GASTRIC / GEJ ADENOCARCINOMA', 11)
    r.p('Patient: Patient AC.  Referring: Dr. W4.  Two specimens received.')
    r.sp(4)
    r.t([['Specimen', 'Description', 'Viable tumor cells', 'CPS', 'Interpretation'],
         ['1', 'Stomach (antrum), endoscopic biopsy', '>100', '12', 'PD-L1 EXPRESSION (CPS \u22651)'],
         ['2', 'Left supraclavicular lymph node, core biopsy', '>100', '2', 'PD-L1 EXPRESSION (CPS \u22651)']], widths=(16, 55, 25, 12, 55))
    r.sp(4)
    r.p('CPS = (number of PD-L1 staining cells [tumor cells, lymphocytes, macrophages] / total viable tumor cells) x 100. A specimen is considered to have PD-L1 expression if CPS \u22651.')
    r.p('HER2 testing on specimen 1 was performed at the referring institution and is not part of this report. MSI/MMR status: not requested.')
    r.p('Interpreting pathologist: Dr. X4')
    r.lab('PD-L1', 'expression', 'positive', ['Stomach (antrum), endoscopic biopsy >100 12', 'CPS'], value='CPS 12')
    r.lab('PD-L1', 'expression', 'positive', 'core >100 2 PD-L1 EXPRESSION', value='CPS 2')
    return r


ALL = [r2119, r2120, r2121, r2122, r2123, r2124, r2125, r2126, r2127, r2128, r2129]
