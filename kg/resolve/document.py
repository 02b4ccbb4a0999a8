"""From one document's mentions and propositions to its entities and relations.

``resolve(extraction)`` clusters named mentions (``names``), links descriptions
and pronouns (``coref``), votes each entity's type and label, resolves dates
(``dates``), keeps the propositions whose subject and object both resolve and
links groups named by a demonym to their country (``groups``).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.edges import graph_edges
from kg.ids import short_hash, slugify
from kg.lexicon import CAPITALS, COUNTRIES, PRONOUNS, REGIONS, THIRD_PERSON_PRONOUNS
from kg.records import DocumentGraph, Entity, Evidence, Extraction, Mention, PlaceLink, Proposition, Relation
from kg.resolve.coref import Cluster, Linker
from kg.resolve.dates import resolve_period
from kg.resolve.groups import demonym_links
from kg.resolve.names import cluster_names, country_form, normalise
from kg.resolve.nicknames import read_nickname
from kg.resolve.places import country_codes, link_place
from kg.resolve.types import vote_type
from kg.types import EntityType

# Unsure links cost confidence: a pronoun is weaker evidence than a name.
_PRONOUN_PENALTY = 0.8


def resolve(extraction: Extraction) -> DocumentGraph:
    """Resolve one document's extraction into entities and relations."""
    document = extraction.document
    names = [mention for mention in extraction.mentions if mention.kind == "name"]
    descriptions = [mention for mention in extraction.mentions if mention.kind == "description"]
    clusters: list[Cluster] = []
    named: list[tuple[Mention, int]] = []
    grouping = cluster_names(names, text=document.text, context=extraction.context)
    forms = {normalise(mention.text) for mention in names}
    nicknamed: dict[int, str] = {}
    for member_indexes in grouping.clusters:
        members = [names[i] for i in member_indexes]
        entity_type = vote_type(members)
        reading = next(filter(None, (read_nickname(m.text, extraction.context, forms) for m in members)), None)
        if reading is not None:
            # "Spurs" is Tottenham Hotspur: the table's name and type, the nickname an alias.
            entity_type, nicknamed[len(clusters)] = reading.type, reading.name
        cluster = Cluster(index=len(clusters), type=entity_type, mentions=members)
        clusters.append(cluster)
        named.extend((mention, cluster.index) for mention in members)
    named.sort(key=lambda pair: pair[0].start)

    linker = Linker(
        text=document.text,
        clusters=clusters,
        names=named,
        descriptions=descriptions,
        sentence_starts=[start for start, _ in extraction.sentences],
        unresolved=[names[i] for i in grouping.ambiguous],
    )
    linker.link_descriptions()

    earlier: list[tuple[Proposition, int]] = []
    resolved: list[tuple[Proposition, int, int, float]] = []
    for proposition in extraction.propositions:
        subject = linker.resolve(proposition.subject, proposition, earlier)
        if subject is not None:
            earlier.append((proposition, subject))
        if proposition.negated:
            continue  # denied: never asserted as a fact
        for edge in graph_edges(proposition, document.text):
            source = linker.resolve(edge.subject, edge, earlier)
            target = linker.resolve(edge.object, edge, earlier) if edge.object is not None else None
            if source is None or target is None or source == target:
                continue
            penalty = 1.0
            for argument in (edge.subject, edge.object):
                if document.text[argument.head_start : argument.head_end].lower() in _PRONOUNS:
                    penalty *= _PRONOUN_PENALTY
            resolved.append((edge, source, target, penalty))

    used = {subject for _, subject, _, _ in resolved} | {obj for _, _, obj, _ in resolved}
    labels = {cluster.index: nicknamed.get(cluster.index) or canonical_label(cluster) for cluster in clusters}
    keys = _entity_keys(clusters, labels, document.id)
    named = [cluster for cluster in clusters if not cluster.local]
    context = country_codes((labels[cluster.index], cluster.type) for cluster in named)
    entities = tuple(
        sorted(
            (
                _entity(
                    cluster,
                    labels[cluster.index],
                    keys[cluster.index],
                    document.id,
                    place=None if cluster.local else link_place(labels[cluster.index], cluster.type, context),
                )
                for cluster in clusters
                if not cluster.local or cluster.index in used
            ),
            key=lambda entity: entity.key,
        )
    )
    attributions = {}
    relations = []
    for proposition, subject, obj, penalty in resolved:
        attributed = None
        if proposition.attributed_to is not None:
            cluster = attributions.setdefault(
                proposition.attributed_to.span, linker.resolve(proposition.attributed_to, proposition, earlier)
            )
            if cluster is not None and (not clusters[cluster].local or cluster in used):
                attributed = keys[cluster]
        start, end = proposition.sentence
        period = _relation_period(proposition, extraction, document.text, document.date)
        relations.append(
            Relation(
                subject=keys[subject],
                key=proposition.key,
                object=keys[obj],
                text=proposition.relation,
                evidence=Evidence(document.id, document.text[start:end].strip(), start, end),
                confidence=round(proposition.confidence * penalty, 4),
                date=period[0] if period else None,
                date_end=period[1] if period and period[1] != period[0] else None,
                negated=proposition.negated,
                modality=proposition.modality,
                attributed_to=attributed,
            )
        )
    relations.extend(
        demonym_links(
            clusters, keys, entities, document_id=document.id, text=document.text, sentences=extraction.sentences
        )
    )
    relations.sort(key=lambda relation: (relation.evidence.start, relation.subject, relation.key, relation.object))
    return DocumentGraph(document=document, entities=entities, relations=tuple(relations), rejected=extraction.rejected)


# Pronouns that may head an argument ("he", "their"; not "hers", which stands alone).
_PRONOUNS = frozenset(word for word in THIRD_PERSON_PRONOUNS if PRONOUNS[word].cases != {"independent"})
# Verbless relations state how things are, not events: the sentence's date is not theirs.
_STATE_KINDS = frozenset({"apposition", "title", "led", "possessive", "of", "located", "role", "origin", "seat"})
_FRONTED_GAP = re.compile(r"[\s,]*")


def canonical_label(cluster: Cluster) -> str:
    """The fullest name: most words, then most frequent, then alphabetical;
    acronyms only when nothing longer exists. A country goes by the name the alias
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

    def plural(form: str) -> bool:
        lowered = normalise(form)
        return any(lowered == base + ending for base in folded for ending in ("s", "es"))

    def rank(form: str) -> tuple:
        return (form.isupper(), plural(form), -len(form.split()), -forms[form], -len(form), form)

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
    type appended when the name is a well-known place's but the entity is not that
    place ("Georgia" the US state beside the country, "Washington" the man).

    >>> entity_key("Kassym-Jomart Tokayev", EntityType.PERSON)
    'kassym-jomart-tokayev'
    >>> entity_key("Georgia", EntityType.COUNTRY), entity_key("Georgia", EntityType.PLACE)
    ('georgia', 'georgia-place')
    >>> entity_key("Washington", EntityType.CITY), entity_key("Washington", EntityType.PERSON)
    ('washington', 'washington-person')
    >>> entity_key("Washington", EntityType.PLACE), entity_key("Texas", EntityType.PLACE)
    ('washington-place', 'texas')
    """
    slug = slugify(label)
    form = normalise(label)
    if form in COUNTRIES:
        usual = {EntityType.COUNTRY}
    elif form in REGIONS and form in CAPITALS:
        usual = {EntityType.CITY}
    elif form in REGIONS:
        usual = {EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY}
    else:
        return slug
    return slug if entity_type in usual else f"{slug}-{slugify(entity_type.value)}"


def _entity(cluster: Cluster, label: str, key: str, document_id: str, *, place: PlaceLink | None = None) -> Entity:
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
    )


def _relation_period(
    proposition: Proposition, extraction: Extraction, text: str, anchor: str | None
) -> tuple[str, str] | None:
    """The day or period (first and last day) a time argument of the proposition
    names; else a fronted time adjunct right before its subject ("On Tuesday Mr
    Tokayev declared ..."), which scopes over the clause and its coordinated verbs;
    else the one its span or its sentence names."""
    if proposition.kind in _STATE_KINDS:
        return None
    for argument in proposition.extras:
        for start, end in extraction.times:
            if argument.start <= start and end <= argument.end:
                return resolve_period(text[start:end], anchor)
    for start, end in extraction.times:
        if end <= proposition.subject.start and _FRONTED_GAP.fullmatch(text[end : proposition.subject.start]):
            return resolve_period(text[start:end], anchor)
    low = min([proposition.subject.start] + [a.start for a in (proposition.object, *proposition.extras) if a])
    high = max([proposition.subject.end] + [a.end for a in (proposition.object, *proposition.extras) if a])
    inside = [(s, e) for s, e in extraction.times if low <= s and e <= high]
    sentence_start, sentence_end = proposition.sentence
    in_sentence = [(s, e) for s, e in extraction.times if sentence_start <= s and e <= sentence_end]
    candidates = inside or (in_sentence if len(in_sentence) == 1 else [])
    periods = {resolve_period(text[s:e], anchor) for s, e in candidates} - {None}
    return periods.pop() if len(periods) == 1 else None
