"""A state's definite title for the one holder of its post whom the article named before ("The
Russian President noted ..."), and the DPRK's head-of-state titles ("Chairman of the State
Affairs Commission", "President of the State Affairs") (session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 10, 17)
PUTIN, ERDOGAN, MACRON, KIM = "Q7747", "Q39259", "Q3052772", "Q56226"
RUSSIA, TURKIYE, FRANCE, NORTH_KOREA = "Q159", "Q43", "Q142", "Q423"


def _tenures(text: str, date: dt.date = DAY) -> list[tuple[str, str, str]]:
    out = []
    for fact in facts(text, date):
        if fact.cls.value != "Tenure":
            continue
        holder = fact.get("holder")[0]
        state = fact.get("jurisdiction")[0]
        assert isinstance(holder, Entity) and isinstance(state, Entity)
        out.append((holder.qid or holder.label, str(fact.get("role")[0]), state.qid or ""))
    return out


def _all(text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Tenure"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Vladimir Putin received the Hungarian delegation in the Kremlin. The Russian "
            "President noted the growth of mutual trade.",
            (PUTIN, "HeadOfState", RUSSIA),
        ),
        (
            "Vladimir Putin had a telephone conversation with Olaf Scholz. The President of "
            "Russia stressed that supplies of grain would continue.",
            (PUTIN, "HeadOfState", RUSSIA),
        ),
        (
            "Recep Tayyip Erdogan spoke with Emmanuel Macron by telephone on Tuesday. The "
            "Turkish President underlined the need for a ceasefire.",
            (ERDOGAN, "HeadOfState", TURKIYE),
        ),
        (
            "Emmanuel Macron and Recep Tayyip Erdogan met in Granada. Afterwards the French "
            "President said the talks had been frank.",
            (MACRON, "HeadOfState", FRANCE),
        ),
    ],
)
def test_definite_title_of_a_named_holder(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the article never names him
        ("Talks were held in the Kremlin on energy. The Russian President noted the growth.", DAY),
        # named, but the KB's holder on that date is someone else (Medvedev in 2010)
        (
            "Vladimir Putin met business leaders. The Russian President noted the growth.",
            dt.date(2010, 10, 17),
        ),
        # not the definite title of the present holder
        ("Vladimir Putin met students. The next Russian President will face this question.", DAY),
        ("Vladimir Putin met students. A Russian President must answer for it, one said.", DAY),
        ("Vladimir Putin met students. A former President of Russia wrote to them.", DAY),
    ],
)
def test_no_tenure_without_unambiguous_coreference(text: str, date: dt.date) -> None:
    assert (PUTIN, "HeadOfState", RUSSIA) not in _tenures(text, date)


def test_one_tenure_for_title_and_name() -> None:
    text = (
        "President Vladimir Putin held talks with the Emir of Qatar. The Russian President "
        "thanked him, and later the President of Russia met the press."
    )
    putin = [f for f in _all(text) if (f.get("holder")[0]).qid == PUTIN]  # type: ignore[union-attr]
    assert len(putin) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Chairman of the State Affairs Commission of the DPRK Kim Jong Un sent a message to the "
        "President of Laos.",
        "President of the State Affairs of the Democratic People's Republic of Korea Kim Jong Un "
        "visited a factory.",
        "Kim Jong Un, Chairman of the State Affairs Commission of the DPRK, received the envoy.",
        "The DPRK's President of State Affairs Kim Jong Un inspected the test site.",
    ],
)
def test_dprk_state_affairs_title(text: str) -> None:
    assert (KIM, "HeadOfState", NORTH_KOREA) in _tenures(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body, not its head
        "The State Affairs Commission of the DPRK adopted a decree on Monday.",
        # a name the KB does not have: no link is invented
        "Chairman of the State Affairs Commission of the DPRK Pak Song Chol sent greetings.",
    ],
)
def test_dprk_state_affairs_no_kim(text: str) -> None:
    assert all(t[0] != KIM for t in _tenures(text))
    for fact in _all(text):
        holder = fact.get("holder")[0]
        assert isinstance(holder, Entity)
        assert holder.qid is None or holder.qid == KIM
