"""Round 6 of real copy: the tense of an infinitive's governing verb, 'd'ici cet été', month
ranges within a year, and deictic offsets without a publication date."""
import pytest


@pytest.mark.parametrize("passage, value", [
    # published on a Sunday: the Monday of a future clause is the next day
    ("« Nous verrons s'il pourra jouer contre la Suède lundi », a dit l'entraîneur.", "2025-03-10"),
    ("La ministre devra signer l'accord mardi à Bruxelles.", "2025-03-11"),
    ("Le maire a inauguré la piscine lundi.", "2025-03-03"),
])
def test_weekday_tense_of_the_governing_verb(parse, passage, value):
    dates = parse(passage, published="2025-03-09")._.dates
    assert [d.value for d in dates] == [value]


@pytest.mark.parametrize("passage, text, value", [
    ("Le gouvernement veut une conférence d'ici cet été, a-t-il dit.", "d'ici cet été", "2024"),
    ("Entre janvier et août 2023, 14 usines ont été inspectées.", "Entre janvier et août 2023", "2023"),
    ("De mars à juin 2022, les ventes ont reculé.", "De mars à juin 2022", "2022"),
])
def test_seasons_and_month_ranges(parse, passage, text, value):
    dates = parse(passage, published="2024-02-16")._.dates
    assert [(d.span.text, d.value) for d in dates] == [(text, value)]


def test_deictic_offsets_need_the_publication_date(parse):
    doc = parse("Le 3 mars 2025, le club a changé d'entraîneur. La semaine dernière, il a recruté "
                "un attaquant. Hier, il a signé un défenseur. Le 12 mars, il a joué à Lille.")
    values = {d.span.text: d.value for d in doc._.dates}
    assert values["La semaine dernière"] is None and values["Hier"] is None
    assert values["Le 12 mars"] == "2025-03-12"
