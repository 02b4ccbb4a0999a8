"""A maker's name followed by a model's name or number names a product of the maker.

Rule ``brand model``: "the Cadillac XLR", "GMC Envoys", "Isuzu Ascenders", "the Nokia
6230", "Sony's PSP" written "Sony PSP", "Apple iPod", "Ford Five Hundred", "Airbus
A380", "Land Rover LR3": a name NER took for an organisation, a place, an event or a
facility whose first words are a maker's (``product_makers.tsv``, makers whose models
news names after the maker) and whose other words are a model's is the product, in all
the article's mentions. A model's words are numbers and codes ("6230", "A380", "XLR"),
a word with a capital inside ("iPod", "PlayStation"), or after a listed maker any
capitalised word ("Focus", "Envoys", "Grand").

An organisation the article names alone works as the maker too ("Kodak ... the Kodak
DX7590"), but only before a number or a code: after an unlisted name a plain word may
be anything ("Virgin Blue" is an airline).

The name stays what it is when its other words name a part of the firm or one of its
businesses ("Apple Computer", "Ford Motor", "Sony Pictures", "Nokia Networks", "LG
Card", "Apple Developer Connection": a company suffix, a name head, a unit, company or
kind noun, ``maker_units.txt``),
an event it sponsors ("Volvo Masters", "Nissan Open"), another maker ("Sony Ericsson",
"Peugeot Citroen"), after an unlisted maker another organisation of the article, or one
that acts ("Mitsubishi UFJ ... UFJ said"),
a place or its people ("Toyota Europe", "Nokia UK"); when a mention of it speaks or does
a company's business ("Sony Ericsson said", "... reported profits"), employs someone
("director of marketing for Microsoft IPTV") or stands next to a noun of another kind of
thing ("Record company Sony BMG", "two Sony Radio awards", ``type_cues.tsv``); in a sports report,
where a maker's name is a team's ("Renault F1"). A person's name is retyped only before a
code, and never one with a title or a given name first ("Mercedes Ruehl").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.company_cues import does_company_business
from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import (
    COMPANY_NOUNS,
    COUNTRIES,
    DESCRIPTION_NOUNS,
    GENERIC_TERMS,
    NAME_HEADS,
    ORG_SUFFIXES,
    REGIONS,
    ROLE_HEADS,
    SPEECH_CUES,
    TYPE_CUES,
    UNIT_NOUNS,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table, read_words
from kg.records import Mention
from kg.types import EntityType

MAKERS = frozenset(row.fields[0] for row in read_table("product_makers.tsv"))
"""Folded names of makers whose products news names after them ("cadillac", "land rover")."""
_UNITS = read_words("maker_units.txt")
_LONGEST_MAKER = max(len(maker.split()) for maker in MAKERS)
# NER's readings of a model's name that the maker corrects.
_MISREAD = frozenset(
    {EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CITY, EntityType.EVENT, EntityType.FACILITY}
)
# A number or a code ("6230", "A380", "XLR", "DS", "N-Gage"), or a capital inside a word ("iPod", "PlayStation").
_CODE = re.compile(r"(?=.*\d)[A-Za-z0-9/-]+|[A-Z][A-Z0-9-]+|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_CONTINENTS = frozenset({"africa", "america", "americas", "asia", "europe", "oceania", "pacific"})
_POST_CLIMB = 4  # "director" <- of <- "marketing" <- for <- the name


def brand_model(name: str, organisations: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The maker and the model of a product's name, or ``None``: ``organisations`` are
    the folded names of the article's organisations.

    >>> brand_model("Cadillac XLR"), brand_model("Apple iPod"), brand_model("Land Rover LR3")
    (('Cadillac', 'XLR'), ('Apple', 'iPod'), ('Land Rover', 'LR3'))
    >>> brand_model("Ford Five Hundred"), brand_model("Kodak DX7590", frozenset({"kodak"}))
    (('Ford', 'Five Hundred'), ('Kodak', 'DX7590'))
    >>> brand_model("Apple Computer"), brand_model("Sony Ericsson"), brand_model("Nokia UK"), brand_model("Volvo Masters")
    (None, None, None, None)
    >>> brand_model("Virgin Blue", frozenset({"virgin"})), brand_model("Ford")
    (None, None)
    """
    parts = name.split()
    for size in range(min(_LONGEST_MAKER, len(parts) - 1), 0, -1):
        maker, model = fold(" ".join(parts[:size])), parts[size:]
        listed = maker in MAKERS
        if not listed and maker not in organisations:
            continue
        if len(model) > 3 or not _model_words(model, listed) or _names_other_thing(model):
            return None
        if not listed and fold(" ".join(model)) in organisations:
            return None  # "Time Warner AOL": two firms
        return " ".join(parts[:size]), " ".join(model)
    return None


def _model_words(model: list[str], listed: bool) -> bool:
    """Every word is a model's: a code, or after a listed maker a capitalised word."""
    return all(_CODE.fullmatch(word) or (listed and _WORD.fullmatch(word)) for word in model)


def _names_other_thing(model: list[str]) -> bool:
    """The model's words name a part of the firm, an event, another firm or a place."""
    words = fold(" ".join(model)).split()
    for word in words:
        if word in ORG_SUFFIXES or word in NAME_HEADS or word in UNIT_NOUNS or word in COMPANY_NOUNS:
            return True
        if word in _UNITS or word in DESCRIPTION_NOUNS or word in GENERIC_TERMS or word in TYPE_CUES:
            return True
    form = " ".join(words)
    if words[0] in MAKERS or form in MAKERS:
        return True  # "Sony Ericsson", "Peugeot Citroen"
    if form in COUNTRIES or form in REGIONS or form in _CONTINENTS or demonym_country(form) is not None:
        return True
    return gazetteer().is_big_city(form)  # "Toyota Paris" is the maker's office there; "Chevrolet Malibu" a car


def brand_models_are_products(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a maker's model typed a Product, cued (see the
    module docstring)."""
    if sport:
        return found
    organisations = frozenset(fold(m.text) for m, _ in found if m.type is EntityType.ORGANIZATION)
    readings = {fold(m.text): _misread_model(m, organisations) for m, _ in found}
    if not any(readings.values()):
        return found
    # A name that acts, or whose model's words alone act ("Mitsubishi UFJ ... UFJ said"), is a firm's.
    acting = {fold(m.text) for m, bounds in found if _acts(words, *bounds) or _classed(words, *bounds)}
    models = {form for form, model in readings.items() if model is not None and form not in acting and model not in acting}
    return [
        (replace(m, type=EntityType.PRODUCT, cued=True), b)
        if fold(m.text) in models and (m.type in _MISREAD or m.type is EntityType.PERSON) else (m, b)
        for m, b in found
    ]


def _misread_model(mention: Mention, organisations: frozenset[str]) -> str | None:
    """The folded model's words, when the mention is a maker's model NER read as something else."""
    if mention.titles or mention.type not in _MISREAD | {EntityType.PERSON}:
        return None
    found = brand_model(mention.text, organisations)
    if found is None:
        return None
    if mention.type is EntityType.PERSON and (
        looks_like_person(mention.text) or not all(_CODE.fullmatch(word) for word in found[1].split())
    ):
        return None
    return fold(found[1])


def _acts(words: Words, start: int, end: int) -> bool:
    """The words speak or do a company's business: "Sony Ericsson said", "... reported profits"."""
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES:
        return True
    return does_company_business(words, start, end) or _employs(root)


def _employs(word: Word) -> bool:
    """The name is where a post is held: "director of marketing for Microsoft IPTV"."""
    for _ in range(_POST_CLIMB):
        if word.dep_ not in {"pobj", "prep"} or word.head is word:
            return False
        word = word.head
        if word.pos_ == "NOUN" and word.lower_ in ROLE_HEADS:
            return True
    return False


def _classed(words: Words, start: int, end: int) -> bool:
    """A noun next to the name says it is something else: "Record company Sony BMG",
    "manufacturer Toshiba Elevator and ...", "two Sony Radio awards"."""
    tokens = words.words
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "NOUN" and TYPE_CUES.get(before.lemma_.lower(), EntityType.PRODUCT) \
            is not EntityType.PRODUCT:
        return True
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = after.lemma_.lower()
    return after.lower_ in NAME_HEADS or TYPE_CUES.get(lemma, EntityType.PRODUCT) is not EntityType.PRODUCT
