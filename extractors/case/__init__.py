"""Cases: what each document contributes, and how a case's documents merge and summarise."""

from extractors.case.analysis import analyse_document
from extractors.case.assemble import assemble_case
from extractors.case.facts import extract_case_facts

__all__ = ["analyse_document", "assemble_case", "extract_case_facts"]
