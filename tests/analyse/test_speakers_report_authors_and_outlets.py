"""Round 33: a definite report without its author ('indique le rapport') is the body's that put it out,
not the outlet's that relayed it ('le quotidien X'); words said without their speaker ('selon les
propos rapportés') are the latest speaker's, a person too. Invented passages."""
from analyse_helpers import found


def test_a_report_is_not_the_relaying_outlet_s(parse):
    quotes = found(parse, "La Cour des comptes présente mercredi son avis annuel. Le déficit reste trop élevé, "
                          "affirme le quotidien L'Écho ardennais. « Les dépenses continuent de croître », ajoute le journal. « La dette progresse "
                          "encore », indique le rapport.")
    assert quotes["Les dépenses continuent de croître"] != "Cour des comptes"
    assert quotes["La dette progresse encore"] == "Cour des comptes"


def test_words_reported_are_the_latest_speaker_s(parse):
    quotes = found(parse, "La fédération a réuni son bureau lundi. Selon Marc Essomba, journaliste sportif, le club "
                          "va changer d'entraîneur. Cette décision vise à « remobiliser le vestiaire », selon les "
                          "propos rapportés.")
    assert quotes["Cette décision vise à « remobiliser le vestiaire »"] == "Marc Essomba"
