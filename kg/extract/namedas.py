"""What a participant was named, elected or voted: the attribute of an appointment or a vote.

"Virginia Madsen was named best supporting actress", "Ronaldinho was voted world player of
the year", "The critics named Sideways the best film", "was appointed (as) president": the
parser marks the complement an object predicate (``oprd``); without a role for it the event
kept only who was named, and "named" alone says nothing. A passive's object predicate is
the attribute; an active verb's is the attribute only after its object (the first of two
object predicates, or a direct object, is who was named), and when the verb has an "as"
phrase the object predicate is who was named ("appointed UBS and ABN Amro as additional
advisors": the banks, named advisors by the "as" phrase, ``event_roles.tsv``).

So is the adjective a passive verb of finding or judging gives its subject, whatever the event:
"Lana Clarkson was found dead at his home", "Collins was found guilty of using drugs" ->
find(patient=Collins, attribute=guilty of using drugs), with what the adjective takes (its "of"
charge); not an active verb's adjective ("make Britain safer": a light verb's state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.lexicon.events import Trigger

NAMING_CLASSES = frozenset({"appointment", "election"})  # events whose object predicate is what one is named


def complement_role(head: Word, trigger: Trigger) -> str | None:
    """The role of an object predicate ``head`` of a naming event ("attribute", or the
    verb's object role when it is who was named), or ``None`` for any other word."""
    if head.dep_ == "oprd" and head.pos_ == "ADJ" and trigger.event_class not in NAMING_CLASSES:
        return "attribute" if described_state(head) else None  # "was found dead", "was found guilty of fraud"
    if head.dep_ != "oprd" or trigger.event_class not in NAMING_CLASSES:
        return None
    verb = head.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return "attribute"  # "was named best actress", "a Canadian company, named IOG"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return trigger.object  # "appointed UBS and ABN Amro as additional advisors"
    earlier = any(c.dep_ in ("dobj", "oprd") and c.i < head.i for c in verb.children)
    return "attribute" if earlier else trigger.object  # "named Sideways [the best film]"


def described_state(adjective: Word) -> bool:
    """Whether an adjective object predicate says what a passive verb found its subject to be:
    "was found dead", "was declared fit"; not an active verb's ("make Britain safer")."""
    verb = adjective.head
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
