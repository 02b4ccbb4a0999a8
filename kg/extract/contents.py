"""The infinitive that says what a noun of content is tells no event of its own.

"Aaron Foster and David Treacy have won the right to take part in a tournament", "has the option
to buy 20 more aircraft", "has made no secret of his wish to fight corruption", "It has the power
to suspend or bar Mr Livingstone", "should not ignore the need to reform the EU Common Agricultural
Policy", "are developing a common way to stop people pirating digital music": the taking part, the
buying, the fighting, the barring, the reforming and the stopping are what the right, the option,
the wish, the power, the need and the way are for, not things that happened, and the
noun's own argument keeps them whole (``kg.extract.event_arguments.intent``: "won the right to
take part in a tournament"). Nouns of ``content_nouns.txt``; a conjunct of the infinitive ("to
suspend or bar") is one too. Not a noun of intent ("plans to cut jobs": a planned event,
``factuality_cues.tsv``), nor an infinitive of purpose on the verb ("signed a deal to buy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.chances import chance_settled
from kg.lexicon import CONTENT_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word


def content_infinitive(verb: Word) -> bool:
    """Whether ``verb`` is the infinitive (or its conjunct) that says what a noun of content is."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "the power to suspend or bar"
    noun = verb.head
    return verb.dep_ in ("acl", "relcl") and noun.pos_ == "NOUN" and noun.lemma_.lower() in CONTENT_NOUNS and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and chance_settled(noun) is None
