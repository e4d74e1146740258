"""Kinds of wording read by a general mechanism (twenty-eighth session), each in two wordings
of our own or more: empty boxes drawn with two underline strokes; a denial whose locus or
region stands between 'no mutation' and its verb; a control's result in a run's quality
statement; a class named by its cut-off with the class word before the marker; a table of
variants of unknown significance whose rows end in a comment; a denied list's lines labelled
by the kind of change tested; a 'tested - no alteration' heading; a clinical-trials section;
headings marked off with '>'; a therapy section; a key's value read from its own colon on a
line of two keys; a count of unstable loci out of a hundred or more; a TMB cut-off wrapped in
its bracket; a share's scale after a comma; a stain's heading over its lines of keys; a
section that runs on over a page break (pages split by a form feed). No sentence is quoted
from a report.
"""

from extractors.markers.underline_boxes import bracketed_underline_boxes
from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, MUT, SIG, N, P, kind_tests

KINDS = {
    # short_underline_boxes: an empty box of two strokes that starts its line, or one of two
    # boxes or more on a line, is an unticked option; the ticked option alone is the answer.
    "short_underline_boxes": [
        (
            "Mismatch repair protein immunostains:\n"
            "  __ All four proteins retained (MLH1, PMS2, MSH2, MSH6)\n"
            "  _X_ MSH2 and MSH6 lost; MLH1 and PMS2 retained\n"
            "  __ Not assessable\n",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "Oestrogen receptor:   _X_ Positive   __ Negative\n"
            "Progesterone receptor:   __ Positive   _x_ Negative\n",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
        ("BRAF VE1 stain:  __ Positive   __ Negative   __ Not done\n", []),
    ],
    # no_mutation_with_its_locus_then_verb: 'no mutation' with where it was looked for
    # between it and the verb, no auxiliary ('... at codon 600 (exon 15) identified').
    "no_mutation_with_its_locus_then_verb": [
        (
            "BRAF: no mutation at codon 600 (exon 15) identified by allele-specific PCR.\n",
            [("BRAF", MUT, N, {})],
        ),
        (
            "KRAS - no hotspot variant within the regions tested detected (pyrosequencing).\n",
            [("KRAS", MUT, N, {})],
        ),
        ("NRAS: no mutation in codon 61 found.\n", [("NRAS", MUT, N, {})]),
    ],
    # a_control_and_what_it_gave: what a run's positive control or reference material gave
    # is quality control, not the patient's result.
    "a_control_and_what_it_gave": [
        (
            "KRAS:  [ ] mutated   [X] wild type\n"
            "QC: positive control (reference DNA) detected KRAS G12V at the expected level.\n",
            [("KRAS", MUT, N, {})],
        ),
        (
            "EGFR: no mutation detected.\n"
            "The reference material carrying EGFR T790M was detected as expected.\n",
            [("EGFR", MUT, N, {})],
        ),
    ],
    # class_named_by_its_cutoff: the cut-off of the class 'high TMB' is criteria, wherever
    # the class word stands.
    "class_named_by_its_cutoff": [
        (
            "TMB: 3 mutations/Mb, low (the cut-off for high TMB is 10 mutations/Mb)\n",
            [("TMB", SIG, N, {"value": "3 mut/Mb"})],
        ),
        (
            "Tumour mutational burden 7 mut/Mb - low. Threshold for elevated TMB: 16 mut/Mb.\n",
            [("TMB", SIG, N, {"value": "7 mut/Mb"})],
        ),
    ],
    # vus_rows_with_a_comment: under a heading of variants of unknown significance, a row's
    # comment after its share, and the comment wrapped onto the next line, keep the table going.
    "vus_rows_with_a_comment": [
        (
            "Variants of uncertain significance (Tier III) - not for treatment decisions\n"
            "Gene     cDNA          Protein        VAF    Comment\n"
            "CHEK2    c.1283C>T     p.Ser428Phe    48%    likely constitutional;\n"
            "                                              confirm in blood\n"
            "ERBB2    c.2524G>A     p.Val842Ile    6%     somatic, uncertain effect\n",
            [],
        ),
        (
            "VUS (not actionable)\n"
            "ATM   p.Asp1853Asn   50.2%   reported as benign by some sources,\n"
            "   conflicting evidence\n"
            "BRCA2   p.Asn372His   49%   common in population databases\n",
            [],
        ),
    ],
    # class_labelled_item_lines: under a list's lead, a line may first name the kind of change
    # its genes were tested for; that kind is theirs.
    "class_labelled_item_lines": [
        (
            "Genes analysed with no reportable alteration found in this tumour:\n"
            "  Short variants:   NRAS   PIK3CA\n"
            "  Rearrangements:   ALK   ROS1\n",
            [
                ("NRAS", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            "No reportable alterations were identified in:\n"
            "- SNVs/indels: KRAS, BRAF\n"
            "- Copy number: MET, ERBB2\n",
            [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {}), ("MET", AMP, N, {}), ("HER2", AMP, N, {})],
        ),
    ],
    # tested_no_alteration_heading: 'Tested - no reportable alteration' heads its list.
    "tested_no_alteration_heading": [
        (
            "TESTED - NO REPORTABLE ALTERATION\nEGFR, ERBB2, NTRK1-3 fusions, RET fusions\n",
            [("EGFR", MUT, N, {}), ("HER2", MUT, N, {}), ("NTRK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Genes sequenced, no pathogenic variants detected:\nBRCA1  BRCA2\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
    ],
    # clinical_trials_section: a section of clinical trials describes whom they enrol.
    "clinical_trials_section": [
        (
            "BRAF V600E detected (VAF 31%).\n\n"
            "CLINICAL TRIALS (by genomic match)\n"
            "Phase II   MSI-high solid tumours, checkpoint inhibitor\n"
            "Phase I    HER2-amplified tumours (not matched)\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "Potential clinical trials:\nKRAS G12C-mutant colorectal cancer, phase I\n",
            [],
        ),
    ],
    # section_heading_marks: a heading marked off as a text export draws it ('> ', '# '), or
    # numbered.
    "section_heading_marks": [
        ("> METHODS\nEGFR exons 18 to 21 by PCR; KRAS codons 12/13.\n", []),
        ("# LIMITATIONS\nA BRAF variant below 5% may be missed.\n", []),
        ("3. METHODS\nHER2 by the 4B5 clone; ER and PR by SP1 and 1E2.\n", []),
    ],
    # therapy_section: a section of therapies states what a class of tumour may be given.
    "therapy_section": [
        (
            "TREATMENT CONSIDERATIONS (for the treating physician)\n"
            "  MSI-high: PD-1 inhibitors.\n"
            "  HER2-amplified (ISH ratio 2.0 or more): trastuzumab.\n",
            [],
        ),
        (
            "ER: positive (90%).\n\nTherapy implications:\nPR-negative tumours may benefit less.\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
    ],
    # key_value_pairs_on_a_line: on a line of two keys, the second key's value is read from its
    # own colon on, however far back the first key's words run ('(low; high is >= 10)').
    "key_value_pairs_on_a_line": [
        (
            "TMB: 2.2 mut/Mb (low; high is 10 or more)        MSI: stable\n",
            [("TMB", SIG, N, {"value": "2.2 mut/Mb"}), ("MSI", SIG, N, {})],
        ),
        (
            "Tumour mutational burden: 3 mut/Mb, low; high from 16    Microsatellite status: MSS\n",
            [("TMB", SIG, N, {"value": "3 mut/Mb"}), ("MSI", SIG, N, {})],
        ),
    ],
    # unstable_loci_of_a_large_panel: none or one of a hundred loci or more unstable is stable.
    "unstable_loci_of_a_large_panel": [
        ("Microsatellite status: stable (0 of 130 loci unstable)\n", [("MSI", SIG, N, {})]),
        ("MSI (NGS): 1/112 sites unstable\n", [("MSI", SIG, N, {})]),
    ],
    # cutoff_wrapped_in_its_bracket: a TMB line whose bracketed cut-off runs onto the next
    # line is read against that cut-off, as on one line.
    "cutoff_wrapped_in_its_bracket": [
        (
            "Tumour mutational burden: 21 mut/Mb (laboratory cut-off\n>= 10 mut/Mb)\n",
            [("TMB", SIG, P, {"value": "21 mut/Mb"})],
        ),
        (
            "TMB 6 Muts/Mb (threshold for high:\n10 Muts/Mb)\n",
            [("TMB", SIG, N, {"value": "6 mut/Mb"})],
        ),
    ],
    # percent_scale_after_a_comma: the share's scale after the name and a comma, then the bare
    # number ('..., percent of nuclei   0').
    "percent_scale_after_a_comma": [
        (
            "ER, % of tumour cells       100\nPR, % of tumour cells       0\n",
            [("ER", EXPR, P, {"percent": 100}), ("PR", EXPR, N, {"percent": 0})],
        ),
        ("Androgen receptor, percentage positive nuclei: 25\n", [("AR", EXPR, P, {"percent": 25})]),
    ],
    # share_under_a_stain_heading: a stain's name alone on its line over its lines of keys,
    # one of which names a share.
    "share_under_a_stain_heading": [
        (
            "Oestrogen receptor (6F11)\n  Clone validated: yes\n  Positive tumour nuclei (%): 60\n",
            [("ER", EXPR, P, {"percent": 60})],
        ),
        (
            "PR immunostain\nCells counted: 500\nStained cells, %: 0\n",
            [("PR", EXPR, N, {"percent": 0})],
        ),
    ],
    # section_over_a_page_break: a section that runs to its page's end (its footer set aside)
    # goes on at the top of the next page, up to the next heading.
    "section_over_a_page_break": [
        (
            "KRAS G12D detected (VAF 22%).\n\nTHERAPY ASSOCIATIONS\n"
            "KRAS G12D   trial agents only\nPage 1 of 2\f"
            "Report R-1 | Patient A\nMSI-High   pembrolizumab   not applicable\n\n"
            "MSI: stable\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("MSI", SIG, N, {})],
        ),
        (
            "BRAF: no mutation detected.\nPOTENTIAL THERAPIES\nNRAS Q61   MEK inhibitor trials\n"
            "Page 3 of 4\fAccession 26-001 | page 4 of 4\n"
            "TMB-High   pembrolizumab (tumour-agnostic)\nRESULTS:\nTMB: 4 mut/Mb (low)\n",
            [("BRAF", MUT, N, {}), ("TMB", SIG, N, {"value": "4 mut/Mb"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


def test_two_strokes_elsewhere_stay_a_blank() -> None:
    """Two strokes in the middle of a line with no other box are left as they are."""
    line = "Ki-67 index __ per cent of nuclei (to be completed)"
    assert bracketed_underline_boxes(line) == line
    assert bracketed_underline_boxes("__ Present   __ Absent") == "[] Present   [] Absent"
