"""A feedback question on the article closing a page, its answer buttons and the lists below it."""
import pytest

TITLE = "Le festival de jazz de Vannes bat son record d'affluence"
LEAD = "Plus de 41 000 spectateurs ont assisté aux concerts du festival, selon les organisateurs."
LAST = "La prochaine édition se tiendra du 8 au 13 juillet sur le port."


@pytest.mark.parametrize("tail", [
    "Cet article vous a-t-il été utile ?\nOui\nNon",
    "Avez-vous aimé cet article ?\n👍\n👎\nMerci pour votre réponse, elle nous aide à nous améliorer.",
    "Ce contenu vous a plu ?\nOui\nNon\nLes plus consultés\n1. Lorient : la rocade fermée deux nuits\n"
    "2. Auray : le marché du dimanche déménage",
    "Qu'avez-vous pensé de cet article ?\nRecevez notre lettre du soir\nJe m'inscris",
    "...pour lire la suite, abonnez-vous à notre édition numérique\nOffre découverte à 2 € le premier mois\n"
    "Sans engagement",
])
def test_feedback_widget_and_what_follows_go(clean, tail):
    body = clean(f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{tail}\n").body
    assert body == f"{LEAD}\n\n{LAST}"


def test_a_question_of_the_article_is_kept(clean):
    """A question in the text that does not bear on the article itself is the article's."""
    question = "Avez-vous déjà assisté à un concert sur le port de Vannes ?"
    body = clean(f"{TITLE}\n\n{LEAD}\n\n{question}\n\n{LAST}\n").body
    assert question in body and body.endswith(LAST)


def test_prose_below_a_feedback_question_keeps_everything(clean):
    """The article went on under an inline box: a sentence of prose below the question keeps it."""
    after = "Les bénévoles, au nombre de 600, ont été remerciés par le maire lors de la clôture."
    body = clean(f"{TITLE}\n\n{LEAD}\n\nCet article vous a-t-il été utile ?\n\n{after}\n").body
    assert body.endswith(after)
