"""A 'selon X' phrase or an incise set right after a finite auxiliary, copula or modal ('La récolte sera,
selon le syndicat, la plus faible') interrupts a clause that cannot end there: the whole clause is
reported, the aside included (as the guidelines' gold does for 'X aurait, selon Y, envisagé …').
Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("La récolte sera, selon le syndicat des vignerons, la plus faible depuis 1990.",
     "La récolte sera, selon le syndicat des vignerons, la plus faible depuis 1990", "syndicat des vignerons"),
    ("Les loyers ont, selon l'observatoire régional, progressé de 4 % en un an.",
     "Les loyers ont, selon l'observatoire régional, progressé de 4 % en un an", "observatoire"),
    ("Le budget reste, d'après la Cour des comptes, largement insuffisant.",
     "Le budget reste, d'après la Cour des comptes, largement insuffisant", "Cour des comptes"),
    ("La crue devrait, estime la préfecture, atteindre son pic jeudi.",
     "La crue devrait, estime la préfecture, atteindre son pic jeudi", "préfecture"),
    ("La saison sera, a prévenu l'entraîneur Marc Lefort, très difficile.",
     "La saison sera, a prévenu l'entraîneur Marc Lefort, très difficile", "Marc Lefort"),
])
def test_an_aside_after_an_auxiliary_frames_the_whole_clause(quote_of, passage, text, speaker):
    assert speaker in (quote_of(passage, text).speaker or "")


@pytest.mark.parametrize("passage, text", [
    ("Le taux devrait baisser en juin, selon la banque centrale.", "Le taux devrait baisser en juin"),
    ("Le chantier sera livré en mars, selon Mme Picard, qui dirige le projet.", "Le chantier sera livré en mars"),
])
def test_a_closing_selon_still_frames_what_precedes_it(quote_of, passage, text):
    assert quote_of(passage, text).kind == "indirect"


def test_an_adverbial_before_the_aside_is_no_interrupted_clause(parse):
    quotes = parse("Hier, selon la police, trois voitures ont brûlé dans le quartier.")._.quotes
    assert [q.span.text for q in quotes] == ["trois voitures ont brûlé dans le quartier"]
