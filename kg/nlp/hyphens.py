"""Words made with "vice-", "co-" or "re-" stay one token: "vice-president", "co-founder",
"re-drafted".

The English pipeline's tokenizer splits them at the hyphen, and its parser then
reads "vice" and "-" as subjects of their own: in "US vice-president Dick Cheney
said", "Microsoft co-founder Bill Gates said", the quote went to the country or
the firm. Kept whole, the word is one noun before the name, as "chairman" is. Split,
"re" became a clause's verb and the verb after the hyphen a clause of its own: "will
not be re-drafted by the Commission" read a "draft" done, asserted; whole, the verb
keeps its negation and passive ("re-draft", negated).
The lemmatizer does not know such words, so ``kg_prefixed_lemmas`` gives each the
lemma of its last part: "co-founders" -> "co-founder", "co-wrote" -> "co-write",
"re-released" -> "re-release".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

PREFIXED_WORD = re.compile(r"(?i)(?:vice|co|re)-[a-z]+\Z")
LEMMAS_COMPONENT = "kg_prefixed_lemmas"


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep "vice-", "co-" and "re-" words whole (unless the pipeline
    already matches whole tokens its own way: then it is left as it is), and lemmatize
    them by their last part."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer, "token_match", None) is None and hasattr(tokenizer, "token_match"):
        tokenizer.token_match = PREFIXED_WORD.match
    if "lemmatizer" in nlp.pipe_names and LEMMAS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEMMAS_COMPONENT, after="lemmatizer")


class PrefixedLemmas:
    """Gives a "vice-", "co-" or "re-" word the lemma of its last part, with the prefix."""

    def __init__(self, nlp: Language) -> None:
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self._lemmatize: Callable[[Token], list[str]] | None = getattr(lemmatizer, "lemmatize", None)

    def __call__(self, doc: Doc) -> Doc:
        if self._lemmatize is None:
            return doc
        for token in doc:
            if "-" in token.text and token.is_lower and PREFIXED_WORD.match(token.text):
                prefix, rest = token.text.split("-", 1)
                alone = Doc(doc.vocab, words=[rest], pos=[token.pos_ or "NOUN"], tags=[token.tag_])
                lemmas = self._lemmatize(alone[0])
                if lemmas:
                    token.lemma_ = f"{prefix}-{lemmas[0]}"
        return doc


@Language.factory(LEMMAS_COMPONENT, assigns=["token.lemma"])
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp)
