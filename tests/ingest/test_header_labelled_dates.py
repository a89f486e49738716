"""A date line naming what its date is: a labelled field ("Date de publication : …"), "Mis en ligne
le …", a print edition's line ("Paru dans l'édition du …"), below the title or below a site name."""
import pytest

from recoupe.ingest.header import parse_header

TITLE = "Saint-Flour : la halle aux grains rouvre après deux ans de travaux"
BODY = "La halle aux grains de Saint-Flour a rouvert samedi, a annoncé la mairie dans un communiqué."


@pytest.mark.parametrize("line, published", [
    ("Date de publication : 2024-06-08 07:45", "2024-06-08"),
    ("Publication : 08/06/2024 à 07h45", "2024-06-08"),
    ("Date : le 8 juin 2024", "2024-06-08"),
    ("Mis en ligne le 8 juin 2024 à 07h45", "2024-06-08"),
    ("Paru dans l'édition du samedi 8 juin 2024", "2024-06-08"),
    ("Paru dans l’édition de Cantal du 8 juin 2024", "2024-06-08"),
])
def test_labelled_date_line_below_the_title(line, published):
    text = f"{TITLE}\n{line}\n\n{BODY}\n"
    header = parse_header(text)
    assert (header.title, header.published) == (TITLE, published)


def test_labelled_date_line_below_a_site_name_and_the_headline():
    header = parse_header(f"LA MONTAGNE CANTALIENNE\n{TITLE}\nDate de publication : 2024-06-08 07:45\n\n{BODY}\n")
    assert header.published == "2024-06-08"


@pytest.mark.parametrize("line", [
    "Publication : le rapport du maire sur la halle",
    "Date de publication : non communiquée",
    "Paru dans l'édition spéciale consacrée au marché",
])
def test_a_label_without_a_date_gives_none(line):
    assert parse_header(f"{TITLE}\n{line}\n\n{BODY}\n").published is None
