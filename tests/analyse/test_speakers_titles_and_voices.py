"""Speakers: a title tied to a named place is its own speaker, a title with an adjective finds the holder
named earlier, a pronoun continues the latest quote's voice or the subject of a passive, and a noun after
a preposition ('Au micro, …') is no title for the name beside it."""
from __future__ import annotations

import pytest


SPEAKERS = [
    # a title of a named place is not the latest person
    ("« La situation est grave », affirme Camille Perrin, une éleveuse de la vallée. "
     "« Il faut agir vite », explique le maire de Saint-Pierre-des-Bois.",
     "Il faut agir vite", "le maire de Saint-Pierre-des-Bois"),
    ("« Les lits manquent », affirme Dominique Marchal, infirmier depuis vingt ans. "
     "« Nous recrutons », répond la directrice de l'hôpital de Quimper.",
     "Nous recrutons", "la directrice de l'hôpital de Quimper"),
    # a title with an adjective finds the holder named before
    ("Le président du Ghana, Kofi Mensah, a déclaré que la mission partirait bientôt. "
     "Les deux pays ont discuté mardi « du calendrier », a déclaré le porte-parole du ministère Paul Henri. "
     "« J'ai assuré mes partenaires que nous tiendrons parole », a déclaré mercredi le président ghanéen.",
     "J'ai assuré mes partenaires que nous tiendrons parole", "Kofi Mensah"),
    # pronouns and descriptions continue the right voice
    # the agent of a passive is less likely than its subject to be 'il' next
    ("Marc Dupuis, venu avec deux ingénieurs, a été accueilli par le gouverneur, Paul Henri. "
     "« Nous ouvrirons une usine ici », a-t-il déclaré.", "Nous ouvrirons une usine ici", "Marc Dupuis"),
    # the latest quote's speaker goes on, even after a described man
    ("« Nous sommes inquiets », explique le maire de Saint-Pierre. « On a compté 12 fuites », affirme Thomas Girard, "
     "technicien au syndicat des eaux. « Et ce ne sont que les plus grosses », précise-t-il.",
     "Et ce ne sont que les plus grosses", "Thomas Girard"),
    # 'Au micro' is where she speaks, not a masculine title for her
    ("Au micro, Sophie Garnier s'adresse aux parents. « Nous ne rouvrirons pas », annonce-t-elle. "
     "« Ce n'est pas une décision facile », assure l'enseignante.", "Ce n'est pas une décision facile",
     "Sophie Garnier"),
    # organisations are named as the article names them
    # an acronym the article never spells out is the speaker's name as written
    ("Les inondations ont privé 2.000 familles d'eau potable au Niger, selon l’ONU.",
     "Les inondations ont privé 2.000 familles d'eau potable au Niger", "ONU"),
    # spelled out once, the full name stays
    ("« Nous restons vigilants », a déclaré l’Organisation des Nations unies (ONU). "
     "La situation reste tendue, selon l’ONU.", "La situation reste tendue", "Organisation des Nations unies"),
    # a hyphenated head the parse split keeps its whole phrase; a later 'l'armée' is not that body
    ("« Le convoi est arrivé sans encombre », selon le communiqué de l’état-major général des armées "
     "nigériennes. « Nous avons livré dix tonnes de vivres », poursuit l’armée.",
     "Le convoi est arrivé sans encombre", "l'état-major général des armées nigériennes"),
    ("« Le convoi est arrivé sans encombre », selon le communiqué de l’état-major général des armées "
     "nigériennes. « Nous avons livré dix tonnes de vivres », poursuit l’armée.",
     "Nous avons livré dix tonnes de vivres", "l'armée"),
    # a passive subject that is a thing is no antecedent
    ("Alors que le financement futur du tunnel par l'État est remis en question et que le chantier "
     "durera probablement deux ans, Henri a exhorté les élus à voter « sans attendre ».\n\n"
     "« Nous avons besoin de cet ouvrage », a-t-il déclaré devant le conseil.",
     "Nous avons besoin de cet ouvrage", "Henri"),
]


@pytest.mark.parametrize("passage, text, speaker", SPEAKERS)
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_a_name_after_a_preposition_is_no_speaker(quote_of):
    passage = "« Nous attendons des réponses », a déclaré le fils de Jean Roux."
    assert quote_of(passage, "Nous attendons des réponses").speaker != "Jean Roux"
