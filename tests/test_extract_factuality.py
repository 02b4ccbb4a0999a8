"""Factuality rules (kg.extract.factuality): one construction a test, on hand-built
parses (so they survive model upgrades), then a table on the shared pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.factuality import Scope, verb_chain
from kg.extract.frames import is_question
from kg.extract.words import Words
from kg.types import Factuality

_VOCAB = spacy.blank("en").vocab


def _reading(rows: list[tuple[str, int, str, str, str, str]], verb: int):
    """The reading of the clause headed by word ``verb``; each row is
    (word, head, dep, pos, tag, lemma), heads as indexes."""
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    read = Words(doc)
    sentence = next(iter(read.sentences.values()))
    return Scope(question=is_question(sentence.words)).clause(verb_chain(read[verb]))


def test_factuality_control_verb_makes_the_infinitive_planned():
    rows = [("Troops", 2, "nsubj", "NOUN", "NNS", "troop"), ("are", 2, "aux", "AUX", "VBP", "be"),
            ("preparing", 2, "ROOT", "VERB", "VBG", "prepare"), ("to", 4, "aux", "PART", "TO", "to"),
            ("pull", 2, "xcomp", "VERB", "VB", "pull"), ("out", 4, "prt", "ADP", "RP", "out"), (".", 2, "punct", "PUNCT", ".", ".")]
    reading = _reading(rows, 2)
    assert (reading.factuality, reading.cue) == (Factuality.PLANNED, "prepare")


def test_factuality_negation():
    rows = [("The", 1, "det", "DET", "DT", "the"), ("army", 4, "nsubj", "NOUN", "NN", "army"),
            ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
            ("leave", 4, "ROOT", "VERB", "VB", "leave"), (".", 4, "punct", "PUNCT", ".", ".")]
    assert _reading(rows, 4).factuality is Factuality.NEGATED


def test_factuality_reported_speech_names_its_source():
    rows = [("The", 1, "det", "DET", "DT", "the"), ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"), ("troops", 4, "nsubj", "NOUN", "NNS", "troop"),
            ("left", 2, "ccomp", "VERB", "VBD", "leave"), (".", 2, "punct", "PUNCT", ".", ".")]
    reading = _reading(rows, 4)
    assert reading.factuality is Factuality.REPORTED and reading.source.text == "ministry"


def test_factuality_reported_content_keeps_its_own_modality():
    rows = [("The", 1, "det", "DET", "DT", "the"), ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"), ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
            ("would", 5, "aux", "AUX", "MD", "would"), ("leave", 2, "ccomp", "VERB", "VB", "leave"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    reading = _reading(rows, 5)
    assert (reading.factuality, reading.cue, reading.source.text) == (Factuality.PLANNED, "would", "ministry")


def test_factuality_denial_names_the_denier():
    rows = [("Boeing", 1, "nsubj", "PROPN", "NNP", "Boeing"), ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
            ("that", 4, "mark", "SCONJ", "IN", "that"), ("it", 4, "nsubj", "PRON", "PRP", "it"),
            ("cheated", 1, "ccomp", "VERB", "VBD", "cheat"), (".", 1, "punct", "PUNCT", ".", ".")]
    reading = _reading(rows, 4)
    assert reading.factuality is Factuality.DENIED and reading.source.text == "Boeing"


def test_factuality_speculation_noun_frames_its_clause():
    rows = [("He", 1, "nsubj", "PRON", "PRP", "he"), ("quashed", 1, "ROOT", "VERB", "VBD", "quash"),
            ("speculation", 1, "dobj", "NOUN", "NN", "speculation"), ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("he", 6, "nsubj", "PRON", "PRP", "he"), ("would", 6, "aux", "AUX", "MD", "would"),
            ("stand", 2, "acl", "VERB", "VB", "stand"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert _reading(rows, 6).factuality is Factuality.SPECULATED


def test_factuality_purpose_clause_is_planned():
    rows = [("Connolly", 1, "nsubj", "PROPN", "NNP", "Connolly"), ("withdrew", 1, "ROOT", "VERB", "VBD", "withdraw"),
            ("from", 1, "prep", "ADP", "IN", "from"), ("the", 4, "det", "DET", "DT", "the"),
            ("team", 2, "pobj", "NOUN", "NN", "team"), ("to", 6, "aux", "PART", "TO", "to"),
            ("face", 1, "advcl", "VERB", "VB", "face"), ("Bath", 6, "dobj", "PROPN", "NNP", "Bath"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert (_reading(rows, 6).factuality, _reading(rows, 1).factuality) == (Factuality.PLANNED, Factuality.ASSERTED)


def test_factuality_conditional_and_modal_are_possible():
    rows = [("If", 2, "mark", "SCONJ", "IN", "if"), ("ministers", 2, "nsubj", "NOUN", "NNS", "minister"),
            ("act", 6, "advcl", "VERB", "VBP", "act"), (",", 6, "punct", "PUNCT", ",", ","),
            ("workers", 6, "nsubj", "NOUN", "NNS", "worker"), ("could", 6, "aux", "AUX", "MD", "could"),
            ("strike", 6, "ROOT", "VERB", "VB", "strike"), (".", 6, "punct", "PUNCT", ".", ".")]
    assert (_reading(rows, 2).cue, _reading(rows, 6).cue) == ("if", "could")
    assert _reading(rows, 2).factuality is _reading(rows, 6).factuality is Factuality.POSSIBLE


def test_factuality_question():
    rows = [("Will", 2, "aux", "AUX", "MD", "will"), ("prices", 2, "nsubj", "NOUN", "NNS", "price"),
            ("rise", 2, "ROOT", "VERB", "VB", "rise"), ("?", 2, "punct", "PUNCT", ".", "?")]
    assert _reading(rows, 2).factuality is Factuality.QUESTIONED


# (sentence, trigger lemma, factuality, cue) on the shared pipeline: news sentences of
# the kinds the issue names, none from the evaluation gold.
TABLE = [
    ("The Russian Defence Ministry said troops are preparing to pull out of Kazakhstan.", "pull out", "planned", "prepare"),
    ("Kilroy-Silk quashed speculation that he would stand against Geoff Hoon.", "stand", "speculated", "speculation"),
    # A past clause of time is a fact beside a future "will" (not beside "would", a past's future).
    ("Next month's Budget will be Mr Brown's ninth since Labour came to power in 1997.", "come to power", "asserted",
     None),
    ("He said he would resign after he finished the report.", "finish", "planned", "would"),
    # A complaint's content is the complainers' claim, not a fact.
    ("But he also wants to counter complaints that he has spent too much time on foreign trips.", "spend",
     "speculated", "complaint"),
    ("Bath coach John Connolly withdrew from the starting line-up to face Gloucester.", "face", "planned", "to"),
    ("The club could take a gamble and call Sheridan.", "call", "possible", "could"),
    ("Boeing denied that it gained an unfair advantage.", "gain", "denied", "deny"),
    ("If ministers scrap the scheme, workers could strike.", "scrap", "possible", "if"),
    ("He did not train with the first team on Tuesday.", "train", "negated", "not"),
    ("The singer allegedly insulted four co-stars.", "insult", "speculated", "allegedly"),
    ("Blair is expected to cut the cost of the card.", "cut", "possible", "expect"),
    # A projection, an estimate, money or jobs set aside (BBC business 204, politics 203, 365: were asserted).
    ("The shortfall is projected to rise to $427bn in 2005.", "rise", "possible", "project"),
    ("Foot-and-mouth killed 6.5 million animals and is estimated to have cost the UK up to £8bn.", "cost", "possible",
     "estimate"),
    ("Foot-and-mouth killed 6.5 million animals and is estimated to have cost the UK up to £8bn.", "kill", "asserted",
     None),
    ("A further 200 jobs at the Department of the Environment have been earmarked to be cut.", "cut", "planned",
     "earmark"),
    ("Newcastle said the player would not be sold.", "sell", "negated", "not"),
    ("The Reserve Bank of Australia raised interest rates to 5.5%.", "raise", "asserted", None),
    # A conjunct with an auxiliary of its own is outside the first verb's negation.
    ("The minister will not resign and will fight the charges.", "fight", "planned", "will"),
    ("The firm has not paid the fine and is appealing against the ruling.", "appeal", "asserted", None),
    ("The firm has not paid the fine and is appealing against the ruling.", "pay", "negated", "not"),
    # A conjunct with a subject of its own, or beside a copula's state, is a clause of its own (frames.own_clause).
    ("Jones was unable to convert and De Marigny then hit the upright with a penalty attempt.", "hit", "asserted", None),
    ("The striker was unable to run and missed the match.", "miss", "asserted", None),
    # "poised" parsed as a passive verb, not the adjective: a control verb all the same.
    ("The retailer is poised to buy its French rival.", "buy", "planned", "poise"),
    # A verb of intent makes its event object as sure as it is.
    ("The retailer is eyeing a takeover of its French rival.", "takeover", "possible", "eye"),
    # A completed fact, not a plan or a possibility.
    ("The sprinter had to pull out of the race.", "pull out", "asserted", None),
    ("The sprinter went on to win the final.", "win", "asserted", None),
    # What beating an opponent brought is as sure as the win, not a purpose.
    ("The Russian beat the defending champion in four sets to win the title.", "win", "asserted", None),
    ("The champions thrashed their rivals to win the league.", "win", "asserted", None),
    ("The champions must beat their rivals to win the league.", "win", "possible", "must"),
    # A consequent of a condition, with a modal of its own, is one case (kg.extract.adverbials); not a habit, not the
    # speech verb a content's condition hangs on.
    ("The union will strike if the talks fail.", "strike", "possible", "if"),
    ("If Dawson is not fit, Robinson will have to choose another scrum-half.", "choose", "possible", "if"),
    ("The government routinely checks people for TB if they come into the UK.", "check", "asserted", None),
    # A delay holds its act up: not yet done.
    ("The firm warned of losses due to delays in signing new contracts for games.", "sign", "possible", "delay"),
    # A warning of how things stand is a claim; of what will or may come, a forecast (kg.extract.forewarned).
    ("Argonaut warned that it was running out of cash.", "run out", "reported", "warn"),
    ("The FBI is warning that a computer virus is being spread via e-mails.", "spread", "reported", "warn"),
    ("The firm warned that it could run out of cash.", "run out", "possible", "could"),
    ("The chamber warned that growth is set to slow.", "slow", "possible", "warn"),
    # A contest's move has its outcome too (contest_moves.txt); training is for a win, no win.
    ("Federer rallied to win the match.", "win", "asserted", None),
    ("Jones fought back to beat Smith.", "beat", "asserted", None),
    ("He trained hard to win the race.", "win", "planned", "to"),
    # A call on someone to act: the act is theirs, and only possible (not their plan).
    ("The union called on the minister to scrap the plan.", "scrap", "possible", "call"),
    # A negated verb of excluding leaves its event open, whatever negates it.
    ("The coach has not ruled out selecting the veteran for Saturday.", "select", "possible", "not rule out"),
    ("The club did not rule out a bid for Arsenal.", "bid", "possible", "not rule out"),
    ("The chairman refused to rule out selling the club.", "sell", "possible", "not rule out"),
    ("The board did not dismiss the possibility of a takeover of its rival.", "takeover", "possible", "not dismiss"),
    ("The minister has not excluded resigning from the cabinet.", "resign", "possible", "not exclude"),
    # "cannot wait" longs for its event (BBC sport); a past "did not wait to" keeps its "not".
    ("Former All Black star Jonah Lomu says he cannot wait to run out on the pitch for Martin Johnson's testimonial.",
     "run out", "planned", "cannot wait"),
    ("The minister did not wait to hear the verdict.", "hear", "negated", "not"),
    # A choice left open is a question either way, not negated nor planned (BBC sport, business).
    ("Eriksson has still not decided whether to call up any further back-up.", "call up", "questioned", "whether"),
    ("In February 2004 he said he was considering whether to bid for the club.", "bid", "questioned", "whether"),
    # Ruling out is itself still negated; excluding with no "not" says nothing of the event.
    ("The club did not rule out a bid for the defender.", "rule out", "negated", "not"),
    # "not ... until" puts the event off, it does not negate it: the "will" stays.
    ("The government will not publish the report until March.", "publish", "planned", "will"),
    ("The council backed a policy of not enforcing the ban until June.", "enforce", "planned", "until"),
    ("The striker did not score until the final minute.", "score", "asserted", None),
    # A negated verb of meaning leaves its that-clause unsaid, not asserted.
    ("Agreeing to pay did not mean that the firms were admitting any guilt.", "admit", "negated", "not mean"),
    ("The result did not prove that the drug works.", "work", "possible", "not prove"),
    # A subject that is no one in particular: a case, not a fact.
    ("Any investor accepting the offer will lose their rights.", "accept", "possible", "any"),
    ("Any investor accepting the offer will lose their rights.", "lose", "possible", "any"),
    ("Anyone who bought shares in March lost money.", "buy", "possible", "anyone"),
    # Readiness, whatever lemma the tagger gives ("primed" as "prim").
    ("Tottenham are primed to snap up the Brazilian striker.", "snap up", "planned", "prime"),
    # Claims and arguments keep their claimant; a story or theory speculates.
    ("The minister countered that the party had broken its promise.", "break", "reported", "counter"),
    ("The story goes that the chairman sold his shares before the crash.", "sell", "speculated", "story"),
    ("The fear is that prices will rise again.", "rise", "possible", "fear"),
    ("The problem is that the firm lost money.", "lose", "asserted", None),
    # A subject noun frames only the content it gives, not what its verb does.
    ("The plan could let extreme groups run policing.", "run", "possible", "could"),
    # "be to": the event it hides is read, planned; "yet to" is not done.
    ("Investors in the fund are to receive £194m compensation.", "receive", "planned", "be to"),
    ("The report is to be published on Monday.", "publish", "planned", "be to"),
    # ... whoever NER left unlabelled: a band's name after its kind of act (entertainment/158)
    ("Rock band Coldplay are to go on tour next year.", "go on tour", "planned", "be to"),
    # ... and "it", the firm that says it is to act (BBC entertainment/361)
    ("McDonald's announced it was to scrap its \"supersized\" meals last year, but denied the move was as a "
     "result of the negative publicity created by Spurlock's film.", "scrap", "planned", "be to"),
    ("The match is yet to be played.", "play", "negated", "yet"),
    ("Most analysts say it is impossible to gauge the damage.", "gauge", "negated", "impossible"),
    # An event made by a verb is as sure as the making.
    ("The company has yet to agree a deal with the union.", "deal", "negated", "yet"),
    ("The firms agreed a deal with the union last week.", "deal", "asserted", None),
    # A light verb makes its event noun too: no offer made is no offer (BBC business/279).
    ("However, neither side has made a formal offer for the LSE, with sources claiming such a step may still "
     "be weeks away.", "offer", "negated", "no"),
    # A main clause the parser hung under a relative clause's verb is framed by nothing (BBC
    # politics/032, an untuned article read by the lead): "campaigned" plans no welcoming.
    ("Animal welfare groups have welcomed the ban, many of whom have campaigned for a ban for decades saying "
     "hunting is cruel and unnecessary.", "welcome", "asserted", None),
    # A negated verb of meaning over a negated clause leaves it open (BBC politics/337): maybe they are
    # calling; over a plain clause it still negates it.
    ("But that does not mean Labour and the Tories are not calling people signed up to the TPS.", "call",
     "possible", "not mean"),
    ("Agreeing to pay did not mean that the firms were admitting guilt.", "admit", "negated", "not mean"),
    # A relative clause says what befell a plan or a deal: it happened.
    ("The deal, which was signed in March, gave the firm a stake.", "sign", "asserted", None),
    ("The plan, which was unveiled on Monday, was criticised by unions.", "unveil", "asserted", None),
    # No one did it; stopping short of it is not doing it; no evidence of it is no fact.
    ("Nobody has claimed responsibility for the attack.", "claim", "negated", "nobody"),
    ("None of the passengers was injured.", "injure", "negated", "none"),
    # A "not" that opens the subject: no one of them did it (BBC politics/387, entertainment/314).
    ("But they say not a single doctor, teacher or nurse will be cut.", "cut", "negated", "not a"),
    ("Not even war has halted the glittering Hollywood event.", "halt", "negated", "not even"),
    ("Not all banks have lent money to the firm.", "lend", "asserted", None),
    ("The minister stopped short of backing the plan.", "back", "negated", "short"),
    ("Sibneft, a Russian oil company, came close to merging with Yukos last year.", "merge", "negated", "close"),
    ("The government is close to agreeing a deal with the unions.", "agree", "possible", "close"),
    ("There is no evidence that the firm broke the law.", "break", "negated", "no"),
    ("The firm is on track to meet its target.", "meet", "possible", "track"),
    # A negated verb leaves its complement open, unless it takes it as known.
    ("The speech will not help him regain public trust.", "regain", "possible", "not help"),
    ("He did not know that the firm had collapsed.", "collapse", "asserted", None),
    # A factive verb's complement is known, negated or not (BBC politics, issue 14).
    ("Let us never forget that when Michael Howard was in government Britain suffered mass unemployment, 15% "
     "interest rates, record home repossessions, and the introduction of the poll tax.", "suffer", "asserted", None),
    # A content clause without "that" is still the noun's content, not a relative.
    ("He would not discuss reports the party repaid the loan.", "repay", "speculated", "report"),
    # A condition opened by an auxiliary before its subject, with no "if", is no fact; a past perfect one
    # before a perfect modal is contrary to fact: it did not happen (kg.extract.counterfactuals).
    ("Were the talks to fail, the union would strike.", "fail", "possible", "were"),
    ("Had the club won, it would have reached the final.", "win", "negated", "had"),
    ("Had ministers acted sooner, the crisis would have been avoided.", "act", "negated", "had"),
    ("Jones, who had joined in May, left the club.", "join", "asserted", None),
    # What a speaker does not say is not reported: it is open.
    ("He did not say that the firm would close.", "close", "possible", "not say"),
    ("The spokesman did not say why the three men had been detained.", "detain", "reported", "say"),
    ("The firm did not say exactly how many jobs had been cut.", "cut", "reported", "say"),
    ("The ministry said it would not announce that the troops had left.", "leave", "possible", "not announce"),
    # Whoever comes out of a contest not yet decided: a case, no one's plan.
    ("Whoever wins the final will face Brazil.", "face", "possible", "whoever"),
    ("The winner will face Brazil in the final.", "face", "possible", "winner"),
    ("The winner received a cheque for £1m.", "receive", "asserted", None),
    ("The winners will be announced on Friday.", "announce", "planned", "will"),
    ("Last year's winner, Roger Federer, will play Andy Murray.", "play", "planned", "will"),
    # A prepositional phrase that frames a condition.
    ("In the event of a takeover, the chairman would resign.", "resign", "possible", "in the event of"),
    ("In the event that the talks fail, the union will strike.", "fail", "possible", "in the event that"),
    ("In case of a fire, staff should leave the building.", "leave", "possible", "in case of"),
    # A perfect "would" is a case that did not come about, not a plan; a future perfect is one.
    ("Ryanair would have won the contract.", "win", "possible", "would"),
    ("Had the bank known, it would have sold the shares.", "sell", "negated", "would have"),
    ("The firm said it would have cut 500 jobs without the loan.", "cut", "possible", "would"),
    ("The builders will have finished the bridge by March.", "finish", "planned", "will"),
    ("The firm said it would cut 500 jobs.", "cut", "planned", "would"),
    # A contender's standing is a bookmaker's view: no win yet.
    ("The film has shortened its odds of winning best film.", "win", "possible", "odds"),
    ("Martin Scorsese is the favourite to win best director.", "win", "possible", "favourite"),
    ("Wales are hot favourites to beat Italy on Sunday.", "beat", "possible", "favourite"),
    ("Smith was the first to score in the match.", "score", "asserted", None),
    # "no longer" negates; a condition stays a case, even a negative one.
    ("The village is no longer isolated from the rest of the country.", "isolate", "negated", "no longer"),
    ("He will leave the club if the team fail to secure a place in the final.", "secure", "possible", "if"),
    ("If the shareholders do not approve the deal, the bid will lapse.", "approve", "possible", "if"),
    ("The shareholders did not approve the deal.", "approve", "negated", "not"),
    # A past clause of time tells what happened, whatever might have happened around it.
    ("The keeper could do nothing when the striker doubled the lead.", "score", "asserted", None),
    ("The visitors could have won when their captain hit the post.", "hit", "asserted", None),
    ("He said he would resign when the report was published.", "publish", "planned", "would"),
    ("The league could fine the club after its captain was banned for swearing.", "ban", "asserted", None),
    ("China committed to opening up its banking sector when it joined the World Trade Organisation in 2002.", "join", "asserted", None),
    ("The board decided to sell the unit when its shares fell.", "fall", "asserted", None),
    # What came close, or was done without, did not happen.
    ("The visitors dominated without creating many chances.", "create", "negated", "without"),
    ("Her big moment almost arrived in the second half.", "arrive", "negated", "almost"),
    ("Almost 100 people were killed in the attack.", "kill", "asserted", None),
    # Advice, negated or not, is a case: no negated fact ("should not ignore").
    ("Mr Kent said Britain should not ignore the need for reform.", "ignore", "possible", "should"),
    ("Ministers must not delay the vote any longer.", "delay", "possible", "must"),
    ("The board asked whether the firm should return the money.", "return", "questioned", "whether"),
    # A certainty the writer foresees is still a prediction.
    ("The league is certain to punish the club for the delay.", "punish", "possible", "certain"),
    ("The central bank is bound to raise interest rates next month.", "raise", "possible", "bind"),
    # An effort is no outcome: a struggle leaves it in doubt (the verb's infinitive no event at all,
    # kg.extract.struggles), a battle is an attempt; failing negates, managing asserts, in a participle too.
    ("The airline's struggle to cut costs was long.", "cut", "possible", "struggle"),
    ("The airline is battling to cut costs.", "cut", "planned", "battle"),
    ("Oracle's fight to acquire Peoplesoft was long.", "acquire", "planned", "fight"),
    ("The club, failing to win the title, sacked its manager.", "win", "negated", "fail"),
    ("He managed to win the title.", "win", "asserted", None),
    # A perfect modal of what ought to or would have been, before "but", did not come about;
    # what follows "but" did ("may have won the race, but ..." concedes: asserted).
    ("The agency would have provided a one-stop justice system but has been abandoned.", "provide", "possible", "would"),
    ("The substitute could have nicked a win but sidefooted wide.", "nick", "possible", "could"),
    ("The striker should have scored but shot wide.", "shoot", "asserted", None),
    # A titled programme frames no plan; a party's plans do.
    ("Earlier, he told BBC Radio 4's Today programme the US had increased support for Africa in the past four years.",
     "increase", "reported", None),
    ("He underlined Lib Dem plans to scrap university fees.", "scrap", "planned", "plan"),
    # An -ing clause after "whilst" is as sure as its clause, whatever verb that is.
    ("Although he committed the offences whilst running Bank of China in New York, he was head of another bank.",
     "run", "asserted", None),
    # A gerund after "after", "since" or "despite" tells what happened, whatever its clause
    # plans or doubts; not one with a day to come, nor under a perfect modal, nor after "before".
    ("Simon Taylor will miss the first two games after damaging an ankle.", "damage", "asserted", None),
    ("He could reach the final after beating Hewitt 6-1 in the first set.", "beat", "asserted", None),
    ("The firm could be sold after posting a loss.", "post", "asserted", None),
    ("The team will fly home after playing Italy on Sunday.", "play", "planned", "will"),
    ("The side might have collapsed after conceding an early goal.", "concede", "possible", "might"),
    ("He will fly to Paris before meeting the minister.", "meet", "planned", "will"),
    ("Kaplan opted not to call upon video evidence to see if Josh Lewsey had touched down after being driven over Ireland's line.",
     "drive", "possible", "if"),
    # A conjunct of the same form as a control verb stands beside it, not beside its infinitive.
    ("He described his relationship with the public as starting euphoric, then struggling to live up to the expectations, "
     "and reaching the point of raised voices.", "reach", "asserted", None),
    # A gerund subject shares its verb's modal, though the verb is negated.
    ("Selling the car-making unit may not prove so simple.", "sell", "possible", "may"),
    ("Winning the title gave him belief.", "win", "asserted", None),
    ("Japan has applied to host the tournament on its own.", "host", "planned", "apply"),
    # A commitment is a plan.
    ("The Tories have committed to cutting public spending.", "cut", "planned", "committed"),
    ("He has shown a commitment to outlawing ageism.", "outlaw", "planned", "commitment"),
    # A passive infinitive relative is to come; not after an ordinal or a superlative.
    ("The film, to be directed by A Beautiful Mind's Ron Howard, is due to start filming in May.", "direct", "planned", "to be"),
    ("The EU has agreed new trade rules to be introduced in the new year.", "introduce", "planned", "to be"),
    ("He was the first player to be sent off in the match.", "send off", "asserted", None),
    ("Wigan are the latest club to be hit by the ban.", "hit", "asserted", None),
    # An infinitive with a score, or after "the first man", tells what happened (kg.extract.outcomes);
    # a future copula keeps it planned.
    ("Defending champion and top seed Andy Roddick rallied to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5.",
     "beat", "asserted", None),
    ("Frenchman Cyril Saulnier, meanwhile, fired 19 aces to secure a 6-1 7-6 win over Czech qualifier Tomas Zib.",
     "win", "asserted", None),
    ("Roger Federer became the first man since Mats Wilander in 1988 to win three Grand Slams in one season.",
     "win", "asserted", None),
    ("UK broadcaster Virgin Radio says it will become the first station in the world to offer radio via 3G mobiles.",
     "offer", "planned", "will"),
    # A definite or possessive result, or one after "after", names a match played (kg.extract.played);
    # an indefinite one in a plan stays planned.
    ("England will protest to the International Rugby Board about the referee's performance in the defeat by Ireland.",
     "lose", "asserted", None),
    ("Wiggins is out of the tournament after a five-set defeat by Dominik Hrbaty.", "lose", "asserted", None),
    ("A win over Italy would give them the title.", "win", "planned", "would"),
    ("Henry will captain the side as the Gunners seek the required victory over Rosenborg.", "win", "planned", "seek"),
    # A result with a scoreline that a preposition of its setting takes was played; one a verb takes was not.
    ("The full-back will have surgery on Monday after fracturing his thumb in the 24-18 win over France on Saturday.",
     "win", "asserted", None),
    ("Arsenal go into the game on the back of a 2-0 victory over Fulham on Sunday.", "win", "asserted", None),
    ("A 2-0 win over Porto would be enough for Chelsea.", "win", "planned", "would"),
    # Backing or fancying a side to win is a tip (BBC sport).
    ("But Umaga also backed New Zealand to win the three-Test series against the Lions.", "win", "possible", "back"),
    # What a permission in the present lets someone do is possible; in the past it was done (kg.extract.permits).
    ("The new rule allows clubs to sign players outside the transfer window.", "sign", "possible", "allow"),
    ("A futuristic shooter that lets you play various deathmatch modes against your phone.", "play", "possible", "let"),
    ("Players are allowed to wear gloves.", "wear", "possible", "allow"),
    ("The deal allowed the firm to cut its debt.", "cut", "asserted", None),
    # An inverted condition keeps a negated clause a case, no denial.
    ("Had the Academy Awards not been brought forward, the film would have been released in March.",
     "bring", "possible", "had"),
    # A "?" that closes a title asks nothing (kg.extract.titlequestions); a question stays one.
    ("The actress dropped out at the last minute and has now cancelled all European promotion of the film "
     "Shall We Dance?", "cancel", "asserted", None),
    ("Why did the film Shall We Dance fail?", "fail", "questioned", "?"),
    # Agreeing to a thing is no thing yet.
    ("On Tuesday, a meeting in Geneva agreed to the creation of a Digital Solidarity Fund.", "creation", "planned", "agree"),
    # A change foretold of a value is a forecast, not anyone's plan (BBC business: a UN survey);
    # a change someone makes, or a named actor's move, stays their plan.
    ("The global economy will slow in 2005, the report said.", "slow", "possible", "will"),
    ("The eight central European states will see 4.6% growth, the UNECE said.", "grow", "possible", "will"),
    ("The firm said sales would fall by 10%.", "fall", "possible", "would"),
    ("The Bank of England will raise interest rates in March.", "raise", "planned", "will"),
    ("Tesco will expand into China next year.", "expand", "planned", "will"),
    ("The minimum wage will rise in October, the government has announced.", "rise", "planned", "will"),
    # A negated verb of intent or thought negates the -ing of its preposition (BBC sport); a dream is no fact.
    ("The bid chairman, Lord Coe, admitted he would never dream of running a marathon.", "run", "negated", "never"),
    ("The striker dreams of winning the title.", "win", "possible", "dreams"),
    # Not thinking of a thing is no denial of it.
    ("Rhys Williams says Wales are still not thinking of winning the Grand Slam.", "win", "speculated", "thinking"),
    # A move someone left for happened as surely as the leaving (BBC sport); other purposes stay plans.
    ("Celestine Babayaro left the club in January to join Newcastle.", "join", "asserted", None),
    ("Smith will leave Chelsea to join Newcastle in the summer.", "join", "planned", "will"),
    ("The chairman resigned last week to fight the election.", "fight", "planned", "to"),
    # A passive infinitive after a comma is still to come, wherever the parse hangs it (BBC politics).
    ("The plan forms part of the party's smaller government bill, to be unveiled later this week.",
     "unveil", "planned", "to be"),
    # A purpose the parse hangs on a verb of causing is still to come; "back" after "went" backs no one (BBC sport).
    ("France have brought flanker Serge Betsen back into their squad to face England at Twickenham on Sunday.",
     "face", "planned", "to"),
    ("So really we went back to playing a territory game and simplifying things.", "play", "asserted", None),
    # A "would" of habit in a clause set in the past tells what used to happen (BBC tech).
    ("In the past, sports fans would be left debating the validity of the try for days and weeks to come.",
     "debate", "asserted", None),
    # "too ... to": what one is too afraid to do is not done (BBC politics).
    ("The Conservatives say the Scottish Executive is too afraid to raise income tax.", "raise", "negated", "too"),
    # Being selected to compete is no competing yet (BBC sport).
    ("Four British athletes have been pre-selected to compete at the World Cross Country Championships in March.",
     "compete", "planned", "select"),
    # "whether or not" leaves the choice open; an impending thing is still to come (BBC politics, entertainment).
    ("He said a referendum would be held in Wales to decide whether or not to scrap the Welsh Assembly.",
     "scrap", "questioned", "whether"),
    ("The AFI highlighted the impending retirement of CBS news anchor Dan Rather.", "retirement", "planned", "impending"),
    # What someone is urged to do is not their plan (BBC entertainment: he refused); an order is.
    ("Catholics have urged Mr Pande to withdraw the film.", "withdraw", "possible", "urge"),
    ("He challenged the Treasury to open up its books to the auditors.", "open up", "possible", "challenge"),
    ("The court ordered the company to pay damages.", "pay", "planned", "order"),
    # What a speaker says of a passive -ing is reported, as of an active one (BBC entertainment).
    ("Martin Scorsese, whose movie The Aviator went on to win best film, said being honoured in the UK meant a lot "
     "to him.", "honour", "reported", "say"),
    # A necessity, as "must", is no one's plan (BBC business, sport).
    ("The airline needs to negotiate other paycuts if it is to find a route out of bankruptcy.", "negotiate",
     "possible", "need"),
    ("Now he just needs to find a way of winning the French Open, the one Grand Slam to so far elude him.", "find",
     "possible", "need"),
    # An event noun a passive verb of intent or expecting has as subject is no fact yet (BBC tech).
    ("The spring launch of the PSP in the UK is eagerly awaited by gaming fans.", "launch", "possible", "await"),
    ("The sale of Commodore is expected to be complete in three weeks in a deal worth over £17m.", "sale", "possible",
     "expect"),
    # A capitalised "Will" beside a tensed auxiliary is a name the parse read as a modal (frames.named_modal).
    ("Will Smith's first romantic comedy, Hitch, has topped the North American box office for a second weekend.",
     "top", "asserted", None),
]


@pytest.mark.parametrize(("sentence", "lemma", "factuality", "cue"), TABLE)
def test_factuality_of_news_sentences(nlp, sentence, lemma, factuality, cue):
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", sentence), nlp(sentence)).events
    found = [(event.factuality.value, event.cue) for event in events if event.lemma == lemma]
    assert found == [(factuality, cue)], [(event.lemma, event.factuality.value, event.cue) for event in events]


def test_factuality_a_finite_conjunct_is_outside_the_first_verb_s_negation():
    # "Workers did not strike and called for talks": "called" has its own tense.
    rows = [("Workers", 3, "nsubj", "NOUN", "NNS", "worker"), ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB", "not"), ("strike", 3, "ROOT", "VERB", "VB", "strike"),
            ("and", 3, "cc", "CCONJ", "CC", "and"), ("called", 3, "conj", "VERB", "VBD", "call"),
            ("for", 5, "prep", "ADP", "IN", "for"), ("talks", 6, "pobj", "NOUN", "NNS", "talk"), (".", 3, "punct", "PUNCT", ".", ".")]
    assert (_reading(rows, 3).factuality, _reading(rows, 5).factuality) == (Factuality.NEGATED, Factuality.ASSERTED)
    # "could strike and walk out": a bare verb shares the modal.
    rows[1], rows[5] = ("could", 3, "aux", "AUX", "MD", "could"), ("walked", 3, "conj", "VERB", "VB", "walk")
    rows[2] = ("also", 3, "advmod", "ADV", "RB", "also")
    assert _reading(rows, 5).factuality is Factuality.POSSIBLE


def test_factuality_a_conjunct_with_its_own_auxiliary_is_outside_the_first_verb_s_negation():
    # "They did not comment but have promised talks": "have" gives "promised" a tense of its own.
    rows = [("They", 3, "nsubj", "PRON", "PRP", "they"), ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB", "not"), ("comment", 3, "ROOT", "VERB", "VB", "comment"),
            ("but", 3, "cc", "CCONJ", "CC", "but"), ("have", 6, "aux", "AUX", "VBP", "have"),
            ("promised", 3, "conj", "VERB", "VBN", "promise"), ("talks", 6, "dobj", "NOUN", "NNS", "talk"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    assert (_reading(rows, 3).factuality, _reading(rows, 6).factuality) == (Factuality.NEGATED, Factuality.ASSERTED)
    # Without the auxiliary, the participle shares the first verb's clause and its "not".
    rows[5] = ("also", 6, "advmod", "ADV", "RB", "also")
    assert _reading(rows, 6).factuality is Factuality.NEGATED


@pytest.mark.parametrize(("sentence", "lemmas"), [
    # "primed" frames the event; it is none itself.
    ("Tottenham are primed to snap up the Brazilian striker.", ["snap up"]),
    # What a thing is for is no one's act: no cut by "the aim", no persuading by "one of its successes".
    ("The aim is to cut costs by 10%.", []),
    ("One of its greatest successes was to persuade voters.", []),
    # "it is up to X to decide": not "be to".
    ("It is up to governments to decide.", ["decide"]),
])
def test_frames_are_no_events_of_their_own(nlp, sentence, lemmas):
    from kg.extract import extract
    from kg.records import Document

    events = extract(Document("t", sentence), nlp(sentence)).events
    assert [event.lemma for event in events] == lemmas, [(e.lemma, e.factuality.value, e.cue) for e in events]


def test_an_event_over_a_period_to_come_is_no_fact(nlp):
    # BBC politics: the saving is hoped for "in coming years", not done (was asserted)
    from kg.extract import extract
    from kg.records import Document

    text = "Mr McCabe is also looking for local authorities to become more efficient and save money in coming years."
    events = {event.lemma: event for event in extract(Document("t", text), nlp(text)).events}
    assert events["save"].factuality is Factuality.POSSIBLE and events["save"].cue == "coming"
    past = "Prices rose 3% over the past 12 months."
    assert [event.factuality for event in extract(Document("t", past), nlp(past)).events] == [Factuality.ASSERTED]


def test_an_until_clause_is_as_unsure_as_its_main_clause(nlp):
    # BBC business: the assessment is awaited, not done (was asserted: a past "until" clause
    # was read as a time clause that tells what happened, like "when Giggs hit the post").
    from kg.extract import extract
    from kg.records import Document

    text = "The exact allocation could not be clarified until the World Bank had completed its assessment."
    events = {event.lemma: event for event in extract(Document("t", text), nlp(text)).events}
    assert events["complete"].factuality is Factuality.POSSIBLE
    past = "The firm did not begin trading until the war had ended."
    events = {event.lemma: event for event in extract(Document("t", past), nlp(past)).events}
    assert events["end"].factuality is Factuality.ASSERTED


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A BBC sport preview: the try is pictured, not scored (was asserted; the parser hangs
    # "Picture" under "camp", so the sentence's first word is the test).
    ("Picture the scene: Wales camp on the English line and score a try.", "score"),
])
def test_an_opening_imperative_of_imagining_makes_a_case(nlp, sentence, lemma):
    from kg.extract import extract
    from kg.records import Document

    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events[lemma].factuality is Factuality.POSSIBLE and events[lemma].cue == "picture"


def test_a_subject_before_a_verb_of_imagining_makes_no_imperative(nlp):
    from kg.extract.imagined import imagining
    from kg.extract.words import Words

    for text, verb in (("Picture the scene: Wales score a try.", "Picture"), ("Imagine won the poll.", None),
                       ("They imagine the firm buys its rival.", None)):
        words = Words(nlp(text))
        found = imagining(next(iter(words.sentences.values())).words)
        assert (found.text if found is not None else None) == verb, text


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics: no one has exploited or turned anything; the deed is urged, or said
    # impossible, not to happen (was planned, and asserted).
    ("Earlier the Archbishop of Canterbury wrote to all three parties urging them not to fight the election by "
     "exploiting people's fears.", "exploit"),
    ("We really can't deal with terrorism by turning Britain into a fascist state.", "turn"),
])
def test_the_means_of_a_deed_urged_not_to_happen_is_a_case(nlp, sentence, lemma):
    from kg.extract import extract
    from kg.records import Document

    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events[lemma].factuality is Factuality.POSSIBLE


def test_a_negated_fact_keeps_its_means(nlp):
    from kg.extract import extract
    from kg.records import Document

    sentence = "The firm never made money by selling phones."
    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events["sell"].factuality is Factuality.ASSERTED


def test_a_clause_before_a_verb_with_its_own_complement_is_no_content_of_it(nlp):
    # business/359: "claims" hung as what GM "says"; GM says something else after it.
    from kg.extract import extract
    from kg.records import Document

    text = ("Fiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own; GM says the "
            "contract, signed in 2000, is no longer valid.")
    quotes = extract(Document("t", text), nlp(text)).speech
    fiat = next(quote for quote in quotes if quote.cue == "claim")
    assert fiat.factuality is Factuality.ASSERTED



def test_factuality_question_holds_when_a_clause_is_read_again():
    # Rules read one clause many times through the same Scope; the memo must not lose the "?".
    rows = [("Will", 2, "aux", "AUX", "MD", "will"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("leave", 2, "ROOT", "VERB", "VB", "leave"), ("?", 2, "punct", "PUNCT", ".", "?")]
    doc = Doc(_VOCAB, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    read = Words(doc)
    scope = Scope(question=is_question(next(iter(read.sentences.values())).words))
    first, again = (scope.clause(verb_chain(read[2])) for _ in range(2))
    assert first.factuality is Factuality.QUESTIONED
    assert again == first
