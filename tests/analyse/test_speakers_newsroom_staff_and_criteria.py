"""Speakers: newsroom staff ('un photographe de l'AFP') speak as eyewitnesses, not as their outlet;
'selon le sexe', 'selon la tranche d'âge' split figures by a criterion and name no source."""
import pytest


@pytest.mark.parametrize("passage, text, outlet", [
    ("Selon une photographe de l'AFP présente, deux maisons ont été détruites dans le village.",
     "deux maisons ont été détruites dans le village", "AFP"),
    ("Les correspondants de l'AFP à Goma signalent de nouveaux tirs dans la nuit.",
     "de nouveaux tirs dans la nuit", "AFP"),
    ("D'après un journaliste de la BBC présent à Gênes, les habitants ont fui vers la côte.",
     "les habitants ont fui vers la côte", "BBC"),
    ("Selon un caméraman de l'agence Reuters, la foule a été dispersée par la police.",
     "la foule a été dispersée par la police", "Reuters"),
])
def test_newsroom_staff_speak_as_witnesses_not_as_their_outlet(quote_of, passage, text, outlet):
    speaker = quote_of(passage, text).speaker
    assert speaker != outlet and outlet in speaker


@pytest.mark.parametrize("passage, text, criterion", [
    ("Le chômage a reculé de 0,4 point au troisième trimestre, selon des chiffres que vient de publier l'Insee. "
     "Selon le sexe, le taux de chômage atteint 8,1 % pour les hommes et 7,6 % pour les femmes.",
     "le taux de chômage atteint 8,1 % pour les hommes et 7,6 % pour les femmes", "sexe"),
    ("Les ventes ont progressé de 3 % en mai, selon les données publiées par l'Insee. "
     "Selon la tranche d'âge, la hausse atteint 5 % chez les moins de 30 ans.",
     "la hausse atteint 5 % chez les moins de 30 ans", "tranche"),
    ("Les inscriptions en formation ont reculé de 2 %, selon un bilan diffusé par l'Insee. "
     "Selon la catégorie, le recul atteint 4 % pour les cadres.", "le recul atteint 4 % pour les cadres", "catégorie"),
    ("Selon le genre, les écarts de salaire restent élevés dans la fonction publique, note le ministère.",
     "les écarts de salaire restent élevés dans la fonction publique", "genre"),
])
def test_a_criterion_after_selon_is_no_speaker(parse, passage, text, criterion):
    found = [q for q in parse(passage)._.quotes if q.span.text == text]
    assert all(q.speaker is None or criterion not in q.speaker for q in found)


@pytest.mark.parametrize("passage", [
    "Les tarifs de la cantine seront fixés selon le revenu des familles.",
    "La prime variera selon l'ancienneté des agents.",
])
def test_a_criterion_closing_the_sentence_reports_nothing(parse, passage):
    """Round 28: 'selon le revenu de X' at the end is a criterion, not a source (X can speak)."""
    assert parse(passage)._.quotes == []
