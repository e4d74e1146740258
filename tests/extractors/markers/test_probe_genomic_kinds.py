"""Kinds of genomic-report wording the blind probe showed the extractor missing or misreading.

Every example here is written for the kind it names, in words of its own: none is a probe or a
corpus sentence. Each kind has two wordings or more, and the counter-examples it must not catch.
"""

import pytest

from extractors.markers import extract_markers
from extractors.markers.alterations import alteration_class, normalise_alteration
from extractors.text_document import document_from_text


def _found(text: str) -> set[tuple[str, str, str, str | None]]:
    """Marker, aspect, status and alteration of every result the text gives."""
    return {
        (r.marker.value, r.aspect.value, r.status.value, r.alteration)
        for r in extract_markers(document_from_text(text))
    }


def _values(text: str) -> dict[str, str | None]:
    return {r.marker.value: r.value for r in extract_markers(document_from_text(text))}


# --- rows that start with a bullet sign: '> KRAS ...', '» NRAS ...' -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "FINDINGS\n"
            "> KRAS    c.35G>T    p.Gly12Val   exon 2   VAF 18.2 %   Pathogenic\n"
            "> PIK3CA  c.1624G>A  p.Glu542Lys  exon 10  VAF 9.0 %    Likely pathogenic\n",
            {
                ("KRAS", "mutation", "positive", "G12V"),
                ("PIK3CA", "mutation", "positive", "E542K"),
            },
            id="greater-than-sign-bullets",
        ),
        pytest.param(
            "Somatic variants\n» NRAS p.Q61R (c.182A>G)  12%\n» TP53 p.R175H (c.524G>A)  30%\n",
            {("NRAS", "mutation", "positive", "Q61R"), ("TP53", "mutation", "positive", "R175H")},
            id="guillemet-bullets",
        ),
        pytest.param(
            "> MET  c.3082+2T>C  splice donor  VAF 22 %  Pathogenic\n",
            {("MET", "mutation", "positive", "c.3082+2T>C")},
            id="a-word-like-gene-symbol-after-a-bullet",
        ),
        pytest.param(
            "> BRCA2  c.1114A>C  p.Asn372His  VAF 48 %  Benign\n",
            set(),
            id="a-bulleted-benign-row-states-nothing",
        ),
    ],
)
def test_bulleted_variant_rows_are_rows(text, expected):
    assert _found(text) == expected


# --- a row that names its gene again after the variant: 'EGFR  S768I (EGFR exon 20)' ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene   Variant                  VAF\nEGFR   S768I (EGFR exon 20)     11%\n",
            ("S768I", "VAF 11%"),
            id="gene-and-exon-in-brackets",
        ),
        pytest.param(
            "Detected variants\nEGFR  G719S  (EGFR exon 18 hotspot)  allele fraction 7.5%\n",
            ("G719S", "VAF 7.5%"),
            id="gene-exon-and-note-in-brackets",
        ),
    ],
)
def test_a_row_that_repeats_its_gene_after_the_variant_is_still_a_row(text, expected):
    (egfr,) = extract_markers(document_from_text(text))
    assert (egfr.status.value, egfr.alteration, egfr.value) == ("positive", *expected)


# --- two variants of one gene: two results -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene  Change                                  % cfDNA\n"
            "EGFR  L747_T751del (exon 19 deletion)         2.2\n"
            "EGFR  C797S                                   0.4\n",
            {("L747_T751del", "VAF 2.2%"), ("C797S", "VAF 0.4%")},
            id="a-deletion-and-a-resistance-change-in-a-table",
        ),
        pytest.param(
            "Pathogenic variants: PIK3CA p.E545K (VAF 12%); PIK3CA p.H1047L (VAF 4%)\n",
            {("E545K", "VAF 12%"), ("H1047L", "VAF 4%")},
            id="two-changes-in-a-list",
        ),
    ],
)
def test_two_variants_of_one_gene_are_two_results(text, expected):
    results = extract_markers(document_from_text(text))
    assert {(r.alteration, r.value) for r in results} == expected


def test_one_variant_named_twice_in_a_report_is_one_result():
    text = "Summary: EGFR exon 19 deletion detected.\nEGFR  p.E746_A750del  VAF 31%\n"
    (egfr,) = extract_markers(document_from_text(text))
    assert (egfr.status.value, egfr.value) == ("positive", "VAF 31%")


# --- in-frame changes: deletions, duplications and insertions of residues ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("p.Asp770_Asn771insGly", "D770_N771insG", id="three-letter-insertion"),
        pytest.param("p.(Tyr772_Ala775dup)", "Y772_A775dup", id="three-letter-duplication"),
        pytest.param("p.H773_V774insNPH", "H773_V774insNPH", id="one-letter-insertion"),
        pytest.param("p.(Glu729del)", "E729del", id="one-residue-deletion"),
        pytest.param("p.Leu747_Thr751delinsPro", "L747_T751delinsP", id="deletion-insertion"),
    ],
)
def test_in_frame_changes_keep_their_kind_in_one_letter_form(text, expected):
    assert normalise_alteration(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("p.Asp770_Asn771ins", id="an-insertion-that-names-nothing-inserted"),
        pytest.param("the delivery of 770 samples", id="words-that-only-look-like-one"),
    ],
)
def test_words_that_are_no_in_frame_change(text):
    assert normalise_alteration(text) is None


@pytest.mark.parametrize(
    ("alteration", "named"),
    [
        pytest.param("L747_T751delinsP", "exon 19 deletion", id="deletion-insertion-in-exon-19"),
        pytest.param("A767_V769dup", "exon 20 insertion", id="duplication-in-exon-20"),
        pytest.param("D770_N771insG", "exon 20 insertion", id="insertion-in-exon-20"),
        pytest.param("E729del", "E729del", id="a-one-residue-deletion-names-no-class"),
    ],
)
def test_in_frame_changes_belong_to_the_named_class_of_their_exon(alteration, named):
    assert alteration_class(alteration) == named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene    Coding change       Protein change           VAF\n"
            "ERBB2   c.2313_2324dup      p.Tyr772_Ala775dup       21%\n",
            {("HER2", "mutation", "positive", "Y772_A775dup")},
            id="duplication-in-a-table",
        ),
        pytest.param(
            "Gene    Variant                         Zygosity       Classification\n"
            "PMS2    c.2185_2187del  p.(Glu729del)   heterozygous   Likely pathogenic\n",
            {("PMS2", "mutation", "positive", "E729del")},
            id="one-residue-deletion-in-a-germline-table",
        ),
    ],
)
def test_in_frame_changes_in_rows_are_the_rows_alterations(text, expected):
    assert _found(text) == expected


def _given(text: str) -> set[tuple[str, str, str]]:
    return {(marker, aspect, status) for marker, aspect, status, _ in _found(text)}


# --- lists of genes without a finding, in more layouts --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No pathogenic or likely pathogenic variants were found in BRCA1, BRCA2 or PALB2.\n",
            {("BRCA1", "mutation", "negative"), ("BRCA2", "mutation", "negative")},
            id="two-classes-joined-by-or",
        ),
        pytest.param(
            "No pathogenic/likely pathogenic variant detected in: MLH1, MSH2 and PMS2\n",
            {
                ("MLH1", "mutation", "negative"),
                ("MSH2", "mutation", "negative"),
                ("PMS2", "mutation", "negative"),
            },
            id="two-classes-joined-by-a-slash",
        ),
    ],
)
def test_no_variants_of_two_classes_in_listed_genes(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NOT FOUND\nKRAS codons 12, 13 and 61; BRAF V600E; TERT promoter C228T; "
            "NTRK fusions\n\nComment: tumour cellularity was adequate.\n",
            {
                ("KRAS", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
                ("NTRK", "fusion", "negative"),
            },
            id="items-with-the-parts-tested",
        ),
        pytest.param(
            "Not detected\nEGFR exons 18-21; ERBB2 exon 20 insertions\n"
            "ALK, ROS1 and RET rearrangements\nInterpretation: BRAF testing is advised.\n",
            {
                ("EGFR", "mutation", "negative"),
                ("HER2", "mutation", "negative"),
                ("ALK", "fusion", "negative"),
                ("ROS1", "fusion", "negative"),
                ("RET", "fusion", "negative"),
            },
            id="items-over-two-lines-then-a-labelled-line",
        ),
        pytest.param(
            "Not detected\n\nKRAS   p.G12D   VAF 20%\n",
            {("KRAS", "mutation", "positive")},
            id="a-blank-line-ends-the-heading-list",
        ),
    ],
)
def test_a_negative_heading_over_lines_of_items(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "== Genes analysed without detected mutations (partial list) ==\n"
            "BRCA1   BRCA2   PALB2\nATM     NRAS    TP53\n",
            {
                ("BRCA1", "mutation", "negative"),
                ("BRCA2", "mutation", "negative"),
                ("NRAS", "mutation", "negative"),
                ("TP53", "mutation", "negative"),
            },
            id="equals-signs-and-a-bracketed-note",
        ),
        pytest.param(
            "## Variants not detected (hotspots) ##\nHRAS  KRAS  NRAS\n",
            {
                ("HRAS", "mutation", "negative"),
                ("KRAS", "mutation", "negative"),
                ("NRAS", "mutation", "negative"),
            },
            id="hash-signs-and-a-bracketed-note",
        ),
    ],
)
def test_a_decorated_heading_over_a_list_in_columns(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No other clinically significant alterations in this panel, including EGFR, "
            "KRAS and BRAF.\n",
            {
                ("EGFR", "mutation", "negative"),
                ("KRAS", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
            },
            id="including",
        ),
        pytest.param(
            "No additional pathogenic variants across the tested genes, notably NRAS, PIK3CA or "
            "TP53.\n",
            {
                ("NRAS", "mutation", "negative"),
                ("PIK3CA", "mutation", "negative"),
                ("TP53", "mutation", "negative"),
            },
            id="in-particular",
        ),
        pytest.param(
            "Other alterations were identified, including KRAS G12D.\n",
            {("KRAS", "mutation", "positive")},
            id="a-found-alteration-after-including-is-no-negative",
        ),
    ],
)
def test_no_other_variants_including_a_list(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Negative: KRAS, ERBB2, MET, BRAF\n",
            {
                ("KRAS", "mutation", "negative"),
                ("HER2", "mutation", "negative"),
                ("MET", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
            },
            id="gene-symbols-after-a-verdict-label",
        ),
        pytest.param(
            "Negative for: NRAS, MET exon 14 skipping, ERBB2, ALK\n",
            {
                ("NRAS", "mutation", "negative"),
                ("MET", "mutation", "negative"),
                ("HER2", "mutation", "negative"),
                ("ALK", "fusion", "negative"),
            },
            id="gene-symbols-with-a-part-after-negative-for",
        ),
        pytest.param(
            "Negative: ER, PR, HER2\n",
            {
                ("ER", "expression", "negative"),
                ("PR", "expression", "negative"),
                ("HER2", "expression", "negative"),
            },
            id="a-list-of-stains-stays-stains",
        ),
    ],
)
def test_a_verdict_list_of_sequenced_genes_states_their_mutations(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Negative for: KRAS exon 2, PIK3CA, ERBB2 copy number gain\n",
            {
                ("KRAS", "mutation", "negative"),
                ("PIK3CA", "mutation", "negative"),
                ("HER2", "amplification", "negative"),
            },
            id="copy-number-gain-after-a-gene",
        ),
        pytest.param(
            "Not detected: EGFR, BRAF, MET amplification, ALK\n",
            {
                ("EGFR", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
                ("MET", "amplification", "negative"),
                ("ALK", "fusion", "negative"),
            },
            id="amplification-after-a-gene",
        ),
    ],
)
def test_a_list_item_that_names_its_own_aspect_keeps_it(text, expected):
    assert _given(text) == expected


# --- a bare 'no mutation' as a key's value ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KRAS: no mutation.   NRAS: no mutation.\n",
            {("KRAS", "mutation", "negative"), ("NRAS", "mutation", "negative")},
            id="two-keys-on-a-line",
        ),
        pytest.param(
            "IDH2 - no hotspot variants\nPIK3CA - no mutations\n",
            {("IDH2", "mutation", "negative"), ("PIK3CA", "mutation", "negative")},
            id="dashed-keys-on-lines",
        ),
        pytest.param(
            "KRAS: no mutation analysis was possible.\n",
            set(),
            id="no-mutation-before-another-noun-is-no-verdict",
        ),
    ],
)
def test_no_mutation_as_a_value(text, expected):
    assert _given(text) == expected


# --- a verdict measured at the assay's limit of detection ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BRAF and NRAS: no variants found at the limit of detection (1% VAF).\n",
            {("BRAF", "mutation", "negative"), ("NRAS", "mutation", "negative")},
            id="at-the-limit",
        ),
        pytest.param(
            "ESR1 and PIK3CA: not detected, above the limit of detection of the test.\n",
            {("PIK3CA", "mutation", "negative")},
            id="above-the-limit",
        ),
        pytest.param(
            "The limit of detection of this KRAS assay is 5% mutant alleles.\n",
            set(),
            id="the-limit-stated-alone-is-a-method",
        ),
    ],
)
def test_a_verdict_at_the_limit_of_detection_is_a_result(text, expected):
    assert _given(text) == expected


# --- a TMB value beside the laboratory's cut-off ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TMB ........ 5 Muts/Mb (TMB-Low, cut-off: 10 Muts/Mb)\n",
            ("negative", "5 mut/Mb"),
            id="dotted-leader-then-cutoff",
        ),
        pytest.param(
            "Mutational burden ..... 4 mutations/Mb (low - threshold 16 mutations/Mb)\n",
            ("negative", "4 mut/Mb"),
            id="dotted-leader-then-threshold",
        ),
    ],
)
def test_the_tmb_value_is_the_result_not_the_cutoff(text, expected):
    (tmb,) = extract_markers(document_from_text(text))
    assert (tmb.status.value, tmb.value) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tumours with more than 12 mut/Mb are classified as TMB-high by this laboratory.\n",
            id="more-than",
        ),
        pytest.param(
            "Samples with >= 20 mutations/Mb are reported as high TMB.\n", id="bound-sign"
        ),
    ],
)
def test_a_class_defined_by_a_bound_is_no_result(text):
    assert _given(text) == set()


# --- gene rows that state only a negative verdict -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Panel genes   Call\nATM      not detected\nTP53     not detected\n"
            "PTEN     not detected\n",
            {("TP53", "mutation", "negative")},
            id="p53s-gene-in-a-block-of-gene-rows",
        ),
        pytest.param(
            "Gene   Status\nCDH1   not detected\nTP53 : not detected\nERBB2 - not detected\n",
            {("TP53", "mutation", "negative"), ("HER2", "mutation", "negative")},
            id="gene-rows-with-their-own-separators",
        ),
        pytest.param(
            "Gene  Result\nEGFR  No mutation detected\nMET   No exon 14 skipping detected\n",
            {("EGFR", "mutation", "negative"), ("MET", "mutation", "negative")},
            id="a-named-alteration-denied-in-a-row",
        ),
        pytest.param(
            "Stain   Result\nER   negative\np53   negative\n",
            {("ER", "expression", "negative"), ("TP53", "expression", "negative")},
            id="a-block-of-stains-stays-stains",
        ),
        pytest.param(
            "p53   not detected\nHER2   not detected\n",
            {("TP53", "expression", "negative"), ("HER2", "expression", "negative")},
            id="protein-names-alone-are-no-gene-block",
        ),
    ],
)
def test_a_block_of_gene_rows_with_negative_verdicts(text, expected):
    assert _given(text) == expected


# --- fusion rows in more layouts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "RNA panel\nRearrangement identified:  CCDC6::RET  (CCDC6 exon 1 - RET exon 12)\n",
            {("RET", "fusion", "positive", "CCDC6-RET")},
            id="after-a-label-that-says-it-was-found",
        ),
        pytest.param(
            "Main findings                                  Evidence\n"
            "EZR::ROS1 fusion (EZR exon 10 - ROS1 exon 34)    Level 1\n",
            {("ROS1", "fusion", "positive", "EZR-ROS1")},
            id="an-actionability-level-says-it-was-found",
        ),
        pytest.param(
            "Fusion transcripts\n  KIF5B (exon 15) :: RET (exon 12)     spanning reads: 230\n",
            {("RET", "fusion", "positive", "KIF5B-RET")},
            id="partners-with-their-exons-in-brackets",
        ),
        pytest.param(
            "Fusions covered by the panel:\nEML4::ALK\nCD74::ROS1\n",
            set(),
            id="a-list-of-covered-fusions-states-nothing",
        ),
        pytest.param(
            "Fusion not detected:  ETV6::NTRK3\n",
            {("NTRK", "fusion", "negative", None)},
            id="a-label-that-denies-it",
        ),
    ],
)
def test_fusion_rows(text, expected):
    assert _found(text) == expected


# --- dotted leaders between a key and its value ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TMB ...................... 7 mut/Mb (TMB-Low; cut-off 10 mut/Mb)\n"
            "MSI ...................... Stable\n",
            {("TMB", "signature", "negative"), ("MSI", "signature", "negative")},
            id="a-cutoff-line-then-a-dotted-key",
        ),
        pytest.param(
            "KRAS .......................................... G12V\n"
            "Microsatellite status ........................ MSI-High\n",
            {("KRAS", "mutation", "positive"), ("MSI", "signature", "positive")},
            id="long-leaders",
        ),
    ],
)
def test_a_dotted_leader_ends_no_sentence(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ERBB2   amplification (borderline)   CN 6\n",
            {("HER2", "amplification", "equivocal")},
            id="borderline-in-brackets",
        ),
        pytest.param(
            "MET | Amplification, equivocal | copy number 4.5\n",
            {("MET", "amplification", "equivocal")},
            id="equivocal-in-the-cell",
        ),
        pytest.param(
            "MET | Amplification | copy number 11\n",
            {("MET", "amplification", "positive")},
            id="no-such-word-is-an-amplification",
        ),
    ],
)
def test_an_amplification_row_called_equivocal_is_equivocal(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No pathogenic variants were identified in: KRAS, ALK, NRAS\n",
            {
                ("KRAS", "mutation", "negative"),
                ("ALK", "mutation", "negative"),
                ("NRAS", "mutation", "negative"),
            },
            id="variants-in-a-fusion-gene",
        ),
        pytest.param(
            "Variants not detected: RET, BRAF, EGFR\n",
            {
                ("RET", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
                ("EGFR", "mutation", "negative"),
            },
            id="a-label-of-variants-over-a-fusion-gene",
        ),
        pytest.param(
            "No reportable alterations in: ALK, KRAS, NRAS\n",
            {
                ("ALK", "fusion", "negative"),
                ("KRAS", "mutation", "negative"),
                ("NRAS", "mutation", "negative"),
            },
            id="alterations-name-no-kind",
        ),
        pytest.param(
            "No copy number variants were identified in MET or ERBB2\n",
            {("MET", "amplification", "negative"), ("HER2", "amplification", "negative")},
            id="copy-number-variants-are-amplifications",
        ),
    ],
)
def test_a_list_of_variants_is_of_mutations(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KRAS codons 12/13 and NRAS codon 61 pyrosequencing: wild type\n",
            {("KRAS", "mutation", "negative"), ("NRAS", "mutation", "negative")},
            id="genes-parts-and-method-then-wild-type",
        ),
        pytest.param(
            "BRAF exon 15, KRAS exon 2 analysis by PCR - not detected\n",
            {("BRAF", "mutation", "negative"), ("KRAS", "mutation", "negative")},
            id="genes-parts-and-method-then-not-detected",
        ),
    ],
)
def test_genes_with_their_parts_and_method_before_a_verdict(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No pathogenic variants were detected in BRCA1 or BRCA2.\n"
            "Benign variants are not listed (e.g. BRCA1 p.Ser1613Gly).\n",
            {("BRCA1", "mutation", "negative"), ("BRCA2", "mutation", "negative")},
            id="an-example-of-benign-variants",
        ),
        pytest.param(
            "Polymorphisms seen in most people are not reported (for example TP53 p.Pro72Arg).\n",
            set(),
            id="an-example-of-polymorphisms",
        ),
    ],
)
def test_a_variant_given_as_an_example_is_no_finding(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Comment: BRAF V600E and MSI-H suggest a sporadic (MLH1 promoter methylated) cancer.\n",
            {("MSI", "signature", "positive")},
            id="methylated-after-a-variant",
        ),
        pytest.param(
            "Note: NRAS p.Q61R, MSI-high, MLH1 hypermethylated; Lynch syndrome unlikely.\n",
            {("NRAS", "mutation", "positive"), ("MSI", "signature", "positive")},
            id="hypermethylated-in-a-list-of-findings",
        ),
        pytest.param(
            "MLH1: loss of nuclear expression\n",
            {("MLH1", "expression", "negative")},
            id="a-stain-of-the-same-protein-is-a-result",
        ),
    ],
)
def test_methylation_of_a_gene_is_no_mutation(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "p53 immunostain: wild-type pattern\n",
            {("TP53", "expression", "negative")},
            id="wild-type-pattern",
        ),
        pytest.param(
            "p53 (DO-7): wild type staining pattern in scattered nuclei\n",
            {("TP53", "expression", "negative")},
            id="wild-type-staining-pattern",
        ),
    ],
)
def test_a_wild_type_staining_pattern_is_a_stain(text, expected):
    assert _given(text) == expected


def test_a_bracketed_note_under_a_row_that_names_its_gene_again_is_the_rows():
    text = (
        "Tier I variants\n"
        "  ERBB2  c.2310_2311insGCATACGTGATG  p.E770_A771insAYVM  exon 20  allele fraction 12%\n"
        "         (ERBB2 exon 20 insertion)\n"
    )
    assert _found(text) == {("HER2", "mutation", "positive", "E770_A771insAYVM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene   Protein   VAF   Call\nKRAS   p.G13D   11%   detected\n"
            "NRAS   -   -   not detected\nBRAF   -   -   not detected\n",
            {
                ("KRAS", "mutation", "positive"),
                ("NRAS", "mutation", "negative"),
                ("BRAF", "mutation", "negative"),
            },
            id="dashes-in-empty-cells",
        ),
        pytest.param(
            "Gene | Variant | Result\nIDH1 | – | not detected\nTP53 | – | not detected\n",
            {("IDH1", "mutation", "negative"), ("TP53", "mutation", "negative")},
            id="pipes-and-dashes",
        ),
    ],
)
def test_gene_rows_with_empty_cells_before_the_verdict(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ROS1 [SP384]: negative\n", {("ROS1", "expression", "negative")}, id="sp384"),
        pytest.param(
            "Pan-TRK A7H6R stain - negative\n", {("NTRK", "expression", "negative")}, id="a7h6r"
        ),
        pytest.param("ALK1 antibody: positive\n", set(), id="an-antibody-line-is-methods"),
    ],
)
def test_a_fusion_proteins_antibody_clone_makes_a_stain(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tumour mutational burden   12 mut/Mb\n\nDETECTED\nAPC  p.R1450*  22%\n",
            {("TMB", "signature", "reported")},
            id="tmb-then-a-detected-heading",
        ),
        pytest.param(
            "Mutational load: 27 mutations/Mb\n\nIdentified\nTP53  p.R175H  40%\n",
            {("TMB", "signature", "reported"), ("TP53", "mutation", "positive")},
            id="tmb-then-an-identified-heading",
        ),
        pytest.param(
            "EGFR mutation status:\nDetected (exon 19 deletion)\n",
            {("EGFR", "mutation", "positive")},
            id="a-verdict-on-the-line-under-its-key-is-its-verdict",
        ),
    ],
)
def test_a_heading_after_a_blank_line_is_no_verdict_for_the_line_above(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fusion panel: no ROS1, NRG1, RET or MET exon 14 skipping events were detected.\n",
            {
                ("ROS1", "fusion", "negative"),
                ("RET", "fusion", "negative"),
                ("MET", "mutation", "negative"),
            },
            id="a-named-alteration-last-in-the-list",
        ),
        pytest.param(
            "Also tested: no BRAF, STK11, MET exon 14 or KRAS alterations\nfound.\n",
            {
                ("BRAF", "mutation", "negative"),
                ("MET", "mutation", "negative"),
                ("KRAS", "mutation", "negative"),
            },
            id="the-verdict-on-the-next-line",
        ),
        pytest.param(
            "No KRAS, but an NRAS mutation was detected (p.Q61L).\n",
            {("KRAS", "mutation", "negative"), ("NRAS", "mutation", "positive")},
            id="a-but-clause-is-no-list",
        ),
    ],
)
def test_no_then_a_list_of_genes_then_the_kind_not_found(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tumour mutational burden 12 mut/Mb\nDETECTED\nAPC p.R1450* 22%\n",
            {("TMB", "signature", "reported")},
            id="a-heading-in-capitals-right-under-a-value",
        ),
        pytest.param(
            "EGFR mutation status:\nDETECTED\n",
            {("EGFR", "mutation", "positive")},
            id="a-verdict-in-capitals-under-its-key",
        ),
    ],
)
def test_a_verdict_heading_in_capitals_belongs_to_the_lines_below(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gene     Variant          VAF     Interpretation\n"
            "IDH2     p.R140Q          41%     Tier I\n"
            "TP53     not detected\n",
            {("IDH2", "mutation", "positive"), ("TP53", "mutation", "negative")},
            id="one-negative-row-under-a-variant-header",
        ),
        pytest.param(
            "Genes  Alteration  Allele fraction\nPIK3CA  p.E545K  0.21\nERBB2 | not detected\n",
            {("PIK3CA", "mutation", "positive"), ("HER2", "mutation", "negative")},
            id="erbb2-row-under-an-alteration-header",
        ),
        pytest.param(
            "Gene  Protein change  VAF\nKRAS  p.G12V  20%\n\np53   negative\n",
            {("KRAS", "mutation", "positive"), ("TP53", "expression", "negative")},
            id="a-blank-line-ends-the-table",
        ),
    ],
)
def test_a_negative_gene_row_in_a_variant_table_is_a_sequence_result(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Myeloid panel: IDH1 R132C detected (VAF 22%)\n",
            {("IDH1", "mutation", "positive", "R132C")},
            id="vaf-before-the-percent",
        ),
        pytest.param(
            "BRAF V600E present, 17% mutant reads\n",
            {("BRAF", "mutation", "positive", "V600E")},
            id="percent-of-mutant-reads",
        ),
    ],
)
def test_an_allele_fraction_is_no_stain_score(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The following alterations were not detected in this sample:\n"
            "ALK fusion, BRAF V600E, KRAS G12C, RET fusion\n",
            {
                ("ALK", "fusion", "negative"),
                ("BRAF", "mutation", "negative"),
                ("KRAS", "mutation", "negative"),
                ("RET", "fusion", "negative"),
            },
            id="in-this-sample",
        ),
        pytest.param(
            "The following were not identified in the plasma: EGFR T790M, EGFR C797S, ERBB2\n",
            {("EGFR", "mutation", "negative"), ("HER2", "mutation", "negative")},
            id="in-the-plasma",
        ),
    ],
)
def test_variants_not_found_in_this_sample_are_negatives(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Alteration          % cfDNA or Amp\nMET Amplification   Plus (++)\n",
            {("MET", "amplification", "positive")},
            id="plus-plus",
        ),
        pytest.param(
            "ERBB2 amplification   High (+++)\n",
            {("HER2", "amplification", "positive")},
            id="high-three-plus",
        ),
        pytest.param(
            "MET amplification\nERBB2 amplification\n", set(), id="names-of-what-is-covered"
        ),
    ],
)
def test_a_plasma_amplification_with_its_level_is_positive(text, expected):
    assert _given(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fusion: EML4-ALK (variant 3a/b) detected\n",
            {("ALK", "fusion", "positive", "EML4-ALK")},
            id="a-fusion-label-then-a-named-fusion-with-its-variant",
        ),
        pytest.param(
            "Structural variants: ETV6::NTRK3 fusion (Pathogenic)\n",
            {("NTRK", "fusion", "positive", "ETV6-NTRK3")},
            id="a-label-then-a-pathogenic-fusion",
        ),
        pytest.param(
            "Panel content: EML4::ALK, CD74::ROS1\n", set(), id="a-label-of-covered-fusions"
        ),
    ],
)
def test_a_named_fusion_after_a_label(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "RET c.2753T>C (p.M918T), VAF 38%, OncoKB Level 1\n",
            {("RET", "mutation", "positive", "M918T")},
            id="ret-before-its-coding-change",
        ),
        pytest.param(
            "MET c.3082+1G>A (splice donor) - pathogenic\n",
            {("MET", "mutation", "positive", "c.3082+1G>A")},
            id="met-before-its-splice-change",
        ),
        pytest.param("The panel met all quality metrics.\n", set(), id="met-the-verb"),
    ],
)
def test_a_word_like_gene_symbol_before_its_coding_change_is_a_gene(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NRAS p.Q61R and PIK3CA p.E545K were detected.\n",
            {("NRAS", "mutation", "positive", "Q61R"), ("PIK3CA", "mutation", "positive", "E545K")},
            id="two-genes-each-with-its-change-in-one-sentence",
        ),
        pytest.param(
            "Likely pathogenic variants were identified in BRAF (G469A) and TP53 (Y220C).\n",
            {("BRAF", "mutation", "positive", "G469A"), ("TP53", "mutation", "positive", "Y220C")},
            id="changes-in-brackets-after-each-gene",
        ),
        pytest.param(
            "An E545K mutation was found in PIK3CA.\n",
            {("PIK3CA", "mutation", "positive", "E545K")},
            id="a-change-named-before-its-gene",
        ),
    ],
)
def test_each_gene_in_a_sentence_takes_the_change_written_after_it(text, expected):
    assert _found(text) == expected
