"""Match narration: goals, saves and defeats that reports tell without "score",
"save" or "lose". Match reports are where a reader most wants who scored, for
whom, when, and the clause rules read their idioms as motion or as nothing.

Each rule names its construction (the words are in ``match_idioms.tsv``):

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
from typing import TYPE_CHECKING, Any, cast

from kg.extract import spans
from kg.extract.clauses import subject_of
from kg.extract.event_arguments import PARTY_PRONOUNS, argument_kind, extra_role
from kg.extract.events import event_mention
from kg.extract.factuality import Reading, Scope
from kg.extract.figures import in_place
from kg.extract.results import RESULT_NOUNS
from kg.extract.scorelines import score_at
from kg.folding import fold
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_goals"]

_IDIOMS = read_table("match_idioms.tsv")
VERBS: dict[str, frozenset[str]] = {}
"""Verb lemma -> the constructions that make it a goal, a save or a defeat."""
NOUNS: dict[str, frozenset[str]] = {}
"""Noun (folded, hyphens as spaces) -> what it is: goal, strike, lead, level."""
for _row in _IDIOMS:
    _into = VERBS if _row.fields[1] == "verb" else NOUNS
    _into[_row.fields[0]] = _into.get(_row.fields[0], frozenset()) | {_row.fields[2]}

Found = list[tuple[str, list["Word"]]]
_SCORE = Trigger("performance", "agent", "opponent")
# Roles a goal keeps from its prepositions and adverbs: "after 72 minutes", "for the
# hosts", "against Everton"; not a reason ("for his first goal") nor a source ("from 20 yards").
_KEPT_ROLES = frozenset({"time", "place", "opponent", "beneficiary"})
_NET = frozenset({"net", "goal", "corner", "roof", "bottom", "top"})
# What a goal is made from: "headed home a corner", "from Beckham's cross".
_SET_PIECES = frozenset({"corner", "cross", "rebound", "ball", "pass", "knockback", "centre", "kick", "penalty"})
# Where a lead is no match's: "took the lead in the polls", "extended their lead at the top".
_STANDINGS = frozenset({"poll", "polls", "table", "top", "race", "league", "standings", "survey", "market", "championship"})
# "his first goal in 16 months": how long since, not when
_SPANS = frozenset({"day", "week", "month", "year", "season"})
_MISSES = frozenset({"wide", "high", "over", "past"})  # "headed the penalty wide": no goal


def _phrase(word: Word) -> list[Word]:
    """``spans.noun_phrase`` of a kg ``Word`` (annotated for spaCy's ``Token``, whose
    interface ``Word`` follows)."""
    return cast("list[Word]", spans.noun_phrase(cast(Any, word)))


def _prep_phrase(word: Word) -> list[Word]:
    return cast("list[Word]", spans.prep_phrase(cast(Any, word)))


def _subject_of(verb: Word) -> tuple[Word | None, str]:
    return cast("tuple[Word | None, str]", subject_of(cast(Any, verb)))


def with_goals(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
               quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with its goals, saves and defeats, each in place of
    what the clause rules read at the same verb ("fired" as a dismissal, "went" as a
    movement), in text order."""
    readings = {event.trigger_start: Reading(event.factuality, event.cue) for event in events}
    found: list[EventMention] = []
    for word in sent:
        read = _construction(word) if word.pos_ != "NOUN" else _deciding(word)
        if read is None or any(start <= word.idx < end for start, end in quoted):
            continue
        lemma, arguments = read
        reading = readings.get(word.idx) or scope.of_word(word)
        if _made_it(word) and word.dep_ == "advcl":
            # "Walder converted to make it 22-20": the score it made is as sure as the
            # kick, no purpose ("could have converted to make it 22-20" stays possible)
            reading = readings.get(word.head.idx) or scope.of_word(word.head)
        source = _phrase(reading.source) if reading.source is not None else None
        event = event_mention(word.text, lemma, _SCORE, word, arguments, None, reading, source, 0.6, text)
        if event is not None:
            found.append(event)
    return in_place(events, found)


def _deciding(shot: Word) -> tuple[str, Found] | None:
    """A shot with its taker as the subject of a verb that gives a result: "A late
    Lampard penalty gave Chelsea victory" -> score(agent=Lampard,
    beneficiary=Chelsea), "Gerrard's wonder-strike secured qualification"; not an
    own goal ("Bramble's own goal put Liverpool on the comeback trail")."""
    verb = shot.head
    if shot.dep_ != "nsubj" or not _is(shot, "strike") or "gives" not in VERBS.get(fold(verb.lemma_), ()) or any(
            c.lower_ == "own" for c in shot.children):
        return None
    result = _child(verb, "dobj")
    if result is None or not (_is(result, "lead") or fold(result.lemma_) in RESULT_NOUNS or fold(result.lemma_) in (
            "qualification", "point", "place", "title")):
        return None  # "His shot gave them hope": no result
    taker = _scorer(verb)
    if not taker or taker[0][1] == _phrase(shot):
        return None
    side = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and argument_kind(c, [c]) in (
        "party", "place")), None)
    return "score", [*taker, *([("beneficiary", _phrase(side))] if side is not None else [])]


def _verb_forms(word: Word) -> list[str]:
    """The lemmas a verb may be listed under; a past form the tagger took for an
    adjective ("Chelsea appeared unruffled and equalised") by its ending."""
    if word.pos_ == "VERB":
        return [fold(word.lemma_)]
    if word.pos_ == "ADJ" and word.dep_ in ("conj", "ROOT") and word.lower_.endswith("ed"):
        return [fold(word.lower_[:-1]), fold(word.lower_[:-2])]
    return []


def _construction(word: Word) -> tuple[str, Found] | None:
    """The event lemma and arguments of the first construction ``word`` heads."""
    for form in _verb_forms(word):
        for construction in sorted(VERBS.get(form, ())):
            read = _RULES[construction](word)
            if read is not None:
                return read
    return None


def noun_key(word: Word) -> str:
    """A noun as ``match_idioms.tsv`` lists it: folded, a hyphenated compound whole
    ("free-kick", "hat-trick", which the tokenizer cuts in three)."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 1].idx == doc[word.i - 2].idx + len(doc[word.i - 2].text):
        return fold(f"{doc[word.i - 2].text} {word.text}")
    return fold(word.lemma_ if word.lemma_ not in ("", "-PRON-") else word.text)


def _is(word: Word | None, kind: str) -> bool:
    if word is None:
        return False
    kinds = NOUNS.get(noun_key(word), frozenset()) | NOUNS.get(fold(word.text), frozenset()) | NOUNS.get(
        fold(word.lemma_), frozenset())  # "wonder-strike": a strike
    return kind in kinds or (kind == "strike" and "goal" in kinds)


def _child(word: Word, *deps: str) -> Word | None:
    return next((c for c in word.children if c.dep_ in deps), None)


def _missed(verb: Word) -> bool:
    return any(c.dep_ in ("advmod", "prt", "acomp") and c.lower_ in _MISSES for c in verb.children)


def _subject(verb: Word, depth: int = 0) -> Word | None:
    """Who did it: the verb's own subject, the first verb's of a co-ordination
    ("rounded Jones and slotted into an empty net": Rooney, never the object
    ``subject_of`` gives a bare complement), the controller of an infinitive ("hopes
    to score"), a relative's antecedent; none for a clause whose subject the parse
    lost ("as Bramble headed in", Bramble read as an adjective)."""
    own = _child(verb, "nsubj", "nsubjpass")
    if own is not None or depth > 4:
        return own
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and _child(verb.head, "nsubj") is None:
        # "rounded Jones with three minutes to go and slotted into an empty net": the
        # parse joins the goal to "go", whose controller would be Jones
        return _subject(verb.head.head, depth + 1)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, depth + 1)
    if verb.dep_ in ("xcomp", "relcl") or (verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        subject, _ = _subject_of(verb)
        return subject
    return None


def _scorer(verb: Word) -> Found:
    """Who scored, read from the subject: a side or a player as it stands; a shot's
    taker: "Henry's free-kick", "a late Lampard penalty", "a header from Gudjohnsen"."""
    subject = _subject(verb)
    if subject is None:
        return []
    if not _is(subject, "strike"):
        # Any side or player as written; one no entity stands for is dropped when the
        # arguments are linked (kg.resolve.events), as every agent is.
        if subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in PARTY_PRONOUNS:
            return [("agent", _phrase(subject))]
        return []
    possessor = _child(subject, "poss")
    if possessor is not None:
        return [("agent", [t for t in _phrase(possessor) if t.tag_ != "POS"])]
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return [("agent", [t for name in names for t in _phrase(name)])]
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        pobj = _child(prep, "pobj")
        if pobj is not None and argument_kind(pobj, [pobj]) in ("party", "place"):
            return [("agent", _phrase(pobj))]
    if subject.dep_ == "dobj" and subject.head.pos_ == "VERB" and subject.head is not verb:
        return _scorer(subject.head)  # "Henry produced a sublime strike to put Arsenal ahead"
    return []


def _around(verb: Word, skip: frozenset[str] = frozenset()) -> Found:
    """The goal's time, place, side it was for or against: "after 72 minutes", "for
    the hosts"; "through X" names the scorer of the subject's side."""
    found: Found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in skip:
            tokens = _prep_phrase(child)
            role = extra_role(tokens, _SCORE, False) if tokens else None
            pobj = _child(child, "pobj")
            if role == "reason" and child.lower_ == "for" and pobj is not None and _is(pobj, "side"):
                role = "beneficiary"  # "equalised for the hosts"
            if role in _KEPT_ROLES and not (role == "time" and (pobj is None or (child.lower_ == "in" and (
                    pobj.lemma_.lower() in _SPANS)))):  # not "After playing second fiddle", "in 16 months"
                found.append((role, tokens))
        elif child.dep_ == "npadvmod" and argument_kind(child, [child]) == "time":
            found.append(("time", _phrase(child)))
    return found


def _through(verb: Word, found: Found) -> Found:
    """ "Arsenal took the lead through Campbell": Campbell scored, for Arsenal."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"), None)
    pobj = _child(prep, "pobj") if prep is not None else None
    if pobj is None or argument_kind(pobj, [pobj]) not in ("party", "place"):
        return found
    player = _phrase(pobj)
    return [("agent", player), *[("beneficiary", tokens) for role, tokens in found if role == "agent"],
            *[(role, tokens) for role, tokens in found if role != "agent"]]


def _goal(arguments: Found, verb: Word, *extra: tuple[str, list[Word]]) -> tuple[str, Found] | None:
    found = [*arguments, *extra, *_around(verb, frozenset({"through"}))]
    found += [("quantity", score) for c in verb.children if c.dep_ in ("advcl", "xcomp") and (score := _made_it(c))]
    found = _through(verb, found)
    return ("score", found) if any(role == "agent" for role, _ in found) else None


def _aimed(verb: Word) -> tuple[str, Found] | None:
    """A verb that says "home" of other things too ("headed home after the meeting",
    "drove home the message"): a goal only with a shot that says so: "headed home a
    corner", "drove home from 12 yards", "headed home with a glancing header"."""
    shot = _child(verb, "dobj")
    if shot is not None and shot.lower_ != "home":
        return _home(verb) if _is(shot, "strike") or shot.lemma_.lower() in _SET_PIECES else None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobj = _child(prep, "pobj")
        if pobj is None:
            continue
        lemma = pobj.lemma_.lower()
        if (prep.lower_ == "from" and (lemma in _SET_PIECES or lemma in ("yard", "range", "distance") or (
                noun_key(pobj) in ("free kick",)))) or (prep.lower_ == "with" and _is(pobj, "strike")) or (
                prep.lower_ in ("in", "into") and lemma in _NET):
            return _home(verb)
    return None


def _home(verb: Word) -> tuple[str, Found] | None:
    """ "fired home", "headed in", "slotted into an empty net"."""
    home = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "prt", "advcl") for c in verb.children)
    home = home or any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    shot = _child(verb, "dobj")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")):
        pobj = _child(prep, "pobj")
        if pobj is not None and pobj.lemma_.lower() in _NET and not pobj.ent_type_:
            home = True
        elif prep.i == verb.i + 1 and prep.lower_ == "in" and pobj is not None and not _child(verb, "dobj") and (
                argument_kind(pobj, [pobj]) == "*" and pobj.lemma_.lower() in ("corner", "cross", "rebound", "free", "kick")):
            home = True  # "headed in Gerrard's corner": in, from the corner
        elif prep.i == verb.i + 1 and prep.lower_ == "in" and _is(pobj, "strike"):
            home, shot = True, pobj  # "Henry curled in a shot": the particle read as a preposition
    if not home or _missed(verb):
        return None
    theme = [("theme", _phrase(shot))] if shot is not None and shot.lower_ != "home" and _is(shot, "strike") else []
    return _goal(_scorer(verb), verb, *theme)


def _goal_object(verb: Word) -> tuple[str, Found] | None:
    """ "headed the opener", "netted the winning penalty", "converted a penalty"."""
    goal = _child(verb, "dobj")
    if goal is None or not _is(goal, "goal") or _missed(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return _goal(_scorer(verb), verb, ("theme", _phrase(goal)))


def _alone(verb: Word) -> tuple[str, Found] | None:
    """ "Williams equalised for the hosts", "Makofo netted a great volley"; no
    amount netted ("netted £5m")."""
    thing = _child(verb, "dobj")
    if (thing is not None and (argument_kind(thing, [thing]) == "quantity" or not _is(thing, "strike"))) or any(
            t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") for c in verb.children
            if c.dep_ in ("dobj", "npadvmod", "attr") for t in c.subtree):
        return None
    extra = [("theme", _phrase(thing))] if thing is not None else []
    return _goal(_scorer(verb), verb, *extra)


def _level(verb: Word) -> tuple[str, Found] | None:
    """ "Terry levelled with a powerful header", "levelled matters"; not "levelled
    off", "levelled criticism at", "levelled at 2%"."""
    thing = _child(verb, "dobj")
    if (thing is not None and not _is(thing, "level")) or _child(verb, "prt") is not None or any(
            c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return None
    return _goal(_scorer(verb), verb)


def _lead(verb: Word) -> tuple[str, Found] | None:
    """ "took the lead on 59 minutes", "doubled the lead"; not a lead in the polls."""
    lead = _child(verb, "dobj")
    if lead is None or not _is(lead, "lead") or _standings(verb) or _standings(lead) or any(
            c.dep_ in ("compound", "amod") and c.lower_ == "role" for c in lead.children) or _in_what(verb, lead) or (
            not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in lead.children)):
        return None  # "took advantage": an idiom, no lead
    score = next((found for t in lead.subtree if (found := score_at(t))), [])
    return _goal(_scorer(verb), verb, *([("quantity", score)] if score else []))


def _in_what(*words: Word) -> bool:
    """A lead "in developing the chip", "in Ohio": in something other than a time of
    the match ("in the 20th minute")."""
    for prep in (c for word in words for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
        pobj = _child(prep, "pobj")
        if pobj is None or (argument_kind(pobj, [pobj]) != "time" and pobj.lemma_.lower() not in ("minute", "half")):
            return True
    return False


def _standings(word: Word) -> bool:
    """A lead "in the polls", "at the top", "of the table", or "to five points"."""
    for prep in (c for c in word.children if c.dep_ == "prep"):
        pobj = _child(prep, "pobj")
        if pobj is not None and (pobj.lemma_.lower() in _STANDINGS or pobj.lemma_.lower() in ("point", "vote", "seat")):
            return True
    return False


def _ahead(verb: Word) -> tuple[str, Found] | None:
    """ "Drogba put Chelsea ahead", "put Arsenal back in front", "put the tie beyond
    doubt"; not "ahead of"."""
    side = _child(verb, "dobj")
    if side is not None and _is(side, "level") and any(
            c.dep_ == "prep" and c.lower_ == "beyond" and (p := _child(c, "pobj")) is not None
            and p.lemma_.lower() in ("doubt", "reach") for c in verb.children):
        return _goal(_scorer(verb), verb)  # "Rooney put the tie beyond doubt with a cool finish"
    if side is None or argument_kind(side, [side]) not in ("party", "place") or _standings(verb):
        return None
    ahead = next((c for c in verb.children if c.lower_ == "ahead" and not _child(c, "prep")), None)
    # "back in front": the parse hangs "in front" on "back"
    near = [*verb.children, *(g for c in verb.children if c.lower_ == "back" for g in c.children)]
    front = any(c.dep_ == "prep" and c.lower_ == "in" and (p := _child(c, "pobj")) is not None and p.lower_ == "front"
                and not _child(p, "prep") for c in near)
    if ahead is None and not front:
        return None
    score = next((s for t in side.subtree if (s := score_at(t))), [])
    return _goal(_scorer(verb), verb, ("beneficiary", [t for t in _phrase(side) if t not in score]),
                 *([("quantity", score)] if score else []))


def _scoreline(verb: Word) -> tuple[str, Found] | None:
    """ "Lita made it 2-0 on 52 minutes"; "netted a volley to make it 2-1" is the
    netting's score (``_made_it``), no second goal."""
    score = _made_it(verb)
    if not score or (verb.dep_ in ("advcl", "xcomp") and any(
            _RULES[kind](verb.head) for form in _verb_forms(verb.head) for kind in VERBS.get(form, ()) if kind != "scoreline")):
        return None
    return _goal(_scorer(verb), verb, ("quantity", score))


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
                 if c.dep_ in ("nsubjpass", "nsubj")), None) if passive else _child(verb, "dobj")
    if shot is not None and not _is(shot, "strike"):
        return None
    found: Found = []
    if shot is not None:
        found.append(("theme", _phrase(shot)))
        taker = _child(shot, "poss")
        if taker is not None and taker.pos_ == "PROPN":
            found.append(("opponent", [t for t in _phrase(taker) if t.tag_ != "POS"]))
    keeper: list[Word] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        pobj = _child(prep, "pobj")
        if pobj is None or argument_kind(pobj, [pobj]) not in ("party", "place"):
            continue
        if prep.lower_ == "from":
            found.append(("opponent", _phrase(pobj)))
        elif prep.lower_ == "by" and passive:
            keeper = _phrase(pobj)
    if shot is None and not any(role == "opponent" for role, _ in found):
        return None
    if not keeper and not passive:
        keeper = next((tokens for role, tokens in _scorer(verb) if role == "agent"), [])
    if not keeper:
        return None
    return "save", [("agent", keeper), *found, *_around(verb, frozenset({"from", "by"}))]


def _down(verb: Word) -> tuple[str, Found] | None:
    """ "Leeds went down 2-1 to Hull"."""
    if not any(c.lower_ == "down" and c.dep_ in ("advmod", "prt") for c in verb.children):
        return None
    score = next((s for c in verb.children if (s := score_at(c))), [])
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = _child(to, "pobj") if to is not None else None
    side = _phrase(pobj) if pobj is not None and (pobj.pos_ == "PROPN" or argument_kind(pobj, [pobj]) in (
        "party", "place")) else []
    subject = _subject(verb)
    if not (score or side) or subject is None or (subject.pos_ != "PROPN" and argument_kind(subject, [subject]) not in (
            "party", "place")):
        return None
    found: Found = [("agent", _phrase(subject))]
    found += [("opponent", side)] if side else []
    found += [("quantity", score)] if score else []
    return "lose", found + [(role, tokens) for role, tokens in _around(verb, frozenset({"to"})) if role == "time"]


_RULES = {"home": _home, "aimed": _aimed, "goal": _goal_object, "alone": _alone, "level": _level, "lead": _lead, "ahead": _ahead,
          "scoreline": _scoreline, "save": _save, "down": _down,
          "gives": lambda verb: None}  # read from the shot that is its subject (``_deciding``)
