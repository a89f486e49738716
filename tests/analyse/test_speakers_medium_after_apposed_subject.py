"""'X, directeur de …, a regretté sur la radio Y que …': the speaker stands before the verb with its
apposition between commas; the name of the medium after the verb is no inverted subject, even when
the parse took the apposition for the subject. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Bohdan Kravets, le chef de la police régionale de Lviv, a regretté sur le réseau Telegram "
     "qu'une frappe sur Sambir ait tué deux personnes.",
     "une frappe sur Sambir ait tué deux personnes", "Bohdan Kravets"),
    ("Anna Lenz, la présidente de l'office du tourisme, a regretté sur la radio Alpes FM que la saison "
     "soit si courte.", "la saison soit si courte", "Lenz"),
])
def test_medium_after_cue_is_not_the_speaker(parse, passage, content, speaker):
    quotes = parse(passage)._.quotes
    assert [q.span.text for q in quotes] == [content]
    assert speaker in (quotes[0].speaker or "") or "présidente" in (quotes[0].speaker or "")


@pytest.mark.parametrize("passage, content, speaker", [
    # a true incise after a preposed clause keeps its inverted subject
    ("Le chantier a pris du retard, a reconnu le maire, Paul Roux, devant le conseil.",
     "Le chantier a pris du retard", "Paul Roux"),
    ("« Nous irons jusqu'au bout », a confié lundi à la presse Paul Roux.", "Nous irons jusqu'au bout", "Paul Roux"),
    # the subject is a name itself, after a prepositional phrase with its own apposed name
    ("Lors d'un entretien avec le ministre, Paul Roux, Mme Lenz a dit que les deux pays allaient coopérer.",
     "les deux pays allaient coopérer", "Lenz"),
])
def test_incise_keeps_its_inverted_subject(quote_of, passage, content, speaker):
    assert speaker in (quote_of(passage, content).speaker or "")


def test_list_inside_the_quotation_is_no_apposed_subject(quote_of):
    # the commas of a list inside the quotation must not read as an apposition closing before the cue
    passage = ("La fête du lac s'est achevée. « Nous avons tout connu cette semaine : le vent, la neige, "
               "enfin la pluie », a noté lundi, en conférence de presse, Marc Vidal, son organisateur.")
    quote = quote_of(passage, "Nous avons tout connu cette semaine : le vent, la neige, enfin la pluie")
    assert quote.speaker == "Marc Vidal"
