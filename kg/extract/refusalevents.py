"""A refusal to comment is a fact: the refuser kept quiet, and the refusal is the event.

"BP declined to comment", "SSL International has refused to comment on reports it may be
subject to a takeover", "Mr Brown refused to deny claims the prime minister had reneged",
"The Justice Department refused to say if it would appeal": a statement event whose lemma
is the refusal and the act refused ("decline to comment", "refuse to deny"; class statement),
the refuser its agent, what the comment would have been about its topic (the "on"/"about"
phrase, the object, or the clause: "if it would appeal", "he is setting up a party"), as sure as the refusal's own clause
("declined": asserted; "is said to have declined": reported). The comment itself is no event
(``kg.extract.refusals``) and the refused speech no quote nor event, negated or not
(``kg.extract.refusals.refused_speech``, read by ``kg.extract.quotes``): what it would have told is neither said nor denied.

A comment or speech someone "would not" give is refused too ("The ONS would not comment on the
definition": refuse to comment; "Souness would not be drawn on specifics": refuse to be drawn;
``kg.extract.refusals.withheld``), as sure as its clause's framing without that "not"; "did not
comment" (silence) and "could not comment" (inability) stay as they were.

The refused acts are the comment verbs and the speech verbs of ``refused_comments.tsv``, in
the active ("declined to be named", "declined to be drawn on" are no statement). A refusal
of any other act stays that act's negated event ("refused to obey a government order").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from kg.extract.events import event_mention
from kg.extract.figures import in_place
from kg.extract.frames import lemma_in, passive
from kg.extract.refusals import REFUSALS, REFUSED, refusal_of, withheld
from kg.extract.spans import clause_span, word_phrase
from kg.lexicon.events import Trigger

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_refusals"]

_STATEMENT = Trigger("statement", "agent")
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over"})
_RELATIVES = frozenset({"who", "that", "which"})


def with_refusals(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
                  quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with its refusals to comment, in text order."""
    found: list[EventMention] = []
    for verb in sent:
        if verb.pos_ != "VERB" or any(start <= verb.idx < end for start, end in quoted):
            continue
        refusal = refusal_of(verb) or (verb if withheld(verb) else None)
        subject = _subject(refusal) if refusal is not None else None
        if refusal is None or subject is None:
            continue
        arguments: list[tuple[str, list[Word]]] = [("agent", subject)]
        topic = _topic(verb)
        if topic:
            arguments.append(("topic", topic))
        if refusal is verb:  # "would not comment on the reports", "would not be drawn on": refused, the clause's framing alone
            lemma, reading = f"refuse to {'be drawn' if passive(verb) else lemma_in(verb, REFUSED)}", scope.small_clause(verb)
        else:  # "refused" alone, not the refused comment's "not"
            lemma, reading = f"{lemma_in(refusal, REFUSALS)} to {lemma_in(verb, REFUSED)}", scope.prefix([refusal])
        shown = " ".join(word.text for word in sent if min(refusal.i, _first_aux(verb)) <= word.i <= verb.i)
        source = word_phrase(reading.source) if reading.source is not None else None
        event = event_mention(shown, lemma, _STATEMENT, refusal, arguments, None, reading, source, 0.5, text)
        if event is not None:
            found.append(event)
    return in_place(events, found)


def _first_aux(verb: Word) -> int:
    """Where a withheld comment's words start: "[would] not comment"."""
    return min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i], default=verb.i)


def _subject(refusal: Word) -> list[Word] | None:
    """Who refused: the refusal verb's subject, a conjunct's shared one ("denied X but refused
    to rule out Y"), or the noun a relative clause hangs on."""
    for _ in range(3):
        subject = next((c for c in refusal.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES and refusal.dep_ == "relcl":
                return word_phrase(refusal.head)
            return None if subject.lower_ in _RELATIVES else word_phrase(subject)
        if refusal.dep_ != "conj" or refusal.head.i == refusal.i:
            return None
        refusal = refusal.head
    return None


def _topic(verb: Word) -> list[Word]:
    """What the refused comment is about: "comment on [the report]", "deny [claims that ...]",
    "say [if it would appeal]"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPOSITIONS:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:  # "comment on whether the services had received": the question
                return word_phrase(pobj) if pobj.dep_ == "pobj" else _clause(pobj)
    for child in verb.children:
        if child.dep_ == "dobj":
            return word_phrase(child)
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _clause(child)  # "refused to say if it would appeal": asked, not told
    return []


def _clause(head: Word) -> list[Word]:
    """``clause_span`` of a kg ``Word``, its mark kept ("whether ...", "if ...")."""
    return cast("list[Word]", clause_span(cast(Any, head), drop_mark=False))  # a Word follows Token's interface
