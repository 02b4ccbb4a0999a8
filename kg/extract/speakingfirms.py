"""A name a cue read as a product that speaks or acts as a firm is the firm, in all its mentions.

Rule ``speaking firm``: a maker's name before its product's kind is typed a product
by the kind noun ("an Apple computer", "Apple software": ``kg.extract.cues``), a
firm's name in a list of services or technologies one too ("ScanSoft and Gracenote
are developing technology"); then one cue outvotes NER's firm on every other
mention. A product does not speak, hope or employ: when another mention of the same
name (folded) shows a firm, every mention of it read as a product is an organisation:

- the active subject of a verb of saying ("F-Secure said", "Apple has said"; not
  "warn", "indicate", "suggest", "report": software warns, figures suggest), or of a
  verb of a mind's intent (``minding_verbs.txt``: "Apple expects the Mac mini to sell");
- where a spokesperson speaks for it ("a spokesman for Symbian", "William Hill
  spokesman Rupert Adams": ``kg.extract.company_cues.speaks_through``);
- where a post is held at it or shares in it are ("an analyst at Gartner", "shares in
  Apple"), or it does a firm's business ("Apple reported profits");
- the owner of a named thing in the possessive ("Apple's Newton", "Apple's iPod");
- the passive agent of a verb of making, launching or owning (``making_verbs.txt``: "The
  Mac Mini was launched ... by Apple"), or what a firm's part is of ("SpeechWorks, a
  division of ScanSoft").

Not a name NER reads as a person's anywhere ("said Deathifier": a gamer's moniker may
speak) or that looks like one (a given name first), a country's, a known
place's, nor a technology's of ``technology_terms.tsv`` ("Windows", "Mac": a product
whatever it seems to do); nor in a sports report.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.company_cues import does_company_business, employs, has_shares, speaks_through
from kg.extract.cues import looks_like_person
from kg.extract.firmsthings import COMPANY_PARTS
from kg.extract.technologies import TECHNOLOGY_TERMS, technologies_not_agents
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, SPEECH_CUES, SPOKESPEOPLE
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

_MINDING = read_words("minding_verbs.txt")
_MAKING = read_words("making_verbs.txt")
# Speech cues that a thing is subject of too: "the software warns users", "figures suggest".
_THINGS_SAY = frozenset({"warn", "indicate", "suggest", "report"})
_SAYING = frozenset(SPEECH_CUES) - _THINGS_SAY
_SPOKEN_FOR = frozenset({"for", "at"})  # "a spokesman for Symbian", "a spokeswoman at Sony"
_TECHNOLOGIES = frozenset(fold(name) for name in TECHNOLOGY_TERMS)


def technologies_and_firms(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` read for technologies (``kg.extract.technologies.technologies_not_agents``),
    then for firms among the products (``firms_not_products``); outside sports reports."""
    return firms_not_products(technologies_not_agents(found, words), words)


def firms_not_products(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with every product mention of a name that another mention shows to be a
    firm typed an organisation (see the module's docstring)."""
    products = {fold(m.text) for m, _ in found if m.type is EntityType.PRODUCT}
    products = {form for form in products if not _never_firm(form)}
    if not products:
        return found
    named_starts = {bounds[0] for _, bounds in found}
    firms = {
        fold(m.text) for m, (start, end) in found
        if fold(m.text) in products and not looks_like_person(m.text)
        and _acts_as_firm(words, start, end, named_starts)
    }
    firms -= {fold(m.text) for m, _ in found if m.type is EntityType.PERSON}  # "said Deathifier": a gamer's moniker
    if not firms:
        return found
    return [
        (replace(m, type=EntityType.ORGANIZATION, cued=False), b) if m.type is EntityType.PRODUCT and fold(m.text) in firms
        else (m, b)
        for m, b in found
    ]


def _never_firm(form: str) -> bool:
    """A name no evidence makes a firm here: a country's, a known place's, a listed technology's."""
    return form in COUNTRIES or form in _TECHNOLOGIES or gazetteer().is_place(form) or looks_like_person(form.title())


def _acts_as_firm(words: Words, start: int, end: int, named_starts: set[int]) -> bool:
    """Words ``start:end`` speak, intend, employ, are spoken for or own a named thing as a firm does."""
    tokens = words.words
    root = words.root(start, end)
    subject = root.head if root.dep_ == "conj" and root.head.dep_ == "nsubj" else root  # "ScanSoft and Gracenote said"
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in _SAYING | _MINDING:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in _SPOKEN_FOR and root.head.head.lower_ in SPOKESPEOPLE:
        return True  # "a spokesman for Symbian"
    if speaks_through(words, start, end) or employs(words, start, end) or has_shares(words, start, end):
        return True
    if does_company_business(words, start, end):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _MAKING:
        return True  # "launched amid much fanfare by Apple"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in COMPANY_PARTS:
        return True  # "SpeechWorks, a division of ScanSoft"
    # "Apple's Newton": the owner of a name that follows its possessive.
    return end + 1 < len(tokens) and tokens[end].tag_ == "POS" and end + 1 in named_starts
