"""Hospital surgical pathology reports 2201-2224 (invented)."""
from lib import L, H, P, B, PRE, T, BOX, CB, SP, PB, SMALL, BOXON, BOXOFF

R = []


def rep(id, kind, tests, meta, blocks, labels):
    R.append(dict(id=id, kind=kind, tests=tests, meta=meta, blocks=blocks, labels=labels))


def hosp(name, acc, pt, font="helv", fs=8, sub="Department of Pathology"):
    return dict(header=[name, sub, "Surgical Pathology Report"], ident="%s   Accession: %s" % (pt, acc),
                font=font, fs=fs)


SIGN = "Electronically signed out by Dr. %s, M.D. on %s"

# ---------------------------------------------------------------- 2201 breast, CAP synoptic, FISH addendum
rep("2201", "hospital: breast mastectomy, synoptic + FISH addendum",
    "ER/PR Allred+% in [X] synoptic, HER2 2+ then FISH ratio 1.3 with signal counts, Ki-67, control sentence, criteria",
    hosp("Lakeshore University Medical Center", "S08-14472", "Patient A"),
    [
        P("CLINICAL HISTORY: 54 year old female with left breast mass at 2 o'clock, core biopsy elsewhere showed invasive carcinoma."),
        H("FINAL DIAGNOSIS:"),
        PRE("A. LEFT BREAST, MODIFIED RADICAL MASTECTOMY:\n"
            "   - INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 OF 3 (TUBULES 3,\n"
            "     NUCLEI 2, MITOSES 1), MEASURING 2.6 CM IN GREATEST DIMENSION.\n"
            "   - DUCTAL CARCINOMA IN SITU, CRIBRIFORM TYPE, INTERMEDIATE NUCLEAR GRADE.\n"
            "   - ALL MARGINS FREE OF TUMOR; CLOSEST (DEEP) 0.4 CM.\n"
            "   - SEE SYNOPTIC SUMMARY AND SPECIAL STUDIES BELOW.\n"
            "B. LEFT AXILLARY CONTENTS, DISSECTION:\n"
            "   - METASTATIC CARCINOMA IN TWO OF FOURTEEN LYMPH NODES (2/14).\n"
            "   - LARGEST METASTATIC DEPOSIT 0.8 CM; NO EXTRANODAL EXTENSION.\n"
            "C. ADDITIONAL SUPERIOR MARGIN, EXCISION:\n"
            "   - BENIGN BREAST TISSUE WITH FIBROCYSTIC CHANGES. NEGATIVE FOR CARCINOMA."),
        H("SYNOPTIC SUMMARY (CAP Invasive Carcinoma of the Breast)"),
        PRE("Procedure: Mastectomy, modified radical\n"
            "Laterality: Left\n"
            "Histologic Type: Invasive ductal carcinoma, NOS\n"
            "Tumor Size: 2.6 cm\n"
            "Lymph-Vascular Invasion: [X] Present  [ ] Not identified\n"
            "Pathologic Staging: pT2 pN1a pMX"),
        H("SPECIAL STUDIES (block A4)"),
        PRE("Estrogen Receptor (ER):\n"
            "  [X] Positive   [ ] Negative\n"
            "  Percentage of cells with nuclear positivity: 95%\n"
            "  Average intensity of staining: Strong\n"
            "  Allred score: 8 (proportion 5 + intensity 3)\n"
            "Progesterone Receptor (PgR):\n"
            "  [X] Positive   [ ] Negative\n"
            "  Percentage of cells with nuclear positivity: 40%\n"
            "  Average intensity of staining: Moderate\n"
            "  Allred score: 6\n"
            "HER2 (HercepTest, DAKO):\n"
            "  Score: [ ] 0  [ ] 1+  [X] 2+  [ ] 3+\n"
            "  Interpretation: EQUIVOCAL - FISH to follow\n"
            "Ki-67 (MIB-1): 25% of invasive tumor nuclei\n"
            "Internal and external controls stained appropriately (ER/PR positive normal ducts)."),
        SMALL("HercepTest scoring: 0 = no staining or membrane staining in <10% of cells; 1+ = faint, incomplete "
              "membrane staining in >10%; 2+ = weak to moderate complete membrane staining in >10%; 3+ = strong "
              "complete membrane staining in >30% of tumor cells. ER/PR are reported positive when 1% or more of "
              "tumor nuclei stain."),
        P(SIGN % ("Q", "03/11/2008")),
        H("ADDENDUM (03/14/2008) - HER2 FISH"),
        P("Fluorescence in situ hybridization for HER2 gene copy number (PathVysion HER-2 DNA Probe Kit) was "
          "performed on block A4. Sixty nuclei of invasive carcinoma were counted by two observers."),
        T([["Probe", "Total signals", "Nuclei", "Signals per nucleus"],
           ["HER2 (LSI, orange)", "148", "60", "2.47"],
           ["CEP17 (green)", "114", "60", "1.90"],
           ["HER2/CEP17 ratio", "", "", "1.3"]], widths=[1.8, 1.2, 1.0, 1.5]),
        P("INTERPRETATION: HER2/CEP17 ratio = 1.3. NOT AMPLIFIED. A ratio of 2.2 or greater is considered "
          "amplified and a ratio of less than 1.8 non-amplified (ASCO/CAP 2007)."),
        P(SIGN % ("Q", "03/14/2008")),
    ],
    [L("ER", "expression", "positive", ["Estrogen Receptor (ER):", "nuclear positivity: 95%"], percent=95),
     L("PR", "expression", "positive", ["Progesterone Receptor (PgR):", "nuclear positivity: 40%"], percent=40),
     L("HER2", "expression", "equivocal", ["[X] 2+", "EQUIVOCAL - FISH to follow"], ihc_score="2+"),
     L("HER2", "amplification", "negative", ["HER2/CEP17 ratio = 1.3. NOT AMPLIFIED"], ratio=1.3),
     L("Ki-67", "expression", "reported", ["Ki-67 (MIB-1): 25%"], percent=25)])

# ---------------------------------------------------------------- 2202 lung lobectomy
rep("2202", "hospital: lung lobectomy, frozen section + molecular addendum",
    "EGFR exon 19 deletion by PCR in addendum, ALK D5F3 IHC neg, PD-L1 TPS, KRAS not performed, TTF-1/napsin diag stains",
    hosp("St. Brendan Regional Hospital", "SP-14-08831", "Patient B", font="times", fs=8.5),
    [
        P("SPECIMENS: 1. Right upper lobe, lobectomy.  2. Level 4R lymph node.  3. Level 7 lymph node."),
        H("INTRAOPERATIVE CONSULTATION"),
        P("1FS: Right upper lobe wedge: Non-small cell carcinoma, favor adenocarcinoma. Bronchial margin "
          "negative. (Dr. M)"),
        H("FINAL DIAGNOSIS"),
        P("1. LUNG, RIGHT UPPER LOBE, LOBECTOMY: INVASIVE ADENOCARCINOMA, ACINAR PREDOMINANT (60% acinar, "
          "30% papillary, 10% lepidic), 3.1 cm. Visceral pleura not involved. Margins negative."),
        P("2. LYMPH NODE, LEVEL 4R, EXCISION: One lymph node, negative for carcinoma (0/1)."),
        P("3. LYMPH NODE, LEVEL 7, EXCISION: Two lymph nodes, negative for carcinoma (0/2)."),
        H("COMMENT"),
        P("Immunostains performed on block 1C show the tumor cells are positive for TTF-1 and napsin A and "
          "negative for p40 and CK5/6, supporting the above diagnosis. Molecular studies have been requested "
          "by the thoracic oncology service and will be reported in an addendum."),
        P(SIGN % ("M", "06/02/2014")),
        H("ADDENDUM #1 - MOLECULAR PATHOLOGY (06/09/2014)"),
        B("EGFR MUTATION ANALYSIS (real-time PCR, exons 18-21), block 1C"),
        P("RESULT: MUTATION DETECTED - exon 19 deletion."),
        P("Comment: EGFR exon 19 deletions are associated with response to EGFR tyrosine kinase inhibitors. "
          "Tumor content of the tested area was estimated at 50%."),
        B("ALK (D5F3) IMMUNOHISTOCHEMISTRY, block 1C"),
        P("RESULT: Negative (no granular cytoplasmic staining in tumor cells). Appropriate positive control "
          "(ALK-rearranged cell line) reacted as expected."),
        B("PD-L1 (22C3 pharmDx), block 1C"),
        P("Tumor proportion score (TPS): 30%. Interpretation: PD-L1 expression present (TPS 1-49%)."),
        P("KRAS mutation testing was not performed because an EGFR mutation was identified."),
        P(SIGN % ("R", "06/09/2014")),
    ],
    [L("EGFR", "mutation", "positive", ["MUTATION DETECTED - exon 19 deletion"], alteration="exon 19 deletion"),
     L("ALK", "expression", "negative", ["ALK (D5F3) IMMUNOHISTOCHEMISTRY", "RESULT: Negative"]),
     L("PD-L1", "expression", "positive", ["Tumor proportion score (TPS): 30%"], percent=30)])

# ---------------------------------------------------------------- 2203 colon MMR loss + BRAF
rep("2203", "hospital: right colon, CAP synoptic, MMR + BRAF addendum",
    "MLH1/PMS2 loss, MSH2/MSH6 intact, dMMR, BRAF V600E detected later; MLH1 methylation (out of scope); recommendation text",
    hosp("Riverside Community Hospital", "RCH-11-5520", "Patient C", font="times", fs=10),
    [
        P("PROCEDURE: Right hemicolectomy.  CLINICAL: 71 y/o F with anemia and cecal mass."),
        H("DIAGNOSIS"),
        P("A. COLON, RIGHT, HEMICOLECTOMY: Adenocarcinoma, moderately to poorly differentiated, with medullary "
          "features and prominent tumor-infiltrating lymphocytes, invading through muscularis propria into "
          "pericolonic fat. Twenty-two lymph nodes negative for tumor (0/22)."),
        P("B. APPENDIX: Unremarkable."),
        H("COLON AND RECTUM: Resection - CAP Checklist"),
        T([["Item", "Response"],
           ["Tumor Site", "Cecum"],
           ["Histologic Grade", "High grade (poorly differentiated)"],
           ["Tumor Size", "5.5 cm"],
           ["Tumor Extent", "Invades through muscularis propria into pericolorectal tissue"],
           ["Margins", "Uninvolved by invasive carcinoma"],
           ["Regional Lymph Nodes", "0 / 22"],
           ["Pathologic Stage", "pT3 pN0"],
           ["Ancillary Studies", "See below"]], widths=[2.0, 4.5]),
        H("MISMATCH REPAIR PROTEIN IMMUNOHISTOCHEMISTRY (block A3)"),
        T([["Protein", "Result"],
           ["MLH1", "Loss of nuclear expression"],
           ["PMS2", "Loss of nuclear expression"],
           ["MSH2", "Intact nuclear expression"],
           ["MSH6", "Intact nuclear expression"]], widths=[1.5, 3.0]),
        P("Interpretation: Mismatch repair deficient (dMMR). Loss of MLH1 and PMS2 may be due to sporadic "
          "MLH1 promoter hypermethylation or germline MLH1 mutation (Lynch syndrome). BRAF V600E testing is "
          "recommended; genetic counseling is suggested if BRAF is wild type."),
        P(SIGN % ("K", "09/21/2011")),
        H("ADDENDUM (09/28/2011)"),
        P("BRAF V600E mutation analysis (allele-specific PCR) on block A3: POSITIVE. The BRAF V600E mutation "
          "was detected. MLH1 promoter methylation analysis: methylated. These findings favor a sporadic "
          "tumor."),
        P(SIGN % ("K", "09/28/2011")),
    ],
    [L("MLH1", "expression", "negative", ["MLH1", "Loss of nuclear expression"]),
     L("PMS2", "expression", "negative", ["PMS2", "Loss of nuclear expression"]),
     L("MSH2", "expression", "positive", ["MSH2", "Intact nuclear expression"]),
     L("MSH6", "expression", "positive", ["MSH6", "Intact nuclear expression"]),
     L("MMR", "signature", "positive", ["Mismatch repair deficient (dMMR)"]),
     L("BRAF", "mutation", "positive", ["The BRAF V600E mutation was detected"], alteration="V600E")])

# ---------------------------------------------------------------- 2204 rectum, results quoted from biopsy
rep("2204", "hospital: rectum LAR after neoadjuvant therapy, biomarkers restated from prior biopsy",
    "KRAS G12V/NRAS wt and MMR intact quoted from the earlier biopsy of the same tumour (regular labels); tumor regression grade",
    hosp("Mercy Valley Medical Center", "MV13-2207", "Patient D", font="courier", fs=8),
    [
        PRE("SPECIMEN(S):\n  A: RECTOSIGMOID, LOW ANTERIOR RESECTION\n  B: DONUTS, PROXIMAL AND DISTAL\n\n"
            "CLINICAL INFORMATION:\n  RECTAL ADENOCARCINOMA, S/P NEOADJUVANT CHEMORADIATION.\n"),
        PRE("FINAL PATHOLOGIC DIAGNOSIS:\n"
            "A. RECTOSIGMOID, LOW ANTERIOR RESECTION:\n"
            "   - RESIDUAL ADENOCARCINOMA, MODERATELY DIFFERENTIATED, 1.4 CM, INVADING\n"
            "     INTO MUSCULARIS PROPRIA (ypT2).\n"
            "   - TREATMENT EFFECT: NEAR COMPLETE RESPONSE (TUMOR REGRESSION SCORE 1).\n"
            "   - FIFTEEN LYMPH NODES NEGATIVE FOR CARCINOMA (0/15) (ypN0).\n"
            "   - MARGINS NEGATIVE; CIRCUMFERENTIAL MARGIN 1.1 CM.\n"
            "B. PROXIMAL AND DISTAL DONUTS:\n"
            "   - NO TUMOR SEEN.\n"),
        PRE("COMMENT:\n"
            "  BIOMARKER STATUS OF THIS TUMOR WAS ESTABLISHED ON THE PRETREATMENT\n"
            "  BIOPSY (MV13-0561, 02/2013) AND IS RESTATED HERE FOR COMPLETENESS:\n"
            "    KRAS (CODONS 12, 13, 61): MUTATED, c.35G>T (p.G12V)\n"
            "    NRAS: WILD TYPE\n"
            "    MISMATCH REPAIR PROTEINS (MLH1, MSH2, MSH6, PMS2): ALL INTACT -\n"
            "    MISMATCH REPAIR PROFICIENT\n"
            "  REPEAT TESTING ON THE RESECTION WAS NOT PERFORMED GIVEN MINIMAL\n"
            "  RESIDUAL TUMOR.\n"),
        PRE("GROSS DESCRIPTION:\n"
            "  RECEIVED FRESH LABELED WITH PATIENT NAME AND 'RECTOSIGMOID' IS A 22 CM\n"
            "  SEGMENT OF BOWEL WITH ATTACHED MESORECTUM. THE MESORECTUM IS COMPLETE.\n"
            "  A 2.0 X 1.5 CM SCAR-LIKE AREA IS 4.0 CM FROM THE DISTAL MARGIN.\n"
            "  REPRESENTATIVE SECTIONS SUBMITTED IN A1-A24.\n\n"
            "PATHOLOGIST: DR. T         SIGNED 07/16/2013\n"),
    ],
    [L("KRAS", "mutation", "positive", ["MUTATED, c.35G>T (p.G12V)"], alteration="G12V"),
     L("NRAS", "mutation", "negative", ["NRAS: WILD TYPE"]),
     L("MLH1", "expression", "positive", ["(MLH1, MSH2, MSH6, PMS2): ALL INTACT"]),
     L("MSH2", "expression", "positive", ["(MLH1, MSH2, MSH6, PMS2): ALL INTACT"]),
     L("MSH6", "expression", "positive", ["(MLH1, MSH2, MSH6, PMS2): ALL INTACT"]),
     L("PMS2", "expression", "positive", ["(MLH1, MSH2, MSH6, PMS2): ALL INTACT"]),
     L("MMR", "signature", "negative", ["MISMATCH REPAIR PROFICIENT"])])

# ---------------------------------------------------------------- 2205 stomach
rep("2205", "hospital: gastrectomy, HER2 3+ / PD-L1 CPS / MMR",
    "gastric HER2 3+ (no FISH), PD-L1 CPS 8, MMR intact list with one verdict, EBER out of scope",
    hosp("Northgate Memorial Hospital", "NG-19-33104", "Patient E"),
    [
        P("Specimen: Stomach, total gastrectomy with D2 lymphadenectomy."),
        H("FINAL DIAGNOSIS"),
        P("STOMACH, TOTAL GASTRECTOMY: ADENOCARCINOMA, INTESTINAL TYPE (LAUREN), MODERATELY DIFFERENTIATED, "
          "arising in the gastric body, 4.8 cm, invading the subserosa (pT3). Metastatic adenocarcinoma in 5 of "
          "31 lymph nodes (pN2). Proximal and distal margins free."),
        H("BIOMARKER STUDIES (block A7)"),
        T([["Test", "Clone / method", "Result"],
           ["HER2 IHC", "4B5 (Ventana)", "Score 3+ (strong complete or basolateral membranous reactivity in >10% of tumor cells) - POSITIVE"],
           ["PD-L1", "22C3", "Combined positive score (CPS): 8"],
           ["MLH1 / PMS2 / MSH2 / MSH6", "M1 / EPR3947 / G219-1129 / 44", "Nuclear expression retained in all four; no loss"],
           ["EBER ISH", "-", "Negative"]], widths=[1.6, 1.6, 3.8]),
        P("Comment: The HER2 result qualifies the patient for trastuzumab-based therapy; reflex ISH is not "
          "required for a 3+ result. The mismatch repair protein profile indicates a mismatch repair proficient "
          "tumor."),
        P(SIGN % ("W", "04/30/2019")),
    ],
    [L("HER2", "expression", "positive", ["Score 3+", "POSITIVE"], ihc_score="3+"),
     L("PD-L1", "expression", "positive", ["Combined positive score (CPS): 8"], value="CPS 8"),
     L("MLH1", "expression", "positive", ["retained in all four"]),
     L("PMS2", "expression", "positive", ["retained in all four"]),
     L("MSH2", "expression", "positive", ["retained in all four"]),
     L("MSH6", "expression", "positive", ["retained in all four"]),
     L("MMR", "signature", "negative", ["mismatch repair proficient tumor"])])

# ---------------------------------------------------------------- 2206 oesophagus
rep("2206", "hospital: oesophageal biopsy, HER2 IHC 2+ then ISH amplified, p53 in dysplasia",
    "HER2 2+ then SISH ratio 2.6 amplified; aberrant p53 overexpression; Ki-67 not done",
    hosp("Cedar Hills Hospital and Clinics", "CH-16-4410", "Patient F", font="times"),
    [
        P("SPECIMEN: Esophagus, 34-37 cm, endoscopic biopsies."),
        H("DIAGNOSIS"),
        P("ESOPHAGUS, DISTAL, BIOPSIES: INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED, ARISING IN "
          "BARRETT ESOPHAGUS WITH HIGH-GRADE DYSPLASIA."),
        H("SPECIAL STUDIES"),
        P("A p53 immunostain shows aberrant strong, diffuse nuclear overexpression in the dysplastic epithelium "
          "and invasive carcinoma, supporting the diagnosis."),
        P("HER2 immunohistochemistry (4B5): the carcinoma shows weak to moderate complete membranous staining "
          "in approximately 40% of cells, score 2+ (equivocal). Reflex in situ hybridization has been ordered."),
        P(SIGN % ("J", "02/03/2016")),
        H("ADDENDUM - HER2 DUAL ISH (02/08/2016)"),
        P("INFORM HER2 Dual ISH, 20 tumor cells counted: average HER2 copies per cell 5.4; average CEP17 copies "
          "per cell 2.1; HER2/CEP17 ratio 2.6."),
        P("Result: HER2 gene AMPLIFIED."),
        P(SIGN % ("J", "02/08/2016")),
    ],
    [L("TP53", "expression", "positive", ["p53 immunostain shows aberrant strong, diffuse nuclear overexpression"]),
     L("HER2", "expression", "equivocal", ["score 2+ (equivocal)"], ihc_score="2+"),
     L("HER2", "amplification", "positive", ["HER2/CEP17 ratio 2.6", "HER2 gene AMPLIFIED"], ratio=2.6)])

# ---------------------------------------------------------------- 2207 endometrium
rep("2207", "hospital: hysterectomy endometrioid carcinoma, MMR loss MSH2/MSH6, ER/PR, p53 wild-type pattern",
    "MSH2/MSH6 loss with germline counselling recommendation, ER/PR %, p53 wild-type pattern (optional)",
    hosp("Westbrook University Hospital", "WUH-17-90211", "Patient G"),
    [
        P("Specimens: A. Uterus, cervix, bilateral tubes and ovaries.  B. Right pelvic lymph nodes.  C. Left pelvic lymph nodes."),
        H("FINAL DIAGNOSIS"),
        P("A. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES, TOTAL LAPAROSCOPIC HYSTERECTOMY AND "
          "BILATERAL SALPINGO-OOPHORECTOMY: ENDOMETRIAL ENDOMETRIOID ADENOCARCINOMA, FIGO GRADE 2, invading 6 of "
          "14 mm of myometrium (43%). No lymphovascular invasion. Cervix, tubes and ovaries free of tumor."),
        P("B, C. LYMPH NODES: Nine lymph nodes negative for carcinoma (0/9)."),
        H("IMMUNOHISTOCHEMISTRY (block A5)"),
        P("Mismatch repair: MLH1 - intact; PMS2 - intact; MSH2 - ABSENT; MSH6 - ABSENT (internal control "
          "stromal and lymphoid nuclei positive)."),
        P("Estrogen receptor: positive, 80% of tumor nuclei, strong. Progesterone receptor: positive, 60%, "
          "moderate to strong."),
        P("p53: wild-type pattern (variable nuclear staining of mixed intensity)."),
        H("COMMENT"),
        P("Loss of MSH2 and MSH6 indicates a mismatch repair deficient tumor and raises the possibility of Lynch "
          "syndrome. Referral for genetic counseling and germline testing is recommended. The clinical team "
          "(Dr. H) has been notified."),
        P(SIGN % ("V", "11/09/2017")),
    ],
    [L("MLH1", "expression", "positive", ["MLH1 - intact"]),
     L("PMS2", "expression", "positive", ["PMS2 - intact"]),
     L("MSH2", "expression", "negative", ["MSH2 - ABSENT"]),
     L("MSH6", "expression", "negative", ["MSH6 - ABSENT"]),
     L("MMR", "signature", "positive", ["mismatch repair deficient tumor"]),
     L("ER", "expression", "positive", ["Estrogen receptor: positive, 80%"], percent=80),
     L("PR", "expression", "positive", ["Progesterone receptor: positive, 60%"], percent=60),
     L("TP53", "expression", "negative", ["p53: wild-type pattern"], optional=True)])

# ---------------------------------------------------------------- 2208 ovary
rep("2208", "hospital: ovarian HGSC debulking, p53/ER/PR; BRCA sent out; relative's BRCA2",
    "p53 aberrant positive, ER 70%, PR negative, WT1 out of scope, BRCA sent out (no label), mother's BRCA2 (no label)",
    hosp("Fairmont General Hospital", "FG-12-1187", "Patient H", font="courier", fs=8),
    [
        PRE("CLINICAL HISTORY: 61 YO WITH PELVIC MASS AND ASCITES, CA-125 1,840.\n"
            "FAMILY HISTORY (PER REQUISITION): MOTHER WITH BREAST CANCER AT 48,\n"
            "KNOWN BRCA2 MUTATION CARRIER.\n"),
        PRE("FINAL DIAGNOSIS:\n"
            "1. OVARY, RIGHT, SALPINGO-OOPHORECTOMY:\n"
            "   HIGH-GRADE SEROUS CARCINOMA, 11.5 CM, SURFACE INVOLVEMENT PRESENT.\n"
            "2. OVARY AND TUBE, LEFT: HIGH-GRADE SEROUS CARCINOMA INVOLVING OVARY\n"
            "   AND FIMBRIA (SEROUS TUBAL INTRAEPITHELIAL CARCINOMA PRESENT).\n"
            "3. OMENTUM: METASTATIC HIGH-GRADE SEROUS CARCINOMA, LARGEST 4.0 CM.\n"
            "4. UTERUS AND CERVIX: SEROSAL INVOLVEMENT BY CARCINOMA.\n"),
        PRE("IMMUNOHISTOCHEMICAL STAINS (BLOCK 1B):\n"
            "   WT1 ............ POSITIVE (DIFFUSE)\n"
            "   PAX8 ........... POSITIVE\n"
            "   P53 ............ POSITIVE, STRONG AND DIFFUSE (>90%), MUTANT PATTERN\n"
            "   ER ............. POSITIVE, 70%, MODERATE\n"
            "   PR ............. NEGATIVE\n"
            "   CONTROLS STAIN APPROPRIATELY.\n"),
        PRE("COMMENT:\n"
            "   TISSUE FROM BLOCK 1B HAS BEEN SENT TO AN OUTSIDE REFERENCE LABORATORY\n"
            "   FOR SOMATIC BRCA1/BRCA2 SEQUENCING AT THE REQUEST OF DR. N. RESULTS\n"
            "   WILL BE ISSUED SEPARATELY.\n\n"
            "DR. P, PATHOLOGIST      REPORT DATE 05/02/2012\n"),
    ],
    [L("TP53", "expression", "positive", ["P53 ............ POSITIVE, STRONG AND DIFFUSE"]),
     L("ER", "expression", "positive", ["ER ............. POSITIVE, 70%"], percent=70),
     L("PR", "expression", "negative", ["PR ............. NEGATIVE"])])

# ---------------------------------------------------------------- 2209 cervix
rep("2209", "hospital: cervix radical hysterectomy, PD-L1 CPS + MMR",
    "PD-L1 22C3 CPS 15 as 'Item: value' block, MMR intact verdict; p16/HPV out of scope",
    hosp("Bayview Women's and Children's Hospital", "BW-20-0677", "Patient I"),
    [
        H("FINAL DIAGNOSIS"),
        P("CERVIX, RADICAL HYSTERECTOMY: INVASIVE SQUAMOUS CELL CARCINOMA, NONKERATINIZING, HPV-ASSOCIATED, "
          "2.2 cm, depth of stromal invasion 9 mm of 15 mm. Lymphovascular invasion present. Parametria and "
          "vaginal cuff margins negative. Bilateral pelvic lymph nodes negative (0/18)."),
        H("ANCILLARY STUDIES"),
        P("p16 immunostain: diffuse block-type positivity. High-risk HPV RNA ISH: positive."),
        B("PD-L1 IHC (22C3 pharmDx)"),
        PRE("Specimen/block: A6\n"
            "Combined Positive Score (CPS): 15\n"
            "Interpretation: Positive (CPS >= 1)\n"
            "Positive and negative tissue controls: acceptable"),
        B("Mismatch repair IHC"),
        P("MLH1, PMS2, MSH2 and MSH6: preserved nuclear expression in tumor cells. No evidence of mismatch "
          "repair deficiency."),
        P(SIGN % ("S", "08/19/2020")),
    ],
    [L("PD-L1", "expression", "positive", ["Combined Positive Score (CPS): 15", "Positive (CPS >= 1)"], value="CPS 15"),
     L("MLH1", "expression", "positive", ["MLH1, PMS2, MSH2 and MSH6: preserved nuclear expression"]),
     L("PMS2", "expression", "positive", ["MLH1, PMS2, MSH2 and MSH6: preserved nuclear expression"]),
     L("MSH2", "expression", "positive", ["MLH1, PMS2, MSH2 and MSH6: preserved nuclear expression"]),
     L("MSH6", "expression", "positive", ["MLH1, PMS2, MSH2 and MSH6: preserved nuclear expression"]),
     L("MMR", "signature", "negative", ["No evidence of mismatch repair deficiency"])])

# ---------------------------------------------------------------- 2210 glioblastoma
rep("2210", "hospital: brain glioblastoma, IDH1 R132H IHC + sequencing, EGFR FISH, MGMT",
    "IDH1 R132H IHC negative, IDH1/IDH2 sequencing wild type, EGFR/CEP7 amplified, Ki-67, MGMT methylated (out of scope), ATRX",
    hosp("Capitol Neurosciences Institute", "NP-15-0339", "Patient J", fs=10, sub="Division of Neuropathology"),
    [
        P("SPECIMEN: Brain, left temporal lobe tumor, resection.  Intraoperative smear: high-grade glioma."),
        H("FINAL DIAGNOSIS"),
        P("BRAIN, LEFT TEMPORAL LOBE, RESECTION: GLIOBLASTOMA, WHO GRADE IV, with microvascular proliferation "
          "and palisading necrosis."),
        H("IMMUNOHISTOCHEMISTRY"),
        T([["Antibody", "Result"],
           ["GFAP", "Positive in tumor cells"],
           ["IDH1 R132H (H09)", "Negative (no mutant protein detected)"],
           ["ATRX", "Retained"],
           ["p53", "Scattered nuclear staining"],
           ["Ki-67 (MIB-1)", "Proliferation index approximately 30% in the most active areas"]], widths=[2.0, 4.5]),
        H("MOLECULAR STUDIES (ADDENDUM 05/27/2015)"),
        P("EGFR FISH (EGFR/CEP7 dual-color probe): EGFR/CEP7 ratio 5.8 with clusters of EGFR signals in 70% of "
          "nuclei. INTERPRETATION: EGFR AMPLIFIED."),
        P("IDH1 (codon 132) and IDH2 (codon 172) Sanger sequencing: no mutation detected in either gene."),
        P("MGMT promoter methylation (methylation-specific PCR): METHYLATED."),
        P("Comment: The results support an IDH-wildtype glioblastoma. MGMT methylation predicts benefit from "
          "temozolomide."),
        P(SIGN % ("F", "05/27/2015")),
    ],
    [L("IDH1", "expression", "negative", ["IDH1 R132H (H09)", "Negative (no mutant protein detected)"]),
     L("Ki-67", "expression", "reported", ["Proliferation index approximately 30%"], percent=30),
     L("EGFR", "amplification", "positive", ["EGFR/CEP7 ratio 5.8", "EGFR AMPLIFIED"], ratio=5.8),
     L("IDH1", "mutation", "negative", ["no mutation detected in either gene"]),
     L("IDH2", "mutation", "negative", ["no mutation detected in either gene"]),
     L("TP53", "expression", "negative", ["Scattered nuclear staining"], optional=True)])

# ---------------------------------------------------------------- 2211 melanoma
rep("2211", "hospital: melanoma wide excision + sentinel nodes, BRAF V600K, NRAS wt, Ki-67",
    "BRAF V600K by cartridge PCR, NRAS not detected, Ki-67 in dermal component, S100/SOX10/Melan-A diagnostic stains",
    hosp("Summit Valley Medical Center", "SV-18-7712", "Patient K"),
    [
        P("SPECIMENS: A. Skin, left upper back, wide local excision.  B. Left axillary sentinel lymph node #1.  "
          "C. Left axillary sentinel lymph node #2."),
        H("FINAL DIAGNOSIS"),
        P("A. SKIN, LEFT UPPER BACK, WIDE LOCAL EXCISION: Residual invasive melanoma, superficial spreading "
          "type, Breslow thickness 2.3 mm, Clark level IV, mitotic rate 6/mm2; margins free (closest 1.1 cm)."),
        P("B. SENTINEL LYMPH NODE #1: Metastatic melanoma, 1.8 mm deposit, confirmed with SOX10 and Melan-A "
          "immunostains."),
        P("C. SENTINEL LYMPH NODE #2: One lymph node, negative for melanoma (S100 and SOX10 negative)."),
        H("ADDITIONAL STUDIES"),
        P("Ki-67 labeling index in the dermal component: 15%."),
        P("BRAF/NRAS mutation analysis (Idylla cartridge PCR), block A2: BRAF V600K mutation DETECTED. NRAS "
          "(codons 12, 13, 59, 61, 117, 146): no mutation detected."),
        P(SIGN % ("D", "10/05/2018")),
    ],
    [L("Ki-67", "expression", "reported", ["Ki-67 labeling index in the dermal component: 15%"], percent=15),
     L("BRAF", "mutation", "positive", ["BRAF V600K mutation DETECTED"], alteration="V600K"),
     L("NRAS", "mutation", "negative", ["no mutation detected"])])

# ---------------------------------------------------------------- 2212 prostate
rep("2212", "hospital: radical prostatectomy, AR in nodal metastasis, germline BRCA2 in history",
    "AR positive (in scope although used diagnostically), PSA/NKX3.1/ERG out of scope, patient's own germline BRCA2 quoted in history (optional)",
    hosp("Harborview Urologic Pathology Service", "HU-21-1502", "Patient L", font="times"),
    [
        P("CLINICAL HISTORY: 66 y/o man, PSA 14.2, biopsy Gleason 4+4. Known pathogenic germline BRCA2 variant "
          "(c.5946delT, p.Ser1982Argfs*22) identified by outside genetic testing in 2019."),
        H("FINAL DIAGNOSIS"),
        P("1. PROSTATE AND SEMINAL VESICLES, RADICAL PROSTATECTOMY: PROSTATIC ADENOCARCINOMA, GLEASON SCORE "
          "4+5=9 (GRADE GROUP 5), involving both lobes, ~35% of gland. Extraprostatic extension present, "
          "focal seminal vesicle invasion (pT3b). Margins negative."),
        P("2. LYMPH NODES, RIGHT PELVIC: Metastatic prostatic adenocarcinoma in 1 of 7 lymph nodes."),
        P("3. LYMPH NODES, LEFT PELVIC: Eight lymph nodes, negative (0/8)."),
        H("IMMUNOHISTOCHEMISTRY (part 2)"),
        P("The nodal metastasis is positive for NKX3.1, PSA and androgen receptor (AR, strong nuclear staining "
          "in >90% of cells) and negative for GATA3. ERG immunostain is positive in the primary tumor."),
        P(SIGN % ("G", "01/14/2021")),
    ],
    [L("AR", "expression", "positive", ["androgen receptor (AR, strong nuclear staining"], value=">90%"),
     L("BRCA2", "mutation", "positive", ["Known pathogenic germline BRCA2 variant"], alteration="S1982Rfs*22", optional=True)])

# ---------------------------------------------------------------- 2213 bladder
rep("2213", "hospital: bladder TURBT, PD-L1 SP263, HER2 IHC 1+, FGFR3 out of scope",
    "PD-L1 SP263 TC 25% high, HER2 1+, FGFR3 mutation (out of scope), GATA3 diagnostic",
    hosp("Eastfield Medical Center", "EF-19-6630", "Patient M"),
    [
        P("SPECIMENS: A. Bladder tumor, left lateral wall, TURBT.  B. Bladder tumor base, TURBT."),
        H("FINAL DIAGNOSIS"),
        P("A. URINARY BLADDER, LEFT LATERAL WALL, TRANSURETHRAL RESECTION: INVASIVE HIGH-GRADE UROTHELIAL "
          "CARCINOMA with squamous differentiation, invading muscularis propria (detrusor muscle)."),
        P("B. BLADDER TUMOR BASE: Invasive high-grade urothelial carcinoma involving muscularis propria."),
        H("SPECIAL STUDIES"),
        P("GATA3 and p63 are positive in the tumor cells. PD-L1 (SP263): tumor cells 25%, immune cells present "
          "1%; interpretation PD-L1 HIGH per the SP263 urothelial algorithm. HER2 (4B5): score 1+, negative."),
        P("FGFR3 mutation testing (sent to Molecular Diagnostics, 12/02/2019): FGFR3 p.S249C detected."),
        P(SIGN % ("Z", "12/06/2019")),
    ],
    [L("PD-L1", "expression", "positive", ["PD-L1 (SP263): tumor cells 25%", "PD-L1 HIGH"], percent=25),
     L("HER2", "expression", "negative", ["HER2 (4B5): score 1+, negative"], ihc_score="1+")])

# ---------------------------------------------------------------- 2214 two colon tumours
rep("2214", "hospital: subtotal colectomy with two synchronous carcinomas, different MMR results",
    "two tumours: cecum MLH1/PMS2 loss (dMMR) vs sigmoid all intact (pMMR); identical MSH2/MSH6 collapsed",
    hosp("Pinecrest University Hospital", "PU-10-2214", "Patient N", fs=10),
    [
        P("SPECIMEN: Colon, subtotal colectomy.  HISTORY: 58 y/o M, two colonic masses on colonoscopy."),
        H("FINAL DIAGNOSIS"),
        P("COLON, SUBTOTAL COLECTOMY:"),
        P("TUMOR 1 (CECUM): Adenocarcinoma, poorly differentiated, mucinous features, 6.0 cm, invading into "
          "pericolic fat (pT3)."),
        P("TUMOR 2 (SIGMOID COLON): Adenocarcinoma, moderately differentiated, 2.1 cm, invading into "
          "muscularis propria (pT2)."),
        P("Lymph nodes: 0 of 34 involved (pN0)."),
        H("MISMATCH REPAIR IMMUNOHISTOCHEMISTRY"),
        T([["", "MLH1", "PMS2", "MSH2", "MSH6", "Interpretation"],
           ["Tumor 1 (cecum, block A4)", "Absent", "Absent", "Present", "Present", "MMR deficient"],
           ["Tumor 2 (sigmoid, block C2)", "Present", "Present", "Present", "Present", "MMR proficient"]],
          widths=[1.9, 0.8, 0.8, 0.8, 0.8, 1.4]),
        P("Comment: The two tumors show discordant mismatch repair profiles, supporting two independent "
          "primaries. Germline evaluation is at the discretion of the treating team."),
        P(SIGN % ("U", "07/12/2010")),
    ],
    [L("MLH1", "expression", "negative", ["Tumor 1 (cecum, block A4)", "Absent"]),
     L("PMS2", "expression", "negative", ["Tumor 1 (cecum, block A4)", "Absent"]),
     L("MLH1", "expression", "positive", ["Tumor 2 (sigmoid", "Present"]),
     L("PMS2", "expression", "positive", ["Tumor 2 (sigmoid", "Present"]),
     L("MSH2", "expression", "positive", ["Present"]),
     L("MSH6", "expression", "positive", ["Present"]),
     L("MMR", "signature", "positive", ["MMR deficient"]),
     L("MMR", "signature", "negative", ["MMR proficient"])])

# ---------------------------------------------------------------- 2215 kidney
rep("2215", "hospital: nephrectomy clear cell RCC, PD-L1 28-8, diagnostic panel",
    "PD-L1 28-8 tumor cell 5%, CAIX/PAX8/CD10 out of scope",
    hosp("Lakeshore University Medical Center", "S17-22091", "Patient O"),
    [
        P("SPECIMEN: Kidney, right, radical nephrectomy."),
        H("FINAL DIAGNOSIS"),
        P("KIDNEY, RIGHT, RADICAL NEPHRECTOMY: CLEAR CELL RENAL CELL CARCINOMA, WHO/ISUP GRADE 3, 7.9 cm, "
          "confined to kidney; renal vein margin negative; adrenal gland uninvolved (pT2a)."),
        H("SYNOPTIC"),
        PRE("Histologic type: Clear cell renal cell carcinoma\n"
            "Sarcomatoid features: Not identified\n"
            "Rhabdoid features: Not identified\n"
            "Tumor necrosis: Present (10%)\n"
            "Pathologic stage: pT2a pNX"),
        H("IMMUNOHISTOCHEMISTRY"),
        P("Tumor cells express PAX8, CAIX (membranous, box-like) and CD10 and are negative for CK7. PD-L1 "
          "(28-8 pharmDx) at the request of Dr. Y: membranous staining in 5% of tumor cells (positive at the 1% "
          "threshold)."),
        P(SIGN % ("Q", "09/01/2017")),
    ],
    [L("PD-L1", "expression", "positive", ["membranous staining in 5% of tumor cells"], percent=5)])

# ---------------------------------------------------------------- 2216 head and neck
rep("2216", "hospital: oropharynx SCC, p16/HPV, EGFR IHC 3+, PD-L1 CPS and TPS",
    "EGFR protein IHC 3+ (expression), PD-L1 CPS 30 and TPS 10 as two labels, p16 out of scope",
    hosp("Mid-State Cancer Hospital", "MS-18-30917", "Patient P", font="courier", fs=8),
    [
        PRE("SPECIMEN: A. LEFT TONSIL, RADICAL TONSILLECTOMY  B. LEFT NECK DISSECTION, LEVELS II-IV\n"),
        PRE("DIAGNOSIS:\n"
            "A. LEFT TONSIL: INVASIVE SQUAMOUS CELL CARCINOMA, NONKERATINIZING,\n"
            "   2.9 CM. MARGINS NEGATIVE.\n"
            "B. LEFT NECK: METASTATIC SCC IN 2/27 LYMPH NODES, LARGEST 2.4 CM,\n"
            "   NO EXTRANODAL EXTENSION.\n"),
        PRE("SPECIAL STUDIES (A3):\n"
            "  P16 .................. POSITIVE (DIFFUSE, STRONG) - HPV-ASSOCIATED\n"
            "  EGFR (31G7) .......... 3+ MEMBRANOUS STAINING, 80% OF TUMOR CELLS\n"
            "  PD-L1 (22C3):\n"
            "     COMBINED POSITIVE SCORE ...... 30\n"
            "     TUMOR PROPORTION SCORE ....... 10%\n"
            "  POSITIVE AND NEGATIVE CONTROLS WORKED APPROPRIATELY.\n"),
        PRE("DR. E / 11-20-2018\n"),
    ],
    [L("EGFR", "expression", "positive", ["EGFR (31G7) .......... 3+ MEMBRANOUS STAINING"], ihc_score="3+", percent=80),
     L("PD-L1", "expression", "positive", ["COMBINED POSITIVE SCORE ...... 30"], value="CPS 30"),
     L("PD-L1", "expression", "positive", ["TUMOR PROPORTION SCORE ....... 10%"], percent=10)])

# ---------------------------------------------------------------- 2217 thyroid
rep("2217", "hospital: thyroidectomy PTC, BRAF VE1 IHC, FNA molecular result restated",
    "BRAF VE1 IHC positive (expression), BRAF V600E from prior FNA of same nodule (regular), RET/PTC negative, TERT out of scope",
    hosp("Grandview Endocrine Surgery Center", "GE-20-1123", "Patient Q"),
    [
        P("CLINICAL: Right thyroid nodule 2.4 cm, FNA Bethesda V; molecular testing on the FNA (GE-20-0877C) "
          "showed BRAF V600E mutation; RET/PTC rearrangement not detected; TERT promoter wild type."),
        H("FINAL DIAGNOSIS"),
        P("THYROID, TOTAL THYROIDECTOMY: PAPILLARY THYROID CARCINOMA, CLASSIC TYPE, right lobe, 2.3 cm, with "
          "minimal extrathyroidal extension into perithyroidal soft tissue. Margins negative. Left lobe with "
          "lymphocytic thyroiditis. Central compartment lymph nodes: 3 of 6 involved."),
        H("IMMUNOHISTOCHEMISTRY"),
        P("BRAF V600E (VE1) immunohistochemistry: POSITIVE, diffuse cytoplasmic staining in the carcinoma, "
          "concordant with the prior molecular result."),
        P(SIGN % ("A", "03/02/2020")),
    ],
    [L("BRAF", "mutation", "positive", ["showed BRAF V600E mutation"], alteration="V600E"),
     L("RET", "fusion", "negative", ["RET/PTC rearrangement not detected"]),
     L("BRAF", "expression", "positive", ["BRAF V600E (VE1) immunohistochemistry: POSITIVE"])])

# ---------------------------------------------------------------- 2218 liver
rep("2218", "hospital: liver HCC resection, Ki-67 range, prior colon cancer KRAS as history",
    "Ki-67 as range (value), KRAS wild-type of another (prior) tumour as passing mention (optional), HepPar-1/GPC3 out of scope",
    hosp("Sunridge Medical Center", "SR-09-4038", "Patient R", font="times"),
    [
        P("CLINICAL HISTORY: 63 y/o M with hepatitis C cirrhosis and 5.2 cm segment VI mass. Remote history of "
          "sigmoid colon adenocarcinoma (2004, KRAS wild-type per outside report), no recurrence."),
        H("FINAL DIAGNOSIS"),
        P("LIVER, SEGMENT VI, PARTIAL HEPATECTOMY: HEPATOCELLULAR CARCINOMA, MODERATELY DIFFERENTIATED "
          "(EDMONDSON-STEINER GRADE II), 5.0 cm, trabecular and pseudoglandular; microvascular invasion "
          "present; resection margin 0.6 cm. Background liver: cirrhosis (METAVIR F4, A1)."),
        H("COMMENT"),
        P("Metastatic colorectal adenocarcinoma was considered given the history. Tumor cells are positive for "
          "HepPar-1, arginase-1 and glypican-3 and negative for CK20 and CDX2, supporting hepatocellular origin. "
          "Ki-67 proliferation index approximately 20-30%."),
        P(SIGN % ("O", "12/15/2009")),
    ],
    [L("Ki-67", "expression", "reported", ["Ki-67 proliferation index approximately 20-30%"], value="20-30%"),
     L("KRAS", "mutation", "negative", ["KRAS wild-type per outside report"], optional=True)])

# ---------------------------------------------------------------- 2219 pancreas
rep("2219", "hospital: Whipple PDAC, NGS addendum KRAS/TP53, MMR, germline pending",
    "KRAS G12D + TP53 R175H in three-letter HGVS, SMAD4 loss out of scope, MMR intact + pMMR, germline BRCA pending (no label)",
    hosp("Cascade Regional Medical Center", "CR-22-5561", "Patient S"),
    [
        P("SPECIMEN: Pancreas, head, pancreaticoduodenectomy (Whipple)."),
        H("FINAL DIAGNOSIS"),
        P("PANCREAS, HEAD, PANCREATICODUODENECTOMY: INVASIVE DUCTAL ADENOCARCINOMA, moderately differentiated, "
          "3.4 cm, perineural invasion present, 4 of 19 lymph nodes positive (ypT2 N1). Pancreatic neck and "
          "uncinate margins negative; SMV groove margin 0.1 cm."),
        P("Mismatch repair immunohistochemistry: MLH1, MSH2, MSH6 and PMS2 expression intact (proficient). "
          "SMAD4 (DPC4): loss of expression."),
        P(SIGN % ("B", "02/18/2022")),
        H("ADDENDUM: TARGETED SEQUENCING (50-GENE HOTSPOT PANEL), block A6 (03/01/2022)"),
        T([["Gene", "DNA change", "Protein change", "VAF", "Tier"],
           ["KRAS", "c.35G>A", "p.(Gly12Asp)", "28%", "Tier I"],
           ["TP53", "c.524G>A", "p.(Arg175His)", "31%", "Tier II"],
           ["CDKN2A", "c.238C>T", "p.(Arg80*)", "26%", "Tier II"]], widths=[0.9, 1.1, 1.3, 0.7, 0.9]),
        P("No other variants of clinical significance were identified. Germline BRCA1/BRCA2/PALB2 testing has "
          "been ordered through the cancer genetics clinic; results pending."),
        P(SIGN % ("B", "03/01/2022")),
    ],
    [L("MLH1", "expression", "positive", ["MLH1, MSH2, MSH6 and PMS2 expression intact"]),
     L("MSH2", "expression", "positive", ["MLH1, MSH2, MSH6 and PMS2 expression intact"]),
     L("MSH6", "expression", "positive", ["MLH1, MSH2, MSH6 and PMS2 expression intact"]),
     L("PMS2", "expression", "positive", ["MLH1, MSH2, MSH6 and PMS2 expression intact"]),
     L("MMR", "signature", "negative", ["intact (proficient)"]),
     L("KRAS", "mutation", "positive", ["p.(Gly12Asp)"], alteration="G12D"),
     L("TP53", "mutation", "positive", ["p.(Arg175His)"], alteration="R175H")])

# ---------------------------------------------------------------- 2220 soft tissue NTRK
rep("2220", "hospital: soft tissue spindle cell sarcoma, pan-TRK IHC + NGS ETV6-NTRK3",
    "pan-TRK IHC (NTRK expression), ETV6::NTRK3 fusion, MDM2 FISH out of scope, S100/CD34 diagnostic",
    hosp("Children's and Adults' Hospital of the Plains", "CP-21-0098", "Patient T"),
    [
        P("SPECIMEN: Soft tissue mass, right thigh, excision.  CLINICAL: 34 y/o F, 6 cm deep thigh mass."),
        H("FINAL DIAGNOSIS"),
        P("SOFT TISSUE, RIGHT THIGH, EXCISION: NTRK-REARRANGED SPINDLE CELL NEOPLASM, high grade (FNCLCC grade "
          "2), 6.2 cm; margins negative (closest 0.3 cm)."),
        H("IMMUNOHISTOCHEMISTRY"),
        P("The neoplastic cells are positive for CD34 and S100 (patchy) and negative for SOX10, desmin and "
          "STAT6. Pan-TRK (EPR17341): diffuse nuclear and cytoplasmic positivity."),
        P("MDM2 FISH: not amplified."),
        H("MOLECULAR (ADDENDUM 02/04/2021)"),
        P("Targeted RNA sequencing (Fusion Plex Sarcoma panel) detected an ETV6::NTRK3 fusion (ETV6 exon 5 to "
          "NTRK3 exon 15), confirming the diagnosis. Patients with NTRK fusion-positive tumors may be eligible "
          "for TRK inhibitor therapy."),
        P(SIGN % ("C", "02/04/2021")),
    ],
    [L("NTRK", "expression", "positive", ["Pan-TRK (EPR17341): diffuse nuclear and cytoplasmic positivity"]),
     L("NTRK", "fusion", "positive", ["detected an ETV6::NTRK3 fusion"], alteration="ETV6-NTRK3")])

# ---------------------------------------------------------------- 2221 testis
rep("2221", "hospital: orchiectomy seminoma, diagnostic stains only",
    "no in-scope results: OCT3/4, CD117, PLAP, D2-40, Ki-67 only mentioned as not performed",
    hosp("Valley Oak Hospital", "VO-14-0719", "Patient U"),
    [
        P("SPECIMEN: Testis, left, radical inguinal orchiectomy."),
        H("FINAL DIAGNOSIS"),
        P("TESTIS, LEFT, RADICAL ORCHIECTOMY: SEMINOMA, 3.8 cm, confined to testis; rete testis invasion "
          "present (stromal); no lymphovascular invasion; spermatic cord margin negative (pT1b)."),
        H("COMMENT"),
        P("Tumor cells are positive for OCT3/4, SALL4, CD117 and D2-40, and negative for AE1/AE3 (dot-like "
          "only), CD30 and glypican-3, supporting pure seminoma. A Ki-67 stain was not performed. Serum tumor "
          "markers (AFP, beta-hCG, LDH) per clinical record."),
        P(SIGN % ("X", "06/25/2014")),
    ],
    [])

# ---------------------------------------------------------------- 2222 breast core, amended Ki-67, low positive ER
rep("2222", "hospital: breast core biopsy, amended report, H-score, ER low positive, PR <1%, HER2 1+",
    "amended Ki-67 (superseded 10% no label), ER low positive 5%, PR <1% (value), HER2 1+ 'HER2-low' negative",
    hosp("Oak Park Community Hospital", "OP-22-1450", "Patient V"),
    [
        BOX(["AMENDED REPORT - 05/12/2022", "Reason for amendment: Ki-67 proliferation index was transcribed "
             "incorrectly in the original report (previously reported as 10%). The corrected value is given "
             "below. No other changes."]),
        P("SPECIMEN: Right breast, 10:00, 5 cm FN, ultrasound-guided core biopsy."),
        H("DIAGNOSIS"),
        P("RIGHT BREAST, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 3 (3+3+2), measuring 1.2 cm "
          "in the core. DCIS, high nuclear grade, solid type, with comedonecrosis."),
        H("BREAST BIOMARKERS (block A1, fixation 6-72 h in 10% NBF)"),
        T([["Marker", "Result", "% cells", "Intensity", "H-score"],
           ["Estrogen receptor (SP1)", "LOW POSITIVE", "5%", "weak", "5"],
           ["Progesterone receptor (1E2)", "NEGATIVE", "<1%", "-", "0"],
           ["HER2 (4B5)", "NEGATIVE (score 1+, HER2-low)", "-", "faint, incomplete", "-"],
           ["Ki-67 (30-9)", "40%", "", "", ""]], widths=[1.9, 2.1, 0.7, 1.1, 0.7]),
        SMALL("ER-low-positive (1-10%) cases may behave more like ER-negative tumors; limited data on benefit of "
              "endocrine therapy. HER2-low is not a separate status; the result is HER2-negative."),
        P(SIGN % ("L", "05/12/2022")),
    ],
    [L("ER", "expression", "positive", ["Estrogen receptor (SP1)", "LOW POSITIVE"], percent=5),
     L("PR", "expression", "negative", ["Progesterone receptor (1E2)", "NEGATIVE"], value="<1%"),
     L("HER2", "expression", "negative", ["NEGATIVE (score 1+, HER2-low)"], ihc_score="1+"),
     L("Ki-67", "expression", "reported", ["Ki-67 (30-9)", "40%"], percent=40)])

# ---------------------------------------------------------------- 2223 breast lumpectomy, prior biopsy results + contralateral history
rep("2223", "hospital: breast lumpectomy, biomarkers restated from core biopsy, prior contralateral cancer",
    "Allred-only ER/PR restated from biopsy of same tumour (regular), HER2 1+; 2005 contralateral tumour results (optional)",
    hosp("Westbrook University Hospital", "WUH-11-40122", "Patient W", font="times"),
    [
        P("CLINICAL HISTORY: Left breast cancer 2005 treated with mastectomy and trastuzumab (that tumor was "
          "ER-negative, HER2 3+ by IHC). Now new right breast carcinoma diagnosed on core biopsy WUH-11-38710."),
        H("FINAL DIAGNOSIS"),
        P("A. RIGHT BREAST, NEEDLE-LOCALIZED LUMPECTOMY: Invasive lobular carcinoma, classic type, 1.7 cm, "
          "Nottingham grade 1. Lobular carcinoma in situ. Margins negative (closest 0.3 cm, anterior)."),
        P("B. RIGHT AXILLARY SENTINEL LYMPH NODES: Two lymph nodes, negative for carcinoma (0/2), confirmed by "
          "cytokeratin immunostain."),
        H("COMMENT"),
        P("E-cadherin is negative in the tumor cells. Prognostic markers were performed on the core biopsy "
          "(WUH-11-38710) and are not repeated: estrogen receptor positive (Allred score 8/8), progesterone "
          "receptor positive (Allred score 6/8), HER2 negative (score 1+)."),
        P(SIGN % ("H", "08/08/2011")),
    ],
    [L("ER", "expression", "positive", ["estrogen receptor positive (Allred score 8/8)"]),
     L("PR", "expression", "positive", ["progesterone receptor positive (Allred score 6/8)"]),
     L("HER2", "expression", "negative", ["HER2 negative (score 1+)"], ihc_score="1+"),
     L("ER", "expression", "negative", ["that tumor was ER-negative"], optional=True),
     L("HER2", "expression", "positive", ["HER2 3+ by IHC"], ihc_score="3+", optional=True)])

# ---------------------------------------------------------------- 2224 lung two tumours
rep("2224", "hospital: bilobectomy with two separate lung adenocarcinomas, different EGFR/KRAS/PD-L1",
    "two primaries: EGFR L858R + TPS 80% vs KRAS G12C + EGFR wt + TPS <1%; one results table per tumour",
    hosp("Pinecrest University Hospital", "PU-19-7001", "Patient X", fs=9.5),
    [
        P("SPECIMENS: A. Right upper lobe, lobectomy.  B. Right lower lobe, superior segmentectomy.  C-F. "
          "Mediastinal lymph nodes."),
        H("FINAL DIAGNOSIS"),
        P("A. RIGHT UPPER LOBE: INVASIVE ADENOCARCINOMA, LEPIDIC AND ACINAR, 2.0 cm (Tumor 1)."),
        P("B. RIGHT LOWER LOBE: INVASIVE ADENOCARCINOMA, SOLID PREDOMINANT, 1.6 cm (Tumor 2)."),
        P("C-F. LYMPH NODES: Eleven lymph nodes, negative for carcinoma (0/11)."),
        P("Comment: Based on different histologic patterns and molecular profiles, the two tumors are "
          "considered separate primary lung carcinomas (pT1b(m) rather than intrapulmonary metastasis)."),
        H("MOLECULAR AND IMMUNOHISTOCHEMICAL RESULTS"),
        T([["", "Tumor 1 (RUL, A3)", "Tumor 2 (RLL, B2)"],
           ["EGFR (PCR, exons 18-21)", "p.L858R (exon 21) detected", "Wild type"],
           ["KRAS (codons 12/13/61)", "Not detected", "p.G12C detected"],
           ["PD-L1 22C3 TPS", "80%", "<1%"]], widths=[2.0, 2.3, 2.3]),
        P(SIGN % ("U", "10/30/2019")),
    ],
    [L("EGFR", "mutation", "positive", ["p.L858R (exon 21) detected"], alteration="L858R"),
     L("EGFR", "mutation", "negative", ["Wild type"]),
     L("KRAS", "mutation", "negative", ["Not detected"]),
     L("KRAS", "mutation", "positive", ["p.G12C detected"], alteration="G12C"),
     L("PD-L1", "expression", "positive", ["PD-L1 22C3 TPS", "80%"], percent=80),
     L("PD-L1", "expression", "negative", ["<1%"], value="<1%")])


# ---------------------------------------------------------------- long gross / microscopic sections
def _extra(id, blocks, where="end"):
    for r in R:
        if r["id"] == id:
            r["blocks"] = r["blocks"] + blocks if where == "end" else blocks + r["blocks"]


_extra("2201", [
    H("GROSS DESCRIPTION"),
    P("A. Received fresh, labeled with the patient's name and 'left breast and axilla', is a 1,045 gram modified "
      "radical mastectomy specimen measuring 24.0 x 19.5 x 5.5 cm with an attached axillary tail 8.0 x 6.0 x 2.5 "
      "cm. The skin ellipse measures 21.0 x 8.5 cm with a central everted nipple. The deep margin is inked black, "
      "superior blue, inferior green. Serial sectioning from medial to lateral reveals a firm, stellate, "
      "tan-white mass 2.6 x 2.2 x 2.0 cm in the upper outer quadrant at 2 o'clock, 4.5 cm from the nipple, "
      "located 0.4 cm from the deep margin. A biopsy clip is identified within the mass. The remaining breast "
      "parenchyma is 70% fibrofatty and 30% fibrous with no other lesions. The cold ischemia time is less than "
      "one hour; the specimen was placed in formalin at 10:42 and fixed for 26 hours."),
    P("The axillary tail is dissected for lymph nodes; fourteen candidate lymph nodes ranging from 0.3 to 1.8 cm "
      "are identified, the largest grossly involved."),
    P("B. Received in formalin labeled 'additional superior margin' is a 4.0 x 3.0 x 1.0 cm portion of "
      "fibrofatty tissue with a stitch designating new margin, inked blue. Serially sectioned and entirely "
      "submitted in B1-B4."),
    H("CASSETTE KEY"),
    T([["Block", "Description"],
       ["A1", "Nipple, en face and perpendicular"],
       ["A2-A3", "Mass with deep margin, perpendicular"],
       ["A4", "Mass, full cross-section (tissue for ER/PR/HER2 and Ki-67)"],
       ["A5-A6", "Mass with adjacent parenchyma"],
       ["A7-A10", "Upper outer quadrant, random"],
       ["A11-A14", "Remaining quadrants, one per quadrant"],
       ["A15-A22", "Lymph nodes (one per cassette, largest bisected in A15-A16)"],
       ["B1-B4", "Additional superior margin, entirely submitted"]], widths=[1.0, 5.0]),
    H("MICROSCOPIC DESCRIPTION"),
    P("Sections of the mass show an infiltrating carcinoma composed of nests, cords and occasional tubules of "
      "cells with moderately pleomorphic vesicular nuclei, small nucleoli and moderate eosinophilic cytoplasm. "
      "Tubule formation is less than 10% of the tumor. Mitotic count is 6 per 10 high-power fields (field "
      "diameter 0.55 mm). Lymphovascular invasion is present in the peritumoral stroma. Associated DCIS of "
      "cribriform pattern with intermediate grade nuclei comprises about 10% of the lesion. Two axillary lymph "
      "nodes contain metastatic carcinoma, confined within the capsule."),
])

_extra("2210", [
    H("INTRAOPERATIVE CONSULTATION"),
    P("Smear and frozen section, 'left temporal tumor': highly cellular glial neoplasm with marked atypia and "
      "necrosis, consistent with high-grade glioma. Diagnosis rendered by Dr. F at 11:20 to Dr. Y in OR 7."),
    H("GROSS DESCRIPTION"),
    P("Received in three containers. (1) Fresh, 'left temporal tumor for frozen', multiple fragments of soft "
      "gray-pink tissue, 1.8 x 1.2 x 0.4 cm in aggregate; smear prepared and remainder frozen (FS1), then "
      "submitted in A1. (2) Formalin, 'left temporal tumor', multiple fragments of soft, focally hemorrhagic "
      "tissue 4.5 x 3.8 x 1.2 cm in aggregate with yellow necrotic areas; submitted in B1-B8. (3) Formalin, "
      "'temporal tip', 2.2 x 1.6 x 1.0 cm of gray-white brain tissue with overlying leptomeninges; submitted in "
      "C1-C3."),
    H("MICROSCOPIC DESCRIPTION"),
    P("Sections show a densely cellular astrocytic neoplasm infiltrating cortex and white matter. Tumor cells "
      "have hyperchromatic, pleomorphic nuclei and fibrillary processes; gemistocytic forms are present. "
      "Mitoses are numerous (up to 8 per high-power field), with atypical forms. There is glomeruloid "
      "microvascular proliferation and geographic and pseudopalisading necrosis. The temporal tip shows "
      "infiltrating tumor cells at lower density with perineuronal satellitosis."),
    SMALL("Note: The WHO classification of tumours of the central nervous system integrates histologic and "
          "molecular features; IDH-mutant astrocytomas are graded separately from IDH-wildtype glioblastoma. "
          "Immunohistochemistry for IDH1 R132H detects about 90% of IDH mutations in diffuse gliomas; "
          "sequencing is recommended for R132H-negative tumors in patients under 55 years."),
])

_extra("2214", [
    H("GROSS DESCRIPTION"),
    P("Received fresh is a subtotal colectomy specimen consisting of terminal ileum (8 cm), cecum, ascending, "
      "transverse, descending and sigmoid colon (112 cm in total). In the cecum, 3 cm from the ileocecal valve, "
      "there is an ulcerated, fungating mass 6.0 x 5.2 x 2.0 cm that grossly extends into pericolic fat. In the "
      "sigmoid colon, 9 cm from the distal margin, there is a separate raised, centrally ulcerated mass 2.1 x "
      "1.8 cm that grossly invades into but not through the muscular wall. The intervening mucosa shows four "
      "sessile polyps ranging from 0.3 to 0.8 cm. Thirty-four lymph nodes are identified in the mesentery."),
    H("SUMMARY OF SECTIONS"),
    T([["Block", "Description"],
       ["A1-A6", "Cecal mass (Tumor 1), including deepest invasion (A4 used for MMR studies)"],
       ["B1-B2", "Ileal and distal margins"],
       ["C1-C4", "Sigmoid mass (Tumor 2) (C2 used for MMR studies)"],
       ["D1-D4", "Polyps"],
       ["E1-E12", "Pericecal lymph nodes"],
       ["F1-F10", "Sigmoid mesenteric lymph nodes"]], widths=[1.0, 5.0]),
    H("MICROSCOPIC DESCRIPTION"),
    P("Tumor 1 is a poorly differentiated adenocarcinoma with extracellular mucin occupying 30% of the tumor "
      "and conspicuous tumor-infiltrating lymphocytes and a Crohn-like reaction. Tumor 2 is a moderately "
      "differentiated gland-forming adenocarcinoma with dirty necrosis. The polyps are tubular adenomas without "
      "high-grade dysplasia. All lymph nodes are negative."),
    SMALL("Method: Immunohistochemistry for MLH1 (ES05), PMS2 (EP51), MSH2 (FE11) and MSH6 (EP49) was performed "
          "on the Leica Bond platform with appropriate positive and negative controls; nuclear staining in "
          "stromal and inflammatory cells served as an internal positive control."),
])

_extra("2224", [
    H("SYNOPTIC REPORT (each tumor)"),
    PRE("Tumor 1 - Procedure: Lobectomy | Histologic type: Invasive adenocarcinoma, lepidic 40%, acinar 60%\n"
        "          Total size: 2.0 cm | Invasive size: 1.3 cm | Visceral pleural invasion: Not identified\n"
        "          Lymphovascular invasion: Not identified | Margins: Negative | pT1b\n"
        "Tumor 2 - Procedure: Segmentectomy | Histologic type: Invasive adenocarcinoma, solid 70%, acinar 30%\n"
        "          Total size: 1.6 cm | Visceral pleural invasion: Not identified\n"
        "          Lymphovascular invasion: Present | Margins: Negative (staple line 1.4 cm) | pT1b\n"
        "Regional lymph nodes: 0/11 (stations 4R, 7, 10R, 11R) | pN0"),
    H("GROSS DESCRIPTION"),
    P("A. Received fresh labeled 'right upper lobe' is a 185 g lobectomy specimen, 16.5 x 11.0 x 4.0 cm, with a "
      "stapled bronchial margin. A firm, gray-white, ill-defined subpleural mass 2.0 x 1.7 x 1.5 cm is present "
      "3.2 cm from the bronchial margin; the overlying pleura is smooth. Representative sections A1-A8; tumor "
      "A1-A4 (A3 submitted for molecular studies). B. Received fresh labeled 'right lower lobe superior "
      "segment' is a 62 g segmentectomy, 10.0 x 6.5 x 3.0 cm, with a 1.6 cm firm tan nodule 1.4 cm from the "
      "staple line; sections B1-B5 (B2 for molecular studies)."),
    SMALL("Methods: EGFR by real-time PCR (exons 18-21), KRAS by pyrosequencing; PD-L1 22C3 pharmDx on the "
          "Autostainer Link 48 with on-slide controls. TPS = percentage of viable tumor cells with partial or "
          "complete membrane staining. TPS >= 50% is high expression; 1-49% low expression."),
])

_extra("2203", [
    H("GROSS DESCRIPTION"),
    P("Received fresh labeled 'right colon' is a right hemicolectomy specimen consisting of 12 cm of terminal "
      "ileum, cecum, appendix and 18 cm of ascending colon. In the cecum there is a 5.5 x 4.8 cm bulky, "
      "circumferential, partially ulcerated mass with pushing borders that appears to extend into the "
      "pericolic fat. The serosa overlying the tumor is puckered but intact. The appendix is 6.0 cm and "
      "unremarkable. Twenty-two lymph nodes are recovered from the mesentery, the largest 1.2 cm. Sections: "
      "A1-A6 tumor (A3 deepest invasion), A7 proximal margin, A8 distal margin, A9 radial margin, A10-A17 "
      "lymph nodes; B1 appendix."),
    SMALL("MMR immunohistochemistry: clones M1 (MLH1), G219-1129 (MSH2), SP93 (MSH6), EPR3947 (PMS2); "
          "interpretation requires nuclear staining of internal control cells. Loss is defined as complete "
          "absence of nuclear staining in tumor cells with positive internal control."),
])
