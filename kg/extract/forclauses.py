"""An infinitive a framing noun governs, however the parser hangs it: "calls for him to name the day".

A noun that frames its clause (``factuality_cues.tsv``, kind "noun": "calls", "plans",
"demands") takes an infinitive with a "for" subject, and the parser often hangs that clause on
something else: on the noun as an adverbial clause ("There were calls for it to be cancelled"),
on the verb whose object the noun is ("Mr Blair has so far resisted calls for him to name the
day", "The government has resisted calls to publish the full advice"), or on the object of the noun's "for" ("joined calls for intercept evidence to be allowed
in trials"). ``reframed`` gives such a clause its noun back, so the noun's reading frames it
(``kg.extract.factuality``): the cancelling, the naming and the allowing are asked for (possible),
not done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.aims import aim_of
from kg.extract.claimreplies import claim_reply
from kg.extract.consequences import consequence_of
from kg.extract.event_arguments import has_to
from kg.extract.gerundconj import conj_head
from kg.extract.havedone import causative
from kg.extract.hungasks import hung_request
from kg.extract.ofgerunds import of_gerund
from kg.extract.partitives import partitive_head
from kg.extract.purposeasides import purpose_owner
from kg.extract.raisedclauses import raised_infinitive
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_SUBJECT_PREPOSITIONS = frozenset({"for", "on"})  # their object is the subject of an infinitive after it: "call for X to"
_NOUNS = FACTUALITY_CUES["noun"]
_CONTROLS = FACTUALITY_CUES["control"]
_FRAMED = frozenset({"advcl", "acl", "relcl"})


def reframed(verb: Word) -> tuple[str, Word]:
    """The dependency and head ``verb``'s clause is read with: ("acl", the framing noun) for an
    infinitive of a framing noun hung elsewhere (see the module), else its own and its head
    (past a coordinated gerund's and a partitive's: ``kg.extract.gerundconj``, ``kg.extract.partitives``; an -ing
    after a purpose's comma hangs on the purpose's verb: ``kg.extract.purposeasides``; an -ing
    with its own subject after a framing noun's "of" is that "of"'s: ``kg.extract.ofgerunds``)."""
    if (answerer := claim_reply(verb)) is not None:
        return "advcl", answerer  # "rejected the allegation that X, saying ...": the rejecter's reply (kg.extract.claimreplies)
    if (hearsay := raised_infinitive(verb)) is not None:
        return "xcomp", hearsay  # "was reported in June to have attended": said of him (kg.extract.raisedclauses)
    if (cause := consequence_of(verb)) is not None:
        return "advcl", cause  # "may switch to the Lib Dems allowing the Tories to win" (kg.extract.consequences)
    if (have := causative(verb)) is not None:
        return "conj", have  # "had her adopted": a second verb of the having, as sure as it (kg.extract.havedone)
    if (asker := hung_request(verb)) is not None:
        return "xcomp", asker  # "urged councils to limit increases", parsed on the noun: asked for (kg.extract.hungasks)
    if (owner := purpose_owner(verb)) is not None:
        return "advcl", owner  # "working hard to revitalise its brand, unveiling models": unveiled (kg.extract.purposeasides)
    if (of := of_gerund(verb)) is not None:
        return "pcomp", of  # "no chance of the club selling Gerrard": the chance's (kg.extract.ofgerunds)
    if (aim := aim_of(verb)) is not None:
        return "acl", aim  # "Labour's aim is to boost", "The aim is for X to recruit": the aim's content (kg.extract.aims)
    head = partitive_head(verb, conj_head(verb))
    if verb.dep_ not in _FRAMED or not has_to(verb) or head.i == verb.i:
        return verb.dep_, head
    noun = _framing_noun(verb, head)
    if noun is None and _asked_for(verb, head):
        return "xcomp", head  # "called for the embargo to be lifted": asked for, as "call on X to" is
    return ("acl", noun) if noun is not None else (verb.dep_, head)


def _asked_for(verb: Word, head: Word) -> bool:
    """ "Germany and France have called for the embargo to be lifted": an infinitive with its
    own subject after a "for" the parser made its mark, on a verb of asking
    (``factuality_cues.tsv``, kind "control", read possible: "call", "press", "ask", "urge"), is
    that verb's complement, asked for; never told ("is looking for councils to save money in
    coming years" keeps its own reading)."""
    return verb.dep_ == "advcl" and head.pos_ == "VERB" and _CONTROLS.get(head.lemma_.lower()) is Factuality.POSSIBLE and any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i < verb.i for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _framing_noun(verb: Word, head: Word) -> Word | None:
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    if verb.dep_ == "advcl" and head.pos_ == "NOUN" and _frames(head):
        return head  # "calls for it to be cancelled"
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and (marked or not any(c.dep_ == "nsubj" for c in verb.children)):
        start = min(t.i for t in verb.subtree)  # the "for" or the "to": "resisted calls for him to name", "calls to publish"
        noun = next((c for c in head.children if c.dep_ == "dobj" and max(t.i for t in c.subtree) + 1 == start), None)
        return noun if noun is not None and _frames(noun) else None
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "NOUN":
        noun = head.head.head  # "joined calls for intercept evidence to be allowed"
        return noun if _frames(noun) and not any(c.dep_ == "det" for c in head.children) else None
    return None


def _frames(noun: Word) -> bool:
    return noun.lemma_.lower() in _NOUNS or noun.lower_ in _NOUNS


def for_subject(head: Word, verb: Word) -> Word | None:
    """The subject a preposition gives an infinitive: "called for heads of government to
    play", "called on ministers to scrap the plan": the object of a "for" or "on" of
    ``head`` that ends right before the infinitive's first word, its "to" or the "not" before
    it ("called on them not to turn the election into a contest")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SUBJECT_PREPOSITIONS or not prep.i < verb.i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and max(t.i for t in pobj.subtree) + 1 == min(t.i for t in verb.subtree) and has_to(verb):
            return pobj
    return None
