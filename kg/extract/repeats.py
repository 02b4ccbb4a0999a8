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
"""

from __future__ import annotations

from kg.extract.spread import article_surnames
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES
from kg.records import Mention
from kg.types import EntityType


def repeated_names(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with a mention added for each unlabelled repeat of a name in it."""
    types: dict[tuple[str, ...], set[EntityType]] = {}
    for mention, (start, end) in found:
        key = tuple(fold(token.text) for token in words.words[start:end])
        types.setdefault(key, set()).add(mention.type)
    # A given name or a surname of the article's people is no firm's, whatever NER said
    # ("Nelly has sold", "Souness dropped Bellamy" after "Graeme Souness").
    surnames = article_surnames(found)
    known = {
        key for key, found_types in types.items()
        if key and found_types == {EntityType.ORGANIZATION} and key[0] not in GIVEN_NAMES and key[-1] not in surnames
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
        key = tuple(fold(token.text) for token in tokens[start:i])
        before = tokens[start - 1] if start > 0 else None
        # Part of a longer name: "50 Cent", "the Commodore 64".
        glued = (i < len(tokens) and (_proper(tokens[i]) or tokens[i].like_num)) or (
            before is not None and (_proper(before) or before.like_num))
        if key in known and not glued and tokens[i - 1].dep_ in _SUBJECTS:
            first = tokens[start]
            text = words.span_text(start, i)
            sentence_of = sentence_of or words.sentence_numbers()
            mention = Mention(first.idx, first.idx + len(text), text, EntityType.ORGANIZATION, sentence_of[start])
            added.append((mention, (start, i)))
    return found + added if added else found


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _proper(token: Word) -> bool:
    """A capitalised proper noun, as NER's names are made of."""
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper()
