"""Quotations cut by their cue, cues after the quotation, and who speaks in them (invented passages)."""
from __future__ import annotations

import pytest


SPLIT = [
    # the narrator's sentence ends inside the quotation: the quote resumes after it
    ("« Les vendanges commenceront avec dix jours d'avance, prévient Hugo Ferrand. Le raisin a souffert "
     "de la grêle. »",
     "Les vendanges commenceront avec dix jours d'avance", "Le raisin a souffert de la grêle.", "Hugo Ferrand"),
    # the speaker's apposition fills the rest of the narrator's sentence
    ("« La caserne restera ouverte tout l'été, déclare le lieutenant-colonel Hervé Lagarde, chef du centre. "
     "Les renforts arrivent lundi. »",
     "La caserne restera ouverte tout l'été", "Les renforts arrivent lundi.", "Hervé Lagarde"),
    # a time set between commas after the cue
    ("« Le quai sera rénové avant l'hiver, a précisé, jeudi soir, Inès Moreau, adjointe au port. "
     "Les pêcheurs seront consultés. »",
     "Le quai sera rénové avant l'hiver", "Les pêcheurs seront consultés.", "Inès Moreau"),
    # the classic incise still splits on its comma
    ("Le maire Paul Roux est venu. « Nous reconstruirons, a-t-il dit, mais il faudra des années. »",
     "Nous reconstruirons", "mais il faudra des années.", "Paul Roux"),
]


@pytest.mark.parametrize("passage, first, second, speaker", SPLIT)
def test_a_cue_inside_the_quotation_splits_it(quote_of, passage, first, second, speaker):
    for text in (first, second):
        quote = quote_of(passage, text)
        assert quote.kind == "direct"
        assert quote.speaker == speaker


AFTER = [
    # (passage, quote, speaker or None when the name does not matter, cue)
    ("« Le niveau de la rivière baisse chaque jour », reconnait ce vendredi la sous-préfète, Alice Bourdin.",
     "Le niveau de la rivière baisse chaque jour", "Alice Bourdin", "reconnait"),
    ("« Ce verdict nous soulage enfin », réagit Omar Djebali, porte-parole des familles.",
     "Ce verdict nous soulage enfin", "Omar Djebali", "réagit"),
    ("« Les commandes repartent depuis le printemps », analyse Clémence Vasseur-Lamotte, gérante de l'atelier.",
     "Les commandes repartent depuis le printemps", "Clémence Vasseur-Lamotte", "analyse"),
    ("Lucie Garnier préside la chorale. « Nous répétons trois soirs par semaine », raconte celle qui "
     "enseigne aussi le piano.", "Nous répétons trois soirs par semaine", "Lucie Garnier", "raconte"),
    ("« Le chantier a coûté moins que prévu », a affirmé sur la chaîne locale TVA le Premier ministre, "
     "Jan Berzins.", "Le chantier a coûté moins que prévu", None, "a affirmé"),
    ("« Nos ventes ont doublé », a expliqué le directeur Yann Le Goff, qui se réjouit de « l'appétit des "
     "touristes ».", "l'appétit des touristes", "Yann Le Goff", "se réjouit"),
    ("« Une saison sans pluie » selon M. Keita, a résumé le climatologue Paul Brunet.",
     "Une saison sans pluie", "Paul Brunet", "a résumé"),
    # a colon after narration gives way to the cue after the quotation
    ("Le projet a été accueilli par les riverains : « Enfin une piste cyclable sûre », confie une habitante "
     "au journal.", "Enfin une piste cyclable sûre", "une habitante", "confie"),
]


@pytest.mark.parametrize("passage, text, speaker, cue", AFTER)
def test_a_cue_after_the_quotation_names_its_speaker(quote_of, passage, text, speaker, cue):
    quote = quote_of(passage, text)
    assert (speaker or quote.speaker, quote.cue.text) == (quote.speaker, cue)


def test_a_verbless_start_interrupted_by_its_cue_goes_on_after_it(quote_of):
    passage = ("Nadia Perrin a présenté son équipe. Ses adjoints, a-t-elle précisé, suivront les « consignes "
               "du conseil » dès lundi.")
    text = "Ses adjoints, a-t-elle précisé, suivront les « consignes du conseil » dès lundi"
    assert (quote_of(passage, text).kind, quote_of(passage, text).speaker) == ("mixed", "Nadia Perrin")


def test_a_demonstrative_speaker_is_a_person_named_before(quote_of):
    passage = "Le club a gagné. Marc Olivier a parlé. « Nous avons bien défendu », se remémore celui qui entraîne l'équipe."
    assert quote_of(passage, "Nous avons bien défendu").speaker == "Marc Olivier"


def test_a_verb_without_report_before_a_colon_names_no_speaker(parse):
    doc = parse("Un seul geste suffirait à sauver la forêt : « planter des chênes ».")
    assert [q.speaker for q in doc._.quotes] == []
