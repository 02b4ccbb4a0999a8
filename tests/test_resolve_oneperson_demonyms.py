""""The New Zealander", "the South African": a demonym of one person that NER read as a name
makes no node of that people (kg.resolve.demonymnouns.one_person_names; sentences
paraphrased from entertainment/385, on the session pipeline)."""

from __future__ import annotations

from tests.extract_helpers import resolved_part, said_by

_JACKSON = ("Lord of the Rings director Peter Jackson has said it will be four years before he starts work on "
            "The Hobbit. ")
_LAWYERS = "\"I think it's going to be a lot of lawyers sitting in a room,\" said the New Zealander."


def _groups(part) -> set[str]:
    return {entity.label for entity in part.entities if entity.type.value == "Group"}


def test_the_new_zealander_is_no_group_node(nlp):
    part = resolved_part(nlp, _JACKSON + _LAWYERS)
    assert "New Zealander" not in _groups(part)


def test_the_new_zealander_still_speaks_for_the_one_person_near(nlp):
    assert said_by(nlp, _JACKSON + _LAWYERS)["I think"] == "Peter Jackson"


def test_a_people_named_by_a_plural_demonym_stays(nlp):
    text = ("The New Zealanders arrived in Cardiff on Monday. The All Blacks have won every match on the tour. "
            "Coach Graham Henry said the New Zealanders were ready.")
    assert "New Zealanders" in _groups(resolved_part(nlp, text))


def test_one_person_names_leave_a_demonym_of_one_word():
    from kg.records import Mention
    from kg.resolve.demonymnouns import one_person_names

    text = "The Swiss sounded a warning. The South African was appointed. The Kenyan beat New Zealand."
    names = [Mention(text.index(n), text.index(n) + len(n), n, None, 0)
             for n in ("Swiss", "South African", "Kenyan", "New Zealand")]
    assert one_person_names(text, names) == {1}
