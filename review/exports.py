"""Case exports the review app offers: the case JSON and, once schemas provides it, FHIR."""

import importlib
import json
from collections.abc import Callable
from typing import Any

from schemas.case import Case

FhirBundleMaker = Callable[[Case], Any]


def fhir_bundle_maker() -> FhirBundleMaker | None:
    """schemas.fhir.case_to_bundle when the case work provides it, else None."""
    try:
        module = importlib.import_module("schemas.fhir")
    except ImportError:
        return None
    maker: FhirBundleMaker | None = getattr(module, "case_to_bundle", None)
    return maker


def case_json(case: Case) -> str:
    """The case, decisions included, as the Case model writes it."""
    return case.model_dump_json(indent=2)


def fhir_json(maker: FhirBundleMaker, case: Case) -> str:
    """The case's FHIR bundle as JSON text."""
    bundle = maker(case)
    if hasattr(bundle, "model_dump_json"):
        return str(bundle.model_dump_json(indent=2))
    if hasattr(bundle, "json"):
        return str(bundle.json(indent=2))
    return json.dumps(bundle, indent=2, default=str)
