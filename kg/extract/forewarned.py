"""A warning about how things stand is a claim, not a forecast.

``factuality_cues.tsv`` reads "warn" as a verb that looks ahead: "warned that prices would
rise" leaves the rise possible. A warning whose content is how things are or were, with no
modal or future of its own, tells a state of affairs the speaker asserts: "Argonaut warned
that it was running out of cash", "the firm warned that profits had fallen" (reported, as
"said" would be). ``present_warning`` says which; a modal in the content still makes it
possible through the content's own markers ("warned that it could run out of cash").

So is the that-clause of a verb of intent when it is in the past (``decided_past``): "The
tribunal decided that Ms Villalba had been unfairly dismissed", "They considered that they
undermined workers' rights": a ruling or a view of what was done (reported), not a plan
("decided that he would leave" and "agreed that the firm pays" stay planned).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_WARNING_VERBS = frozenset({"warn", "caution"})
_PAST_OR_PRESENT = frozenset({"VBD", "VBZ", "VBP"})
_PERFECT = frozenset({"had", "has", "have", "'d", "'s", "'ve"})


def present_warning(verb: Word, content: Word) -> bool:
    """Whether ``verb`` warns of how things stand in ``content`` (its that-clause's verb): a
    tensed content with no modal and no infinitive it governs ("is set to slow")."""
    if verb.lemma_.lower() not in _WARNING_VERBS or content.dep_ != "ccomp":
        return False
    auxiliaries = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "'ll", "shall") for a in auxiliaries):
        return False
    if content.lower_ == "going" or any(c.dep_ == "xcomp" for c in content.children):
        return False  # "warned that prices are going to rise", "growth is set to slow": ahead
    return content.tag_ in _PAST_OR_PRESENT or any(a.tag_ in _PAST_OR_PRESENT for a in auxiliaries)


def decided_past(content: Word) -> bool:
    """Whether ``content``, the that-clause of a verb of intent, tells what was done: a simple
    past, a perfect or a past passive, with no modal and no infinitive it governs."""
    if content.dep_ != "ccomp" or any(c.dep_ == "xcomp" for c in content.children):
        return False
    auxiliaries = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return (content.tag_ == "VBD" and not auxiliaries) or (content.tag_ == "VBN" and any(
        a.lower_ in _PERFECT or a.tag_ == "VBD" for a in auxiliaries))
