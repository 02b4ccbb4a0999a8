"""kg.resolve.ownerevents: a clause whose doer alone tells the whole event stays with only its agent
(doer_complete_verbs.txt); other clauses of no news class with only a doer are left out. Sentences
from BBC articles past the judged ones (business 465, entertainment 336), paraphrased."""

import pytest

from tests.extract_helpers import article_graph

_OPENING = "The company was once a darling of Wall Street. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in article_graph(nlp, text).events()}


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    ("When WorldCom finally collapsed, shareholders lost about $180bn.", "collapse", "WorldCom"),
    ("In the drama category, the Angolan film The Hero triumphed at the festival.", "triumph", "The Hero"),
])
def test_a_verb_whose_doer_tells_it_all_keeps_its_event(nlp, sentence, lemma, agent):
    found = _events(nlp, _OPENING + sentence)
    assert ("agent", agent) in found.get(lemma, [])


@pytest.mark.parametrize(("sentence", "lemma"), [
    # a verb of no news class with only its doer says who but not what
    ("WorldCom said it would continue to co-operate fully with the authorities.", "co-operate"),
    ("When WorldCom finally struggled, shareholders lost about $180bn.", "struggle"),
])
def test_another_verb_with_only_its_doer_is_left_out(nlp, sentence, lemma):
    assert lemma not in _events(nlp, _OPENING + sentence)
