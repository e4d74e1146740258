"""A list of names, then a list of as many verdicts in the same order, each the name's.

'ER/PR/HER2: +/+/-', 'ER, PR, HER2: positive, negative, negative' and 'ER/PR: 95%/0%' give
each name the verdict in its place, as does a sentence that ends in 'respectively' ('ER and
PR were positive (90%) and negative (0%), respectively'). Read word by word, every name took
the nearest verdict (or the last one), which is another name's.
"""

import re

from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import read_values, status_from_values
from schemas.markers import Aspect, Marker, Status

# Between two names, and between two verdicts: a slash, a comma, 'and'.
_JOIN = r"[ \t]*(?:/|,|\band\b|&)[ \t]*"
_NAMES_JOIN = re.compile(_JOIN, re.IGNORECASE)
_KEY_END = re.compile(
    r"(?:[ \t]*+\))?(?:[ \t]*+\((?:IHC|FISH|ISH)\))?(?:[ \t]*+status)?[ \t]*+[:=][ \t]*", re.I
)
_ITEM = (
    r"(?:p[o0]s(?:itive)?|n[eo]g(?:ative)?|equivocal|\+|[\-−]"
    r"|\d{1,3}(?:\.\d)?[ \t]?%|[0-3][ \t]?\+|0)"
)
# A verdict may carry its value in brackets: 'ER/PR/HER2: negative/negative/positive (3+)'.
_BRACKET = r"[ \t]*\([^()\n]{1,30}\)"
_NOTE = rf"(?:{_BRACKET})?"
_ITEMS = re.compile(
    rf"({_ITEM}{_NOTE}(?:{_JOIN}{_ITEM}{_NOTE})+)(?=[ \t]*(?:[.;]|$|\n))", re.IGNORECASE
)
_ONE_ITEM = re.compile(_ITEM + _NOTE, re.IGNORECASE)
_BARE_ITEM = re.compile(_ITEM, re.IGNORECASE)
_NOTES = re.compile(_BRACKET)
# A template's options, none chosen: 'ER/PR: positive/negative'.
_OPTIONS = re.compile(r"positive[ \t]*/[ \t]*negative(?:[ \t]*/[ \t]*equivocal)?", re.IGNORECASE)
_WORDS = {"p": Status.POSITIVE, "n": Status.NEGATIVE, "e": Status.EQUIVOCAL, "+": Status.POSITIVE}


def read_paired_lists(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[tuple[int, Finding]]:
    """Each name of a 'names: verdicts' pair of lists, with the verdict in its place."""
    found: list[tuple[int, Finding]] = []
    index = 0
    while index < len(mentions):
        group = _names_group(text, mentions, owned, index)
        if len(group) < 2:
            index += 1
            continue
        last = mentions[group[-1]]
        key = _KEY_END.match(text, last.end)
        items = _ITEMS.match(text, key.end()) if key else None
        if items is not None:
            tokens = list(_ONE_ITEM.finditer(text, items.start(1), items.end(1)))
            bare = _NOTES.sub("", items.group(1))
            if len(tokens) == len(group) and not _OPTIONS.fullmatch(bare):
                found += _pairs(text, mentions, rules, group, tokens)
        elif not any(
            m.start > last.end and m.start < _sentence_end(text, last.end) for m in mentions
        ):
            found += _respectively(text, mentions, rules, group)
        index = group[-1] + 1
    return found


# '..., respectively': the verdicts before it are the names' in their order.
_RESPECTIVELY = re.compile(r",?[ \t]*respectively\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s|$)|[;\n]")
# Each group a status, and the aspect its word states (None: the marker's first aspect).
_WORD_VERDICT = re.compile(
    r"\b(?:(positive)|(negative)|(equivocal)|(retained|retention|intact|present|preserved)"
    r"|(loss|lost|absent)|(mutant|mutated)|(wild[\s\-]?type))\b",
    re.IGNORECASE,
)
_WORD_MEANS = (
    (Status.POSITIVE, None),
    (Status.NEGATIVE, None),
    (Status.EQUIVOCAL, None),
    (Status.POSITIVE, Aspect.EXPRESSION),
    (Status.NEGATIVE, Aspect.EXPRESSION),
    (Status.POSITIVE, Aspect.MUTATION),
    (Status.NEGATIVE, Aspect.MUTATION),
)
_SHARE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d)?[ \t]?%")


def _sentence_end(text: str, start: int) -> int:
    end = _SENTENCE_END.search(text, start)
    return end.start() if end else len(text)


def _respectively(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], group: list[int]
) -> list[tuple[int, Finding]]:
    """'ER and PR were positive (90%) and negative (0%), respectively'."""
    start = mentions[group[-1]].end
    end = _sentence_end(text, start)
    closing = _RESPECTIVELY.search(text, start, end)
    if closing is None:
        return []
    words = list(_WORD_VERDICT.finditer(text, start, closing.start()))
    shares = list(_SHARE.finditer(text, start, closing.start()))
    pairs = []
    if len(words) == len(group):
        bounds = [w.start() for w in words[1:]] + [closing.start()]
        for index, word, stop in zip(group, words, bounds, strict=True):
            rule = rules[mentions[index].marker]
            status, aspect = _WORD_MEANS[(word.lastindex or 1) - 1]
            if aspect not in rule.aspects:
                aspect = rule.default_aspect
            finding = _finding(mentions[index], status, text, word.start(), stop)
            finding.aspect = aspect
            pairs.append((index, finding))
        return pairs
    if len(shares) != len(group) or words:
        return []
    for index, share in zip(group, shares, strict=True):
        rule = rules[mentions[index].marker]
        values = read_values(share.group(0))
        stated = status_from_values(rule, Aspect.EXPRESSION, None, values, share.group(0))
        if stated is None or Aspect.EXPRESSION not in rule.aspects:
            return []
        pairs.append((index, _finding(mentions[index], stated, text, share.start(), share.end())))
    return pairs


def _finding(mention: Mention, status: Status, text: str, start: int, end: int) -> Finding:
    finding = Finding(mention.marker, Aspect.EXPRESSION, status, mention.start, end)
    finding.values = read_values(text[start:end])
    return finding


def _names_group(text: str, mentions: list[Mention], owned: set[int], first: int) -> list[int]:
    """The indexes of the names joined to the one at `first` by slashes, commas or 'and'."""
    group = [first]
    while group[-1] + 1 < len(mentions):
        here, following = mentions[group[-1]], mentions[group[-1] + 1]
        if group[-1] in owned or following.implied or here.implied:
            break
        if not _NAMES_JOIN.fullmatch(text, here.end, following.start):
            break
        group.append(group[-1] + 1)
    return [] if any(i in owned for i in group) else group


def _pairs(
    text: str,
    mentions: list[Mention],
    rules: dict[Marker, MarkerRules],
    group: list[int],
    tokens: list[re.Match[str]],
) -> list[tuple[int, Finding]]:
    pairs = []
    for index, token in zip(group, tokens, strict=True):
        mention = mentions[index]
        rule = rules[mention.marker]
        if Aspect.EXPRESSION not in rule.aspects:
            return []  # genes in such a list ('KRAS/NRAS: -/-') are the statement reader's
        status = _status(token.group(0), rule)
        if status is None:
            return []
        values = read_values(token.group(0))
        finding = Finding(mention.marker, Aspect.EXPRESSION, status, mention.start, token.end())
        finding.values = values
        pairs.append((index, finding))
    return pairs


def _status(token: str, rule: MarkerRules) -> Status | None:
    head = _BARE_ITEM.match(token)
    word = (head.group(0) if head else token).strip().lower()
    if word[0] in "pne" or word == "+":
        return _WORDS[word[0]]
    if word in ("-", "−"):
        return Status.NEGATIVE
    return status_from_values(rule, Aspect.EXPRESSION, None, read_values(token), token)
