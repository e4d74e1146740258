"""Marker names as OCR misreads them: one rule that turns a name expression tolerant.

Instead of an alias for each misreading seen ('HER-Z', 'MIB-I', 'estrcgen'), every name
expression is rewritten so that each literal character also matches what OCR takes it for.
What a character may be read as depends on where it stands:

- a digit of a gene symbol may be read as the letter or sign it looks like (1 as l, I or |;
  0 as O; 2 as Z; 5 as S or §; 6 as b, G, S or E, not 5: MSH5 is a gene of its own; 8 as B);
- a letter of a gene symbol mostly as a letter (l, I and |; m as rn; d as cl), and only i and s
  as digits (Ki-67 as K1-67; KRAS as KRA5, PMS2 as PM52: s_read_as_5_in_a_symbol): 'R05' or
  'A1K' are as often other codes (blocks, slides) as misread names;
- a letter of a word (a run of five or more letters, such as 'estrogen') also as a digit
  (o as 0, l as 1, s as 5), c and e as each other, g as c (PROCESTERONE), and a word may be
  broken by a space, a hyphen or a hyphenated line end;
- the last letter of a long word (ten letters or more, where the name's word ends) as any
  letter, with or without a thin stroke before it (progesterone as PROGESTERONS, PROGESTERONIE):
  a long word stays itself with its end misread, where a short one may become another word;
- a slash between parts of a name, written or in a class of separators, as 1, l, I or |;
- a stray capital may stand between three or more capitals of a symbol and its digit, when
  the digit itself follows (MSHE6).

Of an expression's alternatives the longer are tried first, so that 'MSI-High' is not read as
'MSI-H' glued to 'igh'. Other character classes and escapes stay as written, and so do lookarounds
(the words around a name are not the name) and case-exact groups (ER, PR, AR, MET, RET: short
names whose case is what tells them from words).

A speck above a symbol's line that OCR reads as a high mark inside it ('ROS‘1', 'NTRK’3',
'BRC`A2') adds a sign no name expression should allow for: it is taken out of the page's text
instead (speck_in_symbol, `closed_up_symbols`), as a stop read as a quote is mended there
(`restored_stop_signs`).
"""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extractors.markers.expression_tree import (
    Alternation,
    Group,
    Literal,
    Node,
    Opaque,
    Repeat,
    Sequence,
    parse,
    render,
)
from extractors.markers.line_bounds import start_of_line
from extractors.markers.literals import folded_page

# What OCR reads each character of a gene symbol as (matched case-insensitively).
_IN_SYMBOLS = {
    "0": "0o",
    "1": "1lI|",
    "2": "2z",
    "5": "5s§",
    "6": "6bgse",
    "8": "8b",
    "l": "lI|",
    "i": "lI|1",
    "s": "s5§",
    "|": "lI|",
}
# What OCR reads each letter of a longer word as.
_IN_WORDS = {
    "o": "o0c",
    "l": "l1I|!",
    "i": "l1I|!",
    "s": "s5§",
    "z": "z2",
    "c": "ceo",
    "e": "ec3",
    "g": "gc",
}
# Letters OCR reads as two, and the pairs it reads as one.
_AS_TWO = {"m": "rn", "d": "cl"}
_AS_ONE = {pair: letter for letter, pair in _AS_TWO.items()}
# What OCR reads a slash between two parts of a name as (EML4/ALK as EML41ALK).
_SLASH = "1lI|"
# A stray capital OCR may put between a symbol's capitals and its digit (MSH6 as MSHE6), after
# at least this many capitals and right before a digit as written ('ROSS I' is a name).
_STRAY_AFTER = 3
_STRAY = Repeat(Group("(?-i:", Alternation([Sequence([Opaque("[A-Z]"), Opaque("(?=\\d)")])])), "?")
# A word is a run of at least this many letters; shorter runs are symbols (HER, MLH, ALK).
_WORD = 5
# Where a word may be broken: a space or line end, a hyphen, or a hyphen at a line's end.
_BREAK = Repeat(Opaque(r"[\s\-]"), "{0,2}")
# A word this long keeps its identity when OCR misreads its last letter; the misreading may
# carry a thin stroke before it (e as 'ie', 'is').
_LONG_WORD = 10
_THIN_STROKE = Repeat(Opaque("[il1|]"), "?")


def tolerant_expression(expression: str) -> str:
    """The expression, matching also what OCR misreads its literal characters as."""
    return render(_alternation(parse(expression)))


def _alternation(node: Alternation) -> Alternation:
    """Each branch made tolerant, the longer ones first.

    Of two names that start at one place the longer is the one meant, and a shorter one may
    now end before a glued word.
    """
    branches = [_sequence(branch) for branch in node.branches]
    return Alternation(sorted(branches, key=lambda branch: -len(render(branch))))


def _sequence(node: Sequence) -> Sequence:
    items: list[Node] = []
    runs = _runs(node.items)
    for at, run in enumerate(runs):
        optional = _letter_repeat_in_a_word(runs, at)
        if optional is not None:
            # optional_letter_in_a_word: 'satell?ite' is one word, its optional 'l' a word's
            # letter that OCR may read as 1 ('Microsatel1ite') like the letters around it
            letter, quantifier = optional
            items.append(Repeat(_character(letter, _IN_WORDS, two=False), quantifier))
            continue
        if not isinstance(run, list):
            items.append(_item(run))
            continue
        items.extend(_run(run, _ends_word(runs[at + 1 : at + 2])))
        if _capitals(run) >= _STRAY_AFTER and _digit_follows(runs[at + 1 : at + 3]):
            items.append(_STRAY)
    return Sequence(items)


def _letter_repeat_in_a_word(
    runs: list[list[Literal] | Node], at: int
) -> tuple[Literal, str] | None:
    """A repeated letter inside a word (a run of word letters beside it), with its quantifier."""
    run = runs[at]
    if not (isinstance(run, Repeat) and isinstance(run.item, Literal)):
        return None
    if not (run.item.char.isascii() and run.item.char.isalpha()):
        return None
    beside = [runs[i] for i in (at - 1, at + 1) if 0 <= i < len(runs)]
    in_a_word = any(
        isinstance(other, list)
        and len(other) >= _WORD
        and "".join(literal.char for literal in other).isalpha()
        for other in beside
    )
    return (run.item, run.quantifier) if in_a_word else None


def _capitals(run: list[Literal]) -> int:
    """How many capital letters the run ends in, if it is letters only."""
    text = "".join(literal.char for literal in run)
    return len(text) if text.isalpha() and text.isupper() else 0


def _digit_follows(after: list[list[Literal] | Node]) -> bool:
    """Whether a digit comes next, straight away or after an optional separator."""
    if after and isinstance(after[0], Repeat) and after[0].least == 0:
        after = after[1:]
    return bool(after) and isinstance(after[0], list) and after[0][0].char.isdigit()


def _ends_word(after: list[list[Literal] | Node]) -> bool:
    """Whether a run ends its word: nothing follows, or no letter that may continue it."""
    if not after:
        return True
    following = after[0]
    if isinstance(following, list):
        return False
    if isinstance(following, Repeat) and isinstance(following.item, Literal):
        return not following.item.char.isalpha()
    return not isinstance(following, Literal)


def _runs(items: list[Node], letters_only: bool = False) -> list[list[Literal] | Node]:
    """Consecutive literal ASCII letters and digits gathered into runs; any other item alone.

    With `letters_only`, a digit stands alone too (a vocabulary's words are letters).
    """
    runs: list[list[Literal] | Node] = []
    for item in items:
        if (
            isinstance(item, Literal)
            and item.char.isascii()
            and (item.char.isalpha() if letters_only else item.char.isalnum())
        ):
            last = runs[-1] if runs else None
            if isinstance(last, list):
                last.append(item)
            else:
                runs.append([item])
        else:
            runs.append(item)
    return runs


def _item(node: Node) -> Node:
    if isinstance(node, Group):
        if node.is_lookaround or node.is_case_exact:
            return node
        return Group(node.opening, _alternation(node.body))
    if isinstance(node, Repeat):
        inner = _run([node.item])[0] if isinstance(node.item, Literal) else _item(node.item)
        return Repeat(inner, node.quantifier)
    if isinstance(node, Literal) and node.char == "/":
        return Opaque(f"[/{_SLASH}]")
    if isinstance(node, Opaque) and _is_class_with_slash(node.text):
        return Opaque(f"{node.text[:-1]}{_SLASH}]")
    return node


def _is_class_with_slash(text: str) -> bool:
    return text.startswith("[") and not text.startswith("[^") and "/" in text


def _run(run: list[Literal], ends_word: bool = False) -> list[Node]:
    """A run of literal letters and digits, each made to match its misreadings."""
    letters = "".join(literal.char for literal in run)
    in_word = sum(char.isalpha() for char in letters) >= _WORD and letters.isalpha()
    table = _IN_WORDS if in_word else _IN_SYMBOLS
    nodes: list[Node] = []
    at = 0
    if in_word and ends_word and len(run) >= _LONG_WORD:
        others = "".join(c for c in table.get(run[-1].char.lower(), "") if not c.isalpha())
        return [*_run(run[:-1]), _BREAK, _THIN_STROKE, Opaque(f"[a-z{others}]")]
    while at < len(run):
        pair = letters[at : at + 2].lower()
        if pair in _AS_ONE:
            nodes.append(_either(letters[at : at + 2], _AS_ONE[pair]))
            at += 2
        else:
            nodes.append(_character(run[at], table))
            at += 1
        if at >= _STRAY_AFTER and letters[:at].isupper() and letters[:at].isalpha():
            if at < len(run) and letters[at].isdigit():
                nodes.append(_STRAY)
        if in_word and at < len(run):
            nodes.append(_BREAK)
    return nodes


def _character(literal: Literal, table: dict[str, str], two: bool = True) -> Node:
    lowered = literal.char.lower()
    look_alikes = table.get(lowered)
    if two and lowered in _AS_TWO:
        if look_alikes is None:
            return _either(literal.text, _AS_TWO[lowered])
        misread = Sequence([Literal(c, c) for c in _AS_TWO[lowered]])
        return Group("(?:", Alternation([Sequence([Opaque(f"[{look_alikes}]")]), misread]))
    if look_alikes is None:
        return literal
    return Opaque(f"[{look_alikes}]")


def _either(written: str, misread: str) -> Group:
    branches = [Sequence([Literal(c, c) for c in text]) for text in (written, misread)]
    return Group("(?:", Alternation(branches))


# What OCR reads each letter of a vocabulary's word as. A short word ('not', 'no', 'loss', 'for')
# takes only signs that are no letter, so that it never becomes another word ('fail' is not
# 'fall'); a word of five or more letters also l and i as each other, and a capital D whose
# stem is lost as O ('DETECTEO'). Each class holds characters that `literals.folded_page` folds
# to one, so the words test still skips a page that lacks the word however it is misread.
_IN_SHORT_WORDS = {"o": "o0", "l": "l1|", "i": "i1|"}
_IN_VOCABULARY_WORDS = {"o": "o0", "l": "li1|!", "i": "il1|!", "s": "s5§", "z": "z2", "d": "do0"}


# cue_lookahead_misread: what a vocabulary looks ahead for ('showed <name> amplification',
# 'not followed by positive') is read as the cue's own words are, so a misread word after a cue
# ('AMP1IFICATION', 'p0sitive') still is what it says. Lookbehinds stay as written: a pair read
# as one letter ('rn' as m) would change their fixed width.
_LOOKAHEADS = ("(?=", "(?!")


def tolerant_words(expression: str) -> str:
    """A vocabulary expression (status cues, exclusions), matching also its OCR misreadings.

    Each letter of a word also matches the signs OCR takes it for ('N0T', 'MUTATlON',
    'AMPL1FIED', 'DETECTEO'); in a word of five or more letters m also as rn and d as cl
    ('rnutation', 'cletected'). Unlike a name's, a vocabulary's word is not read broken or with
    another last letter ('demonstrated' is not 'demonstrates'), nor c, e and o as one another,
    nor a pair of letters as one ('clone' is not 'done'): those would cost every page its words
    test, or make one ordinary word another. A lookahead's words are read as the cue's are
    (cue_lookahead_misread); digits, classes, lookbehinds and case-exact groups stay as written,
    and the alternatives keep their order.
    """
    return render(_word_alternation(parse(expression)))


def compile_tolerant(expression: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A verdict or negator expression compiled to match also what OCR misreads its words as."""
    return re.compile(tolerant_words(expression), flags)


def _word_alternation(node: Alternation) -> Alternation:
    return Alternation([_word_sequence(branch) for branch in node.branches])


def _word_sequence(node: Sequence) -> Sequence:
    items: list[Node] = []
    for run in _runs(node.items, letters_only=True):
        if isinstance(run, list):
            items.extend(_word_run(run))
        else:
            items.append(_word_item(run))
    return Sequence(items)


def _word_run(run: list[Literal]) -> list[Node]:
    if len(run) < _WORD:
        return [_character(literal, _IN_SHORT_WORDS, two=False) for literal in run]
    return [_character(literal, _IN_VOCABULARY_WORDS) for literal in run]


def _word_item(node: Node) -> Node:
    if isinstance(node, Group):
        if node.is_case_exact or (node.is_lookaround and node.opening not in _LOOKAHEADS):
            return node
        return Group(node.opening, _word_alternation(node.body))
    if isinstance(node, Repeat) and isinstance(node.item, Group):
        return Repeat(_word_item(node.item), node.quantifier)
    return node


# The words that decide a status (or that no result is in), as OCR may break them at a space
# ('DETEC TED', 'AMPLI FIED', 'NEGA TIVE'). Six letters or more: a shorter word has too few
# places to break and too many neighbours it could be glued from.
_STATUS_WORDS = (
    "absent",
    "amplification",
    "amplified",
    "deficient",
    "detected",
    "equivocal",
    "expressed",
    "identified",
    "inconclusive",
    "indeterminate",
    "insufficient",
    "intact",
    "mutated",
    "mutation",
    "negative",
    "overexpressed",
    "pending",
    "positive",
    "present",
    "proficient",
    "rearranged",
    "rearrangement",
    "retained",
    "stable",
    "unstable",
)
# Each folded as `literals.folded_page` folds the page, so a misread letter still matches.
_FOLDED_STATUS = frozenset(folded_page(word) for word in _STATUS_WORDS)
# Words a first half may be, which keep it apart: English function words ('in tact', 're
# tained') and the status words themselves; a second half keeps it apart only as a status word
# ('un stable', 'over expressed'): 'mutati on', 'amplificati on' are broken words.
_WORDS = frozenset(STOP_WORDS) | frozenset(_STATUS_WORDS)
# Every status word broken at one place into two runs of two letters or more, as whole words
# of the folded page: one scan of the page finds them all.
_BROKEN_STATUS_WORD = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(
        sorted(
            {
                word[:at] + " " + word[at:]
                for word in _FOLDED_STATUS
                for at in range(2, len(word) - 1)
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?![a-z0-9])"
)


_STOPS = frozenset(".,;:)]")


def rejoined_status_words(text: str) -> str:
    """The text with each status word that OCR broke at one space made whole again.

    'DETEC TED' becomes 'DETECTED ' (the space moves to the word's end, or to its start where a
    stop or bracket follows it, so the page keeps its length and every offset holds). Two runs
    are joined only when one space parts them, together they are a status word (misread letters
    folded as the words test folds them: 'DETEC TEO'), and neither is a word itself: 'in tact'
    and 'un stable' stay as written.
    """
    if " " not in text:
        return text
    pieces: list[str] = []
    kept = 0
    for broken in _BROKEN_STATUS_WORD.finditer(folded_page(text)):
        first, second = text[broken.start() : broken.end()].split(" ")
        if first.lower() in _WORDS or second.lower() in _STATUS_WORDS:
            continue  # a function word after a broken stem is no word here ('mutati on')
        # rejoined_word_keeps_its_stop: before a sign that ends the word's clause ('NEGAT IVE.')
        # the space goes to the word's start: a space before a stop is a leader's dot, and the
        # next sentence would read as the word's
        if text[broken.end() : broken.end() + 1] in _STOPS:
            pieces += [text[kept : broken.start()], " ", first, second]
        else:
            pieces += [text[kept : broken.start()], first, second, " "]
        kept = broken.end()
    return "".join(pieces) + text[kept:] if pieces else text


# A protein change's stop ('R342*', 'p.Arg213*') as OCR often reads its asterisk: a double
# quote, straight or closing ('R342"', 'p.Arg213”'). The change is a residue, in one- or
# three-letter form, and its position, and nothing runs on after the sign.
_RESIDUES = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
_STOP_READ_AS_QUOTE = re.compile(
    rf"(?<![A-Za-z0-9])(?:p\.[ \t]?\(?)?(?:[ACDEFGHIKLMNPQRSTVWY]|(?-i:{_RESIDUES}))"
    r"[1-9]\d{0,3}(?P<sign>[\"”])(?![A-Za-z0-9])"
)


def restored_stop_signs(text: str) -> str:
    """The text with each protein change's stop that OCR read as a double quote made '*' again.

    'TP53 R342"' becomes 'TP53 R342*' (one character for one, so every offset holds). A quote
    that closes a quotation opened before it on its line ('the slide "A12"', 'labelled “block
    B12”') is left as written.
    """
    if '"' not in text and "”" not in text:
        return text
    chars = list(text)
    for change in _STOP_READ_AS_QUOTE.finditer(text):
        at = change.start("sign")
        if not _in_a_quotation(text, start_of_line(text, at), at):
            chars[at] = "*"
    return "".join(chars)


def _in_a_quotation(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened between start and at is still open at at.

    A quote opens where it stands before a word after a space, a bracket or the line's start
    ('"A12', '“block'); a straight quote closes an open one; a stop's quote after a change
    ('R342"') opens nothing.
    """
    open_quote = False
    for position in range(start, at):
        char = text[position]
        if char not in '"“”':
            continue
        opens = (position == start or text[position - 1] in " \t([") and (
            position + 1 < len(text) and not text[position + 1].isspace()
        )
        if char == "“" or (char == '"' and opens and not open_quote):
            open_quote = True
        elif open_quote:
            open_quote = False
    return open_quote


# High marks OCR reads a speck above a line as.
_HIGH_MARKS = "'‘’`´\"“”"
# speck_in_symbol: a mark between two runs of capitals and digits that, closed up, are a symbol
# (a capital first, a digit in it, three characters or more: ROS1, TP53, PIK3CA); a mark at a
# word's edge is a quote or an apostrophe ('"ROS1"', "HER2's"), and lower case is no symbol.
_MARK_IN_SYMBOL = re.compile(
    rf"(?<![\w{_HIGH_MARKS}])([A-Z][A-Z0-9]*)[{_HIGH_MARKS}]([A-Z0-9]+)(?![\w{_HIGH_MARKS}])"
)


# zero_read_as_o_in_a_share: a share whose zero OCR read as the letter O ('6O%', '1OO %',
# 'approx. 4O%'): a run of digits and O's, one digit at least, right before the per cent sign;
# one_read_as_l_in_a_share: its one read as l, I or a bar ('l2%', '4l %') likewise.
_SHARE_WITH_O = re.compile(r"(?<![\w.|])(?=[0-9OolI|]{0,2}[0-9])[0-9OolI|]{2,3}(?=[ \t]?%)")
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def restored_zeros_in_shares(text: str) -> str:
    """The text with each O (or l, I, a bar) that OCR read for a digit of a share made one.

    'TPS: 6O%' becomes 'TPS: 60%' and 'l2%' '12%', one character for one, so every offset
    holds; a share with no digit ('O %') or a word before the sign ('NO %') is left as written.
    """
    if "%" not in text:
        return text
    return _SHARE_WITH_O.sub(lambda share: share.group(0).translate(_AS_DIGIT), text)


# zero_read_as_o_in_a_change: a protein change whose position OCR read with the letter O for a
# zero ('BRAF V6OOE', 'CTNNB1 R55OR', 'EGFR T79OM'): an amino acid's capital, a run of digits
# and O's with a digit among them, then the new amino acid (or fs, del, ins, dup) ending the word.
_AMINO = "ACDEFGHIKLMNPQRSTVWY"
_CHANGE_WITH_O = re.compile(
    rf"(?<![\w.])(?:p\.)?[{_AMINO}](?=[0-9O]*[0-9])(?=[0-9]*O)([0-9O]{{2,4}})"
    rf"(?=(?:[{_AMINO}*]|fs|del|ins|dup)(?![A-Za-z0-9]))"
)


def restored_zeros_in_changes(text: str) -> str:
    """The text with each O that OCR read for a zero inside a protein change made '0' again.

    'V6OOE' becomes 'V600E', one character for one, so every offset holds; a word with no
    digit in its run ('POOR'), or lower-case letters after it, is left as written.
    """
    if "O" not in text:
        return text
    return _CHANGE_WITH_O.sub(
        lambda m: m.group(0)[: m.start(1) - m.start()] + m.group(1).replace("O", "0"), text
    )


def closed_up_symbols(text: str) -> str:
    """The text with each high mark that a speck left inside a gene symbol taken out.

    'ROS‘1 fusions' becomes 'ROS1  fusions': the symbol closes up and a space takes the mark's
    place beside it, after the symbol where a space follows it, else before ('NTRK’3, RET' as
    ' NTRK3, RET'). The page keeps its length, so every offset holds.
    """
    if not any(mark in text for mark in _HIGH_MARKS):
        return text
    return _MARK_IN_SYMBOL.sub(_closed_up, text)


def _closed_up(match: re.Match[str]) -> str:
    symbol = match.group(1) + match.group(2)
    if len(symbol) < 3 or not any(char.isdigit() for char in symbol):
        return match.group(0)
    after = match.string[match.end() : match.end() + 1]
    return symbol + " " if after in ("", " ", "\t", "\n") else " " + symbol
