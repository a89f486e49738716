"""Reports the first round missed: misparsed compound cues, 'se dire' + attribute, quoted objects."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # the parse hangs the auxiliary of 'a-t-elle avancé' on the clitic: still a compound tense
    pytest.param("La syndicaliste Anne Roux a prévenu dimanche. « Nous allons perdre des milliers d'emplois, "
                 "probablement davantage », a-t-elle avancé.",
                 "Nous allons perdre des milliers d'emplois, probablement davantage", "Anne Roux", id="inverted-compound-cue"),
    # pronominal cues that only report when inverted
    pytest.param("« C'est la saison des grippes, voilà tout », s'est défendu M. Garnier devant les députés.",
                 "C'est la saison des grippes, voilà tout", "Garnier", id="inverted-pronominal-cue-defendu"),
    pytest.param("« Nous avons perdu notre principal client cet automne », se désole Hervé Malet, délégué syndical.",
                 "Nous avons perdu notre principal client cet automne", "Hervé Malet", id="inverted-pronominal-cue-desole"),
    # 'se dire' + a quoted attribute, adjective or participle
    pytest.param("La ministre de la Culture, Odile Ferrand, s'est dite « choquée par les images de la manifestation ».",
                 "choquée par les images de la manifestation", "Odile Ferrand", id="se-dire-quoted-adjective"),
    pytest.param("Le président Amadou Fall s'est dit «reconnaissant envers le Parlement pour ce vote».",
                 "reconnaissant envers le Parlement pour ce vote", "Amadou Fall", id="se-dire-quoted-adjective-unspaced"),
    pytest.param("Le maire Paul Henri s'est dit alarmé par la hausse des cambriolages.",
                 "alarmé par la hausse des cambriolages", "Paul Henri", id="se-dire-participle"),
    # a quoted fragment inside the object of a promise or a claim
    pytest.param("Le chef du gouvernement Marc Olsen a promis mercredi un soutien « indéfectible » à la Moldavie.",
                 "un soutien « indéfectible » à la Moldavie", "Marc Olsen", id="quoted-fragment-in-object"),
    # the cue hung on the titled noun before the apposition's comma
    pytest.param("La présidente du parti, Julie Marchand, revendique samedi une « victoire historique ».",
                 "une « victoire historique »", "Julie Marchand", id="quoted-object-after-apposition"),
])
def test_report_names_its_speaker(quote_of, passage, text, speaker):
    assert speaker in quote_of(passage, text).speaker


def test_plain_promise_is_narration(parse):
    quotes = parse("Le maire Paul Henri a promis mercredi une nouvelle piscine au quartier.")._.quotes
    assert not quotes


@pytest.mark.parametrize("passage, content", [
    ("L'Europe doit demander des comptes aux complices du régime, a-t-il déclaré lundi à Rome.",
     "L'Europe doit demander des comptes aux complices du régime"),
    ("Il faut dire la vérité aux électeurs, a estimé la maire de Lille, Anne Dufresne.",
     "Il faut dire la vérité aux électeurs"),
])
def test_a_modal_infinitive_is_content_not_a_cue(parse, passage, content):
    quotes = parse("Le ministre Paul Morin est arrivé à Rome.\n\n" + passage)._.quotes
    assert [q.span.text for q in quotes] == [content]
