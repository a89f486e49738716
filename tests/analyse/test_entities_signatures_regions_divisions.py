"""Entity classes from the seventh held-out round: signatures, compass regions, infinitive
run-ons, particles in place names, administrative divisions. All passages are invented."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, region, type_", [
    ("Un air chaud remonte depuis l'Afrique du Nord vers les Alpes.", "Afrique du Nord", "LOC"),
    ("Les exportations vers l'Europe de l'Est ont reculé cette année.", "Europe de l'Est", "LOC"),
    ("La mousson a frappé l'Asie du Sud-Est plus tôt que prévu.", "Asie du Sud-Est", "LOC"),
    ("Le président de l'Afrique du Sud est arrivé au sommet.", "Afrique du Sud", "GPE"),   # a country
    ("La Corée du Nord a tiré un missile mardi.", "Corée du Nord", "GPE"),
])
def test_capitalised_compass_complement_names_a_region(parse, text, region, type_):
    names = types_by_name(parse(text))
    assert names.get(region) == type_, names
    assert region.split()[0] not in names, names


def test_lowercase_compass_is_a_direction_not_a_region(parse):
    names = types_by_name(parse("Les orages ont touché le sud de la France et l'Espagne du sud-ouest."))
    assert "France" in names and not any("sud" in n for n in names), names


@pytest.mark.parametrize("text, name", [
    ("La loi confie au Conseil constitutionnel d'examiner chaque recours déposé.", "Conseil constitutionnel"),
    ("La loi charge la Haute Autorité de contrôler les comptes de campagne.", "Haute Autorité"),
])
def test_name_stops_before_an_infinitive_clause(parse, text, name):
    names = types_by_name(parse(text))
    assert name in names, names
    assert not any(n.startswith(name) and n != name for n in names), names


@pytest.mark.parametrize("text, author", [
    ("Grève dans les transports lyonnais\n\nMargaux Peyrelade\n\nLes usagers du métro ont patienté mardi, "
     "a indiqué la préfecture du Rhône.", "Margaux Peyrelade"),
    ("Incendie près de Roubaix\n\nBastien Corrignan\nLe Courrier du Nord\n\nUn entrepôt a brûlé lundi soir.",
     "Bastien Corrignan"),
    ("Berne durcit le ton. Voici comment le gouvernement justifie ce virage. Paul Roux Correspondant au "
     "Palais fédéral\n\nTrois ministres étaient présents lundi à Berne.", "Paul Roux"),
])
def test_signature_lines_are_not_entities(parse, text, author):
    names = types_by_name(parse(text))
    assert not any(author in n for n in names), names
    assert "Palais fédéral" not in names, names


def test_person_named_in_a_sentence_of_its_own_line_stays(parse):
    text = "Réunion au sommet\n\nMarc Duval a présidé la séance lundi à Rennes."
    assert types_by_name(parse(text)).get("Marc Duval") == "PERSON"


@pytest.mark.parametrize("text, place", [
    ("Un feu s'est déclaré dans la vallée de Wadi el-Harra, près de Jbeil.", "vallée de Wadi el-Harra"),
    ("Les secours ont bloqué la rue Abou el-Fadl, au centre de Tripoli.", "rue Abou el-Fadl"),
])
def test_hyphenated_particle_inside_a_place_name(parse, text, place):
    assert types_by_name(parse(text)).get(place) == "LOC"


@pytest.mark.parametrize("text, place", [
    ("Deux manifestants ont été tués dans l'État de Sonora, selon une ONG.", "Sonora"),
    ("Les feux de forêt gagnent la Province d'Alberta depuis lundi.", "Alberta"),
])
def test_administrative_division_named_by_its_own_name(parse, text, place):
    names = types_by_name(parse(text))
    assert names.get(place) == "GPE", names
    assert not any(n.startswith(("État", "Province")) for n in names), names


def test_editorial_note_and_way_to_a_town_are_not_entities(parse):
    text = ("« Nous étions prêts (vers 8 heures, Ndlr) », a dit le capitaine. Les migrants relâchés "
            "reprennent ensuite le chemin de Marseille.")
    names = types_by_name(parse(text))
    assert "Ndlr" not in names and "Marseille" in names and not any("chemin" in n for n in names), names
