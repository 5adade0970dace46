"""The dates of a release's own acts (session 14): in a press statement of a state's ministry or
of an organisation, what the issuer does in the present tense ("The United States condemns
...", "We call on Russia to ...", "Japan strongly protests ...", "The European Union supports
...") is done by the release and takes its date (ANNOTATION.md §3), even when the sentence
dates the thing reacted to ("the elections held on 25 February"); not what the issuer did or
will do, what others do ("Russia continues to ..."), a joint statement's commitments, nor a news
agency's text. And a readout's commendation of "last week's arrest" has the meeting's date, not
the month of "last week"."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 3, 14)
RUSSIA, US, EU, JAPAN, UK = "Q159", "Q30", "Q458", "Q17", "Q145"

# (url, publisher) of the issuers
STATE = ("https://www.state.gov/press/statement/", "U.S. Department of State")
WHITE_HOUSE = ("https://www.whitehouse.gov/briefing-room/statement/", "The White House")
MOFA = ("https://www.mofa.go.jp/press/release/page1.html", "Ministry of Foreign Affairs of Japan")
FCDO = (
    "https://www.gov.uk/government/news/statement",
    "Foreign, Commonwealth & Development Office",
)
MID = (
    "https://mid.ru/en/foreign_policy/news/1/",
    "Ministry of Foreign Affairs of the Russian Federation",
)
COUNCIL = ("https://www.consilium.europa.eu/en/press/press-releases/1/", "Council of the EU")
AGENCY = ("https://www.inform.kz/en/news/1", "Kazinform")


def _facts(body: str, issuer: tuple[str, str], title: str = "Press statement") -> list[Fact]:
    url, publisher = issuer
    article = Article(
        id="t", source="t.txt", body=body, title=title, date=DAY, url=url, publisher=publisher
    )
    return extract(article, load_index())


def _dates(body: str, issuer: tuple[str, str], kind: str, **kw: str) -> list[set[str]]:
    return [
        {str(v) for v in f.get("date")}
        for f in _facts(body, issuer, **kw)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


TODAY = {"2023-03-14"}


@pytest.mark.parametrize(
    ("text", "issuer", "kind", "actor"),
    [
        (
            "The United States condemns Russia's attempt to annex four regions of Ukraine.",
            STATE,
            "ACCUSE",
            US,
        ),
        ("We call on Russia to withdraw its forces from Ukraine.", STATE, "REQUEST", US),
        ("We strongly support the efforts of Finland to join NATO.", WHITE_HOUSE, "SUPPORT", US),
        ("The United States welcomes the decision of Finland to join NATO.", STATE, "SUPPORT", US),
        ("The United States stands with Ukraine.", WHITE_HOUSE, "SUPPORT", US),
        (
            "Japan strongly protests against North Korea's launch of a ballistic missile.",
            MOFA,
            # (a government's protest is its official complaint, ACCUSE 114: session 35)
            "ACCUSE",
            JAPAN,
        ),
        (
            "Japan demands that North Korea comply with the Security Council resolutions.",
            MOFA,
            "REQUEST",
            JAPAN,
        ),
        (
            "The United Kingdom condemns the detention of journalists by Belarus.",
            FCDO,
            "ACCUSE",
            UK,
        ),
        ("We urge Belarus to release all political prisoners.", FCDO, "REQUEST", UK),
        (
            "The UK firmly rejects the accusations of Iran as groundless.",
            FCDO,
            "REJECT",
            UK,
        ),
        (
            "Russia strongly condemns the decision of Estonia to expel Russian diplomats.",
            MID,
            "ACCUSE",
            RUSSIA,
        ),
        ("We demand that Estonia reverse this decision.", MID, "REQUEST", RUSSIA),
        ("Moscow rejects the accusations of Estonia as groundless.", MID, "REJECT", RUSSIA),
        ("The EU calls on Belarus to release all political prisoners.", COUNCIL, "REQUEST", EU),
        ("The European Union supports the people of Belarus.", COUNCIL, "SUPPORT", EU),
        ("Today, the European Union condemns the crackdown by Belarus.", COUNCIL, "ACCUSE", EU),
    ],
)
def test_issuer_present_act_has_release_date(
    text: str, issuer: tuple[str, str], kind: str, actor: str
) -> None:
    found = [f for f in _facts(text, issuer) if f.cls.value == "Event"]
    acts = [
        f for f in found if str(f.get("eventType")[0]) == kind and keys(f.get("actor")) == {actor}
    ]
    assert acts, found
    assert {str(v) for v in acts[0].get("date")} == TODAY


def test_release_date_over_the_date_of_the_thing_condemned() -> None:
    text = "The European Union condemns the parliamentary elections held in Belarus on 25 February."
    assert _dates(text, COUNCIL, "ACCUSE") == [TODAY]


FMPRC = ("https://www.fmprc.gov.cn/eng/xw/statement.html", "Ministry of Foreign Affairs of China")


@pytest.mark.parametrize(
    ("text", "issuer", "kind"),
    [
        # told in the past, undated
        ("The United States condemned Russia's missile strikes on Kyiv.", STATE, "ACCUSE"),
        ("We welcomed the decision of Finland to join NATO.", WHITE_HOUSE, "SUPPORT"),
        (
            "The United Kingdom has repeatedly called on Belarus to respect media freedom.",
            FCDO,
            "REQUEST",
        ),
        # to come
        ("The United States will impose further sanctions on Russia.", STATE, "THREATEN"),
        # not the issuer's
        ("Iran condemns the United States for the sanctions.", STATE, "ACCUSE"),
        (
            "The United States condemns Russia's attempt to annex four regions of Ukraine.",
            MID,
            "ACCUSE",
        ),
        # a news agency telling a statement
        ("Belarus condemns the sanctions imposed by the European Union.", AGENCY, "ACCUSE"),
        # a second act told in the past
        (
            "China firmly opposes the arms sales by the United States and urged Washington to "
            "stop them.",
            FMPRC,
            "REQUEST",
        ),
    ],
)
def test_not_dated_by_the_release(text: str, issuer: tuple[str, str], kind: str) -> None:
    dates = _dates(text, issuer, kind)
    assert dates
    assert all(TODAY - d == TODAY for d in dates)


def test_an_act_of_another_day_keeps_its_date() -> None:
    text = "On March 10, the United States condemns Russia's strikes on Kyiv."
    assert _dates(text, STATE, "ACCUSE") == [{"2023-03-10"}]


def test_joint_statement_commitments_stay_undated() -> None:
    text = "The United States condemns Russia's attack on Ukraine."
    title = "Joint Statement of the United States and Poland"
    dates = _dates(text, STATE, "ACCUSE", title=title)
    assert dates
    assert all(TODAY - d == TODAY for d in dates)


@pytest.mark.parametrize(
    ("thing", "kind"),
    [
        ("commended Guatemala for last week's arrest of a smuggling network leader", "SUPPORT"),
        ("praised Moldova for last month's elections", "SUPPORT"),
        ("condemned Monday's missile launch by North Korea", "ACCUSE"),
    ],
)
def test_readout_reaction_to_a_thing_of_another_time(thing: str, kind: str) -> None:
    text = (
        "Secretary Blinken met today in Washington with Japanese Foreign Minister Yoshimasa "
        f"Hayashi. The Secretary {thing}."
    )
    found = _facts(text, STATE, title="Secretary Blinken's Meeting with Foreign Minister Hayashi")
    meeting = [f for f in found if f.cls.value == "Meeting"]
    assert meeting and {str(v) for v in meeting[0].get("date")} == TODAY
    assert _dates(
        text, STATE, kind, title="Secretary Blinken's Meeting with Foreign Minister Hayashi"
    ) == [TODAY]


def test_last_week_told_of_the_act_still_undates_it() -> None:
    text = (
        "Secretary Blinken met today in Washington with Japanese Foreign Minister Yoshimasa "
        "Hayashi. Last week, the Secretary condemned North Korea's missile launch."
    )
    assert all(TODAY - d == TODAY for d in _dates(text, STATE, "ACCUSE"))
