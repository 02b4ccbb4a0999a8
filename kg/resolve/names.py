"""Cluster the named mentions of one document into entities.

Identical names (up to case, hyphens, diacritics and possessives) are one entity
unless their types cannot be ("Washington" the city and the man); a shorter name
joins the one longer entity it is a variant of (``kg.resolve.variants``: surnames,
acronyms, short forms, nicknames ...).

A short form that fits two different entities ("Smith" after "John Smith" and
"Mary Smith") is *ambiguous*: it joins neither and is reported, so that the
caller can leave it unresolved. A wrong merge is worse than a missing one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from networkx.utils import UnionFind

from kg.lexicon import CAPITALS, demonym_country, titles_gender
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.resolve.awardnames import award_pairs
from kg.resolve.bracketed import bracketed_short_forms
from kg.resolve.camelacronyms import camel_acronym_pairs
from kg.resolve.clubtails import club_tail_pairs
from kg.resolve.clubtowns import club_town_targets
from kg.resolve.editions import edition_pairs
from kg.resolve.firmforms import firm_forms
from kg.resolve.formernames import former_name_pairs
from kg.resolve.forms import (
    MIN_TRUNCATION,
    country_form,
    is_ambiguous_place,
    is_misspelling,
    is_place_name,
    is_truncation,
    name_words,
    normalise,
    normalise_keep_hyphens,
    without_org_suffix,
)
from kg.resolve.initialled import initialled_pairs
from kg.resolve.leadword import lead_word_pairs
from kg.resolve.misreadsurnames import join_misread_surnames
from kg.resolve.nicknames import nickname_form, read_nickname, short_forms
from kg.resolve.pluralnames import plural_pairs
from kg.resolve.suffixednicks import suffixed_targets
from kg.resolve.surnamefirst import surname_first_pairs
from kg.resolve.thetitles import the_title_pairs
from kg.resolve.variants import (
    CLIPPABLE,
    ORG_LIKE,
    PERSON,
    PLACES,
    THINGS,
    acronym,
    fits_acronym,
    initials,
    is_acronym,
    is_known_place,
    is_variant,
)
from kg.types import EntityType


@dataclass(frozen=True, slots=True)
class NameClusters:
    """How one document's named mentions group into entities.

    Attributes:
        clusters: Mention indexes of each entity, in first-mention order.
        ambiguous: Indexes of short forms that fit several entities; they join none.
    """

    clusters: tuple[tuple[int, ...], ...]
    ambiguous: tuple[int, ...] = ()


def cluster_names(
    mentions: Sequence[Mention], *, text: str | None = None, context: Iterable[str] = (), titled: bool = False
) -> NameClusters:
    """Group the indexes of mentions that name the same entity.

    With the document ``text``, a short name in brackets right after a longer one
    defines it: "Organization of the Petroleum Exporting Countries (Opec)". A
    nickname joins the entity it stands for in an article of ``context``
    (``Extraction.context``; see ``kg.resolve.nicknames``). ``titled``: the document's title
    is apart from ``text`` (``Document.title``), whose first line is then no headline.

    >>> m = lambda text, t=EntityType.PERSON: Mention(0, len(text), text, t, 0)
    >>> cluster_names([m("John Smith"), m("Mary Smith"), m("Smith"), m("Mary Smith’s")])
    NameClusters(clusters=((0,), (1, 3)), ambiguous=(2,))
    """
    groups = _Groups(len(mentions))
    # 1. Identical names, twins of two types, misspellings, bracketed short forms, nicknames.
    first_with_form = _join_identical(mentions, groups)
    _merge_cross_class_twins(mentions, first_with_form, groups.union, text)
    organisations = [i for i in first_with_form.values() if mentions[i].type in ORG_LIKE]
    for position, i in enumerate(organisations):
        for j in organisations[position + 1 :]:
            if is_misspelling(mentions[i].text, mentions[j].text):
                groups.union(i, j)
    if text is not None:
        for i, j in bracketed_short_forms(mentions, text):
            groups.union(i, j)
    for i, j in _nickname_pairs(mentions, context, text or ""):
        groups.union(i, j)
    for i, j in _demonym_teams(mentions, context) + club_tail_pairs(mentions, text or "", context):
        groups.union(i, j)  # "Real Madrid ... If Madrid do not want me" (kg.resolve.clubtails)
    for i, j in award_pairs(mentions, text):  # "Golden Globe Awards ... the Golden Globes"
        groups.union(i, j)
    for i, j in plural_pairs(mentions) + camel_acronym_pairs(mentions, text or "") + edition_pairs(mentions, text or ""):
        groups.union(i, j)  # "Subaru Imprezas", "GlaxoSmithKline ... GSK", "the 2005 Sundance Film Festival ... the ..."
    for i, j in former_name_pairs(mentions, text or ""):
        groups.union(i, j)  # "MCI, which was formerly known as Worldcom" (kg.resolve.formernames)
    for i, j in the_title_pairs(mentions):
        groups.union(i, j)  # "movie The Aviator ... Aviator 'creator' in Oscars snub" (kg.resolve.thetitles)
    # 2. Shorter forms join the one longer entity they fit.
    ambiguous = _join_short_forms(mentions, sorted(set(first_with_form.values())), groups)
    # 3. A firm's first word no rule placed, for the one name it opens ("BDO Stoy Hayward ... BDO"). A text whose
    # title is apart (``titled``) holds no headline: its first paragraph is body ("Vodafone has drafted in ...
    # Vodafone KK" names the parent first, no short form of its unit); else its first line may be the headline.
    headline_end = 0 if titled or not text else text.find("\n")
    for i, j in lead_word_pairs(mentions, lambda i: _alone(mentions, groups, i) and groups.find(i) not in ambiguous,
                                headline_end):
        groups.union(i, j)
    for i, j in initialled_pairs(mentions, lambda i: _alone(mentions, groups, i) and groups.find(i) not in ambiguous):
        groups.union(i, j)  # "tycoons JP McManus (NER's firm) ... Mr McManus"
    for i, j in surname_first_pairs(mentions, lambda i: _alone(mentions, groups, i) and groups.find(i) not in ambiguous):
        groups.union(i, j)  # "Wang Xuebing ... Mr Wang" (kg.resolve.surnamefirst)
    clusters: dict[int, list[int]] = {}
    left_out: list[int] = []
    for i in range(len(mentions)):
        (left_out if groups.find(i) in ambiguous else clusters.setdefault(groups.find(i), [])).append(i)
    return NameClusters(tuple(tuple(clusters[root]) for root in sorted(clusters)), tuple(left_out))


def _alone(mentions: Sequence[Mention], groups: _Groups, i: int) -> bool:
    """Whether mention ``i``'s group holds its own form only."""
    root, form = groups.find(i), normalise(mentions[i].text)
    return all(normalise(mention.text) == form for k, mention in enumerate(mentions) if groups.find(k) == root)


class _Groups:
    """Union-find over mention indexes where a group is named by its first mention,
    whatever root ``UnionFind`` picks: clusters come out in first-mention order."""

    def __init__(self, size: int) -> None:
        self.groups = UnionFind(range(size))
        self.first = list(range(size))

    def find(self, i: int) -> int:
        return self.first[self.groups[i]]

    def union(self, i: int, j: int) -> None:
        earliest = min(self.find(i), self.find(j))
        self.groups.union(i, j)
        self.first[self.groups[i]] = earliest


def _join_identical(mentions: Sequence[Mention], groups: _Groups) -> dict[tuple[str, str, str | None], int]:
    """Identical names (up to case, hyphens, diacritics, possessive) are one, unless
    their types are incompatible ("Washington" the city and the man); gives the
    first mention of each form."""
    first_with_form: dict[tuple[str, str, str | None], int] = {}
    for i, mention in enumerate(mentions):
        form = (normalise(mention.text), _type_class(mention.type, mention.text), titles_gender(mention.titles))
        # A country's name read as an event or a work is no country: "US" in "the US
        # and Australian Opens" is the US Open (kg.extract.cues.shared_head_type).
        country = country_form(mention.text) if mention.type not in PERSON | THINGS else None
        if country is not None:
            # "US", "U.S." and "United States" (whatever NER called them) are one country.
            form = (normalise(country), "place", None)
        if form in first_with_form:
            groups.union(first_with_form[form], i)
        else:
            first_with_form[form] = i
    # "PowerPage" and "Power Page": a thing's name written with and without its spaces
    # (not people's: "Mac Donald" and "MacDonald" may be two).
    closed: dict[str, int] = {}
    for (name, type_class, _), i in first_with_form.items():
        if type_class != "agent" or mentions[i].type in PERSON:
            continue
        key = name.replace(" ", "")
        if key in closed:
            groups.union(closed[key], i)
        else:
            closed[key] = i
    # "Sir Joshua Reynolds" and "Joshua Reynolds": a full name is one person whether a
    # title tells the gender or not (a bare surname is another matter: Mr or Mrs?).
    full_names: dict[tuple[str, str], list[tuple[str | None, int]]] = {}
    for (name, type_class, gender), i in first_with_form.items():
        if " " in name:
            full_names.setdefault((name, type_class), []).append((gender, i))
    for variants in full_names.values():
        if len({gender for gender, _ in variants} - {None}) <= 1:
            for _, i in variants[1:]:
                groups.union(variants[0][1], i)
    return first_with_form


def _join_short_forms(mentions: Sequence[Mention], forms: list[int], groups: _Groups) -> set[int]:
    """Each shorter form (``forms``: one mention per form) joins the one longer entity
    it fits, longest forms first, so that "George Bush" joins "George W. Bush"
    before "Bush" looks for a home. Gives the groups of the forms that fit several."""
    representatives = sorted(forms, key=lambda i: (-len(name_words(mentions[i].text)), i))
    ambiguous: set[int] = set()
    genders_of_form: dict[str, set[str]] = {}
    for mention in mentions:
        genders_of_form.setdefault(normalise(mention.text), set()).update(filter(None, [titles_gender(mention.titles)]))

    def cluster_genders(root: int) -> set[str]:
        return {g for k, mention in enumerate(mentions) if groups.find(k) == root and (g := titles_gender(mention.titles))}

    cued_things = {groups.find(k) for k, mention in enumerate(mentions) if mention.cued and mention.type in THINGS}
    cued_things |= firm_forms(mentions, groups.find)  # "Ford, the US car company": no "chairman Bill Ford"
    # A name of more words than another is never its variant (``is_variant``): not asked.
    sizes = {i: len(name_words(mentions[i].text)) for i in representatives}
    # Nor one whose first letter starts no word of the other (``initials``).
    letters = {i: initials(mentions[i].text) for i in representatives}
    leads = {i: name_words(mentions[i].text)[0][0] if sizes[i] else "" for i in representatives}
    by_letter: dict[str, list[int]] = {}  # the forms a first letter may lead to, read once (was every pair)
    for j in representatives:
        for letter in letters[j]:
            by_letter.setdefault(letter, []).append(j)
    for i in representatives:
        candidates = {
            groups.find(j)
            for j in (by_letter.get(leads[i], ()) if leads[i] else representatives)
            if j not in ambiguous and sizes[j] >= sizes[i]
            and is_variant(mentions[i], mentions[j])
            and _kinds_agree(groups.find(i) in cued_things, mentions[j].type)
        }
        if len(candidates) > 1 and mentions[i].type in ORG_LIKE:
            # "Disney failed to tell investors" beside Walt Disney (the firm) and Roy Disney: NER's firm is the firm.
            firms = {root for root in candidates if mentions[root].type in ORG_LIKE}
            candidates = firms if len(firms) == 1 else candidates
        if groups.find(i) in candidates:
            continue  # "European Commission (EC)": at home by its brackets; "EC" joins no "European Council"
        # "Mrs Howard" is not "Michael Howard" when a "Mr Howard" already joined him;
        # with both a Mr and a Mrs Howard and no first name's gender known, the
        # article has two Howards and either short form is ambiguous.
        gender = titles_gender(mentions[i].titles)
        if gender is not None:
            if len(genders_of_form[normalise(mentions[i].text)]) > 1:
                matching = {root for root in candidates if cluster_genders(root) == {gender}}
                unknown = {root for root in candidates if not cluster_genders(root)}
                if not matching and unknown:
                    ambiguous.add(groups.find(i))
                    continue
                candidates = matching
            else:
                candidates = {root for root in candidates if cluster_genders(root) <= {gender}}
        if len(candidates) == 1:
            groups.union(i, candidates.pop())
        elif len(candidates) > 1:
            ambiguous.add(groups.find(i))
    return ambiguous


def _kinds_agree(cued_thing: bool, long_type: EntityType) -> bool:
    """A short form whose own cues make it a work, product or event ("his performance
    as Ray Charles in Ray": the film) joins no person's longer name, whatever NER read
    in its other mentions ("best actor for Ray").

    >>> _kinds_agree(True, EntityType.PERSON), _kinds_agree(False, EntityType.PERSON)
    (False, True)
    """
    return not (cued_thing and long_type in PERSON)


def _nickname_pairs(mentions: Sequence[Mention], context: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Pairs (nickname, name) where the nickname stands for a name the article uses:
    "Spurs" and "Tottenham Hotspur" (or its short form "Tottenham", when no other
    entity of the article goes by it)."""
    forms: dict[str, list[int]] = {}
    for i, mention in enumerate(mentions):
        if mention.type not in PLACES or mention.type is EntityType.COUNTRY:
            forms.setdefault(normalise(mention.text), []).append(i)
    pairs: list[tuple[int, int]] = []
    for i, mention in enumerate(mentions):
        reading = read_nickname(mention.text, context, forms)
        if reading is None:
            continue
        full = normalise(reading.name)
        # A short form of the name counts when it is read as the same kind of thing:
        # "Tottenham" the team for Spurs; not "the Academy" (an organisation) for the Oscars.
        targets = forms.get(full) or [
            j for form in short_forms(reading.name) - {nickname_form(mention.text)} for j in forms.get(form, ())
            if _same_kind(mentions[j].type, reading.type)
        ] or [
            # The table's name after its country: "the Fed" is the "US Federal Reserve" the article names
            # (not a branch: the Scottish Labour Party is not Labour).
            j for form, indexes in forms.items() if form.endswith(" " + full) for j in indexes
            if _same_kind(mentions[j].type, reading.type) and country_form(mentions[j].text[: -len(reading.name)].strip())
        ] or [j for j in suffixed_targets(reading.name, mentions, forms, text) if _same_kind(mentions[j].type, reading.type)]
        if reading.type is EntityType.SPORTS_TEAM:  # "Spurs ... lured by Tottenham" (NER's city: kg.resolve.clubtowns)
            targets = [*targets, *club_town_targets(reading.name, short_forms(reading.name), mentions, text, context)]
        if targets and len({normalise(mentions[j].text) for j in targets} - {full}) <= 1:
            pairs.extend((i, j) for j in targets if j != i)
    return pairs


# Sports of players, not sides: there "the young Russians", "the Belgians", "The Swiss" are players.
_INDIVIDUAL_SPORTS = frozenset({"tennis"})


def _demonym_teams(mentions: Sequence[Mention], context: Iterable[str]) -> list[tuple[int, int]]:
    """Pairs (people, team): in a sports report, "the Italians" are Italy's team when
    the article reads the country's name as a team ("Italy have only recorded three
    wins ... the Italians"); elsewhere, and in a tennis report, where it names players ("while the
    young Russians were on the way up"), a demonym stays a group (``kg.resolve.groups``)."""
    if "sport" not in set(context) or _INDIVIDUAL_SPORTS & set(context):
        return []
    teams = {normalise(m.text): i for i, m in enumerate(mentions) if m.type is EntityType.SPORTS_TEAM}
    pairs = []
    for i, mention in enumerate(mentions):
        country = demonym_country(mention.text) if mention.type is EntityType.GROUP else None
        if country is not None and normalise(country) in teams:
            pairs.append((i, teams[normalise(country)]))
    return pairs


def _same_kind(found: EntityType, named: EntityType) -> bool:
    """A mention's type agrees with a nickname's entity: equal, a party NER read as a
    group ("Democrats" of the Liberal Democrats) or a team NER read as an
    organisation or a place ("Tottenham")."""
    if named is EntityType.SPORTS_TEAM:
        return found in ORG_LIKE | PLACES
    return found is named or (named is EntityType.ORGANIZATION and found in ORG_LIKE)


def _type_class(entity_type: EntityType, name: str = "") -> str:
    """Coarse classes that NER confuses among themselves but not across.

    The small model calls people organisations, so Person and Organization share a
    class for identical names; places never join either. A name with two place
    readings ("Georgia" the country or the state) keeps them apart: the extractor
    chose the reading from the text.
    """
    if entity_type in PLACES and is_ambiguous_place(name):
        return entity_type.value
    if entity_type in PLACES:
        return "place"
    if entity_type in PERSON | ORG_LIKE | THINGS:
        return "agent"  # NER confuses these among themselves: "Xbox" the product and the firm
    return entity_type.value


def _merge_cross_class_twins(mentions: Sequence[Mention], first_with_form: dict[tuple, int], union, text: str | None = None) -> None:
    """A name typed both Country and something other than a person is the country:
    one mislabelled mention ("Kazakhstan" as ORG) does not make a second entity."""
    by_form: dict[str, list[int]] = {}
    for (form, *_), i in first_with_form.items():
        by_form.setdefault(form, []).append(i)
    surnames = {
        name_words(mention.text)[-1]
        for mention in mentions
        if mention.type in PERSON and len(name_words(mention.text)) > 1
    }
    for form, indexes in by_form.items():
        if len(indexes) < 2:
            continue
        if (
            any(mentions[i].type is EntityType.COUNTRY for i in indexes)
            and all(mentions[i].type is not EntityType.PERSON for i in indexes)
            and sum(mentions[i].type in PLACES for i in indexes) < 2
        ):
            for i in indexes[1:]:
                union(indexes[0], i)
        elif _is_facility_misread_as_place(form, [mentions[i] for i in indexes]):
            for i in indexes[1:]:
                union(indexes[0], i)
        elif _is_organisation_misread_as_place(form, [mentions[i] for i in indexes]):
            for i in indexes[1:]:
                union(indexes[0], i)
        elif _is_long_name_typed_twice(form, [mentions[i] for i in indexes]):
            for i in indexes[1:]:
                union(indexes[0], i)
        elif _is_place_misread_as_person(form, [mentions[i] for i in indexes], surnames):
            places = [i for i in indexes if mentions[i].type in PLACES]
            for i in indexes:
                if mentions[i].type in PERSON:
                    union(places[0], i)
    join_misread_surnames(mentions, by_form, text, union)
    _join_plurals(mentions, by_form, surnames, union)


def _join_plurals(mentions: Sequence[Mention], by_form: dict[str, list[int]], surnames: set[str], union) -> None:
    """ "Xboxes" beside "Xbox": the plural of a one-word organisation or product name
    is that name, whatever NER called the plural (it often says person or place).
    Never a titled person's name, a surname of the article, or a place's name."""
    singular_of = {
        form: i
        for i, mention in enumerate(mentions)
        if mention.type in ORG_LIKE | {EntityType.PRODUCT}
        and " " not in (form := normalise(mention.text))
        and len(form) >= 3
    }
    for form in by_form:
        if " " in form or form in surnames or is_place_name(form):
            continue
        for ending in ("es", "s"):
            base = form[: -len(ending)]
            if form.endswith(ending) and base in singular_of:
                plural = [i for i in range(len(mentions)) if normalise(mentions[i].text) == form]
                if not any(mentions[i].titles for i in plural):
                    for i in plural:
                        union(singular_of[base], i)
                break


def _is_facility_misread_as_place(form: str, twins: list[Mention]) -> bool:
    """ "Downing Street" typed facility once and place once: a building and the place
    it stands are one name of one article; the vote picks the type."""
    types = {mention.type for mention in twins}
    return EntityType.FACILITY in types and bool(types & PLACES) and not types & PERSON and not is_ambiguous_place(form)


def _is_organisation_misread_as_place(form: str, twins: list[Mention]) -> bool:
    """ "Atomstroieksport" typed organisation once and place once (or "Asteroid" the
    product): a one-word name no table knows as a place, and no person, is one thing
    (its type is voted)."""
    types = {mention.type for mention in twins}
    return (
        " " not in form
        and not is_place_name(form)
        and form not in CAPITALS
        and bool(types & (ORG_LIKE | THINGS))
        and bool(types & PLACES)
        and not types & PERSON
    )


def _is_long_name_typed_twice(form: str, twins: list[Mention]) -> bool:
    """ "Werder Bremen" typed place once and team once, "Toshiyuki Shiga" person once and
    place once, "An Andhra Pradesh official" organisation beside "India's Andhra Pradesh
    state": a name of two or more words typed place and agent (person, organisation,
    thing) in one article is one thing named twice (its type is voted), unless it is a
    country's, a region's or a city's name (GeoNames, with alternate names), whose
    team and place are two ("New Zealand" the country and the side, "New York" the
    state and the club)."""
    types = {mention.type for mention in twins}
    return (
        " " in form
        and bool(types & PLACES)
        and bool(types & (PERSON | ORG_LIKE | THINGS))
        and not is_place_name(form)
        and country_form(form) is None
        and form not in CAPITALS
        and not gazetteer().is_place(form)
        and not gazetteer().city_candidates(form)
    )


def _is_place_misread_as_person(form: str, twins: list[Mention], surnames: set[str]) -> bool:
    """ "from Llanelli" read as a person in an article that names the town Llanelli:
    a one-word name typed both place and person, where the person has no title and
    no person of the article has that surname (then "Washington" may be the man)."""
    people = [mention for mention in twins if mention.type in PERSON]
    return (
        " " not in form
        and form not in surnames
        and any(mention.type in PLACES for mention in twins)
        and bool(people)
        and not any(mention.titles for mention in people)
    )


__all__ = [
    "CLIPPABLE",
    "MIN_TRUNCATION",
    "ORG_LIKE",
    "PERSON",
    "PLACES",
    "THINGS",
    "NameClusters",
    "acronym",
    "cluster_names",
    "country_form",
    "fits_acronym",
    "is_acronym",
    "is_ambiguous_place",
    "is_known_place",
    "is_misspelling",
    "is_place_name",
    "is_truncation",
    "is_variant",
    "name_words",
    "normalise",
    "normalise_keep_hyphens",
    "without_org_suffix",
]
