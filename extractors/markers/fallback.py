"""A conservative second pass over what the named rules left unread (rule `fallback.statement`).

The named rules read a report's structure; where none of them read a statement that plainly
states a result, the result was missed. This pass reads only such leftovers, with the pieces the
rules already use: the page's mentions (the markers' names, OCR misreadings folded), the status
cues of `context_rules.json`, its exclusions (pending, methods, template, background, criteria,
table headers, excluded sections), its history flags, the unchosen options of a form, and the
statements the page is cut into.

Within one unit (the statement a name stands in; the name's own line where it leads its row,
a key row 'PR ...... negative' or a table row), a marker's name and the nearest verdict beside
it, with nothing between them that names another marker or another gene, state the marker's
result: 'The tumour shows AR positive staining' is expression positive. The kinds of wording
it reads (each named in its function's docstring, tested in test_s19_fallback.py and
test_s20_fallback_kinds.py):

- verdict_after_the_name: the first verdict after the name ('EGFR was wild type');
- names_listed_before_one_verdict: names joined by commas, 'and', '&' or '/' share the verdict
  after the last ('ER, PR and AR are negative');
- verdict_before_the_name: a verdict that speaks of the names after it ('negative for MLH1
  and PMS2'), never one that only says which stains were done ('stained for ER');
- verdict_around_the_name: one verdict's words hold the name ('No KRAS mutation was found');
- bracket_after_the_name: a bracket right after the name (a clone, codons) and an exon's
  numbers are passed over ('ROS1 (SP384) .... positive', 'EGFR exon 19 deletion: not
  identified'); own_class_word: the marker's name again is its verdict ('MSI: MSS');
- signature_own_word: a signature's own status words ('TMB 21 mut/Mb, high', 'MMR status:
  proficient'); burden_amount_alone: a burden's amount with no cut-off on its page (reported);
- share_after_the_name: Ki-67's share ('Ki-67 (MIB-1) about 25%', reported);
- her2_with_its_test_named, her2_score_after_the_name: HER2's verdict only where the words
  from its name to the next name name one test, the verdict's, and no status, group or
  guideline ('HER2 (4B5) immunostain: negative', 'HER2 IHC 2+'); its bare verdict may be the
  combined status of IHC and ISH, which the rules leave unread on purpose;
- aspect_from_the_names_stretch: the aspect words from the name to the next name decide its
  aspect before the rest of the unit's.

Added in the round's second pass (test_s20_fallback2_kinds.py):

- verdict_under_a_heading: a name heading its lines (a bracket and test words only) takes the
  verdict of the line under it where that line starts with a result's label ('ANDROGEN
  RECEPTOR (AR)' over 'Result: positive');
- present_for_a_repair_protein: 'present' is a stained repair protein's verdict ('MSH6:
  present'), no gene's nor other stain's;
- clone_bracket_after_a_stain: one antibody's name in a bracket after a stain's name is its
  clone ('PMS2 (EPR3947): present'), though shaped like a gene's symbol;
- verdict_before_a_column_gap: a gene after a column's gap leads the next cell ('MLH1:
  retained      PMS2: retained'), not the verdict's;
- share_range_after_the_name: Ki-67's share as a range or after its index's 'of' ('Ki-67
  15-20%', 'Ki-67 index of about 35%').

The pass speaks only where it is safe:

- the unit holds no exclusion, no history flag and no unchosen option; a row that runs on into
  a condition on the next line ('HER2 amplified' over 'if the ratio is 2.0 or more') has its
  whole statement, criteria and all, as its unit;
- the name is not inside a result the rules read on the page, nor decided by a unit (a list of
  what an assay covers), nor a name implied by its change ('L858R'), nor denied or set apart
  by the words right before it ('No progesterone receptors found', 'other BRAF mutations');
- the verdict is no weak word ('expression', 'present'), one of a marker's scale (HER2) only if
  it speaks for scored markers, no verdict of the gene after it ('negative WT1'), and every
  verdict between the name and the next name agrees (so does one right before the name);
- the aspect is the verdict's own, or the one the stretch's or unit's aspect words name (one
  only), or the marker's default; it must be one the marker is tested for;
- the report has no result of the rules for that marker and aspect, and every leftover reading
  of the pair in the report agrees on its status.

Measured alone (every pair open to it, no rule's reading) on the tune halves of every released
set by bench/fallback_alone.py.
"""

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from extractors.markers.gene_symbols import other_gene
from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.rules import MarkerRules, rules_by_marker
from extractors.markers.spans import Cue, Finding, Mention, Region
from extractors.markers.statements import condition_opens_next_line
from extractors.markers.values import read_values
from schemas.markers import Aspect, Marker, Status

RULE = "fallback.statement"

# How far apart a name and its verdict may stand and still be one plain statement.
_GAP_LIMIT = 40
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")  # a clone's whole name: '4B5', 'SP263'
# 'of' after the name or its verdict: the verdict speaks of what follows ('MLH1 loss of
# heterozygosity detected' is about the gene's copies, no stain).
_OF = re.compile(r"\bof\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"[ \t]+of\b", re.IGNORECASE)
# What may stand before a name that leads its line's row: spaces, a bullet.
_ROW_LEAD = re.compile(r"[ \t\-•*]*")
# Words that deny or set apart the name right after them: 'No progesterone receptors found',
# 'other BRAF mutations are not detected'.
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|nor|without|other|non|except|besides|than|absence[ \t]++of)[ \t\-]++"
    r"(?>[\w\-]++[ \t]++){0,2}\Z",
    re.IGNORECASE,
)
# What joins the names of one list: 'ER, PR and AR', 'MLH1/PMS2', 'MSH2 & MSH6'.
_LIST_JOIN = re.compile(r"[ \t]*+(?:,[ \t]*+(?:and[ \t]++)?|/|&|and[ \t]++)[ \t]*+", re.IGNORECASE)
# What may stand between a verdict and the name it speaks of: 'negative for the ...'.
_BEFORE_GAP = re.compile(r"[ \t]*+(?:(?:the|an?)[ \t]++)?", re.IGNORECASE)
# Words of HER2's combined status, read from both tests by a guideline.
_COMBINED = re.compile(
    r"\b(?:status|final|overall|combined|group|guideline|ASCO|CAP|interpret\w*|conclusion|reported"
    r"|summary|considered)\b",
    re.IGNORECASE,
)
# A verdict before the name holds a word of its verdict, not only of the test done.
_VERDICT_WORD = re.compile(
    r"\b(?:p[o0]s[il1]t[il1]ve|n[eo]gat[il1]ve|equivocal|borderline|indeterminate|retained"
    r"|[il1]ntact|preserved|lost|loss|absent|absence|lack\w*|deficient|abnormal|normal|not?|non"
    r"|n't|mutant|aberrant|amplification|rearranged|detected|identified|reactiv\w*)\b",
    re.IGNORECASE,
)
# Words inside a verdict that set the name apart from it.
_APART = re.compile(r"\b(?:other|except|besides|apart|than|beyond|outside)\b", re.IGNORECASE)
# clone_bracket_after_a_stain: one antibody's name in a bracket right after a stain's name
# ('PMS2 (EPR3947): present', 'MSH2 (clone G219-1129) - absent'); after a gene's name such a
# bracket may name another gene, and is left.
_CLONE_BRACKET = re.compile(
    r"[ \t]*+\((?:clone[ \t]++)?[A-Za-z0-9][A-Za-z0-9\-]{0,11}\)", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"[ \t]++([A-Za-z][A-Za-z0-9\-]*)")
# A bracket right after a name (a clone, codons, exons), and an exon's or codon's numbers.
_LEADING_BRACKET = re.compile(r"[ \t]*+\([^()\n]{1,40}\)")
_GENE_PART = re.compile(
    r"\b(?:exons?|codons?)[ \t]*+\d{1,3}(?>[ \t]*+(?:,|and|or|-|/)?[ \t]*+\d{1,3})*+",
    re.IGNORECASE,
)
# A burden's amount: '14 mut/Mb', '3.2 mutations per megabase'.
_AMOUNT = re.compile(
    r"\d{1,3}(?:\.\d{1,2})?[ \t]*+(?:mut(?:ation)?s?|m)?[ \t]*+(?:/|per)[ \t]*+(?:Mb|megabase)\b",
    re.IGNORECASE,
)
# Words of a cut-off or a class beside a burden's amount.
_CUTOFF = re.compile(
    r"cut[ \t\-]?off|threshold|[<>≤≥]|\b(?:high|low|intermediate|above|below|over|under)\b",
    re.IGNORECASE,
)
_PAGE_CUTOFF = re.compile(
    r"cut[ \t\-]?off|threshold|at[ \t]++least|[<>≤≥][ \t=]*+\d"
    r"|\bor[ \t]++(?:more|greater|higher|above|over)\b",
    re.IGNORECASE,
)
# HER2's stain score: '2+', 'score 0', 'score: 1'.
_HER2_SCORE = re.compile(
    r"(?<![\w.+])([0-3])[ \t]*+\+(?![\w+])|\bscore[ \t:]*+([0-3])(?![\w.+%/])", re.IGNORECASE
)
_SCALE = {
    "0": Status.NEGATIVE,
    "1": Status.NEGATIVE,
    "2": Status.EQUIVOCAL,
    "3": Status.POSITIVE,
}
# A share of cells: '30%', '12.5 %'; share_range_after_the_name: '10-15%', '20 to 30 %'.
_SHARE = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d)?(?:[ \t]*+(?:-|–|to)[ \t]*+\d{1,3}(?:\.\d)?)?[ \t]*+%",
    re.IGNORECASE,
)
# An index's 'of' before its share: 'Ki-67 index of 20%'.
_SHARE_OF = re.compile(
    r"\b(?:index|rate|labell?ing|proliferation|staining)[ \t]++of\b", re.IGNORECASE
)
# What may follow a name that heads its lines: a bracket, then test words only.
_HEADING_REST = re.compile(
    r"(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]*+(?>[A-Za-z][A-Za-z\-]*+[ \t]*+){0,4}"
)
# The line under a heading that gives its result: 'Result: positive', 'Interpretation - ...'.
_RESULT_LINE = re.compile(
    r"[ \t]*+(?:results?|status|interpretation|finding)[ \t]*+[:\-–]", re.IGNORECASE
)
_UNDER_LABEL = re.compile(
    r"\n[ \t]*+(?:results?|status|interpretation|finding)[ \t]*+[:\-–][ \t]*+\Z", re.IGNORECASE
)
# The weak verdict a stained repair protein takes as its own: 'MSH6: present'.
_PRESENT = re.compile(r"present", re.IGNORECASE)


def leftover_findings(doc: Doc, read: list[tuple[int, int]]) -> list[Finding]:
    """The results the page's leftover statements state, one finding per name that states one.

    `read` holds the spans (in the doc's offsets) of the results the rules read on the page.
    """
    mentions: list[Mention] | None = doc._.read_mentions
    if not mentions:
        return []
    owned: set[int] = doc._.owned_mentions or set()
    # silenced by an expectation whose sentence a soft line end broke: the unit below is a line's
    wrapped: set[int] = doc._.wrapped_exclusions or set()
    rules = rules_by_marker()
    text = doc.text
    breaks = sorted(offset for offset, _ in doc._.statements or [])
    blocked = _blocked_regions(doc)
    cues = [c for c in doc._.status_cues or [] if not c.weak]
    # present_for_a_repair_protein: a stained repair protein takes 'present' as its verdict
    # ('MSH6: present'); for a gene, or any other stain, the word is no result
    protein_cues = [
        c for c in doc._.status_cues or [] if not c.weak or _PRESENT.fullmatch(text, c.start, c.end)
    ]
    found = []
    for index, mention in enumerate(mentions):
        rule = rules[mention.marker]
        if index in owned or index in wrapped or mention.implied:
            continue
        if any(start <= mention.start < end or start < mention.end <= end for start, end in read):
            continue
        start, end = _unit(text, breaks, mentions, mention)
        if _blocking(blocked, start, end):
            continue
        if rule.always_reported:
            found += _share(text, mentions, index, end)
            continue
        aspects = doc._.aspect_words or []
        if rule.default_aspect is Aspect.SIGNATURE and rule.status_words:
            own = _own_word(text, mentions, index, rule, cues, end)
            if own is None and rule.value_alone_reports:
                own = _amount_alone(text, mentions, index, cues, start, end)
            if own is not None:
                found.append(own)
                continue
        if not _plain_marker(rule) and not rule.ihc_score_sets_status:
            continue
        verdicts = protein_cues if rule.mismatch_repair_protein else cues
        denied = _denied(text, verdicts, start, mention.start)
        stated = (
            (not denied and _finding(text, mentions, index, rule, verdicts, aspects, start, end))
            or _around(text, mention, rule, verdicts, aspects, start, end)
            or _before(text, mentions, index, rule, verdicts, aspects, start, end)
        )
        if rule.ihc_score_sets_status:
            reach = _after_limit(mentions, _list_end(text, mentions, index), end)
            stated = _of_a_named_test(
                text, stated or _score(text, mention, cues, reach), aspects, start, reach
            )
        found += stated
    return found


def _of_a_named_test(
    text: str, findings: list[Finding], aspect_words: list[Region], start: int, reach: int
) -> list[Finding]:
    """her2_with_its_test_named: HER2's verdict where its stretch names one test, the verdict's.

    The stretch runs from the name (or the verdict before it) to the next name.
    'HER2 (4B5) immunostain: negative, score 1+' is the stain's, 'HER2 gene: not amplified'
    the copies'; a bare 'HER2 status: negative' may be the combined status of both, and so
    may a verdict in a unit that speaks of a status, a group or a guideline ('final HER2
    status: positive (IHC 2+)'); one naming both tests ('negative (IHC 2+, ISH not
    amplified)') is left.
    """
    if _COMBINED.search(text, start, reach):
        return []
    scores = {_SCALE[m.group(1) or m.group(2)] for m in _HER2_SCORE.finditer(text, start, reach)}
    kept = []
    for finding in findings:
        low = min(finding.start, reach)
        named = {Aspect(r.label) for r in aspect_words if low <= r.start and r.end <= reach}
        disagree = finding.aspect is Aspect.EXPRESSION and scores - {finding.status}
        if named == {finding.aspect} and not disagree:  # 'POSITIVE, score 1+' is left
            finding.kind = f"her2_with_its_test_named/{finding.kind}"
            kept.append(finding)
    return kept


def _own_word(
    text: str,
    mentions: list[Mention],
    index: int,
    rule: MarkerRules,
    cues: list[Cue],
    end: int,
) -> Finding | None:
    """signature_own_word: a signature's own status word after its name.

    'Tumour mutational burden: 14 mut/Mb, high', 'Microsatellite status - stable', 'MMR
    protein status: proficient'. The first of the marker's status words after the name, up to
    the next name of another marker, with few plain words between (a burden's amount passed
    over), and no verdict in the same stretch that disagrees ('MSI-High: not detected').
    """
    mention = mentions[index]
    reach = _after_limit(mentions, index, end)
    word = _first_own_word(text, rule, mention.end, reach)
    if word is None:
        return None
    low, high, status = word
    if not _clear_gap(_AMOUNT.sub(" ", text[mention.end : low])):
        return None
    if _denied(text, cues, mention.end, low):
        return None
    if any(c.status is not status for c in cues if mention.end <= c.start < reach):
        return None
    return Finding(
        mention.marker,
        rule.default_aspect,
        status,
        mention.start,
        high,
        read_values(text[mention.start : reach]),
        rule=RULE,
        kind="signature_own_word",
    )


def _amount_alone(
    text: str, mentions: list[Mention], index: int, cues: list[Cue], start: int, end: int
) -> Finding | None:
    """burden_amount_alone: a burden's amount after its name, no cut-off on its page: reported.

    'TMB: 7 mut/Mb', 'Tumour mutational burden 11.2 mutations per megabase'; a unit that
    names a class ('high'), or a page that names a cut-off ('high at 10 mut/Mb or more'), is
    left.
    """
    mention = mentions[index]
    reach = _after_limit(mentions, index, end)
    amount = _AMOUNT.search(text, mention.end, reach)
    if amount is None or not _clear_gap(text[mention.end : amount.start()]):
        return None
    if _CUTOFF.search(text, start, end) or any(start <= c.start < end for c in cues):
        return None
    if _PAGE_CUTOFF.search(text):
        return None  # 'TMB: 9 mut/Mb. High is 10 mut/Mb or more' states a class elsewhere
    return Finding(
        mention.marker,
        Aspect.SIGNATURE,
        Status.REPORTED,
        mention.start,
        amount.end(),
        read_values(text[mention.start : amount.end()]),
        rule=RULE,
        kind="burden_amount_alone",
    )


def _first_own_word(
    text: str, rule: MarkerRules, start: int, end: int
) -> tuple[int, int, Status] | None:
    """The marker's first own status word in text[start:end] (the rules' first at one place)."""
    first: tuple[int, int, Status] | None = None
    for word in rule.status_words:
        pattern = re.compile(rf"(?<![A-Za-z])(?:{word.pattern})(?![A-Za-z])", re.IGNORECASE)
        match = pattern.search(text, start, end)
        if match is not None and (first is None or match.start() < first[0]):
            first = (match.start(), match.end(), word.status)
    return first


def _score(text: str, mention: Mention, cues: list[Cue], reach: int) -> list[Finding]:
    """her2_score_after_the_name: HER2's stain score after its name, its status by the scale.

    'HER2 IHC: 2+', 'HER2 (4B5) score 0': the score with few plain words before it, no verdict
    between, and none after it that disagrees.
    """
    score = _HER2_SCORE.search(text, mention.end, reach)
    if score is None or not _clear_gap(text[mention.end : score.start()]):
        return []
    status = _SCALE[score.group(1) or score.group(2)]
    if any(
        c.status_for(True) is not status or c.end <= score.start()
        for c in cues
        if mention.end <= c.start < reach
    ):
        return []
    return [
        Finding(
            mention.marker,
            Aspect.EXPRESSION,
            status,
            mention.start,
            score.end(),
            read_values(text[mention.start : score.end()]),
            rule=RULE,
            kind="her2_score_after_the_name",
        )
    ]


def _plain_marker(rule: MarkerRules) -> bool:
    """A marker whose result is a plain verdict.

    Not Ki-67's share nor TMB's count, nor HER2, whose bare verdict may be the combined status
    of IHC and ISH ('HER2 status: negative'), which the rules leave unread on purpose.
    """
    return not (rule.always_reported or rule.value_alone_reports or rule.ihc_score_sets_status)


def _unit(
    text: str, breaks: list[int], mentions: list[Mention], mention: Mention
) -> tuple[int, int]:
    """The statement the name stands in; the name's own line where the name leads its row.

    A row's value ends at its line's end even where no break the statement reader knows
    parts it from the next line ('PR ...... negative' over a criteria line).
    """
    at = bisect_right(breaks, mention.start)
    start = breaks[at - 1] if at else 0
    at = bisect_left(breaks, mention.end)
    end = breaks[at] if at < len(breaks) else len(text)
    line_start = start_of_line(text, mention.start)
    if _ROW_LEAD.fullmatch(text, line_start, mention.start):
        line_end = text.find("\n", mention.end)
        if line_end != -1 and condition_opens_next_line(text, line_end):
            return start, end  # the row runs on into a criterion: the statement is the unit
        start = max(start, line_start)
        end = min(end, len(text) if line_end == -1 else line_end)
        if line_end != -1 and _heads_a_result_line(text, mentions, mention, line_end):
            end = end_of_line(text, line_end + 1)
    return start, end


def _heads_a_result_line(
    text: str, mentions: list[Mention], mention: Mention, line_end: int
) -> bool:
    """verdict_under_a_heading: a name heading its lines, its result on the line under it.

    'PROGESTERONE RECEPTOR (PgR)' over 'Result: positive', 'HER2 by immunohistochemistry'
    over 'Interpretation - negative (score 1+)': the heading holds the name, a bracket and
    test words only (no other name, no verdict), and the line under it starts with a
    result's label.
    """
    if not _HEADING_REST.fullmatch(text, mention.end, line_end):
        return False
    if any(mention.end <= m.start < line_end for m in mentions):
        return False
    if any(other_gene(w.group(0)) for w in _TOKEN.finditer(text, mention.end, line_end)):
        return False
    return _RESULT_LINE.match(text, line_end + 1) is not None


def _overlaps(region: Region, start: int, end: int) -> bool:
    return region.start < end and region.end > start


def _blocking(blocked: list[Region], start: int, end: int) -> list[str]:
    """The labels of the exclusions, flags and unchosen options that keep the pass off a unit."""
    return [region.label for region in blocked if _overlaps(region, start, end)]


def unit_and_blocks(doc: Doc, mention: Mention) -> tuple[tuple[int, int], list[str]]:
    """The unit the pass would read a name in, and what keeps the pass off it, if anything.

    For counting why a named marker was left unread (bench/unread_names.py); the pass itself
    is `leftover_findings`.
    """
    breaks = sorted(offset for offset, _ in doc._.statements or [])
    start, end = _unit(doc.text, breaks, doc._.read_mentions or [], mention)
    return (start, end), _blocking(_blocked_regions(doc), start, end)


def _blocked_regions(doc: Doc) -> list[Region]:
    """The page's exclusions, history flags and unchosen options: where the pass never reads."""
    return [*(doc._.exclusions or []), *(doc._.flags or []), *(doc._.unchosen or [])]


def _list_end(text: str, mentions: list[Mention], index: int) -> int:
    """The last name of the list the name stands in, from it on: 'ER, PR and AR are negative'.

    names_listed_before_one_verdict: names joined only by commas, 'and', '&' or '/' share
    the verdict after the last of them.
    """
    last = index
    for following in range(index + 1, len(mentions)):
        if mentions[following].start < mentions[last].end:
            continue
        if not _LIST_JOIN.fullmatch(text, mentions[last].end, mentions[following].start):
            break
        last = following
    return last


def _list_start(text: str, mentions: list[Mention], index: int) -> int:
    """The first name of the list the name stands in, up to it."""
    first = index
    for before in range(index - 1, -1, -1):
        if mentions[before].end > mentions[first].start:
            continue
        if not _LIST_JOIN.fullmatch(text, mentions[before].end, mentions[first].start):
            break
        first = before
    return first


def _after_limit(mentions: list[Mention], index: int, end: int) -> int:
    """Where the verdict of the name must end: at the next name of another marker.

    own_class_word: the same marker's name again (its class word, 'MSI: MSS', 'Microsatellite
    status: MSI-High') is no other subject.
    """
    mention = mentions[index]
    after_limit = next(
        (
            m.start
            for m in mentions[index + 1 :]
            if m.start >= mention.end and m.marker is not mention.marker
        ),
        end,
    )
    return min(after_limit, end)


def _finding(
    text: str,
    mentions: list[Mention],
    index: int,
    rule: MarkerRules,
    cues: list[Cue],
    aspect_words: list[Region],
    start: int,
    end: int,
) -> list[Finding]:
    """The findings of the name and the verdict beside it in its unit; none where unclear."""
    mention = mentions[index]
    last_index = _list_end(text, mentions, index)
    last = mentions[last_index]
    after_limit = _after_limit(mentions, last_index, end)
    after = [c for c in cues if last.end <= c.start and c.end <= after_limit]
    # only a verdict after the name here: one before it may say which stains were done
    # ('sections were stained for ER and PR'), which `_before` reads only where it speaks of
    # the name
    if not after or after[0].direction not in ("after", "either") or not _agree(after, rule):
        return []
    cue = after[0]
    stain = rule.default_aspect is Aspect.EXPRESSION
    if not _clear_gap(text[last.end : cue.start], stain) or _verdict_of_what_follows(text, cue):
        return []
    before = _verdict_before(text, mentions, index, cues, start)
    if before is not None and not _agree([before, cue], rule):
        return []  # 'No amplification of the HER2 gene was seen'

    aspect = _aspect(rule, cue, aspect_words, start, end, (mention.start, after_limit))
    if aspect is None:
        return []
    status = cue.status_for(rule.ihc_score_sets_status)
    # each agreeing verdict of the row (a column's) with the values up to the next one: 'PR
    # positive, 50%, moderate   positive, 5%, weak' is two shares; the first takes the name's
    bounds = [last.end] + [c.start for c in after[1:]] + [after_limit]
    kind = "verdict_after_the_name" if last is mention else "names_listed_before_one_verdict"
    return [
        Finding(
            mention.marker,
            aspect,
            status,
            mention.start,
            verdict.end,
            read_values(text[low:high]),
            rule=RULE,
            kind=kind,
        )
        for verdict, low, high in zip(after, bounds[:-1], bounds[1:], strict=True)
    ]


def _verdict_of_what_follows(text: str, cue: Cue) -> bool:
    """Whether the verdict speaks of what follows it: 'of', another gene ('negative WT1').

    verdict_before_a_column_gap: a gene after a column's gap (three spaces or a tab) leads the
    next cell, not the verdict's ('MLH1: present      PMS2: present', side by side).
    """
    if _OF_AFTER.match(text, cue.end):
        return True
    word = _NEXT_WORD.match(text, cue.end)
    if word is None:
        return False
    gap = text[cue.end : word.start(1)]
    return not ("\t" in gap or len(gap) >= 3) and other_gene(word.group(1))


def _before(
    text: str,
    mentions: list[Mention],
    index: int,
    rule: MarkerRules,
    cues: list[Cue],
    aspect_words: list[Region],
    start: int,
    end: int,
) -> list[Finding]:
    """verdict_before_the_name: 'negative for MLH1 and PMS2', 'positive for the AR'.

    A verdict that speaks of the name after it, right before the first name of the list the
    name stands in; no verdict after the name (up to the next name) that disagrees.
    """
    mention = mentions[index]
    cue = _verdict_before(text, mentions, index, cues, start)
    if cue is None:
        return []

    last = _list_end(text, mentions, index)
    after_limit = _after_limit(mentions, last, end)
    later = [
        c
        for c in cues
        if mentions[last].end <= c.start < after_limit and c.direction in ("after", "either")
    ]
    if not _agree([cue, *later], rule):
        return []
    return _stated(text, mention, rule, cue, (aspect_words, start, end), "verdict_before_the_name")


def _denied(text: str, cues: list[Cue], start: int, at: int) -> bool:
    """Whether words right before `at` deny or set apart what follows.

    'No progesterone receptors found', 'other BRAF mutations'; a denial inside a verdict
    ('KRAS: not detected BRAF: ...') speaks of what came before it.
    """
    denial = _DENIED_BEFORE.search(text, start, at)
    if denial is None:
        return False
    return not any(c.start <= denial.start() < c.end for c in cues)


def _verdict_before(
    text: str, mentions: list[Mention], index: int, cues: list[Cue], start: int
) -> Cue | None:
    """The verdict right before the first name of the list the name stands in, if one is.

    It holds a word of a verdict ('stained for', 'expression of' say which stains were done)
    and no denial stands before it ('not negative for').
    """
    first = mentions[_list_start(text, mentions, index)]
    cue = next((c for c in reversed(cues) if start <= c.start and c.end <= first.start), None)
    if cue is None or cue.direction not in ("before", "either"):
        return None
    if not _VERDICT_WORD.search(text, cue.start, cue.end):
        return None
    if not _BEFORE_GAP.fullmatch(text, cue.end, first.start):
        return None
    if _denied(text, cues, start, cue.start):
        return None
    return cue


def _around(
    text: str,
    mention: Mention,
    rule: MarkerRules,
    cues: list[Cue],
    aspect_words: list[Region],
    start: int,
    end: int,
) -> list[Finding]:
    """verdict_around_the_name: one verdict's words hold the name.

    'No KRAS mutation was detected', 'no pathogenic variant of BRCA2 identified'. Never where
    the words set the name apart ('no mutation other than KRAS G12C detected').
    """
    cue = next((c for c in cues if c.start < mention.start and mention.end <= c.end <= end), None)
    if cue is None or cue.direction not in ("after", "either") or cue.start < start:
        return []
    if _APART.search(text, cue.start, cue.end) or _denied(text, cues, start, cue.start):
        return []
    return _stated(text, mention, rule, cue, (aspect_words, start, end), "verdict_around_the_name")


def _stated(
    text: str,
    mention: Mention,
    rule: MarkerRules,
    cue: Cue,
    unit: tuple[list[Region], int, int],
    kind: str,
) -> list[Finding]:
    """The finding of a name and a verdict that stands before it or around it."""
    low, high = min(mention.start, cue.start), max(mention.end, cue.end)
    aspect = _aspect(rule, cue, *unit, (low, high))
    if aspect is None:
        return []
    return [
        Finding(
            mention.marker,
            aspect,
            cue.status_for(rule.ihc_score_sets_status),
            low,
            high,
            read_values(text[low:high]),
            rule=RULE,
            kind=kind,
        )
    ]


def _share(text: str, mentions: list[Mention], index: int, end: int) -> list[Finding]:
    """share_after_the_name: a marker always reported with its share.

    'Ki-67 30%', 'Ki-67 (MIB-1) proliferation index: about 15%': the first share after the name,
    before the next name, with few plain words between.
    """
    mention = mentions[index]
    limit = _after_limit(mentions, index, end)
    share = _SHARE.search(text, mention.end, limit)
    if share is None or not _clear_gap(_SHARE_OF.sub(" ", text[mention.end : share.start()])):
        return []
    return [
        Finding(
            mention.marker,
            Aspect.EXPRESSION,
            Status.REPORTED,
            mention.start,
            share.end(),
            read_values(text[mention.start : share.end()]),
            rule=RULE,
            kind="share_after_the_name",
        )
    ]


def _clear_gap(gap: str, stain: bool = False) -> bool:
    """Whether the words between a name and its verdict are few, plain and of no other gene.

    No number among them (a clone, a score): 'ER SP1 Positive 90' under a clone column is the
    rules' to leave. bracket_after_the_name: a bracketed group right after the name (a clone,
    codons) is passed over ('ER (SP1): positive', 'KRAS (codons 12, 13, 61): mutated'), and
    so are an exon's or codon's numbers ('EGFR exon 21 mutation not identified').
    """
    bracket = _LEADING_BRACKET.match(gap)
    if bracket is not None:
        clone = stain and _CLONE_BRACKET.fullmatch(bracket.group(0)) is not None
        if not clone and any(other_gene(w.group(0)) for w in _TOKEN.finditer(bracket.group(0))):
            return False
        gap = gap[bracket.end() :]
    gap = _GENE_PART.sub(" ", gap)
    gap = _UNDER_LABEL.sub("\n", gap)  # verdict_under_a_heading: the label is no word between
    if len(gap) > _GAP_LIMIT or "\n\n" in gap or any(c.isdigit() for c in gap):
        return False
    if _OF.search(gap):
        return False
    return not any(other_gene(word.group(0)) for word in _WORD.finditer(gap))


def _agree(cues: list[Cue], rule: MarkerRules) -> bool:
    scored = rule.ihc_score_sets_status
    return len({c.status_for(scored) for c in cues}) == 1


def _aspect(
    rule: MarkerRules,
    cue: Cue,
    aspect_words: list[Region],
    start: int,
    end: int,
    near: tuple[int, int] | None = None,
) -> Aspect | None:
    """The verdict's aspect, else the one the statement names, else the marker's default.

    A verdict's own aspect other than the marker's default holds only where the unit's test
    words name it too ('ALK (D5F3) immunostain: negative' is a stain).
    aspect_from_the_names_stretch: where the words from the name to its verdict (`near`)
    name a test, those words decide, not the rest of the unit ('KRAS mutation: not detected
    RET fusion: not detected' on one line is KRAS's mutation and RET's fusion).
    """
    named = {Aspect(r.label) for r in aspect_words if start <= r.start and r.end <= end}
    if near is not None:
        low, high = near
        stretch = {Aspect(r.label) for r in aspect_words if low <= r.start and r.end <= high}
        named = stretch or named
    if cue.aspect is not None:
        if named - {cue.aspect}:
            return None
        if cue.aspect is not rule.default_aspect and cue.aspect not in named:
            return None  # 'BRAF (7q34) normal, intact': a verdict of another kind of test
        aspect = cue.aspect
    elif len(named) > 1:
        return None
    else:
        aspect = next(iter(named), rule.default_aspect)
    return aspect if aspect in rule.aspects else None


def with_leftovers(
    rule_pairs: set[tuple[Marker, Aspect]], leftovers: list[Finding]
) -> list[Finding]:
    """The leftover findings of pairs the rules gave nothing for, where their readings agree."""
    statuses: dict[tuple[Marker, Aspect], set[str]] = {}
    for finding in leftovers:
        statuses.setdefault((finding.marker, finding.aspect), set()).add(finding.status)
    return [
        f
        for f in leftovers
        if (f.marker, f.aspect) not in rule_pairs and len(statuses[(f.marker, f.aspect)]) == 1
    ]
