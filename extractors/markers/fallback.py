"""A conservative second pass over what the named rules left unread (rule `fallback.statement`).

The named rules read a report's structure; where none of them read a statement that plainly
states a result, the result was missed. This pass reads only such leftovers, with the pieces the
rules already use: the page's mentions (the markers' names, OCR misreadings folded), the status
cues of `context_rules.json`, its exclusions (pending, methods, template, background, criteria,
table headers, excluded sections), its history flags, the unchosen options of a form, and the
statements the page is cut into.

Within one unit (the statement a name stands in; the name's own line where it leads its row,
a key row 'PR ...... negative' or a table row), a marker's name and the nearest verdict beside
it (after the name, as a verdict that follows its marker), with
nothing between them that names another marker or another gene, state the marker's result:
'The tumour shows HER2 amplified status' is amplification positive. The pass speaks only where
it is safe:

- the unit holds no exclusion, no history flag and no unchosen option;
- the name is not inside a result the rules read on the page, nor decided by a unit (a list of
  what an assay covers), nor a name implied by its change ('L858R');
- the verdict is no weak word ('expression', 'present'), one of a marker's scale (HER2) only if
  it speaks for scored markers, and every verdict between the name and the next name agrees;
- the aspect is the verdict's own, or the one the unit's aspect words name (one only), or
  the marker's default; it must be one the marker is tested for;
- a marker whose results are values (Ki-67, TMB) is left alone, and so is HER2, whose bare
  verdict may be its combined status;
- the report has no result of the rules for that marker and aspect, and every leftover reading
  of the pair in the report agrees on its status.
"""

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from extractors.markers.gene_symbols import other_gene
from extractors.markers.rules import MarkerRules, rules_by_marker
from extractors.markers.spans import Cue, Finding, Mention, Region
from extractors.markers.values import read_values
from schemas.markers import Aspect, Marker

RULE = "fallback.statement"

# How far apart a name and its verdict may stand and still be one plain statement.
_GAP_LIMIT = 40
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
# 'of' after the name or its verdict: the verdict speaks of what follows ('MLH1 loss of
# heterozygosity detected' is about the gene's copies, no stain).
_OF = re.compile(r"\bof\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"[ \t]+of\b", re.IGNORECASE)
# What may stand before a name that leads its line's row: spaces, a bullet.
_ROW_LEAD = re.compile(r"[ \t\-•*]*")


def leftover_findings(doc: Doc, read: list[tuple[int, int]]) -> list[Finding]:
    """The results the page's leftover statements state, one finding per name that states one.

    `read` holds the spans (in the doc's offsets) of the results the rules read on the page.
    """
    mentions: list[Mention] | None = doc._.read_mentions
    if not mentions:
        return []
    owned: set[int] = doc._.owned_mentions or set()
    rules = rules_by_marker()
    text = doc.text
    breaks = sorted(offset for offset, _ in doc._.statements or [])
    blocked = [*(doc._.exclusions or []), *(doc._.flags or []), *(doc._.unchosen or [])]
    cues = [c for c in doc._.status_cues or [] if not c.weak]
    found = []
    for index, mention in enumerate(mentions):
        rule = rules[mention.marker]
        if index in owned or mention.implied or not _plain_marker(rule):
            continue
        if any(start <= mention.start < end or start < mention.end <= end for start, end in read):
            continue
        start, end = _unit(text, breaks, mention)
        if any(_overlaps(region, start, end) for region in blocked):
            continue
        found += _finding(text, mentions, index, rule, cues, doc._.aspect_words or [], start, end)
    return found


def _plain_marker(rule: MarkerRules) -> bool:
    """A marker whose result is a plain verdict.

    Not Ki-67's share nor TMB's count, nor HER2, whose bare verdict may be the combined status
    of IHC and ISH ('HER2 status: negative'), which the rules leave unread on purpose.
    """
    return not (rule.always_reported or rule.value_alone_reports or rule.ihc_score_sets_status)


def _unit(text: str, breaks: list[int], mention: Mention) -> tuple[int, int]:
    """The statement the name stands in; the name's own line where the name leads its row.

    A row's value ends at its line's end even where no break the statement reader knows
    parts it from the next line ('PR ...... negative' over a criteria line).
    """
    at = bisect_right(breaks, mention.start)
    start = breaks[at - 1] if at else 0
    at = bisect_left(breaks, mention.end)
    end = breaks[at] if at < len(breaks) else len(text)
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _ROW_LEAD.fullmatch(text, line_start, mention.start):
        line_end = text.find("\n", mention.end)
        start = max(start, line_start)
        end = min(end, len(text) if line_end == -1 else line_end)
    return start, end


def _overlaps(region: Region, start: int, end: int) -> bool:
    return region.start < end and region.end > start


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
    after_limit = next((m.start for m in mentions[index + 1 :] if m.start >= mention.end), end)
    after_limit = min(after_limit, end)
    after = [c for c in cues if mention.end <= c.start and c.end <= after_limit]
    # only a verdict after the name: one before it may say which stains were done ('sections
    # were stained for ER and PR'), which the rules leave unread on purpose
    if not after or after[0].direction not in ("after", "either") or not _agree(after, rule):
        return []
    cue = after[0]
    if not _clear_gap(text[mention.end : cue.start]) or _OF_AFTER.match(text, cue.end):
        return []
    aspect = _aspect(rule, cue, aspect_words, start, end)
    if aspect is None:
        return []
    status = cue.status_for(rule.ihc_score_sets_status)
    # each agreeing verdict of the row (a column's) with the values up to the next one: 'PR
    # positive, 50%, moderate   positive, 5%, weak' is two shares; the first takes the name's
    bounds = [mention.end] + [c.start for c in after[1:]] + [after_limit]
    return [
        Finding(
            mention.marker,
            aspect,
            status,
            mention.start,
            verdict.end,
            read_values(text[low:high]),
            rule=RULE,
        )
        for verdict, low, high in zip(after, bounds[:-1], bounds[1:], strict=True)
    ]


def _clear_gap(gap: str) -> bool:
    """Whether the words between a name and its verdict are few, plain and of no other gene.

    No number among them (a clone, a score): 'ER SP1 Positive 90' under a clone column is the
    rules' to leave.
    """
    if len(gap) > _GAP_LIMIT or "\n\n" in gap or any(c.isdigit() for c in gap):
        return False
    if _OF.search(gap):
        return False
    return not any(other_gene(word.group(0)) for word in _WORD.finditer(gap))


def _agree(cues: list[Cue], rule: MarkerRules) -> bool:
    scored = rule.ihc_score_sets_status
    return len({c.status_for(scored) for c in cues}) == 1


def _aspect(
    rule: MarkerRules, cue: Cue, aspect_words: list[Region], start: int, end: int
) -> Aspect | None:
    """The verdict's aspect, else the one the statement names, else the marker's default.

    A verdict's own aspect other than the marker's default holds only where the unit's test
    words name it too ('ALK (D5F3) immunostain: negative' is a stain).
    """
    named = {Aspect(r.label) for r in aspect_words if start <= r.start and r.end <= end}
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
