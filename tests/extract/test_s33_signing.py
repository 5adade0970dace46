"""Signings, ceremonies, witnessed documents and joint statements, probed with fresh sentences
(session 33, signing).

The sentences are written for this session in wire, agency and readout styles (none from a
gold set). Conventions followed:

- A signing ceremony the leaders who met attended ("After the talks, X and Y attended a
  ceremony at which officials of the two governments signed memorandums of understanding on
  ...", "Following the talks, the two presidents attended a signing ceremony for ...") is the
  two states' SUPPORT 057, as a signing the leaders witnessed already was (the
  states, not the leaders: the leaders sign nothing themselves), dated and placed as the talks
  are. A ceremony that marks an anniversary, or the signing of a book of condolences, is none.
- "The heads of government" (state, the leaders, the two prime ministers ...) who witnessed a
  signing are the pair that met; a signing told with its witnesses in a second clause ("...
  was signed in Astana on Thursday, which was witnessed by Presidents X and Y") is the
  witnesses' states' SUPPORT 057, with the clause's date and place.
- A witnessed *contract* for arms or a purchase ("witnessed the signing of a contract for the
  purchase of 18 Rafale fighter jets for the Indonesian Air Force worth 2.5 billion euros") is
  the two states' COOPERATE (062 for arms, else 061, as a contract the states signed is since
  session 22), with its sum and currency when the sentence gives them; a company's contract is
  no state's formal document, so no SUPPORT 057 is required of it.
- "During the talks(,) the two leaders (also) agreed to ...", "At the meeting, ...": the
  meeting's pair's AGREE, dated by the talks (persons for "the two leaders", states for "the
  two sides", ANNOTATION.md section 6).
- Joint statements as the medium: ANNOTATION.md section 6 makes *adopting* a joint statement
  SUPPORT 057 by all parties and "the issuing itself" no event. "In a joint statement, the
  leaders called for ..." and "In a joint declaration signed (adopted) on Thursday, ..." are the
  issuers' SUPPORT 057 (persons for "the leaders", as "X and Y signed a joint statement" is
  coded), dated by the statement's own date or the meeting's; a statement told "issued" or
  "released" ("In a joint statement released on Thursday, ...") is the issuing itself: no 057
  (the spent golds differ here, blind45 coding the first form and blind27 not the second; the
  session 20 reading of "X and Y issued a joint statement" as 057 is left as it was). The call
  inside is a REQUEST only when it names its recipient (ANNOTATION.md section 5: "none without
  one"), so "called for an immediate cessation of violence" gives no REQUEST.
- A background signing (a pluperfect "they had signed in 2020", "since the 2014 agreement",
  "since the two countries signed ... in 2019") gives no SUPPORT 057 and never the date of the
  meeting the article reports.
- A signing told with its day and place ("on Wednesday in London", "at the Tower of London on
  Wednesday", passive or active) takes both; the weekday is read against the article's date.
- Negotiations concluded and deals reached ("concluded negotiations on a free trade
  agreement", "reached a deal on the sidelines of the G20 summit in Rome on Saturday") are
  AGREE 030 (not 036, an offer), dated by the day given and placed at the city.
- A signing to come ("are expected to sign", "plan to sign") is no SUPPORT 057; "will sign"
  stays the project's future AGREE (ANNOTATION.md section 5), never a 057.

Hit rate of the tests below at cae5a3d1: positives 8/26, negatives 19/20 (with the background
date check), places 1/7, the contract sum 0/1; after: all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 11, 15)  # a Wednesday

JAPAN, VIETNAM, TURKEY, AZERBAIJAN, GREECE = "Q17", "Q881", "Q43", "Q227", "Q41"
INDIA, FRANCE, INDONESIA, KAZAKHSTAN, SAUDI = "Q668", "Q142", "Q252", "Q232", "Q851"
CHINA, AUSTRALIA, RUSSIA, USA, UK = "Q148", "Q408", "Q159", "Q30", "Q145"
EU, NZ, UZBEKISTAN, KENYA, SOUTH_AFRICA = "Q458", "Q664", "Q265", "Q114", "Q258"
XI, BIDEN, KISHIDA, LAVROV, RUTO = "Q15031", "Q6279", "Q359480", "Q58217", "Q195725"
RAMAPHOSA, TOKAYEV = "Q1148669", "Q200881"

KISHIDA_TALKS = (
    "Japanese Prime Minister Fumio Kishida held talks with Vietnamese President Vo Van Thuong "
    "in Tokyo on Monday. "
)
ERDOGAN_TALKS = (
    "Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev "
    "in Nakhchivan on Monday. "
)
MODI_TALKS = (
    "Greek Prime Minister Kyriakos Mitsotakis held talks with Indian Prime Minister Narendra "
    "Modi in Athens on Friday. "
)
MACRON_TALKS = (
    "French President Emmanuel Macron held talks with Indonesian President Joko Widodo in "
    "Jakarta on Monday. "
)
XI_TALKS = (
    "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in "
    "Beijing on Tuesday. "
)
BIDEN_TALKS = (
    "U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House on "
    "Friday. "
)
RUTO_TALKS = (
    "Kenyan President William Ruto held talks with South African President Cyril Ramaphosa in "
    "Pretoria on Tuesday. "
)

# (body, event type, CAMEO code, actors, date or None) of a fact the body must give
POSITIVES: list[tuple[str, str, str, set[str], str | None]] = [
    # 1. ceremonies the leaders attended after talks
    (
        KISHIDA_TALKS + "After the talks, Kishida and Thuong attended a ceremony at which "
        "officials of the two governments signed memorandums of understanding on energy and "
        "infrastructure.",
        "SUPPORT",
        "057",
        {JAPAN, VIETNAM},
        "2023-11-13",
    ),
    (
        ERDOGAN_TALKS + "Following the talks, the two presidents attended a signing ceremony for "
        "documents on gas supplies and transport.",
        "SUPPORT",
        "057",
        {TURKEY, AZERBAIJAN},
        "2023-11-13",
    ),
    (
        ERDOGAN_TALKS + "The talks were followed by a ceremony at which the two sides signed five "
        "agreements on trade, education and health.",
        "SUPPORT",
        "057",
        {TURKEY, AZERBAIJAN},
        "2023-11-13",
    ),
    (
        XI_TALKS + "The two heads of state then attended a ceremony where ministers of the two "
        "countries signed agreements on energy and agriculture.",
        "SUPPORT",
        "057",
        {CHINA, KAZAKHSTAN},
        "2023-11-14",
    ),
    # 2. signings witnessed by the pair that met
    (
        MODI_TALKS + "The heads of government witnessed the signing of several documents, "
        "including a memorandum on migration and mobility.",
        "SUPPORT",
        "057",
        {GREECE, INDIA},
        "2023-11-10",
    ),
    (
        RUTO_TALKS + "The two leaders witnessed the signing of seven memorandums of understanding "
        "on trade, defence and tourism.",
        "SUPPORT",
        "057",
        {KENYA, SOUTH_AFRICA},
        "2023-11-14",
    ),
    (
        "A memorandum on energy cooperation was signed in Astana on Thursday, which was "
        "witnessed by Presidents Recep Tayyip Erdogan and Kassym-Jomart Tokayev.",
        "SUPPORT",
        "057",
        {TURKEY, KAZAKHSTAN},
        "2023-11-09",
    ),
    (
        "The agreement on a railway link was signed on Tuesday, which was witnessed by Presidents "
        "Shavkat Mirziyoyev and Xi Jinping.",
        "SUPPORT",
        "057",
        {UZBEKISTAN, CHINA},
        "2023-11-14",
    ),
    # 3. witnessed contracts for arms and purchases
    (
        MACRON_TALKS + "They also witnessed the signing of a contract for the purchase of 18 "
        "Rafale fighter jets for the Indonesian Air Force worth 2.5 billion euros.",
        "COOPERATE",
        "062",
        {FRANCE, INDONESIA},
        "2023-11-13",
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman and Turkish President Recep Tayyip Erdogan "
        "witnessed the signing of a contract for the purchase of Akinci drones by the Saudi "
        "defence ministry.",
        "COOPERATE",
        "062",
        {SAUDI, TURKEY},
        None,
    ),
    (
        RUTO_TALKS + "The two presidents also witnessed the signing of a contract for the supply "
        "of 40 armoured vehicles to the Kenyan army.",
        "COOPERATE",
        "062",
        {KENYA, SOUTH_AFRICA},
        "2023-11-14",
    ),
    # 4. agreements made during the talks
    (
        XI_TALKS + "During the talks the two leaders also agreed to launch a joint working group "
        "on critical minerals.",
        "AGREE",
        "030",
        {XI, TOKAYEV},
        "2023-11-14",
    ),
    (
        XI_TALKS + "During the talks the two sides agreed to set up a joint commission on border "
        "issues.",
        "AGREE",
        "030",
        {CHINA, KAZAKHSTAN},
        "2023-11-14",
    ),
    (
        XI_TALKS + "During the talks, the two leaders agreed to launch a visa-free regime.",
        "AGREE",
        "030",
        {XI, TOKAYEV},
        "2023-11-14",
    ),
    (
        "Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Moscow on "
        "Tuesday. At the meeting, the ministers agreed to resume work on the grain corridor.",
        "AGREE",
        "030",
        {LAVROV, "Hakan Fidan"},
        "2023-11-14",
    ),
    # 5. joint statements adopted, as the medium of what is said in them
    (
        BIDEN_TALKS + "In a joint statement, the leaders called for an immediate cessation of "
        "violence in Ukraine.",
        "SUPPORT",
        "057",
        {BIDEN, KISHIDA},
        "2023-11-10",
    ),
    (
        BIDEN_TALKS + "In a joint declaration signed at the White House, the two leaders urged "
        "North Korea to abandon its nuclear weapons programme.",
        "SUPPORT",
        "057",
        {BIDEN, KISHIDA},
        "2023-11-10",
    ),
    (
        BIDEN_TALKS + "In a joint statement, the leaders urged North Korea to abandon its nuclear "
        "weapons programme.",
        "REQUEST",
        "100",
        {BIDEN, KISHIDA},
        "2023-11-10",
    ),
    (
        "In a joint declaration signed on Thursday, India and France called for restraint in the "
        "Red Sea.",
        "SUPPORT",
        "057",
        {INDIA, FRANCE},
        "2023-11-09",
    ),
    # 6. signings dated and placed by their own words
    (
        "British Foreign Secretary James Cleverly and Japanese Foreign Minister Yoko Kamikawa "
        "signed the agreement on Wednesday in London.",
        "SUPPORT",
        "057",
        {"Q6131460", "Yoko Kamikawa"},
        "2023-11-15",
    ),
    (
        "The defence pact was signed by British Foreign Secretary James Cleverly and Japanese "
        "Foreign Minister Yoko Kamikawa at the Tower of London on Wednesday.",
        "SUPPORT",
        "057",
        {"Q6131460", "Yoko Kamikawa"},
        "2023-11-15",
    ),
    (
        "The memorandum was signed in Nairobi on Monday by Kenya and South Africa.",
        "SUPPORT",
        "057",
        {KENYA, SOUTH_AFRICA},
        "2023-11-13",
    ),
    # 7. agreements concluded and deals reached
    (
        "Britain and Australia concluded negotiations on a free trade agreement on Tuesday.",
        "AGREE",
        "030",
        {UK, AUSTRALIA},
        "2023-11-14",
    ),
    (
        "The European Union and Indonesia reached a deal on the sidelines of the G20 summit in "
        "Rome on Saturday.",
        "AGREE",
        "030",
        {EU, INDONESIA},
        "2023-11-11",
    ),
    (
        "New Zealand and the European Union concluded talks on a free trade agreement in "
        "Brussels on Thursday.",
        "AGREE",
        "030",
        {NZ, EU},
        "2023-11-09",
    ),
    (
        "India and Australia reached an agreement on the mobility of students on the sidelines "
        "of the G20 summit in New Delhi on Saturday.",
        "AGREE",
        "030",
        {INDIA, AUSTRALIA},
        "2023-11-11",
    ),
]


def _events(body: str) -> list[Fact]:
    return [f for f in facts(body, DAY) if f.cls.value == "Event"]


def _matches(fact: Fact, kind: str, cameo: str, actors: set[str]) -> bool:
    return (
        str(fact.get("eventType")[0]) == kind
        and str(fact.get("cameoCode")[0]) == cameo
        and keys(fact.get("actor")) == actors
    )


@pytest.mark.parametrize(("text", "kind", "cameo", "actors", "date"), POSITIVES)
def test_signing_told(text: str, kind: str, cameo: str, actors: set[str], date: str | None) -> None:
    got = _events(text)
    hits = [f for f in got if _matches(f, kind, cameo, actors)]
    assert hits, [
        (f.get("eventType"), keys(f.get("actor")), f.get("cameoCode"), f.get("date")) for f in got
    ]
    if date is not None:
        assert any(date in {str(d) for d in f.get("date")} for f in hits), [
            f.get("date") for f in hits
        ]


# (body, place QID or label) of the signing or agreement the body tells
PLACES = [
    (
        KISHIDA_TALKS + "After the talks, Kishida and Thuong attended a ceremony at which "
        "officials of the two governments signed memorandums of understanding on energy and "
        "infrastructure.",
        "Q1490",
    ),
    (
        "A memorandum on energy cooperation was signed in Astana on Thursday, which was "
        "witnessed by Presidents Recep Tayyip Erdogan and Kassym-Jomart Tokayev.",
        "Q1520",
    ),
    (
        "British Foreign Secretary James Cleverly and Japanese Foreign Minister Yoko Kamikawa "
        "signed the agreement on Wednesday in London.",
        "Q84",
    ),
    (
        "The defence pact was signed by British Foreign Secretary James Cleverly and Japanese "
        "Foreign Minister Yoko Kamikawa at the Tower of London on Wednesday.",
        "Tower of London",
    ),
    (
        "The memorandum was signed in Nairobi on Monday by Kenya and South Africa.",
        "Q3870",
    ),
    (
        "The European Union and Indonesia reached a deal on the sidelines of the G20 summit in "
        "Rome on Saturday.",
        "Q220",
    ),
    (
        "New Zealand and the European Union concluded talks on a free trade agreement in "
        "Brussels on Thursday.",
        "Q239",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_signing_placed(text: str, place: str) -> None:
    got = [
        f
        for f in _events(text)
        if (str(f.get("eventType")[0]), str(f.get("cameoCode")[0]))
        in {("SUPPORT", "057"), ("AGREE", "030")}
    ]
    assert any(place in keys(f.get("place")) for f in got), [f.get("place") for f in got]


def test_witnessed_contract_sum() -> None:
    body = (
        MACRON_TALKS + "They also witnessed the signing of a contract for the purchase of 18 "
        "Rafale fighter jets for the Indonesian Air Force worth 2.5 billion euros."
    )
    deals = [f for f in _events(body) if str(f.get("eventType")[0]) == "COOPERATE"]
    assert deals
    assert {str(v) for v in deals[0].get("amount")} == {"2500000000"}
    assert keys(deals[0].get("currency")) & {"EUR", "Q4916"}


# (body, event type and CAMEO code that must not be given, or date it must not carry)
NEGATIVES = [
    # signings to come
    ("India and the United Arab Emirates are expected to sign a free trade agreement soon.", "057"),
    ("Armenia and Azerbaijan will sign a peace treaty next month, Pashinyan said.", "057"),
    ("Kenya and Uganda plan to sign an agreement on the pipeline in December.", "057"),
    (RUTO_TALKS + "The two leaders are expected to sign several agreements on Wednesday.", "057"),
    # ceremonies that are no signing, and signings of no formal document
    (
        "Kazakh President Kassym-Jomart Tokayev attended a ceremony marking the anniversary of the "
        "country's independence.",
        "057",
    ),
    (
        ERDOGAN_TALKS + "The two presidents then attended a ceremony marking the 30th anniversary "
        "of diplomatic relations.",
        "057",
    ),
    (
        "Indian Prime Minister Narendra Modi signed a book of condolences at the Japanese embassy "
        "in New Delhi on Tuesday.",
        "057",
    ),
    (
        "Foreign Minister Sergei Lavrov signed the book of condolences at the embassy of Iran.",
        "057",
    ),
    ("The signing ceremony was postponed after the talks broke down.", "057"),
    (RUTO_TALKS + "The two leaders did not sign any agreements.", "057"),
    # a ceremony of companies, one to come, a signing with one witness and no signers
    (
        XI_TALKS + "The two presidents then attended a ceremony at which Chinese and Kazakh "
        "companies signed agreements worth $2 billion.",
        "057",
    ),
    (
        XI_TALKS + "The two presidents will attend a ceremony at which ministers of the two "
        "countries sign agreements on energy.",
        "057",
    ),
    (
        "The agreement was signed in Astana on Thursday, which was witnessed by President Recep "
        "Tayyip Erdogan.",
        "057",
    ),
    # background signings
    (
        "Modi and Albanese also reviewed progress under the comprehensive strategic partnership "
        "they had signed in 2020.",
        "057",
    ),
    ("Ties between Morocco and Israel have grown since the 2020 agreement.", "057"),
    (
        ERDOGAN_TALKS + "The two leaders reviewed the Shusha Declaration they had signed in 2021.",
        "057",
    ),
    # a joint statement told issued or released: the issuing itself, no event
    (
        BIDEN_TALKS + "In a joint statement issued after the talks, the leaders called for an "
        "immediate cessation of violence in Ukraine.",
        "057",
    ),
    (
        "In a joint statement released on Thursday, India and France called for restraint in the "
        "Red Sea.",
        "057",
    ),
    # a joint statement's call with no one called on is no request
    (
        BIDEN_TALKS + "In a joint statement, the leaders called for an immediate cessation of "
        "violence in Ukraine.",
        "REQUEST",
    ),
    # a deal reached is no offer
    (
        "The European Union and Indonesia reached a deal on the sidelines of the G20 summit in "
        "Rome on Saturday.",
        "036",
    ),
]


@pytest.mark.parametrize(("text", "what"), NEGATIVES)
def test_signing_not_told(text: str, what: str) -> None:
    got = [
        (str(f.get("eventType")[0]), str(f.get("cameoCode")[0]), keys(f.get("actor")))
        for f in _events(text)
    ]
    assert not [g for g in got if what in g[:2]], got


def test_background_signing_not_dated_by_meeting() -> None:
    body = (
        ERDOGAN_TALKS + "Relations have deepened since the two countries signed the Shusha "
        "Declaration in 2021."
    )
    for f in facts(body, DAY):
        if f.cls.value in {"TreatyRelation", "Partnership"} or (
            f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "057"
        ):
            assert "2023-11-13" not in {str(d) for d in f.get("date")}, f
