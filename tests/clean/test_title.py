"""Clean titles: section and outlet suffixes cut, a title repeated in the body dropped."""
import pytest

from recoupe.clean import clean_article
from recoupe.clean.title import title_length
from recoupe.ingest import read_text

LEAD = "Le ministre a confirmé mercredi l’envoi de 30 instructeurs supplémentaires."


@pytest.mark.parametrize("title, clean_title", [
    ("Des instructeurs envoyés en Moldavie | Europe", "Des instructeurs envoyés en Moldavie"),
    ("Des instructeurs envoyés en Moldavie |  Défense et sécurité", "Des instructeurs envoyés en Moldavie"),
    ("Des instructeurs envoyés en Moldavie - Le Monde", "Des instructeurs envoyés en Moldavie"),
    ("Des instructeurs envoyés en Moldavie – France 24", "Des instructeurs envoyés en Moldavie"),
    # a dash that introduces who speaks is part of the title
    ("Moscou prépare une offensive - Ministre moldave de la Défense",
     "Moscou prépare une offensive - Ministre moldave de la Défense"),
    ("Chișinău | Tiraspol | le dialogue reprend entre les deux rives du Dniestr après des mois",
     "Chișinău | Tiraspol | le dialogue reprend entre les deux rives du Dniestr après des mois"),
])
def test_suffix_is_cut_only_when_it_names_a_section_or_outlet(title, clean_title):
    assert title[:title_length(title, "fr")] == clean_title


@pytest.mark.parametrize("repeat", [
    "Des instructeurs envoyés en Moldavie | Europe",
    "des instructeurs  envoyés en Moldavie |  Europe",
    "Des instructeurs envoyés en Moldavie",
])
def test_title_repeated_as_first_body_line_is_removed(clean, repeat):
    title = "Des instructeurs envoyés en Moldavie | Europe"
    cleaned = clean(f"{title}\n\n{repeat}\n\n{LEAD}\n")
    assert cleaned.title == "Des instructeurs envoyés en Moldavie"
    assert cleaned.text == f"Des instructeurs envoyés en Moldavie\n\n{LEAD}"
    assert cleaned.textmap.span(0, len(cleaned.title)).text == cleaned.title
    assert [r for (_, _, r) in cleaned.removed] == ["title_repeat"]


@pytest.mark.parametrize("site, clean_title", [
    (None, "Renforts en Moldavie - La Gazette du Prut"),
    ("La Gazette du Prut", "Renforts en Moldavie"),
])
def test_page_name_is_cut_from_the_title_only_when_the_page_gives_it(site, clean_title):
    article = read_text("page.html", f"Renforts en Moldavie - La Gazette du Prut\n\n{LEAD}\n")
    article.site = site
    assert clean_article(article).title == clean_title
