"""recoupe_dates, round 36: without a publication date, a weekday with its day and month takes the
last year written before it when the weekday agrees and 'ce' makes it the writer's week; a date put
off to is the coming one; a decade is dated to its first year."""
from __future__ import annotations

from analyse_helpers import dates_by_text


def test_a_weekday_date_takes_the_year_written_before_it_when_the_weekday_agrees(parse):
    found = dates_by_text(parse, "En 2031, les ateliers ferment les uns après les autres. "
                          "Le groupe a annoncé ce mardi 11 février la fin de trois ateliers.")
    assert found.get("ce mardi 11 février") == "2031-02-11", found


def test_a_weekday_that_does_not_agree_takes_no_year(parse):
    # 12 February 2031 is a Wednesday
    found = dates_by_text(parse, "En 2031, les ateliers ferment les uns après les autres. "
                          "Le groupe a annoncé ce vendredi 12 février la fin de trois ateliers.")
    assert found.get("ce vendredi 12 février") is None, found


def test_a_date_put_off_to_is_the_coming_one_despite_the_past(parse):
    found = dates_by_text(parse, "L'audience des deux gérants est reportée au 14 septembre. "
                          "Le derby a été reporté à dimanche.", "2031-08-20")
    assert found.get("au 14 septembre") == "2031-09-14", found
    assert found.get("dimanche") == "2031-08-24", found


def test_a_decade_is_dated_to_its_first_year(parse):
    found = dates_by_text(parse, "Le fret fluvial recule à un rythme inédit depuis les années 1970.", "2031-03")
    assert found.get("depuis les années 1970") == "1970", found


def test_a_told_weekday_date_takes_no_year_from_a_stretch_before_it(parse):
    # 11 February 2031 is a Tuesday, but 'le mardi 11 février' may tell any past year
    found = dates_by_text(parse, "Les crues menacent la vallée depuis 2031. Tous se souviennent du drame survenu "
                          "le mardi 11 février au pont du moulin.")
    assert found.get("le mardi 11 février") is None, found


def test_a_later_month_right_after_a_full_date_continues_its_year(parse):
    found = dates_by_text(parse, "Le 18 août 2029, le doyen est renversé. Le 5 octobre, un conseil de transition est formé. "
                          "Mais le 24 mai 2030, les cadets arrêtent le doyen. Un colonel est investi en juin.", "2031-07")
    assert (found.get("Le 5 octobre"), found.get("en juin")) == ("2029-10-05", "2030-06"), found


def test_a_date_told_further_on_gives_only_its_own_year(parse):
    found = dates_by_text(parse, "Le tarif du fioul va augmenter de 9 % en juillet. Il reste inférieur au prix du 1er janvier 2031.")
    assert found.get("en juillet") is None, found
    found = dates_by_text(parse, "La crue du 9 février a noyé le quai. L'office publiera le 3 mars 2031 son rapport.")
    assert found.get("du 9 février") == "2031-02-09", found
