"""A custom, a rule or a schedule is no speaker: 'la tradition veut que', 'selon l'horaire habituel'
(invented passages)."""
import pytest


@pytest.mark.parametrize("passage", [
    "Le conseil a suivi l'usage, qui veut qu'un adjoint de garde dorme à la caserne en août.",
    "La tradition veut que le doyen ouvre la séance.",
    "Les écoles seront ouvertes selon l'horaire habituel.",
    "Selon la coutume, le doyen ouvre la séance.",
])
def test_a_custom_or_a_schedule_reports_nothing(parse, passage):
    assert parse(passage)._.quotes == []


def test_a_person_who_wants_something_still_speaks(quote_of):
    assert quote_of("Le maire veut que la piscine ouvre en juin.", "la piscine ouvre en juin").speaker == "Le maire"
