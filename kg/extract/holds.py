"""A measured value someone kept where it was: "The Bank of England has left interest
rates on hold again at 4.75%".

A central bank's decision not to move its rate is the lead fact of a business story,
and the clause rules misread it: "left" as a departure from the rates, "kept" and
"held" as no event. A verb of holding (``hold_verbs.txt``: hold, keep, leave) whose
object is a measured value (``measured_nouns.tsv``: a rate, a price) with a word
that says it did not move (``still_words.txt``: "unchanged", "steady", "on hold") or
the level it was kept at ("at 4.75%") states a change event "hold" (kg:ChangeEvent,
as the levels of ``kg.extract.figures``): the subject its agent, the value its theme,
the "at" amount its new value. The passive has no agent: "rates have been kept on
hold since then". It is as sure as its clause: "is expected to keep rates on hold"
is no fact.

Nothing else: "held talks", "left the club", "kept the ball" (no measured value),
"kept prices low" (a level with no amount and no word of standing still).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.changes import times_of
from kg.extract.event_arguments import argument_kind
from kg.extract.events import event_mention
from kg.extract.spans import noun_phrase, prep_phrase
from kg.lexicon import MEASURED_NOUNS
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Word
    from kg.records import EventMention

HOLD_VERBS = read_words("hold_verbs.txt")
STILL_WORDS = read_words("still_words.txt")
_HOLD = Trigger("change", "theme")


def held_value(verb: Word, scope: Scope, text: str) -> EventMention | None:
    """ "The ECB left its benchmark interest rate unchanged at 2% on Thursday" ->
    hold(agent "The ECB", theme "its benchmark interest rate", new_value "2%", time
    "Thursday"); ``None`` when the verb keeps no measured value still."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    value = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if verb.lemma_.lower() not in HOLD_VERBS or value is None or value.lemma_.lower() not in MEASURED_NOUNS:
        return None
    still = _still_word(verb, value)
    level = next((prep for holder in (verb, *([still] if still is not None else [])) for prep in holder.children
                  if prep.dep_ == "prep" and prep.lower_ == "at" and any(
                      g.dep_ == "pobj" and argument_kind(g, [g]) == "quantity" for g in prep.children)), None)
    if still is None and level is None:
        return None
    said = {t.i for t in still.subtree} if still is not None and still.head is value else set()
    found: list[tuple[str, list[Word]]] = [("theme", [t for t in noun_phrase(value) if t.i not in said])]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and not passive:
        found.append(("agent", noun_phrase(subject)))
    if level is not None:
        found.append(("new_value", prep_phrase(level)))
    found += times_of(verb)
    reading = scope.of_word(verb)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return event_mention(verb.text, "hold", _HOLD, verb, found, None, reading, source, 0.5, text)


def _still_word(verb: Word, value: Word) -> Word | None:
    """The word that says the value did not move: "unchanged" (on the verb or the
    value), "steady", the "hold" of "on hold"."""
    for word in (*verb.children, *value.children):
        if word.dep_ in ("oprd", "acomp", "amod", "advmod", "xcomp", "ccomp") and word.lower_ in STILL_WORDS - {"hold"}:
            return word
        if word.dep_ == "prep" and word.lower_ == "on" and any(g.lower_ == "hold" for g in word.children):
            return word
    return None
