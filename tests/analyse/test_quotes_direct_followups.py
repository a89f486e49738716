"""Direct quotations whose speaker is one of a group, a report just before, or the quote a sub-heading repeats
(invented passages)."""
import pytest

GROUP_MEMBERS = [
    ('A la barre, les accusés ont peu parlé. "On se connaissait depuis longtemps", assure l\'un d\'eux.',
     "On se connaissait depuis longtemps", "l'un d'eux"),
    ('Les habitantes sont inquiètes. « Personne ne nous a prévenues du chantier », regrette l\'une d\'elles.',
     "Personne ne nous a prévenues du chantier", "l'une d'elles"),
    ('"Il était d\'accord, personne ne l\'a obligé", confirme un autre devant le juge.',
     "Il était d'accord, personne ne l'a obligé", "un autre"),
    ("«La clôture était déjà tombée quand on est arrivés», dit un troisième.",
     "La clôture était déjà tombée quand on est arrivés", "un troisième"),
]


@pytest.mark.parametrize("passage, text, speaker", GROUP_MEMBERS)
def test_one_of_a_group_speaks_after_the_quotation(quote_of, passage, text, speaker):
    quote = quote_of("Titre de test\n\n" + passage, text)
    assert quote.kind == "direct"
    assert quote.speaker == speaker


def test_a_noun_after_the_adjective_heads_the_speaker(quote_of):
    quote = quote_of('Titre de test\n\n"Il était là toute la soirée", confirme un autre témoin.',
                     "Il était là toute la soirée")
    assert quote.speaker == "un autre témoin"


AFTER_A_REPORT = [
    # a fronted participle, the parse leaves the cue without its subject
    ('Joint par téléphone, Me Paul Garnier, l\'avocat de la famille, a indiqué que ses clients feront appel. '
     '"Le jugement est sévère, le tribunal n\'a pas tenu compte du contexte".',
     "Le jugement est sévère, le tribunal n'a pas tenu compte du contexte", "Paul Garnier"),
    ("La directrice Lucie Brun a annoncé que le site fermerait cet été. « Les travaux dureront six semaines. »",
     "Les travaux dureront six semaines.", "Lucie Brun"),
    # one sentence of narration naming nobody between two quotations of the same speaker
    ('"Les premiers cars arrivent jeudi", prévient Paul Marin, délégué syndical. Le gymnase compte '
     'quatre-vingts lits de camp. "Après, il faudra ouvrir la salle des fêtes, et elle n\'est pas chauffée."',
     "Après, il faudra ouvrir la salle des fêtes, et elle n'est pas chauffée.", "Paul Marin"),
]


@pytest.mark.parametrize("passage, text, speaker", AFTER_A_REPORT)
def test_quotation_after_a_report_goes_on_with_its_speaker(quote_of, passage, text, speaker):
    quote = quote_of("Titre de test\n\n" + passage, text)
    assert quote.speaker == speaker


def test_narration_naming_someone_else_stops_the_continuation(parse):
    passage = ('Titre de test\n\n"Les premiers cars arrivent jeudi", prévient Paul Marin, délégué syndical. '
               'Le maire Jean Roux a visité le gymnase mardi. "Après, il faudra ouvrir la salle des fêtes."')
    found = [q for q in parse(passage)._.quotes if q.span.text.startswith("Après")]
    assert all(q.speaker != "Paul Marin" for q in found)


@pytest.mark.parametrize("heading", ["« Ces aides arrivent trop tard »", '"Ces aides arrivent trop tard"',
                                     "«Ces aides arrivent trop tard !»"])
def test_subheading_takes_the_speaker_of_the_quote_it_repeats(parse, heading):
    passage = ("Titre de test\n\nLa grève a été suivie, a indiqué la direction. « Nous avons perdu deux jours », "
               f"a regretté Anne Colin, présidente de la chambre de commerce.\n\n{heading}\n\n"
               "Selon la préfecture, 300 entreprises ont été touchées. La députée Claire Vidal juge les annonces "
               "insuffisantes. « Elles sont utiles, mais ces aides arrivent trop tard », dit-elle.")
    quotes = parse(passage)._.quotes
    heading_quote = next(q for q in quotes if q.span.text.startswith("Ces aides arrivent"))
    assert heading_quote.speaker == "Claire Vidal"
