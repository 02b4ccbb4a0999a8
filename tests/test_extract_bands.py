"""A name the article shows to be a band is a band in all its mentions (kg.extract.bands):
a plural verb's lone subject, a member's noun after it, the kind of act before it, a
list the text calls bands. Sentences from BBC entertainment articles (index 200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str, sport: frozenset[str] = frozenset()) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A plural verb, past or present, after a lone subject NER read as a person.
        ("In last year's survey, Keane were followed by Franz Ferdinand, Razorlight and Joss Stone in the top five.",
         "Keane"),
        ("Boy band McFly were sixth while Scissor Sisters, who had the UK's best-selling album of 2004, were seventh.",
         "Scissor Sisters"),
        # A member's noun after the name or its possessive.
        ("Keane frontman Tom Chaplin thanked fans for enduring rubbish gigs.", "Keane"),
        ("Scissor Sisters frontwoman Ana Matronic collected the best international album prize.", "Scissor Sisters"),
        ('"British music needs a kick," declared Kasabian\'s singer Tom Meighan.', "Kasabian"),
        # entertainment/241: the kind of act before the name, its "band" read as a proper noun.
        ("Winner in the Africa category was Malian desert blues band Tinariwen, formed from the nomadic people of "
         "the southern Sahara.", "Tinariwen"),
    ],
)
def test_a_band_read_as_a_person_is_an_organisation(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION]


def test_one_sign_types_every_mention(nlp):
    """NER repeats its reading; the frontman's noun in one sentence types the other mention too."""
    text = "Keane won best British album and breakthrough act. Keane frontman Tom Chaplin thanked fans."
    assert _types(nlp, text, "Keane") == [T.ORGANIZATION, T.ORGANIZATION]


def test_a_plural_name_after_the(nlp):
    """No one person's name is plural: "the Beatles" NER read as a person is a band."""
    text = ("Robbie Williams inspired their art in the way that the Byrds, the Beatles and Nick Drake "
            "have done for music today.")
    assert _types(nlp, text, "Beatles") == [T.ORGANIZATION]


def test_a_list_the_text_calls_bands(nlp):
    text = "Other bands at the sold-out festival include Queens of the Stone Age, The Killers, Keane and Foo Fighters."
    assert _types(nlp, text, "Keane") == [T.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A list of people before a plural verb, read by the parser as appositions.
        ("Contestants Paul Burrell, Joe Pasquale, Janet Street-Porter and Fran Cosgrave were told by hosts Ant and Dec.",
         "Paul Burrell"),
        # A given name: the plural verb must follow the name, not a clause's noun after it.
        ("Music mogul Tony Wilson, who headed the record company Joy Division were signed to, will be co-executive producer.",
         "Tony Wilson"),
        # A duo's members after the kind of act.
        ("Little Britain comedy duo Matt Lucas and David Walliams presented the best song prize.", "Matt Lucas"),
    ],
)
def test_people_stay_people(nlp, text, name):
    assert _types(nlp, text, name) == [T.PERSON]


def test_a_sports_report_is_left_to_the_team_rules(nlp):
    text = "Keane frontman Tom Chaplin thanked fans."
    assert T.ORGANIZATION not in _types(nlp, text, "Keane", frozenset({"sport", "football"}))


def test_a_genre_is_no_name(nlp):
    """Genres are generic terms (generic_terms.txt): "Britpop" names no one thing."""
    text = "Leeds group Kaiser Chiefs came fifth with a promise to lead a Britpop revival."
    assert _types(nlp, text, "Britpop") == []
