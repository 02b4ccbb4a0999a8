"""From a parsed Doc to an ``Extraction``: mentions, time expressions and propositions.

spaCy objects stop here: everything returned is offsets into ``Document.text``.

Modules, one job each: ``mentions`` (entity mentions and descriptions),
``clauses`` (verb clauses), ``nominal`` (verbless relations), ``attribution``
(reported speech), ``spans`` (argument spans), ``confidence`` (evidence-based
scores), ``propositions`` (the public entry point), ``pieces`` (one extraction
over a long article parsed in pieces), ``tabbed`` (CaRB output for ``kg openie``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.labels import TIME_LABELS
from kg.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

def extract(document: Document, doc: Doc) -> Extraction:
    """Everything kg reads from one parsed document."""
    from kg.extract.cues import sport_context
    from kg.extract.entities import Entities
    from kg.extract.mentions import find_descriptions, find_mentions
    from kg.extract.namelike import count_rejections
    from kg.extract.propositions import propositions
    from kg.extract.words import Words

    words = Words(doc)  # spaCy rebuilds every token attribute, and the sentences on every `.sents`
    entities = Entities(doc, words.text)  # and the entities on every `.ents`
    try:
        rejected: list[str] = []
        sport = sport_context(words)
        mentions = sorted(
            [*find_mentions(doc, entities, words, rejected=rejected, sport=sport), *find_descriptions(doc, entities, words)],
            key=lambda mention: (mention.start, mention.end),
        )
        return Extraction(
            document=document,
            sentences=tuple((sent.start_char, sent.end_char) for sent in words.sentences.values()),
            mentions=tuple(mentions),
            propositions=tuple(propositions(doc, entities, words)),
            times=tuple((ent.start_char, ent.end_char) for ent in entities.spans if ent.label_ in TIME_LABELS),
            rejected=count_rejections(rejected),
            context=tuple(sorted(sport)),
        )
    finally:
        words.release()  # `Word` objects point at each other: free them now, not in a cycle collection
