"""kg.extract.cuednames: a one-word name NER found right after a cue noun stays a name though
the tagger reads a common word or a verb (sentences from BBC articles outside the judged
ones, paraphrased)."""

import pytest

from tests.extract_helpers import article_graph


def _kinds(nlp, text: str) -> dict[str, str]:
    return {entity.label: entity.type.value for entity in article_graph(nlp, text).entities()}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Chart-topping pop band Busted have confirmed that they plan to take a break.", "Busted", "Organization"),
    ("Nearly half of the schools were rated poor by education watchdog Ofsted.", "Ofsted", "Organization"),
    ("The singer, who found fame in TV soap Neighbours, also performed on the night.", "Neighbours", "CreativeWork"),
    ("Wes Craven's horror movie Cursed, about a werewolf loose in Los Angeles, came fourth.", "Cursed", "CreativeWork"),
])
def test_a_name_after_its_cue_noun_is_kept(nlp, text, name, kind):
    assert _kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(("text", "word"), [
    # NER's "Congressionally" and "Busted", the tagger's adverb and verb: no cue noun before them
    ("The study was written on behalf of a Congressionally-mandated panel, officials said.", "Congressionally"),
    ("The band said that Busted would reconvene in due course.", "Busted"),
])
def test_a_capitalised_word_with_no_cue_noun_before_it_is_no_name(nlp, text, word):
    assert word not in _kinds(nlp, text)
