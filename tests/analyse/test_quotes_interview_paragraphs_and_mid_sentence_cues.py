"""Quotations a cue does not frame the usual way: paragraphs of an interview with one person, a
quotation closed mid-sentence before an inverted cue without a comma, a cue the tagger misread
after a quotation, and the object of a fronted participle."""
import pytest


INTERVIEW = (
    "Au lendemain de la finale, l'entraîneuse Claire Vasseur a rencontré la presse, samedi.\n\n"
    "Détail amusant : la séance vidéo a été annulée à cause d'une panne de projecteur.\n\n"
    "«On a beaucoup travaillé cette semaine. Les filles étaient prêtes, je le savais depuis lundi.»\n\n"
    "«C'est un sport d'émotions, le handball. Tu ne peux pas tout contrôler sur le terrain.»\n"
)


@pytest.mark.parametrize("text", [
    "On a beaucoup travaillé cette semaine. Les filles étaient prêtes, je le savais depuis lundi.",
    "C'est un sport d'émotions, le handball. Tu ne peux pas tout contrôler sur le terrain.",
])
def test_paragraph_quotes_of_the_only_person_named(quote_of, text):
    assert quote_of(INTERVIEW, text).speaker == "Claire Vasseur"


def test_paragraph_quote_not_given_when_two_people_are_named(parse):
    doc = parse("Le maire Paul Girard a reçu le député Henri Lefort mardi.\n\n"
                "Détail amusant : la réunion a commencé avec une heure de retard.\n\n"
                "«C'est un dossier difficile. Tu ne peux pas tout régler en une réunion.»\n")
    assert not [q for q in doc._.quotes if q.span.text.startswith("C'est un dossier")]


@pytest.mark.parametrize("passage, text, speaker", [
    # quotation closed before an inverted cue mid sentence
    ("Le maire Paul Renard a fait installer des caméras près de la gare, \"pour la tranquillité des "
     "voyageurs surtout\" dit-il, \"comme ça, tout le monde se sent plus en sécurité\".",
     "pour la tranquillité des voyageurs surtout", "Paul Renard"),
    ("Le maire Paul Renard a fait installer des caméras près de la gare, \"pour la tranquillité des "
     "voyageurs surtout\" dit-il, \"comme ça, tout le monde se sent plus en sécurité\".",
     "comme ça, tout le monde se sent plus en sécurité", "Paul Renard"),
    ("En hiver, les interventions ont même « doublé en trois ans » indique le commandant des pompiers, "
     "Luc Mercier, « avec une hausse nette dans les villages ».",
     "avec une hausse nette dans les villages", "Luc Mercier"),
    # misread cue after a quotation
    ("« Le quartier est calme », affirme Lucie Marchand, présidente de l'association des riverains. "
     "Néanmoins « les familles vont devoir rouler une heure », tempère-t-elle.",
     "les familles vont devoir rouler une heure", "Lucie Marchand"),
    ("« Rien n'est joué », lance Marc Vidal. Pourtant « nous avons des atouts », suggère-t-il.",
     "nous avons des atouts", "Marc Vidal"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_quoted_name_before_a_verb_with_its_own_subject_is_no_quote(parse):
    doc = parse("Le « plan Horizon » prévoit la fermeture de deux lignes de bus en 2026.")
    assert doc._.quotes == []


def test_fronted_participle_object_stops_at_the_main_subject(parse, quote_of):
    passage = ("Critiquant « l'inaction totale » du ministre face à la sécheresse, les délégués ont dit "
               "avoir aussi saisi le tribunal administratif.")
    stance = [q for q in parse(passage)._.quotes if "inaction" in q.span.text]
    assert [q.span.text.endswith("sécheresse") for q in stance] == [True]
    assert quote_of(passage, "avoir aussi saisi le tribunal administratif").speaker == "les délégués"


@pytest.mark.parametrize("passage, text", [
    # estimate of an amount
    ("La porte-parole Inès Moreau a par ailleurs évalué à deux mille le nombre de familles sinistrées.",
     "à deux mille le nombre de familles sinistrées"),
    ("L'Insee estime à 12 % la part des ménages concernés.", "à 12 % la part des ménages concernés"),
    # report ends before a second act of the speaker
    ("La candidate Awa Sanogo a déclaré qu'elle contesterait le scrutin devant la cour et a exhorté ses "
     "soutiens à rester mobilisés.", "elle contesterait le scrutin devant la cour"),
    ("La candidate Awa Sanogo a déclaré qu'elle contesterait le scrutin devant la cour et a exhorté ses "
     "soutiens à rester mobilisés.", "rester mobilisés"),
    ("La ministre Anne Roy a affirmé que les écoles rouvriraient lundi et que les examens seraient maintenus.",
     "les écoles rouvriraient lundi et que les examens seraient maintenus"),
    ("Le maire Luc Petit a dit que la route a été fermée et a été rouverte hier.",
     "la route a été fermée et a été rouverte hier"),
])
def test_estimates_and_single_acts_are_indirect_reports(quote_of, passage, text):
    assert quote_of(passage, text).kind == "indirect"


@pytest.mark.parametrize("passage", [
    "Le coût des travaux est estimé à trois millions d'euros par la mairie.",
    "Le maire estime à juste titre la route dangereuse.",
])
def test_no_estimate_without_amount_or_in_the_passive(parse, passage):
    assert not [q for q in parse(passage)._.quotes if q.span.text.startswith("à ")]


def test_question_with_inverted_clitic_is_no_report(parse):
    doc = parse("En évoquant des majorités « fragiles », M. Girard estime-t-il que la réforme passera ? "
                "« On verra », répond-il.")
    assert [q.span.text for q in doc._.quotes if "réforme" in q.span.text] == []
    assert "On verra" in [q.span.text for q in doc._.quotes]
