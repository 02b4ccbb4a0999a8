"""What a verb of describing says its object is: the attribute of "described X as Y", "called X Y".

"Southcorp dismissed the offer as inadequate", "Campbell described the episode as a 'bit of a
disaster'", "Modern Sounds ... is still regarded as a classic", "The Tories called the plan
'a stealth tax'", "was dubbed 'the new Beatles'": without the complement the event said only
that someone described something, and the description is the news. The verbs and which
complement each takes are ``describing_verbs.tsv``: an "as" phrase of the verb (its noun, or
the adjective the parser hung under "as": "as inadequate") or the parser's object predicate
(``oprd``) after the verb's object, or of a passive. Not "as" opening a clause ("as it meant
the launch ...", a mark), nor the "as" of "such as" and "as well as", nor a verb of naming to
a post (``kg.extract.namedas``). A complement the parse cut inside its quotation runs to the
quotation's end ('as "vote now, pay later" spending plans', not "vote now"), and a "by" phrase the
parse hung on a passive's adjective is who described ('was dismissed as "ridiculous" by Justice
David Souter': the agent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.spans import noun_phrase, trim
from kg.extract.words import by_index
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

DESCRIBING_VERBS: dict[str, str] = {row.fields[0]: row.fields[1] for row in read_table("describing_verbs.tsv")}
_ADJECTIVES = frozenset({"ADJ"})
_NOT_AS = frozenset({"such", "well"})  # "such as", "as well as": a list or an addition, no description
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def described_as(verb: Word, lemma: str, passive: bool) -> list[tuple[str, list[Word]]]:
    """The attribute of ``verb``, an event of ``lemma`` (the verb alone: not "call for"), as
    (role, tokens): what the verb says its object is; ``[]`` when it says none."""
    takes = DESCRIBING_VERBS.get(lemma)
    if takes is None or lemma != verb.lemma_.lower():
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not (objects or passive):
        return []  # "described as" with nothing described: no attribute of anything
    found: list[tuple[str, list[Word]]] = []
    if takes in ("as", "both"):
        for prep in _as_phrases(verb, objects):
            found += _as_complement(prep, passive)
    if takes in ("object", "both"):
        after = min((c.i for c in objects), default=-1)
        found += [("attribute", _whole_quote(_with_relative(c))) for c in verb.children
                  if c.dep_ == "oprd" and c.i > after]
    return found


def _as_phrases(verb: Word, objects: list[Word]) -> list[Word]:
    """The "as" prepositions of the verb, or of its object where the parser hung it there
    ("described Spears as ..."), after the object."""
    holders = [verb, *objects]
    after = max((c.i for c in objects), default=verb.i)
    return [c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > after
            and c.sent.doc[c.i - 1].lower_ not in _NOT_AS]


def _phrase(head: Word) -> list[Word]:
    """``spans.noun_phrase`` of a word, conjuncts kept ("public or private")."""
    return cast("list[Word]", noun_phrase(cast("Token", head), split_conj=False))


def _trimmed(tokens: list[Word]) -> list[Word]:
    """``spans.trim`` of words."""
    return cast("list[Word]", trim(cast("list[Token]", tokens)))


def _as_complement(prep: Word, passive: bool) -> list[tuple[str, list[Word]]]:
    """The noun of an "as" phrase ("as a classic"), or the adjective the parser hung under
    the "as" ("as inadequate", 'as "disappointing"'), as the attribute, with the agent of a
    passive the parse hung on it; ``[]`` for a clause or nothing."""
    head = next((c for c in prep.children if c.dep_ == "pobj"), None) or next(
        (c for c in prep.children if c.pos_ in _ADJECTIVES and c.i > prep.i), None)
    if head is None:
        return []
    by = next((c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > head.i), None)
    by_object = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None and passive else None
    if by is None or by_object is None:
        return [("attribute", _whole_quote(_with_relative(head) if head.dep_ == "pobj" else sorted(head.subtree, key=by_index)))]
    cut = {t.i for t in by.subtree}  # 'was dismissed as "ridiculous" by Justice David Souter': who dismissed it
    return [("attribute", _whole_quote([t for t in sorted(head.subtree, key=by_index) if t.i not in cut])),
            ("agent", [by, *_phrase(by_object)])]


def _with_relative(head: Word) -> list[Word]:
    """The complement's noun phrase with the clause that says which one it is: "cast himself as
    the man who will win Labour an historic third term", 'the "most important Mac" made by Apple';
    not one after a comma ("..., which is like a fast broadband internet"), which says more of it."""
    tokens = _phrase(head)
    doc = head.sent.doc
    clauses = [t for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i
               and doc[c.left_edge.i - 1].text != "," for t in c.subtree]
    whole: dict[int, Word] = {t.i: t for t in [*tokens, *clauses]}
    return _trimmed(sorted(whole.values(), key=by_index)) if clauses else tokens


def _whole_quote(tokens: list[Word]) -> list[Word]:
    """``tokens`` with the rest of a quotation the parse cut: from a quotation mark right before
    them ('"3G on steroids"') to the mark that closes one left open inside them ('an "average
    American Joe, give or take"'), in the sentence, without a bracket it leaves open; else ``tokens``."""
    if not tokens:
        return tokens
    sent = tokens[0].sent
    doc = sent.doc
    start, end = tokens[0].i, tokens[-1].i
    inside = sum(1 for t in tokens if t.text in _QUOTES)
    if start > sent.start and doc[start - 1].text in _QUOTES and (inside == 0 or inside % 2):
        start -= 1  # the mark before opens the quotation: none inside, or one that closes it
    if sum(1 for i in range(start, end + 1) if doc[i].text in _QUOTES) % 2:
        close = next((i for i in range(end + 1, sent.end) if doc[i].text in _QUOTES), None)
        if close is None:
            return tokens
        end = close
    opened = next((i for i in range(start, end + 1) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end + 1)):
        end = opened - 1  # "Drink Or Die (DOD": a bracket the phrase leaves open is none of it
    return _trimmed([doc[i] for i in range(start, end + 1)])
