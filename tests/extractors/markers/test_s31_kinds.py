"""Kinds of wording read by a general mechanism (thirty-first session), each in two wordings of
our own or more: a heading in capitals with a remark in brackets that starts with a capital
word, which ends the rows above it; an excluded section's heading as its page's last line;
a reference heading over rows of changes and the drugs they would call for; a codon after a
gene's name, which makes a share beside it the assay's limit; a clone in the bracket of a
result's row; a section's number before an excluded section's heading; a share that is the
assay's limit; a gene's symbol (TP53, ERBB2) with a sequencing verdict and no words of a
test; 'none detected' after a list of changes. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import EXPR, FUS, MUT, SIG, N, P, kind_tests

KINDS = {
    # capitals_heading_with_a_remark: a heading in capitals whose remark in brackets starts
    # with a capitalised word ends the row above it; a wild-type word under it is no result
    # of that row's marker.
    "capitals_heading_with_a_remark": [
        (
            "Stain    Clone    Result\nPMS2     A16-4    Intact\n"
            "MOLECULAR SUBGROUP (Two-step scheme)\nPOLE wild type, so the subgroup rests on p53\n",
            [("PMS2", EXPR, P, {})],
        ),
        (
            "MLH1 ......... lost\nINTEGRATED CLASSIFICATION (Provisional)\nPOLE not mutated.\n",
            [("MLH1", EXPR, N, {})],
        ),
    ],
    # heading_ends_a_page: an excluded section's heading alone on its page's last line (the
    # footer set aside) goes on over the rows at the top of the next page.
    "heading_ends_a_page": [
        (
            "NRAS: no mutation detected.\nTHERAPY ASSOCIATIONS\nPage 1 of 2\f"
            "Report R-7 | Patient B\nBRAF V600E   encorafenib + cetuximab\n"
            "MSI-High   pembrolizumab\n",
            [("NRAS", MUT, N, {})],
        ),
        (
            "ER: positive (95%).\nPOTENTIAL THERAPIES (for information)\npage 2 of 3\f"
            "Lab no. 26-114   page 3 of 3\nHER2 3+   trastuzumab deruxtecan\n",
            [("ER", EXPR, P, {"percent": 95})],
        ),
    ],
    # reference_heading: a heading of targets, agents or drugs, or one remarked as for
    # reference only or no recommendation, heads rows of what a change would call for, not
    # the changes found.
    "reference_heading": [
        (
            "MSI: stable (MSS).\nDRUGS AND THEIR TARGETS\nBRAF V600E   dabrafenib + trametinib\n"
            "MSI-high   pembrolizumab\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "KRAS G12D detected (VAF 9%).\nAgents by biomarker (reference only)\n"
            "EGFR L858R   osimertinib\nALK fusion   alectinib\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
    # codon_after_name: a codon or hotspot after the gene's name ('V600', 'codon 12') names
    # what was looked for, a mutation; a share in brackets beside it is the assay's limit.
    "codon_after_name": [
        ("BRAF V600 ......... not detected   [0.5%]\n", [("BRAF", MUT, N, {})]),
        (
            "ALK F1174   not detected   [1%]\nEGFR G719 ...... not detected [2%]\n",
            [("ALK", MUT, N, {}), ("EGFR", MUT, N, {})],
        ),
    ],
    # clone_in_the_rows_bracket: a clone named inside the bracket after the marker, with the
    # verdict after the bracket, is the row's remark, not a sentence of methods.
    "clone_in_the_rows_bracket": [
        (
            "Mesothelin (IHC, clone MN-1 research grade)  POSITIVE  60% of tumour cells\n",
            [("Mesothelin", EXPR, P, {"percent": 60})],
        ),
        (
            "GD2 (immunofluorescence, clone 14G2a on frozen tissue): negative\n",
            [("GD2", EXPR, N, {})],
        ),
    ],
    # numbered_section_heading: 'SECTION 6 - ' or 'Part B: ' before a heading of therapies
    # is the section's number; the heading still opens an excluded section.
    "numbered_section_heading": [
        (
            "KRAS G12D detected.\nSECTION 6 - TREATMENT AND CLINICAL TRIALS (for information)\n"
            "  KRAS G12C  sotorasib\n  BRAF V600E   encorafenib\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        (
            "MSI: stable\nPart B: THERAPY OPTIONS\nMSI-high   pembrolizumab\n",
            [("MSI", SIG, N, {})],
        ),
    ],
    # share_of_an_assays_limit: a share after 'LoD', 'limit of detection' or 'sensitivity'
    # is the assay's limit; it makes no stain of a gene that has one (BRAF, ALK).
    "share_of_an_assays_limit": [
        ("BRAF ........ not detected (LoD 0.5%)\n", [("BRAF", MUT, N, {})]),
        ("ALK: not detected (limit of detection 1%)\n", [("ALK", FUS, N, {})]),
    ],
    # gene_symbol_names_the_gene: 'TP53' or 'ERBB2' with a verdict and no words of a test
    # names the gene, whose result is a mutation; 'p53' and 'HER2' keep their stain.
    "gene_symbol_names_the_gene": [
        ("Genes without a reportable change:\n  TP53     not detected\n", [("TP53", MUT, N, {})]),
        (
            "ERBB2 ........ not detected (LoD 1%)\nHER2 (4B5): negative, score 1+\n",
            [("HER2", MUT, N, {}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # none_found_after_the_changes: the changes looked for, in brackets, then 'none
    # detected' or 'none were identified': no change of them is a finding.
    "none_found_after_the_changes": [
        ("ALK resistance mutations (G1202R, L1196M): none detected\n", [("ALK", MUT, N, {})]),
        (
            "EGFR secondary changes (T790M / C797S) - none were identified.\n",
            [("EGFR", MUT, N, {})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
