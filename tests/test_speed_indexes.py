"""The indexes that answer "what starts in this stretch?" by bisection give what the
scans they replaced gave (kg.resolve.starts, kg.resolve.subjects, Entities.starting_in,
the words' depths read one by one, the control verbs' objects read once per document)."""

from __future__ import annotations

import random

from kg.extract.entities import Entities
from kg.extract.words import Words
from kg.records import Argument, Mention, Proposition
from kg.resolve.controlled import controlled_subjects
from kg.resolve.starts import Starts
from kg.resolve.subjects import subjects_in
from kg.types import EntityType

# Real sentences (business/2xx, sport/2xx), shortened.
_TEXT = ("The EFF has asked California's Superior court to stop Apple pursuing the sources. "
         "Arsenal were drawn at home to Stoke and Chelsea will play host to Scunthorpe, the FA said. "
         "Her appearance will also benefit charities in the region and the Swiss star will donate her prize money.")


def _argument(start: int, end: int) -> Argument:
    return Argument(text="x" * (end - start), start=start, end=end, head_start=start, head_end=end)


def _clause(subject: tuple[int, int], key: str = "say", relation: str = "said", obj: tuple[int, int] | None = None) -> Proposition:
    return Proposition(subject=_argument(*subject), relation=relation, key=key,
                       object=_argument(*obj) if obj else None, sentence=(0, 500), kind="svo", confidence=1.0)


class _Cluster:
    def __init__(self, local: bool) -> None:
        self.local = local


def test_antecedents_by_bisection_are_the_scan_s():
    rng = random.Random(36)
    names = sorted(((Mention(s, s + 3, "abc", EntityType.PERSON, 0), rng.randrange(5))
                    for s in (rng.randrange(200) for _ in range(40))), key=lambda pair: pair[0].start)
    descriptions = sorted((Mention(s, s + 4, "abcd", EntityType.PERSON, 0, kind="description")
                           for s in (rng.randrange(200) for _ in range(30))), key=lambda m: m.start)
    links = {m.span: rng.choice([None, 0, 1, 2, 3, 4]) for m in descriptions}
    clusters = [_Cluster(local=index == 3) for index in range(5)]
    index = Starts(names, descriptions)
    for start, end in [(0, 0), (0, 201), (50, 50), (60, 40), *((rng.randrange(210), rng.randrange(210)) for _ in range(200))]:
        scanned = [(m.start, c) for m, c in names if start <= m.start < end]
        scanned += [(m.start, links[m.span]) for m in descriptions if start <= m.start < end
                    and links[m.span] is not None and not clusters[links[m.span]].local]
        assert index.antecedents(start, end, links, clusters) == sorted(scanned)


def test_subjects_in_a_stretch_are_the_scan_s_in_order():
    rng = random.Random(7)
    clauses = tuple(_clause((s, s + 2)) for s in (rng.randrange(100) for _ in range(60)))
    for start, end in [(0, 101), (30, 30), *((rng.randrange(110), rng.randrange(110)) for _ in range(100))]:
        scanned = [c for c in clauses if start <= c.subject.start < end]
        found = list(subjects_in(clauses, start, end))
        assert sorted(found, key=id) == sorted(scanned, key=id)
        assert [c.subject.start for c in found] == sorted(c.subject.start for c in scanned)
        ties = [c for c in found if c.subject.start == (found[0].subject.start if found else -1)]
        assert ties == [c for c in scanned if c.subject.start == (found[0].subject.start if found else -1)]
    assert list(subjects_in(list(clauses), 0, 101)) == sorted(clauses, key=lambda c: c.subject.start)


def test_the_ones_asked_are_read_once_per_document_and_cut_at_the_pronoun():
    # "The EFF has asked the court to stop Apple. It argues": the court is asked, not "it".
    asked = _clause((0, 7), key="ask", relation="asked", obj=(12, 40))
    stop = _clause((12, 40), key="stop", relation="to stop", obj=(49, 54))
    clauses = (asked, stop)
    assert controlled_subjects(clauses, 100) == frozenset({12})
    assert controlled_subjects(clauses, 50) == frozenset()  # the infinitive's clause not ended yet
    assert controlled_subjects(list(clauses), 100) == frozenset({12})
    assert controlled_subjects((asked,), 100) == frozenset()


def test_entities_starting_in_a_sentence_are_the_scan_s(nlp):
    doc = nlp(_TEXT)
    words = Words(doc)
    try:
        entities = Entities(doc, words.text, words)
        for sentence in words.sentences.values():
            scanned = [ent for ent in entities.spans if sentence.start <= ent.start < sentence.end]
            assert list(entities.starting_in(sentence.start, sentence.end)) == scanned
        assert [ent.text for ent in entities.starting_in(0, len(words))][:2] == ["EFF", "California"]
    finally:
        words.release()


def test_depths_read_one_by_one_are_the_steps_to_the_root(nlp):
    words = Words(nlp(_TEXT))
    try:
        order = list(words.words)
        random.Random(3).shuffle(order)
        for word in order:
            steps, above = 0, word
            while above.head is not above:
                steps, above = steps + 1, above.head
            assert words._depth(word) == steps
        assert words.root(0, 3).text == "EFF"  # "The EFF has": the subject's head
    finally:
        words.release()
