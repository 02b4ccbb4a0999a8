"""Role phrases (``kg.extract.rolephrase``, on hand-built Docs) and the positions and
memberships sentences give (``kg.extract.positions``, on the shared pipeline)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.rolephrase import read_before
from kg.extract.words import Words
from kg.nlp import parse
from kg.records import Document
from tests.extract_helpers import hand_doc as _doc


def _phrase(rows, end: int, ents=None):
    words = Words(_doc(rows, ents))
    phrase = read_before(words, end, 0, frozenset({"arsenal"}))
    if phrase is None:
        return None
    role = words.text[words[phrase.role_start].idx : words[phrase.role_end - 1].idx + len(words[phrase.role_end - 1].text)]
    organisation = " ".join(w.text for w in phrase.organisation) if phrase.organisation else None
    return role, phrase.role.key, organisation, phrase.country, phrase.status


# "Turkish Foreign Minister Mevlut Cavusoglu spoke."
CAVUSOGLU = [
    ("Turkish", "ADJ", "JJ", "amod", 2, "turkish"),
    ("Foreign", "PROPN", "NNP", "compound", 2, "Foreign"),
    ("Minister", "PROPN", "NNP", "compound", 4, "Minister"),
    ("Mevlut", "PROPN", "NNP", "compound", 4, "Mevlut"),
    ("Cavusoglu", "PROPN", "NNP", "nsubj", 5, "Cavusoglu"),
    ("spoke", "VERB", "VBD", "ROOT", 5, "speak"),
    (".", "PUNCT", ".", "punct", 5, "."),
]
# "The former Arsenal keeper David Seaman spoke."
SEAMAN = [
    ("The", "DET", "DT", "det", 5, "the"),
    ("former", "ADJ", "JJ", "amod", 3, "former"),
    ("Arsenal", "PROPN", "NNP", "compound", 3, "Arsenal"),
    ("keeper", "NOUN", "NN", "compound", 5, "keeper"),
    ("David", "PROPN", "NNP", "compound", 5, "David"),
    ("Seaman", "PROPN", "NNP", "nsubj", 6, "Seaman"),
    ("spoke", "VERB", "VBD", "ROOT", 6, "speak"),
    (".", "PUNCT", ".", "punct", 6, "."),
]
# "Sandy Climan, Mr Mann's former deputy, spoke."
CLIMAN = [
    ("Sandy", "PROPN", "NNP", "compound", 1, "Sandy"),
    ("Climan", "PROPN", "NNP", "nsubj", 9, "Climan"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("Mr", "PROPN", "NNP", "compound", 4, "Mr"),
    ("Mann", "PROPN", "NNP", "poss", 7, "Mann"),
    ("'s", "PART", "POS", "case", 4, "'s"),
    ("former", "ADJ", "JJ", "amod", 7, "former"),
    ("deputy", "NOUN", "NN", "appos", 1, "deputy"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("spoke", "VERB", "VBD", "ROOT", 9, "speak"),
    (".", "PUNCT", ".", "punct", 9, "."),
]
# "He is the market leader and a great keeper."
NOT_POSTS = [
    ("He", "PRON", "PRP", "nsubj", 1, "he"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be"),
    ("the", "DET", "DT", "det", 4, "the"),
    ("market", "NOUN", "NN", "compound", 4, "market"),
    ("leader", "NOUN", "NN", "attr", 1, "leader"),
    ("and", "CCONJ", "CC", "cc", 4, "and"),
    ("a", "DET", "DT", "det", 8, "a"),
    ("great", "ADJ", "JJ", "amod", 8, "great"),
    ("keeper", "NOUN", "NN", "conj", 4, "keeper"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def test_rolephrase_portfolio_words_belong_to_the_role_and_a_demonym_names_the_state():
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _phrase(CAVUSOGLU, 3, ents) == ("Foreign Minister", "foreign minister", "Turkish", "Turkey", "current")


def test_rolephrase_status_then_organisation_then_role():
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert _phrase(SEAMAN, 4, ents) == ("keeper", "goalkeeper", "Arsenal", None, "former")


def test_rolephrase_possessive_owner():
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    assert _phrase(CLIMAN, 8, ents) == ("deputy", "deputy", "Mr Mann", None, "former")


@pytest.mark.parametrize("end", [5, 9])
def test_rolephrase_no_post_in_a_market_leader_or_a_great_keeper(end):
    assert _phrase(NOT_POSTS, end) is None


def _roles(nlp, text: str) -> set[tuple]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (r.person.text, r.role, r.organisation.text if r.organisation else None, r.status, r.kind)
        for r in extract(document, doc).roles
        if r.kind != "description"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Title before the name, with what it is a role of before it.
        ("German Chancellor Olaf Scholz visited Paris.", ("Olaf Scholz", "Chancellor", "German", "current", "title")),
        # politics/221: NER's "New Home" ends in the role's portfolio word; "New" is a status, no organisation.
        ("New Home Secretary Charles Clarke said he would carefully consider the ruling.",
         ("Charles Clarke", "Home Secretary", None, "current", "title")),
        # politics/340, business/044: portfolios joined by "and" or a comma are the post's, no organisation.
        ("In September, Trade and Industry Secretary Patricia Hewitt said she would like to see longer paid maternity "
         "leave.", ("Patricia Hewitt", "Trade and Industry Secretary", None, "current", "title")),
        ('"The economy has some soft patches," said Economic and Fiscal Policy Minister Heizo Takenaka.',
         ("Heizo Takenaka", "Economic and Fiscal Policy Minister", None, "current", "title")),
        ("Chelsea lost, and Chelsea manager Jose Mourinho was furious.",
         ("Jose Mourinho", "manager", "Chelsea", "current", "title")),
        # business/385: NER cut "Royal Bank" from "of Scotland"; the post is the bank's, not "Scotland chief executive".
        ("Previous winners of the Forbes award include Royal Bank of Scotland chief executive Fred Goodwin and former "
         "Vodafone boss Chris Gent.", ("Fred Goodwin", "chief executive", "Royal Bank of Scotland", "current", "title")),
        ("The talks were led by US Secretary of State Antony Blinken.",
         ("Antony Blinken", "Secretary of State", "US", "current", "title")),
        ("President Emmanuel Macron arrived on Monday.", ("Emmanuel Macron", "President", None, "current", "title")),
        ("The report was welcomed by spokesman Ned Price.", ("Ned Price", "spokesman", None, "current", "title")),
        ("Former Liverpool striker Ian Rush was there.", ("Ian Rush", "striker", "Liverpool", "former", "title")),
        ("The plan, said energy analyst Mary Jones of Goldman Sachs, was risky.",
         ("Mary Jones", "energy analyst", "Goldman Sachs", "current", "title")),
        # Apposition after the name.
        ("Anna Berg, chief executive of the British Museum, opened the show.",
         ("Anna Berg", "chief executive", "British Museum", "current", "apposition")),
        ("Prices will rise, said Li Wei, an analyst at Haitong Securities.",
         ("Li Wei", "analyst", "Haitong Securities", "current", "apposition")),
        ("Tom Hill, director of marketing for Microsoft Europe, spoke.",
         ("Tom Hill", "director of marketing", "Microsoft Europe", "current", "apposition")),
        # A field the tokenizer split at its hyphen is one word (BBC tech/191, untuned, read by the lead).
        ('The idea of a "civic commons" was originally proposed by Stephen Coleman, professor of e-democracy at the '
         "Oxford Internet Institute.",
         ("Stephen Coleman", "professor of e-democracy", "Oxford Internet Institute", "current", "apposition")),
        # The organisation goes on after the apposition (kg.extract.apposend): a relative
        # clause on it, the organisation it is part of.
        ('"We have seen attacks involving five and ten gigabytes of traffic," said Rob Pollard, sales director '
         "for Arbor Networks which is behind the fingerprinting system.",
         ("Rob Pollard", "sales director", "Arbor Networks", "current", "apposition")),
        ('"Directors very rarely pay," said Charles Elson, chairman of the Center for Corporate Governance at the '
         "University of Delaware.",
         ("Charles Elson", "chairman", "Center for Corporate Governance", "current", "apposition")),
        # A plural in the role's complement is no list of people; a name right after the
        # complement's noun is the organisation it describes (kg.extract.apposend).
        ('"Some of the less popular channels may go by the wayside," said Philip Snalune, director of products '
         "at Telewest.",
         ("Philip Snalune", "director of products", "Telewest", "current", "apposition")),
        ('"If the bandwidth is there then ISPs will buy it," said Jill Finger, a research director at analyst firm IDC.',
         ("Jill Finger", "research director", "IDC", "current", "apposition")),
        # A role word the parser took for a verb right before the name (kg.extract.mistagged),
        # and no lowercase word before it is the role's.
        ("On a visit to Los Angeles, his former wife introduced him to actor Nicolas Cage.",
         ("Nicolas Cage", "actor", None, "current", "title")),
        ("Prop Phil Vickery and lock Simon Shaw both return to the squad after missing the autumn Tests through injury.",
         ("Simon Shaw", "lock", None, "current", "title")),
        ("After a series of phases lock Danny Grewcock ran hard at the French defence.",
         ("Danny Grewcock", "lock", None, "current", "title")),
        # A clause on the complement is none of the organisation.
        ("He has become chairman of the British Council, which promotes the arts.",
         ("He", "chairman", "British Council", "current", "copula")),
        # Apposition before the name.
        ("The Green Party's Welsh leader, Anthony Slaughter, said the plan was flawed.",
         ("Anthony Slaughter", "Welsh leader", "Green Party", "current", "apposition")),
        # A country's name before a firm's post says where the post is; before a team's, whose team.
        ("Orange's French chief executive Paul Martin said sales rose.",
         ("Paul Martin", "French chief executive", "Orange", "current", "title")),
        ("The firm's UK chief executive James Smith said profits rose.",
         ("James Smith", "UK chief executive", "firm", "current", "title")),
        ("Profits rose, said UK chief executive James Smith.", ("James Smith", "UK chief executive", None, "current", "title")),
        ("Ireland manager Brian Kerr named his squad.", ("Brian Kerr", "manager", "Ireland", "current", "title")),
        # A demonym NER left out at a sentence's start still names the state.
        ("Welsh Secretary Tom Hale disagreed.", ("Tom Hale", "Secretary", "Welsh", "current", "title")),
        # A title whose complement ends right before the name.
        ("He spoke with Minister for Work Jane Ross on Monday.", ("Jane Ross", "Minister for Work", None, "current", "title")),
        ("Chancellor of the Exchequer Tom Hale welcomed the decision.",
         ("Tom Hale", "Chancellor", "Exchequer", "current", "title")),
        # "to": whom the post serves is the role's; the owner before it stays.
        ("Sam Cole, adviser to the prime minister, said so.",
         ("Sam Cole", "adviser to the prime minister", None, "current", "apposition")),
        ("British ambassador to France Sir Tom Hale spoke.", ("Tom Hale", "ambassador to France", "British", "current", "title")),
        ("Jane Ross, high commissioner to Australia, spoke.",
         ("Jane Ross", "high commissioner to Australia", None, "current", "apposition")),
        # "and" between portfolio words is part of the role.
        ("Alan Dale, the work and pensions secretary, agreed.",
         ("Alan Dale", "work and pensions secretary", None, "current", "apposition")),
        # An age between the owner and the role describes the holder: the owner is read past it.
        ("Everton's 24-year-old striker Tom Hale scored twice.", ("Tom Hale", "striker", "Everton", "current", "title")),
        ("Leeds have fined their 29-year-old winger Sam Cole.", ("Sam Cole", "winger", "their", "current", "title")),
        # A name of several words the article names as one, whatever NER made of its words.
        ("Sheffield Wednesday beat Hull on Saturday, and Sheffield Wednesday coach Tom Kerr was delighted.",
         ("Tom Kerr", "coach", "Sheffield Wednesday", "current", "title")),
        # A lowercase word before a capitalised role is no part of it (but "shadow" is).
        ("He met their cabinet colleagues Home Secretary Ann Ward and others.",
         ("Ann Ward", "Home Secretary", None, "current", "title")),
        ("He and his shadow Chancellor Oliver Best spoke.", ("Oliver Best", "shadow Chancellor", "his", "current", "title")),
        ("Former independent MP Mark Dell spoke.", ("Mark Dell", "independent MP", None, "former", "title")),
        # Words that describe the holder are no part of the post, and the owner is read past them.
        ("Bath's injured flanker Tom Hale is out.", ("Tom Hale", "flanker", "Bath", "current", "title")),
        # An ordinal counts the holders; the owner is read past it too (BBC sport/233).
        ("Harry Redknapp will be Southampton's third boss.", ("Harry Redknapp", "boss", "Southampton", "current", "copula")),
        # A clause's verb before the title, with its subject, is none of the role (kg.extract.roleverbs;
        # sport/368); a participle after a determiner or an adverb describes the post.
        ("After two reasonable performances against Australia, the Scots' humbling by the Springboks forced coach "
         "Matt Williams to reassess his belief.", ("Matt Williams", "coach", None, "current", "title")),
        ("Jamie Foxx paid tribute to soul legend Ray Charles, who died last year, and thanked director Taylor Hackford.",
         ("Taylor Hackford", "director", None, "current", "title")),  # entertainment/372
        ("The newly appointed chairman John Smith spoke.", ("John Smith", "appointed chairman", None, "current", "title")),
        ("\"We can win,\" said a proud coach Mike Ross.", ("Mike Ross", "coach", None, "current", "title")),
        # NER took "Ex-" into the name before the role: a status, not the name's.
        ("Ex-Downing Street media chief Alan Kemp will return.", ("Alan Kemp", "media chief", "Downing Street", "former", "title")),
        # "previous" is a status: the post is over.
        ("He will succeed the previous High Commissioner, Ann Ward, next year.",
         ("Ann Ward", "High Commissioner", None, "former", "apposition")),
        # A plural role before several names is each one's.
        ("Moss praised strikers Tom Hale and Sam Cole.", ("Tom Hale", "striker", None, "current", "title")),
        # A comparative or superlative before a role is no part of the post.
        ("Its biggest shareholder, Tom Price, backed the deal.", ("Tom Price", "shareholder", None, "current", "apposition")),
        # Copula.
        ("Sarah Cole is chief executive of the National Gallery.",
         ("Sarah Cole", "chief executive", "National Gallery", "current", "copula")),
        # Verbs that give and take roles.
        ("Peter Grant was appointed chairman of Rolls-Royce on Monday.",
         ("Peter Grant", "chairman", "Rolls-Royce", "current", "verb")),
        ("Mark Evans resigned as chief executive of Tesco.", ("Mark Evans", "chief executive", "Tesco", "former", "verb")),
        ("Mark Evans was forced to resign as chief executive of Tesco.",
         ("Mark Evans", "chief executive", "Tesco", "former", "verb")),
        # a leaving that did not happen leaves the post held (politics/281, sport/244)
        ("Robert Kilroy-Silk spoke. On Thursday, the party challenged Mr Kilroy-Silk to stand down as an MEP so voters "
         "can get a genuine UKIP candidate.", ("Mr Kilroy-Silk", "MEP", None, "current", "verb")),
        ("Mr Jones refused to step down as leader of the Labour Party.",
         ("Mr Jones", "leader", "Labour Party", "current", "verb")),
        ("Keegan has decided to step down as City manager when his contract comes to an end in 18 months.",
         ("Keegan", "manager", "City", "current", "verb")),
        ("Juventus named Marcello Lippi as coach.", ("Marcello Lippi", "coach", None, "current", "verb")),
        # "the first time" is when, not part of the post (BBC entertainment)
        ("It was the first time actress Okonedo had been shortlisted.", ("Okonedo", "actress", None, "current", "title")),
        # a tournament's director is a post (BBC sport)
        # tech/220: the last word of an organisation's name after its "of" is no word of the role.
        ('"Virtual weight" measurements are based on research by California Institute of Technology professor Roy '
         "Williams.", ("Roy Williams", "professor", "California Institute of Technology", "current", "title")),
        ("Tournament director Craig Watson said he was pleased.",
         ("Craig Watson", "Tournament director", None, "current", "title")),
        # A star's publicist holds the post for the star (entertainment/327, 344).
        ('"She respects that," said Kidman\'s publicist Wendy Day.',
         ("Wendy Day", "publicist", "Kidman", "current", "title")),
        ('His longtime publicist Jerry Digney said the museum would house archive materials.',
         ("Jerry Digney", "longtime publicist", "His", "current", "title")),
        # NER reads the hyphenated name as an organisation; it is a person who holds a post (BBC tech)
        ('"We are delighted to be offering free access to Skype users in our hotspots," commented Broadreach chief '
         "executive Magnus McEwen-King.", ("Magnus McEwen-King", "chief executive", "Broadreach", "current", "title")),
    ],
)
def test_positions_read_from_sentences(nlp, text, expected):
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roles.tsv stores roles folded: a hyphenated role reads as its words.
        ("Former Vice-President Al Gore spoke in Boston.", ("Al Gore", "Vice-President", "vice president", "former")),
        ("BBC co-founder John Reith was there.", ("John Reith", "co-founder", "co founder", "current")),
        # A post shared or deputised that the table lacks is the post with its prefix.
        ("Conservative co-chairman Liam Fox likened the two men to schoolboys.",
         ("Liam Fox", "co-chairman", "co chairman", "current")),
        ("Vice-Prime Minister Oleg Rybachuk called on the EU to act.",
         ("Oleg Rybachuk", "Vice-Prime Minister", "vice prime minister", "current")),
        ("Peter Jones, the co-chairman of Tesco, resigned on Monday.",
         ("Peter Jones", "co-chairman", "co chairman", "current")),
        ("The list was compiled by Erich Strohmaier, one of the co-founders of the project.",
         ("Erich Strohmaier", "co-founders of the project", "co founder", "current")),
        # "ex-" is a status, and its hyphen no part of the role.
        ("Ex-Foreign Secretary Robin Cook said the war was wrong.",
         ("Robin Cook", "Foreign Secretary", "foreign secretary", "former")),
    ],
)
def test_positions_hyphenated_roles_are_looked_up_folded(nlp, text, expected):
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    assert expected in {(r.person.text, r.role, r.role_key, r.status) for r in extract(document, doc).roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role after the name's comma is read whole across its hyphens ("in" is a preposition
        # to the parser), and the "of X" after it is its organisation (kg.extract.hyphenated).
        ("Elliott Wilson, editor-in-chief of hip-hop magazine XXL, said the feud would boost publicity.",
         ("Elliott Wilson", "editor-in-chief", "hip-hop magazine XXL")),
        ("John Smith, the former editor-in-chief of the Sun, said the deal was bad.",
         ("John Smith", "editor-in-chief", "Sun")),
    ],
)
def test_a_hyphenated_role_after_the_name_keeps_its_organisation(nlp, text, expected):
    assert expected in {(person, role, organisation) for person, role, organisation, _, _ in _roles(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Jens Lehmann is a fantastic keeper.",  # praise, no post
        "Mengniu Dairy, the market leader, grew fast.",  # no role of a person
        "He drank at the Queen Vic every night.",  # a pub, not a queen
        "Bookmakers predict Cate Blanchett will be named best supporting actress.",  # an award
        "Steven Gerrard was voted the best player of the season.",  # an award
        "He is young, talented and there are not too many left-footed players in the squad.",  # no one is
        "Premiership leaders Chelsea drew 2-2 on Sunday.",  # a class the one name is in
        "Anna Berg was twice Fifa women's player of the year.",  # a prize for a period, no post
        "Tom Hale was named manager of the month.",  # a prize
        "Tom Hale was another player who impressed me.",  # "another" describes, like "a"
        "Wenger will coach Thierry Henry next year.",  # a role that is also a verb keeps its verb reading
        # a kind of people, no one's post (entertainment: "self-publicists")
        "Monday evening's opening episode did attract more than a smattering of eccentrics and self-publicists.",
        # a time after the organisation: the post may be held no more
        "Tim Renner, the head of Universal Music Germany until last year, told BBC World Service's programme.",
    ],
)
def test_no_position_where_none_is_held(nlp, text):
    assert _roles(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "person", "roles"),
    [
        # The role after the comma is the next clause's subject, not an apposition of the name.
        ("Echoing US Secretary of State Ann Ward, the prime minister said the war was over.", "Ann Ward",
         {"Secretary of State"}),
        # ... and so is one after a fronted prepositional phrase that ends in the name (politics/372, its
        # "government" a minister here): the MP is no minister.
        ("But in a written response to Labour MP Gordon Prentice, the minister said it would normally invite "
         "observers to any UK election.", "Gordon Prentice", {"MP"}),
        # "at" and "with" take an organisation; other words after them are no part of the post.
        ("He hoped Tom Hale would be premier at some point.", "Tom Hale", {"premier"}),
        # business/388: the object of a preposition before the role is none of it ("policy claim" the parser
        # read as the object of "of").
        ("Critics of the land reform policy claim president Hugo Chavez is trying to enforce a communist-style "
         "economic programme.", "Hugo Chavez", {"president"}),
        # A role word inside an organisation's name is none of his roles (kg.extract.apposend).
        ("- Tim Dams, Screen International: Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx.",
         "Tim Dams", set()),
    ],
)
def test_what_is_no_part_of_a_role(nlp, text, person, roles):
    assert {role for who, role, *_ in _roles(nlp, text) if who == person} == roles


def test_membership_and_composition_readings(nlp):
    document = Document(
        id="t",
        text="Labour's Paul Flynn spoke. NATO, a military alliance of thirty countries, met. "
        "Mark Serwotka, from the Public and Commercial Services union, agreed.",
    )
    ((_, doc),) = list(parse(nlp, [document]))
    found = {(r.person.text, r.organisation.text if r.organisation else None, r.membership, r.kind) for r in extract(document, doc).roles}
    assert ("Paul Flynn", "Labour", "member of", "possessive") in found
    assert ("thirty countries", "NATO", "consist of", "composition") in found
    # NER names only "Commercial Services": the name runs from the first capitalised word.
    assert ("Mark Serwotka", "Public and Commercial Services union", "member of", "member") in found


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("The exhibition shows prints by the 18th Century artist, who painted the famous.", "Century"),
        ("Mr Evans and Sandy Climan, Mr Mann's former deputy, were left off.", "Mr"),
    ],
)
def test_an_organisation_before_a_role_must_look_like_a_name(nlp, text, not_a_name):
    """The proper noun before a role that NER left out passes kg.extract.namelike's rules
    (a generic word, a title alone: no organisation)."""
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    assert not_a_name not in {mention.text for mention in extract(document, doc).mentions}


def test_a_title_with_its_complement_is_read_for_the_name_only(nlp):
    """ "Minister for Work Jane Ross": a title of the person, no description whose
    organisation runs into her name; "chief executive of the Family Planning Association"
    is no title of the association's name."""
    document = Document(id="t", text="Along with Minister for Work Jane Ross, he spoke. "
                        "Anne Berg, chief executive of the Family Planning Association, asked.")
    ((_, doc),) = list(parse(nlp, [document]))
    roles = extract(document, doc).roles
    assert not [r for r in roles if r.organisation is not None and "Jane Ross" in r.organisation.text]
    assert not [r for r in roles if r.person.text == "Family Planning Association"]
    assert ("Jane Ross", "Minister for Work") in {(r.person.text, r.role) for r in roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role of a named organisation's part is a post at the organisation (kg.extract.subunits).
        ("\"We've overcome a fundamental limit,\" said Dr Mario Paniccia, director of Intel's photonics technology lab.",
         ("Mario Paniccia", "director", "Intel", "current", "apposition")),
        ("The BBC recognises that TV over broadband is a reality, said Rahul Chakkara, controller of BBCi's 24/7 "
         "interactive TV services.", ("Rahul Chakkara", "controller", "BBCi", "current", "apposition")),
        # A title in a list of titled names takes the owner of the title before it (kg.extract.titlelists).
        ("TCI had been drawing up a list of executives to replace Deutsche's chairman Rolf Breuer and chief "
         "executive Werner Seifert.", ("Werner Seifert", "chief executive", "Deutsche", "current", "title")),
        # A hyphen inside the owner's name; a firm's team is a part of it.
        ("\"We have seen these hoaxes for several Christmases already,\" said Mikko Hypponen, head of F-Secure's "
         "anti-virus team.", ("Mikko Hypponen", "head", "F-Secure", "current", "apposition")),
        ("Wales centre Sonny Parker and number eight Ryan Jones will miss Saturday's game with Italy because of injury.",
         ("Ryan Jones", "number eight", "Wales", "current", "title")),
    ],
)
def test_owners_read_past_a_part_or_a_list(nlp, text, expected):
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A referee is no club's; a singer no country's; a firm a description stands for is a guess.
        ("Chelsea boss Jose Mourinho and referee Graham Poll argued after the game.", "Graham Poll"),
        ("Also present at the service was former US president Bill Clinton and singer Harry Belafonte.", "Harry Belafonte"),
        ("John Gill, managing director of the insurer's life and pensions division, said it was needed.", "John Gill"),
    ],
)
def test_no_owner_from_a_list_or_part_that_is_not_one(nlp, text, person):
    assert {organisation for who, _, organisation, *_ in _roles(nlp, text) if who == person} <= {None}


def test_a_possessor_the_article_names_with_an_organisation_suffix_is_one(nlp):
    """NER reads "Labour's Paul Flynn" as one person; "a unified Labour Party" before names the party."""
    text = ("Mr Blair told MPs and peers: \"I know from everyone here, nothing is going to get in the way of a unified "
            "Labour Party.\" Labour's Paul Flynn said the pair had had a \"scorching\" from MPs.")
    assert ("Paul Flynn", "", "Labour", "current", "possessive") in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sony's Playstation Portable is the top UK gadget for 2005, according to a round-up compiled by Stuff Magazine.",
        "The DS can run any of the catalogue of 700 games produced for Nintendo's GameBoy Advance handheld.",
    ],
)
def test_a_company_s_product_is_no_member(nlp, text):
    """A name of several words with no given name after an organisation's possessive is its product."""
    assert not [row for row in _roles(nlp, text) if row[4] == "possessive"]


def test_a_known_place_after_a_role_word_is_no_person(nlp):
    """ "its official New York opening": "official" is no title of New York."""
    text = ("The 33-year-old injured herself while performing in Chicago, and had been hoping to recover in time "
            "for its official New York opening on 21 April.")
    assert not [row for row in _roles(nlp, text) if row[0] == "New York"]


@pytest.mark.parametrize(
    ("text", "person", "membership"),
    [
        # A chamber's leader holds an office there: no membership the text says (kg.extract.chambers).
        ("The Lib Dems called for Commons leader Peter Hain to make a statement.", "Peter Hain", None),
        ("Oliver Heald, shadow leader of the Commons, said the plan was wrong.", "Oliver Heald", None),
        # A party's leader is its member.
        ("Tory leader Michael Howard said the plan was wrong.", "Michael Howard", "member of"),
    ],
)
def test_a_chambers_leader_is_no_member_of_it(nlp, text, person, membership):
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    roles = [r for r in extract(document, doc).roles if r.person.text == person and r.organisation is not None]
    assert roles
    assert {r.membership for r in roles} == {membership}


def test_what_describes_the_holder_is_no_part_of_the_owners_name(nlp):
    """ "Veteran Labour MP": "Veteran" describes Jack Cunningham; Labour alone owns the post (with
    "Veteran Labour" no name, the MP took the Cabinet of the title after it)."""
    text = ("Veteran Labour MP and former Cabinet minister Jack Cunningham has said he will stand down at the next "
            "election.")
    found = {(who, role, organisation) for who, role, organisation, *_ in _roles(nlp, text)}
    assert ("Jack Cunningham", "MP", "Labour") in found
    assert ("Jack Cunningham", "MP", "Cabinet") not in found


def test_a_capitalised_beat_is_the_roles_not_its_organisation(nlp):
    """ "Political" is a portfolio word (rolephrase.PORTFOLIO_WORDS): the BBC's correspondent."""
    text = ("But BBC Political Correspondent James Hardy said the prospect of outsiders poking their noses into "
            "the inner workings of Whitehall appeared to be causing jitters among the mandarins.")
    found = {(person, role, org) for person, role, org, _, _ in _roles(nlp, text)}
    assert ("James Hardy", "Political Correspondent", "BBC") in found
    assert not {row for row in found if row[2] == "Political"}


@pytest.mark.parametrize(
    ("text", "right", "crossed"),
    [
        # business/181 (a retired blind article): each name has its own title; the parser hangs the
        # second name on the first title, which is the first name's (kg.extract.respective).
        ("Russian news agencies reported that India's petroleum minister Mr Aiyar and Russian energy minister "
         "Viktor Khristenko would discuss the future of Yugansk at a meeting on Tuesday.",
         ("Viktor Khristenko", "energy minister", "Russian"), ("Viktor Khristenko", "petroleum minister", "India")),
        # entertainment/368: a list of categories and names; a role with its own name is not the next name's.
        ("Film - The Aviator; director - Martin Scorsese; actor - Jamie Foxx; actress - Hilary Swank.",
         ("Martin Scorsese", "director", None), ("Jamie Foxx", "director", None)),
        # Two names, then two roles: paired in order.
        ("Mani Shankar Aiyar and Viktor Khristenko, India's petroleum minister and Russia's energy minister, met on Monday.",
         ("Viktor Khristenko", "energy minister", "Russia"), ("Viktor Khristenko", "petroleum minister", "India")),
        ("John Smith and Mary Jones, chairman and chief executive of Nike, spoke.",
         ("John Smith", "chairman", "Nike"), ("Mary Jones", "chairman", "Nike")),
    ],
)
def test_coordinated_names_and_roles_are_paired_in_order(nlp, text, right, crossed):
    found = {(person, role, organisation) for person, role, organisation, _, _ in _roles(nlp, text)}
    assert right in found
    assert crossed not in found
