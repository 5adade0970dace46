"""A KB person's name followed by another capitalised name word, after a title of an office the
KB never has them hold, is a longer name, someone else: "Prime Minister Abdul Hamid Dbeibah" is
not the KB's Abdul Hamid (President of Bangladesh) but Libya's Abdulhamid Dbeibeh, as the KB
writes him (a name variant since session 41); a day, a month or a particle after the name
does not make it longer, and a second family name without such a title keeps the person
("Nicolás Maduro Moros", tests/extract/test_s13_lead.py) (session 21)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 10, 3)
ABDUL_HAMID, CAVUSOGLU, MACRON = "Q3246667", "Q249206", "Q3052772"
DBEIBEH = "Q105319569"


def test_a_longer_name_is_someone_else() -> None:
    found = facts("Cavusoglu also met Prime Minister Abdul Hamid Dbeibah in Tripoli.", DAY)
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    assert keys(meeting.get("participant")) == {CAVUSOGLU, DBEIBEH}
    assert not [f for f in found if ABDUL_HAMID in {k for _, v in f.args for k in keys(v)}]


def test_a_day_after_the_name_keeps_it() -> None:
    found = facts("President Emmanuel Macron Wednesday announced new aid to Ukraine.", DAY)
    holders = [keys(f.get("holder")) for f in found if f.cls.value == "Tenure"]
    assert holders == [{MACRON}]
