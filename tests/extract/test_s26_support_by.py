# ruff: noqa: E501  (a table of sentences)
"""Support for what a party carries out, and asides with a figure (session 26).

Written for this session (none from a gold set).

- "The Chinese leader also expressed support for the reforms carried out by President Tokayev"
  gave no SUPPORT: "support for" wanted its recipient right after it (or after "the efforts
  of"). Reforms, policies, efforts, measures ... "carried out", "pursued", "implemented",
  "undertaken", "launched" by a party now name that party (``statements._SUPPORT_FOR``).
- "Kazakhstan and China, which share a border of more than 1,700 kilometres, also agreed to build
  a new railway crossing" gave only the border: the relative clause the subject's reading drops
  stopped at the thousands comma of "1,700" (``patterns._SUBJECT_THEN_ASIDE``).

Hit rate at 544f85b (before): 0/3 and 0/2; after: 3/3 and 2/2 (support told plainly 1/1 before
and after)."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

SUPPORTED = [
    (
        "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev. The Chinese leader also expressed support for the reforms carried out by President Tokayev.",
        ("SUPPORT", frozenset({"Q15031"}), frozenset({"Q200881"})),
    ),
    (
        "Russia reaffirmed its support for the policies pursued by the Syrian government.",
        ("SUPPORT", frozenset({"Q159"}), frozenset({"Q858"})),
    ),
    (
        "India expressed support for the measures implemented by ASEAN.",
        ("SUPPORT", frozenset({"Q668"}), frozenset({"Q7768"})),
    ),
    (
        "Japan expressed support for Ukraine.",
        ("SUPPORT", frozenset({"Q17"}), frozenset({"Q212"})),
    ),
]


@pytest.mark.parametrize(("text", "want"), SUPPORTED)
def test_support_for_what_a_party_carries_out(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)


FIGURED = [
    (
        "Kazakhstan and China, which share a border of more than 1,700 kilometres, also agreed to build a new railway crossing.",
        ("AGREE", frozenset({"Q232", "Q148"}), frozenset()),
    ),
    (
        "Chad and Sudan, which share a 1,400-km border, agreed to deploy a joint force.",
        ("AGREE", frozenset({"Q657", "Q1049"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), FIGURED)
def test_an_aside_with_a_figure_is_dropped(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    said = _said(text)
    assert want in said, said
    assert ("SharedBorder", want[1], frozenset()) in said, said
