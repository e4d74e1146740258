"""A tokenizer that splits on whitespace and keeps the page text exactly, offsets included."""

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

# A word and the one space after it, if any; else a run of whitespace.
_PIECE = re.compile(r"\S+ ?|\s+")


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
        # One piece per word with its single trailing space, or per other run of whitespace:
        # the same words and spaces as splitting on whitespace, with one C-level scan.
        for piece in _PIECE.findall(text):
            if piece[0].isspace():
                words.append(piece)
                spaces.append(False)
            elif piece[-1] == " ":
                words.append(piece[:-1])
                spaces.append(True)
            else:
                words.append(piece)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)
