"""Rule ``own sport's verbs`` (kg.extract.sportwords): a word of one sport used as a verb
("trying", "set up", "served as") names no sport, and counts only where the sport nouns
outnumber such verbs. The texts paraphrase
entertainment/208, business/339 and sport/2xx of the BBC corpus."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.sportwords import sport_context, sport_hits
from kg.extract.words import Words
from kg.types import EntityType

# entertainment/208, paraphrased: a band's fans and a keyboard player, and three "trying"s.
_BAND = (
    "Chart stars Duran Duran are to appear in a TV special in the US. The band has a new album. "
    '"We did not try to make a mature album," said keyboard player Nick Rhodes. '
    "Duran Duran are currently promoting the album's second single. "
    "Simon Le Bon said the group were not trying to update their sound too much and risk losing fans. "
    '"We would not want to lose them by trying too hard," he said. "Some fans stay, some fans go. '
    'We keep trying."'
)


def test_verbs_of_a_sports_noun_make_no_sports_report(nlp):
    words = Words(nlp(_BAND))
    assert not any(word.lemma_.lower() == "try" for word, _ in sport_hits(words))
    assert sport_context(words) == frozenset()


def test_a_band_in_a_music_article_with_trying_is_typed_a_band(nlp):
    doc = nlp(_BAND)
    types = {m.text: m.type for m in find_mentions(doc)}
    assert types["Duran Duran"] is EntityType.ORGANIZATION


def test_set_up_and_flying_are_no_tennis_or_rugby(nlp):
    # business/339, paraphrased: an airline "set up last year" flies no rugby fly-half
    text = ("Air Deccan was set up last year. It has set itself a target of flying more passengers. "
            "The airline set fares low and set out plans for 60 aircraft. Its founder is flying to Paris.")
    words = Words(nlp(text))
    assert sport_hits(words) == []
    assert sport_context(words) == frozenset()


def test_a_sports_nouns_still_count(nlp):
    # sport/2xx, paraphrased: a rugby report's tries and a tennis report's sets are its words
    rugby = ("Wales scored three tries against Italy. The winger touched down twice and the prop was sin-binned. "
             "Their coach praised the side after the match.")
    assert "rugby" in sport_context(Words(nlp(rugby)))
    tennis = ("Henman won the first set but lost the next two sets. The fourth seed dropped his serve twice "
              "in the final set of the match.")
    words = Words(nlp(tennis))
    assert {word.lemma_.lower() for word, kind in sport_hits(words) if kind == "tennis"} >= {"set", "seed", "serve"}
    assert "tennis" in sport_context(words)


def test_a_short_report_keeps_its_verbs_but_not_their_sport(nlp):
    # sport/265, paraphrased: a transfer story with few sport nouns stays a report, but its
    # "set" (a fee set) makes it no tennis report
    text = ("The Danish winger has agreed a move to Madrid. The player said he wanted to play for the fans. "
            "The fans of his old club will miss him. Madrid have set a fee and set out his wages.")
    words = Words(nlp(text))
    assert sport_context(words) == frozenset({"sport"})


def test_a_verb_names_its_sport_where_the_article_uses_its_nouns(nlp):
    # sport/430, paraphrased: a tennis report's "seeded" and "is set to" count for tennis beside its sets
    text = ("Hantuchova, seeded fifth, won the first set and then took the second set. She is set to meet "
            "the top seed in the final, and the player said the match would be hard.")
    words = Words(nlp(text))
    assert "tennis" in sport_context(words)
    assert any(word.pos_ == "VERB" and kind == "tennis" for word, kind in sport_hits(words))


# sport/345: a rugby report whose "looks set to miss" (tagged an adjective) made it a tennis report,
# where a club played against is a person.
_FLY_HALF = (
    "Jonny Wilkinson looks set to miss the whole of the 2005 RBS Six Nations. England's World Cup-winning "
    "fly-half said last week he was hoping to recover from his latest injury. Rob Andrew, coach of Wilkinson's "
    "club side Newcastle, said that with only two games left to play Wilkinson was unlikely to be fit in time. "
    "He has not played for England since the World Cup final, since when the world champions have lost nine of "
    "their 14 matches. Wilkinson is aiming to make his third start to the season in the Zurich Premiership "
    "match against Harlequins on 13 March. He will probably have to come off the bench and it is set to be "
    "tight with goal-kicking."
)


def test_a_participle_read_as_an_adjective_names_no_sport(nlp):
    doc = nlp(_FLY_HALF)
    assert "tennis" not in sport_context(Words(doc))
    types = {m.text: m.type for m in find_mentions(doc)}
    assert types.get("Harlequins") is EntityType.SPORTS_TEAM, types


def test_a_tennis_report_with_an_adjective_set_stays_tennis(nlp):
    text = ("Henman won the first set but lost the next two sets. The fourth seed dropped his serve twice "
            "and looks set to fall out of the top ten after the match.")
    assert "tennis" in sport_context(Words(nlp(text)))
