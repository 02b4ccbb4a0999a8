"""kg.extract.timephrases: "by" + an occasion is when, "after" + a person no time."""

import pytest


def _roles(nlp, sentence, lemma):
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", sentence), nlp(sentence)).events
    event = next(event for event in events if event.lemma == lemma)
    return {(argument.role, argument.argument.text) for argument in event.arguments}


@pytest.mark.parametrize(("sentence", "lemma", "wrong", "right"), [
    # An election implements nothing: "by" + an occasion says by when.
    ("The changes could be implemented by the election after next, the minister said.", "implement",
     ("agent", "the election"), ("time", "by the election")),
])
def test_by_an_occasion_is_a_time_not_the_agent(nlp, sentence, lemma, wrong, right):
    roles = _roles(nlp, sentence, lemma)
    assert wrong not in roles
    assert right in roles


def test_by_someone_stays_the_agent(nlp):
    assert ("agent", "Microsoft") in _roles(nlp, "The firm was bought by Microsoft after the scandal.", "buy")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A person after "named after" is whom the name honours, no moment.
    ("The museum was named after the painter Piero della Francesca.", "name"),
    ("The bridge was named after him.", "name"),
])
def test_after_a_person_is_no_time(nlp, sentence, lemma):
    assert not any(role == "time" for role, _ in _roles(nlp, sentence, lemma))


def test_after_an_event_stays_a_time(nlp):
    assert ("time", "after the scandal") in _roles(nlp, "The firm was bought by Microsoft after the scandal.", "buy")


def test_after_an_occasion_ner_calls_an_organisation_stays_a_time(nlp):
    # BBC politics: "the Budget" is an occasion, though NER reads an organisation.
    sentence = "Mr Brown said the manifesto would be published after the Budget."
    assert any(role == "time" for role, _ in _roles(nlp, sentence, "publish"))


@pytest.mark.parametrize(("sentence", "lemma", "time"), [
    # The clause rules take a verb's only adverb for its object: a time there is still when.
    ("Growth in unsecured lending, such as personal loans and credit cards, also slowed last month.", "slow",
     "last month"),
    ("Since Yukos' founder, Mikhail Khodorkovsky, was arrested a year ago, the Russian market has dropped by 10%.",
     "arrest", "a year ago"),
])
def test_a_time_adverb_taken_for_the_object_is_the_time(nlp, sentence, lemma, time):
    assert ("time", time) in _roles(nlp, sentence, lemma)


def test_a_bare_date_the_parser_read_as_an_adverb_is_no_time(nlp):
    # "5 May" is what is named, not when.
    sentence = "Tony Blair is likely to name 5 May as election day when Parliament returns from its Easter break."
    assert not any(role == "time" for role, _ in _roles(nlp, sentence, "name"))


def test_a_clock_time_with_its_zone_is_a_time(nlp):
    # NER reads "GMT" as an organisation: "by" + it was the agent of nothing, and the time was lost.
    sentence = "Shares in the fifth biggest US carrier had fallen 6.87% on the news to $10.44 by 1830 GMT."
    assert ("time", "1830 GMT") in _roles(nlp, sentence, "fall")


def test_a_clause_with_a_time_of_its_own_takes_none_from_the_clause_before(nlp):
    sentence = ("Dawson played a vital part in England's World Cup win last year but has fallen out of favour with "
                "new coach Andy Robinson after missing a training session in September.")
    roles = _roles(nlp, sentence, "fall out")
    assert ("time", "last year") not in roles
    assert ("time", "after missing a training session in September") in roles


@pytest.mark.parametrize(("sentence", "lemma", "time"), [
    # The parser hangs the day on the nearest noun; the verb has no time of its own.
    ("Mr Bush was sworn in at a ceremony in Washington DC on Thursday.", "swear in", "Thursday"),
    ("Real slipped to 13 points behind leaders Barcelona with a 1-0 defeat at the hands of Sevilla on Wednesday.",
     "slip", "Wednesday"),
])
def test_a_day_hung_on_the_noun_of_a_phrase_is_the_verb_s_time(nlp, sentence, lemma, time):
    assert ("time", time) in _roles(nlp, sentence, lemma)


@pytest.mark.parametrize(("sentence", "lemma", "time"), [
    # "near" and "inside" say where, but of an occasion or a span of time they say when.
    ("Perhaps Robinson was right to say the referee should have gone upstairs when Josh Lewsey was driven over "
     "the Irish line near the end.", "drive", "near the end"),
    ("Inside the last 10 minutes, England poured forward, spurred on by scrum-half Matt Dawson.", "pour",
     "the last 10 minutes"),
])
def test_near_an_occasion_is_a_time_not_a_place(nlp, sentence, lemma, time):
    roles = _roles(nlp, sentence, lemma)
    assert ("time", time) in roles
    assert not any(role == "place" for role, _ in roles)


def test_year_olds_are_people_not_a_time(nlp):
    # NER reads "16 to 17-year-olds" as a date: they are whom the wage is for.
    sentence = "A £3 per hour minimum wage was introduced last October for 16 to 17-year-olds, but apprentices are exempt."
    roles = _roles(nlp, sentence, "introduce")
    assert ("time", "16 to 17-year-olds") not in roles
    assert ("time", "last October") in roles


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # politics/215: a counted span after "for" is how long, not when.
    ("Samuel Amoah was jailed for three years.", "jail", "duration", "three years"),
    ("In January 25 people who took part in a sham marriage network were jailed for a total of 35 years.", "jail",
     "duration", "a total of 35 years"),
    ("Sony and IBM have worked on the chip for three years.", "work", "duration", "three years"),
    # a span the text fixes in time stays a time
    ("Sales rose over the past five years.", "rise", "time", "the past five years"),
    ("In January 25 people who took part in a sham marriage network were jailed for a total of 35 years.", "jail",
     "time", "January"),
])
def test_a_counted_span_after_for_is_a_duration(nlp, sentence, lemma, role, text):
    assert (role, text) in _roles(nlp, sentence, lemma)


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), [
    # business: "in"/"within"/"to" + a counted span is how long, not when.
    ("The price of both benchmark crudes has dropped 12% in two days.", "drop", "duration", "two days"),
    ("The firm has lost 80% of its stock value in just over a year.", "lose", "duration", "just over a year"),
    ("Mr Bush has promised to halve the US's massive budget deficit within five years.", "halve", "duration",
     "five years"),
    ("Ms Love was sentenced to 18 months in drug rehabilitation.", "sentence", "duration", "18 months"),
    # a span the text fixes in time stays a time
    ("The US economy grew at a respectable annual rate of 3.7% in the three months between July and September.",
     "grow", "time", "the three months"),
])
def test_a_counted_span_after_in_or_within_is_a_duration(nlp, sentence, lemma, role, text):
    roles = _roles(nlp, sentence, lemma)
    assert (role, text) in roles
    assert role == "time" or ("time", text) not in roles


@pytest.mark.parametrize(("sentence", "lemma", "text"), [
    # counted from now or from a moment the text does not name: no time the reader can place
    ("In four days, Britain's biggest union Unison will start balloting 800,000 local government workers on strikes.",
     "ballot", "four days"),
    ("Documents released after 30 years reveal the failed negotiations by the then prime minister following the dramatic "
     "February general election.", "release",
     "30 years"),
    # "to" + a span after an active verb is a level or an age, not how long
    ("The length of time it takes to sell a home rose to 81 days from 53 in the summer.", "rise", "81 days"),
    # "a" + a span without a preposition is often "per": neither when nor how long
    ("All people from outside the European Union who want to stay a year or more will have to undergo a full medical.",
     "stay", "a year or more"),
])
def test_a_span_counted_from_an_unnamed_moment_is_no_time(nlp, sentence, lemma, text):
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", sentence), nlp(sentence)).events
    roles = [(argument.role, argument.argument.text) for event in events if event.lemma == lemma
             for argument in event.arguments]
    assert not any(argument == text for _, argument in roles), roles


@pytest.mark.parametrize(("sentence", "lemma", "text"), [
    # entertainment, politics obituaries: an age is when in a life, not a time (NER: a date)
    ("The former manager of Johnny Cash, Saul Israel Holiff, has died at the age of 79, his family said.", "die",
     "the age of 79"),
    ("He passed away at home in East Sussex, just 11 days after his wife Audrey died aged 91.", "die", "91"),
    ("At 34 I'm showing my age.", "show", "34"),
])
def test_an_age_is_no_time(nlp, sentence, lemma, text):
    assert not any(argument == text for _, argument in _roles(nlp, sentence, lemma))


@pytest.mark.parametrize(("sentence", "lemma", "text"), [
    # a year, a clock time and a span counted from another moment stay times
    ("Hendrix died of a drug overdose in 1970 at the age of 27.", "die", "1970"),
    ("Shares had fallen 6.87% to $10.44 by 1830 GMT.", "fall", "1830 GMT"),
    ("He passed away at home in East Sussex, just 11 days after his wife Audrey died aged 91.", "die",
     "just 11 days after"),
    # sport: minutes after the kick-off are the match's clock; a span of what it names is counted from that
    ("Henry epitomised a determination about the Arsenal side but Chelsea appeared unruffled and equalised after "
     "16 minutes.", "score", "16 minutes"),
    ("Within two years of his debut, Dallaglio was offered the England captain's band.", "offer",
     "two years of his debut"),
])
def test_a_year_or_a_clock_time_stays_a_time(nlp, sentence, lemma, text):
    assert ("time", text) in _roles(nlp, sentence, lemma)
