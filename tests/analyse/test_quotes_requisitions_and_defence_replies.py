"""Round 34: a requisition's object ends at the comma that opens the narrator's subordinate clause ('…, alors
que la défense réclame …', '…, tandis que …'), whose own report is kept; a participle used as a noun in the
speaker's phrase ('l'avocat du prévenu') stays in the name. Invented passages."""
from analyse_helpers import found


def test_the_defence_answering_the_prosecution_is_a_quote_of_its_own(parse):
    quotes = found(parse, "Le parquet a requis trois ans de prison, alors que la défense réclame la relaxe pure et simple.")
    assert quotes == {"trois ans de prison": "Le parquet", "la relaxe pure et simple": "la défense"}


def test_a_lawyer_named_by_his_client_keeps_the_whole_phrase(parse):
    quotes = found(parse, "La procureure a requis deux ans ferme, tandis que l'avocat du prévenu a demandé une peine "
                          "avec sursis.")
    assert quotes == {"deux ans ferme": "La procureure", "une peine avec sursis": "l'avocat du prévenu"}


def test_a_relative_clause_after_the_object_is_no_subordinate(parse):
    quotes = found(parse, "Le syndicat a dénoncé la fermeture du dépôt, qui emploie quarante chauffeurs.")
    assert quotes == {"la fermeture du dépôt, qui emploie quarante chauffeurs": "Le syndicat"}
