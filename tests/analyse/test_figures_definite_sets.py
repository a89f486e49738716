"""A demonstrative before a number in words still counts a set ('ces deux gendarmes'), except after a
topic preposition where it points back to what was just said ('sur ces deux points'); 'les deux'
before a noun of sides ('les deux camps', 'dans les deux sens') means both sides, no count. Passages
written for the project."""
import pytest


@pytest.mark.parametrize("text, value, unit", [
    ("Le tribunal a infligé à ces deux hommes une peine de dix ans.", 2, "personne"),
    ("Ces trois personnes ont été hospitalisées à Rennes.", 3, "personne"),
    ("Le maire a rendu hommage à ces deux pompiers morts en service.", 2, "personne"),
    ("La vigilance rouge est maintenue dans ces quatre départements jusqu'à lundi.", 4, "département"),
    ("Le syndicat refuse que ces neuf postes disparaissent du siège.", 9, "poste"),
    ("Ces cinq derniers recours ont été rejetés par le Conseil d'État.", 5, "recours"),
])
def test_a_demonstrative_set_is_counted(parse, text, value, unit):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == [(value, unit)]


@pytest.mark.parametrize("text", [
    # a demonstrative after a topic preposition points back
    "« Sur ces deux points, le gouvernement ne bougera pas », a assuré la porte-parole.",
    "« Sur ces trois dossiers, nous attendons des réponses », a insisté le délégué.",
    # both sides is no count
    "Les deux camps s'accusent mutuellement d'avoir rompu la trêve.",
    "La circulation est coupée dans les deux sens sur l'autoroute A6.",
    "Un compromis a été trouvé entre les deux parties après dix heures de discussions.",
    "Des renforts ont été déployés sur les deux rives du fleuve.",
])
def test_demonstratives_and_both_sides_count_nothing(parse, text):
    assert parse(text)._.figures == []


def test_two_camps_without_les_still_count(parse):
    assert [f.value for f in parse("L'armée dit avoir détruit deux camps rebelles près de Gao.")._.figures] == [2]
