"""A plural title before a list of names is each listed person's post (kg.extract.listedholders).
Sentences after business/414, sport/208 and politics/178 of the BBC corpus, paraphrased, on the
session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _posts(nlp, text: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(r.person.text, r.role_key, r.organisation.text if r.organisation else None)
            for r in extract(document, doc).roles if r.kind == "title"}


def test_every_name_of_the_list_holds_the_plural_title(nlp):
    posts = _posts(nlp, "The deal does not include former Enron chief executives Ken Lay and Jeff Skilling.")
    assert {("Ken Lay", "chief executive", "Enron"), ("Jeff Skilling", "chief executive", "Enron")} <= posts


def test_a_list_of_three(nlp):
    posts = _posts(nlp, "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea all face charges.")
    assert {name for name, role, _ in posts if role == "manager"} == {"Alistair Cook", "Sean Fugill", "Keith Lea"}


def test_a_name_with_a_title_of_its_own_starts_a_new_list(nlp):
    posts = _posts(nlp, "Candidates include former Scotland midfielders Gordon Strachan and Gary McAllister "
                        "and Vogts' assistant Tommy Burns.")
    assert ("Gary McAllister", "midfielder", "Scotland") in posts
    assert not any(name == "Tommy Burns" and role == "midfielder" for name, role, _ in posts)


def test_a_singular_title_is_one_persons(nlp):
    posts = _posts(nlp, "Chairman John Smith and Mary Jones attended the meeting in Leeds.")
    assert not any(name == "Mary Jones" for name, _, _ in posts)
