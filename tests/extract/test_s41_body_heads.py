"""A body's head named by a lower-case title after the body's name (session 41, lead).

"IAEA director general Rafael Grossi", "WTO director-general Ngozi Okonjo-Iweala", "African
Union Commission chairman Moussa Faki": the title was read only capitalised (or, for a chair,
after an abbreviation), so the body's name alone became the meeting's participant — a wrong
fact — and the person and the tenure were lost. Now the lower-case chair, secretary-general and
director-general right after a body's abbreviation or name, before a full name, are the title.
Not the title alone ("The IAEA director general said ..."), nor a state's office.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, keys, labels

RUTO, IAEA, WTO, NATO, AU = "Q195725", "Q41984", "Q7825", "Q7184", "Q7159"


def _tenures(body: str) -> set[tuple[frozenset[str], str]]:
    return {
        (labels(f, "holder"), next(iter(keys(f.get("jurisdiction"))), ""))
        for f in facts(body)
        if f.cls.value == "Tenure"
    }


def _participants(body: str) -> list[set[str]]:
    return [keys(f.get("participant")) for f in facts(body) if f.cls.value == "Meeting"]


@pytest.mark.parametrize(
    ("body", "holder", "body_qid"),
    [
        pytest.param(
            "Ruto met IAEA director general Rafael Grossi in Vienna on Monday.",
            "Rafael Grossi",
            IAEA,
            id="acronym-director-general",
        ),
        pytest.param(
            "Ruto held talks with NATO secretary-general Mark Rutte in Brussels.",
            "Mark Rutte",
            NATO,
            id="acronym-secretary-general",
        ),
        pytest.param(
            "Ruto met African Union Commission chairman Mahmoud Ali Youssouf in Addis Ababa.",
            "Mahmoud Ali Youssouf",
            AU,
            id="body-name-chairman",
        ),
    ],
)
def test_lower_case_head_after_the_body(body: str, holder: str, body_qid: str) -> None:
    found = _tenures(body)
    assert any(holder in names and where == body_qid for names, where in found), found
    assert all(body_qid not in who for who in _participants(body)), _participants(body)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The IAEA director general said inspectors had found nothing.", id="alone"),
        pytest.param(
            "The WHO director-general, who visited Kenya, praised the health ministry.",
            id="no-name",
        ),
    ],
)
def test_no_head_without_a_name(body: str) -> None:
    assert not _tenures(body)
