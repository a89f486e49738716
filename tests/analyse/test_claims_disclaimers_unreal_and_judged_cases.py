"""Claims met in real copy (round 28): a closing disclaimer in its own paragraph recalls the reports
made before it; unreal 'si' clauses after the verb and 'n'eût été' are no reserve; a conditional
judging a supposed case ('un tel score serait une prouesse') passes nothing on; a speaker's own
'ce n'est pas vrai que', a contested measure or election, 'confirmer l'adage' claim nothing."""
import pytest


def _claims(parse, text):
    return [(c.status, c.span.text, c.source) for c in parse(text)._.claims]


def test_a_closing_disclaimer_recalls_the_tolls_passed_on_before_it(parse):
    text = ("Le service de secours de la province a annoncé jeudi la mort de 17 personnes dans des bombardements.\n\n"
            "Selon Amos Keteli, porte-parole de ce service, un obus a notamment fait six morts à Tarsa.\n\n"
            "« J'ai vu deux enfants blessés devant l'école », raconte une habitante.\n\n"
            "D'après le service de secours, au moins quatre enfants ont été tués dans d'autres frappes.\n\n"
            "Contactée, l'armée n'a pas réagi. Elle a indiqué jeudi que trois de ses soldats avaient été tués.\n\n"
            "L'agence n'est pas en mesure de vérifier de manière indépendante les bilans des différentes parties.\n\n"
            "Vendredi, le service de secours a fait état de deux autres morts.")
    found = _claims(parse, text)
    assert [status for status, _, _ in found] == ["unverified"] * 3
    texts = " | ".join(span for _, span, _ in found)
    for toll in ("la mort de 17 personnes", "six morts", "au moins quatre enfants ont été tués"):
        assert toll in texts
    # the witness's words, the army's own losses and the toll given after the disclaimer stay out
    for other in ("deux enfants blessés", "trois de ses soldats", "deux autres morts"):
        assert other not in texts


def test_a_recalling_subject_in_its_own_paragraph_takes_the_reports_before_it(parse):
    text = ("Selon la Croix-Rouge locale, 12 personnes ont péri dans l'effondrement d'un immeuble à Valdor.\n\n"
            "Les pompiers affirment que 30 habitants ont été évacués.\n\n"
            "Ces informations n'ont pas pu être vérifiées de source indépendante.\n\n"
            "Le maire a annoncé vendredi que deux autres corps avaient été retrouvés.")
    assert [span for _, span, _ in _claims(parse, text)] == [
        "12 personnes ont péri dans l'effondrement d'un immeuble à Valdor", "30 habitants ont été évacués"]


def test_a_headline_restating_the_toll_is_not_recalled(parse):
    text = ("Inondations à Berlo : la préfecture annonce neuf morts\n\n"
            "Selon la préfecture, neuf personnes sont mortes dans la crue de la Berle.\n\n"
            "La rédaction n'est pas en mesure de vérifier ces chiffres de manière indépendante.")
    assert _claims(parse, text) == [
        ("unverified", "neuf personnes sont mortes dans la crue de la Berle", "la préfecture")]


@pytest.mark.parametrize("passage", [
    # unreal and judged cases are no reserve
    "Les prix de l'électricité auraient bondi de 35 % l'an dernier s'il n'y avait pas eu le bouclier tarifaire.",
    "D'après les calculs du régulateur, la facture aurait doublé si l'État n'était pas intervenu.",
    "Le chômage aurait grimpé de deux points si le gouvernement n'avait pas prolongé le dispositif.",
    "La digue a cédé dans la nuit. N'eût été l'alerte donnée par un riverain, le quartier aurait été inondé.",
    "Sans la subvention régionale, le club aurait déposé le bilan dès le mois de mars.",
    # a conditional judging a supposed case
    "Le sondage crédite la candidate de 41 % des voix si l'élection avait lieu dimanche. "
    "Un tel score serait déjà une prouesse pour le parti.",
    "Une telle victoire serait une première depuis la création du club.",
    "Une qualification serait déjà un exploit pour ce petit club de troisième division.",
    "Une telle hausse coûterait près de 3 milliards d'euros à l'État.",
    # own negations measures and sayings claim nothing
    "Le maire espère que la situation s'améliorera.\n\nPlusieurs élus ont regretté le retard du chantier.\n\n"
    "Ce n’est pas vrai que nous allons payer indéfiniment pour ce stade, a lancé la conseillère Mireille Anselme.",
    "« Ce n'est pas vrai que la commune a vendu le terrain en secret », s'est défendu le maire.",
    "Toute mesure que nous jugeons injuste sera contestée devant les tribunaux, a prévenu le syndicat.",
    "Tout arrêté qui limiterait l'accès à la plage sera contesté, a prévenu l'association.",
    "L'élection, contestée par l'opposition, a porté au pouvoir un ancien général.",
    "La gardienne a confirmé l'adage selon lequel les grands matchs se gagnent en défense.",
    "Le coureur a confirmé l'adage qui veut que le Tour ne sourie qu'aux meilleurs grimpeurs.",
    "Un coureur confirmé comme Paul Verney sait gérer ce genre d'étape.",
])
def test_unreal_judged_and_own_cases_claim_nothing(parse, passage):
    assert _claims(parse, passage) == []


@pytest.mark.parametrize("passage, statement", [
    ("Le suspect aurait quitté la ville, selon la police, qui ignore s'il était armé.", "Le suspect aurait quitté la ville"),
    ("Le suspect serait un ancien employé de l'entreprise, selon les enquêteurs.",
     "Le suspect serait un ancien employé de l'entreprise"),
    ("La hausse des prix serait la plus forte depuis 2008, selon plusieurs économistes.",
     "La hausse des prix serait la plus forte depuis 2008"),
])
def test_a_reported_fact_keeps_its_reserve(parse, passage, statement):
    assert [(s, span) for s, span, _ in _claims(parse, passage)] == [("unverified", statement)]


@pytest.mark.parametrize("passage, expected", [
    ("« La mairie a caché le déficit », affirme l'opposition. « C'est faux », répond le maire.",
     ("disputed", "La mairie a caché le déficit")),
    ("Le bilan, contesté par l'opposition, fait état de 14 victimes.", ("disputed", "Le bilan")),
    ("Le club a confirmé le départ de son entraîneur à la fin de la saison.",
     ("confirmed", "le départ de son entraîneur à la fin de la saison")),
])
def test_disputes_and_confirmations_of_statements_stay(parse, passage, expected):
    assert [(s, span) for s, span, _ in _claims(parse, passage)] == [expected]
