"""Titles of works read from how news credits them, whole where NER cut them.

spaCy's small model reads a title by its words: "Ae Fond Kiss" becomes the person
"Fond Kiss", "Enduring Love" the work "Love", "Dead Man's Shoes" the firm "Dead Man".
Where the text credits a work, the whole capitalised run is one title:

- ``bracketed``: a title in brackets after each of two or more performers in one
  sentence, outside sports reports: "nominees include Natalie Press (My Summer of
  Love), Anne Reid (The Mother) and Eva Birthistle (Ae Fond Kiss...)".
- ``starring``: a title with a small word or a possessive inside, before "star" or
  "stars" and a person's name, outside sports reports: "Dead Man's Shoes' star Paddy
  Considine", "Shaun of the Dead star Simon Pegg"; not opened by a given name, which
  reads as an owner ("Tony Blair's Labour star Gordon Brown").
- ``paired``: in a list of works, two items of two words each, each opened by a
  participle ("-ing", "-ed", "-en"), parted by a comma only, are one title: "star of
  Crouching Tiger, Hidden Dragon, Hero and House of Flying Daggers".

What may be inside a title (``kg.extract.titlewords``): capitalised words, numbers,
the small words between them, a possessive, a colon or ampersand before a capital;
at most ``MAX_WORDS`` words, never across a sentence break. Not a title: a place's
or a people's name, an acronym ("(EOC)"), a club in a squad list ("Mike Blair
(Edinburgh Rugby), Andy Craig (Glasgow Rugby), Phil Godman (Edinburgh Rugby)": a
name that recurs in a sentence's brackets), a bracket after a name that is no person
("Equal Opportunities Commission (EOC)"), any bracket in a sports report ("Tim
Henman (GB)"), a lone bracket after a person ("John Smith (Labour) said").
Limit: "Shakespeare in Love's victory", a title that is a name, a preposition and
a name, stays cut: "Hilary Swank in Million Dollar Baby" has the same words.
"""

from __future__ import annotations

from collections import Counter

from kg.extract.titlewords import SMALL_WORDS, capital, names_no_work, title_end
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES
from kg.records import Mention
from kg.types import EntityType

MAX_WORDS = 8  # the longest title a credit reads: "Eternal Sunshine of the Spotless Mind" has six
_ELLIPSES = frozenset({"...", "…", "."})  # "(Ae Fond Kiss... )": a cut title, still a title
_STAR_NOUNS = frozenset({"star", "stars"})
_PARTICIPLE_ENDINGS = ("ing", "ed", "en")


def credited_titles(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[Bounds]:
    """The titles the credits of ``words`` name (see the module's docstring), as word
    spans ``(start, end)``; ``found``: the named mentions so far, sorted by position."""
    if sport:
        return []  # "Tim Henman (GB)", "Arsenal star Thierry Henry": clubs and countries
    tokens = words.words
    people = [bounds for mention, bounds in found if mention.type is EntityType.PERSON]
    ends, starts = {end for _, end in people}, {start for start, _ in people}
    return _bracketed(tokens, words, ends) + _starring(tokens, words, starts)


def _bracketed(tokens: list[Word], words: Words, people: set[int]) -> list[Bounds]:
    """ "Ian Hart (Blind Fight) and Anne Reid (The Mother)": a title in brackets right
    after a person's name (``people``: where their names end), kept where the sentence
    credits two people or more."""
    titles = []
    for opening in sorted(people):
        if opening + 2 >= len(tokens) or tokens[opening].text != "(" or not capital(tokens[opening + 1]):
            continue
        end = title_end(tokens, opening + 1)
        close = end
        while close < len(tokens) and tokens[close].text in _ELLIPSES:
            close += 1
        if close < len(tokens) and tokens[close].text == ")" and _may_be_title(tokens, words, opening + 1, end):
            titles.append((opening + 1, end))
    per_sentence = Counter(tokens[start].sent.start for start, _ in titles)
    clubs = {tokens[start].sent.start for start, end in titles if _club(words, tokens, start, end, titles)}
    return [(start, end) for start, end in titles if per_sentence[(s := tokens[start].sent.start)] >= 2 and s not in clubs]


def _club(words: Words, tokens: list[Word], start: int, end: int, titles: list[Bounds]) -> bool:
    """A squad list names clubs in brackets, not works: "Mike Blair (Edinburgh Rugby),
    Andy Craig (Glasgow Rugby), Phil Godman (Edinburgh Rugby)": a name that recurs in
    the sentence's brackets (a club's players), where a work has one lead per list.
    A club's name word is no test: "Stanley Townsend (Shining City)" is a play."""
    text = words.span_text(start, end)
    sentence = tokens[start].sent.start
    again = sum(1 for s, e in titles if tokens[s].sent.start == sentence and words.span_text(s, e) == text) > 1
    return again


def _starring(tokens: list[Word], words: Words, people: set[int]) -> list[Bounds]:
    """ "Dead Man's Shoes' star Paddy Considine": a title with a small word or a
    possessive inside, before "star" and a person's name (``people``: where names start)."""
    titles = []
    for i, token in enumerate(tokens):
        if token.lower_ not in _STAR_NOUNS or i < 2 or i + 1 not in people:
            continue
        last = i - 1 if tokens[i - 1].tag_ != "POS" else i - 2  # "Shoes' star": the possessive is not the title's
        start = last
        while start > 0 and tokens[start].sent.start != start:
            before = tokens[start - 1]
            if capital(before) or before.lower_ in SMALL_WORDS or before.tag_ == "POS":
                start -= 1
            else:
                break
        while start < last and not capital(tokens[start]):
            start += 1  # "the Shaun of the Dead star": a title opens with a capital
        inside = tokens[start + 1 : last]
        # Not an owner's name: "Tony Blair's Labour star" (a title opened by a given name).
        owned = fold(tokens[start].text) in GIVEN_NAMES
        titled = capital(tokens[last]) and any(w.lower_ in SMALL_WORDS or w.tag_ == "POS" for w in inside)
        if titled and not owned and _may_be_title(tokens, words, start, last + 1, owner_ok=True):
            titles.append((start, last + 1))
    return titles


def _may_be_title(tokens: list[Word], words: Words, start: int, end: int, *, owner_ok: bool = False) -> bool:
    """``tokens[start:end]`` may be a work's title: not too long, no acronym, no place
    (nor an owner, unless ``owner_ok``: "Dead Man's Shoes' star")."""
    if end - start > MAX_WORDS or (end - start == 1 and tokens[start].text.isupper()):
        return False
    return not names_no_work(words, tokens, start, end, owner_ok=owner_ok)


def paired_titles(items: list[Bounds], tokens: list[Word]) -> list[Bounds]:
    """``items`` (a list of works' titles) with each two-word pair opened by participles
    and parted by a comma only read as one: "Crouching Tiger, Hidden Dragon"."""
    merged: list[Bounds] = []
    for item in items:
        if merged and _pairs(merged[-1], item, tokens):
            merged[-1] = (merged[-1][0], item[1])
        else:
            merged.append(item)
    return merged


def _pairs(first: Bounds, second: Bounds, tokens: list[Word]) -> bool:
    """Two items of two words, a comma between, each opened by a different participle
    that is no given name ("Stephen", "Helen")."""
    if first[1] - first[0] != 2 or second[1] - second[0] != 2 or second[0] != first[1] + 1 or tokens[first[1]].text != ",":
        return False
    openers = [tokens[first[0]], tokens[second[0]]]
    if openers[0].lower_ == openers[1].lower_ or tokens[first[1] - 1].lower_ == tokens[second[1] - 1].lower_:
        return False
    return all(w.lower_.endswith(_PARTICIPLE_ENDINGS) and fold(w.text) not in GIVEN_NAMES for w in openers)
