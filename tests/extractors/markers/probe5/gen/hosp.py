"""Hospital surgical / biopsy pathology reports 2101-2118 (all invented)."""
from common import *
from reportlab.lib import colors


def r2101():
    r = Rep('2101', font='Times-Roman', size=9.5, header=('LAKESIDE GENERAL HOSPITAL - DEPARTMENT OF PATHOLOGY', 'Accession S26-04417'),
            footer='CONFIDENTIAL PATIENT INFORMATION. Electronically signed. Lakeside General Hospital, Anatomic Pathology.', pagesize=letter)
    r.h('SURGICAL PATHOLOGY REPORT', 13, align=TA_CENTER)
    r.kv([('Patient:', 'Patient A'), ('MRN:', '00-771-204'), ('Accession:', 'S26-04417'), ('Collected:', '03/02/2026'),
          ('Submitting physician:', 'Dr. K'), ('Pathologist:', 'Dr. M')], widths=(38, 120))
    r.sp(6)
    r.h('CLINICAL HISTORY')
    r.p('58-year-old woman with a 1.9 cm irregular mass of the left breast at 2 o\'clock, BI-RADS 5. Ultrasound-guided core biopsy.')
    r.h('FINAL DIAGNOSIS')
    r.p('LEFT BREAST, 2 O\'CLOCK, ULTRASOUND-GUIDED CORE NEEDLE BIOPSY:', bold=True)
    r.p('- INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (TUBULES 3, NUCLEI 2, MITOSES 1).', indent=10)
    r.p('- DUCTAL CARCINOMA IN SITU, CRIBRIFORM TYPE, INTERMEDIATE NUCLEAR GRADE.', indent=10)
    r.p('- NO LYMPHOVASCULAR INVASION IDENTIFIED IN THE CORES.', indent=10)
    r.h('MICROSCOPIC DESCRIPTION')
    r.p('Sections show four cores of fibroadipose breast tissue infiltrated by nests and cords of moderately pleomorphic '
        'tumour cells. An immunostain for p63 shows loss of myoepithelial cells around the invasive nests, supporting the diagnosis. '
        'E-cadherin shows membranous staining, consistent with ductal phenotype.')
    r.h('COMMENT')
    r.p('Prognostic markers were performed on block A1. Estrogen receptor is positive in &gt;90% of tumor nuclei with strong intensity. '
        'Progesterone receptor is positive in 40% of tumor nuclei with moderate intensity. HER2/neu (clone 4B5) is equivocal (2+), '
        'showing weak to moderate complete membrane staining in approximately 30% of invasive tumor cells; reflex in situ hybridization '
        'has been ordered and will be reported in an addendum. The Ki-67 (MIB-1) proliferation index is approximately 25%.')
    r.p('All stains have appropriate positive and negative external controls. Cold ischemia time &lt;1 hour; fixation in 10% neutral buffered '
        'formalin for 18 hours, within ASCO/CAP guidelines.')
    r.p('Dr. M, MD (electronically signed 03/04/2026)', size=8.5)
    r.sp(8)
    r.h('ADDENDUM #1 (03/09/2026) - HER2 FLUORESCENCE IN SITU HYBRIDIZATION', rule=True)
    r.p('Dual-probe FISH (HER2/CEP17) was performed on block A1. Sixty nuclei were counted in two areas of invasive carcinoma by two observers.')
    r.t([['Average HER2 signals/cell', 'Average CEP17 signals/cell', 'HER2/CEP17 ratio', 'Interpretation'],
         ['3.1', '2.4', '1.3', 'NOT AMPLIFIED (ASCO/CAP 2018 Group 5)']], widths=(40, 40, 32, 70))
    r.p('RESULT: HER2 gene is NOT amplified.', bold=True)
    r.p('Dr. M, MD')
    r.lab('ER', 'expression', 'positive', 'Estrogen receptor is positive in >90% of tumor nuclei', value='>90%')
    r.lab('PR', 'expression', 'positive', 'Progesterone receptor is positive in 40% of tumor nuclei', percent=40)
    r.lab('HER2', 'expression', 'equivocal', 'HER2/neu (clone 4B5) is equivocal (2+)', ihc_score='2+')
    r.lab('Ki-67', 'expression', 'reported', 'proliferation index is approximately 25%', percent=25)
    r.lab('HER2', 'amplification', 'negative', 'HER2 gene is NOT amplified', ratio=1.3)
    return r


def r2102():
    r = Rep('2102', font='DVS', size=8.5, header=('Northgate NHS Trust \u2013 Cellular Pathology', 'Lab No. H26/08831'),
            footer='Northgate NHS Trust, Department of Cellular Pathology. UKAS accredited medical laboratory No. 9999 (fictitious).\nThis report is confidential and intended for the requesting clinician only.')
    r.h('HISTOPATHOLOGY REPORT', 12)
    r.t([['Patient', 'Patient B', 'Hospital No.', 'N4471920'], ['Consultant', 'Dr. T (Breast Surgery)', 'Received', '11/02/2026'],
         ['Specimen', 'Right breast wide local excision and sentinel node', 'Reported', '17/02/2026']], widths=(22, 68, 22, 68), header=False)
    r.sp(5)
    r.h('Clinical details')
    r.p('Right breast 14 mm invasive carcinoma on core (H26/05102), ER positive, HER2 negative. Previous left breast carcinoma 2019 '
        '(treated elsewhere; reported at the time as ER negative, HER2 positive). WLE + SLNB.')
    r.h('Macroscopy')
    r.p('Orientated wide local excision, 62 x 48 x 30 mm, weight 41 g. Firm stellate lesion 15 mm, 9 mm from the nearest (inferior) margin. '
        'Blocks A1\u2013A12. Sentinel node: 2 nodes, bisected and embedded entirely (B1\u2013B2).')
    r.h('Microscopy')
    r.p('Invasive carcinoma of no special type (NST), grade 2 (3+2+2 = 7/9), 16 mm in maximum dimension. Associated DCIS, intermediate grade, '
        'solid and cribriform, extending 3 mm beyond the invasive tumour. No lymphovascular invasion. All margins clear (invasive 9 mm inferior; '
        'DCIS 6 mm posterior). Sentinel lymph nodes: 0/2 involved; cytokeratin (AE1/AE3) immunohistochemistry negative.')
    r.h('Receptor studies (block A4)')
    r.t([['Marker', 'Result', 'Score / detail'],
         ['Oestrogen receptor (ER)', 'Positive', 'Allred score 8/8 (PS 5, IS 3)'],
         ['Progesterone receptor (PgR)', 'Positive', 'Allred score 6/8 (PS 4, IS 2)'],
         ['HER2 (ERBB2) IHC', 'Negative', 'Score 1+']], widths=(55, 30, 70))
    r.p('Internal and external controls stained appropriately.', size=7.5)
    r.h('Summary / SNOMED')
    r.box(['<b>Right breast WLE: invasive carcinoma NST, grade 2, 16 mm, pT1c pN0(sn) (UICC TNM 8). Margins clear. ER positive (Allred 8), '
           'PgR positive (Allred 6), HER2 negative (1+). NPI 3.32 (excellent-good prognostic group).</b>', 'T04000 M85003'], bg=colors.white)
    r.p('Dr. S, Consultant Histopathologist', size=8)
    r.sp(8)
    r.h('Supplementary report (04/03/2026)', rule=True)
    r.p('Oncotype DX Breast Recurrence Score (Exact Sciences) was requested by the MDT on block A4. Recurrence Score: 14. '
        'Single-gene scores by RT-PCR: ER 10.2 (positive), PR 7.9 (positive), HER2 9.1 (negative). These do not alter the IHC results above.')
    r.lab('ER', 'expression', 'positive', 'Oestrogen receptor (ER) Positive Allred score 8/8')
    r.lab('PR', 'expression', 'positive', 'Progesterone receptor (PgR) Positive Allred score 6/8')
    r.lab('HER2', 'expression', 'negative', 'HER2 (ERBB2) IHC Negative Score 1+', ihc_score='1+')
    r.lab('ER', 'expression', 'negative', 'reported at the time as ER negative', optional=True)
    r.lab('HER2', 'expression', 'positive', 'ER negative, HER2 positive', optional=True)
    r.lab('ER', 'expression', 'positive', 'ER 10.2 (positive)', optional=True)
    r.lab('PR', 'expression', 'positive', 'PR 7.9 (positive)', optional=True)
    r.lab('HER2', 'expression', 'negative', 'HER2 9.1 (negative)', optional=True)
    return r


def r2103():
    r = Rep('2103', font='Helvetica', size=8.5, header=('St. Brendan Medical Center  |  Anatomic Pathology', 'SP-26-012958  Patient C'),
            footer='St. Brendan Medical Center Laboratories. CLIA 99D9999999 (fictitious). Medical Director: Dr. Q.', pagesize=letter)
    r.h('SURGICAL PATHOLOGY - FINAL REPORT', 12)
    r.kv([('Patient:', 'Patient C'), ('Procedure:', 'Right upper lobectomy with mediastinal lymph node dissection'),
          ('Surgeon:', 'Dr. V'), ('Date of procedure:', '01/20/2026')], widths=(35, 140))
    r.h('DIAGNOSIS')
    r.p('A. Lung, right upper lobe, lobectomy: Invasive adenocarcinoma, acinar predominant (60% acinar, 30% solid, 10% lepidic), 3.4 cm. See synoptic report.')
    r.p('B. Lymph nodes, stations 4R, 7, 10R: Metastatic adenocarcinoma in 1 of 9 lymph nodes (station 10R).')
    r.h('LUNG RESECTION SYNOPTIC (CAP protocol based)', rule=True)
    r.t([['Item', 'Response'], ['Procedure', 'Lobectomy'], ['Specimen laterality', 'Right'], ['Histologic type', 'Invasive non-mucinous adenocarcinoma, acinar predominant'],
         ['Total tumor size', '3.4 cm'], ['Visceral pleural invasion', 'Present (PL1)'], ['Lymphovascular invasion', 'Not identified'],
         ['Margins', 'All margins negative; closest bronchial 2.1 cm'], ['Regional lymph nodes', '1/9 involved (10R)'],
         ['Pathologic stage', 'pT2a pN1']], widths=(60, 115), header=True, zebra=True)
    r.sp(4)
    r.h('BIOMARKER TESTING (performed on block A3)')
    r.t([['Test', 'Method', 'Result'],
         ['PD-L1', 'IHC, 22C3 pharmDx (Dako Autostainer Link 48)', 'Tumor proportion score (TPS): 60%'],
         ['ALK', 'IHC, clone D5F3 (Ventana), with rabbit monoclonal negative control', 'Negative'],
         ['EGFR', 'Real-time PCR, exons 18-21 (in-house)', 'No mutation detected'],
         ['KRAS', 'Real-time PCR, codons 12, 13, 61', 'Mutation detected: p.G12C (c.34G>T)'],
         ['ROS1', 'FISH break-apart', 'Sent to reference laboratory; report to follow']], widths=(22, 80, 73))
    r.p('TTF-1 and napsin A are positive in the tumor cells and p40 is negative, confirming adenocarcinoma. Controls performed appropriately.')
    r.h('COMMENT')
    r.p('KRAS G12C mutations are found in approximately 13% of lung adenocarcinomas and are generally mutually exclusive with EGFR mutations and ALK '
        'rearrangements. Results discussed with Dr. V on 01/27/2026.')
    r.p('Dr. Q, MD')
    r.lab('PD-L1', 'expression', 'positive', 'Tumor proportion score (TPS): 60%', percent=60)
    r.lab('ALK', 'expression', 'negative', 'with rabbit monoclonal negative Negative')
    r.lab('EGFR', 'mutation', 'negative', 'exons 18-21 (in-house) No mutation detected')
    r.lab('KRAS', 'mutation', 'positive', 'Mutation detected: p.G12C', alteration='G12C')
    return r


def r2104():
    r = Rep('2104', font='Courier', size=8.5, header=('UNIVERSITY HOSPITAL PATHOLOGY DEPT', 'CASE: SP-09-22871'),
            footer='*** END OF REPORT ***  PRINTED FROM LIS. PATIENT D.', pagesize=letter)
    r.p('PATIENT: PATIENT D               ACCT: 448120771', bold=True)
    r.p('PHYSICIAN: DR. H                  RECEIVED: 08/14/2009')
    r.sp(6)
    r.p('FINAL DIAGNOSIS:', bold=True)
    r.p('A. COLON, SIGMOID, RESECTION:')
    r.p('- ADENOCARCINOMA, MODERATELY DIFFERENTIATED, INVADING THROUGH MUSCULARIS PROPRIA INTO PERICOLONIC FAT (PT3).', indent=14)
    r.p('- TWELVE LYMPH NODES NEGATIVE FOR CARCINOMA (0/12).', indent=14)
    r.p('- SURGICAL MARGINS FREE OF TUMOR.', indent=14)
    r.p('- TUMOR DEPOSITS: NOT IDENTIFIED.', indent=14)
    r.p('B. DONUTS, PROXIMAL AND DISTAL: BENIGN COLONIC MUCOSA.')
    r.sp(4)
    r.p('IMMUNOHISTOCHEMISTRY FOR MISMATCH REPAIR PROTEINS (BLOCK A4):', bold=True)
    r.t([['ANTIBODY', 'CLONE', 'RESULT', 'INTERNAL CONTROL'],
         ['MLH1', 'G168-728', 'NUCLEAR EXPRESSION PRESENT', 'ADEQUATE'],
         ['PMS2', 'A16-4', 'NUCLEAR EXPRESSION PRESENT', 'ADEQUATE'],
         ['MSH2', 'FE11', 'NUCLEAR EXPRESSION PRESENT', 'ADEQUATE'],
         ['MSH6', '44', 'NUCLEAR EXPRESSION PRESENT', 'ADEQUATE']], widths=(28, 28, 70, 45), size=8)
    r.p('INTERPRETATION: NO LOSS OF MISMATCH REPAIR PROTEIN EXPRESSION. THIS RESULT INDICATES A LOW PROBABILITY OF LYNCH SYNDROME '
        'BUT DOES NOT ENTIRELY EXCLUDE IT. CK20 AND CDX2 (DONE FOR CONSULTATION) ARE POSITIVE.')
    r.sp(4)
    r.p('ADDENDUM (09/02/2009): KRAS MUTATION ANALYSIS', bold=True)
    r.p('METHOD: DNA EXTRACTED FROM MACRODISSECTED TUMOR (BLOCK A4, ~70% TUMOR). PCR AND PYROSEQUENCING OF KRAS CODONS 12 AND 13.')
    r.p('RESULT: A MUTATION WAS DETECTED IN CODON 13 (GGC>GAC; G13D).', bold=True)
    r.p('BRAF CODON 600 ANALYSIS (SAME EXTRACT): NO MUTATION DETECTED (V600E NEGATIVE).')
    r.p('COMMENT: KRAS MUTATIONS PREDICT LACK OF RESPONSE TO ANTI-EGFR MONOCLONAL ANTIBODY THERAPY IN METASTATIC COLORECTAL CANCER. '
        'NRAS TESTING IS NOT OFFERED AT THIS INSTITUTION.')
    r.p('DR. H / DR. W, PATHOLOGISTS')
    r.lab('MLH1', 'expression', 'positive', 'MLH1 G168-728 NUCLEAR EXPRESSION PRESENT')
    r.lab('PMS2', 'expression', 'positive', 'PMS2 A16-4 NUCLEAR EXPRESSION PRESENT')
    r.lab('MSH2', 'expression', 'positive', 'MSH2 FE11 NUCLEAR EXPRESSION PRESENT')
    r.lab('MSH6', 'expression', 'positive', 'MSH6 44 NUCLEAR EXPRESSION PRESENT')
    r.lab('MMR', 'signature', 'negative', 'NO LOSS OF MISMATCH REPAIR PROTEIN EXPRESSION')
    r.lab('KRAS', 'mutation', 'positive', 'A MUTATION WAS DETECTED IN CODON 13 (GGC>GAC; G13D)', alteration='G13D')
    r.lab('BRAF', 'mutation', 'negative', 'NO MUTATION DETECTED (V600E NEGATIVE)')
    return r


def r2105():
    r = Rep('2105', font='DV', size=8, header=('Riverside Women\'s Hospital \u00b7 Gynaecological Pathology', 'Report RW-26-3301'),
            footer='Riverside Women\'s Hospital. Report authorised by Dr. J. Page footer repeated on each page.')
    r.h('Pathology Report \u2014 Hysterectomy', 12)
    r.kv([('Patient', 'Patient E'), ('Specimen', 'A: Uterus, cervix, bilateral tubes and ovaries. B: Omental biopsy. C: Pelvic lymph nodes (left/right).'),
          ('Clinician', 'Dr. N'), ('Date', '22 January 2026')], widths=(25, 150))
    r.h('Final diagnosis')
    r.p('<b>A.</b> Endometrioid carcinoma of the endometrium, FIGO grade 2, invading 60% of myometrial thickness; no cervical stromal involvement; '
        'substantial LVSI absent. <b>B.</b> Omentum: no malignancy. <b>C.</b> Lymph nodes: 0/14 involved.')
    r.h('Immunohistochemistry (block A6)')
    r.t([['Antibody', 'Clone', 'Result', 'Intensity', '% cells'],
         ['MLH1', 'ES05', 'Loss of nuclear expression (internal control retained)', '\u2014', '0'],
         ['PMS2', 'EP51', 'Loss of nuclear expression', '\u2014', '0'],
         ['MSH2', 'G219-1129', 'Retained', 'Strong', '90'],
         ['MSH6', 'EP49', 'Retained', 'Strong', '85'],
         ['p53', 'DO-7', 'Aberrant \u2013 overexpression (mutation-type pattern)', 'Strong', '95'],
         ['ER', 'SP1', 'Positive', 'Strong', '80'],
         ['PR', '1E2', 'Positive', 'Moderate', '60'],
         ['Vimentin', 'V9', 'Positive (supports endometrioid)', 'Moderate', '\u2014']], widths=(20, 20, 80, 20, 15), zebra=True)
    r.h('Comment')
    r.p('The tumour is mismatch repair deficient (loss of MLH1 and PMS2). MLH1 promoter methylation analysis has been sent to the regional '
        'molecular laboratory; the result will be issued as a supplementary report and Lynch syndrome assessment should await it. '
        'The p53 overexpression pattern in a MMR-deficient tumour may reflect a secondary (subclonal) TP53 event; molecular classification per '
        'WHO 2020 would place this tumour in the MMRd group.')
    r.p('Dr. J, Consultant Pathologist')
    for m, ev in (('MLH1', 'MLH1 ES05 Loss of nuclear expression'), ('PMS2', 'PMS2 EP51 Loss of nuclear expression')):
        r.lab(m, 'expression', 'negative', ev, percent=0)
    r.lab('MSH2', 'expression', 'positive', 'MSH2 G219-1129 Retained', percent=90)
    r.lab('MSH6', 'expression', 'positive', 'MSH6 EP49 Retained', percent=85)
    r.lab('MMR', 'signature', 'positive', 'The tumour is mismatch repair deficient')
    r.lab('TP53', 'expression', 'positive', 'Aberrant – overexpression (mutation-type pattern)', percent=95)
    r.lab('ER', 'expression', 'positive', 'ER SP1 Positive Strong 80', percent=80)
    r.lab('PR', 'expression', 'positive', 'PR 1E2 Positive Moderate 60', percent=60)
    return r


def r2106():
    r = Rep('2106', font='Times-Roman', size=10, header=('MERCY VALLEY HOSPITAL PATHOLOGY', 'MV-S-26-1182'),
            footer='Mercy Valley Hospital Laboratory Services. Patient F.', pagesize=letter)
    r.h('SURGICAL PATHOLOGY CONSULTATION REPORT', 12)
    r.p('Patient: Patient F. Referring physician: Dr. G. Specimen: bilateral salpingo-oophorectomy, omentectomy (interval debulking after 3 cycles carboplatin/paclitaxel).')
    r.h('DIAGNOSIS')
    r.p('Right ovary and fallopian tube: High-grade serous carcinoma, tubo-ovarian primary, with moderate chemotherapy response '
        '(Chemotherapy Response Score 2). Left ovary: involved by carcinoma. Omentum: residual carcinoma, largest deposit 1.2 cm.')
    r.h('COMMENT')
    r.p('The tumor cells are diffusely positive for PAX8 and WT1. p53 immunostain shows a null pattern, with complete absence of nuclear staining in '
        'tumor cells and appropriate staining of background stromal cells, consistent with a TP53 truncating mutation. Estrogen receptor is positive, '
        'weak to moderate, in about 30% of tumor cells; progesterone receptor is negative. The findings are those of high-grade serous carcinoma.')
    r.p('The clinical note records that the patient\'s sister carries a pathogenic BRCA1 variant. Tumor BRCA1/2 sequencing and homologous recombination '
        'deficiency testing have been requested on block C2 and will be reported separately. Genetic counseling is recommended.')
    r.p('Dr. G, MD / Dr. R, MD')
    r.lab('TP53', 'expression', 'negative', 'p53 immunostain shows a null pattern, with complete absence of nuclear staining')
    r.lab('ER', 'expression', 'positive', 'Estrogen receptor is positive, weak to moderate, in about 30% of tumor cells', percent=30)
    r.lab('PR', 'expression', 'negative', 'progesterone receptor is negative')
    return r


def r2107():
    r = Rep('2107', font='DVC', size=8.5, header=('Institute of Neuropathology \u2013 University Clinic', 'Journal-Nr. NP 26/0419'),
            footer='Institute of Neuropathology. Integrated diagnosis according to WHO CNS5 (2021).')
    r.h('Neuropathology report \u2013 integrated diagnosis', 12)
    r.kv([('Patient', 'Patient G'), ('Material', 'Tumour resection, left frontal lobe (several fragments, 3.2 cm\u00b3)'), ('Sender', 'Dr. U, Neurosurgery')], widths=(25, 150))
    r.box(['<b>INTEGRATED DIAGNOSIS:</b> Astrocytoma, IDH-mutant, CNS WHO grade 3',
           '<b>Histological diagnosis:</b> Diffuse astrocytic glioma with increased mitotic activity',
           '<b>CNS WHO grade:</b> 3',
           '<b>Molecular information:</b> IDH1 p.R132H mutation; ATRX loss; no 1p/19q codeletion; CDKN2A/B homozygous deletion not detected'], bg=colors.HexColor('#f7f3e8'))
    r.sp(4)
    r.h('Microscopy')
    r.p('Moderately cellular diffusely infiltrating astrocytic glioma with nuclear atypia and scattered mitoses (up to 4 per 10 HPF). No microvascular proliferation and no necrosis.')
    r.h('Immunohistochemistry')
    r.t([['Antibody', 'Result'], ['GFAP', 'positive'], ['Olig2', 'positive in most tumour cells'], ['IDH1 R132H (clone H09)', 'positive (mutant protein expressed in tumour cells)'],
         ['ATRX', 'loss of nuclear expression in tumour cells (retained in endothelia)'], ['p53', 'strong nuclear staining in approx. 60% of tumour cells'],
         ['Ki-67 (MIB-1)', 'labelling index approx. 12%'], ['H3 K27M', 'negative']], widths=(45, 120))
    r.h('Molecular pathology')
    r.p('<b>IDH1/IDH2 (Sanger sequencing of IDH1 codon 132 and IDH2 codon 172):</b> IDH1 c.395G&gt;A, p.R132H detected. No mutation in IDH2 codon 172.')
    r.p('<b>1p/19q (FISH):</b> no codeletion. <b>MGMT promoter methylation (pyrosequencing):</b> methylated (mean 34%).')
    r.p('Dr. U (sender) informed. Dr. Y, Neuropathologist')
    r.lab('IDH1', 'expression', 'positive', 'IDH1 R132H (clone H09) positive')
    r.lab('TP53', 'expression', 'positive', 'strong nuclear staining in approx. 60% of tumour cells', percent=60)
    r.lab('Ki-67', 'expression', 'reported', 'labelling index approx. 12%', percent=12)
    r.lab('IDH1', 'mutation', 'positive', 'IDH1 c.395G>A, p.R132H detected', alteration='R132H')
    r.lab('IDH2', 'mutation', 'negative', 'No mutation in IDH2 codon 172')
    return r


def r2108():
    r = Rep('2108', font='Helvetica', size=8.5, header=('Southern Cross Pathology (Australia)', 'Episode 26-771043'),
            footer='Southern Cross Pathology Pty Ltd (fictitious). NATA accredited. Requesting doctor: Dr. P.')
    r.h('Histopathology', 12)
    r.kv([('Patient', 'Patient H'), ('Specimens', 'A: Skin, left upper back, wide excision. B: Left axillary sentinel lymph node.'), ('Requested by', 'Dr. P')], widths=(25, 150))
    r.h('Microscopy')
    r.p('<b>A.</b> Superficial spreading melanoma, invasive. Breslow thickness 2.4 mm, Clark level IV. Ulceration present (1.1 mm). Mitoses 6/mm2. '
        'Tumour-infiltrating lymphocytes: non-brisk. No LVI, no microsatellites. Peripheral margin 9 mm, deep margin 6 mm. Regression not identified.')
    r.p('<b>B.</b> One sentinel lymph node containing a metastatic deposit of melanoma, 1.8 mm, subcapsular, confirmed with SOX10 and Melan-A.')
    r.h('Ancillary studies')
    r.p('BRAF V600E mutation-specific immunohistochemistry (clone VE1) performed on block A2: POSITIVE \u2013 diffuse moderate cytoplasmic staining of tumour cells.')
    r.p('Molecular (block B1, metastasis): BRAF exon 15 sequencing shows c.1799T&gt;A p.(Val600Glu). NRAS exons 2 and 3: no variant detected. '
        'KIT testing not requested. Ki-67 (MIB-1) in the dermal component ~15%.')
    r.h('Diagnosis')
    r.p('<b>A.</b> Skin, upper back: invasive melanoma, superficial spreading type, Breslow 2.4 mm, ulcerated (pT3b). <b>B.</b> Sentinel node: metastatic melanoma (1/1), pN1a. '
        'BRAF V600E mutation present.')
    r.p('Reported by Dr. O, FRCPA')
    r.lab('BRAF', 'expression', 'positive', '(clone VE1) performed on block A2: POSITIVE')
    r.lab('BRAF', 'mutation', 'positive', 'c.1799T>A p.(Val600Glu)', alteration='V600E')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS exons 2 and 3: no variant detected')
    r.lab('Ki-67', 'expression', 'reported', 'Ki-67 (MIB-1) in the dermal component ~15%', percent=15)
    return r


def r2109():
    r = Rep('2109', font='Helvetica', size=8.5, header=('Eastfield Urology Pathology Service', 'Accession EUP-26-00912'),
            footer='Eastfield Urology Pathology Service (fictitious). Patient I.', pagesize=letter)
    r.h('PROSTATE NEEDLE BIOPSY REPORT', 12)
    r.p('Patient: Patient I. Urologist: Dr. C. Clinical: PSA 14.2 ng/mL, PI-RADS 5 lesion left peripheral zone. Father: prostate cancer, known BRCA2 carrier.')
    r.t([['Part', 'Site', 'Diagnosis', 'Grade Group', '% core'],
         ['A', 'Left apex', 'Adenocarcinoma, Gleason 4+4=8', '4', '70'],
         ['B', 'Left mid', 'Adenocarcinoma, Gleason 4+5=9', '5', '90'],
         ['C', 'Left base', 'Adenocarcinoma, Gleason 4+4=8', '4', '40'],
         ['D', 'Right apex', 'Benign prostatic tissue', '-', '-'],
         ['E', 'Right mid', 'High-grade PIN', '-', '-'],
         ['F', 'Right base', 'Benign prostatic tissue', '-', '-']], widths=(12, 25, 75, 22, 18))
    r.h('COMMENT')
    r.p('Triple stain (p63/high molecular weight cytokeratin/AMACR) on part E shows retained basal cells, supporting HGPIN. In part B, '
        'perineural invasion is present. Androgen receptor immunohistochemistry on part B: strongly positive in tumor nuclei (performed at clinical request prior to trial screening). Mismatch repair immunohistochemistry (part B): loss of MSH2 and MSH6 nuclear expression in tumor cells, with MLH1 and PMS2 retained (MMR-deficient). Stromal and lymphocyte nuclei serve as internal control.')
    r.p('ADDENDUM: Outside somatic tumor sequencing (Meridian Genomics, report M-26-2291, part B): BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic, VAF 41%. '
        'Germline confirmation has been recommended given the family history.')
    r.p('Dr. C / Dr. L, MD')
    r.lab('AR', 'expression', 'positive', 'Androgen receptor immunohistochemistry on part B: strongly positive')
    r.lab('MSH2', 'expression', 'negative', 'loss of MSH2 and MSH6 nuclear expression')
    r.lab('MSH6', 'expression', 'negative', 'loss of MSH2 and MSH6 nuclear expression')
    r.lab('MLH1', 'expression', 'positive', 'with MLH1 and PMS2 retained')
    r.lab('PMS2', 'expression', 'positive', 'with MLH1 and PMS2 retained')
    r.lab('MMR', 'signature', 'positive', 'retained (MMR-deficient)')
    r.lab('BRCA2', 'mutation', 'positive', 'BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic', alteration='S1982Rfs*22')
    return r


def r2110():
    r = Rep('2110', font='DV', size=8, header=('Harbourview Hospital \u2013 Pathology', 'HV-26-S-5510'),
            footer='Harbourview Hospital. Results relate only to the specimen received.')
    r.h('Transurethral resection of bladder tumour (TURBT)', 12)
    r.kv([('Patient', 'Patient J'), ('Urologist', 'Dr. D'), ('Received', '2026-02-05')], widths=(25, 150))
    r.h('Diagnosis')
    r.p('Invasive high-grade urothelial carcinoma with squamous differentiation (~20%), invading the muscularis propria (detrusor muscle) \u2013 at least pT2. '
        'Associated carcinoma in situ. Lymphovascular invasion present.')
    r.h('Immunohistochemistry')
    r.p('GATA3 positive, CK7 positive, CK20 focal. Confirms urothelial origin.')
    r.t([['Assay', 'Scoring', 'Result'],
         ['PD-L1 (VENTANA SP142)', 'Tumour-infiltrating immune cells (IC) as % of tumour area', 'IC 5% (IC2/3) \u2013 PD-L1 positive'],
         ['HER2 (4B5)', 'Membranous staining, gastric/breast criteria adapted', 'Score 3+ (circumferential strong staining, ~40% of tumour cells)'],
         ['MMR (MLH1, PMS2, MSH2, MSH6)', 'Nuclear staining vs internal control', 'All four intact \u2013 MMR proficient'],
         ['FGFR3', 'Sequencing', 'Sent out to reference laboratory (results to follow)']], widths=(40, 65, 70))
    r.p('Scoring legend: IC0 &lt;1%; IC1 \u22651% and &lt;5%; IC2/3 \u22655% of tumour area occupied by PD-L1 staining immune cells.', size=7)
    r.p('Dr. D (requesting) / Dr. X, pathologist')
    r.lab('PD-L1', 'expression', 'positive', 'IC 5% (IC2/3) – PD-L1 positive', value='IC 5%')
    r.lab('HER2', 'expression', 'positive', 'Score 3+ (circumferential strong staining', ihc_score='3+', percent=40)
    for m in ('MLH1', 'PMS2', 'MSH2', 'MSH6'):
        r.lab(m, 'expression', 'positive', 'All four intact')
    r.lab('MMR', 'signature', 'negative', 'All four intact – MMR proficient')
    return r


def r2111():
    r = Rep('2111', font='Times-Roman', size=10, header=('COASTAL CANCER CENTRE - HEAD AND NECK PATHOLOGY', 'CC-26-3920'),
            footer='Coastal Cancer Centre. Patient K.')
    r.h('PATHOLOGY REPORT', 12)
    r.p('Patient K. Clinician: Dr. E. Specimen: Left tonsil biopsy and left level II neck node core biopsy.')
    r.h('FINAL DIAGNOSIS')
    r.p('1. LEFT TONSIL, BIOPSY: SQUAMOUS CELL CARCINOMA, NON-KERATINIZING, HPV-ASSOCIATED (p16 POSITIVE; HIGH-RISK HPV RNA ISH POSITIVE).')
    r.p('2. LEFT NECK, LEVEL II, CORE BIOPSY: METASTATIC SQUAMOUS CELL CARCINOMA, consistent with spread from (1).')
    r.h('COMMENT')
    r.p('PD-L1 immunohistochemistry (22C3 pharmDx) was performed on part 1 at the request of the oncology team. Combined positive score (CPS) = 25. '
        'A CPS of 1 or more is regarded as PD-L1 expression for pembrolizumab eligibility in head and neck squamous cell carcinoma. '
        'The neck node core (part 2) contains fewer than 100 viable tumour cells and was not evaluable for PD-L1.')
    r.p('Dr. E / Dr. Z')
    r.lab('PD-L1', 'expression', 'positive', 'Combined positive score (CPS) = 25', value='CPS 25')
    return r


def r2112():
    r = Rep('2112', font='Helvetica', size=8.5, header=('Hillcrest University Hospital - Endocrine Pathology', 'HUH-26-T-0733'),
            footer='Hillcrest University Hospital. Patient L.', pagesize=letter)
    r.h('SURGICAL PATHOLOGY REPORT', 12)
    r.p('Patient: Patient L. Surgeon: Dr. F. Specimen: Total thyroidectomy and central neck dissection.')
    r.h('FINAL DIAGNOSIS')
    r.p('A. THYROID, TOTAL THYROIDECTOMY: PAPILLARY THYROID CARCINOMA, CLASSIC TYPE, 2.1 CM, RIGHT LOBE, WITH MINIMAL EXTRATHYROIDAL EXTENSION. MARGINS NEGATIVE.')
    r.p('B. CENTRAL NECK LYMPH NODES: METASTATIC PAPILLARY CARCINOMA IN 3 OF 7 LYMPH NODES.')
    r.h('MOLECULAR TESTING (prior FNA, same nodule; ThyroGenix v3, report TG-25-88810)')
    r.t([['Gene / alteration', 'Result'], ['BRAF V600E', 'DETECTED'], ['NRAS codon 61', 'Not detected'], ['HRAS codon 61', 'Not detected'],
         ['KRAS codons 12/13/61', 'Not detected'], ['TERT promoter (C228T/C250T)', 'Not detected'], ['RET/PTC1, RET/PTC3 rearrangements', 'Not detected'],
         ['PAX8-PPARG', 'Not detected']], widths=(70, 60))
    r.p('Immunohistochemistry on the resection: thyroglobulin and TTF-1 positive; calcitonin negative.')
    r.p('COMMENT: The BRAF V600E result from the preoperative aspirate of this nodule is concordant with the classic papillary morphology.')
    r.p('Dr. F / Dr. B')
    r.lab('BRAF', 'mutation', 'positive', 'BRAF V600E DETECTED', alteration='V600E')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS codon 61 Not detected')
    r.lab('HRAS', 'mutation', 'negative', 'HRAS codon 61 Not detected')
    r.lab('KRAS', 'mutation', 'negative', 'KRAS codons 12/13/61 Not detected')
    r.lab('RET', 'fusion', 'negative', 'RET/PTC1, RET/PTC3 rearrangements Not detected')
    return r


def r2113():
    r = Rep('2113', font='DV', size=8, header=('Westbrook Medical Center \u2013 GI Pathology', 'WMC-S26-11980'),
            footer='Westbrook Medical Center. Synoptic data elements based on CAP templates.', pagesize=letter)
    r.h('PANCREATICODUODENECTOMY (WHIPPLE) \u2013 FINAL REPORT', 11)
    r.p('Patient: Patient M. Surgeon: Dr. A.')
    r.h('Synoptic report')
    r.kv([('Tumor site', 'Pancreatic head'), ('Histologic type', 'Ductal adenocarcinoma'), ('Histologic grade', 'G2, moderately differentiated'),
          ('Tumor size', '2.8 cm'), ('Margins', 'Uncinate (SMA) margin: 0.4 mm \u2013 R1 by 1 mm rule'), ('Lymph nodes', '4/21 involved'),
          ('Treatment effect', 'No known presurgical therapy'), ('pTNM', 'pT2 pN1')], widths=(40, 130))
    r.h('Biomarkers (block A7)')
    r.p('<b>Mismatch repair (MMR) immunohistochemistry</b>')
    r.kv([('MLH1:', 'Intact nuclear expression'), ('PMS2:', 'Intact nuclear expression'), ('MSH2:', 'Intact nuclear expression'), ('MSH6:', 'Intact nuclear expression'),
          ('Interpretation:', 'No loss of nuclear expression of MMR proteins; low probability of MSI-high')], widths=(30, 140))
    r.p('<b>pan-TRK IHC (clone EPR17341):</b> Negative (no cytoplasmic or nuclear staining in tumor cells).')
    r.p('<b>KRAS (codons 12, 13, 61; allele-specific PCR):</b> p.G12D detected.')
    r.p('<b>Additional biomarkers (template options):</b> HER2 IHC: ' + BOXE + ' 0 ' + BOXE + ' 1+ ' + BOXE + ' 2+ ' + BOXE + ' 3+     '
        'Claudin 18.2: ' + BOXE + ' positive ' + BOXE + ' negative')
    r.p('Germline testing (BRCA1, BRCA2, PALB2, ATM) is recommended for all patients with pancreatic adenocarcinoma per NCCN guidelines.', size=7.5)
    r.p('Dr. A / Dr. W2')
    for m in ('MLH1', 'PMS2', 'MSH2', 'MSH6'):
        r.lab(m, 'expression', 'positive', m + ': Intact nuclear expression')
    r.lab('MMR', 'signature', 'negative', 'No loss of nuclear expression of MMR proteins', optional=False)
    r.lab('NTRK', 'expression', 'negative', 'pan-TRK IHC (clone EPR17341): Negative')
    r.lab('KRAS', 'mutation', 'positive', 'p.G12D detected', alteration='G12D')
    return r


def r2114():
    r = Rep('2114', font='Times-Roman', size=10, header=('CENTRAL STATE UNIVERSITY HOSPITAL', 'CSU-S-26-4478'),
            footer='Central State University Hospital. Department of Pathology. Patient N.', pagesize=letter)
    r.h('SURGICAL PATHOLOGY REPORT', 12)
    r.p('Patient N. Urologist: Dr. I. Specimen: Left radical nephrectomy.')
    r.h('FINAL DIAGNOSIS')
    r.p('KIDNEY, LEFT, RADICAL NEPHRECTOMY: CLEAR CELL RENAL CELL CARCINOMA, WHO/ISUP GRADE 3, 7.8 CM, CONFINED TO KIDNEY; RENAL SINUS FAT INVASION PRESENT (pT3a). '
        'SARCOMATOID DIFFERENTIATION NOT IDENTIFIED. ADRENAL GLAND UNINVOLVED. MARGINS NEGATIVE.')
    r.h('COMMENT')
    r.p('Immunostains: PAX8 positive, carbonic anhydrase IX positive in a diffuse membranous ("box-like") pattern, CK7 negative, supporting clear cell RCC. '
        'PD-L1 (28-8) was performed at the request of the oncologist for trial screening: tumor cell membrane staining in &lt;1% of tumor cells.')
    r.p('Dr. I / Dr. K2')
    r.lab('PD-L1', 'expression', 'negative', 'tumor cell membrane staining in <1% of tumor cells', value='<1%')
    return r


def r2115():
    r = Rep('2115', font='DVS', size=8.5, header=('Bone and Soft Tissue Tumour Service', 'BST-26-0208'),
            footer='Bone and Soft Tissue Tumour Service, regional referral centre. Patient O.')
    r.h('Consultation report', 12)
    r.p('Patient O. Referring pathologist: Dr. Y2 (referral slides and blocks, ref. 25-H-9911). Specimen: Core biopsies, soft tissue mass, right thigh.')
    r.h('Opinion')
    r.p('Spindle cell sarcoma with NTRK1 rearrangement (LMNA::NTRK1 fusion), intermediate grade (FNCLCC grade 2).')
    r.h('Discussion')
    r.p('The cores show a cellular monomorphic spindle cell tumour in a patternless/infiltrative arrangement with stromal keloidal collagen. The tumour cells co-express '
        'S100 (patchy) and CD34, and are negative for SOX10, MUC4 and desmin. Pan-TRK immunohistochemistry (EPR17341) shows diffuse strong cytoplasmic staining. '
        'ALK (D5F3) is negative. An anchored multiplex RNA fusion assay detected an LMNA (exon 2)::NTRK1 (exon 11) fusion. MDM2 FISH shows no amplification.')
    r.p('NTRK fusions are targetable with TRK inhibitors (larotrectinib, entrectinib); referral to the sarcoma MDT is advised.')
    r.p('Dr. V2, Consultant Histopathologist')
    r.lab('NTRK', 'expression', 'positive', 'Pan-TRK immunohistochemistry (EPR17341) shows diffuse strong cytoplasmic staining')
    r.lab('ALK', 'expression', 'negative', 'ALK (D5F3) is negative')
    r.lab('NTRK', 'fusion', 'positive', 'detected an LMNA (exon 2)::NTRK1 (exon 11) fusion', alteration='LMNA-NTRK1')
    return r


def r2116():
    r = Rep('2116', font='DV', size=8, header=('St. Aidan\'s Hospital \u2014 Histopathology', 'SA/26/H/1274'),
            footer='St. Aidan\'s Hospital Histopathology. Patient P.')
    r.h('Upper GI endoscopic biopsies \u2014 histopathology with biomarkers', 11)
    r.kv([('Patient', 'Patient P'), ('Endoscopist', 'Dr. Q2'),
          ('Specimens', 'A: Gastro-oesophageal junction tumour, biopsies x6. B: Gastric body, separate ulcerated lesion, biopsies x4.')], widths=(25, 150))
    r.h('Report')
    r.p('<b>A.</b> Adenocarcinoma, intestinal type, moderately differentiated, arising at the GOJ (Siewert type II). <b>B.</b> Adenocarcinoma, poorly cohesive '
        'component present, in the gastric body; morphologically distinct from A.')
    r.h('Predictive biomarkers')
    r.t([['Specimen', 'HER2 IHC (4B5), biopsy criteria', 'PD-L1 (22C3) CPS', 'MMR IHC'],
         ['A (GOJ)', 'Score 3+ \u2013 positive (cluster of \u22655 cells with strong complete/basolateral membranous staining)', 'CPS 8', 'MLH1, PMS2, MSH2, MSH6 retained (pMMR)'],
         ['B (body)', 'Score 1+ \u2013 negative (faint incomplete staining)', 'CPS <1', 'Not performed']], widths=(18, 70, 30, 62))
    r.p('HER2 ISH is not required for specimen A (IHC 3+). PD-L1 CPS \u22651 is taken as PD-L1 positive and CPS \u22655 as the threshold for nivolumab in the '
        'first-line setting; specimen A therefore is PD-L1 positive; specimen B is PD-L1 negative. Claudin 18.2 has been requested on both specimens.')
    r.p('Dr. Q2 (requesting) / Dr. R2, Consultant Histopathologist')
    r.lab('HER2', 'expression', 'positive', 'Score 3+ – positive (cluster', ihc_score='3+')
    r.lab('HER2', 'expression', 'negative', 'Score 1+ – negative (faint incomplete staining)', ihc_score='1+')
    r.lab('PD-L1', 'expression', 'positive', 'CPS 8', value='CPS 8')
    r.lab('PD-L1', 'expression', 'negative', 'CPS <1', value='CPS <1')
    for m in ('MLH1', 'PMS2', 'MSH2', 'MSH6'):
        r.lab(m, 'expression', 'positive', 'MLH1, PMS2, MSH2, MSH6 retained (pMMR)')
    r.lab('MMR', 'signature', 'negative', 'retained (pMMR)')
    return r


def r2117():
    r = Rep('2117', font='Helvetica', size=8.5, header=('PINE RIDGE REGIONAL LABORATORY - SURGICAL PATHOLOGY', 'PR-26-S-2090  (AMENDED)'),
            footer='Pine Ridge Regional Laboratory. AMENDED REPORT - supersedes all previous versions. Patient Q.', pagesize=letter)
    r.h('AMENDED SURGICAL PATHOLOGY REPORT', 12)
    r.p('Patient Q. Surgeon: Dr. S2. Specimen: Left breast, core biopsies (A) and left axillary lymph node FNA cell block (B).')
    r.box(['<b>REASON FOR AMENDMENT (02/26/2026):</b> Estrogen receptor re-tested on a second block (A2) after the original stain on block A1 showed absent internal '
           'control staining (fixation artefact). The ER result below replaces the previously reported "ER weakly positive, 5%". HER2 FISH added.'], bg=colors.HexColor('#fff3cd'))
    r.h('FINAL DIAGNOSIS')
    r.p('A. LEFT BREAST, 10 O\'CLOCK, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 3 (3+3+3).')
    r.p('B. LEFT AXILLARY LYMPH NODE, FNA: METASTATIC CARCINOMA, consistent with breast primary.')
    r.h('BREAST BIOMARKER REPORT (specimen A)')
    r.kv([('Estrogen receptor (block A2):', 'NEGATIVE. Percentage of cells with nuclear positivity: <1%. Internal control: present and appropriately positive.'),
          ('Progesterone receptor:', 'NEGATIVE (0%)'),
          ('HER2 by IHC (4B5):', 'EQUIVOCAL (score 2+)'),
          ('HER2 by FISH (dual probe):', 'POSITIVE (amplified). HER2/CEP17 ratio 2.6; average HER2 copy number 6.2 signals/cell (Group 1).'),
          ('Ki-67 (30-9):', '40%'),
          ('Cold ischemia / fixation:', '<1 h / 24 h')], widths=(48, 125))
    r.p('Original (superseded) result, retained for audit: ER (block A1) weakly positive, 5% \u2014 SUPERSEDED.', size=7.5)
    r.p('Dr. S2 / Dr. T2')
    r.lab('ER', 'expression', 'negative', 'NEGATIVE. Percentage of cells with nuclear positivity: <1%', value='<1%')
    r.lab('PR', 'expression', 'negative', 'NEGATIVE (0%)', percent=0)
    r.lab('HER2', 'expression', 'equivocal', 'EQUIVOCAL (score 2+)', ihc_score='2+')
    r.lab('HER2', 'amplification', 'positive', 'POSITIVE (amplified). HER2/CEP17 ratio 2.6', ratio=2.6)
    r.lab('Ki-67', 'expression', 'reported', 'Ki-67 (30-9): 40%', percent=40)
    return r


def r2118():
    r = Rep('2118', font='DVC', size=8.5, header=('Pathologisches Institut \u2013 Klinikum Nord (English-language report)', 'E-2026-004471'),
            footer='Pathology Institute, Klinikum Nord (fictitious). Accredited per DIN EN ISO 15189. Patient R.')
    r.h('Histopathological findings report', 12)
    r.kv([('Patient', 'Patient R'), ('Sender', 'Dr. W3, Visceral Surgery'), ('Material', 'Liver segment VI, atypical resection (metastasis)')], widths=(25, 150))
    r.h('Findings')
    r.p('Liver tissue with a 2.3 cm metastasis of a moderately differentiated adenocarcinoma, CK20+/CK7-/CDX2+, consistent with metastasis of the known '
        'rectal carcinoma (our E-2024-010312). Resection margin free (min. 4 mm). About 40% regressive changes (post neoadjuvant therapy).')
    r.h('Molecular pathology (metastasis, tumour cell content approx. 60%)')
    r.t([['Analysis', 'Method', 'Result'],
         ['KRAS exons 2, 3, 4', 'NGS (amplicon panel)', 'wild type'],
         ['NRAS exons 2, 3, 4', 'NGS (amplicon panel)', 'wild type'],
         ['BRAF exon 15', 'NGS (amplicon panel)', 'wild type'],
         ['Microsatellite analysis', 'PCR, 5 mononucleotide markers (BAT-25, BAT-26, NR-21, NR-24, MONO-27)', 'microsatellite stable (MSS)'],
         ['HER2 IHC (4B5)', 'HERACLES scoring', 'score 0']], widths=(38, 80, 50))
    r.p('Note: the primary rectal carcinoma was MMR-proficient (immunohistochemistry, E-2024-010312). The present RAS/BRAF wild-type status is relevant for anti-EGFR therapy.')
    r.h('Assessment')
    r.p('Liver metastasis of the known colorectal (rectal) adenocarcinoma, R0. RAS wild type, BRAF wild type, MSS, HER2 negative.')
    r.p('Prof. Dr. J2 / Dr. K3')
    r.lab('KRAS', 'mutation', 'negative', 'KRAS exons 2, 3, 4 NGS (amplicon panel) wild type')
    r.lab('NRAS', 'mutation', 'negative', 'NRAS exons 2, 3, 4 NGS (amplicon panel) wild type')
    r.lab('BRAF', 'mutation', 'negative', 'BRAF exon 15 NGS (amplicon panel) wild type')
    r.lab('MSI', 'signature', 'negative', 'microsatellite stable (MSS)')
    r.lab('HER2', 'expression', 'negative', 'HERACLES scoring score 0', ihc_score='0')
    r.lab('MMR', 'signature', 'negative', 'the primary rectal carcinoma was MMR-proficient')
    return r


ALL = [r2101, r2102, r2103, r2104, r2105, r2106, r2107, r2108, r2109, r2110, r2111, r2112, r2113, r2114, r2115, r2116, r2117, r2118]
