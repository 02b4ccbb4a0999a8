"""A noun or an adjective the tagger read as a verb is a noun or an adjective again.

The small tagger reads some nouns and adjectives as verbs, most often in a run of
modifiers before a name or after a possessive: "England [rugby] union captain Jason
Robinson" (the parser then makes "rugby" a clause with England its subject), "Chicago Cubs
[shortstop] Nomar Garciaparra", "actress and [singer] Sandra Pires", "her [sibling]", "its US
[offspring] American Idol", "highbrow and [groundbreaking] culture". kg then reads an event
where the text tells of none (rugby(agent=England), sible(...)). The
``kg_noun_verbs`` component gives such a word back its noun's or adjective's tag when all of
these hold:

- the pipeline's own lemmatizer tables (``lemma_index``) know the word as written as a noun
  or an adjective, and neither the word, its lemma nor its stem as a verb ("decreed":
  decree; "showcase", "trial" are verbs in use but not in the tables: the form written,
  "showcasing", "trialled", is no noun, so they stay verbs);
- it is written in lower case, of letters only, four or more of them (no name, no piece of
  a hyphenated word: "co-operate", "re-devise", "scrum-half" are left alone);
- it has no modal, no infinitive "to" and no particle of its own ("to showcase future
  successes", "could pep up the awards", "to dumb down": a verb the tables miss);
- an adjective has no subject of its own ("Ireland are unbeaten", "Robbie is talented" stay
  clauses: coreference reads a plural subject's verb from them, "They beat Italy").

Only the tag and coarse part of speech change; the parse stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.language import Language
from spacy.tokens import Doc, Token

_VERB_MARKS = frozenset({"to"})
_MIN_LENGTH = 4
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@Language.factory("kg_noun_verbs", assigns=["token.pos", "token.tag"])
def make_noun_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component, reading the lemmatizer's tables of ``nlp`` once (a no-op without them)."""
    index = _lemma_index(nlp)
    verbs, nouns, adjectives = (frozenset(index.get(pos) or ()) for pos in ("verb", "noun", "adj"))
    others = nouns | adjectives  # made once: a union of the two tables costs ~7 ms, and a document has many verbs
    verb = nlp.vocab.strings["VERB"]  # the part of speech's symbol (100): compared as a number, no string per token

    def noun_verbs(doc: Doc) -> Doc:
        for token in doc:
            if token.pos == verb and _mistagged(token, verbs, others):
                noun = token.lower_ in nouns
                if not noun and any(child.dep_ in _SUBJECTS for child in token.children):
                    continue  # "Ireland are unbeaten": the clause kg reads a plural subject from stays
                token.pos_ = "NOUN" if noun else "ADJ"
                token.tag_ = "NN" if noun else "JJ"
                token.lemma_ = token.lower_  # a lemma of the tables as written: "sibling", not the verb rules' "sible"
        return doc

    return noun_verbs


def _lemma_index(nlp: Language) -> Mapping[str, list[str]]:
    """The lemmatizer's table of known lemmas by part of speech (keys hashed: look up by ``get``)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    return lookups.get_table("lemma_index")


def _stems(word: str) -> set[str]:
    """The verbs a form may inflect, the lemmatizer's guess aside: "decreed" (decree),
    "focussed" (focus), "oversubscribed" (oversubscribe)."""
    stems = {word[:-1]} if word.endswith("s") else set()
    if word.endswith("ed"):
        stems |= {word[:-1], word[:-2], word[:-3]}
    if word.endswith("ing"):
        stems |= {word[:-3], word[:-3] + "e", word[:-4]}
    return stems


def _mistagged(token: Token, verbs: frozenset[str], others: frozenset[str]) -> bool:
    """Whether ``token``, tagged a verb, is a noun or adjective by the tables (see the module)."""
    word = token.lower_
    if not token.text.islower() or not token.is_alpha or len(word) < _MIN_LENGTH:
        return False
    if word not in others or word in verbs or token.lemma_.lower() in verbs or not verbs.isdisjoint(_stems(word)):
        return False
    doc = token.doc
    if (token.i > 0 and doc[token.i - 1].text == "-") or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):
        return False
    return not any(child.dep_ == "prt" or (child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ in _VERB_MARKS))
                   for child in token.children)
