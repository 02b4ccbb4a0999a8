"""Figures of a measured value said without a verb of change: a change its noun
carries, and the level a value stands at.

Economy reports give their key figures in shapes the clause rules miss:

- a change noun with its amount (the change nouns of ``event_lemmas.tsv``, under
  their verb's lemma by ``change_nouns.tsv``): "The UNECE forecast average economic
  growth of 2.2% across the EU in 2005", "its target of 2.5% growth for 2005", "The
  firm reported a 3% rise in sales", "a fall of 5% in profits". The event is the
  noun's verb (grow, rise, fall), the amount its difference ("to"/"from" amounts
  the values it reached and left); what changed is its theme: the "in" phrase ("in
  sales"), else the noun's own phrase when the noun is a measured value itself
  ("average economic growth", ``measured_nouns.tsv``); whose
  (``kg.extract.changes.measured_owner``): "across the EU"; when: "in 2005", "for
  2005". It is as sure as the clause around the noun, or the noun of intent or
  prediction that frames it ("forecast growth", "its target of 2.5% growth"):
  forecast, target or "will see" is no fact.
- a level (``level_verbs.txt``): "Inflation stood at 2.1% in January",
  "Unemployment remains high at about 10%", "The jobless rate was 5.4% in March":
  where a measured noun's value is at a time. Its class is "change" (kg:ChangeEvent,
  the value and where it got to), its lemma the verb's ("stand", "remain", "be"),
  the subject its theme, the amount its new_value.

Not a change noun without an amount ("a rise in sales" stays the noun event it
was), nor a level of a subject that is no measured value ("The team stood at the
gate", "He was 45"), nor a figure with its own change ("Net profit was $1.2bn, up
from $900m": ``kg.extract.changes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.bounds import BOUNDS
from kg.extract.changes import DIRECTIONS, times_of
from kg.extract.event_arguments import argument_kind
from kg.extract.events import event_mention, noun_reading
from kg.extract.factuality import NOUNS, Reading, Scope
from kg.extract.heldoccasions import held_occasion
from kg.extract.holds import HOLD_VERBS, held_value
from kg.extract.levelsubjects import level_subject
from kg.extract.received import noun_amount
from kg.extract.reportdays import report_days
from kg.extract.spans import noun_phrase, prep_phrase
from kg.extract.stillvalues import still_value
from kg.extract.totals import TOTALLING, kept_attribution, total_amount, total_figure
from kg.lexicon import CHANGE_NOUNS, LEVEL_VERBS, MEASURED_NOUNS
from kg.lexicon.events import NOUN_TRIGGERS, Trigger

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

Found = list[tuple[str, list["Word"]]]
_LEVEL = Trigger("change", "theme")
# The amounts a change noun's prepositions give: "a rise to 5%", "a fall from $2bn".
_VALUE_PREPS = {"of": "difference", "to": "new_value", "from": "old_value"}
_LEVELS = LEVEL_VERBS | TOTALLING  # the verbs of a level or a total, joined once (not for every verb read)
_LEVEL_PREPS = frozenset({"at"}) | BOUNDS  # "stood at 2.1%", "stayed above $50" (kg.extract.bounds)


def with_figures(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
                 quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with its change nouns' and levels' events, each in
    place of what the clause or noun rules read at the same word ("stood" as an event
    of class other, "rise in sales" without its amount), in text order."""
    found: list[EventMention] = []
    for word in sent:
        event = None
        if word.pos_ == "NOUN" and _change_noun(word):
            event = _noun_change(word, scope, text)
        elif word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in _LEVELS:
            event = _level(word, scope, text) or still_value(word, scope, text)  # "have stood still"
        elif word.pos_ == "VERB" and word.lemma_.lower() in HOLD_VERBS:
            event = held_value(word, scope, text) or still_value(word, scope, text) or held_occasion(
                word, scope, text)  # "left rates unchanged"; "held steady"; "the ceremony was held at ..."
        if event is not None and not any(start <= event.trigger_start < end for start, end in quoted):
            found.append(event)
    return in_place(events, [kept_attribution(event, events) for event in found])


def in_place(events: list[EventMention], found: list[EventMention]) -> list[EventMention]:
    """``events`` with each of ``found`` in place of the event read at its trigger, in text order."""
    if not found:
        return events
    taken = {event.trigger_start for event in found}
    kept = [event for event in events if event.trigger_start not in taken]
    return sorted([*kept, *found], key=lambda event: (event.trigger_start, event.trigger_end))


def _change_noun(noun: Word) -> bool:
    trigger = NOUN_TRIGGERS.get(noun.lemma_.lower())
    return trigger is not None and trigger.event_class == "change"


def _noun_change(noun: Word, scope: Scope, text: str) -> EventMention | None:
    """ "economic growth of 2.2% across the EU in 2005" -> grow(theme "economic
    growth", difference "2.2%", owner "the EU", time "2005"); ``None`` without an
    amount or a theme."""
    found: Found = []
    theme: list[Word] = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        kind = argument_kind(pobj, [pobj]) if pobj is not None else None
        if kind == "quantity" and prep.lower_ in _VALUE_PREPS:
            found.append((_VALUE_PREPS[prep.lower_], prep_phrase(prep)))
        elif kind == "time" and prep.lower_ in ("in", "for", "during", "over"):
            found.append(("time", prep_phrase(prep)))
        elif kind == "*" and prep.lower_ == "in" and not theme:
            theme = noun_phrase(pobj)  # "a 3% rise in sales": what rose
    # "a fall of 5% in profits this year"
    found += [("time", [*c.subtree]) for c in noun.children if c.dep_ == "npadvmod" and argument_kind(c, [c]) == "time"]
    amount = noun_amount(noun)
    if amount and not any(role == "difference" for role, _ in found):
        found.append(("difference", amount))  # "a 3% rise", "2.5% growth"
    if not any(role in ("difference", "new_value") for role, _ in found):
        return None
    if not theme and noun.lemma_.lower() in MEASURED_NOUNS:
        # "average economic growth of 2.2%": the measured value the noun names itself
        cut = min([c.i for c in noun.children if c.dep_ in ("prep", "acl", "relcl")], default=noun.i + 1)
        framing = {t.i for c in noun.children if c.lemma_.lower() in NOUNS for t in c.subtree}  # "forecast"
        theme = [t for t in noun_phrase(noun) if t.i < cut and t not in amount and t.i not in framing
                 and t.dep_ not in ("det", "poss")]
    if not theme:
        return None
    found.append(("theme", theme))
    governor = _governor(noun)
    found += report_days(governor, [*noun.subtree], times_of(governor)) if noun.dep_ in ("dobj", "pobj") else []
    lemma = noun.lemma_.lower()
    lemma = CHANGE_NOUNS.get(lemma, lemma)
    reading = _framed(noun) or noun_reading(noun, scope)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return event_mention(noun.text, lemma, NOUN_TRIGGERS[noun.lemma_.lower()], noun, found, None, reading, source,
                         0.5, text, kind="noun")


def _governor(noun: Word) -> Word:
    """The verb a noun is the object of, through an "of" ("kept its target of 2.5%
    growth": kept), or the noun itself when it is none's."""
    word = noun
    while word.dep_ in ("pobj", "prep", "dobj") and word.head is not word:
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word
    return noun


def _framed(noun: Word) -> Reading | None:
    """A noun of intent or prediction framing a change noun (``factuality_cues.tsv``
    nouns): "forecast growth", "its target of 2.5% growth"."""
    framing = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        framing.append(noun.head.head)
    for word in framing:
        value = NOUNS.get(word.lemma_.lower())
        if value is not None:
            return Reading(value, word.lemma_.lower())
    return None


def _level(verb: Word, scope: Scope, text: str) -> EventMention | None:
    """ "Inflation stood at 2.1% in January" -> stand(theme "Inflation", new_value
    "2.1%", time "January"); ``None`` when the subject is no measured value or no
    amount says where it stands (``kg.extract.levelsubjects``)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not level_subject(subject) or (any(
            c.dep_ == "advmod" and c.lower_ in DIRECTIONS for c in verb.children) and not total_figure(verb)):
        return None  # "was $1.2bn, up from $900m": a rise (kg.extract.changes); "totalled $345m, up from
        # $66m" a rise too, and the total still in place of the clause's "total(agent=losses)"
    level: list[Word] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # "remains high at about 10%"
    for prep in (c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in _LEVEL_PREPS):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and argument_kind(pobj, [pobj]) == "quantity":
            level = [prep, *_amount_only(noun_phrase(pobj))]
    attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
    if not level and verb.lemma_.lower() == "be" and attribute is not None and argument_kind(
            attribute, [attribute]) == "quantity":
        level = _amount_only(noun_phrase(attribute))  # "The jobless rate was 5.4%"
    if not level and (total := total_amount(verb)) is not None:
        level = _amount_only(noun_phrase(total))  # "Sales totalled £1.2bn" (kg.extract.totals)
    if not level:
        return None
    found: Found = [("theme", noun_phrase(subject)), ("new_value", level), *times_of(verb)]
    found += [("time", [*c.subtree]) for c in verb.children if c.dep_ == "npadvmod" and argument_kind(c, [c]) == "time"]
    reading = scope.of_word(verb)
    source = noun_phrase(reading.source) if reading.source is not None else None
    return event_mention(verb.text, verb.lemma_.lower(), _LEVEL, verb, found, None, reading, source, 0.5, text)


def _amount_only(tokens: list[Word]) -> list[Word]:
    """An amount without what a comma adds after it: "£36.3bn, £4.5bn higher than a
    year ago" -> "£36.3bn"."""
    cut = next((t.i for t in tokens if t.is_punct and t.lower_ in (",", ";", "(", "-", "–")), None)
    return [t for t in tokens if cut is None or t.i < cut]
