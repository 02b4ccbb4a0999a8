"""A name the article gives once, found again where NER missed it.

spaCy's small model labels a name in one sentence and not in the next: "copy
protection firm Macrovision" is an organisation, "Macrovision said the new technology
will work" is no entity at all, so the company's statements lose their agent and
"the company said" finds no company named before it. Within one article a name
keeps its reading (one sense per discourse), so ``repeated_names`` adds, for every run of
capitalised proper nouns outside the names already found that is written exactly as
an organisation the article names elsewhere, and that is the subject of its verb
("Macrovision said", "Macrovision has said"), a mention of the organisation. Only the
subject: a repeat elsewhere is often part of something else ("Cardiff v Blackburn",
"the Two Ronnies star", "50 Cent"), and the subject is where a missed name costs the
statement its agent or speaker.

So too a person's surname: "Lindsay Davenport has criticised Wimbledon ... Davenport was
speaking", where NER labels the full name and misses the lone surname. A lone capitalised
noun (the tagger may read it as common: "Morientes, 28, has") that is the surname of exactly
one of the article's people named in full, no first name of another of them and no word of
a name of another kind, is a mention of that person where it is a verb's subject and not
glued to another name. Not a possessor ("Souness' remarks"): a person named there becomes
the nearest candidate of a nationality noun after it ("the Wales international" went to a
Welsh manager), and no statement wants the possessor as its agent.
"""

from __future__ import annotations

from kg.extract.spread import article_surnames
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES
from kg.records import Mention
from kg.types import EntityType


def repeated_names(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with a mention added for each unlabelled repeat of a name in it:
    an organisation's (``_repeated_firms``), a person's surname (``_repeated_surnames``)."""
    return _repeated_surnames(_repeated_firms(found, words), words)


def _repeated_firms(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    types: dict[tuple[str, ...], set[EntityType]] = {}
    for mention, (start, end) in found:
        key = tuple(fold(token.text) for token in words.words[start:end])
        types.setdefault(key, set()).add(mention.type)
    # A given name or a surname of the article's people is no firm's, whatever NER said
    # ("Nelly has sold", "Souness dropped Bellamy" after "Graeme Souness").
    surnames = article_surnames(found)
    known = {
        key for key, found_types in types.items()
        if key and EntityType.ORGANIZATION in found_types and found_types <= _FIRM_READINGS and key[0] not in GIVEN_NAMES
        and key[-1] not in surnames
    }
    if not known:
        return found
    tokens = words.words
    taken = {i for _, (start, end) in found for i in range(start, end)}
    sentence_of: list[int] = []  # built only when a repeat is found: most articles have none
    added = []
    i = 0
    while i < len(tokens):
        if i in taken or not _proper(tokens[i]):
            i += 1
            continue
        start = i
        while i < len(tokens) and i not in taken and _proper(tokens[i]) and (i == start or tokens[i].sent.start != i):
            i += 1
        if tokens[i - 1].dep_ not in _SUBJECTS:
            continue  # only a subject is read as a repeat: tested before folding the run's words
        key = tuple(fold(token.text) for token in tokens[start:i])
        before = tokens[start - 1] if start > 0 else None
        # Part of a longer name: "50 Cent", "the Commodore 64".
        glued = (i < len(tokens) and (_proper(tokens[i]) or tokens[i].like_num)) or (
            before is not None and (_proper(before) or before.like_num))
        if key in known and not glued:
            first = tokens[start]
            text = words.span_text(start, i)
            sentence_of = sentence_of or words.sentence_numbers()
            mention = Mention(first.idx, first.idx + len(text), text, EntityType.ORGANIZATION, sentence_of[start])
            added.append((mention, (start, i)))
    return found + added if added else found


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# NER reads a firm's unknown name as a place too ("Electrolux's subsidiary brands": GPE);
# a place the gazetteer knows is typed a city or country, never this bare Place.
_FIRM_READINGS = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})


def _repeated_surnames(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with a person mention added for each lone surname NER missed (module docstring)."""
    surnames = _sole_surnames(found)
    if not surnames:
        return found
    tokens = words.words
    taken = {i for _, (start, end) in found for i in range(start, end)}
    sentence_of: list[int] = []  # built only when a surname is found
    added = []
    for i, token in enumerate(tokens):
        if token.dep_ not in _SURNAME_ROLES or i in taken or not _capitalised_noun(token) or fold(token.text) not in surnames:
            continue
        before = tokens[i - 1] if i > 0 and tokens[i].sent.start != i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (before is not None and (before.text[:1].isupper() or before.like_num)) or (
                after is not None and (after.text[:1].isupper() or after.like_num)):
            continue  # "the Davenport Cup", "Goalscorer Toure": part of something else, or unsure
        sentence_of = sentence_of or words.sentence_numbers()
        mention = Mention(token.idx, token.idx + len(token.text), token.text, EntityType.PERSON, sentence_of[i])
        added.append((mention, (i, i + 1)))
    return found + added if added else found


def _sole_surnames(found: list[tuple[Mention, Bounds]]) -> set[str]:
    """The folded surnames of the article's people named in full that belong to one
    person only, and are no first name of another nor a word of a name of another kind."""
    people: dict[str, set[str]] = {}
    firsts: set[str] = set()
    others: set[str] = set()
    for mention, _ in found:
        form = fold(mention.text)
        if mention.type is EntityType.PERSON and " " in form:
            people.setdefault(form.split()[-1], set()).add(form)
            firsts.add(form.split()[0])
        elif mention.type is not EntityType.PERSON:
            others.update(form.split())
    return {surname for surname, full in people.items()
            if len(full) == 1 and surname not in firsts and surname not in others}


def _capitalised_noun(token: Word) -> bool:
    """A capitalised noun: a proper one, or one the tagger read as common at a sentence's
    head or by its ending ("Morientes, 28, has already expressed": a plural noun)."""
    return token.tag_ in {"NNP", "NNPS", "NN", "NNS"} and token.text[:1].isupper() and token.is_alpha


# A verb's subject: where a missed name costs a statement its agent.
_SURNAME_ROLES = _SUBJECTS


def _proper(token: Word) -> bool:
    """A capitalised proper noun, as NER's names are made of."""
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper()
