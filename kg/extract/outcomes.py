"""A "to" infinitive that tells what beating an opponent brought, not a purpose
(``continues`` in ``kg.extract.frames`` reads "went on to win" the same way).

- A verb of beating (``event_lemmas.tsv``: a performance whose object is the
  opponent) has it as its outcome (``outcome_verbs.txt``): "Safin beat Hewitt to win
  the Australian Open", "defeated Venus Williams to reach the final", "thrashed
  Everton to go top". The winner does it (not the beaten object, as with "ordered
  Bellamy to attend"), and it is as sure as the win: "must beat Arsenal to go top"
  leaves going top as possible as the beating.
- A score in the phrase of an infinitive of beating or of its outcome: "Roddick rallied to beat Enqvist 3-6 7-6 7-5",
  "fired 19 aces to secure a 6-1 7-6 win over Zib". A score is known only of a match
  played, so the infinitive tells what the rally brought, not what it was for.
- An infinitive after an ordinal or a superlative a copula gives its subject ("Federer
  became the first man since 1988 to win three Grand Slams", "is the only side to beat
  them"): it counts what happened (as ``kg.extract.infinitives`` reads "the first player
  to be sent off"). "will become the first station to offer radio" stays as planned as
  its "will".
- A move of a contest (``contest_moves.txt``) has an outcome verb or a verb of beating as its
  outcome: "Federer rallied to win the match", "Jones fought back to beat Smith"; not a verb
  of preparing ("trained hard to win the race": a purpose).
- A move someone left for (``moving_on.tsv``): "Babayaro left the club in January to join
  Newcastle", "quit the BBC to become director general": where the leaver went, as sure
  as the leaving; the leaver does it.
- A ball-game player's move in the past, in a sports report (``match_moves.txt``), has a strike of the
  ball (``match_strikes.txt``) as its outcome: "Bowyer sprinted into the area to power home a header",
  "Lampard stepped up to blast a shot through the wall", "Graham was on hand to grab a share of the
  points" (a move too: being on hand); a report tells the strike, which the keeper may then save.
- An infinitive "only" opens after a past verb and a comma or dash: "He made a full recovery,
  only to leave the band two years later", "had edged ahead with a penalty - only to hand the
  visitors the initiative": what came next, as sure as the past verb; not "can borrow only to
  invest" nor "is implicating Mr Ebbers only to win a lighter sentence" (no past), nor "came
  only to say goodbye" (no break: a sole purpose).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.particles import phrasal_lemma, verb_trigger
from kg.extract.scorelines import score_at
from kg.extract.sportwords import sport_context
from kg.folding import fold
from kg.lexicon.events import VERB_TRIGGERS
from kg.lexicon.table import read_table, read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

OUTCOME_VERBS = read_words("outcome_verbs.txt")
CONTEST_MOVES = read_words("contest_moves.txt")
MATCH_MOVES = read_words("match_moves.txt")
MATCH_STRIKES = read_words("match_strikes.txt")
# Words before a noun that make "the X to win" a count of what was done.
_COUNTING = frozenset({"first", "last", "only", "second", "third", "fourth", "fifth", "sole"})
_BECOMING = frozenset({"be", "become"})
_BREAKS = frozenset({",", "-", "--", "\u2013", "\u2014", ";"})  # before "only to": what came next, not a sole purpose
_MOVING_ON = {part: frozenset(row.fields[0] for row in read_table("moving_on.tsv") if row.fields[1] == part)
              for part in ("leave", "take")}


def contest_outcome(verb: Word) -> bool:
    """Whether ``verb`` is the "to" infinitive of what beating an opponent brought, of
    what a scored match brought, of what a first or only one did, or of what came "only" after a past verb."""
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or not has_to(verb):
        return False
    head = verb.head
    if _scored(verb) or _counted(head, verb) or _only_after(head, verb):
        return True
    if _contest_move(head) and (fold(verb.lemma_) in OUTCOME_VERBS or _beating(verb)):
        return True  # "rallied to win the match", "fought back to beat Smith" (contest_moves.txt)
    if _match_strike(head, verb):
        return True  # "sprinted into the area to power home a header": he did
    if phrasal_lemma(head) in _MOVING_ON["leave"] and phrasal_lemma(verb) in _MOVING_ON["take"]:
        return True  # "left the club in January to join Newcastle": he joined
    return _beating(head) and fold(verb.lemma_) in OUTCOME_VERBS


def _match_strike(head: Word, verb: Word) -> bool:
    """Whether ``verb`` is the strike a past move ``head`` of a player brought, in a sports report (see above)."""
    misread = head.tag_ == "VBN" and head.head is not head and _past(head.head) and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children)  # "put Newcastle ahead when he ..., then sprinted": tagged VBN
    if not (_past(head) or misread) or fold(verb.lemma_) not in MATCH_STRIKES:
        return False
    on_hand = head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lower_ == "hand" for g in c.children) for c in head.children)  # "was on hand to grab a share of the points"
    if not (on_hand or phrasal_lemma(head) in MATCH_MOVES or fold(head.lemma_) in MATCH_MOVES):
        return False
    return bool(sport_context(head.doc))


def _past(verb: Word) -> bool:
    """A past tense: "sprinted", "had sprinted"."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children))


def _only_after(head: Word, verb: Word) -> bool:
    """Whether ``verb`` is an infinitive "only" opens after the past verb ``head`` ("made a full recovery, only to leave")."""
    past = _past(head)
    only = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i), None)
    return past and only is not None and only.i > 0 and verb.doc[only.i - 1].text in _BREAKS  # "came only to say": a purpose


def _beating(verb: Word) -> bool:
    """A verb of beating: a performance whose object is the opponent ("beat", "defeated")."""
    trigger = verb_trigger(verb)
    return trigger is not None and trigger.event_class == "performance" and trigger.object == "opponent"


def _contest_move(verb: Word) -> bool:
    """A verb of getting through a race or match (``contest_moves.txt``): "rallied", "held
    on", "fought back" (its "back" read as a particle or an adverb)."""
    backed = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return phrasal_lemma(verb) in CONTEST_MOVES or (backed and f"{verb.lemma_.lower()} back" in CONTEST_MOVES)


def _scored(verb: Word) -> bool:
    """Whether the infinitive is of a contest or its outcome with a score in its phrase
    ("to beat Enqvist 3-6 7-6 7-5", "to secure a 6-1 7-6 win"; not "to find himself 30-40 down")."""
    trigger = VERB_TRIGGERS.get(verb.lemma_.lower())
    if fold(verb.lemma_) not in OUTCOME_VERBS and (trigger is None or trigger.event_class != "performance"):
        return False
    return any(score_at(word) for word in verb.subtree if word.i > verb.i)


def _counted(head: Word, verb: Word) -> bool:
    """Whether ``head`` is "be" or "become" with a noun before the infinitive that an
    ordinal or a superlative counts: "became the first man ... to win"."""
    if head.lemma_.lower() not in _BECOMING:
        return False
    return any(
        noun.dep_ == "attr" and noun.i < verb.i and any(
            c.i < noun.i and (c.lower_ in _COUNTING or c.tag_ in ("JJS", "RBS")) for c in noun.children)
        for noun in head.children)
