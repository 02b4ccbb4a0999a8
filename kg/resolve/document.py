"""From one document's mentions, propositions and events to its entities,
events and relations.

``resolve(extraction)`` clusters named mentions (``names``), links descriptions
and pronouns (``coref``), votes each entity's type and label (``vote``; a
nickname goes by the full name it stands for, ``nicknames``), links places to
GeoNames (``places``), resolves dates
(``dates``), links each event's arguments and finds the headline's event
(``events``), keeps as plain edges the asserted or reported propositions whose
subject and object both resolve (a clause's only through its event; none that
a quote or a position stands for; possessives and places read by the types of
their ends, ``typed``), resolves positions, memberships and quotes
(``statements``) and links groups named by a demonym to their country
(``groups``).
"""

from __future__ import annotations

from collections import Counter

from kg.extract.edges import graph_edges
from kg.extract.epithetnames import epithet_spans
from kg.ids import short_hash, slugify
from kg.lexicon import CAPITALS, COUNTRIES, PRONOUNS, REGIONS, THIRD_PERSON_PRONOUNS, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.records import DocumentGraph, Entity, Evidence, Extraction, Mention, PlaceLink, Proposition, Relation
from kg.resolve.anonymous import says_something
from kg.resolve.barenouns import more_than_a_noun
from kg.resolve.boundposts import of_someone
from kg.resolve.contentless import says_what
from kg.resolve.coref import Cluster, Linker
from kg.resolve.demonymnouns import one_person_names
from kg.resolve.editions import is_dated_form
from kg.resolve.employers import employer_spans, employer_type
from kg.resolve.events import clause_period, event_records, headline_event, link_events, participant_clusters
from kg.resolve.filing import merge_entities
from kg.resolve.formernames import former_forms
from kg.resolve.forms import name_words
from kg.resolve.groups import demonym_links
from kg.resolve.headlined import lead_restated
from kg.resolve.holders import Holder, words
from kg.resolve.introduced import introduced_links
from kg.resolve.leadcompany import lead_links
from kg.resolve.leadparty import lead_party_links
from kg.resolve.leftopen import left_open
from kg.resolve.localnames import carries_name, common_case
from kg.resolve.lowernames import lower_name_links
from kg.resolve.namedafter import apposed_node
from kg.resolve.names import cluster_names, country_form, normalise
from kg.resolve.nicknames import read_nickname
from kg.resolve.ofwhat import says_of_what
from kg.resolve.oneparty import one_party_links
from kg.resolve.paragraphparty import paragraph_party_links
from kg.resolve.places import country_codes, link_place, same_place
from kg.resolve.postedfirms import firm_post_spans, posted_firm_type
from kg.resolve.prizes import without_prize_winners
from kg.resolve.quotedclaims import direct_contents, quoted_claim
from kg.resolve.restated import without_repeats
from kg.resolve.resultsides import sided_results
from kg.resolve.roleappositions import posts_held, restates_post
from kg.resolve.shortnames import is_dropped_maker
from kg.resolve.statecountries import add_nationalities, add_state_countries, seat_countries
from kg.resolve.statements import finish, resolve_statements
from kg.resolve.subjectless import has_subject
from kg.resolve.thegovernment import government_links
from kg.resolve.thekind import kind_links
from kg.resolve.themodified import modified_links
from kg.resolve.typed import Resolved, held_roles, said, spoken_by, typed_edge
from kg.resolve.unasked import asks_what
from kg.resolve.unmade import makes_what
from kg.resolve.untraded import trades_what
from kg.resolve.vote import name_rank, vote_type
from kg.types import EntityType

# What a creation verb's subject may be when it makes itself ("the phone launched").
_MADE = frozenset({EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT, EntityType.LAW})
# Unsure links cost confidence: a pronoun is weaker evidence than a name.
_PRONOUN_PENALTY = 0.8


def resolve(extraction: Extraction) -> DocumentGraph:
    """Resolve one document's extraction into entities, relations, events, positions and quotes."""
    document = extraction.document
    clusters, linker, nicknamed = _linker(extraction)

    earlier, resolved = _resolved_edges(extraction, linker, clusters)
    resolved.extend(seat_countries(extraction.propositions, linker, clusters, earlier))  # "Russian oil giant Yukos"
    linked = sided_results(link_events(extraction, linker, earlier), linker)  # "Sunday's draw with Chelsea": whose
    linked = without_prize_winners(linked, extraction.events, linker.names, document.text)  # no prize won elsewhere wins (kg.resolve.prizes)
    add_state_countries(clusters, extraction.roles, linker.sentence_starts)  # "Russian President": Russia
    found = resolve_statements(extraction, linker, clusters, earlier)
    add_nationalities(found, clusters, document.text, linker.sentence_starts)  # "Chinese actress X": China
    other_names = [(mention.start, mention.end) for mention, index in linker.names if not clusters[index].local]
    named = {cluster.index for cluster in clusters  # "an All Blacks team": the capitals are All Blacks'
             if not cluster.local or carries_name(cluster, document.text, linker.sentence_starts, other_names)}
    name_spans = [(mention.start, mention.end) for mention, cluster in linker.names if cluster in named]
    lead = extraction.sentences[0] if extraction.sentences else None
    made = {cluster.index for cluster in clusters if cluster.type in _MADE}  # "the phone launched" (kg.resolve.unmade)
    linked = without_repeats([item for item in linked if says_something(item, named, name_spans) and says_what(item)
                               and trades_what(item, lead) and asks_what(item) and makes_what(item, made)
                               and more_than_a_noun(item) and has_subject(item) and says_of_what(item)],
                             extraction)
    # A clause gives plain edges only through its event (a quote, a state: none).
    triggers = {(item.mention.trigger_start, item.mention.trigger_end) for item in linked}
    resolved = [item for item in resolved if not item[0].trigger or item[0].trigger in triggers or item[0].kind == "copula"]
    used = {subject for _, subject, _, _ in resolved} | {obj for _, _, obj, _ in resolved}
    used |= participant_clusters(linked) | found.used
    labels = {cluster.index: nicknamed.get(cluster.index) or canonical_label(cluster) for cluster in clusters}
    for cluster in clusters:  # "Analysts said" is described as "analysts"
        if cluster.index not in named:
            labels[cluster.index] = common_case(labels[cluster.index], cluster.mentions[0], document.text, linker.sentence_starts)
    keys = _entity_keys(clusters, labels, document.id)
    context = country_codes((labels[cluster.index], cluster.type) for cluster in clusters if not cluster.local)
    keys = _one_key_per_place(clusters, labels, keys, context)
    entities = _entities(clusters, labels, keys, used, document.id, context, named)
    events = event_records(linked, keys, extraction)
    event_ids = {(event.trigger_start, event.trigger_end): event.id for event in events}
    relations = []
    for proposition, subject, obj, penalty in resolved:
        attributed = linker.resolve(proposition.attributed_to, proposition, earlier) if proposition.attributed_to else None
        if attributed is not None and clusters[attributed].local and attributed not in used:
            attributed = None
        relations.append(_relation(proposition, keys[subject], keys[obj], penalty, extraction,
                                   attributed=keys.get(attributed) if attributed is not None else None,
                                   event=event_ids.get(proposition.trigger) if proposition.trigger else None))
    relations.extend(
        demonym_links(
            clusters, keys, entities, document_id=document.id, text=document.text, sentences=extraction.sentences
        )
    )
    statements = finish(found, keys, extraction)
    relations.extend(statements.relations)
    relations.sort(key=lambda relation: (relation.evidence.start, relation.subject, relation.key, relation.object))
    relations = list({relation.id: relation for relation in relations}.values())  # one reading an id, the graph's
    names = {entity.key: [entity.label, *entity.aliases] for entity in entities}
    return DocumentGraph(
        document=document,
        entities=entities,
        relations=tuple(relations),
        events=events,
        positions=tuple(position for position in statements.positions if of_someone(position)),
        quotes=tuple(statements.quotes),
        headline_event=headline_event(extraction.headline, document.title, events, names) or lead_restated(
            document.title, events, names, extraction.sentences[0] if extraction.sentences else None),
        rejected=extraction.rejected,
    )


def _resolved_edges(
    extraction: Extraction, linker: Linker, clusters: list[Cluster]
) -> tuple[list[tuple[Proposition, int]], list[Resolved]]:
    """Each proposition's subject resolved (in order, for later pronouns), and the edges the
    graph keeps as (edge, subject cluster, object cluster, pronoun penalty): only asserted
    or reported propositions give one, none that a quote or a position stands for, each as
    ``kg.resolve.typed`` reads it."""
    text = extraction.document.text
    earlier: list[tuple[Proposition, int]] = []
    resolved: list[Resolved] = []
    spoken = spoken_by(extraction.speech)
    quoted = direct_contents(extraction.speech, text)
    held = held_roles(extraction.roles)
    posts = posts_held(extraction.roles)
    for proposition in extraction.propositions:
        subject = linker.resolve(proposition.subject, proposition, earlier)
        if subject is not None:
            earlier.append((proposition, subject))
        if not proposition.factuality.is_fact:
            continue  # planned, possible, negated ...: an event, never a plain edge
        if said(proposition, spoken) or (proposition.kind == "role" and proposition.subject.end in held):
            continue  # speech, a role: a quote, a position says it
        if quoted_claim(proposition, quoted):
            continue  # '"Labour is a working class party," he said': the speaker's (kg.resolve.quotedclaims)
        for edge in graph_edges(proposition, text):
            if restates_post(edge, posts):
                continue  # "Ben Wood, principal analyst at Gartner": the position says it (kg.resolve.roleappositions)
            source = linker.resolve(edge.subject, edge, earlier)
            target = linker.resolve(edge.object, edge, earlier) if edge.object is not None else None
            if source is not None and source == target:  # "telecoms regulator, Ofcom,": still Ofcom's (kg.resolve.namedafter)
                target = apposed_node(linker, edge, source)
            if source is None or target is None or source == target:
                continue
            penalty = 1.0
            for argument in (edge.subject, edge.object):
                if text[argument.head_start : argument.head_end].lower() in _PRONOUNS:
                    penalty *= _PRONOUN_PENALTY
            typed = typed_edge((edge, source, target, penalty), clusters, text, linker.sentence_starts)
            if typed is not None:
                resolved.append(typed)
    return earlier, resolved


# Pronouns that may head an argument ("he", "their"; not "hers", which stands alone).
_PRONOUNS = frozenset(word for word in THIRD_PERSON_PRONOUNS if PRONOUNS[word].cases != {"independent"})
# Verbless relations state how things are, not events: the sentence's date is not theirs.
_STATE_KINDS = frozenset({"apposition", "title", "led", "possessive", "of", "located", "role", "origin", "seat"})


def canonical_label(cluster: Cluster) -> str:
    """The fullest name (``kg.resolve.vote.name_rank``: most words, then longest,
    then most frequent, then alphabetical); acronyms only when nothing longer exists; a
    product not by its maker's name and a name the article also uses alone ("iPod", not
    "Apple iPod": ``kg.resolve.shortnames.is_dropped_maker``). A country goes by the name the alias
    table gives it ("United States" for "US"), so that its key is the same in every
    article whichever name the article uses."""
    forms = Counter(mention.text for mention in cluster.mentions)
    if cluster.local:
        first = cluster.mentions[0].text
        return " ".join(word.strip("“”\"'‘’") for word in first.split()).strip()
    if cluster.type is EntityType.COUNTRY:
        countries = {country_form(mention.text) for mention in cluster.mentions} - {None}
        if len(countries) == 1:
            return countries.pop()

    # "Xbox", not "Xboxes": a plural of another form of the cluster is never the name.
    folded = {normalise(form) for form in forms}
    folded_words = sorted({name_words(form) for form in forms})

    def plural(form: str) -> bool:
        lowered = normalise(form)
        return any(lowered == base + ending for base in folded for ending in ("s", "es"))

    def people(form: str) -> bool:
        # "the Italians" joined Italy's team (kg.resolve.names): the team goes by "Italy".
        country = demonym_country(form)
        return country is not None and normalise(country) in folded

    def branded(form: str) -> bool:
        # "iPod", not "Apple iPod": a product goes by the name the article gives it alone,
        # the name other articles use too; "Cadillac XLR", not "XLR" (an acronym, above).
        parts = name_words(form)
        single = (*parts[:-1], parts[-1].removesuffix("s")) if parts else parts
        return cluster.type is EntityType.PRODUCT and any(
            is_dropped_maker(other, parts) or is_dropped_maker(other, single) for other in folded_words
        )

    def located(form: str) -> bool:
        # "LG Electronics", not "LG Electronics of South Korea": the article's name with where the firm is from.
        base, of, place = form.rpartition(" of ")
        return bool(of) and normalise(base) in folded and country_form(place.removeprefix("the ")) is not None

    def rank(form: str) -> tuple:
        dated = is_dated_form(form, folded)  # "Sundance Film Festival", not "2005 Sundance Film Festival"
        return (form.isupper(), plural(form), people(form), branded(form), located(form), dated, *name_rank(form, forms[form]))

    return min(forms, key=rank)


def _entity_keys(clusters: list[Cluster], labels: dict[int, str], document_id: str) -> dict[int, str]:
    """Named entities get ``entity_key`` (the same in every document); document-local
    description nodes also carry the document's id. ``labels``: each cluster's
    ``canonical_label`` by index."""
    keys: dict[int, str] = {}
    taken: dict[str, EntityType] = {}
    for cluster in clusters:
        label = labels[cluster.index]
        if cluster.local:
            key = f"{slugify(label)}-{short_hash(document_id, label, length=8)}"
        else:
            key = entity_key(label, cluster.type)
            if key in taken and taken[key] is not cluster.type:
                key = f"{slugify(label)}-{slugify(cluster.type.value)}"
        taken[key] = cluster.type
        keys[cluster.index] = key
    return keys


def entity_key(label: str, entity_type: EntityType) -> str:
    """The stable key of a named entity: the slug of its canonical name, with the
    type appended when the name is a well-known place's (a country, region or
    GeoNames city) but the entity is not that place ("Georgia" the US state beside
    the country, "Washington" the man, "Birmingham" the club).

    >>> entity_key("Kassym-Jomart Tokayev", EntityType.PERSON)
    'kassym-jomart-tokayev'
    >>> entity_key("Georgia", EntityType.COUNTRY), entity_key("Georgia", EntityType.PLACE)
    ('georgia', 'georgia-place')
    >>> entity_key("Washington", EntityType.CITY), entity_key("Washington", EntityType.PERSON)
    ('washington', 'washington-person')
    >>> entity_key("Washington", EntityType.PLACE), entity_key("Texas", EntityType.PLACE)
    ('washington-place', 'texas')
    >>> entity_key("Birmingham", EntityType.CITY), entity_key("Birmingham", EntityType.SPORTS_TEAM)
    ('birmingham', 'birmingham-sportsteam')
    """
    slug = slugify(label)
    form = normalise(label)
    if form in COUNTRIES:
        usual = {EntityType.COUNTRY}
    elif form in REGIONS and form in CAPITALS:
        usual = {EntityType.CITY}
    elif form in REGIONS or gazetteer().is_city(form):
        # A city's name for a team, an event or a film ("Birmingham" the club,
        # "Wimbledon" the tournament) is no node of the city's.
        usual = {EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY}
    else:
        return slug
    return slug if entity_type in usual else f"{slug}-{slugify(entity_type.value)}"


def _one_key_per_place(
    clusters: list[Cluster], labels: dict[int, str], keys: dict[int, str], context: frozenset[str]
) -> dict[int, str]:
    """``keys`` with the names of one GeoNames place under one key ("Mumbai (Bombay)");
    ``context``: the ISO codes of the countries the article names (``country_codes``)."""
    named = [cluster for cluster in clusters if not cluster.local]
    folded = same_place(((keys[c.index], labels[c.index], c.type, len(c.mentions)) for c in named), context)
    return {index: folded.get(key, key) for index, key in keys.items()}


def _entities(
    clusters: list[Cluster], labels: dict[int, str], keys: dict[int, str], used: set[int], document_id: str,
    context: frozenset[str], named: set[int],
) -> tuple[Entity, ...]:
    """The document's entities by key: every named cluster, each linked to GeoNames when
    it is a place that resolves (``kg.resolve.places.link_place``, the countries the
    article names, ``context``, deciding between cities of one name), and the description-only
    clusters that an edge, event or statement uses, ``Entity.described`` unless their
    index is in ``named`` (``kg.resolve.localnames.carries_name``)."""
    by_key: dict[str, list[Entity]] = {}
    for cluster in clusters:
        if not cluster.local or cluster.index in used:
            label = labels[cluster.index]
            place = None if cluster.local else link_place(label, cluster.type, context)
            entity = _entity(cluster, label, keys[cluster.index], document_id, place=place,
                             described=cluster.index not in named)
            by_key.setdefault(entity.key, []).append(entity)
    # Two clusters one name ("the Lib Dems", "Lib Dem home affairs spokesman") are one node.
    return tuple(merge_entities(key, group) for key, group in sorted(by_key.items()))


def _entity(
    cluster: Cluster, label: str, key: str, document_id: str, *, place: PlaceLink | None = None, described: bool = False
) -> Entity:
    aliases = set()
    for mention in cluster.mentions:
        if mention.kind != "name":
            continue
        aliases.add(mention.text)
        if mention.titles:
            aliases.add(" ".join((*mention.titles, mention.text)))
    aliases.discard(label)
    return Entity(
        key=key,
        label=label,
        type=cluster.type,
        aliases=tuple(sorted(aliases)),
        mentions=len(cluster.mentions),
        documents=(document_id,),
        place=place,
        described=described,
    )


def _linker(extraction: Extraction) -> tuple[list[Cluster], Linker, dict[int, str]]:
    """Clusters of name variants, typed by vote (``kg.resolve.vote.vote_type``), the
    linker that resolves descriptions, pronouns and arguments to them, and the full
    name of each cluster a nickname stands for, by index ("Spurs": Tottenham Hotspur)."""
    text = extraction.document.text
    names = [mention for mention in extraction.mentions if mention.kind == "name"]
    epithets = one_person_names(text, names)  # "the New Zealander": no node of that people (kg.resolve.demonymnouns)
    names = [mention for index, mention in enumerate(names) if index not in epithets]
    descriptions = [mention for mention in extraction.mentions if mention.kind == "description"]
    # A name that holds a role is a person's whatever NER says of it ("striker Craig Bellamy").
    holders = frozenset(reading.person.span for reading in extraction.roles if reading.role and reading.kind != "description")
    holders |= epithet_spans(text, names)  # "R&B star Aaliyah" (kg.extract.epithetnames)
    employers = employer_spans(extraction)
    firm_posts = firm_post_spans(extraction)
    speakers = tuple(sorted({
        (reading.speaker.head_start, reading.speaker.head_end) for reading in extraction.speech if reading.speaker is not None
    }))
    clusters: list[Cluster] = []
    named: list[tuple[Mention, int]] = []
    grouping = cluster_names(names, text=text, context=extraction.context, titled=bool(extraction.document.title))
    older = former_forms(names, text)  # kg.resolve.formernames
    forms = {normalise(mention.text) for mention in names}
    nicknamed: dict[int, str] = {}
    for member_indexes in grouping.clusters:
        members = [names[i] for i in member_indexes]
        entity_type = vote_type(members, holders=holders, speakers=speakers, sentences=len(extraction.sentences))
        entity_type = employer_type(entity_type, members, employers)  # "security expert at Energis"
        entity_type = posted_firm_type(entity_type, members, firm_posts)  # "an economist at Natexis"
        reading = next(filter(None, (read_nickname(m.text, extraction.context, forms) for m in members)), None)
        if reading is not None:
            # "Spurs" is Tottenham Hotspur: the table's name and type, the nickname an alias.
            entity_type, nicknamed[len(clusters)] = reading.type, reading.name
        cluster = Cluster(index=len(clusters), type=entity_type, mentions=members)
        present = [mention for mention in members if normalise(mention.text) not in older]
        if len(present) < len(members) and present and cluster.index not in nicknamed:  # "MCI, which was formerly known as Worldcom": "MCI"
            nicknamed[cluster.index] = canonical_label(Cluster(index=cluster.index, type=entity_type, mentions=present))
        clusters.append(cluster)
        named.extend((mention, cluster.index) for mention in members)
    named.sort(key=lambda pair: pair[0].start)
    linker = Linker(
        text=text,
        clusters=clusters,
        names=named,
        descriptions=descriptions,
        sentence_starts=[start for start, _ in extraction.sentences],
        unresolved=[names[i] for i in grouping.ambiguous],
        clauses=extraction.propositions,
        speech=extraction.speech,
        title=extraction.document.title,
    )
    linker.link_descriptions()
    for description, cluster in lead_links(linker, extraction.document.title):
        linker.link(description, cluster)
    for description, cluster in modified_links(linker):  # "the Russian oil firm"
        linker.link(description, cluster)
    for description, cluster in kind_links(linker):  # "the airline": the last airline named, no rival since
        linker.link(description, cluster)
    for description, cluster in lower_name_links(linker):  # "the Commons work and pensions committee" (.lowernames)
        linker.link(description, cluster)
    for description, cluster in lead_party_links(linker, extraction.document.title):  # "Lib Dems ... The party says"
        linker.link(description, cluster)
    for description, cluster in one_party_links(linker):  # "Labour says ... The party says": the one party named
        linker.link(description, cluster)
    for description, cluster in paragraph_party_links(linker):  # "The Liberal Democrats want ... The party says"
        linker.link(description, cluster)
    for description, cluster in government_links(linker, extraction.roles):  # "the government": the one state
        linker.link(description, cluster)
    for description, cluster in introduced_links(linker):  # "A group of MPs ... The group says" (kg.resolve.introduced)
        linker.link(description, cluster)
    for description in left_open(linker):  # "... the group announced ... The company reported": whichever the group is
        linker.link(description, None)
    linker.holders = role_holders(extraction, linker)
    return clusters, linker, nicknamed


def role_holders(extraction: Extraction, linker: Linker) -> list[Holder]:
    """The people the article names with a role ("Chancellor Gordon Brown", "Tessa Jowell,
    the culture secretary") or a membership with none ("Labour's Paul Flynn": role key
    empty), for the descriptions that refer back to them by the role ("the Labour MP")."""
    holders = []
    for reading in extraction.roles:
        if reading.kind in ("description", "composition") or not (reading.role or (
                reading.membership and reading.organisation and reading.factuality.is_fact and reading.status == "current")):
            continue  # "X is expected to join Arsenal" makes no Arsenal player yet
        person = reading.person
        probe = Proposition(subject=person, relation="", key="", object=None, sentence=reading.sentence,
                            kind="statement", confidence=1.0)
        cluster = linker.resolve(person, probe, ())
        if cluster is None or linker.clusters[cluster].type is not EntityType.PERSON:
            continue
        owner = words(reading.organisation.text) if reading.organisation else []
        holders.append(Holder(person.start, cluster, reading.role_key, frozenset(words(reading.role) + owner),
                              frozenset(owner), reading.status))
    return holders


def _relation(proposition: Proposition, subject: str, obj: str, penalty: float, extraction: Extraction, *,
              attributed: str | None, event: str | None) -> Relation:
    """The plain edge a resolved proposition gives, dated and with its evidence."""
    document = extraction.document
    start, end = proposition.sentence
    period = _relation_period(proposition, extraction, document.text, document.date)
    return Relation(
        subject=subject,
        key=proposition.key,
        object=obj,
        text=proposition.relation,
        evidence=Evidence(document.id, document.text[start:end].strip(), start, end),
        confidence=round(proposition.confidence * penalty, 4),
        date=period[0] if period else None,
        date_end=period[1] if period and period[1] != period[0] else None,
        attributed_to=attributed,
        factuality=proposition.factuality,
        event=event,
    )


def _relation_period(
    proposition: Proposition, extraction: Extraction, text: str, anchor: str | None
) -> tuple[str, str] | None:
    """The day or period (first and last day) the proposition is dated to
    (``kg.resolve.events.clause_period``: a time argument, a fronted time adjunct
    that scopes over the clause and its coordinated verbs, or its sentence's only
    time); verbless relations state how things are and have none."""
    if proposition.kind in _STATE_KINDS:
        return None
    spans = [(proposition.subject.start, proposition.subject.end, "subject")]
    if proposition.object is not None:
        spans.append((proposition.object.start, proposition.object.end, "object"))
    spans += [(extra.start, extra.end, "time") for extra in proposition.extras]
    return clause_period(spans, proposition.sentence, extraction)
