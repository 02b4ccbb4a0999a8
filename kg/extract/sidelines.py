"""What a report says of a player's next match with a copula, a state a reader
records though no verb happens. Each rule names its construction (the nouns are in
``match_idioms.tsv``: doubt, favourite, injury, fixture):

- a doubt: "Henry is a doubt for Saturday's match" -> play(agent=Henry,
  theme=Saturday's match), possible ("doubt"): never asserted, whatever the tense,
  nor negated ("is not a doubt": likely, but still to come).
- a favourite: "Smith is favourite for the title" -> win(agent=Smith, theme=the
  title), possible ("favourite"); "favourite to win" is the infinitive's own event.
- out, injured or of a fixture: "Jones is out for six weeks with a knee injury" ->
  miss(agent=Jones, time=six weeks, reason=a knee injury); "Barkley is out of the
  Ireland game with a leg injury" -> miss(theme=the Ireland game); as sure as its
  clause ("will be out" planned). Not "out" with neither an injury nor a fixture
  ("Labour is out of power", "the book is out").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.events import event_mention
from kg.extract.factuality import Reading, Scope
from kg.extract.figures import in_place
from kg.extract.matchwords import SCORE, Found, child_of, is_kind, prep_words
from kg.extract.spans import word_phrase
from kg.lexicon.events import Trigger
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_states"]

_MISS = Trigger("other", "agent")
# The noun or adjective of a state -> the event it says may happen.
_HEDGES = {"doubt": "play", "favourite": "win"}


def with_states(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
                quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with the states of its copulas, in text order."""
    found: list[EventMention] = []
    for word in sent:
        if word.lemma_.lower() != "be" or any(start <= word.idx < end for start, end in quoted):
            continue
        subject = child_of(word, "nsubj")
        if subject is None or not (subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in ("he", "she", "they")):
            continue
        read = _hedged(word, subject) or _out(word, subject)
        if read is None:
            continue
        trigger, lemma, arguments, hedge = read
        reading = scope.of_word(word)
        if hedge is not None and reading.factuality is Factuality.NEGATED:
            reading = Reading(Factuality.POSSIBLE, f"not {hedge}")  # "is not a doubt": likely, still not done
        elif hedge is not None:
            reading = reading.stronger(Reading(Factuality.POSSIBLE, hedge))
        source = word_phrase(reading.source) if reading.source is not None else None
        event = event_mention(trigger.text, lemma, SCORE if lemma != "miss" else _MISS, trigger, arguments, None,
                              reading, source, 0.5, text)
        if event is not None:
            found.append(event)
    return in_place(events, found)


def _hedged(verb: Word, subject: Word) -> tuple[Word, str, Found, str] | None:
    """ "is a doubt for Saturday's match", "is favourite for the title"."""
    state = child_of(verb, "attr", "acomp")
    if state is None or any(c.dep_ in ("xcomp", "acl", "relcl") for c in state.children):
        return None  # "favourite to win the title": the winning is the event (kg.extract.factuality)
    kind = next((kind for kind in _HEDGES if is_kind(state, kind)), None)
    if kind is None:
        return None
    found: Found = [("agent", word_phrase(subject))]
    for prep in (c for c in state.children if c.dep_ == "prep" and c.lower_ in ("for", "over")):
        pobj = child_of(prep, "pobj")
        if pobj is not None:
            found.append(("theme", word_phrase(pobj)))
    if len(found) == 1:
        return None  # "he is a doubt": for what, unsaid
    return state, _HEDGES[kind], found, state.lemma_.lower()


def _out(verb: Word, subject: Word) -> tuple[Word, str, Found, None] | None:
    """ "is out for six weeks with a knee injury", "is out of the Ireland game"."""
    out = next((c for c in verb.children if c.lower_ == "out" and c.dep_ in ("advmod", "prep", "prt", "acomp")), None)
    if out is None:
        return None
    found: Found = [("agent", word_phrase(subject))]
    cued = False
    for prep in (c for holder in (verb, out) for c in holder.children if c.dep_ == "prep"):
        pobj = child_of(prep, "pobj")
        if pobj is None:
            continue
        if prep.lower_ == "with" and is_kind(pobj, "injury"):
            found.append(("reason", word_phrase(pobj)))
            cued = True
        elif prep.lower_ == "of" and (is_kind(pobj, "fixture") or pobj.ent_type_ == "EVENT"):
            found.append(("theme", word_phrase(pobj)))
            cued = True
        elif prep.lower_ == "for" and argument_kind(pobj, [pobj]) == "time":
            found.append(("time", prep_words(prep)))
        elif prep.lower_ == "for" and is_kind(pobj, "fixture"):
            found.append(("theme", word_phrase(pobj)))  # "out for the rest of the Six Nations"
            cued = True
    return (out, "miss", found, None) if cued else None
