"""Live-blog furniture of round 32: entry labels and time stamps, "URGENT" and "EN DIRECT" headers,
the greetings and sign-offs of the live's writers, and the live header's day taken as the page's date."""
import pytest

from recoupe.clean import rules

HEADLINE = "Crue de la Loire : les dernières informations"
ENTRY = "Les pompiers ont évacué quarante riverains du quartier de la Madeleine dans la nuit, selon la préfecture."
LATER = "Le niveau du fleuve a commencé à baisser à Saumur, a indiqué le service de prévision des crues."


@pytest.mark.parametrize("line", [
    "URGENT", "Urgent", "LIVE", "Fin du direct", "Post épinglé", "Alerte info",
    "Il y a 1 heure", "Il y a 2 jours", "Il y a quelques minutes", "À l'instant", "Les points clés", "Le fil de la journée",
    "6h25 : Fin de ce live",
    "Bonjour à tous et bienvenue dans ce direct consacré à la crue de la Loire.",
    "Merci de l'avoir suivi, à demain pour un nouveau point.",
    "Bonne soirée à tous, ce direct est terminé.",
    "Ce live est maintenant terminé. Notre rédaction reste mobilisée et reviendra avec un nouveau live demain.",
])
def test_live_labels_stamps_and_sign_offs_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "La préfecture a mis fin à l'alerte urgente mardi soir.",
    "Il y a 1 heure de route entre Saumur et Angers.",
    "Quelques instants plus tard, la digue a cédé.",
    "Le direct de la course a été interrompu par une panne.",
])
def test_sentences_about_urgency_and_live_broadcasts_stay(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("line", [
    "Merci d'avoir suivi ce direct.", "Nous arrêtons ce direct, merci de nous avoir lus.",
    "Bonjour et bienvenue dans ce nouveau direct.", "Retrouvez notre nouveau direct ici.",
    "22h10 : Ce live est terminé, rendez-vous demain pour un nouveau live.",
    "Ce direct est terminé. Notre rédaction reviendra avec un nouveau direct. Bon début de journée",
])
def test_the_writers_talk_about_the_live_is_noise(line):
    assert rules.noise_rule(line, "fr") == "live_talk"


@pytest.mark.parametrize("line", [
    "Le match est terminé. Merci à tous.",   # no live named
    "Ce direct a été suivi par trois millions de téléspectateurs, selon Médiamétrie.",
    "Ce direct est terminé. Les digues ont tenu. Nous reviendrons demain avec un nouveau direct.",   # news between
])
def test_lines_that_are_not_all_live_talk_are_no_live_talk(line):
    assert rules.noise_rule(line, "fr") != "live_talk"


def test_entry_stamp_before_its_headline_goes_and_the_headline_stays(clean):
    cleaned = clean(f"{HEADLINE}\n\n4h14 : Les évacuations se poursuivent à Tours\n\n10h02 {ENTRY}\n\n10:32 | {LATER}\n")
    assert cleaned.body == f"Les évacuations se poursuivent à Tours\n\n{ENTRY}\n\n{LATER}"


def test_a_summary_after_the_closing_notice_stays(clean):
    closing = f"Ce direct est terminé. {LATER}"
    assert clean(f"{HEADLINE}\n\n{closing}\n\n{ENTRY}\n").body == f"{LATER}\n\n{ENTRY}"


@pytest.mark.parametrize("header", [
    "EN DIRECT - Mercredi 12 mars 2025", "Live du 12 mars 2025", "Le direct du 12 mars 2025 - 10h32",
    "Mercredi 12 mars 2025 - EN DIRECT", "CRUE Retrouvez les informations sur la Loire du mercredi 12 mars 2025",
])
def test_the_live_headers_day_dates_the_page_and_the_header_goes(clean, header):
    cleaned = clean(f"{HEADLINE}\n\n{header}\n\n11h02\n\n{ENTRY}\n\n09h58\n\n{LATER}\n")
    assert cleaned.body == f"{ENTRY}\n\n{LATER}"
    assert cleaned.article.published == "2025-03-12" and cleaned.article.author is None
