"""date_anaphora: dates counted from another date of the text, or continuing its account."""
from __future__ import annotations

from analyse_helpers import dates_by_text


def test_a_year_counted_from_the_last_year_written(parse):
    found = dates_by_text(parse, "En 2027, la coopérative a ouvert un second chai à Pézenas. "
                                 "L'année suivante, elle a doublé sa production.", "2031-05-03")
    assert found.get("L'année suivante") == "2028", found


def test_the_day_before_counts_from_the_last_day_resolved(parse):
    found = dates_by_text(parse, "Le conseil s'est réuni le 14 mars 2030 à Aurillac. "
                                 "La veille, les élus avaient visité le chantier.", "2031-05-03")
    assert found.get("La veille") == "2030-03-13", found


def test_a_date_without_year_continues_the_account_of_a_full_date_just_before(parse):
    found = dates_by_text(parse, "Le 18 août 2026, le pont de Vernay a cédé. "
                                 "Le 5 octobre, les travaux de reconstruction ont commencé.", "2031-05-03")
    assert found.get("Le 5 octobre") == "2026-10-05", found
