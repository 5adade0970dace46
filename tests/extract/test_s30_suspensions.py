# ruff: noqa: E501  (a table of sentences)
"""Suspensions, withdrawals, broken ties and their reversal, probed with a battery of fresh
sentences (session 30, suspensions).

A battery of 52 sentences written for this session before the extractor ran
(``/tmp/s30/suspensions-work/battery.txt``, kept out of the repository with the facts
ANNOTATION.md expects beside each; none from a gold set), on the kinds the lead saw missed on
held-out text: passive or nominal suspensions (rights of representation, observer status,
"barred from ASEAN summits", lists of suspended members), states leaving an organisation, ties
broken in a participle or a switch of recognition, borders reopened, aid frozen, suspensions
lifted and participation resumed; wire stories, readouts and ministry releases from Africa,
Latin America, Asia, the Middle East, Europe and the Pacific, with negations, hypotheticals and
plans; then about 40 probes while following each finding up. At 07aa230 (main) the battery
gave 4 wrong facts of this family and missed 24; after: 0 wrong facts and 8 misses (left,
below; the notice of withdrawal read in a sentence that names no organisation is one of them). Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A suspension lifted was a suspension: "The OIF lifted the suspension of Guinea on Friday"
   gave a SANCTION 160 dated Friday, and "ECOWAS refused to lift the suspension of Guinea" one
   too. A suspension lifted, ended or revoked is the organisation's CONCEDE 080; one to be
   lifted is no act (``events._SUSPENSION_LIFTED``).
2. A suspension ended by a decision was a promise: "The Arab League decided on Sunday to resume
   Syria's participation in the meetings of the League" gave AGREE 036 to Syria, "decided to
   restore Syria's membership" AGREE 030. Now the organisation's CONCEDE 080
   (``statements._MEMBER_RESTORED``, a trigger in events.py), and ", suspended since November
   2011" after it the suspension (SANCTION 160, startDate) rather than a start of the CONCEDE.
3. A withdrawal or a break to come was a promise: "Guinea-Bissau will withdraw from the
   organisation next year" gave AGREE 030, "Colombia announced on Wednesday that it will break
   diplomatic relations with Israel" AGREE 032 to Israel, "said it would end its cooperation
   with Israel" AGREE 030. No promise (``statements._HOSTILE_DECISION``); a break announced by
   the one who makes it is its SANCTION 161, as "said it would suspend talks with" already was
   (``_ANNOUNCED``); a bare "Chile will cut ties with Israel" (no announcement) is none.

Misses:

4. Passive suspensions of more than a membership: "Russia's rights of representation in the
   Committee of Ministers and the Parliamentary Assembly were suspended by the Council of
   Europe", "Belarus's observer status had been suspended in 1997", "Syria's voting rights in
   the Arab League were suspended", "Sudan's membership in the African Union remains
   suspended" (``_SUSPENDED``; the organisation after "by" first).
5. Members kept out, told in passing: "Myanmar's junta chief, who has since been barred from
   ASEAN summits", "Syria has been barred from the bloc's meetings since 2011", "the sixth AU
   member barred from the body's activities, alongside Mali, Guinea, ...", "ECOWAS has four
   member states suspended after military takeovers: Mali, Guinea, Burkina Faso and Niger"
   (``_BARRED``, ``_MEMBERS_SUSPENDED``; no date, the listed ones only).
6. Leaving an organisation the text does not name again: "Mali announced on Sunday that it
   was leaving the West African bloc", "Mali left the bloc in January" (``_LEFT_UNNAMED``);
   notices of withdrawal ("Burkina Faso submitted its notice of withdrawal from ECOWAS",
   "Nicaragua's foreign ministry handed the Secretary General a formal notice of withdrawal":
   the organisation the text named, never an unlinked organ such as "the ECOWAS Commission";
   ``_NOTICE_OF_WITHDRAWAL``), and "said it would submit a notice of withdrawal" is no promise.
7. Ties broken in a participle with two words before the noun ("after breaking off its
   decades-long ties with Taiwan") and a switch of recognition or relations ("switched
   diplomatic recognition from Taiwan to China": SANCTION 161 on Taiwan beside the SUPPORT 054).
8. Borders reopened one-sidedly ("Pakistan reopened the Torkham border crossing with
   Afghanistan": CONCEDE 081) or announced ("Colombia announces that the border crossing
   between Colombia and Venezuela will reopen on Monday, almost three years after it was
   closed": CONCEDE 081, and the closure SANCTION 163 undated).
9. "suspended high-level political and military contacts with Myanmar" (four words before the
   noun), "has frozen budget support to Niger" (SANCTION 162), "Serbia has withdrawn from talks
   with Kosovo" (SANCTION 164).

Left (misses): "Burkina Faso's foreign ministry handed the ECOWAS Commission a formal notice of
withdrawal" with no ECOWAS named before (the Commission is an unlinked organ, not ECOWAS), and
"handed OAS Secretary General Luis Almagro a formal notice" (the body inside a person's title);
"Former President Jair Bolsonaro
had withdrawn Brazil from CELAC in January 2020" and "The Commonwealth suspended Fiji in 2009"
(neither CELAC nor the Commonwealth of Nations is in the KB, and CELAC is not even found as an
unlinked organisation); "Turkey applied to join the European Union in 1987. Its application for
membership was frozen in 2018" (the EU is masked as a state, and "Its" is the previous
sentence's); "The Commonwealth ... fully restored its membership in 2014"; "Belarus's
observer status, granted in 1992, had been suspended" (the aside); "Belarus was granted
observer status in 2021, which had been suspended by the Non-Aligned Movement" (the relative
clause's antecedent); "Kiribati had rejoined the bloc after leaving in 2022" (a participle with
no object). Codes and links: "the Francophonie" is unlinked where "the OIF" is linked (a KB
alias); "Ethiopia and Eritrea reopened their border" stays 085 and "Niger's military rulers
expelled the French ambassador" 161 (older conventions, 166 in the lead's list); "Turkey halted
all trade with Israel" 160 (163 in the lead's list: a detail code).

Hit rate of the tests below at 07aa230 (main, before this change): positives 1/31, negatives
15/21; after: 31/31 and 21/21.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 10)


def _events(text: str, date: dt.date = DAY) -> list[tuple[str, str, set[str], set[str], set[str]]]:
    """(type, CAMEO, actors, recipients, dates) of each Event the text gives; dates as
    "date:..." and "start:..."."""
    out = []
    for f in facts(text, date):
        if f.cls.value != "Event":
            continue
        when = {"date:" + str(v) for v in f.get("date")} | {
            "start:" + str(v) for v in f.get("startDate")
        }
        out.append(
            (
                str(f.get("eventType")[0]),
                str(f.get("cameoCode")[0]),
                keys(f.get("actor")),
                keys(f.get("recipient")),
                when,
            )
        )
    return out


COE, AL, AU, ECOWAS, ASEAN, OIF, EU = (
    "Q8908",
    "Q7172",
    "Q7159",
    "Q193272",
    "Q7768",
    "Q134102",
    "Q458",
)
RUSSIA, SYRIA, SUDAN, BELARUS, MYANMAR, GUINEA, GABON = (
    "Q159",
    "Q858",
    "Q1049",
    "Q184",
    "Q836",
    "Q1006",
    "Q1000",
)
MALI, BURKINA, NIGER, HONDURAS, TAIWAN, KIRIBATI, CHINA = (
    "Q912",
    "Q965",
    "Q1032",
    "Q783",
    "Q865",
    "Q710",
    "Q148",
)
COLOMBIA, VENEZUELA, ISRAEL, PAKISTAN, AFGHANISTAN = "Q739", "Q717", "Q801", "Q843", "Q889"
NZ, SERBIA, KOSOVO, NAURU, CHILE = "Q664", "Q403", "Q1246", "Q697", "Q298"
NICARAGUA, OAS = "Q811", "Q123759"

# (text, date, (type, cameo, actors, recipients, dates that must be among the fact's))
POSITIVES = [
    # 1. lifted
    pytest.param(
        "The OIF lifted the suspension of Guinea on Friday.",
        DAY,
        ("CONCEDE", "080", {OIF}, {GUINEA}, {"date:2024-03-08"}),
        id="lifted-the-suspension-of",
    ),
    pytest.param(
        "The African Union has lifted Gabon's suspension.",
        DAY,
        ("CONCEDE", "080", {AU}, {GABON}, set()),
        id="lifted-possessive",
    ),
    pytest.param(
        "The Arab League ended the suspension of Syria in May 2023.",
        DAY,
        ("CONCEDE", "080", {AL}, {SYRIA}, {"date:2023-05"}),
        id="ended-the-suspension",
    ),
    # 2. resumed, restored
    pytest.param(
        "The Arab League decided on Sunday to resume Syria's participation in the meetings of the League, suspended since November 2011.",
        dt.date(2023, 5, 8),
        ("CONCEDE", "080", {AL}, {SYRIA}, {"date:2023-05-07"}),
        id="resume-participation",
    ),
    pytest.param(
        "The Arab League decided on Sunday to resume Syria's participation in the meetings of the League, suspended since November 2011.",
        dt.date(2023, 5, 8),
        ("SANCTION", "160", {AL}, {SYRIA}, {"start:2011-11"}),
        id="resume-participation-suspended-since",
    ),
    pytest.param(
        "The Arab League decided on Sunday to restore Syria's membership.",
        dt.date(2023, 5, 8),
        ("CONCEDE", "080", {AL}, {SYRIA}, {"date:2023-05-07"}),
        id="restore-membership",
    ),
    # 3. announced breaks
    pytest.param(
        "Colombia announced on Wednesday that it will break diplomatic relations with Israel.",
        dt.date(2024, 5, 2),
        ("SANCTION", "161", {COLOMBIA}, {ISRAEL}, set()),
        id="announced-will-break",
    ),
    pytest.param(
        "Chile said it would end diplomatic relations with Israel.",
        DAY,
        ("SANCTION", "161", {CHILE}, {ISRAEL}, set()),
        id="said-would-end-relations",
    ),
    # 4. passive suspensions
    pytest.param(
        "Russia's rights of representation in the Committee of Ministers and the Parliamentary Assembly were suspended by the Council of Europe on February 25, 2022.",
        DAY,
        ("SANCTION", "160", {COE}, {RUSSIA}, {"date:2022-02-25"}),
        id="rights-of-representation-by",
    ),
    pytest.param(
        "The Council of Europe met in Strasbourg on Monday. Belarus's observer status had been suspended in 1997.",
        DAY,
        ("SANCTION", "160", {COE}, {BELARUS}, {"date:1997"}),
        id="observer-status",
    ),
    pytest.param(
        "Syria's voting rights in the Arab League were suspended in 2011.",
        DAY,
        ("SANCTION", "160", {AL}, {SYRIA}, {"date:2011"}),
        id="voting-rights",
    ),
    pytest.param(
        "Sudan's membership in the African Union remains suspended.",
        DAY,
        ("SANCTION", "160", {AU}, {SUDAN}, set()),
        id="remains-suspended",
    ),
    pytest.param(
        "Niger's membership is suspended, ECOWAS said.",
        DAY,
        ("SANCTION", "160", {ECOWAS}, {NIGER}, set()),
        id="is-suspended",
    ),
    # 5. barred, lists
    pytest.param(
        "Myanmar's junta chief, who has since been barred from ASEAN summits, sent a non-political representative to Jakarta.",
        DAY,
        ("SANCTION", "160", {ASEAN}, {MYANMAR}, set()),
        id="barred-relative",
    ),
    pytest.param(
        "The Arab League met in Cairo. Syria has been barred from the bloc's meetings since 2011.",
        DAY,
        ("SANCTION", "160", {AL}, {SYRIA}, {"start:2011"}),
        id="barred-bloc-meetings",
    ),
    pytest.param(
        "The African Union on Thursday suspended Gabon from all its activities. Gabon is now the sixth AU member barred from the body's activities, alongside Mali, Guinea, Sudan, Burkina Faso and Niger.",
        dt.date(2023, 9, 1),
        ("SANCTION", "160", {AU}, {MALI, GUINEA, SUDAN, BURKINA, NIGER}, set()),
        id="alongside-list",
    ),
    pytest.param(
        "ECOWAS has four member states suspended after military takeovers: Mali, Guinea, Burkina Faso and Niger.",
        DAY,
        ("SANCTION", "160", {ECOWAS}, {MALI, GUINEA, BURKINA, NIGER}, set()),
        id="colon-list",
    ),
    # 6. leaving, unnamed
    pytest.param(
        "ECOWAS leaders met in Abuja last month. Mali announced on Sunday that it was leaving the West African bloc with immediate effect.",
        dt.date(2024, 2, 1),
        ("SANCTION", "160", {MALI}, {ECOWAS}, {"date:2024-01-28"}),
        id="announced-leaving-bloc",
    ),
    pytest.param(
        "ECOWAS leaders met in Abuja last month. Mali left the bloc in January.",
        dt.date(2024, 2, 1),
        ("SANCTION", "160", {MALI}, {ECOWAS}, {"date:2024-01"}),
        id="left-the-bloc",
    ),
    pytest.param(
        "Burkina Faso submitted its notice of withdrawal from ECOWAS on Monday.",
        dt.date(2024, 1, 29),
        ("SANCTION", "160", {BURKINA}, {ECOWAS}, {"date:2024-01-29"}),
        id="notice-of-withdrawal-from",
    ),
    pytest.param(
        "The Organization of American States met in Washington. Nicaragua's foreign ministry handed the Secretary General a formal notice of withdrawal.",
        DAY,
        ("SANCTION", "160", {NICARAGUA}, {OAS}, set()),
        id="notice-handed-unnamed-body",
    ),
    pytest.param(
        "ECOWAS leaders met in Abuja last month. Burkina Faso's foreign ministry handed the ECOWAS Commission a formal notice of withdrawal on Monday.",
        dt.date(2024, 1, 29),
        ("SANCTION", "160", {BURKINA}, {ECOWAS}, {"date:2024-01-29"}),
        id="notice-handed-organ",
    ),
    # 7. ties
    pytest.param(
        "Honduras established diplomatic relations with China on Sunday after breaking off its decades-long ties with Taiwan.",
        dt.date(2023, 3, 27),
        ("SANCTION", "161", {HONDURAS}, {TAIWAN}, {"date:2023-03-26"}),
        id="after-breaking-off-its-long-ties",
    ),
    pytest.param(
        "Kiribati switched diplomatic recognition from Taiwan to China in 2019.",
        DAY,
        ("SANCTION", "161", {KIRIBATI}, {TAIWAN}, {"date:2019"}),
        id="switched-recognition",
    ),
    pytest.param(
        "Nauru switched diplomatic relations from Taiwan to China in January 2024.",
        DAY,
        ("SANCTION", "161", {NAURU}, {TAIWAN}, {"date:2024-01"}),
        id="switched-relations",
    ),
    # 8. borders
    pytest.param(
        "Pakistan reopened the Torkham border crossing with Afghanistan on Sunday after nine days.",
        dt.date(2024, 2, 5),
        ("CONCEDE", "081", {PAKISTAN}, {AFGHANISTAN}, {"date:2024-02-04"}),
        id="reopened-crossing-with",
    ),
    pytest.param(
        "Colombia announces that the border crossing between Colombia and Venezuela will reopen on Monday, almost three years after it was closed.",
        dt.date(2024, 11, 18),
        ("CONCEDE", "081", {COLOMBIA}, {VENEZUELA}, set()),
        id="announced-reopening",
    ),
    pytest.param(
        "Colombia announces that the border crossing between Colombia and Venezuela will reopen on Monday, almost three years after it was closed.",
        dt.date(2024, 11, 18),
        ("SANCTION", "163", {COLOMBIA}, {VENEZUELA}, set()),
        id="announced-reopening-closure",
    ),
    # 9. contacts, aid, talks
    pytest.param(
        "New Zealand suspended high-level political and military contacts with Myanmar on Tuesday.",
        dt.date(2021, 2, 10),
        ("SANCTION", "160", {NZ}, {MYANMAR}, {"date:2021-02-09"}),
        id="contacts-four-words",
    ),
    pytest.param(
        "The European Union has frozen budget support to Niger since the coup in July.",
        DAY,
        ("SANCTION", "162", {EU}, {NIGER}, set()),
        id="has-frozen-budget-support",
    ),
    pytest.param(
        "Serbia has withdrawn from talks with Kosovo, Belgrade said on Monday.",
        DAY,
        ("SANCTION", "164", {SERBIA}, {KOSOVO}, set()),
        id="withdrawn-from-talks",
    ),
]

# (text, date, forbidden (type, cameo prefix))
NEGATIVES = [
    pytest.param(
        "ECOWAS refused to lift the suspension of Guinea on Friday.",
        DAY,
        ("SANCTION", "16"),
        id="refused-to-lift",
    ),
    pytest.param(
        "ECOWAS is expected to lift the suspension of Guinea soon.",
        DAY,
        ("CONCEDE", "08"),
        id="expected-to-lift",
    ),
    pytest.param(
        "Russia lifted its suspension of the grain deal.",
        DAY,
        ("CONCEDE", "080"),
        id="own-suspension-of-a-deal",
    ),
    pytest.param(
        "The Arab League decided on Sunday to resume Syria's participation in the meetings of the League.",
        DAY,
        ("AGREE", "03"),
        id="resume-no-promise",
    ),
    pytest.param(
        "The League refused to restore Syria's membership.",
        DAY,
        ("CONCEDE", "08"),
        id="refused-to-restore",
    ),
    pytest.param(
        "Guinea-Bissau will withdraw from the organisation next year, its foreign minister said.",
        DAY,
        ("AGREE", "03"),
        id="will-withdraw-no-promise",
    ),
    pytest.param(
        "Colombia announced on Wednesday that it will break diplomatic relations with Israel.",
        DAY,
        ("AGREE", "03"),
        id="will-break-no-promise",
    ),
    pytest.param(
        "Chile said it would end its cooperation with Israel.",
        DAY,
        ("AGREE", "03"),
        id="end-cooperation-no-promise",
    ),
    pytest.param("Chile will cut ties with Israel.", DAY, ("SANCTION", "16"), id="bare-will-cut"),
    pytest.param(
        "Chile said it would break diplomatic relations with Israel if the war continued.",
        DAY,
        ("SANCTION", "16"),
        id="conditional-break",
    ),
    pytest.param(
        "Niger's membership could be suspended by ECOWAS.",
        DAY,
        ("SANCTION", "16"),
        id="could-be-suspended",
    ),
    pytest.param(
        "ECOWAS met on Sunday. Russia's participation in the grain deal was suspended in July.",
        DAY,
        ("SANCTION", "16"),
        id="participation-in-a-deal",
    ),
    pytest.param(
        "Myanmar was not barred from ASEAN meetings.", DAY, ("SANCTION", "16"), id="not-barred"
    ),
    pytest.param(
        "Myanmar could be barred from ASEAN summits.", DAY, ("SANCTION", "16"), id="could-be-barred"
    ),
    pytest.param(
        "ECOWAS leaders met in Abuja last month. Mali left the bloc's summit early.",
        dt.date(2024, 2, 1),
        ("SANCTION", "16"),
        id="left-the-summit",
    ),
    pytest.param(
        "Pakistan has not reopened the Torkham border crossing with Afghanistan.",
        DAY,
        ("CONCEDE", "08"),
        id="not-reopened",
    ),
    pytest.param(
        "NATO met in Brussels. The United States submitted its notice of withdrawal from the Paris Agreement on Monday.",
        DAY,
        ("SANCTION", "16"),
        id="notice-from-a-treaty",
    ),
    pytest.param(
        "NATO met in Brussels. Russia handed Georgia a notice of withdrawal of its troops.",
        DAY,
        ("SANCTION", "16"),
        id="notice-of-troops",
    ),
    pytest.param(
        "The OAS met in Washington. Nicaragua said it would submit a notice of withdrawal.",
        DAY,
        ("AGREE", "03"),
        id="would-submit-notice-no-promise",
    ),
    pytest.param(
        "The OAS met in Washington. Nicaragua said it would submit a notice of withdrawal.",
        DAY,
        ("SANCTION", "16"),
        id="would-submit-notice-no-act",
    ),
    pytest.param(
        "The OAS met in Washington. Nicaragua has not sent a notice of withdrawal.",
        DAY,
        ("SANCTION", "16"),
        id="notice-not-sent",
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), POSITIVES)
def test_suspension_facts(
    text: str, date: dt.date, want: tuple[str, str, set[str], set[str], set[str]]
) -> None:
    etype, cameo, actors, recipients, dates = want
    got = _events(text, date)
    assert any(
        t == etype and c == cameo and a == actors and r == recipients and dates <= w
        for t, c, a, r, w in got
    ), got


@pytest.mark.parametrize(("text", "date", "forbidden"), NEGATIVES)
def test_no_suspension_fact(text: str, date: dt.date, forbidden: tuple[str, str]) -> None:
    etype, prefix = forbidden
    got = _events(text, date)
    assert not any(t == etype and c.startswith(prefix) for t, c, *_ in got), got
