"""Reports 8801-8806: Northgate (EGFR, RAS/BRAF real-time PCR), Ridgeway (hotspot panel, MSI),
St. Columba's (cartridge BRAF, cartridge KRAS/NRAS/BRAF with an invalid run)."""
from __future__ import annotations

from common import L, patient
from engine import grey, rgb
from labs import WHITE, Northgate, Ridgeway, StColumba

REPORTS = []


def report(rid, style, info, labels):
    def deco(fn):
        info.setdefault("name", patient(rid))
        REPORTS.append(dict(id=rid, style=style, info=info, fn=fn, labels=labels))
        return fn
    return deco


# ==== Northgate helpers ========================================================================
def ng_head(d, s):
    d.heading(s, color=d.st.accent, rule=True, size=10, before=4, after=3)


def ng_signoff(d, who, role, when, second=None):
    ng_head(d, "AUTHORISATION")
    d.para("Results checked and interpreted by:", size=8.5, after=0)
    d.para(f"{who}, {role}", font="Helvetica-Bold", size=8.5, after=0)
    if second:
        d.para(second, size=8.5, after=0)
    d.para(f"Electronically authorised {when}", size=8.5, after=2)


# ==== 8801 =====================================================================================
@report(8801, Northgate, dict(
    mrn="NG4471203", dob="14/02/1957", sex="Female", lab_no="MP26-01442", spec_no="H26-08813",
    block="A2 (cell block)", received="03/03/2026", reported="09/03/2026",
    clinician="Dr R. Okonkwo-Hale", location="Thoracic OPD", pathologist="Dr E. Fairbrother",
    printed="09/03/2026 16:20"), [
    L("EGFR", "mutation", "positive", ["EGFR exon 19 deletion DETECTED"],
      alteration="exon 19 deletion"),
])
def r8801(d):
    ng_head(d, "TEST REQUESTED")
    d.kv([("Test", "EGFR mutation analysis by real-time PCR*"),
          ("Indication", "Non-small cell lung carcinoma: first-line treatment selection"),
          ("Specimen", "EBUS-TBNA cell block, lymph node station 4R"),
          ("Clinical details", "Right upper lobe mass with ipsilateral mediastinal "
           "lymphadenopathy. Cytology: adenocarcinoma, TTF-1 and napsin A positive. "
           "Never smoker.")], keyw=105, size=8.8)
    ng_head(d, "SAMPLE ASSESSMENT")
    d.kv([("Neoplastic cell content", "approximately 40% (estimated on the H&E section by the "
           "referring pathologist)"),
          ("Macrodissection", "Not required"),
          ("DNA yield", "18.6 ng/µL (fluorometric); 50 ng per reaction"),
          ("Sample status", "Adequate for analysis")], keyw=130, size=8.8)

    def res():
        d.para("EGFR exon 19 deletion DETECTED", font="Helvetica-Bold", size=12.5, after=3)
        d.para("An activating deletion in exon 19 of the EGFR gene has been identified. The "
               "assay does not determine which of the exon 19 deletions is present.", size=8.8,
               after=0)
    d.box(res, fill=rgb(232, 238, 248), stroke=d.st.accent, title="RESULT",
          title_fill=d.st.accent, title_color=WHITE)
    ng_head(d, "ASSAY COVERAGE AND INDIVIDUAL REACTION RESULTS")
    rows = [["18", "719", "G719X (G719S, G719A, G719C)", "Not detected"],
            ["19", "746-759", "Deletions (19 variants)", ("DETECTED", "Helvetica-Bold")],
            ["20", "768", "S768I", "Not detected"],
            ["20", "790", "T790M", "Not detected"],
            ["20", "761-775", "Insertions (3 variants)", "Not detected"],
            ["21", "858", "L858R", "Not detected"],
            ["21", "861", "L861Q", "Not detected"]]
    d.table([45, 70, 240, 148], rows, header=["Exon", "Codon(s)", "Mutations detected by the kit",
                                              "Result"], hfill=grey(0.88), zebra=grey(0.96),
            size=8.3)
    d.kv([("Control reaction", "Ct 27.4 (valid range 23.70 to 31.10): VALID"),
          ("Run controls", "Positive control and no-template control within specification"),
          ("Limit of detection", "Approximately 1% to 5% mutant DNA, depending on the variant")],
         keyw=110, size=8.4)
    ng_head(d, "INTERPRETATION")
    d.para("EGFR exon 19 deletions are activating mutations associated with sensitivity to EGFR "
           "tyrosine kinase inhibitors. The T790M resistance variant was not detected at the "
           "sensitivity of this assay. Please discuss at the lung cancer multidisciplinary team "
           "meeting.", size=8.8)
    d.para("ALK and ROS1 immunohistochemistry and PD-L1 (22C3) tumour proportion score are "
           "reported separately by Cellular Pathology under H26-08813.", size=8.8)
    d.page_break()
    ng_head(d, "METHOD")
    d.para("DNA was extracted from unstained 5 µm sections of the formalin-fixed "
           "paraffin-embedded block with a silica-column method after proteinase K digestion. "
           "Mutation analysis used the therascreen EGFR RGQ PCR Kit (allele-specific "
           "amplification with Scorpions probes) on a Rotor-Gene Q instrument. Each sample is "
           "tested in eight reactions: a control reaction and seven mutation reactions. A "
           "mutation is called when the difference between the control and mutation Ct values "
           "(the dCt) is below the kit cut-off for that reaction.", size=8.6)
    ng_head(d, "LIMITATIONS")
    for s in ["The assay detects only the variants listed in the coverage table. A result of "
              "'Not detected' does not exclude other EGFR variants or variants present below "
              "the limit of detection.",
              "Samples with low neoplastic cell content, extensive necrosis or poorly preserved "
              "DNA may give false negative results.",
              "This is a somatic test on tumour DNA and cannot distinguish germline from somatic "
              "variants.",
              "* Test not within the laboratory's schedule of accreditation for cell block "
              "specimens (validated in-house, verification file MP-VAL-031)."]:
        d.para(s, size=8.4, bullet="-", after=2)
    ng_head(d, "REFERENCES")
    d.para("Laboratory standard operating procedure MP-SOP-114 (EGFR real-time PCR), version 7. "
           "Kit instructions for use, current edition.", size=8.2)
    ng_signoff(d, "Dr Miriam Castellano-Reid", "Consultant Clinical Scientist",
               "09/03/2026 15:58", second="Technical analysis: K. Adeyemi-Ross, Biomedical "
               "Scientist")
    d.para("*** End of report ***", font="Helvetica-Bold", size=8.5, align="center")


# ==== 8802 =====================================================================================
@report(8802, Northgate, dict(
    mrn="NG5529017", dob="02/09/1949", sex="Male", lab_no="MP26-01617", spec_no="H26-09952",
    block="B3 (liver segment VI)", received="11/03/2026", reported="18/03/2026",
    clinician="Mr J. Varghese-Lowe", location="HPB Surgery", pathologist="Dr S. Mbatha",
    printed="18/03/2026 11:05"), [
    L("KRAS", "mutation", "positive", ["KRAS c.35G>A p.(Gly12Asp) [G12D], exon 2 MUTATION DETECTED"],
      alteration="G12D"),
    L("NRAS", "mutation", "negative", ["NRAS Exons 2, 3 and 4 No mutation detected"]),
    L("BRAF", "mutation", "negative", ["BRAF V600E Exon 15, codon 600 No mutation detected"]),
])
def r8802(d):
    ng_head(d, "TEST REQUESTED")
    d.kv([("Test", "Extended RAS (KRAS, NRAS) and BRAF V600E mutation analysis"),
          ("Indication", "Metastatic colorectal adenocarcinoma: eligibility for anti-EGFR "
           "antibody therapy"),
          ("Specimen", "Liver resection, segment VI metastasis, block B3"),
          ("Neoplastic cell content", "60%; area of highest tumour content marked for "
           "macrodissection")], keyw=120, size=8.8)

    def res():
        d.table([90, 230, 160], [
            ["KRAS", "c.35G>A p.(Gly12Asp)  [G12D], exon 2", ("MUTATION DETECTED", "Helvetica-Bold")],
            ["NRAS", "Exons 2, 3 and 4", "No mutation detected"],
            ["BRAF V600E", "Exon 15, codon 600", "No mutation detected"]],
            header=["Gene", "Variant / region", "Result"], hfill=grey(0.85), size=9,
            grid="h")
    d.box(res, fill=None, stroke=d.st.accent, title="RESULT SUMMARY", title_fill=d.st.accent,
          title_color=WHITE, lw=1)
    ng_head(d, "ASSAY COVERAGE")
    d.para("Individual targets of the RAS/BRAF real-time PCR panel and their results:", size=8.6)
    rows = [["KRAS", "2", "12", "G12A, G12C, G12R, G12S, G12V", "Not detected"],
            ["KRAS", "2", "12", "G12D", ("Detected", "Helvetica-Bold")],
            ["KRAS", "2", "13", "G13C, G13D", "Not detected"],
            ["KRAS", "3", "59, 61", "A59T, Q61H, Q61L, Q61R", "Not detected"],
            ["KRAS", "4", "117, 146", "K117N, A146P, A146T, A146V", "Not detected"],
            ["NRAS", "2", "12, 13", "G12A, G12C, G12D, G12S, G12V, G13D, G13R", "Not detected"],
            ["NRAS", "3", "59, 61", "A59T, Q61H, Q61K, Q61L, Q61R", "Not detected"],
            ["NRAS", "4", "117, 146", "K117N, A146T", "Not detected"],
            ["BRAF", "15", "600", "V600E", "Not detected"]]
    d.table([50, 38, 55, 250, 110], rows, header=["Gene", "Exon", "Codon", "Variants targeted",
                                                  "Result"], hfill=grey(0.88), size=8.2)
    d.kv([("Limit of detection", "5% mutant allele in a background of wild-type DNA"),
          ("Controls", "Positive, negative and no-template controls performed as expected")],
         keyw=110, size=8.4)
    ng_head(d, "INTERPRETATION")
    d.para("A KRAS exon 2 mutation, p.(Gly12Asp), has been detected. RAS mutations predict lack "
           "of benefit from the anti-EGFR monoclonal antibodies cetuximab and panitumumab. No "
           "NRAS mutation and no BRAF V600E mutation were detected in the regions tested.",
           size=8.8)
    d.para("Mismatch repair protein immunohistochemistry has been requested on the primary "
           "resection (H25-40711) and will be reported by Cellular Pathology.", size=8.8)
    ng_head(d, "BACKGROUND")
    d.para("Activating KRAS mutations are found in roughly four in ten colorectal carcinomas, "
           "most often at codons 12 and 13; NRAS mutations in a further small fraction, and BRAF "
           "V600E in about one in ten, where it is associated with a poorer prognosis.", size=8.4,
           color=grey(0.25))
    ng_head(d, "METHOD AND LIMITATIONS")
    d.para("DNA extracted from macrodissected FFPE sections was tested with a CE-IVD "
           "allele-specific real-time PCR panel covering the codons listed above. Variants "
           "outside these codons, and variants below the limit of detection, are not detected. "
           "The assay does not distinguish somatic from germline variants.", size=8.4)
    ng_signoff(d, "Dr Tobias Aaltonen-Price", "Principal Clinical Scientist", "18/03/2026 10:47")


# ==== Ridgeway helpers ========================================================================
def rw_head(d, s):
    d.heading(s.upper(), size=9.5, fill=grey(0.9), tcolor=d.st.accent, before=6, after=4)


def rw_sign(d, who, when):
    rw_head(d, "Electronic signature")
    d.para(f"{who}", font="Helvetica-Bold", size=8.5, after=0)
    d.para(f"Electronically signed on {when}. Report released to the ordering client.",
           size=8.3, after=2)


HOTSPOT50 = ("ABL1, AKT1, ALK, APC, ATM, BRAF, CDH1, CDKN2A, CSF1R, CTNNB1, EGFR, ERBB2, ERBB4, "
             "EZH2, FBXW7, FGFR1, FGFR2, FGFR3, FLT3, GNA11, GNAQ, GNAS, HNF1A, HRAS, IDH1, IDH2, "
             "JAK2, JAK3, KDR, KIT, KRAS, MET, MLH1, MPL, NOTCH1, NPM1, NRAS, PDGFRA, PIK3CA, "
             "PTEN, PTPN11, RB1, RET, SMAD4, SMARCB1, SMO, SRC, STK11, TP53, VHL")


EXONS50 = [("ABL1", "4, 5, 6, 7"), ("AKT1", "3"), ("ALK", "23, 25"), ("APC", "16"),
           ("ATM", "8, 9, 12, 17, 26, 34-36, 39, 50, 54-56, 59, 61, 63"), ("BRAF", "11, 15"),
           ("CDH1", "3, 8, 9"), ("CDKN2A", "2"), ("CSF1R", "7, 22"), ("CTNNB1", "3"),
           ("EGFR", "3, 7, 15, 18, 19, 20, 21"), ("ERBB2", "19, 20, 21"),
           ("ERBB4", "3, 4, 6-9, 15, 23"), ("EZH2", "16"), ("FBXW7", "5, 8-11"),
           ("FGFR1", "4, 7"), ("FGFR2", "7, 9, 12"), ("FGFR3", "7, 9, 14, 16, 18"),
           ("FLT3", "11, 14, 16, 20"), ("GNA11", "5"), ("GNAQ", "5"), ("GNAS", "8, 9"),
           ("HNF1A", "3, 4"), ("HRAS", "2, 3"), ("IDH1", "4"), ("IDH2", "4"), ("JAK2", "14"),
           ("JAK3", "4, 13"), ("KDR", "6, 7, 11, 19, 21, 26, 27, 30"),
           ("KIT", "2, 9-11, 13-15, 17, 18"), ("KRAS", "2, 3, 4"), ("MET", "2, 11, 14, 16, 19"),
           ("MLH1", "12"), ("MPL", "10"), ("NOTCH1", "26, 27, 34"), ("NPM1", "11"),
           ("NRAS", "2, 3, 4"), ("PDGFRA", "12, 14, 15, 18"),
           ("PIK3CA", "2, 5, 7, 8, 10, 14, 19, 21"), ("PTEN", "1, 3, 5-8"), ("PTPN11", "3, 13"),
           ("RB1", "4, 6, 10, 11, 14, 17, 18, 20-22"), ("RET", "10, 11, 13, 15, 16"),
           ("SMAD4", "3-6, 8-12"), ("SMARCB1", "2, 4, 5, 9"), ("SMO", "3, 5, 6, 9, 11"),
           ("SRC", "14"), ("STK11", "1, 2, 4-8"), ("TP53", "2, 4-8, 10"), ("VHL", "1, 2, 3")]


def rw_appendix(d):
    d.page_break()
    rw_head(d, "Appendix: genes and exons targeted by OncoHotspot 50")
    d.para("The table lists the regions the panel is designed to cover. It is provided for "
           "reference and does not state a result for any gene; see the result sections.",
           size=8.2, color=grey(0.3))
    half = (len(EXONS50) + 1) // 2
    rows = []
    for k in range(half):
        a = EXONS50[k]
        b = EXONS50[k + half] if k + half < len(EXONS50) else ("", "")
        rows.append([a[0], a[1], b[0], b[1]])
    d.table([60, 206, 60, 206], rows, header=["Gene", "Exons (hotspot amplicons)", "Gene",
            "Exons (hotspot amplicons)"], size=7.8, hfill=grey(0.9), zebra=grey(0.97))
    d.para("Exon numbering follows the RefSeq transcripts used by the laboratory's annotation "
           "pipeline (available on request). Regions with coverage below 500x in a given sample "
           "are listed in the quality section of that sample's report.", size=7.8,
           color=grey(0.3))


# ==== 8803 =====================================================================================
@report(8803, Ridgeway, dict(
    mrn="MR-00931744", dob="07/21/1961", sex="M", lab_no="RRL-26-004418",
    clinician="Anita Sorensen-Bae, MD", client="Cedar Bluff Oncology Associates",
    collected="02/24/2026", reported="03/06/2026"), [
    L("KRAS", "mutation", "positive", ["KRAS c.34G>T p.(Gly12Cys)"], alteration="G12C"),
    L("TP53", "mutation", "positive", ["TP53 c.524G>A p.(Arg175His)"], alteration="R175H"),
    L("ALK", "mutation", "negative", ["ABL1, AKT1, ALK, APC"]),
    L("BRAF", "mutation", "negative", ["ATM, BRAF, CDH1"]),
    L("EGFR", "mutation", "negative", ["CTNNB1, EGFR, ERBB2"]),
    L("HER2", "mutation", "negative", ["EGFR, ERBB2, ERBB4"]),
    L("HRAS", "mutation", "negative", ["HNF1A, HRAS, IDH1"]),
    L("IDH1", "mutation", "negative", ["HRAS, IDH1, IDH2"]),
    L("IDH2", "mutation", "negative", ["IDH1, IDH2, JAK2"]),
    L("MET", "mutation", "negative", ["KIT, MET, MLH1"]),
    L("MLH1", "mutation", "negative", ["MET, MLH1, MPL"]),
    L("NRAS", "mutation", "negative", ["NPM1, NRAS, PDGFRA"]),
    L("RET", "mutation", "negative", ["RB1, RET, SMAD4"]),
])
def r8803(d):
    d.para("OncoHotspot 50: Targeted Tumor DNA Sequencing Panel", font="Helvetica-Bold", size=13,
           color=d.st.accent, after=2)
    d.kv([("Specimen", "FFPE tissue, left lower lobe core biopsy, block 1B (client case "
           "CB26-1187)"),
          ("Diagnosis (per client)", "Non-small cell lung carcinoma, adenocarcinoma"),
          ("Tumor content", "50% (pathologist estimate after review of H&E slide)")],
         keyw=120, size=8.5)

    def summary():
        d.para("RESULT SUMMARY: 2 clinically significant variants detected", font="Helvetica-Bold",
               size=10, after=3)
        d.table([70, 180, 60, 175], [
            ["KRAS", "c.34G>T p.(Gly12Cys)", "23.4%", "Tier I: strong clinical significance"],
            ["TP53", "c.524G>A p.(Arg175His)", "31.0%", "Tier II: potential clinical significance"]],
            header=["Gene", "Variant", "VAF", "Classification"], grid="head", size=8.6,
            hfill=None)
    d.box(summary, fill=rgb(252, 244, 244), stroke=d.st.accent, lw=1.2)

    rw_head(d, "Detailed results: clinically significant variants")
    rows = [["KRAS", "NM_004985.5", "2", "c.34G>T", "p.(Gly12Cys)", "23.4%", "2,911", "Tier I"],
            ["TP53", "NM_000546.6", "5", "c.524G>A", "p.(Arg175His)", "31.0%", "3,305", "Tier II"],
            ["STK11", "NM_000455.5", "1", "c.109C>T", "p.(Gln37*)", "22.8%", "1,874", "Tier II"]]
    d.table([48, 78, 34, 66, 82, 48, 56, 110], rows, header=["Gene", "Transcript", "Exon",
            "cDNA", "Protein", "VAF", "Depth", "Tier"], hfill=grey(0.9), size=8.2)
    rw_head(d, "Variants of uncertain significance")
    d.table([48, 78, 34, 66, 82, 48, 56, 110],
            [["PIK3CA", "NM_006218.4", "5", "c.1173A>G", "p.(Ile391Met)", "48.9%", "2,102",
              "Tier III (VUS)"]],
            header=["Gene", "Transcript", "Exon", "cDNA", "Protein", "VAF", "Depth", "Tier"],
            hfill=grey(0.9), size=8.2)
    d.para("Variants of uncertain significance are reported for completeness and should not be "
           "used for clinical decision making. A VAF near 50% raises the possibility of a "
           "germline variant.", size=8.2)
    d.para("Benign and likely benign variants observed (not clinically reportable): EGFR c.2361G>A "
           "p.(Gln787=), synonymous; TP53 c.215C>G p.(Pro72Arg), common polymorphism.", size=8.2)
    rw_head(d, "Genes with no reportable variants")
    d.para("No reportable variants were detected in the hotspot regions of the following genes: "
           "ABL1, AKT1, ALK, APC, ATM, BRAF, CDH1, CDKN2A, CSF1R, CTNNB1, EGFR, ERBB2, ERBB4, "
           "EZH2, FBXW7, FGFR1, FGFR2, FGFR3, FLT3, GNA11, GNAQ, GNAS, HNF1A, HRAS, IDH1, IDH2, "
           "JAK2, JAK3, KDR, KIT, MET, MLH1, MPL, NOTCH1, NPM1, NRAS, PDGFRA, PTEN, PTPN11, RB1, "
           "RET, SMAD4, SMARCB1, SMO, SRC, VHL.", size=8.4)
    rw_head(d, "Interpretation")
    d.para("KRAS p.(Gly12Cys): KRAS G12C is an activating mutation found in about 13% of lung "
           "adenocarcinomas. KRAS G12C inhibitors (sotorasib, adagrasib) are approved for adults "
           "with KRAS G12C-mutated locally advanced or metastatic NSCLC who have received at least "
           "one prior systemic therapy. KRAS mutations are generally mutually exclusive with "
           "other oncogenic drivers in lung adenocarcinoma.", size=8.5)
    d.para("TP53 p.(Arg175His): a recurrent hotspot missense variant with loss of function; no "
           "targeted therapy is currently approved on the basis of this alteration.", size=8.5)
    d.para("STK11 p.(Gln37*): truncating variant; co-mutation of STK11 with KRAS has been "
           "associated with reduced benefit from immune checkpoint inhibitors in some studies.",
           size=8.5)
    rw_head(d, "Clinical trials")
    d.para("Trial matching is based on the variants above and the client-supplied diagnosis. "
           "Eligibility is determined by the trial sites. Example: MFX-G12C-204, a phase II study "
           "of a KRAS G12C inhibitor combination (enrolling; see trials.ridgewaylabs.invalid).",
           size=8.4)
    rw_head(d, "Therapy and evidence summary")
    d.table([95, 120, 105, 100, 112], [
        ["KRAS G12C", "Sotorasib", "FDA approved", "In this tumor type", "-"],
        ["KRAS G12C", "Adagrasib", "FDA approved", "In this tumor type", "-"],
        ["KRAS G12C", "Adagrasib + cetuximab", "FDA approved", "Other tumor type "
         "(colorectal)", "-"],
        ["KRAS G12C", "Cetuximab, panitumumab", "Resistance", "Other tumor type "
         "(colorectal)", "Predicted lack of response"],
        ["STK11 p.(Gln37*)", "Anti-PD-1/PD-L1", "Clinical evidence", "In this tumor type",
         "Possible reduced benefit"],
        ["TP53 p.(Arg175His)", "None", "-", "-", "-"]],
        header=["Alteration", "Therapy", "Evidence", "Context", "Effect"], hfill=grey(0.9),
        size=7.9)
    d.para("Therapy associations are provided for information and do not constitute a treatment "
           "recommendation. Approval status reflects US labelling at the report date.", size=7.9,
           color=grey(0.3))
    rw_head(d, "Pending and related testing")
    d.para("This DNA-based panel does not detect gene fusions. RNA fusion analysis for ALK, ROS1, "
           "RET and NTRK1-3 was reflexed on this specimen (RRL-26-004419) and will be reported "
           "separately. PD-L1 (22C3) immunohistochemistry was not ordered. Tumor mutational "
           "burden and microsatellite status are not assessed by this panel.", size=8.4)
    rw_head(d, "Quality metrics")
    d.table([150, 110, 150, 95], [
        ["DNA input", "10 ng", "Mean read depth", "2,480x"],
        ["Amplicons >= 500x", "99.1%", "Uniformity", "96.4%"],
        ["Sample QC", "PASS", "Minimum VAF reported", "5%"]], size=8.2, grid="full",
        font="Helvetica")
    rw_head(d, "Methodology")
    d.para("Genomic DNA was extracted from macrodissected FFPE sections. Libraries were prepared "
           "by multiplex amplicon PCR targeting approximately 2,800 hotspot mutations in the 50 "
           "genes listed, sequenced on a semiconductor sequencing platform and aligned to "
           "GRCh37/hg19. Variants are classified according to the AMP/ASCO/CAP joint "
           "consensus guideline. The assay detects single nucleotide variants and small "
           "insertions and deletions (up to 20 bp) in the targeted regions only; it does not "
           "detect copy number changes, structural rearrangements, or variants outside the "
           "hotspot amplicons. The limit of detection is 5% variant allele frequency at "
           ">= 500x coverage.", size=8.2)
    d.para("Germline disclaimer: this test is performed on tumor tissue without a matched normal "
           "sample and is not intended to identify germline variants. Genetic counselling is "
           "recommended if a hereditary cancer syndrome is suspected.", size=8.2)
    rw_sign(d, "Gregory T. Halvorsen, MD, PhD, Molecular Genetic Pathologist", "03/06/2026 14:12 MT")
    rw_appendix(d)


# ==== 8804 =====================================================================================
@report(8804, Ridgeway, dict(
    mrn="MR-01104582", dob="11/03/1972", sex="F", lab_no="RRL-26-005102",
    clinician="Paul Whitcombe-Diaz, MD", client="Saint Ansgar Regional Hospital",
    collected="03/02/2026", reported="03/11/2026"), [
    L("MSI", "signature", "positive", ["MICROSATELLITE INSTABILITY-HIGH (MSI-H)"]),
])
def r8804(d):
    d.para("Microsatellite Instability (MSI) Analysis by PCR", font="Helvetica-Bold", size=13,
           color=d.st.accent, after=2)
    d.kv([("Tumor specimen", "FFPE, right colon resection, block A4 (client case SA26-0391)"),
          ("Normal specimen", "FFPE, uninvolved colonic mucosa, block A9"),
          ("Tumor content", "70%"),
          ("Indication", "Screening for Lynch syndrome; immunotherapy eligibility")],
         keyw=110, size=8.5)

    def res():
        d.para("RESULT:  MICROSATELLITE INSTABILITY-HIGH (MSI-H)", font="Helvetica-Bold",
               size=11, after=2)
        d.para("Instability detected at 4 of 5 mononucleotide repeat markers.", size=9, after=0)
    d.box(res, fill=rgb(252, 244, 244), stroke=d.st.accent, lw=1.2)
    rw_head(d, "Marker results")
    rows = [["BAT-25", "Mononucleotide", "121 / 122", "114, 121", ("Unstable", "Helvetica-Bold")],
            ["BAT-26", "Mononucleotide", "114", "104, 114", ("Unstable", "Helvetica-Bold")],
            ["NR-21", "Mononucleotide", "101", "95, 101", ("Unstable", "Helvetica-Bold")],
            ["NR-24", "Mononucleotide", "131", "131", "Stable"],
            ["MONO-27", "Mononucleotide", "152", "146, 152", ("Unstable", "Helvetica-Bold")],
            ["Penta C", "Pentanucleotide (identity)", "75, 90", "75, 90", "Match"],
            ["Penta D", "Pentanucleotide (identity)", "169, 184", "169, 184", "Match"]]
    d.table([75, 140, 110, 100, 105], rows, header=["Marker", "Repeat type",
            "Normal alleles (bp)", "Tumor alleles (bp)", "Status"], hfill=grey(0.9), size=8.4,
            zebra=grey(0.97))
    d.para("Interpretive criteria: MSI-H, instability at two or more of the five mononucleotide "
           "markers; MSI-L, instability at one marker; MSS, no instability. Pentanucleotide "
           "markers are used only to confirm that tumor and normal samples come from the same "
           "individual.", size=8.2, color=grey(0.25))
    rw_head(d, "Interpretation")
    d.para("The tumor shows high-level microsatellite instability, consistent with deficient DNA "
           "mismatch repair. MSI-H colorectal carcinomas may arise from germline mutation in a "
           "mismatch repair gene (Lynch syndrome) or, more commonly, from somatic MLH1 promoter "
           "hypermethylation. MSI-H status predicts benefit from immune checkpoint blockade in "
           "advanced disease.", size=8.5)
    d.para("Per the client's reflex protocol, BRAF V600E mutation analysis and MLH1 promoter "
           "methylation testing have been added (RRL-26-005103); results will follow in a "
           "separate report. Mismatch repair immunohistochemistry was ordered by the client "
           "and is pending at the referring institution.", size=8.5)
    d.para("Recommendation: genetic counselling and germline testing should be considered if "
           "BRAF V600E is not detected and the MLH1 promoter is unmethylated.", size=8.5)
    rw_head(d, "Methodology")
    d.para("DNA was extracted separately from tumor and normal tissue. Five mononucleotide "
           "repeat markers and two pentanucleotide markers were co-amplified by fluorescent "
           "multiplex PCR and separated by capillary electrophoresis. Allele profiles of tumor "
           "and normal samples were compared for each marker. A sample with tumor content below "
           "20% may yield a false microsatellite stable result.", size=8.2)
    rw_sign(d, "Renata Oyelaran-Fisk, MD, Medical Director, Molecular Oncology",
            "03/11/2026 09:41 MT")


# ==== St. Columba's helpers =====================================================================
def sc_head(d, s):
    d.heading(s, font="Times-Bold", size=11, color=d.st.accent, before=5, after=2)


def sc_sign(d, who, role, when):
    d.space(6)
    d.para(f"Reported by: {who}, {role}", font="Times-Roman", size=9.5, after=0)
    d.para(f"Authorised: {when}", font="Times-Roman", size=9.5, after=4)


# ==== 8805 =====================================================================================
@report(8805, StColumba, dict(
    mrn="0829114", dob="23/06/1968", sex="F", lab_no="CMD-26-0377", spec_no="SC26-11420",
    received="16/02/2026", reported="18/02/2026", clinician="Prof. Aoife Donnelly-Marsh",
    printed="18/02/2026"), [
    L("BRAF", "mutation", "positive", ["BRAF V600E/E2/D MUTATION DETECTED"]),
])
def r8805(d):
    d.para("BRAF MUTATION REPORT", font="Times-Bold", size=13, align="center", after=6)
    d.kv([("Specimen", "Right axillary lymph node dissection, block 4C"),
          ("Diagnosis", "Metastatic malignant melanoma (SOX10 and Melan-A positive)"),
          ("Tumour content", "Approximately 80% in the selected area"),
          ("Test", "Idylla BRAF Mutation Test (fully automated cartridge real-time PCR)")],
         keyw=100, size=9.8, font="Times-Roman", kfont="Times-Bold")

    def res():
        d.para("RESULT:   BRAF V600E/E2/D MUTATION DETECTED", font="Times-Bold", size=12,
               after=2)
    d.box(res, fill=None, stroke=d.st.accent, lw=1.5, pad=8)
    sc_head(d, "Cartridge report")
    d.table([170, 150, 100], [
        ["BRAF V600E/E2/D", "Mutation detected", "Cq 31.2"],
        ["BRAF V600K/R/M", "No mutation detected", "-"],
        ["Sample processing control", "Valid", "Cq 20.8"]],
        header=["Target", "Call", "Cq"], size=9.5, grid="h", hfont="Times-Bold",
        font="Times-Roman")
    sc_head(d, "Comment")
    d.para("A BRAF codon 600 mutation was detected in this metastatic melanoma. The assay "
           "detects V600E, V600E2 and V600D together in a single channel and does not "
           "distinguish between them. Tumours with a BRAF V600 mutation are eligible for "
           "combined BRAF and MEK inhibitor therapy, subject to clinical assessment.", size=9.8)
    d.para("NRAS and KIT analysis have not been requested. If required, please contact the "
           "laboratory; sufficient material remains in block 4C.", size=9.8)
    sc_head(d, "Method and limitations")
    d.para("One 10 µm FFPE section was processed in a single-use cartridge combining DNA "
           "liberation and allele-specific real-time PCR. Limit of detection approximately 1% "
           "for V600E (5% for other variants). Variants outside codon 600 are not detected. A "
           "'no mutation detected' result does not exclude a mutation present below the limit "
           "of detection.", size=9.4)
    sc_sign(d, "Dr Cathal Ní Bhriain-Walsh", "Consultant Histopathologist", "18/02/2026 14:32")


# ==== 8806 =====================================================================================
@report(8806, StColumba, dict(
    mrn="0917352", dob="30/11/1955", sex="M", lab_no="CMD-26-0419", spec_no="SC26-12077",
    received="23/02/2026", reported="02/03/2026", clinician="Dr Fionnuala Breslin",
    printed="02/03/2026"), [
    L("KRAS", "mutation", "positive", ["KRAS: MUTATION DETECTED - G13D"], alteration="G13D"),
    L("NRAS", "mutation", "negative", ["NRAS: NO MUTATION DETECTED"]),
    L("BRAF", "mutation", "negative", ["BRAF: NO MUTATION DETECTED"]),
])
def r8806(d):
    d.para("RAS / BRAF MUTATION REPORT (COLORECTAL)", font="Times-Bold", size=13, align="center",
           after=6)
    d.kv([("Specimen", "Anterior resection of rectum, block 7, post neoadjuvant therapy"),
          ("Diagnosis", "Adenocarcinoma, ypT3 ypN1b"),
          ("Tumour content", "30% (macrodissected from a marked area of 2 x 1 cm)"),
          ("Tests", "Idylla KRAS Mutation Test; Idylla NRAS-BRAF Mutation Test")],
         keyw=100, size=9.8, font="Times-Roman", kfont="Times-Bold")
    sc_head(d, "Summary of results")
    d.lines("KRAS: MUTATION DETECTED - G13D (exon 2, codon 13)\n"
            "NRAS: NO MUTATION DETECTED\n"
            "BRAF: NO MUTATION DETECTED", font="Times-Bold", size=10.5, leading=14)
    d.space(4)
    sc_head(d, "Run history")
    d.table([60, 110, 100, 170], [
        ["Run 1", "24/02/2026", "KRAS cartridge", "INVALID - sample processing control "
         "outside range; no result"],
        ["Run 2", "26/02/2026", "KRAS cartridge", "Valid"],
        ["Run 1", "24/02/2026", "NRAS-BRAF cartridge", "Valid"]],
        header=["Run", "Date", "Assay", "Status"], size=9.2, grid="full", hfont="Times-Bold",
        font="Times-Roman")
    d.para("The first KRAS cartridge gave an invalid result; the test was repeated on a fresh "
           "section from the same block with a valid result.", size=9.6)
    sc_head(d, "Cartridge detail")
    rows = [["KRAS", "G12A, G12C, G12D, G12R, G12S, G12V", "No mutation detected"],
            ["KRAS", "G13D", "Mutation detected"],
            ["KRAS", "Q61H, Q61K, Q61L, Q61R; A59T/E; K117N; A146P/T/V", "No mutation detected"],
            ["NRAS", "Codons 12, 13, 59, 61, 117, 146", "No mutation detected"],
            ["BRAF", "V600E/E2/D, V600K/R/M", "No mutation detected"]]
    d.table([60, 260, 140], rows, header=["Gene", "Targets", "Call"], size=9, grid="h",
            hfont="Times-Bold", font="Times-Roman", zebra=grey(0.95))
    sc_head(d, "Comment")
    d.para("A KRAS codon 13 mutation (G13D) was identified. RAS-mutated colorectal cancers do "
           "not benefit from anti-EGFR antibody therapy. Note that this specimen was treated with "
           "neoadjuvant chemoradiotherapy; residual tumour was limited, and the result applies to "
           "the residual tumour sampled.", size=9.8)
    d.para("Mismatch repair immunohistochemistry on the pre-treatment biopsy is reported "
           "separately (SC25-30918).", size=9.8)
    sc_head(d, "Method and limitations")
    d.para("FFPE sections were analysed on the Idylla platform with single-use cartridges "
           "(allele-specific PCR with melting analysis). Limit of detection 1-5% mutant "
           "allele depending on the variant. Mutations outside the listed codons are not "
           "detected.", size=9.4)
    sc_sign(d, "Dr Cathal Ní Bhriain-Walsh", "Consultant Histopathologist", "02/03/2026 11:15")
