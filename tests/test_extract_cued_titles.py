"""kg.extract.cuednames: a cue noun types the title after a capitalised "The" NER missed
whole ("comedy The Matador": "Matador", as NER names "movie The Aviator"; sentences from BBC
entertainment articles outside the judged ones, paraphrased)."""

import pytest

from tests.extract_helpers import article_graph


def _kinds(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.value for entity in article_graph(nlp, text).entities()}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Russian drama The Return has been named winner of the World Cinema Award.", "Return", "CreativeWork"),
    ("Also there was Micha Barton, star of the TV programme The OC, with her mother.", "OC", "CreativeWork"),
    ("The Killers and the band The Coral are also on the bill.", "Coral", "Organization"),
])
def test_a_cue_noun_types_the_title_after_its_the(nlp, text, name, kind):
    assert _kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(("text", "junk"), [
    ("He starred in the film. The Studio said it was pleased with the takings.", "The Studio"),  # a sentence's head
    ("Glamour was brought to the evening by The Killers.", "The Killers"),  # no cue noun: no "The" opens a name
])
def test_a_the_with_no_title_of_its_own_opens_no_name(nlp, text, junk):
    assert junk not in _kinds(nlp, text)
