"""A graph built by hand that holds every kind of record the graph stores: entities
linked to GeoNames, plain edges derived from events, events of every factuality
with entity, described and quantity arguments, positions held, a quote with
its addressee and the event a headline restates.

Two short articles written for the tests (no corpus text): one about troops sent
to Kazakhstan, dated 2022-01-13, and one about a bridge opened in Lagos, dated
2023-05-30. The second calls the Kazakh president only "Tokayev", so the linker
must file its records under the first article's node key.
"""

from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.records import (
    Document,
    DocumentGraph,
    Entity,
    Event,
    Evidence,
    Participant,
    PlaceLink,
    Position,
    Quantity,
    Quote,
    Relation,
)
from kg.resolve.across import ArticleLinker
from kg.types import EntityType, Factuality

KAZAKHSTAN_TEXT = (
    "President Kassym-Jomart Tokayev requested assistance from the CSTO on 5 January. "
    "The CSTO sent more than 2,000 troops to Kazakhstan on 6 January. "
    "Police detained nearly 10,000 people in Almaty on 10 January. "
    "The Defence Ministry said the troops were preparing to pull out of Kazakhstan. "
    "Russia denied plans to keep its troops in Kazakhstan. "
    "\"We asked for help and help came,\" Mr Tokayev told the CSTO."
)
LAGOS_TEXT = (
    "Nigerian President Ada Obi opened a new bridge in Lagos on Tuesday. "
    "The former governor Musa Bello attended. "
    "Tokayev sent a message to the ceremony."
)

KAZAKHSTAN = PlaceLink(1522867, "KZ", 48.0, 68.0, "country", "AS")
ALMATY = PlaceLink(1526384, "KZ", 43.25667, 76.92861, "city", "AS")
RUSSIA = PlaceLink(2017370, "RU", 60.0, 100.0, "country", "EU")
NIGERIA = PlaceLink(2328926, "NG", 10.0, 8.0, "country", "AF")
LAGOS = PlaceLink(2332459, "NG", 6.45407, 3.39467, "city", "AF")


def _sentence(text: str, part: str) -> Evidence:
    """The evidence of the sentence of ``text`` that holds ``part``."""
    at = text.index(part)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return Evidence("", text[start:end], start, end)


class _Article:
    """Records of one article, with offsets looked up in its text."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def evidence(self, part: str) -> Evidence:
        evidence = _sentence(self.document.text, part)
        return Evidence(self.document.id, evidence.sentence, evidence.start, evidence.end)

    def span(self, part: str) -> tuple[int, int]:
        start = self.document.text.index(part)
        return start, start + len(part)

    def event(self, trigger: str, lemma: str, event_class: str, participants: tuple[Participant, ...], **fields) -> Event:
        start, end = self.span(trigger)
        return Event(
            document=self.document.id, trigger=trigger, lemma=lemma, event_class=event_class,
            participants=participants, factuality=fields.pop("factuality", Factuality.ASSERTED),
            evidence=self.evidence(trigger), trigger_start=start, trigger_end=end,
            confidence=fields.pop("confidence", 0.8), **fields,
        )

    def argument(self, role: str, text: str, *, entity: str | None = None, head: str | None = None,
                 quantity: Quantity | None = None) -> Participant:
        start, end = self.span(text)
        return Participant(role, text, entity=entity, head=head, quantity=quantity, start=start, end=end)


def kazakhstan_part() -> DocumentGraph:
    a = _Article(Document("kz", KAZAKHSTAN_TEXT, title="Troops to leave Kazakhstan", date="2022-01-13",
                          source="news/kz.txt"))
    entities = (
        Entity("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityType.PERSON,
               ("Mr Tokayev", "President Kassym-Jomart Tokayev", "Tokayev"), 2, ("kz",)),
        Entity("csto", "CSTO", EntityType.ORGANIZATION, (), 2, ("kz",)),
        Entity("kazakhstan", "Kazakhstan", EntityType.COUNTRY, (), 3, ("kz",), place=KAZAKHSTAN),
        Entity("almaty", "Almaty", EntityType.CITY, (), 1, ("kz",), place=ALMATY),
        Entity("russia", "Russia", EntityType.COUNTRY, (), 1, ("kz",), place=RUSSIA),
        Entity("defence-ministry", "Defence Ministry", EntityType.ORGANIZATION, (), 1, ("kz",)),
    )
    request = a.event("requested", "request", "request", (
        a.argument("agent", "Kassym-Jomart Tokayev", entity="kassym-jomart-tokayev"),
        a.argument("theme", "assistance", head="assistance"),
        a.argument("source", "the CSTO", entity="csto"),
    ), date="2022-01-05")
    deployment = a.event("sent", "send", "movement", (
        a.argument("agent", "The CSTO", entity="csto"),
        a.argument("theme", "more than 2,000 troops", quantity=Quantity("more than 2,000 troops", "2000", "troop",
                                                                       "more than")),
        a.argument("destination", "Kazakhstan", entity="kazakhstan"),
    ), date="2022-01-06", confidence=0.9)
    detention = a.event("detained", "detain", "conflict", (
        a.argument("agent", "Police", head="police"),
        a.argument("patient", "nearly 10,000 people", quantity=Quantity("nearly 10,000 people", "10000", "person",
                                                                       "nearly")),
        a.argument("place", "Almaty", entity="almaty"),
    ), date="2022-01-10")
    withdrawal = a.event("pull out", "pull out", "movement", (
        a.argument("theme", "the troops", head="troops"),
        a.argument("source", "Kazakhstan", entity="kazakhstan"),
    ), factuality=Factuality.PLANNED, cue="preparing", source="defence-ministry", date="2022-01-13", confidence=0.7)
    denial = a.event("keep", "keep", "movement", (
        a.argument("agent", "Russia", entity="russia"),
        a.argument("theme", "its troops", head="troops"),
        a.argument("place", "Kazakhstan", entity="kazakhstan"),
    ), factuality=Factuality.DENIED, cue="denied", source="russia", confidence=0.6)
    relations = (
        Relation("kassym-jomart-tokayev", "request from", "csto", "requested assistance from",
                 a.evidence("requested"), 0.85, date="2022-01-05", event=request.id),
        Relation("csto", "send to", "kazakhstan", "sent troops to", a.evidence("sent"), 0.9, date="2022-01-06",
                 event=deployment.id),
        # Planned, not done: the graph keeps it only as its event.
        Relation("csto", "pull out of", "kazakhstan", "preparing to pull out of", a.evidence("pull out"), 0.7,
                 factuality=Factuality.PLANNED, attributed_to="defence-ministry", event=withdrawal.id),
    )
    president = Position("kassym-jomart-tokayev", "President", "president", "kazakhstan",
                         a.evidence("President Kassym"), 0.9)
    start, end = a.span("We asked for help and help came,")
    quote = Quote("kassym-jomart-tokayev", "Mr Tokayev", "tell", "We asked for help and help came,", True,
                  a.evidence("We asked"), start, end, date="2022-01-13", addressee="csto", addressee_text="the CSTO")
    return DocumentGraph(a.document, entities, relations, events=(request, deployment, detention, withdrawal, denial),
                         positions=(president,), quotes=(quote,), headline_event=withdrawal.id)


def lagos_part() -> DocumentGraph:
    a = _Article(Document("ng", LAGOS_TEXT, title="Bridge opens in Lagos", date="2023-05-30", source="news/ng.txt"))
    entities = (
        Entity("ada-obi", "Ada Obi", EntityType.PERSON, ("President Ada Obi",), 1, ("ng",)),
        Entity("nigeria", "Nigeria", EntityType.COUNTRY, ("Nigerian",), 1, ("ng",), place=NIGERIA),
        Entity("lagos", "Lagos", EntityType.CITY, (), 1, ("ng",), place=LAGOS),
        Entity("musa-bello", "Musa Bello", EntityType.PERSON, (), 1, ("ng",)),
        # Only the surname here: the linker files it under the full name's key.
        Entity("tokayev", "Tokayev", EntityType.PERSON, (), 1, ("ng",)),
    )
    opening = a.event("opened", "open", "creation", (
        a.argument("agent", "Ada Obi", entity="ada-obi"),
        a.argument("theme", "a new bridge", head="bridge"),
        a.argument("place", "Lagos", entity="lagos"),
    ), date="2023-05-30")
    message = a.event("sent", "send", "statement", (
        a.argument("agent", "Tokayev", entity="tokayev"),
        a.argument("theme", "a message", head="message"),
    ), date="2023-05-30", confidence=0.6)
    positions = (
        Position("ada-obi", "President", "president", "nigeria", a.evidence("Nigerian President"), 0.9),
        Position("musa-bello", "governor", "governor", None, a.evidence("former governor"), 0.7, status="former",
                 end="2023"),
    )
    relation = Relation("ada-obi", "open in", "lagos", "opened a new bridge in", a.evidence("opened"), 0.8,
                        date="2023-05-30", event=opening.id)
    return DocumentGraph(a.document, entities, (relation,), events=(opening, message), positions=positions)


def news_graph(*, base_iri: str = "https://example.org/news/") -> KnowledgeGraph:
    """Both articles, filed by the cross-article linker."""
    return KnowledgeGraph(base_iri=base_iri, linker=ArticleLinker()).add_all([kazakhstan_part(), lagos_part()])
