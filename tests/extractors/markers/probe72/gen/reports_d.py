"""Reports 8819-8824: Valley (Sanger KIT/PDGFRA, Sanger EGFR), Summit (RNA fusion panels),
Ashby & Lorne (breast predictive proforma with HER2 ISH), Ridgeway (colorectal hotspot panel
with MSI by PCR)."""
from __future__ import annotations

from common import L, patient
from engine import grey, rgb
from labs import WHITE, AshbyLorne, Ridgeway, Summit, Valley
from reports_a import HOTSPOT50, rw_appendix, rw_head, rw_sign

REPORTS = []


def report(rid, style, info, labels):
    def deco(fn):
        info.setdefault("name", patient(rid))
        REPORTS.append(dict(id=rid, style=style, info=info, fn=fn, labels=labels))
        return fn
    return deco


# ==== Valley helpers ============================================================================
def vd_head(d, s):
    d.heading(s, font="Helvetica-BoldOblique", size=10, color=d.st.accent, before=6, after=3)


def vd_sign(d, who, when):
    vd_head(d, "Electronic signature")
    d.para(f"{who}", font="Helvetica-Bold", size=8.8, after=0)
    d.para(f"Signed {when}", size=8.8, after=2)


SANGER_QC_NOTE = ("Each amplicon was sequenced in forward and reverse directions. Sequences were "
                  "aligned to the reference transcript and reviewed manually. Analytical "
                  "sensitivity is approximately 15-20% mutant allele; variants present in a "
                  "smaller fraction of cells may not be detected.")


# ==== 8819 =====================================================================================
@report(8819, Valley, dict(
    mrn="VD-4418207", dob="06/11/1960", sex="M", lab_no="VM26-0144", source="Stomach, wedge "
    "resection", block="A4", collected="01/27/2026", clinician="Carolyn Ostrowski-Vance, MD",
    client="Greenvale Community Hospital", reported="02/09/2026"), [])
def r8819(d):
    d.para("KIT and PDGFRA Mutation Analysis - Gastrointestinal Stromal Tumor",
           font="Helvetica-Bold", size=12, after=4)
    d.kv([("Diagnosis", "Gastrointestinal stromal tumor, gastric body, 6.8 cm, spindle cell type, "
           "mitoses 7 per 5 mm2"),
          ("Immunohistochemistry", "CD117 (KIT) positive, DOG1 positive, SDHB retained "
           "(reported on SP26-0390)"),
          ("Tumor content", "90%"),
          ("Method", "PCR and bidirectional Sanger sequencing")], keyw=120, size=8.8)

    def res():
        d.para("RESULT: KIT EXON 11 MUTATION DETECTED", font="Helvetica-Bold", size=11, after=2)
        d.para("KIT c.1669_1674del, p.(Trp557_Lys558del); in-frame deletion. No PDGFRA mutation "
               "detected in exons 12, 14 and 18.", size=9, after=0)
    d.box(res, fill=rgb(236, 246, 238), stroke=d.st.accent, lw=1.2)
    vd_head(d, "Exons analyzed")
    d.table([70, 60, 230, 140], [
        ["KIT", "9", "No variant detected", "Bidirectional, clean"],
        ["KIT", "11", "c.1669_1674del p.(Trp557_Lys558del)", "Bidirectional, confirmed"],
        ["KIT", "13", "No variant detected", "Bidirectional, clean"],
        ["KIT", "17", "No variant detected", "Bidirectional, clean"],
        ["PDGFRA", "12", "No variant detected", "Bidirectional, clean"],
        ["PDGFRA", "14", "No variant detected", "Bidirectional, clean"],
        ["PDGFRA", "18", "No variant detected", "Bidirectional, clean"]],
        header=["Gene", "Exon", "Result", "Sequence quality"], hfill=rgb(220, 238, 224),
        size=8.4, grid="h")
    vd_head(d, "Interpretation")
    d.para("KIT exon 11 mutations are the most common primary mutations in gastrointestinal "
           "stromal tumors and predict sensitivity to imatinib. Deletions involving codons 557 "
           "and 558 are associated with a higher risk of recurrence than other exon 11 "
           "mutations, which may support adjuvant imatinib in combination with the tumor size, "
           "site and mitotic count.", size=8.8)
    d.para("Note: had KIT and PDGFRA been wild type, testing for SDH deficiency, NF1 alteration, "
           "BRAF V600E and NTRK fusions would have been recommended. These tests were not "
           "performed.", size=8.8)
    vd_head(d, "Methodology")
    d.para("Genomic DNA was extracted from FFPE tissue. KIT exons 9, 11, 13 and 17 and PDGFRA "
           "exons 12, 14 and 18 were amplified by PCR. " + SANGER_QC_NOTE, size=8.4)
    d.para("Nomenclature follows HGVS recommendations; KIT reference sequence NM_000222.3, "
           "PDGFRA NM_006206.6. Exon 11 deletions may be reported by other laboratories with "
           "different but equivalent descriptions (for example, del 557-558 or WK557-558del).",
           size=8.4)
    vd_head(d, "Disclaimer")
    d.para("This test was developed and its performance characteristics determined by Valley "
           "Diagnostics. It has not been cleared or approved by the FDA. The result should be "
           "interpreted in conjunction with clinical and pathologic findings.", size=8.2,
           color=grey(0.3))
    vd_sign(d, "Howard P. Ng, MD, PhD, Laboratory Director", "02/09/2026 13:26 PT")


# ==== 8820 =====================================================================================
@report(8820, Valley, dict(
    mrn="VD-4420995", dob="10/03/1958", sex="F", lab_no="VM26-0171", source="Lung, right upper "
    "lobe, wedge", block="3", collected="02/02/2026", clinician="Samir Al-Khatib, MD",
    client="Orchard Mill Thoracic Surgery", reported="02/13/2026"), [
    L("EGFR", "mutation", "positive", ["EGFR p.G719A (exon 18)"], alteration="G719A"),
    L("EGFR", "mutation", "positive", ["EGFR p.S768I (exon 20)"], alteration="S768I"),
])
def r8820(d):
    d.para("EGFR Mutation Analysis, Exons 18-21 (Sanger Sequencing)", font="Helvetica-Bold",
           size=12, after=4)
    d.kv([("Diagnosis", "Invasive non-mucinous adenocarcinoma, acinar predominant, 2.4 cm"),
          ("Tumor content", "60% after macrodissection"),
          ("Reference sequence", "EGFR NM_005228.5")], keyw=120, size=8.8)

    def res():
        d.para("RESULT: TWO EGFR MUTATIONS DETECTED", font="Helvetica-Bold", size=11, after=2)
        d.para("EGFR p.G719A (exon 18)   and   EGFR p.S768I (exon 20)", font="Helvetica-Bold",
               size=9.5, after=0)
    d.box(res, fill=rgb(236, 246, 238), stroke=d.st.accent, lw=1.2)
    vd_head(d, "Variants")
    d.table([40, 75, 110, 90, 195], [
        ["18", "c.2156G>C", "p.(Gly719Ala)", "~35%", "Pathogenic: uncommon sensitizing"],
        ["20", "c.2303G>T", "p.(Ser768Ile)", "~30%", "Pathogenic: uncommon sensitizing"],
        ["20", "c.2361G>A", "p.(Gln787=)", "~50%", "Benign: common synonymous polymorphism"]],
        header=["Exon", "cDNA", "Protein", "Peak ratio", "Classification"],
        hfill=rgb(220, 238, 224), size=8.4)
    d.para("Exon 19: no variant detected.   Exon 21: no variant detected.   Codon 790 (T790M): "
           "no variant detected.", size=8.8)
    vd_head(d, "Interpretation")
    d.para("Two uncommon EGFR sensitizing mutations are present together: G719A in exon 18 and "
           "S768I in exon 20. Compound mutations of this kind respond to EGFR tyrosine kinase "
           "inhibitors, with the best data for afatinib and osimertinib; response rates are "
           "lower than for exon 19 deletions and L858R. The synonymous exon 20 change "
           "p.(Gln787=) is a common polymorphism and has no clinical significance.", size=8.8)
    d.para("ALK, ROS1 and PD-L1 results are reported by the referring hospital and were not "
           "reviewed for this report.", size=8.8)
    vd_head(d, "Methodology")
    d.para("DNA was extracted from macrodissected FFPE sections. EGFR exons 18, 19, 20 and 21 "
           "were amplified by PCR. " + SANGER_QC_NOTE + " Exon 20 insertions and exon 19 "
           "deletions are detected when present above this threshold.", size=8.4)
    d.page_break()
    vd_head(d, "Sequence review worksheet (summary)")
    d.table([70, 90, 90, 90, 160], [
        ["Exon 18", "Pass (QV 48)", "Pass (QV 46)", "100%", "c.2156G>C heterozygous"],
        ["Exon 19", "Pass (QV 51)", "Pass (QV 49)", "100%", "No variant"],
        ["Exon 20", "Pass (QV 44)", "Pass (QV 47)", "100%", "c.2303G>T; c.2361G>A"],
        ["Exon 21", "Pass (QV 50)", "Pass (QV 50)", "100%", "No variant"]],
        header=["Amplicon", "Forward read", "Reverse read", "Coverage", "Findings"],
        hfill=grey(0.9), size=8.2)
    d.para("Positive control (cell line DNA with EGFR L858R) and wild-type control sequenced "
           "as expected. No-template control without product.", size=8.4)
    vd_head(d, "Limitations")
    d.para("Sanger sequencing does not detect copy number changes, fusions, or variants outside "
           "the sequenced exons. Low-level variants, including subclonal resistance mutations, "
           "may be missed. If tumor content falls below 30%, a more sensitive method is "
           "recommended. This assay does not distinguish germline from somatic variants.",
           size=8.4)
    vd_head(d, "Disclaimer")
    d.para("This test was developed and its performance characteristics determined by Valley "
           "Diagnostics. It has not been cleared or approved by the FDA.", size=8.2,
           color=grey(0.3))
    vd_sign(d, "Jessamine Okereke-Tull, MD, Molecular Pathologist", "02/13/2026 16:02 PT")


# ==== Summit helpers ============================================================================
def sm_head(d, s):
    d.heading(s.upper(), font="VeraBd", size=8.6, color=d.st.accent, before=6, after=3,
              rule=True, rule_color=d.st.accent)


def sm_sign(d, who, when):
    sm_head(d, "Report sign-out")
    d.para(who, font="VeraBd", size=8, after=0)
    d.para(f"Electronically signed {when}", size=8, after=2)


FUSION_METHOD = ("Total nucleic acid was extracted from FFPE sections. RNA was reverse "
                 "transcribed and libraries prepared by anchored multiplex PCR with gene-specific "
                 "primers to known fusion-partner exons of the target genes, which detects "
                 "fusions regardless of partner. Libraries were sequenced (2 x 150 bp) and "
                 "analysed with a validated pipeline; a fusion is reported when supported by at "
                 "least 5 unique reads spanning the breakpoint and 3 unique start sites.")


# ==== 8821 =====================================================================================
@report(8821, Summit, dict(
    test_title="Fusion Transcript Analysis - Solid Tumor RNA Panel", mrn="S-0938871",
    dob="02/28/1974", lab_no="SRL-26-01877", source="FFPE, lung core biopsy", spec_no="PT26-5531 "
    "A2", clinician="Valentina Ruiz-Hargreaves, MD", collected="02/09/2026",
    client="Mesa Verde Cancer Institute", received="02/12/2026", reported="02/19/2026"), [
    L("ALK", "fusion", "positive", ["POSITIVE: EML4::ALK fusion detected"],
      alteration="EML4-ALK"),
    L("ROS1", "fusion", "negative", ["ROS1 Fusions (any partner) Not detected"]),
    L("RET", "fusion", "negative", ["RET Fusions (any partner) Not detected"]),
    L("NTRK", "fusion", "negative", ["NTRK1 Fusions (any partner) Not detected",
                                     "NTRK3 Fusions (any partner) Not detected"]),
    L("MET", "mutation", "negative", ["MET Exon 14 skipping Not detected"]),
    L("BRAF", "fusion", "negative", ["BRAF Fusions (any partner) Not detected"]),
])
def r8821(d):
    def res():
        d.para("POSITIVE: EML4::ALK fusion detected", font="VeraBd", size=11, after=2)
        d.para("EML4 exon 6 :: ALK exon 20 (variant 3a/b); in frame; ALK kinase domain retained; "
               "1,284 unique supporting reads.", size=8.4, after=0)
    d.box(res, fill=rgb(226, 240, 240), stroke=d.st.accent, lw=1.2, title="RESULT SUMMARY",
          title_fill=d.st.accent, title_color=WHITE, title_font="VeraBd")
    sm_head(d, "Targets analyzed")
    rows = [["ALK", "Fusions (any partner)", ("Detected: EML4::ALK", "VeraBd")],
            ["ROS1", "Fusions (any partner)", "Not detected"],
            ["RET", "Fusions (any partner)", "Not detected"],
            ["NTRK1", "Fusions (any partner)", "Not detected"],
            ["NTRK2", "Fusions (any partner)", "Not detected"],
            ["NTRK3", "Fusions (any partner)", "Not detected"],
            ["MET", "Exon 14 skipping", "Not detected"],
            ["NRG1", "Fusions (any partner)", "Not detected"],
            ["FGFR2, FGFR3", "Fusions (any partner)", "Not detected"],
            ["BRAF", "Fusions (any partner)", "Not detected"]]
    d.table([110, 200, 214], rows, header=["Gene", "Alteration assessed", "Result"],
            hfill=rgb(214, 232, 232), size=8.2, zebra=grey(0.96), grid="h")
    sm_head(d, "Fusion detail")
    d.table([90, 90, 90, 90, 80, 84], [
        ["EML4", "exon 6", "ALK", "exon 20", "1,284", "38"]],
        header=["5' gene", "5' exon", "3' gene", "3' exon", "Reads", "Start sites"],
        size=8, hfill=rgb(214, 232, 232))
    sm_head(d, "Interpretation")
    d.para("An EML4-ALK fusion was detected. ALK rearrangement occurs in about 4% of lung "
           "adenocarcinomas and predicts response to ALK tyrosine kinase inhibitors (alectinib, "
           "brigatinib, lorlatinib). EML4-ALK variant 3 has been associated in some studies with "
           "a shorter duration of response to earlier-generation inhibitors and with the ALK "
           "G1202R resistance mutation at progression.", size=8.2)
    d.para("Concordance: ALK (D5F3) immunohistochemistry was not provided with the referral; the "
           "referring pathologist may wish to perform it as a confirmatory test.", size=8.2)
    sm_head(d, "Quality metrics")
    d.table([180, 130, 214], [
        ["RNA input", "100 ng", "Acceptable"],
        ["Total reads", "2.1 million", "Acceptable (>= 500,000)"],
        ["Control gene RNA reads", "12,408", "PASS (>= 1,000)"],
        ["Tumor content (pathologist)", "40%", "Acceptable (>= 20%)"]], size=8, grid="h")
    sm_head(d, "Methodology and limitations")
    d.para(FUSION_METHOD, size=7.8)
    d.para("Fusions involving genes not targeted, fusions with breakpoints in introns not covered "
           "by the primers, and fusions present in a small fraction of tumor cells may not be "
           "detected. Point mutations, copy number changes and MET amplification are not "
           "assessed. A negative result does not exclude a fusion.", size=7.8)
    sm_sign(d, "Beatrix Onwuachi-Lund, MD, Laboratory Director", "02/19/2026 17:20 MT")


# ==== 8822 =====================================================================================
@report(8822, Summit, dict(
    test_title="NTRK and Pan-Solid Tumor Fusion Analysis (RNA)", mrn="S-1002764",
    dob="12/09/1987", lab_no="SRL-26-02245", source="FFPE, parotid gland", spec_no="HN26-0712 "
    "B1", clinician="Kwabena Asante-Moore, MD", collected="02/26/2026",
    client="Northshore Head & Neck Surgery", received="03/02/2026", reported="03/09/2026"), [
    L("NTRK", "fusion", "positive", ["ETV6::NTRK3 fusion DETECTED"], alteration="ETV6-NTRK3"),
    L("NTRK", "expression", "positive", ["Pan-TRK immunohistochemistry (clone EPR17341) at the "
                                         "referring institution: positive"]),
    L("ALK", "fusion", "negative", ["No fusions were detected involving ALK, ROS1, RET"]),
    L("ROS1", "fusion", "negative", ["No fusions were detected involving ALK, ROS1, RET"]),
    L("RET", "fusion", "negative", ["No fusions were detected involving ALK, ROS1, RET"]),
    L("BRAF", "fusion", "negative", ["NTRK1, NTRK2, BRAF, FGFR1"]),
])
def r8822(d):
    sm_head(d, "Clinical information")
    d.para("Recurrent secretory carcinoma of the left parotid gland, initially resected in 2021. "
           "Pan-TRK immunohistochemistry (clone EPR17341) at the referring institution: positive, "
           "diffuse nuclear and cytoplasmic staining. Referred to confirm an NTRK fusion before "
           "TRK inhibitor therapy.", size=8.2)

    def res():
        d.para("ETV6::NTRK3 fusion DETECTED", font="VeraBd", size=11, after=2)
        d.para("ETV6 exon 5 :: NTRK3 exon 15; in frame; 3,912 unique supporting reads; "
               "52 unique start sites.", size=8.4, after=0)
    d.box(res, fill=rgb(226, 240, 240), stroke=d.st.accent, lw=1.2, title="RESULT",
          title_fill=d.st.accent, title_color=WHITE, title_font="VeraBd")
    d.para("No fusions were detected involving ALK, ROS1, RET, NTRK1, NTRK2, BRAF, FGFR1, FGFR2, "
           "FGFR3, NRG1 or MAML2.", size=8.4)
    sm_head(d, "Interpretation")
    d.para("The ETV6-NTRK3 fusion is the defining genetic alteration of secretory carcinoma of "
           "salivary gland origin and confirms the diagnosis. NTRK gene fusions predict response "
           "to TRK inhibitors (larotrectinib, entrectinib, repotrectinib), which are approved "
           "for NTRK fusion-positive solid tumors irrespective of tumor type. Resistance to "
           "first-generation TRK inhibitors can arise through solvent-front mutations such as "
           "NTRK3 G623R.", size=8.2)
    d.para("Pan-TRK immunohistochemistry positivity with nuclear staining is typical of "
           "ETV6::NTRK3 fusions; the RNA result is concordant.", size=8.2)
    sm_head(d, "Targets on this panel")
    d.table([130, 394], [
        ["Kinase fusions", "ALK, BRAF, EGFR, FGFR1, FGFR2, FGFR3, MET, NTRK1, NTRK2, NTRK3, "
         "PDGFRA, PIK3CA, RAF1, RET, ROS1"],
        ["Other fusions", "ETV6, EWSR1, MAML2, NRG1, NUTM1, PLAG1, TFE3"],
        ["Splice variants", "MET exon 14 skipping, EGFRvIII, AR-V7"]],
        header=["Category", "Genes / transcripts targeted"], size=7.8, hfill=rgb(214, 232, 232))
    d.para("Only fusions and variants listed in the result section above are reported. Targets "
           "listed in this table define the panel and do not indicate results.", size=7.6,
           color=grey(0.35))
    sm_head(d, "Quality metrics")
    d.para("RNA input 80 ng; 1.7 million reads; control gene RNA reads 9,860 (PASS); tumor "
           "content 70%.", size=8)
    sm_head(d, "Methodology and limitations")
    d.para(FUSION_METHOD, size=7.8)
    d.para("A negative result does not exclude a fusion involving an untargeted exon or a "
           "fusion present in a small subclone. This test was developed and its performance "
           "characteristics determined by Summit Oncology Reference Laboratory; it has not been "
           "cleared or approved by the FDA.", size=7.8)
    sm_sign(d, "Thaddeus Marchetti-Obi, MD, PhD, Molecular Pathologist", "03/09/2026 10:44 MT")


# ==== 8823 =====================================================================================
@report(8823, AshbyLorne, dict(
    mrn="AL-302915", dob="30/03/1969", lab_no="AL26-H1043", clinician="Miss K. Featherstonhaugh",
    reported="24/02/2026"), [
    L("ER", "expression", "positive", ["Percentage of positive tumour nuclei: 95%"], percent=95),
    L("PR", "expression", "positive", ["Percentage of positive tumour nuclei: 40%"], percent=40),
    L("HER2", "expression", "equivocal", ["HER2 IHC score: 2+ (equivocal)"], ihc_score="2+",
      percent=30),
    L("HER2", "amplification", "negative", ["HER2 ISH: NOT AMPLIFIED"], ratio=1.7),
])
def r8823(d):
    d.para("BREAST CANCER PREDICTIVE MARKERS - SUPPLEMENTARY REPORT", font="Times-Bold", size=12,
           align="center", after=6)
    d.kv([("Specimen", "Left breast wide local excision (AL26-H0988), block A5"),
          ("Tumour", "Invasive carcinoma of no special type, grade 3, 24 mm"),
          ("Fixation", "Formalin, 6-72 hours: yes")], keyw=90, size=9.6,
         kfont="Times-Bold", font="Times-Roman")
    sub = dict(font="Times-Bold", size=10.5, before=5, after=2, rule=True)
    d.heading("Oestrogen receptor (ER)  -  antibody SP1", **sub)
    d.checks(["Positive", "Negative"], {"Positive"}, label="Result:", label_w=150, size=9.4)
    d.kv([("Percentage of positive tumour nuclei", "95%"), ("Average intensity", "Strong"),
          ("Allred score", "8 / 8"), ("Internal and external controls", "Satisfactory")],
         keyw=150, size=9.4, kfont="Times-Roman", font="Times-Roman")
    d.heading("Progesterone receptor (PR)  -  antibody 16", **sub)
    d.checks(["Positive", "Negative"], {"Positive"}, label="Result:", label_w=150, size=9.4)
    d.kv([("Percentage of positive tumour nuclei", "40%"), ("Average intensity", "Moderate"),
          ("Allred score", "6 / 8")], keyw=150, size=9.4, kfont="Times-Roman",
         font="Times-Roman")
    d.heading("HER2 immunohistochemistry  -  antibody 4B5", **sub)
    d.checks(["0", "1+", "2+", "3+"], {"2+"}, label="Score:", label_w=150, size=9.4)
    d.para("HER2 IHC score: 2+ (equivocal). Weak to moderate complete membrane staining in about "
           "30% of invasive tumour cells. Reflex in situ hybridisation performed.", size=9.6)
    d.heading("HER2 in situ hybridisation (dual-probe, brightfield)", **sub)
    d.kv([("Nuclei counted", "40 (two observers)"),
          ("Average HER2 copy number per cell", "4.6"),
          ("Average CEP17 copy number per cell", "2.7"),
          ("HER2/CEP17 ratio", "1.7"),
          ("ASCO/CAP 2018 ISH group", "Group 4")], keyw=190, size=9.4, kfont="Times-Roman",
         font="Times-Roman")
    d.checks(["Amplified", "Not amplified", "Equivocal"], {"Not amplified"}, label="Result:",
             label_w=150, size=9.4)
    d.para("HER2 ISH: NOT AMPLIFIED. In group 4 (ratio below 2.0 with an average of 4.0 to "
           "fewer than 6.0 HER2 signals per cell) the result was reviewed together with the IHC "
           "and an additional observer counted 20 nuclei; the tumour is classified as HER2 "
           "negative.", size=9.6)

    def overall():
        d.para("OVERALL HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified)", font="Times-Bold",
               size=10.5, after=2)
        d.para("This tumour falls into the HER2-low category (IHC 2+ / ISH negative), which may be "
               "relevant to eligibility for trastuzumab deruxtecan in the metastatic setting.",
               size=9.4, after=0)
    d.box(overall, fill=grey(0.94), stroke=None, pad=7)
    d.heading("Other markers", **sub)
    d.checks(["Performed", "Not performed"], {"Not performed"}, label="Ki-67:", label_w=150,
             size=9.4)
    d.checks(["Performed", "Not performed"], {"Not performed"}, label="Androgen receptor:",
             label_w=150, size=9.4)
    d.para("Criteria: ER and PR are reported as positive when 1% or more of tumour nuclei "
           "stain (1-10% 'low positive'). HER2 scoring and ISH groups follow the ASCO/CAP 2018 "
           "guideline (2023 update) and UK NEQAS recommendations.", size=8.8, font="Times-Italic")
    d.space(6)
    d.para("Reported by: Dr Philippa Lindqvist-Obeng, Consultant Histopathologist (GMC 9900123)",
           size=9.6, after=0)
    d.para("Date authorised: 24/02/2026", size=9.6, after=0)


# ==== 8824 =====================================================================================
@report(8824, Ridgeway, dict(
    mrn="MR-01233907", dob="04/16/1958", sex="F", lab_no="RRL-26-006030",
    clinician="Tomasz Wielgosz, MD", client="Prairie Springs Medical Center",
    collected="03/05/2026", reported="03/16/2026"), [
    L("BRAF", "mutation", "positive", ["BRAF c.1799T>A p.(Val600Glu)"], alteration="V600E"),
    L("PIK3CA", "mutation", "positive", ["PIK3CA c.1633G>A p.(Glu545Lys)"], alteration="E545K"),
    L("TP53", "mutation", "positive", ["TP53 c.818G>A p.(Arg273His)"], alteration="R273H"),
    L("KRAS", "mutation", "negative", ["KRAS and NRAS (exons 2, 3 and 4): no mutation detected"]),
    L("NRAS", "mutation", "negative", ["KRAS and NRAS (exons 2, 3 and 4): no mutation detected"]),
    L("MSI", "signature", "negative", ["MICROSATELLITE STABLE (MSS)"]),
])
def r8824(d):
    d.para("OncoHotspot 50 (Colorectal) with Microsatellite Instability by PCR",
           font="Helvetica-Bold", size=13, color=d.st.accent, after=2)
    d.kv([("Specimen", "FFPE tissue, liver metastasis core biopsy, block A1 (client case "
           "PS26-0770)"),
          ("Diagnosis (per client)", "Metastatic adenocarcinoma, colorectal primary"),
          ("Tumor content", "60%")], keyw=120, size=8.5)

    def summary():
        d.para("RAS STATUS: KRAS and NRAS (exons 2, 3 and 4): no mutation detected",
               font="Helvetica-Bold", size=9.6, after=2)
        d.para("BRAF V600E: DETECTED", font="Helvetica-Bold", size=9.6, after=2)
        d.para("MSI: MICROSATELLITE STABLE (MSS)", font="Helvetica-Bold", size=9.6, after=0)
    d.box(summary, fill=rgb(252, 244, 244), stroke=d.st.accent, lw=1.2, title="SUMMARY",
          title_fill=d.st.accent, title_color=WHITE)
    rw_head(d, "Clinically significant variants")
    rows = [["BRAF", "c.1799T>A p.(Val600Glu)", "15", "38.2%", "Tier I"],
            ["PIK3CA", "c.1633G>A p.(Glu545Lys)", "10", "12.6%", "Tier II"],
            ["TP53", "c.818G>A p.(Arg273His)", "8", "41.0%", "Tier II"],
            ["APC", "c.4348C>T p.(Arg1450*)", "16", "36.5%", "Tier II"]]
    d.table([70, 200, 50, 70, 142], rows, header=["Gene", "Variant", "Exon", "VAF",
            "Classification"], hfill=grey(0.9), size=8.4)
    rw_head(d, "Variants of uncertain significance")
    d.table([70, 200, 50, 70, 142], [["MET", "c.3029C>T p.(Thr1010Ile)", "14", "49.5%",
                                      "Tier III (VUS)"]],
            header=["Gene", "Variant", "Exon", "VAF", "Classification"], hfill=grey(0.9),
            size=8.4)
    d.para("No other reportable variants were identified. See Methodology for the genes "
           "covered by the panel.", size=8.4)
    rw_head(d, "Microsatellite instability by PCR (same block)")
    d.table([90, 140, 150, 152], [
        ["BAT-25", "Mononucleotide", "No shift", "Stable"],
        ["BAT-26", "Mononucleotide", "No shift", "Stable"],
        ["NR-21", "Mononucleotide", "No shift", "Stable"],
        ["NR-24", "Mononucleotide", "No shift", "Stable"],
        ["MONO-27", "Mononucleotide", "No shift", "Stable"]],
        header=["Marker", "Type", "Tumor vs normal", "Status"], hfill=grey(0.9), size=8.2)
    d.para("Result: 0 of 5 markers unstable: MICROSATELLITE STABLE (MSS). Normal comparator: "
           "peripheral blood (EDTA) collected 03/05/2026.", size=8.4)
    d.page_break()
    rw_head(d, "Interpretation")
    d.para("BRAF V600E is present in about 8-10% of metastatic colorectal cancers and is "
           "associated with a poor prognosis in microsatellite stable disease. Encorafenib plus "
           "cetuximab is approved for previously treated BRAF V600E-mutant metastatic "
           "colorectal cancer; encorafenib with cetuximab and FOLFOX is approved in the first "
           "line. RAS wild-type status alone does not predict benefit from anti-EGFR therapy "
           "when BRAF V600E is present.", size=8.5)
    d.para("PIK3CA p.(Glu545Lys) is an activating helical-domain mutation; aspirin has been "
           "studied in PIK3CA-mutant colorectal cancer, without an approved indication. TP53 and "
           "APC variants are common in colorectal carcinogenesis and have no targeted therapy.",
           size=8.5)
    d.para("Because the tumor is MSS, BRAF V600E here is not a marker of sporadic MLH1 "
           "methylation and does not bear on Lynch syndrome assessment. Mismatch repair "
           "immunohistochemistry was not performed at this laboratory.", size=8.5)
    rw_head(d, "Clinical trials")
    d.para("BRAF V600E-mutant colorectal cancer: e.g. MFX-BR-311 (BRAF/EGFR/MEK combination, "
           "phase II). Eligibility determined by trial sites.", size=8.4)
    rw_head(d, "Methodology")
    d.para("Targeted amplicon sequencing of hotspot regions in 50 genes: " + HOTSPOT50 + ". "
           "Limit of detection 5% VAF at >= 500x; SNVs and small indels only. MSI was assessed "
           "by fluorescent multiplex PCR of five mononucleotide markers with capillary "
           "electrophoresis, comparing tumor with matched normal DNA (MSI-H: two or more "
           "unstable markers).", size=8.2)
    d.para("Germline disclaimer: somatic testing only; variants near 50% VAF (such as the MET "
           "VUS) may be germline. Referral for genetic counselling is at the discretion of the "
           "treating physician.", size=8.2)
    rw_sign(d, "Gregory T. Halvorsen, MD, PhD, Molecular Genetic Pathologist",
            "03/16/2026 11:37 MT")
    rw_appendix(d)
    rw_head(d, "Appendix B: regions below 500x in this sample")
    d.table([80, 80, 150, 100, 122], [
        ["ATM", "55", "chr11:108,196,771", "212x", "Reportable >= 100x"],
        ["SMAD4", "9", "chr18:48,586,212", "344x", "Reportable >= 100x"],
        ["RB1", "21", "chr13:49,039,133", "88x", "Not evaluable"]],
        header=["Gene", "Exon", "Amplicon start", "Mean depth", "Status"], size=7.9,
        hfill=grey(0.9))
    d.para("Variants in regions marked 'Not evaluable' cannot be excluded.", size=7.9)
    rw_head(d, "Appendix C: variant tiers (AMP/ASCO/CAP 2017)")
    for t, desc in [("Tier I", "Variants of strong clinical significance: FDA-approved therapy or "
                     "professional guideline in this tumor type (level A), or well-powered "
                     "studies with expert consensus (level B)."),
                    ("Tier II", "Variants of potential clinical significance: FDA-approved therapy "
                     "in another tumor type, investigational therapies, or multiple small studies "
                     "(levels C and D)."),
                    ("Tier III", "Variants of unknown clinical significance: not observed at "
                     "significant frequency in population databases, no convincing published "
                     "evidence of cancer association."),
                    ("Tier IV", "Benign or likely benign variants: observed at significant allele "
                     "frequency in population databases; not reported.")]:
        d.kv([(t, desc)], keyw=60, size=7.9, after=1)
