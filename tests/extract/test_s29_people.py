"""People, titles and the meetings and praise they carry (session 29, people).

A battery of 50 sentences written for this session before the extractor ran
(``/tmp/s29/people-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), then about 70 probes while fixing: wire stories,
State House, palace and ministry readouts from East and Southern Africa, the Gulf and the Levant,
South and South-East Asia, Central Asia, Europe, Latin America and the Pacific; heads of agencies
and ministers listed after a plural title, styles used alone, meetings singled out of a group,
visits told in asides, praise in participles and passives, memorials, negations and plans. At
63d613e (main) the battery gave 3 wrong facts of this family and missed 20; after: 0 wrong facts
and 4 misses (3, and one meeting's states: left, below). Probes and the gates found more wrong
forms (4, 5, and the narrowing of 2), all fixed. Fixed (paraphrases below, positives and
negatives):

Wrong facts:

1. "laid a wreath at the mausoleum of President Ho Chi Minh" gave Ho Chi Minh a Tenure as
   Vietnam's head of state (when the article or sentence named Vietnam): a title right after
   "the mausoleum (tomb, grave, memorial, monument, statue, shrine, resting place) of/to" or
   after "founder(, ...)," is a former office, no Tenure (``people._MEMORIAL_BEFORE``).
2. "Prime Minister Ulf Kristersson thanked Hungary and Turkey for their support" gave the
   unlinked Kristersson a Tenure as Hungary's prime minister (and lost the thanks): the state
   whose post the KB shows no recent holder of (``People._by_exclusion``) may no longer be one
   the sentence names after the person as what he acts on (``people._acted_on``, the test
   session 27 wrote for ``_fitting_state``), right after his verb ("thanked Hungary", "met
   officials from Hungary"; not "Prime Minister X's government ... to the Iraqi people", which
   cost a spent set a Tenure when first tried: the last test below).
3. "welcomed the signing, which still awaits ratification by Turkey and Hungary" (and "welcomed
   the signing and thanked the US administration for ..., which still awaits ratification by
   Turkey and Hungary") gave a SUPPORT with Turkey and Hungary as the signers praised: the
   signers after "by" are no longer read past a relative or contrasting clause
   (``statements._SIGNED_BY``).
4. (probes) "The move by the African Union was welcomed by Kenyan President William Ruto" gave a
   reception (043) of the AU by Ruto: the agent of an act welcomed was kept out after "by" but
   not after "by the", "of the" ... (``events._RECEIVED_BY``).
5. (rule dump) "Xi held talks with Lukashenko, who is on a state visit to China" would have
   given a second meeting (7 below): a visit under way told in an aside is none when the
   sentence tells the talks.
13. "Orban welcomed Sweden as a new member of NATO and urged it to speed up reforms" gave a
    REQUEST to NATO: "it" took the last party named; one named as what the party before joins
    ("member of", "accession to", "joining") is passed over (``events._JOINED_BEFORE``).

Misses:

6. Praise told in a participle: ", thanking Norway and Cuba for their role", "Thanking Namibia
   for its hospitality, President Hichilema said ...", "Congratulating President Bukele ...,
   Petro called for" (SUPPORT 051 of the main clause's subject; ``events`` trigger with
   ``participle=True`` and ``_fronted_subject``); not "Without thanking", nor without a party.
7. A visit under way told in an aside: "Biden, who is wrapping up a two-day visit to Israel,
   welcomed ..." (042 of Biden and Israel; ``events._WHO_VISITED``), not when the sentence
   tells the talks themselves.
8. "the Custodian of the Two Holy Mosques" alone (its title was not even found without a
   later title keyword: "custodian" is now one of ``offices._TITLE_KEYS``): the KB's king of
   Saudi Arabia on the date as the one thanked or met (``people._PERSONAL_STYLE``). No Tenure:
   a style alone is no name (ANNOTATION.md §4; test_s20_names3 guards it), though the spent
   sets' writer who prompted this gave one.
9. Officials listed after a plural title: "the foreign ministers of India and the Philippines,
   A and B" (a state list with "the" was cut at "the"), and ministers of a portfolio ("the
   defence ministers of India and the Philippines, A and B", "Defence ministers A of Kyrgyzstan
   and B of Tajikistan"): a Tenure each, of the state listed in the same place or named after
   each; none without the states (``People._plural_list``).
10. People singled out of a group met: "held bilateral meetings with several Pacific leaders,
    including Prime Minister James Marape", "held consultations with officials in Muscat and
    Riyadh, including with the Minister of Foreign Affairs of Yemen, X", "among them" (a reading
    of the sentence with them as the ones met: ``patterns.including_reading``); not negated.
11. "hosted a meeting in Amman of the foreign ministers of Egypt, Saudi Arabia and Qatar": the
    place between the meeting and its guests (``events._HOSTED_MEETING``).
14. "The heads of the two countries' border services, A of Kyrgyzstan and B of Tajikistan, met
    at the border" gave nothing: plural heads "of the two countries'" or "of their (respective)"
    services, agencies, committees or bureaus are now a title in lower case
    (``offices._AGENCY_HEADS``), a HeadOfAgency Tenure each only with each one's state named
    after the name (or listed), and each name with its state one party of the meeting (also
    "Defence ministers A of Kyrgyzstan and B of Tajikistan met": ``People._plural_list``).
12. "met (thanked) former Kenyan President Uhuru Kenyatta": the person's mention left "former"
    outside it, so "met former §P1§" was read by no rule; it now takes the word (as "former
    President X of Kenya" did), never after "of" ("the family of former Peruvian President
    X" stays the family).

Left (each with one example): "Foreign Minister Ayman Safadi hosted a meeting in Amman of the
foreign ministers of Egypt and Qatar, and US Secretary of State Antony Blinken" (the meeting has
Safadi and Blinken, not the states: the persons named crowd out the states); "Albanese held
bilateral meetings with ..., including Prime Minister James Marape, with whom he agreed to expand
security cooperation" (no AGREE); "Milei congratulated Bukele on his re-election" (untitled names
alone: no mention); "Kristersson thanked the Turkish parliament for ratifying the protocol, which
Hungary has yet to approve" (no SUPPORT: a state's organ after a bare surname); "Miguel Ceara
Hatton, the government's chief negotiator" (no Tenure).

Hit rate at 63d613e (before): 60 rows, 24 right (22 negatives and 2 positives); after: 60/60.
Spent sets (36): F1 and links P identical to main's in every one.
Rule dump: one fact changed, an improvement ("Congratulating the Ambassador on his appointment,
the Minister noted ...": the minister's SUPPORT 051 of the ambassador, as the finite
"congratulated Japanese Ambassador Yamada Jun on his appointment" gives it).
"""

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, has_name, keys, typed_events

DAY = dt.date(2024, 3, 6)  # a Wednesday


def _tenures_of(text: str, who: str, date: dt.date = DAY) -> list[tuple[set[str], str]]:
    """(jurisdictions, role) of each Tenure of a holder ``who`` names (a QID or a part of the
    name as written)."""
    return [
        (keys(f.get("jurisdiction")), str(f.get("role")[0]))
        for f in facts(text, date)
        if f.cls.value == "Tenure" and has_name(f.get("holder"), (who,))
    ]


def _meetings(text: str, date: dt.date = DAY) -> list[tuple[set[str], str, set[str]]]:
    """(participants, CAMEO code, place) of each Meeting the text gives."""
    return [
        (keys(f.get("participant")), str(f.get("cameoCode")[0]), keys(f.get("place")))
        for f in facts(text, date)
        if f.cls.value == "Meeting"
    ]


def _support(text: str, date: dt.date = DAY) -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of each SUPPORT 051 the text gives."""
    return [(a, r) for t, a, r, c in typed_events(text, date) if t == "SUPPORT" and c == "051"]


# 1. a memorial's or a founder's title is a former office ----------------------------------

MEMORIALS = [
    pytest.param(
        "During his visit to Vietnam, Indonesian President Joko Widodo laid a wreath at the "
        "mausoleum of President Ho Chi Minh.",
        id="mausoleum-of-president",
    ),
    pytest.param(
        "Cuban President Miguel Diaz-Canel arrived in Vietnam on Saturday for a state visit. On "
        "Sunday morning, he laid a wreath at the mausoleum of President Ho Chi Minh in Hanoi.",
        id="article-context",
    ),
    pytest.param(
        "Widodo laid a wreath at the mausoleum of Vietnamese President Ho Chi Minh.",
        id="demonym-title",
    ),
    pytest.param(
        "Widodo laid a wreath at the mausoleum of President Ho Chi Minh, the founder of Vietnam.",
        id="founder-after",
    ),
    pytest.param(
        "Widodo laid flowers at the tomb of the late President Ho Chi Minh.",
        id="tomb-of-the-late",
    ),
]


@pytest.mark.parametrize("text", MEMORIALS)
def test_a_memorials_title_gives_no_tenure(text: str) -> None:
    got = _tenures_of(text, "Ho Chi Minh", dt.date(2023, 8, 20))
    assert got == [], got


CURRENT_BESIDE_MEMORIALS = [
    pytest.param(
        "Vietnamese President Vo Van Thuong laid a wreath at the mausoleum of President Ho Chi "
        "Minh.",
        "Vo Van Thuong",
        "Q881",
        id="the-visitor-keeps-his-office",
    ),
    pytest.param(
        "The memorial was unveiled by Kenyan President William Ruto in Nairobi.",
        "Q195725",
        "Q114",
        id="memorial-before-by",
    ),
    pytest.param(
        "South African President Cyril Ramaphosa unveiled a monument to the victims of the war.",
        "Q1148669",
        "Q258",
        id="monument-to-victims",
    ),
]


@pytest.mark.parametrize(("text", "who", "state"), CURRENT_BESIDE_MEMORIALS)
def test_a_current_office_beside_a_memorial_stays(text: str, who: str, state: str) -> None:
    got = _tenures_of(text, who, dt.date(2023, 8, 20))
    assert any(state in j and role == "HeadOfState" for j, role in got), got


# 2. a state named as what a titled person acts on is not his ------------------------------

ACTED_ON = [
    pytest.param(
        "Prime Minister Ulf Kristersson thanked Hungary and Turkey for their support.",
        id="thanked-two",
    ),
    pytest.param(
        "Prime Minister Ulf Kristersson met officials from Hungary and Turkey.",
        id="met-officials-of-two",
    ),
]


@pytest.mark.parametrize("text", ACTED_ON)
def test_a_state_acted_on_is_not_the_titled_ones(text: str) -> None:
    got = _tenures_of(text, "Kristersson", dt.date(2024, 1, 24))
    assert not any(j & {"Q28", "Q43"} for j, _ in got), got


def test_the_thanks_to_states_acted_on_stay() -> None:
    got = _support(
        "Prime Minister Ulf Kristersson thanked Hungary and Turkey for their support.",
        dt.date(2024, 1, 24),
    )
    assert any({"Q28", "Q43"} <= r for _, r in got), got


def test_a_titled_ones_own_state_told_stays() -> None:
    got = _tenures_of(
        "Swedish Prime Minister Ulf Kristersson thanked Hungary and Turkey for their support.",
        "Kristersson",
        dt.date(2024, 1, 24),
    )
    assert any("Q34" in j for j, _ in got), got


# 3. a relative clause's agents are no signers praised ------------------------------------

NOT_SIGNERS = [
    pytest.param(
        "Foreign Minister Tobias Billstrom welcomed the signing, which still awaits ratification "
        "by Turkey and Hungary.",
        id="which-awaits",
    ),
    pytest.param(
        "Foreign Minister Tobias Billstrom welcomed the signing and thanked the US administration "
        "for its strong support for Sweden's accession to NATO, which still awaits ratification "
        "by Turkey and Hungary.",
        id="thanks-then-which",
    ),
    pytest.param(
        "Foreign Minister Tobias Billstrom welcomed the signing, but ratification by Turkey and "
        "Hungary is still pending.",
        id="but-pending",
    ),
]


@pytest.mark.parametrize("text", NOT_SIGNERS)
def test_agents_of_a_relative_clause_are_not_praised(text: str) -> None:
    got = _support(text)
    assert not any(r & {"Q43", "Q28"} for _, r in got), got


def test_signers_named_by_by_are_praised() -> None:
    got = _support(
        "Foreign Minister Tobias Billstrom welcomed the signing of the protocol by Turkey and "
        "Hungary."
    )
    assert any({"Q43", "Q28"} <= r for _, r in got), got


def test_the_thanks_before_the_relative_clause_stay() -> None:
    got = _support(NOT_SIGNERS[1].values[0])  # type: ignore[arg-type]
    assert any("Q30" in r for _, r in got), got


# 4. praise told in a participle ----------------------------------------------------------

PARTICIPLES = [
    pytest.param(
        "Thanking Namibia for its hospitality, President Hakainde Hichilema said the summit had "
        "been a success.",
        "Q717185",
        {"Q1030"},
        id="fronted",
    ),
    pytest.param(
        "President Hakainde Hichilema said the summit had been a success, thanking Namibia for "
        "its hospitality.",
        "Q717185",
        {"Q1030"},
        id="trailing",
    ),
    pytest.param(
        "President Gustavo Petro praised the talks, thanking Norway and Cuba for their role as "
        "guarantors.",
        "Q704022",
        {"Q20", "Q241"},
        id="trailing-two",
    ),
    pytest.param(
        "President Gustavo Petro addressed the nation, commending Venezuela for its support.",
        "Q704022",
        {"Q717"},
        id="commending",
    ),
    pytest.param(
        "Congratulating President Nayib Bukele on his victory, President Gustavo Petro called for "
        "dialogue.",
        "Q704022",
        {"Q17712353"},
        id="fronted-congratulating",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipients"), PARTICIPLES)
def test_praise_in_a_participle_is_the_subjects(
    text: str, actor: str, recipients: set[str]
) -> None:
    got = _support(text)
    assert any(actor in a and recipients <= r for a, r in got), got


NO_PARTICIPLE_PRAISE = [
    pytest.param(
        "Without thanking Namibia, President Hakainde Hichilema left the summit.", id="without"
    ),
    pytest.param(
        "President Hakainde Hichilema would have left the summit, thanking Namibia, had the "
        "talks failed.",
        id="hypothetical",
    ),
    pytest.param(
        "Hichilema said the summit had been a success, thanking the organisers.", id="no-party"
    ),
]


@pytest.mark.parametrize("text", NO_PARTICIPLE_PRAISE)
def test_no_praise_from_a_participle_without_act_or_party(text: str) -> None:
    got = _support(text)
    assert not any("Q1030" in r for _, r in got), got
    assert all(r for _, r in got), got


# 5. "the Custodian of the Two Holy Mosques" alone: the KB's king on the date ---------------

SALMAN = "Q367825"

CUSTODIAN = [
    pytest.param(
        "Prime Minister Shehbaz Sharif expressed his appreciation to the Custodian of the Two "
        "Holy Mosques for the Kingdom's support.",
        id="appreciation",
    ),
    pytest.param(
        "Prime Minister Shehbaz Sharif thanked the Custodian of the Two Holy Mosques for the "
        "Kingdom's support.",
        id="thanked",
    ),
]


@pytest.mark.parametrize("text", CUSTODIAN)
def test_the_custodian_alone_is_the_saudi_king(text: str) -> None:
    day = dt.date(2024, 1, 10)
    got = _support(text, day)
    assert any("Q2096387" in a and SALMAN in r for a, r in got), got
    # (no Tenure: a style alone is no name, ANNOTATION.md §4 and test_s20_names3)
    assert _tenures_of(text, SALMAN, day) == []


def test_a_meeting_with_the_custodian_alone() -> None:
    got = _meetings(
        "Prime Minister Shehbaz Sharif met the Custodian of the Two Holy Mosques in Riyadh.",
        dt.date(2024, 1, 10),
    )
    assert any({"Q2096387", SALMAN} <= p for p, _, _ in got), got


def test_the_saudi_king_unnamed_stays_the_state() -> None:
    got = _support(
        "Prime Minister Shehbaz Sharif thanked the Saudi King for his support.",
        dt.date(2024, 1, 10),
    )
    assert any("Q851" in r for _, r in got), got


# 6. a visit under way, told in an aside ----------------------------------------------------

VISITS = [
    pytest.param(
        "Biden, who is wrapping up a two-day visit to Israel, welcomed Egypt's decision to open "
        "the Rafah crossing.",
        id="wrapping-up",
    ),
    pytest.param(
        "Biden, who is on a two-day visit to Israel, welcomed Egypt's decision.", id="is-on"
    ),
]


@pytest.mark.parametrize("text", VISITS)
def test_a_visit_under_way_in_an_aside(text: str) -> None:
    got = _meetings(text, dt.date(2023, 10, 18))
    assert ({"Q6279", "Q801"}, "042", set()) in got, got


NO_SECOND_VISIT = [
    pytest.param(
        "President Joe Biden, who is on a visit to Israel, met Prime Minister Benjamin Netanyahu.",
        id="main-clause-talks",
    ),
    pytest.param(
        "Chinese President Xi Jinping held talks with Belarusian President Alexander Lukashenko, "
        "who is on a state visit to China, in Beijing on Wednesday.",
        id="talks-before-the-aside",
    ),
    pytest.param(
        "Biden, who will visit Israel next week, welcomed Egypt's decision.", id="future-visit"
    ),
]


@pytest.mark.parametrize("text", NO_SECOND_VISIT)
def test_no_visit_of_a_state_beside_the_talks(text: str) -> None:
    got = _meetings(text, dt.date(2023, 10, 18))
    assert not any(p & {"Q801", "Q148"} for p, _, _ in got), got


# 7. officials of the states listed after a plural title -----------------------------------

PLURAL_LISTS = [
    pytest.param(
        "The foreign ministers of India and the Philippines, Subrahmanyam Jaishankar and Enrique "
        "Manalo, met in New Delhi.",
        [("Q668", "ForeignMinister"), ("Q928", "ForeignMinister")],
        id="and-the-philippines",
    ),
    pytest.param(
        "The defence ministers of India and the Philippines, Rajnath Singh and Gilberto Teodoro, "
        "met in New Delhi.",
        [("Q668", "Minister"), ("Q928", "Minister")],
        id="defence-ministers",
    ),
    pytest.param(
        "Defence ministers Baktybek Bekbolotov of Kyrgyzstan and Sherali Mirzo of Tajikistan met "
        "in Bishkek.",
        [("Q813", "Minister"), ("Q863", "Minister")],
        id="each-of-his-state",
    ),
]


@pytest.mark.parametrize(("text", "want"), PLURAL_LISTS)
def test_each_listed_official_holds_the_office(text: str, want: list[tuple[str, str]]) -> None:
    found = facts(text, dt.date(2024, 5, 2))
    got = [
        (keys(f.get("jurisdiction")), str(f.get("role")[0]))
        for f in found
        if f.cls.value == "Tenure"
    ]
    for state, role in want:
        assert any(state in j and r == role for j, r in got), got


def test_ministers_listed_without_states_get_none() -> None:
    found = facts("Defence ministers Baktybek Bekbolotov and Sherali Mirzo met in Bishkek.")
    got = [f for f in found if f.cls.value == "Tenure" and has_name(f.get("holder"), ("Mirzo",))]
    assert not any(keys(f.get("jurisdiction")) for f in got), got


def test_the_listed_ministers_meet() -> None:
    got = _meetings(
        "The defence ministers of India and the Philippines, Rajnath Singh and Gilberto Teodoro, "
        "met in New Delhi.",
        dt.date(2024, 5, 2),
    )
    assert any(
        has_name_set(p, ("rajnath singh",)) and has_name_set(p, ("gilberto teodoro",))
        for p, _, _ in got
    ), got


def has_name_set(values: set[str], want: tuple[str, ...]) -> bool:
    return any(w in v.lower() for v in values for w in want)


# 8. people singled out of a group met ------------------------------------------------------

INCLUDING = [
    pytest.param(
        "Prime Minister Anthony Albanese held bilateral meetings with several Pacific leaders, "
        "including Prime Minister James Marape.",
        {"Q335697", "Q6138903"},
        id="including",
    ),
    pytest.param(
        "Prime Minister Anthony Albanese met several Pacific leaders, including Prime Minister "
        "James Marape.",
        {"Q335697", "Q6138903"},
        id="met-including",
    ),
    pytest.param(
        "Prime Minister Anthony Albanese held talks with several leaders, among them Prime "
        "Minister James Marape.",
        {"Q335697", "Q6138903"},
        id="among-them",
    ),
    pytest.param(
        "The UN Special Envoy for Yemen, Hans Grundberg, held consultations with officials in "
        "Muscat and Riyadh, including with the Minister of Foreign Affairs of Yemen, Shaya "
        "al-Zindani.",
        {"Hans Grundberg", "Shaya al-Zindani"},
        id="including-with",
    ),
]


@pytest.mark.parametrize(("text", "want"), INCLUDING)
def test_people_singled_out_of_a_group_met(text: str, want: set[str]) -> None:
    got = _meetings(text, dt.date(2023, 5, 29))
    assert any(want <= p for p, _, _ in got), got


NOT_INCLUDING = [
    pytest.param(
        "Prime Minister Anthony Albanese did not meet Pacific leaders, including Prime Minister "
        "James Marape.",
        id="negated",
    ),
    pytest.param(
        "Several Pacific leaders, including Prime Minister James Marape, criticised the plan.",
        id="no-meeting",
    ),
]


@pytest.mark.parametrize("text", NOT_INCLUDING)
def test_no_meeting_with_people_singled_out_otherwise(text: str) -> None:
    assert _meetings(text, dt.date(2023, 5, 29)) == []


# 9. a hosted meeting with its place before its guests -------------------------------------


def test_a_hosted_meeting_placed_before_its_guests() -> None:
    got = _meetings(
        "Foreign Minister Ayman Safadi hosted a meeting in Amman of the foreign ministers of "
        "Egypt, Saudi Arabia and Qatar.",
        dt.date(2024, 3, 4),
    )
    assert ({"Q28336737", "Q79", "Q851", "Q846"}, "043", {"Q3805"}) in got, got


def test_a_planned_hosted_meeting_is_none() -> None:
    got = _meetings(
        "Foreign Minister Ayman Safadi will host a meeting in Amman of the foreign ministers of "
        "Egypt, Saudi Arabia and Qatar next week.",
        dt.date(2024, 3, 4),
    )
    assert got == [], got


# 10. a former office's demonym title: the person is still met and thanked -----------------

FORMER = [
    pytest.param(
        "Prime Minister Abiy Ahmed met former Kenyan President Uhuru Kenyatta in Addis Ababa.",
        "Meeting",
        id="met",
    ),
    pytest.param(
        "Prime Minister Abiy Ahmed thanked former Kenyan President Uhuru Kenyatta for his "
        "mediation.",
        "SUPPORT",
        id="thanked",
    ),
]


@pytest.mark.parametrize(("text", "kind"), FORMER)
def test_a_former_leader_titled_by_demonym_takes_part(text: str, kind: str) -> None:
    day = dt.date(2023, 11, 2)
    if kind == "Meeting":
        got = _meetings(text, day)
        assert any({"Q50365049", "Q196070"} <= p for p, _, _ in got), got
    else:
        found = _support(text, day)
        assert any("Q50365049" in a and "Q196070" in r for a, r in found), found
    # (his office is a former one: no Tenure)
    assert _tenures_of(text, "Q196070", day) == []


# 11. a passive welcome of an act by a party is no reception of that party ------------------

NOT_RECEIVED = [
    pytest.param(
        "The move by the African Union was welcomed by Kenyan President William Ruto.",
        id="move-by-the",
    ),
    pytest.param(
        "The decision of the African Union was welcomed by Kenyan President William Ruto.",
        id="decision-of-the",
    ),
]


@pytest.mark.parametrize("text", NOT_RECEIVED)
def test_a_passive_welcome_of_an_act_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_a_passive_reception_stays_a_meeting() -> None:
    got = _meetings("The President of Ghana was welcomed by President William Ruto in Nairobi.")
    assert any({"Q195725", "Q117"} <= p and code == "043" for p, code, _ in got), got


def test_someone_of_a_former_leader_is_not_him() -> None:
    found = facts(
        "Mexico granted asylum to the family of former Peruvian President Pedro Castillo on "
        "Tuesday."
    )
    assert not any(
        "Q103838608" in keys(f.get("recipient")) for f in found if f.cls.value == "Event"
    ), found


def test_a_state_far_after_the_name_still_rules_in() -> None:
    # (found by the spent sets' gate: a state named later in the clause, after the person's
    # possessive, is no object of his)
    got = _tenures_of(
        "Blinken met Iraqi Foreign Minister Fuad Hussein on Monday. He voiced U.S. support for "
        "Prime Minister Mohammed Shia al-Sudani's cabinet as it strives to bring electricity "
        "to the Iraqi people.",
        "Sudani",
        dt.date(2023, 2, 9),
    )
    assert any("Q796" in j for j, _ in got), got


# 12. "it" after a party welcomed as a member is the party, not what it joined ---------------

URGED_IT = [
    pytest.param(
        "Hungarian Prime Minister Viktor Orban welcomed Sweden as a new member of NATO and urged "
        "it to speed up reforms.",
        "Q34",
        id="new-member-of",
    ),
    pytest.param(
        "Russia warned Finland against joining NATO and urged it to stay neutral.",
        "Q33",
        id="against-joining",
    ),
    pytest.param(
        "Russia criticised NATO and urged it to halt its expansion.", "Q7184", id="plain-object"
    ),
]


@pytest.mark.parametrize(("text", "asked"), URGED_IT)
def test_it_after_a_member_welcomed_is_the_member(text: str, asked: str) -> None:
    got = [r for t, _, r, c in typed_events(text, dt.date(2024, 3, 7)) if t == "REQUEST"]
    assert got and all(r == {asked} for r in got), got


# 14. heads of the two countries' agencies, each named with his state ----------------------

AGENCY_HEADS = [
    pytest.param(
        "The heads of the two countries' border services, Kamchybek Tashiev of Kyrgyzstan and "
        "Saimumin Yatimov of Tajikistan, met at the border on Friday.",
        ("Tashiev", "Q813"),
        ("Yatimov", "Q863"),
        id="two-countries",
    ),
    pytest.param(
        "The chiefs of their respective intelligence agencies, Ahmet Yildiz of Turkey and Hakan "
        "Demir of Azerbaijan, met in Baku.",
        ("Yildiz", "Q43"),
        ("Demir", "Q227"),
        id="their-respective",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), AGENCY_HEADS)
def test_heads_of_agencies_listed_with_their_states(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    day = dt.date(2024, 5, 10)
    for who, state in (first, second):
        got = _tenures_of(text, who, day)
        assert any(state in j and role == "HeadOfAgency" for j, role in got), got
    meetings = _meetings(text, day)
    assert any(
        has_name_set(p, (first[0].lower(),)) and has_name_set(p, (second[0].lower(),))
        for p, _, _ in meetings
    ), meetings


def test_heads_of_agencies_without_their_states_get_none() -> None:
    found = facts(
        "The heads of the two countries' border services, Kamchybek Tashiev and Saimumin "
        "Yatimov, met at the border."
    )
    got = [f for f in found if f.cls.value == "Tenure" and keys(f.get("jurisdiction"))]
    assert got == [], got
