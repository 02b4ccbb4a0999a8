"""Short forms that drop a name's first word or clip a given name (kg.resolve.shortnames),
on the session pipeline: each case is (article, labels that must be nodes, labels that must not)."""

from __future__ import annotations

import pytest

import kg


def _labels(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}


def _aliases(nlp, text: str) -> dict[str, set[str]]:
    return {entity.label: set(entity.aliases) for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A maker's brand prefix dropped: "MG Rover ... Rover said".
        (
            "Plant talks\n\nTalks between MG Rover and a Chinese partner have stalled. "
            "Rover said it would keep the factory open.\n",
            {"MG Rover"},
            {"Rover"},
        ),
        # A surname after a full name NER read as a company's.
        (
            "Loan move\n\nKiki Musampa has joined Manchester City on loan. Musampa said he was happy.\n",
            {"Kiki Musampa"},
            {"Musampa"},
        ),
        # An acronym that is a company's name without its generic last word, after the full name.
        (
            "Durex maker bid\n\nUK condom maker SSL International has refused to comment on reports it may "
            "be subject to a takeover early in 2005. Eighteen months ago Reckitt Benckiser was at the centre "
            "of a rumoured takeover bid for SSL - but that came to nothing.\n",
            {"SSL International"},
            {"SSL"},
        ),
        # A trade's generic word (org_suffixes.txt): a miner's "Resources".
        (
            "Bid too low\n\nAustralian mining firm WMC Resources has said it is worth up to 30% more than a "
            "hostile offer. And WMC chief executive Andrew Michelmore claimed the Xstrata offer was aimed at "
            "creating value for Xstrata's shareholders.\n",
            {"WMC Resources"},
            {"WMC"},
        ),
        # A generic tail of two words (org_suffixes.txt: "air lines").
        (
            "Fares cut\n\nDelta Air Lines is cutting domestic fares by as much as 50% as part of a plan to ensure "
            "its financial survival. Delta is restructuring in a bid to fight off insolvency.\n",
            {"Delta Air Lines"},
            {"Delta"},
        ),
        # A firm of two names by its first.
        (
            "Sugar award\n\nTate & Lyle's chief executive has been named European Businessman of the Year by a "
            "leading business magazine. Tate's shares have leapt 55% this year, boosted by firming sugar prices.\n",
            {"Tate & Lyle"},
            {"Tate"},
        ),
        # The same short form NER read as a place that no gazetteer knows.
        (
            "Net attacks\n\nThe creation of the fingerprinting system has been brokered by US firm Arbor "
            "Networks. Mr Pollard said Arbor was not charging for the service and it would pass on "
            "fingerprint data to every network affected.\n",
            {"Arbor Networks"},
            {"Arbor"},
        ),
        # A product's model after its maker's name, in capitals: "the PSP" for the Sony PSP.
        (
            "Nintendo adds media playing to DS\n\nThe Nintendo DS is the successor to the GameBoy. The adapter "
            "will cost about 5000 yen, roughly the difference in price between the DS and the higher-priced "
            "Sony PSP. Sony is thought to be preparing movies and music for the PSP.\n",
            {"Sony PSP", "Sony"},
            {"PSP"},
        ),
        # A club's town playing for it, without its club word (name_heads.tsv): the article's sport
        # cues read "Birmingham" as the team.
        (
            "Blues slam Blackburn over Savage\n\nBirmingham have confirmed Blackburn made a bid for "
            "Robbie Savage - but managing director Karen Brady has called it \"derisory\".\n\nRovers "
            "have reportedly offered £500,000 up front for the Wales star, 30, with the fee rising to "
            "£2.2m. But Brady told The Sun the bid was \"a waste of fax paper and my time\". She added: "
            "\"The way things are going all this could affect the relationship between the clubs. "
            "They've got into Robbie's head. But he's not for sale.\" Savage's future at Birmingham has "
            "been the source of speculation for several weeks, with some fans criticising his "
            "performances for the club earlier in the season. However, good displays against West Brom "
            "and Aston Villa have impressed Blues fans. \"The crowd gave me a massive standing ovation "
            "when I came off on Saturday which was nice,\" he said. \"It was fantastic even though I was "
            "criticised by a number of them in recent weeks and on Saturday it showed how much I mean to "
            "them. \"It's not for me to say (about transfer rumours), it's between the two clubs. \"I "
            "haven't created the speculation myself, I haven't phoned every national newspaper saying, "
            "'Blackburn are trying to buy me'. It's not up to me.\" Birmingham manager Steve Bruce "
            "insists he does not want to sell Savage. \"A lot is said and written about Sav but he has "
            "been terrific for Birmingham City the last two and a half years,\" he said.\n",
            {"Birmingham City"},
            {"Birmingham"},
        ),
        # A body without its owner's acronym: "Radio 1" for BBC Radio 1.
        (
            "Peel replaced by three DJs\n\nThe late John Peel's BBC Radio 1 show is to be succeeded in February "
            "by three shows hosted by three DJs. Radio 1 said the show would not try to replace Peel, but would "
            "rise to the \"challenge\" of \"keeping his legacy alive\" with unpredictable music.\n",
            {"BBC Radio 1"},
            {"Radio 1"},
        ),
        # A clipped given name of a person named in full ("Rafa" stays an alias).
        (
            "Coach upbeat\n\nRafael Benitez says his side can still win the league. "
            "Rafa told reporters that the players were ready.\n",
            {"Rafael Benitez"},
            {"Rafa"},
        ),
    ],
)
def test_shortnames_join_the_full_name(nlp, text, present, absent):
    labels = _labels(nlp, text)
    assert present <= labels and not absent & labels


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # A place left after a joining word is the place, not the bank.
        (
            "Rates held\n\nThe Bank of England kept rates on hold. England has seen house prices fall.\n",
            {"Bank of England", "England"},
        ),
        # A model's name two products of the article end in joins neither.
        (
            "Patch released\n\nMicrosoft has released a patch for Windows XP and a fix for Office XP. "
            "Users of XP should download it.\n",
            {"Windows XP", "Office XP"},
        ),
    ],
)
def test_shortnames_leave_other_names_apart(nlp, text, apart):
    assert apart <= _labels(nlp, text)


def test_shortnames_a_clipped_name_of_two_people_joins_neither(nlp):
    text = "Spanish stars\n\nRafael Benitez met Rafael Nadal in Madrid. Rafa said the talks went well.\n"
    aliases = _aliases(nlp, text)
    assert "Rafa" not in aliases["Rafael Benitez"] | aliases["Rafael Nadal"]


def test_shortnames_a_town_is_no_club():
    """Only the town read as a team joins its club: the town itself ("north of Birmingham") stays."""
    from kg.records import Mention
    from kg.resolve.variants import is_variant
    from kg.types import EntityType

    club = Mention(0, 15, "Birmingham City", EntityType.SPORTS_TEAM, 0)
    assert is_variant(Mention(40, 50, "Birmingham", EntityType.SPORTS_TEAM, 1), club)
    assert not is_variant(Mention(40, 50, "Birmingham", EntityType.CITY, 1), club)
    assert not is_variant(Mention(40, 44, "Aston", EntityType.SPORTS_TEAM, 1), Mention(0, 11, "Aston Martin", EntityType.SPORTS_TEAM, 0))


def test_shortnames_only_an_owners_acronym_goes():
    """A body's name without its owner's acronym ("Rugby Aid" for IRB Rugby Aid) is the body;
    without a word of its own it is another ("Labour Party" is no Parliamentary Labour Party)."""
    from kg.records import Mention
    from kg.resolve.variants import is_variant
    from kg.types import EntityType

    org = EntityType.ORGANIZATION
    assert is_variant(Mention(40, 49, "Rugby Aid", org, 1), Mention(0, 13, "IRB Rugby Aid", org, 0))
    assert not is_variant(Mention(40, 52, "Labour Party", org, 1), Mention(0, 26, "Parliamentary Labour Party", org, 0))
