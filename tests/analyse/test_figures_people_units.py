"""A count of people takes the unit 'personne' whatever noun names them: roles, trades, status,
casualties, ages, kinship, a nationality or a town's people; collective nouns that are not people
keep their own lemma (passages written for the project)."""
import pytest


@pytest.mark.parametrize("text, span", [
    ("Le tribunal a jugé dix-neuf accusés mardi à Vierzon.", "dix-neuf accusés"),
    ("Trois infirmières ont démissionné en mars.", "Trois infirmières"),
    ("Plus de 4 000 jeunes ont rejoint le festival de Lormes.", "Plus de 4 000 jeunes"),
    ("La police a interpellé 45 migrants près de Menton.", "45 migrants"),
    ("Quelque 300 Lyonnais ont défilé samedi.", "Quelque 300 Lyonnais"),
    ("Cinq sapeurs-pompiers ont été appelés en renfort.", "Cinq sapeurs-pompiers"),
    ("Au moins 12 000 supporters sont attendus au stade.", "Au moins 12 000 supporters"),
])
def test_a_noun_of_people_counts_personne(parse, text, span):
    assert [(f.span.text, f.unit) for f in parse(text)._.figures] == [(span, "personne")]


def test_coordinated_nouns_of_people_count_personne(parse):
    doc = parse("Une vingtaine de pharmaciens et chirurgiens ont signé la lettre.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(20, "personne")]


@pytest.mark.parametrize("text, unit", [
    ("Six ménages ont été relogés à Saint-Brieuc.", "ménage"),
    ("Le tournoi réunit douze équipes de la région.", "équipe"),
    ("La coalition compte 30 membres depuis lundi.", "membre"),
])
def test_collectives_and_members_keep_their_lemma(parse, text, unit):
    assert [f.unit for f in parse(text)._.figures] == [unit]


def test_an_antecedent_of_people_counts_personne(parse):
    doc = parse("Des randonneurs se sont égarés. Deux d'entre eux ont été retrouvés.")
    assert [(f.span.text, f.unit) for f in doc._.figures] == [("Deux d'entre eux", "personne")]


def test_one_of_a_role_is_a_count_only_as_a_casualty(parse):
    assert [f.unit for f in parse("Un pompier a été tué samedi dans l'incendie.")._.figures] == ["personne"]
    assert [f.span.text for f in parse("Un pompier a tué deux sangliers.")._.figures] == ["deux sangliers"]
