"""A tokenizer that splits on whitespace and keeps the page text exactly, offsets included."""

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

_TOKEN = re.compile(r"\S+")


class WhitespaceTokenizer:
    """One token per run of non-space characters; extra whitespace becomes its own token.

    spaCy's rule-based English tokenizer costs more than all the marker rules together, and
    nothing here reads its finer splits: the components work on character offsets.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """The Doc whose text is exactly `text`."""
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _TOKEN.finditer(text):
            if match.start() > position:
                _add_gap(text[position : match.start()], words, spaces)
            words.append(match.group(0))
            spaces.append(False)
            position = match.end()
        if position < len(text):
            _add_gap(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """A single space after a word is its trailing space; any other whitespace is a token."""
    if words and gap[0] == " " and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
