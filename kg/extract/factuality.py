"""Factuality: how sure the text is that a clause's event happened (FactBank's spirit).

Each verb clause gets one `Factuality` with the word that set it (its cue) and, for reported, denied
or claimed content, who says so (its source). The rules, each with an example; the words are data:

- negation -> negated: "did not train", "never won an Oscar", "no date has been set", "failed to reach", "neither
  admitted nor denied"; but "has not decided whether to call up" -> questioned (``kg.extract.excluding``).
- modal auxiliary: "could strike", "may face" -> possible; "will meet" -> planned, but a change
  foretold, "the economy will slow", is possible (``kg.extract.forecasts``); advice stays possible.
- control verb, adjective or noun before the event's infinitive: "are preparing to pull out", "plans
  to cut", "is set to decelerate", "is due to announce", "is keen to cash in" -> planned; "is expected
  to cut", "is tipped to win", "is likely to face" -> possible; "is thought to attend", "is said to"
  -> speculated; "managed to win", "had to pull out", "was able to slot" stay asserted (``kg.extract.realised``).
- purpose clause: "withdrew from the line-up to face Gloucester" -> face is planned; "can act to boost" -> possible.
- speculation: "quashes speculation that he would stand", "rumours that", "allegedly insulted", "reportedly" -> speculated.
- denial: "Boeing denied that it gained ...", "rejected reports that" -> denied, the denier its source.
- conditional: "if ministers scrap the scheme", "If admitted, Turkey would contribute" -> possible, no plan; "if he
  had been in charge, he would have sent" -> negated, both clauses (``kg.extract.counterfactuals``);
  "whether the trend would continue" -> questioned; a final "?" ("Could rivalry overshadow election?") too.
- reported speech: "the ministry said troops are leaving" -> reported, source the ministry; the content keeps its
  own modality ("said troops are preparing to pull out" -> planned); "X predicted that" -> possible.
- intent over a thing: "plans regular gigs", "expects a rise" -> the gigs, the rise are planned or possible.
- scope: a conjoined verb shares its head's auxiliaries ("could strike and walk out"); a clause in reported speech too.
When several rules apply the strongest wins, in the order of ``RANK`` (a negation beats a plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.adverbials import adverbial_reading
from kg.extract.allegednot import alleged_negation
from kg.extract.asclauses import aside
from kg.extract.askednot import asked_not
from kg.extract.avoided import avoided, avoided_in, open_failure
from kg.extract.chances import chance_settled
from kg.extract.charges import unalleged
from kg.extract.commands import commanded
from kg.extract.controllers import adverbial_controller
from kg.extract.counterfactuals import counterfactual
from kg.extract.denialscope import denies
from kg.extract.difficulties import made_possible
from kg.extract.dueto import adjective_complement, after_preposition
from kg.extract.event_arguments import appositive_clause, has_to
from kg.extract.excluding import excluder, idle_not, open_choice, put_off, unnegated
from kg.extract.extraposed import extraposed
from kg.extract.factives import untold
from kg.extract.feelings import feeling, hoped_against
from kg.extract.findings import found_by
from kg.extract.forclauses import aim_of, for_subject, reframed
from kg.extract.forecasts import approximate, foretold
from kg.extract.forewarned import decided_past, present_warning
from kg.extract.frames import (
    CONTROL,
    DEONTIC,
    FRAMES,
    GENERIC,
    INVERSIONS,
    MODALS,
    NEGATIONS,
    SPEECH,
    UNDECIDED,
    arranged,
    asserting_modal,
    condition_frame,
    continues,
    denying_subject,
    generic,
    inverted_condition,
    lemma_in,
    modal_value,
    own_clause,
    parallel,
    participle,
    passive,
    told,
    undecided,
)
from kg.extract.generics import generic_clause
from kg.extract.gerunds import settled, subject_case, unmet_means
from kg.extract.infinitives import infinitive_form, to_befall
from kg.extract.interposed import interrupter, quoted_command
from kg.extract.knowncontent import known_content
from kg.extract.lacking import scant_cue
from kg.extract.means import means_of_passive, used_means
from kg.extract.modalscope import done_to_plan, doubted_negation, governing_part, subject_of, told_scope, widened
from kg.extract.neithernor import after_nor
from kg.extract.occasionacts import occasion_clause
from kg.extract.opposed import opposed
from kg.extract.outcomes import contest_outcome
from kg.extract.pastonce import past_once
from kg.extract.phrasalcues import aside_noun, cue_lemma
from kg.extract.pollsters import polled
from kg.extract.presupposed import noun_scope
from kg.extract.prevented import gerund, marked, unhappened
from kg.extract.purposes import separated
from kg.extract.realised import fulfilled
from kg.extract.ruledout import ruled_out
from kg.extract.runon import main_clause
from kg.extract.sayings import bare_idiom
from kg.extract.spans import is_relative
from kg.extract.thwarted import thwarted
from kg.extract.toolpurposes import tool_function
from kg.extract.wishes import left_open
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

EVIDENCE, ADVERBS, NOUNS, ADJECTIVES = (FACTUALITY_CUES[kind] for kind in ("evidence", "adverb", "noun", "adjective"))
MARKS, OBJECTS, IMPLYING, MAKING, SCANT = (FACTUALITY_CUES[kind] for kind in ("mark", "object", "implying", "making", "scant"))
RANK = {value: rank for rank, value in enumerate((Factuality.ASSERTED, Factuality.REPORTED, Factuality.PLANNED,
        Factuality.POSSIBLE, Factuality.SPECULATED, Factuality.QUESTIONED, Factuality.DENIED, Factuality.NEGATED))}
# A negated verb of intent negates the -ing its "of", "about" or "on" governs ("would never dream of running").
_INTENT, _INTENT_PREPOSITIONS = frozenset({Factuality.PLANNED, Factuality.POSSIBLE}), frozenset({"of", "about", "on"})
# What a clause passes down to a relative or adverbial clause inside it: who says it and how, never its plans.
_FRAMING = frozenset({Factuality.REPORTED, Factuality.SPECULATED, Factuality.DENIED, Factuality.QUESTIONED})
_SCOPE = _FRAMING | {Factuality.PLANNED, Factuality.POSSIBLE}  # an adverbial clause shares plans and doubts too
_SUBJECTS, _MAX_DEPTH, _CLAUSE_POS = frozenset({"nsubj", "nsubjpass"}), 40, frozenset({"VERB", "AUX"})
_MARKER_DEPS = _SUBJECTS | {"neg", "advmod", "aux", "auxpass", "mark", "prep", "npadvmod", "advcl", "preconj"}  # all `clause_markers` reads


@dataclass(frozen=True, slots=True)
class Reading:
    """A clause's factuality, the word that set it and who says so."""

    factuality: Factuality = Factuality.ASSERTED
    cue: str | None = None
    source: Word | None = None  # head word of whoever reports, claims or denies it

    def stronger(self, other: Reading) -> Reading:
        """The stronger of two readings (``RANK``); a source found on either side is kept."""
        best = other if RANK[other.factuality] > RANK[self.factuality] else self
        source = best.source or (self.source if best is other else other.source)
        return Reading(best.factuality, best.cue, source) if source is not best.source else best


ASSERTED = Reading()


def merges(xcomp: Word) -> bool:
    """Whether an xcomp continues its head's clause ("try to leave", one event), not one of its object ("ask them to")."""
    head = xcomp.head
    if xcomp.dep_ != "xcomp" or head.pos_ not in _CLAUSE_POS or xcomp.pos_ != "VERB" or quoted_command(xcomp):
        return False  # 'said: "Help me ..."': the quotation (kg.extract.interposed)
    return not any(c.dep_ in ("dobj", "dative") for c in head.children) and for_subject(head, xcomp) is None and \
        not (means_of_passive(xcomp) or used_means(xcomp) or bare_idiom(xcomp) or opposed(xcomp))  # "launched using machines"; "won rave reviews"; "opposes ending" (kg.extract.opposed)


def verb_chain(verb: Word) -> list[tuple[Word, Word | None]]:
    """The verbs of one clause: ``verb`` and the xcomps that continue it, each with the adjective that links it
    ("will be able to halve": (be, None), (halve, able); "are preparing to pull out": [(preparing, None), (pull, None)])."""
    chain: list[tuple[Word, Word | None]] = [(verb, None)]
    current = verb
    for _ in range(8):
        nxt = next((c for c in current.children if c.dep_ == "xcomp" and merges(c)), None)
        adjective = None
        if nxt is None:
            adjective = next((c for c in current.children if c.dep_ == "acomp"), None)
            if adjective is not None:
                nxt = adjective_complement(adjective)  # not "was due to BT stretching" (kg.extract.dueto)
        if nxt is None:
            break
        chain.append((nxt, adjective))
        current = nxt
    return chain


def clause_top(verb: Word) -> Word:
    """The first verb of the clause ``verb`` ends: up the merging xcomps and adjective links."""
    for _ in range(8):
        head = verb.head
        if verb.dep_ == "xcomp" and merges(verb):
            verb = head
        elif verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in _CLAUSE_POS and not after_preposition(head, verb):
            verb = head.head
        else:
            break
    return verb


def _subject(verb: Word) -> Word | None:
    """The verb's subject, or the one it shares with a verb it is coordinated with ("X declared ... and said")."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if found is not None or verb.dep_ != "conj" or verb.head.pos_ not in _CLAUSE_POS:
            return found
        verb = verb.head
    return None


def clause_markers(chain: list[tuple[Word, Word | None]]) -> Reading:
    """Markers inside the clause: negation, modals, adverbs, its subordinator, and the control verbs and adjectives."""
    found, condition = ASSERTED, ""
    for position, (verb, _adjective) in enumerate(chain):
        for child in [child for child in verb.children if child.dep_ in _MARKER_DEPS]:
            dep, word = child.dep_, child.lower_
            if dep == "neg" and (later := put_off(verb)) is not None:
                found = found.stronger(Reading(later, "until"))  # "will not announce it until March": then
                continue
            if (dep == "neg" or (dep == "advmod" and word in NEGATIONS) or (dep == "preconj" and word == "neither")) and not idle_not(child):
                found = found.stronger(Reading(Factuality.NEGATED, word))
            elif dep in ("aux", "auxpass") and word in MODALS and not asserting_modal(child, verb):
                found = found.stronger(Reading(modal_value(verb, word), word))
                condition = condition or (word if word in DEONTIC else "")
            elif dep == "advmod" and word in ADVERBS and not approximate(child):  # "almost doubled" (kg.extract.forecasts)
                found = found.stronger(Reading(ADVERBS[word], word))
            elif dep == "advmod" and f"no {word}" in ADVERBS and any(g.lower_ == "no" for g in child.children):
                found = found.stronger(Reading(ADVERBS[f"no {word}"], f"no {word}"))  # "is no longer isolated"
            elif dep == "mark" and position == 0 and word in MARKS and not past_once(child):  # kg.extract.pastonce
                found = found.stronger(Reading(MARKS[word], word))
                condition = word if MARKS[word] is Factuality.POSSIBLE else condition
            elif dep in _SUBJECTS and (denial := denying_subject(child)) is not None:
                found = found.stronger(Reading(Factuality.NEGATED, denial))  # "Nobody has claimed", "Not one bank"
            elif dep == "prep" and position == 0 and (frame := condition_frame(child)) is not None:
                found = found.stronger(Reading(FRAMES[frame], frame))  # "In the event of a takeover, ..."
            elif dep in _SUBJECTS and (anyone := generic(child)) is not None:
                found = found.stronger(Reading(GENERIC[anyone], anyone))  # "Any investor ... will lose"
            elif dep in ("prep", "npadvmod", "advcl") and (read := adverbial_reading(verb, child, position)):
                found = found.stronger(Reading(*read))  # "faces X on Monday", "will strike if" (kg.extract.adverbials)
        if position + 1 < len(chain) and (choice := open_choice(chain[position + 1][0])) is not None:
            question = Reading(Factuality.QUESTIONED, choice)  # "has not decided whether to call up": open
            found = question if found.factuality is Factuality.NEGATED else found.stronger(question)
        elif position + 1 < len(chain) and found.factuality is Factuality.NEGATED and (kept := unnegated(verb)):
            found = Reading(*kept)  # "has not ruled out signing": possible; "cannot wait to run out": planned
        if position + 1 < len(chain):
            control = _control(verb, chain[position + 1][1], chain[position + 1][0])  # "hoped to avoid", "never stopped" (kg.extract.avoided)
            found = Reading(*reset) if (reset := avoided(found.factuality, control.cue, chain[position + 1][0], found.cue)) else found.stronger(control)
    if condition and RANK[found.factuality] > RANK[Factuality.POSSIBLE] and (
            condition not in DEONTIC or found.factuality is Factuality.NEGATED):  # "whether ... should" stays a question
        found = Reading(Factuality.POSSIBLE, condition)  # "if the Reds fail to secure a place": a case, no failure
    if found.factuality is Factuality.PLANNED and found.cue in MODALS and (who := undecided(chain[0][0])):
        found = Reading(UNDECIDED[who], who)  # "The winner will face Brazil": no one's plan, a case
    return Reading(Factuality.POSSIBLE, doubt) if (doubt := doubted_negation(chain, found.cue)) else found  # "may not"


def _control(verb: Word, adjective: Word | None, complement: Word) -> Reading:
    """What a verb (or "be" + adjective) says of the infinitive it governs."""
    if adjective is None and verb.lemma_ == "be":  # "is favourite to take home an Oscar", "are favourites to win"
        adjective = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and _adjective(c) is not None), None)
    if (done := fulfilled(verb, adjective, complement)) is not None:  # kg.extract.realised, kg.extract.overtaken
        return Reading(*done)  # "had to pull out", "was keen to pay tribute": done; "had hoped to pitch": not
    if adjective is not None:
        if any(c.dep_ == "advmod" and c.lower_ == "too" for c in adjective.children):  # "too afraid to raise tax"
            return Reading(Factuality.NEGATED, "too")
        return Reading(value, adjective.lower_) if (value := _adjective(adjective)) is not None else ASSERTED
    lemma = lemma_in(verb, CONTROL, SPEECH)
    active_report = lemma in SPEECH and not passive(verb) and gerund(complement)  # "said being honoured" too
    if active_report:
        # "Authorities reported detaining 2,000 people": what they report they did.
        return Reading(SPEECH[lemma], lemma, _subject(verb))
    if lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children):
        return Reading(Factuality.NEGATED, "yet")  # "a date has yet to be set"
    if (aim := aim_of(complement)) is not None or arranged(verb) is complement:  # "Labour's aim is to" (kg.extract.aims)
        return Reading(NOUNS[aim.lemma_.lower()], aim.lemma_.lower()) if aim else Reading(Factuality.PLANNED, "be to")
    if lemma in CONTROL:
        source = _subject(verb) if CONTROL[lemma] is Factuality.DENIED else None
        return Reading(Factuality.POSSIBLE if left_open(verb, complement) else CONTROL[lemma], lemma, source)  # permits, wishes
    if separated(verb, complement) and not contest_outcome(complement):
        # "withdrew from the line-up to face Gloucester", "Yugansk, auctioned off to pay": a purpose (kg.extract.purposes).
        return Reading(Factuality.PLANNED, "to")
    return ASSERTED


def _adjective(word: Word) -> Factuality | None:
    return ADJECTIVES.get(word.lower_) or ADJECTIVES.get(word.lemma_.lower())  # "favourites"


class Scope:
    """Factuality readings of the clauses of one sentence, each clause read once."""

    __slots__ = ("_memo", "_question", "_depth", "_inverted")

    def __init__(self, question: bool = False) -> None:
        self._memo: dict[int, Reading] = {}
        self._question, self._depth = question, 0
        self._inverted: tuple[int, int, str] | bool | None = False  # not read yet

    def clause(self, chain: list[tuple[Word, Word | None]]) -> Reading:
        """The reading of the clause whose verbs are ``chain`` (see ``verb_chain``)."""
        top = chain[0][0]
        found = self._memo.get(top.i)
        if found is None:
            # A run-on "sentence" of a thousand clauses nests past the recursion limit: a few dozen up, none frames.
            self._depth += 1
            try:
                outer = self._condition(top) or (self._embedding(top) if self._depth < _MAX_DEPTH else ASSERTED)
            finally:
                self._depth -= 1
            own = _conditional(clause_markers(chain), top)
            own = own.stronger(Reading(Factuality.POSSIBLE, "imperative")) if commanded(top) else own  # "'Bring back Steve Lamacq,' wrote one listener": asked for (kg.extract.commands)
            own = Reading(Factuality.POSSIBLE, asker) if (asker := asked_not(top, own.factuality) or avoided_in(own.cue, own.factuality, outer.factuality)) else own  # kg.extract.askednot, kg.extract.avoided ("to avoid being delisted")
            open_frame = (outer.factuality is Factuality.POSSIBLE and (cue := outer.cue or "").startswith("not ") and cue[4:] in IMPLYING) or hoped_against(own.factuality, outer.factuality, outer.cue) or alleged_negation(top, outer.factuality)  # kg.extract.feelings, kg.extract.allegednot ("charged with failing to": alleged)
            found = outer if own.factuality is Factuality.NEGATED and (self._condition(top) == outer or open_frame) else Reading(own.factuality, own.cue, outer.source) if open_failure(own.factuality, chain) else own.stronger(outer)  # kg.extract.avoided
            found = Reading(Factuality.POSSIBLE, found.cue, found.source) if foretold(found.factuality, found.cue, chain[-1][0]) else found  # "The global economy will slow"
            found = Reading(Factuality.NEGATED, unreal, found.source) if found.factuality is Factuality.POSSIBLE and (unreal := counterfactual(chain[0][0])) else found  # "if he had been in charge, he would have sent" (kg.extract.counterfactuals)
            self._memo[top.i] = found
        if self._question:  # on every call: the memo holds the clause's own reading
            found = found.stronger(Reading(Factuality.QUESTIONED, "?"))
        return found

    def _condition(self, top: Word) -> Reading | None:
        """An inverted condition's reading ("Had the bank known, ..."), read alone, whatever frames the rest."""
        if self._inverted is False:
            self._inverted = inverted_condition(list(top.sent))  # a spaCy Span too
        span = self._inverted
        return Reading(INVERSIONS[span[2]], span[2]) if isinstance(span, tuple) and span[0] <= top.i < span[1] else None

    def prefix(self, verbs: list[Word]) -> Reading:
        """The reading of the first verbs of a clause alone: "withdrew" of "withdrew ... to face" ("urged people not to rush to call": asked)."""
        own = Reading(Factuality.POSSIBLE, asker) if (asker := asked_not(verbs[0], (own := clause_markers(verb_chain(verbs[0])[: len(verbs)])).factuality)) else own
        found = own.stronger(self._embedding(verbs[0]))
        return found.stronger(Reading(Factuality.QUESTIONED, "?")) if self._question else found

    def small_clause(self, adjective: Word) -> Reading:
        """The reading of a verbless clause ("declared [their mission complete]"): its framing."""
        return self._embedding(adjective).stronger(Reading(Factuality.QUESTIONED, "?") if self._question else ASSERTED)

    def adjective(self, word: Word) -> Reading | None:
        """What an adjective before an event noun says of it: "a possible rebellion"."""
        value = ADJECTIVES.get(word.lower_)
        return Reading(value, word.lower_) if value is not None else None

    def around(self, word: Word) -> Reading:
        """What the clause a noun stands in passes to it: its plans, doubts and
        framing; a verb of intent makes its object planned or possible ("plans a
        takeover", "agreed to the creation of a fund", "expects a rise", "the launch is awaited")."""
        ruler = excluder(word)  # "did not rule out a move": possible; "ruled out a move": negated (kg.extract.ruledout)
        if ruler is not None and (ruled := ruled_out(ruler, word, (whole := self.of_word(ruler)).factuality)) is not None:
            return Reading(*ruled, whole.source)
        governor = word.head.head if word.dep_ == "pobj" else word.head
        if word.dep_ == "dobj" and governor.pos_ == "VERB" and lemma_in(governor, MAKING) in MAKING:
            return self.of_word(governor)  # "has yet to agree a deal": no deal, as sure as the agreeing
        if word.dep_ in ("dobj", "pobj", "nsubjpass") and governor.pos_ == "VERB" and not aside_noun(word):
            value = OBJECTS.get(lemma := lemma_in(governor, OBJECTS)) or OBJECTS.get(f"{lemma} {word.head.lower_}")
            if value is not None:
                return Reading(value, lemma).stronger(self._outer(governor, _SCOPE))
        found = self._outer(word, noun_scope(word, _SCOPE, _FRAMING))  # "will see 4.6% growth": foretold
        return Reading(Factuality.POSSIBLE, found.cue, found.source) if foretold(found.factuality, found.cue, word) else found

    def of_word(self, word: Word) -> Reading:
        """The reading of the clause ``word`` heads or stands in (``ASSERTED`` outside any clause)."""
        for _ in range(12):
            if word.pos_ in _CLAUSE_POS and word.dep_ not in ("aux", "auxpass"):
                read = self._memo.get((top := clause_top(word)).i)  # a clause read already needs no verb chain
                return read if read is not None else self.clause(verb_chain(top))
            if word.head.i == word.i:
                break
            word = word.head
        return Reading(Factuality.QUESTIONED, "?") if self._question else ASSERTED

    def _outer(self, word: Word, keep: frozenset[Factuality], own: bool = False) -> Reading:
        """What the clause around ``word`` passes down: its reading when in ``keep``; with ``own``, only what
        reaches ``word`` (``kg.extract.modalscope``: a verb up to ``word``; a subject: what frames its clause)."""
        part = governing_part(word, verb_chain(clause_top(word))) if own and word.pos_ in _CLAUSE_POS else None
        verb = subject_of(word) if own else None  # "Scorsese, whose movie won best film, said being honoured": told
        outer = self.prefix(part) if part else self._embedding(clause_top(verb)) if verb else self.of_word(word)
        return outer if outer.factuality in keep else Reading(source=outer.source) if outer.source else ASSERTED

    def _complement(self, verb: Word, content: Word | None = None) -> Reading:
        """What a verb passes to its complement clause: its plans and doubts; when it is negated, the complement
        is left open, not asserted ("Nobody could picture Kennedy walking up Downing Street", "did not ask them
        to leave"), unless the verb takes its complement as known ("did not know that the firm had collapsed"; no
        modal either: "it should be remembered Vogts came", kg.extract.knowncontent)."""
        outer = self._outer(verb, _FRAMING if content is not None and known_content(verb, content) else _SCOPE)
        whole = self.of_word(verb)
        if whole.factuality is Factuality.NEGATED and outer.factuality is Factuality.ASSERTED and (
                lemma_in(verb, SPEECH) not in SPEECH):
            return Reading(Factuality.POSSIBLE, f"not {verb.lemma_.lower()}", outer.source)
        return outer

    def _embedding(self, top: Word) -> Reading:
        """What the clause's place in the sentence says of it."""
        dep, head = reframed(top)  # kg.extract.gerundconj, kg.extract.partitives, kg.extract.forclauses, kg.extract.purposeasides
        if head.i == top.i:  # "Rates, the bank warned, will rise": the bank's warning (kg.extract.interposed)
            return self._speech(said) if (said := interrupter(top)) is not None else ASSERTED
        if (kept := unhappened(top, lambda word: self.of_word(word).factuality)) is not None:  # "barred from providing"
            return Reading(*kept[:2]).stronger(self._outer(kept[2], _SCOPE))  # kg.extract.prevented
        if dep == "conj" and head.pos_ in _CLAUSE_POS:
            if own_clause(top, head) and not after_nor(top):  # kg.extract.neithernor
                # "did not want to strike and called for talks", "will not resign and will fight":
                # a verb with its own tense, auxiliary or subject, or after "but" beside a finite one, is
                # outside the first one's negation; only the frame around both holds ("Israel
                # refuses to accept X, but is said to be watching Y"; not "never smokes or drinks").
                return self._embedding(clause_top(head))
            # "could strike and walk out": the second verb shares the first one's clause.
            return self.prefix([head]) if parallel(top, head) else self.of_word(head)
        if to_befall(top):  # "The film, to be directed by Ron Howard, ...": not directed yet
            return Reading(Factuality.PLANNED, "to be").stronger(self._outer(head, _FRAMING))
        if dep in ("acl", "relcl") and (anyone := generic_clause(top, head)) is not None:
            return Reading(*anyone)  # "anyone who sells", "Firms that break the law could" (kg.extract.generics)
        if ((dep in ("acl", "ccomp", "relcl") and (head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and dep != "ccomp")))
                or (dep == "xcomp" and head.pos_ == "NOUN")) and not (participle(top) or done_to_plan(top)) and not any(  # "promises to cut" (xcomp)
                is_relative(c) and c.dep_ != "mark" for c in top.children):
            # "plans to cut", "reports the party repaid"; not what befell the thing itself:
            # "The deal, which was signed in March" was signed.
            return self._noun(head, dep).stronger(self._outer(head, widened(top, _FRAMING), own=dep != "ccomp"))
        if dep == "ccomp" and (odds := extraposed(head, top)) is not None:  # "It is unlikely that X will" (kg.extract.extraposed)
            return Reading(*odds).stronger(self._outer(head, _FRAMING))
        if dep == "ccomp" and (felt := feeling(head, top)) is not None:  # "are worried that X will": feared (kg.extract.feelings)
            return Reading(*felt).stronger(self._outer(head, _FRAMING))
        if dep == "ccomp" and (appositive_clause(top) or main_clause(top, head)):  # kg.extract.runon
            return self._outer(head, _FRAMING)  # "announced a cut, a move branded ... by the Tories"
        if dep == "ccomp" and (unsaid := _unestablished(head, top)) is not None:
            return unsaid.stronger(self._outer(head, _FRAMING))
        if (dep in ("ccomp", "parataxis") or quoted_command(top)) and head.pos_ in _CLAUSE_POS:
            # Speech frames its content in the speaker's voice ("will say that prices rose": the rise is reported,
            # not planned); any other verb passes its doubts on ("could let operators target programmes").
            speech = Reading(Factuality.POSSIBLE, head.lemma_.lower()) if left_open(head, top) else self._speech(head, top)
            if speech.factuality is not Factuality.ASSERTED:
                return speech.stronger(self._outer(head, _FRAMING))
            return self._complement(head, top) if dep == "ccomp" else self._outer(head, _SCOPE)
        if (dep == "xcomp" or adverbial_controller(top) is not None) and head.pos_ in _CLAUSE_POS:
            lemma = lemma_in(head, CONTROL)  # object control: "ordered Bellamy to attend", "tipped X to win" (advcl)
            value = Factuality.POSSIBLE if left_open(head, top) else CONTROL.get(lemma)
            purpose = Reading(Factuality.PLANNED, "to") if dep == "advcl" and not contest_outcome(top) else ASSERTED
            return (Reading(value, lemma) if value is not None else purpose).stronger(self._complement(head))
        if (governor := settled(top)) is not None and self.of_word(governor).cue not in MARKS:  # "will miss ... after damaging an ankle"
            return self._outer(governor, told_scope(top, _FRAMING))  # "despite missing": told
        if (made := made_possible(top)) is not None:  # "made it impossible for Yukos to pay": no paying (kg.extract.difficulties)
            return Reading(*made).stronger(self._outer(head, _SCOPE))
        if dep == "advcl":
            if _purpose(top):  # "launched software to allow people to search": what the software does (kg.extract.toolpurposes)
                return Reading(Factuality.POSSIBLE if tool_function(top) else CONTROL.get(lemma_in(head, CONTROL)) or Factuality.PLANNED, "to").stronger(self._outer(head, _SCOPE))  # "need ... to maintain": possible (CONTROL)
            outer = self._outer(head, _SCOPE, own=True)  # "could have had a third when Giggs hit the post": he hit it
            return self._outer(head, told_scope(top, _FRAMING), own=True) if aside(top, outer.factuality, outer.cue) else outer  # kg.extract.asclauses
        if dep == "pcomp" and (mark := marked(head, top)) is not None:  # "without creating chances", "instead of fearing": none
            return Reading(*mark).stronger(self._outer(head.head, _FRAMING))
        if dep == "pcomp" and head.head.pos_ in ("NOUN", "PROPN"):  # "no intention of handing in a transfer request"
            return self._noun(head.head, dep).stronger(self._outer(head.head, _SCOPE))
        if dep == "pcomp":
            # "suspected of using", "aimed at tackling"; an adverb rules "to" only if it negates: "came close to buying"
            governor = head.head
            value = ADJECTIVES.get(governor.lower_) if governor.pos_ == "ADJ" else CONTROL.get(cue_lemma(governor, CONTROL, head)) if (
                governor.pos_ != "ADV" or head.lower_ != "to" or CONTROL.get(governor.lower_) is Factuality.NEGATED) else None
            own = Reading(value, governor.lower_) if value is not None else ASSERTED
            if value in _INTENT and head.lower_ in _INTENT_PREPOSITIONS and (
                    whole := self.of_word(governor)).factuality is Factuality.NEGATED:
                return whole  # "would never dream of running a marathon": no running
            return own.stronger(self._outer(governor, _SCOPE)).stronger(Reading(*unmet_means(head, self.of_word(governor))))
        if (occasion := occasion_clause(top)) is not None and (held := self.of_word(occasion)).factuality is Factuality.PLANNED:
            return held  # "The concert, hosted by X, will take place on 5 March": planned (kg.extract.occasionacts)
        outer = self._outer(head, told_scope(top, _FRAMING), own=True) if dep in ("relcl", "acl") else self._outer(head, _SCOPE)
        return subject_case(top, outer)  # "Labour's plan, which was published last week": told (kg.extract.modalscope)

    def _speech(self, verb: Word, content: Word | None = None) -> Reading:
        """What a verb says of its that-clause: "said" reports, "denied" denies ...; a passive ("it is understood") speculates."""
        lemma = pair if " " in (pair := cue_lemma(verb, SPEECH)) else lemma_in(verb, SPEECH, CONTROL)  # "he went on"
        if passive(verb) and lemma in CONTROL:
            return Reading(CONTROL[lemma], lemma)
        value = found_by(SPEECH.get(lemma), subject := _subject(verb), content)  # "a poll suggests" (kg.extract.findings)
        if value is None and subject is not None and told(verb) and (
                framed := self._noun(subject, "nsubj")).factuality is not Factuality.ASSERTED:
            return framed  # "The story goes that the chairman sold", "the fear is that prices will rise"
        value = CONTROL.get(lemma) if value is None else value
        value = Factuality.REPORTED if content is not None and (present_warning(verb, content) or (  # kg.extract.forewarned
            value is Factuality.PLANNED and lemma not in SPEECH and decided_past(content))) else value  # "decided that X had"
        return ASSERTED if value is None or value is Factuality.ASSERTED else Reading(value, lemma, polled(subject))  # kg.extract.pollsters

    def _noun(self, noun: Word, dep: str) -> Reading:
        """What a noun frames: "speculation that", "plans to"; "no plans to" negates; a title ("the Today programme") nothing."""
        lemma = noun.lemma_.lower() if noun.lemma_.lower() in NOUNS else noun.lower_  # "odds": lemma "odd"
        value = None if unalleged(noun, dep) else NOUNS.get(lemma)  # "pleaded guilty to charges that", "in charge of"
        if value is None or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("", "DATE", "WORK_OF_ART")
                                for c in noun.children):  # a title, not an owner ("Lib Dem plans")
            frame = condition_frame(noun.head) if noun.dep_ == "pobj" else None  # "In the event that": a condition
            return Reading(FRAMES[frame], frame) if frame is not None else ASSERTED
        if few := scant_cue(noun):  # "no evidence that", "a lack of evidence that": negated; "little evidence": possible
            return Reading(SCANT[few], few)
        if (settled_chance := chance_settled(noun) or thwarted(noun)) is not None:  # "declined the chance to", "failed in a bid to"
            return Reading(*settled_chance)  # kg.extract.chances, kg.extract.thwarted
        if noun.dep_ == "dobj" and denies(governor := noun.head, self.of_word(governor).factuality):  # kg.extract.denialscope
            return Reading(Factuality.DENIED, governor.lemma_.lower(), _subject(governor))
        return Reading(value, lemma)


def _unestablished(verb: Word, clause: Word) -> Reading | None:
    """What a negated verb of meaning or speech leaves of its that-clause (``implying``: "did not mean that they
    admitted guilt" negated, "did not say it would close" possible); ``None`` unless negated, or for a wh-clause."""
    lemma = lemma_in(verb, IMPLYING)
    if (wh := any(t.tag_ in ("WRB", "WP", "WDT") for t in clause.subtree[:2])) or (kept := untold(verb)) is not None:
        return None if wh or kept is None else Reading(*kept)  # "refused to confirm he is", "did not disclose that" (kg.extract.factives)
    if lemma not in IMPLYING or not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in verb.children):
        return None  # below: "does not mean they are not calling": maybe they are
    return Reading(Factuality.POSSIBLE if any(c.dep_ == "neg" for c in clause.children) else IMPLYING[lemma], f"not {lemma}")


def _conditional(found: Reading, top: Word) -> Reading:
    """ "A poll found voters would reject the treaty": "would" in a finding (``evidence``
    cues) is conditional, not the plan it is after "said" ("said he would resign")."""
    if found.cue not in ("would", "'d") or top.dep_ != "ccomp":
        return found
    return Reading(value, found.cue, found.source) if (value := EVIDENCE.get(lemma_in(top.head, EVIDENCE))) is not None else found


def _purpose(verb: Word) -> bool:
    """An infinitive without a subject of its own: "to face Gloucester", "to be attacked" (``kg.extract.infinitives``)."""
    return infinitive_form(verb) and has_to(verb) and _subject(verb) is None and not (continues(verb) or contest_outcome(verb))
