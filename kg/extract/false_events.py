"""Verbs that the parse gives as clause heads but that name no event: a participle
that qualifies a noun, a participle used as a preposition, and idioms whose
infinitive says what something is for or what remains, not what happens.

Each rule names its construction (``non_event_forms.tsv`` lists the word forms):

- premodifier: "Holmes will face [defending champion] Maria Mutola" (the parser
  reads "defending" as a verb with Mutola its object; no one defends anything);
- preposition: "Smith returned [following a drugs ban]", "[according to]
  analysts": a participle with no auxiliary and no subject of its own;
- "there to be" + passive: "managers are there to be criticised" says what a role
  is for, not that anyone was criticised;
- filler: "there is more to come from him": an infinitival relative of a quantity
  word says what remains, not that anyone came;
- a role noun read as a verb between two names: "assess Ireland [lock] Paul
  O'Connell", "Prop Phil Vickery and [lock] Simon Shaw" (``roles.tsv``): the lock is a
  player's position, not a locking;
- a market close: "the FTSE 100 [closed] 16.29 points lower at 4,500" is a fall
  (``kg.extract.closes``), nothing was closed;
- an idiom of a verb and an adverb, a bare noun or a preposition: "Sales [fell] short
  of expectations", "the team [fell] behind", "who [fall] victim to these attacks", "the
  nun who [falls] in love with" (no fall);
- an age: "died of a heart attack [aged] 73" (``kg.extract.ages``);
- an extraposed infinitive: "it was important to [cut] costs" (``kg.extract.extraposed``);
- a participle adjective glued to the finite verb right before it, which the parser made its
  auxiliary or subject: "the Foundation, which helps [abused] victims", "which supports
  [abused] children": the victims were abused, by no one the sentence names;
- a causative's participle tagged a past tense: "failed to get the Hunting Act [ruled]
  invalid" (``kg.extract.reduced``: the act rules nothing, and the ruling is not told);
- a passive "left" with an adjective for its complement: "Roddick was [left] frustrated"
  says how he ended up;
- a verb of seeming with a noun or adjective complement: "Mr Blair, [looking] a little
  windswept", "when the Heineken Cup [looked] a good wager" (``seeming_verbs.txt``);
- a noun a numeral counts or ranks: "the Scissor Sisters went to [number] one" (also where the
  parser makes the numeral its object), "100 trillion [won]" (a verb takes no numeral of its own), or that a noun right before it compounds:
  "reality TV [show] The Osbournes" (a verb takes no compound);
- a noun's head read as a present-tense verb: the word right after a noun that is an
  object, with no subject or auxiliary of its own, ends that noun's phrase ("will play
  in the second singles [clash]", "moved up to second in the world [rankings]", "the
  club's hopes of cup [silverware]", "presented children's TV [shows] Number 73"); so is a
  past tag that is the bare form, a noun's too ("with her debut [hit] Genie in a Bottle").

A participle that completes "be" or a verb of seeming (``stative``) is an adjective, a
state, when a degree adverb grades it or the verb is one of seeming or becoming: "areas
were [so under-developed]", "the days of arcade classics are [long gone]", "Mr Blair ends
up [looking embattled]", "was [becoming increasingly frustrated]" (``degree_adverbs.txt``,
``linking_verbs.txt``); "DiCaprio and Blanchett are both [nominated] for" stays an event.

- the infinitive of an adjective of ease or difficulty: "has found it difficult to satisfy
  Japan's mobile users", "will be hard to beat" (``kg.extract.difficulties``).
- the infinitive of a verb of struggling: "are struggling to assess the cost" (``kg.extract.struggles``).

And one event that is no statement though its verb is one (``class_of``): a passive
of a statement verb that keeps its object, "Smith was denied bail", "was denied a
visa": Smith is the one refused, and nobody spoke; the class is "other".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.ages import stated_age
from kg.extract.charges import duty
from kg.extract.clauses import COMPLEMENT_VERBS
from kg.extract.closes import closing_move
from kg.extract.difficulties import rated
from kg.extract.event_arguments import argument_kind, has_to
from kg.extract.extraposed import extraposed_infinitive
from kg.extract.quotedas import quotes_speech
from kg.extract.reduced import caused_past
from kg.extract.refusals import uncommented
from kg.extract.represents import unrepresented
from kg.extract.sayings import object_phrases, set_phrase
from kg.extract.scorelines import score_at
from kg.extract.struggles import struggled
from kg.extract.titledverbs import title_word
from kg.lexicon import ROLE_HEADS
from kg.lexicon.events import NON_EVENT_FORMS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["class_of", "false_event", "stative"]

_DEGREE = read_words("degree_adverbs.txt")
_LINKING = read_words("linking_verbs.txt")
_SEEMING = read_words("seeming_verbs.txt")
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd"})
_AUXILIARIES = frozenset({"be", "have", "do", "get"})  # the finite verbs an auxiliary may be

# Subjects that are someone, not something said: the one a passive "denied" refuses.
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})
_SOMEONE = frozenset({"PERSON", "ORG", "NORP"})
_OWN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "csubj"})
# Where a participle used as a preposition stands in a clause ("given" only opens
# one: "the money given to charity" is a real passive).
_OPENERS = frozenset({",", "(", "-", "—", "–"})
# Every lemma an idiom of ``non_event_forms.tsv`` opens with (each text before one of its
# spaces): a verb with none of them is no idiom, and `_idiom` reads nothing else of it.
_IDIOM_LEMMAS = frozenset(
    form[:space] for form, construction in NON_EVENT_FORMS.items() if construction == "idiom"
    for space, character in enumerate(form) if character == " "
)


def false_event(verb: Word) -> bool:
    """Whether a verb the clause rules found heads no event (see the module's list)."""
    construction = NON_EVENT_FORMS.get(verb.lower_)
    if construction == "premodifier":
        return _premodifier(verb)
    if construction == "preposition":
        return _preposition(verb)
    return _there_to_be(verb) or _filler(verb) or _role_noun(verb) or closing_move(verb) is not None or _idiom(verb) or \
        _phrase_head(verb) or _seeming(verb) or duty(verb) or _counted(verb) or uncommented(verb) or \
        _left_in_state(verb) or set_phrase(verb) or rated(verb) or stated_age(verb) or extraposed_infinitive(verb) or \
        caused_past(verb) or _glued(verb) or quotes_speech(verb) or title_word(verb) or struggled(verb) or \
        unrepresented(verb)  # kg.extract.refusals: uncommented; kg.extract.represents: unrepresented;
    # kg.extract.sayings: set_phrase; kg.extract.difficulties: rated; kg.extract.ages: stated_age;
    # kg.extract.extraposed: extraposed_infinitive; kg.extract.reduced: caused_past; kg.extract.quotedas:
    # quotes_speech ("was quoted as saying": the speech is the event); kg.extract.titledverbs: title_word;
    # kg.extract.struggles: struggled ("struggling to assess the cost": no assessing)


def _glued(verb: Word) -> bool:
    """ "which helps abused victims": a past form with a noun object whose auxiliary or subject
    is the finite verb right before it, one that is no auxiliary (be, have, do, get): that verb
    is the clause's, the participle an adjective of its object."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or not any(
            c.dep_ == "dobj" and c.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.head.i == verb.i and before.dep_ in ("aux", "nsubj") and before.tag_ in ("VBZ", "VBP", "VBD") \
        and before.lemma_.lower() not in _AUXILIARIES


def _counted(verb: Word) -> bool:
    """ "went to number one", "100 trillion won": a word that a numeral counts or ranks is a
    noun the tagger read as a verb (a verb takes no numeral of its own); so is one that a noun
    right before it compounds, with no subject or auxiliary of its own: "reality TV [show]
    The Osbournes", "ITV1 talent [show] The X-Factor" (a verb takes no compound)."""
    if any(c.dep_ == "nummod" for c in verb.children):
        return True
    if verb.lower_ == "number" and verb.i + 1 < len(verb.doc) and _rank(verb.doc[verb.i + 1]) and verb.doc[verb.i + 1].head == verb:
        return True  # "went to number one", "shifts to number eight": a rank, the parser's object (not "to number 5,000")

    return verb.i > 0 and any(c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ in ("NOUN", "PROPN")
                              for c in verb.children) and not any(c.dep_ in _OWN for c in verb.children)


def _rank(word: Word) -> bool:
    """A numeral small enough to be a rank or a shirt: "one", "eight", "11" (not "5,000")."""
    return word.like_num and (word.lower_.isalpha() or (word.text.isdigit() and len(word.text) <= 2))


def _left_in_state(verb: Word) -> bool:
    """ "Roddick was left frustrated", "fans were left stunned": a passive "left" with an
    adjective or participle for its complement says how someone ended up, no one left
    anyone ("was left out of the squad", "left the club" stay events)."""
    return verb.lemma_.lower() == "leave" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ in ("oprd", "acomp") and (c.pos_ == "ADJ" or c.tag_ == "VBN") for c in verb.children)


def _idiom(verb: Word) -> bool:
    """ "fell short of expectations": an adverb or particle that makes the verb an idiom
    (``non_event_forms.tsv``, construction "idiom"); so do a bare noun ("fall victim to"),
    a preposition ("falls within the allowance"), a preposition with its noun ("falls
    in love", "falling into that trap"), a particle with the preposition after it ("is made
    up of") and an object phrase ("stole the show")."""
    lemma = verb.lemma_.lower()
    if lemma not in _IDIOM_LEMMAS:
        return False
    forms = [c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt", "acomp") or (c.dep_ == "prep" and not any(
        argument_kind(g, [g]) == "time" for g in c.children))]  # "fell within minutes of" is a fall
    forms += [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and not any(
        g.dep_ in ("det", "poss") for g in c.children)]
    forms += [f"{c.lower_} {g.lemma_.lower()}" for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    forms += [f"{p.lower_} {c.lower_}" for p in verb.children if p.dep_ == "prt" for c in verb.children
              if c.dep_ == "prep" and c.i > p.i]  # "is made up of senior figures": no making
    forms += object_phrases(verb)  # "stole the show", "turned a blind eye" (kg.extract.sayings)
    return any(NON_EVENT_FORMS.get(f"{lemma} {form}") == "idiom" for form in forms)


def _premodifier(verb: Word) -> bool:
    """ "face defending champion Maria Mutola": the participle is followed at once by a
    bare common noun (no determiner), which is how a title opens, or by a role noun the
    tagger read as a name's word before a name ("standing against sitting MP Oona King"),
    and governs no auxiliary or subject ("is defending his title" is an event)."""
    doc = verb.doc
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in _OWN for c in verb.children):
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.tag_ == "NNP" and after.lower_ in ROLE_HEADS and after.i + 1 < len(doc):
        return doc[after.i + 1].tag_ == "NNP"  # "sitting MP Oona King"
    return after is not None and after.pos_ == "NOUN" and after.tag_ in ("NN", "NNS")


def _preposition(verb: Word) -> bool:
    """ "banned for two years following a positive test", "the firm has done well,
    according to analysts", "given the risks, officials ...", "4% as opposed to 5%":
    no auxiliary and no subject of its own; "given" only where it opens its phrase,
    "opposed" only in "as opposed to"."""
    if any(c.dep_ in _OWN for c in verb.children):
        return False
    if verb.lower_ == "opposed":  # "4% as opposed to 5%": a contrast, no one opposes
        doc = verb.doc
        return verb.i > 0 and doc[verb.i - 1].lower_ == "as" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to"
    if verb.lower_ != "given":
        return verb.tag_ == "VBG"
    return verb.i == verb.sent.start or verb.doc[verb.i - 1].text in _OPENERS


def _there_to_be(verb: Word) -> bool:
    """ "he is there to be shot at": a passive infinitive under "be there"."""
    head = verb.head
    return verb.dep_ == "advcl" and head.lemma_ == "be" and has_to(verb) and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "there" for c in head.children)


def _filler(verb: Word) -> bool:
    """ "there is more to come", "still plenty to play for": the infinitive relates a
    quantity word, with no subject of its own."""
    return verb.dep_ in ("relcl", "acl") and NON_EVENT_FORMS.get(verb.head.lower_) == "filler" and has_to(verb) and \
        not any(c.dep_ in _OWN - {"aux"} for c in verb.children)


def _role_noun(verb: Word) -> bool:
    """ "Ireland lock Paul O'Connell", "France captain Fabien Pelous": a role word as it is
    written (not "captained"), between a name and a name, with no auxiliary ("Smith will
    captain England" is an event); also after "and" where the parser joined it to the name
    before ("Prop Phil Vickery and lock Simon Shaw both return")."""
    doc = verb.doc
    if verb.lower_ not in ROLE_HEADS or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before = doc[verb.i - 1]
    joined = before.lower_ in ("and", ",") and verb.dep_ == "conj" and verb.head.pos_ == "PROPN" and not any(
        c.dep_ == "nsubj" for c in verb.children)
    return (before.pos_ == "PROPN" or joined) and doc[verb.i + 1].pos_ == "PROPN" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _phrase_head(verb: Word) -> bool:
    """ "in the second singles clash": a present-tense verb tag, or a past one that is the bare
    form ("the worldwide stage hit Art"), right after an object noun, with no subject or auxiliary of its own (a verb follows its subject, not an object),
    unless the object is a bare infinitive's subject ("watched Rangers lose",
    ``complement_verbs.txt``)."""
    # "her debut hit Genie in a Bottle"; not a result with its score: "after the Swiss 12th seed beat Spears 7-6 6-3"
    bare_past = verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and not any(score_at(w) for w in verb.subtree)
    if (verb.tag_ not in ("VBZ", "VBP") and not bare_past) or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ == "dobj" and before.head.lemma_.lower() in COMPLEMENT_VERBS:
        return False  # "McLeish watched Rangers lose 2-0": a bare infinitive after its subject
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("pobj", "dobj") and not any(
        c.dep_ in _OWN or c.dep_ == "expl" for c in verb.children)


def _seeming(verb: Word) -> bool:
    """ "Mr Blair, looking a little windswept", "the Heineken Cup looked a good wager": a verb of
    seeming (``seeming_verbs.txt``) with a noun or adjective complement and no particle says
    how its subject seems; "looking for paycuts", "sounding out suitors" are events."""
    return verb.lemma_.lower() in _SEEMING and not any(c.dep_ == "prt" for c in verb.children) and any(
        c.dep_ in _COMPLEMENTS for c in verb.children)


def stative(participle: Word) -> bool:
    """Whether a participle that completes "be" or another verb (its ``acomp``) names a state:
    graded by a degree adverb ("so under-developed", "long gone", "more considered") or
    after a verb of seeming or becoming ("looking embattled", "looks perfectly placed")."""
    return participle.head.lemma_.lower() in _LINKING or any(
        c.dep_ == "advmod" and c.lower_ in _DEGREE for c in participle.children)


def class_of(event_class: str, verb: Word) -> str:
    """The class of the event ``verb`` heads, its trigger's ``event_class`` unless it is a
    statement verb in the passive with its object kept ("was denied bail") or with someone
    as its subject ("they were denied by some desperate defending"): "other". "The claims
    were denied by the minister" stays a statement."""
    if event_class != "statement" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return event_class
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    someone = subject is not None and (subject.lower_ in _PERSONAL or subject.ent_type_ in _SOMEONE)
    return "other" if someone or any(c.dep_ in ("dobj", "dative") for c in verb.children) else event_class
