"""A past-tense verb the parse coordinated with an infinitive inside what was said is the writer's.

"In 1998 the party said it would not return to Blackpool but did so in 2002": the parse hangs
"did" on "return" as its conjunct, inside what the party said. But "did" has a tense of its own
where "return" is bare after "would", and no subject: it goes on from "said", the party's next
act, which the writer tells. What was said ends at "Blackpool"; the doing is as sure as the
saying and its subject is the party ("Shadow home secretary David Davis said it was not possible
to overstate the importance of the judgment and urged the government to move": he urged; "The
Tories said they would not cut spending but agreed public spending would increase": they agreed).

Only a verb whose past form is not its base form ("would restrict access and put a cap on": "put"
may be bare), with no subject or auxiliary of its own, after an infinitive with "to" or a modal,
inside the clause of a speech verb before it; never inside quotation marks, whose words are the
speaker's ('said: "I would like to thank the viewers that have watched, supported the show"').
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from kg.lexicon import SPEECH_CUES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

W = TypeVar("W", "Word", "Token")  # kg's words, or spaCy's tokens (kg.extract.attribution)

_OWN = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MARKS = frozenset({'"', "“", "”", "``", "''"})
_CLIMB = 4  # heads from the infinitive up to the clause a speech verb says, at most


def narrated_conjunct(verb: W) -> W | None:
    """The speech verb ``verb`` goes on from when it is a past-tense conjunct of an infinitive
    inside that verb's clause (see the module); else ``None``."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.i < head.i or head.tag_ != "VB":
        return None
    if verb.lower_ == verb.lemma_.lower() or any(c.dep_ in _OWN for c in verb.children):
        return None  # "put", "cut": maybe bare; "and he accused", "and had agreed": a clause of its own
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
        return None
    clause = head
    for _ in range(_CLIMB):
        speech = clause.head
        if clause.dep_ == "ccomp" and speech.pos_ == "VERB" and speech.tag_ in _FINITE and (
                speech.lemma_.lower() in SPEECH_CUES) and speech.i < clause.i:
            quoted = sum(w.text in _MARKS for w in verb.doc[speech.i + 1 : verb.i]) % 2 or any(
                w.text in _MARKS for w in verb.doc[speech.i + 1 : min(t.i for t in clause.subtree) + 1])
            return None if quoted else speech
        if clause.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or speech is clause:
            return None
        clause = speech
    return None


def narrated_in(verb: W, clause: W) -> W | None:
    """The first conjunct inside ``clause`` that goes on from the speech ``verb`` (``narrated_conjunct``)."""
    return next((w for w in clause.subtree if w.dep_ == "conj" and narrated_conjunct(w) is verb), None)
