"""Named glaciers and mountain ranges are LOC, a department the range names stays a place of its own,
"le Haut-X" written as one word is a place; numbered meetings and a race or a fête named by its head
are events. All passages are invented."""
from analyse_helpers import types_by_name


def test_a_glacier_and_its_name_are_one_place(parse):
    names = types_by_name(parse("Le glacier du Mont-Brun a reculé de 40 mètres, comme le glacier d'Orvelle en été."))
    assert names.get("glacier du Mont-Brun") == names.get("glacier d'Orvelle") == "LOC", names
    assert "Mont-Brun" not in names, names


def test_a_mountain_range_is_a_natural_place(parse):
    names = types_by_name(parse("La neige est tombée jeudi sur les Alpes, puis sur les Préalpes."))
    assert names.get("Alpes") == names.get("Préalpes") == "LOC", names


def test_a_department_named_after_a_range_is_no_range(parse):
    names = types_by_name(parse("Le préfet des Alpes-Maritimes a réuni les maires mardi à Nice."))
    assert "Alpes" not in names and names.get("Alpes-Maritimes") == "GPE", names


def test_a_numbered_meeting_is_one_event(parse):
    doc = parse("Le 12e sommet de la Ligue valdorienne s'ouvre lundi à Tarvel. Le sommet durera deux jours. "
                "Le 5ème congrès du Parti vert a élu sa direction.")
    events = {e.name: {m.span.text for m in e.mentions} for e in doc._.entities if e.type == "EVENT"}
    assert events.get("12e sommet de la Ligue valdorienne") == {"12e sommet de la Ligue valdorienne", "Le sommet"}, events
    assert "5ème congrès du Parti vert" in events, events


def test_a_meeting_without_its_number_is_no_numbered_event(parse):
    names = types_by_name(parse("Le sommet de la Ligue valdorienne s'ouvre lundi à Tarvel."))
    assert not any(name.startswith(("sommet", "Le sommet")) and type_ == "EVENT" for name, type_ in names.items()), names


def test_a_race_and_a_fete_named_by_their_head_are_events(parse):
    names = types_by_name(parse("Le coureur vise le Critérium du Vercors. La ville prépare aussi la Fête des lanternes."))
    assert names.get("Critérium du Vercors") == names.get("Fête des lanternes") == "EVENT", names


def test_a_region_part_written_as_one_word_is_a_place(parse):
    names = types_by_name(parse("Les pluies ont touché le Haut-Kessa et les Basses-Varnes mardi. Le journal Sud-Ouest en parle."))
    assert names.get("Haut-Kessa") == names.get("Basses-Varnes") == "GPE", names
    assert "Sud-Ouest" not in names, names
