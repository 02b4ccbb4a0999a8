"""kg.extract.cuednames: a title NER missed whole, "The" and all, right after a cue noun
("comedy The Matador"), is one name (sentences from BBC entertainment and tech articles
outside the judged ones, paraphrased)."""

import pytest

from tests.extract_helpers import article_graph


def _kinds(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.value for entity in article_graph(nlp, text).entities()}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Brosnan stars as a hit man in comedy The Matador.", "The Matador", "CreativeWork"),
    ("Russian drama The Return has been named winner of the World Cinema Award.", "The Return", "CreativeWork"),
    ("Also there was Micha Barton, star of the TV programme The OC, with her mother.", "The OC", "CreativeWork"),
])
def test_a_title_opening_on_the_after_its_cue_noun_is_one_name(nlp, text, name, kind):
    assert _kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(("text", "junk"), [
    ("He starred in the film. The Studio said it was pleased with the takings.", "The Studio"),  # a sentence's head
    ("The band The Coral played a short set first.", "The"),  # NER read the rest: no "The" alone
])
def test_a_the_with_no_title_of_its_own_opens_no_name(nlp, text, junk):
    assert junk not in _kinds(nlp, text)
