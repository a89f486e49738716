"""A wire header set apart by bars opening the lead ("Place, Pays | AGENCE | jour JJ/MM/AAAA - ")
states the publication date in figures: it is cut from the lead and read as the date."""
import pytest

from recoupe.clean import clean_article
from recoupe.ingest import read_text

_LEAD = ("le conseil régional a voté mardi un plan de 40 millions d'euros pour les lignes de car, "
         "a fait savoir sa présidente devant les élus.")


@pytest.mark.parametrize("header, published", [
    ("Lyon, France | AFP | mercredi 14/02/2018 - ", "2018-02-14"),
    ("Rennes, France | Agence Ouest | lundi 3/9/2018 – ", "2018-09-03"),
    ("Dakar, Sénégal | APS | 07.11.2021 - ", "2021-11-07"),
])
def test_bar_wire_header_gives_the_date(header, published):
    text = "Un plan pour les cars régionaux\n\n" + header + "L" + _LEAD[1:] + "\n\nLes élus ont salué le vote.\n"
    article = read_text("cars.txt", text)
    cleaned = clean_article(article)
    assert article.published == published
    assert cleaned.body.startswith("Le conseil régional a voté mardi")
