"""kg.extract.objectphrases: where a named person is from stays on the person."""

import pytest

from tests.extract_helpers import event_roles


def _roles(nlp, text: str, lemma: str) -> dict[str, list[str]]:
    from kg.extract import extract
    from kg.records import Document

    events = [event for event in extract(Document(id="t", text=text), nlp(text)).events if event.lemma == lemma]
    assert events, text
    return event_roles(events[0])


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport: "from Switzerland" says who the opponent is, not where the match comes from.
    ("Myskina will face eighth-seed Patty Schnyder from Switzerland, who defeated China's Li Na.", "face"),
])
def test_a_persons_country_is_no_source_of_the_event(nlp, sentence, lemma):
    assert "source" not in _roles(nlp, sentence, lemma)


def test_a_club_after_from_stays_the_verbs(nlp):
    # A thing, not a person, keeps the verb's "from": the shares came from Vodafone.
    roles = _roles(nlp, "The fund bought the shares from Vodafone last year.", "buy")
    assert roles.get("source") == ["Vodafone"]
