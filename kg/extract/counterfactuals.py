"""A past condition contrary to fact: neither of its clauses happened.

"If he had been in charge, he would have sent out a stronger side", "Had ministers acted
sooner, ...", "if they had kicked their chances at goal we would have been behind": a
consequent with a perfect modal ("would have", "could have", "might have") and a condition
in the past perfect ("if ... had" + participle, or "had" before its subject) tell a case
that did not come about. Each clause that says nothing against itself is negated, not
possible: the sending out, the acting, the kicking did not happen. Kept as they are:

- a clause with its own negation ("if prices had not been cut", "would not have collapsed"):
  its opposite happened, which is no reading of its own;
- "even if" and "as if" (the consequent holds whatever the condition; a manner);
- a clause some frame already reads past "possible" ("It is understood that McCall would have
  been sacked if ...": speculated), and a "would have" with no past perfect condition ("would
  have been about 20 at the time": a guess, possible).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import inverted_condition

if TYPE_CHECKING:
    from kg.extract.words import Word

_UNREAL_MODALS = frozenset({"would", "'d", "could", "might"})
_PERFECT = frozenset({"have", "'ve"})
_HAD = frozenset({"had", "'d"})
_NOT_CONDITIONAL = frozenset({"even", "as"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def counterfactual(verb: Word) -> str | None:
    """The cue ("if ... had", "had", "would have") that makes ``verb``'s clause a case
    contrary to fact (see the module docstring), or ``None``."""
    if _negated(verb):
        return None
    if (cue := _past_condition(verb)) and _unreal_consequent(verb.head):
        return cue
    host, span = _host(verb), _inverted_had(verb)
    inside = span is not None and span[0] <= verb.i < span[1]
    if _unreal_consequent(host) and (any(_past_condition(c) for c in host.children) or (span is not None and not inside)):
        return "would have"
    if inside and span is not None and any(_unreal_consequent(w) for w in verb.sent if not span[0] <= w.i < span[1]):
        return "had"  # "Had the bank known, ...", however the parser hangs the "had"
    return None


def _inverted_had(verb: Word) -> tuple[int, int] | None:
    """The word span of a condition "had" opens before its subject in ``verb``'s sentence
    (``kg.extract.frames.inverted_condition``), or ``None``."""
    span = inverted_condition(list(verb.sent))
    return (span[0], span[1]) if span is not None and span[2] == "had" else None


def _host(verb: Word) -> Word:
    """The verb that carries ``verb``'s auxiliaries: its head for a bare conjunct ("would have
    been pulled and dropped")."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return verb.head
    return verb


def _unreal_consequent(verb: Word) -> bool:
    """ "would have sent", "could have hired": a modal of a case and a perfect "have"."""
    verb = _host(verb)
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(word in _UNREAL_MODALS for word in auxiliaries) and any(word in _PERFECT for word in auxiliaries)


def _past_condition(verb: Word) -> str | None:
    """The cue of a past perfect condition: "if he had been", "Had ministers acted" (not "even if", "as if"). The
    parser hangs an inverted one as an adverbial clause or a complement, its verb a past tense at times."""
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _HAD), None)
    if had is None or verb.dep_ not in ("advcl", "ccomp"):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is not None:
        before = verb.doc[mark.i - 1] if mark.i > 0 else None
        return "if ... had" if verb.dep_ == "advcl" and verb.tag_ == "VBN" and mark.lower_ == "if" and (
            before is None or before.lower_ not in _NOT_CONDITIONAL) else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opens = had.i == verb.sent.start or verb.doc[had.i - 1].is_punct  # "Had ministers acted", "..., had they"
    inverted = had.lower_ == "had" and opens and subject is not None and had.i < subject.i and verb.tag_ in ("VBN", "VBD")
    return "had" if inverted else None


def _negated(verb: Word) -> bool:
    """Whether the clause of ``verb`` (or of the verb that carries its auxiliaries) has a negation."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS)
               for word in (verb, _host(verb)) for c in word.children)
