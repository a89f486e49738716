"""Speakers: the outlet or medium a speaker talks to ('raconte un voisin au Parisien', 'à la radio')
closes the speaker phrase; a title's own complement ('l'ambassadeur de France au Mali') does not."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # the outlet spoken to is not part of the speaker
    ("« J'ai entendu deux détonations », raconte un habitant au Parisien.",
     "J'ai entendu deux détonations", "un habitant"),
    ("« Le club doit réagir », a déclaré le capitaine à RMC Sport.", "Le club doit réagir", "le capitaine"),
    ("« Nous avons tout perdu », a expliqué une agricultrice à la radio.", "Nous avons tout perdu",
     "une agricultrice"),
    ("« Les rayons sont vides », témoigne un employé au quotidien régional.", "Les rayons sont vides",
     "un employé"),
    # a title's own complement is part of it
    ("« Nous restons prudents », a déclaré l'ambassadeur de France au Mali.", "Nous restons prudents",
     "l'ambassadeur de France au Mali"),
    ("« La saison sera longue », a confié le directeur du journal régional.", "La saison sera longue",
     "le directeur du journal régional"),
])
def test_the_speaker_phrase_stops_at_the_outlet_not_at_a_titles_complement(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker
