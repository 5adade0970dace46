"""Tenures whose KB post dipld matched by title (session 14, kbpost): the snapshot gives no post
QID for rows such as "Viktor Khrenin, Minister of Defence, Belarus"; the KB build now takes the
one post of that state with that title ("Defence Minister of Belarus"), so "Defense Minister of
Belarus Viktor Khrenin", "Russian Defence Minister Sergei Shoigu" or "US Secretary of Defense
Lloyd Austin" get a Tenure with its post. Near misses: a deputy minister, an unknown holder and
an office the holder did not hold on the article date get no such post."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact


def _tenures(body: str, day: dt.date) -> list[Fact]:
    found = extract(Article(id="t", source="t.txt", body=body, date=day), load_index())
    return [f for f in found if f.cls.value == "Tenure"]


def _posts(body: str, day: dt.date) -> set[tuple[str | None, str | None, str | None]]:
    out = set()
    for fact in _tenures(body, day):
        holder = next(v for v in fact.get("holder") if isinstance(v, Entity))
        state = next((v.qid for v in fact.get("jurisdiction") if isinstance(v, Entity)), None)
        post = next((v.qid for v in fact.get("post") if isinstance(v, Entity)), None)
        out.add((holder.qid, state, post))
    return out


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        (
            "Defense Minister of Belarus Viktor Khrenin visited the Chinese capital on Tuesday.",
            dt.date(2023, 5, 26),
            {("Q83283317", "Q184", "Q44035369")},
        ),
        (
            "Russian Defence Minister Sergei Shoigu met his Chinese counterpart in Moscow.",
            dt.date(2023, 4, 16),
            {("Q32024", "Q159", "Q17287317")},
        ),
        (
            "US Secretary of Defense Lloyd Austin arrived in Kyiv on Monday.",
            dt.date(2023, 2, 20),
            {("Q941013", "Q30", "Q735015")},
        ),
        (
            "Defense Secretary Lloyd Austin met Philippine officials in Manila.",
            dt.date(2023, 2, 2),
            {("Q941013", "Q30", "Q735015")},
        ),
        (
            "Russian Defence Minister Sergei Ivanov said Moscow would respond in kind.",
            dt.date(2004, 3, 2),
            {("Q204027", "Q159", "Q17287317")},
        ),
        (
            "Chinese Defence Minister Wei Fenghe told reporters that the drills would go on.",
            dt.date(2021, 6, 3),
            {("Q7929529", "Q148", "Q10297096")},
        ),
        (
            "Armenian Finance Minister Tigran Khachatryan signed the loan agreement in Yerevan.",
            dt.date(2022, 3, 14),
            {("Q108315666", "Q399", "Q20517836")},
        ),
        (
            "Kazakhstan's Defence Minister Nurlan Ermekbaev arrived in Moscow for talks.",
            dt.date(2019, 4, 2),
            {("Q1775487", "Q232", "Q107752328")},
        ),
        (
            "Uzbek Defence Minister Bakhodir Kurbanov received the Turkish delegation.",
            dt.date(2021, 10, 5),
            {("Q63283334", "Q265", "Q110184811")},
        ),
        (
            "Belarusian Defence Minister Viktor Khrenin and his Russian counterpart Sergei Shoigu "
            "signed the plan.",
            dt.date(2021, 3, 2),
            {("Q83283317", "Q184", "Q44035369"), ("Q32024", "Q159", "Q17287317")},
        ),
    ],
)
def test_tenures_get_the_post_the_kb_matched_by_title(
    body: str, day: dt.date, expected: set[tuple[str, str, str]]
) -> None:
    assert _posts(body, day) == expected


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        # a deputy holds another office than the minister's
        (
            "Russian Deputy Defence Minister Alexander Fomin met the Chinese military attache.",
            dt.date(2021, 9, 1),
            {(None, "Q159", None)},
        ),
        # a holder the KB does not know gets no post from the title alone
        (
            "Belarusian Defence Minister Ivan Petrovsky met the visiting delegation.",
            dt.date(2021, 8, 1),
            {(None, "Q184", None)},
        ),
        # Shoigu's later office is not his defence post
        ("Security Council Secretary Sergei Shoigu flew to Beijing.", dt.date(2024, 6, 1), set()),
        ("Former Defence Minister Anatoly Serdyukov attended.", dt.date(2023, 5, 1), set()),
    ],
)
def test_no_matched_post_for_other_offices_or_unknown_holders(
    body: str, day: dt.date, expected: set[tuple[str | None, str | None, str | None]]
) -> None:
    assert _posts(body, day) == expected


def test_the_kb_marks_only_matched_posts() -> None:
    kb = load_index()
    khrenin = [t for t in kb.tenures("Q83283317") if t.office_label == "Minister of Defence"]
    assert [t.post for t in khrenin] == ["Q44035369"]
    # no post of the snapshot is a governorship of Moscow Oblast: Shoigu's keeps none
    assert all(t.post is None for t in kb.tenures("Q32024") if "Governor" in t.office_label)
