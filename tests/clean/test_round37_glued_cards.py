"""Round 37: a card of another story, its section glued to its headline printed twice, goes; prose stays."""
from recoupe.clean.noise import Line
from recoupe.clean.teasers import mark_teasers


def _marked(texts: list[str]) -> list[str | None]:
    body, start = [], 0
    for i, text in enumerate(texts):
        body.append(Line(start, start + len(text), i))
        start += len(text) + 1
    mark_teasers(body, texts, "fr")
    return [line.removed_by for line in body]


def test_cards_with_a_glued_section_and_a_doubled_headline_go():
    cards = ["SantéLe port de Port-Neuf ferme ses quaisLe port de Port-Neuf ferme ses quais",
             "Vie des quartiersUn marché couvert pour l'hiverUn marché couvert pour l'hiver"]
    assert _marked(cards) == ["teaser", "teaser"]


def test_prose_repeating_a_word_or_a_short_phrase_stays():
    prose = ["Le maire a redit que le port fermerait. Le port fermerait, a-t-il insisté, dès lundi.",
             "Il a crié « Au port ! Au port ! » devant les dockers réunis sur le quai ouest."]
    assert _marked(prose) == [None, None]
