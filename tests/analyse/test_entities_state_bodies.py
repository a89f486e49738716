"""A country's police, guard or air defence named by a common noun and its country ('la police
kényane', 'la garde présidentielle du Tchad', 'la défense aérienne ukrainienne') is an
organisation; the same nouns in their everyday senses are not (invented passages)."""
import pytest


def _names(doc):
    return {e.name: [m.span.text for m in e.mentions] for e in doc._.entities}


@pytest.mark.parametrize("passage, name, mention", [
    ("Le bilan s'alourdit à Nairobi, selon un décompte de la police kényane.",
     "Police kényane", "la police kényane"),
    ("Le colonel Ousmane Bako, chef de la garde présidentielle du Tchad, a été arrêté.",
     "Garde présidentielle tchadienne", "la garde présidentielle du Tchad"),
    ("Dans la nuit, trente drones ont été interceptés par la défense aérienne ukrainienne.",
     "Défense aérienne ukrainienne", "la défense aérienne ukrainienne"),
    ("Au Kenya, la police kényane a dispersé les manifestants devant le Parlement.",
     "Police kényane", "la police kényane"),
])
def test_state_body_named_with_its_country(parse, passage, name, mention):
    names = _names(parse(passage))
    assert mention in names.get(name, []), names


def test_the_police_alone_after_a_qualified_mention_is_the_same_body(parse):
    names = _names(parse("Selon la police malienne, dix personnes sont mortes à Bamako. La police a bouclé le quartier."))
    assert names.get("Police malienne") == ["la police malienne", "La police"], names


@pytest.mark.parametrize("passage", [
    "Le suspect a été placé en garde à vue à Brest, puis la police a saisi son téléphone.",
    "Les avocats de la défense ont plaidé l'acquittement devant la cour de Rennes.",
    "La police municipale de Quimper a verbalisé une dizaine de conducteurs.",
])
def test_everyday_senses_name_no_state_body(parse, passage):
    names = _names(parse(passage))
    assert not any(n.startswith(("Police ", "Garde ", "Défense ")) for n in names), names


def test_an_air_force_named_bare_is_not_the_army_named_before(parse):
    names = _names(parse("L'armée russe a frappé Kharkiv, en Ukraine. L'Ukraine a riposté. "
                         "Plus tard, l'armée de l'air a confirmé les tirs, selon l'Ukraine."))
    assert "l'armée de l'air" not in names.get("Forces armées russes", []), names
