"""Meetings, calls, visits and signings in common news phrasings (session 9, second round)."""

from __future__ import annotations

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import FRIDAY, facts, find, keys

COLONNA, BAERBOCK = "Q273396", "Q564328"
LAVROV, BLINKEN, WANG_YI = "Q58217", "Q7821917", "Q701801"
MACRON, PUTIN, ERDOGAN, ZELENSKY = "Q3052772", "Q7747", "Q39259", "Q3874799"
KULEBA, XI, TOKAYEV, MIRZIYOYEV = "Q24025631", "Q15031", "Q200881", "Q57808"


def meetings(body: str) -> list[tuple[set[str], str]]:
    return [
        (keys(f.get("participant")), str(f.one("cameoCode")))
        for f in facts(body)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("body", "participants", "code"),
    [
        # a call one side made
        (
            "French Foreign Minister Catherine Colonna called her German counterpart Annalena "
            "Baerbock on Tuesday to discuss the situation in Ukraine.",
            {COLONNA, BAERBOCK},
            "041",
        ),
        ("Erdogan phoned Putin on Sunday to discuss the grain deal.", {ERDOGAN, PUTIN}, "041"),
        ("Blinken telephoned Kuleba on Thursday.", {BLINKEN, KULEBA}, "041"),
        ("Macron called Putin on Friday for the first time in months.", {MACRON, PUTIN}, "041"),
        # reported by the one who met
        (
            "Russian Foreign Minister Sergei Lavrov told reporters that he had met Secretary of "
            "State Antony Blinken on the sidelines of the G20 meeting.",
            {LAVROV, BLINKEN},
            "040",
        ),
        # the companion in an aside is not the subject
        (
            "French President Emmanuel Macron, accompanied by Foreign Minister Catherine Colonna, "
            "arrived in Beijing on Wednesday for a three-day state visit.",
            {MACRON, "Q148"},
            "042",
        ),
        (
            "Vladimir Putin, accompanied by Sergey Lavrov, met with Xi Jinping in the Kremlin.",
            {PUTIN, XI},
            "040",
        ),
        # received by a host with a style before the name
        (
            "Iranian Foreign Minister Hossein Amirabdollahian was received by Saudi Crown Prince "
            "Mohammed bin Salman in Riyadh.",
            {"Q6892571"},
            "043",
        ),
        (
            "A telephone conversation took place between Vladimir Putin and Emmanuel Macron.",
            {PUTIN, MACRON},
            "041",
        ),
        (
            "The Russian leader had talks with Turkish President Recep Tayyip Erdogan via video "
            "link.",
            {ERDOGAN},
            "041",
        ),
        ("President Biden met virtually with President Xi Jinping.", {"Q6279", XI}, "041"),
    ],
)
def test_meeting_forms(body: str, participants: set[str], code: str) -> None:
    found = meetings(body)
    assert any(participants <= got and c == code for got, c in found), found


def test_a_call_to_two_people_is_a_call_each() -> None:
    found = meetings("Erdogan telephoned Zelensky and Putin on Sunday.")
    assert ({ERDOGAN, ZELENSKY}, "041") in found
    assert ({ERDOGAN, PUTIN}, "041") in found
    assert len(found) == 2


@pytest.mark.parametrize(
    "body",
    [
        "President Biden called Xi Jinping a dictator.",
        "Zelensky called on Western allies to send more tanks.",
        "Russia called Zelensky's remarks a provocation.",
        "Erdogan is expected to phone Putin next week.",
        "Erdogan did not phone Putin on Sunday.",
        "Erdogan called Putin and Zelensky to a meeting in Istanbul.",
    ],
)
def test_no_call(body: str) -> None:
    assert not any(code == "041" for _, code in meetings(body))


def test_a_delegation_head_is_not_met_by_their_state() -> None:
    found = meetings(
        "The head of the Russian delegation, Sergei Lavrov, met Chinese Foreign Minister "
        "Wang Yi on Thursday."
    )
    assert found == [({LAVROV, WANG_YI}, "040")]


def test_the_two_heads_of_state_are_the_last_pair() -> None:
    found = facts(
        "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in the Kremlin. "
        "Later, Putin met with President of Uzbekistan Shavkat Mirziyoyev. "
        "The two heads of state signed a joint statement."
    )
    signed = find(found, "Event", cameoCode="057")
    assert signed is not None
    assert keys(signed.get("actor")) == {PUTIN, MIRZIYOYEV}


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        ("The United States imposed 25% tariffs on Chinese steel.", "Q30", "Q148"),
        ("The United States imposed tariffs on $34 billion of Chinese goods.", "Q30", "Q148"),
        ("China raised tariffs on U.S. products on Monday.", "Q148", "Q30"),
        ("China retaliated with tariffs on American soybeans.", "Q148", "Q30"),
        ("China hit back with tariffs of up to 25 percent on US goods.", "Q148", "Q30"),
    ],
)
def test_tariffs(body: str, actor: str, recipient: str) -> None:
    assert find(facts(body), "Event", eventType="SANCTION", actor={actor}, recipient={recipient}), (
        body
    )


def test_signed_by_presidents() -> None:
    found = facts("The joint statement was signed by Presidents Putin and Xi.")
    signed = find(found, "Event", cameoCode="057")
    assert signed is not None
    assert keys(signed.get("actor")) == {PUTIN, XI}


def title_facts(title: str, body: str = "The agency reported this.") -> list[Fact]:
    article = Article(id="t", source="t.txt", title=title, body=body, date=FRIDAY)
    return extract(article, load_index())


@pytest.mark.parametrize(
    ("title", "participants", "code"),
    [
        ("Xi Jinping arrives in Moscow for state visit", {XI, "Q159"}, "042"),
        (
            "Japanese Prime Minister Fumio Kishida makes surprise visit to Kyiv",
            {"Q359480", "Q212"},
            "042",
        ),
        (
            "Kuleba, Blinken discuss security assistance in phone call",
            {KULEBA, BLINKEN},
            "041",
        ),
        ("Putin, Erdogan discuss grain deal over phone", {PUTIN, ERDOGAN}, "041"),
        ("Lavrov, Wang Yi discuss Ukraine on sidelines of G20", {LAVROV, WANG_YI}, "040"),
        ("Putin holds talks with Lukashenko in Sochi", {PUTIN, "Q2866"}, "040"),
    ],
)
def test_headline_forms(title: str, participants: set[str], code: str) -> None:
    found = [
        (keys(f.get("participant")), str(f.one("cameoCode")))
        for f in title_facts(title)
        if f.cls.value == "Meeting"
    ]
    assert any(participants <= got and c == code for got, c in found), found


def test_an_arrival_tomorrow_is_no_visit() -> None:
    found = title_facts("Xi to arrive in Moscow", "Xi Jinping arrives in Moscow tomorrow.")
    assert not [f for f in found if f.cls.value == "Meeting"]


def test_an_act_in_a_since_clause_is_not_dated_by_the_call() -> None:
    found = facts(
        "Chinese leader Xi Jinping phoned Ukrainian President Volodymyr Zelensky on Wednesday, "
        "their first known contact since Russia invaded Ukraine."
    )
    attack = find(found, "Event", eventType="ASSAULT", actor={"Q159"})
    assert attack is not None and not attack.get("date")
    call = find(found, "Meeting", participant={XI, ZELENSKY}, cameoCode="041")
    assert call is not None and call.get("date")


def test_they_after_where_are_the_people_who_met() -> None:
    found = facts(
        "Lukashenko and Putin met in Saint Petersburg, where they signed a joint statement."
    )
    signed = find(found, "Event", cameoCode="057")
    assert signed is not None
    assert keys(signed.get("actor")) == {"Q2866", PUTIN}


@pytest.mark.parametrize(
    ("body", "participants", "dated"),
    [
        ("Aleksandr Lukashenko is on a state visit to China.", {"Q2866", "Q148"}, False),
        ("Lukashenko began his state visit to China on Tuesday.", {"Q2866", "Q148"}, True),
        ("Blinken landed in Beijing on Sunday.", {BLINKEN, "Q148"}, True),
        (
            "Indian Prime Minister Narendra Modi embarked on a three-day visit to the United "
            "States.",
            {"Q1058", "Q30"},
            False,
        ),
        ("Chinese Foreign Minister Wang Yi is visiting Russia.", {WANG_YI, "Q159"}, False),
        (
            "Kenyan President William Ruto was in Washington for a state visit.",
            {"Q195725", "Q30"},
            False,
        ),
        # the day a visit ended is not its date
        ("Blinken wrapped up a two-day visit to Beijing on Monday.", {BLINKEN, "Q148"}, False),
        ("Secretary Blinken concluded his visit to India on Friday.", {BLINKEN, "Q668"}, False),
    ],
)
def test_visit_forms(body: str, participants: set[str], dated: bool) -> None:
    visit = find(facts(body), "Meeting", participant=participants, cameoCode="042")
    assert visit is not None
    assert bool(visit.get("date")) is dated


def test_a_visit_from_one_day_to_another() -> None:
    visit = find(
        facts(
            "Belarusian President Aleksandr Lukashenko is paying an official visit to China "
            "from 28 February to 2 March."
        ),
        "Meeting",
        participant={"Q2866", "Q148"},
    )
    assert visit is not None and not visit.get("date")
    assert [str(d) for d in visit.get("startDate")] == ["2023-02-28"]
    assert [str(d) for d in visit.get("endDate")] == ["2023-03-02"]


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        ("Biden sat down with Xi for three hours in Bali.", {"Q6279", XI}),
        ("Vladimir Putin took part in talks with Xi Jinping in a restricted format.", {PUTIN, XI}),
    ],
)
def test_more_meeting_verbs(body: str, participants: set[str]) -> None:
    assert find(facts(body), "Meeting", participant=participants, cameoCode="040")


@pytest.mark.parametrize(
    "body",
    [
        "Lavrov will be visiting Turkey next week.",
        "Xi Jinping arrives in Moscow tomorrow.",
        "Five ballistic missiles fired during drills around Taiwan landed in Japan's exclusive "
        "economic zone.",
        "Foreign Minister Sergey Lavrov and Presidential Aide Yury Ushakov also took part in the "
        "talks.",
    ],
)
def test_no_visit_or_meeting(body: str) -> None:
    assert not [f for f in facts(body) if f.cls.value == "Meeting"]


def test_a_headline_that_talks_will_be_held_is_no_meeting() -> None:
    found = title_facts("Putin, Erdogan to discuss grain deal")
    assert not [f for f in found if f.cls.value == "Meeting"]


def test_talks_between_the_ministers_of_two_states() -> None:
    found = facts(
        "The talks between the foreign ministers of Russia and Turkey were held in Antalya."
    )
    assert find(found, "Meeting", participant={"Q159", "Q43"}, cameoCode="040")


@pytest.mark.parametrize(
    ("body", "participants", "code"),
    [
        ("Lukashenko, accompanied by his son, arrived in Moscow.", {"Q2866", "Q159"}, "042"),
        (
            "The delegation of Ukraine, headed by Rustem Umerov, met the Russian delegation in "
            "Istanbul.",
            {"Q212", "Q159"},
            "044",
        ),
    ],
)
def test_a_subject_past_its_companions(body: str, participants: set[str], code: str) -> None:
    assert find(facts(body), "Meeting", participant=participants, cameoCode=code)


@pytest.mark.parametrize(
    "body",
    [
        "Zelensky denied that he had met Putin.",
        "The Kremlin dismissed reports that Putin met Prigozhin's commanders in Minsk.",
    ],
)
def test_a_denied_meeting_is_none(body: str) -> None:
    assert not [f for f in facts(body) if f.cls.value == "Meeting"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Lavrov and Blinken last met in Geneva in January 2022.", "044"),
        ("Wang Yi met Antony Blinken in Munich on Saturday.", "044"),
        (
            "Ukrainian Foreign Minister Dmytro Kuleba met with his Polish counterpart Zbigniew Rau "
            "in Warsaw.",
            "040",
        ),
        # the European Union meets in its members' cities
        (
            "The eighth Association Council meeting between the European Union and Ukraine took "
            "place in Brussels on 5 September.",
            "040",
        ),
    ],
)
def test_a_meeting_in_a_third_country(body: str, code: str) -> None:
    found = [f for f in facts(body) if f.cls.value == "Meeting"]
    assert [str(f.one("cameoCode")) for f in found] == [code]


def test_a_subject_with_its_title_after_it() -> None:
    found = meetings(
        "Alexander Lukashenko, President of the Republic of Belarus, had a telephone "
        "conversation with President of Russia Vladimir Putin."
    )
    assert found == [({"Q2866", PUTIN}, "041")]
    # the body named after a title is not the subject
    found = meetings("Ueli Maurer, Member of the Swiss Federal Council, held talks with Putin.")
    assert all("Swiss Federal Council" not in got for got, _ in found)


@pytest.mark.parametrize(
    ("body", "participants", "code"),
    [
        (
            "At a meeting with Erdogan in Sochi, Putin said Russia was ready to resume the grain "
            "deal.",
            {PUTIN, ERDOGAN},
            "040",
        ),
        (
            "In a phone call with Scholz on Friday, Zelensky thanked Germany for its support.",
            {ZELENSKY, "Q61053"},
            "041",
        ),
        (
            "MOSCOW, May 4 (Reuters) - At a meeting with Erdogan in Sochi, Putin said Russia was "
            "ready to resume the grain deal.",
            {PUTIN, ERDOGAN},
            "040",
        ),
    ],
)
def test_a_meeting_named_before_the_subject(body: str, participants: set[str], code: str) -> None:
    assert (participants, code) in meetings(body)


def test_a_meeting_named_before_the_subject_in_the_future_is_none() -> None:
    assert not meetings("At a meeting with Erdogan next week, Putin will discuss the grain deal.")
    assert not meetings("After talks with Russia failed, Ukraine launched a counteroffensive.")


def test_a_statement_signed_after_the_talks_is_the_meeting_states() -> None:
    found = facts(
        "Putin held talks with Tokayev in Moscow on Monday. "
        "Following the talks, a joint statement was signed."
    )
    signed = find(found, "Event", cameoCode="057")
    assert signed is not None and keys(signed.get("actor")) == {"Q159", "Q232"}
    # not a treaty signed long ago, nor one whose signatories are named
    for later in (
        "The treaty was signed in 2001.",
        "Following the talks, the agreement was signed by the foreign ministers.",
    ):
        found = facts(f"Putin held talks with Tokayev in Moscow. {later}")
        assert find(found, "Event", cameoCode="057", actor={"Q159", "Q232"}) is None


def test_meetings_with_the_ministers_of_states() -> None:
    found = meetings("Wang Yi met separately with the foreign ministers of Saudi Arabia and Iran.")
    assert sorted(found, key=str) == sorted(
        [({WANG_YI, "Q851"}, "040"), ({WANG_YI, "Q794"}, "040")], key=str
    )
    found = meetings("Blinken met with the foreign ministers of Japan and South Korea in Tokyo.")
    assert found == [({BLINKEN, "Q17", "Q884"}, "040")]
