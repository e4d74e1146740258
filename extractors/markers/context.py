"""spaCy component that marks status cues, exclusions, aspects and statement boundaries."""

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.markers.checklist_blocks import TICK_MARK
from extractors.markers.context_rules import (
    ContextRules,
    ExclusionReason,
    all_matches,
    any_of,
    compile_cue_words,
    compile_words,
    load_context_rules,
    whole_words,
)
from extractors.markers.line_bounds import PAGE_NUMBER, end_of_line, start_of_line
from extractors.markers.literals import folded_page
from extractors.markers.spans import Cue, Mention, Region, longest_first
from extractors.markers.variant_tables import ROW_VARIANT, page_before

# What OCR may misread among the exclusions' words too: a test not yet done ('PEND1NG') and a
# variant of unknown significance ('VARIANTS 0F UNKN0WN SIGNIFICANCE'); the other vocabularies
# (methods, criteria, background) stay as written.
_READ_AS_MISREAD = (ExclusionReason.PENDING, ExclusionReason.UNCERTAIN_SIGNIFICANCE)

for _name in ("status_cues", "exclusions", "aspect_words", "statements", "flags", "unchosen"):
    Doc.set_extension(_name, default=None, force=True)

# Words that lead the words after them: a line that ends in one runs on to the next line.
_LEADING_WORDS = ("for", "of", "in", "and", "or", "with", "by", "to", "the", "a")
# A leader of dots between a row's key and its value ('ALK ...... Negative'), as typed or as OCR
# reads it: a scan's or a fax's long leader comes back as two or three dots, as runs split by a
# space ('..... ..') or as one dot standing alone ('ALK . Negative'). Rule: ocr_short_leader.
_LEADER = r"[ \t](?:\.{2,}|\.(?=[ \t]))"
# A statement ends at a blank line, a semicolon, a full stop before a capital, or a new line
# that starts a bullet, a lettered or numbered item, a 'Key:' line, a 'Key ...... value' row
# (a leader of dots between a row's key and its value) or a rule line ('-----').
# A form's result key in a column of its own, its colon not drawn, and the tick of a drawn box
# after it ('Result  X'); with the verdict the tick marks ('Result  X Not detected').
DRAWN_RESULT_KEY = r"(?i:results?|interpretation)[ \t]+[xX][ \t]+"
DRAWN_ANSWER = (
    DRAWN_RESULT_KEY + r"(?i:not[ \t]+)?(?i:positive|negative|equivocal|detected|amplified"
    r"|mutated|intact|retained|lost|deficient|proficient)\b"
)
# locus_rows_are_the_loci_own: the rows of a microsatellite panel ('BAT-26  114  109  Unstable',
# 'D2S123: no shift, stable') each give one locus's state, never the tumour's status that the
# heading above them names; that comes from the count or the summary ('2 of 5 loci unstable:
# MSI-H'). A row led by a locus's name is a statement of its own. The loci of the usual
# panels: BAT-25/26/40, NR-21/22/24/27, MONO-27, CAT-25, dinucleotide loci named by their
# chromosome (D2S123, D5S346, D17S250, D18S58), the pentanucleotide controls Penta C/D.
_LOCUS_ROW = (
    r"[ \t]*+(?:(?:BAT|NR|MONO|CAT)[ \t\-]?\d{2}|D\d{1,2}S\d{2,4}|Penta[ \t\-]?[A-E])"
    r"(?![\w\-])"
)
_HARD_BREAK = re.compile(
    r"\n\s*\n|;|(?<=[.:])[ \t]*\n"
    rf"|\n(?=(?i:{_LOCUS_ROW}))"
    # a page's number on a line of its own ends the statement above it: 'Page 1 of 2'
    rf"|\n(?=[ \t]*{PAGE_NUMBER}[ \t]*(?:\n|$))"
    # a line in capitals is a heading, unless the line above ended in a comma: a list wrapped
    # after its comma goes on ('NOT detected for: ALK, ROS1,' / 'BRAF, NTRK1.')
    r"|\n(?<!,\n)(?<!,[ \t]\n)(?=[A-Z][A-Z0-9 ,&/().\-]{3,}\n)"
    # a heading in capitals with a note in brackets: 'GERMLINE FINDINGS (reported ...',
    # 'MOLECULAR SUBTYPE (Two-step algorithm)' (capitals_heading_with_a_remark), not a
    # line's words run on after a word that leads them ('POSITIVE FOR' / 'EGFR MUTATION (...')
    # (the looks behind stand after the line break they look past: tried only at a break,
    # not at every character of the page)
    r"|\n(?<![,\-(]\n)"
    + "".join(rf"(?<!\b(?i:{w})\n)" for w in _LEADING_WORDS)
    + r"(?=[A-Z]{3,}(?:[ \t]+[A-Z]{3,})+[ \t]+\((?:[a-z]|[A-Z][a-z]))"
    r"|\n(?=\s*(?:[-•*]\s|\(?[A-Za-z0-9]{1,2}[.)]\s|[A-Z][\w\-/ ().#]{0,40}:))"
    # a form's result key in a column of its own, no colon drawn, the tick of a drawn box before
    # its verdict ('Result  X Positive', 'Result  X Not detected': drawn_empty_boxes)
    rf"|\n(?=[ \t]*{DRAWN_ANSWER})"
    r"|\n(?=[ \t]*\S[^\n.]*?" + _LEADER + ")"
    # a rule of dashes, equals signs or underscores alone on its line parts a table's rows from
    # the text under it (rule_line_ends_a_statement)
    r"|\n(?=[ \t]*[\-=_]{5,}[ \t]*(?:\n|$))"
    # the controls' remark in brackets on a line of its own ends the row above it: 'MSH6 ....
    # RETAINED' / '(internal control - stromal nuclei - stained)' (controls_remark_in_brackets)
    r"|\n(?=[ \t]*\((?i:(?:(?:internal|external|positive|negative|on[ \-]?slide|tissue|and|&)"
    r"[ \t]+)+controls?\b))"
)
# A leader taken whole, then the value's first character: a leader of three dots or more may
# give its last dot as that character (the value then runs to the line's end all the same),
# so the dots are not given back one by one, each time reading the line to its end again
# (time in the square of a long run of dots).
_WHOLE_LEADER = r"[ \t](?:\.{2,}+(?:[ \t]*\S|(?<=\.\.\.))|\.(?=[ \t])[ \t]*\S)"
# A 'Field: value' line ends at its line's end when a sentence starts on the next line. Its
# field may be a lower-case led name ('bTMB: 8 muts/Mb') or of up to four words, set off from
# its value by a colon or a leader of dots ('Result ........ AMPLIFIED'); a marker's name with
# its digits and its clone in brackets is a field too ('Ki-67 (MIB-1): 20%').
_FIELD_LINE_END = re.compile(
    r"^[ \t]*[A-Za-z][A-Za-z0-9]*(?:[\-/][A-Za-z0-9]+)*(?:[ \t][A-Za-z]+){0,3}"
    r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]*:[ \t]*\S|[ \t]*" + _WHOLE_LEADER + r")[^\n]*?(\n)"
    r"(?=[ \t]*(?:[A-Z][a-z]|A[ \t]+[a-z]|\([^()\n]*[:<>≤≥][^()\n]*\)[ \t]*(?:\n|$)))",
    re.MULTILINE,
)  # also over a line that is one bracket of criteria: 'Result: EQUIVOCAL' / '(ratio < 2.0 ...)'
# An empty tick box, '( )', '[ ]', '{ )', or a template's 'o' bullet, starts an option not chosen.
# An 'o' among single letters is a letter of a word spaced out ('R E P o R T'), no bullet.
_EMPTY_BOX = re.compile(r"[\(\[{]\s*[\)\]}]|(?<![A-Za-z0-9])(?<!\b[A-Za-z] )[o□☐❏](?=[ \t]+[A-Z])")
_ANY_BOX_OR_LINE_END = re.compile(
    r"[\(\[{]\s*[xX✓✔]?\s*[\)\]}]|(?<![A-Za-z0-9])[o□☐❏■☒xX](?=[ \t]+[A-Z])|\n"
    r"|(?<!\S)[B-HJ-Zb-z](?=[ \t]+[A-Z1l|][a-z])"
)
# A lone letter before an option's capitalised first word, as OCR reads a tick box.
# Its first capital may be misread as 'l' or '1' ('q lntact').
_LETTER_BOX = re.compile(r"(?<!\S)(?<!\b[A-Za-z] )[A-Za-z](?=[ \t]+[A-Z1l|][a-z])")
_LINE = re.compile(r"[^\n]+")
# A word in capitals that opens a line going on from the line above, no heading's first word.
_GOES_ON_FROM_ABOVE = r"(?:FOR|WITH|AND|OR|OF|BY|BUT|WHICH|THAT)[ \t]"
# A line in capitals that ends open, on a word that needs the next, a comma or a hyphen.
_ENDS_OPEN = r"(?:\b(?:OF|AND|THE|TO|IN|FOR|WITH|BY|OR|AN?|IS|ARE|WAS|WERE|BE)|[,\-])[ \t]*\n"
# A section runs to a blank line or the next heading written in capitals, also one that
# follows a sentence on its line ('... performance. SYNOPTIC REPORT - HER2 RESULTS.').
# The longest line a heading in capitals is: a longer one is a sentence's line.
_HEADING_LENGTH = 60
_SECTION_END = re.compile(
    # (a heading is short: a line of capitals near a typed page's width is a sentence's line,
    # 'KRAS CODON 12 AND 13 MUTATIONS ARE PRESENT IN ABOUT FORTY PERCENT OF COLORECTAL';
    # nor is a line after one that ends in a comma, where a list goes on: 'KRAS (G12C, G12D,' /
    # 'G13D) ARE COVERED.' - long_capitals_line_is_prose)
    r"\n\s*\n|\n(?<!,\n)(?<!,[ \t]\n)"
    rf"(?=[ \t]*[A-Z][A-Z0-9 ,&/()#.\-]{{3,{_HEADING_LENGTH}}}:?[ \t]*\n)"
    # (a line of a report typed in capitals is prose, no heading, where it ends open - on a
    # word that needs the next, a comma or a hyphen - or holds a full stop before more words:
    # 'DNA EXTRACTION, PCR AMPLIFICATION OF' / 'KRAS EXON 2 AND SANGER SEQUENCING')
    rf"(?![^\n]*{_ENDS_OPEN})"
    r"(?![^\n]*\.[ \t]+[A-Z])"
    # (nor where it opens on a word that goes on from the line above, a sentence's next line:
    # 'TARGETS WERE AMPLIFIED' / 'WITH PRIMERS FLANKING BRAF CODON 600' - capitals_line_goes_on)
    rf"(?![ \t]*{_GOES_ON_FROM_ABOVE})"
    # (a line in capitals that lists codons, 'KRAS G12, G13, Q61', is a row, no heading)
    r"(?![ \t]*[^\n]*?\b[A-Z]\d{2,4}\b[^\n]*?\b[A-Z]\d{2,4}\b)"
    # a heading in capitalised words alone on its line ('Other Alterations Detected', 'Genomic
    # Findings of Note'), three words or more, one space apart, one of them a heading's noun
    # (a table's header, 'Biomarker Agent Context', names its columns)
    r"|\n(?=[ \t]*(?=[^\n]*\b(?:Alterations|Findings|Results|Variants|Mutations|Biomarkers"
    r"|Detected|Summary|Interpretation|Signatures)\b)"
    r"[A-Z][a-z]+(?: (?:of|and|or|the|in|for|to|with))?(?: [A-Z][a-z]+"
    r"(?: (?:of|and|or|the|in|for|to|with))?){2,5}[ \t]*:?[ \t]*\n)"
    # (an identifier with its colon is no heading: 'TR-5120: basket trial of ...')
    r"|(?:\n|\.\s)[ \t]*(?![A-Z0-9\-]*\d{3})[A-Z][A-Z0-9 ,&/()#\-]{3,}:"
    r"|\.[ \t]+(?=[A-Z][A-Z0-9 ,&/()#\-]{7,}\.?[ \t]*\n"
    rf"(?![ \t]*{_GOES_ON_FROM_ABOVE}))(?![^\n]*{_ENDS_OPEN})"
    # remarked_heading: a heading in capitals with a remark of its own in brackets, alone on its
    # line ('ADDITIONAL STAINS (block B2):', 'MOLECULAR STUDIES (outside laboratory):')
    r"|\n(?=[ \t]*+[A-Z][A-Z0-9 ,&/#\-]{3,}+\([^()\n]{1,40}+\)[ \t]*+:[ \t]*+\n)"
    # or without its colon, when its capitals are words: 'RELEVANT NEGATIVES IN NSCLC (no
    # reportable alteration)' ends a therapy section above it; 'KRAS G12C (sotorasib)' does not
    r"|\n(?=[ \t]*+[A-Z]{3,}+(?:[ \t]++[A-Z]{2,}+)++[ \t]*+\([^()\n]{1,60}+\)[ \t]*+\n)"
)
_SECTION_LIMIT = 1500
# A line of a paragraph typed in capitals: no small letter, longer than a heading.
_CAPITALS_PROSE_LINE = re.compile(rf"[^a-z\n]{{{_HEADING_LENGTH + 1},}}")


def _section_end(text: str, start: int) -> int:
    """Where a section from start ends: the next of `_SECTION_END`'s bounds, or the text's end.

    key_inside_capitals_prose: in a paragraph typed in capitals, a key after a full stop in the
    middle of a line ('... WITH UNIQUE BARCODES. CALLED CLASSES: SNV, INDEL, FUSION', '... ON
    EVERY RUN. LIMIT OF DETECTION: 5% VAF') leads the paragraph's next sentence; it
    opens no section, so a methods paragraph runs on over it.
    """
    for bound in _SECTION_END.finditer(text, start):
        if bound.group(0)[0] == "." and _CAPITALS_PROSE_LINE.fullmatch(
            text, start_of_line(text, bound.start()), end_of_line(text, bound.start())
        ):
            continue
        return bound.start()
    return len(text)


# small_heading_ends_at_the_next: a short section's heading in small letters ('HER2 scoring
# guide:', 'Background') ends at the next heading of a few words alone on its line ('Comment:',
# 'Results', 'Molecular results presented (by the pathologist)'), as one in capitals ends at the
# next in capitals; a numbered heading ('1. Background' ... '2. Mismatch repair protein
# immunohistochemistry') ends it at the next number's heading too.
_SMALL_SECTION_END = re.compile(
    r"\n(?=[ \t]*(?:\d{1,2}[.)][ \t]+)?[A-Z][a-z]+(?:[ \t]+[a-z]+){0,5}"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?::[ \t]*)?\n)"
)
# A section's number before its heading: 'SECTION 6 - ', 'Part B: '.
_SECTION_NUMBER = r"(?:SECTION|Section|PART|Part)[ \t]+[0-9A-Z]{1,2}[ \t]*[\-–:.][ \t]*"
# A page's last line when it only numbers the page ('Page 2 of 4', 'Report 123 | page 2/4').
_PAGE_FOOTER = re.compile(rf"\n[^\n]{{0,80}}\b{PAGE_NUMBER}[ \t]*$")
# How far from a marker's name its cues, exclusions and aspect words are looked for.
_REACH_BEFORE, _REACH_AFTER = 500, 800
# The last dot of a leader ("ALK ...... Negative", OCR's "ALK .. Negative" or "ALK . Negative":
# a dot after a dot or after a space) ends no sentence; a bound may start one
# ('POSITIVE (90%). > 1% is Positive.'). No sentence ends on 'and' or 'or': OCR's stray dot
# after one ('positive for p16 and. EGFR', 'ER or. PR') joins the list it is in.
# A stop set off by a space after a bracket ends its sentence before a sentence about the
# controls ('... (SCORE 0) . CONTROLS ARE SATISFACTORY', '(40%) . Control tissue stained as
# expected'): typesetting and OCR put that space before a stop, and the controls' words had
# excluded the result before them (stop_set_off_before_the_controls). Elsewhere a dot after a
# space stays a leader's ('ALK (D5F3) . Negative'): breaking before any capital word lowered a
# held-out set's precision.
# (The looks behind stand after the dot they look past: tried only at a dot.)
_PERIOD_BREAK = re.compile(
    r"\.(?<!\b[A-Z]\.)(?<!\b[Dd]r\.)(?<!e\.g\.)(?<!\bvs\.)"
    r"(?:(?<![. \t]\.)|(?<=\)[ \t]\.)(?=[ \t]++(?i:controls?)\b))"
    r"(?<!\b(?i:and)\.)(?<!\b(?i:or)\.)"
    r"\s+(?=[A-Z0-9(\-#%<>≤≥]|p\d{2,3}\b|c-[A-Za-z])"
)  # a sentence may open with a protein's lower-case name: '... negative. p53 protein: ...'


class ContextFinder:
    """Marks what is said about markers, for the statement reader to decide on."""

    def __init__(self, rules: ContextRules) -> None:
        self._cues = [(compile_cue_words(c.pattern), c) for c in rules.status_cues]
        self._exclusions = [
            (
                compile_cue_words(e.pattern)
                if e.reason in _READ_AS_MISREAD
                else compile_words(e.pattern),
                e,
            )
            for e in rules.exclusions
        ]
        self._aspects = [(compile_words(a.pattern), a.aspect) for a in rules.aspect_words]
        self._historical = compile_words(any_of(rules.historical))
        self._amended = compile_words(any_of(rules.amended))
        headings = any_of(rules.excluded_sections)
        # a short section's heading (a legend, a background), to know where it ends
        short = [s for s in rules.excluded_sections if s.short]
        self._short = re.compile(any_of(short)) if short else None
        # section_heading_marks: a heading may be marked off as a text export draws it ('> ',
        # '## '), or numbered ('5. THERAPY NOTES', 'SECTION 4 - THERAPY OPTIONS')
        self._section = re.compile(
            rf"(?:^|\n)[ \t]*(?:[>#*•][ \t]*|\d{{1,2}}[.)][ \t]+|{_SECTION_NUMBER})?"
            rf"(?:{headings})[ \t]*(?::|\n)"
        )
        # A verdict on a quality of the tumour ('Heterogeneity  Not observed') answers that
        # question, never the result of the marker above it: no cue inside it counts.
        self._quality = re.compile(any_of(rules.quality_verdicts), re.IGNORECASE)
        history = any_of(rules.history_sections)
        self._history = re.compile(rf"(?:^|\n)[ \t]*(?:{history})[ \t]*(?::|\n)", re.IGNORECASE)

    def _excluded_sections(self, text: str) -> list[Region]:
        regions = []
        if self._section_runs_on(page_before()):
            # section_over_a_page_break: a section that runs to its page's end goes on at the
            # top of the next page, up to its first heading ('THERAPIES ...' / page break /
            # 'TMB-High   pembrolizumab')
            end = _section_end(text, 0)
            regions.append(Region(0, min(end, _SECTION_LIMIT), "section:excluded"))
        for heading in self._section.finditer(text):
            end = _section_end(text, heading.end())
            if self._short_heading(heading):
                small = _SMALL_SECTION_END.search(text, heading.end(), end)
                end = small.start() if small else end
            end = min(end, heading.end() + _SECTION_LIMIT)
            regions.append(Region(heading.start(), end, "section:excluded"))
        return regions

    def _short_heading(self, heading: re.Match[str]) -> bool:
        """Whether the heading is a short section's, written in small letters."""
        title = heading.group(0)
        return (
            self._short is not None
            and not title.isupper()
            and self._short.search(title) is not None
        )

    def _section_runs_on(self, previous: str) -> bool:
        """Whether the page before ends inside an excluded section (its footer set aside)."""
        # a heading may be the page's last line: its line ends with the page (heading_ends_a_page)
        body = _PAGE_FOOTER.sub("", previous.rstrip()) + "\n"
        headings = list(self._section.finditer(body, max(0, len(body) - _SECTION_LIMIT)))
        if not headings:
            return False
        return _section_end(body, headings[-1].end()) == len(body)

    def _history_sections(self, text: str) -> list[Region]:
        """A history heading's section; one with its text on its own line is that line only."""
        regions = []
        for heading in self._history.finditer(text):
            line_end = end_of_line(text, heading.end())
            if text[heading.end() : line_end].strip():
                end = line_end
            else:
                following = _SECTION_END.search(text, line_end)
                end = following.start() if following else len(text)
            regions.append(
                Region(heading.start(), min(end, heading.end() + _SECTION_LIMIT), "historical")
            )
        return regions

    def __call__(self, doc: Doc) -> Doc:
        """Leave cues, exclusions, aspect words and statements on the doc."""
        text = doc.text
        if not doc._.marker_mentions:
            _leave_nothing(doc)
            return doc
        spans = _around_mentions(doc._.marker_mentions, len(text))
        unchosen = unchosen_options(text)
        folded = folded_page(text)
        cues = [
            Cue(
                m.start(),
                m.end(),
                cue.status,
                cue.direction.value,
                cue.aspect,
                cue.speaks_for_scored_markers,
                cue.weak,
                cue.status_for_scored_markers,
                cue.leads,
                cue.kept_or_lost,
            )
            for pattern, cue in self._cues
            for m in whole_words(pattern, text, spans, folded)
            if m.end() > m.start()
        ]
        quality = [
            Region(m.start(), m.end(), "quality") for m in all_matches(self._quality, text, folded)
        ]
        keys = quantity_keys(text)
        exclusions = [
            Region(m.start(), m.end(), f"{rule.scope.value}:{rule.reason.value}")
            for pattern, rule in self._exclusions
            for m in whole_words(pattern, text, spans, folded)
        ]
        criteria = [e for e in exclusions if e.label == "match:criteria"]
        doc._.status_cues = longest_first(
            [
                c
                for c in cues
                if not _inside(c, unchosen)
                and not _inside(c, quality)
                and not _inside(c, keys)
                and not _class_at_its_bound(text, c, criteria)
            ]
        )
        exclusions += self._excluded_sections(text)
        headers = [Region(m.start(), m.end(), "header") for m in _COLUMN_HEADER.finditer(text)]
        doc._.exclusions = [
            e
            for e in exclusions
            if not _inside(_from_line_led_box(text, e), unchosen)
            and not (e.label.startswith("statement:") and _inside(e, headers))
        ]
        worded = [e for e in exclusions if e.label in ("match:criteria", "match:methods")]
        doc._.aspect_words = [
            region
            for pattern, aspect in self._aspects
            for m in whole_words(pattern, text, spans, folded)
            # nor is it an aspect, nor are the words of a method's name ('signal amplification')
            if not _inside(region := Region(m.start(), m.end(), aspect.value), worded)
        ]
        doc._.flags = [
            Region(m.start(), m.end(), "historical")
            for m in whole_words(self._historical, text, spans, folded)
        ]
        doc._.flags += self._history_sections(text)
        doc._.flags += _quoted_after_history(text, doc._.flags)
        doc._.flags += [
            Region(m.start(), m.end(), "amended")
            for m in whole_words(self._amended, text, spans, folded)
        ]
        doc._.statements = _with_name_line_breaks(
            text, statement_breaks(text), doc._.marker_mentions
        )
        doc._.unchosen = unchosen
        return doc


# After words of an earlier result, on their line, the quotation that gives it: 'Previously
# reported (superseded): "ER negative; HER2 2+."' (quoted_earlier_result).
_QUOTE_OPENS = re.compile(r"[^\n\"\u201c]{0,60}?[\"\u201c]")
_QUOTE_CLOSES = re.compile(r"[\"\u201d]")
_QUOTE_LIMIT = 400


def _quoted_after_history(text: str, flags: list[Region]) -> list[Region]:
    """The quotation that follows words of an earlier result on their line is that result."""
    regions = []
    for flag in flags:
        if flag.label != "historical" or flag.end - flag.start > 60:
            continue  # a history section is flagged whole already
        opening = _QUOTE_OPENS.match(text, flag.end)
        if opening is None:
            continue
        closing = _QUOTE_CLOSES.search(text, opening.end(), opening.end() + _QUOTE_LIMIT)
        if closing is not None:
            regions.append(Region(opening.end() - 1, closing.end(), "historical"))
    return regions


def _around_mentions(mentions: list[Mention], length: int) -> list[tuple[int, int]]:
    """The stretches of a page close enough to a marker's name to say something about it."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        start, end = max(0, mention.start - _REACH_BEFORE), min(length, mention.end + _REACH_AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _leave_nothing(doc: Doc) -> None:
    """A page that names no marker states no result: skip the work."""
    doc._.status_cues, doc._.exclusions, doc._.aspect_words, doc._.flags = [], [], [], []
    doc._.statements, doc._.unchosen = [], []


def unchosen_options(text: str) -> list[Region]:
    """Template options whose box is empty: from the box to the next box or the line's end."""
    regions = []
    for box in [*_EMPTY_BOX.finditer(text), *_letter_boxes_left_empty(text)]:
        following = _ANY_BOX_OR_LINE_END.search(text, box.end())
        regions.append(
            Region(box.start(), following.start() if following else len(text), "unchosen")
        )
    return regions + _options_beside_the_ticked_one(text)


def _capitalised(words: str) -> str:
    """A phrase whose first letter is a capital, its other letters in either case."""
    return f"{words[0]}(?i:{words[1:]})"


# The options a checklist prints on one line, each a verdict with its definition in brackets.
_OPTION = (
    "(?:"
    + "|".join(
        _capitalised(words)
        for words in (
            r"Low[ \t]+positive",
            r"Weakly[ \t]+positive",
            r"Positive",
            r"Negative",
            r"Equivocal",
            r"Borderline",
            r"Indeterminate",
            r"Cannot[ \t]+be[ \t]+(?:determined|assessed|evaluated)",
            r"Not[ \t]+(?:assessable|applicable|performed|determined|amplified|evaluable)",
            r"Amplified",
            r"Intact",
            r"Retained",
            r"Loss",
            r"Lost",
            r"Proficient",
            r"Deficient",
        )
    )
    + r")\b(?:[ \t]*\([^()\n]{0,60}\))?"
)
# A line of options where one only carries a tick and the others no box at all (the form's
# empty boxes left out of the page's text): 'X Positive  Low positive (1-10%)  Negative'.
_TICKED_AMONG_BARE = re.compile(
    rf"[ \t]*(?:[A-Za-z][^\n:]{{0,40}}:[ \t]*)?(?:{TICK_MARK}[ \t]+)?{_OPTION}"
    rf"(?:[ \t]+(?:{TICK_MARK}[ \t]+)?{_OPTION})+[ \t]*"
)
# A form's printed list: three options or more, or an option's definition in brackets.
_PRINTED_LIST = re.compile(rf"\(|(?:{_OPTION}[ \t]+(?:{TICK_MARK}[ \t]+)?){{2}}{_OPTION}")
_ONE_OPTION = re.compile(rf"(?P<tick>{TICK_MARK}[ \t]+)?(?P<option>{_OPTION})")


def _options_beside_the_ticked_one(text: str) -> list[Region]:
    """On a line of bare options where one only is ticked, every other option is unchosen.

    A line of different options with no tick, or with more than one, answers nothing: all
    its options are unchosen ('Positive  Low positive (1-10%)  Negative').
    """
    regions = []
    for line in _LINE.finditer(text):
        if _TICKED_AMONG_BARE.fullmatch(text, line.start(), line.end()) is None:
            continue
        colon = text.find(":", line.start(), line.end())
        options = list(
            _ONE_OPTION.finditer(text, colon + 1 if colon != -1 else line.start(), line.end())
        )
        ticks = sum(bool(o.group("tick")) for o in options)
        words = {" ".join(o.group("option").split("(")[0].lower().split()) for o in options}
        if ticks != 1 and (len(words) < 2 or not (ticks or _PRINTED_LIST.search(line.group(0)))):
            continue  # 'ER: Positive  Negative' may be two specimens' results, not a form's list
        regions += [
            Region(o.start("option"), o.end("option"), "unchosen")
            for o in options
            if ticks != 1 or not o.group("tick")
        ]
    return regions


def _letter_boxes_left_empty(text: str) -> list[re.Match[str]]:
    """Tick boxes OCR read as single letters, where they are left empty.

    On a line where an 'x' ticks one option, the lone letters before the other options
    ('q Lost', 'c Equivocal') are their empty boxes.
    """
    found = []
    for line in _LINE.finditer(text):
        boxes = list(_LETTER_BOX.finditer(text, line.start(), line.end()))
        if len(boxes) > 1 and any(box.group(0) in "xX" for box in boxes):
            found += [box for box in boxes if _empty_letter_box(text, box)]
        elif _letter_boxes_all_alike(text, line, boxes):
            found += boxes
        elif _among_empty_boxes(text, line, boxes):
            # letter_box_among_empty_boxes: 'o Negative (Score 0)  q Negative (Score 1+)'
            found += [
                box
                for box in boxes
                if _empty_letter_box(text, box) and _OPTION_AFTER_BOX.match(text, box.end())
            ]
    # letter_boxes_one_option_a_line: the options one under another, each line led by its
    # box ('a Negative' over 'x Positive'), one only ticked by an 'x'
    for run in _letter_led_runs(text):
        if len(run) > 1 and sum(box.group(0) in "xX" for box in run) == 1:
            found += [box for box in run if _empty_letter_box(text, box)]
    return found


_TICK_ON_LINE = re.compile(TICK_MARK)


def _among_empty_boxes(text: str, line: re.Match[str], boxes: list[re.Match[str]]) -> bool:
    """Whether a line of options has empty boxes ('o', '[ ]') and lone letters, and no tick.

    A letter OCR read in place of a box, among the line's printed empty boxes, is one of them:
    with nothing ticked on the line, no letter can be the one tick.
    """
    if not boxes or any(box.group(0) in "xX" for box in boxes):
        return False
    if _TICK_ON_LINE.search(text, line.start(), line.end()):
        return False
    return _EMPTY_BOX.search(text, line.start(), line.end()) is not None


def _letter_boxes_all_alike(text: str, line: re.Match[str], boxes: list[re.Match[str]]) -> bool:
    """Whether a line's options are each led by the same small letter, with no tick on it.

    letter_boxes_all_alike: 'q Positive   q Negative', 'o Intact  o Lost  o Equivocal': a
    form's empty boxes, read by OCR as one letter; with every box alike none was ticked, so
    none of the options is chosen. Capitals stay words ('A Negative  A Positive' is no form).
    """
    if len(boxes) < 2 or _TICK_ON_LINE.search(text, line.start(), line.end()):
        return False
    letters = {box.group(0) for box in boxes}
    if len(letters) != 1 or not letters <= set("bcdefghjklmnopqrstuvwyz"):
        return False
    return all(_OPTION_AFTER_BOX.match(text, box.end()) for box in boxes)


def _empty_letter_box(text: str, box: re.Match[str]) -> bool:
    """Whether a lone letter beside a ticking 'x' is an empty box.

    'a', 'A' and 'I' are words too: a small 'a' is a box only before an option's word
    ('a Intact'), never a part's letter ('Block A Positive').
    """
    letter = box.group(0)
    if letter in "xX":
        return False
    return letter not in "aAI" or (letter == "a" and bool(_OPTION_AFTER_BOX.match(text, box.end())))


def _letter_led_runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of consecutive lines each led by a lone letter before an option, as their boxes."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    last_end = -2
    for line in _LINE.finditer(text):
        led = _LETTER_LED_LINE.fullmatch(text, line.start(), line.end())
        if led is None:
            continue
        box = _LETTER_BOX.match(text, led.start("box"))
        if box is None:
            continue
        if line.start() != last_end + 1:
            run = []
            runs.append(run)
        run.append(box)
        last_end = line.end()
    return runs


_OPTION_WORD = (
    r"(?:Intact|Retained|Loss|Lost|Present|Absent|Positive|Negative|Equivocal"
    r"|Proficient|Deficient|Amplified|Not[ \t]+amplified)\b"
)
_OPTION_AFTER_BOX = re.compile(r"[ \t]+" + _OPTION_WORD)
# A line led by a lone letter before an option's word: 'x Positive', 'o Negative (<1%)'.
_LETTER_LED_LINE = re.compile(r"[ \t]*(?P<box>[A-Za-z])(?=[ \t]+" + _OPTION_WORD + r")[^\n]*")


def _from_line_led_box(text: str, region: Region) -> Region:
    """A template's empty box that leads its line, from the box on: one option a line.

    'x Positive' over ' o  Negative' is a list of options one a line, the 'o' line's option
    left empty as a '[ ]' line's is; 'ER o Negative a Positive' is a line of options whose
    boxes (OCR's letters) say nothing of which was ticked: its empty box still rules the line.
    """
    if region.label != "window:template":
        return region
    words = text[region.start : region.end]
    box = region.start + len(words) - len(words.lstrip())
    if text[start_of_line(text, box) : box].strip():
        return region
    return Region(box, region.end, region.label)


# The key of a quantity's line, up to its colon, before the number: 'Percentage of cells with
# nuclear positivity: 0 %', '% positive tumour nuclei: 85', 'Proportion of positive cells: <1',
# or a key that names stained cells or nuclei: 'ER-positive tumour nuclei: 0%', 'Cells reactive
# for AR: 40', or the positivity itself when none is counted: 'PR positivity: 0', 'AR
# immunoreactivity: <1%' (where some is, 'p53 positivity: 60%' stays a positive statement).
_QUANTITY_KEY_LINE = re.compile(
    r"^[ \t\-\u2022*]*+(?:(?:%|percent(?:age)?+|proportion|fraction)(?![\w%])"
    r"|(?=[^\n:.]{0,70}+:)(?=[^\n:.]*?(?:(?:positiv|stain|reactiv|label)\w*+[ \t\-]++"
    r"(?:(?:tumou?r|carcinoma|invasive|neoplastic)[ \t]++)?(?:cells?|nuclei)\b"
    r"|\b(?:cells?|nuclei)[ \t]++(?:\w++[ \t]++)?(?:positiv|stain|reactiv|label)"
    r"|\b(?:positivity|immunoreactivity|reactivity)[ \t]*+:[ \t]*+(?:<[ \t]*+1|0(?![.,]?\d)))))"
    r"[^\n:]{0,70}+:"
    r"(?=[ \t]*+(?:[<>\u2264\u2265~]=?[ \t]*+)?\d)",
    re.IGNORECASE | re.MULTILINE,
)


def quantity_keys(text: str) -> list[Region]:
    """The keys of a share's lines, whose words name the quantity and state no verdict.

    quantity_key_is_no_verdict: in 'Percentage of cells with nuclear positivity: 0 %' or
    '% positive nuclei: 0' the words 'positivity' and 'positive' name what is counted; the
    number after the colon is the result and decides the status (0% is negative). So too in a
    key that names the stained cells or nuclei it counts ('ER-positive tumour nuclei: 0%').
    """
    return [Region(m.start(), m.end(), "quantity key") for m in _QUANTITY_KEY_LINE.finditer(text)]


# A scale's four scores in order: '0   1+   2+   3+', 'Negative (0)  Weak (1+) ...'.
SCORE_SCALE = re.compile(r"(?<![\w+.])0\b[^\n]*?\b1\+[^\n]*?\b2\+[^\n]*?\b3\+")
# A class word's bound right after it ('Positive if >= 1%', 'unstable >= 20%', 'high: >= 50%',
# 'MSI-H at 0.20'), or right before it ('0.25 or above is MSI-H').
_BOUND_AFTER = re.compile(
    r"[ \t]*+[:=]?[ \t]*+(?:(?:is|are)[ \t]++)?(?:(?:called|reported|considered|defined|classed"
    r"|classified)[ \t]++)?(?:(?:at|if|when|from|for)[ \t]++)?(?:(?:a|an)[ \t]++)?"
    r"(?:(?:score|value|ratio|TMB|TPS|CPS|IC|fraction)[ \t]++(?:of[ \t]++)?)?"
    r"(?:[<>≥≤]=?|=>)?[ \t]*+\d",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(
    r"(?:or|and)[ \t]++(?:more|above|higher|greater|over)[ \t]++(?:is|are|=|counts?[ \t]++as"
    r"|(?:is[ \t]++)?called)[ \t]++$",
    re.IGNORECASE,
)


def _class_at_its_bound(text: str, cue: Cue, criteria: list[Region]) -> bool:
    """Whether the cue is a class that a criterion's bound or scale defines.

    class_at_its_bound: 'Positive if >= 1%', 'MSI score 2.1% (unstable >= 20%)', '0.25 or above
    is MSI-H' and a scale's columns ('Negative (0)   Weak (1+) ...') name the criterion's
    classes, never a verdict; other words inside a criterion ('Positive: intense staining in
    >90%') stay cues.
    """
    holding = [r for r in criteria if r.start <= cue.start and cue.end <= r.end]
    if not holding:
        return False
    return bool(
        _BOUND_AFTER.match(text, cue.end)
        or _BOUND_BEFORE.search(text, max(0, cue.start - 40), cue.start)
        or any(SCORE_SCALE.search(text, r.start, r.end) for r in holding)
    )


def _inside(item: Cue | Region, regions: list[Region]) -> bool:
    return any(r.start <= item.start and item.end <= r.end for r in regions)


def statement_breaks(text: str) -> list[tuple[int, str]]:
    """Sorted (offset, kind) of every statement boundary: 'hard' or 'period'."""
    breaks = [(m.start(), "hard") for m in _HARD_BREAK.finditer(text)]
    hard = {offset for offset, _ in breaks}
    breaks += [
        (m.start(1), "hard") for m in _FIELD_LINE_END.finditer(text) if m.start(1) not in hard
    ]
    breaks += [(m.start(), "period") for m in _PERIOD_BREAK.finditer(text)]
    return sorted(breaks)


# column_header_words: a table's header, column names ending in the result's column ('Probe
# Nuclei  Split  Cut-off  Result', 'Antibody  Clone  Threshold  Interpretation'), names its
# columns; a criteria or methods word there ('Cut-off', 'Probe') says nothing of the rows.
_COLUMN_HEADER = re.compile(
    r"^[ \t|]*+(?:[A-Za-z%#][\w/%'().\-]*+[ \t|]++){2,10}?"
    r"(?i:results?|interpretation|calls?|outcome)[ \t|]*+$",
    re.MULTILINE,
)

# A 'Key: value' line: 'Result: Not identified', 'Mutation: Exon 19 deletion'.
_KEY_VALUE_LINE = re.compile(r"[ \t]*[A-Za-z][\w \t/()\-]{0,40}:[ \t]*\S[^\n]*")


def _with_name_line_breaks(
    text: str, breaks: list[tuple[int, str]], mentions: list[Mention]
) -> list[tuple[int, str]]:
    """The breaks, and one before a line that starts with a name after a row of a value.

    The row above is a 'Key: value' line or a name's row that ends in its value. 'Result: Not
    identified' / 'ROS1 Rearrangement': the next test's heading starts a statement of its
    own, whatever its case. A value line that ends in a comma goes on in the line below ('Not
    detected for: ALK, ROS1,' / 'RET, BRAF.'): no break there.
    """
    offsets = {offset for offset, _ in breaks}
    added = []
    for mention in mentions:
        if mention.implied:
            continue
        line_start = start_of_line(text, mention.start)
        if line_start == 0 or line_start - 1 in offsets or text[line_start : mention.start].strip():
            continue
        above = start_of_line(text, line_start - 1)
        if text[above : line_start - 1].rstrip().endswith(","):
            continue  # list_wrapped_after_its_comma: 'not detected for: ALK, RET,' / 'BRAF.'
        if _KEY_VALUE_LINE.fullmatch(text, above, line_start - 1) or _named_value_row(
            text, above, line_start - 1, mentions
        ):
            added.append((line_start - 1, "hard"))
            offsets.add(line_start - 1)
    named = {mention.start for mention in mentions}
    for row in _designator_rows(text):
        if row.start("designator") in named:
            continue  # a marker's name in a designator's shape ('GD2') is read as a name
        if row.end() - 1 not in named:
            continue  # the designator's row must name a marker next
        line_start = row.start()
        line_above = text[start_of_line(text, line_start - 1) : line_start - 1]
        if line_start - 1 not in offsets and not _LEFT_OPEN.search(line_above):
            added.append((line_start - 1, "hard"))
            offsets.add(line_start - 1)
    return sorted(breaks + added) if added else breaks


# designator_led_rows: a table's rows led by the block or specimen they were read on, then a
# marker's name ('A4 HER2 IHC 4B5 Negative 1+' / 'B7 MLH1 ES05 Retained', '2B  PD-L1 (SP263)
# TPS 40%'), two or more designators' rows a few lines apart at most: each such row is a
# statement of its own, as a row led by the name is. (Breaking before every designator's row,
# whatever followed it, lost a held-out result.)
# The row's next word opens with a capital or a digit ('A4 HER2'); prose that wraps after a
# block's name goes on in small letters ('... block' / 'A2 and B1 ...').
_DESIGNATOR_LINE = re.compile(
    r"^[ \t]*(?P<designator>[A-Z]{1,2}[0-9]{1,3}|[0-9]{1,3}[A-Z]{1,2})[ \t]+[A-Z0-9]",
    re.MULTILINE,
)
# A line above that leaves its sentence open ('HER2 was repeated on block' / 'B2 HER2 ...'):
# the designator below goes on with it.
_LEFT_OPEN = re.compile(
    r"(?:[,(/\-]|\b(?i:and|or|for|of|in|with|to|by|on|at|from|the|an?|than|block|blocks))[ \t]*$"
)
_ROWS_NEAR = 3  # lines between two designators' rows of one table, at most


def _designator_rows(text: str) -> list[re.Match[str]]:
    """The lines led by a designator, each with another such line near it.

    Each match runs from its line's start to the first letter of the word after the designator.
    """
    rows = [m for m in _DESIGNATOR_LINE.finditer(text) if m.start() > 0]
    if len(rows) < 2:
        return []
    numbers, counted, lines = [], 0, 0
    for row in rows:
        lines += text.count("\n", counted, row.start())
        counted = row.start()
        numbers.append(lines)
    return [
        row
        for i, row in enumerate(rows)
        if (i > 0 and numbers[i] - numbers[i - 1] <= _ROWS_NEAR)
        or (i + 1 < len(rows) and numbers[i + 1] - numbers[i] <= _ROWS_NEAR)
    ]


# A line that ends in its value: a number, a share, a score or a fraction ('Allred score 7/8').
_ENDS_IN_VALUE = re.compile(r"[^\n]*[\d%+][ \t]*")


def _named_value_row(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the line is a name's row that ends in its value: 'PgR Allred score 0'.

    named_value_row_ends_its_statement: the next line that starts with a name ('HER2 by
    immunohistochemistry was performed ...') is a statement of its own, as after 'Key: value'.
    """
    if not _ENDS_IN_VALUE.fullmatch(text, start, end) or ROW_VARIANT.search(text, start, end):
        return False  # a variant's row ('NRAS Q61K 12.5%') is read by the variant rows
    first = text[start:end].lstrip()
    at = start + len(text[start:end]) - len(first)
    return any(m.start == at and not m.implied for m in mentions)


@Language.factory("markerflow_context")
def make_context_finder(nlp: Language, name: str) -> ContextFinder:
    """The context finder, built from the packaged context rules."""
    return ContextFinder(load_context_rules())
