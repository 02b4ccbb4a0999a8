"""A name a role is held at is no person's, unless it is written as one.

NER reads a firm's unfamiliar name as a person's ("Energis", "Gracenote", "Virgin
Radio"); the vote of ``kg.resolve.vote`` then keeps it a person when no cue says
otherwise. A role the text gives someone at the name says what it is: "Malcolm
Seagrave, security expert at Energis", "Ross Blanchard, vice president of business
development for Gracenote", "James Cridland, head of new media at Virgin Radio" (the
``organisation`` of a ``RoleReading``). A person voted for such a name is an
organisation, unless one of its mentions is written as a person's name: a given
name first ("a spokesman for Tony Blair", "his lawyer, Raymond Griffiths",
``kg.extract.cues.looks_like_person``) or a person's title ("Mr Brown's former
advisor"). A role held for a person as often as for a firm ("Kenteris' lawyer Gregory
Ioannidis", "Henman's coach": ``client_roles.txt``) is evidence only for a one-word
name ("Grokster's lawyer argued"): NER reads a firm's one word as a person's, seldom a
full name. Where NER did not find the name in the role's own sentence, the role's
organisation counts for the mentions written the same way elsewhere ("vice president of
search properties at Ask Jeeves" and "Ask Jeeves has bought ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.cues import looks_like_person
from kg.lexicon import CLIENT_ROLES, PERSON_TITLES
from kg.records import Extraction, Mention
from kg.resolve.forms import normalise
from kg.types import EntityType, Span


def employer_spans(extraction: Extraction) -> dict[Span | str, bool]:
    """The spans of the names roles are held at: each organisation argument's whole
    span and its head's ("analyst firm Gartner": "Gartner"), each with whether only
    roles held for people too are held there ("Kenteris' lawyer": ``client_roles.txt``);
    and, keyed by their normalised text, the span and head where no name mention covers them."""
    spans: dict[Span | str, bool] = {}
    named = {mention.span for mention in extraction.mentions if mention.kind == "name"}
    text = extraction.document.text
    for reading in extraction.roles:
        organisation = reading.organisation
        if organisation is not None and reading.role:
            client = reading.role_key in CLIENT_ROLES
            head = (organisation.head_start, organisation.head_end)
            keys: list[Span | str] = [organisation.span, head]
            if head not in named and organisation.span not in named:
                keys += [normalise(text[start:end]) for start, end in {organisation.span, head}]
            for key in keys:
                spans[key] = spans.get(key, True) and client
    return spans


def employer_type(voted: EntityType, members: Iterable[Mention], employers: dict[Span | str, bool]) -> EntityType:
    """``voted``, or an organisation for a person voted for a name a role is held at
    that no mention writes as a person's (see the module docstring)."""
    if voted is not EntityType.PERSON:
        return voted
    members = list(members)
    held = [employers[key] for mention in members for key in (mention.span, normalise(mention.text)) if key in employers]
    if not held:
        return voted
    if any(looks_like_person(m.text) or any(t.lower() in PERSON_TITLES for t in m.titles) for m in members):
        return voted
    if all(held) and any(len(m.text.split()) > 1 for m in members):
        return voted  # "Kostas Kenteris ... Kenteris' lawyer": a full name has lawyers as a firm ("Grokster's lawyer") does
    return EntityType.ORGANIZATION
