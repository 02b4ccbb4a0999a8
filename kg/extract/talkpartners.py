"""The other party of talks or a deal named on the verb's object: "opened talks with Turkey".

"The EU will start accession talks with Croatia", "the EU opened formal talks with Turkey",
"Cuaron signed a three-year deal with Warner Brothers": the parse hangs the "with" phrase on
the object noun, and the role table (``event_roles.tsv``) reads "with" by the class of the
verb ("open", "start", "sign": no class), so the party was dropped ("open(agent=EU,
theme=formal talks)"): the event lost who the talks are with. When the direct object is a
noun of meeting or agreement (``event_lemmas.tsv``: "talks", "negotiations", "deal"), its
"with" phrase is read by the noun's class, as "hold talks with" and "agree a deal with" are:
the party is the theme beside the noun, as for "met with". Talks are read as a deal in the
making: a country they are with is a party to them ("talks with Croatia", as "signed a deal
with Tanzania"), where a "meeting with" a place stays unread (NER reads players as places:
"her meeting with Martinez"). Only a "with" right on that object; not an object of another
class ("opened a shop with his brother").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import NOUN_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.words import Word

_CLASSES = frozenset({"meeting", "agreement"})
_TALKS = frozenset({"talks", "negotiation", "negotiations", "discussion", "discussions"})


def object_class(prep: Word, event_class: str) -> str:
    """The class a "with" phrase is read by: the class of the direct object it hangs on when
    that object is a noun of meeting or agreement ("talks with Croatia"), else ``event_class``."""
    noun = prep.head
    if prep.lower_ != "with" or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or prep.i < noun.i:
        return event_class
    if noun.lower_ in _TALKS:
        return "agreement"  # a deal in the making: "talks with Croatia" are with a party
    trigger = NOUN_TRIGGERS.get(noun.lemma_.lower()) or NOUN_TRIGGERS.get(noun.lower_)
    return trigger.event_class if trigger is not None and trigger.event_class in _CLASSES else event_class
