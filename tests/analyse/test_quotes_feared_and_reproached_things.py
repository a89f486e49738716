"""Round 37: what a body fears or reproaches, named with an indefinite article, is its stance
('redoute une hausse', 'lui reprochent un manque de …'); 's'alarmer de' reports its complement; a
definite object ('craignent le pire') stays narration. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker) for q in doc._.quotes]


def test_a_feared_event_with_an_indefinite_article(parse):
    assert quotes(parse("La fédération redoute une vague de fermetures d'ici l'automne.")) == [
        ("une vague de fermetures d'ici l'automne", "La fédération")]


def test_a_reproach_made_to_a_text(parse):
    doc = parse("Le projet est contesté par les infirmiers qui lui reprochent un manque de clarté.")
    assert quotes(doc) == [("un manque de clarté", "les infirmiers")]


def test_an_alarm_about_a_trend(parse):
    assert quotes(parse("La préfecture s'alarme de la multiplication des feux de forêt.")) == [
        ("la multiplication des feux de forêt", "La préfecture")]


def test_a_definite_feared_object_is_narration(parse):
    assert quotes(parse("Les commerçants craignent le pire.")) == []
