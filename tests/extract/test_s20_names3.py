"""Officials' titles in fresh text (session 20, names3): a monarch's patronymic after the
regnal name ("Saudi Arabia's King Salman bin Abdulaziz Al Saud"), and a state's envoy for a
field ("U.S. climate envoy X") as its special envoy; with the guards: a style with no name, an
envoy not named, a future trip."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, facts_of, keys

DAY = dt.date(2024, 5, 10)
SALMAN, SAUDI, US = "Q367825", "Q851", "Q30"


def _tenures(text: str) -> set[tuple[str, str, str]]:
    return {
        (h, str(f.get("role")[0]), j)
        for f in facts_of(facts(text, DAY), "Tenure")
        for h in keys(f.get("holder"))
        for j in keys(f.get("jurisdiction"))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia's King Salman bin Abdulaziz Al Saud received the Prime Minister of "
        "Malaysia, Anwar Ibrahim, in Jeddah on Wednesday.",
        "Saudi Arabia's King Salman bin Abdulaziz hosted Egyptian President Abdel Fattah el-Sisi "
        "in Riyadh on Wednesday.",
    ],
)
def test_a_monarchs_patronymic(text: str) -> None:
    assert (SALMAN, "HeadOfState", SAUDI) in _tenures(text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "U.S. energy envoy Amos Hochstein met Lebanese Prime Minister Najib Mikati in Beirut "
            "on Thursday.",
            "Amos Hochstein",
        ),
        (
            "John Podesta, the U.S. climate envoy, held talks with Indian officials in New Delhi "
            "on Thursday.",
            "Q1290476",
        ),
    ],
)
def test_a_field_envoy_is_a_special_envoy(text: str, holder: str) -> None:
    assert (holder, "SpecialEnvoy", US) in _tenures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Custodian of the Two Holy Mosques sent a cable of congratulations to the Emir of "
        "Kuwait.",
        "The U.S. hostage envoy will travel to Moscow next week.",
    ],
)
def test_no_named_holder_no_tenure(text: str) -> None:
    assert not {
        t for t in _tenures(text) if t[1] in {"HeadOfState", "SpecialEnvoy"} and t[2] in {SAUDI, US}
    }
