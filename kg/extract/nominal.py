"""Relations without a verb: appositions, titles, "X-led", possessives, "X of Y", places.

A large share of what news text asserts has no verb of its own (29% of the
CaRB gold). Each rule names its construction:

- apposition: "the CSTO, a Russia-led military alliance" -> (the CSTO, is, a
  Russia-led military alliance), key "be". Not an apposition "not" sets against its
  head ("Bruce Lee, not brute force"), nor a list item's kind before its own name
  ("Annie Lennox, metal group Motorhead and dance act Basement Jaxx": only Motorhead
  is the metal group).
- title before a name: "President Kassym-Jomart Tokayev" -> (Kassym-Jomart
  Tokayev, is, President), key "be".
- "X-led": "a Russia-led security alliance" -> (Russia, leads, a security
  alliance), key "lead".
- possessive: "Kazakhstan's largest city" -> (Kazakhstan, has, largest city),
  key "have".
- "of" role: "the president of Kazakhstan" -> (Kazakhstan, has, the president),
  key "have"; only when the "of" object is a proper name, where the reading is
  reliable; never a settlement's noun before a place's name, which names the place
  ("the small Fife town of Kirkcaldy", "the city of El Alto"; naming_nouns.txt).
- location: "the City Hall in Almaty" -> (the City Hall, is in, Almaty), key
  "be in"; only for place names, and only where the place phrase follows its thing
  with no list between ("the show Bethan and Huw in Wales", "clubs such as Bordeaux
  and Porto in Portugal": the parse's attachment to the first item is list position,
  not the text's pairing; "Perry Barr and Hall Green in Birmingham" is read for Hall Green).

The supplied verb is in the present tense and agrees in number with the
subject ("is"/"are", "has"/"have"): these describe the thing rather than
narrate an event, and that is how readers (and the CaRB annotators) restate
them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.candidates import Candidate
from kg.extract.spans import MISPARSED_APPOSITION_DEPS, misparsed_apposition, modifies_people, noun_phrase
from kg.lexicon import NAMING_NOUNS

if TYPE_CHECKING:
    from kg.extract.entities import EntitySpan
    from kg.extract.words import Sentence, Word

NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mme", "m", "herr", "madam"})


def _plural(tokens: list[Word]) -> bool:
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    return bool(heads) and (heads[0].tag_ in ("NNS", "NNPS") or bool(heads[0].conjuncts))


def copula(sent: Sentence, subject: list[Word]) -> str:
    """ "is" or "are", agreeing with the subject (descriptions are timeless)."""
    return "are" if _plural(subject) else "is"


def _located_copula(thing: list[Word]) -> str:
    """ "is" or "are" for a located thing: a plural noun, or a list inside the thing ("its Mangala
    and Aishwariya fields"); one item of a list is one thing ("Perry Barr and Hall Green in
    Birmingham": Hall Green is in Birmingham)."""
    heads = [t for t in thing if t.head not in thing or t.head == t]
    if not heads:
        return "is"
    inside = {t.i for t in thing}
    return "are" if heads[0].tag_ in ("NNS", "NNPS") or any(c.i in inside for c in heads[0].conjuncts) else "is"


def _have(sent: Sentence, subject: list[Word]) -> str:
    return "have" if _plural(subject) else "has"


def _without(tokens: list[Word], cut: Word) -> list[Word]:
    """``tokens`` minus the subtree of ``cut`` (and a possessive marker left behind)."""
    gone = {t.i for t in cut.subtree}
    out = [t for t in tokens if t.i not in gone and not (t.tag_ == "POS" and t.head.i in gone)]
    return out


def nominal_candidates(sent: Sentence, ents: Sequence[EntitySpan]) -> Iterator[Candidate]:
    """Every verbless proposition in one sentence.

    ``ents``: the sentence's named entities (``kg.extract.entities``).
    """
    for token in sent:
        if token.dep_ == "appos" and token.head.pos_ in NOMINAL_POS:
            yield from _apposition(sent, token, token.head)
        elif token.dep_ in MISPARSED_APPOSITION_DEPS and (described := misparsed_apposition(token)) is not None:
            yield from _apposition(sent, token, described)
        if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            yield from _title(sent, ents, token)
        if token.lower_ == "led" and token.dep_ in ("amod", "compound", "acl"):
            yield from _led(sent, token)
        # Pronoun possessors ("its president") say nothing until coreference
        # resolves them, and read as noise on their own.
        if token.dep_ == "poss" and token.pos_ != "PRON" and token.head.pos_ in ("NOUN", "PROPN"):
            yield from _possessive(sent, token)
        if token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN"):
            yield from _of_or_place(sent, token)


def _apposition(sent: Sentence, appos: Word, head: Word) -> Iterator[Candidate]:
    # "Mark and Marisa, the presenters": the apposition describes every conjunct.
    heads = [head]
    if head.dep_ != "conj":
        heads += [c for c in head.conjuncts if c is not appos and misparsed_apposition(c) is None]
    described = noun_phrase(appos)
    # "born on July 17, 1749, the son of ...": a date is never described by a noun.
    if not described or (head.ent_type_ in ("DATE", "TIME")) != (appos.ent_type_ in ("DATE", "TIME")):
        return
    # "Aiken, S.C.": a place and the region it is in, not one place under two
    # names; ``roles`` reads it as "is in".
    if head.ent_type_ in PLACE_LABELS and appos.ent_type_ in PLACE_LABELS and appos.pos_ == "PROPN" == head.pos_:
        return
    # "with Dennis Bergkamp, Kanu, everybody", "AC Milan, Juventus, Monaco": a bare
    # name beside a person's name, or within a list of names, is a list item the
    # parser joined as an apposition, not the thing under a second name (a
    # description has more: "Kazakhstan's President", "general secretary of
    # Unison"). One bare name after another name is read by their types in
    # ``kg.resolve.typed`` ("Los Alamos National Laboratory, US": based in).
    if appos.pos_ == "PROPN" and all(child.dep_ in ("compound", "flat", "punct") for child in appos.children) and (
        head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and _in_list(head, appos))
    ):
        return
    if _contrast(head, appos) or _classifier(head, appos):
        return
    for head in heads:
        subject = [t for t in noun_phrase(head) if t.i < appos.i]
        if not subject:
            continue
        obj = described
        # "The doctor, Erasistratus": the name is the thing described.
        if appos.pos_ == "PROPN" and head.pos_ == "NOUN":
            subject, obj = obj, subject
        yield Candidate(subject=subject, relation=[copula(sent, subject)], key="be", object=obj,
                        kind="apposition", predicate=appos, features={"subject_how": "explicit"})


def _contrast(head: Word, appos: Word) -> bool:
    """Whether "not" sets the apposition against its head: "Our approach is Bruce Lee, not
    brute force" (a contrast, not the thing under a second name)."""
    return any(c.dep_ == "neg" and head.i < c.i < appos.i for c in (*head.children, *appos.children))


def _classifier(head: Word, appos: Word) -> bool:
    """Whether the apposition is a list item's kind before its own name, or the second name
    of such a list: "Annie Lennox, metal group Motorhead and dance act Basement Jaxx" (the
    parser hangs "group" on Lennox and "Jaxx" on "group": Motorhead is the metal group, not
    Lennox, nor Basement Jaxx)."""
    if appos.pos_ == "NOUN" and any(c.i == appos.i + 1 and c.pos_ == "PROPN" and c.dep_ in ("appos", "compound")
                                    for c in appos.children):
        return True
    return head.pos_ == "NOUN" and appos.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and head.i < c.i < appos.i for c in head.children)


def _in_list(head: Word, appos: Word) -> bool:
    """Whether ``head`` and its apposition ``appos`` are two of three or more names in
    a row: "Internazionale, Juventus, Monaco" (the head itself a conjunct or an
    apposition of a name, or a third name joined to either)."""
    joined = ("appos", "conj")
    if head.dep_ in joined and head.head.pos_ == "PROPN":
        return True
    return any(c.dep_ in joined and c is not appos for c in (*head.children, *appos.children))


def _title(sent: Sentence, ents: Sequence[EntitySpan], name: Word) -> Iterator[Candidate]:
    # Only the head of the name, once: the last token of the person entity.
    ent = next((e for e in ents if e.start <= name.i < e.end), None)
    if ent is None or name.i != ent.end - 1 or (name.head.i in range(ent.start, ent.end) and name.head != name):
        return
    title = [c for c in name.lefts if c.i < ent.start and c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ")]
    if not title:
        return
    tokens = sorted({t for c in title for t in c.subtree if t.i < ent.start and t.dep_ != "det"}, key=lambda t: t.i)
    # A title is a role word, not a bigger name: "President", "American congressman".
    if not tokens or any(t.ent_type_ not in ("", "NORP") for t in tokens):
        return
    # Honorifics ("Dr.", "Sir") say nothing about a role, and a title needs a noun:
    # "the evil Jillian Hall" is not a title.
    if all(t.lower_.rstrip(".") in HONORIFICS for t in tokens) or not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return
    subject = list(sent.doc[ent.start:ent.end])
    # A capitalised single word may be an unrecognised first name ("Gideon Rodan").
    capitalised = float(len(tokens) == 1 and tokens[0].is_title)
    yield Candidate(subject=subject, relation=["is"], key="be", object=tokens, kind="title", predicate=name,
                    features={"subject_how": "explicit", "capitalised_title": capitalised})


def _led(sent: Sentence, led: Word) -> Iterator[Candidate]:
    leader = next((c for c in led.lefts if c.dep_ in ("npadvmod", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN")), None)
    if leader is None or led.head.pos_ not in ("NOUN", "PROPN"):
        return
    subject = noun_phrase(leader)
    led_subtree = {t.i for t in led.subtree}
    obj = [t for t in noun_phrase(led.head) if t.i not in led_subtree]
    if not obj:
        return
    verb = "lead" if _plural(subject) else "leads"
    yield Candidate(subject=subject, relation=[verb], key="lead", object=obj, kind="led",
                    predicate=led, features={"subject_how": "explicit"})


def _possessive(sent: Sentence, poss: Word) -> Iterator[Candidate]:
    owner = noun_phrase(poss)
    owner = [t for t in owner if t.tag_ != "POS"]
    owned = _without(noun_phrase(poss.head), poss)
    owned = [t for t in owned if t.dep_ != "det"]
    if not owner or not owned:
        return
    if any(t.pos_ == "PROPN" and modifies_people(t) for t in owned):
        return  # "England's Champions League representatives": see modifies_people
    features = {"subject_how": "explicit"}
    yield Candidate(subject=owner, relation=[_have(sent, owner)], key="have", object=owned,
                    kind="possessive", predicate=poss, features=features)


def _of_or_place(sent: Sentence, prep: Word) -> Iterator[Candidate]:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    noun = prep.head
    # A bare noun inside a preposition is a fixed phrase, not a role: "in front of X".
    fixed = noun.dep_ == "pobj" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if prep.lower_ == "of" and noun.lemma_.lower() in NAMING_NOUNS and pobj.ent_type_ in PLACE_LABELS:
        return  # "the small Fife town of Kirkcaldy" is Kirkcaldy: no town it has
    if prep.lower_ == "of" and pobj.pos_ == "PROPN" and noun.pos_ == "NOUN" and not fixed:
        owner = noun_phrase(pobj)
        owned = [t for t in _without(noun_phrase(noun), prep) if t.dep_ not in ("det", "poss") and t.tag_ != "POS"]
        if owner and owned:
            yield Candidate(subject=owner, relation=[_have(sent, owner)], key="have", object=owned,
                            kind="of", predicate=prep, features={"subject_how": "explicit"})
    elif prep.lower_ in PLACE_PREPS and pobj.ent_type_ in PLACE_LABELS and noun.ent_type_ not in ("DATE", "TIME") and (
            not _across_list(sent, noun, prep)):
        place = noun_phrase(pobj)
        thing = _without(noun_phrase(noun), prep)
        if place and thing:
            yield Candidate(subject=thing, relation=[_located_copula(thing), prep], key=f"be {prep.lower_}",
                            object=place, kind="located", predicate=prep, features={"subject_how": "explicit"})


def _across_list(sent: Sentence, noun: Word, prep: Word) -> bool:
    """Whether a coordinating word outside every name stands between ``noun`` and its place
    preposition ``prep``: "Bordeaux and Porto in Portugal", "spells with Bordeaux and Porto in
    Portugal"; not "the Department of Trade and Industry in London" (one name)."""
    doc = sent.doc.words
    return any(doc[i].pos_ == "CCONJ" and not doc[i].ent_type_ for i in range(noun.i + 1, prep.i))
