"""The resolve stage's per-document indexes give what the scans over every pair they
replaced gave: the clause subjects inside an object (kg.resolve.countedsubjects, by
bisection), the names a verb may open (kg.resolve.namedverbs, by first word), the names
holding a head (Linker, by offset) and the longer forms a short form may join
(kg.resolve.names, by first letter). No model: hand-built mentions and clauses on real
sentences (business/3xx, tech/2xx, politics/3xx), shortened."""

from __future__ import annotations

import random

import pytest

import kg.resolve.names as names_module
from kg.records import Argument, Mention, Proposition
from kg.resolve.coref import Linker
from kg.resolve.countedsubjects import own_subjects
from kg.resolve.namedverbs import name_openers, opens_name
from kg.resolve.names import cluster_names
from kg.resolve.pronouns import CLAUSE_KINDS
from kg.types import EntityType as T


def _argument(text: str, start: int, end: int, head: tuple[int, int] | None = None) -> Argument:
    head_start, head_end = head if head is not None else (start, end)
    return Argument(text=text[start:end], start=start, end=end, head_start=head_start, head_end=head_end)


def _clause(text: str, subject: tuple[int, int], obj: tuple[int, int] | None, kind: str = "svo",
            head: tuple[int, int] | None = None) -> Proposition:
    return Proposition(subject=_argument(text, *subject, head=head), relation="r", key="r",
                       object=_argument(text, *obj) if obj else None, sentence=(0, len(text)), kind=kind, confidence=1.0)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _scanned_subjects(propositions: list[Proposition]) -> frozenset[int]:
    """The scan ``own_subjects`` replaced: every subject against every object."""
    objects = [(p.object.start, p.object.end) for p in propositions if p.object is not None and p.kind in ("svo", "svo_pp", "light")]
    return frozenset(p.subject.head_start for p in propositions if p.kind in CLAUSE_KINDS
                     and not any(start <= p.subject.head_start < end for start, end in objects))


def test_own_subjects_leave_out_a_subject_inside_an_object_and_keep_one_outside():
    text = "The strike left 30,000 passengers stranded and six factories have closed in Lesotho."
    left = _clause(text, _span(text, "The strike"), _span(text, "30,000 passengers stranded"), head=_span(text, "strike"))
    stranded = _clause(text, _span(text, "30,000 passengers"), None, kind="passive", head=_span(text, "passengers"))
    closed = _clause(text, _span(text, "six factories"), None, kind="passive", head=_span(text, "factories"))
    found = own_subjects([left, stranded, closed])
    assert _span(text, "factories")[0] in found and _span(text, "strike")[0] in found  # subjects of their own
    assert _span(text, "passengers")[0] not in found  # what the strike left
    assert found == _scanned_subjects([left, stranded, closed])


def test_own_subjects_by_bisection_are_the_scan_s_with_nested_and_overlapping_objects():
    rng = random.Random(41)
    text = "x" * 300
    for _ in range(200):
        clauses = []
        for _ in range(rng.randrange(12)):
            start = rng.randrange(280)
            obj = (o := rng.randrange(290), o + rng.randrange(1, 40)) if rng.random() < 0.6 else None
            head = (h := rng.randrange(start, start + 10), h + 1)
            clauses.append(_clause(text, (start, start + 10), obj, kind=rng.choice(["svo", "svo_pp", "light", "passive", "apposition"]), head=head))
        assert own_subjects(clauses) == _scanned_subjects(clauses)


def _names(text: str, forms: list[str]) -> list[tuple[Mention, int]]:
    found = []
    for cluster, form in enumerate(forms):
        start = text.index(form)
        found.append((Mention(start, start + len(form), form, T.ORGANIZATION, 0), cluster))
    return found


def _scanned_opens(names: list[tuple[Mention, int]], text: str, start: int) -> bool:
    """The scan ``opens_name`` replaced: every name of the article at every verb."""
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "-'"):
        end += 1
    for mention, _ in names:
        name = mention.text
        after = start + len(name)
        if name.startswith(text[start:end] + " ") and text.startswith(name, start) and (after == len(text) or not text[after].isalnum()):
            return True
    return False


def test_a_verb_opens_a_name_of_two_words_the_article_gives_and_no_other():
    text = "Ask Jeeves has bought the Bloglines website, Ask Jeeves said; Shell asked Jeeves to stay."
    names = _names(text, ["Ask Jeeves", "Bloglines", "Shell"])
    openers = name_openers(names)
    assert opens_name(openers, text, 0)  # "Ask" of "Ask Jeeves has bought"
    assert not opens_name(openers, text, text.index("asked"))  # "asked Jeeves": no name it opens
    assert not opens_name(openers, text, text.index("Shell"))  # a name of one word
    assert not opens_name(openers, text, text.index("bought"))


def test_opens_name_by_first_word_is_the_scan_s():
    rng = random.Random(4)
    vocabulary = ["Ask", "Jeeves", "ask", "Real", "Madrid", "O'Neill", "co-op", "Bank", "of", "England", "-", "2004"]
    for _ in range(100):
        text = " ".join(rng.choice(vocabulary) for _ in range(30))
        forms = [" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 4))) for _ in range(8)]
        names = [(Mention(0, len(form), form, T.ORGANIZATION, 0), k) for k, form in enumerate(forms)]
        openers = name_openers(names)
        for start in range(len(text)):
            assert opens_name(openers, text, start) == _scanned_opens(names, text, start)


def test_the_names_holding_an_offset_are_the_scan_s_in_order():
    rng = random.Random(16)
    text = "x" * 200
    names = sorted(((Mention(s, s + rng.randrange(1, 12), "n", T.PERSON, 0), k)
                    for k, s in enumerate(rng.randrange(190) for _ in range(40))), key=lambda pair: pair[0].start)
    linker = Linker(text=text, clusters=[], names=names, descriptions=[], sentence_starts=[0])
    for offset in range(len(text)):
        holding = [position for position, (mention, _) in enumerate(names) if mention.start <= offset < mention.end]
        assert linker._in_names.get(offset, []) == holding
        assert linker.in_name(offset) == bool(holding)


_FORMS = ["Michael Howard", "Howard", "Mr Howard", "Tony Blair", "Blair", "Gordon Brown", "Brown", "Bank of England",
          "BoE", "Cairn Energy", "Cairn", "Kevin Smith", "Morgan", "Ask Jeeves", "Jeeves", "Liberal Democrats", "Lib Dems",
          "Mervyn King", "King", "Royal Bank of Scotland", "RBS", "Scotland"]


@pytest.mark.parametrize("seed", range(12))
def test_short_forms_join_as_when_every_pair_was_asked(seed, monkeypatch):
    rng = random.Random(seed)
    mentions = [Mention(0, len(form), form, rng.choice([T.PERSON, T.ORGANIZATION, T.COUNTRY]), 0,
                        ("Mr",) if rng.random() < 0.2 else ()) for form in rng.sample(_FORMS, 14)]
    indexed = cluster_names(mentions)
    # Every form listed under every letter: the index cuts nothing, and every pair is asked.
    letters = frozenset(form[0].lower() for form in _FORMS) | frozenset(form[0] for form in _FORMS)
    monkeypatch.setattr(names_module, "initials", lambda name: letters)
    assert cluster_names(mentions) == indexed


def test_a_short_form_joins_its_longer_name_and_not_another_s():
    clusters = cluster_names([Mention(0, 14, "Michael Howard", T.PERSON, 0), Mention(20, 26, "Howard", T.PERSON, 1),
                              Mention(30, 36, "Morgan", T.PERSON, 2), Mention(40, 51, "Kevin Smith", T.PERSON, 3)]).clusters
    assert clusters == ((0, 1), (2,), (3,))
