"""A market ticker printed above an article (an index's name, its level, its change) and the
status line over it are page furniture; figures written in the article's sentences stay
(passages invented for the project)."""
import pytest

from recoupe.clean import clean_article, rules
from recoupe.ingest import read_text

_STORY = ("La conserverie Kermadec ferme son site de Landivisiau\n\n"
          "La conserverie Kermadec a annoncé mardi la fermeture de son site de Landivisiau, qui "
          "emploie 84 salariés. Le groupe invoque une baisse de 12 % de ses ventes en un an.\n")


def _kept(ticker: str) -> str:
    return clean_article(read_text("kermadec.txt", ticker + "\n\n" + _STORY)).text


def test_ticker_rows_above_the_story_go():
    ticker = ("  • Indice Armor 40\n\n    4 512,30\n    +31,20 (+0,70 %)\n\n"
              "  • EUR/CHF\n\n    0,9412\n    -0,0021 (-0,22 %)\n\n"
              "  • Brut de mer du Nord\n\n    81,05\n    +0,12 (+0,15 %)\n")
    kept = _kept("La Bourse est fermée\n" + ticker)
    for gone in ("Armor", "4 512,30", "+0,70", "EUR/CHF", "0,9412", "Brut de mer", "Bourse est fermée"):
        assert gone not in kept
    assert "baisse de 12 % de ses ventes" in kept


def test_level_and_change_on_one_line_go():
    kept = _kept("  • Indice Armor 40\n    4 512,30 +31,20 (+0,70 %)\n")
    assert "4 512,30" not in kept and "+0,70" not in kept
    assert "emploie 84 salariés" in kept


@pytest.mark.parametrize("line", ["La Bourse est fermée", "Marchés ouverts", "Bourse fermée"])
def test_market_status_line_is_a_widget(line):
    assert rules.noise_rule(line, "fr") == "comment_widget"


@pytest.mark.parametrize("line", [
    "La Bourse est fermée depuis lundi en raison d'une panne informatique à Paris.",
    "Le marché est ouvert tous les samedis matin place de la Mairie.",
])
def test_sentences_about_markets_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_signed_change_in_a_sentence_stays():
    kept = _kept("Le titre a terminé la séance à 14,20 euros (+3,1 %), selon la place de Paris.")
    assert "14,20 euros (+3,1 %)" in kept
