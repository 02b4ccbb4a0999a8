"""A role or membership its holder leaves in the same sentence is over, read beside
``kg.extract.positions`` (``leaving_verbs.tsv``):

- the holder's own verb: "Tory MP John Smith quit the party in 2003", "Acme chief executive
  John Smith left the firm in May", "Mr Smith, who quit Labour in 2003";
- a clause on the role's noun: "John Smith, a Labour MP who defected to the Liberal
  Democrats", "He is the third Conservative MP to defect to Labour" (the parser hangs the
  infinitive on the copula; an ordinal or a superlative on the role says it is the role's:
  "the latest Tory MP to defect");
- a passive sacking of the holder: "Nortel's head Frank Dunn and two other executives were
  fired in January last year" (not the holder's own act: "Frank Dunn fired two executives").

A defection whose subject is no name also gives the party it goes to ("a Labour MP who
defected to the Liberal Democrats": a member of them; ``kg.extract.joins`` reads "Robert
Jackson defected to Labour").

The role's status becomes former (a membership edge is only drawn for a current one), its
end the leaving's date ("in 2003"; not a "since" phrase, which counts: "the third MP to
defect since 1997"). Only a leaving the text asserts ends it: not "could quit", "refused to
leave", "if he quits the party", "did not defect", nor a present tense, which may tell a plan
("leaves the club in the summer"). A role whose organisation the verb does
not name stays: "Labour MP X quit the government", "Arsenal striker X left the pitch".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ORGANISATION_KINDS
from kg.lexicon.table import read_table
from kg.records import Argument, RoleReading

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word

# Verb lemma -> where it names what is left: "object", "from", "any" or "passive" (leaving_verbs.tsv).
LEAVING_SLOTS = {row.fields[0]: row.fields[1] for row in read_table("leaving_verbs.tsv")}
# The kinds of organisation a role's membership says it is of, whose nouns stand for it ("quit
# the party", "left the club"): a party's MP who "quit the government" keeps the party.
_KINDS = {"member of": frozenset({"party", "union", "club", "association"}), "play for": frozenset({"club"}),
          None: frozenset({"company"})}
_MODALS = frozenset({"will", "shall", "would", "could", "may", "might", "must", "should", "can"})
_CONDITIONS = frozenset({"if", "unless", "whether", "before"})
_PAST = frozenset({"VBD"})
# Prepositions that date the leaving itself: "in 2003", "on Monday"; not "since 1997".
_DATING = frozenset({"in", "on", "at", "during"})


def departed(reading: RoleReading, sentence: Sentence) -> tuple[RoleReading, ...]:
    """``reading`` as a former role, ended when the text dates it, when the sentence says its
    holder left the organisation it is of, with the party a defection goes to when the verb's
    subject is no name (``defected_to``); else ``reading`` itself."""
    organisation = reading.organisation
    if organisation is None or reading.status != "current" or not reading.factuality.is_fact:
        return (reading,)
    for verb in _leaving_verbs(reading, sentence):
        if _asserted(verb) and _leaves(verb, reading, organisation.text):
            ended = replace(reading, status="former", cue=verb.lemma_.lower(), time=_date(verb))
            joined = defected_to(verb, ended, sentence)
            return (ended,) if joined is None else (ended, joined)
    return (reading,)


def defected_to(verb: Word, reading: RoleReading, sentence: Sentence) -> RoleReading | None:
    """ "a Labour MP who defected to the Liberal Democrats", "He is the third Conservative MP
    to defect to Labour": the holder is a member of the named party the defection goes to.
    Where the verb's own subject is a name ("Robert Jackson defected to Labour"),
    ``kg.extract.joins`` reads it already."""
    target = _named(verb, "to") if LEAVING_SLOTS[verb.lemma_.lower()] == "any" else None
    if target is None or target.pos_ != "PROPN" or target.ent_type_ != "ORG":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.ent_type_ == "PERSON":
        return None
    tokens = [w for w in target.subtree if w.i <= target.i and w.dep_ != "det"]
    first, last = tokens[0], tokens[-1]
    party = Argument(sentence.doc.text[first.idx : last.idx + len(last.text)], first.idx, last.idx + len(last.text),
                     last.idx, last.idx + len(last.text))
    return RoleReading(person=reading.person, role="", role_key="", role_type="", organisation=party,
                       sentence=reading.sentence, kind="member", confidence=0.6, membership="member of",
                       cue=verb.lemma_.lower(), factuality=reading.factuality, time=reading.time)


def _leaving_verbs(reading: RoleReading, sentence: Sentence) -> list[Word]:
    """The verbs whose subject is the holder or the role: the name's or a role word's own
    verb ("John Smith quit", "the MP for Erewash who quit"), or a copula's infinitive the
    role takes up."""
    start, end = reading.role_span
    heads = [w for w in sentence if start <= w.idx < end] if end else []
    named = _word_ending(sentence, reading.person.head_end)
    if named is not None:
        heads.append(named)
    found: list[Word] = []
    for head in heads:
        if head.dep_ in ("nsubj", "nsubjpass"):
            found.append(head.head)
        found.extend(c for c in head.children if c.dep_ in ("relcl", "acl"))
        if head.dep_ == "attr" and _counted(head):  # "He is the third Conservative MP to defect"
            found.extend(c for c in head.head.children if c.dep_ == "xcomp")
    return [verb for verb in found if verb.lemma_.lower() in LEAVING_SLOTS]


def _word_ending(sentence: Sentence, end: int) -> Word | None:
    return next((w for w in sentence if w.idx < end <= w.idx + len(w.text)), None)


def _counted(role: Word) -> bool:
    """ "the third MP", "the latest MP": a role an infinitive describes as one of a series."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS") for c in role.children)


def _asserted(verb: Word) -> bool:
    """A leaving that happened: no modal, negation or condition on it, and a past verb, a
    perfect or a past passive ("has quit", "was sacked"), or an infinitive of a counted role
    ("the third MP to defect", "the third manager to be sacked")."""
    children = verb.children
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        return verb.tag_ in ("VB", "VBN")
    if verb.tag_ in _PAST:
        return True
    if verb.tag_ != "VBN":
        return False
    return any((c.dep_ == "aux" and c.lemma_.lower() == "have") or (c.dep_ == "auxpass" and c.tag_ in _PAST)
               for c in children)


def _passive(verb: Word) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in verb.children)


def _leaves(verb: Word, reading: RoleReading, organisation: str) -> bool:
    """Whether what ``verb`` names as left is the organisation: its object (or the object of
    "from") is the name or a noun of its kind; a defection leaves a party unless it is the
    party it goes to ("defected to Labour" leaves no Labour role)."""
    slot = LEAVING_SLOTS[verb.lemma_.lower()]
    if slot == "passive":  # "was sacked", not "sacked his assistant" nor "was sacked as coach"
        return _passive(verb) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if slot == "any":
        source, target = _named(verb, "from"), _named(verb, "to")
        if reading.membership != "member of":
            return False
        if source is not None:
            return _names(source, reading, organisation)
        return target is None or not _same(target, organisation)
    named = _named(verb, "dobj" if slot == "object" else "from")
    return named is not None and _names(named, reading, organisation)


def _names(word: Word, reading: RoleReading, organisation: str) -> bool:
    """The name, or a bare common noun of its kind: "the party", not "the UK Independence Party"."""
    if _same(word, organisation):
        return True
    bare = word.pos_ == "NOUN" and not any(c.dep_ in ("compound", "amod", "poss") for c in word.children)
    return bare and ORGANISATION_KINDS.get(word.lower_) in _KINDS.get(reading.membership, frozenset())


def _named(verb: Word, slot: str) -> Word | None:
    if slot == "dobj":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == slot), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _same(word: Word, organisation: str) -> bool:
    """The phrase ``word`` heads names ``organisation`` ("the Conservatives", "Labour")."""
    words = [w.text for w in word.subtree if w.dep_ != "det" and w.i <= word.i]
    return fold(" ".join(words)) == fold(organisation) or fold(word.text) == fold(organisation)


def _date(verb: Word) -> tuple[int, int] | None:
    """The span of the date the leaving took place on ("quit the party in 2003", "were fired in
    January last year": the whole date NER names, "last year" too)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _DATING:
            first = next((w for w in child.subtree if w.ent_type_ in ("DATE", "TIME")), None)
        elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE":  # "quit last week"
            first = child
        else:
            continue
        if first is not None:
            return _entity_span(first)
    return None


def _entity_span(word: Word) -> tuple[int, int]:
    words = word.sent.words
    at = word.i - word.sent.start
    start = at
    while start > 0 and words[start].ent_iob_ != "B" and words[start - 1].ent_type_ == word.ent_type_:
        start -= 1
    end = at
    while end + 1 < len(words) and words[end + 1].ent_iob_ == "I":
        end += 1
    last = words[end]
    return words[start].idx, last.idx + len(last.text)
