"""Public entry point: open propositions from a parsed spaCy Doc or sentence.

``propositions(doc_or_sent)`` yields `kg.records.Proposition` records with
character offsets into ``doc.text``. Nothing is dropped for being negated,
hedged or reported: those are marked (``negated``, ``modality``,
``attributed_to``) and the caller decides (`kg openie` leaves them out unless
``--all``; the graph keeps only asserted ones).

``key`` is the normalised predicate: lowercase verb lemma, particle, and the
preposition that introduces ``object`` ("request from", "send to", "pull out
of", "blame on", "storm by" for a passive with agent). Verbless relations use
fixed keys: "be" (apposition, title, copula), "have" (possessive "X's Y" and
"Y of X" roles, the owner being the subject), "lead" ("X-led Y"), "be in" /
"be at" (a thing located at a place), "say" (attribution).

``kind`` names the construction, one of `KIND_ORDER`:

- verb clauses: "svo", "light" (light-verb noun in the relation: "requested
  assistance from"), "prep" (prepositional object), "passive", "ccomp"
  (clausal object), "copula", "intransitive", "svo_pp" (the object's
  destination as a second reading: "sent troops to | Kazakhstan");
- reported speech: "attribution";
- verbless: "apposition", "title", "led", "possessive", "of", "located";
  typed verbless relations between two names (``roles``): "role" ("Illinois
  Gov. James Thompson": works for / leads), "origin" ("Brian Michaud of
  Millinocket": is from), "seat" ("the U.S. Congress": is based in).

    >>> "svo_pp" in KIND_ORDER and "apposition" in KIND_ORDER
    True
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.attribution import attribute
from kg.extract.candidates import Candidate
from kg.extract.clauses import clause_candidates
from kg.extract.confidence import argument_head, confidence
from kg.extract.entities import Entities
from kg.extract.nominal import nominal_candidates
from kg.extract.roles import role_candidates
from kg.extract.words import Sentence, Words
from kg.records import Argument, Proposition

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Construction kinds, most verb-like first (documentation and stable ordering).
KIND_ORDER = ("svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp", "attribution",
              "apposition", "title", "led", "possessive", "of", "located", "role", "origin", "seat")


def _argument(tokens: list[Token], text: str) -> Argument:
    """``tokens`` as an ``Argument``; ``text`` is their document's text."""
    start = tokens[0].idx
    last = tokens[-1]
    end = last.idx + len(last.text)
    head = argument_head(tokens)
    head = tokens[0] if head is None else head
    # Contiguous tokens read as the text itself; a gapped span (a clause cut out
    # of the middle) reads as its tokens joined by single spaces.
    indexes = [t.i for t in tokens]
    contiguous = indexes == list(range(indexes[0], indexes[0] + len(indexes)))
    if contiguous:
        # The document text read once by the caller: `doc.text` (and a Span's
        # `.text`) join every token's text on each call.
        shown = text[start:end]
    else:
        # Cutting a phrase out can leave two commas side by side: keep one.
        kept = [t for i, t in enumerate(tokens) if not (t.is_punct and i and tokens[i - 1].is_punct and t.text == tokens[i - 1].text)]
        shown = " ".join(t.text for t in kept)
    return Argument(text=shown, start=start, end=end, head_start=head.idx, head_end=head.idx + len(head.text))


def _sentences(doc_or_span: Doc | Span) -> list[Span]:
    if hasattr(doc_or_span, "sents") and not hasattr(doc_or_span, "sent"):
        return list(doc_or_span.sents)
    return [doc_or_span]


def candidates(sent: Span | Sentence, entities: Entities | None = None, words: Words | None = None) -> list[Candidate]:
    """All candidates of one sentence, attributed and de-duplicated, in text order.

    ``entities``, ``words``: the document's, when the caller read them already.
    """
    words = Words(sent.doc) if words is None else words
    ents = (Entities(sent.doc, words.text) if entities is None else entities).within(sent)
    # The rules read `Word` objects (see `kg.extract.words`), not spaCy's tokens.
    sentence = words.sentence(sent)
    found = [*clause_candidates(sentence), *nominal_candidates(sentence, ents), *role_candidates(sentence, ents)]
    found = [c for c in found if c.subject]
    attribute(sentence, found)
    seen: set[tuple] = set()
    unique = []
    for cand in found:
        sig = cand.signature()
        if sig not in seen:
            seen.add(sig)
            unique.append(cand)
    return unique


def propositions(doc_or_sent: Doc | Span, entities: Entities | None = None, words: Words | None = None) -> Iterator[Proposition]:
    """Open propositions asserted, denied or reported in a parsed text.

    Args:
        doc_or_sent: A parsed ``Doc`` (every sentence is read) or one sentence ``Span``.
        entities: The document's named entities, when the caller read them already.
        words: The document's `Words`, when the caller read them already (and
            releases them).

    Yields:
        ``Proposition`` records with character offsets into ``doc.text``; negated,
        hedged and reported ones are marked, never dropped.
    """
    if words is not None and not hasattr(doc_or_sent, "sent"):
        spans = None  # the sentences as read already: `Doc.sents` walks every token again
        doc = doc_or_sent
    else:
        spans = _sentences(doc_or_sent)
        if not spans:
            return
        doc = spans[0].doc
    own_words = words is None
    words = Words(doc) if own_words else words
    try:
        entities = Entities(doc, words.text) if entities is None else entities
        sentences = list(words.sentences.values()) if spans is None else [words.sentence(span) for span in spans]
        yield from _propositions(sentences, entities, words)
    finally:
        if own_words:
            words.release()


def _propositions(sentences: list[Sentence], entities: Entities, words: Words) -> Iterator[Proposition]:
    text = words.text
    for sent in sentences:
        for cand in candidates(sent, entities, words):
            yield Proposition(
                subject=_argument(cand.subject, text),
                relation=cand.relation_text(),
                key=cand.key,
                object=_argument(cand.object, text) if cand.object else None,
                sentence=(sent.start_char, sent.end_char),
                kind=cand.kind,
                confidence=confidence(cand, sent),
                extras=tuple(_argument(e, text) for e in cand.extras if e),
                negated=cand.negated,
                modality=cand.modality,
                attributed_to=_argument(cand.attributed_to, text) if cand.attributed_to else None,
            )
