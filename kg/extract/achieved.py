"""What a past deed in a sports report brought: "came through a five-set battle to reach the
semi-finals", "broke her again to clinch the title", "survived minor scares to reach the last
eight".

A "to" infinitive of an outcome (``outcome_verbs.txt``: win, reach, clinch, set up ...)
hanging on a verb in the simple past, or on a noun that verb governs ("came through a
battle to reach"), tells in a sports report what the deed brought, not a purpose still to
come: a match report tells its results after the fact. The infinitive read as planned (the
purpose reading of ``kg.extract.factuality``) takes the deed's factuality instead: asserted,
or as reported as the deed where the deed is an event said by someone. Left alone: a deed
in the present or future ("will play Argentina to ...", "needs to win"), a deed negated or
under "if", a deed that only leans towards the outcome ("looked set to move to Chelsea": a
verb of seeming, trying or wanting, or one with a complement), an infinitive a verb of
trying or wanting takes as its object ("tried to win": ``xcomp``), and any article that is
no sports report ("cut prices to win customers").
``kg.extract.outcomes`` reads the same infinitive after a verb of beating in any tense.

A verb of what a deed in a match brought beyond winning counts too (``match_results.txt``:
"came from a set down to beat Vinci", "Fiji rallied to force a tense finale"), and so does a
deed told as an -ing clause of a simple past ("was Wales' hero, landing a huge late penalty
to clinch the game").

A verb of giving a result with a result noun as its object counts as an outcome ("scored a
late goal to give Liverpool a 3-1 win", ``result_giving.tsv``), an outcome joined to another
by "and" hangs on it ("to give Liverpool a win and book their place"), and a result noun
that is the object of such an infinitive ("to clinch a dramatic win") is as sure as it.
A deed that is a figure of speech, no event of its own, is told as its clause ("as Paterson
stole the show to give the hosts an 18-10 victory": given; ``kg.extract.sayings``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.factuality import CONTROL
from kg.extract.outcomes import OUTCOME_VERBS
from kg.extract.realised import realised
from kg.extract.sayings import figurative
from kg.folding import fold
from kg.lexicon.table import read_table, read_words
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CARRIERS = frozenset({"dobj", "pobj", "attr", "npadvmod"})
_OPEN = frozenset({"ROOT", "conj"})
_SEEMING = frozenset({"be", "look", "seem", "appear", "become", "get"})
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "xcomp"})
_PARTICIPLES = frozenset({"advcl", "conj"})
_REACH = frozenset({"within", "level"})  # "to bring his team to within four points", "to bring the scores level"
MATCH_RESULTS = read_words("match_results.txt")
_RESULTS = {part: frozenset(row.fields[0] for row in read_table("result_giving.tsv") if row.fields[1] == part)
            for part in ("give", "result")}


def achieved(events: Iterable[EventMention], words: Words, sport: frozenset[str]) -> list[EventMention]:
    """``events`` with a sports report's past outcomes read as done (see the module)."""
    found = list(events)
    if not sport:
        return found
    at = words.by_offset()
    by_trigger = {event.trigger_start: event for event in found}
    out = []
    for event in found:
        trigger = at.get(event.trigger_start)
        deed = _deed(_carrier(trigger)) if event.factuality is Factuality.PLANNED and trigger is not None else None
        if deed is not None:
            told = by_trigger.get(deed.idx)
            if told is not None and told.factuality in _TOLD:
                event = replace(event, factuality=told.factuality, cue=told.cue, source=told.source)
            elif told is None and (deed.dep_ in _OPEN or figurative(deed) or _past_when(deed)) and not _hedged(deed):  # kg.extract.sayings
                event = replace(event, factuality=Factuality.ASSERTED, cue=None)
        out.append(event)
    return out


def _carrier(trigger: Word) -> Word:
    """The verb whose object the result noun ``trigger`` is ("to clinch a dramatic win"), else
    ``trigger``."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and fold(trigger.lemma_) in _RESULTS["result"]:
        return trigger.head
    return trigger


def _outcome(verb: Word) -> bool:
    """Whether ``verb`` tells an outcome: "win", "reach", or "give" with a result noun as object."""
    lemma = fold(verb.lemma_)
    return verb.tag_ == "VB" and (lemma in OUTCOME_VERBS or lemma in MATCH_RESULTS or (lemma in _RESULTS["give"] and any(
        c.dep_ == "dobj" and fold(c.lemma_) in _RESULTS["result"] for c in verb.children)))


def _deed(verb: Word) -> Word | None:
    """The simple-past verb whose outcome the infinitive ``verb`` tells, if it is one."""
    if not (_outcome(verb) or _narrowed(verb) or _substituted(verb)):
        return None
    if verb.dep_ == "conj" and not has_to(verb) and _outcome(verb.head):
        verb = verb.head  # "to give Liverpool a win and book their place"
    if not has_to(verb):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.pos_ in _NOMINAL and head.dep_ in _CARRIERS:
        head = head.head.head if head.dep_ == "pobj" else head.head  # "came through a battle to reach"
    elif verb.dep_ != "advcl":
        return None
    if head.pos_ not in ("VERB", "AUX") or not _past(head) or _hedged(head) or _leaning(head):
        return None
    return head


def _past_when(deed: Word) -> bool:
    """Whether ``deed`` is a past "when" clause of a past main verb: "made his debut when he came
    off the bench to replace Paul Grayson"."""
    return deed.dep_ == "advcl" and deed.head.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in deed.children)


def _narrowed(verb: Word) -> bool:
    """Whether ``verb`` brings a side within reach or level: "to bring his team to within four
    points", "to bring the scores level"."""
    return verb.tag_ == "VB" and fold(verb.lemma_) == "bring" and any(t.lower_ in _REACH for t in verb.subtree)


def _substituted(verb: Word) -> bool:
    """Whether ``verb`` is the replacing a substitute came on for: "came off the bench to replace
    Paul Grayson", "came on to replace him" (a substitution told after the fact)."""
    head = verb.head
    if verb.tag_ != "VB" or fold(verb.lemma_) != "replace" or fold(head.lemma_) != "come":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "off" and any(g.lower_ == "bench" for g in c.subtree) for c in head.children)


def _past(verb: Word) -> bool:
    """Whether ``verb`` is a simple past, or an -ing clause of one ("was Wales' hero, landing a
    huge late penalty to clinch the game"), or the "by" -ing of one ("responded quickly by
    slotting over a superb penalty to cut Ireland's lead"), or the infinitive of a past obligation
    or ability carried out ("Almunia had to stand his ground to beat away a shot", "Paterson was
    able to slot another three points to widen the gap")."""
    if verb.tag_ == "VBG" and verb.dep_ in _PARTICIPLES and not any(c.dep_ in ("aux", "mark") for c in verb.children):
        return verb.head.tag_ == "VBD" and not _hedged(verb.head)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
        return verb.head.head.tag_ == "VBD" and not _hedged(verb.head.head)
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and has_to(verb):  # "had to stand his ground", "was able to slot"
        head, adjective = (verb.head.head, verb.head) if verb.head.dep_ == "acomp" else (verb.head, None)
        return realised(head, adjective) and not _hedged(head)  # kg.extract.realised
    return verb.tag_ == "VBD"


def _leaning(verb: Word) -> bool:
    """Whether the deed only leans towards what follows: a verb of trying, wanting or seeming
    ("looked set to move to Chelsea", "seemed certain to win": the parser may hang the
    infinitive on the verb, past "set")."""
    reading = CONTROL.get(verb.lemma_.lower())
    return (reading is not None and reading is not Factuality.ASSERTED) or verb.lemma_.lower() in _SEEMING or any(
        c.dep_ in _COMPLEMENTS for c in verb.children)


def _hedged(verb: Word) -> bool:
    """Whether the deed itself is negated or a condition: "did not ...", "if he broke ..."."""
    return any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless")) for c in verb.children)
