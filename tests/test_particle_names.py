"""A given name and a surname with a lower-case particle between them is a person's name,
whatever cue noun stands before it (kg.extract.particlenames)."""

import pytest

from kg.types import EntityType
from tests.extract_helpers import mention_types, resolved_part


@pytest.mark.parametrize(("text", "name"), [
    # bbc/tech/208: "film maker" is no firm's cue before a person's name.
    ("Only last week, the world media highlighted the killing of the Dutch film maker Theo van Gogh, notorious "
     "after making a controversial film about Islamic culture.", "Theo van Gogh"),
    # bbc/business/469
    ("Rodrigo de Rato, the IMF's managing director, said the loan agreement would help to improve Turkish "
     "economic prospects.", "Rodrigo de Rato"),
])
def test_a_name_with_a_particle_is_a_persons(nlp, text, name):
    assert mention_types(nlp, text)[name] is EntityType.PERSON


@pytest.mark.parametrize(("text", "name"), [
    ("The final will be played at the Stade de France in Paris.", "Stade de France"),
    ("The carnival in Rio de Janeiro drew two million visitors.", "Rio de Janeiro"),
])
def test_places_with_particles_stay_places(nlp, text, name):
    assert mention_types(nlp, text).get(name) is not EntityType.PERSON


def test_the_full_name_and_the_surname_are_one_node(nlp):
    text = ("Only last week, the world media highlighted the killing of the Dutch film maker Theo van Gogh. One day "
            "later a newspaper published a picture of Mr van Gogh's body moments after he was killed.")
    labels = sorted(entity.label for entity in resolved_part(nlp, text).entities if "Gogh" in entity.label)
    assert labels == ["Theo van Gogh"]
