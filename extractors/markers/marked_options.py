"""Options of one question on one line, each led by its own box: the ticked one is the answer.

A form draws a box before every option and ticks one; its text keeps each box as a mark,
ticked ('x', '✔', '☒', '[x]') or empty ('❏', '☐', '[ ]'; the reader turns a symbol font's
boxes into these):

    Mismatch repair status   ❑ pMMR   ☒ dMMR
    Microsatellite status    [x] MSI-H   [ ] MSS
    HER2 amplified           ☐ Yes   ☑ No

Read as text, every option names a verdict, so a line of options says all of them. These
kinds are rewritten before the page is read:

- boxed_verdict_options: options that are verdicts themselves ('pMMR' / 'dMMR', 'MSI-H' /
  'MSS', 'Positive' / 'Negative'): the options whose box is empty are blanked out, so only
  the ticked one is read.
- boxed_scale_options: the same for the steps of a scale ('☐ 0  ☐ 1+  ☒ 2+  ☐ 3+', '☐ <1%
  ☒ 1-49%  ☐ >=50%'), where every step but the first used to be read past.
- boxed_yes_no_answer: the options are 'Yes' and 'No' after a statement of a finding ('HER2
  amplified', 'TMB-High', 'EGFR mutation detected'): the answer is the statement when 'Yes'
  is ticked ('... positive'), and its negation when 'No' is ('Not HER2 amplified ...'). The
  statement may stand on the line above, as a question ('HER2 gene amplification present?'
  over '☐ Yes ☒ No'). A question that states no finding ('Sample adequate') is left alone.

  The box may follow its option instead ('pMMR [ ]  dMMR [x]', 'Yes ☐  No ☒'), the options
  after the question's colon or question mark, or on the line under it.
- boxed_option_list: the same, one option a line under the question ('( ) Positive' over
  '(x) Negative'): the lines of the options left empty are blanked out.
- boxed_change_options: options that each name a change of one gene ('☐ G719X  ☒ exon 19
  deletion  ☐ L858R'): the options left empty are blanked out, so only the ticked change is read.
- boxed_finding_options: options that each state the same finding with a verdict of their
  own ('☐ No PD-L1 expression (TPS <1%)' / '☒ PD-L1 expression (TPS 1-49%)'): the options
  left empty are blanked out; a gloss in brackets does not count among an option's words.
- boxed_options_none_ticked: verdict or scale options none of whose boxes is ticked ('❏ pMMR
  ❏ dMMR  ❏ not done'): a question left unanswered; every option is blanked out.
- drawn_empty_boxes: a form whose boxes are drawn shapes keeps only the tick as text ('Result
  X Positive  Negative  Not evaluable', 'Score  0  1+  X 2+  3+'): the bare options around the
  lone tick, read off whole, are blanked out but the ticked one.
- indistinct_boxes: every option led by the same black square ('■ pMMR ■ dMMR'), as a PDF
  writer draws box characters its fonts lack ('☐' and '☒' alike): which box was ticked
  cannot be told, so no option is read (nor a 'Yes' / 'No' question's statement).

Blanking keeps the line's length (page_layouts leaves out a line blanked whole); the written
answers come as writes (start, end, words).
"""

import re

from extractors.markers.alterations import normalise_alteration
from extractors.markers.misreadings import compile_tolerant

# The marks a form's boxes are drawn with, one set for every reader of boxes (checklist blocks,
# page layouts, option lines): a tick standing for a ticked box, a filled round button, an
# empty box or button.
TICK_GLYPHS = "xX✓✔✗✘☒☑⌧■"
BUTTON_GLYPHS = "●◉"
EMPTY_GLYPHS = "❏❐❑❒□☐◻❍○◯"

# A box before an option: ticked (a mark alone, or in brackets) or empty. Symbol fonts' boxes
# reach here as the glyphs they draw (the reader maps them); the bare letters their codes
# spell ('o', 'q' for ZapfDingbats' empty boxes) are taken for words, not boxes: read as boxes
# they gave results with the wrong details on a blind probe's check half.
_MARK = re.compile(
    rf"(?<!\S)(?:(?P<tick>[{TICK_GLYPHS}✕✖{BUTTON_GLYPHS}]|[\[(][ \t]*[xX✓✔][ \t]*[\])])"
    rf"|(?P<empty>[{EMPTY_GLYPHS}]|[\[(][ \t]*[\])]))(?=\s|$)"
)
# An option that is a verdict: the whole of the option's words.
_VERDICT_OPTION = compile_tolerant(
    r"(?:(?:low|weakly|strongly)[ \t]+)?(?:positive|negative|equivocal)"
    r"|[pd]MMR|MMR[ \t\-]+(?:proficient|deficient)|(?:MMR[ \t\-]+)?(?:proficient|deficient)"
    r"|MSI[ \t\-]*(?:H|L|high|low)|MSS|MS[ \t\-]*(?:stable|unstable)|(?:micro)?satellite[ \t]+\w+"
    r"|stable|unstable|intact|retained|lost|loss|(?:not[ \t]+)?(?:detected|amplified|mutated)"
    r"|present|absent|wild[ \t\-]?type|high|low"
    r"|TMB[ \t\-]*(?:H|L|high|low)|(?:not[ \t]+)?(?:evaluable|assessable)|indeterminate",
    re.IGNORECASE,
)
_YES_NO = re.compile(r"(?P<yes>yes)|no", re.IGNORECASE)
# A statement of a finding, which a 'Yes' affirms and a 'No' denies.
_FINDING = re.compile(
    r"\b(?:amplif\w*|mutat\w*|mutant|detected|identified|present|positiv\w*|high|deficien\w*"
    r"|fusion|rearrange\w*|express\w*|overexpress\w*|loss|lost|unstable|MSI-?H|dMMR"
    r"|alteration|variant)\b|[≥>]",
    re.IGNORECASE,
)
# A question on a line of its own, over its boxes: 'HER2 gene amplification present?'.
_QUESTION = re.compile(r"[?:][ \t]*$")
# The statement's first word, after a question's verb ('Is HER2 ...' is denied 'Is not HER2').
# A question about the tumour names it first: 'Is the tumour TMB-High?' is denied 'Is the
# tumour not TMB-High?'.
_LEAD = re.compile(
    r"\s*(?P<asking>(?:is|are|was|were|has|have|does|do)\s+"
    r"(?:(?:the|this)\s+(?:tumou?r|specimen|sample|case|lesion|carcinoma)\s+)?)?(?P<word>\S+)",
    re.IGNORECASE,
)
# The glyph a PDF writer draws for a box character its fonts lack (reportlab's ZapfDingbats
# fallback draws '☐', '☒' and '☑' alike as '■').
_SUBSTITUTE = "■"
# An option that is a step of a scale: an IHC score ('0', '1+', '3+') or a band of shares
# ('<1%', '1-49%', '>=50%').
_SCALE_OPTION = re.compile(
    r"[0-3]\+?|(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*%", re.IGNORECASE
)
# A line that holds one boxed option alone.
_ONE_OPTION = re.compile(rf"[ \t]*(?P<mark>{_MARK.pattern})[ \t]+(?P<words>\S(?:[^\n]*\S)?)[ \t]*")
# An option that says the test was not done: 'not done', 'n/a'.
_NOT_DONE = re.compile(r"(?i:not[ \t]+(?:done|performed|tested)|n/?a)")
# Words one option may have (a verdict with its qualifier, 'MMR proficient').
_OPTION_WORDS = 4


def marked_options(
    text: str, lines: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Blanks, writes and the lines they were made for, for each line of boxed options."""
    blanks: list[tuple[int, int]] = []
    writes: list[tuple[int, int, str]] = []
    done: list[tuple[int, int]] = []
    number = 0
    while number < len(lines):
        above = lines[number - 1] if number else None
        start, end = lines[number]
        run = _option_list(text, lines, number)
        if len(run) >= 2:  # boxed_option_list: one option a line, one box ticked
            found = _answer(text, run, above, lines[number + len(run) - 1][1])
            if found is not None:
                blanks += found[0]
                writes += found[1]
                done += lines[number : number + len(run)]
            number += len(run)
            continue
        found = _line_options(text, start, end, above)
        if found is not None:
            blanks += found[0]
            writes += found[1]
            done.append((start, end))
        number += 1
    return blanks, writes, done


def states_finding(label: str) -> bool:
    """Whether a question's words state a finding that a 'Yes' affirms and a 'No' denies."""
    return _FINDING.search(label) is not None


# An option: its mark's start, its words' end, whether its box is ticked, its words, its mark.
_Option = tuple[int, int, bool, str, str]
_Found = tuple[list[tuple[int, int]], list[tuple[int, int, str]]]


def _option_list(text: str, lines: list[tuple[int, int]], number: int) -> list[_Option]:
    """The options of the lines from `number` on that each hold one boxed option alone."""
    run: list[_Option] = []
    for start, end in lines[number:]:
        line = _ONE_OPTION.fullmatch(text, start, end)
        if line is None or len(_bare(line.group("words")).split()) > _OPTION_WORDS:
            break
        mark = line.group("mark")
        option = (line.start("mark"), line.end("words"), _is_tick(mark), line.group("words"), mark)
        run.append(option)
    return run


def _is_tick(mark: str) -> bool:
    found = _MARK.match(mark + " ")
    return found is not None and found.group("tick") is not None


def _line_options(text: str, start: int, end: int, above: tuple[int, int] | None) -> _Found | None:
    marks = list(_MARK.finditer(text, start, end))
    if not marks:
        return _drawn_boxes_none_ticked(text, start, end)
    if len(marks) == 1 and marks[0].group("tick") is not None:
        return _drawn_empty_boxes(text, start, end, marks[0])
    if len(marks) < 2:
        return None
    if not text[marks[-1].end() : end].strip():
        return _boxes_after_options(text, start, marks, above)
    options: list[_Option] = []
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        stop = after.start() if after is not None else end
        words = text[mark.end() : stop].strip()
        if not words or len(words.split()) > _OPTION_WORDS:
            return None
        last = mark.end() + len(text[mark.end() : stop].rstrip())
        options.append((mark.start(), last, mark.group("tick") is not None, words, mark.group()))
    label = (start, marks[0].start())
    if not text[start : marks[0].start()].strip():
        label = above if above is not None and _QUESTION.search(text, *above) else label
    return _answer(text, options, label, end)


# drawn_empty_boxes: a form whose boxes are drawn shapes keeps only its tick as text, so the
# options stand bare around the one mark ('Result  X Positive  Negative  Not evaluable', 'Score
# 0  X 1+  2+  3+', 'Not detected  X Detected  Failed'). The options are read off whole: the
# words after the mark, and the last words before it, are options and nothing else.
_BARE_OPTION = (
    r"(?:not[ \t]+(?:detected|amplified|evaluable|assessable|applicable|performed|done|tested"
    r"|mutated|rearranged)|(?:low|weakly)[ \t]+positive|cannot[ \t]+be[ \t]+(?:determined|assessed)"
    r"|positive|negative|equivocal|borderline|detected|amplified|rearranged|failed|indeterminate"
    r"|inconclusive|no[ \t]+result"
    r"|intact|retained|lost|deficient|proficient|MSI[ \t\-]*(?:H|L|high|low)|MSS|[pd]MMR"
    r"|[0-3]\+|0|(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*%)"
)
_OPTIONS_AFTER = re.compile(rf"(?:[ \t]+{_BARE_OPTION})+[ \t]*", re.IGNORECASE)
_OPTIONS_BEFORE = re.compile(rf"(?:(?<=[ \t])|^)(?:{_BARE_OPTION}[ \t]+)+$", re.IGNORECASE)
_ONE_BARE_OPTION = re.compile(_BARE_OPTION, re.IGNORECASE)
_DRAWN_OPTIONS = 3  # a tick and its neighbours: at least three options, so a scale or a choice


def _drawn_empty_boxes(text: str, start: int, end: int, mark: re.Match[str]) -> _Found | None:
    """The options around a lone tick, each but the ticked one blanked (drawn_empty_boxes)."""
    after = _OPTIONS_AFTER.match(text, mark.end(), end)
    if after is None or after.end() != end:
        return None
    before = _OPTIONS_BEFORE.search(text[start : mark.start()])
    low = start + before.start() if before is not None else mark.start()
    options = list(_ONE_BARE_OPTION.finditer(text, low, mark.start()))
    ticked = _ONE_BARE_OPTION.search(text, mark.end(), end)
    if ticked is None:
        return None
    options += list(_ONE_BARE_OPTION.finditer(text, ticked.end(), end))
    if len(options) + 1 < _DRAWN_OPTIONS:
        return None
    return [(o.start(), o.end()) for o in options], []


# drawn_boxes_none_ticked: the same form's question left unanswered keeps no mark at all, its
# options bare after the label ('ROS1 break-apart: Rearranged  Not rearranged  Failed', 'HER2
# ISH: Amplified  Not amplified  Equivocal'). A value that is a verdict beside its own denial
# answers nothing: every option is blanked out.
_UNTICKED_AFTER_LABEL = re.compile(
    rf"[^\n:]{{1,60}}:(?P<options>(?:[ \t]+{_BARE_OPTION}){{2,}})[ \t]*", re.IGNORECASE
)


def _drawn_boxes_none_ticked(text: str, start: int, end: int) -> _Found | None:
    """The bare options after a label, all blanked where one denies another (none is chosen)."""
    line = _UNTICKED_AFTER_LABEL.fullmatch(text, start, end)
    if line is None:
        return None
    options = list(_ONE_BARE_OPTION.finditer(text, line.start("options"), end))
    words = {re.sub(r"\s+", " ", o.group(0).lower()) for o in options}
    if not any(f"not {word}" in words for word in words):
        return None
    return [(o.start(), o.end()) for o in options], []


def _is_verdict(option: str) -> bool:
    """Whether an option's words are a verdict ('MSI-H', 'not assessable') or a scale's step."""
    return bool(_VERDICT_OPTION.fullmatch(_bare(option)) or _SCALE_OPTION.fullmatch(option))


def _says_not_done(option: str) -> bool:
    """Whether an option says the test was not done: 'not done', 'not performed', 'n/a'."""
    return _NOT_DONE.fullmatch(option) is not None


def _bare(option: str) -> str:
    """The option without a gloss in brackets after it: 'pMMR (all four retained)'."""
    return _GLOSS.sub("", option)


_GLOSS = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")


def _boxes_after_options(
    text: str, start: int, marks: list[re.Match[str]], above: tuple[int, int] | None
) -> _Found | None:
    """Options each followed by its box: 'MMR status: pMMR [ ]  dMMR [x]', 'Yes ☐  No ☒'.

    The first option starts after the question's colon or question mark, or starts the line
    under its question.
    """
    head = _HEAD_END.match(text, start, marks[0].start())
    first = head.end() if head is not None else start
    options: list[_Option] = []
    for mark in marks:
        words = text[first : mark.start()].strip()
        if not words or len(words.split()) > _OPTION_WORDS:
            return None
        begin = first + len(text[first : mark.start()]) - len(text[first : mark.start()].lstrip())
        options.append((begin, mark.end(), mark.group("tick") is not None, words, mark.group()))
        first = mark.end()
    if head is not None:
        label: tuple[int, int] | None = (start, head.end())
    else:
        label = above if above is not None and _QUESTION.search(text, *above) else None
    return _answer(text, options, label, marks[-1].end())


# A question's words up to its colon or question mark, on the options' line.
_HEAD_END = re.compile(r"[^\n]*[:?]")


def _answer(
    text: str, options: list[_Option], label: tuple[int, int] | None, end: int
) -> _Found | None:
    """What to blank and write for a question's boxed options; `label` its statement's span."""
    label_start, label_end = label if label is not None else (options[0][0], options[0][0])
    statement = text[label_start:label_end]
    # verdicts, scale steps or 'not done': options that state nothing unless one is ticked
    verdicts = all(_is_verdict(option[3]) or _says_not_done(option[3]) for option in options)
    if len({option[4] for option in options}) == 1 and options[0][4] in _SUBSTITUTE:
        # indistinct_boxes: every box the same black square, as a PDF writer draws a box
        # whose character no font of its has; which one was ticked cannot be told
        if all(_YES_NO.fullmatch(option[3]) for option in options):
            # a statement whose answer is unknown says nothing
            return [(label_start, label_end), (options[0][0], end)], []
        if verdicts:
            return [(first, last) for first, last, *_ in options], []
        return None
    ticked = [option for option in options if option[2]]
    if not ticked and verdicts:
        # boxed_options_none_ticked: a form's verdicts left unanswered ('❏ pMMR  ❏ dMMR')
        return [(first, last) for first, last, *_ in options], []
    if len(ticked) != 1:
        return None
    blanks = [(first, last) for first, last, tick, *_ in options if not tick]
    first, last, _, answer, _ = ticked[0]
    if all(_is_verdict(option[3]) for option in options):
        return blanks, []
    if _finding_options(options) or _change_options(options):
        return blanks, []
    if not all(_YES_NO.fullmatch(option[3]) for option in options):
        return None
    if not states_finding(statement):
        return None
    yes = _YES_NO.fullmatch(answer)
    if yes is not None and yes.group("yes"):
        return blanks, [(first, last, "positive")]
    denial = denied_statement(text, label_start, label_end)
    if denial is None:
        return None
    return blanks, [*denial, (first, last, "negative")]


def _finding_options(options: list[_Option]) -> bool:
    """Whether each option states a finding of its own, one under another (boxed_finding_options).

    '☐ No PD-L1 expression (TPS <1%)' / '☒ PD-L1 expression (TPS 1-49%)' / '☐ High PD-L1
    expression (TPS >=50%)': every option names the same finding, each with its own verdict.
    """
    if len({option[4] for option in options}) < 2:
        return False  # every box alike: no empty box beside the ticked one
    words = [_FINDING.findall(_bare(option[3])) for option in options]
    shared = set.intersection(*({w.lower() for w in found} for found in words))
    return all(words) and bool(shared)


def _change_options(options: list[_Option]) -> bool:
    """Whether each option names a change of its own (boxed_change_options).

    '☐ G719X  ☒ Exon 19 deletion  ☐ L858R', '[ ] G12C [x] G12D': the ticked option is the
    change found; the others are the assay's list of what it looks for.
    """
    return all(normalise_alteration(_bare(option[3])) is not None for option in options)


def denied_statement(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The writes that deny the statement text[start:end]: 'Not' before its first word.

    A statement led by its finding's kind rather than its marker ('Mutation in EGFR detected')
    also has 'not' put before its verdict words ('... EGFR not detected'): the name, far from
    the first word, reads the verdict word nearest it.
    """
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return None
    word = lead.group("word")
    denied = f"not {word}" if lead.group("asking") else f"Not {word}"
    writes = [(lead.start("word"), lead.end("word"), denied)]
    if _KIND_WORD.fullmatch(word):
        for verdict in _VERDICT_WORD.finditer(text, lead.end("word"), end):
            if not _NEGATED_BEFORE.search(text, max(start, verdict.start() - 8), verdict.start()):
                writes.append((verdict.start(), verdict.end(), f"not {verdict.group()}"))
    return writes


# A finding's kind as a statement's first word: 'Mutation in ...', 'Rearrangement of ...'.
_KIND_WORD = re.compile(
    r"(?:mutations?|variants?|rearrangements?|fusions?|alterations?|deletions?|insertions?)",
    re.IGNORECASE,
)
# The words of a statement that give its verdict rather than its finding's kind.
_VERDICT_WORD = compile_tolerant(
    r"(?<![\w\-])(?:detected|identified|found|present|positive)(?![\w\-])", re.IGNORECASE
)
_NEGATED_BEFORE = compile_tolerant(r"\b(?:not|no)\s+$", re.IGNORECASE)
