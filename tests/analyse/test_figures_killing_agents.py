"""'Un attentat a tué douze soldats': the subject of an active killing verb with an object is the
killer, not one casualty; the subject of a passive killing still is (passages written for the project)."""
import pytest


@pytest.mark.parametrize("text, figures", [
    ("Un attentat à la voiture piégée a tué douze soldats dimanche près de Gao, selon l'armée.",
     [(12, "personne")]),
    ("Une frappe de drone a tué un civil et blessé trois autres près de Kherson.",
     [(1, "personne"), (3, "personne")]),
    ("Une explosion a tué quatre ouvriers lundi dans une usine de Mulhouse.", [(4, "personne")]),
])
def test_the_agent_of_a_killing_is_no_casualty(parse, text, figures):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == figures


def test_the_subject_of_a_passive_killing_still_counts(parse):
    doc = parse("Un soldat a été tué dimanche lors d'une embuscade près de Gao, selon l'armée.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(1, "personne")]
