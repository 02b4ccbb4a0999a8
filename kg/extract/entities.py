"""A parsed document's named entities, read once.

spaCy builds a new tuple of ``Span`` objects on every ``Doc.ents`` access, and
``Span.ents`` reads the whole ``Doc.ents`` again to filter it, so asking each
sentence (or each lookup) for its entities costs a pass over the document every
time. ``Entities`` reads them once per document, as plain `EntitySpan` records
(a ``Span`` attribute is a new lookup on every read); ``within`` gives a
sentence's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Protocol

from kg.extract.andnames import bodies_joined
from kg.extract.bodyperson import is_post, person_after_body
from kg.extract.constituencies import seats_joined
from kg.extract.countrynames import country_name_start, sport_body_start
from kg.extract.firmpairs import firms_joined
from kg.extract.givenplaces import surname_end
from kg.extract.hyphengiven import given_names_joined
from kg.extract.lawheads import law_heads_joined
from kg.extract.lawtitles import law_titles_joined
from kg.extract.markednames import LINKING_WORDS, nickname_joined, of_start, saint_end
from kg.extract.nametails import TAILED, name_tail_end
from kg.extract.ofthe import of_the_start
from kg.extract.parenlaws import paren_laws_joined
from kg.extract.sharedheads import shared_heads_joined
from kg.extract.stationnames import stations_joined
from kg.extract.stations import station_span
from kg.folding import fold
from kg.lexicon import ARTICLES, COUNTRIES, NICKNAMES, QUANTIFIERS
from kg.types import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.words import Word, Words


class _Bounds(Protocol):
    start: int
    end: int


class EntitySpan:
    """One entity of the document, with the ``Span`` attributes the rules read."""

    __slots__ = ("label_", "start", "end", "start_char", "end_char", "text")

    def __init__(self, label: str, start: int, end: int, start_char: int, end_char: int, text: str) -> None:
        self.label_ = label
        self.start = start
        self.end = end
        self.start_char = start_char
        self.end_char = end_char
        self.text = text

    def __repr__(self) -> str:
        return self.text


_JOINABLE = frozenset({"ORG", "PERSON"})
_ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)")
# Lower-case particles that begin a surname NER left out: "Valery Giscard d'Estaing".
_PARTICLES = ("d'", "de", "van", "von", "da", "di", "du", "le", "la")


def _joined(ents: Doc, doc: Words) -> list[tuple[str, int, int]]:
    """``doc.ents`` as (label, start, end), with the pieces of one name NER cut joined.

    The parse makes the pieces one name: each word but the last is a ``compound``
    of a later word of it. Two organisation or person spans side by side are one
    name ("Lockheed" + "Martin": Lockheed Martin, an organisation); a proper noun
    outside every entity right before an organisation ("BNP" + "Paribas") or right
    after a person ("Valery Giscard" + "d'Estaing") is part of it, and so is an ordinal
    in figures right before an organisation ("20th" + "Century Fox"). Two spans side by
    side that together are a name of ``nicknames.tsv`` are that name ("Liberal" +
    "Democrat").
    """
    joined: list[tuple[str, int, int]] = []
    for ent in ents.ents:
        label, start, end = ent.label_, ent.start, ent.end
        if joined and start < joined[-1][2]:
            continue  # inside a country's name already read whole: "Trinidad and" + "Tobago"
        if joined and joined[-1][2] == start and person_after_body(doc, joined[-1][0], label, start, end) and is_post(doc, *joined[-1][1:]):
            joined.pop()  # "Solicitor General" + "Harriet Harman": the post is her title, no body
        if label in _JOINABLE and joined and joined[-1][2] == start and joined[-1][0] in _JOINABLE and _compound(doc, joined[-1][1], end) and (
                not person_after_body(doc, joined[-1][0], label, start, end)):  # "told the BBC Michael Howard has"
            previous = joined.pop()
            label, start = ("ORG" if "ORG" in {label, previous[0]} else label), previous[1]
        elif joined and (station := station_span(doc, joined[-1], label, start, end)) is not None:
            joined.pop()  # "BBC Radio" + "Five Live"
            if station[1] < end:  # "BBC Radio" + "Five Live's Sportsweek": the station, then the programme
                joined.append(("ORG", *station))
                start = station[1] + 1
            else:
                label, start = "ORG", station[0]
        elif label == "PERSON" and joined and nickname_joined(doc, joined[-1], start):
            start = joined.pop()[1]  # "Ahmed" + "'Mido'" + "Hossam"
        elif joined and joined[-1][2] == start and fold(doc.span_text(joined[-1][1], end)) in NICKNAMES:
            label, start = "ORG", joined.pop()[1]  # "Liberal" (ORG) + "Democrat" (NORP): a party's name
        elif (wider := _table_name_start(doc, start, end, joined[-1][2] if joined else 0)) is not None:
            label, start = _TABLE_LABELS.get(_table_types(doc.span_text(wider, end)), "ORG"), wider
        elif (title_start := of_the_start(doc, start, end, label, joined[-1][2] if joined else 0)) is not None:
            label, start = "WORK_OF_ART", title_start  # "the Lord of the" + "Rings"
        elif (of_opened := of_start(doc, start, joined[-1][2] if joined else 0)) is not None:
            label = "ORG" if label == "PERSON" and doc[start].text in LINKING_WORDS else label  # "Reporters Without Borders"
            start = of_opened  # "Republic" + "of Ireland"
        if (saint := saint_end(doc, start, end)) is not None:
            label, end = "FAC", saint  # "St David's" + "Shopping Centre"
        before = doc[start - 1] if start > 0 else None
        if label == "ORG" and before is not None and _loose_name(before) and before.text[:1].isupper() and _compound(doc, start - 1, end):
            start -= 1  # "BNP Paribas"
        if label == "ORG" and start > 0 and _numbered(doc, start, end):
            if joined and joined[-1] == ("ORDINAL", start - 1, start):
                joined.pop()
            start -= 1  # "20th" + "Century Fox"
        if label == "ORDINAL" and (name_end := _ordinal_name_end(doc, start, end)) is not None:
            label, end = "ORG", name_end  # "at 20th Century Fox.": no entity NER gave
        if label == "ORG" and joined and (country_start := country_name_start(doc, joined[-1], start, end)) is not None:
            joined.pop()
            start = country_start  # "US" + "Anti-Doping Agency"
        if (sport_start := sport_body_start(doc, label, start, end)) is not None:
            label, start = "ORG", sport_start  # "Athletics" + "Kenya"
        start = _determiner_start(doc, start, end)  # "All England Club"
        if (country_end := _country_end(doc, start, end)) is not None:
            label, end = "GPE", country_end  # "St Kitts and" + "Nevis"
        if label in TAILED and (tail := name_tail_end(doc, start, end)) is not None:
            end = tail  # "Rayman" + "DS"
        elif (surname := surname_end(doc, start, end, label)) is not None:
            label, end = "PERSON", surname  # "Arjen" (GPE) + "Robben"
        if label in _LINKED:
            end = _linked_end(doc, end)  # "Fondation pour l'Enfance"
        if label in _NAMED_BODIES:
            end = _plural_possessive_end(doc, end)  # "International Bloggers' Bill of Rights"
        if label == "PERSON" and end < len(doc) and _loose_name(doc[end]) and (
            doc[end].text[:1].isupper() or doc[end].lower_.startswith(_PARTICLES)
        ) and _compound(doc, start, end + 1):
            end += 1  # "Valery Giscard d'Estaing"
        joined.append((label, start, end))
    return joined


# The longest run of loose capitalised words read before a span ("Scottish National").
_MAX_LEFT_WORDS = 3
_TABLE_NAMES = frozenset(NICKNAMES) | frozenset(fold(r.name) for rs in NICKNAMES.values() for r in rs)
_TABLE_LABELS = {frozenset({EntityType.PERSON}): "PERSON", frozenset({EntityType.EVENT}): "EVENT"}


def _table_types(text: str) -> frozenset[EntityType]:
    """The types ``nicknames.tsv`` gives the name ``text``, as a nickname or as a full name."""
    form = fold(text)
    readings = [r for rs in NICKNAMES.values() for r in rs if fold(r.name) == form] + list(NICKNAMES.get(form, ()))
    return frozenset(r.type for r in readings)


def _table_name_start(doc: Words, start: int, end: int, floor: int) -> int | None:
    """Where a name of ``nicknames.tsv`` starts that NER cut to its last words, if it did.

    Construction: capitalised words outside every entity, right before the span in its
    sentence, that make with it a name the table knows. In "Liberal Democrat leader
    Charles Kennedy" NER gives "Democrat" (NORP) alone; "Liberal" + "Democrat" is the
    party's name, so the span starts at "Liberal". The longest such name wins; ``floor``
    is the end of the entity before (words of an entity are never taken).
    """
    first = None
    for wider in range(start - 1, max(floor, start - _MAX_LEFT_WORDS) - 1, -1):
        word = doc[wider]
        if _sent_start(doc[wider + 1]) or word.ent_iob_ != "O" or not word.text[:1].isupper() or not word.is_alpha:
            break  # the sentence before, an entity's word, or no name's word
        if fold(doc.span_text(wider, end)) in _TABLE_NAMES:
            first = wider
    return first


# What may come right before a capital that opens a sentence-like stretch: a quotation, a colon.
_OPENERS = frozenset({'"', "'", "“", "‘", ":", "(", "-", "–", "—"})


def _determiner_start(doc: Words, start: int, end: int) -> int:
    """Where a name starts when a capitalised determiner right before it belongs to it.

    Inside a sentence a determiner is capitalised only as a name's first word: in
    "comment by All England Club chairman Tim Phillips" NER gives "England Club",
    but "All" is capitalised and is the determiner of the name's head. So the span
    starts at a capitalised determiner or quantifier ("All", "No", "Some"; no article:
    "The" stays out, as kg drops it from every name) that is no sentence's or
    quotation's first word and that the parse hangs on a word of the span or on the
    noun the span modifies.
    """
    if start == 0 or _sent_start(doc[start]):
        return start
    word = doc[start - 1]
    if (
        _sent_start(word) or word.ent_iob_ != "O" or word.dep_ not in {"det", "predet", "compound"}
        or not (word.tag_ in {"DT", "PDT"} or word.lower_ in QUANTIFIERS) or word.lower_ in ARTICLES
        or not word.text[:1].isupper() or not _same_phrase(doc, word, start, end) or (start > 1 and doc[start - 2].text in _OPENERS)
    ):
        return start
    return start - 1


# Organisations and places named in French, Italian, Spanish or Portuguese: the lower-case
# words that link a name's capitalised words ("Fondation pour l'Enfance", "Parc des Sports").
_LINKED = frozenset({"ORG", "FAC"})
NAME_LINKS = frozenset({"de", "des", "du", "del", "della", "di", "da", "dos", "das", "pour", "sur", "aux", "au"})


def _linked_end(doc: Words, end: int) -> int:
    """Where an organisation's or a facility's name ends when NER stopped at a
    linking word of another language: "the Fondation pour l'Enfance" (NER:
    "Fondation"). The name goes on over the link and the capitalised words after
    it that no entity holds ("l'Enfance": an elided article before a capital).
    """
    if end + 1 >= len(doc) or doc[end].lower_ not in NAME_LINKS or not doc[end].text.islower():
        return end
    after = end + 1
    while after < len(doc) and doc[after].ent_iob_ == "O" and not _sent_start(doc[after]) and _capitalised(doc[after].text):
        after += 1
    return after if after > end + 1 else end


# Labels of names a plural possessive may open: bodies, works, laws, events ("Musicians' Union").
_NAMED_BODIES = frozenset({"ORG", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
_TITLE_LINKS = frozenset({"of", "for", "and", "the"})


def _plural_possessive_end(doc: Words, end: int) -> int:
    """Where a name ends when NER stopped at a plural possessive inside it: "the
    International Bloggers' Bill of Rights" (NER: "International Bloggers'").

    A name of people's kind in the plural with its apostrophe opens the name of what
    they have ("Musicians' Union", "Actors' Equity Association") when the article also
    writes that plural as a common noun, in lower case ("to protect bloggers at work"):
    the name goes on over the capitalised words after it and the small words between
    them ("of", "for"). An owner of another name ("Oasis' Definitely Maybe") is no
    common noun the text writes in lower case.
    """
    if end < 2 or end >= len(doc) or doc[end - 1].text not in {"'", "’"} or not doc[end - 2].lower_.endswith("s"):
        return end
    plural = doc[end - 2].lower_
    if not any(token.text == plural for token in doc):
        return end
    last, after = end, end
    while after < len(doc) and doc[after].ent_iob_ != "B" and not _sent_start(doc[after]):
        word = doc[after]
        if word.text[:1].isupper() and word.text.isalpha():
            last = after + 1
        elif word.lower_ not in _TITLE_LINKS:
            break
        after += 1
    return last


def _capitalised(text: str) -> bool:
    """A name's word: a capital first, or after an elided article ("l'Enfance", "d'Or")."""
    bare = text[2:] if text[:2].lower() in {"l'", "d'"} else text
    return bare[:1].isupper() and bare.replace("'", "").isalpha()


# The most words a country's name goes on past NER's span: "Saint Vincent" + "and the Grenadines".
_COUNTRY_TAIL = 3


def _country_end(doc: Words, start: int, end: int) -> int | None:
    """Where a country's name ends that NER cut at its "and" ("St Kitts and" + "Nevis",
    "Trinidad" + "and Tobago"): the longest run of the sentence's next words that,
    with the span, is a country's name (``countries.txt``, ``country_aliases.tsv``)."""
    if not ({"and", "&"} & {doc[end - 1].lower_, doc[end].lower_ if end < len(doc) else ""}):
        return None
    found = None
    first = start + 1 if doc[start].lower_ in ARTICLES else start  # "The St Kitts and" + "Nevis star"
    for after in range(end + 1, min(end + _COUNTRY_TAIL, len(doc)) + 1):
        if _sent_start(doc[after - 1]):
            break
        if fold(doc.span_text(first, after)) in COUNTRIES:
            found = after
    return found


def _same_phrase(doc: Words, word: Word, start: int, end: int) -> bool:
    """``word`` hangs on a word of ``start:end``, or on the noun the span modifies
    ("All England Club chairman": "All" and "Club" both hang on "chairman")."""
    last = doc[end - 1]
    return start <= word.head.i < end or (last.dep_ == "compound" and word.head.i == last.head.i)


def _numbered(doc: Words, start: int, end: int) -> bool:
    """The ordinal in figures right before ``start:end`` is the name's first word: "20th Century
    Fox", "the 10th District Court" (NER reads "20th" an ORDINAL and the rest alone), a name of
    two words or more; one in words ("the third Fox film") stays apart."""
    word = doc[start - 1]
    if end - start < 2 or (word.ent_iob_ != "O" and word.ent_type_ != "ORDINAL"):
        return False  # "the 18th Century artist": a time; or a word of another entity
    return _ORDINAL_FIGURE.fullmatch(word.text) is not None and _same_phrase(doc, word, start, end)


def _ordinal_name_end(doc: Words, start: int, end: int) -> int | None:
    """Where a name ends that an ordinal in figures opens and NER missed whole: "at 20th
    Century Fox." (proper nouns outside every entity, each a compound of the last, on which
    the ordinal hangs)."""
    if end - start != 1 or _ORDINAL_FIGURE.fullmatch(doc[start].text) is None:
        return None
    last = end
    while last < len(doc) and _loose_name(doc[last]) and doc[last].text[:1].isupper():
        last += 1
    if last - end < 2 or doc[start].head.i != last - 1 or not _compound(doc, end, last):
        return None
    return last


def _loose_name(token: Word) -> bool:
    """A proper noun in no entity, inside a sentence: a piece of a name NER left out."""
    return token.tag_ == "NNP" and token.ent_iob_ == "O" and not _sent_start(token) and token.text.replace("'", "").isalpha()


def _sent_start(word: Word) -> bool:
    """Whether ``word`` opens its sentence (spaCy's ``Token.is_sent_start`` of a parsed document)."""
    return word.sent.start == word.i


def _compound(doc: Words, start: int, end: int) -> bool:
    """Every word of ``start:end`` but the last is a compound of a later one of them."""
    return all(doc[i].dep_ == "compound" and i < doc[i].head.i < end for i in range(start, end - 1))


class Entities:
    """``doc.ents``, read once, with ``Span.ents`` for any span of the document."""

    __slots__ = ("spans", "_starts")

    def __init__(self, doc: Doc, text: str, words: Words | None = None) -> None:
        """``text``: the document's text (``doc.text`` joins every token's text on each call);
        ``words``: the document's `Words`, if the caller has read them (else read here)."""
        from kg.extract.words import Words

        tokens = Words(doc) if words is None else words
        every = tokens.words  # the list itself: no `Words.__getitem__` call per word read
        try:
            self.spans: tuple[EntitySpan, ...] = tuple(
                EntitySpan(label, start, end, every[start].idx, every[end - 1].idx + len(every[end - 1].text),
                           text[every[start].idx : every[end - 1].idx + len(every[end - 1].text)])
                for label, start, end in given_names_joined(firms_joined(seats_joined(shared_heads_joined(bodies_joined(law_titles_joined(law_heads_joined(paren_laws_joined(stations_joined(_joined(doc, tokens), tokens), tokens), tokens), tokens), tokens), tokens), tokens), tokens), tokens)
            )
        finally:
            if words is None:
                tokens.release()
        self._starts = [ent.start for ent in self.spans]

    def starting_in(self, start: int, end: int) -> tuple[EntitySpan, ...]:
        """The entities starting at words ``start:end`` (a sentence's), by bisection: rules
        asking it of every sentence read every entity of the document for each."""
        return self.spans[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def within(self, span: _Bounds) -> list[EntitySpan]:
        """The entities of ``span``, exactly as ``span.ents`` gives them: from the
        first entity starting inside it, up to the first that ends past its end."""
        found = []
        for index in range(bisect_left(self._starts, span.start), len(self.spans)):
            ent = self.spans[index]
            if ent.end > span.end:
                break
            found.append(ent)
        return found
