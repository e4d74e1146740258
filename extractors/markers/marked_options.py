"""Options of one question on one line, each led by its own box: the ticked one is the answer.

A form draws a box before every option and ticks one; its text keeps each box as a mark,
ticked ('x', '✔', '☒', '[x]') or empty ('❏', '☐', '[ ]'; the reader turns a symbol font's
boxes into these):

    Mismatch repair status   ❑ pMMR   ☒ dMMR
    Microsatellite status    [x] MSI-H   [ ] MSS
    HER2 amplified           ☐ Yes   ☑ No

Read as text, every option names a verdict, so a line of options says all of them. Two kinds
are rewritten before the page is read:

- boxed_verdict_options: options that are verdicts themselves ('pMMR' / 'dMMR', 'MSI-H' /
  'MSS', 'Positive' / 'Negative'): the options whose box is empty are blanked out, so only
  the ticked one is read.
- boxed_yes_no_answer: the options are 'Yes' and 'No' after a statement of a finding ('HER2
  amplified', 'TMB-High', 'EGFR mutation detected'): the answer is the statement when 'Yes'
  is ticked ('... positive'), and its negation when 'No' is ('Not HER2 amplified ...'). A
  question that states no finding ('Sample adequate') is left as it stands.

Blanking keeps the line's length; the written answers come as writes (start, end, words).
"""

import re

# A box before an option: ticked (a mark alone, or in brackets) or empty. 'o', 'p', 'q' and
# 'r' are ZapfDingbats' empty boxes as a reader that does not know the font gives them.
_MARK = re.compile(
    r"(?<!\S)(?:(?P<tick>[xX✓✔✕✖✗✘☑☒⌧■●◉]|[\[(][ \t]*[xX✓✔][ \t]*[\])])"
    r"|(?P<empty>[❏❐❑❒□☐◻❍○◯opqr]|[\[(][ \t]*[\])]))(?=[ \t])"
)
# An option that is a verdict: the whole of the option's words.
_VERDICT_OPTION = re.compile(
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
# Words one option may have (a verdict with its qualifier, 'MMR proficient').
_OPTION_WORDS = 4


def marked_options(
    text: str, lines: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Blanks, writes and the lines they were made for, for each line of boxed options."""
    blanks: list[tuple[int, int]] = []
    writes: list[tuple[int, int, str]] = []
    done: list[tuple[int, int]] = []
    for start, end in lines:
        found = _line_options(text, start, end)
        if found is not None:
            blanks += found[0]
            writes += found[1]
            done.append((start, end))
    return blanks, writes, done


def _line_options(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]] | None:
    marks = list(_MARK.finditer(text, start, end))
    if len(marks) < 2:
        return None
    options: list[tuple[int, int, bool, str]] = []  # mark start, option end, ticked, words
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        stop = after.start() if after is not None else end
        words = text[mark.end() : stop].strip()
        if not words or len(words.split()) > _OPTION_WORDS:
            return None
        options.append(
            (
                mark.start(),
                mark.end() + len(text[mark.end() : stop].rstrip()),
                mark.group("tick") is not None,
                words,
            )
        )
    ticked = [option for option in options if option[2]]
    if len(ticked) != 1:
        return None
    blanks = [(first, last) for first, last, tick, _ in options if not tick]
    first, last, _, answer = ticked[0]
    if all(_VERDICT_OPTION.fullmatch(words) for _, _, _, words in options):
        return blanks, []
    if not all(_YES_NO.fullmatch(words) for _, _, _, words in options):
        return None
    label = text[start : marks[0].start()]
    if not _FINDING.search(label):
        return None
    yes = _YES_NO.fullmatch(answer)
    if yes is not None and yes.group("yes"):
        return blanks, [(first, last, "positive")]
    lead = re.search(r"\S+", label)
    if lead is None:
        return None
    label_at = start + lead.start()
    word = text[label_at : start + lead.end()]
    return blanks, [(label_at, label_at + len(word), f"Not {word}"), (first, last, "negative")]
