"""An event that takes place: its class is its subject's.

"The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take
place at 1330 GMT in Zurich": the verb phrase (``occurrence_verbs.txt``) says where and
when the event its subject names happens, the subject its theme (``event_lemmas.tsv``).
When the subject's head is an event noun of ``event_lemmas.tsv`` the event is of that
noun's class: a meeting taking place is a meeting, "Talks ... will take place this
weekend" too, "the general election, which is likely to take place in May" an election.
Another subject ("The 77th annual Academy Awards are taking place on 27 February") keeps
the verb phrase's own class, and so does one whose verb says neither where nor when (no
phrase of place or time): "Terrorist attacks will take place" says no more than its noun,
or whose date the parse split, a number hung on the verb by itself ("will take place
around 5 May": "around 5" and "May", two times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import incorporated_noun
from kg.extract.spans import argument_head
from kg.lexicon import OCCURRENCE_VERBS
from kg.lexicon.events import NOUN_TRIGGERS, VERB_TRIGGERS, Trigger

if TYPE_CHECKING:
    from kg.extract.words import Word

# What says where or when: "at 1330 GMT", "in May", "this weekend", "next month".
_WHERE_WHEN = frozenset({"prep", "npadvmod"})


def occurring(verb: Word, lemma: str, subject: list[Word], trigger: Trigger) -> Trigger:
    """``trigger`` with the class of the event noun heading ``subject`` when ``lemma``
    says its subject takes place, where or when (a phrase on ``verb``); ``trigger``
    itself otherwise."""
    head = argument_head(cast(Any, subject)) if lemma in OCCURRENCE_VERBS and subject else None
    if head is None or head.pos_ != "NOUN" or not any(c.dep_ in _WHERE_WHEN for c in verb.children) or any(
            c.dep_ == "npadvmod" and c.pos_ == "NUM" for c in verb.children):
        return trigger
    noun = NOUN_TRIGGERS.get(head.lemma_.lower()) or NOUN_TRIGGERS.get(head.lower_)
    return trigger if noun is None else Trigger(noun.event_class, trigger.subject, trigger.object)


def phrase_noun(verb: Word, lemma: str, word: Word) -> bool:
    """Whether ``word`` is the noun of the verb phrase ``lemma`` lists (``event_lemmas.tsv``):
    "took [place]" is no object, and its subject is the phrase's subject role (a theme)."""
    return lemma in VERB_TRIGGERS and word is incorporated_noun(verb, lemma)
