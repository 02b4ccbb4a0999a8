"""Readers' comments run on after an article are no news (kg.extract.comments): from the
first of a long closing run of paragraphs in a reader's voice ("I", "we", "you", a question
or an exclamation, no quotation mark) no statement is read; a news story that quotes
someone in the first person, asks one question, or a column written in the first person
from its start keeps all its statements. A name only the comments hold is no mention;
a name the news writes keeps its mentions there."""

from kg.extract.comments import comments_start, without_comments

# BBC politics/380 (the minimum wage rise and its readers' comments), paraphrased.
NEWS = (
    "The minimum wage will rise in October, benefiting more than one million people, the government has announced.\n\n"
    "Adults must be paid at least £5.05 an hour, up from £4.85, while 18 to 21 year olds will be paid £4.25.\n\n"
    "The Liberal Democrats' economics spokesman Vincent Cable said he supported the move.\n\n"
)
COMMENTS = (
    "It would be better to cut taxes on low earnings instead. Our economy would gain from it!\n\n"
    "It's still not good enough! I got a part-time job at 16 and my wage was tiny.\n\n"
    "We must remember that the minimum wage is only part of the picture.\n\n"
    "Any increase is welcome news. However I would ask Tony Blair to try living on it. Cable is right.\n\n"
    "Businesses will struggle to stay afloat, you watch. The firms will close their shops.\n\n"
)


def test_a_closing_run_of_readers_voices_is_comments():
    assert comments_start(NEWS + COMMENTS) == len(NEWS)


def test_a_news_story_has_no_comments():
    # BBC politics/293 (Kilroy-Silk's new party), paraphrased: quotations in the first person,
    # one question, no reader's voice outside quotation marks.
    text = (
        "Robert Kilroy-Silk said he wanted to change the face of British politics as he launched his party.\n\n"
        '"We will be fielding candidates across the country," he said. "I am proud of it."\n\n'
        'Asked why, he said: "Why not? We believe in it."\n\n'
        "Mr Kilroy-Silk quit UKIP last week after months of tension.\n\n"
        "Mr Hockney also left UKIP. A spokesman for UKIP said the party would carry on.\n\n"
    )
    assert comments_start(text) is None


def test_a_column_in_the_first_person_from_its_start_is_no_comments():
    # BBC politics/250 (pressure groups on the election), paraphrased: the voices open the text.
    text = (
        "We have called for the state pension to be increased. That is what we want.\n\n"
        "We have drawn up a pensioners' manifesto. It will be sent to each candidate.\n\n"
        "I imagine we will lobby political parties and MPs.\n\n"
        "It is hard to say whether we will be successful.\n\n"
        "We are challenging the use of the Parliament Act in the High Court.\n\n"
        "We will publicise what is happening to trophy hunting.\n\n"
    )
    assert comments_start(text) is None


def test_a_story_that_ends_on_two_voices_has_no_comments():
    # BBC tech/379 (the greatest gadget), paraphrased: too short a closing run for a comments section.
    text = (
        "The Apple Powerbook 100 has been chosen as the greatest gadget of all time by Mobile PC.\n\n"
        "The magazine picked the 1991 laptop because it was one of the first portable computers.\n\n"
        "Sony's third entry in the top 20 is a CD player from 1983.\n\n"
        "Who could forget the Walkman?\n\n"
        "You will find the full list on the magazine's website!\n\n"
    )
    assert comments_start(text) is None


def test_no_event_is_read_from_the_comments(nlp):
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document

    document = Document(id="t", text=NEWS + COMMENTS, date="2005-02-24", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    found = extract(document, doc)
    kept = without_comments(found)
    lemmas = {event.lemma for event in kept.events}
    assert "close" in {event.lemma for event in found.events}  # the reader's guess, read as an event before
    assert "close" not in lemmas and "struggle" not in lemmas
    assert {"rise", "support"} <= lemmas  # the news stays
    assert all(reading.sentence[0] < len(NEWS) for reading in (*kept.speech, *kept.roles, *kept.propositions))
    names = {mention.text for mention in kept.mentions if mention.start >= len(NEWS)}
    assert "Cable" in names and "Tony Blair" not in names  # a name the news writes stays, one only a reader writes goes
