"""A measured value that did not move, said of the value itself: "Profits at Chinese
computer firm Lenovo have stood still amid slowing demand", "Interest rates have remained
unchanged since August", "Oil prices held steady on Monday", "AMR's shares were flat".

A flat figure is the lead fact of many business stories ("Profits stall at China's
Lenovo"), and the clause rules misread it: "stood still" as the profits standing, their
agent (stand(agent=Profits at ...)), "held steady" as the prices holding something, and
"remained unchanged" with no amount as nothing at all. A verb of level (``level_verbs.txt``:
stand, remain, stay, be) or of holding (``hold_verbs.txt``) with no object, whose subject
is a measured value (``measured_nouns.tsv``: a profit, a rate, a price, shares) and whose
complement after it says it did not move (``still_words.txt``: "unchanged", "steady",
"stable", "flat"; "still" only after "stand": "sales are still rising" is a time) states
the change event "hold" of ``kg.extract.holds`` (kg:ChangeEvent, a value kept where it
was): the value its theme, no agent, the time its phrases of time give. It is as sure as
its clause: "rates are expected to remain unchanged" is no fact.

Nothing else: a level with its amount ("remained unchanged at 4.75%") is read by
``kg.extract.figures`` as before; "The team stood still" (no measured value), "prices
stayed high" (a level with no amount and no word of standing still).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.changes import times_of
from kg.extract.clauses import subject_of
from kg.extract.event_arguments import argument_kind
from kg.extract.events import event_mention
from kg.extract.holds import HOLD_VERBS, STILL_WORDS
from kg.extract.spans import noun_phrase, word_phrase
from kg.lexicon import LEVEL_VERBS, MEASURED_NOUNS
from kg.lexicon.events import Trigger

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Word
    from kg.records import EventMention

__all__ = ["still_value"]

_HOLD = Trigger("change", "theme")
_STILL = STILL_WORDS - {"hold"}
_COMPLEMENTS = frozenset({"acomp", "advmod", "oprd", "xcomp"})
# What an intransitive verb of level or holding has when it is no flat figure.
_FILLED = frozenset({"dobj", "attr", "nsubjpass", "auxpass", "ccomp"})


def still_value(verb: Word, scope: Scope, text: str) -> EventMention | None:
    """ "Interest rates have remained unchanged since August" -> hold(theme "Interest
    rates", time "since August"); ``None`` when the verb says no measured value stood still."""
    lemma = verb.lemma_.lower()
    if (lemma not in LEVEL_VERBS and lemma not in HOLD_VERBS) or any(c.dep_ in _FILLED for c in verb.children):
        return None
    subject: Any = subject_of(cast(Any, verb))[0]  # "but have remained", "are expected to remain" (a Word as its Token)
    if subject is None or subject.lemma_.lower() not in MEASURED_NOUNS or not any(
            c.dep_ in _COMPLEMENTS and c.i > verb.i and (c.lower_ in _STILL or (lemma == "stand" and c.lower_ == "still"))
            for c in verb.children):
        return None
    found: list[tuple[str, list[Word]]] = [("theme", cast("list[Word]", noun_phrase(subject))), *times_of(verb)]
    found += [("time", [*c.subtree]) for c in verb.children
              if c.dep_ in ("npadvmod", "tmod") and argument_kind(c, [c]) == "time"]  # "were flat last year"
    reading = scope.of_word(verb)
    source = word_phrase(reading.source) if reading.source is not None else None
    return event_mention(verb.text, "hold", _HOLD, verb, found, None, reading, source, 0.5, text)
