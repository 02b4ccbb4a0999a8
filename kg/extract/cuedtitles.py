"""A common word written as a one-word title right after a work's noun is that title.

Rule ``generic`` of ``kg.extract.namelike`` rejects a lone capitalised word the tagger
reads as a common one ("Broadband", "Firms"): NER's name there is most often no name.
But a work's title is often one common word, and right after the noun of a work's kind
it is the work's name: "with the single Run and award-winning album Final Straw" (NER: a
person, the tagger: an adjective), "a video for her song Outrageous", "Wes Craven's
horror movie Cursed", "Theo van Gogh's controversial film Submission" (NER: a product;
the tagger: a noun). ``cued_title`` keeps such a word for the cue noun to type
(``kg.extract.acting.classifier_type``): the noun a work's in ``type_cues.tsv``, written
in lower case inside the sentence, and the word a noun, an adjective or a verb (no
pronoun, determiner or question word: "the film It", "the song What'd I Say" are
longer titles NER cut). "single" may be tagged an adjective, and counts after a
determiner or a possessive only ("the single Run", "her single"; not "a single Labour
MP": no title after it). A one-word name right after any cue noun of ``type_cues.tsv``
(``kg.extract.cuednames.after_cue_noun``: "pop band Busted", "education watchdog Ofsted")
is kept too.
"""

from __future__ import annotations

from kg.extract.cuednames import after_cue_noun
from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import TYPE_CUES
from kg.types import EntityType

_TITLE_POS = frozenset({"NOUN", "ADJ", "VERB", "PROPN"})
_OWNERS = frozenset({"det", "poss"})


def cued_title(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are one common word right after a work's noun (a title), or one
    capitalised word right after any cue noun (``after_cue_noun``: a name)."""
    tokens = words.words
    if end - start != 1 or start == 0 or tokens[start].sent.start == start:
        return False
    return (tokens[start].pos_ in _TITLE_POS and work_noun_before(words, start)) or after_cue_noun(words, start)


def work_noun_before(words: Words, start: int) -> bool:
    """The word before ``start`` is the noun of a work's kind, in lower case inside the
    sentence: "the film", "her song"; "single" tagged an adjective after a determiner or
    an owner too ("the single Caught Up"; not "a single")."""
    tokens = words.words
    if start == 0 or tokens[start].sent.start == start:
        return False
    noun = tokens[start - 1]
    if not noun.text.isalpha() or not noun.text.islower():
        return False
    if TYPE_CUES.get(fold(noun.lemma_)) is not EntityType.WORK and TYPE_CUES.get(noun.lower_) is not EntityType.WORK:
        return False
    if noun.pos_ == "NOUN":
        return True
    before = tokens[start - 2] if start >= 2 else None
    return noun.pos_ == "ADJ" and before is not None and before.dep_ in _OWNERS and before.lower_ not in {"a", "an"}
