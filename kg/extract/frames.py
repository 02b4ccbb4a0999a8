"""Words that frame a clause: the tests on one word and its children that the
factuality rules (``kg.extract.factuality``) read, each with the construction it finds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kg.extract.couldonly import only_managed
from kg.extract.doubtedcontrasts import doubts
from kg.extract.effects import foreseen_effect
from kg.extract.emphatic import emphatic
from kg.extract.event_arguments import argument_kind, has_to
from kg.extract.habits import habitual
from kg.extract.participleclauses import misread_relative
from kg.extract.peopleplans import people_subject
from kg.extract.smallclauses import paired_small_clause
from kg.extract.thingplans import undergone_plan
from kg.extract.titlequestions import titled_question
from kg.extract.unjoined import reduced_relative
from kg.lexicon.events import FACTUALITY_CUES, NON_EVENTS
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

GENERIC = FACTUALITY_CUES["generic"]
INVERSIONS = FACTUALITY_CUES["inversion"]
FRAMES = FACTUALITY_CUES["frame"]
UNDECIDED = FACTUALITY_CUES["undecided"]
MODALS = FACTUALITY_CUES["modal"]
_SUBJECT_START = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
# Not "until": its clause ends the main one and comes after it ("could not be clarified until the
# World Bank had completed its assessment": not completed yet, as unsure as the clarifying).
_TIME_MARKS = frozenset({"when", "as", "after", "before", "while", "once", "since"})
CONTRAST = frozenset({"but", "yet", "though"})  # conjunctions that oppose two statements
FINITE = frozenset({"VBD", "VBZ", "VBP"})  # verb forms with a tense of their own
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NO_ONE = frozenset({"nobody", "none", "nothing", "noone"})  # subjects that deny: "but nobody knows"
_NONE_OF = frozenset({"even", "one", "single"})  # "Not even war", "Not one bank", "Not a single bank"
SPEECH = FACTUALITY_CUES["speech"]
CONTROL = FACTUALITY_CUES["control"]
_DAYS_AHEAD = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
                         "next", "later", "tonight", "weekend"})


# Modals of advice or obligation: what they govern, negated or not, is a case, not a fact.
DEONTIC = frozenset(word for word in ("should", "must", "ought") if word in MODALS)


def modal_value(verb: Word, modal: str) -> Factuality:
    """What the modal auxiliary ``modal`` of ``verb`` makes of it (``modal`` cues); a
    perfect modal has its own row where the table gives one: "Ryanair would have won the
    contract" is a case that did not come about (possible), not the plan "would win" is
    after "said"; "will have finished by March" stays a plan. A "will" or "would" of habit is no plan
    (``kg.extract.habits``: "will usually be covered"). A "would" of habit, in a
    clause set in the past, tells what used to happen: "In the past, sports fans would be
    left debating the try for weeks" (asserted)."""
    if perfect(verb):
        return MODALS.get(f"{modal} have", MODALS[modal])
    if modal in ("would", "'d") and _conditioned(verb):
        return Factuality.POSSIBLE  # "Turkey would contribute 6bn euros if admitted": a case, no one's plan
    if (habit := habitual(verb, modal)) is not None:
        return habit  # "will usually be covered", "would often visit": a habit (kg.extract.habits)
    if foreseen_effect(verb, modal):
        return Factuality.POSSIBLE  # "said costs would hurt its performance": foreseen (kg.extract.effects)
    return Factuality.ASSERTED if modal in ("would", "'d") and _in_the_past(verb) else MODALS[modal]


def _conditioned(verb: Word) -> bool:
    """Whether an adverbial clause of ``verb`` is a condition ("if admitted into the EU",
    "unless the bank raises rates"): a "would" under it tells what would follow, not a plan."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _in_the_past(verb: Word) -> bool:
    """Whether the clause opens on "In the past" (or "In those days")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i and any(
        g.dep_ == "pobj" and (g.lower_ == "past" or (g.lower_ == "days" and any(d.lower_ == "those" for d in g.children)))
        for g in c.children) for c in verb.children)


def perfect(verb: Word) -> bool:
    """Whether the verb has a perfect "have" of its own ("would [have] won")."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)


def conceded(verb: Word) -> bool:
    """ "X may have won the race, but ...": a perfect modal conceded before a contrast
    asserts what it concedes ("but Mourinho was not satisfied"); not when the contrast doubts it
    ("may have left, but nobody knows", "but he did not say", "but they could find no record"). Only a modal of what may be so concedes: "should have scored
    but shot wide", "would have won but for a late equaliser" say it did not happen."""
    if not perfect(verb) or not any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children) or not any(
            c.dep_ == "cc" and c.lower_ in CONTRAST and c.i > verb.i for c in verb.children):
        return False
    contrast = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    framing = lemma_in(contrast, SPEECH, CONTROL) in SPEECH | CONTROL and any(
        c.dep_ in ("ccomp", "xcomp") for c in contrast.children) if contrast is not None else True
    return contrast is not None and not framing and not doubts(contrast)  # kg.extract.doubtedcontrasts


def past_time_clause(verb: Word) -> bool:
    """A clause of time in the past tense ("when Giggs hit the post", "as they doubled
    their advantage"): what it tells happened, whatever might have happened in the clause
    it hangs on ("United could have had a third when ...", "there was nothing Martyn
    could do when United doubled their lead", "will be his ninth since Labour came to power";
    a "would" is a past's future and keeps it: "said he would leave after he finished")."""
    # A past passive or perfect too: "after Prutton was banned for shoving the referee"; and a
    # simple past the tagger took for a participle, with a subject and no auxiliary ("While
    # Passport and Hailstorm stored user information centrally, the latest system will store").
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children) or (any(
            c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))))
    return past and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children)


def generic(noun: Word) -> str | None:
    """The word that makes a subject no one in particular (``generic`` cues): "any" of
    "Any investor accepting the offer", "anyone", "whoever"; ``None`` for one named or meant.

    >>> from types import SimpleNamespace as Part
    >>> generic(Part(lower_="investor", children=[Part(dep_="det", lower_="any")]))
    'any'
    >>> generic(Part(lower_="investors", children=[Part(dep_="det", lower_="the")])) is None
    True
    """
    if noun.lower_ in GENERIC:
        return noun.lower_
    return next((c.lower_ for c in noun.children if c.dep_ == "det" and c.lower_ in GENERIC), None)


def arranged(be: Word) -> Word | None:
    """The infinitive of "be to" when its subject is one who is to act (a party or a
    place): "Investors are to receive £194m compensation", "The US government is to
    investigate two airlines" (planned); not what a thing is for ("The aim is to cut
    costs", "One of its successes was to persuade voters"), nor "be" with a complement
    of its own ("it is impossible to gauge", "it is up to governments to decide"). What
    is to be done to a thing is an event whatever the thing: "The match is yet to be played"."""
    if be.lemma_ != "be" or any(c.dep_ in ("acomp", "attr") or (c.dep_ == "prep" and c.i > be.i) for c in be.children):
        return None  # a phrase before "be" is no complement of its own: "At the DWP, 30,000 jobs are to go"
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    verb = next((c for c in be.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > be.i and has_to(c)), None)
    if subject is None or verb is None:
        return None
    done = passive(verb) or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in be.children)
    # A proper noun NER left unlabelled is a name still ("Rock band Coldplay are to tour"), and
    # "it" is the firm that says it is to act ("Microsoft said it was to buy Sybari Software")
    unlabelled = subject.pos_ == "PROPN" and not subject.ent_type_
    acting = unlabelled or _said_by_party(be, subject) or argument_kind(subject, [subject]) in ("party", "place") or \
        people_subject(subject)  # "Bosses of Deutsche Boerse and the LSE are to meet" (kg.extract.peopleplans)
    return verb if done or acting or undergone_plan(subject, verb) else None  # "The plant is to close" (kg.extract.thingplans)


def _said_by_party(be: Word, subject: Word) -> bool:
    """ "Microsoft said it was to buy": "it" under a speech verb whose subject is a party."""
    if subject.lower_ != "it" or be.dep_ != "ccomp" or be.head.lemma_.lower() not in SPEECH:
        return False
    speaker = next((c for c in be.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and argument_kind(speaker, [speaker]) == "party"


def ahead(word: Word) -> bool:
    """A time adjunct that names a day or a coming period: "on Monday", "next week";
    not by a day of a clause it holds ("is in talks to direct a new instalment in the
    Friday the 13th horror franchise": no day of the talks), nor a day that comes back
    ("Every Friday, hundreds of people gather": a habit, told)."""
    words = [t for t in word.subtree if t.ent_type_ in ("DATE", "TIME") and not _nested(t, word)]
    return bool(words) and words[0].lower_ not in ("last", "yesterday") and any(t.lower_ in _DAYS_AHEAD for t in words) \
        and not any(t.lower_ in ("last", "ago", "yesterday", "earlier") for t in words) \
        and not any(t.lower_ in ("every", "each") for t in word.subtree)


_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp"})


def _nested(word: Word, top: Word) -> bool:
    """Whether ``word`` stands in a clause below ``top``."""
    while word.i != top.i and word.head.i != word.i:
        if word.dep_ in _CLAUSE_DEPS:
            return True
        word = word.head
    return False


def is_present(verb: Word) -> bool:
    """ "faces", "is debated": present tense, not perfect ("has met") nor modal ("will meet").
    A base form that heads its sentence with a subject of its own and no auxiliary is a
    present the tagger read as an infinitive: "Tickets for the V festival go on sale on Friday"."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ == "MD" or (t.lemma_ == "have" and t.i != verb.i) for t in finite):
        return False
    return any(t.tag_ in ("VBZ", "VBP") for t in finite) or (
        verb.tag_ == "VB" and verb.dep_ == "ROOT" and len(finite) == 1 and any(c.dep_ == "nsubj" for c in verb.children))


_BASE_FORMS = frozenset({"VB", "VBP"})


def lemma_in(word: Word, *tables: Mapping[str, object]) -> str:
    """The word's lemma, or the form the tables know when the tagger's lemma is off
    ("hoped" read as "hop"): the inflection cut off, with and without an "e"."""
    lemma = word.lemma_.lower()
    # Loops, not `any()` over a generator: this runs for every verb of every rule that asks.
    for table in tables:
        if lemma in table:
            return lemma
    lower = word.lower_
    if lemma == lower and word.tag_ in _BASE_FORMS:
        return lemma  # nothing to cut: "would find" is no "fine"
    for ending in ("ed", "ing", "es", "s", "d"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            for form in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                for table in tables:
                    if form in table:
                        return form
    return lemma


def is_question(words: list[Word]) -> bool:
    """Whether a sentence asks: its last word, quotes and brackets aside, is "?"."""
    for k in range(len(words) - 1, -1, -1):
        if words[k].is_space or words[k].text in ('"', "'", "”", "’", "''", ")", "]"):
            continue
        return words[k].text.endswith("?") and not titled_question(words, k)  # "the film Shall We Dance?"
    return False



def passive(verb: Word) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def told(verb: Word) -> bool:
    """Whether a verb only gives its subject's content, a that-clause ("The story goes
    that ...", "The theory is that ..."), so the subject noun frames it; not a verb that
    acts on its own ("the plan could let extreme groups run policing")."""
    return verb.lemma_ == "be" or any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def own_tense(verb: Word) -> bool:
    """Whether ``verb`` carries a tense itself ("called") or through an auxiliary of its
    own, a modal included ("has promised", "is appealing", "will fight"); an
    infinitive's "to" gives none. A participle after "but" beside a perfect ("should have
    scored but shot wide") is a past form the tagger misread: what happened instead. A
    present form with no subject of its own beside a bare infinitive is the bare form
    misread ("will attack the Lib Dems for wanting to abolish faith schools, introduce
    compulsory sex education"): no tense of its own."""
    if verb.dep_ == "conj" and verb.tag_ == "VBP" and verb.head.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return own_auxiliary(verb)
    return verb.tag_ in FINITE or own_auxiliary(verb) or (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and perfect(verb.head) and contrasted(verb))


def parallel(verb: Word, head: Word) -> bool:
    """Whether a conjunct stands beside its head verb, not beside the infinitive the head
    governs: the same form, not a bare infinitive ("struggling to live up to the
    expectations, and reaching the point of raised voices": the reaching happened;
    "failed to qualify and retired"; not "plans to cut and close")."""
    return verb.tag_ == head.tag_ and verb.tag_ != "VB" and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in head.children)


def own_auxiliary(verb: Word) -> bool:
    """Whether ``verb`` has a finite or modal auxiliary of its own: "is said", "has
    promised", "will fight"."""
    return any(child.dep_ in ("aux", "auxpass") and (child.tag_ in FINITE or child.tag_ == "MD") for child in verb.children)


def own_clause(verb: Word, head: Word) -> bool:
    """Whether a verb coordinated with ``head`` makes a clause of its own: it has its own tense
    and either stands beside a non-finite head or a copula (a state: "was unable to run and
    missed the match"), has its own auxiliary or subject ("Jones was unable to convert and De
    Marigny hit the upright"), or follows "but"; or is a past participle that describes the noun
    before its comma ("compete with Nintendo's DS, released this month": ``reduced_relative``); not a
    second small clause of a modal verb ("would see X start and Y moved": ``kg.extract.smallclauses``)."""
    return reduced_relative(verb) is not None or (own_tense(verb) and not paired_small_clause(verb, head) and (
        head.tag_ not in FINITE or (head.lemma_ == "be" and verb.lemma_ != "be") or own_auxiliary(
        verb) or contrasted(verb) or any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children)))


def contrasted(verb: Word) -> bool:
    """Whether a coordinated verb follows a contrasting conjunction ("refuses X but
    watches Y"): the contrast starts a statement of its own."""
    return any(child.dep_ == "cc" and child.lower_ in CONTRAST for child in verb.head.children
               if verb.head.i < child.i < verb.i)


def participle(verb: Word) -> bool:
    """A participle that describes a noun ("a move welcomed by unions"), which the noun
    does not frame as its infinitive ("a move to cut jobs") or that-clause is; "-ed" forms
    tagged a past tense too ("one takeover attempt turned down by the Red Devils";
    kg.extract.participleclauses)."""
    return verb.dep_ == "acl" and (verb.tag_ in ("VBN", "VBG") or misread_relative(verb)) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def inverted_condition(words: list[Word]) -> tuple[int, int, str] | None:
    """The word span (start, end) of a condition opened by an auxiliary before its
    subject (``inversion`` cues), and that auxiliary: "Should the deal collapse, ...",
    "Had the bank known, ...", "Were the talks to fail, ...", "..., were the talks to
    fail". The auxiliary opens the sentence or follows a comma, its subject comes
    next, and a verb of its own (an infinitive or participle) follows before the next
    comma (a past form too: "Had ministers acted"); not "Smith, 45, had the best
    record" (a subject of its own before it)."""
    for k, word in enumerate(words):
        if word.lower_ not in INVERSIONS or word.tag_ not in ("MD", "VBD") or k + 1 == len(words):
            continue
        if (k and words[k - 1].pos_ != "PUNCT") or words[k + 1].pos_ not in _SUBJECT_START:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < word.i for c in word.children):
            continue
        end = next((w.i for w in words[k + 1:] if w.text in (",", ";")), words[-1].i + 1)
        if any(w.tag_ in ("VB", "VBN", "VBD") for w in words[k + 2:] if w.i < end):
            return word.i, end, word.lower_
    return None


def condition_frame(prep: Word) -> str | None:
    """The phrase a preposition opens when it frames a condition (``frame`` cues):
    "in the event of" of "In the event of a takeover, the chairman would resign", "in
    the event that" of "In the event that the talks fail, ...".

    >>> from types import SimpleNamespace as Part
    >>> of = Part(i=3, dep_="prep", lower_="of", children=[])
    >>> event = Part(i=2, dep_="pobj", lower_="event", children=[of])
    >>> the = Part(i=1, lower_="the")
    >>> in_ = Part(i=0, lower_="in", children=[event])
    >>> in_.subtree = [in_, the, event, of]
    >>> condition_frame(in_)
    'in the event of'
    """
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    clause = next((c for c in pobj.children if c.dep_ in ("acl", "relcl")), None) if pobj is not None else None
    link = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None) if pobj is not None else None
    if link is None and clause is not None:  # "in the event that the talks fail"
        link = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if link is None:
        return None
    phrase = " ".join(t.lower_ for t in prep.subtree if t.i <= link.i)
    return phrase if phrase in FRAMES else None


def undecided(verb: Word) -> str | None:
    """The subject of ``verb`` that is whoever comes out of an undecided contest
    (``undecided`` cues): "The winner will face Brazil", "Whoever wins the final will
    face Brazil"; not one the text names ("Last year's winner, Federer, will ..."), nor
    a passive subject, what others plan for the winner ("The winners will be announced")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None and subject.dep_ == "csubj":
        subject = next((c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in UNDECIDED or any(
            c.dep_ in ("poss", "appos") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in subject.children):
        return None
    return subject.lower_


def continues(verb: Word) -> bool:
    """Whether ``verb`` is the infinitive a phrasal verb of aspect goes on to
    (``non_events.tsv``): "Arsenal went on to win the game" says the game was won,
    though the parser hangs "to win" as a purpose.
    """
    if verb.dep_ != "advcl" or not has_to(verb):
        return False
    particle = next((c.lower_ for c in verb.head.children if c.dep_ == "prt"), None)
    return particle is not None and NON_EVENTS.get(f"{verb.head.lemma_.lower()} {particle}") == "aspect"


def named_modal(modal: Word, verb: Word) -> bool:
    """ "Will Smith's first romantic comedy, Hitch, has topped the box office": a modal takes
    a bare verb, so a capitalised "Will" beside a tensed auxiliary or verb ("has", "topped"
    as a past) is the name the parse read as a modal, and plans nothing."""
    return modal.text[:1].isupper() and (verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children))


def asserting_modal(modal: Word, verb: Word) -> bool:
    """A modal that leaves its clause asserted: conceded before a contrast, a name misread, or the "could" of
    "could only finish second" (``kg.extract.couldonly``), under no condition of its own."""
    return conceded(verb) or named_modal(modal, verb) or (only_managed(modal, verb) and not _conditioned(verb))


def denying_subject(subject: Word) -> str | None:
    """The word by which a subject denies its clause, or ``None``: "No company has bought it", "Neither
    side scored", "Nobody knows", and a "not" that opens the subject: "Not even war has halted the
    event", "Not one bank has lent money", "Not a single bank" (not "Not all banks", "Not only X", "Not one but
    two banks": ``kg.extract.emphatic``)."""
    if subject.lower_ in NO_ONE:
        return subject.lower_
    if any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in subject.children):
        return "no"
    words = list(subject.subtree)[:3]
    if len(words) >= 2 and words[0].lower_ == "not" and words[0].dep_ == "neg" and (
            words[1].lower_ in _NONE_OF or (words[1].lower_ == "a" and words[2].lower_ in _NONE_OF)) and not emphatic(words[0]):
        return f"not {words[1].lower_}"
    return None
