"""A common word capitalised only because it opens a sentence or a quotation is no name.

NER leans on capitals, so the first word of a sentence, or of a quotation inside
one, becomes a name when the small model has not seen it: '"Weather has been the
Achilles' heel of this market," said an analyst' gives a Person "Weather";
'"Anger is a good thing," he said' an organisation "Anger". A real name is
capitalised wherever it stands; a common word is written in lower case everywhere
but at such a head. So a lone word at a head is rejected (the ``sentence-initial``
rule of ``kg.extract.namelike``) when the article writes it in lower case too
and never capitalised anywhere but at a head, and it is no given name, nickname,
demonym or known place ('"Sky is the natural place to see it"' stays: the article
never writes "sky"; "Paris said" stays: a place). So is a lone kind noun that ends
organisations' names before a role ("Party leader Michael Howard said": ``kind_noun``),
and a goods noun before a market's measure of it, lower case elsewhere or not ("House
prices fell": ``kg.extract.marketnouns``).
"""

from __future__ import annotations

from kg.extract.marketnouns import goods_word_at_head
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import DESCRIPTION_NOUNS, GIVEN_NAMES, NAME_HEADS, NICKNAMES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

# What may stand between a sentence's start (or a colon, a comma) and the first word of a quotation.
_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "-", "\u2013"})


def heads(words: Words) -> frozenset[int]:
    """The indexes of the words that open a sentence or a quotation: "Weather" in
    '"Weather has been ...," said ...' and in 'He said: "Weather has been ..."'."""
    found = set()
    tokens = words.words
    for start in words.sentences:
        i = start
        while i < len(tokens) and tokens[i].text in _OPENERS:
            i += 1
        found.add(i)
    for i in range(2, len(tokens)):
        if tokens[i - 1].text in _OPENERS and tokens[i - 2].text in {":", ","}:
            found.add(i)  # 'said: "Weather ...'
    return frozenset(found)


def head_only_words(words: Words, at_head: frozenset[int]) -> frozenset[str]:
    """The words (lower case) the text writes in lower case and capitalises only at a
    head (``at_head``, from ``heads``): its common words that may look like names."""
    lower = {word.text for word in words.words if word.text.islower()}
    capitalised = {word.lower_ for word in words.words if word.i not in at_head and word.text[:1].isupper()}
    return frozenset(lower - capitalised)


def common_word_at_head(words: Words, start: int, end: int, at_head: frozenset[int], common: frozenset[str]) -> bool:
    """Words ``start:end`` are one common word at a head (see the module docstring);
    ``at_head`` and ``common`` come from ``heads`` and ``head_only_words``."""
    if end - start != 1 or start not in at_head:
        return False
    if goods_word_at_head(words, start, end, at_head):
        return True  # "House prices fell": a goods noun before a market's measure (kg.extract.marketnouns)
    word = words.words[start]
    form = fold(word.text)
    if not word.text.isalpha() or (word.lower_ not in common and not kind_noun(word.text)):
        return False
    return form not in GIVEN_NAMES and form not in NICKNAMES and demonym_country(word.text) is None and (
        not gazetteer().is_place(word.text)
    )


def kind_noun(text: str) -> bool:
    """Whether ``text`` is one word that names a kind of organisation and ends
    organisations' names ("Party", "Group", "Committee"): before a role it is that
    kind, no organisation's name ("Party leader Michael Howard said": not the Labour Party).

    >>> kind_noun("Party"), kind_noun("City"), kind_noun("Arsenal"), kind_noun("Labour Party")
    (True, False, False, False)
    """
    form = fold(text)
    return DESCRIPTION_NOUNS.get(form) is EntityType.ORGANIZATION and form in NAME_HEADS
