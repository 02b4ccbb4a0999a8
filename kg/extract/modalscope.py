"""How far a modal reaches: a doubt is not a denial, and background is not in doubt.

A modal governs its own verb and that verb's complements, not what the sentence tells
aside. Three rules, for ``kg.extract.factuality``:

- a negation under an epistemic modal leaves the event open, not denied: "there are fears
  demand may not be met", "the details may not be nailed down", "a problem that may never
  disappear" -> possible, the cue "may not" (``doubted_negation``);
- an adverbial clause that tells a reason or background is outside the main verb's modal
  or plan (``told_aside``): "can be hard to spot because DDoS attacks typically use
  thousands of computers" (the use is told), a participle that describes a noun ("$3bn
  in contracts announced late last year, Sprint will spend": announced; "Firefox,
  released on 9 November, might cause": released) or a perfect participle ("Having
  already donated billions ..., Mr Gates will call on"): done. A past clause of time
  ("could have had a third when Giggs hit the post") is one too (``frames.past_time_clause``);
- a cue among a clause's verbs reaches forward to the verbs it governs, never back
  (``governing_part``): "Jones has continually denied ever taking illegal substances ...,
  although she praised a zinc supplement": the denial reaches "taking", not the clause that
  hangs on "denied" itself; an adverbial clause on a verb the clause's chain of verbs
  (``factuality.verb_chain``) goes on past is read with the chain up to that verb only;
  a relative clause on the subject stands outside the cues of its verb's clause, framed
  only by what frames that clause ("Martin Scorsese, whose movie The Aviator went on to
  win best film, said being honoured in the UK meant a lot to him": the win is told, not
  speculated as "said being honoured" is) (``subject_of``);
- a clause that tells a fact of its own is framed only by who reports it, never by a
  speculation, a denial or a question around it (``told_scope``): a relative clause in the
  past, set off by a comma or on a definite noun ("Labour claims the policy is an attempt to
  catch up with Labour's plan, which was published last week": published, told), a relative
  clause in the present set off by a comma on a name ("speculation that JP McManus and John
  Magnier, who own a 29% stake in Manchester United, will sell": they own it, told; not "be":
  "claims Smith, who is unhappy, will leave"), and an
  -ing clause of "since" or "despite" ("Tindall believes he can make the Lions tour, despite
  missing most of the season": he missed it; "accuse Labour of raising taxes since coming to
  power": it came to power).

A clause in the past or the perfect on a noun of plan or expectation, with a subject of its own
and no object nor "that", tells what was done to the plan, not what it plans (``done_to_plan``):
"Mutu was sacked - a move Wenger has backed" (he backed it: told, not planned), "the offer
the board rejected"; not "plans to cut", "a deal that will see", "reports the party repaid
its debts" (a clause with its own object is the noun's content).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.concessions import conceding
from kg.extract.firsttimes import counted_time
from kg.extract.frames import NEGATIONS, past_time_clause
from kg.extract.glosses import gloss
from kg.extract.laterodds import later_odds
from kg.extract.modalattributes import foreseen
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

# Modals of likelihood: "may not" is "perhaps not", where "could not", "would not" and
# "will not" deny (an inability, a refusal, a plan not to).
_DOUBTING = frozenset({"may", "might"})
# Subordinators of a reason or a concession the writer gives as a fact: "although the
# firm made a profit" is told, whatever the main clause plans or doubts.
_REASONS = frozenset({"because", "although", "though", "whereas"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "mark", "aux", "auxpass"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
# Words that make a participle a case or a time to come, as a mark or an adverb: "Once completed in 2005, ... will be".
_CASES = frozenset({"if", "unless", "once", "when", "whenever", "until", "till", "before", "after", "where"})


def doubted_negation(chain: list[tuple[Word, Word | None]], cue: str | None) -> str | None:
    """The cue ("may not") when the negation ``cue`` of a clause's verbs stands beside "may"
    or "might" on the same verb, or "until" when it is a low guess of when (``kg.extract.laterodds``),
    else ``None``."""
    for verb, _adjective in chain:
        negation = next((c.lower_ for c in verb.children if c.lower_ == cue and (
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS))), None)
        modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in _DOUBTING), None)
        if negation is not None and modal is not None:
            return f"{modal} {negation}"
    return later_odds(chain, cue)  # "is unlikely to cut production until March" (kg.extract.laterodds)


def told_aside(verb: Word) -> bool:
    """Whether an adverbial clause tells what its main clause's modal does not reach (see the module)."""
    if past_time_clause(verb) or any(c.dep_ == "mark" and c.lower_ in _REASONS for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)  # "Having donated ..."
    if any(c.dep_ in _OWN_CLAUSE or c.lower_ in _CASES for c in verb.children):
        return False  # "if convicted", "once completed": a case or a time to come
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.i < verb.head.i or (before is not None and before.pos_ in _NOMINAL)


def governing_part(word: Word, chain: list[tuple[Word, Word | None]]) -> list[Word] | None:
    """The verbs of ``chain`` up to ``word`` when ``word`` is one of them and the chain goes on
    past it ("denied" of "denied ... taking": [denied]), else ``None`` (see the module)."""
    verbs = [verb for verb, _adjective in chain]
    place = next((n for n, verb in enumerate(verbs) if verb.i == word.i), None)
    return None if place is None or place + 1 == len(verbs) else verbs[: place + 1]


def subject_of(word: Word) -> Word | None:
    """The verb ``word`` is the subject of, else ``None``: a clause on the subject stands outside
    the cues of that verb's own clause (see the module)."""
    head = word.head
    return head if word.dep_ in _SUBJECTS and head.i != word.i and head.pos_ in ("VERB", "AUX") else None


# Prepositions of an -ing clause that tell a known point or a concession, not a step of what
# is claimed ("accused of stealing the car after breaking in": the breaking is claimed too).
_TOLD_POINTS = frozenset({"since", "despite"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ASIDE = frozenset({",", "(", "-", "--", "\u2013"})


def told_scope(verb: Word, keep: frozenset[Factuality]) -> frozenset[Factuality]:
    """``keep`` narrowed to a report when ``verb`` heads a clause that tells a fact of its own
    (see the module), else ``keep``; nothing for the writer's gloss on a name (``kg.extract.glosses``)."""
    if gloss(verb):
        return frozenset()
    if foreseen(verb):  # "could be the role which wins her the award" (kg.extract.modalattributes)
        return keep | {Factuality.POSSIBLE}
    return keep & {Factuality.REPORTED} if _past_relative(verb) or _told_point(verb) or conceding(verb) else keep


def widened(verb: Word, keep: frozenset[Factuality]) -> frozenset[Factuality]:
    """``keep`` with plans and doubts when ``verb`` heads the clause of "will be the first time that X
    has hosted", which tells that time's event (``kg.extract.firsttimes``), else ``keep``."""
    if foreseen(verb):  # kg.extract.modalattributes: its doubts only, no plan ("will be the third year that")
        keep = keep | {Factuality.POSSIBLE}
    return keep | {Factuality.PLANNED, Factuality.POSSIBLE} if counted_time(verb) else keep


def _past_relative(verb: Word) -> bool:
    """A relative clause of an event in the past ("who won", "which was published", "who has
    scored"), set off by a comma or on a definite noun: "a man who attacked her" may be part
    of a claim, and a past "be" in a claim is often the claim's own tense moved back; or one in
    the present set off by a comma on a name ("McManus, who owns a stake")."""
    if verb.dep_ != "relcl" or verb.lemma_ == "be":  # "claimed X, which was the equivalent of": his, backshifted
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return False
    past = (verb.tag_ == "VBD" and not auxiliaries) or any(
        c.tag_ == "VBD" or (c.lemma_ == "have" and verb.tag_ == "VBN") for c in auxiliaries)
    first, noun = verb.left_edge, verb.head
    aside = first.i > 0 and verb.doc[first.i - 1].lower_ in _ASIDE
    definite = noun.pos_ == "PROPN" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)
    named_aside = aside and noun.pos_ == "PROPN" and verb.tag_ in ("VBZ", "VBP") and not auxiliaries
    return (past and (aside or definite)) or named_aside


def _told_point(verb: Word) -> bool:
    """An -ing clause of "since" or "despite" ("despite missing most of the season")."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in _TOLD_POINTS
    return any(c.dep_ == "mark" and c.lower_ in _TOLD_POINTS for c in verb.children)


# Readings of nouns that look ahead ("a move", "the offer", "expectations"): a clause in the past
# on them is what befell the plan, never its content.
_AHEAD = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})
_CONTENT_DEPS = frozenset({"dobj", "mark", "ccomp", "xcomp", "attr", "acomp"})


def done_to_plan(verb: Word) -> bool:
    """Whether ``verb`` heads a relative clause without a relative word, in the past or the
    perfect, on a noun of plan or expectation ("a move Wenger has backed"; see the module)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or FACTUALITY_CUES["noun"].get(noun.lemma_.lower()) not in _AHEAD:
        return False
    if any(c.dep_ in _CONTENT_DEPS or c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = (verb.tag_ == "VBD" and not auxiliaries) or (
        verb.tag_ == "VBN" and bool(auxiliaries) and all(c.lemma_ == "have" for c in auxiliaries))
    return past and any(c.dep_ == "nsubj" for c in verb.children)
