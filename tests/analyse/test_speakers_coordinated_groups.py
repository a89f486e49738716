"""Round 33: two coordinated subjects are one antecedent of a later 'ils' ('Le personnel de la chaîne et
les syndicats … , dénoncent-ils'), and a described group joins a named body ('Selon l'ONU et les
autorités locales'); 'le personnel' speaks as a group. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_coordinated_subjects_are_taken_up_together(parse):
    quotes = found(parse, "Des ouvriers installent une antenne. Le personnel de la chaîne et les syndicats montent au "
                          "créneau contre le projet. Le texte menace l'emploi, dénoncent-ils.")
    assert quotes["Le texte menace l'emploi"] == "Le personnel de la chaîne et les syndicats"


def test_a_named_body_and_a_described_group_speak_together(parse):
    quotes = found(parse, "Selon l'ONU et les autorités locales, plus de 300 personnes ont été tuées.")
    assert quotes["plus de 300 personnes ont été tuées"] == "l'ONU et les autorités locales"


def test_a_lone_subject_stays_alone(parse):
    quotes = found(parse, "Des ouvriers installent une antenne. Le personnel de la chaîne monte au créneau contre le "
                          "projet. Le texte menace l'emploi, dénonce-t-il.")
    assert quotes["Le texte menace l'emploi"] == "Le personnel de la chaîne"
