"""A speech verb inside a relative clause: what it says is about a noun before its words.

"The government is cracking down on large rural estates, which it says are lying idle": "it
says" attributes the relative clause only, and the relative pronoun stands for "large rural
estates". The clause alone ("which ... are lying idle") is a fragment; with the noun it
describes ("large rural estates, which it says are lying idle") it says what the speaker holds,
and the sentence's own clause ("The government is cracking down") stays the writer's. A
pronoun speaking there ("it", "he", "she", "they") is the subject of the sentence's main clause
when that clause names the noun ("The government"; "The US has asked the WTO to investigate
tariffs, which it says are inconsistent": the US) and agrees with it; coreference far from the
clause picks the last name instead (the WTO). In a clause embedded deeper ("MPs insist voters
are uninterested in the chatter, which they believe is ...") the pronoun is left to coreference.

Two shapes: the content opens with a relative pronoun whose noun lies before it ("which it
says are ..."), and a speech verb set between commas inside a relative clause ("the stability
he had brought and which, he claimed, would be thrown away"), whose content kg.extract.interposed
would read from the sentence's start. A relative clause after a speech verb that is not inside
it ("accused him of glossing over his finances which, they claim, would ...") is no content of
that verb: no quote. A question word right after its verb or the verb's object asks, and
stands for nothing ("reveal who told them", "revealed which nominees they prefer").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.extract.spans import noun_phrase, to_argument
from kg.extract.speechbounds import speaker_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.records import Argument

RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose", "that"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_CLIMB = 3  # heads from the pronoun up to its relative clause, at most: its verb, a reported verb
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSONAL = frozenset({"he", "she", "it", "they", "i", "we", "you"})


def relative_speech(verb: Token, content: Sequence[Token], speaker: Argument | None) -> tuple[list[Token], Argument | None]:
    """``content`` (a speech verb's words, in order) and ``speaker`` as a relative clause
    says them (see the module): the content from its noun, the speaker a pronoun stands for;
    no content for a relative clause the verb is not inside; else both as they are."""
    pronoun = _opening_pronoun(verb, content)
    if pronoun is None:
        return list(content), speaker
    antecedent = _named_before(pronoun) or _antecedent(pronoun)
    if antecedent is None or antecedent.i >= pronoun.i:
        return ([], speaker) if _noun_before(pronoun) else (list(content), speaker)
    if verb.i < pronoun.i:
        return [], speaker  # "accused him of ... his finances which, they claim, would ...": not the accusation
    while antecedent.head.pos_ == "ADJ" and antecedent.head.head is not antecedent.head:
        antecedent = antecedent.head.head  # "eight other contracts worth $3bn which it believes ...": the contracts
    start = min(w.i for w in noun_phrase(antecedent))
    words = [w for w in verb.doc[start : content[-1].i + 1] if not w.is_space]
    clause = _clause(antecedent)
    if clause.dep_ != "ROOT":
        return words, speaker  # "MPs insist voters are uninterested in the chatter, which they believe is ...": who?
    return words, _antecedent_speaker(verb, antecedent, clause) or speaker


def _opening_pronoun(verb: Token, content: Sequence[Token]) -> Token | None:
    """The relative pronoun the speech is about: the one its content opens with, or the one
    of the clause the verb interrupts between commas."""
    if verb.dep_ == "parataxis":
        found = next((c for c in verb.head.children if _relative(c) and c.i < verb.i), None)
        if found is not None:
            return found
    if content and _relative(content[0]) and not _asked(verb, content[0]):
        return content[0]
    return None


def _relative(word: Token) -> bool:
    """A relative pronoun: never a complementiser tagged as one ("announced in the Budget that he")."""
    return word.lower_ in RELATIVE_PRONOUNS and word.tag_ in _RELATIVE_TAGS and word.dep_ != "mark"


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause it opens."""
    clause = pronoun.head
    for _ in range(_CLIMB):  # "which it says are lying idle": which <- lying <- says (relcl)
        if clause.dep_ == "relcl":
            return clause.head
        clause = clause.head
    return None


def _named_before(pronoun: Token) -> Token | None:
    """The person's name right before a "who" (past a comma), whatever noun the parse hung the
    relative clause on: "charges in a Boston court against James Tambone, who it says headed
    CFD's sales operations" (Tambone headed them, not the court)."""
    before = _back_past(pronoun, lambda word: word.text == ",")
    name = pronoun.doc[before] if 0 <= before < pronoun.i - 1 else None
    return name if pronoun.lower_ in ("who", "whom") and name is not None and name.ent_type_ == "PERSON" and (
        name.pos_ == "PROPN") else None


def _noun_before(pronoun: Token) -> bool:
    """Whether a noun comes right before the pronoun (past a comma or a dash): a relative
    clause the parse hung elsewhere, its noun not read for sure."""
    before = _back_past(pronoun, lambda word: word.is_punct or word.is_space)
    return before >= 0 and pronoun.doc[before].pos_ in _NOUNS


def _back_past(pronoun: Token, skipped: Callable[[Token], bool]) -> int:
    """The index of the first word before ``pronoun`` that ``skipped`` does not pass over (-1: none)."""
    before = pronoun.i - 1
    while before >= 0 and skipped(pronoun.doc[before]):
        before -= 1
    return before


def _asked(verb: Token, pronoun: Token) -> bool:
    """Whether the pronoun is a question word right after ``verb`` or the verb's object ("told
    the FT which ...")."""
    between = [w for w in verb.doc[verb.i + 1 : pronoun.i] if not (w.is_punct or w.is_space)]
    return verb.i < pronoun.i and all(_object_of(w, verb) for w in between)


def _object_of(word: Token, verb: Token) -> bool:
    while word.head is not verb and word.head is not word:
        word = word.head
    return word.head is verb and word.dep_ in ("dobj", "dative")


def _clause(antecedent: Token) -> Token:
    """The verb of the clause that names ``antecedent``: the nearest above it with a subject."""
    clause = antecedent.head
    while not any(c.dep_ in _SUBJECTS for c in clause.children) and clause.head is not clause:
        clause = clause.head
    return clause


def _antecedent_speaker(verb: Token, antecedent: Token, clause: Token) -> Argument | None:
    """The subject of ``clause``, the sentence's main clause that names ``antecedent``, when the
    verb's speaker is a pronoun that agrees with it ("The US has asked ... tariffs, which it says ...")."""
    pronoun = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if pronoun is None or pronoun.lower_ not in ("it", "he", "she", "they"):
        return None
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > antecedent.i or not _agrees(pronoun, subject):
        return None
    tokens = speaker_words(subject)
    return to_argument(tokens, verb.doc.text) if tokens else None


def _agrees(pronoun: Token, subject: Token) -> bool:
    """Whether ``pronoun`` may stand for the noun phrase headed by ``subject``: "it" a thing or
    a body, "he"/"she" a person, "they" a plural; never another personal pronoun."""
    if subject.lower_ in _PERSONAL:
        return False
    if pronoun.lower_ == "it":
        return subject.ent_type_ != "PERSON" and subject.tag_ in ("NN", "NNP")
    if pronoun.lower_ == "they":
        return subject.tag_ in ("NNS", "NNPS")
    return subject.ent_type_ == "PERSON"
