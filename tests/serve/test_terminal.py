"""What reaches a terminal or a JSON reader cannot act on it."""
import json

import pytest

from recoupe.serve.terminal import json_line, plain, visible

ESC = "\x1b"


@pytest.mark.parametrize("hostile, shown", [
    (f"{ESC}[2J{ESC}[H", "␛[2J␛[H"),                                  # clear the screen
    (f"{ESC}]52;c;cm0gLXJmIH4={ESC}\\", "␛]52;c;cm0gLXJmIH4=␛\\"),     # OSC 52: write the clipboard
    (f"{ESC}]8;;https://exemple.org{ESC}\\lien", "␛]8;;https://exemple.org␛\\lien"),  # OSC 8 link
    ("vrai\rfaux", "vrai␍faux"),                                        # carriage return overwrites
    ("a\u202eb", "a<U+202E>b"),                                         # bidi override reorders
    ("\x9b31m", "<U+009B>31m"),                                         # 8-bit CSI
    ("ligne\r\nsuite\tfin", "ligne\nsuite\tfin"),                       # layout is kept
])
def test_controls_are_shown_not_acted_on(hostile, shown):
    assert visible(hostile) == shown


def test_rich_never_reads_article_brackets_as_markup():
    text = plain("Il a dit [/quote] puis [bold]rien[/bold] et [link=https://x.org]ici[/link]")
    assert text.plain == "Il a dit [/quote] puis [bold]rien[/bold] et [link=https://x.org]ici[/link]"
    assert not text.spans


def test_json_escapes_controls_losslessly_and_refuses_infinity():
    data = {"text": f"a{ESC}b\x9bc\u2028d"}
    line = json_line(data)
    assert all(c not in line for c in (ESC, "\x9b", "\u2028"))
    assert json.loads(line) == data
    with pytest.raises(ValueError):
        json_line({"value": float("inf")})
