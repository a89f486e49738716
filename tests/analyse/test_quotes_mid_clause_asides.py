"""An attribution set inside the clause it reports: a 'selon' phrase or an inverted incise between
the subject (or a verb awaiting its complement) and the rest of the clause; and an inverted cue glued
to the clause before it with no comma. The quote is the whole clause, the aside included."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # selon between subject and verb frames the clause
    ("Le nouveau fonds, selon Marc Delorme, permettra de financer des écoles rurales sans emprunt.",
     "Le nouveau fonds, selon Marc Delorme, permettra de financer des écoles rurales sans emprunt", "Marc Delorme"),
    ("Cette réforme, selon la ministre de la Santé, va réduire les délais d'attente aux urgences.",
     "Cette réforme, selon la ministre de la Santé, va réduire les délais d'attente aux urgences",
     "la ministre de la Santé"),
    ("Le budget, d'après le maire de Lyon, sera bouclé avant la fin du mois de mars.",
     "Le budget, d'après le maire de Lyon, sera bouclé avant la fin du mois de mars", "le maire de Lyon"),
    ("Ce plan doit, selon les économistes, être revu entièrement.",
     "Ce plan doit, selon les économistes, être revu entièrement", "les économistes"),
    # incise inside the clause reports the whole clause
    ("Il faut, estiment les syndicats, revoir les grilles de salaires dans la fonction publique.",
     "Il faut, estiment les syndicats, revoir les grilles de salaires dans la fonction publique", "les syndicats"),
    ("Les agents sont épuisés. Il faut, jugent l'ensemble des agents, redonner du sens au métier.",
     "Il faut, jugent l'ensemble des agents, redonner du sens au métier", "l'ensemble des agents"),
    ("Le chantier, assure le ministre, sera terminé avant l'été.",
     "Le chantier, assure le ministre, sera terminé avant l'été", "le ministre"),
    ("Le texte, affirme Paul Martin, ne sera pas voté d'ici au printemps.",
     "Le texte, affirme Paul Martin, ne sera pas voté d'ici au printemps", "Paul Martin"),
    # inverted cue without comma names the speaker
    ("Le conducteur a été entendu par les enquêteurs indique une source judiciaire à Rennes.",
     "Le conducteur a été entendu par les enquêteurs", "une source judiciaire à Rennes"),
    ("Les fonds ont été versés aux familles assure la préfecture dans un communiqué.",
     "Les fonds ont été versés aux familles", "la préfecture"),
    ("Les deux hommes ont été interpellés jeudi soir rapporte Le Parisien.",
     "Les deux hommes ont été interpellés jeudi soir", "Le Parisien"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


@pytest.mark.parametrize("passage, text", [
    ("Le projet est mort, estime le maire, qui appelle à une nouvelle consultation.", "Le projet est mort"),
    ("Le site est fermé, a annoncé la mairie, avant de lancer une consultation.", "Le site est fermé"),
])
def test_incise_after_a_whole_clause_keeps_only_that_clause(parse, passage, text):
    quotes = [q.span.text for q in parse(passage)._.quotes]
    assert text in quotes and not any(q.startswith(text + ",") for q in quotes)


@pytest.mark.parametrize("passage", [
    "Le maire a signé un arrêté qui indique une fermeture des parcs.",
    "Le rapport publié mardi indique une hausse des prix.",
    "La ministre a visité l'usine et indique une reprise rapide.",
])
def test_verb_with_its_own_subject_is_no_glued_inversion(parse, passage):
    assert not any(q.speaker in ("une fermeture", "une hausse", "une reprise") for q in parse(passage)._.quotes)
