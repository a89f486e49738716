"""Round 32: a topic phrase before the clause names whom its pronoun stands for ('Quant au ministre, il a
assuré que …'), and a person named with one office is not the holder of another ('Le ministre Paul Roux
…  Le préfet a assuré …'). Invented passages."""
import pytest


@pytest.mark.parametrize("passage, speaker", [
    ("La ministre Anne Roux était à Brest. Quant à Marie Lenoir, elle a affirmé que rien n'était décidé.",
     "Marie Lenoir"),
    ("Le maire Paul Vidal a ouvert la séance. Quant au préfet, il a assuré que les crédits seraient maintenus.",
     "préfet"),
    ("Quant à la ministre de la Santé, elle a estimé que la situation restait préoccupante.",
     "la ministre de la Santé"),
])
def test_the_pronoun_after_a_topic_phrase_is_the_topic(parse, passage, speaker):
    quotes = parse(passage)._.quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_a_pronoun_without_a_topic_phrase_keeps_the_latest_speaker(parse):
    quotes = parse("La ministre Anne Roux était à Brest. Avec le préfet, elle a assuré que les crédits "
                   "seraient maintenus.")._.quotes
    assert [q.speaker for q in quotes] == ["Anne Roux"]


def test_a_title_is_not_the_person_named_with_another_office(parse):
    quotes = parse("Le ministre Paul Roux était à Brest. Le préfet a assuré que les crédits seraient "
                   "maintenus.")._.quotes
    assert [q.speaker for q in quotes] == ["Le préfet"]


def test_a_title_may_be_a_person_named_without_one(parse):
    quotes = parse("Paul Roux était à Brest mardi. Le ministre a assuré que les crédits seraient maintenus.")._.quotes
    assert [q.speaker for q in quotes] == ["Paul Roux"]


@pytest.mark.parametrize("passage, speaker", [
    ("Le président Marc Olivier a parlé mardi. « Les secours sont sur place à Lyon », a indiqué le chef de l'État.",
     "Marc Olivier"),
    ("Le ministre Paul Roux a reçu ses homologues. « Le dialogue reprend », a assuré le chef de la diplomatie.",
     "Paul Roux"),
])
def test_a_periphrasis_of_an_office_is_its_holder(parse, passage, speaker):
    assert [q.speaker for q in parse(passage)._.quotes] == [speaker]


@pytest.mark.parametrize("opening", ["Lors d'une réunion avec Paul Durand et Marie Lenoir",
                                     "Aux côtés de Paul Durand et de Marie Lenoir"])
def test_names_after_a_preposition_are_not_the_pronouns(parse, opening):
    quotes = parse(f"La ministre Claire Audran était à Lyon mardi. {opening}, elle a déclaré que la situation "
                   "était grave.")._.quotes
    assert [q.speaker for q in quotes] == ["Claire Audran"]
