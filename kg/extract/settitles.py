"""A title set off by commas after a work noun is one work: "he recorded much of his
last album, Genius Loves Company.", "In its report, Is Online Community A Policy Tool?,
the IPPR says".

spaCy's small model reads such a title by its words, as a firm ("Genius Loves
Company") or a firm and a place. Where a singular work noun (``type_cues.tsv``: album,
film, book ...; or a written work of ``document_nouns.txt``: report, manifesto ...) is
followed by a comma and a run of capitalised words (with the small words a title keeps,
``kg.extract.titlewords``, and a capitalised "And" or "Or": "It's Now Or Never") that a comma, a "?" or the sentence's end closes, the run is
the work's title, whole. Not in sports reports (where a club makes "a hit" and wins "the
title"), nor a run NER reads as a person, a place or a date ("In his report, Mr Brown,
...", "the film, Paris, ..."), nor a run the sentence goes on from ("In his report, Mr
Brown insisted": the run is no apposition).
"""

from __future__ import annotations

from kg.extract.titlewords import JOINERS, capital, names_no_work, title_end
from kg.extract.words import Bounds, Words
from kg.lexicon import PERSON_TITLES, TYPE_CUES
from kg.lexicon.table import read_words
from kg.nlp.labels import TIME_LABELS
from kg.types import EntityType

_DOCUMENTS = read_words("document_nouns.txt")
_NOT_TITLES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"}) | TIME_LABELS
_CLOSES = frozenset({",", "?", ".", "!"})
# A title's capitalised "And", "Or" join its words ("his next single, It's Now Or Never,"); a
# lower-case one parts a list ("the first Harry Potter film, Shrek and Steven Spielberg's AI,").
_JOINERS = JOINERS | {"And", "Or", "Nor", "But"}
_AMBIGUOUS = frozenset({"title"})  # "his title, Lord ...": a rank or a championship, not only a work


def set_off_titles(words: Words, sport: frozenset[str]) -> list[Bounds]:
    """The titles set off by commas after a work noun, as word spans (see the module's docstring)."""
    if sport:
        return []
    tokens = words.words
    titles = []
    for k in range(len(tokens) - 2):
        comma, first = tokens[k + 1], tokens[k + 2]
        if comma.text != "," or not capital(first) or not first.text[:1].isalpha() or first.sent.start == k + 2:
            continue
        if not _work_noun(words, k):
            continue
        end = _run_end(words, k + 2)
        closed = end == len(tokens) or tokens[end].text in _CLOSES
        if closed and not _names_no_title(words, k + 2, end):
            titles.append((k + 2, end))
    return titles


def _run_end(words: Words, start: int) -> int:
    """The end of the capitalised run at word ``start``, over a sentence break the parser
    put inside it with no mark before it ("It's Now | Or Never")."""
    tokens = words.words
    end = title_end(tokens, start, joiners=_JOINERS)
    while end < len(tokens) and tokens[end].sent.start == end and not tokens[end - 1].is_punct and capital(tokens[end]):
        end = title_end(tokens, end, joiners=_JOINERS)
    return end


def _work_noun(words: Words, k: int) -> bool:
    """Word ``k`` is a singular work noun written in lower case: "album", "report"."""
    noun = words.words[k]
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or not noun.text.islower() or lemma in _AMBIGUOUS:
        return False
    return lemma in _DOCUMENTS or TYPE_CUES.get(lemma) is EntityType.WORK


def _names_no_title(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are all a person's, a place's or a date's name, or open with a
    person's title ("Mr Brown")."""
    tokens = words.words
    if all(token.ent_type_ in _NOT_TITLES for token in tokens[start:end]):
        return True  # "the film, Paris,"; not "a new book, Brown's Britain,"
    return tokens[start].lower_.rstrip(".") in PERSON_TITLES or names_no_work(words, tokens, start, end)
