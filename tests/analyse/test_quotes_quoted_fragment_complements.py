"""A quoted noun phrase or adjective as the whole complement of a cue ('a salué « une avancée »', 'se disent
« très inquiets »', 'parle d'« un incident »'): the fragment is the report, without the narrator's time
adjunct after it; the opening mark belongs to the object even when the parse leaves it out. A quoted
title or nickname that no cue governs is no quote. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Les syndicats se disent « très inquiets » après l'annonce du plan.", "très inquiets", "Les syndicats"),
    ("Les riverains réclament \u201cdes mesures concrètes\u201d depuis des mois.", "des mesures concrètes",
     "Les riverains"),
    ("Le maire a salué « un travail remarquable » lors de la cérémonie de mardi.", "un travail remarquable",
     "Le maire"),
    ("La direction parle d'« un incident isolé ».", "un incident isolé", "La direction"),
])
def test_a_quoted_complement_ends_with_its_fragment(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_an_object_whose_opening_mark_the_parse_left_out_starts_at_the_mark(parse):
    quotes = parse("La directrice de l'usine, Anne Roux, a dénoncé « un mépris total » des salariés.")._.quotes
    assert [q.span.text for q in quotes] == ["« un mépris total » des salariés"]
    assert quotes[0].speaker == "Anne Roux"


def test_a_complement_going_on_after_the_fragment_is_kept_whole(parse):
    quotes = parse("Les élus se disent « choqués » par la décision du tribunal.")._.quotes
    assert [q.span.text for q in quotes] == ["« choqués » par la décision du tribunal"]


@pytest.mark.parametrize("passage", [
    "Le festival a ouvert ses portes. « Un dimanche à Lisbonne » raconte l'histoire d'un marin.",
    "La pièce a été jouée hier. « Le Silence des digues » raconte la crue de 1910.",
    "Le film « Les Oiseaux de passage » a séduit le jury.",
    "L'ancien boxeur, surnommé « le Taureau », a ouvert une salle à Lens.",
    "Le maire a inauguré la salle « Jean-Moulin » samedi.",
])
def test_a_quoted_title_or_nickname_is_no_quote(parse, passage):
    assert parse(passage)._.quotes == []


@pytest.mark.parametrize("passage, speaker", [
    ("Le conseil a délibéré. « Nous ne paierons pas » prévient la commune.", "la commune"),
    ("Le derby a mal fini. « Morel démission ! » ont scandé les supporters du club.", "les supporters du club"),
    ("Le conseil a voté. « Pas de fermeture » a répété le délégué.", "le délégué"),
    ("Les négociations ont échoué. « Nous ne signerons rien » ont répété les délégués syndicaux mardi soir.",
     "les délégués syndicaux"),
])
def test_a_quoted_sentence_before_a_bare_inverted_cue_keeps_its_speaker(parse, passage, speaker):
    quotes = parse(passage)._.quotes
    assert [(q.span.text, q.speaker) for q in quotes] == [(passage.split("« ")[1].split(" »")[0], speaker)]
