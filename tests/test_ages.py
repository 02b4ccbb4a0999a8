"""kg.extract.ages: a name followed by an age is a person's."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T

# entertainment/259: "Kanye" is a town in Botswana and "West" a place's head word
# ("Bristol West"), so NER's and the head word's place reading stood on every mention.
_WEST = (
    "US hip-hop star Kanye West - who leads the race for this year's Grammys with 10 nominations - rose to "
    "prominence by producing songs for artists such as Jay-Z. But his solo career almost ended before it began "
    "after a near-fatal car crash left West with his jaw wired shut in 2002. West, 26, began rapping as a "
    "teenager at his Chicago school. Now a respected rapper and producer in the influential field of hip-hop, "
    "Kanye West is unlikely to regret his decision to leave college early."
)


def test_a_name_given_an_age_is_a_person_in_all_its_mentions(nlp):
    types = {(m.text, m.type) for m in find_mentions(nlp(_WEST)) if "West" in m.text}
    assert types and all(entity_type is T.PERSON for _, entity_type in types)


def test_a_number_after_a_name_in_a_sports_report_is_no_age(nlp):
    text = "Leeds beat Ipswich 2-1 in the league. The table reads: Leeds, 26, Ipswich, 24, after the match."
    assert T.PERSON not in {m.type for m in find_mentions(nlp(text)) if m.text == "Leeds"}
