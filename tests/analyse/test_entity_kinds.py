"""Round 32: a kind noun after an article takes up the entity of that kind named before it; an
institution named again without its kind words is the same one. Passages written for the project."""
import pytest


def _mentions(doc, name):
    entity = next((e for e in doc._.entities if e.name.casefold() == name.casefold()), None)
    assert entity is not None, [e.name for e in doc._.entities]
    return {m.span.text for m in entity.mentions}


@pytest.mark.parametrize("text, name, mention", [
    ("Le tribunal correctionnel de Valbonne a condamné un homme. Le tribunal a aussi prononcé une amende.",
     "tribunal correctionnel de Valbonne", "Le tribunal"),
    ("L'AS Vernier a battu Sorvelle samedi. Le club a annoncé le départ de son entraîneur.", "AS Vernier", "Le club"),
    ("Le constructeur Moratel a annoncé 300 suppressions de postes. La société prévoit de fermer une usine.",
     "Moratel", "La société"),
    ("L'entreprise Totalis prolonge le plafonnement des prix. Le groupe pétrolier a réalisé un bénéfice record.",
     "Totalis", "Le groupe pétrolier"),
    ("Les combats ont repris à Goma. La ville est encerclée.", "Goma", "La ville"),
    ("L'inflation touche l'Afrique. Le continent importe la moitié de ses céréales.", "Afrique", "Le continent"),
])
def test_a_kind_noun_takes_up_the_entity_of_its_kind(parse, text, name, mention):
    assert mention in _mentions(parse(text), name)


@pytest.mark.parametrize("text", [
    "Moratel a publié ses comptes. La société civile réclame des élections.",
    "Moratel a publié ses comptes. Le groupe de travail rendra ses conclusions en mai.",
    "Le tribunal correctionnel de Valbonne a jugé l'affaire. Le tribunal administratif sera saisi.",
])
def test_another_sense_or_kind_takes_up_nothing(parse, text):
    # "le tribunal administratif" may be a body of its own (round 33), never the other court's mention
    owners = [{m.span.text for m in e.mentions} for e in parse(text)._.entities]
    assert not any(len(forms) > 1 and any(m.startswith(("La société", "Le groupe", "Le tribunal administratif"))
                                          for m in forms) for forms in owners), owners


@pytest.mark.parametrize("text, full, short", [
    ("Le tribunal correctionnel de Valbonne a jugé l'affaire. Devant le tribunal de Valbonne, l'avocat a plaidé.",
     "tribunal correctionnel de Valbonne", "tribunal de Valbonne"),
    ("La cour d'appel de Kerlan a confirmé la peine. La cour de Kerlan avait rejeté un recours.",
     "cour d'appel de Kerlan", "cour de Kerlan"),
])
def test_a_court_named_without_its_kind_is_the_same_court(parse, text, full, short):
    doc = parse(text)
    assert short in _mentions(doc, full)
    assert short.casefold() not in {e.name.casefold() for e in doc._.entities}


def test_two_courts_of_one_town_leave_the_short_name_apart(parse):
    doc = parse("Le tribunal correctionnel de Valbonne a jugé. Le tribunal administratif de Valbonne a tranché. "
                "Le tribunal de Valbonne est saturé.")
    assert "tribunal de Valbonne" not in _mentions(doc, "tribunal correctionnel de Valbonne")


def test_the_entity_introduced_with_the_noun_is_taken_up_first(parse):
    doc = parse("L'opérateur Norvane a coupé le gaz. L'OTAN a lancé la mission Baltic Shield. "
                "Les réparations coûteront cher, estime l'opérateur.")
    assert "l'opérateur" in _mentions(doc, "Norvane")


def test_a_company_noun_never_takes_up_a_union(parse):
    doc = parse("Le groupe Vandel Industries ferme deux usines, selon le syndicat des Métallos. "
                "L'entreprise emploie 2 400 personnes.")
    assert "L'entreprise" in _mentions(doc, "Vandel Industries")


@pytest.mark.parametrize("text, name, mention", [
    ("Le Conseil constitutionnel a validé le texte, estiment les Sages dans leur avis.",
     "Conseil constitutionnel", "les Sages"),
    ("Le gouvernement a présenté son plan. L'exécutif a exclu un référendum.", "Gouvernement français", "L'exécutif"),
    ("L'Assemblée nationale examine le texte. Le débat dans l'hémicycle commencera mardi.",
     "Assemblée nationale", "l'hémicycle"),
])
def test_an_institutions_epithet_takes_it_up(parse, text, name, mention):
    doc = parse(text)
    assert mention in _mentions(doc, name)
    assert not any(e.name.startswith("Sages") for e in doc._.entities)


@pytest.mark.parametrize("text, town", [
    ("Un juge a été saisi par le parquet de Valmoray (Loiret) après la plainte.", "Valmoray"),
    ("Deux hommes ont été condamnés par le tribunal correctionnel d'Orbec, lundi.", "Orbec"),
])
def test_the_town_an_institution_sits_in_is_a_place(parse, text, town):
    names = {e.name: e.type for e in parse(text)._.entities}
    assert names.get(town) == "GPE", names


def test_a_council_of_state_holds_no_place(parse):
    names = {e.name for e in parse("Les fonctionnaires protestent contre le Conseil d'Etat de Genève.")._.entities}
    assert "Etat" not in names, names


def test_a_ministry_named_again_without_its_country_adjective_is_the_same(parse):
    doc = parse("Le ministère valdorien de la Santé a fait état de six morts. "
                "Selon le ministère de la Santé, trente personnes ont été blessées.")
    ministries = [e.name for e in doc._.entities if e.name.casefold().startswith("ministère")]
    assert len(ministries) == 1, ministries


def test_a_ministry_run_by_a_movement_is_named_with_it(parse):
    names = {e.name for e in parse("Le ministère de l'Agriculture du Front vert a diffusé un rapport. Le Front vert a nuancé.")._.entities}
    assert "Ministère de l'Agriculture du Front vert" in names and "Front vert" in names, names


@pytest.mark.parametrize("text, name", [
    ("Selon le commandement militaire polonais, des avions ont décollé.", "Commandement militaire polonais"),
])
def test_a_military_command_with_its_country_is_an_organisation(parse, text, name):
    assert {e.name: e.type for e in parse(text)._.entities}.get(name) == "ORG"


def test_taking_command_names_no_body(parse):
    assert not parse("Il a pris le commandement de la flotte hier.")._.entities
