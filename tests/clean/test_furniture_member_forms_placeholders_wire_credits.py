"""Furniture of member-only comment forms, picture placeholders and markup, radio players,
section-plus-reading-time lines, photo captions that point at people, wire desks' closing
credits and stacked furniture opening the lead (an update label before a wire dateline)."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Vous devez être membre pour publier un commentaire.",
    "Vous devez être inscrit pour réagir à cet article",
    "Devenez membre, ou connectez-vous.",
    "Devenir abonné ou se connecter",
    "Aucun avis n'est publié actuellement",
    "Aucun commentaire pour le moment.",
    "Aucune réaction pour l'instant.",
    "Aucun avis publié",
    "Dernières réactions Nombre de commentaires: 3 |",
    "Dernières réactions",
    "Nombre de commentaires : 0",
    "Sans commentaire.",
    "Société 3 min.",
    "Faits divers 4 min de lecture",
    "Sport 5 mn",
    "Réécouter",
    "Réécoute",
    "Écouter l'émission",
    "Dernières diffusions",
    "storybild",
    '<image>data:image/png;base64,iVBORw0KGgo alt="Un port sous la neige"</image>',
    '<img src="/photos/port.jpg" alt="Le port">',
    "Sur ce sujet",
    "À ce sujet :",
    "Paul Lenoir (à gauche) remet les clés du nouveau gymnase au",
    "La maire Jeanne Roy (au centre) entourée des bénévoles de l'association",
    "Les lauréats (de g. à dr.) Luc Marin, Anne Vidal et Marc Perrin",
])
def test_furniture_line_is_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "Les commentaires des riverains ont été nombreux lors de la réunion publique de mardi.",
    "Aucun commentaire n'a été fait par le maire, qui s'est contenté de sourire aux journalistes.",
    "Devenez membre de l'association, a lancé la présidente aux habitants réunis dans la salle.",
    "Il faut compter 20 minutes de trajet entre la gare et le stade.",
    "Le trajet dure 12 min.",
    "Écouter les habitants, c'est la priorité de la nouvelle équipe municipale.",
    "Le maire, à gauche sur la photo de groupe, a salué « un moment historique » pour la commune.",
    "Une image vaut mieux qu'un long discours, a résumé l'adjointe.",
])
def test_prose_is_not_noise(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("paragraph, credit", [
    ("Le scrutin a été validé par la Cour. (Anne Vidal; Marc Perrin et Luc Marin pour le service français)",
     "(Anne Vidal; Marc Perrin et Luc Marin pour le service français)"),
    ("Les pourparlers reprendront lundi. (Bureau de Dakar; Jeanne Roy pour le desk francophone)",
     "(Bureau de Dakar; Jeanne Roy pour le desk francophone)"),
    ("La Bourse a fini en hausse. (Paul Lenoir; édité par Anne Vidal)", "(Paul Lenoir; édité par Anne Vidal)"),
])
def test_wire_desk_credit_closing_the_story(paragraph, credit):
    cut = rules.trailing_credit(paragraph, "fr")
    assert cut is not None and paragraph[cut:] == credit


def test_parenthesis_of_prose_is_no_credit():
    assert rules.trailing_credit("Le club a gagné. (Il restait deux matchs; tout est possible.)", "fr") is None


@pytest.mark.parametrize("paragraph, lead", [
    ("(Mise à jour) DAKAR, 4 mars (Reuters) - Le gouvernement a annoncé lundi un remaniement.",
     "Le gouvernement a annoncé lundi un remaniement."),
    ("(Précisions) OSLO, 12 juin (Reuters) - La banque centrale a relevé son taux directeur.",
     "La banque centrale a relevé son taux directeur."),
])
def test_stacked_furniture_opening_the_lead(paragraph, lead):
    cut = rules.leading_noise(paragraph, "fr", first=True, top=True)
    assert cut is not None and paragraph[cut:] == lead


def test_one_layer_of_furniture_only_when_no_more():
    paragraph = "PARIS, 3 mai (AFP) - Jeanne Roy a été élue. Elle succède à Paul Lenoir."
    assert paragraph[rules.leading_noise(paragraph, "fr", first=True):] == "Jeanne Roy a été élue. Elle succède à Paul Lenoir."


STANDFIRST = "Les loyers ont encore augmenté cette année dans la plupart des grandes villes du pays."
LEAD = "Selon les chiffres publiés mardi, le loyer moyen atteint 14 euros le mètre carré à Lyon."
URL = "https://www.lejournal-du-sud.fr/immobilier/les-loyers-grimpent-encore-dans-les-villes_99.html"


@pytest.mark.parametrize("kicker", ["Selon l'observatoire", "Immobilier", "Exclusif"])
def test_kicker_above_the_headline_below_a_standfirst(clean, kicker):
    page = (f"{STANDFIRST}\n\nLogement 3 min.\n\n{kicker}\n\nLes loyers grimpent encore dans les villes\n\n"
            f"Anne VIDAL {STANDFIRST}\n\n{LEAD}\n")
    cleaned = clean(page, url=URL)
    assert cleaned.title == "Les loyers grimpent encore dans les villes"
    assert kicker not in cleaned.body and "3 min" not in cleaned.body and "VIDAL" not in cleaned.body
    assert LEAD in cleaned.body and STANDFIRST in cleaned.body
