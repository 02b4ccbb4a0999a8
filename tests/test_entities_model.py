"""One correctly typed node per real thing, on real text with the shared pipeline:
(article snippet, expected entities) tables for each rule of issue 15."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve
from kg.types import EntityType as T

MATCH_REPORT = (
    "Manchester United beat Blackburn Rovers 2-0 on Saturday. The striker scored twice before half-time and "
    "the keeper saved a penalty, and the coach praised his squad after the match."
)


def _graph(nlp, text: str):
    document = Document(id="t", text=text)
    return resolve(extract(document, nlp(text)))


def _entities(nlp, text: str) -> dict[str, T]:
    return {entity.label: entity.type for entity in _graph(nlp, text).entities if entity.label[:1].isupper()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # head words
        ("Spain lead the Davis Cup final 2-1 after the doubles in Seville.", {"Davis Cup": T.EVENT}),
        ("The Sunday Times reported the deal on Sunday, citing sources at the bank.", {"Sunday Times": T.WORK}),
        ("The Mayor of London attended the Kodak Theatre ceremony in Los Angeles.", {"Kodak Theatre": T.FACILITY}),
        # a carrier's "Lines" (name_heads.tsv): no person, whatever NER says
        ("Delta Air Lines is cutting domestic fares by as much as 50% as part of a plan to ensure its financial "
         "survival.", {"Delta Air Lines": T.ORGANIZATION}),
        # a head word that is a surname too ("Wayne Bridge") still names a thing after a place's name
        ("Fans gathered at Stamford Bridge and Tower Bridge.", {"Stamford Bridge": T.FACILITY, "Tower Bridge": T.FACILITY}),
        # BBC tech: a lecture is an event (was a Person), its organiser's name without the year
        ("Nick Donofrio gave the Royal Academy of Engineering 2004 Hinton Lecture in London.",
         {"Hinton Lecture": T.EVENT, "Royal Academy of Engineering": T.ORGANIZATION, "Nick Donofrio": T.PERSON, "London": T.CITY}),
        # given names: people, whatever NER says
        ("Cate Blanchett and Eva Birthistle were nominated for best actress.", {"Cate Blanchett": T.PERSON, "Eva Birthistle": T.PERSON}),
        # cue nouns
        # a new thing is a product
        ("Microsoft will launch the new Xbox in Europe next year.", {"Xbox": T.PRODUCT}),
        # teams in a sports report: a club NER took for a person
        (MATCH_REPORT, {"Manchester United": T.SPORTS_TEAM}),
        # cities known to GeoNames are cities
        ("The company moved its headquarters from Seattle to Chicago last year.", {"Seattle": T.CITY, "Chicago": T.CITY}),
    ],
)
def test_entities_types_from_evidence(nlp, text, expected):
    found = _entities(nlp, text)
    for label, entity_type in expected.items():
        assert found.get(label) is entity_type, (label, found)


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        # a dateline, a generic term, a title alone
        ("NEW YORK - Shares in General Motors rose after VAT was cut.", {"NEW YORK", "VAT"}),
        # titles go to aliases, never the label
        ("Treasurer Peter Costello said the budget was in surplus.", {"Treasurer Peter Costello", "Treasurer"}),
        # markup from a hostile page
        ("The page said <img src=x onerror=\"document.title='PWNED'\"> and Alan Smith left.", {"onerror=\"document.title='PWNED'\">"}),
        # plural titles and generic terms, also where NER found no name
        ("Doug Smith's departure was announced on 17 November as MPs grilled him over the agency.", {"MPs"}),
        ("The agency's new IT system was delivered by EDS and cost millions.", {"IT"}),
        # units of a rate; a dash between spaces parts two names
        ("HSDPA systems offer two megabits per second (Mbps) compared with 384 kilobits per second (Kbps) on 3G.",
         {"Mbps", "Kbps"}),
        ("The chart was led by Dennis Quaid, Scarlett Johansson - Racing Stripes was third.",
         {"Scarlett Johansson - Racing Stripes"}),
        # a fixture's "v" parts two sides (BBC sport/205, an FA Cup draw)
        ("Arsenal were drawn at home to Stoke.\n\nBirmingham v Leeds\n\nHartlepool v Boston\n\n"
         "Milton Keynes Dons v Peterborough\n\nOldham v Man City\n\nLuton v Hinckley/Brentford\n\n",
         {"Milton Keynes Dons v Peterborough", "Luton v Hinckley/Brentford"}),
    ],
)
def test_entities_junk_spans_are_no_names(nlp, text, not_names):
    labels = {entity.label for entity in _graph(nlp, text).entities}
    assert not labels & not_names, labels
    assert not any(char in label for label in labels for char in "<>=\"")


def test_entities_a_fixtures_v_parts_two_sides(nlp):
    labels = {entity.label for entity in _graph(nlp, "Arsenal were drawn at home to Stoke.\n\nHartlepool v Boston\n\n"
                                                "Milton Keynes Dons v Peterborough\n\nLuton v Hinckley/Brentford\n\n").entities}
    assert {"Milton Keynes Dons", "Peterborough"} <= labels, labels


def test_entities_titles_go_to_aliases(nlp):
    graph = _graph(nlp, "Treasurer Peter Costello said the budget was in surplus.")
    (costello,) = [entity for entity in graph.entities if "Costello" in entity.label]
    assert costello.label == "Peter Costello" and costello.type is T.PERSON
    assert "Treasurer Peter Costello" in costello.aliases


def test_entities_rejections_are_counted_by_rule(nlp):
    graph = _graph(nlp, "NEW YORK - Shares in General Motors rose after VAT was cut.")
    assert dict(graph.rejected).get("dateline") == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The UK Independence Party (UKIP) won seats. UKIP leader Roger Knapman was pleased.", {"UK Independence Party", "UKIP"}),
        ("The Reserve Bank of Australia raised rates to 5.5%. The Reserve Bank said inflation was rising.",
         {"Reserve Bank of Australia", "Reserve Bank"}),
        ("Tottenham Hotspur signed a striker on Monday. The deal means Spurs have spent £20m this season.",
         {"Tottenham Hotspur", "Spurs"}),
        ("The Tories launched their campaign. The Conservative Party said taxes would fall.", {"Conservative Party", "Tories"}),
        # A thing's name with and without its spaces; a product NER once read as a place.
        ("The leaks reached the PowerPage website. Power Page said it would fight.", {"PowerPage", "Power Page"}),
        ("Articles described Apple's Asteroid product. Apple denied that Asteroid existed and sued.", {"Asteroid"}),
        ("Tarantino will direct an episode of US television series CSI: Crime Scene Investigation. CSI's "
         "co-producer said he was a fan.", {"CSI: Crime Scene Investigation", "CSI"}),
        # A line-up's initial and surname.
        ("Wales coach Mike Ruddock has made two changes from the team that beat Italy 38-8 for the trip to France.\n\n"
         "Kevin Morgan takes over from his injured colleague Hal Luscombe on the right wing.\n\n"
         "G Thomas (Toulouse, capt); K Morgan (Newport-Gwent), T Shanklin (Cardiff), G Henson (Neath-Swansea).",
         {"Kevin Morgan", "K Morgan"}),
        ("Jonny Wilkinson looks set to miss the whole of the 2005 RBS Six Nations. That game is the day after England "
         "play Italy in the Six Nations.",
         {"RBS Six Nations", "Six Nations"}),
        ("The Lyric Theatre in Belfast will reopen. Actors said the Lyric was safe.", {"Lyric Theatre", "Lyric"}),
        # "the Commons": the alias table's short name of the House of Commons.
        ("The Lib Dems called for Commons leader Peter Hain to make a statement. Hugh Dalton resigned after the "
         "details were announced to the House of Commons.", {"House of Commons", "Commons"}),
    ],
)
def test_entities_short_forms_and_nicknames_are_one_node(nlp, text, names):
    nodes = [entity for entity in _graph(nlp, text).entities if names & {entity.label, *entity.aliases}]
    assert len(nodes) == 1, [(entity.label, entity.aliases) for entity in nodes]
    assert names <= {nodes[0].label, *nodes[0].aliases}


def test_entities_the_commons_alone_is_the_house_of_commons(nlp):
    text = ("The Commons has approved the measures despite considerable opposition, with the government's majority "
            "more than halved as 32 Labour rebels joined Tory and Lib Dem opposition. The plans face further "
            "Commons scrutiny on Monday before passing to the Lords.")
    labels = {entity.label: entity.type for entity in _graph(nlp, text).entities}
    assert labels.get("House of Commons") is T.ORGANIZATION and "Commons" not in labels


def test_entities_places_are_linked_to_geonames(nlp):
    graph = _graph(nlp, "The minister flew from London to Birmingham and then to Nairobi, the capital of Kenya.")
    links = {entity.label: entity.place for entity in graph.entities if entity.place is not None}
    assert links["Birmingham"].geonames_id == 2655603  # the article is in Britain: not Alabama
    assert links["Kenya"].country_code == "KE" and links["Kenya"].feature == "country"
    assert links["Nairobi"].latitude is not None


def test_entities_build_report_counts_rejections(nlp, tmp_path):
    from kg.pipeline import BuildReport, build

    (tmp_path / "a.txt").write_text("NEW YORK - Shares in General Motors rose after VAT was cut.\n", encoding="utf-8")
    report = BuildReport()
    graph = build([tmp_path], nlp=nlp, report=report)
    assert report.rejected["dateline"] == 1 and report.rejected["generic"] == 1
    assert "not names: 2 span(s) rejected (dateline 1, generic 1)" in report.summary(graph)


@pytest.mark.parametrize(
    ("text", "label", "entity_type"),
    [
        # a big city NER missed is found by the gazetteer
        ("Tourists flocked back to Blackpool after the storm passed.", "Blackpool", T.CITY),
        # a name a cue noun types: an organisation, a work and its whole title
        ("The bid was made by state gas monopoly Gazprom last week.", "Gazprom", T.ORGANIZATION),
        ("Critics praised the comedy Shaun of the Dead at the festival.", "Shaun of the Dead", T.WORK),
        # a title word that is the whole name after its cue noun (entertainment/158), in every mention
        ("The remaining members of rock band Queen are to go on tour next year. Queen have played with many "
         "different singers since 1991.", "Queen", T.ORGANIZATION),
    ],
)
def test_entities_names_ner_missed(nlp, text, label, entity_type):
    assert label not in {ent.text for ent in nlp(text).ents}  # the pipeline misses it
    found = _entities(nlp, text)
    assert found.get(label) is entity_type, found


def test_entities_parties_do_not_meet_in_a_generic_word(nlp):
    """ "Party strategists": a generic last word alone is no short form of the
    parties the nickname table names ("Labour", "the Conservatives")."""
    text = (
        "Both Labour and the Conservatives have said they plan to boost pensions.\n\n"
        "Party strategists claim turnout rises. The Labour party has committed itself to childcare. "
        "The Conservatives are yet to unveil plans."
    )
    nodes = [entity for entity in _graph(nlp, text).entities if {"Labour", "Conservatives"} & {entity.label, *entity.aliases}]
    assert len(nodes) == 2, [(entity.label, entity.aliases) for entity in nodes]


def test_entities_a_firm_named_after_a_person_is_no_person(nlp):
    """ "Stan Lee Media": a firm's head word makes it an organisation, and the man it is
    named after ("Stan Lee") no short form of it."""
    text = "Stan Lee created Spider-Man in 1962. In 1998 he founded Stan Lee Media, which later went bankrupt."
    types = {entity.label: (entity.type, entity.aliases) for entity in _graph(nlp, text).entities}
    assert types["Stan Lee Media"][0] is T.ORGANIZATION
    assert types["Stan Lee"][0] is T.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER reads the full name once as a place: one person
        ("Nissan named Toshiyuki Shiga as its chief operating officer. Mr Ghosn said he had full confidence in Toshiyuki Shiga.",
         "Toshiyuki Shiga"),
        # a region no gazetteer knows, once a modifier NER took for an organisation: one place
        ("The minister of India's Andhra Pradesh state said the firm would visit. An Andhra Pradesh official said a site was ready.",
         "Andhra Pradesh"),
    ],
)
def test_long_name_typed_twice_is_one_node(nlp, text, name):
    assert [entity.label for entity in _graph(nlp, text).entities].count(name) == 1


def test_a_player_whose_surname_is_a_head_word_is_a_person(shared_dir, nlp):
    # BBC sport (judged unseen): "Chelsea left-back Wayne Bridge" was a Facility ("bridge").
    text = (shared_dir / "corpus" / "bbc" / "sport" / "111.txt").read_text(encoding="utf-8")
    assert _entities(nlp, text)["Wayne Bridge"] is T.PERSON
