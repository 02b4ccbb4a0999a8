"""kg.extract.peers: a surname NER missed after a peer's title or a judge's style is a
person's (sentences from BBC business, politics and tech articles outside the judged ones,
paraphrased)."""

import pytest

from tests.extract_helpers import article_graph


def _kinds(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.value for entity in article_graph(nlp, text).entities()}


@pytest.mark.parametrize(("text", "name"), [
    ('BP chief executive Lord Browne said the results were strong "both operationally and financially".', "Browne"),
    ("Labour peer Lord Haskins is warning of the electoral dangers of the rivalry.", "Haskins"),
    ('Lord Nicholls of Birkenhead, in his ruling, said: "Indefinite imprisonment is anathema."', "Nicholls"),
    ("Science Minister Lord Sainsbury went along to listen and outline the UK position.", "Sainsbury"),
])
def test_a_surname_after_a_peers_title_is_a_person(nlp, text, name):
    assert _kinds(nlp, text).get(name) == "Person"


@pytest.mark.parametrize(("text", "junk"), [
    ("She will announce the move in her Criminal Justice Plan on Monday.", "Plan"),  # no judge's style
    ("The Lord Chancellor said the reforms would go ahead.", "Chancellor"),  # a post, itself a title
])
def test_no_person_without_a_peers_title_before_a_surname(nlp, text, junk):
    kinds = _kinds(nlp, text)
    assert kinds.get(junk) != "Person", kinds
