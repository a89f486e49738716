"""Date resolution (analyse.temporal) and the recoupe_dates component on passages written for the project."""
from __future__ import annotations

import pytest

from recoupe.analyse import temporal

# 2022-10-20 is a Thursday
THURSDAY = "2022-10-20"


@pytest.mark.parametrize("published, expected", [
    ("2022-10-20", ("2022-10-20", "day")),
    ("2023-10", ("2023-10-01", "month")),
    ("2021", ("2021-01-01", "year")),
    (None, None),
    ("octobre", None),
    ("2022-13-01", None),
])
def test_parse_published(published, expected):
    anchor = temporal.parse_published(published)
    assert (anchor and (anchor.date.isoformat(), anchor.precision)) == expected


@pytest.mark.parametrize("published, unit, n, expected", [
    (THURSDAY, "day", -1, "2022-10-19"),
    (THURSDAY, "day", 0, "2022-10-20"),
    (THURSDAY, "week", -1, "2022-10"),
    ("2022-10-05", "week", -1, "2022"),        # Monday 26 Sept to Sunday 2 Oct: only the year is sure
    (THURSDAY, "month", -1, "2022-09"),
    ("2022-01-15", "month", -1, "2021-12"),
    ("2023-10", "month", -20, "2022-02"),
    ("2023-10", "year", 1, "2024"),
    ("2023-10", "day", -1, "2023-10"),
    ("2023", "month", -1, None),
    (None, "year", 1, None),
])
def test_resolve_offset(published, unit, n, expected):
    resolved = temporal.resolve_offset(temporal.parse_published(published), unit, n)
    assert (resolved and resolved.value) == expected


@pytest.mark.parametrize("published, weekday, expected", [
    (THURSDAY, 1, "2022-10-18"),     # mardi
    (THURSDAY, 3, "2022-10-20"),     # jeudi: the day itself
    (THURSDAY, 4, "2022-10-14"),     # vendredi: last week's
    ("2023-10", 2, "2023-10"),
    (None, 2, None),
])
def test_resolve_weekday(published, weekday, expected):
    resolved = temporal.resolve_weekday(temporal.parse_published(published), weekday)
    assert (resolved and resolved.value) == expected


@pytest.mark.parametrize("published, year, month, day, expected", [
    ("2022-10-23", None, 2, 24, "2022-02-24"),
    ("2022-10-23", None, 11, None, "2021-11"),
    (None, None, 2, 24, None),
    (None, 2022, 2, None, "2022-02"),
    (None, 2023, None, None, "2023"),
    (None, 2023, 2, 30, None),
])
def test_resolve_calendar(published, year, month, day, expected):
    resolved = temporal.resolve_calendar(temporal.parse_published(published), year, month, day)
    assert (resolved and resolved.value) == expected


@pytest.mark.parametrize("text, published, span, value", [
    ("Le maire a démissionné mardi.", THURSDAY, "mardi", "2022-10-18"),
    ("Les pompiers sont intervenus mardi soir.", THURSDAY, "mardi soir", "2022-10-18"),
    ("La tempête a frappé dans la nuit de lundi à mardi.", THURSDAY, "dans la nuit de lundi à mardi",
     "2022-10-18"),
    ("Le péage sera gratuit à partir de samedi.", THURSDAY, "à partir de samedi", "2022-10-15"),
    ("Le ministre a parlé hier.", THURSDAY, "hier", "2022-10-19"),
    ("Le tribunal a tranché avant-hier.", THURSDAY, "avant-hier", "2022-10-18"),
    ("Le marché rouvre aujourd'hui.", THURSDAY, "aujourd'hui", "2022-10-20"),
    ("Le train a déraillé ce matin.", THURSDAY, "ce matin", "2022-10-20"),
    ("Le sommet a eu lieu la semaine dernière.", THURSDAY, "la semaine dernière", "2022-10"),
    ("La grève a débuté le mois dernier.", THURSDAY, "le mois dernier", "2022-09"),
    ("Les prix ont bondi à la fin du mois dernier.", THURSDAY, "à la fin du mois dernier", "2022-09"),
    ("Le pont a cédé il y a 20 mois.", "2023-10", "il y a 20 mois", "2022-02"),
    ("La loi a été votée il y a trois ans.", THURSDAY, "il y a trois ans", "2019"),
    ("Le chantier a commencé en février 2022.", None, "en février 2022", "2022-02"),
    ("Les essais dureront jusqu'en 2025.", None, "jusqu'en 2025", "2025"),
    ("Le port sera agrandi en 2026.", None, "en 2026", "2026"),
    ("Le stade ouvrira l'année prochaine.", "2023-10", "l'année prochaine", "2024"),
    ("La ligne a fermé le 3 mars.", THURSDAY, "le 3 mars", "2022-03-03"),
    ("Le barrage a rompu le 12 juin 2019.", None, "le 12 juin 2019", "2019-06-12"),
    ("Les ventes ont chuté en mars.", THURSDAY, "en mars", "2022-03"),
    ("Les loyers montent depuis septembre.", THURSDAY, "depuis septembre", "2022-09"),
    ("Le maire a démissionné mercredi.", "2023-10", "mercredi", "2023-10"),
])
def test_component_resolves_against_publication(parse, text, published, span, value):
    dates = parse(text, published=published)._.dates
    assert [(d.span.text, d.value) for d in dates] == [(span, value)]


@pytest.mark.parametrize("text, span", [
    ("Le maire a démissionné mardi.", "mardi"),
    ("Le pont a cédé il y a 20 mois.", "il y a 20 mois"),
    ("La ligne a fermé le 3 mars.", "le 3 mars"),
    ("Les ventes ont chuté en mars.", "en mars"),
    ("Le stade ouvrira l'année prochaine.", "l'année prochaine"),
])
def test_relative_dates_stay_unresolved_without_publication(parse, text, span):
    assert [(d.span.text, d.value) for d in parse(text)._.dates] == [(span, None)]


@pytest.mark.parametrize("text, span", [
    ("Les livraisons ont repris récemment.", "récemment"),
    ("Plus tôt, le maire avait refusé.", "Plus tôt"),
    ("Un jour après, le calme est revenu.", "Un jour après"),
    ("Peu de temps après, la police est arrivée.", "Peu de temps après"),
    ("Le vote aura lieu dans les prochains jours.", "dans les prochains jours"),
    ("Les récoltes seront faibles cet automne.", "cet automne"),
    ("Le réseau doit être réparé avant l'hiver.", "avant l'hiver"),
    ("Les prix ont grimpé au cours des derniers mois.", "au cours des derniers mois"),
])
def test_vague_expressions_are_listed_without_value(parse, text, span):
    dates = parse(text, published=THURSDAY)._.dates
    assert [(d.span.text, d.value, d.precision) for d in dates] == [(span, None, None)]


def test_each_occurrence_is_listed_with_offsets(parse):
    text = "Mardi, la mairie a voté; mardi soir, le préfet a suspendu la décision."
    dates = parse(text, published=THURSDAY)._.dates
    assert [d.id for d in dates] == ["d1", "d2"]
    assert [text[d.span.start:d.span.end] for d in dates] == ["Mardi", "mardi soir"]
    assert all(d.precision == "day" for d in dates)


@pytest.mark.parametrize("text, span, value", [
    # more weekday and calendar forms
    ("Le vote aura lieu mardi prochain.", "mardi prochain", "2022-10-25"),
    ("Le préfet a parlé lundi dernier.", "lundi dernier", "2022-10-17"),
    ("Les résultats sont attendus ce week-end.", "ce week-end", "2022-10"),   # Saturday 22 and Sunday 23 October
    ("Les magasins ont rouvert il y a quelques jours.", "il y a quelques jours", None),
    ("Les travaux ont repris le 1er mars.", "le 1er mars", "2022-03-01"),
    ("L'usine a fermé mardi 18 octobre.", "mardi 18 octobre", "2022-10-18"),
    ("Les négociations ont échoué fin septembre.", "fin septembre", "2022-09"),
    # month directions seasons and mid month
    ("Les élections ont eu lieu en octobre dernier.", "en octobre dernier", "2021-10"),
    ("Le canal rouvrira en mars prochain.", "en mars prochain", "2023-03"),
    ("La digue sera finie au printemps 2024.", "au printemps 2024", "2024"),
    ("Le réseau sera neutre en carbone d'ici 2035.", "d'ici 2035", "2035"),
    ("Les semis ont commencé à la mi-avril.", "à la mi-avril", "2022-04"),
    ("L'accord avait été signé la veille.", "la veille", "2022-10-19"),     # no date before it: publication's eve
])
def test_weekday_calendar_and_month_forms_resolve(parse, text, span, value):
    assert [(d.span.text, d.value) for d in parse(text, published=THURSDAY)._.dates] == [(span, value)]


@pytest.mark.parametrize("year, month, direction, expected", [
    (None, 10, "previous", "2021-10"),
    (None, 9, "previous", "2022-09"),
    (None, 10, "next", "2023-10"),
    (None, 12, "next", "2022-12"),
    (2020, 10, "previous", "2020-10"),
])
def test_resolve_calendar_direction(year, month, direction, expected):
    resolved = temporal.resolve_calendar(temporal.parse_published(THURSDAY), year, month, None, direction)
    assert resolved.value == expected


# 2024-03-14 is a Thursday
MARCH_THURSDAY = "2024-03-14"


@pytest.mark.parametrize("published, weekday, direction, expected", [
    (THURSDAY, 3, "previous", "2022-10-13"),    # 'jeudi dernier' read on a Thursday: a week before
    (THURSDAY, 1, "previous", "2022-10-18"),    # 'mardi dernier': this week's
    (THURSDAY, 3, "next", "2022-10-27"),
    (THURSDAY, 3, None, "2022-10-20"),
])
def test_resolve_weekday_direction(published, weekday, direction, expected):
    resolved = temporal.resolve_weekday(temporal.parse_published(published), weekday, direction)
    assert resolved.value == expected


@pytest.mark.parametrize("published, n, expected", [
    ("2024-09-04", 0, "2024-09"),     # a Wednesday: Saturday 7 and Sunday 8 September
    ("2024-08-29", 0, "2024"),        # Saturday 31 August and Sunday 1 September: only the year
    ("2024-09-02", 0, "2024"),        # read on a Monday: the weekend just past (31 August, 1 September)
    ("2024-09-11", -1, "2024-09"),    # the weekend before the week: 7 and 8 September
    ("2024-08-31", 1, "2024-09"),     # read on a Saturday: the next one, 7 and 8 September
    ("2024-09", 0, "2024-09"),
])
def test_resolve_weekend(published, n, expected):
    resolved = temporal.resolve_offset(temporal.parse_published(published), "weekend", n)
    assert (resolved and resolved.value) == expected


@pytest.mark.parametrize("text, span, value", [
    # wire copy dates resolve against publication
    ("Le chef de la diplomatie s'est entretenu hier avec son homologue jordanien.", "hier", "2024-03-13"),
    ("Les pourparlers ont repris jeudi dernier à Doha.", "jeudi dernier", "2024-03-07"),
    ("Le scrutin s'est déroulé le 3 mars dans le calme.", "le 3 mars", "2024-03-03"),
    ("Le groupe minier avait été nationalisé en 2019.", "en 2019", "2019"),
    ("Les exportations de gaz ont reculé l'an dernier.", "l'an dernier", "2023"),
    ("La trêve a volé en éclats il y a trois jours.", "il y a trois jours", "2024-03-11"),
    ("Les ministres se retrouveront la semaine prochaine à Bruxelles.", "la semaine prochaine", "2024-03"),
    ("Les combats ont repris début juin dans la région.", "début juin", "2023-06"),
    ("Le gazoduc devrait être achevé fin 2025.", "fin 2025", "2025"),
    ("Des rassemblements sont prévus ce week-end à Dakar.", "ce week-end", "2024-03"),
    ("Une roquette a frappé le port dimanche soir.", "dimanche soir", "2024-03-10"),
    ("Le Parlement se prononcera mardi prochain.", "mardi prochain", "2024-03-19"),
    ("Les frappes ont redoublé à la mi-janvier.", "à la mi-janvier", "2024-01"),
    ("Le président a été investi en mai dernier.", "en mai dernier", "2023-05"),
    ("Les prix flambent toujours pendant le ramadan.", "ramadan", None),
    # a bare day or month in the future tense is the coming one
    ("Le second tour aura lieu le 3 mars.", "le 3 mars", "2025-03-03"),
    ("Le second tour aura lieu le 24 mars.", "le 24 mars", "2024-03-24"),
    ("Les ministres des Finances se réuniront mardi à Riyad.", "mardi", "2024-03-19"),
    ("Le sommet de l'Union africaine se tiendra en juin.", "en juin", "2024-06"),
    ("Le convoi aurait été attaqué mardi, selon une ONG.", "mardi", "2024-03-12"),
])
def test_wire_and_future_dates_resolve_against_publication(parse, text, span, value):
    dates = parse(text, published=MARCH_THURSDAY)._.dates
    assert [(d.span.text, d.value) for d in dates] == [(span, value)]


@pytest.mark.parametrize("text", [
    "Le ministre, âgé de 45 ans, dirige le parti depuis longtemps.",
    "Les années de plomb ont laissé des traces durables.",
    "Le chantier a pris des années de retard.",
])
def test_words_near_dates_that_locate_nothing(parse, text):
    assert [d.span.text for d in parse(text, published=MARCH_THURSDAY)._.dates] == []
