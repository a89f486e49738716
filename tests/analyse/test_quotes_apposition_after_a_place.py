"""Round 33: a noun phrase between commas after a place governed by a preposition ('… à Belvoir, une zone
isolée, a déclaré X') is that place's apposition, not the cue's subject: the cue is an incise whose
speaker follows it, and a later clitic takes that speaker up; a first name the tagger reads as a common noun
(Espérance) is no feminine title. Invented passages."""
from analyse_helpers import found


def test_an_apposition_to_a_place_is_no_subject(parse):
    quotes = found(parse, "Des rôdeurs ont attaqué dimanche un camp de bergers à Belvoir, une zone isolée, a déclaré "
                          "à l'AFP Paul Kalenga, coordinateur d'une association d'éleveurs.\n\nLe raid a duré "
                          "\"près de trois heures\", a-t-il indiqué.")
    assert quotes["Des rôdeurs ont attaqué dimanche un camp de bergers à Belvoir, une zone isolée"] == "Paul Kalenga"
    assert quotes['Le raid a duré "près de trois heures"'] == "Paul Kalenga"


def test_a_name_opening_the_clause_keeps_its_apposed_title(parse):
    quotes = found(parse, "Paul Roux, le gouverneur de la province, a dénoncé via la messagerie Signal une attaque "
                          "contre son convoi.")
    assert quotes["une attaque contre son convoi"] == "Paul Roux"


def test_a_first_name_read_as_a_common_noun_gives_no_gender(parse):
    quotes = found(parse, "Des rôdeurs ont attaqué un camp de bergers, a déclaré à l'AFP Espérance Kalenga, coordinateur "
                          "d'une association d'éleveurs.\n\nLe raid a duré \"près de trois heures\", a-t-il indiqué.")
    assert quotes['Le raid a duré "près de trois heures"'] == "Espérance Kalenga"
