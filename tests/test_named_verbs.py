"""A verb that opens a name the article gives is part of that name, no event
(kg.resolve.namedverbs), on an article of BBC tech."""

from __future__ import annotations

from extract_helpers import resolved_part

# BBC tech: the first sentence reads "Ask" as a verb and "Jeeves" as its object; the
# article names Ask Jeeves whole later ("vice president of search properties at Ask Jeeves").
_ARTICLE = (
    'Ask Jeeves has bought the Bloglines website to improve the way it handles content from web journals '
    'or blogs.  '
    'The Bloglines site has become hugely popular as it gives users one place in which to read, search '
    'and share all the blogs they are interested in. Ask Jeeves said it was not planning to change '
    'Bloglines but would use the 300 million articles it has archived to round out its index of the web. '
    'How much Ask Jeeves paid for Bloglines was not revealed.  '
    'Bloglines has become popular because it lets users build a list of the blogs they want to follow '
    'without having to visit each journal site individually. To do this it makes use of a technology '
    'known as Really Simple Syndication (RSS) that many blogs have adopted to let other sites know when '
    'new entries are made on their journals. The acquisition follows similar moves by other search sites.'
    ' Google acquired Pyra Labs, makers of the Blogger software, in 2003. In 2004 MSN introduced its own '
    'blog system and Yahoo has tweaked its technology to do a better job of handling blog entries. Jim '
    'Lanzone, vice president of search properties at Ask Jeeves in the US, said it did not acquire '
    'Bloglines just to get a foothold in the blog publishing world. He said Ask Jeeves was much more '
    'interested in helping people find information they were looking for rather than helping them write '
    'it.'
)


def _lemmas(nlp, text: str) -> set[str]:
    return {event.lemma for event in resolved_part(nlp, text).events}


def test_a_verb_that_opens_a_name_given_elsewhere_is_no_event(nlp):
    lemmas = _lemmas(nlp, _ARTICLE)
    assert "ask" not in lemmas
    assert "buy" in lemmas  # "Ask Jeeves has bought the Bloglines website": the firm buys


def test_the_same_verb_outside_the_name_stays(nlp):
    # BBC tech, paraphrased: "ask" before other words is a verb
    assert "ask" in _lemmas(nlp, _ARTICLE + "\n\nThe firm will ask its users to rate the new service.")
