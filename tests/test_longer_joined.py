"""kg.extract.longer: where a capitalised word joins the mention after it to make a name the
article writes whole, a mention NER made of that word alone goes (it is part of the name).
The texts paraphrase entertainment/208 and entertainment/215 of the BBC corpus."""

from __future__ import annotations

from kg.extract.longer import whole_names
from kg.extract.words import Words
from kg.records import Mention
from kg.types import EntityType


def _mention(words: Words, start: int, end: int, kind: EntityType) -> tuple[Mention, tuple[int, int]]:
    first, last = words.words[start], words.words[end - 1]
    text = words.text[first.idx : last.idx + len(last.text)]
    return Mention(start=first.idx, end=last.idx + len(last.text), text=text, type=kind, sentence=0), (start, end)


def test_a_word_that_joins_the_name_after_it_is_no_mention_of_its_own(nlp):
    text = "Duran Duran are on tour. We wanted to make a great Duran Duran album, said Nick Rhodes."
    words = Words(nlp(text))
    second = [w.i for w in words.words if w.text == "Duran"][2]  # the first "Duran" of the album's
    found = [
        _mention(words, 0, 2, EntityType.ORGANIZATION),
        _mention(words, second, second + 1, EntityType.PLACE),  # NER's town "Duran"
        _mention(words, second + 1, second + 2, EntityType.WORK),  # NER's work "Duran"
    ]
    out = whole_names(found, words)
    assert [(m.text, m.type, b) for m, b in out] == [
        ("Duran Duran", EntityType.ORGANIZATION, (0, 2)),
        ("Duran Duran", EntityType.ORGANIZATION, (second, second + 2)),
    ]


def test_a_word_that_joins_no_name_keeps_its_mention(nlp):
    # "Morrissey" before "Little Britain" is its own name: no longer name "Morrissey Little" is written
    text = "Little Britain won best comedy. The award went to Morrissey Little Britain fans cheered."
    words = Words(nlp(text))
    i = next(w.i for w in words.words if w.text == "Morrissey")
    found = [
        _mention(words, 0, 2, EntityType.WORK),
        _mention(words, i, i + 1, EntityType.PERSON),
        _mention(words, i + 1, i + 3, EntityType.WORK),
    ]
    out = whole_names(found, words)
    assert [(m.text, b) for m, b in out] == [
        ("Little Britain", (0, 2)), ("Morrissey", (i, i + 1)), ("Little Britain", (i + 1, i + 3)),
    ]
