"""A speaker written as a role with its holder's name at its end, which the parser made the
role's ("Newcastle director of rugby Rob Andrew said"), is that person
(kg.resolve.titledholders), and "director of rugby" is a post (roles.tsv). Sentences after
bbc/sport/388, bbc/sport/392 and bbc/sport/411, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import resolved_part

NEWCASTLE = (
    "Wilkinson, who has not played since injuring his bicep on 17 October, took part in full-contact training with "
    "Newcastle Falcons on Wednesday. But Newcastle director of rugby Rob Andrew said: \"He's fine and we hope to get "
    "him into the game at some stage.\""
)
GLOUCESTER = (
    "Gloucester flanker Phil Vickery will miss the Six Nations after breaking his arm. Gloucester director of rugby "
    "Nigel Melville said: \"Phil has broken his radius, which is the large bone in the forearm.\""
)
COACH = (
    "Wilkinson took part in full-contact training with Newcastle Falcons on Wednesday. But Newcastle coach Rob "
    "Andrew said: \"He's fine and we hope to get him into the game at some stage.\""
)


def _speakers(part) -> set[str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(quote.speaker) if quote.speaker else quote.speaker_text for quote in part.quotes}


def _posts(part) -> set[tuple[str, str]]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {(labels[position.person], position.role) for position in part.positions}


def test_the_name_the_parse_hung_on_the_role_speaks(nlp):
    part = resolved_part(nlp, NEWCASTLE)
    assert _speakers(part) == {"Rob Andrew"}
    assert ("Rob Andrew", "director of rugby") in _posts(part)


def test_another_clubs_director_of_rugby(nlp):
    part = resolved_part(nlp, GLOUCESTER)
    assert _speakers(part) == {"Nigel Melville"}


def test_a_role_before_the_name_the_parse_heads_on_the_name_reads_as_before(nlp):
    # Unchanged: "Newcastle coach Rob Andrew" is headed on the name, which resolves itself.
    assert _speakers(resolved_part(nlp, COACH)) == {"Rob Andrew"}
