"""Vague words that count only through their 'de' complement ('beaucoup de gens',
'la majorité des électeurs') and vague nouns used as adverbs ('pour la plupart')."""
import pytest


@pytest.mark.parametrize("passage, text, unit", [
    ("Beaucoup de gens ont quitté le quartier après l'incendie.", "Beaucoup de gens", "personne"),
    ("Bon nombre d'élus ont boycotté la séance.", "Bon nombre d'élus", "personne"),
    ("Beaucoup de Marocains vivent désormais à Bruxelles.", "Beaucoup de Marocains", "personne"),
    ("La majorité des électeurs a boudé les urnes dimanche.", "La majorité des électeurs", "personne"),
    ("La quasi-totalité des salariés ont été reclassés.", "La quasi-totalité des salariés", "personne"),
    ("Une minorité de députés a voté contre le texte.", "Une minorité de députés", "personne"),
])
def test_vague_words_count_their_complement(parse, passage, text, unit):
    figures = {f.span.text: f for f in parse(passage)._.figures}
    assert text in figures, list(figures)
    assert figures[text].qualifier == "vague" and figures[text].unit == unit


@pytest.mark.parametrize("passage", [
    "Il a beaucoup plu sur la Bretagne ce week-end.",
    "Le débat a suscité beaucoup d'émotion dans la salle.",
    "La réforme a suscité beaucoup de discussions au sein du parti.",
    "La majorité a finalement adopté le budget.",
    "Le ministre a reçu le soutien de la majorité présidentielle.",
    "Le maire a été réélu, selon plusieurs télévisions locales.",
])
def test_vague_words_without_a_counted_complement_count_nothing(parse, passage):
    assert [f.span.text for f in parse(passage)._.figures] == []


def test_pour_la_plupart_is_an_adverb(parse):
    passage = "Plus de 200 migrants, pour la plupart mineurs, ont été hébergés au gymnase."
    assert [f.span.text for f in parse(passage)._.figures] == ["Plus de 200 migrants"]
