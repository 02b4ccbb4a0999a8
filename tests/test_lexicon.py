"""Every data file of kg/lexicon/data is read through the one loader, which rejects malformed lines."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.errors import LexiconError
from kg.folding import fold
from kg.lexicon import COUNTRIES, PRONOUNS, TITLES, titles_gender
from kg.lexicon.table import TABLES, Table, parse_table, read_table
from kg.nlp.labels import ENTITY_TYPES, KNOWN_LABELS, PLACE_LABELS, TIME_LABELS
from kg.records import Mention
from kg.resolve.vote import vote_type
from kg.types import EntityType

DATA_FILES = sorted(entry.name for entry in (resources.files("kg.lexicon") / "data").iterdir() if entry.is_file())


def test_lexicon_every_data_file_is_described():
    assert sorted(TABLES) == DATA_FILES


@pytest.mark.parametrize("name", DATA_FILES)
def test_lexicon_every_data_file_reads_clean(name):
    rows = read_table(name)
    assert rows, f"{name} has no entries"
    table = TABLES[name]
    for row in rows:
        for index in table.folded:
            assert row.fields[index] == fold(row.fields[index])


WORDS = Table(("word",))
PAIRS = Table(("word", "reading"), choices=((1, frozenset({"region", "city"})),))


@pytest.mark.parametrize(
    ("text", "table", "message"),
    [
        ("france\nguinea-bissau\n", WORDS, "x.txt:2: 'guinea-bissau' is not in folded form: write 'guinea bissau'"),
        ("U.S.\n", WORDS, "x.txt:1: 'U.S.' is not in folded form: write 'u s'"),
        ("# countries\nfrance\nspain\nfrance\n", WORDS, "x.txt:4: 'france' is listed twice (also on line 2)"),
        ("france\n\nspain\n", WORDS, "x.txt:2: empty line"),
        ("france\n \t \n", WORDS, "x.txt:2: empty line"),
        ("france \n", WORDS, "x.txt:1: empty field or spaces around a field"),
        ("state\tregion\ncounty\t\n", PAIRS, "x.txt:2: empty field"),
        ("state\n", PAIRS, "x.txt:1: expected 'word<TAB>reading', found 1 column(s)"),
        ("state\tregion\textra\n", PAIRS, "x.txt:1: expected 'word<TAB>reading', found 3 column(s)"),
        ("state\tcountry\n", PAIRS, "x.txt:1: reading 'country' is not one of city, region"),
    ],
)
def test_lexicon_loader_rejects_with_file_and_line(text, table, message):
    with pytest.raises(LexiconError) as caught:
        parse_table(text, "x.txt", table)
    assert str(caught.value).startswith(message)
    assert caught.value.path == "x.txt" and caught.value.line == int(message.split(":")[1])


def test_lexicon_repeated_columns_are_checked_too():
    aliases = Table(("canonical", "alias"), folded=(0, 1), more=True)
    assert [row.fields for row in parse_table("usa\tus\tamerica\n", "a.tsv", aliases)] == [("usa", "us", "america")]
    with pytest.raises(LexiconError, match=r"a\.tsv:1: 'America' is not in folded form"):
        parse_table("usa\tus\tAmerica\n", "a.tsv", aliases)


def test_lexicon_guinea_bissau_is_a_country():
    # countries.txt held "guinea-bissau", which no folded lookup ever matched.
    assert fold("Guinea-Bissau") in COUNTRIES
    mention = Mention(0, 13, "Guinea-Bissau", EntityType.PLACE, 0)
    assert vote_type([mention]) is EntityType.COUNTRY


def test_lexicon_titles_and_pronouns_tell_gender():
    assert (TITLES["mrs"].gender, TITLES["sir"].name, TITLES["prince"].name, TITLES["vice"].person) == ("f", "first", "given", False)
    assert titles_gender(["Lady"]) == "f" and titles_gender(["Dr"]) is None
    assert (PRONOUNS["her"].gender, PRONOUNS["they"].plural, PRONOUNS["hers"].cases) == ("f", True, frozenset({"independent"}))


def test_labels_ontonotes_scheme():
    assert ENTITY_TYPES["GPE"] is EntityType.PLACE and ENTITY_TYPES["NORP"] is EntityType.GROUP
    assert "DATE" not in ENTITY_TYPES and {"DATE", "TIME"} == TIME_LABELS and {"GPE", "LOC", "FAC"} == PLACE_LABELS
    ontonotes = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE",
                 "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}  # fmt: skip
    assert ontonotes <= KNOWN_LABELS


def _doc(words, heads, deps, pos, ents):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(("label", "expected"), [("PERSON", EntityType.PERSON), ("PER", EntityType.PERSON), ("MISC", None)])
def test_labels_another_scheme_is_data(label, expected):
    # CoNLL-2003's PER is a row of labels.tsv, not a branch of the rules.
    from kg.extract.mentions import find_mentions

    doc = _doc(["Ray", "Reardon", "won", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
               ["PROPN", "PROPN", "VERB", "PUNCT"], [f"B-{label}", f"I-{label}", "O", "O"])  # fmt: skip
    assert [(mention.text, mention.type) for mention in find_mentions(doc)] == ([("Ray Reardon", expected)] if expected else [])
