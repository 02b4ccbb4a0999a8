"""The kind noun that heads a list of names types each of them (kg.extract.listheads).
Sentences from BBC business articles: a car maker's results (index 200 and up) and a
recall of the retired blind set (business/026, read for this rule)."""

from __future__ import annotations

from kg.extract.listheads import list_head_type
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    """The type of each mention in ``text``, by its text."""
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


def listed_products(nlp, text: str) -> list[str]:
    """The names NER finds in ``text`` that a list's kind types a product."""
    doc = nlp(text)
    words = Words(doc)
    return [ent.text for ent in doc.ents if list_head_type(words, ent.start, ent.end) is T.PRODUCT]


def test_names_joined_before_one_models_noun_are_products(nlp):
    """NER: an organisation and a place; "the Fusion and Zephyr models" are two models."""
    found = _types(nlp, "However, Ford is working hard to revitalise its product portfolio, unveiling the Fusion "
                        "and Zephyr models at the International Motor Show in Detroit.")
    assert (found["Fusion"], found["Zephyr"], found["Ford"]) == (T.PRODUCT, T.PRODUCT, T.ORGANIZATION)


def test_a_list_of_names_each_before_a_body_style_are_products(nlp):
    """NER: two organisations; each phrase of the list is a model and its body style."""
    found = _types(nlp, "GM is also recalling 19,924 Cadillac XLR coupes, SRX SUVs and Pontiac Grand Prix sedans "
                        "from the 2004 model year.")
    assert (found["Cadillac XLR"], found["SRX"], found["GM"]) == (T.PRODUCT, T.PRODUCT, T.ORGANIZATION)


def test_a_maker_before_a_model_keeps_its_type(nlp):
    """"Mercury Montego sedans": NER's "Mercury" + "Montego" is the model's whole name
    (kg.extract.nametails), a product like "Ford Freestyle", and the maker named alone ("by
    Ford") keeps its type; a maker's name before a lone plural, in no list, is the maker's
    ("Boeing jets")."""
    found = _types(nlp, "Recent new models introduced by Ford include the Ford Five Hundred and Mercury Montego "
                        "sedans, the Ford Freestyle crossover, the Ford Mustang.")
    assert (found["Mercury Montego"], found["Ford Freestyle"], found["Ford"]) == (T.PRODUCT, T.PRODUCT, T.ORGANIZATION)
    assert _types(nlp, "The airline is buying 30 Boeing jets.")["Boeing"] is T.ORGANIZATION


def test_the_names_a_kind_is_said_to_be_are_of_that_kind(nlp):
    """NER: places and a person; the list is what "those vehicles" are (a known place,
    "Yukon", stays one)."""
    found = _types(nlp, "Those vehicles with potential faults are the Chevrolet Avalanche, Express, Kodiak, Silverade "
                        "and Suburban; the GMC Savana, Sierra and Yukon.")
    assert (found["Express"], found["Kodiak"], found["Silverade"]) == (T.PRODUCT, T.PRODUCT, T.PRODUCT)


def test_the_names_a_kind_includes_are_of_that_kind(nlp):
    """NER: an organisation; the list is what the new models include, "Mercury Montego"
    among them (NER's "Mercury" + "Montego", one name: kg.extract.nametails)."""
    found = _types(nlp, "Recent new models introduced by Ford include the Ford Five Hundred and Mercury Montego "
                        "sedans, the Ford Freestyle crossover, the Ford Mustang, the Land Rover LR3/Discovery, and "
                        "Volvo S40 and V50 in North America and Europe.")
    assert (found["Land Rover LR3/Discovery"], found["Mercury Montego"]) == (T.PRODUCT, T.PRODUCT)


def test_the_examples_of_a_kind_are_of_that_kind(nlp):
    """NER: two people; "cartoons such as" lists titles (entertainment/353)."""
    found = _types(nlp, "Personally i'd like to see cartoons such as Transformers, Thundercats and M.A.S.K. made "
                        "into films.")
    assert (found["Thundercats"], found["M.A.S.K."]) == (T.WORK, T.WORK)


def test_a_name_before_a_models_noun_in_a_list_of_common_nouns_is_left_alone(nlp):
    """"3D models and textures": no other phrase of the list names a model (tech/294)."""
    assert not listed_products(nlp, "Gaming companies really like to focus on creating a world which involves "
                                    "creating complicated 3D models and textures.")


def test_the_games_and_titles_of_a_list_are_works(nlp):
    """NER: organisations; the examples of "games" and "titles", or what the games
    include, are works (the gold's CreativeWork for games). A match named after "big
    games such as" is no work."""
    found = _types(nlp, "The 24 games for the mini console include Ape Academy, Formula One, Wipeout Pure and Fired Up.")
    assert (found["Ape Academy"], found["Wipeout Pure"], found["Fired Up"]) == (T.WORK,) * 3
    found = _types(nlp, "Recent Bond games like Nightfire and Everything Or Nothing were very competent.")
    assert (found["Nightfire"], found["Everything Or Nothing"]) == (T.WORK,) * 2
    found = _types(nlp, "He has won some very big games such as the Champions League final with Porto.")
    assert found["Champions League"] is not T.WORK


def test_artists_and_stars_listed_as_examples_are_people(nlp):
    """NER: a place and a firm (BBC entertainment articles, index 200 and up); artists and
    stars listed after "such as" are people (list_heads.tsv)."""
    found = _types(nlp, "The show featured US artists such as Beyonce and Ashanti.")
    assert (found["Beyonce"], found["Ashanti"]) == (T.PERSON, T.PERSON)
    found = _types(nlp, "The campaign against reggae stars such as Beenie Man and Sizzla has been waged over lyrics.")
    assert (found["Beenie Man"], found["Sizzla"]) == (T.PERSON, T.PERSON)


def test_firms_and_bands_listed_after_players_and_acts_stay(nlp):
    """Market "players" are firms and "acts" are bands too: no list head for them."""
    found = _types(nlp, "Key players such as Nokia and Motorola are expected to launch new handsets.")
    assert T.PERSON not in (found.get("Nokia"), found.get("Motorola"))
    found = _types(nlp, "The festival will feature acts like The Darkness and Lostprophets.")
    assert T.PERSON not in (found.get("The Darkness"), found.get("Darkness"))
