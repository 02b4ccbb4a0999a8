"""A common word capitalised only at the head of a sentence or a quotation is no name
(kg.extract.initials, counted under namelike's ``sentence-initial`` rule)."""

from __future__ import annotations

import pytest

from kg.extract.initials import head_only_words, heads
from kg.extract.mentions import find_mentions
from kg.extract.words import Words


def _names(nlp, text: str) -> list[str]:
    return [mention.text for mention in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # The first word of a quotation that opens the sentence (NER's person) ...
        ('"Cinemas will be given the film on a hard drive," said Ann Lee. Most cinemas agreed.', "Cinemas"),
        # ... of a quotation after "said:" (NER's organisation) ...
        ('He said: "Reggae did not sit well with disco." Both reggae and disco sold well.', "Reggae"),
        # ... and of a sentence, as its subject (NER's person).
        ("Happoshu has been a mainstay of brewery profits for years. Sales of happoshu fell.", "Happoshu"),
    ],
)
def test_common_word_at_a_head_is_no_name(nlp, text, junk):
    rejected: list[str] = []
    assert junk not in [mention.text for mention in find_mentions(nlp(text), rejected=rejected)]
    assert "sentence-initial" in rejected


def test_a_name_capitalised_elsewhere_stays(nlp):
    # "Cook" at the head of a quotation is the article's Tom Cook, though "the cook" is a common noun.
    text = 'Tom Cook joined in May. "Cook was brilliant today," said the coach. The cook at the ground cheered.'
    assert _names(nlp, text) == ["Tom Cook", "Cook"]


def test_heads_and_head_only_words(nlp):
    words = Words(nlp('He added: "Anger is good." Anger faded. The anger and the Anger Trust stayed.'))
    at_head = heads(words)
    assert [words.words[i].text for i in sorted(at_head)] == ["He", "Anger", "Anger", "The"]
    assert "anger" not in head_only_words(words, at_head)  # "the Anger Trust": capitalised inside a sentence
    words = Words(nlp('He added: "Anger is good." The anger faded.'))
    assert "anger" in head_only_words(words, heads(words))
