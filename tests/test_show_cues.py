"""A television show's two-word noun ("reality show", "TV show", "chat show") types the
name it is said of a work; a show alone does not (a fair, a motor show). Cues of
type_cues.tsv read by kg.extract.cues.noun_cue. Sentences from BBC articles of index 200
and up (entertainment/212, entertainment/226, tech/291)."""

from __future__ import annotations

from kg.extract.cues import noun_cue
from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def test_a_reality_show_such_as_a_name_is_a_work(nlp):
    """NER: an organisation; the reality shows it is an example of make it a work."""
    found = _types(nlp, "She was predicting a drop in ratings even for some of the network's established reality "
                        "shows, such as American Idol, which is due to start its fourth series this week.")
    assert found["American Idol"] is T.WORK


def test_a_chat_show_host_is_a_person(nlp):
    """The show's noun before a host's noun types the host's name no work."""
    found = _types(nlp, "Last year's winner, chat show host Graham Norton, fell to number 16 following relatively "
                        "few television appearances in 2004.")
    assert found["Graham Norton"] is T.PERSON


def test_a_trade_show_is_no_work_noun(nlp):
    """A show alone, or a trade show, cues no work."""
    doc = nlp("About 120,000 people are expected to attend the trade show which stretches over more than one site.")
    show = next(token for token in doc if token.lower_ == "show")
    assert noun_cue(show, frozenset()) is None
