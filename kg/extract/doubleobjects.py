"""Two direct objects of one verb side by side: the parser's reading of a double-object
verb whose first object it did not mark as the dative.

"offering broadband users the chance to watch programmes", "Sun Grid costs users $1": the
first object is who gets it (the recipient), the second what (the theme or the amount),
not two members of one theme. Only after a verb of giving, offering or telling
(``double_object_verbs.txt``; not "branded Mr Blair a failure", which says what he is),
when the first is people (a noun of ``counted_people.txt``, ``person_nouns.txt`` or
``roles.tsv``, or a name of a person, a group or a people) and the second starts right
after it: not "sold his company 19" (a name NER missed), "pushed claims up to $37bn" (a
level), "dropped Dawson for the autumn Tests" (a misread noun beyond a phrase), "sent
Luscombe streaking away" (a verb's form, no object).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import PEOPLE_NOUNS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_GIVING = read_words("double_object_verbs.txt")
_WITH_GIVING = read_words("with_giving_verbs.txt")
_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})
_RECEIVING_TAGS = frozenset({"NNS", "NNP", "NNPS", "PRP"})  # people, a name, "her": not a bare mass noun


def first_of_two(obj: Word) -> bool:
    """Whether the direct object ``obj`` is people a second direct object of its verb follows
    straight away ("offering [broadband users] the chance"), so that it is the recipient."""
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in _GIVING:
        return False
    if not (obj.lemma_.lower() in PEOPLE_NOUNS or obj.lower_ in PEOPLE_NOUNS or obj.ent_type_ in _PARTY_LABELS):
        return False
    end = max(word.i for word in obj.subtree) + 1
    return any(c.dep_ == "dobj" and c.i > obj.i and min(word.i for word in c.subtree) == end and c.pos_ in _NOUNS
               and not (c.like_num and c.ent_type_ == "CARDINAL") and not _verb_form(c) for c in obj.head.children)


def _verb_form(word: Word) -> bool:
    """An -ing word with no determiner, which the tagger may call a noun: "sent Luscombe
    [streaking] away" (not "gave them [the opening]")."""
    return word.lower_.endswith("ing") and not any(c.dep_ in ("det", "poss") for c in word.children)


def given_with(word: Word) -> bool:
    """Whether ``word`` is the direct object of a verb of giving that names what is given in a
    "with" phrase ("providing [clients] with health-related products"): the object is the
    recipient (``with_giving_verbs.txt``)."""
    return word.dep_ == "dobj" and _with_phrase(word.head) is not None and (word.tag_ in _RECEIVING_TAGS or any(
        c.dep_ in ("det", "poss") for c in word.children))  # not "provide help with the forms": a bare mass noun


def given_thing(prep: Word) -> bool:
    """Whether ``prep`` is that "with" phrase, after an object or a passive ("was presented
    [with the award]"): what is given, the theme."""
    verb = prep.head
    return prep is _with_phrase(verb) and any(given_with(c) or c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _with_phrase(verb: Word) -> Word | None:
    if verb.lemma_.lower() not in _WITH_GIVING:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" for g in c.children)), None)
