"""Dates, round 28: the two ends of a stretch that each write their month; a date on the noun of a
planned change under a past verb; a date in a hypothetical 'si' clause; 'ce jour-là', 'le jour
même' counted from a day the text gave; 'la prochaine année'. Passages invented."""
import pytest


def _dates(parse, text, published=None):
    return [(d.span.text, d.value) for d in parse(text, published=published)._.dates]


@pytest.mark.parametrize("published, passage, expected", [
    # two ends writing the same month are two dates
    ("2025-03", "Un préavis de grève est déposé du 10 avril au 17 avril par les conducteurs.",
     [("10 avril", "2025-04-10"), ("17 avril", "2025-04-17")]),
    ("2024-01-02", "Les fouilles de Vernelle ont eu lieu du 2 juin 1990 au 9 juin 1990.",
     [("2 juin 1990", "1990-06-02"), ("9 juin 1990", "1990-06-09")]),
    # the year only the end writes is the start's too
    (None, "Le salon de Brioude s'est tenu du 4 octobre au 12 octobre 2019.",
     [("4 octobre", "2019-10-04"), ("12 octobre 2019", "2019-10-12")]),
    # other stretches stay one expression
    # the start borrows the end's month: one stretch, its month
    ("2025-03", "Le festival de Lanvézec se tiendra du 3 au 9 juin.", [("du 3 au 9 juin", "2025-06")]),
    # across months: one stretch, dated by its start
    (None, "La foire a couru du 20 septembre au 4 octobre 2021 à Murel.",
     [("du 20 septembre au 4 octobre 2021", "2021-09-20")]),
    # a night across two days stays one, on its first day
    (None, "Dans la nuit du 3 mai au 4 mai 2022, un hangar a brûlé.",
     [("Dans la nuit du 3 mai au 4 mai 2022", "2022-05-03")]),
])
def test_stretches_and_their_ends_are_dated(parse, published, passage, expected):
    assert _dates(parse, passage, published) == expected


@pytest.mark.parametrize("passage, expected", [
    # a planned change is dated the nearest way under a past verb
    ("Le gouvernement a annoncé mardi une hausse de 8 % des tarifs du gaz au 1er août.",
     [("mardi", "2023-07"), ("au 1er août", "2023-08-01")]),
    ("Le conseil a voté l'entrée en vigueur du règlement le 1er septembre.", [("le 1er septembre", "2023-09-01")]),
    ("Les syndicats ont déposé un préavis pour une grève le 12 août.", [("le 12 août", "2023-08-12")]),
    # other dates under a past verb keep their past reading
    # no change noun: the past verb still reads the date as the last one
    ("Le maire a inauguré la médiathèque le 1er août.", [("le 1er août", "2022-08-01")]),
    ("Le préfet a rappelé l'incendie du 14 août.", [("du 14 août", "2022-08-14")]),
    # a change long past is not pushed forward
    ("La commune a voté une baisse de la taxe au 1er mars.", [("au 1er mars", "2023-03-01")]),
])
def test_dates_under_a_past_verb(parse, passage, expected):
    assert _dates(parse, passage, "2023-07") == expected


@pytest.mark.parametrize("passage, expected", [
    # a hypothetical event is listed without value
    ("Si le scrutin avait lieu dimanche prochain, la liste de Mme Varlin obtiendrait 31 %.",
     [("dimanche prochain", None)]),
    ("Le sondage la crédite de 31 % si le vote «avait lieu dimanche» - le scrutin reste prévu en mars 2027.",
     [("dimanche", None), ("en mars 2027", "2027-03")]),
    # a real event stays resolved
    # a 'si' that may come true, and one that asks about a real event, leave the date resolved
    ("Si le match a lieu dimanche, Dorval sera qualifié.", [("dimanche", "2025-11-23")]),
    ("Le juge a demandé si la réunion avait eu lieu lundi.", [("lundi", "2025-11-24")]),
    # a 'si' clause closed by a comma governs nothing after it
    ("S'il pleuvait, la fête avait lieu le 3 novembre.", [("le 3 novembre", "2025-11-03")]),
    # that day is the day the text gave
    ("Les heurts ont éclaté le 13 mars 2021 à Corvel. Les dégâts commis ce jour-là ont été chiffrés.",
     [("le 13 mars 2021", "2021-03-13"), ("ce jour-là", "2021-03-13")]),
    ("L'incendie a pris le 2 juin 2022. Ce soir-là, le vent soufflait fort.",
     [("le 2 juin 2022", "2022-06-02"), ("Ce soir-là", "2022-06-02")]),
    ("Le conseil a voté le budget le 3 juillet 2023. Le maire a démissionné le jour même.",
     [("le 3 juillet 2023", "2023-07-03"), ("le jour même", "2023-07-03")]),
])
def test_events_are_dated_as_the_text_gives_them(parse, passage, expected):
    assert _dates(parse, passage, "2025-11-25") == expected


def test_that_day_without_a_day_before_it_has_no_value(parse):
    # 'ce jour-là' points back to a day told: the publication date is not that day
    assert _dates(parse, "Les dégâts commis ce jour-là ont été chiffrés.", "2025-11-25") == [("ce jour-là", None)]
    assert _dates(parse, "Cette semaine-là, la ville était calme.", "2025-11-25") == [("Cette semaine-là", None)]


@pytest.mark.parametrize("passage, expected", [
    ("Les élus ont adopté lundi le budget de la prochaine année.", [("lundi", "2019-12"), ("la prochaine année", "2020")]),
    ("Le club de Murel vise la montée l'an prochain.", [("l'an prochain", "2020")]),
])
def test_next_year_counts_from_publication(parse, passage, expected):
    assert _dates(parse, passage, "2019-12") == expected


def test_a_year_after_a_world_title_is_a_date(parse):
    found = _dates(parse, "Le champion du monde 2006 Hugo Ravel a salué l'envie de ses joueurs.", "2024-02")
    assert ("2006", "2006") in found


@pytest.mark.parametrize("passage", [
    "Le stade de Murel a accueilli plus de 2000 supporters.",
    "Le monde compte 2000 espèces de plus qu'on ne le pensait.",
])
def test_a_count_is_no_year(parse, passage):
    assert _dates(parse, passage, "2024-02") == []


@pytest.mark.parametrize("published, passage, expected", [
    ("2024-02-13", "Le gouvernement a annoncé lundi une trêve à partir du 1er mars dans la province.",
     ("du 1er mars", "2024-03-01")),
    ("2025-11-20", "La préfecture a décrété mardi un couvre-feu à compter du 1er décembre.",
     ("du 1er décembre", "2025-12-01")),
    # announced in the past of a later article: the nearest one, not next year's
    ("2024-06-10", "Le maire avait promis en février une fermeture à partir du 1er mars.",
     ("du 1er mars", "2024-03-01")),
])
def test_a_start_point_after_the_noun_of_a_change_is_not_pushed_back(parse, published, passage, expected):
    assert expected in _dates(parse, passage, published)


def test_a_start_point_under_a_past_verb_without_a_change_noun_stays_in_the_past(parse):
    dates = _dates(parse, "Le club a joué à partir du 1er mars sur un terrain prêté.", "2024-02-13")
    assert ("du 1er mars", "2023-03-01") in dates


@pytest.mark.parametrize("passage, expected", [
    # a reflexive "s'" before a verb the tagger reads as an imperfect is no 'si'
    ("L'inflation s'établirait à 4 % dans la zone en 2024, selon le fonds.", ("en 2024", "2024")),
    ("Les tarifs s'affichaient à 1,52 € au début du mois de mars.", ("de mars", "2024-03")),
])
def test_a_reflexive_clitic_is_no_hypothetical_si(parse, passage, expected):
    assert expected in _dates(parse, passage, "2024-04")
