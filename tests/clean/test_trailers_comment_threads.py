"""The comment thread closing a page: its heading, then sign-in notices written as sentences."""
import pytest

TITLE = "Alerte orange aux orages dans le Var"
LEAD = "Météo-France a placé le Var en vigilance orange aux orages à partir de mardi midi."
LAST = "Les habitants sont invités à limiter leurs déplacements jusqu'à mercredi matin."


@pytest.mark.parametrize("thread", [
    "Commentaires\nPour garantir la qualité des échanges, nous vous demandons de vous connecter avant de commenter.\n"
    "Ce compte sera valable sur le site Radiosud.fr.",
    "Laisser un commentaire\nEnvie de réagir ? N'hésitez surtout pas, la parole est à vous !",
    "Réagir à cet article\nConnectez-vous pour publier un commentaire sur cet article.",
])
def test_sign_in_notices_below_a_thread_heading(clean, thread):
    body = clean(f"{TITLE}\n\n{LEAD}\n\n{LAST}\n\n{thread}\n").body
    assert body == f"{LEAD}\n\n{LAST}"


def test_reader_sentence_below_a_related_heading_is_kept(clean):
    """Below a heading that opens no thread ("Lire aussi"), a sentence to the reader is the article's."""
    last = "« Nous vous demandons de rester chez vous », a insisté le préfet, Paul Ferrand."
    body = clean(f"{TITLE}\n\n{LEAD}\n\nLire aussi\n\n{last}\n").body
    assert last in body


def test_thread_heading_with_prose_that_does_not_address_the_reader(clean):
    last = "Les pompiers ont effectué quarante sorties entre mardi soir et mercredi à l'aube."
    body = clean(f"{TITLE}\n\n{LEAD}\n\nCommentaires\n\n{last}\n").body
    assert last in body
