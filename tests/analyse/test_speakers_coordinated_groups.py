"""Round 33: two coordinated subjects are one antecedent of a later 'ils' ('Le personnel du dépôt et ses
délégués … , dénoncent-ils'), and a described group joins a named body ('Selon l'Unicef et les
autorités locales'); 'le personnel' speaks as a group. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_coordinated_subjects_are_taken_up_together(parse):
    quotes = found(parse, "Des caristes distribuent des tracts. Le personnel du dépôt et ses délégués montent au "
                          "créneau contre le planning. Le texte menace l'emploi, dénoncent-ils.")
    assert quotes["Le texte menace l'emploi"] == "Le personnel du dépôt et ses délégués"


def test_a_named_body_and_a_described_group_speak_together(parse):
    quotes = found(parse, "Selon l'Unicef et les autorités locales, deux cents familles ont été évacuées.")
    assert quotes["deux cents familles ont été évacuées"] == "l'Unicef et les autorités locales"


def test_a_lone_subject_stays_alone(parse):
    quotes = found(parse, "Des caristes distribuent des tracts. Le personnel du dépôt monte au créneau contre le "
                          "planning. Le texte menace l'emploi, dénonce-t-il.")
    assert quotes["Le texte menace l'emploi"] == "Le personnel du dépôt"
