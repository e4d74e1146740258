"""The spaCy pipeline, built once from a blank English model and reused for every page."""

from functools import cache

import spacy
from spacy.language import Language

from extractors.markers import context, mentions  # noqa: F401  (registers the factories)
from extractors.markers.tokenizer import WhitespaceTokenizer


@cache
def marker_pipeline() -> Language:
    """A blank English pipeline with the mention and context components."""
    nlp = spacy.blank("en")
    nlp.tokenizer = WhitespaceTokenizer(nlp.vocab)
    nlp.add_pipe("markerflow_mentions")
    nlp.add_pipe("markerflow_context")
    return nlp
