"""A post a past copula gives in a clause of time ("when he was Home Secretary") is over
(``kg.extract.verbstatus``); and the article's subject, given no post now, is then the one
"The Tory leader" stands for (``kg.resolve.mainoffice``). Shortened from bbc/politics/300."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from tests.extract_helpers import resolved_part


def _statuses(nlp, text: str) -> dict[str, str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {r.role: r.status for r in extract(document, doc).roles if r.kind != "description"}


def test_a_post_held_when_he_was_is_former(nlp):
    text = "Mr Howard had always been in favour of ID cards, and tried to introduce them when he was Home Secretary."
    assert _statuses(nlp, text) == {"Home Secretary": "former"}


def test_a_post_of_a_plain_past_copula_stays_as_read(nlp):
    # No clause of time: the status is not this rule's to change.
    assert _statuses(nlp, "Mr Howard was Home Secretary in the Conservative government.") == {"Home Secretary": "current"}


def test_a_post_in_a_present_clause_of_time_is_current(nlp):
    text = "Mr Smith will meet the unions when he is chairman of the company."
    assert all(status == "current" for status in _statuses(nlp, text).values())


def test_the_office_of_the_article_subject_once_the_past_post_is_over(nlp):
    part = resolved_part(nlp, "Michael Howard has denied his shadow cabinet was split over ID cards. The Tory leader said "
                         'his front bench team had reached a "collective view". Mr Howard had always been in favour of ID '
                         "cards, and tried to introduce them when he was Home Secretary.",
                         title="Howard denies split over ID cards")
    labels = {entity.key: entity.label for entity in part.entities}
    speakers = {quote.content[:20]: labels.get(quote.speaker) if quote.speaker else None for quote in part.quotes}
    assert speakers["his front bench team"] == "Michael Howard"
