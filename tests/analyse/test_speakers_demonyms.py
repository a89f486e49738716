"""'a conclu l'Espagnole', 'L'Américain a ajouté': a capitalised nationality used as a singular noun names
a person of the article, the one introduced with it first, not the nearest person of another nationality."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("L'Italienne Paola Conti a gagné sa demi-finale. « Le vent me gênait au service », a expliqué l'Italienne.",
     "Le vent me gênait au service", "Paola Conti"),
    ("« Le texte sera signé avant l'hiver », a déclaré le ministre américain John Miller. "
     "L'Américain a toutefois précisé que les négociateurs devaient « encore régler les quotas ».",
     "les négociateurs devaient « encore régler les quotas »", "John Miller"),
    ("« Nous avons bien joué », a déclaré le sélectionneur Goran Petrovic. "
     "« On a été surpris au début », a reconnu le Franco-Serbe.", "On a été surpris au début", "Goran Petrovic"),
])
def test_a_nationality_noun_speaks_for_a_person_named_before(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_the_person_introduced_with_the_nationality_wins_over_a_nearer_one(quote_of):
    passage = ("L'Espagnole Ana Ruiz, battue par l'Italienne Paola Conti en quarts, a jugé les balles "
               "« trop lentes ». « Je n'ai jamais trouvé mon rythme », a regretté l'Espagnole.")
    assert quote_of(passage, "Je n'ai jamais trouvé mon rythme").speaker == "Ana Ruiz"


def test_a_people_in_the_plural_is_no_single_speaker(parse):
    passage = ("Le ministre suédois Lars Berg a parlé lundi. Les Américains ont répondu que "
               "« rien n'était décidé ».")
    speakers = [q.speaker for q in parse(passage)._.quotes]
    assert "Lars Berg" not in speakers[1:] and all(s != "Lars Berg" for s in speakers if s)
