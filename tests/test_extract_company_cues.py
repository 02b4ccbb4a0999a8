"""A name NER read as a person is a company or a product when the text says so
(kg.extract.company_cues.does_company_business, kg.extract.cues.has_version_number;
kg.extract.spread.companies_not_people):
the evidence of one mention holds for all mentions of the name in the article."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T
from tests.extract_helpers import mention_types


def _types(nlp, text: str, name: str, sport: frozenset[str] = frozenset()) -> set[T]:
    """The types of the mentions of ``name`` in ``text``."""
    return {mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The subject of a company's business, in every mention of the name.
        ("Keane reported profits of £400m on Tuesday. Keane said demand was strong.", "Keane", T.ORGANIZATION),
        ("Pernod Ricard reported a merger with Allied Domecq. Pernod Ricard said it was confident.", "Pernod Ricard",
         T.ORGANIZATION),
        # A person reports and bids too; a given name says person.
        ("Mr Johnson reported the story for the Times. Johnson said it was true.", "Johnson", T.PERSON),
        ("Robinson made a bid for the title. Robinson said he was confident.", "Robinson", T.PERSON),
        ("Martha Stewart reported profits of £4m. Martha Stewart said so.", "Martha Stewart", T.PERSON),
        # A band: the lone subject of a plural verb; not two people who are subjects together.
        ("Keane are back in the studio. Keane said the album was nearly finished.", "Keane", T.ORGANIZATION),
        ("Mr Blair met Mr Brown. Blair and Brown are close allies.", "Blair", T.PERSON),
        ("Arash Sigarchi and Mojtaba Saminejad are both in prison in Iran.", "Mojtaba Saminejad", T.PERSON),
        # A maker's or trader's noun before the name, or the kind it is an example of.
        ("Record companies and distributor Jet Star backed the campaign.", "Jet Star", T.ORGANIZATION),
        ("The market is dominated by low margin manufacturers like Dell.", "Dell", T.ORGANIZATION),
        # A worm is software (a virus may be a disease's: "the Sars virus").
        ("An e-mail is also circulating that carries the Zar worm which tries to spread.", "Zar", T.PRODUCT),
        # A name that ends in a version number is a product, in every mention; not after a given name.
        ("Microsoft will launch the Xbox 2 next year. Xbox 2 will play DVDs.", "Xbox 2", T.PRODUCT),
        ("Joe 90 was a puppet show.", "Joe 90", T.PERSON),
        # What a company has after its possessive, read as the possessive's head ("Yukos' former key oil
        # production unit", business/399): evidence about every mention, the cued one's too.
        ("Local press had reported that ONGC was looking to buy 15% of Yukos' former key oil production unit for "
         "$2bn. Yukos is being broken up by Russian authorities to pay a massive tax bill.", "Yukos", T.ORGANIZATION),
        # Shares in it: the cue that made a mention NER read as a place an organisation is evidence for
        # the mentions NER read as a person too (business/386).
        ("Krispy Kreme said accounting errors had forced the move, adding that its board of directors made the "
         "decision to restate its accounts on 28 December. Shares in Krispy Kreme sank 14.87% - or $1.83 - to close "
         "at $10.48 on the news.", "Krispy Kreme", T.ORGANIZATION),
        # A chief executive is a company's, not a person's (business/460).
        ('"By retaining the vast majority of Peoplesoft technical staff, Oracle will have the resources to deliver '
         'on the development and support commitments we have made to Peoplesoft customers over the last 18 months," '
         "Oracle's chief executive Larry Ellison said in a statement.", "Oracle", T.ORGANIZATION),
        # A country's name is no person's, but an article person's surname is his.
        ("Sri Lanka's banks face hard times following December's tsunami disaster, officials have warned.",
         "Sri Lanka", T.COUNTRY),
        ("Eddie Jordan sold his team. Jordan said he was sad.", "Jordan", T.PERSON),
        # A place's name that opens one company's name and speaks there is the company ...
        ("Texas Instruments unveiled a new chip. The chip uses less power, said Texas, which makes chips for phones.",
         "Texas", T.ORGANIZATION),
        # ... not a capital's, which speaks for its government.
        ("Paris Match published the photos. Paris said the photos were fake.", "Paris", T.CITY),
    ],
)
def test_company_and_product_cues_over_all_mentions(nlp, text, name, expected):
    assert _types(nlp, text, name) == {expected}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A title that opens organisations' names too stays in a name NER read as no person ...
        ("General Motors has warned that its profits will fall.", {("General Motors", T.ORGANIZATION)}),
        ("The General Assembly met in New York.", {("General Assembly", T.ORGANIZATION), ("New York", T.PLACE)}),
        ("The General Election will be close.", {("General Election", T.EVENT)}),
        # A named plan is a programme of policy, as a named strategy is (name_heads.tsv).
        ("He called for a new Marshall Plan for Africa.", {("Marshall Plan", T.LAW), ("Africa", T.PLACE)}),
        # ... but not before a person's name, nor where NER read a person.
        ("General Pervez Musharraf said the army would stay.", {("Pervez Musharraf", T.PERSON)}),
        ("UN Secretary General Kofi Annan spoke.", {("UN", T.ORGANIZATION), ("Kofi Annan", T.PERSON)}),
        # Church titles are titles: alone no name, before a surname stripped (titles.tsv).
        ("It was one of many issues the Cardinal mentioned in his letter.", set()),
        ("Desmond Tutu spoke first. Later, Archbishop Tutu told BBC News it was wrong.",
         {("Desmond Tutu", T.PERSON), ("Tutu", T.PERSON), ("BBC News", T.ORGANIZATION)}),
        # A title before a surname's lower-case particle is a title still.
        ('The French Culture Minister Renaud Donnedieu de Vabres gave the award. "You have talent," Mr de Vabres said.',
         {("Renaud Donnedieu de Vabres", T.PERSON), ("de Vabres", T.PERSON)}),
    ],
)
def test_organisation_titles_stay_in_organisations_names(nlp, text, names):
    assert {(mention.text, mention.type) for mention in find_mentions(nlp(text), sport=frozenset())} == names


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A title that only a given name follows ("King") opens a band's or a film's name that NER
        # read as no person (entertainment/158, 385) ...
        ("Rodgers was singer with rockers Free before forming Bad Company, a successful supergroup with "
         "members of King Crimson and Mott the Hoople.", "King Crimson", T.ORGANIZATION),
        # ... before a given name it is a title still.
        ("Savoy has been sold to a group combining Saudi investor Prince Alwaleed bin Talal and a bank.",
         "Alwaleed bin Talal", T.PERSON),
    ],
)
def test_given_name_titles_open_other_names(nlp, text, name, expected):
    found = {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}
    assert found.get(name) is expected
    assert name.split()[-1] not in found  # no "Crimson" cut from the name


@pytest.mark.parametrize(
    ("text", "sport", "name", "expected"),
    [
        # A one-word name NER read as a person that plays as a team once is the club in every mention ...
        ("Everton beat Fulham 2-0 on Saturday. Everton said the midfielder was fit.",
         {"sport", "football"}, "Everton", T.SPORTS_TEAM),
        ("Moyes said Everton have won their last three games. Everton said the midfielder was fit.",
         {"sport", "football"}, "Everton", T.SPORTS_TEAM),
        # A player's time at a club names the club (career_nouns.txt).
        ("He had set his sights on an international career with Wales before the injury.",
         {"sport", "rugby"}, "Wales", T.SPORTS_TEAM),
        # A grand slam is an event in a sports report (name_heads.tsv), not the ground "at" it names.
        ("The only other Indian woman to win a match at a Grand Slam is Nirupama Vaidyanathan.",
         {"sport", "tennis"}, "Grand Slam", T.EVENT),
        # ... but not an article person's first name, nor in a tennis report, where people play.
        ("Benitez said Xabi Alonso was injured. Xabi could not play more than 45 minutes.",
         {"sport", "football"}, "Xabi", T.PERSON),
        ("Moyes said Everton have won their last three games. Everton said the midfielder was fit.",
         {"sport", "tennis"}, "Everton", T.PERSON),
    ],
)
def test_types_in_sports_reports(nlp, text, sport, name, expected):
    assert _types(nlp, text, name, frozenset(sport)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party's name NER cut in two ("Liberal" + "Democrat") is one name of nicknames.tsv ...
        ("The Liberal Democrat parliamentary chairman Matthew Taylor said it was wrong.",
         {("Liberal Democrat", T.ORGANIZATION), ("Matthew Taylor", T.PERSON)}),
        # ... and an organisation before a role takes the proper nouns compounded into it.
        ("Liberal Democrat spokesman Ed Davey said so.", {("Liberal Democrat", T.ORGANIZATION), ("Ed Davey", T.PERSON)}),
        # Not a word before it that modifies the role ("Former").
        ("Former Arsenal manager George Graham said so.", {("George Graham", T.PERSON)}),
    ],
)
def test_organisation_names_before_roles_are_whole(nlp, text, expected):
    from kg.extract import extract
    from kg.records import Document

    extraction = extract(Document(id="d", text=text), nlp(text))
    assert {(m.text, m.type) for m in extraction.mentions if m.kind == "name"} == expected


def test_a_city_named_as_a_city_is_no_club(nlp):
    text = ("Mirza, who lives in the southern Indian city of Hyderabad known for producing a host of top Indian "
            "cricketers, turned professional.")
    types = _types(nlp, text, "Hyderabad", frozenset({"sport", "tennis", "cricket"}))
    assert types and T.SPORTS_TEAM not in types


@pytest.mark.parametrize("sentence", [
    "Prices will rise, according to analysts at Morgan Stanley.",
    "Shares in Morgan Stanley rose 2% on Friday.",
])
def test_a_firm_named_with_a_given_name_first_stays_a_firm_where_it_acts_as_one(nlp, sentence):
    # "Morgan" is a given name; NER's organisation stands where the name acts as a firm
    assert mention_types(nlp, sentence, sport=None)["Morgan Stanley"] is T.ORGANIZATION


def test_a_person_whose_name_ner_misread_stays_a_person(nlp):
    # no firm's cue: the given name still makes a person of NER's organisation
    types = mention_types(nlp, "Alan Milburn said the campaign would focus on the economy.", sport=None)
    assert types.get("Alan Milburn", T.PERSON) is T.PERSON


@pytest.mark.parametrize("text", [
    # bbc/entertainment/221 and 333: NER reads the bookmaker as a person (a given name first).
    '"This is highly unlikely," William Hill spokesman Rupert Adams said. William Hill made the move on Friday.',
    "Bookmaker William Hill has stopped taking bets on who will be the next James Bond.",
])
def test_what_no_person_has_makes_a_firm_of_a_name_with_a_given_name_first(nlp, text):
    types = {t for name, t in mention_types(nlp, text, sport=None).items() if name == "William Hill"}
    assert types == {T.ORGANIZATION}


@pytest.mark.parametrize("text", [
    # A person's own shares, profits or spokesman written the British way stay a person's.
    "William Hague's shares in the firm were sold. William Hague said he had no regrets.",
    "Martha Stewart's profits fell last year. Martha Stewart said she had no regrets.",
    "Mr Blair's spokesman said Tony Blair would not comment.",
])
def test_a_persons_shares_or_spokesman_leave_a_person(nlp, text):
    types = mention_types(nlp, text, sport=None)
    assert T.ORGANIZATION not in {t for name, t in types.items() if name in ("William Hague", "Tony Blair", "Martha Stewart")}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The short form of a firm's name with a generic last word (business/291, tech/393 of the BBC corpus).
        ("Among the accused were Altria Group and Liggett Group. The decision sent Altria shares up 5.11%.",
         "Altria", T.ORGANIZATION),
        ('According to Pew Research 44% of searchers use one engine. Said the Pew report: "This is ironic."',
         "Pew", T.ORGANIZATION),
        # Not a trade's word: "Kingfisher" beside "Kingfisher Airlines" may be the group's lager (business/315).
        ("Kingfisher has market share of about 29%. United's budget airline, Kingfisher Airlines, is to buy planes.",
         "Kingfisher", T.PERSON),
        # Nor a person of the article's.
        ("Shares in Murdoch Group rose. Rupert Murdoch said Murdoch had no plans to sell.", "Murdoch", T.PERSON),
    ],
)
def test_a_firms_short_form_is_the_firm(nlp, text, name, expected):
    assert _types(nlp, text, name) == {expected}
