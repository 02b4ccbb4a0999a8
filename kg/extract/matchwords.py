"""The words of match narration (``match_idioms.tsv``) and the readings every
match rule shares (``kg.extract.goals``): what a noun is (a goal, a shot, a lead, a
side), who did it (the subject, a shot's taker, a co-ordinated verb's first
subject) and when and for whom ("after 72 minutes", "for the hosts")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract import spans
from kg.extract.clauses import subject_of
from kg.extract.event_arguments import PARTY_PRONOUNS, argument_kind, extra_role
from kg.extract.spans import word_phrase
from kg.folding import fold
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["NOUNS", "SCORE", "VERBS", "Found", "around", "child_of", "doer", "is_kind", "noun_key", "prep_words",
           "scorer"]

_IDIOMS = read_table("match_idioms.tsv")
VERBS: dict[str, frozenset[str]] = {}
"""Verb lemma -> the constructions that make it a goal, a save or a defeat."""
NOUNS: dict[str, frozenset[str]] = {}
"""Noun (folded, hyphens as spaces) -> what it is: goal, strike, lead, level."""
for _row in _IDIOMS:
    _into = VERBS if _row.fields[1] == "verb" else NOUNS
    _into[_row.fields[0]] = _into.get(_row.fields[0], frozenset()) | {_row.fields[2]}

Found = list[tuple[str, list["Word"]]]
SCORE = Trigger("performance", "agent", "opponent")
# Roles a goal keeps from its prepositions and adverbs: "after 72 minutes", "for the
# hosts", "against Everton"; not a reason ("for his first goal") nor a source ("from 20 yards").
_KEPT_ROLES = frozenset({"time", "place", "opponent", "beneficiary"})
# "his first goal in 16 months": how long since, not when
_SPANS = frozenset({"day", "week", "month", "year", "season"})



def prep_words(word: Word) -> list[Word]:
    """``spans.prep_phrase`` of a kg ``Word``."""
    return cast("list[Word]", spans.prep_phrase(cast(Any, word)))


def _subject_of(verb: Word) -> tuple[Word | None, str]:
    return cast("tuple[Word | None, str]", subject_of(cast(Any, verb)))


def noun_key(word: Word) -> str:
    """A noun as ``match_idioms.tsv`` lists it: folded, a hyphenated compound whole
    ("free-kick", "hat-trick", which the tokenizer cuts in three)."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 1].idx == doc[word.i - 2].idx + len(doc[word.i - 2].text):
        return fold(f"{doc[word.i - 2].text} {word.text}")
    return fold(word.lemma_ if word.lemma_ not in ("", "-PRON-") else word.text)


def is_kind(word: Word | None, kind: str) -> bool:
    """Whether ``word`` is a noun of ``kind`` (a goal noun is a strike noun too)."""
    if word is None:
        return False
    kinds = NOUNS.get(noun_key(word), frozenset()) | NOUNS.get(fold(word.text), frozenset()) | NOUNS.get(
        fold(word.lemma_), frozenset())  # "wonder-strike": a strike
    return kind in kinds or (kind == "strike" and "goal" in kinds)


def child_of(word: Word, *deps: str) -> Word | None:
    """The first child of ``word`` in one of ``deps``."""
    return next((c for c in word.children if c.dep_ in deps), None)


def doer(verb: Word, depth: int = 0) -> Word | None:
    """Who did it: the verb's own subject, the first verb's of a co-ordination
    ("rounded Jones and slotted into an empty net": Rooney, never the object
    ``subject_of`` gives a bare complement), the controller of an infinitive ("hopes
    to score"), a relative's antecedent; none for a clause whose subject the parse
    lost ("as Bramble headed in", Bramble read as an adjective)."""
    own = child_of(verb, "nsubj", "nsubjpass")
    if own is not None or depth > 4:
        return own
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and child_of(verb.head, "nsubj") is None:
        # "rounded Jones with three minutes to go and slotted into an empty net": the
        # parse joins the goal to "go", whose controller would be Jones
        return doer(verb.head.head, depth + 1)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return doer(verb.head, depth + 1)
    if verb.dep_ in ("xcomp", "relcl") or (verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        subject, _ = _subject_of(verb)
        return subject
    return None


def scorer(verb: Word) -> Found:
    """Who scored, read from the subject: a side or a player as it stands; a shot's
    taker: "Henry's free-kick", "a late Lampard penalty", "a header from Gudjohnsen"."""
    subject = doer(verb)
    if subject is None:
        return []
    if not is_kind(subject, "strike"):
        # Any side or player as written; one no entity stands for is dropped when the
        # arguments are linked (kg.resolve.events), as every agent is.
        if subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in PARTY_PRONOUNS:
            return [("agent", word_phrase(subject))]
        return []
    possessor = child_of(subject, "poss")
    if possessor is not None:
        return [("agent", [t for t in word_phrase(possessor) if t.tag_ != "POS"])]
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return [("agent", [t for name in names for t in word_phrase(name)])]
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        pobj = child_of(prep, "pobj")
        if pobj is not None and argument_kind(pobj, [pobj]) in ("party", "place"):
            return [("agent", word_phrase(pobj))]
    if subject.dep_ == "dobj" and subject.head.pos_ == "VERB" and subject.head is not verb:
        return scorer(subject.head)  # "Henry produced a sublime strike to put Arsenal ahead"
    return []


def around(verb: Word, skip: frozenset[str] = frozenset()) -> Found:
    """The goal's time, place, side it was for or against: "after 72 minutes", "for
    the hosts"; "through X" names the scorer of the subject's side."""
    found: Found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in skip:
            tokens = prep_words(child)
            role = extra_role(tokens, SCORE, False) if tokens else None
            pobj = child_of(child, "pobj")
            if role == "reason" and child.lower_ == "for" and pobj is not None and is_kind(pobj, "side"):
                role = "beneficiary"  # "equalised for the hosts"
            if role in _KEPT_ROLES and not (role == "time" and (pobj is None or (child.lower_ == "in" and (
                    pobj.lemma_.lower() in _SPANS)))):  # not "After playing second fiddle", "in 16 months"
                found.append((role, tokens))
        elif child.dep_ == "npadvmod" and argument_kind(child, [child]) == "time":
            found.append(("time", word_phrase(child)))
        elif child.dep_ == "advmod" and child.ent_type_ == "TIME":
            found.append(("time", sorted(child.subtree, key=lambda t: t.i)))  # "11 minutes later"
    return found
