"""Round 25: a quotation set as the headline with a second, shorter headline after it on the
same line; the quotation is the title, the second headline leaves the body. Invented passages."""
import pytest

SITE = "Le Courrier du Port (Lorient)"
LEAD = "Les dockers ont voté la grève lundi soir, à une large majorité, après trois heures de débat."
BODY = "La direction du port a proposé une nouvelle réunion pour jeudi matin."


@pytest.mark.parametrize("line, title", [
    ("« Nous ne lâcherons rien ! » Les quais, bloqués jusqu'à jeudi ?", "« Nous ne lâcherons rien ! »"),
    ("« Le port va mourir. » Grève illimitée sur les quais", "« Le port va mourir. »"),
])
def test_quoted_headline_is_the_title_and_the_second_headline_goes(clean, line, title):
    cleaned = clean(f"{SITE}\n\n{line}\n\n{LEAD}\n\n{BODY}\n")
    assert cleaned.title == title
    assert cleaned.body == f"{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("line", [
    "« Nous ne lâcherons rien ! » Le délégué l'a répété lundi devant les grévistes.",
    "« Nous ne lâcherons rien ! » Le délégué l'a répété. Les grévistes ont applaudi",
])
def test_quotation_opening_a_sentence_is_no_title(clean, line):
    cleaned = clean(f"Grève sur les quais de Lorient\n\n{line}\n\n{BODY}\n")
    assert cleaned.title == "Grève sur les quais de Lorient"
    assert line in cleaned.body
