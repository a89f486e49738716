"""Outlets described by a common noun and named after it, a report noun whose agent the parse hangs
on an adjunct, a demonstrative source, and a pronoun subject keeping a participle's agent out of the
antecedents (invented passages)."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("Plus de 300 emplois ont été supprimés à Lyon depuis janvier, selon l'agence de presse économique Cofinews.",
     "Plus de 300 emplois ont été supprimés à Lyon depuis janvier", "Cofinews"),
    ("« Le pont est coupé », a affirmé la radio des insurgés, Radio-Kivu, qui diffuse depuis Goma.",
     "Le pont est coupé", "Radio-Kivu"),
    ("Le quotidien Ouest-Matin signale que la digue a cédé dans la nuit.",
     "la digue a cédé dans la nuit", "Ouest-Matin"),
])
def test_an_outlet_described_then_named_speaks_by_its_name(quote_of, passage, content, speaker):
    assert quote_of(passage, content).speaker == speaker


def test_a_bare_outlet_noun_takes_up_the_outlet_quoted_before(quote_of):
    passage = ("« Le pont est coupé », a affirmé la radio des insurgés, Radio-Kivu, qui diffuse depuis Goma.\n"
               "La chaîne avait fait état lundi matin d'une explosion près du marché.")
    assert quote_of(passage, "une explosion près du marché").speaker == "Radio-Kivu"


@pytest.mark.parametrize("subject, verb", [("Les médias régionaux", "ont"), ("La télévision publique", "a"),
                                           ("Le journal régional", "a")])
def test_an_outlet_noun_can_report_a_toll(quote_of, subject, verb):
    passage = f"{subject} {verb} fait état de 32 morts et de 50 blessés."
    assert quote_of(passage, "32 morts et de 50 blessés").speaker == subject


def test_the_agent_of_a_report_noun_hung_on_an_adjunct_is_its_author(quote_of):
    passage = "Selon un nouveau décompte donné dans la matinée par la gendarmerie, l'accident a fait « 7 morts »."
    assert quote_of(passage, "l'accident a fait « 7 morts »").speaker_span.text == "la gendarmerie"


def test_a_demonstrative_source_is_the_one_just_quoted(quote_of):
    passage = ("« Trois pompiers ont été blessés », a indiqué à l'AFP le commandant Louis Berthier, chef des secours. "
               "D'après cette source, « deux maisons ont brûlé ».")
    assert quote_of(passage, "deux maisons ont brûlé").speaker == "Louis Berthier"


def test_a_pronoun_subject_keeps_the_agent_of_a_participle_out(quote_of):
    passage = ("Le ministre des Transports Paul Martin a présenté mercredi le budget. Puis il a longuement "
               "défendu le plan adopté par le gouvernement l'an passé. "
               "« Les écoles sont rénovées », a-t-il expliqué.")
    assert quote_of(passage, "Les écoles sont rénovées").speaker == "Paul Martin"


def test_an_infinitive_reports_after_rapporter(quote_of):
    passage = "Un photographe de l'agence présent sur place a rapporté avoir vu deux colonnes de fumée."
    assert quote_of(passage, "avoir vu deux colonnes de fumée").speaker.startswith("Un photographe")


def test_an_acronym_in_brackets_after_the_addressee_hides_no_speaker(quote_of):
    passage = ("Dans la nuit de lundi, des hommes armés ont attaqué le village de Kalo, et « ont incendié 12 maisons », "
               "a déclaré à l'Agence Ouest Presse (AOP) le colonel Marc Dubois, administrateur de ce territoire.")
    quote = quote_of(passage, "Dans la nuit de lundi, des hommes armés ont attaqué le village de Kalo, "
                              "et « ont incendié 12 maisons »")
    assert quote.speaker == "Marc Dubois"
