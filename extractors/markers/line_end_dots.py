"""The stray dot that a line's end left inside a sentence, read as the space it stands for.

Reports whose lines were joined with '. ' carry a dot wherever a line ended, mid-sentence
too: 'negative for estrogen and. progesterone receptors', 'they are EGFR,. KRAS and BRAF
negative', 'identification of. ER and PR'. A dot after a comma, or after a word no sentence
ends on ('and', 'or', 'nor', 'of', 'with', 'the'), ends nothing: it becomes a space, so that
the list or phrase it broke is one again. The page keeps its length, so every offset (and the
evidence quoted from the page) stays the same.

Not after 'for' on its own: 'tissue was kept for. HER2 testing' ends a method's sentence as
often as a result's 'negative for. HER2' goes on. After a verdict's 'for' it does
(verdict_for_at_a_line_end): no sentence ends on 'positive for', 'negative for' or 'reactive
for', so 'negative for. c-erbB-2 oncoprotein' and 'POSITIVE FOR. PROGESTERONE RECEPTOR' name
what the verdict is for.

A word broken at its hyphen (word_broken_at_its_hyphen): where a line ended right after a
hyphen inside a word, the dot stands between the word's halves ('HER-. 2/neu negative',
'Her-. 2/NEU testing'): it becomes a space, so that the name is whole again. Only before a
digit or a small letter, which go on a word; 'HER2-. The tumour' (a minus sign, then a new
sentence) keeps its stop.
"""

import re

_STRAY_DOT = re.compile(
    r"(?:,|(?<![A-Za-z])(?i:and|or|nor|of|with|the"
    r"|(?:positive|negative|(?:immuno|non-?)?reactive)[ \t]+for))(\.)(?=[ \t]+\S)"
    # word_broken_at_its_hyphen: 'HER-. 2/neu', the halves of one word on two lines
    r"|(?<=[A-Za-z]-)(\.)(?=[ \t]++[0-9a-z])"
)


def without_stray_dots(text: str) -> str:
    """The text with each stray line-end dot turned into a space, offsets unchanged."""
    if ". " not in text and ".\t" not in text:
        return text
    return _STRAY_DOT.sub(lambda m: m.group(0)[:-1] + " ", text)
