# ruff: noqa: E501  (a table of sentences)
"""Events and meetings probed with a battery of fresh sentences (session 23).

A battery of 174 sentences written for this session before running the extractor (wire stories,
Kremlin, State Department and ministry readouts, joint statements; Africa, Latin America, Asia,
the Middle East, Europe, the Pacific; all 16 PLOVER categories and meetings; lists, relative
clauses, asides, passives, negations, hypotheticals, future plans, reported speech, pronouns)
was run through the extractor and each fact read against ANNOTATION.md (the battery with its
expected facts: ``/tmp/s23/events-battery.txt``, kept out of the repository). About a hundred
further probe sentences, written while following up each finding, vary its structure; the rows
below are some battery sentences and paraphrases of them, with negative rows for each fix.

Battery at 4fc71f0: 7 wrong facts (a wrong date, a proposed sanction asserted, a wrong CAMEO
code, a clash's side read as its target, ...) and 41 misses; after: 3 wrong facts, 34 misses.
Precision held well: of the negated, hypothetical, future and conditional sentences none gave a
fact. What was fixed (a structure that recurs, never one sentence's wording):

Wrong facts:

1. An act of someone a relative clause says met another took that meeting's date ("X, who met Y
   in Paris last month, thanked France ...": the thanks dated last month). The meeting a
   relative clause tells is background (asks.aside_meeting_date, used by the date fallbacks of
   events.py and statements.py); nor does background of years ("have signed more than 100
   documents over the past decade") take the date of the talks.
2. "proposed a 14th package of sanctions against X" was SANCTION 163 (``_SOUGHT`` allowed three
   words before the measure, not four).
3. A deal for airliners ("24 Boeing aircraft", "Airbus passenger jets") was COOPERATE 062.
4. "At their talks in Astana on Tuesday, A and B reviewed ..." gave two Meetings (a recalled
   "their talks in X", marked historical, and the sentence's own): one now.
5. "Sudan's army and the Rapid Support Forces clashed": one side was the actor, the other its
   target; both are actors of a clash (ANNOTATION.md §5).
6. "Russia denounced what it described as Western meddling in Georgia" accused Georgia: the
   state meddled in by no party named is its victim.
7. "last Friday" in a Friday's article was that Friday (dipld/temporal.py): the week before's.

Misses of general structures:

8. A fronted meeting of a compound subject ("In a phone call on Tuesday, A and B agreed ...",
   "During talks in Ankara on Monday, A and B signed ..."): the Meeting with its date (not "During
   the talks on Thursday": an occasion told before; nor a statement, a summit, a meeting to come).
9. An aside between the subject and its verb ("Macron, in Berlin, thanked ...", "Putin, in a
   phone call with Tokayev, congratulated ...", "X, after talks with Y, praised ..."): the
   subject's praise was lost (the aside's person read as the subject); "X, speaking after talks
   with Y in Z, said" and "received a congratulatory call from X" are meetings.
10. A reaction to an act an earlier clause of its sentence tells ("Turkey proposed a ceasefire,
    but Russia rejected the proposal"): at the act's maker (acts.py read only earlier sentences).
11. A reaction told at its occasion ("condemned the launch during their meeting in Tokyo on
    Thursday"): the occasion's date is the act's.
12. "Ukraine blamed the attack on Russia": an accusation of Russia (Russia was read as the victim
    of "the attack on").
13. "X struck Y on Friday, the ministry said on Sunday": the speaker's accusation is dated Sunday.
14. Forces sent "to its border with Finland"; "called up 300,000 reservists": MOBILIZE.
15. "Taipei called it a provocation", "described this as a provocation": at the maker of the
    act the sentence before told; "condemned what it called US interference": the US.
16. A state's junta, regime or military rulers act for it ("Niger's junta revoked ...").
17. A meeting whose subject then says something negated or hedged ("After meeting Xi in Beijing
    on Tuesday, Putin said Russia would not join ...", "met Putin ... and said Turkey would not
    ..."): the meeting was lost with the saying's hedge; the hedge is the saying's.
18. A visit told in an aside or a fronted "During a visit to X" ("Blinken, on a visit to Hanoi on
    Tuesday, praised Vietnam", "During a visit to Hanoi on Tuesday, Blinken said ..."): the
    visit (042), and the act of the subject (was none for the aside).
19. One person released ("Belarus released a Polish journalist", "freed an American citizen"):
    CONCEDE 0841 as for several; "released a statement on soldiers" is none (was a release).

Hit rate of these tests at 4fc71f0 (main, before): positives 6/66, negatives 48/50 (failing:
Georgia accused of the meddling in it; "China released a statement on soldiers" read as a release
of soldiers). After: positives 66/66, negatives 50/50.

Found and left (other families' modules or conventions): a treaty's date taken from a relative
clause ("Fiji, which hosted the Forum last year, signed a policing agreement with Australia on
Wednesday": TreatyRelation dated last year, relations.py); "received US Central Command chief
General Michael Kurilla": the participant read as the United States (people.py); "Hamas" alone
is no mention ("Israel and Hamas agreed to a ceasefire": Israel only); crowds protesting
("Thousands protested outside the Russian embassy") and acts in an "after" clause ("a day after
Iran struck targets in Pakistan") are not coded."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, keys, typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

MACRON, SCHOLZ, PUTIN, ERDOGAN, TOKAYEV = "Q3052772", "Q61053", "Q7747", "Q39259", "Q200881"
AKUFO_ADDO, LULA, XI, MODI, RAMAPHOSA = "Q718601", "Q7013", "Q15031", "Q1058", "Q1174813"


def _dated(text: str, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, dates) of each Event of the text."""
    return [
        (str(f.get("eventType")[0]), tuple(str(d) for d in f.get("date")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


# 1. An act of a person a relative clause says met someone: the meeting is background, its
# date is not the act's ("X, who met Y in Paris last month, thanked France ...": wrong dates)
ASIDE_DATES = [
    pytest.param(
        "Ghanaian President Nana Akufo-Addo, who met Emmanuel Macron in Paris last month, praised France for its support.",
        "SUPPORT",
        (),
        id="who-met-last-month-praised",
    ),
    pytest.param(
        "President Nana Akufo-Addo, who held talks with Emmanuel Macron in January, condemned Russia for the attack on Kharkiv.",
        "ACCUSE",
        (),
        id="who-held-talks-in-january-condemned",
    ),
    pytest.param(
        "Narendra Modi, who met Xi Jinping in Kazan in October, thanked Russia for hosting the summit.",
        "SUPPORT",
        (),
        id="who-met-in-october-thanked",
    ),
    # negatives: the meeting told before, or the act's own date, keeps its date
    pytest.param(
        "Putin met Xi in Beijing on Tuesday. Xi, who met Putin on Tuesday, thanked Russia for its support.",
        "SUPPORT",
        ("2024-03-12",),
        id="meeting-told-before-keeps",
    ),
    pytest.param(
        "Putin met Xi in Beijing on Tuesday. Xi thanked Russia for its support.",
        "SUPPORT",
        ("2024-03-12",),
        id="plain-readout-keeps",
    ),
    pytest.param(
        "Narendra Modi, who met Xi Jinping in Kazan in October, condemned the attack by Pakistan on Wednesday.",
        "ACCUSE",
        ("2024-03-13",),
        id="own-date-keeps",
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), ASIDE_DATES)
def test_aside_meeting_dates_no_act(text: str, kind: str, want: tuple[str, ...]) -> None:
    got = _dated(text, kind)
    assert got, got
    assert all(dates == want for _, dates in got), got


# 2. Sanctions proposed are not imposed, however many words stand before the measure
PROPOSED = [
    pytest.param(
        "The European Commission proposed a 14th package of sanctions against Russia.",
        False,
        id="proposed-14th-package",
    ),
    pytest.param(
        "Brussels has proposed a new package of sanctions against Belarus.",
        False,
        id="proposed-new-package",
    ),
    pytest.param(
        "The Commission recommended a fresh round of sanctions against Iran.",
        False,
        id="recommended-round",
    ),
    pytest.param(
        "The Council drafted a further package of sanctions against Russia.",
        False,
        id="drafted-package",
    ),
    # negatives: adopted, announced, imposed
    pytest.param(
        "The European Union adopted a 14th package of sanctions against Russia.",
        True,
        id="adopted-package",
    ),
    pytest.param(
        "The European Union imposed a new package of sanctions against Belarus.",
        True,
        id="imposed-package",
    ),
    pytest.param(
        "Washington announced a fresh round of sanctions against Iran on Tuesday.",
        True,
        id="announced-round",
    ),
]


@pytest.mark.parametrize(("text", "want"), PROPOSED)
def test_proposed_sanctions(text: str, want: bool) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "SANCTION"]
    assert bool(got) is want, got


# 3. A deal for airliners is economic cooperation (061), not military (062)
DEALS = [
    pytest.param(
        "The United States and Vietnam concluded a deal worth $7.8 billion for Hanoi to buy 50 Boeing aircraft.",
        "061",
        id="boeing-aircraft",
    ),
    pytest.param(
        "India signed a $12 billion deal with France to buy 200 Airbus passenger jets.",
        "061",
        id="airbus-passenger-jets",
    ),
    pytest.param(
        "Turkey signed a deal worth $2 billion with the United States to buy commercial aircraft.",
        "061",
        id="commercial-aircraft",
    ),
    # negatives: warplanes stay arms
    pytest.param(
        "Qatar signed a $12 billion deal with the United States to buy Boeing F-15 fighter jets.",
        "062",
        id="boeing-fighter-jets",
    ),
    pytest.param(
        "India signed a deal worth $5 billion with France to buy 26 Rafale jets.",
        "062",
        id="rafale-jets",
    ),
    pytest.param(
        "Spain signed a deal worth $3 billion with France for Airbus A400M military transport aircraft.",
        "062",
        id="a400m-military",
    ),
]


@pytest.mark.parametrize(("text", "code"), DEALS)
def test_deal_codes(text: str, code: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "COOPERATE"]
    assert [e[3] for e in got] == [code], got


# 4. A fronted meeting of a compound subject ("In a phone call on Tuesday, A and B agreed ..."):
# the meeting of the two, and their act
FRONTED_PAIR = [
    pytest.param(
        "In a phone call on Tuesday, Putin and Erdogan agreed to deepen energy cooperation.",
        {PUTIN, ERDOGAN},
        "041",
        "2024-03-12",
        id="in-a-phone-call-agreed",
    ),
    pytest.param(
        "During their telephone conversation on Wednesday, Putin and Tokayev agreed to expand trade.",
        {PUTIN, TOKAYEV},
        "041",
        "2024-03-13",
        id="during-their-conversation",
    ),
    pytest.param(
        "During talks in Ankara on Monday, Putin and Erdogan signed a memorandum on energy.",
        {PUTIN, ERDOGAN},
        "040",
        "2024-03-11",
        id="during-talks-signed",
    ),
    pytest.param(
        "At a meeting in Berlin on Thursday, Macron and Scholz condemned Russia for the attacks.",
        {MACRON, SCHOLZ},
        "040",
        "2024-03-14",
        id="at-a-meeting-condemned",
    ),
]


@pytest.mark.parametrize(("text", "who", "code", "day"), FRONTED_PAIR)
def test_fronted_pair_meeting(text: str, who: set[str], code: str, day: str) -> None:
    found = facts(text, DAY)
    meeting = find(found, "Meeting", participant=who)
    assert meeting is not None, found
    assert str(meeting.get("cameoCode")[0]) == code
    assert [str(d) for d in meeting.get("date")] == [day]
    assert any(f.cls.value == "Event" for f in found), found


FRONTED_PAIR_NOT = [
    # (an occasion told before: the paragraph's occasion, not a meeting of its own)
    pytest.param(
        "During the talks on Thursday, Macron and Scholz condemned Russia for the attacks.",
        id="the-talks-told-before",
    ),
    pytest.param(
        "At next week's meeting, Putin and Erdogan are expected to sign a deal.",
        id="next-weeks-meeting",
    ),
    pytest.param(
        "In a statement on Tuesday, Macron and Scholz condemned Russia for the attacks.",
        id="statement-not-meeting",
    ),
    pytest.param("In the meeting, Putin will ask Erdogan to reopen the straits.", id="future-ask"),
    pytest.param(
        "At a summit in Brussels on Thursday, Macron and Scholz condemned Russia for the attacks.",
        id="summit-not-theirs",
    ),
]


@pytest.mark.parametrize("text", FRONTED_PAIR_NOT)
def test_fronted_pair_not(text: str) -> None:
    found = facts(text, DAY)
    assert not any(f.cls.value == "Meeting" for f in found), found


# 5. An aside between the subject and its verb ("Macron, in Berlin, thanked ...", "Putin, in a
# phone call with Tokayev, congratulated ...", "X, speaking after talks with Y in Z, said"):
# the subject's act, and the meeting the aside names
ASIDES = [
    pytest.param(
        "Macron, in Berlin, thanked Germany for its support.",
        ("SUPPORT", {MACRON}, {"Q183"}),
        None,
        id="in-city-thanked",
    ),
    pytest.param(
        "Macron, during talks with Scholz, praised Germany.",
        ("SUPPORT", {MACRON}, {"Q183"}),
        {MACRON, SCHOLZ},
        id="during-talks-praised",
    ),
    pytest.param(
        "Putin, in a phone call with Tokayev on Friday, congratulated Kazakhstan on its national day.",
        ("SUPPORT", {PUTIN}, {"Q232"}),
        {PUTIN, TOKAYEV},
        id="in-a-call-congratulated",
    ),
    pytest.param(
        "Macron, after talks with Scholz, thanked Germany for its support.",
        ("SUPPORT", {MACRON}, {"Q183"}),
        {MACRON, SCHOLZ},
        id="after-talks-thanked",
    ),
    pytest.param(
        "Macron, speaking after talks with Scholz in Berlin, said Europe must do more for Ukraine.",
        None,
        {MACRON, SCHOLZ},
        id="speaking-after-talks-said",
    ),
    pytest.param(
        "Bassirou Diomaye Faye, Senegal's president, received a congratulatory call from Macron on Tuesday.",
        None,
        {MACRON},
        id="congratulatory-call",
    ),
]


@pytest.mark.parametrize(("text", "act", "met"), ASIDES)
def test_aside_acts(
    text: str, act: tuple[str, set[str], set[str]] | None, met: set[str] | None
) -> None:
    found = facts(text, DAY)
    if act is not None:
        kind, actors, recipients = act
        assert (
            find(found, "Event", eventType=kind, actor=actors, recipient=recipients) is not None
        ), found
    if met is not None:
        assert find(found, "Meeting", participant=met) is not None, found


ASIDES_NOT = [
    # the thanks of the one in the aside, not the subject: none for the subject's own state
    pytest.param("Scholz, in Berlin, thanked Germany's partners.", id="no-recipient"),
    pytest.param("Macron, after talks with Scholz, did not thank Germany.", id="negated"),
    pytest.param("Macron, in Berlin, may thank Germany for its support.", id="hedged"),
]


@pytest.mark.parametrize("text", ASIDES_NOT)
def test_aside_acts_not(text: str) -> None:
    found = facts(text, DAY)
    assert not [f for f in found if f.cls.value == "Event" and keys(f.get("actor")) == {MACRON}], (
        found
    )
    assert not [
        f for f in found if f.cls.value == "Event" and "SUPPORT" in map(str, f.get("eventType"))
    ], found


# 6. A reaction to an act an earlier clause of the same sentence tells ("Turkey proposed a
# ceasefire, but Russia rejected the proposal"): at the act's maker
SAME_SENTENCE = [
    pytest.param(
        "Turkey proposed a ceasefire, but Russia rejected the proposal.",
        ("REJECT", {"Q159"}, {"Q43"}),
        id="proposed-but-rejected",
    ),
    pytest.param(
        "China put forward a peace plan, but Ukraine dismissed the plan.",
        ("REJECT", {"Q212"}, {"Q148"}),
        id="put-forward-but-dismissed",
    ),
    pytest.param(
        "Russia deployed troops to the border, and Finland condemned the deployment.",
        ("ACCUSE", {"Q33"}, {"Q159"}),
        id="deployed-and-condemned",
    ),
    pytest.param(
        "Lithuania banned the transit of goods to Kaliningrad; Moscow called the ban illegal.",
        ("ACCUSE", {"Q159"}, {"Q37"}),
        id="banned-called-illegal",
    ),
]


@pytest.mark.parametrize(("text", "act"), SAME_SENTENCE)
def test_reaction_to_the_clause_before(text: str, act: tuple[str, set[str], set[str]]) -> None:
    kind, actors, recipients = act
    found = facts(text, DAY)
    assert find(found, "Event", eventType=kind, actor=actors, recipient=recipients) is not None, (
        found
    )


SAME_SENTENCE_NOT = [
    # one's own proposal rejected is no event; a hedged one is no act told; no clause before
    pytest.param("Russia proposed a ceasefire, but Russia rejected the proposal.", id="own"),
    pytest.param(
        "Turkey could propose a ceasefire, but Russia rejected the proposal.", id="hedged"
    ),
    pytest.param("Russia rejected the proposal.", id="no-clause-before"),
]


@pytest.mark.parametrize("text", SAME_SENTENCE_NOT)
def test_reaction_to_the_clause_before_not(text: str) -> None:
    found = facts(text, DAY)
    assert not [
        f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REJECT"
    ], found


# 7. Background of years told in a readout ("have signed more than 100 documents over the past
# decade") takes no date of the talks
def test_years_past_no_meeting_date() -> None:
    text = (
        "At their talks in Astana on Tuesday, Wang Yi and Kazakh Foreign Minister Murat Nurtleu "
        "reviewed bilateral ties. China and Kazakhstan have signed more than 100 cooperation "
        "documents over the past decade."
    )
    found = facts(text, DAY)
    signed = [f for f in found if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "057"]
    assert signed, found
    assert all(not f.get("date") for f in signed), signed
    meeting = [f for f in found if f.cls.value == "Meeting"]
    assert [str(d) for f in meeting for d in f.get("date")] == ["2024-03-12"], meeting


# 8. A clash of two sides told by their forces ("Sudan's army and the Rapid Support Forces
# clashed", "Armenia's army and Azerbaijan's army clashed on the border"): both are actors, none
# the target; "clashed on the border" or "on Tuesday" is a clash (not "clashed on trade")
CLASHES = [
    pytest.param(
        "Sudan's army and the Rapid Support Forces clashed in Khartoum.",
        {"Q1049", "Rapid Support Forces"},
        id="possessive-army-and-group",
    ),
    pytest.param(
        "Armenia's army and Azerbaijan's army clashed on the border.",
        {"Q399", "Q227"},
        id="two-possessive-armies-on-border",
    ),
    pytest.param(
        "Armenian and Azerbaijani troops clashed on Tuesday.",
        {"Q399", "Q227"},
        id="clashed-on-a-day",
    ),
    pytest.param(
        "Ethiopia's forces and Eritrea's forces clashed near the border town of Zalambessa.",
        {"Q115", "Q986"},
        id="two-possessive-forces",
    ),
]


@pytest.mark.parametrize(("text", "sides"), CLASHES)
def test_clash_both_sides_act(text: str, sides: set[str]) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "ASSAULT"]
    assert got == [("ASSAULT", sides, set(), "190")], got


CLASHES_NOT = [
    pytest.param(
        "Armenia and Azerbaijan clashed on the issue of transit routes.", id="on-an-issue"
    ),
    pytest.param("Armenia and Azerbaijan clashed over the corridor.", id="over"),
    pytest.param("Lula and Milei clashed on trade at the summit.", id="on-trade"),
]


@pytest.mark.parametrize("text", CLASHES_NOT)
def test_clash_not(text: str) -> None:
    assert not [e for e in typed_events(text, DAY) if e[0] == "ASSAULT"]


# 9. A reaction told at its occasion ("condemned North Korea's launch during their meeting in
# Tokyo on Thursday", "urged Japan ... during talks in Beijing on Wednesday"): the occasion's
# date is the act's (not only the date of what the reaction is about)
OCCASION_DATES = [
    pytest.param(
        "Kishida condemned North Korea's missile launch during their meeting in Tokyo on Thursday.",
        "ACCUSE",
        ("2024-03-14",),
        id="condemned-during-their-meeting",
    ),
    pytest.param(
        "Wang Yi urged Japan to stop the release of treated water during talks in Beijing on Wednesday.",
        "REQUEST",
        ("2024-03-13",),
        id="urged-during-talks",
    ),
    pytest.param(
        "Macron praised India's leadership of the G20 during a summit in New Delhi on Saturday.",
        "SUPPORT",
        ("2024-03-09",),
        id="praised-during-a-summit",
    ),
    # negatives: the date of the thing reacted to
    pytest.param(
        "Erdogan thanked Saudi Arabia for hosting talks in Riyadh between the US and Russia on Monday.",
        "SUPPORT",
        (),
        id="hosting-talks-on-monday",
    ),
    pytest.param(
        "Macron condemned the attack on the embassy in Tehran on Saturday.",
        "ACCUSE",
        None,
        id="attack-on-saturday",
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), OCCASION_DATES)
def test_occasion_dates_the_act(text: str, kind: str, want: tuple[str, ...] | None) -> None:
    got = _dated(text, kind)
    if want is None:
        assert all(dates != ("2024-03-09",) for _, dates in got), got
        return
    assert got, got
    assert all(dates == want for _, dates in got), got


# 10. "X blamed the attack on Y": Y is the one accused, not the victim of "the attack on"
BLAMED_ON = [
    pytest.param(
        "Ukraine blamed the attack on Russia.", {"Q212"}, {"Q159"}, id="blamed-the-attack-on"
    ),
    pytest.param(
        "Pakistan blamed the bombing in Peshawar on Afghanistan.",
        {"Q843"},
        {"Q889"},
        id="bombing-in-city-on",
    ),
    pytest.param(
        "Iran blamed the blast on Israel and the United States.",
        {"Q794"},
        {"Q801", "Q30"},
        id="blamed-on-two",
    ),
    pytest.param(
        "Ukraine blamed the attack on the convoy on Russia, the military said.",
        {"Q212"},
        {"Q159"},
        id="attack-on-thing-on",
    ),
    # negatives: "blamed X for the attack on Y" (X accused, not Y)
    pytest.param(
        "Russia blamed Ukraine for the attack on the Crimean bridge.",
        {"Q159"},
        {"Q212"},
        id="blamed-x-for",
    ),
    pytest.param(
        "Kyiv blamed Moscow for the attack on Poland's border.",
        {"Q212"},
        {"Q159"},
        id="blamed-x-for-attack-on-state",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), BLAMED_ON)
def test_blamed_on(text: str, actors: set[str], recipients: set[str]) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "ACCUSE"]
    assert [(e[1], e[2]) for e in got] == [(actors, recipients)], got


# 11. An allegation told by a speaker after the act ("Israel struck targets in Syria on Friday,
# the Syrian defence ministry said on Sunday"): the speaker's ACCUSE is dated by the saying
SAID_AFTER_DATES = [
    pytest.param(
        "Israel struck targets near Damascus on Friday, the Syrian defence ministry said on Sunday.",
        ("2024-03-17",),
        id="said-on-sunday",
    ),
    pytest.param(
        "Russia attacked Kharkiv overnight, Ukrainian officials said on Sunday.",
        ("2024-03-17",),
        id="officials-said-on-sunday",
    ),
    # negatives: no day of the saying, or the day is the act's
    pytest.param("Russian forces shelled Kherson on Saturday, Ukraine said.", (), id="said-no-day"),
    pytest.param("Ukraine said Russia attacked Kharkiv on Monday.", (), id="act-day"),
]


@pytest.mark.parametrize(("text", "want"), SAID_AFTER_DATES)
def test_said_after_dates_the_accusation(text: str, want: tuple[str, ...]) -> None:
    got = [
        tuple(str(d) for d in f.get("date"))
        for f in facts(text, dt.date(2024, 3, 18))
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "ACCUSE"
    ]
    assert got == [want], got


# 12. Forces sent to a state's own border with another ("deployed additional troops to its border
# with Finland"), reservists called up: MOBILIZE
MOBILIZED = [
    pytest.param(
        "Russia deployed additional troops to its border with Finland.",
        ({"Q159"}, {"Q33"}, "150"),
        id="to-its-border-with",
    ),
    pytest.param(
        "Belarus has sent more forces to its border with Ukraine, Lukashenko said on Monday.",
        ({"Q184"}, {"Q212"}, "150"),
        id="sent-to-its-border-with",
    ),
    pytest.param(
        "Israel called up 300,000 reservists after the Hamas attack.",
        ({"Q801"}, set(), "154"),
        id="called-up-reservists",
    ),
    # negatives: hedged, negated
    pytest.param("Russia could deploy troops to its border with Finland.", None, id="hedged"),
    pytest.param("Israel has not called up reservists.", None, id="negated"),
    pytest.param("Finland may call up reservists if needed.", None, id="conditional"),
]


@pytest.mark.parametrize(("text", "want"), MOBILIZED)
def test_mobilized(text: str, want: tuple[set[str], set[str], str] | None) -> None:
    got = [e[1:] for e in typed_events(text, DAY) if e[0] == "MOBILIZE"]
    assert got == ([want] if want is not None else []), got


# 13. An act the sentence before told, judged by a pronoun ("Taipei called it a provocation",
# "Tallinn described this as a provocation"): at its maker
CALLED_IT = [
    pytest.param(
        "China began large-scale drills around Taiwan on Monday. Taipei called it a provocation.",
        ({"Q865"}, {"Q148"}),
        id="called-it-a-provocation",
    ),
    pytest.param(
        "Russia expelled two Estonian diplomats. Tallinn described this as a provocation.",
        ({"Q191"}, {"Q159"}),
        id="described-this-as",
    ),
    pytest.param(
        "North Korea fired a ballistic missile into the sea on Thursday. The United States called it a violation of UN resolutions.",
        ({"Q30"}, {"Q423"}),
        id="called-it-a-violation",
    ),
    # negatives: praise, or no hostile act before
    pytest.param(
        "Kyiv hosted a peace summit on Saturday. Moscow called it a provocation.",
        None,
        id="no-act-before",
    ),
    pytest.param("The summit ended on Monday. Macron called it a success.", None, id="a-success"),
    pytest.param(
        "Ukraine struck a refinery in Ryazan. Kyiv called it a legitimate target.",
        None,
        id="legitimate-target",
    ),
]


@pytest.mark.parametrize(("text", "want"), CALLED_IT)
def test_called_it(text: str, want: tuple[set[str], set[str]] | None) -> None:
    got = [(e[1], e[2]) for e in typed_events(text, DAY) if e[0] == "ACCUSE"]
    assert got == ([want] if want is not None else []), got


# 14. A condemnation of "what it called X" names X's maker; interference "in" a state by no party
# named accuses no one (the state is its victim: "Western meddling in Georgia" accused Georgia)
WHAT_IT_CALLED = [
    pytest.param(
        "China condemned what it called US interference in its internal affairs.",
        [({"Q148"}, {"Q30"})],
        id="what-it-called-us-interference",
    ),
    pytest.param(
        "Wang Yi and Lavrov condemned what they called US interference in Asia.",
        [({"Q701801", "Q58217"}, {"Q30"})],
        id="what-they-called",
    ),
    pytest.param(
        "Iran condemned what it called Israel's crime against the Palestinian people.",
        [({"Q794"}, {"Q801"})],
        id="what-it-called-possessive",
    ),
    pytest.param(
        "Russia denounced US meddling in Georgia.",
        [({"Q159"}, {"Q30"})],
        id="us-meddling-in",
    ),
    pytest.param(
        "The EU condemned Russia's interference in Moldova.",
        [({"Q458"}, {"Q159"})],
        id="possessive-interference-in",
    ),
    # negatives: the state meddled in is not accused
    pytest.param(
        "Russia denounced what it described as Western meddling in Georgia.",
        [],
        id="western-meddling",
    ),
    pytest.param(
        "Moldova condemned foreign interference in the internal affairs of Moldova.",
        [],
        id="foreign-interference-in-affairs-of",
    ),
]


@pytest.mark.parametrize(("text", "want"), WHAT_IT_CALLED)
def test_what_it_called(text: str, want: list[tuple[set[str], set[str]]]) -> None:
    got = [(e[1], e[2]) for e in typed_events(text, DAY) if e[0] == "ACCUSE"]
    assert got == want, got


# 15. A state's junta or military rulers act for it ("Niger's junta revoked its military
# cooperation agreement with the United States", "Burkina Faso's junta closed the border")
JUNTA = [
    pytest.param(
        "Niger's junta revoked its military cooperation agreement with the United States on Saturday.",
        ("REJECT", {"Q1032"}, {"Q30"}),
        id="junta-revoked",
    ),
    pytest.param(
        "Burkina Faso's junta closed the border with Niger.",
        ("SANCTION", {"Q965"}, {"Q1032"}),
        id="junta-closed-border",
    ),
    pytest.param(
        "Myanmar's junta arrested hundreds of protesters.",
        ("COERCE", {"Q836"}, set()),
        id="junta-arrested",
    ),
    pytest.param(
        "Syria's regime shelled Idlib on Tuesday.",
        ("ASSAULT", {"Q858"}, set()),
        id="regime-shelled",
    ),
]


@pytest.mark.parametrize(("text", "want"), JUNTA)
def test_junta_acts_for_its_state(text: str, want: tuple[str, set[str], set[str]]) -> None:
    kind, actors, recipients = want
    got = [(e[1], e[2]) for e in typed_events(text, DAY) if e[0] == kind]
    assert got == [(actors, recipients)], got


# 16. "last Friday" in a Friday's article is the Friday before (was the article's own day)
@pytest.mark.parametrize(
    ("day", "want"),
    [
        pytest.param(dt.date(2024, 3, 15), "2024-03-08", id="last-friday-on-a-friday"),
        pytest.param(dt.date(2024, 3, 18), "2024-03-15", id="last-friday-on-a-monday"),
        pytest.param(dt.date(2024, 3, 16), "2024-03-15", id="last-friday-on-a-saturday"),
    ],
)
def test_last_weekday(day: dt.date, want: str) -> None:
    found = facts("Blinken met Wang Yi in Munich last Friday.", day)
    meeting = find(found, "Meeting", participant={"Q7821917", "Q701801"})
    assert meeting is not None, found
    assert [str(d) for d in meeting.get("date")] == [want]


# 17. A meeting whose subject then says something negated or hedged ("After meeting Xi in
# Beijing on Tuesday, Putin said Russia would not join ...", "met Putin ... and said Turkey would
# not join ..."): the hedge is the saying's, the meeting was held
SAID_LATER = [
    pytest.param(
        "After meeting Xi in Beijing on Tuesday, Putin said Russia would not join the initiative.",
        {PUTIN, XI},
        id="fronted-after-meeting",
    ),
    pytest.param(
        "Speaking after talks with Scholz in Berlin, Macron said France would not send troops to Ukraine.",
        {MACRON, SCHOLZ},
        id="speaking-after-talks",
    ),
    pytest.param(
        "Erdogan met Putin in Sochi on Monday and said Turkey would not join the sanctions.",
        {ERDOGAN, PUTIN},
        id="met-and-said",
    ),
    pytest.param(
        "Putin told Erdogan in a phone call on Monday that Russia would not extend the grain deal.",
        {PUTIN, ERDOGAN},
        id="told-in-a-call-that",
    ),
]


@pytest.mark.parametrize(("text", "who"), SAID_LATER)
def test_meeting_before_a_hedged_saying(text: str, who: set[str]) -> None:
    found = facts(text, DAY)
    assert find(found, "Meeting", participant=who) is not None, found


SAID_LATER_NOT = [
    pytest.param("Zelensky said he would not meet Putin.", id="would-not-meet"),
    pytest.param("Erdogan said he had not met Putin in Sochi.", id="had-not-met"),
    pytest.param(
        "Erdogan could meet Putin in Sochi next week, and said Turkey would not join the sanctions.",
        id="could-meet",
    ),
    pytest.param("Putin told Erdogan that he would not meet Zelensky.", id="told-would-not-meet"),
    pytest.param(
        "Scholz will meet Macron in Paris on Monday and said Germany would not send missiles.",
        id="will-meet",
    ),
]


@pytest.mark.parametrize("text", SAID_LATER_NOT)
def test_meeting_before_a_hedged_saying_not(text: str) -> None:
    found = facts(text, DAY)
    assert not [f for f in found if f.cls.value == "Meeting"], found


# 18. A visit told in an aside ("Blinken, on a visit to Hanoi on Tuesday, praised Vietnam") or a
# fronted "During a visit to X": the visit, and the subject's act
VISIT_ASIDES = [
    pytest.param(
        "Blinken, on a visit to Hanoi on Tuesday, praised Vietnam.",
        ("SUPPORT", {"Q7821917"}, {"Q881"}),
        ({"Q7821917", "Q881"}, "2024-03-12"),
        id="on-a-visit-aside-praised",
    ),
    pytest.param(
        "Blinken, on a trip to Manila on Tuesday, criticised China.",
        ("ACCUSE", {"Q7821917"}, {"Q148"}),
        ({"Q7821917", "Q928"}, "2024-03-12"),
        id="on-a-trip-aside-criticised",
    ),
    pytest.param(
        "Blinken, on a visit to Beijing on Friday, said the United States would not accept Chinese support for Russia.",
        None,
        ({"Q7821917", "Q148"}, "2024-03-15"),
        id="on-a-visit-aside-said-not",
    ),
    pytest.param(
        "During a visit to Hanoi on Tuesday, Blinken said Washington would not force countries to choose sides.",
        None,
        ({"Q7821917", "Q881"}, "2024-03-12"),
        id="during-a-visit-fronted",
    ),
    pytest.param(
        "Macron, in Berlin on Tuesday, thanked Germany for its support.",
        ("SUPPORT", {MACRON}, {"Q183"}),
        None,
        id="in-city-on-a-day",
    ),
]


@pytest.mark.parametrize(("text", "act", "visit"), VISIT_ASIDES)
def test_visit_asides(
    text: str,
    act: tuple[str, set[str], set[str]] | None,
    visit: tuple[set[str], str] | None,
) -> None:
    found = facts(text, DAY)
    if act is not None:
        kind, actors, recipients = act
        assert find(found, "Event", eventType=kind, actor=actors, recipient=recipients), found
    if visit is not None:
        meeting = find(found, "Meeting", participant=visit[0], cameoCode="042")
        assert meeting is not None, found
        assert [str(d) for d in meeting.get("date")] == [visit[1]]


VISIT_ASIDES_NOT = [
    pytest.param(
        "Blinken, on a visit to Hanoi next week, will meet Vietnamese leaders.", id="next-week"
    ),
    pytest.param("Poland, on a visit to Kyiv, announced new aid.", id="a-state-visits-nothing"),
    pytest.param("During his visit to Hanoi next month, Blinken will sign a deal.", id="will-sign"),
]


@pytest.mark.parametrize("text", VISIT_ASIDES_NOT)
def test_visit_asides_not(text: str) -> None:
    found = facts(text, DAY)
    assert not [f for f in found if f.cls.value == "Meeting"], found


# 19. One person released: CONCEDE 0841 as for several
RELEASED = [
    pytest.param("Belarus released a Polish journalist on Tuesday.", {"Q184"}, id="a-journalist"),
    pytest.param("Russia freed an American citizen in a prisoner swap.", {"Q159"}, id="a-citizen"),
    pytest.param("Iran released a detained French national.", {"Q794"}, id="a-national"),
    # negatives: no person released
    pytest.param("China released a statement on soldiers.", None, id="statement-on-soldiers"),
    pytest.param("The ministry released a video of prisoners.", None, id="video-of-prisoners"),
    pytest.param("Belarus refused to release the Polish journalist.", None, id="refused"),
]


@pytest.mark.parametrize(("text", "actors"), RELEASED)
def test_one_person_released(text: str, actors: set[str] | None) -> None:
    got = [e[1] for e in typed_events(text, DAY) if e[3] == "0841"]
    assert got == ([actors] if actors is not None else []), got
