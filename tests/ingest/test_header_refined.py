"""A later header date refines an earlier one it agrees with; dates glued to a headline."""
import pytest

from recoupe.ingest.header import parse_header, refined

BODY = "Le tunnel du col a rouvert mercredi après six semaines de travaux, selon la direction des routes."


@pytest.mark.parametrize("known, found, kept", [
    (None, "2021-02-03", "2021-02-03"),
    ("2021-02", "2021-02-03", "2021-02-03"),    # the day of the month already known
    ("2021-02", "2020-11-05", "2021-02"),       # disagrees: the first stays
    ("2021-02-03", "2021-02", "2021-02-03"),    # less precise: the first stays
])
def test_refined(known, found, kept):
    assert refined(known, found) == kept


@pytest.mark.parametrize("text, published", [
    (f" date 2021-02 Le tunnel rouvre - leportail.net\n\nLe tunnel rouvre Publié le jeudi 11 fevrier 2021 | Belga\n\n{BODY}",
     "2021-02-11"),
    (f"Le tunnel du col rouvre\nmk, ats\n3.9.2024 - 18:05\n{BODY}", "2024-09-03"),
    (f" date 2020-10 Mon compte Le tunnel rouvre AP • 21/10/2020 à 07:45\n\n{BODY}", "2020-10-21"),
])
def test_a_header_date_states_the_day(text, published):
    assert parse_header(text).published == published



@pytest.mark.parametrize("text, published", [
    ("10 avril 2025 à 5 h 00", "2025-04-10"),      # Quebec style clock
    ("3 mai 2024, 10:12 HAE", "2024-05-03"),
    ("mai 2024", "2024-05"),
])
def test_a_clock_after_the_date_is_dropped(text, published):
    from recoupe.ingest.header import iso_date
    assert iso_date(text) == published
