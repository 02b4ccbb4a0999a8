""""One of <plural noun phrase>" is a described participant in the verb's role, never a
quantity (``kg.extract.oneof``, ``kg.resolve.oneof``); a name right after it is the one meant."""

from __future__ import annotations

from tests.extract_helpers import event_roles, one_event


def _shown(nlp, text: str) -> list[str]:
    from benchmarks.news_facts import graph_statements
    from kg.extract import extract
    from kg.nlp import parse
    from kg.records import Document
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


def test_one_of_the_banks_is_the_theme_not_a_quantity(nlp):
    # BBC business/409: the bank bought was dropped, "one" an empty word, and read as the number 1.
    sentence = "UK-based bank Standard Chartered said it would spend $3.3bn (£1.8bn) to buy one of South Korea's main retail banks."
    buy = one_event(nlp, sentence, "buy")
    assert event_roles(buy)["theme"] == ["one of South Korea's main retail banks"]
    assert all(argument.quantity is None for argument in buy.arguments if argument.role == "theme")


def test_one_of_the_manufacturers_is_what_is_returned(nlp):
    # BBC business/385: "one of the UK's manufacturers" came out as a quantity of "return".
    sentence = ("Iain Ferguson was awarded the title by US publication Forbes for returning one of the UK's "
                "\"venerable\" manufacturers to the country's top 100 companies.")
    assert "quantity" not in event_roles(one_event(nlp, sentence, "return"))
    assert any("theme=one of the UK's" in line for line in _shown(nlp, sentence)), _shown(nlp, sentence)


def test_one_of_its_employees_is_the_agent(nlp):
    # BBC business/400: the payer was lost, a subject read as a number being no agent.
    text = ("Monsanto fined $1.5m for bribery\n\nMonsanto admitted one of its employees paid the senior official "
            "two years ago in a bid to avoid environmental impact studies being conducted on its cotton.\n")
    shown = _shown(nlp, text)
    assert any(line.startswith("pay(agent=one of its employees") for line in shown), shown


def test_the_name_after_one_of_is_the_one_meant(nlp):
    # BBC politics/333: "one of <nouns>, Name," names the one; a list after it names none.
    named = _shown(nlp, "Kilroy-Silk launches party\n\nMr Kilroy-Silk was joined in the new venture by one of UKIP's "
                        "two London Assembly members, Damien Hockney, who is now Veritas' deputy leader.\n")
    assert any(line.startswith("join(") and "agent=Damien Hockney" in line for line in named), named
    listed = _shown(nlp, "Title\n\nCitigroup sold one of four units, Alpha Bank, Beta Bank and Gamma Bank, last week.\n")
    assert not any("theme=Alpha Bank" in line for line in listed), listed
