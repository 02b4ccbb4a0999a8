"""The one reader of kg's data files: every file in ``kg/lexicon/data`` goes through it.

A data file is UTF-8 text, one entry a line, columns separated by tabs, ``#``
starting a comment line. ``TABLES`` says what each file holds (its columns,
which of them are word forms that must be stored folded, which values a column
allows); ``read_table`` reads one file and checks every line against that, so a
bad entry stops kg at start-up with ``file:line`` and the fix instead of never
matching: lookups fold what they look up (``kg.folding.fold``), so an entry such
as ``guinea-bissau`` (folded: ``guinea bissau``) would be dead data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from kg.errors import LexiconError
from kg.folding import fold
from kg.types import EntityType

DATA_PACKAGE = "kg.lexicon"
DATA_FOLDER = "data"


@dataclass(frozen=True, slots=True)
class Table:
    """What one data file holds.

    Attributes:
        columns: The column names, in order (the error messages use them).
        folded: Indexes of the columns whose entries must equal their folded form.
        more: The last column may repeat (``canonical<TAB>alias<TAB>alias...``).
        choices: For some column indexes, the values that column allows.
        key: Indexes of the columns that together may not repeat (folded): the first by
            default; a nickname read differently by context (``saints`` in football
            and rugby) is one row per context.
    """

    columns: tuple[str, ...]
    folded: tuple[int, ...] = (0,)
    more: bool = False
    choices: tuple[tuple[int, frozenset[str]], ...] = ()
    key: tuple[int, ...] = (0,)


@dataclass(frozen=True, slots=True)
class Row:
    """One entry of a data file: where it stands and its fields."""

    path: str
    line: int
    fields: tuple[str, ...]

    def error(self, reason: str) -> LexiconError:
        """The error to raise about this row."""
        return LexiconError(self.path, self.line, reason)

    def integer(self, index: int) -> int:
        """Field ``index`` read as an integer.

        Raises:
            LexiconError: the field is not an integer.
        """
        try:
            return int(self.fields[index])
        except ValueError as error:
            raise self.error(f"{self.fields[index]!r} is not a whole number") from error


def _one_of(index: int, *values: str) -> tuple[int, frozenset[str]]:
    return index, frozenset(values)


_YES_NO = ("yes", "no")
ROLE_TYPE_NAMES = frozenset(
    "political government diplomatic business sport media arts legal military religious academic other none".split()
)
"""The types of ``roles.tsv``; ``none``: a phrase that ends in a role word but names no post."""
MEMBERSHIP_NAMES = frozenset({"member of", "play for"})
"""What holding a role of an organisation also says (``roles.tsv``'s last column, or ``-``)."""
_GENDER = ("m", "f", "-")
# The entity types a data file may name (kg.types.EntityType's values, but Thing).
_TYPES = tuple(entity_type.value for entity_type in EntityType if entity_type is not EntityType.THING)

TABLES: Mapping[str, Table] = {
    # Names of places, peoples and organisations.
    "countries.txt": Table(("country",)),
    "country_aliases.tsv": Table(("canonical", "alias"), folded=(), more=True),
    "capitals.tsv": Table(("city", "country"), folded=()),
    "regions.txt": Table(("region",)),
    "uk_regions.txt": Table(("region",)),
    "demonyms.tsv": Table(("demonym", "country"), folded=(0,)),
    "languages.tsv": Table(("language", "also"), folded=(0,), choices=(_one_of(1, "none", "people"),)),
    "org_suffixes.txt": Table(("suffix",)),
    "country_bodies.txt": Table(("head",)),
    "role_verbs.txt": Table(("role",)),
    "place_cues.tsv": Table(("word", "reading"), choices=(_one_of(1, "region", "country", "city"),)),
    "nicknames.tsv": Table(
        ("nickname", "context", "name", "type", "source"),
        choices=(_one_of(1, "any", "sport", "football", "rugby", "tennis", "cricket"), _one_of(3, *_TYPES)),
        key=(0, 1, 2),  # "reds": Liverpool, Nottingham Forest ... (the article decides, or none)
    ),
    # What a name's own words and its neighbours say it is (kg.extract.cues, kg.extract.namelike).
    "given_names.tsv": Table(
        ("name", "gender", "source"),
        choices=(_one_of(1, *_GENDER), _one_of(2, "census-1990", "census-1990-rare", "census-1990-european", "added")),
    ),
    "name_heads.tsv": Table(
        ("word", "type", "context"),
        choices=(_one_of(1, *_TYPES), _one_of(2, "any", "sport", "place", "club", "surname")),
    ),
    "name_openers.tsv": Table(("word", "type"), choices=(_one_of(1, *_TYPES),)),
    "type_cues.tsv": Table(("noun", "type"), choices=(_one_of(1, *_TYPES),)),
    "list_heads.tsv": Table(
        ("noun", "type", "place", "reason"), choices=(_one_of(1, *_TYPES), _one_of(2, "examples", "after"))
    ),
    "generic_terms.txt": Table(("term",)),
    "postnominals.txt": Table(("letters",)),
    "seat_holders.txt": Table(("letters",)),
    "service_nouns.txt": Table(("lemma",)),
    "day_names.txt": Table(("word",)),
    "peer_titles.txt": Table(("word",)),
    "doer_complete_nouns.txt": Table(("lemma",)),
    "doer_complete_verbs.txt": Table(("lemma",)),
    "post_qualifiers.txt": Table(("word",)),
    "condition_words.txt": Table(("word",)),
    "leading_words.tsv": Table(("word", "kind"), choices=(_one_of(1, "prefix", "modifier", "verb", "trailing"),)),
    "company_nouns.txt": Table(("noun",)),
    "firm_kinds.txt": Table(("noun",)),
    "firm_trades.txt": Table(("noun",)),
    "company_offices.txt": Table(("role",)),
    "firm_posts.txt": Table(("post",)),
    "narrowing_modifiers.txt": Table(("word",)),
    "company_verbs.txt": Table(("verb",)),
    "firm_clause_verbs.tsv": Table(("verb", "needs"), choices=(_one_of(1, "object", "any"),)),
    "owner_adjectives.txt": Table(("adjective",)),
    "business_objects.txt": Table(("noun", "reading"), choices=(_one_of(1, "object", "not"),)),
    "team_verbs.txt": Table(("verb",)),
    "ground_verbs.txt": Table(("verb",)),
    "ground_streets.txt": Table(("word",)),
    "transfer_verbs.tsv": Table(
        ("verb", "slot"), choices=(_one_of(1, "object", "from", "for", "to", "signing"),), key=(0, 1)
    ),
    "career_nouns.txt": Table(("noun",)),
    "band_nouns.tsv": Table(("noun", "kind"), choices=(_one_of(1, "band", "member", "possessed", "genre"),)),
    "work_kinds.tsv": Table(
        ("noun", "kind"), choices=(_one_of(1, "film", "music", "book", "stage", "television", "game"),)),
    "person_nouns.txt": Table(("noun",)),
    "townsfolk_nouns.txt": Table(("noun",)),
    "kin_nouns.txt": Table(("noun",)),
    "local_people_nouns.txt": Table(("noun",)),
    "naming_nouns.txt": Table(("noun",)),
    "client_roles.txt": Table(("role",)),
    "company_posts.txt": Table(("role",)),
    "sport_bodies.txt": Table(("sport",)),
    "epithet_nouns.txt": Table(("noun",)),
    "stage_epithets.txt": Table(("noun",)),
    "club_plurals.tsv": Table(("plural", "source")),
    "party_members.tsv": Table(("member", "source")),
    "mate_nouns.tsv": Table(("noun", "kind"), choices=(_one_of(1, "one", "several"),)),
    "national_team_events.tsv": Table(("event", "source")),
    "unspeaking_nouns.tsv": Table(("noun", "reason")),
    "thing_cues.tsv": Table(
        ("word", "role"),
        choices=(_one_of(1, "device", "run", "malware", "computing", "earn", "takings", "law"),),
        key=(0, 1),
    ),
    "technology_cues.tsv": Table(
        ("word", "role"), choices=(_one_of(1, "kind", "owned", "carrier", "via", "suffix"),), key=(0,)
    ),
    "technology_terms.tsv": Table(("name", "source"), folded=()),
    "product_makers.tsv": Table(("maker", "makes")),
    "media_makers.tsv": Table(
        ("name", "kind", "source"), choices=(_one_of(1, "broadcaster", "studio", "label", "publisher"),)
    ),
    "maker_units.txt": Table(("word",)),
    "sport_words.tsv": Table(
        ("word", "sport"), choices=(_one_of(1, "any", "football", "rugby", "tennis", "cricket", "prefix"),)
    ),
    "sport_own_words.txt": Table(("word",)),
    "sport_senses.tsv": Table(("word", "modifier"), folded=(0, 1), key=(0, 1)),
    "game_cues.tsv": Table(
        ("word", "cue"), key=(0, 1), choices=(_one_of(1, "game", "copy", "sequel", "user", "article"),)
    ),
    # Words of people and things.
    "titles.tsv": Table(
        ("title", "person", "gender", "name"),
        choices=(_one_of(1, *_YES_NO), _one_of(2, *_GENDER), _one_of(3, "surname", "first", "given")),
    ),
    "description_nouns.tsv": Table(("noun", "type")),
    "agent_nouns.txt": Table(("noun",)),
    "spokespeople.txt": Table(("noun",)),
    "report_nouns.txt": Table(("noun",)),
    "named_body_nouns.txt": Table(("noun",)),
    "taken_up_heads.txt": Table(("noun",)),
    "lower_name_heads.txt": Table(("noun",)),
    "newspaper_heads.txt": Table(("word",)),
    "carried_cues.txt": Table(("verb",)),
    "state_nouns.txt": Table(("noun",)),
    "owned_nouns.txt": Table(("noun",)),
    "unit_nouns.txt": Table(("noun",)),
    "chamber_names.txt": Table(("name",)),
    "measured_nouns.tsv": Table(("noun", "whose"), choices=(_one_of(1, "company", "economy"),)),
    "figure_verbs.txt": Table(("verb",)),
    "occurrence_verbs.txt": Table(("verb phrase",)),
    "held_occasions.txt": Table(("noun",)),
    "gap_nouns.txt": Table(("noun",)),
    "closing_verbs.txt": Table(("verb",)),
    "permit_verbs.txt": Table(("verb",)),
    "wish_verbs.txt": Table(("verb",)),
    "attempt_verbs.txt": Table(("verb",)),
    "overtaken_verbs.txt": Table(("verb",)),
    "proposing_verbs.txt": Table(("verb phrase",)),
    "only_results.txt": Table(("verb",)),
    "habit_adverbs.txt": Table(("word",)),
    "effect_verbs.txt": Table(("lemma",)),
    "given_of_nouns.txt": Table(("noun",)),
    "hope_verbs.txt": Table(("verb",)),
    "measure_verbs.txt": Table(("verb",)),
    "contest_wins.txt": Table(("verb",)),
    "multiple_verbs.txt": Table(("verb",)),
    "uttered_acts.tsv": Table(("word", "kind"), choices=(_one_of(1, "eager", "act"),)),
    "factive_verbs.txt": Table(("verb",)),
    "known_content_verbs.txt": Table(("verb",)),
    "doubting_words.txt": Table(("word",)),
    "finding_nouns.txt": Table(("noun",)),
    "polling_words.txt": Table(("word",)),
    "on_occasion_verbs.txt": Table(("verb",)),
    "feeling_adjectives.txt": Table(("adjective",)),
    "belief_adjectives.txt": Table(("adjective",)),
    "ease_adjectives.tsv": Table(("adjective", "kind"), choices=(_one_of(1, "ease", "difficulty"),)),
    "preventing_verbs.txt": Table(("verb", "forms"), choices=(_one_of(1, "from", "object"),)),
    "level_verbs.txt": Table(("verb",)),
    "figure_nouns.txt": Table(("noun",)),
    "change_nouns.tsv": Table(("noun", "verb")),
    "organisation_kinds.tsv": Table(
        ("noun", "kind"),
        choices=(_one_of(1, "company", "party", "government", "club", "union", "court", "agency", "charity",
                         "exchange", "association", "newspaper", "military", "police", "parliament", "council",
                         "committee", "commission"),),
    ),
    "kind_names.tsv": Table(("noun", "name_words")),
    "plural_nouns.txt": Table(("noun",)),
    "quantifiers.txt": Table(("word",)),
    "amount_heads.txt": Table(("noun",)),
    "market_measures.txt": Table(("noun",)),
    "count_words.txt": Table(("word",)),
    "share_words.txt": Table(("word",)),
    "prize_verbs.txt": Table(("verb",)),
    "writer_connectives.txt": Table(("word",)),
    # Function words.
    "pronouns.tsv": Table(
        ("pronoun", "person", "number", "gender", "cases"),
        choices=(_one_of(1, "1", "2", "3"), _one_of(2, "singular", "plural"), _one_of(3, "m", "f", "n", "-")),
    ),
    "determiners.tsv": Table(("determiner", "kind"), choices=(_one_of(1, "definite", "indefinite", "demonstrative"),)),
    "prepositions.txt": Table(("preposition",)),
    "relative_words.txt": Table(("word",)),
    "question_words.txt": Table(("word",)),
    "acronym_stopwords.txt": Table(("word",)),
    "passive_auxiliaries.txt": Table(("word",)),
    "by_particle_verbs.txt": Table(("verb",)),
    # Calendar words.
    "months.tsv": Table(("name", "month")),
    "weekdays.tsv": Table(("name", "weekday")),
    "relative_days.tsv": Table(("word", "offset")),
    # The NER label scheme (kg.nlp.labels).
    "labels.tsv": Table(("label", "type", "roles"), folded=()),
    # Events and how sure the text is of them (kg.lexicon.events checks the
    # values that name kg's own classes and roles).
    "event_lemmas.tsv": Table(
        ("lemma", "class", "use", "subject"), more=True,  # an optional fifth column: the object's role
        choices=(_one_of(2, "verb", "noun", "both"), _one_of(3, "agent", "theme")), key=(0, 2),
    ),
    "event_roles.tsv": Table(("preposition", "class", "argument", "role"), key=(0, 1, 2)),
    "result_nouns.tsv": Table(("noun", "verb", "side"), choices=(_one_of(2, "winner", "loser", "level"),)),
    "result_verbs.txt": Table(("verb",)),
    "consequence_participles.txt": Table(("lemma",)),
    "fellow_verbs.txt": Table(("lemma",)),
    "commitment_verbs.txt": Table(("lemma",)),
    **dict.fromkeys(("outcome_verbs.txt", "contest_moves.txt", "match_moves.txt", "match_strikes.txt",
                     "fixture_makers.txt", "counsel_against.txt", "oppose_verbs.txt", "struggle_verbs.txt",
                     "lifted_measures.txt", "asked_not_verbs.txt", "with_giving_verbs.txt"), Table(("verb",))),
    **dict.fromkeys(("proposal_nouns.txt", "purpose_nouns.txt"), Table(("noun",))),
    "schedule_nouns.txt": Table(("noun",)),
    "tool_nouns.txt": Table(("noun",)),
    "sport_opponent_verbs.txt": Table(("verb",)),
    "competition_heads.txt": Table(("word",)),
    "club_openers.txt": Table(("word",)),
    "standing_nouns.txt": Table(("noun",)),
    "club_stay_nouns.txt": Table(("noun",)),
    "result_giving.tsv": Table(("word", "part"), choices=(_one_of(1, "give", "result"),)),
    "moving_on.tsv": Table(("word", "part"), choices=(_one_of(1, "leave", "take"),)),
    "attended_purposes.tsv": Table(("word", "part"), choices=(_one_of(1, "there", "seen", "met", "talked"),),
                                   key=(0, 1)),
    "chance_nouns.txt": Table(("noun",)),
    "named_kinds.txt": Table(("noun",)),
    "chance_verbs.tsv": Table(("verb", "factuality"), choices=(_one_of(1, "negated", "asserted"),)),
    "thwarting_words.tsv": Table(("word", "slot"), choices=(_one_of(1, "object", "in", "amod"),), key=(0, 1)),
    "daring_nouns.txt": Table(("noun",)),
    "daring_verbs.tsv": Table(("verb", "factuality"), choices=(_one_of(1, "negated", "asserted"),)),
    "leaving_verbs.tsv": Table(("verb", "slot", "reason"), choices=(_one_of(1, "object", "from", "any", "passive"),)),
    "loss_verbs.txt": Table(("verb",)),
    "entered_states.tsv": Table(("word", "kind", "source"), choices=(_one_of(1, "verb", "state"),)),
    "hold_verbs.txt": Table(("verb",)),
    "still_words.txt": Table(("word",)),
    "retrospective_nouns.txt": Table(("word",)),
    "match_results.txt": Table(("word",)),
    "schedule_marks.txt": Table(("word",)),
    "talk_nouns.txt": Table(("noun",)),
    "presupposing_verbs.txt": Table(("verb",)),
    "attribution_words.tsv": Table(("word", "preposition")),
    "occasion_nouns.txt": Table(("noun",)),
    "aside_phrases.txt": Table(("phrase",)),
    "compound_prepositions.txt": Table(("phrase",)),
    "period_nouns.txt": Table(("noun",)),
    "counted_people.txt": Table(("noun",)),
    "subject_gap_words.txt": Table(("word",)),
    "ranked_words.txt": Table(("word",)),
    "unrealised_nouns.txt": Table(("noun",)),
    "authority_nouns.txt": Table(("noun",)),
    "body_heads.txt": Table(("noun",)),
    "tallied_events.txt": Table(("lemma",)),
    "whole_statements.txt": Table(("lemma",)),
    "whole_transactions.tsv": Table(("lemma", "when"), choices=(_one_of(1, "alone", "joint"),)),
    "whole_requests.tsv": Table(("lemma", "when"), choices=(_one_of(1, "alone", "joint"),)),
    "of_what_events.txt": Table(("lemma",)),
    "bound_posts.txt": Table(("role",)),
    "time_zones.txt": Table(("zone",)),
    "unchanged_pasts.txt": Table(("verb",)),
    "degree_adverbs.txt": Table(("adverb",)),
    "linking_verbs.txt": Table(("verb",)),
    "seeming_verbs.txt": Table(("verb",)),
    "prize_nouns.txt": Table(("noun",)),
    "award_heads.txt": Table(("word",)),
    "minding_verbs.txt": Table(("verb",)),
    "making_verbs.txt": Table(("verb",)),
    "trade_words.txt": Table(("word",)),
    "division_words.txt": Table(("word",)),
    "edition_marks.txt": Table(("word",)),
    "format_heads.txt": Table(("word",)),
    "credit_nouns.tsv": Table(("noun", "owners"), choices=(_one_of(1, "any", "not-firm"),)),
    "document_nouns.txt": Table(("noun",)),
    "for_object_nouns.tsv": Table(("noun", "reason")),
    "research_nouns.tsv": Table(("noun", "reason")),
    "faith_peoples.tsv": Table(("word", "reason")),
    "doer_adjectives.txt": Table(("adjective",)),
    "intent_words.tsv": Table(
        ("word", "preposition", "reading", "why"), key=(0, 1),
        choices=(_one_of(1, "in", "on", "about", "of", "at"), _one_of(2, "planned", "possible")),
    ),
    "for_theme_verbs.tsv": Table(("verb", "role", "why"), choices=(_one_of(1, "theme", "topic"),)),
    "in_theme_verbs.tsv": Table(("verb", "role", "why"), choices=(_one_of(1, "theme", "topic"),)),
    "as_role_verbs.txt": Table(("verb",)),
    "rate_nouns.txt": Table(("noun",)),
    "level_nouns.txt": Table(("noun",)),
    "aspect_lemmas.txt": Table(("verb",)),
    "aspect_gerund_verbs.txt": Table(("verb",)),
    "over_media.txt": Table(("noun",)),
    "over_particle_verbs.txt": Table(("verb",)),
    "contest_nouns.txt": Table(("noun",)),
    "means_participles.txt": Table(("participle",)),
    "authoring_verbs.txt": Table(("verb",)),
    "using_verbs.txt": Table(("verb",)),
    "to_complement_nouns.txt": Table(("noun",)),
    "to_giving_verbs.txt": Table(("verb",)),
    "destination_nouns.txt": Table(("noun",)),
    "association_verbs.txt": Table(("verb",)),
    "backing_phrases.tsv": Table(("verb", "noun"), folded=(0, 1), key=(0, 1)),
    "double_object_verbs.txt": Table(("verb",)),
    "participle_verbs.txt": Table(("verb",)),
    "causative_verbs.txt": Table(("verb",)),
    "middle_price_verbs.txt": Table(("verb",)),
    "reacting_verbs.txt": Table(("verb",)),
    "request_nouns.txt": Table(("noun",)),
    "judged_for_verbs.txt": Table(("verb",)),
    "object_of_nouns.txt": Table(("noun",)),
    "done_to_words.tsv": Table(("word", "use", "reason"), choices=(_one_of(1, "noun", "verb"),), key=(0, 1)),
    "imagining_verbs.txt": Table(("verb",)),
    "circumstance_prepositions.txt": Table(("preposition",)),
    "passive_controls.txt": Table(("verb",)),
    "raising_participles.tsv": Table(("verb", "reason")),
    "decision_deeds.tsv": Table(("word", "kind", "reason"), choices=(_one_of(1, "deciding", "act", "judging"),)),
    "refused_comments.tsv": Table(("word", "kind"), choices=(_one_of(1, "refusal", "comment", "speech"),)),
    "estimate_nouns.txt": Table(("noun",)),
    "drift_nouns.txt": Table(("noun",)),
    "set_values.txt": Table(("noun",)),
    "deal_nouns.txt": Table(("noun",)),
    "brand_nouns.txt": Table(("noun",)),
    "takings_verbs.tsv": Table(("verb", "particle")),
    "prize_words.tsv": Table(("word", "kind", "reason"), choices=(_one_of(1, "category", "honour", "person"),)),
    "match_idioms.tsv": Table(
        ("word", "part", "construction"), key=(0, 1, 2),
        choices=(_one_of(1, "verb", "noun"), _one_of(
            2, "home", "aimed", "goal", "alone", "level", "lead", "ahead", "scoreline", "save", "down", "strike",
            "side", "gives", "result", "doubt", "favourite", "injury", "fixture")),
    ),
    "complement_verbs.txt": Table(("verb",)),
    "content_nouns.txt": Table(("noun",)),
    "clause_nouns.txt": Table(("noun",)),
    "reporter_verbs.txt": Table(("verb",)),
    "in_nouns.txt": Table(("noun",)),
    "instrument_verbs.txt": Table(("verb",)),
    "rank_nouns.tsv": Table(("noun", "marker"), choices=(_one_of(1, "number", "ordinal"),)),
    "describing_verbs.tsv": Table(("verb", "complement"), choices=(_one_of(1, "as", "object", "both"),)),
    "accusing_verbs.txt": Table(("verb",)),
    "duty_verbs.txt": Table(("verb",)),
    "legal_words.txt": Table(("word",)),
    "control_verbs.txt": Table(("verb",)),
    "factuality_cues.tsv": Table(("word", "kind", "factuality"), key=(0, 1)),
    "non_events.tsv": Table(
        ("lemma", "why"), choices=(_one_of(1, "state", "speech", "light", "receive", "place", "aspect", "habitual"),)
    ),
    "non_event_forms.tsv": Table(
        ("form", "construction"), choices=(_one_of(1, "premodifier", "preposition", "filler", "idiom"),)
    ),
    # Positions and speech (kg.extract.rolephrase, kg.extract.quotes); kg.lexicon
    # checks that a role's key ("-" or the role it stands for) is folded too.
    "roles.tsv": Table(
        ("role", "type", "key", "membership"),
        choices=(_one_of(1, *ROLE_TYPE_NAMES), _one_of(3, *MEMBERSHIP_NAMES, "-")),
    ),
    "speech_cues.tsv": Table(("lemma", "frame"), choices=(_one_of(1, "clause", "object", "direct"),)),
}
"""Every data file of ``kg/lexicon/data`` and what it holds."""


def read_table(name: str) -> tuple[Row, ...]:
    """The rows of the data file ``name``, checked against ``TABLES[name]``.

    Raises:
        LexiconError: a line breaks the file's format (``file:line`` and the fix).
        KeyError: ``name`` is not in ``TABLES``.
    """
    text = (resources.files(DATA_PACKAGE) / DATA_FOLDER / name).read_text(encoding="utf-8")
    return parse_table(text, f"kg/lexicon/data/{name}", TABLES[name])


def read_words(name: str) -> frozenset[str]:
    """The entries of a one-column data file."""
    return frozenset(row.fields[0] for row in read_table(name))


def parse_table(text: str, path: str, table: Table) -> tuple[Row, ...]:
    """The rows of ``text`` (the contents of ``path``), each checked against ``table``.

    A row is rejected when it is empty, has an empty field or spaces around one,
    has the wrong number of columns, a value its column does not allow, an entry
    of a folded column that is not folded, or the same first entry (folded) as
    an earlier row.

    >>> table = Table(("country",))
    >>> [row.fields for row in parse_table("# comment\\nfrance\\nguinea bissau\\n", "countries.txt", table)]
    [('france',), ('guinea bissau',)]
    >>> parse_table("france\\nguinea-bissau\\n", "countries.txt", table)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.LexiconError: countries.txt:2: 'guinea-bissau' is not in folded form: write 'guinea bissau' ...
    >>> parse_table("france\\n\\nspain\\n", "countries.txt", table)
    Traceback (most recent call last):
    ...
    kg.errors.LexiconError: countries.txt:2: empty line: remove it (a comment line starts with #)
    """
    rows: list[Row] = []
    first_seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            continue
        row = Row(path, number, tuple(line.split("\t")))
        _check(row, table)
        key = "\t".join(fold(row.fields[index]) for index in table.key)
        if key in first_seen:
            shown = " ".join(row.fields[index] for index in table.key)
            raise row.error(f"{shown!r} is listed twice (also on line {first_seen[key]}): keep one")
        first_seen[key] = number
        rows.append(row)
    return tuple(rows)


def _check(row: Row, table: Table) -> None:
    fields = row.fields
    if not "".join(fields).strip():
        raise row.error("empty line: remove it (a comment line starts with #)")
    if any(not field or field != field.strip() for field in fields):
        raise row.error("empty field or spaces around a field: columns are separated by one tab")
    width = len(table.columns)
    if len(fields) < width or (len(fields) > width and not table.more):
        layout = "<TAB>".join(table.columns) + ("[<TAB>...]" if table.more else "")
        raise row.error(f"expected {layout!r}, found {len(fields)} column(s)")
    for index, allowed in table.choices:
        if fields[index] not in allowed:
            raise row.error(f"{table.columns[index]} {fields[index]!r} is not one of {', '.join(sorted(allowed))}")
    repeated = range(width - 1, len(fields)) if table.more and width - 1 in table.folded else ()
    for index in (*table.folded, *repeated):
        if fields[index] != fold(fields[index]):
            folded = fold(fields[index])
            raise row.error(f"{fields[index]!r} is not in folded form: write {folded!r} (lookups fold names)")
