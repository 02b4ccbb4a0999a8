"""An office description the article gives no one, said of whose it is, stands for the one
person it has named, named first and in the headline (kg.resolve.mainoffice; model tests on
BBC sentences)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document

# politics/237 and politics/323, shortened.
_KILROY = (
    "Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration saying Britain's open door "
    "approach is hitting low wage workers. "
    "The {office} said the only people to benefit from immigrants from places like Poland were employers."
)
_KENNEDY = (
    "Voters' pent up passion could confound predictions of a low turnout in the coming general election, "
    "{named} has said. "
    "The {office} predicted concerns over Iraq would express themselves during the campaign."
)


def _speakers(nlp, text: str, title: str) -> dict[str, str | None]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt", title=title)
    ((_, doc),) = list(parse(nlp, [document]))
    part = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.speaker_text: labels.get(quote.speaker or "") for quote in part.quotes}


@pytest.mark.parametrize(
    ("title", "text", "speaker", "expected"),
    [
        # The headline's person, the one person named, in the first sentence, given no post: the leader is he.
        ("Kilroy unveils immigration policy", _KILROY.format(office="Veritas leader"), "The Veritas leader",
         "Robert Kilroy-Silk"),
        ("Kennedy predicts bigger turnout", _KENNEDY.format(named="Charles Kennedy", office="Liberal Democrat leader"),
         "The Liberal Democrat leader", "Charles Kennedy"),
        # The headline names no one: the office may be someone else's.
        ("Turnout may be higher", _KENNEDY.format(named="Charles Kennedy", office="Liberal Democrat leader"),
         "The Liberal Democrat leader", None),
        # A bare office is one the reader is expected to know: maybe someone the article never names.
        ("Kennedy predicts bigger turnout", _KENNEDY.format(named="Charles Kennedy", office="prime minister"),
         "The prime minister", None),
        # Two people named before it: either.
        ("Kennedy predicts bigger turnout",
         _KENNEDY.format(named="Charles Kennedy and Robin Cook", office="Liberal Democrat leader"),
         "The Liberal Democrat leader", None),
        # Given another post: "Chancellor Gordon Brown" is no Labour leader.
        ("Brown predicts bigger turnout", _KENNEDY.format(named="Chancellor Gordon Brown", office="Labour leader"),
         "The Labour leader", None),
    ],
)
def test_an_office_said_of_whose_is_the_headline_s_one_person_named(nlp, title, text, speaker, expected):
    assert _speakers(nlp, text, title).get(speaker, "missing") == expected


# politics/281, shortened: the office is the one the article gives the person later.
_KILROY_MEP = (
    "Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party and accused it of betraying its "
    "supporters. "
    "The {office} said he was ashamed to have joined the party, which he labelled as a \"joke\". "
    "On Thursday, the party challenged Mr Kilroy-Silk to stand down as an {post} so voters can get a genuine "
    "UKIP candidate."
)


@pytest.mark.parametrize(
    ("office", "post", "speaker", "expected"),
    [
        # The office the article gives him after it: he is the MEP.
        ("MEP", "MEP", "The MEP", "Robert Kilroy-Silk"),
        # Another post given: maybe someone else's office.
        ("MEP", "adviser", "The MEP", None),
        # That office given, but of a people the article does not give him: another's.
        ("German MEP", "MEP", "The German MEP", None),
    ],
)
def test_an_office_the_article_gives_the_headline_s_person_after_it_is_theirs(nlp, office, post, speaker, expected):
    text = _KILROY_MEP.format(office=office, post=post)
    assert _speakers(nlp, text, "Kilroy-Silk quits 'shameful' UKIP").get(speaker, "missing") == expected
