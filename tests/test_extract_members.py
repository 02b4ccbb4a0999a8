"""Members a list names of an event's plural argument (kg.extract.members): each named
member takes the group's role too; nothing outside the list, nothing that is no name."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert events, sentence
    return event_roles(events[0])


# (sentence, trigger lemma, role, the role's arguments in text order)
TABLE = [
    ("Carmakers such as Ford and General Motors cut prices.", "cut", "agent", ["Carmakers", "Ford", "General Motors"]),
    ("Banks including Barclays and HSBC raised their rates.", "raise", "agent", ["Banks", "Barclays", "HSBC"]),
    ("Investors like Warren Buffett bought the shares.", "buy", "agent", ["Investors", "Warren Buffett"]),
    ("Three banks, Barclays, HSBC and Lloyds, raised their rates.", "raise", "agent",
     ["Three banks", "Barclays", "HSBC", "Lloyds"]),
    ("The regulator fined supermarkets such as Tesco and Asda last year.", "fine", "theme",
     ["supermarkets", "Tesco", "Asda"]),
    # No names in the list: the group alone.
    ("Currencies including the yen and the euro rose against the dollar.", "rise", "theme", ["Currencies"]),
    # A name outside the list is no member of it.
    ("Banks including Barclays raised their rates, HSBC said.", "raise", "agent", ["Banks", "Barclays"]),
    # The list belongs to a noun of another phrase, not to the argument: nothing added.
    ("Investors bought shares in carmakers such as Ford and General Motors.", "buy", "theme", ["shares"]),
    # "Germany's TUI": the member is TUI, never the country that owns it.
    ("Tour operators such as Germany's TUI cut their prices.", "cut", "agent", ["Tour operators", "TUI"]),
]


@pytest.mark.parametrize(("sentence", "lemma", "role", "expected"), TABLE)
def test_members_of_a_listed_group_share_its_role(nlp, sentence, lemma, role, expected):
    assert _roles(nlp, sentence, lemma).get(role) == expected


def test_members_act_for_a_group_no_entity_stands_for(nlp):
    """The graph keeps the event: the named members act, the group stays a description."""
    from kg.extract import extract
    from kg.nlp import parse
    from kg.resolve import resolve

    text = "Carmakers such as Ford and General Motors cut prices in March."
    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    (event,) = [event for event in resolve(extract(document, doc)).events if event.lemma == "cut"]
    agents = [(p.text, p.entity is not None) for p in event.participants if p.role == "agent"]
    assert agents == [("Carmakers", False), ("Ford", True), ("General Motors", True)]


def test_members_an_apposition_set_off_by_punctuation_lists(nlp):
    """ "Shares in engineering group Jarvis": a name that runs on is no listed member."""
    roles = _roles(nlp, "Shares in engineering group Jarvis have soared more than 16%.", "soar")
    assert "Jarvis" not in roles.get("theme", []), roles
    roles = _roles(nlp, "The scandal prompted two agencies - Moody's and Fitch Ratings - to act.", "prompt")
    assert roles.get("theme") == ["two agencies", "Moody's", "Fitch Ratings"], roles
