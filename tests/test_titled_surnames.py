"""Rule ``titled surname`` (kg.extract.titledsurnames): a full name NER read as a thing whose
surname the article writes after a courtesy title is a person's. Sentences from politics/266
of the BBC corpus, paraphrased (NER reads "Sundar Katwala" there as a facility)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.titledsurnames import titled_people
from kg.extract.words import Words
from kg.records import Mention
from kg.types import EntityType as T

_KATWALA = (
    "The private member's bill would also abolish the ban on heirs to the throne marrying Roman Catholics. "
    "The Fabian Society's Sundar Katwala said the change was long overdue. "
    "Mr Katwala added that parliament would have to do it eventually."
)


def test_a_full_name_whose_surname_is_titled_is_a_person(nlp):
    mentions = list(find_mentions(nlp(_KATWALA)))
    types = {m.text: m.type for m in mentions}
    assert types["Sundar Katwala"] is T.PERSON
    assert types["Fabian Society"] is T.ORGANIZATION  # the body he speaks for stays one


def _mention(text: str, entity_type: T, titles: tuple[str, ...] = (), cued: bool = False) -> tuple[Mention, tuple[int, int]]:
    return Mention(0, len(text), text, entity_type, 0, titles, cued=cued), (0, 1)


def test_each_misread_type_becomes_a_person(nlp):
    _NO_WORDS = Words(nlp("The bill was debated."))  # no title in the text
    for misread in (T.FACILITY, T.ORGANIZATION, T.PLACE):
        found = [_mention("Sundar Katwala", misread), _mention("Katwala", T.PERSON, ("Mr",))]
        assert titled_people(found, _NO_WORDS)[0][0].type is T.PERSON


def test_no_courtesy_title_no_change(nlp):
    _NO_WORDS = Words(nlp("The bill was debated."))  # no title in the text
    # "Lord Dubs" is a peer's title, which names places and posts too; no title at all says nothing.
    for titles in ((), ("Lord",)):
        found = [_mention("Sundar Katwala", T.FACILITY), _mention("Katwala", T.PERSON, titles)]
        assert titled_people(found, _NO_WORDS)[0][0].type is T.FACILITY


def test_a_things_name_or_a_cued_one_stays(nlp):
    _NO_WORDS = Words(nlp("The bill was debated."))  # no title in the text
    # "The Fabian Society ... Mr Society" never happens, but a head word or a suffix keeps a body's
    # name a body's whatever the text titles; so does a cue ("the band Franz Ferdinand").
    titled = [_mention("Society", T.PERSON, ("Mr",)), _mention("Ferdinand", T.PERSON, ("Mr",))]
    assert titled_people([_mention("Fabian Society", T.ORGANIZATION), *titled], _NO_WORDS)[0][0].type is T.ORGANIZATION
    cued = _mention("Franz Ferdinand", T.ORGANIZATION, cued=True)
    assert titled_people([cued, *titled], _NO_WORDS)[0][0].type is T.ORGANIZATION


def test_a_known_place_stays_a_place(nlp):
    _NO_WORDS = Words(nlp("The bill was debated."))  # no title in the text
    # "Mr Kong" in an article that names Hong Kong: the city keeps its type.
    found = [_mention("Hong Kong", T.CITY), _mention("Kong", T.PERSON, ("Mr",))]
    assert titled_people(found, _NO_WORDS)[0][0].type is T.CITY


def test_a_title_written_where_ner_found_no_name(nlp):
    # business/344, paraphrased: '"...," said Mr Gaymard' gives the title; NER found no name there.
    words = Words(nlp('"It is essential that our friends understand," said Mr Gaymard.'))
    found = [_mention("Herve Gaymard", T.ORGANIZATION)]
    assert titled_people(found, words)[0][0].type is T.PERSON
    assert titled_people(found, Words(nlp("Gaymard said it was essential.")))[0][0].type is T.ORGANIZATION


def test_a_single_initials_name_stays(nlp):
    # business/242, reworded: "S McManus ... Mr McManus" may be two men (kg.resolve.initialled).
    words = Words(nlp("The support of Mr Magnier and Mr McManus was crucial."))
    assert titled_people([_mention("S McManus", T.ORGANIZATION)], words)[0][0].type is T.ORGANIZATION
