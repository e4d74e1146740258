"""Reads what a page says about each marker mention: status, aspect, values, context."""

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain, pairwise

from spacy.tokens import Doc

from extractors.markers.alterations import normalise_alteration
from extractors.markers.bare_receptor_lines import bare_name_findings
from extractors.markers.checklist_blocks import (
    CELLS_LABEL,
    TICKED,
    BlockAnswer,
    answers_above_names,
)
from extractors.markers.context import DRAWN_ANSWER, DRAWN_RESULT_KEY, SCORE_SCALE
from extractors.markers.context_rules import ExclusionReason
from extractors.markers.contrasted_changes import (
    changes_denied_after_their_list,
    contrasted_changes,
)
from extractors.markers.gene_cells import aspect_of_noun
from extractors.markers.gene_symbols import category_above, gene_line, other_gene
from extractors.markers.lagging_values import lagging_findings
from extractors.markers.line_bounds import ITEM_NUMBER, end_of_line, start_of_line
from extractors.markers.marker_columns import marker_column_findings
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.other_specimen import quoted_other_specimens
from extractors.markers.pdl1_scores import read_score_above, score_findings
from extractors.markers.respectively import pair_respectively
from extractors.markers.rules import MarkerRules, rules_by_marker
from extractors.markers.same_as_before import same_as_before
from extractors.markers.side_by_side import block_findings
from extractors.markers.soft_breaks import SoftBreaks
from extractors.markers.spans import Cue, Finding, Mention, Region, StartIndex
from extractors.markers.specimen_columns import column_findings
from extractors.markers.specimen_rows import specimen_row_findings
from extractors.markers.stain_tables import stain_table_row
from extractors.markers.trailing_kinds import GENOMIC, bare_name, kind_after_list, loss_after_list
from extractors.markers.units import DETECTION_LIMIT_WORDS, UnitReading, read_units
from extractors.markers.values import RATIO_WORD, StatedValues, read_values, status_from_values
from extractors.markers.variant_tables import ROW_BULLETS, ROW_VARIANT, marker_named
from schemas.markers import Aspect, IHCScore, Marker, Status

_WINDOW_LIMIT = 250
_SHORT_LEAD = 12
_PRE_CUE_REACH = 200
_SUBJECT_REACH = 600
_LIST_JOIN = re.compile(r"[\s,/&+\d]*(?:(?:and|or)\b)?[\s,/]*", re.IGNORECASE)
# A number of the name's own before the next name: 'ER 8 / PR 0 / HER2', 'PR 0/8, HER2 3+'.
_VALUE_BETWEEN = re.compile(r"[ \t:]+\d{1,3}(?:[ \t]*/[ \t]*8)?[ \t]*[/,;][ \t]*")
# A gene that no rule names, standing in a list of markers between commas: 'NTRK3, NRG1, ALK'.
_LISTED_OTHER_GENE = re.compile(r"(?<=[,\s])(?-i:[A-Z]{2,}[A-Z0-9\-]*)(?=\s*,)")
# ('no', 'without', 'absence of', and each with 'evidence of', 'signs of', 'indication of' after it)
_NEGATOR_BEFORE = compile_tolerant(
    r"(?:\bno|\bnot(?:\s+for)?|\bnon|\bwithout|(?<!in\sthe\s)\babsence\s+of"
    r"|\bneither|\bnor"
    # none_of_the_named: 'None of the above NRAS or BRAF mutations were detected', 'none of
    # these EGFR variants was found'
    r"|\bnone\s+of(?:\s+(?:the|these|those))?(?:\s+(?:above|listed|following|tested))?)"
    r"(?:\s+(?:any\s+)?(?:evidence|signs?|indications?)\s+of)?"
    r"[\s\-]*(?:(?:the|an?)\s+)?"
    # denied_list_led_by_other_genes: 'No pathogenic POLE, PIK3CA or KRAS variants', 'no
    # reportable ARID1A, KRAS ... alterations': a class of variant, and genes no rule names,
    # before the name in the denied list
    r"(?:(?:(?:likely\s+)?pathogenic|reportable|actionable|oncogenic|clinically\s+significant)\s+)?"
    r"(?:(?<=\s)(?-i:[A-Z][A-Z0-9]{1,9})[ \t]*,[ \t]*){0,4}"
    r"(?:(?-i:[A-Z][A-Z0-9]{1,9})[ \t]*(?:::|/)[ \t]*)?$",  # a fusion's first partner: 'no ETV6::'
    re.IGNORECASE,
)
# negator_denies_a_treatment: a noun of treatment or of a cut-off right after the name is what
# a negator before it denies ('no PIK3CA-directed therapy', 'no BRAF inhibitor', 'no TMB
# cut-off'), not the marker's result.
_TREATMENT_AFTER_NAME = re.compile(
    r"[ \t]*-?[ \t]*(?:(?:targeted|directed|based|specific|matched)[ \t]+)?"
    r"(?:therap(?:y|ies)|treatments?|drugs?|agents?|inhibitors?|cut[\s\-]?offs?|thresholds?"
    r"|trials?)\b",
    re.IGNORECASE,
)
_ABERRANT_DENIED_BEFORE = compile_tolerant(
    r"(?:\bno|\bwithout)(?:\s+(?:evidence|signs?|indications?)\s+of)?\s+"
    r"(?:aberrant|abnormal)\s+$",
    re.IGNORECASE,
)
_VERDICT = re.compile(r"n[eo]gat\s?[il1]\s?ve|p[o0]s[il1]t[il1]ve|equivocal", re.IGNORECASE)
# What may follow a marker's name before its result on the next line: 'HER2 assay:'.
_HEADING_LEAD = re.compile(r"[ \t\w\-/()]*[:.]?[ \t]*")
# 'HER2 status: negative' is the combined verdict of its tests, not a test's result.
# A combined status ('HER2 status: negative'), but not one its test names ('HER2 status by IHC').
_COMBINED_STATUS = re.compile(
    r"[\s\-:]*(?:overall\s+|gene\s+)?status\b"
    r"(?![ \t]+(?:by|on|via|using|per|with)[ \t]+(?:IHC|immuno\w*|FISH|[CSD]?ISH|in[ \t]+situ))",
    re.IGNORECASE,
)
# Between two names of one marker that are one mention: brackets, or a short value.
_GOVERNS = re.compile(
    r"(?:for|of|with|the|in|express|expresses|lacks?|lacking|lacked"
    r"|show|demonstrate|exhibit|display|reveal|have|any)$",
    re.IGNORECASE,
)
_TEST_NOUN = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:rearrangements?|mutations?|amplification|fusions?|translocations?"
    r"|(?:over)?expression|staining|variants?)\b",
    re.IGNORECASE,
)
# Words between a name and its result that say nothing of it, also a checklist's note of the
# specimen tested: 'PR. Performed on another specimen -. No immunoreactive tumour cells'.
_FILLER = re.compile(
    r"\b(?:is|are|was|were|as|considered|reported|results?|status)\b"
    # 'interpreted', also as OCR misreads its middle ('INTERPRITED', 'INTERFRETED')
    r"|\binter\w{2,4}?ted\b"
    r"|\bperformed\s+on\s+(?:this|another|the\s+\w+|a\s+\w+)\s+(?:specimen|biopsy|block|sample)\b",
    re.IGNORECASE,
)
# A status word as a key whose value denies it: 'MSI-High: NOT DETECTED', 'TMB-High - No'.
# A cut-off in brackets may stand between: 'TMB-High (>= 10 Muts/Mb)   Not Detected'.
# class_key_with_a_leader: a run of dots may part key and value, as a colon does:
# 'MSI-High ........ NOT DETECTED', 'TMB-High .... absent'.
# A text export's bar parts its cells as a colon does: 'MSI-High | NOT DETECTED'.
_KEY_SEPARATOR = r"[ \t]*+(?:[:\-–|]|\.[ \t]*+\.[ \t.]*+)?[ \t]*+"
# What stands between a status word as a key and its value: a cut-off in brackets, 'status',
# the separator.
_TO_KEY_VALUE = r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:status[ \t]*)?" + _KEY_SEPARATOR
_NEGATED_VALUE = compile_tolerant(
    _TO_KEY_VALUE + r"(?:not\s+(?:detected|identified|present|found|seen)|negative|absent|no\b)",
    re.IGNORECASE,
)
# uncalled_status_key: a status word as a key whose value says nothing was called: 'MSI-High |
# not evaluated (ctDNA fraction under 1%)', 'TMB-High: not assessable', 'MSI-H ..... failed'.
_UNCALLED_VALUE = compile_tolerant(
    _TO_KEY_VALUE
    + r"(?:not[ \t]+(?:evaluated|evaluable|assessed|assessable|reported|determined|performed"
    r"|tested)|failed|insufficient|indeterminate|pending|cannot[ \t]+be[ \t]+(?:determined"
    r"|assessed|evaluated))\b",
    re.IGNORECASE,
)
# A lone word after a ';' that ends its line: 'TMB: 15 mut/Mb; High'.
_LONE_WORD_AFTER_SEMICOLON = re.compile(r";[ \t]*[A-Za-z][\w\-]{1,20}[ \t.]*(?=\n|$)")
_TICKED_BOX = re.compile(r"[(\[{]\s*[xX✓✔]\s*[)\]}]")
_SAME_NAME_GAP = re.compile(
    r"[\s(\-/]*|[ \t]*:?[ \t]*[\d.,<>]+\s*[\w/%]{0,12}[ \t]*\(", re.IGNORECASE
)
# A legend's label ('Key to interpretation:', 'Guide to results:') heads no result.
_SUBJECTLESS = re.compile(
    r"^.{0,30}?(?<![A-Za-z])(?<!\bto\s)(?:RESULTS?|INTERPRETATION|FINDINGS?)\s*(?::|\.{4,})"
    # a form's key in a column of its own, its colon not drawn, the tick of a drawn box before
    # the answer: 'Result  X Positive', 'Result  X Not detected' (drawn_empty_boxes; without
    # the tick, 'Result positive' in running text lowered a held-out half's precision)
    rf"|^\W{{0,3}}(?={DRAWN_ANSWER})"
    r"|^\W{0,3}(?:positive|negative|equivocal)\s+(?:reaction|staining|result)"
    r"|^\W{0,3}score\s*[=:]\s*[0-3]\s?\+"
    # (a form's score key in its own column, the tick of a drawn box before its step: 'Score
    # X 2+', drawn_empty_boxes)
    r"|^\W{0,3}score[ \t]+x[ \t]+[0-3]\+"
    # the tumour's staining told in a sentence of its own that ends in its score, after the
    # sentence that names the stain (tumour_staining_scored_after_the_stain_named)
    r"|^\W{0,3}(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:carcinoma|tumou?r|neoplasm)(?:\s+cells)?\s+"
    r"(?:shows?|showed|displays?|demonstrates?|exhibits?|has)\b[^.;]{0,160}?[,;]?\s*"
    r"(?:and\s+)?(?:is\s+|was\s+)?scored(?:\s+as)?\s*[0-3]\s?\+(?!\s*(?:for|with|by)\b)"
    # or its intensity on the scale, in the sentence after the one naming the stain
    # (tumour_intensity_on_the_scale): 'The staining intensity of this tumour was 0 on a scale
    # of 0-3', 'Intensity of the carcinoma's staining: 2 on the 0 to 3 scale'
    r"|^\W{0,3}(?:the\s+)?(?:staining\s+|membrane\s+)?intensity\s+of\s+(?:the\s+|this\s+)?"
    r"(?:carcinoma|tumou?r|neoplasm)(?:['’]s\s+staining)?(?:\s+cells)?\s*(?:was|is|:)\s*[0-3]"
    r"\s*\+?\s+on\s+(?:a|the)\s+(?:0\s*(?:-|–|to)\s*3\s*\+?\s+)?scale\b",
    re.IGNORECASE | re.DOTALL,
)
# The stain and the in situ hybridisations, the methods whose names a result may touch.
_STAIN_OR_ISH = r"IHC|FISH|ISH|CISH|SISH|DISH"
# '- Satellite #2: (IHC): negative (0 - 1+)': one specimen's item, its method in brackets.
_METHOD_ITEM = re.compile(
    rf"^\W{{0,3}}[A-Z][\w #.]{{0,25}}:\s*\(({_STAIN_OR_ISH}|PCR|NGS)\)\s*:",
    re.IGNORECASE,
)
# A cut-off named after a value, and words that make the value before it a bound.
_CUTOFF_WORD = re.compile(r"cut[\s\-]?off|threshold", re.IGNORECASE)
_BOUND_WORDS = re.compile(
    r"\bor\s+(?:more|greater|higher|above|less|lower|below|over|under)\b|\bat\s+least\b",
    re.IGNORECASE,
)
# Between a request and the first name it asks for: 'obtain ER', 'please do an ER and PR'.
_REQUEST_GAP = re.compile(r"[ \t]*(?:(?:an?|the)[ \t]+)?", re.IGNORECASE)
# 'FISH: Not amplified (1.3)': a method as the key of a result whose marker was named before.
_METHOD_KEY = re.compile(
    rf"^\W{{0,3}}(?:by\s+)?({_STAIN_OR_ISH})(?:\s+(?:results?|analysis|assay))?"
    r"[ \t]*[:\-–][ \t]*",
    re.IGNORECASE,
)
# A stain and its score in a unit of their own, the marker named above: 'IHC 2+ on this
# block', 'Concurrent IHC on block A4 was 1+'.
_METHOD_SCORE = re.compile(
    r"(?<![A-Za-z])(IHC)(?![A-Za-z])[^\n;]{0,30}?(?<![\d.])[0-3]\s?\+(?![\d%])", re.IGNORECASE
)
# One part's result after another's, the marker named once: 'PR: A - positive; B - negative'.
# specimen_items_under_a_heading: the part may be named with its noun and a number ('Specimen
# 2:  CPS <1', 'Block A3 - 1+') and led to its value by dots ('Part B ........ 1+').
_PART_ITEM = re.compile(
    r"^[ \t]{0,3}(?:(?i:part|specimen|block|sample|focus|lesion|tumou?r)[ \t]++(?=[A-Z]?\d|[A-Z]\b)"
    r"|(?=[A-Z]\d?\b))([A-Z]?\d{0,2}[A-Z]?)[ \t]*+(?:[-–:]|\.{2,}+)[ \t]++(?=\S)"
)
# One specimen's result line after another's, the marker named once: 'Specimen 2 result: no
# mutation detected', 'Block B1 (node) interpretation: negative' (specimen_result_lines).
_SPECIMEN_RESULT = re.compile(
    r"^\W{0,3}(?:specimen|part|block|sample)[ \t]+([A-Z]?\d{0,2})(?:[ \t]*\([^()\n]{0,40}\))?"
    r"[ \t]+(?:results?|interpretation)[ \t]*:[ \t]*(?=\S)",
    re.IGNORECASE,
)
# A verdict that touches a method's name is that method's result: 'IHC 3+, FISH positive',
# 'negative (ratio 1.1) by FISH'.
_METHOD_BEFORE = re.compile(
    rf"\b({_STAIN_OR_ISH})(?:\s+(?:results?|analysis|assay|test(?:ing)?))?"
    r"[ \t]*[:\-–]?[ \t]*$",
    re.IGNORECASE,
)
_METHOD_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:by|on|with|using)\s+(?:dual[\s\-](?:probe|colou?r)\s+)?"
    rf"({_STAIN_OR_ISH})\b",
    re.IGNORECASE,
)
# A test named right before the words that say it is still to come: 'FISH to follow'.
_LATER_TEST = re.compile(
    rf"\b(?:{_STAIN_OR_ISH}|NGS|PCR)(?:[ \t]+(?:testing|test|analysis|studies|study))?"
    r"[ \t]+(?:(?:is|are|has\s+been|have\s+been|will\s+be)[ \t]+)?$",
    re.IGNORECASE,
)
# A clause after the name's result that opens with a further test and runs, with no end of
# sentence, to pending words: ', reflex FISH results to follow', '; ISH has been requested and'.
_LATER_CLAUSE = re.compile(
    rf"(?:[,;\-–]|\band)[ \t]+(?:(?:a|an|the|reflex|confirmatory|further)[ \t]+)*"
    rf"(?:{_STAIN_OR_ISH})\b[^.;\n]{{0,60}}$",
    re.IGNORECASE,
)
_METHOD_ASPECT = {
    "IHC": Aspect.EXPRESSION,
    **{m: Aspect.AMPLIFICATION for m in ("FISH", "ISH", "CISH", "SISH", "DISH")},
    "PCR": Aspect.MUTATION,
    "NGS": Aspect.MUTATION,
}
# The specimen a result is of: its block or part named before it, or a tumour's or lesion's
# name alone on its line over its results ('Tumour 2 (left lobe)'; one that names its block
# is read by the block).
_SPECIMEN = re.compile(
    r"\bBlocks?\b(?:\s+Number)?\s*[:#]?\s*([A-Z]\d{0,3}|\d{1,2}[A-Z])\b|\b(?:Specimen|Part)\s+([A-Z])\b"
    r"|(?m:^[ \t]*(?![^\n]*\bblock)(?:tumou?r|lesion|nodule)[ \t]+(\d{1,2}|[A-Z])"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$)",
    re.IGNORECASE,
)
# A result line under a heading that names the marker: 'HER2 RESULTS. Interpretation: 2+',
# also with the test it reports on: 'Results of immunohistochemical staining:'.
_RESULT_LABEL = re.compile(
    r"(?<![A-Za-z])(?:RESULTS?|INTERPRETATION|FINDINGS?)"
    r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[\w\-]+(?:[ \t]+[\w\-]+){0,2}?)?[ \t]*:",
    re.IGNORECASE,
)
# A reference range's numbers ('Reference Range: Negative 0 - 1+') are not the result's.
_REFERENCE = re.compile(
    r"\b(?:reference|normal|expected)\s+(?:range|values?|intervals?)\b|\bref\.?\s*range\b",
    re.IGNORECASE,
)
# The word before a verdict that opens a clause of its own: ', with retained MSH2', 'shows intact'.
_CLAUSE_OPENER = re.compile(
    r"\b(?:with|and|but|while|whereas|although|though|shows?|showed|shown|showing"
    r"|demonstrat\w*|reveal\w*|exhibit\w*|display\w*|ha[sd]|have|having)[\s,]*$",
    re.IGNORECASE,
)
_ROW_FIRST_WORD = re.compile(rf"\n[{re.escape(ROW_BULLETS)}]*([A-Za-z0-9\-]+)(?=[ \t/])")
# A row's own result besides a variant: a stain's score, a share, a copy-number change, a
# verdict word ('HER2 IHC (4B5)  3+ (...)', 'ERBB2  Amplification (est. copy no. 22)', 'MSI
# microsatellite stable').
_ROW_OWN_RESULT = re.compile(
    r"(?<![\w+])[0-3]\+|\bamplifi\w*|\d[ \t]*%"
    r"|\b(?:(?:not[ \t]+)?detected|negative|positive|equivocal|(?:un)?stable|intact|retained"
    r"|lost|wild[ \t\-]?type)\b",
    re.IGNORECASE,
)
# Where a list item starts and ends, and the share of reads that may follow its variant.
_ITEM_OPENER = re.compile(r"(?:^|[:;,])[ \t]*$")
_ITEM_END = re.compile(r"[;,]")
_ONLY_A_SHARE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"  # the change spelled out: '(p.E746_A750del)'
    r"(?:,?[ \t]*\(?[ \t]*(?:(?:VAF|AF|MAF)[ \t:=]*)?\d{1,3}(?:\.\d+)?[ \t]*%[ \t]*\)?)?[ \t.]*"
)
_GENOMIC = (Aspect.MUTATION, Aspect.FUSION, Aspect.AMPLIFICATION)
# A card: a gene alone on its line, or after 'Gene:', then its 'Key: value' lines.
_CARD_HEAD = re.compile(r"[ \t]*(?:genes?[ \t]*:[ \t]*)?", re.IGNORECASE)
_CARD_LINES = 6
_NO_RESULT_CLASS = re.compile(
    r"[ \t]*(?:classification|interpretation|(?:clinical[ \t]+)?significance|tier|category)"
    r"[ \t]*:[ \t]*(?:variant[ \t]+of[ \t]+)?(?:likely[ \t]+benign|benign|VUS\b|uncertain"
    r"|unknown|tier[ \t]*(?:III|IV|3|4)\b|(?:III|IV)\b)",
    re.IGNORECASE,
)
_SHARE = re.compile(r"\d\s*%")
# Headings and labels that say the rows below were found, and those that say they were asked.
_FOUND_HEADING = re.compile(
    r"\b(?:detected|identified|found|findings?|results?|alterations?|variants?|mutations?"
    r"|actionable|positive)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"\b(?:request\w*|order\w*|indication|referral|reason|tested|covered|assess\w*"
    r"|analy[sz]\w*|panel|includ\w*)\b",
    re.IGNORECASE,
)
_FIRST_SYMBOL = re.compile(r"[A-Za-z0-9\-]+")
_HEADING_REACH = 8
_ARTICLE_GAP = re.compile(r"[\s\-]*(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording\s+to\b|\bas\s+per\b", re.IGNORECASE)
# 'the FDA-approved HercepTest': a name after 'approved' names the test kit, not a result.
_KIT_LEAD = re.compile(r"(?:FDA|CE)[\s\-]?(?:approved|cleared)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
# The page's mentions as read (names joined) and those a unit decided, for the fallback pass.
for _name in ("read_mentions", "owned_mentions", "excluded_mentions", "wrapped_exclusions"):
    Doc.set_extension(_name, default=None, force=True)
_RATIO_REACH = 400
_VALUES_TRAIL = 60
_CARRY_REACH = 250
_SUBJECTLESS_VALUES = 80
_RATIO_PHRASE = re.compile(
    rf"(?<!nucleus\s)(?<!nuclear\s){RATIO_WORD}\b.{{0,120}}?\d{{1,2}}\s?\.\d{{1,3}}"
    r"|centromere\s+of\s+chromosome\s+\d{1,2}\s+\w+\s+\d{1,2}\.\d"
    r"|(?:centromere|CEP\s?\d{1,2})\s+signals\s+(?:was|is|were)\s+(?:\w+\s+){0,3}\d{1,2}\.\d",
    re.IGNORECASE | re.DOTALL,
)


# A fusion panel named on its page ('RNA Fusion Panel', 'Fusion transcripts detected'), and the
# words of a page that also reads DNA variants ('SNVs', 'indels', 'copy number', 'DNA and RNA').
_FUSION_PANEL = re.compile(
    r"\bfusion[ \t]++(?:gene[ \t]++)?(?:panel|assay)\b|\bfusion[ \t]++transcripts?[ \t]++"
    r"(?:panel|assay|detected)\b",
    re.IGNORECASE,
)
_DNA_VARIANTS = re.compile(
    r"\b(?:SNVs?|indels?|single[ \t]++nucleotide|copy[ \t]++number|short[ \t]++variants?"
    r"|DNA[ \t]*+(?:and|\+|/|&)[ \t]*+RNA|variant[ \t]++allele|VAF)\b",
    re.IGNORECASE,
)


@dataclass
class _Reading:
    """The doc's marks, gathered once per page for the mention-by-mention decisions."""

    text: str
    mentions: list[Mention]
    cues: list[Cue]
    exclusions: list[Region]
    aspects: list[Region]
    flags: list[Region]
    breaks: list[tuple[int, str]]
    unchosen: list[Region] = field(default_factory=list)
    break_offsets: list[int] = field(default_factory=list)
    answers_above: dict[int, BlockAnswer] = field(default_factory=dict)
    excluded: set[int] = field(default_factory=set)  # names whose statement is no result
    wrapped: set[int] = field(default_factory=set)  # of them, by a sentence over line ends
    # by their starts, built on first use: a loop over every one for each name took time in
    # the square of a page's results (each index is of its own list, which a copy may change)
    _aspect_index: StartIndex | None = field(default=None, repr=False, compare=False)
    _cue_index: StartIndex | None = field(default=None, repr=False, compare=False)
    soft_breaks: SoftBreaks | None = field(default=None, repr=False, compare=False)
    _fusion_panel: bool | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.break_offsets = [offset for offset, _ in self.breaks]

    def fusion_panel(self) -> bool:
        """Whether the page is a fusion panel's that reads no DNA variants (fusion_panel_page)."""
        if self._fusion_panel is None:
            self._fusion_panel = bool(
                _FUSION_PANEL.search(self.text) and not _DNA_VARIANTS.search(self.text)
            )
        return self._fusion_panel

    def aspects_near(self, start: int, end: int) -> list[Region]:
        """The aspect words that may overlap [start, end), in the page's list order."""
        if self._aspect_index is None or not self._aspect_index.of(self.aspects):
            self._aspect_index = StartIndex(self.aspects)
        return [self.aspects[i] for i in self._aspect_index.near(start, end)]

    def cues_near(self, start: int, end: int) -> list[Cue]:
        """The cues that may overlap [start, end), in the page's list order."""
        if self._cue_index is None or not self._cue_index.of(self.cues):
            self._cue_index = StartIndex(self.cues)
        return [self.cues[i] for i in self._cue_index.near(start, end)]


# A symbol joined by a hyphen to the class its verdict names: 'IDH-wildtype', 'SDH-deficient',
# 'H3-mutant'; a test's word or a protein change so joined ('PCR-mutated', 'R132H-mutant') is
# no symbol.
_JOINED_SYMBOL = re.compile(r"(?<![\w\-])(?-i:[A-Z][A-Z0-9]{1,7})-$")
# The verdicts that name a class of tumour after its gene: 'IDH-wildtype', 'SMARCB1-deficient'.
_CLASS_VERDICT = re.compile(r"wild[ \t\-]?type|mutant|mutated|deficient|altered", re.IGNORECASE)
_TEST_SYMBOL = re.compile(
    r"(?:IHC|ISH|FISH|CISH|SISH|DISH|PCR|NGS|DNA|RNA|RT|[A-Z]\d{1,4}(?:[A-Z*]|del|ins|fs))-",
    re.IGNORECASE,
)


def _without_joined_verdicts(text: str, cues: list[Cue], mentions: list[Mention]) -> list[Cue]:
    """The cues less those joined by a hyphen to a symbol that names no marker of ours.

    verdict_joined_to_another_name: 'EGFR amplification ... support an IDH-wildtype
    glioblastoma' and 'BRAF V600E was seen in this SDH-deficient tumour' state IDH's and SDH's
    class, no result of a name nearby; 'KRAS-wildtype' (a name of ours) keeps its verdict.
    """
    kept = []
    for cue in cues:
        joined = _JOINED_SYMBOL.search(text, max(0, cue.start - 9), cue.start)
        if (
            joined is not None
            and _CLASS_VERDICT.match(text, cue.start)
            and not _TEST_SYMBOL.fullmatch(joined.group())
            and not any(m.start < cue.start and joined.start() < m.end for m in mentions)
            and not _restated_in_brackets(text, cue.end, mentions)
        ):
            continue
        kept.append(cue)
    return kept


_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,80})\)")


def _restated_in_brackets(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a bracket right after names a marker ('IDH-wildtype (IDH1 R132H negative)')."""
    bracket = _BRACKET_AFTER.match(text, end)
    return bracket is not None and any(
        bracket.start(1) <= m.start < bracket.end(1) for m in mentions
    )


def read_findings(doc: Doc) -> list[Finding]:
    """Every result the page states, one finding per mention that states one."""
    reading = _Reading(
        doc.text,
        _merged_mentions(
            doc.text,
            _chosen_mentions(doc._.marker_mentions, doc._.unchosen),
            [r for r in doc._.exclusions if r.label == "match:criteria"],
        ),
        doc._.status_cues,
        doc._.exclusions,
        doc._.aspect_words,
        doc._.flags,
        doc._.statements,
        doc._.unchosen,
    )
    reading.cues = _without_joined_verdicts(reading.text, reading.cues, reading.mentions)
    reading.answers_above = answers_above_names(reading.text, reading.mentions)
    rules = rules_by_marker()
    units = read_units(reading.text, reading.mentions, rules)
    _release_foreign_aspects(units, reading.mentions, rules)
    doc._.read_mentions, doc._.owned_mentions = reading.mentions, units.owned  # for the fallback
    doc._.excluded_mentions = reading.excluded  # filled as names are read
    doc._.wrapped_exclusions = reading.wrapped  # those silenced over a soft line end
    findings: dict[int, Finding | None] = {}
    seconds: list[Finding] = []
    for index in reversed(range(len(reading.mentions))):
        if index in units.owned:
            findings[index] = None
            continue
        findings[index] = first = _read_mention(reading, rules, index, findings)
        second = _other_aspect(reading, rules, index, first) if first else None
        if second:
            seconds.append(second)
    _carry_values(reading, findings)
    columns = column_findings(
        reading.text, reading.mentions, findings, _read_cell, units.owned, reading.excluded
    )
    columns.update(block_findings(reading.text, reading.mentions, findings, _read_cell))
    columns.update(specimen_row_findings(reading.text, reading.mentions, _read_cell))
    columns.update(
        score_findings(
            reading.text, reading.mentions, findings, _read_cell, units.owned | reading.excluded
        )
    )
    columns.update(lagging_findings(reading.text, reading.mentions, findings, _read_cell))
    found = [
        f
        for i, read in sorted(findings.items())
        for f in columns.get(i, [read] if read is not None else [])
    ] + seconds[::-1]
    answered = {i for i, f in findings.items() if f is not None} | units.owned
    found += _subjectless_findings(reading, rules, answered)
    found += bare_name_findings(reading.text, reading.mentions, _read_cell)
    columned, headers = marker_column_findings(reading.text, reading.mentions, _read_cell)
    if headers:  # a header's names are no results of their own
        found = [f for f in found if not any(a <= f.start < b for a, b in headers)] + columned
    # a unit's finding (a variant's row, a listed negative) is of the specimen named above it
    units.findings = _outside_excluded_sections(units.findings, reading.exclusions)
    for unit_finding in units.findings:
        if unit_finding.specimen is None:
            unit_finding.specimen = _specimen(reading.text, unit_finding.start)
    found = _verdicts_over_inferred(found + units.findings)
    found = pair_respectively(
        reading.text, reading.mentions, reading.cues, reading.break_offsets, found
    )
    found = contrasted_changes(reading.text, reading.mentions, found)
    found = changes_denied_after_their_list(reading.text, found)
    found = same_as_before(reading.text, reading.mentions, found, reading.excluded | units.owned)
    _fusions_of_a_fusion_panel(reading, found, rules)
    return quoted_other_specimens(reading.text, found)


def _fusions_of_a_fusion_panel(
    reading: _Reading, found: list[Finding], rules: dict[Marker, MarkerRules]
) -> None:
    """A gene's bare verdict on a fusion panel's page is of its fusion (fusion_panel_page).

    'RNA Fusion Panel' over 'BRAF  Not detected  NTRK1  Not detected': a panel that reads no DNA
    variants looked for the gene's rearrangement; a finding that names a change or a mutation's
    word ('BRAF V600E', 'no EGFR mutation') keeps its aspect.
    """
    if not reading.fusion_panel():
        return
    for finding in found:
        if (
            finding.aspect is Aspect.MUTATION
            and Aspect.FUSION in rules[finding.marker].aspects
            and finding.alteration is None
            and _of_a_fusion_panel(reading, rules, finding.start, finding.end)
        ):
            finding.aspect = Aspect.FUSION


def _of_a_fusion_panel(
    reading: _Reading, rules: dict[Marker, MarkerRules], start: int, end: int
) -> bool:
    """Whether words at [start, end) are a fusion panel's, with no word of a DNA variant.

    On the panel's page, the words of their own line within their statement (a grid's rows run
    on with no stop) name no mutation and no gene that never fuses ('EGFR, KRAS and BRAF
    negative' quotes an earlier DNA test).
    """
    if not reading.fusion_panel():
        return False
    low, high = _statement(reading, start, end)
    low = min(max(low, start_of_line(reading.text, start)), start)
    high = max(min(high, end_of_line(reading.text, end)), end)
    if any(
        r.label == Aspect.MUTATION.value and low <= r.start < high
        for r in reading.aspects_near(low, high)
    ):
        return False
    return not any(
        low <= m.start < high and Aspect.FUSION not in rules[m.marker].aspects
        for m in reading.mentions
    )


def _read_cell(text: str) -> list[Finding]:
    """A table cell read with its row's name as a statement of its own ('PR: 0%')."""
    from extractors.markers.pipeline import marker_pipeline  # the pipeline's parts import this

    return read_findings(marker_pipeline()(text))


def _release_foreign_aspects(
    units: UnitReading, mentions: list[Mention], rules: dict[Marker, MarkerRules]
) -> None:
    """A unit's genomic finding for a marker that is no gene is dropped, its name read again.

    Two panels side by side join on one line ('Microsatellite status: MSS  KRAS p.G12D'): the
    variant after the signature's name is the other panel's gene's, not a mutation of MSI. A
    gene's aspect its rules do not list ('ALK amplification (CN 9)') stays a finding.
    """
    foreign = [
        f
        for f in units.findings
        if f.aspect in _GENOMIC and not set(_GENOMIC) & set(rules[f.marker].aspects)
    ]
    if not foreign:
        return
    starts = {f.start for f in foreign}
    units.findings = [f for f in units.findings if f not in foreign]
    units.owned -= {i for i, m in enumerate(mentions) if m.start in starts}


def _outside_excluded_sections(found: list[Finding], exclusions: list[Region]) -> list[Finding]:
    """The units' findings less those that start inside a section of no results.

    unit_rows_in_an_excluded_section: a therapy section's list ('Treatment context' / 'ALK
    (alectinib), ROS1 (crizotinib), BRAF V600E (dabrafenib)') holds genes and changes as rows
    and items do; the statement reader never reads names there, nor do the units.
    """
    sections = [r for r in exclusions if r.label.startswith("section:")]
    if not sections:
        return found
    return [f for f in found if not any(r.start <= f.start < r.end for r in sections)]


def _verdicts_over_inferred(found: list[Finding]) -> list[Finding]:
    """A status inferred from a percent yields to the verdict the page states for the marker.

    'staining for PR (20%) ... PR is interpreted as borderline': the report's verdict is the
    result, and the percent is its detail.
    """
    stated = {(f.marker, f.aspect, f.specimen, f.historical): f for f in found if not f.inferred}
    kept = []
    for finding in found:
        verdict = stated.get((finding.marker, finding.aspect, finding.specimen, finding.historical))
        if finding.inferred and verdict is not None and verdict.status is not finding.status:
            if verdict.values.percent is None:
                verdict.values.percent = finding.values.percent
            continue
        kept.append(finding)
    return kept


def _carry_values(reading: _Reading, findings: dict[int, "Finding | None"]) -> None:
    """'ER (0 20%; 1+ 30%...) HSCORE OF 150. ER IS POSITIVE': values said under the first name."""
    for index, finding in findings.items():
        if finding is None or index == 0 or findings.get(index - 1) is not None:
            continue
        before, here = reading.mentions[index - 1], reading.mentions[index]
        if before.marker != here.marker or here.start - before.end > _CARRY_REACH:
            continue
        if _inside_matched(reading, "criteria", before.start, before.end):
            continue  # a legend's bound ('ER positive: >= 1% of nuclei') is no value of a result
        carried = read_values(reading.text[before.end : here.start])
        for name in ("percent", "h_score", "allred_score", "ihc_score"):
            if getattr(finding.values, name) is None:
                setattr(finding.values, name, getattr(carried, name))
        finding.values.values = finding.values.values or carried.values


def _inside_matched(reading: _Reading, label: str, start: int, end: int) -> bool:
    """Whether start..end lies inside words a `match` exclusion of `label` matched.

    'criteria': a legend's own line, which names a marker but states no result of it;
    'background': 'R132H IHC: positive, indicative of an IDH-mutant glioma', where the mutation
    is what the stain suggests, no second result of the stain's name.
    """
    return any(
        r.label == f"match:{label}" and r.start <= start and end <= r.end
        for r in reading.exclusions
    )


def _chosen_mentions(mentions: list[Mention], unchosen: list[Region]) -> list[Mention]:
    """unticked_test_option: a name in an option whose box is left empty names no test done.

    'Tests: [x] KRAS  [ ] NRAS  [ ] BRAF' over 'Result: mutation detected': the result is
    KRAS's; NRAS and BRAF were offered by the form, not tested.
    """
    return [
        m
        for m in mentions
        if m.implied or not any(r.start <= m.start and m.end <= r.end for r in unchosen)
    ]


def _merged_mentions(text: str, mentions: list[Mention], criteria: list[Region]) -> list[Mention]:
    """Join 'estrogen receptor (ER)' or 'Tumor mutational burden: 12/Mb (TMB-high)' into one.

    A name inside a criterion's words joins no name before it: 'MSS   MSI-H at 0.20 or more'
    is a class and, apart, the cut-off of another class (class-at-its-cutoff).
    """
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        gap = text[last.end : mention.start] if last else ""
        if (
            last
            and last.marker == mention.marker
            and _SAME_NAME_GAP.fullmatch(gap)
            and not any(r.start <= mention.start and mention.end <= r.end for r in criteria)
        ):
            name_end = last.end if last.name_end is None else last.name_end  # the first name's
            merged[-1] = Mention(last.marker, last.start, mention.end, last.implied, name_end)
            continue
        if last and mention.implied and not last.implied and not gap.strip():
            if Aspect.MUTATION in rules_by_marker()[last.marker].aspects:
                continue  # 'ERBB2 exon 20 insertion': the class is the gene's before it
        merged.append(mention)
    return merged


def _window_end(reading: _Reading, index: int) -> int:
    mention = reading.mentions[index]
    limit = mention.end + _WINDOW_LIMIT
    if index + 1 < len(reading.mentions):
        limit = min(limit, reading.mentions[index + 1].start)
    limit = _other_gene_row(reading.text, mention.end, limit)
    # a name implied by its variant ('R132H') is a variant itself: 'R132H mutation; ATRX loss'
    variant_start = mention.start if mention.implied else mention.name_end
    limit = _other_gene_item(reading.text, mention.end, limit, variant_start)
    limit = _panel_grid_row(reading, mention, limit)
    # the breaks are in order: the first at or after the name's end found by bisection
    for at in range(bisect_left(reading.break_offsets, mention.end), len(reading.breaks)):
        offset, kind = reading.breaks[at]
        if offset >= limit:
            break
        if _inside_a_cue(reading, offset):
            continue  # a verdict broken over a line's end ('BOR-\nDERLINE') is one word
        cues = _post_cues(reading, mention.end, offset)
        lead = _words_besides(reading, mention.end, offset, [c for c in cues if c.weak])
        if _next_name_led(reading, offset, limit):
            return offset
        if kind == "hard" and not cues and _ends_a_header_row(reading.text, mention, offset):
            return offset
        if _verdict_after_semicolon(reading, offset, limit, cues):
            continue
        if (
            kind == "hard"
            and not cues
            and _heading_over_a_result_label(reading.text, mention, offset)
        ):
            continue
        if kind == "hard" and _verdict_under_a_colon_heading(reading, mention, offset, limit):
            continue
        if len(lead.strip()) >= _SHORT_LEAD or any(not c.weak for c in cues):
            return offset
        if kind == "hard" and not _HEADING_LEAD.fullmatch(lead):
            return offset
        if kind == "hard" and _sentence_ends_the_line(reading.text, mention, offset):
            return offset
    return limit


# The denial of overexpression that concludes a description: 'not overexpressed', 'no
# overexpression', 'without overexpression'.
_OVEREXPRESSION_DENIED = re.compile(
    r"(?:not|no|without)\s+(?:(?:significant|abnormal|aberrant)\s+)?over-?express\w*",
    re.IGNORECASE,
)


def _overexpression_denied_after(reading: _Reading, strong: list[Cue]) -> Cue | None:
    """The denial of overexpression after a positive word of the same statement, which it rules.

    'p53: rare weakly positive nuclei (<5%), not overexpressed': the positive nuclei are the
    description, the denial its conclusion (description_then_denied_overexpression).
    """
    if len(strong) < 2 or strong[0].status is not Status.POSITIVE:
        return None
    for cue in strong[1:]:
        if cue.status is Status.NEGATIVE and _OVEREXPRESSION_DENIED.fullmatch(
            reading.text, cue.start, cue.end
        ):
            if any(strong[0].end <= b < cue.start for b, kind in reading.breaks if kind == "hard"):
                return None
            return cue
    return None


# name_ends_a_header_row: a row of column headings in capitals ('HRD STATUS  GENOMIC
# INSTABILITY SCORE  TUMOR BRCA1/BRCA2') over a row of their values ('POSITIVE  58  NOT
# DETECTED'): the name last of three or more headings is no heading of the verdict that leads
# the row below (that one is the first column's).
_HEADER_ROW_LEAD = re.compile(r"[ \t]*(?:[A-Z][A-Z0-9\-]*(?:[ \t]+|/)){3,}")
_HEADER_ROW_REST = re.compile(r"(?:/[A-Z][A-Z0-9\-]*)*[ \t]*")


def _ends_a_header_row(text: str, mention: Mention, offset: int) -> bool:
    """Whether the name ends a line of capitals headings that the line at `offset` ends."""
    if end_of_line(text, mention.end) != offset:
        return False
    if not _HEADER_ROW_REST.fullmatch(text, mention.end, offset):
        return False
    line_start = start_of_line(text, mention.start)
    return _HEADER_ROW_LEAD.fullmatch(text, line_start, mention.start) is not None


def _sentence_ends_the_line(text: str, mention: Mention, offset: int) -> bool:
    """Whether the name stands inside a sentence that ends with its line (sentence_ends_line).

    '... this pattern is consistent with a TP53 mutation.' over '- p16: strong positivity':
    a name within a sentence, its line ended by the sentence's full stop, is no heading of
    the lines below it, which state other stains' results.
    """
    line_start = start_of_line(text, mention.start)
    if not re.search(r"[A-Za-z]{2}", text[line_start : mention.start]):
        return False  # the name leads its line: it may head the lines below it
    return text[mention.end : offset].rstrip().endswith(".")


# answer_under_a_result_label: a test's heading, its method in brackets, then a result label
# alone on its line and the answer on the lines under it ('EGFR mutation analysis (PCR,
# exons 18-21)' / 'Result:' / '[X] Mutation detected').
_HEADING_REST = re.compile(r"(?:[ \t\w\-/,&+]|\bp\.|\([^()\n]{0,60}\))*")
_LONE_RESULT_LABEL = re.compile(
    r"[ \t]*(?:results?|interpretation|findings?|conclusion)[ \t]*:[ \t]*", re.IGNORECASE
)


def _heading_over_a_result_label(text: str, mention: Mention, offset: int) -> bool:
    """Whether the name's line is a heading and a lone result label ends at or follows `offset`.

    The window then runs on to the answer under the label, past the heading's and the
    label's line ends.
    """
    line_start = start_of_line(text, mention.start)
    if text[line_start : mention.start].strip():
        return False  # the name leads its heading
    lines = text[mention.end : offset].split("\n")
    if len(lines) > 2 or not _HEADING_REST.fullmatch(lines[0]):
        return False
    if len(lines) == 2:
        return _labelled_answer(lines[1])
    return _labelled_answer(text[offset + 1 : end_of_line(text, offset + 1)])


# heading_over_a_labelled_answer: under a test's heading ('NRAS exons 2-4 (pyrosequencing)'),
# a line that opens with a result's label gives the heading's answer, alone or after it
# ('Status: wild-type', 'Outcome --> no variant', 'Call: not detected', 'Verdict: negative',
# 'Conclusion - mutation detected: ...'); the heading may name its gene's change ('BRAF
# p.V600E (real-time PCR)') and join its exons with '&'.
_RESULT_LABEL_LEAD = re.compile(
    r"[ \t]*+(?:(?:final|overall)[ \t]++)?(?:results?|interpretation|findings?|conclusion"
    r"|outcome|status|call|verdict|impression|answer|determination)[ \t]*+"
    r"(?::|-+>|=>|\u2192|[\-\u2013\u2014](?=[ \t]))"
    r"[ \t]*+",
    re.IGNORECASE,
)


def _labelled_answer(line: str) -> bool:
    """Whether a line is a lone result label, or a result label with a short answer after it."""
    if _LONE_RESULT_LABEL.fullmatch(line):
        return True
    label = _RESULT_LABEL_LEAD.match(line)
    if label is None or _names_another_gene(line[label.end() :]):
        return False  # 'Result: SMAD4 loss' is that gene's answer
    return 0 < len(line[label.end() :].strip()) <= 60


# verdict_under_a_colon_heading: a test's heading that ends in a colon, the name in it with its
# scope or method ('KRAS (codons 12, 13 and 61), Sanger sequencing:') or in a list of genes
# ('HRR genes (BRCA1, BRCA2, ATM):'), and the verdict leading the line below it
# ('Mutation detected: c.35G>A (p.G12D)', 'no pathogenic variant identified').
# numbered_heading_over_its_verdict: the heading may be an item of a numbered list ('2. NRAS
# ANALYSIS (CODONS 12, 13 AND 61), BLOCK B2:' / 'NO MUTATION DETECTED.', '1. PIK3CA hotspot
# analysis, block A1:').
_COLON_HEADING_REST = re.compile(rf"(?:[ \t]*+{ITEM_NUMBER}[ \t]++)?[^\n.;]{{0,100}}:[ \t]*")
# Before the verdict on the line below, only words of the finding's kind or its change; the
# change may be spelled out, its codon or exon first and its coding change after the kind
# ('Codon 61 mutation c.182A>G (Q61R) detected', 'Exon 19 deletion (E746_A750del) found').
_VERDICT_LINE_LEAD = re.compile(
    r"[ \t\-•*]*(?:(?:(?:codon|exon)[ \t]+\d{1,4}[ \t]+)?"
    r"(?:(?:pathogenic|reportable|somatic|hotspot|gene|point|sequence)[ \t]+)?"
    r"(?:mutations?|variants?|alterations?|fusions?|rearrangements?|amplification|deletion"
    r"|insertion)[ \t]+(?:c\.[^\s()]{2,30}[ \t]+)?(?:\((?:p\.)?[A-Z][A-Za-z0-9_*]{2,20}\)[ \t]+)?"
    r"|(?:p\.)?[A-Z][a-z]{0,2}\d{1,4}[A-Z*][a-z]{0,2}[ \t]+)?",
    re.IGNORECASE,
)


def _verdict_under_a_colon_heading(
    reading: _Reading, mention: Mention, offset: int, limit: int
) -> bool:
    """Whether the name's line is a heading ending in a colon over a line its verdict leads.

    The heading states no verdict of its own; the line under it opens with one (a few words of
    its kind before it at most) and names no marker before it: the verdict is the heading's.
    """
    text = reading.text
    line_start = start_of_line(text, mention.start)
    if not _COLON_HEADING_REST.fullmatch(text, line_start, offset) or len(text) <= offset:
        return False
    if _strong_cues(reading, line_start, offset):
        return False
    next_start = text.find("\n", offset)
    if next_start == -1:
        return False
    next_start += 1
    next_end = end_of_line(text, next_start)
    cues = [c for c in _strong_cues(reading, next_start, min(next_end, limit))]
    if not cues or cues[0].direction == "before":
        return False
    if any(next_start <= m.start < next_end and not m.implied for m in reading.mentions):
        return False  # 'Loss of MLH1 and PMS2' under the heading: the line's own names
    lead = _VERDICT_LINE_LEAD.match(text, next_start, cues[0].start)
    return lead is not None and lead.end() == cues[0].start


def _other_gene_row(text: str, start: int, limit: int) -> int:
    """Where a result's row ends when the next line is the row of a gene no rule names.

    'TP53 R273H' / 'CDKN2A/B loss': the loss is the gene's below, not TP53's; 'HER2 IHC  3+' /
    'FGFR3  p.S249C detected': the change is FGFR3's; 'MSI  microsatellite stable' / 'MGMT
    promoter methylation  Not assessed': a row with its verdict ends at its line.
    """
    line_end = text.find("\n", start, limit)
    line_start = start_of_line(text, start)
    if line_end == -1 or not (
        ROW_VARIANT.search(text, line_start, line_end)
        or _ROW_OWN_RESULT.search(text, line_start, line_end)
    ):
        return limit
    word = _ROW_FIRST_WORD.match(text, line_end)
    if word and other_gene(word.group(1)) and not ROW_VARIANT.fullmatch(word.group(1)):
        return line_end
    return limit


_GRID_WORD = re.compile(r"[^\s,;]+")
_GRID_OTHER_GENES = 2


def _panel_grid_row(reading: _Reading, mention: Mention, limit: int) -> int:
    """Where a row of a panel's gene grid ends: a name there takes nothing from the next line.

    'STK11 TERT TP53 TSC1 TSC2 VHL' / 'Rearrangements are detected in ...': a line of gene
    symbols only, at least two of them genes that no rule names, lists what a panel covers.
    """
    text = reading.text
    line_start = start_of_line(text, mention.start)
    line_end = text.find("\n", mention.end, limit)
    if line_end == -1:
        return limit
    words = [w.rstrip(".:") for w in _GRID_WORD.findall(text, line_start, line_end)]
    if sum(other_gene(w) for w in words) < _GRID_OTHER_GENES:
        return limit
    return line_end if gene_line(text, line_start, line_end, reading.mentions) else limit


_NEXT_ITEM = re.compile(r"[,;][ \t]*([A-Z][A-Z0-9\-]{1,9})\b")


def _other_gene_item(text: str, start: int, limit: int, name_end: int | None = None) -> int:
    """Where a variant list's item ends when the next item is a gene no rule names.

    'TP53 R248Q, STK11 loss': the loss is STK11's, not TP53's; so is 'ATRX retained' after
    'IDH1 R132H -', whose variant is in the name, and 'ATRX lost' after 'IDH1 mutant,'
    (verdict_closes_its_item).
    """
    item = _NEXT_ITEM.search(text, start, limit)
    if item is None or not other_gene(item.group(1)) or ROW_VARIANT.fullmatch(item.group(1)):
        return limit
    # only the item of a gene with its variant or its verdict ('IDH1 mutant, ATRX lost':
    # the loss is ATRX's): 'ER, CK7 and GATA3: positive' is one list
    own = text[start if name_end is None else name_end : item.start()]
    return item.start() if normalise_alteration(own) or _ITEM_VERDICT.search(own) else limit


# A verdict that closes a gene's own item: 'IDH1 mutant,', 'BRAF wild type,'.
_ITEM_VERDICT = re.compile(
    r"\b(?:mutant|mutated|wild[ \t\-]?type|positive|negative|retained|lost|intact|amplified"
    r"|non-?amplified|detected|deficient|proficient)\b",
    re.IGNORECASE,
)


def _verdict_after_semicolon(
    reading: _Reading, offset: int, limit: int, cues_before: list[Cue]
) -> bool:
    """Whether a bare verdict after a ';' closes the name's list of values.

    'HER2 FISH: ratio 2.6, mean copy number 6.1; AMPLIFIED' and 'MET: MET/CEP7 2.4;
    not amplified' give the key's numbers, then its verdict, as one value list.
    """
    if reading.text[offset] != ";" or any(not c.weak for c in cues_before):
        return False
    following = bisect_left(reading.break_offsets, offset + 1)
    end = limit
    if following < len(reading.break_offsets):
        end = min(end, reading.break_offsets[following])
    cues = [c for c in _post_cues(reading, offset + 1, end) if not c.weak]
    if not cues:
        return False
    rest = _BRACKETED.sub("", _words_besides(reading, offset + 1, end, cues))
    # measures_then_verdict_after_semicolon: the clause may give more of the key's measures
    # before its verdict ('; mean MET 6.2 copies - AMPLIFIED', '; 5.8 signals/nucleus:
    # amplified'): numbers and words of measure only, with no other name or word.
    if _MEASURE_WORDS.fullmatch(rest):
        return True
    return not rest.strip(" \t\n.,)")  # 'copy number 4.1 (below the cut-off; not amplified)'


# A clause of measures only: numbers, signs and the words of a count or ratio, and the probed
# gene's symbol ('mean MET 6.2 copies', 'HER2 5.8 signals/nucleus', 'ratio 2.4 -').
_MEASURE_WORDS = re.compile(
    r"(?:[\s\-\u2013/:=,.;%()<>]++|\d++(?:\.\d++)?+"
    r"|(?:mean|average|copy|copies|number|signals?|per|cells?|nucle(?:us|i)|ratio|HER2|ERBB2"
    r"|MET|CEP\d*+|CEN\d*+|D7Z1)\b)*+",
    re.IGNORECASE,
)


# A note in brackets after a verdict: 'AMPLIFIED (ASCO/CAP group 1)'.
_BRACKETED = re.compile(r"\([^()\n]{0,60}\)")


def _next_name_led(reading: _Reading, offset: int, limit: int) -> bool:
    """'MSH6; loss of MLH1': after a ';' a verdict running into the next name is that name's."""
    if reading.text[offset] != ";" or not any(m.start == limit for m in reading.mentions):
        return False
    cues = _strong_cues(reading, offset + 1, limit)
    if not cues or cues[-1].direction == "after":
        return False
    return _ARTICLE_GAP.fullmatch(reading.text, cues[-1].end, limit) is not None


def _words_besides(reading: _Reading, start: int, end: int, cues: list[Cue]) -> str:
    """The text from start to end without these cues' words and without filler words."""
    text = reading.text[start:end]
    for cue in cues:
        text = text.replace(reading.text[cue.start : cue.end], "")
    return _FILLER.sub("", text)


def _inside_a_cue(reading: _Reading, offset: int) -> bool:
    return any(c.start < offset < c.end for c in reading.cues_near(offset, offset))


def _values_end(reading: _Reading, index: int, end: int) -> int:
    """Values may trail the verdict a little ('Negative. 0 %'), never past the next marker."""
    limit = _past_unticked_options(reading, end, _past_layout_spaces(reading.text, end))
    if index + 1 < len(reading.mentions):
        limit = min(limit, reading.mentions[index + 1].start)
    blank = reading.text.find("\n\n", end, limit)
    limit = blank if blank != -1 else limit
    # a rule of dashes under a table's rows closes them: the text below is no value of theirs
    rule = _RULE_LINE.search(reading.text, end, limit)
    limit = max(end, rule.start() if rule else limit)
    # ratio_of_its_own_specimen: the line that opens another specimen's block ('Part B: liver
    # metastasis') closes this one's values
    heading = _SPECIMEN_LINE.search(reading.text, end, limit)
    return max(end, heading.start() if heading else limit)


_RULE_LINE = re.compile(r"\n[ \t]*[\-=_]{5,}[ \t]*(?=\n|$)")
_SPECIMEN_LINE = re.compile(
    r"\n[ \t]*+(?:specimen|part|block|sample)[ \t]++(?:[A-Z]\d{0,2}|\d{1,2}[A-Z]?)\b"
    r"[ \t]*+(?:[:\-–—(]|$)",
    re.IGNORECASE | re.MULTILINE,
)


# value_on_an_indented_line: a value wrapped onto the next line of a laid-out cell ('POSITIVE:
# stained tumour-' over a run of spaces, then 'infiltrating immune cells cover 2% of tumour
# area') is as near as its words: a run of spaces counts as one in the values' trail.
_SPACE_RUN = re.compile(r"[ \t]{2,}+")


def _past_layout_spaces(text: str, start: int) -> int:
    """Where the values' trail from start ends, each run of spaces in it counted as one."""
    position, budget = start, _VALUES_TRAIL
    for run in _SPACE_RUN.finditer(text, start, start + _VALUES_TRAIL * 20):
        if run.start() - position >= budget:
            break
        budget -= run.start() - position + 1
        position = run.end()
    return position + budget


def _past_unticked_options(reading: _Reading, start: int, limit: int) -> int:
    """The reach from start to limit, lengthened by the options left unticked inside it.

    value_under_unticked_options: a template's heading, its options all left empty ('o
    Negative (Score 0)  o Equivocal (Score 2+)'), then the line that states the value
    ('Score: 0'): the options are no words of the result, so they take none of its reach.
    """
    for region in reading.unchosen:
        if start <= region.start < limit:
            limit += region.end - region.start
    return limit


def _statement(reading: _Reading, start: int, end: int) -> tuple[int, int]:
    offsets = reading.break_offsets
    first_after = bisect_left(offsets, end)
    last_before = bisect_left(offsets, start) - 1
    low = offsets[last_before] + 1 if last_before >= 0 else 0
    high = offsets[first_after] if first_after < len(offsets) else len(reading.text)
    return low, high


def _excluded(reading: _Reading, mention: Mention, window_end: int) -> bool:
    stmt_start, stmt_end = _statement(reading, mention.start, mention.end)
    for region in reading.exclusions:
        scope = region.label.split(":", 1)[0]
        low, high = (stmt_start, stmt_end)
        if scope == "window":
            low, high = mention.start, window_end
        elif scope in ("section", "match"):
            low, high = mention.start, mention.end
        overlaps = region.start < high and region.end > low
        if not overlaps and not (
            region.label == "statement:background"
            and _EXPECTATION.search(reading.text, region.start, region.end) is not None
            and _one_sentence_over_soft_ends(reading, mention, region)
        ):
            continue
        if not _excused(reading, mention, region):
            if not overlaps:
                reading.wrapped.add(reading.mentions.index(mention))
            return True
    return False


# What a diagnosis would be expected to show: background that speaks of a whole sentence.
_EXPECTATION = re.compile(
    r"\b(?:would|expected|typically|usually|generally|may|might|could)\b", re.IGNORECASE
)
# How far apart a statement's exclusion and a name may stand across soft line ends.
_SENTENCE_REACH = 400


def _one_sentence_over_soft_ends(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether an exclusion and the name stand in one sentence the page's width broke.

    expectation_over_a_wrapped_sentence: 'THE DIFFERENTIAL IS SEROUS CARCINOMA, WHICH WOULD BE
    EXPECTED TO BE' / 'PAX8 AND USUALLY ER POSITIVE.', 'a metastasis from the breast would
    typically be' / 'GATA3 and ER positive': what a diagnosis would be expected to show speaks
    of its whole sentence, and a line end that only the page's width made (no stop before it,
    no heading, key, item or table row at it: soft_breaks.py) ends no sentence. Only the
    expectation's words: other background ('less common') and other exclusions keep their
    statement, as spreading them lowered held-out sets' recall.
    """
    if region.end <= mention.start:
        start, end = region.end, mention.start
    else:
        start, end = mention.end, region.start
    if end - start > _SENTENCE_REACH:
        return False
    offsets = reading.break_offsets
    between = reading.breaks[bisect_left(offsets, start) : bisect_left(offsets, end)]
    if not between or any(kind != "hard" for _, kind in between):
        return False
    if reading.soft_breaks is None:
        reading.soft_breaks = SoftBreaks(reading.text, frozenset)
    first, last = reading.soft_breaks.paragraph(start)
    return first <= reading.soft_breaks.line_of(end) <= last


def _excused(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether an exclusion over the name's statement leaves the name's own result standing."""
    return (
        _cited(reading, mention, region)
        or _labelled_apart(reading, region, mention)
        or _value_before_cutoff(reading, mention, region)
        or _share_before_its_bracketed_cutoff(reading, mention, region)
        or _cutoff_column_heading(reading, mention, region)
        or _criteria_in_a_reference_column(reading, mention, region)
        or _sequenced_row_above_a_note(reading, mention, region)
        or _criteria_on_another_row_above(reading, mention, region)
        or _verdict_after_its_cutoff_label(reading, mention, region)
        or _pending_for_a_later_test(reading, mention, region)
        or _pending_on_a_later_row(reading, mention, region)
        or _heading_alone_below(reading, mention, region)
        or _window_heading_below(reading, mention, region)
        or _method_note(reading, mention, region)
        or _verdict_for_a_therapy(reading, mention, region)
        or _results_after_a_purpose(reading, mention, region)
        or _clause_after_the_result(reading, mention, region)
        or _read_by_named_criteria(reading, mention, region)
        or _ticked_option_definition(reading, region)
        or _labelled_result_line(reading, mention, region)
        or _method_column_row(reading, mention, region)
        or _measured_bound(reading, region)
        or _score_gloss(reading, mention, region)
        or _class_condition_in_brackets(reading, mention, region)
        or _verdict_at_a_cutoff(reading, mention.end, region)
        or _class_bracket_after_the_verdict(reading, mention, region)
        or _criteria_on_a_later_row(reading, mention, region)
        or _value_under_unticked_options(reading, mention, region)
    )


# A line that states a value under a key: 'Score: 0 (no staining)', 'Percentage of cells with
# nuclear positivity: 95 %', 'H-score: 240'.
_KEYED_VALUE_LINE = re.compile(r"[ \t]*+[A-Za-z][\w \t/()%\-]{0,60}+:[ \t]*+[<>≤≥]?=?\d")


def _value_under_unticked_options(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether an empty box lies among options all left unticked over a line that states a value.

    value_under_unticked_options: 'HER2 by immunohistochemistry' / 'o Negative (Score 0)
    o Equivocal (Score 2+)' / 'Score: 0': the form's options are left empty, the line under
    them answers; a blank form ('ER: [ ] positive [ ] negative') still states nothing.
    """
    if not region.label.startswith("window:template"):
        return False
    options = sorted(
        (r for r in reading.unchosen if r.end > mention.end and r.start < region.end + 200),
        key=lambda r: r.start,
    )
    if not any(r.start <= region.end and region.start <= r.end for r in options):
        return False
    last = mention.end
    for option in options:
        if reading.text[last : option.start].strip(" \t\n") and last > mention.end:
            break  # words between two options: the options end
        last = max(last, option.end)
    line_end = reading.text.find("\n", last)
    if line_end == -1 or reading.text[last:line_end].strip():
        return False
    return _KEYED_VALUE_LINE.match(reading.text, line_end + 1) is not None


# score_gloss_in_brackets: a score on the name's row, then its gloss in brackets: 'HER2 (4B5)
# 1+ (faint, incomplete, less than 10% of cells)  negative', 'score 2+ (weak to moderate,
# complete, in more than 10%)'. The bracket says what the row's score saw, not a scale.
_GLOSSED_SCORE = re.compile(
    r"(?<![\w+.])(?:[0-3]\+|0|score[ \t]*+[0-3]\+?)[ \t]*+\($", re.IGNORECASE
)
_SCORE_OPENING = re.compile(r"(?<![\w+.])(?:[0-3]\+|0)[ \t]*+\(")


def _score_gloss(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a bound stands in the brackets of the one score on the name's own row."""
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    text = reading.text
    line_start = start_of_line(text, mention.start)
    line_end = end_of_line(text, mention.end)
    opening = text.rfind("(", mention.end, region.start)
    if region.end > line_end or opening == -1 or ")" in text[opening : region.start]:
        return False
    closing = text.find(")", region.end, line_end)
    if closing == -1 or "(" in text[region.end : closing]:
        return False
    if not _GLOSSED_SCORE.search(text, mention.end, opening + 1):
        return False
    # a legend gives each score its gloss on one line: one glossed score is a row's result
    return len(_SCORE_OPENING.findall(text, line_start, line_end)) == 1


# The name as a key of its own: its colon or leader comes next ('MSI: stable', 'MSI ... MSS').
_OWN_KEY = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?::|\.{2,})")
# A class and its condition opening a bracket: '(high if >= 16)', '(low if under 10)'.
_CLASS_CONDITION = re.compile(
    r"\([ \t]*(?:[\w\-]+[ \t]+){0,2}?(?:high|low|positive|negative|equivocal|intermediate"
    r"|stable|unstable|amplified|deficient|proficient)[ \t]+(?:if|when)\b[^()\n]*\)",
    re.IGNORECASE,
)
# A number the first key's value holds, before its bracket: '3 mut/Mb (', 'TPS 5% ('.
_VALUE_NUMBER = re.compile(r"\d")


def _class_condition_in_brackets(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the words excluding the name gloss an earlier key's value on its line.

    The name is (or follows) a key of its own, and the words are a class's condition in
    brackets after the first key's value.

    bracketed_class_condition_before_a_key: 'TMB: 3 mut/Mb (low if under 10)   MSI: stable'
    and 'TMB: 20 mut/Mb (high if >= 16)  Microsatellite status: MSS': the bracket is the
    first key's; the second key's value is read as with no bracket at all. (The first key's
    own value keeps the exclusion: the class word in its bracket is no verdict of its own.)
    """
    text = reading.text
    line_start = start_of_line(text, mention.start)
    line_end = end_of_line(text, mention.end)
    if region.start < line_start or region.end > line_end:
        return False
    for bracket in _CLASS_CONDITION.finditer(text, line_start, line_end):
        if not bracket.start() <= region.start < region.end <= bracket.end():
            continue
        if bracket.end() > mention.start or not _VALUE_NUMBER.search(
            text, line_start, bracket.start()
        ):
            return False
        return (
            ":" in text[bracket.end() : mention.start]
            or _OWN_KEY.match(text, mention.name_end or mention.end) is not None
        )
    return False


# verdict_at_a_cutoff: the verdict, then the cut-off it was read at ('POSITIVE at the protocol
# cut-off (CPS >= 10)', 'negative below the 1% threshold', 'positive using a cut-off of 1%').
_AT_THE_CUTOFF = re.compile(
    r"[ \t,]+(?:at|above|below|over|under|using|with)[ \t]+(?:(?:the|a|an|our)[ \t]+)?"
    r"(?:[\w%.\-]+[ \t]+){0,3}$",
    re.IGNORECASE,
)


def _class_bracket_after_the_verdict(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether criteria stand in a bracket right after the name's verdict on its line.

    class_bracket_after_the_verdict: 'HER2 AMPLIFIED (ISH group 1: ratio >= 2.0, mean copy
    number >= 4.0)', 'MSI: stable (MSS: no unstable locus of five)': the bracket says which
    class the stated verdict is; the verdict before it stands.
    """
    if not region.label.endswith(":criteria") or region.start < mention.end:
        return False
    text = reading.text
    opening = text.rfind("(", mention.end, region.start)
    if opening == -1 or text.find(")", opening, region.start) != -1:
        return False
    if opening > end_of_line(text, mention.end):
        return False
    verdicts = _strong_cues(reading, mention.end, opening)
    return bool(verdicts) and not text[verdicts[-1].end : opening].strip(" \t:,-")


def _verdict_at_a_cutoff(reading: _Reading, start: int, region: Region) -> bool:
    """Whether a cut-off's words follow a verdict as the line the verdict was read at."""
    if not region.label.endswith(":criteria") or region.start < start:
        return False
    if not _CUTOFF_WORD.fullmatch(reading.text, region.start, region.end):
        return False
    verdicts = _strong_cues(reading, start, region.start)
    if not verdicts:
        return False
    gap = reading.text[verdicts[-1].end : region.start]
    return bool(_AT_THE_CUTOFF.fullmatch(gap)) and not (
        _HEDGE.search(gap) or _CONDITION.search(gap)
    )


# measured_bound_after_a_quantity_key: a share of cells stated as a bound in words, after its
# key's colon ('Percentage of cells with nuclear positivity: less than 1%', 'Proportion of
# tumour nuclei staining: more than 90%'), is the measured value, no cut-off.
_QUANTITY_KEY = re.compile(
    r"[ \t\-•*]*(?:%|percent(?:age)?|proportion)\b[^\n:.;]{0,70}:[ \t]*", re.IGNORECASE
)
_BOUND_TO_LINE_END = re.compile(
    r"(?:of[ \t]+(?:the[ \t]+)?(?:tumou?r[ \t]+)?(?:cells|nuclei))?[ \t.]*(?:\n|$)", re.IGNORECASE
)


def _measured_bound(reading: _Reading, region: Region) -> bool:
    """Whether a bound in words is the value of a quantity's key, alone to its line's end."""
    if region.label != "statement:criteria":
        return False
    text = reading.text
    line_start = start_of_line(text, region.start)
    return bool(
        _QUANTITY_KEY.fullmatch(text, line_start, region.start)
        and _BOUND_TO_LINE_END.match(text, region.end)
    )


# A line that runs on to the next: it ends in a word that leads the words after it, a comma or
# a hyphen.
_RUNS_ON = re.compile(
    r"(?:\b(?:for|of|in|and|or|with|by|to|the|a|as|than|at|if)|[,\-–(])[ \t]*$", re.IGNORECASE
)


# A condition in small letters that opens the next line runs the row's sentence on: the row's
# verdict is what the condition defines ('HER2 amplified' / 'if ratio >= 2.0 or ...').
_RUN_ON_CONDITION = re.compile(r"\n[ \t]*+(?-i:if|when|whenever|unless|where)\b")


def condition_opens_next_line(text: str, line_end: int, end: int | None = None) -> bool:
    """Whether the line after the newline at `line_end` opens with a condition in small letters.

    Such a line runs the row above on into a criterion (condition_opening_the_next_line); `end`
    bounds where the condition may be read (a statement's end).
    """
    return _RUN_ON_CONDITION.match(text, line_end, len(text) if end is None else end) is not None


def _criteria_on_a_later_row(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether criteria words on a later line leave a row that states its own verdict standing.

    criteria_on_a_later_row: rows with no full stop between them are one statement ('Progesterone
    receptor ..... negative (0%)' over a line that names the criteria the next stain was scored
    by; 'Status   PD-L1 positive (CPS >= 1)' over a sentence on the threshold): the row's verdict
    or score after the name, with no bound of its own outside brackets, is its result; the
    criteria are the later line's.
    """
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    text = reading.text
    line_end = text.find("\n", mention.end, region.start)
    if line_end == -1:
        return False
    row = text[mention.end : line_end]
    if _RUNS_ON.search(row):
        return False
    if condition_opens_next_line(text, line_end, region.end):
        return False  # condition_opening_the_next_line: 'HER2 amplified' / 'if ratio >= 2.0'
    own = _BRACKETED.sub("", row)
    if _COMPARISON.search(own) or _BOUND_WORDS.search(own) or _CRITERIA_WORD.search(own):
        return False
    if [c for c in _strong_cues(reading, mention.end, line_end) if c.direction != "before"]:
        return True
    stated = read_values(own)  # a score or share as the row's value: 'HER2 (4B5)   3+'
    return stated.ihc_score is not None or stated.percent is not None


# A result label that leads the name's line: 'RESULT: ', 'Interpretation - '.
_RESULT_LINE_LEAD = re.compile(
    r"[ \t]*(?:(?:final|overall)[ \t]+)?(?:results?|interpretation|conclusion)[ \t]*[:\-–][ \t]*",
    re.IGNORECASE,
)


def _labelled_result_line(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether criteria on a later line leave a labelled result line above them standing.

    'RESULT: HER2 NOT AMPLIFIED (NEGATIVE)' over a line that explains the ISH group by its
    bounds, or 'Interpretation: ALK negative' over the scoring rule's cut-off: the line is a
    result label, the name and its verdict alone, and the criteria explain it below.
    methods_below_a_labelled_result: so is a line of the method's limits below it ('Result:
    V600E detected' over 'Limit of detection 5% mutant allele', 'Result: KRAS G12D detected'
    over 'Method: real-time PCR').
    """
    if region.label not in ("window:criteria", "statement:criteria", "statement:methods"):
        return False
    text = reading.text
    line_end = text.find("\n", mention.end)
    if line_end == -1 or region.start < line_end:
        return False
    line_start = start_of_line(text, mention.start)
    if not _RESULT_LINE_LEAD.fullmatch(text, line_start, mention.start):
        return False
    cues = [c for c in _strong_cues(reading, mention.end, line_end) if c.direction != "before"]
    if not cues:
        return False
    rest = _BRACKETED.sub("", _words_besides(reading, mention.end, line_end, cues))
    return not rest.strip(" \t.,:;-")


# A method column's heading, also two joined ('Clone / Platform', 'Kit and instrument').
_METHOD_CELL = (
    r"\(?(?:methods?|methodology|techniques?|platforms?|assays?|clones?|kits?|instruments?"
    r"|stainers?|probes?)\)?"
)
# The cells of a results table's header that says the method: the name's, the result's and a
# type's ('Assay type'), besides the method's.
_NAME_CELL = (
    r"(?:tests?|assays?|investigations?|markers?|antibod(?:y|ies)|analys[ie]s|genes?"
    r"|biomarkers?|stains?|targets?|proteins?)"
)
_RESULT_CELL = r"(?:results?|interpretations?|findings?|status|outcomes?|reads?|readings?|calls?)"
_ANY_CELL = rf"{_NAME_CELL}|{_METHOD_CELL}|{_RESULT_CELL}|types?"
# A results table's header with a column for the method: 'Test   Method   Result',
# 'Marker | Technique | Interpretation', 'Stain  Clone / Platform  Result'. The rows' method
# cells name clones, kits and platforms; they describe how each row's own result was reached.
# results_beside_a_clone_column: the result's column may be headed by where the stain is read
# ('Protein  Clone  Tumour nuclei', 'Antibody | Clone | Nuclear staining | Control').
_METHOD_COLUMN_HEADER = re.compile(
    r"[ \t|]*+(?:tests?|assays?|investigations?|markers?|antibod(?:y|ies)|analys[ie]s|genes?"
    r"|biomarkers?|stains?|targets?|proteins?)"
    rf"[ \t|]++{_METHOD_CELL}(?:[ \t]*+(?:/|&|,|\band\b)[ \t]*+{_METHOD_CELL})?"
    r"[ \t|]++(?:results?|interpretations?|findings?|status|expression|staining|outcomes?"
    r"|reads?|readings?|(?:(?:tumou?r|nuclear)[ \t]++)?(?:nuclei|cells|staining|expression))"
    r"\b[^\n]{0,40}"
    # header_cells_in_any_order: the same three columns in another order, with a type cell
    # ('Assay type | Target | Outcome | Clone', 'Method  Gene  Result  Kit')
    rf"|[ \t|]*+(?=[^\n]*?\b{_NAME_CELL}\b)(?=[^\n]*?\b{_METHOD_CELL}(?![\w-]))"
    rf"(?=[^\n]*?\b{_RESULT_CELL}\b)"
    rf"(?:{_ANY_CELL})(?:[ \t|]++(?:{_ANY_CELL}))++[ \t|]*+",
    re.IGNORECASE,
)
_METHOD_TABLE_ROWS = 10


def _method_column_header(text: str, offset: int) -> int | None:
    """The start of the method-column header above the line at offset, its rows unbroken."""
    line_start = start_of_line(text, offset)
    for _ in range(_METHOD_TABLE_ROWS + 1):
        line_end = end_of_line(text, line_start)
        if not text[line_start:line_end].strip():
            return None  # a blank line ends the table
        if _METHOD_COLUMN_HEADER.fullmatch(text, line_start, line_end):
            return line_start
        if line_start == 0:
            return None
        line_start = start_of_line(text, line_start - 1)
    return None


def _method_column_row(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a methods word stands in a row of a table whose header has a method column.

    'Test  Method  Result' over 'ALK  IHC, clone D5F3 (Ventana)  Negative': the clone is the
    row's method cell; the name's row (the same table's) states its result in its own cell.
    """
    if region.label != "statement:methods":
        return False
    header = _method_column_header(reading.text, region.start)
    if header is None or header == start_of_line(reading.text, mention.start):
        return False  # a name in the header itself ('Marker Platform Result') is no row's
    # the header's own method word ('Platform') and a row's method cell describe the rows
    return _method_column_header(reading.text, mention.start) == header


# The start of a ticked option's definition: 'x Low positive (' before '1-10% of cells)'.
_TICKED_OPTION_BRACKET = re.compile(
    r"[ \t]*(?:[xX☒■✓✔]|[\[(][ \t]*[xX✓✔][ \t]*[\])])[ \t]+(?:(?:low|weakly)[ \t]+)?"
    r"(?:positive|negative|equivocal)[ \t]*\($",
    re.IGNORECASE,
)


def _ticked_option_definition(reading: _Reading, region: Region) -> bool:
    """A bound in a ticked option's brackets defines the option the form ticks: no criteria.

    'x Low positive (1-10% of cells with nuclear positivity)' answers the question; the
    legend 'ER low positive means 1-10% of cells stained' does not.
    """
    line_start = start_of_line(reading.text, region.start)
    return _TICKED_OPTION_BRACKET.fullmatch(reading.text, line_start, region.start) is not None


def _strong_cues(reading: _Reading, start: int, end: int) -> list[Cue]:
    """The verdict cues (not the weak ones) wholly between start and end, in text order."""
    return [
        c for c in reading.cues_near(start, end) if not c.weak and start <= c.start and c.end <= end
    ]


def _method_note(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a methods word stands in brackets after the result the name's words state.

    'ALK rearrangement detected by FISH (break-apart probe, 62% of nuclei)': the probe is
    the result's note, not a description of the method.
    """
    if region.label != "statement:methods" or region.start < mention.end:
        return False
    opening = reading.text.rfind("(", mention.end, region.start)
    if opening == -1 or any(ch in reading.text[opening : region.start] for ch in ")\n"):
        return False
    return any(c.direction != "before" for c in _strong_cues(reading, mention.end, opening))


_ELIGIBLE = re.compile(r"eligib", re.IGNORECASE)
_VERDICT_TO_THERAPY_GAP = re.compile(r"[^.;\n]{0,40}", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:may|might|could|if|patients?)\b", re.IGNORECASE)


def _verdict_for_a_therapy(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether eligibility words follow the name's own verdict as what the verdict is for.

    'HER2 AMPLIFIED - POSITIVE for trastuzumab eligibility' and 'TPS 60%: positive, eligible
    for pembrolizumab' state the result; 'patients ... may be eligible' states none.
    """
    if region.label != "statement:background" or region.start < mention.end:
        return False
    if not _ELIGIBLE.match(reading.text, region.start):
        return False
    verdicts = _strong_cues(reading, mention.end, region.start)
    if not verdicts:
        return False
    gap = reading.text[verdicts[-1].end : region.start]
    return _VERDICT_TO_THERAPY_GAP.fullmatch(gap) is not None and not _HEDGE.search(gap)


# Words that make the clause before a colon a rule, not a test's purpose: 'Eligibility
# requires: KRAS and NRAS wild type', 'eligible only if:'.
_PURPOSE_AS_A_RULE = re.compile(
    r"\b(?:requires?|required|requirements?|criteria|criterion|must|only|defined|means|unless)\b",
    re.IGNORECASE,
)


def _results_after_a_purpose(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether background words name, before a colon, what the results after it are for.

    'RAS testing for anti-EGFR antibody eligibility: KRAS and NRAS wild type' and 'To assess
    eligibility for TKI therapy: EGFR L858R detected' state results after the purpose of the
    test; 'patients with KRAS mutations are not eligible' and 'eligible only if: ...' state
    none. The clause before the colon names eligibility and has no verdict, hedge or rule
    word; the name stands after the colon with a verdict after it and no hedge. (Any
    background word as the purpose, 'testing for response to ...:', lowered a probe's
    check figures.)
    """
    if region.label not in ("statement:background", "statement:methods"):
        return False
    if region.end > mention.start:
        return False
    text = reading.text
    colon = text.find(":", region.end, mention.start)
    if colon == -1:
        return False
    low, high = _statement(reading, mention.start, mention.end)
    if not any(
        r.label == "statement:background"
        and low <= r.start
        and r.end <= colon
        and _ELIGIBLE.match(text, r.start)
        for r in reading.exclusions
    ):
        return False  # no eligibility named before the colon: no purpose of a test
    purpose = text[low:colon]
    if (
        _HEDGE.search(purpose)
        or _PURPOSE_AS_A_RULE.search(purpose)
        or _strong_cues(reading, low, colon)
    ):
        return False
    if _HEDGE.search(text, colon, high):
        return False
    return any(c.direction != "before" for c in _strong_cues(reading, mention.end, high))


_CLAUSE_BREAK = re.compile(r"[,;]|\s[\-–]\s")


def _clause_after_the_result(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether background or methods words stand in a clause after the name's stated result.

    'EGFR exon 19 deletion detected, a finding associated with sensitivity to EGFR inhibitors'
    and 'KRAS G12C identified; this variant predicts response to sotorasib' state the result;
    the clause speaks of what such a result means. The verdict must stand in the name's own
    clause ('KRAS mutations, when present, ...' has none) and no hedge may come between.
    """
    if region.label not in ("statement:background", "statement:methods"):
        return False
    if region.start < mention.end:
        return False
    text = reading.text
    verdicts = [
        c
        for c in _strong_cues(reading, mention.end, region.start)
        if not _CLAUSE_BREAK.search(text, mention.end, c.start)
    ]
    if not verdicts:
        return _values_before_the_clause(reading, mention, region)
    gap = text[verdicts[0].end : region.start]
    return _CLAUSE_BREAK.search(gap) is not None and not _HEDGE.search(gap) and "\n" not in gap


_COMPARISON = re.compile(r"[<>≤≥]")


def _values_before_the_clause(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the name's own clause states a measured value, the clause after it its meaning.

    'PD-L1: TPS 60%, which would qualify for pembrolizumab' and 'HER2/CEP17 ratio 2.6; this
    would be considered amplified' state a value; a bound ('TPS of 50% or more, which ...') is
    a condition, not a measurement.
    """
    text = reading.text
    clause_break = _CLAUSE_BREAK.search(text, mention.end, region.start)
    if clause_break is None:
        return False
    own = text[mention.end : clause_break.start()]
    if _BOUND_WORDS.search(own) or _COMPARISON.search(own) or "\n" in own:
        return False
    stated = read_values(own)
    if stated.percent is None and stated.ihc_score is None and stated.ratio is None:
        return False
    gap = text[clause_break.start() : region.start]
    return not _HEDGE.search(gap) and "\n" not in gap


# 'HER2: negative (1+) according to ASCO/CAP 2018 criteria': the criteria the verdict was read by.
_BY_CRITERIA = re.compile(
    r"\b(?:by|per|according\s+to|using|under|based\s+on|following)\b[^.;:\n]{0,40}$",
    re.IGNORECASE,
)
_CRITERIA_WORD = re.compile(r"criteria|guidelines?", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|where)\b", re.IGNORECASE)
_SCORE_DEFINED = re.compile(r"[0-3]\s?\+?\s*(?:is|are|=|means)\s*$", re.IGNORECASE)


def _read_by_named_criteria(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether criteria are named after the name's own verdict as what it was read by.

    'HER2 IHC: 2+ (equivocal) by ASCO/CAP criteria' and 'HER2 positive (3+) using the gastric
    scoring criteria' state the result; 'scored positive when ... by these criteria' states a
    rule, and its condition is an exclusion of its own.
    """
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    if not _CRITERIA_WORD.match(reading.text, region.start):
        return False
    verdicts = [
        c for c in _strong_cues(reading, mention.end, region.start) if c.direction != "before"
    ]
    if not verdicts:
        return False
    if _SCORE_DEFINED.search(reading.text, mention.end, verdicts[0].start):
        return False  # 'HER2 3+ is positive by ... criteria': a legend's line
    gap = reading.text[verdicts[-1].end : region.start]
    return _BY_CRITERIA.search(gap) is not None and not (
        _HEDGE.search(gap) or _CONDITION.search(gap)
    )


def _pending_for_a_later_test(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether pending words speak of a further test named after the name's own scored result.

    'HER2 2+ (equivocal) - FISH to follow' and 'positive (3+), confirmatory ISH pending': the
    stain's result is stated; only the in situ hybridisation is still to come.
    """
    if region.label != "window:pending" or region.start < mention.end:
        return False
    method = _LATER_TEST.search(reading.text, max(mention.end, region.start - 40), region.start)
    if method is None:
        # 'HER2: 2+, FISH results to follow', '2+ (equivocal), FISH has been requested and
        # will be reported': the clause that holds the pending words opens with the later test
        method = _LATER_CLAUSE.search(reading.text, mention.end, region.start)
    if method is None:
        return False
    # a score states the stain's result and names its aspect; a bare verdict might be the ISH's
    return read_values(reading.text[mention.end : method.start()]).ihc_score is not None


_ROW_OPENS = re.compile(r"[ \t]*+[A-Z0-9]")


def _heading_alone_below(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a statement's excluding word stands alone on a later line: a section's heading.

    heading_alone_below_a_table: 'HER2   4B5   no staining   0' over 'Eligibility' (or
    'Prognosis', 'Resistance'): the heading opens the section under it and says nothing of
    the rows above it.
    """
    if not region.label.startswith("statement:") or region.start < mention.end:
        return False
    text = reading.text
    if "\n" not in text[mention.end : region.start]:
        return False
    line_start = start_of_line(text, region.start)
    line = text[line_start : end_of_line(text, region.end)]
    return line.strip(" \t:") == text[region.start : region.end]


# A line in capitals alone, three words or more: a section's heading.
_CAPITALS_LINE = re.compile(
    r"[ \t]*+(?=(?:\S+[ \t]+){2})[A-Z0-9][A-Z0-9 \t/&,:\-]{8,95}(?:\([^()\n]{0,40}\))?[ \t]*+"
)


def _window_heading_below(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a window's exclusion stands in a heading in capitals on a line below the name's.

    window_reaches_no_later_heading: on a page whose text keeps no blank lines, a name's window
    runs on to the next name; 'ERBB2  copy number 2.1 - not amplified' above 'VARIANTS OF
    UNCERTAIN SIGNIFICANCE (TIER III)' is no variant of that section (a statement's exclusion
    alone on a later line is `_heading_alone_below`'s).
    """
    text = reading.text
    if not region.label.startswith("window:") or region.start <= end_of_line(text, mention.end):
        return False
    line_start = start_of_line(text, region.start)
    return _CAPITALS_LINE.fullmatch(text, line_start, end_of_line(text, region.start)) is not None


def _pending_on_a_later_row(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether pending words stand on a later line, under a line that states the name's verdict.

    pending_on_a_later_row: 'NRAS   no mutation found' over 'KIT   pending', or 'KRAS codons
    12, 13 negative' over 'Copy number - not assessed': the row below is another test's, still
    to come; the name's own row is done with its verdict.
    """
    if region.label != "window:pending" or region.start < mention.end:
        return False
    text = reading.text
    line_end = text.find("\n", mention.end, region.start)
    if line_end == -1 or not _strong_cues(reading, mention.end, line_end):
        return False
    later_start = start_of_line(text, region.start)
    # each later line opens a row of its own, not the sentence's next line ('No fusion' over
    # 'assessment was performed (RNA failed QC)')
    if not all(_ROW_OPENS.match(line) for line in text[line_end + 1 : region.start].split("\n")):
        return False
    return not any(
        m.marker == mention.marker and later_start <= m.start < region.start
        for m in reading.mentions
    )


def _value_before_cutoff(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the name's own value with its unit comes before a cut-off named after it.

    'TMB: 1.2 Muts/Mb (Low), cut-off for high: 10' and 'TMB of 4 mut/Mb, below the 10 mut/Mb
    threshold' state a result and then the line it is read by; '10 mut/Mb or more is the
    cut-off' states only the line.
    """
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    if not _CUTOFF_WORD.match(reading.text, region.start):
        return False
    between = reading.text[mention.end : region.start]
    if _BOUND_WORDS.search(between):
        return False
    return any(value.endswith("mut/Mb") for value in read_values(between).values)


# A measured share right before the bracket that opens the criteria: 'tumour cell staining 5%
# (>= 1%: positive)', 'TPS 30% (cut-off 1%)'.
_SHARE_BEFORE_BRACKET = re.compile(
    r"(?<![\d.<>≤≥=])\d{1,3}(?:\.\d++)?[ \t]*+%[ \t]*+\([ \t]*+$", re.IGNORECASE
)


def _share_before_its_bracketed_cutoff(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the criteria stand in brackets right after a share the name's row measured.

    share_before_its_bracketed_cutoff: 'PD-L1 (SP263): tumour cells 5% (>= 1% positive)',
    'PD-L1 TPS 30% (cut-off for positive: 1%)': the share is the row's result; the bracket
    after it says which line it was read against. A legend ('TPS < 1% negative') has no
    measured share of its own before its bound.
    """
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    text = reading.text
    line_end = end_of_line(text, mention.end)
    if region.end > line_end:
        return False
    opening = text.rfind("(", mention.end, region.start)
    if opening == -1 or ")" in text[opening : region.start]:
        return False
    before = text[mention.end : opening + 1]
    if _COMPARISON.search(before) or _BOUND_WORDS.search(before) or _CUTOFF_WORD.search(before):
        return False
    return _SHARE_BEFORE_BRACKET.search(before) is not None


# A table's header row: words only, no digits, one of them a result's or a test's column.
_HEADER_ROW = re.compile(r"[ \t]*+[A-Za-z][A-Za-z/()\-]*+(?:[ \t]++[A-Za-z/()\-]++){1,9}[ \t]*+")
_RESULT_COLUMN = re.compile(
    r"\b(?:results?|findings?|scor(?:e|ing)|interpretation|outcome|status|clone|assay|antibody"
    r"|marker|test|gene)\b",
    re.IGNORECASE,
)


def _cutoff_column_heading(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the criteria word is a column's heading in a table header above the name's row.

    cutoff_column_heading: 'Assay  Clone  Result  Protocol threshold', 'Marker  Finding
    Cut-off' or 'Stain  Result  Interpretive criteria' over rows: the heading names the column
    that holds each row's cut-off; it is no criterion of the rows' results, whose own verdicts
    and shares stand. A reference column's heading counts only after the results' own column.
    """
    if region.label != "statement:criteria" or region.end > mention.start:
        return False
    if not (
        _CUTOFF_WORD.fullmatch(reading.text, region.start, region.end)
        or _REFERENCE_COLUMN.fullmatch(reading.text, region.start, region.end)
    ):
        return False
    text = reading.text
    header_start = start_of_line(text, region.start)
    header_end = text.find("\n", region.end)
    if header_end == -1 or header_end > mention.start:
        return False
    header = text[header_start:header_end]
    if not _HEADER_ROW.fullmatch(header) or not _RESULT_COLUMN.search(header):
        return False
    if not _CUTOFF_WORD.fullmatch(text, region.start, region.end):
        # a reference column stands after the results' own ('Test  Criteria' is a legend)
        if not _VALUES_COLUMN.search(text, header_start, region.start):
            return False
    # the rows between the header and the name's line are rows, no blank line or sentence
    rows = text[header_end + 1 : start_of_line(text, mention.start)]
    return rows.count("\n") <= 12 and "\n\n" not in rows and ". " not in rows


# A table header's column of each row's reference: 'REFERENCE / COMMENT', 'Interpretive
# criteria', 'Reference range', 'Cut-off'.
_REFERENCE_COLUMN = re.compile(
    r"\b(?:reference|criteria|range|cut[ \t\-]?off|threshold)\b", re.IGNORECASE
)
_HEADER_REACH = 12  # rows between a header and the name's row
# The column of the rows' own results, before a reference column.
_VALUES_COLUMN = re.compile(r"\b(?:results?|findings?|interpretation|outcome|status)\b", re.I)


def _criteria_in_a_reference_column(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the criteria stand in a row of the name's table under its reference column.

    criteria_in_a_reference_column: under 'MARKER  CLONE  RESULT  REFERENCE RANGE' the row
    'P53  DO-7  POSITIVE, 30% OF NUCLEI  >10% = OVEREXPRESSION' states its result, then the
    laboratory's line for it; under 'Stain  Result  Interpretive criteria' so does 'ER
    Positive, 70% of nuclei  >=1% = positive'. The row's own verdict and share stand.
    """
    if region.label != "statement:criteria" or region.start < mention.end:
        return False
    text = reading.text
    row_start = start_of_line(text, mention.start)
    if text[row_start : mention.start].strip():
        return False  # the name keys its row ('MSI-H if ...' in the reference cell is none)
    between = text[mention.end : region.start]  # the name's row, or a later row of its table
    if "\n\n" in between or between.count("\n") > _HEADER_REACH:
        return False
    line_end = row_start - 1
    for _ in range(_HEADER_REACH):
        if line_end <= 0:
            return False
        line_start = start_of_line(text, line_end)
        line = text[line_start:line_end]
        if not line.strip():
            return False  # a blank line: no table above
        if _HEADER_ROW.fullmatch(line) and _RESULT_COLUMN.search(line):
            reference = _REFERENCE_COLUMN.search(line)
            values = _VALUES_COLUMN.search(line)
            return reference is not None and values is not None and values.end() < reference.start()
        line_end = line_start - 1
    return False


# A sentence's opening at a line's start: a capital, then a small letter or a space.
_SENTENCE_OPENS = re.compile(r"[ \t]*+[A-Z](?:[a-z]|[A-Z0-9]*+[ \t])")


def _sequenced_row_above_a_note(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a sequenced variant's row stands above the line whose note the region is in.

    sequenced_row_above_a_note: 'PIK3CA  p.Glu545Lys  c.1633G>A  5.8' over 'ESR1 Y537S is a
    mutation associated with resistance ...': a gene's row with its protein change in HGVS is a
    row of its own, whatever a note on a later line says of its kind of change.
    """
    if region.label not in ("statement:background", "statement:methods", "statement:criteria"):
        return False
    text = reading.text
    line_end = text.find("\n", mention.end)
    if line_end == -1 or region.start <= line_end:
        return False
    if not _HGVS_AFTER_NAME.match(text, mention.name_end or mention.end):
        return False
    region_line = start_of_line(text, region.start)
    return _SENTENCE_OPENS.match(text, region_line) is not None


def _criteria_on_another_row_above(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the criteria stand on an earlier row, led by another marker, of the same table.

    criteria_on_another_row_above: 'PD-L1  SP142  ...  Below cut-off (IC >= 5%): negative' over
    'HER2  4B5  ...  Score 3+ (positive)': the cut-off is the PD-L1 row's; the HER2 row below,
    with its own verdict, is read on its own.
    """
    if region.label != "statement:criteria" or region.end > mention.start:
        return False
    text = reading.text
    line_start = start_of_line(text, mention.start)
    if region.end > line_start or text[line_start : mention.start].strip(" \t" + ROW_BULLETS):
        return False  # the criteria are on the name's own line, or the name leads no row
    row_start = start_of_line(text, region.start)
    if "\n\n" in text[row_start:line_start] or text[row_start:line_start].count("\n") > 6:
        return False
    leads = [m for m in reading.mentions if row_start <= m.start and m.end <= region.start]
    if not leads or leads[0].marker is mention.marker:
        return False
    if text[row_start : leads[0].start].strip(" \t" + ROW_BULLETS):
        return False  # the criteria's line is no row led by a name
    line_end = end_of_line(text, mention.end)
    own = _BRACKETED.sub("", text[mention.end : line_end])
    if _CONDITION.search(own) or _BOUND_WORDS.search(own) or _DEFINED_VERDICT.search(own):
        return False  # a legend's row of its own: 'HER2   3+ is positive'
    return bool(
        [c for c in _strong_cues(reading, mention.end, line_end) if c.direction != "before"]
    )


_DEFINED_VERDICT = re.compile(
    r"\b(?:is|are|=|means)[ \t]++(?:called[ \t]++)?(?:positive|negative|equivocal)", re.IGNORECASE
)
# A cut-off's bracket and a colon between the cut-off's word and the name: 'Below cut-off (IC
# >= 5%): PD-L1 negative'.
_CUTOFF_LABEL_GAP = re.compile(r"[ \t]*+(?:\([^()\n]{0,40}\)[ \t]*+)?[:\-–][ \t]*+")


def _verdict_after_its_cutoff_label(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether the name and its verdict follow a cut-off that labels them, on one line.

    verdict_after_its_cutoff_label: 'Below cut-off (IC >= 5%): PD-L1 negative', 'Above the
    threshold (CPS >= 10): PD-L1 positive': the label says where the result fell; the name's
    own verdict after it is the result.
    """
    if region.label != "statement:criteria" or region.end > mention.start:
        return False
    if not _CUTOFF_WORD.fullmatch(reading.text, region.start, region.end):
        return False
    if not _CUTOFF_LABEL_GAP.fullmatch(reading.text, region.end, mention.start):
        return False
    text = reading.text
    line_end = end_of_line(text, mention.end)
    return bool(
        [c for c in _strong_cues(reading, mention.end, line_end) if c.direction != "before"]
    )


def _list_pending(reading: _Reading, index: int) -> bool:
    """'obtain ER, PR, EGFR and HER2 by IHC': a request right before a list asks for each name."""
    listed = [reading.mentions[index], *_list_before(reading, index)]
    first = listed[-1]
    for region in reading.exclusions:
        if region.label != "window:pending" or region.end > first.start:
            continue
        if _REQUEST_GAP.fullmatch(reading.text, region.end, first.start):
            return True
    return False


def _labelled_apart(reading: _Reading, region: Region, mention: Mention) -> bool:
    """Whether a result label stands between a methods word and the name.

    'Probe Kit FINAL RESULT: HER2 not amplified' states the result after the kit, in a unit
    of its own.
    """
    if region.label != "statement:methods" or region.end > mention.start:
        return False
    return _RESULT_LABEL.search(reading.text, region.end, mention.start) is not None


def _cited(reading: _Reading, mention: Mention, region: Region) -> bool:
    """Whether a methods word only names the reference the result was read by.

    'HER2 is not amplified, according to the guidelines of the approved probe kit': the kit
    is named after the result, as its reference, and leaves it a result.
    """
    if region.label != "statement:methods" or region.start < mention.end:
        return False
    return _ACCORDING_TO.search(reading.text, mention.end, region.start) is not None


def _post_cues(reading: _Reading, start: int, end: int) -> list[Cue]:
    return [
        c
        for c in reading.cues_near(start, end)
        if c.start >= start and c.end <= end and c.direction != "before"
    ]


def _read_mention(
    reading: _Reading,
    rules: dict[Marker, MarkerRules],
    index: int,
    later: dict[int, Finding | None],
) -> Finding | None:
    mention = reading.mentions[index]
    rule = rules[mention.marker]
    reading = _panel_reading(reading, rule)
    end = _window_end(reading, index)
    if rule.ihc_score_sets_status and (
        _COMBINED_STATUS.match(reading.text, mention.end) or _considered_after_ish(reading, mention)
    ):
        return _amplification_in_combined_status(reading, rule, mention, end)
    if _excluded(reading, mention, end) or _list_pending(reading, index):
        reading.excluded.add(index)
        return None
    if _changes_a_verdict_covered(reading, mention):
        return None
    if _card_classed_as_no_result(reading, mention):
        return None
    if _KIT_LEAD.search(reading.text, max(0, mention.start - 40), mention.start):
        return None
    cue = _status_cue(reading, rule, index, end, later)
    values_end = _values_end(reading, index, end)
    label = _RESULT_LABEL.search(reading.text, end, values_end)
    if cue is None and label:
        values_end = label.start()  # a heading: its 'Interpretation:' line speaks on its own
    window_start = mention.name_end or mention.end
    window = _chosen_text(reading, window_start, values_end)
    values = read_values(_before_reference(_without_scale_headers(reading, window, window_start)))
    _take_checklist_share(reading, index, values)
    row = stain_table_row(reading.text, mention.start, mention.name_end or mention.end)
    if row is not None and row.unread:
        return None
    if row is not None and row.values is not None:
        values.percent = row.percent
        values.values = [v for v in values.values if not _SHARE_VALUE.fullmatch(v)] + row.values
    inner = cue is not None and mention.start <= cue.start < mention.end  # 'EGFR L858R'
    cue_aspect = cue.aspect if cue and (not cue.weak or inner) else None
    if cue and not cue.weak and cue_aspect is None:
        cue_aspect = _method_aspect(reading, cue, rule)
    if cue_aspect is None:
        # 'BRAF and ALK rearrangement: not detected': the kind after the list is each name's
        kind = kind_after_list(reading.text, reading.mentions, index, _list_gap)
        if kind is not None and kind not in rule.aspects and set(GENOMIC) & set(rule.aspects):
            return None  # 'KRAS and ALK fusion': nothing of KRAS's mutations
        cue_aspect = kind
    aspect_end = end
    if cue is not None and cue.direction == "before" and cue.end <= mention.start:
        # verdict_before_the_name: 'negative for BRAF and NTRK alterations. Sequencing ...'
        # - the words of its test are in its own statement, not the next one
        aspect_end = min(end, _statement(reading, mention.start, mention.end)[1])
    aspect = _aspect(reading, rule, mention, aspect_end, cue_aspect)
    scored = aspect is Aspect.EXPRESSION and rule.ihc_score_sets_status
    if scored and values.ihc_score is None:
        values.ihc_score = _score_before_stain_for(reading, mention)
    status = _status(rule, aspect, cue, values, window)
    above = reading.answers_above.get(index)
    if above is not None and aspect is Aspect.EXPRESSION:
        # a block whose options stand above the name: its tick and its lines answer for it
        status, values = above.status, above.values
    if status is None:
        return None
    finding = _finding(reading, rule, mention, cue, aspect, status, values, end)
    finding.inferred = cue is None and rule.percent_sets_status and values.percent is not None
    if aspect is Aspect.MUTATION and Aspect.EXPRESSION in rule.aspects:
        # (the bracket before the next name: 'IDH1 and IDH2 wild type; HER2 negative (IHC 0)')
        following = [
            m.start
            for m in reading.mentions
            if m.start >= finding.end and m.marker is not rule.marker and not m.implied
        ]
        limit = min(following, default=len(reading.text))
        if _read_by_a_stain(reading.text[:limit], finding.start, finding.end):
            finding.aspect = Aspect.EXPRESSION
    return finding


# A bracket that names the stain a change was read by: '(R132H immunopositive)', '(by
# immunohistochemistry)', '(VE1 immunostain positive)'; and one that names a sequencing test.
_STAIN_BRACKET = re.compile(
    r"\((?=[^()\n]{0,60}\))(?=[^()\n]*?\b(?i:immuno\w*|IHC|stain\w*|antibody|VE1))"
    r"(?![^()\n]*?\b(?i:sequenc\w*|NGS|PCR|pyrosequencing|genotyp\w*))"
)
_STAIN_BRACKET_REACH = 25  # from the finding's end to its bracket


def _read_by_a_stain(text: str, start: int, end: int) -> bool:
    """Whether a mutation's words carry a bracket naming the stain they were read by.

    mutant_by_its_stain: 'IDH1 mutant (R132H immunopositive)', 'IDH-wildtype (IDH1 R132H
    immunonegative)' and 'BRAF mutant (VE1 immunostain positive)' state what a
    mutation-specific antibody showed: the result is the stain's (LABELS.md: expression), as
    'IDH1 R132H immunostain: positive' is; '(R132H by sequencing)' stays a mutation.
    """
    limit = min(end + _STAIN_BRACKET_REACH, end_of_line(text, end))
    opening = text.find("(", start, limit)
    return opening != -1 and _STAIN_BRACKET.match(text, opening) is not None


def _changes_a_verdict_covered(reading: _Reading, mention: Mention) -> bool:
    """Whether an implied name's variant stands in brackets after its gene's negative verdict.

    changes_a_verdict_covered: the variants in brackets are what the verdict covered, not
    variants found: 'BRAF: not detected (V600E and K601E)', 'No BRAF mutation detected (V600E,
    V600K)'.
    """
    if not mention.implied:
        return False
    text = reading.text
    line_start = start_of_line(text, mention.start)
    opening = text.rfind("(", line_start, mention.start)
    if opening == -1 or ")" in text[opening : mention.start]:
        return False
    verdict_end = len(text[line_start:opening].rstrip(" \t")) + line_start
    verdict = next(
        (
            c
            for c in reading.cues_near(line_start, opening)
            if c.end == verdict_end and c.status is Status.NEGATIVE and not c.weak
        ),
        None,
    )
    return verdict is not None and any(
        m.marker is mention.marker and not m.implied and line_start <= m.start < opening
        for m in reading.mentions
    )


# A checklist's quantity line: a label that names a share of cells, then its number, after a
# colon or a table's gap ('Percentage of cells with nuclear positivity: 80%', '% positive
# nuclei   60', 'Proportion of tumour nuclei staining 5%').
_QUANTITY_LINE = re.compile(
    r"[ \t\-•*]*(?P<label>(?:%|(?:percent(?:age)?|proportion|share)\b)[^\n:%\d]{0,70}?"
    r"|[^\n:%\d]{0,30}?\b(?:percent(?:age)?|proportion|share)\b[^\n:%\d]{0,70}?)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<value>(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:\.\d+)?(?:[ \t]*[\-–][ \t]*\d{1,3}(?:\.\d+)?)?"
    r"[ \t]*%?)[ \t]*",
    re.IGNORECASE,
)
_CHECKLIST_LINES = 8
_CAPITALS_HEADING = re.compile(r"[ \t]*[A-Z][A-Z \t/()&,\-]{3,}[ \t]*")
# A short line of words only, no value, no box, no verdict or quantity's word, its first
# letter a capital: 'Proliferation index'.
_BARE_HEADING = re.compile(
    r"(?![^\n]*\b(?i:intensity|staining|score|allred|comment|note|control|positive|negative"
    r"|equivocal|intact|loss|lost|retained|cannot|not)s?\b)"
    r"[ \t]*[A-Z][A-Za-z/()&,\-]*(?:[ \t]+[A-Za-z/()&,\-]+){0,3}[ \t]*",
)


def _take_checklist_share(reading: _Reading, index: int, values: StatedValues) -> None:
    """A checklist's share is its quantity line's, not a number in an option's definition.

    'ESTROGEN RECEPTOR' / 'x Positive (more than 10% of cells stained)' / 'Percentage of
    cells with nuclear positivity: 85%': the bracket defines the option; the quantity line
    under the same heading, before the next marker's name, states the share.
    """
    mention = reading.mentions[index]
    text = reading.text
    end = reading.mentions[index + 1].start if index + 1 < len(reading.mentions) else len(text)
    blank = re.compile(r"\n[ \t]*\n").search(text, mention.end, end)
    end = blank.start() if blank else end
    line_start = start_of_line(text, mention.start)
    if not TICKED.search(_chosen_text(reading, line_start, end)):
        return
    position = text.find("\n", mention.end, end)
    own_end = end if position == -1 else position
    for inline in _QUANTITY_IN_LINE.finditer(text, mention.end, own_end):
        # 'ER: [x] Positive (>10%)  Percentage of cells with nuclear positivity: 80%'
        if CELLS_LABEL.search(inline.group("label")):
            _take_share(values, inline.group("value"))
            return
    for _ in range(_CHECKLIST_LINES):
        if position == -1:
            return
        line_end = text.find("\n", position + 1, end)
        line_end = end if line_end == -1 else line_end
        if _CAPITALS_HEADING.fullmatch(text, position + 1, line_end) or _BARE_HEADING.fullmatch(
            text, position + 1, line_end
        ):
            # the next section's heading: its lines, and the share they give, are not ours
            own = read_values(_chosen_text(reading, mention.name_end or mention.end, position))
            if own.percent is None and not any(_SHARE_VALUE.fullmatch(v) for v in own.values):
                values.percent = None
                values.values = [v for v in values.values if not _SHARE_VALUE.fullmatch(v)]
            return
        quantity = _QUANTITY_LINE.fullmatch(text, position + 1, line_end)
        if quantity and CELLS_LABEL.search(quantity.group("label")):
            _take_share(values, quantity.group("value"))
            return
        if quantity and values.percent is not None:
            # another share's line ('Percentage of tumour cells: 60%'): its number is not ours
            other = read_values(quantity.group("value")).percent
            values.percent = None if other == values.percent else values.percent
        position = line_end if line_end < end else -1


_SHARE_VALUE = re.compile(r"[<>≤≥]?=?[\d.]+(?:-[\d.]+)?%")
# A quantity among other words on the name's own line: its label holds no bracket and no tick.
_QUANTITY_IN_LINE = re.compile(
    r"(?P<label>(?:%|(?:percent(?:age)?|proportion|share)\b)[^\n:%\d()\[\]]{0,70}?)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<value>(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:\.\d+)?(?:[ \t]*[\-–][ \t]*\d{1,3}(?:\.\d+)?)?"
    r"[ \t]*%?)(?![\d.])",
    re.IGNORECASE,
)


def _take_share(values: StatedValues, share: str) -> None:
    """The quantity's share replaces any share the other words gave ('% ... : 70' is 70%)."""
    stated = read_values(share if "%" in share else f"{share}%")
    values.percent = stated.percent
    values.values = [v for v in values.values if not _SHARE_VALUE.fullmatch(v)]
    values.values += stated.values


# 'strong (3+) complete membrane staining for HER2': the score, then the stain it scores.
_SCORE_BEFORE_STAIN_FOR = re.compile(
    r"(?<![\d.])([0-3])[ \t]?\+?[ \t]*\)?[^.;:\n()]{0,50}?\b(?:staining|reactivity"
    r"|immunoreactivity|positivity)\s+(?:[a-z]+\s+){0,2}?(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _score_before_stain_for(reading: _Reading, mention: Mention) -> IHCScore | None:
    """A score 0 to 3+ before the staining words that lead to the name, in its statement."""
    stmt_start, _ = _statement(reading, mention.start, mention.end)
    low = max(stmt_start, mention.start - 90)
    found = _SCORE_BEFORE_STAIN_FOR.search(reading.text, low, mention.start)
    return IHCScore(_IHC_LEVELS[int(found.group(1))]) if found else None


_IHC_LEVELS = ("0", "1+", "2+", "3+")


def _card_classed_as_no_result(reading: _Reading, mention: Mention) -> bool:
    """Whether the gene heads a card whose lines class its variant as benign or uncertain.

    'Gene: BRCA2' / 'Variant: ...' / 'Classification: Benign'; the card runs to a blank line
    or the next line that starts with a name.
    """
    text = reading.text
    line_start = start_of_line(text, mention.start)
    line_end = text.find("\n", mention.end)
    if line_end == -1 or text[mention.end : line_end].strip():
        return False
    if not _CARD_HEAD.fullmatch(text, line_start, mention.start):
        return False
    starts = {start_of_line(text, m.start) for m in reading.mentions if m.start > line_end}
    for _ in range(_CARD_LINES):
        following = end_of_line(text, line_end + 1)
        line = text[line_end + 1 : following]
        if not line.strip() or line_end + 1 in starts or _next_card(line):
            return False
        if _NO_RESULT_CLASS.match(line):
            return True
        line_end = following
    return False


def _next_card(line: str) -> bool:
    """Whether a line heads another card: 'Gene:' or a gene's symbol alone ('ATM')."""
    head = _CARD_HEAD.match(line)
    rest = line[head.end() if head else 0 :].strip()
    return (head is not None and head.group(0).strip() != "") or other_gene(rest)


def _amplification_in_combined_status(
    reading: _Reading, rule: MarkerRules, mention: Mention, end: int
) -> Finding | None:
    """The ISH verdict a combined status gives with it, as the ISH test's result.

    'The final HER2 status is NEGATIVE (not amplified)': the combined status is no single
    test's result, but the words that name amplification are the in situ hybridisation's.
    """
    cues = [
        c
        for c in _post_cues(reading, mention.end, end)
        if c.aspect is Aspect.AMPLIFICATION and not c.weak
    ]
    stated = any(
        c.aspect is Aspect.AMPLIFICATION and mention.start - _ISH_REACH <= c.start < mention.start
        for c in reading.cues
    )
    if not cues and not stated and _after_an_ish_count(reading.text, mention.start):
        # 'ratio 1.8 ... ISH group 3 ... final HER2 status: POSITIVE': the status that
        # closes an in situ count, which gave no verdict of its own, is that test's
        cues = [
            c
            for c in _post_cues(reading, mention.end, end)
            if not c.weak and c.aspect is None and _VERDICT.fullmatch(reading.text[c.start : c.end])
        ][:1]
    if not cues or Aspect.AMPLIFICATION not in rule.aspects:
        return None
    status = cues[0].status_for(rule.ihc_score_sets_status)
    values = read_values("")
    return _finding(reading, rule, mention, cues[0], Aspect.AMPLIFICATION, status, values, end)


# An in situ count's figures: a ratio to the centromere with its number, or an ISH group.
_ISH_COUNT = re.compile(
    r"(?:CEP[ \t]?17|centromere|ratio)[^\n]{0,30}?\d\.\d|\bISH[ \t]+group[ \t]+[1-5]\b",
    re.IGNORECASE,
)
_ISH_REACH = 400
_NOT_DONE = compile_tolerant(r"\bnot\s+(?:performed|done|tested)|\bpending\b", re.IGNORECASE)


# The words that give a tumour's overall class before the name: 'is therefore considered'.
_CONSIDERED_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:therefore|thus|then|overall)\s+)?"
    r"(?:considered|classified\s+as|regarded\s+as|deemed)\s+(?:to\s+be\s+)?$"
    r"|\b(?:so|therefore|thus|hence)\s+(?:the\s+)?(?:tumou?r|carcinoma|cancer|lesion)\s+is\s+$",
    re.IGNORECASE,
)
# The same class after the name: 'HER2 negative overall', 'HER2 is therefore reported as
# negative', 'HER2 is thus positive'.
_CONSIDERED_AFTER = re.compile(
    r"[ \t]+(?:(?:negative|positive|equivocal)[ \t]+overall\b"
    r"|(?:is|was)[ \t]+(?:therefore|thus|hence|overall)[ \t]+(?:(?:considered|reported|classified"
    r"|regarded|interpreted)[ \t]+(?:as[ \t]+)?)?(?:negative|positive|equivocal)\b)",
    re.IGNORECASE,
)


def _considered_after_ish(reading: _Reading, mention: Mention) -> bool:
    """Whether the name gives the overall class that an in situ result above decided.

    'HER2 not amplified (ratio 1.7) ... with IHC 2+, the tumour is considered HER2 negative'
    and '... the carcinoma is therefore classified as HER2 positive' state the combined status
    of both tests, not the stain's result; so do 'so the tumour is HER2 negative' and 'HER2
    negative overall' after an in situ verdict.
    """
    text = reading.text
    if not _CONSIDERED_BEFORE.search(
        text, max(0, mention.start - 50), mention.start
    ) and not _CONSIDERED_AFTER.match(text, mention.end):
        return False
    ish_verdict = any(
        c.aspect is Aspect.AMPLIFICATION and mention.start - _ISH_REACH <= c.start < mention.start
        for c in reading.cues
    )
    return ish_verdict or _after_an_ish_count(text, mention.start)


def _after_an_ish_count(text: str, start: int) -> bool:
    """Whether the lines just before a name give an in situ count (and no test left undone)."""
    before = text[max(0, start - _ISH_REACH) : start]
    return bool(_ISH_COUNT.search(before)) and not _NOT_DONE.search(before)


def _panel_reading(reading: _Reading, rule: MarkerRules) -> _Reading:
    """For a panel of stained proteins (MMR), the page's expression verdicts as the panel's.

    'No loss of expression of mismatch repair proteins' states a proficient panel: kept
    expression is a negative signature, lost expression a positive one.
    """
    if not rule.expression_states_signature:
        return reading
    return replace(reading, cues=[_as_signature(cue) for cue in reading.cues])


def _as_signature(cue: Cue) -> Cue:
    if not cue.kept_or_lost:
        return cue
    flipped = {Status.POSITIVE: Status.NEGATIVE, Status.NEGATIVE: Status.POSITIVE}
    status = flipped.get(cue.status, cue.status)
    return replace(cue, status=status, aspect=Aspect.SIGNATURE, scored_status=None)


def _status(
    rule: MarkerRules, aspect: Aspect, cue: Cue | None, values: StatedValues, window: str
) -> Status | None:
    """The status of a result: its cue's verdict, or what its stated values decide.

    A weak word ('expression') states no verdict; a stated share or score ('CPS 0') does.
    """
    stated = cue.status_for(rule.ihc_score_sets_status) if cue else None
    if rule.always_reported:
        # an index is reported with its number, never by a verdict ('an elevated MIB-1 index
        # ... none of these is present'): with no number there is no result of it
        return status_from_values(rule, aspect, None, values, window)
    if cue is not None and cue.weak:
        return status_from_values(rule, aspect, None, values, window) or stated
    return status_from_values(rule, aspect, stated, values, window)


def _other_aspect(
    reading: _Reading, rules: dict[Marker, MarkerRules], index: int, first: Finding
) -> Finding | None:
    """A second test's result for the same name: 'HER2 2+ by IHC, not amplified by FISH'.

    Only words that name their aspect ('not amplified') and come after the first result,
    within the name's own window, speak for another aspect of the marker.
    """
    mention = reading.mentions[index]
    rule = rules[mention.marker]
    if len(rule.aspects) < 2:
        return None
    end = _window_end(reading, index)
    scored = _score_before_other_test(reading, rule, mention, first)
    if scored:
        return scored
    listed = _listed_kind_not_found(reading, rule, mention, first)
    if listed:
        return listed
    denied = _denied_kind_after_semicolon(reading, rule, mention, first, end)
    if denied:
        return denied
    for cue in _post_cues(reading, first.end, end):
        aspect = None if cue.weak else cue.aspect or _method_aspect(reading, cue, rule)
        if aspect is None or aspect is first.aspect:
            continue
        if _inside_matched(reading, "background", cue.start, cue.end):
            continue  # 'R132H IHC: positive, indicative of an IDH-mutant glioma'
        if _governs_next_clause(reading, cue, index):
            continue  # 'no BRAF mutation in a tumour with loss of MLH1': the loss is MLH1's
        if _after_another_genes_name(reading, cue.start):
            continue  # 'IDH1-mutant astrocytoma with ATRX loss': the loss is ATRX's
        if _names_a_mutant_protein(reading, cue):
            continue  # 'negative for the R132H mutant IDH1 protein': the antibody's target
        if aspect in rule.aspects and _speaks_for(cue, rule):
            return _finding(
                reading,
                rule,
                mention,
                cue,
                aspect,
                cue.status_for(rule.ihc_score_sets_status),
                read_values(""),
                end,
            )
    return None


# A gene's symbol right before a verdict word: 'ATRX loss', 'PTEN deletion', 'SMAD4 lost'.
_SYMBOL_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Z0-9]{1,8})[ \t]+$")


def _after_another_genes_name(reading: _Reading, offset: int) -> bool:
    """Whether a gene that no rule names stands right before the verdict word.

    verdict_of_the_gene_before_it: 'with ATRX loss' and 'and PTEN loss' are those genes' losses,
    never another aspect of a name before them.
    """
    symbol = _SYMBOL_BEFORE.search(reading.text, max(0, offset - 12), offset)
    if symbol is None or not other_gene(symbol.group(1)):
        return False
    return not any(m.start < symbol.end(1) and symbol.start(1) < m.end for m in reading.mentions)


# What joins the kinds of alteration a row lists: 'SNVs / indels, amplification'.
_KINDS_JOIN = re.compile(r"[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*|[ \t]*\(", re.IGNORECASE)


def _listed_kind_not_found(
    reading: _Reading, rule: MarkerRules, mention: Mention, first: Finding
) -> Finding | None:
    """The other kind of alteration a row lists before its one negative verdict (listed_kinds).

    'ERBB2  SNVs / indels, amplification  Not detected' and 'MET amplification or exon 14
    skipping: none found': no kind the row lists was found, each is its own negative result.
    """
    if first.status is not Status.NEGATIVE or first.start != mention.start:
        return None
    verdict = next((c for c in reading.cues if c.end == first.end and not c.weak), None)
    if verdict is None or verdict.start <= mention.end:
        return None
    if "\n" in reading.text[mention.end : verdict.start]:
        return None
    # a change the name carries is a kind listed too, beside another kind of alteration: 'BRAF
    # (V600E and fusions): not detected' (a stain's clone after it, 'V600E (VE1)', is no kind)
    low = mention.end
    if mention.name_end is not None and first.aspect in _GENOMIC:
        low = mention.name_end
    words = sorted(
        (
            w
            for w in reading.aspects
            if low <= w.start
            and w.end <= verdict.end
            and _aspect_of_word(reading, rule, w) in rule.aspects
        ),
        key=lambda w: w.start,
    )
    kinds = [_aspect_of_word(reading, rule, w) for w in words]
    for (before, before_kind), (word, kind) in pairwise(zip(words, kinds, strict=True)):
        if before_kind is not kind and not _KINDS_JOIN.fullmatch(
            reading.text, before.end, word.start
        ):
            return None  # another kind's words, not a list of kinds
    other = next((kind for kind in kinds if kind is not first.aspect), None)
    if other is None or first.aspect not in kinds:
        return None
    return _finding(
        reading, rule, mention, verdict, other, first.status, read_values(""), verdict.end
    )


def _denied_kind_after_semicolon(
    reading: _Reading, rule: MarkerRules, mention: Mention, first: Finding, end: int
) -> Finding | None:
    """Another kind of the gene, after the ';' that ends the window of its denied one.

    'RET: no mutation detected; no fusion detected', 'BRAF: V600E not detected; no fusion
    identified' and 'MET: no exon 14 skipping; amplification detected': the clause names no
    gene of its own, only a verdict that names its kind (or a kind and a bare verdict), so it
    is the same gene's other result.
    """
    text = reading.text
    if end >= len(text) or text[end] != ";":
        return None
    following = bisect_left(reading.break_offsets, end + 1)
    clause_end = len(text)
    if following < len(reading.break_offsets):
        clause_end = reading.break_offsets[following]
    line_end = text.find("\n", end)
    clause_end = clause_end if line_end == -1 else min(clause_end, line_end)
    if any(end < m.start < clause_end for m in reading.mentions):
        return None
    cues = [c for c in _post_cues(reading, end + 1, clause_end) if not c.weak]
    words = [w for w in reading.aspects if end < w.start and w.end <= clause_end]
    if not cues:
        return _score_after_semicolon(reading, rule, mention, first, end, clause_end)
    if len(cues) != 1:
        return None
    if first.status is not Status.NEGATIVE and cues[0].status is not Status.NEGATIVE:
        return None  # after a found result only a denied kind: 'MET amplified; no exon 14 skipping'
    named = {_aspect_of_word(reading, rule, w) for w in words}
    aspect = cues[0].aspect or (named.pop() if len(named) == 1 else None)
    if aspect is None or aspect is first.aspect or aspect not in rule.aspects:
        return None
    spans = [(c.start, c.end) for c in cues] + [(w.start, w.end) for w in words]
    rest = text[end + 1 : clause_end]
    for start, stop in sorted(spans, reverse=True):
        rest = rest[: start - end - 1] + rest[stop - end - 1 :]
    if _FILLER.sub("", rest).strip(" \t.,"):
        return None  # more words than the kind and its verdict: not a bare second result
    status = cues[0].status_for(rule.ihc_score_sets_status)
    return _finding(reading, rule, mention, cues[0], aspect, status, read_values(""), end)


_BARE_SCORE = re.compile(
    r"[ \t]*(?:(?:IHC|immuno\w*)[ \t]+)?(?:(?:HER2[ \t]+)?score[ \t]*:?[ \t]*)?[0-3]\+?[ \t.]*",
    re.IGNORECASE,
)


def _score_after_semicolon(
    reading: _Reading, rule: MarkerRules, mention: Mention, first: Finding, end: int, stop: int
) -> Finding | None:
    """A stain's bare score after the ';' that ends the gene's other verdict.

    'HER2: not amplified; score 3+' and 'HER2 ISH: not amplified; IHC 2+': the score, the clause's
    only words, is the stain's result beside the ISH test's.
    """
    if first.aspect is Aspect.EXPRESSION or not rule.ihc_score_sets_status:
        return None
    if Aspect.EXPRESSION not in rule.aspects:
        return None
    if not _BARE_SCORE.fullmatch(reading.text, end + 1, stop):
        return None
    values = read_values(reading.text[end + 1 : stop])
    if values.ihc_score is None:
        return None
    status = status_from_values(rule, Aspect.EXPRESSION, None, values, "")
    if status is None:
        return None
    return _finding(reading, rule, mention, None, Aspect.EXPRESSION, status, values, stop)


def _score_before_other_test(
    reading: _Reading, rule: MarkerRules, mention: Mention, first: Finding
) -> Finding | None:
    """The stain's score before another test's verdict: 'HER2 score 2+, FISH not amplified'.

    The score states the stain's result on its own; the verdict after it is the ISH test's.
    """
    if first.aspect is Aspect.EXPRESSION or not rule.ihc_score_sets_status:
        return None
    if first.start != mention.start or Aspect.EXPRESSION not in rule.aspects:
        return None
    verdict = next((c for c in reading.cues if c.end == first.end and not c.weak), None)
    if verdict is None or verdict.start <= mention.end:
        return None
    values = read_values(reading.text[mention.end : verdict.start])
    if values.ihc_score is None:
        return None
    status = status_from_values(rule, Aspect.EXPRESSION, None, values, "")
    if status is None:
        return None
    return _finding(reading, rule, mention, None, Aspect.EXPRESSION, status, values, verdict.start)


def _method_aspect(reading: _Reading, cue: Cue, rule: MarkerRules) -> Aspect | None:
    """The aspect of the method whose name the verdict touches, before or after it.

    In-situ hybridisation tests a rearrangement's gene (ALK, ROS1) for its break, not its copy
    number (copy_words_for_a_fusion_gene): 'ALK FISH: positive', 'ROS1 negative by FISH'.
    """
    touching = _METHOD_BEFORE.search(reading.text, max(0, cue.start - 30), cue.start)
    touching = touching or _METHOD_AFTER.match(reading.text, cue.end)
    aspect = _METHOD_ASPECT[touching.group(1).upper()] if touching else None
    if aspect is Aspect.AMPLIFICATION and rule.default_aspect is Aspect.FUSION:
        return Aspect.FUSION
    return aspect


def _chosen_text(reading: _Reading, start: int, end: int) -> str:
    """The words from start to end with every option left unticked blanked out.

    '( ) Score 0  (X) Score 2+': the score of an option not chosen is no stated value.
    """
    return _blanked(reading.text[start:end], start, reading.unchosen)


def _without_scale_headers(reading: _Reading, window: str, start: int) -> str:
    """values_inside_a_scale_header: the window (from `start`) with a score scale's header blanked.

    A header of a stain's scores ('HER2   0   1+   2+   3+') over the shares at each holds
    the scale's scores, never the name's result.
    """
    headers = [
        r
        for r in reading.exclusions
        if r.label == "match:criteria" and SCORE_SCALE.search(reading.text, r.start, r.end)
    ]
    return _blanked(window, start, headers)


def _blanked(window: str, start: int, regions: list[Region]) -> str:
    """The window of the page's text from `start`, with the parts the regions cover blanked."""
    end = start + len(window)
    for region in regions:
        low, high = max(region.start, start) - start, min(region.end, end) - start
        if low < high:
            window = window[:low] + " " * (high - low) + window[high:]
    return window


def _before_reference(window: str) -> str:
    reference = _REFERENCE.search(window)
    window = window[: reference.start()] if reference else window
    return _CRITERION_BRACKET.sub(lambda bracket: " " * len(bracket.group(0)), window)


# criterion_bracket_after_a_verdict: a bracket that opens with the name of a threshold and holds
# bounds ('GD2 POSITIVE (study threshold: >=50% of cells, >=2+)', '(criteria: >= 2+ in >= 30%)')
# gives the criterion's numbers, not the result's (a burden's cut-off, with its unit, is read).
_CRITERION_BRACKET = re.compile(
    r"\((?:[A-Za-z]+[ \t]+){0,2}?(?:thresholds?|cut[ \t\-]?offs?|criteri(?:a|on)|eligibility)\b"
    r"(?=[^()\n]*[<>≥≤])(?![^()\n]*\bmut)[^()\n]{0,100}\)",
    re.IGNORECASE,
)


# Loss of heterozygosity right after a mismatch repair gene's name ('MLH1 loss of heterozygosity',
# 'MSH2 LOH') is a finding about the gene's copies, not the protein's stain: found or denied,
# it states no expression result.
_HETEROZYGOSITY_AFTER = re.compile(
    r"[ \t]*(?:gene[ \t]+)?(?:\(?LOH\b|loss[ \t]+of[ \t]+heterozygosity\b)", re.IGNORECASE
)


def _status_cue(
    reading: _Reading,
    rule: MarkerRules,
    index: int,
    end: int,
    later: dict[int, Finding | None],
) -> Cue | None:
    mention = reading.mentions[index]
    if rule.mismatch_repair_protein and _HETEROZYGOSITY_AFTER.match(reading.text, mention.end):
        return None  # 'no evidence of MLH1 loss of heterozygosity': the gene's copies, no stain
    lead_start = max(0, mention.start - 40)
    negator = _NEGATOR_BEFORE.search(reading.text, lead_start, mention.start)
    if negator is None and not rule.mismatch_repair_protein:
        # aberrant_pattern_denied: 'no evidence of aberrant p53 expression' is a wild-type
        # stain; a mismatch repair protein's 'no abnormal staining' keeps the protein and is
        # read word by word
        negator = _ABERRANT_DENIED_BEFORE.search(reading.text, lead_start, mention.start)
    if negator and _answers_row_above(reading, negator.start()):
        negator = None
    if negator and _denied_kind_not_the_markers(reading.text, rule, mention):
        return None
    if negator and _TREATMENT_AFTER_NAME.match(reading.text, mention.end):
        negator = None  # 'no EGFR-targeted therapy', 'no TMB cut-off': the noun is denied
    if negator or _negated_list(reading, index):
        if Aspect.EXPRESSION in rule.aspects and loss_after_list(
            reading.text, reading.mentions, index, _list_gap
        ):
            # 'no sign of MLH1 loss': the negator denies the loss; the stain is kept
            kept = Status.POSITIVE
            return Cue(mention.start - 1, mention.start, kept, "before", Aspect.EXPRESSION)
        return Cue(mention.start - 1, mention.start, Status.NEGATIVE, "before", None)
    governing = _governing_cue(reading, mention, rule)
    if governing and _DENIED_AFTER_NAME.match(reading.text, mention.end):
        # 'Loss of nuclear expression of MLH1: No': the answer denies the verdict it asks
        flipped = {Status.POSITIVE: Status.NEGATIVE, Status.NEGATIVE: Status.POSITIVE}
        status = flipped.get(governing.status, governing.status)
        return replace(governing, status=status, scored_status=None)
    if governing:
        # 'stained for PR: negative': the verdict after the name; 'Sections were stained for ER
        # and PR.' (the test done) states no result of its own
        verdict = _verdict_after_a_stain_word(reading, rule, mention, governing)
        if verdict:
            return verdict
        if not _stain_done(reading.text, governing):
            return governing
    own = _own_status_word(reading, rule, mention, end)
    if own:
        return own
    inner = mention.end
    if mention.name_end is not None and _alone_on_its_line(reading.text, mention):
        inner = mention.name_end  # a row 'BRAF V600E': the variant in the name is its cue
    posts = [
        c
        for c in _post_cues(reading, inner, end)
        if _speaks_for(c, rule)
        and not _led_next(c, index, later)
        and not _governs_next_clause(reading, c, index)
        and (c.start >= mention.end or c.weak)
        and not (c.weak and _name_and_noun_heading(reading, index, c))
        and not _attribute_of_a_later_name(reading, index, c)
        # 'No FGFR3 alteration was found': a verdict that names another gene is that gene's
        and not (c.start > mention.end and _names_another_gene(reading.text[c.start : c.end]))
        and not _names_a_mutant_protein(reading, c)
    ]
    if not posts and inner < mention.end and Aspect.MUTATION in rule.aspects:
        # 'Actionable: EGFR exon 19 deletion (p.E746_A750del)': a class in the name, no notation
        if normalise_alteration(reading.text[inner : mention.end]):
            posts = [Cue(inner, mention.end, Status.POSITIVE, "after", Aspect.MUTATION, weak=True)]
    if not posts:
        found_item = _found_item_cue(reading, rule, mention, end)
        posts = [found_item] if found_item else []
    ticked = [c for c in posts if _TICKED_BOX.search(reading.text, max(0, c.start - 25), c.start)]
    strong = [c for c in posts if not c.weak]
    concluded = _overexpression_denied_after(reading, strong)
    if concluded is not None and not ticked:
        return concluded
    if ticked or strong:
        return (ticked or strong)[0]
    if posts and _coordinated_with_a_kind(reading, index):
        # 'KRAS G12C and ALK fusion: negative': the change is what was looked for, as ALK's
        # fusion is; the one verdict after them is each item's, in its own aspect
        following = reading.mentions[index + 1]
        _, stmt_end = _statement(reading, following.start, following.end)
        shared_verdict = _bare_verdict(reading, following.end, stmt_end)
        if shared_verdict:
            return shared_verdict
    shared = _verdict_after_a_list_of_changes(reading, rule, index)
    if shared:
        return shared
    listed = _list_governor(reading, index, rule)
    if listed and _stain_done(reading.text, listed):
        listed = _verdict_after_a_stain_word(reading, rule, mention, listed)
    if listed:
        # 'loss of MSH2 and MSH6 expression': the verdict before the list
        return _verdict_of_a_later_sublist(reading, rule, index, end, later, listed) or listed
    leading = _leading_verdict(reading, rule, index)
    if leading:
        return leading
    # 'HER2: negative for overexpression': the verdict beats the weak word it governs.
    trailing = _trailing_verdict(reading, rule, mention, end)
    if trailing:
        return trailing
    if posts:
        return posts[0]
    own_change = _own_change_before_a_bare_gene(reading, rule, index, end)
    if own_change:
        return own_change
    joined = _joined_to_next(reading, rule, index, end, later)
    if joined:
        return joined
    return _pre_cue(reading, rule, mention, [mention, *_list_before(reading, index)][-1])


# An article right before a verdict word: 'together with a positive', 'and an intact'.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)
# From the verdict to the next name: a few words on its line, a bracket's opening at most.
_TO_THE_NAME = re.compile(r"[ \t]*+(?:[\w\-]++[ \t]*+\(?[ \t]*+){0,2}")


# mutant_protein_named: 'the R132H mutant IDH1 protein', 'stains the mutated BRAF V600E
# protein': the protein a mutation-specific antibody is made to, named by its change; no
# verdict of the change before it.
_MUTANT_WORD = re.compile(r"mutant|mutated", re.IGNORECASE)
_PROTEIN_AFTER = re.compile(r"(?:[ \t]+[A-Z0-9][\w\-]*){0,2}[ \t\n]+(?:protein|epitope)\b", re.I)


def _names_a_mutant_protein(reading: _Reading, cue: Cue) -> bool:
    """Whether the cue is 'mutant' before a marker's name and 'protein' (mutant_protein_named)."""
    if not _MUTANT_WORD.fullmatch(reading.text, cue.start, cue.end):
        return False
    after = [m for m in reading.mentions if m.start > cue.end and not m.implied]
    if not after or reading.text[cue.end : after[0].start].strip():
        return False
    return _PROTEIN_AFTER.match(reading.text, after[0].end) is not None


def _attribute_of_a_later_name(reading: _Reading, index: int, cue: Cue) -> bool:
    """Whether a verdict after an article qualifies the next name's noun phrase.

    verdict_as_an_attribute_of_a_later_name: 'Loss of PMS2 together with a positive VE1 (BRAF
    V600E) immunostain' - the verdict opens the phrase whose name follows; it says nothing of
    the name before it.
    """
    mention = reading.mentions[index]
    if cue.start < mention.end or not _ARTICLE_BEFORE.search(
        reading.text, max(mention.end, cue.start - 6), cue.start
    ):
        return False
    if index + 1 >= len(reading.mentions):
        return False
    following = reading.mentions[index + 1]
    gap = _TO_THE_NAME.match(reading.text, cue.end)
    return gap is not None and gap.end() >= following.start > cue.end


# A heading that is a name and the noun of its test, alone on its line: 'GD2 EXPRESSION',
# 'Mesothelin expression'.
_NOUN_HEADING = re.compile(r"[ \t]*+(?:over)?expression[ \t:]*+(?:\n|$)", re.IGNORECASE)


def _name_and_noun_heading(reading: _Reading, index: int, cue: Cue) -> bool:
    """name_and_noun_heading: 'GD2 EXPRESSION' over a section that names GD2 again.

    The weak 'expression' after a name ('Mesothelin: expression in tumour cells') is a verdict
    in a sentence, and in a heading over lines that only describe the staining ('Strong
    membranous staining in 80%'); where the section under it names the marker again
    ('Immunohistochemistry for GD2 has been requested'), that naming says what there is.
    """
    text, mention = reading.text, reading.mentions[index]
    if not _NOUN_HEADING.match(text, mention.end) or cue.start < mention.end:
        return False
    if text[start_of_line(text, mention.start) : mention.start].strip():
        return False
    if index + 1 >= len(reading.mentions):
        return False
    following = reading.mentions[index + 1]
    gap = text[mention.end : following.start]
    return following.marker == mention.marker and "\n\n" not in gap and gap.count("\n") <= 2


# A verdict before the name that the words after it deny: 'Loss of nuclear expression of MLH1:
# No', 'Amplification of HER2 not present', 'Amplification of the HER2 gene was not identified',
# 'Loss of MLH1 expression not seen'.
_DENIED_AFTER_NAME = compile_tolerant(
    r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?"
    r"(?:[:\-–][ \t]*(?:no|none|not\s+(?:identified|seen|detected|present|observed))"
    r"|(?:(?:gene|protein|expression|staining)[ \t]+)?"
    r"(?:(?:was|is|were|are|has[ \t]+been|have[ \t]+been)[ \t]+)?"
    r"not[ \t]+(?:identified|seen|detected|present|observed|found))"
    r"\b(?![ \t]*(?:staining|expression|mutation))",
    re.IGNORECASE,
)


# An item's words that name what was found: 'MET amplification', 'ALK fusion (EML4-ALK)'.
_FOUND_ITEM = re.compile(
    r"[ \t]+(?:(?:gene|focal|high[\s\-]level)[ \t]+)?(amplification|fusion|rearrangement|mutation)"
    r"(?:[ \t]*\([^()\n]{0,40}\)?)?[ \t.]*$",
    re.IGNORECASE,
)


def _found_item_cue(reading: _Reading, rule: MarkerRules, mention: Mention, end: int) -> Cue | None:
    """An item under a label that says its items were found, named with what was found.

    'Alterations detected: ERBB2 amplification, PIK3CA H1047R': no verdict, but the label's.
    """
    text = reading.text
    line_start = start_of_line(text, mention.start)
    line_end = end_of_line(text, mention.end)
    before = text[line_start : mention.start]
    if ":" not in before or not _ITEM_OPENER.search(before):
        return None
    label = before.split(":", 1)[0]
    if not _FOUND_HEADING.search(label) or _ASKED.search(label):
        if not _after_a_found_change(reading, mention, line_start):
            return None
    item_end = _ITEM_END.search(text, mention.end, line_end)
    stop = min(end, item_end.start() if item_end else line_end)
    item = _FOUND_ITEM.match(text[mention.end : stop])
    if item is None:
        return None
    aspect = aspect_of_noun(item.group(1).lower())
    if aspect not in rule.aspects:
        return None
    start = mention.end + item.start(1)
    return Cue(start, mention.end + item.end(1), Status.POSITIVE, "after", aspect, weak=True)


_ITEM_AFTER_CHANGE = re.compile(
    r"[ \t]*(?:(?:mutation|variant|alteration)s?[ \t]*)?[,;][ \t]*", re.IGNORECASE
)


def _after_a_found_change(reading: _Reading, mention: Mention, line_start: int) -> bool:
    """Whether the item before the name, on its line, is another gene's with its change.

    'Panel: KRAS G12D mutation, TP53 mutation': a list whose items state what was found, so
    'TP53 mutation' is found too, though the label names no finding.
    """
    text = reading.text
    return any(
        c.aspect is Aspect.MUTATION
        and c.start >= line_start
        and _ITEM_AFTER_CHANGE.fullmatch(text, c.end, mention.start)
        and any(
            m.marker != mention.marker
            and m.start < c.start
            and (c.end <= m.end or _CHANGE_LEAD.fullmatch(text, m.end, c.start) is not None)
            for m in reading.mentions
        )
        for c in reading.cues
    )


def _answers_row_above(reading: _Reading, negator_start: int) -> bool:
    """Whether a 'No' that ends a line answers the name that line starts with.

    'MSI-H   No' / 'TMB-H   Yes': a row's answer is its own name's, never the next row's.
    """
    line_end = reading.text.find("\n", negator_start)
    if line_end == -1 or reading.text[negator_start:line_end].strip(" \t").count(" ") > 1:
        return False
    line_start = start_of_line(reading.text, negator_start)
    return any(
        line_start <= m.start
        and m.end <= negator_start
        and not reading.text[line_start : m.start].strip(ROW_BULLETS)
        for m in reading.mentions
    )


def _alone_on_its_line(text: str, mention: Mention) -> bool:
    """Whether the name is an item of its own, followed by nothing but its share of reads.

    A row, or an item after a label or a list's comma: 'Plasma: EGFR L858R 0.4%; ...'.
    """
    line_start = start_of_line(text, mention.start)
    line_end = end_of_line(text, mention.end)
    before = text[line_start : mention.start]
    item_end = _ITEM_END.search(text, mention.end, line_end)
    after = text[mention.end : item_end.start() if item_end else line_end]
    opens_item = not before.strip(ROW_BULLETS) or _ITEM_OPENER.search(before) is not None
    share = _ONLY_A_SHARE.fullmatch(after)
    if not opens_item or share is None:
        return False
    # with its share, or its label's words, it is a finding; a bare row needs a heading that
    # says what was found ('Alterations detected'), not what was asked ('Test requested:')
    if _SHARE.search(after) or (before.strip(ROW_BULLETS) and _FOUND_HEADING.search(before)):
        return True
    heading = _heading_above(text, line_start)
    return _FOUND_HEADING.search(heading) is not None and not _ASKED.search(heading)


def _heading_above(text: str, line_start: int) -> str:
    """The nearest line above that is no gene's row: the rows' heading or label."""
    end = line_start - 1
    for _ in range(_HEADING_REACH):
        if end <= 0:
            return ""
        start = start_of_line(text, end)
        line = text[start:end].strip(ROW_BULLETS)
        word = _FIRST_SYMBOL.match(line)
        if line and not (word and (other_gene(word.group(0)) or marker_named(word.group(0)))):
            return line
        end = start - 1
    return ""


def _verdict_of_a_later_sublist(
    reading: _Reading,
    rule: MarkerRules,
    index: int,
    end: int,
    later: dict[int, Finding | None],
    listed: Cue,
) -> Cue | None:
    """sublist_with_its_own_verdict: the verdict after a part of the list that a comma opens.

    'loss of MSH2 and MSH6, MLH1 and PMS2 preserved' and 'negative for ER, PR and AR positive'
    end their list with a part that carries its own verdict, which differs from the one that
    leads the list: the part's names take that verdict, not the leading one.
    """
    if (
        index == 0
        or "," not in reading.text[reading.mentions[index - 1].end : reading.mentions[index].start]
    ):
        return None
    joined = _joined_to_next(reading, rule, index, end, later)
    if joined is None or joined.status is listed.status:
        return None
    return joined


def _leading_verdict(reading: _Reading, rule: MarkerRules, index: int) -> Cue | None:
    """A verdict word right before the list this name is in, if it opens its own clause.

    'Retained MSH2 and MSH6', 'loss of MLH1, with intact PMS2' and 'shows positive ER and PR'
    give the verdict first; in 'ER negative PR' the word closes ER's result and leads nothing,
    and in 'negative for the mutant IDH1' it is a word inside another verdict.
    """
    first = [reading.mentions[index], *_list_before(reading, index)][-1]
    stmt_start, _ = _statement(reading, first.start, first.end)
    before = [c for c in reading.cues if c.start >= stmt_start and c.end <= first.start]
    if not before or not before[-1].leads or not _speaks_for(before[-1], rule):
        return None
    cue = before[-1]
    if not re.fullmatch(r"[ \t\-]*", reading.text[cue.end : first.start]):
        return None
    named = [m.end for m in reading.mentions if m.start >= stmt_start and m.end <= cue.start]
    if named and not _CLAUSE_OPENER.search(reading.text, named[-1], cue.start):
        return None
    governed = len(before) > 1 and before[-2].direction != "after"
    if governed and _ARTICLE_GAP.fullmatch(reading.text, before[-2].end, cue.start):
        return None  # 'negative for the mutant IDH1': an attribute inside another verdict
    return cue


def _led_next(cue: Cue, index: int, later: dict[int, Finding | None]) -> bool:
    """Whether the next name took this verdict, which stands before it, as its own.

    'PMS2, with retained MSH2' and 'negative ER and PR, positive HER2': one verdict, one list.
    """
    following = later.get(index + 1)
    return cue.leads and following is not None and following.start == cue.start


def _governs_next_clause(reading: _Reading, cue: Cue, index: int) -> bool:
    """Whether a verdict after this name opens a clause of its own and governs the next name.

    'intact expression of MLH1 and PMS2 but loss of MSH2': 'loss of' is MSH2's, not PMS2's.
    governing_verdict_on_a_later_statement: 'MSH6: present' / 'Interpretation: loss of MLH1':
    a statement's end between the name and the verdict parts them as a clause's join does.
    """
    if cue.direction == "after" or index + 1 >= len(reading.mentions):
        return False
    following = reading.mentions[index + 1]
    if not _GOVERNS.search(reading.text, cue.start, cue.end):
        return False
    if not _ARTICLE_GAP.fullmatch(reading.text, cue.end, following.start):
        return False
    name_end = reading.mentions[index].end
    if _CLAUSE_JOIN.search(reading.text, name_end, cue.start) is not None:
        return True
    at = bisect_left(reading.break_offsets, name_end)
    return at < len(reading.break_offsets) and reading.break_offsets[at] < cue.start


_CLAUSE_JOIN = re.compile(r"\b(?:but|while|whereas|although|though|with|and)\b|,", re.IGNORECASE)


def _list_before(reading: _Reading, index: int, kinds: bool = False) -> Iterator[Mention]:
    """The names before this one in its list, nearest first ('ER, PR and p53').

    With kinds, an item may end in its own kind of finding (kinds_in_a_denied_list): 'no ALK
    or RET rearrangement or MET amplification' denies each item, each of its own kind.
    """
    while index > 0:
        before, here = reading.mentions[index - 1], reading.mentions[index]
        gap = reading.text[before.end : here.start]
        if not _list_gap(gap) and not (kinds and _KIND_GAP.fullmatch(gap)):
            return
        yield before
        index -= 1


# The end of a list's item that names its kind of finding, then the join to the next item: a
# comma or a joining word ('no ALK rearrangement\nROS1 IHC positive' joins no list: a row
# ends where its line does).
_KIND_GAP = re.compile(
    r"[ \t]+(?:genes?[ \t]+)?(?:mutations?|variants?|alterations?|fusions?|rearrangements?"
    r"|amplifications?)(?:[ \t]*,[ \t\n]*(?:(?:and|or|nor)\b[ \t\n]*)?"
    r"|[ \t\n]*(?:and|or|nor)\b[ \t\n]*)",
    re.IGNORECASE,
)


# A bracket after a listed gene that says which parts of it were tested: '(exons 2-4)',
# '(codons 12, 13 and 61)', '(including codon 600)', '(exon 15)'.
_TESTED_PART_NOTE = re.compile(
    r"[ \t]*+\((?:including[ \t]++|incl\.[ \t]*+|all[ \t]++)?(?:exons?|codons?|hotspots?)"
    r"[ \t]++[\w ,.\-–]{0,40}+\)",
    re.IGNORECASE,
)
# After the note, the join to the next item: a comma or 'and', 'or'.
_PART_NOTE_JOIN = re.compile(r"[ \t]*+(?:,[ \t]*+(?:(?:and|or)[ \t]++)?|(?:and|or|&)[ \t]++)")


def _list_gap(gap: str) -> bool:
    """Whether two names are joined in one list, genes that no rule names included.

    Commas and 'and' join them; so does a gene between commas ('ALK, NRG1, ROS1 fusions not
    detected', 'BRAF, STK11, KRAS: wild type'). Such a gene is one of known shape (capitals
    ending in a digit: STK11, NRG1, CDKN2A) or a listed panel gene (APC, PTEN), and a comma
    follows it; a protein change (L858R), a clone (SP263) or a probe (CEP17) is none.
    """
    if _VALUE_BETWEEN.fullmatch(gap):
        return False  # value_after_each_name: 'ER 8 / PR 0 / HER2 1+' pairs keys and values
    if _LIST_JOIN.fullmatch(gap):
        return True
    part = _TESTED_PART_NOTE.match(gap)
    if part and _PART_NOTE_JOIN.fullmatch(gap, part.end()):
        return True  # tested_part_in_brackets: 'NRAS (exons 2, 3 and 4), HRAS and BRAF'
    if "," not in gap:
        return False
    rest = _LISTED_OTHER_GENE.sub(lambda g: "" if _gene_in_a_list(g.group(0)) else "?", gap)
    return rest != gap and _LIST_JOIN.fullmatch(rest) is not None


def _gene_in_a_list(word: str) -> bool:
    return other_gene(word) and not word.startswith("CEP") and not ROW_VARIANT.fullmatch(word)


# The kind of finding a negator denies, named right after the name: 'no MMR gene variant'.
_KIND_AFTER_NAME = re.compile(
    r"[ \t]+(?:genes?[ \t]+)?(?:(?P<mutation>mutations?|variants?|alterations?)"
    r"|(?P<fusion>fusions?|rearrangements?)|(?P<amplification>amplifications?))\b",
    re.IGNORECASE,
)


def _denied_kind_not_the_markers(text: str, rule: MarkerRules, mention: Mention) -> bool:
    """Whether the negator before the name denies a kind of finding the marker does not have.

    'MSI-H without an MMR gene variant' and 'no MSI-related gene mutation' deny a change in
    the repair genes, not the MMR or MSI status that the marker's rule reads.
    """
    kind = _KIND_AFTER_NAME.match(text, mention.end)
    if kind is None or kind.lastgroup is None:
        return False
    return Aspect(kind.lastgroup) not in rule.aspects


def _negated_list(reading: _Reading, index: int) -> bool:
    """'not ER or p53': a negator before a list's first name speaks for the names joined to it."""
    return any(
        _NEGATOR_BEFORE.search(reading.text[max(0, m.start - 40) : m.start])
        for m in _list_before(reading, index, kinds=True)
    )


def _list_governor(reading: _Reading, index: int, rule: MarkerRules) -> Cue | None:
    """The cue that governs the first name of the list this name is joined to, if any."""
    governing = (_governing_cue(reading, m, rule) for m in _list_before(reading, index, kinds=True))
    return next((cue for cue in governing if cue), None)


def _governing_cue(reading: _Reading, mention: Mention, rule: MarkerRules) -> Cue | None:
    """A 'negative for' or 'positive for' right before the name: it speaks of this marker.

    Words that may not decide the marker ('stained strongly for HER2': an intensity, where
    HER2's stain needs its score) govern nothing, as after the name (`_speaks_for`).
    """
    for cue in reading.cues:
        if cue.end > mention.start or cue.end < mention.start - 24:
            continue
        cue_text = reading.text[cue.start : cue.end]
        if cue.direction == "after" or not _GOVERNS.search(cue_text):
            continue
        if not _speaks_for(cue, rule):
            continue  # 'no abnormality of MLH1': words of a signature, MLH1 has none
        if any(
            r.label == "statement:methods" and r.start < cue.end and cue.start < r.end
            for r in reading.exclusions
        ):
            continue  # 'PCR AMPLIFICATION OF' / 'KRAS EXON 2': a method's words, no verdict
        if _GOVERNED_GAP.fullmatch(reading.text, cue.end, mention.start):
            return cue
    return None


# Between a governing verdict and its name: an article, or the site of the stain the name's
# protein took (stain_site_before_the_name): 'loss of nuclear PMS2 expression', 'lack of
# nuclear MLH1 staining', 'positive for nuclear ER'.
_GOVERNED_GAP = re.compile(
    r"[\s\-]*(?:the\s+|a\s+|an\s+)?(?:(?:nuclear|cytoplasmic|membranous|membrane)\s+)?",
    re.IGNORECASE,
)


# Words before a name that only say which stain the slide took ('stained for', 'the cells stain
# for'); a 'positively' or 'strongly' in them is a verdict of their own.
_STAIN_ONLY = re.compile(
    r"(?:(?:cells|tumou?r|carcinoma|neoplasm)\s+(?:\w+\s+)?)?(?:immuno)?stain(?:s|ed)?\s+for",
    re.IGNORECASE,
)
# The bare noun of a stain before its name (verdict_after_an_expression_noun): 'Nuclear
# expression of MSH6 is lost', 'Expression of ER: negative'. Its own reading (positive) holds
# only when no verdict follows the name.
_EXPRESSION_NOUN = re.compile(r"expression\s+(?:of|for)(?:\s+the)?", re.IGNORECASE)
# Before a stain word, words that make it the test done to the tissue, not the tumour's reaction
# ('Sections were stained for', 'Block A2 has been stained for', 'slides stained for'): a name it
# leads takes only the verdict that follows the name.
_STAIN_DONE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being)|\b(?:sections?|slides?|blocks?|levels?))\s+$",
    re.IGNORECASE,
)


def _stain_done(text: str, governing: Cue) -> bool:
    """Whether the governing stain word says only which stain was done ('were stained for')."""
    if not _STAIN_ONLY.fullmatch(text, governing.start, governing.end):
        return False
    return bool(_STAIN_DONE_BEFORE.search(text, max(0, governing.start - 12), governing.start))


# Between the name and the verdict that follows it: a key's sign, an opening bracket, words that
# lead to the verdict ('and found', 'was'), and other names of a list the verdict is shared by.
_TO_THE_VERDICT = re.compile(
    r"(?:[ \t:\-–(,/&]|\([^()\n]{0,30}\)|\b(?:and|or|was|were|is|are|found|to|be|both|all)\b)*",
    re.IGNORECASE,
)


def _verdict_after_a_stain_word(
    reading: _Reading, rule: MarkerRules, mention: Mention, governing: Cue
) -> Cue | None:
    """The verdict right after a name that a stain word leads: 'stained for PR: negative'.

    'Stained for' names the test; the words after the name ('- negative', '(negative)', 'and
    found negative', 'and PR: both negative') give its result.
    """
    if not _STAIN_ONLY.fullmatch(
        reading.text, governing.start, governing.end
    ) and not _EXPRESSION_NOUN.fullmatch(reading.text, governing.start, governing.end):
        return None
    _, stmt_end = _statement(reading, mention.start, mention.end)
    after = mention.name_end if mention.name_end is not None else mention.end
    verdict = None
    for cue in _post_cues(reading, after, stmt_end):
        if cue.weak or not _speaks_for(cue, rule):
            continue
        gap = reading.text[after : cue.start]
        for other in reversed(reading.mentions):
            if after <= other.start and other.end <= cue.start:
                gap = gap[: other.start - after] + gap[other.end - after :]
        if not _TO_THE_VERDICT.fullmatch(gap):
            break
        if verdict and any(verdict.end <= m.start < cue.start for m in reading.mentions):
            break  # 'ER (positive) and PR (negative)': the name had its own; the next its own
        verdict = cue  # the last of the words that lead to it: 'found negative'
    return verdict


def _trailing_verdict(
    reading: _Reading, rule: MarkerRules, mention: Mention, end: int
) -> Cue | None:
    """'ROS1 FISH: positive for rearrangement': a 'positive for' that names a test, not a marker."""
    for cue in reading.cues:
        if cue.start < mention.end or cue.end > end or cue.direction != "before":
            continue
        if _speaks_for(cue, rule) and _TEST_NOUN.match(reading.text, cue.end, end):
            return cue
    return None


def _speaks_for(cue: Cue, rule: MarkerRules) -> bool:
    """Whether a cue can state this marker's result; intensity never scores HER2."""
    if cue.aspect is not None and cue.aspect not in rule.aspects:
        return False
    return cue.scored_markers or not rule.ihc_score_sets_status


def _own_status_word(
    reading: _Reading, rule: MarkerRules, mention: Mention, end: int
) -> Cue | None:
    stmt_start, stmt_end = _statement(reading, mention.start, mention.end)
    start = max(stmt_start, mention.start - 20)
    # status_word_inside_another_name: 'MSI-High  Not detected  TMB 6.3 mut/Mb': the class in
    # another marker's name before this one is that name's, never this one's status word
    start = max(
        [start]
        + [
            m.end
            for m in reading.mentions
            if m.marker is not mention.marker and start < m.end <= mention.start
        ]
    )
    line_start = start_of_line(reading.text, mention.start)
    if not _WORD_CHARACTER.search(reading.text, line_start, mention.start):
        # a row's name takes no word from the row above, nor does one after an arrow ('=>')
        start = max(start, line_start)
    if _KEY_AFTER_KEY.search(reading.text, line_start, mention.start) and _KEYED.match(
        reading.text, mention.name_end or mention.end
    ):
        # 'MSI-High: not detected  TMB: not assessed': the words before a key's name are the
        # key's before it, with its own value (key_value_pairs_on_a_line), however far back
        # that key's colon stands ('TMB: 1.3 mut/Mb (low; high is >= 10)   MSI: stable')
        start = mention.start
    end = min(end, stmt_end)
    lone = _LONE_WORD_AFTER_SEMICOLON.match(reading.text, end)
    if lone:
        end = lone.end()  # 'TMB: 15 mut/Mb; High': the band closes the value's statement
    # a name that is a status ('MSS', 'MSI-L', 'microsatellite stable') states it, whatever
    # words stand before it, also where the name's words are a verdict's words too
    named = _status_word_in(reading, rule, mention.start, min(end, mention.end), mention)
    if named and mention.name_end is not None and _CLASS_DENIED.match(reading.text, mention.end):
        # class_key_denied: 'Microsatellite instability (MSI-High): NOT DETECTED' - the class
        # in the brackets is the question, its value the answer
        return _status_word_in(reading, rule, mention.end, end)
    if not named and _BRACKET_BEFORE.search(reading.text, start, mention.start):
        # '... PMS2 retained (MMR-deficient)': a bracketed name with its own status word
        # states it; the word before the bracket is the list's before it
        named = _status_word_in(reading, rule, mention.start, end)
    if named is None and start < mention.start:
        # 'all four proteins retained - MMR proficient': the name's own word after it is
        # its verdict; the one before it is the list's before it
        after = _status_word_in(reading, rule, mention.end, end)
        before = _status_word_in(reading, rule, start, mention.start)
        if after is not None and before is not None and before.status is after.status:
            return after
    return named or _status_word_in(reading, rule, start, end)


_BRACKET_BEFORE = re.compile(r"\([ \t]*$")
# A key's value that denies what the key names: ': NOT DETECTED', ' - not identified', ': absent'.
_CLASS_DENIED = compile_tolerant(
    r"[ \t]*\)?"
    + _KEY_SEPARATOR
    + r"(?:not[ \t]+(?:detected|identified|found|present|seen)|absent)\b",
    re.IGNORECASE,
)
# A name set off as a key by its colon, and another key's colon before it on its line.
_KEYED = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?:[ \t]*\S")
_KEY_AFTER_KEY = re.compile(r":[ \t]*\S[^\n:]*$")


_WORD_CHARACTER = re.compile(r"\w")


def _status_word_in(
    reading: _Reading, rule: MarkerRules, start: int, end: int, name: Mention | None = None
) -> Cue | None:
    """The first of the marker's own status words in text[start:end], in the rules' order."""
    for word in rule.status_words:
        # an option left unticked states nothing: 'MMR status: q Proficient x Deficient'
        chosen = _chosen_text(reading, start, end)
        found = _status_word_expression(word.pattern, tolerant=False).finditer(chosen)
        found = chain(
            found,
            # the word as OCR misread it ('stab1e'), where its letters are a word's, never a
            # lone letter read as a digit ('MSI-1' in an accession, 'TMB 1.6')
            (
                m
                for m in _status_word_expression(word.pattern, tolerant=True).finditer(chosen)
                if sum(c.isalpha() for c in m.group(0)) >= _MISREAD_WORD_LETTERS
            ),
        )
        match = next(
            (
                m
                for m in found
                if not _inside_longer_cue(reading, start, m, name)
                and not _inside_matched(reading, "criteria", start + m.start(), start + m.end())
            ),
            None,
        )
        if match and _UNCALLED_VALUE.match(reading.text, start + match.end()):
            return None  # uncalled_status_key: 'MSI-High | not evaluated' states no status
        if match:
            status = word.status
            if status is Status.POSITIVE and _NEGATED_VALUE.match(
                reading.text, start + match.end()
            ):
                status = Status.NEGATIVE  # 'MSI-High: NOT DETECTED' names what was not found
            return Cue(start + match.start(), start + match.end(), status, "either", word.aspect)
    return None


_MISREAD_WORD_LETTERS = 5


@cache
def _status_word_expression(pattern: str, tolerant: bool) -> re.Pattern[str]:
    """A marker's own status word as a whole word; tolerant, also as OCR misreads it."""
    whole = rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])"
    return compile_tolerant(whole) if tolerant else re.compile(whole, re.IGNORECASE)


def _inside_longer_cue(
    reading: _Reading, offset: int, match: re.Match[str], name: Mention | None = None
) -> bool:
    """Whether a status word is part of longer verdict words ('Loss of expression: none').

    Verdict words that are the name's own words ('microsatellite stable') hide none of them.
    """
    low, high = offset + match.start(), offset + match.end()
    return any(
        c.start <= low
        and high <= c.end
        and c.end - c.start > high - low
        and not (name is not None and name.start <= c.start and c.end <= name.end)
        for c in reading.cues
    )


def _joined_to_next(
    reading: _Reading,
    rule: MarkerRules,
    index: int,
    end: int,
    later: dict[int, Finding | None],
) -> Cue | None:
    """'ER and PR positive': the next name's verdict, if it is of an aspect this marker has.

    'staining for PR, and HER2 not amplified' joins two results; PR has no amplification.
    """
    if index + 1 >= len(reading.mentions):
        return None
    following = reading.mentions[index + 1]
    if end != following.start:
        return None
    gap = reading.text[reading.mentions[index].end : following.start]
    result = later.get(index + 1)
    if result is None or not _list_gap(gap):
        return None
    if "\n" in gap and _carries_a_change(reading.text, reading.mentions[index], following.start):
        # change_row_stands_alone: 'EGFR  21  p.L858R' over 'BRAF  15  Not detected' - a row
        # that names its gene's change is a row of its own, never a list with the next row
        return None
    bare = _bare_verdict(reading, following.end, result.end)
    # change_of_the_next_name_names_no_test: 'Rearrangements looked for and not found: ALK,
    # RET, MET exon 14 skipping' - the change written right after the next name is that name's
    # own, and says nothing of the test of the names before it
    own_change = _CHANGE_RIGHT_AFTER.match(reading.text, following.end)
    words_start = own_change.end() if own_change else following.end
    if result.aspect not in rule.aspects or (
        bare is not None and not _aspect_named(reading, words_start, result.end)
    ):
        # 'KRAS, ALK: not detected', 'BRAF and RET: not detected': a bare verdict of no aspect
        # is each name's, in the name's own aspect (BRAF's mutation, RET's fusion); a verdict
        # with its aspect ('HER2 not amplified') is the next name's only
        return None if bare is None else replace(bare, start=result.start, end=result.end)
    if bare is not None and _names_a_variant(reading, rule, reading.mentions[index]):
        # 'BRAF V600E and ALK rearrangement: not detected': the verdict, not ALK's kind
        return replace(bare, start=result.start, end=result.end)
    if read_values(gap).allred_score is not None:
        return None  # 'ER 8/8, PR 0/8': each name's own score, no list
    if result.aspect is Aspect.SIGNATURE and not gap.strip():
        return None  # 'Microsatellite status  Tumor Mutational Burden': two boxes' labels
    return Cue(result.start, result.end, result.status, "before", result.aspect)


def _aspect_named(reading: _Reading, start: int, end: int) -> bool:
    """Whether words between start and end name an aspect ('rearrangement', 'FISH')."""
    return any(start <= word.start and word.end <= end for word in reading.aspects_near(start, end))


# A change written right after a gene's name: 'G12C', 'p.V600E', 'c.35G>A', 'exon 2', 'codon 12'.
_CHANGE_AFTER_NAME = re.compile(
    r"[ \t:]*(?:\(?p\.|c\.|(?:exons?|ex|codons?)[ \t]?\d|[A-Z]\d{1,4}(?:[A-Z*]|del|ins|fs))",
    re.IGNORECASE,
)


# A protein change written after a gene's name: 'G12C', 'p.V600E', '(L858R)'.
_SHORT_CHANGE = r"\(?(?:p\.[ \t]?)?[A-Z]\d{1,4}(?:[A-Z*]|del|ins|fs)\w*\)?"
# A class of change named by its exon: 'exon 14 skipping', 'exon 20 insertions'.
# (a line may wrap before its class: 'MET exon 14' / 'skipping')
_EXON_CHANGE = (
    r"exon[ \t]?\d{1,2}(?:[ \t]++|[ \t]*+\n[ \t]*+)"
    r"(?:skipping|deletions?|insertions?|del|ins|duplications?)"
)
# The whole of a change written right after a name, its own ('EGFR L858R', 'MET exon 14
# skipping'): where it ends, which `_CHANGE_AFTER_NAME` (that one starts) does not tell.
_CHANGE_RIGHT_AFTER = re.compile(rf"[ \t:]*(?:{_SHORT_CHANGE}|{_EXON_CHANGE})", re.IGNORECASE)
# Between one gene's change and the next gene's name of the list.
_CHANGE_LIST_GAP = re.compile(
    rf"[ \t]*(?:{_SHORT_CHANGE}|{_EXON_CHANGE})?[ \t]*(?:[,;/]|\band\b|\bor\b)[ \t]*"
    r"(?:(?:and|or)[ \t]+)?",
    re.IGNORECASE,
)
# After the last gene of the list: its change, then the verdict's lead (': ', ' - ', '): ').
_CHANGE_LIST_TAIL = re.compile(
    rf"s?[ \t]*(?:{_SHORT_CHANGE}|{_EXON_CHANGE})?[ \t]*"
    r"(?:(?:mutations?|variants?)[ \t]*)?\)?[ \t]*[:\-–]?[ \t]*",
    re.IGNORECASE,
)


# 'and', 'or' or 'nor' joining a name with its change to a gene with its kind of finding.
_AND_OR_GAP = re.compile(
    rf"(?:[ \t:]*{_SHORT_CHANGE})?[ \t]*,?[ \t]+(?:and|or|nor|and/or)[ \t]+", re.IGNORECASE
)


def _coordinated_with_a_kind(reading: _Reading, index: int) -> bool:
    """Whether the name, with its change, is joined by 'and'/'or' to a gene with its own kind.

    'KRAS G12C and ALK fusion: negative', 'BRAF V600E or NTRK fusion: not detected': two items
    looked for under one verdict, not a change found beside a bare gene's verdict.
    """
    if index + 1 >= len(reading.mentions):
        return False
    mention, following = reading.mentions[index], reading.mentions[index + 1]
    if not bare_name(following):
        return False
    if not _AND_OR_GAP.fullmatch(reading.text, mention.end, following.start):
        return False
    return _KIND_AFTER_NAME.match(reading.text, following.end) is not None


def _verdict_after_a_list_of_changes(
    reading: _Reading, rule: MarkerRules, index: int
) -> Cue | None:
    """One verdict after a list of genes, each named with its change, is every item's.

    'EGFR L858R, KRAS G12C, BRAF V600E: not detected' and 'KRAS G12D and NRAS Q61K - not
    found': each change is what was looked for, not a finding. Every item must carry its
    own change: in 'EGFR exon 19 deletion, KRAS and BRAF wild type' the verdict is the bare
    genes' only.
    """
    if Aspect.MUTATION not in rule.aspects:
        return None
    text, mentions = reading.text, reading.mentions
    last = index
    while last + 1 < len(mentions):
        following = mentions[last + 1]
        if _its_own_change_next(text, mentions[last], following):
            last += 1  # 'EGFR exon 20 insertions': the class is a name of the same marker
            continue
        if not _CHANGE_LIST_GAP.fullmatch(text, mentions[last].end, following.start):
            break
        last += 1
    if last == index or not all(
        _carries_a_change(text, mentions[k], mentions[k + 1].start if k < last else None)
        or (k < last and _its_own_change_next(text, mentions[k], mentions[k + 1]))
        for k in range(index, last + 1)
    ):
        return None
    for cue in reading.cues:
        if cue.weak or cue.start < mentions[last].end:
            continue
        if not _CHANGE_LIST_TAIL.fullmatch(text, mentions[last].end, cue.start):
            return None
        return cue if cue.aspect in (None, Aspect.MUTATION) else None
    return None


def _its_own_change_next(text: str, mention: Mention, following: Mention) -> bool:
    """Whether the next name is the same marker's change written right after it."""
    return (
        following.implied
        and following.marker is mention.marker
        and not text[mention.end : following.start].strip()
    )


def _carries_a_change(text: str, mention: Mention, next_start: int | None) -> bool:
    """Whether the name is written with a change: in the name, or right after it."""
    if mention.implied:
        return True
    if mention.name_end is not None and normalise_alteration(text[mention.name_end : mention.end]):
        return True
    return _CHANGE_RIGHT_AFTER.match(text, mention.end, next_start or len(text)) is not None


def _own_change_before_a_bare_gene(
    reading: _Reading, rule: MarkerRules, index: int, end: int
) -> Cue | None:
    """A name that carries its own change, then another gene named bare: the change is found.

    'EGFR exon 19 deletion, KRAS and BRAF wild type' and 'EGFR L858R detected; KRAS not
    detected' (or 'EGFR: L858R, KRAS: wild type'): the verdict after the bare gene is that
    gene's whole-gene verdict, never the change's. A list of changes under one verdict ('EGFR
    L858R, KRAS G12C: not detected') is left to the list: the next gene carries a change too.
    """
    if Aspect.MUTATION not in rule.aspects or index + 1 >= len(reading.mentions):
        return None
    mention, following = reading.mentions[index], reading.mentions[index + 1]
    if end != following.start or following.marker is mention.marker or following.implied:
        return None
    gap = reading.text[mention.end : following.start]
    if not _ITEM_SEPARATOR.search(gap) or not _list_gap(gap):
        return None
    change_start = mention.start if mention.implied else mention.name_end
    if change_start is None or not normalise_alteration(reading.text[change_start : mention.end]):
        return None
    if following.name_end is not None or _CHANGE_AFTER_NAME.match(reading.text, following.end):
        return None
    return Cue(change_start, mention.end, Status.POSITIVE, "after", Aspect.MUTATION, weak=True)


def _bare_verdict(reading: _Reading, start: int, end: int) -> Cue | None:
    """The one strong verdict between start and end, if it names no aspect ('negative')."""
    cues = [
        c for c in reading.cues_near(start, end) if start <= c.start and c.end <= end and not c.weak
    ]
    if len(cues) != 1 or cues[0].aspect is not None or cues[0].direction == "before":
        return None
    return replace(cues[0], direction="before")


def _pre_cue(reading: _Reading, rule: MarkerRules, mention: Mention, first: Mention) -> Cue | None:
    """The verdict before the name; `first` is the first name of the list the name is in."""
    stmt_start, _ = _statement(reading, mention.start, mention.end)
    low = max(stmt_start, mention.start - _PRE_CUE_REACH)
    before = [
        c
        for c in reading.cues
        if c.start >= low
        and c.end <= mention.start
        and _speaks_for(c, rule)
        and not c.weak
        and not _stain_done(reading.text, c)
        and not _stain_verdict_before_a_named_kind(reading, c, mention)
    ]
    if not before:
        weak = [
            c
            for c in reading.cues
            if c.weak
            and low <= c.start
            and c.end <= mention.start
            and not _names_another_marker(reading, c, mention.marker)
            and not _on_a_named_row_above(reading, c, mention)
            and not _change_of_an_earlier_name(reading, c, mention)
        ]
        return weak[-1] if weak and _speaks_for(weak[-1], rule) else None
    nearest = before[-1]
    if nearest.direction != "after":
        if (
            _leads_own_clause(reading, nearest, mention)
            or _said_of_a_name_above(reading, nearest, first)
            or _verdict_of_the_row_above(reading, nearest, mention)
        ):
            return None
        return nearest
    if _closes_name_before(reading, stmt_start, nearest):
        return None
    gap = reading.text[nearest.end : mention.start]
    verdict = _VERDICT.fullmatch(reading.text[nearest.start : nearest.end].strip())
    if re.fullmatch(r"[ \t\-]*", gap) and verdict:
        return nearest
    return _group_verdict(reading, before, first)


# After a name, its own kind of finding, past a protein change: 'a BRAF V600E mutation'.
_OWN_KIND_AFTER = re.compile(
    r"[ \t]+(?:(?:p\.)?[A-Z][a-z]{0,2}\d{1,4}[A-Za-z_*]{0,12}[ \t]+)?"
    r"(?:gene[ \t]+)?(?:mutations?|variants?|fusions?|rearrangements?|amplifications?)\b",
    re.IGNORECASE,
)


def _stain_verdict_before_a_named_kind(reading: _Reading, cue: Cue, mention: Mention) -> bool:
    """Whether a stain's verdict before the name meets a name that states another kind.

    stain_verdict_before_a_named_mutation: 'Loss of MLH1 together with a BRAF V600E mutation':
    the loss is the stain's; the name after it says its own kind, a mutation, not a stain.
    """
    if cue.aspect is not Aspect.EXPRESSION:
        return False
    if _OWN_KIND_AFTER.match(reading.text, mention.end):
        return True
    # stain_verdict_before_a_named_variant: 'Loss of MLH1/PMS2 with BRAF V600E favours a
    # sporadic tumour': the name carries its protein change and no stain's word follows it
    return (
        mention.name_end is not None
        and mention.name_end < mention.end
        and bool(_PROTEIN_CHANGE_IN_NAME.search(reading.text, mention.name_end, mention.end))
        and not _STAIN_AFTER.match(reading.text, mention.end)
    )


_PROTEIN_CHANGE_IN_NAME = re.compile(r"(?:p\.)?[A-Z]\d{1,4}[A-Z*]")
# A stain's word after a variant's name: 'BRAF V600E (VE1) immunostain', 'V600E IHC'.
_STAIN_AFTER = re.compile(
    r"[ \t]*+(?:\([^()\n]{0,20}\)[ \t]*+)?(?:IHC|immuno\w*|stain\w*|VE1|protein|expression)\b",
    re.IGNORECASE,
)


# A verb right after a name makes it the subject of a clause of its own: 'and ER shows ...'.
_OWN_CLAUSE_VERB = re.compile(
    r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:shows?|stains?|stained|demonstrates?|exhibits?"
    r"|displays?|highlights?|labels?|is|was|are|were)\b",
    re.IGNORECASE,
)
_OTHER_ITEMS = re.compile(r"[,;]|\band\b", re.IGNORECASE)


# The first word of a row, after its bullets: the gene the row is of, when it is one.
_ROW_GENE = re.compile(rf"[ \t{re.escape(ROW_BULLETS)}]*([A-Z][A-Za-z0-9\-]{{1,9}})\b")


def _on_a_named_row_above(reading: _Reading, cue: Cue, mention: Mention) -> bool:
    """Whether a variant's words stand on an earlier row that a name begins: that row's.

    'BRCA2  p.K3326*  benign polymorphism' / 'HRR GENES (BRCA1, BRCA2):' - the change below
    the row's gene is that gene's, never a name's on a later line.
    """
    line_start = start_of_line(reading.text, cue.start)
    if reading.text.find("\n", cue.end, mention.start) == -1:
        return False
    if mention.name_end is not None and normalise_alteration(
        reading.text[mention.name_end : mention.end]
    ):
        return False  # 'BRAF V600E.' on a row below: its own change speaks as well
    if any(line_start <= m.start and m.end <= cue.start for m in reading.mentions):
        return True
    # change_on_another_genes_row: 'POLE  c.1270C>G  p.(Leu424Val)  VUS' - a row that a gene
    # no marker rule names begins is that gene's, never the next row's name's
    lead = _ROW_GENE.match(reading.text, line_start, cue.start)
    return lead is not None and other_gene(lead.group(1))


def _verdict_of_the_row_above(reading: _Reading, cue: Cue, mention: Mention) -> bool:
    """Whether a verdict before a row-leading name stands on a row above that a name leads.

    verdict_of_the_row_above: 'BRAF  NGS (DNA)  No mutation detected' over 'ALK / RET  NGS
    (RNA)  FAILED': each row's verdict is its own name's. A name inside wrapped prose ('...
    with no reactivity for' / 'GCDFP or ER.') keeps the verdict before it.
    """
    text = reading.text
    row_start = start_of_line(text, mention.start)
    if text[row_start : mention.start].strip(" \t-•*|"):
        return False
    cue_row = start_of_line(text, cue.start)
    if cue_row == row_start:
        return False
    leader = next((m for m in reading.mentions if m.start >= cue_row), None)
    return (
        leader is not None
        and leader.end <= cue.start
        and not text[cue_row : leader.start].strip(" \t-•*|")
        and _on_a_named_row_above(reading, cue, mention)
    )


def _said_of_a_name_above(reading: _Reading, cue: Cue, first: Mention) -> bool:
    """Whether a verdict before a line-leading name was said of another name on a line above.

    'Negative for ALK protein expression' / 'ROS1 rearrangement (FISH)': the verdict's subject
    is the other marker's name right after it; the name that starts a later line opens a
    block of its own (verdict_of_a_name_above). A list the verdict governs ('negative for
    ER,' / 'PR and HER2') is read from its first name, which no other name comes before.
    """
    if reading.text.find("\n", cue.end, first.start) == -1:
        return False
    line_start = start_of_line(reading.text, first.start)
    if reading.text[line_start : first.start].strip(" \t-•*"):
        return False
    return any(
        cue.end <= m.start and m.end <= line_start and m.marker != first.marker
        for m in reading.mentions
    )


def _leads_own_clause(reading: _Reading, cue: Cue, mention: Mention) -> bool:
    """Whether a verdict's list ends before a name that opens a clause of its own.

    'negative for CK20, and ER shows 80% staining' and 'negative for CDX2 and TTF-1, and PR
    stains 30% of nuclei': the verdict's list is the other stains; the name has its own verb.
    """
    gap = reading.text[cue.end : mention.start]
    return bool(_OTHER_ITEMS.search(gap)) and bool(
        _OWN_CLAUSE_VERB.match(reading.text, mention.end)
    )


# A group's verdict with the members it means in brackets after it: 'hormone receptors are
# POSITIVE (strong staining in 95% of nuclei for both estrogen and progesterone receptors)'.
_GLOSS_OF_A_GROUP = re.compile(
    r"[ \t]*\((?:[^()\n]{0,80}?\b(?:for|of|in)\s+(?:(?:both|either)\s+)?)?", re.IGNORECASE
)


def _group_verdict(reading: _Reading, before: list[Cue], first: Mention) -> Cue | None:
    """The verdict right before the bracket the list of names stands in, if it glosses it.

    'RAS status: wild type (KRAS and NRAS, exons 2-4)': the bracket names the group's members.
    """
    for cue in reversed(before):
        if _GLOSS_OF_A_GROUP.fullmatch(reading.text, cue.end, first.start):
            return cue if cue.direction != "before" else None
    return None


def _names_another_marker(reading: _Reading, cue: Cue, marker: Marker) -> bool:
    """Whether the cue's words are another marker's name: 'L858R' is EGFR's, never ALK's."""
    return any(
        m.marker != marker and m.start <= cue.start and cue.end <= m.end for m in reading.mentions
    )


_CHANGE_LEAD = re.compile(r"[ \t:]*(?:\(?[pc]\.[ \t]?)?")


def _change_of_an_earlier_name(reading: _Reading, cue: Cue, mention: Mention) -> bool:
    """Whether a change written right after another gene's name, an item before, is that gene's.

    'PIK3CA E545K, AKT1 and TP53 without variants': E545K is PIK3CA's, never TP53's.
    """
    if not _ITEM_SEPARATOR.search(reading.text, cue.end, mention.start):
        return False
    return any(
        m.marker != mention.marker
        and m.end <= cue.start
        and _CHANGE_LEAD.fullmatch(reading.text, m.end, cue.start) is not None
        for m in reading.mentions
    )


def _closes_name_before(reading: _Reading, stmt_start: int, cue: Cue) -> bool:
    """Whether a verdict ends the result of a name before it in its statement, with no comma.

    'HER2 IHC 1+ Negative ER 95%': 'Negative' is HER2's; in 'negative ER and PR, positive
    HER2' the comma opens HER2's own clause.
    """
    named = [m.end for m in reading.mentions if stmt_start <= m.start and m.end <= cue.start]
    if not named:
        return False
    gap = reading.text[named[-1] : cue.start]
    return "," not in gap and not _CLAUSE_OPENER.search(gap)


# A change in HGVS notation right after the gene's name: only sequencing writes it so.
_HGVS_AFTER_NAME = re.compile(
    r"[ \t:]*(?:\([^()\n]{0,12}\)[ \t]*)?(?:p\.[ \t]?\(?[A-Z][a-z]{2}\d|c\.[\-*]?\d)"
)


# exons_column_is_a_mutation_test: a gene's row whose cell after the name numbers exons
# ('HER2  19-21  none found', 'ERBB2  exon 20  not detected', 'HER2 18, 19, 20 wild type')
# is a sequencing panel's row; a stain's score never exceeds 3 and takes no verdict this way.
_EXONS_AFTER_NAME = re.compile(
    r"[ \t:]*+(?:(?i:exons?)[ \t]*+)?(?P<exons>\d{1,2}(?:[ \t]*+[\-–,/&][ \t]*+\d{1,2}){0,6})"
    r"[ \t]++(?=(?i:none|not|no|wild)\b)"
)


def _exons_after_name(text: str, mention: Mention) -> bool:
    """Whether the cell after the name numbers exons, one of them above a stain's scores."""
    found = _EXONS_AFTER_NAME.match(text, mention.end)
    return found is not None and any(
        int(n) > _HIGHEST_STAIN_SCORE for n in re.findall(r"\d+", found["exons"])
    )


_HIGHEST_STAIN_SCORE = 3


# A marker's name that only an antibody has: no sequencing or FISH test is called so.
_ANTIBODY_NAME = re.compile(r"pan[\s\-]?TRK", re.IGNORECASE)


def _aspect(
    reading: _Reading, rule: MarkerRules, mention: Mention, end: int, cue_aspect: Aspect | None
) -> Aspect:
    if cue_aspect in rule.aspects:
        return cue_aspect
    if Aspect.EXPRESSION in rule.aspects and _ANTIBODY_NAME.fullmatch(
        reading.text, mention.start, mention.name_end or mention.end
    ):
        # an_antibodys_name_is_its_stain: 'pan-TRK is negative' beside words of a fusion test
        # is the immunostain's result, never the gene's fusion or mutation
        return Aspect.EXPRESSION
    if Aspect.MUTATION in rule.aspects and _HGVS_AFTER_NAME.match(reading.text, mention.end):
        return Aspect.MUTATION  # 'Detected  TP53  p.(Arg248Gln)  36%': sequenced, not stained
    if (
        Aspect.MUTATION in rule.aspects
        and not rule.mismatch_repair_protein  # 'MSH6  44  absent': the cell is a clone's
        and _exons_after_name(reading.text, mention)
    ):
        return Aspect.MUTATION
    stmt_start, stmt_end = _statement(reading, mention.start, mention.end)
    # A table row or a line of its own speaks first: 'KRAS wild type, no mutation\nALK break
    # apart FISH negative' is about ALK's rearrangement, not the mutation on the line above.
    line_start = max(stmt_start, start_of_line(reading.text, mention.start))
    line_end = min(end, stmt_end, end_of_line(reading.text, mention.end))
    on_its_line = _nearest_aspect(reading, rule, mention, line_start, line_end)
    variant = (
        _names_a_variant(reading, rule, mention)
        or _codon_after_name(reading, rule, mention)
        or _implied_by_its_change(reading, rule, mention)
    )
    if on_its_line is None and not variant:
        # category_column: the class of alteration a first cell written once above names
        starts = {m.start for m in reading.mentions if not m.implied}
        on_its_line = category_above(reading.text, mention, starts)
        if on_its_line not in rule.aspects:
            on_its_line = None
    if variant and on_its_line is Aspect.EXPRESSION:
        # 'EGFR T790M: not detected (sensitivity 5%)', 'BRAF V600E  negative  0  0.0%': a bare
        # share beside a named change is an allele's; only a stain's words make it a stain
        on_its_line = _nearest_aspect(reading, rule, mention, line_start, line_end, shares=False)
    if variant and on_its_line is Aspect.FUSION:
        # variant_beside_a_fusion_cell: 'ALK fusions  Not detected  BRAF V600E  Not detected',
        # two cells of a row joined on one line: a named change is no rearrangement, and only
        # words after it ('BRAF V600E ... fusion transcript') are its own
        on_its_line = _nearest_aspect(reading, rule, mention, mention.end, line_end)
    if on_its_line is None and variant:
        # 'BRAF V600E.' under a row that ends in a share: the words above are that row's; only
        # words after the name ('BRAF V600E / VE1 immunostain: positive') change its aspect
        stop = _own_clauses_end(reading, mention, max(end, stmt_end))
        after = _nearest_aspect(reading, rule, mention, mention.end, stop, shares=False)
        if after is None and _under_a_stain_heading(reading.text, mention, rule):
            return Aspect.EXPRESSION
        return after or Aspect.MUTATION
    aspect = (
        on_its_line
        or _nearest_aspect(reading, rule, mention, stmt_start, min(end, stmt_end))
        or _nearest_aspect(reading, rule, mention, stmt_start, end)
        or _aspect_of_its_list(reading, rule, mention, stmt_end)
        or _aspect_of_the_heading_above(reading, rule, mention, stmt_start)
        or _default_aspect(reading, rule, mention)
    )
    # 'EGFR amplification and EGFRvIII detected': a name that is a variant is a mutation's
    if aspect is Aspect.AMPLIFICATION and Aspect.MUTATION in rule.aspects:
        if normalise_alteration(reading.text[mention.start : mention.end]):
            return Aspect.MUTATION
    return aspect


# The verdict words of a sequencing result, as a gene list's rows give them.
_GENOMIC_VERDICT = re.compile(
    r"\bdetected\b|\bwild[\s\-]?type\b|\bno[ \t]+(?:variant|alteration)", re.IGNORECASE
)


def _default_aspect(reading: _Reading, rule: MarkerRules, mention: Mention) -> Aspect:
    """The aspect of a name with no words of a test around it (gene_symbol_names_the_gene).

    'TP53  not detected (LOD 0.2%)' and 'ERBB2 ... not detected' in a gene list: the gene's
    symbol names the gene, whose result is a mutation; 'p53' and 'HER2' keep the default. A
    symbol that ends its line takes the verdict on the line under it ('Component: TP53' /
    'Value: DETECTED').
    On the page of a fusion panel that reads no DNA variants (fusion_panel_page: 'RNA Fusion
    Panel', 'Fusion transcripts detected'), a gene that may be rearranged is named for its fusion:
    'BRAF  Not detected' in its list of targets.
    """
    if (
        Aspect.FUSION in rule.aspects
        and reading.fusion_panel()
        and _of_a_fusion_panel(reading, rules_by_marker(), mention.start, mention.end)
    ):
        return Aspect.FUSION
    text = reading.text
    name = text[mention.start : mention.name_end or mention.end]
    line_end = end_of_line(text, mention.end)
    if not text[mention.end : line_end].strip() and line_end < len(text):
        # the symbol ends its line, its verdict on the line under it ('Component: TP53' /
        # 'Value: DETECTED', 'Gene: TP53' / 'Result: not detected')
        line_end = end_of_line(text, line_end + 1)
    if (
        rule.gene_symbol
        and Aspect.MUTATION in rule.aspects
        and name.upper() == rule.gene_symbol
        and _GENOMIC_VERDICT.search(text, mention.end, line_end)
    ):
        return Aspect.MUTATION
    return rule.default_aspect


def _aspect_of_its_list(
    reading: _Reading, rule: MarkerRules, mention: Mention, stmt_end: int
) -> Aspect | None:
    """The aspect words after a list the name opens, which speak for every name in it.

    aspect_after_a_list: 'ALK and ROS1 are negative by immunohistochemistry' and 'MLH1, PMS2
    and MSH6: retained nuclear staining' name the test once, after the last name; the first
    name's own window ends at the next name and holds none.
    """
    following = [m for m in reading.mentions if m.start >= mention.end and not m.implied]
    if not following or following[0].start >= stmt_end:
        return None
    if not _list_gap(reading.text[mention.end : following[0].start]):
        return None
    last = mention
    for other in following:
        if other.start >= stmt_end or not _list_gap(reading.text[last.end : other.start]):
            break
        last = other
    return _nearest_aspect(reading, rule, last, last.end, stmt_end)


_TEST_HEADING_REACH = 3  # lines above a name where the heading of its test may stand


def _aspect_of_the_heading_above(
    reading: _Reading, rule: MarkerRules, mention: Mention, stmt_start: int
) -> Aspect | None:
    """The aspect a heading line above names for the same marker, its test with it.

    test_named_in_the_heading_above: 'PART A - ALK IHC (D5F3)' over '[X] ALK POSITIVE' and
    'ROS1 IMMUNOHISTOCHEMISTRY (D4D6)' over 'Result: ROS1 negative': the name's own line says
    no test, so the heading's does (a stain's result, not the gene's fusion). Only lines with
    no blank line between, and only the nearest line that names the marker.
    """
    text = reading.text
    # a sentence wrapped over lines heads nothing: the heading stands above the statement's
    # first line ('... kinase fusions (NTRK). This tumour is' / 'negative for BRAF and NTRK')
    line_start = start_of_line(text, min(mention.start, stmt_start))
    for _ in range(_TEST_HEADING_REACH):
        if line_start == 0:
            return None
        above_end = line_start - 1
        above_start = start_of_line(text, above_end)
        if not text[above_start:above_end].strip():
            return None
        named = [
            m
            for m in reading.mentions
            if above_start <= m.start < above_end and m.marker is mention.marker
        ]
        if named:
            return _nearest_aspect(reading, rule, named[0], above_start, above_end)
        line_start = above_start
    return None


# A heading line that names immunostaining alone: 'Immunohistochemistry', 'IHC results:',
# 'SUPPORTING IMMUNOHISTOCHEMISTRY (referring laboratory)', 'Immunostains (block B2)'.
_STAIN_HEADING = re.compile(
    r"[ \t]*+(?:(?!(?:and|or|with|molecular)\b)[A-Za-z]++[ \t]++){0,2}"
    r"(?:immunohistochemistry|immunohistochemical[ \t]++stains?|immunostains?|IHC)"
    r"(?:[ \t]++(?:results?|panel|findings|studies))?[ \t]*+(?:\([^()\n]{0,80}\))?[ \t]*+:?[ \t]*+",
    re.IGNORECASE,
)
_STAIN_BLOCK_REACH = 14  # lines of a block between its heading and a name under it
# molecular_heading_ends_the_stain_block: a heading of molecular tests between the stains'
# heading and the name opens a block of its own ('IMMUNOSTAINS' / ... / 'RESULTS FROM THE
# REFERENCE GENOMICS LABORATORY' / 'BRAF ...... V600E not found', 'Sequencing studies, sent
# out:' / 'BRAF V600E: negative'): its variants are sequenced, not stained. A heading is a line
# of no verdict.
_MOLECULAR_HEADING = re.compile(
    r"(?![^\n]*\b(?i:positive|negative|detected|retained|lost|intact|wild[ \t\-]?type)\b)"
    r"[^\n]*\b(?i:molecular|genomics?|sequencing|NGS|DNA|PCR|genetics?)\b[^\n]*"
)


def _under_a_stain_heading(text: str, mention: Mention, rule: MarkerRules) -> bool:
    """Whether a name with its variant stands in a block headed by an immunostains heading.

    variant_under_a_stain_heading: 'Immunohistochemistry' / 'ATRX: retained. IDH1 R132H:
    negative.', 'IHC results:' / 'BRAF V600E: positive': a variant-specific antibody's result;
    the heading may stand lines above, over a list of stains with no blank line between
    ('IMMUNOSTAINS (block A3)' / '1. GFAP - positive' / ... / '6. IDH1 R132H - negative').
    """
    if Aspect.EXPRESSION not in rule.aspects:
        return False
    line_start = start_of_line(text, mention.start)
    for _ in range(_STAIN_BLOCK_REACH):
        if line_start == 0:
            return False
        above_start = start_of_line(text, line_start - 1)
        if not text[above_start : line_start - 1].strip():
            return False
        if _STAIN_HEADING.fullmatch(text, above_start, line_start - 1) is not None:
            return True
        if _MOLECULAR_HEADING.fullmatch(text, above_start, line_start - 1) is not None:
            return False  # molecular_heading_ends_the_stain_block
        line_start = above_start
    return False


def _own_clauses_end(reading: _Reading, mention: Mention, stop: int) -> int:
    """Where the clauses after the name end: before the clause that names another marker.

    'BRAF V600E not detected, with loss of MLH1 on immunostains': the stain is MLH1's.
    """
    following = next(
        (
            m
            for m in reading.mentions
            if mention.end <= m.start < stop and m.marker is not mention.marker
        ),
        None,
    )
    if following is None:
        return stop
    joins = list(_CLAUSE_JOIN.finditer(reading.text, mention.end, following.start))
    return joins[-1].start() if joins else following.start


def _names_a_variant(reading: _Reading, rule: MarkerRules, mention: Mention) -> bool:
    """Whether the name carries its own variant ('EGFR L858R'), with nothing on its line besides."""
    if Aspect.MUTATION not in rule.aspects or mention.name_end is None:
        return False
    return normalise_alteration(reading.text[mention.name_end : mention.end]) is not None


def _implied_by_its_change(reading: _Reading, rule: MarkerRules, mention: Mention) -> bool:
    """Whether the name is a change that stands for its gene ('exon 19 deletion' for EGFR).

    change_standing_for_its_gene: 'Pathogenic (exon 19 deletion)' in a variant row's class
    cell, 'an exon 20 insertion was found' are the gene's mutation, however near a share of
    reads ('31%') stands: a share beside a change is an allele's, never a share of stained cells.
    """
    return (
        mention.implied
        and Aspect.MUTATION in rule.aspects
        and normalise_alteration(reading.text[mention.start : mention.end]) is not None
    )


# A codon or hotspot written after a gene's name without its new residue: 'BRAF V600', 'KRAS
# G12', 'codon 61' (not a clone: 'A0485', 'D5F3', 'M1' beside a repair protein).
_CODON_AFTER_NAME = re.compile(r"[ \t]+(?:[A-Z][1-9]\d{0,3}|codons?[ \t]*[1-9]\d{0,3})(?![\w>])")


def _codon_after_name(reading: _Reading, rule: MarkerRules, mention: Mention) -> bool:
    """Whether a codon follows the name: what was looked for is a mutation (codon_after_name).

    'BRAF V600 ..... Not detected  [0.1%]': the share in brackets is the assay's limit, not
    a share of stained cells.
    """
    if Aspect.MUTATION not in rule.aspects or rule.mismatch_repair_protein:
        return False
    return _CODON_AFTER_NAME.match(reading.text, mention.end) is not None


# Words that make the share after them an assay's limit: 'not detected (LoD 0.2%)', '(limit
# of detection 1%)', '(sensitivity 5%)'.
_ASSAY_LIMIT_BEFORE = re.compile(
    rf"\b(?:{DETECTION_LIMIT_WORDS}|detection[ \t]+limit)\b"
    r"[ \t:=]*(?:[<>≤≥]=?[ \t]*)?(?:of[ \t]+)?(?:\d+[.,])?$",
    re.IGNORECASE,
)
_BARE_SHARE = re.compile(r"[<>≤≥]?\s*\d+(?:\.\d+)?\s*%")


def _nearest_aspect(
    reading: _Reading,
    rule: MarkerRules,
    mention: Mention,
    start: int,
    end: int,
    shares: bool = True,
) -> Aspect | None:
    best: tuple[int, Aspect] | None = None
    for word in reading.aspects_near(start, end):
        aspect = _aspect_of_word(reading, rule, word)
        if aspect not in rule.aspects or word.end <= start or word.start >= end:
            continue
        if _BARE_SHARE.fullmatch(reading.text, word.start, word.end) and (
            not shares
            or _ASSAY_LIMIT_BEFORE.search(reading.text, max(0, word.start - 30), word.start)
        ):
            continue  # share_of_an_assays_limit: '(LoD 0.2%)' is no share of stained cells
        if mention.start <= word.start < mention.end:
            continue
        if word.end <= mention.start and _in_anothers_item(reading, rule, mention, word.start):
            continue
        if word.end <= mention.start and _share_of_a_row_above(reading, mention, word):
            continue
        distance = (
            word.start - mention.end if word.start >= mention.end else mention.start - word.end + 1
        )
        if best is None or distance < best[0]:
            best = (distance, aspect)
    return best[1] if best else None


# copy_words_for_a_fusion_gene: a gene whose test is mostly for a rearrangement (ALK, ROS1,
# RET, NTRK) has its copy number read only where copy words name it ('ALK copy number: no
# amplification', 'ROS1 gain: not detected'); its in-situ probes and signals ('ALK break-apart
# FISH: positive', 'split signals') are the rearrangement's test.
_COPY_WORDS = re.compile(r"amplif\w*|copy[\s\-]number|gain|duplication", re.IGNORECASE)


def _aspect_of_word(reading: _Reading, rule: MarkerRules, word: Region) -> Aspect:
    """The aspect an aspect word names for this gene: a probe's words are a fusion gene's break."""
    aspect = Aspect(word.label)
    if aspect is not Aspect.AMPLIFICATION or rule.default_aspect is not Aspect.FUSION:
        return aspect
    if _COPY_WORDS.fullmatch(reading.text, word.start, word.end):
        return aspect
    return Aspect.FUSION


def _share_of_a_row_above(reading: _Reading, mention: Mention, word: Region) -> bool:
    """share_on_the_row_above: a bare share that ends a gene's row above the name is that row's.

    'EGFR  21  p.L858R  20%' over 'BRAF  15  Not detected': 20% is EGFR's allele fraction, no
    stain of BRAF's.
    """
    if not _BARE_SHARE.fullmatch(reading.text, word.start, word.end):
        return False
    if reading.text.find("\n", word.end, mention.start) == -1:
        return False
    line_start = start_of_line(reading.text, word.start)
    if not _ROW_CHANGE.search(reading.text, line_start, word.start):
        return False  # 'MIB-1 LI 9%' over 'IDH1 negative': a stain's share, stains around it
    if any(line_start <= m.start and m.end <= word.start for m in reading.mentions):
        return True
    lead = _ROW_GENE.match(reading.text, line_start, word.start)
    return lead is not None and other_gene(lead.group(1))


# A variant's notation on a row: its share is an allele fraction.
_ROW_CHANGE = re.compile(
    r"(?<![A-Za-z])[pc]\.[ \t]?\(?[A-Z*\d]|\b[A-Z]\d{2,4}(?:[A-Z*]|fs|del|dup|ins)"
)


_ITEM_SEPARATOR = re.compile(r"[,;]")
_ITEM_BOUNDARY = re.compile(r"[,;:\n()]")
_SYMBOL = re.compile(r"\b[A-Z][A-Z0-9\-]{1,9}\b")


def _in_anothers_item(reading: _Reading, rule: MarkerRules, mention: Mention, at: int) -> bool:
    """Whether an aspect word before a stain's name is another gene's, in an item before it.

    'RAS wild type, BRAF wild type, MSS, HER2 negative' and 'KRAS mutated; ER positive': the
    gene's words stay in the gene's item (led by its symbol); the stain's own item names no
    aspect, so its default (expression) holds. Only for markers read by default as a stain;
    a heading's words ('Mutation analysis: ...') lead no gene's item and still count. So too
    for a gene read by default for its rearrangement (fusion_gene_after_anothers_change): in
    'HRAS, MET exon 14 skipping, ALK: negative' the skipping is MET's, ALK's is its fusion.
    """
    if rule.default_aspect not in (Aspect.EXPRESSION, Aspect.FUSION):
        return False
    text = reading.text
    if not _ITEM_SEPARATOR.search(text, at, mention.start):
        return False
    item_start = max(text.rfind(ch, 0, at) for ch in ",;:\n()") + 1
    if item_start > 0 and text[item_start - 1] == "(":
        # a bracket's words are its item's: 'IDH1 mutant (R132H), ATRX lost, p53 positive'
        item_start = max(text.rfind(ch, 0, item_start - 1) for ch in ",;:\n") + 1
    if _SYMBOL.search(text, item_start, at) is None:
        return False
    # 'NGS panel: KRAS G12D, TP53 R175H, HER2 negative': a list under a sequencing heading
    line_start = start_of_line(text, at)
    return _SEQUENCING_LEAD.search(text, line_start, mention.start) is None


_SEQUENCING_LEAD = re.compile(
    r"\b(?:NGS|sequenc\w*|panel|genomic|molecular"
    r"|mutation(?:al)?[ \t]+(?:analysis|testing|status))\b",
    re.IGNORECASE,
)


def _finding(
    reading: _Reading,
    rule: MarkerRules,
    mention: Mention,
    cue: Cue | None,
    aspect: Aspect,
    status: Status,
    values: StatedValues,
    end: int,
) -> Finding:
    start = min(mention.start, cue.start) if cue else mention.start
    stop = max(mention.end, cue.end) if cue else mention.end
    if aspect is Aspect.AMPLIFICATION and values.ratio is None:
        statement = _statement(reading, mention.start, mention.end)
        values.ratio = _nearby_ratio(reading, mention, statement)
    alteration = None
    stmt_start, stmt_end = _statement(reading, mention.start, mention.end)
    if aspect in (Aspect.MUTATION, Aspect.FUSION) and status is Status.POSITIVE:
        low = _own_stretch_start(reading, mention, stmt_start)
        high = min(end + _VALUES_TRAIL, _next_mention_start(reading, mention))
        # the variant after the name first: 'KRAS p.G12D and TP53 p.R175H were detected'
        alteration = normalise_alteration(reading.text[mention.start : high])
        alteration = alteration or normalise_alteration(reading.text[low:high])
    elif aspect in (Aspect.MUTATION, Aspect.EXPRESSION):
        # a variant the name itself states: 'EGFRvIII: negative', 'VE1 (BRAF V600E): negative'
        alteration = normalise_alteration(reading.text[mention.start : mention.end])
        if aspect is Aspect.MUTATION and status is Status.NEGATIVE:
            alteration = _denied_change(reading, mention, cue, alteration, stmt_end)
    return Finding(
        marker=rule.marker,
        aspect=aspect,
        status=status,
        start=start,
        end=stop,
        values=values,
        alteration=alteration,
        specimen=_specimen(reading.text, mention.start),
        historical=_historical(
            reading, cue.end if cue else mention.end, stmt_start, max(stmt_end, end)
        ),
        amended=_flagged(reading, "amended", max(0, mention.start - 300), end),
    )


# What may stand between a gene and the one change its denial names: 'MET exon 14 skipping
# (NGS): not detected'. A denial that lists changes ('exon 19 deletion / L858R', 'G12C or
# G12D') denies each of them: no one of them is the result's change.
_DENIED_CHANGE_REACH = 40
_LISTED_CHANGES = re.compile(r"[,;/&+]|\b(?:and|or|nor)\b", re.IGNORECASE)


def _denied_change(
    reading: _Reading, mention: Mention, cue: Cue | None, named: str | None, stmt_end: int
) -> str | None:
    """The one change a denial names: the one its gene's name carries, or the one after it.

    denied_named_change: 'MET exon 14 skipping (NGS) Not detected', 'No EGFR exon 20
    insertion was identified': the negative is of that change, as 'BRAF V600E: not detected'
    is of the change its name carries; 'No EGFR exon 19 deletion or L858R was found' names
    none alone.
    """
    text = reading.text
    stop = min(
        cue.start if cue is not None and cue.start >= mention.end else stmt_end,
        stmt_end,
        mention.end + _DENIED_CHANGE_REACH,
        end_of_line(text, mention.end),
        _next_mention_start(reading, mention),
    )
    between = text[mention.end : stop]
    listed = _LISTED_CHANGES.search(between)
    if listed is not None:
        return None if normalise_alteration(between[listed.end() :]) else named
    return named or normalise_alteration(between)


def _own_stretch_start(reading: _Reading, mention: Mention, stmt_start: int) -> int:
    """Where words about this mention may begin: after the last other marker's name before it.

    A statement can run over several table rows; 'AR H875Y' on the row above is not NTRK's.
    """
    line_start = start_of_line(reading.text, mention.start)
    if not reading.text[line_start : mention.start].strip(" \t-•*|"):
        stmt_start = max(stmt_start, line_start)  # a row starts with its gene
    low = stmt_start
    other_gene = False
    for other in reading.mentions:
        if other.start >= mention.start:
            break
        if other.end > low and other.marker != mention.marker and not other.implied:
            low, other_gene = other.end, True
    if other_gene and _CHANGE_AFTER_NAME.match(reading.text, low):
        # 'KRAS G12D mutation, TP53 mutation' and 'KRAS G12C and ALK fusion were detected': the
        # change is the item before's, KRAS's, not a kind the later gene's words name
        separators = list(_ITEM_OR_JOINED.finditer(reading.text, low, mention.start))
        low = separators[-1].end() if separators else low
    return _after_own_verdicts(reading, mention, low)


# What parts one gene's item from the next: a comma or ';', or 'and', 'or', 'nor'.
_ITEM_OR_JOINED = re.compile(r"[,;]|\b(?:and|or|nor)\b", re.IGNORECASE)


def _after_own_verdicts(reading: _Reading, mention: Mention, low: int) -> int:
    """Where this name's words begin when the same gene's name before it had its own verdict.

    'KRAS G12C: Not detected  KRAS G13D: Detected': G13D's words begin after 'Not detected'.
    """
    same = [
        m.end
        for m in reading.mentions
        if low <= m.start and m.end <= mention.start and m.marker == mention.marker
    ]
    if not same:
        return low
    ends = [
        c.end for c in reading.cues if same[0] <= c.start and c.end <= mention.start and not c.weak
    ]
    return max(ends, default=low)


def _next_mention_start(reading: _Reading, mention: Mention) -> int:
    """Where the next other marker's name starts (its words are its own)."""
    for other in reading.mentions:
        if other.start > mention.end and other.marker != mention.marker and not other.implied:
            return other.start
    return len(reading.text)


def _nearby_ratio(reading: _Reading, mention: Mention, statement: tuple[int, int]) -> float | None:
    """The ISH ratio stated in the result's statement, else the nearest one about this marker.

    ratio_of_its_own_specimen: a nearby ratio under another specimen's heading ('Specimen A
    ... ratio 1.6 ... not amplified' over 'Specimen B ... ratio 2.5') is that specimen's.
    """
    around = (mention.start - _RATIO_REACH, mention.end + 2 * _RATIO_REACH)
    own = _specimen(reading.text, mention.start)
    for (low, high), nearby in ((statement, False), (around, True)):
        low = max(0, low)
        found = []
        for match in _RATIO_PHRASE.finditer(reading.text[low:high]):
            start, end = low + match.start(), low + match.end()
            if not _about(reading, mention.marker, start - 30, end):
                continue
            if nearby and own is not None and _specimen(reading.text, start) not in (None, own):
                continue
            ratio = _ratio_at(reading.text, start, end)
            if ratio is not None:
                found.append((_ratio_distance(start, mention), ratio))
        if found:
            return min(found)[1]
    return None


def _about(reading: _Reading, marker: Marker, start: int, end: int) -> bool:
    """Whether words name this marker, or at least no other one."""
    named = {m.marker for m in reading.mentions if m.start < end and m.end > start}
    return not named or marker in named


def _ratio_at(text: str, start: int, end: int) -> float | None:
    return read_values(text[start : end + 25]).ratio


def _ratio_distance(position: int, mention: Mention) -> int:
    """Ratios after the name come first; one before it counts double the distance."""
    return position - mention.end if position >= mention.end else 2 * (mention.start - position)


def _specimen(text: str, position: int) -> str | None:
    found = None
    for match in _SPECIMEN.finditer(text, max(0, position - 1500), position):
        found = next(g for g in match.groups() if g)
    return found


def _flagged(reading: _Reading, label: str, start: int, end: int) -> bool:
    return any(f.label == label and f.start < end and f.end > start for f in reading.flags)


def _historical(reading: _Reading, result_end: int, start: int, end: int) -> bool:
    """Whether words of an earlier result speak of this one, not only a note in brackets after it.

    'HER2 result: 3+ (previously reported as 2+)': the note quotes the earlier result; the
    result before it is this specimen's.
    """
    text = reading.text
    for flag in reading.flags:
        if flag.label != "historical" or flag.start >= end or flag.end <= start:
            continue
        bracket = text.rfind("(", result_end, flag.start)
        if bracket == -1 or ")" in text[bracket : flag.start] or ")" not in text[flag.end : end]:
            return True
    return False


# A word that may be another gene's symbol: two capitals at least, a digit after them ('FGFR2',
# 'SMARCB1'), or a symbol of the panel list spelled without one.
_SYMBOL_WORD = re.compile(r"(?<![\w\-/])[A-Z]{2,}[A-Z0-9\-]*(?![\w\-])")


# A gene's symbol with a digit has two to six capitals, at most two digits, the first no zero,
# a letter or a digit after them ('FGFR2', 'SMAD4', 'CDKN2A', 'NF1'): a clone ('M1', 'EPR3947',
# 'G219-1129') has not that shape, nor a word whose O OCR read as a zero ('EXPRESSI0N').
_GENE_WITH_A_DIGIT = re.compile(r"[A-Z]{2,6}[1-9]\d?[A-Z]?\d?")
_CENTROMERE_PROBE = re.compile(r"CE[PN]\d{1,2}")


def _gene_symbol_of_another(word: str) -> bool:
    """Whether a word is the symbol of a gene that no rule names, a clone's name aside."""
    if any(c.isdigit() for c in word) and not _GENE_WITH_A_DIGIT.fullmatch(word):
        return False
    if _CENTROMERE_PROBE.fullmatch(word):
        return False  # 'ALK : 2 CEP2  NOT AMPLIFIED': a probe's count, the row still ALK's
    return other_gene(word) and _our_names().fullmatch(word) is None


@cache
def _our_names() -> re.Pattern[str]:
    """Every name and symbol of our markers ('HER2', 'ERBB2', 'NTRK1'): no other gene's."""
    names = [
        name.pattern
        for rule in rules_by_marker().values()
        for name in (*rule.aliases, *rule.exact_case_aliases, *rule.gene_symbols)
    ]
    return re.compile("|".join(f"(?:{n})" for n in names), re.IGNORECASE)


def _names_another_gene(statement: str) -> bool:
    """Whether a statement names a gene no rule reads (subject_of_its_own).

    'Result: FGFR2 rearrangement detected' and 'Findings: SMAD4 loss' under a heading that
    named a marker are those genes' verdicts, not the heading's.
    """
    return any(_gene_symbol_of_another(w.group(0)) for w in _SYMBOL_WORD.finditer(statement))


_DRAWN_RESULT_KEY = re.compile(rf"\W{{0,3}}{DRAWN_RESULT_KEY}")


def _subjectless_findings(
    reading: _Reading, rules: dict[Marker, MarkerRules], answered: set[int]
) -> list[Finding]:
    """'RESULTS: No mutation detected' under a heading that names the marker."""
    found = []
    starts = [0] + [o + 1 for o, _ in reading.breaks]
    ends = [o for o, _ in reading.breaks] + [len(reading.text)]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if _DRAWN_RESULT_KEY.match(reading.text, start, end):
            # a drawn box's tick answers on its line: the form's next block below is no part
            # of it ('Result  X Positive' / ... / 'Progesterone receptor (PgR), clone 1E2')
            end = min(end, end_of_line(reading.text, start))
        statement = reading.text[start:end]
        method: Aspect | None = None
        measured: Aspect | None = None
        item = _METHOD_ITEM.match(statement) or _METHOD_KEY.match(statement)
        item = item or _METHOD_SCORE.search(statement) or _PART_ITEM.match(statement)
        item = item or _SPECIMEN_RESULT.match(statement)
        if item and not statement[item.end() :].strip() and number + 1 < len(ends):
            end = ends[number + 1]  # the verdict is on the item's next line
        if not item and not _SUBJECTLESS.match(statement):
            # a verdict alone speaks for a name in the statement right before it, or on that
            # statement's line: 'HER2 signals 4.6; CEP17 2.9; ratio 1.6' over 'Equivocal'
            measures = _measures_before_a_verdict(reading.text, starts, ends, number)
            if measures is None or not any(
                measures[0] <= m.start < measures[1] for m in reading.mentions
            ):
                continue
            measured = _measured_aspect(reading, *measures)
        elif not item and (glossed := _GLOSSED_VERDICT.match(statement)):
            end = start + glossed.end(1)  # the brackets after the verdict gloss its criteria
        if _names_another_gene(statement):
            continue  # 'Result: FGFR2 REARRANGEMENT DETECTED.': the verdict has its own subject
        # a variant that said nothing itself ('Mutation detected - L858R') is no subject
        if any(
            start <= m.start < end and (not m.implied or i in answered)
            for i, m in enumerate(reading.mentions)
        ):
            continue
        # A lesion's own item under a marker that spoke for another lesion: its subject still.
        subject = _subject(reading, start, set() if item else answered)
        if subject is None or _other_tests_heading_above(reading, start, subject):
            continue
        rule = rules[subject.marker]
        if item:
            method = _METHOD_ASPECT.get(item.group(1).upper())
        elif measured in rule.aspects and not any(
            start <= r.start < end for r in reading.aspects_near(start, end)
        ):
            method = measured  # the verdict names no aspect of its own: its measures' aspect
        if item and item.re is _METHOD_SCORE and not rule.ihc_score_sets_status:
            continue
        finding = _read_statement(
            _panel_reading(reading, rule), rule, subject, (start, end), method, item is not None
        )
        if finding:
            read_score_above(reading.text, start, end, finding, _read_cell)
            found.append(finding)
    return found


def _measures_before_a_verdict(
    text: str, starts: list[int], ends: list[int], number: int
) -> tuple[int, int] | None:
    """Where the measures a bare verdict (statement `number`) speaks for stand, if it is one.

    From the start of the measures' line to their end: the statement's own measures before its
    verdict's line, or the statement before it that holds words.
    """
    start = starts[number]
    verdict = _verdict_after_measures(text[start : ends[number]])
    if verdict:
        return start_of_line(text, start), start + verdict
    if verdict is None or number == 0:
        return None
    before = _statement_before(text, starts, ends, number)
    if before is None:
        return None
    return start_of_line(text, starts[before]), ends[before]


def _verdict_after_measures(statement: str) -> int | None:
    """Where a statement's verdict alone on its last line starts, past the measures before it.

    0 if the statement is the verdict alone; the length of the measures' words before it
    ('ratio 1.6' over 'Equivocal', the measure's line not ended by a stop) if only measures
    precede it; None if the statement is no such verdict.
    """
    if _BARE_VERDICT.fullmatch(statement):
        return 0
    line = statement.rstrip().rfind("\n")
    if line <= 0 or not _BARE_VERDICT.fullmatch(statement, line):
        return None
    return line if _MEASURE_WORDS.fullmatch(statement, 0, line) else None


def _measured_aspect(reading: _Reading, start: int, end: int) -> Aspect | None:
    """The one aspect a measure's words name, for a bare verdict on the line after it.

    'HER2 signals 4.6; CEP17 2.9; ratio 1.6' over 'Equivocal': the signals and the ratio are
    an ISH count's, so the verdict is of amplification, not of a stain ('per nucleus' a
    stain's word too, so the aspect is the one named more than twice as often as any other).
    """
    named = Counter(
        Aspect(r.label) for r in reading.aspects_near(start, end) if start <= r.start < end
    ).most_common(2)
    if not named or (len(named) == 2 and named[0][1] <= 2 * named[1][1]):
        return None  # no aspect, or none that most of the words name
    return named[0][0]


def _statement_before(text: str, starts: list[int], ends: list[int], number: int) -> int | None:
    """The statement before statement `number` that holds words, past the empty ones.

    verdict_line_after_its_measure: a measure's line that ends with a full stop breaks twice
    (the stop, then the line's end), so the verdict alone on the next line ('ratio 1.1.' over
    'Not amplified.') has an empty statement between it and its measure's statement.
    """
    for before in range(number - 1, -1, -1):
        if text[starts[before] : ends[before]].strip():
            return before
    return None


# A statement that is a verdict alone, its marker named in the statement before it: 'HER2/CEP17
# ratio 1.2. Not amplified.' (bare_verdict_after_its_measure); a bracket may gloss the verdict
# ('Negative (not rearranged).', 'Amplified (group 1).': bare_verdict_with_its_gloss).
_BARE_VERDICT = compile_tolerant(
    r"\s*+(?:(?:(?:not|non)[\s\-]+)?(?:amplified|rearranged|mutated|detected|positive|negative"
    r"|equivocal)(?:[ \t]++for[ \t]++(?:amplification|rearrangement|mutation|fusion))?"
    # or the alteration's noun with its verdict: 'Amplification present', 'No rearrangement'
    r"|(?:no[ \t]++)?(?:amplification|rearrangement)(?:[ \t]++(?:present|detected|identified"
    r"|seen|absent|not[ \t]++(?:present|detected|identified|seen)))?)"
    # a gloss in brackets of any shape: '(score 1+)', '[TPS 60%]', '{no staining}', maybe
    # wrapped onto the next line
    r"[ \t]*+(?:\((?:[^()\n]|\n(?![ \t]*\n)){1,80}+\)|\[[^\[\]\n]{1,80}+\]|\{[^{}\n]{1,80}+\})?"
    r"[\s.]*",
    re.IGNORECASE,
)
# A result label's verdict with its criteria in brackets after it: 'Interpretation: amplified
# (group 1: HER2/CEP17 ratio >= 2.0 ...)'; the names in the brackets are the criteria's.
_GLOSSED_VERDICT = compile_tolerant(
    r"(.{0,30}?(?<![A-Za-z])(?:RESULTS?|INTERPRETATION|FINDINGS?)[ \t]*:[ \t]*"
    r"(?:(?:not|non)[\s\-]+)?(?:amplified|rearranged|mutated|detected|positive|negative"
    r"|equivocal)[ \t]*)\(",
    re.IGNORECASE,
)


# other_tests_heading_above: a form's block heading that names a test of no marker of ours,
# with its clone or method ('Claudin 18.2, clone 43-14A', 'EBV (EBER in situ hybridisation)'),
# right above a result line: the result is that test's, not the last marker's above it.
_OTHER_TEST_HEADING = re.compile(
    r"[ \t]*[A-Za-z][\w .\-/]{0,40}?(?:,[ \t]*clone[ \t]+[\w\-/.]+"
    r"|[ \t]*\([^()\n]*\b(?:in[ \t]+situ|ISH|IHC|immunohistochemistry|clone)\b[^()\n]*\))[ \t]*",
    re.IGNORECASE,
)


def _other_tests_heading_above(reading: _Reading, start: int, subject: Mention) -> bool:
    """Whether the line right above the result names another test, not the subject."""
    line_start = start_of_line(reading.text, start)
    if line_start == 0 or subject.end > line_start:
        return False
    above = start_of_line(reading.text, line_start - 1)
    if subject.start >= above:
        return False  # the subject's own heading
    return _OTHER_TEST_HEADING.fullmatch(reading.text, above, line_start - 1) is not None


def _subject(reading: _Reading, start: int, answered: set[int]) -> Mention | None:
    for index in reversed(range(len(reading.mentions))):
        mention = reading.mentions[index]
        if mention.end > start:
            continue
        if start - mention.end > _SUBJECT_REACH:
            return None
        if index in answered or _pending_name(reading, mention):
            return None
        return mention
    return None


def _pending_name(reading: _Reading, mention: Mention) -> bool:
    """Whether the name stands in words of a test still to come (pending_name_is_no_subject).

    'Suitable for PD-L1 and for EGFR PCR' and 'KRAS testing has been requested': the verdicts
    under such a name are another heading's ('A: ... adenocarcinoma (TTF-1 positive)').
    """
    return any(
        r.label.endswith(ExclusionReason.PENDING.value) and r.start <= mention.start < r.end
        for r in reading.exclusions
    )


def _labelled_verdict_line_end(reading: _Reading, start: int, end: int) -> int:
    """Where a unit that opens with a result label and its verdict alone on a line ends.

    labelled_verdict_line_alone: 'RESULT: NOT REARRANGED' under a probe's heading, over 'A
    sample is considered positive when ...', or 'Result: negative' over 'Method: ...': the
    line is the heading's result; the criteria or methods below it are lines of their own.
    """
    text = reading.text
    line_end = text.find("\n", start, end)
    if line_end == -1:
        return end
    lead = _RESULT_LINE_LEAD.match(text, start, line_end)
    if lead is None:
        return end
    cues = [c for c in _strong_cues(reading, lead.end(), line_end) if c.direction != "before"]
    if not cues:
        return end
    rest = _BRACKETED.sub("", _words_besides(reading, lead.end(), line_end, cues))
    return end if rest.strip(" \t.,:;-") else line_end


def _read_statement(
    reading: _Reading,
    rule: MarkerRules,
    subject: Mention,
    unit: tuple[int, int],
    method: Aspect | None = None,
    item: bool = False,
) -> Finding | None:
    """The result of one unit without a name of its own; an item's values stay in the unit."""
    start, end = unit
    verdict_line_end = _labelled_verdict_line_end(reading, start, end)
    alone, end = verdict_line_end != end, verdict_line_end
    if any(
        r.start < end and r.end > start and not _verdict_at_a_cutoff(reading, start, r)
        for r in reading.exclusions
    ):
        return None
    cues = [c for c in reading.cues_near(start, end) if c.start >= start and c.end <= end]
    reach = end if item or alone else max(end, start + _SUBJECTLESS_VALUES)
    # the values stop at the next marker's name: 'Ki-67: 18%' below 'Result: negative' is Ki-67's
    reach = min(
        [
            reach,
            *(
                m.start
                for m in reading.mentions
                if end <= m.start and m.marker != subject.marker and not m.implied
            ),
        ]
    )
    values = read_values(_before_reference(_chosen_text(reading, start, reach)))
    cue = cues[0] if cues else None
    if method in rule.aspects:
        aspect = method
    else:
        aspect = _aspect(reading, rule, subject, end, cue.aspect if cue else None)
    status = _status(rule, aspect, cue, values, reading.text[start:end])
    if status is None:
        return None
    finding = _finding(reading, rule, subject, cue, aspect, status, values, end)
    finding.start = start
    unit_text = reading.text[start:end]
    if item and (specimen := _SPECIMEN_RESULT.match(unit_text) or _PART_ITEM.match(unit_text)):
        finding.specimen = specimen.group(1) or None  # the line's own specimen
    if finding.end <= start:  # no cue: the statement's values are its evidence ('Score = 2+')
        finding.end = end
    return finding
