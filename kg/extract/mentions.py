"""Entity mentions from a parsed Doc: named entities, fixed up, and typed descriptions.

spaCy's NER is a good start but not a graph: spans carry determiners ("the Collective Security Treaty Organisation"),
possessives, trailing line breaks and honorifics, and the small model mislabels people as organisations. The rules here
fix those from the mention's own context; choosing one type per entity from all its mentions is ``kg.resolve``'s job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract import brandmodels, groupfirms, nicknamed, placefirms, repeats, researchers, setoff, spread, staffnames
from kg.extract.acting import acting_type, classifier_type
from kg.extract.ages import people_by_age
from kg.extract.alonenames import named_alone
from kg.extract.bands import bands_not_people
from kg.extract.based import based_places
from kg.extract.brandlists import brands_are_products
from kg.extract.classifiers import firm_named_after_person, firm_noun_beside_or_before, leading_kind, listed_kind
from kg.extract.clubmembers import club_members_dropped
from kg.extract.clubroles import clubs_before_posts
from kg.extract.clubwords import club_word
from kg.extract.company_cues import acts_as_organisation, firm_cued, has_company_possession, has_shares, speaks_through
from kg.extract.coordination import read_lists
from kg.extract.countrypeople import country_or_its_people
from kg.extract.cuednames import after_cue_noun
from kg.extract.cues import (
    cue_type,
    ends_in_thing_head,
    has_version_number,
    head_type,
    is_ground,
    is_home_town,
    is_new_thing,
    is_team,
    is_title_with_the,
    modifies_team_noun,
    names_product_kind,
    player_type,
    shared_head_type,
    sport_context,
    takes_the,
)
from kg.extract.entities import Entities
from kg.extract.epithetnames import name_reading
from kg.extract.eventheads import event_head
from kg.extract.firmsthings import firms_products
from kg.extract.games import games_and_consoles
from kg.extract.glued import after_number, minute_end
from kg.extract.grounds import reached_ground, street_ground
from kg.extract.hometowns import home_towns
from kg.extract.initials import common_word_at_head, head_only_words, heads
from kg.extract.lineups import find_lineups, has_side, read_lineups
from kg.extract.longer import whole_names
from kg.extract.makers import makers_not_works
from kg.extract.namelike import (
    NAME_PARTICLES,
    check_name,
    full_stop_ends,
    lower_case_words,
    sentence_initial_modifier,
    sentence_pieces,
    strip_leading_word,
)
from kg.extract.nationals import nationals_stripped
from kg.extract.particlenames import person_like
from kg.extract.places import after_town, in_region, place_type, read_ambiguous_places, town_and_region, town_person
from kg.extract.prizeworks import deed_works
from kg.extract.qualified import description_start
from kg.extract.seats import seat_type
from kg.extract.shared_nouns import shared_noun_type
from kg.extract.shows import shows_not_places
from kg.extract.sides import SIDE_TYPES, club_of_city
from kg.extract.spans import is_modifier
from kg.extract.speakingfirms import technologies_and_firms
from kg.extract.standings import standing_sides
from kg.extract.things import thing_type
from kg.extract.titled import titled_surname
from kg.extract.titlewords import sets_title_apart
from kg.extract.words import Bounds, Word, Words
from kg.extract.works import read_works
from kg.folding import fold
from kg.lexicon import (
    COUNTRIES,
    DESCRIPTION_NOUNS,
    DETERMINERS,
    GENERIC_TERMS,
    GIVEN_NAME_TITLES,
    GIVEN_NAMES,
    NAME_OPENERS,
    NICKNAMES,
    PERSON_TITLES,
    REGIONS,
    TITLE_WORDS,
    UK_REGIONS,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer
from kg.nlp.labels import ENTITY_TYPES, NATIONALITY_LABELS
from kg.records import Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_mentions(
    doc: Doc,
    entities: Entities | None = None,
    words: Words | None = None,
    *,
    rejected: list[str] | None = None,
    sport: frozenset[str] | None = None,
) -> Iterator[Mention]:
    """Named mentions of ``doc``, in text order, with their type and titles fixed.

    A span that does not look like a name is cut or rejected by the rules of
    ``kg.extract.namelike``; each rejection's rule is appended to ``rejected``.
    A mention's type comes from NER's label, corrected by the cues of
    ``kg.extract.cues`` (head words, cue nouns, given names, teams in a sports
    report). A name both a region and a country or capital ("Georgia", "Washington")
    gets its reading from the article (``kg.extract.places``). ``entities``, ``words``, ``sport`` (``kg.extract.cues.sport_context``): the document's, if read already.
    """
    words = Words(doc) if words is None else words
    entities = Entities(doc, words.text, words) if entities is None else entities
    sport = sport_context(words) if sport is None else sport
    lineups = find_lineups(words)
    if not sport and has_side(lineups):
        sport = frozenset({"sport"})  # a team sheet: "Delport; Pieters, Rasmussen, Lombard, O'Leary; ..."
    rejected = [] if rejected is None else rejected
    found = list(_named_mentions(entities, words, sport, rejected))
    found = repeats.repeated_names(found + _unlabelled_names(entities, words, sport, spread.article_surnames(found), rejected), words)
    found = sorted(nicknamed.nicknamed_teams(found, words, sport), key=lambda pair: pair[1])  # "Magpies chairman"
    found = read_works(found, words, sport, words.sentence_numbers())  # "whose films include Michael Collins"
    if sport:
        found = read_lineups(found, words, lineups)  # "Everton: Martyn, Hibbert, Yobo, ..."
    found = read_lists(found, words, sport)  # "ABN Amro, BNP Paribas, Calyon and Deutsche Bank": banks all
    found = people_by_age(spread.countries_not_people(spread.surnames_are_people(found, sport)), words, sport)  # "Michalak played", "Sri Lanka's banks", "West, 26,"
    found = placefirms.firms_not_places(groupfirms.firms_not_groups(researchers.research_authors(spread.companies_not_people(found, words, sport), words), words), words, sport)  # "O2 reported profits", "a survey by Earthlink", "Euronext has said"
    found = brandmodels.brand_models_are_products(brands_are_products(firms_products(bands_not_people(found, words, sport), words, sport), words), words, sport)  # "Keane frontman": a band; "Apple's iPod", "brands include Bass"; "Cadillac XLR"
    found = makers_not_works(home_towns(shows_not_places(deed_works(found, words), words, sport), words, sport), words)  # "Coach Carter fell to number four"; a show; "Glasgow group Keane", "a man from Leicester"; "the BBC programme Go Digital"
    found = setoff.works_set_off(games_and_consoles(found, words, sport), words)  # "the game Project Entropia", "N64 owners"; "her next single, Superstar,"
    found = staffnames.staff_not_firms(nationals_stripped(whole_names(spread.companies_named_after_places(found, words), words), words), words, sport)  # "Texas Instruments ... Texas said"; "American Davenport"; "said Yonca Brunini of Yahoo"
    found = clubs_before_posts(club_members_dropped(found if sport else technologies_and_firms(found, words), words), words, sport)  # "via MMS", "F-Secure said"; "the Saracen"; "Wasps coach X": a club
    mentions = based_places(spread.spread_teams(standing_sides(found, words, sport), sport, words), words)  # "behind leaders Chelsea"; "the Newport-based athlete"
    yield from read_ambiguous_places(entities, words, mentions)


def _named_mentions(entities: Entities, words: Words, sport: frozenset[str], rejected: list[str]
                    ) -> Iterator[tuple[Mention, Bounds]]:
    sentence_of = words.sentence_numbers()
    owners = frozenset(fold(ent.text) for ent in entities.spans if ent.label_ in ENTITY_TYPES)
    lower_case = lower_case_words(words)
    at_head = heads(words)
    common = head_only_words(words, at_head)
    pieces = ((ent, piece) for ent in entities.spans if ent.label_ in ENTITY_TYPES for piece in sentence_pieces(ent, words, owners))
    for ent, (start, end) in pieces:
        bounds, rule = check_name(words, start, end, ent.label_, owners)
        if bounds is not None and sport:
            bounds = (bounds[0], minute_end(words, *bounds))  # "Goals: Walton 12, Pearce 87" (kg.extract.glued)
        if bounds is not None and (
            sentence_initial_modifier(words, *bounds, ent.label_, lower_case)
            or common_word_at_head(words, *bounds, at_head, common)
        ):
            bounds, rule = None, "sentence-initial"  # "Hardware security is ... hardware", '"Weather has been ..."'
        if bounds is None and not club_word(words, start, end, ent.label_, sport, rule):  # "Celtic beat Rangers"
            rejected.append(rule or "")
            continue
        start, end = bounds or (start, end)
        entity_type = ENTITY_TYPES[ent.label_]
        name = words.span_text(start, end)
        demonym = demonym_country(name) is not None and fold(name) not in COUNTRIES
        # A demonym used as a modifier ("Russian peacekeepers") is not an entity; a
        # party's ("Conservative leader Michael Howard") names the party (nicknames.tsv).
        modifier = words.root(start, end).dep_ in {"amod", "compound", "nmod"}
        if (ent.label_ in NATIONALITY_LABELS or demonym) and modifier and fold(name) not in NICKNAMES:
            continue
        if (kind := leading_kind(words, start, end)) is not None:
            start, entity_type = start + 1, kind  # "Broadcaster Sky will show" (kg.extract.classifiers)
        titles = _titles_before(words, start)
        start, inner_titles = _strip_inner_titles(words, start, end, person=entity_type is EntityType.PERSON)
        if entity_type is EntityType.PERSON:
            named = strip_leading_word(words, start, end)
            inner_titles += tuple(word.text for word in words.words[start:named] if not demonym_country(word.text))
            start = named
        name = words.span_text(start, end)
        if name.endswith(".") and len(name) > 2 and full_stop_ends(words, start, end, ent.end):
            # The name's last dot is the sentence's full stop ("... and Jay-Z. Soul singer ...").
            name = name[:-1]
        titles = titles + inner_titles
        if titles and any(title.lower() in PERSON_TITLES for title in titles):
            entity_type = EntityType.PERSON
        elif demonym:
            # "the Russians", "Britons": a country's people, linked to it by kg.resolve.groups.
            entity_type = EntityType.GROUP
        else:
            entity_type = _cued_type(words, start, end, name, entity_type, sport)
        # A cue in the text ("mortgage company Fannie Mae"), not a given name (weaker: films are named after people).
        cued = entity_type is not ENTITY_TYPES[ent.label_] or after_town(words, start) or firm_noun_beside_or_before(words, start, end, entity_type)
        cued = cued and not titles and not (entity_type is EntityType.PERSON and person_like(name))
        first = words.words[start]
        mention = Mention(
            start=first.idx,
            end=first.idx + len(name),
            text=name,
            type=entity_type,
            sentence=sentence_of[start],
            titles=titles,
            modifier=is_modifier(words, start, end),
            cued=cued,
        )
        yield mention, (start, end)


def _unlabelled_names(
    entities: Entities, words: Words, sport: frozenset[str], surnames: set[str], rejected: list[str]
) -> list[tuple[Mention, Bounds]]:
    """Proper names NER missed, when what they are is certain without it: a run of
    capitalised proper nouns outside every entity that is a country's name, a big
    city's (GeoNames, 100,000 people or more) that is no surname of the article's
    people (``surnames``), a person's with a given name ("Italy's bid", "Kolo Toure"), a natural feature's ("the
    River Lagan"), a team in a sports report ("his Arsenal club-mate") or a name a cue noun types ("state gas
    monopoly Gazprom", "boxing drama Million Dollar Baby"), or one whose verb says what it is (``kg.extract.acting``:
    "Arsenal signed the striker"), also at the head of a sentence, or an event's head word ends ("Booker Prize"); rejections are counted in ``rejected``."""
    tokens = words.words
    taken = {i for ent in entities.spans for i in range(ent.start, ent.end)}
    sentence_of = words.sentence_numbers()
    found = []
    i = 0
    while i < len(tokens):
        # Every test below needs a capital ("Tory", "Arsenal"): most words are let go at once.
        if i in taken or (not (text := tokens[i].text)[:1].isupper() and not text.istitle()):
            i += 1
            continue
        if _party_word(tokens[i]):
            # "Conservative leader Michael Howard": a party's adjective NER left out.
            first = tokens[i]
            found.append((Mention(first.idx, first.idx + len(first.text), first.text, EntityType.ORGANIZATION,
                                  sentence_of[i], modifier=True, cued=True), (i, i + 1)))
        if not (_proper(tokens[i]) or after_cue_noun(words, i)):
            i += 1
            continue
        start = i
        while i < len(tokens) and i not in taken and (i == start or _proper(tokens[i]) or _inner_hyphen(tokens, i)) and (
                i == start or tokens[i].sent.start != i):
            i += 1  # "DVB-H standard": one name over the hyphen, not "H"
        name = words.span_text(start, i)
        # A surname of the article's people, or a generic term ("IT", "VAT"): no new name.
        form = fold(name)
        # "Baroness Boothroyd, who was": the article's Boothroyd, titled by a word no list knows
        # (not "the Wonder Woman movie" after a "Wonder Woman" read as a person).
        titled = i - start > 1 and form.split()[-1] in surnames and name_reading(words, start, i) == "person"
        known = form in surnames or form in GENERIC_TERMS or titled
        entity_type = None if known else _certain_type(words, start, i, name, sport, rejected)
        if entity_type is EntityType.WORK:
            i = _title_end(words, i, taken)  # "the comedy Shaun of the Dead"
            name = words.span_text(start, i)
        if entity_type is None and (titled_mention := titled_surname(words, start, i, surnames, sentence_of)):
            found.append(titled_mention)  # "Mr Ancram condemned": the article's Michael Ancram
        elif entity_type is not None:
            first = tokens[start]
            mention = Mention(first.idx, first.idx + len(name), name, entity_type, sentence_of[start],
                              modifier=is_modifier(words, start, i), cued=entity_type is not EntityType.PERSON)
            found.append((mention, (start, i)))
    return found


def _title_end(words: Words, end: int, taken: set[int]) -> int:
    """A work's title goes on over small words between capitalised ones: "Shaun of the Dead"."""
    tokens = words.words
    i = end
    while i < len(tokens) and tokens[i].lower_ in _SMALL_WORDS and i not in taken and not sets_title_apart(tokens, i):
        j = i
        while j < len(tokens) and tokens[j].lower_ in _SMALL_WORDS:
            j += 1
        if j == len(tokens) or j in taken or not _proper(tokens[j]):
            break
        while j < len(tokens) and j not in taken and _proper(tokens[j]):
            j += 1
        i = end = j
    return end


_SMALL_WORDS = frozenset({"of", "the", "in", "on", "and", "a", "an", "with", "to", "for"})


def _party_word(token: Word) -> bool:
    """A capitalised adjective that is a party's name in ``nicknames.tsv`` ("Conservative",
    "Tory"), modifying a noun: "Conservative leader", "Tory MPs"."""
    if not (token.text.istitle() and token.dep_ in {"amod", "compound"}):
        return False
    readings = NICKNAMES.get(token.lower_, ())
    return bool(readings) and all(r.type is EntityType.ORGANIZATION and r.context == "any" for r in readings)


def _inner_hyphen(tokens: list[Word], i: int) -> bool:
    """A hyphen written inside a name, between two proper nouns: "DVB-H", "Hewlett-Packard"."""
    before, after = tokens[i - 1], tokens[min(i + 1, len(tokens) - 1)]
    return (tokens[i].text == "-" and 0 < i < len(tokens) - 1 and before.idx + len(before.text) == tokens[i].idx
            and tokens[i].idx + 1 == after.idx and _proper(before) and _proper(after))


def _proper(token: Word) -> bool:
    return (token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper() and token.is_alpha
            and token.lower_ not in TITLE_WORDS and not after_number(token))  # "the 3G network": no "G"


def _certain_type(words: Words, start: int, end: int, name: str, sport: frozenset[str], rejected: list[str]) -> EntityType | None:
    """The type of a name NER missed, when the name alone makes it certain (see ``_unlabelled_names``)."""
    form = fold(name)
    at_head = words.words[start].sent.start == start
    if (country := country_or_its_people(words, start, end, name, sport)) is not None:
        return country  # "Italy's bid"; "Many Britons are unaware" (kg.extract.countrypeople)
    if " " in form and form.split()[0] in NAME_OPENERS:
        return NAME_OPENERS[form.split()[0]]  # "the River Lagan"
    if sport and modifies_team_noun(words, start, end):
        # "his Arsenal club-mate"; "Scottish Cup holders", "Premiership teams": the cup's, the league's (its head word)
        return head_type(name, sport, after_the=True) or EntityType.SPORTS_TEAM
    reading = name_reading(words, start, end)
    if reading == "person":
        return EntityType.PERSON  # "Robben, who has been a key part": "who" names a person, its verb one
    if reading == "group":
        return _group_type(sport)  # "Coldplay, who have won three Grammys": people, several
    if at_head:  # "Derby games can be scrappy": only its verb or a given name + surname ("Theresa May, shadow ...")
        return acting_type(words, start, end, sport, rejected) or (EntityType.PERSON if person_like(name) else None)
    if gazetteer().is_big_city(name) and form not in GIVEN_NAMES:
        return EntityType.SPORTS_TEAM if sport and is_team(words, start, end) else EntityType.CITY
    cue = cue_type(words, start, end, sport)  # "state gas monopoly Gazprom", "its Yugansk unit"
    if person_like(name) and cue not in _NAMED_AFTER_PEOPLE:
        return EntityType.PERSON  # not "the Harry Potter series": a work named after a person
    return cue or acting_type(words, start, end, sport, rejected) or event_head(words, start, name, sport)  # "the Booker Prize"


def _cued_type(words: Words, start: int, end: int, name: str, entity_type: EntityType, sport: frozenset[str]) -> EntityType:
    """NER's type for words ``start:end`` (text ``name``) corrected by the cues of
    ``kg.extract.cues``, strongest first: the name's head word, a cue noun, a team's
    play in a sports report, a new product, a given name; else a place's kind."""
    if (listed := listed_kind(words, start, end)) is not None:
        return listed  # "Bookmakers William Hill and Ladbrokes cut" (kg.extract.classifiers)
    if (shared := shared_head_type(words, end) or shared_noun_type(words, start, end, entity_type, sport)) is not None:
        return shared  # "the US and Australian Opens": "US" is the US Open; "the Yadavaran and Jufeyr oilfields"
    reading = name_reading(words, start, end)
    if reading == "person" and fold(name) not in COUNTRIES:
        return EntityType.PERSON  # "Swank, who previously won the Golden Globe": NER's firm or place is a person
    if reading == "group" and entity_type is EntityType.PERSON and not person_like(name):
        return _group_type(sport)  # "Korn, who are at work on their eighth album": a band, no person
    if reading in ("thing", "firm") and entity_type in (EntityType.PERSON, EntityType.GROUP) and (reading == "firm" or not _has_given_name(name)):
        entity_type = EntityType.ORGANIZATION  # "Euronext, which combines ...", "Fannie Mae, which supplies funds" (firmclauses)
    after_the = named_alone(words, start, end)  # "the Oscars", "a Premiership match"
    country = fold(name) in COUNTRIES  # a country's name is the country whatever its last word ("Russian Federation")
    person = person_like(name)
    cue = None if country else cue_type(words, start, end, sport)
    if person and (cue in _NAMED_AFTER_PEOPLE or (cue is EntityType.ORGANIZATION and firm_named_after_person(words, start, end))):
        return cue  # "abortion drama Vera Drake", "Scott's company Scott Free": the cue noun outweighs the given name
    if person and entity_type is EntityType.PERSON:
        return entity_type  # "Andrew Hall": NER and a given name agree, whatever the last word
    # The name's own head word, then a cue noun ("the Kodak Theatre ceremony" is a theatre).
    cued = None if country else seat_type(words, start, end, classifier_type(words, start, sport) or head_type(name, sport, after_the=after_the) or cue)
    if cued is EntityType.PLACE and entity_type is EntityType.PERSON and cue is None and town_person(name):
        cued = None  # "Kanye West": a small town's name and a compass word, no constituency
    ground = bool(sport) and (is_ground(words, start) or reached_ground(words, start, end) or street_ground(name))  # "at Anfield", "travel to Anfield"
    if cued is EntityType.PLACE and ground and end - start > 1 and not gazetteer().is_place(name):
        return EntityType.FACILITY  # "at Lansdowne Road", "at White Hart Lane": a street's name for a ground
    if cued is not None and not (cued is EntityType.SPORTS_TEAM and person):
        return cued
    if not person and fold(name) not in COUNTRIES and town_and_region(words, start, end):
        return EntityType.PLACE  # "Camberley, Surrey,": the region of a town, whatever NER said
    known_place = fold(name) in COUNTRIES or gazetteer().is_place(name)
    teamlike = end - start > 1 or known_place or entity_type in SIDE_TYPES
    # "face Chelsea": a one-word place's name NER took for a person plays too.
    playing = entity_type is not EntityType.PERSON or (end - start == 1 and known_place)
    if sport and not person and playing and teamlike and is_team(words, start, end):
        return player_type(sport, known_place=known_place)  # "Leicester beat Bath"; "de Chaunac beat Coria"
    if sport and entity_type is EntityType.PLACE and end - start > 1 and not known_place and club_of_city(words, start, end):
        return EntityType.SPORTS_TEAM
    if ground and not person and fold(name) not in COUNTRIES | REGIONS and (
        not gazetteer().is_big_city(name)  # "at Leeds" is the city, "at Old Trafford" (21,000 people) the ground
    ):
        return EntityType.FACILITY
    if not person and not sport and (thing := thing_type(words, start, end, entity_type)) is not None:
        return thing  # "PCs running Windows XP", "the Bofra virus", "Racing Stripes topped the box office"
    if entity_type is not EntityType.PERSON and not person and is_new_thing(words, start, end):
        return EntityType.PRODUCT
    if not person and names_product_kind(words, start, end, owned=entity_type is not EntityType.PERSON):
        return EntityType.PRODUCT  # "selling GPRS phones", "its Xbox consoles": NER took them for a person, a firm
    if entity_type is EntityType.PERSON and has_version_number(words, start, end, sport):
        return EntityType.PRODUCT  # "Xbox 2 will play DVDs": no person's name ends in a number
    if entity_type in _TITLED and is_title_with_the(words, start, end):
        return EntityType.WORK
    if person and entity_type is not EntityType.PERSON and not firm_cued(words, start, end, entity_type):
        return EntityType.PERSON  # a given name first; not "shares in Morgan Stanley" (kg.extract.company_cues)
    if entity_type is EntityType.PERSON and (speaks_through(words, start, end) or (not person and (has_shares(words, start, end) or has_company_possession(words, start, end)))):
        return EntityType.ORGANIZATION  # "shares in Elan", "Pernod Ricard's profits", "William Hill spokesman Rupert Adams"
    if entity_type is EntityType.PERSON and not person and takes_the(words, start, end):
        return EntityType.ORGANIZATION  # "the Tate managed to raise £12.5m": people take no "the"
    if not person and fold(name) in UK_REGIONS and entity_type is not EntityType.ORGANIZATION:
        return EntityType.PLACE  # "Surrey police", "Yorkshire and the Humber": a county (uk_regions.txt), no person
    if entity_type is not EntityType.PLACE and not person and is_home_town(words, start, end):
        return EntityType.CITY if gazetteer().is_city(name) else EntityType.PLACE  # "born in Ballymena"
    if entity_type is EntityType.PERSON and not person and _ends_in_country(name):
        return EntityType.ORGANIZATION  # "Telekom Austria", "Air France": no person's surname is a country
    if entity_type is EntityType.PLACE and not known_place and fold(name) not in REGIONS and acts_as_organisation(words, start, end):
        return EntityType.ORGANIZATION
    if entity_type is EntityType.PLACE:
        return place_type(words, start, end, name)
    if end - start == 1 and in_region(words, end) and gazetteer().is_city(name):
        return EntityType.CITY  # "from Camberley, Surrey": a town NER took for a firm
    return entity_type


def _has_given_name(name: str) -> bool:
    """Any word is a given name or it opens with an initial: "Beach Boy Bruce Johnston", "S Hussain Zaidi"."""
    words = fold(name).split()
    return (len(words) > 1 and len(words[0].rstrip(".")) == 1) or any(word in GIVEN_NAMES for word in words)


def _group_type(sport: frozenset[str]) -> EntityType:
    """What people named together are: a team in a sports report, else an organisation (a band, a firm)."""
    return EntityType.SPORTS_TEAM if sport else EntityType.ORGANIZATION


def _ends_in_country(name: str) -> bool:
    """Two words or more, no country's, the last a country's: "Telekom Austria", "Air France"."""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in COUNTRIES and " ".join(words) not in COUNTRIES and words[0] not in GIVEN_NAMES


# Things named after people ("Vera Drake" the film): their cue nouns outweigh a given name.
_NAMED_AFTER_PEOPLE = frozenset({EntityType.WORK, EntityType.PRODUCT, EntityType.EVENT})
# What NER calls a film or a book it does not know: a "The ..." title mid-sentence is one.
_TITLED = frozenset({EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT, EntityType.WORK, EntityType.FACILITY})
def find_descriptions(doc: Doc, entities: Entities | None = None, words: Words | None = None) -> Iterator[Mention]:
    """Noun phrases that describe a typed thing without naming it: "the bloc",
    "protesters", "the unrest". ``kg.resolve`` links them to a named entity or
    keeps them as document-local nodes. ``entities``, ``words``: the document's,
    when the caller read them already."""
    words = Words(doc) if words is None else words
    sentence_of = words.sentence_numbers()
    ents = (Entities(doc, words.text, words) if entities is None else entities).spans
    named = {i for ent in ents for i in range(ent.start, ent.end)}
    for token in words:
        if token.i in named or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        entity_type = DESCRIPTION_NOUNS.get(token.lemma_.lower())
        if entity_type is None:
            continue
        if token.dep_ == "compound":
            continue  # "government buildings": the phrase is about its head
        # The head and its modifiers: "Russia-led security alliance", "Russian authorities".
        start = description_start(words, token, named, DETERMINERS)
        start_char, end_char = words[start].idx, token.idx + len(token.text)
        yield Mention(
            start=start_char,
            end=end_char,
            text=words.text[start_char:end_char],
            type=entity_type,
            sentence=sentence_of[token.i],
            kind="description",
        )


def _titles_before(words: Words, start: int) -> tuple[str, ...]:
    """Honorifics right before the name: "President", "Mr", "Prime Minister"."""
    titles: list[str] = []
    i = start - 1
    while i >= 0:
        word = words.words[i].text.rstrip(".")
        if word.lower() in TITLE_WORDS and word[:1].isupper():
            titles.insert(0, word)
            i -= 1
        else:
            break
    return tuple(titles)


def _strip_inner_titles(words: Words, start: int, end: int, *, person: bool = True) -> tuple[int, tuple[str, ...]]:
    """NER often swallows the title: "President Kassym-Jomart Tokayev", "Rapper 50 Cent" (a stage name may open on a
    number). Gives the name's new start and the titles. A title followed by "of" is part of the name: "Queen of the
    South", "Prince of Persia". So is a title that organisations' names open with too (``titles.tsv``'s person column
    "no": "General", "Major") when NER read no person (``person`` false) and the rest is no person's name: "General
    Motors", "Major League Baseball"; not "General Pervez Musharraf"; nor "King" but before a given name: "King Crimson"."""
    titles: list[str] = []
    tokens = words.words
    while start < end - 1 and (title := tokens[start].text.rstrip(".")).lower() in TITLE_WORDS and (
            tokens[start + 1].text[:1].isupper() or tokens[start + 1].lower_ in NAME_PARTICLES  # "Mr de Vabres"
            or (tokens[start + 1].text[:1].isdigit() and tokens[end - 1].text[:1].isupper())):  # "Rapper 50 Cent"
        rest = words.span_text(start + 1, end)
        if not person and (ends_in_thing_head(rest) or (title.lower() in GIVEN_NAME_TITLES and fold(rest).split()[0] not in GIVEN_NAMES)
                           or (title.lower() not in PERSON_TITLES and not person_like(rest))):  # "King Kong"
            break
        titles.append(title)
        start += 1
    return start, tuple(titles)


def is_title_token(token: Word) -> bool:
    """Whether a token is an honorific that belongs to a name rather than being one."""
    return token.text.rstrip(".").lower() in TITLE_WORDS
