"""A capitalised name right after a cue noun: "boxing drama Million Dollar Baby", "pop band Busted".

A title's leading "The" stands between the cue noun and the name kg gives ("comedy The
Matador": "Matador", as NER names "movie The Aviator" "Aviator"); ``cue_before`` looks past it,
so ``kg.extract.cues.cue_type`` types a title NER missed whole there.

A lower-case noun of ``type_cues.tsv`` right before a capitalised word says a name opens
there, whatever the tagger reads the word as: "the album Hopes", "boxing drama Million
Dollar Baby" ("Million" tagged a number). ``kg.extract.mentions`` takes such a run as a
name NER missed (``kg.extract.acting``'s classifier), and ``kg.extract.namelike`` keeps a
one-word name NER found there though the tagger reads a common word or a verb ("Chart-topping
pop band Busted have confirmed", "education watchdog Ofsted", "TV soap Neighbours", "her
song Outrageous"), which it otherwise rejects as a capitalised common word ("generic":
"Hardware security is ...").
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import DETERMINERS, TITLE_WORDS, TYPE_CUES


def after_cue_noun(words: Words, i: int) -> bool:
    """Word ``i`` opens a capitalised title right after a cue noun, inside its sentence:
    "boxing drama Million Dollar Baby" ("Million" is tagged a number), "the album Hopes";
    not at a leading "The" ("movie The Aviator": NER's "Aviator", as kg names it) nor a
    pronoun ("the current squad I definitely feel")."""
    tokens = words.words
    if i == 0 or tokens[i].sent.start == i:
        return False
    token, before = tokens[i], tokens[i - 1]
    return (
        token.text[:1].isupper() and token.is_alpha and len(token.text) > 1 and token.pos_ != "PRON"
        and token.lower_ not in DETERMINERS and (token.lower_ not in TITLE_WORDS or _whole_name(tokens, i))
        and before.pos_ == "NOUN" and before.text.islower() and before.lemma_.lower() in TYPE_CUES
    )


def cue_before(tokens: list[Word], start: int) -> Word | None:
    """The word that may be a cue noun for a name opening at ``start``: the one right before
    it, or the one before a capitalised "The" inside the sentence that opens the title ("comedy
    The Matador": "comedy"; the name is "Matador", as NER names "movie The Aviator")."""
    if start >= 2 and tokens[start - 1].text == "The" and tokens[start - 1].sent.start != start - 1:
        return tokens[start - 2]
    return tokens[start - 1] if start > 0 else None


def _whole_name(tokens: list[Word], i: int) -> bool:
    """A title word that is the whole name after its cue noun: "rock band Queen are to
    tour", "pop star Prince said"; not "the minister Lord Falconer" (a title)."""
    return i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper()
