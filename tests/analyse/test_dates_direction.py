"""A day and month without a year: the past one for a past event, else the nearest one."""
import pytest


def _value(parse, text, published, expression):
    doc = parse(text, published=published)
    found = {d.span.text: d.value for d in doc._.dates}
    matching = [value for text, value in found.items() if text.endswith(expression)]
    assert matching, found
    return matching[0]


@pytest.mark.parametrize("text, published, expression, value", [
    # announced for a date after publication, in the present or the future: this year
    ("Le second tour de l'élection est fixé au 15 juillet, a annoncé le préfet.", "2024-06-10",
     "15 juillet", "2024-07-15"),
    ("La conférence se tiendra le 3 février à Genève.", "2024-12-20", "3 février", "2025-02-03"),
    ("Le festival ouvre ses portes le 2 août, selon les organisateurs.", "2025-07-28", "2 août", "2025-08-02"),
    # a past event: the latest such date not after publication
    ("Le navire avait quitté le port le 28 décembre.", "2025-01-05", "28 décembre", "2024-12-28"),
    ("La centrale a été arrêtée le 15 juillet après une fuite.", "2024-06-10", "15 juillet", "2023-07-15"),
    # a date shortly before publication with no verb tense to read stays in the past
    ("Le 2 juin, une délégation a rencontré les syndicats.", "2024-06-10", "2 juin", "2024-06-02"),
])
def test_a_date_without_a_year_follows_its_verb(parse, text, published, expression, value):
    assert _value(parse, text, published, expression) == value
