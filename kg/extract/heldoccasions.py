"""An occasion held somewhere on some date: the passive "hold" of an occasion's noun.

Arts and politics news give where and when an occasion happens with a passive "hold" whose
subject names it: "MTV's Asia Aid will be held in Bangkok on 3 February",
"T in the Park will be held at Balado, near Kinross, from 9-10 July". The subject is an
occasion when its head is a noun of ``held_occasions.txt`` ("the ceremony", "the Poll
Winners Concert"), an event noun of ``event_lemmas.tsv`` ("a General Election") or a name
NER reads as an event. The subject is the event's patient, as in "hold meeting"
(``kg.extract.phrasal``), the name before an occasion's noun when it has one ("The
Academy Awards ceremony will be held in Hollywood": the Academy Awards), the verb's phrases of time and place its time and place; it is
as sure as the clause ("will be held": planned; "widely expected to be held": possible).

The subject may stand outside the verb's clause: the noun an infinitive describes ("the
ceremony, to be held at the Curzon Mayfair cinema in London on 20 March"), the one a
relative clause describes ("the coming elections, which are all expected to be held on 5
May"), the subject of the verb "held" completes ("is expected to be held").

Not a subject that is no occasion ("savings were held in dollar accounts", "suspects are
being held at Belmarsh prison"), nor one with neither a time nor a place ("the awards
will be held again"), nor an event noun that is the verb's own subject ("Meetings will
be held on Wednesday": already "hold meeting").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import argument_kind
from kg.extract.events import event_mention
from kg.extract.occasionacts import is_occasion
from kg.extract.spans import prep_phrase, word_phrase
from kg.lexicon.events import NOUN_TRIGGERS, Trigger

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Word
    from kg.records import EventMention

_OCCASION = Trigger("other", "theme")
_RELATIVES = frozenset({"which", "that"})


def held_occasion(verb: Word, scope: Scope, text: str) -> EventMention | None:
    """The event of an occasion a passive "hold" says is held, where or when, or ``None``."""
    if verb.lemma_.lower() != "hold" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in subject.children):
        return None  # "announced a concert ... and T in the Park will be held": which is held, unsure
    noun = NOUN_TRIGGERS.get(subject.lemma_.lower())
    if noun is not None and subject.head is verb:
        return None  # "Meetings will be held on Wednesday": "hold meeting" (kg.extract.phrasal)
    if noun is None and not is_occasion(subject):
        return None
    found: list[tuple[str, list[Word]]] = []
    for child in verb.children:
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        kind = argument_kind(pobj, [pobj]) if pobj is not None else None
        if kind in ("time", "place"):
            found.append((kind, cast("list[Word]", prep_phrase(cast(Any, child)))))
        elif child.dep_ == "npadvmod" and argument_kind(child, [child]) == "time":
            found.append(("time", [*child.subtree]))
    if not found:
        return None
    found.insert(0, ("patient", _named(subject, verb)))
    lemma = f"{verb.lemma_.lower()} {subject.lemma_.lower()}" if noun is not None else verb.lemma_.lower()
    reading = scope.of_word(verb)
    source = word_phrase(reading.source) if reading.source is not None else None
    return event_mention(verb.text, lemma, noun or _OCCASION, verb, found, None, reading, source, 0.5, text)


def _named(subject: Word, verb: Word) -> list[Word]:
    """The words of what is held: an occasion's name before its noun ("The Academy Awards
    ceremony" is the Academy Awards), else the subject's phrase without the clause that
    describes it ("the coming elections, which are ...")."""
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and subject.pos_ == "NOUN" and is_occasion(subject):
        return sorted((t for name in names for t in name.subtree), key=lambda word: word.i)
    clause = {t.i for t in verb.subtree} if verb in subject.subtree else set()
    return [t for t in word_phrase(subject) if t.i not in clause and t.i <= max(
        (c.i for c in subject.subtree if c.i not in clause and not c.is_punct), default=subject.i)]


def _subject(verb: Word) -> Word | None:
    """The noun naming what is held: the subject of the verb or of the verb it completes
    ("is expected to be held"), the noun an infinitive or a relative clause describes."""
    word = verb
    while word.dep_ == "xcomp" and word.head.pos_ in ("VERB", "AUX"):
        word = word.head  # "expected to be held"
    subject = next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None and word.dep_ == "acl":
        return word.head  # "the ceremony, to be held at ..."
    if subject is not None and subject.lower_ in _RELATIVES and word.dep_ == "relcl":
        return word.head  # "the coming elections, which are expected to be held on 5 May"
    return subject
