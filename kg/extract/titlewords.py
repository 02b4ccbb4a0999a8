"""The words a work's title runs over, shared by the rules that read titles from their
slot (``kg.extract.works``) and from credits (``kg.extract.credits``).

A title runs over capitalised words, the small words between them ("House of Flying
Daggers", "Girl with a Pearl Earring"), a possessive inside ("Schindler's List") and
a colon, ampersand or slash before a capital, and a number right after a word
("Onimusha 3", not "Ray in 2004"); it never crosses a sentence break, nor a preposition
that sets the work in time or place rather than naming it (``sets_title_apart``): a date
("published in the Radio Times in January"), a place's possessive ("starring in One Flew
Over The Cuckoo's Nest in London's West End") or a broadcaster ("voted Record Of The Year on
the ITV1 show", "brought teen soap Hollyoaks to Channel 4"; media_makers.tsv). A place alone
stays a title's ("Fear and Loathing in Las Vegas", "Once Upon a Time in Mexico").
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table

SMALL_WORDS = frozenset({"of", "the", "in", "on", "a", "an", "with", "to", "for", "from", "at", "by"})
# Marks and clitics inside a title before a capital: "Star Wars: The Phantom Menace",
# "Schindler's List", "Boys Don't Cry", "Speakerboxxx/The Love Below".
JOINERS = frozenset({":", "&", "-", "/", "'s", "'", "’s", "’", "n't", "n’t", "'re", "'ll", "'ve", "'m", "'d"})
# Prepositions that may set a work in a time, a place or a channel instead of going on with its title.
_SETTING = frozenset({"in", "on", "at", "to"})
_BROADCASTERS = frozenset(row.fields[0] for row in read_table("media_makers.tsv") if row.fields[1] == "broadcaster")
_NAME_WORDS = 3  # the most words of a broadcaster's name ("bbc radio 4")


def title_end(tokens: list[Word], i: int, joiners: frozenset[str] = JOINERS, small: frozenset[str] = SMALL_WORDS) -> int:
    """The end of the title that starts at word ``i`` (see the module's docstring);
    ``joiners`` and ``small``: the marks and words a title goes on over before a capital."""
    end = i + 1
    j = end
    while j < len(tokens) and tokens[j].sent.start != j:
        if capital(tokens[j]) and not (j > end and tokens[j].text.isdigit()):
            end = j = j + 1  # a number after a small word is no title's: "the film Ray in 2004"
        elif sets_title_apart(tokens, j):
            break
        elif tokens[j].text in joiners or tokens[j].lower_ in small:
            j += 1  # kept only if a capitalised word follows
        else:
            break
    return end


def sets_title_apart(tokens: list[Word], j: int) -> bool:
    """Whether word ``j`` is a preposition that sets a title in a time, a place or a channel:
    "in January" (NER's date), "in London's West End" (a known place's possessive), "on the
    ITV1 show", "to Channel 4" (a broadcaster of ``media_makers.tsv``); not "in Las Vegas"."""
    if tokens[j].lower_ not in _SETTING or j + 1 >= len(tokens):
        return False
    k = j + 2 if tokens[j + 1].lower_ == "the" else j + 1
    if k >= len(tokens) or tokens[k].sent.start != tokens[j].sent.start:
        return False
    if tokens[k].ent_type_ in {"DATE", "TIME"}:
        return True
    if k + 1 < len(tokens) and tokens[k + 1].tag_ == "POS" and (fold(tokens[k].text) in COUNTRIES or gazetteer().is_place(tokens[k].text)):
        return True
    ends = range(k + 1, min(k + 1 + _NAME_WORDS, len(tokens)) + 1)
    return any(fold(" ".join(token.text for token in tokens[k:end])) in _BROADCASTERS for end in ends)


def before_setting(tokens: list[Word], start: int, end: int) -> int:
    """The end of NER's name ``start:end`` before a preposition that sets it apart
    (``sets_title_apart``): "Hollyoaks to Channel 4", "Record Of The Year on the ITV1 show"."""
    return next((i for i in range(start + 1, end - 1) if sets_title_apart(tokens, i)), end)


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
