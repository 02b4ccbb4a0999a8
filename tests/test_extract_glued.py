"""Words glued to a name that are no part of it (kg.extract.glued), on the session pipeline."""

from __future__ import annotations

import pytest

from kg.extract.glued import strip_leading
from kg.extract.mentions import find_mentions
from kg.extract.words import Words

# A match report long enough for kg to read it as a sports report (kg.extract.sportwords).
_MATCH = (
    "Leeds beat Hull 2-1 in the league match on Saturday. The striker scored the winning goal "
    "and the midfielder scored a penalty as the league leaders won the match.\n"
    "Subs not used: Hendry, Carlisle.\n"
    "Keeling 35 og, Walton 38, Smith 61.\n"
    "Walton played well."
)


def _names(nlp, text: str) -> list[str]:
    return [mention.text for mention in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        # prefix: a hyphenated "Ex-" before a place's name
        ("Ex-Downing Street press chief Richard Marlow will join the campaign.", "Downing Street", "Ex-Downing Street"),
        # modifier: a describing word opening the sentence, the rest named alone in the article
        ("Fellow Gloucester prop Dan Whitby will start on the bench. Gloucester won the game.", "Gloucester", "Fellow Gloucester"),
        # modifier before a person's full name
        ("Star Christina Applegate has left the cast of the musical.", "Christina Applegate", "Star Christina Applegate"),
        # verb: an inverted speech verb the parser reads as a verb
        ('Said Wales forwards coach Tom Murray: "We are happy." Wales won.', "Wales", "Said Wales"),
    ],
)
def test_leading_word_is_cut(nlp, sentence, expected, not_expected):
    names = _names(nlp, sentence)
    assert expected in names and not_expected not in names, names


def test_leading_word_stays_in_a_name(nlp):
    # "Star Wars" is named nowhere as "Wars"; a proper "Said" is a given name.
    words = Words(nlp("Star Wars opens in cinemas on Friday, the studio said."))
    assert strip_leading(words, 0, 2, frozenset()) == 0
    assert "Said Aouita" in _names(nlp, "Said Aouita won the race in Rome.")


def test_minute_after_a_name_in_a_match_report(nlp):
    names = _names(nlp, _MATCH)
    # A scorers' line with no header: each name beside another name and its minute.
    assert "Walton" in names and not any(name[-1:].isdigit() for name in names), names


def test_numbered_name_keeps_its_number(nlp):
    # No line-up, no list of minutes: the number is part of the name.
    names = _names(nlp, "The match was shown live on Channel 4 and fans played PlayStation 2 games at half-time.")
    assert "Channel 4" in names, names


def test_event_adjective_after_a_name_is_cut(nlp):
    # trailing: "Olympic" before a number or a lower-case word makes the place a modifier.
    names = _names(nlp, "The race includes Athens Olympic 100m silver medallist Kim Collins and Sydney Olympic 200m champion Konstantinos Kenteris.")
    assert "Athens" in names and "Sydney" in names and not any(name.endswith("Olympic") for name in names), names
    assert "British Olympic Association" in _names(nlp, "The British Olympic Association chairman spoke on Monday.")


def test_description_glued_before_a_persons_name_is_cut(nlp):
    # described: NER ran the person's span over "Wales physio"; the name is Mark Davies, and the speaker is he.
    text = ('"He will not figure in the Scotland game and is now thought unlikely to be ready for the final game," '
            "said Wales physio Mark Davies.")
    names = _names(nlp, text)
    assert "Mark Davies" in names and not any("physio" in name for name in names), names


def test_a_capital_cut_off_a_number_is_no_name(nlp):
    """ "the 3G network": the tokenizer cuts "3G" in two; "G" before the kind noun
    "network" (type_cues.tsv) is no organisation of its own (rule ``number``)."""
    text = ("The event, organised by the 3G network, 3, could catch on as the trend for unusual dating events, "
            "like speed dating, continues.")
    assert "G" not in [mention.text for mention in find_mentions(nlp(text))]


def test_describing_word_opening_the_sentence_is_cut(nlp):
    """describing: "Outgoing" is in no table, but the article writes "outgoing" in lower
    case and names Leeds alone, so the club is Leeds, not "Outgoing Leeds"."""
    text = ('"Now we can start running the club again." Outgoing Leeds chairman Gerald Krasner said: '
            '"This deal ensures the medium to long term survival of the club." The other outgoing directors '
            "have agreed to leave their loans of £4.5m in the company. On Leeds' new-look board it is "
            "understood that Lorimer will be joined by Yvonne Todd.")
    names = _names(nlp, text)
    assert "Leeds" in names and "Outgoing Leeds" not in names, names
    # Written capitalised inside a sentence, the word is part of the name.
    assert "Real Madrid" in _names(nlp, "Real Madrid won again. The real test is in Madrid, where Real Madrid play on Sunday.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Post-nominal letters NER kept in a person's span (BBC politics/252, /224, /322).
        ("Former welfare minister Frank Field MP criticised the reported rivalry between the pair.", "Frank Field"),
        ("Ben Emmerson QC said the men had already been in custody for nearly three years.", "Ben Emmerson"),
    ],
)
def test_postnominal_letters_are_cut_from_a_persons_name(nlp, sentence, name):
    texts = [mention.text for mention in find_mentions(nlp(sentence))]
    assert name in texts and not any(text.endswith((" MP", " QC")) for text in texts)


def test_an_argument_headed_by_postnominal_letters_is_headed_by_the_name(nlp):
    from tests.extract_helpers import article_graph

    graph = article_graph(nlp, "Former welfare minister Frank Field MP criticised the reported rivalry between the pair. "
                               "Kate Hoey MP said she agreed.")
    labels = {entity.key: entity.label for entity in graph.entities()}
    agents = [labels.get(p.entity) for event in graph.events() if event.lemma == "criticise"
              for p in event.participants if p.role == "agent"]
    assert agents == ["Frank Field"]
    assert {labels.get(quote.speaker) for quote in graph.quotes()} == {"Kate Hoey"}
