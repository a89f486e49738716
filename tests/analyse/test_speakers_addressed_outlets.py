"""Speakers: the outlet or medium a speaker talks to ('raconte un voisin au Parisien', 'à la radio')
closes the speaker phrase; a title's own complement ('l'ambassadeur de France au Mali') does not."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("« J'ai entendu deux détonations », raconte un habitant au Parisien.",
     "J'ai entendu deux détonations", "un habitant"),
    ("« Le club doit réagir », a déclaré le capitaine à RMC Sport.", "Le club doit réagir", "le capitaine"),
    ("« Nous avons tout perdu », a expliqué une agricultrice à la radio.", "Nous avons tout perdu",
     "une agricultrice"),
    ("« Les rayons sont vides », témoigne un employé au quotidien régional.", "Les rayons sont vides",
     "un employé"),
])
def test_the_outlet_spoken_to_is_not_part_of_the_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


@pytest.mark.parametrize("passage, text, speaker", [
    ("« Nous restons prudents », a déclaré l'ambassadeur de France au Mali.", "Nous restons prudents",
     "l'ambassadeur de France au Mali"),
    ("« La saison sera longue », a confié le directeur du journal régional.", "La saison sera longue",
     "le directeur du journal régional"),
])
def test_a_title_keeps_its_own_complement(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker
