"""Quotations framed by the narrator's sentence: general reporting verbs after a quotation, a quoted
complement right after its cue, the narrative infinitive, a manner phrase before the speaker, quotations
in a row, a continuation paragraph after one line of narration, an opening participle. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # general reporting verb after quotation
    ("La réunion a duré deux heures. « Nous avons tenu nos engagements malgré la crise », relativise Paul "
     "Mercier, adjoint au maire et candidat en troisième position sur la liste de la majorité.",
     "Nous avons tenu nos engagements malgré la crise", "Paul Mercier"),
    ("Le musée a peu ouvert. « Avec la pluie, nous avons perdu près de 3000 entrées », évalue Sophie Garnier.",
     "Avec la pluie, nous avons perdu près de 3000 entrées", "Sophie Garnier"),
    ("« Il a déjà deux condamnations à son actif », remarque la procureure de la République, Hélène Vasseur.",
     "Il a déjà deux condamnations à son actif", "Hélène Vasseur"),
    ("« On attendait mieux de cette saison », tempère le directeur du club, Yves Morel.",
     "On attendait mieux de cette saison", "Yves Morel"),
    # manner phrase between cue and speaker
    ("« Nous avons tout perdu en une nuit », explique, la voix tremblante, l'agricultrice Claire Dumas.",
     "Nous avons tout perdu en une nuit", "Claire Dumas"),
    ("\"C'était magnifique! On voyait toute l'histoire de la ville\", raconte, la voix tremblante, "
     "l'historienne Claire Dumas.", "C'était magnifique! On voyait toute l'histoire de la ville", "Claire Dumas"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


@pytest.mark.parametrize("passage, text, speaker", [
    ("Dans les deux enseignes, les syndicats réclament \"de vraies hausses de salaires\".", "de vraies hausses de salaires",
     "les syndicats"),
    ("La présidente Inès Moreau souhaite aussi \"revoir l'ensemble du dispositif avant l'été\".",
     "revoir l'ensemble du dispositif avant l'été", "Inès Moreau"),
    ("Arrivée en tête, Julie Marchand s’affiche déjà comme « la patronne de la majorité » à Brest.",
     "la patronne de la majorité", "Julie Marchand"),
    ("Me Louis Girard déplore lui aussi « une procédure bâclée du début à la fin ».",
     "une procédure bâclée du début à la fin", "Louis Girard"),
])
def test_quotation_as_the_cue_complement(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert quote.speaker == speaker and quote.kind == "direct"


def test_quoted_title_after_a_narration_verb_is_no_quote(parse):
    quotes = parse("Le comédien Marc Petit a lu « Les Voyages du capitaine » devant une salle comble.")._.quotes
    assert not quotes


@pytest.mark.parametrize("passage, text", [
    ("La maire Anne Collet a répondu aux critiques. Et la maire d'ajouter : « Nous ne fermerons aucune école "
     "cette année. »", "Nous ne fermerons aucune école cette année."),
    ("Le texte a été adopté. Et la ministre Anne Collet d'expliquer : \"chaque année, le gouvernement publie "
     "un rapport complet sur les dépenses. Il existe trois versions du", "chaque année, le gouvernement publie "
     "un rapport complet sur les dépenses. Il existe trois versions du"),
])
def test_narrative_infinitive_names_its_speaker(quote_of, passage, text):
    assert quote_of(passage, text).speaker == "Anne Collet"


def test_quotations_in_a_row_after_semicolons(parse):
    quotes = parse("Le débat a tourné court. « Vous ne venez jamais ici » ; « ce ne sont que des promesses » ; "
                   "« le quartier mérite mieux », lancent des habitants.")._.quotes
    found = {q.span.text: q.speaker for q in quotes}
    assert found.get("ce ne sont que des promesses") == "des habitants"
    assert found.get("le quartier mérite mieux") == "des habitants"


def test_quoted_paragraph_after_one_paragraph_of_narration_continues(quote_of):
    passage = ("« Les températures vont monter plus vite que prévu », affirme le climatologue Pierre Lavoie.\n\n"
               "Les résultats ont paru dans une revue scientifique.\n\n"
               "« Dans nos modèles, chaque tonne de carbone compte. On peut calculer le réchauffement local. »")
    quote = quote_of(passage, "Dans nos modèles, chaque tonne de carbone compte. On peut calculer le réchauffement local.")
    assert quote.speaker == "Pierre Lavoie"


def test_quoted_paragraph_after_narration_naming_someone_else_is_not_continued(parse):
    passage = ("« Les températures vont monter plus vite que prévu », affirme le climatologue Pierre Lavoie.\n\n"
               "La ministre Claire Aubert a reçu les chercheurs lundi.\n\n"
               "« Dans nos modèles, chaque tonne de carbone compte. On peut calculer le réchauffement local. »")
    quotes = parse(passage)._.quotes
    assert all(q.speaker != "Pierre Lavoie" for q in quotes if q.span.text.startswith("Dans nos modèles"))


def test_opening_participle_goes_on_with_the_previous_subject(parse):
    passage = ("Par ailleurs, la ministre Awa Koné invite les familles à la prudence. Ajoutant « qu’une nouvelle "
               "épidémie pourrait frapper le pays avant l’hiver ».")
    quotes = parse(passage)._.quotes
    assert any("nouvelle épidémie" in q.span.text and q.speaker == "Awa Koné" for q in quotes)


def test_incise_whose_subject_cannot_speak_leaves_the_quotation_whole(quote_of):
    passage = ("La maire, Anne Roux, a ouvert la séance. « Dès la rentrée, soyons lucides, à ce projet de budget "
               "répondront deux ou trois recours des riverains. Le tribunal tranchera », a-t-elle développé.")
    quote = quote_of(passage, "Dès la rentrée, soyons lucides, à ce projet de budget répondront deux ou trois recours "
                              "des riverains. Le tribunal tranchera")
    assert quote.speaker == "Anne Roux"


def test_incise_naming_a_person_by_rank_still_splits(parse):
    passage = ("« Les deux agents ont été blessés, mais leur vie n'est pas en danger, a précisé la sergente Dorsaz. "
               "Le conducteur de la camionnette a été blessé gravement. »")
    found = {q.span.text: q.speaker for q in parse(passage)._.quotes}
    assert found.get("Les deux agents ont été blessés, mais leur vie n'est pas en danger") is not None
