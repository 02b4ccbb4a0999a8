"""A passive participle of making a work, set off by a comma after a person's clause, tells
of the noun before its comma or of no one, never of the person (kg.extract.authoredparticiples),
on sentences of BBC news (articles 200 and on, paraphrased)."""

from __future__ import annotations

import pytest
from extract_helpers import event_roles, sentence_events


def _events(nlp, sentence: str, lemma: str) -> list[dict[str, list[str]]]:
    return [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]


@pytest.mark.parametrize(("sentence", "lemma", "person"), [
    # politics/405: the interviews were conducted, not the two leaders
    ("Mr Blair and Liberal Democrat leader Charles Kennedy also gave their views during interviews, conducted as part "
     'of the magazine\'s "High Heeled Vote" campaign.', "conduct", "Blair"),
    # entertainment/201: the award was presented, not the writers
    ("Gervais and The Office co-writer Stephen Merchant received a special award for writing, presented by Noel Gallagher and "
     "Tom Stoppard.", "present", "Merchant"),
    # entertainment/214: the sitcom was penned, not the actress
    ("Jessica Stevenson will star in new BBC One sitcom, The World According to Bex, penned by My Family creator "
     "Fred Barron.", "pen", "Stevenson"),
    # tech/134 (shortened): the game was released, not Bill Gates
    ("Bill Gates cited the success of the Microsoft Xbox video game Halo 2, released in November, which pushed sales "
     "past PlayStation.", "release", "Gates"),
])
def test_the_person_is_not_what_was_made(nlp, sentence, lemma, person):
    for roles in _events(nlp, sentence, lemma):
        assert not any(person in value for value in roles.get("patient", [])), roles


def test_the_noun_before_the_comma_is_what_was_made(nlp):
    # paraphrased from politics/405: the verb's own prepositional object
    roles = _events(nlp, "Mr Blair gave his views during interviews, conducted by the magazine's editor.", "conduct")
    assert roles and roles[0].get("patient") == ["interviews"]


@pytest.mark.parametrize(("sentence", "lemma", "patient"), [
    # a thing's clause keeps its subject
    ("The film opened in March, directed by Frank Oz.", "direct", ["The film"]),
    # a person may be coached: not a verb of making
    ("Henman reached the final, coached by Peter Lundgren.", "coach", ["Henman"]),
])
def test_other_participles_read_as_before(nlp, sentence, lemma, patient):
    roles = _events(nlp, sentence, lemma)
    assert roles and roles[0].get("patient") == patient
