"""Captions closed by a screen-capture or capitals credit, a player's title printed twice over its
running time, bylines joining writer and day with "le", signatures with initials, bare datelines."""
import pytest

TITLE = "La crue de la Loire inquiète les riverains"
LEAD = "Les riverains de la Loire ont passé la nuit à surveiller la montée des eaux près d'Orléans."
NEXT = "La préfecture a ouvert deux gymnases pour accueillir les habitants évacués dans la soirée."


@pytest.mark.parametrize("caption", [
    "Le niveau de la Loire a monté de deux mètres en une nuit. Radio Centre - Capture d'écran",
    "Les pompiers dans une rue inondée d'Orléans – capture vidéo",
    "La digue du quai sud, mardi matin ( AGENCE / JEANNE MARCHAL )",
    "Agrandir Les habitants évacués en barque, mardi PHOTO PAUL VIAL, ARCHIVES LE COURRIER",
    "Le maire au milieu des sacs de sable PHOTO FOURNIE PAR LA MAIRIE",
])
def test_caption_closed_by_its_credit_is_removed(clean, caption):
    assert clean(f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{NEXT}\n").body == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "Le maire a montré une vidéo - capture d'écran à l'appui, il dénonce le retard des travaux.",
    "Les secours ont évacué trois familles (voir photo).",
    "Le fleuve a débordé à deux endroits (OMS / ONU)",
])
def test_prose_near_a_credit_shape_is_kept(clean, line):
    assert line in clean(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{NEXT}\n").body


@pytest.mark.parametrize("duration", ["1:37:12", "04:05"])
def test_player_title_printed_twice_over_its_running_time(clean, duration):
    player = "Le journal de Paul Roy du mardi 3 mars 2025"
    body = clean(f"{TITLE}\n\n{LEAD}\n\n{player}\n{player}\n{duration}\n\n{NEXT}\n").body
    assert body == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line, author, day", [
    ("Rédigé par Jeanne Marchal le Mardi 3 Mars 2020", "Jeanne Marchal", "2020-03-03"),
    ("Rédigé par monjournal.net le jeudi 18 juin 2020", None, "2020-06-18"),
    ("Par Paul Vial le 12/05/2021 à 10h15", "Paul Vial", "2021-05-12"),
    ("Publié le 3 mars 2022 par Jeanne Marchal", "Jeanne Marchal", "2022-03-03"),
])
def test_byline_joining_writer_and_day_with_le(clean, line, author, day):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{NEXT}\n")
    assert cleaned.body == f"{LEAD}\n\n{NEXT}"
    assert (cleaned.article.author, cleaned.article.published) == (author, day)


@pytest.mark.parametrize("line", ["Jeanne Marchal/jm", "Paul de Vial / abcd"])
def test_closing_signature_with_editor_initials(clean, line):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{NEXT}\n\n{line}\n")
    assert cleaned.body == f"{LEAD}\n\n{NEXT}"
    assert cleaned.article.author == line.split("/")[0].strip()


@pytest.mark.parametrize("opening, kept", [
    ("Gien, Au total, ", "Au total, "),
    ("Saint-Benoît, Le préfet ", "Le préfet "),
    ("Paris, Le Havre et Lyon ", "Paris, Le Havre et Lyon "),
    ("Hier, Le préfet ", "Hier, Le préfet "),
])
def test_bare_place_dateline_opening_the_first_paragraph(clean, opening, kept):
    rest = "a recensé trois cents foyers privés d'électricité."
    body = clean(f"{TITLE}\n\n{opening}{rest}\n\n{NEXT}\n").body
    assert body.startswith(f"{kept}{rest}")


@pytest.mark.parametrize("opener, name", [
    ("de", "Jeanne Marchal"), ("- par", "- Paul Vial"), ("Par :", "Jean-Paul de La Roche"), ("Auteur", "Léa Roy"),
])
def test_byline_word_alone_above_the_writer_name(clean, opener, name):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{opener}\n{name}\n\n{NEXT}\n")
    assert cleaned.body == f"{LEAD}\n\n{NEXT}"
    assert cleaned.article.author == name.lstrip("- ")


def test_byline_word_alone_above_prose_is_kept(clean):
    text = f"{TITLE}\n\n{LEAD}\n\nde\nNombreux habitants ont quitté le quartier.\n\n{NEXT}\n"
    assert "Nombreux habitants ont quitté le quartier." in clean(text).body


def test_caption_copy_with_broken_escapes_is_a_copy(clean):
    caption = "Le directeur régional de la Sécurité civile, Paul Vial."
    broken = caption.replace("é", "u00e9")
    body = clean(f"{TITLE}\n\n{caption}\n{broken}\n\n{LEAD}\n").body
    assert "u00e9" not in body and LEAD in body


def test_bare_place_dateline_below_a_kept_first_line(clean):
    text = f"{TITLE}\n\n{LEAD}\n\nGien, Le préfet a ouvert deux gymnases.\n"
    assert clean(text).body == f"{LEAD}\n\nLe préfet a ouvert deux gymnases."
