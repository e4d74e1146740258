"""Laboratory genomic / IHC / FISH reports 2130-2140 (all invented)."""
from common import *
from lab1 import GENES_500
from reportlab.lib import colors


def r2130():
    r = Rep('2130', font='Helvetica', size=8.5, header=('NORTHWIND MOLECULAR LABORATORY', 'EGFR Mutation Test  |  NML-26-00731  |  Patient AD'),
            footer='Northwind Molecular Laboratory (fictitious). Real-time PCR EGFR mutation test, CE-IVD. Report header/footer repeated on each page.', pagesize=letter)
    r.h('EGFR MUTATION ANALYSIS REPORT', 12)
    r.kv([('Patient:', 'Patient AD'), ('Tumour type:', 'Non-small cell lung carcinoma (adenocarcinoma)'), ('Ordering physician:', 'Dr. Y4'),
          ('Samples:', '1) FFPE tissue, bronchial biopsy block 2B (tumour ~30%)   2) Plasma, 2 mL')], widths=(35, 140))
    r.sp(5)
    r.h('SAMPLE 1 - FFPE TISSUE (block 2B)')
    r.t([['EGFR exon', 'Mutation(s) targeted', 'Result'],
         ['Exon 18', 'G719X (G719A, G719C, G719S)', 'Not detected'],
         ['Exon 19', 'Deletions (29 variants) and complex insertions/deletions', 'DETECTED'],
         ['Exon 20', 'S768I', 'Not detected'], ['Exon 20', 'T790M', 'Not detected'], ['Exon 20', 'Insertions (5 variants)', 'Not detected'],
         ['Exon 21', 'L858R', 'Not detected'], ['Exon 21', 'L861Q', 'Not detected']], widths=(22, 100, 40))
    r.p('<b>SAMPLE 1 RESULT: EGFR MUTATION DETECTED - EXON 19 DELETION.</b>')
    r.sp(5)
    r.h('SAMPLE 2 - PLASMA')
    r.p('Result: INVALID. Insufficient cell-free DNA for analysis (internal control failed). A repeat sample may be submitted.')
    r.pb()
    r.h('METHOD')
    r.p('DNA extracted using a silica-column method. Allele-specific real-time PCR detects 42 mutations in exons 18, 19, 20 and 21 of the EGFR gene. Each run includes a mutant '
        'control and a no-template control; all controls were within acceptance limits for sample 1.')
    r.h('LIMITATIONS')
    r.p('The assay detects only the mutations listed. Mutations present at less than ~5% of alleles in tissue may not be detected. A "Not detected" result does not exclude '
        'other EGFR mutations. Sensitivity in plasma is lower than in tissue.')
    r.h('BACKGROUND')
    r.p('EGFR exon 19 deletions and L858R account for approximately 85-90% of EGFR mutations in NSCLC and predict sensitivity to EGFR tyrosine kinase inhibitors. '
        'The T790M mutation is associated with acquired resistance to first- and second-generation inhibitors.')
    r.p('Authorised: Dr. Z4, Clinical Scientist. 2026-02-03')
    r.lab('EGFR', 'mutation', 'positive', 'EGFR MUTATION DETECTED - EXON 19 DELETION', alteration='exon 19 deletion')
    return r


def r2131():
    r = Rep('2131', font='DV', size=7.5, twocol=True, top_h=34, header=('ONCOSEQ DX \u2014 Integrated Lung Cancer Report (DNA + RNA + PD-L1)', 'OSQ-26-22801 \u00b7 Patient AE'),
            footer='OncoSeq Dx (fictitious). CAP #0000000, CLIA 00D0000000. Director: Dr. A5. Each page carries this footer.')
    r.h('INTEGRATED LUNG CANCER PROFILE', 13, color=colors.HexColor('#0b5d3b'))
    r.t([['Patient', 'Patient AE', 'Specimen', 'Lung, left lower lobe, core biopsy (FFPE block A1)'], ['Physician', 'Dr. B5', 'Diagnosis', 'Adenocarcinoma, stage IVA'],
         ['Collected', '2026-01-08', 'Reported', '2026-01-21']], widths=(20, 55, 22, 83), header=False, size=7)
    r.fb()
    r.box(['<b>ACTIONABLE FINDING</b>', '<b>EML4::ALK fusion</b> (variant 3a/b; EML4 exon 6 :: ALK exon 20)', 'FDA-approved: alectinib, brigatinib, lorlatinib, crizotinib, ceritinib'],
          bg=colors.HexColor('#e3f2ea'))
    r.sp(4)
    r.h('IMMUNOTHERAPY MARKERS', 9)
    r.t([['Marker', 'Result'], ['PD-L1 (22C3) TPS', '80% (high expression)'], ['TMB', '3 Muts/Mb \u2014 Low (High \u226510)'], ['MSI', 'Stable']], widths=(35, 48), size=7)
    r.fb()
    r.h('OTHER GENOMIC FINDINGS', 9)
    r.t([['Gene', 'Finding', 'VAF', 'Tier'], ['TP53', 'p.(Arg248Gln)', '28%', 'II'], ['CDKN2A', 'Loss (homozygous deletion)', '\u2014', 'II']], widths=(15, 40, 12, 12), size=7)
    r.sp(4)
    r.h('PERTINENT NEGATIVES (no alteration detected)', 9)
    r.p('EGFR (mutation), KRAS (mutation), BRAF (mutation), ERBB2 (mutation), MET (exon 14 skipping, amplification), RET (fusion), ROS1 (fusion), NTRK1/2/3 (fusion)', size=7)
    r.h('ADDITIONAL COMMENTS', 9)
    r.p('ALK rearrangements are typically mutually exclusive with other oncogenic drivers. ALK IHC (D5F3) confirmation is offered but was not requested for this case.', size=7)
    r.pb()
    r.h('VARIANT DETAILS', 10, rule=True)
    r.t([['Gene', 'Type', 'Description', 'Transcript', 'Supporting reads / VAF', 'Classification'],
         ['ALK', 'Fusion (RNA)', 'EML4 exon 6 :: ALK exon 20, in-frame', 'NM_004304.5', '1,204 unique reads', 'Tier IA'],
         ['TP53', 'SNV', 'c.743G>A p.(Arg248Gln)', 'NM_000546.6', '28%', 'Tier IIC'],
         ['CDKN2A', 'CNV', 'homozygous deletion', 'NM_000077.5', 'CN 0', 'Tier IIC']], widths=(15, 22, 50, 25, 30, 22), zebra=True)
    r.sp(4)
    r.h('VARIANTS OF UNCERTAIN SIGNIFICANCE', 9)
    r.p('ATM p.(Pro1054Arg) 46% (VUS); SMARCA4 p.(Glu1520Lys) 9% (VUS).', size=7.5)
    r.h('METHODS', 9)
    r.p('DNA: hybrid-capture NGS of 324 genes (' + GENES_500[:400] + ' ...). RNA: anchored multiplex PCR for fusions of ALK, ROS1, RET, NTRK1-3, NRG1, FGFR1-3, MET exon 14 skipping. '
        'PD-L1 IHC 22C3 pharmDx on Autostainer Link 48 with cell line control slide.', size=6.5)
    r.lab('ALK', 'fusion', 'positive', 'EML4::ALK fusion', alteration='EML4-ALK')
    r.lab('PD-L1', 'expression', 'positive', 'PD-L1 (22C3) TPS 80% (high expression)', percent=80)
    r.lab('TMB', 'signature', 'negative', '3 Muts/Mb — Low (High ≥10)', value='3 Muts/Mb')
    r.lab('MSI', 'signature', 'negative', 'MSI Stable')
    r.lab('TP53', 'mutation', 'positive', 'TP53 p.(Arg248Gln) 28% II', alteration='R248Q')
    r.lab('EGFR', 'mutation', 'negative', 'EGFR (mutation)')
    r.lab('KRAS', 'mutation', 'negative', 'KRAS (mutation)')
    r.lab('BRAF', 'mutation', 'negative', 'BRAF (mutation)')
    r.lab('HER2', 'mutation', 'negative', 'ERBB2 (mutation)')
    r.lab('MET', 'mutation', 'negative', 'MET (exon 14 skipping, amplification)')
    r.lab('MET', 'amplification', 'negative', 'MET (exon 14 skipping, amplification)')
    r.lab('RET', 'fusion', 'negative', 'RET (fusion)')
    r.lab('ROS1', 'fusion', 'negative', 'ROS1 (fusion)')
    r.lab('NTRK', 'fusion', 'negative', 'NTRK1/2/3 (fusion)')
    return r


def r2132():
    r = Rep('2132', font='DVS', size=8.5, header=('Institut f\u00fcr Pathologie \u2013 HER2 Reference Service (English report)', 'HER-26-0577 | Patient AF'),
            footer='HER2 Reference Service (fictitious). Gastric HER2 scoring per Hofmann/R\u00fcschoff criteria; ISH per ToGA criteria.')
    r.h('HER2 status \u2014 gastric adenocarcinoma (resection specimen)', 12)
    r.kv([('Patient', 'Patient AF'), ('Material', 'Gastrectomy, tumour block 7'), ('Sender', 'Dr. C5')], widths=(25, 150))
    r.sp(4)
    r.t([['Method', 'Result', 'Details'],
         ['Immunohistochemistry (clone 4B5)', 'Score 2+ (equivocal)', 'Weak to moderate complete/basolateral membrane staining in ~15% of tumour cells'],
         ['Silver in situ hybridisation (dual-colour SISH)', 'AMPLIFIED', 'HER2/CEP17 ratio 3.4; mean HER2 signals 8.1 per nucleus; 20 nuclei in 2 areas']],
        widths=(45, 35, 100))
    r.sp(4)
    r.box(['<b>Final HER2 status: POSITIVE</b> (IHC 2+, ISH amplified).'], bg=colors.HexColor('#fff0f0'))
    r.sp(5)
    r.h('Scoring criteria (resection specimens) \u2014 reference')
    r.t([['Score', 'Staining pattern', 'Assessment'], ['0', 'No reactivity or membranous reactivity in <10% of tumour cells', 'Negative'],
         ['1+', 'Faint/barely perceptible membranous reactivity in \u226510%; cells reactive only in part of their membrane', 'Negative'],
         ['2+', 'Weak to moderate complete, basolateral or lateral membranous reactivity in \u226510% of tumour cells', 'Equivocal'],
         ['3+', 'Strong complete, basolateral or lateral membranous reactivity in \u226510% of tumour cells', 'Positive']], widths=(15, 120, 30), size=7.5)
    r.p('Dr. D5, Consultant Pathologist', size=8)
    r.lab('HER2', 'expression', 'equivocal', 'Score 2+ (equivocal)', ihc_score='2+', percent=15)
    r.lab('HER2', 'amplification', 'positive', 'AMPLIFIED HER2/CEP17 ratio 3.4', ratio=3.4)
    return r


def r2133():
    r = Rep('2133', font='Helvetica', size=8.5, header=('Molecular Genetics Laboratory - Microsatellite Instability', 'MSI-26-0299  Patient AG'),
            footer='Molecular Genetics Laboratory (fictitious). Fragment analysis, capillary electrophoresis.', pagesize=letter)
    r.h('MICROSATELLITE INSTABILITY (MSI) ANALYSIS', 12)
    r.kv([('Patient:', 'Patient AG'), ('Tumour:', 'Endometrial endometrioid adenocarcinoma (hysterectomy, block 4)'), ('Normal:', 'Myometrium, block 9'), ('Requested by:', 'Dr. E5')], widths=(30, 140))
    r.sp(4)
    r.t([['Marker', 'Type', 'Tumour vs normal', 'Status'],
         ['BAT-25', 'mononucleotide', 'novel alleles present', 'Unstable'], ['BAT-26', 'mononucleotide', 'novel alleles present', 'Unstable'],
         ['NR-21', 'mononucleotide', 'identical', 'Stable'], ['NR-24', 'mononucleotide', 'novel alleles present', 'Unstable'],
         ['MONO-27', 'mononucleotide', 'identical', 'Stable'], ['Penta C', 'pentanucleotide (identity)', 'match', 'n/a'], ['Penta D', 'pentanucleotide (identity)', 'match', 'n/a']],
        widths=(25, 45, 40, 25))
    r.sp(3)
    r.p('<b>RESULT: 3 of 5 mononucleotide markers unstable \u2014 MICROSATELLITE INSTABILITY-HIGH (MSI-H).</b>')
    r.p('Interpretive criteria: MSI-H, \u22652 of 5 markers unstable; MSI-L, 1 of 5; MSS, 0 of 5. Pentanucleotide markers confirm that tumour and normal samples come from the same individual.', size=7.5)
    r.h('COMMENT')
    r.p('MSI-H is found in approximately 25-30% of endometrial carcinomas, the majority due to MLH1 promoter hypermethylation. Correlation with mismatch repair immunohistochemistry '
        '(performed separately, report pending at the referring hospital) is recommended.')
    r.p('Dr. F5, Clinical Scientist')
    r.lab('MSI', 'signature', 'positive', 'MICROSATELLITE INSTABILITY-HIGH (MSI-H)')
    return r


def r2134():
    r = Rep('2134', font='DVC', size=8, header=('Endocrine Tumour Genomics Laboratory', 'ETG-26-0142 \u2022 Patient AH'),
            footer='Endocrine Tumour Genomics Laboratory (fictitious). Tumour-only sequencing.')
    r.h('Somatic mutation panel \u2014 medullary thyroid carcinoma', 12)
    r.kv([('Patient', 'Patient AH'), ('Specimen', 'Thyroid, left lobe, total thyroidectomy (block A3); tumour content 80%'), ('Requesting clinician', 'Dr. G5')], widths=(30, 140))
    r.sp(4)
    r.t([['Gene', 'Result', 'cDNA', 'Protein', 'VAF', 'Classification'],
         ['RET', 'Variant detected', 'c.2753T>C', 'p.(Met918Thr)', '38%', 'Pathogenic'],
         ['HRAS', 'No variant detected', '\u2014', '\u2014', '\u2014', '\u2014'],
         ['KRAS', 'No variant detected', '\u2014', '\u2014', '\u2014', '\u2014'],
         ['NRAS', 'No variant detected', '\u2014', '\u2014', '\u2014', '\u2014']], widths=(15, 30, 22, 25, 12, 30), zebra=True)
    r.sp(4)
    r.p('<b>Tumour mutational burden:</b> 1.2 mut/Mb (low; laboratory threshold for TMB-high \u226510 mut/Mb).')
    r.h('Interpretation')
    r.p('RET p.Met918Thr is the most frequent somatic RET mutation in sporadic MTC and predicts sensitivity to selective RET inhibitors (selpercatinib, pralsetinib). '
        'Because germline RET M918T causes MEN2B, germline RET testing on a blood sample is recommended; the variant allele fraction of 38% does not distinguish somatic from germline origin.')
    r.h('Methods')
    r.p('Hybrid capture of 161 genes including RET, HRAS, KRAS, NRAS, BRAF, TP53, CDKN2A, PTEN. Fusions assessed by RNA: RET, NTRK1-3, ALK, BRAF. No fusion assessment was performed on this sample (RNA failed QC).', size=7)
    r.p('Dr. H5, Director', size=7.5)
    r.lab('RET', 'mutation', 'positive', 'RET Variant detected c.2753T>C p.(Met918Thr)', alteration='M918T')
    r.lab('HRAS', 'mutation', 'negative', 'HRAS No variant detected')
    r.lab('KRAS', 'mutation', 'negative', 'KRAS No variant detected')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS No variant detected')
    r.lab('TMB', 'signature', 'negative', 'Tumour mutational burden: 1.2 mut/Mb (low', value='1.2 mut/Mb')
    return r


def r2135():
    r = Rep('2135', font='DV', size=7.5, header=('Skin Cancer Genomics Service \u2014 Melanoma NGS Report', 'SCG-26-0811 | Patient AI'),
            footer='Skin Cancer Genomics Service (fictitious). AMP/ASCO/CAP tiering. Page header repeats.')
    r.t([['MELANOMA PANEL RESULT SUMMARY', ''],
         ['BRAF', 'p.Val600Lys (V600K) \u2014 DETECTED, Tier IA'], ['NRAS', 'not detected'], ['KIT', 'not detected'],
         ['TMB', '38.5 mut/Mb \u2014 HIGH (cut-off 10 mut/Mb; 96th percentile)'], ['PD-L1', 'not performed (not requested)']],
        widths=(30, 120), header=True, hdr_bg=colors.HexColor('#303030'), hdr_color=colors.white, box=True, size=8)
    r.sp(6)
    r.kv([('Patient', 'Patient AI'), ('Specimen', 'Subcutaneous nodule, right flank (metastatic melanoma), excision block B2'), ('Tumour content', '70% (melanin present, bleached)'),
          ('Requesting', 'Dr. I5')], widths=(30, 140))
    r.h('Variant detail')
    r.t([['Gene', 'HGVS (cDNA)', 'HGVS (protein)', 'Exon', 'VAF', 'Tier'],
         ['BRAF', 'c.1798_1799delinsAA', 'p.(Val600Lys)', '15', '41%', 'IA'],
         ['TERT', 'c.-124C>T (promoter)', '\u2014', 'promoter', '44%', 'IIC'],
         ['CDKN2A', 'c.238C>T', 'p.(Arg80*)', '2', '62%', 'IIC']], widths=(18, 40, 30, 15, 15, 15), zebra=True)
    r.h('Genes with variants of uncertain significance')
    r.p('NF1 p.(Ser1407Phe), 22% \u2014 VUS. PTEN p.(Ile101Thr), 9% \u2014 VUS.')
    r.h('Interpretation')
    r.p('BRAF V600K is a class I BRAF mutation; the tumour is eligible for combined BRAF/MEK inhibition. The high TMB with UV signature (C>T at dipyrimidines, 89%) is typical of cutaneous melanoma.')
    r.h('Methods')
    r.p('Amplicon NGS, 48 genes (incl. BRAF, NRAS, KIT, GNAQ, GNA11, MAP2K1, NF1, TERT promoter). TMB estimated from a 1.2 Mb footprint, nonsynonymous somatic SNVs/indels.', size=6.8)
    r.p('Dr. J5, Molecular Pathologist', size=7.5)
    r.lab('BRAF', 'mutation', 'positive', 'p.Val600Lys (V600K) — DETECTED', alteration='V600K')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS not detected')
    r.lab('TMB', 'signature', 'positive', '38.5 mut/Mb — HIGH', value='38.5 mut/Mb')
    return r


def r2136():
    r = Rep('2136', font='Helvetica', size=8.5, header=('FUSIONSCAN RNA LABORATORY', 'FSR-26-0063  |  Patient AJ'),
            footer='FusionScan RNA Laboratory (fictitious). Anchored multiplex PCR, targeted RNA sequencing.', pagesize=letter)
    r.h('TARGETED RNA FUSION REPORT - LUNG', 12)
    r.kv([('Patient', 'Patient AJ'), ('Specimen', 'Lung, right middle lobe, EBUS-FNA cell block'), ('Ordering', 'Dr. K5'), ('RNA quality', 'Pass (GSP2 control reads 15,400)')], widths=(30, 140))
    r.sp(4)
    r.box(['<b>RESULT: FUSION DETECTED</b>', 'CD74 (exon 6) :: ROS1 (exon 34), in-frame; 612 unique start sites. CD74-ROS1 is an oncogenic driver fusion.'],
          bg=colors.HexColor('#fff8e1'))
    r.p('No other fusion transcripts were detected.')
    r.sp(3)
    r.h('ROS1 IMMUNOHISTOCHEMISTRY (reflex, same block)')
    r.p('ROS1 (clone D4D6): diffuse, moderate to strong granular cytoplasmic staining in >90% of tumour cells - POSITIVE, concordant with the fusion.')
    r.h('METHODS')
    r.p('Total nucleic acid extracted; cDNA synthesis; anchored multiplex PCR enrichment targeting ALK, BRAF, EGFR, FGFR1, FGFR2, FGFR3, MET, NRG1, NTRK1, NTRK2, NTRK3, RET, ROS1 '
        'and MET exon 14 skipping; sequencing on a benchtop sequencer. Limit of detection ~10% tumour content.', size=7.5)
    r.h('LIMITATIONS')
    r.p('Fusions with partners or breakpoints outside the targeted regions may not be detected. DNA-level alterations (e.g., EGFR or KRAS point mutations) are not assessed.', size=7.5)
    r.p('Dr. L5, Laboratory Director')
    r.lab('ROS1', 'fusion', 'positive', 'CD74 (exon 6) :: ROS1 (exon 34)', alteration='CD74-ROS1')
    r.lab('ROS1', 'expression', 'positive', 'ROS1 (clone D4D6): diffuse, moderate to strong', value='>90%')
    return r


def r2137():
    r = Rep('2137', font='DV', size=7.5, twocol=True, top_h=26, header=('ProstaGen \u2014 Homologous Recombination Repair & Genomic Profile', 'PG-26-1002 \u00b7 Patient AK'),
            footer='ProstaGen Laboratory (fictitious). Somatic tumour testing. Germline status cannot be inferred.')
    r.h('Metastatic Prostate Cancer \u2014 Tumour Genomic Profile', 12)
    r.t([['Patient', 'Patient AK', 'Specimen', 'Bone metastasis (L3), CT-guided core, decalcified in EDTA'], ['Clinician', 'Dr. M5', 'Tumour content', '55%']],
        widths=(20, 50, 25, 85), header=False, size=7)
    r.fb()
    r.h('Results overview', 9)
    r.t([['Biomarker', 'Result'], ['HRR genes (BRCA1, BRCA2, ATM, CDK12, PALB2, CHEK2)', 'ATM pathogenic variant detected'],
         ['BRCA1', 'No pathogenic variant'], ['BRCA2', 'No pathogenic variant (benign p.Lys3326* noted)'],
         ['AR', 'Amplification detected (estimated copy number 18)'], ['TP53', 'p.(Arg248Trp), pathogenic'],
         ['MSI', 'MSI-stable'], ['TMB', '2.1 mut/Mb (low; TMB-H cut-off \u226510)']], widths=(40, 45), size=7)
    r.fb()
    r.h('Variant detail', 9)
    r.t([['Gene', 'Variant', 'VAF / CN', 'Class'], ['ATM', 'c.5932G>T p.(Glu1978*)', '52%', 'Pathogenic'], ['TP53', 'c.742C>T p.(Arg248Trp)', '61%', 'Pathogenic'],
         ['AR', 'amplification', 'CN 18', 'Pathogenic'], ['BRCA2', 'c.9976A>T p.(Lys3326*)', '49%', 'Benign'], ['PTEN', 'deep deletion', 'CN 0', 'Pathogenic'],
         ['SPOP', 'p.(Phe133Val)', '30%', 'Likely pathogenic']], widths=(12, 35, 15, 20), size=6.8, zebra=True)
    r.sp(3)
    r.p('BRCA2 p.Lys3326* (K3326*) is a truncating variant in the last exon that is classified as benign and is not associated with PARP inhibitor benefit.', size=7)
    r.pb()
    r.h('Clinical interpretation', 10)
    r.p('The ATM truncating variant may confer eligibility for olaparib (HRR gene alteration). AR amplification is commonly acquired under androgen deprivation and may be associated with '
        'resistance patterns. Germline testing is recommended for ATM given the VAF of 52%. BRCA2 mutations, when present, predict the greatest benefit from PARP inhibition; none was found here.')
    r.h('Methods and limitations', 10)
    r.p('Hybrid-capture NGS of 395 genes; copy number by read depth relative to a pooled normal. Decalcification may reduce sensitivity; large rearrangements may be missed.', size=7)
    r.lab('BRCA1', 'mutation', 'negative', 'BRCA1 No pathogenic variant')
    r.lab('BRCA2', 'mutation', 'negative', 'BRCA2 No pathogenic variant (benign p.Lys3326* noted)')
    r.lab('AR', 'amplification', 'positive', 'Amplification detected (estimated copy number 18)')
    r.lab('TP53', 'mutation', 'positive', 'p.(Arg248Trp), pathogenic', alteration='R248W')
    r.lab('MSI', 'signature', 'negative', 'MSI-stable')
    r.lab('TMB', 'signature', 'negative', '2.1 mut/Mb (low; TMB-H cut-off ≥10)', value='2.1 mut/Mb')
    return r


def r2138():
    r = Rep('2138', font='DVS', size=8, header=('Gynaecological Molecular Classification Service', 'GMC-26-0377 \u2014 Patient AL'),
            footer='Gynaecological Molecular Classification Service (fictitious). ProMisE-type algorithm (POLE \u2192 MMR \u2192 p53).')
    r.h('Endometrial carcinoma \u2014 molecular classification report', 12)
    r.kv([('Patient', 'Patient AL'), ('Material', 'Endometrial biopsy, block 1 (serous-like high-grade carcinoma)'), ('Sender', 'Dr. N5')], widths=(25, 150))
    r.sp(3)
    r.t([['Step', 'Test', 'Result'],
         ['1', 'POLE exonuclease domain sequencing (exons 9-14)', 'No pathogenic variant'],
         ['2', 'MMR immunohistochemistry (MLH1, PMS2, MSH2, MSH6)', 'All four proteins retained \u2014 MMR proficient'],
         ['3', 'p53 immunohistochemistry (DO-7)', 'Abnormal: complete absence of nuclear staining (null pattern) with retained internal control'],
         ['3b', 'TP53 sequencing (confirmatory)', 'c.916C>T p.(Arg306*), VAF 72% \u2014 pathogenic']], widths=(10, 70, 95))
    r.sp(3)
    r.box(['<b>Molecular subtype: p53-abnormal (p53abn) endometrial carcinoma.</b>'], bg=colors.HexColor('#eef'))
    r.sp(3)
    r.h('Additional biomarkers')
    r.p('Oestrogen receptor (SP1): positive, 70% of tumour nuclei, moderate. HER2 (4B5): score 2+ (moderate complete membrane staining in ~35% of tumour cells), equivocal by '
        'the serous endometrial carcinoma criteria; HER2 ISH has been requested and will be reported as a supplement. L1CAM: positive (>10%).')
    r.p('Comment: HER2 assessment is recommended for p53abn tumours; trastuzumab may be considered if HER2 positive.', size=7.5)
    r.p('Dr. O5, Consultant Gynaecological Pathologist', size=8)
    for m in ('MLH1', 'PMS2', 'MSH2', 'MSH6'):
        r.lab(m, 'expression', 'positive', 'All four proteins retained')
    r.lab('MMR', 'signature', 'negative', 'All four proteins retained — MMR proficient')
    r.lab('TP53', 'expression', 'negative', 'complete absence of nuclear staining (null pattern)')
    r.lab('TP53', 'mutation', 'positive', 'c.916C>T p.(Arg306*), VAF 72% — pathogenic', alteration='R306*')
    r.lab('ER', 'expression', 'positive', 'Oestrogen receptor (SP1): positive, 70% of tumour nuclei', percent=70)
    r.lab('HER2', 'expression', 'equivocal', 'HER2 (4B5): score 2+', ihc_score='2+', percent=35)
    return r


def r2139():
    r = Rep('2139', font='Helvetica', size=8, header=('NEURO-ONCOLOGY MOLECULAR DIAGNOSTICS', 'NOMD-26-0250 | Patient AM'),
            footer='Neuro-Oncology Molecular Diagnostics (fictitious). Report header and footer repeated on each page.', pagesize=letter)
    r.h('GLIOMA NGS PANEL AND COPY NUMBER REPORT', 12)
    r.kv([('Patient', 'Patient AM'), ('Specimen', 'Brain, right temporal lobe, resection (block 3); tumour cellularity 80%'), ('Histology', 'Diffuse astrocytic glioma, high grade'),
          ('Requesting', 'Dr. P5')], widths=(30, 140))
    r.sp(4)
    r.box(['<b>INTEGRATED MOLECULAR SUMMARY:</b> IDH-wildtype; EGFR amplification; TERT promoter mutation (C228T); chromosome +7/-10. '
           'Findings meet WHO CNS5 molecular criteria for glioblastoma, IDH-wildtype, CNS WHO grade 4.'], bg=colors.HexColor('#eef3f8'))
    r.sp(4)
    r.t([['Gene / region', 'Alteration assessed', 'Result'],
         ['IDH1 (R132)', 'Mutation', 'Wild type'], ['IDH2 (R140, R172)', 'Mutation', 'Wild type'], ['EGFR', 'Copy number', 'AMPLIFIED (estimated 42 copies)'],
         ['TERT promoter', 'Mutation', 'c.-124C>T (C228T) detected'], ['BRAF', 'Mutation (V600E)', 'Not detected'], ['TP53', 'Mutation', 'Not detected'],
         ['H3F3A (K27, G34)', 'Mutation', 'Not detected'], ['CDKN2A/B', 'Copy number', 'Homozygous deletion detected'], ['PTEN', 'Mutation', 'p.(Arg130Gln), pathogenic']],
        widths=(40, 40, 80))
    r.sp(4)
    r.p('Tumour mutational burden: 1.8 mutations/megabase.')
    r.p('MGMT promoter methylation (methylation-specific PCR): UNMETHYLATED.')
    r.p('EGFRvIII (exon 2-7 deletion) analysis: not performed (RNA not available).')
    r.h('METHODS')
    r.p('Hybrid-capture NGS (170 genes) with genome-wide copy-number backbone. Copy number gains \u22658 copies are reported as amplification.', size=7)
    r.p('Dr. Q5, Director', size=7.5)
    r.lab('IDH1', 'mutation', 'negative', 'IDH1 (R132) Mutation Wild type')
    r.lab('IDH2', 'mutation', 'negative', 'IDH2 (R140, R172) Mutation Wild type')
    r.lab('EGFR', 'amplification', 'positive', 'AMPLIFIED (estimated 42 copies)')
    r.lab('BRAF', 'mutation', 'negative', 'BRAF Mutation (V600E) Not detected')
    r.lab('TP53', 'mutation', 'negative', 'TP53 Mutation Not detected')
    r.lab('TMB', 'signature', 'reported', 'Tumour mutational burden: 1.8 mutations/megabase', value='1.8 mutations/megabase')
    return r


def r2140():
    r = Rep('2140', font='DV', size=7.5, header=('PANTHERA GENOMICS \u2014 CORRECTED REPORT', 'PAN-26-30114 rev.2 \u00b7 Patient AN'),
            footer='Panthera Genomics (fictitious). This corrected report supersedes the report issued 2026-01-30 (rev.1).')
    r.box(['<b>CORRECTED REPORT \u2014 rev.2 (2026-02-04)</b>',
           'Reason for correction: a transcription error in rev.1 listed the KRAS variant as p.Gly12Val (G12V). The correct variant is p.Gly12Cys (G12C). '
           'All other results are unchanged.'], bg=colors.HexColor('#ffe9e9'), border=1.5)
    r.sp(5)
    r.h('Lung adenocarcinoma \u2014 targeted NGS (52 genes) with PD-L1', 11)
    r.kv([('Patient', 'Patient AN'), ('Specimen', 'Lymph node, station 7, EBUS-TBNA cell block; tumour content 25%'), ('Ordering', 'Dr. R5')], widths=(25, 150))
    r.sp(3)
    r.t([['Gene', 'Variant', 'Allele frequency', 'Interpretation'],
         ['KRAS', 'c.34G>T p.(Gly12Cys)', '11.8%', 'Pathogenic (Tier I)'],
         ['STK11', 'c.580G>T p.(Asp194Tyr)', '14.0%', 'Likely pathogenic (Tier II)'],
         ['MET', 'Copy number gain, 5.2 copies', '\u2014', 'Low-level MET amplification (Tier III; clinical significance uncertain at this level)'],
         ['EGFR', 'c.2361G>A p.(Gln787=)', '52%', 'Benign, synonymous polymorphism \u2014 not clinically relevant']], widths=(15, 45, 25, 95), zebra=True)
    r.sp(3)
    r.p('<b>PD-L1 (SP263, Ventana):</b> tumour cell (TC) staining 5% \u2014 PD-L1 low expression (TC 1-49%).')
    r.p('<b>Not detected:</b> EGFR sensitising/resistance mutations, BRAF V600, ALK/ROS1/RET fusions (DNA-based, limited intronic coverage \u2014 RNA fusion testing recommended to exclude fusions).')
    r.h('Notes')
    r.p('The superseded rev.1 value (KRAS G12V) must not be used for treatment decisions. KRAS G12C is a target for sotorasib and adagrasib. Co-occurring STK11 mutations have been associated with '
        'reduced benefit from PD-(L)1 blockade.', size=7)
    r.p('Dr. S5, Director, Molecular Pathology', size=7.5)
    r.lab('KRAS', 'mutation', 'positive', 'KRAS c.34G>T p.(Gly12Cys) 11.8%', alteration='G12C')
    r.lab('MET', 'amplification', 'positive', 'Low-level MET amplification', optional=True)
    r.lab('PD-L1', 'expression', 'positive', 'tumour cell (TC) staining 5% — PD-L1 low expression', percent=5)
    r.lab('EGFR', 'mutation', 'negative', 'Not detected: EGFR sensitising/resistance mutations')
    r.lab('BRAF', 'mutation', 'negative', 'BRAF V600')
    r.lab('ALK', 'fusion', 'negative', 'ALK/ROS1/RET fusions (DNA-based', optional=True)
    r.lab('ROS1', 'fusion', 'negative', 'ALK/ROS1/RET fusions (DNA-based', optional=True)
    r.lab('RET', 'fusion', 'negative', 'ALK/ROS1/RET fusions (DNA-based', optional=True)
    return r


ALL = [r2130, r2131, r2132, r2133, r2134, r2135, r2136, r2137, r2138, r2139, r2140]
