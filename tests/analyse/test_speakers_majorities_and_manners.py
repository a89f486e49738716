"""Round 33: 'la majorité de gauche' is a political group, not a poll share ('les gauche'); a singular
group of a share keeps its own article ('la moitié de la population'); 'selon le même procédé' is a
manner, not a source; 'l'ancienne joueuse du club X' is a person, not the club. Invented passages."""
from analyse_helpers import found


def test_a_majority_qualified_by_a_bare_noun_is_a_group(parse):
    quotes = found(parse, "La majorité de gauche au conseil régional se félicite du vote du budget.")
    assert list(quotes.values()) == ["La majorité de gauche au conseil régional"]


def test_a_share_of_a_singular_group_keeps_its_article(parse):
    quotes = found(parse, "La moitié de la population estime que le budget est trop élevé.")
    assert quotes["le budget est trop élevé"] == "la population"
    quotes = found(parse, "La moitié des sondés estiment que le budget est trop élevé.")
    assert quotes["le budget est trop élevé"] == "les sondés"


def test_a_manner_after_selon_names_no_source(parse):
    assert found(parse, "Les six cambriolages ont tous été commis selon un même modus operandi.") == {}
    assert found(parse, "Les vols ont été commis selon le même procédé.") == {}


def test_a_person_described_by_her_club_is_not_the_club(parse):
    quotes = found(parse, "« Sur les onze titulaires, huit sont blessés » a expliqué l'ancienne joueuse du FC Nantes, "
                          "désormais consultante.")
    assert list(quotes.values()) == ["l'ancienne joueuse du FC Nantes"]
