"""Results that a unit of the page states as a whole, read before the words of each mention.

A unit is a line or a short run of lines with a shape of its own:
- a list governed by one phrase before it ('Negative: ER, PR', 'No pathogenic variants were
  identified in: BRAF, KRAS') or after it ('... codons 12, 13 and 61 ... None of these
  mutations were detected', 'KRAS exons 2-4, NRAS exons 2-4: not detected');
- a row of a sequencing report's variant table (gene, protein change, allele fraction,
  classification), where a variant of unknown significance or a synonymous change is no result;
- a row that states an amplification with its copy number, or a fusion named by its partner;
- a template row that carries its own scale ('ER (xy%) : 95', 'HER2 (0-3+) : 1').

The mentions a unit decides are owned by it: the mention-by-mention reading skips them, so a
list of what an assay covers is not read as results, nor a table row as its neighbour's.
The expressions live in unit_rules.json, each with a name and examples run as tests.
"""

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from extractors.markers.alteration_rows import read_alteration_rows
from extractors.markers.alterations import normalise_alteration, with_named_skipping
from extractors.markers.assay_lines import assay_line_mentions, no_call_mentions
from extractors.markers.change_first_rows import read_change_first_rows
from extractors.markers.change_verdicts import read_change_verdicts
from extractors.markers.class_rows import CHANGE_KIND, SEQUENCED, read_class_rows
from extractors.markers.context_rules import all_matches, compile_words, load_context_rules
from extractors.markers.gene_cells import read_gene_cells
from extractors.markers.gene_symbols import gene_line, gene_lines_end, other_gene
from extractors.markers.gene_verdict_rows import read_gene_verdict_rows
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.literals import folded_page
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.paired_lists import read_paired_lists
from extractors.markers.receptor_assays import read_receptor_assay_lines
from extractors.markers.rules import MarkerRules
from extractors.markers.shared_verdicts import read_shared_verdicts
from extractors.markers.spans import Finding, Mention
from extractors.markers.tmb_cutoffs import read_tmb_cutoff_lines
from extractors.markers.trailing_kinds import GENOMIC, kind_after_list, list_gap
from extractors.markers.values import StatedValues, status_from_values
from extractors.markers.variant_tables import (
    ROW_BULLETS,
    ROW_VARIANT,
    VariantTables,
    centred_cell_says,
    centred_notation,
    wrapped_cell_goes_on,
    wrapped_cell_says,
)
from extractors.markers.vus_sections import vus_section_mentions
from schemas.markers import Aspect, IHCScore, Marker, Status


class Example(BaseModel):
    """A short text in a rule's own kind of wording and the results it must give."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    expect: list[list[object]]


class ListRule(BaseModel):
    """A phrase that gives one status to every marker of the list after or before it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    kind: str = Field(
        pattern="^list_(?:after|before|before_on_line)$",
        description="Where the list is: after the phrase, in the paragraph before it, or on "
        "the phrase's line before it (then only genes and the exons or codons tested).",
    )
    pattern: str
    status: Status | None = Field(description="None: the phrase's 'verdict' group says it.")
    aspect: Aspect | None
    examples: list[Example] = Field(min_length=2)


class NotAResult(BaseModel):
    """Words that make a variant row state no result (VUS, benign, synonymous)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    pattern: str
    examples: list[Example] = Field(min_length=2)


class ScaleRow(BaseModel):
    """A scale in brackets after a marker's name, then the bare number on that scale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    pattern: str
    scale: str = Field(pattern="^(?:percent|ihc_score)$")
    examples: list[Example] = Field(min_length=2)


class UnitRules(BaseModel):
    """unit_rules.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    list_rules: list[ListRule]
    not_a_result: list[NotAResult]
    scale_rows: list[ScaleRow]


@cache
def load_unit_rules() -> UnitRules:
    """The unit rules from the package, validated."""
    text = (resources.files("extractors.markers") / "unit_rules.json").read_text("utf-8")
    return UnitRules.model_validate_json(text)


@dataclass
class _Compiled:
    lists: list[tuple[re.Pattern[str], ListRule]]
    not_a_result: re.Pattern[str]
    scales: list[tuple[re.Pattern[str], ScaleRow]]


@cache
def _compiled() -> _Compiled:
    rules = load_unit_rules()
    return _Compiled(
        [(compile_tolerant(r.pattern), r) for r in rules.list_rules],
        # what states no result is read as OCR may give it too ('VARIANTS 0F UNKN0WN
        # SIGNIFICANCE'), as the verdicts are
        compile_tolerant("|".join(f"(?:{r.pattern})" for r in rules.not_a_result)),
        [(re.compile(r"[ \t]*(?:" + r.pattern + ")", re.IGNORECASE), r) for r in rules.scale_rows],
    )


@dataclass
class UnitReading:
    """What the page's units state, and which mentions they decided."""

    findings: list[Finding] = field(default_factory=list)
    owned: set[int] = field(default_factory=set)


# How far a list runs after its phrase, and how far back 'none of these' looks.
_LIST_REACH = 600
_LISTED_REACH = 700
# A stop after a space parts a list's items ('NRAS . HRAS . KIT'), as a bullet a text layer
# reads as a dot does: it ends no sentence (dot_parted_items).
_SENTENCE_END = re.compile(r"(?<![ \t])\.(?=\s|$)|\n[ \t]*\n")
# Three kinds of change named in turn in a list's lead: variants, copy number, rearrangements.
_KINDS_IN_TURN = re.compile(
    r"(?=[^\n]*?\bvariants?\b)(?=[^\n]*?\b(?:copy[ \t]+number|amplifications?|CN[VA]s)\b)"
    r"(?=[^\n]*?\b(?:rearrangements?|fusions?)\b)",
    re.IGNORECASE,
)
_PHRASE_ASPECTS = (
    # short_variant_abbreviations: 'ERBB2 (SNVs and amplification)', 'MET (indels, copy number)'
    (
        Aspect.MUTATION,
        re.compile(
            r"mutat|codons?\b|exons?\b|hotspot|\bSNVs?\b|\bindels?\b|\bsequence[ \t]++variants?\b",
            re.IGNORECASE,
        ),
    ),
    (Aspect.FUSION, re.compile(r"fusion|rearrange|translocat", re.IGNORECASE)),
    (Aspect.AMPLIFICATION, re.compile(r"amplif|copy\s+number|\bCN[VA]s?\b", re.IGNORECASE)),
)
# The method named after a line's genes, before its verdict: '... codon 172 sequencing:'.
# (also as OCR misreads the words, 'pyr0sequencing': the one misreading rule)
_METHOD_TAIL = compile_tolerant(
    r"(?:[ \t]+(?:by[ \t]+)?(?:(?:pyro)?sequencing|analysis|testing|genotyping|NGS|PCR|panel"
    r"|germline|somatic|hotspots?|mutation(?:al)?))+[ \t]*$"
)
# method_before_the_genes: the method may lead the line instead, before its genes and their
# parts: 'Sequencing of IDH1 codon 132 and IDH2 codon 172: wild type'.
_METHOD_HEAD = compile_tolerant(
    r"[ \t]*+(?:(?:pyro)?sequencing|(?:mutation(?:al)?[ \t]++)?analysis|testing|genotyping)"
    r"[ \t]++(?:of|for)[ \t]++(?:the[ \t]++)?"
)
_VARIANT_WORD = re.compile(r"\bvariants?\b", re.IGNORECASE)
_MANY_GENES = 3
_NEGATIVE_WORD = compile_tolerant(r"\bnegative\b", re.IGNORECASE)
_PARTS_TESTED = compile_tolerant(r"\b(?:exons?|codons?)\b")
# (a preposition may repeat after the joining word: '..., ERBB2, or in' / 'MET')
_GOES_ON = re.compile(r"(?:,|\band|\bor)(?:[ \t]+(?:in|of|for|at))?[ \t]*$", re.IGNORECASE)
# A list's item whose note in brackets wrapped onto the next line: 'BRAF (mutation), ERBB2' /
# '(mutation), MET (exon 14 skipping)': the line ends on a gene's name, the next opens a bracket.
_NOTE_NEXT = re.compile(r"\n[ \t]*\(")
_ENDS_ON_A_NAME = re.compile(
    r"(?:,|\b(?:and|or))[ \t]*(?-i:[A-Z][A-Z0-9\-/]{1,9})[ \t]*$", re.IGNORECASE
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SAME_AMINO_ACID = re.compile(r"^(?:p\.\s?\(?)?([A-Z][a-z]{0,2})\d+\1\)?$")
# What makes a row a result: an allele fraction, or a word that calls the variant a finding.
_ROW_FINDING = compile_tolerant(
    r"\b(?:pathogenic|oncogenic|detected|identified|present|tier\s*(?:I{1,2}|[12])[A-D]?\b|level\s*\d)"
    # therapy_beside_the_change: a targeted drug named on the row by its name's stem is what
    # a change that was found implies ('EGFR L858R - osimertinib', 'BRAF V600E  Dabrafenib')
    r"|\b[a-z]{3,}(?:tinib|rafenib|metinib|parib|ciclib|lisib|sertib|zumab|ximab|mumab)\b",
    re.IGNORECASE,
)
# named_class_row: a gene's row whose change is a named class of the gene's exons, right
# after the gene ('EGFR   Exon 19 deletion   Pathogenic   23%', 'MET exon 14 skipping -
# capmatinib'); like a protein change, it is a finding only with a sign on the row.
_CLASS_AFTER_GENE = re.compile(
    r"[ \t:|\-–]*+(?i:ex(?:on)?[ \t]?\d{1,2}[ \t]+(?:in-?frame[ \t]+)?"
    r"(?:deletion|insertion|skipping|duplication))\b"  # one change: a plural names the class
)
# A row that denies its variant; a bare 'No' is another column's answer (trials: No).
_ROW_NEGATED = compile_tolerant(
    r"\bnot\W?\s+(?:detected|identified|found|present)|\bnegative\b|\bwild[\s\-]?type\b"
    r"|\bno\s+(?:\w+\s+)?(?:mutations?|variants?|alterations?|evidence)\b"
    # none_found_after_the_changes: 'ALK resistance mutations (G1202R, L1196M): none detected'
    r"|\bnone\s+(?:was\s+|were\s+)?(?:detected|identified|found)\b"
    # row_led_by_a_denial: 'EGFR: no exon 18 (G719X) or exon 20 (T790M) mutation identified'
    r"|^[ \t:=\-–]*(?:no|none)\b",
    re.IGNORECASE,
)
# An item of a comma list: 'NTRK2 A31T (3.5%), BRAF A762V (2.2%)'.
# A line's own label before the gene: 'Variant of uncertain significance: '.
_LABEL_LEAD = re.compile(r"^[^\n:]{3,80}:[ \t]*$")
_LIST_ITEM_LEAD = re.compile(r"[,;][ \t]*$")
# The sample a liquid biopsy's or a tissue test's row is about: 'Plasma cfDNA: EGFR T790M ...'.
_SAMPLE_LEAD = re.compile(
    r"[ \t\-•*]*(?:[\w\-]+[ \t]+){0,2}?(?:plasma|cfDNA|ctDNA|blood|liquid[ \t]+biopsy|tissue"
    r"|tumou?r|specimen|sample)(?:[ \t]+(?:cfDNA|ctDNA|DNA|RNA))?[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_ITEM_END = re.compile(r"[,;]")
# A classification or tier cell first on a row, before the gene: 'Pathogenic  KRAS  p.G12D',
# 'Likely benign  EGFR ...', 'III  BRCA1 ...', 'Tier IA  EGFR ...'.
_CLASS_LEAD = re.compile(
    r"[ \t\-•*|]*(?:(?:likely[ \t]+)?(?:pathogenic|benign|oncogenic)|VUS|uncertain|unknown"
    r"|(?:uncertain|unknown)[ \t]+significance|(?:tier|level)[ \t]*(?:I{1,3}|IV|[1-4])[A-D]?"
    r"|(?-i:(?:I{1,3}|IV)[A-D]?))[ \t]+",
    re.IGNORECASE,
)
# finding_class_cell: a first cell that names the row a finding ('Genomic finding   TP53 R273H',
# 'Somatic alteration  KRAS G12D'): its change is a result, as one with a share of reads is.
_FINDING_LEAD = re.compile(
    r"[ \t\-•*|]*(?:genomic|molecular|somatic)[ \t]+(?:findings?|alterations?|variants?)[ \t]+",
    re.IGNORECASE,
)
# A numbered list's number before a row: '1. EGFR exon 21 p.L858R (VAF 26%)', '(2) KRAS ...',
# or a table's row-number cell: '4  TP53  p.E285K  Missense ...', '#12 ATM p.V2424G ...'.
_NUMBERED_LEAD = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|#?\d{1,3})[ \t]+")
_UNCERTAIN_CLASS = re.compile(r"\b(?:uncertain|unknown)\b", re.IGNORECASE)
_ROW_START = re.compile(r"[ \t]*[A-Z][A-Z0-9]{1,9}[ \t]")
_DIGIT = re.compile(r"\d")
_COLUMN_NAME = re.compile(
    r"\b(?:genes?|variants?|protein|coding|cDNA|HGVS|alterations?|VAF|NAF|MAF|allele|frequency"
    r"|fraction|exon|classification|transcript|depth|coverage|consequence|type)\b",
    re.IGNORECASE,
)
# A row whose protein change wrapped onto the next line: 'NRAS missense c.35G>A; NM_...'.
_CODING_CHANGE = re.compile(r"\bc\.\d|\b(?:missense|nonsense|frameshift|stop_gained|splice)", re.I)
_FIRST_WORD = re.compile(r"[A-Za-z0-9\-]+")
_BRACKETED_LINE = re.compile(r"[ \t]*\([^()\n]*\)[ \t.]*")
_PERCENT = re.compile(r"\d\s?%")
# The words that name an assay's limit of detection (read case-insensitively).
DETECTION_LIMIT_WORDS = r"LoD|limits?[ \t]+of[ \t]+detection|sensitivity"
# lod_column_is_no_share: a row's limit of detection ('LoD 0.3% cfDNA') is no share of reads.
_DETECTION_LIMIT = re.compile(
    rf"\b(?:{DETECTION_LIMIT_WORDS})\b[ \t:]*[<>≤≥=]?[ \t]*\d+(?:\.\d+)?[ \t]?%",
    re.IGNORECASE,
)
_LABEL_START = re.compile(r"[ \t]*[A-Za-z][\w \t]{0,30}:")
# (a second value after it is another column's: 'Ki-67 (%)   60   45' under two specimens)
_SCALE_NUMBER = re.compile(r"(?:[ \t]*+[:=])?[ \t]*+(\d{1,3})(?![\d.,+%])(?![ \t]+[<>]?\d)")


def read_units(text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules]) -> UnitReading:
    """Every result the page's units state, and the mentions those units decide."""
    reading = UnitReading()
    compiled = _compiled()
    reading.owned.update(assay_line_mentions(text, mentions))  # 'Mutations tested: ...'
    reading.owned.update(no_call_mentions(text, mentions, rules))  # 'MSI: Indeterminate'
    reading.owned.update(vus_section_mentions(text, mentions, compiled.not_a_result))
    for line, finding in read_tmb_cutoff_lines(text, mentions, reading.owned):
        reading.owned.update(line)
        reading.findings.append(finding)
    for line, finding in read_receptor_assay_lines(text, mentions, reading.owned):
        reading.owned.update(line)  # 'Estrogen receptor: 142 fmol/mg protein (positive: > 10)'
        reading.findings.append(finding)
    # 'p.Leu858Arg (exon 21)   EGFR   3.4%' under 'Alteration  Gene' (it owns each row it reads)
    reading.findings += read_change_first_rows(text, mentions, rules, reading.owned)
    for index, finding in read_class_rows(text, mentions, rules, reading.owned):
        reading.owned.add(index)  # 'Copy number amplification   MET, ERBB2' under 'not found'
        reading.findings.append(finding)
    folded = folded_page(text)
    for pattern, rule in compiled.lists:
        for match in all_matches(pattern, text, folded):
            _read_list(text, mentions, rules, match, rule, reading)
    for index, finding in read_paired_lists(text, mentions, rules, reading.owned):
        reading.owned.add(index)
        reading.findings.append(finding)
    for index, finding in read_gene_cells(text, mentions, rules, reading.owned):
        reading.owned.add(index)
        reading.findings.append(finding)
    for index, finding in read_gene_verdict_rows(text, mentions, rules, reading.owned):
        reading.owned.add(index)
        reading.findings.append(finding)
    for index, finding in read_change_verdicts(text, mentions, reading.owned):
        reading.owned.add(index)  # 'KRAS G12C: not detected; G12D: detected'
        reading.findings.append(finding)
    for row in read_alteration_rows(text, mentions, reading.owned):
        reading.owned.add(row.index)
        reading.findings.append(row.finding)
    _read_variant_rows(text, mentions, compiled.not_a_result, reading)
    _read_scale_rows(text, mentions, rules, compiled.scales, reading)
    _read_heading_shares(text, mentions, rules, reading)
    # 'Both are positive' speaks for two names a sentence before it; they stay the
    # statement reader's too, for the values beside them ('ER (90%) and PR (40%)').
    reading.findings += read_shared_verdicts(text, mentions, rules)
    return reading


def _read_list(
    text: str,
    mentions: list[Mention],
    rules: dict[Marker, MarkerRules],
    match: re.Match[str],
    rule: ListRule,
    reading: UnitReading,
) -> None:
    if rule.kind == "list_after":
        low, high = match.end(), _list_end(text, match.end(), mentions)
        again = match.re.search(text, low, high)
        if again:
            high = again.start()  # 'positive: CK7, ER; negative: PR': the next label's list
        high = _clause_after_semicolon(text, low, high)
    elif rule.kind == "list_before_on_line":
        low, high = start_of_line(text, match.start()), match.start()
        method = _METHOD_TAIL.search(text, low, high)  # 'IDH1 codon 132 sequencing: wild type'
        genes_end = method.start() if method else high
        head = _METHOD_HEAD.match(text, low, high)
        genes_start = head.end() if head else low
        listed = [m for m in mentions if low <= m.start < high and not m.implied]
        if _NEGATIVE_WORD.search(match.group(0)):
            listed = []  # a bare 'negative' after genes may be their stains': parts decide
        # genes_heading_over_a_labelled_denial: two genes or more heading the verdict's line
        over_verdict = len(listed) >= 2 and "\n" in text[high : match.end()]
        if not (
            (_parts_or_genes(text, low, high, listed, rules) or over_verdict)
            and gene_line(text, genes_start, genes_end, mentions)
        ):
            return  # 'KRAS G12C: not detected', 'ER: negative': the statement reader's
    else:
        low, high = _listed_start(text, match.start()), match.start()
        low = _last_gene_heading(text, low, high, mentions)
        low = max(low, _list_lines_start(text, low, high, mentions))
    status = rule.status or _verdict(match.group("verdict"))
    named = _named_aspect(match.group(0))
    if _KINDS_IN_TURN.search(match.group(0)):
        # kinds_of_change_named_in_turn: 'no pathogenic small variants, copy number changes or
        # rearrangements were found in:' names every kind the panel reads: each gene is
        # denied its own kind, as under 'no alterations' (a fusion gene its fusion)
        named = None
    if named is None and rule.kind == "list_after":
        # label_before_its_denial: 'Other targeted fusions    none detected (ALK, BRAF, ...)':
        # the kind the line's label names before the denial is the list's
        first = match.start() + text.startswith("\n", match.start())  # past a line's end
        label = _KIND_LABEL.fullmatch(text, start_of_line(text, first), first)
        named = _named_aspect(label.group(0)) if label else None
    in_list = [
        m for i, m in enumerate(mentions) if i not in reading.owned and low <= m.start < high
    ]
    if named is None and rule.kind == "list_before" and in_list:
        named = _lead_aspect(text, in_list[0])  # 'Other fusion drivers tested (ALK, ...'
    if (
        rule.kind == "list_after"
        and in_list
        and _BOUND_BEFORE_NAME.match(text, low, in_list[0].start)
    ):
        return  # verdict_defined_by_a_bound: 'Negative: ratio < 2.0 with ... HER2' is a legend
    rule_aspect = rule.aspect
    if rule_aspect is None and named is None and _sequenced_genes(in_list, rules):
        rule_aspect = Aspect.MUTATION  # 'Negative: KRAS, ERBB2, MET': genes, not stains
    # 'Positive: CK7, TTF-1, ALK': a list among lineage stains is a list of stains
    stains = rule_aspect is None and named is None and _lineage_stains().search(text, low, high)
    tail = _tail_aspects(text, in_list, high)
    header = _class_header_after(text, match.end()) if rule.kind == "list_after" else None
    for index, mention in enumerate(mentions):
        if index in reading.owned or not (low <= mention.start < high):
            continue
        if rule.kind == "list_after" and _row_with_own_finding(text, mention, match.end(), status):
            continue  # row_verdict_over_heading: the row's own 'detected' is its result
        if rule.kind == "list_after" and _row_without_a_call(text, mention, match.end()):
            continue  # row_without_a_call: 'MET (exon 14) - not reported: low depth' under it
        marker_rules = rules[mention.marker]
        following = mentions[index + 1].start if index + 1 < len(mentions) else high
        # 'Fusions (RNA):  ALK  ROS1' under a list's lead: the label names the kind, and the
        # item's own words are those of its line
        labelled = _class_label_aspect(text, mention)
        if header is not None and mention.start > header[1]:
            labelled = _column_class(text, header, mention)
        if labelled not in marker_rules.aspects:
            labelled = None
        elif end_of_line(text, mention.start) < following:
            following = end_of_line(text, mention.start)
        item_aspect = (
            _item_aspect(text, mention, min(high, following), marker_rules)
            or labelled
            or _pair_note_aspect(text, mentions, index, high, marker_rules)
        )
        variant_end = _item_variant_end(text, mention, min(high, following), marker_rules)
        if variant_end is not None:
            item_aspect = Aspect.MUTATION  # 'Positive: TP53 R175H (45%)': a variant, no stain
        aspect = item_aspect or _list_aspect(rule_aspect, named, marker_rules)
        if (
            named in GENOMIC
            and aspect is None
            and variant_end is None
            and set(GENOMIC) & set(marker_rules.aspects)
        ):
            # kind_the_marker_lacks: 'Genes without a detected fusion: ALK, MET' says nothing of
            # MET's copies or variants, the only kinds read for it
            reading.owned.add(index)
            continue
        both = _tail_aspects_of(tail, marker_rules) if item_aspect is None else []
        noted = _noted_aspects(text, mention, min(high, following), marker_rules)
        if noted and variant_end is None and labelled is None:
            # 'MET (exon 14 skipping, amplification)': the item's own note names two kinds
            aspect, both = noted[0], noted
        if both:
            aspect = both[0]
        # 'No BRAF, ROS1 or RET gene fusions were identified': one kind after the last gene
        trailing = kind_after_list(text, mentions, index, list_gap)
        if trailing and not (item_aspect or variant_end or noted):
            if trailing in marker_rules.aspects:
                aspect, both = trailing, []
            elif set(GENOMIC) & set(marker_rules.aspects):
                reading.owned.add(index)
                continue  # 'No KRAS or ALK fusion detected': nothing of KRAS's mutations
        if aspect is None and stains and Aspect.EXPRESSION in marker_rules.aspects:
            aspect = Aspect.EXPRESSION
        if rule.kind == "list_before" and aspect is None:
            continue  # 'none of these mutations': only markers that mutate are its subjects
        reading.owned.add(index)
        for each in [aspect or marker_rules.default_aspect, *both[1:]]:
            reading.findings.append(
                Finding(
                    marker=mention.marker,
                    aspect=each,
                    status=status,
                    start=min(mention.start, match.start()),
                    end=max(variant_end or mention.end, match.end()),
                    alteration=normalise_alteration(
                        text[mention.start : variant_end or mention.end]
                    ),
                )
            )


# row_verdict_over_heading: a row under a heading that denies its items ('Mutations (DNA)
# not detected', 'Point mutations: none detected') that states a finding of its own ('BRAF
# codon 600   V600E detected', 'KRAS   G12C   present') is read by its own words: the heading
# speaks for the rows that say nothing else.
_OWN_FINDING = re.compile(
    r"(?<![\w\-])(?:detected|identified|found|present|positive|mutated|amplified|rearranged)"
    r"(?![\w\-])",
    re.IGNORECASE,
)
_ROW_DENIAL = re.compile(
    r"(?<![\w\-])(?:not|no|none|non|negative|absent|wild|without|unmutated)(?![\w])",
    re.IGNORECASE,
)


def _row_with_own_finding(text: str, mention: Mention, heading_end: int, status: Status) -> bool:
    """Whether a negative heading's item leads a row below it that states a finding of its own."""
    line_start = start_of_line(text, mention.start)
    if status is not Status.NEGATIVE or line_start < heading_end:
        return False
    if text[line_start : mention.start].strip(" \t" + ROW_BULLETS):
        return False  # the name does not lead its row
    line_end = end_of_line(text, mention.end)
    return bool(
        _OWN_FINDING.search(text, mention.end, line_end)
        and not _ROW_DENIAL.search(text, mention.end, line_end)
    )


# row_without_a_call: a row under a list's label whose own words say it has no result ('KIT /
# MET (exon 14) - not reported: below minimum depth', 'ERBB2   not evaluable', 'ALK   failed
# (low RNA yield)'): the label's verdict is not its.
_NO_CALL = re.compile(
    r"(?<![\w\-])(?:not[ \t]+(?:reported|evaluated|evaluable|assessed|assessable|called|tested"
    r"|performed|analy[sz]ed|interpretable)|failed|insufficient|no[ \t]+call|inconclusive"
    r"|indeterminate|(?:below|under)[ \t]+(?:the[ \t]+)?(?:minimum|required)[ \t]+(?:depth"
    r"|coverage))(?![\w\-])",
    re.IGNORECASE,
)


def _row_without_a_call(text: str, mention: Mention, heading_end: int) -> bool:
    """Whether a list label's item stands on a row below it that says it has no result."""
    line_start = start_of_line(text, mention.start)
    if line_start < heading_end:
        return False
    for call in _NO_CALL.finditer(text, mention.end, end_of_line(text, mention.end)):
        before = text[line_start : call.start()]
        if before.count("(") <= before.count(")"):
            return True  # not a note in brackets ('BRCA1* (*full sequencing not performed)')
    return False


# verdict_defined_by_a_bound: after a verdict's label, a measure and its bound before any
# name ('Negative: ratio < 2.0 with HER2 copy number < 4.0', 'Positive: TPS of 1% or more
# of tumour cells with PD-L1'): the label is a legend's class, defined by the bound, and the
# names after it are the measure's words, not a list of results.
_BOUND_BEFORE_NAME = re.compile(
    r"[^\n,;]{0,40}?(?:[<>≤≥]=?[ \t]*\d|\bat[ \t]+least[ \t]+\d"
    r"|\b(?:below|under|above|over|(?:more|less|fewer|greater)[ \t]+than)[ \t]+\d"
    r"|\d+(?:\.\d+)?[ \t]*%?[ \t]+or[ \t]+(?:more|greater|higher|above|less|fewer|lower|below)\b)",
    re.IGNORECASE,
)
_TAIL_REACH = 60
# Words of a clause of its own after a list's ';': a verb or a verdict ('; BRAF V600E
# detected', '; this does not exclude ALK', '; ALK testing is pending').
_OWN_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|does|do|did|has|have|had|will|may|can(?:not)?|could"
    r"|detected|identified|found|seen|present|absent|positive|negative|pending|insufficient"
    r"|failed|performed|requested|excluded?|equivocal|amplified)\b",
    re.IGNORECASE,
)


def _clause_after_semicolon(text: str, low: int, high: int) -> int:
    """Where a label's list ends: at a ';' that opens a clause of its own.

    'Not detected: KRAS, NRAS; BRAF V600E detected' - the list is KRAS and NRAS; 'Not
    detected: EGFR, KRAS mutations; ALK, ROS1 fusions' goes on, its second part a list too.
    """
    semicolon = text.find(";", low, high)
    while semicolon != -1:
        following = text.find(";", semicolon + 1, high)
        segment_end = high if following == -1 else following
        if _OWN_CLAUSE.search(text, semicolon + 1, segment_end):
            return semicolon
        semicolon = following
    return high


def _tail_aspects(text: str, listed: list[Mention], high: int) -> list[Aspect]:
    """The kinds of alteration named after a list's last gene, when it names two or more.

    'Not detected: ALK, KRAS, RET fusions and mutations': each gene is read for both kinds.
    """
    if not listed:
        return []
    tail = text[listed[-1].end : min(high, listed[-1].end + _TAIL_REACH)]
    return [aspect for aspect, words in _PHRASE_ASPECTS if words.search(tail)]


def _tail_aspects_of(tail: list[Aspect], marker_rules: MarkerRules) -> list[Aspect]:
    """Of the kinds named after a list, those the gene is read for.

    A sequence variant, and its own kind besides: 'fusions and mutations' reads ALK's fusion
    and mutation, KRAS's mutation.
    """
    if len(tail) < 2:
        return []
    return [
        aspect
        for aspect in tail
        if aspect in marker_rules.aspects
        and (aspect is Aspect.MUTATION or aspect is marker_rules.default_aspect)
    ]


@cache
def _lineage_stains() -> re.Pattern[str]:
    """The names of lineage immunostains (CK7, TTF-1, p40), from the context rules."""
    words = next(
        rule
        for rule in load_context_rules().aspect_words
        if rule.name == "lineage-immunostains-beside-the-name"
    )
    return compile_words(words.pattern)


def _parts_or_genes(
    text: str, low: int, high: int, listed: list[Mention], rules: dict[Marker, MarkerRules]
) -> bool:
    """Genes with the exons or codons tested, or three sequenced genes or more: a list's line.

    One or two names before a verdict, or stains ('ER, PR and HER2: negative'), are the
    statement reader's, which reads each one's values.
    """
    if _PARTS_TESTED.search(text, low, high):
        return True
    sequenced = all(rules[m.marker].aspects != [Aspect.EXPRESSION] for m in listed)
    return sequenced and len(listed) >= _MANY_GENES


def _item_aspect(
    text: str, mention: Mention, high: int, marker_rules: MarkerRules
) -> Aspect | None:
    """The one aspect a list item's own words name: 'ERBB2 amplification', 'MET exon 14'.

    The item runs to the next comma or semicolon, or the next marker's name.
    """
    item_end = _ITEM_END.search(text, mention.end, high)
    item = text[mention.end : item_end.start() if item_end else high]
    named = {aspect for aspect, words in _PHRASE_ASPECTS if words.search(item)}
    named &= set(marker_rules.aspects)
    return named.pop() if len(named) == 1 else None


# Two names joined by 'and', 'or', '&' or '/' (no comma): one item of the list; and the
# bracket after the second, maybe on the next line.
_PAIR_JOIN = re.compile(r"[ \t]*(?:\band\b|\bor\b|&|/)[ \t]*", re.IGNORECASE)
_PAIR_NOTE = re.compile(r"\s*\(([^()]{1,40})\)")


def _pair_note_aspect(
    text: str, mentions: list[Mention], index: int, high: int, marker_rules: MarkerRules
) -> Aspect | None:
    """The kind a bracket after the second of two joined names gives them both.

    kind_noted_after_a_pair: 'EGFR, KRAS; ALK and RET (fusions), MET amplification' - the
    bracket after RET names ALK's kind too; it may stand on the next line ('ALK and RET' /
    '(fusions), ...').
    """
    if index + 1 >= len(mentions):
        return None
    mention, other = mentions[index], mentions[index + 1]
    if not _PAIR_JOIN.fullmatch(text, mention.end, other.start) or other.start >= high:
        return None
    note = _PAIR_NOTE.match(text, other.end, high)
    if note is None:
        return None
    named = {aspect for aspect, words in _PHRASE_ASPECTS if words.search(note.group(1))}
    named &= set(marker_rules.aspects)
    return named.pop() if len(named) == 1 else None


# A note in brackets right after a list item's gene: 'MET (exon 14 skipping, amplification)'.
_ITEM_NOTE = re.compile(r"[ \t]*\(([^()\n]{1,60})\)")


def _noted_aspects(
    text: str, mention: Mention, high: int, marker_rules: MarkerRules
) -> list[Aspect]:
    """The kinds of alteration, two or more, that the note after a list item's gene names."""
    note = _ITEM_NOTE.match(text, mention.end, high)
    if note is None:
        return []
    named = [
        aspect
        for aspect, words in _PHRASE_ASPECTS
        if words.search(note.group(1)) and aspect in marker_rules.aspects
    ]
    return named if len(named) >= 2 else []


_ITEM_GAP = re.compile(r"[ \t:]*")


def _item_variant_end(
    text: str, mention: Mention, high: int, marker_rules: MarkerRules
) -> int | None:
    """Where the protein change right after a list item's gene ends ('KRAS G12D'), if any."""
    if Aspect.MUTATION not in marker_rules.aspects:
        return None
    gap = _ITEM_GAP.match(text, mention.end, high)
    variant = ROW_VARIANT.match(text, gap.end() if gap else mention.end, high)
    return variant.end() if variant else None


def _sequenced_genes(listed: list[Mention], rules: dict[Marker, MarkerRules]) -> bool:
    """Whether a list names genes tested by sequencing, not stains.

    Two or more of its markers are first of all mutated or fused genes, and none is a marker
    that is only ever stained (ER, Ki-67).
    """
    sequenced = {
        m.marker
        for m in listed
        if rules[m.marker].default_aspect in (Aspect.MUTATION, Aspect.FUSION)
    }
    stained_only = any(
        not {Aspect.MUTATION, Aspect.FUSION} & set(rules[m.marker].aspects) for m in listed
    )
    return len(sequenced) >= 2 and not stained_only


# The words that lead a list's first line, up to its first name, if so few.
_LEAD_REACH = 60


def _lead_aspect(text: str, first: Mention) -> Aspect | None:
    """The kind of change the words leading the list's first line name, if they name one.

    list_led_by_its_kind: 'Other fusion drivers tested (ALK, ROS1, NTRK1 ...): none detected'
    denies each gene's fusion, as 'no fusions' after the list would; so does a heading with a
    colon on the line above the list's first line.
    """
    line_start = start_of_line(text, first.start)
    lead = text[line_start : first.start]
    if not lead.strip() and line_start > 0:  # the list's heading on the line above it
        above = text[start_of_line(text, line_start - 1) : line_start - 1].rstrip()
        lead = above if above.endswith(":") else ""
    return _named_aspect(lead) if 0 < len(lead.strip()) <= _LEAD_REACH else None


def _named_aspect(phrase: str) -> Aspect | None:
    """The aspect a list's phrase names itself ('no fusions'), None for 'alterations'.

    'Variants' alone are sequence variants: 'no pathogenic variants in ALK' is of ALK's
    mutations; 'copy number variants' named amplification first.
    """
    for aspect, words in _PHRASE_ASPECTS:
        if words.search(phrase):
            return aspect
    return Aspect.MUTATION if _VARIANT_WORD.search(phrase) else None


def _list_aspect(
    rule_aspect: Aspect | None, named: Aspect | None, marker_rules: MarkerRules
) -> Aspect | None:
    """A named aspect if the marker has it; for 'alterations', a fusion gene's fusion."""
    if named is not None:
        return named if named in marker_rules.aspects else None
    if rule_aspect is not None and marker_rules.default_aspect is Aspect.FUSION:
        return Aspect.FUSION
    return rule_aspect if rule_aspect in marker_rules.aspects else None


def _verdict(word: str) -> Status:
    folded = word.lower().replace("0", "o").replace("1", "i").replace("l", "i")
    if folded.startswith("n"):
        return Status.NEGATIVE
    return Status.EQUIVOCAL if folded.startswith("e") else Status.POSITIVE


def _list_end(text: str, start: int, mentions: list[Mention]) -> int:
    """A list runs to its sentence's end or a blank line; a line ending in ',' goes on.

    So do the lines after it, or after a heading that ends its line, that hold only genes'
    names: a list printed in columns ('AR  BRAF  BRCA1' / 'EGFR  HRAS  IDH1').
    """
    end = min(len(text), start + _LIST_REACH)
    stop = _SENTENCE_END.search(text, start, end)
    line_end = text.find("\n", start, end)
    if line_end != -1 and not text[start:line_end].strip():
        header = _class_header_after(text, line_end)
        if header is not None:
            line_end = header[1]  # class_columns_under_a_list_label: the genes start below it
        return _item_lines_end(text, gene_lines_end(text, line_end, end, mentions), end, mentions)
    while line_end != -1 and (stop is None or line_end < stop.start()):
        if not (
            _GOES_ON.search(text, max(start, line_end - 9), line_end)
            or (_NOTE_NEXT.match(text, line_end) and _ENDS_ON_A_NAME.search(text, start, line_end))
            or _bracket_left_open(text, start, line_end)
        ):
            return gene_lines_end(text, line_end, end, mentions)
        line_end = text.find("\n", line_end + 1, end)
    return stop.start() if stop else end


def _closes_a_bracket_from_above(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line closes a bracket that the line above left open: a sentence goes on."""
    line = text[line_start:line_end]
    return (
        line_start > 0
        and _bracket_left_open(text, 0, line_start - 1)
        and line.count(")") > line.count("(")
    )


def _bracket_left_open(text: str, start: int, line_end: int) -> bool:
    """Whether the line leaves an item's note in brackets open (it goes on over the line's end).

    'RET (CCDC6-RET and other' / 'partners), NTRK1': the list goes on.
    """
    line = text[max(start, start_of_line(text, line_end)) : line_end]
    return line.count("(") > line.count(")")


# class_labelled_item_lines: a line of a list's items may first name the kind of change its
# genes were tested for ('Sequence variants (DNA):  KRAS  BRAF', 'Fusions: ALK, ROS1, RET').
_CLASS_LABEL = re.compile(
    r"[ \t\-•*]*+(?:(?:sequence|short|structural)[ \t]++variants?"
    r"|SNVs?(?:[ \t]*+(?:/|and)[ \t]*+indels?)?|(?:point[ \t]++)?mutations?"
    r"|(?:gene[ \t]++)?(?:fusions?|rearrangements?|amplifications?)|CNVs?"
    r"|copy[ \t]++number(?:[ \t]++(?:alterations?|variants?|changes?))?"
    r"|(?P<molecule>DNA|RNA))"
    r"(?:[ \t]*+\((?:DNA|RNA)(?:[ \t]++(?:and|or|&|/)[ \t]++(?:DNA|RNA))?\))?[ \t]*+:[ \t]*+",
    re.IGNORECASE,
)


def _class_label_aspect(text: str, mention: Mention) -> Aspect | None:
    """The kind of change the label leading the mention's line names, if one leads it.

    molecule_labelled_item_lines: a line labelled by the molecule read ('DNA: KRAS, BRAF',
    'RNA: ALK, RET') names the panel's kind of change for it, variants of the DNA and fusion
    transcripts of the RNA.
    """
    label = _CLASS_LABEL.match(text, start_of_line(text, mention.start), mention.start)
    if label is None:
        return None
    if label["molecule"]:
        return Aspect.MUTATION if label["molecule"].upper() == "DNA" else Aspect.FUSION
    return _named_aspect(label.group(0))


# class_columns_under_a_list_label: under a label that ends its line ('Genes analysed with no
# alteration detected'), a row of nothing but kinds of change ('Short variants   Rearrangements
# Amplifications', 'SNVs/indels | Fusions | Copy number') heads columns of genes: each gene is
# the label's for the kind its column names ('ERBB2' under both 'Short variants' and
# 'Amplifications' is denied both).
_CLASS_CELL = re.compile(CHANGE_KIND, re.IGNORECASE)
# A short label that ends in a kind of change, before a denial on its line ('Other targeted
# fusions', 'Further amplifications (DNA):').
_KIND_LABEL = re.compile(
    rf"[ \t\-•*]*+(?:[A-Za-z][\w\-]*[ \t]+){{0,3}}?(?:{CHANGE_KIND})(?:{SEQUENCED})?[ \t:\-–]*",
    re.IGNORECASE,
)
_CLASS_HEADER = re.compile(
    rf"[ \t]*+(?:(?:{CHANGE_KIND})(?:{SEQUENCED})?[ \t]*+[|,/]?[ \t]*+){{2,6}}", re.IGNORECASE
)
_WIDE_GAP = re.compile(r"\S(?:[ \t]{2,})\S")


def _class_header_after(text: str, line_end: int) -> tuple[int, int] | None:
    """The span of a row of kinds of change on the line after `line_end`, if it is one."""
    if line_end >= len(text) or text[line_end] != "\n":
        return None
    start = line_end + 1
    end = end_of_line(text, start)
    return (start, end) if _CLASS_HEADER.fullmatch(text, start, end) else None


def _column_class(text: str, header: tuple[int, int], mention: Mention) -> Aspect | None:
    """The kind of change the header names over the mention's column.

    Columns set by spaces are found by position; a row that a PDF's reader wrote with one space
    between cells by the cell's place in its row (a column runs out at the bottom, not the top).
    """
    cells = [
        (cell.start() - header[0], _named_aspect(cell.group(0)))
        for cell in _CLASS_CELL.finditer(text, header[0], header[1])
    ]
    line_start = start_of_line(text, mention.start)
    line_end = end_of_line(text, mention.start)
    if _WIDE_GAP.search(text, line_start, line_end) or _WIDE_GAP.search(text, *header):
        column = mention.start - line_start
        under = [aspect for start, aspect in cells if start <= column + 2]
        return under[-1] if under else None
    place = sum(1 for _ in re.finditer(r"\S+", text[line_start : mention.start]))
    return cells[place][1] if place < len(cells) else None


def _item_lines_end(text: str, line_end: int, limit: int, mentions: list[Mention]) -> int:
    """Where the lines of items under a heading end ('NOT DETECTED' / 'KRAS codons 12, 13; ...').

    Each such line starts with a gene's name, or a label of the kind of change its genes were
    tested for, and states no share of reads; a blank line, another labelled line ('Comment:
    ...') or any other line ends them.
    """
    starts = {m.start for m in mentions if not m.implied}
    while line_end < limit:
        following = end_of_line(text, line_end + 1)
        line = text[line_end + 1 : following]
        if _NOTE_NEXT.match(text, line_end) and _ENDS_ON_A_NAME.search(
            text, start_of_line(text, line_end), line_end
        ):
            line_end = following  # the last item's note, wrapped: '(mutation), MET ...'
            continue
        first = len(line) - len(line.lstrip(ROW_BULLETS))
        label = _CLASS_LABEL.match(line)
        first = label.end() if label else first
        token = _FIRST_WORD.match(line, first)
        shares = _PERCENT.search(_DETECTION_LIMIT.sub("", line))
        if token is None or shares or (not label and _LABEL_START.match(line)):
            break
        if line_end + 1 + first not in starts and not other_gene(token.group(0)):
            break
        if _CLAUSE_AFTER_NAME.match(line, token.end()):
            break  # a sentence about the gene: 'MSH6 is not listed above; ...'
        line_end = following
    return line_end


_CLAUSE_AFTER_NAME = re.compile(
    r"[ \t]+(?:is|was|are|were|has|have|had|may|can|could|should|will|would)\b", re.IGNORECASE
)


# A line that is one gene's name alone, a heading over the lines of its own test.
_GENE_HEADING_LINE = re.compile(
    r"^[ \t]*+[A-Za-z][A-Za-z0-9\-]{1,9}[ \t]*+:?[ \t]*+$", re.MULTILINE
)


def _last_gene_heading(text: str, low: int, high: int, mentions: list[Mention]) -> int:
    """Where the list before 'none of the above' begins under a gene's heading.

    gene_heading_starts_its_list: 'KRAS' alone on its line, then 'Codons tested: G12C G13D
    ...', then 'Result: none of the above mutations were detected': the heading's gene is the
    list's; a title above it ('RAS / BRAF mutation analysis') or an earlier gene's block is not.
    """
    start = low
    for line in _GENE_HEADING_LINE.finditer(text, low, high):
        if any(line.start() <= m.start < line.end() and not m.implied for m in mentions):
            start = line.start()
    return start


# Words after a name that make its line a statement of its own: a verdict, a share, a score.
_OWN_VERDICT = re.compile(
    r"(?i:\b(?:positive|negative|equivocal|amplified|detected|wild[ \-]?type|mutated|intact"
    r"|retained|lost|allred|h-?score|score)\b)|\d[ \t]*%|\b[0-3]\+"
)
# A line that goes on in the line under it: it ends with a comma, 'and', 'or' or an open bracket.
_LIST_GOES_ON = re.compile(r"(?:,|\b(?i:and|or)|\([^)\n]*)[ \t]*$")


def _list_lines_start(text: str, low: int, high: int, mentions: list[Mention]) -> int:
    """Where the list a terse 'none found' speaks for begins: the lines right above it.

    list_is_the_lines_above_the_verdict: the verdict's own line before it, then each line above
    that names a gene with no verdict of its own ('KRAS codons analysed: G12C, G12D'), or goes
    on into the next or from the one above (a wrapped list), or heads the list ('Genes
    tested:'). A line that states its own result ('ER: positive (Allred 8)', 'Score recorded:
    1+') or is a line of its own that names no gene ends the list above it: 'None found.' under
    a hotspot list speaks for that list, not for the receptors reported above it. With no gene
    in those lines, the reach stands as before.
    """
    line_start = start_of_line(text, high)
    start = line_start
    while start > low:
        above_start = start_of_line(text, start - 1)
        line = text[above_start : start - 1]
        named = [m for m in mentions if above_start <= m.start < start - 1 and not m.implied]
        if not line.strip():
            break
        if named:
            if _OWN_VERDICT.search(text, named[0].end, start - 1):
                break
        elif not (
            line.rstrip().endswith(":")
            or _LIST_GOES_ON.search(line)
            or (
                above_start > 0
                and _LIST_GOES_ON.search(
                    text, start_of_line(text, above_start - 1), above_start - 1
                )
                is not None
            )
        ):
            break  # a line of its own that names no gene: not a line of the list
        start = above_start
        if not named and line.rstrip().endswith(":"):
            break  # the list's heading
    if not any(start <= m.start < high and not m.implied for m in mentions):
        return low  # no gene in the lines above: the reach as before
    return start


def _listed_start(text: str, end: int) -> int:
    """Where the list before 'none of these' begins: its paragraph, within reach."""
    low = max(0, end - _LISTED_REACH)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, low, end))
    return breaks[-1].end() if breaks else low


def _read_variant_rows(
    text: str, mentions: list[Mention], not_a_result: re.Pattern[str], reading: UnitReading
) -> None:
    """Table rows that start with a gene, and 'GENE VARIANT (x%)' items of a comma list."""
    tables = VariantTables(text)
    for index, mention in enumerate(mentions):
        if index in reading.owned or mention.implied:
            continue
        line_start = start_of_line(text, mention.start)
        lead = text[line_start : mention.start]
        centred: tuple[str, int] | None = None
        if _LABEL_LEAD.search(lead) and not_a_result.search(lead):
            reading.owned.add(index)  # 'Variant of uncertain significance: BRCA2 p.(...)'
            continue
        gene_end = mention.end if mention.name_end is None else mention.name_end  # 'BRAF V600E'
        line_end = end_of_line(text, gene_end)
        class_lead = _CLASS_LEAD.fullmatch(lead)
        finding_lead = _FINDING_LEAD.fullmatch(lead)
        if _closes_a_bracket_from_above(text, line_start, line_end):
            continue  # a sentence goes on into the line: the bracket above is still open
        if (
            not lead.strip(ROW_BULLETS)
            or _SAMPLE_LEAD.fullmatch(lead)
            or class_lead
            or finding_lead
            or _NUMBERED_LEAD.fullmatch(lead)
        ):
            row = text[gene_end:line_end]  # a row starts with its gene, or its sample's name
            variant = ROW_VARIANT.search(row)
            if variant is None and _CODING_CHANGE.search(row):
                row = text[gene_end : _wrapped_row_end(text, line_end)]
                variant = ROW_VARIANT.search(row)
            if variant is None and not lead.strip(ROW_BULLETS):
                centred = centred_notation(text, line_start, line_end)  # cells around the row
                variant = ROW_VARIANT.search(centred[0]) if centred else None
            if variant is None:
                variant = _CLASS_AFTER_GENE.match(row)  # 'EGFR   Exon 19 deletion   Pathogenic'
            fraction = tables.row_fraction(
                gene_end,
                _next_item_start(text, mentions, index, line_end),
                centred[0] if centred else "",
            )
        elif _LIST_ITEM_LEAD.search(lead):
            if _list_label_says_no_result(lead, not_a_result):
                reading.owned.add(index)  # 'VUS detected: A p.(...); B p.(...)'
                continue
            item_end = _ITEM_END.search(text, gene_end, line_end)
            row = text[gene_end : item_end.start() if item_end else line_end]
            gap = len(row) - len(row.lstrip(" \t:"))
            variant = ROW_VARIANT.match(row, gap)
            fraction = tables.item_fraction(gene_end, gene_end + len(row))
        else:
            continue
        if variant is None or _ROW_NEGATED.search(row):
            continue
        if centred is None and _another_gene_before(
            text, mentions, mention, gene_end + variant.start()
        ):
            continue  # 'EGFR: insufficient tumour. KRAS G12C detected.': the change is KRAS's
        if _STAIN_ROW.search(row):
            continue  # 'BRAF V600E (VE1): positive in 80% of tumour cells': a stain's row
        row_end = gene_end + len(row)
        if class_lead:
            row = lead + row  # 'VUS  ERBB2  p.R143Q  0.51': the class cell speaks for the row
        not_result = (
            not_a_result.search(row) is not None
            or (class_lead is not None and _UNCERTAIN_CLASS.search(lead) is not None)
            or wrapped_cell_says(text, row_end, row, not_a_result)
            or centred_cell_says(text, line_start, line_end, not_a_result)
            or _SAME_AMINO_ACID.match(variant.group(0)) is not None
            or _under_heading(text, line_start, not_a_result)
        )
        found = finding_lead or fraction is not None or _ROW_FINDING.search(row)
        if not not_result and not found:
            continue  # a gene and a variant alone may be a list of what the assay covers
        reading.owned.add(index)
        reading.owned.update(_note_below(text, mentions, index, line_end))
        if not_result:
            continue
        values = StatedValues()
        if fraction and tables.names_fractions:
            values.values.append(fraction)
        end = centred[1] if centred else gene_end + variant.end()
        named = centred[0] if centred else text[mention.start : end]
        reading.findings.append(
            Finding(
                marker=mention.marker,
                aspect=Aspect.MUTATION,
                status=Status.POSITIVE,
                start=mention.start,
                end=end,
                values=values,
                # a splice change's skipping named after it on its row is the change's class
                alteration=with_named_skipping(normalise_alteration(named), text[end:line_end]),
            )
        )


def _another_gene_before(text: str, mentions: list[Mention], mention: Mention, at: int) -> bool:
    """Whether a sentence about another gene begins between this gene and a change on its row.

    'BRAF testing failed (insufficient DNA). NRAS Q61R detected.': the change is the next
    sentence's gene's; the first gene's row ended with its own sentence. A gene named in a
    cell of the row itself ('resistance against EGFR-targeted therapy') ends nothing.
    """
    return any(
        not other.implied
        and other.marker is not mention.marker
        and mention.end <= other.start < at
        and _SENTENCE_END.search(text, mention.end, other.start) is not None
        for other in mentions
    )


# Words of a stain on a row that names a variant: the variant names the antibody.
_STAIN_ROW = re.compile(
    r"\b(?:IHC|immuno\w*|VE1|H09|staining)\b"
    r"|\b(?:of|in)\s+(?:the\s+)?(?:tumou?r|neoplastic|lesional)\s+(?:cells|nuclei)\b",
    re.IGNORECASE,
)
_BEFORE_NEXT_ITEM = re.compile(r"[;,][ \t]*$")


def _next_item_start(text: str, mentions: list[Mention], index: int, line_end: int) -> int:
    """Where a row's line holds the next gene's item after a ';' or ',': the row ends there.

    'EGFR exon 19 deletion (VAF 32%); TP53 R273H (VAF 45%)': the second fraction is TP53's.
    """
    for later in mentions[index + 1 :]:
        if later.start >= line_end:
            break
        if later.marker != mentions[index].marker and _BEFORE_NEXT_ITEM.search(
            text, mentions[index].end, later.start
        ):
            return later.start
    return line_end


def _list_label_says_no_result(lead: str, not_a_result: re.Pattern[str]) -> bool:
    """Whether the label of the list an item stands in says its items are no results.

    The label is the words before the last ':' on the item's line, back to a sentence's end:
    'VUS detected: PIK3CA R38C (45%); BRAF A762V (3%)' and 'Benign: ...' speak for every item,
    'Of uncertain significance: X. Pathogenic: KRAS G12D, BRAF V600E' only for X.
    """
    colon = lead.rfind(":")
    if colon == -1:
        return False
    label_start = max(lead.rfind(". ", 0, colon), lead.rfind(";", 0, colon)) + 1
    return not_a_result.search(lead, label_start, colon + 1) is not None


def _note_below(text: str, mentions: list[Mention], index: int, line_end: int) -> set[int]:
    """The mentions of the row's gene in a bracketed note on the next line: the row's own.

    'EGFR  c.2300_2308dup  p.A767_V769dup  19%' / '(EGFR exon 20 insertion)' names the row's
    variant again, and states nothing of its own.
    """
    following = end_of_line(text, line_end + 1)
    if not _BRACKETED_LINE.fullmatch(text, line_end + 1, following):
        return set()
    on_note = {
        o for o in range(index + 1, len(mentions)) if line_end < mentions[o].start < following
    }
    if any(mentions[o].marker is mentions[index].marker for o in on_note):
        return on_note  # with the class it names ('exon 20 insertion' is also EGFR's name)
    return set()


def _wrapped_row_end(text: str, line_end: int) -> int:
    """The row's end with its next line, unless that line starts a row of its own."""
    following = end_of_line(text, line_end + 1)
    if _ROW_START.match(text, line_end + 1):
        return line_end
    return following


# misread_letters_in_a_heading: OCR's zero or one for a letter of a heading's word ('VARIANTS
# 0F UNKN0WN SIGNIFICANCE') makes no row's number; a gene's symbol ('BRCA1 VUS') still does.
_MISREAD_DIGITS_ONLY = re.compile(r"(?:[^\d\n]|(?<=[A-Za-z])[01]|[01](?=[A-Za-z]))*")
_SYMBOL_WITH_DIGIT = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9\-]*\d(?![A-Za-z0-9])")


def _misread_heading(line: str) -> bool:
    """Whether every digit of the line is a letter OCR misread inside a word, none a symbol's."""
    return bool(_MISREAD_DIGITS_ONLY.fullmatch(line)) and not _SYMBOL_WITH_DIGIT.search(line)


def _under_heading(text: str, line_start: int, not_a_result: re.Pattern[str]) -> bool:
    """Whether the nearest line above without a number (rows have numbers) heads a VUS section.

    A table's column header ('Gene  Variant  VAF') stands between the rows and their heading.
    """
    end = line_start - 1
    header_seen = False
    for _ in range(40):
        if end <= 0:
            return False
        start = start_of_line(text, end)
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        if _DIGIT.search(line) and not _numbered_heading(line) and not _misread_heading(line):
            if header_seen:
                return False  # rows above the header: another table's, not a heading
            continue
        if _continues_a_row(text, start, not_a_result):
            continue  # 'benign' under '... 51%  Likely': the row's wrapped cell, no heading
        if (
            not header_seen
            and len(_COLUMN_NAME.findall(line)) >= 2
            and not not_a_result.search(line)
        ):
            header_seen = True  # the column header: the heading is right above it
            continue
        return not_a_result.search(line) is not None and len(line.strip()) <= 80
    return False


def _continues_a_row(text: str, line_start: int, not_a_result: re.Pattern[str]) -> bool:
    """Whether the line is the wrapped last cell of a table row just above it.

    Up to three lines of a few words stand between the row (which has numbers) and this line;
    see wrapped_cell_says for when such words go on the row's cell.
    """
    end = line_start - 1
    for _ in range(3):
        if end <= 0:
            return False
        start = start_of_line(text, end)
        line = text[start:end]
        if _DIGIT.search(line):
            return ROW_VARIANT.search(line) is not None and wrapped_cell_goes_on(
                text, end, line, not_a_result, line_start
            )
        end = start - 1
    return False


# A heading that carries its tier's or level's number: 'Tier 3 - Variants of unknown
# significance', 'TIER 2 VARIANTS', 'Level 3: ...'; a row holds a variant or a share instead.
_NUMBERED_HEADING = re.compile(
    r"^[ \t\-•*#=]*(?:[A-Za-z]+[ \t\-:]+){0,2}?(?:tier|level|class|category)[ \t]*"
    r"(?:[1-5]|I{1,3}|IV|V)(?![\w.])",
    re.IGNORECASE,
)


def _numbered_heading(line: str) -> bool:
    """Whether a line with a number is a tier's or level's heading, not a table row."""
    return (
        _NUMBERED_HEADING.match(line) is not None
        and ROW_VARIANT.search(line) is None
        and _PERCENT.search(line) is None
        and len(line.strip()) <= 80
    )


def _read_scale_rows(
    text: str,
    mentions: list[Mention],
    rules: dict[Marker, MarkerRules],
    scales: list[tuple[re.Pattern[str], ScaleRow]],
    reading: UnitReading,
) -> None:
    for index, mention in enumerate(mentions):
        if index in reading.owned:
            continue
        for pattern, rule in scales:
            scale = pattern.match(text, mention.end)
            number = _SCALE_NUMBER.match(text, scale.end()) if scale else None
            if scale is None or number is None:
                continue
            marker_rules = rules[mention.marker]
            values = StatedValues()
            amount = int(number.group(1))
            if rule.scale == "percent" and amount <= 100:
                values.percent = float(amount)
            elif rule.scale == "ihc_score" and amount <= 3:
                values.ihc_score = IHCScore("0" if amount == 0 else f"{amount}+")
            else:
                continue
            if _read_expression(text, index, mention, marker_rules, values, number.end(), reading):
                break


def _read_expression(
    text: str,
    index: int,
    mention: Mention,
    marker_rules: MarkerRules,
    values: StatedValues,
    end: int,
    reading: UnitReading,
) -> bool:
    """The stain's expression as `values` state it, up to `end`; whether they state one.

    The mention's unit then owns it: a scale row's or a stain heading's share is its result.
    """
    window = text[mention.end : end]
    status = status_from_values(marker_rules, Aspect.EXPRESSION, None, values, window)
    if status is None:
        return False
    reading.owned.add(index)
    reading.findings.append(
        Finding(mention.marker, Aspect.EXPRESSION, status, mention.start, end, values)
    )
    return True


# share_under_a_stain_heading: a stain's name alone on its line (its clone or method beside it)
# over its lines of keys, one of which names a share ('Androgen receptor (SP107)' / 'Tumour
# cells reactive, %: 90', or 'Nuclei stained (%): 95' under 'Tumour nuclei assessed: 400'):
# the share is the stain's.
_STAIN_HEADING_TAIL = re.compile(
    r"[ \t]*+(?:\([^()\n]{1,20}\)[ \t]*+)?"
    r"(?:(?:immuno(?:histochemistry|stain(?:ing)?)|IHC|stain(?:ing)?)[ \t]*+)?:?[ \t]*+",
    re.IGNORECASE,
)
_KEY_LINE = re.compile(r"[ \t]*+[A-Za-z][^\n:]{0,50}:[^\n]*")
_SHARE_KEY_LINE = re.compile(
    r"[ \t]*+[A-Za-z][^\n:%]{0,40}(?:%|\(%\)|per[ \t]?cent(?:age)?)[^\n:]{0,12}:"
    r"[ \t]*+(\d{1,3})(?![\d.,])[ \t]*+%?[ \t]*+",
    re.IGNORECASE,
)
_HEADING_KEY_LINES = 3


def _read_heading_shares(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], reading: UnitReading
) -> None:
    """The share each stain's heading gets from the first of its key lines that names one."""
    starts = {m.start for m in mentions if not m.implied}
    for index, mention in enumerate(mentions):
        marker_rules = rules[mention.marker]
        if (
            index in reading.owned
            or mention.implied
            or Aspect.EXPRESSION not in marker_rules.aspects
        ):
            continue
        line_start, line_end = start_of_line(text, mention.start), end_of_line(text, mention.end)
        if text[line_start : mention.start].strip() or not _STAIN_HEADING_TAIL.fullmatch(
            text, mention.end, line_end
        ):
            continue
        for _ in range(_HEADING_KEY_LINES):
            if line_end >= len(text):
                break
            line_start, line_end = line_end + 1, end_of_line(text, line_end + 1)
            line = text[line_start:line_end]
            if line_start + len(line) - len(line.lstrip()) in starts or not _KEY_LINE.fullmatch(
                text, line_start, line_end
            ):
                break  # another name's line, or no key's: the stain's lines have ended
            share = _SHARE_KEY_LINE.fullmatch(text, line_start, line_end)
            if share is None or int(share.group(1)) > 100:
                continue
            values = StatedValues(percent=float(share.group(1)))
            _read_expression(text, index, mention, marker_rules, values, share.end(), reading)
            break
