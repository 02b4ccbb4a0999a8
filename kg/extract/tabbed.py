"""Open-IE over pre-tokenised sentences, written in the CaRB "tabbed" system format.

One extraction a line: ``SENTENCE<TAB>CONFIDENCE<TAB>RELATION<TAB>ARG1<TAB>ARG2...``
(see ``shared/eval/carb/SCORING.md`` §2.2). Benchmark sentences come tokenised
(PTB style, tokens separated by single spaces) and the scorer compares tokens
exactly, so each Doc is built from the given tokens rather than re-tokenised:
every emitted word is then a token of the input.

    >>> format_line("A b .", 0.5, "b", ["A"])
    'A b .\\t0.5000\\tb\\tA'
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.extract.propositions import propositions
from kg.records import Proposition

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(slots=True)
class Timing:
    """Time spent per stage, to report extraction cost beside parse cost."""

    sentences: int = 0
    extractions: int = 0
    parse_seconds: float = 0.0
    extract_seconds: float = 0.0

    def summary(self) -> str:
        """One line: counts and milliseconds per sentence for each stage."""
        n = max(self.sentences, 1)
        return (
            f"{self.sentences} sentences, {self.extractions} extractions; "
            f"parse {1000 * self.parse_seconds / n:.2f} ms/sentence, "
            f"extraction {1000 * self.extract_seconds / n:.2f} ms/sentence"
        )


def format_line(sentence: str, confidence: float, relation: str, arguments: list[str]) -> str:
    """One tabbed-format line; tabs and newlines inside fields become spaces."""
    fields = [sentence, f"{confidence:.4f}", relation, *arguments]
    return "\t".join(" ".join(field.split()) if i != 1 else field for i, field in enumerate(fields))


def parse_tokens(nlp: Language, sentence: str) -> Doc:
    """Parse a whitespace-tokenised sentence, keeping its tokens as they are."""
    doc = Doc(nlp.vocab, words=sentence.split())
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def keep(proposition: Proposition, *, min_confidence: float, include_all: bool) -> bool:
    """Whether a proposition is written: asserted ones only, unless ``include_all``."""
    if proposition.confidence < min_confidence:
        return False
    return include_all or not (proposition.negated or proposition.modality)


def _arguments(proposition: Proposition) -> list[str]:
    args = [proposition.subject.text]
    if proposition.object is not None:
        args.append(proposition.object.text)
    args.extend(extra.text for extra in proposition.extras)
    return args


def openie_lines(
    nlp: Language,
    sentences: Iterable[str],
    *,
    min_confidence: float = 0.0,
    include_all: bool = False,
    timing: Timing | None = None,
) -> Iterator[str]:
    """Extractions for each sentence, as tabbed-format lines.

    Args:
        nlp: A loaded spaCy pipeline with a parser.
        sentences: One pre-tokenised sentence each; blank ones are skipped.
        min_confidence: Leave out extractions scored below this.
        include_all: Also write negated and hedged (modal) propositions.
        timing: Filled in with counts and seconds, when given.
    """
    timing = timing if timing is not None else Timing()
    for raw in sentences:
        sentence = raw.strip()
        if not sentence:
            continue
        start = time.perf_counter()
        doc = parse_tokens(nlp, sentence)
        parsed = time.perf_counter()
        found = list(propositions(doc))
        timing.parse_seconds += parsed - start
        timing.extract_seconds += time.perf_counter() - parsed
        timing.sentences += 1
        for proposition in found:
            if keep(proposition, min_confidence=min_confidence, include_all=include_all):
                timing.extractions += 1
                yield format_line(sentence, proposition.confidence, proposition.relation, _arguments(proposition))
