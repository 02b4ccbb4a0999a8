"""Whether a speech was given: the factuality of a speech verb's own clause.

News writes speeches ahead of time ("Tony Blair will say: ..."); read as given,
such a quote states a speech that has not happened. Each speech is read with the
clause machinery of ``kg.extract.factuality`` (modals, control verbs, adjectives,
negation, the speech or doubt around the verb), so every cue of
``factuality_cues.tsv`` applies. The rules, each with an example:

- a speech to come: "Tony Blair will say: ...", "is to tell the conference",
  "is set to announce", "plans to announce" -> planned;
- a briefed speech: "is expected to say that ..." -> planned, not possible: the
  press has been told what the speaker will say (``BRIEFED``);
- "may say", "could tell" -> possible;
- no speech: "refused to say whether", "declined to say", "would not say" ->
  negated;
- an answer given: "the firm would say only that it was reviewing the deal" ->
  asserted: "would" with "only" is the past of a grudging answer, not a plan
  (``GRUDGING``);
- a speech that came next: "He went on to say that ..." -> asserted: a phrasal
  verb of aspect (``non_events.tsv``) is no plan of the speech;
- a second speech act coordinated with a first ("Derek Wyatt said ... and
  suggested people were bored") -> as sure as the first;
- a speech as an adverbial clause, as a clause with its own subject or
  auxiliary coordinated with another, or after "with" ("with the Tories
  claiming ..."): its own words only. "Wenger tried to stay upbeat,
  adding: ...", "He backed the plans as the police said they would help",
  "He denied activists had forced the changes, telling the BBC ...", "The
  Tories say the Lib Dems would raise tax and Labour says ..." -> asserted: the
  parse hangs such clauses on the nearest verb, often inside what someone else
  says, denies or plans, and a speech read through that verb would take its
  framing. Measured on 40 unseen BBC politics articles, most such framings came
  from a misplaced attachment; the cost is "will address the rally, saying
  ..." (asserted, not planned);
- the speaker's next speech act, which the parse coordinates with what was said
  ("The Tory leader said the team had reached a view, but admitted it was not
  easy": ``speechbounds.speaker_conjunct``) -> as sure as the first speech
  (asserted), not reported by the speaker;
- a speech in a relative clause is taken as known, whatever question, plan or
  doubt is around it: "when Lomu was asked whether he was taking a risk he replied:
  ..." (the parse hangs "he replied" on "risk") -> asserted, not questioned; "the
  allegations which he said had been made countless times" -> asserted, not
  speculated; "proposals which the Tories say would save £4.3bn" -> not planned;
  but a claim it stands in does: "The book claims ... a dinner where the prime
  minister told Mr Brown he would stand down" -> speculated; and "Anybody who
  says ..." stays possible;
- a speech verb with a tense of its own after a first verb: "The chancellor would
  not comment, but insisted he would not be diverted" -> asserted, not negated;
  "Dunne is keen to put that behind him and said: ..." -> asserted, not planned;
- a speech is never reported by itself: "Derek Wyatt said having a campaign
  'turned off voters'" (the parse takes "said having" for "reported doing")
  -> asserted;
- a speech inside someone else's: "The coach said the striker had told his
  team-mates that his knee was sore" -> reported.

A speech verb that the parse hangs inside its own quotation ('"We will win,"
said Mr Smith' with "win" as the root) is read on its own markers only: the
quotation's "will" is what the speaker says, not how sure the writer is that
the speech was given. A question mark inside a quotation asks nothing of the
speech ('She asked: "Is it over?"' was asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import (
    ASSERTED,
    Reading,
    Scope,
    clause_markers,
    clause_top,
    verb_chain,
)
from kg.extract.frames import is_question
from kg.extract.speechbounds import speaker_conjunct
from kg.lexicon import SPEECH_CUES
from kg.lexicon.events import NON_EVENTS
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.types import Span

BRIEFED = frozenset({"expect", "expected"})
"""Cues of a speech expected ahead of time, which is a planned one ("is expected to say")."""
_CLAUSE = frozenset({"VERB", "AUX"})
_OWN = frozenset({"nsubj", "nsubjpass", "aux"})  # a clause of its own: "and Labour says", "and have said"
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_NOT_REACHING = frozenset({Factuality.QUESTIONED, Factuality.PLANNED, Factuality.NEGATED})
GRUDGING = frozenset({"only"})
"""Adverbs that make "would say" a past answer ("would say only that", "would only say")."""


def speech_reading(verb: Word, content: Span, direct: bool) -> Reading:
    """How sure the text is that the speech of ``verb`` was given.

    Args:
        verb: The speech verb.
        content: Character span of what was said.
        direct: Whether what was said is a quotation (its "?" does not make the speech a question).
    """
    top = clause_top(verb)
    question = not direct and is_question(list(verb.sent))
    scope = Scope(question=question)
    if top.head is not top and content[0] <= top.head.idx < content[1]:
        found = clause_markers(verb_chain(top))  # hung inside its own quotation: its own words only
        found = found.stronger(Reading(Factuality.QUESTIONED, "?")) if question else found
    elif top.dep_ == "conj" and top.head.dep_ == "ccomp" and speaker_conjunct(top.head) is top:
        found = clause_markers(verb_chain(top)).stronger(scope.of_word(top.head.head))  # the speaker's next act
    elif top.dep_ == "conj" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in SPEECH_CUES and not _own_tense(top):
        shared = speech_reading(top.head, content, direct)  # not the first verb's own cue: "denies X and says Y"
        found = clause_markers(verb_chain(top)).stronger(shared if shared.cue != top.head.lemma_.lower() else ASSERTED)
    elif top.dep_ in ("advcl", "pcomp") or (top.dep_ == "conj" and (top.head.pos_ not in _CLAUSE or any(
            c.dep_ in _OWN for c in top.children) or _own_tense(top))):
        # hung on the nearest verb, or a verb with a tense of its own ("would not comment, but insisted",
        # "is keen to put that behind him and said"): its own words only
        found = clause_markers(verb_chain(top))
    else:
        found = scope.of_word(verb)
        if top.dep_ == "relcl" and (found.factuality in _NOT_REACHING or (top.head.pos_ == "NOUN" and found.cue in (
                top.head.lemma_.lower(), top.head.lower_))):
            # a relative clause is presupposed: no question, plan or negation around it reaches it, nor
            # the noun it tells of ("the allegations which he said had been made"); a claim it sits in does
            found = clause_markers(verb_chain(top))
    if found.factuality is Factuality.POSSIBLE and found.cue in BRIEFED:
        return Reading(Factuality.PLANNED, found.cue, found.source)
    if found.factuality is Factuality.PLANNED and found.cue in ("would", "'d") and any(
            c.dep_ == "advmod" and c.lower_ in GRUDGING for c in verb.children):
        return ASSERTED
    if found.cue == top.lemma_.lower() and (_aspect(top) or found.factuality is Factuality.REPORTED):
        return ASSERTED  # "went on to say"; "said having ... turned off voters": no one reports the speech but its speaker
    return found


def _own_tense(verb: Word) -> bool:
    """Whether ``verb``, a tensed conjunct, has a tense of its own: another tense than the verb
    before it ("would not comment on the reports, but insisted", "is keen to put that behind
    him and said"), or set against it by "but" or "yet". The first verb's modal, negation or
    control ("keen to") is not its own; "said ... and suggested" shares the first verb's."""
    return verb.tag_ in _TENSED and (verb.head.tag_ != verb.tag_ or any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and verb.head.i < c.i < verb.i for c in verb.head.children))


def _aspect(verb: Word) -> bool:
    """Whether ``verb`` is a phrasal verb of aspect ("went on (to say)")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return particle is not None and NON_EVENTS.get(f"{verb.lemma_.lower()} {particle}") == "aspect"
