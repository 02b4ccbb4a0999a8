"""Technologies, standards and services told by how their article uses the name.

NER reads a technology's name as a firm, a person or a place ("IPTV", "MMS", "LZW",
"Freeview"). What the text does with the name says otherwise; each rule names its
construction (the words are in ``kg/lexicon/data/technology_cues.tsv``):

- kind: the name modifies a noun only a technology's name modifies: "the LZW
  algorithm", "GIF files", "MMS messages", "SMS chat", "the DAB standard".
- owned: the name, written as an acronym, modifies a noun a technology's name
  modifies but a firm's may too: "20 million subscribers to IPTV services", "LTE
  handsets".
- carrier: the name is listed with a lower-case way of carrying sound, pictures or
  data: "on satellite, cable or Freeview", "through cable or ADSL".
- suffix: a hyphen and a word only a technology takes follow the name:
  "Bluetooth-enabled phones", "Java-compatible handsets".
- via: the name, written as an acronym, is what a thing is sent via: "pictures sent
  via MMS".

- listed: a widely used name of a standard or technology, or of a game console
  (``technology_terms.tsv``, each with its source): "networks like GSM", "the Xbox";
  read as a name where NER missed it ("3G technology lets people ...": NER reads the
  number 3), never the first word of a later version's name ("Xbox 2"). Software, computers,
  players and online services are listed too ("iPod", "iTunes", "Windows XP"), and a listed
  name NER read as a work or a people is misread as well ("the Xbox": a work; "iTunes": NORP).
- edition: a name that opens on a listed name and goes on with capitalised words, no
  organisation's head word last, is an edition of it ("Windows XP Home", "iPod Photo"; not
  "Windows XP Counterfeit Unit"), a listed name's plural is the product's ("PlayStations",
  "IPods"), and the words an edition adds to a listed name are its short name in the same
  article ("Windows XP ... XP"), and so is the word an edition adds ("the Mac Mini ... the
  Mini"; not a listed name's: "Outlook Express ... the Express"). An edition of a listed name the article names alone is no
  person's name for its given name ("the Mac Mini" beside "a Mac").

A name any of whose mentions speaks or acts as an organisation ("IBM said", "Orange's
profits", "Vodafone announced"), carries a person's title, or that another cue typed,
is left as it is; so is a person's name, a country's and a place's a gazetteer knows.
One piece of evidence types every mention of the name in its article, as
``kg.extract.spread`` does for companies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.company_cues import acts_as_organisation, does_company_business, has_company_possession
from kg.extract.cues import looks_like_person
from kg.extract.servicelists import listed_services
from kg.extract.spans import is_modifier
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, NICKNAMES, ORG_SUFFIXES, SPEECH_CUES, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_ROLE = {row.fields[0]: row.fields[1] for row in read_table("technology_cues.tsv")}
TECHNOLOGY_TERMS = frozenset(row.fields[0] for row in read_table("technology_terms.tsv"))
"""Widely used names of standards and technologies, as written ("GSM", "3G", "Wi-Fi"), each
with its source in ``technology_terms.tsv``."""
# A listed name as a whole word: not "3GSM" (a conference), nor "DVB" inside "DVB-H", nor
# "Xbox" inside "Xbox 2" (a version: another product).
_LISTED = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(term) for term in sorted(TECHNOLOGY_TERMS, key=len, reverse=True)) + r")(?![\w-])(?! \d\b)"
)
_LISTED_TEXTS = frozenset(fold(term) for term in TECHNOLOGY_TERMS)
# What NER calls a technology it does not know.
_MISREAD = frozenset({EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE})
# What NER calls a listed name besides: "the Xbox" a work, "iTunes" a people (NORP).
_LISTED_MISREAD = _MISREAD | {EntityType.WORK, EntityType.GROUP}
# An acronym: capitals and digits only, at least one capital ("IPTV", "3G", "MMS").
_ACRONYM = re.compile(r"(?=[0-9]*[A-Z])[A-Z0-9]{2,6}")


def is_acronym(name: str) -> bool:
    """The name is written as an acronym: capitals and digits, two to six of them.

    >>> is_acronym("IPTV"), is_acronym("3G"), is_acronym("Freeview"), is_acronym("2004")
    (True, True, False, False)
    """
    return _ACRONYM.fullmatch(name) is not None


def technology_evidence(words: Words, start: int, end: int) -> str | None:
    """The construction that makes words ``start:end`` a technology's name, if any:
    ``"kind"``, ``"owned"``, ``"suffix"``, ``"carrier"`` or ``"via"`` (see the module's docstring)."""
    root = words.root(start, end)
    name = words.span_text(start, end)
    head = root.head
    after = words.words[end] if end < len(words.words) else None
    # The noun the name modifies ("IPTV services"), unless it only modifies another ("chat show").
    noun = head if root.dep_ in {"compound", "nmod", "amod"} and head.i >= end else None
    if noun is not None and noun.text.islower() and _heads_phrase(noun):
        role = _role(noun)
        if role == "kind" or (role == "owned" and is_acronym(name)):
            return role  # "the LZW algorithm", "IPTV services"
    # The parser may leave the noun unattached to the name ("the LZW algorithm used in"):
    # right after it, a noun only a technology's name modifies still counts.
    if after is not None and after.text.islower() and after.pos_ in {"NOUN", "PROPN"} and _role(after) == "kind" and _heads_phrase(after):
        return "kind"
    if after is not None and after.text == "-" and end + 1 < len(words.words) and _role(words.words[end + 1]) == "suffix":
        return "suffix"  # "Bluetooth-enabled phones"
    if any(w.text.islower() and _ROLE.get(w.lemma_.lower()) == "carrier" for w in root.conjuncts):
        return "carrier"  # "on satellite, cable or Freeview"
    if root.dep_ == "pobj" and _ROLE.get(head.lower_) == "via" and is_acronym(name):
        return "via"  # "sent via MMS"
    return None


def _heads_phrase(noun: Word) -> bool:
    """The cue noun is what the phrase names, not a modifier of another noun ("an Ex-BBC chat
    show host" is a host), unless that noun is a product's or a technology's ("the Morpheus
    file-sharing software")."""
    while noun.dep_ in {"compound", "amod", "npadvmod"} and noun.head.i > noun.i:
        noun = noun.head
        if TYPE_CUES.get(noun.lemma_.lower()) is EntityType.PRODUCT or _role(noun) is not None:
            return True
        if noun.dep_ not in {"compound", "amod", "npadvmod"}:
            return False
    return True


def _role(word: Word) -> str | None:
    return _ROLE.get(word.lemma_.lower()) or _ROLE.get(word.lower_)


def technologies_not_agents(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """Every mention of a name that one of its uses shows to be a technology
    (``technology_evidence``), or that is listed, becomes a Product, cued, unless a use
    of the name acts as an agent (see the module's docstring); listed names NER missed
    are added. Every use of the name's words counts, NER's or not: it tags "IPTV" in
    "IPTV has a future", not in "IPTV services". Then a person's name a list shows to be
    a technology is one too (``kg.extract.servicelists``: "networks like Kazaa and Grokster")."""
    return listed_services(_technologies(found, words), words, _LISTED_TEXTS, _acts_as_agent)


def _technologies(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    found = sorted(found + _listed_names(found, words), key=lambda pair: pair[1])
    tokens = words.words
    listed = listed_forms({m.text for m, _ in found})
    named = {fold(m.text) for m, _ in found}
    candidates = {
        fold(m.text): tuple(w.text for w in tokens[start:end])
        for m, (start, end) in found
        if _misread(m, listed) and (not looks_like_person(m.text) or _edition_of_named(fold(m.text), listed, named))
        and fold(m.text) not in COUNTRIES
        and fold(m.text) not in NICKNAMES and not gazetteer().is_place(m.text)
    }
    if not candidates:
        return found
    uses = _uses(words, candidates)
    shortened = {form for form in listed if form not in _LISTED_TEXTS and len(form.split()) == 1 and form[:-1] not in _LISTED_TEXTS}
    agents = {  # a cue's other type yields to an edition's word ("the Mini", a carmaker's, beside the Mac Mini)
        fold(m.text) for m, _ in found
        if m.titles or (m.cued and m.type is not EntityType.PRODUCT and fold(m.text) not in shortened)
    }
    names = {
        form for form, spans in uses.items()
        if form not in agents and (form in listed or any(technology_evidence(words, *span) for span in spans))
        and not any(_acts_as_agent(words, *span) for span in spans)
    }
    if not names:
        return found
    return [
        (replace(m, type=EntityType.PRODUCT, cued=True), b)
        if fold(m.text) in names and _misread(m, listed) else (m, b)
        for m, b in found
    ]


def _edition_of_named(form: str, listed: frozenset[str], named: set[str]) -> bool:
    """``form`` is an edition of a listed name the article names alone too, which no given
    name before a word makes a person's ("the Mac Mini" beside "a Mac"; see ``listed_forms``).

    >>> _edition_of_named("mac mini", frozenset({"mac mini"}), {"mac", "mac mini"})
    True
    >>> _edition_of_named("mac mini", frozenset({"mac mini"}), {"mac mini"}), _edition_of_named("mac", frozenset({"mac"}), {"mac"})
    (False, False)
    """
    words = form.split()
    return form in listed and form not in _LISTED_TEXTS and any(
        " ".join(words[:i]) in _LISTED_TEXTS and " ".join(words[:i]) in named for i in range(1, len(words))
    )


def _misread(mention: Mention, listed: frozenset[str]) -> bool:
    """NER's type of the mention may be a technology's it did not know."""
    return mention.type in _MISREAD or (mention.type in _LISTED_MISREAD and fold(mention.text) in listed)


def listed_forms(names: set[str]) -> frozenset[str]:
    """The folded forms of an article's ``names`` that are listed, a listed name's plural or an
    edition of one, an acronym a listed name's later words add to it and the words an edition
    adds (see the module's docstring).

    >>> sorted(listed_forms({"Windows XP Home", "XP", "IPods", "GSM", "Windows XP Unit", "Ofcom", "IPTV World Forum"}))
    ['gsm', 'ipods', 'windows xp home', 'xp']
    >>> sorted(listed_forms({"Mac Mini", "Mini", "Outlook Express", "Express"}))
    ['mac mini', 'mini', 'outlook express']
    """
    forms = {fold(name): name for name in names}
    listed = {form for form in forms if form in _LISTED_TEXTS or (form.endswith("s") and form[:-1] in _LISTED_TEXTS)}
    added: set[str] = set()
    for form, name in forms.items():
        words = form.split()
        parts = name.split()
        openings = [i for i in range(1, len(words)) if " ".join(words[:i]) in _LISTED_TEXTS]
        if not openings or len(parts) != len(words):
            continue
        if form not in listed and _is_edition(parts, openings[0]):
            listed.add(form)  # "Windows XP Home": an edition
        if form in listed:
            added.update(words[i] for i in openings if is_acronym(parts[i]))  # "Windows XP": "XP"
        if form in listed and form not in _LISTED_TEXTS:
            added.add(" ".join(words[openings[-1] :]))  # "the Mac Mini ... the Mini"
    return frozenset(listed | (added & set(forms)))


def _is_edition(parts: list[str], opening: int) -> bool:
    """The words of a name after its listed first ``opening`` words are an edition's: one
    capitalised word ("Windows XP Home", "iPod Photo"; not "Walkman of the 21st Century", nor a
    scheme's "Windows XP Counterfeit Project") besides acronyms and numbers, no organisation's head
    word ("iPod Group"); and the listed words are no acronym of a standard ("IPTV World Forum").
    """
    last = fold(parts[-1])
    words = [part for part in parts[opening:] if not is_acronym(part) and not part.isdigit()]
    return (
        not is_acronym(" ".join(parts[:opening])) and len(words) <= 1
        and all(word[:1].isupper() for word in words)
        and TYPE_CUES.get(last) in (None, EntityType.PRODUCT) and last not in ORG_SUFFIXES
    )


def _listed_names(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """Listed names outside every mention found, as Products: "3G technology lets people
    ...", where NER read a number; not one that speaks or acts as an organisation."""
    taken = {i for _, (start, end) in found for i in range(start, end)}
    starts = words.by_offset()
    ends: dict[int, int] = {}  # each word's end offset to the index after it, made at the first listed name
    sentence_of = words.sentence_numbers()
    added = []
    for match in _LISTED.finditer(words.text):
        ends = ends or {word.idx + len(word.text): word.i + 1 for word in words.words}
        first, end = starts.get(match.start()), ends.get(match.end())
        if first is None or end is None:
            continue
        start = first.i
        if taken.intersection(range(start, end)) or _acts_as_agent(words, start, end):
            continue
        mention = Mention(match.start(), match.end(), match.group(), EntityType.PRODUCT, sentence_of[start],
                          modifier=is_modifier(words, start, end), cued=True)
        added.append((mention, (start, end)))
    return added


def _uses(words: Words, names: dict[str, tuple[str, ...]]) -> dict[str, list[Bounds]]:
    """Where in the document each name's words stand, by folded name."""
    firsts: dict[str, list[str]] = {}
    for form, parts in names.items():
        firsts.setdefault(parts[0], []).append(form)
    uses: dict[str, list[Bounds]] = {form: [] for form in names}
    tokens = words.words
    for i, word in enumerate(tokens):
        for form in firsts.get(word.text, ()):
            end = i + len(names[form])
            if end <= len(tokens) and tuple(w.text for w in tokens[i:end]) == names[form]:
                uses[form].append((i, end))
    return uses


def _acts_as_agent(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` speak, act or own as an organisation does: "IBM said",
    "Orange's profits", "Vodafone announced"."""
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES:
        return True
    return (
        acts_as_organisation(words, start, end)
        or does_company_business(words, start, end)
        or has_company_possession(words, start, end)
    )
