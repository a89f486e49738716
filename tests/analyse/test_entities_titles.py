"""recoupe_entities: bare titles go to the person who holds that office, never to someone whose
department differs, nor to the protagonist when the title is inside someone's quotation."""
from __future__ import annotations


def _holder(doc, title):
    return next((e.name for e in doc._.entities for m in e.mentions if m.span.text == title), None)


TEXT = ("Louise Garnier a rencontré mardi Paul Lemoine. Le ministre de la Culture "
        "sera-t-il reconduit ? \"Le président de la République s'est exprimé\", affirme Hugo Renard, "
        "qui reprend les mots de Marc Aubry.\n"
        "Au micro d'une radio, le ministre de l'Industrie estime que rien n'est joué.")


def test_a_title_names_the_protagonist(parse):
    assert _holder(parse(TEXT), "Le ministre de la Culture") == "Louise Garnier"


def test_another_department_is_another_minister(parse):
    assert _holder(parse(TEXT), "le ministre de l'Industrie") != "Louise Garnier"


def test_a_title_inside_a_quotation_is_not_the_protagonist(parse):
    assert _holder(parse(TEXT), "Le président de la République") is None


def test_a_full_title_runs_over_coordinated_adjectives(parse):
    doc = parse("Le ministre de la Transition écologique et solidaire, Jean Morel, a démissionné.")
    person = next(e for e in doc._.entities if e.name == "Jean Morel")
    assert person.role == "ministre de la Transition écologique et solidaire"
