"""Round 32: a surname opened by a particle stays whole and goes to the right person; a portfolio in
brackets after a minister is no organisation. Passages written for the project."""
import pytest


def _people(doc):
    return {e.name: {m.span.text for m in e.mentions} for e in doc._.entities if e.type == "PERSON"}


def test_a_given_name_tagged_a_noun_opens_the_name(parse):
    people = _people(parse("Marine Le Goff a réagi mardi. Le Goff a dénoncé une « trahison »."))
    assert "Le Goff" in people.get("Marine Le Goff", set()), people


def test_the_particle_surname_goes_to_the_person_named_last(parse):
    people = _people(parse("Jean-Yves Le Bihan a fondé le parti. Sa fille Rozenn Le Bihan l'a repris. "
                           "Selon Jean-Yves Le Bihan, c'était une trahison. Le Bihan a quitté la salle."))
    assert "Le Bihan" in people.get("Jean-Yves Le Bihan", set()), people
    assert "Le Bihan" not in people.get("Rozenn Le Bihan", set()), people


def test_a_full_name_written_again_is_found(parse):
    people = _people(parse("Rozenn Le Bihan a réagi. Jean-Yves Le Bihan a fondé le parti. "
                           "Rozenn Le Bihan l'avait exclu."))
    mentions = people.get("Rozenn Le Bihan", set())
    assert "Bihan" not in mentions and not any("Bihan" == m for ms in people.values() for m in ms), people


def test_a_french_particle_surname_opening_a_sentence(parse):
    people = _people(parse("Charles de Varennes a quitté Londres en 1944. De Varennes a alors prononcé un discours."))
    assert "De Varennes" in people.get("Charles de Varennes", set()), people


@pytest.mark.parametrize("text, portfolio", [
    ("Jean Dumas (Intérieur) et Marie Castel (Justice) ont signé le texte.", "Intérieur"),
    ("Le gouvernement compte Paul Leroy (Affaires étrangères) et Anne Morel (Économie et Finances).",
     "Économie et Finances"),
])
def test_a_portfolio_in_brackets_is_no_organisation(parse, text, portfolio):
    names = {e.name: e.type for e in parse(text)._.entities}
    assert portfolio not in names and list(names.values()).count("PERSON") == 2, names


def test_a_team_in_brackets_stays_an_organisation(parse):
    names = {e.name: e.type for e in parse("Le coureur Paul Kessler (Lotto-Soudal) a gagné.")._.entities}
    assert names.get("Lotto-Soudal") == "ORG", names


def test_a_given_name_alone_is_the_one_person_it_opens(parse):
    people = _people(parse("L'entraîneur Dario Massimo Ferri a parlé mardi. "
                           "Pour Dario, la saison est finie."))
    assert "Dario" in people.get("Dario Massimo Ferri", set()), people


def test_the_end_of_a_hyphenated_name_is_that_person(parse):
    people = _people(parse("Ahmed El-Hadi Benkara, vice-président de Gazal, s'est exprimé. "
                           "Selon Hadi Benkara, les prix sont indexés."))
    assert "Hadi Benkara" in people.get("Ahmed El-Hadi Benkara", set()) and "Hadi Benkara" not in people, people
