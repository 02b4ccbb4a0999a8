"""What a light verb means with: "set [them] ablaze", "made [phones] cheaper", "set on
fire", "put on hold", "took the UK to war" (a bare noun after a preposition), "came to an
end", "went to the polls" (a noun with its article, when ``event_lemmas.tsv`` lists the
phrase: "come to end", "go to polls"); "held talks" is the noun's event
(``kg.extract.phrasal``).

Not a word that says how, when or where the verb happened, which the verb does not
take as its meaning:

- an adverb of manner ("was taking the roll-out to other areas slowly", "is set mainly
  in Rome": an -ly adverb), of time or discourse ("an issue he has taken up before", "is
  widely taken up though"), or one that heads a phrase of its own ("was taking nothing
  for granted ahead of the vote");
- a preposition of a circumstance (``circumstance_prepositions.txt``): "would put patients
  before statistics", "gave their views during interviews";
- a phrase set off by a comma: "holds a patent for its one-click service, for example";
- a number: "questions to put to him from thousands e-mailed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.quantities import VAGUE_NUMBERS
from kg.lexicon.events import VERB_TRIGGERS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["light_complement"]

_CIRCUMSTANCES = read_words("circumstance_prepositions.txt") | {"during"}
# Adverbs of time and discourse after a light verb, never what it means with: "is
# widely taken up though" is no "take up though".
_NO_COMPLEMENTS = frozenset({"also", "then", "now", "still", "already", "again", "back", "up", "though", "however",
                             "too", "either", "instead", "yet", "anyway", "even", "before", "earlier", "later", "ago"})


def light_complement(verb: Word) -> list[Word]:
    """The words a light verb means with (see the module's list), or none."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "ccomp", "advmod") and child.pos_ in ("ADJ", "ADV") and child.i > verb.i \
                and _complement_adverb(child):
            return [child]
        if child.dep_ == "prep" and child.i > verb.i and _complement_preposition(child):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and (not pobj.children or _set_noun(verb, child, pobj)) and not (
                    pobj.like_num or pobj.lower_ in VAGUE_NUMBERS):
                return [child, pobj]
    return []


def _set_noun(verb: Word, preposition: Word, noun: Word) -> bool:
    """ "came to an end", "came to a halt" (a phrase of its own after it: "came to an end in
    2001"), "came to the fore", "went to the polls" (nothing after it): a noun with its article
    that an event trigger lists with its verb and preposition (``event_lemmas.tsv``: "come to
    end", "go to polls"); not "came to the end of the road", nor a bare noun with a phrase
    ("goes on sale in the US"), whose place the trigger would take."""
    articles = [c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the")]
    rest = [c for c in noun.children if c not in articles]
    fits = len(articles) == 1 and (not rest if articles[0].lower_ == "the" else all(c.dep_ == "prep" for c in rest))
    return fits and f"{verb.lemma_.lower()} {preposition.lower_} {noun.lower_}" in VERB_TRIGGERS  # as the trigger reads it


def _complement_adverb(word: Word) -> bool:
    """Whether an adverb or adjective after a light verb can be what it means with: not one
    of time or discourse, of manner (-ly), or one that heads a phrase ("ahead of the vote")."""
    if word.lower_ in _NO_COMPLEMENTS:
        return False
    return word.pos_ != "ADV" or not (word.lower_.endswith("ly") or any(c.dep_ == "prep" for c in word.children))


def _complement_preposition(preposition: Word) -> bool:
    """Whether a preposition after a light verb can open what it means with: not one of a
    circumstance, nor one set off by a comma."""
    before = preposition.doc[preposition.i - 1]
    return preposition.lower_ not in _CIRCUMSTANCES and before.text != ","
