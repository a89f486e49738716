"""A share of a singular group ('la moitié de la population') speaks for that group as one, singular
speaker, taken up by 'elle'; a plural group ('la moitié des habitants') stays plural. Invented passages."""
from __future__ import annotations

import pytest

from recoupe.analyse.speakers import SpeakerResolver


@pytest.mark.parametrize("passage, name, number", [
    ("La moitié de la population estime que la taxe est trop lourde.", "la population", "Sing"),
    ("Le tiers de la profession réclame une baisse des charges.", "la profession", "Sing"),
    ("La moitié des habitants estiment que la taxe est trop lourde.", "les habitants", "Plur"),
])
def test_the_group_of_a_poll_share_keeps_its_number(parse, passage, name, number):
    doc = parse(passage)
    share = next(t for t in doc if t.lower_ in ("moitié", "tiers"))
    speaker = SpeakerResolver(doc).resolve(share)
    assert (speaker.name, speaker.number) == (name, number)
