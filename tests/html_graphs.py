"""Hand-built knowledge graphs for the HTML viewer tests (no NLP involved).

``founding_graph`` mirrors what the founding article (seeds/000_…) says, with
real sentences from it; ``xss_graph`` puts hostile markup in every text field
a page shows.
"""

from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType, Factuality

FOUNDING_TEXT = (
    "Troops of a Russia-led security alliance are preparing to pull out of Kazakhstan, "
    "the Russian Defence Ministry said.\n\n"
    "Protesters stormed government buildings and set them ablaze, and dozens of people were "
    "killed in clashes with the country's security forces.\n\n"
    "President Kassym-Jomart Tokayev has blamed the unrest on foreign-backed \u201cterrorists\u201d and "
    "requested assistance from the Collective Security Treaty Organisation, a Russia-led military "
    "alliance of six ex-Soviet states.\n\n"
    "The bloc sent more than 2,000 troops to Kazakhstan last week.\n\n"
    "In Almaty, Kazakhstan's largest city that has been hit the hardest by the unrest, the airport "
    "resumed operation on Thursday morning, a week after it was stormed and briefly seized by the protesters.\n"
)

FOUNDING_TITLE = "Russia-led alliance\u2019s troops prepare to pull out of Kazakhstan"


def _sentence(text: str, start_words: str) -> tuple[str, int, int]:
    # Sentences in FOUNDING_TEXT end with a full stop before a line break.
    start = text.index(start_words)
    end = text.index(".\n", start) + 1
    return text[start:end], start, end


def _relation(document: Document, subject: str, key: str, obj: str, text: str, sentence_start: str, **extra) -> Relation:
    sentence, start, end = _sentence(document.text, sentence_start)
    return Relation(
        subject=subject,
        key=key,
        object=obj,
        text=text,
        evidence=Evidence(document=document.id, sentence=sentence, start=start, end=end),
        confidence=extra.pop("confidence", 0.8),
        date=document.date,
        **extra,
    )


def founding_graph() -> KnowledgeGraph:
    """The founding article's graph, as the pipeline is meant to build it."""
    document = Document(
        id="000-9125d0e8664cda5e",
        text=FOUNDING_TEXT,
        title=FOUNDING_TITLE,
        date="2022-01-13",
        source="seeds/000_9125d0e8664cda5e.txt",
    )
    doc_ids = (document.id,)
    entities = (
        Entity("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityType.PERSON,
               ("Mr Tokayev", "President Kassym-Jomart Tokayev", "Tokayev"), 3, doc_ids),
        Entity("collective-security-treaty-organisation", "Collective Security Treaty Organisation",
               EntityType.ORGANIZATION, ("CSTO", "the bloc"), 4, doc_ids),
        Entity("russian-defence-ministry", "Russian Defence Ministry", EntityType.ORGANIZATION,
               ("Russia's Defence Ministry",), 2, doc_ids),
        Entity("kazakhstan", "Kazakhstan", EntityType.COUNTRY, (), 6, doc_ids),
        Entity("russia", "Russia", EntityType.COUNTRY, (), 2, doc_ids),
        Entity("almaty", "Almaty", EntityType.CITY, (), 3, doc_ids),
        Entity("protesters", "protesters", EntityType.GROUP, ("Protesters",), 2, doc_ids),
        Entity("government-buildings", "government buildings", EntityType.FACILITY, (), 1, doc_ids),
        Entity("almaty-airport", "the airport", EntityType.FACILITY, (), 2, doc_ids),
        Entity("unrest", "the unrest", EntityType.EVENT, (), 2, doc_ids),
    )
    csto = "collective-security-treaty-organisation"
    relations = (
        _relation(document, "kassym-jomart-tokayev", "request from", csto,
                  "requested assistance from", "President Kassym-Jomart", confidence=0.9),
        _relation(document, "kassym-jomart-tokayev", "blame", "unrest", "has blamed", "President Kassym-Jomart"),
        _relation(document, csto, "send to", "kazakhstan", "sent more than 2,000 troops to", "The bloc sent"),
        _relation(document, csto, "pull out of", "kazakhstan", "are preparing to pull out of", "Troops of a",
                  factuality=Factuality.REPORTED, attributed_to="russian-defence-ministry"),
        _relation(document, "protesters", "storm", "government-buildings", "stormed", "Protesters stormed"),
        _relation(document, "protesters", "storm", "almaty-airport", "stormed", "In Almaty"),
        _relation(document, "almaty-airport", "locate in", "almaty", "In", "In Almaty", confidence=0.5),
        _relation(document, "almaty", "locate in", "kazakhstan", "Kazakhstan's largest city", "In Almaty",
                  confidence=0.6),
        _relation(document, csto, "lead by", "russia", "Russia-led", "President Kassym-Jomart", confidence=0.7),
    )
    graph = KnowledgeGraph(linker=ArticleLinker())
    graph.add(DocumentGraph(document, entities, relations))
    return graph


# Payloads that would run script if any of them reached the page as HTML. Each sets
# a window flag besides calling alert, so a test sees it even when dialogs are blocked.
XSS_NAME = '<img src=x onerror="window.__kgPwned=1;alert(1)">'
XSS_ALIAS = '"><svg onload="window.__kgPwned=2">'
XSS_SENTENCE = "He said </script><script>window.__kgPwned=3;alert(3)</script> and 'quoted' \"words\" & more."
XSS_TITLE = '</title><img src=x onerror="window.__kgPwned=4">\u2028</script>'
XSS_TYPE_LIKE = "<b onmouseover=alert(5)>Acme</b>"


def xss_graph() -> KnowledgeGraph:
    """A graph whose names, aliases, sentences and titles are all hostile markup."""
    text = f"{XSS_NAME} met {XSS_TYPE_LIKE}. {XSS_SENTENCE}\n"
    document = Document(id="xss-1", text=text, title=XSS_TITLE, date="2024-01-01", source="evil/<x>.txt")
    doc_ids = (document.id,)
    entities = (
        Entity("evil-person", XSS_NAME, EntityType.PERSON, (XSS_ALIAS, "Mallory 'the \"quoter\"'"), 3, doc_ids),
        Entity("acme", XSS_TYPE_LIKE, EntityType.ORGANIZATION, ("</script>",), 2, doc_ids),
    )
    relation = Relation(
        subject="evil-person",
        key="meet <i>",
        object="acme",
        text="met </script>",
        evidence=Evidence(document=document.id, sentence=XSS_SENTENCE, start=text.index("He said"), end=len(text) - 1),
        confidence=0.7,
    )
    graph = KnowledgeGraph(linker=ArticleLinker())
    graph.add(DocumentGraph(document, entities, (relation,)))
    return graph


# -- events, positions and quotes (issue 14) -----------------------------------------------
# The graph does not hold these yet on every branch: the page's content is made from the
# founding graph's records plus hand-made events, positions and quotes, and a second
# article a week later, so that dates, factuality and event nodes can be tested.

LATER_TEXT = "Kazakhstan's president met the CSTO's secretary general in Almaty on Monday.\n"


def news_content():
    """The founding graph's content with an asserted and a planned event, a position, a
    quote, and a later article whose relation is dated a week after the first."""
    from kg.export.html import PageContent
    from kg.records import Event, Participant, Position, Quantity, Quote
    from kg.types import Factuality

    graph = founding_graph()
    (document,) = graph.documents.values()
    later = Document(id="001-later", text=LATER_TEXT, title="Tokayev meets CSTO chief", date="2022-01-20",
                     source="seeds/001_later.txt")
    csto, kz, tokayev = "collective-security-treaty-organisation", "kazakhstan", "kassym-jomart-tokayev"
    meet = Relation(tokayev, "meet", csto, "met", Evidence(later.id, LATER_TEXT.strip(), 0, len(LATER_TEXT) - 1),
                    0.8, date="2022-01-17")
    later_graph = KnowledgeGraph(linker=ArticleLinker())
    later_graph.add(DocumentGraph(later, (
        Entity(tokayev, "Kassym-Jomart Tokayev", EntityType.PERSON, ("Tokayev",), 1, (later.id,)),
        Entity(csto, "Collective Security Treaty Organisation", EntityType.ORGANIZATION, ("CSTO",), 1, (later.id,)),
    ), (meet,)))
    graph.merge(later_graph)

    def evidence(start_words: str) -> Evidence:
        sentence, start, end = _sentence(document.text, start_words)
        return Evidence(document.id, sentence, start, end)

    sent = evidence("The bloc sent")
    deployment = Event(
        document=document.id, trigger="sent", lemma="send", event_class="movement",
        participants=(
            Participant("agent", "The bloc", entity=csto),
            Participant("theme", "more than 2,000 troops", head="troops",
                        quantity=Quantity("more than 2,000 troops", "2000", "troop", "more than")),
            Participant("destination", "Kazakhstan", entity=kz),
        ),
        factuality=Factuality.ASSERTED, evidence=sent, trigger_start=sent.start + 9, trigger_end=sent.start + 13,
        confidence=0.8, date="2022-01-06", date_end="2022-01-12",
    )
    troops = evidence("Troops of a")
    withdrawal = Event(
        document=document.id, trigger="pull out", lemma="pull out", event_class="movement",
        participants=(Participant("agent", "Troops of a Russia-led security alliance", entity=csto),
                      Participant("source", "Kazakhstan", entity=kz)),
        factuality=Factuality.PLANNED, evidence=troops, trigger_start=troops.start + 54, trigger_end=troops.start + 62,
        confidence=0.7, date="2022-01-13", source="russian-defence-ministry", cue="prepare",
    )
    president = Position(tokayev, "President", "president", kz, evidence("President Kassym-Jomart"), 0.9)
    said = Quote("russian-defence-ministry", "the Russian Defence Ministry", "say",
                 "Troops of a Russia-led security alliance are preparing to pull out of Kazakhstan", False,
                 troops, troops.start, troops.start + 81, date="2022-01-13")
    return PageContent.of(
        entities=graph.entities(), edges=graph.edges(), events=(deployment, withdrawal), positions=(president,),
        quotes=(said,), documents=graph.documents.values(), base_iri=graph.base_iri,
    )
