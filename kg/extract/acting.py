"""Proper names NER missed, read from what a noun calls them or from what they do.

``kg.extract.mentions`` takes a run of proper nouns NER left out only when its
type is certain. Two constructions make it so, each with evidence of its own:

- classifier: a cue noun of ``type_cues.tsv`` right before a run of capitalised
  words names it, the run opening even on a word the tagger reads as a number
  or an adjective: "Clint Eastwood's boxing drama Million Dollar Baby" (the
  type comes from the noun, read by ``kg.extract.cues.cue_type``);
- actor: a capitalised proper-noun run that is the subject or object of a verb,
  even at the head of its sentence, typed by what it does or undergoes:
  a club's transfer ("Arsenal signed the striker on Saturday":
  ``kg.extract.clubs``), a side's play in a report whose sport is known
  ("Arsenal beat Chelsea on Saturday", "Arsenal are fully capable of scoring": a team in
  football, a player in tennis; in a report on a sport it does not name, a player is
  as often a person as a team: '"Charly played a great game"'; in a team sport, only a
  town's name (or a club's ending in one: "Partizani Tirana"), a plural verb's subject
  or a side against a named opponent, as a player's surname plays too: "Mutu faces a
  ban"), the other side
  of a playing verb whose opponent NER read as an organisation (the same kind:
  "Arsenal beat Chelsea" in a single sentence), a company's business
  ("Zentrix reported profits of £3m", "Zentrix announced ..."), a plural verb
  with a lone subject (a band or a team: "Keane are back in the studio").

A run that acts but fails a rule of ``kg.extract.namelike`` is counted under the
rule's name like NER's rejected spans; a run at the head of its sentence that the
text also writes in lower case is counted as ``sentence-initial`` ("Police
arrested two men ... the police"). A given name alone is no evidence of what a
name is and is left to NER.
"""

from __future__ import annotations

from kg.extract.clubs import club_type, opposes_organisation
from kg.extract.company_cues import acts_as_organisation, does_company_business, takes_plural_verb
from kg.extract.cuedtitles import work_noun_before
from kg.extract.cues import is_team, noun_cue, player_type
from kg.extract.namelike import check_name
from kg.extract.sides import club_of_city
from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, PRONOUNS, TITLE_WORDS, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

# The parse's slots of a verb's own arguments: who acts and what it acts on.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def acting_type(words: Words, start: int, end: int, sport: frozenset[str], rejected: list[str]) -> EntityType | None:
    """The type of words ``start:end``, a proper-noun run NER missed, from what it does
    (see the module's actor construction), or ``None`` with no evidence; a run with
    evidence that fails a name rule is counted in ``rejected`` under the rule."""
    root = words.root(start, end)
    if root.dep_ not in _ARGUMENTS or root.head.pos_ not in {"VERB", "AUX"}:
        return None
    form = fold(words.span_text(start, end))
    if len(form) < 2 or form in GIVEN_NAMES or form.split()[0] in GIVEN_NAMES or form in COUNTRIES or form in PRONOUNS:
        return None  # "Henry scored": a person's name is NER's to read; a country the caller's; '"I have"'
    if _fragment(words, start, end) or _noun_read_as_verb(words, end, root):
        return None  # "RBS Six Nations debut": the tagger's verb ends a longer name
    found = _evidence(words, start, end, root, sport)
    if found is None:
        return None
    club = club_type(words, start, end, sport) is not None or opposes_organisation(root)
    bounds, rule = check_name(words, start, end, "", frozenset())
    if bounds is None:
        rejected.append(rule or "")
        return None
    at_head = words.words[start].sent.start == start
    if at_head and (_written_lower(words, start, end) or (not club and not _named_inside(words, start, end))):
        # "Police arrested two men ... the police said"; "Ecologists are warning MSPs": a plural
        # verb proves no name at the head unless the text capitalises the words inside a sentence too.
        rejected.append("sentence-initial")
        return None
    return found if bounds == (start, end) else None


def _evidence(words: Words, start: int, end: int, root: Word, sport: frozenset[str]) -> EntityType | None:
    """What the run's verb says it is, strongest first (the module's actor construction)."""
    if (club := club_type(words, start, end, sport)) is not None:
        return club  # "Arsenal signed the striker on Saturday"
    known_place = gazetteer().is_place(words.span_text(start, end))
    played = player_type(sport, known_place=known_place)
    # In a team sport a player's surname plays too ("Mutu faces a ban"): a side there is a
    # town's name, a plural verb's subject or one side of a game with a named other side.
    side = played is EntityType.PERSON or known_place or takes_plural_verb(words, start, end) or _named_opponent(root) or (
        end - start > 1 and club_of_city(words, start, end)  # "Partizani Tirana"
    )
    if sport - {"sport"} and side and is_team(words, start, end):
        return played  # "Arsenal are fully capable", "Arsenal beat Chelsea"; "Dent beat Coria" in tennis
    if opposes_organisation(root):
        return EntityType.SPORTS_TEAM if sport else EntityType.ORGANIZATION  # "Arsenal beat Chelsea" (Chelsea: ORG)
    if known_place:
        return None  # a town's name that does business is left to NER and the gazetteer
    if does_company_business(words, start, end) or (root.dep_ == "nsubj" and acts_as_organisation(words, start, end)):
        return EntityType.ORGANIZATION  # "Zentrix reported profits of £3m", "Zentrix announced"
    if takes_plural_verb(words, start, end):
        return EntityType.SPORTS_TEAM if sport else EntityType.ORGANIZATION  # "Keane are back in the studio"
    return None


def _named_opponent(root: Word) -> bool:
    """The other side of the run's verb is a name NER read as a side ("beat Chelsea", "face Italy")."""
    other = "dobj" if root.dep_ == "nsubj" else "nsubj"
    return any(child.dep_ == other and child.ent_type_ in {"ORG", "GPE", "NORP"} for child in root.head.children)


def _written_lower(words: Words, start: int, end: int) -> bool:
    """The text writes one of the run's words in lower case elsewhere: a common word capitalised at the head."""
    run = {word.lower_ for word in words.words[start:end]}
    return any(word.text in run for word in words.words if word.text.islower())


def _named_inside(words: Words, start: int, end: int) -> bool:
    """The run's words are written, capitalised, inside a sentence elsewhere in the text."""
    length, text = end - start, words.span_text(start, end)
    tokens = words.words
    return any(
        i != start and tokens[i].sent.start != i and tokens[i].text == tokens[start].text and words.span_text(i, i + length) == text
        for i in range(len(tokens) - length + 1)
    )


# Things named after places and people: their classifier noun outweighs the name's own words.
_NAMED_AFTER_OTHERS = frozenset({EntityType.WORK, EntityType.PRODUCT, EntityType.EVENT})


def classifier_type(words: Words, start: int, sport: frozenset[str]) -> EntityType | None:
    """The type of a work, product or event a classifier noun right before the name gives,
    stronger than the name's own head word: "the novel Brick Lane", "the film Cold
    Mountain" (no lane, no mountain); ``None`` for other nouns ("oil firm Rosneft")."""
    before = words.words[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "ADJ" and work_noun_before(words, start):
        return EntityType.WORK  # "the single Caught Up": the tagger's adjective (kg.extract.cuedtitles)
    if before is None or before.pos_ != "NOUN" or not before.text.islower():
        return None
    found = noun_cue(before, sport)
    return found if found in _NAMED_AFTER_OTHERS else None


def _fragment(words: Words, start: int, end: int) -> bool:
    """A capitalised word stands right before the run inside its sentence: the run is
    the end of a longer name ("his RBS Six Nations debut", "Six" a number), no name;
    not a nationality ("Bulgarian Magdaleena Maleeva"), a title or a person's given name
    before it ("to beat Gisela Dulko": NER's "Gisela", and Dulko the player's surname)."""
    before = words.words[start - 1] if start > 0 else None
    return (
        before is not None and words.words[start].sent.start != start and before.text[:1].isupper()
        and before.ent_type_ not in {"NORP", "PERSON"} and demonym_country(before.text) is None
        and before.lower_ not in TITLE_WORDS and before.lower_ not in GIVEN_NAMES
    )


def _noun_read_as_verb(words: Words, end: int, root: Word) -> bool:
    """The run's verb is a present-tense plural right after it with no object, which the
    tagger gives a noun after a name: "explosive Six Nations clash at Lansdowne Road"
    (not "Arsenal are fully capable", an auxiliary, nor "Saracens face Bath")."""
    verb = root.head
    return verb.i == end and verb.tag_ == "VBP" and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children)
