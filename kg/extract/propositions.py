"""Public entry point: open propositions from a parsed spaCy Doc or sentence.

``propositions(doc_or_sent)`` yields `kg.records.Proposition` records with
character offsets into ``doc.text``. Nothing is dropped for being negated,
hedged or reported: those are marked (``factuality``, ``cue``,
``attributed_to``) and the caller decides (`kg openie` leaves out all but
asserted and reported ones unless ``--all``; the graph's plain edges are only
those). ``read_sentences`` also gives each sentence's events
(``kg.extract.events``), read from the same candidates.

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
from kg.extract.confidence import confidence
from kg.extract.earned import with_takings
from kg.extract.entities import Entities
from kg.extract.events import event_word, sentence_events
from kg.extract.factuality import Scope
from kg.extract.figures import with_figures
from kg.extract.fragments import whole_events
from kg.extract.frames import is_question
from kg.extract.gaps import with_gaps
from kg.extract.goals import with_goals
from kg.extract.holdings import with_holdings
from kg.extract.imagined import imagined
from kg.extract.intalks import with_talks
from kg.extract.members import with_members
from kg.extract.namelists import with_names
from kg.extract.nominal import nominal_candidates
from kg.extract.quotemarks import quoted_spans
from kg.extract.refusalevents import with_refusals
from kg.extract.roles import role_candidates
from kg.extract.sidelines import with_states
from kg.extract.spans import to_argument
from kg.extract.valued import with_values
from kg.extract.words import Sentence, Words
from kg.records import EventMention, Proposition
from kg.types import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Construction kinds, most verb-like first (documentation and stable ordering).
KIND_ORDER = ("svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp", "attribution",
              "apposition", "title", "led", "possessive", "of", "located", "role", "origin", "seat")


def _sentences(doc_or_span: Doc | Span) -> list[Span]:
    if hasattr(doc_or_span, "sents") and not hasattr(doc_or_span, "sent"):
        return list(doc_or_span.sents)
    return [doc_or_span]


def candidates(sent: Span | Sentence, entities: Entities | None = None, words: Words | None = None,
               scope: Scope | None = None) -> list[Candidate]:
    """All candidates of one sentence, attributed and de-duplicated, in text order
    (verb clauses without a subject too: see ``read_sentences``).

    ``entities``, ``words``: the document's, when the caller read them already;
    ``scope``: the sentence's factuality readings, when the caller keeps them.
    """
    words = Words(sent.doc) if words is None else words
    ents = (Entities(sent.doc, words.text, words) if entities is None else entities).within(sent)
    # The rules read `Word` objects (see `kg.extract.words`), not spaCy's tokens.
    sentence = words.sentence(sent)
    scope = Scope(question=is_question(sentence.words)) if scope is None else scope
    found = [*clause_candidates(sentence, scope), *nominal_candidates(sentence, ents), *role_candidates(sentence, ents)]
    # A clause without a subject is no proposition, but may be an event ("to face Gloucester").
    found = [c for c in found if c.subject or c.chain]
    attribute(sentence, found)
    for cand in found:
        # "according to X, ...", "..., X said": what X says, in X's voice.
        if cand.attributed_to and cand.factuality is Factuality.ASSERTED:
            cand.factuality = Factuality.REPORTED
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
        entities = Entities(doc, words.text, words) if entities is None else entities
        sentences = list(words.sentences.values()) if spans is None else [words.sentence(span) for span in spans]
        for found, _ in read_sentences(sentences, entities, words, events=False):
            yield from found
    finally:
        if own_words:
            words.release()


def read_sentences(sentences: list[Sentence], entities: Entities, words: Words, *, events: bool = True) -> Iterator[
    tuple[list[Proposition], list[EventMention]]
]:
    """Each sentence's propositions and (with ``events``) events, read from one set of candidates."""
    text = words.text
    quoted = quoted_spans(text) if events else []
    for sent in sentences:
        scope = Scope(question=is_question(sent.words))
        found = candidates(sent, entities, words, scope)
        scores = {id(cand): confidence(cand, sent) for cand in found}
        props = [_proposition(cand, sent, scores[id(cand)], text) for cand in found if cand.subject]
        inside = [(start, end) for start, end in quoted if start < sent.end_char and sent.start_char < end]
        read: list[EventMention] = []
        if events:
            read = whole_events(sentence_events(sent, found, scores, scope, text, inside), sent)
            read = with_figures(with_gaps(read, sent, text), sent, scope, text, inside)
            read = with_states(with_goals(read, sent, scope, text, inside), sent, scope, text, inside)
            read = with_talks(with_takings(read, sent, scope, text, inside), sent, found, scope, text, inside)
            read = with_names(with_members(read, sent, entities, text), sent, entities, text)
            read = with_values(with_holdings(read, sent, scope, text, inside), sent, text)
            read = with_refusals(read, sent, scope, text, inside)
        yield imagined(props, sent.words), imagined(read, sent.words)


def _proposition(cand: Candidate, sent: Sentence, score: float, text: str) -> Proposition:
    source = cand.attributed_to
    if source is None and cand.source is not None:
        source = [cand.source]
    verb = event_word(cand) if cand.chain else None
    return Proposition(
        subject=to_argument(cand.subject, text),
        relation=cand.relation_text(),
        key=cand.key,
        object=to_argument(cand.object, text) if cand.object else None,
        sentence=(sent.start_char, sent.end_char),
        kind=cand.kind,
        confidence=score,
        extras=tuple(to_argument(e, text) for e in cand.extras if e),
        factuality=cand.factuality,
        cue=cand.cue,
        attributed_to=to_argument(source, text) if source else None,
        trigger=(verb.idx, verb.idx + len(verb.text)) if verb is not None else None,
    )
