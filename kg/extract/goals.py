"""Match narration: goals, saves and defeats that reports tell without "score",
"save" or "lose". Match reports are where a reader most wants who scored, for
whom, when, and the clause rules read their idioms as motion or as nothing.

Each rule names its construction (the words are in ``match_idioms.tsv``, read with
the readings the rules share in ``kg.extract.matchwords``):

- a shot verb with "home", the particle "in" or "into the net": "Jones fired home
  from 20 yards", "Rooney slotted into an empty net", "Henry curled in a shot" ->
  score(agent=Jones).
- a shot verb with a goal noun as object (an ordinal too: "Cole added a second
  with a 20-yard shot"; "Jones kicked three penalties"): "Smith headed the opener after ten
  minutes" -> score(agent=Smith, theme=the opener, time=ten minutes); "Makofo
  netted a great volley"; "equalised for the hosts after 72 minutes" -> score
  (beneficiary=the hosts).
- levelling: "Terry levelled with a powerful header", "Sociedad levelled the
  match" (no object, or a score word as object; "levelled criticism" is none).
- the lead: "Rovers took the lead on 59 minutes", "Duff doubled the lead";
  "Arsenal took the lead through Campbell" -> score(agent=Campbell,
  beneficiary=Arsenal). Not a lead of a poll or a table ("took the lead in the
  polls", "extended their lead at the top").
- a side put ahead: "Drogba put Chelsea ahead", "Henry's free-kick put Arsenal
  back in front" -> score(agent=Henry, beneficiary=Arsenal); not "ahead of"
  ("put jobs ahead of profits"); a game put "beyond doubt" or "beyond reach".
- a scoreline made: "Lita made it 2-0 on 52 minutes" -> score(quantity=2-0).
- a save: "Given saved well from Owen" -> save(agent=Given, opponent=Owen);
  "Lampard's shot was parried by Carroll" -> save(agent=Carroll, theme=Lampard's
  shot, opponent=Lampard); only of a shot or from a player ("saved the club from
  relegation" is none).
- a defeat: "Leeds went down 2-1 to Hull" -> lose(agent=Leeds, opponent=Hull,
  quantity=2-1); "went down" with neither a score nor a side is none.

A shot with its taker as the subject of a verb that gives a result is a goal of
its own: "A late Lampard penalty gave Chelsea victory" -> score(agent=Lampard,
beneficiary=Chelsea). A shot as subject gives its taker as the scorer: the possessor ("Henry's
free-kick"), a name before it ("a late Lampard penalty") or "from" ("a deft header
from Gudjohnsen"). How sure each goal is comes from the clause reading the other
rules gave the same verb, else from the clause it stands in: "could have
equalised" stays possible, "failed to take the lead" negated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.event_arguments import PARTY_PRONOUNS, argument_kind
from kg.extract.events import event_mention
from kg.extract.factuality import Reading, Scope
from kg.extract.figures import in_place
from kg.extract.matchwords import (
    SCORE,
    VERBS,
    Found,
    around,
    child_of,
    doer,
    is_kind,
    noun_key,
    scorer,
)
from kg.extract.results import RESULT_NOUNS
from kg.extract.scorelines import score_at
from kg.extract.spans import word_phrase
from kg.folding import fold
from kg.lexicon.events import VERB_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_goals"]

_NET = frozenset({"net", "goal", "corner", "roof", "bottom", "top"})
# What a goal is made from: "headed home a corner", "from Beckham's cross".
_SET_PIECES = frozenset({"corner", "cross", "rebound", "ball", "pass", "knockback", "centre", "kick", "penalty"})
# Where a lead is no match's: "took the lead in the polls", "extended their lead at the top".
_STANDINGS = frozenset({"poll", "polls", "table", "top", "race", "league", "standings", "survey", "market", "championship"})
# What an election or a market is measured by: no goal is scored there.
_POLLS = frozenset({"poll", "polls", "survey", "ballot", "vote", "market", "opinion"})
# Times that only a match has: "11 minutes later", "after the break", "on the hour".
_MATCH_TIMES = frozenset({"minute", "hour", "half", "break", "interval", "whistle", "kick"})
_MISSES = frozenset({"wide", "high", "over", "past"})  # "headed the penalty wide": no goal
# The parts of speech `_construction` reads (`_verb_forms`); `_result` needs a "VB", `_deciding` a noun subject.
_READ_POS = frozenset({"VERB", "ADJ"})


def with_goals(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
               quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with its goals, saves and defeats, each in place of
    what the clause rules read at the same verb ("fired" as a dismissal, "went" as a
    movement), in text order."""
    readings = {event.trigger_start: Reading(event.factuality, event.cue) for event in events}
    found: list[EventMention] = []
    shots: set[int] = set()
    for word in sent:
        if word.tag_ != "VB" and word.pos_ not in _READ_POS and (word.pos_ != "NOUN" or word.dep_ != "nsubj"):
            continue  # none of the three readings below can hold (most words of a sentence)
        result = _result(word)
        read = result or (_construction(word) if word.pos_ != "NOUN" else _deciding(word))
        if read is None or any(start <= word.idx < end for start, end in quoted):
            continue
        lemma, arguments = read
        reading = readings.get(word.idx) or scope.of_word(word)
        if result is not None:
            # "came off the bench to score": what followed, as sure as the coming on
            reading = readings.get(word.head.idx) or scope.of_word(word.head)
        elif _made_it(word) and word.dep_ == "advcl":
            # "Walder converted to make it 22-20": the score it made is as sure as the
            # kick, no purpose ("could have converted to make it 22-20" stays possible)
            reading = readings.get(word.head.idx) or scope.of_word(word.head)
        source = word_phrase(reading.source) if reading.source is not None else None
        event = event_mention(word.text, lemma, SCORE, word, arguments, None, reading, source, 0.6, text)
        if event is not None:
            found.append(event)
            shots |= {c.idx for c in word.children if c.dep_ in ("nsubj", "dobj") and is_kind(c, "strike")}
    # "Diop's 25-yard strike cancelled out the lead": the strike is the goal's shot, no attack
    return in_place([event for event in events if event.trigger_start not in shots], found)


def _result(verb: Word) -> tuple[str, Found] | None:
    """A goal or a save told as what followed a move, not as its purpose: "Kanu came
    off the bench to score the winner", "he rounded Given to score" (the scorer is
    who rounded the keeper, not the keeper the parse makes the controller), "Almunia
    did well to save"; its head a verb of the move (``match_idioms.tsv`` "result")."""
    head = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or "result" not in VERBS.get(
            fold(head.lemma_), ()):
        return None
    lemma = fold(verb.lemma_)
    if lemma == "score" or "alone" in VERBS.get(lemma, ()):
        event = "score"
    elif "save" in VERBS.get(lemma, ()):
        event = "save"
    else:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return None  # a move is done, not undergone: "500 jobs were cut to save money" is no save
    mover = doer(head)
    if mover is None:
        return None
    thing = child_of(verb, "dobj")
    return event, [("agent", word_phrase(mover)), *([("theme", word_phrase(thing))] if thing is not None else []),
                   *around(verb)]


def _deciding(shot: Word) -> tuple[str, Found] | None:
    """A shot with its taker as the subject of a verb that gives a result: "A late
    Lampard penalty gave Chelsea victory" -> score(agent=Lampard,
    beneficiary=Chelsea), "Gerrard's wonder-strike secured qualification"; not an
    own goal ("Bramble's own goal put Liverpool on the comeback trail")."""
    verb = shot.head
    if shot.dep_ != "nsubj" or not is_kind(shot, "strike") or "gives" not in VERBS.get(fold(verb.lemma_), ()) or any(
            c.lower_ == "own" for c in shot.children):
        return None
    result = child_of(verb, "dobj")
    if result is None or not (is_kind(result, "lead") or fold(result.lemma_) in RESULT_NOUNS or fold(result.lemma_) in (
            "qualification", "point", "place", "title")):
        return None  # "His shot gave them hope": no result
    taker = scorer(verb)
    if not taker or taker[0][1] == word_phrase(shot):
        return None
    side = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and argument_kind(c, [c]) in (
        "party", "place")), None)
    return "score", [*taker, *([("beneficiary", word_phrase(side))] if side is not None else [])]


def _verb_forms(word: Word) -> list[str]:
    """The lemmas a verb may be listed under; a past form the tagger took for an
    adjective ("Chelsea appeared unruffled and equalised") by its ending."""
    if word.pos_ == "VERB":
        return [fold(word.lemma_)]
    if word.pos_ == "ADJ" and word.dep_ in ("conj", "ROOT") and word.lower_.endswith("ed"):
        return [fold(word.lower_[:-1]), fold(word.lower_[:-2])]
    return []


def _construction(word: Word) -> tuple[str, Found] | None:
    """The event lemma and arguments of the first construction ``word`` heads; none
    for what a win or a goal did ("Moya won 6-2 6-2 to give the hosts a 3-1 lead",
    "scored to put Arsenal ahead": the win or the goal is the event)."""
    if word.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children) and (
            (trigger := VERB_TRIGGERS.get(fold(word.head.lemma_))) is not None and trigger.event_class == "performance"):
        return None
    for form in _verb_forms(word):
        for construction in sorted(VERBS.get(form, ())):
            read = _RULES[construction](word)
            if read is not None:
                return read
    return None


def _missed(verb: Word) -> bool:
    return any(c.dep_ in ("advmod", "prt", "acomp") and c.lower_ in _MISSES for c in verb.children)


def _through(verb: Word, found: Found) -> Found:
    """ "Arsenal took the lead through Campbell": Campbell scored, for Arsenal."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"), None)
    pobj = child_of(prep, "pobj") if prep is not None else None
    if pobj is None or argument_kind(pobj, [pobj]) not in ("party", "place"):
        return found
    player = word_phrase(pobj)
    return [("agent", player), *[("beneficiary", tokens) for role, tokens in found if role == "agent"],
            *[(role, tokens) for role, tokens in found if role != "agent"]]


def _goal(arguments: Found, verb: Word, *extra: tuple[str, list[Word]]) -> tuple[str, Found] | None:
    if any(c.dep_ == "prep" and (p := child_of(c, "pobj")) is not None and p.lemma_.lower() in _POLLS
           for c in verb.children):
        return None  # "Labour levelled with the Tories in the polls": no match
    found = [*arguments, *extra, *around(verb, frozenset({"through"}))]
    found += [("quantity", score) for c in verb.children if c.dep_ in ("advcl", "xcomp") and (score := _made_it(c))]
    found = _through(verb, found)
    return ("score", found) if any(role == "agent" for role, _ in found) else None


def _aimed(verb: Word) -> tuple[str, Found] | None:
    """A verb that says "home" of other things too ("headed home after the meeting",
    "drove home the message"): a goal only with a shot that says so: "headed home a
    corner", "drove home from 12 yards", "headed home with a glancing header"."""
    shot = child_of(verb, "dobj")
    if shot is not None and shot.lower_ != "home":
        return _home(verb) if is_kind(shot, "strike") or shot.lemma_.lower() in _SET_PIECES else None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobj = child_of(prep, "pobj")
        if pobj is None:
            continue
        lemma = pobj.lemma_.lower()
        if (prep.lower_ == "from" and (lemma in _SET_PIECES or lemma in ("yard", "range", "distance") or (
                noun_key(pobj) in ("free kick",)))) or (prep.lower_ == "with" and is_kind(pobj, "strike")) or (
                prep.lower_ in ("in", "into") and lemma in _NET):
            return _home(verb)
    return None


def _home(verb: Word) -> tuple[str, Found] | None:
    """ "fired home", "headed in", "slotted into an empty net"."""
    home = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "prt", "advcl") for c in verb.children)
    home = home or any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    shot = child_of(verb, "dobj")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")):
        pobj = child_of(prep, "pobj")
        if pobj is not None and pobj.lemma_.lower() in _NET and not pobj.ent_type_:
            if any(c.lower_ == "own" for c in pobj.children):
                return None  # "headed Gerrard's corner into his own net": an own goal, for the other side
            home = True
        elif prep.i == verb.i + 1 and prep.lower_ == "in" and pobj is not None and not child_of(verb, "dobj") and (
                argument_kind(pobj, [pobj]) == "*" and pobj.lemma_.lower() in ("corner", "cross", "rebound", "free", "kick")):
            home = True  # "headed in Gerrard's corner": in, from the corner
        elif prep.i == verb.i + 1 and prep.lower_ == "in" and is_kind(pobj, "strike"):
            home, shot = True, pobj  # "Henry curled in a shot": the particle read as a preposition
    if not home or _missed(verb):
        return None
    theme = [("theme", word_phrase(shot))] if shot is not None and shot.lower_ != "home" and is_kind(shot, "strike") else []
    return _goal(scorer(verb), verb, *theme)


def _goal_object(verb: Word) -> tuple[str, Found] | None:
    """ "headed the opener", "netted the winning penalty", "converted a penalty"."""
    goal = child_of(verb, "dobj")
    if goal is None or not is_kind(goal, "goal") or _missed(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return _goal(scorer(verb), verb, ("theme", word_phrase(goal)))


def _alone(verb: Word) -> tuple[str, Found] | None:
    """ "Williams equalised for the hosts", "Makofo netted a great volley"; no
    amount netted ("netted £5m")."""
    thing = child_of(verb, "dobj")
    if (thing is not None and (argument_kind(thing, [thing]) == "quantity" or not is_kind(thing, "strike"))) or any(
            t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") for c in verb.children
            if c.dep_ in ("dobj", "npadvmod", "attr") for t in c.subtree):
        return None
    extra = [("theme", word_phrase(thing))] if thing is not None else []
    return _goal(scorer(verb), verb, *extra)


def _level(verb: Word) -> tuple[str, Found] | None:
    """ "Terry levelled with a powerful header", "levelled matters"; not "levelled
    off", "levelled criticism at", "levelled at 2%"."""
    thing = child_of(verb, "dobj")
    if (thing is not None and not is_kind(thing, "level")) or child_of(verb, "prt") is not None or any(
            c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "with" and (p := child_of(c, "pobj")) is not None
            and fold(p.lemma_) in RESULT_NOUNS for c in verb.children):
        return None  # "Blake levelled the tie with a 6-3 6-4 win": the win is the event
    return _goal(scorer(verb), verb)


def _lead(verb: Word) -> tuple[str, Found] | None:
    """ "took the lead on 59 minutes", "doubled the lead"; not a lead in the polls."""
    lead = child_of(verb, "dobj")
    if lead is None or not is_kind(lead, "lead") or _standings(verb) or _standings(lead) or any(
            c.dep_ in ("compound", "amod") and c.lower_ == "role" for c in lead.children) or _in_what(verb, lead) or (
            not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in lead.children)):
        return None  # "took advantage": an idiom, no lead
    score = next((found for t in lead.subtree if (found := score_at(t))), [])
    side = child_of(verb, "dative")  # "Mellor gave Liverpool the lead before half-time"
    if side is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "... by beating Roddick to give the hosts a 3-1 lead": what the win did
    times = [(role, tokens) for role, tokens in around(lead) if role == "time"]  # "cancelled out the lead in the 87th minute"
    return _goal(scorer(verb), verb, *([("quantity", score)] if score else []),
                 *([("beneficiary", word_phrase(side))] if side is not None else []), *times)


def _in_what(*words: Word) -> bool:
    """A lead "in developing the chip", "in Ohio": in something other than a time of
    the match ("in the 20th minute")."""
    for prep in (c for word in words for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
        pobj = child_of(prep, "pobj")
        if pobj is None or (argument_kind(pobj, [pobj]) != "time" and pobj.lemma_.lower() not in ("minute", "half")):
            return True
    return False


def _standings(word: Word) -> bool:
    """A lead "in the polls", "at the top", "of the table", or "to five points"."""
    for prep in (c for c in word.children if c.dep_ == "prep"):
        pobj = child_of(prep, "pobj")
        if pobj is not None and (pobj.lemma_.lower() in _STANDINGS or pobj.lemma_.lower() in ("point", "vote", "seat")):
            return True
    return False


def _ahead(verb: Word) -> tuple[str, Found] | None:
    """ "Drogba put Chelsea ahead", "put Arsenal back in front", "put the tie beyond
    doubt"; not "ahead of"."""
    side = child_of(verb, "dobj")
    if side is None and fold(verb.lemma_) == "go":
        return _gone_ahead(verb)
    if side is not None and is_kind(side, "level") and any(
            c.dep_ == "prep" and c.lower_ == "beyond" and (p := child_of(c, "pobj")) is not None
            and p.lemma_.lower() in ("doubt", "reach") for c in verb.children):
        return _goal(scorer(verb), verb)  # "Rooney put the tie beyond doubt with a cool finish"
    if side is None or argument_kind(side, [side]) not in ("party", "place") or _standings(verb):
        return None
    ahead = next((c for c in verb.children if c.lower_ == "ahead" and not child_of(c, "prep")), None)
    # "back in front": the parse hangs "in front" on "back"
    near = [*verb.children, *(g for c in verb.children if c.lower_ == "back" for g in c.children)]
    front = any(c.dep_ == "prep" and c.lower_ == "in" and (p := child_of(c, "pobj")) is not None and p.lower_ == "front"
                and not child_of(p, "prep") for c in near)
    if ahead is None and not front:
        return None
    score = next((s for t in side.subtree if (s := score_at(t))), [])
    return _goal(scorer(verb), verb, ("beneficiary", [t for t in word_phrase(side) if t not in score]),
                 *([("quantity", score)] if score else []))


def _gone_ahead(verb: Word) -> tuple[str, Found] | None:
    """ "Newcastle did go ahead 11 minutes later": a side went ahead at a time of the
    match; not "the merger went ahead" nor "went ahead with the launch" (no time)."""
    if not any(c.lower_ == "ahead" and c.dep_ in ("advmod", "prt") and not child_of(c, "prep") for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    subject = doer(verb)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ or is_kind(subject, "side") or (
            subject.lower_ in PARTY_PRONOUNS)):
        return None  # "the talks went ahead after a break": no side
    read = _goal(scorer(verb), verb)
    return read if read is not None and any(role == "time" and any(t.lemma_.lower() in _MATCH_TIMES for t in tokens)
                                            for role, tokens in read[1]) else None


def _scoreline(verb: Word) -> tuple[str, Found] | None:
    """ "Lita made it 2-0 on 52 minutes"; "netted a volley to make it 2-1" is the
    netting's score (``_made_it``), no second goal."""
    score = _made_it(verb)
    if not score or (verb.dep_ in ("advcl", "xcomp") and any(
            _RULES[kind](verb.head) for form in _verb_forms(verb.head) for kind in VERBS.get(form, ()) if kind != "scoreline")):
        return None
    return _goal(scorer(verb), verb, ("quantity", score))


def _made_it(verb: Word) -> list[Word]:
    """The score of "made it 2-0"."""
    if fold(verb.lemma_) != "make" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return []
    return next((s for c in verb.children if c.i > verb.i and (s := score_at(c))), [])


def _save(verb: Word) -> tuple[str, Found] | None:
    """ "Given saved well from Owen", "Carroll parried Lampard's shot", "Lampard's shot
    was parried by Carroll"."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    # "Lampard's shot was parried": the parse may hang the subject on "was"
    shot = next((c for w in (verb, *(a for a in verb.children if a.dep_ == "auxpass")) for c in w.children
                 if c.dep_ in ("nsubjpass", "nsubj")), None) if passive else child_of(verb, "dobj")
    if shot is not None and not is_kind(shot, "strike"):
        return None
    found: Found = []
    if shot is not None:
        found.append(("theme", word_phrase(shot)))
        taker = child_of(shot, "poss")
        if taker is not None and taker.pos_ == "PROPN":
            found.append(("opponent", [t for t in word_phrase(taker) if t.tag_ != "POS"]))
    keeper: list[Word] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        pobj = child_of(prep, "pobj")
        if pobj is None or argument_kind(pobj, [pobj]) not in ("party", "place"):
            continue
        if prep.lower_ == "from":
            found.append(("opponent", word_phrase(pobj)))
        elif prep.lower_ == "by" and passive:
            keeper = word_phrase(pobj)
    if shot is None and not any(role == "opponent" for role, _ in found):
        return None
    if not keeper and not passive:
        keeper = next((tokens for role, tokens in scorer(verb) if role == "agent"), [])
    if not keeper:
        return None
    return "save", [("agent", keeper), *found, *around(verb, frozenset({"from", "by"}))]


def _down(verb: Word) -> tuple[str, Found] | None:
    """ "Leeds went down 2-1 to Hull"."""
    if not any(c.lower_ == "down" and c.dep_ in ("advmod", "prt") for c in verb.children):
        return None
    score = next((s for c in verb.children if (s := score_at(c))), [])
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = child_of(to, "pobj") if to is not None else None
    side = word_phrase(pobj) if pobj is not None and (pobj.pos_ == "PROPN" or argument_kind(pobj, [pobj]) in (
        "party", "place")) else []
    subject = doer(verb)
    if not (score or side) or subject is None or (subject.pos_ != "PROPN" and argument_kind(subject, [subject]) not in (
            "party", "place")):
        return None
    found: Found = [("agent", word_phrase(subject))]
    found += [("opponent", side)] if side else []
    found += [("quantity", score)] if score else []
    return "lose", found + [(role, tokens) for role, tokens in around(verb, frozenset({"to"})) if role == "time"]


_RULES = {"home": _home, "aimed": _aimed, "goal": _goal_object, "alone": _alone, "level": _level, "lead": _lead, "ahead": _ahead,
          "scoreline": _scoreline, "save": _save, "down": _down,
          # read from the shot that is its subject (``_deciding``), from the goal that follows (``_result``)
          "gives": lambda verb: None, "result": lambda verb: None}
