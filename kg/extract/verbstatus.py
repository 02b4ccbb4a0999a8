"""What a verb of appointment says of a post: the status and factuality its hedges leave
("resigned as" former, "will be named" and "is to become" planned, "is expected to be
appointed" possible) and its date ("was appointed chairman on Monday"), for
``kg.extract.positions``.

A post a past copula gives in a clause of time is over: "tried to introduce them when he
was Home Secretary", "while he was chief financial officer at Enron" (former).

A verb of leaving that did not happen leaves the post held, as a fact: "will resign as
chairman", "refused to step down as leader", "challenged him to stand down as an MEP"
(a verb of control other than one whose infinitive happens, "was forced to resign as")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# Hedges on a verb of appointment: what the position's factuality becomes.
MODALS = {"will": Factuality.PLANNED, "shall": Factuality.PLANNED, "would": Factuality.POSSIBLE,
          "could": Factuality.POSSIBLE, "may": Factuality.POSSIBLE, "might": Factuality.POSSIBLE}
HEDGING_HEADS = {"expect": Factuality.POSSIBLE, "set": Factuality.PLANNED, "due": Factuality.PLANNED,
                 "tip": Factuality.SPECULATED, "rumour": Factuality.SPECULATED, "tout": Factuality.SPECULATED,
                 "likely": Factuality.POSSIBLE, "plan": Factuality.PLANNED, "want": Factuality.PLANNED,
                 "hope": Factuality.POSSIBLE, "favourite": Factuality.SPECULATED, "poise": Factuality.PLANNED}


# Verbs whose infinitive happened ("was forced to resign as chairman", "managed to"); the rest
# leave it undone: refused (negated), asked of another ("challenged him to stand down": possible),
# or one's own aim ("decided to step down": planned).
CARRIED_OUT = frozenset({"force", "compel", "oblige", "manage", "make", "have"})
REFUSING = frozenset({"refuse", "decline", "reject", "fail", "resist"})
# Words opening a clause of time a past copula's post belongs to ("when he was Home Secretary").
PAST_TIME_WORDS = frozenset({"when", "while", "whilst"})


def _to_infinitive(verb: Word) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive(verb: Word) -> bool:
    """A verb's infinitive complement: "refused to step down" (xcomp), or with a subject of its own
    the parser hung on it, "challenged Mr Kilroy-Silk to stand down" (ccomp with "to")."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and _to_infinitive(verb))


def _controlled(head: Word) -> Factuality:
    """The factuality of an appointment verb that ``head``, a verb of control, governs."""
    if head.lemma_.lower() in REFUSING or any(c.dep_ == "neg" for c in head.children):
        return Factuality.NEGATED
    if any(c.dep_ in ("dobj", "nsubjpass") for c in head.children) and not any(c.dep_ == "auxpass" for c in head.children):
        return Factuality.POSSIBLE  # "challenged Mr Kilroy-Silk to stand down": another's demand
    return Factuality.PLANNED


def _past_time(verb: Word) -> bool:
    """Whether a copula is the past tense of a clause of time ("when he was Home Secretary",
    "while he was chief financial officer at Enron"): a post held then, over now."""
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in PAST_TIME_WORDS for c in verb.children)


def verb_status(verb: Word, lemma: str, leaving: bool) -> tuple[str, Factuality]:
    """Status and factuality a verb of appointment leaves: "resigned as" (former), "will be
    named" (future, planned), "is expected to be appointed" (future, possible)."""
    factuality = Factuality.ASSERTED
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            factuality = MODALS[child.lower_]
        if child.dep_ == "neg":
            factuality = Factuality.NEGATED
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() in HEDGING_HEADS:
        factuality = HEDGING_HEADS[head.lemma_.lower()]
    elif _infinitive(verb) and head is not verb and head.pos_ == "VERB" and head.lemma_.lower() not in CARRIED_OUT:
        factuality = _controlled(head)  # "refused to step down as leader": still the leader
    elif verb.dep_ == "xcomp" and head is not verb and head.dep_ in ("acomp", "attr") and head.lemma_.lower() in HEDGING_HEADS:
        factuality = HEDGING_HEADS[head.lemma_.lower()]
    elif verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() == "be" and _to_infinitive(verb):
        factuality = Factuality.PLANNED  # "Mr Boateng is to become high commissioner": arranged, not yet held
    if leaving:  # "will resign as", "refused to step down as": the post is held, as a fact
        return ("former", factuality) if factuality is Factuality.ASSERTED else ("current", Factuality.ASSERTED)
    if lemma == "be" and factuality is Factuality.ASSERTED and _past_time(verb):
        return "former", factuality  # "tried to introduce them when he was Home Secretary": not his post now
    if factuality in (Factuality.ASSERTED, Factuality.NEGATED) or lemma == "be":
        return "current", factuality
    return "future", factuality


def time_of(words: Words, verb: Word) -> tuple[int, int] | None:
    """The first date or time expression among the verb's own words ("on Monday")."""
    for word in verb.subtree:
        if (word.ent_type_ in ("DATE", "TIME") and word.head.ent_type_ not in ("DATE", "TIME")) or (
            word.ent_type_ in ("DATE", "TIME") and word.head is word
        ):
            tokens = [w for w in word.subtree if w.ent_type_ in ("DATE", "TIME")]
            first, last = tokens[0], tokens[-1]
            return first.idx, last.idx + len(last.text)
    return None
