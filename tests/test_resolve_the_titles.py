"""kg.resolve.thetitles: a work's title with and without its leading "The" is one work
(names from BBC entertainment and politics articles outside the judged ones)."""

from kg.records import Mention
from kg.resolve.names import cluster_names
from kg.resolve.thetitles import the_title_pairs
from kg.types import EntityType


def _m(text: str, kind: EntityType) -> Mention:
    return Mention(0, len(text), text, kind, 0)


def test_a_title_with_and_without_its_the_is_one_work():
    mentions = [_m("Aviator", EntityType.WORK), _m("The Aviator", EntityType.WORK), _m("Martin Scorsese", EntityType.PERSON)]
    assert the_title_pairs(mentions) == [(1, 0)]
    assert (0, 1) in cluster_names(mentions).clusters


def test_only_works_join_over_the():
    mentions = [_m("The Hague", EntityType.CITY), _m("Hague", EntityType.PERSON),
                _m("The Sun", EntityType.ORGANIZATION), _m("Sun", EntityType.ORGANIZATION),
                _m("The Return", EntityType.WORK), _m("Return", EntityType.ORGANIZATION)]
    assert the_title_pairs(mentions) == []
