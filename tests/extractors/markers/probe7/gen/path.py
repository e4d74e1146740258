from common import *

def hdr(name, acc, extra=()):
    return KV([('Patient', name), ('Accession', acc)] + list(extra), widths=(40*mm, 130*mm))

def r2323():
    s = [H('SURGICAL PATHOLOGY REPORT', 1), hdr('PENNYWHISTLE, Rosamund', 'SP-26-01877', [('Specimen', 'Right breast 10:00, US-guided core biopsy')]),
         H('FINAL DIAGNOSIS'), P('Invasive ductal carcinoma (NST), Nottingham grade 2 (3+2+2).'),
         H('BREAST BIOMARKER REPORTING TEMPLATE'),
         P('<b>Estrogen Receptor (ER) Status</b>'),
         KV([('Result', 'Positive'), ('Percentage of cells with nuclear positivity', '95%'), ('Average intensity of staining', 'Strong'), ('Allred score', '8 (5+3)')]),
         P('<b>Progesterone Receptor (PgR) Status</b>'),
         KV([('Result', 'Positive'), ('Percentage of cells with nuclear positivity', '40%'), ('Average intensity', 'Moderate'), ('Allred score', '6 (3+3)')]),
         P('<b>HER2 (ERBB2) by immunohistochemistry</b>'),
         KV([('Result', 'Negative (Score 1+)'), ('Comment', 'HER2-low category; faint incomplete membrane staining in ~20% of cells')]),
         P('<b>Ki-67</b>'), KV([('Percentage of positive tumour nuclei', '22%')]),
         KV([('Cold ischemia time', '< 1 hour'), ('Fixation', '10% NBF, 24 h'), ('Controls', 'External and internal controls satisfactory'),
             ('Primary antibodies', 'ER SP1, PR 1E2, HER2 4B5, Ki-67 30-9')]),
         P('Electronically signed: Dr L. Quenby (fictional)', SMALL)]
    build(2323, s, 'Marlowe Memorial Hospital', 'Department of Pathology and Laboratory Medicine', accent='#283747')
    register(2323, 'pathology: breast core biopsy, synoptic biomarkers', [
        L('ER', 'expression', 'positive', percent=95), L('PR', 'expression', 'positive', percent=40),
        L('HER2', 'expression', 'negative', ihc_score='1+'), L('Ki-67', 'expression', 'reported', percent=22)])

def r2324():
    s = [H('Pathology Report', 1), hdr('ASHWORTH-VANE, Delphine', 'H26-44012', [('Specimens', 'A: Left breast wide local excision; B: Sentinel node x2')]),
         H('Diagnosis'),
         P('A. Left breast WLE: Invasive carcinoma of no special type, grade 2, 21 mm, margins clear (closest 4 mm posterior).'),
         P('B. Sentinel lymph nodes: 0/2 (isolated tumour cells absent).'),
         H('Receptor status'),
         P('Hormone receptors and HER2 were assessed on the preceding core biopsy of this tumour (H26-39007): ER positive (90%, strong), '
           'PR positive, low (5%), HER2 IHC 2+ (equivocal) with FISH showing no amplification (HER2/CEP17 ratio 1.3, mean HER2 copy number 3.1). '
           'These were not repeated on the excision.'),
         P('Ki-67 proliferation index: core biopsy 30%; repeated on excision at clinician request: 15% (hot-spot method, 500 cells). '
           'The difference likely reflects heterogeneity and neoadjuvant endocrine exposure.'),
         H('Comment'),
         P('Oncotype DX recurrence score may be considered; a request form has been sent with block A4.')]
    build(2324, s, 'Thornbury District Hospital — Histopathology', 'Fictional', accent='#154360')
    register(2324, 'pathology: breast excision with earlier biopsy results (biopsy + resection)', [
        L('ER', 'expression', 'positive', percent=90), L('PR', 'expression', 'positive', percent=5),
        L('HER2', 'expression', 'equivocal', ihc_score='2+'), L('HER2', 'amplification', 'negative', ratio=1.3),
        L('Ki-67', 'expression', 'reported', percent=30), L('Ki-67', 'expression', 'reported', percent=15)])

def r2325():
    s = [H('HISTOPATHOLOGY', 1), hdr('BRIGHTWELL, Cosima', 'BX-26-2290', [('Site', 'Left breast mass, 14G core x4')]),
         P('<b>Microscopy:</b> Cores infiltrated by high-grade carcinoma with solid growth and necrosis. Grade 3.'),
         H('Immunohistochemistry'),
         T([['Marker', 'Clone', 'Result', 'Quantitation'],
            ['Oestrogen receptor', 'SP1', 'Positive', '85% of nuclei; H-score 240'],
            ['Progesterone receptor', '16', 'Negative', '<1% of nuclei'],
            ['HER2', 'HercepTest', '3+', 'Circumferential intense complete membrane staining in 70%'],
            ['MIB-1 (Ki-67)', 'MIB-1', '—', '>50%'],
            ['CK5/6', 'D5/16B4', 'Negative', '—']], [40*mm, 25*mm, 30*mm, 75*mm]),
         P('H-score scale 0–300. HER2 interpretation per ASCO/CAP: 3+ = positive.', SMALL)]
    build(2325, s, 'Oakhampton Cellular Pathology', 'Fictional NHS-style trust', accent='#512e5f')
    register(2325, 'pathology: breast core, IHC table with H-score', [
        L('ER', 'expression', 'positive', percent=85), L('PR', 'expression', 'negative', value='<1%'),
        L('HER2', 'expression', 'positive', ihc_score='3+'), L('Ki-67', 'expression', 'reported', value='>50%')])

def r2326():
    s = [H('Surgical Pathology — Colorectal Resection', 1), hdr('CAMBERWICK, Ptolemy', 'SR-26-7781', [('Procedure', 'Right hemicolectomy')]),
         H('Synoptic summary'),
         KV([('Histologic type', 'Adenocarcinoma, mucinous features (40%)'), ('Grade', 'High grade'), ('pT', 'pT3'), ('pN', 'pN0 (0/24)'),
             ('Lymphovascular invasion', 'Not identified')]),
         H('Mismatch Repair Immunohistochemistry'),
         T([['MLH1', 'PMS2', 'MSH2', 'MSH6'], ['Loss of nuclear expression', 'Loss of nuclear expression', 'Intact', 'Intact']], [42*mm]*4),
         P('Background colonic mucosa and lymphocytes show intact staining (internal positive control).', SMALL),
         P('<b>Interpretation:</b> Mismatch repair deficient (dMMR). Loss of MLH1/PMS2 may be sporadic (MLH1 promoter hypermethylation) or '
           'germline (Lynch syndrome).'),
         P('BRAF V600E (clone VE1) immunostain: no staining in tumour cells (negative).'),
         P('<b>Recommendation:</b> MLH1 promoter methylation testing is recommended; if unmethylated, refer for germline genetic testing.')]
    build(2326, s, 'Riverside Infirmary Pathology', 'Fictional', accent='#0b5345')
    register(2326, 'pathology: colorectal resection, MMR IHC table (column per marker)', [
        L('MLH1', 'expression', 'negative'), L('PMS2', 'expression', 'negative'), L('MSH2', 'expression', 'positive'),
        L('MSH6', 'expression', 'positive'), L('MMR', 'signature', 'positive'), L('BRAF', 'expression', 'negative')])

def r2327():
    box = lambda x: '[X]' if x else '[ ]'
    s = [H('COLON AND RECTUM — BIOMARKER CHECKLIST', 1), hdr('DRUMMOND-FLETCH, Eulalie', 'CX-26-0450', [('Specimen', 'Sigmoid colectomy')]),
         H('Mismatch Repair Proteins (IHC)'),
         P('MLH1: %s Intact nuclear expression &nbsp; %s Loss of nuclear expression &nbsp; %s Cannot be determined' % (box(1), box(0), box(0)), MONO),
         P('MSH2: %s Intact nuclear expression &nbsp; %s Loss of nuclear expression &nbsp; %s Cannot be determined' % (box(1), box(0), box(0)), MONO),
         P('MSH6: %s Intact nuclear expression &nbsp; %s Loss of nuclear expression &nbsp; %s Cannot be determined' % (box(1), box(0), box(0)), MONO),
         P('PMS2: %s Intact nuclear expression &nbsp; %s Loss of nuclear expression &nbsp; %s Cannot be determined' % (box(1), box(0), box(0)), MONO),
         P('Interpretation: %s No loss of nuclear expression of MMR proteins: low probability of MSI-H<br/>'
           '%s Loss of nuclear expression of MLH1 and PMS2<br/>%s Loss of nuclear expression of MSH2 and MSH6' % (box(1), box(0), box(0)), MONO),
         H('Microsatellite Instability (PCR)'),
         P('%s MSI-H &nbsp; %s MSS &nbsp; %s MSI-L &nbsp; %s Not performed' % (box(0), box(0), box(0), box(1)), MONO),
         H('KRAS / NRAS / BRAF'),
         P('Sent to regional molecular laboratory on 02/03/2026; results to follow as a supplementary report.'),
         P('Controls: external tissue controls reacted appropriately.', SMALL)]
    build(2327, s, 'Hollinsby Community Hospital', 'Laboratory Medicine (fictional)', accent='#196f3d')
    register(2327, 'pathology: colorectal checklist with tick boxes, MMR intact', [
        L('MLH1', 'expression', 'positive'), L('MSH2', 'expression', 'positive'), L('MSH6', 'expression', 'positive'),
        L('PMS2', 'expression', 'positive'), L('MMR', 'signature', 'negative')])

def r2328():
    s = [H('Pathology Report — Thoracic', 1), hdr('VANTERPOOL, Ignatius', 'TH-26-1209', [('Specimen', 'EBUS-TBNA station 4R; cell block')]),
         H('Diagnosis'), P('Metastatic non-small cell carcinoma, favour adenocarcinoma (TTF-1 positive, p40 negative).'),
         H('Predictive markers'),
         P('PD-L1 (22C3): Tumour Proportion Score &lt;1%. (Adequate: &gt;100 tumour cells.)'),
         P('ALK (D5F3, Ventana): negative. ROS1 (D4D6): negative — no cytoplasmic staining in tumour cells.'),
         P('EGFR and broader NGS panel: requested on block 1; DNA extraction in progress. An addendum will follow.'),
         H('Note', 3),
         P('A negative ALK immunostain with the D5F3 clone is considered definitive; ROS1 IHC is a screening test and positive cases require confirmation by FISH or NGS.', SMALL)]
    build(2328, s, 'Kingsmere Chest Hospital', 'Department of Histopathology (fictional)', accent='#7d3c98')
    register(2328, 'pathology: lung cytology with PD-L1/ALK/ROS1 IHC', [
        L('PD-L1', 'expression', 'negative', value='<1%'), L('ALK', 'expression', 'negative'), L('ROS1', 'expression', 'negative')])

def r2329():
    s = [H('SURGICAL PATHOLOGY', 1), hdr('HOLBROOK-ST JAMES, Winifred', 'G-26-3319', [('Specimen', 'Total gastrectomy')]),
         H('Diagnosis'), P('Adenocarcinoma of stomach, intestinal type, ypT3 ypN1 (2/31). Tumour regression grade 3.'),
         H('Biomarkers'),
         T([['Specimen', 'HER2 IHC', 'PD-L1 22C3', 'MMR IHC'],
            ['Diagnostic biopsy (G-25-8810)', '2+ (equivocal); ISH not performed — insufficient tumour', 'not done', 'not done'],
            ['Gastrectomy (this specimen)', '3+', 'CPS 12', 'MLH1, PMS2, MSH2, MSH6 retained']], [50*mm, 55*mm, 30*mm, 40*mm]),
         P('<b>Interpretation:</b> HER2 positive on resection (heterogeneous; 3+ in ~30% of tumour cells). Mismatch repair proficient.'),
         P('Gastric HER2 criteria (Rüschoff 2010) applied. PD-L1 CPS cut-offs used clinically: 1, 5, 10.', SMALL)]
    build(2329, s, 'Ellesmere General Hospital', 'Anatomical Pathology (fictional)', accent='#6c3483')
    register(2329, 'pathology: gastric resection, row per specimen (biopsy + resection)', [
        L('HER2', 'expression', 'equivocal', ihc_score='2+'), L('HER2', 'expression', 'positive', ihc_score='3+'),
        L('PD-L1', 'expression', 'positive', value='CPS 12'),
        L('MLH1', 'expression', 'positive'), L('PMS2', 'expression', 'positive'), L('MSH2', 'expression', 'positive'),
        L('MSH6', 'expression', 'positive'), L('MMR', 'signature', 'negative')])

def r2330():
    s = [H('Dermatopathology Report', 1), hdr('SILVERTHORNE, Aurelio', 'DP-26-0098', [('Specimen', 'Left inguinal lymph node dissection')]),
         H('Diagnosis'), P('Metastatic melanoma in 3 of 11 lymph nodes, largest deposit 18 mm, extranodal extension present.'),
         P('Immunohistochemistry: SOX10 and Melan-A positive; BRAF V600E mutation-specific antibody (VE1): positive, diffuse cytoplasmic staining.'),
         P('PD-L1 was not requested.'),
         PageBreak(),
         H('ADDENDUM (molecular) — 19/02/2026'),
         P('BRAF mutation testing (real-time PCR) on block C2: V600E mutation DETECTED, concordant with VE1 immunohistochemistry.')]
    build(2330, s, 'Sorrelgate Skin Pathology', 'Fictional', accent='#784212')
    register(2330, 'pathology: melanoma with BRAF VE1 IHC + molecular addendum', [
        L('BRAF', 'expression', 'positive'), L('BRAF', 'mutation', 'positive', alteration='V600E')])

def r2331():
    s = [H('Surgical Pathology Report', 1), hdr('MERRIWEATHER, Caspian', 'GI-26-5120', [('Specimen', 'Partial gastrectomy, gastric wall mass')]),
         H('Diagnosis'), P('Gastrointestinal stromal tumour, spindle cell type, 6.2 cm, mitotic count 3/5 mm². Risk: moderate (Miettinen).'),
         H('Immunohistochemistry'),
         P('CD117 (KIT): positive, diffuse. DOG1: positive. CD34: positive. Desmin, S100: negative. SDHB: retained. Ki-67: approximately 4%.'),
         H('Molecular (reference laboratory)'),
         T([['Gene', 'Region', 'Result'], ['KIT', 'exon 11', 'p.W557_K558del detected'], ['KIT', 'exons 9, 13, 17', 'no mutation'],
            ['PDGFRA', 'exons 12, 14, 18', 'no mutation'], ['BRAF', 'V600E', 'not detected']], [30*mm, 40*mm, 60*mm]),
         P('KIT exon 11 deletions involving codons 557–558 predict imatinib sensitivity but higher recurrence risk.', SMALL)]
    build(2331, s, 'Pembury Royal Hospital', 'Histopathology (fictional)', accent='#186a3b')
    register(2331, 'pathology: GIST (KIT out of scope) with molecular table', [
        L('Ki-67', 'expression', 'reported', percent=4), L('BRAF', 'mutation', 'negative')])

def r2332():
    s = [H('NEUROPATHOLOGY REPORT', 1), hdr('ARKWRIGHT, Seraphina', 'NP-26-0317', [('Specimen', 'Left frontal lesion, resection')]),
         H('Integrated diagnosis (provisional)'), P('Astrocytoma, IDH-mutant, CNS WHO grade 3 (pending 1p/19q and CDKN2A).'),
         H('Immunohistochemistry'),
         T([['Antibody', 'Result'], ['IDH1 R132H', 'Positive (strong cytoplasmic staining in tumour cells)'], ['ATRX', 'Loss of nuclear expression (retained in endothelium)'],
            ['p53', 'Strong nuclear staining in ~80% of tumour cells (aberrant, mutant-type)'], ['Ki-67 (MIB-1)', '15%'], ['OLIG2', 'Positive'],
            ['GFAP', 'Positive']], [45*mm, 115*mm]),
         P('Sequencing for non-canonical IDH1/IDH2 variants is not required given positive R132H immunostaining.'),
         P('CDKN2A/B homozygous deletion (FISH) and 1p/19q: pending.')]
    build(2332, s, 'Wolfscote Neurosciences Centre', 'Fictional', accent='#212f3d')
    register(2332, 'pathology: glioma IHC (IDH1/ATRX/p53)', [
        L('IDH1', 'expression', 'positive'), L('IDH1', 'mutation', 'positive', optional=True), L('TP53', 'expression', 'positive', percent=80), L('Ki-67', 'expression', 'reported', percent=15)])

def r2333():
    s = [H('Cytopathology and Histology Report', 1), hdr('FOXHALL, Barnabas', 'PL-26-0662', [('Specimen', 'Pleural biopsies (VATS)')]),
         H('Diagnosis'), P('Malignant mesothelioma, epithelioid type.'),
         H('Ancillary studies'),
         P('Tumour cells express calretinin, WT1, D2-40 and CK5/6 and are negative for TTF-1, Ber-EP4 and claudin-4. BAP1 nuclear expression is lost. '
           'MTAP expression lost. Mesothelin: positive (membranous, 70% of tumour cells).'),
         P('PD-L1 (SP263): tumour cell staining 5%.'),
         P('CDKN2A (p16) FISH: homozygous deletion detected.')]
    build(2333, s, 'Saltmarsh Thoracic Pathology', 'Fictional', accent='#4d5656')
    register(2333, 'pathology: mesothelioma (Mesothelin, PD-L1)', [
        L('Mesothelin', 'expression', 'positive', percent=70), L('PD-L1', 'expression', 'positive', percent=5)])

def r2334():
    s = [H('Paediatric Pathology Report', 1), hdr('LARKSPUR, Tobias (age 3)', 'PED-26-0041', [('Specimen', 'Left adrenal mass, open biopsy')]),
         H('Diagnosis'), P('Neuroblastoma, poorly differentiated, Schwannian stroma-poor; MKI high. Unfavourable histology (INPC).'),
         H('Immunophenotype'),
         P('PHOX2B positive, synaptophysin positive, chromogranin positive. CD99 negative. GD2 (immunohistochemistry, clone 14G2a on frozen section): strong diffuse membranous positivity.'),
         H('Molecular genetics (supplementary)'),
         P('MYCN: amplified (FISH, >40 copies). 11q: no loss. ALK sequencing (exons 20–28): c.3522C>A p.(Phe1174Leu) detected, VAF 24% — pathogenic.'),
         P('ALK immunohistochemistry: not performed.', SMALL)]
    build(2334, s, 'Children\'s Hospital of Fernvale', 'Paediatric Laboratory Medicine (fictional)', accent='#a93226')
    register(2334, 'pathology: neuroblastoma (GD2, ALK mutation)', [
        L('GD2', 'expression', 'positive'), L('ALK', 'mutation', 'positive', alteration='F1174L')])

def r2335():
    s = [H('Surgical Pathology', 1), hdr('QUENTIN-MARSH, Beatrix', 'SP-26-09931', [('Specimen', 'Right breast, ultrasound core biopsy')]),
         H('Final Diagnosis'), P('Invasive carcinoma, no special type, grade 3, with apocrine features. Hormone receptor and HER2 studies to follow in an addendum.'),
         H('Addendum #1 (dated 09-Mar-2026)'),
         P('Immunohistochemistry was performed on block A1 with appropriate controls. Tumour cells are negative for oestrogen receptor (0%) and '
           'progesterone receptor (0%). HER2 (4B5): score 0 — no membrane staining observed. Ki-67: 40%.'),
         H('Addendum #2 (dated 12-Mar-2026)'),
         P('At the request of the oncology MDT, androgen receptor (SP107) immunostaining was performed: nuclear staining in 70% of tumour cells, moderate to strong — AR positive.'),
         P('Comment: Triple-negative, AR-positive carcinoma; consider germline BRCA testing per guidelines.')]
    build(2335, s, 'Greenhithe Women\'s Hospital', 'Breast Pathology (fictional)', accent='#943126')
    register(2335, 'pathology: breast with two addenda (ER/PR/HER2, AR)', [
        L('ER', 'expression', 'negative', percent=0), L('PR', 'expression', 'negative', percent=0),
        L('HER2', 'expression', 'negative', ihc_score='0'), L('Ki-67', 'expression', 'reported', percent=40), L('AR', 'expression', 'positive', percent=70)])

def r2336():
    s = [H('AMENDED REPORT', 1),
         P('<b>Amendment:</b> HER2 immunohistochemistry score revised from 1+ to 2+ following second pathologist review. Reflex HER2 ISH has been ordered; result to follow.'),
         hdr('TALLOWAY, Genevieve', 'BR-26-1140', [('Specimen', 'Left breast core biopsy')]),
         H('Diagnosis'), P('Invasive lobular carcinoma, classic type, grade 2. E-cadherin negative.'),
         H('Biomarkers (amended)'),
         KV([('ER', 'Positive (>95%, strong)'), ('PgR', 'Positive (60%, moderate)'), ('HER2 IHC', '2+ — EQUIVOCAL (amended; previously reported 1+)'),
             ('HER2 ISH', 'Pending')], grid=True),
         P('ASCO/CAP 2018 HER2 IHC: 0/1+ negative; 2+ equivocal; 3+ positive.', SMALL)]
    build(2336, s, 'Millbrook Breast Unit', 'Histopathology (fictional)', accent='#5b2c6f')
    register(2336, 'pathology: amended breast report (HER2 corrected)', [
        L('ER', 'expression', 'positive', value='>95%'), L('PR', 'expression', 'positive', percent=60), L('HER2', 'expression', 'equivocal', ihc_score='2+')])

def r2337():
    s = [P('Department of Gynaecological Pathology<br/>Corrib House, Fictional City', SERIF), SP(8),
         P('Dr Marguerite Oakes<br/>Consultant Gynaecologist<br/>Ballinwick Hospital (fictional)', SERIF), SP(8),
         P('Re: HAZELDENE, Philippa — your ref. BW-26-0812; our ref. CONS-26-144', SERIF), SP(6),
         P('Dear Dr Oakes,', SERIF),
         P('Thank you for referring this hysterectomy specimen for a second opinion. I agree with your diagnosis of endometrioid '
           'adenocarcinoma, FIGO grade 2, with superficial myometrial invasion (3 of 15 mm).', SERIF),
         P('We performed mismatch repair immunohistochemistry on block 3C. There is loss of nuclear staining for MSH2 and MSH6 in the tumour, '
           'with preserved internal control staining; MLH1 and PMS2 are retained. The tumour is therefore mismatch repair deficient, '
           'and the pattern raises the possibility of Lynch syndrome; referral to clinical genetics is advised. '
           'Oestrogen receptor is positive in 80% of tumour nuclei. p53 shows a wild-type pattern of staining.', SERIF),
         P('POLE mutation analysis would complete molecular classification; this has not been performed here but can be arranged if you wish.', SERIF),
         P('Yours sincerely,<br/><br/>Dr Fenella Rookwood<br/>Consultant Gynaecological Pathologist (fictional)', SERIF)]
    build(2337, s, 'Corrib Regional Pathology Consultation Service', 'Consult letter (fictional)', accent='#34495e', serif=True)
    register(2337, 'pathology: consultation letter (endometrium, MMR)', [
        L('MSH2', 'expression', 'negative'), L('MSH6', 'expression', 'negative'), L('MLH1', 'expression', 'positive'), L('PMS2', 'expression', 'positive'),
        L('MMR', 'signature', 'positive'), L('ER', 'expression', 'positive', percent=80), L('TP53', 'expression', 'negative', optional=True)])

def r2338():
    s = [H('Breast Pathology — Bilateral Core Biopsies', 1), hdr('WINTERBOURNE, Adelaide', 'BB-26-0201', [('Specimens', 'A: Left breast 3:00; B: Right breast 11:00')]),
         H('Diagnoses'), P('A. Left: invasive lobular carcinoma, grade 2. B. Right: invasive carcinoma NST, grade 3. Two separate primaries.'),
         H('Prognostic and predictive markers'),
         T([['Specimen', 'ER', 'PR', 'HER2 (IHC)', 'Ki67'],
            ['A (left)', 'Pos, 95%, strong', 'Pos, 80%', '1+', '10%'],
            ['B (right)', 'Neg, 0%', 'Neg, 0%', '3+', '60%']], [35*mm, 35*mm, 30*mm, 30*mm, 25*mm]),
         P('Scoring: ER/PR positive if &#8805;1% of tumour nuclei stain. HER2: 0–1+ negative, 2+ equivocal, 3+ positive.', SMALL)]
    build(2338, s, 'Ivybridge Breast Screening Centre', 'Pathology (fictional)', accent='#0e6655')
    register(2338, 'pathology: bilateral breast, table row per specimen', [
        L('ER', 'expression', 'positive', percent=95), L('PR', 'expression', 'positive', percent=80), L('HER2', 'expression', 'negative', ihc_score='1+'),
        L('Ki-67', 'expression', 'reported', percent=10),
        L('ER', 'expression', 'negative', percent=0), L('PR', 'expression', 'negative', percent=0), L('HER2', 'expression', 'positive', ihc_score='3+'),
        L('Ki-67', 'expression', 'reported', percent=60)])

def r2339():
    s = [H('LUNG RESECTION — CAP-STYLE SYNOPTIC', 1), hdr('GRAVENEY, Ottoline', 'LR-26-0871', [('Procedure', 'Right upper lobectomy')]),
         KV([('Histologic type', 'Invasive adenocarcinoma, solid predominant'), ('Tumour size', '34 mm'), ('Pleural invasion', 'PL1'),
             ('Lymph nodes', '0/12'), ('pTNM', 'pT2a pN0')]),
         H('BIOMARKER TESTING'),
         KV([('ALK (D5F3) IHC', 'Positive — strong granular cytoplasmic staining'), ('PD-L1 (SP263) TPS', '80%'),
             ('Molecular (outside, on prior biopsy of this tumour)', 'EML4-ALK fusion identified by RNA NGS; EGFR: not detected (Halston Labs ref HL-25-7712)')]),
         P('ALK-positive adenocarcinoma. Adjuvant alectinib is an option per current guidelines.')]
    build(2339, s, 'Bellhaven Teaching Hospital', 'Department of Pathology (fictional)', accent='#1f618d')
    register(2339, 'pathology: lung resection synoptic (ALK IHC, PD-L1, outside molecular)', [
        L('ALK', 'expression', 'positive'), L('PD-L1', 'expression', 'positive', percent=80), L('ALK', 'fusion', 'positive', alteration='EML4-ALK'),
        L('EGFR', 'mutation', 'negative')])

def r2340():
    s = [H('Histopathology Report', 1), hdr('PEMBERTHY, Horatio', 'CB-26-3004', [('Specimen', 'Colon, transverse, polypectomy')]),
         H('Clinical history'),
         P('Screening colonoscopy. History of breast carcinoma (2019), ER positive / HER2 negative, treated; on surveillance.'),
         H('Diagnosis'), P('Adenocarcinoma arising in a tubulovillous adenoma; invasion into submucosa (Haggitt level 2). Margin 1.5 mm.'),
         H('MMR immunohistochemistry'),
         T([['MLH1', 'PMS2', 'MSH2', 'MSH6', 'Conclusion'], ['Retained', 'Retained', 'Retained', 'Retained', 'MMR proficient (pMMR)']], [30*mm]*5),
         P('Immunostains for CK7 and CK20 performed to exclude metastatic breast carcinoma: CK7 negative, CK20 positive, consistent with colorectal primary; GATA3 negative.')]
    build(2340, s, 'Kilnsey Valley Hospital', 'Cellular Pathology (fictional)', accent='#7e5109')
    register(2340, 'pathology: colon polyp with history of another tumour; MMR table', [
        L('MLH1', 'expression', 'positive'), L('PMS2', 'expression', 'positive'), L('MSH2', 'expression', 'positive'), L('MSH6', 'expression', 'positive'),
        L('MMR', 'signature', 'negative'), L('ER', 'expression', 'positive', optional=True), L('HER2', 'expression', 'negative', optional=True)])

ALL = [r2323, r2324, r2325, r2326, r2327, r2328, r2329, r2330, r2331, r2332, r2333, r2334, r2335, r2336, r2337, r2338, r2339, r2340]
