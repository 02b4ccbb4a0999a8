"""A firm's name NER found once is found again where it is a verb's subject (kg.extract.repeats).
Sentences from BBC business and technology articles (index 200 and up)."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _found(nlp, text: str, name: str) -> list[tuple[int, T]]:
    return [(mention.start, mention.type) for mention in find_mentions(nlp(text)) if mention.text == name]


def test_a_firm_named_once_is_the_subject_where_ner_missed_it(nlp):
    """The cue noun makes "Macrovision" a firm once; NER misses "Macrovision said", the firm speaking."""
    text = (
        "DVDs will be harder to copy thanks to new anti-piracy measures devised by copy protection firm Macrovision. "
        'Macrovision said RipGuard was designed to plug the "digital hole" that was created by so-called DeCSS ripper software.'
    )
    said = text.index("Macrovision said")
    assert (said, T.ORGANIZATION) in _found(nlp, text, "Macrovision")


def test_a_repeat_inside_a_longer_name_is_no_new_mention(nlp):
    """ "The Commodore 64" is the computer, not Commodore the firm."""
    text = (
        "Commodore International filed for bankruptcy in 1994. "
        "The Commodore 64, launched in 1982, was one of the first affordable home PCs."
    )
    assert text.index("Commodore 64") not in [start for start, _ in _found(nlp, text, "Commodore")]
