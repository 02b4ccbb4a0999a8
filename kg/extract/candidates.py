"""The internal record the rule modules produce before it becomes a `Proposition`.

Rules work on spaCy tokens; a `Candidate` keeps token lists so that spans,
relation text and evidence features can still be computed from the parse. Only
`kg.extract.propositions` turns candidates into the public, token-free
`kg.records.Proposition`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.types import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(slots=True)
class Candidate:
    """One proposition found by a rule, still in token form.

    Attributes:
        subject: Tokens of the subject argument (sorted, may be empty when unknown).
        relation: Relation words in reading order: tokens or literal strings.
        key: Normalised predicate key (see `kg.records.Proposition.key`).
        object: Tokens of the object argument, or ``None``.
        extras: Further arguments (prepositional phrases, times), each a token list.
        kind: The construction that produced it (``"svo"``, ``"passive"`` ...).
        predicate: The token that carries the relation (verb, or the noun for nominal rules).
        factuality: How sure the text is (``kg.extract.factuality``).
        cue: The word that set the factuality, or ``None``.
        source: Head word of whoever reports, claims or denies it, if the factuality rules found one.
        chain: The verbs of the clause, first to last ("preparing", "pull"); empty for verbless rules.
        attributed_to: Tokens of the speaker when the proposition is reported speech.
        features: Evidence flags the confidence model reads.
    """

    subject: list[Token]
    relation: list[Token | str]
    key: str
    object: list[Token] | None
    kind: str
    predicate: Token
    extras: list[list[Token]] = field(default_factory=list)
    factuality: Factuality = Factuality.ASSERTED
    cue: str | None = None
    source: Token | None = None
    chain: list[Token] = field(default_factory=list)
    attributed_to: list[Token] | None = None
    features: dict[str, object] = field(default_factory=dict)

    def relation_text(self) -> str:
        """The relation as the words appear (literals as given)."""
        return " ".join([part if isinstance(part, str) else part.text for part in self.relation])

    def signature(self) -> tuple:
        """What makes two candidates the same proposition (used to drop duplicates)."""
        return (
            tuple([t.i for t in self.subject]),
            self.relation_text(),
            tuple([t.i for t in self.object]) if self.object else (),
            tuple([tuple([t.i for t in extra]) for extra in self.extras]),
        )
