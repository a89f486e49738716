"""A figure someone gives ('la police parle de 3 000 manifestants') and a blanket denial ('a rejeté toute
ingérence') are reports even unquoted; a topic ('a parlé de la situation'), a year or a vote on a text
('a rejeté le recours') are not."""
import pytest


@pytest.mark.parametrize("passage, text", [
    # counted figure after parler de
    ("La police parle de 3 000 manifestants dans les rues de Lyon.", "3 000 manifestants dans les rues de Lyon"),
    ("La préfecture parle de 40 morts.", "40 morts"),
    ("Le syndicat parle de 250 suppressions de postes.", "250 suppressions de postes"),
    # blanket object of rejeter
    ("Le ministre a rejeté toute responsabilité dans l'accident.", "toute responsabilité dans l'accident"),
    ("La direction rejette toute idée de fermeture du site.", "toute idée de fermeture du site"),
    ("Le gouvernement malien a rejeté toute ingérence étrangère.", "toute ingérence étrangère"),
])
def test_counted_and_blanket_objects_are_indirect_reports(quote_of, passage, text):
    assert quote_of(passage, text).kind == "indirect"


@pytest.mark.parametrize("passage", [
    "Le ministre a parlé de la situation.",
    "Le maire a parlé de 2020 comme d'une année noire.",
    "Le tribunal administratif a rejeté le recours.",
])
def test_topics_years_and_votes_stay_narration(parse, passage):
    assert not parse(passage)._.quotes
