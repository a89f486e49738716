"""Speakers behind a report published in an outlet, a name apposed to a title the parse made a second
subject, and a person the verb acts on who is no speaker (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Selon des informations publiées dans le quotidien Le Figaro, une fusion entre les deux groupes serait imminente.",
     "une fusion entre les deux groupes serait imminente", "Le Figaro"),
    ("D'après des informations parues dans l'hebdomadaire Le Point, le ministre aurait démissionné.",
     "le ministre aurait démissionné", "Le Point"),
    ("Selon un rapport paru dans la revue Nature, les glaciers fondent deux fois plus vite.",
     "les glaciers fondent deux fois plus vite", "Nature"),
])
def test_report_published_in_an_outlet_is_the_outlets(quote_of, passage, content, speaker):
    assert quote_of(passage, content).speaker == speaker


def test_author_of_the_report_beats_the_outlet_it_appeared_in(quote_of):
    passage = "Selon les chiffres publiés jeudi par l'Insee, le chômage a augmenté de 3 %."
    assert quote_of(passage, "le chômage a augmenté de 3 %").speaker == "Insee"


@pytest.mark.parametrize("name", ["Anatoli Berezine", "Piotr Ilinski", "Vassili Koltsov"])
def test_name_apposed_to_a_title_parsed_as_second_subject(quote_of, name):
    passage = f"Le délégué de la Serbie au Conseil de l'Europe, {name}, a estimé que son équipe restait confiante."
    assert quote_of(passage, "son équipe restait confiante").speaker == name


def test_person_the_relative_clause_acts_on_is_not_the_speaker(quote_of):
    passage = ("Le maire Paul Girard a été réélu. L'opposition, qui estime ce vote \"nul\" et ne reconnaît plus "
               "Girard comme maire, a annoncé jeudi qu'elle avait lancé une \"grève illimitée\".")
    quote = quote_of(passage, "elle avait lancé une \"grève illimitée\"")
    assert quote.speaker != "Paul Girard"
    assert "opposition" in quote.speaker
