"""Reports whose content is a noun phrase object (court demands, counted penalties), and speakers that
must never come from the reported complement: an object misread as an inverted subject, or the subject
of the clause that was said."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # demand object is the report
    ("Le procureur Jean Morel a requis dix ans de réclusion contre l'accusé.",
     "dix ans de réclusion contre l'accusé", "Jean Morel"),
    ("Le parquet a requis six mois de prison avec sursis.", "six mois de prison avec sursis", "Le parquet"),
    ("L'avocate Sarah Klein a plaidé l'acquittement.", "l'acquittement", "Sarah Klein"),
    ("L'avocat Paul Roche a plaidé la légitime défense pour son client.",
     "la légitime défense pour son client", "Paul Roche"),
    ("Le procureur Jean Morel a parlé une heure. Il a demandé 12 ans de prison contre le chauffeur du fourgon.",
     "12 ans de prison contre le chauffeur du fourgon", "Jean Morel"),
    ("Les syndicats réclament 5 % de hausse des salaires.", "5 % de hausse des salaires", "Les syndicats"),
    # object read as inverted subject
    # the parser reads the object as an inverted subject and the subject with its apposition as a report
    ("Le conseil du second accusé, âgé de 44 ans et déjà jugé à Lyon en 2019 pour recel, "
     "a plaidé l'acquittement.", "l'acquittement", "Le conseil du second accusé"),
    ("L'avocate de la défense, Me Sarah Klein, a plaidé l'acquittement.", "l'acquittement", "Sarah Klein"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


@pytest.mark.parametrize("passage", [
    "Le conseil du second accusé, âgé de 44 ans et déjà jugé à Lyon en 2019 pour recel, "
    "a plaidé l'acquittement. Il a jugé le témoignage du gardien peu fiable.",
    "Le président gabonais Paul Obiang, recevant ses compatriotes à Dakar, a évalué, vendredi, "
    "les investissements nécessaires à « 5.000 milliards FCFA » d'ici dix ans.",
])
def test_speaker_never_taken_from_the_complement(parse, passage):
    quotes = parse(passage)._.quotes
    assert not any(q.speaker and q.speaker.lower().startswith(("l'acquittement", "les investissements")) for q in quotes)
    assert not any(q.span.text.startswith(("Le conseil du", "Le président gabonais")) for q in quotes)


@pytest.mark.parametrize("passage", [
    "Roy-Tremblay trouve que son équipe a dominé la deuxième période. "
    "Il croit que les Lions méritaient mieux ce soir.",
    "Van der Berg juge que sa formation a manqué de rigueur. Il pense que l'équipe doit se reprendre.",
])
def test_subject_of_what_was_said_is_no_antecedent(parse, passage):
    speakers = [q.speaker for q in parse(passage)._.quotes]
    assert not any(s and s.lower().startswith(("son ", "sa ", "l'équipe")) for s in speakers), speakers


@pytest.mark.parametrize("passage, text", [
    ("Pas question de céder, a déclaré le ministre.", "Pas question de céder"),
    ("La situation est grave, a estimé la préfète.", "La situation est grave"),
])
def test_preposed_reports_before_a_speaking_inverted_subject_kept(quote_of, passage, text):
    assert quote_of(passage, text).speaker


@pytest.mark.parametrize("passage", [
    "La maire a évalué les dégâts avec les pompiers.",
    "Le tribunal a condamné l'accusé à dix ans de prison.",
    "Le tribunal l'a ensuite condamné à verser 3000 euros au bailleur.",
])
def test_plain_narration_with_objects_is_no_report(parse, passage):
    # a sentence passed ('condamner X à') is an act on its object, not a stance on it
    assert parse(passage)._.quotes == []


def test_a_before_the_object_is_no_sentence(parse):
    # 'au passage' is an adjunct of the cue, not the 'à' argument of a sentence passed on the object
    doc = parse("L'entraîneur Karim Benali a parlé après le match. « Nous continuerons », a-t-il soutenu, "
                "saluant au passage les remplaçants qui « ont tout donné ».")
    assert any(q.span.text.startswith("les remplaçants qui") for q in doc._.quotes), [q.span.text for q in doc._.quotes]


@pytest.mark.parametrize("passage, text", [
    # 'demander X à Y' asks Y for X: the 'à' argument of a demand is its addressee, not a sentence passed
    ("Le procureur Jean Morel a aussi demandé le versement de 20 000 euros à la société Tabaco.",
     "le versement de 20 000 euros à la société Tabaco"),
])
def test_demand_with_an_addressee_is_kept(quote_of, passage, text):
    assert quote_of(passage, text).speaker == "Jean Morel"


def test_passive_stance_verb_reports_no_object(parse):
    # the object of 'dénoncer' became the passive subject: nothing after the verb was said
    doc = parse("Le squat a été signalé en mars puis dénoncé par une voisine du troisième étage.")
    assert doc._.quotes == []
