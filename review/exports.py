"""Case exports the review app and the sign-off flow write: the case JSON and its FHIR bundle."""

import json

from schemas.case import Case
from schemas.fhir import case_to_bundle


def case_json(case: Case) -> str:
    """The case, decisions included, as the Case model writes it."""
    return case.model_dump_json(indent=2)


def fhir_json(case: Case) -> str:
    """The case's FHIR R4 bundle as JSON text."""
    return json.dumps(case_to_bundle(case), indent=2, default=str)
