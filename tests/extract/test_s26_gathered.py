# ruff: noqa: E501  (a table of sentences)
"""Summits told by their host and their guests (session 26).

Written for this session (none from a gold set). "The summit, hosted by Kenyan President
William Ruto, brought together Somali President Hassan Sheikh Mohamud and Ethiopian Prime
Minister Abiy Ahmed" gave no meeting: a summit that "brought together" states was read, but not
one that gathered leaders by name, nor its host (``events._BROUGHT_TOGETHER``, ``_BROUGHT_HOST``:
the host meets those gathered, CAMEO 043). "In May, Iceland hosted the summit of the Council of
Europe in Reykjavik" gave none either: a hosted summit "of" a body the KB knows is now the host's
meeting with that body (``events._HOSTED_MEETING``'s ``org``), as "hosted the CSTO summit" was.

Hit rate at 66b4313 (before): 1/6 (the states gathered); after: 6/6. Summits planned ("will
bring together", "will host") stay none."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

GATHERED = [
    (
        "The summit, hosted by Kenyan President William Ruto, brought together Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.",
        ("CONSULT", frozenset({"Q195725", "Q319153", "Q50365049"}), frozenset()),
    ),
    (
        "The summit brought together Kenyan President William Ruto and Ugandan President Yoweri Museveni in Nairobi on Monday.",
        ("CONSULT", frozenset({"Q195725", "Q57274"}), frozenset()),
    ),
    (
        "The conference, hosted by Egypt, brought together the leaders of Jordan and Iraq.",
        ("CONSULT", frozenset({"Q79", "Q810", "Q796"}), frozenset()),
    ),
    (
        "The meeting in Nairobi brought together the foreign ministers of Kenya, Uganda and Rwanda.",
        ("CONSULT", frozenset({"Q114", "Q1036", "Q1037"}), frozenset()),
    ),
    (
        "In May, Iceland hosted the summit of the Council of Europe in Reykjavik.",
        ("CONSULT", frozenset({"Q189", "Q8908"}), frozenset()),
    ),
    (
        "In June, Kazakhstan hosted the summit of the Collective Security Treaty Organization in Astana.",
        ("CONSULT", frozenset({"Q232", "Q318693"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), GATHERED)
def test_a_summit_gathers_its_host_and_guests(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)


PLANNED = [
    "The summit will bring together Kenyan President William Ruto and Ugandan President Yoweri Museveni.",
    "Egypt will host the summit of the African Union next year.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_no_summit_planned(text: str) -> None:
    assert not any(kind == "CONSULT" for kind, _, _ in _said(text)), _said(text)
