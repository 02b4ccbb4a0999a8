"""Contest results: who won, lost or drew, against whom and by what score, where the
parse does not give it plainly. Sport reports are a fifth of the news, and their key
facts are results.

Each rule names its construction:

- a result carried by a noun (``result_nouns.tsv``) gives the event of its verb, with
  the same roles: "Chelsea's 2-0 defeat by Newcastle" -> lose(agent=Chelsea,
  opponent=Newcastle, quantity=2-0), as "Chelsea lost 2-0 to Newcastle"; "a 3-1 win
  over Leeds" -> win(opponent=Leeds, quantity=3-1); "Wales' victory against Italy",
  "their draw with Everton", "Celtic's exit at the hands of Barcelona". Its holder is
  the possessor, else the subject of a verb the result happens to ("Arsenal suffered a
  2-1 defeat to Bolton", ``result_verbs.txt``) or of any verb with "to" + the result
  ("Leeds slumped to a 3-1 defeat"); that verb names no event of its own
  (``carries_result``). A result after "with" is the clause subject's, whose verb
  stays an event: "Davenport booked her place with a 6-2 6-4 win over Vaidisova". A
  loser's noun with "of" + a side is the winner's: "Newcastle's defeat of Chelsea" ->
  beat(agent=Newcastle, opponent=Chelsea). A result against an "and" list of sides is
  against every one of them: "following defeats by Wales, France and Ireland".
- a beaten side read as an adverb before the score: "Liverpool beat Everton 2-1",
  where the parse makes "Everton" an npadvmod of "beat" (``adverb_opponent``).

A noun gives a result only with a score or a side it was against: "the firm's loss of
£5m", "the draw for the fourth round" and "a win" alone keep the ordinary reading of
an event noun (``kg.extract.events``); but a loser's event noun names its loser by its
possessor alone: "after Labour's heavy defeat in 1983" -> lose(agent=Labour), not a
defeat Labour inflicted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.clauses import subject_of
from kg.extract.event_arguments import PARTY_PRONOUNS, argument_kind, prep_role
from kg.extract.listed import first_member
from kg.extract.scorelines import score_at, score_run
from kg.extract.spans import word_phrase
from kg.lexicon import PRONOUNS
from kg.lexicon.events import NOUN_TRIGGERS, VERB_TRIGGERS, Trigger
from kg.lexicon.table import read_table, read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["EVENT_NOUNS", "adverb_opponent", "carries_result", "noun_result"]

RESULT_NOUNS: dict[str, tuple[str, str]] = {row.fields[0]: (row.fields[1], row.fields[2])
                                            for row in read_table("result_nouns.tsv")}
"""Result noun -> (the verb whose event it gives, the side its holder is on)."""
RESULT_VERBS = read_words("result_verbs.txt")
EVENT_NOUNS = frozenset(NOUN_TRIGGERS) | frozenset(RESULT_NOUNS)
"""Every noun that may head an event: the event nouns and the result nouns."""
# The side a result was against: "win over", "victory against", "draw with", "defeat
# to / by"; "at the hands of" is read through its "of".
_AGAINST = {"winner": frozenset({"over", "against", "versus", "v", "vs"}),
            "loser": frozenset({"to", "by", "against", "versus", "v", "vs"}),
            "level": frozenset({"with", "against", "versus", "v", "vs", "by"})}  # "held to a draw by Hibs"
_SIDES = frozenset({"party", "place"})  # teams are often read as places ("Everton": GPE)
# "his", "her", "its", "their": a possessor that coreference links like a verb's "he" or "they".
_OWNING = frozenset(word for word, pronoun in PRONOUNS.items() if pronoun.person == 3 and "possessive" in pronoun.cases)

Found = list[tuple[str, list["Word"]]]



def _side(pobj: Word) -> list[Word]:
    """The phrase of a side the result was against: a team, a person, a country, or a
    name NER did not type ("Barcelona", "them")."""
    tokens = word_phrase(pobj)
    if pobj.lower_ in PARTY_PRONOUNS or argument_kind(pobj, tokens) in _SIDES or (
            pobj.pos_ == "PROPN" and not pobj.ent_type_):
        return tokens
    return []


def _opponent(prep: Word, side: str) -> list[Word]:
    """The side of "over Leeds", "to Bolton", "with Everton", "at the hands of
    Barcelona" (``[]`` when the phrase names none)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    if prep.lower_ == "at" and pobj.lower_ == "hands":
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return _side(inner) if inner is not None else []
    return _side(pobj) if prep.lower_ in _AGAINST[side] else []


def _later_sides(prep: Word) -> list[list[Word]]:
    """The later members of the "and" list of sides a result was against, all or none:
    "following defeats by Wales, France and Ireland" -> France, Ireland (not "to Wales or France")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    later = [_side(c) for c in pobj.conjuncts if c.i > pobj.i and first_member(c) is pobj] if pobj is not None else []
    return later if all(later) else []


def _holder(noun: Word) -> list[Word]:
    """Whose result it is: the possessor ("Chelsea's defeat"; "their 18-17 defeat to
    France", "his 6-2 win": the pronoun, which ``kg.resolve.events`` links as it links a
    verb's "they" or "he", and leaves out when it finds no one), else the subject of
    "suffered a defeat" or of "slumped to a defeat"."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None and possessor.pos_ == "PRON":
        return [possessor] if possessor.lower_ in _OWNING else []
    if possessor is not None:
        return [t for t in word_phrase(possessor) if t.tag_ != "POS"]
    verb = _carrier(noun) or _with_result(noun)
    if verb is None or verb.dep_ in ("relcl", "acl"):
        return []
    subject, _ = subject_of(cast(Any, verb))
    return word_phrase(cast("Word", subject)) if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") else []


def _carrier(noun: Word) -> Word | None:
    """The verb a result happens to the subject of: "suffered [a defeat]", "slumped to
    [a defeat]", "were held to [a draw]"; ``None`` otherwise."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in RESULT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.head
    return None


def _with_result(noun: Word) -> Word | None:
    """The verb of a clause whose subject a result "with" belongs to: "Davenport booked
    her place in the last 16 with a 6-2 6-4 win over Vaidisova", "Agassi was delighted
    with victory over Massu" (through the adjective). The verb is an event of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    head = prep.head.head if prep.head.dep_ == "acomp" else prep.head
    return head if head.pos_ in ("VERB", "AUX") else None


def noun_result(noun: Word) -> tuple[str, Trigger, Found] | None:
    """The event a result noun reports, as its verb would: (lemma, trigger, arguments),
    or ``None`` when the noun is no result noun or names no score and no side it was
    against."""
    entry = RESULT_NOUNS.get(noun.lemma_.lower())
    if entry is None:
        return None
    verb, side = entry
    found: Found = []
    contest = False
    for child in noun.children:
        if child.dep_ in ("nummod", "compound", "amod") and (score := score_run(child) or score_run(child.left_edge)):
            found.append(("quantity", score))
            contest = True
        elif child.dep_ == "prep" and side == "loser" and child.lower_ == "of" and (beaten := _opponent_of(child)):
            verb, side = "beat", "winner"  # "Newcastle's defeat of Chelsea": Newcastle won
            found.append(("opponent", beaten))
            contest = True
        elif child.dep_ in ("prep", "agent") and (opponent := _opponent(child, side)):
            found += [("opponent", opponent), *(("opponent", member) for member in _later_sides(child))]
            contest = True
        elif child.dep_ == "prep":
            found += _setting(child, VERB_TRIGGERS[verb])
    if not contest and not _named_loser(noun, side):
        return None
    holder = _holder(noun)
    if holder and argument_kind(holder[-1], holder) == "time":
        found.insert(0, ("time", holder))  # "December's win over Olympiakos": when, not who
    elif holder:
        found.insert(0, ("agent", holder))
    carrier = _carrier(noun)
    if carrier is not None:  # "suffered a defeat to Bolton on Saturday": the day is the defeat's
        found += [setting for c in carrier.children if c.dep_ == "prep" and c.i != noun.head.i
                  for setting in _setting(c, VERB_TRIGGERS[verb])]
    return verb, VERB_TRIGGERS[verb], found


def _named_loser(noun: Word, side: str) -> bool:
    """Whether a loser's noun that is an event noun alone names its loser by a possessor:
    "after Labour's heavy defeat in 1983 he was elected leader" (Labour lost; it beat no one);
    not "the firm's loss" (no event noun alone) nor "his defeat" (a pronoun)."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    return side == "loser" and noun.lemma_.lower() in NOUN_TRIGGERS and possessor is not None and \
        possessor.pos_ != "PRON" and argument_kind(possessor, word_phrase(possessor)) in _SIDES


def _setting(prep: Word, trigger: Trigger) -> Found:
    """Where or when a result was: "at Highbury", "on Saturday" (a "for" or "of" is no
    result's)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    role = prep_role(prep, pobj, word_phrase(pobj), trigger, False)
    return [(role, word_phrase(pobj))] if role in ("place", "time") else []


def _opponent_of(prep: Word) -> list[Word]:
    """The beaten side of a loser's noun with "of", when a possessor says who won."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in prep.head.children):
        return []
    return _side(pobj)


def carries_result(verb: Word) -> bool:
    """Whether the verb only says whose a result is: "Arsenal suffered a 2-1 defeat to
    Bolton", "Chelsea cruised to a 4-0 win over Leeds" (the result is the event)."""
    for child in verb.children:
        if child.dep_ != "dobj" and (child.dep_ != "prep" or child.lower_ != "to"):
            continue  # neither an object nor "to": no result's noun (most children)
        nouns = [child] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"]
        if any(noun.pos_ == "NOUN" and _carrier(noun) is verb and noun_result(noun) is not None for noun in nouns):
            return True
    return False


def adverb_opponent(head: Word | None, trigger: Trigger) -> bool:
    """Whether ``head`` is the beaten side of a contest verb that the parse read as an
    adverb before the score: "Liverpool beat Everton 2-1" ("Everton" an npadvmod)."""
    # A number the parse made the object is the score's ("beat Dundee 3-0": "0" a dobj).
    if head is None or head.dep_ != "npadvmod" or trigger.object != "opponent" or any(
            c.dep_ == "dobj" and not c.like_num for c in head.head.children):
        return False
    end = max(t.i for t in head.subtree) + 1
    return bool(_side(head)) and end < head.sent.end and bool(score_at(head.sent.doc[end]))
