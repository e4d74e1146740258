"""Marker rules as data: one JSON file per marker, checked by a strict model when loaded."""

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from extractors.markers.misreadings import tolerant_expression
from schemas.markers import Aspect, Marker, Status

# A name ends where a word ends, or else where OCR glued the next word to it: a capital or
# digit followed by a word in lower case ('HER2neg', 'PROGESTERONEPositive'); a name in lower
# case running on in lower case ('estrogenic') is another word.
_GLUED = r"(?-i:(?<=[A-Z0-9])(?=[A-Z]?[a-z]{2}))"


class StatusWord(BaseModel):
    """Words that state this marker's status on their own (MSI-high, MMR proficient)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    status: Status
    aspect: Aspect | None = Field(
        default=None,
        description="The aspect the words name on their own ('p53: mutant-type pattern' is a "
        "stain's pattern, not a sequence variant); None lets the words around decide.",
    )


class NameRule(BaseModel):
    """One way of naming a marker: an expression, what it names, and texts it must find."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, description="What the expression names, in a few words.")
    pattern: str = Field(min_length=1, description="The regular expression.")
    examples: list[str] = Field(
        min_length=2,
        description="Short texts of different wording, in each of which the mention finder "
        "must find this marker and no other (run as tests).",
    )


class MarkerRules(BaseModel):
    """How one marker is named in reports and how its results are read."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    marker: Marker
    aliases: list[NameRule] = Field(
        min_length=1,
        description="The marker's names, case-insensitive and tolerant of OCR misreadings.",
    )
    exact_case_aliases: list[NameRule] = Field(
        default_factory=list,
        description="Names that only count in the case written (ER, PR, AR), matched as written.",
    )
    gene_symbols: list[NameRule] = Field(
        default_factory=list,
        description="The gene's symbol where it is also a common word (AR, MET, RET), matched "
        "as written and a name only where a gene stands: before its protein change, beside "
        "another gene's name in a list, or first on a row that states a test or result.",
    )
    aspects: list[Aspect] = Field(min_length=1, description="Aspects this marker is tested for.")
    default_aspect: Aspect = Field(description="Aspect when the words around name none.")
    gene_symbol: str | None = Field(
        default=None,
        description="The gene's symbol where the marker's usual name is its protein's (TP53 for "
        "p53, ERBB2 for HER2): a result of the name so written, with no words of a test around "
        "it, is the gene's mutation, not the default aspect.",
    )
    implied_by: list[NameRule] = Field(
        default_factory=list,
        description="Alterations that name this marker on their own (L858R), matched as written.",
    )
    ihc_score_sets_status: bool = Field(
        default=False, description="IHC 0/1+ negative, 2+ equivocal, 3+ positive (HER2)."
    )
    percent_sets_status: bool = Field(
        default=False, description="A bare percent decides: under 1% negative (ER, PR, AR, PD-L1)."
    )
    always_reported: bool = Field(
        default=False, description="Results are 'reported' with a percent (Ki-67)."
    )
    value_alone_reports: bool = Field(
        default=False,
        description="A stated value with no verdict is a 'reported' result (TMB 4 mut/Mb).",
    )
    status_words: list[StatusWord] = Field(
        default_factory=list, description="Marker-specific status words, checked first."
    )
    mismatch_repair_protein: bool = Field(
        default=False, description="One of MLH1, MSH2, MSH6, PMS2: counts toward MMR."
    )
    expression_states_signature: bool = Field(
        default=False,
        description="The marker names a panel of stained proteins (MMR): a verdict on their "
        "expression states the signature, lost expression positive and kept expression "
        "negative ('no loss of expression of mismatch repair proteins' is proficient).",
    )

    def name_pattern(self) -> re.Pattern[str]:
        """One expression that finds any of the marker's names, as OCR may misread them."""
        folded = "|".join(f"(?:{tolerant_expression(alias.pattern)})" for alias in self.aliases)
        exact = "|".join(f"(?-i:{alias.pattern})" for alias in self.exact_case_aliases)
        body = "|".join(part for part in (folded, exact) if part)
        # No lookbehind at the start, so that the engine can skip ahead by first letter;
        # the finder checks the character before each match instead.
        # The tolerant expressions try longer branches first, so a name that ends at a word's
        # end wins over a shorter one glued to the rest ('MSI-High', not 'MSI-H' and 'igh').
        return re.compile(rf"(?:{body})(?:(?![A-Za-z])|{_GLUED})", re.IGNORECASE)

    def symbol_pattern(self) -> re.Pattern[str] | None:
        """One expression that finds the gene's word-like symbols as whole words; None if none."""
        if not self.gene_symbols:
            return None
        body = "|".join(f"(?:{rule.pattern})" for rule in self.gene_symbols)
        return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])")

    def implied_pattern(self) -> re.Pattern[str] | None:
        """One expression that finds the alterations naming this marker; None without any."""
        if not self.implied_by:
            return None
        return re.compile("|".join(f"(?:{rule.pattern})" for rule in self.implied_by))


@cache
def load_rules() -> tuple[MarkerRules, ...]:
    """Every marker's rules from the package's rules folder, validated."""
    folder = resources.files("extractors.markers") / "rules"
    found = [
        MarkerRules.model_validate_json(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda item: item.name)
        if entry.name.endswith(".json")
    ]
    return tuple(found)


def rules_by_marker() -> dict[Marker, MarkerRules]:
    """The rules keyed by canonical marker."""
    return {rules.marker: rules for rules in load_rules()}
