"""'Comme l'explique X, …' / '…, comme le rapporte X': the clitic after 'comme' stands for the clause
the inverted cue frames, so that clause (after the incise, or before it) is what X reported."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Comme l'explique Le Parisien, la péniche s'est échouée sur un banc de sable jeudi soir.",
     "la péniche s'est échouée sur un banc de sable jeudi soir", "Le Parisien"),
    ("Comme le souligne Marie Dupont, la saison touristique a été décevante.",
     "la saison touristique a été décevante", "Marie Dupont"),
    ("Mais, comme l’explique la géologue, ce volcan restera, selon toute vraisemblance, calme.",
     "ce volcan restera, selon toute vraisemblance, calme", "la géologue"),
    ("La fréquentation des musées recule nettement comme l'indique le ministère de la Culture.",
     "La fréquentation des musées recule nettement", "Culture"),
    ("Les loyers ont grimpé de 8 % à Nantes, comme le souligne l'observatoire.",
     "Les loyers ont grimpé de 8 % à Nantes", "observatoire"),
    ("À retenir, comme le souligne la fédération, le calendrier reste inchangé.",
     "le calendrier reste inchangé", "la fédération"),
    ("A noter comme le relève l'institut, que les infirmiers sont souvent exposés au bruit.",
     "les infirmiers sont souvent exposés au bruit", "institut"),
])
def test_as_clause_frames_the_clause(quote_of, passage, content, speaker):
    quote = quote_of(passage, content)
    assert quote.speaker is not None and speaker in quote.speaker


@pytest.mark.parametrize("passage", [
    "Il l'explique ainsi à ses élèves depuis des années.",
    "Comme le dit le proverbe populaire.",
])
def test_clitic_without_framed_clause_reports_nothing(parse, passage):
    assert [q.span.text for q in parse(passage)._.quotes] == []
