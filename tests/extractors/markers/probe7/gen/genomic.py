from common import *

PANEL = ('ABL1 AKT1 ALK APC AR ARID1A ATM ATR BAP1 BRAF BRCA1 BRCA2 CCND1 CDH1 CDK4 CDK6 CDKN2A CHEK2 CTNNB1 EGFR '
         'ERBB2 ERBB3 ESR1 FBXW7 FGFR1 FGFR2 FGFR3 GNAS HRAS IDH1 IDH2 JAK2 KEAP1 KIT KRAS MAP2K1 MET MLH1 MSH2 MSH6 '
         'MTOR MYC NF1 NRAS NTRK1 NTRK2 NTRK3 PALB2 PDGFRA PIK3CA PMS2 POLE PTEN RAD51C RB1 RET ROS1 SMAD4 SMARCA4 '
         'STK11 TP53 TSC2 VHL').split()
def genelist(n=None): return ', '.join(PANEL)

def methods_page(name, extra='', pb=True):
    return [PageBreak() if pb else SP(10), H('Methods and Limitations'),
        P('%s is a hybrid-capture next-generation sequencing assay interrogating the complete coding exons of the genes '
          'listed below, selected introns for rearrangement detection, and genome-wide sites for microsatellite '
          'instability. Tumour mutational burden (TMB) is calculated from non-synonymous somatic variants across 1.1 Mb of '
          'coding sequence. Variants are classified according to AMP/ASCO/CAP 2017 guidance (Tier I: strong clinical '
          'significance; Tier II: potential clinical significance; Tier III: unknown significance; Tier IV: benign). %s' % (name, extra)),
        H('Genes analysed', 3), P(genelist(), SMALL),
        P('Limitations: A negative result does not exclude the presence of a variant below the limit of detection (5% VAF for '
          'SNVs, 10% for indels). Large rearrangements with breakpoints outside baited regions may not be detected. '
          'Germline and somatic variants cannot be distinguished without a matched normal sample. This test was developed '
          'and its performance characteristics determined by the laboratory; it has not been cleared by the FDA.', SMALL)]

# 2301 ---------------------------------------------------------------
def r2301():
    s = [H('Comprehensive Genomic Profiling Report', 1),
         KV([('Patient', 'QUILLFEATHER, Ondine (fictional)'), ('DOB', '03/14/1958'), ('Specimen', 'Lung, RUL, core biopsy; block A2'),
             ('Tumour content', '40%'), ('Diagnosis', 'Non-small cell lung carcinoma, adenocarcinoma'), ('Report ID', 'MG-26-004417')]),
         SP(6),
         BOX([P('<b>BIOMARKER SUMMARY</b>'),
              P('Tumor Mutational Burden: <b>14 Muts/Mb</b> &nbsp; (TMB-High; laboratory threshold &#8805; 10 Muts/Mb)'),
              P('Microsatellite status: <b>MS-Stable</b>'),
              P('<b>Genomic findings with clinical significance:</b> KRAS G12C &nbsp;&nbsp; TP53 R273H &nbsp;&nbsp; STK11 Q37*')]),
         SP(6), H('Tier I / II Variants'),
         T([['Gene', 'Variant (HGVS)', 'Protein', 'Exon', 'VAF', 'Tier'],
            ['KRAS', 'NM_004985.5:c.34G>T', 'p.Gly12Cys', '2', '31.2%', 'IA'],
            ['TP53', 'NM_000546.6:c.818G>A', 'p.Arg273His', '8', '44.0%', 'IIC'],
            ['STK11', 'NM_000455.5:c.109C>T', 'p.Gln37Ter', '1', '38.5%', 'IIC']], [18*mm, 55*mm, 30*mm, 14*mm, 18*mm, 18*mm]),
         H('Variants of Uncertain Significance (Tier III)'),
         T([['Gene', 'Variant', 'Protein', 'VAF'], ['BRCA2', 'c.7397T>C', 'p.Val2466Ala', '49.1%'], ['ROS1', 'c.5291G>A', 'p.Arg1764His', '22.7%']],
           [25*mm, 45*mm, 40*mm, 25*mm]),
         P('Tier III variants are not used for clinical decision making and are listed for completeness.', SMALL),
         H('Negative results in key genes'),
         P('No pathogenic sequence variants were identified in EGFR, BRAF or ERBB2. No gene fusions were detected involving '
           'ALK, ROS1, RET or NTRK1/2/3.'),
         PageBreak(), H('Therapy Associations'),
         T([['Alteration', 'FDA-approved in this indication', 'Approved in other indications', 'Clinical trials'],
            ['KRAS G12C', 'sotorasib, adagrasib', '—', '14'], ['TMB-High', 'pembrolizumab', '—', '6'],
            ['EGFR (if sensitising mutation present)', 'osimertinib', '—', 'n/a'], ['ALK (if rearranged)', 'alectinib, lorlatinib', '—', 'n/a']],
           [45*mm, 50*mm, 40*mm, 25*mm]),
         P('Rows for EGFR and ALK are shown for reference only; these alterations were not found in this sample.', SMALL),
         H('Gene Background'),
         P('KRAS encodes a small GTPase. KRAS G12C occurs in approximately 13% of lung adenocarcinomas. TP53 mutations are '
           'present in ~50% of NSCLC. STK11 loss has been associated with reduced benefit from PD-1 blockade.')]
    s += methods_page('MeridianSeq 324')
    build(2301, s, 'MERIDIAN GENOMICS', 'Molecular Oncology Laboratory  |  CLIA 99D9999901  |  Fictional', footer='MG-26-004417  QUILLFEATHER, Ondine')
    register(2301, 'genomic: tissue CGP (NGS panel), NSCLC', [
        L('KRAS', 'mutation', 'positive', alteration='G12C'), L('TP53', 'mutation', 'positive', alteration='R273H'),
        L('TMB', 'signature', 'positive', value='14 mut/Mb'), L('MSI', 'signature', 'negative'),
        L('EGFR', 'mutation', 'negative'), L('BRAF', 'mutation', 'negative'), L('HER2', 'mutation', 'negative'),
        L('ALK', 'fusion', 'negative'), L('ROS1', 'fusion', 'negative'), L('RET', 'fusion', 'negative'), L('NTRK', 'fusion', 'negative')])

# 2302 ---------------------------------------------------------------
def r2302():
    s = [H('Liquid Biopsy — Circulating Tumour DNA Analysis', 1),
         KV([('Name', 'MARROWBY, Tansy'), ('Collected', '2026-02-11 (2 x 10 mL Streck tubes)'), ('Indication', 'Stage IV lung adenocarcinoma, treatment-naive'),
             ('Accession', 'VX-cf-88120')]), SP(6),
         T([['Detected alteration', '% cfDNA', 'Interpretation'],
            ['EGFR  p.E746_A750del (exon 19)', '3.2%', 'Pathogenic – sensitising'],
            ['TP53  p.C176F', '2.9%', 'Pathogenic']], [70*mm, 25*mm, 75*mm]),
         SP(4), P('<b>Additional biomarkers</b>'),
         KV([('MSI-High', 'NOT DETECTED'), ('bTMB', '6.1 mutations/Mb (no validated cut-off for blood TMB; reported for information)'),
             ('Tumour fraction', '4.1%')]),
         H('Copy number and rearrangements'),
         P('MET amplification: not detected. ERBB2 amplification: not detected. Rearrangements in ALK, RET and ROS1: none detected.'),
         H('Variants of uncertain significance'),
         T([['Gene', 'Change', '% cfDNA'], ['PIK3CA', 'p.R108H', '0.4%'], ['ATM', 'p.S1691R', '0.3%']], [30*mm, 40*mm, 30*mm]),
         H('Comment'),
         P('The EGFR exon 19 deletion is a sensitising alteration. Acquired resistance mechanisms such as EGFR T790M or C797S '
           'are typically assessed at progression; repeat liquid biopsy at progression is suggested. Clonal haematopoiesis (CHIP) '
           'variants in DNMT3A, TET2 and ASXL1 are filtered and not reported.'),
         PageBreak(), H('Assay description'),
         P('Vireo-74 sequences cfDNA across 74 genes (complete exons for 19, critical exons for 55) with fusion detection in ALK, '
           'FGFR2, FGFR3, NTRK1, RET and ROS1 and amplification calling for 18 genes including EGFR, ERBB2 and MET. '
           'Reportable range: 0.04% to 100% cfDNA. A "not detected" result may reflect low tumour shedding.', SMALL)]
    build(2302, s, 'VIREO DIAGNOSTICS', 'cfDNA Oncology Services  |  Fictional laboratory', accent='#2e6b4a', footer='VX-cf-88120')
    register(2302, 'genomic: liquid biopsy (cfDNA panel), NSCLC', [
        L('EGFR', 'mutation', 'positive', alteration='E746_A750del'), L('TP53', 'mutation', 'positive', alteration='C176F'),
        L('MSI', 'signature', 'negative'), L('TMB', 'signature', 'reported', value='6.1 mut/Mb'),
        L('MET', 'amplification', 'negative'), L('HER2', 'amplification', 'negative'),
        L('ALK', 'fusion', 'negative'), L('RET', 'fusion', 'negative'), L('ROS1', 'fusion', 'negative')])

# 2303 ---------------------------------------------------------------
def r2303():
    s = [H('MOLECULAR PATHOLOGY REPORT', 1),
         KV([('Patient', 'BRAMBLECOTT, Hollis'), ('Hospital no.', 'ZZ-0031-77'), ('Specimen', 'Pleural fluid cell block (M26-1182)'),
             ('Requested by', 'Dr P. Fennimore, Thoracic Oncology')]),
         H('EGFR MUTATION ANALYSIS (exons 18–21, real-time PCR)'),
         KV([('Neoplastic cell content', 'approx. 30% (macrodissected)'), ('DNA quality', 'Adequate'),
             ('RESULT', 'MUTATION DETECTED'), ('Variant', 'Exon 21 c.2573T>G p.(Leu858Arg)')]),
         H('Interpretation', 3),
         P('A sensitising mutation has been identified which predicts response to EGFR tyrosine kinase inhibitors.'),
         H('Mutations covered by this assay', 3),
         P('Exon 18: G719X (G719S, G719A, G719C). Exon 19: 19 deletions. Exon 20: T790M, S768I, 5 insertions. Exon 21: L858R, L861Q. '
           'Mutations outside these codons will not be detected.', SMALL),
         P('Reported by: Dr A. Pinchbeck, Consultant Clinical Scientist. Authorised 14/03/2026.', SMALL)]
    build(2303, s, 'Northvale Regional Molecular Diagnostics', 'Department of Cellular Pathology (fictional)', accent='#5b2c6f')
    register(2303, 'molecular: single-gene EGFR PCR', [L('EGFR', 'mutation', 'positive', alteration='L858R')])

# 2304 ---------------------------------------------------------------
def r2304():
    s = [H('RAS / BRAF Mutation Report — Colorectal Carcinoma', 1),
         KV([('Patient', 'OSSLETHWAITE, Gervase'), ('Block', 'H26-20441 B5 (sigmoid resection)'), ('Tumour %', '60')]), SP(4),
         T([['Gene', 'Codons/exons examined', 'Result'],
            ['KRAS', 'exon 2 (12, 13), exon 3 (59, 61), exon 4 (117, 146)', 'c.38G>A p.(Gly13Asp) DETECTED'],
            ['NRAS', 'exon 2 (12, 13), exon 3 (59, 61), exon 4 (117, 146)', 'No mutation detected'],
            ['BRAF', 'exon 15 (600)', 'Wild type']], [20*mm, 90*mm, 60*mm]),
         H('Comment', 3),
         P('The KRAS mutation predicts lack of benefit from anti-EGFR monoclonal antibodies (cetuximab, panitumumab). '
           'BRAF V600E mutation, when present, is associated with poor prognosis and with sporadic MLH1-deficient tumours; '
           'mismatch repair immunohistochemistry was reported separately (see H26-20441).'),
         P('Method: pyrosequencing with 5% limit of detection.', SMALL)]
    build(2304, s, 'St. Aldwyn University Hospital — Molecular Pathology', 'Fictional institution', accent='#7a4b12')
    register(2304, 'molecular: KRAS/NRAS/BRAF small panel, CRC', [
        L('KRAS', 'mutation', 'positive', alteration='G13D'), L('NRAS', 'mutation', 'negative'), L('BRAF', 'mutation', 'negative')])

# 2305 ---------------------------------------------------------------
def r2305():
    s = [H('Neuro-oncology Molecular Panel', 1),
         KV([('Name', 'FERNSWORTH, Idris'), ('Surgical no.', 'NS-26-0712'), ('Diagnosis (provisional)', 'Diffuse glioma, WHO grade pending integration')]),
         H('Results'),
         P('<b>IDH1</b> (codon 132) — c.395G>A; p.R132H: <b>PRESENT</b> (VAF 38%)'),
         P('<b>IDH2</b> (codon 172) — wild-type'),
         P('<b>MGMT promoter</b> — methylated (pyrosequencing, mean 31%)'),
         P('<b>TERT promoter</b> — C228T detected'),
         P('1p/19q co-deletion — in progress; supplementary report to follow.'),
         H('Interpretation', 3),
         P('Findings are consistent with an IDH-mutant glioma. Final integrated diagnosis awaits 1p/19q status. '
           'Note: IDH1 R132H immunohistochemistry detects only the commonest variant; sequencing also covers R132C/G/S/L and IDH2 R172.')]
    build(2305, s, 'Lindenbrook Neuropathology Laboratory', 'Fictional — Molecular Neuropathology', accent='#334455')
    register(2305, 'molecular: IDH1/IDH2 sequencing, glioma', [
        L('IDH1', 'mutation', 'positive', alteration='R132H'), L('IDH2', 'mutation', 'negative')])

# 2306 ---------------------------------------------------------------
def r2306():
    s = [H('RNA Fusion Panel (Anchored Multiplex PCR)', 1),
         KV([('Patient', 'HOLLOWAYNE, Clementine'), ('Specimen', 'FNA, level 7 lymph node (EBUS)'), ('Lab no.', 'RF-26-3390')]), SP(4),
         BOX([P('<b>RESULT: POSITIVE</b> — EML4::ALK fusion detected (EML4 exon 6 :: ALK exon 20; variant 3a/b)'),
              P('Supporting reads: 1,284 (unique start sites 96)')], color='#8b0000', fill='#fff5f5'),
         SP(4), H('Other targets'),
         T([['Target', 'Result'], ['ROS1 fusions', 'Not detected'], ['RET fusions', 'Not detected'], ['NTRK1 / NTRK2 / NTRK3 fusions', 'Not detected'],
            ['MET exon 14 skipping', 'Not detected'], ['NRG1 fusions', 'Not detected']], [80*mm, 60*mm]),
         H('Quality', 3), P('RNA input 50 ng; internal control transcripts (GAPDH, CHMP2A) passed.', SMALL),
         H('Targets in assay', 3), P('ALK, BRAF, EGFR, FGFR1-3, MET, NRG1, NTRK1-3, RET, ROS1 (exonic boundaries).', SMALL)]
    build(2306, s, 'Coldharbour Cancer Centre — Genomics Unit', 'Fictional laboratory', accent='#444488')
    register(2306, 'molecular: RNA fusion panel (ALK/ROS1/RET/NTRK/MET ex14)', [
        L('ALK', 'fusion', 'positive', alteration='EML4-ALK'), L('ROS1', 'fusion', 'negative'), L('RET', 'fusion', 'negative'),
        L('NTRK', 'fusion', 'negative'), L('MET', 'mutation', 'negative')])

# 2307 ---------------------------------------------------------------
def r2307():
    s = [H('HER2 Fluorescence In Situ Hybridisation', 1),
         KV([('Patient', 'WICKENDEN, Saffron'), ('Specimen', 'Left breast, 2 o\'clock, core biopsy (B26-5521 A1)'), ('Probe', 'HER2/CEP17 dual-colour')]),
         H('Results'),
         KV([('Cells enumerated', '40 (2 observers)'), ('Average HER2 signals / nucleus', '5.8'), ('Average CEP17 signals / nucleus', '2.2'),
             ('HER2:CEP17 ratio', '2.6'), ('ASCO/CAP ISH group', 'Group 1')]),
         P('<b>INTERPRETATION: HER2 GENE AMPLIFIED</b>'),
         H('Interpretive criteria (ASCO/CAP 2018)', 3),
         T([['Group', 'Ratio', 'Mean HER2 copies', 'Result'], ['1', '≥ 2.0', '≥ 4.0', 'Positive'], ['2', '≥ 2.0', '< 4.0', 'Negative*'],
            ['3', '< 2.0', '≥ 6.0', 'Positive*'], ['4', '< 2.0', '4.0–< 6.0', 'Negative*'], ['5', '< 2.0', '< 4.0', 'Negative']],
           [20*mm, 25*mm, 35*mm, 30*mm]),
         P('*with concurrent IHC review. Fixation: 10% NBF, 18 h. Controls performed appropriately.', SMALL)]
    build(2307, s, 'Harrowgate Cytogenetics', 'Fictional laboratory', accent='#006666')
    register(2307, 'FISH: HER2 (breast)', [L('HER2', 'amplification', 'positive', ratio=2.6)])

# 2308 ---------------------------------------------------------------
def r2308():
    s = [H('ALK (2p23) Break-apart FISH', 1),
         KV([('Patient', 'TREMAYNE-POLE, August'), ('Specimen', 'Lung biopsy, block 2'), ('Probe', 'Vysis LSI ALK Dual Color Break Apart')]),
         H('Findings'),
         P('Fifty tumour nuclei were scored in each of two areas. Split (≥2 signal diameters) or isolated 3\' red signals were seen in '
           '4 of 50 nuclei (8%). The positive threshold for this assay is 15% of nuclei.'),
         P('<b>RESULT:</b> Negative — no evidence of ALK rearrangement.'),
         P('Comment: ROS1 break-apart FISH has been requested on the same block and will be reported separately.')]
    build(2308, s, 'Kestrelmoor Pathology Partnership', 'Cytogenetics & FISH (fictional)', accent='#4d4d00')
    register(2308, 'FISH: ALK break-apart', [L('ALK', 'fusion', 'negative', percent=8)])

# 2309 ---------------------------------------------------------------
def r2309():
    s = [H('FISH Report: ROS1 rearrangement and MET copy number', 1),
         KV([('Patient', 'GLENDOWER, Peregrine'), ('Accession', 'CYT-26-00918'), ('Specimen', 'Right lower lobe wedge, A3')]),
         H('1. ROS1 (6q22) break-apart'),
         P('Rearranged pattern (split 5\'/3\' or single 3\' signals) in 42% of 100 nuclei evaluated (cut-off 15%).'),
         P('Interpretation: <b>POSITIVE for ROS1 rearrangement.</b>'),
         H('2. MET (7q31) / CEP7'),
         T([['Parameter', 'Value'], ['Mean MET signals per cell', '4.1'], ['Mean CEP7 signals per cell', '3.2'], ['MET/CEP7 ratio', '1.3'], ['Conclusion', 'MET not amplified (polysomy 7)']],
           [70*mm, 70*mm]),
         P('Criteria: MET amplification is defined as MET/CEP7 ratio ≥ 2.0 (high level ≥ 5.0) or mean MET ≥ 6 copies.', SMALL)]
    build(2309, s, 'Ashcombe Genetic Laboratories', 'Fictional laboratory', accent='#663366')
    register(2309, 'FISH: ROS1 break-apart + MET amplification', [
        L('ROS1', 'fusion', 'positive', percent=42), L('MET', 'amplification', 'negative', ratio=1.3)])

# 2310 ---------------------------------------------------------------
def r2310():
    s = [H('PD-L1 Immunohistochemistry (22C3 pharmDx)', 1),
         KV([('Patient', 'DUNSFOLD, Marigold'), ('Case', 'S26-11873 A2, lung core'), ('Tumour cells present', '>100 viable cells')]),
         H('Result'),
         KV([('Tumour Proportion Score (TPS)', '60%'), ('Expression level', 'High PD-L1 expression')], grid=True),
         H('Scoring key', 3),
         P('TPS &lt; 1%: no PD-L1 expression; TPS 1–49%: PD-L1 expression; TPS &#8805; 50%: high PD-L1 expression.', SMALL),
         P('External positive control (tonsil) and negative reagent control stained appropriately. Interpretation performed by a '
           'pathologist trained in 22C3 scoring.', SMALL)]
    build(2310, s, 'Brightwater General Hospital — Anatomic Pathology', 'Fictional', accent='#1a5276')
    register(2310, 'PD-L1 IHC: TPS (lung)', [L('PD-L1', 'expression', 'positive', percent=60)])

# 2311 ---------------------------------------------------------------
def r2311():
    s = [H('Predictive Biomarkers — Gastric Adenocarcinoma', 1),
         KV([('Patient', 'PELLINGHAM, Rook'), ('Specimen', 'Gastric body, endoscopic biopsies x6 (G26-4410)')]), SP(4),
         T([['Test', 'Clone / method', 'Result', 'Interpretation'],
            ['PD-L1', '22C3', 'Combined Positive Score: 8', 'Positive at CPS ≥ 1 and ≥ 5; below CPS 10'],
            ['HER2', '4B5 IHC', 'Score 1+ (faint incomplete staining in 15% of tumour cells)', 'Negative'],
            ['Claudin 18.2', '43-14A', '80% moderate-strong', 'Positive (≥75%)']], [22*mm, 25*mm, 60*mm, 63*mm]),
         P('CPS = (PD-L1 staining tumour cells, lymphocytes and macrophages) / viable tumour cells x 100.', SMALL),
         P('Recommend MMR immunohistochemistry on the resection specimen if not already performed.')]
    build(2311, s, 'Fairmead Cancer Hospital Laboratory Medicine', 'Fictional', accent='#0e6251')
    register(2311, 'PD-L1 IHC: CPS + HER2 IHC (gastric)', [
        L('PD-L1', 'expression', 'positive', value='CPS 8'), L('HER2', 'expression', 'negative', ihc_score='1+')])

# 2312 ---------------------------------------------------------------
def r2312():
    s = [H('PD-L1 (SP142) — Triple-Negative Breast Carcinoma', 1),
         KV([('Name', 'ALDERWICK, Juniper'), ('Block', 'BR26-770 A4')]),
         P('Stained with VENTANA PD-L1 (SP142). Tumour-infiltrating immune cells occupying 2% of the tumour area show PD-L1 staining of any intensity.'),
         P('<b>IC score: 2% — PD-L1 POSITIVE</b> (threshold IC &#8805; 1%).'),
         P('PD-L1 22C3 (CPS) has also been requested for pembrolizumab eligibility; this is pending and will be issued as an addendum.'),
         P('Tumour cell (TC) staining is not used for this indication.', SMALL)]
    build(2312, s, 'Coppergate Pathology Services', 'Fictional', accent='#7b241c')
    register(2312, 'PD-L1 IHC: IC (SP142, breast)', [L('PD-L1', 'expression', 'positive', percent=2)])

# 2313 ---------------------------------------------------------------
def r2313():
    s = [H('ctDNA Genomic Report', 1),
         KV([('Patient', 'MOSSGROVE, Leopoldine'), ('Indication', 'HR+ metastatic breast cancer, progressing on AI + CDK4/6i'), ('Draw date', '05-Jan-2026')]),
         SP(4), H('Alterations detected'),
         T([['Gene', 'Alteration', 'Mutant allele freq.', 'Actionability'],
            ['PIK3CA', 'c.3140A>G  p.(His1047Arg)', '0.8%', 'Level 1'],
            ['ESR1', 'c.1610A>C  p.(Tyr537Ser)', '1.6%', 'Level 1']], [25*mm, 60*mm, 35*mm, 40*mm]),
         H('Selected negative findings'),
         P('ERBB2 (HER2) amplification — not detected. BRCA1 and BRCA2 — no pathogenic or likely pathogenic variants identified.'),
         H('Genomic signatures'),
         P('TMB: cannot be reported (insufficient ctDNA fraction). MSI: not evaluable.'),
         H('Recommendation', 3), P('If clinically indicated, tissue-based testing may be considered to assess TMB and MSI status.')]
    build(2313, s, 'CALDERA ONCOLOGY LABS', 'Liquid biopsy division (fictional)', accent='#b9770e')
    register(2313, 'genomic: liquid biopsy (ctDNA), breast', [
        L('PIK3CA', 'mutation', 'positive', alteration='H1047R'), L('HER2', 'amplification', 'negative'),
        L('BRCA1', 'mutation', 'negative'), L('BRCA2', 'mutation', 'negative')])

# 2314 ---------------------------------------------------------------
def r2314():
    vus = [('APC', 'p.(Ser2621Cys)'), ('ARID1A', 'p.(Gly1255Glu)'), ('ATM', 'p.(Asp1853Asn)'), ('BRCA2', 'p.(Asn372His)'),
           ('CHEK2', 'p.(Ile157Thr)'), ('FGFR3', 'p.(Arg248Gln)'), ('KEAP1', 'p.(Val271Leu)'), ('MET', 'p.(Asn375Ser)'),
           ('MTOR', 'p.(Ala1105Val)'), ('NF1', 'p.(Leu1390Phe)'), ('NOTCH1', 'p.(Pro2415Ser)'), ('PTEN', 'p.(Lys6=)'),
           ('ROS1', 'p.(Lys2228Gln)'), ('SMARCA4', 'p.(Glu1536Lys)'), ('TSC2', 'p.(Arg1200Trp)'), ('ERBB3', 'p.(Ser846Ile)'),
           ('RB1', 'p.(Pro776Ser)'), ('KIT', 'p.(Met541Leu)'), ('POLE', 'p.(Pro1164Leu)'), ('GNAS', 'p.(Thr394=)')]
    rows = [['Gene', 'Protein change', 'Exon', 'VAF', 'Class']]
    import re
    for i, (g, p) in enumerate(vus * 2):
        if i >= len(vus):
            p = re.sub(r'(\d+)', lambda m: str(int(m.group(1)) + 37 + i), p, count=1)
        rows.append([g, p, str(3 + (i * 7) % 30), '%.1f%%' % (20 + (i * 3.7) % 30), ('Tier III (VUS); insufficient evidence in population and functional databases to classify' if '=' not in p else 'Tier IV (benign, synonymous; no predicted splice effect)')])
    s = [H('Tumour Genomic Profile', 1),
         KV([('Patient', 'CRANLEIGH, Absalom'), ('Specimen', 'Liver metastasis core, CRC primary'), ('Report', 'TG-26-1005')]),
         SP(8), BOX([P('<b>Biomarker findings</b>'), P('BRAF V600E &nbsp;|&nbsp; PIK3CA E545K &nbsp;|&nbsp; Tumour Mutational Burden: 4 Muts/Mb &nbsp;|&nbsp; Microsatellite status: MS-Stable'),
              P('No pathogenic variants: KRAS, NRAS. No fusions: NTRK1, NTRK2, NTRK3.')], color='#117a65', fill='#eef8f5'),
         SP(8), P('Ordering physician: Dr H. Bexley (fictional). Date received: 02 Feb 2026. Date reported: 13 Feb 2026.'),
         P('This report contains a two-page summary followed by an appendix of variants of unknown or no clinical significance and the assay description.', SMALL),
         NextPageTemplate('two'), PageBreak(),
         H('Summary of Findings'),
         P('<b>Tier I</b> — Variants of strong clinical significance'),
         P('BRAF c.1799T>A p.(Val600Glu), exon 15, VAF 27%'),
         P('<b>Tier II</b> — Variants of potential clinical significance'),
         P('PIK3CA c.1633G>A p.(Glu545Lys), exon 10, VAF 25%'),
         P('<b>Genomic signatures</b>'),
         P('TMB 4 mut/Mb — Low (high defined as &#8805; 10 mut/Mb). Microsatellite status: stable (MSS); 0.9% unstable loci.'),
         P('<b>Copy number</b>'), P('No reportable amplifications or deep deletions.'),
         FrameBreak(),
         H('Clinical Interpretation'),
         P('BRAF V600E in colorectal carcinoma confers poor prognosis and predicts benefit from encorafenib plus cetuximab. '
           'BRAF V600E in CRC is also associated with MLH1 promoter hypermethylation; however this tumour is MSS. '
           'PIK3CA exon 9 variants have been studied as predictors of aspirin benefit in the adjuvant setting, which is not '
           'applicable here. KRAS and NRAS: no pathogenic variants detected, consistent with the mutually exclusive pattern of RAS and BRAF mutations.'),
         P('Clinical trials matched to BRAF V600E: 7 (see appendix).', SMALL),
         NextPageTemplate('one'), PageBreak(),
         H('Appendix A. Variants of unknown or no clinical significance'),
         P('The following variants are reported for completeness and should not be used for clinical management.', SMALL),
         T(rows, [25*mm, 45*mm, 15*mm, 20*mm, 60*mm])]
    s += methods_page('OncoTrace 500', pb=False)
    build(2314, s, 'Pellucid Molecular', 'Precision Oncology Reports (fictional)', accent='#117a65', footer='TG-26-1005 — CRANLEIGH, Absalom — Confidential')
    register(2314, 'genomic: tissue CGP, tiered, two-column, long VUS table (CRC)', [
        L('BRAF', 'mutation', 'positive', alteration='V600E'), L('PIK3CA', 'mutation', 'positive', alteration='E545K'),
        L('TMB', 'signature', 'negative', value='4 mut/Mb'), L('MSI', 'signature', 'negative'),
        L('KRAS', 'mutation', 'negative'), L('NRAS', 'mutation', 'negative'), L('NTRK', 'fusion', 'negative')])

# 2315 ---------------------------------------------------------------
def r2315():
    s = [H('Somatic Tumour Sequencing — Ovarian', 1),
         KV([('Patient', 'THISTLEWOOD, Verity'), ('Specimen', 'Omental deposit, interval debulking'), ('Neoplastic cellularity', '70%')]),
         SP(4),
         BOX([P('<b>Clinically significant</b>'),
              P('BRCA1 &#8212; c.5266dupC, p.Gln1756Profs*74 (exon 20) &#8212; pathogenic &#8212; VAF 81%'),
              P('TP53 &#8212; c.659A>G, p.Tyr220Cys &#8212; pathogenic &#8212; VAF 76%'),
              P('<b>Potentially significant</b>'), P('CCNE1 &#8212; copy gain (6 copies)'),
              P('<b>Uncertain significance</b>'), P('BRCA2 &#8212; c.8187G>T, p.Lys2729Asn &#8212; VUS &#8212; VAF 48%')], color='#4a235a', fill='#f7f2fa'),
         H('Signatures'),
         T([['Signature', 'Result', 'Reference'], ['Tumour mutational burden', '2.5 mutations/megabase', 'Low (< 10)'],
            ['Microsatellite instability', 'MSS', 'MSI-H if > 20% unstable loci'], ['Genomic instability score', '54', 'High (≥ 42)']],
           [60*mm, 50*mm, 60*mm]),
         H('Comment'),
         P('The BRCA1 frameshift may be germline or somatic; the high allele fraction with loss of heterozygosity is consistent with '
           'either. Referral to clinical genetics for germline confirmatory testing is recommended.')]
    s += methods_page('GynaeSeq', 'HRD status is derived from genome-wide LOH, TAI and LST.')
    build(2315, s, 'Ravensholt Genomic Medicine Centre', 'Fictional', accent='#4a235a')
    register(2315, 'genomic: tissue NGS, ovarian (BRCA)', [
        L('BRCA1', 'mutation', 'positive', alteration='Q1756Pfs*74'), L('TP53', 'mutation', 'positive', alteration='Y220C'),
        L('TMB', 'signature', 'negative', value='2.5 mut/Mb'), L('MSI', 'signature', 'negative')])

# 2316 ---------------------------------------------------------------
def r2316():
    s = [H('NGS Solid Tumour Panel — Final Report', 1),
         KV([('Pt', 'KINGSLEIGH, Barnaby'), ('Dx', 'Adenocarcinoma, right colon'), ('Block', 'C26-3302 A7')]),
         H('Key results'),
         P('- Microsatellite Instability: <b>MSI-HIGH</b> (MSI score 38.4%; threshold 20%)'),
         P('- Tumour Mutation Burden: <b>48 mut/Mb</b> (TMB-H; cut-off 10 mut/Mb)'),
         P('- BRAF p.V600E detected (VAF 21%)'),
         P('- KRAS: wild type (exons 2, 3, 4)  - NRAS: wild type (exons 2, 3, 4)'),
         H('Other variants'),
         T([['Gene', 'Variant', 'AF', 'Classification'], ['PIK3CA', 'p.(Arg88Gln)', '12%', 'Uncertain significance'], ['RNF43', 'p.(Gly659fs)', '33%', 'Likely pathogenic']],
           [25*mm, 40*mm, 20*mm, 50*mm]),
         H('Recommendations'),
         P('MSI-H with BRAF V600E is usually sporadic (MLH1 promoter hypermethylation). Confirmation with MMR immunohistochemistry '
           '(MLH1, PMS2, MSH2, MSH6) and MLH1 methylation testing is recommended to assess for Lynch syndrome.')]
    s += methods_page('SolidSeq v4')
    build(2316, s, 'Lowmarsh Clinical Genomics', 'Fictional', accent='#922b21')
    register(2316, 'genomic: tissue NGS panel, CRC MSI-H', [
        L('MSI', 'signature', 'positive'), L('TMB', 'signature', 'positive', value='48 mut/Mb'),
        L('BRAF', 'mutation', 'positive', alteration='V600E'), L('KRAS', 'mutation', 'negative'), L('NRAS', 'mutation', 'negative')])

# 2317 ---------------------------------------------------------------
def r2317():
    s = [H('Genomic Profiling — Thoracic', 1),
         KV([('Patient', 'ORCHARDSON, Wilhelmina'), ('Specimen', 'Lung resection, LLL (T26-5088)'), ('Outside PD-L1', 'see comment')]),
         H('DETECTED'),
         T([['Gene', 'Alteration type', 'Details', 'Tier'],
            ['MET', 'Splice site variant', 'c.3028+1G>T — exon 14 skipping', 'I'],
            ['MET', 'Amplification', 'Estimated copy number 9', 'II'],
            ['TP53', 'Missense', 'p.(Arg248Trp) VAF 35%', 'II']], [20*mm, 35*mm, 70*mm, 15*mm]),
         H('NOT DETECTED'),
         P('EGFR, KRAS, BRAF and ERBB2 — no pathogenic variants. ALK, ROS1, RET — no fusions.'),
         H('Signatures'),
         P('TMB = 9 Muts/Mb (TMB-Low; our threshold for TMB-High is 10 Muts/Mb). MSI: Stable.'),
         H('Comment'),
         P('PD-L1 (22C3) was performed on the diagnostic biopsy of this tumour at Westcombe Hospital (WC-25-9981): TPS 30%. '
           'MET exon 14 skipping alterations confer sensitivity to capmatinib and tepotinib.')]
    s += methods_page('ThoraxSeq')
    build(2317, s, 'Quarrybank Molecular Laboratory', 'Fictional', accent='#1b4f72')
    register(2317, 'genomic: tissue NGS, MET ex14 + amplification', [
        L('MET', 'mutation', 'positive', alteration='exon 14 skipping'), L('MET', 'amplification', 'positive', alteration='amplification'),
        L('TP53', 'mutation', 'positive', alteration='R248W'), L('EGFR', 'mutation', 'negative'), L('KRAS', 'mutation', 'negative'),
        L('BRAF', 'mutation', 'negative'), L('HER2', 'mutation', 'negative'), L('ALK', 'fusion', 'negative'), L('ROS1', 'fusion', 'negative'),
        L('RET', 'fusion', 'negative'), L('TMB', 'signature', 'negative', value='9 mut/Mb'), L('MSI', 'signature', 'negative'),
        L('PD-L1', 'expression', 'positive', percent=30)])

# 2318 ---------------------------------------------------------------
def r2318():
    s = [H('Prostate Cancer cfDNA Panel', 1),
         KV([('Patient', 'BELLWETHER, Thaddeus'), ('Clinical', 'mCRPC on enzalutamide'), ('Sample', 'Plasma, 2 tubes')]),
         SP(4), H('Somatic alterations'),
         T([['Gene', 'Finding', 'cfDNA fraction / copy number', 'Significance'],
            ['AR', 'Amplification', 'plasma CN 4.8', 'Resistance to AR-directed therapy'],
            ['AR', 'p.T878A (legacy T877A)', '2.1%', 'Resistance; ligand-binding domain'],
            ['TP53', 'p.R248Q', '5.5%', 'Pathogenic']], [20*mm, 45*mm, 45*mm, 60*mm]),
         H('Homologous recombination repair genes'),
         P('BRCA1: negative. BRCA2: negative. ATM, CDK12, PALB2: no pathogenic alterations detected. '
           'Given the absence of HRR alterations in plasma, tissue testing may be considered for PARP inhibitor eligibility.'),
         P('MSI status: microsatellite stable.'),
         P('Germline testing: not performed by this assay.', SMALL)]
    build(2318, s, 'Stonebridge Precision Diagnostics', 'Fictional', accent='#5d6d7e')
    register(2318, 'genomic: liquid biopsy, prostate', [
        L('AR', 'amplification', 'positive', alteration='amplification'), L('AR', 'mutation', 'positive', alteration='T878A'),
        L('TP53', 'mutation', 'positive', alteration='R248Q'), L('BRCA1', 'mutation', 'negative'), L('BRCA2', 'mutation', 'negative'),
        L('MSI', 'signature', 'negative')])

# 2319 ---------------------------------------------------------------
def r2319():
    s = [H('BRAF Codon 600 Analysis', 1),
         KV([('Patient', 'NIGHTINGALE-ROSS, Emeric'), ('Specimen', 'Axillary lymph node, metastatic melanoma'), ('Platform', 'Automated real-time PCR cartridge')]),
         H('Result'),
         P('Mutation detected: <b>V600K</b>'),
         P('This assay distinguishes V600E/E2/D from V600K/R/M. V600K-mutant melanoma is eligible for BRAF/MEK inhibitor combinations.'),
         P('NRAS and KIT analysis: not requested.', SMALL)]
    build(2319, s, 'Eastmoor Dermatopathology & Molecular', 'Fictional', accent='#6e2c00')
    register(2319, 'molecular: BRAF codon 600 PCR (melanoma)', [L('BRAF', 'mutation', 'positive', alteration='V600K')])

# 2320 ---------------------------------------------------------------
def r2320():
    s = [H('NTRK Fusion Work-up', 1),
         KV([('Patient', 'FAIRCLOUGH, Isadora'), ('Specimen', 'Parotid, secretory carcinoma (P26-0449)')]),
         H('Part 1 — pan-TRK immunohistochemistry (clone EPR17341)'),
         P('Diffuse moderate nuclear and cytoplasmic staining in tumour cells. Interpretation: pan-TRK positive.'),
         H('Part 2 — RNA NGS'),
         P('Fusion identified: ETV6 (exon 5) – NTRK3 (exon 15). In-frame. 412 junction reads.'),
         P('Conclusion: <b>NTRK3 gene fusion PRESENT</b>. The patient may be eligible for TRK inhibitors (larotrectinib, entrectinib).')]
    build(2320, s, 'Wrenfield Head & Neck Pathology', 'Fictional', accent='#1e8449')
    register(2320, 'molecular: NTRK IHC + RNA NGS', [
        L('NTRK', 'expression', 'positive'), L('NTRK', 'fusion', 'positive', alteration='ETV6-NTRK3')])

# 2321 ---------------------------------------------------------------
def r2321():
    s = [H('HER2 Testing — Gastro-oesophageal Junction Adenocarcinoma', 1),
         KV([('Patient', 'LATTIMORE, Cressida'), ('Block', 'GOJ resection, D3')]),
         H('Immunohistochemistry (4B5)'),
         P('Moderate basolateral membranous reactivity in a cluster of more than 5 cohesive tumour cells: score 2+ (equivocal).'),
         H('Bright-field dual ISH'),
         KV([('Mean HER2 signals per cell', '3.9'), ('Mean CEP17 signals per cell', '2.4'), ('Ratio', '1.6')]),
         P('<b>Overall HER2 status: NOT AMPLIFIED / NEGATIVE.</b>'),
         P('Gastric scoring (Hofmann/Rüschoff): IHC 3+ positive; 2+ equivocal, reflex to ISH; 0–1+ negative. ISH positive if ratio &#8805; 2.0.', SMALL)]
    build(2321, s, 'Tidewell University Pathology', 'Fictional', accent='#2c3e50')
    register(2321, 'HER2 IHC + ISH (GOJ)', [
        L('HER2', 'expression', 'equivocal', ihc_score='2+'), L('HER2', 'amplification', 'negative', ratio=1.6)])

# 2322 ---------------------------------------------------------------
def r2322():
    s = [H('*** AMENDED REPORT ***', 1),
         P('Reason for amendment: transcription error in the KRAS variant. The originally issued report (12 Feb 2026) stated '
           'p.G12V; the correct variant is p.G12D. All other content unchanged.'),
         H('Molecular Analysis — Pancreatic Adenocarcinoma'),
         KV([('Patient', 'HEATHERLEIGH, Ambrose'), ('Specimen', 'EUS-FNB, pancreatic head')]),
         T([['Gene', 'Result', 'VAF'], ['KRAS', 'c.35G>A p.G12D — detected', '18%'], ['BRAF', 'not detected', '—'], ['NRAS', 'not detected', '—']],
           [25*mm, 80*mm, 25*mm]),
         P('Pending: NRG1 fusion analysis (RNA) — sent to reference laboratory.'),
         P('Note: KRAS wild-type pancreatic cancers should be assessed for NRG1, NTRK and ALK fusions.', SMALL)]
    build(2322, s, 'Greyfriars Hospital Molecular Pathology', 'Fictional', accent='#a04000')
    register(2322, 'molecular: amended KRAS panel report (pancreas)', [
        L('KRAS', 'mutation', 'positive', alteration='G12D'), L('BRAF', 'mutation', 'negative'), L('NRAS', 'mutation', 'negative')])

ALL = [r2301, r2302, r2303, r2304, r2305, r2306, r2307, r2308, r2309, r2310, r2311, r2312, r2313, r2314, r2315,
       r2316, r2317, r2318, r2319, r2320, r2321, r2322]
