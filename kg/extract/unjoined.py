"""A verb the parser coordinated with an earlier verb though nothing joins them.

"UKIP have suspended a candidate for allegedly suggesting the criminally insane should be
killed": the parse hangs "killed" on "suspended" as a conjunct, with no "and", "or", "but"
or punctuation between them; "killed" begins a clause of its own whose subject the parse
took as an object ("the criminally insane"), so it shares no subject with "suspended" (UKIP
is not who should be killed). Only a verb with an auxiliary of its own ("should be") begins
a clause; a bare one with nothing joining it is a noun the tagger read as a verb ("Eric
Clapton's 1991 hit Tears In Heaven to raise money") and is left as the parse has it. A
real coordination has its "and" or its comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["hung_subject", "main_misread", "reduced_relative", "tensed_adverbial", "unjoined"]

_JOINERS = frozenset({"and", "or", "but", "nor", "then", "yet"})


def unjoined(verb: Token) -> bool:
    """Whether ``verb``, a conjunct of an earlier verb with an auxiliary of its own, has nothing
    between them that joins them."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.dep_ in ("cc", "preconj") or t.is_punct or t.lower_ in _JOINERS for t in verb.doc[head.i + 1 : verb.i])


def tensed_adverbial(verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause with a subordinator and a tense of its own
    ("while in the UK bets have closed on ...", "because prices rose"): such a clause has its
    own subject, so where the parse found none (it hung "bets" on "in") it shares none with
    the main clause ("Variety ... kept their focus" is not who closed). A participle clause
    ("while visiting the site", "when asked") has no tense and takes the main subject."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    return verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in verb.children)


_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})


def reduced_relative(verb: Word | Token) -> Word | Token | None:
    """The name or noun a past participle after a comma describes, where the parse coordinated
    the participle with the verb before it though nothing joins them: "to compete with
    Nintendo's DS, released earlier this month in the UK" (the DS was released, not the device
    that competes). Not a participle with a "by" agent, which mostly says how the subject came
    to act ("England beat France, inspired by Wilkinson"); not after an amount ("rose 5%,")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in _OWN_CLAUSE for c in verb.children) or any(c.dep_ in ("cc", "preconj") for c in verb.head.children):
        return None
    noun = verb.doc[verb.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < verb.head.i or noun.ent_type_ in _AMOUNTS:
        return None
    word = noun  # the noun must be the verb's own object or in its prepositional phrase, not in
    while word.head is not word and word is not verb.head:  # a clause between ("hampered by injury, lost")
        if word.dep_ not in _OBJECT_PATH:
            return None
        word = word.head
    return noun if word is verb.head else None


def main_misread(verb: Word | Token) -> bool:
    """Whether ``verb``, a participle the tagger read as a past tense right after its noun subject,
    with no auxiliary or object, is a reduced relative of that noun, because the parse coordinated
    the sentence's real verb, tensed and with no subject of its own, with it though nothing joins
    them: "The 10 authors shortlisted for the prize include ...", "The damages claimed in 2004
    eclipsed previous years" (the damages were claimed; they eclipsed the years). The noun is
    what the participle was done to, not who did it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ not in ("VBD", "VBN") or subject is None or subject.pos_ != "NOUN" or \
            max(t.i for t in subject.subtree) + 1 != verb.i or any(c.dep_ in _OWN_OBJECTS for c in verb.children):
        return False
    doc = verb.doc
    return any(c.dep_ == "conj" and c.i > verb.i and (c.tag_ in _TENSED or any(a.dep_ in ("aux", "auxpass") for a in c.children))
               and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children) and not any(
                   t.dep_ in ("cc", "preconj") or t.is_punct or t.lower_ in _JOINERS for t in doc[verb.i + 1 : c.i])
               for c in verb.children)


_OWN_OBJECTS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "cc"})
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "agent", "cc", "preconj"})
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "poss", "compound", "appos", "attr", "dative", "conj", "nmod", "xcomp"})
_AMOUNTS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})


def hung_subject(verb: Word | Token) -> Word | Token | None:
    """The name set off by commas right before a tensed verb that the parse coordinated with
    the main clause's verb though nothing joins them, and hung on that verb as a loose phrase:
    "he is worried about Pakistan after one of its top nuclear scientists, Abdul Qadeer Khan,
    admitted leaking nuclear secrets" (Khan admitted it, not "he"). Only a person's or an
    organisation's name that the parse gave no subject's or object's place; else ``None``.
    Or the subject a main verb lost to its sentence's opening phrase, whose noun the parse
    took it to be in apposition to: "In Bethnal Green, former Labour MP George Galloway, who
    founded the party Respect, is standing against ..." (Galloway stands, see
    ``_opener_apposition``)."""
    if verb.dep_ == "ROOT":
        return _opener_apposition(verb)
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _TENSED or head.i > verb.i or verb.i < 3 or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(t.dep_ in ("cc", "preconj") or t.lower_ in _JOINERS for t in doc[head.i + 1 : verb.i]):
        return None
    name = doc[verb.i - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ in _ACTORS and name.head is head and name.dep_ in _LOOSE and (
        doc[min(t.i for t in name.subtree) - 1].text == ",") else None


_ACTORS = frozenset({"PERSON", "ORG"})
_LOOSE = frozenset({"npadvmod", "appos", "dep", "nmod"})


def _opener_apposition(verb: Word | Token) -> Word | Token | None:
    """The noun set off by a comma after the sentence's opening phrase ("In Rochdale, the
    Liberal Democrats - the party ... - secured second place") that the parse hung on that
    phrase's noun as an apposition, when the main verb, tensed, has no subject of its own and
    the noun's phrase ends before the verb: a place is never in apposition to a party or a
    person. Only after a name ("In Rochdale", not "On the provincial front"), and only a name or
    a named phrase's head; any other noun stays where the parse put it."""
    if not (verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in verb.children)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    opener = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
    noun = next((c for c in opener.children if c.dep_ == "pobj"), None) if opener is not None else None
    if noun is None or noun.pos_ != "PROPN":
        return None  # "On the provincial front, Leinster, ... blew it": no name's apposition
    for apposed in noun.children:
        first = min(t.i for t in apposed.subtree)
        if apposed.dep_ == "appos" and first > noun.i and doc[first - 1].text == "," and \
                max(t.i for t in apposed.subtree) < verb.i and (apposed.pos_ == "PROPN" or apposed.ent_type_):
            return apposed
    return None
