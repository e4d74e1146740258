"""Numbers a result states: IHC score, percent, ratio, copy number, H-score, Allred, TMB, PD-L1."""

import re
from dataclasses import dataclass, field

from extractors.markers.misreadings import tolerant_words
from extractors.markers.rules import MarkerRules
from extractors.markers.variant_tables import fraction_label
from schemas.markers import Aspect, IHCScore, Status

_FLAGS = re.IGNORECASE
# score_as_a_verb: 'HER2 immunohistochemistry was scored 0', 'scored as 1+'
_SCORE_WORD = re.compile(
    r"(?:scored?|intensity|IHC)\s*(?:of\s*|[:=]\s*|\(\s*|is\s+|as\s+)?([0-3])"
    r"(?:\s*\+|(?!\d|\.\d|,\d{3}))",
    _FLAGS,
)
# score_after_method_and_clone: the score as the value of the method with its clone in
# brackets ('HER2 immunohistochemistry (4B5): 0 (no staining)', 'HER2 IHC (clone A0485): 0').
_SCORE_AFTER_METHOD = re.compile(
    r"\b(?:IHC|immunohistochemistry)[ \t]*+\([^()\n]{1,20}\)[ \t]*+[:=][ \t]*+([0-3])"
    r"(?:[ \t]*+\+|(?![\d.,%+]))",
    _FLAGS,
)
# ticked_bare_score: a score whose box the form ticks is the score, with or without its '+'
# ('[X] 0 no staining', '(x) 1+', '[✓] 2'); the unticked options are blanked before.
_TICKED_SCORE = re.compile(
    r"[(\[{][ \t]*+[xX✓✔][ \t]*+[)\]}][ \t]*+([0-3])(?:[ \t]*+\+|(?![ \t]*+[\d.,%/\-–]))"
)
# zero_after_no_staining: a 0 right after the words 'no staining' is the score they give
# ('HER2 4B5  no staining  0', 'no membrane staining (0)', 'no reactivity: 0').
_NO_STAINING_ZERO = re.compile(
    r"\bno[ \t]++(?:membran(?:e|ous)[ \t]++)?(?:staining|reactivity)[ \t]*+(?:[,(:][ \t]*+)?"
    r"(0)(?![ \t]*+[\d.,%+/\-–])",
    _FLAGS,
)
_SCORE_PLUS = re.compile(r"(?<![\d.\w])([0-3])\s?\+(?!\s*(?:\d+|-\s*\d+|to\s+\d+)\s*%)")
# A bare score after the verdict, ending the line or the bracket: 'HER2: negative, 0',
# 'is negative (0).'; or before the scale it is given on, in its bracket
# (bare_score_before_its_scale: 'negative (0, scale 0-3+)', the scale blanked before).
_VERDICT_SCORE = re.compile(
    r"(?:negative|positive|equivocal)[ \t]*[,(][ \t]*([0-3])(?![\d.%+])"
    r"(?=[ \t]*(?:\)|[.;,]?[ \t]*+(?:\n|$|\))))",
    _FLAGS,
)
# A named score is not an IHC score: 'Allred score 3', 'H-score 2', and PD-L1's scores
# ('Combined Positive Score = 3' is CPS 3, 'TPS score of 2' is TPS 2).
# The Allred name as OCR may read it too (score_word_misread: 'A11red score 0').
_NOT_IHC_SCORE = re.compile(
    rf"(?:{tolerant_words('allred')}(?:['’]s)?|quick|proportion|combined\s+positive"
    r"|\b(?:CPS|TPS|IC|TC)|h-?)\s*$",
    _FLAGS,
)
_SCORE_RANGE = re.compile(r"(?<![\d.])([0-3])\+?\s*(?:-|to)\s*([0-3])\s?\+(?!\s*scale)", _FLAGS)
# score_alternatives: a score given as one of two levels ('zero or 1+', '1+ or 2+') is a
# value as written, not either score; a rule that names levels ('scores of 0 or 1+ are
# negative', '0 or 1+ = negative') explains the scale.
_SCORE_EITHER = re.compile(
    r"(?<![\d.\w])(?<!scores\sof\s)(?<!score\sof\s)(zero|[0-3])\+?[ \t]*+or[ \t]++([0-3])[ \t]?\+"
    r"(?![ \t]*+(?:scale|are\b|is\b|=|indicates?\b|(?:is\s+)?considered\b))",
    _FLAGS,
)
# Shares of cells by staining intensity, each label with or without a mark after it:
# '0 10%; 1+ 30%; ...', '(0: 91%; 1+: 8%; 2+: 1%; 3+: 0%)', '0- 10%; 1+ 10%; ...'.
# distribution_sums_to_a_hundred: a level's '%' that OCR read as '8' ('2+: 08;') is its sign
# where the four shares, so read, make up all cells (the other way they do not).
_LEVEL = r"\s*[:=\-–]?\s*(\d{1,3})\s*(%|(?<=\d)8(?=[ \t]*+[;,)]))\s*"
_DISTRIBUTION = re.compile(rf"0\+?{_LEVEL}[;,]\s*1\+{_LEVEL}[;,]\s*2\+{_LEVEL}[;,]\s*3\+{_LEVEL}")
# A share, with its sign or the word: '40%', '40 percent', '40 per cent'.
# The number after a clone's dash is the clone's ('Ki-67 30-9 - 25%' is 25%, not 9-25%).
_PERCENT = re.compile(
    r"(?<![\d.])(?<!\d[\-–])([<>≤≥]=?\s*)?(\d{1,3}(?:\.\d+)?)\s*"
    r"(?:(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?)\s*)?"
    r"(?:%|per[ \t]?cent\b)",
    re.IGNORECASE,
)
# A share whose '%' OCR read as '8': '608 nuclear staining' is 60%. Three digits ending in 8
# are more than all cells, so before words of stained cells they are a share and its sign.
_PERCENT_READ_AS_8 = re.compile(
    r"(?<![\d.])(\d{2}|100)8\s+(?=(?:nuclear|membran\w*|staining|positive|of\s+(?:the\s+)?"
    r"(?:tumou?r|neoplastic|invasive|carcinoma|cells|nuclei)))",
    _FLAGS,
)
# A score as a key's whole value, after ':', '=' or a spaced dash ('HER2 - 0'): the digit ends
# the line, the cell or the sentence.
_KEY_SCORE = re.compile(
    # after a colon, an equals sign, a dash or a leader of dots ('HER2 (4B5) ....... 0'), or
    # after the key's bracket alone: 'HER2 (IHC) 0'
    r"(?:[ \t]*\([^()\n]{0,20}\)[ \t]*(?:[:=]|[\-–—](?=[ \t])|\.{2,}+)?"
    r"|[ \t]*(?:[:=]|[\-–—](?=[ \t])|\.{2,}+))"
    r"[ \t]*([0-3])"
    r"(?=[ \t]*(?:$|\n|\t| {2,}|\||[.;,](?:\s|$)|\((?!\d)))"
    # or the score alone in brackets after the name, in a list of stains: 'HER2 (0).'
    r"|[ \t]*\([ \t]*([0-3])[ \t]*\)(?=[ \t]*(?:$|\n|[.;,](?:\s|$)))"
    # or a zero alone before the item's end, in a list of stains: 'PR negative, HER2 0.'
    r"|[ \t]+(0)(?=[.;,](?:\s|$))"
)
_BARE_INDEX = re.compile(
    # a dash after a letter joins a clone's name and number ('MIB-1'), no index; a number
    # before a bracket and a capital numbers an item ('Diagnosis:' / '1) Papillary carcinoma')
    r"(?:index|stained|positive\s+cells|:|(?<![\dA-Za-z])-)\s*(?:of\s*|is\s*)?(?:approximately\s*)?(\d{1,3})(?!\d|\.\d|\s*\+|\)\s+(?-i:[A-Z]))",
    _FLAGS,
)
# ratio_word_misread: the word 'ratio' as OCR reads it ('Rati0', 'RATl0'), by the one
# misreading rule (`misreadings.tolerant_words`), not an alias for each misreading.
RATIO_WORD = tolerant_words("ratio")
_RATIO = re.compile(
    rf"(?<!nucleus\s)(?<!nuclear\s){RATIO_WORD}\b(.{{0,120}}?)(\d{{1,2}}\s?\.\d{{1,3}})"
    r"|centromere\s+of\s+chromosome\s+\d{1,2}\s+(?:of|is|was|=)\s+()(\d{1,2}\s?\.\d{1,3})"
    # the tail of 'the ratio of HER2 signals to chromosome 17 centromere signals was 2.05'
    r"|(?:centromere|CEP\s?\d{1,2})\s+signals\s+(?:was|is|were)\s+(?:(?:determined|calculated|"
    r"found)\s+(?:to\s+be|as)\s+)?()(\d{1,2}\.\d{1,3})",
    _FLAGS | re.DOTALL,
)
# An ISH verdict with its ratio in brackets: 'AMPLIFIED (5.0)', 'not amplified (1.2)'.
_AMPLIFIED_NUMBER = re.compile(
    r"amplified\s*\(\s*(?:ratio\s*[:=]?\s*)?(\d{1,2}\.\d{1,3})\s*\)", _FLAGS
)
# The name may split the phrase ('average HER2 copy number 5.4'): its values start after it.
_COPY_NUMBER = re.compile(
    r"(?:(?:average|mean)\s+(?:[\w/\-]+\s+){0,3}|^[ \t]*(?:gene\s+)?)"
    r"(?:copy\s+number|copies|signals?)"
    r"(?:\s+per\s+(?:cell|nucleus))?\s*(?:of|:|=|was|is)?\s*(\d{1,2}(?:\.\d+)?)",
    _FLAGS,
)
# score_word_misread: the words that name a score ('H-SC0RE', 'ALLRED SC0RE', 'A11red') as OCR
# reads them, by the one misreading rule, as the ratio's word is (ratio_word_misread).
_H_SCORE = re.compile(
    # a bracketed note between the score's name and its value: 'H-score (algorithm) 219'
    tolerant_words(
        r"H[\s\-]?SCORE\)?\s*(?:\([^()\n\d]{1,20}\)\s*)?"
        r"(?:OF|:|=|\.[ \t.]*)?\s*(\d{1,3})(?!\d|\.\d)"
    ),
    _FLAGS,
)
# An Allred score, also as its sum written out: 'Allred: PS 5 + IS 3 = 8'; the same 0-8 sum
# as a quick score ('Quick score 7/8'), or as points ('ER, PR - 8 points', '6 of 8 points').
_ALLRED = re.compile(
    tolerant_words(
        r"(?:Allred(?:['’]s)?(?:\s+score)?|quick[\s\-]?score)\)?\s*+(?:of|:|=|is|\.[ \t.]*)?\s*+"
        r"(?:[^\n=;]{0,40}?[0-5]\s*\+\s*(?:[a-z]{2,9}[ \t]+)*[0-3]\s*=\s*)?(\d)(?!\d|\.\d|\s*\+)"
        r"|(?<![\d.,/])([0-8])\s*(?:(?:/|of|out\s+of)\s*8\s*)?points?\b"
    ),
    _FLAGS,
)
# A receptor's score out of 8 right after its name is its Allred sum: 'ER 8/8, PR 3/8'.
_OUT_OF_EIGHT = re.compile(r"[ \t:=\-–]*()([0-8])[ \t]*/[ \t]*8(?![\d/.,]\d)")
_TMB = re.compile(
    # a bound ('>= 10', '≥ 10') is a cut-off; a plain '= 6.3' states the value
    # decimal_comma_in_a_burden: '6,2 Mutationen/Mb' is 6.2 (a thousands comma has 3 digits)
    r"(?<![<>≤≥\d.,])(?<![<>]=)(?<![<>≤≥]\s)(?<![<>]=\s)(\d+(?:\.\d+|,\d{1,2}(?!\d))?)\s*"
    r"(?:(?:somatic\s+|coding\s+|non-?synonymous\s+)?(?:mut\w*|variants?|m(?=\s*/))\s*)?"
    r"(?:/|per)\s*(?:Mb|megabase)",
    _FLAGS,
)
# stained_immune_cells_named: the immune cells' share may name them stained, its short name
# marked '+' ('Immune cells staining (IC+) 10%', 'stained immune cells (IC) 4%').
_PDL1_SCORE = re.compile(
    r"\b(TPS|CPS|IC|TC|tumou?r\s+proportion\s+score|combined\s+positive\s+score"
    r"|immune\s+cells?(?:[ \t]++(?:staining|stained))?"
    r"|tumou?r\s+cells?(?=\s+score))"
    r"(?:\s+score)?(?:(?<=\((?:TPS|CPS))\)|(?<=\((?:IC|TC))\+?\))?"  # a column's '(CPS)  12'
    # a dot leader stands for the colon: 'COMBINED POSITIVE SCORE ...... 30' (score_after_leader)
    r"(?:\s*\((?:TPS|CPS|IC|TC)\+?\))?\s*(?:of|:|=|\||was|is|\.{2,})?\s*([<>≥≤]=?\s*)?"
    # score_band_range: a band of the score is its value whole ('CPS 1-19', 'CPS of 1 to 19')
    r"(\d{1,3}(?:\.\d+)?(?:[ \t]*+(?:-|–|to)[ \t]*+\d{1,3}(?:\.\d+)?(?![\d.]))?)\s*(%)?",
    _FLAGS,
)
_BAND_JOIN = re.compile(r"[ \t]*+(?:-|–|to)[ \t]*+", _FLAGS)
# receptor_amount_in_fmol: a ligand-binding assay states the receptor's amount in fmol
# ('an estimated FMOL value of 0', 'ER 35 fmol/mg protein'): its value is 'N fmol'.
_FMOL = re.compile(
    r"(?<![\d.])(\d{1,4}(?:\.\d+)?)[ \t]*+fmol\b"
    r"|\bfmol[ \t]++value[ \t]*+(?:of|:|=|was|is)?[ \t]*+(\d{1,4}(?:\.\d+)?)(?![\d.]*[ \t]*+%)",
    _FLAGS,
)
_BAND_AFTER = re.compile(r"\s*[(\[][^()\[\]\n]{0,40}%")
_CLONE = re.compile(r"\b(22C3|SP263|SP142|28-8|73-10|E1L3N)\b", _FLAGS)
# immune_cell_area_share: the share of the tumour's area that stained immune cells cover is
# the IC score ('immune cells occupy 2% of the tumour area', 'IC covering 10% of tumor area').
_IC_AREA = re.compile(
    r"\b(?:immune\s+cells?|IC)\b[^.;\n%]{0,40}?(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%\s*of\s+"
    r"(?:the\s+)?(?:tumou?r(?:\s+|-)(?:area|surface)|(?:area|surface)\s+of\s+(?:the\s+)?tumou?r)",
    _FLAGS,
)
_AREA_BOUND = re.compile(r"(?:[<>≤≥]=?|\bthan|\bleast|\bunder|\bover|\bbelow|\babove)\s*$", _FLAGS)
# ic_band_pair: the SP142 assay's joined band, 'IC2/3', is one level as written.
_BAND_PAIR = re.compile(r"/([0-3])(?![\d%]|\.\d)")
_INTENSITY = re.compile(
    r"\b(weak|moderate|strong|intense)(?:\s+to\s+(weak|moderate|strong))?\b", _FLAGS
)
_ALLELE_FRACTION = re.compile(
    r"\b(VAF|NAF|MAF|allel(?:e|ic)\s+(?:frequency|fraction))"
    # the number on the next line only with its percent sign: '61% VAF' / '2. PTEN ...'
    r"(?:[ \t]*(?:of|:|=)?[ \t]*|\s*(?:of|:|=)?\s*(?=\d+(?:\.\d+)?\s*%))(\d+(?:\.\d+)?\s*%?)",
    _FLAGS,
)
_FRACTION_BEFORE_LABEL = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?)[ \t]*%[ \t]*(VAF|NAF|MAF)\b", _FLAGS
)
# A microsatellite class as a sequencing report words it: 'MSI-High', 'MSI-H', 'MSS'.
_MSI_CLASS = re.compile(r"\bMSI[\s\-]?(H|L)(?:igh|ow)?\b|\b(MSS)\b", _FLAGS)
_BOUND_BELOW = re.compile(r"\b(?:less|fewer)\s+than\s*$|\b(?:under|below)\s*$", _FLAGS)
_BOUND_ABOVE = re.compile(r"\b(?:more|greater)\s+than\s*$|\b(?:over|above)\s*$", _FLAGS)
# A bound written after its share: '10% or fewer cells', '50% or more'.
_BOUND_AFTER = re.compile(
    r"\s*(?:or\s+(?:(less|fewer|lower|below)|more|greater|higher|above)|and\s+(?:(below)|above))\b",
    _FLAGS,
)
# A bound before a number ('>= 2.0', 'more than 2.0', 'a ratio below 2.0') is a cut-off.
# equals_states_the_value: a lone '=' states it ('ratio = 2.1', 'HER2/CEP17 = 3.4'); '</=' and
# '=<' are bounds.
_COMPARATOR_BEFORE = re.compile(
    r"(?:[<>≤≥]/?=?|=[<>])\s*+$|(?:than|least|over|under|below|above|exceeding|exceeds)\s*$", _FLAGS
)
# A bound ('2.0 or greater') or one end of a range ('1.8 to <2.2') is a cut-off, not a result.
_COMPARATOR_AFTER = re.compile(
    r"\s*(?:or|and)\s+(?:greater|more|higher|less|lower|above|below)"
    r"|\.?\s*(?:to|-|–)\s*[<>≤≥]?\s*\d",
    _FLAGS,
)
# A cut-off stated beside a value: '(cut-off 10)', 'threshold for TMB-high: >= 10'.
_CUTOFF = re.compile(
    r"(?:cut[\s\-]?off|threshold)[^\d\n;.]{0,30}?([<>≥≤]=?)?\s*(\d+(?:\.\d+)?)", _FLAGS
)
# A range of shares as read_values writes it: '10-75%'.
_SHARE_RANGE = re.compile(r"(\d{1,3}(?:\.\d+)?)-(\d{1,3}(?:\.\d+)?)%")
_SCORE_TYPES = {
    "tps": "TPS",
    "cps": "CPS",
    "ic": "IC",
    "tc": "TC",
    "tumor proportion score": "TPS",
    "tumour proportion score": "TPS",
}


@dataclass
class StatedValues:
    """The values found in one result's words."""

    ihc_score: IHCScore | None = None
    percent: float | None = None
    ratio: float | None = None
    copy_number: float | None = None
    h_score: int | None = None
    allred_score: int | None = None
    intensity: str | None = None
    score_type: str | None = None
    clone: str | None = None
    values: list[str] = field(default_factory=list)

    @property
    def value(self) -> str | None:
        """The one stated value LABELS.md's `value` holds, by priority."""
        return self.values[0] if self.values else None


def read_values(text: str) -> StatedValues:
    """Every value the words of one result state."""
    found = StatedValues()
    _read_scores(text, found)
    _read_percent(text, found)
    _read_ratio(text, found)
    _read_named_scores(text, found)
    _read_other_values(text, found)
    return found


# scale_of_the_score: the scale a score is given on, not a result: in brackets after the
# score's name ('HER2 (0-3+): 2+', 'intensity (0 to 3+)'), or named a scale ('on a scale of
# 0-3+', 'scale 0-3+', 'a 0-3+ scale', '(0, 1+, 2+, 3+)'). The score on it: 'was 0 on a scale of
# 0-3+'.
_SCALE = re.compile(
    r"\(\s*(?:scale\s*:?\s*)?0\s*(?:-|–|to)\s*3\s*\+?\s*\)"
    r"|\bscale\s*(?:of\s*|:\s*)?0\s*(?:-|–|to)\s*3\b\s*\+?"
    r"|\b0\s*(?:-|–|to)\s*3\s*\+?\s*scale\b"
    # every step of the scale named in turn: '(0, 1+, 2+, 3+)', '0, 1+, 2+ or 3+'
    r"|(?<![\w+])0\s*,\s*1\s*\+\s*,\s*2\s*\+\s*(?:,\s*)?(?:(?:and|or)\s+)?3\s*\+",
    _FLAGS,
)
_ON_A_SCALE = re.compile(
    r"(?<![\d.])([0-3])\s*\+?\s+on\s+(?:a|the)\s+(?:0\s*(?:-|–|to)\s*3\s*\+?\s+)?scale\b", _FLAGS
)


def _read_scores(text: str, found: StatedValues) -> None:
    on_scale = _ON_A_SCALE.search(text)
    text = _SCALE.sub(lambda m: " " * len(m.group(0)), text)
    if on_scale:
        score = on_scale.group(1)
        found.ihc_score = IHCScore(score if score == "0" else f"{score}+")
        return
    either = _SCORE_EITHER.search(text)
    if either:
        first = "0" if either.group(1).lower() == "zero" else either.group(1)
        found.values.append(f"{first} or {either.group(2)}+")
        return
    ranged = _SCORE_RANGE.search(text)
    if ranged:
        found.values.append(f"{ranged.group(1)} - {ranged.group(2)}+")
        return
    if _distribution(text) is not None:
        return
    candidates = [
        *_SCORE_WORD.finditer(text),
        *_SCORE_PLUS.finditer(text),
        *_VERDICT_SCORE.finditer(text),
        *_SCORE_AFTER_METHOD.finditer(text),
        *_TICKED_SCORE.finditer(text),
        *_NO_STAINING_ZERO.finditer(text),
    ]
    candidates = [m for m in candidates if not _NOT_IHC_SCORE.search(text[: m.start()])]
    match = min(candidates, key=lambda m: m.start(), default=None)
    if match:
        score = match.group(1)
        found.ihc_score = IHCScore(score if score == "0" else f"{score}+")


def _distribution(text: str) -> tuple[int, int, int, int] | None:
    """The shares of cells at levels 0 to 3+ ('0: 91%; 1+: 8%; 2+: 1%; 3+: 0%'), if stated.

    A share whose '%' OCR read as '8' counts only where the four shares, so read, make up all
    cells ('0: 100%; 1+: 0%; 2+: 08; 3+: 0%').
    """
    match = _DISTRIBUTION.search(text)
    if match is None:
        return None
    groups = match.groups()
    none, weak, moderate, strong = (int(digits) for digits in groups[0::2])
    if "8" in groups[1::2] and abs(none + weak + moderate + strong - 100) > 1:
        return None
    return none, weak, moderate, strong


def _read_percent(text: str, found: StatedValues) -> None:
    distribution = _distribution(text)
    if distribution:
        none, weak, moderate, strong = distribution
        found.h_score = min(weak + 2 * moderate + 3 * strong, 300)
        found.percent = float(min(100 - none, 100))
        return
    match = _PERCENT.search(text)
    if not match:
        misread = _PERCENT_READ_AS_8.search(text)
        found.percent = float(misread.group(1)) if misread else None
        return
    comparator, first, last = match.groups()
    if not comparator and not last and _BOUND_BELOW.search(text[: match.start()]):
        found.values.append(f"<{first}%")  # 'less than 1%' is a bound, as '<1%' is
        return
    if not comparator and not last and _BOUND_ABOVE.search(text[: match.start()]):
        found.values.append(f">{first}%")  # 'in over 75% of nuclei' is a bound, as '>75%' is
        return
    after = _BOUND_AFTER.match(text, match.end()) if not comparator and not last else None
    if after:
        found.values.append(f"{'<' if after.group(1) or after.group(2) else '>'}={first}%")
        return
    if comparator or last:
        found.values.append(match.group(0).replace(" ", "") if comparator else f"{first}-{last}%")
        return
    if float(first) <= 100:
        found.percent = float(first)


def _read_ratio(text: str, found: StatedValues) -> None:
    for match in _RATIO.finditer(text):
        group = next(g for g in (2, 4, 6) if match.group(g))
        if _COMPARATOR_BEFORE.search(text[: match.start(group)]):
            continue
        if _COMPARATOR_AFTER.match(text, match.end(group)):
            continue
        found.ratio = float(match.group(group).replace(" ", ""))
        break
    if found.ratio is None:
        verdict = _AMPLIFIED_NUMBER.search(text)
        found.ratio = float(verdict.group(1)) if verdict else None
    copies = _COPY_NUMBER.search(text)
    if copies:
        found.copy_number = float(copies.group(1))


# A share read as a bound or a range: '<1%', '>=50%', '1-10%'.
_SHARE_BOUND = re.compile(r"(?:[<>≤≥]=?\d[\d.]*|\d[\d.]*-\d[\d.]*)%")


def _read_named_scores(text: str, found: StatedValues) -> None:
    h_score = _H_SCORE.search(text)
    if h_score and int(h_score.group(1)) <= 300:
        found.h_score = int(h_score.group(1))
    if found.h_score is not None:
        found.values.insert(0, f"H-score {found.h_score}")
    allred = _ALLRED.search(text) or _OUT_OF_EIGHT.match(text)
    if allred and int(allred.group(1) or allred.group(2)) <= 8:
        found.allred_score = int(allred.group(1) or allred.group(2))
        # bound_share_beside_allred: a share given as a bound or a range ('<1%; Allred 0/8')
        # is the value LABELS.md asks for; the Allred sum stays in its own field
        bound = bool(found.values) and _SHARE_BOUND.fullmatch(found.values[0]) is not None
        found.values.insert(1 if bound else 0, f"Allred {found.allred_score}")
    intensity = _INTENSITY.search(text)
    if intensity:
        found.intensity = " to ".join(g.lower() for g in intensity.groups() if g)


def _read_other_values(text: str, found: StatedValues) -> None:
    tmb = _TMB.search(text)
    if tmb:
        found.values.append(f"{tmb.group(1).replace(',', '.')} mut/Mb")
    pdl1 = _stated_pdl1_score(text)
    at = 0
    if pdl1:
        kind = _SCORE_TYPES.get(re.sub(r"\s+", " ", pdl1.group(1).lower()), pdl1.group(1).upper())
        kind = "IC" if kind.startswith("IMMUNE") else kind
        kind = "CPS" if kind.startswith("COMBINED") else kind
        if kind.startswith("TUMO") or (kind == "TC" and pdl1.group(4)):
            # a share of tumour cells ('Tumour cell score: 30%', 'TC score 30%') is the TPS; a
            # level without its percent sign ('TC 2') is the assay's band
            kind = "TPS"
        found.score_type = kind
        band = _BAND_JOIN.sub("-", pdl1.group(3))
        number = f"{_score_bound(text, pdl1) or ''}{band}{pdl1.group(4) or ''}"
        pair = _BAND_PAIR.match(text, pdl1.end()) if kind == "IC" and not pdl1.group(4) else None
        if pair and not pdl1.group(2):
            joined = not text[pdl1.start(3) - 1].isspace()
            kind, number = f"IC{'' if joined else ' '}{pdl1.group(3)}/{pair.group(1)}", ""
        # A score level with its band in brackets, 'IC 1 (>=1% and <5%)', states the level;
        # the band's bounds only explain it.
        banded = pdl1.group(4) is None and _BAND_AFTER.match(text, (pair or pdl1).end())
        at = 0 if banded else len(found.values)
        found.values.insert(at, f"{kind} {number}".strip())
    area = _IC_AREA.search(text)
    if area and not _AREA_BOUND.search(text, 0, area.start(1)):  # a band's bound is no share
        # the first stated of the share and a band ('IC2/3 - immune cells cover 6% ...')
        after = pdl1 is not None and kind.startswith("IC") and pdl1.start() < area.start()
        found.values.insert(at + 1 if after else 0, f"IC {area.group(1)}%")
    amount = _FMOL.search(text)
    if amount:
        found.values.append(f"{amount.group(1) or amount.group(2)} fmol")
    clone = _CLONE.search(text)
    if clone:
        found.clone = clone.group(1).upper()
    fraction = _ALLELE_FRACTION.search(text)
    if fraction:
        label = fraction_label(fraction.group(1))  # 'allele frequency' is a VAF
        found.values.append(f"{label} {fraction.group(2).replace(' ', '')}")
    elif after := _FRACTION_BEFORE_LABEL.search(text):  # '61% VAF'
        found.values.append(f"{after.group(2).upper()} {after.group(1)}%")
    msi = msi_class(text)
    if msi:
        found.values.append(msi)


def _stated_pdl1_score(text: str) -> re.Match[str] | None:
    """The statement's PD-L1 score: a measured number before a bound of the same kind.

    'PD-L1 positive (CPS >= 1); CPS 12' and 'Expression (TPS >= 50%): TPS 70%' state 12 and
    70%, the bounds only defining the verdict; a bound alone ('CPS < 1') is the result.
    """
    scores = list(_PDL1_SCORE.finditer(text))
    if not scores:
        return None
    first = scores[0]
    if _score_bound(text, first):
        kind = first.group(1).lower()
        for later in scores[1:]:
            if not _score_bound(text, later) and later.group(1).lower() == kind:
                return later
    return first


# score_bound_in_words: a score with its bound written after it ('CPS 1 or more', 'TPS 50% or
# higher', 'CPS 10 and above', 'TPS 1% or less') is a bound, as 'CPS >= 1' is.
_SCORE_BOUND_AFTER = re.compile(
    r"[ \t]*+(?:or|and)\s++(?:(less|lower|below|fewer)|more|greater|higher|above|over)\b",
    _FLAGS,
)


def _score_bound(text: str, score: re.Match[str]) -> str | None:
    """A PD-L1 score's comparator: written before its number, or in words after it."""
    if score.group(2):
        return score.group(2).replace(" ", "")
    if "-" in score.group(3) or "to" in score.group(3).lower():
        return None  # a band ('CPS 1-19') states its own ends
    after = _SCORE_BOUND_AFTER.match(text, score.end())
    if after is None:
        return None
    return "<=" if after.group(1) else ">="


def msi_class(text: str) -> str | None:
    """'MSI-H', 'MSI-L' or 'MSS', as the words name the class ('MSI-High'), if they do."""
    msi = _MSI_CLASS.search(text)
    if msi is None:
        return None
    return "MSS" if msi.group(2) else f"MSI-{msi.group(1).upper()}"


def key_score(window: str) -> IHCScore | None:
    """A score 0 to 3 as the whole value of the name's key: 'HER2: 0', 'c-erbB2(HER2): 1'.

    Only for a marker scored 0 to 3+ (HER2): the digit must end its line or table cell.
    """
    match = _KEY_SCORE.match(window)
    if match is None:
        return None
    score = match.group(1) or match.group(2) or match.group(3)
    return IHCScore(score if score == "0" else f"{score}+")


# A zero as the whole value of the name's key, with no unit: 'PR 0.', 'AR: 0', 'ER (SP1) 0'.
_KEY_ZERO = re.compile(
    r"(?:[ \t]*+\([^()\n]{0,20}+\))?"
    # the key's scale or its word for a result: 'ER status', 'PgR Allred score', 'AR (%)', or
    # what it counts: 'PR positivity', 'ER-positive tumour cells', 'AR stained nuclei'
    r"(?:[ \t\-]*+(?i:status|score|quick[ \-]?score|allred(?:[ \t]++score)?|percent(?:age)?"
    r"|positivity|(?:immuno)?reactivity|(?:positive|stained|reactive)[ \t]++"
    r"(?:(?:tumou?r|carcinoma|invasive)[ \t]++)?(?:cells|nuclei))"
    r"(?:[ \t]*+\([^()\n]{0,20}+\))?)?"
    # a colon, an equals sign or a leader of dots or rules
    r"[ \t]*+(?:[:=][ \t]*+|\.{2,}+[ \t]*+|_{2,}+[ \t]*+)?0"
    # then the value's end: the line's, a column's, a stop's, or a slash before the next key
    r"(?=[ \t]*+(?:$|\n|\t| {2}|\||[.;,](?:\s|$)|(?<=[ \t])/(?:\s|$)))"
)


def key_zero(window: str) -> float | None:
    """A share of 0 where a bare zero is the whole of a receptor's value.

    bare_zero_is_no_staining: 'PR 0.', 'AR: 0', 'ER (SP1) 0': whatever the scale the number is
    on (a percent, an Allred sum, an H-score), zero is no stained cell, so 0% and negative; a
    bare number above zero names no scale and is left unread. The key may name its scale, its
    result or what it counts, and lead to the zero with dots ('ER status ..... 0', 'PgR Allred
    score: 0', 'PR positivity: 0', 'ER-positive tumour cells: 0').
    """
    return 0.0 if _KEY_ZERO.match(window) else None


def bare_index(text: str) -> float | None:
    """A proliferation index written without a percent sign ('labeling index: 30')."""
    match = _BARE_INDEX.search(text)
    return float(match.group(1)) if match and int(match.group(1)) <= 100 else None


# HER2's scale (ASCO/CAP): 0 and 1+ negative, 2+ equivocal, 3+ positive.
_SCORED_STATUS = {
    IHCScore.ZERO: Status.NEGATIVE,
    IHCScore.ONE: Status.NEGATIVE,
    IHCScore.TWO: Status.EQUIVOCAL,
    IHCScore.THREE: Status.POSITIVE,
}


def status_from_values(
    rule: MarkerRules, aspect: Aspect, status: Status | None, values: StatedValues, window: str
) -> Status | None:
    """The status the stated values decide, where the marker's rules let them decide it."""
    if rule.always_reported:
        if values.percent is None and values.value is None:
            values.percent = bare_index(window)
        has_number = values.percent is not None or values.value is not None
        return Status.REPORTED if has_number else None
    if aspect is Aspect.EXPRESSION and values.ihc_score is None and rule.ihc_score_sets_status:
        values.ihc_score = key_score(window)
    if aspect is Aspect.EXPRESSION and values.ihc_score is not None:
        if rule.ihc_score_sets_status:
            return _SCORED_STATUS[values.ihc_score]
        if status is None:
            # Other markers scored 0 to 3+ (EGFR, p53): any staining is expression.
            return Status.NEGATIVE if values.ihc_score is IHCScore.ZERO else Status.POSITIVE
    if aspect is Aspect.EXPRESSION and status is None and rule.ihc_score_sets_status:
        agreed = _levels_status(values.value)
        if agreed is not None:
            return agreed
    if status is None and rule.percent_sets_status:
        if values.percent is None and values.value is None and values.allred_score is None:
            values.percent = key_zero(window)
        return (
            _status_from_percent(values)
            or _status_from_allred(values)
            or _status_from_h_score(values)
        )
    if status is None and rule.value_alone_reports and values.value is not None:
        return _status_from_cutoff(values, window) or Status.REPORTED
    return status


_LEVELS = re.compile(r"([0-3]) (?:-|or) ([0-3])\+")


def _levels_status(value: str | None) -> Status | None:
    """score_alternatives: two levels that read alike decide it ('0 or 1+' is negative)."""
    levels = _LEVELS.fullmatch(value or "")
    if levels is None:
        return None
    first, last = (IHCScore(g if g == "0" else f"{g}+") for g in levels.groups())
    same = _SCORED_STATUS[first] == _SCORED_STATUS[last]
    return _SCORED_STATUS[first] if same else None


def _status_from_cutoff(values: StatedValues, window: str) -> Status | None:
    """A TMB value read by the cut-off stated beside it: 'TMB 4 mut/Mb (cut-off 10)'.

    LABELS.md: high is positive and low negative where a cut-off is stated; with none the
    value is only reported.
    """
    stated = re.match(r"\d+(?:\.\d+)?(?= mut/Mb$)", values.value or "")
    line = _CUTOFF.search(window)
    if stated is None or line is None:
        return None
    value, cutoff = float(stated.group(0)), float(line.group(2))
    over = value > cutoff if line.group(1) == ">" else value >= cutoff
    return Status.POSITIVE if over else Status.NEGATIVE


def _status_from_allred(values: StatedValues) -> Status | None:
    """An Allred score without a share or a verdict: 0 to 2 is negative, 3 to 8 positive.

    The Allred system sums a proportion score (0-5) and an intensity score (0-3); a sum of
    3 or more means at least some tumour nuclei stained.
    """
    if values.allred_score is None:
        return None
    return Status.POSITIVE if values.allred_score >= 3 else Status.NEGATIVE


# The highest positivity cut-off in use for an H-score (others are 1 and 10): a score at or
# over it is positive under any of them.
_H_SCORE_ABOVE_EVERY_CUTOFF = 50


def _status_from_h_score(values: StatedValues) -> Status | None:
    """An H-score without a share or a verdict: 0 is negative, 50 or more positive.

    0 is no cell stained at all; between 1 and 49 the laboratory's own cut-off decides, which
    it has not stated. The H-score sums each intensity (1-3) times its share of cells, 0 to 300.
    """
    if values.h_score is None:
        return None
    if values.h_score == 0:
        return Status.NEGATIVE
    return Status.POSITIVE if values.h_score >= _H_SCORE_ABOVE_EVERY_CUTOFF else None


def _status_from_percent(values: StatedValues) -> Status | None:
    """Any stained cells make a receptor positive (>= 1%); a CPS of 1 or more makes PD-L1 so.

    A share given as a bound or a range decides as well where it lies wholly on one side of
    the line: '<1%' under it, '>75%' and '10-75%' over it; '0-5%' straddles it and decides
    nothing.
    """
    number = values.percent
    if number is None and values.value:
        return _status_from_stated_share(values)
    if number is None:
        return None
    return Status.NEGATIVE if number < 1 else Status.POSITIVE


def _status_from_stated_share(values: StatedValues) -> Status | None:
    value = values.value or ""
    scored = values.score_type in _SCORE_TYPES.values()
    bound = re.search(r"([<>≤≥])=?\s*(\d+(?:\.\d+)?)", value)
    if bound and (scored or value.endswith("%")):
        below = bound.group(1) in "<≤" and float(bound.group(2)) <= 1
        above = bound.group(1) in ">≥" and float(bound.group(2)) >= 1
        return Status.NEGATIVE if below else Status.POSITIVE if above else None
    span = _SHARE_RANGE.fullmatch(value)
    if span:
        return Status.POSITIVE if float(span.group(1)) >= 1 else None
    digits = re.search(r"\d+(?:\.\d+)?", value)
    if scored and digits:
        return Status.NEGATIVE if float(digits.group(0)) < 1 else Status.POSITIVE
    return None
