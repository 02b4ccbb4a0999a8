"""The words a work's title runs over, shared by the rules that read titles from their
slot (``kg.extract.works``) and from credits (``kg.extract.credits``).

A title runs over capitalised words, the small words between them ("House of Flying
Daggers", "Girl with a Pearl Earring"), a possessive inside ("Schindler's List") and
a colon, ampersand or slash before a capital, and a number right after a word
("Onimusha 3", not "Ray in 2004"); it never crosses a sentence break.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer

SMALL_WORDS = frozenset({"of", "the", "in", "on", "a", "an", "with", "to", "for", "from", "at", "by"})
# Marks and clitics inside a title before a capital: "Star Wars: The Phantom Menace",
# "Schindler's List", "Boys Don't Cry", "Speakerboxxx/The Love Below".
JOINERS = frozenset({":", "&", "-", "/", "'s", "'", "’s", "’", "n't", "n’t", "'re", "'ll", "'ve", "'m", "'d"})


def title_end(tokens: list[Word], i: int, joiners: frozenset[str] = JOINERS, small: frozenset[str] = SMALL_WORDS) -> int:
    """The end of the title that starts at word ``i`` (see the module's docstring);
    ``joiners`` and ``small``: the marks and words a title goes on over before a capital."""
    end = i + 1
    j = end
    while j < len(tokens) and tokens[j].sent.start != j:
        if capital(tokens[j]) and not (j > end and tokens[j].text.isdigit()):
            end = j = j + 1  # a number after a small word is no title's: "the film Ray in 2004"
        elif tokens[j].text in joiners or tokens[j].lower_ in small:
            j += 1  # kept only if a capitalised word follows
        else:
            break
    return end


def names_no_work(words: Words, tokens: list[Word], start: int, end: int, *, owner_ok: bool = False) -> bool:
    """A place's name or an owner is no work: "a role in Iraq", "his role in Enron's
    collapse" (a country or GeoNames place, a people, a possessive unless ``owner_ok``;
    NER's firms are not excluded: it reads many titles as firms, "Eternal Sunshine")."""
    name = words.span_text(start, end)
    owner = not owner_ok and end < len(tokens) and tokens[end].tag_ == "POS"
    return owner or tokens[start].ent_type_ == "NORP" or fold(name) in COUNTRIES or gazetteer().is_place(name)


def capital(token: Word) -> bool:
    """A word of a title: capitalised ("Flying") or a number ("Onimusha 3")."""
    text = token.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)) or text.isdigit()
