"""Page furniture of round 8: application prompts, an embedded document viewer's buttons, thanks
to the readers, teasers cut short, video playlists, and editors' initials closing a wire story."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Téléchargez l'application Radio Sud, partout avec vous",
    "x Télécharger l'application mobile Journal.info Journal.info partout avec vous",
    "Installer l'appli",
    "INSTALLER",
    "Chargeur En cours de chargement…",
    "En cours de chargement...",
    "Recharger Recharger le document",
    "| Ouvert Ouvrir dans un nouvel onglet",
    "Télécharger [1.25 MB]",
    "Télécharger (320 Ko)",
    "Logo XYZ Cela prend trop de temps ?",
    "Merci pour la confiance que vous nous accordez chaque jour.",
    "Nous vous remercions de l'intérêt que vous portez à notre journal. Suivez-nous sur les réseaux.",
    "Restez connectés pour ne rien manquer !",
    "Le marché... suite de l'article sur",
    "Playlist Sport",
    "Toutes les vidéos Économie à ne pas rater, choisies pour vous",
])
def test_furniture_line_is_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", ["(jd/ats)", "(ab/cd/Le Journal)", "(nxp/afp)"])
def test_editors_initials_are_a_credit(line):
    assert rules.credit_line(line, "fr")


@pytest.mark.parametrize("line", [
    "La mairie va installer l'application de stationnement dans tous les parkings de la ville.",
    "Les élus ont accordé leur confiance au nouveau maire, qui a promis de restez proche d'eux.",
    "Le chargement du navire a duré trois jours, selon le capitaine du port.",
    "La playlist du festival a été dévoilée mardi par les organisateurs devant la presse.",
    "(voir la carte ci-dessous/en bas de page)",
    "Toutes les vidéos tournées ce soir-là ont été saisies par la police, a indiqué le parquet.",
])
def test_prose_is_kept(line):
    assert not rules.noise_rule(line, "fr") and not rules.credit_line(line, "fr")
