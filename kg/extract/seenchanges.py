"""Whose figure a change is when the text says its owner saw it change: "GM saw its net profits fall 37%".

"General Motors (GM) saw its net profits fall 37% in the last quarter", "Channel Tunnel operator
Eurotunnel has seen sales fall", "The LSE, which saw its shares rise 25%": the one who saw a
firm's or a country's figure (``measured_nouns.tsv``) change is whose figure it is, as a firm that
reports a rise in its profits is (``kg.extract.changes.reporter``). Without it the change has no
owner (the bare "sales fell" of no one), or one only a pronoun gives ("its"), which the parse
around the name may leave unresolved. The change verb is a bare infinitive (no "to") whose subject
is the figure, the clause of a verb "see"; its owner is the subject of "see", through a relative
"which" the noun it stands for, through an apposition the name ("operator Eurotunnel"). Only a name
or a party: not a pronoun ("it has seen sales fall": its own resolution), nor a kind of seller
("non-store retailers seeing sales rise", "their companies would see sales rise": any company's), nor a
figure with an infinitive "to" ("expects to see earnings grow" is seen by its subject, but no one
saw it yet: the owner stays what the phrase gives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind, has_to

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["seen_by"]

_SEE = "see"
_BARE = frozenset({"VB", "VBP"})  # the parse tags a bare infinitive after "saw" either way ("saw its profits fall")


def seen_by(head: Word) -> Word | None:
    """The name or party that saw the value ``head`` heads change (see the module), else ``None``."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in _BARE or has_to(verb):
        return None
    see = verb.head
    if see.lemma_.lower() != _SEE or see.pos_ != "VERB" or has_to(see):
        return None
    subject = next((c for c in see.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and see.dep_ == "relcl":
        subject = see.head  # "The LSE, which saw its shares rise"
    if subject is None or subject.pos_ == "PRON":
        return None
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subject.pos_ != "PROPN" and named is not None:
        subject = named  # "Channel Tunnel operator Eurotunnel"
    if subject.pos_ == "PROPN":
        return subject
    # "the firm has seen sales fall"; not a plural of a kind ("their companies would see sales rise": any company's)
    return subject if subject.tag_ == "NN" and argument_kind(subject, [subject]) == "party" else None
