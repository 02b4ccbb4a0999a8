"""When one name may stand for another: the variant rules of name resolution.

Two names are the same entity when one is a variant of the other:

- the same name up to case, hyphens, diacritics and possessives
  ("Kassym-Jomart Tokayev" / "Kassym Jomart Tokayev’s");
- a person's full name and the same name without its middle parts
  ("George W. Bush" / "George Bush");
- a person's surname or trailing part ("Tokayev" for "Kassym-Jomart Tokayev");
- an acronym of an organisation's name ("CSTO" for "Collective Security Treaty
  Organisation", "OECD" for "Organisation for Economic Co-operation and
  Development");
- a trailing part of an organisation's name ("Defence Ministry" within
  "Russian Defence Ministry");
- an organisation's name without its generic last word ("Labour" for "Labour
  Party", "Barclays" for "Barclays Bank", "Delta" for "Delta Airlines", "SSL"
  for "SSL International", "Arbor" (read as a place) for "Arbor Networks"; see
  ``kg/lexicon/data/org_suffixes.txt``), never when what is left is a place or its
  people ("England" is not "Bank of England", nor "China" "China Bank", nor "the
  British" British Airways);
- a truncated one-word organisation name ("Yugansk" for "Yuganskneftegas"): a
  prefix of at least five letters that is no place's name;
- another name of the same country ("US", "U.S.", "America" and "United States";
  see ``kg/lexicon/data/country_aliases.tsv``), or its name without a compass word
  ("Korea" for South Korea, when the article names no North Korea);
- an acronym with an abbreviated word or written as a word ("UKIP" for "UK
  Independence Party", "Sepa" for "Scottish Environment Protection Agency");
- the leading or trailing words of a named thing ("the Reserve Bank" for "Reserve
  Bank of Australia", "Windows XP" for "Windows XP Home", "Evening Chronicle"; not a
  name given first for a longer one that adds a place's name, its arm there: "General
  Motors ... General Motors Europe"; a product's
  name is no organisation's or scheme's named after it: "Windows XP Counterfeit Project"), or
  its head word alone ("the Commission", "the Bill"); a firm of two names by its first
  ("Marsh" for "Marsh & McLennan"); a venue's name without its
  kind's word ("the Lyric" for "Lyric Theatre"); an event without its sponsor's
  acronym ("Six Nations" for "RBS Six Nations") and a body without its owner's ("Radio 1"
  for "BBC Radio 1"); a club's town playing for it ("Exeter"
  for Exeter City: a team, without its club word); a title's part before its colon
  ("CSI" for "CSI: Crime Scene Investigation") or after it (``kg.resolve.subtitled``); a product without its maker's name
  ("iPod" for "Apple iPod", ``kg.resolve.shortnames.is_dropped_maker``), or its model
  or version in capitals alone ("PSP" for the Sony PSP, "XP" for Windows XP); a firm's
  name given in full without its trade's words ("Cairn" for Cairn Energy,
  ``kg.resolve.tradenames``); an acronym NER read as a person's, or ending on a suffix's
  initial ("SMFG" for Sumitomo Mitsui Financial), a law's kind word inside its name ("the
  Charter" for the Energy Charter Treaty), a name without the second of two words joined
  by "and" ("Foreign Office"): ``kg.resolve.abridged``;
- a surname whatever NER called it ("Obiang", typed place, for Teodoro Obiang
  Nguema), first names ("Juan Carlos"), a surname misspelt by a letter ("Barot").

``kg.resolve.names`` applies them; a short form that fits two entities joins neither.
"""

from __future__ import annotations

import re

from kg.extract.cues import looks_like_person
from kg.lexicon import (
    ACRONYM_STOPWORDS,
    COUNTRIES,
    FIRST_NAME_TITLES,
    GIVEN_NAME_TITLES,
    GIVEN_NAMES,
    NAME_HEADS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.resolve.abridged import is_abridged, is_person_read_acronym, suffix_initial_dropped
from kg.resolve.ampersands import is_ampersand_initials
from kg.resolve.eventshorts import is_plural_opening
from kg.resolve.forms import (
    country_form,
    edit_distance,
    is_place_name,
    is_truncation,
    name_words,
    normalise,
    normalise_keep_hyphens,
    without_org_suffix,
)
from kg.resolve.kindless import is_kindless
from kg.resolve.ownerless import is_ownerless
from kg.resolve.shortnames import is_clipped_given_name, is_dropped_lead, is_dropped_maker
from kg.resolve.subtitled import is_colon_part
from kg.resolve.titledname import is_titled_full_name
from kg.resolve.tradenames import is_trade_stem
from kg.types import EntityType

PERSON = frozenset({EntityType.PERSON})
ORG_LIKE = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.FACILITY, EntityType.SPORTS_TEAM})
THINGS = frozenset({EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT, EntityType.LAW})
"""Named things that are neither agents nor places; their short forms and acronyms work as organisations' do."""
PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
CLIPPABLE = frozenset({EntityType.ORGANIZATION, EntityType.FACILITY})
"""Types whose one-word names news clips ("Yugansk"); not groups ("Europeans" / "Europe")."""
_BRANDED = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})
"""Types whose names news shortens to their last word ("Rover" for MG Rover, "Villa")."""
_MAX_ACRONYM = 8
_VENUES = frozenset({"theatre", "theater", "stadium", "arena", "hall", "racecourse", "velodrome", "playhouse"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "oceania", "antarctica"})
# Generational suffixes come after the surname: "Evans" is Charles Evans Jr's surname.
_GENERATIONS = frozenset({"jr", "junior", "sr", "snr", "senior", "ii", "iii", "iv"})
_NAME_PREPOSITIONS = frozenset({"of", "on", "for", "to", "in"})
_JOINING = frozenset({"&", "and"})  # "Tate & Lyle", "Marks and Spencer": a firm of two names
# The last words of a club's name (name_heads.tsv): "City", "United", "Rovers", "Blues".
_CLUB_WORDS = frozenset(word for word, (kind, _) in NAME_HEADS.items() if kind is EntityType.SPORTS_TEAM)


def acronym(name: str) -> str:
    """Initials of a name's content words.

    >>> acronym("Collective Security Treaty Organisation")
    'CSTO'
    >>> acronym("Bank of England")
    'BE'
    """
    words = [word for word in re.split(r"[\s-]+", name) if word and word.lower() not in ACRONYM_STOPWORDS]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def is_acronym(text: str) -> bool:
    """Looks like an acronym: 2 to 8 capitals, dots allowed ("CSTO", "U.N.").

    >>> is_acronym("CSTO"), is_acronym("U.N."), is_acronym("Nato"), is_acronym("I")
    (True, True, False, False)
    """
    letters = text.replace(".", "")
    return 2 <= len(letters) <= _MAX_ACRONYM and letters.isalpha() and letters.isupper()


def fits_acronym(short: str, long: str) -> bool:
    """Whether ``short`` is an acronym of ``long``: its letters are, in order, the
    initials of the long name's words or hyphen parts, every content word giving
    at least one letter (stop words may give one, as "of" sometimes does).

    >>> fits_acronym("CSTO", "Collective Security Treaty Organisation")
    True
    >>> fits_acronym("OECD", "Organisation for Economic Co-operation and Development")
    True
    >>> fits_acronym("BoE", "Bank of England"), fits_acronym("CST", "Collective Security Treaty Organisation")
    (True, False)
    >>> fits_acronym("UKIP", "UK Independence Party"), fits_acronym("WCG", "World Community Grid")
    (True, True)
    """
    letters = short.replace(".", "")
    # Mostly capitals: "CSTO", "BoE" (the small letters are stop words' initials).
    if not (2 <= len(letters) <= _MAX_ACRONYM and letters.isalpha() and letters[0].isupper()):
        return False
    if sum(letter.isupper() for letter in letters) < 2:
        return False
    letters = letters.lower()
    words = [word for word in re.split(r"\s+", normalise_keep_hyphens(long)) if word]
    if len(words) < 2:
        return False
    # "UKIP" from "UK Independence Party": a word in capitals may give all its letters.
    raw = long.split()
    whole = {i for i, word in enumerate(raw) if len(raw) == len(words) and is_acronym(word)}

    def match(li: int, wi: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi]
        parts = [part for part in word.split("-") if part]
        optional = word in ACRONYM_STOPWORDS
        if optional and match(li, wi + 1):
            return True
        compact = word.replace(".", "")
        if wi in whole and letters[li : li + len(compact)] == compact and match(li + len(compact), wi + 1):
            return True
        # The word gives the initial of its first part, then optionally of later parts.
        if li < len(letters) and parts and parts[0][0] == letters[li]:
            taken = li + 1
            if match(taken, wi + 1):
                return True
            for part in parts[1:]:
                if taken < len(letters) and part[0] == letters[taken]:
                    taken += 1
                    if match(taken, wi + 1):
                        return True
                else:
                    break
        return False

    return match(0, 0)


def initials(name: str) -> frozenset[str]:
    """The first letters of a name's words (``name_words``). A name whose own first letter
    is none of them is never a variant of it (``is_variant``): every reading keeps a word
    of the longer name or the start of one ("Tokayev", "Yugansk", "K Morgan", "Rafa"), or
    spells initials of its words ("CSTO", "BoE", "Sepa"), so a caller comparing every pair
    of an article's names need not ask the others.

    >>> sorted(initials("Kassym-Jomart Tokayev")), initials("")
    (['j', 'k', 't'], frozenset())
    """
    return frozenset(word[0] for word in name_words(name))


def is_variant(short: Mention, long: Mention) -> bool:
    """Whether the name ``short`` may stand for the longer ``long`` (types allowing).

    >>> m = lambda text, t, titles=(): Mention(0, len(text), text, t, 0, titles)
    >>> is_variant(m("Tokayev", EntityType.PERSON), m("Kassym-Jomart Tokayev", EntityType.PERSON))
    True
    >>> is_variant(m("Washington", EntityType.CITY), m("George Washington", EntityType.PERSON))
    False
    >>> is_variant(m("CSTO", EntityType.ORGANIZATION), m("Collective Security Treaty Organisation", EntityType.ORGANIZATION))
    True
    >>> is_variant(m("Sepa", EntityType.ORGANIZATION), m("Scottish Environment Protection Agency", EntityType.ORGANIZATION))
    True
    >>> is_variant(m("K Morgan", EntityType.PERSON), m("Kevin Morgan", EntityType.PERSON))
    True
    >>> is_variant(m("A Lo Cicero", EntityType.PERSON), m("Andrea Lo Cicero", EntityType.PERSON))
    True
    >>> is_variant(m("Lula", EntityType.PERSON, ("President",)), m("Luiz Inacio Lula da Silva", EntityType.PERSON))
    True
    >>> is_variant(m("S Morgan", EntityType.PERSON), m("Kevin Morgan", EntityType.PERSON))
    False
    >>> org = EntityType.ORGANIZATION
    >>> is_variant(m("Reserve Bank", org), m("Reserve Bank of Australia", org))
    True
    >>> is_variant(m("General Motors", org), m("General Motors Acceptance Corp", org))  # both at 0: not after it
    False
    >>> is_variant(Mention(60, 79, "Shanghai Automotive", org, 1), Mention(0, 33, "Shanghai Automotive Industry Corp", org, 0))
    True
    """
    words, long_words = name_words(short.text), name_words(long.text)
    if long.type in CLIPPABLE and short.type not in PERSON and is_truncation(short.text, long.text):
        return True
    if len(words) == len(long_words) >= 2 and long.type in PERSON and short.type not in PLACES \
            and (short.type in PERSON or len(words[0]) == 1):
        # "K Morgan" for Kevin Morgan, "R de Marigny" for Roland De Marigny (a line-up's
        # initial): the first name's initial, the surname; "S Burger (SA)", NER's firm, for Schalk Burger.
        return len(words[0]) == 1 < len(long_words[0]) and long_words[0].startswith(words[0]) and words[1:] == long_words[1:]
    if len(words) >= len(long_words):
        return False
    if is_trade_stem(short, long):
        return True  # "Cairn Energy ... Cairn", "Baikal Finance Group ... Baikal" (NER's person)
    if long.type in THINGS and is_colon_part(words, long.text):  # kg.resolve.subtitled
        return short.type not in PERSON | PLACES  # "CSI" for "CSI: Crime Scene Investigation", "Pacific Assault"
    if is_person_read_acronym(short):  # "SMFG", read as a person, for Sumitomo Mitsui Financial Group
        return long.type in ORG_LIKE and _fits_acronym_or_suffixed(short.text, long.text)
    if (is_acronym(short.text) or _stopword_acronym(short.text)) and short.type not in PERSON:
        # "US" is no acronym of "US Senate" (it is a word of it), nor of anything else.
        if country_form(short.text) is not None:
            return False
        if normalise(short.text) in long_words:
            # "SSL" for SSL International; "PSP" for Sony PSP, "XP" for Windows XP: a product's
            # model or version after its maker's or its line's name, given first.
            model = long.type is EntityType.PRODUCT and short.type not in PLACES and long_words[-1:] == words
            return _is_suffix_stem(short, long, words) or model
        return long.type in ORG_LIKE | PLACES | THINGS and _fits_acronym_or_suffixed(short.text, long.text)
    if long.type is EntityType.COUNTRY and short.type in PLACES and long_words[-len(words) :] == words:
        # "Korea" for South Korea: a country without its compass word (with North Korea
        # named too, the short form fits both and joins neither); never a continent or
        # a country of its own ("Africa" is no South Africa, "Sudan" no South Sudan).
        return all(word in _COMPASS for word in long_words[: -len(words)]) and not (
            " ".join(words) in _CONTINENTS or " ".join(words) in COUNTRIES)
    if long.type in PERSON or any(title.lower() in PERSON_TITLES for title in long.titles) or _titled_surname(short, long):
        return _person_variant(short, words, long_words, long.titles)
    if long.type in ORG_LIKE | THINGS:
        return _thing_variant(short, long, words, long_words)
    return False


def _titled_surname(short: Mention, long: Mention) -> bool:
    """A person's title before the short name, and the long one a person's full name
    whatever NER called it: "founder of the CGA consultancy Jeanne-Marie Gescher" (the
    consultancy's cue read an organisation) ... "Mrs Gescher concluded"."""
    if is_titled_full_name(short.titles, short.text, long.text) and long.type not in PLACES:
        return True  # "The Fabian Society's Sundar Katwala (NER's facility) ... Mr Katwala" (kg.resolve.titledname)
    return any(title.lower() in PERSON_TITLES for title in short.titles) and looks_like_person(long.text)


def _person_variant(short: Mention, words: tuple[str, ...], long_words: tuple[str, ...], long_titles: tuple[str, ...] = ()) -> bool:
    """A person's shorter name: surname ("Tokayev"), a family name that is not the
    last word ("Obiang" for Teodoro Obiang Nguema), full name without middle names
    ("George Bush"), the first name's initial and the surname ("K Morgan" for Kevin Morgan), first names alone ("Michael", "Juan Carlos"), or a surname
    misspelt by one letter ("Barot" for Jacques Barrot). A generational suffix is
    no surname: "Evans" is Charles Evans Jr."""
    while len(long_words) > 2 and long_words[-1] in _GENERATIONS:
        long_words = long_words[:-1]
    # A surname is the person's whatever NER called it ("Obiang" read as a place),
    # unless it is a known place's name.
    # Not a work's, product's or event's: "Ray" the film is no Ray Charles.
    misread = len(words) == 1 and short.type not in PERSON | THINGS and not _is_place_for(short)
    person_like = short.type in PERSON or short.type is EntityType.ORGANIZATION or bool(short.titles) or misread
    if not person_like:
        return False
    # "Obiang" for Teodoro Obiang Nguema, "President Lula" for Luiz Inacio Lula da Silva;
    # not "Prince Charles" (a title of a first name).
    plain = all(title.lower() not in FIRST_NAME_TITLES | GIVEN_NAME_TITLES for title in short.titles)
    if len(words) == 1 and plain and len(long_words) >= 3 and words[0] in long_words[1:-1]:
        return True
    # "Sir Joshua" for Sir Joshua Reynolds: these titles go with the first name;
    # "Prince Charles" and "Pope John" name nobody by a surname.
    first_name_titles = all(title.lower() in FIRST_NAME_TITLES | GIVEN_NAME_TITLES for title in short.titles)
    given = words == long_words[: len(words)] and (
        len(words) == 1 or all(word in GIVEN_NAMES for word in words)
    )
    first_name = given and (short.type in PERSON or misread) and first_name_titles
    if any(title.lower() in GIVEN_NAME_TITLES for title in short.titles):
        # "Prince Charles" is no Charles Kennedy: a royal's given name is another's
        # only when that one is a royal too ("Queen Elizabeth" for Queen Elizabeth II).
        royal = any(title.lower() in GIVEN_NAME_TITLES for title in long_titles) or all(
            word in _GENERATIONS for word in long_words[len(words) :])
        return first_name and royal
    if short.type in PERSON and not short.titles and is_clipped_given_name(words, long_words):
        return True  # "Rafa" for Rafael Benitez
    if len(words) == 1 and min(len(words[0]), len(long_words[-1])) >= 5 and words[0][:2] == long_words[-1][:2]:
        if words[0] != long_words[-1] and edit_distance(words[0], long_words[-1]) == 1:
            return True
    return first_name or long_words[-len(words) :] == words or (
        len(words) >= 2 and words[0] == long_words[0] and words[-1] == long_words[-1]
    )


def _thing_variant(short: Mention, long: Mention, words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """An organisation's or named thing's shorter name (``long`` is one)."""
    if is_ampersand_initials(short.text, long.text):  # "E&Y" for Ernst & Young (kg.resolve.ampersands)
        return long.type in ORG_LIKE and short.type not in PLACES
    if is_abridged(short, long, words, long_words, bodies=ORG_LIKE, readings=ORG_LIKE | THINGS) and not is_known_place(short.text):
        return True  # "the Charter" (Energy Charter Treaty), "Foreign Office" (Foreign and Commonwealth Office)
    if len(words) == 1 and not short.titles and short.type not in PLACES:
        # "the Commission" after "European Commission", "the Bill" after "Gambling Bill".
        if words[0] == _head_word(long_words) and (words[0] in NAME_HEADS or words[0] in ORG_SUFFIXES):
            # "United" is a town's club ("Manchester United"), not "Shareholders United".
            club = words[0] in NAME_HEADS and NAME_HEADS[words[0]][1] == "club"
            return not club or _is_place_part(long.text, len(long_words) - 1)
        if is_plural_opening(words, long_words):  # "the Europeans" (European Indoor Championships: kg.resolve.eventshorts)
            return long.type is EntityType.EVENT
        # "the Lyric" (Lyric Theatre, a venue's kind word), "Sundance" (Sundance Film Festival: kg.resolve.kindless)
        venue = words[0] == long_words[0] and long.type is EntityType.FACILITY and _venue_words(long_words[1:])
        if venue or is_kindless(words, long_words):  # no person's, place's or (but a venue's) people's name
            return short.type not in PERSON and not is_known_place(short.text) and (venue or not demonym_country(short.text))
        # "Jack's" for Jack's Snooker Hall: a business named by its owner's possessive (dropped), no person's or place's.
        if long.type in CLIPPABLE and long_words[0] in {words[0] + "'s", words[0] + "’s"} and short.type in CLIPPABLE:
            return not is_known_place(short.text)
        # "Texas" for Texas Instruments: a place's name the text read as the company
        # (kg.extract.spread.companies_named_after_places: "Texas said").
        if short.cued and short.type is EntityType.ORGANIZATION and words[0] == long_words[0] and is_known_place(short.text):
            return long.type is EntityType.ORGANIZATION
        # "Marsh" for Marsh & McLennan, "Tate" for Tate & Lyle: a firm of two names by its
        # first, NER's organisation too, no place's ("Alliance" of Alliance & Leicester is a town's).
        if long.type is EntityType.ORGANIZATION and len(long_words) == 3 and long_words[1] in _JOINING \
                and long_words[0] == words[0]:
            return short.type is EntityType.ORGANIZATION and not is_known_place(short.text)
        if _is_titlecase_acronym(short.text) and fits_acronym(short.text.upper(), long.text):
            return not is_known_place(short.text)  # BBC style writes acronyms as words: "Sepa", "Opec".
    if long.type in _BRANDED and short.type in _BRANDED | PERSON and long.start < short.start:
        # "MG Rover ... Rover said", "Kiki Musampa (read as a company) ... Musampa said".
        if is_dropped_lead(words, long_words) and not short.titles and not is_known_place(short.text):
            return True
    if len(words) == 1 < len(long_words) and long.type is EntityType.SPORTS_TEAM and long_words[-1] == words[0]:
        # "Forest" for Nottingham Forest: a club's name without its town's ("City" too,
        # which NER may read as a place: no place of that name is known).
        if short.type in ORG_LIKE | THINGS | PLACES and _is_place_part(long.text, len(long_words) - 1) \
                and not _is_place_for(short):
            return True
    if len(words) == 1 < len(long_words) and long.type is EntityType.SPORTS_TEAM and long_words[0] == words[0] \
            and short.type in ORG_LIKE | PERSON and not short.titles and not is_known_place(short.text) \
            and is_known_place(long.text.split(" ", 1)[1]):
        return True  # "Real" for Real Madrid, "Bayern" for Bayern Munich (NER's person too): a club's name without its town's
    if len(words) == 1 < len(long_words) and long.type is short.type is EntityType.SPORTS_TEAM and not short.titles \
            and long_words[0] == words[0] and all(word in _CLUB_WORDS for word in long_words[1:]):
        return True  # "Exeter" playing for Exeter City, "Cardiff" for Cardiff Blues: the town's club without its club word
    if long.type is EntityType.PRODUCT and short.type in ORG_LIKE | THINGS and is_dropped_maker(words, long_words):
        return True  # "iPod" for Apple iPod, "XLR" for Cadillac XLR
    if short.type in PLACES:
        # "Arbor" (NER's place) for Arbor Networks: no place's name anywhere.
        return _is_suffix_stem(short, long, words) and not is_known_place(short.text)
    if short.type not in ORG_LIKE | THINGS:
        return False
    if len(words) > 1 and not is_known_place(short.text):
        # "the Reserve Bank" after "Reserve Bank of Australia", "Windows XP" after
        # "Windows XP Home": the leading words of a longer name (two or more, no place's);
        # "Evening Chronicle" for the Newcastle Evening Chronicle: its trailing words,
        # when what goes is a place or its people's adjective ("Russian Defence
        # Ministry"); "Labour Party" is not the Parliamentary Labour Party.
        if long_words[: len(words)] == words:
            if short.type is EntityType.PRODUCT and long.type in ORG_LIKE:
                return False  # "Windows XP" is no "Windows XP Counterfeit Project", the scheme named after it
            # News shortens a name it gave in full ("Shanghai Automotive Industry Corp ...
            # Shanghai Automotive"); a name given first that a longer one extends with a
            # company's own words and suffix names the parent of a subsidiary
            # ("General Motors ... General Motors Acceptance Corp"), or with a place's name its
            # arm there ("General Motors (GM) ... losses at General Motors Europe"), no short form of it.
            rest = long_words[len(words) :]
            subsidiary = (len(rest) >= 2 and rest[-1] in ORG_SUFFIXES and not set(rest) & _NAME_PREPOSITIONS) or (
                is_known_place(" ".join(rest)))
            return not subsidiary or long.start < short.start
        if long_words[-len(words) :] == words and _is_place_part(long.text, len(long_words) - len(words)):
            return True
        verdict = _lead_dropped(short, long, words, long_words)
        if verdict is not None:
            return verdict
    return _is_suffix_stem(short, long, words)


def _lead_dropped(short: Mention, long: Mention, words: tuple[str, ...], long_words: tuple[str, ...]) -> bool | None:
    """Whether ``short`` is ``long`` without its leading words, or None when neither rule reads the pair."""
    lead = long.text.split()[0]
    kinds = {long.type, short.type}
    if kinds <= ORG_LIKE and is_ownerless(words, long_words) and not is_known_place(lead):
        return True  # "Gates Foundation" for the Bill Gates Foundation (kg.resolve.ownerless)
    # "Six Nations" for the "RBS Six Nations": an event without its sponsor's acronym; "Rugby
    # Aid" for the "IRB Rugby Aid", "Radio 1" for "BBC Radio 1": a body without its owner's.
    if (EntityType.EVENT in kinds or kinds <= ORG_LIKE) and len(long_words) == len(words) + 1 and long_words[1:] == words:
        return lead.isupper() and lead.isalpha() and len(lead) > 1
    return None


def _fits_acronym_or_suffixed(short: str, long: str) -> bool:
    return fits_acronym(short, long) or suffix_initial_dropped(short, long, fits_acronym)


def _is_suffix_stem(short: Mention, long: Mention, words: tuple[str, ...]) -> bool:
    """An organisation's name without its generic last word (``org_suffixes.txt``):
    "Delta" for Delta Airlines, "SSL" for SSL International, "Conservatives" for the
    Conservative Party; not "the British" for British Airways."""
    stem = without_org_suffix(long.text)
    if long.type not in ORG_LIKE or stem is None:
        return False
    if len(stem) == 1 and len(words) == 1 and words[0] == stem[0] + "s":
        return True
    return stem == list(words) and not is_place_name(short.text) and demonym_country(short.text) is None


def _venue_words(words: tuple[str, ...]) -> bool:
    """Words that say only that a name is a venue's: "Theatre", "Stadium", "Arena"
    (not a plant's, a school's or a station's: "Sony plant" is no "Sony").

    >>> _venue_words(("theatre",)), _venue_words(("plant",))
    (True, False)
    """
    return bool(words) and all(word in _VENUES for word in words)


def _is_place_part(name: str, count: int) -> bool:
    """Whether the first ``count`` words of ``name`` are a place's name or its
    people's adjective ("Newcastle", "Russian"), as written.

    >>> _is_place_part("Russian Defence Ministry", 1), _is_place_part("Parliamentary Labour Party", 1)
    (True, False)

    Two places' names joined by a hyphen count, as a region's team is named ("Neath-Swansea Ospreys").

    >>> _is_place_part("Neath-Swansea Ospreys", 2), _is_place_part("Neath Swansea Ospreys", 2)
    (True, False)
    """
    lead = " ".join(name.replace("-", " ").split()[:count])
    joined = name.split()[0].split("-") == lead.split() and count > 1
    return is_known_place(lead) or demonym_country(lead) is not None or (joined and all(map(is_known_place, lead.split())))


def _head_word(words: tuple[str, ...]) -> str:
    """The head of a name: its last word, or the last before a preposition
    ("committee" of "Committee to Protect Bloggers")."""
    cut = next((i for i, word in enumerate(words) if word in _NAME_PREPOSITIONS and i > 0), len(words))
    return words[cut - 1]


def _stopword_acronym(text: str) -> bool:
    """An acronym with a small letter for a stop word between its capitals: "BoE" (Bank of
    England), "MoD", "DfES"; not a name in camel case ("YouTube", "eBay").

    >>> _stopword_acronym("BoE"), _stopword_acronym("DfES"), _stopword_acronym("YouTube"), _stopword_acronym("BE")
    (True, True, False, False)
    """
    if not (3 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[-1].isupper()):
        return False
    small = [i for i, letter in enumerate(text) if letter.islower()]
    return bool(small) and all(text[i - 1].isupper() and text[i + 1].isupper() for i in small)


def _is_titlecase_acronym(text: str) -> bool:
    letters = text.strip(".")
    return 3 <= len(letters) <= 6 and letters.isalpha() and letters[0].isupper() and letters[1:].islower()


def _is_place_for(short: Mention) -> bool:
    """Whether a one-word name NER did not call a person is read as a place: any
    known place's name when NER called it a place ("Houston" the city is not
    Whitney Houston); a country's, region's or big city's when it called it a team
    or an organisation ("Campbell said", read as a club, is Sol Campbell; GeoNames'
    Campbell, California is a town)."""
    if short.type in PLACES:
        return is_known_place(short.text)
    return is_place_name(short.text) or gazetteer().is_big_city(short.text)


def is_known_place(name: str) -> bool:
    """A country's, region's or GeoNames place's name ("Texas", "Leeds")."""
    return is_place_name(name) or gazetteer().is_place(name)
